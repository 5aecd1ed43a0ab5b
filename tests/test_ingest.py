"""Ingest: every format, the broken inputs, and the shared corpus of real PDFs.

Fixtures are built on the fly: DOCX with python-docx, text like the seeds, and PDFs with a small
writer below that draws what Word draws (text in Helvetica, table borders as thin filled rectangles).
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from auditor.ingest import SUPPORTED_SUFFIXES, load_document
from auditor.ingest.cells import clean_cell, vocabulary
from auditor.model import Document, InputError, RawTable

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "pdfs"
SEEDS = SHARED / "seeds"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"shared seeds not found at {SEEDS}")


def cells(row: str) -> list[str]:
    """A row of one-word cells, written as they are printed."""
    return row.split()


def rows_of(table: RawTable) -> list[list[str]]:
    return [list(row) for row in table.rows]


def table_with(doc: Document, cell: str) -> RawTable:
    hits = [t for t in doc.tables if any(cell in row for row in t.rows)]
    assert hits, f"no table has a cell {cell!r}"
    return hits[0]


def row_starting(table: RawTable, first: str) -> list[str]:
    hits = [list(row) for row in table.rows if row and row[0] == first]
    assert hits, f"no row starts with {first!r}: {rows_of(table)}"
    return hits[0]


# ============================================================================== a small PDF writer

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_LINE = 13.0  # line pitch of 10 pt text


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


class _Security:
    """The PDF standard security handler, revision 2 (RC4, 40-bit key), for one user password."""

    def __init__(self, user_password: str, file_id: bytes):
        user = (user_password.encode("latin-1") + _PAD)[:32]
        owner_key = hashlib.md5(_PAD).digest()[:5]  # no owner password: the padding stands in for it
        self.o = _rc4(owner_key, user)
        self.p = -44
        seed = user + self.o + self.p.to_bytes(4, "little", signed=True) + file_id
        self.key = hashlib.md5(seed).digest()[:5]
        self.u = _rc4(self.key, _PAD)

    def encrypt(self, number: int, data: bytes) -> bytes:
        object_key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return _rc4(object_key, data)

    def dictionary(self) -> bytes:
        return b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
            self.o.hex().encode(),
            self.u.hex().encode(),
            self.p,
        )


class Page:
    """Drawing commands for one A4 page; y grows upwards from the bottom edge."""

    def __init__(self, rotate: int = 0):
        self.ops: list[str] = []
        self.rotate = rotate

    def text(self, x: float, y: float, text: str, size: float = 10) -> Page:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        self.ops.append(f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td ({escaped}) Tj ET")
        return self

    def paragraph(self, x: float, y: float, lines: Iterable[str]) -> float:
        """Lines of prose; returns the y below the paragraph (with paragraph spacing)."""
        for line in lines:
            self.text(x, y, line)
            y -= _LINE
        return y - 10

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> Page:
        """A border as Word draws it: a thin filled rectangle."""
        width, height = max(x1 - x0, 0.5), max(y1 - y0, 0.5)
        self.ops.append(f"{x0:.2f} {y0:.2f} {width:.2f} {height:.2f} re f")
        return self

    def table(
        self, x: float, top: float, widths: list[float], rows: list[list[str]], ruled: bool = True
    ) -> float:
        """A table; a cell's text may hold "\\n" for its lines. Returns the y of its bottom edge."""
        edges = [x]
        for w in widths:
            edges.append(edges[-1] + w)
        y = top
        lines_y = [top]
        for row in rows:
            height = max(len(cell.split("\n")) for cell in row) * _LINE + 6
            for left, cell in zip(edges, row, strict=False):
                for k, line in enumerate(cell.split("\n")):
                    self.text(left + 4, y - 13 - k * _LINE, line)
            y -= height
            lines_y.append(y)
        if ruled:
            for ly in lines_y:
                self.rule(edges[0], ly, edges[-1], ly + 0.5)
            for ex in edges:
                self.rule(ex, y, ex + 0.5, top)
        return y


