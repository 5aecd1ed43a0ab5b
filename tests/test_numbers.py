"""The published-number parser: examples from real reports, and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.numbers import Kind, looks_like_year_label, parse_published_number

EXAMPLES = [
    # text, kind, value, decimals, extra attributes
    ("1,602", Kind.COUNT, "1602", 0, {}),
    ("12.1", Kind.COUNT, "12.1", 1, {}),
    ("£55,650", Kind.MONEY, "55650", 0, {"currency": "£"}),
    ("£55,650k", Kind.MONEY, "55650", 0, {"multiplier": 1000}),
    ("$1.2m", Kind.MONEY, "1.2", 1, {"multiplier": 1_000_000}),
    ("42%", Kind.PERCENT, "42", 0, {}),
    ("0.5%", Kind.PERCENT, "0.5", 1, {}),
    ("<1%", Kind.PERCENT, "1", 0, {"bound": "<"}),
    (">1%", Kind.PERCENT, "1", 0, {"bound": ">"}),
    ("(47%)", Kind.PERCENT, "47", 0, {"parenthesised": True}),
    ("78% ¹", Kind.PERCENT, "78", 0, {"footnotes": ("¹",)}),
    ("13% ²", Kind.PERCENT, "13", 0, {"footnotes": ("²",)}),
    ("+9.8", Kind.COUNT, "9.8", 1, {"explicit_sign": True}),
    ("-4.4", Kind.COUNT, "-4.4", 1, {"explicit_sign": True}),
    ("−4.4", Kind.COUNT, "-4.4", 1, {}),
    ("↑ 29%", Kind.PERCENT, "29", 0, {"arrow": "up"}),
    ("↓ 67%", Kind.PERCENT, "67", 0, {"arrow": "down"}),
    ("(1,234)", Kind.COUNT, "1234", 0, {"parenthesised": True}),
    ("△ 1,234", Kind.COUNT, "-1234", 0, {}),
]


@pytest.mark.parametrize(("text", "kind", "value", "decimals", "extra"), EXAMPLES)
def test_examples(text, kind, value, decimals, extra):
    n = parse_published_number(text)
    assert (n.kind, n.value, n.decimals) == (kind, Decimal(value), decimals)
    for attr, want in extra.items():
        assert getattr(n, attr) == want, attr


@pytest.mark.parametrize(
    ("text", "count", "share"), [("57(47%)", 57, 47), ("24 (44%)", 24, 44), ("0(0%)", 0, 0)]
)
def test_count_with_inline_share(text, count, share):
    n = parse_published_number(text)
    assert n.kind == Kind.COUNT and n.value == count
    assert n.share.kind == Kind.PERCENT and n.share.value == share


@pytest.mark.parametrize("text", ["n/a", "N/A", "N/K", "-", "–", "—", "..", "*", "nil", "***.*"])
def test_placeholders_have_no_value(text):
    n = parse_published_number(text)
    assert n.kind == Kind.PLACEHOLDER and n.value is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", Kind.EMPTY),
        ("   ", Kind.EMPTY),
        ("↔", Kind.ARROW),
        ("Total", Kind.TEXT),
        ("2019/20", Kind.TEXT),
        ("12 and 13", Kind.TEXT),
        ("1(0)", Kind.TEXT),
        ("1,23", Kind.TEXT),
    ],
)
def test_non_numbers(text, kind):
    assert parse_published_number(text).kind == kind


def test_decimal_comma():
    assert parse_published_number("1.393,4", decimal_comma=True).value == Decimal("1393.4")
    assert parse_published_number("1.726", decimal_comma=True).value == Decimal(1726)
    assert parse_published_number("1.726").value == Decimal("1.726")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2017/18", "2017/18"),
        ("2019-2020", "2019/20"),
        ("23/24", "2023/24"),
        ("202 2/23", "2022/23"),
        ("2017", "2017/18"),
        ("17/18", "2017/18"),
        ("Stage 1", None),
        ("2017/19", None),
    ],
)
def test_year_labels(text, year):
    assert looks_like_year_label(text) == year


@given(st.text())
def test_never_raises_and_keeps_the_text(text):
    n = parse_published_number(text)
    assert n.text == " ".join(text.replace("\u00a0", " ").replace("\u2009", " ").split())
    if n.kind in (Kind.PLACEHOLDER, Kind.EMPTY, Kind.TEXT, Kind.ARROW):
        assert n.value is None


@given(
    st.decimals(min_value=0, max_value=10**9, allow_nan=False, allow_infinity=False, places=2),
    st.integers(min_value=0, max_value=2),
    st.booleans(),
    st.booleans(),
)
def test_formatted_numbers_round_trip(value, places, percent, comma):
    value = round(value, places)
    text = f"{value:,.{places}f}"
    if comma:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    text += "%" if percent else ""
    n = parse_published_number(text, decimal_comma=comma)
    assert n.value == value and n.decimals == places
    assert n.kind == (Kind.PERCENT if percent else Kind.COUNT)
