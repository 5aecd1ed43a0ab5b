"""Rule packs: the built-in packs load and say what the regulations say; bad packs fail with one clear line;
a user's pack loads; and the built-in packs reach an installed wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from datetime import date
from pathlib import Path

import pytest

from auditor.model import Severity
from auditor.packs import (
    EVIDENCE,
    PackError,
    available_packs,
    builtin_packs,
    builtin_rules_dir,
    canonical_stage,
    canonical_term,
    load_pack,
    timescale_for,
)

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_IDS = [
    "corporate-lgsco",
    "england-adults-nhs",
    "england-children",
    "housing-ombudsman",
    "scotland-spso",
    "wales",
]


@pytest.fixture(scope="module")
def packs():
    return {pack.id: pack for pack in builtin_packs()}


# ------------------------------------------------------------------------------------------ built-in packs


def test_every_builtin_pack_loads(packs):
    assert sorted(packs) == BUILTIN_IDS
    assert builtin_rules_dir() == ROOT / "rules"  # a source checkout reads rules/ directly


def test_every_fact_is_cited_and_marked(packs):
    for pack in packs.values():
        assert pack.legislation, pack.id
        for ts in pack.timescales:
            assert ts.citation and ts.source_url.startswith("http")
            assert {ts.evidence, ts.extension_evidence, ts.citation_evidence} <= set(EVIDENCE)


def test_england_children_stage2_response(packs):
    ts = timescale_for(packs["england-children"], "stage2", "response", date(2024, 4, 1))
    assert (ts.base, ts.maximum, ts.unit) == (25, 65, "working_days")
    assert "reg 17" in ts.citation
    assert ts.citation_evidence == "U"  # the paragraph numbers of reg 17 were not read


def test_england_children_stage3_facts_read_in_the_regulations(packs):
    children = packs["england-children"]
    panel = timescale_for(children, "Review Panel", "panel", date(2024, 4, 1))
    assert (panel.base, panel.citation, panel.evidence) == (30, "SI 2006/1738 reg 19(4)", "V")
    request = timescale_for(children, "stage3", "request", date(2024, 4, 1))
    assert request.evidence == "U" and request.weakest_evidence == "U"


def test_england_children_stage1_has_a_ten_day_extension(packs):
    ts = timescale_for(packs["england-children"], "Local Resolution", "response", date(2019, 4, 1))
    assert (ts.base, ts.extension, ts.maximum) == (10, 10, 20)


def test_adults_nhs_sets_no_response_deadline(packs):
    adults = packs["england-adults-nhs"]
    assert timescale_for(adults, "stage1", "response", date(2024, 4, 1)) is None
    assert timescale_for(adults, "stage1", "acknowledge", date(2024, 4, 1)).base == 3
    delay = timescale_for(adults, "stage1", "delay_explanation", date(2024, 4, 1))
    assert (delay.base, delay.unit) == (6, "months")
    assert adults.checks.severity["local-target-as-statutory"] is Severity.WARNING


@pytest.mark.parametrize("day", [date(2024, 4, 1), date(2025, 3, 31)])
def test_housing_2024_code_for_a_2024_25_report(packs, day):
    ts = timescale_for(packs["housing-ombudsman"], "stage1", "response", day)
    assert ts.version == "2024"
    assert (ts.base, ts.extension, ts.unit, ts.clock_starts) == (10, 10, "working_days", "acknowledgement")
    stage2 = timescale_for(packs["housing-ombudsman"], "stage2", "response", day)
    assert (stage2.base, stage2.extension, stage2.maximum) == (20, 20, 40)


@pytest.mark.parametrize(("day", "version"), [(date(2021, 4, 1), "2020"), (date(2023, 9, 30), "2022")])
def test_housing_pre_2024_code_for_earlier_reports(packs, day, version):
    housing = packs["housing-ombudsman"]
    ts = timescale_for(housing, "stage1", "response", day)
    assert ts.version == version and ts.clock_starts == "receipt"
    assert timescale_for(housing, "stage2", "response", day).extension == 10
    assert not housing.version(version).statutory and housing.version("2024").statutory


def test_no_timescale_before_a_regime_began(packs):
    assert timescale_for(packs["housing-ombudsman"], "stage1", "response", date(2019, 4, 1)) is None
    assert timescale_for(packs["wales"], "stage2", "response", date(2013, 4, 1)) is None
    corporate = packs["corporate-lgsco"]
    assert timescale_for(corporate, "stage1", "response", date(2025, 4, 1)) is None  # local policy then
    assert timescale_for(corporate, "stage1", "response", date(2026, 4, 1)).base == 10


def test_timescale_for_rejects_an_unknown_step_or_stage(packs):
    with pytest.raises(ValueError, match="unknown step"):
        timescale_for(packs["wales"], "stage1", "reply", date(2024, 4, 1))
    with pytest.raises(ValueError, match="not a stage"):
        timescale_for(packs["wales"], "Stage 9", "response", date(2024, 4, 1))


# ------------------------------------------------------------------------------------------ vocabulary


@pytest.mark.parametrize(
    ("label", "stage"),
    [
        ("Local Resolution", "stage1"),
        ("Step 1", "stage1"),
        ("Informal stage", "stage1"),
        ("Stage One", "stage1"),
        ("STAGE I", "stage1"),
        ("1st stage", "stage1"),
        ("First Stage", "stage1"),
        ("Stage1", "stage1"),
        ("Step 2", "stage2"),
        ("Stage II", "stage2"),
        ("Independent Investigation", "stage2"),
        ("Formal investigation", "stage2"),
        ("Stage 2 – Independent Investigation", "stage2"),  # en dash
        ("Stage 2 (65 working days)", "stage2"),
        ("Stage Three", "stage3"),
        ("Review Panel", "stage3"),
        ("LGSCO", "ombudsman"),
        ("LGO", "ombudsman"),
        ("Local Government and Social Care Ombudsman", "ombudsman"),
        ("Stage 1 and Stage 2", None),  # ambiguous
        ("Member Enquiry", None),  # not a stage
        ("Stage 4", None),
    ],
)
def test_canonical_stage(packs, label, stage):
    assert canonical_stage(label, packs["england-children"]) == stage


def test_canonical_term_for_non_stage_vocabulary(packs):
    children = packs["england-children"]
    assert canonical_term("Members’ Enquiries", children) == "enquiry"
    assert canonical_term("Member enquiry", children) == "enquiry"
    assert canonical_term("Representations", children) == "representation"
    assert canonical_term("Upheld in part", children) == "partly_upheld"
    assert canonical_term("Not upheld", children) == "not_upheld"  # longer than "upheld"


def test_vocabulary_is_regime_specific(packs):
    assert canonical_stage("Frontline resolution", packs["scotland-spso"]) == "stage1"
    assert canonical_stage("Investigation", packs["scotland-spso"]) == "stage2"
    assert canonical_stage("PSOW", packs["wales"]) == "ombudsman"
    assert canonical_stage("Final response", packs["housing-ombudsman"]) == "stage2"
    assert canonical_term("Service request", packs["housing-ombudsman"]) == "enquiry"


# ------------------------------------------------------------------------------------------ bad packs

GOOD = """\
[pack]
id = "my-council"
title = "My council's corporate complaints"
jurisdiction = "England"
stages = ["stage1", "stage2"]
applies_from = 2020-04-01

