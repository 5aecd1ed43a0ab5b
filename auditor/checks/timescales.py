"""TIM: stated timescales against the regulations, and the arithmetic of response-time tables."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from itertools import pairwise

from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.common import STAGE_NAMES, count_part, exact, plain, sum_parts
from auditor.checks.shares import grim_comparison, percent_of
from auditor.checks.timescale_statements import Statement, Verdict, judge, read_statements
from auditor.model import Finding, Severity
from auditor.numbers import Kind
from auditor.packs import find_terms
from auditor.rounding import CONVENTIONS, exact_text
from auditor.structure import ColRole, Column, RowRole, Table

# ---------------------------------------------------------------------------------- table headings

TIMESCALE_HEADER = re.compile(r"\btimescales?\b|\btarget\b|\bdeadline\b|\b(working\s+)?days\s+allowed", re.I)
IN_TIME_HEADER = re.compile(
    r"\b(in|within|on)\s+(the\s+)?([\w’']+\s+)?(time|timescales?|target|deadline)\b|"
    r"\bon[- ]time\b|\bin[- ]time\b|\bin timescale\b|\btimely\b|\bwithin\s+\d+\s*(working\s+)?days\b",
    re.I,
)
RESPONSES_HEADER = re.compile(r"respon|repl(y|ies)|closed|completed|dealt|answered|determined|decided", re.I)
TOTAL_HEADER = re.compile(r"\btotal\b|\bno\.?\s+of\b|\bnumber\b|\breceived\b|\bcases\b", re.I)
_N = r"(\d{1,3})"
BAND_PATTERNS = (
    (re.compile(rf"\b(between|from)\s+{_N}\s*(and|to|-|–)\s*{_N}\b", re.I), "between"),
    (re.compile(rf"\b{_N}\s*(-|–|to)\s*{_N}\s*(working\s+)?(days?|wd)\b", re.I), "range"),
    (re.compile(rf"\b(over|more than|after|exceed\w*|beyond|greater than|longer than)\s+{_N}\b|"
                rf">\s*{_N}|\b{_N}\s*\+", re.I), "over"),
    (re.compile(rf"\b(within|in|up to|under|less than|no more than|by)\s+{_N}\b|<=?\s*{_N}", re.I), "within"),
)  # fmt: skip


@dataclass(frozen=True)
class Band:
    col: int
    low: float  # exclusive lower bound in days (0 for "within")
    high: float  # inclusive upper bound (inf for "over")
    percent: bool


def band_of(col: Column) -> Band | None:
    """The response-time band a column heading names: "Within 10 working days" is (0, 10], "11–20
    days" and "between 10 and 20" are (10, 20], "Over 20 days" is (20, ∞)."""
    text = col.label
    if not re.search(r"\bdays?\b|\bwd\b|\bweeks?\b", text, re.I):
        return None
    for rx, kind in BAND_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        numbers = [int(g) for g in m.groups() if g and g.isdigit()]
        if kind in ("between", "range"):
            low, high = numbers[0], numbers[1]
            low = low - 1 if kind == "range" and low % 5 == 1 else low  # "11–20" starts after 10
            return Band(col.index, low, high, col.role == ColRole.PERCENT)
        if kind == "over":
            return Band(col.index, numbers[0], math.inf, col.role == ColRole.PERCENT)
        return Band(col.index, 0, numbers[0], col.role == ColRole.PERCENT)
    return None


def bands_that_partition(bands: list[Band]) -> list[Band] | None:
    """Bands that together cover every response time once, from 0 to "over N", or None."""
    if len(bands) < 2:
        return None
    ordered = sorted(bands, key=lambda b: b.low)
    if ordered[0].low != 0 or ordered[-1].high != math.inf:
        return None
    for a, b in pairwise(ordered):
        if a.high != b.low:
            return None
    return ordered


@dataclass(frozen=True)
class ComplianceColumns:
    responses: Column | None
    in_time: Column | None
    percent: list[Column]
    bands: list[Band]


