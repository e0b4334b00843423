"""The LKE of one OPD and year: windows, the evaluation, the OPD's and the evaluator's answers."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.kaskade.models import Jabatan
from sakip.kinerja.models import Pemda, PerangkatDaerah, Rekomendasi
from sakip.laporan.models import STATUS_PENANDA


class JendelaLke(models.Model):
    """A Pemda's window for one year: the OPDs' entry or the Inspektorat's evaluation."""

    OPD = "opd"
    INSPEKTORAT = "inspektorat"
    JENIS = [(OPD, "Pengisian oleh perangkat daerah"), (INSPEKTORAT, "Penilaian oleh Inspektorat")]
    BELUM = "belum"
    DIBUKA = "dibuka"
    DITUTUP = "ditutup"
    STATUS = [(BELUM, "Belum dibuka"), (DIBUKA, "Dibuka"), (DITUTUP, "Ditutup")]

    pemda = models.ForeignKey(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.CASCADE,
        related_name="jendela_lke",
    )
    tahun = models.PositiveSmallIntegerField()
    """The year evaluated."""
    jenis = models.CharField(max_length=16, choices=JENIS)
    status = models.CharField(max_length=16, choices=STATUS, default=BELUM)

    class Meta:
        verbose_name = "jendela LKE"
        verbose_name_plural = "jendela LKE"
        ordering = ["tahun", "jenis"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "tahun", "jenis"], name="jendela_lke_unik")
        ]

    def __str__(self) -> str:
        return f"jendela LKE {self.tahun}: {self.get_jenis_display()}"


class EvaluasiLke(models.Model):
    """The LKE of one OPD for one evaluated year, scored with one template version."""

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="evaluasi_lke",
    )
    tahun = models.PositiveSmallIntegerField()
    """The year evaluated (reported in the LKjIP of the next year, like the evaluation result)."""
    template_kode = models.CharField("kode lembar kerja evaluasi", max_length=64)
    template_versi = models.PositiveIntegerField("versi lembar kerja evaluasi")
    diterbitkan = models.BooleanField(default=False)
    """Whether the Inspektorat published the final answers: only then the OPD sees them."""
    diubah = models.DateTimeField(auto_now=True)
    """When it was last saved: the LKE is kept out of the history (its answers are the
    Inspektorat's until published), so the control room's cache follows this time instead."""

    class Meta:
        verbose_name = "evaluasi LKE"
        verbose_name_plural = "evaluasi LKE"
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["opd", "tahun"], name="evaluasi_lke_unik")]

    def __str__(self) -> str:
        return f"evaluasi LKE {self.tahun}"


class JawabanUsulan(models.Model):
    """The OPD's proposed answer to one criterion, with its note and evidence links."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="usulan")
    kriteria = models.CharField(max_length=32)
    catatan = models.TextField(blank=True, default="")
    bukti = models.TextField(blank=True, default="")
    """Evidence links, one per line."""
    jawaban = models.CharField(max_length=16)

    class Meta:
        verbose_name = "jawaban usulan LKE"
        verbose_name_plural = "jawaban usulan LKE"
        ordering = ["kriteria"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="jawaban_usulan_unik")
        ]

    def __str__(self) -> str:
        return f"kriteria {self.kriteria}"


class JawabanPenetapan(models.Model):
    """The evaluator's final answer to one criterion, with the evaluator's note."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="penetapan")
    kriteria = models.CharField(max_length=32)
    catatan = models.TextField(blank=True, default="")
    jawaban = models.CharField(max_length=16)
    diubah = models.DateTimeField(auto_now=True)
    """When it was last saved (see EvaluasiLke.diubah)."""

    class Meta:
        verbose_name = "jawaban penetapan LKE"
        verbose_name_plural = "jawaban penetapan LKE"
        ordering = ["kriteria"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="jawaban_penetapan_unik")
        ]

    def __str__(self) -> str:
        return f"kriteria {self.kriteria}"


class KertasKerja(models.Model):
    """The evaluator's working paper of one criterion: the test made and the evidence seen."""

    evaluasi = models.ForeignKey(
        EvaluasiLke, verbose_name="evaluasi LKE", on_delete=models.CASCADE, related_name="kertas"
    )
    kriteria = models.CharField("kode kriteria", max_length=32)
    catatan = models.TextField("catatan kerja", blank=True, default="")
    bukti = models.TextField("rujukan bukti", blank=True, default="")
    """Evidence references, one per line."""

    class Meta:
        verbose_name = "kertas kerja evaluasi"
        verbose_name_plural = "kertas kerja evaluasi"
        ordering = ["kriteria"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="kertas_kerja_unik")
        ]

    def __str__(self) -> str:
        return f"kriteria {self.kriteria}"


class PenugasanPenilai(models.Model):
    """The evaluator assigned to one sub-component of an LKE: only they set its final answers."""

    evaluasi = models.ForeignKey(
        EvaluasiLke,
        verbose_name="evaluasi LKE",
        on_delete=models.CASCADE,
        related_name="penugasan",
    )
    subkomponen = models.CharField("kode subkomponen", max_length=32)
    penilai = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="penilai",
        on_delete=models.CASCADE,
        related_name="penugasan_lke",
    )
    unit_penilai = models.CharField("unit penilai", max_length=128, blank=True, default="")
    """Where the evaluator works (Inspektorat, Bagian Organisasi, Bappeda)."""

    class Meta:
        verbose_name = "penugasan penilai LKE"
        verbose_name_plural = "penugasan penilai LKE"
        ordering = ["subkomponen"]
        constraints = [
            models.UniqueConstraint(fields=["evaluasi", "subkomponen"], name="penugasan_lke_unik")
        ]

    def __str__(self) -> str:
        return f"subkomponen {self.subkomponen}"


