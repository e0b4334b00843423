from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from sakip.impor.models import UMUR_UNGGAHAN, delete_abandoned


class Command(BaseCommand):
    help = (
        "Hapus unggahan impor yang tidak pernah disimpan dan berumur lebih dari sehari "
        "(halaman impor juga melakukannya setiap kali berkas diunggah; jalankan dari cron "
        "bila halaman itu jarang dipakai)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", verbosity=0, interactive=False)
        jumlah = delete_abandoned()
        jam = int(UMUR_UNGGAHAN.total_seconds() // 3600)
        self.stdout.write(f"{jumlah} unggahan yang tidak disimpan (lebih dari {jam} jam) dihapus.")
