"""Join the lines of a multi-line table cell as a reader would read them.

camelot keeps the line breaks of a wrapped cell: "Stage 1 –\\nLocal\\nResolution" (a phrase wrapped at
spaces) and "Independe\\nnt" (a word broken inside a narrow column). A break inside a word is joined
without a space; every other break becomes a space.

A break is taken to be inside a word when the next line starts with a lower-case letter and the
pieces do not read as words on their own: the fragment has no vowel ("nt", "ns"), the first piece is
a lone capital ("C\\nlass"), or the joined word occurs in the document's narrative while the fragment
does not ("Represen\\ntations" in a report that says "representations" elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from auditor.ingest.common import normalise_space

_TAIL_WORD = re.compile(r"([^\W\d_]+)$")
_HEAD_WORD = re.compile(r"^([^\W\d_]+)")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
_WORDS = re.compile(r"[^\W\d_]+")
_LEADER = re.compile(r"(?<=[^\s.])(?:\s*\.){3,}\s*$")  # dot leaders after a label; a cell of "..." stays
_SPACED_DECIMAL = re.compile(r"(\d) \.(\d)")


def vocabulary(texts: Collection[str]) -> frozenset[str]:
    """The lower-cased words of some text, to tell a broken word from two words."""
    return frozenset(word.lower() for text in texts for word in _WORDS.findall(text))


def clean_cell(text: str, vocab: Collection[str] = frozenset()) -> str:
    """A cell's text as printed, on one line: lines joined, dot leaders ("Total . . . .") and the
    stray space some PDFs put before a decimal point ("11,062 .6") removed."""
    text = join_cell_lines(text, vocab)
    text = _SPACED_DECIMAL.sub(r"\1.\2", text)
    return _LEADER.sub("", text)


def join_cell_lines(text: str, vocab: Collection[str] = frozenset()) -> str:
    pieces = [normalise_space(p) for p in text.split("\n")]
    pieces = [p for p in pieces if p]
    if not pieces:
        return ""
    out = pieces[0]
    i = 1
    while i < len(pieces):
        span = _word_across(out, pieces, i, vocab)
        if span:
            out += "".join(pieces[i : i + span])
            i += span
            continue
        out += pieces[i] if _inside_word(out, pieces[i], vocab) else " " + pieces[i]
        i += 1
    return normalise_space(out)


def _word_across(left: str, pieces: list[str], start: int, vocab: Collection[str]) -> int:
    """How many of the next pieces finish a word broken over three or more lines of a narrow cell
    ("Com" / "missio" / "ning"), judged by the vocabulary; 0 when none does."""
    head = _TAIL_WORD.search(left)
    if head is None or not vocab:
        return 0
    word = head.group(1)
    for end in range(start, min(start + 4, len(pieces))):
        piece = pieces[end]
        if not piece[:1].islower() or " " in piece:
            return 0
        word += piece
        if end > start and word.lower() in vocab:
            return end - start + 1
    return 0


def _inside_word(left: str, right: str, vocab: Collection[str]) -> bool:
    if re.search(r"[^\W\d_]-$", left):  # "well-" + "being": a hyphenated word broken at its hyphen
        return right[:1].isalpha() and right[:1].islower()
    head = _TAIL_WORD.search(left)
    tail = _HEAD_WORD.match(right)
    if head is None or tail is None or not right[0].islower():
        return False
    first, rest = head.group(1), tail.group(1)
    if not _VOWELS.intersection(rest.lower()):
        return True
    if len(first) == 1 and first.isupper() and first not in "AI":
        return True
    joined = (first + rest).lower()
    return joined in vocab and rest.lower() not in vocab
