from typing import Any

from django.core.management.base import CommandError, CommandParser

from sakip.impor.anggaran.profil import ProfilTidakValid
from sakip.impor.models import find_profil
from sakip.impor.pipeline import impor_anggaran

from ._impor import ImporCommand


class Command(ImporCommand):
    help = (
        "Impor realisasi anggaran dari berkas SIPD (XLSX atau CSV) dengan profil kolom "
        "(lihat `sakip import-profile list`). Status keluar 1 bila ada galat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--profile", default="sipd", help="nama profil impor (bawaan: sipd)")
        parser.add_argument("--opd", help="tolak unit Perangkat Daerah lain")

    def handle(self, *args: Any, **options: Any) -> None:
        isi, pengguna = self.siapkan(options)
        try:
            profil = find_profil(options["profile"])
        except ProfilTidakValid as exc:
            raise CommandError(f"Profil tidak dapat dipakai: {exc}") from exc
        result = impor_anggaran(
            isi,
            options["berkas"].name,
            profil,
            pengguna=pengguna,
            alasan=options.get("alasan"),
            save=not options["dry_run"],
            opd=options.get("opd"),
        )
        self.laporkan(result, options)
