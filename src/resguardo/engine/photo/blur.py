"""Irreversible blurring: coarse pixelation plus noise (a light Gaussian blur can be undone)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .types import Region


def expand(region: Region, width: int, height: int, margin: float = 0.2) -> Region:
    dx, dy = int(region.width * margin), int(region.height * margin)
    x0, y0 = max(0, region.x - dx), max(0, region.y - dy)
    x1, y1 = min(width, region.x + region.width + dx), min(height, region.y + region.height + dy)
    return Region(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def obscure(pixels: NDArray[np.uint8], region: Region, rng: np.random.Generator, divisions: int = 6) -> None:
    """Pixelate ``region`` in place to blocks of about 1/``divisions`` of its short side, then add noise."""
    x0, y0, x1, y1 = region.x, region.y, region.x + region.width, region.y + region.height
    if x1 <= x0 or y1 <= y0:
        return
    patch = pixels[y0:y1, x0:x1, :3].astype(np.int16)  # colour only: alpha stays as it was
    block = max(6, min(patch.shape[0], patch.shape[1]) // divisions)
    h, w = patch.shape[:2]
    for by in range(0, h, block):
        for bx in range(0, w, block):
            cell = patch[by : by + block, bx : bx + block]
            cell[...] = cell.reshape(-1, cell.shape[-1]).mean(axis=0)
    noise = rng.integers(-24, 25, size=patch.shape, dtype=np.int16)
    pixels[y0:y1, x0:x1, :3] = np.clip(patch + noise, 0, 255).astype(np.uint8)
