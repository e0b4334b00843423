from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser

from sakip.impor.anggaran.profil import BAWAAN, Profil, ProfilTidakValid
from sakip.impor.models import ProfilImpor, find_profil, profil_listing


def _pasangan(teks: list[str], nama: str) -> list[tuple[str, str]]:
    result = []
    for t in teks:
        key, sama, nilai = t.partition("=")
        if not sama or not key.strip() or not nilai.strip():
            raise CommandError(f"{nama}: tulis BIDANG=NILAI, bukan {t!r}")
        result.append((key.strip(), nilai.strip()))
    return result


class Command(BaseCommand):
    # Django's system checks import the URLconf and every view (and openpyxl): half a
    # second a command does not need. `sakip serve` and the tests still run them.
    requires_system_checks: list[str] = []

    help = (
        "Kelola profil impor realisasi anggaran: create, list, show, delete. "
        'Contoh: sakip import-profile create sipd-kota --kolom unit="Kode SKPD" '
        'sub_kegiatan="Kode Sub Kegiatan" pagu=Anggaran realisasi=Realisasi --tetap tahun=2022 '
        "tahap=perubahan"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="aksi", required=True)
        create = sub.add_parser("create", help="simpan profil baru (atau ganti dengan --ganti)")
        create.add_argument("nama")
        create.add_argument("--dari", type=Path, help="berkas YAML profil")
        create.add_argument("--kolom", nargs="+", default=[], help="BIDANG=JUDUL KOLOM ...")
        create.add_argument("--tetap", nargs="+", default=[], help="tahun=2022 tahap=perubahan ...")
        create.add_argument("--nilai-tahap", nargs="+", default=[], help="TULISAN=murni|perubahan")
        create.add_argument("--format-angka", choices=["otomatis", "indonesia", "internasional"])
        create.add_argument("--baris-judul", type=int)
        create.add_argument("--lembar")
        create.add_argument("--pemisah")
        create.add_argument("--lewati-baris-induk", action="store_true")
        create.add_argument("--keterangan")
        create.add_argument("--ganti", action="store_true", help="ganti profil yang sudah ada")
        sub.add_parser("list", help="daftar profil")
        lihat = sub.add_parser("show", help="tampilkan profil sebagai YAML")
        lihat.add_argument("nama")
        delete = sub.add_parser("delete", help="hapus profil tersimpan")
        delete.add_argument("nama")

    def handle(self, *args: Any, **options: Any) -> None:
        aksi = options["aksi"]
        if aksi == "list":
            for nama in profil_listing():
                asal = (
                    "bawaan"
                    if nama in BAWAAN and not ProfilImpor.objects.filter(nama=nama).exists()
                    else "tersimpan"
                )
                self.stdout.write(f"{nama} ({asal})")
        elif aksi == "show":
            try:
                profil = find_profil(options["nama"])
            except ProfilTidakValid as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(
                yaml.safe_dump(profil.ke_dict(), allow_unicode=True, sort_keys=False), ending=""
            )
        elif aksi == "delete":
            jumlah, _ = ProfilImpor.objects.filter(nama=options["nama"]).delete()
            if not jumlah:
                raise CommandError(f"Profil tersimpan {options['nama']!r} tidak ada.")
            self.stdout.write(f"Profil {options['nama']} dihapus.")
        else:
            self._create(options)

    def _create(self, options: dict[str, Any]) -> None:
        nama = options["nama"]
        data = self._definisi(options)
        try:
            profil = Profil.dari_dict(data, nama=nama)
        except ProfilTidakValid as exc:
            raise CommandError(f"Profil tidak valid: {exc}") from exc
        definisi = profil.ke_dict()
        del definisi["nama"]
        if ProfilImpor.objects.filter(nama=nama).exists() and not options["ganti"]:
            raise CommandError(f"Profil {nama!r} sudah ada; pakai --ganti untuk menggantinya.")
        ProfilImpor.objects.update_or_create(nama=nama, defaults={"definisi": definisi})
        self.stdout.write(f"Profil {nama} disimpan.")

    def _definisi(self, options: dict[str, Any]) -> dict[str, Any]:
        if options["dari"]:
            try:
                data = yaml.safe_load(options["dari"].read_text(encoding="utf-8"))
            except (OSError, yaml.YAMLError) as exc:
                raise CommandError(f"{options['dari']}: {exc}") from exc
            if not isinstance(data, dict):
                raise CommandError(f"{options['dari']}: harus berupa pemetaan YAML")
            data.pop("nama", None)
            return data
        kolom: dict[str, list[str]] = {}
        for bidang, judul in _pasangan(options["kolom"], "--kolom"):
            kolom.setdefault(bidang, []).append(judul)
        tetap: dict[str, Any] = {}
        for bidang, nilai in _pasangan(options["tetap"], "--tetap"):
            tetap[bidang] = int(nilai) if bidang == "tahun" and nilai.isdigit() else nilai
        definisi: dict[str, Any] = {
            "kolom": kolom,
            "tetap": tetap,
            "nilai_tahap": dict(_pasangan(options["nilai_tahap"], "--nilai-tahap")),
            "lewati_baris_induk": options["lewati_baris_induk"],
        }
        for key, opsi in (
            ("format_angka", "format_angka"),
            ("baris_judul", "baris_judul"),
            ("lembar", "lembar"),
            ("pemisah_csv", "pemisah"),
            ("keterangan", "keterangan"),
        ):
            if options.get(opsi) is not None:
                definisi[key] = options[opsi]
        return definisi
