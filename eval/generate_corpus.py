#!/usr/bin/env python3
"""Deterministic generator for Confidant's labelled chat-message evaluation corpus.

    python3 eval/generate_corpus.py            # rewrites eval/corpus/chat-messages.jsonl

Python 3 standard library only.  Every vocabulary list below was written by hand for
this corpus; nothing is taken from public PII datasets or from name/term packages.
All randomness comes from one random.Random(SEED); the output is byte-identical on
every run.  Span offsets are UTF-16 code units (as C# counts them), end exclusive.
"""
import base64
import hashlib
import ipaddress
import json
import os
import re
import sys
import unicodedata

import random

SEED = 20250611
TARGET_MESSAGES = 6300
SPLIT_CONVERSATIONS = 60
P_BENIGN = 0.66
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "corpus", "chat-messages.jsonl")

LABELS = [
    "CARD_NUMBER", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT", "ROUTING_NUMBER", "IBAN",
    "SWIFT_BIC", "CRYPTO_WALLET", "US_SSN", "US_ITIN", "PASSPORT", "DRIVER_LICENSE",
    "UK_NINO", "PASSWORD", "PIN", "ONE_TIME_CODE", "API_KEY", "PRIVATE_KEY",
    "HEALTH_CONDITION", "SYMPTOM", "MEDICATION", "MEDICAL_PROCEDURE",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "NPI", "MEDICARE_MBI", "EMAIL", "PHONE",
    "IP_ADDRESS", "STREET_ADDRESS", "POSTCODE", "PERSON_NAME", "DATE_OF_BIRTH", "AGE",
]


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (weight, value)."""
    total = sum(w for w, _ in pairs)
    x = R.random() * total
    for w, v in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][1]


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def u16len(s):
    return len(s.encode("utf-16-le")) // 2


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    s = s.replace("æ", "ae").replace("Æ", "AE").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("Þ", "Th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------
# Check-digit algorithms and validators
# ----------------------------------------------------------------------------------------

def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def iban_mod97(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def aba_ok(n):
    d = [int(c) for c in n]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    full = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + full


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def base58check(version, payload):
    raw = bytes([version]) + payload
    return b58encode(raw + dsha(raw)[:4])


BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def segwit_encode(hrp, witver, prog):
    data = [witver] + convertbits(prog, 8, 5)
    const = BECH32_CONST if witver == 0 else BECH32M_CONST
    pm = bech32_polymod(bech32_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + chk)


def segwit_decode(addr):
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, data = addr[:pos], [BECH32_CHARSET.index(c) for c in addr[pos + 1:]]
    const = bech32_polymod(bech32_hrp_expand(hrp) + data)
    witver = data[0]
    if (witver == 0 and const != BECH32_CONST) or (witver != 0 and const != BECH32M_CONST):
        return None
    prog = convertbits(data[1:-6], 5, 8, False)
    return hrp, witver, bytes(prog)


# Keccak-256 (the pre-SHA3 padding Ethereum uses), needed for EIP-55 checksummed addresses.
def _keccak_consts():
    rot = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        rot[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5

    def rc_bit(t):
        if t % 255 == 0:
            return 1
        r = 1
        for _ in range(t % 255):
            r <<= 1
            if r & 0x100:
                r ^= 0x171
        return r & 1

    rcs = []
    for i in range(24):
        rc = 0
        for j in range(7):
            rc |= rc_bit(j + 7 * i) << ((1 << j) - 1)
        rcs.append(rc)
    return rot, rcs


KECCAK_ROT, KECCAK_RC = _keccak_consts()
M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & M64 if n else v


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], KECCAK_ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x + 5 * y] = b[x + 5 * y] ^ ((~b[(x + 1) % 5 + 5 * y] & M64) & b[(x + 2) % 5 + 5 * y])
        a[0] ^= KECCAK_RC[rnd]


def keccak256(data):
    rate = 136
    p = bytearray(data)
    p.append(0x01)
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    st = [0] * 25
    for off in range(0, len(p), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(p[off + 8 * i: off + 8 * i + 8], "little")
        _keccak_f(st)
    return b"".join(st[i].to_bytes(8, "little") for i in range(4))


def eip55(hex40):
    h = keccak256(hex40.lower().encode()).hex()
    return "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(hex40.lower()))


# National check digits used inside some IBANs --------------------------------------------
def fr_rib_key(bank, branch, account):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97))


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    r = 11 - sum(int(c) * w for c, w in zip(ten, ES_W)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s):
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def nl_elf_ok(acc):
    return sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0


def no_check(ten):
    r = sum(int(c) * w for c, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    if r == 0:
        return "0"
    return None if r == 1 else str(11 - r)


def pl_branch_check(seven):
    return str((10 - sum(int(c) * w for c, w in zip(seven, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10)


def pt_nib(nineteen):
    return "%02d" % (98 - (int(nineteen) * 100) % 97)


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21,
            "AT": 20, "IE": 22, "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20}
IBAN_BBAN_RE = {
    "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}", "FR": r"\d{10}[0-9A-Z]{11}\d{2}", "ES": r"\d{20}",
    "IT": r"[A-Z]\d{10}[0-9A-Z]{12}", "NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "CH": r"\d{5}[0-9A-Z]{12}",
    "AT": r"\d{16}", "IE": r"[A-Z]{4}\d{14}", "PL": r"\d{24}", "PT": r"\d{21}", "SE": r"\d{20}",
    "DK": r"\d{14}", "NO": r"\d{11}", "FI": r"\d{14}", "LU": r"\d{3}[0-9A-Z]{13}",
}


def iban_national_ok(iban):
    cc, b = iban[:2], iban[4:]
    if cc == "FR":
        return fr_rib_key(b[:5], b[5:10], b[10:21]) == b[21:]
    if cc == "ES":
        return es_dc("00" + b[:8]) + es_dc(b[10:]) == b[8:10]
    if cc == "IT":
        return it_cin(b[1:]) == b[0]
    if cc == "NL":
        return nl_elf_ok(b[4:])
    if cc == "BE":
        r = int(b[:10]) % 97
        return "%02d" % (r or 97) == b[10:]
    if cc == "NO":
        return no_check(b[:10]) == b[10]
    if cc == "PL":
        return pl_branch_check(b[:7]) == b[7]
    if cc == "PT":
        return pt_nib(b[:19]) == b[19:]
    if cc == "FI":
        return luhn_ok(b)
    return True


def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    return (cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and re.fullmatch(IBAN_BBAN_RE[cc], s[4:]) is not None
            and iban_mod97(s) == 1 and iban_national_ok(s))


def ssn_ok(s):
    if not re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s):
        return False
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100))


def itin_ok(s):
    if not re.fullmatch(r"9\d{2}([- ]?)\d{2}\1\d{4}", s):
        return False
    return int(re.sub(r"\D", "", s)[3:5]) in ITIN_GROUPS


def npi_ok(s):
    return re.fullmatch(r"[12]\d{9}", s) is not None and luhn_ok("80840" + s)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}")


def mbi_ok(s):
    if not re.fullmatch(r"\w{4}-?\w{3}-?\w{4}", s):
        return False
    return MBI_RE.fullmatch(s.replace("-", "").upper()) is not None


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]


def nino_ok(s):
    t = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    return bool(m) and m.group(1) in NINO_FIRST and m.group(2) in NINO_SECOND and t[:2] not in NINO_BAD


def crypto_ok(s):
    if s.startswith("0x"):
        if not re.fullmatch(r"0x[0-9a-fA-F]{40}", s):
            return False
        h = s[2:]
        return h == h.lower() or h == h.upper() or eip55(h) == h
    if s.lower().startswith("bc1"):
        r = segwit_decode(s)
        return r is not None and r[0] == "bc" and ((r[1] == 0 and len(r[2]) in (20, 32)) or (r[1] == 1 and len(r[2]) == 32))
    raw = b58decode(s)
    return len(raw) == 25 and raw[0] in (0, 5) and dsha(raw[:21])[:4] == raw[21:]


def card_brand_ok(num, brand):
    n, L = int(num[:6]), len(num)
    if brand == "visa":
        return num[0] == "4" and L in (13, 16, 19)
    if brand == "mc":
        return (510000 <= n <= 559999 or 222100 <= n <= 272099) and L == 16
    if brand == "amex":
        return num[:2] in ("34", "37") and L == 15
    if brand == "discover":
        return (num[:4] == "6011" or 644 <= int(num[:3]) <= 649 or num[:2] == "65") and L in (16, 19)
    if brand == "jcb":
        return 3528 <= int(num[:4]) <= 3589 and L == 16
    if brand == "diners":
        return (num[:2] == "36" or 300 <= int(num[:3]) <= 305) and L == 14
    if brand == "unionpay":
        return num[:2] == "62" and 16 <= L <= 19
    return False


def normalize_evasions(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u200b", "").replace("\u200c", "").replace("\u2060", "")


# ----------------------------------------------------------------------------------------
# Hand-written vocabulary
# ----------------------------------------------------------------------------------------

def W(s):
    """Split a '|'-separated hand-written list."""
    return [x.strip() for x in s.split("|") if x.strip()]


NAMES = {
    "anglo": (W("""James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|
        Richard|Susan|Joseph|Jessica|Thomas|Sarah|Christopher|Karen|Daniel|Lisa|Matthew|Nancy|Anthony|Betty|
        Mark|Sandra|Donald|Ashley|Steven|Kimberly|Andrew|Emily|Joshua|Donna|Kenneth|Michelle|Kevin|Carol|Brian|
        Amanda|George|Melissa|Timothy|Deborah|Ronald|Stephanie|Jason|Rebecca|Ryan|Sharon|Jacob|Laura|Gary|
        Cynthia|Nicholas|Dorothy|Eric|Amy|Jonathan|Kathleen|Larry|Angela|Justin|Shirley|Scott|Brenda|Brandon|
        Emma|Benjamin|Olivia|Samuel|Hannah|Gregory|Abigail|Harold|Madison|Frank|Grace|Patrick|Chloe|Dennis|
        Victoria|Tyler|Lily|Aaron|Sophie|Henry|Charlotte|Noah|Amelia|Oliver|Isla|Harry|Poppy|Alfie|Freya|
        Archie|Evie|Theo|Imogen|Ruby|Hunter|Summer|Will|Bill|Rose|May|Faith|Hope|Joy|Dawn|Amber|Jade|Pat|Sue|
        Penny|Chase|Hazel|Ivy|Willow|Autumn|Drew|Gene|Bob|Rob|Tracy|Kyle|Cody|Brittany|Dakota|Shelby|Tanner|
        Thaddeus|Zebedee|Ottoline|Cordelia|Bartholomew|Ignatius|Peregrine|Araminta|Jemima|Tobias|Ezekiel|
        Marigold|Clementine|Percival|Horatio|Winifred|Mildred|Eustace|Ebenezer|Lettice|Mary-Jane|Billie-Jo"""),
              W("""Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|
        Jackson|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|
        Adams|Baker|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Parker|Collins|Edwards|Stewart|Morris|
        Rogers|Reed|Cook|Morgan|Bell|Cooper|Bailey|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|
        Hughes|Price|Sanders|Myers|Long|Ross|Foster|Fletcher|Thornton|Ashworth|Pemberton|Hargreaves|
        Featherstonehaugh|Cholmondeley|Winterbottom|Sidebottom|Pennyfeather|Blackwood|Whitlock|Hunter|Mason|
        Fisher|Hawthorne|Marsh|Bishop|Knight|Fox|Wolfe|Lamb|Stone|Frost|Page|Rose|Church|Sterling|Goodbody|
        Holloway|Kettleborough|Pettigrew|Quincey|Ogilvy|Fairweather|Lovelace|Treadwell|Younghusband""")),
    "celtic": (W("""Siobhán|Niamh|Caoimhe|Aoife|Saoirse|Oisín|Cian|Tadhg|Ciarán|Eoin|Pádraig|Róisín|Gráinne|
        Dervla|Fionnuala|Séamus|Ailbhe|Eilidh|Morag|Hamish|Callum|Iona|Catriona|Ewan|Angus|Rhiannon|Bethan|
        Gethin|Dafydd|Cerys|Ffion|Llewelyn|Iolo|Rory|Declan|Orla|Bríd"""),
               W("""O'Brien|Murphy|Kelly|O'Sullivan|Walsh|McCarthy|Byrne|Ryan|O'Connor|Doyle|Ní Bhriain|
        Mac Giolla Phádraig|MacLeod|MacDonald|Campbell|Fraser|Robertson|Ferguson|Davies|Evans|Pritchard|
        Llewellyn|Vaughan|Ó Súilleabháin|McGillicuddy|Cruickshank|Urquhart|Ap Rhys|Gallagher|Quigley""")),
    "hispanic": (W("""José|María|Juan|Carmen|Luis|Ana|Carlos|Lucía|Javier|Sofía|Miguel|Isabel|Alejandro|
        Valentina|Diego|Camila|Mateo|Ximena|Santiago|Guadalupe|Rafael|Pilar|Fernando|Rocío|Álvaro|Inmaculada|
        Iñaki|Itziar|Aitor|Nerea|Xiadani|Itzel|Yolanda|Consuelo|Dolores|Esperanza|Jesús|Encarnación|Fausto|
        Leocadia|Eulalia|Nahuel|Maite|Marisol|Ignacio|Citlali|Yaretzi|Anselmo|Remedios|Ainhoa|María José"""),
                 W("""García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|
        Rivera|Gómez|Díaz|Morales|Ortiz|Gutiérrez|Chávez|Ruiz|Álvarez|Castillo|Jiménez|Moreno|Romero|Herrera|
        Medina|Aguilar|Vargas|Castro|Núñez|Ibáñez|Etxeberria|Goikoetxea|Zubizarreta|de la Cruz|del Río|
        Villanueva|Echeverría|Quispe|Mamani|Xicohténcatl|Huanca|Peña|Olmedo|Zamudio|Urquijo""")),
    "lusophone": (W("""João|Maria|Pedro|Beatriz|Tiago|Inês|Gonçalo|Leonor|Rodrigo|Mariana|Thiago|Larissa|
        Luana|Caio|Rafaela|Joaquim|Conceição|Vitória|Anderson|Gilberto"""),
                  W("""Silva|Santos|Oliveira|Souza|Pereira|Costa|Ferreira|Rodrigues|Almeida|Carvalho|
        Gonçalves|Ribeiro|Nascimento|Araújo|Magalhães|Brandão|Quaresma|Figueiredo""")),
    "french": (W("""Jean|Marie|Pierre|Camille|Louis|Chloé|Hugo|Léa|Mathieu|Manon|Antoine|Inès|Théo|Élodie|
        Guillaume|Océane|Baptiste|Margaux|Étienne|Solène|Aurélien|Clémence|Benoît|Anaïs|Gaspard|Apolline|
        Corentin|Gwenaëlle|Yannick|Maëlys|Thibault|Ségolène|Enguerrand|Sidonie|Jean-Baptiste|Marie-Claire"""),
               W("""Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|
        Lefebvre|Michel|Fontaine|Rousseau|Girard|Bonnet|Dupont|Lambert|Faure|Mercier|Blanc|Guérin|Chevalier|
        Lemaire|Boucher|Le Goff|Kerbrat|Le Bihan|Delacroix|Beaumont|Duchêne|Ndiaye|Benali""")),
    "german": (W("""Lukas|Anna|Leon|Lena|Felix|Mia|Maximilian|Hannah|Jonas|Lea|Paul|Marie|Finn|Johanna|
        Tobias|Katharina|Sebastian|Julia|Florian|Sophie|Moritz|Franziska|Jürgen|Ursula|Wolfgang|Brigitte|
        Günther|Helga|Dieter|Gisela|Uwe|Sabine|Jörg|Ingrid|Siegfried|Hildegard|Ortwin|Waltraud|Kunigunde|
        Leopold|Rüdiger|Annegret|Hans-Peter|Anneliese"""),
               W("""Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|
        Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|
        Schmitt|Werner|Krause|Lehmann|Köhler|Grünewald|Weißmann|Oberhäuser|von Bülow|Stöckl|Pfeiffer|
        Eichhorn|Yılmaz-Becker""")),
    "italian": (W("""Giuseppe|Giulia|Marco|Francesca|Luca|Chiara|Alessandro|Sofia|Matteo|Martina|Lorenzo|
        Aurora|Giovanni|Alessia|Salvatore|Concetta|Gennaro|Assunta|Ludovica|Ottavio|Filomena|Raffaele"""),
                W("""Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|
        Conti|De Luca|Mancini|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Caruso|D'Angelo|
        Lo Russo|Abbate|Zanetti""")),
    "nordic_dutch": (W("""Daan|Sanne|Bram|Femke|Joris|Anouk|Sem|Noor|Willem|Lieke|Lars|Ingrid|Søren|Astrid|
        Bjørn|Sigrid|Magnus|Freja|Ørjan|Solveig|Gunnar|Liv|Eero|Aino|Juha|Tuula|Sigurður|Guðrún|
        Ragnheiður|Þórunn|Annika|Henrik"""),
                     W("""de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|
        Mulder|van der Meer|Hansen|Johansen|Nielsen|Andersen|Pedersen|Larsen|Lindqvist|Bergström|Johansson|
        Karlsson|Nilsson|Eriksson|Sjöberg|Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Sigurðsson|
        Jónsdóttir|Gunnarsdóttir|Østergaard""")),
    "slavic": (W("""Piotr|Anna|Krzysztof|Agnieszka|Tomasz|Katarzyna|Wojciech|Małgorzata|Przemysław|
        Grzegorz|Łukasz|Zofia|Jadwiga|Bożena|Kazimierz|Dmitri|Olga|Sergei|Natalia|Alexei|Tatiana|Oksana|
        Bohdan|Yaroslav|Svitlana|Milica|Dragan|Jelena|Nikola|Zdeněk|Vojtěch|Kateřina|Radek|Ondřej"""),
               W("""Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|
        Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Brzęczyszczykiewicz|Ivanov|Petrov|Smirnov|Kuznetsova|
        Volkov|Sokolov|Shevchenko|Kovalenko|Bondarenko|Tkachenko|Horvat|Novak|Dvořák|Procházka|Kučera|
        Jovanović|Petrović|Nikolić""")),
    "mediterranean": (W("""Georgios|Eleni|Dimitrios|Katerina|Konstantinos|Athanasia|Panagiotis|Chrysoula|
        Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Oğuz|Gülşen|Arman|Anahit|Tigran|Lusine|Giorgi|
        Nino|Levan|Tamar"""),
                      W("""Papadopoulos|Papadakis|Georgiou|Nikolaidis|Konstantinou|Karagiannis|Yılmaz|Kaya|
        Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Hovhannisyan|Petrosyan|Sargsyan|Beridze|
        Kapanadze|Gelashvili""")),
    "mena": (W("""Mohammed|Fatima|Ahmed|Aisha|Omar|Layla|Youssef|Mariam|Khalid|Noura|Hassan|Zainab|
        Ibrahim|Amira|Tariq|Yasmin|Karim|Rania|Samir|Hiba|Reza|Shirin|Dariush|Parisa|Kourosh|Niloufar|
        Arash|Golnaz|Yosef|Miriam|Avi|Noa|Eitan|Yael|Ariel|Shira|Abdelkader|Houda"""),
             W("""Al-Hashimi|Haddad|Khoury|Nasser|Mansour|El-Amin|Abdullah|Saleh|Farouk|Hamdan|Al-Farsi|
        Bakr|Darwish|Hosseini|Rahimi|Karimi|Ahmadi|Tehrani|Moradi|Cohen|Levi|Mizrahi|Friedman|Goldberg|Katz|
        Ben-David|Shapiro|Peretz|Bouazizi|El Idrissi""")),
    "south_asian": (W("""Priya|Rahul|Ananya|Arjun|Deepika|Vikram|Lakshmi|Sanjay|Kavya|Rohan|Sunita|Amit|
        Pooja|Rajesh|Neha|Suresh|Meera|Aditya|Divya|Karthik|Nandini|Thiruvengadam|Venkatesh|Harpreet|
        Gurpreet|Manpreet|Jaswinder|Simran|Arnav|Ishaan|Sneha|Anjali|Chandrasekhar|Bhavani|Farhan|Ayesha|
        Imran|Bilal|Sana|Zara|Tanvir|Nusrat|Sabbir|Rupali|Dilip|Ganesh|Yashoda|Aarav|Saanvi"""),
                    W("""Patel|Sharma|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Menon|Rao|Das|Chatterjee|Banerjee|
        Mukherjee|Bose|Sen|Desai|Mehta|Shah|Joshi|Kapoor|Malhotra|Chopra|Agarwal|Pillai|Krishnamurthy|
        Subramanian|Venkataraman|Ramaswamy|Gill|Sandhu|Dhillon|Grewal|Khan|Hussain|Ahmed|Qureshi|Chaudhry|
        Siddiqui|Rahman|Hossain|Chowdhury|Perera|Fernando|Jayasuriya|Wickramasinghe|Shrestha|Thapa|Gurung""")),
    "east_asian": (W("""Wei|Fang|Li Na|Jun|Mei|Hao|Xiaoming|Yan|Jing|Zhiwei|Xiu Ying|Haruto|Yui|Sota|Hina|
        Ren|Aoi|Takeshi|Yuki|Kenji|Sakura|Hiroshi|Emiko|Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Ji-woo|Hyun-woo|
        Soo-ah|Minh|Linh|Anh|Thanh|Huong|Tuan|Phuong|Somchai|Siriporn|Nattapong|Kanya|Budi|Siti|Agus|Dewi|
        Putri|Rizal|Maricel|Jocelyn|Rodel|Lorna|Jericho"""),
                   W("""Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|He|Gao|
        Luo|Chan|Wong|Leung|Cheung|Lau|Ng|Tan|Lim|Lee|Goh|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|
        Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto|Inoue|Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|
        Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Wongsakul|Chaiyaporn|Santoso|Wijaya|Halim|Kusuma|
        dela Cruz|Reyes|Bautista|Mendoza|Villareal|Macaraeg""")),
    "african": (W("""Oluwaseun|Chidubem|Ngozi|Adaeze|Tunde|Folake|Emeka|Chiamaka|Yetunde|Babajide|Ifeoma|
        Obinna|Aminu|Halima|Musa|Kwame|Kwabena|Akosua|Ama|Kofi|Abena|Yaw|Efua|Wanjiru|Kamau|Njeri|Otieno|
        Akinyi|Wambui|Tsegaye|Mulugeta|Selam|Abebe|Hirut|Mekdes|Abdirahman|Hodan|Fadumo|Thandiwe|Sipho|
        Nomvula|Lindiwe|Thabo|Zanele|Bongani|Amadou|Fatoumata|Moussa|Aminata|Ousmane|Mariama|Chipo|Tendai|
        Tatenda|Farai|Nokuthula|Amina"""),
                W("""Okafor|Adeyemi|Okonkwo|Nwosu|Eze|Oyelaran|Balogun|Adebayo|Ogunleye|Chukwu|Obi|Abubakar|
        Bello|Mensah|Asante|Boateng|Owusu|Appiah|Agyeman|Mwangi|Kiprop|Njoroge|Wanjala|Tesfaye|Bekele|Haile|
        Gebremedhin|Alemu|Warsame|Farah|Abdi|Dlamini|Nkosi|Ndlovu|Mokoena|Khumalo|Diallo|Traoré|Keita|
        Coulibaly|Ndiaye|Sow|Moyo|Chikwanha|Mutasa|Oyelowo|Achterberg""")),
    "pacific": (W("""Kahurangi|Aroha|Tane|Wiremu|Mere|Ngaio|Keoni|Leilani|Kalani|Malia|Noelani|Sione|Losana"""),
                W("""Ngata|Parata|Tawhiri|Kahale|Kealoha|Akana|Mahoe|Fifita|Tuilagi|Havili""")),
}
# Full names written in other scripts (used rarely, always as one span).
NONLATIN_NAMES = W("王芳|李伟|陈静|김민준|이서연|Дмитрий Иванов|Ольга Смирнова|Αικατερίνη Παπαδοπούλου|山田 花子|Νίκος Γεωργίου")

CULTURE_BY_COUNTRY = {
    "US": [(42, "anglo"), (16, "hispanic"), (6, "african"), (8, "south_asian"), (9, "east_asian"), (3, "mena"),
           (3, "celtic"), (3, "italian"), (3, "slavic"), (2, "german"), (2, "pacific"), (2, "lusophone"), (1, "mediterranean")],
    "CA": [(35, "anglo"), (15, "french"), (10, "south_asian"), (12, "east_asian"), (5, "celtic"), (5, "mena"),
           (5, "african"), (5, "slavic"), (3, "italian"), (3, "hispanic"), (2, "pacific")],
    "UK": [(40, "anglo"), (10, "celtic"), (14, "south_asian"), (6, "african"), (5, "east_asian"), (5, "mena"),
           (5, "slavic"), (3, "italian"), (3, "lusophone"), (3, "mediterranean"), (2, "nordic_dutch"), (2, "french")],
    "DE": [(55, "german"), (10, "mediterranean"), (8, "slavic"), (5, "mena"), (4, "italian"), (4, "nordic_dutch"),
           (4, "anglo"), (3, "african"), (3, "east_asian"), (2, "south_asian"), (2, "french")],
    "FR": [(55, "french"), (10, "mena"), (8, "african"), (5, "lusophone"), (5, "italian"), (4, "hispanic"),
           (4, "east_asian"), (3, "anglo"), (3, "german"), (3, "slavic")],
    "ES": [(60, "hispanic"), (6, "mena"), (5, "lusophone"), (5, "french"), (5, "anglo"), (5, "italian"),
           (4, "african"), (4, "slavic"), (3, "east_asian"), (3, "south_asian")],
    "IN": [(85, "south_asian"), (5, "anglo"), (4, "mena"), (3, "east_asian"), (3, "celtic")],
    "AU": [(45, "anglo"), (8, "celtic"), (10, "east_asian"), (8, "south_asian"), (6, "pacific"), (5, "italian"),
           (5, "mediterranean"), (4, "african"), (3, "mena"), (3, "slavic"), (3, "hispanic")],
}

# --- places ------------------------------------------------------------------------------
STREET_NAMES_EN = W("""Oak|Maple|Elm|Cedar|Pine|Main|Church|High|Station|Mill|Park|Lake|Hill|Washington|
    Lincoln|Jefferson|Madison|Franklin|Sunset|Riverside|Willow|Birch|Chestnut|Magnolia|Peachtree|Market|
    Mission|Valencia|Bedford|Kings|Queens|Victoria|Albert|Granville|Ashgrove|Fernhill|Walnut|Spruce|
    Sycamore|Dogwood|Hickory|Juniper|Aspen|Laurel|Poplar|Cherry|Orchard|Meadow|Brook|Spring|Forest|
    Highland|Lakeview|Ridge|Valley|Harbor|Bayview|Ocean|Prospect|Union|Liberty|Independence|Grant|Adams|
    Monroe|Jackson|Wilson|Cleveland|Kennedy|Euclid|Broadway|Bleecker|Delancey|Halsted|Wabash|Colfax|
    Alder|Greenwood|Ravenswood|Thornbury|Wexford|Carrington|Beaumont|Nightingale|Kestrel|Heron|
    Coronation|Jubilee|Marlborough|Stanley|Gladstone|Palmerston|Wellington|Nelson|Raglan|Belvedere|
    Tamarack|Saguaro|Mesquite|Cottonwood|Kalakaua|Puuloa|Wattle|Banksia|Jacaranda|Bottlebrush""")
STREET_TYPES_US = [(6, "Street"), (6, "St"), (2, "St."), (5, "Avenue"), (6, "Ave"), (4, "Road"), (4, "Rd"),
                   (4, "Drive"), (3, "Dr"), (3, "Lane"), (2, "Ln"), (3, "Boulevard"), (3, "Blvd"), (2, "Court"),
                   (2, "Ct"), (2, "Place"), (1, "Pl"), (2, "Way"), (1, "Terrace"), (1, "Circle"), (1, "Parkway"),
                   (1, "Pkwy"), (1, "Highway")]
STREET_TYPES_UK = [(8, "Street"), (8, "Road"), (4, "Lane"), (4, "Avenue"), (3, "Close"), (3, "Crescent"),
                   (3, "Grove"), (3, "Gardens"), (2, "Terrace"), (2, "Way"), (2, "Drive"), (2, "Place"),
                   (1, "Mews"), (1, "Row"), (1, "Hill"), (2, "Rd"), (2, "St")]
STREET_TYPES_AU = [(8, "Street"), (5, "St"), (5, "Road"), (3, "Rd"), (3, "Avenue"), (2, "Ave"), (2, "Parade"),
                   (2, "Crescent"), (2, "Drive"), (2, "Place"), (1, "Highway"), (1, "Terrace"), (1, "Close")]
US_UNITS = ["Apt {n}", "Apt. {n}", "Apt {n}{l}", "Unit {n}", "Suite {n}00", "#{n}", "Apartment {n}{l}", "Ste {n}"]
DE_STREETS = W("""Haupt|Bahnhof|Schul|Garten|Linden|Goethe|Schiller|Mozart|Kirch|Wald|Kastanien|Birken|
    Ahorn|Rosen|Berg|Feld|Wiesen|Mühlen|Tal|Brunnen|Eichen|Buchen|Gartenfeld|Friedhof|Post|Markt|Sonnen|
    Blumen|Industrie|Uhland|Beethoven|Kant|Hegel|Leibniz|Humboldt|Dorf|Burg|Kloster|Hafen|Ulmen|Tannen""")
DE_SUFFIX = [(10, "straße"), (3, "str."), (4, "weg"), (2, "allee"), (1, "platz"), (1, "gasse"), (1, "ring"), (1, "damm")]
DE_SEPARATE = W("""Berliner Straße|Münchner Straße|Kölner Straße|Frankfurter Allee|Am Markt|Am Sonnenhang|
    Unter den Linden|Karl-Marx-Straße|Friedrich-Ebert-Straße|Konrad-Adenauer-Ring|Im Winkel|An der Mühle""")
FR_STREETS = W("""rue de la Paix|rue Victor Hugo|rue des Lilas|avenue Jean Jaurès|rue de la République|
    boulevard Pasteur|avenue du Général de Gaulle|rue des Écoles|rue Saint-Honoré|rue de Rivoli|
    avenue Gambetta|boulevard Voltaire|rue du Faubourg Saint-Antoine|impasse des Tilleuls|place du Marché|
    rue Émile Zola|chemin des Vignes|allée des Peupliers|quai de la Loire|rue Nationale|rue de Vaugirard""")
ES_STREETS = W("""Calle Mayor|Calle de Alcalá|Gran Vía|Avenida de la Constitución|Paseo de Gracia|
    Calle Real|Calle del Carmen|Avenida de América|Calle de Serrano|Plaza Mayor|Calle San Vicente|
    Ronda de Atocha|Calle Larios|Avenida Diagonal|Calle de Toledo|Calle Sierpes|Paseo de la Castellana""")
IN_STREETS = W("""MG Road|Residency Road|Linking Road|Park Street|Brigade Road|Anna Salai|Hill Road|
    Nehru Road|Station Road|Temple Street|Church Street|Lake View Road|100 Feet Road|Ring Road|Sardar Patel Marg""")

US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"),
             ("Boston", "MA", "021"), ("Chicago", "IL", "606"), ("Portland", "OR", "972"), ("Miami", "FL", "331"),
             ("Atlanta", "GA", "303"), ("Phoenix", "AZ", "850"), ("San Francisco", "CA", "941"),
             ("Brooklyn", "NY", "112"), ("Columbus", "OH", "432"), ("Nashville", "TN", "372"),
             ("Minneapolis", "MN", "554"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
             ("Albuquerque", "NM", "871"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
             ("Los Angeles", "CA", "900"), ("San Diego", "CA", "921"), ("Houston", "TX", "770"),
             ("Dallas", "TX", "752"), ("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"),
             ("Baltimore", "MD", "212"), ("Richmond", "VA", "232"), ("Raleigh", "NC", "276"),
             ("Charlotte", "NC", "282"), ("Tampa", "FL", "336"), ("Orlando", "FL", "328"),
             ("New Orleans", "LA", "701"), ("Kansas City", "MO", "641"), ("St. Louis", "MO", "631"),
             ("Omaha", "NE", "681"), ("Salt Lake City", "UT", "841"), ("Las Vegas", "NV", "891"),
             ("Tucson", "AZ", "857"), ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"),
             ("Detroit", "MI", "482"), ("Ann Arbor", "MI", "481"), ("Cleveland", "OH", "441"),
             ("Indianapolis", "IN", "462"), ("Louisville", "KY", "402"), ("Memphis", "TN", "381"),
             ("Burlington", "VT", "054"), ("Portland", "ME", "041"), ("Providence", "RI", "029"),
             ("Hartford", "CT", "061"), ("Newark", "NJ", "071"), ("Buffalo", "NY", "142"),
             ("Des Moines", "IA", "503"), ("Fargo", "ND", "581"), ("Billings", "MT", "591"),
             ("Cheyenne", "WY", "820"), ("Little Rock", "AR", "722"), ("Jackson", "MS", "392"),
             ("Birmingham", "AL", "352"), ("Charleston", "SC", "294"), ("Savannah", "GA", "314")]
US_AREA = {"IL": ["217", "312", "773", "630", "847"], "TX": ["512", "214", "713", "210", "817"], "WA": ["206", "425", "253"],
           "CO": ["303", "720", "719"], "MA": ["617", "508", "781"], "OR": ["503", "971", "541"], "FL": ["305", "786", "813", "407", "904"],
           "GA": ["404", "678", "912"], "AZ": ["602", "480", "520"], "CA": ["415", "510", "213", "310", "619", "916", "408", "626"],
           "NY": ["212", "718", "917", "347", "716"], "OH": ["614", "216", "513"], "TN": ["615", "901", "865"], "MN": ["612", "651"],
           "WI": ["608", "414"], "ID": ["208"], "NM": ["505"], "AK": ["907"], "HI": ["808"], "PA": ["215", "412", "267"],
           "MD": ["410", "301"], "VA": ["804", "703"], "NC": ["919", "704"], "LA": ["504"], "MO": ["816", "314"], "NE": ["402"],
           "UT": ["801"], "NV": ["702"], "MI": ["313", "734", "616"], "IN": ["317"], "KY": ["502"], "VT": ["802"], "ME": ["207"],
           "RI": ["401"], "CT": ["860"], "NJ": ["973", "201"], "IA": ["515"], "ND": ["701"], "MT": ["406"], "WY": ["307"],
           "AR": ["501"], "MS": ["601"], "AL": ["205"], "SC": ["843"]}
CA_CITIES = [("Toronto", "ON", ["M5V", "M4C", "M6J", "M5R", "M4Y"], ["416", "647", "437"]),
             ("Vancouver", "BC", ["V6B", "V5K", "V6K"], ["604", "778"]), ("Montréal", "QC", ["H2X", "H3B", "H2J"], ["514", "438"]),
             ("Calgary", "AB", ["T2P", "T3A"], ["403", "587"]), ("Ottawa", "ON", ["K1P", "K2B"], ["613"]),
             ("Halifax", "NS", ["B3H", "B3K"], ["902"]), ("Winnipeg", "MB", ["R3C", "R2M"], ["204"]),
             ("Edmonton", "AB", ["T5J", "T6E"], ["780"]), ("Saskatoon", "SK", ["S7K"], ["306"])]
UK_CITIES = [("London", ["SW1A", "SW11", "E14", "N1", "NW3", "SE15", "W2", "EC1V", "WC2H", "E8", "SW9", "N16"]),
             ("Manchester", ["M1", "M14", "M20", "M4"]), ("Birmingham", ["B15", "B29", "B13"]), ("Leeds", ["LS6", "LS2"]),
             ("Edinburgh", ["EH3", "EH10", "EH6"]), ("Glasgow", ["G12", "G41"]), ("Bristol", ["BS8", "BS6"]),
             ("Cardiff", ["CF10", "CF24"]), ("Belfast", ["BT7", "BT9"]), ("Liverpool", ["L8", "L17"]),
             ("Sheffield", ["S10", "S11"]), ("Oxford", ["OX1", "OX4"]), ("Cambridge", ["CB1", "CB4"]),
             ("Brighton", ["BN1", "BN2"]), ("Newcastle upon Tyne", ["NE6", "NE2"]), ("Nottingham", ["NG7"]),
             ("York", ["YO10", "YO31"]), ("Aberdeen", ["AB10"]), ("Swansea", ["SA1"]), ("Norwich", ["NR2"])]
UK_AREA = {"London": "020", "Manchester": "0161", "Birmingham": "0121", "Leeds": "0113", "Edinburgh": "0131",
           "Glasgow": "0141", "Bristol": "0117", "Liverpool": "0151", "Sheffield": "0114", "Nottingham": "0115",
           "Newcastle upon Tyne": "0191"}
DE_CITIES = [("Berlin", 10115, 14199, "030"), ("München", 80331, 81929, "089"), ("Hamburg", 20095, 22769, "040"),
             ("Köln", 50667, 51149, "0221"), ("Frankfurt am Main", 60306, 60599, "069"), ("Stuttgart", 70173, 70629, "0711"),
             ("Leipzig", 4103, 4357, "0341"), ("Dresden", 1067, 1328, "0351"), ("Düsseldorf", 40210, 40629, "0211"),
             ("Freiburg im Breisgau", 79098, 79117, "0761"), ("Nürnberg", 90402, 90491, "0911")]
FR_CITIES = [("Paris", 75001, 75020, "01"), ("Lyon", 69001, 69009, "04"), ("Marseille", 13001, 13016, "04"),
             ("Toulouse", 31000, 31500, "05"), ("Bordeaux", 33000, 33300, "05"), ("Nantes", 44000, 44300, "02"),
             ("Lille", 59000, 59800, "03"), ("Strasbourg", 67000, 67200, "03"), ("Rennes", 35000, 35700, "02"),
             ("Montpellier", 34000, 34090, "04")]
ES_CITIES = [("Madrid", 28001, 28055, "91"), ("Barcelona", 8001, 8042, "93"), ("Valencia", 46001, 46026, "96"),
             ("Sevilla", 41001, 41020, "95"), ("Bilbao", 48001, 48015, "94"), ("Zaragoza", 50001, 50018, "976"),
             ("Málaga", 29001, 29018, "95"), ("Granada", 18001, 18015, "958")]
AU_CITIES = [("Sydney", "NSW", 2000, 2234, "02"), ("Melbourne", "VIC", 3000, 3207, "03"), ("Brisbane", "QLD", 4000, 4179, "07"),
             ("Perth", "WA", 6000, 6199, "08"), ("Adelaide", "SA", 5000, 5174, "08"), ("Hobart", "TAS", 7000, 7018, "03"),
             ("Canberra", "ACT", 2600, 2617, "02")]
AU_SUBURBS = {"Sydney": ["Newtown", "Surry Hills", "Bondi", "Parramatta", "Marrickville", "Chatswood"],
              "Melbourne": ["Fitzroy", "Brunswick", "St Kilda", "Carlton", "Footscray"],
              "Brisbane": ["Paddington", "West End", "Toowong"], "Perth": ["Subiaco", "Fremantle", "Leederville"],
              "Adelaide": ["Norwood", "Glenelg", "Unley"], "Hobart": ["Sandy Bay", "Battery Point"], "Canberra": ["Braddon", "Kingston"]}
IN_CITIES = [("Bengaluru", 560001, 560100, "080", ["Indiranagar", "Koramangala", "Jayanagar", "Whitefield"]),
             ("Mumbai", 400001, 400104, "022", ["Andheri West", "Bandra", "Powai", "Dadar"]),
             ("New Delhi", 110001, 110096, "011", ["Lajpat Nagar", "Saket", "Karol Bagh", "Dwarka"]),
             ("Chennai", 600001, 600119, "044", ["Adyar", "T. Nagar", "Mylapore"]),
             ("Hyderabad", 500001, 500096, "040", ["Banjara Hills", "Gachibowli", "Kukatpally"]),
             ("Pune", 411001, 411062, "020", ["Kothrud", "Aundh", "Viman Nagar"]),
             ("Kolkata", 700001, 700107, "033", ["Salt Lake", "Ballygunge", "Howrah"])]
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CA_PC_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"

# --- health (English) --------------------------------------------------------------------
CONDITIONS = [("", "type 2 diabetes"), ("", "type 1 diabetes"), ("", "asthma"), ("", "hypertension"),
              ("", "high blood pressure"), ("", "COPD"), ("", "depression"), ("", "anxiety"), ("", "bipolar disorder"),
              ("", "schizophrenia"), ("", "ADHD"), ("", "epilepsy"), ("", "migraines"), ("", "multiple sclerosis"),
              ("", "Parkinson's disease"), ("", "Alzheimer's"), ("", "dementia"), ("", "rheumatoid arthritis"),
              ("", "osteoarthritis"), ("", "lupus"), ("", "Crohn's disease"), ("", "ulcerative colitis"), ("", "IBS"),
              ("", "celiac disease"), ("", "GERD"), ("", "hypothyroidism"), ("", "hyperthyroidism"),
              ("", "Hashimoto's"), ("", "PCOS"), ("", "endometriosis"), ("", "breast cancer"), ("", "prostate cancer"),
              ("", "leukemia"), ("", "lymphoma"), ("", "melanoma"), ("", "HIV"), ("", "hepatitis C"), ("", "hepatitis B"),
              ("", "tuberculosis"), ("", "pneumonia"), ("", "bronchitis"), ("", "COVID-19"), ("", "long COVID"),
              ("", "shingles"), ("", "chlamydia"), ("", "psoriasis"), ("", "eczema"), ("", "atrial fibrillation"),
              ("", "heart failure"), ("", "coronary artery disease"), ("", "sickle cell anemia"), ("", "anemia"),
              ("", "cystic fibrosis"), ("", "kidney stones"), ("", "chronic kidney disease"), ("", "gout"),
              ("", "fibromyalgia"), ("", "chronic fatigue syndrome"), ("", "sleep apnea"), ("", "PTSD"), ("", "OCD"),
              ("", "anorexia"), ("", "glaucoma"), ("", "cataracts"), ("", "osteoporosis"), ("", "scoliosis"),
              ("", "sciatica"), ("", "tinnitus"), ("a ", "UTI"), ("", "strep throat"), ("", "tonsillitis"),
              ("", "gestational diabetes"), ("", "preeclampsia"), ("a ", "herniated disc"), ("", "gallstones"),
              ("a ", "stomach ulcer"), ("", "diverticulitis"), ("", "Lyme disease"), ("", "mononucleosis"),
              ("", "hemophilia"), ("", "Graves' disease"), ("", "celiac"), ("", "postpartum depression"),
              ("an ", "eating disorder"), ("", "alcohol use disorder"), ("a ", "peanut allergy"), ("", "prediabetes")]
CONDITION_ADJ = ["diabetic", "asthmatic", "epileptic", "HIV positive", "pregnant", "prediabetic", "anemic"]
SYMPTOMS = [("", "chest pain"), ("", "shortness of breath"), ("a ", "rash"), ("a ", "headache"), ("a ", "fever"),
            ("a ", "cough"), ("a ", "sore throat"), ("", "nausea"), ("", "vomiting"), ("", "diarrhea"),
            ("", "dizziness"), ("", "fatigue"), ("", "back pain"), ("", "abdominal pain"), ("a ", "stomach ache"),
            ("", "blurred vision"), ("", "numbness in my left arm"), ("", "joint pain"), ("", "swelling"),
            ("", "palpitations"), ("", "night sweats"), ("", "chills"), ("a ", "runny nose"), ("", "congestion"),
            ("", "wheezing"), ("", "itching"), ("", "hives"), ("", "weight loss"), ("", "blood in my stool"),
            ("", "blood in my urine"), ("", "heartburn"), ("", "constipation"), ("", "bloating"), ("an ", "earache"),
            ("a ", "toothache"), ("", "loss of smell"), ("", "loss of taste"), ("", "muscle aches"), ("", "tingling"),
            ("", "hair loss"), ("", "frequent urination"), ("", "excessive thirst"), ("", "fainting spells"),
            ("", "memory loss"), ("", "confusion"), ("", "panic attacks"), ("a ", "lump in my breast"),
            ("", "swollen ankles"), ("", "ringing in my ears"), ("", "pain when urinating"),
            ("an ", "irregular heartbeat"), ("a ", "high temperature"), ("a ", "stiff neck"),
            ("", "sensitivity to light"), ("", "insomnia"), ("a ", "migraine"),
            ("", "tremors"), ("", "spotting"), ("", "cramps"), ("a ", "burning sensation in my chest"),
            ("", "swollen glands"), ("", "pins and needles"), ("a ", "nosebleed"),
            ("", "dry mouth"), ("", "coughing up blood")]
MEDICATIONS = W("""metformin|insulin|lisinopril|atorvastatin|simvastatin|amlodipine|levothyroxine|omeprazole|
    pantoprazole|sertraline|fluoxetine|escitalopram|citalopram|bupropion|venlafaxine|duloxetine|alprazolam|
    lorazepam|diazepam|clonazepam|zolpidem|gabapentin|pregabalin|tramadol|oxycodone|hydrocodone|morphine|
    ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|amoxicillin|azithromycin|doxycycline|ciprofloxacin|
    cephalexin|prednisone|prednisolone|albuterol|salbutamol|fluticasone|montelukast|cetirizine|loratadine|
    warfarin|apixaban|rivaroxaban|clopidogrel|metoprolol|propranolol|losartan|hydrochlorothiazide|furosemide|
    spironolactone|Ozempic|semaglutide|Wegovy|Mounjaro|Jardiance|Eliquis|Xarelto|Adderall|methylphenidate|
    Ritalin|lithium|quetiapine|aripiprazole|risperidone|olanzapine|lamotrigine|levetiracetam|valproate|
    sumatriptan|methotrexate|adalimumab|Humira|hydroxychloroquine|tamoxifen|finasteride|sildenafil|Viagra|
    Truvada|estradiol|EpiPen|Suboxone|buprenorphine|naloxone|Lexapro|Zoloft|Xanax|Synthroid|Lipitor|Ventolin|
    Tylenol|Advil|co-codamol|nitrofurantoin|mirtazapine|trazodone|Plan B|Paxlovid|Dupixent|Keytruda""")
PROCEDURES = [("an ", "MRI"), ("a ", "CT scan"), ("an ", "X-ray"), ("a ", "colonoscopy"), ("an ", "endoscopy"),
              ("a ", "mammogram"), ("an ", "ultrasound"), ("a ", "biopsy"), ("a ", "blood test"), ("an ", "ECG"),
              ("an ", "EKG"), ("an ", "echocardiogram"), ("a ", "knee replacement"), ("a ", "hip replacement"),
              ("an ", "appendectomy"), ("", "cataract surgery"), ("", "LASIK"), ("a ", "root canal"),
              ("a ", "tooth extraction"), ("a ", "C-section"), ("a ", "vasectomy"), ("a ", "hysterectomy"),
              ("a ", "tonsillectomy"), ("", "chemotherapy"), ("", "radiation therapy"), ("", "dialysis"),
              ("", "physiotherapy"), ("an ", "angioplasty"), ("", "bypass surgery"), ("a ", "pap smear"),
              ("a ", "skin biopsy"), ("an ", "allergy test"), ("a ", "sleep study"), ("a ", "stress test"),
              ("a ", "lumbar puncture"), ("", "IVF"), ("a ", "gastric bypass"), ("an ", "ACL reconstruction"),
              ("a ", "bone density scan"), ("a ", "PET scan"), ("a ", "cardiac catheterization"),
              ("a ", "cholecystectomy"), ("a ", "hernia repair"), ("a ", "carpal tunnel release"),
              ("a ", "wisdom tooth removal"), ("a ", "cortisone injection"), ("a ", "D&C"), ("an ", "abortion"),
              ("a ", "spinal fusion"), ("a ", "mastectomy"), ("a ", "glucose tolerance test"), ("a ", "Holter monitor test")]
HEALTH_I18N = {
    "es": {"cond": W("diabetes|asma|hipertensión|migraña|depresión|ansiedad|artritis|hipotiroidismo|colesterol alto|epilepsia|celiaquía|fibromialgia"),
           "sym": W("fiebre|tos|dolor de cabeza|dolor de pecho|mareos|náuseas|dolor de garganta|diarrea|dolor de espalda|sarpullido|vómitos|cansancio"),
           "med": W("ibuprofeno|paracetamol|metformina|omeprazol|enalapril|Nolotil|amoxicilina|insulina|sertralina|Sintrom"),
           "proc": [("una ", "resonancia magnética"), ("un ", "análisis de sangre"), ("una ", "radiografía"), ("una ", "colonoscopia"),
                    ("una ", "ecografía"), ("una ", "mamografía"), ("una ", "endoscopia"), ("un ", "electrocardiograma")]},
    "fr": {"cond": W("diabète|asthme|hypertension|dépression|migraines|anxiété|hypothyroïdie|eczéma|sclérose en plaques|endométriose"),
           "sym": [("", "mal à la tête"), ("de la ", "fièvre"), ("des ", "nausées"), ("", "mal au ventre"),
                   ("", "mal à la gorge"), ("des ", "vertiges"), ("une ", "toux persistante"), ("des ", "douleurs thoraciques"),
                   ("une ", "éruption cutanée"), ("", "mal au dos"), ("des ", "palpitations"), ("des ", "diarrhées")],
           "med": W("Doliprane|paracétamol|ibuprofène|Levothyrox|Spasfon|amoxicilline|metformine|Ventoline|Dafalgan|Xanax"),
           "proc": [("une ", "IRM"), ("une ", "prise de sang"), ("une ", "radiographie"), ("une ", "échographie"),
                    ("une ", "coloscopie"), ("une ", "mammographie"), ("un ", "scanner"), ("un ", "électrocardiogramme")]},
    "de": {"cond": W("Diabetes|Asthma|Bluthochdruck|Depressionen|Migräne|Schilddrüsenunterfunktion|Rheuma|Neurodermitis|Multiple Sklerose|Long Covid"),
           "sym": W("Fieber|Kopfschmerzen|Husten|Halsschmerzen|Bauchschmerzen|Rückenschmerzen|Schwindel|Übelkeit|Durchfall|Atemnot|Brustschmerzen|Schüttelfrost|Hautausschlag"),
           "med": W("Ibuprofen|Metformin|Pantoprazol|L-Thyroxin|Novaminsulfon|Paracetamol|Ramipril|Amoxicillin|Cortison|Salbutamol"),
           "proc": [("ein ", "MRT"), ("eine ", "Blutabnahme"), ("eine ", "Röntgenaufnahme"), ("eine ", "Darmspiegelung"),
                    ("eine ", "Ultraschalluntersuchung"), ("eine ", "Magenspiegelung"), ("eine ", "Mammographie"), ("ein ", "Belastungs-EKG")]},
}

# --- commerce vocabulary used in benign fillers -------------------------------------------
MERCHANTS = W("""Amazon|Tesco|Walmart|Target|Lidl|Uber|Netflix|Spotify|Shell|Starbucks|IKEA|Zara|MediaMarkt|
    Carrefour|El Corte Inglés|Woolworths|Flipkart|Costco|Aldi|Sainsbury's|Boots|Deliveroo|Airbnb|Ryanair|
    Home Depot|Best Buy|Trader Joe's|Rewe|Decathlon|Fnac|Mercadona|Coles|Swiggy""")
