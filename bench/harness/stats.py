"""Timing and memory figures: timed calls and loops, percentiles, latency summaries in milliseconds, the
resident memory of a process and the cores the machine keeps busy (from /proc, Linux)."""

from __future__ import annotations

import contextlib
import math
import os
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, value) of one call."""
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def repeat(fn: Callable[[], T], times: int, before: Callable[[], object] | None = None) -> tuple[list[float], T]:
    """Seconds of each of ``times`` calls (``before`` runs ahead of each, untimed) and the last value."""
    if times < 1:
        raise ValueError("times must be at least 1")
    seconds: list[float] = []
    for _ in range(times):
        if before is not None:
            before()
        elapsed, value = timed(fn)
        seconds.append(elapsed)
    return seconds, value


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (NaN when there are no values)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def latency_ms(
    values: list[float], percentiles: tuple[int, ...] = (50, 95), *, maximum: bool = True, mean: bool = False
) -> dict[str, float | None]:
    """Seconds summarised in milliseconds (one decimal): ``p50_ms``, ``p95_ms``…, then ``max_ms`` and
    ``mean_ms`` when asked (the mean is None without values)."""
    out: dict[str, float | None] = {f"p{p}_ms": round(percentile(values, p) * 1000, 1) for p in percentiles}
    if maximum:
        out["max_ms"] = round(max(values, default=float("nan")) * 1000, 1)
    if mean:
        out["mean_ms"] = round(statistics.mean(values) * 1000, 1) if values else None
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process, in MB, from /proc; zeros once it is gone."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        return 0.0, 0.0
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all cores since boot, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_cores(seconds: float = 3.0) -> float:
    """How many cores the machine keeps busy (all processes) over a few seconds."""
    busy0, total0 = _machine_ticks()
    time.sleep(seconds)
    busy1, total1 = _machine_ticks()
    return round((os.cpu_count() or 1) * (busy1 - busy0) / max(1, total1 - total0), 2)


def cpu_sample(pids: list[int]) -> tuple[int, int, int]:
    """(machine busy ticks, machine total ticks over all cores, ticks used by these processes)."""
    busy, total = _machine_ticks()
    own = 0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            own += int(stat[11]) + int(stat[12])  # utime, stime
    return busy, total, own
