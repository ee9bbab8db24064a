"""Fixed names and numbers of the generated base data (organisations, accounts, requests)."""

import hashlib

from spiegel import demodata

REFERENTIE_PREFIX = "GEN-"
GEN_DOMEIN = "gen.spiegel.example"
GEN_WACHTWOORD = "spiegel-bench-2026"  # noqa: S105 - benchmark accounts only, see module doc

# Per unit of scale (scale 1.0 = the reference volume).
BASIS = {
    "organisaties": 300,
    "spiegels": 1500,
    "extra_aanvragen": 300,  # requests that never became a Spiegel (inbox, declined)
    "teamleden": 30,
    "coordinatoren": 4,
}
# Per Spiegel: independent of scale, so a page's data per Spiegel is realistic at any scale.
KERNVRAGEN_PER_SPIEGEL = 3

PREFIXEN = [
    "Zand", "Heide", "Beek", "Berg", "Eiken", "Linde", "Wester", "Ooster", "Noorder", "Zuider",
    "Hoog", "Laag", "Oud", "Nieuw", "Groen", "Moer", "Vlier", "Wilg", "Bos", "Kreek", "Polder",
    "Klaver", "Brem", "Hazel", "Meidoorn", "Riet", "Vlas", "Haver", "Rogge", "Esch", "Dorre",
    "Sterre", "Molen", "Kasteel", "Vijver", "Weide", "Duin", "Schelp", "Gaast", "Ellen",
]  # fmt: skip
SUFFIXEN = [
    "dam", "dijk", "hoven", "wijk", "veen", "dorp", "horst", "loo", "zande", "beek", "meer",
    "broek", "stede", "rade", "hem", "woude", "sloot", "lo", "kamp", "berg",
]  # fmt: skip
STREKEN = [
    "Heuvelland", "Waterland", "Veenkoloniën-Zuid", "Kempenrand", "Duinstreek", "Maasvallei",
    "Bosrand", "Polderland", "Eemvallei", "Lingestreek", "IJsselkant", "Vechtdal-West",
    "Zeekust", "Heidekwartier", "Rivierenhof", "Dijkland", "Vaartland", "Lindeland",
]  # fmt: skip
PROVINCIES = [
    "Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
]  # fmt: skip
VOORNAMEN = [
    "Anouk", "Bas", "Chantal", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen",
    "Karin", "Lars", "Maaike", "Niels", "Olga", "Pim", "Roos", "Sem", "Tessa", "Umut", "Vera",
    "Wouter", "Yara", "Zeynep", "Bram", "Lieke", "Mohamed", "Sanne", "Thijs", "Nadia",
]  # fmt: skip
ACHTERNAMEN = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Kaya", "Yilmaz", "El Idrissi", "van Dijk", "Koster",
]  # fmt: skip
FUNCTIES = [
    "Teamleider Werk en Inkomen", "Beleidsadviseur sociaal domein", "Manager dienstverlening",
    "Afdelingshoofd Werk en Inkomen", "Directeur sociaal domein", "Kwaliteitsmedewerker",
]  # fmt: skip


def bronnen() -> dict:
    """Texts of the intake demo content that generated requests recombine."""
    return {
        "contexten": [a["context"] for a in demodata.AANVRAGEN],
        "vragen": [v for a in demodata.AANVRAGEN for v in a["vragen"]],
        "delen": [a["delen"] for a in demodata.AANVRAGEN if a["delen"]],
        "gesprekspartners": [a["gesprekspartners"] for a in demodata.AANVRAGEN],
        "periodes": [a["periode"] for a in demodata.AANVRAGEN if a["periode"]],
        "intakeverslagen": [a["intakeverslag"] for a in demodata.AANVRAGEN if a["intakeverslag"]],
    }


def aantal(basis: int, schaal: float) -> int:
    return max(1, round(basis * schaal))


def organisatienamen() -> dict[str, list[str]]:
    """The fixed universe of generated organisation names, per kind (demo names excluded)."""
    demo = {o["naam"] for o in demodata.ORGANISATIES} | {
        "Gemeente Spiegelstad",
        "Gemeente Rivierdal",
        "Gemeente Oeverwijk",
        "Gemeente Dijkhoven",
        "Gemeente Heideveen",
        "Gemeente Zeedorp",
    }
    gemeenten = [
        f"Gemeente {p}{s}" for p in PREFIXEN for s in SUFFIXEN if f"Gemeente {p}{s}" not in demo
    ]
    return {
        "gemeente": gemeenten,
        "werkbedrijf": [f"Werkbedrijf {s}" for s in STREKEN],
        "regio": [f"Regio {s}" for s in STREKEN],
    }


def aangevuld(namen: list[str], n: int) -> list[str]:
    """At least n distinct names: the list itself, then numbered variants ("... 2", "... 3")
    for a scale whose organisations outnumber the fixed universe of names."""
    uit, ronde = list(namen), 2
    while len(uit) < n:
        uit += [f"{naam} {ronde}" for naam in namen]
        ronde += 1
    return uit


def totp_sleutel(email: str) -> str:
    """A fixed TOTP secret per generated account, so a person can sign in with it."""
    return hashlib.sha256(f"spiegel-gen-totp:{email}".encode()).hexdigest()[:40]
