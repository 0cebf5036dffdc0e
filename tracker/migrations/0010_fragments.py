import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0009_rollups"),
    ]

    operations = [
        migrations.AddField(
            model_name="recordversion",
            name="registry_changed_at",
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
    ]
