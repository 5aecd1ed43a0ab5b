"""How many of the corpus's printed sum relations does our table extraction make checkable?

    .venv/bin/python benchmarks/corpus_relations.py                  # per-file table, totals, failures
    .venv/bin/python benchmarks/corpus_relations.py -v               # also one line per relation
    .venv/bin/python benchmarks/corpus_relations.py --file budget.pdf

The relations are in corpus_relations.toml (next to this file): for each, the file, the page, the
labels of the total and of the parts as printed, and whether the total is a row or a column. Each
PDF is loaded once with ``auditor.ingest.load_document``. A relation is

  CHECKABLE  when one extracted table on that page holds the total and every part, and at least one
             column (rows orientation) or row (cols orientation) has a number in the total cell and
             in every part cell;
  HOLDING    when, in at least one such column/row, the parts add up to the total within rounding:
             |total - sum| <= half a unit of the last printed digit of every cell involved.

Numbers are read simply, independently of the engine's parser: thousands separators are dropped
("1,234", "98 452"; "1.234" in the files marked dot_thousands; "1.393,4" in the files marked
european), "-", "–", "―", "..." are nil (0), "*" is 0 +/- 0.5, a leading "-", "–", "△" or
surrounding parentheses make a negative (unless the file says parens = "plain"), "$", "%" and a
trailing footnote reference "(1)" are dropped. A cell with two or more numbers and no letters
("22,100 (2) 59,900", "297 -7.74") is "merged"; "n/a", "(X)" and the like are not numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import re
import sys
import time
import tomllib
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_RELATIONS = Path(__file__).with_suffix(".toml")


def _ingest():
    """``load_document`` and a context manager that silences the PDF libraries.

    ``import auditor`` runs the package __init__, which imports the whole engine; if another part of
    the engine is mid-edit and fails to import, load the ingest sub-package on its own.
    """
    try:
        from auditor.ingest import load_document
    except ImportError:
        import types

        for name in [n for n in sys.modules if n == "auditor" or n.startswith("auditor.")]:
            del sys.modules[name]
        package = types.ModuleType("auditor")
        package.__path__ = [str(ROOT / "auditor")]
        sys.modules["auditor"] = package
        from auditor.ingest import load_document
    try:
        from auditor.ingest.pdf import quiet
    except ImportError:  # pragma: no cover - older layouts
        quiet = contextlib.nullcontext
    return load_document, quiet


# --------------------------------------------------------------------------------------------- text


def norm(text: str | None) -> str:
    """NFKC (full-width letters and digits become ASCII), one space for any run of white space."""
    text = unicodedata.normalize("NFKC", text or "").replace("\ufffd", " ")
    return re.sub(r"\s+", " ", text).strip()


def label_text(text: str) -> str:
    """A cell as a label: without dot leaders and stray marks at its end."""
    return re.sub(r"[\s.·…_]+$", "", norm(text))


def matches(pattern: str, text: str) -> bool:
    if not text:
        return False
    if re.search(pattern, text, re.IGNORECASE):
        return True
    squeezed = re.sub(r"\s+", "", text)  # CJK headers broken over lines, "T otal"
    return squeezed != text and re.search(pattern, squeezed, re.IGNORECASE) is not None


# --------------------------------------------------------------------------------------------- numbers

NIL = {"-", "–", "—", "―", "−", "‐", "‒", "...", "…", "nil"}
MINUS = "-–—−△▲"
NUMBER_FORMATS = {
    # pattern of the digits, the decimal separator
    "default": (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+|\d+(?:\.\d*)?|\.\d+", "."),
    "european": (r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", ","),
    "dot_thousands": (r"\d{1,3}(?:\.\d{3})+|\d+", None),
}


@dataclass(frozen=True)
class Cell:
    kind: str  # "num", "blank", "text", "merged" (two or more numbers in one cell)
    value: float = 0.0
    half: float = 0.0  # half a unit of the last printed digit
    nil: bool = False
    year: bool = False

    @property
    def is_num(self) -> bool:
        return self.kind == "num"


BLANK = Cell("blank")
TEXT = Cell("text")
MERGED = Cell("merged")


def parse_cell(text: str, numbers: str = "default", parens_negative: bool = True) -> Cell:
    t = norm(text)
    if not t:
        return BLANK
    if t.lower() in NIL or re.fullmatch(r"(?:\.\s*){2,}", t):
        return Cell("num", 0.0, 0.0, nil=True)
    if t == "*":  # "less than half a unit"
        return Cell("num", 0.0, 0.5, nil=True)
    body = re.sub(r"(?<=\d)\s*\(\d\)$", "", t)  # footnote reference: "10,000 (1)"
    body = re.sub(r"\s*%$", "", body)
    negative = False
    if len(body) > 1 and body[0] in MINUS:
        negative, body = True, body[1:].strip()
    inner = re.fullmatch(r"\((.+)\)", body)
    if inner:
        body = inner.group(1).strip()
        negative = negative or parens_negative
    body = re.sub(r"^[$€£¥₹`]\s*", "", body)
    if len(body) > 1 and body[0] in MINUS:
        negative, body = True, body[1:].strip()
    pattern, point = NUMBER_FORMATS[numbers]
    if re.fullmatch(pattern, body):
        if point == ",":
            digits = body.replace(".", "").replace(",", ".")
        elif point == ".":
            digits = body.replace(",", "").replace(" ", "")
        else:
            digits = body.replace(".", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        value = float(digits.rstrip(".") or 0)
        year = bool(re.fullmatch(r"\d{4}", body)) and 1900 <= value <= 2100 and not negative
        return Cell("num", -value if negative else value, 0.5 * 10.0**-decimals, year=year)
    if not re.search(r"[^\W\d_]", t) and len(re.findall(r"\d[\d.,]*", t)) >= 2:
        return MERGED  # no letters, several numbers: "22,100 (2) 59,900", "297 -7.74", "1 , 133"
    return TEXT


def is_column_number_row(texts: list[str]) -> bool:
    """ "(1) (2) (3)" or "1 2= 3 4": the row numbering the columns."""
    filled = [t for t in texts if t]
    if len(filled) < 3:
        return False
    numbers = []
    for t in filled:
        m = re.fullmatch(r"\(?(\d{1,2})\)?=?", t)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return all(b > a for a, b in itertools.pairwise(numbers))


# --------------------------------------------------------------------------------------------- grids


class Grid:
    def __init__(self, table, numbers: str, parens_negative: bool):
        self.table = table
        self.index = table.index
        self.texts = [[norm(c) for c in row] for row in table.rows]
        self.cells = [[parse_cell(c, numbers, parens_negative) for c in row] for row in table.rows]
        self.n_rows = len(self.texts)
        self.n_cols = len(self.texts[0]) if self.texts else 0
        self.numbering = {i for i, row in enumerate(self.texts) if is_column_number_row(row)}
        self.first_data = next(
            (
                i
                for i, row in enumerate(self.cells)
                if i not in self.numbering and any(c.is_num and not c.nil and not c.year for c in row)
            ),
            self.n_rows,
        )

    def row_labels(self, i: int) -> list[str]:
        labels = [label_text(t) for t, c in zip(self.texts[i], self.cells[i], strict=True) if t]
        joined = " ".join(
            label_text(t) for t, c in zip(self.texts[i], self.cells[i], strict=True) if t and not c.is_num
        )
        return labels + ([joined] if joined else [])

    def header(self, j: int) -> str:
        parts = [
            self.texts[i][j] for i in range(self.first_data) if i not in self.numbering and self.texts[i][j]
        ]
        return label_text(" ".join(parts))

    def has_figures(self, i: int) -> bool:
        return any(c.is_num for c in self.cells[i])

    def all_texts(self) -> list[str]:
        return [t for row in self.texts for t in row if t]

    def describe(self, i: int) -> str:
        label = " ".join(t for t, c in zip(self.texts[i], self.cells[i], strict=True) if t and not c.is_num)
        return (label or f"row {i}")[:40]


# --------------------------------------------------------------------------------------------- relations


@dataclass
class Relation:
    id: str
    file: str
    page: int
    orientation: str
    manifest: str = ""
    description: str = ""
    total: object = None
    total_value: float | None = None
    parts: list = field(default_factory=list)
    parts_from: str | None = None
    n_parts: int | None = None
    start: str | None = None
    table: str | None = None
    blank: str = "missing"
    note: str = ""

    @property
    def labels(self) -> list:
        labels = [] if self.total is None else [self.total]
        return labels + (list(self.parts) if self.parts else [self.parts_from])


@dataclass
class Outcome:
    relation: Relation
    checkable: bool = False
    holds: bool = False
    reason: str = ""
    table: int | None = None
    checked: int = 0  # columns (rows orientation) or rows (cols orientation) with all numbers
    holding: int = 0
    with_total: int = 0  # lines whose total cell holds a number
    merged: int = 0  # cells of the relation's lines holding several numbers
    worst: str = ""  # the largest miss among the checked lines


def load_relations(path: Path) -> tuple[list[Relation], dict[str, dict]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    relations = []
    seen = set()
    for entry in data.get("relation", []):
        relation = Relation(**entry)
        if relation.id in seen:
            raise SystemExit(f"{path}: duplicate relation id {relation.id!r}")
        seen.add(relation.id)
        if relation.orientation not in ("rows", "cols"):
            raise SystemExit(f"{path}: {relation.id}: orientation must be rows or cols")
        if (relation.total is None) == (relation.total_value is None):
            raise SystemExit(f"{path}: {relation.id}: give exactly one of total, total_value")
        if bool(relation.parts) == (relation.parts_from is not None):
            raise SystemExit(f"{path}: {relation.id}: give exactly one of parts, parts_from")
        if relation.parts_from is not None and (relation.n_parts is None or relation.orientation != "rows"):
            raise SystemExit(f"{path}: {relation.id}: parts_from needs n_parts and rows orientation")
        for label in [*relation.labels, relation.start, relation.table]:
            if label is not None:
                re.compile(_pattern(label))
        relations.append(relation)
    return relations, data.get("files", {})


def _pattern(label) -> str:
    return label["re"] if isinstance(label, dict) else label


def _loose(label) -> str:
    return _pattern(label).removeprefix("^").removesuffix("$")


def _show(label) -> str:
    if isinstance(label, dict):
        return f"{label['re']} (#{label['nth']})"
    return str(label)


# --------------------------------------------------------------------------------------------- locating


@dataclass
class Located:
    grid: Grid
    total: int | None = None
    parts: list[int] = field(default_factory=list)
    missing: list = field(default_factory=list)
    problem: str = ""  # located, but the part range is not the expected one

    @property
    def complete(self) -> bool:
        return not self.missing and not self.problem


def locate(relation: Relation, grid: Grid) -> Located:
    out = Located(grid)
    rows = relation.orientation == "rows"
    if rows:
        lines = list(range(grid.first_data, grid.n_rows))
        texts = {i: grid.row_labels(i) for i in lines}
    else:
        lines = list(range(grid.n_cols))
        texts = {j: [grid.header(j)] for j in lines}

    def hit(pattern: str, line: int) -> bool:
        return any(matches(pattern, t) for t in texts[line])

    region = lines
    if relation.start is not None:
        begin = next(
            (i for i in range(grid.n_rows) if any(matches(relation.start, t) for t in grid.row_labels(i))),
            None,
        )
        if begin is None:
            out.missing = [f"start {relation.start}", *relation.labels]
            return out
        region = [i for i in lines if i >= begin]

    used: set[int] = set()

    def find(label) -> int | None:
        if isinstance(label, dict):
            hits = [i for i in lines if hit(label["re"], i)]
            k = int(label.get("nth", 1))
            return hits[k - 1] if len(hits) >= k else None
        return next((i for i in region if i not in used and hit(label, i)), None)

    if relation.total is not None:
        out.total = find(relation.total)
        if out.total is None:
            out.missing.append(relation.total)
        else:
            used.add(out.total)
    if relation.parts:
        for label in relation.parts:
            line = find(label)
            if line is None:
                out.missing.append(label)
            else:
                used.add(line)
                out.parts.append(line)
        chosen = ([out.total] if out.total is not None else []) + out.parts
        if not out.missing and len(set(chosen)) < len(chosen):
            out.problem = "two labels resolve to the same line"
        return out
    first = find(relation.parts_from)
    if first is None:
        out.missing.append(relation.parts_from)
        return out
    if out.total is None:
        return out
    if out.total <= first:
        out.problem = f"total row above the first part ({relation.parts_from})"
        return out
    out.parts = [i for i in range(first, out.total) if grid.has_figures(i)]
    if len(out.parts) != relation.n_parts:
        out.problem = (
            f"{len(out.parts)} rows with figures from '{grid.describe(first)}' to the total, "
            f"expected {relation.n_parts} (rows merged or split)"
        )
    return out


# --------------------------------------------------------------------------------------------- checking


def evaluate(relation: Relation, found: Located, outcome: Outcome) -> None:
    grid = found.grid
    blank_zero = relation.blank == "zero"
    if relation.orientation == "rows":
        lines = range(grid.n_cols)

        def cells(c: int) -> tuple[Cell | None, list[Cell]]:
            total = grid.cells[found.total][c] if found.total is not None else None
            return total, [grid.cells[p][c] for p in found.parts]
    else:
        lines = [r for r in range(grid.first_data, grid.n_rows) if r not in grid.numbering]

        def cells(r: int) -> tuple[Cell | None, list[Cell]]:
            total = grid.cells[r][found.total] if found.total is not None else None
            return total, [grid.cells[r][p] for p in found.parts]

    worst = None
    for line in lines:
        total, parts = cells(line)
        outcome.merged += sum(1 for c in [total, *parts] if c is not None and c.kind == "merged")
        if total is None:
            value, half = float(relation.total_value), 0.0
        elif total.is_num:
            value, half = total.value, total.half
        else:
            outcome.with_total += total.kind == "merged"  # a total is there, but stuck to another number
            continue
        outcome.with_total += 1
        if blank_zero:
            if not any(p.is_num for p in parts) or not all(p.is_num or p.kind == "blank" for p in parts):
                continue
        elif not all(p.is_num for p in parts):
            continue
        outcome.checked += 1
        summed = sum(p.value for p in parts if p.is_num)
        tolerance = half + sum(p.half for p in parts if p.is_num) + 1e-6
        miss = abs(value - summed)
        if miss <= tolerance:
            outcome.holding += 1
        elif worst is None or miss > worst[0]:
            worst = (
                miss,
                f"{'col' if relation.orientation == 'rows' else 'row'} {line}: {value:g} vs sum {summed:g}",
            )
    outcome.checkable = outcome.checked > 0
    outcome.holds = outcome.holding > 0
    if worst:
        outcome.worst = worst[1]
    if not outcome.checkable:
        outcome.reason = why_unchecked(relation, found)


def why_unchecked(relation: Relation, found: Located) -> str:
    grid = found.grid
    if relation.orientation == "rows":
        lines = ([found.total] if found.total is not None else []) + found.parts
        bare = [grid.describe(i) for i in lines if not grid.has_figures(i)]
        if bare:
            return f"labels located but rows without figures (figures on another row?): {', '.join(bare)}"
        merged = sum(1 for i in lines for c in grid.cells[i] if c.kind == "merged")
    else:
        cols = ([found.total] if found.total is not None else []) + found.parts
        merged = sum(1 for row in grid.cells for j in cols if row[j].kind == "merged")
        if not any(grid.cells[r][j].is_num for r in range(grid.n_rows) for j in cols):
            return "header labels located but their columns hold no figures"
    if merged:
        return f"labels located, but {merged} cells on those lines hold several numbers (merged cells)"
    return "labels located, but no column/row has a number for the total and every part"


def diagnose_missing(relation: Relation, grids: list[Grid], best: Located) -> str:
    """Why the labels were not all found in one table."""
    if best.problem and not best.missing:
        return best.problem
    # every label found somewhere on the page, but never all in one table: split
    whole = {g.index: locate(relation, g) for g in grids}
    labels = relation.labels
    where = []
    for label in labels:
        holders = [idx for idx, loc in whole.items() if label not in loc.missing]
        where.append(holders)
    if len(grids) > 1 and all(where):
        spread = ", ".join(
            f"{_show(label)} in t{'/t'.join(map(str, h))}" for label, h in zip(labels, where, strict=True)
        )
        return f"split across tables: {spread}"
    if any(isinstance(m, str) and m.startswith("start ") for m in best.missing):
        prefix = f"table t{best.grid.index}: " if len(grids) > 1 else ""
        return f"{prefix}block start '{relation.start}' not found"
    pieces = []
    loose_all = [_loose(label) for label in labels]
    for label in best.missing:
        pattern = _pattern(label)
        loose = _loose(label)
        inside = [
            t
            for g in grids
            for t in g.all_texts()
            if matches(loose, t) and not matches(pattern, label_text(t))
        ]
        crowded = max(inside, key=lambda t: sum(matches(x, t) for x in loose_all), default=None)
        others = sum(matches(x, crowded) for x in loose_all) - 1 if crowded else 0
        if crowded is not None and others > 0:
            pieces.append(
                f"'{_show(label)}' merged with {others} other labels in one cell '{crowded[:40]}...'"
            )
        elif crowded is not None:
            pieces.append(f"'{_show(label)}' only inside a longer cell '{crowded[:50]}'")
        elif relation.orientation == "cols" and any(
            matches(pattern, label_text(t)) for g in grids for t in g.all_texts()
        ):
            pieces.append(f"'{_show(label)}' found, but not as a column header above the figures")
        else:
            pieces.append(f"'{_show(label)}' not found")
    if relation.orientation == "cols":
        grid = best.grid
        headed = sum(bool(grid.header(j)) for j in range(grid.n_cols))
        if headed < grid.n_cols / 2:
            pieces.append(f"only {headed} of {grid.n_cols} columns have header text (header rows lost?)")
    return (f"table t{best.grid.index}: " if len(grids) > 1 else "") + "; ".join(pieces)


def check(relation: Relation, grids: list[Grid]) -> Outcome:
    outcome = Outcome(relation)
    on_page = [g for g in grids if g.table.page == relation.page]
    if not on_page:
        outcome.reason = f"no table extracted on page {relation.page}"
        elsewhere = [(g, locate(relation, g)) for g in grids]
        elsewhere = [(g, a) for g, a in elsewhere if len(a.missing) < len(relation.labels)]
        if elsewhere:
            g, a = max(elsewhere, key=lambda ga: -len(ga[1].missing))
            found = len(relation.labels) - len(a.missing)
            outcome.reason += (
                f"; {found}/{len(relation.labels)} of its labels are in t{g.index}, attributed to page "
                f"{g.table.page} (tables chained across pages?)"
            )
        return outcome
    candidates = on_page
    if relation.table is not None:
        candidates = [
            g
            for g in on_page
            if any(matches(relation.table, t) for t in [norm(g.table.caption), *g.all_texts()])
        ]
        if not candidates:
            outcome.reason = f"no table on page {relation.page} matches table filter '{relation.table}'"
            return outcome
    attempts = [locate(relation, g) for g in candidates]
    complete = [a for a in attempts if a.complete]
    for found in complete:
        trial = Outcome(relation, table=found.grid.index)
        evaluate(relation, found, trial)
        if trial.checkable or found is complete[-1]:
            return trial
    best = max(attempts, key=lambda a: (len(relation.labels) - len(a.missing), not a.problem))
    outcome.table = best.grid.index
    outcome.reason = diagnose_missing(relation, candidates, best)
    return outcome


# --------------------------------------------------------------------------------------------- report


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--relations", type=Path, default=DEFAULT_RELATIONS)
    parser.add_argument("--file", action="append", help="only this PDF (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per relation")
    args = parser.parse_args()

    relations, file_options = load_relations(args.relations)
    by_file: dict[str, list[Relation]] = defaultdict(list)
    for relation in relations:
        by_file[relation.file].append(relation)
    pdfs = sorted(p.name for p in (args.corpus / "pdfs").glob("*.pdf"))
    if args.file:
        pdfs = [p for p in pdfs if p in args.file]
    missing = sorted(set(by_file) - set(pdfs)) if not args.file else []
    if missing:
        sys.exit(f"relations name files not in {args.corpus / 'pdfs'}: {', '.join(missing)}")

    load_document, quiet = _ingest()
    outcomes: list[Outcome] = []
    rows = []
    for name in pdfs:
        options = file_options.get(name, {})
        start = time.perf_counter()
        error = None
        try:
            with quiet(), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                document = load_document(args.corpus / "pdfs" / name)
        except Exception as exc:  # noqa: BLE001 - the benchmark reports a broken file, it does not stop
            document, error = None, f"load failed: {type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - start
        grids = (
            [
                Grid(t, options.get("numbers", "default"), options.get("parens", "negative") != "plain")
                for t in document.tables
            ]
            if document
            else []
        )
        mine = []
        for relation in by_file.get(name, []):
            outcome = check(relation, grids) if document else Outcome(relation, reason=error)
            mine.append(outcome)
        outcomes.extend(mine)
        rows.append((name, len(grids), mine, seconds))

    print(f"{'file':<36} {'tables':>6} {'relations':>9} {'checkable':>9} {'holding':>7} {'seconds':>8}")
    total_seconds = 0.0
    file_shares = []
    for name, n_tables, mine, seconds in rows:
        total_seconds += seconds
        n = len(mine)
        k = sum(o.checkable for o in mine)
        h = sum(o.holds for o in mine)
        if n:
            file_shares.append(k / n)
        shown = f"{n:>9} {k:>9} {h:>7}" if n else f"{'-':>9} {'':>9} {'':>7}"
        print(f"{name:<36} {n_tables:>6} {shown} {seconds:>8.2f}")
    n = len(outcomes)
    k = sum(o.checkable for o in outcomes)
    h = sum(o.holds for o in outcomes)
    print(f"\n{n} relation instances; {k} checkable ({_pct(k, n)}); {h} hold in >=1 column")
    if file_shares:
        print(
            f"per-file average of the checkable share: {100 * sum(file_shares) / len(file_shares):.1f}% "
            f"over {len(file_shares)} files with sum relations"
        )
    print(f"extraction time: {total_seconds:.2f} s for {len(rows)} files")

    if args.verbose:
        print("\nall relations:")
        for o in outcomes:
            r = o.relation
            state = ("HOLDS" if o.holds else "fails") if o.checkable else "NOT CHECKABLE"
            where = f"t{o.table}" if o.table is not None else "-"
            detail = (
                f"{o.holding}/{o.checked} lines hold ({o.with_total} with a total)"
                if o.checkable
                else o.reason
            )
            print(f"  {r.id:<30} {r.file:<24} p{r.page} {where:<4} {state:<13} {detail}")

    unchecked = [o for o in outcomes if not o.checkable]
    if unchecked:
        print(f"\nnot checkable ({len(unchecked)}):")
        for o in unchecked:
            r = o.relation
            print(f"  {r.file} p{r.page} {r.id} [{r.manifest}]\n      -> {o.reason}")
    partial = [o for o in outcomes if o.checkable and o.merged and o.checked < o.with_total]
    if partial:
        print(f"\ncheckable, but with lines lost to cells holding several numbers ({len(partial)}):")
        for o in partial:
            r = o.relation
            unit = "columns" if r.orientation == "rows" else "rows"
            print(
                f"  {r.file} p{r.page} {r.id}: {o.checked} of {o.with_total} {unit} with a total checkable; "
                f"{o.merged} merged cells"
            )
    failing = [o for o in outcomes if o.checkable and not o.holds]
    if failing:
        print(f"\ncheckable but not holding in any column ({len(failing)}):")
        for o in failing:
            r = o.relation
            print(f"  {r.file} p{r.page} {r.id}: {o.checked} lines checked; largest miss {o.worst}")


if __name__ == "__main__":
    main()
