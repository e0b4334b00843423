#!/usr/bin/env python3
"""Time the synthetic 40-OPD Pemda (pemda-contoh) as its users wait: whole processes, HTTP pages.

    .venv/bin/python scripts/bench_pemda.py [--pdf-sample 4] [--skip pdf,dasbor]
    SAKIP_BENCH_PG=postgres://sakip:sakip@127.0.0.1:5432/sakip_bench .venv/bin/python ...

Each step runs on a fresh SQLite database, then (when SAKIP_BENCH_PG names a PostgreSQL
database the role may drop and create) on PostgreSQL:
- load: `sakip migrate` is not counted; `sakip demo --dataset pemda-contoh` is;
- docx: every OPD's LKjIP 2023 as DOCX with `sakip report --all`, one process, cold caches;
- pdf: the same as PDF; with --pdf-sample N only N OPDs (in one process) and the time for 40
  extrapolated, which the output says;
- dasbor: `sakip serve` with 20 logged-in users opening OPD dashboards at random: p50/p95;
- kendali: the same 20 users opening the Pemda's control room of the year: p50/p95;
- lkjip-pemda: the Pemda's own LKjIP (`sakip report lkjip --pemda`) as HTML, DOCX and PDF,
  each a whole process with cold caches;
- kueri: the queries of an admin's home page with 1, 10 and 40 OPDs (SQLite only: the count
  does not depend on the database).
Targets on the 2-core reference machine: DOCX <= 60 s, PDF <= 5 min (40 OPDs), dashboard
p95 <= 300 ms. A new step is a function taking a `Konteks`, added to LANGKAH.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import gen_pemda_contoh  # noqa: E402
import loadtest  # noqa: E402

TAHUN = 2023
_SECRET_KEY = secrets.token_urlsafe(50)
PENGGUNA, SANDI = "bench-admin", "sandi-bench-pemda-1"
_ADMIN = f"""
from django.contrib.auth import get_user_model
from sakip.alur.models import Peran
from sakip.kinerja.models import Pemda
u, _ = get_user_model().objects.get_or_create(username={PENGGUNA!r})
u.set_password({SANDI!r}); u.save()
Peran.objects.get_or_create(user=u, jenis="admin", pemda=Pemda.objects.get(kode="99.02"))
"""
_KUERI = f"""
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
c = Client(HTTP_HOST="127.0.0.1")
c.force_login(get_user_model().objects.get(username={PENGGUNA!r}))
c.get("/")
with CaptureQueriesContext(connection) as q:
    status = c.get("/").status_code
print(status, len(q.captured_queries))
"""
_LAPORAN = """
import sys
from django.core.management import call_command
for kode in sys.argv[3:]:
    call_command("report", "lkjip", "--year", sys.argv[1], "--opd", kode, "--format", "pdf",
                 "-o", f"{sys.argv[2]}/lkjip-{kode}.pdf")
