"""Prints candidate values with valid check digits (used while writing by hand)."""
import random, string, base64, json, os
from valid import *
R = random.Random(90909)
def digits(n): return ''.join(R.choice('0123456789') for _ in range(n))
def card(prefix, n):
    p = prefix + digits(n - len(prefix) - 1); return p + luhn_digit(p)
print('CARDS')
for pre, n in [('4', 16)]*4 + [('51', 16), ('54', 16), ('2223', 16), ('2720', 16), ('37', 15), ('34', 15), ('6011', 16), ('3530', 16), ('36', 14), ('62', 16), ('4', 19)]:
    c = card(pre, n); assert card_ok(c); print(' ', c)
print('IBANS')
for cc, bl in [('DE', 18), ('GB', 0), ('IE', 0), ('TR', 0)]:
    for _ in range(2):
        if cc == 'DE': b = digits(18)
        elif cc == 'GB': b = R.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digits(14)
        elif cc == 'IE': b = R.choice(['AIBK', 'BOFI']) + digits(14)
        else: b = digits(5) + '0' + digits(16)
        i = iban_make(cc, b); assert iban_ok(i); print(' ', i)
for _ in range(2):
    bank, gu, co = digits(5), digits(5), digits(11)
    k = fr_rib_key(bank, gu, co); i = iban_make('FR', bank+gu+co+f'{k:02d}'); assert iban_ok(i); print(' ', i)
for _ in range(2):
    bk, br, ac = digits(4), digits(4), digits(10)
    i = iban_make('ES', bk+br+es_dc(bk, br, ac)+ac); assert iban_ok(i); print(' ', i)
for _ in range(2):
    while True:
        a = digits(10)
        if nl_ok(a): break
    i = iban_make('NL', R.choice(['ABNA', 'INGB', 'RABO']) + a); assert iban_ok(i); print(' ', i)
for _ in range(2):
    f = digits(10); r = int(f) % 97 or 97; i = iban_make('BE', f + f'{r:02d}'); assert iban_ok(i); print(' ', i)
for _ in range(2):
    while True:
        b8 = digits(8)
        if pl_bank_ok(b8): break
    i = iban_make('PL', b8 + digits(16)); assert iban_ok(i); print(' ', i)
print('ABA')
for _ in range(4):
    while True:
        a = R.choice(['0', '1', '2', '3']) + digits(8)
        if aba_ok(a) and a[:2] in ('01','02','03','04','05','06','07','08','09','10','11','12','21','22','23','24','25','26','27','28','29','30','31','32'): break
    print(' ', a)
print('SSN'); [print(' ', s) for s in [f'{R.randint(1,899):03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}' for _ in range(5)] if ssn_ok(s)]
print('ITIN'); [print(' ', s) for s in [f'9{digits(2)}-{R.choice([51,63,72,84,91,95,78])}-{digits(4)}' for _ in range(4)] if itin_ok(s)]
print('NPI')
for _ in range(5):
    p = R.choice('12') + digits(8)
    print(' ', p + luhn_digit('80840' + p))
print('MBI')
L = 'ACDEFGHJKMNPQRTUVWXY'; AN = L + '0123456789'
for _ in range(4):
    m = R.choice('123456789') + R.choice(L) + R.choice(AN) + digits(1) + R.choice(L) + R.choice(AN) + digits(1) + R.choice(L) + R.choice(L) + digits(2)
    assert mbi_ok(m); print(' ', m[:4] + '-' + m[4:7] + '-' + m[7:])
print('NINO')
for _ in range(5):
    while True:
        s = R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(6) + R.choice('ABCD')
        if nino_ok(s): break
    print(' ', s[:2], s[2:4], s[4:6], s[6:8], s[8])
print('BTC')
print(' ', b58check_make(0, os.urandom(20)))
print(' ', b58check_make(5, os.urandom(20)))
print(' ', bech32_make('bc', 0, os.urandom(20)))
print(' ', bech32_make('bc', 1, os.urandom(32)))
print('ETH')
print(' ', '0x' + os.urandom(20).hex()); print(' ', eip55('0x' + os.urandom(20).hex()))
AL = string.ascii_letters + string.digits
def rs(n, al=AL): return ''.join(R.choice(al) for _ in range(n))
print('KEYS')
print('  AKIA' + rs(16, string.ascii_uppercase + '234567'))
print(' ', rs(40, AL + '/+'))
print('  ghp_' + rs(36))
print('  sk_live_' + rs(24))
print('  xoxb-' + digits(12) + '-' + digits(13) + '-' + rs(24))
print('  AIza' + rs(35, AL + '-_'))
print('  SG.' + rs(22, AL + '-_') + '.' + rs(43, AL + '-_'))
print('  sk-proj-' + rs(48, AL + '-_'))
def b64u(o): return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')
print('  ' + b64u({'alg': 'HS256', 'typ': 'JWT'}) + '.' + b64u({'sub': 'svc-payroll-sync', 'iat': 1718000000, 'exp': 1718086400, 'scope': 'export:read'}) + '.' + rs(43, AL + '-_'))
