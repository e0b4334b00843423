"""The neutral, read-only picture of one Perangkat Daerah in one year.

Everything the LKjIP tables, the consistency checks and the documents need is gathered here once
(by `sakip.kinerja.snapshot` from the database, or by hand in tests). The core computes only from
these objects and never touches Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from sakip.core.periode import JenisPeriode

if TYPE_CHECKING:
    from sakip.core.kaskade import Kaskade
    from sakip.core.scales import Scale


class Polaritas(StrEnum):
    """Whether a higher or a lower realisation is better."""

    NAIK = "naik"
    TURUN = "turun"


class Agregasi(StrEnum):
    """How an indicator's quarterly values make its year value."""

    JUMLAH = "jumlah"
    TERAKHIR = "terakhir"
    RATA_RATA = "rata_rata"


class JenisIndikator(StrEnum):
    """Whether an indicator's figure is entered directly or computed from two parts."""

    LANGSUNG = "langsung"
    RASIO = "rasio"
    """Figure = pembilang / penyebut × pengali, both parts entered per period."""


@dataclass(frozen=True)
class Pejabat:
    jabatan: str
    nama: str | None = None
    nip: str | None = None


@dataclass(frozen=True)
class SasaranPemda:
    kode: str
    uraian: str


@dataclass(frozen=True)
class TujuanPemda:
    kode: str
    uraian: str
    sasaran: tuple[SasaranPemda, ...] = ()


@dataclass(frozen=True)
class Misi:
    kode: str
    uraian: str
    tujuan: tuple[TujuanPemda, ...] = ()


@dataclass(frozen=True)
class Rpjmd:
    periode_awal: int
    periode_akhir: int
    visi: str
    misi: tuple[Misi, ...] = ()
    dasar_hukum: str | None = None


@dataclass(frozen=True)
class Pemda:
    kode: str
    nama: str
    nama_daerah: str
    tempat: str
    kepala_daerah: Pejabat


@dataclass(frozen=True)
class UnitKerja:
    kode: str
    nama: str
    nama_singkat: str
    kepala: Pejabat | None = None


@dataclass(frozen=True)
class PerangkatDaerah:
    kode: str
    nama: str
    jenis: str
    kepala: Pejabat
    unit_kerja: tuple[UnitKerja, ...]
    """The SKPD's own unit (same code as the SKPD) first, then its sub-units."""


@dataclass(frozen=True)
class Indikator:
    kode: str
    sasaran: str
    """Kode of the sasaran strategis it measures."""
    nama: str
    satuan: str
    polaritas: Polaritas
    agregasi: Agregasi
    formula: str | None = None
    sumber_data: str | None = None
    penanggung_jawab: str | None = None
    skala: str | None = None
    baseline_tahun: int | None = None
    baseline_nilai: Decimal | None = None
    target: dict[int, Decimal | None] = field(default_factory=dict)
    """Renstra target per year."""
    target_akhir: Decimal | None = None
    jenis: JenisIndikator = JenisIndikator.LANGSUNG
    periode_ukur: JenisPeriode = JenisPeriode.TRIWULAN
    """The period its realisation is entered for: a quarter, or a month."""
    pengali: Decimal = Decimal(100)
    """A ratio's multiplier (100 for a percentage)."""


@dataclass(frozen=True)
class Sasaran:
    kode: str
    uraian: str
    tujuan: str | None
    mendukung: tuple[str, ...]
    strategi: tuple[str, ...]
    kebijakan: tuple[str, ...]
    indikator: tuple[Indikator, ...]


@dataclass(frozen=True)
class Tujuan:
    kode: str
    uraian: str


@dataclass(frozen=True)
class Renstra:
    periode_awal: int
    periode_akhir: int
    tujuan: tuple[Tujuan, ...]
    sasaran: tuple[Sasaran, ...]
    dasar_hukum: str | None = None

    def indikator(self) -> list[Indikator]:
        """Return every IKU in display order."""
        return [ind for s in self.sasaran for ind in s.indikator]

    def tahun_target_akhir(self) -> int:
        """Return the year of the end target: the last year the Renstra sets targets for.

        Tabel 5 shows the targets year by year; the end target is the last of them, which may
        fall before `periode_akhir` (the reference report's Renstra 2021–2026 sets targets to
        2025), so Tabel 14 and the text name the same year as Tabel 5.
        """
        tahun = [y for ind in self.indikator() for y, v in ind.target.items() if v is not None]
        return max(tahun, default=self.periode_akhir)


