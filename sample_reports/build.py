"""Build the sample reports the way councils make them: a Word document, then LibreOffice's PDF.

    .venv/bin/python sample_reports/build.py        (or: make samples)

Content (tables exactly as published, narrative in our own words) lives in content_*.py; this file only
renders it. The DOCX and PDF outputs are committed, so tests and CI never need LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

REPORTS = {
    "kent_cype_complaints_2020_21": "sample_reports.content_kent",
    "harrow_childrens_complaints_2017_18": "sample_reports.content_harrow",
    "kent_foi_childrens_complaints_2019": "sample_reports.content_foi",
    "dyffryn_tawel_social_services_complaints_2023_24": "sample_reports.content_wales",
    "kestrelmoor_homes_complaints_2024_25": "sample_reports.content_housing",
    "northbridge_childrens_complaints_2022_23": "sample_reports.content_northbridge_2022_23",
    "northbridge_childrens_complaints_2023_24": "sample_reports.content_northbridge_2023_24",
}


def _new_document() -> docx.Document:
    document = docx.Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    # Word keeps a document's creation time; a fixed one keeps rebuilds identical.
    document.core_properties.author = "report-auditor sample"
    return document


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _add_table(document, number: int, spec: dict, borderless: bool, merges, footnotes) -> None:
    caption = document.add_paragraph()
    caption.add_run(spec["caption"]).bold = True
    caption.paragraph_format.keep_with_next = True
    rows = spec["rows"]
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    if borderless:
        _no_borders(table)
    else:
        table.style = "Table Grid"
    header_rows = spec.get("header_rows", 1)
    for r, row in enumerate(rows):
        for c in range(width):
            text = row[c] if c < len(row) else ""
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(text)
            run.font.size = Pt(9)
            run.bold = r < header_rows
    for (r0, c0), (r1, c1) in merges:
        keep = table.cell(r0, c0).text
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        # A merge joins the texts of all cells; the published heading is the first cell's alone.
        for paragraph in merged.paragraphs[1:]:
            paragraph._element.getparent().remove(paragraph._element)
        merged.paragraphs[0].runs[0].text = keep
        for run in merged.paragraphs[0].runs[1:]:
            run.text = ""
    for note in footnotes:
        paragraph = document.add_paragraph()
        paragraph.add_run(note).font.size = Pt(8)
    document.add_paragraph()


def build_docx(name: str, module) -> Path:
    document = _new_document()
    document.add_heading(module.TITLE, level=1)
    if getattr(module, "SUBTITLE", ""):
        document.add_paragraph(module.SUBTITLE).runs[0].italic = True
    merges = getattr(module, "MERGES", {})
    footnotes = getattr(module, "FOOTNOTES", {})
    for kind, value in module.BODY:
        if kind == "heading":
            document.add_heading(value, level=2)
        elif kind == "paragraph":
            document.add_paragraph(value)
        else:
            _add_table(
                document,
                value,
                module.TABLES[value],
                value in module.BORDERLESS,
                merges.get(value, ()),
                footnotes.get(value, ()),
            )
    path = HERE / f"{name}.docx"
    document.save(path)
    return path


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice is needed to make the PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(path.parent),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return path.with_suffix(".pdf")


def main(names: list[str]) -> None:
    import importlib

    for name in names or list(REPORTS):
        module = importlib.import_module(REPORTS[name])
        pdf = to_pdf(build_docx(name, module))
        print(f"built {pdf.relative_to(HERE.parent)} and its .docx")


if __name__ == "__main__":
    main(sys.argv[1:])
