"""The renderers, fed hand-built AuditResults: documents' text is printed literally, flagged cells are
shown, counts add up, and the JSON follows docs/json-schema.md."""

from __future__ import annotations

import io
import json
import re

from rich.console import Console

from auditor.model import AuditResult, Finding, Location, RawTable, Severity, TableCoverage
from auditor.render.json import SCHEMA, render_json, render_rules_json
from auditor.render.terminal import (
    FLAG_CLOSE,
    FLAG_OPEN,
    TerminalRenderer,
    render_explain,
    render_rules,
    render_terminal,
    table_excerpt,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")

GRID = (
    ("Theme", "No. received", "% of total"),
    ("Communication", "66", "29%"),
    ("Service", "179", "71%"),
    ("Total", "230", "100%"),
)


# ------------------------------------------------------------------------------------ fixtures


def raw_table(
    rows=GRID, *, index: int = 1, page: int = 2, caption: str | None = "Table 1 - Themes"
) -> RawTable:
    return RawTable(page=page, index=index, rows=tuple(tuple(r) for r in rows), caption=caption)


def finding(
    severity: Severity = Severity.ERROR,
    *,
    code: str = "SUM001",
    name: str = "column-total-mismatch",
    file: str = "report.pdf",
    table: int | None = 1,
    page: int | None = 2,
    caption: str | None = "Table 1 - Themes",
    row: int | None = 3,
    col: int | None = 1,
    row_label: str | None = "Total",
    col_label: str | None = "No. received",
    published: str | None = "230",
    expected: str | None = "245",
    message: str = "No. received: the 2 rows above add up to 245, the total row says 230",
    evidence: tuple[tuple[int, int], ...] = ((1, 1), (2, 1)),
    interval: tuple[float, float] | None = None,
    confidence: float = 1.0,
) -> Finding:
    return Finding(
        code=code,
        name=name,
        severity=severity,
        message=message,
        location=Location(file, page, table, caption, row, col, row_label, col_label),
        published=published,
        expected=expected,
        interval=interval,
        evidence=evidence,
        confidence=confidence,
    )


def make_result(
    *findings: Finding,
    path: str = "report.pdf",
    tables: tuple[RawTable, ...] | None = None,
    coverage: tuple[TableCoverage, ...] | None = None,
    notes: tuple[str, ...] = (),
    rounding: str = "round-half-up (3 cells fit only round-half-up, 0 only truncation)",
) -> AuditResult:
    tables = (raw_table(),) if tables is None else tables
    if coverage is None:
        coverage = tuple(TableCoverage(t.index, t.page, t.caption, "checked", "", 2) for t in tables)
    return AuditResult(
        path=path,
        format="pdf",
        n_pages=3,
        findings=tuple(findings),
        coverage=coverage,
        rounding=rounding,
        notes=notes,
        raw_tables=tables,
    )


def plain_console(width: int = 120) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=width, color_system=None, highlight=False, markup=False, emoji=False), buf


def colour_console(width: int = 120) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    console = Console(
        file=buf, width=width, force_terminal=True, color_system="standard", highlight=False, markup=False
    )
    return console, buf


def rendered(results, errors=(), *, colour: bool = False, width: int = 120, **kwargs) -> str:
    console, buf = colour_console(width) if colour else plain_console(width)
    render_terminal(list(results), list(errors), console=console, **kwargs)
    return buf.getvalue()


# ------------------------------------------------------------------------------- escaping


def test_markup_in_document_text_is_printed_literally():
    grid = (
        ("Theme", "[bold]No.[/bold]", "%"),
        ("[bold]Communication[/bold]", "66", ":warning:"),
        ("[red]Service", "179", "71%"),
        ("Total", "230", ""),
    )
    f = finding(
        caption="Table 1 [link=https://x]caption[/link]",
        row_label="[red]Total",
        col_label="[bold]No.[/bold]",
        message="[blink]not markup[/blink] :smile:",
    )
    result = make_result(f, tables=(raw_table(grid, caption="Table 1 [link=https://x]caption[/link]"),))
    for colour in (False, True):
        out = ANSI.sub("", rendered([result], colour=colour))
        for literal in (
            "[bold]Communication[/bold]",
            "[red]Service",
            ":warning:",
            "[link=https://x]caption[/link]",
            "[blink]not markup[/blink] :smile:",
            "“[red]Total”",
        ):
            assert literal in out, (colour, literal)


