"""URLs of the fieldwork app, under /veldwerk/."""

app_name = "gesprekken"

urlpatterns: list = []
