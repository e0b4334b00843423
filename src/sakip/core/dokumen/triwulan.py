"""The quarterly monitoring report (Laporan Triwulan): performance and budget up to a quarter,
and what needs attention before the year ends."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sakip.core import anggaran
from sakip.core import format as fmt
from sakip.core.anggaran import Node, realisasi_s_d_triwulan
from sakip.core.dokumen import grafik
from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Dokumen,
    Grafik,
    Identitas,
    TabelDok,
    Teks,
    Ubahan,
)
from sakip.core.dokumen.narasi import rangkai, sampai_triwulan, uang, uraian_analisis
from sakip.core.dokumen.pengesahan import tanda_tangan_kepala, tanggal_sah
from sakip.core.model import Indikator, OpdTahun
from sakip.core.pengukuran import nilai_per_triwulan
from sakip.core.serapan import AMBANG_SERAPAN, unit_lambat
from sakip.core.tables.anggaran import baris_serapan
from sakip.core.tables.base import Gaya, Jenis, Kolom, Tabel
from sakip.core.tables.capaian import ROMAWI, kriteria


def build(
    s: OpdTahun,
    ubahan: Mapping[str, str],
    *,
    triwulan: int,
    tanggal: date | None = None,
    ambang_serapan: Mapping[int, Decimal] = AMBANG_SERAPAN,
) -> Dokumen:
    """Return the monitoring report of performance and budget up to the end of a quarter."""
    if triwulan not in ROMAWI:
        raise ValueError(f"Triwulan {triwulan} tidak ada; triwulan adalah 1 sampai 4.")
    u = Ubahan(ubahan)
    q, tw = triwulan, f"Triwulan {ROMAWI[triwulan]}"
    ambang = ambang_serapan[q]
    a = f"tw{q}."
    capaian_tabel = tabel_capaian(s, q)
    peringatan = tabel_peringatan(s, q, ambang)
    g_capaian = grafik.capaian_iku(s, q)
    g_unit = grafik.serapan_unit(s, q, ambang)
    g_program = grafik.serapan_program(s, q, ambang)
    isi = [
        Bagian(
            "Pendahuluan",
            [
                u.blok(
                    a + "pengantar",
                    f"Laporan ini menyajikan hasil pemantauan capaian kinerja dan serapan "
                    f"anggaran {s.opd.nama} sampai dengan {tw} tahun {s.tahun}, sebagai bahan "
                    "pengendalian agar target Perjanjian Kinerja tahun berjalan dapat tercapai.",
                )
            ],
            "I.",
        ),
        Bagian(
            f"Capaian Kinerja sampai dengan {tw}",
            [
                u.blok(a + "capaian", _kalimat_capaian(s, q, g_capaian)),
                TabelDok(capaian_tabel),
                *_ada(g_capaian),
                *_analisis(s, q),
            ],
            "II.",
        ),
        Bagian(
            f"Serapan Anggaran sampai dengan {tw}",
            [
                u.blok(a + "anggaran", _kalimat_anggaran(s, q)),
                TabelDok(tabel_serapan_unit(s, q)),
                *_ada(g_unit),
                TabelDok(tabel_serapan_program(s, q)),
                *_ada(g_program),
            ],
            "III.",
        ),
        Bagian(
            "Hal yang Perlu Mendapat Perhatian",
            [
                u.blok(a + "peringatan", _kalimat_peringatan(peringatan, ambang)),
                TabelDok(peringatan),
            ],
            "IV.",
        ),
        Bagian(
            "Penutup",
            [
                u.blok(
                    a + "penutup",
                    "Hal-hal yang perlu mendapat perhatian di atas agar ditindaklanjuti oleh "
                    "penanggung jawab masing-masing indikator, program dan unit kerja pada "
                    "triwulan berikutnya.",
                ),
                tanda_tangan_kepala(s, u, a + "tanggal", s.sah("triwulan", q), tanggal),
            ],
            "V.",
        ),
    ]
    judul = f"Laporan Pemantauan Kinerja dan Anggaran {tw} Tahun {s.tahun}"
    return Dokumen(
        jenis="triwulan",
        judul=f"{judul} {s.opd.nama}",
        identitas=Identitas(
            judul="LAPORAN PEMANTAUAN KINERJA DAN ANGGARAN",
            singkatan=tw.upper(),
            opd=s.opd.nama.upper(),
            tahun=str(s.tahun),
            pemda=s.pemda.nama.upper(),
        ),
        depan=[],
        isi=[Bagian(judul.upper(), list(isi), daftar_isi=False)],
        tanggal=tanggal or tanggal_sah(s.sah("triwulan", q).tanggal),
    )


def _analisis(s: OpdTahun, q: int) -> list[Blok]:
    """Return, per IKU, the analysis its unit entered with the quarter; nothing where none."""
    blok: list[Blok] = []
    for ind in _indikator(s):
        k = s.kinerja.get((ind.kode, s.tahun))
        if k is None:
            continue
        teks = uraian_analisis(ind, k.analisis(q), sampai_triwulan(s, ind, q)[2])
        if teks:
            blok.append(Teks(teks))
    return blok


def _ada(g: Grafik | None) -> list[Blok]:
    return [g] if g is not None else []


def _indikator(s: OpdTahun) -> list[Indikator]:
    return s.renstra.indikator() if s.renstra else []


def tabel_capaian(s: OpdTahun, q: int) -> Tabel:
    """Return per IKU: the year's target and, up to the quarter, target, realisation, capaian."""
    t = Tabel(
        "tw_capaian",
        f"Capaian Indikator Kinerja Utama sampai dengan Triwulan {ROMAWI[q]} Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom("Target Tahun", Jenis.NILAI),
            Kolom(f"Target s.d. TW {ROMAWI[q]}", Jenis.NILAI),
            Kolom(f"Realisasi s.d. TW {ROMAWI[q]}", Jenis.NILAI),
            Kolom("% Capaian", Jenis.PERSEN),
            Kolom("Kriteria"),
        ],
    )
    for no, ind in enumerate(_indikator(s), 1):
        target, nyata, c = sampai_triwulan(s, ind, q)
        tahunan = sampai_triwulan(s, ind, 4)[0]
        t.add([str(no), ind.nama, ind.satuan, tahunan, target, nyata, c, kriteria(s, c)])
    t.catatan.append(
        "Target dan realisasi s.d. triwulan dihimpun menurut metode agregasi masing-masing "
        "indikator (jumlah, nilai terakhir atau rata-rata)."
    )
    return t


