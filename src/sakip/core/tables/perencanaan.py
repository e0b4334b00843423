"""Tabel 3–8: the RPJMD cascade, the IKU and targets, the PK, strategies, budget per sasaran."""

from __future__ import annotations

from decimal import Decimal

from sakip.core import anggaran
from sakip.core.anggaran import compute_total
from sakip.core.model import OpdTahun
from sakip.core.numbers import percent
from sakip.core.tables.base import Cell, Gaya, Jenis, Kolom, Tabel


def cascade(s: OpdTahun) -> Tabel:
    """Return Tabel 3: the Pemda's visi, misi, tujuan and sasaran."""
    t = Tabel(
        "cascade",
        "Visi, Misi, Tujuan dan Sasaran",
        [Kolom("Visi"), Kolom("Misi"), Kolom("Tujuan"), Kolom("Sasaran")],
        gabung=(0, 1, 2),
    )
    if s.rpjmd is None:
        return t
    for misi in s.rpjmd.misi:
        for tujuan in misi.tujuan:
            for sasaran in tujuan.sasaran or ():
                t.add([s.rpjmd.visi, misi.uraian, tujuan.uraian, sasaran.uraian])
            if not tujuan.sasaran:
                t.add([s.rpjmd.visi, misi.uraian, tujuan.uraian, ""])
    return t


def iku(s: OpdTahun) -> Tabel:
    """Return Tabel 4: each IKU with its formula, data source and person in charge."""
    t = Tabel(
        "iku",
        "Indikator Kinerja Utama (IKU)",
        [
            Kolom("No"),
            Kolom("Sasaran Kinerja Utama"),
            Kolom("Indikator Kinerja Utama"),
            Kolom("Penjelasan/Formula Perhitungan"),
            Kolom("Sumber Data"),
            Kolom("Penanggung Jawab"),
        ],
        gabung=(0, 1),
    )
    if s.renstra is None:
        return t
    for no, sasaran in enumerate(s.renstra.sasaran, 1):
        for ind in sasaran.indikator:
            t.add(
                [
                    str(no),
                    sasaran.uraian,
                    ind.nama,
                    ind.formula or "",
                    ind.sumber_data or "",
                    ind.penanggung_jawab or "",
                ]
            )
    return t


def target_iku(s: OpdTahun) -> Tabel:
    """Return Tabel 5: baseline, yearly Renstra targets and the end-of-period target of each IKU."""
    indikator = s.renstra.indikator() if s.renstra else []
    years = sorted({y for ind in indikator for y in ind.target})
    t = Tabel(
        "target_iku",
        "Target Indikator Kinerja Utama",
        [
            Kolom("No"),
            Kolom("Indikator Kinerja Utama (IKU)"),
            Kolom("Satuan"),
            Kolom("Kondisi Kinerja Awal Periode", Jenis.NILAI),
        ]
        + [Kolom(f"Target {y}", Jenis.NILAI) for y in years]
        + [Kolom("Kondisi Kinerja Akhir Periode", Jenis.NILAI)],
    )
    for no, ind in enumerate(indikator, 1):
        t.add(
            [str(no), ind.nama, ind.satuan, ind.baseline_nilai]
            + [ind.target.get(y) for y in years]
            + [ind.target_akhir]
        )
    return t


def perjanjian_kinerja(s: OpdTahun) -> Tabel:
    """Return Tabel 6: the targets of the latest version of the year's Perjanjian Kinerja."""
    pk = s.pk
    judul = f"Perjanjian Kinerja Tahun {s.tahun}"
    if pk is not None and pk.versi > 1:
        judul += f" (Revisi {pk.versi - 1})"
    t = Tabel(
        "pk",
        judul,
        [
            Kolom("No"),
            Kolom("Sasaran Strategis"),
            Kolom("Indikator Kinerja"),
            Kolom("Satuan"),
            Kolom(f"Target Tahun {s.tahun}", Jenis.NILAI),
        ],
        gabung=(0, 1),
    )
    if pk is None or s.renstra is None:
        return t
    no = 0
    for sasaran in s.renstra.sasaran:
        rows = [ind for ind in sasaran.indikator if ind.kode in pk.target]
        if rows:
            no += 1
        for ind in rows:
            t.add([str(no), sasaran.uraian, ind.nama, ind.satuan, pk.target[ind.kode]])
    return t


def _bernomor(items: tuple[str, ...]) -> str:
    return "\n".join(f"{i}. {text}" for i, text in enumerate(items, 1))


def strategi(s: OpdTahun) -> Tabel:
    """Return Tabel 7: per sasaran its strategi, kebijakan, programs, kegiatan, sub kegiatan."""
    t = Tabel(
        "strategi",
        "Sasaran, Strategi, Kebijakan, Program, Kegiatan dan Sub Kegiatan",
        [
            Kolom("Sasaran"),
            Kolom("Strategi"),
            Kolom("Kebijakan"),
            Kolom("Program/Kegiatan"),
            Kolom("Sub Kegiatan"),
        ],
        gabung=(0, 1, 2, 3),
    )
    if s.renstra is None:
        return t
    tree = anggaran.pohon(s.anggaran)
    for sasaran in s.renstra.sasaran:
        head: list[Cell] = [
            sasaran.uraian,
            _bernomor(sasaran.strategi),
            _bernomor(sasaran.kebijakan),
        ]
        programs = [p for p in tree if s.atribusi_program.get(p.kode) == sasaran.kode]
        if not programs:
            t.add(head + ["", ""])
        for program in programs:
            t.add(head + [anggaran.nama(s, program.kode), ""], Gaya.PROGRAM)
            for kegiatan in program.children:
                # The kegiatan on each of its sub kegiatan rows, as the sasaran is: a document
                # merges them and writes it again on a continued part or page.
                name = anggaran.nama(s, kegiatan.kode)
                for sub in kegiatan.children:
                    t.add(head + [name, anggaran.nama(s, sub.kode)], Gaya.SUB_KEGIATAN)
    n_program, n_kegiatan, n_sub = codes_count(s)
    t.catatan.append(
        f"Jumlah: {n_program} program, {n_kegiatan} kegiatan dan {n_sub} sub kegiatan."
    )
    return t


def codes_count(s: OpdTahun) -> tuple[int, int, int]:
    """Return how many distinct programs, kegiatan and sub kegiatan the year's budget holds."""
    return compute_total(b.sub_kegiatan for b in s.anggaran)


def anggaran_sasaran(s: OpdTahun) -> Tabel:
    """Return Tabel 8: pagu summed per sasaran strategis and its share of the total.

    See docs/rules.md#budget-per-sasaran.
    """
    t = Tabel(
        "anggaran_sasaran",
        "Anggaran Belanja per Sasaran Strategis",
        [
            Kolom("No"),
            Kolom("Sasaran"),
            Kolom("Anggaran (Rp)", Jenis.UANG),
            Kolom("Persentase (%)", Jenis.PERSEN),
        ],
    )
    rows = anggaran.per_sasaran(s)
    total = sum((r.pagu for r in rows), Decimal(0))
    for no, r in enumerate(rows, 1):
        label = r.sasaran.uraian if r.sasaran else "Program yang belum diatribusikan ke sasaran"
        t.add([str(no), label, r.pagu, percent(r.pagu, total)])
    t.add(["", "Jumlah", total, percent(total, total)], Gaya.TOTAL)
    return t
