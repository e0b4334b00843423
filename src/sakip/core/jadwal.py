"""When each report is expected to be signed: dated windows read from sakip/data/jadwal."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from sakip.core import yamlfile


@dataclass(frozen=True)
class Jendela:
    """The months in which one kind of report is signed, relative to the year it is about."""

    dokumen: str
    dasar_hukum: str
    tahun: int
    bulan_awal: int
    bulan_akhir: int
    uraian: str

    def rentang(self, tahun_laporan: int) -> tuple[date, date]:
        """Return the first and last day of the window for a report on `tahun_laporan`."""
        tahun = tahun_laporan + self.tahun
        akhir = calendar.monthrange(tahun, self.bulan_akhir)[1]
        return date(tahun, self.bulan_awal, 1), date(tahun, self.bulan_akhir, akhir)

    def memuat(self, tahun_laporan: int, tanggal: date) -> bool:
        """Return whether a signing date lies in the window."""
        awal, akhir = self.rentang(tahun_laporan)
        return awal <= tanggal <= akhir


@cache
def jendela(tahun_laporan: int) -> dict[str, Jendela]:
    """Return the windows in force for reports on a year, by kind of report."""
    berkas = sorted(
        (yamlfile.load(f.read_text(encoding="utf-8")) for f in _file()),
        key=lambda isi: int(isi["berlaku_mulai"]),
    )
    berlaku = [isi for isi in berkas if int(isi["berlaku_mulai"]) <= tahun_laporan] or berkas[:1]
    return {
        kode: Jendela(
            dokumen=kode,
            dasar_hukum=str(d["dasar_hukum"]),
            tahun=int(d["tahun"]),
            bulan_awal=int(d["bulan_awal"]),
            bulan_akhir=int(d["bulan_akhir"]),
            uraian=str(d["uraian"]),
        )
        for kode, d in berlaku[-1]["dokumen"].items()
    }


def _file() -> list:  # type: ignore[type-arg]
    return [f for f in (files("sakip.data") / "jadwal").iterdir() if f.name.endswith(".yaml")]