def tabel_serapan_unit(s: OpdTahun, q: int) -> Tabel:
    """Return pagu, realisation up to the quarter, % and sisa per unit."""
    t = Tabel(
        "tw_serapan_unit",
        f"Serapan Anggaran per Unit Kerja sampai dengan Triwulan {ROMAWI[q]} Tahun {s.tahun}",
        _kolom_serapan("No", "Unit Kerja", q),
    )
    for no, (unit, _, jumlah) in enumerate(anggaran.per_unit(s, q), 1):
        t.add([str(no), unit.nama, jumlah.pagu, jumlah.realisasi, jumlah.serapan, jumlah.sisa])
    j = anggaran.skpd_total(s, q)
    t.add(["", "Jumlah", j.pagu, j.realisasi, j.serapan, j.sisa], Gaya.TOTAL)
    return t


def tabel_serapan_program(s: OpdTahun, q: int) -> Tabel:
    """Return pagu, realisation up to the quarter, % and sisa per unit, program and kegiatan.

    Each unit has its own rows, as in Tabel 19: a unit absorbing little is not hidden in a
    program total shared with the others.
    """
    t = Tabel(
        "tw_serapan_program",
        f"Serapan Anggaran per Unit Kerja, Program dan Kegiatan sampai dengan Triwulan "
        f"{ROMAWI[q]} Tahun {s.tahun}",
        _kolom_serapan("Kode", "Unit Kerja/Program/Kegiatan", q),
    )
    for unit, nodes, jumlah in anggaran.per_unit(s, q):
        if not nodes:
            continue
        t.add(
            [
                unit.kode,
                unit.nama.upper(),
                jumlah.pagu,
                jumlah.realisasi,
                jumlah.serapan,
                jumlah.sisa,
            ],
            Gaya.SUBTOTAL,
        )
        for program in nodes:
            for node, gaya in [(program, Gaya.PROGRAM)] + [
                (k, Gaya.KEGIATAN) for k in program.children
            ]:
                t.add(baris_serapan(s, node), gaya)
    j = anggaran.skpd_total(s, q)
    t.add(["", "JUMLAH", j.pagu, j.realisasi, j.serapan, j.sisa], Gaya.TOTAL)
    return t