def test_markup_in_file_names_and_notes_is_literal():
    result = make_result(path="[b]odd[/b].pdf", notes=("page 3 [dim]skipped[/dim]",))
    out = rendered([result])
    assert "[b]odd[/b].pdf" in out and "page 3 [dim]skipped[/dim]" in out


# ----------------------------------------------------------------------------- table excerpt


def test_flagged_cell_is_bracketed_without_colour():
    out = rendered([make_result(finding())])
    assert f"{FLAG_OPEN}230{FLAG_CLOSE}" in out
    assert "Communication" in out and "Service" in out  # a small table is shown whole


def test_flagged_cell_is_reversed_and_evidence_underlined_in_colour():
    out = rendered([make_result(finding())], colour=True)
    assert "\x1b[1;7;31m230\x1b[0m" in out  # bold red reverse, hugging the text
    assert "\x1b[4m66\x1b[0m" in out and "\x1b[4m179\x1b[0m" in out  # the evidence
    assert FLAG_OPEN not in out


def test_warning_cell_takes_the_warning_colour():
    out = rendered([make_result(finding(Severity.WARNING))], colour=True)
    assert "\x1b[7;33m230\x1b[0m" in out


def test_no_table_hides_the_excerpt():
    out = rendered([make_result(finding())], show_tables=False)
    assert "SUM001" in out and "Communication" not in out


def big_table(n: int = 40) -> RawTable:
    rows = [("Service", "Number", "% of total")]
    rows += [(f"Service {i}", str(i), "1%") for i in range(1, n)]
    rows.append(("Total", "999", "100%"))
    return raw_table(rows)


def test_long_table_shows_header_flagged_and_evidence_rows_with_gaps():
    table = big_table()
    f = finding(
        row=20, col=2, row_label="Service 20", published="1%", expected="2%", evidence=((20, 1), (40, 1))
    )
    out = rendered([make_result(f, tables=(table,))])
    lines = out.splitlines()
    assert any(line.strip().startswith("Service  ") for line in lines)  # the header row
    assert any("Service 20" in line and f"{FLAG_OPEN}1%{FLAG_CLOSE}" in line for line in lines)
    assert any(line.strip().startswith("Total") and "999" in line for line in lines)  # evidence row
    assert "Service 19 " not in out and "Service 21 " not in out
    assert sum(1 for line in lines if line.strip().startswith("…")) == 2  # a gap either side


def test_evidence_of_many_rows_shows_its_ends():
    table = big_table()
    f = finding(row=40, col=1, evidence=tuple((r, 1) for r in range(1, 40)))
    out = rendered([make_result(f, tables=(table,))])
    for shown in ("Service 1 ", "Service 2 ", "Service 38", "Service 39", "»999«"):
        assert shown in out
    assert "Service 20" not in out


def test_rows_left_out_at_the_end_show_a_gap():
    f = finding(row=5, col=1, row_label="Service 5", published="5", evidence=())
    lines = rendered([make_result(f, tables=(big_table(),))]).splitlines()
    excerpt = lines[lines.index(next(line for line in lines if "»5«" in line)) :]
    assert excerpt[1].split() == ["…", "…", "…"]


def test_wide_table_keeps_the_label_column_and_the_flagged_columns():
    header = ["Area"] + [f"Q{i}" for i in range(1, 15)]
    rows = [
        header,
        ["North"] + [str(i) for i in range(1, 15)],
        ["South"] + [str(10 * i) for i in range(1, 15)],
    ]
    f = finding(row=2, col=9, row_label="South", col_label="Q9", published="90", evidence=((1, 9),))
    out = rendered([make_result(f, tables=(raw_table(rows),))])
    assert "Area" in out and "Q9" in out and "»90«" in out
    assert "Q3" not in out and "Q12" not in out
    header = next(line for line in out.splitlines() if "Area" in line)
    assert header.split() == ["Area", "…", "Q9", "…"]  # a gap before and after the column shown


