"""Default capture templates for fieldwork sessions (pure Python data, no Django imports).

One template per session kind:

- ``INTERVIEWLEIDRAAD`` (kind "interview"): dict bouwsteen slug -> list of questions, plus the
  keys "opening" and "afsluiting". Questions are addressed to the people a Spiegel usually
  speaks to (teamleiders, klantmanagers, consulenten, directeuren, wethouders). Where a
  question is meant for one role only, the role is given in brackets at the start.
- ``GROEPSGESPREK`` (kind "groepsgesprek"): the rounds of a group conversation, as a list of
  ``{titel, vraag, minuten}``.
- ``MEELOOPRONDE`` (kind "meeloopronde"): the observation grid, a list of ``{kop, toelichting}``.
- ``DOCUMENTSTUDIE`` (kind "documentstudie"): the reading note, a list of ``{kop, toelichting}``.

``als_markdown(kind)`` turns a template into a Markdown skeleton that pre-fills the notes of a
new session of that kind. Teams may copy and edit the templates per Spiegel; these are the
defaults the catalogue starts from.

The questions are written for this application, inspired by the discussion questions of the
Divosa bundle "Een radicale omkering in het sociaal domein"; they are not quotations.
"""

SOORTEN = ("interview", "groepsgesprek", "meeloopronde", "documentstudie")

INTERVIEWLEIDRAAD = {
    "opening": [
        "Wil je kort vertellen wat je rol is en hoe lang je hier al werkt?",
        "Wat maakt dat je dit werk doet? Waar was je de afgelopen tijd trots op?",
        "Hoe zou je deze organisatie beschrijven aan iemand die hier morgen begint?",
    ],
    "aandacht-uitvoering": [
        "Hoe weet de leiding wat er op de werkvloer speelt? Heb je een recent voorbeeld?",
        "Welke regels of werkprocessen helpen je om inwoners goed te helpen, en welke zitten "
        "vooral in de weg?",
        "Wanneer is beleid voor het laatst bijgesteld naar aanleiding van signalen uit de "
        "uitvoering? Hoe ging dat?",
        "Waar gaat het in de details mis, ook als de grote lijn wel klopt?",
    ],
    "balans": [
        "Hoe breng je in je werk de wet- en regelgeving en de menselijke maat bij elkaar?",
        "Vertel eens over een situatie waarin je tegelijk streng en betrokken moest zijn. Hoe "
        "pakte dat uit?",
        "Waar leg je een lastige afweging neer: bij jezelf, in het team of in een casusoverleg?",
        "Wie kijkt er mee als het ingewikkeld wordt, bijvoorbeeld handhaving, een jurist of "
        "het wijkteam? Wat levert die andere blik op?",
    ],
    "burger": [
        "Hoe kom je erachter wat een inwoner werkelijk nodig heeft, voorbij de eerste vraag?",
        "Hoeveel ruimte is er voor maatwerk, bijvoorbeeld met een maatwerkbudget of een "
        "afwijking van de standaard? Hoe werkt dat in de praktijk?",
        "Wat horen jullie van inwoners over bereikbaarheid en bejegening?",
        "Hoe pakken jullie het aan wanneer werk, schulden, zorg en opvoeding tegelijk spelen?",
    ],
    "duidelijkheid": [
        "Kun je in een paar zinnen zeggen waar jullie als organisatie voor staan, en waar niet "
        "voor?",
        "Welke werkafspraken zijn helder voor iedereen, en waar hangt het af van wie je treft?",
        "Weten partners zoals het wijkteam of de schuldhulpverlening wat ze van jullie kunnen "
        "verwachten?",
        "Welke cijfers en verantwoording lever je aan? Helpt die informatie jou ook in je werk?",
    ],
    "duurzaamheid": [
        "Wat is er de afgelopen jaren blijvend opgebouwd, en wat kwam en ging weer?",
        "Hoe stabiel zijn leiding en bezetting? Wat doen wisselingen met het werk en met inwoners?",
        "Welke pilots of projecten zijn onderdeel geworden van het gewone werk, en welke niet?",
        "Waar kiezen jullie bewust voor de lange termijn, ook als dat nu tijd of geld kost?",
    ],
    "professional": [
        "Welke eigenschappen maken volgens jou het verschil tussen een goede en een heel "
        "goede professional in dit werk?",
        "Hoe wordt er in jouw ontwikkeling geïnvesteerd: opleiding, intervisie, persoonlijke "
        "aandacht?",
        "Hoeveel ruimte krijg je voor een eigen professioneel oordeel, en durf je die ook te "
        "nemen?",
        "Wat zou je helpen om je werk nog beter te doen?",
        "(Leidinggevende) Hoe houd je de energie in je team vast als de werkdruk hoog is, en "
        "hoe ga je om met collega's die niet mee willen bewegen?",
    ],
    "politiek-bestuur": [
        "Hoe is het contact tussen de uitvoering en de wethouder? Hoe vaak spreken jullie "
        "elkaar en waarover?",
        "Hoe wordt de gemeenteraad meegenomen in wat er in de uitvoering gebeurt?",
        "Wat gebeurt er wanneer een incident in de krant of in de raad komt?",
        "(Wethouder) Welke koers heeft het college uitgezet, en hoe houdt u die vast als het "
        "tegenzit?",
    ],
    "rugdekking": [
        "Wat gebeurt er als je een afweging maakt die achteraf anders uitpakt dan gehoopt?",
        "Voel je je gesteund als je afwijkt van de standaard? Waaraan merk je dat?",
        "Hoe laten professionals de leiding weten wat beleid in de praktijk teweegbrengt?",
        "(Leidinggevende) Hoe vang je de klap op voor je team, en wie doet dat voor jou?",
    ],
    "samenwerken": [
        "Met wie werk je het meest samen, binnen en buiten de organisatie? Wat gaat daarin goed?",
        "Hoe verloopt een casus waarin werk, schulden, jeugd en Wmo samenkomen? Wie pakt de regie?",
        "Waar merk je dat afdelingen of organisaties langs elkaar heen werken?",
        "Welke partner zou je graag nauwer betrekken, en wat houdt dat nu tegen?",
    ],
    "afsluiting": [
        "Als je terugkijkt op dit gesprek: waar staan jullie nu, in een paar woorden?",
        "En waar zou je over twee jaar willen staan? Wat is de eerste stap daarheen?",
        "Is er iets wat we niet gevraagd hebben, maar wel zouden moeten weten?",
        "Mogen we iets wat je zei als citaat gebruiken? Zo ja: anoniem of met je functie?",
    ],
}

