"""The rich terminal report.

Everything taken from a document (cell texts, captions, labels, messages, even file names) goes out as
``rich.text.Text`` and the console is made with markup, emoji and highlighting off: a cell reading
"[bold]" or ":warning:" prints as it is, never as markup.

Layout of one document::

    ─── report.pdf · pdf · 12 pages ──────────────────
    Tables        6 found · 5 understood · 3 checked
    Rounding      round-half-up (4 cells fit only round-half-up, 0 only truncation)
    Not checked   tables 3, 17 (p. 1): no numeric cells (a text table)

    Table 2: Comparison of complaints  (table 2, page 1)
      ERROR    PCT002 inline-share-mismatch
               row “2016/17”, column “Ombudsman”: published 2%, expected 1%
               2016/17, Ombudsman: 2 of 135 (row total) gives 1.48%, printed 2%
      <the table, flagged cell highlighted>

    report.pdf: 1 error, 0 warnings, 0 info (3 of 6 tables checked)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table as RichTable
from rich.text import Text

from auditor.model import AuditResult, Finding, RawTable, Severity, TableCoverage
from auditor.render import Tally

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
EVIDENCE_STYLE = "underline"
SEVERITY_WIDTH = 9  # "WARNING" and two spaces
QUOTE_WIDTH = 160
CELL_WIDTH = 28  # longest cell text shown in a table excerpt
LABEL_WIDTH = 40  # the first column (row labels) may take this much when the table fits
CAPTION_WIDTH = 100  # captions extracted from PDFs can be whole paragraphs
SMALL_TABLE_ROWS = 12  # tables up to this many rows are shown whole
MAX_EVIDENCE_ROWS = 6  # a finding resting on more rows than this shows its first and last two
MAX_COLUMNS = 8  # wider tables show the label column and the columns findings point at
MAX_HEADER_ROWS = 4
SHORT_HEADING = 12
COLUMN_GAP = 2  # spaces between the columns of a table excerpt
MAX_TABLES_LISTED = 12  # per coverage line
REASON_WIDTH = 240  # the JSON output keeps a reason whole
# Without colour (piped output, or a console that cannot style), flagged cells are bracketed instead.
FLAG_OPEN, FLAG_CLOSE = "»", "«"
GAP = "…"

_YEAR = re.compile(r"^(19|20)\d\d([/–-]\d{2,4})?$")


def make_console(color: bool | None = None, file: IO[str] | None = None) -> Console:
    """``color=None``: style only when writing to a terminal (rich also honours NO_COLOR/FORCE_COLOR)."""
    common = {"file": file, "highlight": False, "markup": False, "emoji": False}
    if color is None:
        return Console(**common)
    if color:
        return Console(force_terminal=True, color_system="standard", **common)
    return Console(no_color=True, **common)


class TerminalRenderer:
    """Prints each document's report as soon as it is audited, then the batch total."""

    def __init__(
        self,
        console: Console | None = None,
        *,
        show_tables: bool = True,
        quiet: bool = False,
        color: bool | None = None,
        show_claims: bool = False,
    ):
        self.con = console or make_console(color)
        self.show_tables = show_tables
        self.quiet = quiet
        self.show_claims = show_claims

    @property
    def _can_style(self) -> bool:
        return self.con.color_system is not None

    def document(self, result: AuditResult) -> None:
        con = self.con
        if not self.quiet or result.findings:
            con.rule(document_title(result), align="left", style="dim")
        if not self.quiet:
            rows = overview(result)
            indent = max(len(label) for label, _ in rows) + 2
            for label, body in rows:
                con.print(hanging(con, Text(label, style="dim"), body, indent), soft_wrap=True)
        raws = {t.index: t for t in result.raw_tables}
        for table_no, findings in group_by_table(result.findings):
            raw = raws.get(table_no) if table_no is not None else None
            con.print()
            con.print(group_title(table_no, findings, raw))
            con.print(findings_block(con, findings), soft_wrap=True)
            if self.show_tables and raw is not None:
                excerpt = table_excerpt(raw, findings, marks=not self._can_style, width=con.width - 2)
                if excerpt is not None:
                    con.print(Unpadded(Padding(excerpt, (0, 0, 0, 2), expand=False)))
        if self.show_claims and result.claim_records:
            con.print()
            con.print(Text("Figures in the narrative", style="bold"))
            con.print(claims_table(result), soft_wrap=True)
        if not self.quiet or result.findings:
            con.print()
        con.print(summary_line(result), soft_wrap=True)  # one line, whatever the width: easy to grep
        if not self.quiet:
            con.print()

    def finish(self, results: Sequence[AuditResult], errors: Sequence[tuple[str, str]]) -> None:
        if len(results) + len(errors) > 1:
            self.con.print(grand_total_line(results, errors), soft_wrap=True)


