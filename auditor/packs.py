"""Rule packs: the facts of one complaints regime, read from a TOML file.

A pack is data that an auditor edits, not code: statutory timescales with their citations, evidence and
effective dates; the vocabulary a report uses for stages and outcomes; phrases that suggest the regime;
and which check families it enables, at which severities. The built-in packs are in the repository's
``rules/`` folder. A wheel carries them as ``auditor/_rules`` because pyproject.toml maps that package
directory onto ``rules/``. A user's own pack is any file with the same layout: ``load_pack(path)``.

Layout (every key is checked; an unknown key, a wrong type or a bad value raises ``PackError``)::

    [pack]              id, title, jurisdiction, stages, applies_from?, applies_to?, dates_evidence?, note?
    [[pack.legislation]]  title, citation, source_url, evidence, note?
    [[code_version]]    id, title, citation, source_url, evidence, applies_from?, applies_to?, statutory?,
                        note?
    [[timescale]]       stage, step, base, unit, citation, source_url, evidence, extension?, maximum?,
                        extendable?, clock_starts?, version?, applies_from?, applies_to?,
                        extension_evidence?, citation_evidence?, see_also?, note?
    [vocabulary]?       canonical_term = ["label", ...]  (default: "Stage 1", "Stage 2", …)
    [detection]         min_score?, [detection.phrases] "phrase" = weight
    [checks]            enable, unverified_cap?, [checks.severity] situation = "error" | "warning" | "info",
                        [checks.options.NAME] free-form options read by the checks themselves

Evidence is "V" (read in the primary source), "S" (read only in a secondary source) or "U" (not
verified). ``evidence`` marks a timescale's figures; ``extension_evidence`` and ``citation_evidence``
mark the extension/maximum and the paragraph reference when they are less (or more) certain.

Dates are inclusive. A timescale takes its dates from its own keys, else from its ``version``, else from
the pack, so a report is checked against the rule in force in its year (``timescale_for``). Two timescales
for one stage and step may not overlap in time.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from auditor.model import Severity

EVIDENCE = ("V", "S", "U")  # strongest first
UNITS = ("working_days", "calendar_days", "months")
STAGES = ("stage1", "stage2", "stage3", "ombudsman")
STEPS = (
    "time_limit",  # how long a complainant has to complain
    "acknowledge",
    "discussion",  # an offer to discuss the complaint (Wales, Stage 1)
    "response",
    "resolution_terms",  # written terms of a resolution (Wales, Stage 1)
    "delay_explanation",  # when a late response must be explained (England adults/NHS)
    "request",  # how long a complainant has to ask for this stage
    "panel",  # a review panel meets
    "panel_report",
    "authority_response",  # the authority answers the panel's recommendations
    "end_to_end",  # a whole stage, derived from its steps
)
CLOCK_STARTS = (
    "event",
    "receipt",
    "acknowledgement",
    "request",
    "stage1_response",
    "stage2_response",
    "panel_meeting",
    "recommendations",
)

_PACK_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TERM = re.compile(r"^[a-z][a-z0-9_]*$")
_SITUATION = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class PackError(Exception):
    """A rule pack that cannot be used. The message is one line: file, key path, what is wrong.

    Key paths count array entries from 1, as an editor reading the file would: ``timescale[3].maximum``
    is the ``maximum`` key of the third ``[[timescale]]``.
    """

    def __init__(self, path: str | Path, key: str, problem: str):
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")
        self.path = str(path)
        self.key = key
        self.problem = problem


# ------------------------------------------------------------------------------------------ the data


@dataclass(frozen=True)
class Source:
    """A regulation, code or guidance the pack rests on."""

    title: str
    citation: str
    source_url: str
    evidence: str
    note: str = ""


@dataclass(frozen=True)
class CodeVersion:
    """One version of a code of practice, with the dates it was in force."""

    id: str
    title: str
    citation: str
    source_url: str
    evidence: str  # marks the dates and status
    applies_from: date | None = None
    applies_to: date | None = None
    statutory: bool = False
    note: str = ""


@dataclass(frozen=True)
class Timescale:
    """One step of one stage: ``base`` units, extendable by ``extension`` up to ``maximum``.

    ``applies_from``/``applies_to`` are the effective dates after inheriting from the version or pack.
    """

    stage: str
    step: str
    base: int
    unit: str
    citation: str
    source_url: str
    evidence: str
    extension: int | None = None
    maximum: int | None = None
    extendable: bool = False  # True with no maximum: extendable without a fixed cap
    clock_starts: str | None = None
    version: str | None = None
    applies_from: date | None = None
    applies_to: date | None = None
    extension_evidence: str = ""
    citation_evidence: str = ""
    see_also: tuple[str, ...] = ()
    note: str = ""

    def applies_on(self, day: date) -> bool:
        return _within(day, self.applies_from, self.applies_to)

    @property
    def figures_evidence(self) -> str:
        """The least certain marker among the figures (base, extension, maximum), not the citation: a
        finding that a report misstates 25 working days rests on the figure, not the paragraph number."""
        markers = [self.evidence]
        if self.extension is not None or self.maximum is not None:
            markers.append(self.extension_evidence)
        return max((m for m in markers if m), key=EVIDENCE.index)

    @property
    def weakest_evidence(self) -> str:
        """The least certain marker among the facts this timescale states."""
        markers = [self.evidence, self.citation_evidence]
        if self.extension is not None or self.maximum is not None:
            markers.append(self.extension_evidence)
        return max((m for m in markers if m), key=EVIDENCE.index)  # "" when built by hand: as evidence


@dataclass(frozen=True)
class DetectionCue:
    phrase: str
    weight: float


@dataclass(frozen=True)
class ChecksConfig:
    """Which check families a regime enables, and how severe each situation it names is."""

    enable: tuple[str, ...] = ()
    severity: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # str -> Severity
    options: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # str -> mapping
    unverified_cap: Severity = Severity.WARNING  # highest severity for a finding that rests on a U fact


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    jurisdiction: str
    path: Path
    stages: tuple[str, ...]
    legislation: tuple[Source, ...]
    code_versions: tuple[CodeVersion, ...]
    timescales: tuple[Timescale, ...]
    vocabulary: MappingProxyType  # canonical term -> tuple of labels, as written
    detection: tuple[DetectionCue, ...]
    min_score: float
    checks: ChecksConfig
    applies_from: date | None = None
    applies_to: date | None = None
    dates_evidence: str = "U"
    note: str = ""
    # (normalised label tokens, canonical term), for canonical_term
    terms: tuple[tuple[tuple[str, ...], str], ...] = field(default=(), repr=False, compare=False)
    # canonical_term's answers, remembered: tables ask about the same labels many times.
    term_cache: dict = field(default_factory=dict, repr=False, compare=False, hash=False)
    # The same, by first word: finding terms in running text looks only at synonyms that can start there.
    by_first_word: MappingProxyType = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False
    )

    def applies_on(self, day: date) -> bool:
        return _within(day, self.applies_from, self.applies_to)

    def version(self, version_id: str) -> CodeVersion | None:
        return next((v for v in self.code_versions if v.id == version_id), None)


def _within(day: date, start: date | None, end: date | None) -> bool:
    if isinstance(day, datetime):
        day = day.date()
    return (start is None or start <= day) and (end is None or day <= end)


# ------------------------------------------------------------------------------------------ lookups


def timescale_for(pack: Pack, stage: str, step: str, on_date: date) -> Timescale | None:
    """The timescale in force on ``on_date`` for a stage and step, or None when the regime sets none.

    ``stage`` is a canonical stage ("stage2") or a label the pack's vocabulary knows ("Local
    Resolution"). For a report, pass a day inside its reporting year (e.g. 1 April 2024 for 2024/25).
    """
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}; steps are {', '.join(STEPS)}")
    canonical = stage if stage in STAGES else canonical_stage(stage, pack)
    if canonical is None:
        raise ValueError(f"{stage!r} is not a stage the pack {pack.id!r} knows")
    if not pack.applies_on(on_date):
        return None
    return next(
        (t for t in pack.timescales if t.stage == canonical and t.step == step and t.applies_on(on_date)),
        None,
    )


def canonical_stage(label: str, pack: Pack) -> str | None:
    """The stage a label names in this pack's vocabulary ("Step 2" -> "stage2", "LGSCO" -> "ombudsman")."""
    return canonical_term(label, pack, among=STAGES)


