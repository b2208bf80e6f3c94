"""Database triggers that refuse UPDATE and DELETE of record entries and attachments (SQLite and
PostgreSQL), keep new entries linked to the last one, and keep the chain head on the last entry.
The SQL is in resguardo.records.triggers."""

from django.db import migrations


def install(apps, schema_editor):  # type: ignore[no-untyped-def]
    from resguardo.records import triggers

    triggers.install(schema_editor.connection)


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    from resguardo.records import triggers

    triggers.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [migrations.RunPython(install, drop)]