def compliance_columns(table: Table) -> ComplianceColumns:
    counts = [
        c for c in table.columns if c.role in (ColRole.COUNT, ColRole.PARAMETER) and not _is_timescale(c)
    ]
    bands = [b for c in table.columns if (b := band_of(c))]
    band_cols = {b.col for b in bands}
    plain = [c for c in counts if c.index not in band_cols]
    in_time = [c for c in plain if IN_TIME_HEADER.search(c.label) and c.role == ColRole.COUNT]
    others = [c for c in plain if c not in in_time and c.role == ColRole.COUNT]
    responses = next((c for c in others if RESPONSES_HEADER.search(c.label)), None) or next(
        (c for c in others if TOTAL_HEADER.search(c.label)), None
    )
    # "% within 10 working days" is the in-time rate, unless it is one of a set of % bands that share
    # out all the responses.
    in_partition = {b.col for b in bands_that_partition([b for b in bands if b.percent]) or []}
    percent = [
        c
        for c in table.cols_with(ColRole.PERCENT)
        if IN_TIME_HEADER.search(c.label)
        and c.index not in in_partition
        and (c.index not in band_cols or next(b for b in bands if b.col == c.index).low == 0)
    ]
    return ComplianceColumns(responses, in_time[0] if len(in_time) == 1 else None, percent, bands)


def _is_timescale(col: Column) -> bool:
    """A column of timescales ("Timescale (working days)"), not of cases ("Outside timescale")."""
    return col.role == ColRole.PARAMETER and bool(TIMESCALE_HEADER.search(col.label))


def _rows(table: Table) -> list[int]:
    return [r.index for r in table.rows_with(RowRole.DATA, RowRole.TOTAL)]


def _row_name(table: Table, r: int) -> str:
    return table.rows[r].label or f"row {r + 1}"


# ------------------------------------------------------------------------------------------ TIM001/002


class _StatedTimescale(Check):
    """Shared reading of stated timescales in sentences and tables (not a check of its own)."""

    abstract = True
    kinds: tuple[str, ...] = ()

    def check_document(self, ctx: Context) -> Iterator[Finding]:
        regime = ctx.regime
        if regime is None or regime.primary is None:
            return
        for sentence in ctx.sentences:
            context = f"{sentence.lead} {sentence.text}".strip()
            for st in read_statements(sentence.text, context, regime.packs):
                verdict = judge(st, regime)
                if verdict.kind in self.kinds:
                    yield self.finding_at(
                        ctx.sentence_location(sentence),
                        severity=verdict.severity,
                        **self.fields(st, verdict, f"page {sentence.page}"),
                    )

    def check(self, table: Table, ctx: Context) -> Iterator[Finding]:
        regime = ctx.regime
        if regime is None or regime.primary is None:
            return
        for r, c, st in self._table_statements(table, regime.packs):
            verdict = judge(st, regime)
            if verdict.kind in self.kinds:
                where = _row_name(table, r)
                yield self.finding(
                    table, ctx, r, c, severity=verdict.severity, **self.fields(st, verdict, where)
                )

    def _table_statements(self, table: Table, packs) -> Iterator[tuple[int, int, Statement]]:
        caption = table.caption or ""
        scale_cols = [c for c in table.columns if _is_timescale(c)]
        for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
            label = row.label or ""
            context = f"{caption} {label}"
            if table.label_col is not None:
                for st in read_statements(label, context, packs, default_step="response"):
                    yield row.index, table.label_col, st
            mention = next(
                iter(m for p in packs for m in find_terms(label, p, among=("stage1", "stage2", "stage3"))),
                None,
            )
            if mention is None:
                continue
            for col in scale_cols:
                n = table.cell(row.index, col.index)
                if n.value is None or n.decimals or not 0 < n.value <= 365:
                    continue
                yield (
                    row.index,
                    col.index,
                    Statement(
                        value=int(n.value),
                        unit=_header_unit(col.label),
                        stage=mention[2],
                        step="response",
                        text=f"{n.text} {UNIT_WORDS[_header_unit(col.label)]}",
                        context=f"{context} {col.label}",
                        statutory=bool(re.search(r"\bstatutory\b", label, re.I)),
                        local=False,
                        as_maximum="maximum" in label.lower(),
                        as_extension=False,
                    ),
                )

    def fields(self, st: Statement, verdict: Verdict, where: str) -> dict:
        return {
            "where": where,
            "stated": st.text,
            "stage": STAGE_NAMES[st.stage],
            "rule": verdict.explanation,
            "pack": verdict.pack.id if verdict.pack else "",
            "published": st.text,
            "expected": _expected(verdict),
        }


