"""Real documents from ../shared: every corpus PDF and seed audits without a crash, and what the
tool says about the corpus is exactly the reviewed list (so a new false alarm fails here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.engine import audit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = sorted((SHARED / "corpus" / "pdfs").glob("*.pdf"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
REVIEWED = json.loads((ROOT / "tests" / "fixtures" / "corpus_findings.json").read_text(encoding="utf-8"))[
    "files"
]

pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not here")


def _key(f) -> tuple:
    loc = f.location
    return (f.code, str(f.severity), loc.page, loc.table, loc.row_label, loc.col_label, f.published)


@pytest.mark.parametrize("pdf", CORPUS, ids=lambda p: p.name)
def test_corpus_pdf_audits_as_reviewed(pdf):
    result = audit(pdf)
    assert result.coverage, "no table found"
    got = sorted(_key(f) for f in result.findings)
    want = sorted(
        (f["code"], f["severity"], f["page"], f["table"], f["row_label"], f["col_label"], f["published"])
        for f in REVIEWED[pdf.name]
    )
    assert got == want


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_audits_without_crash(seed):
    result = audit(seed)
    assert result.format == "text" and result.coverage
