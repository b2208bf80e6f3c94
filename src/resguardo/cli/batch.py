"""``resguardo scan --jsonl``: stream JSON Lines in, JSON Lines out, in input order.

With ``--workers N`` (N > 1) batches go to N processes, each with its own scanner (the models
load once per process); results are written in input order, and at most 2×N batches are in
flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from itertools import islice
from pathlib import Path
from typing import IO, Any, BinaryIO

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from ..engine import Lang, Roster, Scanner, ScanRequest
from ..engine.config import ScannerConfig
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


Batch = list[tuple[JsonlItem, int]]
Results = list[dict[str, Any]]

# One scanner per worker process, built by _init_worker.
_worker_scanner: Scanner | None = None


def _init_worker(roster: dict[str, Any] | None) -> None:
    global _worker_scanner
    _worker_scanner = Scanner(Roster.from_dict(roster) if roster is not None else None)


def _scan_in_worker(requests: Sequence[ScanRequest]) -> Results:
    assert _worker_scanner is not None
    return [r.as_dict() for r in _worker_scanner.scan_many(requests, batch_size=BATCH)]


def _scan_here(scanner: Scanner) -> Callable[[Iterator[Batch]], Iterator[tuple[Batch, Results]]]:
    def run(batches: Iterator[Batch]) -> Iterator[tuple[Batch, Results]]:
        for batch in batches:
            good = [item.request for item, _ in batch if item.request is not None]
            yield batch, [r.as_dict() for r in scanner.scan_many(good, batch_size=BATCH)]

    return run


def _scan_in_pool(
    workers: int, roster: dict[str, Any] | None
) -> Callable[[Iterator[Batch]], Iterator[tuple[Batch, Results]]]:
    def run(batches: Iterator[Batch]) -> Iterator[tuple[Batch, Results]]:
        # spawn, not fork: a forked copy of a process holding spaCy's threads and locks can hang.
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers, initializer=_init_worker, initargs=(roster,)) as pool:
            pending: deque[tuple[Batch, Any]] = deque()
            for batch in batches:
                good = [item.request for item, _ in batch if item.request is not None]
                pending.append((batch, pool.apply_async(_scan_in_worker, (good,))))
                if len(pending) >= 2 * workers:
                    done, result = pending.popleft()
                    yield done, result.get()
            while pending:
                done, result = pending.popleft()
                yield done, result.get()

    return run


def scan_jsonl(
    scanner: Scanner | None,
    path: Path,
    defaults: ScanRequest,
    encoding: str | None,
    skip: bool,
    ui: Lang,
    *,
    workers: int = 1,
    roster: dict[str, Any] | None = None,
) -> int:
    """Returns the exit code: 0 all scanned, 4 stopped at a bad line, 5 skipped some.

    One process scans with ``scanner``; ``workers`` > 1 starts that many processes, each with a
    scanner over ``roster`` (the roster file's parsed JSON)."""
    if workers > 1 or scanner is None:
        scan_batches = _scan_in_pool(max(workers, 1), roster)
        max_chars = ScannerConfig().max_chars
    else:
        scan_batches = _scan_here(scanner)
        max_chars = scanner.config.max_chars
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
        items = iter_jsonl(stream, defaults, encoding, ui, max_chars)
        batches = iter(lambda: list(islice(items, BATCH)), [])
        for batch, scanned in scan_batches(batches):
            results = iter(scanned)
            for item, _ in batch:
                if item.error is None:
                    _write(sys.stdout, {"id": item.id, **next(results)})
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
