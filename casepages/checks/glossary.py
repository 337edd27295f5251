"""Terminology: a translation uses the approved term for each glossary entry, and no forbidden variant."""

from collections.abc import Iterable
from dataclasses import dataclass

from casepages.checks.findings import Finding
from casepages.checks.phrases import phrase_occurrences


@dataclass(frozen=True)
class GlossaryEntry:
    """One term of the medical glossary, as the reviewers agreed to translate it.

    `forbidden_variants` are translations that readers would understand but that the hospital does
    not use (an outdated name, a colloquial one, one that means something slightly different).
    """

    source_term: str
    approved_term: str
    forbidden_variants: tuple[str, ...] = ()


def check_terminology(
    source_text: str,
    translated_text: str,
    entries: Iterable[GlossaryEntry],
) -> list[Finding]:
    """Check `translated_text` against the glossary `entries`.

    For each entry whose source term occurs in `source_text`, a "glossary_missing" finding is
    reported when the approved term is absent from the translation; its offsets are those of the
    term's first occurrence in `source_text`. Every occurrence of a forbidden variant in the
    translation is reported as "glossary_forbidden", with offsets in `translated_text`, whether or
    not the source uses the term: a forbidden word is wrong wherever it appears. A forbidden
    variant found inside an occurrence of the approved term ("红斑狼疮" inside "系统性红斑狼疮")
    is part of the approved term and is not reported.

    Latin terms match case-insensitively and as whole words; Chinese terms match anywhere.
    Missing terms come first, in the order of `entries`, then forbidden variants by position.
    """
    missing, forbidden = [], []
    for entry in entries:
        source_occurrence = next(phrase_occurrences(entry.source_term, source_text), None)
        approved_spans = list(phrase_occurrences(entry.approved_term, translated_text))
        if source_occurrence and not approved_spans:
            start, end = source_occurrence
            missing.append(
                Finding(
                    "glossary_missing",
                    entry.source_term,
                    start,
                    end,
                    f"“{entry.source_term}” should be translated as “{entry.approved_term}”, "
                    "which the translation does not use",
                )
            )
        for variant in entry.forbidden_variants:
            for start, end in phrase_occurrences(variant, translated_text):
                if any(approved[0] <= start and end <= approved[1] for approved in approved_spans):
                    continue
                forbidden.append(
                    Finding(
                        "glossary_forbidden",
                        translated_text[start:end],
                        start,
                        end,
                        f"Use the approved term “{entry.approved_term}” instead of “{variant}”",
                    )
                )
    # The two kinds point into different texts, so they are not interleaved by offset.
    return missing + sorted(forbidden, key=lambda finding: finding.start)
