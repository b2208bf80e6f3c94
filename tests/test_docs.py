"""Docs that must keep up with the code."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def pinned_packages() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    return {re.split(r"[=<>!~\[ ]", s, maxsplit=1)[0].lower() for s in specs}


def test_every_dependency_has_its_license_listed() -> None:
    listed = (ROOT / "docs" / "dependencies.md").read_text(encoding="utf-8").lower()
    missing = sorted(p for p in pinned_packages() if f"| {p} |" not in listed)
    assert missing == []


def test_readme_first_screen_gives_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:40])
    assert "make run" in first_screen and "make test" in first_screen


def test_every_detector_is_described_in_the_model_card_or_readme() -> None:
    from resguardo.engine.detectors import REGISTRY

    text = (ROOT / "README.md").read_text(encoding="utf-8") + (
        ROOT / "src" / "resguardo" / "models" / "MODEL_CARD.md"
    ).read_text(encoding="utf-8")
    assert [name for name in REGISTRY if name not in text] == []
