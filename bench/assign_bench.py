"""Benchmark: the assignment engine against first-come greedy and random serial dictatorship.

    python bench/assign_bench.py            # all instances, all methods (several minutes on 2 cores)
    python bench/assign_bench.py a b        # only some instances

Every measurement runs in its own process, so its time and peak memory
(``getrusage`` of that child) are its own. Time is the solve alone (instance
generation and imports excluded); memory is the child's peak resident set.
Columns: rank cost (first wish 0, second 1, ..., unranked 20; an empty slot of
a baseline also counts 20), share of people with wishes who got their first
wish, the worst rank anyone got (rounds a person could not fill with wishes
excluded; "–" = unranked topic), proven optimal, empty slots (baselines only),
organisation excess and sector imbalance per session (see
``konferenz_cli.assign.soft``), and for the engine with soft goals the gap of
the soft measure to its proven lower bound.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

METHODS = ("engine", "engine+soft", "first-come", "serial-dictatorship")


def _measures(problem, schedule: dict[tuple[int, int], int], empty: int) -> dict:
    """Rank cost, first-wish share, worst rank and diversity figures of a (possibly partial) schedule."""
    from konferenz_cli.assign.instance import unranked_cost
    from konferenz_cli.assign.topics import allowed_per_session

    unranked = unranked_cost(problem)
    sessions = {s.id: s for s in problem.sessions}
    people = {p.id: p for p in problem.people}
    rounds = sorted(problem.rounds)
    running = {s.topic_id for s in problem.sessions if not s.cancelled}
    cost = empty * unranked
    worst = -1
    first = 0
    with_wishes = 0
    for person in problem.people:
        wishes = list(dict.fromkeys(person.preferences))
        costs = []
        for round_number in rounds:
            session_id = schedule.get((person.id, round_number))
            if session_id is None:
                costs.append(unranked)
                continue
            topic = sessions[session_id].topic_id
            costs.append(wishes.index(topic) if topic in wishes else unranked)
        cost += sum(c for c in costs)
        excused = max(0, len(rounds) - sum(1 for t in wishes if t in running))
        counted = sorted(costs, reverse=True)[excused:]
        worst = max([worst, *counted])
        if wishes:
            with_wishes += 1
            first += 0 in costs
    members: dict[int, list[int]] = defaultdict(list)
    for (person_id, _round), session_id in schedule.items():
        members[session_id].append(person_id)
    per_round = Counter(s.round for s in problem.sessions if not s.cancelled)
    org_size = Counter(p.attributes.get("organisation") for p in problem.people)
    sector_size = Counter(p.attributes.get("sector") for p in problem.people)
    excess = 0
    imbalance = 0.0
    for session_id, group in members.items():
        round_number = sessions[session_id].round
        for org, count in Counter(people[p].attributes.get("organisation") for p in group).items():
            excess += max(0, count - allowed_per_session(org_size[org], per_round[round_number]))
        for sector, count in Counter(people[p].attributes.get("sector") for p in group).items():
            imbalance += max(0.0, count - sector_size[sector] / len(problem.people) * len(group))
    return {
        "rank_cost": cost,
        "first_share": first / max(with_wishes, 1),
        "worst": None if worst >= unranked else worst + 1,
        "empty": empty,
        "org_excess": excess,
        "sector_imbalance": round(imbalance, 1),
    }


def run_one(key: str, method: str) -> dict:
    """One measurement (inside the child process)."""
    from assign_baselines import first_come, serial_dictatorship
    from assign_instances import INSTANCES, generate

    from konferenz_cli.assign import Options
    from konferenz_cli.assign.engine import assign

    problem = generate(INSTANCES[key])
    proven = None
    soft_gap = None
    began = time.perf_counter()
    if method.startswith("engine"):
        soft = method == "engine+soft"
        options = Options(spread="organisation", balance="sector", time_limit=60.0) if soft else Options()
        result = assign(problem, options)
        seconds = time.perf_counter() - began
        schedule = {(p.person_id, p.round): p.session_id for p in result.placements}
        empty = 0
        proven = result.certificate.proven_optimal
        total = next((f for f in result.soft if f.name == "total"), None)
        if total is not None and total.bound is not None:
            soft_gap = max(0.0, (total.after - total.bound) / max(total.after, 1e-9))
    elif method == "first-come":
        schedule, empty = first_come(problem)
        seconds = time.perf_counter() - began
    else:
        schedule, empty = serial_dictatorship(problem, seed=INSTANCES[key].seed)
        seconds = time.perf_counter() - began
    return {
        "instance": key,
        "method": method,
        "seconds": seconds,
        "proven": proven,
        "soft_gap": soft_gap,
        **_measures(problem, schedule, empty),
    }


def measure(key: str, method: str) -> dict:
    """Run one measurement in a child process; add its peak memory."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--one", key, method],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent / "src"), str(HERE)])},
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{key}/{method} failed with exit code {child.returncode}")
    row = json.loads(output)
    row["peak_mb"] = usage.ru_maxrss / 1024
    return row


