"""ESC: stage counts that cannot follow from each other."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from auditor.checks.base import Check, Comparison, Context, Skipped
from auditor.checks.common import exact
from auditor.model import Severity
from auditor.packs import Pack, builtin_packs, canonical_stage
from auditor.rounding import CONVENTIONS
from auditor.structure import ColRole, RowRole, Table

ORDER = ("stage1", "stage2", "stage3")
STAGE_NAMES = {"stage1": "Stage 1", "stage2": "Stage 2", "stage3": "Stage 3"}
COUNTED = (ColRole.COUNT, ColRole.INLINE)


@cache
def _vocabulary_pack() -> Pack:
    """Until a document's regime is detected, stage names are read with the children's pack, whose
    vocabulary (Stage 1 = Local Resolution = Step 1 …) covers the other regimes' words for stages."""
    packs = {p.id: p for p in builtin_packs()}
    return packs["england-children"]


def _stages(labels: dict[int, str]) -> dict[str, int] | None:
    """Stage name -> index, when each of at least two stages is named exactly once."""
    found: dict[str, list[int]] = {}
    for index, label in labels.items():
        stage = canonical_stage(label, _vocabulary_pack()) if label else None
        if stage in ORDER:
            found.setdefault(stage, []).append(index)
    if len(found) < 2 or any(len(v) > 1 for v in found.values()):
        return None
    return {stage: v[0] for stage, v in found.items()}


class StageOrder(Check):
    """A later stage counts more cases than the stage before it.

    What it checks:
        A table whose rows (or columns) are the stages of a complaints procedure, each named once
        ("Stage 1 – Local Resolution", "Stage 2 – Independent Investigation", "Stage 3 – Review
        Panel", or the same in columns): in every year or service, Stage 2 should not exceed Stage 1,
        nor Stage 3 exceed Stage 2, because a complaint reaches a stage only through the one before
        (Children Act 1989 Representations Procedure (England) Regulations 2006, regs 17–18: Stage 2
        follows a Stage 1 response, a Review Panel follows Stage 2). Reported as a warning: counts
        for a whole year include cases that started the year before.
    Why it matters:
        More Stage 2 investigations than Stage 1 complaints usually means a row was mistyped or the
        stages were mislabelled.
    Failing example:
        | Stage | 2019/20 | 2020/21 |
        | Stage 1 – Local Resolution | 48 | 8 |
        | Stage 2 – Independent Investigation | 7 | 9 |
    Passing example:
        | Stage | 2019/20 | 2020/21 |
        | Stage 1 – Local Resolution | 48 | 48 |
        | Stage 2 – Independent Investigation | 7 | 9 |
    Options:
        None.
    Known limitations:
        Always a warning: telling a one-cohort table (where it would be an error) from whole-year
        counts is not done yet. A stage named in more than one row (statutory and corporate Stage 1)
        leaves the table unchecked. Ombudsman counts are not compared: complainants may go to the
        Ombudsman at any stage.
    """

    code = "ESC001"
    name = "stage-counts-out-of-order"
    severity = Severity.WARNING
    template = "{where}: {later} ({later_n}) is more than {earlier} ({earlier_n})"

    def check(self, table: Table, ctx: Context) -> Iterator[Comparison | Skipped]:
        row_labels = {r.index: r.label for r in table.rows_with(RowRole.DATA)}
        by_rows = _stages(row_labels)
        if by_rows:
            for col in table.cols_with(*COUNTED):
                yield from self._compare(table, ctx, by_rows, lambda i, c=col.index: (i, c), col.label)
        col_labels = {c.index: c.label for c in table.cols_with(*COUNTED)}
        by_cols = _stages(col_labels)
        if by_cols:
            for row in table.rows_with(RowRole.DATA, RowRole.TOTAL):
                yield from self._compare(table, ctx, by_cols, lambda i, r=row.index: (r, i), row.label)

    def _compare(self, table: Table, ctx: Context, stages: dict[str, int], cell, where: str):
        present = [s for s in ORDER if s in stages]
        for earlier, later in pairwise(present):
            (r0, c0), (r1, c1) = cell(stages[earlier]), cell(stages[later])
            n0, n1 = exact(table.cell(r0, c0)), exact(table.cell(r1, c1))
            if n0 is None or n1 is None:
                continue
            # A comparison, held or not, so that the table counts as checked; it has no rounding.
            yield self.compare(
                table,
                ctx,
                r1,
                c1,
                table.cell(r1, c1),
                n1,
                fits=frozenset(CONVENTIONS) if n1 <= n0 else frozenset(),
                evidence=[(r0, c0)],
                where=where or "the table",
                expected=f"at most {table.cell(r0, c0).text}",
                later=STAGE_NAMES[later],
                later_n=table.cell(r1, c1).text,
                earlier=STAGE_NAMES[earlier],
                earlier_n=table.cell(r0, c0).text,
            )
