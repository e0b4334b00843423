"""The cascade in the bundled datasets: load, dump, load again; the findings it gives."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import yaml
from django.core.management import call_command

from sakip.core.checks import run_checks
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.kaskade import models as k
from tests.conftest import KODE_BONTANG, KODE_DINAS


def _kaskade_yaml(folder: Path, kode: str) -> dict:  # type: ignore[type-arg]
    berkas = next(folder.rglob(f"{kode}.yaml"))
    return yaml.safe_load(berkas.read_text(encoding="utf-8"))["perangkat_daerah"]["kaskade"]


def test_it_carries_the_structure_of_bab_i_b(demo: Path) -> None:
    jabatan = k.Jabatan.objects.filter(opd__kode=KODE_BONTANG)
    assert jabatan.count() == 24  # Camat, Sekretaris, 2 Sub Bagian, 4 Seksi, 3 × 5, fungsional
    assert jabatan.get(kode="kasi-trantib").induk.kode == "camat"
    assert jabatan.get(kode="kasubag-renkeu").induk.kode == "sekcam"
    assert jabatan.get(kode="seklur-kanaan").induk.kode == "lurah-kanaan"
    # Only the Camat is named by the report; nobody else is invented.
    assert list(k.PemegangJabatan.objects.values_list("nama", "nip")) == [
        ("ANWAR SADAT, SP", "197402192001121004")
    ]


def test_it_builds_the_pk_cascade_from_the_reports_figures(demo: Path) -> None:
    kasi = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode="kasi-trantib", kode="7.01.04.2.02"
    )
    assert kasi.induk.pk_jabatan.jabatan.kode == "camat" and kasi.induk.kode == "7.01.04"
    tahun = kasi.periode.get(periode="tahun")
    assert (tahun.target, tahun.realisasi) == (Decimal(1), Decimal(1))  # Tabel 17
    iku1 = k.TargetIndikatorJabatan.objects.get(
        indikator__pk_jabatan__jabatan__kode="camat", indikator__kode="IKU1"
    )
    assert (iku1.target, iku1.realisasi) == (Decimal("87"), Decimal("86.28"))  # Tabel 6, 12


def test_it_finds_nothing_wrong_in_the_bundled_cascades(demo: Path, snapshot_of) -> None:  # type: ignore[no-untyped-def]
    load_path(Path(str(demo).replace("bontang-barat-2022", "dinas-contoh-2023")))
    for kode, tahun in ((KODE_BONTANG, 2022), (KODE_DINAS, 2023)):
        temuan = [f for f in run_checks(snapshot_of(kode, tahun)) if f.rule == "kaskade-jabatan"]
        assert temuan == []


def test_it_reports_a_parent_outside_the_parent_positions_pk(demo: Path, snapshot_of) -> None:  # type: ignore[no-untyped-def]
    # The Kasi answers to the Camat; a Lurah's program is not in the Camat's PK.
    ind = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode="kasi-trantib", kode="7.01.04.2.02"
    )
    ind.induk = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode="lurah-kanaan", kode="7.01.04"
    )
    ind.save()
    temuan = [f for f in run_checks(snapshot_of(KODE_BONTANG, 2022)) if f.rule == "kaskade-jabatan"]
    assert [(f.severity, f.ref["jabatan"], f.ref["indikator"]) for f in temuan] == [
        ("error", "kasi-trantib", "7.01.04.2.02")
    ]
    assert "Lurah Kanaan" in temuan[0].pesan and "Camat Bontang Barat" in temuan[0].pesan


def test_a_holder_change_mid_year_keeps_both_pks(dinas: Path, snapshot_of) -> None:  # type: ignore[no-untyped-def]
    pk = k.PerjanjianKinerjaJabatan.objects.filter(jabatan__kode="kadis", tahun=2023)
    assert [(p.versi, p.pihak_pertama.nama) for p in pk] == [
        (1, "Ir. HARTONO CONTOH, M.T."),
        (2, "RINA CONTOH, S.T., M.Si."),
    ]
    plt = k.PemegangJabatan.objects.get(jabatan__kode="kadis", status="plt")
    assert (plt.mulai.isoformat(), plt.selesai.isoformat()) == ("2023-06-15", "2023-07-09")
    assert _kaskade_temuan(snapshot_of) == []
    # Without the Plt, the weeks between the two holders are reported.
    plt.delete()
    temuan = _kaskade_temuan(snapshot_of)
    assert [f.severity for f in temuan] == ["warning"]
    assert "15 Juni 2023 sampai 9 Juli 2023" in temuan[0].pesan
    assert k.PerjanjianKinerjaJabatan.objects.filter(jabatan__kode="kadis").count() == 2


def _kaskade_temuan(snapshot_of):  # type: ignore[no-untyped-def]
    s = snapshot_of(KODE_DINAS, 2023)
    return [f for f in run_checks(s) if f.rule == "kaskade-jabatan"]


def test_it_round_trips_the_cascade(dinas: Path, tmp_path: Path) -> None:
    dump_all(tmp_path / "a")
    load_path(tmp_path / "a")
    dump_all(tmp_path / "b")
    a, b = _kaskade_yaml(tmp_path / "a", KODE_DINAS), _kaskade_yaml(tmp_path / "b", KODE_DINAS)
    assert a == b
    asal = _kaskade_yaml(dinas, KODE_DINAS)
    assert [j["kode"] for j in a["jabatan"]] == [j["kode"] for j in asal["jabatan"]]
    assert [[i["kode"] for i in p["indikator"]] for p in a["perjanjian"]] == [
        [i["kode"] for i in p["indikator"]] for p in asal["perjanjian"]
    ]
    bulan = a["perjanjian"][6]["indikator"][0]["rencana_aksi"][0]["periode"]
    assert [p.get("realisasi") for p in bulan][9:] == [9, None, 5]  # November: no entry


def test_a_reload_keeps_the_users_acting_for_a_position(dinas: Path) -> None:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("kasi")
    jabatan = k.Jabatan.objects.get(kode="kasi-perlengkapan")
    k.PenggunaJabatan.objects.create(user=user, jabatan=jabatan)
    load_path(dinas)
    assert k.PenggunaJabatan.objects.get(user=user).jabatan_id == jabatan.pk


def test_cascade_prints_the_documented_json_shape(dinas: Path) -> None:
    out = StringIO()
    call_command("cascade", "--year", "2023", "--format", "json", stdout=out)
    data = json.loads(out.getvalue(), parse_float=Decimal)
    assert list(data) == ["jabatan", "pk", "rencana_aksi"]
    jabatan = data["jabatan"][0]
    assert list(jabatan) == ["kode", "nama", "tingkat", "induk", "pemegang"]
    assert list(jabatan["pemegang"][1]) == ["nama", "nip", "status", "mulai", "selesai"]
    assert jabatan["pemegang"][1] == {
        "nama": "DEWI CONTOH, S.E., M.M.",
        "nip": "197503122000032001",
        "status": "plt",
        "mulai": "2023-06-15",
        "selesai": "2023-07-09",
    }
    pk = data["pk"][2]
    assert list(pk) == ["jabatan", "versi", "indikator"]
    assert pk["indikator"][0] == {
        "kode": "2.15.01",
        "uraian": "Persentase pemenuhan layanan penunjang urusan pemerintahan daerah",
        "satuan": "%",
        "target": 100,
        "induk": {"jabatan": "kadis", "kode": "IKU6"},
    }
    aksi = next(a for a in data["rencana_aksi"] if a["jabatan"] == "pengelola-rambu")
    assert list(aksi) == ["indikator", "uraian", "jabatan", "bobot", "periode"]
    assert aksi["bobot"] == 60
    assert aksi["periode"][10] == {"periode": "11", "target": 10, "realisasi": None}
    assert aksi["periode"][2] == {"periode": "3", "target": 10, "realisasi": 8}
    assert data["jabatan"][3]["pemegang"][0]["selesai"] is None


def _urut(rows: Any) -> list[tuple[object, ...]]:
    return sorted(rows, key=repr)


def _catatan_kaskade() -> dict[str, list[tuple[object, ...]]]:
    """Return every cascade record of the database as plain values (no ids)."""

    def pk(p: k.PerjanjianKinerjaJabatan) -> tuple[object, ...]:
        return (p.jabatan.kode, p.tahun, p.versi)

    def ind(i: k.IndikatorPKJabatan) -> tuple[object, ...]:
        return (*pk(i.pk_jabatan), i.kode)

    def pemegang(h: k.PemegangJabatan | None) -> tuple[object, ...] | None:
        return (h.jabatan.kode, h.nama, h.mulai) if h else None

    def isian(b: k.TargetIndikatorJabatan | k.PeriodeRencanaAksi) -> tuple[object, ...]:
        return (b.periode, b.target, b.realisasi, b.catatan, b.status, b.catatan_verifikasi)

    return {
        "jabatan": _urut(
            (
                j.opd.kode,
                j.kode,
                j.nama,
                j.tingkat,
                j.induk and j.induk.kode,
                j.unit and j.unit.kode,
                j.urutan,
            )
            for j in k.Jabatan.objects.all()
        ),
        "pemegang": _urut(
            (h.jabatan.kode, h.nama, h.nip, h.status, h.mulai, h.selesai)
            for h in k.PemegangJabatan.objects.all()
        ),
        "pk": _urut(
            (*pk(p), p.tanggal, p.alasan_revisi, pemegang(p.pihak_pertama), pemegang(p.pihak_kedua))
            for p in k.PerjanjianKinerjaJabatan.objects.all()
        ),
        "indikator": _urut(
            (
                *ind(i),
                i.jenis,
                i.sasaran,
                i.uraian,
                i.satuan,
                i.polaritas,
                i.urutan,
                ind(i.induk) if i.induk else None,
            )
            for i in k.IndikatorPKJabatan.objects.all()
        ),
        "target": _urut(
            (*ind(b.indikator), *isian(b)) for b in k.TargetIndikatorJabatan.objects.all()
        ),
        "aksi": _urut(
            (*ind(a.indikator), a.urutan, a.uraian, a.jabatan.kode, a.bobot, a.satuan)
            for a in k.RencanaAksiKinerja.objects.all()
        ),
        "periode_aksi": _urut(
            (*ind(b.rencana_aksi.indikator), b.rencana_aksi.urutan, *isian(b), b.bukti)
            for b in k.PeriodeRencanaAksi.objects.all()
        ),
    }


def test_a_dump_loaded_into_an_empty_database_recreates_every_cascade_record(
    dinas: Path, tmp_path: Path
) -> None:
    from sakip.kinerja import models as m

    # A parent in the first of two versions, and one person holding a position twice (Plt,
    # then definitive): each record must come back to the same one, not the latest by name.
    ind = k.IndikatorPKJabatan.objects.get(pk_jabatan__jabatan__kode="sekretaris", kode="2.15.01")
    ind.induk = k.IndikatorPKJabatan.objects.get(
        pk_jabatan__jabatan__kode="kadis", pk_jabatan__versi=1, kode="IKU6"
    )
    ind.save()
    kasi = k.Jabatan.objects.get(kode="kasi-perlengkapan")
    old = kasi.pemegang.order_by("mulai").first()
    assert old is not None
    k.PemegangJabatan.objects.create(
        jabatan=kasi,
        nama=old.nama,
        status="plt",
        mulai=old.mulai.replace(year=2019),
        selesai=old.mulai.replace(year=2019, month=12, day=31),
    )
    sebelum = _catatan_kaskade()
    assert all(sebelum.values())
    dump_all(tmp_path / "a")
    m.PerangkatDaerah.objects.all().delete()
    m.Pemda.objects.all().delete()
    assert not k.Jabatan.objects.exists()
    load_path(tmp_path / "a")
    assert _catatan_kaskade() == sebelum


def test_cascade_prints_each_action_period_with_its_target(dinas: Path) -> None:
    out = StringIO()
    call_command("cascade", "--year", "2023", "--format", "text", stdout=out)
    baris = out.getvalue().splitlines()
    aksi = baris.index(
        "      Rencana aksi: Rehabilitasi dan pemeliharaan perlengkapan jalan terpasang "
        "(Kepala Seksi Perlengkapan Jalan)"
    )
    assert baris[aksi + 1 : aksi + 5] == [
        "        Triwulan 1: target 100,00, realisasi 95,00",
        "        Triwulan 2: target 100,00, realisasi 100,00",
        "        Triwulan 3: target 100,00, realisasi 100,00",
        "        Triwulan 4: target 100,00, realisasi 95,00",
    ]
    assert "        Nov: target 10,00, realisasi belum diisi" in baris
