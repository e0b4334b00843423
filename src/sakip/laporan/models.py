"""What users change in the generated reports, and the reports made in the background."""

from django.conf import settings
from django.db import models

from sakip.kinerja.models import Pemda, PerangkatDaerah

JENIS_DOKUMEN = [
    ("lkjip", "LKjIP"),
    ("pk", "Perjanjian Kinerja"),
    ("triwulan", "Laporan Triwulan"),
]


class ParagrafKustom(models.Model):
    """A user's text in place of one generated paragraph, kept across regenerations.

    `kunci` is the paragraph's stable key in the document model (docs/documents.md), e.g.
    "bab3.sasaran.S1.perbandingan"; a Laporan Triwulan's keys start with its quarter ("tw2.")
    and a Perjanjian Kinerja's with its version ("v1.").
    """

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="paragraf_kustom",
    )
    tahun = models.PositiveSmallIntegerField()
    jenis_dokumen = models.CharField("jenis dokumen", max_length=16, choices=JENIS_DOKUMEN)
    kunci = models.CharField(max_length=128)
    teks = models.TextField()
    diubah_pada = models.DateTimeField("diubah pada", auto_now=True)

    class Meta:
        verbose_name = "paragraf laporan"
        verbose_name_plural = "paragraf laporan"
        ordering = ["kunci"]
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "jenis_dokumen", "kunci"], name="paragraf_kustom_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.jenis_dokumen} {self.tahun} {self.kunci}"


STATUS_PENANDA = [("Plt.", "Pelaksana Tugas (Plt.)"), ("Plh.", "Pelaksana Harian (Plh.)")]


class Pengesahan(models.Model):
    """Where and when one report of the year is signed, and in what capacity.

    `nomor` is the PK's version or the quarter of a Laporan Triwulan, 0 for the LKjIP. The
    planning officer sets the date; documents print it instead of the day they are made. A PK's
    date is the agreement's own (`kinerja.PerjanjianKinerja.tanggal`, part of the signed data),
    so for a PK only the place and the acting status of its parties are kept here.
    """

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="pengesahan",
    )
    tahun = models.PositiveSmallIntegerField()
    jenis_dokumen = models.CharField("jenis dokumen", max_length=16, choices=JENIS_DOKUMEN)
    nomor = models.PositiveSmallIntegerField(default=0)
    tempat = models.CharField(max_length=128, blank=True, null=True)
    tanggal = models.DateField(blank=True, null=True)
    status = models.CharField(max_length=8, choices=STATUS_PENANDA, blank=True, null=True)
    status_pihak_kedua = models.CharField(
        "status pihak kedua", max_length=8, choices=STATUS_PENANDA, blank=True, null=True
    )

    class Meta:
        verbose_name = "penandatanganan laporan"
        verbose_name_plural = "penandatanganan laporan"
        ordering = ["tahun", "jenis_dokumen", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "jenis_dokumen", "nomor"], name="pengesahan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.jenis_dokumen} {self.tahun} {self.nomor}"


