"""The workgroup assignment engine: plain data in, plain data out (no CLI, no database).

This package exports the data types only (cheap to import). The entry points
live in their modules, which load numpy and HiGHS: ``engine.assign(problem,
options)`` solves, ``checks.validate(problem, placements)`` checks any
assignment against every rule, ``explain.explain(problem, result, person_id)``
says why someone did not get a better wish.
"""

from konferenz_cli.assign.model import (
    MIN_SIZE_POLICIES,
    OBJECTIVES,
    AssignmentInfeasible,
    Certificate,
    Lock,
    Move,
    Note,
    Options,
    Person,
    Placement,
    Problem,
    Result,
    SessionSpec,
    SoftFigure,
)

__all__ = [
    "MIN_SIZE_POLICIES",
    "OBJECTIVES",
    "AssignmentInfeasible",
    "Certificate",
    "Lock",
    "Move",
    "Note",
    "Options",
    "Person",
    "Placement",
    "Problem",
    "Result",
    "SessionSpec",
    "SoftFigure",
]
