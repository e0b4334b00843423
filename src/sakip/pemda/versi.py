"""The control room's figures, computed once per data version and shared by the server processes.

The version covers every record the matrix, the Pemda's indicators and `sakip pemda` read:
- the history (`sakip.riwayat`) of the OPDs read: those of the Pemda and those its indicators'
  contributions name by code; every save of their OPD records (Renstra, IKU, targets,
  realisation, PK, budget lines and their realisation, units, the OPD itself) is one entry;
- the history of no single OPD that is this Pemda's: its own records (its indicators, their
  targets, contributions and realisation, the head's PK, deadlines, pengesahan), the Pemda
  itself; and the entries of no OPD whose Pemda is not known (a dataset load, an import of
  several OPDs), which make every Pemda cold (safe, and rare). The change service writes each
  entry with the Pemda of the record's place (`Sesi.tempat`), so a save in another Pemda
  leaves this one warm;
- the workflow of the year: its quarters (count, latest) and their steps (latest Transisi);
- the signed documents of the year (latest, and how many are not withdrawn);
- the LKE of the year (kept out of the history: its answers are the Inspektorat's until
  published): the evaluations and final answers, by count, latest id and time of last save,
  so a publication or a changed answer is seen;
- the OPDs read (count and sum of ids: an OPD added, moved or removed);
- the date: "late" and the quarters due depend on today.
One query for any number of OPDs (each OPD's latest history entry is an index lookup).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from sakip.alur.models import DokumenTertanda, Periode, Transisi
from sakip.kinerja import models as m
from sakip.lke.models import EvaluasiLke, JawabanPenetapan
from sakip.riwayat.models import Perubahan

from . import kendali
from .iku import BarisIkuPemda, iku_pemda
from .models import IndikatorPemda, KontribusiOpd, PerjanjianKinerjaPemda

UMUR = 600
"""Seconds a computed control room is kept; a new version makes it unused at once."""


@dataclass
class IsiKendali:
    """What the control room shows of a Pemda's year, the same for everyone who may open it."""

    ruang: kendali.RuangKendali
    iku: list[BarisIkuPemda]
    pk_pemda: bool
    """Whether the Kepala Daerah's PK of the year exists."""


def versi_pemda(pemda: m.Pemda, tahun: int) -> str:
    """Return a key that changes whenever anything the control room of the year shows may have."""
    t = {
        "perubahan": Perubahan._meta.db_table,
        "opd": m.PerangkatDaerah._meta.db_table,
        "unit": m.UnitKerja._meta.db_table,
        "periode": Periode._meta.db_table,
        "transisi": Transisi._meta.db_table,
        "dokumen": DokumenTertanda._meta.db_table,
        "evaluasi": EvaluasiLke._meta.db_table,
        "penetapan": JawabanPenetapan._meta.db_table,
        "kontribusi": KontribusiOpd._meta.db_table,
        "indikator": IndikatorPemda._meta.db_table,
        "sasaran": m.SasaranPemda._meta.db_table,
        "tujuan": m.TujuanPemda._meta.db_table,
        "misi": m.Misi._meta.db_table,
        "rpjmd": m.Rpjmd._meta.db_table,
    }
    with connection.cursor() as cursor:
        cursor.execute(_SQL.format(**t), {"pemda": pemda.pk, "tahun": tahun, "dicabut": False})
        baris = cursor.fetchone()
    return hashlib.sha256("|".join(str(x) for x in baris).encode()).hexdigest()[:24]


