"""Print the tone check's precision and recall on the labelled Dutch corpus.

manage.py toon_corpus            # built-in word list plus the admins' ToonRegel rows
manage.py toon_corpus --fouten   # also list the misses and false alarms
"""

from django.core.management.base import BaseCommand

from rapportage import tone
from rapportage.selectors import toonregels
from rapportage.tone_corpus import CORPUS


class Command(BaseCommand):
    help = "Measure the tone check on the labelled corpus (precision and recall)."

    def add_arguments(self, parser):
        parser.add_argument("--fouten", action="store_true", help="List misses and false alarms.")
        parser.add_argument(
            "--ingebouwd",
            action="store_true",
            help="Use only the built-in word list (ignore ToonRegel rows).",
        )

    def handle(self, *args, **options):
        rules = tone.DEFAULT_RULES if options["ingebouwd"] else toonregels()
        r = tone.evaluate(CORPUS, rules)
        judging = sum(1 for _s, j in CORPUS if j)
        self.stdout.write(
            f"Corpus: {len(CORPUS)} zinnen ({judging} oordelend, {len(CORPUS) - judging} niet)\n"
            f"Regels: {len(rules)}\n"
            f"TP={r['tp']} FP={r['fp']} FN={r['fn']} TN={r['tn']}\n"
            f"Precisie: {r['precision']:.3f}\n"
            f"Recall:   {r['recall']:.3f}"
        )
        if options["fouten"]:
            for sentence, judging in CORPUS:
                found = tone.check(sentence, rules)
                if bool(found) != judging:
                    label = "GEMIST" if judging else "VALS ALARM"
                    words = ", ".join(f.matched for f in found)
                    self.stdout.write(f"  {label}: {sentence}" + (f"  [{words}]" if words else ""))
