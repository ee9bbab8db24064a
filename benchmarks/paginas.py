"""The pages the load benchmark visits: for each, candidate URL names (the first that exists
wins), the role that opens it, what its URL needs and a query string."""

from __future__ import annotations

from dataclasses import dataclass

ZOEKTERMEN = [
    "klantmanager",
    "schuldhulp",
    "wachttijd",
    "vertrouwen",
    "casusoverleg",
    "maatwerk",
    "teamleider",
    "handhaving",
    "wijkteam",
    "werkdruk",
    "inwoners",
    "regels ruimte",
]
BENCH_FORM_DOMEIN = "formulier.bench.example"


@dataclass
class Pagina:
    """A page to load: candidate URL names (the first that exists wins), the role that
    opens it, what its URL needs, and a query string."""

    naam: str
    urlnamen: list[str]
    rol: str  # anoniem | teamlid | coordinator | contact
    arg: str | None = None  # None | "spiegel" | "aanvraag"
    query: object = None  # callable(rng) -> "?..." or None
    methode: str = "get"
    verwacht: tuple = (200,)
    gevonden: str | None = None


def _filters(rng):
    from spiegel.models import Bouwsteen

    pks = list(Bouwsteen.objects.filter(actief=True).values_list("pk", flat=True))
    soort = rng.choice(["kracht", "aandachtspunt", "dilemma"])
    return f"?soort={soort}&bouwsteen={rng.choice(pks)}"


PAGINAS = [
    Pagina("vloer (/healthz/ping)", ["healthz_ping"], "anoniem"),
    Pagina("startpagina teamlid", ["spiegel:home"], "teamlid"),
    Pagina("startpagina coördinator", ["spiegel:home"], "coordinator"),
    Pagina("inbox coördinator", ["spiegel:inbox"], "coordinator"),
    Pagina("Spiegel-werkruimte", ["gesprekken:spiegel"], "teamlid", arg="spiegel"),
    Pagina("Spiegel-overzicht (heatmap)", ["gesprekken:overzicht"], "teamlid", arg="spiegel"),
    Pagina("waarnemingen (alle)", ["gesprekken:waarnemingen"], "teamlid", arg="spiegel"),
    Pagina(
        "waarnemingen met filters",
        ["gesprekken:waarnemingen", "gesprekken:waarneming_lijst", "gesprekken:observaties"],
        "teamlid",
        arg="spiegel",
        query=_filters,
    ),
    Pagina(
        "zoeken",
        ["gesprekken:zoeken", "gesprekken:zoek"],
        "teamlid",
        arg="spiegel",
        query=lambda rng: f"?q={rng.choice(ZOEKTERMEN).replace(' ', '+')}",
    ),
    Pagina("schets-editor", ["rapportage:schets"], "teamlid", arg="spiegel"),
    Pagina("rode draden", ["rodedraden:overzicht"], "teamlid"),
    Pagina(
        "rode draden per jaar",
        ["rodedraden:overzicht"],
        "teamlid",
        query=lambda rng: f"?jaar={rng.choice([2024, 2025, 2026])}",
    ),
    Pagina("portaal contactpersoon", ["spiegel:portaal"], "contact"),
    Pagina("portaal aanvraag", ["spiegel:portaal_aanvraag"], "contact", arg="aanvraag"),
    Pagina(
        "aanvraagformulier GET",
        ["spiegel:aanvragen", "spiegel:aanvraag_nieuw", "spiegel:formulier"],
        "anoniem",
    ),
    Pagina(
        "aanvraagformulier POST",
        ["spiegel:aanvragen", "spiegel:aanvraag_nieuw", "spiegel:formulier"],
        "anoniem",
        methode="post",
        verwacht=(302, 303),
    ),
]
