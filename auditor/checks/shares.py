"""PCT: percentages that do not match the counts they are shares of."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from fractions import Fraction

from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.common import Reading, best_reading, count_part, exact
from auditor.numbers import Number
from auditor.rounding import CONVENTIONS, exact_text, round_to
from auditor.structure import ColRole, Column, RowRole, Table, _stem_words

COUNTABLE = (ColRole.COUNT, ColRole.INLINE)
HUNDRED = Fraction(100)


def percent_of(num: Fraction | None, den: Fraction | None) -> Fraction | None:
    if num is None or den is None or den == 0:
        return None
    return num / den * HUNDRED


def _count(table: Table, r: int, c: int) -> Fraction | None:
    return exact(table.cell(r, c))


def _same_group(a: Column, b: Column) -> bool:
    return a.parent == b.parent


def _count_col_left_of(table: Table, col: Column) -> Column | None:
    for left in reversed(table.columns[: col.index]):
        if left.role in COUNTABLE and _same_group(left, col):
            return left
    return None


def _target_rows(table: Table, col: int) -> list[int]:
    return [
        r.index
        for r in table.rows_with(RowRole.DATA, RowRole.TOTAL)
        if table.cell(r.index, col).value is not None
    ]


def _column_denominator(table: Table, col: int) -> tuple[Fraction | None, tuple[tuple[int, int], ...], str]:
    """The whole that a column's shares are of: its total row, else the sum of its rows."""
    for t in table.rows_with(RowRole.TOTAL):
        v = _count(table, t.index, col)
        if v is not None:
            return v, ((t.index, col),), f"'{t.label}'"
    rows = [r.index for r in table.rows_with(RowRole.DATA)]
    parts = [count_part(table.cell(r, col)) for r in rows]
    if not rows or any(p is None for p in parts):
        return None, (), ""
    return sum(parts, Fraction(0)), tuple((r, col) for r in rows), "the column's sum"


def _total_column_for(table: Table, col: int) -> Column | None:
    return next((c for c in table.columns if c.is_total and col in c.parts), None)


def _resolve_reading(
    self: Check, table: Table, ctx: Context, reading: Reading, describe
) -> Iterator[Comparison]:
    for (r, c), (value, evidence) in reading.values.items():
        if value is None:
            continue
        published = _published(table, r, c)
        yield self.compare(
            table,
            ctx,
            r,
            c,
            published,
            value,
            evidence=evidence,
            row=table.rows[r].label or f"row {r + 1}",
            column=table.columns[c].label or f"column {c + 1}",
            published=published.text,
            exact=exact_text(value, "%"),
            whole=describe(r, c),
        )


def _published(table: Table, r: int, c: int) -> Number:
    n = table.cell(r, c)
    return n.share if n.share is not None else n


# ----------------------------------------------------------------------------------- share columns


def _shares_make_a_whole(table: Table, pcol: Column) -> bool:
    """Without a total row, shares are of the column's sum only if they add up to about 100%."""
    shares = [table.cell(r, pcol.index) for r in _target_rows(table, pcol.index)]
    total = sum(
        (Fraction(n.value) / (2 if n.bound else 1) for n in shares if n.value is not None), Fraction(0)
    )
    return abs(total - HUNDRED) <= Fraction(len(shares), 2) + 1


def _share_reading(table: Table, pcol: Column, ccol: Column) -> Reading:
    den, den_cells, den_name = _column_denominator(table, ccol.index)
    if den_name == "the column's sum" and not _shares_make_a_whole(table, pcol):
        return Reading("share of the column's sum", {})
    values = {}
    for r in _target_rows(table, pcol.index):
        values[(r, pcol.index)] = (
            percent_of(_count(table, r, ccol.index), den),
            ((r, ccol.index), *den_cells),
        )
    return Reading(f"share of {ccol.label or 'the count column'}", values)


def _rate_reading(table: Table, pcol: Column, num: Column, den: Column) -> Reading:
    values = {}
    for r in _target_rows(table, pcol.index):
        values[(r, pcol.index)] = (
            percent_of(_count(table, r, num.index), _count(table, r, den.index)),
            ((r, num.index), (r, den.index)),
        )
    return Reading(f"rate {num.label} / {den.label}", values)


