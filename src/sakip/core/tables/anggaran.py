"""Tabel 16–19: budget efficiency, output indicators, and budget realisation per unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from sakip.core import anggaran, codes
from sakip.core.anggaran import Node, Total, total
from sakip.core.capaian import capaian
from sakip.core.efficiency import EFISIENSI_ANGGARAN
from sakip.core.model import IndikatorKeluaran, OpdTahun, Polaritas
from sakip.core.periode import Tahap
from sakip.core.tables.base import Cell, Gaya, Jenis, Kolom, Tabel

GAYA = {
    codes.Level.PROGRAM: Gaya.PROGRAM,
    codes.Level.KEGIATAN: Gaya.KEGIATAN,
    codes.Level.SUB_KEGIATAN: Gaya.SUB_KEGIATAN,
}


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def efisiensi_anggaran(s: OpdTahun) -> Tabel:
    """Return Tabel 16: pagu, realisasi, physical %, sisa and efficiency per node and unit."""
    t = Tabel(
        "efisiensi_anggaran",
        "Efisiensi Penggunaan Anggaran Program/Kegiatan/Sub Kegiatan",
        [
            Kolom("Kode"),
            Kolom("Program, Kegiatan, dan Sub Kegiatan"),
            Kolom("Pagu Anggaran (Rp)", Jenis.UANG),
            Kolom("Realisasi Keuangan (Rp)", Jenis.UANG),
            Kolom("%", Jenis.PERSEN),
            Kolom("Realisasi Fisik (%)", Jenis.PERSEN),
            Kolom("Sisa Anggaran (Rp)", Jenis.UANG),
            Kolom(f"{EFISIENSI_ANGGARAN.nama} (%)", Jenis.PERSEN),
        ],
    )
    by_unit = anggaran.baris_per_unit(s)
    for unit, nodes, jumlah in anggaran.per_unit(s):
        lines = by_unit.get(unit.kode, [])
        number = _number(jumlah, anggaran.fisik(lines)) if nodes else [None] * 6
        t.add([unit.kode, unit.nama.upper(), *number], Gaya.SUBTOTAL)
        for node in _walk(nodes):
            fisik = anggaran.fisik(anggaran.baris_di_bawah(lines, node.kode))
            t.add(
                [anggaran.show(s, node.kode), anggaran.nama(s, node.kode), *_number(node, fisik)],
                GAYA[node.level],
            )
    t.add(["", "JUMLAH", *_number(anggaran.skpd_total(s), anggaran.fisik(s.anggaran))], Gaya.TOTAL)
    t.catatan.append(f"{EFISIENSI_ANGGARAN.nama} = {EFISIENSI_ANGGARAN.rumus}.")
    t.catatan.append(
        "Realisasi fisik program dan kegiatan = rata-rata realisasi fisik sub kegiatan "
        "tertimbang pagu."
    )
    return t


def _number(n: Node | Total, fisik: Decimal | None) -> list[Decimal | None]:
    return [n.pagu, n.realisasi, n.serapan, fisik, n.sisa, n.efisiensi]


def _unit_total(nodes: list[Node], j: Total) -> list[Decimal | None]:
    """Return pagu, realisasi, serapan and sisa of a unit; n/a, never 0, without budget lines."""
    return [j.pagu, j.realisasi, j.serapan, j.sisa] if nodes else [None] * 4


def keluaran(s: OpdTahun) -> Tabel:
    """Return Tabel 17: each program, kegiatan and sub kegiatan with its indicators and budget."""
    t = Tabel(
        "keluaran",
        "Pencapaian Target Kinerja Program, Kegiatan dan Sub Kegiatan",
        [
            Kolom("Kode"),
            Kolom("Program/Kegiatan/Sub Kegiatan"),
            Kolom("Indikator Kinerja Program (outcome)/Kegiatan (output)"),
            Kolom("Indikator Kinerja menurut Nomenklatur"),
            Kolom("Target", Jenis.NILAI),
            Kolom("Satuan"),
            Kolom("Pagu (Rp)", Jenis.UANG),
            Kolom("Realisasi", Jenis.NILAI),
            Kolom("Realisasi Anggaran (Rp)", Jenis.UANG),
            Kolom("% Realisasi Kinerja", Jenis.PERSEN),
            Kolom("Unit Penanggung Jawab"),
        ],
        gabung=(0, 1),
    )
    indicators: dict[tuple[str, str], list[IndikatorKeluaran]] = defaultdict(list)
    for ik in s.indikator_keluaran:
        indicators[(ik.unit, ik.kode)].append(ik)
    for unit, nodes, jumlah in anggaran.per_unit(s):
        t.add(
            [
                unit.kode,
                unit.nama.upper(),
                "",
                "",
                "",
                "",
                jumlah.pagu if nodes else None,
                "",
                jumlah.realisasi,
                "",
                unit.nama_singkat,
            ],
            Gaya.SUBTOTAL,
        )
        for node in _walk(nodes):
            rows: list[IndikatorKeluaran | None] = list(indicators.get((unit.kode, node.kode), []))
            rows = rows or [None]
            for i, k in enumerate(rows):
                first = i == 0
                t.add(
                    [
                        # The code and name on each indicator's row: a document merges them
                        # and names them again on a continued part or page.
                        anggaran.show(s, node.kode),
                        anggaran.nama(s, node.kode),
                        k.uraian if k else "",
                        (k.uraian_nomenklatur or "") if k else "",
                        k.target if k else "",
                        k.satuan if k else "",
                        # A further indicator of the same code: its pagu is on the row above.
                        node.pagu if first else "",
                        k.realisasi if k else "",
                        node.realisasi if first else "",
                        capaian(k.target, k.realisasi, Polaritas.NAIK) if k else "",
                        unit.nama_singkat,
                    ],
                    GAYA[node.level],
                )
    skpd = anggaran.skpd_total(s)
    t.add(["", "JUMLAH", "", "", "", "", skpd.pagu, "", skpd.realisasi, "", ""], Gaya.TOTAL)
    if any(len(v) > 1 for v in indicators.values()):
        t.catatan.append(
            "Kode dengan lebih dari satu indikator memuat anggaran dan realisasinya sekali, pada "
            "baris indikator pertama."
        )
    return t


def realisasi_unit(s: OpdTahun) -> Tabel:
    """Return Tabel 18: the year's budget and realisation per unit, with the total and the sisa."""
    t = Tabel(
        "realisasi_unit",
        f"Realisasi Anggaran Tahun {s.tahun}",
        [
            Kolom("No"),
            Kolom("Uraian"),
            Kolom("Anggaran (Rp)", Jenis.UANG),
            Kolom("Realisasi (Rp)", Jenis.UANG),
            Kolom("%", Jenis.PERSEN),
            Kolom("Sisa (Rp)", Jenis.UANG),
        ],
    )
    for no, (unit, nodes, jumlah) in enumerate(anggaran.per_unit(s), 1):
        t.add([str(no), unit.nama, *_unit_total(nodes, jumlah)])
    skpd = anggaran.skpd_total(s)
    t.add(["", "Jumlah", skpd.pagu, skpd.realisasi, skpd.serapan, skpd.sisa], Gaya.TOTAL)
    return t


