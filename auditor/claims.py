"""Numeric claims in the narrative: what a sentence says a figure is, and what it is said of.

A claim is one figure in a sentence with the relation the sentence states about it:

- ``value``: "56 statutory Stage 1 complaints" — a count of something, in some year;
- ``change``: "a 27% decrease from 199 in 2019/20", "up by one", "a decrease of £3,450 from the previous
  year (£12,750)" — a change, in per cent, points or the figure's own unit, with a direction, and the
  figures it is between when the sentence gives them;
- ``rate``: "3 of the 5 complaints (60%)", "70% of those investigated were upheld" — a share;
- ``sum``: "a total of 48 cases (the total of stage 1, 2 and 3 cases)" — a total of named parts;
- ``share``: any other percentage, a share of something the sentence names ("12% of Stage 1 complaints
  went on to Stage 2").

A percentage followed by "(rounded)" is marked as rounded: any rounding convention is then accepted.

What each claim is *of* (the stage, the year, the measure: received, upheld, escalated …) is read from
the words around it; checks link claims to tables with that, and a claim they cannot link is counted as
unlinked, never reported as wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from auditor.numbers import Kind, Number, parse_published_number
from auditor.sentences import Sentence

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
NUMBER_RE = re.compile(
    rf"(?<![\w.£/-])(?P<num>£\s?\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?k?|£\s?\d+(?:\.\d+)?k?|"
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_WORDS}))"
    r"(?P<pct>\s?%|\s?per\s?cent\b|\s?percentage points?\b|\s?pp\b)?"
    r"(?![\w/]|\.\d|-\d)",
)
YEAR_RE = re.compile(r"\b(20\d\d)\s*(?:/|-|–|to)\s*(?:20)?(\d\d)\b")
# A figure that is a label, not a quantity: "Stage 2", "Table 9", "para 3.7", "Q1", "aged 16", "1 April".
NOT_A_QUANTITY_BEFORE = re.compile(
    r"(\bstage|\bstep|\btable|\bpara(graph)?|\bsection|\bpage|\bappendix|\bq|\bquarter|\blevel|\btier|\baged|"
    r"\bno\.|\bnumber|\bregulation|\breg|\bchapter|\bpart|\bfigure|\bkey action|\bphase|\bitem|"
    r"\bper|\bin every|\bfor every)\s*$",
    re.IGNORECASE,
)
NOT_A_QUANTITY_AFTER = re.compile(
    r"^\s*(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(working |calendar |clear )?days?\b|weeks?\b|months?\b|years? old|hours?\b|minutes?\b|"
    r"st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)

INCREASE = r"increase[ds]?|rise|rose|risen|grew|growth|higher|more|up|went up|climbed"
DECREASE = (
    r"decrease[ds]?|decline[ds]?|fall|fell|fallen|drop(?:ped)?|reduc(?:ed|tion)|lower|fewer|less|down|"
    r"went down"
)
# "an increase of 19%", "rose by 6%", "up by one" — but not "made up of three".
CHANGE_NOUNS = r"increase|rise|growth|decrease|decline|fall|drop|reduction|change"
CHANGE_BEFORE = re.compile(
    rf"\b((?P<word>{INCREASE}|{DECREASE}|change[ds]?)\s+by|(?P<noun>{CHANGE_NOUNS})\s+of)\s+"
    r"(around |about |approximately |some |nearly |almost )?$",
    re.IGNORECASE,
)
CHANGE_AFTER = re.compile(rf"^\s*(?P<word>{INCREASE}|{DECREASE})\b", re.IGNORECASE)
DOUBLE = re.compile(r"\b(doubled|halved|trebled|tripled)\b", re.IGNORECASE)
FROM_RE = re.compile(r"^[^.;]{0,40}?\b(from|on|compared (?:to|with)|against|than)\s+(the\s+)?", re.IGNORECASE)
SINCE_YEAR = re.compile(
    r"^[^.;]{0,30}?\b(on|from|compared (?:to|with)|since|against)\s+(20\d\d)\s*(?:/|-|–)\s*(\d\d)\b", re.I
)
PREVIOUS = re.compile(r"\b(previous|last|prior|preceding) (year|period)\b|\bthe year before\b", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number as printed in a sentence, with where it is."""

    number: Number
    start: int
    end: int
    unit: str  # "count", "percent", "points", "money"

    @property
    def value(self) -> Decimal | None:
        return self.number.scaled


