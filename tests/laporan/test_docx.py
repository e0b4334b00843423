import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from sakip.laporan import services
from sakip.render.docx import TemplatRusak

from .conftest import BONTANG, DINAS, TANGGAL, baris_dengan, tabel_docx, teks_elemen

Render = Callable[..., bytes]

# Every test reads reports rendered from the database (the module fixture `laporan`).
pytestmark = pytest.mark.django_db


def _buka(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _instruksi(dokumen: docx.document.Document) -> list[str]:
    body = dokumen.element.body
    return [i.text for i in body.iter(qn("w:instrText"))] + [
        f.get(qn("w:instr")) for f in body.iter(qn("w:fldSimple"))
    ]


def test_its_tables_hold_the_computed_figures(laporan: Render) -> None:
    tabel = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))

    assert "1.786.917.188,00" in baris_dengan(tabel["Tabel 18"][0], "Kelurahan Kanaan")
    assert "1.786.917.188,00" in baris_dengan(tabel["Tabel 19"][0], "KELURAHAN KANAAN")
    assert "99,17" in baris_dengan(tabel["Tabel 11"][0], "Nilai Survei Kepuasan Masyarakat (SKM)")
    assert "-0,72" in baris_dengan(tabel["Tabel 13"][0], "Nilai Survei Kepuasan Masyarakat (SKM)")
    assert sorted(tabel, key=lambda x: int(x.split()[1])) == [f"Tabel {i}" for i in range(1, 22)]


def test_a_dinas_report_holds_its_own_figures(laporan: Render) -> None:
    tabel = tabel_docx(_buka(laporan("lkjip", DINAS, "docx")))

    jumlah = baris_dengan(tabel["Tabel 18"][0], "Jumlah")
    assert jumlah[2:5] == ["10.095.737.350,00", "9.801.456.000,00", "97,09"]
    assert "106,67" in baris_dengan(tabel["Tabel 11"][0], "Angka kecelakaan lalu lintas")
    assert sorted(tabel, key=lambda x: int(x.split()[1])) == [f"Tabel {i}" for i in range(1, 22)]


def test_every_table_repeats_its_header_row_on_each_page(laporan: Render) -> None:
    tabel = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))

    for label, (t, _) in tabel.items():
        assert t._tbl.tr_lst[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None, label


@pytest.mark.parametrize("label", ["Tabel 16", "Tabel 17", "Tabel 19"])
def test_the_widest_tables_lie_on_landscape_pages(laporan: Render, label: str) -> None:
    _, sect = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))[label]

    assert sect.find(qn("w:pgSz")).get(qn("w:orient")) == "landscape"


def test_it_has_word_fields_for_the_contents_and_the_lists(laporan: Render) -> None:
    instruksi = _instruksi(_buka(laporan("lkjip", BONTANG, "docx")))

    assert ' TOC \\o "1-2" \\h \\z \\u ' in instruksi
    assert ' TOC \\h \\z \\c "Tabel" ' in instruksi
    assert ' TOC \\h \\z \\c "Grafik" ' in instruksi
    assert sum(1 for i in instruksi if i.strip() == "SEQ Tabel \\* ARABIC") == 21
    assert sum(1 for i in instruksi if i.strip() == "SEQ Grafik \\* ARABIC") == 6


@pytest.mark.parametrize("opd", [BONTANG, DINAS])
def test_every_reference_field_points_to_the_caption_it_names(laporan: Render, opd: str) -> None:
    body = _buka(laporan("lkjip", opd, "docx")).element.body
    keterangan = {
        b.get(qn("w:name")): teks_elemen(b.getparent()) for b in body.iter(qn("w:bookmarkStart"))
    }
    rujukan = [
        (f.get(qn("w:instr")).split()[1], teks_elemen(f))
        for f in body.iter(qn("w:fldSimple"))
        if f.get(qn("w:instr")).strip().startswith("REF")
    ]

    assert len(rujukan) > 40
    for nama, label in rujukan:
        assert keterangan[nama].startswith(label + " "), (nama, label, keterangan[nama])
    assert keterangan[{b: a for a, b in rujukan}["Tabel 15"]] == (
        "Tabel 15 Efisiensi Penggunaan Sumber Daya"
    )


