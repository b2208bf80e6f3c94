"""The face model ships inside resguardo and is refused unless it is the tested file: `pip install resguardo`
alone gives the whole photo engine."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from resguardo.engine.messages import photo_error_text
from resguardo.engine.photo import PhotoError, faces

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ("resguardo/models/faces/centerface.onnx", "resguardo/models/faces/LICENSE-centerface.txt")


def test_the_shipped_weights_are_the_recorded_file() -> None:
    assert hashlib.sha256(faces.MODEL_FILE.read_bytes()).hexdigest() == faces.MODEL_SHA256
    license_text = (faces.MODEL_FILE.parent / "LICENSE-centerface.txt").read_text(encoding="utf-8")
    assert "MIT License" in license_text and faces.MODEL_SHA256 in license_text


def test_a_missing_or_changed_model_file_is_refused_in_both_languages(tmp_path: Path) -> None:
    changed = tmp_path / "centerface.onnx"
    changed.write_bytes(faces.MODEL_FILE.read_bytes()[:-1] + b"\x00")
    for path in (tmp_path / "absent.onnx", changed):
        with pytest.raises(PhotoError) as err:
            faces.FaceDetector(model=path)
        assert err.value.code == "face_model_missing" and err.value.detail == str(path)
        english, spanish = photo_error_text(err.value, "en"), photo_error_text(err.value, "es")
        assert "shipped with resguardo" in english and "SHA-256" in english and "reinstall resguardo" in english
        assert "SHA-256" in spanish and "reinstale resguardo" in spanish and str(path) in spanish


def test_the_wheel_carries_the_model_and_an_installed_copy_finds_a_face(tmp_path: Path) -> None:
    """Build the wheel from a copy of the project, install it alone (--no-deps) into a fresh virtualenv
    and run the face detector from there; the other dependencies come from this virtualenv's
    site-packages on PYTHONPATH, where resguardo itself is only an editable .pth (not read from PYTHONPATH)."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", ".", "--no-deps", "-w", str(tmp_path / "dist")], cwd=project, env=env, check=True)
    [wheel] = (tmp_path / "dist").glob("resguardo-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert set(SHIPPED) <= names
        onnx = archive.read(SHIPPED[0])
    assert hashlib.sha256(onnx).hexdigest() == faces.MODEL_SHA256

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], env=env, check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)], env=env, check=True
    )
    script = (
        "import resguardo, numpy as np\n"
        "from skimage import data\n"
        "from resguardo.engine.photo.faces import FaceDetector\n"
        "print(resguardo.__file__)\n"
        "print(len(FaceDetector().detect(np.ascontiguousarray(data.astronaut()))))\n"
    )
    deps = sysconfig.get_paths()["purelib"]
    out = subprocess.run(
        [str(python), "-c", script],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": deps},
        capture_output=True,
        text=True,
        check=True,
    )
    location, found = out.stdout.split()
    assert Path(location).is_relative_to(venv) and found == "1"
