"""Realistic volume data for benchmarks: fictional organisations, years of Spiegels, their
sessions, notes, observations, quotes, documents and schetsen with versions.

`genereren(schaal=1.0, seed=42)` fills the database with PostgreSQL COPY (psycopg 3) in one
transaction. Scale 1.0 is the reference volume of the performance issue: 300 organisations,
1,500 Spiegels, 30,000 sessions, 300,000 observations and 300,000 quotes, 1,500 schetsen with
10 versions each. The same seed gives the same content. Texts are recombined from the
fictional demo content (each app's `demodata.yaml`) and the catalogue, so search has Dutch
words to find. Generated rows are recognisable: requests have a reference starting with `GEN-`,
accounts an address at `GEN_DOMEIN`, organisations are fictional (`fictief`) with names from
a fixed set. `wissen()` removes them again (accounts are kept: the audit trail, which is
append-only, may point at them).

Never for production: the accounts share one known password. The command refuses to run
unless DEBUG, DEMO_MODE or BENCH_MODE is on.

Layout: `generator.py` makes the base data (organisations, accounts, requests, Spiegels) and
then runs each app's part, registered in `spiegel.registry.volumedata` from its `apps.py`
(`gesprekken/volumedata.py`: sessions, notes, observations, quotes, documents;
`rapportage/volumedata.py`: schetsen, versions, remarks, render jobs). `kopie.py` holds the
COPY helpers the parts share, `namen.py` the fixed names and numbers.
"""

from spiegel.volumedata.generator import Resultaat, Stand, genereren, gevulde_modellen, wissen
from spiegel.volumedata.kopie import Kopie
from spiegel.volumedata.namen import (
    BASIS,
    GEN_DOMEIN,
    GEN_WACHTWOORD,
    KERNVRAGEN_PER_SPIEGEL,
    REFERENTIE_PREFIX,
    aantal,
    organisatienamen,
    totp_sleutel,
)

_aantal = aantal  # the old private name, used by benchmarks/run.py

__all__ = [
    "BASIS",
    "GEN_DOMEIN",
    "GEN_WACHTWOORD",
    "KERNVRAGEN_PER_SPIEGEL",
    "REFERENTIE_PREFIX",
    "Kopie",
    "Resultaat",
    "Stand",
    "aantal",
    "genereren",
    "gevulde_modellen",
    "organisatienamen",
    "totp_sleutel",
    "wissen",
]
