"""`sakip pemda`: the control room of a Pemda's year and its indicators."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.tables.export import to_json
from sakip.kinerja import models as m
from sakip.pemda import keluaran
from sakip.pemda.iku import iku_pemda
from sakip.pemda.kendali import susun


class Command(BaseCommand):
    help = "Cetak ruang kendali Pemda: status setiap perangkat daerah dan indikator kinerja Pemda."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        parser.add_argument("--pemda", help="kode Pemda (boleh kosong bila hanya satu)")
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        pemda = _pilih(options.get("pemda"))
        ruang = susun(pemda, options["year"])
        iku = iku_pemda(pemda, options["year"])
        if options["format"] == "json":
            self.stdout.write(to_json(keluaran.data(ruang, iku)))
        else:
            self.stdout.write(keluaran.teks(ruang, iku), ending="")


def _pilih(kode: str | None) -> m.Pemda:
    if kode:
        pemda = m.Pemda.objects.filter(kode=kode).first()
        if pemda is None:
            raise CommandError(f"Pemda dengan kode {kode} tidak ada di basis data.")
        return pemda
    semua = list(m.Pemda.objects.all()[:2])
    if not semua:
        raise CommandError(
            "Basis data belum berisi Pemda. Jalankan `sakip demo` atau `sakip load`."
        )
    if len(semua) > 1:
        raise CommandError("Basis data berisi lebih dari satu Pemda: sebutkan --pemda KODE.")
    return semua[0]
