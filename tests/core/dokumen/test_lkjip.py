from dataclasses import replace
from datetime import date

from sakip.core.checks.tabel import Tabel
from sakip.core.dokumen import lkjip
from sakip.core.dokumen.model import Bagian, Dokumen, Grafik, TabelDok, TandaTangan
from sakip.core.format import tanggal as format_tanggal
from sakip.core.model import OpdTahun, Pengesahan
from sakip.core.tables import all_tabel

TANGGAL = date(2023, 1, 16)


def _teks(dok: Dokumen) -> str:
    return "\n".join(t.sumber for t in dok.all_teks())


def _paragraf(dok: Dokumen, key: str) -> str:
    return next(t.sumber for t in dok.all_teks() if t.key == key)


def test_it_carries_tabel_1_to_19_in_the_reference_order_then_the_pk_annex(
    bontang: OpdTahun,
) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    key = [b.key for b, _ in dok.telusuri() if isinstance(b, TabelDok)]
    assert key == [t.key for t in all_tabel(bontang)] + ["pk_sasaran", "pk_program"]
    assert [n.number for n in dok.listing("Tabel")] == list(range(1, 22))
    assert dok.label("efisiensi_anggaran") == "Tabel 16"


def test_the_document_the_tables_and_the_findings_number_each_table_alike(
    bontang: OpdTahun,
) -> None:
    # One source: the order of BUILDERS numbers the tables, the document and the checks' Tabel.
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)
    tabel = {t.key: t for t in all_tabel(bontang)}
    for key, t in tabel.items():
        nomor = dok.nomor(key)
        assert nomor is not None and nomor.number == t.nomor
    assert tabel["realisasi_program"].nomor == Tabel.REALISASI_ANGGARAN_PER_PROGRAM == 19
    assert tabel["pegawai"].nomor == Tabel.PEGAWAI == 1


def test_its_tables_are_the_computed_ones(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)
    tabel = {b.key: b.tabel for b, _ in dok.telusuri() if isinstance(b, TabelDok)}

    kanaan = next(r for r in tabel["realisasi_unit"].baris if r[1] == "Kelurahan Kanaan")
    assert str(kanaan[2]) == "1786917188.00"


