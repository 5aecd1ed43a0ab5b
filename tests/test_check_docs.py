"""Every registered check documents itself in the fixed sections, and codes are well-formed."""

import pytest

from auditor.checks.base import CODE_RE, DOC_SECTIONS, Check, RegistryError, load_checks, select_checks


@pytest.mark.parametrize("check", load_checks(), ids=lambda c: c.code)
def test_doc_has_every_section(check):
    sections = check.doc_sections()
    for name in DOC_SECTIONS:
        assert sections.get(name), f"{check.code}: docstring section '{name}:' is missing or empty"
    assert check.summary().endswith(".")


def test_codes_are_unique_and_well_formed():
    checks = load_checks()
    assert len({c.code for c in checks}) == len(checks)
    assert all(CODE_RE.match(c.code) for c in checks)


def test_bad_code_fails_when_the_class_is_defined():
    with pytest.raises(RegistryError):
        type("Bad", (Check,), {"__doc__": "x.", "code": "SUMX01", "name": "bad", "template": ""})


def test_selection_longest_prefix_wins():
    checks = load_checks()
    chosen = {c.code for c in select_checks(checks, ["SUM", "PCT001"], ["SUM00"])}
    assert "PCT001" in chosen and "PCT002" not in chosen
    assert not any(c.startswith("SUM00") for c in chosen)
    chosen = {c.code for c in select_checks(checks, ["SUM001"], ["SUM"])}
    assert chosen == {"SUM001"}
    chosen = {c.code for c in select_checks(checks, [], ["column-total-mismatch"])}
    assert "SUM001" not in chosen and "SUM002" in chosen


CITATION = r"SI \d{4}/\d+|WSI \d{4}/\d+|\breg(s|ulation)?s? \d+|\bCode\b|\bCHP\b|LG Inform|LGSCO|Ombudsman"


@pytest.mark.parametrize(
    "check", [c for c in load_checks() if c.code[:3] in ("TIM", "ESC")], ids=lambda c: c.code
)
def test_regime_checks_cite_the_rule_they_rely_on(check):
    """A timescale or escalation check rests on a regulation or code: its doc must say which."""
    import re

    sections = check.doc_sections()
    cited = sections["What it checks"] + " " + sections["Why it matters"]
    assert re.search(CITATION, cited), f"{check.code} does not cite the regulation or code it relies on"
