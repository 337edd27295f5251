"""Patient aliases: what a letter alias looks like, in English and in Chinese.

A story names its patient only by a letter alias: a title or a word for a patient with one or two
capital letters ("Ms. A", "Mr. B", "Patient C", "A女士", "患者A", "小A"). Only an alias of that
shape is exempted from the name scan; anything else in the alias field is itself a finding,
because the alias is shown to the public and can arrive from a PO upload without passing a form.
"""

import re
import unicodedata

from casepages.checks.findings import Finding

_LETTERS = r"[A-Z]{1,2}"
_ENGLISH_TITLES = r"(?:Ms|Mrs|Mr|Miss|Mx|Master)\.?"
_ENGLISH_WORDS = r"(?:Patient|Case|Baby|Child|Little|Young|Boy|Girl)"
_CHINESE_TITLES_AFTER = r"(?:女士|先生|小姐|同学|老人|阿姨|大爷|奶奶|爷爷|宝宝|小朋友|君)"
_CHINESE_WORDS_BEFORE = r"(?:患者|患儿|病人|病友|小|老|宝宝)"
_LETTER_ALIAS = re.compile(
    rf"{_ENGLISH_TITLES}\s?{_LETTERS}\.?"
    rf"|{_ENGLISH_WORDS}\s{_LETTERS}"
    rf"|{_LETTERS}\s?{_CHINESE_TITLES_AFTER}"
    rf"|{_CHINESE_WORDS_BEFORE}\s?{_LETTERS}",
    re.ASCII,
)


def is_letter_alias(alias: str) -> bool:
    """Whether `alias` is a title (or a word for a patient) with one or two capital letters, in either language."""
    normalised = " ".join(unicodedata.normalize("NFKC", alias).split())
    return bool(_LETTER_ALIAS.fullmatch(normalised))


ALIAS_RULE = (
    "The patient alias must be a title with one or two capital letters, such as “Ms. A”, “Mr. B”, "
    "“Patient C”, “A女士”, “患者A” or “小A”"
)


def alias_findings(alias: str) -> list[Finding]:
    """A finding when the alias is not a letter alias; none for an empty or well-formed one."""
    alias = alias.strip()
    if not alias or is_letter_alias(alias):
        return []
    return [Finding("alias_not_letter", alias, 0, len(alias), ALIAS_RULE)]
