"""Opening a photo safely, reporting what metadata it carries, and taking only its pixels.

Nothing of the file survives but the pixels: EXIF orientation is applied, colours are
converted to sRGB, and a new image is built from the pixel bytes, so EXIF (GPS, maker
notes, serial numbers, thumbnails), XMP, IPTC, ICC profiles, comments, PNG text chunks,
second MPO images, HEIC thumbnails and bytes after the end of the image cannot follow.
"""

from __future__ import annotations

import io
import re
import warnings
from typing import Any

import numpy as np
from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

from .types import PhotoError

MAX_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 60_000_000  # 60 MP: larger than any phone photo; bigger is refused, not decoded

try:  # HEIC/HEIF from iPhones
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a dependency; keep JPEG/PNG working without it
    pass

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769


def open_image(data: bytes) -> Image.Image:
    if not data:
        raise PhotoError("empty")
    if len(data) > MAX_BYTES:
        raise PhotoError("file_too_big", f"{len(data) // (1024 * 1024)} MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Corrupt EXIF data": reported, not printed
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.size  # noqa: B018 - header parsed here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's text is English ("decompression bomb DOS attack"): only its pixel count is kept.
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        raise PhotoError("too_many_pixels", f"{int(pixels.group(1)) / 1e6:.0f} MP" if pixels else "") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise PhotoError("not_an_image", str(exc)) from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoError("too_many_pixels", f"{width}x{height}")
    if getattr(image, "is_animated", False) and image.format != "MPO":
        raise PhotoError("animated", f"{getattr(image, 'n_frames', 2)} frames")
    try:
        image.load()
    except OSError as exc:
        raise PhotoError("truncated", str(exc)) from exc
    return image


def describe_metadata(image: Image.Image, data: bytes) -> tuple[dict[str, str], tuple[float, float] | None]:
    """What the file carried, in plain words, and the GPS position if there was one."""
    found: dict[str, str] = {}
    gps: tuple[float, float] | None = None
    exif = image.getexif()
    if len(exif):
        named = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
        parts = [str(named[k]) for k in ("Make", "Model", "DateTime") if k in named]
        found["EXIF"] = _printable(", ".join(parts)) or f"{len(exif)} tags"
        gps = _gps(exif.get_ifd(_GPS_IFD))
        if gps:
            found["GPS"] = f"{gps[0]:.5f}, {gps[1]:.5f}"
        details = exif.get_ifd(_EXIF_IFD)
        if details.get(0xA431) or details.get(0xC62F):
            found["serial number"] = "camera/lens serial number"
        if exif.get_ifd(ExifTags.IFD.IFD1):
            found["thumbnail"] = "embedded preview image"
    info = image.info
    if info.get("icc_profile"):
        found["ICC"] = "colour profile"
    if info.get("xmp") or info.get("XML:com.adobe.xmp"):
        found["XMP"] = "XMP metadata"
    if "photoshop" in info or b"Photoshop 3.0" in data[:65536]:
        found["IPTC"] = "IPTC/Photoshop data"
    if info.get("comment"):
        found["comment"] = _short(info["comment"])
    text_chunks = getattr(image, "text", None)
    if text_chunks:
        found["PNG text"] = _printable(", ".join(sorted(text_chunks)))[:80]
    if image.format == "MPO" or getattr(image, "n_frames", 1) > 1:
        found["second image"] = "MPO/secondary image"
    if image.format == "JPEG" and data.rstrip(b"\x00").rfind(b"\xff\xd9") < len(data.rstrip(b"\x00")) - 2:
        found["trailer"] = "data after the end of the image (motion photo or hidden data)"
    if image.format in ("HEIF", "AVIF") and info.get("thumbnails"):
        found["thumbnail"] = "embedded preview image"
    return found, gps


def _short(value: Any) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return _printable(text)[:60]


def _printable(text: str) -> str:
    """Metadata is the file's author's text: no escape codes may reach a terminal."""
    return "".join(c if c.isprintable() else " " for c in text)


def _gps(ifd: Any) -> tuple[float, float] | None:
    try:
        lat, lat_ref, lon, lon_ref = ifd[2], ifd.get(1, "N"), ifd[4], ifd.get(3, "E")
    except (KeyError, TypeError):
        return None

    def degrees(value: Any) -> float:
        d, m, s = (float(x) for x in value)
        return d + m / 60 + s / 3600

    try:
        latitude, longitude = degrees(lat), degrees(lon)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if str(lat_ref).upper().startswith("S"):
        latitude = -latitude
    if str(lon_ref).upper().startswith("W"):
        longitude = -longitude
    return latitude, longitude


_SRGB = ImageCms.createProfile("sRGB")


def pixels_only(image: Image.Image) -> tuple[np.ndarray, str]:
    """Upright, sRGB, 8-bit RGB or RGBA pixels as a plain array (and its mode): nothing of the
    file can follow an array; the output image is built from it anew."""
    if image.format == "MPO":
        image.seek(0)
    upright = ImageOps.exif_transpose(image)
    converted = _to_srgb(upright)
    pixels = np.array(converted)
    if converted.mode == "RGBA":
        # Colour under full transparency is invisible but recoverable: a hidden second picture.
        pixels[pixels[:, :, 3] == 0, :3] = 0
    return pixels, converted.mode


def _to_srgb(image: Image.Image) -> Image.Image:
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.uint32)
        top = 65535 if array.max() > 255 else 255
        image = Image.fromarray((array * 255 // max(top, 1)).astype(np.uint8), "L")
        mode = "L"
    if mode == "F":
        image = image.convert("L")
        mode = "L"
    has_alpha = mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info)
    icc = image.info.get("icc_profile")
    if icc and mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            target_mode = "RGBA" if mode == "RGBA" else "RGB"
            return ImageCms.profileToProfile(image, source, _SRGB, outputMode=target_mode) or image
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: fall back to a plain conversion
    return image.convert("RGBA" if has_alpha else "RGB")
