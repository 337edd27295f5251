"""Which languages the language-specific recognisers know.

Personal names (Latin and Han), street addresses and their words are recognised in English and
Chinese text. In any other language the scanner still finds every language-independent kind
(phone and ID numbers, e-mail and web addresses, codes, dates in figures, Latin names), and the
privacy check says what it could not read for, so the medical reviewer knows to.
"""

LANGUAGES_WITH_NAME_RULES = ("en", "zh")
# The language to read text in Latin letters as, whatever the page's language (a slug, say).
LATIN_SCRIPT = "en"


def knows_names_in(language_code: str) -> bool:
    """Whether names and addresses are recognised in text of this language ("zh-hans" counts as "zh")."""
    return language_code.lower().split("-")[0] in LANGUAGES_WITH_NAME_RULES
