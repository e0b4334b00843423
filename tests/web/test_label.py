"""Every page, as every demo user, shows no English default label and no internal key."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.test import Client

from sakip.web.jenis import per_tingkat

from .conftest import BELIMBING, KANAAN, OPD, PERSONAS, url_entri, url_opd

PEMDA = "/pemda/64.74/"

# Django's English defaults, field names shown as labels, raw keys and command names.
POLA = re.compile(
    r">\s*(User|Opd|Pk dokumen|Kepala nip|Kepala nama|Kepala jabatan|Berlaku mulai)\s*<"
    r"|This field is required|Select a valid choice|Enter a number"
    r"|>\s*(True|False|None)\s*<|Lengkap False"
    r"|\bv1\.[a-z_]+\.[a-z_]+|\[\[[a-z_]+\]\]|sakip import-profile"
)


def _page() -> list[str]:
    listing = ["/", "/tugas/", url_opd(), url_opd("pohon/"), url_opd("alur/")]
    listing += [url_entri(u) for u in (OPD, KANAAN, BELIMBING)]
    listing += [url_entri(KANAAN) + "ajukan/", url_opd("laporan/lkjip/periksa/")]
    # The report pages (paragraph editor) are walked by the documents' own tests.
    listing += [url_opd("data/")] + [url_opd(f"data/{j.slug}/") for j in per_tingkat("opd")]
    listing += [url_opd(f"data/{j.slug}/baru/") for j in per_tingkat("opd")]
    listing += [PEMDA + "data/", PEMDA + "pengguna/", f"/impor/{OPD}/2022/"]
    listing += [PEMDA + f"data/{j.slug}/" for j in per_tingkat("pemda")]
    listing += [PEMDA + f"data/{j.slug}/baru/" for j in per_tingkat("pemda")]
    listing += ["/kendali/64.74/2022/", "/kendali/64.74/token-api/"]
    return listing


def test_no_page_shows_an_english_default_or_a_raw_key(login: Callable[[str], Client]) -> None:
    salah = []
    for persona in PERSONAS:
        client = login(persona)
        for url in _page():
            r = client.get(url)
            if r.status_code != 200:
                continue
            for cocok in POLA.finditer(r.content.decode()):
                salah.append((persona, url, cocok.group(0)))
    assert salah == []


def test_the_iku_form_names_its_standard_in_words(login: Callable[[str], Client]) -> None:
    from sakip.kinerja import models as m

    iku = m.Indikator.objects.get(skala="skm", sasaran__renstra__opd__kode=OPD)
    page = login("perencana").get(url_opd(f"data/indikator/{iku.pk}/")).content.decode()
    assert '<option value="skm" selected>Mutu pelayanan (Survei Kepuasan Masyarakat)' in page
    assert "Standar pembanding" in page