"""


@dataclass
class Konteks:
    """Where a step runs: the database, a scratch folder, the options."""

    nama: str
    url: str
    tmp: Path
    args: argparse.Namespace

    @property
    def env(self) -> dict[str, str]:
        """Return the environment of a child sakip process: this database, cold caches."""
        return {
            **os.environ,
            "SAKIP_DATABASE_URL": self.url,
            "SAKIP_CACHE_DIR": str(self.tmp / "cache"),
            "DJANGO_SETTINGS_MODULE": "sakip.config.settings",
            "SAKIP_SECRET_KEY": os.environ.get("SAKIP_SECRET_KEY") or _SECRET_KEY,
        }


def sakip(k: Konteks, *args: str) -> float:
    """Run `sakip ARGS` in a child process; return its wall time in seconds."""
    mulai = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "from sakip.cli import main; main()", *args],
        env=k.env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - mulai


def python(k: Konteks, kode: str, *args: str) -> str:
    """Run Python with Django set up on the context's database; return what it printed."""
    awal = "import django; django.setup()\n"
    result = subprocess.run(
        [sys.executable, "-c", awal + kode, *args],
        env=k.env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def kode_opd(n: int = 40) -> list[str]:
    return [o.kode for o in gen_pemda_contoh.opd_listing(n)]


def load(k: Konteks) -> None:
    sakip(k, "migrate", "--verbosity", "0")
    detik = sakip(k, "demo", "--dataset", "pemda-contoh")
    python(k, _ADMIN)
    print(f"  muat dataset (40 OPD, `sakip demo --dataset pemda-contoh`): {detik:.1f} s")


def docx(k: Konteks) -> None:
    folder = k.tmp / "docx"
    detik = sakip(k, "report", "lkjip", "--year", str(TAHUN), "--all", "--format", "docx",
                  "-o", str(folder))  # fmt: skip
    n = len(list(folder.glob("*.docx")))
    print(f"  {n} LKjIP DOCX dalam satu proses (`report --all`): {detik:.1f} s "
          f"({detik / n:.1f} s per OPD; target 60 s)")  # fmt: skip


def pdf(k: Konteks) -> None:
    folder = k.tmp / "pdf"
    folder.mkdir(exist_ok=True)
    contoh = k.args.pdf_sample
    mulai = time.perf_counter()
    if contoh and contoh < 40:
        python(k, _LAPORAN, str(TAHUN), str(folder), *kode_opd()[:contoh])
    else:
        sakip(k, "report", "lkjip", "--year", str(TAHUN), "--all", "--format", "pdf",
              "-o", str(folder))  # fmt: skip
    detik = time.perf_counter() - mulai
    n = len(list(folder.glob("*.pdf")))
    if n < 40:
        print(f"  {n} LKjIP PDF dalam satu proses: {detik:.1f} s; diekstrapolasi ke 40 OPD: "
              f"{detik / n * 40:.0f} s (target 300 s)")  # fmt: skip
    else:
        print(f"  {n} LKjIP PDF dalam satu proses: {detik:.1f} s (target 300 s)")


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dasbor(k: Konteks) -> None:
    port = _port_bebas()
    server = subprocess.Popen(
        [sys.executable, "-c", "from sakip.cli import main; main()", "serve", "--port", str(port)],
        env=k.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _tunggu(port)
        # First every dashboard once (computed, then cached per OPD in the worker that served
        # it), then pages at random as the day goes on.
        dingin = _beban(port, k.args.users, 40, acak=False)
        hangat = _beban(port, k.args.users, k.args.requests)
    finally:
        server.terminate()
        server.wait(timeout=30)
    for nama, latensi in (("pertama kali", dingin), ("berikutnya", hangat)):
        p50, p95 = loadtest.persentil(latensi, 50), loadtest.persentil(latensi, 95)
        print(f"  dasbor OPD {nama}, {k.args.users} pengguna bersamaan, {len(latensi)} "
              f"permintaan: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, rata-rata "
              f"{statistics.mean(latensi) * 1000:.0f} ms (target p95 300 ms)")  # fmt: skip


def kendali(k: Konteks) -> None:
    port = _port_bebas()
    server = subprocess.Popen(
        [sys.executable, "-c", "from sakip.cli import main; main()", "serve", "--port", str(port)],
        env=k.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    page = [f"/kendali/99.02/{TAHUN}/"]
    try:
        _tunggu(port)
        _beban(port, 2, 4, acak=False, url=page)  # each worker's first page
        latensi = _beban(port, k.args.users, k.args.requests // 2, url=page)
    finally:
        server.terminate()
        server.wait(timeout=30)
    p50, p95 = loadtest.persentil(latensi, 50), loadtest.persentil(latensi, 95)
    print(f"  ruang kendali 40 OPD, {k.args.users} pengguna bersamaan, {len(latensi)} "
          f"permintaan: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, rata-rata "
          f"{statistics.mean(latensi) * 1000:.0f} ms (target p95 300 ms)")  # fmt: skip


def lkjip_pemda(k: Konteks) -> None:
    result = []
    for fmt in ("html", "docx", "pdf"):
        shutil.rmtree(k.tmp / "cache", ignore_errors=True)
        detik = sakip(k, "report", "lkjip", "--pemda", "99.02", "--year", str(TAHUN),
                      "--format", fmt, "-o", str(k.tmp / f"lkjip-pemda.{fmt}"))  # fmt: skip
        result.append(f"{fmt.upper()} {detik:.1f} s")
    print("  LKjIP Pemda (40 OPD), satu proses per berkas: " + "; ".join(result))


def _tunggu(port: int) -> None:
    limit = time.monotonic() + 60
    while time.monotonic() < limit:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("`sakip serve` tidak menjawab dalam 60 detik.")


def _beban(
    port: int, users: int, jumlah: int, acak: bool = True, url: list[str] | None = None
) -> list[float]:
    """Open pages (OPD dashboards by default; at random, or each in turn) with `users`
    logged-in users; return each page's seconds."""
    url = url or [f"/opd/{kode}/{TAHUN}/" for kode in kode_opd()]
    latensi: list[float] = []
    lock = threading.Lock()
    sisa = [jumlah]
    pengguna = []
    for _ in range(users):
        p = loadtest.Pengguna("127.0.0.1", port)
        p.masuk(PENGGUNA, SANDI)
        pengguna.append(p)

    def kerja(p: loadtest.Pengguna, nomor: int) -> None:
        choose = random.Random(nomor)
        while True:
            with lock:
                if sisa[0] <= 0:
                    return
                sisa[0] -= 1
                alamat = choose.choice(url) if acak else url[sisa[0] % len(url)]
            mulai = time.perf_counter()
            status = p.buka(alamat)
            with lock:
                latensi.append(time.perf_counter() - mulai)
            if status != 200:
                raise SystemExit(f"HTTP {status}")

    threads = [threading.Thread(target=kerja, args=(p, n)) for n, p in enumerate(pengguna)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latensi


def kueri(k: Konteks) -> None:
    if not k.url.startswith("sqlite"):
        return
    result = []
    for n in (1, 10, 40):
        sub = Konteks(k.nama, f"sqlite:///{k.tmp / f'kueri-{n}.sqlite3'}", k.tmp, k.args)
        if n == 40:
            sub = k
        else:
            folder = k.tmp / f"pemda-{n}"
            gen_pemda_contoh.write(folder, n, 2023)
            sakip(sub, "migrate", "--verbosity", "0")
            sakip(sub, "load", str(folder))
            python(sub, _ADMIN)
        status, jumlah = python(sub, _KUERI).split()
        keterangan = " (satu OPD: dialihkan ke dasbornya)" if status == "302" else ""
        result.append(f"{n} OPD {jumlah}{keterangan}")
    print("  kueri beranda Admin Pemda: " + "; ".join(result))


LANGKAH: list[tuple[str, Callable[[Konteks], None]]] = [
    ("muat", load),
    ("docx", docx),
    ("pdf", pdf),
    ("dasbor", dasbor),
    ("kendali", kendali),
    ("lkjip-pemda", lkjip_pemda),
    ("kueri", kueri),
]


def _new_pg(url: str) -> None:
    """Drop and create the PostgreSQL database the URL names (it must be a throw-away one)."""
    import psycopg

    nama = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{nama}"')
        conn.execute(f'CREATE DATABASE "{nama}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf-sample", type=int, default=0, help="PDF of N OPDs only (0: all)")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400, help="dashboard pages in all")
    parser.add_argument("--skip", default="", help="steps to leave out, e.g. pdf,dasbor")
    args = parser.parse_args()
    lewati = set(filter(None, args.skip.split(",")))
    basis = [("SQLite", None)]
    if os.environ.get("SAKIP_BENCH_PG"):
        basis.append(("PostgreSQL", os.environ["SAKIP_BENCH_PG"]))
    print(f"Pemda sintetis pemda-contoh, {len(kode_opd())} OPD, tahun {TAHUN}; "
          f"{os.cpu_count()} inti, beban awal {os.getloadavg()[0]:.1f}")  # fmt: skip
    for nama, url in basis:
        tmp = Path(tempfile.mkdtemp(prefix="sakip-bench-pemda-"))
        if url is None:
            url = f"sqlite:///{tmp / 'pemda.sqlite3'}"
        else:
            _new_pg(url)
        print(f"{nama}:")
        k = Konteks(nama, url, tmp, args)
        try:
            for langkah, fungsi in LANGKAH:
                if langkah not in lewati:
                    fungsi(k)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"Beban mesin di akhir (load average 1 menit): {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