UNIT_WORDS = {
    "working_days": "working days",
    "days": "days",
    "calendar_days": "calendar days",
    "weeks": "weeks",
    "months": "months",
}


def _header_unit(header: str) -> str:
    h = header.lower()
    if "calendar" in h:
        return "calendar_days"
    if "week" in h:
        return "weeks"
    if "month" in h:
        return "months"
    return "working_days" if "work" in h else "days"


def _expected(verdict: Verdict) -> str:
    if not verdict.allowed:
        return "no statutory timescale"
    unit = (
        "working days"
        if verdict.timescale is None or verdict.timescale.unit == "working_days"
        else (verdict.timescale.unit.replace("_", " "))
    )
    return " or ".join(str(a) for a in verdict.allowed) + f" {unit}"


class TimescaleContradictsRegime(_StatedTimescale):
    """A stated timescale contradicts the regulations or code the report follows.

    What it checks:
        Every timescale the report states for a stage of the procedure — in a sentence ("Stage 2 –
        Independent Investigation (up to 65 working days)"), in a row label, or in a table column
        headed "Timescale (working days)" — against the rule pack of the regime that governs it, in
        force in the reporting year. Children's statutory complaints (SI 2006/1738): Stage 1 10
        working days, extendable to 20 (reg 14); Stage 2 25, extendable to 65 (reg 17); Stage 3 panel
        within 30 (reg 19(4)), its report within 5 and the authority's response within 15 (reg 20).
        Wales (WSI 2014/1794): acknowledgement 2, discussion 10 (reg 16), written resolution 5,
        investigation 25 (regs 17–18). Housing Ombudsman Complaint Handling Code 2024: Stage 1
        10 (+10), Stage 2 20 (+20) working days (section 6). SPSO model CHP: Stage 1 5, Stage 2 20.
        A figure in calendar days where the rule counts working days is reported as a unit slip
        (warning). Statements that say "corporate" are judged under the council's own procedure
        (no statutory figure until the LGSCO Code of April 2026).
    Why it matters:
        Committees read the stated timescale as the legal standard; a report that says "Stage 2 must
        be completed within 20 working days" misstates the law and measures performance against the
        wrong line.
    Failing example:
        | Procedure/stage | Timescale (working days) | Responses | % within timescale |
        | Statutory complaint (Stage 2) | 35 | 8 | 13% |
    Passing example:
        | Procedure/stage | Timescale (working days) | Responses | % within timescale |
        | Statutory complaint (Stage 2) | 65 | 8 | 13% |
    Options:
        The rule pack sets the severity (situation "timescale-label-mismatch", "timescale-unit-
        mismatch"); a timescale marked [U] in its pack is reported at most as a warning.
    Known limitations:
        A figure within the legal limit (stricter than the base, or between the base and the maximum)
        that is not said to be statutory — by "statutory", "the Regulations", "the Code('s timescales)"
        in the sentence, row or caption — is taken as a local target and not reported.
        In a report on two regimes a statement that names neither is reported only when it is wrong
        under both. The stage must be named in the same sentence or row.
    """

    code = "TIM001"
    name = "timescale-contradicts-regime"
    template = "{where}: {stated} for {stage} contradicts the {pack} rule — {rule}"
    kinds = ("contradicts", "unit")


class LocalTargetAsStatutory(_StatedTimescale):
    """A local target is presented as the statutory timescale.

    What it checks:
        A timescale the report calls statutory ("our statutory Stage 1 timescale of 7 working days",
        "the Regulations require a response within 20 working days") where the governing regime sets a
        longer one, or none at all: adult social care and NHS complaints (SI 2009/309 regs 13–14: an
        acknowledgement within 3 working days, no fixed response deadline) and councils' corporate
        complaints (local policy; the LGSCO Complaint Handling Code only from April 2026).
    Why it matters:
        A local target is a fine thing to report, but calling it statutory tells the reader a legal
        duty was breached when it was not, and hides which standard the figures are measured against.
    Failing example:
        | Procedure | Timescale (working days) |
        | Statutory adult social care complaint (Stage 1) | 20 |
    Passing example:
        | Procedure | Timescale (working days) |
        | Adult social care complaint (Stage 1, local target) | 20 |
    Options:
        The rule pack sets the severity (situation "local-target-as-statutory"; default warning).
    Known limitations:
        Only the words "statutory", "the Regulations", "the Code requires" and "required by law" mark a
        statement as statutory; a report that implies it otherwise is not caught.
    """

    code = "TIM002"
    name = "local-target-as-statutory"
    severity = Severity.WARNING
    template = "{where}: {stated} is called statutory for {stage}, but {rule}"
    kinds = ("local-as-statutory",)

    def fields(self, st: Statement, verdict: Verdict, where: str) -> dict:
        out = super().fields(st, verdict, where)
        if verdict.timescale is not None:
            out["rule"] = (
                f"the {verdict.pack.id} rule is {verdict.explanation} — a local target, not the law's"
            )
        else:
            out["rule"] = verdict.explanation + " — a local target, not the law's"
        return out


