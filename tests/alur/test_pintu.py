"""Every door refuses a change into a signed year or a locked quarter, for every record type.

For each record type the change service knows, a record of the bundled Kecamatan Bontang Barat
dataset is changed while its year is open; then its year is signed (or its quarter approved and
locked) and the old values are written back through each door: the service itself (as the
system, which holds every role), the entry workbook made before the change, and the dataset
dumped before it. Each door must refuse, and the record must keep its changed value.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import models

from sakip.alur.layanan import Ditolak, Sesi, perubahan
from sakip.alur.models import DokumenTertanda, Periode
from sakip.alur.rekaman import REGISTRI, Tempat
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.impor.buku.susunan import LANGKAH, create_buku
from sakip.impor.pipeline import impor_buku
from sakip.kaskade.models import (
    IndikatorPKJabatan,
    Jabatan,
    PemegangJabatan,
    PenggunaJabatan,
    PeriodeRencanaAksi,
    RencanaAksiKinerja,
)
from sakip.kinerja import models as m
from sakip.laporan.models import KriteriaCapaianPemda, LabelSkala, ParagrafKustom
from sakip.lke.models import (
    EvaluasiLke,
    JabatanRekomendasi,
    JawabanPenetapan,
    JawabanUsulan,
    JendelaLke,
    KertasKerja,
    LaporanHasilEvaluasi,
    PenugasanPenilai,
    SnapshotJendela,
    TemplatLhe,
    TindakLanjutLke,
    VerifikasiTindakLanjut,
)
from sakip.pemda import models as pemda
from sakip.pohon.models import (
    JawabanCrosscutting,
    PermintaanCrosscutting,
    PohonKinerja,
    ReviuPohon,
)
from sakip.publik.models import DokumenPemda, DokumenSakip, TokenApi
from sakip.riwayat.recorder import snapshot
from sakip.web.models import Bukti
from tests.conftest import KODE_BONTANG

TAHUN = 2022

TANPA_TAHUN = {
    m.Pemda,
    m.Rpjmd,
    m.Misi,
    m.TujuanPemda,
    m.SasaranPemda,
    m.PerangkatDaerah,
    m.UnitKerja,
    m.NomenklaturVersi,
    m.NomenklaturItem,
    KriteriaCapaianPemda,
    LabelSkala,
    JendelaLke,
    TokenApi,
    DokumenPemda,
    # A register document records a document, reported in no LKjIP: an LHE of a year arrives
    # after that year's LKjIP is signed, and a signed document is published afterwards.
    DokumenSakip,
    pemda.IndikatorPemda,
    pemda.TargetIndikatorPemda,
    pemda.KontribusiOpd,
    pemda.RealisasiIndikatorPemda,
    pemda.PerjanjianKinerjaPemda,
    pemda.TargetPKPemda,
    pemda.TenggatPemda,
    pemda.PengesahanLkjipPemda,
    SnapshotJendela,
    # A Pemda's own LHE template: the Inspektorat's, for every year's LHE.
    TemplatLhe,
    Jabatan,
    PemegangJabatan,
    PenggunaJabatan,
}
"""Pemda-level records, changed only by the Admin Pemda and reported by every OPD: no single
OPD's signature locks them (the signed document keeps its exact bytes); the register; and the
positions of an OPD and their holders, organisation data like its units."""


BERTAHUN = sorted(
    (mdl for mdl in REGISTRI if mdl not in TANPA_TAHUN),
    key=lambda mdl: mdl._meta.label,
)
BERTRIWULAN = [
    m.Realisasi,
    m.NarasiIndikator,
    m.RealisasiAnggaran,
    m.RealisasiFisik,
    m.IndikatorKeluaran,
    m.BarisAnggaran,
    Bukti,
]
DI_BUKU = {langkah.model for langkah in LANGKAH} - {JawabanUsulan}
"""The workbook of a year holds the LKE of that year, reported in the next LKjIP: the LKE answer
reported in the signed year (the LKE of the year before) is not in it."""
BUKAN_DATASET = (
    KertasKerja,
    LaporanHasilEvaluasi,
    PenugasanPenilai,
    TindakLanjutLke,
    VerifikasiTindakLanjut,
)
"""The evaluator's papers and the follow-up records: kept by the backup, not in a dataset."""


def test_the_record_types_without_a_year_are_the_pemdas() -> None:
    assert {mdl for mdl in REGISTRI if mdl not in BERTAHUN} == TANPA_TAHUN


