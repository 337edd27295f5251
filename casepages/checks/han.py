"""Which characters count as Chinese (Han) script, for the checks that treat Chinese differently."""

import re

# The CJK Unified Ideographs, Extension A and the compatibility block, ready for a character class.
HAN_CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHARACTER = re.compile(f"[{HAN_CHARACTERS}]")


def is_han(character: str) -> bool:
    """Whether `character` (one character, or the empty string) is a Han character."""
    return bool(_HAN_CHARACTER.fullmatch(character))