def _percent_column_readings(table: Table, pcol: Column) -> tuple[list[Reading], Column | None]:
    ccol = _count_col_left_of(table, pcol)
    readings = [_share_reading(table, pcol, ccol)] if ccol else []
    counts = [c for c in table.columns if c.role in COUNTABLE and _same_group(c, pcol)]
    for num in counts:
        for den in counts:
            if num.index != den.index:
                readings.append(_rate_reading(table, pcol, num, den))
    return readings, ccol


def best_column_reading(table: Table, pcol: Column) -> tuple[Reading | None, Column | None]:
    """The reading of a percentage column the figures support (share of its count column's total,
    or a rate of two count columns), and the count column beside it. PCT001, PCT003 and PCT005 each
    report the cells of the reading that is theirs."""
    readings, ccol = _percent_column_readings(table, pcol)
    return best_reading(readings, lambda cell: _published(table, *cell)), ccol


# Words two headings can share without being about the same thing ("% within 10 working days" is not
# a share of "Over 20 working days").
UNIT_WORDS = {"working", "day", "week", "month", "year", "within", "over", "under", "than", "more", "less"}


def grim_fits(p: Number, n: Fraction | None) -> frozenset[str]:
    """Conventions under which some whole count k of n gives the printed percentage."""
    if n is None or n <= 0 or n.denominator != 1 or p.value is None or p.bound:
        return frozenset(CONVENTIONS)  # nothing to say
    shown = Fraction(p.value)
    centre = shown * n / HUNDRED
    ks = range(max(0, math.floor(centre) - 2), min(int(n), math.ceil(centre) + 2) + 1)
    return frozenset(
        c for c in CONVENTIONS if any(round_to(Fraction(k) * HUNDRED / n, p.decimals, c) == shown for k in ks)
    )


def grim_comparison(check: Check, table: Table, ctx: Context, r: int, pcol: int, ccol: int, **fields):
    """Can some whole count of the n in ``ccol`` give the percentage in ``pcol``? (PCT005, TIM005)"""
    p, n = table.cell(r, pcol), _count(table, r, ccol)
    if p.value is None or n is None or n <= 0 or n.denominator != 1 or not 0 <= p.value <= 100:
        return None
    return check.compare(
        table,
        ctx,
        r,
        pcol,
        p,
        None,
        fits=grim_fits(p, n),
        evidence=[(r, ccol)],
        row=table.rows[r].label or f"row {r + 1}",
        n=n,
        published=p.text,
        nearest=nearest_k(p, n),
        expected=nearest_k(p, n),
        **fields,
    )


def nearest_k(p: Number, n: Fraction) -> str:
    centre = Fraction(p.value) * n / HUNDRED
    ks = sorted({max(0, math.floor(centre)), min(int(n), math.ceil(centre))})
    return ", ".join(f"{k}/{n} = {exact_text(Fraction(k) * HUNDRED / n, '%', 1)}" for k in ks)


# --------------------------------------------------------------------------------------- the checks


