"""The text layer of a PDF page through pdfium: lines, paragraphs, and a cheap look for tables.

pdfium reads a page in a few milliseconds, so every page is read here; only the pages that look as if
they hold a table (ruling lines, or lines with several figures separated by wide gaps) are handed to
camelot, whose layout analysis costs far more.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from auditor.ingest.common import normalise_space

# A gap between two characters of one line wider than this many line heights separates table cells.
WIDE_GAP = 1.0
# A vertical gap between two lines larger than this many line heights starts a new paragraph.
PARAGRAPH_GAP = 0.5

_FIGURE_CHARS = set("0123456789,.%()£$€<>+-−–↑↓*/")
_RECENT = 6  # paragraphs still open for a following line
_SAME_LINE_GAP = 3.0  # pieces of one line closer than this many line heights are one line
_LIST_MARK = re.compile(r"^(?:[•·▪●◦‐-]\s|\d+(?:\.\d+)+\s)")


@dataclass(frozen=True)
class Line:
    """One line of text with its box (x0, y0, x1, y1; y grows upwards) and its cell-like segments."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    segments: tuple[str, ...] = ()  # pieces separated by wide gaps

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)

    @property
    def figures_apart(self) -> int:
        """How many of the pieces standing apart (as cells of a table row do) are figures."""
        return sum(1 for s in self.segments if is_figure(s)) if len(self.segments) >= 2 else 0


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based
    lines: tuple[Line, ...]
    has_rules: bool

    @property
    def has_text(self) -> bool:
        return any(line.text for line in self.lines)

    @property
    def looks_tabular(self) -> bool:
        """Ruling lines; or two lines with several figures apart; or three lines in columns."""
        several = sum(1 for line in self.lines if line.figures_apart >= 2)
        columned = sum(1 for line in self.lines if len(line.segments) >= 2)
        return self.has_rules or several >= 2 or columned >= 3


def is_figure(text: str) -> bool:
    """A number as printed in a table: "1,602", "18%", "(47%)", "↓ 18%", "2019/20"."""
    ink = text.replace(" ", "")
    if not any(ch.isdigit() for ch in ink):
        return False
    return sum(ch in _FIGURE_CHARS for ch in ink) >= 0.6 * len(ink)


def read_page(page: pdfium.PdfPage, number: int) -> PageText:
    textpage = page.get_textpage()
    try:
        chars = _chars(textpage)
    finally:
        textpage.close()
    lines = tuple(_line(run) for run in _runs(_upright(chars)) if run)
    return PageText(
        number=number, lines=tuple(line for line in lines if line.text), has_rules=_has_rules(page)
    )


# ------------------------------------------------------------------------------------------ characters

_Char = tuple[str, float, float, float, float]  # text, x0, y0, x1, y1
_LINE_END_HYPHEN = 2  # pdfium reports a hyphen at the end of a line as U+0002


def _chars(textpage: pdfium.PdfTextPage) -> list[_Char]:
    chars: list[_Char] = []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
        if code == _LINE_END_HYPHEN:  # a hyphen that ended a line: keep it, and break the line there
            x0, x1, y0, y1 = _loose_box(textpage, i)
            chars += [("-", x0, y0, x1, y1), ("\n", 0.0, 0.0, 0.0, 0.0)]
        elif code in (10, 13):
            chars.append(("\n", 0.0, 0.0, 0.0, 0.0))
        elif code < 32 or code >= 0x110000 or chr(code).isspace():
            chars.append((" ", 0.0, 0.0, 0.0, 0.0))
        else:
            x0, x1, y0, y1 = _loose_box(textpage, i)
            chars.append((chr(code), x0, y0, x1, y1))
    return chars


def _loose_box(textpage: pdfium.PdfTextPage, index: int) -> tuple[float, float, float, float]:
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    return left, right, bottom, top


def _runs(chars: list[_Char]) -> list[list[_Char]]:
    """Split pdfium's reading order into lines: at the line breaks it generates, and where the next
    character is not beside the previous one (pdfium leaves the breaks out on some pages)."""
    runs: list[list[_Char]] = [[]]
    last: _Char | None = None
    for char in chars:
        if char[0] == "\n" or (char[0] != " " and last is not None and not _beside(last, char)):
            if runs[-1]:
                runs.append([])
            last = None
        if char[0] == "\n":
            continue
        runs[-1].append(char)
        if char[0] != " ":
            last = char
    return runs


def _beside(a: _Char, b: _Char) -> bool:
    """``b`` follows ``a`` on the same (upright) line: overlapping heights, not far back to the left."""
    height = min(a[4] - a[2], b[4] - b[2])
    overlap = min(a[4], b[4]) - max(a[2], b[2])
    return overlap > 0.5 * height and b[1] > a[1] - height


def _upright(chars: list[_Char]) -> list[_Char]:
    """Turn the page so that most text runs left to right (rotated pages, sideways tables)."""
    turn = _dominant_direction(chars)
    if turn == 0:
        return chars
    return [char if char[0] in " \n" else _turn(char, turn) for char in chars]


