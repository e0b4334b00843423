"""Time each report in each format on the demo data and count its database queries.

Usage: .venv/bin/python scripts/bench_reports.py [--runs 3]

Uses the database in SAKIP_DATABASE_URL, or else a temporary SQLite file into which the bundled
demo (Kecamatan Bontang Barat 2022) is loaded. Imports happen before timing; the first render of
a report draws its charts, later renders reuse them, so both are shown, with the median CPU time
of this process and the processes it started (the PDF is laid out in several at once, so its
CPU time is above its wall time). Targets on the reference 2-core machine: HTML <= 0.5 s,
DOCX <= 1.5 s, PDF <= 6 s (wall time, median).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGET = {"html": 0.5, "docx": 1.5, "pdf": 6.0}
LAPORAN = (("lkjip", {}), ("pk", {}), ("triwulan", {"triwulan": 4}))


def _siapkan() -> None:
    if not os.environ.get("SAKIP_DATABASE_URL"):
        berkas = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        os.environ["SAKIP_DATABASE_URL"] = f"sqlite:///{berkas}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115 - closed at exit


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the PDF is laid out in
    several processes at once, so its CPU time exceeds its wall time)."""
    sendiri = resource.getrusage(resource.RUSAGE_SELF)
    anak = resource.getrusage(resource.RUSAGE_CHILDREN)
    return sendiri.ru_utime + sendiri.ru_stime + anak.ru_utime + anak.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="renders after the first (median)")
    args = parser.parse_args()
    _siapkan()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sakip.laporan import services

    tanggal = date(2023, 1, 16)
    print(
        f"{'laporan':<9} {'format':<6} {'pertama':>8} {'median':>8} {'cpu':>7} {'target':>7} "
        f"{'kueri':>6}"
    )
    gagal = False
    for jenis, kw in LAPORAN:
        for fmt in ("html", "docx", "pdf"):
            waktu, cpu = [], []
            for _ in range(1 + args.runs):
                with CaptureQueriesContext(connection) as kueri:
                    mulai, mulai_cpu = time.perf_counter(), _cpu()
                    services.render(jenis, None, 2022, fmt, tanggal=tanggal, **kw)
                    waktu.append(time.perf_counter() - mulai)
                    cpu.append(_cpu() - mulai_cpu)
            median = statistics.median(waktu[1:]) if args.runs else waktu[0]
            median_cpu = statistics.median(cpu[1:]) if args.runs else cpu[0]
            tanda = "" if median <= TARGET[fmt] else "  > target"
            gagal |= bool(tanda)
            print(
                f"{jenis:<9} {fmt:<6} {waktu[0]:>7.2f}s {median:>7.2f}s {median_cpu:>6.2f}s "
                f"{TARGET[fmt]:>6.1f}s {len(kueri):>6}{tanda}"
            )
    sys.exit(1 if gagal else 0)


if __name__ == "__main__":
    main()