PRODUCTS = W("""blender|hoodie|running shoes|phone case|air fryer|desk lamp|yoga mat|backpack|headphones|
    coffee grinder|rain jacket|kettle|toaster|office chair|bed sheets|winter boots|laptop stand|water bottle|
    frying pan|duvet cover|kids' raincoat|gaming mouse|electric toothbrush|standing desk|throw pillow|
    sofa cover|wireless charger|garden hose|bike helmet|suitcase|wool scarf|denim jacket|sneakers""")
COLORS = W("""white|black|navy|hunter green|rose gold|olive|ruby red|amber|jade|charcoal|ivory|sage|
    mustard|burgundy|sky blue|coral|sand|forest green|dusty pink|grey|silver""")
US_STATES = ["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "MI", "OH", "GA", "MA", "CO", "AZ"]

# ----------------------------------------------------------------------------------------
# Value generators.  Each returns (value, kind); kind drives the self-check validators.
# ----------------------------------------------------------------------------------------
REF_YEAR, REF_MONTH, REF_DAY = 2025, 6, 11
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MONTHS_EN = W("January|February|March|April|May|June|July|August|September|October|November|December")
MONTHS_DE = W("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember")
MONTHS_FR = W("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
MONTHS_ES = W("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")


def rstr(alphabet, n):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


# --- cards ----------------------------------------------------------------------------
CARD_BRANDS = [(45, "visa"), (29, "mc"), (11, "amex"), (6, "discover"), (3, "jcb"), (2, "diners"), (4, "unionpay")]
TEST_CARDS = [("4111111111111111", "visa"), ("5555555555554444", "mc"), ("378282246310005", "amex"),
              ("4242424242424242", "visa"), ("6011111111111117", "discover")]


def card_digits(brand):
    if brand == "visa":
        prefix, L = "4", wpick([(90, 16), (2, 13), (8, 19)])
    elif brand == "mc":
        prefix, L = (str(R.randint(51, 55)) if R.random() < 0.75 else str(R.randint(2221, 2720))), 16
    elif brand == "amex":
        prefix, L = pick(["34", "37"]), 15
    elif brand == "discover":
        prefix, L = pick(["6011", str(R.randint(644, 649)), "65"]), 16
    elif brand == "jcb":
        prefix, L = str(R.randint(3528, 3589)), 16
    elif brand == "diners":
        prefix, L = pick(["36", str(R.randint(300, 305))]), 14
    else:
        prefix, L = "62", pick([16, 16, 19])
    return luhn_complete(prefix + digits(L - 1 - len(prefix)))


def card_groups(num, brand):
    L = len(num)
    if brand == "amex":
        g = [4, 6, 5]
    elif L == 14:
        g = [4, 6, 4]
    elif L == 13:
        g = [4, 4, 5]
    elif L == 19:
        g = [4, 4, 4, 4, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for n in g:
        out.append(num[i:i + n])
        i += n
    return out


FW = {str(d): chr(0xFF10 + d) for d in range(10)}


def fmt_card(num, brand, mode):
    parts = card_groups(num, brand)
    if mode == "space":
        return " ".join(parts)
    if mode == "none":
        return num
    if mode == "dash":
        return "-".join(parts)
    if mode == "dot":
        return ".".join(parts)
    if mode == "mixed":
        out = parts[0]
        for p in parts[1:]:
            out += pick([" ", "-", ".", " - ", "  ", "/"]) + p
        return out
    if mode == "nbsp":
        return "\u00a0".join(parts)
    if mode == "fullwidth":
        sep = pick([" ", "\u3000", "", "－"])
        return sep.join("".join(FW[c] for c in p) for p in parts)
    if mode == "half_fullwidth":
        return " ".join("".join(FW[c] for c in p) if i % 2 == 0 else p for i, p in enumerate(parts))
    if mode == "zwsp":
        base = pick([" ".join(parts), num, "-".join(parts)])
        chars = list(base)
        for _ in range(R.randint(1, 4)):
            pos = R.randint(1, len(chars) - 1)
            chars.insert(pos, pick(["\u200b", "\u200b", "\u200c", "\u2060"]))
        return "".join(chars)
    if mode == "spaced_digits":
        return " ".join(num)
    raise ValueError(mode)


def gen_card(ctx, var):
    if var == "test" or (var is None and R.random() < 0.03):
        num, brand = pick(TEST_CARDS)
    else:
        brand = var if var in dict((b, 1) for _, b in CARD_BRANDS) else wpick(CARD_BRANDS)
        num = card_digits(brand)
    if var == "evasive":
        mode = pick(["fullwidth", "zwsp", "nbsp", "mixed", "half_fullwidth", "zwsp", "spaced_digits", "mixed"])
    elif var == "plain":
        mode = "none"
    else:
        mode = wpick([(48, "space"), (15, "none"), (15, "dash"), (3, "dot"), (7, "mixed"), (4, "nbsp"),
                      (4, "fullwidth"), (4, "zwsp"), (2, "half_fullwidth")])
    ctx["brand"] = brand
    ctx["card"] = num
    return fmt_card(num, brand, mode), "card:" + brand


def gen_cvv(ctx, var):
    return digits(4 if ctx.get("brand") == "amex" or var == "amex" else 3), "cvv"


def gen_expiry(ctx, var):
    m, y = R.randint(1, 12), R.randint(2025, 2032)
    lang = ctx.get("lang", "en")
    f = wpick([(40, "mm/yy"), (14, "mm/yyyy"), (8, "mon yyyy"), (8, "m/yy"), (6, "mm-yy"), (3, "mmyy"),
               (5, "month yyyy"), (4, "Mon/yy"), (3, "mm.yy"), (3, "mm / yy")])
    if lang != "en" and f in ("mon yyyy", "month yyyy", "Mon/yy"):
        f = "mm/yy"
    if f == "mm/yy":
        v = "%02d/%02d" % (m, y % 100)
    elif f == "mm/yyyy":
        v = "%02d/%d" % (m, y)
    elif f == "mon yyyy":
        v = "%s %d" % (MONTHS_EN[m - 1][:3].lower() if R.random() < 0.5 else MONTHS_EN[m - 1][:3], y)
    elif f == "m/yy":
        v = "%d/%02d" % (m, y % 100)
    elif f == "mm-yy":
        v = "%02d-%02d" % (m, y % 100)
    elif f == "mmyy":
        v = "%02d%02d" % (m, y % 100)
    elif f == "month yyyy":
        v = "%s %d" % (MONTHS_EN[m - 1], y)
    elif f == "Mon/yy":
        v = "%s/%02d" % (MONTHS_EN[m - 1][:3], y % 100)
    elif f == "mm.yy":
        v = "%02d.%02d" % (m, y % 100)
    else:
        v = "%02d / %02d" % (m, y % 100)
    return v, "expiry"


def non_luhn_card_like():
    num = card_digits(pick(["visa", "mc", "visa", "discover"]))
    bad = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


# --- bank -----------------------------------------------------------------------------
def gen_bank_account(ctx, var):
    c = var or ctx["p"]["country"]
    if c == "UK":
        v = digits(8)
    elif c == "IN":
        v = digits(R.choice([11, 12, 14, 15, 16]), True)
    elif c == "AU":
        v = digits(R.randint(6, 9), True)
    elif c == "CA":
        v = digits(7, True)
    elif c == "US":
        v = wpick([(5, digits(R.randint(8, 12), True)), (2, "000" + digits(9)), (1, digits(4, True) + " " + digits(4) + " " + digits(4))])
    else:
        v = digits(10, True)
    return v, "account"


def gen_routing(ctx, var):
    first2 = pick(["%02d" % i for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))] + ["80"])
    body = first2 + digits(6)
    d = [int(c) for c in body]
    check = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
    v = body + str(check)
    assert aba_ok(v)
    return v, "aba"


IBAN_COUNTRIES = ["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "IE", "PL", "PT", "SE", "DK", "NO", "FI", "LU"]
IBAN_BY_PERSONA = {"DE": "DE", "UK": "GB", "FR": "FR", "ES": "ES"}


def make_bban(cc):
    if cc == "DE":
        return digits(8, True) + digits(10)
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG", "CPBK"]) + digits(6) + digits(8)
    if cc == "FR":
        b, br, a = digits(5, True), digits(5), digits(11)
        return b + br + a + fr_rib_key(b, br, a)
    if cc == "ES":
        b, br, a = pick(["2100", "0049", "0182", "0081", "2038", "0128", "1465", "2080"]), digits(4), digits(10)
        return b + br + es_dc("00" + b + br) + es_dc(a) + a
    if cc == "IT":
        s = pick(["03069", "02008", "05034", "03062", "01030", "05428"]) + digits(5) + digits(12)
        return it_cin(s) + s
    if cc == "NL":
        while True:
            a = digits(10)
            if nl_elf_ok(a) and a[:2] != "00":
                return pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + a
    if cc == "BE":
        f = digits(10, True)
        return f + "%02d" % (int(f) % 97 or 97)
    if cc == "CH":
        return digits(5) + digits(12)
    if cc == "AT":
        return digits(5, True) + digits(11)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8)
    if cc == "PL":
        s = digits(7, True)
        return s + pl_branch_check(s) + digits(16)
    if cc == "PT":
        s = pick(["0002", "0033", "0035", "0007", "0010", "0036"]) + digits(4) + digits(11)
        return s + pt_nib(s)
    if cc == "SE":
        return digits(3, True) + digits(17)
    if cc == "DK":
        return digits(4, True) + digits(10)
    if cc == "NO":
        while True:
            s = digits(10, True)
            c = no_check(s)
            if c is not None:
                return s + c
    if cc == "FI":
        return luhn_complete(digits(13, True))
    if cc == "LU":
        return digits(3) + digits(13)
    raise ValueError(cc)


def iban_raw(cc):
    bban = make_bban(cc)
    check = 98 - iban_mod97(cc + "00" + bban)
    v = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(v), v
    return v


def fmt_iban(v, mode):
    if mode == "print":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def gen_iban(ctx, var):
    cc = var.upper() if var else None
    if cc == "UK":
        cc = "GB"
    if not cc:
        cc = IBAN_BY_PERSONA.get(ctx["p"]["country"]) if R.random() < 0.7 else None
        cc = cc or pick(IBAN_COUNTRIES)
    v = iban_raw(cc)
    return fmt_iban(v, "print" if R.random() < 0.62 else "flat"), "iban"


BICS = W("""DEUTDEFF|COBADEFF|BNPAFRPP|SOGEFRPP|CRLYFRPP|NWBKGB2L|BARCGB22|HBUKGB4B|LOYDGB2L|MIDLGB22|
    CHASUS33|BOFAUS3N|CITIUS33|WFBIUS6S|INGBNL2A|ABNANL2A|RABONL2U|CAIXESBB|BBVAESMM|BSCHESMM|UBSWCHZH|
    CRESCHZZ|BKAUATWW|AIBKIE2D|BOFIIE2D|UNCRITMM|BCITITMM|NDEAFIHH|DABADKKK|DNBANOKK|ESSESESS|HDFCINBB|
    SBININBB|ICICINBB|ANZBAU3M|CTBAAUSY|WPACAUSS|NATAAU33|ROYCCAT2|TDOMCATT|GENODEF1|PBNKDEFF|MONZGB2L|
    REVOGB21|TRWIBEB1|BUNQNL2A|DRESDEFF|HYVEDEMM|SSKMDEMM|BPOTBEB1|KREDBEBB|PKOPPLPW|BCOMPTPL|HANDSESS""")


def gen_bic(ctx, var):
    b = pick(BICS)
    r = R.random()
    if r < 0.22:
        b += "XXX"
    elif r < 0.35:
        b += rstr(UPPER + "0123456789", 3)
    return b, "bic"


def gen_crypto(ctx, var):
    kind = var or wpick([(25, "p2pkh"), (12, "p2sh"), (25, "bech32"), (4, "bech32_32"), (6, "taproot"), (28, "eth")])
    if kind == "btc":
        kind = pick(["p2pkh", "p2sh", "bech32", "bech32", "taproot"])
    if kind == "p2pkh":
        v = base58check(0, rbytes(20))
    elif kind == "p2sh":
        v = base58check(5, rbytes(20))
    elif kind == "bech32":
        v = segwit_encode("bc", 0, rbytes(20))
    elif kind == "bech32_32":
        v = segwit_encode("bc", 0, rbytes(32))
    elif kind == "taproot":
        v = segwit_encode("bc", 1, rbytes(32))
    else:
        h = rbytes(20).hex()
        v = "0x" + (eip55(h) if R.random() < 0.6 else h)
    return v, "crypto"


# --- government ids -------------------------------------------------------------------
def fmt_3_2_4(d):
    f = wpick([(60, "dash"), (15, "space"), (25, "none")])
    if f == "dash":
        return "%s-%s-%s" % (d[:3], d[3:5], d[5:])
    if f == "space":
        return "%s %s %s" % (d[:3], d[3:5], d[5:])
    return d


def evade_digits(v, p=0.06):
    """Occasionally write a number with full-width digits or NBSP separators (evasion)."""
    r = R.random()
    if r < p / 2:
        return "".join(FW.get(c, c) for c in v)
    if r < p:
        return v.replace(" ", "\u00a0") if " " in v else v.replace("-", "\u00a0")
    return v


def gen_ssn(ctx, var):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    d = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return evade_digits(fmt_3_2_4(d), 0.08), "ssn"


def gen_itin(ctx, var):
    d = "9%02d%02d%04d" % (R.randint(0, 99), pick(ITIN_GROUPS), R.randint(1, 9999))
    return fmt_3_2_4(d), "itin"


def gen_passport(ctx, var):
    c = var or ctx["p"]["country"]
    if c == "US":
        v = digits(9, True) if R.random() < 0.6 else pick(UPPER) + digits(8)
    elif c == "UK":
        v = digits(9, True)
    elif c == "DE":
        v = pick("CFGHJK") + rstr("CFGHJKLMNPRTVWXYZ0123456789", 8)
    elif c == "FR":
        v = digits(2) + rstr(UPPER, 2) + digits(5)
    elif c == "ES":
        v = rstr(UPPER, 3) + digits(6)
    elif c == "IN":
        v = pick("ABCDEFGHJKLMNPRSTUVW") + digits(7, True)
    elif c == "CA":
        v = rstr(UPPER, 2) + digits(6)
    else:
        v = pick(["N", "P", "E", "PA", "PB"]) + digits(7)
    return v, "passport:" + c


DL_STATES = ["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "MI", "OH", "GA", "MA", "CO", "AZ"]


def gen_us_dl(state):
    if state == "CA":
        return pick(UPPER) + digits(7)
    if state == "NY":
        d = digits(9)
        return pick([d, d[:3] + " " + d[3:6] + " " + d[6:]])
    if state in ("TX", "PA"):
        return digits(8, True)
    if state == "FL":
        L, d = pick(UPPER), digits(12)
        return pick([L + d, "%s%s-%s-%s-%s-%s" % (L, d[:3], d[3:6], d[6:8], d[8:11], d[11])])
    if state == "IL":
        L, d = pick(UPPER), digits(11)
        return pick([L + d, "%s%s-%s-%s" % (L, d[:3], d[3:7], d[7:])])
    if state == "WA":
        return "WDL" + rstr(UPPER + "0123456789", 9)
    if state == "NJ":
        L, d = pick(UPPER), digits(14)
        return pick([L + d, "%s%s %s %s" % (L, d[:4], d[4:9], d[9:])])
    if state == "MI":
        return pick(UPPER) + digits(12)
    if state == "OH":
        return rstr(UPPER, 2) + digits(6)
    if state == "GA":
        return digits(9, True)
    if state == "MA":
        return "S" + digits(8)
    if state == "CO":
        d = digits(9)
        return "%s-%s-%s" % (d[:2], d[2:5], d[5:])
    return pick(UPPER) + digits(8)


def gen_uk_dl(p):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p["last"]).upper())[:5].ljust(5, "9")
    y, m, d = p["dob"]
    ini = (ascii_fold(p["first"])[:1].upper() + (p["mid"] or "9"))
    if not ini[0].isalpha():
        ini = "9" + ini[1]
    v = "%s%s%02d%02d%s%s9%s" % (sur, str(y)[2], m + (50 if p["female"] else 0), d, str(y)[3], ini, rstr(UPPER, 2))
    if R.random() < 0.3:
        v += digits(2)
    return v