@dataclass(frozen=True)
class PerjanjianKinerja:
    tahun: int
    versi: int
    tanggal: object | None  # datetime.date
    tahap_anggaran: str
    pihak_pertama: Pejabat
    pihak_kedua: Pejabat
    target: dict[str, Decimal | None]
    """Indicator kode -> target."""
    program: tuple[str, ...]
    alasan_revisi: str | None = None


@dataclass(frozen=True)
class Pengesahan:
    """Where and when one document of the year is signed, and in what capacity."""

    dokumen: str
    """"lkjip", "pk" or "triwulan"."""
    nomor: int = 0
    """The PK's version or the report's quarter; 0 for the LKjIP."""
    tempat: str | None = None
    """None: the Pemda's place."""
    tanggal: object | None = None  # datetime.date
    """None: not set yet (a PK's date is its own `tanggal`)."""
    status: str | None = None
    """"Plt." or "Plh." when the signatory (pihak pertama of a PK) acts for the head."""
    status_pihak_kedua: str | None = None


@dataclass(frozen=True)
class Kinerja:
    """Targets, realisations and narrative of one indicator in one year."""

    indikator: str
    tahun: int
    target_triwulan: dict[int, Decimal | None] = field(default_factory=dict)
    realisasi_triwulan: dict[int, Decimal | None] = field(default_factory=dict)
    """Quarter -> value. A missing key: not entered; a None value: stated not available."""
    realisasi_tahun: Decimal | None = None
    realisasi_tahun_diisi: bool = False
    """True when a yearly value (possibly None = n/a) was entered directly."""
    faktor_pendukung: str | None = None
    faktor_penghambat: str | None = None
    solusi: str | None = None
    """The year's analysis (entered with the fourth quarter)."""
    analisis_triwulan: dict[int, Analisis] = field(default_factory=dict)
    """Quarter 1–3 -> the analysis entered with that quarter's realisation."""
    realisasi_bulan: dict[int, Decimal | None] = field(default_factory=dict)
    """Month -> value of a monthly indicator; a missing key: not entered."""
    bagian: dict[str, Bagian] = field(default_factory=dict)
    """Period key ("tahun", "tw1", "3") -> the parts a ratio indicator's figure was entered with."""

    def analisis(self, triwulan: int) -> Analisis:
        """Return the analysis up to a quarter; the fourth is the year's."""
        if triwulan == 4:
            return Analisis(self.faktor_pendukung, self.faktor_penghambat, self.solusi)
        return self.analisis_triwulan.get(triwulan) or Analisis()


@dataclass(frozen=True)
class Bagian:
    """The numerator and denominator of a ratio's realisation in one period, and its figure."""

    pembilang: Decimal | None
    penyebut: Decimal | None
    nilai: Decimal | None
    """The figure as stored beside its parts."""


@dataclass(frozen=True)
class Analisis:
    """Faktor pendukung, faktor penghambat and solusi of an IKU, as its unit entered them."""

    faktor_pendukung: str | None = None
    faktor_penghambat: str | None = None
    solusi: str | None = None


@dataclass(frozen=True)
class Nomenklatur:
    kode: str
    nama: str
    berlaku_mulai: int
    lengkap: bool
    format_sub_kegiatan: int
    item: dict[str, str]
    """Normalised code -> name."""
    dasar_hukum: str | None = None


@dataclass(frozen=True)
class BarisAnggaran:
    """One budget line: a sub kegiatan of one unit in one year and stage."""

    unit: str
    sub_kegiatan: str
    """Normalised code (4-digit sub kegiatan segment)."""
    kode_sumber: str
    """The code as written in the source."""
    tahap: str
    pagu: Decimal
    realisasi: dict[str, Decimal] = field(default_factory=dict)
    """Period key -> amount: "tahun", "tw1".."tw4" or "1".."12" (months)."""
    fisik: dict[int, Decimal | None] = field(default_factory=dict)
    """Quarter -> physical realisation %."""
    uraian: str | None = None
    """The sub kegiatan's name as written in the source, when it was given."""


