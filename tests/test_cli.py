"""The audit command, with the engine replaced by prepared AuditResults: exit codes, --fail-on, batches
with bad files, folders, selection, rules, explain and JSON output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import cli
from auditor.checks.base import load_checks
from auditor.model import InputError, Severity
from tests.test_render import finding, make_result


class FakeEngine:
    """Stands in for ``auditor.engine.audit``: answers by file name, records every call."""

    def __init__(self, answers: dict):
        self.answers = answers
        self.calls: list[tuple[str, list, list]] = []
        self.regimes: list[tuple[str | None, list[str]]] = []  # (--regime, pack ids offered)

    def __call__(self, path, *, select=(), ignore=(), options=None, packs=None, regime=None, previous=None):
        path = str(path)
        self.calls.append((path, list(select), list(ignore)))
        self.regimes.append((regime, sorted(p.id for p in packs or ())))
        answer = self.answers.get(Path(path).name, None)
        if answer is None:
            return make_result(path=path)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    @property
    def audited(self) -> list[str]:
        return [Path(p).name for p, _, _ in self.calls]


@pytest.fixture
def engine(monkeypatch):
    fake = FakeEngine({})
    monkeypatch.setattr("auditor.engine.audit", fake)
    return fake


def with_findings(*severities: Severity, path: str = "report.pdf"):
    return make_result(*(finding(s, row=i + 1, file=path) for i, s in enumerate(severities)), path=path)


def run(*args, **kwargs):
    return CliRunner().invoke(cli.main, [str(a) for a in args], **kwargs)


# ----------------------------------------------------------------------------------- exit codes


def test_clean_file_exits_0(engine):
    result = run("clean.pdf")
    assert result.exit_code == 0, result.output
    assert "clean.pdf: 0 errors, 0 warnings, 0 info" in result.stdout
    assert result.stderr == ""


def test_error_finding_exits_1(engine):
    engine.answers["bad.pdf"] = with_findings(Severity.ERROR, path="bad.pdf")
    result = run("bad.pdf", "--no-color")
    assert result.exit_code == 1
    assert "SUM001" in result.stdout and "published 230, expected 245" in result.stdout


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ((Severity.WARNING,), "error", 0),
        ((Severity.WARNING,), "warning", 1),
        ((Severity.ERROR,), "warning", 1),
        ((Severity.INFO,), "warning", 0),
        ((Severity.INFO,), "info", 1),
        ((Severity.ERROR, Severity.WARNING), "never", 0),
        ((), "info", 0),
    ],
)
def test_fail_on_sets_the_threshold(engine, severities, fail_on, code):
    engine.answers["r.pdf"] = with_findings(*severities, path="r.pdf")
    assert run("r.pdf", "--fail-on", fail_on).exit_code == code


def test_fail_on_takes_the_worst_finding_across_the_batch(engine):
    engine.answers["a.pdf"] = with_findings(Severity.INFO, path="a.pdf")
    engine.answers["b.pdf"] = with_findings(Severity.WARNING, path="b.pdf")
    assert run("a.pdf", "b.pdf", "--fail-on", "warning").exit_code == 1
    assert run("a.pdf", "b.pdf").exit_code == 0


# --------------------------------------------------------------------------------------- batches


def test_bad_file_in_a_batch_is_one_stderr_line_and_exit_2(engine):
    engine.answers["a.pdf"] = with_findings(Severity.ERROR, path="a.pdf")
    engine.answers["broken.pdf"] = InputError("broken.pdf", "not a valid PDF (it is an HTML page)")
    result = run("a.pdf", "broken.pdf", "c.txt")
    assert engine.audited == ["a.pdf", "broken.pdf", "c.txt"]  # the batch went on
    assert result.exit_code == 2  # an unreadable file outranks the error finding in a.pdf
    assert result.stderr.splitlines() == ["audit: error: broken.pdf: not a valid PDF (it is an HTML page)"]
    assert "a.pdf: 1 error" in result.stdout and "c.txt: 0 errors" in result.stdout
    assert "in 3 files" in result.stdout and "1 file could not be read" in result.stdout


def test_unexpected_exception_is_one_line_and_does_not_stop_the_batch(engine):
    engine.answers["x.pdf"] = ZeroDivisionError("division by zero\nsecond line")
    result = run("x.pdf", "y.pdf")
    assert engine.audited == ["x.pdf", "y.pdf"]
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "audit: error: x.pdf: internal error: ZeroDivisionError: division by zero second line"
    ]
    assert "y.pdf: 0 errors" in result.stdout


def test_debug_lets_an_internal_error_raise(engine):
    engine.answers["x.pdf"] = ZeroDivisionError("boom")
    result = run("x.pdf", "--debug")
    assert isinstance(result.exception, ZeroDivisionError)


def test_debug_still_reports_input_errors_in_one_line(engine):
    engine.answers["x.pdf"] = InputError("x.pdf", "empty file (0 bytes)")
    result = run("x.pdf", "--debug")
    assert result.exit_code == 2 and result.stderr.strip() == "audit: error: x.pdf: empty file (0 bytes)"


# ---------------------------------------------------------------------------------------- folders


@pytest.fixture
def folder(tmp_path):
    for name in ("b.txt", "a.pdf", "C.DOCX", "notes.xlsx", ".hidden.txt", "~$draft.docx", "d.tsv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.pdf").write_text("x", encoding="utf-8")
    return tmp_path


def test_folder_expands_to_its_supported_files_sorted(engine, folder):
    result = run(folder)
    assert result.exit_code == 0, result.output
    assert engine.audited == ["C.DOCX", "a.pdf", "b.txt", "d.tsv"]


def test_recursive_folder_includes_sub_folders(engine, folder):
    run(folder, "-r")
    assert engine.audited == ["C.DOCX", "a.pdf", "b.txt", "d.tsv", "e.pdf"]
    assert engine.calls[-1][0] == str(folder / "sub" / "e.pdf")


def test_files_and_folders_mix_and_a_file_named_twice_is_audited_once(engine, folder):
    run(folder / "b.txt", folder, "other.pdf")
    assert engine.audited == ["b.txt", "C.DOCX", "a.pdf", "d.tsv", "other.pdf"]


def test_folder_without_reports_is_an_input_error(engine, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.pdf").write_text("x", encoding="utf-8")
    result = run(tmp_path, "ok.pdf")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"audit: error: {tmp_path}: no .pdf, .docx, .txt, .tsv files in this folder (-r looks in sub-folders)"
    ]
    assert engine.audited == ["ok.pdf"]


def test_rules_subcommand_wins_over_a_folder_named_rules(engine, tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "r.pdf").write_text("x", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        listed = run("rules")
        audited = run("./rules")
        after_dashes = run("--", "rules")
    finally:
        os.chdir(cwd)
    assert (
        listed.exit_code == 0
        and "SUM001" in listed.stdout
        and engine.calls[:1] == [(str(Path("rules") / "r.pdf"), [], [])]
    )
    assert audited.exit_code == 0 and after_dashes.exit_code == 0
    assert engine.audited == ["r.pdf", "r.pdf"]


# ---------------------------------------------------------------------------------------- usage


def test_no_files_is_a_usage_error(engine):
    result = run()
    assert result.exit_code == 2
    assert "Usage: audit [OPTIONS] FILE..." in result.output and "audit check" not in result.output
    assert engine.calls == []


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_check_code_is_a_usage_error_naming_it(engine, option):
    result = run("r.pdf", option, "SUM,NOPE9")
    assert result.exit_code == 2
    assert "NOPE9" in result.output and option in result.output and "'SUM'" not in result.output
    assert engine.calls == []


def test_select_and_ignore_reach_the_engine(engine):
    result = run("r.pdf", "--select", "SUM, pct001", "--select", "share-mismatch", "--ignore", "SUM002")
    assert result.exit_code == 0, result.output
    assert engine.calls == [("r.pdf", ["SUM", "pct001", "share-mismatch"], ["SUM002"])]


def test_selection_that_leaves_no_check_is_a_usage_error(engine):
    result = run("r.pdf", "--select", "SUM", "--ignore", "SUM")
    assert result.exit_code == 2 and "no check to run" in result.output


def test_bad_option_values_are_usage_errors(engine):
    assert run("r.pdf", "--fail-on", "sometimes").exit_code == 2
    assert run("r.pdf", "--format", "xml").exit_code == 2


def test_help_shows_the_audit_options_and_the_commands():
    out = run("--help").output
    for text in ("--fail-on", "--select", "--no-table", "-r, --recursive", "--regime", "--rules", "rules"):
        assert text in out
    commands = [line.split()[0] for line in out.split("Commands:")[1].splitlines() if line.strip()]
    assert commands == ["explain", "packs", "rules"]  # the default command stays hidden


# ------------------------------------------------------------------------------ regimes and packs

GOOD_PACK = """
[pack]
id = "our-council"
title = "Our council's own procedure"
jurisdiction = "England"
stages = ["stage1", "stage2"]

