"""Serve the web application with gunicorn: migrate, collect static files, start."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


def _perlu_collectstatic(root: Path) -> bool:
    """Return whether the collected static files are missing or older than the sources."""
    from django.contrib.staticfiles.finders import get_finders

    if not root.is_dir():
        return True
    for finder in get_finders():
        for path, storage in finder.list([]):
            target = root / path
            sumber = Path(storage.path(path))
            if not target.exists() or target.stat().st_mtime < sumber.stat().st_mtime:
                return True
    return False


def _ensure_page_cache() -> None:
    """Refuse to start when the shared page cache's folder cannot be written (decision 0018)."""
    tembolok = settings.CACHES["default"]
    if not str(tembolok["BACKEND"]).endswith("FileBasedCache"):
        return
    folder = Path(str(tembolok["LOCATION"]))
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    if not (folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)):
        raise CommandError(
            f"Folder cache halaman {folder} tidak dapat ditulis. Atur SAKIP_CACHE_HALAMAN ke "
            "folder milik pengguna yang menjalankan server (docs/deployment.md)."
        )


class Command(BaseCommand):
    help = "Jalankan aplikasi web dengan gunicorn (migrasi dan berkas statis disiapkan lebih dulu)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="alamat yang didengar")
        parser.add_argument("--port", type=int, default=8000, help="nomor port")
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("SAKIP_WORKERS", "0") or 0),
            help="jumlah proses gunicorn (bawaan: jumlah CPU)",
        )
        parser.add_argument("--threads", type=int, default=1, help="thread per proses")

    def handle(self, *args: Any, **options: Any) -> None:
        if not 0 < options["port"] < 65536:
            raise CommandError("Port harus antara 1 dan 65535.")
        _ensure_page_cache()
        call_command("migrate", interactive=False, verbosity=0)
        root = Path(settings.STATIC_ROOT)
        if _perlu_collectstatic(root):
            self.stdout.write(f"Menyiapkan berkas statis di {root} ...")
            call_command("collectstatic", interactive=False, verbosity=0)
        if not os.environ.get("SAKIP_SECRET_KEY"):
            if settings.SAKIP_HTTPS:
                # A production server: a key per start would end every session at each restart.
                raise CommandError(
                    "SAKIP_SECRET_KEY belum diisi. Server produksi (SAKIP_HTTPS=true) memerlukan "
                    "kunci tetap; lihat docs/deployment.md."
                )
            # One key for every worker; sessions end when the server restarts.
            os.environ["SAKIP_SECRET_KEY"] = secrets.token_urlsafe(50)
            self.stderr.write(
                "SAKIP_SECRET_KEY tidak diisi: memakai kunci acak (sesi berakhir saat restart)."
            )
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or shutil.which(
            "gunicorn"
        )
        if gunicorn is None:
            raise CommandError("gunicorn tidak ditemukan. Pasang dependensi proyek lebih dulu.")
        # The pages are CPU-bound (queries are short): one process per core measured
        # best on 2 cores (scripts/loadtest.py); more processes only queue for the same cores.
        workers = options["workers"] or os.cpu_count() or 1
        bind = f"{options['host']}:{options['port']}"
        if ":" in options["host"]:
            bind = f"[{options['host']}]:{options['port']}"
        self.stdout.write(
            f"e-SAKIP berjalan di http://{bind}/ ({workers} proses). Ctrl+C untuk berhenti."
        )
        sys.stdout.flush()
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
        os.execv(
            gunicorn,
            [
                gunicorn,
                "sakip.config.wsgi:application",
                # Its hooks start the background tasks' worker with the server.
                "--config",
                "python:sakip.web.gunicorn_conf",
                "--bind",
                bind,
                "--workers",
                str(workers),
                "--threads",
                str(options["threads"]),
                "--access-logfile",
                "-",
                "--timeout",
                "120",
            ],
        )
