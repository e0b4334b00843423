"""The LKE pages, included by the site at lke/."""

from django.urls import path

from . import views

app_name = "lke"
OPD = "<str:kode>/<int:tahun>/"

urlpatterns = [
    path(OPD, views.halaman, name="halaman"),
    path(f"{OPD}jendela/", views.jendela, name="jendela"),
    path(f"{OPD}terbit/", views.terbit, name="terbit"),
    path(f"{OPD}<str:sub>/", views.subkomponen, name="subkomponen"),
    path("rekap/<str:pemda>/<int:tahun>/", views.rekap, name="rekap"),
]
