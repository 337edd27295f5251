"""Measure the identifier scanner against a labelled corpus, for the tests and the benchmark alike."""

import csv
from dataclasses import dataclass
from pathlib import Path

from casepages.checks.deidentification import scan_identifiers


@dataclass(frozen=True)
class LabelledSentence:
    """A sentence and the kinds of identifier a careful reader finds in it (none for a clean one)."""

    sentence: str
    expected_kinds: frozenset[str]


@dataclass(frozen=True)
class CorpusScores:
    """Sentence-level results: a sentence counts as flagged when the scanner reports anything in it."""

    sentences: int
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    kinds_matching: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        with_identifiers = self.true_positives + self.false_negatives
        return self.true_positives / with_identifiers if with_identifiers else 1.0


def load_labelled_sentences(path: Path | str) -> list[LabelledSentence]:
    """Read a corpus file: a header, then `expected_kinds<TAB>sentence` rows; "-" marks a clean sentence."""
    with open(path, encoding="utf-8", newline="") as corpus:
        rows = csv.DictReader(corpus, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [LabelledSentence(row["sentence"], _kinds(row["expected_kinds"])) for row in rows]


def _kinds(expected_kinds: str) -> frozenset[str]:
    if expected_kinds.strip() == "-":
        return frozenset()
    return frozenset(kind.strip() for kind in expected_kinds.split(","))


def score_sentences(sentences: list[LabelledSentence], language: str) -> CorpusScores:
    """Scan every sentence and count how the scanner's verdicts compare with the labels.

    `kinds_matching` counts sentences whose reported kinds are exactly the expected ones, a stricter
    measure than the flagged / not flagged counts that precision and recall are built from.
    """
    true_positives = false_positives = false_negatives = true_negatives = kinds_matching = 0
    for labelled in sentences:
        reported = {finding.kind for finding in scan_identifiers(labelled.sentence, language)}
        kinds_matching += reported == labelled.expected_kinds
        if labelled.expected_kinds:
            true_positives += bool(reported)
            false_negatives += not reported
        else:
            false_positives += bool(reported)
            true_negatives += not reported
    return CorpusScores(
        len(sentences), true_positives, false_positives, false_negatives, true_negatives, kinds_matching
    )