def canonical_term(label: str, pack: Pack, among: Iterable[str] | None = None) -> str | None:
    """The canonical term whose synonym the label contains, as whole words; the longest synonym wins.

    Case, dashes, punctuation and a plural -s are ignored, and "Stage One", "Stage I", "1st stage" and
    "First stage" read as "Stage 1". None when nothing matches, or when two terms match equally well
    ("Stage 1 and Stage 2").
    """
    key = (label, None if among is None else tuple(among))
    if key in pack.term_cache:
        return pack.term_cache[key]
    answer = _canonical_term(label, pack, among)
    pack.term_cache[key] = answer
    return answer


def _canonical_term(label: str, pack: Pack, among: Iterable[str] | None) -> str | None:
    wanted = None if among is None else set(among)
    words = normalise_label(label)
    best: tuple[int, int] = (0, 0)
    found: set[str] = set()
    for tokens, term in pack.terms:
        if (wanted is not None and term not in wanted) or not _contains(words, tokens):
            continue
        score = (len(tokens), sum(map(len, tokens)))
        if score > best:
            best, found = score, {term}
        elif score == best:
            found.add(term)
    return found.pop() if len(found) == 1 else None


def _contains(words: tuple[str, ...], tokens: tuple[str, ...]) -> bool:
    n = len(tokens)
    return any(words[i : i + n] == tokens for i in range(len(words) - n + 1))


