"""How many complaints each stage handled in each year, as the document's tables print them.

Escalation rates in prose ("Escalation of Stage 1 complaints to Stage 2 was 12%") and in tables of
percentages only (a "% escalated to Stage 2" trend by year) are checked against these counts. Three table
shapes give whole-year counts per stage:

- stages as rows, years as columns ("Stage 1 – Local Resolution | 96 | 71 | 48 | 48");
- years as rows, stages as columns ("2017/18 | 56 | 7 | 0 | 1");
- stages as columns with a Total row, in a table whose caption names one year ("April 2017 to March
  2018", "(2017/18)") — the Total row is that year's count.

A stage/year printed differently in two tables keeps both values: a rate is right if it follows from
either (which figure is right is a cross-table question, not an escalation one).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from auditor.checks.common import exact
from auditor.numbers import financial_year, looks_like_year_label
from auditor.packs import Pack, canonical_stage
from auditor.regime import years_in
from auditor.structure import ColRole, RowRole, Table

STAGES = ("stage1", "stage2", "stage3")
COUNTED = (ColRole.COUNT, ColRole.INLINE)


@dataclass(frozen=True)
class StageCount:
    stage: str
    year: str
    value: Fraction
    table: int
    row: int
    col: int
    measure: str = "received"  # or "closed": complaints answered, not received, in the year


def stage_counts(tables: tuple[Table, ...], pack: Pack) -> dict[tuple[str, str], list[StageCount]]:
    """(stage, year) -> every distinct count of complaints received printed for it, in table order
    (complaints closed stand in only where a stage and year has no count received)."""
    found: dict[tuple[str, str], list[StageCount]] = defaultdict(list)
    counts = all_stage_counts(tables, pack)
    received = {(c.stage, c.year) for c in counts if c.measure == "received"}
    for c in counts:
        if c.measure != "received" and (c.stage, c.year) in received:
            continue
        if all(c.value != other.value for other in found[(c.stage, c.year)]):
            found[(c.stage, c.year)].append(c)
    return dict(found)


def document_stage_counts(ctx, pack: Pack) -> dict[tuple[str, str], list[StageCount]]:
    """``stage_counts`` of the document's understood tables, made once for all the checks that ask."""
    return ctx.remember(f"stage_counts:{pack.id}", lambda: stage_counts(ctx.understood, pack))


def all_stage_counts(tables: tuple[Table, ...], pack: Pack) -> list[StageCount]:
    """Every whole-year stage count, each with the table cell it is printed in."""
    out = []
    for table in tables:
        if _follows_a_cohort(table):
            continue  # "Stage 1 complaints closed, of which escalated": not the year's intake
        out += _counts_in(table, pack)
    return out


CLOSED_WORDS = re.compile(r"closed|completed|responded|responses|concluded|determined|decided|outcome", re.I)


# A row or column that names a stage is short ("Stage 2 – Independent Investigation", "Statutory
# complaint (Stage 1)"); a question or a sentence that mentions one ("How many Stage 3 investigations are
# concluded to the satisfaction of the complainant") is not a stage's line of counts.
MAX_STAGE_LABEL_WORDS = 8


COHORT_WORDS = re.compile(r"of which|how many|escalated|progressed to|went on to", re.IGNORECASE)


def _follows_a_cohort(table: Table) -> bool:
    words = " ".join([table.caption or ""] + [c.label for c in table.columns])
    return bool(COHORT_WORDS.search(words))


def stage_of(label: str, pack: Pack) -> str | None:
    if not label or len(label.split()) > MAX_STAGE_LABEL_WORDS:
        return None
    stage = canonical_stage(label, pack)
    return stage if stage in STAGES else None


def _unique(pairs: list[tuple[int, str | None]]) -> dict[str, int]:
    """Stage -> index when each stage is named once."""
    out: dict[str, int] = {}
    seen: dict[str, int] = defaultdict(int)
    for index, stage in pairs:
        if stage:
            seen[stage] += 1
            out[stage] = index
    return {s: i for s, i in out.items() if seen[s] == 1}


def _counts_in(table: Table, pack: Pack) -> list[StageCount]:
    out: list[StageCount] = []
    data_rows = table.rows_with(RowRole.DATA, RowRole.TOTAL)
    counted = table.cols_with(*COUNTED)
    row_stages = _unique([(r.index, stage_of(r.label, pack)) for r in data_rows])
    col_stages = _unique([(c.index, stage_of(c.label, pack)) for c in counted])
    if len(row_stages) >= 2:  # stages as rows, years as columns
        for col in counted:
            year = col.year or looks_like_year_label(col.label)
            if year:
                out += _cells(table, [(s, r, col.index, year) for s, r in row_stages.items()])
    caption_stage = (
        _stage_in_caption(table.caption or "", pack) if _counts_complaints(table.caption) else None
    )
    totals = table.rows_with(RowRole.TOTAL)
    if caption_stage and not row_stages and not col_stages and len(totals) == 1:
        # "Stage 1 complaints received, by service area" with year columns: the Total row is the stage's.
        for col in counted:
            year = col.year or looks_like_year_label(col.label)
            if year:
                out += _cells(table, [(caption_stage, totals[0].index, col.index, year)])
    if len(col_stages) >= 2:
        year_rows = [(r, looks_like_year_label(r.label)) for r in data_rows]
        if any(y for _, y in year_rows):  # years as rows
            for row, year in year_rows:
                if year:
                    out += _cells(table, [(s, row.index, c, year) for s, c in col_stages.items()])
        else:  # one year, a Total row
            years = years_in(table.caption or "")
            total = [r for r in table.rows_with(RowRole.TOTAL)]
            if len(set(years)) == 1 and len(total) == 1:
                year = financial_year(years[0])
                out += _cells(table, [(s, total[0].index, c, year) for s, c in col_stages.items()])
    return out


# A caption of counts of the complaints themselves, not of their outcomes, subjects or complainants.
BREAKDOWN_WORDS = re.compile(
    r"upheld|outcome|decision|withdrawn|within|timescale|late|escalat|issue|theme|nature|subject|origin|"
    r"ethnic|gender|\bage\b|equalit|disabilit|method|how (they were )?received|who|complainant|compliment",
    re.IGNORECASE,
)


def _counts_complaints(caption: str | None) -> bool:
    return (
        bool(caption)
        and bool(re.search(r"received|handled|number of|complaints by|complaints in", caption, re.I))
        and not BREAKDOWN_WORDS.search(caption)
    )


def _stage_in_caption(caption: str, pack: Pack) -> str | None:
    """The one stage a caption is about ("Table 2: Stage 1 complaints received, by service area")."""
    from auditor.packs import find_terms

    found = {t for _, _, t in find_terms(caption, pack, among=STAGES)}
    return found.pop() if len(found) == 1 else None


def _cells(table: Table, places: list[tuple[str, int, int, str]]) -> list[StageCount]:
    out = []
    for stage, r, c, year in places:
        value = exact(table.cell(r, c))
        if value is not None and value.denominator == 1 and value >= 0:
            words = f"{table.caption or ''} {table.columns[c].label} {table.rows[r].label}"
            measure = "closed" if CLOSED_WORDS.search(words) else "received"
            out.append(StageCount(stage, year, value, table.raw.index, r, c, measure))
    return out
