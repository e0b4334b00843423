"""The LHE pages: signing data, recommendations and their follow-up, working notes, snapshots."""

from __future__ import annotations

import io
from typing import Any

import docx
from django.test import Client

from sakip.alur.layanan import perubahan
from sakip.core.tables.evaluasi import tindak_lanjut
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.lke import layanan
from sakip.lke.models import EvaluasiLke, JendelaLke, KertasKerja, PenugasanPenilai
from tests.conftest import KODE_BONTANG

URL = f"/lke/{KODE_BONTANG}/2022/"


def _masuk(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_the_opd_opens_the_lhe_only_once_published(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    assert _masuk(perencana).get(URL + "lhe/").status_code == 403
    with perubahan(inspektur, "Terbit", opd_id=evaluasi.opd_id) as sesi:
        layanan.terbitkan(sesi, evaluasi)
    assert _masuk(perencana).get(URL + "lhe/").status_code == 200


def test_recommendation_follow_up_through_the_pages(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    insp = _masuk(inspektur)
    r = insp.post(
        URL + "lhe/rekomendasi/", {"komponen": "2", "uraian": "Manfaatkan hasil pengukuran."}
    )
    assert r.status_code == 302
    rek = m.Rekomendasi.objects.get(opd=evaluasi.opd, tahun_evaluasi=2022)
    assert (rek.komponen, rek.uraian) == ("pengukuran", "Manfaatkan hasil pengukuran.")
    insp.post(
        URL + "lhe/pengesahan/",
        {"nomor": "700/9/INSP", "tanggal": "2023-03-15", "nama": "Ir. Siti Rahmah", "nip": "1970"},
    )
    with perubahan(inspektur, "Terbit", opd_id=evaluasi.opd_id) as sesi:
        layanan.terbitkan(sesi, evaluasi)
    opd = _masuk(perencana)
    opd.post(
        URL + f"lhe/rekomendasi/{rek.pk}/lapor/",
        {"uraian": "Rapat evaluasi triwulanan.", "status": "dalam_proses", "rencana_aksi": "Rapat"},
    )
    page = insp.get(URL + "lhe/").content.decode()
    assert "Menunggu verifikasi Inspektorat" in page
    insp.post(URL + f"lhe/rekomendasi/{rek.pk}/verifikasi/", {"keputusan": "diterima"})
    rek.refresh_from_db()
    assert (rek.tindak_lanjut, rek.status) == ("Rapat evaluasi triwulanan.", "dalam_proses")
    assert [a.uraian for a in rek.rencana_aksi.all()] == ["Rapat"]
    # The follow-up the OPD entered, once accepted, is the next year's Tabel 10.
    tabel = tindak_lanjut(snapshot.build(evaluasi.opd, 2023))
    assert tabel.judul == "Tindak Lanjut Evaluasi SAKIP Tahun 2022"
    assert tabel.baris[tabel.baris.index(["", "PENGUKURAN KINERJA", "", "", ""]) + 1] == [
        "1",
        "Manfaatkan hasil pengukuran.",
        "Rapat evaluasi triwulanan.",
        "Rapat",
        "Dalam proses",
    ]
    berkas = opd.get(URL + "lhe.docx")
    assert berkas.status_code == 200
    d = docx.Document(io.BytesIO(berkas.content))
    teks = "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for c in t._cells])
    assert "Manfaatkan hasil pengukuran." in teks
    assert "Bontang, 15 Maret 2023" in teks


def test_the_evaluator_writes_a_working_note_and_assigns_a_part(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    pemda = evaluasi.opd.pemda
    with perubahan(inspektur, "Buka", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA)
    c = _masuk(inspektur)
    c.post(URL + "1.b/", {"kertas-1.b.2": "Uji SMART: 3 dari 5 IKU.", "kertas-bukti-1.b.2": "IKU"})
    k = KertasKerja.objects.get(evaluasi=evaluasi)
    assert (k.kriteria, k.catatan, k.bukti) == ("1.b.2", "Uji SMART: 3 dari 5 IKU.", "IKU")
    c.post(URL + "1.b/", {"tugaskan": "1", "penilai": str(inspektur.pk), "unit_penilai": "Bappeda"})
    t = PenugasanPenilai.objects.get(evaluasi=evaluasi)
    assert (t.subkomponen, t.penilai, t.unit_penilai) == ("1.b", inspektur, "Bappeda")
    with perubahan(inspektur, "Tutup", pemda_id=pemda.pk) as sesi:
        layanan.atur_jendela(sesi, pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DITUTUP)
    assert "Penilaian oleh Inspektorat, ditutup" in c.get(URL + "snapshot/").content.decode()
