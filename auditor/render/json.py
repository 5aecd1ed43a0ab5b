"""JSON output, schema "report-auditor/1" (docs/json-schema.md).

Within schema version 1 fields are only ever added, never renamed or removed. Keys come out in the
order the schema document lists them (``schema`` first), which is fixed by construction, so the output
for the same input is byte-for-byte the same. Non-finite numbers become null, so the output is always
valid JSON (``json.dumps`` would otherwise write ``Infinity``).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from typing import IO

from auditor import __version__
from auditor.model import AuditResult, Finding, Location, RegimeSummary, TableCoverage
from auditor.render import Tally

SCHEMA = "report-auditor/1"
TOOL = "report-auditor"


def _number(x: float | None) -> float | None:
    return x if x is not None and math.isfinite(x) else None


def location_dict(loc: Location) -> dict:
    return {
        "file": loc.file,
        "page": loc.page,
        "table": loc.table,
        "caption": loc.caption,
        "row": loc.row,
        "col": loc.col,
        "row_label": loc.row_label,
        "col_label": loc.col_label,
        "sentence": loc.sentence,
        "quote": loc.quote,
    }


def finding_dict(f: Finding) -> dict:
    return {
        "code": f.code,
        "name": f.name,
        "severity": str(f.severity),
        "message": f.message,
        "location": location_dict(f.location),
        "published": f.published,
        "expected": f.expected,
        "interval": [_number(x) for x in f.interval] if f.interval else None,
        "evidence": [[r, c] for r, c in f.evidence],
        "confidence": _number(f.confidence),
    }


def _regime_dict(choice: RegimeSummary | None) -> dict | None:
    if choice is None:
        return None
    return {
        "pack": choice.pack,
        "title": choice.title,
        "also": list(choice.also),
        "year": choice.year,
        "chosen_by": choice.chosen_by,
        "cues": list(choice.cues),
        "score": choice.score,
    }


def table_dict(c: TableCoverage) -> dict:
    return {
        "table": c.table,
        "page": c.page,
        "caption": c.caption,
        "status": c.status,
        "reason": c.reason,
        "checks_run": c.checks_run,
    }


def _counts(t: Tally) -> dict:
    return {"errors": t.errors, "warnings": t.warnings, "info": t.info}


def _tables(t: Tally) -> dict:
    return {
        "tables_found": t.tables_found,
        "tables_understood": t.tables_understood,
        "tables_checked": t.tables_checked,
    }


def document_dict(r: AuditResult) -> dict:
    t = Tally.of([r])
    return {
        "path": r.path,
        "format": r.format,
        "pages": r.n_pages,
        "rounding": r.rounding,
        "regime": r.regime,
        "regime_choice": _regime_dict(r.regime_choice),
        "claims": {
            "found": r.claims[0],
            "linked": r.claims[1],
            "checked": r.claims[2],
            "items": [
                {
                    "page": c.page,
                    "sentence": c.sentence,
                    "figure": c.figure,
                    "kind": c.kind,
                    "status": c.status,
                }
                for c in r.claim_records
            ],
        },
        "notes": list(r.notes),
        "coverage": {**_tables(t), "tables": [table_dict(c) for c in r.coverage]},
        "findings": [finding_dict(f) for f in r.findings],
        "summary": _counts(t),
    }


def report_dict(results: Sequence[AuditResult], errors: Sequence[tuple[str, str]] = ()) -> dict:
    t = Tally.of(results)
    return {
        "schema": SCHEMA,
        "tool": {"name": TOOL, "version": __version__},
        "documents": [document_dict(r) for r in results],
        "errors": [{"path": path, "reason": reason} for path, reason in errors],
        "summary": {
            "files": len(results) + len(errors),
            "documents": len(results),
            "unreadable_files": len(errors),
            **_counts(t),
            **_tables(t),
        },
    }


def render_json(results: Sequence[AuditResult], errors: Sequence[tuple[str, str]] = ()) -> str:
    return json.dumps(report_dict(results, errors), indent=2, ensure_ascii=False, allow_nan=False)


def render_rules_json(checks) -> str:
    """``audit rules --format json``: a list, one object per check, in code order."""
    rows = [
        {"code": c.code, "name": c.name, "severity": str(c.severity), "summary": c.summary()} for c in checks
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False)


class JsonRenderer:
    """Collects nothing itself: the whole report is written once, when the batch is done."""

    def __init__(self, file: IO[str] | None = None):
        self._file = file

    def document(self, result: AuditResult) -> None:
        pass

    def finish(self, results: Sequence[AuditResult], errors: Sequence[tuple[str, str]]) -> None:
        out = self._file or sys.stdout  # looked up late: tests and pagers swap sys.stdout
        out.write(render_json(results, errors) + "\n")
        out.flush()
