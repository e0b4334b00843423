"""The Pemda pages, included by the site at kendali/."""

from django.urls import path

from . import views, views_tanda

app_name = "pemda"

urlpatterns = [
    path("<str:pemda>/<int:tahun>/", views.kendali, name="kendali"),
    path("<str:pemda>/<int:tahun>/tahun-baru/", views.tahun_baru, name="tahun-baru"),
    path("<str:pemda>/organisasi/", views.organisasi, name="organisasi"),
    path(
        "<str:pemda>/<int:tahun>/pk-kepala-daerah.<str:fmt>",
        views.pk_kepala_daerah,
        name="pk-kepala-daerah",
    ),
    path(
        "<str:pemda>/<int:tahun>/lkjip-pemda.<str:fmt>",
        views.lkjip_pemda,
        name="lkjip-pemda",
    ),
    path(
        "<str:pemda>/<int:tahun>/dokumen-tertanda/",
        views_tanda.dokumen_tertanda,
        name="dokumen-tertanda",
    ),
    path(
        "<str:pemda>/<int:tahun>/dokumen-tertanda/simpan/",
        views_tanda.save,
        name="simpan-tertanda",
    ),
    path("<str:pemda>/<int:tahun>/dokumen-tertanda/buka/", views_tanda.buka, name="buka-tahun"),
    path("<str:pemda>/<int:tahun>/susunan/<int:pk>/", views_tanda.susunan, name="susunan"),
    path("<str:pemda>/dokumen-tertanda/<int:pk>/", views_tanda.download, name="unduh-tertanda"),
]
