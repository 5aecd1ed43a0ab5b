"""One PDF page put together: pdfium's text lines placed over camelot's tables, captions, narrative.

pdfium's text is the one read for the narrative and the captions: camelot's layout analysis sometimes
files the first letter of a line as vertical text ("he majority of …"). The two libraries measure the
page in frames that differ by a shift (both turn the page so that the text runs left to right), so the
shift is found from lines whose text both read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from auditor.ingest.common import looks_like_caption, normalise_space
from auditor.ingest.pdf_tables import Box, FoundTable
from auditor.ingest.pdf_text import Line

CAPTION_REACH = 4.0  # a caption sits at most this many line heights above its table
_MATCH_LENGTH = 8  # lines shorter than this are too common to pair up
_AGREE = 3.0  # points within which the shifts found from different lines must agree


def aligned(lines: Sequence[Line], reference: Sequence[Line]) -> list[Line] | None:
    """``lines`` shifted into the frame of ``reference``; None when too few lines pair up to tell."""
    shifts = _shifts(lines, reference)
    if not shifts:
        return None
    dx = median(s[0] for s in shifts)
    dy = median(s[1] for s in shifts)
    agreeing = sum(1 for sx, sy in shifts if abs(sx - dx) <= _AGREE and abs(sy - dy) <= _AGREE)
    if agreeing < min(2, len(shifts)) or agreeing < 0.5 * len(shifts):
        return None
    return [Line(ln.x0 - dx, ln.y0 - dy, ln.x1 - dx, ln.y1 - dy, ln.text, ln.segments) for ln in lines]


def _shifts(lines: Sequence[Line], reference: Sequence[Line]) -> list[tuple[float, float]]:
    """(dx, dy) from each reference line to the one line that reads the same or starts the same."""
    by_text: dict[str, list[Line]] = {}
    for line in lines:
        by_text.setdefault(line.text, []).append(line)
    shifts = []
    for ref in reference:
        if len(ref.text) < _MATCH_LENGTH:
            continue
        same = by_text.get(ref.text) or [ln for ln in lines if ln.text.startswith(ref.text)]
        if len(same) == 1:
            match = same[0]
            shifts.append((match.x0 - ref.x0, _middle(match) - _middle(ref)))
    return shifts


def _middle(line: Line) -> float:
    return (line.y0 + line.y1) / 2


def outside_tables(lines: Sequence[Line], tables: Sequence[FoundTable]) -> list[Line]:
    areas = [t.bbox for t in tables]
    return [ln for ln in lines if not _inside_any(ln, areas)]


def _inside_any(line: Line, areas: list[Box]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, _middle(line)
    return any(a[0] <= cx <= a[2] and a[1] <= cy <= a[3] for a in areas)


# ------------------------------------------------------------------------------------------- captions


def with_captions(tables: Sequence[FoundTable], lines: Sequence[Line]) -> list[FoundTable]:
    return [t if t.caption else _replace_caption(t, _caption_above(t.bbox, lines)) for t in tables]


def _replace_caption(table: FoundTable, caption: str | None) -> FoundTable:
    return FoundTable(table.rows, table.bbox, table.method, table.confidence, caption)


def _caption_above(bbox: Box, lines: Sequence[Line]) -> str | None:
    """The nearest "Table N …" line a short way above the table, with its run-on lines."""
    x0, _, x1, top = bbox
    above = [ln for ln in lines if _middle(ln) > top and ln.x1 > x0 and ln.x0 < x1]
    above.sort(key=lambda ln: ln.y0)
    for i, line in enumerate(above):
        if line.y0 - top > CAPTION_REACH * line.height:
            break
        if looks_like_caption(line.text):
            return _with_run_on(line, above[:i])
    return None


def _with_run_on(caption: Line, below: list[Line]) -> str:
    """A caption wrapped onto further lines between it and the table."""
    parts = [caption.text]
    last = caption
    for line in reversed(below):  # nearest to the caption first
        close = last.y0 - line.y1 <= 0.6 * last.height
        if not close or looks_like_caption(line.text) or not _under(caption, line) or len(line.segments) > 1:
            break  # a gap, another caption, or the table's own header row
        parts.append(line.text)
        last = line
    return normalise_space(" ".join(parts))


def _under(caption: Line, line: Line) -> bool:
    """Set like a continuation of the caption: flush with its left edge, or centred under it."""
    flush = abs(line.x0 - caption.x0) <= 2 * caption.height
    centred = abs((line.x0 + line.x1) - (caption.x0 + caption.x1)) / 2 <= 0.1 * (caption.x1 - caption.x0)
    return flush or centred
