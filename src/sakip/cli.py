"""The `sakip` command: Django's management commands under one short name."""

import gc
import os
import sys


def main() -> None:
    """Run a sakip command (`sakip demo`, `sakip tables`, `sakip check`, ...)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
    # Start-up makes a few hundred thousand objects (modules, classes, models) that live until
    # the process ends: the cyclic collector would walk them again and again while they are
    # made, for nothing (about a third of a short command's time). Once made they are set
    # aside (frozen), so the collections of the command itself do not walk them either.
    gc.disable()
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db import DatabaseError

    perintah = sys.argv[1] if len(sys.argv) > 1 else "help"
    try:
        try:
            django.setup()
        finally:
            gc.freeze()
            gc.enable()
        from sakip.operasi import awal

        try:
            awal.check(perintah)
            execute_from_command_line(["sakip", *sys.argv[1:]])
        except DatabaseError as exc:
            # The start-up check passed, but the database failed on the way: no traceback either.
            raise awal.StartupError(awal.terjemahkan(exc)) from exc
    except ImproperlyConfigured as exc:
        _berhenti(f"Pengaturan tidak sah: {exc}")
    except awal.StartupError as exc:
        _berhenti(str(exc))


def _berhenti(pesan: str) -> None:
    sys.stderr.write(f"sakip: {pesan}\n")
    sys.exit(2)