def test_long_cells_are_cut_and_long_labels_fit_when_there_is_room():
    label = "A remarkably long row label that goes on and on and on"
    rows = (("Theme", "Number"), (label, "66"), ("Service", "179"), ("Total", "230"))
    out = rendered([make_result(finding(), tables=(raw_table(rows),))])
    assert label not in out and "A remarkably long row label" in out and "…" in out


def test_excerpt_survives_a_finding_outside_the_grid():
    f = finding(row=99, col=99, evidence=((50, 50), (1, 1)))
    assert table_excerpt(raw_table(), [f]) is not None
    assert "SUM001" in rendered([make_result(f)])


def test_findings_are_grouped_by_table_in_the_order_given():
    t1, t2 = raw_table(index=1, caption="First table"), raw_table(index=2, caption="Second table")
    f2 = finding(table=2, caption="Second table", code="PCT001", name="share-mismatch")
    f1 = finding(table=1, caption="First table")
    f2b = finding(table=2, caption="Second table", row=2, code="SUM002", name="row-total-mismatch")
    out = rendered([make_result(f2, f1, f2b, tables=(t1, t2))], show_tables=False)
    assert out.index("Second table") < out.index("PCT001") < out.index("SUM002") < out.index("First table")
    assert out.count("Second table") == 1


def test_document_level_finding_has_no_table():
    f = finding(table=None, caption=None, row=None, col=None, row_label=None, col_label=None, evidence=())
    out = rendered([make_result(f)])
    assert "Whole document" in out and "SUM001" in out


def test_missing_expected_value_is_not_printed_as_none():
    out = rendered([make_result(finding(expected=None))])
    assert "published 230" in out and "None" not in out


# ---------------------------------------------------------------------------- overview, summary


def test_header_coverage_rounding_and_notes():
    coverage = (
        TableCoverage(1, 2, "Table 1 - Themes", "checked", "", 4),
        TableCoverage(2, 2, None, "not checked", "no numeric cells (a text table)"),
        TableCoverage(3, 5, None, "not checked", "no numeric cells (a text table)"),
        TableCoverage(4, 5, "Table 4 - Staff", "understood", "no total, share or change"),
    )
    result = make_result(coverage=coverage, notes=("page 7 has no text layer",))
    out = rendered([result])
    assert "report.pdf · pdf · 3 pages" in out
    assert "4 found · 2 understood · 1 checked" in out
    assert "round-half-up (3 cells fit only round-half-up" in out
    assert "page 7 has no text layer" in out
    assert "tables 2 (p. 2), 3 (p. 5): no numeric cells (a text table)" in out
    assert "table 4 (p. 5) “Table 4 - Staff”: no total, share or change" in out


def test_quiet_prints_only_findings_and_summary():
    out = rendered([make_result(finding()), make_result(path="clean.pdf")], quiet=True)
    assert "Rounding" not in out and "found ·" not in out
    assert "SUM001" in out and "clean.pdf: 0 errors" in out
    assert "clean.pdf ·" not in out  # no header for a document with nothing to show


def test_summary_line_counts_by_severity():
    result = make_result(
        finding(Severity.ERROR),
        finding(Severity.WARNING, row=1),
        finding(Severity.WARNING, row=2),
        finding(Severity.INFO, col=2),
    )
    out = rendered([result])
    assert "report.pdf: 1 error, 2 warnings, 1 info (1 of 1 tables checked)" in out


def test_grand_total_for_a_batch():
    a = make_result(finding(), finding(Severity.WARNING, row=1), path="a.pdf")
    b_cov = (TableCoverage(1, 1, None, "checked", "", 1), TableCoverage(2, 1, None, "not checked", "why"))
    b = make_result(finding(Severity.ERROR, file="b.pdf"), path="b.pdf", coverage=b_cov)
    out = rendered([a, b], [("c.pdf", "empty file (0 bytes)")])
    assert out.strip().splitlines()[-1] == (
        "2 errors, 1 warning, 0 info in 3 files (2 tables checked of 3 found); 1 file could not be read"
    )
    assert "a.pdf: 1 error, 1 warning, 0 info (1 of 1 tables checked)" in out


