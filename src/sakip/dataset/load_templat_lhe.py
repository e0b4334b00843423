"""The `templat_lhe` of a Pemda: its own DOCX template of the LHE (docs/lke.md#templat-lhe).

The file's bytes are written into the YAML as base64 text, in lines, with their SHA-256: the
dataset stays one folder of YAML files (and one JSON document for `sakip export`), and a
truncated or hand-edited file is refused at its key instead of breaking the LHE's download.
Loading replaces the Pemda's template as a whole: a dataset without one leaves the Pemda on
the bundled template (docs/dataset-format.md#templat-lhe).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
from typing import Any

from sakip.kinerja import models as m
from sakip.lke.models import TemplatLhe

from .reader import DatasetError, Node

KEY = "templat_lhe"


def load(pemda: m.Pemda, node: Node) -> None:
    """Replace the Pemda's LHE template with the dataset's, keeping its upload time."""
    TemplatLhe.objects.filter(pemda=pemda).delete()
    templat = node.child(KEY)
    if templat is None:
        return
    obj = TemplatLhe.objects.create(pemda=pemda, nama=templat.text("nama"), isi=_isi(templat))
    # `diunggah` is set on every save (auto_now): the dataset's own time is kept.
    TemplatLhe.objects.filter(pk=obj.pk).update(diunggah=templat.waktu("diunggah"))
    templat.finish()


def _isi(node: Node) -> bytes:
    """Return the file's bytes, refused when the base64 text or its SHA-256 is wrong."""
    teks = node.text("isi")
    assert teks is not None
    try:
        isi = base64.b64decode("".join(teks.split()), validate=True)
    except binascii.Error as exc:
        raise DatasetError(f"{node.where}.isi: bukan teks base64 yang sah ({exc})") from exc
    sha256 = node.text("sha256", required=False)
    if sha256 is not None and hashlib.sha256(isi).hexdigest() != sha256.lower():
        raise DatasetError(
            f"{node.where}.isi: isi berkas tidak sesuai sha256 {sha256} (berkas terpotong "
            "atau diubah)"
        )
    return isi


def dump(pemda: m.Pemda) -> dict[str, Any]:
    """Return the Pemda's LHE template in the dataset form, nothing when it has none."""
    templat = TemplatLhe.objects.filter(pemda=pemda).first()
    if templat is None:
        return {}
    isi = bytes(templat.isi)
    return {
        KEY: {
            "nama": templat.nama,
            "diunggah": templat.diunggah.astimezone(datetime.UTC).isoformat(),
            "sha256": hashlib.sha256(isi).hexdigest(),
            "isi": base64.encodebytes(isi).decode("ascii"),
        }
    }
