"""The real web server for a load test: gunicorn on a free port of 127.0.0.1, started against the
database of a prepared environment, and always stopped again (its workers with it)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 60.0  # seconds for the server to answer /health/
STOP_TIMEOUT = 20.0  # seconds for a graceful shutdown before the process group is killed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children_of(pid: int) -> list[int]:
    """The direct children of a process (gunicorn's master: its workers), from /proc."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen[bytes]
    base: str  # http://127.0.0.1:PORT
    log: Path  # gunicorn's stderr

    @property
    def pid(self) -> int:
        return self.process.pid

    def worker_pids(self) -> list[int]:
        return children_of(self.process.pid)


def gunicorn_command(port: int, workers: int, threads: int) -> list[str]:
    # As `resguardo serve` runs it (src/resguardo/cli/web.py), without the access log.
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        "resguardo.web.wsgi:application",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--bind",
        f"127.0.0.1:{port}",
        "--keep-alive",
        "75",
        "--log-level",
        "warning",
    ]


def wait_until_healthy(server: Server, timeout: float = START_TIMEOUT) -> None:
    import requests

    deadline = time.time() + timeout
    while True:
        try:
            if requests.get(f"{server.base}/health/", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        if time.time() > deadline or server.process.poll() is not None:
            raise RuntimeError("gunicorn did not start: " + server.log.read_text(errors="replace")[-2000:])
        time.sleep(0.3)


def stop(process: subprocess.Popen[bytes], timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM (gunicorn stops its workers), then SIGKILL to the server's own process group."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        # The server runs in a session of its own, so its group holds only the master and its workers.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def gunicorn(env: dict[str, str], workers: int, threads: int, log_name: str = "gunicorn.log") -> Iterator[Server]:
    """A running server, once it answers /health/; ``env`` is the one setup_django() returned (its data
    folder holds the log and is the server's working directory)."""
    data_dir = Path(env["RESGUARDO_DATA_DIR"])
    port = free_port()
    log = data_dir / log_name
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            gunicorn_command(port, workers, threads),
            env=env,
            cwd=data_dir,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        wait_until_healthy(server)
        yield server
    finally:
        stop(process)
