from typing import Any

from django.core.management.base import CommandParser

from sakip.core.checks import run_checks
from sakip.core.tables.export import to_json

from ._base import OpdYearCommand


class Command(OpdYearCommand):
    help = (
        "Jalankan semua aturan konsistensi atas data satu Perangkat Daerah dan tahun. "
        "Status keluar 1 bila ada temuan berkategori error."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        s = self.snapshot(options)
        findings = run_checks(s)
        errors = sum(1 for f in findings if f.severity == "error")
        if options["format"] == "json":
            self.stdout.write(
                to_json(
                    {
                        "opd": s.opd.kode,
                        "tahun": s.tahun,
                        "errors": errors,
                        "warnings": len(findings) - errors,
                        "findings": [
                            {
                                "rule": f.rule,
                                "severity": f.severity,
                                "tabel": f.tabel,
                                "lokasi": f.lokasi,
                                "pesan": f.pesan,
                                "ref": f.ref,
                            }
                            for f in findings
                        ],
                    }
                )
            )
        else:
            label = {"error": "GALAT", "warning": "PERINGATAN"}
            for f in findings:
                where = f"Tabel {f.tabel}, {f.lokasi}" if f.tabel else f.lokasi
                self.stdout.write(f"[{label[f.severity]}] {f.rule} — {where}: {f.pesan}")
            self.stdout.write(
                f"{s.opd.nama} {s.tahun}: {errors} galat, {len(findings) - errors} peringatan."
            )
        if errors:
            raise SystemExit(1)
