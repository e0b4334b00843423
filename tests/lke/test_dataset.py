"""The dataset's lke sections: windows and answers survive dump -> load -> dump exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sakip.alur.layanan import perubahan
from sakip.dataset.dump import dump_all
from sakip.dataset.load import load_path
from sakip.dataset.reader import DatasetError
from sakip.lke import layanan
from sakip.lke.models import EvaluasiLke, JawabanPenetapan, JawabanUsulan, JendelaLke


def test_answers_and_windows_round_trip(
    evaluasi: EvaluasiLke, perencana: Any, inspektur: Any, tmp_path: Path
) -> None:
    with perubahan(perencana, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.simpan_usulan(sesi, evaluasi, "1.a.2", "Y", "Ada.", "a\nb")
        layanan.simpan_usulan(sesi, evaluasi, "1.b.2", "B")
    with perubahan(inspektur, "Buka", pemda_id=evaluasi.opd.pemda_id) as sesi:
        layanan.atur_jendela(
            sesi, evaluasi.opd.pemda, 2022, JendelaLke.INSPEKTORAT, JendelaLke.DIBUKA
        )
    with perubahan(inspektur, "LKE", opd_id=evaluasi.opd_id) as sesi:
        layanan.simpan_penetapan(sesi, evaluasi, "1.a.2", "T", "Belum ditetapkan.")
    first, second = tmp_path / "first", tmp_path / "second"
    written = dump_all(first)
    teks = (first / "pemda.yaml").read_text()
    assert "jendela:\n        inspektorat: dibuka\n        opd: dibuka" in teks
    load_path(first)
    dump_all(second)
    for path in written:
        relative = path.relative_to(first)
        assert (second / relative).read_text() == path.read_text(), relative
    evaluasi = EvaluasiLke.objects.get(opd=evaluasi.opd, tahun=2022)
    u = JawabanUsulan.objects.get(evaluasi=evaluasi, kriteria="1.a.2")
    assert (u.jawaban, u.catatan, u.bukti) == ("Y", "Ada.", "a\nb")
    p = JawabanPenetapan.objects.get(evaluasi=evaluasi)
    assert (p.kriteria, p.jawaban, p.catatan) == ("1.a.2", "T", "Belum ditetapkan.")


def test_it_rejects_an_unknown_window_status(evaluasi: EvaluasiLke, tmp_path: Path) -> None:
    dump_all(tmp_path)
    pemda = tmp_path / "pemda.yaml"
    pemda.write_text(pemda.read_text().replace("opd: dibuka", "opd: terbuka"))
    with pytest.raises(DatasetError, match="terbuka"):
        load_path(pemda)
