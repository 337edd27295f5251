"""Terminology: a translation uses the approved term for each glossary entry, and no forbidden variant."""

from collections.abc import Iterable
from dataclasses import dataclass, replace

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


def check_terminology_by_field(
    fields: Iterable[tuple[str, str, str]],
    entries: Iterable[GlossaryEntry],
) -> list[Finding]:
    """Check each translated field against its own source field: `fields` holds (field, source, translation).

    The whole-text check (`check_terminology`) is satisfied by one approved rendering anywhere, so a
    paragraph that says “CAR-T细胞治疗” passed as long as the summary said “CAR-T细胞疗法”. The rule
    here is per field: where a source field uses a glossary term, its translation must use the
    approved term. Each miss is reported on that field ("glossary_missing"), and where the
    translation holds a near variant of the approved term (its first two thirds followed by
    something else, as in “CAR-T细胞治疗”), that variant is reported too ("glossary_variant") with
    its offsets in the translation.
    """
    entries = list(entries)
    findings = []
    for field, source_text, translated_text in fields:
        for finding in check_terminology(source_text, translated_text, entries):
            findings.append(replace(finding, field=field))
        for entry in entries:
            if not next(phrase_occurrences(entry.source_term, source_text), None):
                continue
            if next(phrase_occurrences(entry.approved_term, translated_text), None):
                continue
            for start, end in near_variants(entry.approved_term, translated_text):
                findings.append(
                    Finding(
                        "glossary_variant",
                        translated_text[start:end],
                        start,
                        end,
                        f"“{translated_text[start:end]}” looks like a variant of the approved term "
                        f"“{entry.approved_term}”; use the approved term",
                        field=field,
                    )
                )
    return findings


def near_variants(approved_term: str, text: str) -> list[tuple[int, int]]:
    """Spans of `text` that start like `approved_term` (its first two thirds, at least three characters) but differ."""
    term = approved_term.strip()
    stem_length = max(3, -(-len(term) * 2 // 3))
    if len(term) <= stem_length:
        return []
    stem = term[:stem_length]
    spans = []
    for start, _stem_end in (
        phrase_occurrences(stem, text) if not stem[-1].isascii() else _prefix_occurrences(stem, text)
    ):
        end = min(len(text), start + len(term))
        candidate = text[start:end]
        if candidate.casefold() != term.casefold():
            spans.append((start, end))
    return spans


def _prefix_occurrences(stem: str, text: str):
    # A Latin stem ends mid-word ("chemothera"), so it is matched without a word boundary after it.
    position = text.casefold().find(stem.casefold())
    while position != -1:
        yield position, position + len(stem)
        position = text.casefold().find(stem.casefold(), position + 1)
