"""Tables on one PDF page, through camelot's parsers sharing one layout analysis.

The strategy, per page (figures measured on the corpus are in benchmarks/extraction.py):

1. Lattice on the page's vector ruling lines (no rendering). Word draws table borders as vector lines,
   and where a table is fully ruled lattice is exact.
2. A ruled table whose cells hold several figures each is only partly ruled (rows without lines
   between them): its area is read again by stream, with the column edges lattice found, and the
   reading that keeps more cells holding a single figure wins.
3. Stream on the text outside the ruled tables finds borderless tables; "tables" that are really
   prose (one column, or long wordy cells with few figures) are dropped.

Layout analysis is the expensive part (0.005-0.1 s a page); the parsers themselves take milliseconds,
which is why both run on every page that reaches this module.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from camelot.parsers import Lattice, Stream
from camelot.utils import get_image_char_and_text_objects, get_page_layout, get_rotation

from auditor.ingest.common import looks_like_caption, normalise_space
from auditor.ingest.pdf_text import Line, is_figure

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in camelot's (upright) page space

_PROSE_WORDS = 7  # a cell with this many words or more reads as prose


@dataclass(frozen=True)
class FoundTable:
    rows: tuple[tuple[str, ...], ...]  # cell texts as camelot gives them (line breaks kept)
    bbox: Box
    method: str
    confidence: float | None
    caption: str | None = None


@dataclass(frozen=True)
class PageTables:
    tables: tuple[FoundTable, ...]
    lines: tuple[Line, ...]  # all the page's horizontal text lines as camelot's layout analysis saw them


@dataclass(frozen=True)
class _Layout:
    layout: Any
    dimensions: tuple[float, float]
    images: list
    horizontal: list
    vertical: list
    rotation: str


def extract_page(path: str, page: Any, number: int) -> PageTables:
    """Tables and text lines of one playa page (1-based ``number``), in camelot's page space."""
    layout = _layout(page)
    ruled = [_refine(path, layout, number, t) for t in _parse(Lattice(engine="vector"), path, layout, number)]
    ruled = [t for t in ruled if _is_grid(t.rows, min_rows=1)]
    outside = [ln for ln in layout.horizontal if not _inside_any(ln.bbox, [t.bbox for t in ruled])]
    loose = [
        b for t in _parse(Stream(), path, layout, number, horizontal=outside) for b in _blocks(t, "stream")
    ]
    loose = [t for t in loose if _is_grid(t.rows) and not _is_prose(t.rows)]
    tables = sorted(ruled + loose, key=lambda t: (-t.bbox[3], t.bbox[0]))
    lines = tuple(line for line in map(_line, layout.horizontal) if line.text)
    return PageTables(tables=tuple(tables), lines=lines)


# -------------------------------------------------------------------------------------------- camelot


def _layout(page: Any) -> _Layout:
    """Layout analysis, turned upright when the text runs sideways (as camelot's own handler does).

    Text lines are all the parsers read; ordering them into text boxes (``boxes_flow``) is skipped,
    which makes the analysis about three times faster on dense pages.
    """
    layout, dimensions = get_page_layout(page, boxes_flow=None)
    images, chars, horizontal, vertical = get_image_char_and_text_objects(layout)
    rotation = get_rotation(chars, horizontal, vertical)
    if rotation:
        turn = -90 if rotation == "clockwise" else 90
        page.set_initial_ctm(page.space, page.rotate + turn)
        layout, dimensions = get_page_layout(page, boxes_flow=None)
        images, chars, horizontal, vertical = get_image_char_and_text_objects(layout)
    return _Layout(layout, dimensions, images, horizontal, vertical, rotation)


def _parse(parser: Any, path: str, lay: _Layout, number: int, horizontal: list | None = None) -> list:
    text = lay.horizontal if horizontal is None else horizontal
    parser.prepare_page_parse(
        path,
        lay.layout,
        lay.dimensions,
        number,
        lay.images,
        text,
        lay.vertical,
        lay.rotation,
        layout_kwargs={},
    )
    return list(parser.extract_tables())


def _found(table: Any, method: str) -> FoundTable:
    accuracy = getattr(table, "accuracy", None)
    return FoundTable(
        rows=tuple(tuple(row) for row in table.data),
        bbox=tuple(float(v) for v in table._bbox),
        method=method,
        confidence=round(accuracy / 100, 4) if accuracy is not None else None,
    )