@dataclass(frozen=True)
class Claim:
    sentence: Sentence
    kind: str  # "value", "change", "comparison", "rate", "sum", "share"
    figure: Figure  # the figure the claim states
    year: str | None = None  # the year it is said of, when the sentence names one next to it
    direction: int = 0  # +1 increase, -1 decrease (changes)
    base: Figure | None = None  # a change's or comparison's earlier figure ("from 199")
    current: Figure | None = None  # a change's later figure, when the sentence gives it
    numerator: Figure | None = None  # a rate's "3 of the 5"
    denominator: Figure | None = None
    parts: tuple[Figure, ...] = ()  # a sum's figures, when printed
    part_names: tuple[str, ...] = ()  # or its named parts ("stage 1, 2 and 3")
    rounded: bool = False  # "(rounded)" follows
    context: str = ""  # the words the claim is about (for linking)
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text


def figures_in(text: str) -> list[Figure]:
    """Every quantity printed in ``text``; labels such as "Stage 2", years and dates are left out."""
    out = []
    years = [(m.start(), m.end()) for m in YEAR_RE.finditer(text)]
    for m in NUMBER_RE.finditer(text):
        start, end = m.start(), m.end()
        if any(a <= start < b for a, b in years):
            continue
        raw = m.group("num")
        if re.fullmatch(r"(19|20)\d\d", raw):
            continue  # a year
        before, after = text[:start], text[end:]
        if NOT_A_QUANTITY_BEFORE.search(before) or NOT_A_QUANTITY_AFTER.search(after):
            continue
        if re.match(r"^\s*\d", after) or re.search(r"\d\.\s*$", before):
            continue
        if _is_numbering(text, start, end):
            continue
        pct = (m.group("pct") or "").strip().lower()
        word = raw.lower()
        if word in WORD_NUMBERS:
            number = Number(raw, Kind.COUNT, Decimal(WORD_NUMBERS[word]))
            if (
                word == "one"
                and not re.match(r"^\s*(of|more|fewer|less|complaint|case|stage|new|formal)\b", after, re.I)
                and not re.search(r"\bby\s*$", before)
            ):
                continue  # "one" is too often not a count ("one of the reasons")
        else:
            number = parse_published_number(
                raw.replace(" ", "") + ("%" if pct in ("%", "per cent", "percent") else "")
            )
        if number.value is None:
            continue
        unit = (
            "points"
            if pct.startswith(("percentage", "pp"))
            else "percent"
            if pct
            else ("money" if number.kind == Kind.MONEY else "count")
        )
        out.append(Figure(number, start, end, unit))
    return out


def _is_numbering(text: str, start: int, end: int) -> bool:
    """A paragraph or heading number ("7.1 The maximum …", "5 Stage 1 Complaints:"), or a footnote mark
    ("(3) Stage 2 corporate complaints …"), at the start of a sentence."""
    lead = text[:start].strip(" -–•·")
    if lead in ("", "(") and text[end : end + 1] == ")":
        return True
    if lead:
        return False
    rest = text[end:]
    if re.fullmatch(r"[.)]\s*", rest) or re.match(r"^[.)]\s+[A-Z]", rest):
        return True  # "1." or "2) Summary": a list or heading number
    if re.match(r"^\.\d", rest) or (re.match(r"^\s+[A-Z]", rest) and "." in text[start:end]):
        return True
    if not re.match(r"^\s+[A-Z]", rest):
        return False
    words = text.split()
    alphabetic = [w for w in words if w[:1].isalpha()]
    title_case = sum(w[0].isupper() for w in alphabetic) >= 0.7 * max(1, len(alphabetic))
    subsection = re.search(r"\s\d+\.\d+\s+[A-Z]", text)
    return len(words) <= 8 or text.rstrip().endswith(":") or title_case or bool(subsection)


def previous_year_near(text: str, end: int) -> bool:
    """ "(87 last year)", "42 the previous year": a figure said of the year before the report's."""
    return bool(
        re.match(r"^\s*(in |for |during )?(the )?(last|previous|prior|preceding) year\b", text[end:], re.I)
    )


