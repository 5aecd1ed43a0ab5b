"""Golden end-to-end tests: each document beside its reviewed expected findings (tests/golden/).

Every golden entry carries a "review" note saying how the finding was checked against the source;
a golden file with an unreviewed entry fails. Documents under ../shared are skipped when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.engine import audit

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def _key(f: dict) -> tuple:
    return (f["code"], f["severity"], f["page"], f["table"], f["row_label"], f["col_label"], f["published"])


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_document_matches_its_reviewed_findings(golden):
    spec = json.loads(golden.read_text(encoding="utf-8"))
    path = (ROOT / spec["document"]).resolve()
    if not path.exists():
        pytest.skip(f"{spec['document']} is not here (../shared missing)")
    for f in spec["findings"]:
        assert f.get("review"), f"unreviewed golden entry in {golden.name}: {f}"
    result = audit(path)
    got = sorted(
        _key(
            {
                "code": f.code,
                "severity": str(f.severity),
                "page": f.location.page,
                "table": f.location.table,
                "row_label": f.location.row_label,
                "col_label": f.location.col_label,
                "published": f.published,
            }
        )
        for f in result.findings
    )
    want = sorted(_key(f) for f in spec["findings"])
    missing = [k for k in want if k not in got]
    extra = [k for k in got if k not in want]
    assert not missing and not extra, f"missing: {missing}\nunexpected: {extra}"
