"""Word documents (.docx): the tables are exact, so nothing is guessed except the captions.

DOCX has no pages. When Word saved the file it left ``w:lastRenderedPageBreak`` marks where its pages
broke; those give real page numbers. Otherwise explicit page breaks are counted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from auditor.ingest.common import choose_caption, describe_error, normalise_space, rectangular
from auditor.model import Document, InputError, RawTable, TextBlock

_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
_BREAK = qn("w:br")
_BREAK_TYPE = qn("w:type")

_BreakCounter = Callable[[Any], int]  # XML element -> page breaks inside it


def load_docx(path: Path) -> Document:
    try:
        document = docx.Document(str(path))
        return _read_body(path, list(document.iter_inner_content()), _page_break_counter(document))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors, …
        raise InputError(str(path), f"not a valid DOCX ({describe_error(exc, 80)})") from None


def _read_body(path: Path, body: list[Paragraph | Table], page_break: _BreakCounter) -> Document:
    tables: list[RawTable] = []
    blocks: list[TextBlock] = []
    above: list[str] = []  # paragraph texts since the previous table, nearest last
    page = 1
    for item in body:
        if isinstance(item, Paragraph):
            page += page_break(item._p)
            text = normalise_space(item.text)
            if text:
                blocks.append(TextBlock(page=page, text=text))
                above.append(text)
            continue
        rows = _grid(item)
        if any(any(row) for row in rows):
            caption = choose_caption(reversed(above))
            tables.append(
                RawTable(page=page, index=len(tables) + 1, rows=rows, caption=caption, method="docx")
            )
        page += page_break(item._tbl)
        above = []
    return Document(path=str(path), format="docx", n_pages=page, tables=tuple(tables), text=tuple(blocks))


def _grid(table: Table) -> tuple[tuple[str, ...], ...]:
    """Cell texts by grid position; a merged span keeps its text in its first cell and "" elsewhere."""
    rows = []
    for tr in table._tbl.tr_lst:
        row = [""] * tr.grid_before
        for tc in tr.tc_lst:
            continued = tc.vMerge == "continue"  # the cell above holds the text of a vertical merge
            row.append("" if continued else normalise_space(_Cell(tc, table).text))
            row.extend([""] * (tc.grid_span - 1))
        rows.append(row)
    return rectangular(rows)


def _page_break_counter(document: DocxDocument) -> _BreakCounter:
    """A function counting the page breaks inside an XML element, by the convention the file uses."""
    body = document.element.body
    if next(body.iter(_RENDERED_BREAK), None) is not None:
        return lambda element: sum(1 for _ in element.iter(_RENDERED_BREAK))
    return lambda element: sum(1 for br in element.iter(_BREAK) if br.get(_BREAK_TYPE) == "page")
