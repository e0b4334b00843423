"""The quarterly entry form of one unit: budget realisation, physical progress, indicators."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import Q

from sakip.alur.layanan import Sesi
from sakip.alur.models import Periode
from sakip.core import codes
from sakip.core.format import rupiah
from sakip.core.periode import JenisPeriode, kind_of, periods_of_quarter
from sakip.core.periode import Periode as PeriodeRealisasi
from sakip.kinerja import models as m
from sakip.riwayat.models import Perubahan

from . import entri_iku
from .number import NumberField

_NOL = Decimal(0)
_SERATUS = Decimal(100)
NARASI = (
    ("faktor_pendukung", "Faktor pendukung"),
    ("faktor_penghambat", "Faktor penghambat"),
    ("solusi", "Solusi"),
)


@dataclass
class BarisIsian:
    baris: m.BarisAnggaran
    cara: JenisPeriode
    periode_keys: list[str]
    """Period keys this quarter's form edits for the line."""
    realisasi: dict[str, Decimal]
    fisik: dict[int, Decimal | None]
    nama: str = ""
    fields: list[str] = field(default_factory=list)


@dataclass
class Isian:
    """Everything the form of one unit and quarter shows and edits."""

    unit: m.UnitKerja
    tahun: int
    triwulan: int
    periode: Periode
    baris: list[BarisIsian]
    keluaran: list[m.IndikatorKeluaran]
    iku: list[m.Indikator]
    realisasi_iku: dict[tuple[int, str], m.Realisasi]
    """(indicator id, period key) -> the row of each period this quarter's form holds."""
    target_iku: dict[int, Decimal | None]
    narasi: dict[int, m.NarasiIndikator]

    @property
    def tahunan(self) -> bool:
        """Return whether this form also holds the year's values (fourth quarter)."""
        return self.triwulan == 4


def load(unit: m.UnitKerja, tahun: int, triwulan: int) -> Isian:
    """Read what the form needs in a fixed number of queries."""
    periode = Periode.objects.filter(unit=unit, tahun=tahun, triwulan=triwulan).first() or Periode(
        unit=unit, tahun=tahun, triwulan=triwulan
    )
    all_items = list(
        m.BarisAnggaran.objects.filter(unit=unit, tahun=tahun)
        .prefetch_related("realisasi", "fisik")
        .order_by("urutan", "id")
    )
    tahap = m.BarisAnggaran.objects.tahap_berlaku(unit.opd_id, tahun)
    nama = _nama_nomenklatur(tahun, [b.sub_kegiatan for b in all_items])
    baris = []
    for b in all_items:
        if b.tahap != tahap:
            continue
        realisasi = {r.periode: r.nilai for r in b.realisasi.all()}
        cara = kind_of(realisasi)
        key = [p.key for p in periods_of_quarter(cara, triwulan)]
        fisik = {f.triwulan: f.persen for f in b.fisik.all()}
        baris.append(
            BarisIsian(b, cara, key, realisasi, fisik, b.uraian or nama.get(b.sub_kegiatan, ""))
        )
    iku: list[m.Indikator] = []
    realisasi_iku: dict[tuple[int, str], m.Realisasi] = {}
    target_iku: dict[int, Decimal | None] = {}
    narasi: dict[int, m.NarasiIndikator] = {}
    if unit.kode == unit.opd.kode:
        # The IKU belong to the SKPD as a whole: its own unit (same code) reports them.
        iku = list(
            m.Indikator.objects.filter(
                sasaran__renstra__opd_id=unit.opd_id,
                sasaran__renstra__periode_awal__lte=tahun,
                sasaran__renstra__periode_akhir__gte=tahun,
            )
            .select_related("sasaran")
            .order_by("sasaran__urutan", "urutan", "id")
        )
        ids = [i.id for i in iku]
        for r in m.Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun, triwulan=triwulan):
            realisasi_iku[entri_iku.realisasi_key(r)] = r
        for t in m.TargetTriwulan.objects.filter(
            indikator_id__in=ids, tahun=tahun, triwulan=triwulan
        ):
            target_iku[t.indikator_id] = t.nilai
        for n in m.NarasiIndikator.objects.filter(
            indikator_id__in=ids, tahun=tahun, triwulan=triwulan
        ):
            narasi[n.indikator_id] = n
    keluaran = list(
        m.IndikatorKeluaran.objects.filter(unit=unit, tahun=tahun).order_by("urutan", "id")
    )
    return Isian(
        unit, tahun, triwulan, periode, baris, keluaran, iku, realisasi_iku, target_iku, narasi
    )


def _nama_nomenklatur(tahun: int, kode: list[str]) -> dict[str, str]:
    """Return the names of sub kegiatan codes in the nomenclature version in force for the year."""
    versi = m.NomenklaturVersi.objects.in_force(tahun).first()
    if versi is None:
        return {}
    return dict(versi.item.filter(kode__in=kode).values_list("kode", "nama"))


