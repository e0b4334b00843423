"""What sakip keeps about an account besides Django's user: whether it must change its password."""

from django.conf import settings
from django.db import models


class StatusAkun(models.Model):
    """The state of one account: a password set by the Admin Pemda must be changed at login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="pengguna",
        on_delete=models.CASCADE,
        related_name="status_akun",
    )
    wajib_ganti_sandi = models.BooleanField("wajib mengganti kata sandi", default=False)
    """True from a reset by the Admin Pemda until the user chooses their own password."""

    class Meta:
        verbose_name = "status akun"
        verbose_name_plural = "status akun"

    def __str__(self) -> str:
        return f"Status akun {self.user_id}"
