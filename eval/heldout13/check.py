#!/usr/bin/env python3
"""Checks heldout13/messages.txt: every labelled value's format and check digits, then masks the
labelled spans and scans what is left of each message for values that were forgotten (emails,
Luhn-valid 13-19 digit runs, valid IBANs, IPv4 addresses, SSN-shaped numbers, UK and Canadian
postcodes, health terms that are labelled elsewhere in the file).

Python 3 standard library only. Usage: python3 check.py [messages.txt]
Prints the counts and every problem; exits 1 when there is an error.
"""

import collections
import ipaddress
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")
LABELS = {
    "CARD_NUMBER", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT", "ROUTING_NUMBER", "IBAN", "SWIFT_BIC",
    "CRYPTO_WALLET", "US_SSN", "US_ITIN", "PASSPORT", "DRIVER_LICENSE", "UK_NINO", "PASSWORD", "PIN",
    "ONE_TIME_CODE", "API_KEY", "PRIVATE_KEY", "HEALTH_CONDITION", "SYMPTOM", "MEDICATION",
    "MEDICAL_PROCEDURE", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "NPI", "MEDICARE_MBI", "EMAIL",
    "PHONE", "IP_ADDRESS", "STREET_ADDRESS", "POSTCODE", "PERSON_NAME", "DATE_OF_BIRTH", "AGE",
    "ES_DNI", "CA_SIN", "IN_AADHAAR", "IN_PAN", "IT_FISCAL_CODE", "DE_TAX_ID",
}
HEALTH = {"HEALTH_CONDITION", "SYMPTOM", "MEDICATION", "MEDICAL_PROCEDURE"}
NON_ENGLISH_SECTION = re.compile(r"German|French|Spanish|Italian|Dutch")


def digits(s):
    return re.sub(r"\D", "", s)


def luhn(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_ok(v):
    d = digits(v)
    if not re.fullmatch(r"[\d \-]+", v) or not luhn(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 222100 <= int(d[:6]) <= 272099:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return n in (16, 19)
    if d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305:
        return n in (14, 16)
    if d.startswith("62"):
        return 16 <= n <= 19
    return False


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "GB": 22, "IE": 22, "BE": 16, "AT": 20,
            "CH": 21, "PT": 25, "PL": 28}


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(v):
    d = digits(v)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def itin_ok(v):
    m = re.fullmatch(r"(9\d{2})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


def nino_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def npi_ok(v):
    d = digits(v)
    return len(d) == 10 and luhn("80840" + d)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def aadhaar_ok(v):
    d = digits(v)
    if len(d) != 12 or d[0] in "01" or not re.fullmatch(r"\d{4} ?\d{4} ?\d{4}", v):
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def dni_ok(v):
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    s = v.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, let = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = str("XYZ".index(pre)) + num
    elif len(num) != 8:
        return False
    return letters[int(num) % 23] == let


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11,
                   3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_ok(v):
    s = v.upper()
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    t = 0
    for i, ch in enumerate(s[:15]):
        t += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + t % 26) == s[15]


def detax_ok(v):
    d = digits(v)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = collections.Counter(d[:10])
    if sorted(counts.values(), reverse=True)[0] not in (2, 3) or len(counts) not in (8, 9):
        return False
    prod = 10
    for ch in d[:10]:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    ck = 11 - prod
    return (0 if ck == 10 else ck) == int(d[10])


def nhs_ok(d):
    s = sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def phone_ok(v):
    if not re.fullmatch(r"\+?[\d ().\-]+", v):
        return False
    d = digits(v)
    if not 7 <= len(d) <= 15:
        return False
    nanp = None
    if v.startswith("+1"):
        nanp = d[1:]
    elif re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4}", v):
        nanp = d
    if nanp is not None:
        if len(nanp) != 10:
            return False
        area, exch = nanp[:3], nanp[3:6]
        if area[0] in "01" or exch[0] in "01" or exch[1:] == "11" or exch == "555":
            return False
    national = None
    if v.startswith("+44"):
        national = "0" + re.sub(r"^44", "", d).lstrip("0")
    elif d.startswith("0") and len(d) in (10, 11):
        national = d
    if national:
        uk_fiction = ["07700900", "02079460", "01914980", "01632960", "02896496", "02920180", "08081570",
                      "09098790", "03069990"]
        if any(national.startswith(p) for p in uk_fiction) or re.match(r"01\d1496", national):
            return False
    if v.startswith("+33") or (d.startswith("0") and len(d) == 10):
        fr = "0" + d[2:] if v.startswith("+33") else d
        if any(fr.startswith(p) for p in ["019900", "026191", "035301", "046571", "053649", "063998"]):
            return False
    if v.startswith("+61") or (d.startswith("0") and len(d) == 10):
        au = "0" + d[2:] if v.startswith("+61") else d
        if any(au.startswith(p) for p in ["0491570", "0491571", "0491572", "025550", "027010", "035550",
                                          "037010", "075550", "077010", "085550", "087010"]):
            return False
    return True


