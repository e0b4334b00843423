"""The `lke` sections of a dataset: a Pemda's LKE windows and their snapshots, an OPD's LKE
with its answers, working papers, evaluators and LHE signing data, and the follow-up reports of
its recommendations.

docs/dataset-format.md#lke. A section or key is written only when there is something in it, so
a dataset without an LKE dumps as before.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model

from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.laporan.models import STATUS_PENANDA
from sakip.lke.models import (
    EvaluasiLke,
    JabatanRekomendasi,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
    KertasKerja,
    LaporanHasilEvaluasi,
    PenugasanPenilai,
    SnapshotJendela,
    TindakLanjutLke,
    VerifikasiTindakLanjut,
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
        for snap in item.items("snapshot"):
            _load_snapshot(pemda, tahun, snap)
        item.finish()


def _load_snapshot(pemda: m.Pemda, tahun: int, node: Node) -> None:
    jenis = node.text("jendela")
    jendela = JendelaLke.objects.filter(pemda=pemda, tahun=tahun, jenis=jenis).first()
    if jendela is None:
        raise DatasetError(f"{node.where}.jendela: jendela {jenis} tahun {tahun} tidak ada")
    saat = node.waktu("waktu")
    snap = SnapshotJendela.objects.create(jendela=jendela, isi=node.mapping("isi"))
    # `waktu` is set when a window closes (auto_now_add): the dataset's own time is kept.
    SnapshotJendela.objects.filter(pk=snap.pk).update(waktu=saat)
    node.finish()


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
        for k in item.items("kertas_kerja"):
            KertasKerja.objects.create(
                evaluasi=evaluasi,
                kriteria=k.text("kriteria"),
                catatan=k.text("catatan", required=False) or "",
                bukti="\n".join(k.texts("bukti")),
            )
            k.finish()
        for p in item.items("penugasan"):
            _load_penugasan(evaluasi, p)
        sah = item.child("lhe")
        if sah is not None:
            _load_lhe(evaluasi, sah)
        item.finish()


def _load_penugasan(evaluasi: EvaluasiLke, node: Node) -> None:
    nama = node.text("penilai")
    penilai = get_user_model().objects.filter(username=nama).first()
    if penilai is None:
        raise DatasetError(
            f"{node.where}.penilai: pengguna {nama} tidak ada; buat pengguna itu lebih dahulu"
        )
    PenugasanPenilai.objects.create(
        evaluasi=evaluasi,
        subkomponen=node.text("subkomponen"),
        penilai=penilai,
        unit_penilai=node.text("unit_penilai", required=False) or "",
    )
    node.finish()


def _load_lhe(evaluasi: EvaluasiLke, node: Node) -> None:
    status = node.text("status", required=False) or ""
    if status:
        choice(status, STATUS_PENANDA, f"{node.where}.status")
    LaporanHasilEvaluasi.objects.create(
        evaluasi=evaluasi,
        nomor=node.text("nomor", required=False) or "",
        tempat=node.text("tempat", required=False) or "",
        tanggal=node.date("tanggal"),
        status=status,
        jabatan=node.text("jabatan", required=False) or "Inspektur",
        nama=node.text("nama", required=False) or "",
        nip=node.code("nip", required=False) or "",
    )
    node.finish()


def load_tindak_lanjut(rekomendasi: m.Rekomendasi, node: Node) -> None:
    """Create the OPD's follow-up report of a recommendation (key `laporan_tindak_lanjut`) and
    the Inspektorat's decisions on it."""
    laporan = node.child("laporan_tindak_lanjut")
    if laporan is None:
        return
    status = laporan.text("status")
    choice(status, m.Rekomendasi.STATUS, f"{laporan.where}.status")
    tl = TindakLanjutLke.objects.create(
        rekomendasi=rekomendasi,
        uraian=laporan.text("uraian"),
        bukti="\n".join(laporan.texts("bukti")),
        status=status,
        nomor=laporan.integer("nomor", required=False) or 1,
    )
    for v in laporan.items("verifikasi"):
        keputusan = v.text("keputusan")
        choice(keputusan, VerifikasiTindakLanjut.KEPUTUSAN, f"{v.where}.keputusan")
        VerifikasiTindakLanjut.objects.create(
            tindak_lanjut=tl,
            nomor=v.integer("nomor"),
            keputusan=keputusan,
            catatan=v.text("catatan", required=False) or "",
        )
        v.finish()
    laporan.finish()


