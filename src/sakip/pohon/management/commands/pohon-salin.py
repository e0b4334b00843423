"""sakip pohon-salin --opd KODE --from 2022 --to 2023: start a year's tree from the year before."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.alur.layanan import Ditolak
from sakip.kinerja import models as m
from sakip.pohon.layanan import salin


class Command(BaseCommand):
    help = "Salin pohon kinerja satu tahun menjadi awal pohon kinerja tahun lain (aman diulang)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--opd", required=True, help="Kode perangkat daerah.")
        parser.add_argument("--from", dest="dari", type=int, required=True, help="Tahun asal.")
        parser.add_argument("--to", dest="ke", type=int, required=True, help="Tahun tujuan.")

    def handle(self, *args: Any, **options: Any) -> None:
        opd = m.PerangkatDaerah.objects.filter(kode=options["opd"]).first()
        if opd is None:
            raise CommandError(f"Perangkat daerah {options['opd']} tidak ditemukan.")
        try:
            pohon = salin(opd, options["dari"], options["ke"], None)
        except Ditolak as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Pohon kinerja {pohon.tahun} {opd.nama}: {pohon.simpul.count()} simpul.")
