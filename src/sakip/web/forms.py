"""Forms shared by several views."""

from django.contrib.auth.forms import AuthenticationForm


class FormMasuk(AuthenticationForm):
    """The login form, with its refusal worded for people."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": ("Nama pengguna atau kata sandi salah. Perhatikan huruf besar dan kecil."),
        "inactive": "Akun ini tidak aktif. Hubungi Admin Pemda.",
    }
