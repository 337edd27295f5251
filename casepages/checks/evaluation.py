"""Measure the identifier scanner against a labelled corpus, for the tests and the benchmark alike."""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from casepages.checks.deidentification import scan_identifiers
from casepages.checks.real_names import RealNameList, name_digests

# The key the corpus's consent names are hashed with: any key will do, as on a site.
CORPUS_NAME_KEY = b"deid-corpus"


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


@dataclass(frozen=True)
class CategorisedSentence:
    """A generated corpus row: what the sentence was made to test, the kinds that count as finding it."""

    category: str
    sentence: str
    expected_kinds: frozenset[str]
    # The real names entered on the consent record of the story the sentence is from, if any.
    consent_names: tuple[str, ...] = ()


@dataclass
class CategoryScores:
    """How the scanner did on one category of sentences (an identifier kind, or a kind of clean sentence)."""

    category: str
    with_identifiers: bool
    sentences: int = 0
    flagged: int = 0
    right_kind: int = 0
    misses: list[str] | None = None

    @property
    def recall(self) -> float:
        return self.flagged / self.sentences if self.sentences else 1.0


@dataclass
class DetailedScores:
    """Sentence-level figures of one corpus part, overall, per category and per reported kind."""

    overall: CorpusScores
    categories: list[CategoryScores]
    # For each kind the scanner reported: in how many sentences, and in how many of those clean ones.
    reported_kinds: dict[str, tuple[int, int]]
    false_alarms: list[tuple[str, str]]
    # For each kind the labels name: in how many sentences it is, and in how many of those anything was reported.
    expected_kinds: dict[str, tuple[int, int]] = field(default_factory=dict)

    def kind_recall(self, kind: str) -> float:
        sentences, found = self.expected_kinds[kind]
        return found / sentences if sentences else 1.0

    def kind_precision(self, kind: str) -> float:
        reported, false = self.reported_kinds[kind]
        return (reported - false) / reported if reported else 1.0


def load_categorised_sentences(path: Path | str) -> list[CategorisedSentence]:
    """Read a generated corpus file: `category<TAB>expected_kinds<TAB>sentence` rows after a header.

    A row may have a fourth column, the consent record's real names separated by "|".
    """
    rows = []
    with open(path, encoding="utf-8") as corpus:
        next(corpus)
        for line in corpus:
            category, expected_kinds, sentence, *names = line.rstrip("\n").split("\t")
            consent_names = tuple(name for name in "|".join(names).split("|") if name)
            rows.append(CategorisedSentence(category, sentence, _kinds(expected_kinds), consent_names))
    return rows


def consent_name_list(names: tuple[str, ...]) -> RealNameList:
    """The names as the consent form would store them: keyed hashes."""
    return RealNameList(frozenset(name_digests(names, CORPUS_NAME_KEY)), CORPUS_NAME_KEY)


def score_categories(sentences: list[CategorisedSentence], language: str, scan=scan_identifiers) -> DetailedScores:
    """Scan every sentence; count verdicts overall, per category, and per kind reported.

    A sentence with identifiers counts as found when anything is reported in it (that is what sends
    a page back to its author); `right_kind` counts the found ones whose reported kinds include an
    expected one. `scan` may be replaced by another scanner with the same signature, for comparison;
    for a sentence with consent names it is also given `real_names`.
    """
    categories: dict[str, CategoryScores] = {}
    reported_kinds: dict[str, list[int]] = {}
    expected_kinds: dict[str, list[int]] = {}
    false_alarms = []
    true_positives = false_positives = false_negatives = true_negatives = kinds_matching = 0
    for labelled in sentences:
        if labelled.consent_names:
            findings = scan(labelled.sentence, language, real_names=consent_name_list(labelled.consent_names))
        else:
            findings = scan(labelled.sentence, language)
        reported = {finding.kind for finding in findings}
        positive = bool(labelled.expected_kinds)
        scores = categories.setdefault(labelled.category, CategoryScores(labelled.category, positive, misses=[]))
        scores.sentences += 1
        for kind in reported:
            counts = reported_kinds.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += not positive
        for kind in labelled.expected_kinds:
            counts = expected_kinds.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += bool(reported)
        if positive:
            true_positives += bool(reported)
            false_negatives += not reported
            scores.flagged += bool(reported)
            scores.right_kind += bool(reported & labelled.expected_kinds)
            kinds_matching += bool(reported & labelled.expected_kinds)
            if not reported:
                scores.misses.append(labelled.sentence)
        else:
            false_positives += bool(reported)
            true_negatives += not reported
            kinds_matching += not reported
            scores.flagged += not reported
            if reported:
                scores.misses.append(labelled.sentence)
                false_alarms.append((labelled.sentence, ", ".join(sorted(reported))))
    overall = CorpusScores(
        len(sentences), true_positives, false_positives, false_negatives, true_negatives, kinds_matching
    )
    return DetailedScores(
        overall,
        sorted(categories.values(), key=lambda scores: (not scores.with_identifiers, scores.category)),
        {kind: (counts[0], counts[1]) for kind, counts in sorted(reported_kinds.items())},
        false_alarms,
        {kind: (counts[0], counts[1]) for kind, counts in sorted(expected_kinds.items())},
    )
