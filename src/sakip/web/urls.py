from django.contrib.auth import views as auth_views
from django.urls import path

from .forms import FormMasuk
from .views import (
    cara,
    data,
    entri,
    kriteria,
    laporan,
    massal,
    page,
    pengguna,
    susunan,
    tanda,
    tugas,
)

app_name = "web"

OPD = "opd/<str:kode>/<int:tahun>/"
PEMDA = "pemda/<str:kode>/"


def _data(prefix: str, nama: str) -> list:  # type: ignore[type-arg]
    return [
        path(f"{prefix}data/", data.indeks, name=f"{nama}-indeks"),
        path(f"{prefix}data/<slug:slug>/", data.listing, name=nama),
        path(f"{prefix}data/<slug:slug>/baru/", data.new, name=f"{nama}-baru"),
        path(f"{prefix}data/<slug:slug>/<int:pk>/", data.change, name=f"{nama}-ubah"),
        path(f"{prefix}data/<slug:slug>/<int:pk>/hapus/", data.delete, name=f"{nama}-hapus"),
    ]


urlpatterns = [
    path(
        "masuk/",
        auth_views.LoginView.as_view(
            template_name="web/masuk.html",
            authentication_form=FormMasuk,
            redirect_authenticated_user=True,
        ),
        name="masuk",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="keluar"),
    path("", page.beranda, name="beranda"),
    path("tugas/", tugas.tugas_saya, name="tugas"),
    path(OPD, page.dasbor, name="dasbor"),
    path(f"{OPD}pohon/", page.pohon, name="pohon"),
    path(f"{OPD}alur/", entri.alur_opd, name="alur"),
    path(f"{OPD}alur/massal/", massal.massal, name="alur-massal"),
    path(f"{OPD}isian/<str:unit>/<int:tw>/", entri.isian, name="entri"),
    path(f"{OPD}isian/<str:unit>/<int:tw>/bukti/", entri.upload_bukti, name="bukti-unggah"),
    path(f"{OPD}isian/<str:unit>/<int:tw>/<slug:aksi>/", entri.alur, name="entri-aksi"),
    path(f"{OPD}anggaran/<int:pk>/cara/", cara.change, name="anggaran-cara"),
    path("bukti/<int:pk>/", entri.download_bukti, name="bukti"),
    path("bukti/<int:pk>/hapus/", entri.delete_bukti, name="bukti-hapus"),
    path(f"{OPD}laporan/susunan/<int:pk>/", susunan.page, name="susunan"),
    path(f"{OPD}laporan/susunan/<int:pk>/unduh/", susunan.download, name="susunan-unduh"),
    path(f"{OPD}laporan/<slug:jenis>/", laporan.page, name="laporan"),
    path(f"{OPD}laporan/<slug:jenis>/paragraf/", laporan.save_paragraf, name="laporan-paragraf"),
    path(
        f"{OPD}laporan/<slug:jenis>/pengesahan/",
        laporan.save_pengesahan,
        name="laporan-pengesahan",
    ),
    path(f"{OPD}laporan/<slug:jenis>/tandatangani/", laporan.tandatangani, name="laporan-tanda"),
    path(f"{OPD}laporan/<slug:jenis>/periksa/", tanda.check, name="laporan-periksa"),
    path(f"{OPD}laporan/<slug:jenis>/unduh/<slug:fmt>/", laporan.download, name="laporan-unduh"),
    path(f"{OPD}buka/", laporan.buka_tahun, name="buka-tahun"),
    path("dokumen/<int:pk>/", laporan.dokumen_tertanda, name="dokumen"),
    path(f"{PEMDA}pengguna/", pengguna.pengguna, name="pengguna"),
    path(f"{PEMDA}kriteria/", kriteria.kriteria, name="kriteria"),
    *_data(OPD, "data-opd"),
    *_data(PEMDA, "data-pemda"),
]
