"""Every check against its fixture tables (tests/fixtures/checks.toml), with every check running,
so that a fixture written for one check also proves the others stay quiet on it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from auditor.checks.across import PreviousReport
from auditor.checks.base import load_checks
from auditor.engine import audit_document
from auditor.regime import report_year
from auditor.structure import understand
from tests.tabletext import document

CASES = tomllib.loads((Path(__file__).parent / "fixtures" / "checks.toml").read_text())["case"]


def _id(case: dict) -> str:
    return f"{case['check']}-{case['kind']}-{CASES.index(case)}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_fixture(case):
    tables = tuple(case.get("tables", ())) or ((case["table"],) if case.get("table", "").strip() else ())
    doc = document(*tables, text=case.get("text", ""), captions=tuple(case.get("captions", ())))
    options = {"previous": _previous(case)} if case.get("previous_table") else {}
    result = audit_document(doc, regime=case.get("regime"), options=options)
    got = sorted((f.code, _where(f), str(f.severity)) for f in result.findings)
    want = sorted((e[0], tuple(e[1:-1]), e[-1]) for e in case["expect"])
    assert got == want, "\n".join(f.message for f in result.findings)
    if case["kind"] == "fail":
        assert any(e[0] == case["check"] for e in case["expect"]), "a fail case must expect its own check"
    elif tables:
        assert result.coverage[0].status == "checked", result.coverage[0].reason


def _previous(case: dict) -> PreviousReport:
    """Last year's report for an XDC case: its table and text, read as the engine reads --previous."""
    doc = document(case["previous_table"], text=case.get("previous_text", ""), path="last_year.txt")
    year = report_year(doc)
    return PreviousReport(doc.path, tuple(understand(t) for t in doc.tables), year.label if year else None)


def _where(f) -> tuple:
    """A table finding is at [row, col] of the grid; a finding in the prose at ["sentence", n]."""
    loc = f.location
    return ("sentence", loc.sentence) if loc.sentence is not None else (loc.row, loc.col)


def test_every_check_has_a_pass_and_a_fail_fixture():
    kinds = {(c["check"], c["kind"]) for c in CASES}
    for check in load_checks():
        assert (check.code, "pass") in kinds, f"{check.code} has no pass fixture"
        assert (check.code, "fail") in kinds, f"{check.code} has no fail fixture"
