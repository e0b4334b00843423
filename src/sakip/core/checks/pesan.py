"""The catalogue of finding messages, in Bahasa Indonesia.

Every figure is passed in already formatted by sakip.core.format (1.234.567,89; Rp ...; n/a), so a
message reads the way the report prints the figure.
"""

PK_TARGET_BEDA_RENSTRA = (
    "Target Perjanjian Kinerja {tahun} (versi {versi}) adalah {target_pk}, berbeda dari target "
    "Renstra tahun {tahun} sebesar {target_renstra}."
)
PK_INDIKATOR_BUKAN_IKU = (
    "Perjanjian Kinerja {tahun} (versi {versi}) memuat target {target} untuk indikator {kode} "
    "yang tidak ada dalam Renstra {periode}."
)
PK_TANPA_IKU = (
    "IKU ini (target Renstra tahun {tahun} sebesar {target}) tidak tercantum dalam Perjanjian "
    "Kinerja {tahun} (versi {versi})."
)
PK_TIDAK_ADA = "Belum ada Perjanjian Kinerja tahun {tahun}, padahal Renstra memuat {jumlah} IKU."

REALISASI_MELEBIHI_PAGU = "Realisasi {realisasi} melebihi pagu {pagu} sebesar {selisih}."
FISIK_DI_LUAR_RENTANG = (
    "Realisasi fisik {triwulan} sebesar {nilai} berada di luar rentang 0% sampai 100%."
)
CAMPURAN_PERIODE = (
    "Realisasi mencampur periode {jenis} ({rincian}); menjumlahkannya menghitung uang yang sama "
    "dua kali. Isi satu jenis periode saja."
)
PERIODE_TIDAK_DIKENAL = (
    'Realisasi {nilai} dicatat pada periode "{key}" yang tidak dikenal; gunakan "tahun", '
    '"tw1" sampai "tw4", atau bulan "1" sampai "12".'
)

TRIWULAN_BELUM_DIISI = (
    "{triwulan} {tahun} sudah berakhir dan bertarget {target}, tetapi realisasinya belum diisi."
)
BULAN_BELUM_DIISI = (
    "{triwulan} {tahun} sudah berakhir dan bertarget {target}, tetapi realisasi bulan {bulan} "
    "belum diisi."
)
RASIO_PENYEBUT_NOL = (
    "Realisasi {periode} dihitung dari pembilang {pembilang} dan penyebut {penyebut}: "
    "penyebut nol, sehingga nilainya tidak dapat dihitung (n/a)."
)
RASIO_BEDA_BAGIAN = (
    "Realisasi {periode} tercatat {nilai}, padahal pembilang {pembilang} dibagi penyebut "
    "{penyebut} dikali {pengali} menghasilkan {compute}."
)
RASIO_TANPA_BAGIAN = (
    "Realisasi {periode} tercatat {nilai} tanpa pembilang dan penyebut, padahal indikator ini "
    "dihitung dari keduanya."
)
TRIWULAN_TIDAK_TERSEDIA = (
    "{triwulan} {tahun} bertarget {target}, tetapi realisasinya dinyatakan tidak tersedia (n/a)."
)

TARGET_NOL_RENSTRA = (
    "Target Renstra tahun {tahun} bernilai {target}: capaian tidak dapat dihitung dari target nol."
)
TARGET_NOL_PK = (
    "Target Perjanjian Kinerja {tahun} (versi {versi}) bernilai {target}: capaian tidak dapat "
    "dihitung dari target nol."
)
TARGET_NOL_TRIWULAN = (
    "Target {triwulan} {tahun} bernilai {target}: capaian triwulan tidak dapat dihitung dari "
    "target nol."
)

KODE_BUKAN_SUB_KEGIATAN = (
    "Kode {kode} adalah kode {tingkat}, bukan kode sub kegiatan; anggaran dicatat per sub kegiatan."
)
KODE_KELUARAN_TERLALU_TINGGI = (
    "Kode {kode} adalah kode {tingkat}; indikator keluaran mengukur program, kegiatan atau "
    "sub kegiatan."
)
KODE_TIDAK_DIKENAL = "Kode {tingkat} {kode} tidak dikenal dalam {nomenklatur}."
KODE_TIDAK_DIMUAT = (
    "Kode {tingkat} {kode} tidak ada dalam bagian {nomenklatur} yang dimuat (nomenklatur belum "
    "lengkap)."
)
NOMENKLATUR_TIDAK_ADA = (
    "Tidak ada nomenklatur yang berlaku untuk tahun {tahun}, sehingga {jumlah} kode anggaran dan "
    "indikator keluaran tidak dapat diperiksa."
)
KODE_NAMA_BEDA = (
    'Sub kegiatan {kode} tertulis "{uraian}", sedangkan {nomenklatur} menamainya "{nama}".'
)

SUB_KEGIATAN_TANPA_INDIKATOR = (
    "Sub kegiatan {kode} dengan pagu {pagu} tidak memiliki indikator keluaran untuk {unit}."
)

