"""The read-only API: a valid token reads the same figures as `sakip tables`; others are refused."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client

from sakip.kinerja import models as m
from sakip.publik import token as tokens
from sakip.publik.models import TokenApi

from .conftest import OPD, TAHUN, upload

TABEL = f"/api/v1/opd/{OPD}/{TAHUN}/tabel/"


def _get(url: str, rahasia: str | None) -> tuple[int, dict[str, object] | bytes]:
    kepala = {"HTTP_AUTHORIZATION": f"Bearer {rahasia}"} if rahasia else {}
    r = Client().get(url, **kepala)
    return r.status_code, json.loads(r.content) if r.status_code != 200 else r.content


@pytest.fixture
def lain(opd: m.PerangkatDaerah) -> m.PerangkatDaerah:
    """A second OPD of the same Pemda."""
    return m.PerangkatDaerah.objects.create(
        pemda=opd.pemda, kode="7.01.0.00.0.00.31.0000", nama="Kecamatan Lain", jenis="Kecamatan"
    )


def test_a_valid_token_reads_exactly_what_sakip_tables_prints(opd: m.PerangkatDaerah) -> None:
    _, rahasia = tokens.create("Dasbor provinsi", opd.pemda)
    out = io.StringIO()
    call_command("tables", year=TAHUN, opd=OPD, format="json", stdout=out)
    status, isi = _get(TABEL, rahasia)
    assert status == 200
    assert isi == out.getvalue().encode()
    capaian = next(t for t in json.loads(isi)["tables"] if t["key"] == "capaian")
    assert capaian["title"] == "Capaian Kinerja Tahun 2022"


def test_it_refuses_a_request_without_a_valid_token(opd: m.PerangkatDaerah) -> None:
    _, rahasia = tokens.create("Klien", opd.pemda)
    assert _get(TABEL, None)[0] == 401
    assert _get(TABEL, "sakip_salah")[0] == 401
    assert _get(TABEL, rahasia[:-1])[0] == 401
    r = Client().get(TABEL, HTTP_AUTHORIZATION=f"Token {rahasia}")
    assert r.status_code == 401
    assert r["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused(opd: m.PerangkatDaerah) -> None:
    token, rahasia = tokens.create("Klien", opd.pemda)
    assert _get(TABEL, rahasia)[0] == 200
    tokens.cabut(token)
    status, isi = _get(TABEL, rahasia)
    assert (status, isi) == (401, {"galat": "Token tidak dikenal atau sudah dicabut."})


def test_a_token_of_one_opd_cannot_read_another(
    opd: m.PerangkatDaerah, lain: m.PerangkatDaerah
) -> None:
    _, rahasia = tokens.create("Klien OPD lain", opd.pemda, lain)
    assert _get(TABEL, rahasia)[0] == 404
    assert _get(f"/api/v1/dokumen/{TAHUN}/?opd={OPD}", rahasia)[0] == 404
    status, isi = _get("/api/v1/opd/", rahasia)
    assert json.loads(isi)["opd"] == [{"kode": lain.kode, "nama": "Kecamatan Lain"}]  # type: ignore[arg-type]


def test_a_pemda_token_lists_its_opds_and_the_register(
    opd: m.PerangkatDaerah, lain: m.PerangkatDaerah
) -> None:
    dok = upload(opd, opd.pemda)
    _, rahasia = tokens.create("Klien", opd.pemda)
    status, isi = _get("/api/v1/opd/", rahasia)
    assert [o["kode"] for o in json.loads(isi)["opd"]] == [OPD, lain.kode]  # type: ignore[arg-type]
    status, isi = _get(f"/api/v1/dokumen/{TAHUN}/", rahasia)
    (d,) = json.loads(isi)["dokumen"]  # type: ignore[arg-type]
    assert (d["jenis"], d["opd"], d["sha256"], d["berkas"]) == (
        "renstra",
        OPD,
        dok.sha256,
        "renstra.pdf",
    )
    # A token scoped to the other OPD sees none of it.
    _, lain_rahasia = tokens.create("Klien lain", opd.pemda, lain)
    status, isi = _get(f"/api/v1/dokumen/{TAHUN}/", lain_rahasia)
    assert json.loads(isi)["dokumen"] == []  # type: ignore[arg-type]


def test_the_api_only_reads(opd: m.PerangkatDaerah) -> None:
    _, rahasia = tokens.create("Klien", opd.pemda)
    for metode in ("post", "put", "delete"):
        r = getattr(Client(), metode)(TABEL, HTTP_AUTHORIZATION=f"Bearer {rahasia}")
        assert r.status_code == 405


def test_the_command_makes_lists_and_revokes_tokens(opd: m.PerangkatDaerah) -> None:
    out = io.StringIO()
    call_command("api-token", "buat", "--nama", "Portal data", "--opd", OPD, stdout=out)
    rahasia = out.getvalue().strip().splitlines()[-1]
    token = TokenApi.objects.get()
    assert token.hash_rahasia == TokenApi.hash(rahasia) and rahasia not in token.hash_rahasia
    assert (token.opd_id, token.pemda_id) == (opd.pk, opd.pemda_id)
    assert _get(TABEL, rahasia)[0] == 200
    out = io.StringIO()
    call_command("api-token", "daftar", stdout=out)
    assert f"{token.awalan}  Portal data  {OPD}" in out.getvalue()
    assert "aktif" in out.getvalue()
    call_command("api-token", "cabut", token.awalan, stdout=io.StringIO())
    token.refresh_from_db()
    assert token.dicabut is not None
    assert _get(TABEL, rahasia)[0] == 401


def test_a_tokens_prefix_can_always_be_named_on_the_command_line(opd: m.PerangkatDaerah) -> None:
    # A URL-safe token began with "-" one time in 64, and `api-token cabut -x…` read an option.
    for _ in range(3):
        token, rahasia = tokens.create("Klien", opd.pemda)
        acak = rahasia.removeprefix(tokens.AWALAN)
        assert len(acak) == 64 and set(acak) <= set("0123456789abcdef")
        assert token.awalan == acak[:8]
