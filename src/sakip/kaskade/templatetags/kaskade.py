"""The cascade's block on the Tugas page: the months waiting for the user."""

from __future__ import annotations

from typing import Any

from django import template

from .. import page as h

register = template.Library()


@register.inclusion_tag("kaskade/_tugas.html")
def tugas_jabatan(user: Any) -> dict[str, Any]:
    """Show the months waiting for the user's entry or verification."""
    return {"tugas": h.menunggu(user)}
