"""Locust users for benchmarks/run.py: each simulated person has signed-in sessions (team
member, coordinator, contact) and visits the planned pages in random order, with 1-3 s of
thinking between pages. Redirects are not followed: a page that sends a signed-in user to
the sign-in page counts as an error, not as a fast page."""

import json
import os
import random
import re
import time
from html.parser import HTMLParser
from itertools import count

from locust import HttpUser, between

PLAN = json.loads(open(os.environ["BENCH_PLAN"]).read())  # noqa: SIM115
_volgnummer = count()


class FormulierLezer(HTMLParser):
    """The fields of the first POST form on a page: inputs, selects, textareas."""

    def __init__(self):
        super().__init__()
        self.in_form = False
        self.klaar = False
        self.velden = []  # (tag, attrs)
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
        if tag == "form" and not self.klaar and (a.get("method") or "").lower() == "post":
            self.in_form = True
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
            self.in_form, self.klaar = False, True


HONEYPOT = re.compile(r"website|homepage|url|fax|honing|honey|bijnaam", re.I)


def invullen(html: str, rng: random.Random, domein: str) -> dict:
    """Plausible values for every field of the request form; honeypots stay empty."""
    lezer = FormulierLezer()
    lezer.feed(html)
    data: dict = {}
    n = next(_volgnummer)
    for tag, a in lezer.velden:
        naam = a.get("name")
        if not naam:
            continue
        soort = (a.get("type") or "text").lower()
        if soort == "hidden":
            data[naam] = a.get("value", "")
        elif HONEYPOT.search(naam) or a.get("tabindex") == "-1":
            data[naam] = ""
        elif soort == "checkbox":
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
    return data


class Bezoeker(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.ident = PLAN["identiteiten"][next(_volgnummer) % len(PLAN["identiteiten"])]
        self.rng = random.Random()

    def _cookies(self, rol):
        self.client.cookies.clear()
        if rol == "anoniem":
            return {}
        return {PLAN["cookie"]: self.ident["sessies"][rol]}

    def _get(self, pagina):
        url = self.rng.choice(self.ident["urls"][pagina["naam"]])
        with self.client.get(
            url,
            name=pagina["naam"],
            cookies=self._cookies(pagina["rol"]),
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code not in pagina["verwacht"]:
                r.failure(f"{r.status_code} {r.headers.get('Location', '')}")
            return r

    def _post(self, pagina):
        url = self.rng.choice(self.ident["urls"][pagina["naam"]])
        self.client.cookies.clear()
        form = self.client.get(url, name=pagina["naam"].replace("POST", "GET (voor POST)"))
        csrf = form.cookies.get(PLAN["csrf_cookie"]) or self.client.cookies.get(PLAN["csrf_cookie"])
        data = invullen(form.text, self.rng, PLAN["form_domein"])
        wacht = float(os.environ.get("BENCH_FORM_WACHT", "0"))
        if wacht:
            time.sleep(wacht)  # a form that refuses too-fast submits (spam check)
        self.client.cookies.clear()
        with self.client.post(
            url,
            data=data,
            name=pagina["naam"],
            cookies={PLAN["csrf_cookie"]: csrf} if csrf else {},
            # Each submit from another address behind the (trusted) proxy: 50 visitors, not
            # one, so the per-address limit runs its query but does not refuse.
            headers={
                "Referer": self.host + url,
                "X-Forwarded-For": f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
            },
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code not in pagina["verwacht"]:
                fout = re.findall(r'class="[^"]*(?:fout|error)[^"]*"[^>]*>([^<]{0,120})', r.text)
                r.failure(f"{r.status_code}: {fout[:3]}")


def _taak(pagina):
    def taak(user):
        if pagina["methode"] == "post":
            user._post(pagina)
        else:
            user._get(pagina)

    taak.__name__ = pagina["naam"]
    return taak


Bezoeker.tasks = [_taak(p) for p in PLAN["paginas"]]
