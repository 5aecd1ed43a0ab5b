"""ESC: stage counts that cannot follow from each other, escalation rates, and Ombudsman figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from itertools import pairwise

from auditor.checks.base import Check, ClaimStatus, Comparison, Context, Skipped
from auditor.checks.common import STAGE_NAMES, exact, plain, sum_parts
from auditor.checks.shares import percent_of
from auditor.checks.stage_counts import document_stage_counts, stage_of
from auditor.checks.timescale_statements import stage_mentions
from auditor.claims import claim_index
from auditor.model import Finding, Severity
from auditor.numbers import Kind, Number, financial_year, looks_like_year_label, parse_published_number
from auditor.packs import Pack, builtin_packs, canonical_term
from auditor.regime import years_in
from auditor.rounding import CONVENTIONS, exact_text, fitting_conventions
from auditor.structure import COUNTED_IN_TIME_RE, ColRole, RowRole, Table

ORDER = ("stage1", "stage2", "stage3")
OUTCOME_TERMS = ("upheld", "partly_upheld", "not_upheld", "withdrawn", "in_time", "late", "extended")
COUNTED = (ColRole.COUNT, ColRole.INLINE)


@cache
def _fallback_pack() -> Pack:
    """For a document whose regime was not recognised, stages are read with the children's pack, whose
    vocabulary (Stage 1 = Local Resolution = Step 1 …) covers most regimes' words for stages."""
    packs = {p.id: p for p in builtin_packs()}
    return packs["england-children"]


def vocabulary_pack(ctx: Context) -> Pack:
    regime = ctx.regime
    return regime.primary if regime is not None and regime.primary is not None else _fallback_pack()


def situation_severity(ctx: Context, situation: str, default: Severity) -> Severity:
    """The severity the document's regime gives a situation ("period-escalation-exceeds" …)."""
    regime = ctx.regime
    if regime is None or regime.primary is None:
        return default
    return regime.primary.checks.severity.get(situation, default)


# A table that follows one group of complaints from stage to stage, not a year's intake at each stage.
COHORT_RE = re.compile(
    r"escalat|progress(ed)? to|went on to|moved on to|referred on|\bof (which|these|them)\b|"
    r"\bof the \d+|cohort",
    re.IGNORECASE,
)


def _stages(labels: dict[int, str], pack: Pack) -> dict[str, int] | None:
    """Stage name -> index, when each of at least two stages is named exactly once."""
    found: dict[str, list[int]] = {}
    for index, label in labels.items():
        stage = stage_of(label, pack)
        if stage in ORDER:
            found.setdefault(stage, []).append(index)
    if len(found) < 2 or any(len(v) > 1 for v in found.values()):
        return None
    return {stage: v[0] for stage, v in found.items()}


# A column that counts each stage's complaints (by year, received, closed …), not a part of them: the
# responses within 10 days, or those upheld, at Stage 2 may well outnumber those at Stage 1.
WHOLE_COUNT_HEADER = re.compile(
    r"received|number|\bno\.|total|complaints|cases|closed|responses|responded|handled|dealt|escalat|count",
    re.IGNORECASE,
)


def counts_whole_stages(header: str, pack: Pack) -> bool:
    if not header.strip() or looks_like_year_label(header):
        return True
    if COUNTED_IN_TIME_RE.search(header) or re.search(r"\bdays?\b|\bweeks?\b", header, re.I):
        return False
    if canonical_term(header, pack, among=OUTCOME_TERMS):
        return False
    return bool(WHOLE_COUNT_HEADER.search(header))


