"""Time each report in each format on the demo data and count its database queries.

Usage: .venv/bin/python scripts/bench_reports.py [--runs 3] [--proses 5]

Uses the database in SAKIP_DATABASE_URL, or else a temporary SQLite file into which the bundled
demo (Kecamatan Bontang Barat 2022) is loaded.

In process: imports happen before timing; the first render of a report draws its charts,
later renders reuse them, so both are shown, with the median CPU time of this process and the
processes it started (Typst lays out on several threads, so the PDF's CPU time may be above
its wall time).

Whole process (what a user waits for): the median of ``--proses`` fresh `sakip report lkjip`
processes per format, after one run that fills the caches, next to a bare writer of the same
nineteen tables (raw WordprocessingML appended to python-docx's default package, from the
tables' JSON), and the DOCX's ratio to it. Targets on the reference 2-core machine, whole
process: HTML <= 1 s, DOCX <= 1.5 s and <= 5x the bare writer, PDF <= 3 s. With ``--dingin``
each process starts from an empty cache folder (no chart, no page numbers, no report kept), as
the first report of new content does. Each whole-process figure is printed next to the same
report's in-process median (when measured: not with ``--hanya-proses``) and with the median CPU
time of the process (on a busy machine the wall time follows the load, the CPU time much less).

The processes run with Python's bytecode cache allowed (PYTHONDONTWRITEBYTECODE is dropped for
them), as an installed sakip has it: without it every process compiles sakip's modules again.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

TARGET = {"html": 0.5, "docx": 1.5, "pdf": 2.0}
TARGET_PROSES = {"html": 1.0, "docx": 1.5, "pdf": 3.0}
RASIO_DOCX = 5.0
SAKIP = Path(sys.executable).with_name("sakip")
LAPORAN = (("lkjip", {}), ("pk", {}), ("triwulan", {"triwulan": 4}))


def _kosongkan_dokumen() -> None:
    """Forget the rendered reports, so that a run renders (charts and page numbers stay kept,
    as they are for a user after the first report)."""
    from sakip.render import cache

    folder = cache.folder("dokumen")
    for berkas in folder.iterdir() if folder else ():
        berkas.unlink(missing_ok=True)


def _siapkan() -> None:
    os.environ.setdefault("SAKIP_CACHE_DIR", tempfile.mkdtemp())
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


def _write_plain(tabel_json: Path, keluaran: Path) -> None:
    """Write the tables as raw WordprocessingML into python-docx's default package."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    dokumen = docx.Document()
    body = dokumen.element.body
    akhir = body[-1]
    for t in json.loads(tabel_json.read_text())["tables"]:
        cell = "".join(
            "<w:tr>"
            + "".join(
                f"<w:tc><w:p><w:r><w:t>{escape('' if v is None else str(v))}</w:t></w:r></w:p>"
                "</w:tc>"
                for v in baris
            )
            + "</w:tr>"
            for baris in [t["columns"], *t["rows"]]
        )
        akhir.addprevious(
            parse_xml(f"<w:p {nsdecls('w')}><w:r><w:t>{escape(t['title'])}</w:t></w:r></w:p>")
        )
        akhir.addprevious(parse_xml(f"<w:tbl {nsdecls('w')}><w:tblPr/>{cell}</w:tbl>"))
    dokumen.save(str(keluaran))


def _cpu_anak() -> float:
    anak = resource.getrusage(resource.RUSAGE_CHILDREN)
    return anak.ru_utime + anak.ru_stime


