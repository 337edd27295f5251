"""Score the identifier scanner on the labelled corpora and measure its speed.

Run from anywhere with `python bench/deid_scores.py`. Prints, per language, the sentence counts,
true/false positives and negatives, precision, recall, and sentences scanned per second. Speed is
measured here and never asserted in a test.
"""

import sys
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from casepages.checks import scan_identifiers  # noqa: E402
from casepages.checks.evaluation import load_labelled_sentences, score_sentences  # noqa: E402

CORPORA = {
    "en": REPOSITORY_ROOT / "tests" / "data" / "deid_corpus_en.tsv",
    "zh-hans": REPOSITORY_ROOT / "tests" / "data" / "deid_corpus_zh.tsv",
}
# Scan the corpus again and again until this much time has passed, so the rate is not noise.
MINIMUM_TIMING_SECONDS = 1.0


def sentences_per_second(sentences: list[str], language: str) -> float:
    """Scan `sentences` repeatedly for about a second and return the rate."""
    scanned = 0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < MINIMUM_TIMING_SECONDS:
        for sentence in sentences:
            scan_identifiers(sentence, language)
        scanned += len(sentences)
    return scanned / elapsed


def main() -> None:
    print(
        f"{'language':<9} {'sentences':>9} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} "
        f"{'precision':>9} {'recall':>7} {'kinds ok':>8} {'sentences/s':>12}"
    )
    for language, path in CORPORA.items():
        labelled = load_labelled_sentences(path)
        scores = score_sentences(labelled, language)
        rate = sentences_per_second([item.sentence for item in labelled], language)
        print(
            f"{language:<9} {scores.sentences:>9} {scores.true_positives:>4} {scores.false_positives:>4} "
            f"{scores.false_negatives:>4} {scores.true_negatives:>4} {scores.precision:>9.3f} "
            f"{scores.recall:>7.3f} {scores.kinds_matching:>8} {rate:>12,.0f}"
        )


if __name__ == "__main__":
    main()
