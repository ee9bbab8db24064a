"""Fill in the public request form as a visitor would (used by the locust users; no locust
import here, so it can be tried out under Django)."""

import random
import re
from html.parser import HTMLParser


class FormulierLezer(HTMLParser):
    """The fields of the largest POST form on a page (the header's language switch is a POST
    form too): inputs, selects, textareas."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.formulieren = []  # the fields of each POST form: [(tag, attrs)]
        self.velden = []  # (tag, attrs) of the form being read
        self.select = None
        self.opties = {}
        self.datalist = None
        self.datalists = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "datalist":
            self.datalist = a.get("id")
            self.datalists[self.datalist] = []
        elif tag == "option" and self.datalist:
            self.datalists[self.datalist].append(a.get("value", ""))
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.in_form = True
            self.velden = []
        elif not self.in_form:
            return
        elif tag in ("input", "textarea"):
            self.velden.append((tag, a))
        elif tag == "select":
            self.select = a.get("name")
            self.velden.append((tag, a))
            self.opties[self.select] = []
        elif tag == "option" and self.select:
            self.opties[self.select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "datalist":
            self.datalist = None
        if tag == "select":
            self.select = None
        elif tag == "form" and self.in_form:
            self.in_form = False
            self.formulieren.append(self.velden)

    def grootste(self) -> list:
        return max(self.formulieren, key=len, default=[])


HONEYPOT = re.compile(r"website|homepage|url|fax|honing|honey|bijnaam", re.I)


def invullen(html: str, rng: random.Random, domein: str, n: int = 0) -> dict:
    """Plausible values for every field of the request form; honeypots stay empty."""
    lezer = FormulierLezer()
    lezer.feed(html)
    data: dict = {}
    groepen: dict[str, str] = {}  # checkbox name -> first value
    for tag, a in lezer.grootste():
        naam = a.get("name")
        if not naam:
            continue
        soort = (a.get("type") or "text").lower()
        if soort == "hidden":
            data[naam] = a.get("value", "")
        elif HONEYPOT.search(naam) or a.get("tabindex") == "-1":
            data[naam] = ""
        elif soort == "checkbox":
            groepen.setdefault(naam, a.get("value", "on"))
            if rng.random() < 0.6 or "akkoord" in naam or "privacy" in naam:
                data.setdefault(naam, [])
                data[naam].append(a.get("value", "on"))
        elif soort == "radio":
            data.setdefault(naam, a.get("value", ""))
        elif tag == "select":
            opties = [o for o in lezer.opties.get(naam, []) if o]
            if opties:
                data[naam] = rng.choice(opties)
        elif a.get("list") and lezer.datalists.get(a["list"]):
            data[naam] = rng.choice([o for o in lezer.datalists[a["list"]] if o])
        elif soort == "email" or "email" in naam:
            data[naam] = f"bench{n}@{domein}"
        elif "telefoon" in naam or soort == "tel":
            data[naam] = "030 123 45 67"
        elif soort in ("submit", "button", "file"):
            continue
        elif "vragen" in naam:
            data[naam] = "Hoe ervaren klantmanagers hun ruimte voor maatwerk?"
        elif tag == "textarea":
            data[naam] = "Wij willen graag weten hoe onze dienstverlening aansluit bij inwoners."
        else:
            data[naam] = "Benchmark Bezoeker"
    for naam, eerste in groepen.items():  # a group may be required: tick at least one
        data.setdefault(naam, [eerste])
    return data


def foutmelding(html: str) -> str:
    """The form's error summary as one line, for the benchmark's error report."""
    tekst = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    i = tekst.find("Pas het volgende aan")
    return tekst[i : i + 160] if i >= 0 else tekst[:160]
