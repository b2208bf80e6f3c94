"""Web application commands on the same `resguardo` CLI: migrate, demo, serve, manage, backup, restore.

They work from an installed package, without a source checkout: Django is configured here from the
environment (DATABASE_URL, SECRET_KEY, RESGUARDO_DATA_DIR, ...), exactly as the web server is.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..engine.messages import lang_from_environment


def _say(es: str, en: str) -> str:
    return es if lang_from_environment() == "es" else en


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resguardo.web.settings")
    import django
    from django.conf import settings

    django.setup()
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)


def migrate() -> None:
    """Crea o actualiza la base de datos / create or update the database."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)


def demo(
    force: Annotated[bool, typer.Option("--force", help="Also in production (never do this)")] = False,
) -> None:
    """Carga la agencia de demostración e imprime sus accesos / load the demo agency and print its logins."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from resguardo.casework.demo import DEMO_USERS, load_demo

    if settings.PRODUCTION and not force:
        typer.echo(
            _say(
                "La agencia de demostración no se carga en producción (RESGUARDO_ENV=production).",
                "The demo agency is not loaded in production (RESGUARDO_ENV=production).",
            ),
            err=True,
        )
        raise typer.Exit(2)
    call_command("migrate", interactive=False, verbosity=0)
    created = load_demo()
    typer.echo(
        _say(
            "Agencia de demostración " + ("creada." if created else "ya cargada."),
            "Demo agency " + ("created." if created else "already loaded."),
        )
    )
    typer.echo(_say("Accesos de demostración (solo para desarrollo):", "Demo logins (development only):"))
    for username, password, role_es, role_en in DEMO_USERS:
        typer.echo(f"  {username:<8} {password:<24} {_say(role_es, role_en)}")


def serve(
    host: Annotated[str, typer.Option(help="Dirección / address")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Puerto / port")] = 8000,
    workers: Annotated[int, typer.Option(help="Procesos de gunicorn / gunicorn processes")] = 2,
    threads: Annotated[int, typer.Option(help="Hilos por proceso / threads per process")] = 4,
) -> None:
    """Sirve la aplicación web con gunicorn / serve the web application with gunicorn."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    if settings.PRODUCTION:
        call_command("collectstatic", interactive=False, verbosity=0)
    # What a killed process or a rolled-back transaction left (half-written files, stale uploads).
    call_command("clean_orphan_files", verbosity=0)
    typer.echo(
        _say(
            f"Resguardo en http://{host}:{port}/  (Ctrl+C para parar)",
            f"Resguardo at http://{host}:{port}/  (Ctrl+C to stop)",
        )
    )
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    args = [
        gunicorn,
        "resguardo.web.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--access-logfile",
        "-",
        "--forwarded-allow-ips",
        os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]
    os.execv(gunicorn, args)


def manage(ctx: typer.Context) -> None:
    """Comandos de Django (p. ej. createsuperuser, check --deploy) / Django management commands."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["resguardo manage", *ctx.args])


def backup(
    out: Annotated[Path, typer.Argument(help="Archivo .tar.gz de salida / output .tar.gz file")],
) -> None:
    """Copia de seguridad consistente (base de datos y archivos) / consistent backup (database and files)."""
    setup_django()
    from resguardo.web.backup import BackupError, make_backup

    try:
        manifest = make_backup(out)
    except BackupError as exc:
        typer.echo(_say(exc.es, exc.en), err=True)
        raise typer.Exit(4) from exc
    typer.echo(
        _say(
            f"Copia guardada en {out} ({manifest['files']} archivos adjuntos).",
            f"Backup written to {out} ({manifest['files']} attached files).",
        )
    )


def restore(
    archive: Annotated[Path, typer.Argument(help="Copia .tar.gz / backup .tar.gz")],
    yes: Annotated[bool, typer.Option("--yes", help="Sin preguntar / without asking")] = False,
) -> None:
    """Restaura una copia (reemplaza los datos actuales) / restore a backup (replaces current data)."""
    setup_django()
    from django.core.management import call_command

    from resguardo.web.backup import BackupError, restore_backup

    def ask(manifest: dict[str, object]) -> bool:
        # Asked only once the whole archive has been checked: a bad backup is refused before this.
        return yes or typer.confirm(
            _say(
                f"La copia del {manifest['created']} está completa. Esto reemplaza todos los datos actuales. "
                "¿Continuar?",
                f"The backup of {manifest['created']} is complete. This replaces all current data. Continue?",
            )
        )

    try:
        restored = restore_backup(archive, confirm=ask)
    except BackupError as exc:
        typer.echo(_say(exc.es, exc.en), err=True)
        raise typer.Exit(4) from exc
    if restored is None:
        raise typer.Exit(1)
    typer.echo(
        _say(
            f"Restaurada la copia del {restored.manifest['created']}.",
            f"Restored the backup of {restored.manifest['created']}.",
        )
    )
    pending = len(restored.pending_migrations)
    if pending:
        # An older backup: bring it to this version's schema now, or the web application would fail on it.
        try:
            call_command("migrate", interactive=False, verbosity=0)
        except Exception as exc:
            typer.echo(
                _say(
                    f"La copia es de una versión anterior y la migración falló ({exc}); "
                    "corrija el problema y ejecute `resguardo migrate`.",
                    f"The backup is from an older version and migrating it failed ({exc}); "
                    "fix the problem and run `resguardo migrate`.",
                ),
                err=True,
            )
            raise typer.Exit(4) from exc
        typer.echo(
            _say(
                f"La copia era de una versión anterior: se aplicaron {pending} migraciones pendientes.",
                f"The backup was from an older version: applied {pending} pending migration(s).",
            )
        )


def register(app: typer.Typer) -> None:
    for command in (migrate, demo, serve, backup, restore):
        app.command()(command)
    # Everything after `manage` goes to Django, its own --help included.
    app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []})(
        manage
    )