@dataclass(frozen=True)
class IndikatorKeluaran:
    unit: str
    kode: str
    uraian: str
    uraian_nomenklatur: str | None
    satuan: str
    target: Decimal | None
    realisasi: Decimal | None


@dataclass(frozen=True)
class KomponenEvaluasi:
    kode: str
    nilai: Decimal | None


@dataclass(frozen=True)
class EvaluasiSakip:
    tahun: int
    regulasi: str
    nilai: Decimal | None
    predikat: str | None
    komponen: tuple[KomponenEvaluasi, ...]
    nomor_surat: str | None = None
    tanggal_surat: object | None = None


@dataclass(frozen=True)
class Rekomendasi:
    tahun_evaluasi: int
    komponen: str
    uraian: str
    tindak_lanjut: str | None
    rencana_aksi: tuple[str, ...]
    status: str
    tenggat: date | None = None
    """The day by which it is to be followed up; None: not set."""
    unit: str | None = None
    """The kode of the responsible unit of the OPD; None: not set."""


@dataclass(frozen=True)
class Skm:
    tahun: int
    nilai: Decimal | None
    unsur: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Pegawai:
    tahun: int
    golongan: dict[str, int]
    pendidikan: dict[str, int]
    jenis_kelamin: dict[str, int]


@dataclass(frozen=True)
class Aset:
    jenis: str
    nilai: Decimal | None


@dataclass(frozen=True)
class Belanja:
    jenis: str
    tahap: str
    nilai: Decimal | None


@dataclass(frozen=True)
class OpdTahun:
    """Everything known about one Perangkat Daerah for the report of one year."""

    tahun: int
    pemda: Pemda
    rpjmd: Rpjmd | None
    opd: PerangkatDaerah
    renstra: Renstra | None
    perjanjian_kinerja: tuple[PerjanjianKinerja, ...]
    """Every version of the year's PK, oldest first."""
    kinerja: dict[tuple[str, int], Kinerja]
    """(indicator kode, year) -> Kinerja, for every year held."""
    nomenklatur: Nomenklatur | None
    """The version in force for the year."""
    tahap_anggaran: str | None
    """The budget stage the tables use (the latest stage held for the year)."""
    anggaran: tuple[BarisAnggaran, ...]
    """Budget lines of the year at `tahap_anggaran`."""
    atribusi_program: dict[str, str]
    """Program code -> sasaran kode."""
    indikator_keluaran: tuple[IndikatorKeluaran, ...]
    pegawai: Pegawai | None
    aset: tuple[Aset, ...]
    belanja: tuple[Belanja, ...]
    evaluasi: tuple[EvaluasiSakip, ...]
    rekomendasi: tuple[Rekomendasi, ...]
    skm: dict[int, Skm]
    narasi: dict[str, str]
    pagu_per_tahap: dict[str, tuple[tuple[str, Decimal], ...]] = field(default_factory=dict)
    """Budget stage -> (sub kegiatan, pagu) of every line of the year at that stage.

    The Perjanjian Kinerja quotes the pagu of the stage it was signed under, which may be an
    earlier one than `tahap_anggaran`.
    """
    pengesahan: dict[tuple[str, int], Pengesahan] = field(default_factory=dict)
    """(dokumen, nomor) -> where and when it is signed."""
    tahap_tersedia: tuple[str, ...] = ()
    """Every budget stage held for the year ("murni", "perubahan")."""
    kriteria: Scale | None = None
    """The Pemda's own criteria of capaian in force for the year; None: the regulation's."""
    kaskade: Kaskade | None = None
    """The positions of the OPD and their PKs of the year (sakip.kaskade); None: none held."""

    @property
    def pk(self) -> PerjanjianKinerja | None:
        """Return the latest version of the year's Perjanjian Kinerja."""
        return self.perjanjian_kinerja[-1] if self.perjanjian_kinerja else None

    def sah(self, dokumen: str, nomor: int = 0) -> Pengesahan:
        """Return the signing data of a document, empty when none was set."""
        return self.pengesahan.get((dokumen, nomor)) or Pengesahan(dokumen, nomor)

    def unit(self, kode: str) -> UnitKerja | None:
        """Return the unit with this code."""
        return next((u for u in self.opd.unit_kerja if u.kode == kode), None)