def test_single_document_has_no_grand_total():
    out = rendered([make_result()])
    assert " in 1 file" not in out and "report.pdf: 0 errors, 0 warnings, 0 info" in out


def test_output_is_deterministic():
    results = [make_result(finding(), finding(Severity.INFO, row=1)), make_result(path="x.pdf")]
    assert rendered(results) == rendered(results)


def test_renderer_prints_each_document_as_it_comes():
    console, buf = plain_console()
    renderer = TerminalRenderer(console)
    renderer.document(make_result(path="first.pdf"))
    assert "first.pdf" in buf.getvalue()
    renderer.finish([make_result(path="first.pdf")], [])


def test_no_trailing_padding_on_finding_lines():
    out = rendered([make_result(finding(message="word " * 60))], width=80)
    finding_lines = [line for line in out.splitlines() if "word" in line]
    assert len(finding_lines) > 2 and all(line == line.rstrip() for line in finding_lines)
    assert all(line.startswith(" " * 11) for line in finding_lines[1:])  # hanging indent


# ---------------------------------------------------------------------------------- rules, explain


def test_rules_and_explain_render():
    from auditor.checks.base import load_checks

    checks = load_checks()
    console, buf = plain_console(200)
    render_rules(checks, console)
    for c in checks:
        assert c.code in buf.getvalue() and c.name in buf.getvalue()
    console, buf = plain_console(200)
    render_explain(checks[0], console)
    assert checks[0].doc().splitlines()[0] in buf.getvalue() and "What it checks:" in buf.getvalue()
    rows = json.loads(render_rules_json(checks))
    assert [set(r) for r in rows] == [{"code", "name", "severity", "summary"}] * len(checks)


# ------------------------------------------------------------------------------------------ json


def test_json_follows_the_schema():
    f = finding(interval=(229.5, float("inf")), confidence=0.8)
    data = json.loads(render_json([make_result(f)], [("bad.pdf", "not a valid PDF")]))
    assert list(data) == "schema tool documents errors summary".split()
    assert data["schema"] == SCHEMA == "report-auditor/1"
    assert data["tool"]["name"] == "report-auditor"
    doc = data["documents"][0]
    assert (
        list(doc)
        == "path format pages rounding regime regime_choice claims notes coverage findings summary".split()
    )
    assert list(doc["coverage"]) == "tables_found tables_understood tables_checked tables".split()
    assert list(doc["coverage"]["tables"][0]) == "table page caption status reason checks_run".split()
    out = doc["findings"][0]
    assert list(out) == (
        "code name severity message location published expected interval evidence confidence".split()
    )
    assert (
        list(out["location"]) == "file page table caption row col row_label col_label sentence quote".split()
    )
    assert out["severity"] == "error" and out["evidence"] == [[1, 1], [2, 1]]
    assert out["interval"] == [229.5, None]  # never Infinity: the output stays valid JSON
    assert out["confidence"] == 0.8
    assert data["errors"] == [{"path": "bad.pdf", "reason": "not a valid PDF"}]
    assert data["summary"] == {
        "files": 2,
        "documents": 1,
        "unreadable_files": 1,
        "errors": 1,
        "warnings": 0,
        "info": 0,
        "tables_found": 1,
        "tables_understood": 1,
        "tables_checked": 1,
    }


def test_json_is_deterministic_and_keeps_finding_order():
    fs = [finding(Severity.INFO, row=2), finding(Severity.ERROR, row=1)]
    text = render_json([make_result(*fs)])
    assert text == render_json([make_result(*fs)])
    assert [f["location"]["row"] for f in json.loads(text)["documents"][0]["findings"]] == [2, 1]


def test_json_documents_every_field_it_writes():
    """Every key the renderer writes appears in docs/json-schema.md."""
    from pathlib import Path

    doc = (Path(__file__).parent.parent / "docs" / "json-schema.md").read_text(encoding="utf-8")
    data = json.loads(render_json([make_result(finding())], [("x.pdf", "why")]))

    def keys(obj):
        if isinstance(obj, dict):
            for k, v in obj.items():
                yield k
                yield from keys(v)
        elif isinstance(obj, list):
            for v in obj:
                yield from keys(v)

    missing = {k for k in keys(data) if f"`{k}`" not in doc}
    assert not missing