def _year_near(text: str, start: int, end: int) -> str | None:
    """A financial year written right after a figure: "199 in 2019/20", "(42 in 2016/17)"."""
    m = re.match(r"^\s*(in|for|during|of)?\s*(20\d\d)\s*(?:/|-|–|to)\s*(?:20)?(\d\d)\b", text[end:], re.I)
    if m:
        return _label(int(m.group(2)), int(m.group(3)))
    return None


def _label(first: int, second: int) -> str | None:
    return f"{first}/{second:02d}" if (first + 1) % 100 == second % 100 else None


def years_named(text: str) -> list[str]:
    out = []
    for m in YEAR_RE.finditer(text):
        label = _label(int(m.group(1)), int(m.group(2)))
        if label and label not in out:
            out.append(label)
    return out


def claims_in(sentence: Sentence) -> list[Claim]:
    """The claims of one sentence, in reading order. A figure used as a change's base, a rate's parts
    or a sum's parts is part of that claim, not a claim of its own. A "sentence" of bare figures is
    the residue of a table read as text, not narrative."""
    text = sentence.text
    figures = figures_in(text)
    if any(re.fullmatch(r"\s+", text[a.end : b.start]) for a, b in pairwise(figures)):
        return []
    used: set[int] = set()
    found: list[tuple[int, Claim]] = []
    # Relations first, so that "145 complaints, a 27% decrease from 199" reads 145 as the change's
    # later figure rather than as a count of its own.
    for i in range(len(figures)):
        if i in used:
            continue
        claim = (
            _comparison(sentence, figures, i, used)
            or _change(sentence, figures, i, used)
            or _rate(sentence, figures, i, used)
            or _sum(sentence, figures, i, used)
        )
        if claim is not None:
            used.add(i)
            found.append((i, claim))
    found += [(len(figures), c) for c in _factor_changes(sentence, figures, used)]
    for i, f in enumerate(figures):
        if i not in used and f.unit == "percent":
            # "12% of Stage 1 complaints went on to Stage 2", "57(47%)": a share of something the
            # sentence names; the escalation and Ombudsman checks link some of them.
            found.append((i, Claim(sentence, "share", f, year=_year_near(text, f.start, f.end),
                                   context=text[f.end : f.end + 70])))  # fmt: skip
            continue
        if i in used or f.unit != "count" or f.number.decimals:
            continue
        if re.match(r"^\s*(per|in every|for every)\b", text[f.end :], re.I):
            continue
        found.append((i, Claim(sentence, "value", f, year=_year_near(text, f.start, f.end),
                               context=text[f.end : f.end + 70])))  # fmt: skip
    return [c for _, c in sorted(found, key=lambda x: x[0])]


FACTORS = {"doubled": 2, "trebled": 3, "tripled": 3, "halved": Fraction(1, 2)}


def _factor_changes(sentence: Sentence, figures: list[Figure], used: set[int]) -> list[Claim]:
    """ "Stage 2 complaints doubled (from 7 to 14)", "halved": a change by a factor."""
    text = sentence.text
    out = []
    for m in DOUBLE.finditer(text):
        word = m.group(1).lower()
        factor = FACTORS[word]
        figure = Figure(Number(m.group(1), Kind.TEXT, Decimal(0)), m.start(), m.end(), "factor")
        base = current = None
        span = re.match(r"^[^.;]{0,20}?\bfrom\s+\S+(\s+in\s+\S+)?\s+to\s+\S+", text[m.end() :])
        if span:
            pair = [
                j
                for j, g in enumerate(figures)
                if m.end() <= g.start < m.end() + span.end() and j not in used
            ]
            if len(pair) == 2:
                base, current = figures[pair[0]], figures[pair[1]]
                used.update(pair)
        since = SINCE_YEAR.match(text[m.end() :])
        extra = {"factor": factor}
        if since:
            extra["base_year"] = _label(int(since.group(2)), int(since.group(3)))
        context = text[max(0, m.start() - 80) : m.end() + 80]
        out.append(Claim(sentence, "change", figure, direction=1 if factor > 1 else -1, base=base,
                         current=current, extra=extra, context=context))  # fmt: skip
    return out


