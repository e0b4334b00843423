"""The cascade pages, included by the site at kaskade/."""

from django.urls import path

from . import views

app_name = "kaskade"
OPD = "<str:kode>/<int:tahun>/"
JABATAN = f"{OPD}<str:jabatan>/"

urlpatterns = [
    path(OPD, views.pohon, name="pohon"),
    path(JABATAN, views.jabatan, name="jabatan"),
    path(f"{JABATAN}isi/", views.isi, name="isi"),
    path(f"{JABATAN}rencana-aksi/", views.add_aksi, name="tambah-aksi"),
    path(f"{JABATAN}pk.<str:fmt>", views.pk_dokumen, name="pk"),
]
