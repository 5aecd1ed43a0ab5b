"""The data that flows between the stages: ingest -> understand -> checks -> render.

Everything here is a frozen dataclass so that a stage cannot change what an earlier stage produced.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class InputError(Exception):
    """A file that cannot be audited: wrong type, broken, encrypted, no text layer.

    The message is one line that names the reason; the CLI prefixes the file name.
    """

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# --------------------------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class RawTable:
    """A grid of cell texts as extracted, before any understanding.

    ``rows`` holds the printed text of each cell (multi-line cells already joined); every row has the
    same length. ``index`` is the 1-based position of the table in the document.
    """

    page: int
    index: int
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    confidence: float | None = None  # 0..1 where the extractor gives one (camelot's accuracy / 100)
    method: str = ""  # "lattice", "stream", "docx", "text", ...
    # For a table continued over pages: the page of each row (empty when it is all on ``page``).
    row_pages: tuple[int, ...] = ()

    def page_of(self, row: int | None) -> int:
        if row is not None and 0 <= row < len(self.row_pages):
            return self.row_pages[row]
        return self.page

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0


@dataclass(frozen=True)
class TextBlock:
    """A paragraph (or line group) of narrative text, with the page it is on."""

    page: int
    text: str


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # "pdf", "docx", "text"
    n_pages: int
    tables: tuple[RawTable, ...]
    text: tuple[TextBlock, ...] = ()
    notes: tuple[str, ...] = ()  # ingest remarks a user should see (pages skipped, fallbacks used)


# --------------------------------------------------------------------------------------------- findings


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


@dataclass(frozen=True)
class Location:
    file: str
    page: int | None = None
    table: int | None = None  # RawTable.index
    caption: str | None = None
    row: int | None = None  # 0-based row in the raw grid
    col: int | None = None  # 0-based column in the raw grid
    row_label: str | None = None
    col_label: str | None = None
    sentence: int | None = None  # 1-based sentence of the narrative, for a finding in the prose
    quote: str | None = None  # that sentence, as printed


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    published: str | None = None  # the text as printed
    expected: str | None = None  # the recomputed value, as a reader would write it
    interval: tuple[float, float] | None = None  # what the published value allows under rounding
    evidence: tuple[tuple[int, int], ...] = ()  # (row, col) cells the check used
    confidence: float = 1.0

    def key(self) -> tuple:
        loc = self.location
        return (self.code, loc.page, loc.table, loc.row, loc.col)

    def sort_key(self) -> tuple:
        loc = self.location
        return (
            loc.file,
            loc.table if loc.table is not None else 10**9,
            loc.sentence if loc.sentence is not None else -1,
            loc.row if loc.row is not None else -1,
            loc.col if loc.col is not None else -1,
            self.code,
        )


@dataclass(frozen=True)
class TableCoverage:
    """What happened to one extracted table."""

    table: int
    page: int
    caption: str | None
    status: str  # "checked", "understood" (structure known, nothing to check), "not checked"
    reason: str = ""
    checks_run: int = 0


@dataclass(frozen=True)
class RegimeSummary:
    """The rule pack a document was judged under, for renderers (which know nothing of packs)."""

    pack: str | None  # pack id; None when no regime was recognised
    title: str = ""
    also: tuple[str, ...] = ()  # other packs that govern the statements naming them
    year: str | None = None  # the reporting year, "2020/21"
    chosen_by: str = "detected"  # "detected", "--regime" or "config"
    cues: tuple[str, ...] = ()  # the phrases that decided it
    score: float = 0.0


@dataclass(frozen=True)
class ClaimRecord:
    """One figure stated in the narrative, and how far the checks got with it."""

    page: int
    sentence: int  # 1-based, as Location.sentence
    figure: str  # as printed
    kind: str  # "value", "change", "comparison", "rate", "sum", "share"
    status: str  # "unlinked", "linked" or "checked"
    text: str  # the sentence


@dataclass(frozen=True)
class AuditResult:
    path: str
    format: str
    n_pages: int
    findings: tuple[Finding, ...]
    coverage: tuple[TableCoverage, ...]
    rounding: str  # the convention inferred for the document, with its evidence
    notes: tuple[str, ...] = ()
    regime: str = ""  # the regime the document was judged under, with its evidence, as one line
    regime_choice: RegimeSummary | None = None
    claims: tuple[int, int, int] = (0, 0, 0)  # narrative claims found, linked, checked
    claim_records: tuple[ClaimRecord, ...] = field(default=(), repr=False)
    # The extracted grids, so a renderer can print the offending table with the cell highlighted.
    raw_tables: tuple[RawTable, ...] = field(default=(), repr=False)

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)
