"""Table understanding: from a grid of cell texts to a table whose parts have roles.

Finds the header rows (one or two levels), the label column, what each column holds (counts,
shares, changes, arrows, parameters such as a timescale in days), the year of year columns, totals
rows and columns, percentage rows, and which columns a "Total" column adds up. What it cannot tell
it says: ``Table.status`` is "not checked" with a reason, and checks leave such a table alone.

It proposes; the checks confirm. Where more than one reading is possible (which rows a "Total
complaints" row adds up), the candidates are listed and a check keeps the one the figures support.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from itertools import pairwise

from auditor.model import Location, RawTable
from auditor.numbers import Kind, Number, looks_like_year_label, parse_published_number


class ColRole(str, enum.Enum):
    LABEL = "label"
    COUNT = "count"  # whole numbers or amounts that can be added up
    PERCENT = "percent"  # shares or rates
    INLINE = "inline"  # "57(47%)": a count with its share
    CHANGE = "change"  # a year-on-year change, with or without an arrow
    PARAMETER = "parameter"  # numbers that are not quantities to add: a timescale in days, a target
    TEXT = "text"
    EMPTY = "empty"


class RowRole(str, enum.Enum):
    HEADER = "header"
    DATA = "data"
    TOTAL = "total"
    PERCENT = "percent"  # a row of shares under the counts it is a share of
    SECTION = "section"  # a label with no values: a heading inside the table
    NOTE = "note"
    EMPTY = "empty"


@dataclass(frozen=True)
class Column:
    index: int
    label: str
    header: tuple[str, ...]
    role: ColRole
    parent: str | None = None  # the upper header cell over this column, in a two-level header
    year: str | None = None
    is_total: bool = False
    parts: tuple[int, ...] = ()  # for a total column: the columns it adds up


@dataclass(frozen=True)
class Row:
    index: int
    label: str
    role: RowRole
    # For a total row: the candidate sets of rows it may add up, most likely first.
    candidates: tuple[tuple[str, tuple[int, ...]], ...] = ()


@dataclass(frozen=True)
class Table:
    raw: RawTable
    cells: tuple[tuple[Number, ...], ...]
    header_rows: int
    label_col: int | None
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    status: str  # "understood" or "not checked"
    reason: str = ""
    notes: tuple[str, ...] = field(default=())
    # No caption and no heading row: most likely the rest of a table whose start was not found (on
    # the page before), so "the rows above" a total may not be all of its rows.
    fragment: bool = False

    @property
    def caption(self) -> str | None:
        return self.raw.caption

    def cell(self, row: int, col: int) -> Number:
        return self.cells[row][col]

    def value(self, row: int, col: int):
        return self.cells[row][col].scaled

    def rows_with(self, *roles: RowRole) -> list[Row]:
        return [r for r in self.rows if r.role in roles]

    def cols_with(self, *roles: ColRole) -> list[Column]:
        return [c for c in self.columns if c.role in roles]

    def location(self, file: str, row: int | None, col: int | None) -> Location:
        return Location(
            file=file,
            page=self.raw.page_of(row),
            table=self.raw.index,
            caption=self.raw.caption,
            row=row,
            col=col,
            row_label=self.rows[row].label if row is not None and row < len(self.rows) else None,
            col_label=self.columns[col].label if col is not None and col < len(self.columns) else None,
        )


# ------------------------------------------------------------------------------------- vocabulary

TOTAL_RE = re.compile(
    r"^\s*(grand\s+|sub-?\s?)?(total|ttl)\b|\b(totals?|totales|ttl)\s*$|^\s*all\s+\w+|^\s*overall\b",
    re.IGNORECASE,
)
# A column headed like this holds shares, rates or changes even when its cells print no "%".
PERCENT_HEADER_RE = re.compile(
    r"%|\bper\s*cent|\bpercent|\brate\b|\bratio\b|\bchg\b|\bchange\b|\bshare\b|\bpart\.", re.IGNORECASE
)
# "1.726" and "1.393,4": thousands marked with a dot (continental tables).
DOT_THOUSANDS_RE = re.compile(r"^[-+(]?\d{1,3}(\.\d{3})+(,\d+)?\)?$")
COMMA_THOUSANDS_RE = re.compile(r"\d,\d{3}(?!\d)")
# "No. of complaints rejected", "Total number of complaints received": a count of everything above,
# but only when it is the last row of its block.
COUNT_OF_RE = re.compile(r"^\s*(no\.?|number)\s+of\b", re.IGNORECASE)
# Figures in thousands or millions were rounded each on its own: their sums may be a unit out.
ROUNDED_UNITS_RE = re.compile(
    r"000'?s|\bthousands?\b|\bmillions?\b|\bbn\b|\bbillions?\b|[£$€]\s?m\b|\(m\)|\blakhs?\b|\bcrores?\b",
    re.IGNORECASE,
)
PARAMETER_RE = re.compile(
    r"\b(days?|timescales?|target|average|mean|median|weeks?|hours?|rank)\b", re.IGNORECASE
)
# "No. of responses in timescale", "Within 10 working days", "11-20 days": counts of responses, even
# though the heading speaks of days or timescales.
COUNTED_IN_TIME_RE = re.compile(
    r"\b(in|within|on|outside|over|exceed\w*|after|more than|less than|under|up to|between)\s+(the\s+)?"
    r"(\d+|time|timescales?|target|deadline)\b|\bon[- ]time\b|\bin[- ]time\b|"
    r"\b\d+\s*(-|–|to)\s*\d+\s*(working\s+)?days?\b|"
    r"\b\d+\s*\+\s*(working\s+)?days?\b|\blate\b|\boverdue\b",
    re.IGNORECASE,
)
NOTE_RE = re.compile(r"^\s*(\*|\(\d+\)|⁽|note|source)", re.IGNORECASE)
STOPWORDS = {"total", "no", "no.", "number", "of", "the", "all", "and", "in", "received", "a", "for"}


def _is_yearish(n: Number) -> bool:
    if n.kind == Kind.TEXT:
        return True
    return (
        n.kind == Kind.COUNT
        and n.decimals == 0
        and n.value is not None
        and 1990 <= n.value <= 2100
        and "," not in n.text
    )


def _has_value(n: Number) -> bool:
    return n.value is not None


# ----------------------------------------------------------------------------------------- parse


def uses_decimal_comma(raw: RawTable) -> bool:
    """True when the table writes 1.726 for one thousand seven hundred and twenty-six."""
    texts = [t.strip() for row in raw.rows for t in row]
    dotted = sum(1 for t in texts if DOT_THOUSANDS_RE.match(t))
    comma = sum(1 for t in texts if COMMA_THOUSANDS_RE.search(t) and "." not in t)
    decimal = sum(1 for t in texts if re.fullmatch(r"[-+(]?\d+\.\d{1,2}\)?%?", t))
    return dotted >= 2 and comma == 0 and decimal == 0


def document_uses_decimal_comma(raws) -> bool:
    """A document writes its numbers one way: decide from all its tables at once, since a small
    table may show no number over a thousand."""
    raws = list(raws)
    comma = any(
        COMMA_THOUSANDS_RE.search(t) and "." not in t for raw in raws for row in raw.rows for t in row
    )
    return not comma and any(uses_decimal_comma(raw) for raw in raws)


def understand(raw: RawTable, *, decimal_comma: bool | None = None) -> Table:
    if decimal_comma is None:
        decimal_comma = uses_decimal_comma(raw)
    cells = tuple(
        tuple(parse_published_number(t, decimal_comma=decimal_comma) for t in row) for row in raw.rows
    )
    if raw.n_rows < 2 or raw.n_cols < 2:
        return _unchecked(raw, cells, "fewer than two rows or columns")
    if not any(_has_value(n) for row in cells for n in row):
        paired = next((t for row in raw.rows for t in row if re.fullmatch(r"\d+\s*\(\d+\)", t.strip())), None)
        if paired:
            return _unchecked(raw, cells, f"cells print two counts each ('{paired}'), which are not read yet")
        return _unchecked(raw, cells, "no numeric cells (a text table)")
    label_col = _label_column(cells)
    header_rows = _header_rows(cells, label_col)
    if header_rows >= raw.n_rows:
        return _unchecked(raw, cells, "no data rows under the header")
    columns = _columns(raw, cells, header_rows, label_col)
    rows = _rows(raw, cells, header_rows, label_col, columns)
    columns = _attach_column_parts(columns)
    rows = _attach_row_candidates(rows)
    percent_only = not any(c.role in (ColRole.COUNT, ColRole.INLINE) for c in columns) and any(
        c.role == ColRole.PERCENT for c in columns
    )
    if percent_only and not any(t.strip() == "100%" for row in raw.rows for t in row):
        reason = "percentages only: the counts they are shares of are not in the table"
        return _unchecked(raw, cells, reason, header_rows, label_col, columns, rows)
    value_cols = [
        c for c in columns if c.role in (ColRole.COUNT, ColRole.PERCENT, ColRole.INLINE, ColRole.CHANGE)
    ]
    if not value_cols:
        return _unchecked(raw, cells, "no column of counts or shares", header_rows, label_col, columns, rows)
    if raw.confidence is not None and raw.confidence < 0.5:
        return _unchecked(
            raw,
            cells,
            f"extraction unreliable (confidence {raw.confidence:.0%})",
            header_rows,
            label_col,
            columns,
            rows,
        )
    fragment = header_rows == 0 and not raw.caption
    return Table(
        raw, cells, header_rows, label_col, tuple(columns), tuple(rows), "understood", fragment=fragment
    )


def _unchecked(raw, cells, reason, header_rows=0, label_col=None, columns=(), rows=()) -> Table:
    return Table(raw, cells, header_rows, label_col, tuple(columns), tuple(rows), "not checked", reason)


def _label_column(cells) -> int | None:
    """The leftmost column whose body is mostly words."""
    n_cols = len(cells[0])
    for c in range(n_cols):
        col = [row[c] for row in cells[1:]]
        filled = [n for n in col if n.kind != Kind.EMPTY]
        if not filled:
            continue
        text = sum(1 for n in filled if n.kind == Kind.TEXT)
        if text / len(filled) >= 0.6:
            return c
        return None  # the first filled column holds numbers: no label column
    return None


def _header_rows(cells, label_col) -> int:
    """Leading rows whose value cells are words or years, not quantities (at most eight)."""
    count = 0
    for row in cells[:8]:
        others = [n for i, n in enumerate(row) if i != label_col and n.kind != Kind.EMPTY]
        if others and (all(_is_yearish(n) for n in others) or _numbers_columns(row)):
            count += 1
            continue
        if not others and count == 0 and label_col is not None and row[label_col].kind != Kind.EMPTY:
            # A title row spanning the table ("Number of Complaint Transactions by Service area").
            count += 1
            continue
        break
    return count


def _numbers_columns(row) -> bool:
    """A row that numbers the columns: "(1) (2) (3)" or "1 2 3=(1+2)"."""
    values = [n.value for n in row if n.value is not None]
    return (
        len(values) >= 3
        and all(b - a == 1 for a, b in pairwise(values))
        and all(n.decimals == 0 for n in row if n.value is not None)
    )


def _header_path(raw: RawTable, header_rows: int, col: int) -> tuple[tuple[str, ...], str | None]:
    texts = []
    parent = None
    for r in range(header_rows):
        text = raw.rows[r][col].strip()
        if r == 0 and header_rows > 1 and not text:
            below = any(raw.rows[k][col].strip() for k in range(1, header_rows))
            if below:
                # A merged upper cell is printed in its first column only: carry it right.
                for left in range(col - 1, -1, -1):
                    if raw.rows[0][left].strip():
                        text = raw.rows[0][left].strip()
                        break
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    if header_rows > 1 and len(texts) > 1:
        parent = texts[0]
    return tuple(texts), parent


def _column_role(body: list[Number], header: str) -> ColRole:
    filled = [n for n in body if n.kind != Kind.EMPTY]
    if not filled:
        return ColRole.EMPTY
    valued = [n for n in filled if n.kind not in (Kind.TEXT,)]
    if len(valued) < len(filled) * 0.6:
        return ColRole.TEXT
    arrows = sum(1 for n in valued if n.arrow)
    if arrows >= max(1, len(valued) // 2) or re.search(
        r"direction of travel|% ?change|change from", header, re.IGNORECASE
    ):
        return ColRole.CHANGE
    inline = sum(1 for n in valued if n.share is not None)
    if inline >= len(valued) * 0.5:
        return ColRole.INLINE
    pct = sum(1 for n in valued if n.kind == Kind.PERCENT)
    if pct >= len(valued) * 0.5:
        return ColRole.PERCENT
    if PERCENT_HEADER_RE.search(header):
        # "%Chg", "Rate per 1,000": figures that are not counts, so never added up.
        return ColRole.CHANGE if re.search(r"chg|change", header, re.IGNORECASE) else ColRole.PARAMETER
    if PARAMETER_RE.search(header) and not COUNTED_IN_TIME_RE.search(header):
        return ColRole.PARAMETER
    return ColRole.COUNT


def _columns(raw, cells, header_rows, label_col) -> list[Column]:
    columns = []
    for c in range(raw.n_cols):
        header, parent = _header_path(raw, header_rows, c)
        label = " / ".join(header)
        if c == label_col:
            columns.append(Column(c, label, header, ColRole.LABEL))
            continue
        body = [row[c] for row in cells[header_rows:]]
        role = _column_role(body, label)
        year = next((y for y in (looks_like_year_label(h) for h in reversed(header)) if y), None)
        is_total = (bool(header) and bool(re.search(r"\btotal\b", header[-1], re.IGNORECASE))) or (
            parent is None and bool(header) and bool(re.search(r"\btotal\b", label, re.IGNORECASE))
        )
        columns.append(
            Column(
                c,
                label,
                header,
                role,
                parent,
                year,
                (is_total and role == ColRole.COUNT) or (is_total and role == ColRole.INLINE),
            )
        )
    return columns


def _row_role(label: str, values: list[Number], is_header: bool) -> RowRole:
    if is_header:
        return RowRole.HEADER
    filled = [n for n in values if n.kind != Kind.EMPTY]
    if not filled and not label:
        return RowRole.EMPTY
    valued = [n for n in filled if n.value is not None or n.kind == Kind.PLACEHOLDER]
    if not valued:
        return RowRole.NOTE if NOTE_RE.match(label) or len(label) > 80 else RowRole.SECTION
    pct = [n for n in valued if n.kind == Kind.PERCENT]
    says_percent = re.search(r"%|percent|percentage|proportion", label, re.IGNORECASE)
    if says_percent and len(pct) >= len(valued) * 0.6:
        return RowRole.PERCENT  # "Total of overall Stage 1 outcomes, by percentage"
    if TOTAL_RE.search(label):
        return RowRole.TOTAL
    if (
        pct
        and len(pct) >= len(valued) * 0.6
        and (re.search(r"%|percent|percentage", label, re.IGNORECASE) or len(valued) > 1)
    ):
        return RowRole.PERCENT
    return RowRole.DATA


def _row_label(texts: tuple[str, ...], label_col: int | None, columns) -> str:
    """The label column's text; where it is blank, the first words in another text column (a
    "Total GMC Enrollment" printed in the second of two label columns)."""
    if label_col is not None and texts[label_col].strip():
        return texts[label_col].strip()
    for c, text in enumerate(texts):
        if (
            text.strip()
            and columns[c].role in (ColRole.LABEL, ColRole.TEXT)
            and not _has_value(parse_published_number(text))
        ):
            return text.strip()
    return ""


def _rows(raw, cells, header_rows, label_col, columns) -> list[Row]:
    rows = []
    for r, row in enumerate(cells):
        label = _row_label(raw.rows[r], label_col, columns)
        values = [n for c, n in enumerate(row) if c != label_col and columns[c].role != ColRole.TEXT]
        rows.append(Row(r, label, _row_role(label, values, r < header_rows)))
    # "No. of complaints rejected" as the last row of a block is that block's total.
    for i, row in enumerate(rows):
        if row.role == RowRole.DATA and COUNT_OF_RE.match(row.label):
            nxt = next((x for x in rows[i + 1 :] if x.role not in (RowRole.EMPTY, RowRole.NOTE)), None)
            if nxt is None or nxt.role in (RowRole.PERCENT, RowRole.TOTAL):
                rows[i] = Row(row.index, row.label, RowRole.TOTAL)
    return rows


def _attach_column_parts(columns: list[Column]) -> list[Column]:
    """Which columns each total column adds up.

    In a two-level header whose groups share sub-headers (years under each outcome), the total
    group's k-th column adds the k-th column of every other group; otherwise a total column adds the
    count columns to its left at its own level since the previous total.
    """
    out = list(columns)
    groups: dict[str, list[Column]] = {}
    for c in columns:
        if c.parent:
            groups.setdefault(c.parent, []).append(c)
    total_groups = [g for g in groups if re.search(r"\btotal\b", g, re.IGNORECASE)]
    for tg in total_groups:
        members = groups[tg]
        others = [g for g in groups.values() if g is not members and len(g) == len(members)]
        for k, col in enumerate(members):
            parts = tuple(g[k].index for g in others if g[k].role in (ColRole.COUNT, ColRole.INLINE))
            if len(parts) >= 2 and col.role in (ColRole.COUNT, ColRole.INLINE):
                out[col.index] = _with(col, is_total=True, parts=parts)
    for col in columns:
        if not col.is_total or out[col.index].parts or (col.parent and col.parent in total_groups):
            continue
        parts = []
        for left in reversed(columns[: col.index]):
            if left.is_total:
                break
            if left.role in (ColRole.COUNT, ColRole.INLINE) and (
                col.year is None or left.year in (None, col.year)
            ):
                parts.append(left.index)
        if len(parts) >= 2:
            out[col.index] = _with(col, parts=tuple(sorted(parts)))
    return out


def _with(col: Column, **changes) -> Column:
    from dataclasses import replace

    return replace(col, **changes)


def _stem_words(label: str) -> set[str]:
    words = re.findall(r"[a-z]+", label.lower())
    return {w.rstrip("s") for w in words if w not in STOPWORDS and len(w) > 2}


def _sections(rows: list[Row]) -> list[list[int]]:
    groups: list[list[int]] = []
    for r in rows:
        if r.role == RowRole.SECTION or not groups:
            groups.append([])
        if r.role == RowRole.DATA:
            groups[-1].append(r.index)
    return [g for g in groups if g]


def _attach_row_candidates(rows: list[Row]) -> list[Row]:
    """For each total row, the sets of rows it may add up, most likely first."""
    out = list(rows)
    block_start = 0
    totals_seen: list[int] = []
    for i, row in enumerate(rows):
        if row.role != RowRole.TOTAL:
            continue
        data_above = [r.index for r in rows[:i] if r.role == RowRole.DATA]
        block = [r.index for r in rows[block_start:i] if r.role == RowRole.DATA]
        # Survey tables repeat the whole under each heading ("Caste", "Wealth index"): the total
        # is then the sum of the last section, and of every other.
        sections = _sections(rows[block_start:i])
        if len(sections) >= 2:
            block = sections[-1]
        cands: list[tuple[str, tuple[int, ...]]] = []
        if block:
            cands.append(("the rows above it", tuple(block)))
        if len(totals_seen) >= 2:
            # With subtotals above, a later total most plausibly adds them up; a "Subtotal" row
            # already stands for the totals before it.
            outer = []
            for t in reversed(totals_seen):
                outer.insert(0, t)
                if re.match(r"\s*sub-?\s?total", rows[t].label, re.IGNORECASE):
                    break
            cands.append(("the totals above it", tuple(outer)))
            if block:
                cands.append(("the totals above it and the rows since", tuple(outer) + tuple(block)))
            if tuple(outer) != tuple(totals_seen):
                cands.append(("the totals above it", tuple(totals_seen)))
        if data_above and data_above != block:
            cands.append(("every row above it", tuple(data_above)))
        stems = _stem_words(row.label)
        if stems:
            named = tuple(r for r in data_above if _stem_words(rows[r].label) & stems)
            if named and named not in [c[1] for c in cands]:
                cands.insert(0, (f"the rows named like '{row.label}'", named))
        out[i] = Row(row.index, row.label, row.role, tuple(c for c in cands if c[1]))
        totals_seen.append(row.index)
        block_start = i + 1
    return out
