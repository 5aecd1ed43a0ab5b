"""Helpers shared by the format readers: whitespace, captions, rectangular grids."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Unicode spaces that Word and PDF converters emit inside numbers and labels ("1 602", NBSP, thin space).
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")

# "Table 5 – …", "Table S-4.", "Table CA7", "Table: 5 …", "Exhibit 2.2", "Figure 3:", "Chart 1"
CAPTION_RE = re.compile(r"^\s*(table|exhibit|figure|chart)(\s*:\s*|\s+)[A-Z]{0,3}[-–.]?\d", re.IGNORECASE)

# A caption that does not start with "Table N" is only taken when it is this short.
SHORT_CAPTION = 120


def normalise_space(text: str) -> str:
    """Collapse every run of (Unicode) whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def describe_error(exc: BaseException, limit: int = 100) -> str:
    """An exception as one short line: "KeyError: 'word/document.xml'"."""
    text = normalise_space(str(exc))
    text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_caption(text: str) -> bool:
    return bool(CAPTION_RE.match(text))


def choose_caption(above: Iterable[str], look_back: int = 3) -> str | None:
    """The caption for a table, given the non-empty texts above it, nearest first.

    The nearest text that starts like a caption ("Table 3 – …") within ``look_back`` texts wins;
    otherwise the text just above, when it is short enough to be a title rather than prose.
    """
    texts = [normalise_space(t) for t in above]
    texts = [t for t in texts if t][:look_back]
    for text in texts:
        if looks_like_caption(text):
            return text
    if texts and len(texts[0]) <= SHORT_CAPTION and not texts[0].endswith("."):
        return texts[0]
    return None


def rectangular(rows: Iterable[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """Rows padded with "" to the widest row (RawTable.rows must be rectangular)."""
    rows = [tuple(r) for r in rows]
    width = max((len(r) for r in rows), default=0)
    return tuple(r + ("",) * (width - len(r)) for r in rows)


def drop_empty_edges(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Remove rows and columns that are empty from end to end."""
    rows = tuple(r for r in rows if any(c for c in r))
    if not rows:
        return ()
    keep = [j for j in range(len(rows[0])) if any(r[j] for r in rows)]
    return tuple(tuple(r[j] for j in keep) for r in rows)
