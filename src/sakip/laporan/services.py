"""The reports as a service: what the CLI and the web application call.

`render()` returns a report as bytes; `save_paragraf()` and `paragraf_dokumen()` let an
editor change the generated paragraphs, which are kept across regenerations. Each report costs
the same few queries, however many budget lines, units or indicators the OPD has.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.utils import timezone

from sakip.alur.layanan import Sesi, perubahan
from sakip.core import serapan
from sakip.core.dokumen import lkjip, pk, pk_jabatan
from sakip.core.dokumen import triwulan as laporan_triwulan
from sakip.core.dokumen.model import DaftarOtomatis, Dokumen, rujukan_dalam, urai
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.laporan.models import JENIS_DOKUMEN, ParagrafKustom

JENIS = tuple(kode for kode, _ in JENIS_DOKUMEN)
FORMAT = ("docx", "pdf", "html")
_TRIWULAN_KEY = re.compile(r"tw([1-4])\.")
_PK_KEY = re.compile(r"v([0-9]+)\.")


class PermintaanTidakSah(ValueError):
    """A report was asked for with a kind, format, quarter or key that does not exist."""


@dataclass(frozen=True)
class ParagrafDokumen:
    """One editable paragraph of a report, for an editor."""

    key: str
    bagian: str
    """Title of the section holding it."""
    teks: str
    """The text the report shows now: the user's, or else the generated one."""
    teks_bawaan: str
    """The text sakip generates from the data."""
    diubah_pada: datetime | None
    """When a user last changed it; None while it is the generated text."""
    judul: str = ""
    """How an editor names it: its place in the section and the opening words of the default."""

    @property
    def diubah(self) -> bool:
        """Return whether a user's text replaces the generated one."""
        return self.diubah_pada is not None


OpdArg = m.PerangkatDaerah | str | None
"""An OPD, its code, or None when the database holds only one."""


def _opd(opd: OpdArg) -> m.PerangkatDaerah:
    return opd if isinstance(opd, m.PerangkatDaerah) else snapshot.choose_opd(opd)


def _ubahan(opd: m.PerangkatDaerah, tahun: int, jenis: str) -> dict[str, ParagrafKustom]:
    return {
        p.kunci: p for p in ParagrafKustom.objects.filter(opd=opd, tahun=tahun, jenis_dokumen=jenis)
    }


def _check(jenis: str, triwulan_: int | None) -> None:
    if jenis not in JENIS:
        raise PermintaanTidakSah(
            f"Jenis laporan {jenis!r} tidak dikenal; pilih {', '.join(JENIS)}."
        )
    if jenis == "triwulan" and triwulan_ not in (1, 2, 3, 4):
        raise PermintaanTidakSah("Laporan triwulan memerlukan triwulan 1 sampai 4.")


def _build(
    jenis: str,
    opd: m.PerangkatDaerah,
    tahun: int,
    ubahan: Mapping[str, str],
    *,
    triwulan_: int | None,
    versi: int | None,
    tanggal: date | None,
    jabatan: str | None = None,
) -> Dokumen:
    _check(jenis, triwulan_)
    s = snapshot.build(opd, tahun)
    if jabatan is not None:
        if jenis != "pk":
            raise PermintaanTidakSah("Jabatan hanya berlaku untuk Perjanjian Kinerja.")
        return pk_jabatan.build(s, jabatan, versi=versi)
    # The same early-warning threshold as the web application's (settings.py).
    ambang = serapan.ambang_serapan(settings.SAKIP_SERAPAN_SELISIH)
    if jenis == "lkjip":
        return lkjip.build(
            s,
            ubahan,
            tanggal=tanggal,
            anggaran_tahap=s.pagu_per_tahap,
            ambang_serapan=ambang[4],
        )
    if jenis == "pk":
        return pk.build(s, ubahan, versi=versi, anggaran_tahap=s.pagu_per_tahap)
    assert triwulan_ is not None
    return laporan_triwulan.build(
        s, ubahan, triwulan=triwulan_, tanggal=tanggal, ambang_serapan=ambang
    )


def dokumen(
    jenis: str,
    opd: OpdArg,
    tahun: int,
    *,
    triwulan: int | None = None,
    versi: int | None = None,
    tanggal: date | None = None,
    jabatan: str | None = None,
) -> Dokumen:
    """Return the document model of a report with the users' paragraphs in place.

    With `jabatan` (a position's code), the Perjanjian Kinerja of that position.

    Raises `snapshot.DataTidakAda` when the year has no data, `pk.PkTidakAda` when there is no
    such Perjanjian Kinerja, `PermintaanTidakSah` for an unknown kind or quarter.
    """
    pd = _opd(opd)
    ubahan = {k: p.teks for k, p in _ubahan(pd, tahun, jenis).items()}
    return _build(
        jenis, pd, tahun, ubahan, triwulan_=triwulan, versi=versi, tanggal=tanggal, jabatan=jabatan
    )


