"""Time and score PDF table extraction on the shared corpus.

    .venv/bin/python benchmarks/extraction.py               # every PDF: pages, tables, methods, seconds
    .venv/bin/python benchmarks/extraction.py --compare     # also plain camelot flavours on the ICDAR files

For the ICDAR files, whose ground truth is in corpus/expected/*-str.xml, it prints the share of
ground-truth cell texts that appear as an extracted cell on the same page (all cells, and the cells
holding a figure), and the share of extracted cells on those pages that are ground-truth cells.
Texts are compared with all whitespace removed and case folded (the ground truth writes
"UnitedKingdom").
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.ingest import load_document  # noqa: E402 - after the path set-up above
from auditor.ingest.pdf import quiet  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

Cells = dict[int, set[str]]  # page -> normalised cell texts


@dataclass
class Score:
    found: int = 0
    total: int = 0
    figures_found: int = 0
    figures: int = 0
    kept: int = 0  # extracted cells (on ground-truth pages) that are ground-truth cells
    extracted: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def __str__(self) -> str:
        return (
            f"cells {_pct(self.found, self.total)} ({self.found}/{self.total})  "
            f"figures {_pct(self.figures_found, self.figures)}  "
            f"precision {_pct(self.kept, self.extracted)}"
        )


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   - "


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "").casefold()


def ground_truth(xml: Path) -> list[tuple[int, str]]:
    cells = []
    for region in ET.parse(xml).getroot().iter("region"):
        page = int(region.get("page", "1"))
        for cell in region.iter("cell"):
            text = _norm(cell.findtext("content"))
            if text:
                cells.append((page, text))
    return cells


def score(truth: list[tuple[int, str]], extracted: Cells) -> Score:
    result = Score(total=len(truth))
    truth_pages: Cells = {}
    for page, text in truth:
        truth_pages.setdefault(page, set()).add(text)
        hit = text in extracted.get(page, set())
        result.found += hit
        if re.search(r"\d", text):
            result.figures += 1
            result.figures_found += hit
    for page, texts in extracted.items():
        if page in truth_pages:
            result.extracted += len(texts)
            result.kept += len(texts & truth_pages[page])
    return result


def cells_of(tables: Iterable[tuple[int, Iterable[Iterable[str]]]]) -> Cells:
    cells: Cells = {}
    for page, rows in tables:
        for row in rows:
            cells.setdefault(page, set()).update(_norm(c) for c in row if _norm(c))
    return cells


def run_product(pdfs: list[Path], expected: Path) -> None:
    print(f"{'file':<36} {'pages':>5} {'tables':>6} {'seconds':>8}  methods")
    pages = 0
    seconds = 0.0
    total = Score()
    for pdf in pdfs:
        start = time.perf_counter()
        doc = load_document(pdf)
        took = time.perf_counter() - start
        pages += doc.n_pages
        seconds += took
        methods = Counter(t.method for t in doc.tables)
        shown = ", ".join(f"{m} {n}" for m, n in sorted(methods.items())) or "-"
        print(f"{pdf.name:<36} {doc.n_pages:>5} {len(doc.tables):>6} {took:>8.2f}  {shown}")
        truth = expected / f"{pdf.stem}-str.xml"
        if truth.exists():
            result = score(ground_truth(truth), cells_of((t.page, t.rows) for t in doc.tables))
            total.add(result)
            print(f"{'':<36} ground truth: {result}")
    print(f"\n{len(pdfs)} files, {pages} pages, {seconds:.2f} s, {seconds / max(pages, 1):.3f} s/page")
    print(f"ICDAR ground truth, all files: {total}")


def run_camelot(pdfs: list[Path], expected: Path) -> None:
    import camelot

    flavours = {
        "stream": {"flavor": "stream"},
        "lattice (vector)": {"flavor": "lattice", "engine": "vector"},
        "lattice (raster+vector)": {"flavor": "lattice"},
        "network": {"flavor": "network"},
        "hybrid (vector)": {"flavor": "hybrid", "engine": "vector"},
    }
    icdar = [p for p in pdfs if (expected / f"{p.stem}-str.xml").exists()]
    print("\nplain camelot on the ICDAR files:")
    for name, options in flavours.items():
        total = Score()
        seconds = 0.0
        pages = 0
        for pdf in icdar:
            start = time.perf_counter()
            with quiet(), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tables = camelot.read_pdf(str(pdf), pages="all", **options)
            seconds += time.perf_counter() - start
            pages += _page_count(pdf)
            extracted = cells_of((t.page, t.data) for t in tables)
            total.add(score(ground_truth(expected / f"{pdf.stem}-str.xml"), extracted))
        print(f"  {name:<24} {total}  {seconds / max(pages, 1):.3f} s/page")


def _page_count(pdf: Path) -> int:
    import pypdfium2

    with pypdfium2.PdfDocument(str(pdf)) as document:
        return len(document)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--compare", action="store_true", help="also score plain camelot flavours")
    args = parser.parse_args()
    pdfs = sorted((args.corpus / "pdfs").glob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDFs under {args.corpus / 'pdfs'}")
    expected = args.corpus / "expected"
    run_product(pdfs, expected)
    if args.compare:
        run_camelot(pdfs, expected)


if __name__ == "__main__":
    main()
