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
