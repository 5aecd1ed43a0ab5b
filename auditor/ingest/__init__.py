"""Ingest: read a report into a ``Document`` (pages, narrative text, raw tables). Nothing is judged here.

    from auditor.ingest import load_document
    doc = load_document("complaints_2020_21.pdf")

The file's content is checked against its name: a ".pdf" that is not a PDF is an error (and so for
.docx, .txt and .tsv); a PDF or Word file without one of those names is read as what it is.
Anything that cannot be audited
raises ``InputError`` with a one-line reason.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from auditor.ingest.common import describe_error
from auditor.model import Document, InputError

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".tsv")

_EXPECTED = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".tsv": "text"}
_NOT_VALID = {"pdf": "not a valid PDF", "docx": "not a valid DOCX", "text": "not a text file"}
_SNIFF_BYTES = 8192
_PDF_HEADER_WINDOW = 1024  # readers accept "%PDF-" anywhere in the first kilobyte


def load_document(path: str | Path) -> Document:
    """Read a PDF, DOCX, or tab-separated text file."""
    path = Path(path)
    kind = sniff(path)
    try:
        return _READERS[kind](path)
    except InputError:
        raise
    except Exception as exc:  # whatever a reader trips on, the user gets one line, not a traceback
        raise InputError(str(path), f"cannot read this {kind} file ({describe_error(exc)})") from exc


def sniff(path: Path) -> str:
    """The kind of file ("pdf", "docx" or "text"): its content, checked against its name."""
    head = _head(path)
    suffix = path.suffix.lower()
    content = _kind_of_content(path, head)
    expected = _EXPECTED.get(suffix)
    if expected is not None and content != expected:
        raise InputError(str(path), f"{_NOT_VALID[expected]} ({_what_it_is(content, head)})")
    if expected is not None or content in ("pdf", "docx"):
        return content  # a PDF or Word file without one of the usual names is read as what it is
    shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
    raise InputError(str(path), f"unsupported file type {shown}; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def _head(path: Path) -> bytes:
    if not path.exists():
        raise InputError(str(path), "file not found")
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if not head:
        raise InputError(str(path), "empty file (0 bytes)")
    return head


def _kind_of_content(path: Path, head: bytes) -> str:
    if b"%PDF-" in head[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if _is_word_package(path) else "zip"
    if b"\x00" in head:
        return "binary"
    return "text"


def _is_word_package(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            return "word/document.xml" in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _what_it_is(content: str, head: bytes) -> str:
    if content == "text":
        first = head[:200].decode("utf-8", "replace").strip().splitlines()
        return f"it is plain text, starting {first[0][:30]!r}" if first else "it is plain text"
    return {
        "pdf": "it is a PDF",
        "docx": "it is a Word document",
        "zip": "a ZIP archive without a Word document inside",
        "binary": "binary content of an unknown kind",
    }[content]


def _read_pdf(path: Path) -> Document:
    from auditor.ingest.pdf import load_pdf  # pdf libraries are only imported when a PDF is read

    return load_pdf(path)


def _read_docx(path: Path) -> Document:
    from auditor.ingest.docx import load_docx

    return load_docx(path)


def _read_text(path: Path) -> Document:
    from auditor.ingest.text import load_text

    return load_text(path, _decode(path))


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_READERS: dict[str, Callable[[Path], Document]] = {"pdf": _read_pdf, "docx": _read_docx, "text": _read_text}

__all__ = ["SUPPORTED_SUFFIXES", "load_document", "sniff"]
