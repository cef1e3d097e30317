#!/usr/bin/env python3
"""Format checks for the heldout8 hand-written set (written by the data author, stdlib only).

Usage:
  python3 checks.py gen        -> print freshly generated valid values to paste into messages
  python3 checks.py check      -> validate every labelled span in messages.txt and scan
                                  benign messages for values that look sensitive
"""
import hashlib, random, re, string, sys, os, base64, json

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------- generic helpers ----------------
def digits(s):
    return re.sub(r"\D", "", s)

def luhn_ok(num):
    d = [int(c) for c in num]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c

# ---------------- keccak256 (for EIP-55) ----------------
RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
      0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
      0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
      0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
      0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
M = (1 << 64) - 1

def _rol(x, n):
    n %= 64
    return ((x << n) | (x >> (64 - n))) & M

def _f(A):
    for rnd in range(24):
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= RC[rnd]
    return A

def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        A = _f(A)
    out = b""
    for i in range(4):
        x, y = i % 5, i // 5
        out += A[x][y].to_bytes(8, "little")
    return out

assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"

def eip55(addr_hex):
    a = addr_hex.lower().replace("0x", "")
    h = keccak256(a.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(a))

assert eip55("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"

# ---------------- base58check / bech32 ----------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check_encode(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + s

def b58check_ok(s):
    n = 0
    for c in s:
        if c not in B58:
            return False
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    data = b"\x00" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    if len(data) != 25:
        return False
    return hashlib.sha256(hashlib.sha256(data[:-4]).digest()).digest()[:4] == data[-4:] and data[0] in (0, 5)

CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def _polymod(values):
    GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= GEN[i] if ((b >> i) & 1) else 0
    return chk

def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        ret.append((acc << (to - bits)) & ((1 << to) - 1))
    return ret

def segwit_encode(ver, prog):
    const = 1 if ver == 0 else 0x2bc830a3
    data = [ver] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(CH[d] for d in data + chk)

def segwit_ok(s):
    s = s.lower()
    if not s.startswith("bc1"):
        return False
    data = [CH.index(c) for c in s[3:]]
    pm = _polymod(_hrp_expand("bc") + data)
    ver = data[0]
    return (ver == 0 and pm == 1) or (ver == 1 and pm == 0x2bc830a3)

# ---------------- IBAN ----------------
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "GB": 22, "IE": 22, "NL": 18, "IT": 27, "BE": 16}

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = int("".join(str(int(c, 36)) for c in r))
    return n % 97 == 1

def iban_make(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + "%02d" % (98 - n % 97) + bban

def fr_rib_key(bank, branch, acct):
    conv = {}
    for i, c in enumerate("ABCDEFGHI"): conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"): conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"): conv[c] = str(i + 2)
    a = "".join(conv.get(c, c) for c in acct)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97))

