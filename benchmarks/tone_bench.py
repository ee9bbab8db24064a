"""Tone check benchmark: one schets of 5,000 words through ``rapportage.tone.check``.

    .venv/bin/python benchmarks/tone_bench.py [--runs 20] [--woorden 5000]

The schets is built from the labelled corpus sentences (dev and test, about half judging),
shuffled into Markdown paragraphs, list items and a quote, so it has several hundred
findings: far more than a real schets, which makes the figure an upper bound. Each run uses
a differently shuffled text. Reported: the first check in a fresh process (compiling the
rules and filling the lemma cache), the median and worst of the later runs, for the whole
text at once and split into 12 sections as the editor's overview does. Target: under 100 ms.
Pure Python: no database needed.
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapportage.tone_corpus import DEV_TSV, TEST_TSV, read_tsv  # noqa: E402


def schets(words: int, seed: int) -> list[str]:
    """12 sections of Markdown, ``words`` words in total."""
    rng = random.Random(seed)
    sentences = [s for s, _j in read_tsv(DEV_TSV) + read_tsv(TEST_TSV)]
    paragraphs, count = [], 0
    while count < words:
        chunk = rng.sample(sentences, rng.randint(2, 6))
        count += sum(len(s.split()) for s in chunk)
        style = rng.random()
        if style < 0.15:
            paragraphs.append("\n".join(f"- {s}" for s in chunk))
        elif style < 0.2:
            paragraphs.append("> " + " ".join(chunk))
        else:
            paragraphs.append(" ".join(chunk))
    size = -(-len(paragraphs) // 12)
    return ["\n\n".join(paragraphs[i : i + size]) for i in range(0, len(paragraphs), size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--woorden", type=int, default=5000)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from rapportage import tone  # noqa: PLC0415 - import time is part of the cold figure

    import_ms = (time.perf_counter() - t0) * 1000
    first = schets(args.woorden, 0)
    t0 = time.perf_counter()
    findings = tone.check("\n\n".join(first))
    cold_ms = (time.perf_counter() - t0) * 1000
    whole, per_section = [], []
    for run in range(1, args.runs + 1):
        sections = schets(args.woorden, run)
        text = "\n\n".join(sections)
        t0 = time.perf_counter()
        tone.check(text)
        whole.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        for s in sections:
            tone.check(s)
        per_section.append((time.perf_counter() - t0) * 1000)
    n_words = len("\n\n".join(first).split())
    print("## Tone check (issue 14)\n")
    print(
        f"`.venv/bin/python benchmarks/tone_bench.py --runs {args.runs}`: one schets of "
        f"{n_words} words (12 sections, {len(findings)} findings: an upper bound, a real "
        f"schets has few), {len(tone.DEFAULT_RULES)} rules.\n"
    )
    print("| measurement | figure | target |\n|---|---|---|")
    print(f"| import of `rapportage.tone` (YAML data, simplemma) | {import_ms:.0f} ms | |")
    print(
        f"| first check in a fresh process (compile rules, fill lemma cache) | {cold_ms:.0f} ms | |"
    )
    print(
        f"| later checks, whole text, median / worst of {args.runs} | "
        f"**{statistics.median(whole):.0f} ms** / {max(whole):.0f} ms | < 100 ms |"
    )
    print(
        f"| later checks, 12 sections one by one, median / worst | "
        f"**{statistics.median(per_section):.0f} ms** / {max(per_section):.0f} ms | < 100 ms |"
    )


if __name__ == "__main__":
    main()
