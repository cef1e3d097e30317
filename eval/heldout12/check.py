#!/usr/bin/env python3
"""Checks eval/heldout12/messages.txt (Python 3 standard library only).

Written for this folder by the data author, independently of the detector. It

* parses the [[LABEL|value]] markup the same way eval/handwritten/build.py does,
* counts spans and messages per label, the benign share and the share of non-English messages,
* validates every value against its format (Luhn and IIN for cards, mod-97 plus the French and
  Spanish national checks for IBANs, the ABA checksum, SSN area/group/serial rules, NINO prefixes,
  SIN Luhn, Aadhaar Verhoeff, PAN shape, DNI/NIE letter, Steuer-ID check digit, NPI, NHS number,
  phone numbering plans, postcode shapes, e-mail, IP, ages, titles kept out of names, ...),
* masks the labelled spans and scans what is left for unlabelled leftovers: e-mail addresses,
  Luhn-valid 13-19 digit runs, valid IBANs, IPv4 addresses, SSN-shaped numbers, NINO-shaped
  strings, UK and Canadian postcodes, phone-like numbers, "title + surname", age phrases and a
  hand-written list of health words.

Exit status 1 if any ERROR is reported. WARN lines are for a human to look at; the deliberate hard
negatives that a WARN would otherwise flag are listed in ALLOWED below and in README.md.

Usage: python3 eval/heldout12/check.py [--quiet] [path/to/messages.txt]   (--quiet hides WARN lines)
"""

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

# Leftovers that the scan flags but that are deliberate hard negatives (substring of the message
# text -> why it is not labelled). Every one is also described in README.md.
ALLOWED = {
    "Mr Kipling": "brand name (cakes), not a person",
    "Dr Martens": "brand name (boots), not a person",
}


# --------------------------------------------------------------------------- parsing

def parse(line):
    text, spans, at = [], [], 0
    for m in MARK.finditer(line):
        before = line[at:m.start()]
        text.append(before)
        start = sum(len(t) for t in text)
        text.append(m.group(2))
        spans.append((start, start + len(m.group(2)), m.group(1), m.group(2)))
        at = m.end()
    text.append(line[at:])
    return "".join(text), spans


def load(path):
    messages, section = [], ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("# ") and re.match(r"# \d+\.", line):
            section = line[2:]
        if not line or line.startswith("#"):
            continue
        line = line.replace("\\n", "\n")
        text, spans = parse(line)
        messages.append({"line": number, "section": section, "raw": line, "text": text, "spans": spans})
    return messages


# --------------------------------------------------------------------------- check digits

def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand(num):
    n = len(num)
    if num.startswith("4") and n in (13, 16, 19):
        return "Visa"
    if (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720) and n == 16:
        return "Mastercard"
    if num[:2] in ("34", "37") and n == 15:
        return "Amex"
    if (num.startswith("6011") or num.startswith("65") or 644 <= int(num[:3]) <= 649) and n in (16, 19):
        return "Discover"
    if 3528 <= int(num[:4]) <= 3589 and n in (16, 19):
        return "JCB"
    if num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305:
        return "Diners"
    if num.startswith("62") and 16 <= n <= 19:
        return "UnionPay"
    return None


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "IE": 22, "NL": 18, "BE": 16, "IT": 27, "AT": 20,
            "CH": 21, "PT": 25, "PL": 28, "NO": 15, "FI": 18, "LU": 20, "DK": 18, "SE": 24}


def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_rib_ok(bban):
    bank, branch, acct, key = bban[:5], bban[5:10], bban[10:21], bban[21:23]
    conv = {}
    for i, ch in enumerate("ABCDEFGHI"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        conv[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        conv[ch] = str(i + 2)
    a = int("".join(conv.get(c, c) for c in acct))
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * a) % 97) == int(key)


def es_ccc_ok(bban):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return f"{dc('00' + bban[:8])}{dc(bban[10:])}" == bban[8:10]


