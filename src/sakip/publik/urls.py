"""Public pages (`/publik/`) and the read-only API (`/api/v1/`), both without a login."""

from django.urls import path

from . import api, kelola, kelola_token, page

app_name = "publik"

urlpatterns = [
    path("publik/", page.beranda, name="beranda"),
    path("publik/dokumen/<int:pk>/", page.download_dokumen, name="dokumen"),
    path("publik/<str:kode>/<int:tahun>/", page.opd_tahun, name="opd"),
    path(
        "publik/<str:kode>/<int:tahun>/tabel/<str:key>.<str:fmt>",
        page.download_tabel,
        name="tabel",
    ),
    path("api/v1/opd/", api.opd_listing, name="api-opd"),
    path("api/v1/opd/<str:kode>/<int:tahun>/tabel/", api.tabel, name="api-tabel"),
    path("api/v1/dokumen/<int:tahun>/", api.dokumen, name="api-dokumen"),
]

urlpatterns += [
    path("register/<slug:pemilik>/<str:kode>/<int:tahun>/", kelola.page, name="register"),
    path(
        "register/<slug:pemilik>/<str:kode>/<int:tahun>/unggah/",
        kelola.upload,
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
    path("kendali/<str:pemda>/token-api/", kelola_token.listing, name="token-api"),
    path(
        "kendali/<str:pemda>/token-api/<int:pk>/cabut/",
        kelola_token.cabut,
        name="token-api-cabut",
    ),
]
