from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.ekspor import dataset_json, ekspor_tabel
from sakip.kinerja import snapshot


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Ekspor: `sakip export tables --year 2022 --format xlsx|csv -o PATH` (semua tabel LKjIP; "
        "csv: satu berkas per tabel di folder PATH), `sakip export json -o BERKAS` (seluruh data)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="apa", required=True)
        tabel = sub.add_parser("tables", help="semua tabel LKjIP satu Perangkat Daerah dan tahun")
        tabel.add_argument("--year", type=int, required=True)
        tabel.add_argument("--opd")
        tabel.add_argument("--format", choices=["xlsx", "csv"], default="xlsx")
        tabel.add_argument("-o", "--output", type=Path, required=True)
        data = sub.add_parser("json", help="seluruh basis data sebagai JSON")
        data.add_argument("-o", "--output", type=Path, required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["output"]
        if options["apa"] == "json":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dataset_json(), encoding="utf-8")
            self.stdout.write(f"Ditulis: {path}")
            return
        try:
            opd = snapshot.pilih_opd(options.get("opd"))
            written = ekspor_tabel(opd, options["year"], options["format"], path)
        except snapshot.DataTidakAda as exc:
            raise CommandError(str(exc)) from exc
        for p in written:
            self.stdout.write(f"Ditulis: {p}")