def _index_terms(terms) -> MappingProxyType:
    index: dict[str, list] = {}
    for synonym, term in terms:
        index.setdefault(synonym[0], []).append((synonym, term))
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


def find_terms(text: str, pack: Pack, among: Iterable[str] | None = None) -> list[tuple[int, int, str]]:
    """Where the pack's vocabulary occurs in running text: (start, end, term) character spans, in order,
    longest synonym first where two overlap ("Stage 2 – Independent Investigation" is one mention)."""
    wanted = None if among is None else set(among)
    words = _words_with_spans(text)
    tokens = tuple(w for w, _, _ in words)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        best = None
        candidates = pack.by_first_word.get(tokens[i], ()) if pack.by_first_word else pack.terms
        for synonym, term in candidates:
            if wanted is not None and term not in wanted:
                continue
            n = len(synonym)
            if tokens[i : i + n] == synonym and (best is None or n > best[0]):
                best = (n, term)
        if best:
            n, term = best
            spans.append((words[i][1], words[i + n - 1][2], term))
            i += n
        else:
            i += 1
    return spans


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    """``normalise_label`` word by word, keeping where each word is in ``text``."""
    raw = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\W_]+(?:['’`][^\W_]+)?", text)]
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(raw):
        word, start, end = raw[i]
        word = re.sub(r"['’`]", "", unicodedata.normalize("NFKC", word).casefold())
        glued = re.fullmatch(r"(stage|step)(\d)", word)
        following = raw[i + 1][0].casefold() if i + 1 < len(raw) else ""
        if glued:
            out += [(glued.group(1), start, end), (glued.group(2), start, end)]
        elif word in _ORDINALS and following in _STAGE_WORDS:
            out += [(following, start, raw[i + 1][2]), (_ORDINALS[word], start, raw[i + 1][2])]
            i += 1
        elif out and out[-1][0] in _STAGE_WORDS and word in _NUMBER_WORDS:
            out.append((_NUMBER_WORDS[word], start, end))
        else:
            out.append((_singular(word), start, end))
        i += 1
    return out


_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
}
_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "1st": "1",
    "2nd": "2",
    "3rd": "3",
    "4th": "4",
}
_STAGE_WORDS = ("stage", "step")


def normalise_label(text: str) -> tuple[str, ...]:
    """A label as lower-case words, stage numbers as digits and plurals singular (for matching only)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"[^\w]+|_", " ", text)
    text = re.sub(r"\b(stage|step)(\d)\b", r"\1 \2", text)
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _ORDINALS and following in _STAGE_WORDS:  # "first stage" -> "stage 1"
            out += [following, _ORDINALS[word]]
            i += 2
            continue
        if out and out[-1] in _STAGE_WORDS and word in _NUMBER_WORDS:  # "stage one", "stage ii"
            word = _NUMBER_WORDS[word]
        out.append(_singular(word))
        i += 1
    return tuple(out)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# ------------------------------------------------------------------------------------------ finding packs


def builtin_rules_dir() -> Path:
    """Where the built-in packs are: ``auditor/_rules`` in a wheel, else ``rules/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "_rules"
    if installed.is_dir():
        return installed
    checkout = here.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "rules").is_dir():
        return checkout / "rules"
    raise FileNotFoundError(f"no built-in rule packs: neither {installed} nor a source checkout's rules/")


