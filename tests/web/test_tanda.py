"""The checklist before signing: quarters and checks shown, a reason needed for open items."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from sakip.alur.models import DokumenTertanda, Periode
from sakip.kinerja import models as m

from .conftest import BELIMBING, TAHUN, url_entri, url_opd

CHECK = url_opd("laporan/lkjip/periksa/")
TANDA = url_opd("laporan/lkjip/tandatangani/")
ALASAN = "Batas waktu penyampaian LKjIP; isian Belimbing menyusul."


def test_the_checklist_lists_every_unit_quarter_and_the_checks(
    login: Callable[[str], Client],
) -> None:
    html = login("camat").get(CHECK).content.decode()
    assert "16 belum dikunci" in html
    assert "3 galat" in html
    assert "Butir terbuka (19)" in html
    assert html.count('class="lencana st-draft"') == 16
    assert 'name="alasan"' in html


def test_only_the_head_opens_the_checklist(login: Callable[[str], Client]) -> None:
    for persona in ("perencana", "op-kanaan", "inspektorat", "admin"):
        assert login(persona).get(CHECK).status_code == 403, persona


def test_signing_with_open_items_needs_a_reason_and_stores_it(
    login: Callable[[str], Client],
) -> None:
    camat = login("camat")
    r = camat.post(TANDA, {"alasan": " "}, follow=True)
    assert "masih ada 19 butir terbuka; tulis alasan menandatangani" in r.content.decode()
    assert not DokumenTertanda.objects.exists()
    camat.post(TANDA, {"alasan": ALASAN})
    dokumen = DokumenTertanda.objects.filter(jenis="lkjip", tahun=TAHUN)
    assert dokumen.count() == 3
    alasan = dokumen.first().alasan_tanda
    assert alasan.startswith(ALASAN + "\n\nButir terbuka:\n")
    assert "Kelurahan Belimbing triwulan IV 2022: Draf" in alasan
    assert (
        "Ditandatangani dengan butir terbuka"
        in camat.get(url_opd("laporan/lkjip/")).content.decode()
    )


def test_nothing_open_signs_without_a_reason(login: Callable[[str], Client]) -> None:
    for u in m.UnitKerja.objects.filter(opd__kode="7.01.0.00.0.00.30.0000"):
        for q in (1, 2, 3, 4):
            Periode.objects.update_or_create(
                unit=u, tahun=TAHUN, triwulan=q, defaults={"status": Periode.DIKUNCI}
            )
    # The PK targets that differ from the Renstra are the demo's three errors: align them.
    for t in m.TargetPK.objects.filter(pk_dokumen__tahun=TAHUN).select_related("indikator"):
        renstra = m.TargetRenstra.objects.filter(indikator=t.indikator, tahun=TAHUN).first()
        if renstra is not None:
            m.TargetPK.objects.filter(pk=t.pk).update(nilai=renstra.nilai)
    # ... and the 2020 evaluation whose stated total is one hundredth off its components.
    m.EvaluasiSakip.objects.filter(tahun=2020).update(nilai=Decimal("64.15"))
    camat = login("camat")
    assert "Butir terbuka" not in camat.get(CHECK).content.decode()
    camat.post(TANDA)
    assert DokumenTertanda.objects.filter(jenis="lkjip", alasan_tanda="").count() == 3


def test_after_signing_no_workflow_button_is_offered(login: Callable[[str], Client]) -> None:
    login("camat").post(TANDA, {"alasan": ALASAN})
    html = login("op-belimbing").get(url_entri(BELIMBING)).content.decode()
    assert 'data-aksi="ajukan"' not in html
    assert "LKjIP 2022 telah ditandatangani" in html
    assert login("op-belimbing").get(url_entri(BELIMBING) + "ajukan/").status_code == 200
    assert (
        "tidak dapat diajukan"
        in login("op-belimbing").get(url_entri(BELIMBING) + "ajukan/").content.decode()
    )


def test_the_checklist_lists_what_changed_since_the_last_signing(
    login: Callable[[str], Client],
) -> None:
    camat = login("camat")
    assert "belum pernah ditandatangani" in camat.get(CHECK).content.decode()
    camat.post(TANDA, {"alasan": ALASAN})
    camat.post(url_opd("buka/"), {"alasan": "Koreksi nilai aset"})
    aset = m.Aset.objects.filter(opd__kode="7.01.0.00.0.00.30.0000", tahun=TAHUN).first()
    assert aset is not None
    data = {"jenis": aset.jenis, "nilai": "1.234.567,89", "urutan": aset.urutan, "token": "0"}
    r = login("perencana").post(url_opd(f"data/aset/{aset.pk}/"), {**data, "alasan": "Koreksi"})
    assert r.status_code == 302
    html = camat.get(CHECK).content.decode()
    assert "1 perubahan" in html
    assert re.search(rf"<strong>Diubah</strong> [^<]*{aset.jenis}", html)
    assert "<li>Nilai: " in html and "1.234.567,89</li>" in html
