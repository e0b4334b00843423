"""Create or update the demo users, one per role, and print their logins."""

from __future__ import annotations

import os
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sakip.alur.models import Peran
from sakip.kaskade.demo import pengguna_jabatan_demo
from sakip.kinerja import models as m

PEMDA = "64.74"
OPD = "7.01.0.00.0.00.30.0000"
# username, full name, role, unit code (operators only)
PENGGUNA = (
    ("admin", "Admin Pemda", "admin", None),
    ("perencana", "Perencana Kecamatan Bontang Barat", "perencana", None),
    ("camat", "Camat Bontang Barat", "kepala", None),
    ("inspektorat", "Inspektorat Kota Bontang", "inspektorat", None),
    ("op-kanaan", "Operator Kelurahan Kanaan", "operator", "7.01.0.00.0.00.30.0001"),
    (
        "op-gunung-telihan",
        "Operator Kelurahan Gunung Telihan",
        "operator",
        "7.01.0.00.0.00.30.0002",
    ),
    ("op-belimbing", "Operator Kelurahan Belimbing", "operator", "7.01.0.00.0.00.30.0003"),
)


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Buat atau perbarui pengguna demo (satu per peran) dan cetak info masuknya. "
        "Kata sandi diambil dari SAKIP_DEMO_PASSWORD, atau dibuat acak."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        pemda = m.Pemda.objects.filter(kode=PEMDA).first()
        opd = m.PerangkatDaerah.objects.filter(kode=OPD).first()
        if pemda is None or opd is None:
            raise CommandError("Data demo belum dimuat. Jalankan `sakip demo` terlebih dahulu.")
        password = os.environ.get("SAKIP_DEMO_PASSWORD") or secrets.token_urlsafe(9)
        User = get_user_model()
        with transaction.atomic():
            for username, nama, jenis, unit_kode in PENGGUNA:
                user = User.objects.filter(username=username).first() or User(username=username)
                user.first_name = nama
                user.is_active = True
                user.set_password(password)
                user.save()
                Peran.objects.filter(user=user).delete()
                unit = m.UnitKerja.objects.get(kode=unit_kode) if unit_kode else None
                Peran.objects.create(
                    user=user,
                    jenis=jenis,
                    pemda=pemda,
                    opd=opd if jenis in ("perencana", "kepala") else (unit.opd if unit else None),
                    unit=unit,
                )
            jabatan = pengguna_jabatan_demo(opd, password)
        self.stdout.write("Pengguna demo (semua dengan kata sandi yang sama):")
        for username, nama, _, _ in PENGGUNA:
            self.stdout.write(f"  {username:<18} {nama}")
        for username, nama in jabatan:
            self.stdout.write(f"  {username:<18} {nama}")
        self.stdout.write(f"Kata sandi: {password}")