def builtin_packs() -> list[Pack]:
    """Every built-in pack, sorted by id (read once per process: an audit of many files asks often)."""
    return list(_builtin_packs())


@cache
def _builtin_packs() -> tuple[Pack, ...]:
    return tuple(_unique(load_pack(p) for p in sorted(builtin_rules_dir().glob("*.toml"))))


def available_packs(extra: Iterable[str | Path] = ()) -> list[Pack]:
    """The built-in packs plus the user's; a user pack with a built-in pack's id replaces it."""
    user = _unique(load_pack(p) for p in extra)
    ids = {p.id for p in user}
    return sorted([p for p in builtin_packs() if p.id not in ids] + user, key=lambda p: p.id)


def _unique(packs: Iterable[Pack]) -> list[Pack]:
    seen: dict[str, Pack] = {}
    for pack in packs:
        if pack.id in seen:
            raise PackError(pack.path, "pack.id", f"{pack.id!r} is also the id of {seen[pack.id].path}")
        seen[pack.id] = pack
    return sorted(seen.values(), key=lambda p: p.id)


# ------------------------------------------------------------------------------------------ loading


def load_pack(path: str | Path) -> Pack:
    """Read and validate one pack. Raises PackError naming the file, the key and the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise PackError(path, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(path, "", f"is not valid TOML: {exc}") from None
    return _read_pack(_Table(path, "", data))


def _read_pack(root: _Table) -> Pack:
    head = root.table("pack", required=True)
    pack_id = head.text("id", required=True, pattern=_PACK_ID, pattern_name="kebab-case")
    applies_from, applies_to = head.date_range()
    stages = head.choices("stages", STAGES, required=True)
    legislation = tuple(_read_source(t) for t in head.tables("legislation"))
    dates_evidence = head.choice("dates_evidence", EVIDENCE) or "U"
    title = head.text("title", required=True)
    jurisdiction = head.text("jurisdiction", required=True)
    note = head.text("note") or ""
    head.finish()

    versions = _read_versions(root.tables("code_version"), applies_from, applies_to)
    timescales = _read_timescales(root.tables("timescale"), versions, stages, (applies_from, applies_to))
    vocabulary, terms = _read_vocabulary(root.table("vocabulary"), stages)
    cues, min_score = _read_detection(root.table("detection"))
    checks = _read_checks(root.table("checks"))
    root.finish()
    return Pack(
        id=pack_id,
        title=title,
        jurisdiction=jurisdiction,
        path=root.path,
        stages=stages,
        legislation=legislation,
        code_versions=tuple(versions.values()),
        timescales=timescales,
        vocabulary=vocabulary,
        detection=cues,
        min_score=min_score,
        checks=checks,
        applies_from=applies_from,
        applies_to=applies_to,
        dates_evidence=dates_evidence,
        note=note,
        terms=terms,
        by_first_word=_index_terms(terms),
    )


def _read_source(t: _Table) -> Source:
    source = Source(
        title=t.text("title", required=True),
        citation=t.text("citation", required=True),
        source_url=t.url("source_url", required=True),
        evidence=t.choice("evidence", EVIDENCE, required=True),
        note=t.text("note") or "",
    )
    t.finish()
    return source


def _read_versions(tables: list[_Table], pack_from, pack_to) -> dict[str, CodeVersion]:
    versions: dict[str, CodeVersion] = {}
    for t in tables:
        version_id = t.text("id", required=True)
        if version_id in versions:
            raise t.error("id", f"{version_id!r} is used by two [[code_version]] entries")
        start, end = t.date_range(within=(pack_from, pack_to), within_name="pack")
        versions[version_id] = CodeVersion(
            id=version_id,
            title=t.text("title", required=True),
            citation=t.text("citation", required=True),
            source_url=t.url("source_url", required=True),
            evidence=t.choice("evidence", EVIDENCE, required=True),
            applies_from=start,
            applies_to=end,
            statutory=t.boolean("statutory", default=False),
            note=t.text("note") or "",
        )
        t.finish()
    return versions


def _read_timescales(tables, versions, stages, pack_dates) -> tuple[Timescale, ...]:
    result: list[tuple[_Table, Timescale]] = []
    for t in tables:
        version_id = t.text("version")
        version = versions.get(version_id) if version_id else None
        if version_id and version is None:
            known = ", ".join(map(repr, versions)) or "none"
            raise t.error("version", f"{version_id!r} is no [[code_version]] id (known: {known})")
        window = (version.applies_from, version.applies_to) if version else pack_dates
        start, end = t.date_range(within=window, within_name=f"version {version_id}" if version else "pack")
        stage = t.choice("stage", STAGES, required=True)
        if stage not in stages:
            raise t.error("stage", f"{stage!r} is not in pack.stages {list(stages)}")
        evidence = t.choice("evidence", EVIDENCE, required=True)
        base = t.integer("base", required=True, minimum=1)
        extension, maximum = t.integer("extension", minimum=1), t.integer("maximum", minimum=1)
        _check_limits(t, base, extension, maximum)
        timescale = Timescale(
            stage=stage,
            step=t.choice("step", STEPS, required=True),
            base=base,
            unit=t.choice("unit", UNITS, required=True),
            citation=t.text("citation", required=True),
            source_url=t.url("source_url", required=True),
            evidence=evidence,
            extension=extension,
            maximum=maximum,
            extendable=t.boolean("extendable", default=bool(extension or maximum)),
            clock_starts=t.choice("clock_starts", CLOCK_STARTS),
            version=version_id,
            applies_from=start if start is not None else window[0],
            applies_to=end if end is not None else window[1],
            extension_evidence=t.choice("extension_evidence", EVIDENCE) or evidence,
            citation_evidence=t.choice("citation_evidence", EVIDENCE) or evidence,
            see_also=tuple(t.url_list("see_also")),
            note=t.text("note") or "",
        )
        if not timescale.extendable and (extension or maximum):
            raise t.error("extendable", "is false but an extension or maximum is given")
        t.finish()
        result.append((t, timescale))
    _check_overlaps(result)
    return tuple(ts for _, ts in result)


def _check_limits(t: _Table, base: int, extension: int | None, maximum: int | None) -> None:
    if maximum is not None and maximum < base:
        raise t.error("maximum", f"{maximum} is less than base {base}")
    if extension is not None and maximum is not None and base + extension > maximum:
        raise t.error("extension", f"base {base} + extension {extension} exceeds maximum {maximum}")


def _check_overlaps(entries: list[tuple[_Table, Timescale]]) -> None:
    for i, (table, ts) in enumerate(entries):
        for other_table, other in entries[:i]:
            if (ts.stage, ts.step) != (other.stage, other.step):
                continue
            if _overlap(ts.applies_from, ts.applies_to, other.applies_from, other.applies_to):
                raise PackError(
                    table.path,
                    table.where,
                    f"{ts.stage} {ts.step} overlaps {other_table.where} in time "
                    f"({_span(ts)} and {_span(other)}); give them separate dates or versions",
                )


def _overlap(a_from, a_to, b_from, b_to) -> bool:
    """Two inclusive date ranges (None: open-ended) share a day."""
    starts_before_b_ends = a_from is None or b_to is None or a_from <= b_to
    return starts_before_b_ends and (b_from is None or a_to is None or b_from <= a_to)


def _span(ts: Timescale) -> str:
    return f"{ts.applies_from or '…'} to {ts.applies_to or '…'}"


DEFAULT_STAGE_LABELS = {
    "stage1": "Stage 1",
    "stage2": "Stage 2",
    "stage3": "Stage 3",
    "ombudsman": "Ombudsman",
}


def _read_vocabulary(t: _Table | None, stages: tuple[str, ...]):
    """A pack without a [vocabulary] table names its stages plainly ("Stage 1", …, "Ombudsman"); one with
    the table must give labels for every stage it lists, or a forgotten stage would go unread."""
    if t is None:
        owner = {normalise_label(DEFAULT_STAGE_LABELS[s]): s for s in stages}
        vocabulary = {s: (DEFAULT_STAGE_LABELS[s],) for s in stages}
        return MappingProxyType(vocabulary), tuple((tokens, term) for tokens, term in owner.items())
    vocabulary: dict[str, tuple[str, ...]] = {}
    owner: dict[tuple[str, ...], str] = {}
    for term in t.keys():
        if not _TERM.match(term):
            raise t.error(term, "a canonical term is lower-case letters, digits and underscores")
        labels = t.text_list(term, required=True)
        for label in labels:
            tokens = normalise_label(label)
            if not tokens:
                raise t.error(term, f"{label!r} has no words")
            if owner.setdefault(tokens, term) != term:
                raise t.error(term, f"{label!r} is also a synonym of {owner[tokens]!r}")
        vocabulary[term] = tuple(labels)
    missing = [s for s in stages if s not in vocabulary]
    if missing:
        raise t.error(missing[0], "is missing: every stage in pack.stages needs its labels")
    t.finish()
    return MappingProxyType(vocabulary), tuple((tokens, term) for tokens, term in owner.items())


def _read_detection(t: _Table | None) -> tuple[tuple[DetectionCue, ...], float]:
    if t is None:
        return (), 0.0
    min_score = t.number("min_score", default=0.0, minimum=0)
    phrases = t.table("phrases")
    cues: list[DetectionCue] = []
    if phrases is not None:
        for phrase in phrases.keys():
            if not phrase.strip():
                raise phrases.error(phrase, "a phrase cannot be blank")
            cues.append(DetectionCue(phrase, phrases.number(phrase, required=True, minimum=0, strict=True)))
        phrases.finish()
    t.finish()
    return tuple(cues), min_score


def _read_checks(t: _Table | None) -> ChecksConfig:
    if t is None:
        return ChecksConfig()
    from auditor.checks.base import FAMILIES  # imported here: checks may import packs, not the reverse

    enable = t.choices("enable", FAMILIES, required=True)
    cap = t.choice("unverified_cap", ("error", "warning", "info")) or "warning"
    severity: dict[str, Severity] = {}
    table = t.table("severity")
    if table is not None:
        for name in table.keys():
            if not _SITUATION.match(name):
                raise table.error(name, "a situation name is kebab-case")
            severity[name] = Severity.parse(table.choice(name, ("error", "warning", "info"), required=True))
        table.finish()
    options: dict[str, MappingProxyType] = {}
    table = t.table("options")
    if table is not None:
        for name in table.keys():
            options[name] = MappingProxyType(_frozen(table.table(name, required=True).data))
        table.finish()
    t.finish()
    return ChecksConfig(enable, MappingProxyType(severity), MappingProxyType(options), Severity.parse(cap))


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _frozen(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


# ------------------------------------------------------------------------------------------ typed reading


def _kind(value: Any) -> str:
    kinds = [
        (bool, "a boolean"),
        (int, "an integer"),
        (float, "a number"),
        (str, "a string"),
        (datetime, "a date-time"),
        (date, "a date"),
        (list, "an array"),
        (dict, "a table"),
    ]
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _show(value: Any) -> str:
    """A value as the pack's author wrote it, near enough."""
    if isinstance(value, str):
        return repr(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Table:
    """One TOML table being read: typed getters that know the key path, then a check for unknown keys."""

    def __init__(self, path: Path, where: str, data: Any):
        if not isinstance(data, dict):
            raise PackError(path, where, f"must be a table, not {_kind(data)}")
        self.path = path
        self.where = where
        self.data = data
        self.known: list[str] = []

    def key(self, name: str) -> str:
        if not re.fullmatch(r"[\w\-\[\]]+", name):
            name = f'"{name}"'  # as TOML would write it: detection.phrases."SI 2006/1738"
        return f"{self.where}.{name}" if self.where else name

    def error(self, name: str, problem: str) -> PackError:
        return PackError(self.path, self.key(name), problem)

    def keys(self) -> list[str]:
        """Every key present (for tables whose keys are data, like vocabulary)."""
        return list(self.data)

    def finish(self) -> None:
        unknown = [k for k in self.data if k not in self.known]
        if unknown:
            hint = difflib.get_close_matches(unknown[0], self.known, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            allowed = ", ".join(sorted(self.known))
            raise self.error(unknown[0], f"unknown key{suggestion}; allowed here: {allowed}")

    def _get(self, name: str, required: bool) -> Any:
        self.known.append(name)
        if name not in self.data and required:
            raise self.error(name, "is missing (required)")
        return self.data.get(name)

    def _expect(self, name: str, value: Any, kinds: tuple[type, ...], wanted: str) -> None:
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise self.error(name, f"must be {wanted}, not {_kind(value)} ({_show(value)})")

    # -- scalars -------------------------------------------------------------------------------------
    def text(self, name, *, required=False, pattern: re.Pattern | None = None, pattern_name="") -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        self._expect(name, value, (str,), "a string")
        if not value.strip():
            raise self.error(name, "is blank")
        if pattern is not None and not pattern.match(value):
            raise self.error(name, f"{value!r} is not {pattern_name}")
        return value

    def url(self, name: str, *, required: bool = False) -> str | None:
        value = self.text(name, required=required)
        if value is not None and not re.match(r"^https?://\S+$", value):
            raise self.error(name, f"{value!r} is not an http(s) address")
        return value

    def choice(self, name: str, allowed: Iterable[str], *, required: bool = False) -> str | None:
        value = self.text(name, required=required)
        allowed = tuple(allowed)
        if value is not None and value not in allowed:
            raise self.error(name, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def integer(self, name: str, *, required: bool = False, minimum: int | None = None) -> int | None:
        value = self._get(name, required)
        if value is None:
            return None
        self._expect(name, value, (int,), "an integer")
        if minimum is not None and value < minimum:
            raise self.error(name, f"{value} is less than {minimum}")
        return value

    def number(self, name, *, required=False, default=None, minimum=None, strict=False) -> float | None:
        value = self._get(name, required)
        if value is None:
            return default
        self._expect(name, value, (int, float), "a number")
        if minimum is not None and (value < minimum or (strict and value == minimum)):
            raise self.error(name, f"must be {'more than' if strict else 'at least'} {minimum}, not {value}")
        return float(value)

    def boolean(self, name: str, *, default: bool) -> bool:
        value = self._get(name, False)
        if value is None:
            return default
        self._expect(name, value, (bool,), "true or false")
        return value

    def date(self, name: str) -> date | None:
        value = self._get(name, False)
        if value is None:
            return None
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise self.error(name, f"{value!r} is not a real date") from None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        raise self.error(name, f"must be a date such as 2024-04-01, not {_kind(value)} ({_show(value)})")

    def date_range(self, within=(None, None), within_name: str = "") -> tuple[date | None, date | None]:
        start, end = self.date("applies_from"), self.date("applies_to")
        if start and end and end < start:
            raise self.error("applies_to", f"{end} is before applies_from {start}")
        lo, hi = within
        if start and lo and start < lo:
            raise self.error("applies_from", f"{start} is before the {within_name} starts ({lo})")
        if end and hi and end > hi:
            raise self.error("applies_to", f"{end} is after the {within_name} ends ({hi})")
        return start, end

    # -- arrays and tables ---------------------------------------------------------------------------
    def text_list(self, name: str, *, required: bool = False) -> list[str]:
        value = self._get(name, required)
        if value is None:
            return []
        self._expect(name, value, (list,), "an array of strings")
        if required and not value:
            raise self.error(name, "is empty")
        for i, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip():
                raise self.error(
                    f"{name}[{i}]", f"must be a non-blank string, not {_kind(item)} ({_show(item)})"
                )
        return value

    def url_list(self, name: str) -> list[str]:
        urls = self.text_list(name)
        for i, url in enumerate(urls, 1):
            if not re.match(r"^https?://\S+$", url):
                raise self.error(f"{name}[{i}]", f"{url!r} is not an http(s) address")
        return urls

    def choices(self, name: str, allowed: Iterable[str], *, required: bool = False) -> tuple[str, ...]:
        allowed = tuple(allowed)
        values = self.text_list(name, required=required)
        for i, value in enumerate(values, 1):
            if value not in allowed:
                raise self.error(f"{name}[{i}]", f"{value!r} is not one of {', '.join(allowed)}")
        if len(set(values)) != len(values):
            raise self.error(name, "lists a value twice")
        return tuple(values)

    def table(self, name: str, *, required: bool = False) -> _Table | None:
        value = self._get(name, required)
        return None if value is None else _Table(self.path, self.key(name), value)

    def tables(self, name: str) -> list[_Table]:
        value = self._get(name, False)
        if value is None:
            return []
        self._expect(name, value, (list,), f"an array of tables ([[{self.key(name)}]])")
        return [_Table(self.path, f"{self.key(name)}[{i}]", item) for i, item in enumerate(value, 1)]
