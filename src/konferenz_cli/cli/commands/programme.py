"""Commands that edit an event's programme: agenda, room, topic, round and session."""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from konferenz_cli.cli.common import (
    Language,
    ListFormat,
    command,
    confirm_or_stop,
    db_opt,
    emit_listing,
    event_opt,
    format_opt,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
    subcommands,
    yes_opt,
)
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import t


def _opt(name: str, key: str, metavar: str | None = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def _given(values: dict[str, Any]) -> dict[str, Any]:
    given = {key: value for key, value in values.items() if value is not None}
    return given


def _require_changes(values: dict[str, Any]) -> dict[str, Any]:
    given = _given(values)
    if not given:
        raise KonferenzError("edit.nothing")
    return given


def register(app: typer.Typer) -> None:
    """Add the programme commands to ``app``."""
    _register_agenda(app)
    _register_rooms(app)
    _register_topics(app)
    _register_rounds(app)
    _register_sessions(app)


def _group(app: typer.Typer, name: str, help_key: str) -> typer.Typer:
    group = subcommands(app, name, help_key)
    return group


def _register_agenda(app: typer.Typer) -> None:
    agenda = _group(app, "agenda", "help.agenda")
    ItemId = Annotated[int, typer.Argument(metavar="ID", help=t("arg.agenda_id"))]
    Date = Annotated[Optional[str], _opt("--date", "opt.item_date", "YYYY-MM-DD")]
    Start = Annotated[Optional[str], _opt("--start", "opt.start", "HH:MM")]
    End = Annotated[Optional[str], _opt("--end", "opt.end", "HH:MM")]
    Title = Annotated[Optional[str], _opt("--title", "opt.item_title")]
    Kind = Annotated[Optional[str], _opt("--kind", "opt.kind")]
    Speaker = Annotated[Optional[list[str]], _opt("--speaker", "opt.speaker")]
    Room = Annotated[Optional[str], _opt("--room", "opt.item_room")]
    Description = Annotated[Optional[str], _opt("--description", "opt.description")]
    RoundNo = Annotated[Optional[int], _opt("--round", "opt.item_round")]

    @command(agenda, "add", "help.agenda_add")
    def add(
        start: Start = None,
        end: End = None,
        title: Title = None,
        kind: Kind = None,
        date: Date = None,
        speaker: Speaker = None,
        room: Room = None,
        description: Description = None,
        round_: RoundNo = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        missing = [flag for flag, value in (("--start", start), ("--end", end), ("--title", title)) if value is None]
        if missing:
            raise KonferenzError("agenda.flags_missing", missing=", ".join(missing))
        raw = _given(
            {
                "date": date,
                "start": start,
                "end": end,
                "title": title,
                "kind": kind,
                "speakers": speaker or None,
                "room": room,
                "description": description,
                "round": round_,
            }
        )
        database = store(db)
        chosen = resolve_event(database, event)
        item_id = service.add_agenda_item(database, chosen, raw)
        print_note(t("agenda.added", id=item_id, title=raw["title"]), style="green")

    @command(agenda, "edit", "help.agenda_edit")
    def edit(
        item_id: ItemId,
        start: Start = None,
        end: End = None,
        title: Title = None,
        kind: Kind = None,
        date: Date = None,
        speaker: Speaker = None,
        room: Room = None,
        description: Description = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _require_changes(
            {
                "date": date,
                "start": start,
                "end": end,
                "title": title,
                "kind": kind,
                "speakers": speaker or None,
                "room": room,
                "description": description,
            }
        )
        database = store(db)
        service.edit_agenda_item(database, resolve_event(database, event), item_id, raw)
        print_note(t("agenda.updated", id=item_id), style="green")

    @command(agenda, "remove", "help.agenda_remove")
    def remove(
        item_id: ItemId,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import transaction

        database = store(db)
        chosen = resolve_event(database, event)
        item = event_store.agenda_item(database, chosen.id, item_id)
        with transaction(database):
            event_store.remove_agenda_item(database, item.id)
        print_note(t("agenda.removed", id=item_id, title=item.title), style="green")

    @command(agenda, "list", "help.agenda_list")
    def list_(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.tables import Column
        from konferenz_cli.services.event_view import event_overview

        database = store(db)
        rows = event_overview(database, resolve_event(database, event))["agenda"]
        for row in rows:
            row["kind_text"] = t(f"kind.{row['kind']}")
        columns = [
            Column("id", "ID"),
            Column("date", t("col.date")),
            Column("start", t("col.start")),
            Column("end", t("col.end")),
            Column("title", t("col.title")),
            Column("kind", t("col.kind")),
            Column("speakers", t("col.speakers")),
            Column("room", t("col.room")),
            Column("round", t("word.round")),
        ]
        shown = [c if c.key != "kind" else Column("kind_text", t("col.kind")) for c in columns]
        emit_listing(rows, columns, list_format, output, title=t("title.agenda"), table_columns=shown)


def _register_rooms(app: typer.Typer) -> None:
    rooms = _group(app, "room", "help.room")
    Name = Annotated[str, typer.Argument(metavar=t("metavar.name"), help=t("arg.room"))]
    Capacity = Annotated[Optional[str], _opt("--capacity", "opt.room_capacity", t("metavar.number"))]
    Description = Annotated[Optional[str], _opt("--description", "opt.description")]

    @command(rooms, "add", "help.room_add")
    def add(
        name: Name,
        capacity: Capacity = None,
        description: Description = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        database = store(db)
        service.add_room(
            database,
            resolve_event(database, event),
            _given({"name": name, "capacity": capacity, "description": description}),
        )
        print_note(t("room.added", room=name), style="green")

    @command(rooms, "edit", "help.room_edit")
    def edit(
        name: Name,
        new_name: Annotated[Optional[str], _opt("--name", "opt.new_name")] = None,
        capacity: Capacity = None,
        description: Description = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _require_changes({"name": new_name, "capacity": capacity, "description": description})
        database = store(db)
        service.edit_room(database, resolve_event(database, event), name, raw)
        print_note(t("room.updated", room=new_name or name), style="green")

    @command(rooms, "remove", "help.room_remove")
    def remove(
        name: Name,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import transaction
        from konferenz_cli.services.events import find_room

        database = store(db)
        room = find_room(database, resolve_event(database, event), name)
        with transaction(database):
            event_store.remove_room(database, room.id)
        print_note(t("room.removed", room=name), style="green")

    @command(rooms, "list", "help.room_list")
    def list_(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.tables import Column
        from konferenz_cli.services.event_view import event_overview

        database = store(db)
        rows = event_overview(database, resolve_event(database, event))["rooms"]
        columns = [
            Column("name", t("col.room")),
            Column("capacity", t("col.capacity")),
            Column("description", t("col.description")),
        ]
        emit_listing(rows, columns, list_format, output, title=t("title.rooms"))


def _register_topics(app: typer.Typer) -> None:
    topics = _group(app, "topic", "help.topic")
    Name = Annotated[str, typer.Argument(metavar=t("metavar.name"), help=t("arg.topic"))]
    Description = Annotated[Optional[str], _opt("--description", "opt.description")]
    Facilitator = Annotated[Optional[list[str]], _opt("--facilitator", "opt.facilitator")]
    Room = Annotated[Optional[str], _opt("--room", "opt.topic_room")]
    Capacity = Annotated[Optional[str], _opt("--capacity", "opt.topic_capacity", t("metavar.number"))]
    MinSize = Annotated[Optional[str], _opt("--min-size", "opt.min_size", t("metavar.number"))]

    @command(topics, "add", "help.topic_add")
    def add(
        name: Name,
        description: Description = None,
        facilitator: Facilitator = None,
        room: Room = None,
        capacity: Capacity = None,
        min_size: MinSize = None,
        round_: Annotated[Optional[list[int]], _opt("--round", "opt.topic_rounds")] = None,
        standing: Annotated[bool, typer.Option("--standing", help=t("opt.standing"))] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _given(
            {
                "name": name,
                "description": description,
                "facilitators": facilitator or None,
                "room": room,
                "capacity": capacity,
                "min_size": min_size,
                "rounds": round_ or None,
                "standing": standing or None,
            }
        )
        database = store(db)
        chosen = resolve_event(database, event)
        new_room = _is_new_room(database, chosen, room)
        service.add_topic(database, chosen, raw)
        print_note(t("topic.added", topic=name), style="green")
        if new_room:
            print_note(t("room.created_for_topic", room=room), style="yellow")

    @command(topics, "edit", "help.topic_edit")
    def edit(
        name: Name,
        new_name: Annotated[Optional[str], _opt("--name", "opt.new_name")] = None,
        description: Description = None,
        facilitator: Facilitator = None,
        room: Room = None,
        capacity: Capacity = None,
        min_size: MinSize = None,
        standing: Annotated[
            Optional[bool], typer.Option("--standing/--not-standing", help=t("opt.standing"), show_default=False)
        ] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _require_changes(
            {
                "name": new_name,
                "description": description,
                "facilitators": facilitator or None,
                "room": room,
                "capacity": capacity,
                "min_size": min_size,
                "standing": standing,
            }
        )
        from konferenz_cli.db import events as event_store

        database = store(db)
        chosen = resolve_event(database, event)
        topic = event_store.find_topic(database, chosen.id, name)
        new_room = _is_new_room(database, chosen, room)
        service.edit_topic(database, chosen, name, raw)
        print_note(t("topic.updated", topic=new_name or topic.name), style="green")
        if new_room:
            print_note(t("room.created_for_topic", room=room), style="yellow")

    @command(topics, "remove", "help.topic_remove")
    def remove(
        name: Name,
        yes: Annotated[bool, yes_opt()] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import transaction

        database = store(db)
        topic = event_store.find_topic(database, resolve_event(database, event).id, name)
        if not yes:
            confirm_or_stop(t("topic.remove_confirm", topic=topic.name))
        with transaction(database):
            event_store.remove_topic(database, topic.id)
        print_note(t("topic.removed", topic=topic.name), style="green")

    @command(topics, "list", "help.topic_list")
    def list_(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.tables import Column
        from konferenz_cli.services.event_view import event_overview

        database = store(db)
        rows = event_overview(database, resolve_event(database, event))["topics"]
        for row in rows:
            row["rounds"] = [s["round"] for s in row["sessions"]]
        columns = [
            Column("number", "#"),
            Column("name", t("col.topic")),
            Column("facilitators", t("col.facilitators")),
            Column("room", t("col.room")),
            Column("capacity", t("col.capacity")),
            Column("min_size", t("col.min_size")),
            Column("rounds", t("col.rounds")),
            Column("standing", t("word.standing")),
            Column("description", t("col.description")),
        ]
        emit_listing(rows, columns, list_format, output, title=t("title.topics"))


def _register_rounds(app: typer.Typer) -> None:
    rounds = _group(app, "round", "help.round")
    Number = Annotated[int, typer.Argument(metavar="N", help=t("arg.round"))]
    Title = Annotated[Optional[str], _opt("--title", "opt.round_title")]
    AgendaItem = Annotated[Optional[int], _opt("--agenda-item", "opt.agenda_item", "ID")]

    @command(rounds, "add", "help.round_add")
    def add(
        number: Annotated[Optional[int], _opt("--number", "opt.round_number")] = None,
        title: Title = None,
        agenda_item: AgendaItem = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        database = store(db)
        chosen = resolve_event(database, event)
        created = service.add_round(database, chosen, _given({"number": number, "title": title}))
        if agenda_item is not None:
            service.edit_round(database, chosen, created, {"agenda_item": agenda_item})
        print_note(t("round.added", round=created), style="green")

    @command(rounds, "edit", "help.round_edit")
    def edit(
        number: Number,
        title: Title = None,
        agenda_item: AgendaItem = None,
        new_number: Annotated[Optional[int], _opt("--number", "opt.round_number")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _require_changes({"title": title, "agenda_item": agenda_item, "number": new_number})
        database = store(db)
        service.edit_round(database, resolve_event(database, event), number, raw)
        print_note(t("round.updated", round=new_number or number), style="green")

    @command(rounds, "remove", "help.round_remove")
    def remove(
        number: Number,
        yes: Annotated[bool, yes_opt()] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import transaction
        from konferenz_cli.services.events import find_round

        database = store(db)
        round_ = find_round(database, resolve_event(database, event), number)
        if not yes:
            confirm_or_stop(t("round.remove_confirm", round=number))
        with transaction(database):
            event_store.remove_round(database, round_.id)
        print_note(t("round.removed", round=number), style="green")

    @command(rounds, "list", "help.round_list")
    def list_(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.tables import Column
        from konferenz_cli.services.event_view import event_overview

        database = store(db)
        rows = event_overview(database, resolve_event(database, event))["rounds"]
        columns = [
            Column("number", t("word.round")),
            Column("title", t("col.title")),
            Column("date", t("col.date")),
            Column("start", t("col.start")),
            Column("end", t("col.end")),
        ]
        emit_listing(rows, columns, list_format, output, title=t("title.rounds"))


def _register_sessions(app: typer.Typer) -> None:
    sessions = _group(app, "session", "help.session")

    @command(sessions, "edit", "help.session_edit")
    def edit(
        topic: Annotated[str, _opt("--topic", "opt.session_topic")],
        round_: Annotated[int, _opt("--round", "opt.session_round")],
        room: Annotated[Optional[str], _opt("--room", "opt.session_room")] = None,
        capacity: Annotated[Optional[str], _opt("--capacity", "opt.session_capacity", t("metavar.number"))] = None,
        min_size: Annotated[Optional[str], _opt("--min-size", "opt.min_size", t("metavar.number"))] = None,
        facilitator: Annotated[Optional[list[str]], _opt("--facilitator", "opt.facilitator")] = None,
        cancelled: Annotated[
            Optional[bool], typer.Option("--cancel/--reopen", help=t("opt.session_cancel"), show_default=False)
        ] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import events as service

        raw = _require_changes(
            {
                "room": room,
                "capacity": capacity,
                "min_size": min_size,
                "facilitators": facilitator or None,
                "cancelled": cancelled,
            }
        )
        database = store(db)
        service.edit_session(database, resolve_event(database, event), topic, round_, raw)
        print_note(t("session.updated", topic=topic, round=round_), style="green")

    @command(sessions, "list", "help.session_list")
    def list_(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.render.tables import Column

        database = store(db)
        chosen = resolve_event(database, event)
        rows = [
            {
                "round": s.round,
                "topic": s.topic,
                "room": s.room,
                "capacity": s.capacity,
                "min_size": s.min_size,
                "facilitators": list(s.facilitators),
                "cancelled": s.cancelled,
            }
            for s in event_store.sessions(database, chosen.id)
        ]
        columns = [
            Column("round", t("word.round")),
            Column("topic", t("col.topic")),
            Column("room", t("col.room")),
            Column("capacity", t("col.capacity")),
            Column("min_size", t("col.min_size")),
            Column("facilitators", t("col.facilitators")),
            Column("cancelled", t("word.cancelled")),
        ]
        emit_listing(rows, columns, list_format, output, title=t("title.sessions"))


def _is_new_room(database: Any, event: Any, room: Optional[str]) -> bool:
    """Whether naming ``room`` for a topic will create it (worth a word: it may be a typo)."""
    from konferenz_cli.db import events as event_store

    return bool(room) and event_store.room_by_name(database, event.id, room or "") is None
