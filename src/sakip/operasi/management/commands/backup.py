"""Write one archive of the whole database and the media files (evidence)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.operasi.cadangan import cadangkan


class Command(BaseCommand):
    help = "Cadangkan seluruh basis data dan berkas bukti ke satu arsip tar (dengan manifest)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", help="arsip yang ditulis, mis. cadangan.tar")

    def handle(self, *args: Any, **options: Any) -> None:
        tujuan = Path(options["berkas"]).resolve()
        if not tujuan.parent.is_dir():
            raise CommandError(f"Folder {tujuan.parent} tidak ada.")
        try:
            manifest = cadangkan(tujuan)
        except OSError as exc:
            raise CommandError(f"Cadangan tidak dapat ditulis ke {tujuan}: {exc}") from exc
        baris = sum(manifest["tabel"].values())
        media = sum(1 for n in manifest["berkas"] if n.startswith("media/"))
        self.stdout.write(
            f"Cadangan ditulis ke {tujuan}: {baris} baris dari {len(manifest['tabel'])} tabel, "
            f"{media} berkas media."
        )