def build_pdf(pages: list[Page], password: str | None = None) -> bytes:
    file_id = hashlib.md5(b"report-auditor test fixture").digest()
    security = _Security(password, file_id) if password is not None else None
    count = len(pages)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)), count),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for i, page in enumerate(pages):
        number, content = 4 + 2 * i, 5 + 2 * i
        rotate = b" /Rotate %d" % page.rotate if page.rotate else b""
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R%s >>" % (content, rotate)
        )
        data = "\n".join(page.ops).encode("cp1252")
        if security is not None:
            data = security.encrypt(content, data)
        objects[content] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)
    trailer = b"/Root 1 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    if security is not None:
        objects[len(objects) + 1] = security.dictionary()
        trailer += b" /Encrypt %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


STAGES = [
    ["Stage", "2017/18", "2018/19", "2019/20", "2020/21", "Direction of\ntravel from\nprevious year"],
    ["Stage 1 – Local\nResolution", "96", "71", "48", "48", "="],
    ["Stage 2 – Independe\nnt Investigation", "9", "16", "7", "9", "up 29%"],
    ["Stage 3 – Independent\nReview Panel", "7", "3", "3", "1", "down 67%"],
]
REJECTED = [
    ["Reason for complaint rejection", "Number", "% of total"],
    ["Representative not authorised", "53", "18%"],
    ["Complaint subject to legal proceedings", "44", "15%"],
    ["Complaint for another organisation", "40", "13%"],
    ["Duplicate complaint", "38", "13%"],
]
PROSE = [
    "The Council received 48 complaints under the Children Act procedure in 2020/21, the same",
    "number as in the year before, although the number of corporate complaints fell by 18%.",
]


def council_report() -> list[Page]:
    """Three pages as a council's Word report prints them: a ruled table, prose, a borderless table."""
    first = Page()
    y = first.paragraph(72, 780, ["3. Consideration of complaints"])
    y = first.paragraph(72, y, PROSE)
    first.text(72, y, "Table 5 – Children Act complaints handled at each stage")
    bottom = first.table(72, y - 8, [110, 55, 55, 55, 55, 100], STAGES)
    first.paragraph(72, bottom - 24, ["The number of Stage 2 investigations rose by two on the year before."])
    second = Page()
    y = 780
    for _ in range(6):
        y = second.paragraph(72, y, PROSE)
    third = Page()
    y = third.paragraph(
        72, 780, ["In 2020-21 there were an additional 327 complaints received but not progressed."]
    )
    third.text(72, y, "Table 3 – Rejected complaints")
    third.table(72, y - 20, [260, 70, 70], REJECTED, ruled=False)
    return [first, second, third]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(build_pdf(council_report()))
    return load_document(path)


# ============================================================================== PDF fixtures


def test_ruled_table_is_read_exactly_by_lattice(report_pdf: Document) -> None:
    table = table_with(report_pdf, "2017/18")
    assert (table.page, table.index, table.method) == (1, 1, "lattice")
    assert rows_of(table) == [
        ["Stage", "2017/18", "2018/19", "2019/20", "2020/21", "Direction of travel from previous year"],
        ["Stage 1 – Local Resolution", "96", "71", "48", "48", "="],
        ["Stage 2 – Independent Investigation", "9", "16", "7", "9", "up 29%"],
        ["Stage 3 – Independent Review Panel", "7", "3", "3", "1", "down 67%"],
    ]
    assert table.caption == "Table 5 – Children Act complaints handled at each stage"
    assert table.confidence is not None and 0.9 <= table.confidence <= 1.0
    x0, y0, x1, y1 = table.bbox
    assert x0 < x1 and y0 < y1


def test_borderless_table_is_read_by_stream_with_its_caption(report_pdf: Document) -> None:
    table = table_with(report_pdf, "Duplicate complaint")
    assert table.page == 3 and table.method == "stream"
    assert table.caption == "Table 3 – Rejected complaints"
    assert row_starting(table, "Complaint subject to legal proceedings") == [
        "Complaint subject to legal proceedings",
        "44",
        "15%",
    ]
    assert table.n_cols == 3


