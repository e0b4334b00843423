"""The dataset's lke sections: windows and answers survive dump -> load -> dump exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sakip.alur.layanan import Ditolak, perubahan
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.dataset.reader import DatasetError
from sakip.kaskade.models import Jabatan
from sakip.kinerja import models as m
from sakip.lke import layanan, lhe
from sakip.lke import penanggung_jawab as pj
from sakip.lke import tindak_lanjut as tl
from sakip.lke.models import (
    EvaluasiLke,
    JabatanRekomendasi,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
    LaporanHasilEvaluasi,
    PenugasanPenilai,
    SnapshotJendela,
    TindakLanjutLke,
    VerifikasiTindakLanjut,
)


def test_answers_and_windows_round_trip(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any, tmp_path: Path
) -> None:
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y", "Ada.", "a\nb")
        layanan.save_usulan(sesi, evaluasi, "1.b.2", "B")
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "T", "Belum ditetapkan.")
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    teks = (first / "pemda.yaml").read_text()
    assert "jendela:\n        inspektorat: dibuka\n        opd: dibuka" in teks
    load_path(first)
    dump_all(second)
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative
    evaluasi = EvaluasiLke.objects.get(opd=evaluasi.opd, tahun=2022)
    u = JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.a.2")
    assert (u.jawaban, u.catatan, u.bukti) == ("Y", "Ada.", "a\nb")
    p = JawabanPenetapan.objects.get(evaluasi=evaluasi)
    assert (p.kriteria, p.jawaban, p.catatan) == ("1.a.2", "T", "Belum ditetapkan.")


def test_it_rejects_an_unknown_window_status(evaluasi: EvaluasiLke, tmp_path: Path) -> None:
    dump_all(tmp_path)
    pemda = tmp_path / "pemda.yaml"
    pemda.write_text(pemda.read_text().replace("opd: dibuka", "opd: terbuka"))
    with pytest.raises(DatasetError, match="terbuka"):
        load_path(pemda)


def _penanggung_jawab(evaluasi: EvaluasiLke, inspektur: Any) -> m.Rekomendasi:
    """Give the OPD's first recommendation a deadline, its own unit and a position."""
    r = m.Rekomendasi.objects.filter(opd=evaluasi.opd).order_by("urutan", "id").first()
    assert r is not None
    unit = m.UnitKerja.objects.get(opd=evaluasi.opd, kode=evaluasi.opd.kode)
    jabatan = Jabatan.objects.get(opd=evaluasi.opd, kode="kasubag-renkeu")
    with perubahan(inspektur, "Penanggung jawab", opd_id=evaluasi.opd_id) as sesi:
        pj.atur(sesi, r, date(2022, 6, 30), unit, jabatan)
    return r


def test_a_recommendations_deadline_unit_and_position_round_trip(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path
) -> None:
    r = _penanggung_jawab(evaluasi, inspektur)
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    teks = (first / "opd" / f"{evaluasi.opd.kode}.yaml").read_text()
    assert (
        f'      tenggat: 2022-06-30\n      unit: "{evaluasi.opd.kode}"\n'
        '      jabatan: "kasubag-renkeu"\n'
    ) in teks
    # Only the recommendation that has them carries the keys.
    assert teks.count("tenggat:") == 1
    load_path(first)
    dump_all(second)
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative
    new = m.Rekomendasi.objects.get(opd=evaluasi.opd, uraian=r.uraian)
    assert (new.tenggat, new.unit.kode) == (date(2022, 6, 30), evaluasi.opd.kode)
    assert JabatanRekomendasi.objects.get(rekomendasi=new).jabatan.kode == "kasubag-renkeu"


@pytest.mark.parametrize(
    ("old", "new", "pesan"),
    [
        ('jabatan: "kasubag-renkeu"', 'jabatan: "bendahara"', "jabatan bendahara tidak ada"),
        (
            'unit: "7.01.0.00.0.00.30.0000"\n      jabatan',
            'unit: "7.01.0.00.0.00.30.0009"\n      jabatan',
            "unit 7.01.0.00.0.00.30.0009 tidak ada",
        ),
        ("tenggat: 2022-06-30", "tenggat: 30 Juni 2022", "tanggal tidak valid"),
    ],
    ids=["jabatan", "unit", "tanggal"],
)
def test_it_rejects_a_position_unit_or_deadline_it_does_not_know(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path, old: str, new: str, pesan: str
) -> None:
    _penanggung_jawab(evaluasi, inspektur)
    dump_all(tmp_path)
    berkas = tmp_path / "opd" / f"{evaluasi.opd.kode}.yaml"
    teks = berkas.read_text()
    assert old in teks
    berkas.write_text(teks.replace(old, new))
    with pytest.raises(DatasetError, match=pesan):
        load_path(tmp_path)
    # Refused whole: the stored position link is still there.
    assert JabatanRekomendasi.objects.count() == 1


def test_it_refuses_a_deadline_before_the_year_evaluated_in_words(
    evaluasi: EvaluasiLke, inspektur: Any, tmp_path: Path
) -> None:
    _penanggung_jawab(evaluasi, inspektur)
    dump_all(tmp_path)
    berkas = tmp_path / "opd" / f"{evaluasi.opd.kode}.yaml"
    berkas.write_text(berkas.read_text().replace("tenggat: 2022-06-30", "tenggat: 2020-06-30"))
    with pytest.raises(Ditolak, match=r"tenggat 30 Juni 2020 jatuh sebelum tahun yang dievaluasi"):
        load_path(tmp_path)


