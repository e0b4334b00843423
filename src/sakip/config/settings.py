"""Django settings from the environment; a wrong value stops the start with a clear message."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

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
        config["OPTIONS"] = {"timeout": 20}
    return config


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
    "sakip.riwayat",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
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
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
