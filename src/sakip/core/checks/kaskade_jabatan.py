"""A position's PK indicator contributes to an indicator of the parent position's PK of the year.

PermenPANRB 53/2014 [P]: the Perjanjian Kinerja cascades from the head of the OPD down to each
position, each target supporting one of the position above (docs/kaskade.md). A parent that
lies in another position's PK, in another year's, or nowhere is an error: the cascade is broken
there. A year in which a position holding a PK had nobody — definitive, Plt or Plh — for some
days is a warning: a holder changed mid-year and the gap was not covered by an acting holder.
A position without any recorded holder is not reported: its holder is unknown, not absent.
An indicator supporting one at a lower level of the cascade (a program under a kegiatan) is an
error: the cascade runs sasaran → program → kegiatan → sub kegiatan.
"""

from __future__ import annotations

from collections.abc import Iterator

from sakip.core import format as fmt
from sakip.core.checks.finding import Finding, Severity
from sakip.core.kaskade import hari_tanpa_pemegang, induk_di_luar_pk_atasan, tingkat_terbalik
from sakip.core.model import OpdTahun

RULE_ID = "kaskade-jabatan"
SEVERITY: Severity = "error"

INDUK_SALAH = (
    "Indikator {indikator} pada Perjanjian Kinerja {jabatan} tahun {tahun} versi {versi} "
    "mendukung indikator {induk}, yang tidak ada dalam Perjanjian Kinerja {atasan} tahun {tahun}."
)
TANPA_INDUK = (
    "Indikator {indikator} pada Perjanjian Kinerja {jabatan} tahun {tahun} versi {versi} tidak "
    "menyebut indikator {atasan} yang didukungnya."
)
TERBALIK = (
    "Indikator {indikator} ({jenis}) pada Perjanjian Kinerja {jabatan} tahun {tahun} versi "
    "{versi} mendukung indikator {induk} ({jenis_induk}), yang berada pada tingkat kaskade di "
    "bawahnya; indikator mendukung indikator setingkat atau di atasnya (sasaran, program, "
    "kegiatan, sub kegiatan)."
)
JENIS = {
    "sasaran": "sasaran",
    "program": "program",
    "kegiatan": "kegiatan",
    "sub_kegiatan": "sub kegiatan",
}
EMPTY = (
    "Jabatan {jabatan} memiliki Perjanjian Kinerja tahun {tahun}, tetapi tidak ada pemegang "
    "jabatan (definitif, Plt atau Plh) pada {rentang}."
)


def check(s: OpdTahun) -> Iterator[Finding]:
    k = s.kaskade
    if k is None:
        return
    nama = {j.kode: j.nama for j in k.jabatan}
    for salah in induk_di_luar_pk_atasan(k):
        atasan = nama.get(salah.jabatan_atasan or "", "jabatan atasan")
        isi = {
            "indikator": salah.indikator,
            "jabatan": nama.get(salah.jabatan, salah.jabatan),
            "tahun": k.tahun,
            "versi": salah.versi,
            "atasan": atasan,
        }
        if salah.induk is None:
            teks = TANPA_INDUK.format(**isi)
        else:
            induk = f"{salah.induk[1]} ({nama.get(salah.induk[0], salah.induk[0])})"
            teks = INDUK_SALAH.format(induk=induk, **isi)
        lokasi = f"Perjanjian Kinerja {isi['jabatan']} {k.tahun}, indikator {salah.indikator}"
        ref = {"jabatan": salah.jabatan, "indikator": salah.indikator, "tahun": str(k.tahun)}
        yield Finding(RULE_ID, SEVERITY, None, lokasi, teks, ref)
    for t in tingkat_terbalik(k):
        jabatan = nama.get(t.jabatan, t.jabatan)
        teks = TERBALIK.format(
            indikator=t.indikator,
            jenis=JENIS.get(t.jenis, t.jenis),
            jabatan=jabatan,
            tahun=k.tahun,
            versi=t.versi,
            induk=f"{t.induk[1]} ({nama.get(t.induk[0], t.induk[0])})",
            jenis_induk=JENIS.get(t.jenis_induk, t.jenis_induk),
        )
        lokasi = f"Perjanjian Kinerja {jabatan} {k.tahun}, indikator {t.indikator}"
        ref = {"jabatan": t.jabatan, "indikator": t.indikator, "tahun": str(k.tahun)}
        yield Finding(RULE_ID, SEVERITY, None, lokasi, teks, ref)
    for j in k.jabatan:
        if not k.pk_jabatan(j.kode) or not j.pemegang:
            continue
        for awal, akhir in hari_tanpa_pemegang(j, k.tahun):
            rentang = f"{fmt.tanggal(awal)} sampai {fmt.tanggal(akhir)}"
            yield Finding(
                RULE_ID,
                "warning",
                None,
                f"Pemegang jabatan {j.nama} {k.tahun}",
                EMPTY.format(jabatan=j.nama, tahun=k.tahun, rentang=rentang),
                {"jabatan": j.kode, "tahun": str(k.tahun)},
            )
