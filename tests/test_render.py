"""The terminal renderer: markup in documents prints literally, flagged cells are shown."""

from __future__ import annotations

import io

from rich.console import Console

from auditor.engine import audit_document
from auditor.render.terminal import render_terminal
from tests.tabletext import document


def rendered(doc, **kwargs) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=120, force_terminal=False, color_system=None)
    render_terminal([audit_document(doc)], console=console, **kwargs)
    return buf.getvalue()


def test_markup_in_cells_is_printed_literally():
    doc = document(
        """
        Theme | No. received
        [bold]Communication[/bold] | 66
        [red]Service | 179
        Total | 230
        """,
        captions=("Table 1 [link=x]caption[/link]",),
    )
    out = rendered(doc)
    assert "[bold]Communication[/bold]" in out
    assert "[red]Service" in out
    assert "[link=x]caption[/link]" in out


def test_finding_and_table_excerpt_are_shown():
    doc = document("Theme | No. received\nCommunication | 66\nService | 179\nTotal | 230")
    out = rendered(doc)
    assert "SUM001" in out and "published 230" in out and "expected 245" in out
    assert "Communication" in out  # the table excerpt
    assert "1 error, 0 warnings, 0 info" in out


def test_no_table_option_hides_the_excerpt():
    doc = document("Theme | No. received\nCommunication | 66\nService | 179\nTotal | 230")
    out = rendered(doc, show_tables=False)
    assert "SUM001" in out and "Communication" not in out


def test_long_tables_show_only_rows_around_findings():
    rows = "\n".join(f"Service {i} | {i}" for i in range(1, 30))
    doc = document(f"Service | Number\n{rows}\nTotal | 400")
    out = rendered(doc)
    assert "⋮" in out and "Service 15 " not in out and "Total" in out
