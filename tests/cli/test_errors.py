"""CLI errors: one line on stderr whatever the terminal width, and never a library's English in Spanish."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_scan import EXE

# Words of Python's and Pillow's own messages that must not reach a Spanish user.
LIBRARY_ENGLISH = (
    "Is a directory",
    "Permission denied",
    "Expecting",
    "delimiter",
    "decompression bomb",
    "DOS attack",
    "must be",
    "roster person",
    "unknown role",
    "Errno",
    "Traceback",
)


def run_es(*args: str, columns: str = "40") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "es_MX.UTF-8", "LC_ALL": "", "COLUMNS": columns, "NO_COLOR": "1"}
    result = subprocess.run([EXE, *args, "--ui-lang", "es"], capture_output=True, env=env, timeout=120, check=False)
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def _one_spanish_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert not any(word in lines[0] for word in LIBRARY_ENGLISH), lines[0]
    return lines[0]


def test_a_long_error_is_one_line_at_forty_columns(tmp_path: Path) -> None:
    missing = tmp_path / ("carpeta-con-un-nombre-muy-largo-" * 4) / "publicacion-que-no-existe.txt"
    result = run_es("scan", "--file", str(missing))
    assert result.returncode == 4
    line = _one_spanish_line(result)
    assert str(missing) in line


def test_a_folder_given_as_file_is_said_in_spanish(tmp_path: Path) -> None:
    result = run_es("scan", "--file", str(tmp_path))
    assert result.returncode == 4
    assert "es una carpeta" in _one_spanish_line(result)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission_is_said_in_spanish(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("hola", encoding="utf-8")
    post.chmod(0)
    result = run_es("scan", "--file", str(post))
    assert "no tiene permiso" in _one_spanish_line(result)


@pytest.mark.parametrize(
    ("roster", "words"),
    [
        ('{"people": [{"name": "Ana",, }]}', "línea 1, columna"),
        ('{\n  "people": [\n    {"name": "Ana" "role": "child"}\n  ]\n}', "línea 3, columna"),
        ('{"people": [{"role": "child"}]}', "no tiene nombre"),
        ('{"people": [{"name": "Ana", "role": "jefa"}]}', "rol desconocido 'jefa' para Ana"),
        ('{"people": [{"name": "Ana", "aliases": [1, 2]}]}', "'aliases' de Ana debe ser una lista de textos"),
        ('{"people": {"name": "Ana"}}', "'people' debe ser una lista"),
        ('["Ana"]', "un roster es un objeto JSON"),
    ],
)
def test_roster_errors_are_in_spanish(tmp_path: Path, roster: str, words: str) -> None:
    path = tmp_path / "roster.json"
    path.write_text(roster, encoding="utf-8")
    result = run_es("scan", "--roster", str(path), "hola")
    assert result.returncode == 4
    line = _one_spanish_line(result)
    assert "El roster" in line and words in line


def test_a_decompression_bomb_is_refused_in_spanish(tmp_path: Path) -> None:
    from PIL import Image

    bomb = tmp_path / "bomba.png"
    Image.new("1", (20_000, 20_000)).save(bomb)  # 400 megapixels, a few kilobytes
    result = run_es("photo", str(bomb), "--out-dir", str(tmp_path / "out"))
    assert result.returncode == 4
    line = _one_spanish_line(result)
    assert "demasiado grande (400 MP)" in line
