"""The pohon kinerja: derived from the data, copied to a new year, reviewed, crosscutting.

Kecamatan Bontang Barat 2022 (the reference report): its four sasaran each support an RPJMD
sasaran and carry one IKU; its programs hang under the sasaran they are attributed to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from sakip.alur.layanan import Ditolak
from sakip.alur.models import Peran
from sakip.kinerja import models as m
from sakip.pohon import layanan
from sakip.pohon.models import PohonKinerja, SimpulPohon
from tests.conftest import KODE_BONTANG

TAHUN = 2022


@pytest.fixture
def opd(demo: Path) -> m.PerangkatDaerah:
    return m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)


def _pengguna(nama: str, jenis: str, opd: m.PerangkatDaerah) -> Any:
    user = get_user_model().objects.create_user(nama)
    Peran.objects.create(user=user, jenis=jenis, pemda=opd.pemda, opd=opd)
    return user


def _pohon(opd: m.PerangkatDaerah) -> PohonKinerja:
    return layanan.isi_dari_data(opd, TAHUN, None)


def test_the_tree_derived_from_the_data_runs_from_rpjmd_to_sub_kegiatan(
    opd: m.PerangkatDaerah,
) -> None:
    pohon = _pohon(opd)

    jenis = list(pohon.simpul.values_list("jenis", flat=True))
    akar = pohon.simpul.filter(induk=None)
    assert {s.jenis for s in akar} == {"sasaran_pemda"}
    assert jenis.count("sasaran") == 4 and jenis.count("indikator") == 4
    iku1 = pohon.simpul.get(jenis="indikator", rujukan="IKU1")
    assert iku1.induk is not None and iku1.induk.jenis == "sasaran"
    assert iku1.induk.induk is not None and iku1.induk.induk.jenis == "sasaran_pemda"
    sub = pohon.simpul.filter(jenis="sub_kegiatan").first()
    assert sub is not None and sub.induk.jenis == "kegiatan"
    assert sub.induk.induk.jenis == "program"
    # A second fill keeps the tree as it is.
    assert layanan.isi_dari_data(opd, TAHUN, None).simpul.count() == len(jenis)


def test_the_copy_to_a_new_year_keeps_every_node_and_is_safe_to_run_twice(
    opd: m.PerangkatDaerah,
) -> None:
    asal = _pohon(opd)
    call_command("pohon-salin", opd=KODE_BONTANG, dari=TAHUN, ke=TAHUN + 1)
    call_command("pohon-salin", opd=KODE_BONTANG, dari=TAHUN, ke=TAHUN + 1)

    salinan = PohonKinerja.objects.get(opd=opd, tahun=TAHUN + 1)

    def bentuk(p: PohonKinerja) -> list[tuple[str, str, str | None]]:
        return sorted(
            (s.jenis, s.rujukan, s.induk.rujukan if s.induk else None) for s in p.simpul.all()
        )

    assert bentuk(salinan) == bentuk(asal)
    assert salinan.status == "draf"


def test_the_review_goes_from_the_perencana_to_the_kepala(opd: m.PerangkatDaerah) -> None:
    perencana = _pengguna("perencana-uji", Peran.PERENCANA, opd)
    kepala = _pengguna("kepala-uji", Peran.KEPALA, opd)
    pohon = _pohon(opd)

    layanan.ajukan(pohon, perencana)
    assert pohon.status == "diajukan"
    simpul = pohon.simpul.first()
    assert simpul is not None
    simpul.uraian = "Diubah setelah diajukan"
    with pytest.raises(Ditolak, match="berstatus Diajukan"):
        layanan.save_simpul(simpul, ["uraian"], perencana)
    with pytest.raises(Ditolak, match="hanya kepala"):
        layanan.putuskan(pohon, "disetujui", "", perencana)
    with pytest.raises(Ditolak, match="catatan"):
        layanan.putuskan(pohon, "ditolak", " ", kepala)

    layanan.putuskan(pohon, "ditolak", "IKU3 belum terhubung ke program.", kepala)
    pohon.refresh_from_db()
    assert pohon.status == "ditolak"
    assert pohon.reviu_terakhir().catatan == "IKU3 belum terhubung ke program."

    # Refused: the perencana re-links a node and submits again; the kepala approves.
    program = pohon.simpul.filter(jenis="program").first()
    iku3 = pohon.simpul.get(rujukan="IKU3")
    assert program is not None
    program.induk = iku3
    layanan.save_simpul(program, ["induk"], perencana)
    layanan.ajukan(pohon, perencana)
    layanan.putuskan(pohon, "disetujui", "", kepala)
    pohon.refresh_from_db()
    assert (pohon.status, pohon.putaran) == ("disetujui", 2)
    assert SimpulPohon.objects.get(pk=program.pk).induk_id == iku3.pk


def test_a_node_cannot_become_its_own_descendant(opd: m.PerangkatDaerah) -> None:
    pohon = _pohon(opd)
    sasaran = pohon.simpul.get(rujukan="IKU1").induk
    iku1 = pohon.simpul.get(rujukan="IKU1")
    sasaran.induk = iku1
    with pytest.raises(Ditolak, match="induknya"):
        layanan.save_simpul(sasaran, ["induk"], None)


def test_crosscutting_is_requested_by_one_opd_and_answered_by_the_other(
    opd: m.PerangkatDaerah,
) -> None:
    lain = m.PerangkatDaerah.objects.create(
        pemda=opd.pemda, kode="7.01.0.00.0.00.31.0000", nama="Kecamatan Uji", jenis="kecamatan"
    )
    perencana = _pengguna("perencana-uji", Peran.PERENCANA, opd)
    perencana_lain = _pengguna("perencana-lain", Peran.PERENCANA, lain)
    simpul = _pohon(opd).simpul.get(rujukan="IKU4")

    permintaan = layanan.minta_crosscutting(simpul, lain, "Ketertiban lintas wilayah.", perencana)
    assert permintaan.status == "diajukan"
    with pytest.raises(Ditolak, match="hanya perencana"):
        layanan.jawab_crosscutting(permintaan, "diterima", "", perencana)
    with pytest.raises(Ditolak, match="catatan"):
        layanan.jawab_crosscutting(permintaan, "ditolak", "", perencana_lain)

    layanan.jawab_crosscutting(permintaan, "ditolak", "Bukan wilayah kami.", perencana_lain)
    permintaan.refresh_from_db()
    assert (permintaan.status, permintaan.jawaban.catatan) == ("ditolak", "Bukan wilayah kami.")
    layanan.jawab_crosscutting(permintaan, "diterima", "Setelah rapat koordinasi.", perencana_lain)
    permintaan.refresh_from_db()
    assert permintaan.status == "diterima"


def test_the_tree_runs_down_to_the_positions_rencana_aksi_and_copies_them(dinas: Path) -> None:
    from sakip.kaskade import models as k
    from tests.conftest import KODE_DINAS

    opd = m.PerangkatDaerah.objects.get(kode=KODE_DINAS)
    pohon = layanan.isi_dari_data(opd, 2023, None)
    aksi = pohon.simpul.filter(jenis="rencana_aksi").select_related("induk")
    # Every action, under each node of its kegiatan (a program serving two sasaran shows twice).
    assert (
        len({s.rujukan for s in aksi})
        == k.RencanaAksiKinerja.objects.filter(jabatan__opd=opd).count()
    )
    renja = aksi.filter(rujukan="kasubag-renkeu/2.15.01.2.01/1").first()
    assert renja is not None
    assert renja.uraian == "Penyusunan Renja dan RKA Dinas"
    assert (renja.induk.jenis, renja.induk.rujukan) == ("kegiatan", "2.15.01.2.01")
    # Copied with the tree: the next year's actions of the same name are linked by it.
    salinan = layanan.salin(opd, 2023, 2024, None)
    assert salinan.simpul.filter(jenis="rencana_aksi").count() == aksi.count()