def aba_ok(num):
    d = [int(c) for c in num]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def ssn_problem(num):
    if len(num) != 9:
        return "not 9 digits"
    area, group, serial = num[:3], num[3:5], num[5:]
    if area == "000" or area == "666" or area >= "900":
        return f"invalid area {area}"
    if group == "00":
        return "group 00"
    if serial == "0000":
        return "serial 0000"
    if num in ("078051120", "219099999", "123456789"):
        return "famous published/advertising SSN"
    return None


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_problem(value):
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v):
        return "shape is not AA999999A"
    if v[0] in NINO_BAD_FIRST or v[1] in NINO_BAD_SECOND or v[:2] in NINO_BAD_PREFIX:
        return f"invalid prefix {v[:2]}"
    if v[:2] == "QQ":
        return "QQ is the documentation prefix"
    return None


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def dni_ok(value):
    v = value.upper().replace("-", "").replace(" ", "")
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if re.fullmatch(r"\d{8}[A-Z]", v):
        return letters[int(v[:8]) % 23] == v[8]
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", v):
        n = "XYZ".index(v[0])
        return letters[int(str(n) + v[1:8]) % 23] == v[8]
    return False


def de_taxid_ok(num):
    if len(num) != 11 or num[0] == "0":
        return False
    first = num[:10]
    counts = sorted((first.count(d) for d in set(first)), reverse=True)
    if counts[0] not in (2, 3) or sum(1 for c in counts if c > 1) != 1:
        return False
    prod = 10
    for ch in first:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    check = 11 - prod
    return (0 if check == 10 else check) == int(num[10])