class StageOrder(Check):
    """A later stage counts more cases than the stage before it.

    What it checks:
        A table whose rows (or columns) are the stages of a complaints procedure, each named once
        ("Stage 1 – Local Resolution", "Stage 2 – Independent Investigation", "Stage 3 – Review
        Panel", or the same in columns): in every year or service, Stage 2 should not exceed Stage 1,
        nor Stage 3 exceed Stage 2, because a complaint reaches a stage only through the one before
        (Children Act 1989 Representations Procedure (England) Regulations 2006, regs 17–18: Stage 2
        follows a Stage 1 response, a Review Panel follows Stage 2; Housing Ombudsman Complaint
        Handling Code 2024 section 6: Stage 2 only after Stage 1). A table that follows one cohort
        ("Of the Stage 1 complaints closed, number escalated to Stage 2") cannot break the order: an
        error. Counts for a whole year can (cases cross years): a warning, or information under
        regimes that allow direct entry to Stage 2 (Wales WSI 2014/1794; the SPSO model CHP).
    Why it matters:
        More Stage 2 investigations than Stage 1 complaints usually means a row was mistyped or the
        stages were mislabelled.
    Failing example:
        | Stage | 2019/20 | 2020/21 |
        | Stage 1 – Local Resolution | 48 | 8 |
        | Stage 2 – Independent Investigation | 7 | 9 |
    Passing example:
        | Stage | 2019/20 | 2020/21 |
        | Stage 1 – Local Resolution | 48 | 48 |
        | Stage 2 – Independent Investigation | 7 | 9 |
    Options:
        The regime's rule pack sets the severities (situations "cohort-escalation-exceeds" and
        "period-escalation-exceeds").
    Known limitations:
        A cohort is recognised by words ("escalated", "progressed to", "of which") in the caption or
        the later stage's label. A stage named in more than one row (statutory and corporate Stage 1)
        leaves the table unchecked. Ombudsman counts are not compared: complainants may go to the
        Ombudsman at any stage.
    """

    code = "ESC001"
    name = "stage-counts-out-of-order"
    severity = Severity.WARNING
    template = "{where}: {later} ({later_n}) is more than {earlier} ({earlier_n}); {kind}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        pack = vocabulary_pack(ctx)
        row_labels = {r.index: r.label for r in table.rows_with(RowRole.DATA)}
        by_rows = _stages(row_labels, pack)
        if by_rows:
            cohort = self._cohort(table, [row_labels[i] for i in by_rows.values()])
            for col in [c for c in table.cols_with(*COUNTED) if counts_whole_stages(c.label, pack)]:
                yield from self._compare(
                    table, ctx, by_rows, lambda i, c=col.index: (i, c), col.label, cohort
                )
        col_labels = {c.index: c.label for c in table.cols_with(*COUNTED)}
        by_cols = _stages(col_labels, pack)
        if by_cols:
            cohort = self._cohort(table, [col_labels[i] for i in by_cols.values()])
            for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
                yield from self._compare(
                    table, ctx, by_cols, lambda i, r=row.index: (r, i), row.label, cohort
                )

    @staticmethod
    def _cohort(table: Table, stage_labels: list[str]) -> bool:
        """Does the table follow one cohort ("Of the Stage 1 complaints closed, number escalated")? Then
        a later stage above an earlier one is impossible, not merely odd."""
        later = " ".join(stage_labels[1:])
        return bool(COHORT_RE.search(later) or COHORT_RE.search(table.caption or ""))

    def _compare(self, table: Table, ctx: Context, stages: dict[str, int], cell, where: str, cohort: bool):
        present = [s for s in ORDER if s in stages]
        for earlier, later in pairwise(present):
            (r0, c0), (r1, c1) = cell(stages[earlier]), cell(stages[later])
            n0, n1 = exact(table.cell(r0, c0)), exact(table.cell(r1, c1))
            if n0 is None or n1 is None:
                continue
            # A comparison, held or not, so that the table counts as checked; it has no rounding.
            yield self.compare(
                table,
                ctx,
                r1,
                c1,
                table.cell(r1, c1),
                None,  # no value is "expected": only an order
                fits=frozenset(CONVENTIONS) if n1 <= n0 else frozenset(),
                severity=(
                    situation_severity(ctx, "cohort-escalation-exceeds", Severity.ERROR)
                    if cohort
                    else situation_severity(ctx, "period-escalation-exceeds", Severity.WARNING)
                ),
                evidence=[(r0, c0)],
                kind=(
                    "the table follows one group of complaints, so this cannot be"
                    if cohort
                    else "counts for a whole year can include cases that began the year before"
                ),
                where=where or "the table",
                expected=f"at most {table.cell(r0, c0).text}",
                later=STAGE_NAMES[later],
                later_n=table.cell(r1, c1).text,
                earlier=STAGE_NAMES[earlier],
                earlier_n=table.cell(r0, c0).text,
            )


# ------------------------------------------------------------------------------------------ ESC002/003

