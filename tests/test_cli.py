"""The audit command: exit codes, batches with bad files, selection, rules and explain."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor import cli

KENT_TABLE_11 = """Table 11 - Key themes and outcomes from complaints received – SEN
\tNo. received\tNo. Upheld/ part upheld\t% upheld/part upheld
Communication issues\t66\t53\t80%
Equalities and regulatory issues\t4\t3\t75%
Issues with service\t179\t137\t77%
Policy and procedure issues\t33\t21\t64%
Staff conduct\t4\t2\t50%
Total number of issues raised\t261\t216\t83%
"""

CLEAN = """Table 1 - Complaints by stage
Stage\tNumber\t% of total
Stage 1\t40\t80%
Stage 2\t10\t20%
Total\t50\t
"""

ROUNDING = """Table 1 - Rejected complaints
Reason\tNumber\t% of total
Duplicate complaint\t40\t13%
Representative not authorised\t53\t18%
Other reasons\t202\t68%
No. of complaints rejected\t295\t
"""


@pytest.fixture
def files(tmp_path):
    (tmp_path / "wrong.txt").write_text(KENT_TABLE_11, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "rounding.txt").write_text(ROUNDING, encoding="utf-8")
    (tmp_path / "empty.pdf").write_bytes(b"")
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def test_clean_file_exits_0(files):
    result = run(files / "clean.txt")
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_error_exits_1_and_names_the_cell(files):
    result = run(files / "wrong.txt", "--no-color")
    assert result.exit_code == 1
    assert "SUM001" in result.output
    assert "Total number of issues raised" in result.output and "286" in result.output


def test_fail_on_controls_the_exit_code(files):
    # 40/295 = 13.56%: printed 13% fits truncation only, a warning.
    assert run(files / "rounding.txt").exit_code == 0
    assert run(files / "rounding.txt", "--fail-on", "warning").exit_code == 1
    assert run(files / "wrong.txt", "--fail-on", "never").exit_code == 0


def test_batch_with_a_bad_file_audits_the_rest_and_exits_2(files):
    result = CliRunner().invoke(cli.main, [str(files / "empty.pdf"), str(files / "wrong.txt")])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [f"audit: error: {files / 'empty.pdf'}: empty file (0 bytes)"]
    assert "SUM001" in result.stdout


def test_directory_expands_to_supported_files(files):
    (files / "notes.xlsx").write_bytes(b"PK")
    result = run(files, "--format", "json")
    data = json.loads(result.stdout)
    paths = sorted(d["path"] for d in data["documents"]) + [e["path"] for e in data["errors"]]
    assert sorted(p.rsplit("/", 1)[-1] for p in paths) == [
        "clean.txt",
        "empty.pdf",
        "rounding.txt",
        "wrong.txt",
    ]


def test_unknown_select_code_is_a_usage_error(files):
    result = run(files / "clean.txt", "--select", "SUM,NOPE9")
    assert result.exit_code == 2
    assert "NOPE9" in result.output


def test_select_and_ignore(files):
    assert run(files / "wrong.txt", "--ignore", "SUM").exit_code == 0
    assert run(files / "wrong.txt", "--select", "SUM001").exit_code == 1


def test_no_files_is_a_usage_error():
    assert run().exit_code == 2


def test_json_has_the_documented_fields(files):
    data = json.loads(run(files / "wrong.txt", "--format", "json").stdout)
    assert data["schema"] == "report-auditor/1"
    doc = data["documents"][0]
    assert set(doc) >= {"path", "format", "pages", "rounding", "notes", "coverage", "findings"}
    assert set(doc["coverage"]) >= {"tables_found", "tables_understood", "tables_checked", "tables"}
    finding = doc["findings"][0]
    assert finding["code"] == "SUM001"
    assert finding["location"]["row_label"] == "Total number of issues raised"
    assert finding["published"] == "261" and finding["expected"] == "286"
    assert data["summary"]["errors"] == 1


def test_rules_lists_every_check():
    from auditor.checks.base import load_checks

    result = run("rules", "--format", "json")
    codes = [r["code"] for r in json.loads(result.output)]
    assert codes == [c.code for c in load_checks()]


def test_explain_prints_the_doc_and_rejects_unknown_codes():
    result = run("explain", "sum001")
    assert result.exit_code == 0 and "What it checks:" in result.output
    assert run("explain", "column-total-mismatch").exit_code == 0
    assert run("explain", "XYZ999").exit_code == 2
