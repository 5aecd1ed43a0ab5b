"""Tables as a reader sees them, not as a page cuts them.

Borderless tables read by stream can run into the next table (its caption becomes a row), wrap a
row label onto a line of its own, and a long table continues on the next page without a caption.
These functions mend the grids after extraction; they only move cells, never judge figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.ingest.common import looks_like_caption, normalise_space
from auditor.model import RawTable

# A wrapped label's first line often ends on a word that cannot end a label.
_DANGLING = re.compile(
    r"\b(of|to|by|at|and|or|the|a|an|for|with|in|on|than|from|more|provided)$", re.IGNORECASE
)


def split_at_captions(
    rows: tuple[tuple[str, ...], ...],
) -> list[tuple[str | None, tuple[tuple[str, ...], ...]]]:
    """Cut a grid where a row holds nothing but a caption ("Table 4 - Method of receipt"): the rows
    below belong to that captioned table."""
    parts: list[tuple[str | None, list[tuple[str, ...]]]] = [(None, [])]
    for row in rows:
        filled = [c for c in row if c.strip()]
        if len(filled) == 1 and row[0].strip() and looks_like_caption(filled[0]):
            parts.append((normalise_space(filled[0]), []))
        else:
            parts[-1][1].append(row)
    return [(caption, tuple(part)) for caption, part in parts if part]


def join_wrapped_labels(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A row holding only words in the label column, continuing the label above it ("on behalf of
    client" under "Representative not authorised to act"), is part of that row."""
    out: list[tuple[str, ...]] = []
    for row in rows:
        last = out[-1] if out else None
        lone = row[0].strip() and not any(c.strip() for c in row[1:])
        if (
            last
            and lone
            and last[0].strip()
            and any(c.strip() for c in last[1:])
            and (row[0].strip()[:1].islower() or _DANGLING.search(last[0].strip()))
        ):
            out[-1] = (f"{last[0].strip()} {row[0].strip()}", *last[1:])
        else:
            out.append(row)
    return tuple(out)


def join_continued(tables: list[RawTable]) -> list[RawTable]:
    """A table at the top of a page with no caption and as many columns as the last table of the
    page before carries that table on. Its repeated heading row, if any, is dropped."""
    out: list[RawTable] = []
    for table in tables:
        prev = out[-1] if out else None
        if (
            prev is not None
            and table.caption is None
            and table.page == (prev.row_pages[-1] if prev.row_pages else prev.page) + 1
            and table.n_cols == prev.n_cols
            and _first_on_page(table, tables)
            and (table.rows[0] == prev.rows[0] or _has_figures(table.rows[0]))
        ):
            rows = table.rows[1:] if table.rows and table.rows[0] == prev.rows[0] else table.rows
            pages = (prev.row_pages or (prev.page,) * prev.n_rows) + (table.page,) * len(rows)
            out[-1] = replace(prev, rows=prev.rows + rows, row_pages=pages)
        else:
            out.append(table)
    return [replace(t, index=i + 1) for i, t in enumerate(out)]


def _has_figures(row: tuple[str, ...]) -> bool:
    """A first row with figures, or with words in the label cell only (the end of a wrapped label),
    carries rows on; a first row of words across the columns is a new table's heading."""
    if row[0].strip() and not any(cell.strip() for cell in row[1:]):
        return True
    return any(re.search(r"\d", cell) and not re.search(r"[A-Za-z]{3}", cell) for cell in row[1:])


def _first_on_page(table: RawTable, tables: list[RawTable]) -> bool:
    return next(t for t in tables if t.page == table.page) is table
