"""The `audit` command: parse options, call the API, pick a renderer, set the exit code. Nothing else.

    audit FILE...            audit files and folders (the default command)
    audit rules              list the checks
    audit explain CODE       print one check's documentation

Exit codes: 0 no finding at or above --fail-on; 1 some finding at or above it; 2 a usage error, or a
file that could not be audited (an unreadable file outranks findings in other files).

A first argument that names a subcommand ("rules", "explain") runs it, even when a file of that name
exists (the repository itself has a rules/ folder); audit such a file as ``audit ./rules`` or
``audit -- rules``.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import NoReturn

import click

from auditor import __version__, engine
from auditor.checks.base import Check, RegistryError, load_checks, select_checks, unknown_patterns
from auditor.config import Config, ConfigError, find_config, load_config
from auditor.model import AuditResult, InputError, Severity
from auditor.packs import Pack, PackError, available_packs
from auditor.render import FORMATS, Renderer

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_COMMAND = "check"
# Files a folder holds that are never reports: editor lock files and hidden files.
_SKIPPED_PREFIXES = (".", "~$")


class DefaultGroup(click.Group):
    """A group whose first argument, unless it names a subcommand, starts a list of files to audit."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help", "--version")):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] FILE...\n   or: audit COMMAND [ARGS]...")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The audit options come first in ``audit --help``: auditing is what the command is for."""
        default = self.commands[DEFAULT_COMMAND]
        options = [
            p for p in default.get_params(ctx) if isinstance(p, click.Option) and "--help" not in p.opts
        ]
        records = [rv for p in options if (rv := p.get_help_record(ctx))]
        with formatter.section("Options for auditing"):
            formatter.write_dl(records)
        super().format_options(ctx, formatter)


class _AuditContext(click.Context):
    @property
    def command_path(self) -> str:
        return self.parent.command_path if self.parent else super().command_path


class AuditCommand(click.Command):
    """The default command: usage lines and hints read ``audit [OPTIONS] FILE...``, never ``audit check``."""

    context_class = _AuditContext


