"""PDF: pdfium reads every page's text cheaply; camelot reads the tables on pages that look tabular.

Broken input is turned into an ``InputError`` with a reason a user understands; a page on which
camelot fails is skipped with a note, and the rest of the document is still read.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from auditor.ingest.cells import clean_cell, vocabulary
from auditor.ingest.common import (
    describe_error,
    drop_empty_edges,
    looks_like_caption,
    normalise_space,
    rectangular,
)
from auditor.ingest.continuation import join_continued, join_wrapped_labels, split_at_captions
from auditor.ingest.pdf_layout import aligned, outside_tables, with_captions
from auditor.ingest.pdf_tables import FoundTable, PageTables
from auditor.ingest.pdf_text import Line, PageText, paragraphs, read_page
from auditor.model import Document, InputError, RawTable, TextBlock

_QUIET_LOGGERS = ("playa", "camelot", "pypdfium2", "pdfminer")
_EOF_WINDOW = 8192  # "%%EOF" must appear this close to the end of a complete file


@dataclass(frozen=True)
class _Page:
    text: PageText
    tables: PageTables | None  # None: not looked at by camelot (no table-like content, or it failed)

    def parts(self) -> tuple[list[FoundTable], list[Line]]:
        """The page's tables with their captions, and its text lines outside the tables."""
        if self.tables is None:
            return [], list(self.text.lines)
        lines = aligned(self.text.lines, self.tables.lines) or list(self.tables.lines)
        tables = with_captions(self.tables.tables, lines)
        return tables, outside_tables(lines, tables)


def load_pdf(path: Path) -> Document:
    _check_complete(path)
    with quiet():
        texts = _read_texts(path)
        if not any(page.has_text for page in texts):
            raise InputError(str(path), "scanned PDF with no text layer")
        tables, notes = _read_tables(path, [page.number for page in texts if page.looks_tabular])
    pages = [_Page(text, tables.get(text.number)) for text in texts]
    notes += _text_layer_notes(texts)
    return _assemble(path, pages, notes)


# ---------------------------------------------------------------------------------------- opening


def _check_complete(path: Path) -> None:
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - _EOF_WINDOW))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise InputError(str(path), "truncated or damaged PDF")


