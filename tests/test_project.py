"""The project as a whole: README, packaging, conda file, code quality, light imports."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

import newskit as nk
from tests.conftest import ARTICLES, ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _fenced(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    # every ```python block runs, in order, in one namespace (```py blocks need a cluster)
    example = "\n".join(_fenced("python"))
    exec(compile(example, "README.md", "exec"), {})
    # (the headline's non-breaking space is shown as a plain one in the README)
    printed = capsys.readouterr().out.replace("\xa0", " ").splitlines()
    # the README shows these results in comments: they must be what the code prints
    expected = [line.split("# ")[-1].strip() for line in example.splitlines() if "print(" in line]
    assert printed == expected


def test_readme_two_commands_and_ci_agree() -> None:
    commands = [block.strip() for block in _fenced("bash")]
    run, test = commands[0], commands[1]
    assert (
        "pip install -e ." in run
        and "newskit report data/articles/asma-al-assad-interview.txt" in run
    )
    assert "jupyter lab notebooks/01_article_at_a_glance.ipynb" in run
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def _names(requirements: list[str]) -> dict[str, str]:
    parsed = [Requirement(r) for r in requirements]
    return {r.name.lower(): str(r.specifier) for r in parsed}


def test_environment_yml_matches_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda: list[str] = []
    pip: list[str] = []
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.extend(item["pip"])
        else:
            conda.append(item)
    assert "-e ." in pip
    listed = _names(
        [d for d in conda if not d.startswith(("python", "pip"))] + [p for p in pip if p != "-e ."]
    )
    assert listed == _names(project["dependencies"])
    assert [d for d in conda if d.startswith("python")] == [f"python{project['requires-python']}"]


def test_every_public_name_is_documented_with_an_example() -> None:
    missing = []
    for name in nk.__all__:
        value = getattr(nk, name)
        if not (inspect.isfunction(value) or inspect.isclass(value)):
            continue
        if ">>>" not in (inspect.getdoc(value) or ""):
            missing.append(name)
    assert missing == []


def test_import_newskit_stays_light() -> None:
    heavy = "('matplotlib', 'ipywidgets', 'IPython')"
    code = f"import sys, newskit; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_network_or_download_in_the_package() -> None:
    network = {"urllib", "http", "socket", "requests", "ftplib", "ssl"}
    for path in (ROOT / "newskit").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & network, path
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in network, path
            if isinstance(node, ast.Attribute):
                assert node.attr != "download", path


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "newskit", "tests", "benchmarks"],
        ["ruff", "format", "--check", "newskit", "tests", "benchmarks"],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_code_quality(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_sample_articles_are_documented() -> None:
    documented = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for path in ARTICLES.iterdir():
        assert f"`{path.name}`" in documented


def test_seed_article_is_the_original() -> None:
    original = ROOT.parent / "shared" / "seed" / "article.txt"
    if not original.exists():
        pytest.skip("the project brief's shared/ folder is not beside this checkout")
    assert SEED.read_bytes() == original.read_bytes()


def test_package_data_is_installed() -> None:
    data = Path(nk.__file__).parent / "data"
    assert {p.name for p in data.glob("*.txt")} == {"stopwords_en.txt", "stopwords_news.txt"}
