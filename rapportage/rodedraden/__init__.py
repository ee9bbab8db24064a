"""Rode draden: patterns across Spiegels (SPEC 2.5), and the follow-up Spiegel's comparison.

It reads fieldwork (`gesprekken`) and schetsen (`rapportage`), so it lives in `rapportage`.
Every figure shown rests on at least `RODE_DRADEN_K` Spiegels (small-cell suppression)."""
