"""Check-digit helpers for the heldout9 set (written by hand for this folder)."""
import hashlib, re

def luhn_ok(s):
    d = [int(c) for c in re.sub(r'\D', '', s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return tot % 10 == 0

def luhn_digit(partial):
    for c in '0123456789':
        if luhn_ok(partial + c): return c

def card_ok(s):
    d = re.sub(r'\D', '', s)
    if not luhn_ok(d): return False
    n = len(d)
    if d[0] == '4': return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720: return n == 16
    if d[:2] in ('34', '37'): return n == 15
    if d.startswith('6011') or d.startswith('65') or 644 <= int(d[:3]) <= 649: return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589: return n in (16, 19)
    if d[:2] in ('36', '38') or 300 <= int(d[:3]) <= 305: return n == 14
    if d[:2] == '62': return n in (16, 17, 18, 19)
    return False

IBAN_LEN = {'DE':22,'FR':27,'ES':24,'GB':22,'PL':28,'NL':18,'BE':16,'IT':27,'PT':25,'IE':22,'TR':26,'AT':20,'CH':21,'NO':15,'FI':18,'BR':29,'LU':20}

def iban_mod_ok(s):
    s = re.sub(r'\s', '', s).upper()
    if IBAN_LEN.get(s[:2]) != len(s): return False
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + '00'
    n = ''.join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f'{cc}{chk:02d}{bban}'

def fr_rib_key(bank, guichet, compte):
    conv = {}
    for i, c in enumerate('ABCDEFGHI'): conv[c] = str(i+1)
    for i, c in enumerate('JKLMNOPQR'): conv[c] = str(i+1)
    for i, c in enumerate('STUVWXYZ'): conv[c] = str(i+2)
    compte = ''.join(conv.get(c, c) for c in compte)
    return 97 - (89*int(bank) + 15*int(guichet) + 3*int(compte)) % 97

def es_dc(bank, branch, acct):
    w = [1,2,4,8,5,10,9,7,3,6]
    def d(s):
        s = s.zfill(10); t = sum(int(a)*b for a, b in zip(s, w)); r = 11 - t % 11
        return {10:1, 11:0}.get(r, r)
    return f'{d("00"+bank+branch)}{d(acct)}'

def nl_ok(acct):  # elfproef on 10-digit account
    return sum(int(c)*(10-i) for i, c in enumerate(acct)) % 11 == 0

def be_ok(bban):  # 12 digits, last 2 = first10 mod 97 (97 if 0)
    r = int(bban[:10]) % 97 or 97
    return int(bban[10:]) == r

def pl_bank_ok(bank8):
    w = [3,9,7,1,3,9,7]
    return (10 - sum(int(a)*b for a, b in zip(bank8[:7], w)) % 10) % 10 == int(bank8[7])

def iban_ok(s):
    s2 = re.sub(r'\s', '', s).upper()
    if not iban_mod_ok(s2): return False
    cc, b = s2[:2], s2[4:]
    if cc == 'FR':
        return fr_rib_key(b[:5], b[5:10], b[10:21]) == int(b[21:23])
    if cc == 'ES':
        return es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    if cc == 'NL':
        return nl_ok(b[4:])
    if cc == 'BE':
        return be_ok(b)
    if cc == 'PL':
        return pl_bank_ok(b[:8])
    if cc in ('PT', 'IT', 'NO', 'FI'):
        raise ValueError('national check not implemented for ' + cc)
    return True

def aba_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9: return False
    return (3*(d[0]+d[3]+d[6]) + 7*(d[1]+d[4]+d[7]) + (d[2]+d[5]+d[8])) % 10 == 0

def ssn_ok(s):
    m = re.fullmatch(r'(\d{3})[- ]?(\d{2})[- ]?(\d{4})', s)
    if not m: return False
    a, g, r = m.groups()
    return a not in ('000', '666') and not a.startswith('9') and g != '00' and r != '0000'

def itin_ok(s):
    m = re.fullmatch(r'(9\d{2})[- ]?(\d{2})[- ]?(\d{4})', s)
    if not m: return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99

def npi_ok(s):
    return len(s) == 10 and s[0] in '12' and luhn_ok('80840' + s)

def mbi_ok(s):
    s = s.replace('-', '')
    L = 'ACDEFGHJKMNPQRTUVWXY'
    if len(s) != 11: return False
    pat = ['N19', 'A', 'AN', 'N', 'A', 'AN', 'N', 'A', 'A', 'N', 'N']
    for c, p in zip(s, pat):
        if p == 'N19' and c not in '123456789': return False
        if p == 'N' and not c.isdigit(): return False
        if p == 'A' and c not in L: return False
        if p == 'AN' and not (c.isdigit() or c in L): return False
    return True

def nino_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{6}[A-D]', s): return False
    a, b = s[0], s[1]
    if a in 'DFIQUV' or b in 'DFIOQUV': return False
    return s[:2] not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ')

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check_ok(s):
    n = 0
    for c in s:
        if c not in B58: return False
        n = n*58 + B58.index(c)
    raw = n.to_bytes(25, 'big')
    if raw[0] not in (0, 5): return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]

def b58check_make(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big'); out = ''
    while n: n, r = divmod(n, 58); out = B58[r] + out
    return '1'*(len(raw)-len(raw.lstrip(b'\0'))) + out

CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _polymod(v):
    G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; c = 1
    for x in v:
        b = c >> 25; c = (c & 0x1ffffff) << 5 ^ x
        for i in range(5): c ^= G[i] if (b >> i) & 1 else 0
    return c
def _hrp(h): return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]
def bech32_ok(s):
    s = s.lower(); h, d = s.rsplit('1', 1)
    data = [CH.index(c) for c in d]
    pm = _polymod(_hrp(h) + data)
    return (data[0] == 0 and pm == 1) or (data[0] == 1 and pm == 0x2bc830a3)
def bech32_make(hrp, ver, prog):
    acc = 0; bits = 0; out = [ver]
    for b in prog:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5: bits -= 5; out.append((acc >> bits) & 31)
    if bits: out.append((acc << (5-bits)) & 31)
    const = 1 if ver == 0 else 0x2bc830a3
    pm = _polymod(_hrp(hrp) + out + [0]*6) ^ const
    chk = [(pm >> 5*(5-i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(CH[x] for x in out + chk)

# Keccak-256 (original padding) for EIP-55
RC = [0x0000000000000001,0x0000000000008082,0x800000000000808A,0x8000000080008000,0x000000000000808B,0x0000000080000001,0x8000000080008081,0x8000000000008009,0x000000000000008A,0x0000000000000088,0x0000000080008009,0x000000008000000A,0x000000008000808B,0x800000000000008B,0x8000000000008089,0x8000000000008003,0x8000000000008002,0x8000000000000080,0x000000000000800A,0x800000008000000A,0x8000000080008081,0x8000000000008080,0x0000000080000001,0x8000000080008008]
ROT = [[0,36,3,41,18],[1,44,10,45,2],[62,6,43,15,61],[28,55,25,21,56],[27,20,39,8,14]]
M = (1 << 64) - 1
def _rol(x, n): return ((x << n) | (x >> (64-n))) & M if n else x
def _f(A):
    for rc in RC:
        C = [A[x][0]^A[x][1]^A[x][2]^A[x][3]^A[x][4] for x in range(5)]
        D = [C[(x-1)%5] ^ _rol(C[(x+1)%5], 1) for x in range(5)]
        A = [[A[x][y]^D[x] for y in range(5)] for x in range(5)]
        B = [[0]*5 for _ in range(5)]
        for x in range(5):
            for y in range(5): B[y][(2*x+3*y)%5] = _rol(A[x][y], ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x+1)%5][y]) & B[(x+2)%5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A
def keccak256(data):
    rate = 136; p = bytearray(data) + b'\x01'
    while len(p) % rate: p += b'\0'
    p[-1] |= 0x80
    A = [[0]*5 for _ in range(5)]
    for o in range(0, len(p), rate):
        blk = p[o:o+rate]
        for i in range(rate//8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(blk[8*i:8*i+8], 'little')
        A = _f(A)
    out = b''
    for i in range(4): out += A[i % 5][i // 5].to_bytes(8, 'little')
    return out
def eip55(addr):
    a = addr.lower().replace('0x', ''); h = keccak256(a.encode()).hex()
    return '0x' + ''.join(c.upper() if int(h[i], 16) >= 8 else c for i, c in enumerate(a))
def eth_ok(s):
    if not re.fullmatch(r'0x[0-9a-fA-F]{40}', s): return False
    b = s[2:]
    return b == b.lower() or b == b.upper() or eip55(s) == s

assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
assert eip55('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed') == '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
assert iban_ok('GB82 WEST 1234 5698 7654 32') and iban_ok('DE89370400440532013000')
assert iban_ok('FR1420041010050500013M02606') and iban_ok('ES9121000418450200051332')
assert iban_ok('NL91ABNA0417164300') and iban_ok('BE68539007547034') and iban_ok('PL61109010140000071219812874')
assert aba_ok('011000015') and npi_ok('1234567893') and mbi_ok('1EG4-TE5-MK73')
assert bech32_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')
assert b58check_ok('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')

def nhs_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 10: return False
    r = 11 - sum(int(c)*(10-i) for i, c in enumerate(d[:9])) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])

def kvnr_ok(s):  # German Krankenversichertennummer: letter + 9 digits
    if not re.fullmatch(r'[A-Z]\d{9}', s): return False
    seq = f'{ord(s[0])-64:02d}' + s[1:9]
    tot = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(s[9])
