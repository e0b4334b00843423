"""The editable pohon kinerja pages, included by the site at pohon/."""

from django.urls import path

from . import views

app_name = "pohon"
OPD = "<str:kode>/<int:tahun>/"

urlpatterns = [
    path(OPD, views.page, name="halaman"),
    path(f"{OPD}aksi/", views.aksi, name="aksi"),
]
