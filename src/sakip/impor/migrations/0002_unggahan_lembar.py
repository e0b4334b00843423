from django.db import migrations, models


def hapus_belum_dibaca(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Uploads waiting with their raw file only cannot be previewed any more: the user uploads
    them again."""
    apps.get_model("impor", "Unggahan").objects.filter(disimpan__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("impor", "0001_initial")]

    operations = [
        migrations.RunPython(hapus_belum_dibaca, migrations.RunPython.noop),
        migrations.RemoveField(model_name="unggahan", name="isi"),
        migrations.AddField(
            model_name="unggahan", name="lembar", field=models.BinaryField(default=b"")
        ),
    ]
