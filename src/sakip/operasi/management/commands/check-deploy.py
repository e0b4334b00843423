"""Run Django's deployment checks (`check --deploy`) on the settings this server runs with."""

from __future__ import annotations

import os
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.commands.check import Command as DjangoCheck


class Command(BaseCommand):
    help = (
        "Periksa pengaturan produksi dengan pemeriksaan Django `check --deploy`; "
        "status keluar 1 bila ada temuan."
    )
    requires_system_checks: list[str] = []

    def handle(self, *args: Any, **options: Any) -> None:
        if not os.environ.get("SAKIP_SECRET_KEY"):
            raise CommandError(
                "SAKIP_SECRET_KEY belum diisi. Buat kunci dengan "
                "`python3 -c 'import secrets; print(secrets.token_urlsafe(50))'` dan simpan "
                "di berkas lingkungan layanan (docs/deployment.md)."
            )
        # Django's own `check`: `sakip check` is the consistency check of the data.
        call_command(DjangoCheck(), deploy=True, fail_level="WARNING", stdout=self.stdout)
        self.stdout.write("Pengaturan produksi lolos pemeriksaan Django.")
