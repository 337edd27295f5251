"""Text that should never reach a published page: template leftovers, empty headings, and
passages a translator left in the source language."""

import html
import re
from collections.abc import Iterator

from casepages.checks.findings import Finding
from casepages.checks.han import HAN_CHARACTERS

# Field names a page template or a CMS import shows when the real value is missing ("description2").
_FIELD_NAME_WORDS = (
    "description", "title", "content", "text", "name", "summary", "caption", "heading", "field",
    "body", "subtitle", "placeholder", "image", "label", "paragraph", "quote", "intro", "link", "button",
)  # fmt: skip
_NOT_LATIN_LETTER_OR_DIGIT_BEFORE = r"(?<![A-Za-z0-9_])"
_NOT_LATIN_LETTER_OR_DIGIT_AFTER = r"(?![A-Za-z0-9_])"

# Template syntax comes first: when a field name sits inside "{{ … }}", the whole tag is reported.
_PLACEHOLDER_PATTERNS = (
    (re.compile(r"\{\{.*?\}\}", re.DOTALL), "A template variable ({{ … }}) was not filled in"),
    (re.compile(r"\{%.*?%\}", re.DOTALL), "A template tag ({% … %}) is showing as text"),
    (re.compile(r"\[\[.*?\]\]", re.DOTALL), "A [[…]] placeholder was not replaced"),
    (re.compile(r"%\([A-Za-z_]\w*\)[sdifr]"), "A %(name)s format placeholder was not filled in"),
    (re.compile(r"(?<!\{)\{(?:[A-Za-z_]\w*|\d+)\}(?!\})"), "A {name} format placeholder was not filled in"),
    (re.compile(r"(?i:\blorem\s+ipsum\b)", re.ASCII), "Dummy text (“Lorem ipsum”) is still in place"),
    (
        re.compile(rf"{_NOT_LATIN_LETTER_OR_DIGIT_BEFORE}(?:TODO|TBD|FIXME|XXX){_NOT_LATIN_LETTER_OR_DIGIT_AFTER}"),
        "An editing note (TODO, TBD, FIXME or XXX) is still in the text",
    ),
    (
        re.compile(
            rf"{_NOT_LATIN_LETTER_OR_DIGIT_BEFORE}(?i:{'|'.join(_FIELD_NAME_WORDS)})[_-]?\d+"
            rf"{_NOT_LATIN_LETTER_OR_DIGIT_AFTER}"
        ),
        "A template field name is showing instead of real text",
    ),
)

_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# Tags that start or end a paragraph; rich text often has no newline between "</p><p>".
_BLOCK_TAG = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|div|blockquote|br|tr|td|th)\b", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")

# A Latin stretch inside Chinese text: words, numbers and the punctuation between them.
_LATIN_STRETCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9\s,.;:!?'’\"“”()/%+\-]*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
# Units and abbreviations that Chinese medical text keeps in Latin letters.
_LATIN_KEPT_IN_CHINESE = frozenset(
    """
    mg g kg ml mL L dL mmol umol μmol mol IU U cm mm km h min s d wk mo pH mRNA mAb vs
    """.split()
)
_MINIMUM_UNTRANSLATED_WORDS = 6
# Han characters with Chinese punctuation between them, starting and ending on a Han character.
_HAN_RUN = re.compile(
    rf"[{HAN_CHARACTERS}](?:[{HAN_CHARACTERS}\u3000-\u303f\uff00-\uffef]*[{HAN_CHARACTERS}])?",
)
_HAN_CHARACTER = re.compile(f"[{HAN_CHARACTERS}]")
_MINIMUM_UNTRANSLATED_HAN = 3
_PARAGRAPH = re.compile(r"[^\n]+")


def find_placeholders(text: str) -> list[Finding]:
    """Find template leftovers in visible text: `description2`-style field names, “Lorem ipsum”,
    TODO/TBD/FIXME/XXX notes, `{{ … }}`, `{% … %}`, `[[…]]`, `%(name)s` and `{name}`."""
    findings = []
    for pattern, reason in _PLACEHOLDER_PATTERNS:
        for match in pattern.finditer(text):
            findings.append(Finding("placeholder", match.group(), match.start(), match.end(), reason))
    return _first_of_overlapping(findings)


