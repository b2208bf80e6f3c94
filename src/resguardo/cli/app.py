"""``resguardo``: check posts and messages for children's and families' information.

Exit codes (also in the README):
  0  ok: nothing to stop the text (or every --jsonl line was scanned)
  1  review: a person should look before it is sent
  2  usage error (unknown option, bad value)
  3  block: do not send
  4  input error (missing or unreadable file, binary, wrong encoding, bad roster, bad JSONL line)
  5  --jsonl finished but skipped lines with errors (--on-error skip)
  6  the engine could not start (model missing)
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .. import __version__
from ..engine import Lang, Roster, Scanner, ScanRequest, TextTooLongError
from ..engine.detectors.ner import ModelMissingError
from ..engine.messages import lang_from_environment, roster_error_text
from ..engine.roster import RosterError
from .inputs import InputError, read_file, read_stream
from .messages import error_console, say, t
from .render import render
from .web import register as register_web_commands

EXIT_OK, EXIT_REVIEW, EXIT_USAGE, EXIT_BLOCK, EXIT_INPUT, EXIT_SKIPPED, EXIT_ENGINE = 0, 1, 2, 3, 4, 5, 6
VERDICT_EXIT = {"ok": EXIT_OK, "review": EXIT_REVIEW, "block": EXIT_BLOCK}


class AudienceOpt(StrEnum):
    public = "public"
    private = "private"


class LangOpt(StrEnum):
    auto = "auto"
    es = "es"
    en = "en"


class UiLangOpt(StrEnum):
    es = "es"
    en = "en"


class FormatOpt(StrEnum):
    text = "text"
    json = "json"


class OnErrorOpt(StrEnum):
    stop = "stop"
    skip = "skip"


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Resguardo: revise publicaciones y mensajes antes de enviarlos / check posts and messages before sending.",
)


class Failure(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def load_roster(path: Path | None, ui: Lang) -> Roster | None:
    if path is None:
        return None
    text = read_file(path, None, ui)
    try:
        return Roster.from_dict(json.loads(text))
    except json.JSONDecodeError as exc:
        # The position in words, not the parser's English ("Expecting ',' delimiter").
        error = roster_error_text("json", {"line": exc.lineno, "column": exc.colno}, ui)
        raise InputError(t("roster_invalid", ui, path=path, error=error)) from exc
    except RosterError as exc:
        raise InputError(t("roster_invalid", ui, path=path, error=exc.text(ui))) from exc


def make_scanner(roster: Roster | None, ui: Lang) -> Scanner:
    try:
        return Scanner(roster)
    except ModelMissingError as exc:
        raise Failure(t("model_missing", ui, error=exc), EXIT_ENGINE) from exc


@app.command()
def scan(
    text: Annotated[
        str | None, typer.Argument(help="Texto a revisar, o '-' para leer la entrada estándar / text, or '-' for stdin")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Archivo de texto / text file")] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="JSON Lines (id, text, lang, audience, platform); '-' = stdin")
    ] = None,
    roster: Annotated[
        Path | None, typer.Option("--roster", "-r", help="Roster JSON de la agencia / agency roster")
    ] = None,
    audience: Annotated[
        AudienceOpt, typer.Option(help="public: publicación; private: mensaje a un destinatario con consentimiento")
    ] = AudienceOpt.public,
    platform: Annotated[str | None, typer.Option(help="whatsapp, facebook, doxy.me, …")] = None,
    lang: Annotated[LangOpt, typer.Option(help="Idioma del texto / text language")] = LangOpt.auto,
    ui_lang: Annotated[
        UiLangOpt | None, typer.Option("--ui-lang", help="Idioma de los mensajes (por defecto, el del sistema)")
    ] = None,
    fmt: Annotated[FormatOpt, typer.Option("--format", help="text (para personas) o json")] = FormatOpt.text,
    encoding: Annotated[
        str | None, typer.Option(help="Codificación de la entrada si no es UTF-8, p. ej. latin-1")
    ] = None,
    on_error: Annotated[
        OnErrorOpt, typer.Option("--on-error", help="--jsonl: stop en la primera línea mala, o skip")
    ] = OnErrorOpt.stop,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=64, help="--jsonl: procesos en paralelo / parallel processes")
    ] = 1,
) -> None:
    """Revisa un texto y da el veredicto / scan a text and give the verdict (ok, review, block)."""
    ui: Lang = ui_lang.value if ui_lang else lang_from_environment()
    text_lang: Lang | None = None if lang == LangOpt.auto else lang.value  # type: ignore[assignment]
    sources = [x for x in (text, file, jsonl) if x is not None]
    if len(sources) > 1:
        raise Failure(t("too_many_inputs", ui), EXIT_USAGE)
    if not sources:
        raise Failure(t("no_input", ui), EXIT_USAGE)
    defaults = ScanRequest("", text_lang, audience.value, platform, ui)
    scanner_roster = load_roster(roster, ui)
    if jsonl is not None:
        from .batch import scan_jsonl

        skip = on_error == OnErrorOpt.skip
        if workers > 1:
            # Each worker process loads its own scanner; the roster travels as the file's JSON.
            roster_json = json.loads(read_file(roster, None, ui)) if roster is not None else None
            raise typer.Exit(scan_jsonl(None, jsonl, defaults, encoding, skip, ui, workers=workers, roster=roster_json))
        scanner = make_scanner(scanner_roster, ui)
        raise typer.Exit(scan_jsonl(scanner, jsonl, defaults, encoding, skip, ui))
    if file is not None:
        content = read_file(file, encoding, ui)
    elif text == "-":
        content = read_stream(sys.stdin.buffer, encoding, ui)
    else:
        content = text or ""
    if not content.strip():
        raise Failure(t("empty", ui), EXIT_INPUT)
    scanner = make_scanner(scanner_roster, ui)
    try:
        result = scanner.scan(content, lang=text_lang, audience=audience.value, platform=platform, ui_lang=ui)
    except TextTooLongError as exc:
        raise Failure(t("too_long", ui, length=exc.length, limit=exc.limit), EXIT_INPUT) from exc
    if fmt == FormatOpt.json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    else:
        render(Console(), result, ui)
    raise typer.Exit(VERDICT_EXIT[result.verdict])


class BlurTextOpt(StrEnum):
    findings = "findings"
    all = "all"
    none = "none"


@app.command()
def photo(
    inputs: Annotated[list[Path], typer.Argument(help="Fotos o carpetas / photos or folders")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Archivo de salida (una sola foto)")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="Carpeta de salida")] = None,
    roster: Annotated[Path | None, typer.Option("--roster", "-r", help="Roster JSON de la agencia")] = None,
    blur_text: Annotated[
        BlurTextOpt, typer.Option("--blur-text", help="findings: solo texto que identifica; all: todo")
    ] = BlurTextOpt.findings,
    fmt: Annotated[FormatOpt, typer.Option("--format", help="text o json")] = FormatOpt.text,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Permite sobrescribir el original")] = False,
    ui_lang: Annotated[UiLangOpt | None, typer.Option("--ui-lang")] = None,
) -> None:
    """Limpia fotos: quita metadatos y ubicación, difumina rostros y texto que identifica / sanitize photos."""
    from ..engine.photo import PhotoError
    from .photo import photo_error, run_photos

    ui: Lang = ui_lang.value if ui_lang else lang_from_environment()
    try:
        code = run_photos(
            inputs, out, out_dir, load_roster(roster, ui), blur_text.value, fmt == FormatOpt.json, overwrite, ui
        )
    except PhotoError as exc:
        raise Failure(photo_error(exc, ui, exc.detail), EXIT_INPUT) from exc
    raise typer.Exit(code)


@app.command()
def tour(
    ui_lang: Annotated[UiLangOpt | None, typer.Option("--ui-lang")] = None,
) -> None:
    """Muestra el motor con publicaciones y un roster de ejemplo / show the engine on sample posts."""
    from .demo import run_demo

    ui: Lang = ui_lang.value if ui_lang else lang_from_environment()
    run_demo(Console(), ui)


register_web_commands(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"resguardo {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Versión")] = False,
) -> None:
    """Resguardo."""


def main(argv: list[str] | None = None) -> int:
    ui = lang_from_environment()
    err = error_console()
    try:
        # Without standalone mode click returns the code of typer.Exit instead of exiting.
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int):
            return code
    except typer.Exit as exc:
        return exc.exit_code
    except InputError as exc:
        say(err, str(exc))
        return EXIT_INPUT
    except Failure as exc:
        say(err, str(exc))
        return exc.code
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Typer bundles its own copy of click; its usage errors carry format_message/exit_code.
        if hasattr(exc, "format_message") and getattr(exc, "exit_code", None) == EXIT_USAGE:
            prefix = "Uso incorrecto" if ui == "es" else "Usage error"
            say(err, f"{prefix}: {exc.format_message()} (resguardo --help)")
            return EXIT_USAGE
        raise
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
