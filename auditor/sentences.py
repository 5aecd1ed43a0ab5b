"""Narrative text as sentences, each with its page and the line that introduced it.

Checks that read prose (stated timescales, escalation rates, later the narrative claims) work on
sentences, not on the text blocks ingest produced: a block is a paragraph or a few lines, and one block
can state three timescales. A list item ("- Stage 2 – Independent Investigation (up to 65 working
days)") says little on its own; the line that introduced the list ("The three stages of the statutory
Children Act procedure are:") says which procedure it belongs to, so it travels with the item as
``lead``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.model import TextBlock


@dataclass(frozen=True)
class Sentence:
    index: int  # 1-based position in the document
    page: int
    text: str
    lead: str = ""  # the sentence that introduced a list this sentence is an item of


# A full stop ends a sentence unless it ends an abbreviation or sits inside a number ("3.7", "e.g.").
_ABBREVIATIONS = (
    "e.g",
    "i.e",
    "etc",
    "para",
    "paras",
    "no",
    "nos",
    "reg",
    "regs",
    "cf",
    "vs",
    "approx",
    "fig",
)
_BOUNDARY = re.compile(r"(?<=[.!?;])\s+(?=[\"“‘'(]?[A-Z0-9•·\-–])")
_LIST_MARK = re.compile(r"^\s*([-–•·▪●*]|\(?[a-z]\)|\(?[ivx]+\)|\d+\))\s+")
# A numbered paragraph ("3.2 The three stages …") is not a list item.
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d+(\.\d+)+\s+")


def split_sentences(text: str) -> list[str]:
    """The sentences of one block, in order. Semicolons end a sentence too: lists run into one
    paragraph ("Stage 1 … (up to 20 working days); Stage 2 … (up to 65 working days)") are read
    item by item."""
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()]
        word = re.search(r"([A-Za-z.]+)[.]$", before)
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        pieces.append(before.strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def sentences_of(blocks: Iterable[TextBlock]) -> tuple[Sentence, ...]:
    """Every sentence of the document, each with the sentence that introduced it when it is an item of
    a list: a sentence ending in ':' leads the rest of its block, and the blocks after it for as long
    as they are list items. "X has two stages: A (…); B (…)" is read as the lead "X has two stages:"
    and the items "A (…)", "B (…)"."""
    out: list[Sentence] = []
    lead = ""
    for block in _rejoined(blocks):
        text = " ".join(block.text.split())
        if not text:
            continue
        if not (_LIST_MARK.match(text) and not _PARAGRAPH_NUMBER.match(text)):
            lead = ""
        for part in split_sentences(text):
            head, colon, tail = part.partition(": ")
            if colon and len(head.split()) >= 3 and tail[:1].isupper():
                out.append(Sentence(len(out) + 1, block.page, head + ":", lead))
                lead, part = head + ":", tail
            out.append(Sentence(len(out) + 1, block.page, part, lead))
            if part.endswith(":"):
                lead = part
    return tuple(out)


def _rejoined(blocks: Iterable[TextBlock]) -> list[TextBlock]:
    """A paragraph cut in two by a page break or a table (the second part starting in lower case, the
    first ending without a full stop) is one paragraph again, on the page it started on."""
    out: list[TextBlock] = []
    for block in blocks:
        text = block.text.strip()
        if out and text[:1].islower() and not re.search(r"[.!?:;]\W*$", out[-1].text.strip()):
            out[-1] = TextBlock(out[-1].page, out[-1].text.rstrip() + " " + text)
        else:
            out.append(block)
    return out
