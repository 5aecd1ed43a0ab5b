"""Property tests: a table whose totals, shares and changes are derived correctly gives no finding;
one figure perturbed past what rounding allows gives exactly one finding, at that cell or its total."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.engine import audit_document
from auditor.numbers import parse_published_number
from auditor.rounding import HALF_UP, TRUNCATE, fitting_conventions, format_fraction
from tests.tabletext import document

LABELS = ["Alpha service", "Bravo team", "Charlie unit", "Delta office", "Echo group", "Foxtrot desk"]


def render(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(r) for r in rows)


counts = st.lists(st.integers(min_value=1, max_value=900), min_size=3, max_size=6)


@st.composite
def count_table(draw):
    """Counts for some services over two or three years, with a totals row."""
    n_rows = draw(st.integers(min_value=2, max_value=6))
    years = ["2018/19", "2019/20", "2020/21"][: draw(st.integers(min_value=1, max_value=3)) and 3]
    n_cols = draw(st.integers(min_value=1, max_value=3))
    years = years[-n_cols:]
    body = [[draw(st.integers(min_value=0, max_value=999)) for _ in years] for _ in range(n_rows)]
    return years, body


def count_rows(years, body, total=None):
    rows = [["Service", *years]]
    rows += [[LABELS[i], *map(str, r)] for i, r in enumerate(body)]
    total = total or [sum(col) for col in zip(*body, strict=False)]
    rows.append(["Total", *map(str, total)])
    return rows


@settings(max_examples=60, deadline=None)
@given(count_table())
def test_consistent_count_table_has_no_findings(table):
    years, body = table
    result = audit_document(document(render(count_rows(years, body))))
    assert result.findings == ()


@settings(max_examples=60, deadline=None)
@given(count_table(), st.data())
def test_one_perturbed_count_gives_one_finding_at_its_total(table, data):
    years, body = table
    total = [sum(col) for col in zip(*body, strict=False)]
    r = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    c = data.draw(st.integers(min_value=0, max_value=len(years) - 1))
    body[r][c] += data.draw(st.integers(min_value=1, max_value=50))
    result = audit_document(document(render(count_rows(years, body, total))))
    keys = [(f.code, f.location.row, f.location.col) for f in result.findings]
    assert keys == [("SUM001", len(body) + 1, c + 1)]


@st.composite
def share_table(draw):
    n = draw(st.lists(st.integers(min_value=1, max_value=500), min_size=3, max_size=6))
    convention = draw(st.sampled_from([HALF_UP, TRUNCATE]))
    return n, convention


def share_rows(n, convention, shares=None):
    total = sum(n)
    shares = shares or [format_fraction(Fraction(k * 100, total), 0, convention, "%") for k in n]
    rows = [["Method of receipt", "Number", "% of total"]]
    rows += [[LABELS[i], str(k), s] for i, (k, s) in enumerate(zip(n, shares, strict=False))]
    rows.append(["Total", str(total), ""])
    return rows


@settings(max_examples=80, deadline=None)
@given(share_table())
def test_consistent_shares_have_no_findings(table):
    n, convention = table
    result = audit_document(document(render(share_rows(n, convention))))
    assert result.findings == ()


@settings(max_examples=80, deadline=None)
@given(share_table(), st.data())
def test_one_share_off_by_two_points_gives_one_finding_there(table, data):
    n, convention = table
    total = sum(n)
    shares = [format_fraction(Fraction(k * 100, total), 0, convention, "%") for k in n]
    i = data.draw(st.integers(min_value=0, max_value=len(n) - 1))
    value = int(shares[i].rstrip("%").replace(",", ""))
    shifted = value + 2 if value < 98 else value - 2
    shares[i] = f"{shifted}%"
    result = audit_document(document(render(share_rows(n, convention, shares))))
    keys = [(f.code, f.location.row, f.location.col) for f in result.findings]
    assert keys == [("PCT001", i + 1, 2)]


@st.composite
def change_table(draw):
    rows = draw(st.lists(st.tuples(st.integers(1, 900), st.integers(0, 900)), min_size=2, max_size=5))
    return rows


def change_rows(pairs, printed=None):
    rows = [["Type of record", "2019/20", "2020/21", "Direction of travel from 2019/20"]]
    for i, (last, now) in enumerate(pairs):
        change = Fraction(now - last, last) * 100
        arrow = "↑" if change > 0 else "↓" if change < 0 else "↔"
        text = (
            printed[i]
            if printed
            else (arrow if change == 0 else f"{arrow} {format_fraction(abs(change), 0)}%")
        )
        rows.append([LABELS[i], str(last), str(now), text])
    return rows


@settings(max_examples=60, deadline=None)
@given(change_table())
def test_consistent_changes_have_no_findings(pairs):
    result = audit_document(document(render(change_rows(pairs))))
    assert result.findings == ()


@settings(max_examples=60, deadline=None)
@given(change_table(), st.data())
def test_one_wrong_change_gives_one_finding_there(pairs, data):
    i = data.draw(st.integers(min_value=0, max_value=len(pairs) - 1))
    last, now = pairs[i]
    change = Fraction(now - last, last) * 100
    if change == 0:
        now = last + 1
        pairs[i] = (last, now)
        change = Fraction(1, last) * 100
    printed = [r[3] for r in change_rows(pairs)[1:]]
    arrow = "↑" if change > 0 else "↓"
    wrong = int(format_fraction(abs(change), 0).replace(",", "")) + 3
    printed[i] = f"{arrow} {wrong}%"
    result = audit_document(document(render(change_rows(pairs, printed))))
    keys = [(f.code, f.location.row, f.location.col) for f in result.findings]
    assert keys == [("CHG001", i + 1, 3)]


# ------------------------------------------------------------------------------ response-time bands (TIM)

STAGES = ["Stage 1", "Stage 2", "Corporate Stage 1", "Corporate Stage 2"]
BAND_HEADER = [
    "Stage",
    "Responses",
    "Within 10 working days",
    "11 to 20 working days",
    "Over 20 working days",
    "% within 10 working days",
]


@st.composite
def band_table(draw):
    """Per stage: how many responses fell in each band; responses and % within 10 derived from them."""
    n_rows = draw(st.integers(min_value=1, max_value=4))
    bands = [[draw(st.integers(min_value=0, max_value=300)) for _ in range(3)] for _ in range(n_rows)]
    for row in bands:
        if sum(row) == 0:
            row[0] = 1
    # Stage 2 no larger than Stage 1, as in any consistent report (ESC001 would rightly warn).
    return sorted(bands, key=sum, reverse=True)


def band_rows(bands, responses=None, percents=None):
    rows = [BAND_HEADER]
    for i, b in enumerate(bands):
        n = responses[i] if responses else sum(b)
        pct = percents[i] if percents else format_fraction(Fraction(100 * b[0], sum(b)), 0, HALF_UP) + "%"
        rows.append([STAGES[i], str(n), *map(str, b), pct])
    return rows


@settings(max_examples=80, deadline=None)
@given(band_table())
def test_consistent_bands_give_no_finding(bands):
    result = audit_document(document(render(band_rows(bands))))
    assert result.findings == (), [f.message for f in result.findings]


@settings(max_examples=80, deadline=None)
@given(band_table(), st.data())
def test_a_band_off_by_some_gives_one_finding_at_the_responses(bands, data):
    responses = [sum(b) for b in bands]
    percents = [format_fraction(Fraction(100 * b[0], sum(b)), 0, HALF_UP) + "%" for b in bands]
    r = data.draw(st.integers(min_value=0, max_value=len(bands) - 1))
    band = data.draw(st.integers(min_value=1, max_value=2))  # not the first band: the % stays right
    bands[r][band] += data.draw(st.integers(min_value=1, max_value=40))
    result = audit_document(document(render(band_rows(bands, responses, percents))))
    assert [(f.code, f.location.row, f.location.col) for f in result.findings] == [("TIM003", r + 1, 1)]


@settings(max_examples=80, deadline=None)
@given(band_table(), st.data())
def test_a_wrong_percent_in_time_gives_one_finding_at_that_cell(bands, data):
    r = data.draw(st.integers(min_value=0, max_value=len(bands) - 1))
    n, k = sum(bands[r]), bands[r][0]
    exact = Fraction(100 * k, n)
    shown = data.draw(st.integers(min_value=0, max_value=100).filter(lambda p: abs(p - exact) >= 1))
    percents = [format_fraction(Fraction(100 * b[0], sum(b)), 0, HALF_UP) + "%" for b in bands]
    percents[r] = f"{shown}%"
    result = audit_document(document(render(band_rows(bands, percents=percents))))
    assert [(f.code, f.location.row, f.location.col) for f in result.findings] == [("TIM004", r + 1, 5)]


# ------------------------------------------------------------------------------ narrative from tables (TXT)


@st.composite
def stage_years(draw):
    """Stage 1 ≥ Stage 2 ≥ Stage 3 for last year and this year."""
    out = []
    for _ in range(2):
        s1 = draw(st.integers(min_value=20, max_value=400))
        s2 = draw(st.integers(min_value=1, max_value=s1 // 2))
        s3 = draw(st.integers(min_value=0, max_value=s2))
        out.append((s1, s2, s3))
    return out


def stage_table(years) -> str:
    (a1, a2, a3), (b1, b2, b3) = years
    return render(
        [
            ["Stage", "2022/23", "2023/24"],
            ["Stage 1 – Local Resolution", str(a1), str(b1)],
            ["Stage 2 – Independent Investigation", str(a2), str(b2)],
            ["Stage 3 – Review Panel", str(a3), str(b3)],
        ]
    )


def narrative(years, upheld: int) -> list[str]:
    (a1, _, _), (b1, b2, b3) = years
    change = Fraction(b1 - a1, a1) * 100
    word = "increase" if b1 >= a1 else "decrease"
    moved = "rose" if b1 >= a1 else "fell"
    pct = format_fraction(abs(change), 0, HALF_UP)
    share = format_fraction(Fraction(upheld * 100, b2), 0, HALF_UP)
    return [
        "Annual complaints report 2023/24.",
        f"In 2023/24, {b1} complaints were considered at Stage 1, compared to {a1} in 2022/23.",
        f"Stage 1 complaints {moved} by {abs(b1 - a1)} on the previous year." if b1 != a1 else "No change.",
        f"There were {b1} Stage 1 complaints, a {pct}% {word} from {a1} in 2022/23.",
        f"There were a total of {b1 + b2 + b3} cases (the total of stage 1, 2 and 3 cases) in the year.",
        f"{upheld} of the {b2} Stage 2 complaints ({share}%) were upheld.",
    ]


@settings(max_examples=60, deadline=None)
@given(stage_years(), st.data())
def test_prose_derived_from_the_tables_gives_no_finding(years, data):
    upheld = data.draw(st.integers(min_value=0, max_value=years[1][1]))
    doc = document(stage_table(years), text="\n".join(narrative(years, upheld)))
    result = audit_document(doc, regime="england-children")
    txt = [f for f in result.findings if f.code.startswith("TXT")]
    assert txt == [], [f.message for f in txt]
    found, linked, checked = result.claims
    assert checked >= 5 and linked == checked <= found


@settings(max_examples=60, deadline=None)
@given(stage_years(), st.data())
def test_one_wrong_figure_in_the_prose_gives_one_finding_in_its_sentence(years, data):
    upheld = data.draw(st.integers(min_value=0, max_value=years[1][1]))
    lines = narrative(years, upheld)
    _, (b1, b2, b3) = years
    which = data.draw(st.sampled_from([1, 4, 5]))
    bump = data.draw(st.integers(min_value=1, max_value=9))
    share = format_fraction(Fraction(upheld * 100, b2), 0, HALF_UP)
    if which == 1:
        lines[1] = lines[1].replace(f"{b1} complaints", f"{b1 + bump} complaints", 1)
    elif which == 4:
        lines[4] = lines[4].replace(f"total of {b1 + b2 + b3}", f"total of {b1 + b2 + b3 + bump}", 1)
    else:
        wrong = (upheld + bump) % (b2 + 1)
        lines[5] = lines[5].replace(f"{upheld} of", f"{wrong} of", 1) if wrong != upheld else lines[5]
    doc = document(stage_table(years), text="\n".join(lines))
    result = audit_document(doc, regime="england-children")
    txt = [(f.code, f.location.sentence) for f in result.findings if f.code.startswith("TXT")]
    expected = {1: "TXT001", 4: "TXT004", 5: "TXT003"}[which]
    if which == 5 and wrong == upheld:
        assert txt == []
    elif which == 5 and fitting_conventions(Fraction(wrong * 100, b2), parse_published_number(f"{share}%")):
        assert txt in (
            [],
            [(expected, which + 1)],
        )  # the wrong count still gives the share under some rounding
    else:
        assert txt == [(expected, which + 1)]