def _dominant_direction(chars: list[_Char]) -> int:
    """Vote over neighbouring characters: which way does the text advance?"""
    votes: Counter[int] = Counter()
    ink = [c for c in chars if c[0] not in " \n"]
    for a, b in itertools.pairwise(ink):
        dx = (b[1] + b[3]) - (a[1] + a[3])
        dy = (b[2] + b[4]) - (a[2] + a[4])
        size = 2 * max(a[3] - a[1], a[4] - a[2], 1.0)
        if abs(dx) + abs(dy) > 2 * size:
            continue  # not neighbours: a line or column break
        if abs(dx) >= abs(dy):
            votes[0 if dx >= 0 else 180] += 1
        else:
            votes[90 if dy >= 0 else 270] += 1
    return votes.most_common(1)[0][0] if votes else 0


def _turn(char: _Char, turn: int) -> _Char:
    """Rotate a character box clockwise by ``turn`` degrees (about the origin: only relative
    places matter)."""
    text, x0, y0, x1, y1 = char
    if turn == 90:  # text running upwards
        return text, y0, -x1, y1, -x0
    if turn == 270:  # text running downwards
        return text, -y1, x0, -y0, x1
    return text, -x1, -y1, -x0, -y0


def _line(run: list[_Char]) -> Line:
    ink = [c for c in run if c[0] != " "]
    if not ink:
        return Line(0, 0, 0, 0, "")
    height = _median([c[4] - c[2] for c in ink])
    segments = _segments(run, height * WIDE_GAP)
    return Line(
        x0=min(c[1] for c in ink),
        y0=min(c[2] for c in ink),
        x1=max(c[3] for c in ink),
        y1=max(c[4] for c in ink),
        text=normalise_space("".join(c[0] for c in run)),
        segments=segments,
    )


def _segments(run: list[_Char], wide: float) -> tuple[str, ...]:
    pieces: list[str] = []
    current = ""
    last_right = None
    for text, x0, _, x1, _ in run:
        if text == " ":
            current += " "
            continue
        if last_right is not None and x0 - last_right > wide:
            pieces.append(current)
            current = ""
        current += text
        last_right = x1
    pieces.append(current)
    return tuple(p for p in (normalise_space(p) for p in pieces) if p)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return max(ordered[len(ordered) // 2], 1.0) if ordered else 1.0


# ---------------------------------------------------------------------------------------- ruling lines


def _has_rules(page: pdfium.PdfPage) -> bool:
    """Thin path objects in both directions (or boxes) on the page: a ruled table may be there."""
    counts: Counter[str] = Counter()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= 3 and width >= 10:
            counts["horizontal"] += 1
        elif width <= 3 and height >= 10:
            counts["vertical"] += 1
        elif width >= 10 and height >= 10:
            counts["box"] += 1
    return (counts["horizontal"] >= 2 and counts["vertical"] >= 2) or counts["box"] >= 2


# ------------------------------------------------------------------------------------------ paragraphs


def paragraphs(lines: Sequence[Line]) -> list[str]:
    """Group lines into paragraphs, read top to bottom.

    A line continues the most recent paragraph it sits under (overlapping it horizontally, close below
    it, same type size); otherwise, or when it starts with a bullet, it starts a new paragraph. Text
    standing side by side (a caption beside a column of prose) thus stays apart.
    """
    groups: list[list[Line]] = []
    for line in _same_baseline_merged(lines):
        home = next((g for g in reversed(groups[-_RECENT:]) if _continues(g[-1], line)), None)
        if home is None or _LIST_MARK.match(line.text):
            groups.append([line])
        else:
            home.append(line)
    return [_join_lines([line.text for line in group]) for group in groups]


def _continues(previous: Line, line: Line) -> bool:
    height = min(previous.height, line.height)
    gap = previous.y0 - line.y1
    beside = min(previous.x1, line.x1) - max(previous.x0, line.x0) > 0
    same_size = abs(previous.height - line.height) <= 0.25 * height
    return beside and same_size and -0.5 * height <= gap <= PARAGRAPH_GAP * height


def _same_baseline_merged(lines: Sequence[Line]) -> list[Line]:
    """Lines sorted top to bottom; pieces of one visual line close together joined left to right."""
    merged: list[Line] = []
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        last = merged[-1] if merged else None
        if last is not None and _one_line(last, line):
            merged[-1] = _merge(last, line)
        else:
            merged.append(line)
    return merged


def _one_line(a: Line, b: Line) -> bool:
    height = min(a.height, b.height)
    return _overlap(a, b) > 0.5 * height and b.x0 - a.x1 < _SAME_LINE_GAP * height


def _overlap(a: Line, b: Line) -> float:
    return min(a.y1, b.y1) - max(a.y0, b.y0)


def _merge(a: Line, b: Line) -> Line:
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    return Line(
        x0=left.x0,
        y0=min(a.y0, b.y0),
        x1=max(a.x1, b.x1),
        y1=max(a.y1, b.y1),
        text=f"{left.text} {right.text}",
        segments=left.segments + right.segments,
    )


def _join_lines(texts: list[str]) -> str:
    """Join the lines of a paragraph; a word hyphenated at the end of a line runs on ("open-source")."""
    out = ""
    for text in texts:
        if re.search(r"[^\W\d]-$", out) and text[:1].isalpha():
            out += text
        else:
            out = f"{out} {text}" if out else text
    return normalise_space(out)
