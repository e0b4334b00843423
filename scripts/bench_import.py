#!/usr/bin/env python3
"""Wall time and peak memory of a whole `sakip import-budget` process, for files of N rows.

    .venv/bin/python scripts/bench_import.py [--rows 1000,10000,100000] [--format xlsx,csv]
    .venv/bin/python scripts/bench_import.py --pg postgres://sakip:sakip@127.0.0.1:5432/sakip_bench
    .venv/bin/python scripts/bench_import.py --bomb-only

For every N it writes a SIPD-style export (the shipped `sipd` profile's headers: a title row,
"No", "Kode SKPD", "Nama SKPD", the sub kegiatan code in its 2-digit form, a kegiatan subtotal
row every 100 lines, pagu as a number cell, realisation as text 1.234.567,89, "Sisa" and "%")
for a synthetic Pemda "99.99" of 50 units and a complete synthetic nomenclature. Each import
runs as its own `sakip import-budget FILE --profile sipd` child process on a fresh database:
a copy of one migrated and filled SQLite file, and with --pg a PostgreSQL database made from a
template (the URL must name a throw-away database the role may drop and create). Printed per
run: the child's wall time and its peak resident memory (`wait4`'s ru_maxrss), and between two
sizes how much the peak grew per row and whether it grows with N (above 0.25 KB a row).

A file beyond 50,000 rows crosses the default row bound (docs/spreadsheets.md); the child gets
SAKIP_IMPOR_MAKS_BARIS set above N, as a region importing such files would set it.

First it imports the merged-range bomb of the hostile golden files (1.6 KB, one merged range
over a whole sheet, which once grew a worker to 3 GB): it must be refused under 100 MB.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILE_BOM = (
    ROOT
    / "tests/golden/spreadsheet/should_fail/gabungan-terlalu-luas/sipd-gabungan-seluruh-lembar.xlsx"
)
BOM_MB_MAKS = 100
UNIT = 50
TAHUN = 2024
KEGIATAN = 100
"""Sub kegiatan per kegiatan: a subtotal row follows each kegiatan's lines."""
JUDUL = [
    "No",
    "Kode SKPD",
    "Nama SKPD",
    "Kode Sub Kegiatan",
    "Nama Sub Kegiatan",
    "Tahun Anggaran",
    "Tahapan",
    "Anggaran",
    "Realisasi",
    "Sisa",
    "%",
]
_SIAPKAN = """
import sys
import django
django.setup()
from sakip.kinerja import models as m
unit, sub = int(sys.argv[1]), int(sys.argv[2])
pemda = m.Pemda.objects.create(
    kode="99.99", nama="Pemerintah Kabupaten Uji", nama_daerah="Kabupaten Uji", tempat="Uji"
)
opd = m.PerangkatDaerah.objects.create(
    pemda=pemda, kode="9.99.0.00.0.00.01.0000", nama="Dinas Uji", jenis="Dinas"
)
m.UnitKerja.objects.bulk_create(
    m.UnitKerja(opd=opd, kode=f"9.99.0.00.0.00.01.{i:04d}", nama=f"Unit {i}", nama_singkat=f"U{i}")
    for i in range(unit)
)
versi = m.NomenklaturVersi.objects.create(
    kode="uji-lengkap", nama="Nomenklatur uji", berlaku_mulai=2024, lengkap=True
)
kode = [f"9.99.01.2.{1 + i // 100:02d}.{1 + i % 100:04d}" for i in range(sub)]
induk = sorted({k.rsplit(".", 1)[0] for k in kode} | {"9", "9.99", "9.99.01"})
m.NomenklaturItem.objects.bulk_create(
    (m.NomenklaturItem(versi=versi, kode=k, nama=f"Item {k}", urutan=i)
     for i, k in enumerate(induk + kode)),
    batch_size=1000,
)
"""


SRC = ROOT / "src"
"""The sakip source measured (--src: another checkout's, to compare with it)."""