def nhs_ok(num):
    if len(num) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(num[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(num[9])


# --------------------------------------------------------------------------- phones

def nanp_problem(nsn):
    if len(nsn) != 10:
        return "NANP number is not 10 digits"
    area, exch = nsn[:3], nsn[3:6]
    if area[0] in "01" or area[1:] == "11":
        return f"bad area code {area}"
    if exch[0] in "01" or exch[1:] == "11" or exch == "555":
        return f"bad exchange {exch}"
    return None


def uk_problem(nsn):  # national significant number, no leading 0
    if nsn.startswith("7"):
        if len(nsn) != 10:
            return "UK mobile is not 10 digits after 0"
        if nsn.startswith("7700900"):
            return "Ofcom drama range 07700 900xxx"
        if nsn[1] == "0":
            return "bad UK mobile prefix 070 (personal numbers)"
        return None
    if nsn[0] in "123":
        if len(nsn) not in (9, 10):
            return "UK geographic number has wrong length"
        if re.match(r"1\d1496", nsn) or nsn.startswith("2079460") or re.match(r"1\d{3}4960", nsn):
            return "Ofcom drama range"
        return None
    return "UK number does not start 01/02/03/07"


AU_FICTION = ("2555", "27010", "3555", "37010", "7555", "77010", "8555", "87010", "491570")


def au_problem(nsn):
    if len(nsn) != 9 or nsn[0] not in "23478":
        return "AU number is not 9 digits starting 2/3/4/7/8"
    if any(nsn.startswith(f) for f in AU_FICTION):
        return "AU fiction range"
    return None


FR_FICTION = ("19900", "26191", "35301", "46571", "53649", "63998")


def fr_problem(nsn):
    if len(nsn) != 9 or nsn[0] not in "1234567":
        return "FR number is not 9 digits starting 1-7"
    if any(nsn.startswith(f) for f in FR_FICTION):
        return "FR fiction range"
    return None


def de_problem(nsn):
    if nsn.startswith(("15", "16", "17")):
        return None if 10 <= len(nsn) <= 11 else "DE mobile has wrong length"
    if nsn[0] in "2345689" and 7 <= len(nsn) <= 11:
        return None
    return "DE number shape"


def es_problem(nsn):
    return None if len(nsn) == 9 and nsn[0] in "6789" else "ES number is not 9 digits starting 6-9"


def ie_problem(nsn):
    if nsn.startswith("8") and nsn[1] in "35679" and len(nsn) == 9:
        return None
    if nsn[0] in "1245679" and 7 <= len(nsn) <= 9:
        return None
    return "IE number shape"


def in_problem(nsn):
    if len(nsn) == 10 and nsn[0] in "6789":
        return None
    if len(nsn) == 10 and nsn[0] in "1234578":  # landline with STD code
        return None
    return "IN number shape"


def phone_problem(value):
    v = value.strip().replace("(0)", "")
    d = digits(v)
    intl = v.startswith("+") or v.startswith("00")
    if v.startswith("00"):
        d = d[2:]
    if intl:
        for cc, fn, name in (("1", nanp_problem, "NANP"), ("44", uk_problem, "UK"), ("61", au_problem, "AU"),
                             ("33", fr_problem, "FR"), ("49", de_problem, "DE"), ("34", es_problem, "ES"),
                             ("353", ie_problem, "IE"), ("91", in_problem, "IN")):
            if d.startswith(cc):
                p = fn(d[len(cc):])
                return (p, name)
        return ("unknown country code", "?")
    # national formats: try every plan, accept if one fits
    tried = []
    if d.startswith("0"):
        plans = [("UK", uk_problem), ("AU", au_problem), ("FR", fr_problem), ("DE", de_problem),
                 ("IE", ie_problem), ("IN", in_problem)]
        for name, fn in plans:
            p = fn(d[1:])
            if p is None:
                tried.append(name)
            elif "range" in p:  # a drama/fiction block of any plan is never acceptable
                return (p, name)
    else:
        for name, fn in (("NANP", nanp_problem), ("ES", es_problem)):
            if fn(d) is None:
                tried.append(name)
    if tried:
        return (None, "/".join(tried))
    return ("no numbering plan fits", "?")


# --------------------------------------------------------------------------- other formats

UK_POSTCODE = re.compile(r"^(GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$")
CA_POSTCODE = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$")
EIRCODE = re.compile(r"^(D6W|[ACDEFHKNPRTVWXY]\d{2}) ?[0-9ACDEFHKNPRTVWXY]{4}$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "m.", "mme", "mlle",
          "sr", "sra", "srta", "don", "doña", "rev", "fr")
PASSPORT_SHAPES = [
    (r"\d{9}", "US/UK 9 digits"), (r"[A-Z]\d{8}", "US next-gen"), (r"[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}", "DE"),
    (r"\d{2}[A-Z]{2}\d{5}", "FR"), (r"[A-Z]{3}\d{6}", "ES"), (r"[A-Z]\d{7}", "IN/AU"), (r"[A-Z]{2}\d{7}", "AU"),
    (r"[A-Z]{2}\d{6}", "CA"),
]
DL_US_SHAPES = [r"[A-Z]\d{7}", r"[A-Z]\d{3}-?\d{4}-?\d{4}", r"\d{8}", r"\d{9}", r"[A-Z]\d{12}",
                r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", r"[A-Z]\d{8}"]


def uk_dl_problem(v):
    if not re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}", v):
        return "not the UK 16-character shape"
    month = int(v[6:8])
    if month > 50:
        month -= 50
    if not 1 <= month <= 12:
        return "bad month in UK licence"
    if not 1 <= int(v[8:10]) <= 31:
        return "bad day in UK licence"
    return None


def value_problems(label, value):
    """Returns a list of problems with one labelled value (empty when it is fine)."""
    p = []
    d = digits(value)
    if value[-1] in ".,;:)(" and label not in ("PERSON_NAME", "STREET_ADDRESS", "HEALTH_CONDITION", "SYMPTOM"):
        p.append("ends with punctuation")
    if value[-1] in ",;:(" or value[0] in ",;:)":
        p.append("edge punctuation")
    if label == "CARD_NUMBER":
        if not 13 <= len(d) <= 19:
            p.append("card length")
        elif not luhn_ok(d):
            p.append("fails Luhn")
        elif card_brand(d) is None:
            p.append("unknown IIN")
    elif label == "CARD_EXPIRY":
        m = re.fullmatch(r"(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})", value)
        if not m or not 1 <= int(m.group(1)) <= 12:
            p.append("expiry shape")
    elif label == "CARD_CVV":
        if not re.fullmatch(r"\d{3,4}", value):
            p.append("CVV shape")
    elif label == "IBAN":
        v = re.sub(r"\s", "", value).upper()
        cc = v[:2]
        if IBAN_LEN.get(cc) != len(v):
            p.append(f"IBAN length {len(v)} for {cc}")
        elif not iban_mod97(v):
            p.append("fails mod-97")
        elif cc == "FR" and not fr_rib_ok(v[4:]):
            p.append("fails French RIB key")
        elif cc == "ES" and not es_ccc_ok(v[4:]):
            p.append("fails Spanish CCC digits")
    elif label == "ROUTING_NUMBER":
        if len(d) != 9 or not aba_ok(d):
            p.append("fails ABA checksum")
        elif not (0 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32 or 61 <= int(d[:2]) <= 72 or d[:2] == "80"):
            p.append("bad Federal Reserve prefix")
    elif label == "BANK_ACCOUNT":
        if not 6 <= len(d) <= 17:
            p.append("account length")
    elif label == "US_SSN":
        if not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", value):
            p.append("SSN shape")
        q = ssn_problem(d)
        if q:
            p.append(q)
    elif label == "UK_NINO":
        q = nino_problem(value)
        if q:
            p.append(q)
    elif label == "CA_SIN":
        if len(d) != 9 or not luhn_ok(d) or d[0] in "08":
            p.append("SIN fails Luhn or starts 0/8")
    elif label == "IN_AADHAAR":
        if len(d) != 12 or d[0] in "01" or not verhoeff_ok(d):
            p.append("Aadhaar fails Verhoeff or starts 0/1")
    elif label == "IN_PAN":
        if not re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", value):
            p.append("PAN shape")
    elif label == "ES_DNI":
        if not dni_ok(value):
            p.append("DNI/NIE check letter")
    elif label == "DE_TAX_ID":
        if not de_taxid_ok(d):
            p.append("Steuer-ID check")
    elif label == "NPI":
        if len(d) != 10 or not luhn_ok("80840" + d):
            p.append("NPI check digit")
    elif label == "MEDICAL_RECORD_NUMBER":
        if len(d) == 10 and not nhs_ok(d):
            p.append("10-digit NHS number fails mod 11")
    elif label == "PHONE":
        prob, _ = phone_problem(value)
        if prob:
            p.append(prob)
    elif label == "POSTCODE":
        v = value.upper()
        if not (UK_POSTCODE.match(v) or CA_POSTCODE.match(v) or EIRCODE.match(v)
                or re.fullmatch(r"\d{5}(-\d{4})?", v) or re.fullmatch(r"\d{4}", v) or re.fullmatch(r"\d{6}", v)):
            p.append("postcode shape")
    elif label == "EMAIL":
        if not EMAIL.fullmatch(value):
            p.append("e-mail shape")
    elif label == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            p.append("not an IP address")
    elif label == "AGE":
        if not re.fullmatch(r"\d{1,3}", value) or not 0 <= int(value) <= 120:
            p.append("age is not a number 0-120")
    elif label == "DATE_OF_BIRTH":
        years = re.findall(r"(?<!\d)(19\d\d|20[0-2]\d)(?!\d)", value)
        if not years and not re.search(r"\d{1,2}\D\d{1,2}\D\d{2}$", value):
            p.append("birth date without a year")
    elif label == "PERSON_NAME":
        first = value.split()[0].lower().rstrip(".")
        if first in {t.rstrip(".") for t in TITLES}:
            p.append("title inside the name span")
        if re.search(r"\d", value):
            p.append("digit in a name")
    elif label == "STREET_ADDRESS":
        if not re.search(r"\d", value):
            p.append("street address without a house number")
        if re.search(r"\b(flat|unit)\s+\w+,", value, re.I) and not re.match(r"\d", value):
            p.append("unit before the house number is inside the span")
    elif label == "PASSPORT":
        v = value.upper()
        if not any(re.fullmatch(rx, v) for rx, _ in PASSPORT_SHAPES):
            p.append("passport shape")
    elif label == "DRIVER_LICENSE":
        v = value.upper()
        if len(re.sub(r"[\s-]", "", v)) == 16:
            q = uk_dl_problem(v)
            if q:
                p.append(q)
        elif not any(re.fullmatch(rx, v) for rx in DL_US_SHAPES):
            p.append("licence shape")
    return p


# --------------------------------------------------------------------------- leftover scan

HEALTH_WORDS = [
    "asthma", "diabet", "allerg", "migraine", "headache", "fever", "feverish", "cough", "rash", "nausea",
    "vomit", "diarrh", "dizz", "fatigue", "pain", "cancer", "tumour", "tumor", "depression", "anxiety",
    "insulin", "metformin", "ibuprofen", "paracetamol", "aspirin", "amoxicillin", "antibiotic", "inhaler",
    "x-ray", "mri", "ct scan", "scan", "surgery", "operation", "biopsy", "chemotherapy", "physiotherapy",
    "pregnan", "epilep", "dementia", "stroke", "fracture", "broken", "infection", "flu", "covid", "virus",
    "sick", "ill ", "injur", "wheez", "breathless", "blood", "urine", "dialysis", "vaccin", "jab",
    "fieber", "husten", "schmerz", "fièvre", "toux", "douleur", "fiebre", "tos", "dolor", "varicela",
    "chickenpox", "coeliac", "celiac", "celíac", "gluten", "nut", "vegan", "vegetarian", "wound",
    "concussion", "whiplash", "angina", "apnoea", "dyslexia", "lupus", "hip", "prescription", "nurse",
    "doctor", "gp ", "hospital", "ward", "medical", "sertraline", "inhaler", "epipen", "spots", "bruise",
]
AGE_PHRASES = re.compile(r"\b(aged?\s+\d{1,3}|\d{1,3}[- ]years?[- ]old|\d{1,3}-year-old|\d{1,3}\s+(ans|años|Jahre))\b", re.I)
TITLE_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Mme|Sra?)\.?\s+[A-ZÀ-Þ][\w'’-]+")
SSN_SHAPE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
NINO_SHAPE = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
IPV4 = re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]*\d)")
DIGIT_RUN = re.compile(r"(?<![\w])\d(?:[ \-.]?\d){12,18}(?![\w])")
UK_PC_SCAN = re.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b")
CA_PC_SCAN = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b")
IBAN_SCAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
PHONE_SCAN = re.compile(r"(?<![\w/#-])(\+\d{1,3}[\s\d()-]{7,}\d|\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\w-])")


