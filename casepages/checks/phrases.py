"""Finding a given phrase in text the way a reader would: Latin words whole, Chinese anywhere."""

import re
from collections.abc import Iterator


def phrase_occurrences(phrase: str, text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each case-insensitive occurrence of `phrase` in `text`.

    A phrase that starts or ends with a Latin letter or digit must start or end on a word boundary,
    so that "Li" is not found inside "Lisa"; Chinese is written without spaces between words, so a
    Han phrase is found wherever it occurs.
    """
    phrase = phrase.strip()
    if not phrase:
        return
    pattern = re.escape(phrase)
    if phrase[0].isascii() and phrase[0].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if phrase[-1].isascii() and phrase[-1].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        yield match.span()
