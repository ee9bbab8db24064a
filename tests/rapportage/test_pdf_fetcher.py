"""The PDF's static-only fetcher: a canary server proves that nothing from outside is
fetched or embedded, whatever the HTML or the schets's Markdown asks for."""

import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from rapportage import pdf
from tests.rapportage.pdf_helpers import (
    pdftotext_pages,
    private_storage_fixture,  # noqa: F401 (a fixture)
    render,
)

pytestmark = pytest.mark.django_db


# --- the fetcher: nothing from outside -------------------------------------------------


@pytest.fixture
def canary():
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()


HOSTILE = """
<img src="http://127.0.0.1:{port}/img.png">
<img src="https://127.0.0.1:{port}/img-https.png">
<div style="background: url(http://127.0.0.1:{port}/css-inline.png)">x</div>
<style>@import url(http://127.0.0.1:{port}/import.css); body {{ background: url('http://127.0.0.1:{port}/css.png') }}</style>
<link rel="stylesheet" href="http://127.0.0.1:{port}/link.css">
<link rel="attachment" href="file:///etc/passwd">
<a rel="attachment" href="file:///etc/passwd">bijlage</a>
<a rel="attachment" href="http://127.0.0.1:{port}/attachment.txt">bijlage 2</a>
<img src="file:///etc/passwd">
<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cimage href='http://127.0.0.1:{port}/svg.png'/%3E%3C/svg%3E">
<object data="http://127.0.0.1:{port}/object"></object><embed src="http://127.0.0.1:{port}/embed">
<iframe src="http://127.0.0.1:{port}/frame"></iframe>
<img src="/static/../../../../etc/passwd">
"""


def no_embedded_files(data: bytes, tmp_path) -> bool:
    path = tmp_path / "canary.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfdetach", "-list", str(path)], capture_output=True, check=True)
    return out.stdout.decode().startswith("0 embedded files")


def test_canary_raw_html_reaches_nothing_and_embeds_nothing(canary, tmp_path):
    port, hits = canary
    html = (
        '<!DOCTYPE html><html lang="nl"><head><title>Canary</title>'
        f'<link rel="stylesheet" href="{pdf.static_url("css/pdf.css")}"></head><body>'
        + HOSTILE.format(port=port)
        + "</body></html>"
    )
    data = pdf.render_pdf(html, title="Canary")
    assert hits == []
    assert no_embedded_files(data, tmp_path)
    assert "root:" not in "".join(pdftotext_pages(data))


def test_canary_through_the_schets_content_reaches_nothing(canary, tmp_path):
    port, hits = canary
    markdown = HOSTILE.format(port=port) + f"\n\n![beeld](http://127.0.0.1:{port}/md.png)\n\n"
    markdown += f"[link](http://127.0.0.1:{port}/link) [bestand](file:///etc/passwd)"
    data = render(tekst_extra=markdown)
    assert hits == []
    assert no_embedded_files(data, tmp_path)


def test_fetcher_serves_only_existing_static_files():
    content, mime = pdf.fetch_static(pdf.static_url("css/pdf.css"))
    assert mime == "text/css" and b"Noto Sans" in content
    for url in [
        "http://127.0.0.1/static/css/pdf.css",
        "https://example.org/static/css/pdf.css",
        "file:///etc/passwd",
        "data:text/plain,hallo",
        pdf.static_url("../../../etc/passwd"),
        pdf.static_url("css/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        pdf.static_url("css/bestaat-niet.css"),
        pdf.STATIC_ORIGIN + "/elders/pdf.css",
    ]:
        with pytest.raises(pdf.RefusedURL):
            pdf.fetch_static(url)