def _kolom_serapan(pertama: str, kedua: str, q: int) -> list[Kolom]:
    return [
        Kolom(pertama),
        Kolom(kedua),
        Kolom("Pagu (Rp)", Jenis.UANG),
        Kolom(f"Realisasi s.d. TW {ROMAWI[q]} (Rp)", Jenis.UANG),
        Kolom("% Serapan", Jenis.PERSEN),
        Kolom("Sisa (Rp)", Jenis.UANG),
    ]


def tabel_peringatan(s: OpdTahun, q: int, ambang: Decimal) -> Tabel:
    """Return the items at risk: IKU below target, lagging units, realisations not entered."""
    t = Tabel(
        "tw_peringatan",
        f"Hal yang Perlu Mendapat Perhatian sampai dengan Triwulan {ROMAWI[q]} Tahun {s.tahun}",
        [Kolom("No"), Kolom("Jenis"), Kolom("Uraian"), Kolom("Keterangan")],
    )
    baris: list[tuple[str, str, str]] = []
    for ind in _indikator(s):
        _, _, c = sampai_triwulan(s, ind, q)
        if c is not None and c < 100:
            lalu = sampai_triwulan(s, ind, q - 1)[2] if q > 1 else None
            baris.append(
                ("Indikator di bawah target", ind.nama, f"capaian {fmt.persen(c)}" + _lalu(q, lalu))
            )
    lalu_unit = {u.kode: j.serapan for u, _, j in anggaran.per_unit(s, q - 1)} if q > 1 else {}
    for unit, jumlah in unit_lambat(s, q, ambang):
        baris.append(
            (
                "Unit kerja dengan serapan rendah",
                unit.nama,
                f"serapan {fmt.persen(jumlah.serapan)} (< {fmt.persen(ambang, 0)})"
                + _lalu(q, lalu_unit.get(unit.kode)),
            )
        )
    baris += _sub_kegiatan_rendah(s, q, ambang)
    baris += _empty_realisasi(s, q)
    for no, (jenis, uraian, keterangan) in enumerate(baris, 1):
        t.add([str(no), jenis, uraian, keterangan])
    return t


def _lalu(q: int, nilai: Decimal | None) -> str:
    """Return "; TW III: 40,00%": the same figure at the previous quarter, when there is one."""
    return f"; TW {ROMAWI[q - 1]}: {fmt.persen(nilai)}" if q > 1 and nilai is not None else ""


def _sub_kegiatan_rendah(s: OpdTahun, q: int, ambang: Decimal) -> list[tuple[str, str, str]]:
    """Return the funded sub kegiatan of each unit absorbed below the threshold up to `q`."""
    lalu: dict[tuple[str, str], Decimal | None] = {}
    if q > 1:
        for unit, nodes, _ in anggaran.per_unit(s, q - 1):
            for sub in _sub(nodes):
                lalu[(unit.kode, sub.kode)] = sub.serapan
    result = []
    for unit, nodes, _ in anggaran.per_unit(s, q):
        for sub in _sub(nodes):
            if sub.pagu > 0 and sub.serapan is not None and sub.serapan < ambang:
                result.append(
                    (
                        "Sub kegiatan dengan serapan rendah",
                        f"{anggaran.show(s, sub.kode)} {anggaran.nama(s, sub.kode)} ({unit.nama})",
                        f"serapan {fmt.persen(sub.serapan)} (< {fmt.persen(ambang, 0)})"
                        + _lalu(q, lalu.get((unit.kode, sub.kode))),
                    )
                )
    return result


