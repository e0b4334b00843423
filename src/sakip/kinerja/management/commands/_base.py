"""What the sakip commands share: choosing the OPD and year, and failing with a clear message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.core.model import OpdTahun
from sakip.kinerja import models as m
from sakip.kinerja import snapshot

ALL_HELP = "semua Perangkat Daerah di basis data, dalam satu proses"


def add_pilihan_opd(parser: CommandParser) -> None:
    """Add --opd KODE and --all (every OPD), which exclude each other."""
    pilihan = parser.add_mutually_exclusive_group()
    pilihan.add_argument("--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)")
    pilihan.add_argument("--all", dest="semua", action="store_true", help=ALL_HELP)


def opd_dipilih(options: dict[str, Any]) -> list[m.PerangkatDaerah]:
    """Return the OPDs the options name: every one with --all, else the one of --opd."""
    try:
        if options.get("semua"):
            return snapshot.all_opd()
        return [snapshot.choose_opd(options.get("opd"))]
    except snapshot.DataTidakAda as exc:
        raise CommandError(str(exc)) from exc


class OpdYearCommand(BaseCommand):
    """A command that reads one OPD in one year (or, with --all, every OPD in turn)."""

    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    formats: tuple[str, ...] = ("text", "json")
    all_allowed = False
    """Whether the command takes --all (it then reads `snapshots`)."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--year", type=int, required=True, help="tahun laporan, mis. 2022")
        if self.all_allowed:
            add_pilihan_opd(parser)
        else:
            parser.add_argument(
                "--opd", help="kode Perangkat Daerah (boleh kosong bila hanya satu)"
            )
        parser.add_argument("--format", choices=self.formats, default=self.formats[0])

    def snapshot(self, options: dict[str, Any]) -> OpdTahun:
        """Return the snapshot the options name, or stop with a message in Indonesian."""
        try:
            opd = snapshot.choose_opd(options.get("opd"))
            return snapshot.build(opd, options["year"])
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc

    def snapshots(self, options: dict[str, Any]) -> Iterator[OpdTahun]:
        """Yield the snapshot of every OPD the options name; with --all skip, and say, the empty."""
        for opd in opd_dipilih(options):
            try:
                yield snapshot.build(opd, options["year"])
            except snapshot.DataTidakAda as exc:
                if not options.get("semua"):
                    raise CommandError(str(exc)) from exc
                self.stderr.write(f"Dilewati: {exc}")
