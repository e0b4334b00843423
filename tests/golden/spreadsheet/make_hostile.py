"""Write the hostile golden files of tests/golden/spreadsheet/should_fail (run from the root):

    .venv/bin/python tests/golden/spreadsheet/make_hostile.py

Each file is a few kilobytes that claims far more than it holds; read naively it grows a worker
to gigabytes or past its time limit. The XML is written by hand (not by openpyxl, which would
write a true dimension and cached values) so each file holds exactly the trap it tests.
`make_golden.py` calls `write_all` too, after clearing the folders.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
BONTANG = "7.01.0.00.0.00.30.0000"
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_JENIS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_BUKU = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<workbook xmlns="{_NS}" xmlns:r="{_REL}">'
    '<sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BUKU_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
JUDUL = ["Kode Unit SKPD", "Kode Sub Kegiatan", "Tahun Anggaran", "Tahapan", "Anggaran"]
BAIK = [BONTANG, "7.01.01.2.01.01", 2022, "Perubahan", 45_000_000]


def _cell(ref: str, nilai: Any) -> str:
    if isinstance(nilai, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{nilai}</t></is></c>'
    return f'<c r="{ref}"><v>{nilai}</v></c>'


def baris_xml(nomor: int, nilai: list[Any], tambahan: str = "") -> str:
    cell = "".join(_cell(f"{chr(65 + i)}{nomor}", v) for i, v in enumerate(nilai))
    return f'<row r="{nomor}">{cell}{tambahan}</row>'


def xlsx(path: Path, baris: str, *, dimensi: str | None = None, gabungan: str = "") -> None:
    """Write a one-sheet workbook ("Realisasi") whose sheet XML holds exactly these parts."""
    lembar = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}">'
        + (f'<dimension ref="{dimensi}"/>' if dimensi else "")
        + f"<sheetData>{baris}</sheetData>"
        + (f'<mergeCells count="1"><mergeCell ref="{gabungan}"/></mergeCells>' if gabungan else "")
        + "</worksheet>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _JENIS)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BUKU)
        z.writestr("xl/_rels/workbook.xml.rels", _BUKU_RELS)
        z.writestr("xl/worksheets/sheet1.xml", lembar)


def _sidecar(path: Path, error: dict[str, Any]) -> None:
    data = {"jenis": "anggaran", "profil": "sipd", "detik_maks": 2, "galat": error}
    path.with_suffix(".yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def write_all(gagal: Path) -> None:
    """Write every hostile file under `gagal` (the should_fail folder)."""
    data = baris_xml(1, JUDUL) + baris_xml(2, BAIK)

    # One merged range over the whole sheet: 17 billion cells to fill (1.5 KB grew a worker
    # to 3 GB).
    path = gagal / "gabungan-terlalu-luas" / "sipd-gabungan-seluruh-lembar.xlsx"
    xlsx(path, data, gabungan="A3:XFD1048576")
    _sidecar(path, {"lembar": "Realisasi", "baris": 3, "kolom": "A"})

    # A cell in the last column, XFD, on every row after the data (11.7 KB grew one to 544 MB).
    path = gagal / "kolom-terlalu-banyak" / "sipd-kolom-xfd.xlsx"
    jauh = "".join(
        f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="XFD{n}"><v>1</v></c></row>'
        for n in range(3, 200)
    )
    xlsx(path, data + jauh)
    _sidecar(path, {"lembar": "Realisasi", "baris": 3, "kolom": "XFD"})

    # A row far below the data, without a dimension: refused at that row, not after it.
    path = gagal / "baris-terlalu-banyak" / "sipd-baris-sejuta.xlsx"
    xlsx(path, data + baris_xml(1_000_000, BAIK))
    _sidecar(path, {"lembar": "Realisasi", "baris": 1_000_000, "kolom": None})

    # A declared dimension of a million rows: refused before a row is read.
    path = gagal / "baris-terlalu-banyak" / "sipd-ukuran-tertulis.xlsx"
    xlsx(path, data, dimensi="A1:E1000000")
    _sidecar(path, {"lembar": "Realisasi", "baris": None, "kolom": None})

    # A pagu that is a formula whose result the file does not hold (a program that writes
    # formulas without calculating them): its value is unknown, not empty.
    path = gagal / "rumus-tanpa-nilai" / "sipd-rumus-tanpa-nilai.xlsx"
    rumus = '<c r="E3"><f>HYPERLINK("http://contoh.invalid","45000000")</f></c>'
    xlsx(path, data + baris_xml(3, BAIK[:4], rumus))
    _sidecar(path, {"lembar": "Realisasi", "baris": 3, "kolom": "E"})


if __name__ == "__main__":
    write_all(HERE / "should_fail")
