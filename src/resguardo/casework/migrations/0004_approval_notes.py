"""Each agency's notes for its staff on its approval of a platform (the catalog's facts stay shared)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("casework", "0003_api_token"),
    ]

    operations = [
        migrations.AddField(
            model_name="platformapproval",
            name="notes",
            field=models.TextField(
                blank=True, verbose_name="notes for our staff",
                help_text="Only your agency sees these notes: when and how to use this platform for this purpose."),
        ),
        migrations.AlterField(
            model_name="platformapproval",
            name="agency",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="platform_approvals",
                                    to="casework.agency", verbose_name="agency"),
        ),
        migrations.AlterField(
            model_name="platformapproval",
            name="approved_at",
            field=models.DateTimeField(auto_now_add=True, verbose_name="approved at"),
        ),
        migrations.AlterField(
            model_name="platformapproval",
            name="approved_by",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="approved by"),
        ),
        migrations.AlterField(
            model_name="platformapproval",
            name="platform",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="approvals",
                                    to="casework.platform", verbose_name="platform"),
        ),
    ]