def _tambahan(opd: m.PerangkatDaerah) -> None:
    """Add what the dataset does not hold for the year: a tujuan, a PK program, SKM unsur,
    a report paragraph, an evidence file, the LKE of the year before with its answers, and a
    rencana aksi."""
    user = get_user_model().objects.create_user("penguji")
    renstra = m.Renstra.objects.get(opd=opd)
    if not renstra.tujuan.exists():
        m.TujuanRenstra.objects.create(renstra=renstra, kode="T1", uraian="Tujuan.")
    pk = m.PerjanjianKinerja.objects.filter(opd=opd, tahun=TAHUN).first()
    if pk is not None and not pk.program.exists():
        m.ProgramPK.objects.create(pk_dokumen=pk, program="7.01.01")
    skm, _ = m.Skm.objects.get_or_create(opd=opd, tahun=TAHUN)
    if not skm.unsur.exists():
        m.SkmUnsur.objects.create(skm=skm, unsur="U1", nrr=Decimal("3.5"))
    ParagrafKustom.objects.create(
        opd=opd, tahun=TAHUN, jenis_dokumen="lkjip", kunci="bab1.latar", teks="Teks."
    )
    unit = m.UnitKerja.objects.get(opd=opd, kode="7.01.0.00.0.00.30.0001")
    Bukti.objects.create(
        unit=unit,
        tahun=TAHUN,
        triwulan=4,
        berkas="bukti/x.pdf",
        nama="x.pdf",
        keterangan="Bukti.",
        ukuran=1,
        diunggah_oleh=user,
    )
    # The LKE of 2021 is reported in the LKjIP of 2022, like the evaluation result (Tabel 9).
    lke = EvaluasiLke.objects.create(
        opd=opd, tahun=TAHUN - 1, template_kode="permenpanrb-88-2021-opd", template_versi=1
    )
    JawabanUsulan.objects.create(evaluasi=lke, kriteria="1.a.2", jawaban="Y", catatan="Ada.")
    JawabanPenetapan.objects.create(evaluasi=lke, kriteria="1.a.2", jawaban="Y", catatan="Ada.")
    # Both windows of 2021 open: only the signed year refuses (the LKE's own rule, decision 0017).
    for jenis in (JendelaLke.OPD, JendelaLke.INSPEKTORAT):
        JendelaLke.objects.create(pemda=opd.pemda, tahun=TAHUN - 1, jenis=jenis, status="dibuka")
    KertasKerja.objects.create(evaluasi=lke, kriteria="1.a.2", catatan="Renstra ditetapkan.")
    PenugasanPenilai.objects.create(evaluasi=lke, subkomponen="1.a", penilai=user)
    LaporanHasilEvaluasi.objects.create(evaluasi=lke, nomor="700/1/INSP")
    rekomendasi = m.Rekomendasi.objects.filter(opd=opd, tahun_evaluasi=TAHUN - 1).first()
    assert rekomendasi is not None
    laporan = TindakLanjutLke.objects.create(
        rekomendasi=rekomendasi, uraian="Dilaksanakan.", status="selesai"
    )
    VerifikasiTindakLanjut.objects.create(tindak_lanjut=laporan, nomor=1, keputusan="diterima")
    JabatanRekomendasi.objects.create(
        rekomendasi=rekomendasi, jabatan=Jabatan.objects.get(opd=opd, kode="sekcam")
    )
    # The dataset's pohon kinerja (derived) gets a review and a crosscutting request with its
    # answer, from an OPD of the same Pemda (whose signed year locks the answer).
    pohon = PohonKinerja.objects.get(opd=opd, tahun=TAHUN)
    ReviuPohon.objects.create(pohon=pohon, putaran=1, keputusan="disetujui", catatan="Sesuai.")
    lain = m.PerangkatDaerah.objects.create(
        pemda=opd.pemda, kode="7.01.0.00.0.00.31.0000", nama="Kecamatan Uji", jenis="Kecamatan"
    )
    m.UnitKerja.objects.create(opd=lain, kode=lain.kode, nama="Kecamatan Uji")
    permintaan = PermintaanCrosscutting.objects.create(
        simpul=pohon.simpul.get(rujukan="IKU4"), opd_tujuan=lain, catatan="Lintas wilayah."
    )
    JawabanCrosscutting.objects.create(permintaan=permintaan, status="diterima", catatan="Ya.")
    # The report gives no rencana aksi: one for a Kasi's kegiatan, with a month.
    ind = IndikatorPKJabatan.objects.get(pk_jabatan__jabatan__kode="kasi-pm", kode="7.01.03.2.03")
    aksi = RencanaAksiKinerja.objects.create(
        indikator=ind, uraian="Aksi.", jabatan=ind.pk_jabatan.jabatan, bobot=Decimal(100)
    )
    PeriodeRencanaAksi.objects.create(rencana_aksi=aksi, periode="3", target=Decimal(1))


def _rekaman(model: type[models.Model], sesi: Sesi, triwulan: bool) -> tuple[Any, Tempat]:
    """Return a record of the model reported in the demo year (in a unit's quarter)."""
    for obj in model._default_manager.order_by("pk")[:500]:
        t = sesi.tempat(obj)
        if TAHUN in t.tahun and (not triwulan or (t.unit_id and t.triwulan)):
            return obj, t
    pytest.fail(f"{model._meta.label}: no record reported in {TAHUN}")


