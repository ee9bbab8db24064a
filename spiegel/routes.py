"""URLs of the intake app (the project's root urls.py includes these)."""

from django.urls import path

from spiegel.views import aanvraag, home, inbox, portaal, vervolg

app_name = "spiegel"

urlpatterns = [
    path("", home.home, name="home"),
    path("catalogus/", home.catalogus, name="catalogus"),
    # Public
    path("over-de-spiegel/", aanvraag.over, name="over"),
    path("privacy/", aanvraag.privacy, name="privacy"),
    path("aanvragen/nieuw/", aanvraag.aanvraag_nieuw, name="aanvraag_nieuw"),
    path("aanvragen/nieuw/controleer/", aanvraag.aanvraag_controleer, name="aanvraag_controleer"),
    path("aanvragen/nieuw/concept/", aanvraag.concept_opslaan, name="concept_opslaan"),
    path(
        "aanvragen/nieuw/organisaties/",
        aanvraag.organisatie_suggesties,
        name="organisatie_suggesties",
    ),
    path(
        "aanvragen/ontvangen/<uuid:token>/", aanvraag.aanvraag_ontvangen, name="aanvraag_ontvangen"
    ),
    path("uitnodiging/<uidb64>/<token>/", aanvraag.UitnodigingView.as_view(), name="uitnodiging"),
    path("uitnodiging/klaar/", aanvraag.uitnodiging_klaar, name="uitnodiging_klaar"),
    # Coordinator
    path("aanvragen/", inbox.inbox, name="inbox"),
    path("aanvragen/<int:pk>/", inbox.aanvraag, name="aanvraag"),
    path("aanvragen/<int:pk>/intake/", inbox.intake_plannen, name="intake_plannen"),
    path("aanvragen/<int:pk>/verslag/", inbox.intakeverslag, name="intakeverslag"),
    path(
        "aanvragen/<int:pk>/organisatie/", inbox.organisatie_koppelen, name="organisatie_koppelen"
    ),
    path(
        "aanvragen/<int:pk>/organisatie/nieuw/",
        inbox.organisatie_toevoegen,
        name="organisatie_toevoegen",
    ),
    path("aanvragen/<int:pk>/accepteren/", inbox.accepteren, name="accepteren"),
    path("aanvragen/<int:pk>/afwijzen/", inbox.afwijzen, name="afwijzen"),
    path("aanvragen/<int:pk>/intrekken/", inbox.intrekken, name="intrekken"),
    path("aanvragen/<int:pk>/kernvragen/", inbox.kernvragen, name="kernvragen"),
    path("aanvragen/<int:pk>/uitnodigen/", inbox.uitnodigen, name="uitnodigen"),
    path("aanvragen/<int:pk>/vorige/", vervolg.vorige_koppelen, name="vorige_koppelen"),
    path(
        "aanvragen/<int:pk>/documenten/<int:document_pk>/",
        portaal.document_downloaden,
        name="document",
    ),
    # Contact portal
    path("portaal/", portaal.portaal, name="portaal"),
    path("portaal/aanvragen/<int:pk>/", portaal.portaal_aanvraag, name="portaal_aanvraag"),
    path(
        "portaal/aanvragen/<int:pk>/documenten/",
        portaal.document_uploaden,
        name="document_uploaden",
    ),
]