PERCENT_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(%|per\s?cent\b)", re.IGNORECASE)
ESCALATION_WORDS = re.compile(
    r"escalat|went on to|progressed (on )?to|moved on to|proceeded to|were considered at|referred on to",
    re.IGNORECASE,
)
# The percentage must be the escalation rate itself: "escalation rate of 12%", "Escalation of Stage 1
# complaints to Stage 2 was 12%", "12% of Stage 1 complaints went on to Stage 2" — not any percentage in a
# sentence that mentions escalation.
_PCT = r"\d{1,3}(?:\.\d+)?\s?(?:%|per\s?cent)"
RATE_PHRASES = re.compile(
    rf"(escalation rate|rate of escalation|escalation of [^.;%]{{0,60}}?)\s*(of|was|is|at|stood at|were|"
    rf"remained at|rose to|fell to|to)?\s*(around |about |approximately )?{_PCT}|"
    rf"{_PCT} of (all |the )?[^.;%]{{0,40}}?stage\s*\w+[^.;%]{{0,30}}?"
    rf"(went on|progressed|escalated|were escalated|"
    rf"moved on|proceeded|were considered at|were referred)",
    re.IGNORECASE,
)
# A rate whose base is not the earlier stage's complaints: "transactions", "all contacts".
OTHER_BASE = re.compile(
    r"transactions|contacts|representations|enquiries|all complaints|cases received", re.I
)
NEXT_STAGE = {"stage1": "stage2", "stage2": "stage3"}


@dataclass(frozen=True)
class StatedRate:
    published: Number
    earlier: str
    later: str
    year: str


def _rate_in_sentence(text: str, packs, report_year: str | None, services: set[str]) -> StatedRate | None:
    """ "Escalation of Stage 1 complaints to Stage 2 was 12%" → 12% of Stage 1 went to Stage 2, in the year
    the sentence names (or the reporting year). None when the sentence says something else."""
    if not RATE_PHRASES.search(text) or OTHER_BASE.search(text):
        return None
    if any(name in text.lower() for name in services):
        return None  # a service's own rate: its counts are not indexed
    percents = PERCENT_RE.findall(text)
    if len(percents) != 1:
        return None
    stages = sorted({m[2] for m in stage_mentions(text, packs)})
    if stages in (["stage1", "stage2"], ["stage2"]):
        earlier, later = "stage1", "stage2"
    elif stages in (["stage2", "stage3"], ["stage3"]):
        earlier, later = "stage2", "stage3"
    else:
        return None
    years = sorted(set(years_in(text)))
    if len(years) > 1:
        return None
    year = financial_year(years[0]) if years else report_year
    if year is None:
        return None
    number = parse_published_number(percents[0][0] + "%")
    return StatedRate(number, earlier, later, year)


