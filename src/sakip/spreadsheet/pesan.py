"""The one catalogue of import error messages, in Bahasa Indonesia.

Every error reads "<where>: ditemukan <value found>, seharusnya <what was expected>." Each entry
holds its stable code and the template of its "seharusnya" part; `Pesan.error` fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Error, Peringatan, Tempat, show


@dataclass(frozen=True)
class Pesan:
    kode: str
    diharapkan: str

    def error(
        self, tempat: Tempat, ditemukan: object = None, *, teks: str | None = None, **isi: object
    ) -> Error:
        """Return the error at this place; `teks` replaces the quoted value when it says more."""
        return Error(
            kode=self.kode,
            tempat=tempat,
            ditemukan=teks if teks is not None else show(ditemukan),
            diharapkan=self.diharapkan.format(**isi),
        )


# The file and its sheets
BERKAS_TIDAK_TERBACA = Pesan(
    "berkas-tidak-terbaca", "berkas Excel (.xlsx) atau CSV yang dapat dibuka ({sebab})"
)
BUKAN_BUKU_ISIAN = Pesan(
    "bukan-buku-isian",
    'buku isian sakip: lembar "Petunjuk" dengan isian {isian} (unduh buku isian dengan '
    "`sakip workbook` atau dari halaman impor)",
)
BERKAS_TERLALU_BESAR = Pesan(
    "berkas-terlalu-besar",
    "berkas atau bagian berkas yang isinya paling besar {limit} MB (berkas Excel dihitung setelah "
    "dibuka); bagi data ke beberapa berkas",
)
BARIS_TERLALU_BANYAK = Pesan(
    "baris-terlalu-banyak",
    "lembar dengan paling banyak {limit} baris; bagi data ke beberapa berkas, atau hapus baris "
    "kosong di bawah data",
)
KOLOM_TERLALU_BANYAK = Pesan(
    "kolom-terlalu-banyak",
    "lembar dengan paling banyak {limit} kolom (sampai kolom {huruf}); hapus kolom di kanan data",
)
TOO_MANY_CELLS = Pesan(
    "sel-terlalu-banyak",
    "berkas dengan paling banyak {limit} sel (termasuk sel yang diisi sel gabungan); bagi data ke "
    "beberapa berkas",
)
GABUNGAN_TERLALU_LUAS = Pesan(
    "gabungan-terlalu-luas",
    "sel gabungan di dalam {baris} baris dan {kolom} kolom pertama (sampai kolom {huruf}); "
    "pisahkan sel gabungan yang melampaui data",
)
LEMBAR_TIDAK_ADA = Pesan("lembar-tidak-ada", 'lembar "{lembar}" ada di berkas')
LEMBAR_KOSONG = Pesan("lembar-kosong", "baris judul dengan kolom {kolom}, lalu baris data")
JUDUL_TIDAK_DITEMUKAN = Pesan(
    "judul-tidak-ditemukan", "satu baris judul (di {limit} baris pertama) yang memuat kolom {kolom}"
)
KOLOM_TIDAK_ADA = Pesan("kolom-tidak-ada", "kolom berjudul {judul}")

# One cell
WAJIB_DIISI = Pesan("wajib-diisi", "{apa} (wajib diisi)")
BUKAN_ANGKA = Pesan("bukan-angka", "angka, ditulis 1.234.567,89 atau 1234567.89")
ANGKA_AMBIGU = Pesan(
    "angka-ambigu",
    "angka yang pemisahnya jelas: 1.500,00 atau 1500 (pemisah ribuan dan desimal tidak dapat "
    "ditebak; atur format_angka pada profil impor)",
)
TERLALU_BANYAK_DESIMAL = Pesan(
    "terlalu-banyak-desimal", "angka dengan paling banyak {desimal} angka di belakang koma"
)
ANGKA_TERLALU_BESAR = Pesan("angka-terlalu-besar", "angka kurang dari {limit}")
BUKAN_BILANGAN_BULAT = Pesan("bukan-bilangan-bulat", "bilangan bulat, mis. 12")
BUKAN_TAHUN = Pesan("bukan-tahun", "tahun empat angka antara {awal} dan {akhir}, mis. 2022")
BUKAN_TANGGAL = Pesan("bukan-tanggal", "tanggal, mis. 14/02/2022 atau 2022-02-14")
PILIHAN_TIDAK_DIKENAL = Pesan("pilihan-tidak-dikenal", "salah satu dari: {pilihan}")
KODE_TIDAK_VALID = Pesan("kode-tidak-valid", "{bentuk}")
KODE_BERUPA_ANGKA = Pesan(
    "kode-berupa-angka",
    'kode yang ditulis sebagai teks (format sel "Teks"), mis. "7.01"; sebagai angka, nol di '
    "belakangnya hilang",
)
TEKS_TERLALU_PANJANG = Pesan("teks-terlalu-panjang", "teks paling panjang {panjang} karakter")
KARAKTER_TIDAK_SAH = Pesan("karakter-tidak-sah", "teks tanpa karakter kendali (mis. NUL)")
RUMUS_TANPA_NILAI = Pesan(
    "rumus-tanpa-nilai",
    "nilai; berkas menyimpan rumus ini tanpa hasilnya (buka dan simpan ulang berkas di Excel atau "
    "LibreOffice agar hasilnya ikut tersimpan, atau tempel sebagai nilai)",
)
MERGED_CELL = Pesan(
    "sel-gabungan",
    "angka dalam sel sendiri: sel ini bagian dari sel gabungan {rentang}, sehingga angkanya akan "
    "terhitung lebih dari sekali",
)

# Codes and references
TINGKAT_KODE_SALAH = Pesan("tingkat-kode-salah", "kode {tingkat}")
KODE_TIDAK_DIKENAL = Pesan(
    "kode-tidak-dikenal", "kode {tingkat} yang ada dalam {nomenklatur} (berlaku tahun {tahun})"
)
KODE_TIDAK_DIMUAT = Pesan(
    "kode-tidak-dimuat",
    "kode {tingkat} yang ada dalam bagian {nomenklatur} yang dimuat (nomenklatur ini belum "
    "lengkap; muat kode ini dengan `sakip load` atau lewat lembar Nomenklatur)",
)
NOMENKLATUR_TIDAK_ADA = Pesan(
    "nomenklatur-tidak-ada",
    "kode dari nomenklatur yang berlaku tahun {tahun}; belum ada nomenklatur yang dimuat untuk "
    "tahun itu (muat dengan `sakip load`)",
)
NAMA_NOMENKLATUR_BEDA = Pesan(
    "nama-nomenklatur-beda",
    'nama yang sama dengan {nomenklatur} di basis data, "{nama}" (nomenklatur bersama semua '
    "Perangkat Daerah; ubah dengan `sakip load`)",
)
UNIT_TIDAK_DIKENAL = Pesan("unit-tidak-dikenal", "kode unit kerja {lingkup}")
UNIT_OPD_LAIN = Pesan(
    "unit-opd-lain", "kode unit kerja yang bukan milik Perangkat Daerah lain (milik {opd})"
)
RUJUKAN_TIDAK_ADA = Pesan("rujukan-tidak-ada", '{apa} yang ada di lembar "{lembar}"')
KASKADE_TIDAK_ADA = Pesan(
    "kaskade-tidak-ada", "{apa} yang ada pada Perjanjian Kinerja jabatan tahun {tahun}"
)
JABATAN_TIDAK_DIKENAL = Pesan(
    "jabatan-tidak-dikenal", "kode jabatan pada kaskade {opd} (lihat halaman Kaskade)"
)
PIHAK_BUKAN_PEMEGANG = Pesan(
    "pihak-bukan-pemegang",
    'nama salah satu pemegang jabatan {jabatan} (lembar "Pemegang Jabatan")',
)
JABATAN_MELINGKAR = Pesan(
    "jabatan-melingkar",
    "jabatan atasan yang tidak berada di bawah jabatan ini (rantai atasan: {rantai})",
)
BARIS_GANDA = Pesan(
    "baris-ganda", "satu baris saja untuk {key}: baris {baris_pertama} sudah memuatnya"
)
PAGU_TIDAK_SAMA = Pesan(
    "pagu-tidak-sama",
    "pagu yang sama di setiap baris sub kegiatan ini: baris {baris} menulis {pagu}",
)
JUMLAH_BARIS = Pesan("jumlah-baris", "{jumlah} baris data")
TAHUN_DI_LUAR_LINGKUP = Pesan("tahun-di-luar-lingkup", "{aturan}")
IDENTITAS_BEDA = Pesan("identitas-beda", "{apa}")

DITOLAK = Pesan("perubahan-ditolak", "tidak diubah, karena {alasan}")
BARIS_BASI = Pesan(
    "baris-basi",
    "tidak diubah, karena data ini {aksi} oleh {siapa} pada {waktu} setelah buku isian ini "
    "dibuat; unduh buku isian baru agar perubahan itu tidak tertimpa",
)
TAHUN_TERKUNCI = Pesan(
    "tahun-terkunci",
    "data tahun yang belum dikunci; LKjIP tahun {tahun} sudah ditandatangani, sehingga datanya "
    "hanya dapat diubah setelah tanda tangan dicabut",
)

# Values the domain refuses
ANGKA_NEGATIF = Pesan("angka-negatif", "angka nol atau lebih")
PERIODE_CAMPUR = Pesan(
    "periode-campur",
    "satu jenis periode realisasi untuk satu baris anggaran: baris ini sudah memuat realisasi "
    "{ada}, dan menjumlahkannya dengan realisasi {new} menghitung uang yang sama dua kali",
)
TARGET_SETAHUN = Pesan(
    "target-setahun",
    'target kosong pada baris "Setahun" (target tahunan diisi di lembar "Target Renstra")',
)


# Warnings: shown with the preview, they do not stop the import
KOLOM_TIDAK_DIBACA = "kolom-tidak-dibaca"


def kolom_tidak_dibaca(tempat: Tempat) -> Peringatan:
    """Return the warning for a header the sheet's mapping does not know: its column is not read."""
    return Peringatan(
        KOLOM_TIDAK_DIBACA,
        tempat,
        f'kolom berjudul "{tempat.judul}" tidak dikenal, sehingga isinya tidak dibaca',
    )
