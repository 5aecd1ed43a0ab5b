"""Helpers for tests: write a table as text, get a Document back."""

from __future__ import annotations

from auditor.model import Document, RawTable, TextBlock


def grid(text: str) -> tuple[tuple[str, ...], ...]:
    """Rows separated by newlines, cells by '|'; rows are padded to the widest."""
    rows = [[c.strip() for c in line.split("|")] for line in text.strip("\n").splitlines() if line.strip()]
    width = max(len(r) for r in rows)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


def document(
    *tables: str, captions: tuple[str | None, ...] = (), path: str = "fixture.txt", text: str = ""
) -> Document:
    """Tables written as text, and narrative paragraphs (one per non-empty line of ``text``)."""
    raws = tuple(
        RawTable(
            page=1, index=i + 1, rows=grid(t), caption=captions[i] if i < len(captions) else f"Table {i + 1}"
        )
        for i, t in enumerate(tables)
    )
    blocks = tuple(TextBlock(1, line.strip()) for line in text.splitlines() if line.strip())
    return Document(path=path, format="text", n_pages=1, tables=raws, text=blocks)
