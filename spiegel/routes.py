"""URLs of the intake app (the project's root urls.py includes these)."""

from django.urls import path

from spiegel.views import home

app_name = "spiegel"

urlpatterns = [
    path("", home.home, name="home"),
    path("catalogus/", home.catalogus, name="catalogus"),
]