def gen_dl(ctx, var):
    p = ctx["p"]
    if var == "UK" or (var is None and p["country"] == "UK"):
        return gen_uk_dl(p), "dl:UK"
    state = var if var in DL_STATES else ctx.get("state") or pick(DL_STATES)
    ctx["dl_state"] = state
    return gen_us_dl(state), "dl:" + state


def gen_nino(ctx, var):
    while True:
        a, b = pick(NINO_FIRST), pick(NINO_SECOND)
        if a + b not in NINO_BAD:
            break
    d, s = digits(6), pick("ABCD")
    f = wpick([(45, "spaced"), (45, "flat"), (10, "mid")])
    if f == "spaced":
        v = "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], s)
    elif f == "flat":
        v = a + b + d + s
    else:
        v = "%s%s %s %s" % (a, b, d, s)
    return v, "nino"


# --- secrets --------------------------------------------------------------------------
PW_WORDS = W("""sunflower|dragon|monkey|football|shadow|summer|winter|biscuit|pancake|rainbow|tiger|coffee|
    banana|maverick|phoenix|buster|pepper|ginger|thunder|falcon|hunter|liverpool|chelsea|letmein|starwars|
    princess|sunshine|mustang|oreo|nutella|kimchi|tortuga|zapato|schatz|soleil|mariposa|cricket|mango|
    waffles|gizmo|luna|bella|charlie|rocky|snowball|pumpkin|cheddar|kiwi|matcha|tequila|bobafett|gandalf""")
