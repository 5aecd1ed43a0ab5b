"""Reading prose into sentences and stated timescales, and judging them under the packs by year."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.checks.timescale_statements import judge, read_statements
from auditor.model import TextBlock
from auditor.packs import builtin_packs
from auditor.regime import Regime, ReportYear
from auditor.sentences import sentences_of, split_sentences

PACKS = {p.id: p for p in builtin_packs()}


def regime(pack_id: str, first_year: int) -> Regime:
    label = f"{first_year}/{(first_year + 1) % 100:02d}"
    return Regime(PACKS[pack_id], (), ReportYear(label, date(first_year, 4, 1), "test"))


def statements(text: str, pack_id: str = "england-children"):
    return list(read_statements(text, text, (PACKS[pack_id],)))


# ------------------------------------------------------------------------------------------ sentences


def test_sentences_keep_numbers_and_abbreviations_whole():
    text = "See para. 3.7 for details. Complaints fell by 4.4% (e.g. in Q1). Stage 2 rose."
    assert split_sentences(text) == [
        "See para. 3.7 for details.",
        "Complaints fell by 4.4% (e.g. in Q1).",
        "Stage 2 rose.",
    ]


def test_list_items_carry_the_line_that_introduced_them():
    blocks = [
        TextBlock(2, "3.2 The three stages of the statutory Children Act procedure are:"),
        TextBlock(2, "- Stage 1 - Local Resolution (up to 20 working days)"),
        TextBlock(2, "- Stage 2 - Independent Investigation (up to 65 working days)"),
        TextBlock(
            3,
            "3.3 Our corporate procedure has two stages: Step 1 (20 working days); Step 2 (20 working days).",
        ),
    ]
    out = sentences_of(blocks)
    assert [s.lead for s in out[1:3]] == [
        "3.2 The three stages of the statutory Children Act procedure are:"
    ] * 2
    assert out[3].text == "3.3 Our corporate procedure has two stages:"
    assert [s.lead for s in out[4:]] == ["3.3 Our corporate procedure has two stages:"] * 2
    assert [s.index for s in out] == list(range(1, len(out) + 1)) and out[-1].page == 3


# ------------------------------------------------------------------------------------------ reading


def test_stage_step_and_value_are_read():
    (st,) = statements("Stage 2 – Independent Investigation (up to 65 working days)")
    assert (st.stage, st.value, st.unit) == ("stage2", 65, "working_days")
    one, two = statements(
        "Stage 1 complaints are answered within ten working days, with a further ten days where needed."
    )
    assert (one.value, one.step, two.value, two.as_extension) == (10, "response", 10, True)
    (panel,) = statements("setting up the Panel within 30 working days;")
    assert (panel.stage, panel.step) == ("stage3", "panel")


def test_durations_that_are_not_timescales_are_skipped():
    assert statements("Stage 1 complaints have decreased over the past three years.") == []
    assert statements("There were 20 working days lost to sickness.") == []  # no stage named


# ------------------------------------------------------------------------------------------ judging


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Stage 2 investigations are completed within 25 working days.", "ok"),
        ("Stage 2 investigations can take up to 65 working days.", "ok"),
        ("Stage 2 investigations are completed within 13 weeks.", "ok"),  # 65 working days
        (
            "The Regulations require Stage 2 investigations to be completed within 35 working days.",
            "contradicts",
        ),
        ("Stage 2 investigations must be completed within 35 working days.", "ok"),  # local, within 65
        (
            "Stage 1 complaints must be answered within 25 working days.",
            "contradicts",
        ),  # above the 20 maximum
        ("Stage 1 complaints must be answered within 10 calendar days.", "unit"),
        ("Stage 2 must be requested within 28 days of the Stage 1 response.", "ok"),  # about 20 WD
        ("The Regulations require Stage 1 responses within 7 working days.", "contradicts"),
        ("Our statutory Stage 1 target is 7 working days.", "local-as-statutory"),
        ("Our own target is to answer Stage 1 complaints within 7 working days.", "ok"),
    ],
)
def test_children_statements(text, kind):
    (st,) = statements(text)
    assert judge(st, regime("england-children", 2020)).kind == kind


def test_the_code_in_force_in_the_reporting_year_decides():
    """Housing Ombudsman Code: Stage 2 20 working days, extendable by 10 (2022 Code) or by 20 (2024)."""
    (st,) = statements("Stage 2 responses may be extended to 40 working days.", "housing-ombudsman")
    assert judge(st, regime("housing-ombudsman", 2024)).kind == "ok"
    assert judge(st, regime("housing-ombudsman", 2023)).kind == "contradicts"


def test_no_statutory_response_deadline_for_adults():
    (st,) = statements(
        "Adult social care Stage 1 complaints have a statutory response timescale of 20 working days.",
        "england-adults-nhs",
    )
    verdict = judge(st, regime("england-adults-nhs", 2021))
    assert verdict.kind == "local-as-statutory" and "sets no" in verdict.explanation


def test_a_finding_resting_on_an_unverified_figure_is_at_most_a_warning():
    """SPSO: the Stage 1 extension to 10 working days is [U] in the pack."""
    (st,) = statements("Frontline (Stage 1) responses must be made within 15 working days.", "scotland-spso")
    verdict = judge(st, regime("scotland-spso", 2022))
    assert verdict.kind == "contradicts" and str(verdict.severity) == "warning"
