"""Bad photos get a clear error code and nothing is written; odd but valid ones are sanitized."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from resguardo.engine.photo import PhotoError, PhotoSanitizer


def encoded(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def test_not_an_image(sanitizer: PhotoSanitizer) -> None:
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(b"<html><script>alert(1)</script></html>")
    assert err.value.code == "not_an_image"


def test_empty(sanitizer: PhotoSanitizer) -> None:
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(b"")
    assert err.value.code == "empty"


def test_truncated_jpeg(sanitizer: PhotoSanitizer) -> None:
    data = encoded(Image.new("RGB", (400, 300), "orange"), "JPEG")
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(data[: len(data) // 2])
    assert err.value.code in ("truncated", "not_an_image")


def test_decompression_bomb_is_refused_before_decoding(sanitizer: PhotoSanitizer) -> None:
    bomb = encoded(Image.new("1", (9000, 9000)), "PNG")  # 81 MP in a few kilobytes
    assert len(bomb) < 200_000
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(bomb)
    assert err.value.code == "too_many_pixels"


def test_huge_file_is_refused(sanitizer: PhotoSanitizer) -> None:
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(b"\xff\xd8" + b"\x00" * (61 * 1024 * 1024))
    assert err.value.code == "file_too_big"


@pytest.mark.parametrize("fmt", ["GIF", "WEBP"])
def test_animated_images_are_refused_clearly(sanitizer: PhotoSanitizer, fmt: str) -> None:
    frames = [Image.new("RGB", (60, 40), c) for c in ("red", "blue")]
    data = encoded(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    with pytest.raises(PhotoError) as err:
        sanitizer.sanitize(data)
    assert err.value.code == "animated"


def test_cmyk_and_16_bit_and_alpha_are_converted(sanitizer: PhotoSanitizer) -> None:
    cmyk = sanitizer.sanitize(encoded(Image.new("CMYK", (80, 60), (0, 255, 255, 0)), "JPEG"), blur_text="none")
    assert Image.open(io.BytesIO(cmyk.data)).mode == "RGB" and cmyk.format == "JPEG"
    deep = Image.fromarray(np.full((60, 80), 40000, dtype=np.uint16))
    sixteen = sanitizer.sanitize(encoded(deep, "PNG"), blur_text="none")
    assert np.asarray(Image.open(io.BytesIO(sixteen.data)).convert("L")).mean() == pytest.approx(155, abs=2)
    rgba = Image.new("RGBA", (80, 60), (10, 200, 10, 0))
    alpha = sanitizer.sanitize(encoded(rgba, "PNG"), blur_text="none")
    out = Image.open(io.BytesIO(alpha.data))
    assert alpha.format == "PNG" and out.mode == "RGBA" and out.getchannel("A").getextrema() == (0, 0)


def test_jpeg_output_of_a_transparent_png_is_flattened(sanitizer: PhotoSanitizer) -> None:
    result = sanitizer.sanitize(encoded(Image.new("RGBA", (40, 30), (0, 0, 0, 0)), "PNG"), output_format="jpg")
    assert result.format == "JPEG" and Image.open(io.BytesIO(result.data)).getpixel((5, 5)) == (255, 255, 255)


def test_missing_ocr_models_are_an_error_never_a_download(monkeypatch: pytest.MonkeyPatch) -> None:
    from resguardo.engine.photo import ocr

    monkeypatch.setitem(ocr.MODELS, "Det.model_path", "not-shipped.onnx")
    with pytest.raises(PhotoError) as err:
        ocr.model_paths()
    assert err.value.code == "ocr_model_missing" and "not-shipped.onnx" in err.value.detail


def test_mpo_second_image_is_dropped(sanitizer: PhotoSanitizer) -> None:
    frames = [Image.new("RGB", (64, 48), "red"), Image.new("RGB", (64, 48), "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "MPO", save_all=True, append_images=frames[1:])
    result = sanitizer.sanitize(buffer.getvalue(), blur_text="none")
    out = Image.open(io.BytesIO(result.data))
    assert "second image" in result.report.metadata_removed
    assert getattr(out, "n_frames", 1) == 1 and out.getpixel((10, 10))[0] > 200


def test_a_one_pixel_wide_strip_does_not_crash(sanitizer: PhotoSanitizer) -> None:
    result = sanitizer.sanitize(encoded(Image.new("RGB", (1, 1921), "gray"), "PNG"))
    assert Image.open(io.BytesIO(result.data)).size == (1, 1921)


def test_colour_under_full_transparency_is_erased(sanitizer: PhotoSanitizer) -> None:
    rgba = np.zeros((40, 60, 4), dtype=np.uint8)
    rgba[:, :, :3] = 200  # a "hidden" picture under alpha 0
    rgba[:, 30:, 3] = 255
    result = sanitizer.sanitize(encoded(Image.fromarray(rgba, "RGBA"), "PNG"), blur_text="none")
    out = np.asarray(Image.open(io.BytesIO(result.data)))
    assert out[:, :30, :3].max() == 0 and out[:, 30:, :3].min() == 200


def test_regions_outside_the_photo_are_clipped_not_wrapped(sanitizer: PhotoSanitizer) -> None:
    from resguardo.engine.photo import Region

    raw = encoded(Image.new("RGB", (100, 80), "white"), "PNG")
    result = sanitizer.sanitize(raw, blur_faces=False, blur_text="none", extra_regions=[Region(-50, 10, 20, 20)])
    assert result.report.extra_regions == []
    assert np.asarray(Image.open(io.BytesIO(result.data))).min() == 255  # nothing blurred on the far edge
