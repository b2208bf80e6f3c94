"""One step from a phone photo to one that can be shared: metadata gone, faces and identifying
text blurred, and a report of what was found and done.

Order matters: the pixels are taken out of the file first, then blurred, then encoded anew;
stripping metadata after blurring would leave an embedded thumbnail with the face intact.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image

from ..pipeline import Scanner
from ..roster import Roster
from ..types import Lang
from .blur import FACE_MARGIN, LEVELS, TEXT_MARGIN, expand, face_cell, line_height, obscure, text_cell
from .faces import FaceDetector
from .loading import describe_metadata, open_image, pixels_only
from .ocr import TextReader, reads_letters
from .types import BlurText, FaceFound, PhotoError, PhotoReport, Region, SanitizedPhoto, TextFound


class PhotoSanitizer:
    """Loads the face and text models once; ``sanitize`` may be called from many threads."""

    def __init__(self, scanner: Scanner | None = None, roster: Roster | None = None) -> None:
        self.scanner = scanner if scanner is not None else Scanner(roster)
        self.faces = FaceDetector()
        self.reader = TextReader()

    def sanitize(
        self,
        source: bytes | str | Path,
        *,
        lang: Lang | None = None,
        blur_faces: bool = True,
        blur_text: BlurText = "findings",
        extra_regions: Sequence[Region] = (),
        keep_regions: Sequence[Region] = (),
        output_format: str | None = None,
    ) -> SanitizedPhoto:
        data = _read(source)
        image = open_image(data)
        metadata, gps = describe_metadata(image, data)
        pixels, mode = pixels_only(image)
        height, width = pixels.shape[:2]
        rgb = _over_white(pixels) if mode == "RGBA" else pixels[:, :, :3]
        extra_regions = [c for c in (_clip(r, width, height) for r in extra_regions) if c is not None]
        fmt = _output_format(output_format, image.format, mode)
        report = PhotoReport(
            input_format=str(image.format),
            output_format=fmt,
            width=width,
            height=height,
            metadata_removed=metadata,
            gps=gps,
            extra_regions=list(extra_regions),
            kept_regions=list(keep_regions),
        )
        faces: list[Region] = []  # widened boxes to pixelate
        lines: list[tuple[Region, int]] = []  # widened boxes and the line height they were read at

        def kept(region: Region) -> bool:
            # Kept only when a keep region covers most of it: touching its edge is not enough.
            return any(_covered(region, k) >= 0.5 for k in keep_regions)

        if blur_faces:
            for region, score in self.faces.detect(rgb):
                blurred = not kept(region)
                report.faces.append(FaceFound(region, score, blurred))
                if blurred:
                    faces.append(expand(region, width, height, FACE_MARGIN))
        if blur_text != "none":
            for found in self._text(rgb, lang, blur_text):
                blurred = found.blurred and not kept(found.region)
                report.text.append(TextFound(found.region, found.text, found.score, found.findings, blurred))
                if blurred:
                    lines.append((expand(found.region, width, height, TEXT_MARGIN), line_height(found.region)))
        # Fresh noise each time: nobody can subtract a pattern they cannot know.
        rng = np.random.default_rng()
        for region in extra_regions:
            obscure(pixels, region, rng)
        for region in faces:
            obscure(pixels, region, rng, face_cell(region))
        for region, height in lines:
            obscure(pixels, region, rng, text_cell(height))
        data = _encode(pixels, mode, fmt)
        if faces or lines:
            data = self._reobscure_found_again(pixels, mode, fmt, data, faces, lines, rng)
        return SanitizedPhoto(data, fmt, report)

    def _reobscure_found_again(
        self,
        pixels: np.ndarray,
        mode: str,
        fmt: str,
        data: bytes,
        faces: list[Region],
        lines: list[tuple[Region, int]],
        rng: np.random.Generator,
    ) -> bytes:
        """The encoded photo is read back: a face the detector still finds, or letters or digits OCR still
        reads, where one was pixelated is pixelated again, coarser, until none is (the noise is random,
        so a borderline region may survive one pass)."""
        for level in range(1, LEVELS):
            shown = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
            found_faces = [region for region, _ in self.faces.detect(shown, within=faces)] if faces else []
            faces = faces_found_again(faces, found_faces, *shown.shape[1::-1])
            found_text = [region for region, text, _ in self.reader.read(shown) if reads_letters(text)] if lines else []
            lines = [line for line in lines if any(_same_place(t, line[0]) for t in found_text)]
            if not faces and not lines:
                break
            for region in faces:
                obscure(pixels, region, rng, face_cell(region, level))
            for region, height in lines:
                obscure(pixels, region, rng, text_cell(height, level))
            data = _encode(pixels, mode, fmt)
        return data

    def _text(self, rgb: np.ndarray, lang: Lang | None, blur_text: BlurText) -> list[TextFound]:
        lines = self.reader.read(rgb)
        if not lines:
            return []
        # Scan all the lines as one text, so a school name split over two lines is still a school.
        joined, starts = "", []
        for _region, text, _score in lines:
            starts.append(len(joined))
            joined += text + "\n"
        result = self.scanner.scan(joined, lang=lang, audience="public")
        out = []
        for (region, text, score), start in zip(lines, starts, strict=True):
            end = start + len(text)
            # A photo shows where a child is: any finding on a line blurs it (in a text post a
            # street sign alone would only be a noted place).
            types = tuple(sorted({f.type.value for f in result.findings if f.start < end and start < f.end}))
            out.append(TextFound(region, text, score, types, blur_text == "all" or bool(types)))
        return out


_DEFAULT: list[tuple[Roster | None, PhotoSanitizer]] = []


def sanitize_photo(
    source: bytes | str | Path,
    *,
    roster: Roster | None = None,
    lang: Lang | None = None,
    blur_faces: bool = True,
    blur_text: BlurText = "findings",
    extra_regions: Sequence[Region] = (),
    keep_regions: Sequence[Region] = (),
    output_format: str | None = None,
) -> SanitizedPhoto:
    """One call for one photo.  The models load on the first call and are reused while the
    roster is the same object; a service should hold its own ``PhotoSanitizer``."""
    if not _DEFAULT or _DEFAULT[0][0] is not roster:
        _DEFAULT[:] = [(roster, PhotoSanitizer(roster=roster))]
    return _DEFAULT[0][1].sanitize(
        source,
        lang=lang,
        blur_faces=blur_faces,
        blur_text=blur_text,
        extra_regions=extra_regions,
        keep_regions=keep_regions,
        output_format=output_format,
    )


def _over_white(pixels: np.ndarray) -> np.ndarray:
    """What a person sees: a face drawn only in the alpha channel shows over a white page."""
    alpha = pixels[:, :, 3:4].astype(np.uint16)
    return ((pixels[:, :, :3] * alpha + 255 * (255 - alpha)) // 255).astype(np.uint8)


def _clip(region: Region, width: int, height: int) -> Region | None:
    x0, y0 = max(0, region.x), max(0, region.y)
    x1, y1 = min(width, region.x + region.width), min(height, region.y + region.height)
    return Region(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def _covered(region: Region, keep: Region) -> float:
    w = min(region.x + region.width, keep.x + keep.width) - max(region.x, keep.x)
    h = min(region.y + region.height, keep.y + keep.height) - max(region.y, keep.y)
    return max(0, w) * max(0, h) / max(1, region.width * region.height)


AROUND_AT_MOST = 25  # times the pixelated face's area


def faces_found_again(faces: Sequence[Region], found: Sequence[Region], width: int, height: int) -> list[Region]:
    """The pixelated faces the detector still finds, as the regions to pixelate again.  A detection
    mostly inside a face is that face again.  One that holds most of a face is the detector seeing a
    face at a larger scale, pixelation and the head around it together (a 99 px box over a 27 px
    face, at 0.3): the whole detection, widened like a face, is pixelated, or the head stays findable."""
    out = []
    for face in faces:
        inside = any(_covered(f, face) >= 0.5 for f in found)
        around = [
            f
            for f in found
            if _covered(face, f) >= 0.5
            and _covered(f, face) < 0.5
            # Not a box over a whole crowd: that is no longer this face.
            and f.width * f.height <= AROUND_AT_MOST * face.width * face.height
        ]
        if not inside and not around:
            continue
        for f in around:
            face = _union(face, expand(f, width, height, FACE_MARGIN))
        out.append(face)
    return out


def _union(a: Region, b: Region) -> Region:
    x0, y0 = min(a.x, b.x), min(a.y, b.y)
    x1, y1 = max(a.x + a.width, b.x + b.width), max(a.y + a.height, b.y + b.height)
    return Region(x0, y0, x1 - x0, y1 - y0)


def _same_place(found: Region, blurred: Region) -> bool:
    """Text found again over a pixelated line: mostly inside it, or covering most of it (a box OCR
    merged with the unblurred words next to it)."""
    return _covered(found, blurred) >= 0.5 or _covered(blurred, found) >= 0.5


def _read(source: bytes | str | Path) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise PhotoError("not_found", str(path)) from exc
    except OSError as exc:
        raise PhotoError("unreadable", str(path), exc.errno) from exc


def _output_format(requested: str | None, input_format: str | None, mode: str) -> str:
    if requested:
        fmt = requested.upper().replace("JPG", "JPEG")
        if fmt not in ("JPEG", "PNG"):
            raise PhotoError("bad_output_format", requested)
        return fmt
    return "PNG" if mode == "RGBA" or input_format == "PNG" else "JPEG"


def _encode(pixels: np.ndarray, mode: str, fmt: str) -> bytes:
    image = Image.fromarray(pixels, mode)
    if fmt == "JPEG" and mode == "RGBA":
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, "JPEG", quality=90)  # no exif=, icc_profile=, comment=: nothing but pixels
    else:
        image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()
