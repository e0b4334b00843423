"""Login throttling (django-axes): per account and per address, with the time to try again."""

from __future__ import annotations

from datetime import timedelta

from axes.models import AccessAttempt, AccessLog
from django.db.models import F
from django.test import Client

from .conftest import PASSWORD


def _masuk(username: str, password: str, ip: str = "10.0.0.5") -> tuple[int, str]:
    r = Client(REMOTE_ADDR=ip).post("/masuk/", {"username": username, "password": password})
    return r.status_code, r.content.decode()


def _gagal(username: str, kali: int, ip: str = "10.0.0.5") -> None:
    for _ in range(kali):
        status, _isi = _masuk(username, "bukan-sandinya", ip)
        assert status in (200, 429)


def _waktu_berlalu(menit: int) -> None:
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=menit))


def test_it_refuses_the_right_password_after_ten_failures(personas: None) -> None:
    _gagal("camat", 10)
    status, isi = _masuk("camat", PASSWORD)
    assert status == 429
    assert "Terlalu banyak percobaan masuk yang gagal" in isi
    assert "Coba lagi setelah pukul" in isi and "15 menit lagi" in isi


def test_it_accepts_the_ninth_failure_then_the_right_password(personas: None) -> None:
    _gagal("camat", 9)
    status, _isi = _masuk("camat", PASSWORD)
    assert status == 302


def test_it_lets_the_user_in_after_the_window(personas: None) -> None:
    _gagal("camat", 10)
    assert _masuk("camat", PASSWORD)[0] == 429
    _waktu_berlalu(16)
    assert _masuk("camat", PASSWORD)[0] == 302


def test_it_locks_the_account_from_every_address(personas: None) -> None:
    for i in range(10):
        _gagal("camat", 1, ip=f"10.0.1.{i}")
    assert _masuk("camat", PASSWORD, ip="10.0.2.1")[0] == 429
    assert _masuk("perencana", PASSWORD, ip="10.0.2.1")[0] == 302


def test_it_locks_an_address_trying_many_accounts(personas: None) -> None:
    for nama in ("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"):
        _gagal(nama, 1, ip="10.0.3.3")
    assert _masuk("perencana", PASSWORD, ip="10.0.3.3")[0] == 429
    assert _masuk("perencana", PASSWORD, ip="10.0.3.4")[0] == 302


def test_it_records_failed_and_successful_logins(personas: None) -> None:
    _gagal("camat", 2)
    _masuk("camat", PASSWORD)
    assert AccessLog.objects.filter(username="camat", ip_address="10.0.0.5").count() == 1
    from axes.models import AccessFailureLog

    assert AccessFailureLog.objects.filter(username="camat").count() == 2
