"""SUM007: cases open at the start, plus those received, less those closed, are the cases open at the end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from auditor.checks.base import Check, Comparison, Context
from auditor.checks.common import count_part, plain
from auditor.rounding import CONVENTIONS
from auditor.structure import ColRole, RowRole, Table

START = re.compile(
    r"\b(open|outstanding|ongoing|on hand|in progress)\b.*\b(start|beginning|1(st)? april)\b|"
    r"brought forward|\bb/f\b|\bopening\b",
    re.IGNORECASE,
)
END = re.compile(
    r"\b(open|outstanding|ongoing|on hand|in progress)\b.*\b(end|close|31(st)? march)\b|"
    r"carried forward|\bc/f\b|\bclosing\b|\bstill open\b",
    re.IGNORECASE,
)
IN = re.compile(r"^\s*(new\s+|complaints\s+|cases\s+)?(received|opened|logged|new)\b", re.IGNORECASE)
OUT = re.compile(
    r"^\s*(complaints\s+|cases\s+)?(closed|completed|resolved|concluded|determined|decided)\b", re.I
)
WITHDRAWN = re.compile(r"^\s*(complaints\s+|cases\s+)?withdrawn\b", re.IGNORECASE)


def _roles(labels: dict[int, str]) -> dict[str, int] | None:
    """Which line is which: start, in, out, end (and withdrawn), each once; None otherwise."""
    found: dict[str, list[int]] = {}
    for index, label in labels.items():
        for role, rx in (("start", START), ("end", END), ("in", IN), ("out", OUT), ("withdrawn", WITHDRAWN)):
            if label and rx.search(label):
                found.setdefault(role, []).append(index)
                break
    if not all(r in found for r in ("start", "in", "out", "end")) or any(len(v) > 1 for v in found.values()):
        return None
    return {r: v[0] for r, v in found.items()}


class StockFlow(Check):
    """Cases open at the end are not those open at the start, plus received, less closed.

    What it checks:
        A table with lines for the cases open at the start of the year (or brought forward), those
        received, those closed (and withdrawn, where given) and those open at the end (carried
        forward), as rows or as columns: open at the start + received − closed − withdrawn must be
        open at the end, in every column (or row).
    Why it matters:
        The caseload identity holds by construction (the Parliamentary and Health Service Ombudsman's
        2011-12 figures: 1,400 + 23,846 − 23,889 = 1,357); when it fails, a case was lost or counted
        twice between the lines.
    Failing example:
        | | Stage 1 | Stage 2 |
        | Open at 1 April 2023 | 12 | 3 |
        | Received | 96 | 9 |
        | Closed | 98 | 8 |
        | Open at 31 March 2024 | 12 | 4 |
    Passing example:
        | | Stage 1 | Stage 2 |
        | Open at 1 April 2023 | 12 | 3 |
        | Received | 96 | 9 |
        | Closed | 98 | 8 |
        | Open at 31 March 2024 | 10 | 4 |
    Options:
        None.
    Known limitations:
        Needs all four lines, each named once; other ways a case leaves (transferred, merged) are not
        read, and a table with such a line is not checked.
    """

    code = "SUM007"
    name = "caseload-flow-mismatch"
    template = (
        "{where}: {start} open + {received} received − {closed} closed{withdrawn} is {expected}, "
        "but {end_label} says {published}"
    )

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison]:
        counted = table.cols_with(ColRole.COUNT)
        rows = table.rows_with(RowRole.DATA, RowRole.TOTAL)
        by_rows = _roles({r.index: r.label for r in rows})
        if by_rows and len(by_rows) == len(rows):
            for col in counted:
                yield from self._line(table, ctx, {k: (v, col.index) for k, v in by_rows.items()}, col.label)
        by_cols = _roles({c.index: c.label for c in counted})
        if by_cols and len(by_cols) == len(counted):
            for row in rows:
                yield from self._line(table, ctx, {k: (row.index, v) for k, v in by_cols.items()}, row.label)

    def _line(self, table: Table, ctx: Context, cells: dict, where: str) -> Iterator[Comparison]:
        values = {k: count_part(table.cell(*cell)) for k, cell in cells.items()}
        if any(v is None for v in values.values()):
            return
        expected = values["start"] + values["in"] - values["out"] - values.get("withdrawn", Fraction(0))
        r, c = cells["end"]
        shown = table.cell(r, c)
        if shown.value is None:
            return
        end_label = table.rows[r].label if cells["end"][1] == cells["start"][1] else table.columns[c].label
        yield self.compare(
            table,
            ctx,
            r,
            c,
            shown,
            expected,
            fits=frozenset(CONVENTIONS) if expected == values["end"] else frozenset(),
            evidence=[cells[k] for k in cells if k != "end"],
            where=where or "the table",
            start=plain(values["start"]),
            received=plain(values["in"]),
            closed=plain(values["out"]),
            withdrawn=f" − {plain(values['withdrawn'])} withdrawn" if "withdrawn" in values else "",
            expected=plain(expected),
            end_label=f"'{end_label}'",
            published=shown.text,
        )