def _cell(value, fmt: str = "{}") -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return fmt.format(value)


def table(rows: list[dict]) -> str:
    """The results as a Markdown table."""
    header = (
        "| inst | method | time s | peak MB | rank cost | vs best | 1st wish | worst | proven | empty | org excess "
        "| sector imb. | soft gap |"
    )
    lines = [header, "|" + "|".join(["---"] * 13) + "|"]
    best = {}
    for row in rows:
        if row["method"] == "engine":
            best[row["instance"]] = row["rank_cost"]
    for row in rows:
        reference = best.get(row["instance"])
        above = (row["rank_cost"] / reference - 1) if reference else None
        lines.append(
            "| "
            + " | ".join(
                [
                    row["instance"],
                    row["method"],
                    _cell(row["seconds"], "{:.2f}"),
                    _cell(row["peak_mb"], "{:.0f}"),
                    _cell(row["rank_cost"]),
                    _cell(above, "{:+.1%}"),
                    _cell(row["first_share"], "{:.1%}"),
                    _cell(row["worst"]),
                    _cell(row["proven"]),
                    _cell(row["empty"]),
                    _cell(row["org_excess"]),
                    _cell(row["sector_imbalance"]),
                    _cell(row["soft_gap"], "{:.2%}"),
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def targets(rows: list[dict]) -> list[str]:
    """The targets of the issue, checked."""
    found = {(r["instance"], r["method"]): r for r in rows}
    verdicts = []
    c, c_soft, a_soft = found.get(("c", "engine")), found.get(("c", "engine+soft")), found.get(("a", "engine+soft"))
    if c:
        ok = c["proven"] and c["seconds"] < 5 and c["peak_mb"] < 1024
        verdicts.append(f"(c) proven optimal < 5 s and < 1 GB: {'met' if ok else 'NOT met'}")
    if a_soft:
        gap = a_soft["soft_gap"] if a_soft["soft_gap"] is not None else math.inf
        ok = a_soft["proven"] and gap <= 0.01 and a_soft["seconds"] < 30
        verdicts.append(f"(a) soft goals within 1 % of the proven bound < 30 s: {'met' if ok else 'NOT met'}")
    if c and c_soft:
        ok = (
            c_soft["rank_cost"] == c["rank_cost"]
            and c_soft["org_excess"] <= c["org_excess"] / 2
            and c_soft["seconds"] < 60
        )
        verdicts.append(
            f"(c) soft: rank cost kept, organisation excess {c['org_excess']} -> {c_soft['org_excess']} "
            f"(at most half), < 60 s: {'met' if ok else 'NOT met'}"
        )
    return verdicts


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(run_one(argv[1], argv[2])))
        return
    keys = argv or ["a", "b", "c"]
    rows = []
    for key in keys:
        for method in METHODS:
            rows.append(measure(key, method))
            print(f"  {key} {method}: {rows[-1]['seconds']:.2f} s", file=sys.stderr, flush=True)
    print(table(rows))
    print()
    for verdict in targets(rows):
        print(verdict)


if __name__ == "__main__":
    main(sys.argv[1:])