def test_borderless_text_table_is_kept_and_prose_is_not_a_table(tmp_path: Path) -> None:
    page = Page()
    y = page.paragraph(72, 780, ["8.1 Several complaints informed wider service development:"])
    actions = [
        ["Area for development", "Identified actions"],
        ["Transparency with families.", "Staff reminded of the importance of transparency."],
        ["Accurate case records.", "Staff reminded to update case records on time."],
        ["Meetings for families.", "Families told who will attend their meetings."],
    ]
    y = page.table(72, y, [170, 300], actions, ruled=False) - 20
    for _ in range(4):
        y = page.paragraph(72, y, PROSE)
    path = tmp_path / "actions.pdf"
    path.write_bytes(build_pdf([page]))
    doc = load_document(path)
    assert [rows_of(t) for t in doc.tables] == [actions]
    assert sum(1 for block in doc.text if block.text == " ".join(PROSE)) == 4


def test_narrative_has_the_prose_with_pages_and_not_the_table_cells(report_pdf: Document) -> None:
    assert report_pdf.n_pages == 3 and len(report_pdf.tables) == 2
    texts = [(block.page, block.text) for block in report_pdf.text]
    assert (1, " ".join(PROSE)) in texts
    assert (2, " ".join(PROSE)) in texts
    assert any(page == 1 and "Stage 2 investigations rose" in text for page, text in texts)
    assert not any("Independe" in text or "2018/19" in text for _, text in texts)
    assert (1, "Table 5 – Children Act complaints handled at each stage") in texts  # captions stay
    assert (3, "Table 3 – Rejected complaints") in texts


def test_only_pages_that_look_tabular_reach_camelot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.ingest import pdf_tables

    seen: list[int] = []
    real = pdf_tables.extract_page

    def spy(path: str, page: object, number: int) -> pdf_tables.PageTables:
        seen.append(number)
        return real(path, page, number)

    monkeypatch.setattr(pdf_tables, "extract_page", spy)
    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(council_report()))
    load_document(path)
    assert seen == [1, 3]  # page 2 is prose only


def test_a_page_camelot_fails_on_is_skipped_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.ingest import pdf_tables

    def fail(path: str, page: object, number: int) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pdf_tables, "extract_page", fail)
    path = tmp_path / "report.pdf"
    path.write_bytes(build_pdf(council_report()))
    doc = load_document(path)
    assert doc.tables == ()
    assert "page 1: table extraction failed (RuntimeError: boom)" in doc.notes
    assert any(" ".join(PROSE) == block.text for block in doc.text)  # the text is still read


def test_rotated_pages_load(tmp_path: Path) -> None:
    pages = council_report()
    for page, turn in zip(pages, (90, 180, 270), strict=False):
        page.rotate = turn
    path = tmp_path / "rotated.pdf"
    path.write_bytes(build_pdf(pages))
    doc = load_document(path)
    assert doc.n_pages == 3
    assert any(row[:2] == ("Duplicate complaint", "38") for t in doc.tables for row in t.rows)


@pytest.mark.parametrize(
    ("printed", "joined"),
    [
        ("Independe\nnt Investigation", "Independent Investigation"),
        ("Stage 1 –\nLocal\nResolution", "Stage 1 – Local Resolution"),
        ("Complai\nnts", "Complaints"),
        ("C\nlass A", "Class A"),
        ("Persons \ndirectly \nreached", "Persons directly reached"),
        ("well-\nbeing", "well-being"),
        ("Total . . . . . .", "Total"),
        ("11,062 .6", "11,062.6"),
        ("...", "..."),
    ],
)
def test_cell_lines_are_joined_as_read(printed: str, joined: str) -> None:
    assert clean_cell(printed) == joined


def test_a_word_broken_at_a_vowel_is_joined_when_the_document_uses_the_word() -> None:
    vocab = vocabulary(["Complaints and representations received this year"])
    assert clean_cell("Represen\ntations", vocab) == "Representations"
    assert clean_cell("Represen\ntations") == "Represen tations"  # without evidence, two words


# ============================================================================== bad input