def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def one(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (one("00" + bank + branch), one(acct))

def iban_national_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if s.startswith("FR"):
        b = s[4:]
        return fr_rib_key(b[0:5], b[5:10], b[10:21]) == b[21:23]
    if s.startswith("ES"):
        b = s[4:]
        return es_dc(b[0:4], b[4:8], b[10:20]) == b[8:10]
    return True

# ---------------- US ids ----------------
def aba_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9:
        return False
    p = int(s[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0

def ssn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0

def itin_ok(s):
    d = digits(s)
    if len(d) != 9 or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99

def npi_ok(s):
    d = digits(s)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
def mbi_ok(s):
    t = s.replace("-", "").upper()
    if len(t) != 11:
        return False
    pat = ["N0", "L", "A", "N", "L", "A", "N", "L", "L", "N", "N"]
    for c, p in zip(t, pat):
        if p == "N0" and c not in "123456789": return False
        if p == "N" and not c.isdigit(): return False
        if p == "L" and c not in MBI_L: return False
        if p == "A" and not (c.isdigit() or c in MBI_L): return False
    return True

def nino_ok(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", t):
        return False
    a, b = t[0], t[1]
    if a in "DFIQUV" or b in "DFIOQUV" or t[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return False
    return True

CARD_RANGES = [("4", (13, 16, 19)), ("51", (16,)), ("52", (16,)), ("53", (16,)), ("54", (16,)), ("55", (16,)),
               ("2221", (16,)), ("2720", (16,)), ("34", (15,)), ("37", (15,)), ("6011", (16,)), ("65", (16,)),
               ("35", (16,)), ("36", (14,)), ("62", (16,)), ("222", (16,)), ("223", (16,)), ("27", (16,)),
               ("23", (16,)), ("24", (16,)), ("25", (16,)), ("26", (16,))]

def card_ok(s):
    d = digits(unfw(s))
    if not luhn_ok(d):
        return False
    return any(d.startswith(p) and len(d) in ls for p, ls in CARD_RANGES)

def unfw(s):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF10 <= ord(c) <= 0xFF19 else c for c in s)

# ---------------- phone plausibility (hand rules) ----------------
US_AREAS = {"201", "202", "206", "212", "213", "214", "303", "305", "312", "313", "404", "415", "503", "512", "602",
            "614", "617", "646", "702", "713", "718", "773", "786", "818", "917", "919", "972", "984"}
CA_AREAS = {"416", "437", "604", "514", "403", "613", "902", "780", "647", "236"}

def phone_ok(s):
    raw = unfw(s)
    d = digits(raw)
    plus = raw.strip().startswith("+") or raw.strip().startswith("00")
    if raw.strip().startswith("00"):
        d = d[2:]
    # (0) trunk marker removal
    if "(0)" in raw:
        d = d.replace("0", "", 0)
    def nanp(n):
        if len(n) == 11 and n[0] == "1":
            n = n[1:]
        if len(n) != 10:
            return False
        a, e = n[:3], n[3:6]
        if a not in US_AREAS | CA_AREAS:
            return False
        return e[0] not in "01" and e[1:] != "11" and e != "555"
    if plus:
        if d.startswith("1"):
            return nanp(d)
        if d.startswith("44"):
            n = d[2:]
            if "(0)" in raw and n.startswith("0"):
                n = n[1:]
            if n.startswith("7700900") or re.match(r"1\d1496", n):
                return False
            return (n.startswith("7") and len(n) == 10) or (n[0] in "123" and len(n) in (9, 10))
        if d.startswith("353"):
            n = d[3:]
            if n.startswith("0"): n = n[1:]
            return (n[:2] in ("83", "85", "86", "87", "89") and len(n) == 9) or (n[0] == "1" and len(n) == 8) or (n[0] in "2456789" and len(n) == 9)
        if d.startswith("33"):
            n = d[2:]
            if n.startswith("0"): n = n[1:]
            return len(n) == 9 and n[0] in "1234567" and not n.startswith("639") and not n.startswith("199")
        if d.startswith("34"):
            n = d[2:]
            return len(n) == 9 and n[0] in "6789"
        if d.startswith("49"):
            n = d[2:]
            if n.startswith("0"): n = n[1:]
            return n[:2] in ("15", "16", "17") and len(n) in (10, 11) or n[0] in "2345689" and 7 <= len(n) <= 11
        if d.startswith("91"):
            n = d[2:]
            return len(n) == 10 and n[0] in "6789"
        if d.startswith("61"):
            n = d[2:]
            if n.startswith("0"): n = n[1:]
            return len(n) == 9 and n[0] in "2378" and not n.startswith("49157") and not n.startswith("255501") or (len(n) == 9 and n[0] == "4" and not n.startswith("49157"))
        if d.startswith("52"):
            n = d[2:]
            return len(n) == 10
        return False
    # national formats
    if d.startswith("07"):
        return len(d) == 11 and not d.startswith("07700900")
    if d.startswith("0") and len(d) in (10, 11) and d[1] in "123":
        return not re.match(r"01\d1496", d)
    if d.startswith("04") and len(d) == 10:  # AU mobile
        return not d.startswith("049157")
    if d.startswith("0") and len(d) == 10 and d[1] in "2378":  # AU landline
        return True
    if d.startswith("0") and len(d) == 10 and d[1] in "1234567":  # FR
        return not d.startswith("0639") and not d.startswith("0199")
    if d.startswith("01") and d[2] in "5679" and len(d) in (11, 12):  # DE mobile
        return True
    if d.startswith("0") and len(d) in (9, 10, 11):  # DE/IE landlines and IE mobiles
        return True
    if len(d) == 9 and d[0] in "679":  # ES
        return True
    if len(d) == 10 and d[0] in "6789" and not nanp(d):  # IN mobile without +91
        return True
    return nanp(d)

# ---------------- generators ----------------
def gen():
    R = random.Random()
    out = {}
    def card(prefix, length):
        body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
        return luhn_complete(body)
    out["cards"] = [card("4", 16) for _ in range(6)] + [card("5" + R.choice("12345"), 16) for _ in range(4)] + \
        [card("2" + R.choice(["221", "3", "5", "6", "720"])[:3].ljust(1, "0"), 16) for _ in range(2)] + \
        [card("37", 15), card("34", 15), card("6011", 16), card("35", 16), card("36", 14), card("62", 16)]
    out["fail_luhn_16"] = []
    while len(out["fail_luhn_16"]) < 3:
        x = "".join(R.choice(string.digits) for _ in range(16))
        if not luhn_ok(x): out["fail_luhn_16"].append(x)
    out["imei"] = [luhn_complete("35" + "".join(R.choice(string.digits) for _ in range(12))) for _ in range(3)]
    out["iccid"] = [luhn_complete("8944" + "".join(R.choice(string.digits) for _ in range(14))) for _ in range(2)]
    # IBANs
    ib = []
    ib.append(iban_make("DE", "".join(R.choice(string.digits) for _ in range(18))))
    ib.append(iban_make("DE", "".join(R.choice(string.digits) for _ in range(18))))
    for _ in range(2):
        bank, br = "".join(R.choice(string.digits) for _ in range(5)), "".join(R.choice(string.digits) for _ in range(5))
        acc = "".join(R.choice(string.digits) for _ in range(11))
        ib.append(iban_make("FR", bank + br + acc + fr_rib_key(bank, br, acc)))
    for _ in range(2):
        bank, br = "".join(R.choice(string.digits) for _ in range(4)), "".join(R.choice(string.digits) for _ in range(4))
        acc = "".join(R.choice(string.digits) for _ in range(10))
        ib.append(iban_make("ES", bank + br + es_dc(bank, br, acc) + acc))
    ib.append(iban_make("GB", "NWBK" + "".join(R.choice(string.digits) for _ in range(14))))
    ib.append(iban_make("IE", "AIBK" + "".join(R.choice(string.digits) for _ in range(14))))
    out["iban"] = ib
    abas = []
    while len(abas) < 5:
        p = R.choice(["02", "03", "07", "11", "12", "21", "26", "31", "32", "06"])
        x = p + "".join(R.choice(string.digits) for _ in range(7))
        if aba_ok(x): abas.append(x)
    out["aba"] = abas
    ssns = []
    while len(ssns) < 5:
        x = "%03d-%02d-%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(x): ssns.append(x)
    out["ssn"] = ssns
    itins = []
    while len(itins) < 4:
        x = "9%02d-%02d-%04d" % (R.randint(0, 99), R.choice([52, 57, 63, 71, 78, 84, 90, 94, 97]), R.randint(1, 9999))
        if itin_ok(x): itins.append(x)
    out["itin"] = itins
    out["npi"] = [luhn_complete("80840" + R.choice("12") + "".join(R.choice(string.digits) for _ in range(8)))[5:] for _ in range(4)]
    def mbi():
        A = MBI_L + string.digits
        return (R.choice("123456789") + R.choice(MBI_L) + R.choice(A) + R.choice(string.digits) + R.choice(MBI_L) +
                R.choice(A) + R.choice(string.digits) + R.choice(MBI_L) + R.choice(MBI_L) + R.choice(string.digits) + R.choice(string.digits))
    out["mbi"] = [mbi() for _ in range(4)]
    ninos = []
    while len(ninos) < 4:
        x = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + "".join(R.choice(string.digits) for _ in range(6)) + R.choice("ABCD")
        if nino_ok(x): ninos.append(x)
    out["nino"] = ninos
    out["btc_p2pkh"] = b58check_encode(b"\x00" + os.urandom(20))
    out["btc_p2sh"] = b58check_encode(b"\x05" + os.urandom(20))
    out["btc_bech32"] = segwit_encode(0, os.urandom(20))
    out["btc_taproot"] = segwit_encode(1, os.urandom(32))
    out["eth"] = [eip55("0x" + os.urandom(20).hex()), "0x" + os.urandom(20).hex()]
    AN = string.ascii_letters + string.digits
    out["aws"] = "AKIA" + "".join(R.choice(string.ascii_uppercase + "234567") for _ in range(16))
    out["aws_secret"] = "".join(R.choice(AN + "+/") for _ in range(40))
    out["ghp"] = "ghp_" + "".join(R.choice(AN) for _ in range(36))
    out["stripe"] = "sk_live_" + "".join(R.choice(AN) for _ in range(24))
    out["slack"] = "xoxb-%d-%d-%s" % (R.randint(10**11, 10**12), R.randint(10**12, 10**13), "".join(R.choice(AN) for _ in range(24)))
    out["google"] = "AIza" + "".join(R.choice(AN + "_-") for _ in range(35))
    out["sendgrid"] = "SG." + "".join(R.choice(AN + "_-") for _ in range(22)) + "." + "".join(R.choice(AN + "_-") for _ in range(43))
    b64 = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    out["jwt"] = b64({"alg": "HS256", "typ": "JWT"}) + "." + b64({"sub": "u_" + str(R.randint(1000, 99999)), "iat": 1733011200, "scope": "orders:read"}) + "." + base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    for k, v in out.items():
        print(k, v)

# ---------------- message parsing & checks ----------------
SPAN = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")

def load():
    msgs = []
    with open(os.path.join(HERE, "messages.txt"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            spans = SPAN.findall(line)
            plain = SPAN.sub(lambda m: m.group(2), line)
            msgs.append((i, line, plain, spans))
    return msgs

def check_value(label, v):
    t = unfw(v).replace("\u200b", "").replace("\u200c", "").replace("\u2060", "").replace("\u00a0", " ")
    if label == "CARD_NUMBER":
        return card_ok(t)
    if label == "IBAN":
        return iban_ok(t) and iban_national_ok(t)
    if label == "ROUTING_NUMBER":
        return aba_ok(digits(t))
    if label == "US_SSN":
        return ssn_ok(t) and not itin_ok(t)
    if label == "US_ITIN":
        return itin_ok(t)
    if label == "NPI":
        return npi_ok(t)
    if label == "MEDICARE_MBI":
        return mbi_ok(t)
    if label == "UK_NINO":
        return nino_ok(t)
    if label == "CRYPTO_WALLET":
        if t.startswith("0x"):
            h = t[2:]
            return len(h) == 40 and (h == h.lower() or eip55(t) == t)
        if t.lower().startswith("bc1"):
            return segwit_ok(t)
        return b58check_ok(t)
    if label == "PHONE":
        if re.search(r"[a-z]", t):  # partly written in words: check the spoken digits by hand
            return True
        d = digits(t)
        if len(d) == 10 and d[:2] in ("55", "33", "81") and not t.startswith("+"):  # Mexico national
            return True
        return phone_ok(t)
    if label == "EMAIL":
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", t) is not None or " at " in t or "(at)" in t or "[at]" in t
    if label == "CARD_CVV":
        return re.fullmatch(r"\d{3,4}", t) is not None
    if label == "PIN":
        return re.fullmatch(r"\d{4,6}", digits(t)) is not None
    if label == "ONE_TIME_CODE":
        return re.fullmatch(r"[\d ]{4,8}", t) is not None or re.fullmatch(r"G-\d{6}", t) is not None
    if label == "API_KEY":
        return (re.fullmatch(r"AKIA[A-Z2-7]{16}", t) or re.fullmatch(r"ghp_[A-Za-z0-9]{36}", t) or
                re.fullmatch(r"[sr]k_live_[A-Za-z0-9]{24}", t) or re.fullmatch(r"xoxb-\d+-\d+-[A-Za-z0-9]+", t) or
                re.fullmatch(r"AIza[A-Za-z0-9_\-]{35}", t) or re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", t) or
                re.fullmatch(r"sk-proj-[\w-]{20,}", t) or re.fullmatch(r"SG\.[\w-]{22}\.[\w-]{43}", t) or
                re.fullmatch(r"[A-Za-z0-9+/]{40}", t)) is not None
    if label == "PRIVATE_KEY":
        return re.fullmatch(r"-----BEGIN ([A-Z ]*)PRIVATE KEY----- [A-Za-z0-9+/= ]+ -----END \1PRIVATE KEY-----", t) is not None
    if label == "IP_ADDRESS":
        import ipaddress
        try:
            ipaddress.ip_address(t)
            return True
        except ValueError:
            return False
    return True

def check():
    msgs = load()
    bad = 0
    from collections import Counter
    cnt = Counter()
    benign = 0
    for i, line, plain, spans in msgs:
        if line.count("[[") != len(spans) or line.count("]]") != len(spans):
            print("MARKUP", i, line[:80]); bad += 1
        if not spans:
            benign += 1
            # scan benign for things that look sensitive
            for m in re.finditer(r"(?<![\w.])(\d[\d \-]{11,22}\d)(?![\w])", plain):
                dd = digits(m.group(1))
                if 13 <= len(dd) <= 19 and card_ok(dd):
                    print("BENIGN-LUHN?", i, m.group(1), "|", plain[:70])
            if re.search(r"[\w.+-]+@[\w-]+\.\w+", plain):
                print("BENIGN-EMAIL", i, plain[:80])
            for m in re.finditer(r"(?<![v\w.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", plain):
                print("BENIGN-IP?", i, m.group(1))
            for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", plain):
                print("BENIGN-SSN?", i, m.group(0))
        for lab, v in spans:
            cnt[lab] += 1
            if v != v.strip():
                print("WHITESPACE", i, lab, repr(v)); bad += 1
            if not check_value(lab, v):
                print("INVALID", i, lab, v); bad += 1
    print("messages", len(msgs), "benign", benign, "bad", bad)
    for k, v in sorted(cnt.items()):
        print(" ", k, v)

if __name__ == "__main__":
    if sys.argv[1:] == ["gen"]:
        gen()
    else:
        check()
