"""A published rounded value is an interval, not a number.

Three conventions are seen in councils' reports: round half up (the common one), round half to even
(what some spreadsheets do) and truncation (Bucks: 14/27 = 51.85 printed "51%"). A published value
*fits* a convention when rounding the exact value that way, at the printed precision, gives the
printed digits. The document's convention is inferred from the cells that fit only one of them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from auditor.numbers import Number

HALF_UP = "round-half-up"
HALF_EVEN = "round-half-even"
TRUNCATE = "truncation"
CONVENTIONS = (HALF_UP, HALF_EVEN, TRUNCATE)


def round_to(x: Fraction, decimals: int, convention: str) -> Fraction:
    """Round the magnitude of ``x`` to ``decimals`` places the given way; the sign is kept."""
    unit = Fraction(1, 10**decimals)
    scaled = abs(x) / unit
    if convention == TRUNCATE:
        steps = math.floor(scaled)
    elif convention == HALF_UP:
        steps = math.floor(scaled + Fraction(1, 2))
    elif convention == HALF_EVEN:
        steps = round(scaled)  # Fraction.__round__ rounds half to even
    else:
        raise ValueError(f"unknown rounding convention {convention!r}")
    result = steps * unit
    return -result if x < 0 else result


def fitting_conventions(exact: Fraction | None, published: Number) -> frozenset[str]:
    """The conventions under which ``published`` is a correct printing of ``exact``."""
    if exact is None or published.value is None:
        return frozenset()
    shown = Fraction(published.value)
    if published.bound == "<":
        # "<1%": more than nothing, less than the bound.
        return frozenset(CONVENTIONS) if 0 < abs(exact) < abs(shown) else frozenset()
    if published.bound == ">":
        return frozenset(CONVENTIONS) if abs(exact) > abs(shown) else frozenset()
    return frozenset(c for c in CONVENTIONS if round_to(exact, published.decimals, c) == shown)


def published_interval(published: Number, convention: str) -> tuple[float, float] | None:
    """The exact values that ``published`` stands for under ``convention``: "47%" rounded half up
    is [46.5, 47.5), truncated [47, 48); "<1%" is (0, 1). Magnitudes, as printed."""
    if published.value is None:
        return None
    shown = abs(Fraction(published.value))
    if published.bound == "<":
        return (0.0, float(shown))
    if published.bound == ">":
        return (float(shown), float("inf"))
    unit = Fraction(1, 10**published.decimals)
    if convention == TRUNCATE:
        return (float(shown), float(shown + unit))
    return (float(max(shown - unit / 2, Fraction(0))), float(shown + unit / 2))


def format_fraction(x: Fraction, decimals: int, convention: str = HALF_UP, suffix: str = "") -> str:
    value = round_to(x, decimals, convention)
    text = f"{Decimal(value.numerator) / Decimal(value.denominator):,.{decimals}f}"
    return text + suffix


def exact_text(x: Fraction, suffix: str = "", places: int = 2) -> str:
    """The exact value for a reader: whole numbers as they are, others to ``places`` decimals."""
    if x.denominator == 1:
        return f"{x.numerator:,}{suffix}"
    return f"{float(x):,.{places}f}{suffix}"


def expected_renderings(exact: Fraction | None, published: Number) -> dict[str, str]:
    if exact is None:
        return {}
    suffix = "%" if published.kind.value == "percent" else ""
    return {c: format_fraction(exact, published.decimals, c, suffix) for c in CONVENTIONS}


def infer_convention(fits: Iterable[frozenset[str]]) -> tuple[str, str]:
    """The document's convention and a sentence saying why.

    Only cells that fit exactly one of round-half-up / truncation vote; cells that fit both (most of
    them) or neither say nothing about the convention.
    """
    votes: Counter[str] = Counter()
    for f in fits:
        if HALF_UP in f and TRUNCATE not in f:
            votes[HALF_UP] += 1
        elif TRUNCATE in f and HALF_UP not in f:
            votes[TRUNCATE] += 1
    up, down = votes[HALF_UP], votes[TRUNCATE]
    if up == 0 and down == 0:
        return HALF_UP, "round-half-up assumed (no cell tells the conventions apart)"
    chosen = TRUNCATE if down > up else HALF_UP
    return chosen, f"{chosen} ({up} cell(s) fit only round-half-up, {down} only truncation)"
