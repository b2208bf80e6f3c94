"""Photos made by the tests themselves, carrying every kind of metadata a phone writes."""

from __future__ import annotations

import glob
import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from resguardo.engine.photo import PhotoSanitizer

MARKER = "RESGUARDO-SECRET-MARKER"
EXIFTOOL = shutil.which("exiftool")


@pytest.fixture(scope="session")
def sanitizer() -> PhotoSanitizer:
    return PhotoSanitizer()


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    candidates = sorted(glob.glob("/usr/share/fonts/**/DejaVuSans*.ttf", recursive=True)) or sorted(
        glob.glob("/usr/share/fonts/**/*.ttf", recursive=True)
    )
    return ImageFont.truetype(candidates[0], size) if candidates else ImageFont.load_default(size)


def scene(width: int = 640, height: int = 480, text: str | None = None) -> Image.Image:
    """A photo-like picture: gradient, shapes, optionally a sign with text."""
    y, x = np.mgrid[0:height, 0:width]
    pixels = np.stack([(x * 255 // width), (y * 255 // height), ((x + y) * 127 // (width + height))], axis=-1)
    image = Image.fromarray(pixels.astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 160, 160), fill=(200, 60, 60))
    if text:
        draw.rectangle((20, height - 110, width - 20, height - 30), fill="white")
        draw.text((35, height - 100), text, fill="black", font=font(40))
    return image


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15 Pro"
    exif[0x0132] = "2025:06:01 10:00:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (34.0, 3.0, 10.0), "W", (118.0, 14.0, 30.0)
    details = exif.get_ifd(0x8769)
    details[0xA431] = "SERIAL-" + MARKER
    return exif


SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>{MARKER}</dc:description>'
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
).encode()


def photo_with_metadata(fmt: str, tmp_path: Path) -> bytes:
    image = scene()
    buffer = io.BytesIO()
    exif = exif_with_gps()
    if fmt == "JPEG":
        image.save(buffer, "JPEG", exif=exif, icc_profile=SRGB_ICC, comment=MARKER.encode(), xmp=XMP)
    elif fmt == "PNG":
        info = PngInfo()
        info.add_text("Comment", MARKER)
        info.add_text("XML:com.adobe.xmp", XMP.decode())
        image.save(buffer, "PNG", pnginfo=info, exif=exif, icc_profile=SRGB_ICC)
    elif fmt == "WEBP":
        image.save(buffer, "WEBP", exif=exif, icc_profile=SRGB_ICC, xmp=XMP)
    elif fmt == "HEIF":
        image.save(buffer, "HEIF", exif=exif.tobytes(), xmp=XMP)
    data = buffer.getvalue()
    if fmt == "JPEG" and EXIFTOOL:
        # A thumbnail and IPTC only exiftool writes well; motion-photo style bytes after the image.
        path = tmp_path / "with-meta.jpg"
        thumb = tmp_path / "thumb.jpg"
        path.write_bytes(data)
        image.resize((160, 120)).save(thumb, "JPEG")
        subprocess.run(
            [EXIFTOOL, "-q", "-overwrite_original", f"-ThumbnailImage<={thumb}", f"-IPTC:Keywords={MARKER}", str(path)],
            check=True,
        )
        data = path.read_bytes() + b"MOTION-" + MARKER.encode()
    return data


def exiftool_tags(path: Path) -> dict[str, object]:
    import json

    assert EXIFTOOL
    out = subprocess.run([EXIFTOOL, "-j", "-G1", "-a", "-u", str(path)], capture_output=True, text=True, check=True)
    tags: dict[str, object] = json.loads(out.stdout)[0]
    return tags
