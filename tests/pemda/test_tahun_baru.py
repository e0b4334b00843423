"""`sakip tahun-new`: the PK from the Renstra, codes mapped, nothing of the old year changed."""

from __future__ import annotations

import io
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.core.management import call_command

from sakip.core.checks import run_checks
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.riwayat.models import Perubahan
from tests.conftest import KODE_BONTANG


def _jalankan(*args: str) -> str:
    out = io.StringIO()
    call_command("tahun-baru", *args, stdout=out)
    return out.getvalue()


def _bontang(*extra: str) -> str:
    return _jalankan("--opd", KODE_BONTANG, "--from", "2022", "--to", "2023", *extra)


def _old_tahun() -> list[tuple[object, ...]]:
    """Return every 2022 record the step reads, with its values."""
    return [
        *m.PerjanjianKinerja.objects.filter(tahun=2022).values_list(
            "id", "versi", "tanggal", "pihak_pertama_nama", "pihak_kedua_jabatan"
        ),
        *m.TargetPK.objects.filter(pk_dokumen__tahun=2022).values_list("id", "nilai"),
        *m.ProgramPK.objects.filter(pk_dokumen__tahun=2022).values_list("id", "program"),
        *m.BarisAnggaran.objects.filter(tahun=2022).values_list(
            "id", "tahap", "sub_kegiatan", "kode_sumber", "pagu"
        ),
        *m.AtribusiProgram.objects.filter(tahun=2022).values_list("id", "program", "sasaran"),
    ]


def test_the_new_pk_holds_the_renstra_targets_of_the_new_year(demo: Path) -> None:
    keluaran = _bontang()
    pk = m.PerjanjianKinerja.objects.get(opd__kode=KODE_BONTANG, tahun=2023)
    target = {t.indikator.kode: t.nilai for t in pk.target.select_related("indikator")}
    # Tabel 5 of the reference report: the Renstra targets for 2023.
    assert target == {"IKU1": D("87.2"), "IKU2": D(100), "IKU3": D(66), "IKU4": D(100)}
    assert (pk.versi, pk.tanggal, pk.tahap_anggaran) == (1, None, "murni")
    assert (pk.pihak_pertama_jabatan, pk.pihak_pertama_nama, pk.pihak_pertama_nip) == (
        "Camat Bontang Barat",
        "ANWAR SADAT, SP",
        "197402192001121004",
    )
    assert (pk.pihak_kedua_jabatan, pk.pihak_kedua_nama) == ("Wali Kota Bontang", None)
    assert list(pk.program.values_list("program", flat=True)) == [
        "7.01.01",
        "7.01.02",
        "7.01.03",
        "7.01.04",
        "7.01.05",
    ]
    assert "Perjanjian Kinerja 2023: dibuat dari target Renstra" in keluaran
    s = snapshot.build(pk.opd, 2023)
    assert [f for f in run_checks(s) if f.rule == "pk-target-beda-renstra"] == []


def test_the_budget_lines_are_carried_with_their_codes_and_pagu(demo: Path) -> None:
    _bontang()
    old = m.BarisAnggaran.objects.filter(tahun=2022, tahap="perubahan")
    new = m.BarisAnggaran.objects.filter(tahun=2023)
    assert new.count() == old.count() == 56
    assert set(new.values_list("tahap", flat=True)) == {"murni"}
    assert set(new.values_list("unit_id", "sub_kegiatan", "kode_sumber", "pagu")) == set(
        old.values_list("unit_id", "sub_kegiatan", "kode_sumber", "pagu")
    )
    assert m.RealisasiAnggaran.objects.filter(baris__tahun=2023).count() == 0
    assert m.AtribusiProgram.objects.filter(tahun=2023).count() == 5


def test_it_writes_through_the_change_service_with_its_reason(demo: Path) -> None:
    sebelum = Perubahan.objects.count()
    _bontang()
    new = Perubahan.objects.filter(id__gt=0).order_by("id")[sebelum:]
    assert {p.alasan for p in new} == {"Tahun baru 2023 dari 2022"}
    assert {p.aksi for p in new} == {"tambah"}
    # 1 PK, 4 targets, 5 PK programs, 56 budget lines, 5 program attributions.
    assert len(new) == 71