class EscalationRate(Check):
    """A stated escalation rate does not follow from the stage counts.

    What it checks:
        An escalation rate in the narrative ("Escalation of Stage 1 complaints to Stage 2 was 12%",
        "an escalation rate of 12% of all Stage 1 complaints") or in a table of escalation
        percentages by year ("Escalations to Stage 2: 2015/16 6%, 2016/17 12%"), recomputed as
        Stage 2 ÷ Stage 1 (or Stage 3 ÷ Stage 2) from the stage counts the document's own tables give
        for that year, under the document's rounding. When the rate fits another base — Stage 3 as a
        share of Stage 1, not of Stage 2 — the finding says so.
    Why it matters:
        Escalation is how a report shows that complaints are resolved early (the stages of SI
        2006/1738 regs 14–19, the Housing Ombudsman Code section 6); a rate that does not follow from
        the report's own counts misleads the committee about it.
    Failing example:
        | Stage | 2016/17 | 2017/18 |
        | Stage 1 | 54 | 56 |
        | Stage 2 | 7 | 7 |
        with the sentence "Escalation of Stage 1 complaints to Stage 2 was 15% in 2017/18."
    Passing example:
        the same table with "Escalation of Stage 1 complaints to Stage 2 was 13% in 2017/18."
    Options:
        None.
    Known limitations:
        Needs whole-year counts per stage in a table (stages by year, years by stage, or a Total row
        under a caption naming the year). A service's own rate ("the escalation rate of Targeted
        Services") and rates of other bases ("of all transactions") are not linked; sentences with
        two percentages are skipped.
    """

    code = "ESC002"
    name = "escalation-rate-mismatch"
    template = (
        "{where}: {later_n} {later} of {earlier_n} {earlier} ({year}) is {expected}, printed {published}"
        "{other}"
    )

    def check_document(self, ctx: Context) -> Iterator[Comparison | Skipped]:
        pack = vocabulary_pack(ctx)
        counts = document_stage_counts(ctx, pack)
        if not counts:
            return
        packs = ctx.regime.packs if ctx.regime and ctx.regime.packs else (pack,)
        report_year = ctx.regime.year.label if ctx.regime and ctx.regime.year else None
        services = _service_names(ctx.understood, pack)
        for sentence in ctx.sentences:
            stated = _rate_in_sentence(sentence.text, packs, report_year, services)
            if stated is None:
                continue
            judged = list(
                self._judge(stated, counts, ctx.sentence_location(sentence), f"page {sentence.page}")
            )
            yield from judged
            yield from _claim_checked(ctx, sentence, stated.published, judged)
        for table in ctx.tables:
            yield from self._rate_table(table, ctx, counts)

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        """A "% escalated to Stage 2" column beside the Stage 1 and Stage 2 counts of the same row."""
        pack = vocabulary_pack(ctx)
        stages = _stages({c.index: c.label for c in table.cols_with(*COUNTED)}, pack)
        if not stages:
            return
        for pcol in table.cols_with(ColRole.PERCENT):
            if not ESCALATION_WORDS.search(pcol.label):
                continue
            later = "stage3" if stage_of(pcol.label, pack) == "stage3" else "stage2"
            earlier = "stage2" if later == "stage3" else "stage1"
            if earlier not in stages or later not in stages:
                continue
            for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
                shown = table.cell(row.index, pcol.index)
                n0 = exact(table.cell(row.index, stages[earlier]))
                n1 = exact(table.cell(row.index, stages[later]))
                if shown.value is None or not n0 or n1 is None:
                    continue
                rate = percent_of(n1, n0)
                yield self.compare(
                    table,
                    ctx,
                    row.index,
                    pcol.index,
                    shown,
                    rate,
                    evidence=[(row.index, stages[earlier]), (row.index, stages[later])],
                    where=row.label or f"row {row.index + 1}",
                    later=STAGE_NAMES[later],
                    earlier=STAGE_NAMES[earlier],
                    later_n=plain(n1),
                    earlier_n=plain(n0),
                    year="this table",
                    expected=exact_text(rate, "%", 1),
                    published=shown.text,
                    other="",
                )

    def _rate_table(self, table: Table, ctx: Context, counts) -> Iterator[Comparison]:
        """A table of escalation percentages by year (often "percentages only", so not checked on its
        own): its whole-document row against the stage counts of the other tables."""
        if not (
            ESCALATION_WORDS.search(table.caption or "")
            or any(ESCALATION_WORDS.search(c.label) for c in table.columns)
        ):
            return
        year_cols = [c for c in table.cols_with(ColRole.PERCENT) if c.year or looks_like_year_label(c.label)]
        if not year_cols:
            return
        rows = [r for r in table.rows if r.role in (RowRole.TOTAL, RowRole.PERCENT, RowRole.DATA)]
        totals = [r for r in rows if r.role == RowRole.TOTAL or TOTAL_WORDS.search(r.label or "")]
        whole = totals[0] if len(totals) == 1 else (rows[0] if len(rows) == 1 else None)
        if whole is None:
            return
        words = " ".join([table.caption or ""] + [c.label for c in table.columns])
        later = "stage3" if re.search(r"stage\s*3|panel", words, re.I) else "stage2"
        for col in year_cols:
            shown = table.cell(whole.index, col.index)
            if shown.value is None:
                continue
            year = col.year or looks_like_year_label(col.label)
            stated = StatedRate(shown, "stage1" if later == "stage2" else "stage2", later, year)
            location = table.location(ctx.file, whole.index, col.index)
            yield from self._judge(stated, counts, location, f"{whole.label or 'total'}, {year}")

    def _judge(self, stated: StatedRate, counts, location, where: str) -> Iterator[Comparison]:
        earlier = counts.get((stated.earlier, stated.year), [])
        later = counts.get((stated.later, stated.year), [])
        if not earlier or not later:
            return
        readings = [(e, lt) for e in earlier for lt in later if e.value > 0]
        if not readings:
            return
        fitting = [
            (e, lt)
            for e, lt in readings
            if fitting_conventions(percent_of(lt.value, e.value), stated.published)
        ]
        e, lt = fitting[0] if fitting else readings[0]
        rate = percent_of(lt.value, e.value)
        other = ""
        if not fitting and stated.later == "stage3":
            base = counts.get(("stage1", stated.year), [])
            alt = [
                b
                for b in base
                if b.value and fitting_conventions(percent_of(lt.value, b.value), stated.published)
            ]
            if alt:
                other = f" — it is Stage 3 as a share of Stage 1 ({plain(lt.value)}/{plain(alt[0].value)})"
        yield self.compare_at(
            location,
            stated.published,
            rate,
            fits=frozenset().union(
                *(fitting_conventions(percent_of(b.value, a.value), stated.published) for a, b in readings)
            ),
            where=where,
            later=STAGE_NAMES[stated.later],
            earlier=STAGE_NAMES[stated.earlier],
            later_n=plain(lt.value),
            earlier_n=plain(e.value),
            year=stated.year,
            expected=exact_text(rate, "%", 1),
            published=stated.published.text,
            other=other,
        )


