"""The export bundle of a year: the signed documents of the register and a manifest listing them.

A folder, or a zip when the target ends in .zip, laid out as `<owner>/<type>/<file>` (the owner
is the OPD's code, or `pemda-<code>` for the Pemda's own documents), with `manifest.json` and
`manifest.csv` at the top: everything a person needs to upload them to the national e-SAKIP by
hand. Only signed documents go in; of a document sakip signed in several formats, one file
(PDF, else DOCX, else HTML).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sakip.core.rumus import lindungi_csv
from sakip.kinerja.models import Pemda

from . import register
from .jenis import listing
from .register import Entri

KOLOM = (
    "jenis",
    "jenis_esr",
    "nama_jenis",
    "opd",
    "nama_opd",
    "tahun",
    "berkas",
    "sha256",
    "ukuran",
    "sumber",
    "penandatangan",
    "tanggal_tanda",
    "publik",
)
FORMAT_ORDER = ("pdf", "docx", "html")
_WAKTU_ZIP = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Bundle:
    """What a bundle holds: its manifest rows, and the documents left out (not signed)."""

    baris: list[dict[str, object]]
    dilewati: list[Entri]


def choose(all_items: Iterable[Entri]) -> tuple[list[Entri], list[Entri]]:
    """Return the entries a bundle takes and those it leaves out (unsigned, other formats)."""
    ambil: dict[tuple[object, ...], Entri] = {}
    dilewati: list[Entri] = []
    for e in all_items:
        if not e.ditandatangani:
            if e.sumber == "unggah":
                dilewati.append(e)
            continue
        if e.tertanda_id is None:
            ambil[("unggah", e.dokumen_id)] = e
            continue
        key = ("sakip", e.opd_kode, e.jenis.kode, e.versi)
        old = ambil.get(key)
        if old is None or _mutu(e) > _mutu(old):
            ambil[key] = e
    return list(ambil.values()), dilewati


def _mutu(e: Entri) -> tuple[int, int]:
    # The preferred format first, then the latest signature.
    tingkat = FORMAT_ORDER.index(e.format) if e.format in FORMAT_ORDER else len(FORMAT_ORDER)
    return (-tingkat, e.tertanda_id or 0)


def _jalur(e: Entri, pemda: Pemda, dipakai: set[str]) -> str:
    pemilik = e.opd_kode or f"pemda-{pemda.kode}"
    jalur = f"{pemilik}/{e.jenis.kode}/{e.nama_berkas}"
    if jalur in dipakai:
        p = PurePosixPath(jalur)
        jalur = str(p.with_name(f"{p.stem}-{e.sha256[:8]}{p.suffix}"))
    dipakai.add(jalur)
    return jalur


def baris_manifest(e: Entri, jalur: str) -> dict[str, object]:
    """Return a register entry as a manifest row (`jalur`: its file's path in the bundle)."""
    return {
        "jenis": e.jenis.kode,
        "jenis_esr": e.jenis.esr,
        "nama_jenis": e.jenis.nama,
        "opd": e.opd_kode,
        "nama_opd": e.opd_nama,
        "tahun": e.tahun,
        "berkas": jalur,
        "sha256": e.sha256,
        "ukuran": e.ukuran,
        "sumber": e.sumber,
        "penandatangan": e.penandatangan,
        "tanggal_tanda": e.tanggal_tanda.isoformat() if e.tanggal_tanda else None,
        "publik": e.publik,
    }


def manifest_json(pemda: Pemda, tahun: int, baris: list[dict[str, object]]) -> str:
    """Return the manifest as JSON: the Pemda, the year, the type list used, every file."""
    j = listing()
    data = {
        "pemda": pemda.kode,
        "nama_pemda": pemda.nama,
        "tahun": tahun,
        "daftar_jenis": {"kode": j.kode, "sumber": j.sumber, "kepastian": j.kepastian},
        "dokumen": baris,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def manifest_csv(baris: list[dict[str, object]]) -> str:
    """Return the manifest as CSV, one file per row."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(KOLOM)
    for b in baris:
        w.writerow(["" if b[k] is None else lindungi_csv(b[k]) for k in KOLOM])
    return out.getvalue()


def write(pemda: Pemda, tahun: int, all_items: list[Entri], tujuan: Path) -> Bundle:
    """Write the bundle of these register entries to a folder, or a zip for a .zip target."""
    ambil, dilewati = choose(all_items)
    dipakai: set[str] = set()
    berkas = [(e, _jalur(e, pemda, dipakai)) for e in ambil]
    baris = [baris_manifest(e, jalur) for e, jalur in berkas]
    isi = {
        "manifest.json": manifest_json(pemda, tahun, baris).encode(),
        "manifest.csv": manifest_csv(baris).encode(),
    }
    if tujuan.suffix.lower() == ".zip":
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as z:
            for nama, data in isi.items():
                z.writestr(zipfile.ZipInfo(nama, _WAKTU_ZIP), data, zipfile.ZIP_DEFLATED)
            for e, jalur in berkas:
                z.writestr(
                    zipfile.ZipInfo(jalur, _WAKTU_ZIP), register.isi(e), zipfile.ZIP_DEFLATED
                )
    else:
        tujuan.mkdir(parents=True, exist_ok=True)
        for nama, data in isi.items():
            (tujuan / nama).write_bytes(data)
        for e, jalur in berkas:
            target = tujuan / jalur
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(register.isi(e))
    return Bundle(baris, dilewati)
