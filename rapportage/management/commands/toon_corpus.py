"""Print the tone check's precision and recall on a labelled Dutch corpus.

manage.py toon_corpus                      # the built-in corpus (tone_corpus.CORPUS)
manage.py toon_corpus --bestand zinnen.tsv # any TSV with the columns label (J/N) and sentence
manage.py toon_corpus --fouten             # also list the misses and false alarms
manage.py toon_corpus --ingebouwd          # only the shipped rules, not the admins' rows

The last line is always ``precision=P recall=R``, so others can score their own corpora.
"""

from django.core.management.base import BaseCommand, CommandError

from rapportage import tone
from rapportage.selectors import toonregels
from rapportage.tone_corpus import CORPUS, CorpusError, read_tsv


class Command(BaseCommand):
    help = "Measure the tone check on a labelled corpus (precision and recall)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bestand",
            metavar="FILE.tsv",
            help="A tab-separated file with a header row: label (J or N) and sentence.",
        )
        parser.add_argument("--fouten", action="store_true", help="List misses and false alarms.")
        parser.add_argument(
            "--ingebouwd",
            action="store_true",
            help="Use only the built-in word list (ignore ToonRegel rows).",
        )

    def handle(self, *args, **options):
        if options["bestand"]:
            try:
                corpus = read_tsv(options["bestand"])
            except CorpusError as exc:
                raise CommandError(str(exc)) from None
            naam = options["bestand"]
        else:
            corpus, naam = list(CORPUS), "ingebouwd corpus"
        rules = tone.DEFAULT_RULES if options["ingebouwd"] else toonregels()
        r = tone.evaluate(corpus, rules)
        judging = sum(1 for _s, j in corpus if j)
        self.stdout.write(
            f"Corpus: {naam}: {len(corpus)} zinnen ({judging} oordelend, "
            f"{len(corpus) - judging} niet)\n"
            f"Regels: {len(rules)}\n"
            f"TP={r['tp']} FP={r['fp']} FN={r['fn']} TN={r['tn']}\n"
            f"Precisie: {r['precision']:.3f}\n"
            f"Recall:   {r['recall']:.3f}"
        )
        if options["fouten"]:
            for sentence, is_judging in corpus:
                found = tone.check(sentence, rules)
                if bool(found) != is_judging:
                    label = "GEMIST" if is_judging else "VALS ALARM"
                    words = ", ".join(f.matched for f in found)
                    self.stdout.write(f"  {label}: {sentence}" + (f"  [{words}]" if words else ""))
        self.stdout.write(f"precision={r['precision']:.3f} recall={r['recall']:.3f}")
