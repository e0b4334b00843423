"""`sakip bundle --year Y --opd KODE|--all -o FOLDER_ATAU_ZIP`: the year's documents for e-SAKIP."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core import format as fmt
from sakip.kinerja.models import PerangkatDaerah
from sakip.publik import bundle, register


class Command(BaseCommand):
    help = "Tulis dokumen SAKIP tertanda satu tahun dengan manifest, siap diunggah ke e-SAKIP."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun dokumen, mis. 2022")
        siapa = parser.add_mutually_exclusive_group(required=True)
        siapa.add_argument("--opd", help="kode perangkat daerah")
        siapa.add_argument("--all", action="store_true", help="Pemda dan semua perangkat daerah")
        parser.add_argument("--pemda", help="kode Pemda untuk --all (boleh kosong bila hanya satu)")
        parser.add_argument("-o", "--output", required=True, help="folder, atau berkas .zip")

    def handle(self, *args: Any, **options: Any) -> None:
        opd = None
        if options["opd"]:
            opd = (
                PerangkatDaerah.objects.select_related("pemda").filter(kode=options["opd"]).first()
            )
            if opd is None:
                raise CommandError(f"Perangkat daerah {options['opd']} tidak ada.")
            pemda = opd.pemda
        else:
            try:
                pemda = register.choose_pemda(options.get("pemda"))
            except register.PemdaTidakJelas as exc:
                raise CommandError(str(exc)) from exc
        tahun = options["year"]
        tujuan = Path(options["output"])
        if tujuan.suffix.lower() != ".zip" and tujuan.exists() and any(tujuan.iterdir()):
            raise CommandError(f"Folder {tujuan} tidak kosong.")
        result = bundle.write(pemda, tahun, register.entri(pemda, tahun, opd), tujuan)
        jumlah = fmt.number(Decimal(len(result.baris)), 0)
        self.stdout.write(f"{jumlah} dokumen tertanda {tahun} ditulis ke {tujuan}.\n")
        for e in result.dilewati:
            self.stdout.write(f"Dilewati (belum ditandatangani): {e.judul} ({e.nama_berkas})\n")
