from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from sakip.impor.buku.susunan import create_buku
from sakip.kinerja import snapshot
from sakip.kinerja.management.commands._base import OpdYearCommand


class Command(OpdYearCommand):
    help = (
        "Tulis buku isian Excel satu Perangkat Daerah dan tahun, terisi data yang sudah ada; "
        "isi lalu impor kembali dengan `sakip import`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun buku isian, mis. 2022")
        parser.add_argument("--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)")
        parser.add_argument("-o", "--output", type=Path, required=True, help="berkas .xlsx")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            opd = snapshot.choose_opd(options.get("opd"))
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc
        path: Path = options["output"]
        path.parent.mkdir(parents=True, exist_ok=True)
        create_buku(opd, options["year"]).save(path)
        self.stdout.write(f"Ditulis: {path} (buku isian {opd.nama} tahun {options['year']})")
