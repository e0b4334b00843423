"""The one door for the cascade: the holder enters, the holder above verifies, others refused."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from sakip.alur.layanan import Ditolak, perubahan
from sakip.alur.models import DokumenTertanda, Peran
from sakip.kaskade import models as k
from sakip.kinerja import models as m
from tests.conftest import KODE_BONTANG


@pytest.fixture
def aksi(demo: Path) -> k.PeriodeRencanaAksi:
    """Return March of a rencana aksi of the Kasi Pemberdayaan Masyarakat's kegiatan."""
    ind = k.IndikatorPKJabatan.objects.get(pk_jabatan__jabatan__kode="kasi-pm", kode="7.01.03.2.03")
    with perubahan(None, "uji") as sesi:
        ra = k.RencanaAksiKinerja(
            indikator=ind, uraian="Rapat lembaga", jabatan=ind.pk_jabatan.jabatan, bobot=100
        )
        sesi.save(ra)
        bulan = k.PeriodeRencanaAksi(rencana_aksi=ra, periode="3", target=Decimal(1))
        sesi.save(bulan)
    return bulan


def _pengguna(nama: str, jabatan: str | None = None, **peran: str) -> object:
    user = get_user_model().objects.create_user(nama)
    if jabatan:
        j = k.Jabatan.objects.get(kode=jabatan)
        k.PenggunaJabatan.objects.create(user=user, jabatan=j)
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    for jenis in peran.values():
        Peran.objects.create(user=user, jenis=jenis, pemda=opd.pemda, opd=opd)
    return user


def _isi(user: object, obj: k.PeriodeRencanaAksi, fields: list[str]) -> None:
    with perubahan(user, "uji", opd_id=obj.rencana_aksi.jabatan.opd_id) as sesi:
        sesi.save(obj, fields)


def test_the_holder_enters_the_months_realisation(aksi: k.PeriodeRencanaAksi) -> None:
    kasi = _pengguna("kasi", "kasi-pm")
    aksi.realisasi, aksi.bukti = Decimal(1), "Notula rapat"
    _isi(kasi, aksi, ["realisasi", "bukti"])
    aksi.refresh_from_db()
    assert (aksi.realisasi, aksi.bukti) == (Decimal(1), "Notula rapat")


def test_it_refuses_another_position_and_the_holders_own_targets(
    aksi: k.PeriodeRencanaAksi,
) -> None:
    lain = _pengguna("kasi-lain", "kasi-trantib")
    aksi.realisasi = Decimal(1)
    with pytest.raises(Ditolak, match="Kepala Seksi Pemberdayaan Masyarakat"):
        _isi(lain, aksi, ["realisasi"])
    kasi = _pengguna("kasi", "kasi-pm")
    aksi.target = Decimal(5)
    with pytest.raises(Ditolak):
        _isi(kasi, aksi, ["target"])
    aksi.refresh_from_db()
    assert (aksi.target, aksi.realisasi) == (Decimal(1), None)


def test_the_holder_above_verifies_and_then_the_holder_may_not_change_it(
    aksi: k.PeriodeRencanaAksi,
) -> None:
    kasi, camat = _pengguna("kasi", "kasi-pm"), _pengguna("pak-camat", "camat")
    aksi.realisasi = Decimal(1)
    _isi(kasi, aksi, ["realisasi"])
    # The Camat verifies what the Kasi entered, but does not enter it himself.
    aksi.realisasi = Decimal(2)
    with pytest.raises(Ditolak):
        _isi(camat, aksi, ["realisasi"])
    aksi.refresh_from_db()
    aksi.status = k.StatusIsian.DIVERIFIKASI
    _isi(camat, aksi, ["status", "catatan_verifikasi"])
    aksi.realisasi = Decimal(0)
    with pytest.raises(Ditolak, match="sudah diverifikasi"):
        _isi(kasi, aksi, ["realisasi"])
    aksi.refresh_from_db()
    assert (aksi.status, aksi.realisasi) == ("diverifikasi", Decimal(1))


def test_only_the_perencana_plans_the_actions(aksi: k.PeriodeRencanaAksi) -> None:
    kasi = _pengguna("kasi", "kasi-pm")
    perencana = _pengguna("rencana", perencana=Peran.PERENCANA)
    new = k.RencanaAksiKinerja(
        indikator=aksi.rencana_aksi.indikator,
        uraian="Aksi kedua",
        jabatan=aksi.rencana_aksi.jabatan,
        bobot=Decimal(50),
    )
    with pytest.raises(Ditolak, match="perencana"), perubahan(kasi, "uji") as sesi:
        sesi.save(new)
    with perubahan(perencana, "uji") as sesi:
        sesi.save(new)
    assert k.RencanaAksiKinerja.objects.filter(uraian="Aksi kedua").exists()


