"""Notes in Markdown to safe HTML: raw HTML off, headings shifted below the page's own <h1>,
then the shared allow-list sanitiser of `gesprekken.markdown`."""

import re

from gesprekken.markdown import render_markdown_unsafe, sanitise

_KOP = re.compile(r"<(/?)h([1-5])>")


def notities_html(tekst: str) -> str:
    html = render_markdown_unsafe(tekst)
    html = _KOP.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 4)}>", html)
    return sanitise(html)