COMPARED_BEFORE = re.compile(
    rf"\b(?P<word>{INCREASE}|{DECREASE})\s+(on|from)\s+(the\s+)?([\w'’]+\s+){{0,3}}$", re.IGNORECASE
)


def _comparison(sentence, figures, i, used) -> Claim | None:
    """ "94% in 2017/18, up from 93% in 2016/17", "70% …, a decline on the 57% of 2019-20": the figure
    after "up from" / "a decline on" is the earlier one, the nearest like figure before it the later."""
    text = sentence.text
    if i + 1 >= len(figures):
        return None
    later, earlier = figures[i], figures[i + 1]
    m = COMPARED_BEFORE.search(text[later.end : earlier.start])
    if not m or later.unit != earlier.unit or later.unit not in ("count", "percent", "money"):
        return None
    if text[later.end : earlier.start].count(",") > 2 or earlier.start - later.end > 120:
        return None
    used.add(i + 1)
    return Claim(sentence, "comparison", later, year=_year_near(text, later.start, later.end),
                 direction=_direction(m.group("word").lower()), base=earlier,
                 current=later, context=text[later.start : earlier.end + 20],
                 extra={"base_year": _year_near(text, earlier.start, earlier.end)})  # fmt: skip


def _direction(word: str) -> int:
    return 1 if re.fullmatch(INCREASE, word, re.I) else -1


def _change(sentence, figures, i, used) -> Claim | None:
    text = sentence.text
    f = figures[i]
    before, after = text[: f.start], text[f.end :]
    m = CHANGE_BEFORE.search(before[-60:]) or (
        CHANGE_AFTER.match(after) if f.unit in ("percent", "points") else None
    )
    if not m or (f.unit == "count" and not re.search(r"\bby\s+\S*\s*$|\bof\s+\S*\s*$", before[-20:])):
        if not m:
            return None
    word = m.group("word") or m.group("noun")
    if word.lower().startswith("change"):
        return None
    direction = _direction(word.lower())
    base = current = None
    year = None
    rest = text[f.end :]
    fm = FROM_RE.match(rest)
    if fm:
        for j, g in enumerate(figures):
            if j > i and g.start >= f.end + fm.end() - 1 and _unit_fits(f, g) and g.start - f.end < 90:
                base = g
                used.add(j)
                year = _year_near(text, g.start, g.end)
                break
    if base is None and PREVIOUS.search(rest[:60]):
        paren = re.match(r"^[^.;(]*\(\s*", rest[:80])
        if paren:
            for j, g in enumerate(figures):
                if j > i and g.start >= f.end + paren.end() and _unit_fits(f, g):
                    base = g
                    used.add(j)
                    break
    to = re.match(r"^[^.;]{0,40}?\bto\s+", rest)
    if to:
        for j, g in enumerate(figures):
            if j > i and g.start >= f.end + to.end() - 1 and _unit_fits(f, g) and j not in used:
                current = g
                used.add(j)
                break
    if base is None and current is None:
        # "rose from 15 to 20, an increase of 25%": the two figures came first.
        span = re.search(r"\bfrom\s+(\S+)(\s+in\s+\S+)?\s+to\s+(\S+)[^.;]{0,40}$", text[: f.start])
        if span:
            pair = [j for j, g in enumerate(figures) if j < i and span.start() <= g.start < f.start]
            if len(pair) == 2 and all(_unit_fits(f, figures[j]) for j in pair):
                base, current = figures[pair[0]], figures[pair[1]]
                used.update(pair)
    if current is not None and base is None:
        # "increased by 6% to 42% (36% in 2022/23)": the earlier figure in brackets after the later.
        paren = re.match(r"^\s*\(\s*", text[current.end :])
        if paren:
            j = next((j for j, g in enumerate(figures) if g.start == current.end + paren.end()), None)
            if j is not None and figures[j].unit == current.unit:
                base = figures[j]
                used.add(j)
                year = _year_near(text, base.start, base.end)
    if current is None:
        # "costs of £9,300; a decrease of £3,450 …": the same kind of figure just before the change.
        for j in range(i - 1, -1, -1):
            g = figures[j]
            if _unit_fits(f, g) and j not in used and f.start - g.end < 80:
                current = g
                used.add(j)
                break
    # "up by one on 2022/23": the year named after the change is the earlier one.
    since = SINCE_YEAR.match(text[f.end :])
    extra = {"base_year": _label(int(since.group(2)), int(since.group(3)))} if since else {}
    context = text[max(0, f.start - 80) : f.end + 80]
    return Claim(sentence, "change", f, year=year, direction=direction, base=base, current=current,
                 extra=extra, context=context)  # fmt: skip


