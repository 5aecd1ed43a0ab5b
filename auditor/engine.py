"""Runs the stages in order: ingest -> understand -> checks -> findings (rendering is the caller's).

Checks yield comparisons of rounded values; only once every table has been seen is the document's
rounding convention known, and only then does a comparison become a finding (or not).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from auditor.checks.across import PreviousReport
from auditor.checks.base import (
    Check,
    ClaimStatus,
    Comparison,
    Context,
    Skipped,
    load_checks,
    select_checks,
)
from auditor.claims import claims_in
from auditor.model import (
    AuditResult,
    ClaimRecord,
    Document,
    Finding,
    InputError,
    Severity,
    TableCoverage,
    TextBlock,
)
from auditor.packs import Pack, builtin_packs
from auditor.regime import detect_regime, report_year
from auditor.rounding import CONVENTIONS, infer_convention, published_interval
from auditor.sentences import sentences_of
from auditor.structure import ColRole, Table, document_uses_decimal_comma, understand


def audit(
    path: str | Path,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    options: dict | None = None,
    packs: Sequence[Pack] | None = None,
    regime: str | None = None,
    previous: str | Path | None = None,
) -> AuditResult:
    """Audit one file. Raises ``InputError`` for a file that cannot be read.

    ``packs`` are the rule packs to choose the regime from (default: the built-in ones); ``regime``
    names one of them to use instead of detecting it. ``previous`` is last year's report (or a folder
    holding it), whose figures this report's prior-year figures are compared with.
    """
    from auditor.ingest import load_document

    doc = load_document(path)
    options = dict(options or {})
    if previous is not None:
        try:
            found = previous_report(doc, Path(previous), tuple(packs) if packs is not None else None)
        except InputError as exc:
            raise InputError(str(path), f"last year's report {exc.path}: {exc.reason}") from None
        if found is not None:
            options["previous"] = found
        else:
            options["previous_missing"] = f"no report for the year before in {previous}"
    return audit_document(doc, select=select, ignore=ignore, options=options, packs=packs, regime=regime)


def previous_report(doc: Document, previous: Path, packs) -> PreviousReport | None:
    """Last year's report, read: ``previous`` itself, or the report in that folder whose reporting year
    is the one before ``doc``'s. Raises ``InputError`` when a file named as previous cannot be read."""
    from auditor.ingest import SUPPORTED_SUFFIXES

    year = report_year(doc)
    if previous.is_dir():
        if year is None:
            return None
        wanted = year.first - 1
        for candidate in sorted(previous.iterdir()):
            if (
                candidate.suffix.lower() in SUPPORTED_SUFFIXES
                and candidate.resolve() != Path(doc.path).resolve()
            ):
                report = _read_previous(str(candidate), candidate.stat().st_mtime)
                if report.year and report.year.startswith(str(wanted)):
                    return report
        return None
    return _read_previous(str(previous), previous.stat().st_mtime if previous.exists() else 0.0)


@lru_cache(maxsize=16)
def _read_previous(path: str, mtime: float) -> PreviousReport:
    """Read once per batch (``mtime`` keys the cache, so an edited file is read again)."""
    from auditor.ingest import load_document

    doc = load_document(path)
    decimal_comma = document_uses_decimal_comma(doc.tables)
    tables = tuple(understand(raw, decimal_comma=decimal_comma) for raw in doc.tables)
    year = report_year(doc)
    return PreviousReport(path, tables, year.label if year else None, " ".join(b.text for b in doc.text))


def audit_document(
    doc: Document,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    options: dict | None = None,
    checks: Iterable[type[Check]] | None = None,
    packs: Sequence[Pack] | None = None,
    regime: str | None = None,
) -> AuditResult:
    chosen = select_checks(checks if checks is not None else load_checks(), select, ignore)
    decimal_comma = document_uses_decimal_comma(doc.tables)
    tables = tuple(understand(raw, decimal_comma=decimal_comma) for raw in doc.tables)
    sentences = sentences_of(doc.text + _prose_cells(tables))
    judged_under = detect_regime(doc, builtin_packs() if packs is None else packs, forced=regime)
    ctx = Context(
        file=doc.path,
        options=dict(options or {}),
        regime=judged_under,
        sentences=sentences,
        tables=tables,
        claims=tuple(c for s in sentences for c in claims_in(s)),
    )
    findings: list[Finding] = []
    comparisons: list[Comparison] = []
    coverage = []
    for table in tables:
        table_comparisons, table_findings, skipped = _run_checks(table, ctx, chosen)
        comparisons += table_comparisons
        findings += table_findings
        coverage.append(_coverage(table, len(table_comparisons) + len(table_findings), skipped))
    notes = list(doc.notes)
    if "previous_missing" in ctx.options:
        notes.append(f"--previous: {ctx.options['previous_missing']}; prior-year figures were not compared")
    elif "previous" in ctx.options:
        prev = ctx.options["previous"]
        notes.append(
            f"prior-year figures compared with {prev.path} (reporting year {prev.year or 'unknown'})"
        )
    across: dict[int, int] = {}  # table -> relations checked against other tables or the prose
    claim_status: dict[int, str] = {}
    for cls in chosen:
        for out in cls().check_document(ctx):
            if isinstance(out, ClaimStatus):
                if claim_status.get(out.index) != "checked":
                    claim_status[out.index] = out.status
                continue
            if isinstance(out, Skipped):
                notes.append(f"{cls.code}: {out.reason}")
                continue
            (comparisons if isinstance(out, Comparison) else findings).append(out)
            if out.location.table is not None:
                across[out.location.table] = across.get(out.location.table, 0) + 1
    coverage = [_with_cross_checks(c, across.get(c.table, 0)) for c in coverage]
    convention, why = infer_convention(c.fits for c in comparisons)
    findings += [f for f in (_resolve(c, convention) for c in comparisons) if f is not None]
    return AuditResult(
        path=doc.path,
        format=doc.format,
        n_pages=doc.n_pages,
        findings=tuple(sorted(_one_per_cell(findings), key=Finding.sort_key)),
        coverage=tuple(coverage),
        rounding=why,
        notes=tuple(dict.fromkeys(notes)),
        regime=judged_under.describe(),
        regime_choice=judged_under.summary(),
        claims=(
            len(ctx.claims),
            len(claim_status),
            sum(1 for v in claim_status.values() if v == "checked"),
        ),
        claim_records=tuple(
            ClaimRecord(
                c.sentence.page,
                c.sentence.index,
                c.figure.number.text,
                c.kind,
                claim_status.get(i, "unlinked"),
                c.sentence.text,
            )
            for i, c in enumerate(ctx.claims)
        ),
        raw_tables=doc.tables,
    )


