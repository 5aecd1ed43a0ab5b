"""Parse a published value ("1,602", "£55,650k", "<1%", "57(47%)", "78% ¹", "↑ 29%", "n/a") into a
``Number`` that keeps what was printed and how precisely it was printed.

A placeholder ("n/a", "-", "N/K") is not zero: it has no value at all.
"""

from __future__ import annotations

import enum
import re as _re
from dataclasses import dataclass
from decimal import Decimal


class Kind(str, enum.Enum):
    COUNT = "count"  # a plain number: "1,602", "12.1", "-4.4", "+9.8"
    PERCENT = "percent"  # "42%", "0.5%", "<1%", "(47%)"
    MONEY = "money"  # "£55,650", "£55,650k", "$1.2m"
    PLACEHOLDER = "placeholder"  # "n/a", "N/K", "-", "–", "..", "*": printed in place of a value
    EMPTY = "empty"  # nothing printed
    ARROW = "arrow"  # a direction with no number: "↑", "↓", "↔"
    TEXT = "text"  # words, labels, anything else


@dataclass(frozen=True)
class Number:
    text: str  # the cell text as printed (whitespace-normalised)
    kind: Kind
    value: Decimal | None = None  # the printed magnitude, signed; multiplier NOT applied
    decimals: int = 0  # digits printed after the decimal point
    bound: str | None = None  # "<" for "<1%", ">" for ">1%"
    parenthesised: bool = False  # "(47%)": the caller decides whether that means negative
    explicit_sign: bool = False  # a "+" or "-" was printed
    multiplier: int = 1  # "k" -> 1_000, "m" -> 1_000_000
    currency: str | None = None  # "£", "$", "€"
    arrow: str | None = None  # "up", "down", "flat"
    footnotes: tuple[str, ...] = ()  # "¹", "2", "*" marks that followed the number
    share: Number | None = None  # the inline share of "57(47%)" / "24 (44%)"

    @property
    def scaled(self) -> Decimal | None:
        return None if self.value is None else self.value * self.multiplier


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_ARROWS = {
    "↑": "up",
    "▲": "up",
    "⬆": "up",
    "↓": "down",
    "▼": "down",
    "⬇": "down",
    "↔": "flat",
    "→": "flat",
    "⟷": "flat",
    "=": "flat",
}
_PLACEHOLDERS = {
    "n/a",
    "na",
    "n.a.",
    "n/k",
    "nk",
    "-",
    "–",
    "—",
    "―",
    "..",
    "...",
    "…",
    "*",
    "x",
    "nil",
    "none",
    "tbc",
    "not known",
    "not applicable",
    "***.*",
}
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
_CURRENCIES = "£$€¥₹"
# A footnote mark after a number: superscripts, *, †, ‡, or "(1)" / "⁽¹⁾" after a space.
_FOOTNOTE_RE = _re.compile(r"(?:\s*[" + _SUPERSCRIPTS + r"⁽⁾]+|\s*[*†‡]+|\s+\(\d\)|\s+\([a-z]\))$")
_YEAR_RE = _re.compile(r"^(?:fy\s*)?((?:19|20)\d{2})\s*[/\-–]\s*((?:19|20)?\d{2})$", _re.IGNORECASE)