def realisasi_program(s: OpdTahun) -> Tabel:
    """Return Tabel 19: realisation per urusan, bidang, unit, program, kegiatan and sub kegiatan."""
    tahap = Tahap(s.tahap_anggaran).label if s.tahap_anggaran else ""
    t = Tabel(
        "realisasi_program",
        "Realisasi Anggaran per Program dan Kegiatan",
        [
            Kolom("Kode"),
            Kolom("Uraian Urusan, Bidang, Organisasi, Program, Kegiatan, dan Sub Kegiatan"),
            Kolom(f"Pagu Anggaran {tahap} (Rp)".replace("  ", " "), Jenis.UANG),
            Kolom("Realisasi (Rp)", Jenis.UANG),
            Kolom("%", Jenis.PERSEN),
            Kolom("Sisa Anggaran (Rp)", Jenis.UANG),
        ],
    )
    tree = anggaran.pohon(s.anggaran)
    for kode in sorted({c for node in tree for c in codes.ancestors(node.kode)}):
        under = [n for n in tree if kode in codes.ancestors(n.kode)]
        j = total(under)
        t.add(
            [kode, anggaran.nama(s, kode).upper(), j.pagu, j.realisasi, j.serapan, j.sisa],
            Gaya.KELOMPOK,
        )
    for unit, nodes, jumlah in anggaran.per_unit(s):
        t.add([unit.kode, unit.nama.upper(), *_unit_total(nodes, jumlah)], Gaya.SUBTOTAL)
        for node in _walk(nodes):
            t.add(
                baris_serapan(s, node),
                GAYA[node.level],
            )
    j = anggaran.skpd_total(s)
    t.add(["", "JUMLAH", j.pagu, j.realisasi, j.serapan, j.sisa], Gaya.TOTAL)
    return t


def baris_serapan(s: OpdTahun, node: Node) -> list[Cell]:
    """Return a node's row of a realisation table: code, name, pagu, realisasi, %, sisa."""
    return [
        anggaran.show(s, node.kode),
        anggaran.nama(s, node.kode),
        node.pagu,
        node.realisasi,
        node.serapan,
        node.sisa,
    ]
