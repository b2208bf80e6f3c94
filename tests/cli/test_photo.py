"""``resguardo photo`` through the real entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from .test_scan import run


def photo_with_gps(path: Path) -> None:
    image = Image.new("RGB", (320, 240), "teal")
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (19.0, 25.0, 0.0), "W", (99.0, 8.0, 0.0)
    image.save(path, "JPEG", exif=exif)


def test_photo_writes_a_clean_copy_and_a_json_report(tmp_path: Path) -> None:
    source = tmp_path / "IMG_0412.jpg"
    photo_with_gps(source)
    before = source.read_bytes()
    result = run("photo", str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["gps"]["latitude"] == 19.41667 or round(report["gps"]["latitude"], 3) == 19.417
    output = Path(report["output"])
    assert output == tmp_path / "IMG_0412.resguardo.jpg"
    assert not Image.open(io.BytesIO(output.read_bytes())).getexif()
    assert source.read_bytes() == before  # the original is untouched


def test_a_folder_with_a_bad_file_sanitizes_the_rest_and_says_which_failed(tmp_path: Path) -> None:
    photos = tmp_path / "fotos"
    photos.mkdir()
    photo_with_gps(photos / "a.jpg")
    (photos / "b.png").write_bytes(b"not really a png")
    out = tmp_path / "limpias"
    result = run("photo", str(photos), "--out-dir", str(out), "--ui-lang", "es")
    assert result.returncode == 4
    assert "b.png: no es una imagen" in result.stderr
    assert (out / "a.resguardo.jpg").is_file() and not (out / "b.resguardo.jpg").exists()
    assert "ubicación" in result.stdout


def test_the_original_is_never_overwritten_unless_asked(tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    photo_with_gps(source)
    before = source.read_bytes()
    refused = run("photo", str(source), "-o", str(source))
    assert refused.returncode == 4 and "overwrite" in refused.stderr and source.read_bytes() == before
    allowed = run("photo", str(source), "-o", str(source), "--overwrite")
    assert allowed.returncode == 0 and not Image.open(source).getexif()


def test_missing_photo_is_one_clear_line(tmp_path: Path) -> None:
    result = run("photo", str(tmp_path / "nope.jpg"))
    assert result.returncode == 4 and "Not found" in result.stderr and "Traceback" not in result.stderr


def test_same_named_photos_get_distinct_outputs_and_outputs_are_not_reprocessed(tmp_path: Path) -> None:
    photos = tmp_path / "export"
    photos.mkdir()
    photo_with_gps(photos / "IMG_0412.jpg")
    Image.new("RGB", (64, 48), "red").save(photos / "IMG_0412.png")
    first = run("photo", str(photos), "--format", "json")
    outputs = [json.loads(line)["output"] for line in first.stdout.splitlines()]
    assert first.returncode == 0 and len(set(outputs)) == 2
    again = run("photo", str(photos), "--format", "json")
    assert len(again.stdout.splitlines()) == 2  # the .resguardo files were not taken as inputs


def test_unwritable_output_and_empty_folder_are_clear_errors(tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    photo_with_gps(source)
    missing_dir = run("photo", str(source), "-o", str(tmp_path / "nodir" / "x.jpg"))
    assert (
        missing_dir.returncode == 4
        and "Could not write" in missing_dir.stderr
        and "Traceback" not in missing_dir.stderr
    )
    empty = tmp_path / "vacia"
    empty.mkdir()
    none = run("photo", str(empty), "--ui-lang", "es")
    assert none.returncode == 4 and "No se encontraron fotos" in none.stderr


def test_output_format_follows_the_o_extension(tmp_path: Path) -> None:
    source = tmp_path / "a.jpg"
    photo_with_gps(source)
    target = tmp_path / "clean.png"
    assert run("photo", str(source), "-o", str(target)).returncode == 0
    assert Image.open(target).format == "PNG"