def test_a_second_run_writes_nothing_and_the_old_year_is_untouched(demo: Path) -> None:
    old = _old_tahun()
    _bontang()
    jumlah = Perubahan.objects.count()
    keluaran = _bontang()
    assert Perubahan.objects.count() == jumlah
    assert "Perjanjian Kinerja 2023: sudah ada; tidak diubah" in keluaran
    assert "baris anggaran disalin: 0; sudah ada: 56" in keluaran
    assert "jumlah rekaman ditulis: 0" in keluaran
    assert m.PerjanjianKinerja.objects.filter(tahun=2023).count() == 1
    assert _old_tahun() == old


def test_codes_that_changed_or_vanished_are_listed_and_never_guessed(demo: Path) -> None:
    # A complete nomenclature for 2023 that renames one program and drops one sub kegiatan.
    old = m.NomenklaturVersi.objects.get()
    new = m.NomenklaturVersi.objects.create(
        kode="uji-2023", nama="Nomenklatur uji 2023", berlaku_mulai=2023, lengkap=True
    )
    hilang = "7.01.01.2.01.0001"
    for i in old.item.exclude(kode=hilang):
        nama = "PROGRAM BARU" if i.kode == "7.01.02" else i.nama
        m.NomenklaturItem.objects.create(versi=new, kode=i.kode, nama=nama, urutan=i.urutan)
    keluaran = _bontang()
    assert "nomenklatur tahun 2023: Nomenklatur uji 2023" in keluaran
    assert f"    {hilang}: tidak ada lagi dalam nomenklatur tahun baru; tidak disalin" in keluaran
    assert "    7.01.02: nama berubah (" in keluaran
    assert "-> PROGRAM BARU)" in keluaran
    assert not m.BarisAnggaran.objects.filter(tahun=2023, sub_kegiatan=hilang).exists()
    # The renamed program is carried under its own code, in the PK and the attribution.
    assert m.ProgramPK.objects.filter(pk_dokumen__tahun=2023, program="7.01.02").exists()
    assert m.AtribusiProgram.objects.filter(tahun=2023, program="7.01.02").exists()
    # Codes of the partial 2022 list that the complete 2023 one holds keep their lines.
    assert m.BarisAnggaran.objects.filter(tahun=2023).count() == (
        m.BarisAnggaran.objects.filter(tahun=2022, tahap="perubahan")
        .exclude(sub_kegiatan=hilang)
        .count()
    )


def test_it_refuses_a_new_year_not_after_the_old(demo: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="harus setelah"):
        _jalankan("--opd", KODE_BONTANG, "--from", "2022", "--to", "2022")


def test_all_opds_in_one_run(demo: Path, dinas: Path) -> None:
    keluaran = _jalankan("--all", "--from", "2022", "--to", "2023")
    assert f"{KODE_BONTANG} Kecamatan Bontang Barat: tahun 2023 dari 2022" in keluaran
    assert m.PerjanjianKinerja.objects.filter(tahun=2023, opd__kode=KODE_BONTANG).count() == 1
    # The Dinas already holds its 2023 PK: left as it is.
    assert "Perjanjian Kinerja 2023: sudah ada; tidak diubah" in keluaran


def test_a_signed_new_year_is_refused_and_nothing_of_it_kept(demo: Path) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management.base import CommandError

    from sakip.alur.models import DokumenTertanda

    DokumenTertanda.objects.create(
        opd=m.PerangkatDaerah.objects.get(kode=KODE_BONTANG),
        tahun=2023,
        jenis="lkjip",
        format="html",
        isi=b"<p>LKjIP</p>",
        oleh=get_user_model().objects.create_user("kepala"),
    )
    with pytest.raises(CommandError, match="LKjIP tahun 2023 sudah ditandatangani"):
        _bontang()
    assert not m.PerjanjianKinerja.objects.filter(tahun=2023).exists()
    assert not m.BarisAnggaran.objects.filter(tahun=2023).exists()
