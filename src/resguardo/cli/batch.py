"""``resguardo scan --jsonl``: stream JSON Lines in, JSON Lines out, in input order."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from itertools import islice
from pathlib import Path
from typing import IO, Any, BinaryIO

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from ..engine import Lang, Scanner, ScanRequest
from ..engine.messages import os_error_reason
from .inputs import InputError, JsonlItem, iter_jsonl
from .messages import error_console, say, t

BATCH = 64


def _open(path: Path, ui: Lang) -> tuple[BinaryIO, int | None]:
    if str(path) == "-":
        return sys.stdin.buffer, None
    if not path.exists():
        raise InputError(t("not_found", ui, path=path))
    try:
        return path.open("rb"), path.stat().st_size
    except OSError as exc:
        raise InputError(t("unreadable", ui, path=path, error=os_error_reason(exc, ui))) from exc


def _write(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def scan_jsonl(scanner: Scanner, path: Path, defaults: ScanRequest, encoding: str | None, skip: bool, ui: Lang) -> int:
    """Returns the exit code: 0 all scanned, 4 stopped at a bad line, 5 skipped some."""
    stream, size = _open(path, ui)
    err = error_console()
    show = sys.stderr.isatty() and size is not None
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    skipped = 0
    with stream, progress if show else nullcontext():
        task = progress.add_task("scan", total=size) if show else None
        items = iter_jsonl(stream, defaults, encoding, ui, scanner.config.max_chars)
        while batch := list(islice(items, BATCH)):
            good = [item.request for item, _ in batch if item.request is not None]
            results = scanner.scan_many(good, batch_size=BATCH)
            for item, _ in batch:
                if item.error is None:
                    _write(sys.stdout, {"id": item.id, **next(results).as_dict()})
                    continue
                message = t("jsonl_bad_line", ui, line=item.line, path=path, error=item.error)
                if not skip:
                    say(err, message)
                    return 4
                skipped += 1
                say(err, message)
                _write(sys.stdout, {"id": item.id, "line": item.line, "error": item.error})
            sys.stdout.flush()
            if task is not None:
                progress.update(task, completed=batch[-1][1])
    if skipped:
        say(err, t("jsonl_skipped", ui, count=skipped))
        return 5
    return 0


__all__ = ["JsonlItem", "scan_jsonl"]
