"""Who may do what (Peran), the submission workflow per unit and quarter, and signed documents.

The tables keep the names they had when these models lived in the web application.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models

from sakip.kinerja.models import Pemda, PerangkatDaerah, UnitKerja

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class Peran(models.Model):
    """One role of a user, scoped to the Pemda, an OPD or a unit."""

    ADMIN = "admin"
    PERENCANA = "perencana"
    KEPALA = "kepala"
    INSPEKTORAT = "inspektorat"
    OPERATOR = "operator"
    JENIS = [
        (ADMIN, "Admin Pemda"),
        (PERENCANA, "Perencana OPD"),
        (KEPALA, "Kepala OPD"),
        (INSPEKTORAT, "Inspektorat"),
        (OPERATOR, "Operator unit"),
    ]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="pengguna",
        on_delete=models.CASCADE,
        related_name="peran",
    )
    jenis = models.CharField("peran", max_length=16, choices=JENIS)
    pemda = models.ForeignKey(Pemda, verbose_name="Pemda", on_delete=models.CASCADE)
    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    unit = models.ForeignKey(
        UnitKerja, verbose_name="unit kerja", on_delete=models.CASCADE, null=True, blank=True
    )

    class Meta:
        verbose_name = "peran pengguna"
        verbose_name_plural = "peran pengguna"
        db_table = "web_peran"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "jenis", "pemda", "opd", "unit"], name="peran_unik"
            ),
            models.CheckConstraint(
                name="peran_lingkup",
                condition=(
                    models.Q(
                        jenis__in=["admin", "inspektorat"], opd__isnull=True, unit__isnull=True
                    )
                    | models.Q(
                        jenis__in=["perencana", "kepala"], opd__isnull=False, unit__isnull=True
                    )
                    | models.Q(jenis="operator", unit__isnull=False)
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} ({self.user_id})"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.unit_id and not self.opd_id and self.unit is not None:
            self.opd_id = self.unit.opd_id
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def clean(self) -> None:
        """Check the scope matches the role: a unit for an operator, an OPD for its staff."""
        from django.core.exceptions import ValidationError

        if self.jenis == self.OPERATOR and self.unit_id is None:
            raise ValidationError({"unit": "Operator harus ditetapkan pada satu unit kerja."})
        if self.jenis in (self.PERENCANA, self.KEPALA) and self.opd_id is None:
            raise ValidationError({"opd": "Peran ini harus ditetapkan pada satu perangkat daerah."})
        if self.jenis in (self.ADMIN, self.INSPEKTORAT) and (self.opd_id or self.unit_id):
            raise ValidationError("Admin Pemda dan Inspektorat berlaku untuk seluruh Pemda.")
        if self.jenis in (self.PERENCANA, self.KEPALA) and self.unit_id:
            raise ValidationError({"unit": "Kosongkan unit untuk peran ini."})


class Periode(models.Model):
    """The submission of one unit's realisations for one quarter, and where it stands."""

    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DIVERIFIKASI = "diverifikasi"
    DIKEMBALIKAN = "dikembalikan"
    DIKUNCI = "dikunci"
    STATUS = [
        (DRAFT, "Draf"),
        (DIAJUKAN, "Diajukan"),
        (DIVERIFIKASI, "Diverifikasi"),
        (DIKEMBALIKAN, "Dikembalikan"),
        (DIKUNCI, "Dikunci"),
    ]
    DAPAT_DIUBAH = (DRAFT, DIKEMBALIKAN)

    unit = models.ForeignKey(
        UnitKerja, verbose_name="unit kerja", on_delete=models.CASCADE, related_name="periode"
    )
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=16, choices=STATUS, default=DRAFT)
    catatan_operator = models.TextField("catatan operator", blank=True, default="")
    """The operator's narrative of the quarter: progress, obstacles, follow-up."""
    versi = models.PositiveIntegerField(default=0)
    """Raised by every save of the entry form, so a stale form is refused."""

    class Meta:
        verbose_name = "periode alur kerja"
        verbose_name_plural = "periode alur kerja"
        db_table = "web_periode"
        ordering = ["tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "tahun", "triwulan"], name="periode_unik"),
            models.CheckConstraint(
                condition=models.Q(triwulan__gte=1, triwulan__lte=4), name="periode_triwulan"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit.nama_singkat} {self.tahun} TW {self.triwulan}"

    @property
    def dapat_diubah(self) -> bool:
        """Return whether the quarter's figures may still be changed."""
        return self.status in self.DAPAT_DIUBAH


class Transisi(models.Model):
    """One step of a period's workflow: who moved it, when, from and to which status, why."""

    periode = models.ForeignKey(Periode, on_delete=models.CASCADE, related_name="transisi")
    dari = models.CharField("dari status", max_length=16, choices=Periode.STATUS)
    ke = models.CharField("ke status", max_length=16, choices=Periode.STATUS)
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="dilakukan oleh", on_delete=models.PROTECT
    )
    waktu = models.DateTimeField(auto_now_add=True)
    catatan = models.TextField(blank=True, default="")

    class Meta:
        verbose_name = "langkah alur kerja"
        verbose_name_plural = "langkah alur kerja"
        db_table = "web_transisi"
        ordering = ["id"]


