#!/usr/bin/env python3
"""Load test of a running sakip server on this machine: N logged-in users on two pages.

Only loopback addresses are accepted; the run stops after --duration seconds or --requests
requests, whichever comes first. Standard library only (threads + http.client).

    SAKIP_DEMO_PASSWORD=... python scripts/loadtest.py --url http://127.0.0.1:8000 --users 20
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import os
import re
import socket
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

OPD = "7.01.0.00.0.00.30.0000"
KANAAN = "7.01.0.00.0.00.30.0001"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Result:
    latensi: dict[str, list[float]] = field(default_factory=dict)
    error: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, page: str, detik: float, error: str | None) -> None:
        with self.lock:
            self.latensi.setdefault(page, []).append(detik)
            if error:
                self.error.append(error)


def pastikan_loopback(host: str) -> None:
    """Refuse any target that is not this machine."""
    for info in socket.getaddrinfo(host, None):
        if not ipaddress.ip_address(info[4][0]).is_loopback:
            sys.exit(
                f"Menolak {host}: uji beban hanya boleh ke alamat loopback (127.0.0.0/8, ::1)."
            )


class Pengguna:
    """One browser: its own keep-alive connection and session cookie."""

    def __init__(self, host: str, port: int) -> None:
        self.conn = http.client.HTTPConnection(host, port, timeout=30)
        self.cookie: dict[str, str] = {}

    def _minta(self, metode: str, path: str, body: str | None = None) -> tuple[int, str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookie.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{self.conn.host}:{self.conn.port}{path}"
        self.conn.request(metode, path, body=body, headers=headers)
        r = self.conn.getresponse()
        isi = r.read().decode("utf-8", "replace")
        for header in r.headers.get_all("Set-Cookie") or []:
            c: SimpleCookie = SimpleCookie()
            c.load(header)
            self.cookie.update({k: m.value for k, m in c.items()})
        return r.status, isi

    def masuk(self, username: str, password: str) -> None:
        _, isi = self._minta("GET", "/masuk/")
        cocok = _CSRF.search(isi)
        if cocok is None:
            raise RuntimeError("Halaman masuk tanpa token CSRF.")
        body = urlencode(
            {"csrfmiddlewaretoken": cocok.group(1), "username": username, "password": password}
        )
        status, _ = self._minta("POST", "/masuk/", body)
        if status != 302 or "sessionid" not in self.cookie:
            raise RuntimeError(f"Gagal masuk sebagai {username} (status {status}).")

    def buka(self, path: str) -> int:
        try:
            status, _ = self._minta("GET", path)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed an idle keep-alive connection: reconnect once, as a browser does.
            self.conn.close()
            status, _ = self._minta("GET", path)
        return status


def jalan(args: argparse.Namespace) -> Result:
    result = Result()
    page = {
        "dasbor": f"/opd/{OPD}/{args.tahun}/",
        "isian": f"/opd/{OPD}/{args.tahun}/isian/{KANAAN}/4/",
    }
    parts = urlsplit(args.url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    pastikan_loopback(host)
    pengguna = []
    for _ in range(args.users):
        p = Pengguna(host, port)
        p.masuk(args.username, args.password)
        pengguna.append(p)
    sisa = [args.requests]
    lock = threading.Lock()
    limit = time.monotonic() + args.duration

    def kerja(p: Pengguna, nomor: int) -> None:
        urutan = list(page.items())
        i = nomor
        while time.monotonic() < limit:
            with lock:
                if sisa[0] <= 0:
                    return
                sisa[0] -= 1
            nama, path = urutan[i % len(urutan)]
            i += 1
            mulai = time.perf_counter()
            try:
                status = p.buka(path)
                error = None if status == 200 else f"{nama}: HTTP {status}"
            except (OSError, http.client.HTTPException) as exc:
                error = f"{nama}: {exc!r}"
                p.conn.close()
            result.record(nama, time.perf_counter() - mulai, error)
            if args.think:
                time.sleep(args.think)

    threads = [threading.Thread(target=kerja, args=(p, n)) for n, p in enumerate(pengguna)]
    mulai = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.durasi = time.monotonic() - mulai  # type: ignore[attr-defined]
    return result


def persentil(nilai: list[float], p: float) -> float:
    urut = sorted(nilai)
    return urut[min(len(urut) - 1, round(p / 100 * (len(urut) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=30.0, help="detik, paling lama 300")
    parser.add_argument("--requests", type=int, default=20000, help="jumlah permintaan maksimum")
    parser.add_argument("--think", type=float, default=0.0, help="jeda antarpermintaan (detik)")
    parser.add_argument("--username", default="op-kanaan")
    parser.add_argument("--password", default=os.environ.get("SAKIP_DEMO_PASSWORD"))
    parser.add_argument("--tahun", type=int, default=2022)
    args = parser.parse_args()
    if not args.password:
        sys.exit("Sebutkan --password atau SAKIP_DEMO_PASSWORD.")
    if not (0 < args.duration <= 300 and 0 < args.users <= 200 and 0 < args.requests <= 200000):
        sys.exit("Batas: durasi 0–300 detik, 1–200 pengguna, 1–200000 permintaan.")
    result = jalan(args)
    all_items = [x for v in result.latensi.values() for x in v]
    if not all_items:
        sys.exit("Tidak ada permintaan yang selesai.")
    print(
        f"{args.users} pengguna, {len(all_items)} permintaan dalam {result.durasi:.1f} s "  # type: ignore[attr-defined]
        f"({len(all_items) / result.durasi:.0f}/s), galat {len(result.error)}"
    )  # type: ignore[attr-defined]
    for nama, nilai in [*sorted(result.latensi.items()), ("semua", all_items)]:
        print(
            f"  {nama:<7} n={len(nilai):>6}  p50 {persentil(nilai, 50) * 1000:7.1f} ms  "
            f"p95 {persentil(nilai, 95) * 1000:7.1f} ms  "
            f"p99 {persentil(nilai, 99) * 1000:7.1f} ms  "
            f"maks {max(nilai) * 1000:7.1f} ms  rata-rata {statistics.fmean(nilai) * 1000:6.1f} ms"
        )
    for g in sorted(set(result.error))[:10]:
        print(f"  galat: {g}")
    sys.exit(1 if result.error else 0)


if __name__ == "__main__":
    main()
