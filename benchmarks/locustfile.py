"""Locust users for benchmarks/run.py: each simulated person has signed-in sessions (team
member, coordinator, contact) and visits the planned pages in random order, with 1-3 s of
thinking between pages. Redirects are not followed: a page that sends a signed-in user to
the sign-in page counts as an error, not as a fast page."""

import json
import os
import random
import time
from itertools import count

from formulier import foutmelding, invullen
from locust import HttpUser, between

PLAN = json.loads(open(os.environ["BENCH_PLAN"]).read())  # noqa: SIM115
_volgnummer = count()


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
        data = invullen(form.text, self.rng, PLAN["form_domein"], next(_volgnummer))
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
                r.failure(f"{r.status_code}: {foutmelding(r.text)}")


def _taak(pagina):
    def taak(user):
        if pagina["methode"] == "post":
            user._post(pagina)
        else:
            user._get(pagina)

    taak.__name__ = pagina["naam"]
    return taak


Bezoeker.tasks = [_taak(p) for p in PLAN["paginas"]]
