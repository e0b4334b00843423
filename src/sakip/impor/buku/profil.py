"""Sheets of the profile (staff, assets, spending types, report texts) and of the evaluation:
SAKIP evaluation results and their components, SKM results; the recommendations between them
are the `rekomendasi` module's."""

from __future__ import annotations

from typing import Any

from sakip.kinerja import models as m
from sakip.spreadsheet.lembar import Jenis, SpesifikasiLembar

from . import pilihan, rekomendasi
from .dasar import (
    Baris,
    Langkah,
    Lembar,
    grup_pertama,
    kolom,
    per_baris,
    save,
    show_nilai,
)
from .lingkup import Lingkup

PEGAWAI = SpesifikasiLembar(
    "Pegawai",
    (
        kolom(
            "dimensi",
            "Menurut",
            jenis=Jenis.PILIHAN,
            required=True,
            pilihan=pilihan.DIMENSI_PEGAWAI,
        ),
        kolom(
            "kategori",
            "Kategori",
            required=True,
            panjang=64,
            lebar=20,
            keterangan="IV, S1, Laki-laki, ...",
        ),
        kolom("jumlah", "Jumlah Pegawai", jenis=Jenis.BULAT, required=True),
    ),
    key=("dimensi", "kategori"),
)
ASET = SpesifikasiLembar(
    "Aset",
    (
        kolom("jenis", "Jenis Aset", required=True, panjang=255),
        kolom("nilai", "Nilai", jenis=Jenis.UANG),
    ),
    key=("jenis",),
)
BELANJA = SpesifikasiLembar(
    "Belanja",
    (
        kolom("tahap", "Tahap", jenis=Jenis.PILIHAN, required=True, pilihan=pilihan.TAHAP),
        kolom(
            "jenis",
            "Jenis Belanja",
            required=True,
            panjang=255,
            keterangan="Belanja Operasi, Belanja Modal",
        ),
        kolom("nilai", "Nilai", jenis=Jenis.UANG),
    ),
    key=("tahap", "jenis"),
)
NARASI = SpesifikasiLembar(
    "Narasi",
    (
        kolom(
            "bagian",
            "Bagian",
            jenis=Jenis.KODE,
            required=True,
            panjang=64,
            lebar=24,
            keterangan="Mis. latar_belakang, isu_strategis.",
        ),
        kolom("teks", "Teks", required=True, lebar=100),
    ),
    key=("bagian",),
)
EVALUASI = SpesifikasiLembar(
    "Evaluasi SAKIP",
    (
        kolom("tahun", "Tahun Dievaluasi", jenis=Jenis.TAHUN, required=True),
        kolom(
            "regulasi",
            "Regulasi",
            jenis=Jenis.KODE,
            required=True,
            panjang=64,
            lebar=24,
            keterangan="Mis. permenpanrb-88-2021.",
        ),
        kolom("nilai", "Nilai", jenis=Jenis.NILAI),
        kolom("predikat", "Predikat", panjang=8, lebar=10),
        kolom("nomor_surat", "Nomor Surat", panjang=255, lebar=26),
        kolom("tanggal_surat", "Tanggal Surat", jenis=Jenis.TANGGAL),
    ),
    key=("tahun",),
    keterangan="Hasil evaluasi tahun-tahun sebelum tahun buku isian.",
)
KOMPONEN = SpesifikasiLembar(
    "Komponen Evaluasi",
    (
        kolom("tahun", "Tahun Dievaluasi", jenis=Jenis.TAHUN, required=True),
        kolom(
            "kode",
            "Komponen",
            jenis=Jenis.KODE,
            required=True,
            panjang=64,
            lebar=24,
            keterangan="Mis. perencanaan, pengukuran.",
        ),
        kolom("nilai", "Nilai", jenis=Jenis.NILAI),
    ),
    key=("tahun", "kode"),
)
SKM = SpesifikasiLembar(
    "SKM",
    (
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, required=True),
        kolom(
            "nilai",
            "Nilai SKM",
            jenis=Jenis.NILAI,
            keterangan="Nilai konversi (IKM x 25); kosongkan bila dihitung dari unsur.",
        ),
    ),
    key=("tahun",),
)
UNSUR = SpesifikasiLembar(
    "Unsur SKM",
    (
        kolom("tahun", "Tahun", jenis=Jenis.TAHUN, required=True),
        kolom(
            "unsur",
            "Unsur",
            jenis=Jenis.KODE,
            required=True,
            panjang=32,
            lebar=16,
            keterangan="persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, "
            "sarana, pengaduan.",
        ),
        kolom(
            "nrr",
            "NRR",
            jenis=Jenis.NILAI,
            required=True,
            digit=8,
            na_allowed=False,
            keterangan="Nilai rata-rata unsur, 1 sampai 4.",
        ),
    ),
    key=("tahun", "unsur"),
)


