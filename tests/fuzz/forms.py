"""Reading the forms of a page, and building raw request bodies and query strings, for the
fuzz test. Raw bytes let the test send what a browser never would (broken UTF-8, lone
surrogates as their UTF-8 bytes), which the test client's own encoding would refuse."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes, urlsplit

TEXT_TYPES = {"text", "email", "search", "url", "tel", "", None}


@dataclass
class Field:
    name: str
    kind: str  # input type, "textarea" or "select"
    value: str = ""
    options: list = field(default_factory=list)


@dataclass
class Form:
    action: str
    method: str
    multipart: bool
    fields: list = field(default_factory=list)

    def names(self) -> list[str]:
        seen = []
        for f in self.fields:
            if f.name not in seen:
                seen.append(f.name)
        return seen

    def defaults(self) -> list[tuple[str, str]]:
        """What a browser would send for the untouched form (checked boxes, first option)."""
        pairs = []
        for f in self.fields:
            if f.kind in ("checkbox", "radio"):
                if f.value == "__checked__":
                    pairs.append((f.name, f.options[0] if f.options else "on"))
            elif f.kind == "select":
                if f.options:
                    pairs.append((f.name, f.options[0]))
            elif f.kind not in ("submit", "button", "file", "image", "reset"):
                pairs.append((f.name, f.value))
        return pairs


class FormParser(HTMLParser):
    def __init__(self, page_path: str):
        super().__init__(convert_charrefs=True)
        self.page_path = page_path
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._textarea: Field | None = None
        self._select: Field | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "option" and self._select is not None:
            if a.get("value") is not None:
                self._select.options.append(a["value"])
            return
        if tag == "form":
            action = a.get("action") or a.get("hx-post") or self.page_path
            path = urlsplit(action).path or self.page_path
            self._form = Form(
                action=path,
                method=(a.get("method") or ("post" if a.get("hx-post") else "get")).lower(),
                multipart="multipart" in (a.get("enctype") or ""),
            )
            self.forms.append(self._form)
            return
        if self._form is None or not a.get("name"):
            return
        if tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                value = "__checked__" if "checked" in a else ""
                self._form.fields.append(Field(a["name"], kind, value, [a.get("value", "on")]))
            else:
                self._form.fields.append(Field(a["name"], kind, a.get("value") or ""))
        elif tag == "textarea":
            self._textarea = Field(a["name"], "textarea")
            self._form.fields.append(self._textarea)
        elif tag == "select":
            self._select = Field(a["name"], "select")
            self._form.fields.append(self._select)
        elif tag == "button" and a.get("value") is not None:
            self._form.fields.append(Field(a["name"], "submit", a.get("value")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None



def forms_of(html: str, page_path: str) -> list[Form]:
    parser = FormParser(page_path)
    parser.feed(html)
    return parser.forms


def encode_pairs(pairs) -> bytes:
    """application/x-www-form-urlencoded from (name, value) pairs; a value may be bytes."""
    out = []
    for k, v in pairs:
        kb = k.encode() if isinstance(k, str) else k
        vb = v if isinstance(v, bytes) else v.encode("utf-8", "surrogatepass")
        out.append(quote_from_bytes(kb, safe="") + "=" + quote_from_bytes(vb, safe=""))
    return "&".join(out).encode("ascii")


def multipart_body(pairs, boundary="fuzzgrens") -> bytes:
    parts = []
    for k, v in pairs:
        vb = v if isinstance(v, bytes) else v.encode("utf-8", "surrogatepass")
        parts.append(
            b"--"
            + boundary.encode()
            + b"\r\nContent-Disposition: form-data; name=\""
            + k.encode()
            + b'"\r\n\r\n'
            + vb
            + b"\r\n"
        )
    parts.append(b"--" + boundary.encode() + b"--\r\n")
    return b"".join(parts)


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", _TAGS.sub(" ", html))
