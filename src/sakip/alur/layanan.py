"""The one door every change of domain data goes through, whichever screen, file or command.

`perubahan(...)` opens a change: one transaction in which the writers of the same OPD (or Pemda)
wait for each other, the history attributed to the person. Inside it, `Sesi.save` and
`Sesi.delete` write a record only when

1. the person holds the role that changes its record type (`rekaman.REGISTRI`) in its scope;
2. the year it is reported in is not locked by a signed LKjIP (the OPD's, or the Pemda's for
   the Pemda's own records);
3. the quarter it belongs to is in Draf or Dikembalikan;
4. the record type's own rule allows it (`JenisRekaman.check`: an LKE window, decision 0017);
5. its values pass the field rules (`aturan`);

and, before the transaction ends, every budget line the change touched passes the line rules.
A refusal (`Ditolak`) names each record and its reason in the same words for every door, and
nothing of the change is kept. Stale edits are refused by the version the form or workbook
carries: the id of the latest history entry when it was opened (`sakip.riwayat`), compared
while the writers of the OPD are held off, so two saves of the same version cannot both succeed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import OperationalError, models, router, transaction
from django.db.models import F
from django.db.models.deletion import Collector, ProtectedError, RestrictedError

from sakip.core.periode import ROMAWI
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan
from sakip.riwayat.recorder import KonflikEdit, di_tempat, label_model, oleh, pastikan_terbaru

from . import aturan
from .hak import Hak, hak_pengguna
from .idset import IdSet
from .locks import LockRules
from .locks import tahun_terkunci as tahun_terkunci
from .locks import tahun_terkunci_pemda as tahun_terkunci_pemda
from .models import Periode
from .nilai import AturanNilai, nama_rekaman
from .rekaman import (
    ADMIN,
    INSPEKTORAT,
    ISIAN,
    KEPALA,
    LOOKUP_FIELDS,
    PERENCANA,
    JenisRekaman,
    Tempat,
    jenis_dari,
)

SIBUK = (
    "basis data sedang menyimpan perubahan lain terlalu lama; tidak ada yang disimpan. "
    "Coba simpan sekali lagi."
)
TIDAK_DIKENAL = "jenis data ini tidak dapat diubah dari sini"
_BARIS_SEKALI = 2000
"""Budget lines the line rules load at once at the end of a change."""


@dataclass(frozen=True)
class Penolakan:
    """One refused record: how a person names it, and why."""

    rekaman: str
    alasan: str
    obj: Any = None
    field: str | None = None

    def __str__(self) -> str:
        return f"{self.rekaman}: {self.alasan}"


class Ditolak(Exception):
    """A change refused: nothing of it is stored."""

    def __init__(self, penolakan: list[Penolakan]) -> None:
        super().__init__(penolakan)
        self.penolakan = penolakan

    def __str__(self) -> str:
        isi = "; ".join(str(p) for p in self.penolakan[:5])
        lagi = len(self.penolakan) - 5
        if lagi > 0:
            isi += f"; dan {lagi} lainnya"
        return f"Perubahan ditolak, tidak ada yang disimpan. {isi}."


class Sesi(AturanNilai, LockRules):
    """The checks of one change, with what they looked up kept for the rest of it."""

    def __init__(self, pengguna: Any, hak: Hak | None = None) -> None:
        AturanNilai.__init__(self)
        LockRules.__init__(self)
        self.pengguna = pengguna
        self.hak = hak if hak is not None else hak_pengguna(pengguna)
        self._found: dict[tuple[type[models.Model], Any], tuple[Any, ...]] = {}
        self._opd: dict[int, tuple[int, int | None, str]] = {}
        self._baris = IdSet()
        """The budget lines the change touched, checked by the line rules at the end."""
        self.dihapus_akar: set[tuple[type[models.Model], Any]] = set()
        """The records a delete being checked was asked for (`delete_reason`)."""
        self.dihapus: set[tuple[type[models.Model], Any]] = set()
        """Every record that delete takes along."""

    # Looking up where a record belongs
    def find(self, model: type[models.Model], pk: Any) -> tuple[Any, ...]:
        """Return the parent fields of one record (`rekaman.LOOKUP_FIELDS`), once per change."""
        key = (model, pk)
        if key not in self._found:
            if model is m.PerangkatDaerah:
                self._found[key] = (self.opd(pk)[1],)
            else:
                baris = model._default_manager.filter(pk=pk).values_list(*LOOKUP_FIELDS[model])
                self._found[key] = tuple(baris.first() or (None,) * len(LOOKUP_FIELDS[model]))
        return self._found[key]

    def kenali(self, model: type[models.Model], pks: Iterable[Any]) -> None:
        """Look up the parent fields of many records of one kind at once, for `find`: a
        check of thousands of records (a dataset load) costs a query per kind, not per row."""
        fields = LOOKUP_FIELDS.get(model)
        if not fields or model is m.PerangkatDaerah:
            return
        new = [pk for pk in set(pks) if pk is not None and (model, pk) not in self._found]
        for awal in range(0, len(new), 500):
            for pk, *nilai in model._default_manager.filter(
                pk__in=new[awal : awal + 500]
            ).values_list("pk", *fields):
                self._found[(model, pk)] = tuple(nilai)

    def forget(self, model: type[models.Model], pks: Iterable[Any]) -> None:
        """Drop what was looked up for these records: a large change saved in parts lets go
        of a finished part's lookups (a later part that names them looks them up again).

        What the line rules check at the end (`record`) is kept.
        """
        for pk in pks:
            self._found.pop((model, pk), None)

    def opd(self, opd_id: int) -> tuple[int, int | None, str]:
        """Return an OPD's Pemda id, the id of its own unit, and its name."""
        if opd_id not in self._opd:
            pemda_id, nama = m.PerangkatDaerah.objects.values_list("pemda_id", "nama").get(
                pk=opd_id
            )
            unit = (
                m.UnitKerja.objects.filter(opd_id=opd_id, kode=F("opd__kode"))
                .values_list("id", flat=True)
                .first()
            )
            self._opd[opd_id] = (pemda_id, unit, nama)
        return self._opd[opd_id]

    def tempat(self, obj: models.Model, jenis: JenisRekaman | None = None) -> Tempat:
        """Return where a record belongs, with its Pemda filled in from its OPD."""
        jenis = jenis or jenis_dari(type(obj))
        assert jenis is not None
        t = jenis.tempat(obj, self.find)
        if t.pemda_id is None and t.opd_id is not None:
            t = Tempat(self.opd(t.opd_id)[0], t.opd_id, t.unit_id, t.tahun, t.triwulan)
        return t

    # The rules
    def alasan(
        self, obj: models.Model, aksi: str = "ubah", fields: Iterable[str] | None = None
    ) -> list[Penolakan]:
        """Return why the person may not add, change or delete (`aksi`) this record now."""
        jenis = jenis_dari(type(obj))
        if jenis is None and type(obj)._meta.auto_created:
            return self._alasan_tautan(obj, aksi)
        if jenis is None:
            return [Penolakan(nama_rekaman(obj), TIDAK_DIKENAL, obj)]
        tempat = self.tempat(obj, jenis)
        listing = [
            alasan
            for alasan in (
                self._hak_lain(obj, jenis, self._hak(jenis, tempat, fields), fields),
                self._tertanda_alasan(tempat),
                self._triwulan_alasan(tempat),
            )
            if alasan
        ]
        result = [Penolakan(nama_rekaman(obj), a, obj) for a in listing]
        if jenis.check is not None and not listing:
            for alasan in jenis.check(obj, aksi, self):
                field, teks = alasan if isinstance(alasan, tuple) else (None, alasan)
                result.append(Penolakan(nama_rekaman(obj), teks, obj, field))
        if aksi != "hapus":
            result += [
                Penolakan(nama_rekaman(obj), a, obj, f) for f, a in self._nilai_alasan(obj, tempat)
            ]
        return result

    def _alasan_tautan(self, obj: models.Model, aksi: str) -> list[Penolakan]:
        """Check a many-to-many link as a change of the record it links from."""
        for f in obj._meta.concrete_fields:
            model = f.related_model
            if f.is_relation and isinstance(model, type) and jenis_dari(model) is not None:
                induk = model._default_manager.filter(pk=getattr(obj, f.attname)).first()
                if induk is not None:
                    return self.alasan(induk, "ubah" if aksi == "hapus" else aksi)
        return [Penolakan(nama_rekaman(obj), TIDAK_DIKENAL, obj)]

    def _hak(self, jenis: JenisRekaman, t: Tempat, fields: Iterable[str] | None) -> str | None:
        h = self.hak
        if h.superuser:
            return None
        peran = jenis.penyunting
        if fields is not None and jenis.isian and set(fields) <= jenis.isian:
            peran = ISIAN
        if peran == ADMIN:
            allowed = t.pemda_id in h.admin if t.pemda_id is not None else bool(h.admin)
            return None if allowed else "hanya Admin Pemda yang dapat mengubahnya"
        if peran == INSPEKTORAT:
            allowed = t.pemda_id in h.inspektorat
            return None if allowed else "hanya Inspektorat yang dapat mengubahnya"
        if peran == KEPALA:
            allowed = t.opd_id in h.kepala
            return None if allowed else "hanya kepala perangkat daerah ini yang dapat memutuskannya"
        if peran == PERENCANA:
            allowed = t.opd_id in h.perencana
            return (
                None if allowed else "hanya perencana perangkat daerah ini yang dapat mengubahnya"
            )
        allowed = t.unit_id in h.operator or t.opd_id in h.perencana
        return None if allowed else "hanya operator unit ini atau perencana yang dapat mengubahnya"

    def _hak_lain(
        self, obj: models.Model, jenis: JenisRekaman, alasan: str | None, fields: Any
    ) -> str | None:
        """Ask the record type who else may change what the role refuses (a holder)."""
        if alasan is None or jenis.hak_lain is None:
            return alasan
        return jenis.hak_lain(obj, self.pengguna, None if fields is None else frozenset(fields))

    def alasan_nilai(self, obj: models.Model) -> list[Penolakan]:
        """Return why a record's values are refused (the field rules only)."""
        tempat = self.tempat(obj)
        return [Penolakan(nama_rekaman(obj), a, obj, f) for f, a in self._nilai_alasan(obj, tempat)]

    # Writing
    def check(
        self, obj: models.Model, aksi: str = "ubah", fields: Iterable[str] | None = None
    ) -> None:
        """Refuse the change of one record unless every rule allows it."""
        alasan = self.alasan(obj, aksi, fields)
        if alasan:
            raise Ditolak(alasan)

    def save(self, obj: models.Model, fields: Iterable[str] | None = None) -> None:
        """Check a record against every rule and save it; `fields` are the changed ones."""
        old = None
        if obj.pk is not None:
            old = type(obj)._default_manager.filter(pk=obj.pk).first()
        if old is not None:
            # A record moved to another place is checked where it was, too.
            self.check(old, "ubah", fields)
        self.check(obj, "tambah" if old is None else "ubah", fields)
        with di_tempat(self.tempat(obj)):
            obj.save()
        self.record(obj)

    def record(self, obj: models.Model) -> None:
        """Note a written record whose budget line the line rules check at the end."""
        if isinstance(obj, m.BarisAnggaran):
            self._baris.add(obj.pk)
        elif isinstance(obj, m.RealisasiAnggaran):
            self._baris.add(obj.baris_id)

    def delete_reason(self, objs: Iterable[models.Model] | models.QuerySet[Any]) -> list[Penolakan]:
        """Return why deleting these records, with every record deleted along, is refused."""
        listing = list(objs)
        if not listing:
            return []
        collector = Collector(using=router.db_for_write(type(listing[0])))
        # A record type's own rule may ask what is deleted, and what was asked for.
        self.dihapus_akar = {(type(o), o.pk) for o in listing}
        try:
            collector.collect(listing)
        except (ProtectedError, RestrictedError) as exc:
            # Records that others still point to: refused in words, with the rules' own reasons.
            objs = (
                exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects
            )
            pemakai = sorted({str(o) for o in objs})
            lagi = f" dan {len(pemakai) - 3} lainnya" if len(pemakai) > 3 else ""
            alasan = f"masih dipakai oleh {', '.join(pemakai[:3])}{lagi}"
            self.dihapus = set(self.dihapus_akar)
            try:
                return [
                    p
                    for o in listing
                    for p in [Penolakan(nama_rekaman(o), alasan, o), *self.alasan(o, "hapus")]
                ]
            finally:
                self.dihapus_akar, self.dihapus = set(), set()
        result: list[Penolakan] = []
        self.dihapus = {(model, inst.pk) for model, objs in collector.data.items() for inst in objs}
        try:
            for model, instances in collector.data.items():
                if model._meta.auto_created:
                    continue  # many-to-many links go with their record
                for inst in instances:
                    result += self.alasan(inst, "hapus")
        finally:
            self.dihapus_akar, self.dihapus = set(), set()
        return result

    def delete(self, obj: models.Model) -> None:
        """Delete a record (and what cascades with it) when every rule allows it."""
        alasan = self.delete_reason([obj])
        if alasan:
            raise Ditolak(alasan)
        if isinstance(obj, m.RealisasiAnggaran):
            self._baris.add(obj.baris_id)
        with di_tempat(self.tempat(obj)):
            obj.delete()

    def check_catatan(self, periode: Periode, catatan: str) -> None:
        """Refuse an operator's quarter note where the quarter's figures would be refused."""
        t = Tempat(
            self.opd(periode.unit.opd_id)[0],
            periode.unit.opd_id,
            periode.unit_id,
            (periode.tahun,),
            periode.triwulan,
        )
        nama = f"Catatan triwulan {ROMAWI[periode.triwulan]} {periode.tahun}"
        alasan = [
            a
            for a in (
                None
                if self.hak.superuser
                or periode.unit_id in self.hak.operator
                or periode.unit.opd_id in self.hak.perencana
                else "hanya operator unit ini atau perencana yang dapat mengubahnya",
                self._tertanda_alasan(t),
                self._triwulan_alasan(t),
                aturan.karakter_kendali(catatan),
            )
            if a
        ]
        if alasan:
            raise Ditolak([Penolakan(nama, a) for a in alasan])

    def pastikan_versi(self, obj: models.Model, versi: int) -> None:
        """Refuse when the record changed since the version the form carries."""
        pastikan_terbaru(obj, versi)

    def berubah_sejak(
        self, versi: int, objs: Iterable[models.Model]
    ) -> dict[tuple[str, str], Perubahan]:
        """Return the latest change after `versi` of each of these records, by (model, id).

        A dataset load after `versi` changed everything: it is returned under ("dataset", "-").
        """
        per_model: dict[str, set[str]] = {}
        for obj in objs:
            per_model.setdefault(label_model(obj), set()).add(str(obj.pk))
        result: dict[tuple[str, str], Perubahan] = {}
        load = Perubahan.objects.filter(id__gt=versi, aksi="muat").order_by("-id").first()
        if load is not None:
            result[("dataset", "-")] = load
        for model, ids in per_model.items():
            listing = sorted(ids)
            for i in range(0, len(listing), 500):
                for p in (
                    Perubahan.objects.filter(
                        id__gt=versi, model=model, objek_id__in=listing[i : i + 500]
                    )
                    .select_related("pengguna")
                    .order_by("id")
                ):
                    result[(model, p.objek_id)] = p
        return result

    def selesai(self) -> None:
        """Check every budget line the change touched, with all its realisation rows."""
        if not self._baris:
            return
        # In parts of a few thousand lines: an import touches up to a hundred thousand, which
        # would otherwise all be in memory at once with their realisation rows.
        all_items = iter(self._baris)
        self._baris = IdSet()
        ditolak: list[tuple[int, int, Penolakan]] = []
        while bagian := list(itertools.islice(all_items, _BARIS_SEKALI)):
            realisasi: dict[int, list[m.RealisasiAnggaran]] = {}
            for r in m.RealisasiAnggaran.objects.filter(baris_id__in=bagian):
                realisasi.setdefault(r.baris_id, []).append(r)
            ditolak += [
                (b.urutan, b.pk, Penolakan(nama_rekaman(b), alasan, b))
                for b in m.BarisAnggaran.objects.filter(pk__in=bagian)
                for alasan in aturan.check_baris(b, realisasi.get(b.pk, []))
            ]
        if ditolak:
            # In the lines' display order, as one query over all of them gave them.
            raise Ditolak([p for _, _, p in sorted(ditolak, key=lambda x: (x[0], x[1]))])


