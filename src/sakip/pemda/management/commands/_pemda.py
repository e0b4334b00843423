"""What the Pemda commands share: the Pemda a command is about."""

from __future__ import annotations

from django.core.management.base import CommandError

from sakip.kinerja import models as m


def choose_pemda(kode: str | None) -> m.Pemda:
    """Return the Pemda with this code, or the only one stored; stop with a message otherwise."""
    if kode:
        pemda = m.Pemda.objects.filter(kode=kode).first()
        if pemda is None:
            raise CommandError(f"Pemda dengan kode {kode} tidak ada di basis data.")
        return pemda
    all_items = list(m.Pemda.objects.all()[:2])
    if not all_items:
        raise CommandError(
            "Basis data belum berisi Pemda. Jalankan `sakip demo` atau `sakip load`."
        )
    if len(all_items) > 1:
        raise CommandError("Basis data berisi lebih dari satu Pemda: sebutkan --pemda KODE.")
    return all_items[0]
