"""Settings a team keeps with its reports instead of typing them each time.

The first of these found in the current folder or a folder above it is used (as ruff and other linters
look for theirs): ``report-auditor.toml``, ``.report-auditor.toml``, or a ``[tool.report-auditor]`` table
in ``pyproject.toml``. ``--config FILE`` names one instead; ``--isolated`` ignores them all.

    rules = ["packs/our-council.toml"]     # extra rule packs; paths are relative to the config file
    regime = "england-children"            # use this pack instead of detecting the regime
    select = ["SUM", "PCT"]                # as --select
    ignore = ["CHG002"]                    # as --ignore
    fail-on = "warning"                    # as --fail-on

Options on the command line win over the file. A file with an unknown key or a wrong type is an error
(one line naming the file and the key), not silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FILE_NAMES = ("report-auditor.toml", ".report-auditor.toml")
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A settings file that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    rules: tuple[Path, ...] = ()
    regime: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None


def find_config(start: Path) -> Path | None:
    """The settings file that applies to ``start`` (a folder), or None."""
    for folder in (start, *start.parents):
        for name in FILE_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "report-auditor" in _tool_tables(pyproject):
            return pyproject
    return None


def _tool_tables(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # someone else's broken pyproject.toml is not ours to report


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such settings file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("report-auditor", {})
        where = "[tool.report-auditor]"
    else:
        where = ""
    known = {"rules", "regime", "select", "ignore", "fail-on"}
    for key in data:
        if key not in known:
            known_keys = ", ".join(sorted(known))
            raise ConfigError(
                f"{path}: {where}{' ' if where else ''}unknown key {key!r} (known: {known_keys})"
            )

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {key} must be a list of strings")
        return tuple(value)

    regime = data.get("regime")
    if regime is not None and not isinstance(regime, str):
        raise ConfigError(f"{path}: regime must be a pack id (a string)")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{path}: fail-on must be one of {', '.join(FAIL_ON)}")
    return Config(
        path=path,
        rules=tuple((path.parent / r).resolve() for r in strings("rules")),
        regime=regime,
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=fail_on,
    )
