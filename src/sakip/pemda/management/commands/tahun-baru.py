"""`sakip tahun-new`: draft an OPD's (or every OPD's) new year from the year before."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.alur.layanan import Ditolak, perubahan
from sakip.core import tahun_baru as tb
from sakip.kinerja import models as m
from sakip.kinerja import snapshot
from sakip.pemda.tahun_baru import Result, susun


class Command(BaseCommand):
    help = (
        "Susun draf tahun baru: Perjanjian Kinerja dari target Renstra tahun itu, penandatangan "
        "dari tahun sebelumnya, baris anggaran dengan kode menurut nomenklatur tahun baru. "
        "Aman dijalankan berulang; data tahun lama tidak diubah."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        choose = parser.add_mutually_exclusive_group(required=True)
        choose.add_argument("--opd", help="kode Perangkat Daerah")
        choose.add_argument("--all", action="store_true", help="semua Perangkat Daerah")
        parser.add_argument("--from", dest="dari", type=int, required=True, help="tahun asal")
        parser.add_argument("--to", dest="ke", type=int, required=True, help="tahun baru")

    def handle(self, *args: Any, **options: Any) -> None:
        dari, ke = options["dari"], options["ke"]
        if ke <= dari:
            raise CommandError(f"Tahun baru ({ke}) harus setelah tahun asal ({dari}).")
        if options["all"]:
            listing = list(m.PerangkatDaerah.objects.select_related("pemda").order_by("kode"))
        else:
            try:
                listing = [snapshot.choose_opd(options["opd"])]
            except snapshot.DataTidakAda as exc:
                raise CommandError(str(exc)) from exc
        ditolak = []
        for opd in listing:
            # One change per OPD: a refused OPD keeps nothing and the others go on.
            try:
                with perubahan(None, f"Tahun baru {ke} dari {dari}", opd_id=opd.id) as sesi:
                    result = susun(sesi, opd, dari, ke)
            except Ditolak as exc:
                ditolak.append(f"{opd.kode} {opd.nama}: {exc}")
                continue
            self._write(result)
        if ditolak:
            raise CommandError("\n".join(ditolak))

    def _write(self, h: Result) -> None:
        w = self.stdout.write
        w(f"{h.opd.kode} {h.opd.nama}: tahun {h.ke} dari {h.dari}")
        w(f"  Perjanjian Kinerja {h.ke}: {h.pk}")
        if h.target:
            w(f"  target PK dari Renstra: {h.target}")
        if h.tanpa_target:
            w(f"  IKU tanpa target Renstra {h.ke} (tidak dimasukkan): {', '.join(h.tanpa_target)}")
        w(f"  program PK disalin: {h.program_pk}")
        w(f"  baris anggaran disalin: {h.baris}; sudah ada: {h.baris_ada}")
        w(f"  atribusi program disalin: {h.atribusi}")
        w(f"  nomenklatur tahun {h.ke}: {h.versi or 'tidak ada'}")
        if h.kode:
            w(f"  kode yang perlu diperiksa ({len(h.kode)}):")
            for p in h.kode:
                nama = f"{p.old_nama or '-'} -> {p.new_nama}" if p.new_nama else ""
                w(f"    {p.kode}: {tb.KETERANGAN[p.nasib]}{(' (' + nama + ')') if nama else ''}")
        else:
            w("  kode yang perlu diperiksa: tidak ada")
        w(f"  jumlah rekaman ditulis: {h.ditulis}")