def render(
    jenis: str,
    opd: OpdArg,
    tahun: int,
    fmt: str,
    *,
    triwulan: int | None = None,
    versi: int | None = None,
    template: Path | IO[bytes] | None = None,
    tanggal: date | None = None,
    jabatan: str | None = None,
) -> bytes:
    """Return a report ("lkjip", "pk", "triwulan") as DOCX, PDF or HTML (UTF-8) bytes.

    `template` is a DOCX template (docs/documents.md); it raises `TemplatRusak` when unusable.
    `tanggal` is the date above the signatures; by default the one the planning officer set.
    """
    if fmt not in FORMAT:
        raise PermintaanTidakSah(f"Format {fmt!r} tidak dikenal; pilih {', '.join(FORMAT)}.")
    dok = dokumen(
        jenis, opd, tahun, triwulan=triwulan, versi=versi, tanggal=tanggal, jabatan=jabatan
    )
    return render_dokumen(dok, fmt, template=template, tanggal=tanggal)


def render_dokumen(
    dok: Dokumen,
    fmt: str,
    *,
    template: Path | IO[bytes] | None = None,
    tanggal: date | None = None,
) -> bytes:
    """Return a built document (a report, an LHE) as DOCX, PDF or HTML (UTF-8) bytes."""
    if fmt not in FORMAT:
        raise PermintaanTidakSah(f"Format {fmt!r} tidak dikenal; pilih {', '.join(FORMAT)}.")
    from sakip.render import cache

    # A rendered report depends only on its document and template: the same content is
    # served from the disk cache (a PDF or a DOCX of new content takes a second or more).
    isi_templat = _isi_templat(template)
    berkas = _cache_file(dok, fmt, isi_templat)
    result = cache.read("dokumen", berkas)
    if result is None:
        result = _render_dokumen(dok, fmt, isi_templat, tanggal)
        cache.save("dokumen", berkas, result)
    return result


def tersimpan(dok: Dokumen, fmt: str) -> bytes | None:
    """Return the rendering of a built document (no template) if one is kept, else None:
    what the web application serves at once instead of making it in the background."""
    from sakip.render import cache

    return cache.read("dokumen", _cache_file(dok, fmt, None))


def _cache_file(dok: Dokumen, fmt: str, isi_templat: bytes | None) -> str:
    from sakip.render import cache

    return cache.key(fmt, repr(dok), isi_templat.hex() if isi_templat else "") + f".{fmt}"


def _isi_templat(template: Path | IO[bytes] | None) -> bytes | None:
    if template is None:
        return None
    try:
        return template.read_bytes() if isinstance(template, Path) else template.read()
    except OSError as exc:
        from sakip.render.docx_templat import TemplatRusak

        raise TemplatRusak(f"Templat DOCX tidak dapat dibuka: {exc}") from exc


def _render_dokumen(dok: Dokumen, fmt: str, template: bytes | None, tanggal: date | None) -> bytes:
    # Each renderer is imported when its format is asked for: a report needs no other
    # format's libraries.
    if fmt == "html":
        from sakip.render.html import render_html

        return render_html(dok).encode("utf-8")
    if fmt == "pdf":
        from sakip.render.typst import render_pdf

        return render_pdf(dok)
    berdaftar = any(isinstance(b, DaftarOtomatis) for b, _ in dok.telusuri())
    with ThreadPoolExecutor(max_workers=1) as latar:
        # The Typst layout of the page numbers (about a second, run outside the GIL) is made
        # while python-docx is imported and the body written: the lists of contents come last.
        page = latar.submit(_print_pages, dok) if berdaftar else None
        from sakip.render.docx import render_docx

        return render_docx(
            dok,
            io.BytesIO(template) if template is not None else None,
            # The file is dated as the document is (its signing date); a draft without one, today.
            tanggal=tanggal or dok.tanggal or timezone.localdate(),
            page=page.result if page is not None else None,
        )


def _print_pages(dok: Dokumen) -> Mapping[str, tuple[int, str]]:
    """Return the printed page of every heading, table and figure, for the DOCX's lists of
    contents: kept from the last PDF of the same content, else laid out now by Typst (about
    a second)."""
    from sakip.render.typst import print_pages

    return print_pages(dok)


def pratinjau(
    jenis: str,
    opd: OpdArg,
    tahun: int,
    *,
    triwulan: int | None = None,
    versi: int | None = None,
) -> str:
    """Return the report as an HTML fragment (inline CSS and SVG charts) to embed."""
    from sakip.render.html import render_fragment

    return render_fragment(dokumen(jenis, opd, tahun, triwulan=triwulan, versi=versi))


