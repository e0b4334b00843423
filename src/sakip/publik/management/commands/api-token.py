"""`sakip api-token create|cabut|listing`: the read-only API's client tokens."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.alur.layanan import Ditolak
from sakip.kinerja.models import Pemda, PerangkatDaerah
from sakip.publik import register
from sakip.publik import token as tokens
from sakip.publik.models import TokenApi


class Command(BaseCommand):
    help = "Buat, cabut atau daftar token API baca-saja."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        create = sub.add_parser("buat", help="buat token baru (ditampilkan sekali)")
        create.add_argument("--nama", required=True, help="nama klien")
        create.add_argument("--pemda", help="kode Pemda (boleh kosong bila hanya satu)")
        create.add_argument("--opd", help="kode perangkat daerah: token hanya membaca OPD ini")
        cabut = sub.add_parser("cabut", help="cabut token")
        cabut.add_argument("awalan", help="awalan token (lihat daftar)")
        sub.add_parser("daftar", help="daftar token")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            {"buat": self._create, "cabut": self._cabut, "daftar": self._listing}[options["aksi"]](
                options
            )
        except Ditolak as exc:
            raise CommandError(str(exc)) from exc

    def _create(self, options: dict[str, Any]) -> None:
        opd = None
        if options.get("opd"):
            opd = (
                PerangkatDaerah.objects.select_related("pemda").filter(kode=options["opd"]).first()
            )
            if opd is None:
                raise CommandError(f"Perangkat daerah {options['opd']} tidak ada.")
        pemda = opd.pemda if opd is not None and not options.get("pemda") else _pemda(options)
        token, rahasia = tokens.create(options["nama"], pemda, opd)
        lingkup = opd.nama if opd is not None else pemda.nama
        self.stdout.write(
            f"Token untuk {token.nama} ({lingkup}); simpan sekarang, tidak ditampilkan lagi:\n"
        )
        self.stdout.write(rahasia + "\n")

    def _cabut(self, options: dict[str, Any]) -> None:
        cocok = list(TokenApi.objects.filter(awalan=options["awalan"]))
        if len(cocok) != 1:
            raise CommandError(f"Tidak ada satu token dengan awalan {options['awalan']}.")
        tokens.cabut(cocok[0])
        self.stdout.write(f"Token {cocok[0]} dicabut.\n")

    def _listing(self, options: dict[str, Any]) -> None:
        for t in TokenApi.objects.select_related("pemda", "opd"):
            lingkup = t.opd.kode if t.opd is not None else f"Pemda {t.pemda.kode}"
            status = f"dicabut {t.dicabut:%Y-%m-%d %H:%M}" if t.dicabut else "aktif"
            self.stdout.write(
                f"{t.awalan}  {t.nama}  {lingkup}  dibuat {t.dibuat:%Y-%m-%d}  {status}\n"
            )


def _pemda(options: dict[str, Any]) -> Pemda:
    try:
        return register.choose_pemda(options.get("pemda"))
    except register.PemdaTidakJelas as exc:
        raise CommandError(str(exc)) from exc