# ----------------------------------------------------------------------------------------- TIM003


class ComplianceBandsTotal(Check):
    """Response-time bands do not add up to the number of responses.

    What it checks:
        A table that splits responses by how long they took — "Within 10 working days | 11 to 20
        working days | Over 20 working days" — beside the number of responses (or a Total column):
        in each row the bands must add up to it, because every response falls in exactly one band.
        Bands printed as percentages must add up to 100% within rounding (half a unit per band).
    Why it matters:
        Timeliness bands are how a report shows compliance with the statutory 10/20 (SI 2006/1738
        reg 14) or Code 10/20 working days; bands that do not add up mean a response was counted twice
        or lost, and the "% within timescale" drawn from them cannot be trusted.
    Failing example:
        | Stage | Responses | Within 10 working days | 11 to 20 working days | Over 20 working days |
        | Stage 1 | 48 | 30 | 12 | 8 |
    Passing example:
        | Stage | Responses | Within 10 working days | 11 to 20 working days | Over 20 working days |
        | Stage 1 | 48 | 30 | 12 | 6 |
    Options:
        None.
    Known limitations:
        Bands must be columns whose headings give the days and together run from 0 to "over N";
        bands as rows are not read.
    """

    code = "TIM003"
    name = "compliance-bands-total"
    template = "{row}: the response-time bands add up to {expected}, but {total_label} says {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        cols = compliance_columns(table)
        count_bands = bands_that_partition([b for b in cols.bands if not b.percent])
        pct_bands = bands_that_partition([b for b in cols.bands if b.percent])
        if count_bands:
            total = cols.responses or next(
                (
                    c
                    for c in table.cols_with(ColRole.COUNT)
                    if c.is_total and c.index not in {b.col for b in cols.bands}
                ),
                None,
            )
            if total is None:
                yield Skipped(type(self), "response-time bands without a number of responses to add up to")
            else:
                yield from self._counts(table, ctx, count_bands, total)
        if pct_bands:
            yield from self._percents(table, ctx, pct_bands)

    def _counts(self, table, ctx, bands: list[Band], total: Column) -> Iterator[Comparison]:
        for r in _rows(table):
            shown = table.cell(r, total.index)
            parts = [table.cell(r, b.col) for b in bands]
            value, printed = sum_parts(parts)
            if shown.value is None or value is None or not printed:
                continue
            yield self.compare(
                table,
                ctx,
                r,
                total.index,
                shown,
                value,
                fits=frozenset(CONVENTIONS) if value == Fraction(shown.scaled) else frozenset(),
                evidence=[(r, b.col) for b in bands],
                row=_row_name(table, r),
                expected=str(value),
                total_label=f"'{total.label}'",
                published=shown.text,
            )

    def _percents(self, table, ctx, bands: list[Band]) -> Iterator[Comparison]:
        for r in [row.index for row in table.rows_with(RowRole.DATA, RowRole.TOTAL, RowRole.PERCENT)]:
            parts = [table.cell(r, b.col) for b in bands]
            if any(p.value is None for p in parts):
                continue
            value = sum(Fraction(p.scaled) for p in parts)
            slack = Fraction(len(parts), 2) * max(Fraction(1, 10 ** max(p.decimals for p in parts)), 0)
            ok = abs(value - 100) <= slack
            last = parts[-1]
            yield self.compare(
                table,
                ctx,
                r,
                bands[-1].col,
                last,
                Fraction(last.scaled),
                fits=frozenset(CONVENTIONS) if ok else frozenset(),
                evidence=[(r, b.col) for b in bands[:-1]],
                row=_row_name(table, r),
                expected=f"{value}%",
                total_label="100%",
                published=last.text,
            )


