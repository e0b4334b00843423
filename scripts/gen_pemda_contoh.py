"""Write the SYNTHETIC dataset pemda-contoh: a fictional Kabupaten of N OPDs for the year 2023.

Every name, person, NIP, number and text it writes is invented (docs/dataset-pemda-contoh.md).
The output is deterministic: the same --opd and --seed always give the same bytes, so the
committed folder (src/sakip/data/datasets/pemda-contoh) is this script's output, regenerated with

    .venv/bin/python scripts/gen_pemda_contoh.py

A smaller Pemda for the tests: `--opd 3 -o /tmp/pemda-3`.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from sakip.dataset.yamlio import DatasetDumper, Kode

TAHUN = 2023
PEMDA = "99.02"
DAERAH = "Kabupaten Contoh (sintetis)"
KEPALA_DAERAH = "Bupati Contoh"
NOMENKLATUR = "pemda-contoh-2023-sintetis"
DEFAULT = Path(__file__).resolve().parent.parent / "src/sakip/data/datasets/pemda-contoh"
HEADER = (
    "# SYNTHETIC dataset pemda-contoh, written by scripts/gen_pemda_contoh.py (do not edit by\n"
    "# hand; see docs/dataset-pemda-contoh.md). Every name, person, NIP, number and text here is\n"
    "# invented; none describes a real region, office or person.\n"
)

URUSAN = {
    "1": "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
    "2": "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
    "3": "URUSAN PEMERINTAHAN PILIHAN",
    "4": "UNSUR PENDUKUNG URUSAN PEMERINTAHAN",
    "5": "UNSUR PENUNJANG URUSAN PEMERINTAHAN",
    "6": "UNSUR PENGAWASAN URUSAN PEMERINTAHAN",
    "7": "UNSUR KEWILAYAHAN",
    "8": "UNSUR PEMERINTAHAN UMUM",
}

# (bidang, name of the bidang, jenis, name of the OPD, what its sub-units are called)
OPD = [
    ("1.01", "PENDIDIKAN", "Dinas", "Dinas Pendidikan", "UPTD Satuan Pendidikan"),
    ("1.02", "KESEHATAN", "Dinas", "Dinas Kesehatan", "UPTD Puskesmas"),
    (
        "1.03",
        "PEKERJAAN UMUM DAN PENATAAN RUANG",
        "Dinas",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "UPTD Peralatan",
    ),
    (
        "1.04",
        "PERUMAHAN DAN KAWASAN PERMUKIMAN",
        "Dinas",
        "Dinas Perumahan dan Kawasan Permukiman",
        None,
    ),
    (
        "1.05",
        "KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
        "Satuan",
        "Satuan Polisi Pamong Praja",
        None,
    ),
    ("1.06", "SOSIAL", "Dinas", "Dinas Sosial", "UPTD Rumah Singgah"),
    ("2.07", "TENAGA KERJA", "Dinas", "Dinas Tenaga Kerja", "UPTD Balai Latihan Kerja"),
    (
        "2.08",
        "PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
        "Dinas",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        None,
    ),
    ("2.09", "PANGAN", "Dinas", "Dinas Ketahanan Pangan", None),
    ("2.11", "LINGKUNGAN HIDUP", "Dinas", "Dinas Lingkungan Hidup", "UPTD Tempat Pemrosesan Akhir"),
    (
        "2.12",
        "ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "Dinas",
        "Dinas Kependudukan dan Pencatatan Sipil",
        None,
    ),
    (
        "2.13",
        "PEMBERDAYAAN MASYARAKAT DAN DESA",
        "Dinas",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        None,
    ),
    (
        "2.14",
        "PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
        "Dinas",
        "Dinas Pengendalian Penduduk dan Keluarga Berencana",
        None,
    ),
    ("2.15", "PERHUBUNGAN", "Dinas", "Dinas Perhubungan", "UPTD Terminal"),
    ("2.16", "KOMUNIKASI DAN INFORMATIKA", "Dinas", "Dinas Komunikasi dan Informatika", None),
    (
        "2.17",
        "KOPERASI, USAHA KECIL, DAN MENENGAH",
        "Dinas",
        "Dinas Koperasi, Usaha Kecil dan Menengah",
        None,
    ),
    (
        "2.18",
        "PENANAMAN MODAL",
        "Dinas",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        None,
    ),
    (
        "2.19",
        "KEPEMUDAAN DAN OLAHRAGA",
        "Dinas",
        "Dinas Kepemudaan dan Olahraga",
        "UPTD Gelanggang Olahraga",
    ),
    ("2.23", "PERPUSTAKAAN", "Dinas", "Dinas Perpustakaan dan Kearsipan", None),
    (
        "3.25",
        "KELAUTAN DAN PERIKANAN",
        "Dinas",
        "Dinas Kelautan dan Perikanan",
        "UPTD Pelabuhan Perikanan",
    ),
    ("3.26", "PARIWISATA", "Dinas", "Dinas Pariwisata dan Kebudayaan", None),
    ("3.27", "PERTANIAN", "Dinas", "Dinas Pertanian", "UPTD Balai Penyuluhan Pertanian"),
    ("3.30", "PERDAGANGAN", "Dinas", "Dinas Perdagangan dan Perindustrian", "UPTD Pasar"),
    ("4.01", "SEKRETARIAT DAERAH", "Sekretariat", "Sekretariat Daerah", None),
    ("4.02", "SEKRETARIAT DPRD", "Sekretariat", "Sekretariat DPRD", None),
    ("5.01", "PERENCANAAN", "Badan", "Badan Perencanaan Pembangunan Daerah", None),
    ("5.02", "KEUANGAN", "Badan", "Badan Pengelolaan Keuangan dan Aset Daerah", None),
    (
        "5.03",
        "KEPEGAWAIAN",
        "Badan",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        None,
    ),
    ("6.01", "INSPEKTORAT DAERAH", "Inspektorat", "Inspektorat Daerah", None),
    ("8.01", "KESATUAN BANGSA DAN POLITIK", "Badan", "Badan Kesatuan Bangsa dan Politik", None),
]
KECAMATAN = [
    "Sukamaju",
    "Mekarsari",
    "Tanjung Harapan",
    "Sumberjaya",
    "Bukit Indah",
    "Lembah Hijau",
    "Pantai Timur",
    "Karanganyar",
    "Suka Damai",
    "Batu Putih",
]
KELURAHAN = ["Satu", "Dua", "Tiga", "Empat", "Lima"]

# The supporting program every OPD has, with its kegiatan and sub kegiatan (4-digit form).
PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
KEGIATAN_PENUNJANG = [
    (
        "2.01",
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        [
            ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"),
            ("0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD"),
            ("0003", "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD"),
            (
                "0006",
                "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi "
                "Kinerja SKPD",
            ),
            ("0007", "Evaluasi Kinerja Perangkat Daerah"),
        ],
    ),
    (
        "2.02",
        "Administrasi Keuangan Perangkat Daerah",
        [
            ("0001", "Penyediaan Gaji dan Tunjangan ASN"),
            ("0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN"),
            ("0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD"),
        ],
    ),
    (
        "2.05",
        "Administrasi Kepegawaian Perangkat Daerah",
        [
            ("0009", "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi"),
        ],
    ),
    (
        "2.06",
        "Administrasi Umum Perangkat Daerah",
        [
            ("0002", "Penyediaan Peralatan dan Perlengkapan Kantor"),
            ("0004", "Penyediaan Bahan Logistik Kantor"),
            ("0005", "Penyediaan Barang Cetakan dan Penggandaan"),
            ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"),
        ],
    ),
    (
        "2.08",
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        [
            ("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"),
            ("0004", "Penyediaan Jasa Pelayanan Umum Kantor"),
        ],
    ),
    (
        "2.09",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        [
            (
                "0002",
                "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan "
                "Perorangan Dinas atau Kendaraan Dinas Jabatan",
            ),
            ("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"),
        ],
    ),
]
NAMA_DEPAN = [
    "ADI",
    "BAYU",
    "CITRA",
    "DEWI",
    "EKA",
    "FAJAR",
    "GITA",
    "HADI",
    "INDAH",
    "JOKO",
    "KARTIKA",
    "LINTANG",
    "MEGA",
    "NUR",
    "OKTA",
    "PUTRI",
    "RAHMAT",
    "SARI",
    "TEGUH",
    "WULAN",
]
GELAR = ["S.Sos.", "S.E., M.M.", "S.T., M.T.", "S.H.", "S.Pd., M.Pd.", "S.Kom.", "S.IP., M.Si."]
# Who is late or incomplete (by place in the list): the 3rd, 8th, 13th, ... OPD has its fourth
# quarter still in Draf with no quarter IV realisation entered; the 5th, 12th, 19th, ... had its
# quarter III returned and has not submitted quarter IV.


@dataclass
class Opd:
    """One generated OPD: its codes and names."""

    kode: str
    bidang: str
    nama: str
    jenis: str
    unit: list[tuple[str, str, str]]
    """(kode, nama, nama singkat) of its units, its own unit first."""
    urutan: int
    posisi: int = 0
    """Its place in the generated list: who is late or returned follows from it."""


def _flow(dumper: yaml.SafeDumper, data: dict[Any, Any]) -> yaml.Node:
    # Small mappings of plain values on one line, as the hand-written datasets do.
    flow = all(not isinstance(v, (dict, list)) for v in data.values()) and len(data) <= 13
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=flow)


class _Dumper(DatasetDumper):
    """The dataset dumper, with leaf mappings in flow style to keep the files small."""

    def ignore_aliases(self, data: Any) -> bool:
        # The kepala appears as unit head and PK signatory: written out each time, no anchors.
        return True


_Dumper.add_representer(dict, _flow)


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    teks = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(HEADER + teks, encoding="utf-8")


def _rp(nilai: int) -> Decimal:
    return Decimal(nilai).quantize(Decimal("0.01"))


def _orang(rng: random.Random, urutan: int) -> dict[str, Any]:
    nama = f"{rng.choice(NAMA_DEPAN)} CONTOH {urutan:02d}, {rng.choice(GELAR)}"
    lahir = f"19{rng.randint(65, 85)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    nip = f"{lahir}{rng.randint(1990, 2010)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{urutan:03d}"
    return {"nama": nama, "nip": Kode(nip)}


def opd_listing(n: int) -> list[Opd]:
    """Return the first n OPDs of the Kabupaten: Dinas and Badan first, then Kecamatan."""
    result: list[Opd] = []
    for i, (bidang, _, jenis, nama, sub) in enumerate(OPD, start=1):
        kode = f"{bidang}.0.00.0.00.{10 + i:02d}.0000"
        unit = [(kode, f"{nama} {DAERAH}", nama)]
        if sub:
            for k in range(1, 1 + (i % 3) + 1):
                unit.append((f"{kode[:-4]}{k:04d}", f"{sub} {k}", f"{sub} {k}"))
        result.append(Opd(kode, bidang, f"{nama} {DAERAH}", jenis, unit, i))
    for j, nama in enumerate(KECAMATAN, start=1):
        kode = f"7.01.0.00.0.00.{40 + j:02d}.0000"
        unit = [(kode, f"Kecamatan {nama}", f"Kec. {nama}")]
        for k, kel in enumerate(KELURAHAN[: 2 + j % 4], start=1):
            unit.append((f"{kode[:-4]}{k:04d}", f"Kelurahan {nama} {kel}", f"Kel. {nama} {kel}"))
        result.append(Opd(kode, "7.01", f"Kecamatan {nama}", "Kecamatan", unit, len(OPD) + j))
    if not 1 <= n <= len(result):
        raise SystemExit(f"jumlah perangkat daerah 1-{len(result)}")
    # A quarter of them Kecamatan (at least one from 2 up), so a small N holds both kinds.
    kecamatan = max(1, n // 4) if n > 1 else 0
    choose = [o for o in result if o.bidang != "7.01"][: n - kecamatan]
    choose += [o for o in result if o.bidang == "7.01"][:kecamatan]
    for posisi, o in enumerate(choose):
        o.posisi = posisi
    return choose


def _program_teknis(bidang: str) -> list[tuple[str, str, list[tuple[str, str, list[str]]]]]:
    """Return two invented technical programs of a bidang, each with kegiatan and sub kegiatan."""
    nama = dict((b, n) for b, n, *_ in OPD).get(bidang, "PENYELENGGARAAN PEMERINTAHAN KECAMATAN")
    result = []
    for p in (2, 3):
        kegiatan = []
        for k in (1, 2):
            kode_k = f"{bidang}.{p:02d}.2.{k:02d}"
            sub = [f"{kode_k}.{s:04d}" for s in (1, 2, 3)]
            kegiatan.append(
                (kode_k, f"Kegiatan Teknis {p}.{k} Bidang {nama.title()} (sintetis)", sub)
            )
        result.append(
            (f"{bidang}.{p:02d}", f"PROGRAM TEKNIS {p - 1} BIDANG {nama} (SINTETIS)", kegiatan)
        )
    return result


def nomenklatur(opds: list[Opd]) -> dict[str, Any]:
    """Return the partial, partly invented nomenclature every code of the dataset is in."""
    item: list[dict[str, Any]] = []
    urusan = sorted({o.bidang.split(".")[0] for o in opds})
    for u in urusan:
        item.append({"kode": Kode(u), "nama": URUSAN[u]})
        for bidang in sorted({o.bidang for o in opds if o.bidang.startswith(u + ".")}):
            nama = dict((b, n) for b, n, *_ in OPD).get(bidang, "KECAMATAN")
            item.append({"kode": Kode(bidang), "nama": f"URUSAN PEMERINTAHAN BIDANG {nama}"})
            item.append({"kode": Kode(f"{bidang}.01"), "nama": PENUNJANG})
            for kk, nk, subs in KEGIATAN_PENUNJANG:
                item.append({"kode": Kode(f"{bidang}.01.{kk}"), "nama": nk})
                for ks, ns in subs:
                    item.append({"kode": Kode(f"{bidang}.01.{kk}.{ks}"), "nama": ns})
            for kp, np, kegiatan in _program_teknis(bidang):
                item.append({"kode": Kode(kp), "nama": np})
                for kk, nk, subs in kegiatan:
                    item.append({"kode": Kode(kk), "nama": nk})
                    for ks in subs:
                        item.append(
                            {"kode": Kode(ks), "nama": f"Sub Kegiatan Teknis {ks[-6:]} (sintetis)"}
                        )
    return {
        "nomenklatur": {
            "kode": NOMENKLATUR,
            "nama": "Nomenklatur sintetis Kabupaten Contoh (sintetis) 2023 (bagian yang dipakai)",
            "dasar_hukum": "Sintetis: nama urusan, bidang dan program penunjang mengikuti "
            "Kepmendagri; "
            "program teknis dikarang",
            "berlaku_mulai": TAHUN,
            "lengkap": False,
            "format_sub_kegiatan": 4,
            "item": item,
        }
    }


# Per RPJMD sasaran: the bidang of the OPDs that support it, the Pemda's own IKU (entered by
# the Bagian Organisasi: code, name, unit, polarity, baseline 2020, targets 2021-2026,
# realisations 2021-2023 with None for a figure not yet published) and the rule rolling the
# supporting OPDs' IKU1 up into its second indicator. Every figure is invented.
SASARAN_PEMDA: dict[str, tuple[tuple[str, ...], tuple[Any, ...], str]] = {
    "M1.T1.S1": (
        ("1.01", "2.23"),
        ("Rata-rata lama sekolah", "tahun", "naik", "8.12", "0.08", ("8.22", "8.30", "8.33")),
        "rata_capaian",
    ),
    "M1.T1.S2": (
        ("1.02", "2.08", "1.06"),
        (
            "Angka kematian bayi per 1.000 kelahiran hidup",
            "kematian",
            "turun",
            "12.4",
            "-0.4",
            ("11.8", "11.9", "11.0"),
        ),
        "tertimbang",
    ),
    "M2.T1.S1": (
        ("2.07", "2.09", "3.26", "3.27", "3.30"),
        ("Laju pertumbuhan ekonomi", "%", "naik", "3.0", "0.4", ("3.9", "4.6", "4.4")),
        "rata_capaian",
    ),
    "M2.T1.S2": (
        ("1.06", "1.04"),
        ("Persentase penduduk miskin", "%", "turun", "9.9", "-0.4", ("9.6", "9.0", "8.8")),
        "rata_capaian",
    ),
    "M3.T1.S1": (
        ("4.01", "5.01", "5.02", "6.01"),
        (
            "Nilai hasil evaluasi SAKIP Pemerintah Daerah",
            "nilai",
            "naik",
            "62.1",
            "2",
            ("63.4", "64.2", None),
        ),
        "tertimbang",
    ),
    "M3.T1.S2": (
        ("2.12", "7.01"),
        ("Indeks kepuasan masyarakat", "nilai", "naik", "78.2", "1", ("79.5", "80.4", "81.6")),
        "rata_capaian",
    ),
}


def _indikator_pemda(opds: list[Opd]) -> list[dict[str, Any]]:
    """Return the Pemda's indicators: per sasaran one entered IKU and one rolled up from OPDs."""
    result: list[dict[str, Any]] = []
    for sasaran, (
        bidang,
        (nama, satuan, polaritas, awal, langkah, real),
        aturan,
    ) in SASARAN_PEMDA.items():
        pendukung = [o for o in opds if o.bidang in bidang]
        dasar, naik = Decimal(awal), Decimal(langkah)
        target = {t: dasar + naik * (t - 2020) for t in range(2021, 2027)}
        result.append(
            {
                "rpjmd": 2021,
                "sasaran": Kode(sasaran),
                "kode": Kode(f"IKD{len(result) + 1}"),
                "uraian": f"{nama} (sintetis)",
                "satuan": satuan,
                "jenis": "iku",
                "polaritas": polaritas,
                "aturan": "diisi",
                "baseline": {"tahun": 2020, "nilai": dasar},
                "target": target,
                "target_akhir": target[2026],
                "sumber_data": "Publikasi statistik daerah (sintetis)",
                "opd": [
                    {"kode": Kode(o.kode), "indikator": None, "bobot": None} for o in pendukung
                ],
                "realisasi": {2021 + i: Decimal(v) for i, v in enumerate(real) if v is not None},
            }
        )
        if not pendukung:
            continue
        seratus = Decimal(100)
        result.append(
            {
                "rpjmd": 2021,
                "sasaran": Kode(sasaran),
                "kode": Kode(f"IKD{len(result) + 1}"),
                "uraian": "Rata-rata capaian IKU perangkat daerah pendukung sasaran (sintetis)",
                "satuan": "%",
                "jenis": "lainnya",
                "polaritas": "naik",
                "aturan": aturan,
                "baseline": None,
                "target": {t: seratus for t in range(2021, 2027)},
                "target_akhir": seratus,
                "sumber_data": "IKU perangkat daerah pendukung (sakip)",
                "opd": [
                    {
                        "kode": Kode(o.kode),
                        "indikator": Kode("IKU1"),
                        "bobot": (Decimal(2) if i == 0 else Decimal(1))
                        if aturan == "tertimbang"
                        else None,
                    }
                    for i, o in enumerate(pendukung)
                ],
            }
        )
    return result


