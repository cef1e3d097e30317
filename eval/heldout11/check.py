#!/usr/bin/env python3
"""Generator and checker for the national-id chat set in this folder (standard library only).

    python3 check.py            # validate messages.txt / messages.jsonl, print counts
    python3 check.py gen [N]    # print N fresh valid values of every id kind (seeded)

What the check does:
  * parses messages.txt (the [[LABEL|value]] markup) and, if present, cross-checks messages.jsonl
    (UTF-16 offsets must slice back to the same values);
  * validates every labelled CA_SIN, IN_AADHAAR, IN_PAN, IT_FISCAL_CODE, DE_TAX_ID, ES_DNI, US_SSN,
    UK_NINO and PASSPORT value by its published rules; a value preceded by a `# typo:` comment is
    allowed to fail its check digit (and must fail it);
  * masks the labelled spans and flags any remaining string that is a valid id of those kinds
    (separators space, dash, dot allowed between groups), and any phone-looking string left unlabelled;
  * counts messages, benign share, labels and languages (taken from `lang=` in `# ---` section lines).
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- check-digit code

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def iso7064_11_10_digit(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return "0" if check == 10 else str(check)


# ---------------------------------------------------------------- validators (on normalised values)

def norm(v: str) -> str:
    return re.sub(r"[\s\-./\u00a0\u200b\u200c\u2060]", "", v).upper()


def valid_sin(v):
    d = norm(v)
    return bool(re.fullmatch(r"[1-79]\d{8}", d)) and luhn_ok(d)


def valid_aadhaar(v):
    d = norm(v)
    return bool(re.fullmatch(r"[2-9]\d{11}", d)) and verhoeff_ok(d)


PAN_TYPES = "PCHFATBLJG"


def valid_pan(v):
    d = norm(v)
    return bool(re.fullmatch(r"[A-Z]{3}[%s][A-Z]\d{4}[A-Z]" % PAN_TYPES, d))


CF_MONTHS = "ABCDEHLMPRST"
_CF_ODD = {}
for _k, _v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]):
    _CF_ODD[_k] = _v
for _k, _v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]):
    _CF_ODD[_k] = _v


def _cf_even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def cf_check_char(body15: str) -> str:
    s = 0
    for i, ch in enumerate(body15):
        s += _CF_ODD[ch] if i % 2 == 0 else _cf_even(ch)   # position 1,3,5... (1-based) are odd
    return chr(65 + s % 26)


def valid_cf(v, check=True):
    d = norm(v)
    m = re.fullmatch(r"([A-Z]{3})([A-Z]{3})(\d\d)([A-Z])(\d\d)([A-Z]\d{3})([A-Z])", d)
    if not m:
        return False
    if m.group(4) not in CF_MONTHS:
        return False
    day = int(m.group(5))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    return (not check) or cf_check_char(d[:15]) == d[15]


def steuer_digits_ok(d10: str) -> bool:
    if d10[0] == "0":
        return False
    c = Counter(d10)
    multi = [k for k, n in c.items() if n > 1]
    if len(multi) != 1 or c[multi[0]] not in (2, 3):
        return False
    k = multi[0]
    if k * 3 in d10:
        return False
    return True


def valid_steuer(v, check=True):
    d = norm(v)
    if not re.fullmatch(r"\d{11}", d):
        return False
    if not steuer_digits_ok(d[:10]):
        return False
    return (not check) or iso7064_11_10_digit(d[:10]) == d[10]


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def valid_dni(v, check=True):
    d = norm(v)
    m = re.fullmatch(r"(\d{8})([A-Z])", d)
    if m:
        return (not check) or DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", d)
    if m:
        n = int(str("XYZ".index(m.group(1))) + m.group(2))
        return (not check) or DNI_LETTERS[n % 23] == m.group(3)
    return False


def valid_ssn(v):
    d = norm(v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a >= "900" or g == "00" or s == "0000":
        return False
    if d in ("078051120", "219099999", "123456789"):
        return False
    return True


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def valid_nino(v):
    d = norm(v)
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", d)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in NINO_BAD_PREFIX:
        return False
    return True


def valid_passport(v):
    d = norm(v)
    pats = [
        r"[A-Z]\d{7}",            # India (letter + 7 digits)
        r"[A-Z]{2}\d{6}",         # Canada
        r"\d{9}",                 # UK / US (older)
        r"[A-Z]\d{8}",            # US next generation
        r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}",  # Germany
        r"[A-Z]{3}\d{6}",         # Spain
        r"\d{2}[A-Z]{2}\d{5}",    # France
        r"[A-Z]{1,2}\d{7}",       # Australia
    ]
    return any(re.fullmatch(p, d) for p in pats)


CHECKED = {
    "CA_SIN": valid_sin,
    "IN_AADHAAR": valid_aadhaar,
    "IN_PAN": valid_pan,
    "IT_FISCAL_CODE": valid_cf,
    "DE_TAX_ID": valid_steuer,
    "ES_DNI": valid_dni,
    "US_SSN": valid_ssn,
    "UK_NINO": valid_nino,
    "PASSPORT": valid_passport,
}

# values that are allowed to fail only their check digit/letter, when marked `# typo:`
TYPO_SHAPE = {
    "CA_SIN": lambda v: bool(re.fullmatch(r"[1-79]\d{8}", norm(v))),
    "IN_AADHAAR": lambda v: bool(re.fullmatch(r"[2-9]\d{11}", norm(v))),
    "IT_FISCAL_CODE": lambda v: valid_cf(v, check=False),
    "DE_TAX_ID": lambda v: valid_steuer(v, check=False),
    "ES_DNI": lambda v: valid_dni(v, check=False),
}

# ---------------------------------------------------------------- self tests on published values

def self_test():
    # Luhn: the Canadian government's sample SIN
    assert luhn_ok("046454286")
    # Verhoeff: the classic worked example 236 -> 3
    assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
    # DNI letter: 12345678 -> Z
    assert valid_dni("12345678Z") and not valid_dni("12345678A")
    assert valid_dni("X1234567L")
    # codice fiscale: textbook example RSSMRA85T10A562S
    assert valid_cf("RSSMRA85T10A562S")
    # Steuer-ID: BZSt sample 86095742719
    assert valid_steuer("86095742719")
    assert not valid_steuer("86095742710")
    assert valid_nino("AB123456C") and not valid_nino("QQ123456C")
    assert valid_pan("ABCPE1234F") is True


# ---------------------------------------------------------------- generators

CONS = "BCDFGHJKLMNPQRSTVWXYZ"


def _letters(s):
    s = s.upper()
    return [c for c in s if c.isalpha() and c in CONS], [c for c in s if c.isalpha() and c in "AEIOU"]


def cf_surname(s):
    c, v = _letters(s.replace(" ", ""))
    return "".join((c + v + ["X", "X", "X"])[:3])


def cf_name(s):
    c, v = _letters(s.replace(" ", ""))
    if len(c) >= 4:
        c = [c[0], c[2], c[3]]
    return "".join((c + v + ["X", "X", "X"])[:3])


def make_cf(surname, name, yyyy, month, day, female, belfiore):
    body = cf_surname(surname) + cf_name(name) + "%02d" % (yyyy % 100) + CF_MONTHS[month - 1] + \
        "%02d" % (day + (40 if female else 0)) + belfiore
    return body + cf_check_char(body)


def make_sin(rng):
    while True:
        body = rng.choice("1234567" "9") + "".join(rng.choice("0123456789") for _ in range(7))
        d = body + luhn_digit(body)
        if valid_sin(d):
            return d


def make_aadhaar(rng):
    body = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(10))
    return body + verhoeff_digit(body)


def make_pan(rng, kind="P", surname_initial=None):
    a = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
    e = surname_initial or rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return a + kind + e + "%04d" % rng.randint(1, 9999) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def make_steuer(rng):
    while True:
        d10 = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(9))
        if steuer_digits_ok(d10):
            return d10 + iso7064_11_10_digit(d10)


def make_dni(rng):
    n = rng.randint(10000000, 79999999)
    return "%08d%s" % (n, DNI_LETTERS[n % 23])


def make_nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    full = int(str("XYZ".index(p)) + "%07d" % n)
    return "%s%07d%s" % (p, n, DNI_LETTERS[full % 23])


def gen(n=6, seed=None):
    rng = random.Random(seed)
    out = {
        "CA_SIN": [make_sin(rng) for _ in range(n)],
        "IN_AADHAAR": [make_aadhaar(rng) for _ in range(n)],
        "IN_PAN": [make_pan(rng) for _ in range(n)],
        "DE_TAX_ID": [make_steuer(rng) for _ in range(n)],
        "ES_DNI": [make_dni(rng) for _ in range(n)] + [make_nie(rng) for _ in range(n)],
    }
    for k, vs in out.items():
        print(k, " ".join(vs))


# ---------------------------------------------------------------- markup parsing

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def parse(path):
    msgs = []
    lang = "?"
    section = "?"
    typo_next = False
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if raw.startswith("#"):
            if raw.startswith("# ---"):
                section = raw[5:].strip()
                m = re.search(r"lang=([\w-]+)", raw)
                lang = m.group(1) if m else "?"
            if raw.startswith("# typo:"):
                typo_next = True
            continue
        line = raw.replace("\\n", "\n")
        text, spans, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            spans.append((len(text), len(text) + len(m.group(2)), m.group(1), m.group(2)))
            text += m.group(2)
            pos = m.end()
        text += line[pos:]
        msgs.append(dict(line=ln, text=text, spans=spans, lang=lang, section=section, typo=typo_next))
        typo_next = False
    return msgs


# ---------------------------------------------------------------- unlabelled-id scan

SEP = r"[ \-.\u00a0]?"


def _grouped(n):
    return r"(?<![\w])" + SEP.join([r"\d"] * n) + r"(?![\w])"


SCANS = [
    ("CA_SIN", re.compile(_grouped(9)), valid_sin),
    ("US_SSN?", re.compile(r"(?<!\w)\d{3}-\d{2}-\d{4}(?!\w)"), valid_ssn),
    ("IN_AADHAAR", re.compile(_grouped(12)), valid_aadhaar),
    ("DE_TAX_ID", re.compile(_grouped(11)), valid_steuer),
    ("IN_PAN", re.compile(r"(?i)(?<![a-z0-9])[a-z]{5}\d{4}[a-z](?![a-z0-9])"), valid_pan),
    ("IT_FISCAL_CODE", re.compile(r"(?i)(?<![a-z0-9])[a-z]{6}\d\d[a-z]\d\d[a-z]\d{3}[a-z](?![a-z0-9])"), valid_cf),
    ("ES_DNI", re.compile(r"(?i)(?<![a-z0-9])(?:\d{8}|[xyz]\d{7})[ \-]?[a-z](?![a-z0-9])"), valid_dni),
    ("UK_NINO", re.compile(r"(?i)(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])"), valid_nino),
]
PHONEISH = re.compile(r"(?<![\w])(?:\+|00)[1-9][\d \-().]{7,}\d(?![\w])")


def scan_unlabelled(text, spans):
    masked = list(text)
    for s, e, _, _ in spans:
        for i in range(s, e):
            masked[i] = "\u2588"
    masked = "".join(masked)
    hits = []
    for name, rx, fn in SCANS:
        for m in rx.finditer(masked):
            if fn(m.group(0)):
                hits.append((name, m.group(0)))
    for m in PHONEISH.finditer(masked):
        if 9 <= len(re.sub(r"\D", "", m.group(0))) <= 15:   # E.164 length
            hits.append(("PHONE?", m.group(0)))
    return hits


# ---------------------------------------------------------------- main check

def utf16_slice(text, s, e):
    return text.encode("utf-16-le")[2 * s:2 * e].decode("utf-16-le")


def main():
    self_test()
    msgs = parse(HERE / "messages.txt")
    errors = []
    labels = Counter()
    label_msgs = Counter()
    langs = Counter()
    langs_id = Counter()
    typos = 0
    for m in msgs:
        langs[m["lang"]] += 1
        seen = set()
        for s, e, lab, val in m["spans"]:
            labels[lab] += 1
            seen.add(lab)
            if val != val.strip() or not val:
                errors.append("line %d: span has outer whitespace %r" % (m["line"], val))
            fn = CHECKED.get(lab)
            if fn:
                if m["typo"] and lab in TYPO_SHAPE:
                    if fn(val):
                        errors.append("line %d: marked typo but %s %r is valid" % (m["line"], lab, val))
                    elif not TYPO_SHAPE[lab](val):
                        errors.append("line %d: typo value %r has the wrong shape" % (m["line"], val))
                    else:
                        typos += 1
                elif not fn(val):
                    errors.append("line %d: invalid %s %r" % (m["line"], lab, val))
        for lab in seen:
            label_msgs[lab] += 1
        if any(l in CHECKED and l not in ("PASSPORT",) for l in seen):
            langs_id[m["lang"]] += 1
        for name, val in scan_unlabelled(m["text"], m["spans"]):
            errors.append("line %d: unlabelled %s %r" % (m["line"], name, val))
        if m["lang"] == "?":
            errors.append("line %d: no lang= in section" % m["line"])

    jl = HERE / "messages.jsonl"
    if jl.exists():
        rows = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines() if x.strip()]
        if len(rows) != len(msgs):
            errors.append("jsonl has %d rows, messages.txt %d messages" % (len(rows), len(msgs)))
        for r, m in zip(rows, msgs):
            if r["text"] != m["text"]:
                errors.append("jsonl text differs at line %d" % m["line"])
                continue
            got = [(utf16_slice(r["text"], sp["start"], sp["end"]), sp["label"]) for sp in r["spans"]]
            want = [(v, l) for _, _, l, v in m["spans"]]
            if got != want:
                errors.append("jsonl spans differ at line %d: %r vs %r" % (m["line"], got, want))

    n = len(msgs)
    benign = sum(1 for m in msgs if not m["spans"])
    with_id = sum(1 for m in msgs if any(l in ("CA_SIN", "IN_AADHAAR", "IN_PAN", "IT_FISCAL_CODE",
                                                "DE_TAX_ID", "ES_DNI") for _, _, l, _ in m["spans"]))
    print("messages: %d  benign: %d (%.1f%%)  with a national id (6 focus kinds): %d  typo values: %d"
          % (n, benign, 100.0 * benign / n, with_id, typos))
    print("spans: %d" % sum(labels.values()))
    print("%-16s %6s %6s" % ("label", "spans", "msgs"))
    for lab, c in sorted(labels.items(), key=lambda x: (-x[1], x[0])):
        print("%-16s %6d %6d" % (lab, c, label_msgs[lab]))
    print("languages (messages):", ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("languages (messages with an id):", ", ".join("%s %d" % kv for kv in langs_id.most_common()))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "gen":
        self_test()
        gen(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    elif len(sys.argv) > 1 and sys.argv[1] == "cf":
        # python3 check.py cf SURNAME NAME YYYY M D F|M BELFIORE
        a = sys.argv[2:]
        print(make_cf(a[0], a[1], int(a[2]), int(a[3]), int(a[4]), a[5] == "F", a[6]))
    else:
        main()
