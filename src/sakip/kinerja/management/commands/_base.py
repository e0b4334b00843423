"""What the sakip commands share: choosing the OPD and year, and failing with a clear message."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.model import OpdTahun
from sakip.kinerja import snapshot


class OpdYearCommand(BaseCommand):
    """A command that reads one OPD in one year."""

    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    formats: tuple[str, ...] = ("text", "json")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        parser.add_argument("--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)")
        parser.add_argument("--format", choices=self.formats, default=self.formats[0])

    def snapshot(self, options: dict[str, Any]) -> OpdTahun:
        """Return the snapshot the options name, or stop with a message in Indonesian."""
        try:
            opd = snapshot.pilih_opd(options.get("opd"))
            return snapshot.build(opd, options["year"])
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc
