"""jieba's part-of-speech tagger as a Chinese name recogniser (README: "What was tried").

jieba ships its dictionary and tagging model inside the package (nothing is downloaded), and tags
person names "nr". Not a dependency of the site: install it beside Presidio
(`/tmp/presidio/bin/pip install jieba`) and run `/tmp/presidio/bin/python bench/deid_jieba.py`.
It is scored on the Chinese corpus alone (names only), and added to our scanner.
"""

import sys
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

import jieba  # noqa: E402
import jieba.posseg  # noqa: E402

from casepages.checks import Finding, scan_identifiers  # noqa: E402
from casepages.checks.evaluation import load_categorised_sentences, score_categories  # noqa: E402

DATA = REPOSITORY_ROOT / "tests" / "data"
jieba.setLogLevel(60)


def jieba_names(text, language, real_names=None):
    findings, position = [], 0
    for word, flag in jieba.posseg.cut(text):
        if flag in ("nr", "nrfg", "nrt") and len(word) >= 2:
            findings.append(Finding("person_name", word, position, position + len(word), "jieba: nr"))
        position += len(word)
    return findings


def main():
    def both(text, language, real_names=None):
        return scan_identifiers(text, language, real_names=real_names) + jieba_names(text, language)

    for part in ("dev", "heldout", "heldout2", "heldout3"):
        sentences = load_categorised_sentences(DATA / f"deid_generated_zh_{part}.tsv")
        for name, scanner in (("jieba names", jieba_names), ("ours + jieba", both)):
            started = time.perf_counter()
            scores = score_categories(sentences, "zh-hans", scan=scanner)
            rate = len(sentences) / (time.perf_counter() - started)
            names = next(category for category in scores.categories if category.category == "person_name")
            print(
                f"zh-hans {part} {name}: person_name found {names.flagged}/{names.sentences}; overall recall "
                f"{scores.overall.recall:.3f}, precision {scores.overall.precision:.3f} "
                f"({scores.overall.false_positives} false alarms), {rate:,.0f} sentences/s"
            )
            for sentence, kinds in scores.false_alarms[:4]:
                print(f"   false alarm ({kinds}): {sentence}")


if __name__ == "__main__":
    main()
