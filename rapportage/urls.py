"""URLs of the schets and report app, under /schets/."""

app_name = "rapportage"

urlpatterns: list = []