POSTCODE_RES = [
    r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}",          # UK
    r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d",  # Canada
    r"\d{5}(-\d{4})?",                           # US ZIP, DE, FR, ES, IT, MX
    r"\d{4}",                                    # AU, NZ, ZA
    r"\d{6}",                                    # IN, SG
    r"[1-9]\d{3} [A-Z]{2}",                      # NL
    r"[AC-FHKNPRTV-Y]\d{2}|D6W [0-9AC-FHKNPRTV-Y]{4}|[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}",  # Eircode
]
MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|juin|juil|août|janv|févr|" \
         r"avr|mai|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|" \
         r"noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|mei|maart|okt"


def validate(label, v):
    """Returns None when the value is well formed, else a reason."""
    ok = True
    if label == "CARD_NUMBER":
        ok = card_ok(v)
    elif label == "CARD_CVV":
        ok = re.fullmatch(r"\d{3,4}", v) is not None
    elif label == "CARD_EXPIRY":
        ok = re.fullmatch(r"(0[1-9]|1[0-2]|[1-9])[/\-.](\d{2}|20\d{2})|[A-Za-z]{3,9} 20\d{2}", v) is not None
    elif label == "BANK_ACCOUNT":
        ok = re.fullmatch(r"[\d\-]{6,20}", v) is not None and len(digits(v)) >= 6
    elif label == "ROUTING_NUMBER":
        ok = aba_ok(v) and re.fullmatch(r"\d{9}", v) is not None
    elif label == "IBAN":
        ok = iban_ok(v)
    elif label == "SWIFT_BIC":
        ok = re.fullmatch(r"[A-Z]{4}(DE|FR|ES|NL|IT|GB|IE|US|CA|AU|IN|BE)[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None
    elif label == "US_SSN":
        ok = ssn_ok(v)
    elif label == "US_ITIN":
        ok = itin_ok(v)
    elif label == "PASSPORT":
        ok = any(re.fullmatch(p, v) for p in [
            r"\d{9}", r"[A-Z]\d{7}", r"[A-Z]{2}\d{6}", r"[A-Z]{1,2}\d{7}",
            r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}", r"\d{2}[A-Z]{2}\d{5}", r"[A-Z]{3}\d{6}"])
    elif label == "DRIVER_LICENSE":
        ok = any(re.fullmatch(p, v) for p in [
            r"[A-Z]\d{7}", r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", r"\d{3} \d{3} \d{3}", r"\d{8}",
            r"[A-Z]\d{11}", r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}"])
    elif label == "UK_NINO":
        ok = nino_ok(v)
    elif label == "ES_DNI":
        ok = dni_ok(v)
    elif label == "CA_SIN":
        d = digits(v)
        ok = len(d) == 9 and luhn(d) and d[0] not in "08"
    elif label == "IN_AADHAAR":
        ok = aadhaar_ok(v)
    elif label == "IN_PAN":
        ok = re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v) is not None
    elif label == "IT_FISCAL_CODE":
        ok = cf_ok(v)
    elif label == "DE_TAX_ID":
        ok = detax_ok(v)
    elif label == "PASSWORD":
        ok = len(v) >= 6 and " " not in v
    elif label == "PIN":
        ok = re.fullmatch(r"\d{4,6}", v) is not None
    elif label == "ONE_TIME_CODE":
        ok = re.fullmatch(r"\d{3} ?\d{3}|\d{4,8}", v) is not None
    elif label == "API_KEY":
        ok = re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24}|AKIA[A-Z0-9]{16}|ghp_[A-Za-z0-9]{36}", v) is not None
    elif label in HEALTH:
        ok = not re.search(r"[@/\\]", v) and v == v.strip() and not re.match(r"(a|an|the|le|la|de|des|du|el|un|une|eine?) ", v, re.I)
    elif label == "MEDICAL_RECORD_NUMBER":
        d = digits(v)
        ok = re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]{4,19}", v) is not None and len(d) >= 4
        if ok and re.fullmatch(r"\d{3} \d{3} \d{4}", v):
            ok = nhs_ok(d) and d[0] in "4679"
    elif label == "HEALTH_PLAN_ID":
        ok = re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{5,19}", v) is not None and len(digits(v)) >= 5
    elif label == "NPI":
        ok = npi_ok(v) and re.fullmatch(r"\d{10}", v) is not None
    elif label == "MEDICARE_MBI":
        s = v.replace("-", "")
        L = "ACDEFGHJKMNPQRTUVWXY"
        ok = re.fullmatch(rf"[1-9][{L}][{L}0-9]\d[{L}][{L}0-9]\d[{L}][{L}]\d\d", s) is not None
    elif label == "EMAIL":
        ok = re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", v) is not None
    elif label == "PHONE":
        ok = phone_ok(v)
    elif label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            ok = False
    elif label == "STREET_ADDRESS":
        ok = re.search(r"\d", v) is not None and re.search(r"[A-Za-zÀ-ž]{3}", v) is not None
    elif label == "POSTCODE":
        ok = any(re.fullmatch(p, v) for p in POSTCODE_RES)
    elif label == "PERSON_NAME":
        ok = not re.search(r"[\d@]", v) and v[0].isupper() and not re.match(r"(Mr|Mrs|Ms|Dr|Herr|Frau|M)\.? ", v)
    elif label == "DATE_OF_BIRTH":
        ok = re.search(r"\d", v) is not None and (re.search(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}", v)
                                                  or re.search(MONTHS, v, re.I))
    elif label == "AGE":
        ok = re.fullmatch(r"\d{1,3}", v) is not None and int(v) <= 120
    else:
        ok = False
    return None if ok else f"bad {label} value {v!r}"


