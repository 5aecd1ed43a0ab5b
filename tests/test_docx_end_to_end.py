"""The authors' path: a Word draft with a merged two-level header, audited end to end."""

from __future__ import annotations

import docx

from auditor.engine import audit

T12 = [
    ["", "Detailed investigation", "", "Closed*", "Premature", "Total"],
    ["", "Upheld", "Not upheld", "", "", ""],
    ["Integrated Children's Services", "7", "5", "16", "5", "33"],
    ["SEN", "11", "1", "3", "2", "17"],
    ["Home to School Transport", "1", "2", "2", "0", "6"],
    ["Total", "19", "8", "21", "7", "56"],
]


def _write(path):
    document = docx.Document()
    document.add_paragraph("The Ombudsman made decisions on 56 complaints.")
    document.add_paragraph("Table 12 – Local Government and Social Care Ombudsman involvement")
    table = document.add_table(rows=len(T12), cols=len(T12[0]))
    table.style = "Table Grid"
    for r, row in enumerate(T12):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # "Detailed investigation" over Upheld | Not upheld
    for c in (3, 4, 5):
        table.cell(0, c).merge(table.cell(1, c))  # single headings spanning both header rows
    document.save(path)


def test_docx_two_level_header_and_planted_errors(tmp_path):
    path = tmp_path / "draft.docx"
    _write(path)
    result = audit(path)
    assert result.format == "docx"
    assert result.coverage[0].caption.startswith("Table 12")
    got = sorted((f.code, f.location.row_label, f.location.col_label, f.published) for f in result.findings)
    # Planted: Home to School Transport's row adds to 5, printed 6 (and the Total column, 33 + 17 + 6,
    # carries the 6 on to 56), so the Total row's own parts, 19 + 8 + 21 + 7 = 55, disagree with 56 too.
    assert got == [
        ("SUM002", "Home to School Transport", "Total", "6"),
        ("SUM002", "Total", "Total", "56"),
    ]