def masked(text, spans):
    chars = list(text)
    for s, e, _, _ in spans:
        for i in range(s, e):
            chars[i] = "\u2588" if chars[i] != "\n" else "\n"
    return "".join(chars)


def leftovers(msg):
    t = masked(msg["text"], msg["spans"])
    out = []
    for m in EMAIL.finditer(t):
        out.append(("ERROR", f"unlabelled e-mail {m.group(0)!r}"))
    for m in DIGIT_RUN.finditer(t):
        d = digits(m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(("ERROR", f"unlabelled Luhn-valid digit run {m.group(0)!r}"))
    for m in IPV4.finditer(t):
        if all(int(g) <= 255 for g in m.groups()) and not t[max(0, m.start() - 1):m.start()].lower() == "v":
            out.append(("ERROR", f"unlabelled IPv4 {m.group(0)!r}"))
    for m in SSN_SHAPE.finditer(t):
        if ssn_problem(digits(m.group(0))) is None:
            out.append(("ERROR", f"unlabelled SSN-shaped number {m.group(0)!r}"))
    for m in NINO_SHAPE.finditer(t):
        if nino_problem(m.group(0)) is None:
            out.append(("ERROR", f"unlabelled NINO-shaped string {m.group(0)!r}"))
    for m in IBAN_SCAN.finditer(t):
        v = re.sub(r"\s", "", m.group(0))
        if IBAN_LEN.get(v[:2]) == len(v) and iban_mod97(v):
            out.append(("ERROR", f"unlabelled valid IBAN {m.group(0)!r}"))
    for rx, what in ((UK_PC_SCAN, "UK postcode"), (CA_PC_SCAN, "Canadian postcode")):
        for m in rx.finditer(t):
            out.append(("ERROR", f"unlabelled {what} {m.group(0)!r}"))
    for m in PHONE_SCAN.finditer(t):
        prob, _ = phone_problem(m.group(0))
        out.append(("WARN", f"phone-like number outside spans {m.group(0)!r} ({prob or 'plausible'})"))
    for m in TITLE_NAME.finditer(t):
        out.append(("WARN", f"title + capitalised word outside spans {m.group(0)!r}"))
    for m in AGE_PHRASES.finditer(t):
        out.append(("WARN", f"age phrase outside spans {m.group(0)!r}"))
    low = t.lower()
    for w in HEALTH_WORDS:
        for m in re.finditer(r"\b" + re.escape(w), low):
            out.append(("WARN", f"health-like word outside spans {t[m.start():m.start() + len(w) + 8]!r}"))
    kept = []
    for level, text in out:
        if any(a in text for a in ALLOWED):
            continue
        kept.append((level, text))
    return kept


# --------------------------------------------------------------------------- self-test

def selftest():
    """Checks the check-digit code on published reference values and on deliberately bad values.
    The reference values are used here only; none of them appears in messages.txt."""
    good = [
        ("CARD_NUMBER", "4111 1111 1111 1111"), ("CARD_NUMBER", "3782 822463 10005"),
        ("IBAN", "GB82 WEST 1234 5698 7654 32"), ("IBAN", "FR1420041010050500013M02606"),
        ("IBAN", "ES9121000418450200051332"), ("IBAN", "DE89370400440532013000"),
        ("ROUTING_NUMBER", "011000015"), ("CA_SIN", "130 692 544"), ("NPI", "1234567893"),
        ("IN_AADHAAR", "2341 2341 2346"), ("DE_TAX_ID", "86095742719"), ("ES_DNI", "12345678Z"),
        ("ES_DNI", "X1234567L"), ("MEDICAL_RECORD_NUMBER", "943 476 5919"), ("UK_NINO", "AB 12 34 56 C"),
        ("US_SSN", "536-90-4399"), ("PHONE", "(415) 829-2671"), ("PHONE", "+44 20 7946 1234"),
        ("PHONE", "+44 (0)7911 123456"), ("PHONE", "06 12 34 56 78"), ("POSTCODE", "SW1A 1AA"),
        ("POSTCODE", "M5V 3L9"), ("DRIVER_LICENSE", "MORGA753116SM9IJ"), ("PERSON_NAME", "Amina Okafor"),
    ]
    bad = [
        ("CARD_NUMBER", "4111 1111 1111 1112"), ("IBAN", "GB82 WEST 1234 5698 7654 33"),
        ("ROUTING_NUMBER", "011000016"), ("US_SSN", "666-12-3456"), ("US_SSN", "123-00-4567"),
        ("US_SSN", "900-12-3456"), ("UK_NINO", "QQ 12 34 56 C"), ("UK_NINO", "BG 12 34 56 A"),
        ("CA_SIN", "046 454 287"), ("CA_SIN", "046 454 286"), ("IN_AADHAAR", "2341 2341 2345"), ("ES_DNI", "12345678A"),
        ("DE_TAX_ID", "86095742718"), ("PHONE", "(415) 555-2671"), ("PHONE", "07700 900123"),
        ("PHONE", "0161 496 0123"), ("PHONE", "(415) 011-2671"), ("POSTCODE", "SW1A 1AI"),
        ("PERSON_NAME", "Dr Amina Okafor"), ("PERSON_NAME", "Mrs Patel"), ("AGE", "200"),
        ("IP_ADDRESS", "300.1.2.3"), ("MEDICAL_RECORD_NUMBER", "943 476 5918"),
    ]
    failed = []
    for label, value in good:
        if value_problems(label, value):
            failed.append(f"reference value rejected: {label} {value!r} {value_problems(label, value)}")
    for label, value in bad:
        if not value_problems(label, value):
            failed.append(f"bad value accepted: {label} {value!r}")
    probe = {"text": "mail me at a.b@c.de, card 4111111111111111, ip 10.0.0.1, ssn 536-90-4399, v1.2.3.4",
             "spans": []}
    found = [t for lvl, t in leftovers(probe) if lvl == "ERROR"]
    if len(found) != 4:
        failed.append(f"leftover scan found {len(found)} of 4 planted values: {found}")
    return failed


# --------------------------------------------------------------------------- main

NON_ENGLISH_SECTIONS = ("13.", "14.", "15.")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = pathlib.Path(args[0]) if args else HERE / "messages.txt"
    messages = load(path)
    errors = warnings = 0
    for problem in selftest():
        print(f"ERROR self-test: {problem}")
        errors += 1
    spans_per_label, msgs_per_label = {}, {}
    show_warn = "--quiet" not in sys.argv
    for msg in messages:
        where = f"line {msg['line']}"
        if "[[" in MARK.sub("", msg["raw"]) or "]]" in MARK.sub("", msg["raw"]):
            print(f"ERROR {where}: unbalanced markup")
            errors += 1
        last_end = -1
        for s, e, label, value in msg["spans"]:
            if label not in LABELS:
                print(f"ERROR {where}: unknown label {label}")
                errors += 1
                continue
            if s < last_end:
                print(f"ERROR {where}: overlapping spans")
                errors += 1
            last_end = e
            if value != value.strip() or not value or "|" in value:
                print(f"ERROR {where}: bad value {value!r}")
                errors += 1
                continue
            for prob in value_problems(label, value):
                print(f"ERROR {where}: {label} {value!r}: {prob}")
                errors += 1
            spans_per_label[label] = spans_per_label.get(label, 0) + 1
        for label in {sp[2] for sp in msg["spans"]}:
            msgs_per_label[label] = msgs_per_label.get(label, 0) + 1
        for level, text in leftovers(msg):
            if level == "ERROR":
                errors += 1
                print(f"ERROR {where}: {text}")
            else:
                warnings += 1
                if show_warn:
                    print(f"WARN  {where}: {text}")

    n = len(messages)
    benign = sum(1 for m in messages if not m["spans"])
    non_en = sum(1 for m in messages if m["section"].startswith(NON_ENGLISH_SECTIONS))
    print()
    print(f"messages: {n}  benign: {benign} ({100 * benign / n:.1f}%)  "
          f"non-English: {non_en} ({100 * non_en / n:.1f}%)  spans: {sum(spans_per_label.values())}")
    print(f"{'label':<22}{'spans':>6}{'messages':>10}")
    for label in sorted(spans_per_label):
        print(f"{label:<22}{spans_per_label[label]:>6}{msgs_per_label[label]:>10}")
    phone_regions = {}
    for m in messages:
        for s, e, label, value in m["spans"]:
            if label == "PHONE":
                reg = phone_problem(value)[1]
                phone_regions[reg] = phone_regions.get(reg, 0) + 1
    print("phone plans matched:", ", ".join(f"{k} {v}" for k, v in sorted(phone_regions.items())))
    print(f"errors: {errors}  warnings: {warnings}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
