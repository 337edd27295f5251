"""The Chinese catalogues: complete, and covering every string the templates translate."""

import re
from pathlib import Path

import polib
import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
CATALOGUES = {
    "site": REPOSITORY / "locale/zh_Hans/LC_MESSAGES/django.po",
    "plugin": REPOSITORY / "casepages/locale/zh_Hans/LC_MESSAGES/django.po",
}
SIMPLE_TRANSLATE_TAG = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1(?:\s+[^%]*)?%}""")


def translated_msgids():
    ids = set()
    for path in CATALOGUES.values():
        for entry in polib.pofile(str(path)):
            if not entry.obsolete and (entry.msgstr or entry.msgstr_plural.get(0)) and "fuzzy" not in entry.flags:
                ids.add(entry.msgid)
    return ids


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_entry_has_a_chinese_translation(name):
    catalogue = polib.pofile(str(CATALOGUES[name]))
    untranslated = [e.msgid for e in catalogue if not e.obsolete and not (e.msgstr or e.msgstr_plural.get(0))]
    fuzzy = [e.msgid for e in catalogue if "fuzzy" in e.flags and not e.obsolete]
    assert untranslated == [] and fuzzy == []
    assert catalogue.metadata["Plural-Forms"].startswith("nplurals=1")


def test_every_translate_tag_in_the_templates_is_in_a_catalogue():
    known = translated_msgids()
    templates = list((REPOSITORY / "templates").rglob("*.html")) + list((REPOSITORY / "casepages").rglob("*.html"))
    missing = {
        (path.relative_to(REPOSITORY).as_posix(), match.group(2))
        for path in templates
        for match in SIMPLE_TRANSLATE_TAG.finditer(path.read_text(encoding="utf-8"))
        if match.group(2) not in known
    }
    assert missing == set()
