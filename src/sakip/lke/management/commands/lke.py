from typing import Any

from django.core.management.base import CommandError

from sakip.core.tables.export import to_json
from sakip.kinerja import snapshot
from sakip.kinerja.management.commands._base import OpdYearCommand
from sakip.lke.result import LkeTidakAda, data_lke, evaluasi_dari
from sakip.lke.teks import lke_teks


class Command(OpdYearCommand):
    help = "Cetak LKE (Lembar Kriteria Evaluasi) satu perangkat daerah: jawaban, saran, nilai."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            opd = snapshot.choose_opd(options.get("opd"))
            data = data_lke(evaluasi_dari(opd, options["year"]))
        except (snapshot.DataTidakAda, LkeTidakAda) as exc:
            raise CommandError(str(exc)) from exc
        if options["format"] == "json":
            self.stdout.write(to_json(data) + "\n", ending="")
        else:
            self.stdout.write(lke_teks(data), ending="")
