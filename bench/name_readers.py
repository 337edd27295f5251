"""What bench/deid_lac.py and bench/deid_spacy.py share: one line of scores per blind part, per scanner."""

import time
from pathlib import Path

from casepages.checks.evaluation import load_categorised_sentences, score_categories

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
BLIND_PARTS = tuple(f"heldout{number}" for number in range(6, 18))


def print_part_scores(language: str, part: str, scanners: tuple) -> None:
    """Score each (name, scanner) pair on one blind part: overall recall and precision, name sentences, speed."""
    short = "zh" if language.startswith("zh") else "en"
    sentences = load_categorised_sentences(DATA / f"deid_generated_{short}_{part}.tsv")
    line = [f"{language} {part}:"]
    for name, scanner in scanners:
        started = time.perf_counter()
        scores = score_categories(sentences, language, scan=scanner)
        rate = len(sentences) / (time.perf_counter() - started)
        names_labelled, names_found = scores.expected_kinds.get("person_name", (0, 0))
        line.append(
            f"{name}: recall {scores.overall.recall:.3f}, precision {scores.overall.precision:.3f}, "
            f"name sentences found {names_found}/{names_labelled}, {rate:,.0f}/s"
        )
    print(" | ".join(line), flush=True)
