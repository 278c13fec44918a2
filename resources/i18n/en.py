# ruff: noqa: E501 - a table of sentences; their lines are as long as the sentences
"""The English plural forms (%n) of the console's messages, written into console_en.ts.

English is the source language, so only messages with a count need a translation: Qt's
numerus forms, "1 ticket" and "2 tickets" instead of "ticket(s)". Run
``python resources/i18n/en.py`` after ``pyside6-lupdate … -pluralonly`` (see README in this
folder); it fills every plural it knows and lists the ones it does not.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

PLURALS = {  # source: (one, other)
    "Urged %n ticket(s): %1": ("Urged %n ticket: %1", "Urged %n tickets: %1"),
    "Escalated %n ticket(s) to %1: %2": (
        "Escalated %n ticket to %1: %2",
        "Escalated %n tickets to %1: %2",
    ),
    "Noted on %n ticket(s): %1": ("Noted on %n ticket: %1", "Noted on %n tickets: %1"),
    "%n escalation(s)": ("%n escalation", "%n escalations"),
    "… and %n more ticket(s)": ("… and %n more ticket", "… and %n more tickets"),
    "Warning: %n of these tickets do not match the reason “%1”: %2": (
        "Warning: %n of these tickets does not match the reason “%1”: %2",
        "Warning: %n of these tickets do not match the reason “%1”: %2",
    ),
}


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    missing = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        source = msg.findtext("source") or ""
        target = msg.find("translation")
        assert target is not None
        forms = PLURALS.get(source)
        if forms is None:
            missing += 1
            print(f"missing: {source!r}", file=sys.stderr)
            continue
        for form, text in zip(target.findall("numerusform"), forms, strict=True):
            form.text = text
        target.attrib.pop("type", None)  # no longer "unfinished"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(HERE / "console_en.ts") else 0)