def _opd(s: Lingkup) -> Any:
    return s.opd if s.opd is not None and s.opd.pk is not None else None


def _tahun_ini(relasi: str, s: Lingkup) -> list[Any]:
    opd = _opd(s)
    if opd is None:
        return []
    return list(getattr(opd, relasi).filter(tahun=s.tahun).order_by("urutan", "id"))


def _evaluasi_db(s: Lingkup) -> list[m.EvaluasiSakip]:
    opd = _opd(s)
    return list(opd.evaluasi.filter(tahun__lt=s.tahun).order_by("tahun")) if opd else []


def _skm_db(s: Lingkup) -> list[m.Skm]:
    opd = _opd(s)
    return list(opd.skm.filter(tahun__lte=s.tahun).order_by("tahun")) if opd else []


def _pegawai(s: Lingkup) -> list[Baris]:
    urutan = {d: n for n, (d, _) in enumerate(m.JumlahPegawai.DIMENSI)}
    rows = sorted(_tahun_ini("pegawai", s), key=lambda p: (urutan[p.dimensi], p.urutan, p.id))
    return [{"dimensi": p.dimensi, "kategori": p.kategori, "jumlah": p.jumlah} for p in rows]


def _komponen_db(s: Lingkup, evaluasi: Any = None) -> list[m.KomponenEvaluasi]:
    return list(
        m.KomponenEvaluasi.objects.filter(
            evaluasi__in=evaluasi if evaluasi is not None else _evaluasi_db(s)
        )
        .select_related("evaluasi")
        .order_by("evaluasi__tahun", "urutan", "id")
    )


def _unsur_db(s: Lingkup, skm: Any = None) -> list[m.SkmUnsur]:
    return list(
        m.SkmUnsur.objects.filter(skm__in=skm if skm is not None else _skm_db(s))
        .select_related("skm")
        .order_by("skm__tahun", "urutan", "id")
    )


LEMBAR = (
    Lembar(PEGAWAI, _pegawai),
    Lembar(ASET, lambda s: [{"jenis": a.jenis, "nilai": a.nilai} for a in _tahun_ini("aset", s)]),
    Lembar(
        BELANJA,
        lambda s: [
            {"tahap": b.tahap, "jenis": b.jenis, "nilai": b.nilai} for b in _tahun_ini("belanja", s)
        ],
    ),
    Lembar(
        NARASI, lambda s: [{"bagian": n.bagian, "teks": n.teks} for n in _tahun_ini("narasi", s)]
    ),
    Lembar(
        EVALUASI,
        lambda s: [
            {
                "tahun": e.tahun,
                "regulasi": e.regulasi,
                "nilai": show_nilai(e.nilai),
                "predikat": e.predikat,
                "nomor_surat": e.nomor_surat,
                "tanggal_surat": e.tanggal_surat,
            }
            for e in _evaluasi_db(s)
        ],
    ),
    Lembar(
        KOMPONEN,
        lambda s: [
            {"tahun": k.evaluasi.tahun, "kode": k.kode, "nilai": show_nilai(k.nilai)}
            for k in _komponen_db(s)
        ],
    ),
    *rekomendasi.LEMBAR,
    Lembar(SKM, lambda s: [{"tahun": x.tahun, "nilai": x.nilai} for x in _skm_db(s)]),
    Lembar(
        UNSUR,
        lambda s: [{"tahun": u.skm.tahun, "unsur": u.unsur, "nrr": u.nrr} for u in _unsur_db(s)],
    ),
)


