"""The rich terminal report. Everything taken from a document is escaped: a cell reading
"[bold]" prints as it is, never as markup."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from auditor.model import AuditResult, Finding, RawTable, Severity

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CELL_WIDTH = 28
CONTEXT_ROWS = 1  # rows shown either side of a flagged row in a long table


def _console(color: bool | None) -> Console:
    if color is None:
        return Console(highlight=False, soft_wrap=False)
    return Console(
        highlight=False, force_terminal=color, no_color=not color, color_system="standard" if color else None
    )


def render_terminal(
    results: Sequence[AuditResult],
    errors: Sequence[tuple[str, str]] = (),
    *,
    show_tables: bool = True,
    color: bool | None = None,
    quiet: bool = False,
    console: Console | None = None,
) -> None:
    con = console or _console(color)
    for result in results:
        _document(con, result, show_tables=show_tables, quiet=quiet)
    if len(results) + len(errors) > 1:
        con.print(_grand_summary(results, errors))


def _document(con: Console, result: AuditResult, *, show_tables: bool, quiet: bool) -> None:
    con.rule(Text(f"{result.path}  ({result.format}, {result.n_pages} page{'s' * (result.n_pages != 1)})"))
    if not quiet:
        _coverage(con, result)
    by_table: dict[int | None, list[Finding]] = defaultdict(list)
    for f in result.findings:
        by_table[f.location.table].append(f)
    raws = {t.index: t for t in result.raw_tables}
    for table_no in sorted(by_table, key=lambda t: -1 if t is None else t):
        findings = by_table[table_no]
        loc = findings[0].location
        title = f"Table {table_no}" if table_no is not None else "Document"
        where = f" · page {loc.page}" if loc.page else ""
        con.print()
        con.print(Text.assemble((title, "bold"), (where, "dim"), ("  " + (loc.caption or ""), "italic")))
        for f in findings:
            _finding(con, f)
        if show_tables and table_no in raws:
            con.print(_table_excerpt(raws[table_no], findings))
    con.print()
    con.print(_summary(result))


def _coverage(con: Console, result: AuditResult) -> None:
    found = len(result.coverage)
    understood = sum(c.status in ("checked", "understood") for c in result.coverage)
    checked = sum(c.status == "checked" for c in result.coverage)
    con.print(Text(f"Tables: {found} found, {understood} understood, {checked} checked"))
    con.print(Text(f"Rounding: {result.rounding}", style="dim"))
    for note in result.notes:
        con.print(Text(f"Note: {note}", style="dim"))
    for c in result.coverage:
        if c.status != "checked":
            label = f"  table {c.table} (page {c.page})"
            caption = f" {c.caption[:50]}" if c.caption else ""
            con.print(Text(f"{label}{caption}: {c.status} — {c.reason}", style="dim"))


def _finding(con: Console, f: Finding) -> None:
    loc = f.location
    head = Text.assemble(
        (f"  {str(f.severity).upper():7}", STYLE[f.severity]),
        (f" {f.code} ", "bold"),
        (f.name, "dim"),
    )
    con.print(head)
    cell = []
    if loc.row_label or loc.row is not None:
        cell.append(f"row '{loc.row_label}'" if loc.row_label else f"row {loc.row + 1}")
    if loc.col_label or loc.col is not None:
        cell.append(f"column '{loc.col_label}'" if loc.col_label else f"column {loc.col + 1}")
    if cell:
        con.print(Text("           " + " × ".join(cell), style="dim"))
    if f.published is not None or f.expected is not None:
        con.print(
            Text.assemble(
                "           published ", (str(f.published), "bold"), "   expected ", (str(f.expected), "bold")
            )
        )
    con.print(Text("           " + f.message))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def _rows_to_show(raw: RawTable, findings: list[Finding]) -> list[int | None]:
    """Header rows, flagged rows and their evidence, with None where rows are left out."""
    flagged = {f.location.row for f in findings if f.location.row is not None}
    # A few evidence rows (a count and its total) are worth showing; a column of 30 parts is not.
    evidence = {r for f in findings if len(f.evidence) <= 4 for r, _ in f.evidence}
    if raw.n_rows <= 14:
        return list(range(raw.n_rows))
    keep = {0, 1} | evidence
    for r in flagged:
        keep |= set(range(r - CONTEXT_ROWS, r + CONTEXT_ROWS + 1))
    keep = sorted(r for r in keep if 0 <= r < raw.n_rows)
    shown: list[int | None] = []
    for r in keep:
        if shown and shown[-1] is not None and r != shown[-1] + 1:
            shown.append(None)
        shown.append(r)
    return shown


def _table_excerpt(raw: RawTable, findings: list[Finding]) -> RichTable:
    flagged = {(f.location.row, f.location.col): f.severity for f in findings}
    evidence = {cell for f in findings for cell in f.evidence}
    table = RichTable(box=box.SIMPLE, show_header=False, pad_edge=False, padding=(0, 1))
    shown = _rows_to_show(raw, findings)
    for c in range(raw.n_cols):
        # Figures and short headings ("2019/20") keep their width; long labels give way.
        widest = max((len(_shorten(raw.rows[r][c])) for r in shown if r is not None), default=1)
        table.add_column(overflow="ellipsis", no_wrap=True, max_width=CELL_WIDTH, min_width=min(widest, 9))
    for r in shown:
        if r is None:
            table.add_row(*(Text("⋮", style="dim") for _ in range(raw.n_cols)))
            continue
        cells = []
        for c, text in enumerate(raw.rows[r]):
            style = ""
            if (r, c) in flagged:
                style = f"{STYLE[flagged[(r, c)]]} reverse"
            elif (r, c) in evidence:
                style = "underline"
            cells.append(Text(_shorten(text), style=style))
        table.add_row(*cells)
    return table


def _counts(findings) -> tuple[int, int, int]:
    sev = [f.severity for f in findings]
    return sev.count(Severity.ERROR), sev.count(Severity.WARNING), sev.count(Severity.INFO)


def _summary(result: AuditResult) -> Text:
    e, w, i = _counts(result.findings)
    checked = sum(c.status == "checked" for c in result.coverage)
    style = "bold red" if e else "yellow" if w else "green"
    return Text(
        f"{result.path}: {e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}, {i} info "
        f"({checked} of {len(result.coverage)} tables checked)",
        style=style,
    )


def _grand_summary(results: Sequence[AuditResult], errors: Sequence[tuple[str, str]]) -> Text:
    e, w, i = _counts([f for r in results for f in r.findings])
    checked = sum(c.status == "checked" for r in results for c in r.coverage)
    found = sum(len(r.coverage) for r in results)
    files = len(results) + len(errors)
    text = (
        f"{e} error{'s' * (e != 1)}, {w} warning{'s' * (w != 1)}, {i} info in "
        f"{files} file{'s' * (files != 1)} ({checked} tables checked of {found} found)"
    )
    if errors:
        text += f"; {len(errors)} file{'s' * (len(errors) != 1)} could not be read"
    return Text(text, style="bold")


def render_rules(checks, console: Console | None = None) -> None:
    con = console or _console(None)
    table = RichTable(box=box.SIMPLE_HEAD)
    for name in ("code", "name", "severity", "summary"):
        table.add_column(name)
    for c in checks:
        table.add_row(c.code, c.name, str(c.severity), escape(c.summary()))
    con.print(table)


def render_explain(check, console: Console | None = None) -> None:
    con = console or _console(None)
    con.print(Text(f"{check.code} {check.name} (default severity: {check.severity})", style="bold"))
    con.print(Text(check.doc()))