def _median_proses(perintah: list[str], kali: int, dingin: bool = False) -> tuple[float, float]:
    """Return the median wall and CPU time of `kali` fresh processes, after one that fills
    the caches (bytecode included)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pertama = subprocess.run(perintah, capture_output=True, text=True, env=env)
    if pertama.returncode:
        sys.exit(f"{' '.join(perintah)}:\n{pertama.stderr}")
    waktu, cpu = [], []
    for _ in range(kali):
        _kosongkan_dokumen()
        env_ = {**env, "SAKIP_CACHE_DIR": tempfile.mkdtemp()} if dingin else env
        mulai, mulai_cpu = time.perf_counter(), _cpu_anak()
        subprocess.run(perintah, check=True, capture_output=True, env=env_)
        waktu.append(time.perf_counter() - mulai)
        cpu.append(_cpu_anak() - mulai_cpu)
    return statistics.median(waktu), statistics.median(cpu)


def _seluruh_proses(
    kali: int,
    dingin: bool = False,
    format_: tuple[str, ...] = ("html", "docx", "pdf"),
    dalam: dict[str, float] | None = None,
) -> bool:
    """Print the whole-process times of the LKjIP and of the bare writer, each next to the
    in-process median `dalam` of its format; return whether a target was missed."""
    folder = Path(tempfile.mkdtemp())
    tabel = folder / "tabel.json"
    with tabel.open("w") as f:
        subprocess.run(
            [str(SAKIP), "tables", "--year", "2022", "--format", "json"], check=True, stdout=f
        )
    polos, polos_cpu = _median_proses(
        [sys.executable, __file__, "--tulis-polos", str(tabel), str(folder / "polos.docx")], kali
    )
    dalam = dalam or {}

    print(f"\nseluruh proses (median {kali} proses baru{', tembolok kosong' if dingin else ''})")
    print(f"{'laporan':<9} {'format':<6} {'waktu':>8} {'cpu':>7} {'target':>7} {'dlm proses':>10}")
    gagal = False
    for fmt in format_:
        perintah = [str(SAKIP), "report", "lkjip", "--year", "2022", "--format", fmt]
        waktu, cpu = _median_proses([*perintah, "-o", str(folder / f"lkjip.{fmt}")], kali, dingin)
        tanda = "" if waktu <= TARGET_PROSES[fmt] else "  > target"
        if fmt == "docx":
            rasio = waktu / polos
            tanda += f"  {rasio:.1f}x penulis polos" + ("  > target" if rasio > RASIO_DOCX else "")
            # On a busy machine the wall times follow the load: the CPU ratio is steadier.
            tanda += f" ({cpu / polos_cpu:.1f}x dalam CPU)"
            gagal |= rasio > RASIO_DOCX
        gagal |= waktu > TARGET_PROSES[fmt]
        proses = f"{dalam[fmt]:>9.2f}s" if fmt in dalam else f"{'-':>10}"
        print(
            f"{'lkjip':<9} {fmt:<6} {waktu:>7.2f}s {cpu:>6.2f}s {TARGET_PROSES[fmt]:>6.1f}s "
            f"{proses}{tanda}"
        )
    print(
        f"{'polos':<9} {'docx':<6} {polos:>7.2f}s {polos_cpu:>6.2f}s   "
        "(19 tabel, WordprocessingML mentah)"
    )
    if "pdf" in format_:
        # The last PDF is kept: the same content asked again is read from the cache.
        mulai = time.perf_counter()
        subprocess.run([*perintah, "-o", str(folder / "lagi.pdf")], check=True, capture_output=True)
        print(
            f"{'lkjip':<9} {'pdf':<6} {time.perf_counter() - mulai:>7.2f}s   (isi sama, tersimpan)"
        )
    return gagal


def main() -> None:
    if sys.argv[1:2] == ["--tulis-polos"]:
        _write_plain(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="renders after the first (median)")
    parser.add_argument("--proses", type=int, default=5, help="fresh processes per format")
    parser.add_argument("--hanya-proses", action="store_true", help="whole-process times only")
    parser.add_argument("--dingin", action="store_true", help="each process with an empty cache")
    parser.add_argument(
        "--format", default="html,docx,pdf", help="formats measured, e.g. docx (comma-separated)"
    )
    args = parser.parse_args()
    format_ = tuple(args.format.split(","))
    _siapkan()
    if args.hanya_proses:
        sys.exit(1 if _seluruh_proses(args.proses, args.dingin, format_) else 0)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sakip.laporan import services

    tanggal = date(2023, 1, 16)
    print(
        f"{'laporan':<9} {'format':<6} {'pertama':>8} {'median':>8} {'cpu':>7} {'target':>7} "
        f"{'kueri':>6}"
    )
    gagal = False
    dalam: dict[str, float] = {}
    for jenis, kw in LAPORAN:
        for fmt in format_:
            waktu, cpu = [], []
            for _ in range(1 + args.runs):
                _kosongkan_dokumen()
                with CaptureQueriesContext(connection) as kueri:
                    mulai, mulai_cpu = time.perf_counter(), _cpu()
                    services.render(jenis, None, 2022, fmt, tanggal=tanggal, **kw)
                    waktu.append(time.perf_counter() - mulai)
                    cpu.append(_cpu() - mulai_cpu)
            median = statistics.median(waktu[1:]) if args.runs else waktu[0]
            median_cpu = statistics.median(cpu[1:]) if args.runs else cpu[0]
            if jenis == "lkjip":
                dalam[fmt] = median
            tanda = "" if median <= TARGET[fmt] else "  > target"
            gagal |= bool(tanda)
            print(
                f"{jenis:<9} {fmt:<6} {waktu[0]:>7.2f}s {median:>7.2f}s {median_cpu:>6.2f}s "
                f"{TARGET[fmt]:>6.1f}s {len(kueri):>6}{tanda}"
            )
    if args.proses:
        gagal |= _seluruh_proses(args.proses, args.dingin, format_, dalam)
    sys.exit(1 if gagal else 0)


if __name__ == "__main__":
    main()