GROEPSGESPREK = [
    {
        "titel": "Welkom en afspraken",
        "vraag": (
            "Waarom zijn we hier, wat gebeurt er met wat gezegd wordt, en wie wil niet geciteerd "
            "worden?"
        ),
        "minuten": 10,
    },
    {
        "titel": "Kennismaken",
        "vraag": "Wie ben je, wat doe je, en op welk moment in je werk was je onlangs trots?",
        "minuten": 15,
    },
    {
        "titel": "Wat gaat goed",
        "vraag": "Wat staat er stevig in jullie werk? Waar kunnen inwoners op rekenen?",
        "minuten": 20,
    },
    {
        "titel": "Waar lopen jullie tegenaan",
        "vraag": (
            "Welke situaties kosten veel energie? Neem een recente casus als voorbeeld en "
            "vertel wat er gebeurde."
        ),
        "minuten": 25,
    },
    {
        "titel": "Wat helpt, wat hindert",
        "vraag": (
            "Welke regels, afspraken, systemen of mensen helpen je het goede te doen, en welke "
            "zitten in de weg?"
        ),
        "minuten": 20,
    },
    {
        "titel": "Boodschap aan leiding en bestuur",
        "vraag": (
            "Als de directeur en de wethouder nu binnenliepen: wat zou je ze willen meegeven?"
        ),
        "minuten": 10,
    },
    {
        "titel": "Waar staan we, waar willen we heen",
        "vraag": (
            "Geef in één zin aan waar jullie nu staan, en in één zin waar je over twee jaar wilt "
            "zijn."
        ),
        "minuten": 15,
    },
    {
        "titel": "Afronding",
        "vraag": "Wat neem je mee uit dit gesprek? Is er nog iets blijven liggen?",
        "minuten": 5,
    },
]

MEELOOPRONDE = [
    {
        "kop": "Wat zie je",
        "toelichting": (
            "Beschrijf zo feitelijk mogelijk wat er gebeurt: de plek, de mensen, het verloop, "
            "de systemen en formulieren die gebruikt worden. Nog geen oordeel of verklaring."
        ),
    },
    {
        "kop": "Wat zeggen mensen",
        "toelichting": (
            "Wat zeggen professionals, collega's en inwoners, tegen elkaar en tegen jou? Noteer "
            "letterlijke uitspraken tussen aanhalingstekens met de rol van de spreker, en vraag "
            "later of het citaat gebruikt mag worden."
        ),
    },
    {
        "kop": "Wat helpt",
        "toelichting": (
            "Wat maakt dat het werk lukt: afspraken, korte lijnen, een collega, een handig "
            "hulpmiddel, ruimte om af te wijken?"
        ),
    },
    {
        "kop": "Wat hindert",
        "toelichting": (
            "Waar loopt het vast of kost het onnodig veel tijd: regels, systemen, wachttijden, "
            "onduidelijke verantwoordelijkheden?"
        ),
    },
    {
        "kop": "Vragen voor later",
        "toelichting": (
            "Wat wil je navragen in een interview of groepsgesprek, of terugzien in de documenten?"
        ),
    },
]

