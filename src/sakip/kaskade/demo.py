"""The demo users who act for a position of the Kecamatan: a Kasi, a Kasubag, the Sekretaris.

The Camat's demo user acts for the Camat's position too, so that he verifies what the Seksi
enter. The report names no holder below the Camat: these users act for the position, they are
not recorded as its holders.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from sakip.alur.layanan import perubahan
from sakip.kinerja import models as m

from .models import Jabatan, PenggunaJabatan

JABATAN_DEMO = (
    ("kasi-tapem", "kasi-tapem"),
    ("kasubag-renkeu", "kasubag-renkeu"),
    ("sekcam", "sekcam"),
)
"""(username, position code) of the demo users who have no other role."""


def pengguna_jabatan_demo(opd: m.PerangkatDaerah, password: str) -> list[tuple[str, str]]:
    """Create the position demo users, link the Camat's; return (username, name) of the new."""
    jabatan = {j.kode: j for j in Jabatan.objects.filter(opd=opd)}
    if not jabatan:
        return []
    User = get_user_model()
    dibuat = []
    with perubahan(None, "Pengguna demo", opd_id=opd.id) as sesi:
        for username, kode in JABATAN_DEMO:
            user = User.objects.filter(username=username).first() or User(username=username)
            user.first_name = jabatan[kode].nama
            user.is_active = True
            user.set_password(password)
            user.save()
            for old in PenggunaJabatan.objects.filter(user=user).exclude(jabatan=jabatan[kode]):
                sesi.delete(old)
            if not PenggunaJabatan.objects.filter(user=user, jabatan=jabatan[kode]).exists():
                sesi.save(PenggunaJabatan(user=user, jabatan=jabatan[kode]))
            dibuat.append((username, jabatan[kode].nama))
        camat = User.objects.filter(username="camat").first()
        ada = PenggunaJabatan.objects.filter(user=camat, jabatan=jabatan.get("camat"))
        if camat is not None and "camat" in jabatan and not ada.exists():
            sesi.save(PenggunaJabatan(user=camat, jabatan=jabatan["camat"]))
    return dibuat
