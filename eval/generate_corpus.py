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
P_BENIGN = 0.695
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
           "proc": W("resonancia magnética|análisis de sangre|radiografía|colonoscopia|ecografía|mamografía|endoscopia|electrocardiograma")},
    "fr": {"cond": W("diabète|asthme|hypertension|dépression|migraines|anxiété|hypothyroïdie|eczéma|sclérose en plaques|endométriose"),
           "sym": [("", "mal à la tête"), ("de la ", "fièvre"), ("des ", "nausées"), ("", "mal au ventre"),
                   ("", "mal à la gorge"), ("des ", "vertiges"), ("une ", "toux persistante"), ("des ", "douleurs thoraciques"),
                   ("une ", "éruption cutanée"), ("", "mal au dos"), ("des ", "palpitations"), ("des ", "diarrhées")],
           "med": W("Doliprane|paracétamol|ibuprofène|Levothyrox|Spasfon|amoxicilline|metformine|Ventoline|Dafalgan|Xanax"),
           "proc": W("IRM|prise de sang|radiographie|échographie|coloscopie|mammographie|scanner|électrocardiogramme")},
    "de": {"cond": W("Diabetes|Asthma|Bluthochdruck|Depressionen|Migräne|Schilddrüsenunterfunktion|Rheuma|Neurodermitis|Multiple Sklerose|Long Covid"),
           "sym": W("Fieber|Kopfschmerzen|Husten|Halsschmerzen|Bauchschmerzen|Rückenschmerzen|Schwindel|Übelkeit|Durchfall|Atemnot|Brustschmerzen|Schüttelfrost|Hautausschlag"),
           "med": W("Ibuprofen|Metformin|Pantoprazol|L-Thyroxin|Novaminsulfon|Paracetamol|Ramipril|Amoxicillin|Cortison|Salbutamol"),
           "proc": W("MRT|Blutabnahme|Röntgenaufnahme|Darmspiegelung|Ultraschalluntersuchung|Magenspiegelung|Mammographie|Belastungs-EKG")},
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
