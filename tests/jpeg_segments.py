"""What a JPEG carries besides its pixels: the marker segments before the image data.

Searching the whole file for b"GPS" is wrong: the compressed pixels are effectively random bytes (the face
pixelation adds fresh noise), so those three bytes turn up by chance in about one file in a hundred.
"""

from __future__ import annotations

import io

from PIL import Image

APP1 = 0xE1  # where EXIF (and with it GPS) and XMP live


def header_markers(data: bytes) -> list[int]:
    """The marker codes of the segments before the scan (SOS), in order."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    markers: list[int] = []
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ValueError(f"broken segment at byte {position}")
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: pixels follow
            break
        markers.append(marker)
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        position += 2 + length
    return markers


def carries_metadata(data: bytes) -> bool:
    """True if the JPEG has an EXIF/XMP segment or Pillow reads any EXIF tag (GPS included) from it."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return APP1 in header_markers(data) or len(exif) > 0 or bool(exif.get_ifd(0x8825))