class ShareOfTotal(Check):
    """A percentage does not match its count divided by the whole it is a share of.

    What it checks:
        A "%" column next to a count column ("Number | % of total"): each share against the row's
        count divided by the column's total row (or the sum of the column when there is no total
        row). A row of percentages under a row of counts ("% complaints received"): each share
        against the count divided by the row's figure in the total column.
        The reading is confirmed by the figures: it must explain most cells before the others are
        reported.
    Why it matters:
        Shares are what committees quote ("57% of complaints were about social work").
    Failing example:
        | Service | Number | % of total |
        | SEN | 217 | 60% |
        | Fair Access | 56 | 16% |     (56 / 362 = 15.5%)
        | Total | 362 | |
    Passing example:
        | Service | Number | % of total |
        | Fair Access | 56 | 15% |
    Options:
        None.
    Known limitations:
        A share printed without its count (or of a whole the table does not show) cannot be
        checked; the table's coverage line says so.
    """

    code = "PCT001"
    name = "share-mismatch"
    template = "{row}, {column}: {whole} gives {exact}, printed {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for pcol in table.cols_with(ColRole.PERCENT):
            best, ccol = best_column_reading(table, pcol)
            if best is None or not best.name.startswith("share of"):
                continue
            den, _, den_name = _column_denominator(table, ccol.index)
            yield from _resolve_reading(
                self,
                table,
                ctx,
                best,
                lambda r, c, ccol=ccol, den=den, den_name=den_name: (
                    f"{table.cell(r, ccol.index).text} of {exact_text(den)} ({den_name})"
                ),
            )
        yield from self._percent_rows(table, ctx)

    def _percent_rows(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for prow in table.rows_with(RowRole.PERCENT):
            cols = [
                c.index
                for c in table.columns
                if table.cell(prow.index, c.index).value is not None and c.role != ColRole.LABEL
            ]
            readings = []
            refs = [r for r in table.rows_with(RowRole.TOTAL, RowRole.DATA) if r.index < prow.index]
            refs.sort(key=lambda r: (r.role != RowRole.TOTAL, -r.index))
            for ref in refs:
                values = {}
                for c in cols:
                    tot = _total_column_for(table, c)
                    if tot is None:
                        continue
                    values[(prow.index, c)] = (
                        percent_of(_count(table, ref.index, c), _count(table, ref.index, tot.index)),
                        ((ref.index, c), (ref.index, tot.index)),
                    )
                if values:
                    readings.append(Reading(f"share of '{ref.label}'", values))
            best = best_reading(readings, lambda cell: _published(table, *cell))
            if best is None:
                if cols:
                    yield Skipped(type(self), f"'{prow.label}': cannot tell which counts these shares are of")
                continue
            ref_label = best.name[len("share of ") :]

            def describe(r, c, ref_label=ref_label, best=best):
                (rr, cc), (rt, ct) = best.values[(r, c)][1]
                return f"{table.cell(rr, cc).text} of {table.cell(rt, ct).text} ({ref_label})"

            yield from _resolve_reading(self, table, ctx, best, describe)


class InlineShare(Check):
    """A count printed with its share, "57 (47%)", whose share does not match the count.

    What it checks:
        Cells that print a count and a percentage together. The whole is found from the table: the
        row's total column, the column's total row, or the sum of the column or of the row; the
        reading that explains most cells is used.
    Why it matters:
        The two figures sit side by side; when they disagree, one of them is wrong.
    Failing example:
        | Gender | 2017/18 |
        | Male | 24 (44%) |
        | Female | 30 (46%) |      (30 / 54 = 55.6%)
    Passing example:
        | Gender | 2017/18 |
        | Male | 24 (44%) |
        | Female | 30 (56%) |
    Options:
        None.
    Known limitations:
        Needs at least two cells that the same reading explains.
    """

    code = "PCT002"
    name = "inline-share-mismatch"
    template = "{row}, {column}: {whole} gives {exact}, printed {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        cells = [
            (r.index, c.index)
            for c in table.cols_with(ColRole.INLINE)
            for r in table.rows_with(RowRole.DATA, RowRole.TOTAL)
            if table.cell(r.index, c.index).share is not None
        ]
        if not cells:
            return
        readings = [
            self._reading(table, cells, how) for how in ("row total", "column total", "column sum", "row sum")
        ]
        best = best_reading([r for r in readings if r.values], lambda cell: _published(table, *cell))
        if best is None:
            yield Skipped(type(self), "count (share) cells: cannot tell what the shares are of")
            return

        def describe(r, c):
            ev = best.values[(r, c)][1]
            den = (
                sum((_count(table, *x) or 0 for x in ev[1:]), Fraction(0))
                if len(ev) > 2
                else _count(table, *ev[1])
            )
            return f"{table.cell(r, c).value} of {exact_text(den)} ({best.name})"

        yield from _resolve_reading(self, table, ctx, best, describe)

    def _reading(self, table: Table, cells, how: str) -> Reading:
        values = {}
        inline_cols = [c.index for c in table.cols_with(ColRole.INLINE)]
        data_rows = [r.index for r in table.rows_with(RowRole.DATA)]
        for r, c in cells:
            num = _count(table, r, c)
            den_cells: tuple[tuple[int, int], ...] = ()
            if how == "row total":
                tot = _total_column_for(table, c)
                den_cells = ((r, tot.index),) if tot else ()
            elif how == "column total":
                t = next(
                    (t for t in table.rows_with(RowRole.TOTAL) if t.index != r and _count(table, t.index, c)),
                    None,
                )
                den_cells = ((t.index, c),) if t else ()
            elif how == "column sum" and r in data_rows:
                den_cells = tuple((x, c) for x in data_rows)
            elif how == "row sum":
                den_cells = tuple((r, x) for x in inline_cols if not table.columns[x].is_total)
            if not den_cells:
                continue
            parts = [count_part(table.cell(*x)) for x in den_cells]
            den = None if any(p is None for p in parts) else sum(parts, Fraction(0))
            values[(r, c)] = (percent_of(num, den), ((r, c), *den_cells))
        return Reading(how, values)


