"""What the import commands share: the person and reason, the preview switch, the exit status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.pipeline import Result
from sakip.impor.tampilan import result_rows


class ImporCommand(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("berkas", type=Path, help="berkas .xlsx atau .csv")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="tampilkan apa yang akan berubah tanpa menyimpan (pratinjau)",
        )
        parser.add_argument("--user", help="nama pengguna yang dicatat dalam riwayat perubahan")
        parser.add_argument("--alasan", help="alasan yang dicatat dalam riwayat perubahan")
        parser.add_argument(
            "--rinci", action="store_true", help="tampilkan setiap baris yang berubah"
        )

    def siapkan(self, options: dict[str, Any]) -> tuple[bytes, Any]:
        """Return the file's bytes and the person; make sure the database is migrated."""
        path: Path = options["berkas"]
        if not path.is_file():
            raise CommandError(f"{path} tidak ditemukan.")
        call_command("migrate", verbosity=0, interactive=False)
        pengguna = None
        if options.get("user"):
            pengguna = get_user_model().objects.filter(username=options["user"]).first()
            if pengguna is None:
                raise CommandError(f"Pengguna {options['user']} tidak ada.")
        return path.read_bytes(), pengguna

    def laporkan(self, result: Result, options: dict[str, Any]) -> None:
        """Print the result; exit with status 1 when the file has errors."""
        for baris in result_rows(result, rinci=options.get("rinci", False)):
            self.stdout.write(baris)
        if not result.berhasil:
            raise SystemExit(1)
