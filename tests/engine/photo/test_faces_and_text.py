"""Faces and identifying text are blurred past recognition; the manual override works."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from skimage import data as skdata

from resguardo.engine import Roster, RosterPerson
from resguardo.engine.photo import PhotoSanitizer, Region

from .conftest import scene


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def test_a_face_is_found_and_blurred_irreversibly(sanitizer: PhotoSanitizer) -> None:
    original = Image.fromarray(skdata.astronaut())
    result = sanitizer.sanitize(jpeg(original), blur_text="none")
    [face] = result.report.faces
    assert face.blurred and face.region.height >= 90
    out = np.asarray(Image.open(io.BytesIO(result.data)).convert("RGB")).astype(int)
    r = face.region
    before = np.asarray(original).astype(int)[r.y : r.y + r.height, r.x : r.x + r.width]
    after = out[r.y : r.y + r.height, r.x : r.x + r.width]
    assert np.abs(before - after).mean() > 12  # the pixels really changed
    assert sanitizer.faces.detect(out.astype(np.uint8)) == []  # and no detector finds a face there now


def test_keep_and_extra_regions_override_the_detector(sanitizer: PhotoSanitizer) -> None:
    raw = jpeg(Image.fromarray(skdata.astronaut()))
    keep = sanitizer.sanitize(raw, blur_text="none", keep_regions=[Region(150, 30, 150, 180)])
    assert [f.blurred for f in keep.report.faces] == [False]
    extra = Region(400, 400, 80, 80)
    more = sanitizer.sanitize(raw, blur_text="none", blur_faces=False, extra_regions=[extra])
    before = np.asarray(Image.open(io.BytesIO(raw)).convert("RGB")).astype(int)[400:480, 400:480]
    after = np.asarray(Image.open(io.BytesIO(more.data)).convert("RGB")).astype(int)[400:480, 400:480]
    assert np.abs(before - after).mean() > 5 and more.report.extra_regions == [extra]


def test_school_name_is_blurred_and_unreadable_after(sanitizer: PhotoSanitizer) -> None:
    result = sanitizer.sanitize(jpeg(scene(text="Escuela Primaria Benito Juárez")), blur_faces=False)
    [line] = [t for t in result.report.text if "Escuela" in t.text]
    assert line.blurred and "SCHOOL" in line.findings
    again = sanitizer.reader.read(np.asarray(Image.open(io.BytesIO(result.data)).convert("RGB")))
    assert not any("Escuela" in text or "Benito" in text for _region, text, _score in again)


def test_harmless_text_stays_unless_all_text_is_asked_for(sanitizer: PhotoSanitizer) -> None:
    raw = jpeg(scene(text="Feliz cumpleaños"))
    findings = sanitizer.sanitize(raw, blur_faces=False)
    assert findings.report.text and not any(t.blurred for t in findings.report.text)
    everything = sanitizer.sanitize(raw, blur_faces=False, blur_text="all")
    assert everything.report.text and all(t.blurred for t in everything.report.text)


def test_a_roster_name_on_a_jersey_is_blurred() -> None:
    roster = Roster([RosterPerson(name="Tyrell Jackson", role="child")])
    sanitizer = PhotoSanitizer(roster=roster)
    result = sanitizer.sanitize(jpeg(scene(text="JACKSON 7")), blur_faces=False)
    assert any(t.blurred and "PERSON" in t.findings for t in result.report.text), result.report.text


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied_before_anything_else(sanitizer: PhotoSanitizer, orientation: int) -> None:
    image = Image.new("RGB", (120, 60), "white")
    image.paste((255, 0, 0), (0, 0, 30, 30))  # a red corner shows where "up" went
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "PNG", exif=exif)
    expected = __import__("PIL.ImageOps", fromlist=["exif_transpose"]).exif_transpose(
        Image.open(io.BytesIO(buffer.getvalue()))
    )
    result = sanitizer.sanitize(buffer.getvalue(), blur_faces=False, blur_text="none")
    out = Image.open(io.BytesIO(result.data))
    assert out.size == expected.size
    assert np.array_equal(np.asarray(out.convert("RGB")), np.asarray(expected.convert("RGB")))


def test_sanitize_photo_is_the_one_call_api(tmp_path: object) -> None:
    from resguardo.engine.photo import sanitize_photo

    raw = jpeg(Image.fromarray(skdata.astronaut()))
    result = sanitize_photo(raw, blur_text="none")
    assert result.format == "JPEG" and [f.blurred for f in result.report.faces] == [True]
