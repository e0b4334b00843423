"""A clean snapshot of Kecamatan Bontang Barat in 2022 that every rule accepts.

The figures are the reference report's (LKjIP 2022 Kecamatan Bontang Barat) with its mistakes put
right: the PK targets equal the Renstra targets (87,10 and 64,50), Zona Integritas has a
realisation, and every funded sub kegiatan has an output indicator. Each test breaks one thing.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sakip.core.checks import Finding, Rule
from sakip.core.model import (
    Agregasi,
    BarisAnggaran,
    Belanja,
    EvaluasiSakip,
    Indikator,
    IndikatorKeluaran,
    Kinerja,
    KomponenEvaluasi,
    Nomenklatur,
    OpdTahun,
    Pegawai,
    Pejabat,
    Pemda,
    Pengesahan,
    PerangkatDaerah,
    PerjanjianKinerja,
    Polaritas,
    Renstra,
    Sasaran,
    Skm,
    UnitKerja,
)

D = Decimal

KECAMATAN = "7.01.0.00.0.00.30.0000"
KANAAN = "7.01.0.00.0.00.30.0001"

CAMAT = Pejabat("Camat Bontang Barat", "ANWAR SADAT, SP", "197402192001121004")
WALI_KOTA = Pejabat("Wali Kota Bontang")


def _iku(
    kode: str, sasaran: str, nama: str, satuan: str, target: list[str], **kw: Any
) -> Indikator:
    tahun = range(2021, 2021 + len(target))
    return Indikator(
        kode=kode,
        sasaran=sasaran,
        nama=nama,
        satuan=satuan,
        polaritas=Polaritas.NAIK,
        agregasi=kw.pop("agregasi", Agregasi.TERAKHIR),
        target={t: D(nilai) for t, nilai in zip(tahun, target, strict=True)},
        target_akhir=D(target[-1]),
        **kw,
    )


IKU_SKM = _iku(
    "IKU1",
    "S1",
    "Nilai Survei Kepuasan Masyarakat (SKM)",
    "Nilai",
    ["87", "87.1", "87.2", "87.3", "87.4"],
    skala="skm",
    baseline_tahun=2020,
    baseline_nilai=D("86.91"),
)
IKU_STIMULAN = _iku(
    "IKU2",
    "S2",
    "Persentase partisipasi kelompok kemasyarakatan dalam Program Stimulan RT",
    "%",
    ["100"] * 5,
)
IKU_ZI = _iku("IKU3", "S3", "Nilai Zona Integritas", "Nilai", ["63", "64.5", "66", "68", "70"])
IKU_TRANTIB = _iku(
    "IKU4",
    "S4",
    "Persentase Laporan Gangguan Ketenteraman dan Ketertiban yang ditindaklanjuti",
    "%",
    ["100"] * 5,
)


def _sasaran(kode: str, uraian: str, indikator: Indikator) -> Sasaran:
    return Sasaran(kode, uraian, None, (), (), (), (indikator,))


RENSTRA = Renstra(
    periode_awal=2021,
    periode_akhir=2026,
    tujuan=(),
    sasaran=(
        _sasaran(
            "S1", "Meningkatnya kualitas pelayanan masyarakat Kecamatan Bontang Barat", IKU_SKM
        ),
        _sasaran(
            "S2",
            "Meningkatnya pemberdayaan masyarakat dalam pembangunan Kecamatan Bontang Barat",
            IKU_STIMULAN,
        ),
        _sasaran("S3", "Meningkatnya kualitas pembangunan Zona Integritas menuju WBK/WBBM", IKU_ZI),
        _sasaran(
            "S4",
            "Meningkatnya ketenteraman dan ketertiban masyarakat Kecamatan Bontang Barat",
            IKU_TRANTIB,
        ),
    ),
)

PK_2022 = PerjanjianKinerja(
    tahun=2022,
    versi=1,
    tanggal=date(2022, 2, 14),
    tahap_anggaran="murni",
    pihak_pertama=CAMAT,
    pihak_kedua=WALI_KOTA,
    target={"IKU1": D("87.10"), "IKU2": D("100"), "IKU3": D("64.50"), "IKU4": D("100")},
    program=("7.01.01", "7.01.02", "7.01.03", "7.01.04"),
)

SEPANJANG_TAHUN = {1: D("100"), 2: D("100"), 3: D("100"), 4: D("100")}
# The analysis of Bab III 3 as the units entered it (faktor and solusi).
SKM_HAMBATAN = dict(
    faktor_penghambat="Terdapat unit kerja yang belum memiliki standar operasional dan prosedur",
    solusi="Peningkatan mutu pelayanan melalui digitalisasi sistem pelayanan",
)
DUKUNGAN = dict(faktor_pendukung="Semua Pokmas berpartisipasi aktif")
KINERJA = {
    ("IKU1", 2022): Kinerja("IKU1", 2022, {4: D("87.10")}, {4: D("86.28")}, **SKM_HAMBATAN),
    ("IKU1", 2021): Kinerja("IKU1", 2021, realisasi_tahun=D("86.91"), realisasi_tahun_diisi=True),
    ("IKU2", 2022): Kinerja("IKU2", 2022, {4: D("100")}, {4: D("100")}, **DUKUNGAN),
    ("IKU3", 2022): Kinerja("IKU3", 2022, {4: D("64.50")}, {4: D("64.50")}, **DUKUNGAN),
    ("IKU4", 2022): Kinerja("IKU4", 2022, dict(SEPANJANG_TAHUN), dict(SEPANJANG_TAHUN), **DUKUNGAN),
}

NOMENKLATUR = Nomenklatur(
    kode="kepmendagri-050-5889-2021",
    nama="Kepmendagri 050-5889 Tahun 2021",
    berlaku_mulai=2022,
    lengkap=True,
    format_sub_kegiatan=2,
    item={
        "7": "UNSUR KEWILAYAHAN",
        "7.01": "KECAMATAN",
        "7.01.01": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "7.01.01.2.01": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "7.01.01.2.01.0001": "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "7.01.02": "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "7.01.02.2.01": "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "7.01.02.2.01.0001": "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan"
        " dengan Perangkat Daerah dan Instansi Vertikal Terkait",
        "7.01.02.2.02": "Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit"
        " Kerja Perangkat Daerah yang Ada di Kecamatan",
        "7.01.02.2.02.0003": "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di"
        " Wilayah Kecamatan",
        "7.01.03": "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        "7.01.03.2.03": "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan",
        "7.01.03.2.03.0001": "Penyelenggaraan Lembaga Kemasyarakatan",
        "7.01.04": "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
        "7.01.04.2.02": "Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala"
        " Daerah",
        "7.01.04.2.02.0001": "Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya"
        " di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik"
        " Indonesia",
    },
)


def make_baris(kode: str, pagu: str, realisasi: dict[str, str], **kw: Any) -> BarisAnggaran:
    """Return a budget line of the Kecamatan at the perubahan stage, fully realised on paper."""
    awal, _, sub = kode.rpartition(".")
    return BarisAnggaran(
        unit=kw.pop("unit", KECAMATAN),
        sub_kegiatan=f"{awal}.{sub.zfill(4)}",
        kode_sumber=kode,
        tahap=kw.pop("tahap", "perubahan"),
        pagu=D(pagu),
        realisasi={key: D(nilai) for key, nilai in realisasi.items()},
        fisik=kw.pop("fisik", {4: D("100")}),
        **kw,
    )


# Tabel 19 of the reference report, as printed (one quarterly line to vary the periods).
ANGGARAN = (
    make_baris(
        "7.01.01.2.01.01",
        "1698100.00",
        {"tahun": "1698100.00"},
        uraian="Penyusunan Dokumen Perencanaan Perangkat Daerah",
    ),
    make_baris(
        "7.01.02.2.01.01",
        "418901794.00",
        {"tahun": "404121156.00"},
        uraian="Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan Dengan"
        " Perangkat Daerah dan Instansi Vertikal Terkait",
    ),
    make_baris(
        "7.01.02.2.02.03",
        "798778426.00",
        {"tahun": "783211912.00"},
        unit=KANAAN,
        uraian="Peningkatan Efektifitas Pelaksanaan Pelayanan Kepada Masyarakat di Wilayah"
        " Kecamatan",
    ),
    make_baris("7.01.03.2.03.01", "603349600.00", {"tahun": "569199048.00"}),
    make_baris(
        "7.01.04.2.02.01",
        "20972635.00",
        {"tw1": "5000000.00", "tw2": "5000000.00", "tw3": "5000000.00", "tw4": "5794850.00"},
    ),
)


def _keluaran(unit: str, kode: str, uraian: str, satuan: str, nilai: str) -> IndikatorKeluaran:
    return IndikatorKeluaran(unit, kode, uraian, None, satuan, D(nilai), D(nilai))


INDIKATOR_KELUARAN = (
    _keluaran(
        KECAMATAN,
        "7.01.01",
        "Persentase Pemenuhan Layanan Penunjang Urusan Pemerintahan Daerah",
        "%",
        "100",
    ),
    _keluaran(
        KECAMATAN, "7.01.01.2.01.01", "Jumlah Dokumen Perencanaan yang disusun", "Dokumen", "2"
    ),
    _keluaran(KECAMATAN, "7.01.02.2.01.01", "Jumlah Koordinasi", "Kali", "4"),
    _keluaran(
        KANAAN, "7.01.02.2.02.03", "Jumlah layanan yang diselenggarakan Kelurahan", "Layanan", "4"
    ),
    _keluaran(KECAMATAN, "7.01.03.2.03.01", "Jumlah Lembaga Kemasyarakatan", "Lembaga", "3"),
    _keluaran(KECAMATAN, "7.01.04.2.02.01", "Jumlah Kegiatan", "Kegiatan", "2"),
)

# 1.843.700.555,00 = the pagu of ANGGARAN.
BELANJA = (
    Belanja("Belanja Operasi", "perubahan", D("1771802827.00")),
    Belanja("Belanja Modal", "perubahan", D("71897728.00")),
)

EVALUASI_2021 = EvaluasiSakip(
    tahun=2021,
    regulasi="permenpanrb-88-2021",
    nilai=D("70.36"),
    predikat="BB",
    komponen=(
        KomponenEvaluasi("perencanaan", D("20.65")),
        KomponenEvaluasi("pengukuran", D("22.71")),
        KomponenEvaluasi("pelaporan", D("14.50")),
        KomponenEvaluasi("evaluasi_internal", D("12.50")),
    ),
    nomor_surat="700/1264/ITDA.04",
)

_BERSIH = OpdTahun(
    tahun=2022,
    pemda=Pemda("64.74", "Pemerintah Kota Bontang", "Kota Bontang", "Bontang", WALI_KOTA),
    rpjmd=None,
    opd=PerangkatDaerah(
        kode=KECAMATAN,
        nama="Kecamatan Bontang Barat",
        jenis="Kecamatan",
        kepala=CAMAT,
        unit_kerja=(
            UnitKerja(KECAMATAN, "Kecamatan Bontang Barat", "Kec.Bontang Barat", CAMAT),
            UnitKerja(KANAAN, "Kelurahan Kanaan", "Kelurahan Kanaan"),
        ),
    ),
    renstra=RENSTRA,
    perjanjian_kinerja=(PK_2022,),
    kinerja=KINERJA,
    nomenklatur=NOMENKLATUR,
    tahap_anggaran="perubahan",
    anggaran=ANGGARAN,
    atribusi_program={"7.01.01": "S3", "7.01.02": "S1", "7.01.03": "S2", "7.01.04": "S4"},
    indikator_keluaran=INDIKATOR_KELUARAN,
    pegawai=Pegawai(
        tahun=2022,
        golongan={"IV": 2, "III": 40, "II": 20, "I": 0, "Non PNS": 66},
        pendidikan={"S2": 3, "S1": 19, "D3": 14, "SLTA": 92, "SLTP": 0, "SD": 0},
        jenis_kelamin={"Laki-laki": 61, "Perempuan": 67},
    ),
    aset=(),
    belanja=BELANJA,
    evaluasi=(EVALUASI_2021,),
    rekomendasi=(),
    skm={2021: Skm(2021, D("86.91")), 2022: Skm(2022, D("86.28"))},
    narasi={},
    pengesahan={("lkjip", 0): Pengesahan("lkjip", tanggal=date(2023, 2, 24))},
)


def make_snapshot(**overrides: Any) -> OpdTahun:
    """Return the clean 2022 snapshot with the given fields of OpdTahun replaced."""
    return replace(_BERSIH, **overrides)


def with_iku(s: OpdTahun, indikator: Indikator) -> OpdTahun:
    """Return the snapshot with one IKU (matched by kode) replaced in its Renstra."""
    assert s.renstra is not None
    sasaran = tuple(
        replace(
            sas,
            indikator=tuple(indikator if i.kode == indikator.kode else i for i in sas.indikator),
        )
        for sas in s.renstra.sasaran
    )
    return replace(s, renstra=replace(s.renstra, sasaran=sasaran))


def with_kinerja(s: OpdTahun, kinerja: Kinerja) -> OpdTahun:
    """Return the snapshot with the Kinerja of one indicator and year added or replaced."""
    return replace(s, kinerja={**s.kinerja, (kinerja.indikator, kinerja.tahun): kinerja})


def findings(rule: Rule, s: OpdTahun) -> list[Finding]:
    """Return what one rule finds, checking every finding carries the rule's id."""
    result = list(rule.check(s))
    assert all(f.rule == rule.RULE_ID for f in result)
    return result


@pytest.fixture
def snapshot() -> OpdTahun:
    return make_snapshot()
