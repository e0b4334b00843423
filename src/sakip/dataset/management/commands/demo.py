from importlib import resources
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

DEMO = "bontang-barat-2022"


def demo_path(name: str = DEMO) -> Path:
    """Return the folder of a dataset bundled with the package."""
    return Path(str(resources.files("sakip.data") / "datasets" / name))


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = "Muat dataset demo bawaan ke basis data yang dikonfigurasi (aman dijalankan berulang)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dataset", default=DEMO, help="nama dataset bawaan")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("load", str(demo_path(options["dataset"])), stdout=self.stdout)
        if options["dataset"] == DEMO:
            call_command("demo-users", stdout=self.stdout)
