"""The `audit` command: parse options, call the API, pick a renderer, set the exit code. Nothing else.

audit FILE...            audit files and folders (the default command)
audit rules              list the checks
audit explain CODE       print one check's documentation
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor import __version__
from auditor.checks.base import RegistryError, load_checks, unknown_patterns
from auditor.model import InputError, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class DefaultGroup(click.Group):
    """A group whose first argument, when it is not a subcommand, is a file to audit."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
def main():
    """Audit the tables of published statistical reports for figures that do not add up.

    \b
    audit report.pdf draft.docx reports/     audit files and folders
    audit rules                              list every check
    audit explain PCT005                     what a check does and why
    """


def _split(values: tuple[str, ...]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def expand_paths(paths: tuple[str, ...], recursive: bool) -> list[Path]:
    """Files as given; folders become the supported files inside them, sorted."""
    from auditor.ingest import SUPPORTED_SUFFIXES

    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = p.rglob("*") if recursive else p.iterdir()
            out += sorted(f for f in found if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    return out


@main.command("check", hidden=True)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True
)
@click.option(
    "--select", multiple=True, help="Checks to run: codes, code prefixes or names, comma-separated."
)
@click.option("--ignore", multiple=True, help="Checks to skip; the longest matching prefix decides.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at least this severe.",
)
@click.option("-r", "--recursive", is_flag=True, help="Look for reports in sub-folders too.")
@click.option("--no-table", is_flag=True, help="Do not print the tables around findings.")
@click.option("--color/--no-color", default=None, help="Colour output (default: when writing to a terminal).")
@click.option("-q", "--quiet", is_flag=True, help="Only findings and the summary.")
@click.option("--debug", is_flag=True, help="Let an internal error raise with its traceback.")
def check_command(paths, fmt, select, ignore, fail_on, recursive, no_table, color, quiet, debug):
    """Audit report files (PDF, DOCX, TXT/TSV) and folders of them."""
    from auditor.engine import audit

    if not paths:
        raise click.UsageError("give at least one report file or folder (audit report.pdf)")
    select, ignore = _split(select), _split(ignore)
    try:
        checks = load_checks()
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from exc
    unknown = unknown_patterns(checks, select + ignore)
    if unknown:
        raise click.UsageError(f"unknown check code or name: {', '.join(unknown)} (see 'audit rules')")

    results, errors = [], []
    for path in expand_paths(paths, recursive):
        try:
            results.append(audit(path, select=select, ignore=ignore))
        except InputError as exc:
            errors.append((str(path), exc.reason))
        except Exception as exc:
            if debug:
                raise
            errors.append((str(path), f"internal error: {type(exc).__name__}: {exc}"))
        if errors and errors[-1][0] == str(path):
            click.echo(f"audit: error: {errors[-1][0]}: {errors[-1][1]}", err=True)

    if fmt == "json":
        from auditor.render.json import render_json

        click.echo(render_json(results, errors))
    else:
        from auditor.render.terminal import render_terminal

        render_terminal(results, errors, show_tables=not no_table, color=color, quiet=quiet)
    sys.exit(exit_code(results, errors, fail_on))


def exit_code(results, errors, fail_on: str) -> int:
    if errors:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity.parse(fail_on)
    worst = max((r.worst for r in results if r.worst is not None), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= threshold else EXIT_OK


@main.command("rules")
@click.option(
    "--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True
)
def rules_command(fmt):
    """List every registered check."""
    checks = load_checks()
    if fmt == "json":
        import json

        rows = [
            {"code": c.code, "name": c.name, "severity": str(c.severity), "summary": c.summary()}
            for c in checks
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    from auditor.render.terminal import render_rules

    render_rules(checks)


@main.command("explain")
@click.argument("code")
def explain_command(code):
    """Print a check's documentation (by code or name)."""
    wanted = code.strip().lower()
    for check in load_checks():
        if wanted in (check.code.lower(), check.name):
            from auditor.render.terminal import render_explain

            render_explain(check)
            return
    click.echo(f"audit: error: no check is called {code!r} (see 'audit rules')", err=True)
    sys.exit(EXIT_ERROR)
