#!/usr/bin/env python3
"""Generate a blind, labelled, held-out test corpus (part 21, Simplified Chinese).

The corpus imitates text that the international department of a Beijing
hospital publishes and receives: case stories, quotes from patients and their
relatives, clinicians' remarks, photo captions and alt text, timeline entries,
SEO titles and descriptions, thank-you letters, informal contact-form
messages, forwarded chat snippets, visa-invitation and discharge-summary lines
and intake forms.  Patients come from Russia, Central Asia, Mongolia, the
Middle East, South-East Asia, Africa, Europe, the Americas, Korea, Japan and
China, so the Chinese text carries names and fragments in Hanzi
transliteration, Latin, Cyrillic, Arabic, Thai, Hangul, kana and pinyin, plus
full-width digits and Chinese numerals.

Output: deid_generated_zh_heldout21.tsv with the header
``category<TAB>expected_kinds<TAB>sentence``.  ``expected_kinds`` lists kinds
in canonical order, or ``-`` for a clean sentence.  Categories starting with
``clean_`` hold no identifiers; categories ending in ``_hard`` hold
obfuscated, spelled-out, split, full-width, lower-cased or mixed-script values,
several identifiers at once, or dense families of look-alikes.

How labels are made
-------------------
Labels come only from construction.  Every slot is registered with a fixed
tuple of kinds (empty for clean slots) and a sentence's label is the union of
the kinds of the slots used to fill its template; the finished text is never
inspected.  At definition time the script asserts that ``clean_`` families use
only clean slots and that every template of any other family has at least one
identifier slot.  Surface changes (case, full width, spacing, grouping, digits
written as words or Chinese numerals) alter only how a value looks, never its
kinds.  Typo noise in contact-form messages touches only literal template
text, never slot values.  One ``random.Random(2021)`` drives everything,
only lists and insertion-ordered dicts are iterated, duplicates are skipped,
so two runs give byte-identical output.  All pools, formats and numbers are
invented; numbers are random and belong to no one.

Labelling rules (judgement calls)
---------------------------------
* Dates.  A birth date, with or without a year, Gregorian, lunar or written
  out, is date_of_birth and nothing else.  Any other day-level date in any
  calendar, script or format (ISO, dotted, slashed, compact, Chinese numerals,
  full width, Russian or English month names, Thai Buddhist-era years, Hijri
  dates, lunar days such as a 腊月 day, dates of death, visa expiry) is
  exact_date, and so is a festival tied to a year (2023年中秋节).  A month
  with a year, a bare year, ranges, seasons, quarters, weeks, festivals
  without a year, relative phrases and post-operative day counts are clean.
* Ages.  90 or more in any wording (digits, words, 岁, 周岁, 虚岁, Russian,
  "year-young", 年逾九旬, 九旬高龄, 百岁) is age_over_89.  89 and below,
  "nearly ninety", 年近九旬, 年过八旬, 90后, 九十年代, and 90 as a dose, a
  percentage, a blood pressure, minutes or days are clean.
* Phones in any national format, including numbers offered for messengers and
  the hospital's own landline with extension, written out, split or full
  width, are phone_number.  Short public numbers (120, 110, 119, 112, 911,
  999, 103, 12320, 12345, 1669) are clean.
* Messenger IDs, wxid_ strings, QQ numbers, @handles and profile links are
  social_account; crowdfunding pages, blogs, home pages and article links are
  web_address.  A name inside an address, handle or URL adds no person_name.
  The hospital's own mailboxes are still email.
* person_name covers full names, surname plus title, doctor plus surname,
  given names alone, nicknames, names in any script, ordinary words used as a
  person's name and obfuscated names.  Letter aliases (A女士, 张某, 患儿小Y,
  老K, Patient K), relations, bare titles, eponymous diseases and methods,
  herbs and people embedded in institution, street, award or place names are
  clean.
* A street with a house, building or flat number is street_address (hotels,
  rented flats and the hospital's own address included); a postcode with it
  adds postal_code and a postcode alone is postal_code.  Streets without a
  number, cities, districts, countries, buildings, floors, rooms, windows,
  wards, beds and lifts are clean.  Decimal or DMS coordinates in either order
  and plus codes are geolocation.
* The Chinese 18-character resident ID in any surface form (valid or wrong
  check digit, lower-case x, spaced, dashed, grouped, full width, partly in
  Chinese numerals) is resident_id only.  Other countries' personal numbers are
  national_id; travel passports of any country are passport_number.
* Insurance member, policy and card numbers are health_plan_number; hospital
  record, chart, inpatient and outpatient IDs are medical_record_number.  A
  clinician's licence number always sits in one slot with the clinician's
  name and carries licence_number and person_name.
* Bank accounts, IBANs and card numbers are account_number; number plates and
  VINs are vehicle_identifier; implant and device serials, IMEI, MAC and UDI
  strings are device_identifier; IPv4/IPv6 addresses in form logs are
  ip_address.  Claim, visa, ticket, booking, court, staff, student, courier,
  appointment, registration, permit, invitation, invoice, receipt, order and
  transfer references are other_number.
* Trial registry numbers, drug approval numbers, ICD/ATC codes, gene variants,
  doses, lab values, prices, batch numbers in general statements, guideline
  versions and pages, and document or software versions (even IP-shaped) are
  clean.

Usage: python3 make_deid_part21_zh.py [--stats]
"""

import os
import re
import sys
import random

RNG = random.Random(2021)
R = RNG

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89",
    "phone_number", "email", "web_address", "ip_address", "social_account",
    "street_address", "postal_code", "geolocation", "passport_number",
    "national_id", "resident_id", "medical_record_number",
    "health_plan_number", "account_number", "licence_number",
    "vehicle_identifier", "device_identifier", "other_number",
]
KIND_SET = set(KINDS)

OUT_NAME = "deid_generated_zh_heldout21.tsv"

# ---------------------------------------------------------------------------
# small helpers and surface modifiers
# ---------------------------------------------------------------------------

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
CN_DIG = "〇一二三四五六七八九"
CN_DIG_YAO = "洞幺两三四五六拐八勾"
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
RU_DIG = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
          "восемь", "девять"]


def pick(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(DIGITS) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def letters(n, alphabet=UPPER):
    return "".join(R.choice(alphabet) for _ in range(n))


def alnum(n, alphabet=UPPER + DIGITS):
    return "".join(R.choice(alphabet) for _ in range(n))


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c in DIGITS else c for c in s)


def cn_digits(s, yao=False):
    table = CN_DIG_YAO if yao else CN_DIG
    return "".join(table[int(c)] if c in DIGITS else c for c in s)


def en_digits(s, sep=" "):
    return sep.join(EN_DIG[int(c)] if c in DIGITS else c for c in s
                    if c != " ")


def ru_digits(s):
    return " ".join(RU_DIG[int(c)] for c in s if c in DIGITS)


def spaced(s):
    return " ".join(c for c in s if c != " ")


def group(s, size, sep=" "):
    s = s.replace(" ", "")
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


def letter_by_letter(name, sep="-"):
    parts = name.split(" ")
    return " ".join(sep.join(p) for p in parts)


def partial_cn(s):
    """Write the second half of the digits as Chinese numerals."""
    cut = len(s) // 2
    return s[:cut] + cn_digits(s[cut:])