PEGAWAI_TIDAK_KONSISTEN = (
    "Jumlah pegawai tidak sama: menurut golongan/status {golongan} orang, menurut pendidikan "
    "{pendidikan} orang, menurut jenis kelamin {jenis_kelamin} orang."
)

EVALUASI_JUMLAH_BEDA = (
    "Jumlah nilai komponen {rincian} = {jumlah}, tidak sama dengan nilai hasil evaluasi yang "
    "dicantumkan, {nilai}."
)
EVALUASI_KOMPONEN_ASING = (
    'Komponen "{kode}" (nilai {nilai}) bukan komponen evaluasi menurut {regulasi}.'
)
EVALUASI_KOMPONEN_HILANG = "Komponen {nama} (bobot {bobot}) menurut {regulasi} tidak tercantum."
EVALUASI_REGULASI_TIDAK_DIKENAL = (
    'Regulasi evaluasi "{regulasi}" tidak dikenal, sehingga komponennya tidak dapat diperiksa.'
)
EVALUASI_PREDIKAT_BEDA = (
    "Nilai {nilai} berpredikat {seharusnya} ({label}) menurut {skala}, bukan {predikat} seperti "
    "yang dicantumkan."
)
EVALUASI_NILAI_DI_LUAR_SKALA = (
    "Nilai {nilai} berada di luar {skala}, sehingga predikat {predikat} tidak dapat diperiksa."
)

REKOMENDASI_LEWAT_TENGGAT = (
    'Rekomendasi "{uraian}" lewat tenggat {tenggat} dan berstatus {status}; tindak lanjutnya '
    "belum diterima Inspektorat sebagai selesai."
)
REKOMENDASI_TANPA_PENANGGUNG_JAWAB = (
    'Rekomendasi "{uraian}" belum memiliki {apa}, sehingga tindak lanjutnya tidak dapat dipantau.'
)

ATRIBUSI_PROGRAM_HILANG = (
    "Program {kode} dengan pagu {pagu} tidak diatribusikan ke sasaran strategis mana pun, "
    "sehingga anggarannya tidak masuk anggaran per sasaran."
)
ATRIBUSI_SASARAN_TIDAK_DIKENAL = (
    "Program {kode} diatribusikan ke sasaran {sasaran} yang tidak ada dalam Renstra."
)

BELANJA_BEDA_PAGU = (
    "{rincian} = {jumlah}, tidak sama dengan jumlah pagu sub kegiatan tahap {tahap} sebesar {pagu} "
    "(selisih {selisih})."
)

REALISASI_TANPA_TARGET = (
    "Ada realisasi tahun {tahun} sebesar {realisasi}, tetapi Renstra tidak menetapkan target "
    "tahun {tahun}, sehingga capaiannya tidak dapat dihitung."
)

SKM_BEDA_IKU = (
    "Realisasi tahun {tahun} sebesar {realisasi} berbeda dari hasil Survei Kepuasan Masyarakat "
    "tahun {tahun} sebesar {skm}."
)

PENGESAHAN_TANPA_TANGGAL = (
    "Tanggal penandatanganan {dokumen} belum ditetapkan; dokumen mencetak titik-titik di tempat "
    "tanggal."
)
PENGESAHAN_DI_LUAR_JADWAL = (
    "{dokumen} bertanggal {tanggal}, di luar {uraian} ({awal} sampai {akhir}) menurut {dasar}."
)

PK_TANPA_PROGRAM = (
    "Perjanjian Kinerja {tahun} (versi {versi}) tidak mencantumkan program, sehingga lampirannya "
    "tidak memuat tabel Program dan Anggaran."
)
PK_TAHAP_TIDAK_ADA = (
    "Perjanjian Kinerja {tahun} (versi {versi}) memakai pagu {tahap}, tetapi anggaran tahap itu "
    "belum dicatat; lampirannya memuat pagu {dipakai}."
)

ANALISIS_IKU_KOSONG = (
    "Analisis tahun {tahun} belum diisi oleh unit penanggung jawab: {kurang}; LKjIP tidak memuat "
    "uraian penyebab keberhasilan/kegagalan untuk indikator ini."
)
RENSTRA_TIDAK_ADA = (
    "Tidak ada Renstra yang periodenya mencakup tahun {tahun}; LKjIP tidak dapat memuat sasaran "
    "strategis dan indikator kinerja utama."
)

EJAAN = "Kata yang tidak ada dalam kamus bahasa Indonesia: {kata}."
EJAAN_TIDAK_DIPERIKSA = (
    "Ejaan narasi tidak diperiksa: program hunspell dengan kamus bahasa Indonesia (paket Debian "
    "hunspell-id) tidak terpasang."
)
KALIMAT_BERULANG = 'Kalimat "{kalimat}" tertulis {jumlah} kali: {tempat}.'
REGULASI_USANG = "Mengutip {regulasi}, yang sejak {tahun} digantikan oleh {pengganti}."
