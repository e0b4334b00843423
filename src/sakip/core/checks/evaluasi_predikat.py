"""An Evaluasi AKIP's published predikat is the one its total earns on the regulation's scale.

docs/rules.md#evaluasi-akip: PermenPAN-RB 88/2021 predikat AA > 90–100, A > 80–90, BB > 70–80, B >
60–70, CC > 50–60, C > 30–50, D 0–30, lower bounds exclusive (data/skala/predikat-sakip). Reference
report: 70,36 → BB "Sangat Baik". An evaluation without a predikat or total is not checked, nor one
whose regulation is unknown (rule evaluasi-jumlah-komponen reports that).
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core.checks import pesan
from sakip.core.checks.common import kutipan
from sakip.core.checks.finding import Finding, Severity
from sakip.core.checks.tabel import Tabel
from sakip.core.format import number
from sakip.core.model import OpdTahun
from sakip.core.scales import SkalaTidakDitemukan, load_evaluasi_regulasi, load_scale

RULE_ID = "evaluasi-predikat"
SEVERITY: Severity = "error"

_JENIS_SKALA = "predikat-sakip"


def check(s: OpdTahun) -> Iterator[Finding]:
    for evaluasi in s.evaluasi:
        if evaluasi.predikat is None or evaluasi.nilai is None:
            continue
        try:
            regulasi = load_evaluasi_regulasi(evaluasi.regulasi)
        except SkalaTidakDitemukan:
            continue
        skala = load_scale(_JENIS_SKALA, kode=regulasi.predikat)
        band = skala.classify(evaluasi.nilai)
        nama_skala = f"skala predikat {kutipan(skala.dasar_hukum)}"
        if band is None:
            teks = pesan.EVALUASI_NILAI_DI_LUAR_SKALA.format(
                nilai=number(evaluasi.nilai), skala=nama_skala, predikat=evaluasi.predikat
            )
        elif band.kode != evaluasi.predikat.strip():
            teks = pesan.EVALUASI_PREDIKAT_BEDA.format(
                nilai=number(evaluasi.nilai),
                seharusnya=band.kode,
                label=band.label,
                skala=nama_skala,
                predikat=evaluasi.predikat,
            )
        else:
            continue
        yield Finding(
            RULE_ID,
            SEVERITY,
            Tabel.EVALUASI_AKIP,
            f"Evaluasi AKIP {evaluasi.tahun}",
            teks,
            {"tahun": str(evaluasi.tahun), "regulasi": evaluasi.regulasi, "skala": skala.kode},
        )
