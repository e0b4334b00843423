"""Public pages: only what is public and signed, the tables of `sakip tables`, no write."""

from __future__ import annotations

import re

from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from sakip.alur.models import DokumenTertanda, Periode, Transisi
from sakip.core.tables import all_tabel
from sakip.core.tables.export import as_dict, tables_csv, teks, to_json
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.publik import register
from sakip.publik.models import DokumenSakip, TokenApi
from sakip.riwayat.models import Perubahan

from .conftest import OPD, TAHUN, tanda, upload

PAGES = f"/publik/{OPD}/{TAHUN}/"


def _tabel(key: str):  # type: ignore[no-untyped-def]
    s = snapshot.build(snapshot.choose_opd(OPD), TAHUN)
    return next(t for t in all_tabel(s) if t.key == key)


def test_nothing_unpublished_is_visible(opd: m.PerangkatDaerah, pengguna) -> None:  # type: ignore[no-untyped-def]
    tidak_publik = upload(opd, opd.pemda)
    belum_tanda = upload(opd, opd.pemda, jenis="iku", nama="iku.pdf", ditandatangani=False)
    # Flagged public by another way than the register's functions: still not signed.
    DokumenSakip.objects.filter(pk=belum_tanda.pk).update(publik=True)
    (lkjip,) = tanda(opd)
    register.atur_publik_tertanda(pengguna("perencana"), lkjip, True)
    DokumenTertanda.objects.filter(pk=lkjip.pk).update(dicabut=True)  # the year reopened
    anonim = Client()
    beranda = anonim.get("/publik/").content.decode()
    assert "Belum ada dokumen yang dipublikasikan." in beranda
    assert anonim.get(PAGES).status_code == 404
    for dok in DokumenSakip.objects.all():
        assert anonim.get(f"/publik/dokumen/{dok.pk}/").status_code == 404
    for key in ("pk", "iku", "capaian"):
        assert anonim.get(f"{PAGES}tabel/{key}.csv").status_code == 404
    assert tidak_publik.pk and belum_tanda.pk


def test_a_published_lkjip_shows_the_iku_results_of_sakip_tables(
    opd: m.PerangkatDaerah, pengguna
) -> None:  # type: ignore[no-untyped-def]
    (lkjip,) = tanda(opd)
    dok = register.atur_publik_tertanda(pengguna("perencana"), lkjip, True)
    upload(opd, opd.pemda)  # signed, not public
    anonim = Client()
    r = anonim.get(PAGES)
    assert r.status_code == 200
    html = r.content.decode()
    assert "<form" not in html
    assert f"/publik/dokumen/{dok.pk}/" in html
    assert "Dokumen renstra" not in html
    capaian = _tabel("capaian")
    assert f"Tabel {capaian.nomor}. {capaian.judul}" in html
    for row in capaian.baris:
        for v, k in zip(row, capaian.kolom, strict=True):
            if k.jenis != "teks":
                assert f">{teks(v, k.jenis)}<" in html
    # The PK is not published: its table is not shown, nor downloadable.
    assert f"Tabel {_tabel('pk').nomor}." not in html
    assert anonim.get(f"{PAGES}tabel/pk.json").status_code == 404
    # The downloads are the tables command's serialisation of the same table.
    csv = anonim.get(f"{PAGES}tabel/capaian.csv")
    assert csv.content.decode() == tables_csv([capaian])
    js = anonim.get(f"{PAGES}tabel/capaian.json")
    assert js.content.decode() == to_json(as_dict(capaian))
    assert anonim.get(f"/publik/dokumen/{dok.pk}/").content == bytes(lkjip.isi)
    assert opd.nama in anonim.get("/publik/").content.decode()


def test_a_published_pk_shows_its_table(opd: m.PerangkatDaerah) -> None:
    upload(opd, opd.pemda, jenis="pk", nama="pk.pdf", publik=True)
    html = Client().get(PAGES).content.decode()
    pk = _tabel("pk")
    assert f"Tabel {pk.nomor}. {pk.judul}" in html
    assert "Capaian Kinerja Tahun" not in html


def _isi_parameter(rute: str, opd: m.PerangkatDaerah) -> str:
    nilai = {
        "kode": opd.kode,
        "pemda": opd.pemda.kode,
        "tahun": str(TAHUN),
        "unit": "7.01.0.00.0.00.30.0001",
        "tw": "4",
        "aksi": "ajukan",
        "jenis": "lkjip",
        "fmt": "pdf",
        "slug": "indikator",
        "kunci": "capaian",
    }
    isi = re.sub(r"<(?:\w+:)?(\w+)>", lambda c: nilai.get(c.group(1), "1"), rute)
    if rute.startswith("pemda/"):
        isi = isi.replace(opd.kode, opd.pemda.kode)
    return "/" + isi


def _rute(patterns: list[URLPattern | URLResolver], awal: str = "") -> list[str]:
    result: list[str] = []
    for p in patterns:
        if isinstance(p, URLResolver):
            result += _rute(p.url_patterns, awal + str(p.pattern))
        else:
            result.append(awal + str(p.pattern))
    return result


def _total() -> dict[str, int]:
    model: tuple[type[Model], ...] = (
        Perubahan,
        DokumenSakip,
        TokenApi,
        DokumenTertanda,
        Periode,
        Transisi,
    )
    return {mdl.__name__: mdl._default_manager.count() for mdl in model}


def test_no_write_is_reachable_without_login(opd: m.PerangkatDaerah) -> None:
    upload(opd, opd.pemda, publik=True)
    sebelum = _total()
    anonim = Client()
    dicoba = 0
    for rute in _rute(get_resolver().url_patterns):
        if rute in ("masuk/", "keluar/"):
            continue  # signing in and out are what a visitor may do
        url = _isi_parameter(rute, opd)
        r = anonim.post(url, {"alasan": "uji", "publik": "1", "catatan": "uji"})
        dicoba += 1
        if r.status_code == 302:
            assert r["Location"].startswith("/masuk/"), url
        else:
            assert r.status_code in (401, 403, 404, 405), (url, r.status_code)
    assert dicoba > 40
    assert _total() == sebelum