class IsianForm(forms.Form):
    """The fields of one unit's quarter; field names carry the record they change."""

    catatan_operator = forms.CharField(
        label="Catatan triwulan (capaian, kendala, tindak lanjut)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    versi = forms.IntegerField(widget=forms.HiddenInput, required=False)
    token = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, isian: Isian, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.isian = isian
        initial: dict[str, Any] = {
            "catatan_operator": isian.periode.catatan_operator,
            "versi": isian.periode.versi,
        }
        for bi in isian.baris:
            b = bi.baris
            for key in bi.periode_keys:
                name = f"a{b.id}_{key}"
                self.fields[name] = NumberField(
                    places=2,
                    required=False,
                    min_value=_NOL,
                    label=PeriodeRealisasi.parse(key).label,
                    shown_places=2,
                    show_hidden_initial=True,
                )
                initial[name] = bi.realisasi.get(key)
                bi.fields.append(name)
                # The accessible name says which line and which period the box is for.
                self.fields[name].konteks = (  # type: ignore[attr-defined]
                    f"realisasi {b.kode_sumber}, {PeriodeRealisasi.parse(key).nama(isian.tahun)}"
                )
            name = f"f{b.id}"
            self.fields[name] = NumberField(
                places=2,
                required=False,
                min_value=_NOL,
                max_value=_SERATUS,
                label="Fisik (%)",
                na_allowed=True,
                show_hidden_initial=True,
            )
            initial[name] = _old(isian.triwulan in bi.fisik, bi.fisik.get(isian.triwulan))
            bi.fields.append(name)
            self.fields[name].konteks = (  # type: ignore[attr-defined]
                f"{b.kode_sumber}, triwulan {isian.triwulan}"
            )
        self.baris_iku: list[tuple[m.Indikator, Decimal | None, list[str], list[str]]] = []
        self.baris_keluaran: list[tuple[m.IndikatorKeluaran, str]] = []
        if isian.tahunan:
            for k in isian.keluaran:
                name = f"k{k.id}"
                self.baris_keluaran.append((k, name))
                self.fields[name] = NumberField(
                    places=4,
                    required=False,
                    label="Realisasi",
                    na_allowed=True,
                    show_hidden_initial=True,
                )
                initial[name] = _old(True, k.realisasi) if k.realisasi is not None else None
                self.fields[name].konteks = k.kode  # type: ignore[attr-defined]
        for ind in isian.iku:
            names: list[str] = []
            for kotak in entri_iku.kotak(ind, isian.triwulan):
                r = isian.realisasi_iku.get((ind.id, kotak.periode.key))
                entri_iku.add_field(self.fields, initial, ind, kotak, r, _old)
                names += kotak.names
            narasi: list[str] = []
            self.baris_iku.append((ind, isian.target_iku.get(ind.id), names, narasi))
            # Each quarter has its own analysis; the fourth quarter's is the year's.
            n = isian.narasi.get(ind.id)
            for attr, label in NARASI:
                fname = f"n{ind.id}_{attr}"
                narasi.append(fname)
                self.fields[fname] = forms.CharField(
                    label=label,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    show_hidden_initial=True,
                )
                initial[fname] = getattr(n, attr) if n else ""
        self.initial = {**initial, **self.initial}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        for bi in self.isian.baris:
            if not bi.periode_keys:
                continue
            tetap = sum((v for k, v in bi.realisasi.items() if k not in bi.periode_keys), _NOL)
            new = sum((data.get(f"a{bi.baris.id}_{k}") or _NOL for k in bi.periode_keys), _NOL)
            if tetap + new > bi.baris.pagu:
                self.add_error(
                    f"a{bi.baris.id}_{bi.periode_keys[-1]}",
                    f"Jumlah realisasi setahun ({rupiah(tetap + new)}) melebihi pagu "
                    f"({rupiah(bi.baris.pagu)}).",
                )
        return data


def _old(ada: bool, nilai: Decimal | None) -> Decimal | str | None:
    """Return a stored value as the form reads it: absent None, stated not available "n/a"."""
    if not ada:
        return None
    return "n/a" if nilai is None else nilai


def _na(nilai: Any) -> Decimal | None:
    return None if nilai == "n/a" else nilai


def perubahan(form: IsianForm) -> list[entri_iku.Change]:
    """Return (key, name, new value) of every figure the person changed on the form.

    Only boxes the person edited count (each box carries its value at opening), and only when
    the new value differs from what is stored now: an untouched box never overwrites anything.
    """
    isian = form.isian
    data = form.cleaned_data
    diedit = set(form.changed_data)
    result: list[entri_iku.Change] = []

    def add(name: str, key: tuple[Any, ...], nama: str, sekarang: Any) -> None:
        if name in diedit and data.get(name) != sekarang:
            result.append((key, nama, data.get(name)))

    for bi in isian.baris:
        b = bi.baris
        label = f"Sub kegiatan {codes.display(b.sub_kegiatan, 4)}"
        for key in bi.periode_keys:
            add(
                f"a{b.id}_{key}",
                ("a", b.id, key),
                f"Realisasi {label} ({PeriodeRealisasi.parse(key).label})",
                bi.realisasi.get(key),
            )
        add(
            f"f{b.id}",
            ("f", b.id, isian.triwulan),
            f"Realisasi fisik {label}",
            _old(isian.triwulan in bi.fisik, bi.fisik.get(isian.triwulan)),
        )
    if isian.tahunan:
        for k in isian.keluaran:
            name = f"k{k.id}"
            if name in diedit and _na(data.get(name)) != k.realisasi:
                result.append((("k", k.id), f"Realisasi indikator {k.kode}", _na(data.get(name))))
    for ind in isian.iku:
        for kotak in entri_iku.kotak(ind, isian.triwulan):
            r = isian.realisasi_iku.get((ind.id, kotak.periode.key))
            change = entri_iku.perubahan_iku(ind, isian.tahun, kotak, r, data, diedit, _old)
            if change is not None:
                result.append(change)
        names = [f"n{ind.id}_{attr}" for attr, _ in NARASI]
        if diedit & set(names):
            n = isian.narasi.get(ind.id)
            nilai = {attr: (data.get(f"n{ind.id}_{attr}") or "").strip() for attr, _ in NARASI}
            semula = {attr: (getattr(n, attr) or "").strip() if n else "" for attr, _ in NARASI}
            if nilai != semula:
                result.append(
                    (
                        ("n", ind.id, isian.tahun, isian.triwulan),
                        f"Analisis capaian {ind.kode}",
                        nilai,
                    )
                )
    return result


def terapkan(isian: Isian, diubah: list[entri_iku.Change], sesi: Sesi) -> None:
    """Write the changed figures through the change service; an emptied box removes the entry."""
    for key, _, nilai in diubah:
        jenis = key[0]
        if jenis == "a":
            _, baris_id, periode = key
            _write(
                sesi,
                m.RealisasiAnggaran,
                {"baris_id": baris_id, "periode": periode},
                None if nilai is None else {"nilai": nilai},
            )
        elif jenis == "f":
            _, baris_id, triwulan = key
            _write(
                sesi,
                m.RealisasiFisik,
                {"baris_id": baris_id, "triwulan": triwulan},
                None if nilai is None else {"persen": _na(nilai)},
            )
        elif jenis == "k":
            k = next(x for x in isian.keluaran if x.id == key[1])
            k.realisasi = nilai
            sesi.save(k, ["realisasi"])
        elif jenis == "i":
            _, ind_id, tahun, periode_key = key
            ind = next(x for x in isian.iku if x.id == ind_id)
            _write(
                sesi,
                m.Realisasi,
                entri_iku.rekaman_key(ind_id, tahun, periode_key),
                entri_iku.nilai_rekaman(ind, periode_key, nilai),
            )
        elif jenis == "n":
            _, ind_id, tahun, triwulan = key
            _write(
                sesi,
                m.NarasiIndikator,
                {"indikator_id": ind_id, "tahun": tahun, "triwulan": triwulan},
                {attr: (teks or None) for attr, teks in nilai.items()},
            )


def _write(sesi: Sesi, model: Any, key: dict[str, Any], nilai: dict[str, Any] | None) -> None:
    """Set the values of the record with this key (None: delete it), through the service."""
    obj = model.objects.filter(**key).first()
    if nilai is None:
        if obj is not None:
            sesi.delete(obj)
        return
    obj = obj or model(**key)
    for attr, v in nilai.items():
        setattr(obj, attr, v)
    sesi.save(obj, list(nilai))


def riwayat_isian(isian: Isian, limit: int = 30) -> list[Perubahan]:
    """Return the latest recorded changes of the figures this form edits, newest first."""
    ids: dict[str, list[str]] = {
        "kinerja.BarisAnggaran": [str(bi.baris.id) for bi in isian.baris],
        "kinerja.IndikatorKeluaran": [str(k.id) for k in isian.keluaran],
        "kinerja.RealisasiAnggaran": [],
        "kinerja.RealisasiFisik": [],
        "kinerja.Realisasi": [str(r.id) for r in isian.realisasi_iku.values()],
        "kinerja.NarasiIndikator": [str(n.id) for n in isian.narasi.values()],
    }
    for bi in isian.baris:
        ids["kinerja.RealisasiAnggaran"] += [str(r.id) for r in bi.baris.realisasi.all()]
        ids["kinerja.RealisasiFisik"] += [str(f.id) for f in bi.baris.fisik.all()]
    syarat = Q(pk__in=[])
    for model, listing in ids.items():
        if listing:
            syarat |= Q(model=model, objek_id__in=listing)
    return list(Perubahan.objects.filter(syarat).select_related("pengguna")[:limit])