def _env(url: str, baris: int = 0) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "DJANGO_SETTINGS_MODULE": "sakip.config.settings",
        "SAKIP_DATABASE_URL": url,
    }
    if baris >= 40_000:
        # Lines, one subtotal row per kegiatan, the title and header rows.
        env["SAKIP_IMPOR_MAKS_BARIS"] = str(baris + baris // KEGIATAN + UNIT + 1_000)
    return env


def _anak(env: dict[str, str], *args: str) -> tuple[int, str, float, float]:
    """Run `sakip ARGS` in a child process; return its status, output, seconds and peak MB."""
    mulai = time.perf_counter()
    anak = subprocess.Popen(
        [sys.executable, "-c", "from sakip.cli import main; main()", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert anak.stdout is not None
    keluaran = anak.stdout.read()
    # wait4 gives this child's own resource use (Linux reports the peak in kilobytes).
    _, status, pakai = os.wait4(anak.pid, 0)
    return (
        os.waitstatus_to_exitcode(status),
        keluaran,
        time.perf_counter() - mulai,
        pakai.ru_maxrss / 1024,
    )


def _bom(env: dict[str, str]) -> bool:
    """Import the merged-range bomb in a child `sakip` process; print its time and peak memory."""
    _, _, _, dasar = _anak(env, "import-profile", "list")
    status, keluaran, detik, mb = _anak(env, "import-budget", str(FILE_BOM), "--dry-run")
    pesan = next((b.strip() for b in keluaran.splitlines() if "sel gabungan A3" in b), "")
    baik = status == 1 and bool(pesan) and mb < BOM_MB_MAKS
    print(
        f"Bom sel gabungan ({FILE_BOM.stat().st_size / 1024:.1f} KB, A3:XFD1048576): "
        f"{'ditolak' if pesan else 'TIDAK ditolak'} dalam {detik:.2f} s; memori puncak proses "
        f"`sakip import-budget` {mb:.0f} MB (perintah sakip tanpa impor: {dasar:.0f} MB; "
        f"batas {BOM_MB_MAKS} MB {'terpenuhi' if baik else 'TIDAK terpenuhi'})"
    )
    print(f"  {pesan or keluaran[-1000:]}")
    return baik


def _kode(i: int) -> str:
    """Return the i-th synthetic sub kegiatan code in the 2-digit form SIPD exports write."""
    return (
        f"9.99.01.2.{1 + i // 100:02d}.{1 + i % 100:02d}"
        if i % 100 < 99
        else (f"9.99.01.2.{1 + i // 100:02d}.{1 + i % 100:04d}")
    )


def _rupiah(x: Decimal) -> str:
    return f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def file_rows(n: int) -> list[list[object]]:
    """Return the rows of an N-line file: title, header, lines and kegiatan subtotals."""
    rows: list[list[object]] = [
        [f"LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN {TAHUN}"],
        [],
        JUDUL,
    ]
    sub = -(-n // UNIT)
    nomor = 0
    for u in range(UNIT):
        jumlah = Decimal(0)
        for s in range(sub):
            if nomor == n:
                break
            nomor += 1
            pagu = Decimal(1_000_000 + 137 * nomor) + Decimal("0.25")
            realisasi = (pagu * 9 / 10).quantize(Decimal("0.01"))
            jumlah += pagu
            rows.append(
                [
                    nomor,
                    f"9.99.0.00.0.00.01.{u:04d}",
                    f"Unit {u}",
                    _kode(s),
                    f"Sub kegiatan uji {s}",
                    TAHUN,
                    "Perubahan",
                    float(pagu),
                    _rupiah(realisasi),
                    float(pagu - realisasi),
                    "90,00",
                ]
            )
            if (s + 1) % KEGIATAN == 0 or s + 1 == sub:
                kegiatan = _kode(s).rsplit(".", 1)[0]
                rows.append(["", "", f"Unit {u}", kegiatan, "Jumlah kegiatan", TAHUN,
                             "Perubahan", float(jumlah), "", "", ""])  # fmt: skip
                jumlah = Decimal(0)
    return rows


def write_file(path: Path, n: int) -> None:
    """Write the N-line file as XLSX (write-only, as exporters stream it) or CSV."""
    rows = file_rows(n)
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter=";").writerows(rows)
        return
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Realisasi")
    for row in rows:
        ws.append(row)
    wb.save(path)


TUMBUH_KB = 0.25
"""Peak growth per row above which the peak is said to grow with N (a 6 KB row once)."""


def _tumbuh(per_baris: float) -> str:
    """Return whether the peak grows with the number of rows, in words."""
    if per_baris <= TUMBUH_KB:
        return f"puncak tidak tumbuh dengan jumlah baris (<= {TUMBUH_KB} KB per baris)"
    return f"puncak TUMBUH dengan jumlah baris (> {TUMBUH_KB} KB per baris)"


def _pg(url: str, *perintah: str) -> None:
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        for p in perintah:
            conn.execute(p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", default="1000,10000,100000", help="N of each run, comma-separated"
    )
    parser.add_argument("--format", default="xlsx,csv", help="xlsx, csv or both")
    parser.add_argument("--pg", help="also on PostgreSQL: URL of a throw-away database")
    parser.add_argument("--dry-run", action="store_true", help="import with --dry-run (preview)")
    parser.add_argument(
        "--bomb-only", action="store_true", help="only the merged-range bomb, in a child process"
    )
    parser.add_argument("--src", type=Path, help="measure this sakip source tree instead")
    args = parser.parse_args()
    if args.src:
        global SRC
        SRC = args.src.resolve()
    jumlah = [int(x) for x in args.rows.split(",") if x]
    format_ = [x for x in args.format.split(",") if x]
    tmp = Path(tempfile.mkdtemp(prefix="sakip-bench-import-"))
    try:
        templat = tmp / "templat.sqlite3"
        env = _env(f"sqlite:///{templat}")
        subprocess.run(
            [sys.executable, "-c", "from sakip.cli import main; main()", "migrate", "-v", "0"],
            env=env,
            check=True,
        )
        if not _bom(env) or args.bomb_only:
            raise SystemExit(0 if args.bomb_only else 1)
        sub = -(-max(jumlah) // UNIT)
        subprocess.run([sys.executable, "-c", _SIAPKAN, str(UNIT), str(sub)], env=env, check=True)
        _, _, _, dasar = _anak(env, "import-profile", "list")
        basis = [("SQLite", None)]
        if args.pg:
            basis.append(("PostgreSQL", args.pg))
            nama = args.pg.rsplit("/", 1)[1]
            templat_pg = args.pg.rsplit("/", 1)[0] + f"/{nama}_templat"
            _pg(args.pg, f'DROP DATABASE IF EXISTS "{nama}_templat"',
                f'CREATE DATABASE "{nama}_templat"')  # fmt: skip
            env_pg = _env(templat_pg)
            subprocess.run(
                [sys.executable, "-c", "from sakip.cli import main; main()", "migrate", "-v", "0"],
                env=env_pg,
                check=True,
            )
            subprocess.run(
                [sys.executable, "-c", _SIAPKAN, str(UNIT), str(sub)], env=env_pg, check=True
            )
        print(
            f"{UNIT} unit, {sub} sub kegiatan; {os.cpu_count()} inti, beban awal "
            f"{os.getloadavg()[0]:.1f}; perintah sakip tanpa impor: {dasar:.0f} MB"
        )
        for fmt in format_:
            puncak: dict[str, list[tuple[int, float]]] = {}
            for n in jumlah:
                berkas = tmp / f"realisasi-{n}.{fmt}"
                write_file(berkas, n)
                for nama_basis, url in basis:
                    if url is None:
                        db = tmp / "bench.sqlite3"
                        shutil.copyfile(templat, db)
                        url = f"sqlite:///{db}"
                    else:
                        nama = url.rsplit("/", 1)[1]
                        _pg(url, f'DROP DATABASE IF EXISTS "{nama}"',
                            f'CREATE DATABASE "{nama}" TEMPLATE "{nama}_templat"')  # fmt: skip
                    opsi = ["--dry-run"] if args.dry_run else []
                    status, keluaran, detik, mb = _anak(
                        _env(url, n), "import-budget", str(berkas), "--profile", "sipd", *opsi
                    )
                    ringkas = next(
                        (b for b in keluaran.splitlines() if b.startswith("Jumlah:")),
                        keluaran.strip().splitlines()[0] if keluaran.strip() else "",
                    )
                    print(
                        f"{nama_basis:10} {fmt:4} {n:>7} baris "
                        f"({berkas.stat().st_size / 1e6:5.1f} MB): {detik:6.1f} s, "
                        f"puncak {mb:5.0f} MB; {ringkas}"
                    )
                    if status != 0:
                        print(keluaran[-2000:])
                    puncak.setdefault(nama_basis, []).append((n, mb))
            for nama_basis, titik in puncak.items():
                for (n0, mb0), (n1, mb1) in zip(titik, titik[1:], strict=False):
                    per_baris = (mb1 - mb0) * 1024 / (n1 - n0)
                    print(
                        f"{nama_basis:10} {fmt:4} dari {n0} ke {n1} baris: puncak {mb0:.0f} -> "
                        f"{mb1:.0f} MB, bertambah {mb1 - mb0:.0f} MB, {per_baris:.2f} KB per "
                        f"baris: {_tumbuh(per_baris)}"
                    )
        print(f"Beban mesin di akhir (load average 1 menit): {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if args.pg:
            nama = args.pg.rsplit("/", 1)[1]
            _pg(args.pg, f'DROP DATABASE IF EXISTS "{nama}"',
                f'DROP DATABASE IF EXISTS "{nama}_templat"')  # fmt: skip


if __name__ == "__main__":
    main()
