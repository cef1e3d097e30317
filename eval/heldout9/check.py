"""Validates heldout9/messages.jsonl: span formats, check digits, lengths, and leftovers after masking."""
import json, re, sys, ipaddress
from collections import Counter
from valid import *

TITLES = r'^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|M\.|Mme|Mlle|Sr|Sra|Srta|Dra|Don|Doña|Dña)\.?\s'
HEALTH_WORDS = ['asthma', 'diabet', 'fever', 'pain', 'cancer', 'allerg', 'migraine', 'headache', 'insulin', 'ibuprofen',
                'paracetamol', 'blood test', 'x-ray', 'mri', 'scan', 'surgery', 'pregnan', 'depress', 'anxiety', 'covid',
                'flu', 'cough', 'rash', 'nausea', 'fièvre', 'douleur', 'fieber', 'schmerz', 'dolor', 'fiebre', 'tos', 'grippe',
                'vaccin', 'impf', 'vacun', 'hypert', 'infect', 'metformin', 'antibio', 'inhaler']

def span_ok(lab, v):
    if lab == 'CARD_NUMBER': return card_ok(v)
    if lab == 'IBAN': return iban_ok(v)
    if lab == 'ROUTING_NUMBER': return aba_ok(v)
    if lab == 'US_SSN': return ssn_ok(v)
    if lab == 'US_ITIN': return itin_ok(v)
    if lab == 'NPI': return npi_ok(v)
    if lab == 'MEDICARE_MBI': return mbi_ok(v)
    if lab == 'UK_NINO': return nino_ok(v)
    if lab == 'CARD_CVV': return bool(re.fullmatch(r'\d{3,4}', v))
    if lab == 'CARD_EXPIRY': return bool(re.search(r'\d', v))
    if lab == 'SWIFT_BIC': return bool(re.fullmatch(r'[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?', v))
    if lab == 'CRYPTO_WALLET':
        if v.startswith('0x'): return eth_ok(v)
        if v.lower().startswith('bc1'): return bech32_ok(v)
        return b58check_ok(v)
    if lab == 'EMAIL': return bool(re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', v))
    if lab == 'IP_ADDRESS':
        try: ipaddress.ip_address(v); return True
        except ValueError: return False
    if lab == 'API_KEY':
        pats = [r'AKIA[A-Z2-7]{16}', r'[A-Za-z0-9/+]{40}', r'ghp_[A-Za-z0-9]{36}', r'(sk|rk)_live_[A-Za-z0-9]{24,}',
                r'xox[bp]-\d+-\d+-[A-Za-z0-9]+', r'AIza[A-Za-z0-9_-]{35}', r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}',
                r'sk-proj-[A-Za-z0-9_-]{20,}', r'eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+']
        if not any(re.fullmatch(p, v) for p in pats): return False
        if v.startswith('eyJ'):
            import base64
            for part in v.split('.')[:2]:
                json.loads(base64.urlsafe_b64decode(part + '=' * (-len(part) % 4)))
        return True
    if lab == 'PRIVATE_KEY': return v.startswith('-----BEGIN') and v.endswith('-----') and 'END' in v
    if lab == 'PERSON_NAME': return not re.match(TITLES, v)
    if lab == 'AGE': return bool(re.fullmatch(r'\d{1,3}', v))
    if lab == 'POSTCODE':
        return bool(re.fullmatch(r'[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}', v) or re.fullmatch(r'[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d', v)
                    or re.fullmatch(r'\d{4,6}(-\d{4})?', v) or re.fullmatch(r'[A-Z]\d{2} ?[A-Z0-9]{4}', v) or re.fullmatch(r'\d{2}-\d{3}', v) or re.fullmatch(r'\d{5}-\d{3}', v))
    if lab == 'PHONE': return len(re.sub(r'\D', '', v)) >= 8
    return True

rows = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else 'messages.jsonl')]
bad = 0; per = Counter(); benign = 0
for r in rows:
    t = r['text']; u = t.encode('utf-16-le')
    n = len(u) // 2
    if not 250 <= len(t) <= 2000: print('LEN', r['id'], len(t)); bad += 1
    masked = list(t)
    if not r['spans']: benign += 1
    for sp in r['spans']:
        v = u[2*sp['start']:2*sp['end']].decode('utf-16-le')
        per[sp['label']] += 1
        if v != v.strip(): print('WS', r['id'], sp['label'], repr(v)); bad += 1
        try: ok = span_ok(sp['label'], v)
        except Exception as e: ok = False
        if not ok: print('BAD', r['id'], sp['label'], repr(v)); bad += 1
    # mask by python index (text has no astral chars in spans region assumption handled via re-encode)
    for sp in r['spans']:
        pre = u[:2*sp['start']].decode('utf-16-le'); v = u[2*sp['start']:2*sp['end']].decode('utf-16-le')
        a = len(pre)
        for k in range(a, a + len(v)): masked[k] = '#'
    m = ''.join(masked)
    for e in re.findall(r'[\w.+-]+@[\w-]+\.[\w.-]+', m): print('EMAIL?', r['id'], e)
    for e in re.findall(r'(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])', m):
        if not re.search(r'v' + re.escape(e), m): print('IP?', r['id'], e)
    for e in re.findall(r'(?<![\w:])(?:[0-9a-fA-F]{1,4}:){3,7}[0-9a-fA-F]{1,4}', m): print('IP6?', r['id'], e)
    for e in re.findall(r'(?<!\w)\d[\d \-.]{11,22}\d(?!\w)', m):
        d = re.sub(r'\D', '', e)
        if 13 <= len(d) <= 19 and card_ok(d): print('CARD?', r['id'], e)
    for e in re.findall(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b', m):
        try:
            if iban_mod_ok(e): print('IBAN?', r['id'], e)
        except Exception: pass
    for e in re.findall(r'(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])', m): print('SSN?', r['id'], e)
    for e in re.findall(r'(?<![\w])(?:\+|00)?\(?\d[\d ()\-.]{7,16}\d(?!\w)', m):
        d = re.sub(r'\D', '', e)
        if 9 <= len(d) <= 13 and not re.fullmatch(r'\d{1,2}[./]\d{1,2}[./]\d{2,4}', e): print('PHONE?', r['id'], e)
    for e in re.findall(r'\b(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Mme|Sr|Sra|Dra|Dear|Hi|Hello|Hallo|Bonjour|Hola|Liebe|Lieber|Estimad[oa]|Cher|Chère)\.? [A-ZÀ-Ž][\w\-]+', m): print('NAME?', r['id'], e)
    if not r['spans']:
        low = t.lower()
        for w in HEALTH_WORDS:
            if re.search(r'\b' + re.escape(w), low): print('HEALTH-IN-BENIGN?', r['id'], w)
        if re.search(r'\b\d{1,2} ?(?:years? old|yo|ans|jahre|años)\b', low): print('AGE-IN-BENIGN?', r['id'])
print('messages', len(rows), 'benign', benign, 'problems', bad)
for k, v in sorted(per.items()): print(f'  {k}: {v}')