[[pack.legislation]]
title = "Corporate complaints policy"
citation = "Policy v3"
source_url = "https://example.org/policy"
evidence = "S"

[[timescale]]
stage = "stage1"
step = "response"
base = 15
extension = 5
maximum = 20
unit = "working_days"
citation = "Policy v3, para 4"
source_url = "https://example.org/policy"
evidence = "S"

[[timescale]]
stage = "stage2"
step = "response"
base = 25
unit = "working_days"
citation = "Policy v3, para 5"
source_url = "https://example.org/policy"
evidence = "S"

[vocabulary]
stage1 = ["Stage 1", "Service review"]
stage2 = ["Stage 2", "Director review"]

[detection.phrases]
"My council" = 5

[checks]
enable = ["SUM", "TIM"]

[checks.severity]
timescale-label-mismatch = "warning"
"""


def write(tmp_path: Path, text: str, name: str = "my-pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_pack_loads(tmp_path):
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.id == "my-council"
    assert canonical_stage("Director Review", pack) == "stage2"
    ts = timescale_for(pack, "Stage 1", "response", date(2024, 4, 1))
    assert (ts.base, ts.maximum, ts.applies_from) == (15, 20, date(2020, 4, 1))  # dates from the pack
    assert pack.checks.severity["timescale-label-mismatch"] is Severity.WARNING
    assert pack.checks.unverified_cap is Severity.WARNING


def test_a_user_pack_can_replace_a_builtin_one(tmp_path):
    path = write(tmp_path, GOOD.replace('id = "my-council"', 'id = "corporate-lgsco"'))
    packs = {p.id: p for p in available_packs([path])}
    assert sorted(packs) == BUILTIN_IDS
    assert packs["corporate-lgsco"].path == path


def test_two_user_packs_with_one_id_fail(tmp_path):
    first, second = write(tmp_path, GOOD, "a.toml"), write(tmp_path, GOOD, "b.toml")
    with pytest.raises(PackError, match=r"b\.toml: pack\.id: 'my-council' is also the id of .*a\.toml"):
        available_packs([first, second])


BAD = [
    # (what is wrong, the change to GOOD, the key path the error names, words in the problem)
    (
        "unknown key",
        ("base = 15\n", "base = 15\nmaximun = 20\n"),
        "timescale[1].maximun",
        "did you mean 'maximum'",
    ),
    ("unknown table", ("[vocabulary]", "[vocab]\n[vocabulary]"), "vocab", "unknown key"),
    ("wrong type", ("base = 15", 'base = "15"'), "timescale[1].base", "must be an integer, not a string"),
    (
        "boolean as number",
        ("base = 25", "base = true"),
        "timescale[2].base",
        "must be an integer, not a boolean",
    ),
    ("missing citation", ('citation = "Policy v3, para 5"\n', ""), "timescale[2].citation", "missing"),
    (
        "bad evidence",
        ('evidence = "S"\n\n[vocabulary]', 'evidence = "Verified"\n\n[vocabulary]'),
        "timescale[2].evidence",
        "not one of V, S, U",
    ),
    (
        "bad unit",
        ('base = 25\nunit = "working_days"', 'base = 25\nunit = "weeks"'),
        "timescale[2].unit",
        "'weeks' is not one of working_days, calendar_days, months",
    ),
    (
        "maximum below base",
        ("maximum = 20", "maximum = 12"),
        "timescale[1].maximum",
        "12 is less than base 15",
    ),
    (
        "extension past maximum",
        ("extension = 5", "extension = 10"),
        "timescale[1].extension",
        "exceeds maximum",
    ),
    (
        "dates reversed",
        ("base = 25\n", "base = 25\napplies_from = 2024-04-01\napplies_to = 2023-03-31\n"),
        "timescale[2].applies_to",
        "is before applies_from",
    ),
    (
        "impossible date",
        ("applies_from = 2020-04-01", 'applies_from = "2020-02-30"'),
        "pack.applies_from",
        "not a real date",
    ),
    (
        "date-time",
        ("applies_from = 2020-04-01", "applies_from = 2020-04-01T09:00:00"),
        "pack.applies_from",
        "must be a date such as 2024-04-01, not a date-time",
    ),
    (
        "before the pack",
        ("base = 25\n", "base = 25\napplies_from = 2019-04-01\n"),
        "timescale[2].applies_from",
        "before the pack starts",
    ),
    ("unknown stage", ('stage = "stage2"', 'stage = "stage 2"'), "timescale[2].stage", "is not one of"),
    (
        "stage not in the pack",
        ('stage = "stage2"', 'stage = "stage3"'),
        "timescale[2].stage",
        "not in pack.stages",
    ),
    (
        "unknown version",
        ('stage = "stage2"', 'version = "2024"\nstage = "stage2"'),
        "timescale[2].version",
        "is no [[code_version]] id",
    ),
    (
        "overlap",
        ('stage = "stage2"', 'stage = "stage1"'),
        "timescale[2]",
        "stage1 response overlaps timescale[1]",
    ),
    (
        "synonym under two terms",
        ('"Director review"]', '"Director review", "stage one"]'),
        "vocabulary.stage2",
        "'stage one' is also a synonym of 'stage1'",
    ),
    (
        "stage without vocabulary",
        ('stage2 = ["Stage 2", "Director review"]\n', ""),
        "vocabulary.stage2",
        "is missing",
    ),
    ("bad pack id", ('id = "my-council"', 'id = "My Council"'), "pack.id", "is not kebab-case"),
    (
        "bad url",
        (
            'source_url = "https://example.org/policy"\nevidence = "S"\n\n[[timescale]]',
            'source_url = "example.org"\nevidence = "S"\n\n[[timescale]]',
        ),
        "pack.legislation[1].source_url",
        "is not an http(s) address",
    ),
    (
        "bad family",
        ('enable = ["SUM", "TIM"]', 'enable = ["SUM", "TIME"]'),
        "checks.enable[2]",
        "'TIME' is not one",
    ),
    (
        "bad severity",
        ('= "warning"', '= "fatal"'),
        "checks.severity.timescale-label-mismatch",
        "'fatal' is not one of error, warning, info",
    ),
    (
        "zero weight",
        ('"My council" = 5', '"My council" = 0'),
        'detection.phrases."My council"',
        "must be more than 0, not 0",
    ),
    ("no [pack] header", ("[pack]\n", "[pak]\n"), "pack.id", "is missing (required)"),
]


@pytest.mark.parametrize(("what", "change", "key", "problem"), BAD, ids=[case[0] for case in BAD])
def test_a_bad_pack_names_file_key_and_problem(tmp_path, what, change, key, problem):
    old, new = change
    assert old in GOOD, what
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(PackError) as caught:
        load_pack(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert problem in message, message
    assert "\n" not in message
    assert caught.value.path == str(path) and caught.value.key == key


def test_not_toml_or_not_there(tmp_path):
    with pytest.raises(PackError, match=r"bad\.toml: is not valid TOML: .*line 1"):
        load_pack(write(tmp_path, "[pack\n", "bad.toml"))
    with pytest.raises(PackError, match=r"absent\.toml: cannot be read"):
        load_pack(tmp_path / "absent.toml")
    with pytest.raises(PackError, match=r"empty\.toml: pack: is missing \(required\)"):
        load_pack(write(tmp_path, "[vocabulary]\nstage1 = ['Stage 1']\n", "empty.toml"))


# ------------------------------------------------------------------------------------------ packaging


def test_every_package_folder_is_listed_for_the_wheel():
    """pyproject lists packages by hand (so that auditor._rules can map onto rules/); keep it complete."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "auditor").rglob("__init__.py")
    }
    missing = folders - set(config["packages"])
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert config["package-dir"]["auditor._rules"] == "rules"


def test_an_installed_wheel_finds_the_builtin_packs(tmp_path):
    """Build a wheel from a copy of the project, unpack it as an installer would, and load its packs."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("auditor", "rules"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path / "dist")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if build.returncode and "No matching distribution" in build.stderr + build.stdout:
        pytest.skip("the build backend could not be fetched from the package index")
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    shipped = sorted(n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("auditor/_rules/"))
    assert shipped == [f"auditor/_rules/{p.name}" for p in sorted((ROOT / "rules").glob("*.toml"))]

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import auditor.packs as m; "
        "print(m.__file__); print(m.builtin_rules_dir()); print(','.join(p.id for p in m.builtin_packs()))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe, str(site)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert run.returncode == 0, run.stderr
    module, rules_dir, ids = run.stdout.split()
    assert Path(module).is_relative_to(site)
    assert Path(rules_dir) == site / "auditor" / "_rules"
    assert ids.split(",") == BUILTIN_IDS
