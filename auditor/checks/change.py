"""CHG: year-on-year changes and their arrows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.common import exact
from auditor.model import Finding, Severity
from auditor.numbers import Kind, looks_like_year_label
from auditor.rounding import exact_text
from auditor.structure import ColRole, Column, RowRole, Table

ARROW_SIGN = {"up": 1, "down": -1, "flat": 0}
ARROW_WORD = {"up": "an increase", "down": "a decrease", "flat": "no change"}


def year_pair(table: Table, change: Column) -> tuple[Column, Column] | None:
    """(last year, this year): the columns a change column compares.

    The heading may name the base ("Direction of travel from 2019/20"); otherwise the two latest
    year columns to the left of the change column.
    """
    years = [c for c in table.columns[: change.index] if c.year and c.role in (ColRole.COUNT, ColRole.INLINE)]
    if len(years) < 2:
        return None
    years.sort(key=lambda c: c.year)
    named = _named_years(change.label)
    if named:
        # The heading says which years it compares: both must be columns here, or nothing is known.
        now_year, base_year = named if len(named) == 2 else (None, named[0])
        base = next((c for c in years if c.year == base_year), None)
        later = [c for c in years if (c.year == now_year if now_year else c.year > base_year)]
        return (base, later[0]) if base is not None and later else None
    changes = [c for c in table.columns if c.role == ColRole.CHANGE]
    if len(changes) > 1:
        return None  # several change columns, none saying what it compares
    return years[-2], years[-1]


def _named_years(label: str) -> tuple[str, ...]:
    """("2019/20",) for "Direction of travel from 2019/20"; ("2016/17", "1998/99") for "'16 vs '98"."""
    m = re.search(r"'?(\d{2,4})\s*vs\.?\s*'?(\d{2,4})", label, re.IGNORECASE)
    if m:
        pair = tuple(looks_like_year_label(_four(g)) for g in m.groups())
        return pair if all(pair) else ()
    m = re.search(r"(?:from|since|compared (?:to|with))\s+(\S+)", label, re.IGNORECASE)
    if m:
        year = looks_like_year_label(m.group(1).strip(" .,)"))
        return (year,) if year else ()
    return ()


def _four(year: str) -> str:
    if len(year) == 2:
        return ("20" if int(year) < 50 else "19") + year
    return year


def _changes(table: Table, col: Column, pair: tuple[Column, Column]):
    base, this = pair
    for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
        published = table.cell(row.index, col.index)
        last, now = exact(table.cell(row.index, base.index)), exact(table.cell(row.index, this.index))
        if published.kind in (Kind.EMPTY, Kind.PLACEHOLDER, Kind.TEXT) or last is None or now is None:
            continue
        yield row, published, last, now


class PercentChange(Check):
    """A year-on-year percentage change does not match (this year - last year) / last year.

    What it checks:
        A change column ("Direction of travel from 2019/20", "% change") printed beside the year
        columns it compares: each percentage against the change computed from the two years.
    Why it matters:
        Changes are the headline of a year-on-year report; dividing by the wrong year or
        subtracting the wrong figures is a common slip.
    Failing example:
        | Type | 2019/20 | 2020/21 | Direction of travel |
        | Member Enquiry | 483 | 386 | ↓ 25% |     ((386 - 483) / 483 = -20.1%)
    Passing example:
        | Type | 2019/20 | 2020/21 | Direction of travel |
        | Member Enquiry | 483 | 386 | ↓ 20% |
    Options:
        None.
    Known limitations:
        The two years compared must be columns of the same table; a change from a year the
        table does not show is not checked.
    """

    code = "CHG001"
    name = "change-mismatch"
    template = "{row}: {last} → {now} is a change of {exact}, printed {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        for col in table.cols_with(ColRole.CHANGE):
            pair = year_pair(table, col)
            if pair is None:
                yield Skipped(type(self), f"'{col.label}': the table does not show the years it compares")
                continue
            # A change column with no "%" in its heading or cells ("Change: +1") counts in the figures'
            # own unit: the difference, not a percentage.
            absolute = not re.search(r"%|per\s?cent", col.label, re.I) and not any(
                table.cell(r.index, col.index).kind == Kind.PERCENT for r in table.rows
            )
            for row, published, last, now in _changes(table, col, pair):
                if published.value is None or (last == 0 and not absolute):
                    continue
                change = now - last if absolute else (now - last) / last * 100
                signed = published.arrow is None and (published.explicit_sign or published.value < 0)
                value = change if signed else abs(change)
                yield self.compare(
                    table,
                    ctx,
                    row.index,
                    col.index,
                    published,
                    value,
                    evidence=[(row.index, pair[0].index), (row.index, pair[1].index)],
                    row=row.label,
                    last=table.cell(row.index, pair[0].index).text,
                    now=table.cell(row.index, pair[1].index).text,
                    exact=exact_text(change, "", 1) if absolute else exact_text(change, "%", 1),
                    published=published.text,
                )


class ArrowDirection(Check):
    """An arrow (↑ ↓ ↔) or sign contradicts the direction of the change it summarises.

    What it checks:
        In a change column beside the year columns it compares: "↑" where the figure fell, "↓"
        where it rose, a "+" on a fall. "↔" (no change) on a change that is not zero is reported
        as info, since some reports use "↔" for small changes.
    Why it matters:
        Readers skim the arrows; a wrong arrow tells them the opposite of the table.
    Failing example:
        | Type | 2019/20 | 2020/21 | Direction of travel |
        | Enquiry | 233 | 252 | ↓ 8% |
    Passing example:
        | Type | 2019/20 | 2020/21 | Direction of travel |
        | Enquiry | 233 | 252 | ↑ 8% |
    Options:
        None.
    Known limitations:
        An arrow column whose previous-year figures are not in the table is not checked.
    """

    code = "CHG002"
    name = "arrow-contradicts-change"
    template = "{row}: {last} → {now} is {actual}, but the table shows {shown}"

    def check(self, table: Table, ctx: Context) -> Iterator[Finding | Skipped]:
        for col in table.cols_with(ColRole.CHANGE):
            pair = year_pair(table, col)
            if pair is None:
                continue
            for row, published, last, now in _changes(table, col, pair):
                direction = (now > last) - (now < last)
                shown = self._shown(published)
                if shown is None or shown == direction:
                    continue
                severity = Severity.INFO if shown == 0 else Severity.ERROR
                step = abs(now - last)
                size = exact_text(step / last * 100, "%", 1) if last else exact_text(step)
                actual = "no change" if direction == 0 else f"{self._word(direction)} of {size}"
                yield self.finding(
                    table,
                    ctx,
                    row.index,
                    col.index,
                    published=published.text,
                    expected={1: "↑", -1: "↓", 0: "↔"}[direction],
                    severity=severity,
                    evidence=[(row.index, pair[0].index), (row.index, pair[1].index)],
                    row=row.label,
                    last=table.cell(row.index, pair[0].index).text,
                    now=table.cell(row.index, pair[1].index).text,
                    actual=actual,
                    shown=f"'{published.text}' ({self._word(shown)})",
                )

    @staticmethod
    def _shown(n) -> int | None:
        if n.arrow:
            return ARROW_SIGN[n.arrow]
        if n.explicit_sign and n.value is not None:
            return (n.value > 0) - (n.value < 0)
        return None

    @staticmethod
    def _word(sign: int) -> str:
        return {1: "an increase", -1: "a decrease", 0: "no change"}[sign]


class RepeatedYearHeading(Check):
    """Two columns of figures carry the same year heading.

    What it checks:
        A table whose columns are years ("2017/18 | 2016/17") must not head two columns of figures
        with the same year under the same upper heading: one of them is another year, usually the
        reporting year. The finding names the years the other columns give and, when the reporting
        year is missing from the table, suggests it.
    Why it matters:
        With two columns called 2016/17 a reader cannot tell which is this year's, and every
        comparison drawn from the table may be read the wrong way round (Harrow 2017/18, Table 20).
    Failing example:
        | | 2016/17 | 2016/17 |
        | Parent/relative | 7 | 6 |
    Passing example:
        | | 2017/18 | 2016/17 |
        | Parent/relative | 7 | 6 |
    Options:
        None.
    Known limitations:
        Only tables with one heading row, and headings that are years alone; a heading with more words
        ("Received 2016/17"), or a second heading row that may group the columns, is not compared.
    """

    code = "CHG003"
    name = "repeated-year-heading"
    severity = Severity.WARNING
    template = "columns {first} and {second} are both headed {published}{hint}"

    def check(self, table: Table, ctx: Context) -> Iterator[Finding]:
        if table.header_rows != 1:
            return  # an upper heading ("Week to Date", "28 Day") may tell two "2017" columns apart
        seen: dict[tuple, Column] = {}
        for col in table.cols_with(ColRole.COUNT, ColRole.PERCENT, ColRole.INLINE):
            year = looks_like_year_label(col.label) if col.label.strip() else None
            if not year or col.label.strip() != (col.header[-1] if col.header else col.label).strip():
                continue
            key = (col.parent, year)
            if key not in seen:
                seen[key] = col
                continue
            first = seen[key]
            years = {looks_like_year_label(c.label) for c in table.columns if c.label.strip()} - {None}
            report = ctx.regime.year.label if ctx.regime and ctx.regime.year else None
            hint = (
                f"; the reporting year {report} is missing from the table"
                if report and report not in years
                else ""
            )
            yield self.finding(
                table,
                ctx,
                table.header_rows - 1,
                col.index,
                published=col.label.strip(),
                expected=report if hint else "another year",
                evidence=[(table.header_rows - 1, first.index)],
                first=first.index + 1,
                second=col.index + 1,
                hint=hint,
            )
