"""Small helpers the check families share: exact values of cells, sums with placeholders, and
choosing among readings of a table by how many cells each one explains."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction

from auditor.numbers import Kind, Number
from auditor.rounding import CONVENTIONS, fitting_conventions

STAGE_NAMES = {"stage1": "Stage 1", "stage2": "Stage 2", "stage3": "Stage 3", "ombudsman": "Ombudsman"}


def plain(x: Fraction) -> str:
    """An exact value as a reader would write it in a message: 56, 12.5."""
    return str(x.numerator) if x.denominator == 1 else f"{float(x):g}"


# Printed for "nothing": these add nothing to a sum. "n/a", "N/K", "*" hide a value instead.
NIL_TEXTS = {"-", "–", "—", "―", "nil", "none", "0"}


def exact(n: Number) -> Fraction | None:
    return None if n.value is None else Fraction(n.scaled)


def count_part(n: Number) -> Fraction | None:
    """The value a cell adds to a sum: its number, zero for nil, None when it hides a value."""
    if n.value is not None:
        return Fraction(n.scaled)
    if n.kind == Kind.EMPTY or (n.kind == Kind.PLACEHOLDER and n.text.strip().lower() in NIL_TEXTS):
        return Fraction(0)
    return None


def sum_parts(cells: Iterable[Number]) -> tuple[Fraction | None, int]:
    """The sum of the parts and how many of them printed a value (None if one hides its value)."""
    total, printed = Fraction(0), 0
    for n in cells:
        v = count_part(n)
        if v is None:
            return None, printed
        total += v
        printed += n.value is not None
    return total, printed


def sum_fits(
    total: Fraction, published: Number, parts: list[Number], *, rounded: bool = False
) -> frozenset[str]:
    """Does the published total agree with the parts? Exact for whole counts; for parts printed
    with decimals, or in rounded units (thousands, £m), each part may be off by half a unit, so
    the total may be off by that much for each part and for itself."""
    shown = Fraction(published.scaled)
    # The total's own precision is the table's; a part with more decimals is more likely a
    # footnote mark run into the number than a finer figure.
    decimals = published.decimals or max(p.decimals for p in parts)
    if decimals == 0 and published.multiplier == 1 and not rounded:
        return frozenset(CONVENTIONS) if total == shown else frozenset()
    unit = Fraction(1, 10**decimals) * published.multiplier
    slack = unit / 2 * (len(parts) + 1)
    return frozenset(CONVENTIONS) if abs(total - shown) <= slack else frozenset()


@dataclass(frozen=True)
class Reading:
    """One way to read a set of cells: for each target cell, the exact value it should show."""

    name: str
    values: dict[tuple[int, int], tuple[Fraction | None, tuple[tuple[int, int], ...]]]


def score(reading: Reading, published: Callable[[tuple[int, int]], Number]) -> tuple[int, int]:
    """How many target cells the reading explains, and how many it could test."""
    fits = tested = 0
    for cell, (value, _) in reading.values.items():
        if value is None:
            continue
        tested += 1
        fits += bool(fitting_conventions(value, published(cell)))
    return fits, tested


def best_reading(
    readings: list[Reading], published: Callable[[tuple[int, int]], Number], *, min_share: float = 0.6
) -> Reading | None:
    """The reading that explains most cells, if it explains enough of them to be trusted.

    Ties go to the reading listed first. A reading is trusted when it explains at least
    ``min_share`` of the cells it tests and at least two of them (or the only one there is).
    """
    best, best_fits = None, -1
    for reading in readings:
        fits, tested = score(reading, published)
        if tested == 0:
            continue
        enough = fits >= max(1 if tested == 1 else 2, min_share * tested)
        if enough and fits > best_fits:
            best, best_fits = reading, fits
    return best
