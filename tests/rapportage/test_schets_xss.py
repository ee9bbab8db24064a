"""XSS: 50 payloads saved in sections (title and Markdown) and in quotes and observations;
none survives into any rendered page of the schets (team pages, conflict screen, versions,
preview, picker, the contact's wederhoor page)."""

from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from rapportage.constants import SchetsStatus
from rapportage.markdown import render
from tests.factories.rapportage import CitaatFactory, WaarnemingFactory, schets_in_status
from tests.factories.spiegel import UserFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    # script
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>/*</script><script>alert(1)//*/</script>",
    '"><script>alert(1)</script>',
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "```\n</code></pre><script>alert(1)</script>\n```",
    '<noscript><p title="</noscript><script>alert(1)</script>">',
    # event handlers
    "<img src=x onerror=alert(1)>",
    '<body onload="alert(1)">',
    '<div onmouseover="alert(1)">hover</div>',
    '<a href="#" onclick="alert(1)">klik</a>',
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<p style="x" onpointerenter="alert(1)">p</p>',
    '<marquee onstart="alert(1)">m</marquee>',
    '<span class="x" onanimationstart="alert(1)">s</span>',
    # javascript: URLs
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](javascript&#58;alert(1))",
    "[klik]( javascript:alert(1))",
    '<a href="javascript:alert(1)">a</a>',
    "[klik](vbscript:msgbox(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![plaatje](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref]: javascript:alert(1)\n\n[klik][ref]",
    # hx-* attributes
    '<div hx-get="/admin/" hx-trigger="load">x</div>',
    '<button hx-post="/schets/1/definitief/" hx-trigger="load">b</button>',
    '<span hx-on:click="alert(1)">s</span>',
    '<p hx-on::load="alert(1)">p</p>',
    '<div data-hx-get="/admin/" data-hx-trigger="load">d</div>',
    '<a hx-boost="true" href="/admin/">a</a>',
    '<form hx-post="/logout/"><button>b</button></form>',
    '<div hx-vals=\'{"x": "y"}\' hx-post="/">v</div>',
    '<span class="x" hx-swap-oob="true" id="inhoud">weg</span>',
    '<mark class="toon" hx-get="/" hx-trigger="every 1s">m</mark>',
    # SVG and other embedded content
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><animate onbegin="alert(1)" attributeName="x"/></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<base href="javascript:/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
]

FORBIDDEN_TAGS = {
    "svg", "math", "iframe", "object", "embed", "style", "base", "video", "source",
    "marquee", "details", "noscript", "animate",
}  # fmt: skip
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "content"}


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.in_script = False
        self.script_text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self.in_script = tag == "script"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.script_text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    return c


def dangerous(html: str, baseline_hx: set) -> list[str]:
    c = parse(html)
    problems = [f"inline script: {t[:60]}" for t in c.script_text]
    for tag, attrs in c.tags:
        if tag in FORBIDDEN_TAGS:
            problems.append(f"tag <{tag}>")
        if tag in ("script", "img") and not (dict(attrs).get("src") or "").startswith("/static/"):
            problems.append(f"<{tag} {attrs}>")  # only the app's own logo and scripts
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                problems.append(f"<{tag} {name}>")
            squashed = "".join(ch for ch in value.lower() if ch > " ")
            if name in URL_ATTRS and squashed.startswith(("javascript:", "vbscript:", "data:")):
                problems.append(f"<{tag} {name}={value[:40]}>")
            if name == "hx-headers" and tag == "body":
                continue  # the CSRF header of base.html
            if (name.startswith(("hx-", "data-hx-")) and (name, value) not in baseline_hx) or (
                name == "id" and value == "inhoud" and tag != "main"
            ):
                problems.append(f"<{tag} {name}={value[:40]}>")
    return problems


def hx_attributes(html: str) -> set:
    return {
        (n, v or "")
        for _t, attrs in parse(html).tags
        for n, v in attrs
        if n.startswith(("hx-", "data-hx-"))
    }


def test_there_are_fifty_payloads_of_every_kind():
    assert len(PAYLOADS) == 50
    joined = "\n".join(PAYLOADS).lower()
    for kind in ("<script", "onerror", "javascript:", "hx-", "<svg"):
        assert kind in joined


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_render_removes_the_payload(payload):
    html = render(payload)
    assert dangerous(html, set()) == [], html


def test_no_payload_survives_into_any_rendered_page(login):
    schets = schets_in_status(SchetsStatus.WEDERHOOR)
    spiegel = schets.spiegel
    team = spiegel.team.first()
    contact = UserFactory(contact=True, organisatie=spiegel.organisatie)
    team_client = login(team)
    sectie = schets.secties.get(sleutel="krachten")

    def pages():
        args = [spiegel.pk]
        yield team_client.get(reverse("rapportage:schets", args=args))
        yield team_client.get(reverse("rapportage:sectie", args=[*args, sectie.pk]))
        yield team_client.get(reverse("rapportage:versies", args=args))
        last = schets.versies.order_by("-nummer").first().nummer
        yield team_client.get(reverse("rapportage:vergelijk", args=args), {"a": 1, "b": last})
        yield team_client.get(reverse("rapportage:kiezer", args=args))
        yield team_client.post(
            reverse("rapportage:voorbeeld", args=[*args, sectie.pk]),
            {"tekst": sectie_tekst},
            headers={"HX-Request": "true"},
        )
        yield login(contact, Client()).get(reverse("rapportage:wederhoor", args=args))
        # the conflict screen shows both raw texts
        yield team_client.post(
            reverse("rapportage:sectie", args=[*args, sectie.pk]),
            {"titel": "x", "tekst": sectie_tekst, "basis": 0},
        )

    sectie_tekst = ""
    baseline = {}
    for i, response in enumerate(pages()):
        baseline[i] = hx_attributes(response.content.decode())

    refs = []
    for i, payload in enumerate(PAYLOADS):
        c = CitaatFactory(spiegel=spiegel, tekst=f"{payload} {i}", rol=payload, met_functie=True)
        w = WaarnemingFactory(spiegel=spiegel, tekst=payload)
        refs.append(f"[[citaat:{c.pk}:functie]]\n\n[[waarneming:{w.pk}]]")
    sectie_tekst = "\n\n".join(f"{p}\n\n{r}" for p, r in zip(PAYLOADS, refs, strict=True))
    sectie.refresh_from_db()
    response = team_client.post(
        reverse("rapportage:sectie", args=[spiegel.pk, sectie.pk]),
        {"titel": PAYLOADS[0] + PAYLOADS[10], "tekst": sectie_tekst, "basis": sectie.versie},
    )
    assert response.status_code == 302
    for payload in PAYLOADS[:5]:
        schets.secties.create(
            sleutel=f"x{len(payload)}{payload[:3]}", titel=payload[:200], volgorde=99
        )

    for i, response in enumerate(pages()):
        html = response.content.decode()
        assert response.status_code in (200, 409), (i, response.status_code)
        assert "alert(1)" in html or i == 2, i  # the payloads are there, as text
        assert dangerous(html, baseline[i]) == [], i


def test_reference_regex_keeps_two_groups_for_findall_users():
    from rapportage.markdown import REFERENCE_RE, references

    text = "[[citaat:3:functie]] en [[waarneming:7]] en [[citaat:4:anoniem]]"
    assert REFERENCE_RE.findall(text) == [("citaat", "3"), ("waarneming", "7"), ("citaat", "4")]
    assert references(text) == {"citaat": {3, 4}, "waarneming": {7}}
