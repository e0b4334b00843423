"""`sakip pemda`: the control room of a Pemda's year and its indicators."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.core.tables.export import to_json
from sakip.pemda import keluaran
from sakip.pemda.iku import iku_pemda
from sakip.pemda.kendali import susun

from ._pemda import choose_pemda


class Command(BaseCommand):
    help = "Cetak ruang kendali Pemda: status setiap perangkat daerah dan indikator kinerja Pemda."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        parser.add_argument("--pemda", help="kode Pemda (boleh kosong bila hanya satu)")
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        pemda = choose_pemda(options.get("pemda"))
        ruang = susun(pemda, options["year"])
        iku = iku_pemda(pemda, options["year"])
        if options["format"] == "json":
            self.stdout.write(to_json(keluaran.data(ruang, iku)))
        else:
            self.stdout.write(keluaran.teks(ruang, iku), ending="")
