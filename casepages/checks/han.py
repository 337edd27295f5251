"""Which characters count as Chinese (Han) script, for the checks that treat Chinese differently."""

import re

# The CJK Unified Ideographs, Extension A and the compatibility block, ready for a character class.
HAN_CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHARACTER = re.compile(f"[{HAN_CHARACTERS}]")


def is_han(character: str) -> bool:
    """Whether `character` (one character, or the empty string) is a Han character."""
    return bool(_HAN_CHARACTER.fullmatch(character))


# Characters that end the name before them when they follow it: particles, prepositions and verbs of
# going ("王芳的医院", "李明回医院", "艾哈迈德在病房"). Used where a name may run on into a longer name.
CHARACTERS_AFTER_A_NAME = "的在是和与及去回到来从住转进出了看离入上下"
