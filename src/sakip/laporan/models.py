"""What users change in the generated reports."""

from django.db import models

from sakip.kinerja.models import PerangkatDaerah

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
        PerangkatDaerah, on_delete=models.CASCADE, related_name="paragraf_kustom"
    )
    tahun = models.PositiveSmallIntegerField()
    jenis_dokumen = models.CharField(max_length=16, choices=JENIS_DOKUMEN)
    kunci = models.CharField(max_length=128)
    teks = models.TextField()
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "paragraf kustom"
        ordering = ["kunci"]
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tahun", "jenis_dokumen", "kunci"], name="paragraf_kustom_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.jenis_dokumen} {self.tahun} {self.kunci}"
