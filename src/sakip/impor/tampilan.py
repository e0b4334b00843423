"""An import's result as lines of text (the commands print them; the web page shows the same)."""

from __future__ import annotations

from .pipeline import Hasil


def baris_hasil(hasil: Hasil, rinci: bool = False) -> list[str]:
    """Return the result of an import in Indonesian: its errors, or what it changes."""
    jenis = "buku isian" if hasil.jenis == "buku" else "realisasi anggaran"
    kepala = f"Impor {jenis} {hasil.berkas}" + (f" ({hasil.judul})" if hasil.judul else "")
    if not hasil.berhasil:
        baris = [f"{kepala}: {hasil.error_count} galat; tidak ada yang disimpan."]
        baris += [f"  {g}" for g in hasil.error]
        sisa = hasil.error_count - len(hasil.error)
        if sisa > 0:
            baris.append(f"  ... dan {sisa} galat lain.")
        return baris + baris_peringatan(hasil)
    status = "disimpan" if hasil.disimpan else "pratinjau, belum disimpan"
    baris = [f"{kepala}: {status}."] + baris_peringatan(hasil)
    for r in hasil.ringkasan:
        if not r.berubah and not rinci:
            continue
        baris.append(
            f"  {r.lembar} — {r.jenis}: {r.tambah} ditambah, {r.ubah} diubah, "
            f"{r.tetap} tetap, {r.hapus} dihapus"
        )
        if rinci:
            for x in r.rincian:
                tempat = f"baris {x.baris}: " if x.baris else ""
                perubahan = "; ".join(f"{f} {a} → {b}" for f, a, b in x.selisih)
                baris.append(
                    f"      {x.aksi} {tempat}{x.uraian}" + (f" ({perubahan})" if perubahan else "")
                )
    if hasil.dilewati:
        baris.append(f"  {hasil.dilewati} baris total/induk (bukan sub kegiatan) dilewati.")
    baris.append(
        f"Jumlah: {hasil.jumlah('tambah')} ditambah, {hasil.jumlah('ubah')} diubah, "
        f"{hasil.jumlah('tetap')} tetap, {hasil.jumlah('hapus')} dihapus."
    )
    return baris


def baris_peringatan(hasil: Hasil) -> list[str]:
    """Return the warnings of an import: the columns of the file that are not read."""
    return [f"  Peringatan: {p}" for p in hasil.kolom_lain]