def _normalise(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").replace("\u2009", " ").split())


def parse_published_number(text: str, *, decimal_comma: bool = False) -> Number:
    """Parse one cell's text. Never raises: anything unrecognised is Kind.TEXT."""
    norm = _normalise(text)
    try:
        return _parse(norm, decimal_comma)
    except Exception:  # noqa: BLE001 - a parser must never take the audit down with it
        return Number(norm, Kind.TEXT)


def _parse(norm: str, decimal_comma: bool) -> Number:
    if not norm:
        return Number(norm, Kind.EMPTY)
    if norm.lower() in _PLACEHOLDERS:
        return Number(norm, Kind.PLACEHOLDER)
    body, arrow = norm, None
    if body[0] in _ARROWS and (len(body) == 1 or body[1] == " " or body[1].isdigit() or body[1] in "+-−"):
        arrow, body = _ARROWS[body[0]], body[1:].strip()
        if not body:
            return Number(norm, Kind.ARROW, arrow=arrow)
    inline = _re.match(r"^(.+?)\s*\(([^()]*%)\)$", body)
    if inline and not body.startswith("("):
        count = _number(inline.group(1), decimal_comma)
        share = _number("(" + inline.group(2) + ")", decimal_comma)
        if count and share and count.kind == Kind.COUNT and share.kind == Kind.PERCENT:
            return Number(
                norm, Kind.COUNT, count.value, count.decimals, explicit_sign=count.explicit_sign, share=share
            )
    footnotes: list[str] = []
    while True:
        m = _FOOTNOTE_RE.search(body)
        if not m or m.start() == 0:
            break
        mark = m.group(0).strip()
        rest = body[: m.start()].strip()
        if not _re.search(r"[\d%]$", rest):
            break
        footnotes.insert(0, mark)
        body = rest
    number = _number(body, decimal_comma)
    if number is None:
        if _re.fullmatch(r"\*+\.?\**", body):
            return Number(norm, Kind.PLACEHOLDER)
        return Number(norm, Kind.TEXT)
    from dataclasses import replace

    return replace(number, text=norm, arrow=arrow, footnotes=tuple(footnotes))


_NUM_RE = _re.compile(
    r"^(?P<bound>[<>]=?|≤|≥)?\s*(?P<sign>[+\-−–△▲]?)\s*(?P<cur>[" + _CURRENCIES + r"])?\s*"
    r"(?P<digits>\d[\d,. ]*|\.\d+)\s*(?P<mult>k|m|bn|b)?\s*(?P<pct>%)?$",
    _re.IGNORECASE,
)


def _number(body: str, decimal_comma: bool) -> Number | None:
    body = body.strip()
    parenthesised = False
    if body.startswith("(") and body.endswith(")"):
        parenthesised, body = True, body[1:-1].strip()
    m = _NUM_RE.match(body)
    if not m:
        return None
    digits = m.group("digits").strip()
    value, decimals = _digits(digits, decimal_comma)
    if value is None:
        return None
    sign = m.group("sign")
    if sign in ("-", "−", "–", "△", "▲"):
        value = -value
    bound = {"<=": "<", ">=": ">", "≤": "<", "≥": ">"}.get(m.group("bound") or "", m.group("bound"))
    mult = _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
    if m.group("pct"):
        kind = Kind.PERCENT
    elif m.group("cur"):
        kind = Kind.MONEY
    elif m.group("mult"):
        return None  # "12k" without a currency: too ambiguous to be a count
    else:
        kind = Kind.COUNT
    return Number(body, kind, value, decimals, bound or None, parenthesised, bool(sign), mult, m.group("cur"))


def _digits(digits: str, decimal_comma: bool) -> tuple[Decimal | None, int]:
    point, sep = (",", ".") if decimal_comma else (".", ",")
    if " " in digits:
        groups = digits.split(" ")
        if not all(len(g) == 3 for g in groups[1:]) or not groups[0].isdigit():
            return None, 0
        digits = "".join(groups)
    if digits.count(point) > 1:
        return None, 0
    whole, _, frac = digits.partition(point)
    if sep in whole:
        groups = whole.split(sep)
        if not (1 <= len(groups[0]) <= 3) or not all(len(g) == 3 and g.isdigit() for g in groups[1:]):
            return None, 0
        whole = "".join(groups)
    if not whole:
        whole = "0"
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None, 0
    return Decimal(f"{whole}.{frac}" if frac else whole), len(frac)


def financial_year(first: int) -> str:
    """The financial year starting in ``first``, written as reports do: 2017 -> "2017/18"."""
    return f"{first}/{(first + 1) % 100:02d}"


def looks_like_year_label(text: str) -> str | None:
    """A year column label in any spelling ("2017/18", "2019-2020", "23/24", "202 2/23", "FY2014",
    "2017") as "2017/18"; None when the text is not one."""
    t = _normalise(text).replace(" ", "")
    t = _re.sub(r"^(fy|year)", "", t, flags=_re.IGNORECASE)
    m = _YEAR_RE.match(t)
    if m:
        start = int(m.group(1))
        end = m.group(2)[-2:]
        return f"{start}/{end}" if int(end) == (start + 1) % 100 or int(end) == start % 100 else None
    m = _re.match(r"^(\d{2})[/\-–](\d{2})$", t)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return f"20{m.group(1)}/{m.group(2)}"
    m = _re.match(r"^((?:19|20)\d{2})$", t)
    if m:
        return financial_year(int(m.group(1)))
    return None