def test_every_reference_points_to_a_table_or_figure_of_the_document(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    rujukan = {
        p.rujukan
        for t in dok.all_teks()
        for paragraf in t.paragraf
        for p in paragraf.potongan
        if p.rujukan
    }
    assert rujukan, "the text refers to no table at all"
    assert all(dok.nomor(r) is not None for r in rujukan)
    assert {"capaian", "perbandingan", "efisiensi_sasaran", "keluaran"} <= rujukan


def test_it_has_the_six_figures_each_numbered_once(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    grafik = [b.key for b, _ in dok.telusuri() if isinstance(b, Grafik)]
    assert grafik == [
        "grafik_struktur",
        "grafik_golongan",
        "grafik_pendidikan",
        "grafik_capaian",
        "grafik_serapan_unit",
        "grafik_serapan_program",
    ]
    assert [n.label for n in dok.listing("Grafik")] == [f"Grafik {i}" for i in range(1, 7)]


def test_its_organisation_chart_puts_the_camat_over_the_three_lurah(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)
    bagan = next(
        b for b, _ in dok.telusuri() if isinstance(b, Grafik) and b.key == "grafik_struktur"
    )

    assert bagan.label == (
        "Camat Bontang Barat\nANWAR SADAT, SP",
        "Lurah Kanaan",
        "Lurah Gunung Telihan",
        "Lurah Belimbing",
    )
    assert bagan.judul == "Struktur Organisasi Kecamatan Bontang Barat"


def test_it_analyses_the_skm_sasaran_with_the_computed_figures(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    target = _paragraf(dok, "bab3.sasaran.S1.target")
    assert "ditargetkan 87 dan terealisasi 86,28" in target
    assert "**99,17%** dengan kriteria Sangat Tinggi" in target
    perbandingan = _paragraf(dok, "bab3.sasaran.S1.perbandingan")
    assert "turun 0,63 poin dibandingkan tahun 2021 (perubahan -0,72%)" in perbandingan
    assert "tahun 2020 84,56" in perbandingan
    assert "target akhir Renstra (2025) sebesar 87,4 memberikan capaian 98,72%" in _paragraf(
        dok, "bab3.sasaran.S1.renstra"
    )
    assert "mutu pelayanan **B (Baik)**" in _paragraf(dok, "bab3.sasaran.S1.standar")
    efisiensi = _paragraf(dok, "bab3.sasaran.S1.efisiensi")
    assert "metode Tingkat Efisiensi (% capaian kinerja − % realisasi anggaran" in efisiensi
    assert "3,77 poin persen" in efisiensi
    program = _paragraf(dok, "bab3.sasaran.S1.program")
    assert "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik" in program
    assert "(Kecamatan Bontang Barat) 13,69%" in program


def test_it_merges_the_entered_causes_and_solutions(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    penyebab = _paragraf(dok, "bab3.sasaran.S2.penyebab")
    assert "Faktor pendukung:" in penyebab
    assert "22 Kelompok Masyarakat (Pokmas)" in penyebab


def test_it_states_the_evaluation_predicate(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    assert "nilai **70,36** dengan predikat **BB** (Sangat Baik)" in _paragraf(dok, "bab3.evaluasi")


def test_the_conclusion_states_the_total_realisation_in_words(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    kesimpulan = _paragraf(dok, "bab4.kesimpulan.anggaran")
    assert "**Rp\u00a029.109.889.488,00** (dua puluh sembilan miliar seratus sembilan" in kesimpulan
    assert "empat ratus delapan puluh delapan rupiah) atau **96,46%**" in kesimpulan
    assert "**Rp\u00a030.177.653.595,00** (tiga puluh miliar" in kesimpulan


def test_it_signs_with_the_head_of_the_opd_on_the_given_date(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    assert _paragraf(dok, "kata_pengantar.tanggal") == "Bontang, 16 Januari 2023"


def test_a_users_paragraph_replaces_the_generated_one(bontang: OpdTahun) -> None:
    teks = "Nilai SKM turun tipis; lihat [[perbandingan]]."
    dok = lkjip.build(bontang, {"bab3.sasaran.S1.perbandingan": teks}, tanggal=TANGGAL)

    assert _paragraf(dok, "bab3.sasaran.S1.perbandingan") == teks


def test_it_handles_a_dinas_without_sub_units(dinas: OpdTahun) -> None:
    dok = lkjip.build(dinas, {}, tanggal=TANGGAL)

    grafik = [b.key for b, _ in dok.telusuri() if isinstance(b, Grafik)]
    assert "grafik_serapan_unit" not in grafik and "grafik_struktur" not in grafik
    assert [n.number for n in dok.listing("Grafik")] == [1, 2, 3, 4]
    teks = _teks(dok)
    assert "Angka kecelakaan lalu lintas (semakin rendah semakin baik)" in teks
    assert "**106,67%**" in teks
    assert (
        "turun 7 poin dibandingkan tahun 2022 (perubahan -5,88%), yang berarti kinerja membaik"
        in teks
    )
    assert (
        "Jumlah kunjungan kapal di pelabuhan pengumpan lokal pada tahun 2023 ditargetkan 240 "
        "kunjungan, namun realisasinya tidak tersedia" in teks
    )
    assert "mutu pelayanan **B (Baik)**" in teks
    assert "dialokasikan untuk" not in _paragraf(dok, "bab1.keuangan")


def test_its_sections_follow_the_reference_report(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {}, tanggal=TANGGAL)

    bab = [b.judul_lengkap for b in dok.isi]
    assert bab == [
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
    ]
    sub_bab1 = [b.judul for b in dok.isi[0].isi if isinstance(b, Bagian)]
    assert sub_bab1 == [
        "Latar Belakang",
        "Struktur Organisasi",
        "Sumber Daya Aparatur",
        "Tugas dan Fungsi Perangkat Daerah",
        "Aspek Strategis Organisasi",
        "Isu Strategis",
        "Aset Perangkat Daerah",
        "Keuangan",
    ]
    assert [b.judul for b in dok.depan] == [
        "KATA PENGANTAR",
        "IKHTISAR EKSEKUTIF",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GRAFIK",
    ]


def test_it_is_signed_on_the_date_the_planning_officer_set(bontang: OpdTahun) -> None:
    dok = lkjip.build(bontang, {})

    assert _paragraf(dok, "kata_pengantar.tanggal") == "Bontang, 24 Februari 2023"
    assert _paragraf(dok, "bab4.tanggal") == "Bontang, 24 Februari 2023"
    assert _paragraf(dok, "lampiran.pk.pernyataan.tanggal") == "Bontang, 14 Februari 2022"


def test_without_a_date_it_leaves_a_blank_never_the_day_it_is_made(bontang: OpdTahun) -> None:
    sah = Pengesahan("lkjip", tempat="Bontang Barat", status="Plt.")
    dok = lkjip.build(replace(bontang, pengesahan={("lkjip", 0): sah}), {})

    assert _paragraf(dok, "kata_pengantar.tanggal") == "Bontang Barat, ...................."
    assert format_tanggal(date.today()) not in _teks(dok)
    (camat,) = next(b for b in dok.depan[0].isi if isinstance(b, TandaTangan)).penanda
    assert camat.jabatan == "Plt. Camat Bontang Barat"


def test_the_analysis_carries_what_the_units_entered_and_no_software_talk(
    bontang: OpdTahun,
) -> None:
    dok = lkjip.build(bontang, {})
    teks = _teks(dok)

    zi = _paragraf(dok, "bab3.sasaran.S3.penyebab")
    assert "Faktor penghambat:\n- Hasil monitoring pembangunan zona integritas" in zi
    assert "telah ditindaklanjuti pada tahun 2022" in zi
    trantib = _paragraf(dok, "bab3.sasaran.S4.penyebab")
    assert trantib.startswith("**Penyebab keberhasilan/kegagalan dan solusi**\n**")
    assert "Laporan Gangguan Ketentraman" in trantib
    assert "Faktor pendukung:" in trantib and "Faktor penghambat" not in trantib
    assert "(capaian 100,00%)" in trantib
    assert "Sub kegiatan pendukungnya yang terserap di bawah 85%" in _paragraf(
        dok, "bab3.sasaran.S3.program"
    )
    assert (
        "**\nNilai Zona Integritas terakhir yang tersedia (tahun 2021) sebesar 62,43 berada pada "
        "kelompok **di bawah batas usulan WBK**" in _paragraf(dok, "bab3.sasaran.S3.standar")
    )
    for salah in (
        "sebagaimana dikutip",
        "belum ditetapkan dalam data kinerja",
        "yang menghambat adalah",
        "Terdapat beberapa rekomendasi yang telah ditindaklanjuti pada tahun 2022.",
        "belum diisi",
    ):
        assert salah not in teks


def test_an_aspect_with_nothing_entered_is_absent(bontang: OpdTahun) -> None:
    kinerja = {
        k: replace(v, faktor_pendukung=None, faktor_penghambat=None, solusi=None)
        for k, v in bontang.kinerja.items()
    }
    dok = lkjip.build(replace(bontang, kinerja=kinerja), {})
    key = {t.key for t in dok.all_teks()}

    assert "bab3.sasaran.S1.penyebab" not in key
    assert "bab3.sasaran.S2.standar" not in key  # no standard for the Pokmas participation
    assert {"ikhtisar.kendala", "ikhtisar.langkah"}.isdisjoint(key)
    assert "belum dicatat" not in _teks(dok)


def test_an_opd_without_a_renstra_gets_no_empty_counts(bontang: OpdTahun) -> None:
    teks = _teks(lkjip.build(replace(bontang, renstra=None), {}))

    assert "0 sasaran" not in teks and "0 indikator" not in teks
    assert "Tahun 2022–2022" not in teks
