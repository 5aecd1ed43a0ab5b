"""Which complaints regime a document reports under, which year it reports on, and which pack governs
one statement in it.

Detection scores each pack's cue phrases (``[detection.phrases]``) against the document's text, table
captions and row labels; each phrase counts once. The pack with the highest score at or above its
``min_score`` is the document's regime. Other packs that also reach their ``min_score`` are "also
present": a children's statutory report usually reports the council's corporate complaints too, and
each pack governs the statements that name it (``governing_packs``). The choice and the phrases that made
it are shown in the report; ``--regime`` overrides it.

The reporting year ("2020/21") decides which version of a code applies: the timescales in force on the
first day of that year are used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from auditor.model import Document, RegimeSummary
from auditor.numbers import financial_year
from auditor.packs import Pack

# "2020/21", "2020-21", "2020-2021", "2020 to 2021", "April 2020 to March 2021"
_FINANCIAL_YEAR = re.compile(r"\b(20\d\d)\s*(?:/|-|–|to)\s*(?:20)?(\d\d)\b")
_MONTH_SPAN = re.compile(r"\b(?:1\s+)?April\s+(20\d\d)\s*(?:to|-|–)\s*(?:31\s+)?March\s+(20\d\d)\b", re.I)

# A statement that names its procedure. "Corporate" statements belong to the corporate pack; statements
# that call themselves statutory, or name regulations, belong to the document's statutory regime.
CORPORATE_CUE = re.compile(r"\bcorporate\b", re.I)
STATUTORY_CUE = re.compile(
    r"\bstatutory\b|\bregulations?\b|\bthe\s+code\b|\bcomplaint handling code\b|\brequired by law\b|"
    r"\bchildren act\b|\bstatutorily\b|\blegal(ly)? requirement\b",
    re.I,
)


@dataclass(frozen=True)
class ReportYear:
    label: str  # "2020/21"
    start: date  # the first day of the year reported on
    evidence: str

    @property
    def first(self) -> int:
        return self.start.year


@dataclass(frozen=True)
class PackScore:
    pack: Pack
    score: float
    cues: tuple[str, ...]

    @property
    def reached(self) -> bool:
        return self.score >= self.pack.min_score


@dataclass(frozen=True)
class Regime:
    """The packs a document is judged under: ``primary`` first, then the others it also reports on."""

    primary: Pack | None
    also: tuple[Pack, ...] = ()
    year: ReportYear | None = None
    scores: tuple[PackScore, ...] = ()
    chosen_by: str = "detected"  # "detected", "--regime" or "config"

    @property
    def packs(self) -> tuple[Pack, ...]:
        return ((self.primary,) if self.primary else ()) + self.also

    @property
    def on_date(self) -> date | None:
        return self.year.start if self.year else None

    def score_of(self, pack: Pack) -> PackScore | None:
        return next((s for s in self.scores if s.pack.id == pack.id), None)

    def summary(self) -> RegimeSummary:
        score = self.score_of(self.primary) if self.primary else None
        return RegimeSummary(
            pack=self.primary.id if self.primary else None,
            title=self.primary.title if self.primary else "",
            also=tuple(p.id for p in self.also),
            year=self.year.label if self.year else None,
            chosen_by=self.chosen_by,
            cues=score.cues if score else (),
            score=score.score if score else 0.0,
        )

    def describe(self) -> str:
        """One line for the report: the choice and what it rests on."""
        if self.primary is None:
            best = max(self.scores, key=lambda s: s.score, default=None)
            near = (
                f" (closest: {best.pack.id}, score {best.score:g} of {best.pack.min_score:g})"
                if best and best.score
                else " (no cue phrase of any rule pack found)"
            )
            return f"none recognised{near}: timescale and escalation checks that need a regime did not run"
        parts = [f"{self.primary.id} — {self.primary.title}"]
        score = self.score_of(self.primary)
        if self.chosen_by != "detected":
            parts.append(f"chosen by {self.chosen_by}")
        elif score:
            parts.append(f"score {score.score:g}: " + ", ".join(f"“{c}”" for c in score.cues[:5]))
        if self.also:
            parts.append("also reports on " + ", ".join(p.id for p in self.also))
        if self.year:
            parts.append(f"reporting year {self.year.label} ({self.year.evidence})")
        return "; ".join(parts)


def detect_regime(
    doc: Document,
    packs: Sequence[Pack],
    *,
    forced: str | None = None,
    chosen_by: str = "--regime",
) -> Regime:
    """The regime of ``doc`` among ``packs``; ``forced`` (a pack id) overrides detection.

    Raises ``KeyError`` for a forced id that is not among ``packs``: the CLI checks ids first.
    """
    text = _searchable_text(doc)
    scores = tuple(sorted((_score(p, text) for p in packs), key=lambda s: (-s.score, s.pack.id)))
    year = report_year(doc)
    reached = [s for s in scores if s.reached]
    if forced:
        primary = next(p for p in packs if p.id == forced)
        also = tuple(
            s.pack for s in reached if s.pack.id != forced and s.pack.jurisdiction == primary.jurisdiction
        )
        return Regime(primary, also, year, scores, chosen_by)
    if not reached:
        return Regime(None, (), year, scores)
    # The corporate pack is never the primary regime when a statutory one is also present: its
    # statements are the ones that say "corporate".
    ordered = sorted(reached, key=lambda s: (s.pack.id == "corporate-lgsco", -s.score, s.pack.id))
    primary = ordered[0].pack
    # A second regime must be one the same body could report under: a Welsh council's report that
    # says "Representations Procedure" is not also an English children's report.
    also = tuple(s.pack for s in ordered[1:] if s.pack.jurisdiction == primary.jurisdiction)
    return Regime(primary, also, year, scores)


def _searchable_text(doc: Document) -> str:
    parts = [b.text for b in doc.text]
    for table in doc.tables:
        parts.append(table.caption or "")
        parts += [cell for row in table.rows for cell in row]
    return " ".join(" ".join(parts).split()).lower()


def _score(pack: Pack, text: str) -> PackScore:
    cues = []
    score = 0.0
    for cue in pack.detection:
        phrase = cue.phrase.lower().replace("’", "'")
        if re.search(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", text.replace("’", "'")):
            cues.append(cue.phrase)
            score += cue.weight
    ranked = sorted(cues, key=lambda c: -next(x.weight for x in pack.detection if x.phrase == c))
    return PackScore(pack, score, tuple(ranked))


def report_year(doc: Document) -> ReportYear | None:
    """The year the report covers: a financial year in its title or first lines, else the latest one
    its tables and text name most."""
    first_page = " ".join(b.text for b in doc.text if b.page == min((x.page for x in doc.text), default=1))
    opening = first_page[:600]
    found = years_in(opening)
    if found:
        start = max(found)
        return _year(start, "named in the title")
    counts: Counter[int] = Counter()
    for block in doc.text:
        counts.update(years_in(block.text))
    for table in doc.tables:
        counts.update(years_in(table.caption or ""))
        for row in table.rows[:2]:
            counts.update(years_in(" ".join(row)))
    if not counts:
        return None
    latest = max(counts)
    return _year(latest, f"the latest year named ({counts[latest]}×)")


def years_in(text: str) -> list[int]:
    out = []
    for m in _FINANCIAL_YEAR.finditer(text):
        first, second = int(m.group(1)), int(m.group(2)[-2:])
        if (first + 1) % 100 == second:
            out.append(first)
    for m in _MONTH_SPAN.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second == first + 1:
            out.append(first)
    return out


def _year(first: int, evidence: str) -> ReportYear:
    return ReportYear(financial_year(first), date(first, 4, 1), evidence)


def governing_packs(regime: Regime, *texts: str) -> tuple[Pack, ...]:
    """The packs that may govern a statement whose wording (and lead-in) is ``texts``.

    A statement that says "corporate" belongs to the corporate pack when the document reports on
    corporate complaints; one that says "statutory" (or names regulations or the Code) belongs to the
    primary regime. Otherwise, in a document that reports on several regimes, any of them may govern
    it, and a check must find it wrong under every one of them before it reports.
    """
    words = " ".join(t for t in texts if t)
    corporate = [p for p in regime.packs if p.id == "corporate-lgsco"]
    statutory = [p for p in regime.packs if p.id != "corporate-lgsco"]
    says_corporate, says_statutory = bool(CORPORATE_CUE.search(words)), bool(STATUTORY_CUE.search(words))
    if says_corporate and not says_statutory and corporate:
        return tuple(corporate)
    if says_statutory and not says_corporate:
        return tuple(statutory[:1])  # none, when the document follows no statutory regime we know
    return regime.packs
