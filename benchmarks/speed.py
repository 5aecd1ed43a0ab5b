"""Speed of a whole audit (ingest, understanding, checks): seconds per document and per page,
cold (a fresh process: imports and first use included) and warm (the same file again in-process).

    .venv/bin/python benchmarks/speed.py [FILES or folders...]

Defaults to sample_reports/ and ../shared/corpus/pdfs. The product's target is a 30-page report in
under 5 s on a 2-core machine; the synthetic 30-page report built here measures that directly.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [ROOT / "sample_reports", ROOT.parent / "shared" / "corpus" / "pdfs"]


def files_from(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or DEFAULTS
    out = []
    for p in paths:
        out += sorted(p.glob("*.pdf")) + sorted(p.glob("*.docx")) if p.is_dir() else [p]
    return out


def cold(path: Path) -> float:
    code = (
        "import time,sys; t=time.perf_counter(); from auditor.engine import audit; audit(sys.argv[1]); "
        "print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def warm(path: Path) -> tuple[float, int]:
    from auditor.engine import audit

    audit(path)
    start = time.perf_counter()
    result = audit(path)
    return time.perf_counter() - start, result.n_pages


def synthetic_report(pages: int = 30) -> Path:
    """A Word-style 30-page report: a ruled table and prose on every page, made with LibreOffice if
    it is here, else with python-docx only (then the DOCX path is what is timed)."""
    import docx

    doc = docx.Document()
    for p in range(pages):
        doc.add_heading(f"Section {p + 1}", level=2)
        doc.add_paragraph("The council received complaints about its services this year. " * 12)
        doc.add_paragraph(f"Table {p + 1} - Complaints received by service")
        table = doc.add_table(rows=6, cols=4)
        table.style = "Table Grid"
        for r in range(6):
            for c in range(4):
                table.cell(r, c).text = (
                    ("Service" if c == 0 else f"201{c}/1{c + 1}")
                    if r == 0
                    else (f"Team {r}" if c == 0 else str(r * c * 7))
                )
        doc.add_page_break()
    out = Path(tempfile.mkdtemp()) / "synthetic_30_pages.docx"
    doc.save(out)
    try:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(out)],
            capture_output=True,
            check=True,
            timeout=120,
        )
        return out.with_suffix(".pdf")
    except (OSError, subprocess.SubprocessError):
        return out


def main(args: list[str]) -> None:
    files = files_from(args)
    synth = synthetic_report()
    files.append(synth)
    total_pages = total_warm = total_cold = 0.0
    print(f"{'file':45} {'pages':>5} {'cold s':>7} {'warm s':>7} {'warm s/page':>11}")
    for path in files:
        c = cold(path)
        w, pages = warm(path)
        total_pages += pages
        total_warm += w
        total_cold += c
        print(f"{path.name[:45]:45} {pages:5d} {c:7.2f} {w:7.2f} {w / max(pages, 1):11.3f}")
    print(
        f"\n{len(files)} files, {int(total_pages)} pages: cold {total_cold:.1f} s, warm {total_warm:.1f} s, "
        f"warm {total_warm / max(total_pages, 1):.3f} s/page"
    )
    print(f"synthetic 30-page report ({synth.suffix}): cold {cold(synth):.2f} s (target: under 5 s)")


if __name__ == "__main__":
    main(sys.argv[1:])
