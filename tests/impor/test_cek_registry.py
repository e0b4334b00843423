"""Every check module is registered once and has its own test file."""

from pathlib import Path

from sakip.impor.cek import CEK
from sakip.spreadsheet import pesan


def test_every_check_has_a_catalogue_code_and_a_test() -> None:
    kode = {v.kode for v in vars(pesan).values() if isinstance(v, pesan.Pesan)}
    nama = [c.__name__.rsplit(".", 1)[1] for c in CEK]
    assert len(set(nama)) == len(nama)
    for cek in CEK:
        assert cek.KODE in kode
        assert cek.__doc__ and len(cek.__doc__) > 80
    here = Path(__file__).parent
    assert {n for n in nama if not (here / f"test_cek_{n}.py").exists()} == set()
