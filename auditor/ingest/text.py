"""Plain text and TSV: tab-separated lines are table rows, everything else is narrative.

Two shapes of table occur in text copied out of council reports:

* grid rows: one table row per line, cells separated by tabs. A blank line inside a table followed by
  another row with the same number of cells continues the table; a row of dashes is a rule.
* a "vertical dump" (Word-to-text): every cell on its own line as ``\\t<cell>``, each row introduced by a
  line holding only a tab. Consecutive rows with the same number of cells are put back into a grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from auditor.ingest.common import choose_caption, looks_like_caption, normalise_space, rectangular
from auditor.model import Document, RawTable, TextBlock

_RULE_CELL = re.compile(r"^[-–—=_:]{3,}$")
_FIGURE = re.compile(r"^[(<>£$-]?\d[\d,.%()\s]*$")
_LONGEST_CELL = 100  # a longer "cell" in a vertical dump is a paragraph of prose
_LIST_MARK = re.compile(r"^\s*(?:[-•·*]\s|\d+(?:\.\d+)*\.?\s)")


@dataclass(frozen=True)
class _Line:
    page: int
    text: str
    cells: tuple[str, ...] | None  # stripped cells when the line has a tab

    @property
    def blank(self) -> bool:
        return self.cells is None and not self.text.strip()

    @property
    def is_rule(self) -> bool:
        filled = [c for c in self.cells or () if c]
        return bool(filled) and all(_RULE_CELL.match(c) for c in filled)

    @property
    def is_vertical(self) -> bool:
        """``\\t<cell>``: one cell of a table whose cells were dumped one per line."""
        return self.cells is not None and len(self.cells) == 2 and not self.cells[0]

    @property
    def is_marker(self) -> bool:
        return self.is_vertical and not self.cells[1]

    @property
    def is_row(self) -> bool:
        return self.cells is not None and not self.is_vertical and not self.is_rule


@dataclass
class _Parsed:
    tables: list[tuple[int, tuple[tuple[str, ...], ...], str | None]] = field(default_factory=list)
    narrative: list[tuple[int, str]] = field(default_factory=list)  # (page, line) in order, "" = break


def load_text(path: Path, content: str) -> Document:
    lines = _split_lines(content)
    parsed = _Parsed()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.is_row:
            i = _take_grid(lines, i, parsed)
        elif line.is_vertical:
            i = _take_vertical(lines, i, parsed)
        else:
            if not line.is_rule:
                parsed.narrative.append((line.page, "" if line.blank else line.text))
            i += 1
    tables = tuple(
        RawTable(page=page, index=n + 1, rows=rows, caption=caption, method="text")
        for n, (page, rows, caption) in enumerate(parsed.tables)
    )
    n_pages = lines[-1].page if lines else 1
    return Document(
        path=str(path), format="text", n_pages=n_pages, tables=tables, text=_blocks(parsed.narrative)
    )


def _split_lines(content: str) -> list[_Line]:
    result = []
    page = 1
    for raw in content.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        page += raw.count("\f")
        raw = raw.replace("\f", "")
        cells = tuple(normalise_space(c) for c in raw.split("\t")) if "\t" in raw else None
        result.append(_Line(page=page, text=raw, cells=cells))
    return result


# ------------------------------------------------------------------------------------------ grid rows


def _take_grid(lines: list[_Line], start: int, parsed: _Parsed) -> int:
    """Collect the table that starts at ``start``; return the index of the first line after it."""
    rows = [lines[start].cells]
    i = end = start + 1  # ``end``: one past the last line that belongs to the table
    while i < len(lines):
        line = lines[i]
        adjacent = i == end
        if line.is_row and (adjacent or _continues(rows, line.cells)):
            rows.append(line.cells)
            end = i + 1
        elif line.is_rule and adjacent:
            end = i + 1
        elif not (line.blank or line.is_rule):
            break
        i += 1
    if len(rows) < 2:
        parsed.narrative.append((lines[start].page, " ".join(c for c in rows[0] if c)))
        return end
    caption = choose_caption(_texts_before(lines, start), look_back=1)
    parsed.tables.append((lines[start].page, rectangular(rows), caption))
    return end


def _continues(rows: list[tuple[str, ...]], cells: tuple[str, ...]) -> bool:
    """After a blank line: the same number of cells, and not the header of a new table."""
    return len(cells) == len(rows[-1]) and cells != rows[0]


def _texts_before(lines: list[_Line], start: int) -> list[str]:
    """Non-empty narrative lines above ``start``, nearest first (stopping at a table row)."""
    texts = []
    for line in reversed(lines[:start]):
        if line.is_row:
            break
        text = line.cells[1] if line.is_vertical else line.text
        if text.strip():
            texts.append(text)
    return texts


# ------------------------------------------------------------------------------------ vertical dumps


def _take_vertical(lines: list[_Line], start: int, parsed: _Parsed) -> int:
    i = start
    while i < len(lines) and (lines[i].is_vertical or lines[i].blank or lines[i].is_rule):
        i += 1
    groups = _groups(lines[start:i])
    texts_before = _texts_before(lines, start)
    j = 0
    while j < len(groups):
        if _is_corner_less_header(groups, j):
            groups[j] = ["", *groups[j]]  # the header row lost its empty top-left cell
        k = _run_end(groups, j)
        if k - j >= 2 and _plausible_table(groups[j:k]):
            _add_vertical_table(groups, j, k, lines[start].page, texts_before, parsed)
            j = k
        else:
            parsed.narrative.extend((lines[start].page, c) for c in groups[j] if c)
            parsed.narrative.append((lines[start].page, ""))
            texts_before = [c for c in reversed(groups[j]) if c] + texts_before
            j += 1
    return i


def _groups(lines: list[_Line]) -> list[list[str]]:
    """Split into rows: a line holding only a tab after a blank line (or first) starts a row."""
    groups: list[list[str]] = []
    after_blank = True
    for line in lines:
        if line.blank or line.is_rule:
            after_blank = True
            continue
        if line.is_marker and after_blank:
            groups.append([])
        else:
            if not groups:
                groups.append([])
            groups[-1].append(line.cells[1])
        after_blank = False
    return [g for g in groups if any(g)]


def _run_end(groups: list[list[str]], j: int) -> int:
    width = len(groups[j])
    k = j + 1
    while k < len(groups) and width >= 2 and len(groups[k]) == width:
        k += 1
    return k


def _is_corner_less_header(groups: list[list[str]], j: int) -> bool:
    if j + 2 >= len(groups) or len(groups[j]) < 2:
        return False
    width = len(groups[j + 1])
    return width == len(groups[j]) + 1 and _run_end(groups, j + 1) - (j + 1) >= 2


def _plausible_table(rows: list[list[str]]) -> bool:
    """Numbers in the body (beyond the label column) and no paragraph-length cells."""
    body = [cell for row in rows[1:] for cell in row[1:]]
    has_figures = any(_FIGURE.match(cell) for cell in body)
    return has_figures and all(len(cell) <= _LONGEST_CELL for row in rows for cell in row)


def _add_vertical_table(
    groups: list[list[str]], j: int, k: int, page: int, texts_before: list[str], parsed: _Parsed
) -> None:
    rows = [list(g) for g in groups[j:k]]
    caption = None
    if looks_like_caption(rows[0][0]):
        caption, rows[0][0] = normalise_space(rows[0][0]), ""
    nearest = list(reversed(groups[j - 1])) if j > 0 else []
    caption = caption or choose_caption([t for t in nearest + texts_before if t], look_back=2)
    parsed.tables.append((page, rectangular(rows), caption))


# ------------------------------------------------------------------------------------------ narrative


def _blocks(narrative: list[tuple[int, str]]) -> tuple[TextBlock, ...]:
    """Paragraphs: consecutive lines up to a blank line; a bullet or numbered line starts a new one."""
    blocks: list[TextBlock] = []
    current: list[str] = []
    page = 1

    def flush() -> None:
        text = normalise_space(" ".join(current))
        if text:
            blocks.append(TextBlock(page=page, text=text))
        current.clear()

    for line_page, text in narrative:
        if not text.strip() or _LIST_MARK.match(text) or line_page != page:
            flush()
            page = line_page
        if text.strip():
            current.append(text)
    flush()
    return tuple(blocks)