# --------------------------------------------------------------------------------------- TIM004/005


class ComplianceRate(Check):
    """A "% within timescale" does not recompute from the responses in time and the responses.

    What it checks:
        In a response-performance table with the number of responses, the number in time (or
        response-time bands) and "% within timescale", the percentage must be in-time ÷ responses
        (for bands: the bands up to the timescale ÷ responses), under the document's rounding.
    Why it matters:
        Compliance with the statutory timescales (SI 2006/1738 reg 14 and 17; Housing Ombudsman Code
        2024 section 6; SPSO model CHP) is the figure scrutiny committees follow from year to year;
        a rate that does not follow from its own counts misreports it.
    Failing example:
        | Procedure/stage | No. of responses | No. in timescale | % within timescale |
        | Corporate complaint (Stage 1) | 145 | 113 | 87% |
    Passing example:
        | Procedure/stage | No. of responses | No. in timescale | % within timescale |
        | Corporate complaint (Stage 1) | 145 | 113 | 78% |
    Options:
        None.
    Known limitations:
        The base is the number of responses (closed cases). A table that gives only complaints
        received is checked against them, which is what most reports mean but not always.
    """

    code = "TIM004"
    name = "compliance-rate-mismatch"
    template = "{row}: {numerator} of {denominator} responses in time is {expected}, printed {published}"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        cols = compliance_columns(table)
        if cols.responses is None or not cols.percent:
            return
        numerator_cols = self._numerators(table, cols)
        for pcol in cols.percent:
            numerator = numerator_cols.get(pcol.index)
            if numerator is None:
                continue
            for r in _rows(table):
                p = table.cell(r, pcol.index)
                num = [count_part(table.cell(r, c)) for c in numerator]
                den = exact(table.cell(r, cols.responses.index))
                if p.value is None or (p.kind != Kind.PERCENT and "%" not in pcol.label) or den in (None, 0):
                    continue
                if any(v is None for v in num):
                    continue
                k = sum(num, Fraction(0))
                rate = percent_of(k, den)
                yield self.compare(
                    table,
                    ctx,
                    r,
                    pcol.index,
                    p,
                    rate,
                    evidence=[(r, c) for c in numerator] + [(r, cols.responses.index)],
                    expected=exact_text(rate, "%", 1),
                    row=_row_name(table, r),
                    numerator=plain(k),
                    denominator=plain(den),
                    published=p.text,
                )

    @staticmethod
    def _numerators(table: Table, cols: ComplianceColumns) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for pcol in cols.percent:
            if cols.in_time is not None:
                out[pcol.index] = [cols.in_time.index]
                continue
            within = re.search(r"within\s+(\d+)", pcol.label, re.I)
            partition = bands_that_partition([b for b in cols.bands if not b.percent])
            if within and partition:
                limit = int(within.group(1))
                chosen = [b.col for b in partition if b.high <= limit]
                if chosen and any(b.high == limit for b in partition):
                    out[pcol.index] = chosen
        return out


