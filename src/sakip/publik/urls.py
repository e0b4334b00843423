"""Public pages (`/publik/`) and the read-only API (`/api/v1/`), both without a login."""

from django.urls import path

from . import api, halaman, kelola, kelola_token

app_name = "publik"

urlpatterns = [
    path("publik/", halaman.beranda, name="beranda"),
    path("publik/dokumen/<int:pk>/", halaman.unduh_dokumen, name="dokumen"),
    path("publik/<str:kode>/<int:tahun>/", halaman.opd_tahun, name="opd"),
    path(
        "publik/<str:kode>/<int:tahun>/tabel/<str:key>.<str:fmt>",
        halaman.unduh_tabel,
        name="tabel",
    ),
    path("api/v1/opd/", api.daftar_opd, name="api-opd"),
    path("api/v1/opd/<str:kode>/<int:tahun>/tabel/", api.tabel, name="api-tabel"),
    path("api/v1/dokumen/<int:tahun>/", api.dokumen, name="api-dokumen"),
]

urlpatterns += [
    path("register/<slug:pemilik>/<str:kode>/<int:tahun>/", kelola.halaman, name="register"),
    path(
        "register/<slug:pemilik>/<str:kode>/<int:tahun>/unggah/",
        kelola.unggah,
        name="register-unggah",
    ),
    path(
        "register/<slug:pemilik>/<str:kode>/<int:tahun>/publikasi/",
        kelola.publikasi,
        name="register-publikasi",
    ),
]

# The Admin Pemda's page of the API tokens, reached from the control room (kendali/).
urlpatterns += [
    path("kendali/<str:pemda>/token-api/", kelola_token.daftar, name="token-api"),
    path(
        "kendali/<str:pemda>/token-api/<int:pk>/cabut/",
        kelola_token.cabut,
        name="token-api-cabut",
    ),
]
