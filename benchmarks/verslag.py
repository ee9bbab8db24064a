"""The benchmark's output: progress lines, the machine's load, percentiles, reading
locust's CSV and the Markdown table of the results."""

from __future__ import annotations

import csv
import os
import statistics
from pathlib import Path


def log(msg: str) -> None:
    print(msg, flush=True)


def belasting() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def percentielen(tijden: list[float]) -> dict:
    q = statistics.quantiles(tijden, n=100, method="inclusive")
    return {
        "n": len(tijden),
        "p50": round(q[49], 1),
        "p95": round(q[94], 1),
        "p99": round(q[98], 1),
    }


def resultaten_lezen(prefix: Path, plan: dict) -> list[dict]:
    rijen = {}
    with open(f"{prefix}_stats.csv") as f:
        for r in csv.DictReader(f):
            if r["Name"] == "Aggregated":
                continue
            rijen[r["Name"]] = r
    uit = []
    for p in plan["paginas"]:
        r = rijen.get(p["naam"])
        if r is None:
            continue
        uit.append(
            {
                "pagina": p["naam"],
                "n": int(r["Request Count"]),
                "fouten": int(r["Failure Count"]),
                "p50": float(r["50%"]),
                "p95": float(r["95%"]),
                "p99": float(r["99%"]),
                "rps": float(r["Requests/s"]),
            }
        )
    return uit


def tabel(rijen: list[dict], vloer_p95: float) -> str:
    regels = [
        "| pagina | n | fouten | p50 ms | p95 ms | p99 ms | p95 / vloer "
        "| alleen: p50 ms | CPU ms | queries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rijen:
        a = r.get("alleen")
        ratio = r["p95"] / vloer_p95 if vloer_p95 else float("nan")
        regels.append(
            f"| {r['pagina']} | {r['n']} | {r['fouten']} | {r['p50']:.0f} | {r['p95']:.0f} "
            f"| {r['p99']:.0f} | {ratio:.1f}× | {a['p50'] if a else '–'} "
            f"| {a['cpu'] if a else '–'} | {a['queries'] if a else '–'} |"
        )
    return "\n".join(regels)
