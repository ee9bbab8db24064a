"""Importing CBS's yearly list of municipalities (Gemeentelijke indeling op 1 januari).

The list shipped in spiegel/data/gemeenten.csv is loaded by a data migration; each new year
`manage.py import_gemeenten FILE` brings the table up to date: new municipalities are added,
renamed ones updated, and those that merged away are marked inactive (never deleted, since
old requests point at them).
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

BUNDLED_CSV = Path(__file__).resolve().parent / "data" / "gemeenten.csv"
CODE_RE = re.compile(r"^(?:GM)?(\d{1,4})$")


@dataclass(frozen=True)
class GemeenteRij:
    cbs_code: str
    naam: str
    provincie: str


class GemeentelijstFout(ValueError):
    pass


def normalise_code(raw: str) -> str:
    match = CODE_RE.match(raw.strip().upper())
    if not match:
        raise GemeentelijstFout(f"not a CBS municipality code: {raw!r}")
    return f"GM{int(match.group(1)):04d}"


def read_csv(path: Path) -> list[GemeenteRij]:
    """Read a CSV with columns for the code and the name (and optionally the province).

    Accepts the column names of our bundled file and of CBS's own download
    (GemeentecodeGM / Gemeentecode, Gemeentenaam, Provincienaam), comma or semicolon."""
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
    rows = list(csv.DictReader(text.splitlines(), dialect=dialect))
    if not rows:
        raise GemeentelijstFout("the file has no rows")
    keys = {k.lower().strip(): k for k in rows[0]}

    def pick(*names):
        for n in names:
            if n.lower() in keys:
                return keys[n.lower()]
        raise GemeentelijstFout(f"no column named any of {names}")

    code_col = pick("cbs_code", "GemeentecodeGM", "Gemeentecode")
    naam_col = pick("naam", "Gemeentenaam")
    try:
        prov_col = pick("provincie", "Provincienaam")
    except GemeentelijstFout:
        prov_col = None
    result = [
        GemeenteRij(
            cbs_code=normalise_code(r[code_col]),
            naam=r[naam_col].strip(),
            provincie=(r[prov_col].strip() if prov_col else ""),
        )
        for r in rows
        if r.get(code_col, "").strip()
    ]
    codes = [r.cbs_code for r in result]
    if len(set(codes)) != len(codes):
        raise GemeentelijstFout("the file lists a code twice")
    return result


def apply(organisatie_model, rows: list[GemeenteRij]) -> dict[str, int]:
    """Bring the municipalities in line with `rows`. Works with a historical model too."""
    existing = {
        o.cbs_code: o
        for o in organisatie_model.objects.filter(soort="gemeente").exclude(cbs_code="")
    }
    seen = set()
    added = updated = 0
    for row in rows:
        seen.add(row.cbs_code)
        current = existing.get(row.cbs_code)
        if current is None:
            organisatie_model.objects.create(
                naam=row.naam, soort="gemeente", cbs_code=row.cbs_code, provincie=row.provincie
            )
            added += 1
        elif (current.naam, current.provincie, current.actief) != (
            row.naam,
            row.provincie or current.provincie,
            True,
        ):
            current.naam = row.naam
            current.provincie = row.provincie or current.provincie
            current.actief = True
            current.save(update_fields=["naam", "provincie", "actief"])
            updated += 1
    gone = [code for code, o in existing.items() if code not in seen and o.actief]
    organisatie_model.objects.filter(soort="gemeente", cbs_code__in=gone).update(actief=False)
    return {"toegevoegd": added, "bijgewerkt": updated, "opgeheven": len(gone)}
