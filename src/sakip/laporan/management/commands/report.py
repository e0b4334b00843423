import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.dokumen.pk import PkTidakAda
from sakip.kinerja.snapshot import DataTidakAda
from sakip.laporan import services
from sakip.render.docx import TemplatRusak


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Buat laporan LKjIP, Perjanjian Kinerja atau Laporan Triwulan sebagai DOCX, PDF atau "
        "HTML, mis. `sakip report lkjip --year 2022 --format pdf -o lkjip-2022.pdf`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("jenis", choices=services.JENIS, help="jenis laporan")
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        parser.add_argument("--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)")
        parser.add_argument("--format", choices=services.FORMAT, required=True)
        parser.add_argument("-o", "--output", type=Path, required=True, help="berkas keluaran")
        parser.add_argument("--versi", type=int, help="versi Perjanjian Kinerja (bawaan: terbaru)")
        parser.add_argument(
            "--quarter", type=int, choices=(1, 2, 3, 4), help="triwulan (laporan triwulan)"
        )
        parser.add_argument("--template", type=Path, help="templat DOCX milik Pemda")
        parser.add_argument("--jabatan", help="kode jabatan (Perjanjian Kinerja satu jabatan)")

    def handle(self, *args: Any, **options: Any) -> None:
        jenis, keluaran, templat = options["jenis"], options["output"], options["template"]
        if jenis == "triwulan" and options["quarter"] is None:
            raise CommandError("Laporan triwulan memerlukan --quarter 1, 2, 3 atau 4.")
        if templat is not None:
            if options["format"] != "docx":
                raise CommandError("--template hanya berlaku untuk --format docx.")
            if not templat.is_file():
                raise CommandError(f"Templat {templat} tidak ditemukan.")
        _periksa_keluaran(keluaran)
        try:
            isi = services.render(
                jenis,
                options["opd"],
                options["year"],
                options["format"],
                triwulan=options["quarter"],
                versi=options["versi"],
                template=templat,
                jabatan=options["jabatan"],
            )
        except (DataTidakAda, PkTidakAda, services.PermintaanTidakSah) as exc:
            raise CommandError(str(exc)) from exc
        except TemplatRusak as exc:
            raise CommandError(f"Templat {templat} tidak dapat dipakai: {exc}") from exc
        try:
            keluaran.write_bytes(isi)
        except OSError as exc:
            raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: {exc.strerror}.") from exc
        self.stdout.write(f"Ditulis: {keluaran} ({len(isi):,} bita)".replace(",", "."))


def _periksa_keluaran(keluaran: Path) -> None:
    """Stop before the work when the output file could not be written."""
    folder = keluaran.parent if str(keluaran.parent) else Path(".")
    if keluaran.is_dir():
        raise CommandError(f"{keluaran} adalah folder; sebutkan nama berkas keluaran.")
    if not folder.is_dir():
        raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: folder {folder} tidak ada.")
    sasaran = keluaran if keluaran.exists() else folder
    if not os.access(sasaran, os.W_OK):
        raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: izin ditolak.")
