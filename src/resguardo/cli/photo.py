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
from ..engine.photo import BlurText, PhotoError, PhotoSanitizer, SanitizedPhoto
from .messages import t

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".gif", ".bmp", ".mpo"}


def collect(inputs: list[Path], ui: Lang) -> list[Path]:
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES)
        elif item.exists():
            files.append(item)
        else:
            raise PhotoError("not_found", str(item))
    return files


def output_path(source: Path, fmt: str, out: Path | None, out_dir: Path | None) -> Path:
    suffix = ".jpg" if fmt == "JPEG" else ".png"
    if out is not None:
        return out
    folder = out_dir if out_dir is not None else source.parent
    return folder / f"{source.stem}.resguardo{suffix}"


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
    err = Console(stderr=True, highlight=False)
    files = collect(inputs, ui)
    if out is not None and len(files) != 1:
        raise PhotoError("one_output_many_inputs", str(len(files)))
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    sanitizer = PhotoSanitizer(roster=roster)
    failures = 0
    show = sys.stderr.isatty() and len(files) > 1
    with Progress(console=err, transient=True, disable=not show) as progress:
        task = progress.add_task("fotos" if ui == "es" else "photos", total=len(files))
        for source in files:
            try:
                result = sanitizer.sanitize(source, blur_text=blur_text)
                target = output_path(source, result.format, out, out_dir)
                if target.resolve() == source.resolve() and not overwrite:
                    raise PhotoError("would_overwrite", str(source))
                target.write_bytes(result.data)
            except PhotoError as exc:
                failures += 1
                err.print(photo_error(exc, ui, source), markup=False)
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


def photo_error(exc: PhotoError, ui: Lang, source: Path | str = "") -> str:
    key = f"photo_{exc.code}"
    try:
        return t(key, ui, path=source, detail=exc.detail)
    except KeyError:
        return t("photo_failed", ui, path=source, detail=str(exc))


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