TOTAL_WORDS = re.compile(r"^\s*(total|overall|all)\b", re.IGNORECASE)


def _claim_checked(ctx: Context, sentence, shown: Number, judged: list) -> Iterator[ClaimStatus]:
    """The narrative claim a prose rate check recomputed counts as checked in the report's tally."""
    index = claim_index(ctx.claims, sentence.index, shown.text)
    if judged and index is not None:
        yield ClaimStatus(index, "checked")


def _service_names(tables, pack: Pack) -> set[str]:
    """Row labels of tables that count stages by service ("Targeted Services"): a sentence naming one
    states that service's rate, which the stage counts (whole-document totals) cannot check."""
    names = set()
    for table in tables:
        counted = table.cols_with(*COUNTED)
        if sum(1 for c in counted if stage_of(c.label, pack)) < 2:
            continue
        for row in table.rows_with(RowRole.DATA):
            label = (row.label or "").strip().lower()
            if len(label) > 3 and not looks_like_year_label(label):
                names.add(label)
    return names


class EscalationOutsideRange(Check):
    """An escalation rate far outside the range usually seen for the regime.

    What it checks:
        In a table of Stage 1 and Stage 2 counts (by year or by service), each line's Stage 2 ÷
        Stage 1 against the soft band in the regime's rule pack ([checks.options.escalation]:
        children's statutory 5–60%, corporate 1–25%, housing 5–20%, from published council and
        landlord reports; see the domain brief), only where Stage 1 has at least ``min_stage1``
        complaints, since small counts swing.
    Why it matters:
        A rate far outside what similar bodies report is worth a second look: a Stage 2 figure that
        counts something else (all reviews, or enquiries), or a Stage 1 figure that leaves out a
        service. It is information, not an error: the procedure itself (SI 2006/1738 reg 17, the
        Housing Ombudsman Code section 6) puts no limit on it.
    Failing example:
        | Service area | Stage 1 | Stage 2 |
        | Damp and mould | 121 | 48 |
        (housing: 40%, band 5–20%)
    Passing example:
        | Service area | Stage 1 | Stage 2 |
        | Responsive repairs | 392 | 40 |
    Options:
        ``stage2_per_stage1`` (a [low, high] band) and ``min_stage1`` in the pack's
        [checks.options.escalation].
    Known limitations:
        Needs a recognised regime whose pack gives a band (the Welsh and Scottish packs give none:
        direct entry to Stage 2 makes the ratio meaningless there).
    """

    code = "ESC003"
    name = "escalation-rate-unusual"
    severity = Severity.INFO
    template = (
        "{where}: {later_n} Stage 2 of {earlier_n} Stage 1 complaints is an escalation rate of {rate}, "
        "outside the {low}–{high} usually seen under {pack}"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Finding]:
        regime = ctx.regime
        if regime is None or regime.primary is None:
            return
        options = regime.primary.checks.options.get("escalation", {})
        band = options.get("stage2_per_stage1")
        if not band:
            return
        low, high = Fraction(str(band[0])), Fraction(str(band[1]))
        least = int(options.get("min_stage1", 20))
        pack = regime.primary
        by_cols = _stages({c.index: c.label for c in table.cols_with(*COUNTED)}, pack)
        by_rows = _stages({r.index: r.label for r in table.rows_with(RowRole.DATA)}, pack)
        lines = []
        if by_cols and "stage1" in by_cols and "stage2" in by_cols:
            lines = [
                ((r.index, by_cols["stage1"]), (r.index, by_cols["stage2"]), r.label)
                for r in table.rows_with(RowRole.DATA, RowRole.TOTAL)
            ]
        elif by_rows and "stage1" in by_rows and "stage2" in by_rows:
            lines = [
                ((by_rows["stage1"], c.index), (by_rows["stage2"], c.index), c.label)
                for c in table.cols_with(*COUNTED)
            ]
        for (r0, c0), (r1, c1), where in lines:
            n0, n1 = exact(table.cell(r0, c0)), exact(table.cell(r1, c1))
            if n0 is None or n1 is None or n0 < least or n1 > n0:
                continue  # a later stage above the earlier is ESC001's
            rate = n1 / n0
            if low <= rate <= high:
                continue
            yield self.finding(
                table,
                ctx,
                r1,
                c1,
                severity=situation_severity(ctx, "escalation-outside-band", Severity.INFO),
                published=plain(n1),
                expected=f"{float(low):.0%}–{float(high):.0%} of Stage 1",
                evidence=[(r0, c0)],
                where=where or "the table",
                later_n=plain(n1),
                earlier_n=plain(n0),
                rate=exact_text(rate * 100, "%", 1),
                low=f"{float(low):.0%}",
                high=f"{float(high):.0%}",
                pack=pack.id,
            )