def _run_checks(table: Table, ctx: Context, checks: list[type[Check]]):
    comparisons, findings, skipped = [], [], []
    if table.status != "understood":
        return comparisons, findings, skipped
    for cls in checks:
        for out in cls().check(table, ctx):
            if isinstance(out, Comparison):
                comparisons.append(out)
            elif isinstance(out, Skipped):
                skipped.append(out.reason)
            elif not isinstance(out, ClaimStatus):
                findings.append(out)
    return comparisons, findings, skipped


def _coverage(table: Table, relations: int, skipped: list[str]) -> TableCoverage:
    raw = table.raw
    if table.status != "understood":
        status, reason = "not checked", table.reason
    elif relations:
        status, reason = "checked", "; ".join(dict.fromkeys(skipped))
    else:
        # The structure was read, but nothing in it can be recomputed from the table alone.
        status = "understood"
        reason = (
            "; ".join(dict.fromkeys(skipped)) or "no total, share or change that the table itself defines"
        )
    return TableCoverage(raw.index, raw.page, raw.caption, status, reason, relations)


def _prose_cells(tables: Iterable[Table]) -> tuple[TextBlock, ...]:
    """Paragraphs printed inside tables (an FOI answer's Response column) are narrative too."""
    out = []
    for table in tables:
        for col in table.columns:
            if col.role != ColRole.TEXT:
                continue
            for r in range(table.header_rows, len(table.raw.rows)):
                text = table.raw.rows[r][col.index]
                if len(text.split()) >= 8:
                    out.append(TextBlock(table.raw.page_of(r), text))
    return tuple(out)


def _with_cross_checks(c: TableCoverage, n: int) -> TableCoverage:
    """A table that could not be checked on its own ("percentages only") may still have had figures
    checked against other tables; say so."""
    if not n:
        return c
    if c.status == "checked":
        return TableCoverage(c.table, c.page, c.caption, c.status, c.reason, c.checks_run + n)
    reason = f"{c.reason}; {n} figure(s) checked against other tables instead"
    return TableCoverage(c.table, c.page, c.caption, "checked", reason, n)


def _resolve(c: Comparison, convention: str) -> Finding | None:
    """A comparison that fits the document's convention is fine; one that fits only another is a
    warning naming both readings; one that fits none is the check's own severity."""
    if convention in c.fits:
        return None
    check = c.check
    message = check.template.format(**c.fields)
    expected = c.expected_text.get(convention) or c.fields.get("expected")
    own = c.severity or check.severity
    if c.fits:
        other = next(x for x in CONVENTIONS if x in c.fits)
        severity = min(Severity.WARNING, own)
        message += (
            f" — right under {other} ({c.expected_text.get(other, c.published.text)}), "
            f"not under {convention} used elsewhere in this document"
            + (f" ({c.expected_text[convention]})" if convention in c.expected_text else "")
        )
    else:
        severity = own
        suffix = getattr(check, "error_suffix", "")
        message += suffix.format(**c.fields) if suffix else ""
    return Finding(
        code=check.code,
        name=check.name,
        severity=severity,
        message=message,
        location=c.location,
        published=c.published.text,
        expected=expected,
        interval=published_interval(c.published, convention)
        if c.published.decimals or c.published.bound or c.published.kind.value == "percent"
        else None,
        evidence=c.evidence,
    )


# Families that know what a figure means (a rate of escalation, a % within the statutory timescale) say
# more about a cell than the generic arithmetic checks that may object to it too.
DOMAIN_FAMILIES = ("ESC", "TIM")


def _one_per_cell(findings: list[Finding]) -> list[Finding]:
    """Two checks may object to one cell (a '>1%' is both a wrong notation and a wrong share):
    keep the most severe; of equals, a domain check (ESC, TIM) over an arithmetic one, then the one
    with the higher code."""
    best: dict[tuple, Finding] = {}
    loose = []
    for f in findings:
        loc = f.location
        if loc.row is None or loc.col is None:
            loose.append(f)
            continue
        key = (loc.file, loc.table, loc.row, loc.col)
        if key not in best or _rank(f) > _rank(best[key]):
            best[key] = f
    return loose + list(best.values())


def _rank(f: Finding) -> tuple:
    return (f.severity, f.code[:3] in DOMAIN_FAMILIES, f.code)
