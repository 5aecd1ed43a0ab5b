"""The golden-file format, shared by the golden test and the script that drafts golden files."""

from __future__ import annotations

from auditor.model import Finding

QUOTE_CHARS = 80  # enough of a sentence to tell two findings on one page apart


def entry(f: Finding) -> dict:
    """A finding as a golden entry (without its "review", which a person writes)."""
    loc = f.location
    out = {
        "code": f.code,
        "severity": str(f.severity),
        "page": loc.page,
        "table": loc.table,
        "row_label": loc.row_label,
        "col_label": loc.col_label,
        "published": f.published,
        "expected": f.expected,
    }
    if loc.quote:
        out["quote"] = loc.quote[:QUOTE_CHARS]
    return out


def key(e: dict) -> tuple:
    """What must match between a reviewed entry and a finding: the cell (or sentence) and the verdict."""
    return (
        e["code"],
        e["severity"],
        e["page"],
        e["table"],
        e["row_label"],
        e["col_label"],
        e["published"],
        e.get("quote"),
    )
