"""The site's URLs: the spreadsheet import and the web application."""

from django.urls import include, path

urlpatterns = [
    path("impor/", include("sakip.impor.urls")),
    path("lke/", include("sakip.lke.urls")),
    path("", include("sakip.publik.urls")),
    path("kendali/", include("sakip.pemda.urls")),
    path("pohon/", include("sakip.pohon.urls")),
    path("kaskade/", include("sakip.kaskade.urls")),
    path("", include("sakip.akun.urls")),
    path("", include("sakip.web.urls")),
]

handler500 = "sakip.operasi.views.server_error"
