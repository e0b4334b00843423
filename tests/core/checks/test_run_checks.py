import pkgutil
import re
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import sakip.core.checks
from sakip.core.checks import RULES, Finding, run_checks
from sakip.core.model import EvaluasiSakip, KomponenEvaluasi, OpdTahun

from .conftest import BELANJA, PK_2022, make_snapshot

D = Decimal


def test_it_finds_nothing_in_the_clean_snapshot(snapshot: OpdTahun) -> None:
    assert run_checks(snapshot) == []


def test_it_registers_every_rule_module_once() -> None:
    modul_aturan = {
        m.name
        for m in pkgutil.iter_modules(sakip.core.checks.__path__)
        if hasattr(__import__(f"sakip.core.checks.{m.name}", fromlist=["RULE_ID"]), "RULE_ID")
    }
    terdaftar = [rule.__name__.rpartition(".")[2] for rule in RULES]
    assert sorted(terdaftar) == sorted(modul_aturan)
    assert len(modul_aturan) >= 17


def test_it_names_each_module_after_its_kebab_case_rule_id() -> None:
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.RULE_ID)
        assert rule.__name__.endswith("." + rule.RULE_ID.replace("-", "_"))
        assert rule.SEVERITY in ("error", "warning")
        assert rule.__doc__ and len(rule.__doc__) > 80


def test_it_sorts_errors_first_then_by_table_then_location() -> None:
    # The reference report's own mistakes: PK targets 87,00 and 63 (Tabel 6), the 2020 evaluation
    # total 64,14 for components summing to 64,15 (Tabel 9), and a kegiatan with no indicator.
    pk = replace(PK_2022, target={**PK_2022.target, "IKU1": D("87.00"), "IKU3": D("63")})
    evaluasi_2020 = EvaluasiSakip(
        tahun=2020,
        regulasi="permenpanrb-12-2015",
        nilai=D("64.14"),
        predikat=None,
        komponen=tuple(
            KomponenEvaluasi(kode, D(nilai))
            for kode, nilai in [
                ("perencanaan", "21.76"),
                ("pengukuran", "16.88"),
                ("pelaporan", "9.13"),
                ("evaluasi_internal", "3.50"),
                ("capaian_kinerja", "12.88"),
            ]
        ),
    )
    s = make_snapshot(perjanjian_kinerja=(pk,), evaluasi=(evaluasi_2020,), indikator_keluaran=())

    result = run_checks(s)

    assert [(f.severity, f.tabel, f.rule) for f in result[:3]] == [
        ("error", 6, "pk-target-beda-renstra"),
        ("error", 6, "pk-target-beda-renstra"),
        ("error", 9, "evaluasi-jumlah-komponen"),
    ]
    assert result[0].lokasi < result[1].lokasi
    assert {f.severity for f in result[3:]} == {"warning"}
    assert {f.rule for f in result[3:]} == {"sub-kegiatan-tanpa-indikator"}
    assert [f.lokasi for f in result[3:]] == sorted(f.lokasi for f in result[3:])


def test_it_puts_findings_without_a_table_after_those_with_one() -> None:
    # Belanja operasi + modal is stated in the text (Bab I H), not in a table.
    pk = replace(PK_2022, target={**PK_2022.target, "IKU1": D("87.00")})
    belanja = (BELANJA[0], replace(BELANJA[1], nilai=D("3091882799.00")))
    s = make_snapshot(perjanjian_kinerja=(pk,), belanja=belanja)

    result = run_checks(s)

    assert [(f.rule, f.tabel) for f in result] == [
        ("pk-target-beda-renstra", 6),
        ("belanja-beda-pagu", None),
    ]


def test_it_keeps_findings_hashable_despite_their_ref() -> None:
    f = Finding("a", "error", 1, "x", "y", {"unit": "7.01.0.00.0.00.30.0000"})
    assert f in {f}


def test_it_imports_no_django() -> None:
    kode = "import sys, sakip.core.checks; print('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