# ------------------------------------------------------------------------------------------ ESC004/005

CATEGORIES = (
    "upheld",
    "partly_upheld",
    "not_upheld",
    "omb_closed_initial",
    "omb_referred_back",
    "omb_advice",
    "omb_other",
)
INVESTIGATION_OUTCOMES = ("upheld", "partly_upheld", "not_upheld")
OMB_TERMS = (*CATEGORIES, "omb_decided", "omb_investigated", "uphold_rate")
OMB_ONLY = ("omb_closed_initial", "omb_referred_back", "omb_advice", "uphold_rate", "omb_investigated")


@dataclass(frozen=True)
class OmbudsmanLine:
    """One year (or one body) of an Ombudsman table: cell index by term, along rows or down columns."""

    cells: dict  # term -> [(row, col), …]; only "omb_other" may have more than one
    where: str
    along_rows: bool  # categories are rows (one line per column)
    complete: bool = True  # every row (or column) of counts is a known category, total or rate

    def one(self, term: str) -> tuple[int, int]:
        return self.cells[term][0]


def ombudsman_lines(table: Table, pack: Pack) -> list[OmbudsmanLine]:
    """An Ombudsman decisions table read line by line, or nothing when the table is not one: it must
    name an ombudsman (caption or labels) and at least three decision categories, each once."""
    words = " ".join([table.caption or ""] + [c.label for c in table.columns] + [r.label for r in table.rows])
    by_row = _terms({r.index: r.label for r in table.rows if r.role != RowRole.HEADER}, pack)
    # Under a two-level heading ("Detailed investigation / Upheld") the lower cell says what the column is.
    by_col = _terms(
        {c.index: (c.header[-1] if c.header and c.header[-1].strip() else c.label) for c in table.columns
         if c.role != ColRole.LABEL},
        pack,
    )  # fmt: skip
    named = re.search(r"ombudsman|\bLGO\b|LGSCO|PSOW|SPSO|\bHOS\b|local commissioner", words, re.I)
    # Words only an Ombudsman's decisions use: "closed after initial enquiries", "premature", "uphold rate".
    own_words = sum(t in OMB_ONLY for t in {*by_row, *by_col})
    if not named and own_words < 2:
        return []
    lines = []
    if sum(t in CATEGORIES for t in by_row) >= 3:
        named = {r for rows in by_row.values() for r in rows}
        complete = all(r.index in named for r in table.rows_with(RowRole.DATA, RowRole.TOTAL))
        for col in table.cols_with(ColRole.COUNT, ColRole.PERCENT, ColRole.PARAMETER):
            cells = {t: [(r, col.index) for r in rows] for t, rows in by_row.items()}
            lines.append(OmbudsmanLine(cells, col.label, along_rows=True, complete=complete))
    elif sum(t in CATEGORIES for t in by_col) >= 3:
        named = {c for cols in by_col.values() for c in cols}
        complete = all(c.index in named for c in table.cols_with(ColRole.COUNT))
        for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
            cells = {t: [(row.index, c) for c in cols] for t, cols in by_col.items()}
            lines.append(OmbudsmanLine(cells, row.label, along_rows=False, complete=complete))
    return lines


def _terms(labels: dict[int, str], pack: Pack) -> dict[str, list[int]]:
    """Term -> indices. Categories may repeat ("Outside jurisdiction" and "Voluntary settlement" are
    both other outcomes) and are then added; a total, an investigations count or a rate named twice
    is ambiguous and dropped."""
    found: dict[str, list[int]] = {}
    for index, label in labels.items():
        term = canonical_term(label, pack, among=OMB_TERMS) if label else None
        if term is None and label and TOTAL_WORDS.search(label):
            term = "omb_decided"
        if term:
            found.setdefault(term, []).append(index)
    return {t: v for t, v in found.items() if len(v) == 1 or t == "omb_other"}


