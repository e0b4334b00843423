"""The LKE pages: the perencana answers and accepts a suggestion, the inspektorat scores and
publishes, the OPD sees the final answers only once published, the Pemda's recap."""

from __future__ import annotations

from typing import Any

from django.test import Client

from sakip.alur.layanan import perubahan
from sakip.lke import layanan
from sakip.lke.models import (
    EvaluasiLke,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
    KertasKerja,
)
from tests.conftest import KODE_BONTANG

URL = f"/lke/{KODE_BONTANG}/2022/"


def _masuk(user: Any) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_the_perencana_answers_and_accepts_a_suggestion(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    c = _masuk(perencana)
    page = c.get(URL + "1.a/")
    assert page.status_code == 200
    assert "Renstra 2021–2026." in page.content.decode()
    assert "Terima saran" in page.content.decode()
    r = c.post(URL + "1.a/", {"terima": "1.a.2"})
    assert r.status_code == 302
    u = JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.a.2")
    assert (u.jawaban, u.catatan) == ("Y", "Saran diterima: Renstra 2021–2026.")
    c.post(URL + "1.a/", {"usulan-1.a.1": "T", "catatan-1.a.1": "Belum ada pedoman."})
    assert JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.a.1").jawaban == "T"
    assert JawabanUsulan.objects.count() == 2


def test_a_refused_answer_is_shown_and_nothing_is_kept(
    evaluasi: EvaluasiLke, perencana: Any
) -> None:
    r = _masuk(perencana).post(URL + "1.a/", {"usulan-1.a.1": "Y", "usulan-1.a.2": "B"})
    assert r.status_code == 200
    assert "jawaban B tidak dikenal" in r.content.decode()
    assert not JawabanUsulan.objects.exists()


def test_the_opd_sees_the_final_answers_only_once_published(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any
) -> None:
    i = _masuk(inspektur)
    i.post(URL + "jendela/", {"jenis": "inspektorat", "status": "dibuka"})
    assert layanan.status_jendela(evaluasi.opd.pemda_id, 2022, JendelaLke.INSPEKTORAT) == "dibuka"
    i.post(URL + "1.a/", {"penetapan-1.a.1": "T", "catatan-penetapan-1.a.1": "Tidak ada."})
    assert JawabanPenetapan.objects.get(evaluasi=evaluasi).jawaban == "T"
    p = _masuk(perencana)
    assert "Nilai penetapan" not in p.get(URL).content.decode()
    assert p.post(URL + "terbit/", {"terbit": "1"}).status_code == 403
    i.post(URL + "terbit/", {"terbit": "1"})
    assert "Nilai penetapan" in p.get(URL).content.decode()


def test_the_recap_shows_every_opds_total(evaluasi: EvaluasiLke, inspektur: Any) -> None:
    t = layanan.template_dari(evaluasi)
    # Last year every final answer was the lowest: 0 (D); this year every one the highest: 100.
    lalu = EvaluasiLke.objects.create(
        opd=evaluasi.opd, tahun=2021, template_kode=t.kode, template_versi=t.versi
    )
    JawabanPenetapan.objects.bulk_create(
        JawabanPenetapan(evaluasi=lalu, kriteria=kr.kode, jawaban=t.jenis(kr).kode_pilihan[-1])
        for kr in t.kriteria()
    )
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        for kr in t.kriteria():
            layanan.save_penetapan(sesi, evaluasi, kr.kode, t.jenis(kr).kode_pilihan[0])
    r = _masuk(inspektur).get(f"/lke/rekap/{evaluasi.opd.pemda.kode}/2022/")
    isi = r.content.decode()
    assert r.status_code == 200
    assert "Perencanaan Kinerja</th>" in isi
    assert (
        '<td class="kanan">100,00</td><td>AA</td><td class="kanan">0,00</td>'
        '<td class="kanan">100,00</td>'
    ) in isi


def test_the_working_paper_starts_from_the_data_and_is_kept_only_once_edited(
    evaluasi: EvaluasiLke, inspektur: Any
) -> None:
    i = _masuk(inspektur)
    i.post(URL + "jendela/", {"jenis": "inspektorat", "status": "dibuka"})
    page = i.get(URL + "1.b/").content.decode()
    assert "Diisi awal dari data sakip" in page
    assert "target 2022 Renstra 87,10 vs PK 87,00 (berbeda)." in page
    awal = i.get(URL + "1.b/").context["sub"]["kriteria"]
    isi = {kr["kode"]: kr["kertas_awal"] for kr in awal}
    assert isi["1.b.1"] is None
    # Saving the page with the pre-fill unchanged stores no working note.
    kirim = {"penetapan-1.b.1": "B"}
    kirim |= {f"kertas-{k}": v["catatan"].replace("\n", "\r\n") for k, v in isi.items() if v}
    kirim |= {f"kertas-bukti-{k}": v["bukti"] for k, v in isi.items() if v}
    i.post(URL + "1.b/", kirim)
    assert not KertasKerja.objects.exists()
    # Edited, it is kept, and the page shows the stored note instead of the pre-fill.
    kirim["kertas-1.b.5"] = isi["1.b.5"]["catatan"] + "\nTarget PK IKU1 perlu direviu."
    i.post(URL + "1.b/", kirim)
    k = KertasKerja.objects.get(evaluasi=evaluasi, kriteria="1.b.5")
    assert k.catatan.endswith("Target PK IKU1 perlu direviu.")
    assert KertasKerja.objects.count() == 1
    new = {kr["kode"]: kr for kr in i.get(URL + "1.b/").context["sub"]["kriteria"]}
    assert new["1.b.5"]["kertas_awal"] is None
    assert new["1.b.2"]["kertas_awal"] is not None
