"""What the Pemda's LKjIP of a year is made of: plain data, read by `sakip.pemda.lkjip`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sakip.core.numbers import sum_or_none
from sakip.core.scales import Scale


@dataclass(frozen=True)
class YearNumbers:
    """A Pemda indicator's figures of one year."""

    tahun: int
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None


@dataclass(frozen=True)
class SumbanganOpd:
    """An OPD responsible for a Pemda indicator, with the figures of its feeding IKU."""

    opd: str
    """The OPD's name."""
    indikator: str | None
    """The OPD's IKU that feeds the figure ("IKU1 Persentase ..."); None: responsible only."""
    realisasi: Decimal | None
    satuan: str
    capaian: Decimal | None
    bobot: Decimal | None


@dataclass(frozen=True)
class IndikatorLkjip:
    """A Pemda indicator with its year, its earlier years and the OPDs carrying it."""

    sasaran_kode: str
    sasaran: str
    kode: str
    uraian: str
    satuan: str
    iku: bool
    """An IKU Pemda (else another regional indicator)."""
    naik: bool
    """Higher is better (else lower is better)."""
    dihitung: bool
    """Rolled up from the OPDs' indicators (else entered by the Bagian Organisasi)."""
    berrealisasi: bool
    """The rule gives a realisation (the averages of capaian give only a capaian)."""
    tahun: YearNumbers
    aturan: str
    """The rule in words ("Capaian = rata-rata capaian indikator ...")."""
    rincian: str
    """The computation with its figures."""
    riwayat: tuple[YearNumbers, ...]
    """The earlier years of the RPJMD period, oldest first."""
    baseline_tahun: int | None
    baseline: Decimal | None
    target_akhir: Decimal | None
    sumbangan: tuple[SumbanganOpd, ...]


@dataclass(frozen=True)
class AnggaranBaris:
    """Pagu and realisation of one urusan bidang or one OPD (each in its stage in force)."""

    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal | None


@dataclass(frozen=True)
class TargetPk:
    """One target of the Kepala Daerah's PK of the year."""

    kode: str
    indikator: str
    satuan: str
    target: Decimal | None


@dataclass(frozen=True)
class LkjipPemda:
    """What the Pemda's LKjIP of a year is made of."""

    pemda: str
    """"Pemerintah Kota Bontang"."""
    nama_daerah: str
    tempat: str
    tahun: int
    kepala_jabatan: str
    """The title the signatory signs with ("Bupati Contoh", "Plt. Bupati Contoh")."""
    kepala_nama: str | None
    tanggal: date | None
    """The signing date the Admin Pemda set; None prints dots to fill by hand."""
    rpjmd_awal: int
    rpjmd_akhir: int
    rpjmd_dasar: str | None
    visi: str
    misi: tuple[tuple[str, str], ...]
    indikator: tuple[IndikatorLkjip, ...]
    opd_count: int
    pk: tuple[TargetPk, ...] | None
    """The targets of the latest version of the Kepala Daerah's PK; None when there is none."""
    pk_tanggal: date | None
    anggaran_urusan: tuple[AnggaranBaris, ...]
    anggaran_opd: tuple[AnggaranBaris, ...]
    kriteria: Scale


def total(baris: tuple[AnggaranBaris, ...]) -> AnggaranBaris | None:
    if not baris:
        return None
    return AnggaranBaris(
        "",
        "Jumlah",
        sum((b.pagu for b in baris), Decimal(0)),
        sum_or_none(b.realisasi for b in baris),
    )