def _opd_id(s: Lingkup) -> Any:
    return s.opd.pk if s.opd else None


def _sederhana(
    nama: str,
    spec: SpesifikasiLembar,
    model: Any,
    relasi: str,
    key: tuple[str, ...],
    grup: Any = None,
) -> Langkah[Any]:
    return Langkah(
        nama,
        spec.nama,
        model,
        ada=lambda s, rek: _tahun_ini(relasi, s),
        key=lambda o: tuple(getattr(o, k) for k in key),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: tuple(r.get(k) for k in key),
            lambda r: {
                "opd_id": _opd_id(s),
                "tahun": s.tahun,
                **{c.key: save(r.get(c.key)) for c in spec.kolom},
            },
        ),
        delete=True,
        order_group=grup,
    )


LANGKAH: tuple[Langkah[Any], ...] = (
    _sederhana(
        "pegawai", PEGAWAI, m.JumlahPegawai, "pegawai", ("dimensi", "kategori"), grup=grup_pertama
    ),
    _sederhana("aset", ASET, m.Aset, "aset", ("jenis",)),
    _sederhana("belanja", BELANJA, m.Belanja, "belanja", ("tahap", "jenis")),
    _sederhana("narasi", NARASI, m.Narasi, "narasi", ("bagian",)),
    Langkah(
        "evaluasi",
        EVALUASI.nama,
        m.EvaluasiSakip,
        ada=lambda s, rek: _evaluasi_db(s),
        key=lambda o: o.tahun,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("tahun"),
            lambda r: {
                "opd_id": _opd_id(s),
                **{c.key: save(r.get(c.key)) for c in EVALUASI.kolom},
            },
        ),
        delete=True,
    ),
    Langkah(
        "komponen",
        KOMPONEN.nama,
        m.KomponenEvaluasi,
        ada=lambda s, rek: _komponen_db(s, list(s.dari("evaluasi").values())),
        key=lambda o: (o.evaluasi.tahun, o.kode),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("tahun"), r.get("kode")),
            lambda r: {
                "evaluasi_id": s.dari("evaluasi")[r.get("tahun")].pk,
                "kode": r.get("kode"),
                "nilai": save(r.get("nilai")),
            },
        ),
        delete=True,
        order_group=grup_pertama,
    ),
    *rekomendasi.LANGKAH,
    Langkah(
        "skm",
        SKM.nama,
        m.Skm,
        ada=lambda s, rek: _skm_db(s),
        key=lambda o: o.tahun,
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: r.get("tahun"),
            lambda r: {
                "opd_id": _opd_id(s),
                "tahun": r.get("tahun"),
                "nilai": save(r.get("nilai")),
            },
        ),
        delete=True,
    ),
    Langkah(
        "unsur",
        UNSUR.nama,
        m.SkmUnsur,
        ada=lambda s, rek: _unsur_db(s, list(s.dari("skm").values())),
        key=lambda o: (o.skm.tahun, o.unsur),
        diinginkan=lambda rek, s: per_baris(
            rek,
            lambda r: (r.get("tahun"), r.get("unsur")),
            lambda r: {
                "skm_id": s.dari("skm")[r.get("tahun")].pk,
                "unsur": r.get("unsur"),
                "nrr": r.get("nrr"),
            },
        ),
        delete=True,
        order_group=grup_pertama,
    ),
)