class KriteriaCapaianPemda(models.Model):
    """One band of a Pemda's own criteria of capaian kinerja, in force from a year.

    A Pemda may set its own bands (labels and lower bounds) in place of the regulation's
    (data/skala/kriteria-capaian); all the bands with the same `berlaku_mulai` make one scale,
    which every output uses for reports on that year and later, until a newer one.
    """

    pemda = models.ForeignKey(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.CASCADE,
        related_name="kriteria_capaian",
    )
    berlaku_mulai = models.PositiveSmallIntegerField("berlaku mulai tahun")
    dasar_hukum = models.CharField("dasar hukum", max_length=255)
    """The Pemda's own act setting the scale, as the reports name it."""
    kode = models.CharField(max_length=32)
    label = models.CharField(max_length=128)
    batas_bawah = models.DecimalField(
        "batas bawah", max_digits=9, decimal_places=4, blank=True, null=True
    )
    """Capaian (%) from which the band starts, inclusive; null for the lowest band."""

    class Meta:
        verbose_name = "kriteria capaian Pemda"
        verbose_name_plural = "kriteria capaian Pemda"
        # The lowest band has no bound: last on every engine (PostgreSQL puts NULL first).
        ordering = ["pemda", "berlaku_mulai", models.F("batas_bawah").desc(nulls_last=True)]
        constraints = [
            models.UniqueConstraint(
                fields=["pemda", "berlaku_mulai", "kode"], name="kriteria_capaian_pemda_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.berlaku_mulai} {self.kode}: {self.label}"


class LabelSkala(models.Model):
    """A Pemda's own label for one band of a scale (e.g. "Sangat Baik" for "Sangat Tinggi")."""

    pemda = models.ForeignKey(
        Pemda,
        verbose_name="pemerintah daerah",
        on_delete=models.CASCADE,
        related_name="label_skala",
    )
    jenis = models.CharField(max_length=64)
    kode = models.CharField(max_length=32)
    label = models.CharField(max_length=128)
    diubah = models.DateTimeField(auto_now=True)
    """When the label last changed: cached pages follow it (layanan.versi_data)."""

    class Meta:
        verbose_name = "label skala Pemda"
        verbose_name_plural = "label skala Pemda"
        db_table = "web_labelskala"
        constraints = [
            models.UniqueConstraint(fields=["pemda", "jenis", "kode"], name="label_skala_unik")
        ]

    def __str__(self) -> str:
        return f"{self.jenis} {self.kode}: {self.label}"

    def clean(self) -> None:
        """Check the scale and its band exist, so the label is applied where it is meant."""
        from django.core.exceptions import ValidationError

        from sakip.core.scales import SkalaTidakDitemukan, load_scale

        try:
            skala = load_scale(self.jenis)
        except SkalaTidakDitemukan:
            raise ValidationError(
                {"jenis": "Jenis skala tidak dikenal, misalnya kriteria-capaian atau mutu-skm."}
            ) from None
        if self.kode not in [b.kode for b in skala.bands]:
            pilihan = ", ".join(b.label for b in skala.bands)
            raise ValidationError(
                {"kode": f"Kelas ini tidak ada pada skala {skala.nama}; pilih {pilihan}."}
            )


class SusunanDokumen(models.Model):
    """A report made in the background for one person: a PDF or DOCX to download, or signing
    (an OPD's report, or a document of the Pemda kept as signed).

    The page that asked for it shows its steps until it ends (`sakip.laporan.latar`); the bytes
    of a download are kept here for the person who asked, a signed document in `DokumenTertanda`.
    """

    ANTRE = "antre"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    GAGAL = "gagal"
    STATUS = [
        (ANTRE, "menunggu giliran"),
        (BERJALAN, "sedang disusun"),
        (SELESAI, "selesai"),
        (GAGAL, "tidak berhasil"),
    ]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    pemda = models.ForeignKey(
        Pemda, verbose_name="Pemda", on_delete=models.CASCADE, null=True, blank=True
    )
    """Set for a document of the Pemda itself (its LKjIP, the Kepala Daerah's PK), not `opd`."""
    tahun = models.PositiveSmallIntegerField("tahun")
    jenis = models.CharField("jenis dokumen", max_length=16, choices=JENIS_DOKUMEN)
    format = models.CharField("format berkas", max_length=8, blank=True, default="")
    """pdf or docx for a download; empty for a signing (every format is made)."""
    opsi = models.JSONField("pilihan", default=dict, blank=True)
    """The quarter (triwulan) or the PK version (versi) asked for."""
    tanda = models.BooleanField("penandatanganan", default=False)
    alasan = models.TextField("alasan menandatangani", blank=True, default="")
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="diminta oleh", on_delete=models.CASCADE
    )
    status = models.CharField("keadaan", max_length=8, choices=STATUS, default=ANTRE)
    langkah = models.PositiveSmallIntegerField("langkah", default=0)
    """The step under way (an index into `latar.langkah`)."""
    pesan = models.TextField("pesan", blank=True, default="")
    isi = models.BinaryField("isi berkas", null=True, blank=True)
    dibuat = models.DateTimeField("diminta", auto_now_add=True)
    diperbarui = models.DateTimeField("diperbarui", auto_now=True)

    class Meta:
        verbose_name = "susunan dokumen"
        verbose_name_plural = "susunan dokumen"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"susunan {self.get_jenis_display()} {self.tahun} ({self.get_status_display()})"

    @property
    def berakhir(self) -> bool:
        """Return whether it has ended, well or not."""
        return self.status in (self.SELESAI, self.GAGAL)
