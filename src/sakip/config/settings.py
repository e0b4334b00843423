"""Django settings from the environment; a wrong value stops the start with a clear message."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from sakip.core.serapan import SELISIH_SERAPAN
from sakip.spreadsheet.batas import Batas

_BATAS = Batas()

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Return a boolean environment variable; refuse anything but the usual spellings."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_database(name: str, default: str) -> dict[str, object]:
    """Return the database settings for a URL in the environment."""
    url = os.environ.get(name) or default
    if not url.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise ImproperlyConfigured(f"{name} must be an sqlite:// or postgres:// URL, not {url!r}")
    config: dict[str, object] = dict(dj_database_url.parse(url, conn_max_age=60))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite: wait for a writer instead of failing at once under concurrent requests.
        # Every write transaction starts IMMEDIATE: writers queue instead of failing with
        # "database is locked" when two of them began by reading (sakip.alur.layanan).
        config["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    return config


def env_int(name: str, default: int) -> int:
    """Return a positive integer environment variable; refuse anything else."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise ImproperlyConfigured(f"{name} must be positive, not {raw!r}")
    return value


def env_path(name: str, default: Path) -> Path:
    """Return an absolute path from the environment."""
    raw = os.environ.get(name)
    if not raw:
        return default
    path = Path(raw)
    if not path.is_absolute():
        raise ImproperlyConfigured(f"{name} must be an absolute path, not {raw!r}")
    return path


DEBUG = env_bool("SAKIP_DEBUG", False)
SECRET_KEY = os.environ.get("SAKIP_SECRET_KEY") or "sakip-insecure-development-key"
ALLOWED_HOSTS = [
    h for h in os.environ.get("SAKIP_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]

DATABASES = {
    "default": env_database("SAKIP_DATABASE_URL", "sqlite:///" + str(Path.cwd() / "sakip.sqlite3"))
}

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "sakip.kinerja",
    "sakip.dataset",
    "sakip.laporan",
    "sakip.riwayat",
    "sakip.impor",
    "sakip.alur",
    "sakip.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "sakip.config.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.alur.akses.context_processor",
            ]
        },
    }
]
WSGI_APPLICATION = "sakip.config.wsgi.application"

LANGUAGE_CODE = "id"
TIME_ZONE = os.environ.get("SAKIP_TIME_ZONE", "Asia/Makassar")
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = env_path("SAKIP_STATIC_ROOT", Path.cwd() / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed copies, no manifest: pages render even before `collectstatic` has run.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = env_path("SAKIP_MEDIA_ROOT", Path.cwd() / "media")
# Evidence files (bukti dukung): the largest upload accepted, in megabytes.
SAKIP_BUKTI_MAKS_MB = env_int("SAKIP_BUKTI_MAKS_MB", 10)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Import files (entry workbooks, budget files) are read within these bounds and refused beyond
# them, before they fill a worker's memory: the last row and column of a sheet, the cells of a
# file (counting each cell a merged range fills) and its content in MB (a workbook unpacked).
SAKIP_IMPOR_MAKS_BARIS = env_int("SAKIP_IMPOR_MAKS_BARIS", _BATAS.baris)
SAKIP_IMPOR_MAKS_KOLOM = env_int("SAKIP_IMPOR_MAKS_KOLOM", _BATAS.kolom)
SAKIP_IMPOR_MAKS_SEL = env_int("SAKIP_IMPOR_MAKS_SEL", _BATAS.sel)
SAKIP_IMPOR_MAKS_MB = env_int("SAKIP_IMPOR_MAKS_MB", _BATAS.mb)
# Early warning: a unit whose absorption lags the linear pace of the year by more than this many
# percentage points. A local management threshold, not a regulation: set it per Pemda.
SAKIP_SERAPAN_SELISIH = env_int("SAKIP_SERAPAN_SELISIH", SELISIH_SERAPAN)

LOGIN_URL = "web:masuk"
LOGIN_REDIRECT_URL = "web:beranda"
LOGOUT_REDIRECT_URL = "web:masuk"
SESSION_COOKIE_AGE = 8 * 3600
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SAKIP_HTTPS", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "SAMEORIGIN"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