def test_a_signed_year_refuses_even_the_holder(aksi: k.PeriodeRencanaAksi) -> None:
    kasi = _pengguna("kasi", "kasi-pm")
    DokumenTertanda.objects.create(
        opd=m.PerangkatDaerah.objects.get(kode=KODE_BONTANG),
        tahun=2022,
        jenis="lkjip",
        format="html",
        isi=b"<p>LKjIP</p>",
        oleh=kasi,
    )
    aksi.realisasi = Decimal(1)
    with pytest.raises(Ditolak, match="sudah ditandatangani"):
        _isi(kasi, aksi, ["realisasi"])


def test_a_position_with_subordinates_or_pks_is_not_deleted(demo: Path) -> None:
    camat = k.Jabatan.objects.get(kode="camat")
    assert camat.bawahan.exists() and k.PerjanjianKinerjaJabatan.objects.filter(jabatan=camat)
    with pytest.raises(Ditolak) as exc, perubahan(None, "uji") as sesi:
        sesi.delete(camat)
    teks = str(exc.value)
    assert "masih menjadi atasan" in teks and "pindahkan bawahannya" in teks
    assert "masih dipakai oleh Perjanjian Kinerja 2022" in teks
    assert "Perjanjian Kinerja tahun 2022 dibuat untuk jabatan ini" in teks
    assert k.Jabatan.objects.filter(kode="camat").exists()

    # A position nobody reports to and no PK names is deleted.
    with perubahan(None, "uji") as sesi:
        new = k.Jabatan(opd=camat.opd, kode="staf-baru", nama="Pengadministrasi", induk=camat)
        new.tingkat = k.Jabatan.TINGKAT[-1][0]
        sesi.save(new)
    with perubahan(None, "uji") as sesi:
        sesi.delete(k.Jabatan.objects.get(kode="staf-baru"))
    assert not k.Jabatan.objects.filter(kode="staf-baru").exists()


def test_the_positions_stay_a_tree(demo: Path) -> None:
    camat = k.Jabatan.objects.get(kode="camat")
    bawah = k.Jabatan.objects.filter(induk__induk=camat).first()
    assert bawah is not None
    for atasan, pesan in ((camat, "atasannya sendiri"), (bawah, "salah satu bawahan")):
        camat.induk = atasan
        with pytest.raises(Ditolak) as exc, perubahan(None, "uji") as sesi:
            sesi.save(camat, ["induk"])
        assert pesan in str(exc.value)
    assert k.Jabatan.objects.get(kode="camat").induk is None


def test_removing_a_whole_opd_takes_its_positions_along(demo: Path) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    with perubahan(None, "uji") as sesi:
        assert not [p for p in sesi.delete_reason([opd]) if isinstance(p.obj, k.Jabatan)], (
            "the position rule must not refuse the positions an OPD's removal takes along"
        )


def test_an_indicator_a_lower_position_supports_is_not_deleted(demo: Path) -> None:
    all_items = list(k.IndikatorPKJabatan.objects.all())
    berinduk = {i.induk_id for i in all_items}
    # An indicator supported only by indicators that none supports.
    anak = next(
        i
        for i in all_items
        if i.induk_id is not None
        and all(j.pk not in berinduk for j in all_items if j.induk_id == i.induk_id)
    )
    induk = k.IndikatorPKJabatan.objects.get(pk=anak.induk_id)
    with pytest.raises(Ditolak) as exc, perubahan(None, "uji") as sesi:
        sesi.delete(induk)
    assert f"masih didukung oleh indikator {anak.kode}" in str(exc.value)
    assert k.IndikatorPKJabatan.objects.filter(pk=induk.pk).exists()
    # With every indicator supporting it, it goes.
    with perubahan(None, "uji") as sesi:
        for ind in k.IndikatorPKJabatan.objects.filter(induk=induk):
            sesi.delete(ind)
        sesi.delete(induk)
    assert not k.IndikatorPKJabatan.objects.filter(pk=induk.pk).exists()


def test_two_terms_of_a_position_do_not_start_the_same_day(demo: Path) -> None:
    camat = k.Jabatan.objects.get(kode="camat")
    (anwar,) = camat.pemegang.all()
    assert anwar.mulai is None
    kedua = k.PemegangJabatan(jabatan=camat, nama="PLT CONTOH", status=k.PemegangJabatan.PLT)
    with pytest.raises(Ditolak) as exc, perubahan(None, "uji") as sesi:
        sesi.save(kedua)
    assert "ANWAR SADAT, SP juga memegang jabatan ini tanpa tanggal mulai" in str(exc.value)
    kedua.mulai = datetime.date(2022, 8, 1)
    with perubahan(None, "uji") as sesi:
        sesi.save(kedua)
    anwar.nama = "ANWAR SADAT, S.P."
    with perubahan(None, "uji") as sesi:
        sesi.save(anwar, ["nama"])  # its own term is no other
    assert camat.pemegang.count() == 2
