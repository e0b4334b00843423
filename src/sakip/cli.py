"""The `sakip` command: Django's management commands under one short name."""

import os
import sys


def main() -> None:
    """Run a sakip command (`sakip demo`, `sakip tables`, `sakip check`, ...)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sakip", *sys.argv[1:]])
