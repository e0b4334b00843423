from django.urls import path

from . import views

app_name = "akun"

urlpatterns = [
    path("akun/sandi/", views.sandi, name="sandi"),
    path("pemda/<str:kode>/pengguna/<int:pk>/", views.pengguna, name="pengguna"),
    path("pemda/<str:kode>/pengguna/<int:pk>/<slug:nama>/", views.aksi, name="aksi"),
]