class OmbudsmanCategoriesTotal(Check):
    """The Ombudsman's decision categories do not add up to the decisions the table states.

    What it checks:
        In a table of Ombudsman decisions (LGSCO, PSOW, SPSO, Housing Ombudsman), per year: the
        categories — upheld, not upheld, closed after initial enquiries, referred back for local
        resolution (premature), advice given, incomplete/invalid, outside jurisdiction — add up to
        the total decisions; and, where "detailed investigations" is given, upheld + not upheld
        add up to it (LGSCO decision categories since April 2014, LG Inform metric 10449). Upheld
        cannot exceed the investigations, nor the investigations the decisions.
    Why it matters:
        The Ombudsman's figures are the outside view of a body's complaint handling; a report that
        restates them wrongly (Buckinghamshire 2023/24: "from the 31 decisions … 39 comprehensive
        investigations") misleads the committee about the one independent measure it has.
    Failing example:
        | Outcome | 2023/24 |
        | Upheld | 1 |
        | Not upheld | 3 |
        | Closed after initial enquiries | 4 |
        | Referred back for local resolution | 2 |
        | Decisions made | 16 |
    Passing example:
        | Outcome | 2023/24 |
        | Upheld | 1 |
        | Not upheld | 3 |
        | Closed after initial enquiries | 4 |
        | Referred back for local resolution | 2 |
        | Decisions made | 10 |
    Options:
        The category words are the rule pack's vocabulary (omb_decided, omb_investigated, …).
    Known limitations:
        Needs at least three categories, each named once, every other line of counts named too (a
        "Closed*" column the vocabulary does not know leaves the table unchecked), and the ombudsman
        named in the caption or labels. A table that leaves a category out (no "advice given" row)
        and still prints the Ombudsman's own total will be reported: say which are left out in a note.
    """

    code = "ESC004"
    name = "ombudsman-categories-total"
    template = "{where}: {parts} add up to {expected}, but '{total_label}' says {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        pack = vocabulary_pack(ctx)
        for line in ombudsman_lines(table, pack):
            if not line.complete:
                continue  # a column the vocabulary does not know ("Closed*") may be a category
            cells = line.cells
            investigated = "omb_investigated" in cells
            outcomes = [t for t in INVESTIGATION_OUTCOMES if t in cells]
            if investigated and outcomes:
                yield from self._sum(table, ctx, line, outcomes, "omb_investigated")
            parts = [
                t for t in CATEGORIES if t in cells and not (investigated and t in INVESTIGATION_OUTCOMES)
            ]
            if investigated and len(outcomes) < len(parts):
                parts.append("omb_investigated")
            if "omb_decided" in cells and len(parts) >= 3:
                yield from self._sum(table, ctx, line, parts, "omb_decided")

    def _sum(self, table, ctx, line: OmbudsmanLine, parts: list[str], total: str) -> Iterator[Comparison]:
        r, c = line.one(total)
        shown = table.cell(r, c)
        places = [cell for t in parts for cell in line.cells[t]]
        value, printed = sum_parts([table.cell(*cell) for cell in places])
        if shown.value is None or value is None or not printed or shown.kind == Kind.PERCENT:
            return
        yield self.compare(
            table,
            ctx,
            r,
            c,
            shown,
            value,
            fits=frozenset(CONVENTIONS) if value == Fraction(shown.scaled) else frozenset(),
            evidence=places,
            where=line.where,
            parts=f"the {len(places)} categories" if total == "omb_decided" else "upheld and not upheld",
            expected=plain(value),
            published=shown.text,
            total_label=table.rows[r].label if line.along_rows else table.columns[c].label,
        )