def _pk_kepala_daerah(indikator: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the Bupati's PK of the year: the RPJMD targets of the year, signed early."""
    return [
        {
            "tahun": TAHUN,
            "versi": 1,
            "tanggal": datetime.date(TAHUN, 2, 6),
            "alasan_revisi": None,
            "pihak_pertama": {"jabatan": KEPALA_DAERAH, "nama": None},
            "target": [{"indikator": i["kode"], "target": i["target"][TAHUN]} for i in indikator],
        }
    ]


def pemda(opds: list[Opd]) -> dict[str, Any]:
    """Return the fictional Pemda, its RPJMD cascade, its indicators and the Bupati's PK."""
    misi = []
    for m_, (uraian, sasaran) in enumerate(
        [
            (
                "Mewujudkan sumber daya manusia yang sehat, cerdas dan berdaya saing",
                ["Meningkatnya kualitas pendidikan", "Meningkatnya derajat kesehatan masyarakat"],
            ),
            (
                "Mewujudkan perekonomian daerah yang tumbuh dan merata",
                ["Meningkatnya pertumbuhan ekonomi daerah", "Menurunnya angka kemiskinan"],
            ),
            (
                "Mewujudkan tata kelola pemerintahan yang bersih, akuntabel dan melayani",
                [
                    "Meningkatnya akuntabilitas kinerja perangkat daerah",
                    "Meningkatnya kualitas pelayanan publik",
                ],
            ),
        ],
        start=1,
    ):
        misi.append(
            {
                "kode": Kode(f"M{m_}"),
                "uraian": uraian,
                "tujuan": [
                    {
                        "kode": Kode(f"M{m_}.T1"),
                        "uraian": uraian.replace("Mewujudkan", "Meningkatkan"),
                        "sasaran": [
                            {"kode": Kode(f"M{m_}.T1.S{s}"), "uraian": u}
                            for s, u in enumerate(sasaran, 1)
                        ],
                    }
                ],
            }
        )
    indikator = _indikator_pemda(opds)
    return {
        "pemda": {
            "kode": Kode(PEMDA),
            "nama": f"Pemerintah {DAERAH}",
            "nama_daerah": DAERAH,
            "tempat": "Contoh",
            "kepala_daerah": {"jabatan": KEPALA_DAERAH, "nama": None, "nip": None},
            "rpjmd": [
                {
                    "periode_awal": 2021,
                    "periode_akhir": 2026,
                    "dasar_hukum": "Peraturan Daerah Kabupaten Contoh Nomor 1 Tahun 2021 "
                    "(sintetis)",
                    "visi": "Terwujudnya Kabupaten Contoh yang Maju, Sejahtera dan Berdaya Saing",
                    "misi": misi,
                }
            ],
            "indikator_pemda": indikator,
            "perjanjian_kinerja": _pk_kepala_daerah(indikator),
            "pengesahan_lkjip": [
                {
                    "tahun": TAHUN,
                    "tanggal": datetime.date(TAHUN + 1, 3, 20),
                    "status": None,
                    "nama": None,
                }
            ],
        }
    }


def _indikator(rng: random.Random, opd: Opd, n: int) -> list[dict[str, Any]]:
    """Return n invented IKU: percentages (higher better), counts (summed), one lower-better."""
    result = []
    for i in range(1, n + 1):
        jenis = (opd.urutan + i) % 3
        if jenis == 0:
            dasar = Decimal(rng.randint(550, 800)) / 10
            langkah, satuan, agregasi, polaritas = Decimal("2.5"), "%", "terakhir", "naik"
            nama = f"Persentase capaian layanan utama {i} {opd.nama.split(' Kabupaten')[0]}"
        elif jenis == 1:
            dasar = Decimal(rng.randint(200, 900))
            langkah, satuan, agregasi, polaritas = Decimal(40), "kegiatan", "jumlah", "naik"
            nama = f"Jumlah layanan {i} yang diselenggarakan {opd.nama.split(' Kabupaten')[0]}"
        else:
            dasar = Decimal(rng.randint(80, 200))
            langkah, satuan, agregasi, polaritas = Decimal(-8), "kasus", "jumlah", "turun"
            nama = f"Jumlah pengaduan {i} yang belum tertangani {opd.nama.split(' Kabupaten')[0]}"
        target = {t: dasar + langkah * (t - 2020) for t in range(2021, 2027)}
        result.append(
            {
                "kode": Kode(f"IKU{i}"),
                "nama": nama,
                "satuan": satuan,
                "polaritas": polaritas,
                "agregasi": agregasi,
                "formula": f"Dihitung dari laporan bulanan {opd.nama} (sintetis)",
                "sumber_data": f"Laporan kinerja {opd.nama}",
                "penanggung_jawab": f"Kepala {opd.nama}",
                "baseline": {"tahun": 2020, "nilai": dasar},
                "target": target,
                "target_akhir": target[2026],
            }
        )
    return result


def _realisasi(rng: random.Random, iku: dict[str, Any], lengkap: int) -> dict[str, Any]:
    """Return the year's quarterly targets and realisations of an IKU, up to quarter `lengkap`."""
    target = iku["target"][TAHUN]
    if iku["agregasi"] == "jumlah":
        per = (target / 4).quantize(Decimal(1))
        tw = {q: per for q in (1, 2, 3)} | {4: target - 3 * per}
        real = {
            q: (v * Decimal(rng.randint(88, 112)) / 100).quantize(Decimal(1)) for q, v in tw.items()
        }
    else:
        tw = {q: target - Decimal("1.5") * (4 - q) for q in (1, 2, 3, 4)}
        real = {
            q: (v * Decimal(rng.randint(950, 1040)) / 1000).quantize(Decimal("0.01"))
            for q, v in tw.items()
        }
    result = {
        "indikator": iku["kode"],
        "tahun": TAHUN,
        "target_triwulan": tw,
        "realisasi_triwulan": {q: v for q, v in real.items() if q <= lengkap},
    }
    if lengkap == 4:
        result["faktor_pendukung"] = "Dukungan anggaran dan koordinasi antarbidang berjalan baik."
        result["faktor_penghambat"] = "Keterbatasan jumlah tenaga pelaksana di lapangan."
        result["solusi"] = "Penjadwalan ulang kegiatan dan pendampingan oleh bidang teknis."
    return result


def _anggaran(
    rng: random.Random, opd: Opd, lengkap: int
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Return the murni and perubahan lines of the OPD's sub kegiatan, and pagu per stage."""
    subs = [f"{opd.bidang}.01.{kk}.{ks}" for kk, _, s in KEGIATAN_PENUNJANG for ks, _ in s]
    for _, _, kegiatan in _program_teknis(opd.bidang):
        subs += [s for _, _, ss in kegiatan for s in ss]
    murni, change, total = [], [], {"murni": 0, "perubahan": 0}
    for i, sub in enumerate(subs):
        unit = opd.unit[0][0]
        if sub.split(".")[2] != "01" and len(opd.unit) > 1:
            unit = opd.unit[1 + i % (len(opd.unit) - 1)][0]  # technical work in the sub-units
        besar = (
            4_000_000_000
            if sub.endswith("2.02.0001")
            else rng.choice([60, 120, 250, 480, 900]) * 1_000_000
        )
        pagu = rng.randint(besar * 8 // 10, besar) // 1000 * 1000
        changed_pagu = pagu + rng.randint(-pagu // 10, pagu // 10) // 1000 * 1000
        total["murni"] += pagu
        total["perubahan"] += changed_pagu
        murni.append(
            {
                "unit": Kode(unit),
                "tahun": TAHUN,
                "tahap": "murni",
                "sub_kegiatan": Kode(sub),
                "pagu": _rp(pagu),
            }
        )
        bagian = [rng.randint(15, 30) for _ in range(4)]
        serap = rng.randint(85, 99)
        nilai = [changed_pagu * serap * b // (100 * sum(bagian)) // 1000 * 1000 for b in bagian]
        fisik = [25, 50, 75, 100] if serap > 90 else [20, 45, 70, 95]
        change.append(
            {
                "unit": Kode(unit),
                "tahun": TAHUN,
                "tahap": "perubahan",
                "sub_kegiatan": Kode(sub),
                "pagu": _rp(changed_pagu),
                "realisasi": {f"tw{q}": _rp(nilai[q - 1]) for q in range(1, lengkap + 1)},
                "fisik": {q: fisik[q - 1] for q in range(1, lengkap + 1)},
            }
        )
    return murni + change, total


def _keluaran(
    rng: random.Random, anggaran: list[dict[str, Any]], lengkap: int
) -> list[dict[str, Any]]:
    """Return an output indicator for each program, kegiatan and sub kegiatan budgeted."""
    result: dict[str, dict[str, Any]] = {}
    for b in anggaran:
        sub = str(b["sub_kegiatan"])
        for kode in (sub[:7], sub[:12], sub):
            if kode in result:
                continue
            target = rng.choice([1, 2, 4, 12, 100])
            baris = {
                "unit": b["unit"],
                "tahun": TAHUN,
                "kode": Kode(kode),
                "uraian": f"Jumlah keluaran {kode} yang tercapai",
                "uraian_nomenklatur": None,
                "satuan": "Dokumen" if target < 100 else "%",
                "target": target,
            }
            if lengkap == 4:
                baris["realisasi"] = (
                    target if rng.random() < 0.8 else target * rng.randint(70, 99) // 100
                )
            result[kode] = baris
    return list(result.values())


def terlambat(opd: Opd) -> bool:
    """Return whether the OPD is late: quarter IV neither entered nor submitted."""
    return opd.posisi % 5 == 2


def dikembalikan(opd: Opd) -> bool:
    """Return whether the OPD's quarter III was returned to be corrected."""
    return opd.posisi % 7 == 4 and not terlambat(opd)


def _alur(opd: Opd) -> list[dict[str, Any]]:
    """Return each unit's quarter states past Draf (a quarter not listed is in Draf)."""
    if terlambat(opd):
        status = {1: "dikunci", 2: "dikunci", 3: "diajukan"}
    elif dikembalikan(opd):
        status = {1: "dikunci", 2: "dikunci", 3: "dikembalikan"}
    else:
        status = {1: "dikunci", 2: "dikunci", 3: "dikunci", 4: "diajukan"}
    return [{"unit": Kode(kode), "tahun": TAHUN, "status": status} for kode, *_ in opd.unit]


def perangkat_daerah(opd: Opd, seed: int) -> dict[str, Any]:
    """Return everything of one OPD for 2023, in the dataset format."""
    rng = random.Random(seed * 1000 + opd.urutan)
    lengkap = 3 if terlambat(opd) else 4
    jabatan = f"Kepala {opd.nama}" if opd.jenis != "Kecamatan" else f"Camat {opd.nama[10:]}"
    kepala = {"jabatan": jabatan, **_orang(rng, opd.urutan)}
    iku = _indikator(rng, opd, 3 + opd.urutan % 3)
    sasaran = []
    for s in range(1, 3):
        sasaran.append(
            {
                "kode": Kode(f"S{s}"),
                "uraian": f"Meningkatnya kinerja {opd.nama} sasaran {s}",
                "tujuan": Kode("T1"),
                "mendukung": [Kode(f"M{1 + (opd.urutan + s) % 3}.T1.S{s}")],
                "strategi": [f"Strategi {s} {opd.nama}"],
                "kebijakan": [f"Kebijakan {s} {opd.nama}"],
                "indikator": iku[s - 1 :: 2],
            }
        )
    program = [Kode(f"{opd.bidang}.{p:02d}") for p in (1, 2, 3)]
    anggaran, pagu = _anggaran(rng, opd, lengkap)
    modal = pagu["perubahan"] // 5 // 1000 * 1000
    unit = [
        {
            "kode": Kode(k),
            "nama": n,
            "nama_singkat": s,
            "kepala": {"jabatan": f"Kepala {n}", "nama": None, "nip": None},
        }
        for k, n, s in opd.unit
    ]
    unit[0]["kepala"] = kepala
    data: dict[str, Any] = {
        "kode": Kode(opd.kode),
        "nama": opd.nama,
        "jenis": opd.jenis,
        "pemda": Kode(PEMDA),
        "kepala": kepala,
        "unit_kerja": unit,
        "renstra": [
            {
                "periode_awal": 2021,
                "periode_akhir": 2026,
                "dasar_hukum": None,
                "tujuan": [{"kode": Kode("T1"), "uraian": f"Meningkatkan kinerja {opd.nama}"}],
                "sasaran": sasaran,
            }
        ],
        "perjanjian_kinerja": [
            {
                "tahun": TAHUN,
                "versi": 1,
                "tanggal": datetime.date(TAHUN, 1, 10 + opd.urutan % 18),
                "tahap_anggaran": "murni",
                "alasan_revisi": None,
                "pihak_pertama": kepala,
                "pihak_kedua": {"jabatan": KEPALA_DAERAH, "nama": None, "nip": None},
                "target": [{"indikator": i["kode"], "target": i["target"][TAHUN]} for i in iku],
                "program": program,
            }
        ],
        "kinerja": [
            r
            for i in iku
            for r in (
                _realisasi(rng, i, lengkap),
                {"indikator": i["kode"], "tahun": 2022, "realisasi_tahun": i["target"][2022]},
            )
        ],
        "atribusi_program": [
            {"tahun": TAHUN, "program": p, "sasaran": Kode(f"S{1 + n % 2}")}
            for n, p in enumerate(program)
        ],
        "anggaran": anggaran,
        "indikator_keluaran": _keluaran(rng, anggaran, lengkap),
        "pegawai": [_pegawai(rng)],
        "belanja": [
            {
                "tahun": TAHUN,
                "tahap": "perubahan",
                "jenis": "Belanja Operasi",
                "nilai": _rp(pagu["perubahan"] - modal),
            },
            {"tahun": TAHUN, "tahap": "perubahan", "jenis": "Belanja Modal", "nilai": _rp(modal)},
        ],
        "alur_kerja": _alur(opd),
    }
    if not terlambat(opd) and not dikembalikan(opd):
        tanggal = datetime.date(TAHUN + 1, 2, 1 + opd.urutan % 27)
        data["pengesahan"] = [{"dokumen": "lkjip", "tahun": TAHUN, "tanggal": tanggal}]
    return {"perangkat_daerah": data}


def _pegawai(rng: random.Random) -> dict[str, Any]:
    iv, iii, ii, non = (
        rng.randint(2, 8),
        rng.randint(15, 60),
        rng.randint(5, 25),
        rng.randint(5, 40),
    )
    total = iv + iii + ii + non
    s1 = total // 2
    lk = total // 2 + rng.randint(-3, 3)
    return {
        "tahun": TAHUN,
        "golongan": {"IV": iv, "III": iii, "II": ii, "I": 0, "Non PNS": non},
        "pendidikan": {
            "S2": iv,
            "S1": s1 - iv,
            "D3": total // 6,
            "SLTA": total - s1 - total // 6,
            "SLTP": 0,
            "SD": 0,
        },
        "jenis_kelamin": {"Laki-laki": lk, "Perempuan": total - lk},
    }


def write(folder: Path, n: int, seed: int) -> list[Path]:
    """Write the Pemda, its nomenclature and n OPDs below the folder (replacing what is there)."""
    if folder.exists():
        shutil.rmtree(folder)
    opds = opd_listing(n)
    files = [
        (folder / "pemda.yaml", pemda(opds)),
        (folder / "nomenklatur" / f"{NOMENKLATUR}.yaml", nomenklatur(opds)),
    ]
    files += [(folder / "opd" / f"{o.kode}.yaml", perangkat_daerah(o, seed)) for o in opds]
    for path, data in files:
        _write(path, data)
    return [p for p, _ in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opd", type=int, default=40, help="jumlah perangkat daerah (1-40)")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT)
    args = parser.parse_args()
    files = write(args.output, args.opd, args.seed)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} berkas, {size / 1e6:.1f} MB di {args.output}")


if __name__ == "__main__":
    main()