def test_the_cover_and_front_matter_are_numbered_apart_from_the_body(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    nomor = [s._sectPr.find(qn("w:pgNumType")) for s in dokumen.sections]

    assert nomor[0] is None  # the cover
    assert nomor[1].get(qn("w:fmt")) == "lowerRoman"
    assert (nomor[2].get(qn("w:fmt")), nomor[2].get(qn("w:start"))) == ("decimal", "1")
    assert all(n.get(qn("w:start")) is None for n in nomor[3:])


def test_it_fills_the_templates_placeholders(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    kepala = dokumen.sections[1].header.paragraphs[0].text

    assert kepala == "LKjIP KECAMATAN BONTANG BARAT TAHUN 2022"
    assert "{{" not in dokumen.element.body.xml
    assert "LAPORAN KINERJA INSTANSI PEMERINTAH" in teks_elemen(dokumen.element.body)


def test_it_embeds_every_figure_as_an_image(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", DINAS, "docx"))

    assert len(dokumen.inline_shapes) == 4  # one unit: no chart per unit


def test_a_pemdas_own_template_keeps_its_page_and_styles(bontang: str, tmp_path: Path) -> None:
    templat = docx.Document()
    templat.sections[0].page_width = Cm(21.59)
    templat.sections[0].left_margin = Cm(4)
    templat.styles["Normal"].font.name = "DejaVu Serif"
    templat.save(str(tmp_path / "pemda.docx"))

    data = services.render(
        "lkjip", bontang, 2022, "docx", template=tmp_path / "pemda.docx", tanggal=TANGGAL
    )
    dokumen = _buka(data)

    assert dokumen.styles["Normal"].font.name == "DejaVu Serif"
    assert round(dokumen.sections[-1].left_margin.cm, 2) == 4
    assert round(dokumen.sections[0].page_width.cm, 2) == 21.59
    assert "KECAMATAN BONTANG BARAT" in teks_elemen(dokumen.element.body)
    assert "Heading 1" in [s.name for s in dokumen.styles]


def test_a_pk_drops_the_templates_cover(laporan: Render) -> None:
    dokumen = _buka(laporan("pk", DINAS, "docx", versi=2))
    awal = teks_elemen(dokumen.paragraphs[0]._p)

    # The OPD's name is held together by no-break spaces, so the title never breaks inside it.
    assert awal.startswith("PERJANJIAN KINERJA TAHUN 2023 DINAS\u00a0PERHUBUNGAN\u00a0KABUPATEN")
    assert "6.338.000.000,00" in baris_dengan(
        tabel_docx(dokumen)["Tabel 2"][0],
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    )


def test_it_refuses_a_broken_template(bontang: str, tmp_path: Path) -> None:
    rusak = tmp_path / "rusak.docx"
    rusak.write_bytes(b"bukan berkas docx")

    with pytest.raises(TemplatRusak, match="tidak dapat dibuka"):
        services.render("lkjip", bontang, 2022, "docx", template=rusak)


def test_its_xml_keeps_the_schema_order_word_requires(laporan: Render) -> None:
    xml = _buka(laporan("lkjip", BONTANG, "docx")).element.body.xml

    # In w:pPr the tabs come before the spacing and indentation, and jc after them.
    assert not re.search(r"<w:spacing[^>]*/><w:tabs>", xml)
    assert not re.search(r"<w:jc [^>]*/><w:ind ", xml)
    assert not re.search(r"<w:tblLayout[^>]*/><w:tblBorders>", xml)


def test_its_lists_are_word_numbered_lists(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    numbering = dokumen.part.numbering_part.element
    nums = {n.get(qn("w:numId")) for n in numbering.iter(qn("w:num"))}
    butir = [p for p in dokumen.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]

    fungsi = next(p for p in butir if p.text.startswith("Pembinaan terhadap penyelenggaraan"))
    assert (
        fungsi.text
        == "Pembinaan terhadap penyelenggaraan pemerintahan kelurahan di wilayah kerjanya;"
    )
    assert all(p._p.pPr.numPr.numId.val is not None for p in butir)
    assert {str(p._p.pPr.numPr.numId.val) for p in butir} <= nums
    # No marker typed as text before a tab.
    assert not [p.text for p in dokumen.paragraphs if re.match(r"^(\d{1,2}|[a-z])[.)]\t", p.text)]
    formats = {f.get(qn("w:val")) for f in numbering.iter(qn("w:numFmt"))}
    assert {"decimal", "lowerLetter"} <= formats


def test_its_properties_come_from_the_document(laporan: Render) -> None:
    p = _buka(laporan("lkjip", BONTANG, "docx")).core_properties

    assert p.title == "Laporan Kinerja Instansi Pemerintah Kecamatan Bontang Barat Tahun 2022"
    assert p.author == "KECAMATAN BONTANG BARAT"
    assert p.created.date() == TANGGAL and p.modified.date() == TANGGAL
    assert "python-docx" not in (p.comments or "")


def test_its_lists_of_contents_carry_the_printed_page_numbers(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    entri = {
        p.text.split("\t")[0]: p.text.split("\t")[1]
        for p in dokumen.paragraphs
        if p.style.name in ("TOC 1", "TOC 2", "Table of Figures") and "\t" in p.text
    }

    assert entri["KATA PENGANTAR"] == "i"
    assert entri["BAB I PENDAHULUAN"] == "1"
    tabel = [int(v) for k, v in entri.items() if k.startswith("Tabel ")]
    assert len(tabel) == 21 and tabel == sorted(tabel)
    assert int(entri["BAB IV PENUTUP"]) > tabel[-3]
    # The fields are still there for Word to update.
    assert ' TOC \\o "1-2" \\h \\z \\u ' in _instruksi(dokumen)


def test_headings_captions_and_small_tables_keep_with_the_next(laporan: Render) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    judul = [p for p in dokumen.paragraphs if p.style.name.startswith("Heading")]
    keterangan = [p for p in dokumen.paragraphs if p.style.name == "Caption"]

    assert judul and all(p.paragraph_format.keep_with_next for p in judul)
    assert all(p.paragraph_format.keep_with_next for p in keterangan)
    # Tabel 6, the Perjanjian Kinerja: four sasaran under the header row.
    pk, _ = tabel_docx(dokumen)["Tabel 6"]
    assert len(pk.rows) == 5
    for baris in pk.rows[:-1]:
        assert all(p.paragraph_format.keep_with_next for c in baris.cells for p in c.paragraphs)


def test_a_signature_is_one_row_that_keeps_the_title_with_the_name_and_nip(
    laporan: Render,
) -> None:
    dokumen = _buka(laporan("lkjip", BONTANG, "docx"))
    tanda = [t for t in dokumen.tables if "NIP. 197402192001121004" in teks_elemen(t._tbl)]

    # The Kata Pengantar, Bab IV and the PK's two pages in the Lampiran.
    assert len(tanda) == 4
    for t in tanda:
        assert len(t.rows) == 1
        assert t._tbl.tr_lst[0].find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        cell = teks_elemen(t.rows[0].cells[-1]._tc)
        assert "Camat Bontang Barat," in cell and "ANWAR SADAT, SP" in cell


def test_a_file_is_dated_as_its_document_is_signed_not_as_it_is_made(bontang: str) -> None:
    # The demo's LKjIP 2022 is signed 24 February 2023, its PK on 14 February 2022.
    assert services.dokumen("lkjip", bontang, 2022).tanggal == date(2023, 2, 24)
    p = _buka(services.render("pk", bontang, 2022, "docx")).core_properties

    assert p.created.date() == date(2022, 2, 14) and p.modified.date() == date(2022, 2, 14)
    assert p.author == "KECAMATAN BONTANG BARAT"


def test_a_signature_is_never_joined_to_the_table_above_it(laporan: Render) -> None:
    body = _buka(laporan("pk", BONTANG, "docx")).element.body
    tanda = [t for t in body.iter(qn("w:tbl")) if "NIP. 197402192001121004" in teks_elemen(t)]

    assert len(tanda) == 2
    for t in tanda:
        sebelum = t.getprevious()
        assert sebelum.tag == qn("w:p")
        # Its last paragraph keeps with the signatures; an empty one parts it from a table.
        assert sebelum.pPr is not None and (
            sebelum.pPr.keepNext_val or sebelum.getprevious().tag == qn("w:tbl")
        )


def _sel_gabung(tr: Any, kolom: int) -> tuple[str, str | None]:
    """Return a body row's cell text in a column and its merge mark (restart, continue, none)."""
    tc = tr.findall(qn("w:tc"))[kolom]
    tanda = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    merge = None if tanda is None else tanda.get(qn("w:val")) or "continue"
    return teks_elemen(tc), merge


def test_tabel_7s_sasaran_are_written_again_on_each_part_a_page_may_begin(
    laporan: Render,
) -> None:
    t, _ = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))["Tabel 7"]
    baris = t._tbl.tr_lst[1:]
    sasaran = [_sel_gabung(tr, 0) for tr in baris]
    awal = [(r, teks) for r, (teks, merge) in enumerate(sasaran) if merge != "continue"]
    zi = "Meningkatnya kualitas pembangunan Zona Integritas menuju WBK/WBBM"

    # The Zona Integritas sasaran spans 24 rows: three parts of 8, the later two continued.
    assert awal == [
        (0, "Meningkatnya kualitas pelayanan masyarakat Kecamatan Bontang Barat"),
        (7, "Meningkatnya pemberdayaan masyarakat dalam pembangunan Kecamatan Bontang Barat"),
        (13, zi),
        (21, f"{zi} (lanjutan)"),
        (29, f"{zi} (lanjutan)"),
        (37, "Meningkatnya ketentraman dan ketertiban masyarakat Kecamatan Bontang Barat"),
    ]
    # The strategi and kebijakan are continued with it, never left blank on a part.
    for kolom in (1, 2):
        teks, merge = _sel_gabung(baris[21], kolom)
        assert merge == "restart" and teks.endswith(" (lanjutan)"), kolom
    sub = [teks_elemen(tr.findall(qn("w:tc"))[4]) for tr in baris]
    assert not [teks for teks in sub if "(lanjutan)" in teks]


def test_tabel_7s_kegiatan_is_known_on_every_sub_kegiatan_row_of_each_part(
    laporan: Render,
) -> None:
    t, _ = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))["Tabel 7"]
    baris = t._tbl.tr_lst[1:]
    kegiatan: list[str] = []
    for tr in baris:
        teks, merge = _sel_gabung(tr, 3)
        # A part (where a page may begin) begins with the sasaran: its kegiatan is never blank.
        if _sel_gabung(tr, 0)[1] != "continue":
            assert merge != "continue" and teks, teks_elemen(tr)
        kegiatan.append(kegiatan[-1] if merge == "continue" else teks)
    program = [r for r, tr in enumerate(baris) if tr.find(f".//{qn('w:b')}") is not None]
    sub = [r for r in range(len(baris)) if r not in program]
    kepegawaian = "Administrasi Kepegawaian Perangkat Daerah"
    pengadaan = "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"

    # The rows are those of the table: 5 program rows, bold, each its own cell, and 37 sub
    # kegiatan rows of 15 kegiatan, none blank.
    assert (len(program), len(sub)) == (5, 37)
    assert all(_sel_gabung(baris[r], 3)[1] is None for r in program)
    assert all(kegiatan[r] for r in sub)
    assert len({kegiatan[r].removesuffix(" (lanjutan)") for r in sub}) == 15
    # Two kegiatan run over the cut of the 24-row sasaran: the later part names them again.
    assert kegiatan[20:22] == [kepegawaian, f"{kepegawaian} (lanjutan)"]
    assert kegiatan[28:30] == [pengadaan, f"{pengadaan} (lanjutan)"]
    perencanaan = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
    assert kegiatan[14] == kegiatan[15] == perencanaan
    assert _sel_gabung(baris[14], 3)[1] == "restart"


def test_the_rows_of_one_merged_part_are_kept_on_one_page(laporan: Render) -> None:
    t, _ = tabel_docx(_buka(laporan("lkjip", BONTANG, "docx")))["Tabel 7"]
    baris = t._tbl.tr_lst[1:]
    tetap = [
        all(p.pPr is not None and p.pPr.keepNext_val for p in tr.iter(qn("w:p"))) for tr in baris
    ]

    assert all(tr.trPr is not None and tr.trPr.find(qn("w:cantSplit")) is not None for tr in baris)
    # A page may break only after a part's last row.
    assert [r for r, k in enumerate(tetap) if not k] == [6, 12, 20, 28, 36, 41]


def test_no_table_merges_more_rows_than_a_part(laporan: Render) -> None:
    for opd in (BONTANG, DINAS):
        for label, (t, _) in tabel_docx(_buka(laporan("lkjip", opd, "docx"))).items():
            for kolom in range(len(t.columns)):
                rentang = 0
                for tr in t._tbl.tr_lst[1:]:
                    if kolom >= len(tr.findall(qn("w:tc"))):
                        break
                    merge = _sel_gabung(tr, kolom)[1]
                    rentang = rentang + 1 if merge == "continue" else 1
                    assert rentang <= 8, (opd, label, kolom)
