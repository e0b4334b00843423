"""`sakip alur`: take a workflow step on one unit's quarter, as a named user, like the web does."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.alur.langkah import jalankan_aksi
from sakip.alur.layanan import Ditolak
from sakip.alur.models import AKSI, TransisiTidakSah
from sakip.kinerja import models as m
from sakip.kinerja import snapshot


class Command(BaseCommand):
    help = "Ajukan, verifikasi, kembalikan, setujui atau buka kembali isian triwulan satu unit."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun, mis. 2022")
        parser.add_argument("--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)")
        parser.add_argument("--unit", required=True, help="kode unit kerja")
        parser.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
        parser.add_argument("--action", required=True, choices=tuple(AKSI))
        parser.add_argument(
            "--as", dest="sebagai", required=True, help="nama pengguna yang bertindak"
        )
        parser.add_argument("--note", default="", help="catatan (wajib untuk kembalikan, buka)")

    def handle(self, *args: Any, **options: Any) -> None:
        pengguna = get_user_model().objects.filter(username=options["sebagai"]).first()
        if pengguna is None or not pengguna.is_active:
            raise CommandError(f"Pengguna {options['sebagai']} tidak ada atau tidak aktif.")
        try:
            opd = snapshot.choose_opd(options.get("opd"))
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc
        unit = m.UnitKerja.objects.filter(opd=opd, kode=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unit {options['unit']} tidak ada di {opd.nama}.")
        try:
            periode = jalankan_aksi(
                unit,
                options["year"],
                options["quarter"],
                options["action"],
                pengguna,
                options["note"],
            )
        except (Ditolak, TransisiTidakSah) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"{unit.nama} triwulan {options['quarter']} {options['year']}: "
            f"{periode.get_status_display()}."
        )
