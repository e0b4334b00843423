import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.dokumen.pk import PkTidakAda
from sakip.kinerja import models as m
from sakip.kinerja.management.commands._base import add_pilihan_opd, opd_dipilih
from sakip.kinerja.snapshot import DataTidakAda, choose_opd
from sakip.laporan import services
from sakip.render.docx_templat import TemplatRusak

LHE = "lhe"
"""The Laporan Hasil Evaluasi of an OPD's LKE of the year (sakip.lke; docs/lke.md#lhe)."""


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Buat laporan LKjIP, Perjanjian Kinerja, Laporan Triwulan atau Laporan Hasil Evaluasi "
        "(lhe) sebagai DOCX, PDF atau HTML, mis. "
        "`sakip report lkjip --year 2022 --format pdf -o lkjip-2022.pdf`; "
        "dengan --all, -o adalah folder berisi satu berkas per Perangkat Daerah."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("jenis", choices=(*services.JENIS, LHE), help="jenis laporan")
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        add_pilihan_opd(parser)
        parser.add_argument("--format", choices=services.FORMAT, required=True)
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help="berkas keluaran (--all: folder)"
        )
        parser.add_argument("--versi", type=int, help="versi Perjanjian Kinerja (bawaan: terbaru)")
        parser.add_argument(
            "--quarter", type=int, choices=(1, 2, 3, 4), help="triwulan (laporan triwulan)"
        )
        parser.add_argument(
            "--template",
            type=Path,
            help="templat DOCX milik Pemda (LHE: bawaan templat yang diunggah Inspektorat)",
        )
        parser.add_argument("--jabatan", help="kode jabatan (Perjanjian Kinerja satu jabatan)")
        parser.add_argument(
            "--pemda",
            help="kode Pemda: LKjIP Pemda (lkjip) atau Perjanjian Kinerja Kepala Daerah (pk)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        jenis, keluaran, templat = options["jenis"], options["output"], options["template"]
        if jenis == "triwulan" and options["quarter"] is None:
            raise CommandError("Laporan triwulan memerlukan --quarter 1, 2, 3 atau 4.")
        if templat is not None:
            if options["format"] != "docx":
                raise CommandError("--template hanya berlaku untuk --format docx.")
            if not templat.is_file():
                raise CommandError(f"Templat {templat} tidak ditemukan.")
        if options["pemda"]:
            if (
                jenis not in ("pk", "lkjip")
                or options["semua"]
                or options["opd"]
                or options["jabatan"]
            ):
                raise CommandError(
                    "--pemda hanya untuk LKjIP Pemda dan Perjanjian Kinerja Kepala Daerah: "
                    "`sakip report lkjip|pk --pemda KODE --year TAHUN`, tanpa --opd, --all "
                    "atau --jabatan."
                )
            _check_keluaran(keluaran)
            self._write_pemda(options, keluaran)
            return
        if not options["semua"]:
            _check_keluaran(keluaran)
            self._write(options["opd"], options, keluaran)
            return
        _siapkan_folder(keluaran)
        dilewati = 0
        for opd in opd_dipilih(options):
            berkas = keluaran / nama_berkas(opd, options)
            try:
                self._write(opd, options, berkas)
            except CommandError as exc:
                # One OPD without data for the year must not stop the other reports.
                dilewati += 1
                self.stderr.write(f"Dilewati {opd.kode}: {exc}")
        if dilewati:
            raise CommandError(f"{dilewati} laporan tidak dapat dibuat.")

    def _write_pemda(self, options: dict[str, Any], keluaran: Path) -> None:
        """Render the Pemda's LKjIP or the Kepala Daerah's PK and write it."""
        from sakip.pemda import dokumen, lkjip

        pemda = m.Pemda.objects.filter(kode=options["pemda"]).first()
        if pemda is None:
            raise CommandError(f"Pemda dengan kode {options['pemda']} tidak ada.")
        try:
            if options["jenis"] == "lkjip":
                if options["versi"] is not None:
                    raise CommandError("--versi hanya untuk Perjanjian Kinerja.")
                dok = lkjip.dokumen(pemda, options["year"])
            else:
                dok = dokumen.dokumen(pemda, options["year"], options["versi"])
            isi = services.render_dokumen(dok, options["format"], template=options["template"])
        except (PkTidakAda, lkjip.LkjipPemdaTidakAda) as exc:
            raise CommandError(str(exc)) from exc
        except TemplatRusak as exc:
            raise CommandError(f"Templat {options['template']} tidak dapat dipakai: {exc}") from exc
        _write_file(self.stdout, keluaran, isi)

    def _write(
        self, opd: m.PerangkatDaerah | str | None, options: dict[str, Any], keluaran: Path
    ) -> None:
        """Render one report and write it, or stop with a message in Indonesian."""
        templat = options["template"]
        try:
            isi = (
                _lhe(opd, options, templat)
                if options["jenis"] == LHE
                else services.render(
                    options["jenis"],
                    opd,
                    options["year"],
                    options["format"],
                    triwulan=options["quarter"],
                    versi=options["versi"],
                    template=templat,
                    jabatan=options["jabatan"],
                )
            )
        except (DataTidakAda, PkTidakAda, services.PermintaanTidakSah) as exc:
            raise CommandError(str(exc)) from exc
        except TemplatRusak as exc:
            raise CommandError(f"Templat {templat} tidak dapat dipakai: {exc}") from exc
        _write_file(self.stdout, keluaran, isi)


def _write_file(stdout: Any, keluaran: Path, isi: bytes) -> None:
    """Write a rendered report, or stop with a message in Indonesian."""
    try:
        keluaran.write_bytes(isi)
    except OSError as exc:
        raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: {exc.strerror}.") from exc
    stdout.write(f"Ditulis: {keluaran} ({len(isi):,} bita)".replace(",", "."))


def _lhe(
    opd: m.PerangkatDaerah | str | None, options: dict[str, Any], templat: Path | None
) -> bytes:
    """Return the LHE of the OPD's LKE of the year asked for."""
    # The LKE's modules are imported only for an LHE: the other reports do not need them.
    from sakip.lke import lhe
    from sakip.lke.result import LkeTidakAda, evaluasi_dari

    try:
        evaluasi = evaluasi_dari(
            opd if isinstance(opd, m.PerangkatDaerah) else choose_opd(opd), options["year"]
        )
    except LkeTidakAda as exc:
        raise CommandError(str(exc)) from exc
    return lhe.render(evaluasi, options["format"], templat)


def nama_berkas(opd: m.PerangkatDaerah, options: dict[str, Any]) -> str:
    """Return the file name of one OPD's report in an --all folder."""
    tw = f"-tw{options['quarter']}" if options["jenis"] == "triwulan" else ""
    return f"{options['jenis']}-{options['year']}{tw}-{opd.kode}.{options['format']}"


def _siapkan_folder(folder: Path) -> None:
    """Create the output folder of --all, or stop when it cannot hold the reports."""
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} adalah berkas; dengan --all sebutkan sebuah folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"Folder {folder} tidak dapat dibuat: {exc.strerror}.") from exc
    if not os.access(folder, os.W_OK):
        raise CommandError(f"Folder {folder} tidak dapat ditulis: izin ditolak.")


def _check_keluaran(keluaran: Path) -> None:
    """Stop before the work when the output file could not be written."""
    folder = keluaran.parent if str(keluaran.parent) else Path(".")
    if keluaran.is_dir():
        raise CommandError(f"{keluaran} adalah folder; sebutkan nama berkas keluaran.")
    if not folder.is_dir():
        raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: folder {folder} tidak ada.")
    sasaran = keluaran if keluaran.exists() else folder
    if not os.access(sasaran, os.W_OK):
        raise CommandError(f"Berkas {keluaran} tidak dapat ditulis: izin ditolak.")
