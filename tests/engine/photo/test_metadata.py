"""Every byte of metadata is gone, in every input format; verified with exiftool and a byte search."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from resguardo.engine.photo import PhotoSanitizer

from .conftest import EXIFTOOL, MARKER, exiftool_tags, photo_with_metadata

# What exiftool may still report about a clean file: the file itself and the image encoding.
ALLOWED_GROUPS = {"ExifTool", "System", "File", "JFIF", "Composite", "PNG", "RIFF"}
ALLOWED_PNG_TAGS = {"ImageWidth", "ImageHeight", "BitDepth", "ColorType", "Compression", "Filter", "Interlace"}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "HEIF"])
def test_all_metadata_is_removed(sanitizer: PhotoSanitizer, tmp_path: Path, fmt: str) -> None:
    data = photo_with_metadata(fmt, tmp_path)
    result = sanitizer.sanitize(data, blur_faces=False, blur_text="none")
    report = result.report
    assert report.gps is not None and round(report.gps[0], 3) == 34.053 and round(report.gps[1], 3) == -118.242
    assert "GPS" in report.metadata_removed and "EXIF" in report.metadata_removed
    assert MARKER.encode() not in result.data and b"Apple" not in result.data and b"iPhone" not in result.data
    reopened = Image.open(io.BytesIO(result.data))
    assert not reopened.getexif() and "icc_profile" not in reopened.info and "xmp" not in reopened.info
    if EXIFTOOL:
        out = tmp_path / f"clean.{result.format.lower()}"
        out.write_bytes(result.data)
        tags = exiftool_tags(out)
        leftovers = {
            k
            for k in tags
            if k.split(":")[0] not in ALLOWED_GROUPS
            and k != "SourceFile"
            and not (k.startswith("PNG:") and k.split(":")[1] in ALLOWED_PNG_TAGS)
        }
        assert leftovers == set(), leftovers
        assert not any(word in str(tags) for word in ("GPS", "Thumbnail", "IPTC", "XMP", "ICC", MARKER))


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool not installed (Debian: libimage-exiftool-perl)")
def test_thumbnail_iptc_and_trailing_bytes_are_reported_and_removed(sanitizer: PhotoSanitizer, tmp_path: Path) -> None:
    data = photo_with_metadata("JPEG", tmp_path)
    result = sanitizer.sanitize(data, blur_faces=False, blur_text="none")
    assert {"thumbnail", "IPTC", "trailer", "serial number", "XMP", "ICC", "comment"} <= set(
        result.report.metadata_removed
    )
    assert b"MOTION-" not in result.data


def test_a_photo_without_metadata_says_so(sanitizer: PhotoSanitizer) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(buffer, "PNG")
    result = sanitizer.sanitize(buffer.getvalue(), blur_faces=False, blur_text="none")
    assert result.report.metadata_removed == {} and result.report.gps is None and result.format == "PNG"
