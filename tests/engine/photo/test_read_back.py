"""What was pixelated cannot be read back by machine: the sanitized file goes through the same face
detector and OCR, and finds neither the children's faces nor the name on a jersey."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance
from rapidfuzz import fuzz
from skimage import data as skdata

from resguardo.engine import Roster, RosterPerson
from resguardo.engine.photo import PhotoSanitizer, Region
from resguardo.engine.photo.blur import FACE_MARGIN, expand, face_cell, text_cell
from resguardo.engine.photo.ocr import reads_letters
from resguardo.engine.photo.sanitize import faces_found_again

from .conftest import font

# The astronaut's face in scikit-image's photo (x, y, width, height), measured once.
ASTRONAUT_FACE = (180, 55, 92, 125)


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def shown(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def jersey(name: str, size: int, shirt: str, ink: str) -> Image.Image:
    """A team shirt filling most of the frame, the surname and number printed across the back."""
    image = Image.new("RGB", (960, 540), (70, 110, 60))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((120, 40, 840, 540), radius=60, fill=shirt)
    draw.text((180, 200), name, fill=ink, font=font(size))
    return image


def group_photo(face_heights: list[int], seed: int = 3) -> Image.Image:
    """Children in a row on a playground-coloured background: the astronaut's head and shoulders,
    scaled so the face is each given height, some mirrored and darker."""
    rng = random.Random(seed)
    portrait = Image.fromarray(skdata.astronaut())
    fx, fy, fw, fh = ASTRONAUT_FACE
    head = portrait.crop((fx - fw, fy - fh // 2, fx + 2 * fw, fy + 2 * fh))
    image = Image.fromarray(skdata.coffee()).resize((1600, 1000))
    x = 40
    for height in face_heights:
        scale = height / fh
        patch = head.resize((int(head.width * scale), int(head.height * scale)), Image.BICUBIC)
        if rng.random() < 0.5:
            patch = patch.transpose(Image.FLIP_LEFT_RIGHT)
        patch = ImageEnhance.Brightness(patch).enhance(rng.uniform(0.7, 1.1))
        image.paste(patch, (x, 700 - patch.height + rng.randint(0, 120)))
        x += patch.width + 30
    return image


@pytest.fixture(scope="module")
def jersey_sanitizer() -> PhotoSanitizer:
    return PhotoSanitizer(roster=Roster([RosterPerson(name="Diego Martinez", role="child")]))


def test_cells_are_at_least_half_the_line_height_and_faces_are_widened() -> None:
    assert [text_cell(h) for h in (12, 31, 80)] == [6, 16, 40]
    wide = expand(Region(100, 100, 50, 60), 1000, 1000, FACE_MARGIN)
    assert (wide.width, wide.height) == (90, 108)  # 40 % more on each side
    assert face_cell(wide) == 15


@pytest.mark.parametrize(
    ("size", "shirt", "ink"), [(40, "white", "black"), (64, "navy", "white"), (96, "maroon", "gold")]
)
def test_a_surname_on_a_jersey_cannot_be_read_back(
    jersey_sanitizer: PhotoSanitizer, size: int, shirt: str, ink: str
) -> None:
    sanitizer = jersey_sanitizer
    result = sanitizer.sanitize(jpeg(jersey("MARTINEZ 9", size, shirt, ink)), blur_faces=False)
    [line] = [t for t in result.report.text if "MARTINEZ" in t.text.upper()]
    assert line.blurred and "PERSON" in line.findings
    again = sanitizer.reader.read(shown(result.data))
    over_line = [text for region, text, _score in again if region.overlaps(line.region)]
    assert not any(reads_letters(text) for text in over_line), over_line
    assert not any(fuzz.partial_ratio("martinez", text.lower()) >= 60 for _r, text, _s in again), again


def test_small_faces_in_a_group_photo_are_not_found_again(sanitizer: PhotoSanitizer) -> None:
    result = sanitizer.sanitize(jpeg(group_photo([26, 30, 36, 44, 60, 90])), blur_text="none")
    faces = [f.region for f in result.report.faces if f.blurred]
    assert len(faces) >= 5  # the children were found in the first place
    found = [region for region, _score in sanitizer.faces.detect(shown(result.data))]
    assert not [face for face in faces if any(face.overlaps(region) for region in found)], found


def test_a_face_found_again_at_a_larger_scale_is_pixelated_with_the_head_around_it() -> None:
    face = Region(483, 415, 48, 61)
    head = Region(420, 396, 99, 114)  # the detector's box over the pixelation and the hair around it
    [again] = faces_found_again([face], [head], 1600, 1200)
    assert again.x <= head.x and again.y <= head.y
    assert again.x + again.width >= head.x + head.width and again.y + again.height >= head.y + head.height
    assert again.width > head.width  # widened like a face, not just the box


def test_faces_the_detector_no_longer_finds_are_left_as_they_are() -> None:
    face = Region(483, 415, 48, 61)
    elsewhere = Region(900, 100, 50, 60)
    crowd = Region(0, 0, 1600, 1200)  # a box over the whole scene is not this face
    assert faces_found_again([face], [elsewhere, crowd], 1600, 1200) == []
    assert faces_found_again([face], [Region(490, 420, 30, 40)], 1600, 1200) == [face]
