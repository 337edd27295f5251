"""Search over case stories that finds Chinese words inside Chinese text, as well as English words.

Wagtail's database search backend (FTS5 on SQLite, tsvector on PostgreSQL) splits text into words at
spaces and punctuation. Chinese is written without spaces, so a whole clause such as 系统性红斑狼疮
becomes one "word", and a search for 狼疮 (lupus), which stands inside it, finds nothing.

The remedy is the one CJK search engines have long used (Lucene's CJK analyzer, for one): index
Chinese as overlapping pairs of characters. 系统性红斑狼疮 is indexed as 系统 统性 性红 红斑 斑狼
狼疮, plus each character on its own, so that one-character searches work too. A search for
红斑狼疮 becomes 红斑 斑狼 狼疮 and asks for all three. Any Chinese word of two or more characters
in the text is found this way, without a dictionary of Chinese words; the price is the odd false
match where all the pairs occur but apart, which ranking pushes down.

Both halves live here so that they cannot drift apart:

- `han_index_text()` makes the extra text a page indexes (`CasePage.search_segmented_text`): empty
  for text without Chinese, so English pages are indexed exactly as before;
- `search_terms()` turns what the visitor typed into terms both backends tokenise the same way,
  which also keeps search syntax (quotes, AND, *, :) out of the database's query language.

English words keep Wagtail's usual treatment (stemming on PostgreSQL), through the page's ordinary
search fields.
"""

import re

from django.db.models import QuerySet

from .checks.han import HAN_CHARACTERS

# A search never lists more stories than this; it keeps each search one bounded query.
MAX_RESULTS = 500
# Longer input is cut here: nobody types a longer question into a search box on purpose.
MAX_QUERY_LENGTH = 100

# A run of Han characters, or a run of other letters and digits (an English word, "CAR", "2023").
_TOKEN = re.compile(rf"(?P<han>[{HAN_CHARACTERS}]+)|(?P<word>(?:(?![{HAN_CHARACTERS}])[^\W_])+)")


def han_grams(run: str, *, single_characters: bool) -> list[str]:
    """The overlapping character pairs of a run of Han characters, and optionally each character.

    A run of one character is always kept as that character, since it has no pairs.
    """
    pairs = [run[index : index + 2] for index in range(len(run) - 1)]
    if single_characters or not pairs:
        return list(run) + pairs
    return pairs


def han_index_text(texts: list[str]) -> str:
    """The text to index beside a page's own fields, so that its Chinese can be found word by word.

    Empty when none of the texts contains Chinese. Otherwise every run of Chinese becomes its single
    characters and character pairs, and the other words are kept, set apart from the Chinese by
    spaces: in "CAR-T细胞疗法" the tokenisers would otherwise see "t细胞疗法" and miss "CAR-T".
    """
    if not any(_has_han(text) for text in texts):
        return ""
    terms = []
    for text in texts:
        for match in _TOKEN.finditer(text):
            if match["han"]:
                terms.extend(han_grams(match["han"], single_characters=True))
            else:
                terms.append(match["word"])
    return " ".join(terms)


def search_terms(query: str) -> str:
    """What the visitor typed, as space-separated terms that must all be found.

    Chinese becomes character pairs (a single character stays itself), other words are lower-cased;
    punctuation and search operators are dropped. An empty string means there is nothing to search.
    """
    terms = []
    for match in _TOKEN.finditer(query[:MAX_QUERY_LENGTH]):
        if match["han"]:
            terms.extend(han_grams(match["han"], single_characters=False))
        else:
            terms.append(match["word"].lower())
    # The same pair twice (例如 "狼疮狼疮") adds nothing but work.
    return " ".join(dict.fromkeys(terms))


def matching_ids(queryset: QuerySet, query: str) -> list[int]:
    """The primary keys of the objects in `queryset` that match `query`, best match first.

    One query to the search index, whatever the number of matches, capped at MAX_RESULTS.
    """
    terms = search_terms(query)
    if not terms:
        return []
    results = queryset.only("pk").search(terms, operator="and", order_by_relevance=True)
    return [result.pk for result in results[:MAX_RESULTS]]


def _has_han(text: str) -> bool:
    return bool(re.search(f"[{HAN_CHARACTERS}]", text))