def _reason(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_document(path)
    assert caught.value.path == str(path)
    assert "\n" not in caught.value.reason
    return caught.value.reason


def test_empty_pdf(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _reason(path) == "empty file (0 bytes)"


def test_text_file_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("Complaints 2020/21\nTotal\t840\n")
    assert _reason(path) == "not a valid PDF (it is plain text, starting 'Complaints 2020/21')"


def test_truncated_pdf(tmp_path: Path) -> None:
    data = build_pdf(council_report())
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert _reason(path) == "truncated or damaged PDF"


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200 + b"\n%%EOF\n")
    assert _reason(path) == "truncated or damaged PDF"


def test_encrypted_pdf(tmp_path: Path) -> None:
    import pypdfium2

    path = tmp_path / "locked.pdf"
    path.write_bytes(build_pdf(council_report(), password="secret"))
    assert _reason(path) == "encrypted PDF (password required)"
    with pypdfium2.PdfDocument(str(path), password="secret") as opened:  # the fixture is a real one
        assert "Table 5" in opened[0].get_textpage().get_text_range()


def test_pdf_without_a_text_layer(tmp_path: Path) -> None:
    page = Page().rule(72, 700, 500, 701).rule(72, 600, 73, 700)
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf([page, page]))
    assert _reason(path) == "scanned PDF with no text layer"


def test_unsupported_types(tmp_path: Path) -> None:
    xlsx = tmp_path / "figures.xlsx"
    with zipfile.ZipFile(xlsx, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")
    assert _reason(xlsx).startswith("unsupported file type '.xlsx'")
    bare = tmp_path / "README"
    bare.write_text("hello")
    assert _reason(bare).startswith("unsupported file type (no extension)")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nowhere.pdf") == "file not found"
    assert _reason(tmp_path) == "is a directory, not a file"


def test_docx_that_is_not_a_word_package(tmp_path: Path) -> None:
    plain = tmp_path / "report.docx"
    plain.write_text("not a zip")
    assert _reason(plain).startswith("not a valid DOCX (it is plain text")
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as package:
        package.writestr("content.xml", "<x/>")
    assert _reason(other_zip) == "not a valid DOCX (a ZIP archive without a Word document inside)"


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    assert _reason(path) == "not a text file (binary content of an unknown kind)"


def test_content_is_checked_against_the_name(tmp_path: Path) -> None:
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(build_pdf(council_report()))
    assert _reason(renamed) == "not a text file (it is a PDF)"
    unnamed = tmp_path / "report"
    unnamed.write_bytes(build_pdf(council_report()))
    assert load_document(unnamed).format == "pdf"


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".pdf", ".docx", ".txt", ".tsv")


# ============================================================================== DOCX