def _unit_fits(f: Figure, g: Figure) -> bool:
    """Can ``g`` be one of the two figures that ``f`` is the change between?"""
    if f.unit == "percent":
        return g.unit in ("count", "percent", "money")  # "up 6%": of a count, or of a rate (loosely)
    return g.unit == _base_unit(f)


def _base_unit(f: Figure) -> str:
    """A 27% change is between two counts; a change of 6 points between two percentages; "up by one"
    between two counts; a £3,450 decrease between two sums of money."""
    if f.unit == "points":
        return "percent"
    if f.unit == "percent":
        return "count"
    return f.unit


def _rate(sentence, figures, i, used) -> Claim | None:
    text = sentence.text
    f = figures[i]
    if f.unit != "count":
        return None
    after = text[f.end :]
    if i + 1 >= len(figures):
        return None
    g = figures[i + 1]
    of = re.match(r"^\s+(out )?of\s+(the\s+|all\s+|these\s+|those\s+)?", after, re.I)
    if of and g.start == f.end + of.end() and g.unit == "count":
        numerator, denominator = f, g  # "3 of the 5"
    elif (
        re.search(r"\bout of\s+(the\s+|all\s+)?$", text[: f.start], re.I)
        and g.unit == "count"
        and g.start - f.end < 60
    ):
        numerator, denominator = g, f  # "out of the five complaints, three were …"
    else:
        return None
    f, g = numerator, denominator
    used.add(i + 1)
    pct = None
    for j in range(i + 2, min(i + 4, len(figures))):
        h = figures[j]
        if h.unit == "percent" and h.start - g.end < 120:
            pct = h
            used.add(j)
            break
    if pct is None:
        return None  # "3 of the 5" alone states two counts, not a share
    rounded = bool(re.match(r"^\s*\(?rounded\)?", text[pct.end :], re.I))
    return Claim(sentence, "rate", pct, numerator=f, denominator=g, rounded=rounded,
                 context=text[max(0, f.start - 60) : pct.end + 60])  # fmt: skip


SUM_RE = re.compile(
    r"^\s*(\w+\s+){0,3}\((the\s+)?(total|sum)\s+of\s+(?P<names>[^)]*)\)|^\s*(\w+\s+){0,3}\((?P<list>[^)]*\d[^)]*)\)",
    re.IGNORECASE,
)


def _sum(sentence, figures, i, used) -> Claim | None:
    text = sentence.text
    f = figures[i]
    if f.unit not in ("count", "money") or not re.search(
        r"\b(a total of|in total|total of|altogether)\s*$", text[: f.start], re.I
    ):
        return None
    m = SUM_RE.match(text[f.end :])
    if not m:
        return None
    if m.group("names"):
        inside = (f.end + m.start("names"), f.end + m.end("names"))
        for j, g in enumerate(figures):
            if inside[0] <= g.start < inside[1]:
                used.add(j)
        names = tuple(
            re.findall(
                r"stage\s*\d|\b\d\b|ombudsman|representations?|compliments?|enquir\w+", m.group("names"), re.I
            )
        )
        return Claim(sentence, "sum", f, part_names=names, context=m.group(0))
    inside_start = f.end + m.start("list")
    parts = tuple(
        g for j, g in enumerate(figures) if g.start >= inside_start and g.end <= f.end + m.end("list")
    )
    if len(parts) < 2:
        return None
    for j, g in enumerate(figures):
        if g in parts:
            used.add(j)
    return Claim(sentence, "sum", f, parts=parts, context=m.group(0))


def claim_index(claims, sentence_index: int, figure_text: str) -> int | None:
    """The position in ``claims`` of the claim stating ``figure_text`` in sentence ``sentence_index``."""
    wanted = figure_text.replace(" ", "")
    return next(
        (i for i, c in enumerate(claims)
         if c.sentence.index == sentence_index and c.figure.number.text.replace(" ", "") == wanted),
        None,
    )  # fmt: skip