def _tahan(opd_id: int | None, pemda_id: int | None) -> None:
    """Make the other writers of the OPD (or Pemda) wait until this transaction ends.

    PostgreSQL locks the OPD's row; SQLite starts every write transaction IMMEDIATE
    (settings), which holds off every other writer already.
    """
    if opd_id is not None:
        list(m.PerangkatDaerah.objects.select_for_update().filter(pk=opd_id).values("pk"))
    elif pemda_id is not None:
        list(m.Pemda.objects.select_for_update().filter(pk=pemda_id).values("pk"))


@contextmanager
def perubahan(
    pengguna: Any,
    alasan: str | None = None,
    *,
    opd_id: int | None = None,
    pemda_id: int | None = None,
    hak: Hak | None = None,
) -> Iterator[Sesi]:
    """Open one change by a person (None: the system, from a command) of one OPD or Pemda."""
    try:
        with transaction.atomic(), oleh(pengguna, alasan, opd_id=opd_id, pemda_id=pemda_id):
            _tahan(opd_id, pemda_id)
            sesi = Sesi(pengguna, hak)
            yield sesi
            sesi.selesai()
    except OperationalError as exc:
        if "locked" in str(exc).lower():
            raise Ditolak([Penolakan("Penyimpanan", SIBUK)]) from exc
        raise


__all__ = [
    "Ditolak",
    "KonflikEdit",
    "Penolakan",
    "Sesi",
    "nama_rekaman",
    "perubahan",
    "tahun_terkunci",
    "tahun_terkunci_pemda",
]
