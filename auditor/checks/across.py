"""XTB: one quantity printed in two tables of a document; XDC: last year's figures as this year's report
restates them, against last year's report.

A quantity is identified by what it counts (the stage, or a total row's words: "Total number of complaints
received" and "Total complaints received" are one quantity), whether it is complaints received or closed,
and the year. Only whole-document figures are compared: a stage's count in a table of stages by year, a
Total row under a caption that names the year, a total row with year columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from auditor.checks.base import Check, Comparison, Context
from auditor.checks.common import STAGE_NAMES, exact, plain
from auditor.checks.escalation import vocabulary_pack
from auditor.checks.stage_counts import BREAKDOWN_WORDS, CLOSED_WORDS, all_stage_counts
from auditor.model import Severity
from auditor.numbers import financial_year, looks_like_year_label
from auditor.packs import normalise_label
from auditor.regime import years_in
from auditor.rounding import CONVENTIONS
from auditor.structure import ColRole, RowRole, Table

# Words that say nothing about what a total counts.
GENERIC = {
    "total", "number", "no", "of", "all", "the", "overall", "grand", "sum", "count", "in", "year", "a", "and",
    "or", "about", "for", "on", "with", "to", "from", "at", "by", "per", "this", "that", "its", "their",
}  # fmt: skip
# Words a figure's name may carry without counting anything else: "complaints received" = "complaints".
NEUTRAL = {"received", "made", "logged", "recorded", "handled"}
CORE = {"complaint", "representation", "enquiry", "compliment", "comment", "contact", "case", "transaction"}
STAGES = {"stage1", "stage2", "stage3", "stage"}
RESTATED = re.compile(r"\b(restated|revised|amended|corrected|updated)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """One printed whole-document figure: what it counts, in which year, and where it is."""

    what: frozenset[str]  # normalised words (or {"stage1"})
    measure: str  # "received" or "closed"
    year: str
    value: Fraction
    table: int
    row: int
    col: int
    label: str  # as a reader would name it

    def same_quantity(self, other: Quantity) -> bool:
        if self.year != other.year or self.measure != other.measure:
            return False
        if self.what & STAGES:
            return self.what == other.what
        return bool(self.what & CORE) and self.what - NEUTRAL == other.what - NEUTRAL


def quantities(tables: tuple[Table, ...], ctx: Context) -> list[Quantity]:
    """Stage counts by year, and total rows with year columns ("Total all representations")."""
    pack = vocabulary_pack(ctx)
    out = [
        Quantity(
            frozenset({c.stage}),
            c.measure,
            c.year,
            c.value,
            c.table,
            c.row,
            c.col,
            f"{STAGE_NAMES[c.stage]} complaints {c.measure}",
        )
        for c in all_stage_counts(tables, pack)
    ]
    for table in tables:
        if table.status == "understood":
            out += _totals(table)
    return out


def _totals(table: Table) -> list[Quantity]:
    """Named totals: a row that counts complaints (or representations …) by year — "Total number of
    complaints received", "Corporate complaints (children's services)" — and the Total row of a table
    whose caption says what it counts ("Corporate complaints … by service area"), or of a single-year
    table's columns ("Corporate complaints", "Total complaints")."""
    out = []
    caption = table.caption or ""
    if BREAKDOWN_WORDS.search(caption):
        return []  # a breakdown's total need not be the complaints (issues raised, outcomes, complainants)
    about = _what(re.split(r"\bby\b|,|:", _strip_caption(caption))[0])  # what its Total row counts
    measure_of = lambda words: "closed" if CLOSED_WORDS.search(words) else "received"  # noqa: E731
    year_cols = [c for c in table.cols_with(ColRole.COUNT) if c.year or looks_like_year_label(c.label)]
    totals = table.rows_with(RowRole.TOTAL)
    for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
        words = _what(row.label)
        label = row.label
        if not words & CORE and row.role == RowRole.TOTAL and len(totals) == 1 and about & CORE:
            words = about  # "Total" under "Corporate complaints about children's services, by service area"
            label = re.split(r"\bby\b|,|:", _strip_caption(caption))[0].strip()
        if not words & CORE or words & STAGES:
            continue
        for col in year_cols:
            value = exact(table.cell(row.index, col.index))
            year = col.year or looks_like_year_label(col.label)
            if value is not None and year:
                out.append(Quantity(frozenset(words), measure_of(f"{row.label} {caption}"), year, value,
                                    table.raw.index, row.index, col.index, label))  # fmt: skip
    named_years = years_in(caption)
    if not year_cols and len(totals) == 1 and len(set(named_years)) == 1:
        year = financial_year(named_years[0])
        for col in table.cols_with(ColRole.COUNT):
            words = _what(col.label)
            value = exact(table.cell(totals[0].index, col.index))
            if words & CORE and not words & STAGES and value is not None:
                out.append(Quantity(frozenset(words), measure_of(f"{col.label} {caption}"), year, value,
                                    table.raw.index, totals[0].index, col.index, col.label))  # fmt: skip
    return out


def _strip_caption(caption: str) -> str:
    return re.sub(r"^\s*table\s+\d+\s*[:.–-]?\s*", "", caption, flags=re.I)


def _what(label: str) -> set[str]:
    return {w for w in normalise_label(label) if w not in GENERIC and not w.isdigit()}


class SameQuantityDiffers(Check):
    """One quantity is printed with two different values in two tables.

    What it checks:
        Whole-document figures that two tables both print — a stage's complaints received in a year
        (in a table of stages by year and in the Total row of a table by service for that year), or
        a total row with year columns ("Total number of complaints received", "Total complaints
        received") — must agree. Complaints received and complaints closed are different
        quantities and are not compared.
    Why it matters:
        The same year's Stage 1 count printed as 87 in one table and 86 in another means one table
        missed or double-counted a complaint (Cambridge published a correction of exactly this kind:
        "the number of stage 2 complaints … should be 3 (not 12)").
    Failing example:
        | Stage | 2022/23 | 2023/24 |
        | Stage 1 | 92 | 87 |
        with, in another table captioned "… received in 2023/24", | Total | 86 | 11 | under "Stage 1 |
        Stage 2".
    Passing example:
        the same tables with 87 in both.
    Options:
        None.
    Known limitations:
        Totals are matched by their words with "total", "number of" and the like left out; two totals of
        different things worded alike ("Total complaints" of one service) can be compared wrongly,
        which is why only total rows with a core noun (complaints, representations, enquiries …) and
        year columns take part.
    """

    code = "XTB001"
    name = "same-quantity-differs"
    template = "{label}, {year}: {published} here, but table {other_table} prints {expected}"

    def check_document(self, ctx: Context) -> Iterator[Comparison]:
        found = quantities(ctx.understood, ctx)
        tables = {t.raw.index: t for t in ctx.understood}
        reported: set[tuple[int, int, int]] = set()
        for i, q in enumerate(found):
            for earlier in found[:i]:
                if earlier.table == q.table or not q.same_quantity(earlier):
                    continue
                cell = (q.table, q.row, q.col)
                if cell in reported:
                    continue
                table = tables[q.table]
                if q.value == earlier.value:
                    yield self.compare(table, ctx, q.row, q.col, table.cell(q.row, q.col), q.value,
                                       fits=frozenset(CONVENTIONS), **self._fields(q, earlier))  # fmt: skip
                    continue
                reported.add(cell)
                yield self.compare(
                    table, ctx, q.row, q.col, table.cell(q.row, q.col), earlier.value, fits=frozenset(),
                    evidence=[], **self._fields(q, earlier),
                )  # fmt: skip

    @staticmethod
    def _fields(q: Quantity, earlier: Quantity) -> dict:
        return {
            "label": q.label,
            "year": q.year,
            "published": plain(q.value),
            "expected": plain(earlier.value),
            "other_table": earlier.table,
        }


# ------------------------------------------------------------------------------------------ XDC001


@dataclass(frozen=True)
class PreviousReport:
    """Last year's report, read: its path, its understood tables and its reporting year."""

    path: str
    tables: tuple[Table, ...]
    year: str | None
    text: str = ""


class PriorYearRestated(Check):
    """Last year's figures, as this report prints them, differ from what last year's report published.

    What it checks:
        With ``--previous last_year.pdf``: every figure this report gives for the previous year — a
        stage's count (in tables of stages by year, years by stage, or a Total row under a caption
        naming the year), or a row of a year-column table whose caption and row label match a table
        of last year's report — against the same figure for that year in last year's report.
        A difference is a restatement: a warning, or information when the report says so
        ("restated", "revised", "amended" in the caption, the row, or a footnote beside the table).
    Why it matters:
        Restatements are sometimes right (late-logged complaints), but a committee comparing the two
        reports side by side sees two different histories; a report should say when it changes last
        year's figures.
    Failing example:
        last year's report: | Stage | 2022/23 | with | Stage 1 | 92 |; this year's:
        | Stage | 2022/23 | 2023/24 | with | Stage 1 | 94 | 87 |
    Passing example:
        this year's: | Stage 1 | 92 | 87 |
    Options:
        ``--previous FILE`` (or a folder: the report in it for the year before is used).
    Known limitations:
        Tables are matched by caption words (at least half in common, table numbers and years aside)
        and rows by their labels; a table renamed between years is not compared.
    """

    code = "XDC001"
    name = "prior-year-restated"
    severity = Severity.WARNING
    template = "{label}, {year}: {published} here, but {previous} published {expected}{marked}"

    def check_document(self, ctx: Context) -> Iterator[Comparison]:
        prev: PreviousReport | None = ctx.options.get("previous")
        if prev is None or not prev.year:
            return
        year = prev.year
        tables = {t.raw.index: t for t in ctx.understood}
        theirs = [q for q in quantities(prev.tables, ctx) if q.year == year]
        ours = [q for q in quantities(ctx.understood, ctx) if q.year == year]
        done: set[tuple[int, int, int]] = set()
        for q in ours:
            match = next((t for t in theirs if q.same_quantity(t)), None)
            if match is None:
                continue
            done.add((q.table, q.row, q.col))
            theirs_table = next(t for t in prev.tables if t.raw.index == match.table)
            yield self._compare(ctx, tables[q.table], q.row, q.col, q.value, match.value, q.label, year, prev,
                                _cell_name(theirs_table, match.row, match.col))  # fmt: skip
        for table in ctx.understood:
            other = _matching_table(table, prev.tables)
            if other is None:
                continue
            ours_col = _year_column(table, year)
            theirs_col = _year_column(other, year)
            if ours_col is None or theirs_col is None:
                continue
            rows = {_row_key(r.label): r for r in other.rows_with(RowRole.DATA, RowRole.TOTAL) if r.label}
            for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
                mine = rows.get(_row_key(row.label or ""))
                if mine is None or (table.raw.index, row.index, ours_col) in done:
                    continue
                a, b = exact(table.cell(row.index, ours_col)), exact(other.cell(mine.index, theirs_col))
                if a is None or b is None:
                    continue
                yield self._compare(ctx, table, row.index, ours_col, a, b, row.label, year, prev,
                                    _cell_name(other, mine.index, theirs_col))  # fmt: skip

    def _compare(self, ctx, table, r, c, ours, theirs, label, year, prev, where) -> Comparison:
        marked = bool(
            RESTATED.search(f"{table.caption or ''} {table.rows[r].label} {table.columns[c].label}")
        ) or (_restated_nearby(ctx, table, label))
        return self.compare(
            table,
            ctx,
            r,
            c,
            table.cell(r, c),
            theirs,
            fits=frozenset(CONVENTIONS) if ours == theirs else frozenset(),
            severity=Severity.INFO if marked else Severity.WARNING,
            label=label,
            year=year,
            published=plain(ours),
            expected=plain(theirs),
            previous=f"{prev.path} ({where})",
            marked=" — restated, as the report says" if marked else " — restated without saying so",
        )


def _cell_name(table: Table, row: int, col: int) -> str:
    """Where a figure is in last year's report: "table 10, row 'Comments and suggestions', 2022/23"."""
    return f"table {table.raw.index}, row '{table.rows[row].label}', column '{table.columns[col].label}'"


def _restated_nearby(ctx: Context, table: Table, label: str) -> bool:
    """A footnote under the table that says the row's figure was restated ("2022/23 figure restated:
    late-logged comments" beside "Comments and suggestions"): a sentence on the table's page with
    "restated" and a word of the row's label."""
    words = _what(label) - {"complaint", "case"} or _what(label)
    return any(
        RESTATED.search(s.text) and s.page == table.raw.page and words & set(normalise_label(s.text))
        for s in ctx.sentences
    )


def _caption_words(caption: str | None) -> set[str]:
    text = re.sub(
        r"\btable\s+\d+\b|\b20\d\d\s*(/|-|–|to)\s*(20)?\d\d\b|\b20\d\d\b", " ", caption or "", flags=re.I
    )
    return {w for w in normalise_label(text) if w not in GENERIC and len(w) > 2}


def _matching_table(table: Table, others: tuple[Table, ...]) -> Table | None:
    mine = _caption_words(table.caption)
    if not mine:
        return None
    best, score = None, 0.5
    for other in others:
        theirs = _caption_words(other.caption)
        if not theirs:
            continue
        jaccard = len(mine & theirs) / len(mine | theirs)
        if jaccard >= score:
            best, score = other, jaccard
    return best


def _year_column(table: Table, year: str) -> int | None:
    cols = [
        c.index for c in table.cols_with(ColRole.COUNT) if (c.year or looks_like_year_label(c.label)) == year
    ]
    if len(cols) == 1:
        return cols[0]
    if not cols and len(table.cols_with(ColRole.COUNT)) == 1 and years_in(table.caption or ""):
        first = years_in(table.caption or "")[0]
        if financial_year(first) == year:
            return table.cols_with(ColRole.COUNT)[0].index
    return None


def _row_key(label: str) -> tuple[str, ...]:
    return normalise_label(label)
