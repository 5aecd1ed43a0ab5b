"""Golden end-to-end tests: each document beside its reviewed expected findings (tests/golden/).

Every golden entry carries a "review" note saying how the finding was checked against the source;
a golden file with an unreviewed entry fails. Documents under ../shared are skipped when it is absent.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from auditor.engine import audit
from tests.golden_format import entry, key

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_document_matches_its_reviewed_findings(golden):
    spec = json.loads(golden.read_text(encoding="utf-8"))
    path = (ROOT / spec["document"]).resolve()
    if not path.exists():
        pytest.skip(f"{spec['document']} is not here (../shared missing)")
    for f in spec["findings"]:
        assert f.get("review"), f"unreviewed golden entry in {golden.name}: {f}"
    previous = (ROOT / spec["previous"]).resolve() if spec.get("previous") else None
    result = audit(path, previous=previous)
    got = Counter(key(entry(f)) for f in result.findings)
    want = Counter(key(f) for f in spec["findings"])
    missing = list((want - got).elements())
    extra = list((got - want).elements())
    assert not missing and not extra, f"missing: {missing}\nunexpected: {extra}"
