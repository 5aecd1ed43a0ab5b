"""Renderers: turn AuditResults into text for people (terminal) or programs (json). They never compute
findings; they only count and lay out what the engine produced.

A renderer is fed one document at a time, as each audit finishes, so a long batch shows its first
report before the last file has been read; ``finish`` closes the output (totals, or the whole JSON).

    renderer.document(result)        # once per audited file, in the order audited
    renderer.finish(results, errors) # once; errors are (path, reason) for files that could not be read
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from auditor.model import AuditResult, Severity

FORMATS = ("terminal", "json")


class Renderer(Protocol):
    def document(self, result: AuditResult) -> None: ...

    def finish(self, results: Sequence[AuditResult], errors: Sequence[tuple[str, str]]) -> None: ...


@dataclass(frozen=True)
class Tally:
    """Counts shown in summaries: findings by severity and tables by coverage status."""

    errors: int = 0
    warnings: int = 0
    info: int = 0
    tables_found: int = 0
    tables_understood: int = 0  # structure read (checked or nothing to check)
    tables_checked: int = 0  # at least one relation recomputed

    @classmethod
    def of(cls, results: Iterable[AuditResult]) -> Tally:
        severities, statuses = [], []
        for r in results:
            severities += [f.severity for f in r.findings]
            statuses += [c.status for c in r.coverage]
        return cls(
            errors=severities.count(Severity.ERROR),
            warnings=severities.count(Severity.WARNING),
            info=severities.count(Severity.INFO),
            tables_found=len(statuses),
            tables_understood=sum(s in ("checked", "understood") for s in statuses),
            tables_checked=statuses.count("checked"),
        )
