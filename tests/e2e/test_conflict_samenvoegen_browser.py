"""Issue 16 item 4 in Chromium: after a notes conflict the second editor takes the other
side for one paragraph by keyboard and saves the merge; nothing is lost."""

import pytest
from django.urls import reverse

from gesprekken import services
from gesprekken.models import Aantekening, AantekeningVersie
from tests.conftest import browser_sign_in, build_world, wait_for
from tests.e2e.test_sign_in import serious_violations
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BEGIN = "Opening van het gesprek.\n\nDe wachttijd is drie weken.\n\nAfspraken volgen."


def test_a_paragraph_is_taken_from_the_saved_version_by_keyboard(page, live_server):
    world = build_world()
    gesprek = world.extra["gesprek_a"]
    collega = UserFactory(naam="Joris Meijer")
    world.spiegel_a.team.add(collega)
    services.aantekening_opslaan(gesprek=gesprek, tekst=BEGIN, basis_versie=0, door=collega)
    browser_sign_in(page, live_server.url, world.users["teamlid"])
    page.goto(live_server.url + reverse("gesprekken:aantekeningen", args=[gesprek.pk]))
    editor = page.get_by_label("Aantekeningen (Markdown)")
    # Meanwhile the colleague changes the second paragraph.
    anders = BEGIN.replace("drie weken", "vier weken, zegt de teamleider")
    services.aantekening_opslaan(gesprek=gesprek, tekst=anders, basis_versie=1, door=collega)
    mijn = BEGIN.replace("Afspraken volgen.", "Afspraken volgen per mail.")
    editor.fill(mijn)
    page.locator("#conflict").wait_for(state="visible")
    assert page.locator("#conflict ins").first.inner_text() == "vier"
    assert serious_violations(page) == []
    # Block 1 is the wachttijd paragraph: take the saved version's side with the arrow key.
    page.locator("#alinea-1-a").focus()
    page.keyboard.press("ArrowRight")
    assert page.locator("#alinea-1-b").is_checked()
    assert page.locator("#alinea-2-a").is_checked()  # one's own text by default
    page.get_by_role("button", name="Samengevoegde tekst opslaan").focus()
    page.keyboard.press("Enter")
    verwacht = anders.replace("Afspraken volgen.", "Afspraken volgen per mail.")
    wait_for(lambda: Aantekening.objects.get(gesprek=gesprek).tekst == verwacht)
    page.get_by_text("De samengevoegde tekst is opgeslagen").wait_for()
    teksten = set(
        AantekeningVersie.objects.filter(aantekening__gesprek=gesprek).values_list(
            "tekst", flat=True
        )
    )
    assert {anders, mijn, verwacht} <= teksten
    assert editor.input_value() == verwacht