def tindak_lanjut(opd: m.PerangkatDaerah) -> dict[int, dict[str, Any]]:
    """Return the follow-up report of each of the OPD's recommendations that has one, in the
    dataset form, by recommendation id."""
    result = {}
    for t in TindakLanjutLke.objects.filter(rekomendasi__opd=opd).prefetch_related("verifikasi"):
        result[t.rekomendasi_id] = {
            "uraian": t.uraian,
            "bukti": _baris(t.bukti),
            "status": t.status,
            "nomor": t.nomor,
            "verifikasi": [
                {"nomor": v.nomor, "keputusan": v.keputusan, "catatan": v.catatan or None}
                for v in t.verifikasi.all()
            ],
        }
    return result


def _baris(teks: str) -> list[str]:
    return [b for b in teks.splitlines() if b]


def load_jabatan_rekomendasi(
    opd: m.PerangkatDaerah, listing: list[tuple[m.Rekomendasi, str, str]]
) -> None:
    """Link each recommendation to its responsible position (key `jabatan`), one of the OPD's."""
    jabatan = {j.kode: j for j in Jabatan.objects.filter(opd=opd)}
    for rekomendasi, kode, where in listing:
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
    """Return the Pemda's LKE windows in the dataset form, one entry per year, with the
    snapshots their closing kept."""
    per_tahun: dict[int, dict[str, Any]] = {}
    for j in pemda.jendela_lke.order_by("tahun", "jenis"):
        tahun = per_tahun.setdefault(j.tahun, {"tahun": j.tahun, "jendela": {}})
        tahun["jendela"][j.jenis] = j.status
        snap = [
            {
                "jendela": j.jenis,
                "waktu": s.waktu.astimezone(datetime.UTC).isoformat(),
                "isi": s.isi,
            }
            for s in j.snapshot.order_by("waktu", "id")
        ]
        if snap:
            tahun.setdefault("snapshot", []).extend(snap)
    return [per_tahun[t] for t in sorted(per_tahun)]


def _jawaban(e: EvaluasiLke) -> list[dict[str, Any]]:
    usulan = {u.kriteria: u for u in e.usulan.all()}
    penetapan = {p.kriteria: p for p in e.penetapan.all()}
    result = []
    for kode in sorted(set(usulan) | set(penetapan), key=_urut):
        baris: dict[str, Any] = {"kriteria": Kode(kode)}
        if kode in usulan:
            u = usulan[kode]
            baris |= {"usulan": u.jawaban, "catatan_usulan": u.catatan or None}
            baris["bukti"] = _baris(u.bukti)
        if kode in penetapan:
            p = penetapan[kode]
            baris |= {"penetapan": p.jawaban, "catatan_penetapan": p.catatan or None}
        result.append(baris)
    return result


def _urut(kode: str) -> list[Any]:
    """Sort criterion codes by their parts, numbers as numbers (1.a.10 after 1.a.9)."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in kode.split(".")]


def _evaluasi(e: EvaluasiLke) -> dict[str, Any]:
    isi: dict[str, Any] = {
        "tahun": e.tahun,
        "template": e.template_kode,
        "versi": e.template_versi,
        "diterbitkan": e.diterbitkan,
        "jawaban": _jawaban(e),
    }
    kertas = [
        {"kriteria": Kode(k.kriteria), "catatan": k.catatan or None, "bukti": _baris(k.bukti)}
        for k in sorted(e.kertas.all(), key=lambda k: _urut(k.kriteria))
    ]
    penugasan = [
        {
            "subkomponen": Kode(p.subkomponen),
            "penilai": p.penilai.get_username(),
            "unit_penilai": p.unit_penilai or None,
        }
        for p in sorted(e.penugasan.select_related("penilai"), key=lambda p: _urut(p.subkomponen))
    ]
    sah = LaporanHasilEvaluasi.objects.filter(evaluasi=e).first()
    lhe = (
        {
            "nomor": sah.nomor or None,
            "tempat": sah.tempat or None,
            "tanggal": sah.tanggal,
            "status": sah.status or None,
            "jabatan": sah.jabatan,
            "nama": sah.nama or None,
            "nip": Kode(sah.nip) if sah.nip else None,
        }
        if sah is not None
        else None
    )
    tambahan = {"kertas_kerja": kertas, "penugasan": penugasan, "lhe": lhe}
    return isi | {k: v for k, v in tambahan.items() if v}


def lke_list(opd: m.PerangkatDaerah) -> list[dict[str, Any]]:
    """Return the OPD's LKE of every year in the dataset form."""
    return [_evaluasi(e) for e in opd.evaluasi_lke.order_by("tahun")]
