"""Concurrent clients against the server: threads that start together (a barrier), stop at a time limit
and, when given, after a number of requests in all, and record each request's latency by name, or why it
failed."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any


def concurrently(count: int, target: Callable[[int], object]) -> float:
    """Run ``target(0)`` … ``target(count - 1)`` in threads at once; the wall-clock seconds until all end."""
    threads = [threading.Thread(target=target, args=(i,)) for i in range(count)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def timed_request(send: Callable[[], Any]) -> tuple[float, Any, str]:
    """(seconds, response, "") of one HTTP request, or (seconds, None, the exception's name) when it
    raised; the caller judges the response."""
    import requests

    start = time.perf_counter()
    try:
        response = send()
    except requests.RequestException as exc:
        return time.perf_counter() - start, None, type(exc).__name__
    return time.perf_counter() - start, response, ""


class Phase:
    """One phase of load: what its clients share. The time limit counts from the phase's creation; with a
    budget, clients claim each request from it, so the phase sends exactly that many in all."""

    def __init__(
        self,
        clients: int,
        names: Iterable[str],
        time_limit: float,
        budget: int | None = None,
        start_timeout: float = 60.0,
    ) -> None:
        self.clients = clients
        self.latencies: dict[str, list[float]] = {name: [] for name in names}
        self.failures: list[str] = []
        self.lock = threading.Lock()
        self.stop_at = time.time() + time_limit
        self.budget = budget
        self.sent = 0
        self._barrier = threading.Barrier(clients)
        self._start_timeout = start_timeout

    def start_together(self) -> None:
        """Wait for every client (a client that gave up does not hold the others for ever)."""
        with contextlib.suppress(threading.BrokenBarrierError):
            self._barrier.wait(timeout=self._start_timeout)

    def expired(self) -> bool:
        return time.time() > self.stop_at

    def claim(self) -> bool:
        """Take one request of the budget; False once it is spent or the time is up."""
        with self.lock:
            if (self.budget is not None and self.sent >= self.budget) or self.expired():
                return False
            self.sent += 1
            return True

    def record(self, name: str, elapsed: float, failure: str) -> None:
        with self.lock:
            if failure:
                self.failures.append(failure)
            else:
                self.latencies[name].append(elapsed)

    def run(self, client_loop: Callable[[int], object]) -> float:
        """Every client's loop in a thread of its own; the phase's wall-clock seconds."""
        return concurrently(self.clients, client_loop)
