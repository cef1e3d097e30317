#!/usr/bin/env python3
"""Self-check for heldout10/messages.txt: lengths, section counts, format checks
(Luhn/NPI/NHS/MBI/phones/postcodes), and unlabelled repeats of labelled values."""
import re, sys, json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
SPAN = re.compile(r'\[\[([A-Z_]+)\|(.*?)\]\]')

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]; t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x *= 2; x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0
def npi_ok(s): return len(s) == 10 and s[0] in '12' and luhn_ok('80840' + s)
def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10: return False
    c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11; c = 0 if c == 11 else c
    return c != 10 and c == d[9]
def mbi_ok(s):
    s = s.replace('-', '')
    if len(s) != 11: return False
    L = 'ACDEFGHJKMNPQRTUVWXY'; A = L + '0123456789'
    pat = ['123456789', L, A, '0123456789', L, A, '0123456789', L, L, '0123456789', '0123456789']
    return all(ch in p for ch, p in zip(s, pat))
def phone_ok(p):
    d = re.sub(r'\D', '', p)
    if p.startswith('+91'): return len(d) == 12 and d[2] in '6789'
    if d.startswith('0176') or d.startswith('015'): return 11 <= len(d) <= 12
    if p.startswith('+44') or d.startswith('07') or d.startswith('03') or d.startswith('01') or d.startswith('02') and len(d) == 11:
        if d.startswith('44'): d = '0' + d[2:]
        return len(d) == 11 and not d.startswith('07700900') and not re.match(r'01\d1496', d)
    if re.match(r'^\(?\d{3}\)?[ -]\d{3}-\d{4}$', p):
        area, exch = d[:3], d[3:6]
        return area[0] not in '01' and exch[0] not in '01' and exch[1:] != '11' and exch != '555'
    if d.startswith('0176') or d.startswith('015'): return 11 <= len(d) <= 12
    if re.match(r'^0[67]( \d\d){4}$', p): return not d.startswith('063998')
    return False

checks = {'NPI': npi_ok, 'MEDICARE_MBI': mbi_ok, 'PHONE': phone_ok,
          'CARD_NUMBER': luhn_ok}
section = None; rows = []; errors = []
for n, line in enumerate(open(os.path.join(HERE, 'messages.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if line.startswith('# ---'): section = line[6:].split(':')[0].strip(); continue
    if line.startswith('#') or not line: continue
    text = SPAN.sub(lambda m: m.group(2), line).replace('\\n', '\n')
    spans = SPAN.findall(line)
    rows.append((n, section, line, text, spans))
    if not (20 <= len(text) <= 700 or (len(text) <= 1500 and '\n' in text)):
        errors.append(f'{n}: length {len(text)}')
    for lab, val in spans:
        f = checks.get(lab)
        if f and not f(val): errors.append(f'{n}: {lab} {val!r} fails check')
        if lab == 'MEDICAL_RECORD_NUMBER' and re.fullmatch(r'\d{3} \d{3} \d{4}', val) and not nhs_ok(val):
            errors.append(f'{n}: NHS number {val} fails mod 11')
        if lab == 'POSTCODE' and not re.fullmatch(r'[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{5}', val):
            errors.append(f'{n}: postcode {val}')
        if lab == 'AGE' and not (val.isdigit() and 0 < int(val) < 120): errors.append(f'{n}: age {val}')

# unlabelled repeats of labelled health/credential values (word-bounded, case-insensitive)
watch = {'SYMPTOM', 'HEALTH_CONDITION', 'MEDICATION', 'MEDICAL_PROCEDURE', 'PASSWORD', 'PIN', 'ONE_TIME_CODE'}
vals = {v.lower() for r in rows for lab, v in r[4] if lab in watch and len(v) >= 3}
for n, sec, line, text, spans in rows:
    masked = SPAN.sub(' ', line).lower()
    for v in vals:
        if re.search(r'(?<![\w])' + re.escape(v) + r'(?![\w])', masked):
            print(f'note {n}: unlabelled "{v}" -> {line[:90]}')

# risky shapes left in text outside spans
for n, sec, line, text, spans in rows:
    masked = SPAN.sub(' ', line)
    for m in re.finditer(r'(?<![\w.])(\d{1,3}\.){3}\d{1,3}(?![\w.])', masked):
        if not masked[max(0, m.start()-1):m.start()] == 'v': print(f'note {n}: IPv4-like {m.group()}')
    for m in re.finditer(r'\b\d(?:[ -]?\d){12,18}\b', masked):
        if luhn_ok(m.group()): print(f'note {n}: Luhn-valid unlabelled {m.group()}')
    if re.search(r'[\w.+-]+@[\w-]+\.\w', masked): print(f'note {n}: unlabelled email')

lang = collections.Counter(); benign = 0; labels = collections.Counter()
for n, sec, line, text, spans in rows:
    lang['foreign' if sec and sec.startswith(('es', 'fr', 'de')) else 'en'] += 1
    benign += not spans
    for lab, _ in spans: labels[lab] += 1
print('messages', len(rows), 'benign', benign, f'({benign/len(rows):.0%})', dict(lang))
print(dict(sorted(labels.items())))
print('\n'.join(errors) if errors else 'no check errors')
sys.exit(1 if errors else 0)
