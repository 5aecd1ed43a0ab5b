"""--previous: this report's prior-year figures against last year's report (file or folder)."""

from __future__ import annotations

from click.testing import CliRunner

from auditor.cli import main
from auditor.engine import audit

LAST_YEAR = """Northshire Council children's social care complaints annual report 2022/23

Table 1 – Complaints handled at each stage
Stage\t2021/22\t2022/23
Stage 1 – Local Resolution\t101\t92
Stage 2 – Independent Investigation\t14\t12
"""

THIS_YEAR = """Northshire Council children's social care complaints annual report 2023/24

Table 1 – Complaints handled at each stage
Stage\t2022/23\t2023/24
Stage 1 – Local Resolution\t{s1}\t87
Stage 2 – Independent Investigation\t12\t11
"""


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text)
    return path


def codes(result):
    return [(f.code, str(f.severity), f.location.row, f.location.col) for f in result.findings]


def test_a_silent_restatement_is_a_warning_naming_both_reports(tmp_path):
    last = write(tmp_path, "2022_23.txt", LAST_YEAR)
    this = write(tmp_path, "2023_24.txt", THIS_YEAR.format(s1=94))
    result = audit(this, previous=last)
    assert codes(result) == [("XDC001", "warning", 1, 1)]
    message = result.findings[0].message
    assert "94" in message and "92" in message and str(last) in message and "without saying so" in message


def test_a_restatement_the_report_admits_is_information(tmp_path):
    last = write(tmp_path, "2022_23.txt", LAST_YEAR)
    text = (
        THIS_YEAR.format(s1=94) + "\nThe 2022/23 Stage 1 figure has been restated: late-logged complaints.\n"
    )
    result = audit(write(tmp_path, "2023_24.txt", text), previous=last)
    assert codes(result) == [("XDC001", "info", 1, 1)]


def test_matching_prior_year_figures_say_nothing_but_are_noted(tmp_path):
    last = write(tmp_path, "2022_23.txt", LAST_YEAR)
    result = audit(write(tmp_path, "2023_24.txt", THIS_YEAR.format(s1=92)), previous=last)
    assert codes(result) == []
    assert any("prior-year figures compared with" in n for n in result.notes)
    assert result.coverage[0].checks_run >= 2


def test_a_folder_supplies_the_report_for_the_year_before(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    write(
        folder,
        "2021_22.txt",
        LAST_YEAR.replace("2022/23", "2021/22").replace("2021/22\t2021/22", "2020/21\t2021/22"),
    )
    write(folder, "2022_23.txt", LAST_YEAR)
    this = write(folder, "2023_24.txt", THIS_YEAR.format(s1=94))
    result = audit(this, previous=folder)
    assert codes(result) == [("XDC001", "warning", 1, 1)] and "2022_23.txt" in result.findings[0].message


def test_cli_previous_and_a_missing_year(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    this = write(folder, "2023_24.txt", THIS_YEAR.format(s1=94))
    out = CliRunner().invoke(main, [str(this), "--previous", str(folder), "--no-color"])
    assert out.exit_code == 0 and "no report for the year before" in out.output
    last = write(tmp_path, "last.txt", LAST_YEAR)
    out = CliRunner().invoke(main, [str(this), "--previous", str(last), "--no-color", "--fail-on", "warning"])
    assert out.exit_code == 1 and "XDC001" in out.output
    out = CliRunner().invoke(main, [str(this), "--previous", str(tmp_path / "nope.pdf")])
    assert out.exit_code == 2 and "nope.pdf" in out.output
