"""SUM: totals that do not add up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.common import sum_fits, sum_parts
from auditor.model import Finding, Severity
from auditor.numbers import Number, looks_like_year_label
from auditor.rounding import exact_text
from auditor.structure import ROUNDED_UNITS_RE, ColRole, Row, RowRole, Table

ADDABLE = (ColRole.COUNT, ColRole.INLINE)


def _column_sums(table: Table, total: Row, parts: tuple[int, ...]):
    """For each addable column: (col, exact sum, printed parts, fits) where the total and the sum
    can both be known."""
    for col in table.columns:
        if col.role not in ADDABLE:
            continue
        published = table.cell(total.index, col.index)
        if published.value is None:
            continue
        cells = [table.cell(r, col.index) for r in parts]
        value, printed = sum_parts(cells)
        if value is None or printed == 0 or looks_like_average(published, cells, value):
            continue
        yield col.index, value, cells, sum_fits(value, published, cells, rounded=in_rounded_units(table, col))


def in_rounded_units(table: Table, col) -> bool:
    return bool(ROUNDED_UNITS_RE.search(col.label) or ROUNDED_UNITS_RE.search(table.caption or ""))


def looks_like_average(published: Number, cells: list[Number], value: Fraction) -> bool:
    """A "total" printed with decimals that lies between its smallest and largest part is a mean
    or a rate over the parts (a total row of percentages), not their sum."""
    shown = [Fraction(c.scaled) for c in cells if c.value is not None]
    if len(shown) < 2 or value == Fraction(published.scaled):
        return False
    with_decimals = published.decimals > 0 or any(c.decimals > 0 for c in cells)
    return with_decimals and min(shown) <= Fraction(published.scaled) <= max(shown)


def choose_parts(table: Table, total: Row) -> tuple[str, tuple[int, ...]] | None:
    """The candidate set of rows that the figures say this total adds up.

    The candidate that holds in most columns wins (ties: the more likely one, listed first). When
    no candidate holds anywhere, a table with one column of figures still gets the plainest reading
    (the rows above it); a wider table is left unchecked, since a total that fails in every column
    more likely adds up rows we cannot see.
    """
    best, best_holds, best_tested, tested_any = None, -1, 0, 0
    for name, parts in total.candidates:
        results = list(_column_sums(table, total, parts))
        holds = sum(1 for *_, fits in results if fits)
        tested_any = max(tested_any, len(results))
        if results and holds > best_holds:
            best, best_holds, best_tested = (name, parts), holds, len(results)
    if best is None:
        return None
    if best_holds and best_holds * 2 < best_tested:
        return None  # holds in a few columns only: more likely a reading we got wrong
    if best_holds == 0:
        # One column of figures gives no second column to confirm a reading: take the plainest.
        plain = next((c for c in total.candidates if c[0] == "the rows above it"), None)
        addable = sum(1 for c in table.columns if c.role in ADDABLE)
        # A grand total with no subtotals above it most likely carries on from another page.
        grand = re.match(r"\s*grand", total.label, re.IGNORECASE)
        return plain if plain and tested_any == 1 and addable == 1 and not grand else None
    return best


class _TotalRow(Check):
    """Shared logic for totals rows; each subclass reports one kind of total."""

    abstract = True
    kind: str = ""

    def wanted(self, table: Table, total: Row, name: str) -> bool:
        raise NotImplementedError

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for total in table.rows_with(RowRole.TOTAL):
            chosen = choose_parts(table, total)
            if chosen is None:
                if self.code == "SUM001" and total.candidates:
                    yield Skipped(type(self), f"'{total.label}': no set of rows adds up to it in any column")
                continue
            name, parts = chosen
            if not self.wanted(table, total, name):
                continue
            if table.fragment and name in ("the rows above it", "every row above it"):
                yield Skipped(type(self), f"'{total.label}': the table's first rows may be on another page")
                continue
            for col, value, _cells, fits in _column_sums(table, total, parts):
                published = table.cell(total.index, col)
                yield self.compare(
                    table,
                    ctx,
                    total.index,
                    col,
                    published,
                    value,
                    fits=fits,
                    evidence=[(r, col) for r in parts],
                    column=table.columns[col].label or f"column {col + 1}",
                    expected=exact_text(value),
                    published=published.text,
                    parts=name,
                    n=len(parts),
                )


def _is_subtotal(table: Table, total: Row) -> bool:
    later = [r for r in table.rows_with(RowRole.TOTAL) if r.index > total.index]
    return bool(later)


class ColumnTotal(_TotalRow):
    """A totals row does not equal the sum of the rows it totals.

    What it checks:
        For a row labelled as a total ("Total", "Total number of complaints received", "No. of
        complaints rejected" as the last row), each column's figure against the sum of the rows
        above it. Placeholders that mean nil ("-", "–") add nothing; "n/a" or "N/K" hide a value,
        so that column is not checked.
    Why it matters:
        A total that does not add up means a figure was mistyped or a row left out; readers quote
        the total.
    Failing example:
        | Theme | No. received |
        | Communication | 66 |
        | Service | 179 |
        | Total | 230 |      (66 + 179 = 245)
    Passing example:
        | Theme | No. received |
        | Communication | 66 |
        | Service | 179 |
        | Total | 245 |
    Options:
        None.
    Known limitations:
        When a total fails in every column of a wide table the table is reported as not checked
        (it probably adds rows the table does not show). Figures printed with decimals are allowed
        half a unit of rounding per part.
    """

    code = "SUM001"
    name = "column-total-mismatch"
    template = "{column}: the {n} rows above add up to {expected}, the total row says {published}"

    def wanted(self, table, total, name):
        return name in ("the rows above it", "every row above it") and not _is_subtotal(table, total)


class Subtotal(_TotalRow):
    """A subtotal row does not equal the sum of the rows of its group.

    What it checks:
        In a table with several total rows ("Social Care Refusals … Total social care refusals",
        then another group and its total), each subtotal against the rows since the previous total.
    Why it matters:
        Group totals feed the grand total and are quoted on their own.
    Failing example:
        | Refusals | Count |
        | Reason A | 4 |
        | Reason B | 5 |
        | Total social care refusals | 10 |
        | Reason C | 2 |
        | Grand total | 11 |
    Passing example:
        | Refusals | Count |
        | Reason A | 4 |
        | Reason B | 5 |
        | Total social care refusals | 9 |
        | Reason C | 2 |
        | Grand total | 11 |
    Options:
        None.
    Known limitations:
        Groups are delimited by total rows; a group heading without a total is not a boundary.
    """

    code = "SUM003"
    name = "subtotal-mismatch"
    template = "{column}: the {n} rows of this group add up to {expected}, the subtotal says {published}"

    def wanted(self, table, total, name):
        return name in ("the rows above it", "every row above it") and _is_subtotal(table, total)


class GrandTotal(_TotalRow):
    """A grand total does not equal the sum of the subtotals above it.

    What it checks:
        A total row that the figures show adds up the earlier total rows of its table.
    Why it matters:
        A grand total that disagrees with its subtotals means one of them is wrong.
    Failing example:
        | Type | Count |
        | A | 4 |
        | Total group 1 | 4 |
        | B | 6 |
        | Total group 2 | 6 |
        | Grand total | 11 |
    Passing example:
        | Type | Count |
        | A | 4 |
        | Total group 1 | 4 |
        | B | 6 |
        | Total group 2 | 6 |
        | Grand total | 10 |
    Options:
        None.
    Known limitations:
        Only chosen when the subtotals explain the grand total in at least one column.
    """

    code = "SUM004"
    name = "grand-total-mismatch"
    template = "{column}: the subtotals above add up to {expected}, the grand total says {published}"

    def wanted(self, table, total, name):
        return name.startswith("the totals above it")


class NamedRowsTotal(_TotalRow):
    """A total of named rows does not equal the sum of those rows.

    What it checks:
        A total whose label names what it counts ("Total complaints") and which, in the other
        columns, adds up only the rows with that word in their label (Kent Table 1: "Total
        complaints" = "Children Act complaint" + "Corporate complaint").
    Why it matters:
        Reports often total a subset of their rows; such totals are as quotable as grand totals.
    Failing example:
        | Type | 2019/20 | 2020/21 |
        | Children Act complaint | 48 | 48 |
        | Corporate complaint | 974 | 792 |
        | Enquiry | 233 | 252 |
        | Total complaints | 1022 | 850 |
    Passing example:
        | Type | 2019/20 | 2020/21 |
        | Children Act complaint | 48 | 48 |
        | Corporate complaint | 974 | 792 |
        | Enquiry | 233 | 252 |
        | Total complaints | 1022 | 840 |
    Options:
        None.
    Known limitations:
        The subset is found by the words of the labels and confirmed by the columns where it
        holds; a total that holds in no column is not checked.
    """

    code = "SUM005"
    name = "named-rows-total-mismatch"
    template = "{column}: {parts} add up to {expected}, the total says {published}"

    def wanted(self, table, total, name):
        return name.startswith("the rows named like")


class RowTotal(Check):
    """A totals column does not equal the sum of the columns it totals.

    What it checks:
        For a column headed "Total" (or the total group of a two-level header), each row's figure
        against the sum of the count columns it totals: the columns to its left since the previous
        total, or, under a two-level header, the same sub-column of every other group.
    Why it matters:
        Row totals are what a reader compares between services or years.
    Failing example:
        | Service | Stage 1 | Stage 2 | Total |
        | Targeted | 50 | 6 | 57 |
    Passing example:
        | Service | Stage 1 | Stage 2 | Total |
        | Targeted | 50 | 6 | 56 |
    Options:
        None.
    Known limitations:
        Percentage, change and parameter columns (a timescale in days) are never added.
    """

    code = "SUM002"
    name = "row-total-mismatch"
    template = "{row}: {columns} add up to {expected}, the total column says {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for col in table.columns:
            if not col.is_total:
                continue
            results = None
            for k, parts in enumerate(_column_candidates(table, col)):
                tried = list(_row_sums(table, col, parts))
                holds = sum(1 for *_, fits in tried if fits)
                # What the header proposes needs the support of half the rows; another reading
                # needs at least two rows besides.
                needed = max(1 if k == 0 and col.parts else 2, len(tried) / 2)
                if tried and holds >= needed:
                    results = (parts, tried)
                    break
            if results is None:
                yield Skipped(type(self), f"'{col.label}': no set of columns adds up to it in most rows")
                continue
            parts, tried = results
            names = " + ".join(table.columns[p].label or f"column {p + 1}" for p in parts)
            for row, published, value, fits in tried:
                yield self.compare(
                    table,
                    ctx,
                    row.index,
                    col.index,
                    published,
                    value,
                    fits=fits,
                    evidence=[(row.index, p) for p in parts],
                    row=row.label or f"row {row.index + 1}",
                    columns=names,
                    expected=exact_text(value),
                    published=published.text,
                )


def _column_candidates(table: Table, col) -> list[tuple[int, ...]]:
    """The sets of columns a total column may add up: what the header says first (the columns to
    its left, or its sub-column in every group), then the count columns to its right up to the
    next total (US Census style: "Total | Under 18 | 18 and over")."""
    candidates = [col.parts] if col.parts else []
    right = []
    for c in table.columns[col.index + 1 :]:
        if c.is_total or (c.parent != col.parent and col.parent is not None):
            break
        if c.role in ADDABLE:
            right.append(c.index)
    if len(right) >= 2:
        candidates.append(tuple(right))
    return candidates


def _row_sums(table: Table, col, parts: tuple[int, ...]):
    for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
        published = table.cell(row.index, col.index)
        if published.value is None:
            continue
        cells = [table.cell(row.index, p) for p in parts]
        value, printed = sum_parts(cells)
        if value is None or printed == 0 or looks_like_average(published, cells, value):
            continue
        yield row, published, value, sum_fits(value, published, cells, rounded=in_rounded_units(table, col))


class TotalHeadingMismatch(Check):
    """A total column's heading names a different year than the columns it adds up.

    What it checks:
        Under a two-level header (outcome groups, each over the same years), the total group's
        columns add up the same position in every other group. When the figures confirm that sum
        in most rows but the total column's year heading differs from the year of the columns it
        adds, the heading is wrong.
    Why it matters:
        A reader comparing years reads the wrong year's totals.
    Failing example:
        | | Not upheld | | Upheld | | Total | |
        | | 17/18 | 16/17 | 17/18 | 16/17 | 17/18 | 15/16 |
        | Targeted Services | 41 | 29 | 2 | 4 | 43 | 33 |
    Passing example:
        | | Not upheld | | Upheld | | Total | |
        | | 17/18 | 16/17 | 17/18 | 16/17 | 17/18 | 16/17 |
        | Targeted Services | 41 | 29 | 2 | 4 | 43 | 33 |
    Options:
        None.
    Known limitations:
        Needs year headings on both the total and the added columns, and the sum to hold in at
        least half of the rows.
    """

    code = "SUM006"
    name = "total-heading-mismatch"
    severity = Severity.WARNING
    template = (
        "'{column}' adds up the {actual} columns ({parts}), so its heading should say {actual}, not {shown}"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Finding]:
        for col in table.columns:
            if not (col.is_total and col.parent and col.parts and col.year):
                continue
            years = {table.columns[p].year for p in col.parts}
            if len(years) != 1 or None in years or col.year in years:
                continue
            tried = list(_row_sums(table, col, col.parts))
            holds = sum(1 for *_, fits in tried if fits)
            if not tried or (holds < max(2, len(tried) / 2) and len(tried) > 1):
                continue
            actual = years.pop()
            row = next(
                (
                    r
                    for r in range(table.header_rows)
                    if looks_like_year_label(table.raw.rows[r][col.index]) == col.year
                ),
                None,
            )
            yield self.finding(
                table,
                ctx,
                row,
                col.index,
                published=table.raw.rows[row][col.index] if row is not None else col.year,
                expected=actual,
                evidence=[(r, p) for r in range(table.header_rows) for p in col.parts],
                column=col.label,
                actual=actual,
                shown=col.year,
                parts=", ".join(table.columns[p].label for p in col.parts),
            )
