import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from .conftest import BONTANG


def test_it_writes_the_report_to_the_file_named(bontang: str, tmp_path: Path) -> None:
    keluaran = tmp_path / "lkjip.html"

    call_command("report", "lkjip", "--year", "2022", "--format", "html", "-o", str(keluaran))

    assert "KECAMATAN BONTANG BARAT" in keluaran.read_text(encoding="utf-8")


def test_it_writes_a_chosen_pk_version(dinas: str, tmp_path: Path) -> None:
    keluaran = tmp_path / "pk.html"

    call_command(
        "report", "pk", "--year", "2023", "--opd", dinas, "--versi", "1",
        "--format", "html", "-o", str(keluaran),
    )  # fmt: skip

    assert "Ir. HARTONO CONTOH, M.T." in keluaran.read_text(encoding="utf-8")


def test_it_writes_a_quarterly_report_with_a_template(bontang: str, tmp_path: Path) -> None:
    templat = Path(__file__).resolve().parents[2] / "src/sakip/data/templates/lkjip.docx"
    keluaran = tmp_path / "tw.docx"

    call_command(
        "report", "triwulan", "--year", "2022", "--quarter", "4", "--format", "docx",
        "--template", str(templat), "-o", str(keluaran),
    )  # fmt: skip

    assert keluaran.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        (["lkjip", "--year", "2019"], "Tidak ada data Kecamatan Bontang Barat untuk tahun 2019."),
        (["pk", "--year", "2022", "--versi", "4"], "versi 4 tidak ada (versi yang ada: 1)"),
        (["triwulan", "--year", "2022"], "Laporan triwulan memerlukan --quarter 1, 2, 3 atau 4."),
        (["lkjip", "--year", "2022", "--opd", "9.99"], "kode 9.99 tidak ada di basis data"),
    ],
)
def test_it_says_in_indonesian_what_is_missing(
    bontang: str, tmp_path: Path, argumen: list[str], pesan: str
) -> None:
    with pytest.raises(CommandError) as error:
        call_command("report", *argumen, "--format", "html", "-o", str(tmp_path / "x.html"))

    assert pesan in str(error.value)
    assert not (tmp_path / "x.html").exists()


def test_it_refuses_an_output_path_it_cannot_write(bontang: str, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="folder .* tidak ada"):
        call_command(
            "report", "lkjip", "--year", "2022", "--format", "pdf",
            "-o", str(tmp_path / "tidak-ada" / "x.pdf"),
        )  # fmt: skip
    with pytest.raises(CommandError, match="adalah folder"):
        call_command("report", "lkjip", "--year", "2022", "--format", "pdf", "-o", str(tmp_path))


def test_it_refuses_a_broken_template(bontang: str, tmp_path: Path) -> None:
    rusak = tmp_path / "templat.docx"
    rusak.write_text("bukan docx")

    with pytest.raises(CommandError, match=r"Templat .*templat.docx tidak dapat dipakai"):
        call_command(
            "report", "lkjip", "--year", "2022", "--format", "docx", "--opd", BONTANG,
            "--template", str(rusak), "-o", str(tmp_path / "x.docx"),
        )  # fmt: skip


def test_a_template_goes_with_docx_only(bontang: str, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="--template hanya berlaku untuk --format docx"):
        call_command(
            "report", "lkjip", "--year", "2022", "--format", "pdf",
            "--template", str(tmp_path), "-o", str(tmp_path / "x.pdf"),
        )  # fmt: skip


def test_the_command_imports_no_renderer_before_a_format_is_asked_for() -> None:
    # python-docx, Pillow and the LHE's service cost a tenth of a second of every report; a
    # DOCX imports python-docx while Typst lays out its page numbers.
    program = (
        "import sys, django; django.setup(); "
        "import sakip.laporan.management.commands.report; "
        "print(sorted(m for m in ('docx', 'PIL', 'typst', 'sakip.lke.lhe') if m in sys.modules))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sakip.config.settings"}
    result = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True, env=env
    )

    assert result.stdout.strip() == "[]"
