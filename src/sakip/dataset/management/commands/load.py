from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.alur.layanan import Ditolak
from sakip.dataset.load import DatasetError, load_path


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = "Muat dataset (folder atau berkas YAML) ke basis data; data yang sama diganti."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.exists():
            raise CommandError(f"{path} tidak ditemukan.")
        call_command("migrate", verbosity=0, interactive=False)
        try:
            done = load_path(path)
        except (DatasetError, Ditolak) as exc:
            raise CommandError(f"Dataset tidak dapat dimuat: {exc}") from exc
        for line in done:
            self.stdout.write(f"Dimuat: {line}")
