"""Terminology: a translation uses the approved term for each glossary entry, and no forbidden variant."""

import re
from dataclasses import dataclass

from casepages.checks.findings import Finding


@dataclass(frozen=True)
class GlossaryEntry:
    """One term of the medical glossary, as the reviewers agreed to translate it.

    `forbidden_variants` are translations that readers would understand but that the hospital does
    not use (an outdated name, a colloquial one, one that means something slightly different).
    """

    source_term: str
    approved_term: str
    forbidden_variants: tuple[str, ...] = ()


def check_terminology(source_text: str, translated_text: str, entries) -> list[Finding]:
    """Check `translated_text` against the glossary `entries`.

    For each entry whose source term occurs in `source_text`, a "glossary_missing" finding is
    reported when the approved term is absent from the translation; its offsets are those of the
    term's first occurrence in `source_text`. Every occurrence of a forbidden variant in the
    translation is reported as "glossary_forbidden", with offsets in `translated_text`, whether or
    not the source uses the term: a forbidden word is wrong wherever it appears. A forbidden
    variant found inside an occurrence of the approved term ("红斑狼疮" inside "系统性红斑狼疮")
    is part of the approved term and is not reported.

    Latin terms match case-insensitively and as whole words; Chinese terms match anywhere.
    """
    findings = []
    for entry in entries:
        source_occurrence = next(_occurrences(entry.source_term, source_text), None)
        approved_spans = list(_occurrences(entry.approved_term, translated_text))
        if source_occurrence and not approved_spans:
            start, end = source_occurrence
            findings.append(
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
            for start, end in _occurrences(variant, translated_text):
                if any(approved_start <= start and end <= approved_end for approved_start, approved_end in approved_spans):
                    continue
                findings.append(
                    Finding(
                        "glossary_forbidden",
                        translated_text[start:end],
                        start,
                        end,
                        f"Use the approved term “{entry.approved_term}” instead of “{variant}”",
                    )
                )
    return sorted(findings, key=lambda finding: (finding.kind, finding.start))


def _occurrences(term: str, text: str):
    """Yield (start, end) of each occurrence of `term` in `text`, whole words only for Latin terms."""
    term = term.strip()
    if not term:
        return
    pattern = re.escape(term)
    # Whole words for Latin script only: Chinese is written without spaces between words.
    if term[0].isascii() and term[0].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if term[-1].isascii() and term[-1].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        yield match.span()
