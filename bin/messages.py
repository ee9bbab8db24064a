#!/usr/bin/env python3
"""The translation catalogues in `locale/`: extract, list what lacks English, fill it in,
check and compile. The msgids are the Dutch text; only `locale/en` carries translations.

    .venv/bin/python bin/messages.py update          makemessages for nl and en (no obsolete entries)
    .venv/bin/python bin/messages.py missing [FILE]  the msgids without English (empty or fuzzy),
                                                     as a TSV to fill in (stdout or FILE)
    .venv/bin/python bin/messages.py apply FILE      write the English of a filled-in TSV into locale/en
    .venv/bin/python bin/messages.py check           exit 1 if English is missing or fuzzy, or msgfmt
                                                     finds a placeholder or plural that does not match
    .venv/bin/python bin/messages.py compile         msgfmt every .po whose .mo is missing or older

TSV format, one message a line: `msgid<TAB>English`. A plural message joins its two forms
with ` ||| ` on both sides of the tab (`%(n)s citaat ||| %(n)s citaten<TAB>%(n)s quote ||| %(n)s
quotes`); a newline inside a message is written `\\n`. `make messages` runs update and check.
"""

import shutil

# Fixed argument lists, no shell.
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
ENGLISH = LOCALE / "en" / "LC_MESSAGES" / "django.po"
LANGUAGES = ("nl", "en")
# Where no UI string lives: the virtualenv, runtime data, tests, benchmarks and docs.
IGNORE = (".venv", "var", "tests", "benchmarks", "docs", "node_modules")
PLURAL_SEP = " ||| "


def makemessages_args(languages=LANGUAGES) -> list[str]:
    args = ["makemessages", "--no-obsolete"]
    for lang in languages:
        args += ["-l", lang]
    for pattern in IGNORE:
        args.append(f"--ignore={pattern}")
    return args


def update() -> None:
    subprocess.run(  # noqa: S603  # nosec B603
        [sys.executable, str(ROOT / "manage.py"), *makemessages_args()], cwd=ROOT, check=True
    )


def _escape(text: str) -> str:
    return text.replace("\n", "\\n")


def _key(entry) -> str:
    return _escape(entry.msgid + (PLURAL_SEP + entry.msgid_plural if entry.msgid_plural else ""))


def lacking(po) -> list:
    """Entries without a usable English text: untranslated, fuzzy or half a plural."""
    result = []
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        if entry.msgid_plural:
            done = all(entry.msgstr_plural.get(i) for i in (0, 1))
        else:
            done = bool(entry.msgstr)
        if not done or "fuzzy" in entry.flags:
            result.append(entry)
    return result


def missing(path: str | None = None) -> int:
    import polib

    rows = [_key(e) + "\t" + _escape(e.msgstr or "") for e in lacking(polib.pofile(ENGLISH))]
    text = "".join(row + "\n" for row in rows)
    if path:
        Path(path).write_text(text, encoding="utf-8")
        print(f"{len(rows)} messages without English written to {path}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return len(rows)


def apply(path: str) -> None:
    import polib

    po = polib.pofile(ENGLISH)
    entries = {_key(e): e for e in po if not e.obsolete}
    unknown, applied = [], 0
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, sep, english = line.partition("\t")
        entry = entries.get(key)
        if entry is None or not sep or not english.strip():
            unknown.append(f"line {number}: {key[:60]!r}")
            continue
        english = english.replace("\\n", "\n")
        if entry.msgid_plural:
            one, _, other = english.partition(PLURAL_SEP)
            entry.msgstr_plural = {0: one.strip(), 1: (other or one).strip()}
        else:
            entry.msgstr = english
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = None
        applied += 1
    po.save(ENGLISH)
    print(f"{applied} translations written to {ENGLISH.relative_to(ROOT)}", file=sys.stderr)
    for problem in unknown:
        print(f"skipped (no such msgid, or no English): {problem}", file=sys.stderr)


def msgfmt(po_path: Path, mo_path: str, **kwargs) -> subprocess.CompletedProcess:
    """gettext's msgfmt (installed by `bin/services.sh install`), with format checks."""
    program = shutil.which("msgfmt")
    if program is None:
        sys.exit("msgfmt not found: run `make install` (it installs gettext)")
    return subprocess.run(  # noqa: S603  # nosec B603
        [program, "--check", "-o", mo_path, str(po_path)], text=True, **kwargs
    )


def msgfmt_check(po_path: Path) -> subprocess.CompletedProcess:
    return msgfmt(po_path, "/dev/null", capture_output=True)


def check() -> int:
    import polib

    problems = []
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        result = msgfmt_check(po_path)
        if result.returncode:
            problems.append(f"msgfmt --check {po_path.relative_to(ROOT)}:\n{result.stderr}")
    absent = lacking(polib.pofile(ENGLISH))
    if absent:
        problems.append(
            f"{len(absent)} msgids without English (or fuzzy), e.g. "
            + "; ".join(repr(e.msgid[:60]) for e in absent[:5])
            + "\nList them with `bin/messages.py missing todo.tsv`, fill in the second column, "
            "then `bin/messages.py apply todo.tsv`."
        )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def compile_all() -> None:
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        msgfmt(po_path, str(mo_path), check=True)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "missing":
        missing(argv[2] if len(argv) > 2 else None)
    elif command == "apply" and len(argv) > 2:
        apply(argv[2])
    elif command == "check":
        return check()
    elif command == "compile":
        compile_all()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
