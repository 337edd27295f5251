"""Microsoft Presidio on the same corpus, for comparison with our scanner (README: "What was tried").

Presidio is not a dependency of the site. To run this, install it in a separate environment:
`python -m venv /tmp/presidio && /tmp/presidio/bin/pip install presidio-analyzer phonenumbers python-stdnum`
then `/tmp/presidio/bin/python bench/deid_presidio.py`.

Presidio's name, place and date recognition comes from a spaCy (or Stanza, or transformers) model
that must be downloaded (`en_core_web_lg`, `zh_core_web_sm`…); nothing can be downloaded here, so
it runs with a blank spaCy pipeline: its pattern and checksum recognizers work (phone numbers
through phonenumbers, e-mail, URLs, IP addresses, credit cards, IBANs, US SSNs, passports, driver's
licences, dates, …), its named-entity recognition does not. It is scored alone, and as a second
opinion added to our scanner (a sentence counts as flagged when either reports something).
"""

import sys
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

import spacy  # noqa: E402
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine  # noqa: E402

from casepages.checks import Finding, scan_identifiers  # noqa: E402
from casepages.checks.evaluation import load_categorised_sentences, score_categories  # noqa: E402

DATA = REPOSITORY_ROOT / "tests" / "data"
# Presidio's own confidence scores: 0.3 keeps even its weak pattern matches (recall first).
SCORE_THRESHOLD = 0.3


class BlankSpacyEngine(NlpEngine):
    """Tokens and lemmas from a blank spaCy pipeline, no entities: what Presidio can do without a model."""

    def __init__(self):
        self.pipelines = {"en": spacy.blank("en")}

    def load(self):
        pass

    def is_loaded(self):
        return True

    def process_text(self, text, language):
        document = self.pipelines["en"](text)
        return NlpArtifacts(
            entities=[],
            tokens=document,
            tokens_indices=[token.idx for token in document],
            lemmas=[token.text.lower() for token in document],
            nlp_engine=self,
            language=language,
            scores=[],
        )

    def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word, language):
        return False

    def is_punct(self, word, language):
        return not word.isalnum()

    def get_supported_entities(self):
        return []

    def get_supported_languages(self):
        return ["en"]


def presidio_scanner():
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    analyzer = AnalyzerEngine(nlp_engine=BlankSpacyEngine(), registry=registry, supported_languages=["en"])

    def scan(text, language, real_names=None):
        # Presidio has no Chinese recognizers of its own; its pattern recognizers are run as English.
        results = analyzer.analyze(text=text, language="en", score_threshold=SCORE_THRESHOLD)
        return [
            Finding(result.entity_type, text[result.start : result.end], result.start, result.end, "")
            for result in results
        ]

    return scan


def main():
    presidio = presidio_scanner()

    def both(text, language, real_names=None):
        return scan_identifiers(text, language, real_names=real_names) + presidio(text, language)

    for language, short in (("en", "en"), ("zh-hans", "zh")):
        for part in ("dev", "heldout", "heldout2", "heldout3"):
            sentences = load_categorised_sentences(DATA / f"deid_generated_{short}_{part}.tsv")
            for name, scanner in (("presidio", presidio), ("ours + presidio", both)):
                started = time.perf_counter()
                scores = score_categories(sentences, language, scan=scanner)
                rate = len(sentences) / (time.perf_counter() - started)
                overall = scores.overall
                weakest = sorted(
                    (category for category in scores.categories if category.with_identifiers),
                    key=lambda category: category.recall,
                )[:6]
                print(
                    f"{language} {part} {name}: recall {overall.recall:.3f} ({overall.false_negatives} missed), "
                    f"precision {overall.precision:.3f} ({overall.false_positives} false alarms), "
                    f"{rate:,.0f} sentences/s"
                )
                if name == "presidio":
                    print("   weakest: " + ", ".join(f"{c.category} {c.flagged}/{c.sentences}" for c in weakest))
                    for sentence, kinds in scores.false_alarms[:3]:
                        print(f"   false alarm ({kinds}): {sentence}")


if __name__ == "__main__":
    main()