PW_SYMBOLS = "!@#$%&*?_-+="


def gen_password(ctx, var):
    w = pick(PW_WORDS)
    k = R.randrange(9)
    if k == 0:
        v = w.capitalize() + pick(PW_SYMBOLS) + str(R.randint(1970, 2024))
    elif k == 1:
        v = w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + digits(R.randint(1, 3))
    elif k == 2:
        v = w + digits(R.randint(1, 4))
    elif k == 3:
        v = rstr(ALNUM + "!@#$%^&*", R.randint(10, 18))
    elif k == 4:
        v = w.capitalize() + pick(PW_WORDS).capitalize() + pick(PW_SYMBOLS) + digits(2)
    elif k == 5:
        v = "-".join(pick(PW_WORDS) for _ in range(R.randint(3, 4)))
    elif k == 6:
        v = w + pick(PW_SYMBOLS) + w[::-1].upper()[:3] + digits(2)
    elif k == 7:
        v = pick(["hunter2", "P@ssw0rd", "Passw0rd!", "qwerty123", "iloveyou2", "Welcome1!", "Summer2024!", "abc123!!"])
    else:
        v = rstr(ALNUM, R.randint(8, 12)) + pick(PW_SYMBOLS)
    v = v.rstrip(".,")
    while len(v) < 6:
        v += digits(1)
    return v, "password"


def gen_pin(ctx, var):
    n = 6 if var == "6" or (var is None and R.random() < 0.18) else 4
    return digits(n), "pin"


def gen_otp(ctx, var):
    f = wpick([(70, 6), (8, "6s"), (10, 4), (6, 8), (6, 5)])
    if f == "6s":
        return digits(3) + " " + digits(3), "otp"
    return digits(f), "otp"


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_api_key(ctx, var):
    k = var or wpick([(18, "aws"), (18, "github"), (18, "stripe"), (12, "slack"), (12, "google"), (16, "jwt"),
                      (3, "openai"), (3, "sendgrid")])
    if k == "aws":
        v = "AKIA" + rstr("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    elif k == "aws_secret":
        v = rstr(ALNUM + "/+", 40)
    elif k == "github":
        v = "ghp_" + rstr(ALNUM, 36)
    elif k == "stripe":
        v = pick(["sk_live_", "sk_live_", "rk_live_"]) + rstr(ALNUM, 24)
    elif k == "slack":
        v = "xoxb-%s-%s-%s" % (digits(R.randint(10, 13), True), digits(R.randint(12, 13), True), rstr(ALNUM, 24))
    elif k == "google":
        v = "AIza" + rstr(ALNUM + "-_", 35)
    elif k == "openai":
        v = "sk-proj-" + rstr(ALNUM + "-_", 48)
    elif k == "sendgrid":
        v = "SG." + rstr(ALNUM + "-_", 22) + "." + rstr(ALNUM + "-_", 43)
    else:
        hdr = pick(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT"}', '{"typ":"JWT","alg":"HS512"}'])
        iat = R.randint(1700000000, 1750000000)
        pl = '{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}' % (
            pick(["usr_", "cus_", "acct_", ""]) + digits(R.randint(5, 9)), iat, iat + pick([900, 3600, 86400]),
            pick(["payments:write", "read", "orders:read orders:write", "admin"]))
        v = "%s.%s.%s" % (b64url(hdr.encode()), b64url(pl.encode()), b64url(rbytes(pick([32, 32, 64]))))
    return v, "api:" + k


def gen_private_key(ctx, var):
    k = var or wpick([(35, "rsa"), (20, "pkcs8"), (25, "ec"), (20, "openssh")])
    if k == "rsa":
        small = R.random() < 0.5
        der = bytes.fromhex("3082025c02010002818100" if small else "308204a40201000282010100") + rbytes(596 if small else 1188)
        head, width = "RSA PRIVATE KEY", 64
    elif k == "pkcs8":
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + rbytes(1208)
        head, width = "PRIVATE KEY", 64
    elif k == "ec":
        der = bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64)
        head, width = "EC PRIVATE KEY", 64
    else:
        der = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519" + rbytes(R.choice([300, 330]))
        head, width = "OPENSSH PRIVATE KEY", 70
    body = base64.b64encode(der).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (head, "\n".join(lines), head), "pem"


# --- health ---------------------------------------------------------------------------
def health_list(label, lang):
    if lang in HEALTH_I18N:
        key = {"HEALTH_CONDITION": "cond", "SYMPTOM": "sym", "MEDICATION": "med", "MEDICAL_PROCEDURE": "proc"}[label]
        lst = HEALTH_I18N[lang][key]
        return [x[1] if isinstance(x, tuple) else x for x in lst]
    if label == "HEALTH_CONDITION":
        return [c for _, c in CONDITIONS]
    if label == "SYMPTOM":
        return [s for _, s in SYMPTOMS]
    if label == "MEDICATION":
        return MEDICATIONS
    return [p for _, p in PROCEDURES]


def gen_health(label):
    def g(ctx, var):
        lang = var or "en"
        return pick(health_list(label, lang)), "health:" + lang
    return g


def gen_mrn(ctx, var):
    f = R.randrange(6)
    if f == 0:
        v = "00" + digits(6)
    elif f == 1:
        v = digits(7, True)
    elif f == 2:
        v = pick(UPPER) + digits(8)
    elif f == 3:
        v = digits(4, True) + "-" + digits(4)
    elif f == 4:
        v = digits(10, True)
    else:
        v = pick(["E", "M", "PT", "H"]) + digits(7)
    return v, "mrn"


def gen_plan_id(ctx, var):
    f = R.randrange(7)
    if f == 0:
        v = rstr(UPPER, 3) + digits(9)
    elif f == 1:
        v = "W" + digits(9)
    elif f == 2:
        v = "U" + digits(8) + "01"
    elif f == 3:
        v = digits(11, True)
    elif f == 4:
        v = rstr(UPPER, 3) + digits(8) + "0" + str(R.randint(1, 4))
    elif f == 5:
        v = pick(UPPER) + digits(2) + pick(UPPER) + digits(5)
    else:
        v = "H" + digits(8)
    return v, "planid"


def gen_npi(ctx, var):
    nine = pick("12") + digits(8)
    for d in "0123456789":
        if luhn_ok("80840" + nine + d):
            return nine + d, "npi"
    raise AssertionError


def gen_mbi(ctx, var):
    an = MBI_A + "0123456789"
    v = (str(R.randint(1, 9)) + pick(MBI_A) + pick(an) + digits(1) + pick(MBI_A) + pick(an) + digits(1)
         + pick(MBI_A) + pick(MBI_A) + digits(2))
    if R.random() < 0.3:
        v = v[:4] + "-" + v[4:7] + "-" + v[7:]
    return v, "mbi"


# --- contact --------------------------------------------------------------------------
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", "proton.me", "verizon.net"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net", "mailbox.org"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "CA": ["gmail.com", "shaw.ca", "rogers.com", "outlook.com", "sympatico.ca"],
}
WORK_DOMAINS = ["northwindtraders.com", "acme-logistics.com", "brightpath.io", "kiteandkey.co.uk", "lumenhealth.org",
                "riverbend-clinic.org", "hollowtree.studio", "meridian-legal.com", "bluefinch.dev", "oakhollow.edu",
                "tallgrass-farms.com", "redkite.agency", "quietharbor.net"]
NICKWORDS = ["sunnyday", "bookworm", "skater", "gardenlover", "nightowl", "coffeeaddict", "runner", "bluejay",
             "moonchild", "trailmix", "pixelpusher", "jazzhands", "tacotuesday", "wanderer", "rugbymad"]


def email_for(first, last, country):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "user"
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "mail"
    k = R.randrange(10)
    local = [f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l + digits(2), f + digits(2) + digits(2),
             l + "." + f, f + "." + l[0], pick(NICKWORDS) + digits(R.randint(2, 4)), f + "." + l + "+" + pick(["shop", "bank", "orders", "news"])][k]
    dom = pick(WORK_DOMAINS) if R.random() < 0.12 else pick(EMAIL_DOMAINS[country])
    return local + "@" + dom


def gen_email(ctx, var):
    p = ctx["p"]
    if var == "other":
        q = make_person(p["country"])
        return email_for(q["first"], q["last"], q["country"]), "email"
    if var == "new":
        return email_for(p["first"], p["last"], p["country"]), "email"
    return p["email"], "email"


# Phones ---------------------------------------------------------------------------------
def nanp_parts(area):
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            return area, ex, digits(4)


def phone_nanp(area, intl):
    a, e, s = nanp_parts(area)
    if intl:
        f = pick(["+1 {a} {e} {s}", "+1 ({a}) {e}-{s}", "+1-{a}-{e}-{s}", "+1{a}{e}{s}", "+1 {a}-{e}-{s}", "+1.{a}.{e}.{s}"])
    else:
        f = wpick([(30, "({a}) {e}-{s}"), (25, "{a}-{e}-{s}"), (8, "{a}.{e}.{s}"), (12, "{a}{e}{s}"), (8, "{a} {e} {s}"),
                   (8, "1-{a}-{e}-{s}"), (5, "({a}){e}-{s}"), (4, "1 ({a}) {e}-{s}")])
    return f.format(a=a, e=e, s=s)


def phone_uk(city, intl):
    kind = "mobile" if R.random() < 0.6 or city not in UK_AREA else "land"
    if kind == "mobile":
        while True:
            n = "7" + pick("45789") + digits(2)
            rest = digits(6)
            if not (n + rest).startswith("7700900"):
                break
        if intl:
            return pick(["+44 %s %s" % (n, rest), "+44%s%s" % (n, rest), "+44 (0)%s %s" % (n, rest), "+44 %s %s %s" % (n, rest[:3], rest[3:])])
        return pick(["0%s %s" % (n, rest), "0%s%s" % (n, rest), "0%s %s %s" % (n, rest[:3], rest[3:])])
    area = UK_AREA[city]
    if area == "020":
        while True:
            sub = pick("378") + digits(7)
            if not sub.startswith("79460"):
                break
        a, b = sub[:4], sub[4:]
        return ("+44 20 %s %s" % (a, b)) if intl else pick(["020 %s %s" % (a, b), "(020) %s %s" % (a, b), "020%s%s" % (a, b)])
    while True:
        sub = str(R.randint(2, 8)) + digits(6)
        if sub[:3] not in ("496", "498"):
            break
    return ("+44 %s %s %s" % (area[1:], sub[:3], sub[3:])) if intl else pick(["%s %s %s" % (area, sub[:3], sub[3:]), "%s %s" % (area, sub)])


DE_MOBILE = [("151", 8), ("152", 8), ("157", 8), ("159", 8), ("160", 7), ("162", 7), ("163", 7), ("170", 7), ("171", 7),
             ("172", 7), ("173", 7), ("174", 7), ("175", 7), ("176", 8), ("177", 7), ("178", 7), ("179", 7)]


def phone_de(city_rec, intl):
    if R.random() < 0.6 or city_rec is None:
        pre, n = pick(DE_MOBILE)
        sub = str(R.randint(2, 9)) + digits(n - 1)
    else:
        pre = city_rec[3][1:]
        n = 8 if len(pre) == 2 and R.random() < 0.6 else 7
        while True:
            sub = str(R.randint(2, 9)) + digits(n - 1)
            if "23125" not in sub and "99998" not in sub:
                break
    if intl:
        return pick(["+49 %s %s" % (pre, sub), "+49%s%s" % (pre, sub), "+49 (0)%s %s" % (pre, sub), "+49 %s-%s" % (pre, sub)])
    return pick(["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "0%s-%s" % (pre, sub), "0%s%s" % (pre, sub), "0%s / %s" % (pre, sub)])


FR_FICTION = ["0199", "026191", "035301", "046571", "053649", "063998"]


def phone_fr(city_rec, intl):
    while True:
        r = R.random()
        if r < 0.45:
            nat = "06" + digits(8)
        elif r < 0.65:
            nat = "07" + str(R.randint(3, 9)) + digits(7)
        else:
            nat = (city_rec[3] if city_rec else pick(["01", "02", "03", "04", "05"])) + str(R.randint(1, 9)) + digits(7)
        if not any(nat.startswith(x) for x in FR_FICTION):
            break
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    if intl:
        return pick(["+33 %s %s" % (nat[1], " ".join(pairs[1:])), "+33%s" % nat[1:], "+33 (0)%s %s" % (nat[1], " ".join(pairs[1:]))])
    return pick([" ".join(pairs), nat, ".".join(pairs), "-".join(pairs)])


def phone_es(city_rec, intl):
    r = R.random()
    if r < 0.6:
        nat = "6" + digits(8)
    elif r < 0.7:
        nat = "7" + str(R.randint(1, 4)) + digits(7)
    else:
        code = city_rec[3] if city_rec else "91"
        nat = code + str(R.randint(2, 8)) + digits(8 - len(code))
    if nat[0] in "67":
        g = pick(["%s %s %s" % (nat[:3], nat[3:6], nat[6:]), nat, "%s %s %s %s" % (nat[:3], nat[3:5], nat[5:7], nat[7:])])
    elif len(city_rec[3] if city_rec else "91") == 2:
        g = pick(["%s %s %s %s" % (nat[:2], nat[2:5], nat[5:7], nat[7:]), nat, "%s %s %s" % (nat[:3], nat[3:6], nat[6:])])
    else:
        g = pick(["%s %s %s %s" % (nat[:3], nat[3:5], nat[5:7], nat[7:]), nat])
    if intl:
        return pick(["+34 " + g, "+34" + nat, "0034 " + g])
    return g


def phone_in(city_rec, intl):
    if R.random() < 0.75 or city_rec is None:
        n = str(R.randint(6, 9)) + digits(9)
        if intl:
            return pick(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "+91%s" % n, "+91 %s" % n])
        return pick(["%s %s" % (n[:5], n[5:]), n, "0%s" % n, "%s-%s" % (n[:5], n[5:])])
    std = city_rec[3]
    sub = str(R.randint(2, 6)) + digits(7)
    if intl:
        return "+91 %s %s %s" % (std[1:], sub[:4], sub[4:])
    return pick(["%s %s %s" % (std, sub[:4], sub[4:]), "(%s) %s" % (std, sub), "%s-%s" % (std, sub)])


AU_FIRST = {"Sydney": "89", "Melbourne": "89", "Brisbane": "3", "Perth": "69", "Adelaide": "8", "Hobart": "6", "Canberra": "6"}


def phone_au(city_rec, intl):
    if R.random() < 0.65 or city_rec is None:
        while True:
            n = "4" + digits(8)
            if not n.startswith("491"):
                break
        if intl:
            return pick(["+61 %s %s %s" % (n[:3], n[3:6], n[6:]), "+61%s" % n, "+61 %s" % n])
        return pick(["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s" % n, "0%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    area = city_rec[4]
    sub = pick(AU_FIRST[city_rec[0]]) + digits(7)
    if intl:
        return "+61 %s %s %s" % (area[1], sub[:4], sub[4:])
    return pick(["(%s) %s %s" % (area, sub[:4], sub[4:]), "%s %s %s" % (area, sub[:4], sub[4:]), "%s%s" % (area, sub)])


def gen_phone(ctx, var):
    p = ctx["p"]
    region = p["country"]
    intl = False
    if var:
        for part in var.split("_"):
            if part == "intl":
                intl = True
            elif part.upper() in ("US", "CA", "UK", "DE", "FR", "ES", "IN", "AU"):
                region = part.upper()
    if not var and R.random() < 0.22:
        intl = True
    loc = p["loc"] if region == p["country"] else None
    if region == "US":
        st = loc["state"] if loc else pick(list(US_AREA))
        v = phone_nanp(pick(US_AREA[st]), intl)
    elif region == "CA":
        rec = loc["rec"] if loc else pick(CA_CITIES)
        v = phone_nanp(pick(rec[3]), intl)
    elif region == "UK":
        v = phone_uk(loc["city"] if loc else pick(list(UK_AREA)), intl)
    elif region == "DE":
        v = phone_de(loc["rec"] if loc else None, intl)
    elif region == "FR":
        v = phone_fr(loc["rec"] if loc else None, intl)
    elif region == "ES":
        v = phone_es(loc["rec"] if loc else None, intl)
    elif region == "IN":
        v = phone_in(loc["rec"] if loc else None, intl)
    else:
        v = phone_au(loc["rec"] if loc else None, intl)
    return evade_digits(v, 0.04), "phone:" + region


def gen_ip(ctx, var):
    k = var or wpick([(55, "v4"), (20, "private"), (20, "v6"), (5, "v6ll")])
    if k == "v4":
        while True:
            ip = ipaddress.ip_address("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
            if ip.is_global:
                v = str(ip)
                break
    elif k == "private":
        v = pick(["192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254)), "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                  "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])
    elif k == "v6":
        pre = pick(["2a02:c7f", "2001:4860", "2600:1700", "2a01:4f8", "2409:4060", "2a00:23c6", "2603:8000", "2401:4900"])
        groups = pre.split(":") + ["%x" % R.randrange(65536) for _ in range(6)]
        if R.random() < 0.5:
            for i in range(R.randint(4, 6), 7):
                groups[i] = "0"
        ip = ipaddress.IPv6Address(":".join(groups))
        assert ip.is_global
        v = ip.exploded if R.random() < 0.15 else ip.compressed
    else:
        v = str(ipaddress.IPv6Address("fe80::%x:%x:%x:%x" % tuple(R.randrange(65536) for _ in range(4))))
    return v, "ip"


# --- addresses ------------------------------------------------------------------------
def make_loc(country):
    if country == "US":
        city, st, zp = pick(US_CITIES)
        return {"country": "US", "city": city, "state": st, "zip3": zp}
    if country == "CA":
        rec = pick(CA_CITIES)
        return {"country": "CA", "city": rec[0], "state": rec[1], "rec": rec}
    if country == "UK":
        city, outs = pick(UK_CITIES)
        return {"country": "UK", "city": city, "outward": pick(outs)}
    if country in ("DE", "FR", "ES"):
        rec = pick({"DE": DE_CITIES, "FR": FR_CITIES, "ES": ES_CITIES}[country])
        return {"country": country, "city": rec[0], "rec": rec}
    if country == "AU":
        rec = pick(AU_CITIES)
        return {"country": "AU", "city": rec[0], "state": rec[1], "rec": rec, "suburb": pick(AU_SUBURBS[rec[0]])}
    rec = pick(IN_CITIES)
    return {"country": "IN", "city": rec[0], "rec": rec, "area": pick(rec[4])}


def gen_street(ctx, var):
    loc = ctx.get("loc") or ctx["p"]["loc"]
    c = loc["country"]
    if c in ("US", "CA"):
        num = str(wpick([(5, R.randint(1, 999)), (4, R.randint(1000, 9999)), (1, R.randint(10000, 29999))]))
        v = "%s %s %s" % (num, pick(STREET_NAMES_EN), wpick(STREET_TYPES_US))
        if c == "US" and R.random() < 0.12:
            v += " " + pick(["NW", "NE", "SW", "SE", "N", "S", "E", "W"])
        if R.random() < 0.3:
            v += " " + pick(US_UNITS).format(n=R.randint(1, 30), l=pick("ABCDEF"))
    elif c == "UK":
        v = "%d %s %s" % (R.randint(1, 240), pick(STREET_NAMES_EN), wpick(STREET_TYPES_UK))
        if R.random() < 0.1:
            v = "%d%s" % (R.randint(1, 99), pick("ab")) + v[v.index(" "):]
    elif c == "AU":
        base = "%s %s" % (pick(STREET_NAMES_EN), wpick(STREET_TYPES_AU))
        v = ("%d/%d %s" % (R.randint(1, 20), R.randint(1, 300), base)) if R.random() < 0.3 else "%d %s" % (R.randint(1, 400), base)
    elif c == "DE":
        num = str(R.randint(1, 180)) + (pick("abc") if R.random() < 0.1 else "")
        if R.random() < 0.25:
            v = "%s %s" % (pick(DE_SEPARATE), num)
        else:
            v = "%s%s %s" % (pick(DE_STREETS), wpick(DE_SUFFIX), num)
    elif c == "FR":
        v = "%d%s %s" % (R.randint(1, 160), pick(["", "", "", "", " bis", " ter"]), pick(FR_STREETS))
    elif c == "ES":
        v = "%s %d" % (pick(ES_STREETS), R.randint(1, 140))
    else:
        v = "%d %s" % (R.randint(1, 400), pick(IN_STREETS))
    return v, "street:" + c


def gen_postcode(ctx, var):
    if var and var.upper() in ("US", "UK", "CA", "DE", "FR", "ES", "AU", "IN"):
        loc = make_loc(var.upper())
    else:
        loc = ctx.get("loc") or ctx["p"]["loc"]
    c = loc["country"]
    if c == "US":
        v = loc["zip3"] + "%02d" % R.randint(1, 99)
        if R.random() < 0.1:
            v += "-" + digits(4)
    elif c == "UK":
        v = loc["outward"] + pick([" ", " ", " ", ""]) + str(R.randint(0, 9)) + rstr(UK_INWARD_LETTERS, 2)
    elif c == "CA":
        v = pick(loc["rec"][2]) + " " + str(R.randint(0, 9)) + pick(CA_PC_LETTERS) + str(R.randint(0, 9))
    elif c in ("DE", "FR", "ES"):
        rec = loc["rec"]
        v = "%05d" % R.randint(rec[1], rec[2])
    elif c == "AU":
        v = "%04d" % R.randint(loc["rec"][2], loc["rec"][3])
    else:
        n = "%06d" % R.randint(loc["rec"][1], loc["rec"][2])
        v = n if R.random() < 0.85 else n[:3] + " " + n[3:]
    return v, "postcode:" + c


# --- people ---------------------------------------------------------------------------
COUNTRY_WEIGHTS = [(38, "US"), (18, "UK"), (5, "CA"), (8, "DE"), (7, "FR"), (6, "ES"), (9, "IN"), (9, "AU")]


def make_person(country=None):
    country = country or wpick(COUNTRY_WEIGHTS)
    culture = wpick(CULTURE_BY_COUNTRY[country])
    firsts, lasts = NAMES[culture]
    first = pick(firsts)
    last = pick(lasts) if R.random() < 0.85 else pick(NAMES[pick(list(NAMES))][1])
    if culture == "hispanic" and R.random() < 0.3:
        last = last + " " + pick(lasts)
    elif R.random() < 0.04:
        last = last + "-" + pick(NAMES[pick(list(NAMES))][1])
    mid = pick(UPPER) if R.random() < 0.25 else None
    y = R.randint(1938, 2006)
    m, d = R.randint(1, 12), R.randint(1, 28)
    age = REF_YEAR - y - (1 if (m, d) > (REF_MONTH, REF_DAY) else 0)
    p = {"country": country, "culture": culture, "first": first, "last": last, "mid": mid,
         "dob": (y, m, d), "age": age, "female": R.random() < 0.5, "loc": make_loc(country)}
    p["email"] = email_for(first, last, country)
    return p


def full_name(p):
    r = R.random()
    if p["culture"] == "east_asian" and r < 0.15:
        return p["last"] + " " + p["first"]
    if p["mid"] and r < 0.35:
        return "%s %s. %s" % (p["first"], p["mid"], p["last"])
    return p["first"] + " " + p["last"]


def gen_name(ctx, var):
    p = ctx["p"]
    var = var or "full"
    if var.startswith("other"):
        q = make_person(p["country"] if R.random() < 0.7 else None)
        if R.random() < 0.02:
            return pick(NONLATIN_NAMES), "name"
        return {"other": full_name(q), "other_full": full_name(q), "other_first": q["first"], "other_last": q["last"]}[var], "name"
    if var == "doc":
        q = make_person(p["country"])
        return (q["last"] if R.random() < 0.6 else q["first"] + " " + q["last"]), "name"
    if var == "first":
        return p["first"], "name"
    if var == "last":
        return p["last"], "name"
    if var == "nonlatin":
        return pick(NONLATIN_NAMES), "name"
    return full_name(p), "name"


def fmt_date(y, m, d, country, lang):
    if lang == "de":
        f = R.randrange(3)
        return ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS_DE[m - 1], y), "%d.%d.%02d" % (d, m, y % 100)][f]
    if lang == "fr":
        f = R.randrange(3)
        return ["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), MONTHS_FR[m - 1], y), "%02d.%02d.%d" % (d, m, y)][f]
    if lang == "es":
        f = R.randrange(3)
        return ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS_ES[m - 1], y), "%02d-%02d-%d" % (d, m, y)][f]
    if country == "US":
        f = wpick([(30, 0), (12, 1), (15, 2), (8, 3), (8, 4), (6, 5), (6, 6)])
        return ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y),
                "%d-%02d-%02d" % (y, m, d), "%s %d %d" % (MONTHS_EN[m - 1][:3], d, y), "%02d-%02d-%d" % (m, d, y),
                "%d/%d/%02d" % (m, d, y % 100)][f]
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    f = wpick([(30, 0), (15, 1), (8, 2), (8, 3), (6, 4), (5, 5)])
    return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y), "%d%s %s %d" % (d, sfx, MONTHS_EN[m - 1], y),
            "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)][f]