@click.group("audit", cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="audit")
def main():
    """Find the figures in published statistical reports that do not add up: totals that are not the
    sum of their parts, shares that do not match their counts, wrong year-on-year changes.

    \b
    audit report.pdf draft.docx reports/     audit files and folders
    audit reports/ --format json             machine-readable output
    audit rules                              list every check
    audit explain SUM001                     what a check does and why

    \b
    Exit status: 0 no finding at or above --fail-on (default: error);
    1 some finding at or above it; 2 a usage error or a file that could not be audited.
    """


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2 (an error that is not about how the command was typed)."""
    click.echo(f"audit: error: {one_line(message)}", err=True)
    raise SystemExit(EXIT_ERROR)


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def _split(values: tuple[str, ...]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def _registered_checks() -> list[type[Check]]:
    try:
        return load_checks()
    except RegistryError as exc:
        fail(f"cannot load the checks: {exc}")


# ------------------------------------------------------------------------------------------ files


def expand_paths(paths: tuple[str, ...], recursive: bool = False) -> list[tuple[str, str | None]]:
    """Each file to audit as ``(path, None)``, or ``(path, reason)`` for a folder with nothing to audit.

    Files are kept as given (the engine reports a missing or unsupported one); a folder becomes the
    supported files in it, sorted, hidden files and Office lock files ("~$x.docx") left out. A file
    named twice is audited once.
    """
    from auditor.ingest import SUPPORTED_SUFFIXES  # lazily: ingest pulls in the PDF stack

    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for given in paths:
        folder = Path(given)
        if not folder.is_dir():
            entries: list[tuple[str, str | None]] = [(given, None)]
        else:
            try:
                found = _reports_in(folder, recursive, SUPPORTED_SUFFIXES)
            except OSError as exc:
                out.append((given, f"cannot list folder ({exc.strerror or exc})"))
                continue
            if not found:
                nested = not recursive and any(p.is_dir() for p in folder.iterdir())
                hint = " (-r looks in sub-folders)" if nested else ""
                out.append((given, f"no {', '.join(SUPPORTED_SUFFIXES)} files in this folder{hint}"))
                continue
            entries = [(str(p), None) for p in found]
        for path, problem in entries:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                out.append((path, problem))
    return out


def _reports_in(folder: Path, recursive: bool, suffixes: tuple[str, ...]) -> list[Path]:
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    found = []
    for p in candidates:
        parts = p.relative_to(folder).parts
        if any(part.startswith(_SKIPPED_PREFIXES) for part in parts):
            continue
        if p.suffix.lower() in suffixes and p.is_file():
            found.append(p)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


# -------------------------------------------------------------------------------------- auditing


def _make_renderer(
    fmt: str, *, show_tables: bool, color: bool | None, quiet: bool, show_claims: bool = False
) -> Renderer:
    if fmt == "json":
        from auditor.render.json import JsonRenderer

        return JsonRenderer()
    from auditor.render.terminal import TerminalRenderer

    return TerminalRenderer(show_tables=show_tables, quiet=quiet, color=color, show_claims=show_claims)


def exit_code(results: list[AuditResult], errors: list[tuple[str, str]], fail_on: str) -> int:
    if errors:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity.parse(fail_on)
    worst = max((r.worst for r in results if r.worst is not None), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= threshold else EXIT_OK


@main.command(DEFAULT_COMMAND, cls=AuditCommand, hidden=True)
@click.argument("paths", nargs=-1, metavar="FILE...", type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="terminal",
    show_default=True,
    help="terminal: a report for people; json: the schema in docs/json-schema.md.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Run only these checks: codes, prefixes or names, comma-separated.",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    help="Skip these checks (the longest matching prefix decides).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at least this severe.",
)
@click.option(
    "--regime",
    metavar="PACK",
    help="Judge every file under this rule pack instead of detecting it ('audit packs' lists them).",
)
@click.option(
    "--rules",
    "rule_files",
    multiple=True,
    metavar="FILE",
    type=click.Path(),
    help="Add a rule pack of your own (TOML, the layout of the built-in packs); may be repeated.",
)
@click.option(
    "--previous",
    metavar="PATH",
    type=click.Path(exists=True),
    help="Last year's report (or a folder of one body's reports): compare the prior-year figures with it.",
)
@click.option(
    "--config",
    "config_file",
    metavar="FILE",
    type=click.Path(),
    help="Read settings from this file (default: report-auditor.toml or pyproject.toml found upwards).",
)
@click.option("--isolated", is_flag=True, help="Ignore every settings file.")
@click.option("-r", "--recursive", is_flag=True, help="Look for reports in sub-folders too.")
@click.option("--no-table", is_flag=True, help="Do not print the tables around findings.")
@click.option(
    "--claims",
    "show_claims",
    is_flag=True,
    help="List every figure read in the narrative and whether it was checked.",
)
@click.option("--color/--no-color", default=None, help="Colour the report (default: on a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only findings and summary lines.")
@click.option("--debug", is_flag=True, help="Let an internal error raise, with its traceback.")
@click.pass_context
def check_command(
    ctx,
    paths,
    fmt,
    select,
    ignore,
    fail_on,
    regime,
    rule_files,
    previous,
    config_file,
    isolated,
    recursive,
    no_table,
    show_claims,
    color,
    quiet,
    debug,
):
    """Audit report files (PDF, DOCX, TXT/TSV) and folders of them."""
    if not paths:
        raise click.UsageError("no files to audit; give report files or folders ('audit report.pdf')", ctx)
    settings = _settings(config_file, isolated)
    select = _split(select) or list(settings.select)
    ignore = _split(ignore) or list(settings.ignore)
    if ctx.get_parameter_source("fail_on") == click.core.ParameterSource.DEFAULT and settings.fail_on:
        fail_on = settings.fail_on
    packs = _packs([*settings.rules, *rule_files])
    regime = regime or settings.regime
    if regime and regime not in {p.id for p in packs}:
        known = ", ".join(sorted(p.id for p in packs))
        raise click.BadParameter(
            f"no rule pack is called {regime!r} (known: {known})", ctx, param_hint="--regime"
        )
    checks = _registered_checks()
    for option, patterns in (("--select", select), ("--ignore", ignore)):
        unknown = unknown_patterns(checks, patterns)
        if unknown:
            names = ", ".join(repr(p) for p in unknown)
            message = f"no check code, prefix or name matches {names} (see 'audit rules')"
            raise click.BadParameter(message, ctx, param_hint=option)
    if not select_checks(checks, select, ignore):
        raise click.UsageError("--select and --ignore leave no check to run", ctx)

    renderer = _make_renderer(
        fmt, show_tables=not no_table, color=color, quiet=quiet, show_claims=show_claims
    )
    results: list[AuditResult] = []
    errors: list[tuple[str, str]] = []
    for path, problem in expand_paths(paths, recursive):
        if problem is None:
            problem = _audit_one(
                path,
                renderer,
                results,
                select=select,
                ignore=ignore,
                packs=packs,
                regime=regime,
                previous=previous,
                debug=debug,
            )
        if problem is not None:
            errors.append((path, one_line(problem)))
            click.echo(f"audit: error: {path}: {one_line(problem)}", err=True)
    renderer.finish(results, errors)
    ctx.exit(exit_code(results, errors, fail_on))


def _settings(config_file: str | None, isolated: bool) -> Config:
    if isolated:
        return Config()
    path = Path(config_file) if config_file else find_config(Path.cwd())
    if path is None:
        return Config()
    try:
        return load_config(path)
    except ConfigError as exc:
        fail(str(exc))


def _packs(extra) -> list[Pack]:
    try:
        return available_packs(extra)
    except PackError as exc:
        fail(str(exc))


def _audit_one(
    path: str,
    renderer: Renderer,
    results: list[AuditResult],
    *,
    select,
    ignore,
    packs,
    regime,
    previous,
    debug,
):
    """Audit and render one file; the reason it failed, or None. No failure stops the batch."""
    try:
        result = engine.audit(
            path, select=select, ignore=ignore, packs=packs, regime=regime, previous=previous
        )
        renderer.document(result)
    except InputError as exc:
        return exc.reason
    except BrokenPipeError:
        raise  # the reader went away (audit … | head): not this file's fault
    except Exception as exc:
        if debug:
            raise
        return f"internal error: {type(exc).__name__}: {exc}"
    results.append(result)
    return None


# ---------------------------------------------------------------------------------- rules, explain


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal", show_default=True)
def rules_command(fmt):
    """List every check: code, name, default severity, summary."""
    checks = _registered_checks()
    if fmt == "json":
        from auditor.render.json import render_rules_json

        click.echo(render_rules_json(checks))
        return
    from auditor.render.terminal import render_rules

    render_rules(checks)


@main.command("packs")
@click.option(
    "--rules", "rule_files", multiple=True, metavar="FILE", type=click.Path(), help="Add your own pack."
)
def packs_command(rule_files):
    """List the rule packs (regimes): id, title, where it comes from, its timescales."""
    from auditor.render.terminal import render_packs

    render_packs(_packs(rule_files))


@main.command("explain")
@click.argument("code")
def explain_command(code):
    """Print a check's documentation (CODE: a code or name)."""
    checks = _registered_checks()
    wanted = code.strip().lower()
    matches = [c for c in checks if wanted in (c.code.lower(), c.name)]
    if not matches:
        fail(f"no check is called {code!r}{_suggestion(wanted, checks)}; 'audit rules' lists them")
    from auditor.render.terminal import render_explain

    render_explain(matches[0])


def _suggestion(wanted: str, checks: list[type[Check]]) -> str:
    by_prefix = [c.code for c in checks if wanted and c.code.lower().startswith(wanted)]
    if not by_prefix:
        names = {c.code.lower(): c.code for c in checks} | {c.name: c.name for c in checks}
        by_prefix = [names[k] for k in difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)]
    if not by_prefix:
        return ""
    more = ", …" if len(by_prefix) > 5 else ""
    return f" (did you mean {', '.join(by_prefix[:5])}{more}?)"