class RateColumn(Check):
    """A rate column ("% upheld") does not match the two count columns it divides.

    What it checks:
        A "%" column whose figures are, row by row, one count column divided by another
        ("No. upheld" / "No. received", "Stage 2" / "Stage 1" for an escalation rate). The pair of
        columns is the one that explains most rows; the other rows are reported.
    Why it matters:
        Uphold, escalation and in-time rates are the performance figures of a complaints report.
    Failing example:
        | Theme | No. received | No. upheld | % upheld |
        | Staff conduct | 105 | 37 | 53% |     (37 / 105 = 35.2%)
    Passing example:
        | Theme | No. received | No. upheld | % upheld |
        | Staff conduct | 105 | 37 | 35% |
    Options:
        None.
    Known limitations:
        Both counts must be in the same table and the same header group.
    """

    code = "PCT003"
    name = "rate-mismatch"
    template = "{row}, {column}: {whole} gives {exact}, printed {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        for pcol in table.cols_with(ColRole.PERCENT):
            best, _ = best_column_reading(table, pcol)
            if best is None or not best.name.startswith("rate "):
                continue

            def describe(r, c, best=best):
                (rn, cn), (rd, cd) = best.values[(r, c)][1]
                return f"{table.cell(rn, cn).text} / {table.cell(rd, cd).text}"

            yield from _resolve_reading(self, table, ctx, best, describe)


class SharesSumTo100(Check):
    """Shares of one whole do not add up to 100% within rounding.

    What it checks:
        A column (or row) of percentages whose total cell prints 100%: the parts must add up to 100
        give or take half a unit for each rounded part (|sum - 100| <= n x 0.5).
    Why it matters:
        Shares that add up to 93% or 108% mean a category is missing or a figure is wrong.
    Failing example:
        | Outcome | % |
        | Upheld | 24% |
        | Not upheld | 47% |
        | Total | 100% |
    Passing example:
        | Outcome | % |
        | Upheld | 34% |
        | Not upheld | 66% |
        | Total | 100% |
    Options:
        None.
    Known limitations:
        Only run where the table itself prints the 100%; shares whose counts are printed are
        checked cell by cell by PCT001 instead.
    """

    code = "PCT004"
    name = "shares-do-not-sum-to-100"
    template = "{column}: the shares add up to {expected}, not 100% (rounding allows {low} to {high})"

    def check(self, table: Table, ctx: Context) -> Iterator:
        for pcol in table.cols_with(ColRole.PERCENT):
            for t in table.rows_with(RowRole.TOTAL):
                total = table.cell(t.index, pcol.index)
                if total.value is None or Fraction(total.value) != HUNDRED:
                    continue
                parts = [table.cell(r.index, pcol.index) for r in table.rows_with(RowRole.DATA)]
                parts = [p for p in parts if p.value is not None and not p.bound]
                if len(parts) < 2:
                    continue
                s = sum((Fraction(p.value) for p in parts), Fraction(0))
                unit = Fraction(1, 10 ** max(p.decimals for p in parts))
                slack = unit / 2 * len(parts)
                fits = frozenset(CONVENTIONS) if abs(s - HUNDRED) <= slack else frozenset()
                yield self.compare(
                    table,
                    ctx,
                    t.index,
                    pcol.index,
                    total,
                    s,
                    fits=fits,
                    evidence=[(r.index, pcol.index) for r in table.rows_with(RowRole.DATA)],
                    column=pcol.label or f"column {pcol.index + 1}",
                    expected=exact_text(s, "%"),
                    low=exact_text(HUNDRED - slack, "%", 1),
                    high=exact_text(HUNDRED + slack, "%", 1),
                )