def parse(line):
    text, spans, at = [], [], 0
    pos = 0
    for m in MARK.finditer(line):
        before = line[at:m.start()]
        text.append(before)
        pos += len(before)
        label, value = m.group(1), m.group(2)
        spans.append((pos, pos + len(value), label, value))
        text.append(value)
        pos += len(value)
        at = m.end()
    rest = line[at:]
    if "[[" in rest or "]]" in rest or any("[[" in t or "]]" in t for t in text):
        raise ValueError("unbalanced markup")
    text.append(rest)
    return "".join(text), spans


def leftovers(masked, health_terms):
    out = []
    for m in re.finditer(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z.]{2,}", masked):
        out.append(f"unlabelled email {m.group()!r}")
    for m in re.finditer(r"(?<![\w])\d(?:[ \-]?\d){12,18}(?![\w])", masked):
        d = digits(m.group())
        if 13 <= len(d) <= 19 and luhn(d) and "IMEI" not in masked[max(0, m.start() - 25):m.start()]:
            out.append(f"unlabelled Luhn-valid run {m.group()!r}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", masked):
        s = m.group().replace(" ", "")
        for n in range(len(s), 13, -1):
            if iban_ok(s[:n]):
                out.append(f"unlabelled IBAN {m.group()!r}")
                break
    for m in re.finditer(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]|\.\d)", masked):
        if masked[max(0, m.start() - 1):m.start()] in ("v", "V"):
            continue
        try:
            ipaddress.IPv4Address(m.group(1))
            out.append(f"unlabelled IPv4 {m.group(1)!r}")
        except ValueError:
            pass
    for m in re.finditer(r"(?<![\w\-])\d{3}([- ])\d{2}\1\d{4}(?![\w\-])", masked):
        out.append(f"unlabelled SSN-shaped {m.group()!r}")
    for m in re.finditer(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", masked):
        out.append(f"unlabelled UK postcode {m.group()!r}")
    for m in re.finditer(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", masked):
        out.append(f"unlabelled Canadian postcode {m.group()!r}")
    low = masked.lower()
    for term in health_terms:
        for m in re.finditer(r"(?<![\wÀ-ž])" + re.escape(term) + r"(?![\wÀ-ž])", low):
            if term == "headache" and low[m.end():m.end() + 13] == " of a project":
                continue  # figurative, allowed
            out.append(f"unlabelled health term {term!r}")
    return out


def main():
    src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "messages.txt"
    rows = []
    section = ""
    errors = []
    for number, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("#"):
            section = line
            continue
        line = line.replace("\\n", "\n")
        try:
            text, spans = parse(line)
        except ValueError as e:
            errors.append(f"line {number}: {e}")
            continue
        rows.append((number, section, text, spans))

    health_terms = set()
    value_use = collections.defaultdict(list)
    for number, _, _, spans in rows:
        for _, _, label, value in spans:
            if label in HEALTH:
                health_terms.add(value.lower())
            if label not in HEALTH and label not in ("PERSON_NAME", "AGE", "CARD_CVV", "CARD_EXPIRY"):
                value_use[value].append(number)

    counts = collections.Counter()
    msg_counts = collections.Counter()
    benign = non_english = 0
    warnings = []
    for number, section, text, spans in rows:
        if not spans:
            benign += 1
        if NON_ENGLISH_SECTION.search(section):
            non_english += 1
        for s, e, label, value in spans:
            if label not in LABELS:
                errors.append(f"line {number}: unknown label {label}")
                continue
            if value != value.strip() or not value:
                errors.append(f"line {number}: edge spaces in {label}")
            why = validate(label, value)
            if why:
                errors.append(f"line {number}: {why}")
            counts[label] += 1
        for label in {sp[2] for sp in spans}:
            msg_counts[label] += 1
        masked = list(text)
        for s, e, _, _ in spans:
            for i in range(s, e):
                masked[i] = "\u2588" if masked[i] != "\n" else "\n"
        masked = "".join(masked)
        for problem in leftovers(masked, health_terms):
            errors.append(f"line {number}: {problem}")
        for m in re.finditer(r"\+\d[\d ()\-]{7,}", masked):
            warnings.append(f"line {number}: phone-like leftover {m.group()!r}")
    for value, where in value_use.items():
        if len(where) > 1:
            warnings.append(f"value {value!r} used on lines {where}")

    total = len(rows)
    print(f"messages: {total}  benign: {benign} ({100 * benign / max(total, 1):.1f}%)  "
          f"non-English: {non_english} ({100 * non_english / max(total, 1):.1f}%)  spans: {sum(counts.values())}")
    print(f"{'label':<24}{'spans':>6}{'messages':>10}")
    for label in sorted(counts):
        print(f"{label:<24}{counts[label]:>6}{msg_counts[label]:>10}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
