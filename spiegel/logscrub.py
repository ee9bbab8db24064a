"""A logging filter that keeps secrets and confidential text out of every log line.

Attached to the handlers in settings, so it sees records from every logger:
- values of passwords, tokens, session ids, CSRF tokens, OTP codes and authorisation
  headers are replaced by `[verborgen]`, in any `key=value`, `key: value` or JSON form;
- SQL logged by `django.db.backends` loses its statement and parameters (the statement
  psycopg logs has the parameters filled in, and those can be notes or names);
- an exception keeps its type and traceback but loses its message, which can quote data
  (a database error's DETAIL line quotes the row; a ValueError may quote what was typed),
  also when it is passed as an argument of the message.
"""

import logging
import re
import traceback

VERBORGEN = "[verborgen]"

_GEVOELIG = (
    r"(?:[\w-]*password[\w-]*|passwd|wachtwoord|[\w-]*token[\w-]*|secret|api[_-]?key|"
    r"sessionid|__host-sessionid|session[_-]?key|csrftoken|__host-csrftoken|"
    r"csrfmiddlewaretoken|authorization|cookie|set-cookie|otp[\w-]*)"
)
_PATRONEN = [
    # Authorization headers: everything after the name (scheme and credentials)
    re.compile(r"(?i)(?P<kop>\b(?:proxy-)?authorization\b\s*[=:]\s*)[^\r\n'\"]+"),
    re.compile(r"(?i)(?P<kop>\b(?:Bearer|Basic)\s+)[\w.~+/-]+=*"),
    # JSON / Python reprs: "password": "x"  or 'password': 'x'
    re.compile(
        r"""(?i)(?P<kop>["']""" + _GEVOELIG + r"""["']\s*:\s*)(?P<q>["'])(?:(?!(?P=q)).)*(?P=q)"""
    ),
    # key=value (query strings, cookies, form bodies) and key: value (headers)
    re.compile(r"(?i)(?P<kop>\b" + _GEVOELIG + r"\b\s*[=:]\s*)[^\s&;,'\"]+"),
]


def scrub(text: str) -> str:
    for patroon in _PATRONEN:
        if "q" in patroon.groupindex:
            text = patroon.sub(lambda m: f"{m['kop']}{m['q']}{VERBORGEN}{m['q']}", text)
        else:
            text = patroon.sub(lambda m: f"{m['kop']}{VERBORGEN}", text)
    return text


def exception_zonder_inhoud(exc_info) -> str:
    """The traceback of an exception (and its causes) with types, files and lines, but
    without the messages."""
    _, exc, _ = exc_info
    regels: list[str] = []
    gezien = set()
    while exc is not None and id(exc) not in gezien:
        gezien.add(id(exc))
        deel = ["Traceback (most recent call last):\n"]
        deel += traceback.format_tb(exc.__traceback__)
        deel.append(f"{type(exc).__module__}.{type(exc).__qualname__}: {VERBORGEN}\n")
        regels = deel + (["\n(veroorzaakt door het volgende)\n"] if regels else []) + regels
        exc = exc.__cause__ or exc.__context__
    return "".join(regels).rstrip("\n")


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("django.db.backends") and record.levelno < logging.INFO:
            duration = getattr(record, "duration", None)
            record.msg = "(%s) SQL %s; alias=%s"
            record.args = (
                f"{duration:.3f}" if isinstance(duration, int | float) else "?",
                VERBORGEN,
                getattr(record, "alias", "?"),
            )
            for attr in ("sql", "params"):
                if hasattr(record, attr):
                    setattr(record, attr, VERBORGEN)
            return True
        # An exception passed as an argument ("failed (%s)", exc) shows only its type.
        if isinstance(record.args, tuple):
            record.args = tuple(
                f"{type(a).__name__}: {VERBORGEN}" if isinstance(a, BaseException) else a
                for a in record.args
            )
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = exception_zonder_inhoud(record.exc_info)
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        # The request object (django.request) must not reach a handler that prints bodies.
        if hasattr(record, "request"):
            record.request = None
        return True