def find_empty_headings(html_text: str) -> list[Finding]:
    """Find h1–h6 headings with no visible text, which screen readers announce as blank headings."""
    findings = []
    for match in _HEADING.finditer(html_text):
        visible = _INVISIBLE.sub("", html.unescape(_TAG.sub("", match.group(2))))
        if not visible:
            findings.append(
                Finding(
                    "empty_heading",
                    match.group(),
                    match.start(),
                    match.end(),
                    f"This h{match.group(1)} heading has no text; remove it or write the heading",
                )
            )
    return findings


def find_untranslated_text(source_text: str, translated_text: str, target_language: str) -> list[Finding]:
    """Find passages of `translated_text` that were left in the source language.

    For a Chinese target: a stretch of six or more English words (abbreviations such as "SLE" or
    "CAR-T", numbers and units do not count). For an English target: three or more Han characters
    in a row. For both: a paragraph copied unchanged from the source. Offsets are in
    `translated_text`; HTML tags are ignored.
    """
    visible = _without_tags(translated_text)
    if target_language.lower().startswith("zh"):
        findings = list(_english_stretches(visible))
    else:
        findings = [
            Finding(
                "untranslated_text",
                match.group(),
                match.start(),
                match.end(),
                "Chinese text left in the English translation",
            )
            for match in _HAN_RUN.finditer(visible)
            if len(_HAN_CHARACTER.findall(match.group())) >= _MINIMUM_UNTRANSLATED_HAN
        ]
    findings = _copied_paragraphs(source_text, translated_text, visible) + findings
    return _first_of_overlapping(findings)


def _without_tags(text: str) -> str:
    """`text` with each tag blanked out, keeping every other character where it was.

    A block tag becomes a line break, so that paragraphs of rich text stay apart.
    """

    def blank(tag: re.Match) -> str:
        first = "\n" if _BLOCK_TAG.match(tag.group()) else " "
        return first + " " * (len(tag.group()) - 1)

    return _TAG.sub(blank, text)


def _english_stretches(visible: str) -> Iterator[Finding]:
    for match in _LATIN_STRETCH.finditer(visible):
        words = [
            word
            for word in _LATIN_WORD.findall(match.group())
            if word not in _LATIN_KEPT_IN_CHINESE and any(letter.islower() for letter in word)
        ]
        if len(words) >= _MINIMUM_UNTRANSLATED_WORDS:
            stretch = match.group().rstrip()
            yield Finding(
                "untranslated_text",
                stretch,
                match.start(),
                match.start() + len(stretch),
                "English text left in the Chinese translation",
            )


def _copied_paragraphs(source_text: str, translated_text: str, visible: str) -> list[Finding]:
    source_lines = _without_tags(source_text).split("\n")
    source_paragraphs = {_INVISIBLE.sub(" ", line).strip() for line in source_lines}
    findings = []
    for match in _PARAGRAPH.finditer(visible):
        paragraph = _INVISIBLE.sub(" ", match.group()).strip()
        # Headings like "SLE-03" or "CAR-T" are the same in every language; real prose has lowercase
        # letters or Han characters.
        has_prose = any(character.islower() for character in paragraph) or _HAN_CHARACTER.search(paragraph)
        if paragraph and has_prose and paragraph in source_paragraphs:
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = match.start() + len(match.group().rstrip())
            findings.append(
                Finding(
                    "untranslated_text",
                    translated_text[start:end],
                    start,
                    end,
                    "This paragraph is identical to the source; it has not been translated",
                )
            )
    return findings


def _first_of_overlapping(findings: list[Finding]) -> list[Finding]:
    """Keep findings in the order given, dropping any that overlaps one already kept; sort by position."""
    kept: list[Finding] = []
    for finding in findings:
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda finding: finding.start)
