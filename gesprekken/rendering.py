"""Notes in Markdown to safe HTML: raw HTML off, headings shifted below the page's own <h1>,
then the shared allow-list sanitiser (nh3) of rapportage.markdown."""

import re

from rapportage.markdown import _md, sanitise

_KOP = re.compile(r"<(/?)h([1-5])>")


def notities_html(tekst: str) -> str:
    html = _md.render(tekst or "")
    html = _KOP.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 4)}>", html)
    return sanitise(html)
