from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.export import dataset_json, export_tabel
from sakip.kinerja import snapshot
from sakip.kinerja.management.commands._base import add_pilihan_opd, opd_dipilih


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Ekspor: `sakip export tables --year 2022 --format xlsx|csv -o PATH` (semua tabel LKjIP; "
        "csv: satu berkas per tabel di folder PATH; --all: satu per Perangkat Daerah di "
        "folder PATH), "
        "`sakip export json -o BERKAS` (seluruh data)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="apa", required=True)
        tabel = sub.add_parser("tables", help="semua tabel LKjIP satu Perangkat Daerah dan tahun")
        tabel.add_argument("--year", type=int, required=True)
        add_pilihan_opd(tabel)
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
        all_items = options["semua"]
        if all_items and path.exists() and not path.is_dir():
            raise CommandError(f"{path} adalah berkas; dengan --all sebutkan sebuah folder.")
        for opd in opd_dipilih(options):
            tujuan = path
            if all_items:
                nama = f"tabel-{options['year']}-{opd.kode}"
                tujuan = path / (f"{nama}.xlsx" if options["format"] == "xlsx" else nama)
            try:
                written = export_tabel(opd, options["year"], options["format"], tujuan)
            except snapshot.DataTidakAda as exc:
                if not all_items:
                    raise CommandError(str(exc)) from exc
                self.stderr.write(f"Dilewati: {exc}")
                continue
            for p in written:
                self.stdout.write(f"Ditulis: {p}")
