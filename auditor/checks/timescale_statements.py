"""Reading stated timescales ("Stage 2 – Independent Investigation (up to 65 working days)", a table's
"Timescale (working days)" column) and judging each against the rule packs that govern it.

This is the part of the TIM checks that knows the regulations; ``timescales.py`` holds the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from auditor.checks.common import STAGE_NAMES
from auditor.model import Severity
from auditor.packs import Pack, Timescale, find_terms
from auditor.regime import Regime, governing_packs

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "sixty-five": 65, "sixty five": 65,
}  # fmt: skip
_NUMBER = r"\d{1,3}|" + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
DURATION_RE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s*(?:\(\d+\)\s*)?(?P<unit>working\s+days?|work(?:ing)?\s*-?\s*days?|WDs?|"
    r"calendar\s+days?|clear\s+days?|days?|weeks?|(?:calendar\s+)?months?|years?)\b",
    re.IGNORECASE,
)
# Said of a timescale: it is the law's (or the Code's), or the body's own.
STATUTORY_WORDS = re.compile(
    r"\bstatutory\b|\bstatutorily\b|\b(the|these)\s+regulations\b|\bregulations\s+(require|say|state|set)|"
    r"\bunder the regulations\b|\brequired by (law|the regulations|the code)\b|"
    r"\bthe code (requires|says|sets)|"
    r"\b(complaint handling )?code requires\b|\blegal(ly)? (requirement|required)\b|"
    r"\b(the\s+)?code['’]?s\s+timescales?\b|\bunder the code\b",
    re.IGNORECASE,
)
# Said of the body's own figure: "our statutory timescale of 7 days" is a local target called statutory,
# while "the Regulations require 20 days" misstates the law.
LOCAL_WORDS = re.compile(r"\b(our|we|local|internal|own|council'?s|target)\b", re.I)
# "Alongside the statutory timescales, the Council sets its own local target of 7 working days": the
# figure is the body's own, whatever else the sentence calls statutory.
OWN_TARGET = re.compile(r"\b(own|local|internal)\s+(target|standard|aim)", re.I)
STAGE_ENDING_STEPS = ("response", "panel", "discussion", "end_to_end")
MAXIMUM_WORDS = re.compile(
    r"\b(up to|maximum|max\.?|at most|no (more|longer) than|extend(ed|able)? to)\s*$", re.I
)
EXTENSION_WORDS = re.compile(r"\b(further|extension|extended by|additional|another)\b[^.;]{0,25}$", re.I)

# The step of a stage a phrase is about, most specific first; looked for just before the duration.
STEP_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    ("acknowledge", re.compile(r"acknowledg", re.I)),
    (
        "panel_report",
        re.compile(r"panel'?s?\s+(written\s+)?report|report of the panel|panel report|\bits report\b", re.I),
    ),
    (
        "authority_response",
        re.compile(r"(authority|council|director)'?s?\s+(response|decision)|respond to the panel", re.I),
    ),
    ("panel", re.compile(r"\bpanel\b|convene|hearing", re.I)),
    ("discussion", re.compile(r"\bdiscuss", re.I)),
    ("resolution_terms", re.compile(r"written (record|terms|resolution)|terms of (the )?resolution", re.I)),
    ("request", re.compile(r"\brequest|\bask(ed)? for\b|\bto escalate\b|\bescalat(e|ion) request", re.I)),
    ("time_limit", re.compile(r"\bto (make|raise|submit) a complaint\b|\bof the (event|matter)\b", re.I)),
    (
        "response",
        re.compile(
            r"respon|\brepl|\banswer|complet|dealt with|deal with|investigat|resolv|conclud|outcome|"
            r"\bdecision|\bclose|adjudicat",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class Statement:
    """One stated timescale: "Stage 2 … within 25 working days"."""

    value: int
    unit: str  # "working_days", "days" (unit not said), "calendar_days", "weeks", "months"
    stage: str
    step: str | None
    text: str  # the words the value was read from
    context: str  # the sentence (and its lead), for deciding which pack governs it
    statutory: bool  # said to be the law's or the Code's
    local: bool  # said to be the body's own
    as_maximum: bool  # "up to", "maximum", "extended to"
    as_extension: bool  # "a further ten days"


@dataclass(frozen=True)
class Verdict:
    """What the packs say about a statement."""

    kind: str  # "ok", "contradicts", "unit", "local-as-statutory", "no-rule"
    pack: Pack | None = None
    timescale: Timescale | None = None
    allowed: tuple[int, ...] = ()
    severity: Severity = Severity.WARNING
    explanation: str = ""


def read_statements(
    text: str,
    context: str,
    packs: tuple[Pack, ...],
    *,
    default_stage: str | None = None,
    default_unit: str | None = None,
    default_step: str | None = None,
) -> Iterator[Statement]:
    """Every duration in ``text`` with the stage it is said of (the nearest stage named before it in
    ``text``, else ``default_stage``) and the step (acknowledge, response, panel … from the words just
    before it; else ``default_step``)."""
    if not DURATION_RE.search(text):
        return
    mentions = stage_mentions(text, packs)
    for m in DURATION_RE.finditer(text):
        before = text[: m.start()]
        earlier = [x for x in mentions if x[1] <= m.start()]
        stage = earlier[-1][2] if earlier else default_stage
        # The words between the stage's mention (or the clause start) and the number say what it is.
        clause_start = max(earlier[-1][1] if earlier else 0, _clause_start(before))
        phrase = text[clause_start : m.start()]
        step = (
            _step_in(phrase)
            or _step_in(text[_clause_start(text[: earlier[-1][0]]) if earlier else 0 : m.start()])
            or default_step
        )
        if stage is None and step in ("panel", "panel_report"):
            stage = "stage3"  # only a review panel stage has a panel
        if stage is None:
            continue
        unit = _unit(m.group("unit"), default_unit)
        if unit is None:
            continue
        value = _number(m.group("n"))
        if unit in ("months", "years") and not re.search(r"\b(within|up to|of|after|than)\s*$", before):
            continue  # "over the past three years" is not a timescale
        if unit == "years":
            unit, value = "months", value * 12
        yield Statement(
            value=value,
            unit=unit,
            stage=stage,
            step=step,
            text=m.group(0),
            context=context,
            statutory=bool(STATUTORY_WORDS.search(context)) and not OWN_TARGET.search(context),
            local=bool(LOCAL_WORDS.search(context)),
            as_maximum=bool(MAXIMUM_WORDS.search(before[-40:])),
            as_extension=bool(EXTENSION_WORDS.search(before[-60:])),
        )


def _step_in(phrase: str) -> str | None:
    return next((name for name, rx in STEP_WORDS if rx.search(phrase)), None)


def stage_mentions(text: str, packs: tuple[Pack, ...]) -> list[tuple[int, int, str]]:
    """Where stages are named in ``text``, read with each pack's vocabulary; a name inside a longer one
    ("Review" in "Independent Review Panel") is dropped, and where two packs read one span differently
    the first pack (the document's regime) wins."""
    found: list[tuple[int, int, str]] = []
    for pack in packs:
        for m in find_terms(text, pack, among=("stage1", "stage2", "stage3")):
            if not any(o[0] <= m[0] and m[1] <= o[1] for o in found):
                found = [o for o in found if not (m[0] <= o[0] and o[1] <= m[1])] + [m]
    return sorted(found)


def _clause_start(before: str) -> int:
    cut = max(before.rfind(";"), before.rfind(". "), before.rfind(" and "), before.rfind(","))
    return cut + 1 if cut >= 0 else 0


def _number(text: str) -> int:
    text = text.lower().replace("-", " ") if not text.isdigit() else text
    return (
        int(text) if text.isdigit() else WORD_NUMBERS.get(text, WORD_NUMBERS.get(text.replace(" ", "-"), 0))
    )


def _unit(text: str, default: str | None) -> str | None:
    t = text.lower()
    if "calendar" in t and "month" not in t:
        return "calendar_days"
    if "clear" in t:
        return "calendar_days"
    if "work" in t or t.startswith("wd"):
        return "working_days"
    if t.startswith("day"):
        return default or "days"
    if t.startswith("week"):
        return "weeks"
    if t.startswith("month") or "month" in t:
        return "months"
    if t.startswith("year"):
        return "years"
    return None


def judge(statement: Statement, regime: Regime) -> Verdict:
    """The statement under each pack that may govern it. In a document that reports on two regimes an
    unqualified statement may be either's: it is wrong only when it is wrong under every one of them."""
    verdicts = [
        _judge_one(statement, pack, regime.on_date) for pack in governing_packs(regime, statement.context)
    ]
    if not verdicts or any(v.kind in ("ok", "no-rule") for v in verdicts):
        return next((v for v in verdicts if v.kind == "ok"), Verdict("no-rule"))
    order = ("contradicts", "unit", "local-as-statutory")
    return min(verdicts, key=lambda v: order.index(v.kind))


def _in_force(pack: Pack, stage: str, on: date | None) -> list[Timescale]:
    if on is not None and not pack.applies_on(on):
        return []
    return [t for t in pack.timescales if t.stage == stage and (on is None or t.applies_on(on))]


def _judge_one(st: Statement, pack: Pack, on: date | None) -> Verdict:
    rules = _in_force(pack, st.stage, on)
    days = (
        [t for t in rules if t.unit != "months"]
        if st.unit != "months"
        else [t for t in rules if t.unit == "months"]
    )
    if st.step is not None and any(t.step == st.step for t in days):
        days = [t for t in days if t.step == st.step]
    elif st.step == "response":
        # No "response" step as such (a children's Stage 3 is a panel; a Welsh Stage 1 a discussion):
        # the steps that end a stage stand for it; an acknowledgement or a time limit does not.
        days = [t for t in days if t.step in STAGE_ENDING_STEPS]
    elif st.step is not None:
        # A step this regime does not time (a Stage 2 acknowledgement in the children's regime): nothing
        # to compare with.
        return Verdict("no-rule", pack)
    if not days:
        if st.statutory and st.unit != "months":
            return Verdict(
                "local-as-statutory",
                pack,
                severity=pack.checks.severity.get("local-target-as-statutory", Severity.WARNING),
                explanation=f"{pack.title} sets no {STAGE_NAMES[st.stage]} {_step_name(st.step)} timescale",
            )
        return Verdict("no-rule", pack)
    allowed = _allowed(days, st)
    value = _in_working_days(st)
    # Calendar days (or days of unsaid kind) are about 7/5 of as many working days: "28 days" for 20 WD.
    as_calendar = st.unit in ("calendar_days", "days") and any(abs(value - a * 7 / 5) <= 2 for a in allowed)
    if value in allowed or as_calendar:
        if st.unit == "calendar_days" and value in allowed and any(t.unit == "working_days" for t in days):
            return _verdict("unit", pack, days, allowed, st)
        return Verdict("ok", pack, days[0], allowed)
    ending = [t for t in days if t.step in STAGE_ENDING_STEPS] or days
    base = min(t.base for t in ending)
    if value < base and st.statutory and st.local and not st.as_extension:
        return _verdict("local-as-statutory", pack, days, allowed, st)
    if value < base and not st.statutory:
        return Verdict("ok", pack, days[0], allowed)  # a stricter local target, not called statutory
    longest = max(t.maximum or t.base for t in ending)
    if value <= longest and not st.statutory:
        # Within the legal limit and not said to be the law's: a local target ("Stage 1 in 15 days").
        return Verdict("ok", pack, days[0], allowed)
    return _verdict("contradicts", pack, days, allowed, st)


def _verdict(
    kind: str, pack: Pack, days: list[Timescale], allowed: tuple[int, ...], st: Statement
) -> Verdict:
    rule = min(days, key=lambda t: (t.step != (st.step or "response"), t.base))
    situation = {
        "contradicts": "timescale-label-mismatch",
        "unit": "timescale-unit-mismatch",
        "local-as-statutory": "local-target-as-statutory",
    }[kind]
    default = Severity.ERROR if kind == "contradicts" else Severity.WARNING
    severity = pack.checks.severity.get(situation, default)
    if rule.figures_evidence == "U":
        severity = min(severity, pack.checks.unverified_cap)
    return Verdict(kind, pack, rule, allowed, severity, describe_rule(rule))


def _allowed(rules: list[Timescale], st: Statement) -> tuple[int, ...]:
    values: set[int] = set()
    for t in rules:
        values.add(t.base)
        if t.maximum is not None:
            values.add(t.maximum)
        if t.extension is not None and st.as_extension:
            values.add(t.extension)
    return tuple(sorted(values))


def _in_working_days(st: Statement) -> int:
    return st.value * 5 if st.unit == "weeks" else st.value


def describe_rule(t: Timescale) -> str:
    unit = {"working_days": "working days", "calendar_days": "calendar days", "months": "months"}[t.unit]
    if t.maximum is not None:
        figure = f"{t.base} {unit}, extendable to {t.maximum}"
    elif t.extendable:
        figure = f"{t.base} {unit}, extendable"
    else:
        figure = f"{t.base} {unit}"
    return f"{STAGE_NAMES[t.stage]} {_step_name(t.step)}: {figure} ({t.citation})"


def _step_name(step: str | None) -> str:
    return {
        None: "response",
        "time_limit": "time limit to complain",
        "acknowledge": "acknowledgement",
        "discussion": "discussion",
        "response": "response",
        "resolution_terms": "written resolution",
        "delay_explanation": "explanation of delay",
        "request": "request",
        "panel": "panel meeting",
        "panel_report": "panel report",
        "authority_response": "authority's response to the panel",
        "end_to_end": "whole stage",
    }[step]