class ImpossibleShare(Check):
    """No whole number out of the stated count gives the printed percentage (GRIM).

    What it checks:
        A percentage column whose heading says what it is a proportion of ("% of responses provided
        within timescale") next to that count ("Total no. of responses made") but without the
        numerator: some whole number k of the n must give the printed share (k/n rounds to p).
        Runs only where no other reading of the column (share of total, rate of two columns)
        explains it.
    Why it matters:
        "42% of 15 responses" is impossible (6/15 = 40%, 7/15 = 47%): either the count or the
        percentage is wrong, or the percentage is of a different base than the table says.
    Failing example:
        | Stage | Total no. of responses | % of responses within timescale |
        | Stage 1 | 15 | 42% |
    Passing example:
        | Stage | Total no. of responses | % of responses within timescale |
        | Stage 1 | 15 | 40% |
    Options:
        None.
    Known limitations:
        Needs the heading of the percentage column to share a word with the count column's
        heading; otherwise the base is unknown and the column is reported as not checked.
    """

    code = "PCT005"
    name = "impossible-share"
    template = "{row}: {published} of {n} ({noun}): the nearest whole counts give {nearest}"
    error_suffix = "; no whole number of the {n} gives {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for pcol in table.cols_with(ColRole.PERCENT):
            best, ccol = best_column_reading(table, pcol)
            if best is not None:
                continue
            if ccol is None or not (_stem_words(pcol.label) & _stem_words(ccol.label)) - UNIT_WORDS:
                yield Skipped(type(self), f"'{pcol.label}': cannot tell what these percentages are of")
                continue
            counts = [table.cell(r.index, ccol.index) for r in table.rows_with(RowRole.DATA, RowRole.TOTAL)]
            if any(c.value is not None and (c.decimals or c.value < 0) for c in counts):
                yield Skipped(type(self), f"'{ccol.label}' is not a column of whole counts")
                continue
            for r in _target_rows(table, pcol.index):
                comparison = grim_comparison(
                    self, table, ctx, r, pcol.index, ccol.index, noun=ccol.label.lower()
                )
                if comparison is not None:
                    yield comparison


class PercentNotation(Check):
    """A percentage printed with the wrong sign of bound, or a share above 100%.

    What it checks:
        ">1%" printed for a share below 1% (meant "<1%"), and shares of a whole above 100%, in
        columns headed "% of …".
    Why it matters:
        The notation contradicts the count beside it; readers take ">1%" as "more than 1%".
    Failing example:
        | Method | Number | % of total |
        | Post | 4 | >1% |     (4 / 1602 = 0.25%)
        | Total | 1602 | |
    Passing example:
        | Method | Number | % of total |
        | Post | 4 | <1% |
        | Total | 1602 | |
    Options:
        None.
    Known limitations:
        A ">1%" in a column whose base the table does not show is not checked.
    """

    code = "PCT006"
    name = "percent-notation"
    template = "{row}: {published} printed, but {detail}"

    def check(self, table: Table, ctx: Context) -> Iterator:
        for pcol in table.cols_with(ColRole.PERCENT):
            share_of = re.search(r"%\s*of|percent(age)?\s+of|share", pcol.label, re.IGNORECASE)
            ccol = _count_col_left_of(table, pcol)
            den = _column_denominator(table, ccol.index)[0] if ccol else None
            for r in _target_rows(table, pcol.index):
                p = table.cell(r, pcol.index)
                label = table.rows[r].label or f"row {r + 1}"
                if p.bound == ">" and ccol is not None and den:
                    value = percent_of(_count(table, r, ccol.index), den)
                    if value is not None and value < Fraction(p.value):
                        yield self.finding(
                            table,
                            ctx,
                            r,
                            pcol.index,
                            published=p.text,
                            expected="<" + p.text.lstrip(">"),
                            evidence=[(r, ccol.index)],
                            row=label,
                            detail=f"the share is {exact_text(value, '%')}: '<' is meant",
                        )
                elif share_of and p.value is not None and Fraction(p.value) > HUNDRED:
                    yield self.finding(
                        table,
                        ctx,
                        r,
                        pcol.index,
                        published=p.text,
                        expected="at most 100%",
                        row=label,
                        detail="a share of a whole cannot exceed 100%",
                    )
