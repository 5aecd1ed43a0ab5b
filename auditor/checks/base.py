"""The Check base class, the registry (entry-point group ``auditor.checks``) and selection.

A check is a small class with a code, a kebab-case name, a one-line summary (the first docstring line)
and a generator over one understood table. A check yields either finished ``Finding``s or
``Comparison``s: a published rounded value set against the exact value the check recomputed. Whether
a comparison is an error, a warning or fine depends on the rounding convention of the whole document,
which is only known once every table has been looked at; ``resolve`` turns comparisons into findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, ClassVar

from auditor.model import Finding, Location, Severity
from auditor.numbers import Number

if TYPE_CHECKING:
    from auditor.claims import Claim
    from auditor.regime import Regime
    from auditor.sentences import Sentence
    from auditor.structure import Table

FAMILIES = ("SUM", "PCT", "CHG", "ESC", "TIM", "TXT", "XTB", "XDC")
CODE_RE = re.compile(r"^({})\d{{3}}$".format("|".join(FAMILIES)))
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOC_SECTIONS = (
    "What it checks",
    "Why it matters",
    "Failing example",
    "Passing example",
    "Options",
    "Known limitations",
)


class RegistryError(Exception):
    """Two checks claim one code or name, or a plug-in is not a Check."""


@dataclass(frozen=True)
class Context:
    """What a check may know beyond its table: the file, the user's options, the regime the document
    reports under (its rule packs and year), the narrative's sentences and every table (``understood``
    gives those whose structure was read)."""

    file: str
    options: dict = field(default_factory=dict)
    regime: Regime | None = None
    sentences: tuple[Sentence, ...] = ()
    tables: tuple[Table, ...] = ()
    claims: tuple[Claim, ...] = ()
    # What several checks derive from the same document (its stage counts): made once, on first need.
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def remember(self, key: str, make):
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @property
    def understood(self) -> tuple[Table, ...]:
        return tuple(t for t in self.tables if t.status == "understood")

    def sentence_location(self, sentence: Sentence) -> Location:
        return Location(file=self.file, page=sentence.page, sentence=sentence.index, quote=sentence.text)


@dataclass(frozen=True)
class Comparison:
    """A published rounded value and the exact value it should represent.

    ``fits`` names the rounding conventions under which ``published`` is a correct rendering of
    ``exact`` (empty: wrong under every convention).
    """

    check: type[Check]
    location: Location
    published: Number
    exact: Fraction | None
    fits: frozenset[str]
    fields: dict
    evidence: tuple[tuple[int, int], ...] = ()
    expected_text: dict = field(default_factory=dict)  # convention -> how it would be printed
    severity: Severity | None = None  # when a rule pack sets it; else the check's own


@dataclass(frozen=True)
class ClaimStatus:
    """How far a check got with one narrative claim (``Context.claims[index]``): "linked" to the
    figures it is about, or "checked" against them. Claims no check links are counted as unlinked."""

    index: int
    status: str  # "linked" or "checked"


@dataclass(frozen=True)
class Skipped:
    """A relation a check saw but could not test, and why (shown in the coverage report)."""

    check: type[Check]
    reason: str


class Check:
    """Base class; subclasses set code, name, template and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    template: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract"):
            return  # a shared base for a family, not a check of its own
        if not CODE_RE.match(getattr(cls, "code", "")):
            raise RegistryError(
                f"{cls.__name__}: code {getattr(cls, 'code', None)!r} is not FAMILY + 3 digits"
            )
        if not NAME_RE.match(getattr(cls, "name", "")):
            raise RegistryError(f"{cls.__name__}: name {getattr(cls, 'name', None)!r} is not kebab-case")
        if not (cls.__doc__ or "").strip():
            raise RegistryError(f"{cls.__name__}: a check needs a docstring")

    # -- documentation -------------------------------------------------------------------------------
    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0].strip()

    @classmethod
    def doc(cls) -> str:
        lines = (cls.__doc__ or "").strip().splitlines()
        body = "\n".join(lines[1:])
        import textwrap

        return lines[0].strip() + "\n" + textwrap.dedent(body)

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring's fixed sections, by heading (a heading is a line ending in ':')."""
        sections: dict[str, list[str]] = {}
        current = None
        for line in cls.doc().splitlines()[1:]:
            stripped = line.strip()
            if stripped.endswith(":") and stripped[:-1] in DOC_SECTIONS:
                current = stripped[:-1]
                sections[current] = []
            elif current:
                sections[current].append(line)
        return {k: "\n".join(v).strip() for k, v in sections.items()}

    # -- running -------------------------------------------------------------------------------------
    def check(self, table: Table, ctx: Context) -> Iterator[Finding | Comparison | Skipped]:
        """What this check finds in one understood table (none, for a check of the prose)."""
        return iter(())

    def check_document(self, ctx: Context) -> Iterator[Finding | Comparison | Skipped]:
        """What this check finds across the document: its sentences, or several tables at once."""
        return iter(())

    def finding(
        self,
        table: Table,
        ctx: Context,
        row: int | None,
        col: int | None,
        /,
        *,
        published: str | None = None,
        expected: str | None = None,
        severity: Severity | None = None,
        evidence: Iterable[tuple[int, int]] = (),
        interval: tuple[float, float] | None = None,
        confidence: float = 1.0,
        **fields,
    ) -> Finding:
        return self.finding_at(
            table.location(ctx.file, row, col),
            published=published,
            expected=expected,
            severity=severity,
            evidence=evidence,
            interval=interval,
            confidence=confidence,
            **fields,
        )

    def finding_at(
        self,
        location: Location,
        /,
        *,
        published: str | None = None,
        expected: str | None = None,
        severity: Severity | None = None,
        evidence: Iterable[tuple[int, int]] = (),
        interval: tuple[float, float] | None = None,
        confidence: float = 1.0,
        **fields,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=self.template.format(**{"published": published, "expected": expected, **fields}),
            location=location,
            published=published,
            expected=expected,
            interval=interval,
            evidence=tuple(evidence),
            confidence=confidence,
        )

    def compare(
        self,
        table: Table,
        ctx: Context,
        row: int,
        col: int,
        shown: Number,
        exact: Fraction | None,
        /,
        *,
        evidence: Iterable[tuple[int, int]] = (),
        fits: frozenset[str] | None = None,
        severity: Severity | None = None,
        **fields,
    ) -> Comparison:
        return self.compare_at(
            table.location(ctx.file, row, col),
            shown,
            exact,
            evidence=evidence,
            fits=fits,
            severity=severity,
            **fields,
        )

    def compare_at(
        self,
        location: Location,
        shown: Number,
        exact: Fraction | None,
        /,
        *,
        evidence: Iterable[tuple[int, int]] = (),
        fits: frozenset[str] | None = None,
        severity: Severity | None = None,
        **fields,
    ) -> Comparison:
        from auditor.rounding import expected_renderings, fitting_conventions

        return Comparison(
            check=type(self),
            location=location,
            published=shown,
            exact=exact,
            fits=fitting_conventions(exact, shown) if fits is None else fits,
            fields=fields,
            evidence=tuple(evidence),
            expected_text=expected_renderings(exact, shown),
            severity=severity,
        )