def _sub(nodes: list[Node]) -> list[Node]:
    return [sub for p in nodes for k in p.children for sub in k.children]


def _empty_realisasi(s: OpdTahun, q: int) -> list[tuple[str, str, str]]:
    result = []
    for ind in _indikator(s):
        k = s.kinerja.get((ind.kode, s.tahun))
        if k is not None and k.realisasi_tahun_diisi and q == 4:
            continue
        ditarget = sorted(tw for tw in (k.target_triwulan if k else {}) if tw <= q)
        per_triwulan = nilai_per_triwulan(k, ind)
        empty = [
            f"TW {ROMAWI[tw]} " + ("belum diisi" if tw not in per_triwulan else "n/a")
            for tw in ditarget
            if k is not None and per_triwulan.get(tw) is None
        ]
        if empty:
            result.append(("Realisasi indikator belum tersedia", ind.nama, rangkai(empty)))
    for unit in s.opd.unit_kerja:
        lines = [b for b in s.anggaran if b.unit == unit.kode and b.pagu > 0]
        tanpa = [b for b in lines if realisasi_s_d_triwulan(b.realisasi, q) is None]
        if tanpa:
            result.append(
                (
                    "Realisasi anggaran belum dicatat",
                    unit.nama,
                    f"{len(tanpa)} dari {len(lines)} sub kegiatan berpagu",
                )
            )
    return result


def _kalimat_capaian(s: OpdTahun, q: int, g: Grafik | None) -> str:
    nilai = [sampai_triwulan(s, ind, q)[2] for ind in _indikator(s)]
    terukur = [c for c in nilai if c is not None]
    tercapai = sum(1 for c in terukur if c >= 100)
    kalimat = (
        f"Sampai dengan Triwulan {ROMAWI[q]}, {len(terukur)} dari {len(nilai)} indikator kinerja "
        f"utama dapat diukur; {tercapai} di antaranya mencapai atau melampaui target triwulan "
        "([[tw_capaian]]"
    )
    return kalimat + (f", [[{g.key}]])." if g else ").")


def _kalimat_peringatan(t: Tabel, ambang: Decimal) -> str:
    if not t.baris:
        return "Tidak ada hal yang perlu mendapat perhatian khusus ([[tw_peringatan]])."
    per_jenis: dict[str, int] = {}
    for baris in t.baris:
        jenis = str(baris[1])
        per_jenis[jenis] = per_jenis.get(jenis, 0) + 1
    return (
        f"Terdapat {len(t.baris)} hal yang perlu mendapat perhatian: "
        + rangkai(f"{n} {jenis.lower()}" for jenis, n in per_jenis.items())
        + f". Serapan dianggap rendah bila di bawah {fmt.persen(ambang, 0)} "
        "([[tw_peringatan]])."
    )


def _kalimat_anggaran(s: OpdTahun, q: int) -> str:
    jumlah = anggaran.skpd_total(s, q)
    awal = f"Sampai dengan Triwulan {ROMAWI[q]} tahun {s.tahun}, "
    rujukan = " ([[tw_serapan_unit]], [[tw_serapan_program]])."
    if jumlah.realisasi is None:
        return (
            awal + f"belum ada realisasi anggaran {s.opd.nama} yang dicatat dari pagu "
            f"{uang(jumlah.pagu)}" + rujukan
        )
    return (
        awal + f"realisasi anggaran {s.opd.nama} sebesar {uang(jumlah.realisasi)} atau "
        f"{fmt.persen(jumlah.serapan)} dari pagu {uang(jumlah.pagu)}" + rujukan
    )