def cn_number(n):
    """Chinese reading of 0..199 (enough for ages and days)."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    if n < 100:
        return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + units[rest]
    return "一百" + ("一十" + (units[rest % 10] if rest % 10 else "")
                   if rest < 20 else cn_number(rest))


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


EN_NUM_WORDS = {
    90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
    94: "ninety-four", 95: "ninety-five", 96: "ninety-six",
    97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
    100: "one hundred", 101: "one hundred and one", 102: "one hundred and two",
}
RU_AGE_WORDS = {
    90: "девяносто лет", 91: "девяносто один год", 92: "девяносто два года",
    93: "девяносто три года", 94: "девяносто четыре года",
    95: "девяносто пять лет", 96: "девяносто шесть лет",
    97: "девяносто семь лет", 98: "девяносто восемь лет",
    99: "девяносто девять лет", 100: "сто лет", 101: "сто один год",
}


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

# ---------------------------------------------------------------------------
# pools (all invented combinations)
# ---------------------------------------------------------------------------

ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
               "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁",
               "宋", "谢", "韩", "唐", "冯", "董", "萧", "程", "曹", "袁", "邓",
               "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
               "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟",
               "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹",
               "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦",
               "欧阳", "司马", "上官"]
ZH_GIVEN = ["建国", "秀英", "伟", "洋", "静", "帆", "丽娜", "志强", "晓梅", "昊",
            "婷", "悦", "俊", "丹", "海燕", "磊", "嘉欣", "峰", "远", "敏", "雪",
            "宇航", "佳", "晨", "冰", "琳", "子轩", "明", "雨桐", "浩然", "桂兰",
            "玉珍", "淑芬", "国栋", "振华", "春梅", "思远", "一鸣", "欣怡", "梓涵",
            "文博", "凤英", "德胜", "秋菊", "立新", "雅琴", "美玲", "家豪", "若曦",
            "书瑶"]
ZH_PINYIN_SUR = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu",
                 "陈": "Chen", "杨": "Yang", "赵": "Zhao", "黄": "Huang",
                 "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun", "马": "Ma",
                 "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin",
                 "高": "Gao", "罗": "Luo", "郑": "Zheng", "梁": "Liang",
                 "宋": "Song", "谢": "Xie", "韩": "Han", "唐": "Tang",
                 "冯": "Feng", "董": "Dong"}
ZH_PINYIN_GIVEN = ["Jianguo", "Xiuying", "Wei", "Yang", "Jing", "Fan", "Lina",
                   "Zhiqiang", "Xiaomei", "Hao", "Ting", "Yue", "Jun", "Dan",
                   "Haiyan", "Lei", "Jiaxin", "Feng", "Yuan", "Min", "Xue",
                   "Yuhang", "Jia", "Chen", "Bing", "Lin", "Zixuan", "Ming",
                   "Yutong", "Haoran", "Guilan", "Yuzhen", "Shufen", "Zhenhua"]

RU_NAMES_CYR = ["Анна Петрова", "Иван Смирнов", "Ольга Кузнецова",
                "Дмитрий Волков", "Наталья Соколова", "Сергей Морозов",
                "Екатерина Лебедева", "Алексей Новиков", "Мария Фёдорова",
                "Татьяна Павлова", "Виктор Орлов", "Елена Белова",
                "Михаил Зайцев", "Светлана Козлова", "Юрий Григорьев",
                "Людмила Тихонова", "Андрей Медведев", "Галина Степанова",
                "Николай Егоров", "Ирина Макарова", "Вера Никитина",
                "Павел Комаров", "Оксана Гусева", "Роман Киселёв"]
RU_NAMES_LAT = ["Anna Petrova", "Dmitry Volkov", "Olga Kuznetsova",
                "Sergei Morozov", "Natalia Sokolova", "Alexei Novikov",
                "Ekaterina Lebedeva", "Mikhail Zaitsev", "Irina Makarova",
                "Yuri Grigoriev", "Svetlana Kozlova", "Nikolai Egorov",
                "Pavel Komarov", "Oksana Guseva", "Viktor Orlov"]
RU_NAMES_HAN = ["安娜·彼得罗娃", "伊万·斯米尔诺夫", "奥莉加·库兹涅佐娃",
                "德米特里·沃尔科夫", "娜塔莉娅·索科洛娃", "谢尔盖·莫罗佐夫",
                "叶卡捷琳娜·列别杰娃", "阿列克谢·诺维科夫", "玛丽亚·费奥多罗娃",
                "塔季扬娜·帕夫洛娃", "维克多·奥尔洛夫", "斯维特兰娜·科兹洛娃",
                "尤里·格里戈里耶夫", "柳德米拉·季霍诺娃", "伊琳娜·马卡罗娃"]
CA_NAMES = ["Aigerim Nurlanova", "Yerlan Saparov", "Dilnoza Karimova",
            "Rustam Yusupov", "Farrukh Rahmonov", "Aibek Zhumabaev",
            "Gulnara Abenova", "Timur Ismailov", "Madina Tokhtarova",
            "Bakhyt Seitkali", "Nodira Usmonova", "Azamat Kasymov",
            "Айгерим Нурланова", "Ерлан Сапаров", "Шахзод Алиев",
            "Айбек Жумабаев", "Гульнара Абенова", "Мадина Тохтарова",
            "艾格丽姆·努尔兰诺娃", "叶尔兰·萨帕罗夫", "迪尔诺扎·卡里莫娃",
            "鲁斯塔姆·尤苏波夫", "阿依别克"]
MN_NAMES = ["Батбаяр Дорж", "Оюунчимэг Батсүх", "Болормаа Ганболд",
            "Тэмүүлэн Энхбаяр", "Сарнай Мөнхбат", "Batbayar Dorj",
            "Oyunchimeg Batsukh", "Bolormaa Ganbold", "Temuulen Enkhbayar",
            "Enkhjargal Tsogt", "巴特尔", "其其格", "敖日格勒", "乌云其木格",
            "巴雅尔·道尔吉"]
ME_NAMES = ["محمد العلي", "فاطمة الزهراء", "عبد الله الحربي", "ليلى حداد",
            "Ahmed Al-Mansouri", "Fatima Hassan", "Layla Haddad",
            "Omar Khalil", "Yusuf Al-Qahtani", "Reza Tehrani",
            "Mehmet Yılmaz", "Zeynep Kaya", "Noor Al-Hashimi",
            "阿卜杜拉·哈尔比", "穆罕默德·阿里", "法蒂玛", "莱拉·哈达德",
            "奥马尔·哈利勒"]
SEA_NAMES = ["สมชาย ใจดี", "มาลี ศรีสุข", "ณัฐพล วงศ์ไทย", "Somchai Jaidee",
             "Malee Srisuk", "Nguyễn Văn An", "Trần Thị Mai", "Phạm Minh Đức",
             "Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Maria Santos",
             "Jose Reyes", "Nurul Aisyah", "Tan Wei Ming", "颂猜", "玛丽",
             "阮文安", "陈氏梅", "西蒂·拉赫玛瓦蒂"]
AF_NAMES = ["Chinedu Okafor", "Amina Bello", "Kwame Mensah", "Wanjiru Kamau",
            "Tendai Moyo", "Abebe Bekele", "Fatou Diallo", "Oluwaseun Adeyemi",
            "Grace Wanjiku", "Ibrahim Musa", "奇内杜·奥卡福", "阿米娜·贝洛",
            "夸梅·门萨", "阿贝贝"]
EU_NAMES = ["Hans Müller", "Sophie Martin", "Giulia Rossi", "Lars Andersson",
            "Katarzyna Nowak", "Pierre Dubois", "Emma Schneider",
            "Jan de Vries", "Elena García", "Tomasz Kowalski", "Ingrid Larsen",
            "Marco Bianchi", "汉斯·穆勒", "索菲·马丁", "朱莉娅·罗西",
            "卡塔日娜·诺瓦克"]
AM_NAMES = ["Michael Johnson", "Emily Carter", "Carlos Mendoza", "Ana Souza",
            "João Pereira", "Sofía Ramírez", "Daniel Thompson",
            "Valentina Torres", "Jessica Brown", "Lucas Oliveira",
            "迈克尔·约翰逊", "艾米丽·卡特", "卡洛斯·门多萨", "若昂·佩雷拉"]
KR_NAMES = ["김민준", "이서연", "박지훈", "최수아", "정하윤", "Kim Min-jun",
            "Lee Seo-yeon", "Park Ji-hoon", "Choi Su-a", "金敏俊", "李瑞妍",
            "朴智勋", "崔秀雅"]
JP_NAMES = ["佐藤健太", "鈴木美咲", "田中由美", "高橋翔", "さとう けんた",
            "Sato Kenta", "Tanaka Yumi", "Suzuki Misaki", "Takahashi Sho",
            "渡辺真理子", "山本大輔"]


def zh_full():
    return pick(ZH_SURNAMES) + pick(ZH_GIVEN)


def pinyin_full():
    sur = pick(list(ZH_PINYIN_SUR.values()))
    given = pick(ZH_PINYIN_GIVEN)
    return f"{sur} {given}" if R.random() < 0.6 else f"{given} {sur}"


FOREIGN_POOLS = [RU_NAMES_CYR, RU_NAMES_LAT, RU_NAMES_HAN, CA_NAMES, MN_NAMES,
                 ME_NAMES, SEA_NAMES, AF_NAMES, EU_NAMES, AM_NAMES, KR_NAMES,
                 JP_NAMES]


def any_full_name():
    r = R.random()
    if r < 0.22:
        return zh_full()
    if r < 0.30:
        return pinyin_full()
    return pick(pick(FOREIGN_POOLS))


GIVEN_ALONE = ["安娜", "卡米拉", "Dilnoza", "Айгерим", "Olga", "明明", "思思",
               "Lei", "蕾蕾", "Madina", "Тимур", "Nodira", "Aziz", "阿依达",
               "Bolor", "Сарнай", "Layla", "Yusuf", "Somchai", "Mai", "Budi",
               "Amina", "Kwame", "Sophie", "Lars", "Emily", "Lucas", "서연",
               "Min-jun", "美咲", "Kenta", "娜塔莎", "Zarina", "Arman",
               "Gulnara", "Temuulen", "Farida", "Ayşe", "Nguyen An", "Chidi",
               "雅琴", "子轩", "Миша", "Дина", "Omar", "Siti"]
NICKNAMES = ["豆豆", "乐乐", "小雨", "阿杰", "胖胖", "妞妞", "糖糖", "果果",
             "Саша", "Маша", "Сашенька", "Машенька", "Dima", "Katya", "Kolya",
             "小安", "阿伟", "老周", "老刘", "大壮", "Bobo", "Mimi", "Lulu",
             "Nana", "Tolik", "Жаник", "Aika", "Nini", "小娜", "卡卡",
             "阿丽", "二丫", "小胖", "Tiko", "Jojo", "Oyu"]
WORD_NAMES = ["希望", "平安", "阳光", "小满", "春天", "快乐", "天天", "石头",
              "Hope", "Joy", "Lucky", "Grace", "Faith", "Sunny", "Angel",
              "Nadezhda", "Vera", "Lyubov", "Надежда", "Вера", "Umid",
              "Baraka", "Amani", "Rahma", "Hikmat", "Nur", "Blessing",
              "Precious", "Happy", "Miracle"]
TITLES_ZH_AFTER = ["先生", "女士", "阿姨", "老师", "大爷", "奶奶", "爷爷",
                   "大姐", "小姐", "师傅", "叔叔"]
FOREIGN_SURNAMES_LAT = ["Petrova", "Volkov", "Ivanova", "Smirnov", "Nurlanova",
                        "Karimova", "Dorj", "Al-Mansouri", "Haddad", "Jaidee",
                        "Okafor", "Mensah", "Müller", "Rossi", "Johnson",
                        "Mendoza", "Kim", "Park", "Tanaka", "Sato", "Yusupov",
                        "Saparov", "Bello", "Nowak", "Dubois", "Souza"]
FOREIGN_SURNAMES_HAN = ["彼得罗娃", "沃尔科夫", "伊万诺娃", "斯米尔诺夫",
                        "努尔兰诺娃", "卡里莫娃", "道尔吉", "曼苏里", "哈达德",
                        "奥卡福", "门萨", "穆勒", "罗西", "约翰逊", "门多萨",
                        "金", "朴", "田中", "佐藤", "尤苏波夫"]
FOREIGN_SURNAMES_CYR = ["Петрова", "Волков", "Иванова", "Смирнов",
                        "Нурланова", "Сапаров", "Кузнецова", "Орлов"]


def titled_name():
    r = R.random()
    if r < 0.40:
        return pick(ZH_SURNAMES[:60]) + pick(TITLES_ZH_AFTER)
    if r < 0.62:
        t = pick(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms"])
        return f"{t} {pick(FOREIGN_SURNAMES_LAT)}"
    if r < 0.80:
        return pick(FOREIGN_SURNAMES_HAN) + pick(["先生", "女士", "夫人",
                                                  "医生", "教授"])
    if r < 0.90:
        t = pick(["господин", "госпожа", "доктор"])
        return f"{t} {pick(FOREIGN_SURNAMES_CYR)}"
    return f"Dr. {pick(list(ZH_PINYIN_SUR.values()))}"


def doctor_name():
    r = R.random()
    if r < 0.35:
        return zh_full() + pick(["医生", "主任", "教授", "大夫", "护士长", ""])
    if r < 0.55:
        return pick(ZH_SURNAMES[:60]) + pick(["医生", "主任", "大夫", "教授"])
    if r < 0.75:
        return f"Dr. {pick(list(ZH_PINYIN_SUR.values()))}"
    if r < 0.90:
        return f"{pinyin_full()}, MD"
    return zh_full()


def lower_name():
    pool = RU_NAMES_LAT + [n for n in CA_NAMES + MN_NAMES + AF_NAMES +
                           EU_NAMES + AM_NAMES + SEA_NAMES
                           if re.fullmatch(r"[A-Za-z' \-]+", n)]
    r = R.random()
    if r < 0.25:
        return pinyin_full().lower()
    if r < 0.4:
        return pick(GIVEN_ALONE + NICKNAMES).lower()
    return pick(pool).lower()


def obf_name():
    r = R.random()
    latin = [n for n in RU_NAMES_LAT + CA_NAMES + EU_NAMES + AM_NAMES
             if re.fullmatch(r"[A-Za-z \-]+", n)]
    if r < 0.2:
        return letter_by_letter(pick(latin), pick(["-", ".", " "]))
    if r < 0.35:
        return spaced(zh_full())
    if r < 0.5:
        # mixed script: Cyrillic given name + Latin surname, or Hanzi + Latin
        return pick(["Анна", "Ольга", "Дмитрий", "Айгерим", "Тимур"]) + " " + \
            pick(FOREIGN_SURNAMES_LAT)
    if r < 0.6:
        return pick(["安娜", "奥莉加", "卡米拉", "迪娜"]) + " " + \
            pick(FOREIGN_SURNAMES_LAT)
    if r < 0.72:
        return pick(latin).upper()
    if r < 0.82:
        n = pick(latin)
        return n.replace("a", "@", 1) if "a" in n else n.replace("o", "0", 1)
    if r < 0.9:
        s = pick(list(ZH_PINYIN_SUR.values())).upper()
        return s + " " + pick(ZH_PINYIN_GIVEN).upper()
    return fullwidth(pick(latin))


# clean name look-alikes
ALIASES = ["A女士", "B先生", "张某", "李某某", "王某", "患儿小Y", "老K", "小Z",
           "Patient K", "Ms. A", "Mr. B", "患者M", "C女士", "患儿D",
           "Пациентка Н.", "пациент К.", "X先生", "病人甲", "患者乙", "小T",
           "Mrs. R", "某女士"]
RELATIONS = ["她的母亲", "患者的丈夫", "孩子的父亲", "他的女儿", "患者家属",
             "陪同的哥哥", "老人的孙女", "翻译", "陪诊员", "她的姐姐",
             "患儿的奶奶", "他的妻子", "随行的儿子"]
BARE_TITLES = ["主任", "护士长", "主治医生", "值班医生", "国际部协调员",
               "麻醉科医生", "康复治疗师", "药师", "营养师", "住院医师",
               "心内科主任", "首席专家", "副院长", "病区护士"]
EPONYMS = ["帕金森病", "阿尔茨海默病", "唐氏综合征", "川崎病", "霍奇金淋巴瘤",
           "克罗恩病", "桥本甲状腺炎", "吉兰-巴雷综合征", "库欣综合征",
           "马凡综合征", "Whipple手术", "Nissen胃底折叠术", "Glasgow评分",
           "Apgar评分", "Kaplan-Meier曲线", "法洛四联症", "威尔逊病",
           "Bell麻痹", "Ilizarov技术", "Ponseti疗法"]
INSTITUTIONS = ["白求恩国际和平医院", "中山大学", "中山医院", "宋庆龄基金会",
                "南丁格尔奖", "南丁格尔精神", "协和医学院", "同仁医院",
                "逸夫楼", "李嘉诚基金会", "诺贝尔奖", "白求恩奖章",
                "Sun Yat-sen University", "Mayo Clinic", "Johns Hopkins",
                "Pirogov Center", "Bumrungrad", "Karolinska"]
HERBS = ["当归", "黄芪", "党参", "枸杞", "甘草", "金银花", "连翘", "人参",
         "茯苓", "白术", "川芎", "丹参", "三七", "灵芝"]
WORDS_AS_WORDS = ["希望", "平安", "阳光", "春天", "快乐", "石头", "奇迹",
                  "信念", "恩典", "坚持"]

CITIES = ["莫斯科", "阿拉木图", "塔什干", "乌兰巴托", "迪拜", "曼谷", "河内",
          "雅加达", "拉各斯", "内罗毕", "柏林", "巴黎", "圣保罗", "首尔",
          "东京", "哈尔滨", "乌鲁木齐", "比什凯克", "杜尚别", "利雅得", "多哈",
          "开罗", "吉隆坡", "马尼拉", "伊尔库茨克", "新西伯利亚",
          "符拉迪沃斯托克", "阿斯塔纳", "撒马尔罕", "喀山", "叶卡捷琳堡",
          "额尔登特", "胡志明市", "安曼", "马德里", "墨西哥城", "釜山", "大阪",
          "Новосибирск", "Almaty", "Bangkok", "Lagos"]
COUNTRIES = ["俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "蒙古国", "阿联酋",
             "沙特阿拉伯", "泰国", "越南", "印度尼西亚", "尼日利亚", "肯尼亚",
             "德国", "法国", "美国", "巴西", "韩国", "日本", "吉尔吉斯斯坦",
             "塔吉克斯坦", "埃及", "约旦", "伊朗", "土耳其", "马来西亚",
             "菲律宾", "加纳", "埃塞俄比亚", "波兰", "意大利", "墨西哥"]
DISTRICTS = ["朝阳区", "东城区", "海淀区", "西城区", "丰台区", "顺义区",
             "通州区", "昌平区", "大兴区", "石景山区"]
ZH_STREETS = ["王府井大街", "工体北路", "建国门外大街", "东直门南大街",
              "朝阳门北大街", "亮马桥路", "三里屯路", "金宝街", "东四十条",
              "光华路", "酒仙桥路", "安定门外大街", "学院路", "中关村大街",
              "张自忠路", "中山路", "西大望路", "望京街", "北三环东路",
              "新源南路", "东三环中路", "阜成门内大街", "雍和宫大街"]
FOREIGN_STREETS = ["Тверская улица", "проспект Абая", "Sukhumvit Road",
                   "Sheikh Zayed Road", "улица Пушкина", "Peace Avenue",
                   "Friedrichstraße", "Avenida Paulista", "테헤란로",
                   "Adeola Odeku Street", "проспект Ленина", "Amir Temur ko'chasi",
                   "Rue de Rivoli", "Orchard Road"]
HOSPITAL_SPOTS = ["门诊楼三层", "国际医疗部二层", "住院部B座", "7号电梯",
                  "12号床", "308病房", "5号窗口", "急诊大厅", "影像科候诊区",
                  "2号楼西侧入口", "VIP病区", "心外科监护室", "15层东病区",
                  "地下一层停车场", "门诊楼北门", "3号诊室", "医技楼四层",
                  "住院部1号楼6层", "CCU", "日间手术中心", "收费处8号窗口",
                  "A区21床", "国际部前台", "儿科病房", "B1食堂"]
HOTELS = ["金宝街丽晶酒店", "长城饭店", "北京国际饭店", "亮马河大厦",
          "王府半岛公寓", "昆仑饭店", "京伦饭店", "燕莎公寓", "嘉里中心酒店",
          "和乔大厦公寓"]
HOSPITAL_EMAIL_DOMAIN = "jinghua-intl-hosp.cn"
EMAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "outlook.com", "qq.com",
                 "163.com", "126.com", "yahoo.co.jp", "naver.com",
                 "hotmail.com", "bk.ru", "list.ru", "inbox.kz", "mail.uz",
                 "gmail.com", "icloud.com", "yahoo.com", "web.de", "orange.fr",
                 "uol.com.br", "sina.com", "rambler.ru"]
HANDLE_BASES = ["anna_spb", "dima.volkov", "aigerim.n", "dilnoza_k", "batbayar",
                "oyuka", "layla.h", "somchai.j", "mai_tran", "chinedu.o",
                "kwame_m", "hans.mueller", "giulia.r", "em.carter", "carlos_m",
                "minjun.kim", "kenta.sato", "wangjg", "lixiuying", "zhang.wei",
                "liuyang", "olga_kzn", "rustam_uz", "farrukh", "timur_ala",
                "natasha_nsk", "mama_sasha", "doudou_mama", "sunny_mn",
                "yusuf.q", "reza_t", "nguyenan", "budi.s", "amina_b", "lars.a"]
# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня",
                 "июля", "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
             "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
             "พฤศจิกายน", "ธันวาคม"]
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani",
                "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban",
                "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]
LUNAR_MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
                "九月", "十月", "冬月", "腊月"]
LUNAR_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八",
              "初九", "初十", "十一", "十二", "十三", "十四", "十五", "十六",
              "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四",
              "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]
GANZHI_YEARS = ["甲辰年", "癸卯年", "壬寅年", "辛丑年", "庚子年", "乙巳年"]


def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, MDAYS[m - 1])
    return y, m, d


def cn_md(m, d):
    return f"{cn_number(m)}月{cn_number(d)}日"


def fmt_date(y, m, d, style):
    if style == "zh":
        return f"{y}年{m}月{d}日"
    if style == "zh0":
        return f"{y}年{m:02d}月{d:02d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "cnnum":
        return f"{cn_year(y)}年{cn_md(m, d)}"
    if style == "fw":
        return fw_digits(f"{y}年{m}月{d}日")
    if style == "ru":
        return f"{d} {RU_MONTHS_GEN[m - 1]} {y} г."
    if style == "en":
        return f"{EN_MONTHS[m - 1]} {d}, {y}"
    if style == "en_dmy":
        return f"{d} {EN_MONTHS[m - 1][:3]} {y}"
    if style == "th":
        return f"{d} {TH_MONTHS[m - 1]} {y + 543}"
    if style == "be":
        return f"พ.ศ. {y + 543} วันที่ {d} {TH_MONTHS[m - 1]}"
    raise ValueError(style)


PLAIN_DATE_STYLES = ["zh", "zh", "zh", "iso", "iso", "dot", "dmy_dot", "slash",
                     "compact", "zh0", "ru", "en", "en_dmy", "dmy_slash"]
HARD_DATE_STYLES = ["cnnum", "fw", "th", "be", "ru", "compact"]


def hijri_date():
    d = R.randint(1, 29)
    return pick([f"{d} {pick(HIJRI_MONTHS)} {R.randint(1440, 1446)} AH",
                 f"伊斯兰历{R.randint(1440, 1446)}年{pick(HIJRI_MONTHS)}月{d}日"])


def lunar_date(with_year):
    s = "农历" if R.random() < 0.7 else ""
    if with_year:
        y = pick([f"{R.randint(2018, 2025)}年", pick(GANZHI_YEARS)])
        return f"{s}{y}{pick(LUNAR_MONTHS)}{pick(LUNAR_DAYS)}"
    return f"{s}{pick(LUNAR_MONTHS)}{pick(LUNAR_DAYS)}"


FESTIVALS_ZH = ["春节", "中秋节", "元宵节", "端午节", "国庆节", "开斋节",
                "古尔邦节", "纳吾肉孜节", "查干萨日", "宋干节", "圣诞节"]
FESTIVALS_EN = ["Spring Festival", "Navruz", "Eid al-Fitr", "Tsagaan Sar",
                "Songkran", "Christmas", "Chuseok", "Mid-Autumn Festival"]


def festival_with_year():
    y = R.randint(2016, 2025)
    r = R.random()
    if r < 0.55:
        return f"{y}年{pick(FESTIVALS_ZH)}"
    if r < 0.85:
        return f"{pick(FESTIVALS_EN)} {y}"
    return f"{cn_year(y)}年{pick(FESTIVALS_ZH)}"


def gen_date():
    y, m, d = rand_ymd(2015, 2025)
    r = R.random()
    if r < 0.86:
        return fmt_date(y, m, d, pick(PLAIN_DATE_STYLES))
    if r < 0.93:
        return lunar_date(R.random() < 0.5)
    return festival_with_year()


def gen_date_hard():
    y, m, d = rand_ymd(2015, 2025)
    r = R.random()
    if r < 0.45:
        return fmt_date(y, m, d, pick(HARD_DATE_STYLES))
    if r < 0.58:
        return hijri_date()
    if r < 0.72:
        return lunar_date(R.random() < 0.5)
    if r < 0.82:
        return festival_with_year()
    if r < 0.9:
        return spaced(fmt_date(y, m, d, "iso"))
    return f"{EN_MONTHS[m - 1].lower()} {d} {y}"


def gen_dob(hard=False, y0=1928, y1=2022):
    y, m, d = rand_ymd(y0, y1)
    r = R.random()
    if not hard:
        if r < 0.82:
            return fmt_date(y, m, d, pick(["zh", "zh", "iso", "dmy_dot",
                                           "slash", "compact", "ru", "en",
                                           "dot", "zh0"]))
        if r < 0.92:
            return f"{m}月{d}日"
        return f"{d} {RU_MONTHS_GEN[m - 1]}"
    if r < 0.3:
        return fmt_date(y, m, d, pick(["cnnum", "fw", "th", "be"]))
    if r < 0.5:
        return lunar_date(R.random() < 0.5)
    if r < 0.62:
        return cn_md(m, d)
    if r < 0.75:
        return f"{EN_MONTHS[m - 1].lower()} {d}"
    if r < 0.87:
        return spaced(fmt_date(y, m, d, "dmy_dot"))
    return f"{cn_year(y)}年{m}月{d}号"


def gen_age90():
    n = R.randint(90, 104)
    r = R.random()
    if r < 0.35:
        return f"{n}岁"
    if r < 0.55:
        return f"{cn_number(n)}岁"
    if r < 0.7:
        return f"{n}周岁"
    if r < 0.8:
        return f"虚岁{cn_number(n)}"
    if r < 0.9:
        return fw_digits(f"{n}") + "岁"
    return f"{n}足岁"


def gen_age90_phrase():
    return pick(["年逾九旬", "九旬高龄", "百岁", "百岁高龄", "年过九旬",
                 "九十有余", "期颐之年", "九十多岁", "鲐背之年", "年届百岁"])


# ----- phones -----
CN_MOBILE_PREFIX = ["133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "158", "159", "177", "180", "182", "186", "187",
                    "188", "189", "199", "198", "166", "173"]


def cn_mobile_raw():
    return pick(CN_MOBILE_PREFIX) + digits(8)


def gen_phone():
    r = R.random()
    if r < 0.28:
        m = cn_mobile_raw()
        return pick([m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}",
                     f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"+86-{m}",
                     f"(+86){m}"])
    if r < 0.38:
        a, b = digits(4, True), digits(4)
        ext = digits(4, True)
        return pick([f"010-{a}{b}", f"010-{a} {b}", f"(010) {a}{b} 转 {ext}",
                     f"+86 10 {a} {b} ext. {ext}", f"010-{a}-{b}转{ext}"])
    c = R.random()
    if c < 0.12:
        return f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}"
    if c < 0.2:
        return f"8 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}"
    if c < 0.27:
        return f"+7 70{R.randint(0, 8)} {digits(3)} {digits(2)} {digits(2)}"
    if c < 0.34:
        return f"+998 9{R.randint(0, 9)} {digits(3)} {digits(2)} {digits(2)}"
    if c < 0.4:
        return f"+976 {pick(['88', '99', '95', '91'])}{digits(2)} {digits(4)}"
    if c < 0.46:
        return f"+971 5{pick('024568')} {digits(3)} {digits(4)}"
    if c < 0.5:
        return f"+966 5{digits(1)} {digits(3)} {digits(4)}"
    if c < 0.55:
        return f"+66 8{digits(1)} {digits(3)} {digits(4)}"
    if c < 0.6:
        return f"+84 9{digits(2)} {digits(3)} {digits(3)}"
    if c < 0.64:
        return f"+62 812-{digits(4)}-{digits(4)}"
    if c < 0.69:
        return f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4)}"
    if c < 0.73:
        return f"+254 7{digits(2)} {digits(6)}"
    if c < 0.77:
        return f"+44 7{digits(3)} {digits(6)}"
    if c < 0.81:
        return f"+49 15{digits(1)} {digits(8)}"
    if c < 0.85:
        return f"+1 ({digits(3, True)}) {digits(3, True)}-{digits(4)}"
    if c < 0.89:
        return f"+55 11 9{digits(4)}-{digits(4)}"
    if c < 0.94:
        return f"+82 10-{digits(4)}-{digits(4)}"
    if c < 0.97:
        return f"+81 90-{digits(4)}-{digits(4)}"
    return f"+996 {pick(['555', '700', '772'])} {digits(3)} {digits(3)}"


def gen_phone_hard():
    r = R.random()
    m = cn_mobile_raw()
    if r < 0.18:
        return cn_digits(m, yao=R.random() < 0.5)
    if r < 0.3:
        return fullwidth(f"{m[:3]} {m[3:7]} {m[7:]}")
    if r < 0.4:
        return spaced(m)
    if r < 0.5:
        return f"{m[:3]}……{m[3:7]}……{m[7:]}"
    if r < 0.6:
        return en_digits("+7 9" + digits(9)).replace("+", "plus ")
    if r < 0.68:
        return f"+7 9{digits(2)} {ru_digits(digits(7))}"
    if r < 0.76:
        return fullwidth(gen_phone())
    if r < 0.84:
        return f"{m[:3]} / {m[3:7]} / {m[7:]}"
    if r < 0.92:
        return f"{m[:7]}（后四位{cn_digits(m[7:])}）"
    return "+" + "-".join(group(gen_phone().replace("+", "").replace(
        "-", "").replace("(", "").replace(")", ""), 2).split(" "))


PUBLIC_NUMBERS = ["120", "110", "119", "112", "911", "999", "103", "12320",
                  "12345", "1669"]


# ----- email / web / social -----
def email_local():
    base = pick(HANDLE_BASES)
    r = R.random()
    if r < 0.4:
        return base + digits(R.randint(1, 4))
    if r < 0.6:
        return base.replace(".", "_")
    return base


def gen_email():
    if R.random() < 0.12:
        return pick(["intl", "international", "visa", "info", "ipd",
                     "russian.desk", "arabic.desk", "feedback", "appointment"]
                    ) + "@" + HOSPITAL_EMAIL_DOMAIN
    if R.random() < 0.15:
        return digits(R.randint(8, 10), True) + "@qq.com"
    return f"{email_local()}@{pick(EMAIL_DOMAINS)}"


def gen_email_hard():
    local = email_local()
    dom = pick(EMAIL_DOMAINS)
    name, tld = dom.rsplit(".", 1)
    r = R.random()
    if r < 0.2:
        return f"{local} [at] {name} [dot] {tld}"
    if r < 0.35:
        return f"{local}(at){dom}"
    if r < 0.5:
        return f"{local}艾特{name}点{tld}"
    if r < 0.62:
        return fullwidth(f"{local}@{dom}")
    if r < 0.72:
        return f"{local} @ {dom}"
    if r < 0.82:
        return f"{local} собака {dom}"
    if r < 0.9:
        return f"{local.upper()}@{dom.upper()}"
    return f"{local} at {name} dot {tld}"


SLUG_WORDS = ["help", "save", "support", "for", "little", "heart", "liver",
              "surgery", "treatment", "in", "china", "beijing", "fight",
              "leukemia", "hope", "family", "mama", "papa", "kidney"]


def slug():
    return "-".join(pick(SLUG_WORDS) for _ in range(R.randint(2, 4))) + \
        "-" + digits(R.randint(2, 4))


def web_fund():
    r = R.random()
    if r < 0.35:
        return f"https://www.gofundme.com/f/{slug()}"
    if r < 0.55:
        return f"https://www.shuidichou.com/raise/{alnum(10, LOWER + DIGITS)}"
    if r < 0.7:
        return f"qschou.com/project/{digits(8)}"
    if r < 0.85:
        return f"https://www.blagotvoritelnost.ru/sbor/{digits(5)}"
    return f"www.{pick(['milaserdie', 'podari-zhizn', 'umid-fond', 'taiyangmiao'])}.org/{slug()}"


def web_blog():
    h = pick(HANDLE_BASES)
    r = R.random()
    if r < 0.35:
        return f"https://{h.replace('.', '-').replace('_', '-')}.livejournal.com"
    if r < 0.7:
        return f"https://{h.replace('.', '').replace('_', '')}.blogspot.com/{R.randint(2018, 2025)}/{R.randint(1, 12):02d}/{slug()}.html"
    return f"http://www.{h.replace('.', '').replace('_', '')}.me"


def web_article():
    if R.random() < 0.55:
        return f"https://www.{HOSPITAL_EMAIL_DOMAIN}/news/{R.randint(2019, 2025)}/{digits(4)}.html"
    return f"https://mp.weixin.qq.com/s/{alnum(22, UPPER + LOWER + DIGITS)}"


def gen_web():
    r = R.random()
    if r < 0.45:
        return web_fund()
    if r < 0.75:
        return web_blog()
    return web_article()


def gen_web_hard():
    w = gen_web()
    r = R.random()
    if r < 0.25:
        return w.replace("https://", "").replace(".", "点").replace("/", "斜杠")
    if r < 0.45:
        return fullwidth(w)
    if r < 0.6:
        return w.replace(".", " . ").replace("://", " :// ")
    if r < 0.75:
        return w.replace("https://", "hxxps://").replace(".", "[.]")
    if r < 0.88:
        return w.replace(".", " dot ").replace("/", " slash ").replace(
            "https: slash  slash ", "")
    return w.upper()


def gen_social():
    h = pick(HANDLE_BASES) + (digits(R.randint(1, 3)) if R.random() < 0.5 else "")
    r = R.random()
    if r < 0.18:
        return f"微信号：{h.replace('.', '_')}"
    if r < 0.3:
        return f"wxid_{alnum(14, LOWER + DIGITS)}"
    if r < 0.42:
        return f"QQ：{digits(R.randint(8, 10), True)}"
    if r < 0.55:
        return f"@{h.replace('.', '_')}"
    if r < 0.63:
        return f"t.me/{h.replace('.', '_')}"
    if r < 0.7:
        return f"https://www.instagram.com/{h}/"
    if r < 0.77:
        return f"vk.com/id{digits(9, True)}"
    if r < 0.84:
        return f"weibo.com/u/{digits(10, True)}"
    if r < 0.9:
        return f"抖音号：{h.replace('.', '')}"
    if r < 0.95:
        return f"facebook.com/{h}"
    return f"LINE ID: {h}"


def gen_social_hard():
    h = pick(HANDLE_BASES).replace(".", "_") + digits(R.randint(0, 3))
    r = R.random()
    if r < 0.18:
        return f"V信 {h}"
    if r < 0.3:
        return f"vx：{spaced(h)}"
    if r < 0.42:
        return f"扣扣{cn_digits(digits(9, True))}"
    if r < 0.54:
        return f"薇❤：{h}"
    if r < 0.66:
        return fullwidth(f"@{h}")
    if r < 0.76:
        return f"телега @{h}"
    if r < 0.86:
        return f"wx id: WXID_{alnum(12, UPPER + DIGITS)}"
    return f"инста {h.upper()}"


# ----- ip -----
IP_FIRST = [36, 39, 42, 58, 59, 60, 61, 101, 106, 111, 112, 113, 114, 115, 116,
            117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183,
            185, 188, 5, 31, 37, 46, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87,
            88, 89, 91, 92, 93, 94, 95, 176, 178, 212, 213, 217, 2, 41, 102]


def ipv4():
    return f"{pick(IP_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    head = pick(["2408:8207", "240e:3b4", "2409:8a00", "2a02:6b8", "2001:4860",
                 "2a00:1450", "2405:204", "2c0f:fb50"])
    groups = [f"{R.randint(0, 65535):x}" for _ in range(R.randint(2, 5))]
    if R.random() < 0.5:
        return head + ":" + ":".join(groups) + "::" + f"{R.randint(1, 4095):x}"
    return head + ":" + ":".join(groups)


def gen_ip():
    return ipv4() if R.random() < 0.72 else ipv6()


def gen_ip_hard():
    ip = ipv4()
    r = R.random()
    if r < 0.25:
        return fullwidth(ip)
    if r < 0.45:
        return ip.replace(".", " . ")
    if r < 0.6:
        return ip.replace(".", "点")
    if r < 0.75:
        return ipv6().upper()
    if r < 0.88:
        return ip.replace(".", "[.]")
    return cn_digits(ip)


# ----- addresses -----
def zh_street_addr():
    street = pick(ZH_STREETS)
    n = R.randint(1, 188)
    r = R.random()
    if r < 0.3:
        return (f"{pick(DISTRICTS)}{street}{n}号院{R.randint(1, 12)}号楼"
                f"{R.randint(1, 6)}单元{R.randint(1, 28)}{R.randint(1, 4):02d}室")
    if r < 0.5:
        return f"北京市{pick(DISTRICTS)}{street}{n}号"
    if r < 0.65:
        return f"{street}{n}号{pick(HOTELS)}{R.randint(3, 25)}{R.randint(1, 40):02d}房间"
    if r < 0.8:
        return f"{pick(DISTRICTS)}{street}{n}号{R.randint(1, 30)}层{R.randint(1, 20):02d}号"
    return f"{street}{cn_number(n)}号{pick(['甲', '乙', ''])}{R.randint(1, 9)}号楼{R.randint(101, 2508)}"


def foreign_street_addr():
    r = R.random()
    if r < 0.16:
        return (f"г. {pick(['Москва', 'Новосибирск', 'Казань', 'Иркутск'])}, "
                f"ул. {pick(['Тверская', 'Ленина', 'Пушкина', 'Гагарина', 'Мира'])}, "
                f"д. {R.randint(1, 140)}, кв. {R.randint(1, 300)}")
    if r < 0.28:
        return f"Алматы, пр. Абая, {R.randint(1, 250)}, кв. {R.randint(1, 120)}"
    if r < 0.38:
        return f"Toshkent, Amir Temur ko'chasi {R.randint(1, 120)}-uy, {R.randint(1, 90)}-xonadon"
    if r < 0.46:
        return f"Ulaanbaatar, Bayanzurkh, {R.randint(1, 30)}-r khoroo, Peace Avenue {R.randint(1, 99)}, apt {R.randint(1, 80)}"
    if r < 0.54:
        return f"Villa {R.randint(1, 99)}, Street {R.randint(1, 40)}, Al Barsha {R.randint(1, 3)}, Dubai"
    if r < 0.62:
        return f"{R.randint(1, 199)}/{R.randint(1, 60)} Sukhumvit Soi {R.randint(1, 71)}, Bangkok"
    if r < 0.68:
        return f"số {R.randint(1, 120)} phố Hàng Bài, Hà Nội"
    if r < 0.74:
        return f"{R.randint(1, 90)} Adeola Odeku Street, Victoria Island, Lagos"
    if r < 0.8:
        return f"Friedrichstraße {R.randint(1, 200)}, Wohnung {R.randint(1, 30)}, Berlin"
    if r < 0.86:
        return f"{R.randint(100, 9999)} {pick(['Maple', 'Oak', 'Cedar', 'Elm'])} Avenue, Apt {R.randint(1, 30)}{pick('ABCD')}"
    if r < 0.93:
        return f"서울시 강남구 테헤란로 {R.randint(1, 500)}, {R.randint(101, 1502)}호"
    return f"東京都港区六本木{R.randint(1, 7)}-{R.randint(1, 20)}-{R.randint(1, 15)}"


def gen_street():
    return zh_street_addr() if R.random() < 0.55 else foreign_street_addr()


def hospital_addr():
    return f"北京市{pick(['东城区', '朝阳区'])}{pick(['金宝街', '东直门南大街', '新源南路', '光华路'])}{R.randint(1, 99)}号"


def zh_postcode():
    return "1" + pick("0123456789") + digits(4)


def bj_postcode():
    return "10" + pick("0012") + digits(3)


def gen_postcode_plain():
    r = R.random()
    if r < 0.35:
        return zh_postcode()
    if r < 0.5:
        return pick(["0", "1", "6"]) + digits(5)
    if r < 0.6:
        return "050" + digits(3)
    if r < 0.66:
        return "100" + digits(3)
    if r < 0.74:
        return digits(5, True)
    if r < 0.8:
        return f"{pick(['SE', 'NW', 'EC', 'M', 'B'])}{R.randint(1, 20)} {R.randint(1, 9)}{letters(2)}"
    if r < 0.86:
        return f"{digits(3, True)}-{digits(4)}"
    if r < 0.92:
        return digits(5, True)
    return f"{digits(2, True)}-{digits(3)}"


def gen_postcode():
    r = R.random()
    p = gen_postcode_plain()
    if r < 0.35:
        return f"邮编{zh_postcode()}"
    if r < 0.5:
        return f"邮政编码：{zh_postcode()}"
    if r < 0.62:
        return f"индекс {pick(['1', '6', '0'])}{digits(5)}"
    if r < 0.72:
        return f"ZIP {digits(5, True)}"
    if r < 0.8:
        return f"PLZ {digits(5, True)}"
    if r < 0.86:
        return f"〒{digits(3, True)}-{digits(4)}"
    if r < 0.92:
        return f"우편번호 {digits(5)}"
    return f"postcode {p}"


def gen_addr_post():
    r = R.random()
    if r < 0.4:
        return f"北京市{pick(DISTRICTS)}{pick(ZH_STREETS)}{R.randint(1, 188)}号{R.randint(1, 20)}号楼{R.randint(101, 2306)}室，邮编{bj_postcode()}"
    if r < 0.6:
        return f"{pick(['1', '6'])}{digits(5)}, г. {pick(['Москва', 'Новосибирск', 'Екатеринбург'])}, ул. {pick(['Мира', 'Ленина', 'Садовая'])}, д. {R.randint(1, 90)}, кв. {R.randint(1, 200)}"
    if r < 0.72:
        return f"050{digits(3)}, Алматы, ул. Толе би, {R.randint(1, 300)}, кв. {R.randint(1, 99)}"
    if r < 0.82:
        return f"{R.randint(10, 9999)} {pick(['Pine', 'Birch', 'Lake'])} Street, Apt {R.randint(1, 20)}, Brooklyn, NY {pick(['112', '113'])}{digits(2)}"
    if r < 0.9:
        return f"Torstraße {R.randint(1, 180)}, {pick(['10115', '10119', '10178'])} Berlin"
    return f"〒{digits(3, True)}-{digits(4)} 大阪府大阪市北区梅田{R.randint(1, 3)}-{R.randint(1, 20)}-{R.randint(1, 30)}"


def gen_street_hard():
    r = R.random()
    if r < 0.25:
        return f"{pick(ZH_STREETS)}{cn_number(R.randint(1, 99))}号{cn_number(R.randint(1, 19))}号楼{cn_digits(str(R.randint(101, 1808)))}"
    if r < 0.45:
        return fullwidth(f"{pick(ZH_STREETS)}{R.randint(1, 188)}号{R.randint(1, 9)}单元{R.randint(101, 1204)}")
    if r < 0.6:
        return f"ul. tverskaya d.{R.randint(1, 40)} kv.{R.randint(1, 200)}"
    if r < 0.72:
        return f"{pick(ZH_STREETS)}  {R.randint(1, 188)} 号  {R.randint(1, 12)} 号 楼"
    if r < 0.84:
        return f"{pick(HOTELS)}（{pick(ZH_STREETS)}{R.randint(1, 99)}号）{R.randint(1, 25)}{R.randint(1, 30):02d}房"
    return f"пр. абая {R.randint(1, 200)} кв {R.randint(1, 99)}"


# ----- geolocation -----
def dms(v, pos, neg, style):
    h = pos if v >= 0 else neg
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, 1)
    if style == 0:
        return f"{d}°{m}'{s}\"{h}"
    return f"{d}°{m}′{s}″{h}"


PLUS_ALPHA = "23456789CFGHJMPQRVWX"


def plus_code(full=True):
    if full:
        return (pick("6789") + pick("CFGHJMPQRV") + alnum(6, PLUS_ALPHA) +
                "+" + alnum(2, PLUS_ALPHA))
    return alnum(4, PLUS_ALPHA) + "+" + alnum(2, PLUS_ALPHA)


def gen_geo():
    lat = round(R.uniform(-35, 60), 5)
    lon = round(R.uniform(-80, 140), 5)
    if R.random() < 0.45:
        lat = round(R.uniform(39.80, 40.05), 5)
        lon = round(R.uniform(116.20, 116.60), 5)
    r = R.random()
    if r < 0.35:
        return f"{lat:.{R.randint(4, 6)}f}, {lon:.{R.randint(4, 6)}f}"
    if r < 0.45:
        return f"{lon:.5f}, {lat:.5f}"
    if r < 0.6:
        return f"{dms(lat, 'N', 'S', 0)} {dms(lon, 'E', 'W', 0)}"
    if r < 0.7:
        return f"北纬{abs(lat):.4f}°，东经{abs(lon):.4f}°"
    if r < 0.8:
        return f"N{abs(lat):.4f} E{abs(lon):.4f}"
    if r < 0.9:
        return plus_code(True)
    return plus_code(False) + " Beijing"


def gen_geo_hard():
    lat = round(R.uniform(39.80, 40.05), 5)
    lon = round(R.uniform(116.20, 116.60), 5)
    r = R.random()
    if r < 0.25:
        return fullwidth(f"{lat}, {lon}")
    if r < 0.45:
        return f"{dms(lon, 'E', 'W', 1)}, {dms(lat, 'N', 'S', 1)}"
    if r < 0.6:
        return f"lat {lat} lng {lon}"
    if r < 0.75:
        return f"纬度{lat}，经度{lon}"
    if r < 0.88:
        return f"{lat} / {lon}"
    return plus_code(True).lower()


# ----- passports and ids -----
def gen_passport():
    r = R.random()
    if r < 0.16:
        return f"{R.randint(10, 99)} {digits(7)}"          # RU foreign
    if r < 0.26:
        return pick(["E", "EA", "EB", "EC", "EH", "G"]) + digits(8 if R.random() < 0.5 else 7)
    if r < 0.34:
        return "N" + digits(8)                              # KZ
    if r < 0.42:
        return pick(["AA", "AB", "FA", "AD"]) + digits(7)   # UZ
    if r < 0.48:
        return "E" + digits(7)                              # MN
    if r < 0.54:
        return digits(9, True)                              # US
    if r < 0.6:
        return pick(["C", "F", "G", "H"]) + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if r < 0.66:
        return "M" + digits(8)                              # KR
    if r < 0.71:
        return pick(["TK", "TR", "MU"]) + digits(7)         # JP
    if r < 0.76:
        return pick(["AA", "AB"]) + digits(7)               # TH
    if r < 0.81:
        return pick(["C", "B"]) + digits(7)                 # VN/ID
    if r < 0.86:
        return "A" + digits(8)                              # NG
    if r < 0.91:
        return pick(["AK", "AC"]) + digits(7)               # KG
    if r < 0.96:
        return letters(2) + digits(6)                       # EU
    return "P" + letters(3) + digits(6)


def gen_passport_hard():
    p = gen_passport()
    r = R.random()
    if r < 0.25:
        return spaced(p)
    if r < 0.45:
        return fullwidth(p)
    if r < 0.6:
        return p.lower()
    if r < 0.75:
        return partial_cn(p.replace(" ", ""))
    if r < 0.88:
        return "-".join(group(p, 3).split(" "))
    return f"№ {p}"


def gen_natid():
    r = R.random()
    y, m, d = rand_ymd(1940, 2015)
    yy = f"{y % 100:02d}{m:02d}{d:02d}"
    if r < 0.1:
        return f"IIN {yy}{pick('3456')}{digits(5)}"
    if r < 0.18:
        return f"ИИН {yy}{digits(6)}"
    if r < 0.26:
        return f"ПИНФЛ {digits(14, True)}"
    if r < 0.33:
        return f"СНИЛС {digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"
    if r < 0.39:
        return f"ИНН {digits(12, True)}"
    if r < 0.46:
        return f"регистрийн дугаар {pick(['УБ', 'ДА', 'ЧЕ', 'УЕ'])}{yy}{digits(2)}"
    if r < 0.52:
        return f"Emirates ID 784-{y}-{digits(7)}-{digits(1)}"
    if r < 0.58:
        return f"주민등록번호 {yy}-{pick('1234')}{digits(6)}"
    if r < 0.63:
        return f"NIK {digits(16, True)}"
    if r < 0.68:
        return f"NIN {digits(11, True)}"
    if r < 0.73:
        return f"SSN {digits(3, True)}-{digits(2)}-{digits(4)}"
    if r < 0.78:
        return f"CPF {digits(3)}.{digits(3)}.{digits(3)}-{digits(2)}"
    if r < 0.82:
        return f"PESEL {yy}{digits(5)}"
    if r < 0.86:
        return f"CCCD {digits(12)}"
    if r < 0.9:
        return f"MyKad {yy}-{digits(2)}-{digits(4)}"
    if r < 0.93:
        return f"マイナンバー {digits(4)} {digits(4)} {digits(4)}"
    if r < 0.96:
        return f"เลขประจำตัวประชาชน {digits(1, True)}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}"
    return f"Ghana Card GHA-{digits(9)}-{digits(1)}"


def gen_natid_hard():
    s = gen_natid()
    r = R.random()
    if r < 0.25:
        return fullwidth(s)
    if r < 0.45:
        return s.lower()
    if r < 0.65:
        head, num = s.split(" ", 1) if " " in s else ("", s)
        return head + " " + spaced(num)
    if r < 0.8:
        return partial_cn(s)
    return re.sub(r" (?=\d)", "：", s, count=1)


RID_REGIONS = ["110101", "110105", "110108", "110102", "310104", "440106",
               "510107", "650102", "150102", "230103", "220104", "370202",
               "420106", "630104", "530102", "130102", "640104", "210102"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RID_MAP = "10X98765432"


def rid_raw():
    y, m, d = rand_ymd(1935, 2020)
    body = f"{pick(RID_REGIONS)}{y}{m:02d}{d:02d}{digits(3)}"
    check = RID_MAP[sum(int(c) * w for c, w in zip(body, RID_W)) % 11]
    if R.random() < 0.2:
        check = pick([c for c in "0123456789X" if c != check])
    return body + check


def gen_rid():
    s = rid_raw()
    r = R.random()
    if r < 0.7:
        return s
    if r < 0.8:
        return s.lower()
    if r < 0.9:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    return f"{s[:6]}-{s[6:14]}-{s[14:]}"


def gen_rid_hard():
    s = rid_raw()
    if "X" not in s and R.random() < 0.3:
        s = s[:-1] + "X"
    r = R.random()
    if r < 0.2:
        return fullwidth(s)
    if r < 0.35:
        return group(s, 4)
    if r < 0.5:
        return spaced(s).lower()
    if r < 0.65:
        return s[:10] + cn_digits(s[10:])
    if r < 0.78:
        return cn_digits(s)
    if r < 0.88:
        return f"{s[:6]}-{s[6:10]}-{s[10:14]}-{s[14:]}"
    return f"{s[:6]}（{s[6:14]}）{s[14:]}"


# ----- hospital and insurance numbers -----
def gen_mrn():
    r = R.random()
    if r < 0.2:
        return f"JH{R.randint(19, 25)}{digits(6)}"
    if r < 0.35:
        return f"ZY{R.randint(2019, 2025)}{digits(5)}"
    if r < 0.5:
        return f"MZ-{digits(7)}"
    if r < 0.62:
        return digits(R.randint(7, 10), True)
    if r < 0.72:
        return f"IPD-{digits(6)}"
    if r < 0.8:
        return f"{R.randint(2019, 2025)}-{digits(6)}"
    if r < 0.88:
        return f"GJ{digits(8)}"
    if r < 0.94:
        return f"IMC{digits(5)}-{digits(2)}"
    return f"{letters(1)}{digits(9)}"


def gen_mrn_hard():
    m = gen_mrn()
    if R.random() < 0.2:
        return group(m.replace("-", ""), 3, "-")
    r = R.random()
    if r < 0.3:
        return fullwidth(m)
    if r < 0.55:
        return spaced(m)
    if r < 0.75:
        return cn_digits(m)
    if r < 0.9:
        return m.lower()
    return group(m, 3, " ")


def gen_health():
    r = R.random()
    if r < 0.16:
        return f"полис ОМС {digits(4)} {digits(4)} {digits(4)} {digits(4)}"
    if r < 0.26:
        return f"полис ДМС № {digits(3)}-{digits(6)}/{R.randint(19, 25)}"
    if r < 0.38:
        return f"医保卡号 {pick(['1101', '1201', '3101'])}{digits(2)}{digits(10)}"
    if r < 0.46:
        return f"医保个人编号 {digits(10, True)}"
    if r < 0.54:
        return f"Cigna member ID U{digits(8)} {digits(2)}"
    if r < 0.62:
        return f"Allianz Care policy {digits(9, True)}"
    if r < 0.69:
        return f"AXA保单号 {letters(3)}-{digits(7)}"
    if r < 0.75:
        return f"Bupa membership {digits(8, True)}"
    if r < 0.81:
        return f"Daman card {digits(1)}-{digits(3)}-{digits(8)}-{digits(2)}"
    if r < 0.86:
        return f"건강보험증 번호 {digits(1, True)}-{digits(10)}"
    if r < 0.9:
        return f"GeoBlue member {letters(3)}{digits(9)}"
    if r < 0.95:
        return f"商业保险卡号 {digits(4)} {digits(4)} {digits(4)} {digits(4)}"
    return f"MSH policy {letters(2)}{digits(8)}"


def gen_health_hard():
    h = gen_health()
    r = R.random()
    if r < 0.3:
        return fullwidth(h)
    if r < 0.55:
        return h.lower()
    if r < 0.8:
        return partial_cn(h)
    return re.sub(r"(\d)(?=\d)", r"\1 ", h, count=6)


def iban(cc, length, bank_letters=0):
    bban = letters(bank_letters) + digits(length - 4 - bank_letters)
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    return f"{cc}{check:02d}{bban}"


def gen_account():
    r = R.random()
    if r < 0.35:
        cc, ln, bl = pick([("KZ", 20, 0), ("AE", 23, 0), ("DE", 22, 0),
                           ("GB", 22, 4), ("SA", 24, 0), ("TR", 26, 0),
                           ("FR", 27, 0), ("PL", 28, 0), ("JO", 30, 4),
                           ("EG", 29, 0)])
        s = iban(cc, ln, bl)
        return group(s, 4) if R.random() < 0.6 else s
    if r < 0.48:
        return f"40817810{digits(12)}"
    if r < 0.63:
        return group(pick(["6222", "6228", "6217", "6214", "6226"]) + digits(15), 4)
    if r < 0.73:
        b = pick(["4276", "4279", "5469", "2202", "4817"]) + digits(11)
        return group(b + luhn_digit(b), 4)
    if r < 0.8:
        b = pick(["8600", "9860"]) + digits(11)
        return group(b + luhn_digit(b), 4)
    if r < 0.87:
        return f"{pick(['5', '4'])}{digits(9)}"
    if r < 0.93:
        return f"{digits(3)}-{digits(6)}-{digits(2)}-{digits(3)}"
    return f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}"


def gen_account_hard():
    a = gen_account().replace(" ", "").replace("-", "")
    r = R.random()
    if r < 0.25:
        return fullwidth(group(a, 4))
    if r < 0.45:
        return spaced(a)
    if r < 0.6:
        return partial_cn(a)
    if r < 0.75:
        return a.lower()
    if r < 0.88:
        return group(a, 3, "-")
    return cn_digits(a) if a.isdigit() else fullwidth(a)


def gen_doc_lic():
    r = R.random()
    num15 = f"{R.randint(1, 3)}{R.randint(10, 65)}{digits(12)}"
    if r < 0.3:
        return f"{zh_full()}医生（医师执业证书编号：{num15}）"
    if r < 0.45:
        return f"主治医师{zh_full()}，执业证号{num15}"
    if r < 0.55:
        return f"{zh_full()}（执业证书编码 {num15}）"
    if r < 0.65:
        return f"护士{zh_full()}，护士执业证书号{R.randint(2005, 2023)}{digits(8)}"
    if r < 0.75:
        return f"Dr. {pinyin_full()} (licence No. {num15})"
    if r < 0.83:
        return f"врач {pick(FOREIGN_SURNAMES_CYR)} {pick('АИЕОМНСТ')}.{pick('АВИПСН')}., лицензия № {digits(2)}-{digits(2)}-{digits(6)}"
    if r < 0.9:
        return f"{pick(FOREIGN_SURNAMES_HAN)}医生（外国医师短期行医许可证 {R.randint(2019, 2025)}{digits(6)}）"
    if r < 0.95:
        return f"{pinyin_full()}, MD, GMC {digits(7, True)}"
    return f"{zh_full()}药师（药师执业注册证 {digits(2)}{digits(8)}）"


def gen_doc_lic_hard():
    r = R.random()
    num15 = f"{R.randint(1, 3)}{R.randint(10, 65)}{digits(12)}"
    if r < 0.25:
        return f"{zh_full()}医生 执业证{fullwidth(num15)}"
    if r < 0.45:
        return f"{spaced(zh_full())} 证号 {spaced(num15)}"
    if r < 0.6:
        return f"{pinyin_full().lower()} lic no {group(num15, 5)}"
    if r < 0.8:
        return f"{zh_full()}（执业证书编码{partial_cn(num15)}）"
    return f"{pick(ZH_SURNAMES[:40])}大夫，执业编号 {group(num15, 3, '-')}"


# ----- vehicles and devices -----
CN_PROV = "京津沪冀蒙新黑吉辽晋鲁豫鄂川粤浙苏"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
RU_PLATE = "АВЕКМНОРСТУХ"
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def cn_plate():
    p = pick(CN_PROV) + pick(PLATE_LETTERS)
    if R.random() < 0.3:
        return p + pick("DF") + digits(5) if R.random() < 0.5 else p + digits(5) + pick("DF")
    tail = alnum(5, PLATE_LETTERS[:10] + DIGITS * 3)
    return pick([p + tail, p + "·" + tail, p + " " + tail])


def gen_plate():
    r = R.random() * 0.8
    if r < 0.38:
        return cn_plate()
    if r < 0.5:
        return f"{pick(RU_PLATE)}{digits(3)}{pick(RU_PLATE)}{pick(RU_PLATE)} {pick(['77', '777', '50', '199', '54', '38', '16'])}"
    if r < 0.57:
        return f"{digits(3)} {letters(3)} {pick(['01', '02', '05', '17'])}"
    if r < 0.62:
        return f"{digits(4)} {pick(['УБА', 'УНБ', 'УАХ', 'ДАБ'])}"
    if r < 0.67:
        return f"Dubai {pick(UPPER)} {digits(5, True)}"
    if r < 0.72:
        return f"{pick(['B', 'M', 'HH', 'K'])}-{letters(2)} {digits(4, True)}"
    if r < 0.76:
        return f"{R.randint(1, 9)}{letters(3)}{digits(3)}"
    return f"{digits(2)}가 {digits(4)}"


def gen_vin():
    vin = pick(["LSV", "LFV", "LGB", "XTA", "WVW", "JTD", "KMH", "1HG", "Z94",
                "LRW", "WBA"]) + alnum(14, VIN_ALPHA)
    return vin


def gen_vehicle():
    return gen_plate() if R.random() < 0.8 else gen_vin()


def gen_vehicle_hard():
    v = gen_vehicle()
    r = R.random()
    if r < 0.25:
        return fullwidth(v)
    if r < 0.45:
        return spaced(v)
    if r < 0.6:
        return v.lower()
    if r < 0.8:
        p = cn_plate().replace("·", "").replace(" ", "")
        return p[:2] + cn_digits(p[2:], yao=R.random() < 0.5)
    return group(v.replace(" ", ""), 3, "-")


def gen_device():
    r = R.random()
    if r < 0.15:
        return f"SN {letters(3)}{digits(6)}{pick(UPPER)}"
    if r < 0.27:
        b = pick(["35", "86", "35", "01"]) + digits(12)
        im = b + luhn_digit(b)
        return pick([im, f"{im[:2]} {im[2:8]} {im[8:14]} {im[14]}"])
    if r < 0.4:
        return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
    if r < 0.52:
        y, m, d = rand_ymd(2024, 2029)
        return f"(01){digits(14)}(17){y % 100:02d}{m:02d}{d:02d}(10){alnum(6)}(21){alnum(8)}"
    if r < 0.62:
        return f"序列号 NG{digits(7)}H"
    if r < 0.7:
        return f"S/N {digits(8, True)}"
    if r < 0.78:
        return f"{pick(['3MH', '0JK', '2G8'])}{alnum(7)}"
    if r < 0.85:
        return f"UDI-DI {digits(14)}, SN {alnum(10)}"
    if r < 0.92:
        return "-".join(f"{R.randint(0, 255):02x}" for _ in range(6))
    return f"设备编号 {letters(2)}{digits(4)}-{digits(4)}"


def dev_serial():
    return pick([f"{letters(3)}{digits(6)}{pick(UPPER)}", f"NG{digits(7)}H",
                 f"{digits(8, True)}", f"{pick(['3MH', '0JK', '2G8'])}{alnum(7)}",
                 f"{letters(2)}{digits(4)}-{digits(4)}", f"RNA{digits(6)}S"])


def dev_imei():
    b = pick(["35", "86", "35", "01"]) + digits(12)
    im = b + luhn_digit(b)
    return pick([im, f"{im[:2]} {im[2:8]} {im[8:14]} {im[14]}", f"IMEI {im}"])


def dev_mac():
    sep = pick([":", "-"])
    s = sep.join(f"{R.randint(0, 255):02X}" for _ in range(6))
    return s.lower() if R.random() < 0.3 else s


def dev_udi():
    y, m, d = rand_ymd(2024, 2029)
    return pick([f"(01){digits(14)}(17){y % 100:02d}{m:02d}{d:02d}(10){alnum(6)}(21){alnum(8)}",
                 f"UDI-DI {digits(14)}, SN {alnum(10)}",
                 f"(01){digits(14)}(21){alnum(9)}"])


def gen_device_hard():
    d = gen_device()
    r = R.random()
    if r < 0.3:
        return fullwidth(d)
    if r < 0.5:
        return d.lower()
    if r < 0.7:
        return partial_cn(d)
    if r < 0.85:
        return spaced(d.replace(" ", ""))
    return d.replace(":", " : ")


# ----- other references -----
def gen_ref(kind):
    y = R.randint(2019, 2025)
    if kind == "claim":
        return pick([f"CLM{y}{digits(7)}", f"理赔{digits(10, True)}",
                     f"GOP-{y}-{digits(5)}", f"CL-{digits(8)}"])
    if kind == "visa":
        return pick([f"{pick(['F', 'G', 'E'])}{digits(8)}", digits(9, True),
                     f"M{digits(8)}"])
    if kind == "invite":
        return pick([f"JH-INV-{y}-{digits(4)}", f"邀字〔{y}〕第{R.randint(10, 999)}号",
                     f"INV{y}{digits(5)}"])
    if kind == "ticket":
        return pick([f"{pick(['784', '999', '555', '176', '421'])}-{digits(10)}",
                     f"{pick(['784', '999', '555'])}{digits(10)}"])
    if kind == "pnr":
        return alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "court":
        return f"（{y}）京{pick(['0105', '0101', '0108', '02'])}民{pick(['初', '终'])}{R.randint(100, 99999)}号"
    if kind == "staff":
        return pick([f"A{digits(5)}", f"{digits(6, True)}", f"JH{digits(4)}"])
    if kind == "student":
        return pick([f"{y}{digits(6)}", f"LX{y}{digits(4)}"])
    if kind == "courier":
        return pick([f"SF{digits(13, True)}", f"EA{digits(9)}CN",
                     f"JD{digits(15)}", f"YT{digits(13)}", f"DHL {digits(10, True)}"])
    if kind == "appt":
        return pick([f"A{digits(4)}", f"YY{digits(8)}", f"{digits(3)}-{digits(4)}",
                     f"GH{digits(6)}"])
    if kind == "permit":
        return pick([f"{letters(1)}{digits(9)}", f"No. {digits(9)}",
                     f"WP{y}{digits(6)}"])
    if kind == "invoice":
        return pick([digits(8), f"{R.randint(23, 25)}{digits(18)}",
                     f"No. {digits(8)}"])
    if kind == "receipt":
        return pick([f"R{digits(9)}", f"收{digits(8)}", f"SJ-{digits(7)}"])
    if kind == "order":
        return pick([digits(18, True), f"DD{digits(12)}", f"ORD-{alnum(8)}"])
    if kind == "transfer":
        return pick([f"FT{digits(12)}", f"{digits(20, True)}",
                     f"SWIFT ref {alnum(16)}"])
    if kind == "reg":
        return pick([f"{digits(10, True)}", f"REG-{digits(6)}",
                     f"挂号{digits(6)}"])
    raise ValueError(kind)


REF_KINDS = ["claim", "visa", "invite", "ticket", "pnr", "court", "staff",
             "student", "courier", "appt", "permit", "invoice", "receipt",
             "order", "transfer", "reg"]


def gen_ref_hard():
    k = pick(REF_KINDS)
    v = gen_ref(k)
    r = R.random()
    if r < 0.3:
        return fullwidth(v)
    if r < 0.55:
        return spaced(v)
    if r < 0.8:
        return partial_cn(v)
    return v.lower()


# ----- clean look-alike values -----
def c_month_year():
    y = R.randint(2012, 2025)
    m = R.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年", f"{EN_MONTHS[m - 1]} {y}",
                 f"{y}-{m:02d}", f"{y}年{pick(['春', '夏', '秋', '冬'])}天",
                 f"{y}年第{pick(['一', '二', '三', '四'])}季度",
                 f"{y}年{pick(['上半年', '下半年', '年初', '年底', '年中'])}",
                 f"{cn_year(y)}年{cn_number(m)}月",
                 f"{fw_digits(str(y))}年{fw_digits(str(m))}月", f"Q{R.randint(1, 4)} {y}",
                 f"{y}年第{R.randint(1, 52)}周", f"{m:02d}/{y}"])


def c_rel_time():
    """Clinical day markers (neutral in time)."""
    n = R.randint(2, 30)
    return pick([f"术后第{cn_number(R.randint(1, 14))}天", f"Day +{n}",
                 f"化疗第{cn_number(R.randint(1, 6))}周期后", f"入院第{n}天",
                 f"孕{R.randint(12, 40)}周", f"移植后第{n}天", f"POD {R.randint(1, 10)}",
                 f"第{R.randint(2, 12)}次复查时", f"D{R.randint(1, 28)}",
                 f"放疗第{cn_number(R.randint(2, 5))}周", f"出院后第{cn_number(R.randint(2, 12))}个月"])


def c_rel_past():
    return pick([f"{cn_number(R.randint(2, 9))}年前", "上个月", "去年冬天", "前天",
                 f"{R.randint(2, 11)}个月前", f"{cn_number(R.randint(2, 8))}周前",
                 "半年前", "上周", "前年夏天", f"{R.randint(2, 9)} years ago",
                 f"{R.randint(2, 9)} недель назад", "刚确诊时", "去年这个时候"])


def c_rel_future():
    return pick([f"{cn_number(R.randint(2, 8))}周后", "下个月", "下周二", "半年后",
                 f"出院后{cn_number(R.randint(2, 12))}个月", f"{R.randint(2, 11)}个月后",
                 "明年春天", "三个月以后", "月底", "下周五上午"])


def c_year_range():
    y = R.randint(2010, 2023)
    return pick([f"{y}—{y + R.randint(1, 3)}年", f"{y}年至{y + R.randint(1, 3)}年",
                 f"{y}-{y + R.randint(1, 3)}", f"{y}年{R.randint(1, 6)}月至{y + 1}年{R.randint(1, 12)}月"])


def c_emergency():
    return pick(["俄罗斯的103", "泰国的1669", "英国的999", "美国的911",
                 "欧盟国家的112", "中国的120", "哈萨克斯坦的103",
                 "阿联酋的999", "中国的火警119"])


def c_festival():
    return pick(FESTIVALS_ZH + ["新年", "斋月", "Новый год", "Навруз",
                                "Eid", "Songkran", "Tsagaan Sar", "Chuseok",
                                "五一假期", "国庆长假", "寒假", "暑假"])


def c_age_clean():
    n = R.randint(1, 89)
    return pick([f"{n}岁", f"{cn_number(n)}岁", f"{R.randint(80, 89)}岁",
                 f"{R.randint(80, 89)}周岁", "年近九旬", "年过八旬", "近九十岁",
                 f"虚岁{cn_number(R.randint(60, 89))}", "八十多岁", "七旬",
                 "耄耋之年", f"{R.randint(60, 89)}周岁"])


def c_age_clean_foreign():
    return pick([f"{ru_years(R.randint(60, 89))}", "почти девяносто",
                 "восемьдесят девять лет", "nearly ninety", "almost 90",
                 "in her late eighties", f"{R.randint(80, 89)} years old",
                 "eighty-nine"])


def c_ninety():
    return pick(["90 mg", "90%", "90/60 mmHg", "90天", "九十分钟", "90后",
                 "九十年代", "90 minutes", "第90天", "90 ml/h", "90 次/分",
                 "the nineties", "ninety-minute", "90 дней", "90 μg",
                 "90分", "90张床位", "90°", "90号", "90 km", "90 mmol"])


def c_trial():
    r = R.random()
    if r < 0.3:
        s = f"NCT0{digits(7)}"
    elif r < 0.55:
        s = f"ChiCTR{R.randint(2000, 2400)}{digits(6)}"
    elif r < 0.65:
        s = f"ChiCTR-{pick(['IPR', 'ONC', 'INR'])}-{R.randint(15, 17)}{digits(6)}"
    elif r < 0.8:
        s = f"EudraCT {R.randint(2012, 2023)}-{digits(6)}-{digits(2)}"
    else:
        s = f"ISRCTN{digits(8)}"
    return fullwidth(s) if R.random() < 0.15 else s


def c_gene():
    return pick(["EGFR c.2573T>G (p.L858R)", "KRAS G12C", "BRCA1 c.5266dupC",
                 "ALK融合", "JAK2 V617F", "HLA-A*02:01", "FLT3-ITD",
                 "EGFR 19外显子缺失", "BCR-ABL1 p210", "TP53 c.743G>A",
                 "CFTR F508del", "HBB c.20A>T", "MYH7 p.R403Q",
                 "PIK3CA H1047R", "IDH1 R132H", "HLA-B*58:01"])


def c_lab():
    return pick([f"血红蛋白 {R.randint(60, 150)} g/L",
                 f"肌酐 {R.randint(50, 400)} μmol/L",
                 f"CRP {R.randint(1, 200)} mg/L", f"HbA1c {R.randint(55, 120) / 10}%",
                 f"血小板 {R.randint(20, 400)}×10⁹/L", f"INR {R.randint(9, 40) / 10}",
                 f"AFP {R.randint(5, 9000)} ng/mL", f"CD4 {R.randint(50, 900)}/μL",
                 f"eGFR {R.randint(8, 110)} ml/min", f"ALT {R.randint(10, 900)} U/L",
                 f"BNP {R.randint(20, 5000)} pg/mL", f"SpO₂ {R.randint(85, 100)}%",
                 f"血糖 {R.randint(40, 250) / 10} mmol/L", f"LVEF {R.randint(20, 70)}%",
                 f"PSA {R.randint(1, 400) / 10} ng/mL", f"白细胞 {R.randint(10, 200) / 10}×10⁹/L",
                 f"肌钙蛋白 {R.randint(1, 90) / 100} ng/mL"])


DRUGS = ["阿司匹林", "二甲双胍", "泼尼松", "奥希替尼", "伊马替尼", "华法林",
         "左甲状腺素钠", "阿托伐他汀", "他克莫司", "恩替卡韦", "头孢曲松",
         "美托洛尔", "氯吡格雷", "利伐沙班", "甲氨蝶呤"]


def c_dose():
    return pick([f"{pick(DRUGS)}{pick(['100', '500', '20', '80', '400', '3', '10', '0.5'])} mg",
                 f"{pick(DRUGS)} {R.randint(1, 20)} mg/kg",
                 f"{pick(DRUGS)}每次{pick(['250', '500', '750'])} mg、每日两次",
                 f"胰岛素{R.randint(4, 24)}单位", f"{pick(DRUGS)}{R.randint(1, 4)}片",
                 f"{pick(DRUGS)} {R.randint(25, 400)} mg/m²",
                 f"{pick(DRUGS)} {R.randint(2, 8)} г/сутки",
                 f"{pick(DRUGS)} {pick(['25', '50', '75', '100'])} μg"])


def c_rt():
    return pick([f"{R.randint(18, 30) / 10} Gy × {R.randint(5, 33)}次",
                 f"{pick(['50', '60', '66', '70'])} Gy/{pick(['25', '30', '33', '35'])}f",
                 f"{pick(['40', '45', '50.4'])} Gy分{pick(['15', '25', '28'])}次"])


def c_price():
    return pick([f"¥{R.randint(1, 99)},{digits(3)}", f"约{R.randint(2, 60)}.{R.randint(1, 9)}万元",
                 f"USD {R.randint(1, 90)},{digits(3)}", f"{R.randint(20, 900)} 000 рублей",
                 f"AED {R.randint(1, 20)},{digits(3)}", f"{R.randint(1000, 99999)}元",
                 f"€{R.randint(1, 50)}.{digits(3)}", f"{R.randint(100, 5000)}万坚戈",
                 f"{R.randint(2, 20)}万美元"])


def c_batch():
    y, m, d = rand_ymd(2020, 2025)
    return pick([f"批号{y}{m:02d}{d:02d}", f"Lot {y % 100:02d}{m:02d}{d:02d}A",
                 f"批号 B{y % 100}{digits(5)}", f"生产批号{y}{m:02d}{digits(2)}",
                 f"LOT {alnum(7)}", f"批次 {y % 100:02d}{m:02d}{d:02d}-{digits(2)}"])


def c_guideline():
    y = R.randint(2018, 2025)
    return pick([f"CSCO {y}版指南第{R.randint(10, 300)}页",
                 f"NCCN指南 v{R.randint(1, 6)}.{y}", f"第{cn_number(R.randint(5, 10))}版诊疗方案",
                 f"ESMO {y}", f"《{pick(['原发性肝癌', '心力衰竭', '糖尿病', '脑卒中'])}诊疗指南（{y}年版）》第{R.randint(3, 12)}章",
                 f"KDIGO {y}", f"GOLD {y}报告", f"AHA/ACC {y}指南第{R.randint(2, 9)}.{R.randint(1, 9)}节",
                 f"说明书第{R.randint(2, 30)}页", f"ISO 15189:{pick(['2012', '2022'])}"])


def c_version():
    return pick([f"{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(10, 99)}",
                 f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                 f"Android {R.randint(9, 14)}", f"iOS {R.randint(14, 18)}.{R.randint(0, 6)}.{R.randint(1, 3)}",
                 f"HIS {R.randint(5, 8)}.0.{R.randint(1, 20)}.{R.randint(1, 9)}",
                 f"build {R.randint(1000, 9999)}", f"V{R.randint(1, 4)}.{R.randint(0, 9)}版",
                 f"Windows {pick(['10', '11'])} 22H2", f"10.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(1, 30)}"])


def c_ndays():
    return pick([f"{cn_number(R.randint(3, 30))}天", f"{R.randint(3, 60)}天", "三周",
                 "两个多月", "一个半月", f"{cn_number(R.randint(2, 8))}周", "整整一个月"])


def c_ncases():
    return pick([f"{R.randint(2, 30) * 100}例", "上千例", "两千余例", "三百多例",
                 f"{R.randint(150, 990)}例"])


def c_nsessions():
    return pick([f"{cn_number(R.randint(2, 12))}个疗程", f"{R.randint(2, 8)}轮化疗",
                 f"{R.randint(10, 35)}次放疗", "六个周期", "两次手术"])


def c_ml():
    return pick([f"{R.randint(2, 80) * 10} ml", f"不到{R.randint(1, 5) * 100}毫升",
                 f"约{R.randint(1, 9) * 50} ml"])


def gen_age90_hard():
    n = R.randint(90, 103)
    r = R.random()
    if r < 0.12:
        return f"{fullwidth(str(n))} 岁"
    if r < 0.24:
        return f"{cn_number(n)}周岁"
    if r < 0.34:
        return f"{n} y.o."
    if r < 0.44:
        return RU_AGE_WORDS.get(n, ru_years(n))
    if r < 0.54:
        return f"{n}歳"
    if r < 0.62:
        return f"{n}세"
    if r < 0.7:
        ar = "٠١٢٣٤٥٦٧٨٩"
        return "".join(ar[int(c)] for c in str(n)) + " عامًا"
    if r < 0.8:
        return f"{EN_NUM_WORDS.get(n, str(n))} yrs"
    if r < 0.9:
        return f"虚岁{n}"
    return spaced(str(n)) + " 岁"


def gen_age90_en():
    n = R.randint(90, 102)
    return pick([f"{n} years old", f"{EN_NUM_WORDS[n]} years old",
                 f"{n} years young", f"{n} this year"])


def gen_age90_en_adj():
    n = R.randint(90, 102)
    return pick([f"{n}-year-old", f"{n}-year-young", f"{EN_NUM_WORDS[n]}-year-old"])


def gen_age90_ru():
    n = R.randint(90, 101)
    return pick([ru_years(n), RU_AGE_WORDS[n]])


def gen_postcode_hard():
    p = pick([zh_postcode(), zh_postcode(), "050" + digits(3), digits(6, True)])
    r = R.random()
    if r < 0.3:
        return f"邮编{fullwidth(p)}"
    if r < 0.55:
        return f"邮编{cn_digits(p)}"
    if r < 0.75:
        return f"индекс {spaced(p)}"
    return f"post code {p[:3]} {p[3:]}"


def lower_word_name():
    return pick(["hope", "joy", "lucky", "grace", "faith", "sunny", "angel",
                 "nadezhda", "vera", "lyubov", "надежда", "вера", "umid",
                 "baraka", "amani", "miracle", "blessing", "precious"])


# ---------------------------------------------------------------------------
# slot registry
# ---------------------------------------------------------------------------

SLOTS = {}


def slot(name, kinds, fn):
    assert name not in SLOTS, name
    kinds = tuple(kinds)
    for k in kinds:
        assert k in KIND_SET, k
    SLOTS[name] = (kinds, fn)


P = ("person_name",)

# identifier slots
slot("name", P, any_full_name)
slot("zhname", P, zh_full)
slot("pyname", P, pinyin_full)
slot("runame", P, lambda: pick(RU_NAMES_CYR + RU_NAMES_LAT + RU_NAMES_HAN))
slot("given", P, lambda: pick(GIVEN_ALONE))
slot("nick", P, lambda: pick(NICKNAMES))
slot("wname", P, lambda: pick(WORD_NAMES))
slot("lwname", P, lower_word_name)
slot("titled", P, titled_name)
slot("doc", P, doctor_name)
slot("lname", P, lower_name)
slot("oname", P, obf_name)
slot("date", ("exact_date",), gen_date)
slot("date_h", ("exact_date",), gen_date_hard)
slot("fest_year", ("exact_date",), festival_with_year)
slot("lunar_day", ("exact_date",), lambda: lunar_date(R.random() < 0.4))
slot("dob", ("date_of_birth",), gen_dob)
slot("dob_h", ("date_of_birth",), lambda: gen_dob(hard=True))
slot("dob_old", ("date_of_birth",), lambda: gen_dob(y0=1925, y1=1950))
slot("dob_kid", ("date_of_birth",), lambda: gen_dob(y0=2008, y1=2024))
slot("dob_kid_h", ("date_of_birth",), lambda: gen_dob(hard=True, y0=2012, y1=2019))
slot("dob_old_h", ("date_of_birth",), lambda: gen_dob(hard=True, y0=1925, y1=1950))
slot("age", ("age_over_89",), gen_age90)
slot("age_ph", ("age_over_89",), gen_age90_phrase)
slot("age_en", ("age_over_89",), gen_age90_en)
slot("age_adj", ("age_over_89",), gen_age90_en_adj)
slot("age_ru", ("age_over_89",), gen_age90_ru)
slot("age_h", ("age_over_89",), gen_age90_hard)
slot("phone", ("phone_number",), gen_phone)
slot("phone_h", ("phone_number",), gen_phone_hard)
slot("email", ("email",), gen_email)
slot("email_h", ("email",), gen_email_hard)
slot("hemail", ("email",), lambda: pick(["intl", "international", "visa",
                                          "info", "ipd", "russian.desk",
                                          "arabic.desk", "feedback",
                                          "appointment", "mongolian.desk"])
     + "@" + HOSPITAL_EMAIL_DOMAIN)
slot("web", ("web_address",), gen_web)
slot("web_h", ("web_address",), gen_web_hard)
slot("web_fund", ("web_address",), web_fund)
slot("web_blog", ("web_address",), web_blog)
slot("web_article", ("web_address",), web_article)
slot("ip", ("ip_address",), gen_ip)
slot("ip_h", ("ip_address",), gen_ip_hard)
slot("social", ("social_account",), gen_social)
slot("social_h", ("social_account",), gen_social_hard)
slot("street", ("street_address",), gen_street)
slot("street_h", ("street_address",), gen_street_hard)
slot("hosp_addr", ("street_address",), hospital_addr)
slot("addr_post", ("street_address", "postal_code"), gen_addr_post)
slot("postcode", ("postal_code",), gen_postcode)
slot("postcode_h", ("postal_code",), gen_postcode_hard)
slot("geo", ("geolocation",), gen_geo)
slot("geo_h", ("geolocation",), gen_geo_hard)
slot("passport", ("passport_number",), gen_passport)
slot("passport_h", ("passport_number",), gen_passport_hard)
slot("natid", ("national_id",), gen_natid)
slot("natid_h", ("national_id",), gen_natid_hard)
slot("rid", ("resident_id",), gen_rid)
slot("rid_h", ("resident_id",), gen_rid_hard)
slot("mrn", ("medical_record_number",), gen_mrn)
slot("mrn_h", ("medical_record_number",), gen_mrn_hard)
slot("health", ("health_plan_number",), gen_health)
slot("health_h", ("health_plan_number",), gen_health_hard)
slot("acct", ("account_number",), gen_account)
slot("acct_h", ("account_number",), gen_account_hard)
slot("lic", ("person_name", "licence_number"), gen_doc_lic)
slot("lic_h", ("person_name", "licence_number"), gen_doc_lic_hard)
slot("vehicle", ("vehicle_identifier",), gen_vehicle)
slot("vehicle_h", ("vehicle_identifier",), gen_vehicle_hard)
slot("plate", ("vehicle_identifier",), gen_plate)
slot("vin", ("vehicle_identifier",), gen_vin)
slot("device", ("device_identifier",), gen_device)
slot("device_h", ("device_identifier",), gen_device_hard)
slot("dev_serial", ("device_identifier",), dev_serial)
slot("dev_imei", ("device_identifier",), dev_imei)
slot("dev_mac", ("device_identifier",), dev_mac)
slot("dev_udi", ("device_identifier",), dev_udi)
slot("gdate", ("exact_date",), lambda: fmt_date(*rand_ymd(2019, 2030), pick(PLAIN_DATE_STYLES)))
for _k in REF_KINDS:
    slot("ref_" + _k, ("other_number",), (lambda k=_k: gen_ref(k)))
slot("ref_any", ("other_number",), lambda: gen_ref(pick(REF_KINDS)))
slot("ref_h", ("other_number",), gen_ref_hard)

# clean slots
slot("city", (), lambda: pick(CITIES))
slot("country", (), lambda: pick(COUNTRIES))
slot("district", (), lambda: pick(DISTRICTS))
slot("cstreet", (), lambda: pick(ZH_STREETS + FOREIGN_STREETS))
slot("zhstreet", (), lambda: pick(ZH_STREETS))
slot("spot", (), lambda: pick(HOSPITAL_SPOTS))
slot("hotel", (), lambda: pick(HOTELS))
slot("alias", (), lambda: pick(ALIASES))
slot("relation", (), lambda: pick(RELATIONS))
slot("title", (), lambda: pick(BARE_TITLES))
slot("disease", (), lambda: pick([e for e in EPONYMS if e.endswith(("病", "征", "瘤", "炎", "症", "麻痹"))]))
slot("method", (), lambda: pick(["Whipple手术", "Nissen胃底折叠术", "Ilizarov技术",
                                 "Ponseti疗法", "Seldinger穿刺法", "Bobath疗法",
                                 "Heimlich急救法", "Fontan手术"]))
slot("score", (), lambda: pick(["Glasgow评分", "Apgar评分", "Child-Pugh分级",
                                "Karnofsky评分", "Barthel指数"]))
slot("inst", (), lambda: pick(INSTITUTIONS))
slot("herb", (), lambda: pick(HERBS))
slot("month_year", (), c_month_year)
slot("rel_time", (), c_rel_time)
slot("rel_past", (), c_rel_past)
slot("rel_future", (), c_rel_future)
slot("yrange", (), c_year_range)
slot("year", (), lambda: str(R.randint(2010, 2025)))
slot("ru_month", (), lambda: pick(["январе", "феврале", "марте", "апреле", "мае",
                                   "июне", "июле", "августе", "сентябре",
                                   "октябре", "ноябре", "декабре"]))
slot("emergency", (), c_emergency)
slot("age_cf", (), c_age_clean_foreign)
slot("rt", (), c_rt)
slot("ndays", (), c_ndays)
slot("ncases", (), c_ncases)
slot("nsessions", (), c_nsessions)
slot("ml", (), c_ml)
slot("fstreet", (), lambda: pick(FOREIGN_STREETS))
slot("festival", (), c_festival)
slot("age_c", (), c_age_clean)
slot("ninety", (), c_ninety)
slot("public", (), lambda: pick(PUBLIC_NUMBERS))
slot("trial", (), c_trial)
slot("approval", (), lambda: pick([f"国药准字H{R.randint(1990, 2024)}{digits(4)}",
                                   f"国药准字Z{digits(8)}", f"国药准字J{digits(8)}",
                                   f"国药准字S{digits(8)}",
                                   fullwidth(f"国药准字H{digits(8)}")]))
slot("icd", (), lambda: pick(["C34.9", "E11.9", "I21.0", "C50.9", "G35",
                              "M41.1", "Q90.9", "C22.0", "N18.5", "C91.0",
                              "I63.9", "K74.6", "ICD-O 8140/3", "D61.9",
                              "I25.1", "C18.7", "J44.1"]))
slot("atc", (), lambda: pick(["L01XE03", "A10BA02", "L04AX04", "C09AA05",
                              "J01DD04", "L01FF01", "B01AF01", "N02AA01"]))
slot("gene", (), c_gene)
slot("lab", (), c_lab)
slot("dose", (), c_dose)
slot("price", (), c_price)
slot("batch", (), c_batch)
slot("guideline", (), c_guideline)
slot("version", (), c_version)
slot("nclock", (), lambda: pick(["上午九点", "下午两点半", "8:30", "14:00",
                                 "晚上七点", "早上六点", "9:00–17:00", "中午"]))
slot("weekday", (), lambda: pick(["周一", "周二", "周三", "周四", "周五",
                                  "周六", "周日", "星期一上午", "下周五",
                                  "本周四", "每周三"]))
slot("ncountry", (), lambda: pick(["十几个", "二十多个", "三十余个", "40多个",
                                   "近五十个", "18个", "26个"]))
slot("lang", (), lambda: pick(["俄语", "英语", "阿拉伯语", "蒙古语", "哈萨克语",
                               "乌兹别克语", "泰语", "越南语", "韩语", "日语",
                               "法语", "西班牙语", "葡萄牙语"]))
slot("dept", (), lambda: pick(["心外科", "肝胆外科", "骨科", "肿瘤内科",
                               "儿科", "神经外科", "生殖医学中心", "眼科",
                               "康复医学科", "血液科", "消化内科", "妇产科",
                               "泌尿外科", "耳鼻喉科", "中医科"]))
slot("proc", (), lambda: pick(["肝移植", "冠脉搭桥", "髋关节置换", "白内障手术",
                               "试管婴儿", "脊柱侧弯矫形", "肾移植", "骨髓移植",
                               "腹腔镜胆囊切除", "人工耳蜗植入", "心脏瓣膜置换",
                               "甲状腺切除", "质子治疗", "射频消融"]))


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")
FAMILIES = []


def template_kinds(tpl):
    kinds = set()
    for name in SLOT_RE.findall(tpl):
        assert name in SLOTS, f"unknown slot {name!r} in {tpl!r}"
        kinds.update(SLOTS[name][0])
    return kinds


def fam(category, n, templates, noisy=False):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", category), category
    assert category not in [f[0] for f in FAMILIES], category
    assert len(set(templates)) == len(templates), category
    for tpl in templates:
        assert "\t" not in tpl and "\n" not in tpl, tpl
        kinds = template_kinds(tpl)
        if category.startswith("clean_"):
            assert not kinds, f"clean family {category} uses identifier slot: {tpl}"
        else:
            assert kinds, f"identifier family {category} template lacks one: {tpl}"
    FAMILIES.append((category, n, list(templates), noisy))


HOMOPHONES = [("的", "地"), ("的", "得"), ("在", "再"), ("已", "以"),
              ("做", "作"), ("哪", "那"), ("吗", "嘛"), ("帐", "账"),
              ("咨询", "资询"), ("预约", "预越"), ("谢谢", "谢谢谢"),
              ("请问", "情问"), ("医生", "医僧"), ("您好", "你好"),
              ("签证", "签正"), ("手术", "手述")]


def add_noise(text):
    """Typo noise for literal template text only."""
    if not text:
        return text
    ops = R.randint(0, 2)
    for _ in range(ops):
        r = R.random()
        if r < 0.3:
            cand = [(a, b) for a, b in HOMOPHONES if a in text]
            if cand:
                a, b = pick(cand)
                text = text.replace(a, b, 1)
        elif r < 0.45:
            text = text.replace("，", pick([" ", ",", "  ", ""]), 1)
        elif r < 0.55:
            text = text.replace("。", pick(["", "。。", "!!", "~"]), 1)
        elif r < 0.7:
            text = text.lower()
        elif r < 0.82:
            if len(text) > 2:
                i = R.randint(1, len(text) - 1)
                text = text[:i] + pick(["  ", " ", "   "]) + text[i:]
        elif r < 0.9:
            text = text.replace("？", pick(["??", "?", "？？"]), 1)
        else:
            text = text.replace("！", pick(["!!!", "!", ""]), 1)
    return text


def fill(tpl, noisy):
    parts = re.split(r"(\{\w+\})", tpl)
    out = []
    kinds = set()
    for part in parts:
        m = re.fullmatch(r"\{(\w+)\}", part)
        if m:
            k, fn = SLOTS[m.group(1)]
            val = fn()
            assert "\t" not in val and "\n" not in val, val
            out.append(val)
            kinds.update(k)
        else:
            out.append(add_noise(part) if noisy else part)
    text = "".join(out)
    return text, [k for k in KINDS if k in kinds]


# ----- person names -------------------------------------------------------

fam("story_name", 27, [
    "{name}第一次来到国际医疗部时，已经在{city}辗转了三家医院。",
    "那年冬天，{name}带着厚厚一摞检查报告从{city}飞到北京。",
    "经过反复评估，多学科团队决定为{name}实施{proc}。",
    "{name}是家里的顶梁柱，确诊后他最担心的是孩子的学费。",
    "术后第一次下床，{name}扶着栏杆慢慢走到了窗边。",
    "医护人员至今还记得{name}出院那天送来的那束向日葵。",
    "从{country}来的{name}不会说中文，{lang}翻译全程陪同。",
    "{name}的女儿在视频里一遍遍向医生道谢。",
    "如今，{name}已经回到{city}，重新开起了自己的小面包店。",
    "对{name}来说，最难熬的是等待病理结果的那几天。",
    "护士教会了{name}用中文说“谢谢”和“不疼”。",
    "{name}说，北京的冬天比{city}暖和多了。",
    "陪同{name}来京的，还有她年迈的母亲。",
    "{name}和{name}是同一批从{city}转诊来的患者。",
    "在{dept}住了两周后，{name}的气色明显好了起来。",
    "{name}原本计划去欧洲治疗，后来听朋友推荐选择了北京。",
    "为了给{name}做手术，麻醉科提前三天就开始准备。",
    "{name}把病房窗台当成了小花园，种满了多肉。",
    "康复训练很辛苦，但{name}从来没有喊过一声累。",
    "{name}的丈夫每天都会在走廊里给家乡的亲人打视频电话。",
    "{pyname}的表哥在北京读书，每天下课都来医院探望。",
])

fam("quote_name", 22, [
    "{name}：“我从没想过，自己还能重新站起来。”",
    "“医生们像家人一样照顾我，”{name}说。",
    "{given}笑着说：“下次来北京，我要去爬长城。”",
    "“妈妈终于不疼了。”{name}的儿子在留言里写道。",
    "{name}回忆道：“刚到医院时，我连路都走不稳。”",
    "“谢谢每一位护士，”{name}用不太流利的中文说，“你们辛苦了。”",
    "{given}：“Спасибо, доктор！我会想念这里的饺子。”",
    "“Я снова могу дышать，”{name}在出院时这样说。",
    "“我们全家都感谢{doc}，”{name}说。",
    "{name}在采访中说：“是这里给了我第二次生命。”",
    "“Shukran，谢谢你们，”{name}双手合十。",
    "“If I could, I would hug every nurse here,” says {name}.",
    "{doc}说：“这台手术难度很大，但患者非常配合。”",
    "“别担心，我们一步一步来，”{doc}对患者家属说。",
    "{given}的妈妈说：“孩子终于能像别的小朋友一样跑了。”",
    "“我想尽快回家看看我的孙子，”{name}说。",
    "{runame}：“Здесь очень заботливые медсёстры.”",
])

fam("caption_name", 18, [
    "图：{name}（左）与主治医生在病房合影。",
    "alt=\"{name}术后第一次微笑\"",
    "照片中，{name}正在康复科进行步态训练。",
    "图为{doc}为{name}查看伤口恢复情况。",
    "配图说明：{name}和家人在医院花园里。",
    "Photo: {name} with the cardiology team before discharge.",
    "【图】{name}在国际医疗部前台办理出院手续。",
    "图片描述：护士正在给{name}测量血压。",
    "左起：翻译、{name}、{doc}。",
    "{name}和主治医生一起切开生日蛋糕（摄影：宣传处）。",
    "alt text：{given}抱着毛绒熊坐在儿科病房的床上",
    "视频截图：{name}在{spot}向镜头挥手。",
])

fam("thanks_name", 22, [
    "尊敬的{doc}：您好！我是来自{country}的患者{name}。",
    "感谢信｜{name}致{dept}全体医护人员",
    "特别感谢{doc}和{doc}，是你们让我的父亲重获健康。",
    "此致敬礼！患者家属：{name}",
    "我叫{name}，今年春天在贵院接受了{proc}。",
    "我代表我的妻子{name}，向15层东病区的护士们致以最诚挚的谢意。",
    "落款：{name}及全家",
    "亲爱的{given}护士，你温暖的笑容我们永远不会忘记。",
    "{name}的家人托翻译送来一面锦旗，上面写着“医术精湛，仁心仁术”。",
    "Dear {doc}, thank you for everything. — {name}",
    "信的末尾，{name}用俄文写下：“С благодарностью”。",
    "感谢{doc}在深夜赶来为我母亲做急诊手术。",
    "谨以此信感谢{dept}的{doc}和翻译{given}。",
])

fam("context_name", 24, [
    "{given}刚来的时候，连三层楼梯都爬不上去。",
    "我们在机场接到了{given}，她比照片里瘦了很多。",
    "护士长把轮椅推给{given}，让她先休息一下。",
    "查房时，{given}总是第一个跟大家打招呼。",
    "这次陪诊的是{given}，她在北京读研究生。",
    "医生叫了三遍“{given}”，她才从走廊尽头跑过来。",
    "那天下午，{given}终于吃下了半碗粥。",
    "翻译把结果告诉{given}后，她哭了很久。",
    "临走前，{given}把自己画的画送给了儿科病房。",
    "麻醉前，{given}紧紧握着妈妈的手。",
    "问了一圈才知道，{given}是从{city}一个人坐火车来的。",
    "见到{given}时，她正坐在床边织一条红围巾。",
    "我们把好消息第一时间告诉了{given}。",
    "第二天一早，{given}就要求自己去做检查。",
])

fam("titled_name", 22, [
    "{titled}今年第二次来京复查，各项指标都很平稳。",
    "{titled}的儿子专程从{city}赶来陪护。",
    "据{titled}介绍，她在当地已经接受了两轮化疗。",
    "国际部协调员提前一天为{titled}安排好了接机。",
    "{titled}的手术由{dept}团队完成。",
    "出院时，{titled}握着护士的手久久不愿松开。",
    "{titled}表示，会把这里的经历介绍给更多同胞。",
    "我们为{titled}准备了清真餐。",
    "{titled}和老伴一起在医院附近的胡同里散步。",
    "主治医生向{titled}详细解释了手术方案。",
    "{titled}，您的复查结果出来了，请到3号诊室。",
    "请{titled}到收费处8号窗口办理手续。",
    "{titled}说这是她第一次来中国。",
])

fam("nick_word_name", 22, [
    "一个叫“{wname}”的女孩，在儿科病房度过了她的十岁生日。",
    "大家都叫他“{nick}”，因为他总是笑眯眯的。",
    "{wname}今天终于拔掉了胃管。",
    "小患者{nick}出院了，护士们给她准备了一个小蛋糕。",
    "{nick}的康复日记：第一天，会自己拿勺子了。",
    "她给女儿取名“{wname}”，因为孩子是在最难的时候出生的。",
    "“{nick}，该吃药啦！”护士在门口喊道。",
    "{wname}和妈妈一起在病房里折千纸鹤。",
    "病友们都亲切地称她为“{nick}”。",
    "听说{wname}回国后已经上学了，医护人员都很开心。",
    "a boy named {wname} 在复查时给医生唱了一首歌。",
    "“{wname}今天很勇敢，打针都没哭。”",
])

fam("seo_name", 14, [
    "{name}：从{city}到北京的求医之路｜京华国际医疗部",
    "SEO标题：{country}患者{name}在京成功接受{proc}",
    "meta description：{name}分享她在北京接受乳腺癌治疗的经历与感受。",
    "案例分享｜{titled}的{proc}全过程",
    "Case story: how {name} beat leukemia in Beijing",
    "标题：{nick}的抗癌日记（第三篇）",
    "{doc}专访：如何为外籍患者制定个性化方案",
])

fam("names_hard", 46, [
    "hi 我是{lname} 想问一下复查的事",
    "病人签名：{oname}",
    "翻译确认患者姓名拼写为 {oname}。",
    "留言人：{lname}（代我妈妈咨询）",
    "{oname}和{name}是姐妹，一起来做体检。",
    "请核对：{oname} / {name}",
    "家属 {lname} 说明天上午到",
    "a girl called {lwname} 今天出院啦",
    "患儿名叫{lwname}，今年七岁。",
    "{given}、{nick}和{titled}今天都来参加了康复患者联谊会。",
    "视频里那位叫{oname}的老人，已经能自己走路了。",
    "签到表上写着：{oname}、{lname}、{zhname}",
    "mama {lname} says thank you to all nurses",
    "{lname}和{lname}一起来做的配型",
    "病历上名字写成了{oname}，请更正为{name}。",
    "接机牌上请写“{oname}”。",
    "护士们都记得{lwname}，那个总在走廊里画画的小姑娘。",
])

# ----- dates, birth dates, ages ------------------------------------------

fam("timeline_date", 34, [
    "{date}：患者首次通过视频问诊联系国际医疗部。",
    "{date}　入院，完善术前检查。",
    "手术于{date}顺利完成，历时六个多小时。",
    "{name}于{date}办理出院手续。",
    "签证有效期至{gdate}，请留意续签时间。",
    "患者的父亲于{date}在{city}去世。",
    "复查时间定在{date}{nclock}。",
    "时间线｜{date}　转入普通病房",
    "{date}，多学科会诊（MDT）确定了治疗方案。",
    "最后一次化疗结束于{date}。",
    "{date}那天，她第一次自己走出了病房。",
    "预约的PET-CT检查在{date}。",
    "Дата госпитализации: {date}.",
    "我们在{date}收到了来自{city}的转诊资料。",
    "{fest_year}前夕，病区为外籍患者包了饺子。",
    "{fest_year}，{given}是在病房里度过的。",
    "老人于{lunar_day}安详离世。",
    "Admitted on {date}; discharge is planned for the following week.",
    "{date}　拆线，伤口愈合良好",
    "第二次住院：{date}至{date}",
])

fam("date_hard", 16, [
    "入院日期：{date_h}",
    "{date_h} 复诊（家属手写记录）",
    "患者说她是在{date_h}那天开始发烧的。",
    "签证到期日 {date_h}，请提前续签。",
    "泰方转诊单日期：{date_h}",
    "{date_h}与{date}两次来院复查。",
    "老人于{date_h}凌晨离世。",
    "请于{date_h}之前把材料发给我们。",
    "我们约的是{date_h}，对吗？",
])

fam("dob_intake", 38, [
    "出生日期：{dob}",
    "患者{name}，出生于{dob}，{country}籍。",
    "患儿生于{dob_kid}，足月顺产。",
    "Дата рождения: {dob}",
    "DOB: {dob}",
    "她的生日是{dob}，正好在住院期间，护士们为她唱了生日歌。",
    "病历首页：性别女，出生日期{dob}。",
    "老人出生在{dob_old}，那天{city}下着大雪。",
    "宝宝于{dob_kid}在{city}出生，出生体重2.1公斤。",
    "{name}生于{dob}。",
    "生日：{dob}（按护照填写）",
    "Date of birth: {dob}; nationality: {country}",
    "表格里“出生日期”一栏请填{dob}。",
    "患者自述生日为{dob}，与护照信息一致。",
])

fam("dob_hard", 15, [
    "生日 {dob_h}",
    "我妈是{dob_old_h}生的，身体一直不错",
    "出生日期（按阴历）：{dob_h}",
    "d.o.b. {dob_h}",
    "他出生于{dob_h}，护照上写的却是{dob}。",
    "宝宝生日是{dob_kid_h}哦，今年刚上小学",
    "born {dob_h}",
    "老人家说自己是{dob_old_h}出生的，户口本上没写清楚。",
])

fam("age_story", 40, [
    "这位{age}的老人，是我院今年年龄最大的白内障手术患者。",
    "{age_ph}的{name}依然每天坚持散步。",
    "患者{age}，因股骨颈骨折入院。",
    "老奶奶今年{age}，耳不聋眼不花。",
    "{age_ph}的老先生在家人陪同下从{city}来京。",
    "家属介绍，老人已{age}，有高血压病史。",
    "英文报道称这位老人是“a {age_adj} grandmother”。",
    "患者男，{age}，主诉胸闷三天。",
    "{age}高龄的他，术后第二天就能下床了。",
    "留言写道：“Моей бабушке {age_ru}, можно ли ей делать операцию?”",
    "“My grandfather is {age_en}, is surgery still an option?”",
    "今年{age}的{titled}是病区里最受欢迎的“老顽童”。",
    "{age_ph}的患者做{proc}，麻醉风险需要格外评估。",
    "女儿说，母亲已经{age}了，只想少受点罪。",
    "我们为这位{age}的{country}老人安排了{lang}翻译。",
    "Patient is a {age_adj} man from {country}.",
])

fam("age_hard", 15, [
    "老人{age_h}",
    "年龄：{age_h}",
    "患者 {age_h}，家属要求保守治疗",
    "奶奶{age_h}了，还能坐飞机吗",
    "age {age_h}, female",
    "留言：мама {age_h}，сердце",
    "爷爷今年{age_h}，想做个全面体检",
])

# ----- contact details -----------------------------------------------------

fam("phone_contact", 32, [
    "如有疑问请拨打国际医疗部电话{phone}。",
    "我的电话是{phone}，WhatsApp同号。",
    "家属联系电话：{phone}",
    "{name}留下的联系方式是{phone}。",
    "请加我的Telegram：{phone}",
    "{lang}服务热线：{phone}（工作日9:00–17:00）",
    "夜间急诊请直接拨打{phone}，或拨打120。",
    "紧急联系人：{relation}，{phone}",
    "Тел.: {phone}",
    "Contact: {phone} (WeChat/WhatsApp)",
    "电话打不通的话，可以试试这个号码：{phone}",
    "预约请致电{phone}转国际部。",
    "患者在{city}的主治医生电话：{phone}",
    "{titled}的手机号是{phone}，白天方便接听。",
    "国际部值班电话{phone}，24小时有人接听。",
    "回国后如有不适，可以拨打{phone}找随访护士。",
])

fam("phone_hard", 16, [
    "电话 {phone_h} 谢谢",
    "我的号码是{phone_h}，白天都能接",
    "wa: {phone_h}",
    "打这个 {phone_h} 找我女儿",
    "号码是{phone_h}，不是之前那个了",
    "联系电话{phone_h}或者{phone}",
    "tel {phone_h} (viber)",
    "手机：{phone_h}",
])

fam("email_contact", 36, [
    "资料请发送至{email}。",
    "国际医疗部邮箱：{hemail}，我们会在24小时内回复。",
    "我的邮箱是{email}，请把报价单发给我。",
    "病历扫描件已通过{email}发送。",
    "E-mail: {email}",
    "{name}的邮箱：{email}",
    "如需签证邀请函，请写信至{hemail}。",
    "Пишите мне на {email}",
    "抄送：{email}；{hemail}",
    "发件人地址：{email}，主题：复查预约",
    "投诉与建议请发送至{hemail}。",
    "能不能把检查结果发到我女儿的邮箱{email}？",
    "{lang}患者可发邮件至{hemail}咨询。",
])

fam("email_hard", 14, [
    "邮箱 {email_h}",
    "email: {email_h} 谢谢",
    "把报告发我 {email_h}",
    "моя почта — {email_h}",
    "mail me at {email_h} pls",
    "邮件地址是{email_h}，别写错了",
])

fam("web_link", 38, [
    "为帮助{name}筹集手术费，家人在网上发起了众筹：{web_fund}",
    "众筹链接：{web_fund}",
    "她把整个治疗过程都写在了博客上：{web_blog}",
    "原文链接：{web_article}",
    "详细报道见{web_article}。",
    "我的个人主页：{web_blog}",
    "更多康复故事请访问{web}",
    "家属在{web_blog}上更新孩子的病情。",
    "Ссылка на сбор: {web_fund}",
    "捐款页面{web_fund}已经筹到目标金额的一半。",
    "Read the full story: {web}",
    "{given}的妈妈把众筹页面{web_fund}转发到了群里。",
    "本文首发于{web_article}，转载请注明出处。",
])

fam("web_hard", 14, [
    "链接 {web_h}",
    "链接地址是 {web_h}",
    "网址：{web_h}（复制到浏览器打开）",
    "照片和进展都在这里 {web_h}",
    "сбор тут: {web_h}",
    "donate here {web_h}",
])

fam("ip_formlog", 38, [
    "[留言表单] 提交IP：{ip}；来源：官网俄文版",
    "系统日志：{date} 用户从{ip}提交了预约申请。",
    "来访IP {ip} 在十分钟内提交了三次相同留言。",
    "表单记录｜IP地址：{ip}｜浏览器：Chrome",
    "Form log: remote_addr={ip}, lang=ru",
    "该留言来自{ip}，归属地显示为{city}。",
    "安全审计发现{ip}多次尝试登录患者门户。",
    "submit_ip: {ip}",
    "留言人IP：{ip}（已记录）",
    "[{nclock}] 在线咨询会话建立，客户端{ip}",
    "访问日志显示该账号最近一次登录来自{ip}。",
    "封禁名单新增：{ip}",
])

fam("ip_hard", 14, [
    "ip: {ip_h}",
    "来源地址 {ip_h}",
    "登录IP为{ip_h}与{ip}",
    "日志里的地址是{ip_h}",
    "client={ip_h}",
])

fam("social_contact", 38, [
    "可以通过{social}联系我。",
    "家属的联系方式：{social}",
    "我女儿在网上记录了全过程，{social}",
    "加我，{social}，发你检查报告。",
    "{name}的社交账号：{social}",
    "国际部{lang}协调员的工作号：{social}",
    "Пишите в личку: {social}",
    "更多照片见她的主页 {social}",
    "请把片子发到{social}",
    "DM me: {social}",
    "患者家属留下了{social}，方便沟通。",
    "{given}让我们通过{social}联系她。",
])

fam("social_hard", 14, [
    "{social_h}",
    "加我 {social_h} 谢谢",
    "联系我：{social_h}",
    "我的号 {social_h} 备注看病",
    "пишите {social_h}",
    "{social_h} 或 {social}",
])

# ----- places ----------------------------------------------------------------

fam("address_line", 34, [
    "患者在京期间住在{street}。",
    "请将药品快递至{street}。",
    "我院地址：{hosp_addr}，欢迎来访。",
    "家属租住在{street}，离医院步行十分钟。",
    "Адрес проживания: {street}",
    "Home address: {street}",
    "{name}的家庭住址：{street}",
    "接机后直接送到{street}。",
    "复印件请寄往{street}。",
    "患者原住址为{street}。",
    "国际医疗部位于{hosp_addr}门诊楼三层。",
    "酒店地址：{street}",
    "出院后{titled}搬到了{street}暂住。",
    "病历邮寄地址填的是{street}。",
    "导航请输入“{hosp_addr}”，到了东门下车。",
])

fam("address_hard", 14, [
    "地址 {street_h}",
    "我住{street_h} 离医院远吗",
    "送到 {street_h} 谢谢",
    "адрес: {street_h}",
    "住址：{street_h}",
    "我们住{street_h}，房东说打车二十分钟",
])

fam("postal_line", 40, [
    "邮寄地址：{addr_post}",
    "请寄到：{addr_post}",
    "{postcode}，请在信封上注明。",
    "包裹上的{postcode}写错了，请重新确认。",
    "Почтовый адрес: {addr_post}",
    "信封上写{postcode}就行吗？",
    "Mailing address: {addr_post}",
    "发票寄送地址：{addr_post}",
    "患者所在地{postcode}（{city}）",
    "我们核对了一下，您给的{postcode}对应的是另一个区。",
    "复查材料寄往{addr_post}，收件人：{name}",
    "表格里这一栏请填写{postcode}。",
])

fam("postal_hard", 13, [
    "{postcode_h}",
    "寄件地址没变，{postcode_h}",
    "我们那边{postcode_h}，能寄吗",
    "адрес тот же, {postcode_h}",
])

fam("geo_line", 38, [
    "救护车定位：{geo}",
    "接机点坐标{geo}，请在此等候。",
    "患者发来的位置：{geo}",
    "事故发生地点的GPS坐标为{geo}。",
    "Location shared: {geo}",
    "我现在在这里 {geo}，找不到国际部入口",
    "直升机降落点：{geo}",
    "家属把酒店位置{geo}发到了群里。",
    "定位码：{geo}",
    "司机说按{geo}导航就能到东门。",
    "{given}发来的实时位置是{geo}。",
    "Мы здесь: {geo}",
])

fam("geo_hard", 14, [
    "位置 {geo_h}",
    "我在 {geo_h} 附近",
    "坐标：{geo_h}（微信位置转文字）",
    "gps {geo_h}",
    "пин: {geo_h}",
])

# ----- identity documents ---------------------------------------------------

fam("passport_visa", 34, [
    "护照号码：{passport}",
    "邀请函中{name}的护照号为{passport}。",
    "请核对护照号{passport}是否与签证一致。",
    "Passport No. {passport}",
    "Номер загранпаспорта: {passport}",
    "陪同人员护照：{passport}",
    "患者护照{passport}已于前台复印存档。",
    "新护照号码是{passport}，旧护照已过期。",
    "入院登记时请出示护照（号码{passport}）。",
    "{titled}的护照号是{passport}，有效期至{gdate}。",
    "机票上的护照号{passport}和实际证件不符。",
    "就医签证申请：申请人护照{passport}",
    "请把护照首页（{passport}）拍照发给我们。",
])

fam("passport_hard", 14, [
    "护照 {passport_h}",
    "passport {passport_h}",
    "паспорт: {passport_h}",
    "我的护照号是{passport_h}，麻烦做邀请函",
    "护照号码{passport_h}（手写，可能看不清）",
])

fam("natid_form", 38, [
    "患者本国身份证明：{natid}",
    "{name}，{natid}",
    "保险公司要求提供{natid}。",
    "身份证件号码（外籍）：{natid}",
    "请在表格中填写{natid}，而不是护照号。",
    "Личный номер: {natid}",
    "转诊单上写着：{natid}",
    "家属证件：{natid}",
    "National ID: {natid}",
    "{titled}提供的本国证件为{natid}。",
    "核对信息：{natid}，与护照姓名一致。",
    "大使馆来函中列明了患者的{natid}。",
])

fam("natid_hard", 14, [
    "证件 {natid_h}",
    "id: {natid_h}",
    "我的号是 {natid_h}",
    "номер {natid_h}",
    "本国身份号{natid_h}（家属口述）",
])

fam("rid_form", 36, [
    "身份证号：{rid}",
    "陪同家属{zhname}，身份证号{rid}。",
    "患者身份证{rid}，已核验。",
    "请核对医保登记的身份证号码{rid}。",
    "居民身份证 {rid}",
    "公民身份号码：{rid}",
    "家属身份证号为{rid}，关系：女儿。",
    "挂号时填写的身份证号{rid}与本人不符。",
    "实名登记：{rid}",
    "{zhname}（{rid}）为本次住院的委托代理人。",
    "陪护证办理需提供身份证号{rid}。",
    "病历首页身份证号一栏：{rid}",
])

fam("rid_hard", 16, [
    "身份证 {rid_h}",
    "我的身份证号是{rid_h}",
    "sfz: {rid_h}",
    "证件号码：{rid_h}（老人口述）",
    "身份证{rid_h} 姓名{zhname}",
    "家属身份证号 {rid_h}",
])

# ----- records, insurance, money --------------------------------------------

fam("mrn_discharge", 34, [
    "病案号：{mrn}",
    "住院号{mrn}，出院诊断：冠心病。",
    "请在邮件标题中注明门诊号{mrn}。",
    "MRN: {mrn}",
    "患者ID {mrn}，床位：A区21床",
    "出院小结｜住院号：{mrn}｜出院日期：{date}",
    "复印病历时请提供病案号（{mrn}）。",
    "номер истории болезни {mrn}",
    "{name}的门诊ID是{mrn}。",
    "检验报告单上的病历号{mrn}与住院号不一致。",
    "影像资料已按住院号{mrn}归档。",
    "复诊时报门诊号{mrn}即可。",
])

fam("mrn_hard", 14, [
    "病历号 {mrn_h}",
    "住院号是{mrn_h} 麻烦查一下",
    "mrn {mrn_h}",
    "门诊号：{mrn_h}",
    "我爸的病案号{mrn_h}，要复印",
])

fam("insurance_line", 38, [
    "保险信息：{health}",
    "请提供{health}的正反面复印件。",
    "患者持有{health}，可直付。",
    "直付需要核对{health}。",
    "{name}，{health}",
    "Insurance: {health}",
    "保险公司担保函中写明{health}。",
    "Страховка: {health}",
    "登记的是{health}，请确认是否在保障期内。",
    "结算时系统提示{health}已失效。",
    "{titled}出示了{health}。",
])

fam("health_hard", 14, [
    "保险 {health_h}",
    "insurance {health_h}",
    "我的保险号：{health_h}",
    "полис {health_h}",
    "保单 {health_h} 能直付吗",
])

fam("payment_line", 38, [
    "请将预付款汇至以下账户：{acct}",
    "退款账户：{acct}",
    "我的银行卡号是{acct}，请退回押金。",
    "收款账户（IBAN/账号）：{acct}",
    "{name}，收款账号{acct}",
    "Реквизиты для перевода: счёт {acct}",
    "付款卡号：{acct}",
    "家属用另一张卡{acct}缴了费。",
    "收款人：{titled}，账号：{acct}",
    "请核对汇款账户{acct}是否正确。",
    "押金已退回至尾号不同的账户{acct}。",
])

fam("account_hard", 14, [
    "卡号 {acct_h}",
    "account {acct_h}",
    "счёт {acct_h}",
    "退到这个卡 {acct_h}",
    "账户：{acct_h}",
])

# ----- clinicians' licences -------------------------------------------------

fam("licence_sign", 45, [
    "主诊医师：{lic}",
    "本报告由{lic}审核签发。",
    "会诊意见由{lic}出具。",
    "处方医师：{lic}",
    "出院小结签名：{lic}",
    "Medical report signed by {lic}.",
    "诊断证明书｜签字医生：{lic}",
    "本院{lic}为该患者提供随访服务。",
    "邀请函附：接诊医生{lic}。",
    "如对诊断有疑问，请联系{lic}，电话{phone}。",
    "{date}，{lic}为患者完成了术前评估。",
    "负责本次远程会诊的是{lic}。",
    "经治医师：{lic}",
    "翻译件已由{lic}核对。",
])

fam("licence_hard", 15, [
    "签名 {lic_h}",
    "医生：{lic_h}",
    "signed: {lic_h}",
    "审核 {lic_h}",
    "主治 {lic_h}",
])

# ----- vehicles and devices ---------------------------------------------------

fam("vehicle_line", 38, [
    "接机车辆车牌：{plate}",
    "患者家属的车{plate}停在地下一层停车场。",
    "请为车辆{vehicle}预留停车位。",
    "跨境救护车{plate}已从{city}出发。",
    "司机师傅开的是{plate}，白色商务车。",
    "Номер машины: {vehicle}",
    "肇事车辆{vehicle}已被交警扣留。",
    "登记进院车辆：{vehicle}",
    "车辆信息：{vehicle}",
    "{given}的丈夫开着{plate}在东门等候。",
    "保险理赔需要提供车架号（VIN）{vin}。",
    "送药的车是{plate}，请到北门取。",
])

fam("vehicle_hard", 14, [
    "车辆 {vehicle_h}",
    "车 {vehicle_h} 在门口",
    "номер {vehicle_h}",
    "plate {vehicle_h}",
    "我们的车是{vehicle_h}，能进院吗",
])

fam("device_line", 38, [
    "起搏器序列号：{dev_serial}",
    "植入的胰岛素泵（SN {dev_serial}）需要在回国前重新程控。",
    "人工耳蜗信息已记录：{dev_udi}。",
    "患者手机{dev_imei}已绑定随访APP。",
    "植入物标签：{dev_udi}",
    "监护仪MAC地址{dev_mac}已登记到系统。",
    "Серийный номер импланта: {dev_serial}",
    "动态血糖仪{dev_serial}的数据已上传。",
    "请携带{device}对应的设备卡复诊。",
    "{name}的心脏除颤器（{dev_serial}）需要随访。",
    "髋关节假体追溯码：{dev_udi}",
    "远程监测平台绑定设备：{device}",
    "家用呼吸机的蓝牙地址是{dev_mac}。",
    "定位手环IMEI：{dev_imei}",
])

fam("device_hard", 14, [
    "设备 {device_h}",
    "sn {device_h}",
    "серийник {device_h}",
    "泵的编号 {device_h}",
    "imei/sn：{device_h}",
])

# ----- references -------------------------------------------------------------

fam("reference_line", 40, [
    "理赔案件号：{ref_claim}",
    "您的签证号码为{ref_visa}。",
    "邀请函编号{ref_invite}，请随签证材料一并提交。",
    "电子客票号{ref_ticket}",
    "航班订座记录{ref_pnr}，请核对姓名拼写。",
    "案号{ref_court}",
    "陪诊翻译的工号是{ref_staff}。",
    "留学生学号{ref_student}，可享受学生医保。",
    "药品已寄出，顺丰单号{ref_courier}。",
    "预约号{ref_appt}，请提前30分钟到达。",
    "居留许可编号：{ref_permit}",
    "发票号码{ref_invoice}",
    "收据号{ref_receipt}，请妥善保管。",
    "订单号{ref_order}",
    "转账流水号{ref_transfer}",
    "挂号单号{ref_reg}",
    "{name}的担保函编号{ref_claim}",
    "Booking reference: {ref_pnr}",
    "Номер визы: {ref_visa}",
    "已开具电子发票，号码{ref_invoice}。",
    "相关单据编号：{ref_any}，如有疑问请咨询收费处。",
])

fam("reference_hard", 15, [
    "编号 {ref_h}",
    "单号：{ref_h}",
    "no. {ref_h}",
    "号码是{ref_h}，麻烦查一下",
    "номер {ref_h}",
])

# ----- several identifiers in one sentence ------------------------------------

fam("multi_identifier_hard", 58, [
    "姓名：{name}｜出生日期：{dob}｜护照：{passport}｜电话：{phone}",
    "兹邀请{country}公民{name}（护照号{passport}，出生日期{dob}）于{date}来我院就医。",
    "住院号{mrn}，患者{name}，于{date}出院，随访电话{phone}。",
    "{zhname}，身份证{rid}，{health}",
    "【转发】{given}：我的WhatsApp {phone}，邮箱{email}",
    "家属{zhname}，身份证{rid}，车牌{plate}，已登记。",
    "付款人{name}，卡号{acct}，流水号{ref_transfer}",
    "快递至{addr_post}，收件人{name}，电话{phone}",
    "{lic}于{date}为住院号{mrn}的患者签发诊断证明。",
    "患者{name}（{natid}）的{health}已确认直付。",
    "起搏器{device}，植入日期{date}，病案号{mrn}",
    "来自{ip}的留言：我是{lname}，电话{phone_h}",
    "{age}的{titled}住在{street}，家属电话{phone}",
    "机场接机：{name}，订座记录{ref_pnr}，车牌{plate}",
    "{name}发来定位{geo}，说救护车到了楼下。",
    "{name}的众筹页{web_fund}和账号{social}都已更新。",
    "签证信息：{name}，护照{passport_h}，签证号{ref_visa}，有效期至{gdate}",
    "{doc}：患者{given}，{age}，门诊号{mrn}，明天{nclock}复查。",
    "Invitation No. {ref_invite} — patient {name}, DOB {dob}, passport {passport}",
    "表单日志 {date} {ip}：姓名{oname}，邮箱{email_h}",
    "病历首页：{zhname}，{rid}，出生{dob}，联系电话{phone}",
    "{name}，{natid_h}，住址{street}",
    "理赔号{ref_claim}，被保险人{name}，保单{health}，开户行账号{acct}",
    "出院带药随访卡：{name}，住院号{mrn_h}，胰岛素泵{device}",
    "微信转发：“我是{given}，{social_h}，邮箱{email}，急！”",
    "{titled}的女儿（身份证{rid_h}）代为签字，联系电话{phone}",
])

fam("contact_form_hard", 36, [
    "hello  我想咨询一下 我爸爸{age}了 还能不能做手术  电话{phone_h}",
    "你好我是{lname}从{city}来的，想预约{dept}专家 email {email}",
    "医生您好！！我妈妈 肺上有个结节 能不能看看片子 我微信 {social_h}",
    "请问国际部几点下班 我的电话 {phone} 谢谢",
    "здравствуйте 我是{lname} 想问签证邀请函 护照 {passport_h}",
    "急！！孩子发烧三天 我们住在{street_h} 怎么去医院",
    "留言：{lname}，whatsapp {phone_h}，想看心内科",
    "hi, my name is {lname}, my mother is {age_en}, can she travel?",
    "您好 我上周二来过 门诊号{mrn_h} 报告什么时候出",
    "请问可以直付吗 我的保险是{health_h}",
    "我是{given}的妈妈，孩子的护照{passport}，想做心脏复查，电话{phone}",
    "退款请打到{acct_h}，谢谢！！",
    "俄语翻译明天能来吗 我住{hotel} 电话{phone_h}",
    "hello?? 我是 {lname} , 我的 email 是 {email_h}",
    "我爸爸起搏器 {device_h} 要检查 在哪个科",
    "请问 我的预约号{ref_h}还有效吗",
], noisy=True)

# =============================================================================
# clean families
# =============================================================================

fam("clean_vague_dates", 46, [
    "{month_year}，她第一次来到北京。",
    "我们从{month_year}开始随访这位患者。",
    "{month_year}起，国际医疗部开通了{lang}服务。",
    "研究纳入了{yrange}期间的病例。",
    "{yrange}，科室共开展了{ncases}{proc}。",
    "本文更新于{month_year}。",
    "手术安排在{month_year}，具体日期待定。",
    "{month_year}，我们接待了来自{ncountry}国家的患者。",
    "他在{month_year}确诊为{disease}。",
    "签证办理大约需要两周，建议{month_year}前提交材料。",
    "患者计划{month_year}回{city}过年。",
    "{month_year}的随访数据显示，五年生存率明显提高。",
    "{month_year}以来，{lang}患者的数量翻了一番。",
    "В {ru_month} {year} года мы впервые приехали в Пекин.",
    "Since {month_year}, the department has offered video consultations.",
])

fam("clean_relative_time", 46, [
    "{rel_time}，患者开始下地行走。",
    "{rel_time}复查CT，肿瘤明显缩小。",
    "引流管在{rel_time}拔除。",
    "她说{rel_past}还在为签证发愁。",
    "{rel_time}的血常规显示{lab}。",
    "随访计划：{rel_future}复查，之后每三个月一次。",
    "{rel_time}，孩子第一次喊了“妈妈”。",
    "{rel_time}出现低热，考虑为吸收热。",
    "我们约好{rel_future}再做一次视频会诊。",
    "{rel_time}开始恢复饮食。",
    "Day +14 中性粒细胞恢复，{rel_time}顺利出舱。",
    "术后第三天即可在护士陪同下散步。",
    "{rel_past}的时候，他还坐着轮椅。",
    "{rel_future}转回{city}继续康复。",
    "{rel_past}，她在{city}第一次听说了这家医院。",
    "如果恢复顺利，{rel_future}就可以回国了。",
])

fam("clean_festival_noyear", 36, [
    "{festival}期间，国际医疗部照常开放。",
    "每逢{festival}，病区都会为外籍患者准备小礼物。",
    "{festival}前后门诊量较大，请提前预约。",
    "今年的{festival}，他是在病房里度过的。",
    "患者希望在{festival}之前回到{city}。",
    "斋月期间，我们调整了用药时间。",
    "{festival}那天，护士们教孩子们包饺子。",
    "{festival}假期后第一周是复查高峰。",
    "为了赶在{festival}前出院，她每天认真做康复训练。",
    "{festival}快到了，病房里挂起了红灯笼。",
])

fam("clean_ages", 46, [
    "患者{age_c}，既往体健。",
    "这位{age_c}的老人恢复得很好。",
    "{age_c}的她依然坚持每天练太极。",
    "年龄：{age_c}",
    "“My grandmother is almost 90 and still gardens every day.”",
    "老人{age_c}，家属希望尽量保守治疗。",
    "老人{age_c}，这次接受{proc}，风险需要充分评估。",
    "{age_c}的老先生独自从{city}飞来复查。",
    "她已年近九旬，却坚持自己填写入院表。",
    "父亲年过八旬，这次是第一次坐飞机。",
    "英文病历写着：{age_cf}, lives independently。",
    "留言里写着：“Маме {age_cf}, она очень бодрая.”",
    "爷爷快九十了，想问问能不能做胃镜。",
    "女儿说，母亲{age_c}，记性还特别好。",
    "“My father is {age_cf}; can he fly after surgery?”",
])

fam("clean_ninety", 36, [
    "她是一位90后妈妈，孩子{rel_past}被确诊为先天性心脏病。",
    "九十年代，他曾在{city}当过翻译。",
    "手术持续了九十分钟，出血{ml}。",
    "患者入院时血压90/60 mmHg，{lab}。",
    "术后疼痛缓解率达到90%。",
    "每日{dose}，连续服用90天。",
    "这款药的口服生物利用度约为90%。",
    "住院部共有90张床位。",
    "患者近90天内无出国旅行史。",
    "She moved to {city} in the nineties.",
    "A ninety-minute consultation is scheduled for {weekday}.",
    "血氧饱和度一度降到90%，随即给予吸氧。",
    "心率90次/分，律齐。",
    "静脉泵入速度调整为90 ml/h。",
    "运动负荷试验持续了九十秒就因胸痛终止。",
    "{dept}的90后护士占了一半以上。",
    "单次门诊预约时长为90分钟，含{lang}翻译。",
    "病历里记录的“{ninety}”，复诊时还需要再核对一次。",
])

fam("clean_public_numbers", 36, [
    "在北京遇到紧急情况，请立即拨打120，并说明所在的{spot}。",
    "如遇财物丢失，可拨打110报警。",
    "市民热线12345可以咨询外籍人士就医政策。",
    "卫生健康热线12320提供中文和英文服务。",
    "在欧洲请拨打112，在美国请拨打911。",
    "英国的急救电话是999，泰国则是1669。",
    "在俄罗斯老家，她习惯拨打103叫急救；来北京后，护士告诉她在中国要拨120。",
    "“Call 911”在中国不管用，请记住120。",
    "火警119、匪警110、急救120，这三个号码请务必记牢。",
    "Если нужна скорая в Москве — звоните 103, в Пекине — 120.",
    "拨打１２０后请保持电话畅通。",
    "出国旅行前，请记住{emergency}和{emergency}。",
    "宣传册上印着常用公共服务号码：{public}、{public}。",
    "在{spot}墙上贴着提示：紧急情况请拨120，火警请拨119。",
])

fam("clean_trial_codes", 42, [
    "该研究已在ClinicalTrials.gov注册（{trial}）。",
    "患者入组了{trial}临床试验。",
    "我们参与的多中心研究{trial}已完成入组。",
    "试验注册号：{trial}",
    "Registered at {trial}.",
    "该药批准文号为{approval}。",
    "出院诊断编码：{icd}",
    "药物ATC编码{atc}。",
    "基因检测提示{gene}。",
    "分子检测结果：{gene}。",
    "主要诊断{icd}，次要诊断{icd}。",
    "方案参考了{trial}的研究结果。",
    "请认准正规批准文号{approval}。",
    "病理诊断编码为{icd}，分子分型：{gene}。",
])

fam("clean_lab_dose_price", 46, [
    "复查{lab}，较前好转。",
    "给予{dose}，每日一次。",
    "治疗总费用约{price}。",
    "押金{price}，出院时多退少补。",
    "{lab}，{lab}。",
    "出院时{lab}，{lab}，达到出院标准。",
    "放疗方案为{rt}。",
    "单次门诊费用一般在{price}左右。",
    "术前{lab}，予以纠正后手术。",
    "{proc}的费用大约为{price}，不含住宿。",
    "建议维持{dose}，两周后复查{lab}。",
    "目前{lab}，无需调整{dose}的剂量。",
])

fam("clean_batch_version", 42, [
    "本批次疫苗{batch}已通过国家检验。",
    "如发现{batch}产品外包装破损，请联系药剂科。",
    "本文依据{guideline}。",
    "预约系统已升级至{version}。",
    "请将APP更新到{version}以上。",
    "参见{guideline}。",
    "服务器程序版本号{version}，本周末停机维护。",
    "该药品召回范围为{batch}。",
    "报告模板采用{version}，引用{guideline}。",
    "影像工作站软件版本：{version}",
    "公告：{batch}试剂盒暂停使用。",
    "版本说明：{version}修复了俄文界面乱码问题。",
])

fam("clean_places", 46, [
    "她从{city}出发，经{city}转机抵达北京。",
    "来自{country}的患者越来越多。",
    "医院位于{district}，交通便利。",
    "我们在{zhstreet}附近找到一家清真餐厅。",
    "从{zhstreet}步行过来大约十分钟。",
    "患者住在{district}的一家酒店。",
    "{hotel}离医院很近，很多家属选择住在那里。",
    "{city}直飞北京只需要四个多小时。",
    "她的家乡在{country}南部的一个小镇。",
    "我们与{city}的几家医院建立了转诊合作。",
    "{district}有不少{lang}餐厅。",
    "从首都机场到{district}打车大约四十分钟。",
])

fam("clean_hospital_locations", 42, [
    "请到{spot}办理入院手续。",
    "检查在{spot}进行。",
    "{spot}旁边有自动售货机。",
    "患者已转入{spot}。",
    "从{spot}乘坐电梯到{spot}。",
    "{lang}翻译在{spot}等候。",
    "取药请到{spot}。",
    "术后患者暂时安置在{spot}。",
    "家属休息区设在{spot}。",
    "请先到{spot}测体温，再去{spot}。",
])

fam("clean_street_noname", 32, [
    "医院东门正对{zhstreet}。",
    "沿{zhstreet}往北走，第二个路口右转。",
    "{cstreet}上的那家餐厅很受患者欢迎。",
    "她以前住在{fstreet}附近。",
    "从{zhstreet}到医院可以坐地铁。",
    "{zhstreet}晚高峰很堵，请预留时间。",
    "Our hotel was on {cstreet}, close to the metro.",
    "救护车走{zhstreet}会更快一些。",
    "{zhstreet}和{zhstreet}交叉口有一家24小时药店。",
])

fam("clean_aliases", 46, [
    "{alias}，{age_c}，因咳嗽两月入院。",
    "{alias}的家属同意公开这张照片。",
    "本文中的{alias}为化名。",
    "{alias}术后恢复顺利。",
    "{relation}一直守在病床边。",
    "{title}查房时详细询问了病情。",
    "感谢{title}和全体护士。",
    "{alias}来自{country}，此前在{city}做过两次手术。",
    "{relation}说，{alias}回家后胃口好多了。",
    "{title}为{alias}制定了康复计划。",
    "病例讨论：{alias}，{disease}。",
    "{relation}和{relation}轮流陪护。",
    "“谢谢{title}！”{relation}激动地说。",
])

fam("clean_eponyms_institutions", 40, [
    "她被诊断为{disease}。",
    "团队采用{method}为患儿矫正畸形。",
    "主任曾在{inst}进修。",
    "入院时{score}为12分。",
    "我们始终践行南丁格尔精神。",
    "{disease}是一种需要长期管理的疾病。",
    "她的主治医生毕业于{inst}。",
    "该技术最早由{inst}的团队报道。",
    "{disease}患者的转诊需求逐年增加。",
    "病区护士长荣获南丁格尔奖提名。",
    "{method}在儿童患者中效果良好。",
    "白求恩精神激励着一代代医务工作者。",
])

fam("clean_herbs_words", 36, [
    "方中加入{herb}和{herb}，以益气养血。",
    "{herb}不宜与华法林同时服用。",
    "只要有希望，就不要放弃。",
    "祝您平安健康！",
    "阳光透过窗户照进{spot}。",
    "春天来了，病区的玉兰花开了。",
    "孩子们的快乐是最好的药。",
    "他心里的一块石头终于落了地。",
    "医生说，这简直是医学上的奇迹。",
    "Hope is what keeps families going.",
    "Вера в лучшее помогает пациентам.",
    "中药处方：{herb}、{herb}、{herb}，水煎服。",
    "{herb}茶是很多{country}患者喜欢的伴手礼。",
    "坚持就是胜利，祝早日康复！",
])

fam("clean_seo", 40, [
    "SEO标题：北京国际医疗部｜为{country}患者提供一站式就医服务",
    "meta description：了解在北京治疗{disease}的流程、费用与签证办理。",
    "{country}患者来华就医指南：签证、翻译、住宿一文读懂",
    "京华国际医疗部：{lang}服务，{dept}专家团队",
    "关键词：北京{proc}，外籍患者，国际医疗，{lang}翻译",
    "标题：在北京做{proc}需要多少钱？",
    "Medical treatment in Beijing for patients from {country}",
    "{dept}｜国际患者常见问题解答",
    "页面描述：{city}患者赴京就医全流程",
    "Лечение в Пекине: {proc}, цены и сроки",
])

fam("clean_contact_form", 46, [
    "你好 请问国际部周末有门诊吗",
    "hello do you have russian speaking doctor??",
    "我妈妈{age_c} 心脏不好 能不能来看",
    "请问 可以用外国保险直付吗",
    "здравствуйте, сколько стоит МРТ?",
    "想咨询{disease}的治疗费用 大概多少钱",
    "预约要提前几天呀？？",
    "签证邀请函怎么申请，需要什么材料",
    "医生好，报告上写{lab}，严重吗",
    "我们从{city}过来，{festival}前能做完手术吗",
    "请问有没有{lang}翻译",
    "家里老人{age_c} 可以做{proc}吗 谢谢",
    "能不能先发个报价给我 谢谢！",
    "hi, how long is the waiting time for {proc}?",
    "你们医院离{hotel}远吗",
], noisy=True)

fam("clean_timeline_vague", 36, [
    "{month_year}　首次视频问诊",
    "{rel_time}　转入普通病房",
    "第一阶段（{month_year}）：评估与准备",
    "{festival}后：回国继续康复",
    "{month_year}：完成第二周期化疗",
    "{rel_time}：拔除胸腔引流管",
    "{month_year}—至今：每半年复查一次",
    "时间线｜{month_year}　确诊{disease}",
    "{rel_time}｜开始康复训练",
])

fam("clean_counts", 32, [
    "今年国际医疗部共接诊来自{ncountry}国家的患者。",
    "团队已完成{proc}{ncases}。",
    "整个治疗共需{nsessions}。",
    "她在病房里住了{ndays}。",
    "术中出血{ml}。",
    "{dept}每周为外籍患者开设两个半天的专家门诊。",
    "这是他今年第二次来京。",
    "从确诊到手术，她只等了{ndays}。",
    "完成{nsessions}后，肿瘤标志物明显下降。",
    "{dept}去年收治外籍患者{ncases}。",
])

fam("clean_chat", 32, [
    "【转发】医生说{weekday}复查，记得空腹。",
    "[语音转文字] 妈妈今天精神好多了",
    "【聊天记录】翻译：明天{nclock}在{spot}见。",
    "群消息：{title}说结果下午出来。",
    "转发自家属群：签证材料已经交了，等通知。",
    "[图片] 出院小结第一页（已打码）",
    "消息：{relation}说{city}那边的检查不用重复做了。",
    "“到了吗？”“到了，在{spot}门口。”",
    "【转发】{lang}翻译：费用清单已经发到群里了。",
    "语音：医生让我们{rel_future}再来。",
])

fam("clean_captions", 32, [
    "图：{title}在为患儿听诊。",
    "alt text：护士在{spot}为老人测量血压",
    "配图：{dept}团队合影",
    "照片：{relation}在病床边给孩子读故事书。",
    "图片说明：国际医疗部的{lang}导诊牌。",
    "视频截图：{alias}在康复室练习走路。",
    "Photo: the {dept} team at the international department.",
    "图为{spot}一角。",
])

fam("clean_clinician_remarks", 40, [
    "{title}提醒：术后一个月内避免长途飞行。",
    "“这类病例在我们这里并不少见，”{title}说。",
    "{title}指出，{disease}的早期诊断非常关键。",
    "医生建议{rel_future}复查血常规和肝功能。",
    "{title}表示，{proc}的成功率已超过九成。",
    "“家属的配合非常重要，”{title}强调。",
    "{title}：外籍患者最大的困难往往是语言。",
    "主刀医生说手术比预想的要顺利。",
    "{title}解释，{gene}突变的患者可以考虑靶向药。",
    "{title}建议患者回国后在当地继续服用{dose}。",
])

fam("clean_discharge_lines", 40, [
    "出院诊断：{disease}；出院医嘱：{dose}，每日一次。",
    "入院诊断：{icd}",
    "出院情况：生命体征平稳，{lab}。",
    "随访建议：{rel_future}门诊复查。",
    "用药：{dose}，口服。",
    "手术名称：{proc}；麻醉方式：全身麻醉。",
    "病情摘要：患者因{disease}入院，完善检查后行{proc}。",
    "出院带药：{herb}颗粒，每日两次。",
    "主要检查结果：{lab}；{lab}。",
    "放疗：{rt}，过程顺利。",
])

fam("clean_visa_info", 24, [
    "就医签证一般需要医院出具的邀请函。",
    "{country}公民来华就医通常申请S2或M类签证。",
    "签证办理时间约为五至十个工作日。",
    "陪同家属也需要单独申请签证。",
    "请在{month_year}前准备好邀请函和财力证明。",
    "{city}的中国签证中心可以代办就医签证。",
    "如需延长停留，请在签证到期前到出入境管理部门申请。",
    "过境免签不适用于长期住院治疗。",
    "{lang}版签证材料清单可在国际医疗部前台领取。",
    "{country}患者通常在{city}的中国使馆递交签证申请。",
    "邀请函需注明预计住院时长，例如{ndays}。",
    "如果{festival}期间使馆休息，请提前规划递签时间。",
])

fam("clean_intake_forms", 34, [
    "国籍：{country}｜语言：{lang}｜过敏史：无",
    "就诊科室：{dept}；是否需要翻译：是",
    "既往史：{disease}；手术史：{proc}",
    "年龄：{age_c}｜性别：男｜陪同人员：{relation}",
    "来院方式：救护车；所在城市：{city}",
    "首选语言：{lang}；饮食要求：清真",
    "紧急联系人关系：{relation}",
    "保险类型：商业保险（直付）",
])

fam("clean_thanks", 32, [
    "感谢{dept}全体医护人员的悉心照料！",
    "感谢信：致国际医疗部的每一位天使",
    "谢谢你们让我们在异国他乡感受到家的温暖。",
    "特别感谢{title}和{lang}翻译的耐心陪伴。",
    "我们全家会永远记得在北京的这段日子。",
    "一位来自{country}的母亲写下了这封感谢信。",
    "“Спасибо всем врачам и медсёстрам!”",
    "感谢{title}，感谢{spot}的护士们。",
])

fam("clean_quotes", 32, [
    "“这里的护士很温柔，”一位来自{country}的母亲说。",
    "“我终于可以回家了。”{alias}说。",
    "“I never felt like a foreigner here,” said a patient from {city}.",
    "{relation}说：“我们一开始很担心语言不通。”",
    "“谢谢，医生！”孩子用刚学会的中文说。",
    "“Я вернусь сюда на контроль,” — говорит {alias}.",
    "“我们信任这里的医生，”{relation}说。",
])

# ----- clean hard families --------------------------------------------------

fam("clean_lookalike_codes_hard", 40, [
    "系统{version}导出的报告：{trial}组，{lab}，{dose}。",
    "药品{batch}（{approval}），{dose}。",
    "版本号 10.2.4.17 的HIS系统今天上线。",
    "试验编号：ＮＣＴ０４５６７８９０；注册平台版本{version}。",
    "{trial}、{trial}两项研究均已发表。",
    "诊断{icd}，{gene}，参考{guideline}。",
    "本批次（批号20230312）为常规抽检，不涉及具体患者。",
    "ATC {atc} / ICD {icd} / {batch}",
    "服务器集群节点版本：{version}、{version}。",
    "指南第三条推荐：{dose}。",
    "注册号ChiCTR２１０００４５６７８，伦理批件编号见附录。",
    "一二三四五六七八九十——请用中文数字填写疼痛评分。",
    "{gene}（{trial}）亚组分析：{lab}。",
    "批号２０２４０１１５的试剂已全部下架。",
])

fam("clean_name_lookalikes_hard", 36, [
    "{alias}与{alias}同日入院。",
    "mr. a 的家属今天没来。",
    "患儿小Y和患儿小Z在同一个病房。",
    "there is still hope for patients with {disease}.",
    "老K今天又准时来做透析了。",
    "pacient k. — повторный приём через неделю.",
    "{alias}（{country}籍）与{relation}一同来京。",
    "parkinson病、crohn病和kawasaki病的患者都可以在这里随访。",
    "{title}、{title}和{title}共同参与了会诊。",
    "中山医院与白求恩国际和平医院的专家联合查房。",
    "{herb}、{herb}，{method}，{disease}——今天的讲座内容很丰富。",
    "张某某和李某某的病例已做匿名化处理。",
    "ms. b 说 she is feeling much better.",
    "A女士、B先生、C女士均为化名。",
])

fam("clean_number_soup_hard", 36, [
    "血压９０／６０，心率一百一十次每分，SpO₂ 90%，已拨打120。",
    "老人{age_c}，服用{dose}，住院{ndays}，费用{price}。",
    "{lab}；{lab}；{lab}。",
    "九十分钟内完成溶栓，{lab}，{rel_future}复查。",
    "１２３２０、１２３４５都可以咨询，不要拨打１１０。",
    "{price}，{price}，合计约{price}。",
    "{month_year}起门诊随访，{dose}，90天为一个疗程。",
    "床位：A区21床；电梯：7号电梯；窗口：5号窗口。",
    "{spot}、{spot}、{spot}都在同一层。",
    "NRS评分6分，{dose}，{lab}，年近九旬。",
    "第9版指南第45页：90后患者占比约90%。",
    "Day +{ninety_n}：{lab}，{lab}。".replace("{ninety_n}", "90"),
    "{rt}，{nsessions}，{lab}。",
])


# =============================================================================
# generation
# =============================================================================

def generate():
    rows = []
    seen = set()
    for category, n, templates, noisy in FAMILIES:
        made = 0
        attempts = 0
        order = []
        while made < n and attempts < n * 40:
            attempts += 1
            if not order:
                order = list(templates)
                R.shuffle(order)
            tpl = order.pop()
            text, kinds = fill(tpl, noisy)
            text = text.strip()
            if not text or text in seen:
                continue
            seen.add(text)
            rows.append((category, ",".join(kinds) if kinds else "-", text))
            made += 1
    return rows


def write(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, text in rows:
            assert "\t" not in text and "\n" not in text and "\r" not in text
            fh.write(f"{cat}\t{kinds}\t{text}\n")


def stats(rows):
    per_kind = {k: 0 for k in KINDS}
    clean = hard = 0
    per_cat = {}
    for cat, kinds, _ in rows:
        per_cat[cat] = per_cat.get(cat, 0) + 1
        if cat.endswith("_hard"):
            hard += 1
        if kinds == "-":
            clean += 1
            continue
        for k in kinds.split(","):
            per_kind[k] += 1
    print(f"sentences: {len(rows)}")
    print(f"clean: {clean}  with identifiers: {len(rows) - clean}  hard: {hard}")
    for k in KINDS:
        print(f"  {k:24s} {per_kind[k]}")
    print("categories:")
    for cat, c in per_cat.items():
        print(f"  {cat:32s} {c}")


def main():
    rows = generate()
    here = os.path.dirname(os.path.abspath(__file__))
    write(rows, os.path.join(here, OUT_NAME))
    if "--stats" in sys.argv[1:]:
        stats(rows)


if __name__ == "__main__":
    main()
