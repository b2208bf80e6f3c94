"""The CLI through its real entry point (the installed ``resguardo`` console script)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures"
ROSTER = str(FIXTURES / "roster.json")
EXE = shutil.which("resguardo", path=str(Path(sys.executable).parent)) or "resguardo"


def run(*args: str, stdin: bytes | None = None, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "COLUMNS": "200", "NO_COLOR": "1"}
    result = subprocess.run([EXE, *args], input=stdin, capture_output=True, env=env, timeout=120, check=False)
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def test_scan_text_in_json_gives_verdict_findings_and_redacted() -> None:
    result = run(
        "scan", "--roster", ROSTER, "--format", "json", "Felicidades a Cami de la Escuela Primaria Leona Vicario"
    )
    assert result.returncode == 3, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "block"
    assert {f["type"] for f in data["findings"]} == {"PERSON", "SCHOOL"}
    assert data["redacted"] == "Felicidades a [NOMBRE] de la [ESCUELA]"
    assert data["findings"][0]["person"] == "Camila Herrera Soto"


def test_human_output_highlights_and_explains_in_the_ui_language() -> None:
    result = run("scan", "--roster", ROSTER, "--ui-lang", "es", "Congrats to Liam at Jefferson Middle School!")
    assert result.returncode == 3
    assert "Veredicto: BLOCK — no enviar" in result.stdout
    assert "Motivo" in result.stdout and "Priorizar" in result.stdout
    assert "[NAME]" in result.stdout


def test_ui_language_defaults_to_the_locale() -> None:
    result = run("scan", "Hola Ana", lang="es_MX.UTF-8")
    assert "Veredicto" in result.stdout


def test_exit_codes_for_ok_review_and_block() -> None:
    assert run("scan", "Our office will be closed on Monday.").returncode == 0
    assert run("scan", "Thank you Margarita for the donation").returncode == 1
    assert run("scan", "--roster", ROSTER, "Camila va a la Escuela Primaria Leona Vicario").returncode == 3


def test_private_audience_and_platform() -> None:
    text = "Gloria, el psiquiatra le recetó sertralina a Jesús."
    whatsapp = run(
        "scan", "--roster", ROSTER, "--audience", "private", "--platform", "whatsapp", "--format", "json", text
    )
    hipaa = run("scan", "--roster", ROSTER, "--audience", "private", "--platform", "doxy.me", "--format", "json", text)
    assert (json.loads(whatsapp.stdout)["verdict"], json.loads(hipaa.stdout)["verdict"]) == ("block", "ok")


def test_stdin_and_file(tmp_path: Path) -> None:
    assert (
        json.loads(run("scan", "-", "--format", "json", stdin=b"Vive en Calle Nogal 48").stdout)["verdict"] == "block"
    )
    post = tmp_path / "post.txt"
    post.write_text("Vive en Calle Nogal 48", encoding="utf-8")
    assert run("scan", "--file", str(post), "--format", "json").returncode == 3


def test_jsonl_streams_one_line_per_input_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Camila va a la Escuela Primaria Leona Vicario", "extra": 1},
        {"id": "b", "text": "Abril es el Mes de la Prevención del Abuso Infantil.", "lang": "es"},
        {"id": 3, "text": "Gloria, tu cita es el lunes", "audience": "private", "platform": "whatsapp"},
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    result = run("scan", "--roster", ROSTER, "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["verdict"]) for o in out] == [("a", "block"), ("b", "ok"), (3, "ok")]
    assert set(out[0]["findings"][0]) >= {"start", "end", "type", "text", "score", "detector", "reason"}


def test_malformed_jsonl_line_stops_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text('{"id": 1, "text": "hola"}\n{"id": 2, "text": \n{"id": 3, "text": "adiós"}\n', encoding="utf-8")
    result = run("scan", "--jsonl", str(path))
    assert result.returncode == 4
    assert "Line 2" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1]


def test_malformed_jsonl_line_can_be_skipped_but_never_silently(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"id": 1, "text": "hola"}\n{"id": 2, "text": 5}\n\xff\xfe\n{"id": 4, "text": "adios"}\n')
    result = run("scan", "--jsonl", str(path), "--on-error", "skip", lang="es_ES.UTF-8")
    assert result.returncode == 5
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o.get("error") is not None for o in out] == [False, True, True, False]
    assert [o["line"] for o in out if "error" in o] == [2, 3]
    assert "Se omitieron 2 líneas" in result.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message", "code"),
    [
        (("scan", "--file", "/no/such/file.txt"), None, "File not found", 4),
        (("scan", "-"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", 4),
        (("scan", "-"), "café José".encode("latin-1"), "not valid UTF-8", 4),
        (("scan", "   "), None, "empty", 4),
        (("scan",), None, "Nothing to scan", 2),
        (("scan", "--audience", "everyone", "hola"), None, "Usage error", 2),
        (("scan", "--roster", str(FIXTURES / "posts.jsonl"), "hola"), None, "roster", 4),
        (("scan", "--encoding", "klingon", "-"), b"hola", "Unknown encoding", 4),
    ],
)
def test_bad_input_gets_one_clear_line_and_no_traceback(
    args: tuple[str, ...], stdin: bytes | None, message: str, code: int
) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_wrong_encoding_can_be_named(tmp_path: Path) -> None:
    post = tmp_path / "latin1.txt"
    post.write_bytes("Vive en Calle Nogal 48, José".encode("latin-1"))
    result = run("scan", "--file", str(post), "--encoding", "latin-1", "--format", "json")
    assert json.loads(result.stdout)["verdict"] == "block"


def test_errors_in_spanish() -> None:
    result = run("scan", "--file", "/no/existe.txt", lang="es_MX.UTF-8")
    assert "No se encontró el archivo" in result.stderr


def test_markup_in_posts_is_shown_as_written() -> None:
    result = run("scan", "[bold red]hola[/] <script>alert(1)</script>")
    assert "[bold red]hola[/]" in result.stdout and "<script>" in result.stdout


def test_demo_and_version() -> None:
    demo = run("tour", "--ui-lang", "en")
    assert demo.returncode == 0 and "demo-1" in demo.stdout and "do not send" in demo.stdout
    assert run("--version").stdout.startswith("resguardo ")


def test_jsonl_with_two_workers_gives_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    texts = [
        "Camila va a la Escuela Primaria Leona Vicario",
        "Abril es el Mes de la Prevención del Abuso Infantil.",
        "Join us Saturday for our resource fair!",
        "Llame al (555) 201-3344 para hablar con Gloria",
    ]
    # 300 lines make five batches, so several are in flight in the two processes at once.
    lines = [{"id": i, "text": texts[i % len(texts)]} for i in range(300)]
    lines.insert(150, {"id": "bad"})  # a line without text is reported in its place
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    one = run("scan", "--roster", ROSTER, "--jsonl", str(path), "--on-error", "skip")
    two = run("scan", "--roster", ROSTER, "--jsonl", str(path), "--on-error", "skip", "--workers", "2")
    assert (one.returncode, two.returncode) == (5, 5), two.stderr
    assert two.stdout == one.stdout
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == [x["id"] for x in lines]
