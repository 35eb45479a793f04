"""A small, array-based bridge to the HiGHS solver (``highspy``).

Models are assembled column by column with :class:`ModelBuilder` (numpy arrays
of costs, bounds and matrix entries) and passed to HiGHS in one call; the
answer comes back as a :class:`Outcome` with the status, the values, the
objective and – for MILPs – HiGHS's proven dual bound. Every solve runs
silently, single-threaded, with a time limit and the caller's random seed, so
the same model gives the same answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["INF", "ModelBuilder", "Outcome", "solve"]

INF = float("inf")

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass
class ModelBuilder:
    """Collects columns, rows and matrix entries of a linear (integer) model."""

    _cost: list[FloatArray] = field(default_factory=list)
    _lower: list[FloatArray] = field(default_factory=list)
    _upper: list[FloatArray] = field(default_factory=list)
    _integer: list[NDArray[np.bool_]] = field(default_factory=list)
    _row_lower: list[FloatArray] = field(default_factory=list)
    _row_upper: list[FloatArray] = field(default_factory=list)
    _entry_cols: list[IntArray] = field(default_factory=list)
    _entry_rows: list[IntArray] = field(default_factory=list)
    _entry_vals: list[FloatArray] = field(default_factory=list)
    num_cols: int = 0
    num_rows: int = 0

    def add_cols(
        self, cost: ArrayLike, lower: ArrayLike = 0.0, upper: ArrayLike = 1.0, integer: bool = False
    ) -> IntArray:
        """Add columns with the given costs and bounds; returns their indices."""
        cost_array = np.atleast_1d(np.asarray(cost, dtype=np.float64))
        count = cost_array.size
        self._cost.append(cost_array)
        self._lower.append(np.broadcast_to(np.asarray(lower, dtype=np.float64), (count,)).copy())
        self._upper.append(np.broadcast_to(np.asarray(upper, dtype=np.float64), (count,)).copy())
        self._integer.append(np.full(count, integer, dtype=bool))
        indices = np.arange(self.num_cols, self.num_cols + count, dtype=np.int64)
        self.num_cols += count
        return indices

    def add_rows(self, lower: ArrayLike, upper: ArrayLike, count: int | None = None) -> IntArray:
        """Add ``count`` rows with the given bounds (scalars or arrays); returns their indices."""
        if count is None:
            count = max(int(np.atleast_1d(np.asarray(lower)).size), int(np.atleast_1d(np.asarray(upper)).size))
        self._row_lower.append(np.broadcast_to(np.asarray(lower, dtype=np.float64), (count,)).copy())
        self._row_upper.append(np.broadcast_to(np.asarray(upper, dtype=np.float64), (count,)).copy())
        indices = np.arange(self.num_rows, self.num_rows + count, dtype=np.int64)
        self.num_rows += count
        return indices

    def add_entries(self, cols: ArrayLike, rows: ArrayLike, values: ArrayLike = 1.0) -> None:
        """Put ``values`` at (``rows``, ``cols``) of the constraint matrix."""
        col_array = np.atleast_1d(np.asarray(cols, dtype=np.int64))
        self._entry_cols.append(col_array)
        self._entry_rows.append(np.atleast_1d(np.asarray(rows, dtype=np.int64)))
        self._entry_vals.append(np.broadcast_to(np.asarray(values, dtype=np.float64), col_array.shape).copy())

    def set_cost(self, cost: ArrayLike) -> None:
        """Replace the costs of all columns."""
        self._cost = [np.broadcast_to(np.asarray(cost, dtype=np.float64), (self.num_cols,)).copy()]

    def costs(self) -> FloatArray:
        """The costs of all columns."""
        return _cat(self._cost, np.float64)

    def activity(self, x: ArrayLike) -> FloatArray:
        """The value of every row for the column values ``x``."""
        cols = _cat(self._entry_cols, np.int64)
        rows = _cat(self._entry_rows, np.int64)
        vals = _cat(self._entry_vals, np.float64)
        weights = vals * np.asarray(x, dtype=np.float64)[cols]
        return np.bincount(rows, weights=weights, minlength=self.num_rows).astype(np.float64)

    def arrays(self) -> dict[str, np.ndarray]:
        """The model as column-wise (CSC) arrays."""
        cols = _cat(self._entry_cols, np.int64)
        rows = _cat(self._entry_rows, np.int64)
        vals = _cat(self._entry_vals, np.float64)
        order = np.lexsort((rows, cols))
        cols, rows, vals = cols[order], rows[order], vals[order]
        starts = np.searchsorted(cols, np.arange(self.num_cols + 1)).astype(np.int32)
        return {
            "cost": _cat(self._cost, np.float64),
            "lower": _cat(self._lower, np.float64),
            "upper": _cat(self._upper, np.float64),
            "integer": _cat(self._integer, np.bool_),
            "row_lower": _cat(self._row_lower, np.float64),
            "row_upper": _cat(self._row_upper, np.float64),
            "starts": starts,
            "index": rows.astype(np.int32),
            "value": vals,
        }


def _cat(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)


@dataclass
class Outcome:
    """What HiGHS answered.

    ``status`` is one of ``optimal``, ``infeasible``, ``time_limit`` (with or
    without a solution: see ``x``) or ``failed``. ``dual_bound`` is the proven
    lower bound (the objective itself for a solved LP).
    """

    status: str
    x: FloatArray | None
    objective: float
    dual_bound: float
    seconds: float
    row_dual: FloatArray | None = None
    col_dual: FloatArray | None = None


def solve(
    model: ModelBuilder,
    *,
    mip: bool,
    time_limit: float,
    seed: int = 0,
    start: ArrayLike | None = None,
    want_duals: bool = False,
    gap: float = 1e-9,
    stall_nodes: int | None = None,
    abs_gap: float = 1e-6,
) -> Outcome:
    """Solve ``model`` (as an LP by simplex, or as a MILP when ``mip``) within ``time_limit`` seconds."""
    import highspy

    began = time.perf_counter()
    arrays = model.arrays()
    highs = highspy.Highs()  # type: ignore[no-untyped-call]
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("time_limit", float(max(time_limit, 0.01)))
    highs.setOptionValue("random_seed", int(seed) % 2_147_483_647)
    highs.setOptionValue("threads", 1)
    if mip:
        highs.setOptionValue("mip_rel_gap", float(gap))
        highs.setOptionValue("mip_abs_gap", float(abs_gap))
        if stall_nodes is not None:
            # Stop when this many nodes bring no better solution: deterministic, unlike a clock.
            highs.setOptionValue("mip_max_stall_nodes", int(stall_nodes))
    else:
        highs.setOptionValue("solver", "simplex")
    num_cols, num_rows = model.num_cols, model.num_rows
    # The integrality array must always cover every column: HiGHS reads an empty one as garbage.
    integrality = arrays["integer"].astype(np.int32) if mip else np.zeros(num_cols, dtype=np.int32)
    passed = highs.passModel(
        num_cols,
        num_rows,
        int(arrays["index"].size),
        int(highspy.MatrixFormat.kColwise.value),
        int(highspy.ObjSense.kMinimize.value),
        0.0,
        arrays["cost"],
        arrays["lower"],
        arrays["upper"],
        arrays["row_lower"],
        arrays["row_upper"],
        arrays["starts"],
        arrays["index"],
        arrays["value"],
        integrality,
    )
    if passed == highspy.HighsStatus.kError:
        raise RuntimeError("HiGHS rejected the model")
    if start is not None:
        values = np.asarray(start, dtype=np.float64)
        highs.setSolution(num_cols, np.arange(num_cols, dtype=np.int32), values)
    highs.run()
    status = highs.getModelStatus()
    info = highs.getInfo()
    statuses = highspy.HighsModelStatus
    has_value = info.primal_solution_status == 2  # kSolutionStatusFeasible
    x = np.asarray(highs.getSolution().col_value, dtype=np.float64) if has_value else None
    if status == statuses.kOptimal:
        label = "optimal"
    elif status in (statuses.kInfeasible, statuses.kUnboundedOrInfeasible):
        label, x = "infeasible", None
    elif status in (statuses.kTimeLimit, statuses.kInterrupt, statuses.kSolutionLimit, statuses.kIterationLimit):
        label = "time_limit"
    else:
        label = "failed"
    objective = float(info.objective_function_value) if x is not None else INF
    if mip and arrays["integer"].any():
        bound = float(info.mip_dual_bound)
    else:
        bound = objective if label == "optimal" else -INF
    row_dual = col_dual = None
    if want_duals and label == "optimal":
        solution = highs.getSolution()
        row_dual = np.asarray(solution.row_dual, dtype=np.float64)
        col_dual = np.asarray(solution.col_dual, dtype=np.float64)
    return Outcome(
        status=label,
        x=x,
        objective=objective,
        dual_bound=bound,
        seconds=time.perf_counter() - began,
        row_dual=row_dual,
        col_dual=col_dual,
    )
