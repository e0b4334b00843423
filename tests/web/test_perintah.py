"""The commands: `sakip demo-users` prints the logins; `sakip serve` refuses bad options."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from sakip.alur.models import Peran


def test_it_creates_one_user_per_role_and_prints_the_logins(
    demo: Path, monkeypatch: pytest.MonkeyPatch, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setenv("SAKIP_DEMO_PASSWORD", "kata-sandi-demo")
    out = io.StringIO()
    call_command("demo-users", stdout=out)
    assert "Kata sandi: kata-sandi-demo" in out.getvalue()
    assert authenticate(username="op-kanaan", password="kata-sandi-demo") is not None
    peran = {
        p.user.username: (p.jenis, p.unit.kode if p.unit else None) for p in Peran.objects.all()
    }
    assert peran == {
        "admin": ("admin", None),
        "perencana": ("perencana", None),
        "camat": ("kepala", None),
        "inspektorat": ("inspektorat", None),
        "op-kanaan": ("operator", "7.01.0.00.0.00.30.0001"),
        "op-gunung-telihan": ("operator", "7.01.0.00.0.00.30.0002"),
        "op-belimbing": ("operator", "7.01.0.00.0.00.30.0003"),
    }


def test_it_generates_and_prints_a_password_when_none_is_given(
    demo: Path, monkeypatch: pytest.MonkeyPatch, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.delenv("SAKIP_DEMO_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("demo-users", stdout=out)
    call_command("demo-users", stdout=io.StringIO())
    password = out.getvalue().rsplit("Kata sandi: ", 1)[1].strip()
    assert len(password) >= 12
    assert Peran.objects.count() == 7


def test_it_asks_for_the_demo_data_first(db: None) -> None:
    with pytest.raises(CommandError, match="Jalankan `sakip demo`"):
        call_command("demo-users", stdout=io.StringIO())


def test_serve_refuses_an_impossible_port(db: None) -> None:
    with pytest.raises(CommandError, match="Port harus antara 1 dan 65535"):
        call_command("serve", port=70000)


def test_serve_refuses_a_page_cache_folder_it_cannot_write(
    db: None, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    berkas = tmp_path / "bukan-folder"
    berkas.write_text("x")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(berkas / "halaman"),
        }
    }
    with pytest.raises(CommandError, match="Folder cache halaman .* tidak dapat ditulis"):
        call_command("serve", port=8000)
