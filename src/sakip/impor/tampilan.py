"""An import's result as lines of text (the commands print them; the web page shows the same)."""

from __future__ import annotations

from .pipeline import Result


def result_rows(result: Result, rinci: bool = False) -> list[str]:
    """Return the result of an import in Indonesian: its errors, or what it changes."""
    jenis = "buku isian" if result.jenis == "buku" else "realisasi anggaran"
    kepala = f"Impor {jenis} {result.berkas}" + (f" ({result.judul})" if result.judul else "")
    if not result.berhasil:
        baris = [f"{kepala}: {result.error_count} galat; tidak ada yang disimpan."]
        baris += [f"  {g}" for g in result.error]
        sisa = result.error_count - len(result.error)
        if sisa > 0:
            baris.append(f"  ... dan {sisa} galat lain.")
        return baris + baris_peringatan(result)
    status = "disimpan" if result.disimpan else "pratinjau, belum disimpan"
    baris = [f"{kepala}: {status}."] + baris_peringatan(result)
    for r in result.ringkasan:
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
    if result.dilewati:
        baris.append(f"  {result.dilewati} baris total/induk (bukan sub kegiatan) dilewati.")
    baris.append(
        f"Jumlah: {result.jumlah('tambah')} ditambah, {result.jumlah('ubah')} diubah, "
        f"{result.jumlah('tetap')} tetap, {result.jumlah('hapus')} dihapus."
    )
    return baris


def baris_peringatan(result: Result) -> list[str]:
    """Return the warnings of an import: the columns of the file that are not read."""
    return [f"  Peringatan: {p}" for p in result.kolom_lain]
