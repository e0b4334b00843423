from django.apps import AppConfig


class PublikConfig(AppConfig):
    """The document register, its export bundle, the public pages and the read-only API."""

    name = "sakip.publik"
    label = "publik"
    verbose_name = "Register dokumen dan publikasi"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from sakip.alur.rekaman import ADMIN, PERENCANA, JenisRekaman, Tempat, daftarkan

        from .models import DokumenPemda, DokumenSakip, TokenApi

        # A register document records a document; it is not reported in any LKjIP, so no
        # signature locks it (an LHE of a year arrives after that year's LKjIP is signed).
        daftarkan(
            JenisRekaman(
                DokumenSakip, PERENCANA, lambda o, c: Tempat(pemda_id=o.pemda_id, opd_id=o.opd_id)
            )
        )
        daftarkan(JenisRekaman(DokumenPemda, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id)))
        daftarkan(JenisRekaman(TokenApi, ADMIN, lambda o, c: Tempat(pemda_id=o.pemda_id)))