DOCUMENTSTUDIE = [
    {
        "kop": "Document",
        "toelichting": "Titel, soort stuk (beleidsnota, rapportage, cijfers), datum en afzender.",
    },
    {
        "kop": "Kernboodschap",
        "toelichting": "Wat wil het stuk zeggen of regelen, in twee of drie zinnen?",
    },
    {
        "kop": "Wat valt op",
        "toelichting": (
            "Wat springt eruit: keuzes, cijfers, ontwikkelingen, wat er opvallend niet in staat, "
            "de toon?"
        ),
    },
    {
        "kop": "Relatie met de kernvragen",
        "toelichting": "Welke kernvragen raakt dit stuk, en wat draagt het bij aan een antwoord?",
    },
    {
        "kop": "Vragen voor de gesprekken",
        "toelichting": (
            "Wat willen we toetsen bij de mensen die het werk doen? Klopt wat op papier staat met "
            "wat er in de praktijk gebeurt?"
        ),
    },
]

_TITELS = {
    "interview": "Interview",
    "groepsgesprek": "Groepsgesprek",
    "meeloopronde": "Meeloopronde",
    "documentstudie": "Documentstudie",
}

_KOPREGELS = {
    "interview": ["Datum", "Plaats", "Gesprekspartner(s), rol", "Aanwezig namens Divosa"],
    "groepsgesprek": ["Datum", "Plaats", "Deelnemers (rollen, aantal)", "Aanwezig namens Divosa"],
    "meeloopronde": ["Datum", "Plaats", "Met wie (rol)", "Aanwezig namens Divosa"],
    "documentstudie": ["Datum", "Gelezen door"],
}


def _bouwsteen_namen():
    """Map bouwsteen slug -> name, from the catalogue, in catalogue order."""
    from spiegel.catalogus import BOUWSTENEN  # imported late: keeps this module standalone

    return {b["slug"]: b["naam"] for b in sorted(BOUWSTENEN, key=lambda b: b["volgorde"])}


def _vragen(vragen):
    """Render questions as quoted lines, each followed by room for notes."""
    regels = []
    for vraag in vragen:
        regels += [f"> {vraag}", "", "- ", ""]
    return regels


def als_markdown(kind, titel="", bouwstenen=None, kernvragen=None):
    """Return a Markdown skeleton that pre-fills the notes of a session of this kind.

    ``kind`` is one of ``SOORTEN``. ``titel`` names the session in the heading. For interviews,
    ``bouwstenen`` (a list of slugs) limits the guide to those bouwstenen, in catalogue order;
    by default all are included. ``kernvragen`` (a list of strings) is listed at the top so
    the notes can be linked to them. Raises ``ValueError`` for an unknown kind.
    """
    if kind not in SOORTEN:
        raise ValueError(f"Onbekende soort sessie: {kind!r}")

    kop = f"# {_TITELS[kind]}" + (f": {titel}" if titel else "")
    regels = [kop, ""]
    regels += [f"- **{veld}:** " for veld in _KOPREGELS[kind]]
    if kind != "documentstudie":
        regels.append("- **Toestemming om te citeren:** gevraagd / gegeven / geweigerd")
    regels.append("")

    if kernvragen:
        regels += ["## Kernvragen", ""]
        regels += [f"{nummer}. {vraag}" for nummer, vraag in enumerate(kernvragen, start=1)]
        regels.append("")

    if kind == "interview":
        namen = _bouwsteen_namen()
        gekozen = [slug for slug in namen if bouwstenen is None or slug in bouwstenen]
        regels += ["## Opening", ""] + _vragen(INTERVIEWLEIDRAAD["opening"])
        for slug in gekozen:
            regels += [f"## {namen[slug]}", ""] + _vragen(INTERVIEWLEIDRAAD[slug])
        regels += ["## Afsluiting", ""] + _vragen(INTERVIEWLEIDRAAD["afsluiting"])
    elif kind == "groepsgesprek":
        for nummer, ronde in enumerate(GROEPSGESPREK, start=1):
            regels += [
                f"## Ronde {nummer}: {ronde['titel']} ({ronde['minuten']} min.)",
                "",
                f"> {ronde['vraag']}",
                "",
                "- ",
                "",
            ]
    else:
        onderdelen = MEELOOPRONDE if kind == "meeloopronde" else DOCUMENTSTUDIE
        for onderdeel in onderdelen:
            regels += [f"## {onderdeel['kop']}", "", f"_{onderdeel['toelichting']}_", "", "- ", ""]

    regels += [
        "## Eerste indrukken",
        "",
        "_Krachten, aandachtspunten en dilemma's die opvallen; leg ze vast als waarneming._",
        "",
        "- ",
        "",
    ]
    return "\n".join(regels).rstrip() + "\n"