def _from_key(jenis: str, key: str) -> tuple[int | None, int | None]:
    """Return the quarter or PK version a paragraph key names ("tw2.", "v1.")."""
    pola = {"triwulan": _TRIWULAN_KEY, "pk": _PK_KEY}.get(jenis)
    cocok = pola.match(key) if pola else None
    nilai = int(cocok.group(1)) if cocok else None
    return (nilai, None) if jenis == "triwulan" else (None, nilai)


def paragraf_dokumen(
    opd: OpdArg,
    tahun: int,
    jenis: str,
    *,
    triwulan: int | None = None,
    versi: int | None = None,
) -> list[ParagrafDokumen]:
    """Return every editable paragraph of a report: key, section, current and generated text."""
    return penyunting(opd, tahun, jenis, triwulan=triwulan, versi=versi)[0]


def penyunting(
    opd: OpdArg,
    tahun: int,
    jenis: str,
    *,
    triwulan: int | None = None,
    versi: int | None = None,
) -> tuple[list[ParagrafDokumen], list[tuple[str, str]]]:
    """Return a report's editable paragraphs and the tables and figures a text may refer to.

    Each reference is (kunci, "Tabel 15 · its title"), in the document's order.
    """
    pd = _opd(opd)
    dok = _build(jenis, pd, tahun, {}, triwulan_=triwulan, versi=versi, tanggal=None)
    ubahan = _ubahan(pd, tahun, jenis)
    result = []
    ke: dict[str, int] = {}
    for teks, bagian in dok.paragraf_berkunci():
        assert teks.key is not None
        milik = ubahan.get(teks.key)
        ke[bagian] = ke.get(bagian, 0) + 1
        result.append(
            ParagrafDokumen(
                key=teks.key,
                bagian=bagian,
                teks=milik.teks if milik else teks.sumber,
                teks_bawaan=teks.sumber,
                diubah_pada=milik.diubah_pada if milik else None,
                judul=f"Paragraf {ke[bagian]}: {_awal_kalimat(dok, teks.sumber)}",
            )
        )
    rujukan = [(k, f"{n.label} · {n.judul}") for k, n in dok.penomoran.items()]
    return result, rujukan


def _awal_kalimat(dok: Dokumen, sumber: str, kata: int = 8) -> str:
    """Return the opening words of a source text as printed (references as "Tabel 15")."""
    polos = " ".join(
        "".join(dok.label(p.rujukan) if p.rujukan else p.teks for p in par.potongan)
        for par in urai(sumber)
    )
    bagian = polos.split()
    return " ".join(bagian[:kata]) + ("…" if len(bagian) > kata else "")


def save_paragraf(
    opd: OpdArg,
    tahun: int,
    jenis: str,
    key: str,
    teks: str,
    *,
    sesi: Sesi | None = None,
    pengguna: Any = None,
) -> ParagrafKustom | None:
    """Keep a user's text for one paragraph of a report; an empty text restores the generated.

    The key must be one the report has, and every `[[kunci]]` in the text must name one of its
    tables or figures; otherwise `PermintaanTidakSah` says what is wrong.
    """
    pd = _opd(opd)
    triwulan_, versi = _from_key(jenis, key)
    if jenis == "triwulan" and triwulan_ is None:
        raise PermintaanTidakSah(f"Kunci {key!r} tidak diawali triwulan (tw1. sampai tw4.).")
    dok = _build(jenis, pd, tahun, {}, triwulan_=triwulan_, versi=versi, tanggal=None)
    dikenal = {t.key for t, _ in dok.paragraf_berkunci()}
    if key not in dikenal:
        raise PermintaanTidakSah(f"Paragraf dengan kunci {key!r} tidak ada di laporan ini.")
    asing = [r for r in rujukan_dalam(teks) if dok.nomor(r) is None]
    if asing:
        raise PermintaanTidakSah(
            f"Rujukan {', '.join(f'[[{r}]]' for r in asing)} tidak menunjuk tabel atau grafik "
            f"di laporan ini; yang ada: {', '.join(dok.penomoran)}."
        )
    if sesi is None:
        with perubahan(pengguna, f"Narasi {jenis} {tahun}", opd_id=pd.pk) as new:
            return _write_paragraf(new, pd, tahun, jenis, key, teks)
    return _write_paragraf(sesi, pd, tahun, jenis, key, teks)


def _write_paragraf(
    sesi: Sesi, opd: m.PerangkatDaerah, tahun: int, jenis: str, key: str, teks: str
) -> ParagrafKustom | None:
    ada = ParagrafKustom.objects.filter(
        opd=opd, tahun=tahun, jenis_dokumen=jenis, kunci=key
    ).first()
    if not teks.strip():
        if ada is not None:
            sesi.delete(ada)
        return None
    paragraf = ada or ParagrafKustom(opd=opd, tahun=tahun, jenis_dokumen=jenis, kunci=key)
    paragraf.teks = teks
    sesi.save(paragraf)
    return paragraf