[[timescale]]
stage = "stage1"
step = "response"
base = 15
unit = "working_days"
citation = "Our complaints policy, section 4"
source_url = "https://example.org/policy"
evidence = "V"
"""


def test_regime_option_is_passed_on_and_checked(engine):
    assert run("a.pdf", "--regime", "wales").exit_code == 0
    regime, offered = engine.regimes[-1]
    assert regime == "wales" and "england-children" in offered
    bad = run("a.pdf", "--regime", "narnia")
    assert bad.exit_code == 2 and "no rule pack is called 'narnia'" in bad.output and "wales" in bad.output
    assert len(engine.calls) == 1  # a bad --regime audits nothing


def test_rules_adds_a_pack_and_a_bad_pack_is_one_line(engine, tmp_path):
    pack = tmp_path / "ours.toml"
    pack.write_text(GOOD_PACK)
    assert run("a.pdf", "--rules", str(pack), "--regime", "our-council").exit_code == 0
    assert engine.regimes[-1] == ("our-council", sorted([*engine.regimes[-1][1]]))
    assert "our-council" in engine.regimes[-1][1]
    broken = tmp_path / "broken.toml"
    broken.write_text(GOOD_PACK.replace("base = 15", 'base = "fifteen"'))
    result = run("a.pdf", "--rules", str(broken))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(broken) in lines[0] and "timescale[1].base" in lines[0]


def test_config_file_sets_rules_and_regime(engine, tmp_path, monkeypatch):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "ours.toml").write_text(GOOD_PACK)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.report-auditor]\nrules = ["packs/ours.toml"]\nregime = "our-council"\nignore = ["CHG"]\n'
    )
    sub = tmp_path / "reports"
    sub.mkdir()
    monkeypatch.chdir(sub)  # found in a folder above
    assert run("a.pdf").exit_code == 0
    assert engine.regimes[-1][0] == "our-council" and engine.calls[-1][2] == ["CHG"]
    assert run("a.pdf", "--regime", "wales").exit_code == 0  # the command line wins
    assert engine.regimes[-1][0] == "wales"
    assert run("a.pdf", "--isolated").exit_code == 0
    assert engine.regimes[-1][0] is None


def test_bad_config_file_is_one_line(engine, tmp_path):
    config = tmp_path / "report-auditor.toml"
    config.write_text('regime = "wales"\ncolour = true\n')
    result = run("a.pdf", "--config", str(config))
    assert result.exit_code == 2 and "unknown key 'colour'" in result.output and str(config) in result.output
    assert not engine.calls


def test_packs_lists_the_built_in_regimes():
    out = run("packs").output
    for pack in ("england-children", "wales", "scotland-spso", "housing-ombudsman", "corporate-lgsco"):
        assert pack in out


def test_version():
    from auditor import __version__

    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_quiet_and_no_table(engine):
    engine.answers["r.pdf"] = with_findings(Severity.ERROR, path="r.pdf")
    out = run("r.pdf", "-q", "--no-table").stdout
    assert "SUM001" in out and "Rounding" not in out and "Communication" not in out


def test_colour_only_when_asked(engine):
    engine.answers["r.pdf"] = with_findings(Severity.ERROR, path="r.pdf")
    assert "\x1b[" not in run("r.pdf").stdout  # not a terminal
    assert "\x1b[" in run("r.pdf", "--color").stdout
    assert "\x1b[" not in run("r.pdf", "--no-color").stdout


# ------------------------------------------------------------------------------------------- json


def test_json_output_is_valid_and_has_the_documented_keys(engine):
    engine.answers["a.pdf"] = with_findings(Severity.ERROR, Severity.WARNING, path="a.pdf")
    engine.answers["bad.pdf"] = InputError("bad.pdf", "not a valid PDF")
    result = run("a.pdf", "bad.pdf", "c.pdf", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)  # stdout holds the JSON and nothing else
    assert set(data) == {"schema", "tool", "documents", "errors", "summary"}
    assert data["schema"] == "report-auditor/1"
    assert [d["path"] for d in data["documents"]] == ["a.pdf", "c.pdf"]
    assert data["errors"] == [{"path": "bad.pdf", "reason": "not a valid PDF"}]
    assert result.stderr.splitlines() == ["audit: error: bad.pdf: not a valid PDF"]
    doc = data["documents"][0]
    assert set(doc) >= {"path", "format", "pages", "rounding", "notes", "coverage", "findings"}
    assert set(doc["coverage"]) >= {"tables_found", "tables_understood", "tables_checked", "tables"}
    f = doc["findings"][0]
    assert set(f) >= {"code", "name", "severity", "message", "location", "published", "expected"}
    assert set(f) >= {"interval", "evidence", "confidence"}
    assert f["location"]["row_label"] == "Total" and f["published"] == "230" and f["expected"] == "245"
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 1
    assert data["summary"]["files"] == 3 and data["summary"]["unreadable_files"] == 1


def test_json_output_is_deterministic(engine):
    engine.answers["a.pdf"] = with_findings(Severity.ERROR, Severity.INFO, path="a.pdf")
    assert (
        run("a.pdf", "b.pdf", "--format", "json").stdout == run("a.pdf", "b.pdf", "--format", "json").stdout
    )


# --------------------------------------------------------------------------------- rules, explain


def test_rules_lists_every_check():
    checks = load_checks()
    out = run("rules").stdout
    assert all(c.code in out and c.name in out for c in checks)
    rows = json.loads(run("rules", "--format", "json").stdout)
    assert [r["code"] for r in rows] == [c.code for c in checks]
    assert rows[0] == {
        "code": checks[0].code,
        "name": checks[0].name,
        "severity": str(checks[0].severity),
        "summary": checks[0].summary(),
    }


@pytest.mark.parametrize("name", ["SUM001", "sum001", "column-total-mismatch", "Column-Total-Mismatch"])
def test_explain_prints_the_whole_doc(name):
    check = next(c for c in load_checks() if c.code == "SUM001")
    result = run("explain", name)
    assert result.exit_code == 0, result.output
    for line in check.doc().splitlines():
        assert line.rstrip() in result.stdout


def test_explain_unknown_code_exits_2_with_a_suggestion():
    result = run("explain", "XYZ999")
    assert result.exit_code == 2
    assert "no check is called 'XYZ999'" in result.stderr and "audit rules" in result.stderr
    assert "SUM001" in run("explain", "sum").stderr  # a prefix: the codes it could mean


# ------------------------------------------------------------------------------------ end to end


def test_real_engine_on_a_text_table(tmp_path):
    """The whole path once, with the real engine: a wrong total in a tab-separated table."""
    report = tmp_path / "report.txt"
    report.write_text("Table 1 - Themes\nTheme\tNo. received\nCommunication\t66\nService\t179\nTotal\t230\n")
    result = run(report, "--format", "json")
    assert result.exit_code == 1, result.output
    [f] = json.loads(result.stdout)["documents"][0]["findings"]
    assert (f["code"], f["published"], f["expected"]) == ("SUM001", "230", "245")


def test_claims_listing_and_json_items():
    sample = (
        Path(__file__).resolve().parents[1] / "sample_reports" / "harrow_childrens_complaints_2017_18.docx"
    )
    out = run(sample, "--claims", "--no-color", "--no-table")
    assert "Figures in the narrative" in out.output and "checked" in out.output and "unlinked" in out.output
    data = json.loads(run(sample, "--format", "json").output)
    claims = data["documents"][0]["claims"]
    assert claims["found"] == len(claims["items"]) > 0
    assert sum(i["status"] == "checked" for i in claims["items"]) == claims["checked"]
