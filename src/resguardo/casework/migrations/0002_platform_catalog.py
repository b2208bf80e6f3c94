"""Data migration: load the seeded platform catalog (data/platforms.json), updating existing rows by slug."""

from django.db import migrations


def load_catalog(apps, schema_editor):
    from resguardo.casework.catalog import seed_platforms

    seed_platforms(apps.get_model("casework", "Platform"))


class Migration(migrations.Migration):

    dependencies = [
        ("casework", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load_catalog, migrations.RunPython.noop),
    ]
