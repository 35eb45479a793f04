"""The workgroup assignment engine: plain data in, plain data out (no CLI, no database)."""

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
