"""The patient's real names as a deny-list that holds nothing readable: keyed hashes only.

The consent form names the patient and, often, relatives. Their names are entered once; only an
HMAC-SHA256 of each name's normalised form (keyed with the site's secret) is kept. To scan a text,
every span that could be a name is normalised the same way and hashed: Han runs of two to four
characters, and one to three Latin words in either order, with or without spaces, tones or hyphens.
A name entered in Han characters is also hashed in pinyin (`pypinyin`), so "张伟" on the consent
form catches "Zhang Wei" in an English story.
A hash that matches is reported as the patient's real name. Without the key, the stored hashes
cannot be tested against a list of common names.
"""

import hashlib
import hmac
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pypinyin import Style, pinyin

from casepages.checks.findings import Finding
from casepages.checks.han import HAN_CHARACTERS

_HAN_RUN = re.compile(f"[{HAN_CHARACTERS}]+")
# A Latin word, tone marks included ("Zhāng", "Wěi"), and hyphenated or apostrophised names; never
# Han characters, which Chinese text runs straight into a Latin name ("复查时zhang wei回来了").
_LETTER = f"(?:(?![{HAN_CHARACTERS}])[^\\W\\d_])"
_LATIN_WORD = re.compile(f"{_LETTER}+(?:['’-]{_LETTER}+)*")
_SEPARATORS = re.compile(r"[\s'’\-·•・‧.]+")
LONGEST_HAN_NAME = 4
LONGEST_LATIN_NAME = 3


def normalise_name(name: str) -> str:
    """The form that is hashed: NFKC, tone marks and separators removed, lower case ("Zhāng Wěi" → "zhangwei")."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    without_marks = "".join(character for character in decomposed if not unicodedata.combining(character))
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", without_marks)).casefold()


def name_digest(name: str, key: str | bytes) -> str:
    """The keyed hash (HMAC-SHA256, hexadecimal) of a name's normalised form."""
    key_bytes = key.encode() if isinstance(key, str) else key
    return hmac.new(key_bytes, normalise_name(name).encode(), hashlib.sha256).hexdigest()


def name_digests(names: Iterable[str], key: str | bytes) -> list[str]:
    """Digests of each name as written, with its Latin words reversed ("Wei Zhang" for "Zhang Wei"),
    and, for a name in Han characters, of its pinyin in every reading, family name first or last
    ("张伟": "zhangwei", "weizhang"; "曾" read "zeng" and "ceng")."""
    digests = []
    for name in names:
        name = name.strip()
        if not normalise_name(name):
            continue
        words = _LATIN_WORD.findall(name)
        variants = [name, " ".join(reversed(words)) if len(words) > 1 else name]
        variants += pinyin_variants(name)
        for variant in variants:
            digest = name_digest(variant, key)
            if digest not in digests:
                digests.append(digest)
    return digests


def pinyin_variants(name: str) -> list[str]:
    """A Han name in pinyin, every reading of every character, with the family name (one or two
    characters) first and last; empty for a name that is not all Han characters."""
    characters = re.sub(r"[\s·•・‧]", "", name)
    if not characters or not _HAN_RUN.fullmatch(characters) or len(characters) > LONGEST_HAN_NAME:
        return []
    readings = pinyin(characters, style=Style.NORMAL, heteronym=True)
    # ü is written "v" by pypinyin, "yu" on passports and "u" by many: 吕 is "lv", "lyu" or "lu".
    readings = [
        sorted({spelled for reading in options for spelled in _u_umlaut_spellings(reading)}) for options in readings
    ]
    variants = []
    for spelled in itertools.product(*readings):
        variants.append("".join(spelled))
        for family_length in (1, 2):
            if family_length < len(spelled):
                variants.append("".join(spelled[family_length:] + spelled[:family_length]))
    return variants


def _u_umlaut_spellings(reading: str) -> list[str]:
    if "v" not in reading:
        return [reading]
    return [reading, reading.replace("v", "yu"), reading.replace("v", "u")]


@dataclass(frozen=True)
class RealNameList:
    """The keyed hashes of the names a text must not contain, and the key that made them."""

    digests: frozenset[str]
    key: bytes

    def find(self, text: str) -> list[Finding]:
        """Spans of `text` whose normalised form hashes to one of the digests."""
        if not self.digests:
            return []
        return [
            Finding(
                "patient_real_name",
                text[start:end],
                start,
                end,
                "This is the patient's or a relative's real name, as recorded with the consent; use the alias",
            )
            for start, end in _candidate_spans(text)
            if hmac.new(self.key, normalise_name(text[start:end]).encode(), hashlib.sha256).hexdigest() in self.digests
        ]


def _candidate_spans(text: str) -> Iterator[tuple[int, int]]:
    for run in _HAN_RUN.finditer(text):
        for start in range(run.start(), run.end()):
            for end in range(start + 2, min(start + LONGEST_HAN_NAME, run.end()) + 1):
                yield start, end
    words = list(_LATIN_WORD.finditer(text))
    for index, first in enumerate(words):
        yield first.span()
        last = first
        for following in words[index + 1 : index + LONGEST_LATIN_NAME]:
            # Only words side by side make one name: spaces, a hyphen or a dot between them.
            if not _SEPARATORS.fullmatch(text[last.end() : following.start()]):
                break
            yield first.start(), following.end()
            last = following
