"""The editable pohon kinerja of an OPD's year: its nodes, their review, crosscutting requests.

A node links to the record it represents by that record's code (a sasaran, an IKU, a program,
kegiatan or sub kegiatan code; a position's rencana aksi by position, indicator and number), so
that the tree survives a reload of the data and its copy to the next year links to that year's
records of the same codes (decision 0012).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from sakip.kinerja.models import PerangkatDaerah

JENIS_SIMPUL = [
    ("sasaran_pemda", "Sasaran RPJMD"),
    ("sasaran", "Sasaran strategis"),
    ("indikator", "Indikator kinerja"),
    ("program", "Program"),
    ("kegiatan", "Kegiatan"),
    ("sub_kegiatan", "Sub kegiatan"),
    ("rencana_aksi", "Rencana aksi"),
]
KEPUTUSAN = [("disetujui", "Disetujui"), ("ditolak", "Ditolak")]
JAWABAN = [("diterima", "Diterima"), ("ditolak", "Ditolak")]


class PohonKinerja(models.Model):
    """The tree of one OPD and year, submitted by the perencana and reviewed by the kepala."""

    STATUS = [
        ("draf", "Draf"),
        ("diajukan", "Diajukan"),
        ("disetujui", "Disetujui"),
        ("ditolak", "Ditolak"),
    ]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        related_name="pohon_kinerja",
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    putaran = models.PositiveSmallIntegerField("putaran pengajuan", default=0)
    """How many times it was submitted; 0: never."""
    diajukan = models.BooleanField("diajukan", default=False)

    class Meta:
        verbose_name = "pohon kinerja"
        verbose_name_plural = "pohon kinerja"
        constraints = [models.UniqueConstraint(fields=["opd", "tahun"], name="pohon_unik")]

    def __str__(self) -> str:
        return f"Pohon kinerja {self.tahun}"

    def reviu_terakhir(self) -> ReviuPohon | None:
        """Return the kepala's decision on the current submission, None while it waits."""
        return self.reviu.filter(putaran=self.putaran).order_by("-id").first()

    @property
    def status(self) -> str:
        """Return draf, diajukan, disetujui or ditolak."""
        if not self.diajukan:
            return "draf"
        reviu = self.reviu_terakhir()
        return reviu.keputusan if reviu else "diajukan"

    @property
    def label_status(self) -> str:
        """Return the status as a person reads it: "Diajukan"."""
        return dict(self.STATUS)[self.status]

    @property
    def dapat_diubah(self) -> bool:
        """Return whether its nodes may change: while a draft or after a refusal."""
        return self.status in ("draf", "ditolak")


class SimpulPohon(models.Model):
    """One node: a sasaran, indicator, program, kegiatan, sub kegiatan or rencana aksi."""

    pohon = models.ForeignKey(
        PohonKinerja, verbose_name="pohon kinerja", on_delete=models.CASCADE, related_name="simpul"
    )
    induk = models.ForeignKey(
        "self",
        verbose_name="simpul induk",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="anak",
    )
    jenis = models.CharField("jenis simpul", max_length=16, choices=JENIS_SIMPUL)
    rujukan = models.CharField("kode rujukan", max_length=160, blank=True, default="")
    """The code of the record it represents in the year's data; empty: a node of its own.

    A rencana aksi is named "position/indicator/number" (`sakip.kaskade.rujukan`)."""
    uraian = models.TextField("uraian")
    urutan = models.PositiveIntegerField("urutan", default=0)

    class Meta:
        verbose_name = "simpul pohon kinerja"
        verbose_name_plural = "simpul pohon kinerja"
        ordering = ["urutan", "id"]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.rujukan or self.uraian[:40]}".strip()


class ReviuPohon(models.Model):
    """The kepala's decision on one submission of the tree, with its note."""

    pohon = models.ForeignKey(
        PohonKinerja, verbose_name="pohon kinerja", on_delete=models.CASCADE, related_name="reviu"
    )
    putaran = models.PositiveSmallIntegerField("putaran pengajuan")
    keputusan = models.CharField("keputusan", max_length=16, choices=KEPUTUSAN)
    catatan = models.TextField("catatan", blank=True, default="")
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="oleh",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "reviu pohon kinerja"
        verbose_name_plural = "reviu pohon kinerja"

    def __str__(self) -> str:
        return f"Reviu pohon kinerja putaran {self.putaran}"


class PermintaanCrosscutting(models.Model):
    """A node of one OPD that another OPD is asked to contribute to (crosscutting)."""

    simpul = models.ForeignKey(
        SimpulPohon,
        verbose_name="simpul pohon kinerja",
        on_delete=models.CASCADE,
        related_name="permintaan",
    )
    opd_tujuan = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah yang diminta",
        on_delete=models.CASCADE,
        related_name="permintaan_crosscutting",
    )
    catatan = models.TextField("catatan permintaan", blank=True, default="")

    class Meta:
        verbose_name = "permintaan crosscutting"
        verbose_name_plural = "permintaan crosscutting"
        constraints = [
            models.UniqueConstraint(fields=["simpul", "opd_tujuan"], name="crosscutting_unik")
        ]

    def __str__(self) -> str:
        return f"Permintaan crosscutting {self.simpul}"

    @property
    def status(self) -> str:
        """Return diajukan while unanswered, else diterima or ditolak."""
        jawaban = getattr(self, "jawaban", None)
        return jawaban.status if jawaban else "diajukan"


class JawabanCrosscutting(models.Model):
    """The asked OPD's answer: accepted or refused, with a note."""

    permintaan = models.OneToOneField(
        PermintaanCrosscutting,
        verbose_name="permintaan crosscutting",
        on_delete=models.CASCADE,
        related_name="jawaban",
    )
    status = models.CharField("status", max_length=16, choices=JAWABAN)
    catatan = models.TextField("catatan", blank=True, default="")

    class Meta:
        verbose_name = "jawaban crosscutting"
        verbose_name_plural = "jawaban crosscutting"

    def __str__(self) -> str:
        return f"Jawaban crosscutting {self.get_status_display()}"
