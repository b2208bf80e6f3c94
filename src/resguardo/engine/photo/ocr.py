"""Text in photos with RapidOCR (Apache-2.0), whose PP-OCR models ship inside its wheel.

The model files are checked at start-up and passed by path, so RapidOCR has nothing to
download; a missing file is an error, never a download.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from .types import PhotoError, Region

MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
MAX_SIDE = 960


def model_paths() -> dict[str, str]:
    try:
        root = Path(str(resources.files("rapidocr") / "models"))
    except ModuleNotFoundError as exc:
        raise PhotoError("ocr_model_missing", "pip install rapidocr") from exc
    paths = {key: root / name for key, name in MODELS.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise PhotoError("ocr_model_missing", ", ".join(missing))
    return {key: str(p) for key, p in paths.items()}


class TextReader:
    def __init__(self) -> None:
        from rapidocr import RapidOCR

        params: dict[str, Any] = {
            **model_paths(),
            "Global.log_level": "error",
            "Global.max_side_len": MAX_SIDE,
            # Detect on the photo's long side (not its short side, RapidOCR's default), which
            # keeps a 12 MP photo under two seconds and a few hundred megabytes.
            "Det.limit_type": "max",
            "Det.limit_side_len": MAX_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
        }
        self.engine = RapidOCR(params=params)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        self._lock = threading.Lock()

    def read(self, rgb: NDArray[np.uint8]) -> list[tuple[Region, str, float]]:
        height, width = rgb.shape[:2]
        scale = min(1.0, MAX_SIDE / max(width, height))
        small = (
            rgb
            if scale == 1.0
            else cv2.resize(
                rgb, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA
            )
        )
        with self._lock:
            result: Any = self.engine(np.ascontiguousarray(small[:, :, ::-1]))  # RapidOCR expects BGR
        boxes, texts, scores = (getattr(result, name, None) for name in ("boxes", "txts", "scores"))
        if boxes is None or texts is None or scores is None:
            return []
        out = []
        for box, text, score in zip(boxes, texts, scores, strict=False):
            xs, ys = np.asarray(box)[:, 0] / scale, np.asarray(box)[:, 1] / scale
            region = Region(int(xs.min()), int(ys.min()), int(xs.max() - xs.min()), int(ys.max() - ys.min()))
            out.append((region, str(text), float(score)))
        return out


def reads_letters(text: str, minimum: int = 2) -> bool:
    """OCR read letters or digits of the languages a post is written in, not just a mark: the model
    also reads Chinese, and a row of pixelated cells comes back as "一" or "口" (a stroke, not text)."""
    count = sum(c.isdigit() or (c.isalpha() and unicodedata.name(c, "").startswith("LATIN")) for c in text)
    return count >= minimum
