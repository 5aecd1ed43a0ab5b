"""TXT: the narrative's figures against the tables and against themselves.

Claims come from ``auditor.claims``; here they are linked to figures — other figures in the same sentence,
or the document's stage counts by year — and recomputed. A claim that cannot be linked is counted as
unlinked (the report shows claims found / linked / checked), never reported as wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from itertools import product

from auditor.checks.across import CORE, quantities
from auditor.checks.base import Check, ClaimStatus, Comparison, Context
from auditor.checks.common import STAGE_NAMES, plain
from auditor.checks.escalation import vocabulary_pack
from auditor.checks.stage_counts import document_stage_counts
from auditor.checks.timescale_statements import stage_mentions
from auditor.claims import PREVIOUS, Claim, Figure, previous_year_near, years_named
from auditor.model import Severity
from auditor.numbers import financial_year
from auditor.packs import normalise_label
from auditor.rounding import CONVENTIONS, exact_text, fitting_conventions

STAGES = frozenset({"stage1", "stage2", "stage3"})
# A count said of something other than the whole stage: not linkable to the stage totals.
OTHER_MEASURE = re.compile(
    r"upheld|closed|respon|resolved|escalat|withdrawn|within|late|investigat|referred|outcome|"
    r"decided|advocate|young people|parents?|online|email|telephone|issues|themes|enquir|compliments?|"
    r"representations?|service|team|element|\bof (these|them|which|the)\b|went on|progressed|made by|from",
    re.IGNORECASE,
)


def _prior(year: str | None) -> str | None:
    if not year:
        return None
    first = int(year[:4]) - 1
    return financial_year(first)


def _exact(f: Figure) -> Fraction:
    return Fraction(f.value)


class _ClaimCheck(Check):
    """Shared linking of claims to the document's figures (not a check of its own)."""

    abstract = True
    kinds: tuple[str, ...] = ()

    def check_document(self, ctx: Context) -> Iterator[Comparison | ClaimStatus]:
        self.ctx = ctx
        self.pack = vocabulary_pack(ctx)
        self.counts = document_stage_counts(ctx, self.pack)
        self._totals: list | None = None  # the document's named totals, read on first need
        self.report_year = ctx.regime.year.label if ctx.regime and ctx.regime.year else None
        for index, claim in enumerate(ctx.claims):
            if claim.kind in self.kinds:
                yield from self.judge(index, claim)

    def judge(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        raise NotImplementedError

    # -- linking ----------------------------------------------------------------------------------
    def stage_of(self, text: str) -> str | None:
        packs = self.ctx.regime.packs if self.ctx.regime and self.ctx.regime.packs else (self.pack,)
        stages = {m[2] for m in stage_mentions(text, packs)}
        return stages.pop() if len(stages) == 1 else None

    def year_of(self, claim: Claim) -> str | None:
        if claim.year:
            return claim.year
        named = years_named(claim.text)
        if len(named) == 1:
            return named[0]
        return self.report_year if not named else None

    def counted(self, stage: str | None, year: str | None) -> list[Fraction]:
        if not stage or not year:
            return []
        return [c.value for c in self.counts.get((stage, year), [])]

    def location(self, claim: Claim):
        return self.ctx.sentence_location(claim.sentence)


# ------------------------------------------------------------------------------------------ TXT001


class ClaimContradictsTable(_ClaimCheck):
    """A figure in the narrative contradicts the table it restates.

    What it checks:
        A count in a sentence that names a stage and a year ("56 statutory Stage 1 complaints",
        "41 complaints were considered at Stage 1, compared to 42 in 2022/23") against the stage
        counts the document's tables give for that stage and year (a table of stages by year, of
        years by stage, or a Total row under a caption naming the year). A year named next to the
        figure wins; otherwise the year the sentence names, otherwise the reporting year.
    Why it matters:
        Committee members read the narrative, not the tables; a narrative figure that differs from
        the table beside it is the one they will quote.
    Failing example:
        | Stage | 2022/23 | 2023/24 |
        | Stage 1 | 42 | 43 |
        with "41 complaints were considered at Stage 1 in 2023/24."
    Passing example:
        the same table with "43 complaints were considered at Stage 1, compared to 42 in 2022/23."
    Options:
        None.
    Known limitations:
        Only whole-stage counts are linked: a count of something within a stage (upheld, closed,
        responded to, from parents …) is left unlinked, as is a count that names no stage.
    """

    code = "TXT001"
    name = "claim-contradicts-table"
    template = (
        "{where}: the narrative says {published} {stage}complaints in {year}; the tables give {expected}"
    )
    kinds = ("value",)

    def judge(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        if self._qualified(claim):
            return
        stage = self._stage_right_after(claim) or self._stage_of_comparison(index, claim)
        if stage is None:
            yield from self._total(index, claim)
            return
        year = claim.year or (
            _prior(self.report_year) if previous_year_near(claim.text, claim.figure.end) else None
        )
        year = year or self._clause_year(claim) or self.report_year
        values = self.counted(stage, year)
        if not values:
            return
        yield ClaimStatus(index, "checked")
        shown = claim.figure.number
        value = _exact(claim.figure)
        yield self.compare_at(
            self.location(claim),
            shown,
            value if value in values else values[0],
            fits=frozenset(CONVENTIONS) if value in values else frozenset(),
            where=f"page {claim.sentence.page}",
            stage=STAGE_NAMES[stage] + " ",
            year=year,
            published=shown.text,
            expected=" or ".join(plain(v) for v in values),
        )

    def _total(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        """ "1,602 representations were received", "362 complaints": a document total, linked to the one
        total row of the tables that counts the same thing in that year."""
        m = re.match(r"^\s+(?P<noun>[a-z]+)(\s+(were|was)\s+(received|made|recorded|logged))?\s*([.,;]|$)",
                     claim.text[claim.figure.end :])  # fmt: skip
        if not m:
            return
        noun = normalise_label(m.group("noun"))
        if len(noun) != 1 or noun[0] not in CORE:
            return
        year = claim.year or self._clause_year(claim) or self.report_year
        if self._totals is None:
            self._totals = quantities(self.ctx.understood, self.ctx)
        candidates = [q for q in self._totals if q.year == year
                      and q.measure == "received" and noun[0] in q.what and not q.what & STAGES]  # fmt: skip
        if len({q.value for q in candidates}) != 1:
            return  # none, or totals that disagree (XTB001's to report)
        yield ClaimStatus(index, "checked")
        total = candidates[0].value
        shown = claim.figure.number
        yield self.compare_at(
            self.location(claim),
            shown,
            total,
            fits=frozenset(CONVENTIONS) if _exact(claim.figure) == total else frozenset(),
            where=f"page {claim.sentence.page}",
            stage="",
            year=year,
            published=shown.text,
            expected=f"{plain(total)} ('{candidates[0].label}', table {candidates[0].table})",
        )

    def _stage_right_after(self, claim: Claim) -> str | None:
        """ "56 statutory Stage 1 complaints", "41 complaints were considered at Stage 1": the stage is
        named within a few words of the figure, with nothing but 'complaints (were) received at'
        between."""
        after = claim.text[claim.figure.end : claim.figure.end + 80]
        m = re.match(
            r"^\s+((new|statutory|formal|children's|children act)\s+)*"
            r"(?P<stage>[^,;.()]{3,40}?)\s+complaints?\b"
            r"|^\s+complaints?\s+(were\s+|was\s+)?(received|considered|handled|dealt with|made|logged)?\s*"
            r"(at|under|in)\s+(?P<stage2>[^,;.()]{3,40})",
            after,
            re.IGNORECASE,
        )
        if not m:
            return None
        words = m.group("stage") or m.group("stage2") or ""
        return self.stage_of(words)

    def _qualified(self, claim: Claim) -> bool:
        """A count of part of a stage: "upheld … 508 Stage 1 complaints", "48 Stage 2 complaints against
        121", "Four Stage 2 complaints concerned commissioned care"."""
        text = claim.text
        # Everything before the figure: "We upheld … 508 Stage 1 complaints (66%) and 62 Stage 2
        # complaints" qualifies the 62 too.
        before = text[: claim.figure.start]
        after = re.split(r"[,;:()]", text[claim.figure.end :])[0]
        qualifier = re.compile(
            r"\b(concern\w*|about|relat\w*|regarding|against|for|from|by|in respect|per|involv\w*|"
            r"upheld|closed|responded|resolved|escalated|withdrawn|investigated|late|on time|within|"
            r"quarter|q[1-4]|month|week|january|february|march|april|may|june|july|august|september|"
            r"october|november|december|since|so far|to date)\b",
            re.IGNORECASE,
        )
        # "Poor communication – 55 complaints": an item of a breakdown, not the whole.
        item = re.search(r"(\s[–—-]|:)\s*$", before)
        return bool(
            item or qualifier.search(before) or qualifier.search(after) or OTHER_MEASURE.search(before)
        )

    def _clause_year(self, claim: Claim) -> str | None:
        text = claim.text
        start = max(text.rfind(c, 0, claim.figure.start) for c in ",;(") + 1
        end_candidates = [i for i in (text.find(c, claim.figure.end) for c in ",;(") if i >= 0]
        clause = text[start : min(end_candidates) if end_candidates else len(text)]
        named = years_named(clause)
        return named[0] if len(named) == 1 else None

    def _stage_of_comparison(self, index: int, claim: Claim) -> str | None:
        """ "… 43 at Stage 1, compared to 42 in 2022/23": the second figure is of the first's stage."""
        before = claim.text[: claim.figure.start]
        if not re.search(r"\b(compared (to|with)|against|from|than)\s+(the\s+)?$", before, re.I):
            return None
        earlier = [c for c in self.ctx.claims[:index] if c.sentence is claim.sentence and c.kind == "value"]
        if not earlier:
            return None
        head = re.split(r"\b(compared|against|than)\b|[;,(]", earlier[-1].context)[0]
        stage = self.stage_of(head)
        return stage if stage and not OTHER_MEASURE.search(head) else None


# ------------------------------------------------------------------------------------------ TXT002


class StatedChangeMismatch(_ClaimCheck):
    """A stated change does not follow from the figures it is between.

    What it checks:
        "a 27% decrease from 199 in 2019/20", "costs of £9,300, a decrease of £3,450 from the previous
        year (£12,750)", "up by one on the previous year", "94% in 2017/18, up from 93%", "70%, a
        decline on 57%": the change is recomputed from the two figures — both in the sentence, or the
        stage counts of this year and last year when the sentence names a stage. Per cent changes are
        (new − old) ÷ old; when that does not fit, the plausible slips are tried and named:
        divided by the new figure, or percentage points called per cent. The direction word
        (increase, decline, up, down) must match the figures.
    Why it matters:
        "Up" and "down" are what a committee remembers. A change computed on the wrong base, or
        described in the wrong direction, tells it the opposite of the tables.
    Failing example:
        "There were 145 complaints, a 19% decrease from 199 in 2019/20." (145/199 is −27.1%)
    Passing example:
        "There were 145 complaints, a 27% decrease from 199 in 2019/20."
    Options:
        None.
    Known limitations:
        A change of a quantity the sentence does not name by stage, with no figures in the sentence
        ("the overall number of complaints rose by 19%"), is left unlinked.
    """

    code = "TXT002"
    name = "stated-change-mismatch"
    template = "{where}: {claim}; the figures give {expected}{reading}"
    kinds = ("change", "comparison")

    def judge(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        old, new = self._figures(claim)
        if old is None or new is None:
            return
        yield ClaimStatus(index, "checked")
        if "factor" in claim.extra:
            yield from self._factor(claim, old, new)
            return
        if claim.kind == "comparison" or (claim.figure.unit in ("count", "money") and claim.kind == "change"):
            yield from self._absolute(claim, old, new)
        else:
            yield from self._relative(claim, old, new)

    def _figures(self, claim: Claim) -> tuple[Fraction | None, Fraction | None]:
        if claim.base is not None and claim.current is not None:
            return _exact(claim.base), _exact(claim.current)
        stage = self.stage_of(claim.text)
        if not stage or OTHER_MEASURE.search(claim.text.split(",")[0]):
            return None, None
        base_year = claim.extra.get("base_year")
        if base_year or claim.base is not None or PREVIOUS.search(claim.text):
            year = self.report_year  # the change is to this year, from the one named
        else:
            year = self.year_of(claim)
        now = self.counted(stage, year)
        before = self.counted(stage, base_year or _prior(year))
        if claim.base is not None:
            before = [_exact(claim.base)]
        if len(now) != 1 or len(before) != 1:
            return None, None
        return before[0], now[0]

    def _factor(self, claim: Claim, old: Fraction, new: Fraction) -> Iterator[Comparison]:
        """ "doubled": the new figure within a twentieth of twice the old (7 to 14, or 13 to 27)."""
        factor = Fraction(claim.extra["factor"])
        ratio = new / old if old else None
        fits = ratio is not None and abs(ratio - factor) <= factor / 20
        yield self.compare_at(
            self.location(claim),
            claim.figure.number,
            None,
            fits=frozenset(CONVENTIONS) if fits else frozenset(),
            where=f"page {claim.sentence.page}",
            claim=f"{claim.figure.number.text} from {plain(old)} to {plain(new)}",
            expected=f"× {float(ratio):.2f}" if ratio is not None else "no earlier figure",
            reading="",
            published=claim.figure.number.text,
        )

    def _absolute(self, claim: Claim, old: Fraction, new: Fraction) -> Iterator[Comparison]:
        shown = claim.figure.number
        direction_ok = (new - old) * claim.direction > 0 or (new == old and claim.direction == 0)
        if claim.kind == "comparison":
            yield self.compare_at(
                self.location(claim),
                shown,
                None,
                fits=frozenset(CONVENTIONS) if direction_ok else frozenset(),
                where=f"page {claim.sentence.page}",
                claim=f"{_word(claim.direction)} from {claim.base.number.text} to {shown.text}",
                expected=("a rise" if new > old else "a fall" if new < old else "no change"),
                reading="",
                published=shown.text,
            )
            return
        amount = abs(new - old)
        fits = direction_ok and amount == _exact(claim.figure)
        word = "up" if claim.direction > 0 else "down"
        yield self.compare_at(
            self.location(claim),
            shown,
            new - old,
            fits=frozenset(CONVENTIONS) if fits else frozenset(),
            where=f"page {claim.sentence.page}",
            claim=f"{word} by {shown.text}",
            expected=f"{plain(old)} → {plain(new)}, {'up' if new >= old else 'down'} by {plain(amount)}",
            reading="",
            published=shown.text,
        )

    def _relative(self, claim: Claim, old: Fraction, new: Fraction) -> Iterator[Comparison]:
        shown = claim.figure.number
        word = "increase" if claim.direction > 0 else "decrease"
        readings = []
        if old:
            readings.append(("", (new - old) / old * 100))
        if new:
            readings.append((NEW_BASE, (new - old) / new * 100))
        both_percent = (
            claim.base is not None and claim.base.unit == "percent" and claim.current.unit == "percent"
        )
        if both_percent:
            readings.insert(0 if claim.figure.unit == "points" else len(readings),
                            (POINTS, new - old))  # fmt: skip
        if not readings:
            return
        main = readings[0][1]
        fits = frozenset()
        chosen = ""
        for note, value in readings:
            direction_ok = value * claim.direction > 0 or value == 0
            f = fitting_conventions(abs(value), _magnitude(shown)) if direction_ok else frozenset()
            if f:
                if note == readings[0][0]:
                    fits = f
                else:
                    chosen = note
                break
        expected = f"{'+' if main >= 0 else '−'}{exact_text(abs(main), '%', 1)}"
        # Points called per cent is loose wording of a right figure; a change over the new figure is wrong.
        severity = Severity.WARNING if chosen == POINTS else None
        yield self.compare_at(
            self.location(claim),
            shown,
            abs(main),
            fits=fits,
            severity=severity,
            where=f"page {claim.sentence.page}",
            claim=f"a {shown.text} {word} from {plain(old)} to {plain(new)}",
            expected=expected,
            reading=chosen,
            published=shown.text,
        )


NEW_BASE = " — the publisher divided by the new figure, not the old"
POINTS = " — right as a change in percentage points, not per cent"


def _word(direction: int) -> str:
    return "up" if direction > 0 else "down"


def _magnitude(n):
    """The printed size of a change ("−27%" and "27%" both say 27)."""
    return replace(n, value=abs(n.value)) if n.value is not None else n


# ------------------------------------------------------------------------------------------ TXT003


class StatedRateMismatch(_ClaimCheck):
    """A stated share does not follow from the counts the same sentence gives.

    What it checks:
        "3 of the 5 complaints (60%)", "out of the five complaints, three were partially upheld,
        a 60% rate": the percentage is recomputed as the first count over the second, under the
        document's rounding; "(rounded)" after it accepts any rounding.
    Why it matters:
        A share whose own counts do not give it is wrong one way or the other, and the sentence
        itself shows the reader the contradiction.
    Failing example:
        "3 out of 6 complaints (60%) were upheld."
    Passing example:
        "3 out of 6 complaints (50%) were upheld."
    Options:
        None.
    Known limitations:
        Shares of a table's quantities ("12% of Stage 1 complaints were upheld") are checked only for
        escalation (ESC002) and uphold rates (ESC005).
    """

    code = "TXT003"
    name = "stated-rate-mismatch"
    template = "{where}: {numerator} of {denominator} is {expected}, the narrative says {published}"
    kinds = ("rate",)

    def judge(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        if not claim.denominator or not claim.denominator.value:
            return
        yield ClaimStatus(index, "checked")
        rate = _exact(claim.numerator) / _exact(claim.denominator) * 100
        shown = claim.figure.number
        yield self.compare_at(
            self.location(claim),
            shown,
            rate,
            fits=frozenset(CONVENTIONS) if claim.rounded and _near(rate, shown) else None,
            where=f"page {claim.sentence.page}",
            numerator=claim.numerator.number.text,
            denominator=claim.denominator.number.text,
            expected=exact_text(rate, "%", 1),
            published=shown.text,
        )


def _near(rate: Fraction, shown) -> bool:
    return abs(rate - Fraction(shown.value)) < 1


# ------------------------------------------------------------------------------------------ TXT004


class NamedPartsSum(_ClaimCheck):
    """A stated total of named parts does not add up.

    What it checks:
        "a total of 48 cases (the total of stage 1, 2 and 3 cases)" against the stage counts of the
        reporting year, and "a total of 12 (7 upheld, 3 partly upheld and 2 not upheld)" against the
        parts it prints.
    Why it matters:
        A total the sentence itself defines is the easiest slip for a reader to check, and the most
        embarrassing to publish.
    Failing example:
        | Stage | 2023/24 |
        | Stage 1 | 40 |
        | Stage 2 | 7 |
        | Stage 3 | 2 |
        with "a total of 48 cases (the total of stage 1, 2 and 3 cases)".
    Passing example:
        the same table with "a total of 49 cases (the total of stage 1, 2 and 3 cases)".
    Options:
        None.
    Known limitations:
        Named parts are read only as stages ("stage 1, 2 and 3").
    """

    code = "TXT004"
    name = "named-parts-sum"
    template = "{where}: {parts} add up to {expected}, the narrative says a total of {published}"
    kinds = ("sum",)

    def judge(self, index: int, claim: Claim) -> Iterator[Comparison | ClaimStatus]:
        if claim.parts:
            values = [_exact(p) for p in claim.parts]
            names = " + ".join(p.number.text for p in claim.parts)
        else:
            stages = _stages_named(claim.part_names)
            year = self.year_of(claim)
            found = [self.counted(s, year) for s in stages]
            if len(stages) < 2 or any(not f for f in found):
                return
            # Where two tables print a stage differently (XTB001's to report), the total may follow
            # either: it is right if it is the sum under one of the readings.
            readings = list(product(*found))
            target = _exact(claim.figure)
            values = list(next((r for r in readings if sum(r) == target), readings[0]))
            names = " + ".join(f"{STAGE_NAMES[s]} {plain(v)}" for s, v in zip(stages, values, strict=True))
        yield ClaimStatus(index, "checked")
        total = sum(values, Fraction(0))
        shown = claim.figure.number
        yield self.compare_at(
            self.location(claim),
            shown,
            total,
            fits=frozenset(CONVENTIONS) if total == _exact(claim.figure) else frozenset(),
            where=f"page {claim.sentence.page}",
            parts=names,
            expected=plain(total),
            published=shown.text,
        )


def _stages_named(names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        digit = re.search(r"\d", name)
        if digit and f"stage{digit.group(0)}" in STAGES:
            out.append(f"stage{digit.group(0)}")
    return out
