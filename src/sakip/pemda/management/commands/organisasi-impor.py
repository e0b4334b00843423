"""`sakip organisasi-impor`: the Pemda's OPDs, units and users from one workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.pemda.organisasi import BukuTidakSah, impor

from ._pemda import choose_pemda


class Command(BaseCommand):
    help = (
        "Tambah atau perbarui perangkat daerah, unit kerja dan pengguna Pemda dari satu buku "
        "kerja (lembar Perangkat Daerah, Unit Kerja, Pengguna). Semua baris atau tidak sama "
        "sekali; pengguna baru mendapat sandi sekali pakai."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path, help="buku kerja .xlsx")
        parser.add_argument("--pemda", help="kode Pemda (boleh kosong bila hanya ada satu)")

    def handle(self, *args: Any, **options: Any) -> None:
        pemda = choose_pemda(options.get("pemda"))
        berkas: Path = options["berkas"]
        try:
            data = berkas.read_bytes()
        except OSError as exc:
            raise CommandError(f"Berkas {berkas} tidak dapat dibaca: {exc.strerror}.") from exc
        try:
            result = impor(pemda, data, None)
        except BukuTidakSah as exc:
            raise CommandError(str(exc)) from exc
        if not result.berhasil:
            raise CommandError(
                "Tidak ada yang disimpan:\n" + "\n".join(f"  {g}" for g in result.error)
            )
        for judul, jumlah in (("Ditambah", result.ditambah), ("Diperbarui", result.diubah)):
            if jumlah:
                isi = ", ".join(f"{n} {jenis}" for jenis, n in jumlah.items())
                self.stdout.write(f"{judul}: {isi}.")
        if not result.ditambah and not result.diubah:
            self.stdout.write("Tidak ada baris dalam buku kerja.")
        if result.sandi:
            self.stdout.write("Sandi sekali pakai pengguna baru (diganti pada saat masuk pertama):")
            for nama, sandi in result.sandi.items():
                self.stdout.write(f"  {nama:<20} {sandi}")
