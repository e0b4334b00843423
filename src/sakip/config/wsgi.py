import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (configured by the line above)

try:
    settings.SECRET_KEY  # noqa: B018 - Django refuses an empty key when it is read
except ImproperlyConfigured as exc:
    raise ImproperlyConfigured(
        "SAKIP_SECRET_KEY belum diisi: aplikasi web tidak dapat menandatangani sesi tanpa kunci "
        "(docs/deployment.md). `sakip serve` membuat kunci sementara bila tidak diisi."
    ) from exc
