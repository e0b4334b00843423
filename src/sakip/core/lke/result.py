"""The whole LKE of one OPD and year as data: what `sakip lke` prints and the pages show."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sakip.core.lke import skor
from sakip.core.lke.saran import Saran
from sakip.core.lke.template import TemplateLke
from sakip.core.numbers import round_half_up


def _number(nilai: Decimal | None) -> Decimal | None:
    """Return a score as shown: rounded half-up to 2 places, like `sakip tables`."""
    return round_half_up(nilai, 2)


def _saran(s: Saran | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "aturan": s.aturan,
        "jawaban": s.jawaban,
        "persen": _number(s.persen),
        "bukti": list(s.bukti),
    }


def _temuan(t: TemplateLke, jawaban: skor.Jawaban, jenis: str) -> list[dict[str, Any]]:
    return [
        {"jenis": jenis, "kriteria": f.kriteria, "dasar": f.dasar, "pesan": f.pesan}
        for f in skor.temuan_logika(t, jawaban)
    ]


def susun(
    t: TemplateLke,
    usulan: skor.Jawaban,
    penetapan: skor.Jawaban,
    saran: Mapping[str, Saran],
    tautan: Mapping[str, list[str]],
) -> dict[str, Any]:
    """Return the LKE as data: template, scores per part, answers, suggestions, logic findings.

    `tautan` holds the OPD's evidence links per criterion; every score not computable (an
    unanswered criterion in its part) is None.
    """
    nu, np = skor.compute(t, usulan), skor.compute(t, penetapan)
    komponen = []
    for k in t.komponen:
        sub = []
        for s in k.subkomponen:
            kriteria = [
                {
                    "kode": kr.kode,
                    "pertanyaan": kr.pertanyaan,
                    "jenis_jawaban": kr.jenis,
                    "jawaban_usulan": usulan.get(kr.kode),
                    "jawaban_penetapan": penetapan.get(kr.kode),
                    "saran": _saran(saran.get(kr.kode)),
                    "bukti": {"diharapkan": kr.bukti, "tautan": list(tautan.get(kr.kode, []))},
                }
                for kr in s.kriteria
            ]
            sub.append(
                {
                    "kode": s.kode,
                    "nama": s.nama,
                    "bobot": s.bobot,
                    "nilai_usulan": _number(nu.subkomponen[s.kode]),
                    "nilai_penetapan": _number(np.subkomponen[s.kode]),
                    "kriteria": kriteria,
                }
            )
        komponen.append(
            {
                "kode": k.kode,
                "nama": k.nama,
                "bobot": k.bobot,
                "nilai_usulan": _number(nu.komponen[k.kode]),
                "nilai_penetapan": _number(np.komponen[k.kode]),
                "subkomponen": sub,
            }
        )
    return {
        "template": {
            "kode": t.kode,
            "versi": t.versi,
            "tanggal": t.tanggal,
            "nama": t.nama,
            "dasar_hukum": t.dasar_hukum,
            "kepastian": t.kepastian,
        },
        "komponen": komponen,
        "total_usulan": _number(nu.total),
        "total_penetapan": _number(np.total),
        "predikat_usulan": nu.predikat,
        "predikat_penetapan": np.predikat,
        "temuan_logika": _temuan(t, usulan, "usulan") + _temuan(t, penetapan, "penetapan"),
    }
