"""Django settings from the environment; a wrong value stops the start with a clear message."""

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from sakip.core.serapan import SELISIH_SERAPAN
from sakip.spreadsheet.limit import Limits

_LIMITS = Limits()

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


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    """Return an environment variable that must be one of a few words; refuse anything else."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
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


def env_list(name: str, default: str = "") -> list[str]:
    """Return a comma-separated environment variable as a list, without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_origins(name: str) -> list[str]:
    """Return a list of origins (scheme://host[:port]); refuse anything else."""
    origins = env_list(name)
    for origin in origins:
        if not origin.startswith(("http://", "https://")):
            raise ImproperlyConfigured(f"{name}: {origin!r} must start with https:// or http://")
    return origins


DEBUG = env_bool("SAKIP_DEBUG", False)
# No key is built in: outside development and the tests the key comes from SAKIP_SECRET_KEY, and
# Django refuses to sign anything without one (docs/decisions/0009-secret-key-and-deployment.md).
SECRET_KEY = os.environ.get("SAKIP_SECRET_KEY", "")
if not SECRET_KEY and (DEBUG or "pytest" in sys.modules):
    SECRET_KEY = "sakip-development-key-never-used-in-production-0123456789"
ALLOWED_HOSTS = env_list("SAKIP_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_origins("SAKIP_CSRF_TRUSTED_ORIGINS")

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
    "sakip.akun",
    "sakip.operasi",
    "sakip.lke",
    "sakip.publik",
    "sakip.pemda",
    "sakip.pohon",
    "sakip.kaskade",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "sakip.operasi.middleware.request_id",
    "sakip.operasi.middleware.size_limit",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "sakip.akun.middleware.wajib_ganti_sandi",
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "sakip.akun.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
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
    "default": {"BACKEND": "sakip.operasi.penyimpanan.PenyimpananUtuh"},
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
SAKIP_IMPOR_MAKS_BARIS = env_int("SAKIP_IMPOR_MAKS_BARIS", _LIMITS.baris)
SAKIP_IMPOR_MAKS_KOLOM = env_int("SAKIP_IMPOR_MAKS_KOLOM", _LIMITS.kolom)
SAKIP_IMPOR_MAKS_SEL = env_int("SAKIP_IMPOR_MAKS_SEL", _LIMITS.cell)
SAKIP_IMPOR_MAKS_MB = env_int("SAKIP_IMPOR_MAKS_MB", _LIMITS.mb)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# A request body larger than this is refused from its Content-Length, before it is read: the
# evidence limit plus room for the form's other fields and the multipart framing.
SAKIP_BATAS_PERMINTAAN = (SAKIP_BUKTI_MAKS_MB + 1) * 1024 * 1024
# Early warning: a unit whose absorption lags the linear pace of the year by more than this many
# percentage points. A local management threshold, not a regulation: set it per Pemda.
SAKIP_SERAPAN_SELISIH = env_int("SAKIP_SERAPAN_SELISIH", SELISIH_SERAPAN)
# Submitting a quarter with empty or inconsistent figures: refuse it ("tolak"), or accept it
# with the submitter's written note of what is still open ("catatan").
SAKIP_AJUKAN_LENGKAP = env_choice("SAKIP_AJUKAN_LENGKAP", "catatan", ("tolak", "catatan"))
# Submitting needs at least one evidence file per quarter when the Pemda requires it.
SAKIP_AJUKAN_BUKTI = env_bool("SAKIP_AJUKAN_BUKTI", False)

LOGIN_URL = "web:masuk"
LOGIN_REDIRECT_URL = "web:tugas"
LOGOUT_REDIRECT_URL = "web:masuk"
SESSION_COOKIE_AGE = 8 * 3600
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SAKIP_HTTPS = env_bool("SAKIP_HTTPS", False)
SESSION_COOKIE_SECURE = SAKIP_HTTPS
CSRF_COOKIE_SECURE = SAKIP_HTTPS
if SAKIP_HTTPS:
    # The proxy in front terminates TLS and says so in this header (docs/deployment.md).
    _header = os.environ.get("SAKIP_PROXY_SSL_HEADER", "X-Forwarded-Proto").strip()
    if _header:
        SECURE_PROXY_SSL_HEADER = ("HTTP_" + _header.upper().replace("-", "_"), "https")
    SECURE_SSL_REDIRECT = env_bool("SAKIP_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SAKIP_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
# Behind a proxy every request comes from the proxy: take the client from X-Forwarded-For.
SAKIP_PROXY = env_bool("SAKIP_PROXY", SAKIP_HTTPS)
X_FRAME_OPTIONS = "DENY"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("username", "first_name", "last_name", "email")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (django-axes, docs/decisions/0008-login-throttling.md): the 10th failure for
# an account or from an address within the window locks it until the window has passed.
AXES_FAILURE_LIMIT = env_int("SAKIP_LOGIN_GAGAL_MAKS", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SAKIP_LOGIN_JEDA_MENIT", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "sakip.akun.lockout.tanggapan_terkunci"
AXES_CLIENT_IP_CALLABLE = "sakip.akun.lockout.alamat_klien"
AXES_VERBOSE = False

# The tests log to a temporary folder, not into the working copy they run from.
_LOG_BAWAAN = Path(tempfile.gettempdir()) / "sakip-pytest" if "pytest" in sys.modules else None
SAKIP_LOG_DIR = env_path("SAKIP_LOG_DIR", _LOG_BAWAAN or Path.cwd() / "log")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"konteks": {"()": "sakip.operasi.catatan.KonteksPermintaan"}},
    "formatters": {
        "baris": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(method)s "
            "%(path)s user=%(user)s: %(message)s"
        }
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "filters": ["konteks"],
            "formatter": "baris",
        },
        "berkas": {
            "class": "sakip.operasi.catatan.RotatingFile",
            "filename": str(SAKIP_LOG_DIR / "sakip.log"),
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 10,
            "encoding": "utf-8",
            "delay": True,
            "filters": ["konteks"],
            "formatter": "baris",
        },
    },
    "loggers": {
        "django": {"handlers": ["stderr", "berkas"], "level": "WARNING"},
        "sakip": {"handlers": ["stderr", "berkas"], "level": "INFO"},
        "axes": {"handlers": ["stderr", "berkas"], "level": "WARNING"},
    },
}
# The computed pages (dashboards, control rooms) are shared by every server process through
# files: each gunicorn worker had its own memory cache, so a page was computed once per worker
# (docs/performance.md). The tests keep a memory cache of their own process: runs side by side
# must not read each other's entries.
_CACHE_BAWAAN = Path(
    os.environ.get("SAKIP_CACHE_DIR")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sakip"
)
SAKIP_CACHE_HALAMAN = env_path("SAKIP_CACHE_HALAMAN", _CACHE_BAWAAN / "halaman")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        if "pytest" in sys.modules
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(SAKIP_CACHE_HALAMAN),
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    )
}

# Reports laid out in the background (PDF, DOCX, signing: sakip.laporan.latar) go through the
# task queue kept in the database; `sakip serve` starts its worker beside the web processes.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