class UpholdRate(Check):
    """An Ombudsman uphold rate is not upheld ÷ detailed investigations.

    What it checks:
        An uphold rate for Ombudsman decisions — in the table of decisions ("Uphold rate" row or
        column) or in a sentence ("an uphold rate of 8%") — recomputed as upheld ÷ (upheld + not
        upheld), the detailed investigations, as the LGSCO defines it ("expressed as a percentage of
        the detailed investigations we complete"); partly upheld counts as upheld where the table
        has it (PHSO). When the printed rate is upheld ÷ all decisions, the finding says so.
    Why it matters:
        Dividing by all decisions (most of which were never investigated) makes a body look far
        better than the Ombudsman's own figure for it.
    Failing example:
        | Year | Upheld | Not upheld | Closed after initial enquiries | Total decisions | Uphold rate |
        | 2023/24 | 5 | 4 | 11 | 20 | 25% |
    Passing example:
        | Year | Upheld | Not upheld | Closed after initial enquiries | Total decisions | Uphold rate |
        | 2023/24 | 5 | 4 | 11 | 20 | 56% |
    Options:
        None.
    Known limitations:
        A sentence is linked only to a table of Ombudsman decisions for the year it names (or the
        reporting year), and only when it has one percentage.
    """

    code = "ESC005"
    name = "uphold-rate-mismatch"
    template = (
        "{where}: {upheld} upheld of {investigated} investigated is {expected}, printed {published}{other}"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        pack = vocabulary_pack(ctx)
        for line in ombudsman_lines(table, pack):
            if "uphold_rate" not in line.cells:
                continue
            r, c = line.one("uphold_rate")
            yield from self._judge(
                table.cell(r, c), _uphold_counts(table, line), table.location(ctx.file, r, c), line.where
            )

    def check_document(self, ctx: Context) -> Iterator[Comparison]:
        pack = vocabulary_pack(ctx)
        report_year = ctx.regime.year.label if ctx.regime and ctx.regime.year else None
        by_year: dict[str, tuple] = {}
        for table in ctx.understood:
            for line in ombudsman_lines(table, pack):
                year = looks_like_year_label(line.where or "")
                if year is None and TOTAL_WORDS.search(line.where or "") and report_year:
                    year = _table_year(table) or report_year  # one year's table: its Total line
                counts = _uphold_counts(table, line)
                if year and counts:
                    by_year.setdefault(year, counts)
        if not by_year:
            return
        for sentence in ctx.sentences:
            stated = _uphold_rate_in(sentence.text, report_year)
            if stated is None or stated[1] not in by_year:
                continue
            shown, year = stated
            judged = list(
                self._judge(
                    shown, by_year[year], ctx.sentence_location(sentence), f"page {sentence.page}, {year}"
                )
            )
            yield from judged
            yield from _claim_checked(ctx, sentence, shown, judged)

    def _judge(self, shown: Number, counts, location, where: str) -> Iterator[Comparison]:
        if shown.value is None or not counts:
            return
        upheld, investigated, decided = counts
        if not investigated:
            return
        rate = percent_of(upheld, investigated)
        other = ""
        if (
            decided
            and not fitting_conventions(rate, shown)
            and fitting_conventions(percent_of(upheld, decided), shown)
        ):
            other = f" — {shown.text} is upheld ÷ all {plain(decided)} decisions, not ÷ the investigations"
        yield self.compare_at(
            location,
            shown,
            rate,
            where=where,
            upheld=plain(upheld),
            investigated=plain(investigated),
            expected=exact_text(rate, "%", 1),
            published=shown.text,
            other=other,
        )


UPHOLD_OF_INVESTIGATED = re.compile(
    r"(?P<pct>\d{1,3}(?:\.\d+)?)\s?%\s+of\s+(those|the|these)?\s*(complaints\s+|cases\s+)?(being\s+)?"
    r"(investigated|in detail)[^.;%]{0,40}?\bupheld",
    re.IGNORECASE,
)


def _uphold_rate_in(text: str, report_year: str | None) -> tuple[Number, str] | None:
    """ "an uphold rate of 8%" (one percentage in the sentence) or "70% of those investigated were
    upheld", with the year named beside it, or in the sentence, or the reporting year."""
    m = UPHOLD_OF_INVESTIGATED.search(text)
    if m:
        after = text[m.end("pct") + 1 :]
        near = re.match(r"^[^.;,]{0,60}?\b(20\d\d)\s*(?:/|-|–)\s*(\d\d)\b", after)
        year = f"{near.group(1)}/{near.group(2)}" if near else report_year
        return (parse_published_number(m.group("pct") + "%"), year) if year else None
    if not re.search(r"uphold(ing)? rate|upheld rate", text, re.I):
        return None
    percents = PERCENT_RE.findall(text)
    years = sorted(set(years_in(text)))
    if len(percents) != 1 or len(years) > 1:
        return None
    year = financial_year(years[0]) if years else report_year
    return (parse_published_number(percents[0][0] + "%"), year) if year else None


def _table_year(table: Table) -> str | None:
    years = sorted(set(years_in(table.caption or "")))
    return financial_year(years[0]) if len(years) == 1 else None


def _uphold_counts(table: Table, line: OmbudsmanLine) -> tuple | None:
    """(upheld, detailed investigations, decisions) for the line, or None."""

    def value(term):
        return exact(table.cell(*line.one(term))) if term in line.cells else None

    upheld = value("upheld")
    if upheld is None:
        return None
    partly = value("partly_upheld") or 0
    investigated = value("omb_investigated")
    if investigated is None and value("not_upheld") is not None:
        investigated = upheld + partly + value("not_upheld")
    return (upheld + partly, investigated, value("omb_decided"))
