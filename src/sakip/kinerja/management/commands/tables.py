from typing import Any

from sakip.core.tables import all_tabel
from sakip.core.tables.export import tables_csv, tables_json, tables_text

from ._base import OpdYearCommand


class Command(OpdYearCommand):
    help = (
        "Cetak semua tabel LKjIP (Tabel 1–19) yang dihitung dari basis data; "
        "--all: setiap Perangkat Daerah berturut-turut."
    )
    formats = ("text", "json", "csv")
    all_allowed = True

    def handle(self, *args: Any, **options: Any) -> None:
        render = {"json": tables_json, "csv": tables_csv, "text": tables_text}[options["format"]]
        if not options["semua"]:
            self.stdout.write(render(all_tabel(self.snapshot(options))), ending="")
            return
        bagian = []
        for s in self.snapshots(options):
            isi = render(all_tabel(s))
            if options["format"] == "json":
                bagian.append(f'{{"opd": "{s.opd.kode}", "tahun": {s.tahun}, "isi": {isi}}}')
            elif options["format"] == "csv":
                self.stdout.write(f"Perangkat Daerah,{s.opd.kode}\n{isi}", ending="")
            else:
                self.stdout.write(f"=== {s.opd.kode} {s.opd.nama} ===\n{isi}", ending="")
        if options["format"] == "json":
            self.stdout.write("[\n" + ",\n".join(bagian) + "\n]\n", ending="")
