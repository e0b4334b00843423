"""Time and peak memory of importing a synthetic 20,000-row budget realisation file.

    .venv/bin/python scripts/bench_import.py [--rows 20000] [--keep]

It builds a throw-away SQLite database (or uses SAKIP_DATABASE_URL when set: the database is then
filled with a synthetic Pemda "99.99" and must not hold one already), a complete synthetic
nomenclature of 1,000 sub kegiatan and 20 units, writes a SIPD-style XLSX file of one row per unit
and sub kegiatan (pagu as a number cell, realisation written 1.234.567,89), and imports it twice
with the shipped `sipd` profile: first into an empty budget (every row added), then again (nothing
changes). Target on the 2-core reference machine: at most 10 s and 400 MB.

First it runs `sakip import-budget` in a child process on the merged-range bomb of the hostile
golden files (1.6 KB, one merged range over a whole sheet, which once grew a worker to 3 GB) and
prints the child's peak resident memory: it must be refused with its message under 100 MB.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOM_BERKAS = (
    ROOT
    / "tests/golden/spreadsheet/should_fail/gabungan-terlalu-luas/sipd-gabungan-seluruh-lembar.xlsx"
)
BOM_MB_MAKS = 100


def _mb_puncak() -> float:
    """Return the process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _anak(*args: str) -> tuple[int, str, float, float]:
    """Run `sakip ARGS` in a child process; return its status, output, seconds and peak MB."""
    mulai = time.perf_counter()
    anak = subprocess.Popen(
        [sys.executable, "-c", "from sakip.cli import main; main()", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert anak.stdout is not None
    keluaran = anak.stdout.read()
    # wait4 gives this child's own resource use (Linux reports the peak in kilobytes).
    _, status, pakai = os.wait4(anak.pid, 0)
    anak.returncode = os.waitstatus_to_exitcode(status)
    return anak.returncode, keluaran, time.perf_counter() - mulai, pakai.ru_maxrss / 1024


def _bom() -> bool:
    """Import the merged-range bomb in a child `sakip` process; print its time and peak memory."""
    _, _, _, dasar = _anak("import-profile", "list")
    status, keluaran, detik, mb = _anak("import-budget", str(BOM_BERKAS), "--dry-run")
    pesan = next((b.strip() for b in keluaran.splitlines() if "sel gabungan A3" in b), "")
    baik = status == 1 and bool(pesan) and mb < BOM_MB_MAKS
    print(
        f"Bom sel gabungan ({BOM_BERKAS.stat().st_size / 1024:.1f} KB, A3:XFD1048576): "
        f"{'ditolak' if pesan else 'TIDAK ditolak'} dalam {detik:.2f} s; memori puncak proses "
        f"`sakip import-budget` {mb:.0f} MB (perintah sakip tanpa impor: {dasar:.0f} MB; "
        f"batas {BOM_MB_MAKS} MB {'terpenuhi' if baik else 'TIDAK terpenuhi'})"
    )
    print(f"  {pesan or keluaran[-1000:]}")
    return baik


def _siapkan(jumlah_unit: int, jumlah_sub: int) -> list[str]:
    from sakip.kinerja import models as m

    pemda = m.Pemda.objects.create(
        kode="99.99", nama="Pemerintah Kabupaten Uji", nama_daerah="Kabupaten Uji", tempat="Uji"
    )
    opd = m.PerangkatDaerah.objects.create(
        pemda=pemda, kode="9.99.0.00.0.00.01.0000", nama="Dinas Uji", jenis="Dinas"
    )
    unit = [
        m.UnitKerja(
            opd=opd, kode=f"9.99.0.00.0.00.01.{i:04d}", nama=f"Unit {i}", nama_singkat=f"U{i}"
        )
        for i in range(jumlah_unit)
    ]
    m.UnitKerja.objects.bulk_create(unit)
    versi = m.NomenklaturVersi.objects.create(
        kode="uji-lengkap", nama="Nomenklatur uji", berlaku_mulai=2024, lengkap=True
    )
    kode = [f"9.99.01.2.{1 + i // 100:02d}.{1 + i % 100:04d}" for i in range(jumlah_sub)]
    induk = sorted({k.rsplit(".", 1)[0] for k in kode} | {"9", "9.99", "9.99.01"})
    m.NomenklaturItem.objects.bulk_create(
        m.NomenklaturItem(versi=versi, kode=k, nama=f"Item {k}", urutan=i)
        for i, k in enumerate(induk + kode)
    )
    return kode


def _berkas(baris: int, unit: int, kode: list[str]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Realisasi")
    ws.append(["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN TAHUN 2024"])
    ws.append(
        [
            "Kode Unit SKPD",
            "Kode Sub Kegiatan",
            "Nama Sub Kegiatan",
            "Tahun Anggaran",
            "Tahapan",
            "Anggaran",
            "Realisasi",
        ]
    )
    for i in range(baris):
        pagu = Decimal(1_000_000 + 137 * i) + Decimal("0.25")
        realisasi = f"{int(pagu * 9 // 10):,}".replace(",", ".") + ",50"
        ws.append(
            [
                f"9.99.0.00.0.00.01.{i % unit:04d}",
                kode[i // unit % len(kode)],
                "Sub kegiatan uji",
                2024,
                "Perubahan",
                float(pagu),
                realisasi,
            ]
        )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--bomb-only", action="store_true", help="only the merged-range bomb, in a child process"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sakip-bench-"))
    os.environ.setdefault("SAKIP_DATABASE_URL", f"sqlite:///{tmp / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    from sakip.impor.anggaran.profil import SIPD
    from sakip.impor.pipeline import impor_anggaran
    from sakip.kinerja import models as m

    call_command("migrate", verbosity=0)
    bom_baik = _bom()
    if args.bomb_only:
        raise SystemExit(0 if bom_baik else 1)
    unit = 20
    kode = _siapkan(unit, max(1, -(-args.rows // unit)))
    isi = _berkas(args.rows, unit, kode)
    print(
        f"Berkas: {args.rows} baris, {len(isi) / 1e6:.1f} MB; "
        f"basis data: {os.environ['SAKIP_DATABASE_URL'].split(':')[0]}"
    )
    for putaran in ("pertama (semua baris baru)", "kedua (berkas sama, tidak ada perubahan)"):
        sebelum = _mb_puncak()
        mulai, cpu = time.perf_counter(), time.process_time()
        hasil = impor_anggaran(isi, "bench.xlsx", SIPD)
        detik, detik_cpu = time.perf_counter() - mulai, time.process_time() - cpu
        if not hasil.berhasil:
            raise SystemExit("Impor gagal: " + "; ".join(str(g) for g in hasil.galat[:5]))
        print(
            f"Impor {putaran}: {detik:.2f} s (CPU {detik_cpu:.2f} s); "
            f"memori puncak proses {_mb_puncak():.0f} MB "
            f"(sebelum impor {sebelum:.0f} MB); ditambah {hasil.jumlah('tambah')}, "
            f"diubah {hasil.jumlah('ubah')}, tetap {hasil.jumlah('tetap')}"
        )
    print(f"Beban mesin (load average 1 menit): {os.getloadavg()[0]:.2f}")
    print(f"Baris anggaran tersimpan: {m.BarisAnggaran.objects.filter(tahun=2024).count()}")
    if not args.keep and str(tmp) in os.environ["SAKIP_DATABASE_URL"]:
        for p in tmp.iterdir():
            p.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
