"""The charts of the reports, as data: what is plotted, never how it is drawn."""

from __future__ import annotations

from decimal import Decimal

from sakip.core import anggaran
from sakip.core import format as fmt
from sakip.core.dokumen.model import Grafik, JenisGrafik
from sakip.core.dokumen.narasi import nama_program, sampai_triwulan
from sakip.core.model import OpdTahun
from sakip.core.tables.capaian import ROMAWI
from sakip.core.tables.profil import is_non_pns

SERATUS = Decimal(100)
CATATAN_NA = "Indikator tanpa batang: capaian tidak tersedia (n/a)."


def struktur_organisasi(s: OpdTahun) -> Grafik | None:
    """Return the organisation chart: the head of the OPD over the heads of its sub-units.

    A box reads the office, then the name of who holds it when known. None when the OPD has
    no sub-unit (its own unit is the OPD itself, headed by its head).
    """
    sub_unit = s.opd.unit_kerja[1:]
    if not sub_unit:
        return None
    kepala = s.opd.kepala
    kotak = [_kotak(kepala.jabatan, kepala.nama)]
    for unit in sub_unit:
        pejabat = unit.kepala
        kotak.append(_kotak(pejabat.jabatan, pejabat.nama) if pejabat else unit.nama)
    return Grafik(
        "grafik_struktur",
        f"Struktur Organisasi {s.opd.nama}",
        JenisGrafik.BAGAN,
        tuple(kotak),
        (),
        "",
    )


def _kotak(jabatan: str, nama: str | None) -> str:
    return f"{jabatan}\n{nama}" if nama else jabatan


def pegawai_golongan(s: OpdTahun) -> Grafik | None:
    """Return the staff by status and golongan (PNS per golongan, then non-PNS)."""
    if s.pegawai is None:
        return None
    label = tuple(k if is_non_pns(k) else f"PNS Gol. {k}" for k in s.pegawai.golongan)
    return Grafik(
        "grafik_golongan",
        f"Komposisi Pegawai {s.opd.nama} menurut Status dan Golongan Tahun {s.tahun}",
        JenisGrafik.BATANG,
        label,
        tuple(Decimal(v) for v in s.pegawai.golongan.values()),
        "orang",
    )


def pegawai_pendidikan(s: OpdTahun) -> Grafik | None:
    """Return the staff by level of education."""
    if s.pegawai is None:
        return None
    return Grafik(
        "grafik_pendidikan",
        f"Komposisi Pegawai {s.opd.nama} menurut Tingkat Pendidikan Tahun {s.tahun}",
        JenisGrafik.BATANG,
        tuple(s.pegawai.pendidikan),
        tuple(Decimal(v) for v in s.pegawai.pendidikan.values()),
        "orang",
    )


def capaian_iku(s: OpdTahun, triwulan: int = 4) -> Grafik | None:
    """Return the capaian of each IKU against its target (100%), for the year or to a quarter."""
    indikator = s.renstra.indikator() if s.renstra else []
    if not indikator:
        return None
    nilai = [sampai_triwulan(s, ind, triwulan)[2] for ind in indikator]
    judul = (
        f"Capaian Indikator Kinerja Utama terhadap Target Tahun {s.tahun}"
        if triwulan == 4
        else f"Capaian Indikator Kinerja Utama s.d. Triwulan {ROMAWI[triwulan]} Tahun {s.tahun}"
    )
    return Grafik(
        "grafik_capaian",
        judul,
        JenisGrafik.BATANG_MENDATAR,
        tuple(ind.nama for ind in indikator),
        tuple(nilai),
        "%",
        garis_acuan=SERATUS,
        nama_acuan="Target (100%)",
        catatan=CATATAN_NA if any(v is None for v in nilai) else None,
    )


def serapan_program(s: OpdTahun, triwulan: int = 4, acuan: Decimal | None = None) -> Grafik | None:
    """Return the % of the pagu realised per program, all units together."""
    program = anggaran.pohon(s.anggaran, triwulan)
    if not program:
        return None
    sampai = f"s.d. Triwulan {ROMAWI[triwulan]} " if triwulan < 4 else ""
    return Grafik(
        "grafik_serapan_program",
        f"Persentase Serapan Anggaran per Program {sampai}Tahun {s.tahun}",
        JenisGrafik.BATANG_MENDATAR,
        tuple(nama_program(anggaran.nama(s, p.kode)) for p in program),
        tuple(p.serapan for p in program),
        "%",
        garis_acuan=acuan,
        nama_acuan=_nama_acuan(acuan),
    )


def serapan_unit(s: OpdTahun, triwulan: int = 4, acuan: Decimal | None = None) -> Grafik | None:
    """Return the % of the pagu realised per unit; None when the OPD has one unit only."""
    units = anggaran.per_unit(s, triwulan)
    if len(units) < 2:
        return None
    sampai = f"s.d. Triwulan {ROMAWI[triwulan]} " if triwulan < 4 else ""
    return Grafik(
        "grafik_serapan_unit",
        f"Persentase Serapan Anggaran per Unit Kerja {sampai}Tahun {s.tahun}",
        JenisGrafik.BATANG_MENDATAR,
        tuple(unit.nama for unit, _, _ in units),
        tuple(jumlah.serapan for _, _, jumlah in units),
        "%",
        garis_acuan=acuan,
        nama_acuan=_nama_acuan(acuan),
    )


def _nama_acuan(acuan: Decimal | None) -> str | None:
    return f"Batas serapan rendah ({fmt.persen(acuan, 0)})" if acuan is not None else None
