from typing import Any

from django.core.management.base import CommandError

from sakip.core.tables.export import to_json
from sakip.kaskade.keluaran import sebagai_dict, sebagai_teks
from sakip.kaskade.snapshot import kaskade
from sakip.kinerja import snapshot
from sakip.kinerja.management.commands._base import OpdYearCommand


class Command(OpdYearCommand):
    help = (
        "Cetak jabatan, pemegang jabatan, Perjanjian Kinerja per jabatan dan rencana aksi "
        "satu Perangkat Daerah pada satu tahun, mis. `sakip cascade --year 2022 --format json`."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            opd = snapshot.choose_opd(options.get("opd"))
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc
        k = kaskade(opd, options["year"])
        if k is None:
            raise CommandError(f"{opd.nama} belum memiliki data jabatan.")
        if options["format"] == "json":
            self.stdout.write(to_json(sebagai_dict(k)))
        else:
            self.stdout.write(sebagai_teks(k), ending="")