def gen_dob(ctx, var):
    p = ctx["p"]
    if var == "child":
        y, m, d = R.randint(2008, 2023), R.randint(1, 12), R.randint(1, 28)
    elif var == "other":
        y, m, d = R.randint(1935, 2000), R.randint(1, 12), R.randint(1, 28)
    else:
        y, m, d = p["dob"]
    return fmt_date(y, m, d, p["country"], ctx.get("lang", "en")), "dob"


def gen_age(ctx, var):
    if var == "child":
        return str(R.randint(1, 17)), "age"
    if var == "senior":
        return str(R.randint(66, 96)), "age"
    if var == "other":
        return str(R.randint(18, 90)), "age"
    return str(ctx["p"]["age"]), "age"


GEN = {
    "CARD_NUMBER": gen_card, "CARD_CVV": gen_cvv, "CARD_EXPIRY": gen_expiry, "BANK_ACCOUNT": gen_bank_account,
    "ROUTING_NUMBER": gen_routing, "IBAN": gen_iban, "SWIFT_BIC": gen_bic, "CRYPTO_WALLET": gen_crypto,
    "US_SSN": gen_ssn, "US_ITIN": gen_itin, "PASSPORT": gen_passport, "DRIVER_LICENSE": gen_dl,
    "UK_NINO": gen_nino, "PASSWORD": gen_password, "PIN": gen_pin, "ONE_TIME_CODE": gen_otp,
    "API_KEY": gen_api_key, "PRIVATE_KEY": gen_private_key, "HEALTH_CONDITION": gen_health("HEALTH_CONDITION"),
    "SYMPTOM": gen_health("SYMPTOM"), "MEDICATION": gen_health("MEDICATION"),
    "MEDICAL_PROCEDURE": gen_health("MEDICAL_PROCEDURE"), "MEDICAL_RECORD_NUMBER": gen_mrn,
    "HEALTH_PLAN_ID": gen_plan_id, "NPI": gen_npi, "MEDICARE_MBI": gen_mbi, "EMAIL": gen_email,
    "PHONE": gen_phone, "IP_ADDRESS": gen_ip, "STREET_ADDRESS": gen_street, "POSTCODE": gen_postcode,
    "PERSON_NAME": gen_name, "DATE_OF_BIRTH": gen_dob, "AGE": gen_age,
}
assert sorted(GEN) == sorted(LABELS)

# ----------------------------------------------------------------------------------------
# Unlabelled fillers ({@name}) -- the hard negatives inside messages
# ----------------------------------------------------------------------------------------
def card_like_safe(s):
    """True when s contains no digit run that is a Luhn-valid number in a card IIN range."""
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", s):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and any(card_brand_ok(d, b) for _, b in CARD_BRANDS):
            return False
    return True


def safe(fn):
    def g(ctx, var):
        while True:
            v = fn(ctx, var)
            if card_like_safe(v):
                return v
    return g


def money(ctx, amount=None):
    lang, c = ctx.get("lang", "en"), ctx["p"]["country"]
    a = amount if amount is not None else wpick([(4, R.randint(5, 99) + pick([0, 0.5, 0.99, 0.25])),
                                                  (4, R.randint(100, 999) + pick([0, 0, 0.5, 0.75])),
                                                  (2, R.randint(1000, 9999) + pick([0, 0.0, 0.5]))])
    if lang in ("de", "es", "fr") or (c in ("DE", "FR", "ES") and R.random() < 0.7):
        s = "{:,.2f}".format(a).replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" else " ")
        if s.endswith(",00") and R.random() < 0.5:
            s = s[:-3]
        return pick([s + " €", s + "€", "€" + s, s + " EUR"])
    cur = {"US": "$", "CA": "$", "UK": "£", "AU": "$", "IN": "₹"}.get(c, "$")
    s = "{:,.2f}".format(a)
    if s.endswith(".00") and R.random() < 0.5:
        s = s[:-3]
    if R.random() < 0.12:
        return s.replace(",", "")
    return pick([cur + s, cur + s, cur + s, s + " " + {"$": "dollars", "£": "quid", "₹": "rupees"}.get(cur, "")]).strip()


def f_date(ctx, var):
    lang = ctx.get("lang", "en")
    m, d = R.randint(1, 12), R.randint(1, 28)
    if lang == "de":
        return pick(["%d.%d." % (d, m), "%02d.%02d.2025" % (d, m), "Montag", "nächsten Dienstag", "%d. %s" % (d, MONTHS_DE[m - 1])])
    if lang == "fr":
        return pick(["%d/%02d" % (d, m), "%d %s" % (d, MONTHS_FR[m - 1]), "mardi prochain", "lundi"])
    if lang == "es":
        return pick(["%d/%02d" % (d, m), "%d de %s" % (d, MONTHS_ES[m - 1]), "el martes", "mañana"])
    us = ctx["p"]["country"] == "US"
    return pick(["%02d/%02d" % ((m, d) if us else (d, m)), "%s %d" % (MONTHS_EN[m - 1], d), "%s %dth" % (MONTHS_EN[m - 1][:3], d if d > 3 and d < 21 else 14),
                 "2025-%02d-%02d" % (m, d), ("%02d/%02d/2025" % ((m, d) if us else (d, m))), "the %dth" % (d if 3 < d < 21 else 12),
                 "%d %s" % (d, MONTHS_EN[m - 1]), "Monday", "Friday the %dth" % (d if 3 < d < 21 else 13)])


def f_time(ctx, var):
    return pick(["%d:%02dpm" % (R.randint(1, 11), pick([0, 15, 30, 45])), "%02d:%02d" % (R.randint(7, 20), pick([0, 10, 30, 45])),
                 "%dam" % R.randint(7, 11), "%d pm" % R.randint(1, 6), "noon", "%d:%02d" % (R.randint(8, 17), pick([0, 30]))])


def f_order(ctx, var):
    return pick(["#" + digits(R.randint(6, 9), True), digits(R.randint(6, 9), True), "A" + digits(7), "ORD-" + digits(6),
                 "%s-%s-%s" % (digits(3, True), digits(7), digits(7)), "#" + pick(UPPER) + pick(UPPER) + digits(6), "no. " + digits(8, True)])


