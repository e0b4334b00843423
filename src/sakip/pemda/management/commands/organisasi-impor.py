"""`sakip organisasi-impor`: the Pemda's OPDs, units and users from one workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.pemda.organisasi import BukuTidakSah, impor

from ._pemda import pilih_pemda


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
        pemda = pilih_pemda(options.get("pemda"))
        berkas: Path = options["berkas"]
        try:
            data = berkas.read_bytes()
        except OSError as exc:
            raise CommandError(f"Berkas {berkas} tidak dapat dibaca: {exc.strerror}.") from exc
        try:
            hasil = impor(pemda, data, None)
        except BukuTidakSah as exc:
            raise CommandError(str(exc)) from exc
        if not hasil.berhasil:
            raise CommandError(
                "Tidak ada yang disimpan:\n" + "\n".join(f"  {g}" for g in hasil.error)
            )
        for judul, jumlah in (("Ditambah", hasil.ditambah), ("Diperbarui", hasil.diubah)):
            if jumlah:
                isi = ", ".join(f"{n} {jenis}" for jenis, n in jumlah.items())
                self.stdout.write(f"{judul}: {isi}.")
        if not hasil.ditambah and not hasil.diubah:
            self.stdout.write("Tidak ada baris dalam buku kerja.")
        if hasil.sandi:
            self.stdout.write("Sandi sekali pakai pengguna baru (diganti pada saat masuk pertama):")
            for nama, sandi in hasil.sandi.items():
                self.stdout.write(f"  {nama:<20} {sandi}")