def _all_items(evaluasi: EvaluasiLke, perencana: Any, inspektur: Any) -> None:
    """Fill every LKE record a dataset carries: answers, working papers, an evaluator per
    sub-component, the LHE's signing data, a closed window's snapshot, a recommendation with
    its position and a follow-up report the Inspektorat returned and then accepted."""
    pemda = evaluasi.opd.pemda
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.save_usulan(sesi, evaluasi, "1.a.2", "Y", "Ada.", "https://contoh/renstra.pdf")
    with perubahan(inspektur, "Jendela", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.OPD, JendelaLke.DITUTUP)
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA)
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.tugaskan(sesi, evaluasi, "1.b", inspektur, "Inspektorat Pembantu I")
        layanan.save_penetapan(sesi, evaluasi, "1.a.2", "Y", "Sesuai.")
        layanan.save_kertas(sesi, evaluasi, "1.b.2", "IKU1: formula ada.", "iku.pdf\nrenstra.pdf")
        lhe.save_pengesahan(
            sesi, evaluasi, nomor="700/12/ITKO", tanggal=date(2023, 1, 31), nama="BUDI", nip="1975"
        )
        layanan.terbitkan(sesi, evaluasi)
        r = lhe.add_rekomendasi(sesi, evaluasi, "1", "Lengkapi formula IKU.")
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, r, "Formula dilengkapi.", "dalam_proses", "a.pdf\nb.pdf")
    with perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi:
        tl.verifikasi(sesi, laporan, "dikembalikan", "Bukti kurang.")
    with perubahan(perencana, "Tindak lanjut", opd_id=evaluasi.opd_id) as sesi:
        laporan = tl.laporkan(sesi, r, "Formula dilengkapi seluruhnya.", "selesai", "c.pdf")
    with perubahan(inspektur, "Verifikasi", opd_id=evaluasi.opd_id) as sesi:
        tl.verifikasi(sesi, laporan, "diterima")
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DITUTUP)


def _isi_lke(opd: m.PerangkatDaerah) -> dict[str, Any]:
    """Return every LKE record of the OPD and its Pemda as plain values, without ids."""
    e = EvaluasiLke.objects.get(opd=opd, tahun=2022)
    rekomendasi = m.Rekomendasi.objects.filter(opd=opd, tahun_evaluasi=2022)
    return {
        "evaluasi": (e.template_kode, e.template_versi, e.diterbitkan),
        "jendela": sorted(
            JendelaLke.objects.filter(pemda=opd.pemda).values_list("tahun", "jenis", "status")
        ),
        "snapshot": sorted(
            (s.jendela.jenis, s.waktu.isoformat(), repr(sorted(s.isi.items())))
            for s in SnapshotJendela.objects.filter(jendela__pemda=opd.pemda)
        ),
        "usulan": list(e.usulan.values_list("kriteria", "jawaban", "catatan", "bukti")),
        "penetapan": list(e.penetapan.values_list("kriteria", "jawaban", "catatan")),
        "kertas": list(e.kertas.values_list("kriteria", "catatan", "bukti")),
        "penugasan": list(
            e.penugasan.values_list("subkomponen", "penilai__username", "unit_penilai")
        ),
        "lhe": LaporanHasilEvaluasi.objects.filter(evaluasi=e)
        .values("nomor", "tempat", "tanggal", "status", "jabatan", "nama", "nip")
        .get(),
        "rekomendasi": list(
            rekomendasi.values_list("komponen", "uraian", "tindak_lanjut", "status")
        ),
        "tindak_lanjut": list(
            TindakLanjutLke.objects.filter(rekomendasi__in=rekomendasi).values_list(
                "uraian", "bukti", "status", "nomor"
            )
        ),
        "verifikasi": list(
            VerifikasiTindakLanjut.objects.filter(
                tindak_lanjut__rekomendasi__in=rekomendasi
            ).values_list("nomor", "keputusan", "catatan")
        ),
    }


def test_every_lke_record_survives_dump_load_dump(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any, tmp_path: Path
) -> None:
    _all_items(evaluasi, perencana, inspektur)
    sebelum = _isi_lke(evaluasi.opd)
    assert len(sebelum["snapshot"]) == 2 and len(sebelum["verifikasi"]) == 2
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    teks = (first / "opd" / f"{evaluasi.opd.kode}.yaml").read_text()
    assert "penilai: ivan" in teks and "laporan_tindak_lanjut:" in teks
    load_path(first)
    assert _isi_lke(evaluasi.opd) == sebelum
    dump_all(second)
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative


def test_it_refuses_an_evaluator_this_installation_does_not_have(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any, tmp_path: Path
) -> None:
    _all_items(evaluasi, perencana, inspektur)
    dump_all(tmp_path)
    berkas = tmp_path / "opd" / f"{evaluasi.opd.kode}.yaml"
    berkas.write_text(berkas.read_text().replace("penilai: ivan", "penilai: tidak-ada"))
    with pytest.raises(DatasetError, match="pengguna tidak-ada tidak ada"):
        load_path(tmp_path)
    assert PenugasanPenilai.objects.get().penilai == inspektur
