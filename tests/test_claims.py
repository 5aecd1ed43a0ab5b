"""Sentence -> claims: what each figure in a sentence is said to be."""

from __future__ import annotations

import pytest

from auditor.claims import claims_in, figures_in
from auditor.sentences import Sentence


def read(text: str) -> list[tuple]:
    out = []
    for c in claims_in(Sentence(1, 1, text)):

        def txt(f):
            return f.number.text if f is not None else None

        out.append(
            (c.kind, c.figure.number.text, c.direction, txt(c.base), txt(c.current), txt(c.numerator),
             txt(c.denominator), tuple(p.number.text for p in c.parts) or c.part_names, c.year)
        )  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "41 complaints were considered at Stage 1, compared to 42 in 2023/24.",
            [
                ("value", "41", 0, None, None, None, None, (), None),
                ("value", "42", 0, None, None, None, None, (), "2023/24"),
            ],
        ),
        (
            "There were 145 complaints, a 27% decrease from 199 in 2019/20.",
            [("change", "27%", -1, "199", "145", None, None, (), "2019/20")],
        ),
        (
            "Costs were £9,300; a decrease of £3,450 from the previous year (£12,750).",
            [("change", "£3,450", -1, "£12,750", "£9,300", None, None, (), None)],
        ),
        (
            "Stage 1 complaints rose slightly (up by one on the previous year).",
            [("change", "one", 1, None, None, None, None, (), None)],
        ),
        (
            "Complaints from young people rose from 15 to 20, an increase of 25%.",
            [("change", "25%", 1, "15", "20", None, None, (), None)],
        ),
        (
            "The share upheld increased by 6% to 42% (36% in 2022/23).",
            [("change", "6%", 1, "36%", "42%", None, None, (), "2022/23")],
        ),
        (
            "The proportion sent in time increased to 94% in 2017/18, up from 93% in 2016/17.",
            [("comparison", "94%", 1, "93%", "94%", None, None, (), "2017/18")],
        ),
        (
            "70% of those investigated were upheld, a decline on the directorate's 57% in 2019-20.",
            [("comparison", "70%", -1, "57%", "70%", None, None, (), None)],
        ),
        ("3 out of 6 complaints (50%) were upheld.", [("rate", "50%", 0, None, None, "3", "6", (), None)]),
        (
            "Out of the five complaints, three were partially upheld, a 60% rate.",
            [("rate", "60%", 0, None, None, "three", "five", (), None)],
        ),
        (
            "There were a total of 48 cases (the total of stage 1, 2 and 3 cases).",
            [("sum", "48", 0, None, None, None, None, ("stage 1", "2", "3"), None)],
        ),
        (
            "Panels met a total of 12 times (7 in person and 5 online).",
            [("sum", "12", 0, None, None, None, None, ("7", "5"), None)],
        ),
    ],
)
def test_sentence_to_claims(text, claims):
    assert read(text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "See Table 9 and para 3.7; Stage 2 rose in Q1 on 1 April 2020 for children aged 16.",
        "7.1 The maximum timescale was achieved in most cases.",  # a paragraph number
        "5 Stage 1 Complaints: 5.1 Stage 1 Complaints Overall Activity",  # a heading
        "(3) Stage 2 corporate complaints were suspended.",  # a footnote mark
        "Complaints Review Panels are made up of three independent panellists.",  # 'up of' is no change
        "Responses are due within 20 working days.",  # a timescale, for the TIM checks
        "3 50 3 56 Stage 2",  # the residue of a table read as text
    ],
)
def test_labels_headings_and_durations_are_not_claims(text):
    assert [c for c in claims_in(Sentence(1, 1, text)) if c.kind != "value" or c.figure.unit != "count"] == []
    assert all(
        c.figure.number.text not in ("3.7", "7.1", "5.1", "16", "2020", "20")
        for c in claims_in(Sentence(1, 1, text))
    )


def test_figures_keep_units_and_skip_years():
    units = [
        (f.number.text, f.unit)
        for f in figures_in("In 2020/21, 1,602 contacts, 12% and 6 percentage points; £55,650k.")
    ]
    assert units == [("1,602", "count"), ("12%", "percent"), ("6", "points"), ("£55,650k", "money")]
