"""The LKE pages, included by the site at lke/."""

from django.urls import path

from . import views, views_lhe

app_name = "lke"
OPD = "<str:kode>/<int:tahun>/"

urlpatterns = [
    path(OPD, views.page, name="halaman"),
    path(f"{OPD}jendela/", views.jendela, name="jendela"),
    path(f"{OPD}terbit/", views.terbit, name="terbit"),
    path(f"{OPD}lhe/", views_lhe.page, name="lhe"),
    path(f"{OPD}lhe.<str:fmt>", views_lhe.download, name="lhe-unduh"),
    path(f"{OPD}lhe/pengesahan/", views_lhe.pengesahan, name="lhe-pengesahan"),
    path(f"{OPD}lhe/templat/", views_lhe.templat, name="lhe-templat"),
    path(f"{OPD}lhe/rekomendasi/", views_lhe.rekomendasi, name="lhe-rekomendasi"),
    path(f"{OPD}lhe/rekomendasi/<int:pk>/lapor/", views_lhe.lapor, name="lhe-lapor"),
    path(
        f"{OPD}lhe/rekomendasi/<int:pk>/penanggung-jawab/",
        views_lhe.penanggung_jawab,
        name="lhe-penanggung-jawab",
    ),
    path(f"{OPD}lhe/rekomendasi/<int:pk>/verifikasi/", views_lhe.verifikasi, name="lhe-verifikasi"),
    path(f"{OPD}snapshot/", views_lhe.snapshot, name="snapshot"),
    path(f"{OPD}<str:sub>/", views.subkomponen, name="subkomponen"),
    path("rekap/<str:pemda>/<int:tahun>/", views.rekap, name="rekap"),
]
