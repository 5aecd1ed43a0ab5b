"""Which regime a document follows, and which pack governs one of its statements."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.engine import audit_document
from auditor.ingest import load_document
from auditor.model import Document, TextBlock
from auditor.packs import builtin_packs
from auditor.regime import detect_regime, governing_packs, report_year

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_reports"


@pytest.fixture(scope="module")
def packs():
    return builtin_packs()


def prose(*paragraphs: str) -> Document:
    return Document("prose.txt", "text", 1, (), tuple(TextBlock(1, p) for p in paragraphs))


@pytest.mark.parametrize(
    ("sample", "pack", "also", "year"),
    [
        ("kent_cype_complaints_2020_21.pdf", "england-children", ("corporate-lgsco",), "2020/21"),
        ("harrow_childrens_complaints_2017_18.pdf", "england-children", ("corporate-lgsco",), "2017/18"),
        ("dyffryn_tawel_social_services_complaints_2023_24.pdf", "wales", (), "2023/24"),
        ("kestrelmoor_homes_complaints_2024_25.docx", "housing-ombudsman", (), "2024/25"),
    ],
)
def test_samples_are_judged_under_their_regime(packs, sample, pack, also, year):
    regime = detect_regime(load_document(SAMPLES / sample), packs)
    assert regime.primary.id == pack
    assert tuple(p.id for p in regime.also) == also
    assert regime.year.label == year
    assert regime.chosen_by == "detected" and regime.summary().cues  # the evidence is kept


def test_a_welsh_report_is_not_also_english(packs):
    doc = prose(
        "Complaints under the Social Services Complaints Procedure (Wales) Regulations 2014 and the "
        "Representations Procedure (Wales) Regulations 2014; children's services and the PSOW."
    )
    regime = detect_regime(doc, packs)
    assert regime.primary.id == "wales" and regime.also == ()


def test_regime_can_be_forced_and_says_so(packs):
    doc = prose("Annual complaints report 2019/20. Children Act 1989 complaints.")
    regime = detect_regime(doc, packs, forced="housing-ombudsman")
    assert regime.primary.id == "housing-ombudsman" and regime.chosen_by == "--regime"
    assert "chosen by --regime" in regime.describe()


def test_no_cue_means_no_regime_and_no_regime_checks(packs):
    doc = prose(
        "Annual report 2021/22.",
        "The statutory Stage 2 investigation must be completed within 30 working days.",
    )
    regime = detect_regime(doc, packs)
    assert regime.primary is None and "none recognised" in regime.describe()
    assert not [f for f in audit_document(doc).findings if f.code.startswith("TIM")]
    forced = audit_document(doc, regime="england-children")
    assert [f.code for f in forced.findings] == ["TIM001"]


def test_reporting_year_from_the_title_or_the_latest_year_named():
    assert (
        report_year(prose("Complaints Annual Report 2019-20", "Compared with 2018/19 …")).label == "2019/20"
    )
    assert (
        report_year(prose("Complaints report", "In 2016/17 there were 5; in 2017/18, 7.")).label == "2017/18"
    )
    assert report_year(prose("1 April 2022 to 31 March 2023")).label == "2022/23"
    assert report_year(prose("No year here.")) is None


def test_each_statement_goes_to_the_pack_it_names(packs):
    doc = prose(
        "Children Act 1989 Representations Procedure (England) Regulations 2006; corporate complaints."
    )
    regime = detect_regime(doc, packs)
    assert [p.id for p in regime.packs] == ["england-children", "corporate-lgsco"]
    ids = lambda *texts: [p.id for p in governing_packs(regime, *texts)]  # noqa: E731
    assert ids("Corporate complaint (Stage 1)") == ["corporate-lgsco"]
    assert ids("Statutory complaint (Stage 1)") == ["england-children"]
    assert ids("Stage 1 (20 working days)") == ["england-children", "corporate-lgsco"]  # either: both judge
    corporate_only = detect_regime(prose("Corporate complaints report 2019/20"), packs)
    assert governing_packs(corporate_only, "Statutory complaint (Stage 2)") == ()