class SnapshotJendela(models.Model):
    """The answers of every LKE of a window's year as they were when the window closed."""

    jendela = models.ForeignKey(
        JendelaLke, verbose_name="jendela LKE", on_delete=models.CASCADE, related_name="snapshot"
    )
    waktu = models.DateTimeField("waktu penutupan", auto_now_add=True)
    isi = models.JSONField("isi")
    """{opd kode: {template: {kode, versi}, usulan|penetapan: {kriteria: {jawaban, catatan}}}}."""

    class Meta:
        verbose_name = "snapshot jendela LKE"
        verbose_name_plural = "snapshot jendela LKE"
        ordering = ["waktu"]

    def __str__(self) -> str:
        return f"snapshot {self.jendela}"


class LaporanHasilEvaluasi(models.Model):
    """The signing data of an LHE: its letter number, place, date and the Inspektur."""

    evaluasi = models.OneToOneField(
        EvaluasiLke, verbose_name="evaluasi LKE", on_delete=models.CASCADE, related_name="lhe"
    )
    nomor = models.CharField("nomor surat", max_length=128, blank=True, default="")
    tempat = models.CharField("tempat penandatanganan", max_length=128, blank=True, default="")
    tanggal = models.DateField("tanggal penandatanganan", null=True, blank=True)
    status = models.CharField(
        "status penanda tangan", max_length=8, choices=STATUS_PENANDA, blank=True, default=""
    )
    jabatan = models.CharField("jabatan penanda tangan", max_length=255, default="Inspektur")
    nama = models.CharField("nama penanda tangan", max_length=255, blank=True, default="")
    nip = models.CharField("NIP penanda tangan", max_length=32, blank=True, default="")

    class Meta:
        verbose_name = "laporan hasil evaluasi"
        verbose_name_plural = "laporan hasil evaluasi"

    def __str__(self) -> str:
        return f"LHE {self.evaluasi.tahun}"


class JabatanRekomendasi(models.Model):
    """The position of the OPD that answers for a recommendation; its holder of the day is the
    person responsible. Kept here, not on `kinerja.Rekomendasi`: kinerja does not know the
    positions of `sakip.kaskade` (docs/lke.md#penanggung-jawab)."""

    rekomendasi = models.OneToOneField(
        Rekomendasi,
        verbose_name="rekomendasi",
        on_delete=models.CASCADE,
        related_name="jabatan_penanggung_jawab",
    )
    jabatan = models.ForeignKey(
        Jabatan,
        verbose_name="jabatan penanggung jawab",
        # A position named by a recommendation is not deleted alone; with its OPD it goes.
        on_delete=models.RESTRICT,
        related_name="rekomendasi",
    )

    class Meta:
        verbose_name = "jabatan penanggung jawab rekomendasi"
        verbose_name_plural = "jabatan penanggung jawab rekomendasi"

    def __str__(self) -> str:
        return f"{self.jabatan.nama} untuk {self.rekomendasi.uraian[:60]}"


class TindakLanjutLke(models.Model):
    """The OPD's report on the follow-up of one recommendation, waiting for the Inspektorat."""

    rekomendasi = models.OneToOneField(
        Rekomendasi,
        verbose_name="rekomendasi",
        on_delete=models.CASCADE,
        related_name="laporan_tindak_lanjut",
    )
    uraian = models.TextField("tindak lanjut")
    bukti = models.TextField("tautan bukti", blank=True, default="")
    status = models.CharField("status", max_length=16, choices=Rekomendasi.STATUS)
    nomor = models.PositiveIntegerField("laporan ke-", default=1)
    """Counts the OPD's reports: a verification answers one of them."""

    class Meta:
        verbose_name = "laporan tindak lanjut rekomendasi"
        verbose_name_plural = "laporan tindak lanjut rekomendasi"

    def __str__(self) -> str:
        return f"tindak lanjut {self.rekomendasi.uraian[:60]}"


class VerifikasiTindakLanjut(models.Model):
    """The Inspektorat's decision on one report of a follow-up: accepted, or returned."""

    DITERIMA = "diterima"
    DIKEMBALIKAN = "dikembalikan"
    KEPUTUSAN = [(DITERIMA, "Diterima"), (DIKEMBALIKAN, "Dikembalikan")]

    tindak_lanjut = models.ForeignKey(
        TindakLanjutLke,
        verbose_name="laporan tindak lanjut",
        on_delete=models.CASCADE,
        related_name="verifikasi",
    )
    nomor = models.PositiveIntegerField("laporan ke-")
    keputusan = models.CharField("keputusan", max_length=16, choices=KEPUTUSAN)
    catatan = models.TextField("catatan Inspektorat", blank=True, default="")

    class Meta:
        verbose_name = "verifikasi tindak lanjut"
        verbose_name_plural = "verifikasi tindak lanjut"
        ordering = ["nomor", "id"]

    def __str__(self) -> str:
        return f"verifikasi laporan ke-{self.nomor}"


class TemplatLhe(models.Model):
    """A Pemda's own DOCX template of its LHE (letterhead, styles, cover): the base document the
    LHE is written into instead of the bundled one (docs/lke.md#templat-lhe)."""

    pemda = models.OneToOneField(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.CASCADE,
        related_name="templat_lhe",
    )
    nama = models.CharField("nama berkas", max_length=255)
    isi = models.BinaryField("isi berkas")
    diunggah = models.DateTimeField("waktu unggah", auto_now=True)

    class Meta:
        verbose_name = "templat LHE"
        verbose_name_plural = "templat LHE"

    def __str__(self) -> str:
        return f"templat LHE {self.nama}"
