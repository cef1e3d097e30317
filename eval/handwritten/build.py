#!/usr/bin/env python3
"""Turns the hand-written message files of this folder into messages.jsonl.

Each *.txt file holds one message per line, with every labelled value written inline as
[[LABEL|value]]. Lines starting with '#' and blank lines are skipped. A literal backslash-n (\\n)
in a line is a line break inside the message (pasted documents, forms, signatures). The output is
the project's corpus format (see eval/README.md): offsets in UTF-16 code units, end exclusive, one message a line,
no conversation field (every message is scanned alone).

Python 3 standard library only. Usage: python3 eval/handwritten/build.py [FOLDER]
(FOLDER defaults to this one; eval/heldout/ is built the same way).
"""

import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LABELS = {
    "CARD_NUMBER", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT", "ROUTING_NUMBER", "IBAN", "SWIFT_BIC",
    "CRYPTO_WALLET", "US_SSN", "US_ITIN", "PASSPORT", "DRIVER_LICENSE", "UK_NINO", "PASSWORD", "PIN",
    "ONE_TIME_CODE", "API_KEY", "PRIVATE_KEY", "HEALTH_CONDITION", "SYMPTOM", "MEDICATION",
    "MEDICAL_PROCEDURE", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "NPI", "MEDICARE_MBI", "EMAIL",
    "PHONE", "IP_ADDRESS", "STREET_ADDRESS", "POSTCODE", "PERSON_NAME", "DATE_OF_BIRTH", "AGE",
    # Other countries' national ids (classes of their own in the government family).
    "ES_DNI", "CA_SIN", "IN_AADHAAR", "IN_PAN", "IT_FISCAL_CODE", "DE_TAX_ID",
}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def parse(line, where):
    """Returns (text, spans) for one marked-up line; raises ValueError saying what is wrong."""
    text = []
    spans = []
    at = 0  # position in line
    offset = 0  # UTF-16 offset in the plain text
    for m in MARK.finditer(line):
        before = line[at:m.start()]
        if "[[" in before or "]]" in before:
            raise ValueError(f"{where}: unbalanced markup")
        text.append(before)
        offset += utf16_len(before)
        label, value = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"{where}: unknown label {label}")
        if not value or "|" in value or "[[" in value or value != value.strip():
            raise ValueError(f"{where}: bad value for {label} (empty, '|', '[[' or edge spaces)")
        start = offset
        text.append(value)
        offset += utf16_len(value)
        spans.append({"start": start, "end": offset, "label": label})
        at = m.end()
    rest = line[at:]
    if "[[" in rest or "]]" in rest:
        raise ValueError(f"{where}: unbalanced markup")
    text.append(rest)
    return "".join(text), spans


def main():
    folder = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    sources = sorted(folder.glob("*.txt"))
    messages = []
    for source in sources:
        for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            line = line.replace("\\n", "\n")
            text, spans = parse(line, f"{source.name}:{number}")
            # The slice at the UTF-16 offsets must give back each value.
            units = text.encode("utf-16-le")
            for s in spans:
                units[2 * s["start"]:2 * s["end"]].decode("utf-16-le")
            messages.append({"id": f"{source.stem}-{number:04d}", "text": text, "spans": spans})

    out = folder / "messages.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for m in messages:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")

    counts = {}
    for m in messages:
        for s in m["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    benign = sum(1 for m in messages if not m["spans"])
    print(f"messages: {len(messages)}  benign: {benign}  spans: {sum(counts.values())}  -> {out.name}")
    for label in sorted(counts):
        print(f"  {label}: {counts[label]}")


if __name__ == "__main__":
    try:
        main()
    except ValueError as e:
        print(e, file=sys.stderr)
        sys.exit(2)