def _docx_report(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Complaints annual report", level=1)
    document.add_paragraph("Table 1: Number of complaints by service area")
    document.add_paragraph("Figures are for April 2017 to March 2018.")
    table = document.add_table(rows=4, cols=4)
    cells = [
        ["Service area", "Stages", "", "Total"],
        ["Targeted Services", "42", "50", "92"],
        ["Special Needs", "2", "3", "5"],
        ["", "44", "53", "97"],
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # header spanning two columns
    table.cell(2, 0).merge(table.cell(3, 0))  # a label spanning two rows
    document.add_paragraph("Most complaints were about Targeted Services.")
    document.add_page_break()
    document.add_paragraph("Complaints by month")
    second = document.add_table(rows=2, cols=2)
    second.cell(0, 0).text, second.cell(0, 1).text = "April", "7"
    second.cell(1, 0).text, second.cell(1, 1).text = "May", "9"
    long = "This paragraph explains at some length how the figures below were collected and checked. " * 2
    document.add_paragraph(long)
    third = document.add_table(rows=2, cols=2)
    third.cell(0, 0).text, third.cell(1, 1).text = "A", "1"
    document.save(str(path))


def test_docx_tables_captions_merged_cells_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    _docx_report(path)
    doc = load_document(path)
    assert doc.format == "docx" and len(doc.tables) == 3
    first, second, third = doc.tables
    assert rows_of(first) == [
        ["Service area", "Stages", "", "Total"],
        ["Targeted Services", "42", "50", "92"],
        ["Special Needs", "2", "3", "5"],
        ["", "44", "53", "97"],
    ]
    assert first.caption == "Table 1: Number of complaints by service area"
    assert (first.page, second.page, third.page) == (1, 2, 2)
    assert second.caption == "Complaints by month"
    assert third.caption is None
    assert all(t.method == "docx" for t in doc.tables)
    assert doc.n_pages == 2


def test_docx_narrative_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    _docx_report(path)
    texts = [block.text for block in load_document(path).text]
    assert texts[:4] == [
        "Complaints annual report",
        "Table 1: Number of complaints by service area",
        "Figures are for April 2017 to March 2018.",
        "Most complaints were about Targeted Services.",
    ]
    assert not any("Targeted Services" == t for t in texts)


def test_broken_word_package(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types")
        package.writestr("word/document.xml", "<w:document")
    assert _reason(path).startswith("not a valid DOCX (")


def test_a_reader_failure_becomes_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.ingest import text

    def fail(path: Path, content: str) -> Document:
        raise ValueError("unexpected\nlayout")

    monkeypatch.setattr(text, "load_text", fail)
    path = tmp_path / "notes.txt"
    path.write_text("a\tb\n")
    assert _reason(path) == "cannot read this text file (ValueError: unexpected layout)"


def test_docx_cell_with_several_paragraphs_is_one_line(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Stage 2 –"
    table.cell(0, 0).add_paragraph("Independent Investigation").runs[0].font.size = Pt(8)
    table.cell(0, 1).text = "9"
    table.cell(1, 0).text, table.cell(1, 1).text = "Stage 3", "1"
    path = tmp_path / "cells.docx"
    document.save(str(path))
    assert rows_of(load_document(path).tables[0])[0] == ["Stage 2 – Independent Investigation", "9"]


# ============================================================================== text


SEED_LIKE = """Summary: complaints in 2020/21.

Table 3 – Rejected complaints

Reason for complaint rejection\tNumber\t% of total
Representative not authorised\t53\t18%
Duplicate complaint\t38\t13%

Other reasons\t30\t
No. of complaints rejected\t295
-----------\t-----\t-----

(1) A footnote about the table.

Area for development\tIdentified actions
Meetings for families.\tStaff reminded.

Area for development\tIdentified actions
Better handling.\tStaff reminded again.
\fPage two text.
"""


def test_text_tables_rows_captions_and_narrative(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "text" and doc.n_pages == 2
    rejected, first_actions, second_actions = doc.tables
    assert rejected.caption == "Table 3 – Rejected complaints"
    assert rows_of(rejected) == [
        ["Reason for complaint rejection", "Number", "% of total"],
        ["Representative not authorised", "53", "18%"],
        ["Duplicate complaint", "38", "13%"],
        ["Other reasons", "30", ""],
        ["No. of complaints rejected", "295", ""],
    ]
    assert first_actions.caption is None  # the line above is a footnote (a sentence), not a title
    assert second_actions.caption is None  # a repeated header starts a new table
    assert rows_of(second_actions)[1] == ["Better handling.", "Staff reminded again."]
    assert [(b.page, b.text) for b in doc.text] == [
        (1, "Summary: complaints in 2020/21."),
        (1, "Table 3 – Rejected complaints"),
        (1, "(1) A footnote about the table."),
        (2, "Page two text."),
    ]


def test_tsv_and_windows_1252_text(tmp_path: Path) -> None:
    path = tmp_path / "figures.tsv"
    path.write_bytes("Service\tNumber\r\nFront Door – East\t26\r\n".encode("cp1252"))
    doc = load_document(path)
    assert rows_of(doc.tables[0]) == [["Service", "Number"], ["Front Door – East", "26"]]


@needs_seeds
@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
def test_seeds_load(name: str) -> None:
    doc = load_document(SEEDS / name)
    assert doc.tables
    assert all(len(set(map(len, t.rows))) == 1 for t in doc.tables)


@needs_seeds
def test_kent_2020_21_seed() -> None:
    doc = load_document(SEEDS / "kent_cype_complaints_2020_21.txt")
    captions = [t.caption for t in doc.tables]
    assert captions[0] == "Table 1 - Representations received for CYPE Directorate"
    assert "Table 16 – Response performance - SEN" in captions
    assert "Table 5 – Children Act complaints handled at each stage" in captions
    table_1 = doc.tables[0]
    assert row_starting(table_1, "Total all representations") == [
        "Total all representations", "1525", "1762", "1899", "1602", "↓ 15%"
    ]  # fmt: skip
    assert not any(cell.startswith("---") for row in table_1.rows for cell in row)
    table_3 = next(t for t in doc.tables if t.caption == "Table 3 – Rejected complaints")
    assert table_3.rows[:3] == (
        ("Reason for complaint rejection", "Number", "% of total"),
        ("Representative not authorised to act on behalf of client", "53", "18%"),
        ("Complaint subject to legal proceedings", "44", "15%"),
    )
    assert table_3.rows[-2:] == (("Other reasons", "30", ""), ("No. of complaints rejected", "295", ""))
    table_4 = next(t for t in doc.tables if t.caption and t.caption.startswith("Table 4 "))
    assert row_starting(table_4, "Social Media") == ["Social Media", "1", "<1%"]  # after a blank line


@needs_seeds
def test_harrow_seed_cells_on_separate_lines() -> None:
    doc = load_document(SEEDS / "harrow_childrens_complaints_2017_18.txt")
    table_1 = doc.tables[0]
    assert table_1.caption == "Table 1: Number of Complaints by Service area: April 2017 to March 2018"
    assert rows_of(table_1) == [
        ["Service Area", "Representations", "Stage 1", "Stage 2", "Stage 3", "Ombudsman", "Total"],
        ["Targeted Services", "42", "50", "6", "0", "0", "98"],
        ["Education & Commissioning", "13", "3", "1", "0", "1", "18"],
        ["Special Needs Service", "2", "3", "0", "0", "0", "5"],
        ["Total", "57", "56", "7", "0", "1", "121"],
    ]
    table_2 = doc.tables[1]
    assert table_2.caption == "Table 2: Comparison of Complaints over the last 3 years"
    assert rows_of(table_2)[1] == ["2017/18", "57(47%)", "56(46%)", "7(6%)", "0(0%)", "1(1%)", "121"]


# ============================================================================== the shared corpus


@needs_corpus
def test_us_027_tables_on_pages_2_and_3() -> None:
    doc = load_document(CORPUS / "us-027.pdf")
    enrolment = table_with(doc, "231,000")
    assert enrolment.page == 2
    assert row_starting(enrolment, "14-17") == ["14-17", "231,000", "1.3"]
    assert row_starting(enrolment, "Total") == ["Total", "17,758,000", "100"]
    assert enrolment.caption == "Table 1: Student Enrollment, by Age Group, Fall 2006"
    crimes = table_with(doc, "37,800")
    assert crimes.page == 3
    assert row_starting(crimes, "2005") == cells("2005 28 33 3,583 55 5,432 5,943 37,800 11,890 1,219")
    assert crimes.caption is not None and crimes.caption.startswith("Table 2: Crime Statistics")


@needs_corpus
def test_eu_018_country_rows() -> None:
    doc = load_document(CORPUS / "eu-018.pdf")
    table = table_with(doc, "Austria")
    assert table.page == 1
    assert row_starting(table, "Austria") == cells("Austria Single 25g 109 0.9 93 1.1 89 1.1 - - - -")


@needs_corpus
def test_12s0324_arrest_figures() -> None:
    doc = load_document(CORPUS / "12s0324.pdf")
    cells = {cell for t in doc.tables for row in t.rows for cell in row}
    assert {"Total", "10,690,561", "11,062.6", "Murder and nonnegligent manslaughter"} <= cells
    assert all(t.page == 1 for t in doc.tables)
    assert any(t.caption and t.caption.startswith("Table 325.") for t in doc.tables)


@needs_corpus
def test_scanned_pdf_with_ocr_layer_loads() -> None:
    doc = load_document(CORPUS / "jpeg2000.pdf")
    assert doc.tables and doc.text


@needs_corpus
def test_library_warnings_stay_off_the_terminal(capfd: pytest.CaptureFixture[str]) -> None:
    load_document(CORPUS / "row_span_1.pdf")  # playa logs "When constructing dict from …" here
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@needs_corpus
@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.pdf")) if CORPUS.is_dir() else [])
def test_every_corpus_pdf_loads(name: str) -> None:
    start = time.perf_counter()
    doc = load_document(CORPUS / name)
    assert doc.format == "pdf" and doc.n_pages >= 1
    for table in doc.tables:
        assert table.n_rows >= 2 and table.n_cols >= 2
        assert len({len(row) for row in table.rows}) == 1
        assert all(isinstance(cell, str) and "\n" not in cell for row in table.rows for cell in row)
    assert [t.index for t in doc.tables] == list(range(1, len(doc.tables) + 1))
    assert time.perf_counter() - start < 5
