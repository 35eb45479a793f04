"""Commands: render (any template to files), invitations (.eml files and letters), send-mail (SMTP)."""

import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    ask_secret,
    command,
    db_opt,
    event_opt,
    lang_opt,
    output_folder,
    print_note,
    resolve_event,
    store,
)
from konferenz_cli.console import out
from konferenz_cli.errors import ExitCode, KonferenzError, not_a_readable_file
from konferenz_cli.i18n import t


def _opt(*names: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(*names, help=t(key), metavar=metavar, show_default=False)


Templates = Annotated[Optional[Path], _opt("--templates", key="opt.templates", metavar=t("metavar.folder"))]
Informal = Annotated[bool, typer.Option("--informal", help=t("opt.informal"))]
Statuses = Annotated[Optional[list[str]], _opt("--status", key="opt.recipient_status", metavar="STATUS")]
Recipients = Annotated[Optional[list[str]], _opt("--to", key="opt.to", metavar="EMAIL")]
TopicOpt = Annotated[Optional[str], _opt("--topic", key="opt.to_topic", metavar=t("metavar.name"))]
DocumentationUrl = Annotated[Optional[str], _opt("--documentation-url", key="opt.documentation_url", metavar="URL")]
Attach = Annotated[Optional[list[Path]], _opt("--attach", key="opt.attach", metavar=t("metavar.file"))]
CalendarFlag = Annotated[
    Optional[bool], typer.Option("--calendar/--no-calendar", help=t("opt.calendar"), show_default=False)
]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _kit(database: Any, event: Any, template: str, lang: Optional[Language], informal: bool, **extra: Any) -> Any:
    from konferenz_cli.services.letters import LetterKit, template_folder

    notes: list[str] = []
    folder = template_folder(database, event, extra.pop("templates", None), notes)
    for note in notes:
        print_note(note, style="yellow")
    language = lang.value if lang else event.language
    return LetterKit(database, event, template, language, informal, user_folder=folder, **extra)


def _attachments(paths: Optional[list[Path]]) -> list[Any]:
    import mimetypes

    from konferenz_cli.render.mail import Attachment

    found = []
    for path in paths or []:
        if not path.is_file():
            raise not_a_readable_file(path)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        found.append(Attachment(path.name, content_type, path.read_bytes()))
    return found


def register(app: typer.Typer) -> None:
    """Add render, invitations and send-mail to ``app``."""
    _register_render(app)
    _register_invitations(app)
    _register_send_mail(app)


def _register_render(app: typer.Typer) -> None:
    @command(app, "render", "help.render")
    def render(
        template: Annotated[str, typer.Argument(help=t("arg.template"), metavar=t("metavar.template"))],
        output: Annotated[Path, _opt("--output", "-o", key="opt.render_output", metavar=t("metavar.folder"))],
        per_participant: Annotated[
            bool, typer.Option("--per-participant", help=t("opt.render_per_participant"))
        ] = False,
        templates: Templates = None,
        informal: Informal = False,
        status: Statuses = None,
        documentation_url: DocumentationUrl = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.cli.progress import progress_bar
        from konferenz_cli.services.filenames import FileNamer
        from konferenz_cli.services.letters import documentation_url as remembered_url
        from konferenz_cli.services.recipients import select_participants

        database = store(db)
        chosen = resolve_event(database, event)
        kit = _kit(
            database,
            chosen,
            template,
            lang,
            informal,
            templates=templates,
            documentation_url=remembered_url(database, chosen, documentation_url),
        )
        if not per_participant:
            rendered = kit.render(kit.base_context())
            if output.suffix.lower() in _PAGE_SUFFIXES and not output.is_dir():
                written = [_write_page(rendered, output, template)]  # -o flyer.html: that one file
            else:
                written = _write_rendered(rendered, output_folder(output), f"{chosen.slug}-{template}")
            for path in written:
                print_note(t("output.written", path=str(path)), style="green")
            return
        folder = output_folder(output)
        people = select_participants(database, chosen, statuses=status)
        html_names, text_names = FileNamer(folder, f"-{template}.html"), FileNamer(folder, f"-{template}.txt")
        with progress_bar(len(people), t("render.progress")) as advance:
            for person in people:
                rendered = kit.render(kit.participant_context(person, channel="page"))
                label = person.name or person.email or ""
                fallback = f"participant-{person.id}"
                if rendered.html is not None:
                    html_names.path_for(label, fallback).write_text(rendered.html, encoding="utf-8")
                text = _text_page(rendered)
                if text is not None:
                    text_names.path_for(label, fallback).write_text(text, encoding="utf-8")
                advance()
        print_note(t("render.written_many", count=len(people), folder=str(folder)), style="green")


_PAGE_SUFFIXES = (".html", ".htm", ".txt")


def _text_page(rendered: Any) -> str | None:
    """The text part as a page of its own: the subject (of a letter) above it."""
    if rendered.text is None or not rendered.subject:
        return rendered.text  # type: ignore[no-any-return]
    return f"{rendered.subject}\n\n{rendered.text}"


def _write_page(rendered: Any, path: Path, template: str) -> Path:
    """The HTML or the text part of a rendered template into the file ``path`` names."""
    text = _text_page(rendered) if path.suffix.lower() == ".txt" else rendered.html
    if text is None:
        raise KonferenzError("render.no_such_part", template=template, path=path.name)
    if not path.parent.exists():
        raise KonferenzError("output.folder_missing", path=str(path.parent))
    path.write_text(text, encoding="utf-8")
    return path


def _write_rendered(rendered: Any, folder: Path, stem: str) -> list[Path]:
    written = []
    if rendered.html is not None:
        path = folder / f"{stem}.html"
        path.write_text(rendered.html, encoding="utf-8")
        written.append(path)
    text = _text_page(rendered)
    if text is not None:
        path = folder / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _register_invitations(app: typer.Typer) -> None:
    @command(app, "invitations", "help.invitations")
    def invitations(
        output: Annotated[Path, _opt("--output", "-o", key="opt.invitations_output", metavar=t("metavar.folder"))],
        template: Annotated[str, _opt("--template", key="opt.template_name", metavar="NAME")] = "invitation",
        to: Recipients = None,
        status: Statuses = None,
        topic: TopicOpt = None,
        letters: Annotated[bool, typer.Option("--letters", help=t("opt.letters"))] = False,
        calendar: CalendarFlag = None,
        templates: Templates = None,
        informal: Informal = False,
        sender: Annotated[Optional[str], _opt("--from", key="opt.sender", metavar="EMAIL")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.cli.progress import progress_bar
        from konferenz_cli.services import mailing as service
        from konferenz_cli.services.recipients import select_participants

        database = store(db)
        chosen = resolve_event(database, event)
        kit = _kit(database, chosen, template, lang, informal, templates=templates)
        stamp = _now()
        people = select_participants(database, chosen, statuses=status, emails=to, topic=topic)
        wants_calendar = calendar if calendar is not None else template in service.CALENDAR_TEMPLATES
        mailing = service.Mailing(
            database, kit, template, service.sender_address(chosen, sender), stamp, calendar=wants_calendar
        )
        states = mailing.states(people)
        sendable = [s.participant for s in states if s.state in ("send", "reached")]
        folder = output_folder(output)
        with progress_bar(len(sendable), t("mail.progress_files")) as advance:
            paths = service.write_eml_files(mailing.messages(sendable), folder, on_written=advance)
        print_note(t("mail.eml_written", count=len(paths), folder=str(folder)), style="green")
        for state in states:
            if state.state == "bad_address":
                print_note(t("mail.bad_address", email=state.participant.email, reason=state.note), style="yellow")
        without_email = [s.participant for s in states if s.state == "no_email"]
        if without_email and letters:
            target = folder / f"{chosen.slug}-{template}-briefe.pdf"
            target.write_bytes(service.letters_pdf(kit, without_email, stamp))
            print_note(t("mail.letters_written", count=len(without_email), path=str(target)), style="green")
        elif without_email:
            print_note(t("mail.without_email", count=len(without_email)), style="yellow")


def _register_send_mail(app: typer.Typer) -> None:
    @command(app, "send-mail", "help.send_mail")
    def send_mail(
        template: Annotated[str, typer.Argument(help=t("arg.template"), metavar=t("metavar.template"))],
        smtp_host: Annotated[str, _opt("--smtp-host", key="opt.smtp_host", metavar="HOST")],
        smtp_port: Annotated[Optional[int], _opt("--smtp-port", key="opt.smtp_port", metavar="PORT")] = None,
        starttls: Annotated[bool, typer.Option("--starttls", help=t("opt.starttls"))] = False,
        tls: Annotated[bool, typer.Option("--tls", help=t("opt.tls"))] = False,
        smtp_user: Annotated[Optional[str], _opt("--smtp-user", key="opt.smtp_user", metavar=t("metavar.user"))] = None,
        smtp_ca_file: Annotated[
            Optional[Path], _opt("--smtp-ca-file", key="opt.smtp_ca_file", metavar=t("metavar.file"))
        ] = None,
        send: Annotated[bool, typer.Option("--send", help=t("opt.send"))] = False,
        rate: Annotated[float, typer.Option("--rate", help=t("opt.rate"), metavar="N")] = 60.0,
        newsletter: Annotated[bool, typer.Option("--newsletter", help=t("opt.newsletter"))] = False,
        mailing_name: Annotated[Optional[str], _opt("--mailing", key="opt.mailing", metavar="NAME")] = None,
        to: Recipients = None,
        status: Statuses = None,
        topic: TopicOpt = None,
        calendar: CalendarFlag = None,
        attach: Attach = None,
        documentation_url: DocumentationUrl = None,
        templates: Templates = None,
        informal: Informal = False,
        sender: Annotated[Optional[str], _opt("--from", key="opt.sender", metavar="EMAIL")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import mailing as service
        from konferenz_cli.services.letters import documentation_url as remembered_url
        from konferenz_cli.services.recipients import select_participants
        from konferenz_cli.services.smtp import SmtpSettings, default_port

        if starttls and tls:
            raise KonferenzError("mail.tls_exclusive")
        if rate < 0:
            raise KonferenzError("mail.bad_rate")
        database = store(db)
        chosen = resolve_event(database, event)
        files = _attachments(attach)
        kit = _kit(
            database,
            chosen,
            template,
            lang,
            informal,
            templates=templates,
            documentation_url=remembered_url(database, chosen, documentation_url),
            attachments=[a.filename for a in files],
        )
        key = template if not mailing_name else f"{template}:{mailing_name}"
        wants_calendar = calendar if calendar is not None else template in service.CALENDAR_TEMPLATES
        mailing = service.Mailing(
            database,
            kit,
            key,
            service.sender_address(chosen, sender),
            _now(),
            calendar=wants_calendar,
            newsletter=newsletter,
            attachments=files,
        )
        people = select_participants(database, chosen, statuses=status, emails=to, topic=topic)
        states = mailing.states(people)
        pending = [s.participant for s in states if s.state == "send"]
        security = "tls" if tls else "starttls" if starttls else "none"
        if smtp_ca_file is not None and not smtp_ca_file.is_file():
            raise not_a_readable_file(smtp_ca_file)
        settings = SmtpSettings(
            smtp_host, smtp_port or default_port(security), security, smtp_user, ca_file=smtp_ca_file
        )
        if not send:
            _dry_run(mailing, states, pending, settings)
            return
        if smtp_user:
            password = os.environ.get("KONFERENZ_SMTP_PASSWORD")
            if password is None:
                password = ask_secret(t("mail.password_prompt", user=smtp_user, host=smtp_host))
            if not password:
                raise KonferenzError("mail.password_missing")
            settings = dataclasses.replace(settings, password=password)
        _send(mailing, states, pending, settings, rate)


def _state_table(states: list[Any]) -> Table:
    table = Table(title=t("mail.recipients_title"), header_style="bold")
    for key in ("col.email", "col.name", "mail.col.state"):
        table.add_column(t(key), overflow="fold")
    for state in states:
        person = state.participant
        shown = t(f"mail.state.{state.state}", note=state.note)
        table.add_row(Text(person.email or "–"), Text(person.name), Text(shown))
    return table


def _dry_run(mailing: Any, states: list[Any], pending: list[Any], settings: Any) -> None:
    out.print(_state_table(states))
    counts = {name: sum(1 for s in states if s.state == name) for name in ("send", "reached", "no_email", "no_consent")}
    print_note(t("mail.dry_run_summary", server=f"{settings.host}:{settings.port}", **counts))
    if pending:
        example = next(mailing.messages(pending[:1]))
        message = example.message
        out.print(Text(t("mail.example_heading", email=pending[0].email), style="bold"))
        out.print(Text(f"From: {message.sender}\nTo: {message.recipient}\nSubject: {message.subject}\n"))
        out.print(Text(message.text))
        if message.attachments:
            names = ", ".join(f"{a.filename} ({a.content_type})" for a in message.attachments)
            out.print(Text(t("mail.example_attachments", names=names)))
    print_note(t("mail.dry_run_hint"), style="yellow")


def _send(mailing: Any, states: list[Any], pending: list[Any], settings: Any, rate: float) -> None:
    from konferenz_cli.cli.progress import progress_bar
    from konferenz_cli.services.mailing import RateLimiter, deliver
    from konferenz_cli.services.smtp import SmtpTransport

    reached_before = sum(1 for s in states if s.state == "reached")
    if not pending:
        print_note(t("mail.nothing_to_send", reached=reached_before), style="green")
        return
    transport = SmtpTransport(settings)
    transport.open()
    try:
        with progress_bar(len(pending), t("mail.progress_send")) as advance:
            report = deliver(mailing, pending, transport, RateLimiter(rate), on_done=advance)
    finally:
        transport.close()
    print_note(
        t(
            "mail.send_summary",
            sent=len(report.sent),
            failed=len(report.failed),
            before=reached_before,
            left=report.not_attempted,
        ),
        style="green" if not report.failed else "yellow",
    )
    if report.failed:
        table = Table(title=t("mail.failed_title"), header_style="bold")
        table.add_column(t("col.email"))
        table.add_column(t("mail.col.reason"), overflow="fold")
        for email, reason in report.failed:
            table.add_row(Text(email), Text(reason))
        out.print(table)
    if report.failed or report.not_attempted:
        print_note(t("mail.run_again"), style="yellow")
        raise typer.Exit(ExitCode.ERROR)