def _read_texts(path: Path) -> list[PageText]:
    pdf = _open(path)
    try:
        if len(pdf) == 0:
            raise InputError(str(path), "PDF without pages")
        return [_read_text(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise InputError(str(path), _open_failure(exc)) from None


def _open_failure(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    message = str(exc).lower()
    if code == pdfium_c.FPDF_ERR_PASSWORD or "password" in message:
        return "encrypted PDF (password required)"
    if code == pdfium_c.FPDF_ERR_SECURITY or "security" in message:
        return "encrypted PDF (unsupported security handler)"
    return "truncated or damaged PDF"


def _read_text(pdf: pdfium.PdfDocument, index: int) -> PageText:
    """A page pdfium cannot load counts as a page without text (it is named in the notes)."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return PageText(number=index + 1, lines=(), has_rules=False)
    try:
        return read_page(page, index + 1)
    except pdfium.PdfiumError:
        return PageText(number=index + 1, lines=(), has_rules=False)
    finally:
        page.close()


@contextlib.contextmanager
def quiet() -> Iterator[list[str]]:
    """Keep the PDF libraries' warnings and log messages off the user's terminal; yield them instead."""
    captured: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            captured.append(record.getMessage())

    handler = _Collect(level=logging.DEBUG)
    saved = []
    for name in _QUIET_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate, list(logger.handlers)))
        logger.handlers = [handler]
        logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield captured
        captured.extend(str(w.message) for w in caught)
    finally:
        for logger, propagate, handlers in saved:
            logger.handlers = handlers
            logger.propagate = propagate


# ---------------------------------------------------------------------------------------- tables


def _read_tables(path: Path, numbers: list[int]) -> tuple[dict[int, PageTables], list[str]]:
    if not numbers:
        return {}, []
    import playa  # deferred: camelot and its dependencies take half a second to import

    from auditor.ingest.pdf_tables import extract_page

    found: dict[int, PageTables] = {}
    notes: list[str] = []
    try:
        with playa.open(str(path), space="page") as doc:
            for number in numbers:
                try:
                    found[number] = extract_page(str(path), doc.pages[number - 1], number)
                except Exception as exc:  # noqa: BLE001 - a page camelot cannot read must not stop the rest
                    notes.append(f"page {number}: table extraction failed ({describe_error(exc)})")
    except Exception as exc:  # noqa: BLE001 - playa cannot open what pdfium could: keep the text
        notes.append(f"tables not extracted ({describe_error(exc)})")
    return found, notes


def _text_layer_notes(texts: list[PageText]) -> list[str]:
    blank = [page.number for page in texts if not page.has_text]
    if not blank:
        return []
    listed = ", ".join(str(n) for n in blank[:10]) + (", …" if len(blank) > 10 else "")
    return [f"{len(blank)} page(s) without a text layer (scanned?), not read: {listed}"]


# ---------------------------------------------------------------------------------------- document


def _assemble(path: Path, pages: list[_Page], notes: list[str]) -> Document:
    blocks: list[TextBlock] = []
    found: list[tuple[int, FoundTable]] = []
    for page in pages:
        tables, lines = page.parts()
        blocks += [TextBlock(page=page.text.number, text=text) for text in paragraphs(lines) if text]
        found += [(page.text.number, table) for table in tables]
        tail = _table_start_at_page_foot(lines)
        if tail is not None:
            found.append((page.text.number, tail))
    # Words printed whole somewhere (prose, or a cell on one line) tell a word broken across a
    # narrow cell's lines ("Educa" / "tion") from two words.
    whole_cells = [cell for _, table in found for row in table.rows for cell in row if "\n" not in cell]
    vocab = vocabulary([block.text for block in blocks] + whole_cells)
    tables: list[RawTable] = []
    for number, table in found:
        for caption, rows in (
            split_at_captions(table.rows) if "stream" in table.method else [(None, table.rows)]
        ):
            part = table if caption is None and rows == table.rows else _replace_rows(table, rows, caption)
            raw = _raw_table(part, number, len(tables) + 1, vocab)
            if raw is not None:
                tables.append(raw)
    tables = [t for t in join_continued(tables) if t.n_rows >= 2]
    tables = [
        replace(t, index=i + 1, rows=join_wrapped_labels(t.rows) if "stream" in t.method else t.rows)
        for i, t in enumerate(tables)
    ]
    return Document(
        path=str(path),
        format="pdf",
        n_pages=len(pages),
        tables=tuple(tables),
        text=tuple(blocks),
        notes=tuple(notes),
    )


def _wrapped_labels_joined(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Stream puts each line of a wrapped row label on its own row: "Murder and nonnegligent" with no
    figures, then "manslaughter" with the figures. Join such a pair into one row."""
    out: list[tuple[str, ...]] = []
    for row in rows:
        last = out[-1] if out else None
        if last and last[0] and not any(last[1:]) and row[0][:1].islower() and any(row[1:]):
            out[-1] = (f"{last[0]} {row[0]}", *row[1:])
        else:
            out.append(row)
    return tuple(out)


def _table_start_at_page_foot(lines: list[Line]) -> FoundTable | None:
    """A caption and the first rows of a borderless table at the very foot of a page, too few lines
    for camelot to see as a table: kept as a table of its own, so that the rest of it on the next
    page is joined to it (and keeps its caption and heading)."""
    ordered = sorted(lines, key=lambda line: -line.y1)
    for i in range(len(ordered) - 1, -1, -1):
        if looks_like_caption(ordered[i].text):
            rows = [line.segments for line in ordered[i + 1 :]]
            widths = {len(r) for r in rows}
            if rows and len(widths) == 1 and widths.pop() >= 2 and len(rows) <= 3:
                box = (ordered[-1].x0, ordered[-1].y0, ordered[i].x1, ordered[i].y1)
                return FoundTable(tuple(rows), box, "text-lines", None, normalise_space(ordered[i].text))
            return None
    return None


def _replace_rows(found: FoundTable, rows, caption: str | None) -> FoundTable:
    return replace(found, rows=rows, caption=caption or found.caption)


def _raw_table(found: FoundTable, page: int, index: int, vocab: frozenset[str]) -> RawTable | None:
    rows = drop_empty_edges(rectangular([clean_cell(cell, vocab) for cell in row] for row in found.rows))
    if "stream" in found.method:
        rows = join_wrapped_labels(_wrapped_labels_joined(rows))
    if not rows or len(rows[0]) < 2:
        return None  # a one-row part is kept: the next page may carry its table on
    return RawTable(
        page=page,
        index=index,
        rows=rows,
        caption=found.caption,
        bbox=found.bbox,
        confidence=found.confidence,
        method=found.method,
    )
