"""Irreversible blurring: coarse pixelation plus noise (a light Gaussian blur can be undone).

How coarse is set by what must stop being readable.  A face is widened well past the detector's
box (hair, ears and chin identify a child too, and a tight box leaves a face-shaped edge) and cut
into about six cells across.  A line of text is cut into cells at least half its line height: finer
cells keep each letter's dark strokes apart, and OCR read a pixelated surname back at 0.77.  Each
level is coarser than the one before; the sanitizer moves a region up a level when the detector
still finds something there in the encoded output.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .types import Region

FACE_MARGIN = 0.4  # of the detected box, on each side
TEXT_MARGIN = 0.2
# Level by level: cells per short side of the widened face box (1: one flat block), and cell side over
# the line height (3: one row of flat blocks).
FACE_DIVISIONS = (6, 4, 3, 2, 1)
TEXT_CELL_FACTORS = (0.5, 0.75, 1.0, 1.5, 3.0)
LEVELS = len(FACE_DIVISIONS)  # the same number for text
MIN_CELL = 6


def expand(region: Region, width: int, height: int, margin: float = 0.2) -> Region:
    dx, dy = int(region.width * margin), int(region.height * margin)
    x0, y0 = max(0, region.x - dx), max(0, region.y - dy)
    x1, y1 = min(width, region.x + region.width + dx), min(height, region.y + region.height + dy)
    return Region(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def face_cell(region: Region, level: int = 0) -> int:
    """Cell side for a widened face box at ``level`` (0 first, up to ``len(FACE_DIVISIONS) - 1``)."""
    return max(MIN_CELL, min(region.width, region.height) // FACE_DIVISIONS[level])


def text_cell(line_height: int, level: int = 0) -> int:
    """Cell side for a line of text ``line_height`` pixels high at ``level``."""
    return max(MIN_CELL, math.ceil(line_height * TEXT_CELL_FACTORS[level]))


def line_height(region: Region) -> int:
    """A line's height is its box's short side (a vertical line of text is taller than it is wide)."""
    return min(region.width, region.height)


def obscure(pixels: NDArray[np.uint8], region: Region, rng: np.random.Generator, cell: int | None = None) -> None:
    """Pixelate ``region`` in place to square cells of ``cell`` pixels (default: the first face level),
    then add noise."""
    x0, y0, x1, y1 = region.x, region.y, region.x + region.width, region.y + region.height
    if x1 <= x0 or y1 <= y0:
        return
    block = max(MIN_CELL, cell if cell is not None else face_cell(region))
    patch = pixels[y0:y1, x0:x1, :3].astype(np.int16)  # colour only: alpha stays as it was
    h, w = patch.shape[:2]
    for by in range(0, h, block):
        for bx in range(0, w, block):
            piece = patch[by : by + block, bx : bx + block]
            piece[...] = piece.reshape(-1, piece.shape[-1]).mean(axis=0)
    noise = rng.integers(-24, 25, size=patch.shape, dtype=np.int16)
    pixels[y0:y1, x0:x1, :3] = np.clip(patch + noise, 0, 255).astype(np.uint8)