class DokumenTertanda(models.Model):
    """A document as it was signed: its exact bytes and their SHA-256.

    An OPD's document (`opd`), signed by its head in sakip; or a document of the Pemda itself
    (`pemda`: its LKjIP, the Kepala Daerah's PK), which the Kepala Daerah signs on paper and the
    Admin Pemda keeps here as signed. Exactly one of the two is set.
    """

    JENIS = [("lkjip", "LKjIP"), ("pk", "Perjanjian Kinerja")]

    opd = models.ForeignKey(
        PerangkatDaerah,
        verbose_name="perangkat daerah",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="dokumen_tertanda",
    )
    pemda = models.ForeignKey(
        Pemda,
        verbose_name="Pemda",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="dokumen_tertanda",
    )
    """The Pemda of a document of the Pemda itself; None for an OPD's."""
    tahun = models.PositiveSmallIntegerField()
    jenis = models.CharField(max_length=8, choices=JENIS)
    versi = models.PositiveSmallIntegerField(null=True, blank=True)
    """The version of the Perjanjian Kinerja signed; None for the LKjIP."""
    format = models.CharField("format berkas", max_length=8)
    isi = models.BinaryField()
    sha256 = models.CharField("sidik SHA-256", max_length=64)
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="ditandatangani oleh", on_delete=models.PROTECT
    )
    waktu = models.DateTimeField(auto_now_add=True)
    dicabut = models.BooleanField(default=False)
    """True after the signature was withdrawn (the year reopened with a reason)."""
    alasan_cabut = models.TextField("alasan dibuka kembali", blank=True, default="")
    alasan_tanda = models.TextField(
        "alasan menandatangani dengan butir terbuka", blank=True, default=""
    )
    """Why the head signed while quarters were open or checks found errors, and which ones."""

    class Meta:
        verbose_name = "dokumen tertanda"
        verbose_name_plural = "dokumen tertanda"
        db_table = "web_dokumentertanda"
        ordering = ["-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(opd__isnull=False, pemda__isnull=True)
                | models.Q(opd__isnull=True, pemda__isnull=False),
                name="dokumen_tertanda_opd_atau_pemda",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.tahun} ({self.format})"

    def save(self, *args: object, **kwargs: object) -> None:
        self.sha256 = hashlib.sha256(bytes(self.isi)).hexdigest()
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class TransisiTidakSah(ValueError):
    """A workflow step that the period's status does not allow."""


AKSI = {
    "ajukan": ((Periode.DRAFT, Periode.DIKEMBALIKAN), Periode.DIAJUKAN, "Ajukan"),
    "verifikasi": ((Periode.DIAJUKAN,), Periode.DIVERIFIKASI, "Verifikasi"),
    "kembalikan": ((Periode.DIAJUKAN, Periode.DIVERIFIKASI), Periode.DIKEMBALIKAN, "Kembalikan"),
    "setujui": ((Periode.DIVERIFIKASI,), Periode.DIKUNCI, "Setujui dan kunci"),
    "buka": ((Periode.DIKUNCI,), Periode.DRAFT, "Buka kembali"),
}
"""Workflow step -> (statuses it starts from, the status it leads to, its button label)."""
CATATAN_REQUIRED = {
    "kembalikan": "Tulis catatan pengembalian.",
    "buka": "Tulis alasan membuka kembali.",
}


def pindahkan(periode: Periode, aksi: str, oleh: User, catatan: str = "") -> Transisi:
    """Move the period one workflow step, recording who, when and why."""
    if aksi not in AKSI:
        raise TransisiTidakSah(f"Tindakan {aksi} tidak dikenal.")
    dari, ke, _ = AKSI[aksi]
    if periode.status not in dari:
        raise TransisiTidakSah(
            f"Tindakan ini tidak dapat dilakukan pada status {periode.get_status_display()}."
        )
    catatan = catatan.strip()
    if aksi in CATATAN_REQUIRED and not catatan:
        raise TransisiTidakSah(CATATAN_REQUIRED[aksi])
    semula = periode.status
    periode.status = ke
    periode.save()
    return Transisi.objects.create(periode=periode, dari=semula, ke=ke, oleh=oleh, catatan=catatan)
