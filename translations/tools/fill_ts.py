#!/usr/bin/env python3
"""Fills translations/qwendesk_<lang>.ts from the tables in strings_*.py.

Run after `lupdate` has refreshed the .ts files (see docs/app.md); strings without a translation are
reported and left unfinished, so lrelease falls back to English for them rather than showing nothing.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import strings_a, strings_b, strings_c, strings_d, strings_e, strings_f  # noqa: E402

LANGS = ["zh_CN", "zh_TW", "ja", "ko", "ar", "es", "fr", "de", "ru", "pt_BR", "id", "hi"]
TABLE = {**strings_a.T, **strings_b.T, **strings_c.T, **strings_d.T, **strings_e.T, **strings_f.T}
PLURALS = {**strings_c.P, **strings_d.P, **strings_e.P, **strings_f.P}

missing = 0
for index, lang in enumerate(LANGS):
    path = HERE.parent / f"qwendesk_{lang}.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the sources: leave it as lupdate marked it
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source, {}).get(lang)
            slots = translation.findall("numerusform")
            if not forms or len(forms) != len(slots):
                print(f"{lang}: plural forms missing or wrong count for {source!r} ({len(slots)} needed)")
                missing += 1
                continue
            for slot, text in zip(slots, forms):
                slot.text = text
        else:
            row = TABLE.get(source)
            if row is None:
                print(f"{lang}: no translation for {source!r}")
                missing += 1
                continue
            translation.text = row[index]
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep it so Qt Linguist opens the file as usual.
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    if not text.endswith("\n"):
        text += "\n"  # as lupdate writes it, so a later lupdate run changes no unrelated line
    path.write_text(text, encoding="utf-8")
sys.exit(1 if missing else 0)
