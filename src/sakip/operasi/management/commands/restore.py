"""Restore an archive of `sakip backup` into an empty database and media folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.operasi.cadangan import CadanganRusak
from sakip.operasi.pulih import TujuanNotEmpty, pulihkan


class Command(BaseCommand):
    help = (
        "Pulihkan cadangan `sakip backup` ke basis data dan folder media yang kosong "
        "(--replace: ganti isinya)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", help="arsip cadangan, mis. cadangan.tar")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="hapus data dan berkas media yang ada, lalu ganti dengan isi cadangan",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sumber = Path(options["berkas"])
        if not sumber.is_file():
            raise CommandError(f"Berkas cadangan {sumber} tidak ada.")
        try:
            manifest = pulihkan(sumber, ganti=options["replace"])
        except (CadanganRusak, TujuanNotEmpty) as exc:
            raise CommandError(str(exc)) from exc
        baris = sum(manifest["tabel"].values())
        media = sum(1 for n in manifest["berkas"] if n.startswith("media/"))
        self.stdout.write(
            f"Cadangan {manifest['dibuat'][:19]} dipulihkan: {baris} baris, {media} berkas media; "
            "manifest cocok."
        )
