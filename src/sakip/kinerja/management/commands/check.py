from typing import Any

from sakip.core.checks import run_checks
from sakip.core.model import OpdTahun
from sakip.core.tables.export import to_json

from ._base import OpdYearCommand


class Command(OpdYearCommand):
    help = (
        "Jalankan semua aturan konsistensi atas data satu Perangkat Daerah dan tahun "
        "(--all: setiap Perangkat Daerah). Status keluar 1 bila ada temuan berkategori error."
    )
    all_allowed = True

    def handle(self, *args: Any, **options: Any) -> None:
        listing = list(self.snapshots(options)) if options["semua"] else [self.snapshot(options)]
        result = [self._check(s, options["format"]) for s in listing]
        if options["format"] == "json":
            self.stdout.write(to_json(result if options["semua"] else result[0]))
        if any(h["errors"] for h in result):
            raise SystemExit(1)

    def _check(self, s: OpdTahun, fmt: str) -> dict[str, Any]:
        """Return the findings of one OPD and year; in text, print them as they come."""
        findings = run_checks(s)
        errors = sum(1 for f in findings if f.severity == "error")
        if fmt != "json":
            label = {"error": "GALAT", "warning": "PERINGATAN"}
            for f in findings:
                where = f"Tabel {f.tabel}, {f.lokasi}" if f.tabel else f.lokasi
                self.stdout.write(f"[{label[f.severity]}] {f.rule} — {where}: {f.pesan}")
            self.stdout.write(
                f"{s.opd.nama} {s.tahun}: {errors} galat, {len(findings) - errors} peringatan."
            )
        return {
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
