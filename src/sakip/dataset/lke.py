"""The `lke` sections of a dataset: a Pemda's LKE windows, an OPD's LKE and its answers.

docs/dataset-format.md#lke. A section is written only when there is something in it, so a
dataset without an LKE dumps as before.
"""

from __future__ import annotations

from typing import Any

from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.lke.models import (
    EvaluasiLke,
    JabatanRekomendasi,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
)

from .reader import DatasetError, Node, choice
from .yamlio import Kode


def load_jendela(pemda: m.Pemda, node: Node) -> None:
    """Replace the Pemda's LKE windows with those of the dataset."""
    pemda.jendela_lke.all().delete()
    for item in node.items("lke"):
        tahun = item.integer("tahun")
        jendela = item.mapping("jendela")
        for jenis, status in jendela.items():
            choice(str(jenis), JendelaLke.JENIS, f"{item.where}.jendela")
            choice(str(status), JendelaLke.STATUS, f"{item.where}.jendela.{jenis}")
            JendelaLke.objects.create(pemda=pemda, tahun=tahun, jenis=jenis, status=status)
        item.finish()


def load_lke(opd: m.PerangkatDaerah, node: Node) -> None:
    """Create the OPD's LKE of each year the dataset holds, with its answers."""
    for item in node.items("lke"):
        evaluasi = EvaluasiLke.objects.create(
            opd=opd,
            tahun=item.integer("tahun"),
            template_kode=item.text("template"),
            template_versi=item.integer("versi"),
            diterbitkan=item.boolean("diterbitkan", False),
        )
        for j in item.items("jawaban"):
            kode = j.text("kriteria")
            usulan = j.text("usulan", required=False)
            penetapan = j.text("penetapan", required=False)
            if usulan is None and penetapan is None:
                raise DatasetError(f"{j.where}: isi usulan, penetapan, atau keduanya")
            if usulan is not None:
                JawabanUsulan.objects.create(
                    evaluasi=evaluasi,
                    kriteria=kode,
                    jawaban=usulan,
                    catatan=j.text("catatan_usulan", required=False) or "",
                    bukti="\n".join(j.texts("bukti")),
                )
            if penetapan is not None:
                JawabanPenetapan.objects.create(
                    evaluasi=evaluasi,
                    kriteria=kode,
                    jawaban=penetapan,
                    catatan=j.text("catatan_penetapan", required=False) or "",
                )
            j.finish()
        item.finish()


def load_jabatan_rekomendasi(
    opd: m.PerangkatDaerah, daftar: list[tuple[m.Rekomendasi, str, str]]
) -> None:
    """Link each recommendation to its responsible position (key `jabatan`), one of the OPD's."""
    jabatan = {j.kode: j for j in Jabatan.objects.filter(opd=opd)}
    for rekomendasi, kode, where in daftar:
        if kode not in jabatan:
            raise DatasetError(f"{where}: jabatan {kode} tidak ada dalam kaskade perangkat daerah")
        JabatanRekomendasi.objects.create(rekomendasi=rekomendasi, jabatan=jabatan[kode])


def jabatan_rekomendasi(opd: m.PerangkatDaerah) -> dict[int, Kode]:
    """Return the kode of the responsible position of each of the OPD's recommendations that
    has one, by recommendation id."""
    return {
        rekomendasi_id: Kode(kode)
        for rekomendasi_id, kode in JabatanRekomendasi.objects.filter(
            rekomendasi__opd=opd
        ).values_list("rekomendasi_id", "jabatan__kode")
    }


def jendela_list(pemda: m.Pemda) -> list[dict[str, Any]]:
    """Return the Pemda's LKE windows in the dataset form, one entry per year."""
    per_tahun: dict[int, dict[str, str]] = {}
    for j in pemda.jendela_lke.order_by("tahun", "jenis"):
        per_tahun.setdefault(j.tahun, {})[j.jenis] = j.status
    return [{"tahun": t, "jendela": jendela} for t, jendela in sorted(per_tahun.items())]


def _jawaban(e: EvaluasiLke) -> list[dict[str, Any]]:
    usulan = {u.kriteria: u for u in e.usulan.all()}
    penetapan = {p.kriteria: p for p in e.penetapan.all()}
    hasil = []
    for kode in sorted(set(usulan) | set(penetapan), key=_urut):
        baris: dict[str, Any] = {"kriteria": Kode(kode)}
        if kode in usulan:
            u = usulan[kode]
            baris |= {"usulan": u.jawaban, "catatan_usulan": u.catatan or None}
            baris["bukti"] = [b for b in u.bukti.splitlines() if b]
        if kode in penetapan:
            p = penetapan[kode]
            baris |= {"penetapan": p.jawaban, "catatan_penetapan": p.catatan or None}
        hasil.append(baris)
    return hasil


def _urut(kode: str) -> list[Any]:
    """Sort criterion codes by their parts, numbers as numbers (1.a.10 after 1.a.9)."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in kode.split(".")]


def lke_list(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    """Return the OPD's LKE of every year in the dataset form."""
    return [
        {
            "tahun": e.tahun,
            "template": e.template_kode,
            "versi": e.template_versi,
            "diterbitkan": e.diterbitkan,
            "jawaban": _jawaban(e),
        }
        for e in opd.evaluasi_lke.order_by("tahun")
    ]