class ComplianceShareImpossible(Check):
    """A "% within timescale" that no number of the responses can give.

    What it checks:
        A "% within timescale" beside the number of responses, without the count in time: some whole
        number k of the n responses must give the printed percentage. When none does, the
        percentage was worked out on a different base than the column beside it — often the heading
        or the row is wrong ("% within 10 working days" printed against the count for 20 days).
    Why it matters:
        The statutory Stage 1 timescale is 10 working days with an extension to 20 (SI 2006/1738
        reg 14); reports often give both rows, and a percentage on the wrong row misstates
        compliance with one of them.
    Failing example:
        | Procedure/stage | Timescale (working days) | Total no. of responses made | % within timescale |
        | Statutory complaint (Stage 1) | 10 | 15 | 42% |
    Passing example:
        | Procedure/stage | Timescale (working days) | Total no. of responses made | % within timescale |
        | Statutory complaint (Stage 1) | 10 | 15 | 40% |
    Options:
        None.
    Known limitations:
        Cannot say which of the figures is wrong, only that they cannot all be right.
    """

    code = "TIM005"
    name = "compliance-share-impossible"
    template = (
        "{row}: {published} within timescale of {n} responses — the nearest whole counts give {nearest}"
    )
    error_suffix = (
        "; no number of the {n} responses gives {published}: the count, the percentage or the heading "
        "is wrong"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        cols = compliance_columns(table)
        if cols.responses is None or cols.in_time is not None or not cols.percent:
            return
        if ComplianceRate._numerators(table, cols):
            return
        for pcol in cols.percent:
            for r in _rows(table):
                comparison = grim_comparison(self, table, ctx, r, pcol.index, cols.responses.index)
                if comparison is not None:
                    yield comparison


# ----------------------------------------------------------------------------------------- TIM006

AVERAGE_HEADER = re.compile(r"\b(average|mean)\b[^%]*\b(days?|time)\b", re.IGNORECASE)


class AverageAboveMaximum(Check):
    """An average response time above the statutory maximum beside a claim that every response was in time.

    What it checks:
        A row with an average response time ("Average working days to respond") above the longest time
        the regime allows for that stage's response — children's Stage 1 20 working days, Stage 2 65
        (SI 2006/1738 regs 14, 17); Housing Ombudsman Code 2024 Stage 1 20, Stage 2 40 with extensions
        (section 6) — and, in the same row, 100% within timescale. If the average is above the maximum,
        at least one response took longer than the maximum.
    Why it matters:
        "100% on time" is the figure a committee remembers; an average that exceeds the legal maximum
        shows it cannot be true (Buckinghamshire reported a Stage 1 average of 21 working days against a
        20-day maximum).
    Failing example:
        | Stage | Responses | Average working days | % within timescale |
        | Statutory complaint (Stage 1) | 40 | 21 | 100% |
    Passing example:
        | Stage | Responses | Average working days | % within timescale |
        | Statutory complaint (Stage 1) | 40 | 21 | 85% |
    Options:
        The rule pack sets the severity (situation "average-above-maximum"; default warning).
    Known limitations:
        Needs a recognised regime, the stage named in the row, and the average in working days; an
        average in calendar days is not compared.
    """

    code = "TIM006"
    name = "average-above-maximum"
    severity = Severity.WARNING
    template = (
        "{row}: an average of {published} working days is above the {maximum}-day maximum ({rule}), "
        "so not every response can have been within timescale as the {percent} says"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Finding]:
        regime = ctx.regime
        if regime is None or regime.primary is None:
            return
        averages = [
            c for c in table.columns if AVERAGE_HEADER.search(c.label) and "calendar" not in c.label.lower()
        ]
        cols = compliance_columns(table)
        if not averages or not cols.percent:
            return
        for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
            stage = next(
                (
                    m[2]
                    for p in regime.packs
                    for m in find_terms(row.label or "", p, among=("stage1", "stage2"))
                ),
                None,
            )
            if stage is None:
                continue
            rule = _longest_response(regime, stage, f"{table.caption or ''} {row.label}")
            for avg in averages:
                n = table.cell(row.index, avg.index)
                pct = table.cell(row.index, cols.percent[0].index)
                if rule is None or n.value is None or pct.value is None or pct.value < 100:
                    continue
                longest = rule.maximum or rule.base
                if n.value <= longest:
                    continue
                yield self.finding(
                    table,
                    ctx,
                    row.index,
                    avg.index,
                    severity=regime.primary.checks.severity.get("average-above-maximum", Severity.WARNING),
                    published=n.text,
                    expected=f"at most {longest}",
                    evidence=[(row.index, cols.percent[0].index)],
                    row=_row_name(table, row.index),
                    maximum=longest,
                    rule=rule.citation,
                    percent=f"{pct.text} in '{cols.percent[0].label}'",
                )


def _longest_response(regime, stage: str, words: str):
    """The response timescale for ``stage`` under the pack that governs the row, in force that year."""
    from auditor.regime import governing_packs

    for pack in governing_packs(regime, words):
        for t in pack.timescales:
            if (
                t.stage == stage
                and t.step == "response"
                and t.unit == "working_days"
                and (regime.on_date is None or t.applies_on(regime.on_date))
            ):
                return t
    return None
