"""The register: types from the data file, hashes, the upload's checks, who may write."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest

from sakip.alur.layanan import Ditolak
from sakip.alur.models import DokumenTertanda
from sakip.kinerja import models as m
from sakip.publik import register
from sakip.publik.jenis import listing
from sakip.publik.models import DokumenSakip

from .conftest import PDF, TAHUN, tanda, upload


def _docx(bagian: str = "word/document.xml") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(bagian, "<w:document/>")
    return out.getvalue()


def test_the_types_are_the_national_list_with_its_source_and_certainty() -> None:
    j = listing()
    assert j.kepastian == "[C]"
    assert "ESR" in j.sumber
    kode = [t.kode for t in j.jenis]
    assert len(kode) == len(set(kode)) == 20
    assert kode[:3] == ["rpjpd", "rpjmd", "renstra"]
    assert j.get("reviu-lkjip").esr == "lainnya"  # type: ignore[union-attr]
    # Every kind of document sakip signs has its type.
    assert {jenis: j.dari_tertanda(jenis).kode for jenis, _ in DokumenTertanda.JENIS} == {
        "lkjip": "laporan-kinerja",
        "pk": "pk",
    }


def test_an_upload_keeps_the_files_sha256_and_its_type(opd: m.PerangkatDaerah) -> None:
    dok = upload(opd, opd.pemda)
    dok.refresh_from_db()
    assert dok.sha256 == hashlib.sha256(PDF).hexdigest()
    assert dok.ukuran == len(PDF)
    assert dok.isi() == PDF
    assert dok.berkas.name == f"register/{opd.kode}/{TAHUN}/renstra/renstra.pdf"
    (e,) = register.entri(opd.pemda, TAHUN, opd)
    assert (e.jenis.nama, e.sumber, e.sha256, e.ditandatangani) == (
        "Renstra",
        "unggah",
        dok.sha256,
        True,
    )


def test_a_signed_document_of_sakip_is_in_the_register_with_its_hash(
    opd: m.PerangkatDaerah,
) -> None:
    html, pdf = tanda(opd, html=b"<p>LKjIP</p>", pdf=PDF)
    entri = register.entri(opd.pemda, TAHUN)
    assert [(e.jenis.kode, e.format, e.sha256, e.ukuran) for e in entri] == [
        ("laporan-kinerja", "html", hashlib.sha256(b"<p>LKjIP</p>").hexdigest(), 12),
        ("laporan-kinerja", "pdf", hashlib.sha256(PDF).hexdigest(), len(PDF)),
    ]
    assert entri[1].nama_berkas == f"laporan-kinerja-{opd.kode}-{TAHUN}.pdf"
    assert register.isi(entri[1]) == PDF


@pytest.mark.parametrize(
    ("nama", "data", "alasan"),
    [
        ("program.exe", b"MZ\x90\x00", "Jenis berkas tidak diterima"),
        ("renstra.pdf", b"<html>bukan pdf</html>", "tidak sesuai dengan jenisnya"),
        ("renstra.docx", b"PK\x03\x04rusak", "tidak sesuai dengan jenisnya"),
        ("renstra.docx", _docx("xl/workbook.xml"), "tidak sesuai dengan jenisnya"),
        ("renstra.pdf", b"", "tidak sesuai dengan jenisnya"),
    ],
)
def test_it_rejects_a_file_that_is_not_what_its_name_says(
    opd: m.PerangkatDaerah, nama: str, data: bytes, alasan: str
) -> None:
    with pytest.raises(Ditolak, match=alasan):
        upload(opd, opd.pemda, data=data, nama=nama)
    assert not DokumenSakip.objects.exists()


def test_it_accepts_a_real_docx(opd: m.PerangkatDaerah) -> None:
    dok = upload(opd, opd.pemda, data=_docx(), nama="../../renstra.docx")
    assert dok.nama_berkas == "renstra.docx"


def test_it_rejects_a_file_over_the_size_limit(opd: m.PerangkatDaerah, settings) -> None:  # type: ignore[no-untyped-def]
    settings.SAKIP_BUKTI_MAKS_MB = 1
    with pytest.raises(Ditolak, match="melebihi 1 MB"):
        upload(opd, opd.pemda, data=PDF + b"0" * (1024 * 1024))
    assert not DokumenSakip.objects.exists()


def test_it_rejects_a_type_of_the_other_level(opd: m.PerangkatDaerah) -> None:
    with pytest.raises(Ditolak, match="bukan dokumen perangkat daerah"):
        upload(opd, opd.pemda, jenis="rpjmd")
    with pytest.raises(Ditolak, match="bukan dokumen Pemda"):
        upload(None, opd.pemda, jenis="renstra", oleh="admin")


def test_only_the_planning_officer_uploads_the_opds_documents(opd: m.PerangkatDaerah) -> None:
    for nama in ("op-kanaan", "inspektorat", "admin"):
        with pytest.raises(Ditolak, match="hanya perencana"):
            upload(opd, opd.pemda, oleh=nama)
    assert not DokumenSakip.objects.exists()


def test_only_the_admin_pemda_uploads_the_pemdas_documents(opd: m.PerangkatDaerah) -> None:
    with pytest.raises(Ditolak, match="hanya Admin Pemda"):
        upload(None, opd.pemda, jenis="rpjmd", oleh="perencana")
    dok = upload(None, opd.pemda, jenis="rpjmd", oleh="admin")
    (e,) = register.entri(opd.pemda, TAHUN)
    assert (e.opd_kode, e.opd_nama, e.dokumen_id) == (None, opd.pemda.nama, dok.pk)


def test_an_unsigned_document_cannot_be_published(opd: m.PerangkatDaerah, pengguna) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Ditolak, match="belum ditandatangani"):
        upload(opd, opd.pemda, ditandatangani=False, publik=True)
    dok = upload(opd, opd.pemda, ditandatangani=False)
    with pytest.raises(Ditolak, match="belum ditandatangani"):
        register.atur_publik(pengguna("perencana"), dok, True)
    dok.refresh_from_db()
    assert dok.publik is False


def test_a_withdrawn_signature_cannot_be_published(opd: m.PerangkatDaerah, pengguna) -> None:  # type: ignore[no-untyped-def]
    (d,) = tanda(opd)
    DokumenTertanda.objects.filter(pk=d.pk).update(dicabut=True)
    with pytest.raises(Ditolak, match="belum ditandatangani"):
        register.atur_publik_tertanda(pengguna("perencana"), d, True)
    assert not DokumenSakip.objects.exists()


def test_publishing_a_signed_document_makes_its_register_row_once(
    opd: m.PerangkatDaerah, pengguna
) -> None:  # type: ignore[no-untyped-def]
    (d,) = tanda(opd)
    register.atur_publik_tertanda(pengguna("perencana"), d, True)
    register.atur_publik_tertanda(pengguna("perencana"), d, False)
    register.atur_publik_tertanda(pengguna("perencana"), d, True)
    (row,) = DokumenSakip.objects.all()
    assert (row.tertanda_id, row.jenis, row.sha256, row.publik) == (
        d.pk,
        "laporan-kinerja",
        d.sha256,
        True,
    )
    with pytest.raises(Ditolak, match="hanya perencana"):
        register.atur_publik_tertanda(pengguna("op-kanaan"), d, False)