def f_ups():
    return "1Z" + rstr("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + pick(["01", "02", "03", "12", "13"]) + digits(8)


def f_usps():
    d = pick(["9400", "9205", "9361", "9270", "9300"]) + digits(18)
    if R.random() < 0.2:
        d = d[:20]
    return pick([d, " ".join(d[i:i + 4] for i in range(0, len(d), 4))])


def f_tracking(ctx, var):
    return pick([f_ups(), f_usps(), digits(12, True), "JD" + digits(18), "LX" + digits(9) + "DE", "TBA" + digits(12)])


def f_version(ctx, var):
    return "v" + ".".join(str(x) for x in [R.randint(0, 12), R.randint(0, 30), R.randint(0, 9), R.randint(0, 250)][:pick([4, 4, 3, 2])])


def f_nonluhn(ctx, var):
    n = non_luhn_card_like()
    return pick([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def f_nine(ctx, var):
    return pick([digits(9, True), digits(9, True), "%s %s %s" % (digits(3, True), digits(3), digits(3))])


FILLERS = {
    "order": safe(f_order),
    "item": lambda c, v: digits(10, True),
    "amount": lambda c, v: money(c),
    "date": f_date,
    "time": f_time,
    "tracking": f_tracking,
    "ups": lambda c, v: f_ups(),
    "usps": lambda c, v: f_usps(),
    "fedex": lambda c, v: digits(12, True),
    "invoice": lambda c, v: pick(["INV-2025-%05d" % R.randint(1, 99999), "INV%05d" % R.randint(1, 99999), "2025/%04d" % R.randint(1, 9999), "F-%06d" % R.randint(1, 999999)]),
    "ref": lambda c, v: pick(["REF" + digits(8), "TXN-2025%02d%02d-%04d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 9999)), rstr(UPPER + "23456789", 4) + "-" + rstr(UPPER + "23456789", 4), "CNF" + digits(6), digits(7, True)]),
    "version": f_version,
    "qty": lambda c, v: pick(["3 x 4 pack", "2x", "12 x 330ml", "a 6-pack", "4 x 2L", "2 x 500g", "10 pcs", "1 dozen", "3x2 pack", "24 x 1.5V"]),
    "sku": lambda c, v: pick(["SKU %s-%s-%s" % (digits(2, True), digits(4), digits(2)), "SKU-%s-%s" % (digits(4, True), digits(4)), "item code %s" % digits(6, True), "model %s-%s" % (digits(4, True), digits(4))]),
    "model": lambda c, v: pick(["%s-%s" % (rstr(UPPER, 2), digits(4)), "%s%s" % (rstr(UPPER, 3), digits(3)), "%s-%s-%s" % (digits(3, True), digits(3), digits(4))]),
    "last4": lambda c, v: digits(4),
    "nonluhn": f_nonluhn,
    "nine": f_nine,
    "product": lambda c, v: pick(PRODUCTS),
    "color": lambda c, v: pick(COLORS),
    "size": lambda c, v: pick(["M", "L", "XL", "S", "size 10", "EU 42", "a 38", "size 8", "UK 6", "XXL", "32x30"]),
    "merchant": lambda c, v: pick(MERCHANTS),
    "pct": lambda c, v: pick(["4.5%", "19.99%", "0%", "2.1%", "3.75 %", "25%", "10% "]).strip(),
    "n": lambda c, v: str(R.randint(2, 12)),
    "minutes": lambda c, v: str(pick([5, 10, 15, 20, 25, 40, 45, 90])),
    "years": lambda c, v: str(R.randint(2, 25)),
    "dose": lambda c, v: pick(["500mg", "20 mg", "10mg", "1000 mg", "5 mg twice a day", "50mcg", "40mg once daily", "2 puffs", "0.5mg"]),
    "month": lambda c, v: pick(MONTHS_EN),
    "streetname": lambda c, v: pick(STREET_NAMES_EN) + " " + pick(["Street", "Road", "Avenue", "St", "Lane"]),
    "promo": lambda c, v: pick(["SUMMER20", "WELCOME10", "FREESHIP", "BLACKFRIDAY", "SPRING15", "VIP2025", "SAVE5NOW"]),
    "voucher": lambda c, v: "-".join(rstr("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) for _ in range(3)),
    "ticket": lambda c, v: "#" + digits(5, True),
    "rate": lambda c, v: pick(["1.17", "0.86", "1.08", "83.2", "1.52"]),
    "agerange": lambda c, v: pick(["3+", "8-12", "6 to 10", "14+", "0-3 months"]),
    "username": lambda c, v: re.sub(r"[^a-z]", "", ascii_fold(c["p"]["first"]).lower())[:8] + digits(pick([2, 4])),
    "futuredate": lambda c, v: pick(["%02d/%d" % (R.randint(1, 12), R.randint(2026, 2034)), "%s %d" % (pick(MONTHS_EN), R.randint(2026, 2034))]),
    "year": lambda c, v: str(R.randint(2012, 2024)),
    "city": lambda c, v: c["p"]["loc"]["city"],
    "raw": lambda c, v: "",
}


# ----------------------------------------------------------------------------------------
# Macros ({&name}) expand into templates that themselves contain placeholders
# ----------------------------------------------------------------------------------------
def m_art(lst, label):
    def m(ctx, var):
        art, term = pick(lst)
        return "%s{%s:=%s}" % (art, label, term)
    return m


def m_addr(ctx, var):
    p = ctx["p"]
    loc = make_loc(p["country"]) if var == "other" else p["loc"]
    ctx["loc"] = loc
    c, city = loc["country"], "{@raw:=%s}" % loc["city"]
    lines = var == "lines"
    sep = "\n" if lines else ", "
    full = lines or R.random() < 0.72
    if c == "US":
        tail = pick([sep + city + ", {@raw:=%s} {POSTCODE}" % loc["state"], sep + city + " {@raw:=%s} {POSTCODE}" % loc["state"]])
        return "{STREET_ADDRESS}" + (tail if full else pick(["", ", " + city]))
    if c == "CA":
        return "{STREET_ADDRESS}" + (sep + city + ", {@raw:=%s} {POSTCODE}" % loc["state"] if full else ", " + city)
    if c == "UK":
        return "{STREET_ADDRESS}" + (pick([sep + city + " {POSTCODE}", sep + city + sep + "{POSTCODE}"]) if full else pick(["", ", " + city]))
    if c in ("DE", "FR", "ES"):
        return "{STREET_ADDRESS}" + (sep + "{POSTCODE} " + city if full else pick(["", " in " + city if c == "DE" else ", " + city]))
    if c == "AU":
        return "{STREET_ADDRESS}" + (sep + "{@raw:=%s} {@raw:=%s} {POSTCODE}" % (loc["suburb"], loc["state"]) if full else ", {@raw:=%s}" % loc["suburb"])
    return "{STREET_ADDRESS}" + (sep + "{@raw:=%s}, " % loc["area"] + city + pick([" {POSTCODE}", " - {POSTCODE}"]) if full else ", " + city)


MACROS = {
    "sym": m_art(SYMPTOMS, "SYMPTOM"),
    "cond": m_art(CONDITIONS, "HEALTH_CONDITION"),
    "proc": m_art(PROCEDURES, "MEDICAL_PROCEDURE"),
    "cond_adj": lambda c, v: "{HEALTH_CONDITION:=%s}" % pick(CONDITION_ADJ),
    "sym_fr": m_art(HEALTH_I18N["fr"]["sym"], "SYMPTOM"),
    "proc_fr": m_art(HEALTH_I18N["fr"]["proc"], "MEDICAL_PROCEDURE"),
    "proc_es": m_art(HEALTH_I18N["es"]["proc"], "MEDICAL_PROCEDURE"),
    "proc_de": m_art(HEALTH_I18N["de"]["proc"], "MEDICAL_PROCEDURE"),
    "addr": m_addr,
    "addr_lines": lambda c, v: m_addr(c, "lines"),
    "addr_other": lambda c, v: m_addr(c, "other"),
}

# ----------------------------------------------------------------------------------------
# Templates.  {LABEL} / {LABEL:variant} = labelled value, {LABEL:=text} = labelled fixed text,
# {@filler} = unlabelled filler, {&macro} = expands to more template, [a|b|] = alternatives.
# Domain tags: b = bank, s = shop, c = clinic.
# ----------------------------------------------------------------------------------------
def T(domains, *tpls):
    return [(domains, t) for t in tpls]


SENS = {
    "CARD_NUMBER": T("bs",
        "my card number is {CARD_NUMBER}", "[card|card no|card #|cc|CC]: {CARD_NUMBER}",
        "can you update my payment method to {CARD_NUMBER}[ please|]",
        "The card I used was {CARD_NUMBER} and it got charged twice for order {@order}",
        "{CARD_NUMBER} {CARD_EXPIRY} {CARD_CVV}", "pay with {CARD_NUMBER} exp {CARD_EXPIRY}",
        "my visa {CARD_NUMBER:visa} was declined at checkout, no idea why",
        "use my amex {CARD_NUMBER:amex}, security code {CARD_CVV}",
        "i think someone cloned my card {CARD_NUMBER}. there are {@n} charges from {@merchant} i didnt make",
        "please block card {CARD_NUMBER} asap, it was stolen last night", "cc# {CARD_NUMBER} exp {CARD_EXPIRY}",
        "Credit card: {CARD_NUMBER}\nExpiry: {CARD_EXPIRY}\nCVV: {CARD_CVV}\nName on card: {PERSON_NAME}",
        "I want to add a new card to my account: {CARD_NUMBER}",
        "the number on the front is {CARD_NUMBER} and the 3 digits on the back are {CARD_CVV}",
        "why was {CARD_NUMBER} charged {@amount} on {@date}?", "here's my card {CARD_NUMBER:evasive} lol",
        "card {CARD_NUMBER:evasive} exp {CARD_EXPIRY}", "my card is {CARD_NUMBER:evasive} (spaced it so the bot doesn't eat it)",
        "n u m b e r: {CARD_NUMBER:evasive}", "card num {CARD_NUMBER:evasive} cvv {CARD_CVV}", "[mastercard|MasterCard|mc] {CARD_NUMBER:mc} valid thru {CARD_EXPIRY}",
        "debit card no. {CARD_NUMBER}, can you check if the refund of {@amount} went through",
        "For the deposit of {@amount}, charge {CARD_NUMBER} please. Exp {CARD_EXPIRY}, code {CARD_CVV}.",
        "My card {CARD_NUMBER} keeps getting declined on your website 😡 tried {@n} times",
        "is {CARD_NUMBER} still active? I got a new one in the mail",
        "i entered {CARD_NUMBER} but it says invalid card number??",
        "Charge the remaining {@amount} to {CARD_NUMBER} ({CARD_EXPIRY})", "put it on my discover {CARD_NUMBER:discover}",
        "Order {@order} - paid with {CARD_NUMBER}, want to switch to paypal",
        "💳 {CARD_NUMBER} exp {CARD_EXPIRY} cvc {CARD_CVV}", "{CARD_NUMBER}", "{CARD_NUMBER:evasive}",
        "card ending... actually here's the full number {CARD_NUMBER}",
        "the card is {CARD_NUMBER:plain} and expiry {CARD_EXPIRY}, the cvv is {CARD_CVV}",
        "jcb card {CARD_NUMBER:jcb} not accepted?", "my old card was {CARD_NUMBER} and the replacement still hasn't come",
        "Hi, I ordered {@qty} on {@date}. I paid with card {CARD_NUMBER} but the order shows unpaid. Can you check? Thanks") +
        T("c", "can I pay the {@amount} copay with {CARD_NUMBER} exp {CARD_EXPIRY}?",
          "please charge the balance of {@amount} to {CARD_NUMBER}"),
    "CARD_CVV": T("bsc", "cvv is {CARD_CVV}", "the security code is {CARD_CVV}", "CVC {CARD_CVV}",
        "3 digit code on the back: {CARD_CVV}", "oh and the cvv {CARD_CVV}", "sec code {CARD_CVV}",
        "it's asking for the CVV, it's {CARD_CVV} right?", "cvv2: {CARD_CVV}", "code on back {CARD_CVV}, exp {CARD_EXPIRY}",
        "forgot the cvc, it's {CARD_CVV}"),
    "CARD_EXPIRY": T("bsc", "expiry date {CARD_EXPIRY}", "it expires {CARD_EXPIRY}", "exp. {CARD_EXPIRY}",
        "valid thru {CARD_EXPIRY}", "the new card expires {CARD_EXPIRY} but the site still shows the old one",
        "expiration: {CARD_EXPIRY}", "good thru {CARD_EXPIRY}", "exp date is {CARD_EXPIRY}, cvv {CARD_CVV}",
        "the expiry on my card is {CARD_EXPIRY}, is that why it got declined?"),
    "BANK_ACCOUNT": T("b", "my account number is {BANK_ACCOUNT}", "acct {BANK_ACCOUNT}",
        "please send it to account {BANK_ACCOUNT}, routing {ROUTING_NUMBER}", "checking account # {BANK_ACCOUNT}",
        "savings acct no {BANK_ACCOUNT} - can you tell me the balance",
        "The transfer of {@amount} from account {BANK_ACCOUNT} never arrived",
        "set up direct deposit: routing {ROUTING_NUMBER}, account {BANK_ACCOUNT}",
        "account no. {BANK_ACCOUNT} in the name of {PERSON_NAME}", "I need a statement for account {BANK_ACCOUNT} for {@month}",
        "close account {BANK_ACCOUNT} please, moving banks",
        "my landlord's account number is {BANK_ACCOUNT}, I want to send {@amount} every month",
        "is account {BANK_ACCOUNT} overdrawn? I see a fee of {@amount}") +
        T("s", "refund to my bank account {BANK_ACCOUNT} instead of the card please"),
    "ROUTING_NUMBER": T("b", "routing number {ROUTING_NUMBER}", "ABA {ROUTING_NUMBER}",
        "is {ROUTING_NUMBER} the right routing number for wires?", "RTN: {ROUTING_NUMBER} acct: {BANK_ACCOUNT}",
        "routing # is {ROUTING_NUMBER}", "my employer needs routing {ROUTING_NUMBER} and account {BANK_ACCOUNT} for payroll",
        "aba routing no {ROUTING_NUMBER}, is that the ACH one or wire one?"),
    "IBAN": T("bs", "my IBAN is {IBAN}", "IBAN: {IBAN}\nBIC: {SWIFT_BIC}", "please refund to {IBAN}",
        "send the {@amount} to IBAN {IBAN} (account holder {PERSON_NAME})", "iban {IBAN}",
        "wrong iban on the invoice, the correct one is {IBAN}", "can I receive a transfer to {IBAN} from abroad?",
        "The SEPA transfer to {IBAN} bounced", "pls pay the deposit back to {IBAN}",
        "Refund for order {@order} should go to {IBAN}, not the card"),
    "SWIFT_BIC": T("b", "swift code {SWIFT_BIC}", "BIC {SWIFT_BIC}",
        "the bank's SWIFT is {SWIFT_BIC}, is that right for an international wire?", "SWIFT/BIC: {SWIFT_BIC}",
        "receiving bank swift {SWIFT_BIC}, account {BANK_ACCOUNT}", "bic code: {SWIFT_BIC}"),
    "CRYPTO_WALLET": T("bs", "my btc address is {CRYPTO_WALLET:btc}", "send the refund to {CRYPTO_WALLET:eth}",
        "withdraw 0.05 BTC to {CRYPTO_WALLET:btc}", "eth wallet: {CRYPTO_WALLET:eth}",
        "is {CRYPTO_WALLET} a valid address? my transfer is stuck",
        "I sent USDT to {CRYPTO_WALLET:eth} by mistake, can you reverse it",
        "deposit address {CRYPTO_WALLET} shows 0 confirmations after 2 hours", "pay to {CRYPTO_WALLET}",
        "my wallet is {CRYPTO_WALLET}"),
    "US_SSN": T("b", "my ssn is {US_SSN}", "social security number: {US_SSN}", "SSN {US_SSN} DOB {DATE_OF_BIRTH}",
        "last name {PERSON_NAME:last}, ss# {US_SSN}", "for the tax form, my social is {US_SSN}",
        "the form wants my SSN, it's {US_SSN}", "ssn: {US_SSN} (please don't store it)",
        "my husband's SSN is {US_SSN}", "you asked for the last 4 of my ssn, the whole thing is {US_SSN}") +
        T("c", "insurance asked for my social, {US_SSN}", "SSN for the billing office: {US_SSN}"),
    "US_ITIN": T("b", "my ITIN is {US_ITIN}", "I don't have an SSN but my ITIN is {US_ITIN}",
        "taxpayer id (ITIN) {US_ITIN}", "ITIN: {US_ITIN}, can I open a checking account with that?",
        "I used my ITIN {US_ITIN} on the application"),
    "PASSPORT": T("bsc", "passport number {PASSPORT}", "my passport no. is {PASSPORT}",
        "ID verification: passport {PASSPORT}, expires {@futuredate}", "pasport {PASSPORT}",
        "I uploaded my passport ({PASSPORT}) but verification failed", "passport # {PASSPORT}, issued in {@year}",
        "travel notice: I'll be abroad, passport {PASSPORT}", "my UK passport number is {PASSPORT:UK}",
        "US passport {PASSPORT:US}"),
    "DRIVER_LICENSE": T("bsc", "driver's license {DRIVER_LICENSE}", "DL# {DRIVER_LICENSE}",
        "my driving licence number is {DRIVER_LICENSE:UK}", "license no {DRIVER_LICENSE}",
        "California DL {DRIVER_LICENSE:CA}", "NY license {DRIVER_LICENSE:NY}", "TX DL {DRIVER_LICENSE:TX}",
        "FL drivers license {DRIVER_LICENSE:FL}", "ID: driver license {DRIVER_LICENSE}, exp {@futuredate}",
        "Illinois license {DRIVER_LICENSE:IL}", "licence number {DRIVER_LICENSE:UK} for the age check"),
    "UK_NINO": T("b", "my national insurance number is {UK_NINO}", "NI number: {UK_NINO}", "NINO {UK_NINO}",
        "ni no {UK_NINO}", "National Insurance no. {UK_NINO} - needed for the ISA?") +
        T("c", "NI number {UK_NINO} for the registration form"),
    "PASSWORD": T("bsc", "my password is {PASSWORD}", "pw: {PASSWORD}",
        "I changed my password to {PASSWORD} but it still won't let me in", "login {EMAIL} / {PASSWORD}",
        "username {@username} password {PASSWORD}", "is {PASSWORD} a strong enough password?",
        "old password was {PASSWORD}, new one is {PASSWORD}", "password: {PASSWORD}",
        "tried {PASSWORD} and {PASSWORD}, neither works", "portal login is {EMAIL}, pass {PASSWORD}",
        "my wife set the password to {PASSWORD} i think", "passwd {PASSWORD}", "🔑 {PASSWORD}"),
    "PIN": T("b", "my pin is {PIN}", "PIN: {PIN}", "I want to change my pin from {PIN} to {PIN}",
        "card pin {PIN} isn't working at the ATM", "the pin for my new card is {PIN}?", "my app passcode is {PIN:6}",
        "entered {PIN} three times and now it's locked", "pin {PIN}"),
    "ONE_TIME_CODE": T("bsc", "the code is {ONE_TIME_CODE}", "I got {ONE_TIME_CODE} by sms", "OTP: {ONE_TIME_CODE}",
        "verification code {ONE_TIME_CODE} didn't work", "here's the 2FA code {ONE_TIME_CODE}",
        "{ONE_TIME_CODE} is the code you sent me", "one-time passcode {ONE_TIME_CODE}",
        "code from the text: {ONE_TIME_CODE}", "it says enter code, I typed {ONE_TIME_CODE} and it expired"),
    "API_KEY": T("bs", "our api key is {API_KEY}, getting 401s",
        "I accidentally committed {API_KEY:aws} to github, can you revoke it?", "webhook fails with key {API_KEY:stripe}",
        "Authorization: Bearer {API_KEY:jwt}", "using {API_KEY} in the header and still unauthorized",
        "export STRIPE_KEY={API_KEY:stripe}", "aws_access_key_id = {API_KEY:aws}\naws_secret_access_key = {API_KEY:aws_secret}",
        "slack bot token {API_KEY:slack} stopped posting order alerts", "maps key {API_KEY:google} is over quota?",
        "token: {API_KEY:github}", "the plugin asks for a key, I pasted {API_KEY} and nothing happens"),
    "PRIVATE_KEY": T("bs", "here is the key:\n{PRIVATE_KEY}", "is this the right format?\n{PRIVATE_KEY}\nthe upload keeps failing",
        "{PRIVATE_KEY}", "my wallet export:\n{PRIVATE_KEY:ec}", "sftp for the product feed uses this key\n{PRIVATE_KEY:openssh}",
        "cert upload error. key below\n\n{PRIVATE_KEY}\n\nthanks"),
    "HEALTH_CONDITION": T("c", "I was diagnosed with {HEALTH_CONDITION} last [year|month|week]", "I have {&cond}",
        "my daughter has {&cond}, do you have a pediatric specialist?", "history of {HEALTH_CONDITION} in my family",
        "I'm being treated for {HEALTH_CONDITION}, can I get a refill of {MEDICATION}?", "I'm {&cond_adj}",
        "does the plan cover {HEALTH_CONDITION} treatment?", "my husband has {&cond} and needs a specialist",
        "i think i have {&cond} again", "is the doctor experienced with {HEALTH_CONDITION}?") +
        T("s", "do these snacks contain gluten? I have {HEALTH_CONDITION:=celiac disease}",
          "is the protein bar nut free? my son has a {HEALTH_CONDITION:=peanut allergy}",
          "I'm {HEALTH_CONDITION:=diabetic}, do you have sugar free options?") +
        T("b", "I've been off work with {HEALTH_CONDITION} and can't make this month's payment",
          "my mother has {HEALTH_CONDITION:=dementia}, how do I get power of attorney on her account?"),
    "SYMPTOM": T("c", "I've had {&sym} for [3 days|a week|two weeks|a month]", "{SYMPTOM} and {SYMPTOM} since yesterday",
        "my son has {&sym}, should I bring him in?", "woke up with {&sym}", "is {SYMPTOM} a side effect of {MEDICATION}?",
        "I'm getting {&sym} after taking {MEDICATION}", "{&sym} again 😩 can I get a same day appointment",
        "my mom is {AGE:senior} and has {&sym} and {SYMPTOM}", "having {SYMPTOM} when I climb stairs, is that urgent?",
        "symptoms: {SYMPTOM}, {SYMPTOM}, {SYMPTOM}", "🤒 {SYMPTOM} since Monday", "😷🤧 {SYMPTOM} and {SYMPTOM}, can I come in today?"),
    "MEDICATION": T("c", "I take {MEDICATION} {@dose}", "need a refill for {MEDICATION}",
        "can I take {MEDICATION} with {MEDICATION}?", "I'm allergic to {MEDICATION}",
        "the pharmacy says my {MEDICATION} prescription expired", "ran out of {MEDICATION} yesterday",
        "does insurance cover {MEDICATION}?", "switching from {MEDICATION} to {MEDICATION} - any side effects?",
        "current meds: {MEDICATION} {@dose}, {MEDICATION}") +
        T("s", "do you sell {MEDICATION} in the pharmacy section?"),
    "MEDICAL_PROCEDURE": T("c", "I need to book {&proc}", "my {MEDICAL_PROCEDURE} is scheduled for {@date}",
        "any news on the results of my {MEDICAL_PROCEDURE}?", "recovering from {&proc} and need a sick note",
        "how do I prepare for {&proc}?", "can I drive after {&proc}?", "the {MEDICAL_PROCEDURE} bill is {@amount}, why so much",
        "I had {&proc} in {@year}") +
        T("b", "I was in hospital for {&proc} and missed my payment, can you waive the fee?"),
    "MEDICAL_RECORD_NUMBER": T("c", "my MRN is {MEDICAL_RECORD_NUMBER}", "medical record number {MEDICAL_RECORD_NUMBER}",
        "patient ID {MEDICAL_RECORD_NUMBER}", "chart # {MEDICAL_RECORD_NUMBER}", "🏥 MRN {MEDICAL_RECORD_NUMBER}",
        "MRN: {MEDICAL_RECORD_NUMBER}, could you send the discharge summary?", "hospital number {MEDICAL_RECORD_NUMBER}"),
    "HEALTH_PLAN_ID": T("c", "member ID {HEALTH_PLAN_ID}", "insurance ID: {HEALTH_PLAN_ID}",
        "my policy number is {HEALTH_PLAN_ID}", "subscriber id {HEALTH_PLAN_ID}",
        "here's my insurance card info: member {HEALTH_PLAN_ID}", "Medicaid ID {HEALTH_PLAN_ID}",
        "health plan id {HEALTH_PLAN_ID}, is that in network?"),
    "NPI": T("c", "my doctor's NPI is {NPI}", "referring provider NPI {NPI}", "Dr. {PERSON_NAME:doc}, NPI {NPI}",
        "NPI: {NPI}", "the claim was denied, provider NPI {NPI} not found?"),
    "MEDICARE_MBI": T("c", "my Medicare number is {MEDICARE_MBI}", "MBI {MEDICARE_MBI}", "medicare id: {MEDICARE_MBI}",
        "new medicare card number {MEDICARE_MBI}", "Medicare Beneficiary Identifier {MEDICARE_MBI}"),
    "EMAIL": T("bsc", "my email is {EMAIL}", "send the receipt to {EMAIL}", "contact me at {EMAIL} or {PHONE}",
        "I changed my email from {EMAIL} to {EMAIL:new}", "{EMAIL}", "can you cc {EMAIL:other}", "email: {EMAIL}",
        "reset link never arrived at {EMAIL}", "it's registered under {EMAIL}", "pls update to {EMAIL:new}",
        "E-mail address {EMAIL} (not the old hotmail one)", "📧 {EMAIL}"),
    "PHONE": T("bsc", "call me at {PHONE}", "my number is {PHONE}", "text me on {PHONE}", "my new phone number: {PHONE}",
        "reach me on {PHONE:intl} while I'm abroad", "mobile {PHONE}, home {PHONE}", "you can call my wife on {PHONE}",
        "best number is {PHONE} after {@time}", "{PHONE}", "the courier should ring {PHONE} when outside",
        "I didn't get the sms on {PHONE}", "tel. {PHONE}", "ph: {PHONE}", "📞 {PHONE}", "😊😊 call me on {PHONE}"),
    "IP_ADDRESS": T("bs", "my ip is {IP_ADDRESS}", "someone logged in from {IP_ADDRESS}, that wasn't me",
        "please whitelist {IP_ADDRESS:v4} for the API", "the webhook requests come from {IP_ADDRESS:v4}:443",
        "blocked from {IP_ADDRESS:v6}?", "my router is {IP_ADDRESS:private} and the card reader is {IP_ADDRESS:private}",
        "login attempt from {IP_ADDRESS} at {@time}", "server IP {IP_ADDRESS}", "whatismyip says {IP_ADDRESS}"),
    "STREET_ADDRESS": T("bsc", "ship to {&addr}", "my new address is {&addr}", "I moved to {&addr}",
        "billing address: {&addr}", "{PERSON_NAME}\n{&addr_lines}", "please deliver to {&addr}, leave it with the neighbour",
        "the package went to {&addr_other} instead of {&addr}", "I live at {&addr}", "update my address to {&addr}",
        "send the card to {&addr}", "address: {&addr}", "📦➡️ {&addr}", "🏠 {&addr}"),
    "POSTCODE": T("bs", "do you deliver to zip {POSTCODE:us}?", "my postcode is {POSTCODE:uk}",
        "is {POSTCODE:uk} in your delivery area?", "zip code {POSTCODE:us}", "postal code {POSTCODE:ca}",
        "PIN code {POSTCODE:in}, do you deliver there?", "postcode {POSTCODE:au}", "my zip is {POSTCODE:us}") +
        T("c", "which of your clinics is closest to {POSTCODE:uk}?", "do you have a clinic near zip {POSTCODE:us}?"),
    "PERSON_NAME": T("bsc", "my name is {PERSON_NAME}", "🙋‍♀️ {PERSON_NAME} here", "hi, this is {PERSON_NAME}", "it's {PERSON_NAME:first} again",
        "account holder: {PERSON_NAME}", "I spoke to {PERSON_NAME:other_first} yesterday and they said it was sorted",
        "it's a gift for {PERSON_NAME:other}", "is Mrs {PERSON_NAME:other_last} working today?",
        "thanks, {PERSON_NAME:first}", "the parcel is addressed to {PERSON_NAME}", "Mr. {PERSON_NAME:last} here",
        "name on the account is {PERSON_NAME}", "I'm writing on behalf of my father, {PERSON_NAME:other}",
        "my name in my own script is {PERSON_NAME:nonlatin}", "{PERSON_NAME} here, following up",
        "Ms {PERSON_NAME:last} again, still waiting") +
        T("c", "Dr. {PERSON_NAME:doc} told me to come back in two weeks", "booking for my son {PERSON_NAME:other_first}",
          "can I see Dr {PERSON_NAME:doc} instead?", "my GP is Dr. {PERSON_NAME:doc}"),
    "DATE_OF_BIRTH": T("bsc", "DOB {DATE_OF_BIRTH}", "date of birth: {DATE_OF_BIRTH}", "born on {DATE_OF_BIRTH}",
        "I was born {DATE_OF_BIRTH}", "birthdate {DATE_OF_BIRTH}", "d.o.b. {DATE_OF_BIRTH}",
        "my son's date of birth is {DATE_OF_BIRTH:child}", "patient DOB: {DATE_OF_BIRTH}",
        "my date of birth is wrong on the account, it should be {DATE_OF_BIRTH}"),
    "AGE": T("bsc", "I'm {AGE} and this is the first time I use an app like this", "I am {AGE} years old",
        "my son is {AGE:child} years old", "{AGE} y/o, asking for my dad", "age {AGE}",
        "my mom is {AGE:senior} and can't use the app", "I'm a {AGE}-year-old student",
        "can a {AGE:child} year old have their own account? my daughter wants one") +
        T("c", "{AGE}yo female, {SYMPTOM} for 2 days", "{AGE} y/o male with {&cond}", "my grandfather is {AGE:senior}, can he get a home visit?"),
    "COMBO": T("b", "Name: {PERSON_NAME}\nDOB: {DATE_OF_BIRTH}\nSSN: {US_SSN}\nPhone: {PHONE}",
        "hi im {PERSON_NAME} my acct is {BANK_ACCOUNT} and my card {CARD_NUMBER} got blocked, call me {PHONE}",
        "{PERSON_NAME}, {&addr}, {EMAIL}", "verify me: {PERSON_NAME}, born {DATE_OF_BIRTH}, postcode {POSTCODE}",
        "my ip {IP_ADDRESS} got locked out after I typed the password wrong, it's {PASSWORD}",
        "Beneficiary: {PERSON_NAME:other}\nIBAN: {IBAN}\nBIC: {SWIFT_BIC}\nAmount: {@amount}",
        "{PERSON_NAME}, NI {UK_NINO}, {&addr}",
        "wire {@amount} to {PERSON_NAME:other}, acct {BANK_ACCOUNT}, routing {ROUTING_NUMBER}, swift {SWIFT_BIC}",
        "I'm {AGE}, my DOB is {DATE_OF_BIRTH} and the app says I'm too young??") +
        T("s", "Order for {PERSON_NAME}, ship to {&addr}, phone {PHONE}, email {EMAIL}",
          "pls deliver to {&addr} - call {PHONE} if no answer. card {CARD_NUMBER} exp {CARD_EXPIRY}",
          "login {EMAIL} pass {PASSWORD} code {ONE_TIME_CODE} - still can't get in",
          "Hi, {PERSON_NAME:first} here. Order {@order} never came. My address is {&addr} and my number is {PHONE}. Thanks!") +
        T("c", "Patient: {PERSON_NAME}, DOB {DATE_OF_BIRTH}, MRN {MEDICAL_RECORD_NUMBER}. Complaint: {SYMPTOM}.",
          "hi I'm {PERSON_NAME:first}, {AGE}, I have {&cond} and lately {SYMPTOM}. I take {MEDICATION}. can I see Dr. {PERSON_NAME:doc} this week?",
          "my insurance is member ID {HEALTH_PLAN_ID}, medicare {MEDICARE_MBI}",
          "{AGE}F with {&cond}, on {MEDICATION}, needs {&proc}",
          "Referral from Dr. {PERSON_NAME:doc} (NPI {NPI}) for {&proc}",
          "{PERSON_NAME}\nDOB {DATE_OF_BIRTH}\n{PHONE}\n{EMAIL}\nreason: {SYMPTOM} and {SYMPTOM}",
          "I'm {PERSON_NAME}, born {DATE_OF_BIRTH}. I had {&proc} on {@date} and since then I've had {&sym}. Should I be worried? I'm on {MEDICATION}."),
}

FOCUS = {
    "b": [(9, "CARD_NUMBER"), (3, "CARD_CVV"), (3, "CARD_EXPIRY"), (7, "BANK_ACCOUNT"), (5, "ROUTING_NUMBER"),
          (6, "IBAN"), (4, "SWIFT_BIC"), (6, "CRYPTO_WALLET"), (5, "US_SSN"), (7, "US_ITIN"), (5, "PASSPORT"),
          (4, "DRIVER_LICENSE"), (7, "UK_NINO"), (4, "PASSWORD"), (7, "PIN"), (4, "ONE_TIME_CODE"), (3, "API_KEY"),
          (2, "PRIVATE_KEY"), (2, "EMAIL"), (3, "PHONE"), (5, "IP_ADDRESS"), (3, "STREET_ADDRESS"), (1, "POSTCODE"),
          (3, "PERSON_NAME"), (3, "DATE_OF_BIRTH"), (2, "AGE"), (6, "COMBO"), (1, "HEALTH_CONDITION"), (1, "MEDICAL_PROCEDURE")],
    "s": [(9, "CARD_NUMBER"), (3, "CARD_CVV"), (3, "CARD_EXPIRY"), (6, "EMAIL"), (6, "PHONE"), (6, "STREET_ADDRESS"),
          (4, "POSTCODE"), (5, "PERSON_NAME"), (4, "PASSWORD"), (4, "ONE_TIME_CODE"), (4, "API_KEY"), (4, "PRIVATE_KEY"),
          (4, "IP_ADDRESS"), (2, "IBAN"), (3, "CRYPTO_WALLET"), (1, "PASSPORT"), (1, "DRIVER_LICENSE"), (1, "AGE"),
          (2, "HEALTH_CONDITION"), (1, "MEDICATION"), (6, "COMBO"), (1, "BANK_ACCOUNT")],
    "c": [(9, "HEALTH_CONDITION"), (9, "SYMPTOM"), (8, "MEDICATION"), (7, "MEDICAL_PROCEDURE"),
          (8, "MEDICAL_RECORD_NUMBER"), (8, "HEALTH_PLAN_ID"), (7, "NPI"), (9, "MEDICARE_MBI"), (4, "PERSON_NAME"),
          (4, "DATE_OF_BIRTH"), (5, "AGE"), (3, "PHONE"), (2, "EMAIL"), (2, "STREET_ADDRESS"), (2, "US_SSN"),
          (1, "DRIVER_LICENSE"), (2, "PASSPORT"), (1, "CARD_NUMBER"), (1, "CARD_CVV"), (1, "CARD_EXPIRY"),
          (2, "PASSWORD"), (2, "ONE_TIME_CODE"), (1, "UK_NINO"), (1, "POSTCODE"), (8, "COMBO")],
}

SENS_I18N = {
    "es": T("bsc", "mi número de tarjeta es {CARD_NUMBER}", "tarjeta {CARD_NUMBER}, caduca el {CARD_EXPIRY} y el CVV es {CARD_CVV}",
            "mi IBAN es {IBAN:es}", "por favor devolvedme el dinero a la cuenta {IBAN:es}", "me llamo {PERSON_NAME}",
            "soy {PERSON_NAME:first}, ¿me podéis ayudar?", "mi correo es {EMAIL}", "mi teléfono es {PHONE}",
            "vivo en {&addr}", "mi dirección: {&addr}", "código postal {POSTCODE}", "nací el {DATE_OF_BIRTH}",
            "tengo {AGE} años", "mi contraseña es {PASSWORD}", "el código que me llegó es {ONE_TIME_CODE}",
            "mi número de pasaporte es {PASSPORT:ES}", "mi PIN es {PIN}", "el BIC es {SWIFT_BIC}") +
          T("c", "tengo {SYMPTOM:es} desde ayer", "me diagnosticaron {HEALTH_CONDITION:es} el año pasado",
            "tomo {MEDICATION:es} todos los días", "me tienen que hacer {&proc_es} el {@date}",
            "mi hijo tiene {AGE:child} años y tiene {SYMPTOM:es}", "tengo {HEALTH_CONDITION:es} y necesito receta de {MEDICATION:es}",
            "fecha de nacimiento {DATE_OF_BIRTH}, tengo {SYMPTOM:es} y {SYMPTOM:es} 😷"),
    "fr": T("bsc", "mon numéro de carte est {CARD_NUMBER}", "carte {CARD_NUMBER}, date d'expiration {CARD_EXPIRY}, cryptogramme {CARD_CVV}",
            "mon IBAN : {IBAN:fr}", "voici mon RIB : {IBAN:fr} BIC {SWIFT_BIC}", "je m'appelle {PERSON_NAME}",
            "mon adresse e-mail est {EMAIL}", "vous pouvez me joindre au {PHONE}", "j'habite au {&addr}",
            "né le {DATE_OF_BIRTH}", "j'ai {AGE} ans", "mon mot de passe est {PASSWORD}",
            "le code reçu par SMS est {ONE_TIME_CODE}", "code PIN {PIN}", "mon numéro de passeport : {PASSPORT:FR}",
            "code postal {POSTCODE}", "c'est {PERSON_NAME:first}, je vous ai écrit hier") +
          T("c", "j'ai {&sym_fr} depuis deux jours", "antécédents : {HEALTH_CONDITION:fr}, {HEALTH_CONDITION:fr}",
            "diagnostic : {HEALTH_CONDITION:fr}", "traitement : {MEDICATION:fr}", "j'ai rendez-vous pour {&proc_fr} le {@date}",
            "ma fille a {AGE:child} ans et elle a {&sym_fr}", "le Dr {PERSON_NAME:doc} m'a prescrit du {MEDICATION:fr}"),
    "de": T("bsc", "meine Kartennummer ist {CARD_NUMBER}", "Karte {CARD_NUMBER}, gültig bis {CARD_EXPIRY}, Prüfnummer {CARD_CVV}",
            "meine IBAN lautet {IBAN:de}", "bitte überweisen Sie den Betrag auf {IBAN:de}, BIC {SWIFT_BIC}",
            "ich heiße {PERSON_NAME}", "mein Name ist {PERSON_NAME}", "meine E-Mail: {EMAIL}", "Telefon: {PHONE}",
            "ich wohne in der {&addr}", "geboren am {DATE_OF_BIRTH}", "ich bin {AGE} Jahre alt",
            "mein Passwort ist {PASSWORD}", "der Code lautet {ONE_TIME_CODE}", "meine PIN ist {PIN}",
            "Reisepassnummer {PASSPORT:DE}", "PLZ {POSTCODE}", "Lieferadresse: {&addr}") +
          T("c", "ich habe seit gestern {SYMPTOM:de}", "ich habe {HEALTH_CONDITION:de}", "ich nehme {MEDICATION:de}",
            "ich brauche einen Termin für {&proc_de}", "mein Sohn ist {AGE:child} und hat {SYMPTOM:de}",
            "Diagnose: {HEALTH_CONDITION:de}, Medikamente: {MEDICATION:de}, {MEDICATION:de}",
            "Frau Dr. {PERSON_NAME:doc} hat mir {MEDICATION:de} verschrieben"),
}

BENIGN = {
    "b": W("""what's the grace period on my credit card?|How do I reset my password?|I forgot my password again 🙄|
        I forgot my PIN, how do I get a new one?|do I need my passport to open an account?|can I open an account without a passport?|
        I want to transfer {@amount} to my landlord|sent {@amount} to my landlord yesterday, when will it arrive?|
        my card was declined at {@merchant} even though I have money|
        what is the interest rate on the savings account? I saw {@pct} advertised|can I get a new card, mine is cracked|
        my card ending in {@last4} expired, is the new one on its way?|card ending {@last4} is blocked|
        transaction ref {@ref} shows as pending since {@date}|How long does a SEPA transfer take?|
        is there a fee for international wires?|Can I increase my daily limit to {@amount}?|
        why was I charged a {@amount} overdraft fee|I'd like to dispute a charge of {@amount} from {@merchant} on {@date}|
        Mark this transaction as fraud please|Will the branch be open on {@date}?|
        may I ask why my loan application was rejected?|I also bank with Chase, can I link that account?|
        my statement for {@month} is missing|the app keeps logging me out after the update to {@version}|
        app {@version} crashes when I open the cards tab|where is the nearest ATM to {@streetname}?|
        the branch on {@streetname} closed, where's the next one|can I pay my credit card bill from another bank?|
        How do I set up a standing order for {@amount} every month?|what's the difference between a debit and a credit card|
        I've been a customer for {@years} years and this is the worst service|my account is {@years} years old, can I get a better rate?|
        I waited {@minutes} minutes on hold|i'm {@minutes} minutes away from the branch, can you hold my appointment|
        reference number {@nine} for my complaint|The exchange rate was {@rate} but you charged me more|
        What are your opening hours on Saturday?|the code never arrived|I didn't get the verification code|
        what does pending mean on my statement|I lost my wallet, please freeze all my cards|
        my passport expired, can I still use it as ID?|Password reset link expired, can you send another?|
        What's the password policy? it keeps rejecting mine|how many digits is the PIN supposed to be?|
        Where do I find my IBAN in the app?|what's your SWIFT code for incoming transfers?|
        is the account number the same as the card number?|my social security check hasn't arrived yet|
        Can I deposit a check for {@amount} using the app?|The ATM ate my card at {@time}|grace period for the mortgage payment?|
        the white card or the black card, which one has no foreign fees?|i will check my statement and get back to you|
        Frank question: why are your fees so high?|is it sterling or euros on the travel card?|
        my husband and I want a joint account, what do we need to bring?|how do I change the nickname on my savings pot?|
        do I pay tax on {@amount} of interest?|the transfer limit is {@amount} per day?|
        I paid {@amount} on {@date} but the balance still shows {@amount}|can I order euros for pickup on {@date}?|
        is my money protected up to {@amount}?|apple pay isn't working with my card|how do I add my card to google wallet|
        the chip on my card stopped working|my direct deposit usually hits at {@time}, it's late today|
        I need a letter confirming my account for my visa application|whats the max I can withdraw at once|
        Bill pay to the electric company failed, amount {@amount}|can I stop a check I wrote last week?|
        I made {@n} transfers today and one is missing|the mobile deposit of {@amount} was rejected, why?|
        your customer number format is weird, mine starts with 00, is that right?|
        do you have a student account? I'm starting uni in {@month}|hi|hello?|ok thanks|that's all, bye|
        is this a bot or a real person|agent please|the interest rate went from {@pct} to {@pct}, why?|
        my card got declined for {@amount} at {@merchant} in {@city}, I'm travelling|
        is there a branch in {@city}?|how do I close my account?|I'd like to talk to someone about a mortgage|
        Hope you can help, I've been trying since {@time}|Can you please explain the {@amount} fee on my {@month} statement? I was told there were no fees on this account when I opened it {@years} years ago and I'm quite frustrated.|
        loan ref {@nine} - when is the next payment due?|can I skip a payment this month?"""),
    "s": W("""where is my order {@order}?|tracking {@tracking} says delivered but nothing here|can I return item {@item}?|
        I was charged {@amount} twice for order {@order}|do you have the {@color} one in {@size}?|
        I'd like the {@color} {@product}, {@qty}|is the {@product} in stock? need {@qty}|the hunter green shirt runs small|
        I want the white one not the black one|mark it as a gift please|I will check the size chart and come back|
        Can I get the rose gold version?|is bill me later an option at checkout?|may I change the delivery date to {@date}?|
        the rose bush I ordered arrived dead 🥀|this deal is sick 🔥 is it still on tomorrow?|
        I'm dying to know when the {@product} restocks|the checkout is such a pain on mobile|I'm sick of waiting for order {@order}|
        your website gave me a headache lol|promo code {@promo} doesn't work|voucher {@voucher} says invalid|
        order ref {@order} still not shipped|invoice {@invoice} has the wrong VAT amount|
        UPS tracking {@ups} hasn't updated in {@n} days|USPS says {@usps} is in transit since {@date}|
        fedex {@fedex} delivered to the wrong door?|{@sku} vs {@sku}, what's the difference?|need {@qty} for a party on {@date}|
        can you ship {@n} units to our office|price was {@amount} yesterday now it's {@amount}|
        the {@product} ({@model}) stopped working after {@n} weeks|Will it arrive before Christmas?|
        Grace period for returns is 30 days right?|do you price match {@merchant}?|are the Jordan 4s in size 10 restocking?|
        do you sell the Stanley cup in {@color}?|the coupon says {@pct} off but I got less|
        version {@version} of your app won't load my cart|do you deliver on sundays?|what's your returns address?|
        can I pick up in store instead|the box was damaged, {@n} of the glasses broken|where do I enter the discount code|
        I ordered {@qty} but only got {@n}|order placed on {@date} at {@time}, confirmation {@ref}|
        suitable for ages {@agerange}?|how old do you have to be to buy alcohol online?|do you have it in a 4 pack?|
        the item number on the receipt is {@item}|my laptop is {@n} years old, will the app work on it?|
        I'm {@minutes} minutes from the store, can you hold it?|the {@product} is {@amount} on {@merchant}, can you match?|
        is the {@product} dishwasher safe?|what's the warranty on the {@product}?|can I change the colour to {@color}?|
        my order {@order} says {@qty} but I only wanted one|is there free shipping over {@amount}?|
        I forgot my password and the reset email never comes|do I need an account to order?|
        can I pay with paypal?|which card types do you accept?|do you take amex?|is it safe to save my card on your site?|
        thanks!|ok cool|great, thank you 😊|still waiting...|hello???|can I speak to a human|
        The sizes are all wrong. I ordered {@size} and got something tiny. Can I exchange it without paying shipping again? Order {@order}.|
        gift receipt for order {@order} please|return label for {@order}|Virginia office or Texas warehouse, where does it ship from?|
        the Amber Ale 6 pack was out of stock|is the Victoria sponge mix gluten free?|the Ruby red colour is sold out?|
        is the Summer collection out yet?|can I reserve {@n} of the {@product}?|did you get my email about order {@order}?|
        tracking says {@tracking} but the carrier site doesn't recognize it|the {@product} arrived with {@n} scratches|
        Hunter boots in {@size}?|how many in a pack? {@qty}?|my model number is {@model}, which filter fits?|
        please cancel order {@order}|where do I find the order number?|paid {@amount}, refund was only {@amount}|
        3 items in my cart disappeared|is {@amount} the price with VAT?|room {@n}04 at the hotel, deliver there?"""),
    "c": W("""what are your opening hours?|do you take walk-ins on saturday?|how much is a consultation without insurance?|
        is there parking at the clinic?|can I reschedule my appointment from {@date} to {@date}?|I need to cancel my {@time} appointment|
        do you accept Blue Cross?|are you accepting new patients?|how do I log in to the patient portal|
        I forgot my portal password|the portal says my password expired|can I get my letters by email instead of post?|
        what should I bring to my first appointment?|is the clinic on {@streetname} or the one downtown?|do I need a referral?|
        running {@minutes} minutes late, sorry!|i'm {@minutes} minutes away|can my husband come in with me?|
        how long is the wait right now?|do you have evening slots next week?|is the pharmacy open on sundays?|
        I'm dying to know if you have any cancellations today lol|what's the fax number for records?|
        my appointment confirmation number is {@ref}|the bill for {@amount} - can I pay in installments?|
        invoice {@invoice} says I owe {@amount} but my insurance paid|do you offer telehealth?|
        grace period for the late cancellation fee?|May I bring a translator?|mark my appointment as confirmed please|
        thank you so much ❤️|ok see you on {@date}|is it ok to park on the street?|Who do I contact about billing?|
        I want to update my insurance info|where do I send the form?|the kiosk won't print my ticket {@ticket}|
        how early should I arrive?|can I get a copy of my records?|is there wheelchair access?|
        do you have a female doctor available?|is the {@time} slot still free?|the waiting room wifi password?|
        I got a text about an appointment on {@date} but I didn't book anything|can I pay the {@amount} by card at reception?|
        how do I get to you from the train station?|is the lab open at {@time}?|thanks, see you {@date}|
        do you do home visits?|can I switch to another doctor at your practice?|what's the cancellation policy?|
        the app shows my appointment at {@time} but the letter says {@time}|hello?|ok|yes that works|no thanks|
        my appointment reference is {@nine}|I'll be there at {@time} with my {@n} kids, is that ok?|
        Can you confirm that my appointment on {@date} at {@time} is still on? I got two different messages and I'm confused. Thank you!|
        what's the address of the new clinic?|do I need to bring anything?"""),
    "any": W("""hi|hello|hey|thanks|thank you!|ok|okay 👍|great|perfect, thanks a lot|no that's everything|bye|
        can you help me?|I have a question|one moment pls|brb|give me a sec|never mind, found it|sorry wrong chat|
        is this a bot?|you guys are great|I'll check with my wife and come back|how do I delete my account?|
        do you have an app for iPhone?|my wifi at home is slow, maybe that's why|can you send me the T&Cs|
        what's your privacy policy? do you store my data?|do you share my data with third parties?|
        👋|🙏|???|hello?? anyone there|still there?|that didn't work|it worked, thanks!|what do you mean?|
        can you repeat that|I don't understand|yes|no|maybe later|ok I'll try that|I tried that already 😤|
        this is taking forever|lol|haha ok|sure|please hurry|the link doesn't open|the page is blank|
        can you call me back? same number as on file|I'll send it later|wait|sorry, typo|nvm|
        how long will this take?|is there a phone line I can call instead?|what are the steps?|
        I'm not comfortable sharing that here|can I do this in person instead?|
        I'd rather not type my card number in a chat, is there a secure form?|
        the chat keeps closing on me 😩|can you send me a summary by email?|is there a complaint form?|
        my English is not so good, sorry|do you speak Spanish?|tu parles français ?|
        I'm on version {@version} of the app|update {@version} broke something|ok I'm 5 minutes away|
        rated 5 stars ⭐⭐⭐⭐⭐|👍👍|🤦‍♀️ never mind|👨‍👩‍👧 family account question: can I add my kids?"""),
}

BENIGN_I18N = {
    "es": W("""hola, ¿cuál es el horario de atención?|quiero devolver el pedido {@order}|me cobraron {@amount} dos veces|
        ¿hacen envíos a Canarias?|¿cuánto tarda una transferencia?|olvidé mi contraseña|¿necesito el pasaporte para abrir una cuenta?|
        ¡gracias!|el paquete {@tracking} no ha llegado|¿puedo cambiar la cita del {@date}?|¿aceptan tarjeta?|vale, muchas gracias 😊|
        la app no funciona desde la versión {@version}|¿tienen la talla {@size}?|¿a qué hora abren mañana?|
        no me llegó el código|quiero hablar con una persona|la transferencia de {@amount} sigue pendiente|
        ¿cuánto cuesta la consulta?|llego {@minutes} minutos tarde, perdón|¿tienen cita para el {@date}?|
        el pedido {@order} llegó roto|¿puedo pagar a plazos?|buenas tardes|vale|¿dónde está la sucursal más cercana?"""),
    "fr": W("""bonjour, où en est ma commande {@order} ?|je voudrais annuler mon rendez-vous de {@time}|j'ai oublié mon mot de passe|
        le colis {@tracking} est bloqué depuis {@n} jours|merci beaucoup !|quels sont vos horaires ?|
        est-ce que je peux payer en plusieurs fois ?|le virement de {@amount} n'est pas arrivé|je n'ai pas reçu le code|
        c'est possible de changer la date de livraison ?|vous livrez le samedi ?|j'ai été débité de {@amount} deux fois|
        la facture {@invoice} est fausse|je suis à {@minutes} minutes, j'arrive|d'accord, merci|bonjour|
        faut-il un passeport pour ouvrir un compte ?|l'application plante depuis la {@version}|
        je voudrais parler à un conseiller|il reste des créneaux le {@date} ?|le paiement a été refusé chez {@merchant}"""),
    "de": W("""wo ist meine Bestellung {@order}?|ich habe mein Passwort vergessen|kann ich den Termin am {@date} verschieben?|
        die Überweisung über {@amount} ist noch nicht angekommen|danke schön!|haben Sie am Samstag geöffnet?|
        brauche ich einen Reisepass für die Kontoeröffnung?|das Paket {@tracking} hängt seit {@n} Tagen fest|
        Rechnung {@invoice} ist falsch|die App stürzt seit Version {@version} ab|kann ich per Rechnung zahlen?|
        ich komme {@minutes} Minuten später|hallo|ok, danke|gibt es einen Termin am {@date}?|
        mir wurden {@amount} doppelt abgebucht|wie lange dauert eine SEPA-Überweisung?|der Code kam nie an|
        ich möchte mit einem Mitarbeiter sprechen|ist die Filiale in der {@streetname} noch offen?|Bestellnummer {@order}, bitte stornieren"""),
}

OPENERS = {"en": [(40, ""), (8, "hi "), (8, "hi, "), (4, "Hi! "), (4, "hello, "), (4, "hey "), (2, "hey there, "),
                  (2, "good morning, "), (2, "Good afternoon. "), (2, "ok so "), (1, "um "), (2, "Hi there 👋 "),
                  (1, "hiya "), (1, "yo "), (1, "hello?? "), (2, "sorry to bother you, "), (2, "quick question: "),
                  (1, "URGENT: "), (1, "pls help - "), (1, "🙏 ")],
           "es": [(50, ""), (10, "hola, "), (5, "buenas, "), (5, "buenos días, "), (3, "hola 👋 ")],
           "fr": [(50, ""), (10, "bonjour, "), (4, "salut, "), (3, "bonsoir, "), (2, "Bonjour madame, ")],
           "de": [(50, ""), (10, "hallo, "), (5, "guten Tag, "), (3, "moin, "), (2, "Hallo zusammen, ")]}
CLOSERS = {"en": [(55, ""), (5, " thanks"), (4, " thx"), (4, " thank you!"), (2, " 🙏"), (2, " pls"), (2, " asap"),
                  (2, " 😊"), (1, " 😅"), (2, " 👍"), (1, " cheers"), (1, " ty"), (1, "!!"), (1, " 😭"), (1, " 😡"),
                  (1, " 🤞"), (1, " ❤️")],
           "es": [(60, ""), (10, " gracias"), (5, " ¡gracias!"), (3, " 🙏")],
           "fr": [(60, ""), (10, " merci"), (5, " merci d'avance"), (3, " 🙏")],
           "de": [(60, ""), (10, " danke"), (5, " vielen Dank"), (3, " 🙏")]}

# ----------------------------------------------------------------------------------------
# Template engine
# ----------------------------------------------------------------------------------------
PH_RE = re.compile(r"\{([A-Z_]+|@[a-z_0-9]+|&[a-z_0-9]+)(?::([^{}]*))?\}")
ALT_RE = re.compile(r"\[([^\[\]]*)\]")
HEALTH_LABELS = ("HEALTH_CONDITION", "SYMPTOM", "MEDICATION", "MEDICAL_PROCEDURE")


class Seg:
    __slots__ = ("kind", "text", "label", "vkind")

    def __init__(self, kind, text, label=None, vkind=None):
        self.kind, self.text, self.label, self.vkind = kind, text, label, vkind


def render(tpl, ctx):
    tpl = ALT_RE.sub(lambda m: pick(m.group(1).split("|")), tpl)
    segs, pos = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(Seg("lit", tpl[pos:m.start()]))
        name, var = m.group(1), m.group(2)
        if name[0] == "@":
            segs.append(Seg("raw", var[1:] if var and var.startswith("=") else FILLERS[name[1:]](ctx, var)))
        elif name[0] == "&":
            segs.extend(render(MACROS[name[1:]](ctx, var), ctx))
        else:
            if var is not None and var.startswith("="):
                value, vkind = var[1:], ("health:any" if name in HEALTH_LABELS else "fixed")
            else:
                value, vkind = GEN[name](ctx, var)
            segs.append(Seg("span", value, name, vkind))
        pos = m.end()
    if pos < len(tpl):
        segs.append(Seg("lit", tpl[pos:]))
    return segs


# label -> probability that a value is lower-cased when the writer types in lower case
CASE_FOLDABLE = {"PERSON_NAME": 0.8, "STREET_ADDRESS": 0.8, "EMAIL": 0.8, "CARD_EXPIRY": 0.8, "DATE_OF_BIRTH": 0.8,
                 "HEALTH_CONDITION": 0.8, "SYMPTOM": 0.8, "MEDICATION": 0.8, "MEDICAL_PROCEDURE": 0.8,
                 "IBAN": 0.25, "POSTCODE": 0.4, "SWIFT_BIC": 0.25, "UK_NINO": 0.3, "PASSPORT": 0.3}


def add_typos(t):
    def typo(m):
        w = m.group(0)
        if R.random() > 0.09:
            return w
        i = R.randint(1, len(w) - 2)
        k = R.randrange(3)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k == 1:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return re.sub(r"[A-Za-z]{5,}", typo, t)


def apply_style(segs, style, typos):
    for s in segs:
        if s.kind == "lit":
            t = s.text
            if style in ("lower", "nopunct"):
                t = t.lower()
            if style == "nopunct":
                t = re.sub(r"[.,!?;:]", "", t)
            if style == "caps":
                t = t.upper()
            if typos:
                t = add_typos(t)
            s.text = re.sub(r" {2,}", " ", t)
        elif s.kind == "span" and style in ("lower", "nopunct") and s.label in CASE_FOLDABLE and R.random() < CASE_FOLDABLE[s.label]:
            s.text = s.text.lower()


def assemble(segs):
    segs = [s for s in segs if s.text != ""]
    if segs and segs[0].kind == "lit":
        segs[0].text = segs[0].text.lstrip()
    if segs and segs[-1].kind == "lit":
        segs[-1].text = segs[-1].text.rstrip()
    parts, spans, off = [], [], 0
    for s in segs:
        n = u16len(s.text)
        if s.kind == "span":
            spans.append({"start": off, "end": off + n, "label": s.label, "_value": s.text, "_kind": s.vkind})
        parts.append(s.text)
        off += n
    return "".join(parts), spans


def pick_style():
    return wpick([(58, "normal"), (27, "lower"), (9, "nopunct"), (2, "caps"), (4, "normal")]), R.random() < 0.14


def compose(body_tpl, ctx, sensitive):
    lang = ctx["lang"]
    opener = wpick(OPENERS[lang]) if R.random() < 0.55 else ""
    closer = wpick(CLOSERS[lang]) if R.random() < 0.5 else ""
    segs = render(body_tpl, ctx)
    if segs and segs[0].kind == "lit" and re.match(r"(?i)(hi|hello|hey|hola|bonjour|hallo|salut|buenas|guten)\b", segs[0].text.strip()):
        opener = ""
    if opener and segs and segs[0].kind == "lit" and segs[0].text[:1].isupper() and not re.match(r"I\b|I'", segs[0].text):
        if not segs[0].text[:2].isupper():
            segs[0].text = segs[0].text[0].lower() + segs[0].text[1:]
    segs = [Seg("lit", opener)] + segs + [Seg("lit", closer)]
    if sensitive and R.random() < 0.05 and lang == "en":
        segs += render(pick([" - {PERSON_NAME:first}", "\nthanks, {PERSON_NAME}", " regards {PERSON_NAME}"]), ctx)
    style, typos = pick_style()
    apply_style(segs, style, typos)
    return assemble(segs)


def sensitive_message(ctx):
    dom, lang = ctx["domain"], ctx["lang"]
    if lang != "en" and R.random() < 0.85:
        tpl = pick([t for d, t in SENS_I18N[lang] if dom in d])
    else:
        label = wpick(FOCUS[dom])
        cands = [t for d, t in SENS[label] if dom in d] or [t for d, t in SENS[label]]
        tpl = pick(cands)
    return compose(tpl, ctx, True)


def benign_message(ctx):
    dom, lang = ctx["domain"], ctx["lang"]
    if lang != "en" and R.random() < 0.85:
        tpl = pick(BENIGN_I18N[lang])
    else:
        tpl = pick(BENIGN[dom]) if R.random() < 0.78 else pick(BENIGN["any"])
    return compose(tpl, ctx, False)


def new_ctx(domain):
    p = make_person()
    lang = "en"
    if p["country"] in ("DE", "FR", "ES") and R.random() < 0.55:
        lang = p["country"].lower()
    return {"p": p, "lang": lang, "domain": domain}


# ----------------------------------------------------------------------------------------
# Split-value conversations (a card number or IBAN typed over two consecutive turns)
# ----------------------------------------------------------------------------------------
SPLIT_A = ["my card number is {X}", "card: {X}", "{X}", "ok the card is {X}", "number {X}", "here you go {X}",
           "it's {X}", "card no {X}", "the long number is {X}"]
SPLIT_B = ["{X}", "{X} sorry pressed enter too soon", "rest is {X}", "and {X}", "{X} exp {CARD_EXPIRY}", "...{X}",
           "{X} 🙈", "cont. {X}", "{X} cvv {CARD_CVV}", "oops {X}"]
SPLIT_IBAN_A = ["my IBAN is {X}", "iban {X}", "IBAN: {X}", "{X}", "refund to {X}"]
SPLIT_IBAN_B = ["{X}", "{X} (sorry, sent too early)", "rest: {X}", "...{X}", "{X} thanks"]
SPLIT_BEFORE = ["I want to pay my invoice {@invoice} by card", "can I pay over chat?", "hi, I need to update my card",
                "how do I pay the outstanding {@amount}?", "ok I'll give you the details", "can you take payment now?"]
SPLIT_AFTER = ["did it go through?", "is that enough?", "let me know if you need anything else", "thanks",
               "do you need the expiry too?", "ok?"]


def split_values(kind):
    if kind == "card":
        if R.random() < 0.04:
            num, brand = "4111111111111111", "visa"
        else:
            brand = wpick([(55, "visa"), (30, "mc"), (10, "amex"), (5, "discover")])
            num = card_digits(brand)
        groups = card_groups(num, brand)
        mode = wpick([(60, " "), (20, "-"), (20, "")])
        if mode == "" and R.random() < 0.5:
            cut = R.randint(4, len(num) - 4)
            return num[:cut], num[cut:], brand
        k = R.randint(1, len(groups) - 1)
        sep = mode or " "
        return sep.join(groups[:k]), sep.join(groups[k:]), brand
    cc = R.choice(["DE", "FR", "ES", "GB", "NL", "IT", "BE", "IE"])
    v = iban_raw(cc)
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    k = R.randint(2, len(g) - 2)
    if R.random() < 0.7:
        return " ".join(g[:k]), " ".join(g[k:]), "iban"
    return "".join(g[:k]), "".join(g[k:]), "iban"


def split_conversation(gid):
    ctx = new_ctx(pick(["b", "s", "b"]))
    ctx["lang"] = "en"
    kind = "card" if R.random() < 0.75 else "iban"
    p1, p2, brand = split_values(kind)
    label = "CARD_NUMBER" if kind == "card" else "IBAN"
    ctx["brand"] = brand
    msgs = []
    if R.random() < 0.6:
        msgs.append(benign_message_fixed(pick(SPLIT_BEFORE), ctx))
    A = pick(SPLIT_A if kind == "card" else SPLIT_IBAN_A)
    B = pick(SPLIT_B if kind == "card" else SPLIT_IBAN_B)
    for tpl, part, idx in ((A, p1, 1), (B, p2, 2)):
        segs = render(tpl.replace("{X}", "{%s:=%s}" % (label, part)), ctx)
        for s in segs:
            if s.kind == "span" and s.label == label and s.vkind == "fixed":
                s.vkind = "split:%d:%d:%s" % (gid, idx, kind)
        style, _ = pick_style()
        apply_style(segs, style if style != "caps" else "normal", False)
        msgs.append(assemble(segs))
    if R.random() < 0.5:
        msgs.append(benign_message_fixed(pick(SPLIT_AFTER), ctx))
    return msgs


def benign_message_fixed(tpl, ctx):
    return compose(tpl, ctx, False)

# ----------------------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------------------
def self_test_algorithms():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359") == "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
    assert base58check(0, bytes(20)) == "1111111111111111111114oLvT2"
    assert crypto_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2") and crypto_ok("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert segwit_encode("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert crypto_ok("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")
    for iban in ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "ES9121000418450200051332",
                 "IT60X0542811101000000123456", "NL91ABNA0417164300", "BE68539007547034", "NO9386011117947",
                 "PL61109010140000071219812874", "PT50000201231234567890154", "FI2112345600000785", "CH9300762011623852957",
                 "AT611904300234573201", "IE29AIBK93115212345678", "SE4550000000058398257466", "DK5000400440116243", "LU280019400644750000"]:
        if iban.startswith("FR"):
            assert iban_mod97(iban) == 1
            continue
        assert iban_ok(iban), iban
    assert fr_rib_key("20041", "01005", "05000134026") == "06"
    assert aba_ok("021000021") and aba_ok("011000015") and not aba_ok("021000022")
    assert npi_ok("1234567893") and not npi_ok("1234567890")
    assert mbi_ok("1EG4-TE5-MK73") and mbi_ok("1EG4TE5MK73")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("900-12-3456") and not ssn_ok("123-00-4567")
    assert itin_ok("912-70-1234") and not itin_ok("912-69-1234")
    assert nino_ok("AB 12 34 56 C") and not nino_ok("BG123456A") and not nino_ok("DA123456A")
    assert luhn_ok("4111111111111111") and card_brand_ok("4111111111111111", "visa")


NANP_AREAS = set(a for v in US_AREA.values() for a in v) | set(a for rec in CA_CITIES for a in rec[3])


def phone_ok(s, region):
    t = normalize_evasions(s).replace("(0)", "")
    d = re.sub(r"\D", "", t)
    intl = t.startswith("+") or t.startswith("00")
    if t.startswith("00"):
        d = d[2:]
    if not re.fullmatch(r"[+\d][\d ()./\-]*\d", t.replace("(", "").replace(")", "") if t.startswith("(") else t):
        return False
    if region in ("US", "CA"):
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        if len(d) != 10 or d[:3] not in NANP_AREAS:
            return False
        a, e, n = d[:3], d[3:6], d[6:]
        return a[0] in "23456789" and a[1:] != "11" and e[0] in "23456789" and e[1:] != "11" and e != "555"
    if region == "UK":
        if intl:
            if not d.startswith("44"):
                return False
            d = "0" + d[2:]
        return bool((re.fullmatch(r"07[4-9]\d{8}", d) and not d.startswith("07700900"))
                    or (re.fullmatch(r"020[378]\d{7}", d) and not d.startswith("02079460"))
                    or (re.fullmatch(r"01(1\d|\d1)[2-8]\d{6}", d) and d[4:7] not in ("496", "498")))
    if region == "DE":
        if intl:
            if not d.startswith("49"):
                return False
            d = "0" + d[2:]
        return bool(re.fullmatch(r"015[1279][2-9]\d{7}|01(6[023]|7\d)[2-9]\d{6,7}|0(30|40|69|89)[2-9]\d{6,7}|0(221|711|341|351|211|761|911)[2-9]\d{6}", d))
    if region == "FR":
        if intl:
            if not d.startswith("33"):
                return False
            d = "0" + d[2:]
        return bool(re.fullmatch(r"0[1-5][1-9]\d{7}|06\d{8}|07[3-9]\d{7}", d)) and not any(d.startswith(x) for x in FR_FICTION)
    if region == "ES":
        if intl:
            if not d.startswith("34"):
                return False
            d = d[2:]
        return bool(re.fullmatch(r"6\d{8}|7[1-4]\d{7}|9[1-8]\d{7}", d))
    if region == "IN":
        if intl:
            if not d.startswith("91"):
                return False
            d = d[2:]
        if len(d) == 11 and d[0] == "0":
            d = d[1:]
        return bool(re.fullmatch(r"[6-9]\d{9}|(80|22|11|44|40|20|33)[2-6]\d{7}", d))
    if region == "AU":
        if intl:
            if not d.startswith("61"):
                return False
            d = "0" + d[2:]
        return bool((re.fullmatch(r"04\d{8}", d) and not d.startswith("0491")) or re.fullmatch(r"0[2378][3689]\d{7}", d))
    return False


PASSPORT_RE = {"US": r"\d{9}|[A-Z]\d{8}", "UK": r"\d{9}", "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}", "FR": r"\d{2}[A-Z]{2}\d{5}",
               "ES": r"[A-Z]{3}\d{6}", "IN": r"[A-Z][1-9]\d{6}", "CA": r"[A-Z]{2}\d{6}", "AU": r"(N|P|E|PA|PB)\d{7}"}
DL_RE = {"CA": r"[A-Z]\d{7}", "NY": r"\d{9}|\d{3} \d{3} \d{3}", "TX": r"\d{8}", "PA": r"\d{8}",
         "FL": r"[A-Z]\d{12}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "IL": r"[A-Z]\d{11}|[A-Z]\d{3}-\d{4}-\d{4}",
         "WA": r"WDL[A-Z0-9]{9}", "NJ": r"[A-Z]\d{14}|[A-Z]\d{4} \d{5} \d{5}", "MI": r"[A-Z]\d{12}", "OH": r"[A-Z]{2}\d{6}",
         "GA": r"\d{9}", "MA": r"S\d{8}", "CO": r"\d{2}-\d{3}-\d{4}", "AZ": r"[A-Z]\d{8}",
         "UK": r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}(\d{2})?"}
POSTCODE_RE = {"US": r"\d{5}(-\d{4})?", "UK": r"[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}", "CA": r"[A-Z]\d[A-Z] \d[A-Z]\d",
               "DE": r"\d{5}", "FR": r"\d{5}", "ES": r"\d{5}", "AU": r"\d{4}", "IN": r"[1-9]\d{2} ?\d{3}"}
API_RE = {"aws": r"AKIA[A-Z2-7]{16}", "aws_secret": r"[A-Za-z0-9/+]{40}", "github": r"ghp_[A-Za-z0-9]{36}",
          "stripe": r"(sk|rk)_live_[A-Za-z0-9]{24}", "slack": r"xoxb-\d{10,13}-\d{12,13}-[A-Za-z0-9]{24}",
          "google": r"AIza[A-Za-z0-9_\-]{35}", "openai": r"sk-proj-[A-Za-z0-9_\-]{48}",
          "sendgrid": r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}", "jwt": r"eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"}
EXPIRY_RE = r"(0[1-9]|1[0-2])(/|-|\.| / )?\d{2}|(0[1-9]|1[0-2])/20\d{2}|[1-9]/\d{2}|[A-Za-z]{3,9}[ /](20)?\d{2}"
MONTH_WORDS = "|".join(MONTHS_EN + MONTHS_DE + MONTHS_FR + MONTHS_ES + ["1er"])
ALL_HEALTH = {}
for _lab in HEALTH_LABELS:
    _terms = set(t.lower() for t in health_list(_lab, "en"))
    for _lang in HEALTH_I18N:
        _terms |= set(t.lower() for t in health_list(_lab, _lang))
    if _lab == "HEALTH_CONDITION":
        _terms |= set(c.lower() for c in CONDITION_ADJ)
    ALL_HEALTH[_lab] = _terms
LABEL_KIND_PREFIX = {"CARD_NUMBER": ("card:", "split:"), "CARD_CVV": ("cvv",), "CARD_EXPIRY": ("expiry",),
                     "BANK_ACCOUNT": ("account",), "ROUTING_NUMBER": ("aba",), "IBAN": ("iban", "split:"),
                     "SWIFT_BIC": ("bic",), "CRYPTO_WALLET": ("crypto",), "US_SSN": ("ssn",), "US_ITIN": ("itin",),
                     "PASSPORT": ("passport:",), "DRIVER_LICENSE": ("dl:",), "UK_NINO": ("nino",), "PASSWORD": ("password",),
                     "PIN": ("pin",), "ONE_TIME_CODE": ("otp",), "API_KEY": ("api:",), "PRIVATE_KEY": ("pem",),
                     "HEALTH_CONDITION": ("health:",), "SYMPTOM": ("health:",), "MEDICATION": ("health:",),
                     "MEDICAL_PROCEDURE": ("health:",), "MEDICAL_RECORD_NUMBER": ("mrn",), "HEALTH_PLAN_ID": ("planid",),
                     "NPI": ("npi",), "MEDICARE_MBI": ("mbi",), "EMAIL": ("email",), "PHONE": ("phone:",),
                     "IP_ADDRESS": ("ip",), "STREET_ADDRESS": ("street:",), "POSTCODE": ("postcode:",),
                     "PERSON_NAME": ("name",), "DATE_OF_BIRTH": ("dob",), "AGE": ("age",)}
CARD_CHARS = re.compile(r"[0-9\uff10-\uff19 \-./\u00a0\u200b\u200c\u2060\u3000\uff0d]+")


def validate_value(label, v, k):
    assert any(k.startswith(p) for p in LABEL_KIND_PREFIX[label]), (label, k)
    assert v and v == v.strip(), repr(v)
    n = normalize_evasions(v)
    up = n.upper()
    if k.startswith("card:"):
        d = re.sub(r"\D", "", n)
        return CARD_CHARS.fullmatch(v) is not None and luhn_ok(d) and card_brand_ok(d, k[5:])
    if k == "cvv":
        return re.fullmatch(r"\d{3,4}", v) is not None
    if k == "expiry":
        return re.fullmatch(EXPIRY_RE, v) is not None
    if k == "account":
        return re.fullmatch(r"\d[\d ]{4,18}\d", v) is not None
    if k == "aba":
        return aba_ok(v)
    if k == "iban":
        return iban_ok(n)
    if k == "bic":
        return re.fullmatch(r"[A-Z]{4}(DE|FR|GB|US|NL|ES|CH|AT|IE|IT|FI|DK|NO|SE|IN|AU|CA|BE|PL|PT)[A-Z0-9]{2}([A-Z0-9]{3})?", up) is not None
    if k == "crypto":
        return crypto_ok(v)
    if k == "ssn":
        return ssn_ok(n)
    if k == "itin":
        return itin_ok(v)
    if k.startswith("passport:"):
        return re.fullmatch(PASSPORT_RE[k.split(":")[1]], up) is not None
    if k.startswith("dl:"):
        return re.fullmatch(DL_RE[k.split(":")[1]], up) is not None
    if k == "nino":
        return nino_ok(v)
    if k == "password":
        return re.fullmatch(r"\S{6,40}", v) is not None
    if k == "pin":
        return re.fullmatch(r"\d{4}|\d{6}", v) is not None
    if k == "otp":
        return re.fullmatch(r"\d{4,8}|\d{3} \d{3}", v) is not None
    if k.startswith("api:"):
        ok = re.fullmatch(API_RE[k[4:]], v) is not None
        if ok and k == "api:jwt":
            for part in v.split(".")[:2]:
                json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        return ok
    if k == "pem":
        m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", v)
        return m is not None and len(base64.b64decode(m.group(2).replace("\n", ""))) > 100
    if k.startswith("health:"):
        return v.lower() in ALL_HEALTH[label]
    if k == "mrn":
        return re.fullmatch(r"\d{7,10}|[A-Z]{1,2}\d{7,8}|\d{4}-\d{4}", up) is not None
    if k == "planid":
        return re.fullmatch(r"[A-Z]{0,3}\d{8,11}|[A-Z]\d{2}[A-Z]\d{5}|U\d{10}", up) is not None
    if k == "npi":
        return npi_ok(v)
    if k == "mbi":
        return mbi_ok(v)
    if k == "email":
        return re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None
    if k.startswith("phone:"):
        return phone_ok(v, k.split(":")[1])
    if k == "ip":
        ipaddress.ip_address(v)
        return True
    if k.startswith("street:"):
        return re.search(r"\d", v) is not None and re.search(r"[A-Za-zÀ-ÿ]{2}", v) is not None and "\n" not in v
    if k.startswith("postcode:"):
        return re.fullmatch(POSTCODE_RE[k.split(":")[1]], up) is not None
    if k == "name":
        return re.search(r"[\d@#/]", v) is None and len(v) >= 2
    if k == "dob":
        return re.fullmatch(r"[\d/.\-, ]+|\d{1,2}(st|nd|rd|th|er)? (de )?(%s)( de)? \d{4}|(%s)\.? \d{1,2},? \d{4}|\d{1,2}\. (%s) \d{4}|[A-Za-z]{3} \d{1,2} \d{4}" % (MONTH_WORDS, MONTH_WORDS, MONTH_WORDS), v, re.I) is not None and re.search(r"\d", v) is not None
    if k == "age":
        return v.isdigit() and 1 <= int(v) <= 110
    raise AssertionError(k)


def mask_spans(text, spans):
    t16 = bytearray(text.encode("utf-16-le"))
    for sp in spans:
        t16[2 * sp["start"]:2 * sp["end"]] = ("#" * (sp["end"] - sp["start"])).encode("utf-16-le")
    return t16.decode("utf-16-le")


EMAIL_RE = re.compile(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]|\.\d)")
IBAN_RE = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
FIGURATIVE_OK = {"headache"}
HEALTH_TERM_RE = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(
    re.escape(t) for t in sorted(set().union(*ALL_HEALTH.values()), key=len, reverse=True) if len(t) > 2), re.I)


def check_unlabelled(masked, benign):
    """Nothing sensitive may remain in the text outside labelled spans."""
    problems = []
    if EMAIL_RE.search(masked):
        problems.append("email")
    if not card_like_safe(masked):
        problems.append("card-like")
    for m in IBAN_RE.finditer(masked):
        if iban_ok(m.group(0)):
            problems.append("iban")
    for m in IPV4_RE.finditer(masked):
        try:
            ipaddress.IPv4Address(m.group(1))
            problems.append("ipv4")
        except ValueError:
            pass
    for m in SSN_RE.finditer(masked):
        if ssn_ok(m.group(0)):
            problems.append("ssn-like")
    for m in HEALTH_TERM_RE.finditer(masked):
        if m.group(1).lower() not in FIGURATIVE_OK:
            problems.append("health term %r" % m.group(1))
    return problems


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------
def normal_conversation():
    ctx = new_ctx(wpick([(39, "b"), (33, "s"), (28, "c")]))
    n = wpick([(24, 1), (24, 2), (20, 3), (14, 4), (10, 5), (8, 6)])
    msgs = []
    for _ in range(n):
        ctx.pop("loc", None)
        ctx.pop("brand", None)
        if R.random() < P_BENIGN:
            text, spans = benign_message(ctx)
            assert not spans
        else:
            text, spans = sensitive_message(ctx)
            assert spans, text
        msgs.append((text, spans))
    return msgs


def main():
    self_test_algorithms()
    convs = []
    total = 0
    while total < TARGET_MESSAGES - SPLIT_CONVERSATIONS * 3:
        c = normal_conversation()
        convs.append(c)
        total += len(c)
    for gid in range(1, SPLIT_CONVERSATIONS + 1):
        convs.insert(R.randint(0, len(convs)), split_conversation(gid))

    lines, label_spans, label_msgs = [], {l: 0 for l in LABELS}, {l: 0 for l in LABELS}
    benign = 0
    split_parts = {}
    mid = 0
    problems = []
    for ci, conv in enumerate(convs, 1):
        for turn, (text, spans) in enumerate(conv):
            mid += 1
            t16 = text.encode("utf-16-le")
            prev_end = 0
            for sp in spans:
                assert sp["start"] >= prev_end and sp["end"] > sp["start"], (text, spans)
                prev_end = sp["end"]
                got = t16[2 * sp["start"]:2 * sp["end"]].decode("utf-16-le")
                assert got == sp["_value"], (got, sp["_value"])
                if sp["_kind"].startswith("split:"):
                    _, gid, idx, kind = sp["_kind"].split(":")
                    split_parts.setdefault(gid, []).append((int(idx), mid, sp["_value"], kind, sp["label"]))
                else:
                    assert validate_value(sp["label"], sp["_value"], sp["_kind"]), (sp["label"], sp["_kind"], sp["_value"], text)
            for p in check_unlabelled(mask_spans(text, spans), not spans):
                problems.append((p, text))
            if not spans:
                benign += 1
            for l in set(sp["label"] for sp in spans):
                label_msgs[l] += 1
            for sp in spans:
                label_spans[sp["label"]] += 1
            rec = {"id": "m%06d" % mid, "conversation": "c%05d" % ci, "turn": turn, "text": text,
                   "spans": [{"start": sp["start"], "end": sp["end"], "label": sp["label"]} for sp in spans]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    # split values: the two halves sit in consecutive messages of one conversation and join to a valid value
    assert len(split_parts) == SPLIT_CONVERSATIONS
    for gid, parts in split_parts.items():
        parts.sort()
        assert [p[0] for p in parts] == [1, 2] and parts[1][1] == parts[0][1] + 1, parts
        joined = parts[0][2] + parts[1][2]
        if parts[0][3] == "card":
            d = re.sub(r"\D", "", joined)
            assert luhn_ok(d) and 13 <= len(d) <= 19, joined
        else:
            assert iban_ok(joined), joined
    if problems:
        for p, t in problems[:40]:
            print("UNLABELLED?", p, repr(t))
        raise SystemExit("%d messages contain unlabelled sensitive-looking values" % len(problems))

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    n = len(lines)
    print("wrote %s" % os.path.relpath(OUT_PATH, os.path.dirname(HERE)))
    print("messages: %d  conversations: %d  benign: %d (%.1f%%)  split-value conversations: %d"
          % (n, len(convs), benign, 100.0 * benign / n, SPLIT_CONVERSATIONS))
    print("spans: %d" % sum(label_spans.values()))
    print()
    print("| label | spans | messages |")
    print("|---|---:|---:|")
    for l in LABELS:
        print("| %s | %d | %d |" % (l, label_spans[l], label_msgs[l]))


if __name__ == "__main__":
    main()
