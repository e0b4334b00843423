"""The Pemda's own LKjIP: its indicators with capaian, earlier years and the RPJMD end target,
the OPDs carrying each, the budget per urusan and per OPD; from `sakip report lkjip --pemda` and
the control room."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import docx
import pytest
from django.core.management import CommandError, call_command

from sakip.core import anggaran
from sakip.core.dokumen import lkjip_pemda as lp
from sakip.core.dokumen.model import Dokumen, TabelDok, TandaTangan, Teks
from sakip.core.scales import load_scale
from sakip.kinerja import models as m
from sakip.kinerja.snapshot import build as build_snapshot
from sakip.pemda.lkjip import LkjipPemdaTidakAda, data_lkjip, dokumen

KRITERIA = load_scale("kriteria-capaian", 2023)


def _indikator(**change: object) -> lp.IndikatorLkjip:
    dasar: dict[str, object] = dict(
        sasaran_kode="1",
        sasaran="Menurunnya angka kemiskinan",
        kode="IKD1",
        uraian="Persentase penduduk miskin",
        satuan="%",
        iku=True,
        naik=False,
        dihitung=False,
        berrealisasi=True,
        tahun=lp.YearNumbers(2023, D("8.7"), D("8.8"), D("98.85")),
        aturan="Realisasi diisi oleh Bagian Organisasi; capaian = realisasi / target × 100.",
        rincian="diisi 8,80",
        riwayat=(lp.YearNumbers(2022, D("9.1"), D("9.0"), D("101.10")),),
        baseline_tahun=2020,
        baseline=D("9.9"),
        target_akhir=D("7.5"),
        sumbangan=(lp.SumbanganOpd("Dinas Sosial", None, None, "", None, None),),
    )
    dasar.update(change)
    return lp.IndikatorLkjip(**dasar)  # type: ignore[arg-type]


DATA = lp.LkjipPemda(
    pemda="Pemerintah Kabupaten Contoh",
    nama_daerah="Kabupaten Contoh",
    tempat="Contoh",
    tahun=2023,
    kepala_jabatan="Bupati Contoh",
    kepala_nama=None,
    tanggal=date(2024, 3, 15),
    rpjmd_awal=2021,
    rpjmd_akhir=2026,
    rpjmd_dasar="Peraturan Daerah Kabupaten Contoh Nomor 1 Tahun 2021",
    visi="Kabupaten Contoh yang maju.",
    misi=(("M1", "Mewujudkan ekonomi yang merata"),),
    indikator=(
        _indikator(),
        _indikator(
            kode="IKD2",
            uraian="Rata-rata capaian IKU perangkat daerah pendukung",
            naik=True,
            dihitung=True,
            berrealisasi=False,
            tahun=lp.YearNumbers(2023, D(100), None, None),
            aturan="Capaian = rata-rata capaian indikator perangkat daerah yang ditautkan.",
            rincian="(101,20 + n/a) / 2 = n/a",
            riwayat=(lp.YearNumbers(2022, D(100), None, D("99.5")),),
            baseline=None,
            baseline_tahun=None,
            target_akhir=D(100),
            sumbangan=(
                lp.SumbanganOpd("Dinas Sosial", "IKU1 Layanan", D(80), "%", D("101.2"), None),
                lp.SumbanganOpd("Dinas Perumahan", "IKU2 Rumah", None, "unit", None, None),
            ),
        ),
    ),
    opd_count=2,
    pk=(lp.TargetPk("IKD1", "Persentase penduduk miskin", "%", D("8.7")),),
    pk_tanggal=date(2023, 2, 6),
    anggaran_urusan=(
        lp.AnggaranBaris("1.04", "Perumahan", D("1000.50"), D("900.25")),
        lp.AnggaranBaris("1.06", "Sosial", D("2000"), None),
    ),
    anggaran_opd=(
        lp.AnggaranBaris("1.04.0.00.0.00.14.0000", "Dinas Perumahan", D("1000.50"), D("900.25")),
        lp.AnggaranBaris("1.06.0.00.0.00.16.0000", "Dinas Sosial", D("2000"), None),
    ),
    kriteria=KRITERIA,
)


def _teks(dok: Dokumen) -> str:
    """Return the text of every paragraph, the places and dates of signing included."""
    result = []
    for b, _ in dok.telusuri():
        if isinstance(b, Teks):
            result.append(b.sumber)
        elif isinstance(b, TandaTangan) and b.tempat_tanggal is not None:
            result.append(b.tempat_tanggal.sumber)
    return "\n".join(result)


def _tabel(dok: Dokumen) -> dict[str, TabelDok]:
    return {b.tabel.key: b for b, _ in dok.telusuri() if isinstance(b, TabelDok)}


def test_each_indicator_is_told_from_its_figures_missing_ones_as_not_known() -> None:
    dok = lp.build(DATA)
    teks = _teks(dok)
    assert (
        "IKD1 Persentase penduduk miskin: target tahun 2023 8,7%, realisasi 8,8%, capaian "
        "98,85%, kategori sangat tinggi." in teks
    )
    # Lower is better: 8,8 against an end target of 7,5 is 1,3 above it.
    assert (
        "Target akhir RPJMD (2026) 7,5%; realisasi tahun 2023 masih 1,3 di atas target akhir."
        in teks
    )
    assert "Tahun sebelumnya: 2022: 9% (capaian 101,10%)." in teks
    assert (
        "IKD2 Rata-rata capaian IKU perangkat daerah pendukung: target tahun 2023 100%; "
        "capaiannya belum dapat dihitung" in teks
    )
    assert "Perhitungan: (101,20 + n/a) / 2 = n/a." in teks
    assert (
        "Perangkat daerah penanggung jawab dan indikatornya:\n"
        "- Dinas Sosial: IKU1 Layanan (realisasi 80%, capaian 101,20%)\n"
        "- Dinas Perumahan: IKU2 Rumah (capaian n/a)" in teks
    )
    assert "Perangkat daerah penanggung jawab: Dinas Sosial." in teks
    assert (
        "Dari 2 indikator, 1 belum mencapai target dan capaian 1 indikator belum dapat "
        "dihitung karena datanya belum lengkap." in teks
    )
    assert "Contoh, 15 Maret 2024" in teks
    # No internal value and no dot-decimal figure (a dot only groups thousands: 3.000,50).
    assert "None" not in teks and not re.search(r"\d\.\d{1,2}\b", teks)


def test_the_tables_carry_the_figures_and_sum_the_budget_exactly() -> None:
    dok = lp.build(DATA)
    t = _tabel(dok)
    assert [n.judul for n in dok.listing("Tabel")] == [
        "Sasaran, Indikator dan Target RPJMD 2021–2026",
        "Target Perjanjian Kinerja Bupati Contoh Tahun 2023",
        "Capaian Indikator Kinerja Pemerintah Kabupaten Contoh Tahun 2023",
        "Perbandingan Kinerja Pemerintah Kabupaten Contoh Tahun 2022–2023",
        "Realisasi Anggaran per Urusan Pemerintahan Tahun 2023",
        "Realisasi Anggaran per Perangkat Daerah Tahun 2023",
    ]
    capaian = t["capaian_pemda"].tabel
    assert capaian.baris[0][3:] == [D("8.7"), D("8.8"), D("98.85"), "Sangat Tinggi"]
    assert capaian.baris[1][3:] == [D(100), None, None, None]
    riwayat = t["riwayat_pemda"].tabel
    assert riwayat.baris[0][2:] == ["realisasi", D("9.0"), D("8.8"), D("7.5")]
    assert riwayat.baris[1][2:] == ["capaian (%)", D("99.5"), None, "-"]
    opd = t["anggaran_opd"].tabel
    # A missing realisation is not zero: the total holds the known one, serapan of the row n/a.
    assert opd.baris[1][3:] == [None, None]
    assert opd.baris[-1][1:] == [
        "Jumlah",
        D("3000.50"),
        D("900.25"),
        D("900.25") / D("3000.50") * 100,
    ]
    assert t["rencana_pemda"].tabel.baris[0][3] == "9,9 (2020)"


def test_without_a_pk_or_earlier_years_their_parts_are_left_out() -> None:
    from dataclasses import replace

    dok = lp.build(
        replace(
            DATA,
            pk=None,
            indikator=tuple(replace(i, riwayat=()) for i in DATA.indikator),
            tanggal=None,
        )
    )
    assert "pk_pemda" not in _tabel(dok) and "riwayat_pemda" not in _tabel(dok)
    assert "Tahun sebelumnya" not in _teks(dok)
    assert "Contoh, ...................." in _teks(dok)


def test_the_synthetic_pemda_of_the_dinas_dataset(dinas: Path) -> None:
    pemda = m.Pemda.objects.get(kode="99.01")
    d = data_lkjip(pemda, 2023)
    assert [(i.kode, i.tahun.target, i.tahun.realisasi) for i in d.indikator] == [
        ("IKD1", D(120), D(112)),
        ("IKD2", D(80), None),
    ]
    # Each OPD's pagu and realisation are those its own LKjIP shows (the same roll-up).
    for baris in d.anggaran_opd:
        opd = m.PerangkatDaerah.objects.get(kode=baris.kode)
        sendiri = anggaran.skpd_total(build_snapshot(opd, 2023))
        assert (baris.pagu, baris.realisasi) == (sendiri.pagu, sendiri.realisasi)
    assert sum(b.pagu for b in d.anggaran_urusan) == sum(b.pagu for b in d.anggaran_opd)
    assert [b.kode for b in d.anggaran_urusan] == ["2.15"]


def test_report_command_writes_it_and_refuses_in_words(dinas: Path, tmp_path: Path) -> None:
    keluaran = tmp_path / "lkjip-pemda.docx"
    call_command(
        "report", "lkjip", "--pemda", "99.01", "--year", "2023", "--format", "docx",
        "-o", str(keluaran), stdout=io.StringIO(),
    )  # fmt: skip
    isi = "\n".join(p.text for p in docx.Document(str(keluaran)).paragraphs)
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH" in isi and "Bupati Contoh" in isi
    with pytest.raises(CommandError, match="tidak mempunyai RPJMD yang mencakup tahun 2030"):
        call_command(
            "report", "lkjip", "--pemda", "99.01", "--year", "2030", "--format", "html",
            "-o", str(tmp_path / "x.html"),
        )  # fmt: skip
    with pytest.raises(CommandError, match="--versi hanya untuk Perjanjian Kinerja"):
        call_command(
            "report", "lkjip", "--pemda", "99.01", "--year", "2023", "--format", "html",
            "--versi", "1", "-o", str(tmp_path / "x.html"),
        )  # fmt: skip
    with pytest.raises(CommandError, match="--pemda hanya untuk LKjIP Pemda"):
        call_command(
            "report", "triwulan", "--pemda", "99.01", "--year", "2023", "--quarter", "1",
            "--format", "html", "-o", str(tmp_path / "x.html"),
        )  # fmt: skip


def test_a_pemda_without_indicators_gets_no_report(demo: Path) -> None:
    with pytest.raises(LkjipPemdaTidakAda, match="belum mempunyai indikator kinerja"):
        dokumen(m.Pemda.objects.get(kode="64.74"), 2022)


def test_the_control_room_links_it_for_its_admin_only(dinas: Path) -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from sakip.alur.models import Peran

    pemda = m.Pemda.objects.get(kode="99.01")
    opd = m.PerangkatDaerah.objects.get(pemda=pemda)

    def orang(nama: str, jenis: str) -> Client:
        user = get_user_model().objects.create_user(nama)
        Peran.objects.create(
            user=user, jenis=jenis, pemda=pemda, opd=opd if jenis == Peran.PERENCANA else None
        )
        c = Client()
        c.force_login(user)
        return c

    admin = orang("admin-contoh", Peran.ADMIN)
    page = admin.get("/kendali/99.01/2023/").content.decode()
    assert "/kendali/99.01/2023/lkjip-pemda.docx" in page
    r = admin.get("/kendali/99.01/2023/lkjip-pemda.html")
    assert r.status_code == 200 and "Angka kecelakaan lalu lintas" in r.content.decode()
    r = admin.get("/kendali/99.01/2023/lkjip-pemda.docx")
    assert r["Content-Disposition"] == 'attachment; filename="lkjip-pemda-2023.docx"'
    assert admin.get("/kendali/99.01/2030/lkjip-pemda.pdf").status_code == 404
    assert admin.get("/kendali/99.01/2023/lkjip-pemda.exe").status_code == 404
    perencana = orang("perencana-contoh", Peran.PERENCANA)
    assert perencana.get("/kendali/99.01/2023/lkjip-pemda.html").status_code == 403


def test_the_signing_date_and_an_acting_signatory_come_from_the_data(
    dinas: Path, tmp_path: Path
) -> None:
    from sakip.alur.layanan import perubahan
    from sakip.dataset.dump import dump_all, pemda_dict
    from sakip.dataset.load import load_path
    from sakip.pemda.models import PengesahanLkjipPemda

    pemda = m.Pemda.objects.get(kode="99.01")
    assert data_lkjip(pemda, 2023).tanggal is None
    with perubahan(None, "uji", pemda_id=pemda.id) as sesi:
        sesi.save(
            PengesahanLkjipPemda(
                pemda=pemda,
                tahun=2023,
                tanggal=date(2024, 3, 20),
                status="Plt.",
                nama="NAMA PELAKSANA TUGAS",
            )
        )
    dok = dokumen(pemda, 2023)
    ttd = [b for b, _ in dok.telusuri() if isinstance(b, TandaTangan)]
    assert [t.tempat_tanggal.sumber for t in ttd if t.tempat_tanggal] == [
        "Contoh, 20 Maret 2024",
        "Contoh, 20 Maret 2024",
    ]
    assert {(p.jabatan, p.nama) for t in ttd for p in t.penanda} == {
        ("Plt. Bupati Contoh", "NAMA PELAKSANA TUGAS")
    }
    assert dok.tanggal == date(2024, 3, 20)
    sebelum = pemda_dict(pemda)
    assert sebelum["pengesahan_lkjip"] == [
        {
            "tahun": 2023,
            "tanggal": date(2024, 3, 20),
            "status": "Plt.",
            "nama": "NAMA PELAKSANA TUGAS",
        }
    ]
    dump_all(tmp_path)
    load_path(tmp_path)
    assert pemda_dict(m.Pemda.objects.get(kode="99.01")) == sebelum
