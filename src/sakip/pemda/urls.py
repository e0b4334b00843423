"""The Pemda pages, included by the site at kendali/."""

from django.urls import path

from . import views

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
]
