"""Parse a published value ("1,602", "£55,650k", "<1%", "57(47%)", "78% ¹", "↑ 29%", "n/a") into a
``Number`` that keeps what was printed and how precisely it was printed.

A placeholder ("n/a", "-", "N/K") is not zero: it has no value at all.
"""

from __future__ import annotations

import enum
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
    def is_value(self) -> bool:
        """True when the cell carries a number that arithmetic can use."""
        return self.value is not None

    @property
    def scaled(self) -> Decimal | None:
        return None if self.value is None else self.value * self.multiplier


def parse_published_number(text: str, *, decimal_comma: bool = False) -> Number:
    """Parse one cell's text. Never raises: anything unrecognised is Kind.TEXT."""
    raise NotImplementedError  # implemented by the numbers work item
