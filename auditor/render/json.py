"""JSON output, schema "report-auditor/1" (docs/json-schema.md). Fields are only ever added."""

from __future__ import annotations

import json
from collections.abc import Sequence

from auditor import __version__
from auditor.model import AuditResult, Finding, Severity

SCHEMA = "report-auditor/1"


def finding_dict(f: Finding) -> dict:
    loc = f.location
    return {
        "code": f.code,
        "name": f.name,
        "severity": str(f.severity),
        "message": f.message,
        "location": {
            "file": loc.file,
            "page": loc.page,
            "table": loc.table,
            "caption": loc.caption,
            "row": loc.row,
            "col": loc.col,
            "row_label": loc.row_label,
            "col_label": loc.col_label,
        },
        "published": f.published,
        "expected": f.expected,
        "interval": list(f.interval) if f.interval else None,
        "evidence": [list(cell) for cell in f.evidence],
        "confidence": f.confidence,
    }


def document_dict(r: AuditResult) -> dict:
    return {
        "path": r.path,
        "format": r.format,
        "pages": r.n_pages,
        "rounding": r.rounding,
        "notes": list(r.notes),
        "coverage": {
            "tables_found": len(r.coverage),
            "tables_understood": sum(c.status in ("checked", "understood") for c in r.coverage),
            "tables_checked": sum(c.status == "checked" for c in r.coverage),
            "tables": [
                {
                    "table": c.table,
                    "page": c.page,
                    "caption": c.caption,
                    "status": c.status,
                    "reason": c.reason,
                    "checks_run": c.checks_run,
                }
                for c in r.coverage
            ],
        },
        "findings": [finding_dict(f) for f in r.findings],
    }


def render_json(results: Sequence[AuditResult], errors: Sequence[tuple[str, str]] = ()) -> str:
    findings = [f for r in results for f in r.findings]
    payload = {
        "schema": SCHEMA,
        "tool": {"name": "report-auditor", "version": __version__},
        "documents": [document_dict(r) for r in results],
        "errors": [{"path": p, "reason": why} for p, why in errors],
        "summary": {
            "files": len(results) + len(errors),
            "errors": sum(f.severity == Severity.ERROR for f in findings),
            "warnings": sum(f.severity == Severity.WARNING for f in findings),
            "info": sum(f.severity == Severity.INFO for f in findings),
            "unreadable_files": len(errors),
        },
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)
