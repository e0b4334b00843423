"""HTML of the document model: a preview page or a fragment to embed.

Everything is inline: one <style> element, charts as SVG elements, no external asset, so the
output can be embedded in a web page or opened from disk as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import escape

from sakip.core.dokumen.model import (
    Bagian,
    Blok,
    Daftar,
    DaftarOtomatis,
    Dokumen,
    Grafik,
    Identitas,
    Nomor,
    Paragraf,
    Rata,
    TabelDok,
    TandaTangan,
    Teks,
)
from sakip.core.tables.base import Tabel
from sakip.render import grafik as gambar
from sakip.render import tata_letak as tl

FONT = '"Liberation Sans", "DejaVu Sans", Arial, sans-serif'
PT_PER_CM = 72 / 2.54
LEBAR_PT = 16.0 * PT_PER_CM
"""Text width of a portrait A4 page (21 cm less margins of 3 and 2 cm)."""
LEBAR_LANSKAP_PT = 26.1 * PT_PER_CM
"""Text width of a landscape A4 page (29.7 cm less margins of 1.8 cm)."""
BARIS_KECIL = 6
"""A table of at most this many rows is never split over two pages (in print, DOCX)."""

CSS = f"""
.sakip-dokumen {{ font-family: {FONT}; font-size: 11pt; line-height: 1.4; color: #000; }}
.sakip-dokumen h1 {{ font-size: 14pt; text-align: center; margin: 0 0 1em; }}
.sakip-dokumen h1 .nomor-bab {{ display: block; }}
.sakip-dokumen h2 {{ font-size: 12pt; margin: 1.2em 0 0.5em; }}
.sakip-dokumen h3, .sakip-dokumen h4 {{ font-size: 11pt; margin: 1em 0 0.4em; }}
.sakip-dokumen p {{ margin: 0 0 0.5em; text-align: justify; }}
.sakip-dokumen p.tengah {{ text-align: center; }}
.sakip-dokumen p.kanan {{ text-align: right; }}
.sakip-dokumen p.butir {{ padding-left: 1.6em; text-indent: -1.6em; text-align: left; }}
.sakip-dokumen p.butir .penanda {{ display: inline-block; min-width: 1.6em; text-indent: 0; }}
.sakip-dokumen p.t2 {{ margin-left: 1.6em; }}
.sakip-dokumen p.t3 {{ margin-left: 3.2em; }}
.sakip-dokumen a.rujukan {{ color: inherit; text-decoration: none; }}
.sakip-dokumen .keterangan {{ font-weight: bold; text-align: center; margin: 1em 0 0.4em; }}
.sakip-dokumen table.data {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
.sakip-dokumen table.data th, .sakip-dokumen table.data td {{
  border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top;
  overflow-wrap: break-word; hyphens: manual; }}
.sakip-dokumen table.data th {{ background: #d9e2f3; text-align: center; vertical-align: middle; }}
.sakip-dokumen table.data td.angka {{ text-align: right; white-space: nowrap; }}
.sakip-dokumen table.data td.tebal {{ font-weight: bold; }}
.sakip-dokumen table.data tr.g-kelompok td, .sakip-dokumen table.data tr.g-subtotal td {{
  background: #f2f2f2; }}
.sakip-dokumen table.data tr.g-total td {{ background: #e7e6e6; }}
.sakip-dokumen table.data td.i1 {{ padding-left: 10pt; }}
.sakip-dokumen table.data td.i2 {{ padding-left: 18pt; }}
.sakip-dokumen .catatan {{ font-size: 8.5pt; text-align: left; margin: 0.2em 0 0.8em; }}
.sakip-dokumen figure.grafik {{ margin: 1em 0; text-align: center; }}
.sakip-dokumen figure.grafik svg {{ max-width: 100%; height: auto; }}
.sakip-dokumen figure.grafik figcaption {{ font-weight: bold; margin-top: 0.3em; }}
.sakip-dokumen table.ttd {{ width: 100%; margin-top: 1.5em; border-collapse: collapse; }}
.sakip-dokumen table.ttd td {{ width: 50%; text-align: center; vertical-align: top; }}
.sakip-dokumen table.ttd td.atas {{ vertical-align: bottom; }}
.sakip-dokumen table.ttd .ruang {{ height: 4.5em; }}
.sakip-dokumen table.ttd .nama {{ font-weight: bold; text-decoration: underline; }}
.sakip-dokumen .sampul {{ text-align: center; padding-top: 3cm; }}
.sakip-dokumen .sampul .pemda {{ font-size: 14pt; font-weight: bold; }}
.sakip-dokumen .sampul .judul {{ font-size: 20pt; font-weight: bold; margin-top: 5cm; }}
.sakip-dokumen .sampul .singkatan {{ font-size: 18pt; font-weight: bold; margin-top: 0.6cm; }}
.sakip-dokumen .sampul .opd {{ font-size: 16pt; font-weight: bold; margin-top: 4cm; }}
.sakip-dokumen .sampul .tahun {{ font-size: 16pt; font-weight: bold; margin-top: 0.4cm; }}
.sakip-dokumen table.daftar {{ width: 100%; border-collapse: collapse; }}
.sakip-dokumen table.daftar td {{ padding: 0 0 3pt 0; vertical-align: bottom; }}
.sakip-dokumen table.daftar td.label {{ width: 4.5em; vertical-align: top; }}
.sakip-dokumen table.daftar tr.d2 td.judul {{ padding-left: 1.5em; }}
.sakip-dokumen table.daftar td.hal {{ width: 2.5em; text-align: right; }}
.sakip-dokumen table.daftar a {{ color: inherit; text-decoration: none; }}
"""

CSS_PRATINJAU = """
.sakip-dokumen { max-width: 21cm; margin: 0 auto; padding: 1.5cm; background: #fff; }
.sakip-dokumen .run.lanskap { max-width: 100%; }
.sakip-dokumen .tabel-gulir { overflow-x: auto; }
.sakip-dokumen .run.lanskap .tabel-gulir { min-width: 0; }
.sakip-dokumen h1 { margin-top: 2em; border-top: 1px solid #ccc; padding-top: 1em; }
.sakip-dokumen .sampul { padding: 2cm 0; }
.sakip-dokumen .sampul .judul, .sakip-dokumen .sampul .opd { margin-top: 1.5cm; }
"""


@dataclass(frozen=True)
class Potong:
    """A piece of markup in reading order, with the part of the document it belongs to."""

    bagian: str  # "sampul", "depan", "isi", "lampiran"
    lanskap: bool
    html: str


def render_html(dok: Dokumen) -> str:
    """Return a whole HTML page previewing the document, self-contained."""
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
        f"<title>{escape(dok.judul)}</title>"
        f"<style>{CSS}{CSS_PRATINJAU}</style></head><body>" + markup(dok) + "</body></html>"
    )


def render_fragment(dok: Dokumen) -> str:
    """Return the preview as a fragment (a <style> and a <div>) to embed in a page."""
    return f"<style>{CSS}{CSS_PRATINJAU}</style>" + markup(dok)


def markup(dok: Dokumen) -> str:
    """Return the document's body, its blocks grouped into runs of one page kind."""
    potongan = []
    if dok.bersampul:
        potongan.append(Potong("sampul", False, _sampul(dok.identitas)))
    for nama, bagian in dok.bagian_utama():
        potongan.extend(_bagian(dok, bagian, nama, 1, False))
    return bungkus(potongan)


def bungkus(potongan: Iterable[Potong]) -> str:
    """Return pieces as the document's <div>, grouped into runs of one page kind.

    A run is a stretch printed on the same kind of page: the cover, the front matter, the
    body's portrait or landscape pages.
    """
    keluaran = ['<div class="sakip-dokumen">']
    kini: tuple[str, bool] | None = None
    for potong in potongan:
        key = (potong.bagian, potong.lanskap)
        if key != kini:
            if kini is not None:
                keluaran.append("</div>")
            arah = "lanskap" if potong.lanskap else "potret"
            keluaran.append(f'<div class="run {potong.bagian} {arah}">')
            kini = key
        keluaran.append(potong.html)
    if kini is not None:
        keluaran.append("</div>")
    keluaran.append("</div>")
    return "".join(keluaran)


def _bagian(
    dok: Dokumen,
    bagian: Bagian,
    nama: str,
    tingkat: int,
    lanskap: bool,
) -> Iterator[Potong]:
    lanskap = lanskap or bagian.lanskap
    yield Potong(nama, lanskap, _judul(bagian, tingkat))
    for blok in bagian.isi:
        if isinstance(blok, Bagian):
            yield from _bagian(dok, blok, nama, tingkat + 1, lanskap)
        else:
            miring = lanskap or (isinstance(blok, TabelDok) and blok.lanskap)
            yield Potong(nama, miring, _blok(dok, blok, miring))


def _judul(bagian: Bagian, tingkat: int) -> str:
    jangkar = escape(bagian.jangkar)
    if tingkat == 1:
        # The space keeps the number and title apart in the PDF outline; the block-level
        # number makes it invisible on the page.
        nomor = f'<span class="nomor-bab">{escape(bagian.nomor)}</span> ' if bagian.nomor else ""
        return f'<h1 id="{jangkar}">{nomor}{escape(bagian.judul)}</h1>'
    h = min(tingkat, 4)
    kelas = ' class="halaman-baru"' if bagian.new_page else ""
    return f'<h{h} id="{jangkar}"{kelas}>{escape(bagian.judul_lengkap)}</h{h}>'


def _blok(dok: Dokumen, blok: Blok, lanskap: bool) -> str:
    if isinstance(blok, Teks):
        return _teks(dok, blok)
    if isinstance(blok, TabelDok):
        nomor = dok.nomor(blok.tabel.key)
        assert nomor is not None
        return _tabel(nomor, blok.tabel, lanskap)
    if isinstance(blok, Grafik):
        return _grafik(dok, blok)
    if isinstance(blok, TandaTangan):
        return _tanda_tangan(dok, blok)
    if isinstance(blok, DaftarOtomatis):
        return _listing(dok, blok.jenis)
    raise TypeError(f"Blok {type(blok).__name__} tidak dikenal.")


def _teks(dok: Dokumen, teks: Teks) -> str:
    return "".join(_paragraf(dok, p, teks.rata) for p in teks.paragraf)


def _paragraf(dok: Dokumen, p: Paragraf, rata: Rata) -> str:
    isi = _inline(dok, p)
    if p.butir:
        return (
            f'<p class="butir t{p.tingkat}"><span class="penanda">{escape(p.butir)}</span>{isi}</p>'
        )
    nama = [rata.value] if rata is not Rata.BIASA else []
    nama += ["pengantar"] if p.pengantar else []
    kelas = f' class="{" ".join(nama)}"' if nama else ""
    return f"<p{kelas}>{isi}</p>"


def _inline(dok: Dokumen, p: Paragraf) -> str:
    bagian = []
    for potongan in p.potongan:
        if potongan.rujukan is not None:
            nomor = dok.nomor(potongan.rujukan)
            label = escape(dok.label(potongan.rujukan))
            teks = f'<a class="rujukan" href="#{nomor.jangkar}">{label}</a>' if nomor else label
        else:
            teks = escape(potongan.teks)
        bagian.append(f"<strong>{teks}</strong>" if potongan.tebal else teks)
    return "".join(bagian)


def _tabel(nomor: Nomor, t: Tabel, lanskap: bool) -> str:
    """Return a table: its caption, then the table."""
    tata = tl.tata_tabel(t, LEBAR_LANSKAP_PT if lanskap else LEBAR_PT, lanskap)
    huruf, lebar = tata.huruf, tata.lebar
    gabung = tl.gabungan(t)
    nama = tl.kolom_nama(t)
    bagian = [
        f'<p class="keterangan" id="{nomor.jangkar}">{escape(nomor.label)} {escape(t.judul)}</p>',
        f'<div class="tabel-gulir"><table class="data" data-tabel="{escape(t.key)}" '
        f'style="font-size:{huruf}pt"><colgroup>',
        "".join(f'<col style="width:{w * 100:.2f}%">' for w in lebar),
        "</colgroup><thead><tr>",
        "".join(f"<th>{escape(tl.judul_kolom(k))}</th>" for k in t.kolom),
        "</tr></thead><tbody>",
    ]
    if not t.baris:
        bagian.append(f'<tr><td colspan="{len(t.kolom)}">Tidak ada data.</td></tr>')
    for r, (baris, gaya) in enumerate(zip(t.baris, t.gaya, strict=True)):
        cell = []
        for c, (nilai, kolom) in enumerate(zip(baris, t.kolom, strict=True)):
            rentang = gabung.get((r, c), 1)
            if rentang == 0:
                continue
            atribut = f' rowspan="{rentang}"' if rentang > 1 else ""
            cell_class = "angka" if tl.rata_kanan(kolom) else ""
            if tl.tebal(t, r, c):
                cell_class += " tebal"
            if c == nama and tl.indentasi(gaya):
                cell_class += f" i{tl.indentasi(gaya)}"
            isi = escape(tl.cell(nilai, kolom)).replace("\n", "<br>")
            if cell_class:
                atribut += f' class="{cell_class.strip()}"'
            cell.append(f"<td{atribut}>{isi}</td>")
        bagian.append(f'<tr class="g-{gaya.value}">{"".join(cell)}</tr>')
    bagian.append("</tbody></table></div>")
    bagian.extend(f'<p class="catatan">Catatan: {escape(c)}</p>' for c in t.catatan)
    return "".join(bagian)


def _grafik(dok: Dokumen, g: Grafik) -> str:
    nomor = dok.nomor(g.key)
    assert nomor is not None
    catatan = f'<p class="catatan">{escape(g.catatan)}</p>' if g.catatan else ""
    return (
        f'<figure class="grafik" id="{nomor.jangkar}">{gambar.svg(g)}'
        f"<figcaption>{escape(nomor.label)} {escape(g.judul)}</figcaption>{catatan}</figure>"
    )


def _tanda_tangan(dok: Dokumen, ttd: TandaTangan) -> str:
    """Return the signatures as a table of two rows (titles, then names), so that the names
    line up even when one title runs over two lines."""
    tanggal = ""
    if ttd.tempat_tanggal is not None:
        tanggal = "".join(f"<div>{_inline(dok, p)}</div>" for p in ttd.tempat_tanggal.paragraf)
    empty = ["<td></td>"] if len(ttd.penanda) == 1 else []
    atas, bawah = list(empty), list(empty)
    for i, p in enumerate(ttd.penanda):
        awal = tanggal if i == len(ttd.penanda) - 1 else ""
        peran = f"<div><strong>{escape(p.peran.upper())}</strong></div>" if p.peran else ""
        atas.append(f'<td class="atas">{awal}{peran}<div>{escape(p.jabatan)},</div></td>')
        nama = escape(p.nama) if p.nama else "(" + "." * 36 + ")"
        nip = f"<div>NIP. {escape(p.nip)}</div>" if p.nip else ""
        bawah.append(f'<td><div class="ruang"></div><div class="nama">{nama}</div>{nip}</td>')
    return f'<table class="ttd"><tr>{"".join(atas)}</tr><tr>{"".join(bawah)}</tr></table>'


def _listing(dok: Dokumen, jenis: Daftar) -> str:
    """Return a list of contents, tables or figures as rows of links: label, title. The
    preview has no pages; the PDF and the DOCX write the page numbers."""
    baris = []
    if jenis is Daftar.ISI:
        for bagian, tingkat in dok.judul_daftar_isi():
            baris.append(_entri("", bagian.judul_lengkap, bagian.jangkar, f"d{tingkat}"))
    else:
        for nomor in dok.listing("Tabel" if jenis is Daftar.TABEL else "Grafik"):
            baris.append(_entri(nomor.label, nomor.judul, nomor.jangkar, "d1"))
    if not baris:
        return "<p>Tidak ada.</p>"
    return f'<table class="daftar">{"".join(baris)}</table>'


def _entri(label: str, judul: str, jangkar: str, kelas: str) -> str:
    tautan = f'<a href="#{escape(jangkar)}">{escape(judul)}</a>'
    if label:
        return (
            f'<tr class="{kelas}"><td class="label">{escape(label)}</td>'
            f'<td class="judul">{tautan}</td></tr>'
        )
    return f'<tr class="{kelas}"><td class="judul" colspan="2">{tautan}</td></tr>'


def _sampul(sampul: Identitas) -> str:
    return (
        '<section class="sampul">'
        f'<div class="pemda">{escape(sampul.pemda)}</div>'
        f'<div class="judul">{escape(sampul.judul)}</div>'
        f'<div class="singkatan">{escape(sampul.singkatan)}</div>'
        f'<div class="opd">{escape(sampul.opd)}</div>'
        f'<div class="tahun">TAHUN {escape(sampul.tahun)}</div>'
        "</section>"
    )