# The OPDs read, their units; then one value per kind of input (see the module's docstring).
_SQL = """
WITH opd AS (
  SELECT id FROM {opd} WHERE pemda_id = %(pemda)s OR kode IN (
    SELECT k.opd_kode FROM {kontribusi} k
    JOIN {indikator} i ON i.id = k.indikator_id JOIN {sasaran} s ON s.id = i.sasaran_id
    JOIN {tujuan} t ON t.id = s.tujuan_id JOIN {misi} mi ON mi.id = t.misi_id
    JOIN {rpjmd} r ON r.id = mi.rpjmd_id WHERE r.pemda_id = %(pemda)s)
),
unit AS (SELECT id FROM {unit} WHERE opd_id IN (SELECT id FROM opd)),
terakhir AS (
  SELECT MAX((SELECT MAX(p.id) FROM {perubahan} p WHERE p.opd_id = opd.id)) AS id FROM opd
),
umum AS (SELECT MAX(id) AS id FROM (
  SELECT MAX(id) AS id FROM {perubahan} WHERE pemda_id = %(pemda)s AND opd_id IS NULL
  UNION ALL SELECT MAX(id) FROM {perubahan} WHERE pemda_id IS NULL AND opd_id IS NULL) x)
SELECT
  (SELECT COUNT(*) FROM opd), (SELECT SUM(id) FROM opd),
  (SELECT id FROM terakhir),
  (SELECT p.waktu FROM {perubahan} p WHERE p.id = (SELECT id FROM terakhir)),
  (SELECT id FROM umum),
  (SELECT p.waktu FROM {perubahan} p WHERE p.id = (SELECT id FROM umum)),
  (SELECT COUNT(*) FROM {periode} WHERE tahun = %(tahun)s AND unit_id IN (SELECT id FROM unit)),
  (SELECT MAX(id) FROM {periode} WHERE tahun = %(tahun)s AND unit_id IN (SELECT id FROM unit)),
  (SELECT MAX(x.id) FROM {transisi} x JOIN {periode} q ON q.id = x.periode_id
   WHERE q.tahun = %(tahun)s AND q.unit_id IN (SELECT id FROM unit)),
  (SELECT MAX(id) FROM {dokumen} WHERE tahun = %(tahun)s AND opd_id IN (SELECT id FROM opd)),
  (SELECT COUNT(*) FROM {dokumen}
   WHERE tahun = %(tahun)s AND dicabut = %(dicabut)s AND opd_id IN (SELECT id FROM opd)),
  (SELECT COUNT(*) FROM {evaluasi} WHERE tahun = %(tahun)s AND opd_id IN (SELECT id FROM opd)),
  (SELECT MAX(id) FROM {evaluasi} WHERE tahun = %(tahun)s AND opd_id IN (SELECT id FROM opd)),
  (SELECT MAX(diubah) FROM {evaluasi}
   WHERE tahun = %(tahun)s AND opd_id IN (SELECT id FROM opd)),
  (SELECT COUNT(*) FROM {penetapan} j JOIN {evaluasi} e ON e.id = j.evaluasi_id
   WHERE e.tahun = %(tahun)s AND e.opd_id IN (SELECT id FROM opd)),
  (SELECT MAX(j.id) FROM {penetapan} j JOIN {evaluasi} e ON e.id = j.evaluasi_id
   WHERE e.tahun = %(tahun)s AND e.opd_id IN (SELECT id FROM opd)),
  (SELECT MAX(j.diubah) FROM {penetapan} j JOIN {evaluasi} e ON e.id = j.evaluasi_id
   WHERE e.tahun = %(tahun)s AND e.opd_id IN (SELECT id FROM opd))
"""


def kendali_key(pemda: m.Pemda, tahun: int, hari_ini: date | None = None) -> str:
    """Return the cache key of a Pemda's control room today: its version, the day."""
    hari_ini = hari_ini or timezone.localdate()
    return f"sakip:kendali:{pemda.pk}:{tahun}:{hari_ini.isoformat()}:{versi_pemda(pemda, tahun)}"


def isi_kendali(
    pemda: m.Pemda, tahun: int, hari_ini: date | None = None, key: str | None = None
) -> IsiKendali:
    """Return the control room of a Pemda's year, computed once per data version and day.

    `key` is the key `kendali_key` gave for the same Pemda, year and day.
    """
    hari_ini = hari_ini or timezone.localdate()
    key = key or kendali_key(pemda, tahun, hari_ini)
    isi: IsiKendali | None = cache.get(key)
    if isi is None:
        isi = IsiKendali(
            kendali.susun(pemda, tahun, hari_ini),
            iku_pemda(pemda, tahun),
            PerjanjianKinerjaPemda.objects.filter(pemda=pemda, tahun=tahun).exists(),
        )
        cache.set(key, isi, timeout=UMUR)
    return isi
