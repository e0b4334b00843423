from typing import Any

from sakip.core.tables import semua_tabel
from sakip.core.tables.export import tables_csv, tables_json, tables_text

from ._base import OpdYearCommand


class Command(OpdYearCommand):
    help = "Cetak semua tabel LKjIP (Tabel 1–19) yang dihitung dari basis data."
    formats = ("text", "json", "csv")

    def handle(self, *args: Any, **options: Any) -> None:
        tables = semua_tabel(self.snapshot(options))
        render = {"json": tables_json, "csv": tables_csv, "text": tables_text}[options["format"]]
        self.stdout.write(render(tables), ending="")