def _unik(model: type[models.Model]) -> set[str]:
    nama = {f for c in model._meta.constraints for f in getattr(c, "fields", ())}
    return nama | {f.name for f in model._meta.concrete_fields if f.unique}


def _change(obj: Any) -> str:
    """Change one value of the record that no key holds; return the field's name."""
    if isinstance(obj, m.AtribusiProgram):
        # Its only free value is the sasaran the program serves.
        obj.sasaran = m.SasaranStrategis.objects.exclude(pk=obj.sasaran_id).first()
        return "sasaran"
    if isinstance(obj, m.ProgramPK):
        # Its only free value is its position; the program itself is its key.
        ada = set(
            m.ProgramPK.objects.filter(pk_dokumen=obj.pk_dokumen).values_list("program", flat=True)
        )
        obj.program = next(k for k in ("7.01.09", "7.01.08", "7.01.07") if k not in ada)
        return "program"
    if isinstance(obj, JabatanRekomendasi):
        # Its only value is the position that answers for the recommendation.
        obj.jabatan = Jabatan.objects.filter(opd=obj.jabatan.opd).exclude(pk=obj.jabatan_id)[0]
        return "jabatan"
    unik = _unik(type(obj))
    for f in obj._meta.concrete_fields:
        if f.primary_key or f.is_relation or f.name in unik or f.name == "kode":
            continue
        nilai = getattr(obj, f.attname)
        if isinstance(f, models.CharField | models.TextField) and not f.choices:
            setattr(obj, f.attname, (nilai or "Teks") + " (diubah)")
            return f.name
        if isinstance(f, models.DecimalField) and nilai is not None:
            turun = f.name != "pagu" and nilai >= 1
            setattr(obj, f.attname, nilai - 1 if turun else nilai + Decimal(1))
            return f.name
    for f in obj._meta.concrete_fields:
        bebas = f.name not in unik | {"urutan", "tahun"} and not f.name.startswith("periode")
        if isinstance(f, models.IntegerField) and bebas and not f.choices:
            setattr(obj, f.attname, getattr(obj, f.attname) + 1)
            return f.name
    for f in obj._meta.concrete_fields:
        if f.name == "urutan":
            obj.urutan += 1
            return f.name
    pytest.fail(f"{obj._meta.label}: no field to change")


def _key(t: Tempat, triwulan: bool) -> None:
    if triwulan:
        Periode.objects.update_or_create(
            unit_id=t.unit_id,
            tahun=TAHUN,
            triwulan=t.triwulan,
            defaults={"status": Periode.DIKUNCI},
        )
        return
    DokumenTertanda.objects.create(
        opd_id=t.opd_id,
        tahun=TAHUN,
        jenis="lkjip",
        format="html",
        isi=b"<p>LKjIP</p>",
        oleh=get_user_model().objects.get(username="penguji"),
    )


def _kasus() -> list[Any]:
    kasus = [pytest.param(mdl, False, id=f"{mdl._meta.label}-tertanda") for mdl in BERTAHUN]
    kasus += [pytest.param(mdl, True, id=f"{mdl._meta.label}-dikunci") for mdl in BERTRIWULAN]
    return kasus


@pytest.mark.parametrize(("model", "triwulan"), _kasus())
def test_every_door_refuses_a_change_into_a_locked_place(
    demo: Path, tmp_path: Path, model: type[models.Model], triwulan: bool
) -> None:
    opd = m.PerangkatDaerah.objects.get(kode=KODE_BONTANG)
    _tambahan(opd)
    buku = create_buku(opd, TAHUN)
    buku["Petunjuk"]["B8"] = None  # a workbook that carries no version: only the lock refuses
    berkas = tmp_path / "buku.xlsx"
    buku.save(berkas)
    dump_all(tmp_path / "dataset")

    with perubahan(None, "uji") as sesi:
        obj, tempat = _rekaman(model, sesi, triwulan)
        field = _change(obj)
        sesi.save(obj, [field])
    _key(tempat, triwulan)
    diubah = snapshot(type(obj)._default_manager.get(pk=obj.pk))

    # The service itself, as the system: changing back and deleting are refused.
    semula = type(obj)._default_manager.get(pk=obj.pk)
    _change(semula)
    with pytest.raises(Ditolak), perubahan(None, "uji") as sesi:
        sesi.save(semula, [field])
    with pytest.raises(Ditolak), perubahan(None, "uji") as sesi:
        sesi.delete(type(obj)._default_manager.get(pk=obj.pk))

    # The entry workbook made before the change would write the old value back.
    result = impor_buku(berkas.read_bytes(), "buku.xlsx", pengguna=None)
    if model in DI_BUKU:
        assert not result.berhasil
        assert any(g.kode == "perubahan-ditolak" for g in result.error)

    # The dataset dumped before the change would replace it too.
    if model not in (ParagrafKustom, Bukti, *BUKAN_DATASET):
        with pytest.raises(Ditolak):
            load_path(tmp_path / "dataset")

    assert snapshot(type(obj)._default_manager.get(pk=obj.pk)) == diubah
