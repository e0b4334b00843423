"""The import pages, included by the site at impor/."""

from django.urls import path

from . import views

app_name = "impor"
OPD = "<str:kode>/<int:tahun>/"

urlpatterns = [
    path(OPD, views.page, name="unggah"),
    path(f"{OPD}buku-isian.xlsx", views.buku, name="buku"),
    path(f"{OPD}tabel.xlsx", views.tabel, name="tabel"),
    path(f"{OPD}<int:pk>/", views.pratinjau, name="pratinjau"),
    path(f"{OPD}<int:pk>/simpan/", views.save, name="simpan"),
]