def _blocks(table: Any, method: str) -> list[FoundTable]:
    """A stream table split where a row is a lone line of prose (stream often takes in the
    paragraphs around a borderless table), each part starting below its caption row if it has one."""
    whole = _found(table, method)
    x0, _, x1, _ = whole.bbox
    blocks: list[FoundTable] = []
    start = 0
    for end in [*(i for i, row in enumerate(whole.rows) if _is_prose_row(row)), len(whole.rows)]:
        start, caption = _below_caption(whole.rows, start, end)
        if end - start >= 2:
            top, bottom = table.rows[start][0], table.rows[end - 1][1]
            part = whole.rows[start:end]
            blocks.append(_replace(whole, rows=part, bbox=(x0, bottom, x1, top), caption=caption))
        start = end + 1
    return blocks


def _below_caption(rows: tuple[tuple[str, ...], ...], start: int, end: int) -> tuple[int, str | None]:
    """Stream takes the caption in as a row holding one cell: the table starts below it."""
    for i in range(start, min(start + 3, end)):
        filled = [c for c in rows[i] if c.strip()]
        if len(filled) != 1:
            break
        if looks_like_caption(filled[0]):
            return i + 1, normalise_space(filled[0])
    return start, None


def _is_prose_row(row: Sequence[str]) -> bool:
    filled = [c for c in row if c.strip()]
    return len(filled) == 1 and len(filled[0].split()) >= _PROSE_WORDS and not looks_like_caption(filled[0])


def _replace(table: FoundTable, **changes: Any) -> FoundTable:
    return FoundTable(**{**table.__dict__, **changes})


def _refine(path: str, lay: _Layout, number: int, table: Any) -> FoundTable:
    """A partly ruled table (figures side by side in one cell) read again by stream inside its area,
    with lattice's column edges and with stream's own; the reading with the best score wins."""
    ruled = _found(table, "lattice")
    if not any(_merged(cell) for row in ruled.rows for cell in row):
        return ruled
    x0, y0, x1, y1 = ruled.bbox
    area = f"{x0},{y1},{x1},{y0}"
    edges = ",".join(f"{col[1]:.2f}" for col in table.cols[:-1])
    readings = [ruled]
    streams = [Stream(table_areas=[area], columns=[edges])] if edges else []
    for stream in [*streams, Stream(table_areas=[area])]:
        again = [b for t in _parse(stream, path, lay, number) for b in _blocks(t, "lattice+stream")]
        if len(again) == 1:
            readings.append(again[0])
    return max(readings, key=lambda t: _score(t.rows))  # the first of equals: lattice


# ---------------------------------------------------------------------------------------- judging grids


def _merged(cell: str) -> bool:
    """Two figures side by side in one cell: a row or column boundary was missed."""
    tokens = cell.split()
    return any(is_figure(a) and is_figure(b) for a, b in itertools.pairwise(tokens))


def _score(rows: Sequence[Sequence[str]]) -> int:
    """Cells holding exactly one figure, less twice the cells holding several."""
    score = 0
    for cell in (c for row in rows for c in row):
        if _merged(cell):
            score -= 2
        elif is_figure(cell):
            score += 1
    return score


def _is_grid(rows: Sequence[Sequence[str]], min_rows: int = 2) -> bool:
    """A ruled grid of one row is kept too: it may be the end of a table from the page before."""
    filled_rows = sum(1 for row in rows if sum(1 for c in row if c.strip()) >= 2)
    return len(rows) >= min_rows and len(rows[0]) >= 2 and filled_rows >= min_rows


def _is_prose(rows: Sequence[Sequence[str]]) -> bool:
    """Paragraphs that stream laid out as a grid: few figures, and mostly rows of one cell, rows that
    open with a wordy cell, or cells that continue a sentence (columns of prose side by side).
    A text table (short labels, then longer text) is kept."""
    filled = [[c for c in row if c.strip()] for row in rows]
    cells = [c for row in filled for c in row]
    figures = sum(1 for c in cells if is_figure(c))
    if figures >= 0.3 * len(cells):
        return False
    lone = sum(1 for row in filled if len(row) <= 1)
    wordy_first = sum(1 for row in filled if row and len(row[0].split()) >= _PROSE_WORDS)
    continuing = sum(1 for c in cells if c[:1].islower())
    return lone >= 0.5 * len(rows) or wordy_first >= 0.5 * len(rows) or continuing >= 0.5 * len(cells)


# ---------------------------------------------------------------------------------------- text


def _line(text_line: Any) -> Line:
    x0, y0, x1, y1 = text_line.bbox
    return Line(x0=x0, y0=y0, x1=x1, y1=y1, text=normalise_space(text_line.get_text()))


def _inside_any(box: Box, areas: list[Box]) -> bool:
    """The centre of ``box`` lies within one of ``areas``."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] <= cx <= a[2] and a[1] <= cy <= a[3] for a in areas)