# ------------------------------------------------------------------------------------------ registry


def _as_checks(obj, source: str) -> list[type[Check]]:
    items = obj if isinstance(obj, (list, tuple)) else [obj]
    for item in items:
        if not (isinstance(item, type) and issubclass(item, Check)):
            raise RegistryError(f"entry point {source} gave {item!r}, which is not a Check class")
    return list(items)


def load_checks() -> list[type[Check]]:
    """Every registered check, built-in and plug-in, sorted by code. Duplicate codes fail loudly."""
    found: dict[str, type[Check]] = {}
    names: dict[str, type[Check]] = {}
    eps = list(entry_points(group="auditor.checks"))
    if not any(ep.name == "builtin" for ep in eps):
        # Running from a source tree that was not installed: the built-ins are still ours to load.
        from auditor.checks import BUILTIN_CHECKS

        groups = [("builtin", BUILTIN_CHECKS)]
    else:
        groups = []
    groups += [(f"{ep.name} ({ep.value})", ep.load()) for ep in eps]
    for source, obj in groups:
        for cls in _as_checks(obj, source):
            if cls.code in found and found[cls.code] is not cls:
                raise RegistryError(
                    f"check code {cls.code} is claimed twice ({found[cls.code].__name__}, {cls.__name__})"
                )
            if cls.name in names and names[cls.name] is not cls:
                raise RegistryError(f"check name {cls.name} is claimed twice")
            found[cls.code] = cls
            names[cls.name] = cls
    return [found[c] for c in sorted(found)]


def _match_length(check: type[Check], pattern: str) -> int:
    """How specifically ``pattern`` names ``check``: 0 when it does not, else the pattern length."""
    pattern = pattern.strip()
    if not pattern:
        return 0
    if pattern.lower() == check.name or (pattern.upper() == check.code):
        return 100
    if check.code.startswith(pattern.upper()):
        return len(pattern)
    return 0


def select_checks(
    checks: Iterable[type[Check]], select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[type[Check]]:
    """flake8-style selection: the longest matching prefix decides; on a tie, ignore wins."""
    select, ignore = list(select), list(ignore)
    chosen = []
    for check in checks:
        sel = max((_match_length(check, p) for p in select), default=0) if select else 1
        ign = max((_match_length(check, p) for p in ignore), default=0)
        if sel > ign:
            chosen.append(check)
    return chosen


def unknown_patterns(checks: Iterable[type[Check]], patterns: Iterable[str]) -> list[str]:
    checks = list(checks)
    return [p for p in patterns if p.strip() and not any(_match_length(c, p) for c in checks)]
