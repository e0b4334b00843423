from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sakip.dataset.dump import dump_all


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = "Tulis seluruh basis data ke folder dataset YAML."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        for path in dump_all(options["path"]):
            self.stdout.write(f"Ditulis: {path}")