def render_terminal(
    results: Sequence[AuditResult],
    errors: Sequence[tuple[str, str]] = (),
    *,
    show_tables: bool = True,
    color: bool | None = None,
    quiet: bool = False,
    console: Console | None = None,
) -> None:
    """All documents at once (the CLI feeds ``TerminalRenderer`` one by one instead)."""
    renderer = TerminalRenderer(console, show_tables=show_tables, quiet=quiet, color=color)
    for result in results:
        renderer.document(result)
    renderer.finish(results, errors)


class Unpadded:
    """Renders its content with the spaces rich pads each line with to the right taken off, so
    copied or piped output carries no trailing whitespace."""

    def __init__(self, renderable):
        self.renderable = renderable

    def __rich_console__(self, console: Console, options):
        for line in console.render_lines(self.renderable, options, pad=False):
            while line and not line[-1].control and not line[-1].text.strip():
                line.pop()
            if line and not line[-1].control:
                last = line[-1]
                line[-1] = Segment(last.text.rstrip(), last.style, last.control)
            yield from line
            yield Segment.line()


# ------------------------------------------------------------------------------------------ words


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def shorten(text: str | None, width: int = CELL_WIDTH) -> str:
    """One line, at most ``width`` characters, an ellipsis where it was cut."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + GAP


def _counts(t: Tally) -> str:
    return f"{plural(t.errors, 'error')}, {plural(t.warnings, 'warning')}, {plural(t.info, 'info')}"


def _severity_style(t: Tally) -> str:
    return "bold red" if t.errors else "yellow" if t.warnings else "green"


def summary_line(result: AuditResult) -> Text:
    t = Tally.of([result])
    return Text(
        f"{result.path}: {_counts(t)} ({t.tables_checked} of {t.tables_found} tables checked)",
        style=_severity_style(t),
    )


def grand_total_line(results: Sequence[AuditResult], errors: Sequence[tuple[str, str]]) -> Text:
    t = Tally.of(results)
    files = len(results) + len(errors)
    text = (
        f"{_counts(t)} in {plural(files, 'file')} "
        f"({t.tables_checked} tables checked of {t.tables_found} found)"
    )
    if errors:
        text += f"; {plural(len(errors), 'file')} could not be read"
    return Text(text, style="bold")


# -------------------------------------------------------------------------------------- overview


def document_title(result: AuditResult) -> Text:
    pages = plural(result.n_pages, "page")
    return Text.assemble((result.path, "bold"), (f" · {result.format} · {pages}", "dim"))


def overview(result: AuditResult) -> list[tuple[str, Text]]:
    """Coverage, rounding convention, regime, notes and the tables that were not checked."""
    t = Tally.of([result])
    rows = [
        (
            "Tables",
            Text(f"{t.tables_found} found · {t.tables_understood} understood · {t.tables_checked} checked"),
        ),
        ("Rounding", Text(result.rounding)),
    ]
    found, linked, checked = result.claims
    if found:
        rows.append(
            (
                "Claims",
                Text(f"{found} figures in the narrative · {linked} linked to tables · {checked} checked"),
            )
        )
    if result.regime:
        rows.append(("Regime", Text(result.regime)))
    rows += [("Note", Text(note)) for note in result.notes]
    return rows + coverage_lines(result.coverage)


def hanging(console: Console, label: Text, body: Text, indent: int) -> Text:
    """``label`` then ``body`` wrapped to the console, its later lines indented under its first.

    Built as one Text rather than a rich grid, so no line carries padding to the right margin.
    """
    out = Text()
    out.append_text(label)  # the label's style stays on the label
    out.append(" " * max(1, indent - label.cell_len))
    for i, line in enumerate(body.wrap(console, max(20, console.width - indent))):
        if i:
            out.append("\n" + " " * indent)
        line.rstrip()
        out.append_text(line)
    return out


def coverage_lines(coverage: Iterable[TableCoverage]) -> list[tuple[str, Text]]:
    """Tables that were not checked, grouped by their reason, in table order."""
    groups: dict[tuple[str, str], list[TableCoverage]] = {}
    for c in coverage:
        if c.status != "checked":
            groups.setdefault((c.status, c.reason), []).append(c)
    lines = []
    for (status, reason), tables in groups.items():
        lines.append(
            ("Not checked", Text(f"{_table_list(tables)}: {shorten(reason or status, REASON_WIDTH)}"))
        )
    return lines


def _table_list(tables: list[TableCoverage]) -> str:
    shown, rest = tables[:MAX_TABLES_LISTED], len(tables) - MAX_TABLES_LISTED
    if len(shown) == 1 and shown[0].caption:
        c = shown[0]
        return f"table {c.table} (p. {c.page}) “{shorten(c.caption, 50)}”"
    if len({c.page for c in tables}) == 1:
        text = ", ".join(str(c.table) for c in shown) + f" (p. {tables[0].page})"
    else:
        text = ", ".join(f"{c.table} (p. {c.page})" for c in shown)
    more = f" and {rest} more" if rest > 0 else ""
    return f"{'table' if len(tables) == 1 else 'tables'} {text}{more}"


def claims_table(result: AuditResult) -> Text:
    """One line per claim: page, the figure, its kind, whether it was checked, and the sentence."""
    style = {"checked": "green", "linked": "yellow", "unlinked": "dim"}
    out = Text()
    for i, c in enumerate(result.claim_records):
        if i:
            out.append("\n")
        out.append(f"  p.{c.page:<3} ", style="dim")
        out.append(f"{shorten(c.figure, 10):<10} ", style="bold")
        out.append(f"{c.kind:<10} ")
        out.append(f"{c.status:<9} ", style=style.get(c.status, ""))
        out.append(shorten(c.text, 70), style="dim")
    return out


# -------------------------------------------------------------------------------------- findings


def group_by_table(findings: Iterable[Finding]) -> list[tuple[int | None, list[Finding]]]:
    """Findings grouped by table, groups in order of their first finding (the engine's order)."""
    groups: dict[int | None, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.location.table, []).append(f)
    return list(groups.items())


def group_title(table_no: int | None, findings: list[Finding], raw: RawTable | None) -> Text:
    loc = findings[0].location
    if table_no is None:
        if any(f.location.sentence is not None for f in findings):
            return Text("Narrative", style="bold")
        where = f"  (page {loc.page})" if loc.page is not None else ""
        return Text.assemble(("Whole document", "bold"), (where, "dim"))
    caption = loc.caption or (raw.caption if raw else None)
    page = raw.page if raw else loc.page
    where = f"table {table_no}" + (f", page {page}" if page is not None else "")
    if not caption:
        return Text(where.capitalize(), style="bold")
    return Text.assemble((shorten(caption, CAPTION_WIDTH), "bold"), (f"  ({where})", "dim"))


def findings_block(console: Console, findings: list[Finding], indent: int = 2) -> Text:
    out = Text()
    for i, f in enumerate(findings):
        label = Text(" " * indent + str(f.severity).upper(), style=SEVERITY_STYLE[f.severity])
        out.append_text(hanging(console, label, finding_body(f), indent + SEVERITY_WIDTH))
        if i < len(findings) - 1:
            out.append("\n")
    return out


def finding_body(f: Finding) -> Text:
    """Three lines: what (code and name), where and the figures, the sentence."""
    loc = f.location
    body = Text.assemble((f.code, "bold"), " ", (f.name, "dim"))
    if f.confidence < 1:
        body.append(f"  (confidence {f.confidence:.0%})", style="dim")
    where = _cell_name(f)
    figures = []
    if f.published is not None:
        figures.append(Text.assemble("published ", (f.published, "bold")))
    if f.expected is not None:
        figures.append(Text.assemble("expected ", (f.expected, "bold")))
    if where or figures:
        body.append("\n")
        if where:
            body.append(where, style="dim")
            body.append(": " if figures else "")
        body.append(Text(", ").join(figures))
    if loc.quote:
        page = f"page {loc.page}: " if loc.page is not None else ""
        body.append(f"\n{page}“{shorten(loc.quote, QUOTE_WIDTH)}”", style="dim")
    elif loc.table is None and loc.page is not None and not where:
        body.append(f"\npage {loc.page}", style="dim")
    body.append("\n")
    body.append(f.message)
    return body


def _cell_name(f: Finding) -> str:
    loc = f.location
    parts = []
    if loc.row_label:
        parts.append(f"row “{shorten(loc.row_label, 60)}”")
    elif loc.row is not None:
        parts.append(f"row {loc.row + 1}")
    if loc.col_label:
        parts.append(f"column “{shorten(loc.col_label, 60)}”")
    elif loc.col is not None:
        parts.append(f"column {loc.col + 1}")
    return ", ".join(parts)


# --------------------------------------------------------------------------------- table excerpt


def _cell_text(raw: RawTable, r: int, c: int) -> str:
    row = raw.rows[r]
    return row[c] if c < len(row) else ""


def _is_figure(cell: str) -> bool:
    """A printed figure ("1,602", "57(47%)", "↓ 18%", "£55k"), not a heading ("Under 18", "2019/20")."""
    cell = cell.strip()
    letters = sum(ch.isalpha() for ch in cell)
    return any(ch.isdigit() for ch in cell) and letters <= 2 and not _YEAR.match(cell)


def _looks_like_figures(cells: Sequence[str]) -> bool:
    """A row of data, not of headings: some cell past the first holds a figure."""
    return any(_is_figure(cell) for cell in cells[1:])


def header_rows(raw: RawTable) -> list[int]:
    """The first row, and the rows under it up to the first row of figures (a display guess only)."""
    heads = [0] if raw.n_rows else []
    for r in range(1, min(MAX_HEADER_ROWS, raw.n_rows)):
        if _looks_like_figures(raw.rows[r]):
            break
        heads.append(r)
    return heads


def _with_gaps(keep: Iterable[int], n: int) -> list[int | None]:
    """The kept indices of ``range(n)``, sorted, with None wherever some were left out."""
    shown: list[int | None] = []
    previous = -1
    for i in sorted(set(keep)):
        if i != previous + 1:
            shown.append(None)
        shown.append(i)
        previous = i
    if previous < n - 1:
        shown.append(None)
    return shown


def _few(indices: Iterable[int], limit: int) -> set[int]:
    """All of ``indices`` when they are few; else the first two and the last two."""
    ordered = sorted(set(indices))
    return set(ordered) if len(ordered) <= limit else set(ordered[:2] + ordered[-2:])


def rows_to_show(raw: RawTable, findings: Sequence[Finding]) -> list[int | None]:
    """Small tables whole; big ones as header rows, flagged rows and evidence rows, with gaps."""
    n = raw.n_rows
    if n <= SMALL_TABLE_ROWS:
        return list(range(n))
    keep = set(header_rows(raw))
    for f in findings:
        if f.location.row is not None and 0 <= f.location.row < n:
            keep.add(f.location.row)
        keep |= _few((r for r, _ in f.evidence if 0 <= r < n), MAX_EVIDENCE_ROWS)
    return _with_gaps(keep, n)


def cols_to_show(raw: RawTable, findings: Sequence[Finding]) -> list[int | None]:
    """Narrow tables whole; wide ones as the label column and the columns findings point at."""
    n = raw.n_cols
    if n <= MAX_COLUMNS:
        return list(range(n))
    keep = {0}
    for f in findings:
        if f.location.col is not None and 0 <= f.location.col < n:
            keep.add(f.location.col)
        keep |= _few((c for _, c in f.evidence if 0 <= c < n), MAX_EVIDENCE_ROWS)
    return _with_gaps(keep, n)


def table_excerpt(
    raw: RawTable, findings: Sequence[Finding], *, marks: bool = False, width: int = 100
) -> RichTable | None:
    """The table as printed, flagged cells in reverse video (or »bracketed« when ``marks``),
    evidence cells underlined; long tables and wide tables cut down to what the findings touch."""
    if not raw.n_rows or not raw.n_cols:
        return None
    flagged: dict[tuple[int, int], Severity] = {}
    for f in findings:
        cell = (f.location.row, f.location.col)
        if None not in cell:
            flagged[cell] = max(f.severity, flagged.get(cell, f.severity))
    evidence = {tuple(cell) for f in findings for cell in f.evidence} - set(flagged)
    rows, cols = rows_to_show(raw, findings), cols_to_show(raw, findings)
    heads = set(header_rows(raw))

    def cell(r: int, c: int) -> Text:
        text = _cell_text(raw, r, c)
        limit = LABEL_WIDTH if c == 0 else CELL_WIDTH
        if (r, c) in flagged:
            style = f"{SEVERITY_STYLE[flagged[(r, c)]]} reverse"
            shown = FLAG_OPEN + shorten(text, limit - 2) + FLAG_CLOSE if marks else shorten(text, limit)
        elif (r, c) in evidence:
            style, shown = EVIDENCE_STYLE, shorten(text, limit)
        elif r in heads:
            # Headings may wrap onto a second line so that a long heading does not widen its column.
            return Text(shorten(text, 2 * CELL_WIDTH), style="bold", overflow="fold")
        else:
            style, shown = "", shorten(text, limit)
        # A span rather than the cell's base style, so the padding around the text stays plain.
        return Text.assemble((shown, style), no_wrap=True, overflow="ellipsis")

    table = RichTable(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    grid = [[None if r is None or c is None else cell(r, c) for c in cols] for r in rows]
    for w in column_widths(grid, rows, heads, width - COLUMN_GAP * (len(cols) - 1)):
        table.add_column(width=w)
    for line in grid:
        table.add_row(*(Text(GAP, style="dim") if t is None else t for t in line))
    return table


def _two_line_width(text: str) -> int:
    """The narrowest width at which ``text`` wraps onto two lines (or its longest word)."""
    words = [cell_len(w) for w in text.split()]
    total = cell_len(text)
    for width in range(max([*words, -(-total // 2)]), total + 1):
        lines, current = 1, 0
        for w in words:
            if current and current + 1 + w > width:
                lines, current = lines + 1, w
            else:
                current += w + (1 if current else 0)
        if lines <= 2:
            return width
    return total


def column_widths(
    grid: list[list[Text | None]], rows: list[int | None], heads: set[int], room: int
) -> list[int]:
    """Each column wide enough for its figures and for its heading on about two lines; when the
    table does not fit in ``room``, headings take more lines before any figure is cut."""
    wants, floors = [], []
    for j in range(len(grid[0]) if grid else 0):
        data, heading, words = [1], [0], [0]
        for r, line in zip(rows, grid, strict=True):
            text = line[j].plain if line[j] is not None else ""
            if r in heads:
                heading.append(cell_len(text) if cell_len(text) <= SHORT_HEADING else _two_line_width(text))
                words += [cell_len(w) for w in text.split()]
            else:
                data.append(cell_len(text))
        floor = min(CELL_WIDTH, max([*data, min(max(words), SHORT_HEADING)]))
        floors.append(floor)
        # The first column holds the row labels: it may grow past CELL_WIDTH while there is room.
        widest = LABEL_WIDTH if j == 0 else CELL_WIDTH
        wants.append(max(floor, min(widest, max(heading + data))))
    excess = sum(wants) - room
    while excess > 0:
        j = max(range(len(wants)), key=lambda k: wants[k] - floors[k])
        if wants[j] <= floors[j]:
            break
        wants[j] -= 1
        excess -= 1
    return wants


# ------------------------------------------------------------------------------------ rules, explain


def render_rules(checks, console: Console | None = None) -> None:
    con = console or make_console()
    table = RichTable(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("code", no_wrap=True, style="bold")
    table.add_column("name", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("summary")
    for c in checks:
        table.add_row(
            Text(c.code),
            Text(c.name),
            Text(str(c.severity), style=SEVERITY_STYLE[c.severity]),
            Text(c.summary()),
        )
    con.print(table)
    con.print(Text("audit explain CODE prints a check's documentation.", style="dim"))


def render_packs(packs, console: Console | None = None) -> None:
    """One row per rule pack: id (for --regime), title, how many timescales it states, its file."""
    con = console or make_console()
    table = RichTable(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("regime")
    table.add_column("timescales", justify="right", no_wrap=True)
    table.add_column("file")
    from auditor.packs import builtin_rules_dir

    builtin = builtin_rules_dir().resolve()
    for p in packs:
        source = "built-in" if Path(p.path).resolve().parent == builtin else str(p.path)
        table.add_row(Text(p.id), Text(p.title), Text(str(len(p.timescales))), Text(source, style="dim"))
    con.print(table)
    con.print(
        Text("audit --regime ID uses a pack instead of detecting one; --rules FILE adds yours.", style="dim")
    )


def render_explain(check, console: Console | None = None) -> None:
    """The whole docstring, its section headings in bold."""
    from auditor.checks.base import DOC_SECTIONS

    con = console or make_console()
    title = Text.assemble(
        (f"{check.code} {check.name}", "bold"), (f"  (default severity: {check.severity})", "dim")
    )
    con.print(Group(title, Text()))
    lines = check.doc().splitlines()
    out = Text()
    for i, line in enumerate(lines):
        heading = line.strip().endswith(":") and line.strip()[:-1] in DOC_SECTIONS
        out.append(line, style="bold" if heading or i == 0 else "")
        out.append("\n")
    con.print(out, end="", soft_wrap=True)  # the docstring is wrapped already
