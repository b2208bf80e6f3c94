"""``resguardo photo``: sanitize photos (metadata, faces, identifying text) with a report each."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from ..engine import Lang, Roster
from ..engine.messages import photo_error_text
from ..engine.photo import BlurText, PhotoError, PhotoSanitizer, SanitizedPhoto
from .messages import error_console, say, t

PHOTO_SUFFIXES = {
    ".jpg",
    ".jpeg",
    ".jfif",
    ".png",
    ".webp",
    ".heic",
    ".heif",
    ".avif",
    ".tif",
    ".tiff",
    ".gif",
    ".bmp",
    ".mpo",
}
MARK = ".resguardo"


def collect(inputs: list[Path], ui: Lang) -> list[Path]:
    """Photos named on the command line, and those in folders (not our own earlier outputs)."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files += sorted(
                p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES and MARK not in p.name
            )
        elif item.exists():
            files.append(item)
        else:
            raise PhotoError("not_found", str(item))
    if not files:
        raise PhotoError("no_photos", ", ".join(str(i) for i in inputs))
    return files


def output_path(source: Path, fmt: str, out: Path | None, out_dir: Path | None, taken: set[Path]) -> Path:
    """A name no other photo of this run and no input has: IMG_0412.HEIC and IMG_0412.JPG both
    become IMG_0412.resguardo.jpg otherwise."""
    if out is not None:
        return out
    suffix = ".jpg" if fmt == "JPEG" else ".png"
    folder = out_dir if out_dir is not None else source.parent
    target = folder / f"{source.stem}{MARK}{suffix}"
    n = 2
    while target.resolve() in taken:
        target = folder / f"{source.stem}{MARK}-{n}{suffix}"
        n += 1
    return target


def requested_format(out: Path | None) -> str | None:
    if out is None:
        return None
    return {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}.get(out.suffix.lower())


def run_photos(
    inputs: list[Path],
    out: Path | None,
    out_dir: Path | None,
    roster: Roster | None,
    blur_text: BlurText,
    json_output: bool,
    overwrite: bool,
    ui: Lang,
) -> int:
    """Returns the exit code: 0 all sanitized, 4 when some photo could not be (each one said)."""
    err = error_console()
    files = collect(inputs, ui)
    if out is not None and len(files) != 1:
        raise PhotoError("one_output_many_inputs", str(len(files)))
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PhotoError("unwritable", str(out_dir), exc.errno) from exc
    sanitizer = PhotoSanitizer(roster=roster)
    taken = {f.resolve() for f in files}  # never write over an input of this run
    failures = 0
    show = sys.stderr.isatty() and len(files) > 1
    with Progress(console=err, transient=True, disable=not show) as progress:
        task = progress.add_task("fotos" if ui == "es" else "photos", total=len(files))
        for source in files:
            try:
                result = sanitizer.sanitize(source, blur_text=blur_text, output_format=requested_format(out))
                target = output_path(source, result.format, out, out_dir, taken - {source.resolve()})
                if (target.resolve() in taken or _same_file(target, source)) and not overwrite:
                    raise PhotoError("would_overwrite", str(source))
                _write(target, result.data)
                taken.add(target.resolve())
            except Exception as exc:  # one bad photo must not stop the others
                if not isinstance(exc, PhotoError):
                    # The exception's class names what failed; its text is a library's English.
                    exc = PhotoError("failed", type(exc).__name__)
                failures += 1
                say(err, photo_error(exc, ui, source))
                if json_output:
                    sys.stdout.write(json.dumps({"input": str(source), "error": exc.code}) + "\n")
                continue
            finally:
                progress.advance(task)
            if json_output:
                sys.stdout.write(
                    json.dumps(
                        {"input": str(source), "output": str(target), **result.report.as_dict()}, ensure_ascii=False
                    )
                    + "\n"
                )
            else:
                render_report(Console(), source, target, result, ui)
    return 4 if failures else 0


def _same_file(target: Path, source: Path) -> bool:
    try:
        return target.exists() and target.samefile(source)
    except OSError:
        return False


def _write(target: Path, data: bytes) -> None:
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise PhotoError("unwritable", str(target), exc.errno) from exc


def photo_error(exc: PhotoError, ui: Lang, source: Path | str = "") -> str:
    return photo_error_text(exc, ui, source)


def render_report(console: Console, source: Path, target: Path, result: SanitizedPhoto, ui: Lang) -> None:
    report = result.report
    console.print(Text(f"{source} → {target}", style="bold"))
    if report.metadata_removed:
        table = Table(title=t("photo_metadata", ui), title_justify="left", show_header=False)
        for key, value in report.metadata_removed.items():
            table.add_row(Text(key), Text(value))
        console.print(table)
    else:
        console.print(t("photo_no_metadata", ui))
    if report.gps:
        console.print(
            Text(t("photo_gps", ui, lat=f"{report.gps[0]:.5f}", lon=f"{report.gps[1]:.5f}"), style="bold red")
        )
    console.print(t("photo_faces", ui, count=len(report.faces), blurred=sum(f.blurred for f in report.faces)))
    for found in report.text:
        mark = "■" if found.blurred else "·"
        kinds = ", ".join(found.findings)
        console.print(Text(f"  {mark} {found.text}" + (f"  [{kinds}]" if kinds else "")))
