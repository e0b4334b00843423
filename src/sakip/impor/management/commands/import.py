from typing import Any

from django.core.management.base import CommandParser

from sakip.impor.pipeline import impor_buku

from ._impor import ImporCommand


class Command(ImporCommand):
    help = (
        "Impor buku isian Excel (dibuat dengan `sakip workbook`): seluruh berkas disimpan, atau "
        "tidak sama sekali bila ada galat. Status keluar 1 bila ada galat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--opd", help="tolak buku isian Perangkat Daerah lain")

    def handle(self, *args: Any, **options: Any) -> None:
        isi, pengguna = self.siapkan(options)
        result = impor_buku(
            isi,
            options["berkas"].name,
            pengguna=pengguna,
            alasan=options.get("alasan"),
            save=not options["dry_run"],
            opd=options.get("opd"),
        )
        self.laporkan(result, options)
