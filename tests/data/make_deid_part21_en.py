#!/usr/bin/env python3
"""Generate a labelled, held-out test corpus (part 21, English) for a
de-identification scanner.

The corpus imitates English text that passes through the international
department of a Beijing hospital: case-story narration, patient and family
quotes, clinicians' remarks, photo captions and alt text, timeline entries,
SEO titles and descriptions, thank-you letters, informal contact-form
messages, forwarded chat snippets, visa-invitation and discharge-summary
lines and intake forms.  Patients come from Russia, Central Asia, Mongolia,
the Middle East, South-East Asia, Africa, Europe, the Americas, Korea, Japan
and China, so names and fragments appear in Latin, Cyrillic, Arabic, Thai,
Hangul, kana/kanji, Hanzi and pinyin.

Output: a TSV with the header ``category<TAB>expected_kinds<TAB>sentence``.
``expected_kinds`` lists kinds in canonical order, or ``-`` for a clean
sentence.  Category names ending in ``_hard`` hold obfuscated, spelled-out,
split, full-width, lower-cased, mixed-script or multi-identifier material,
or particularly deceptive look-alikes; categories beginning with ``clean_``
hold no identifier at all.

How labels are produced
-----------------------
* Every template slot is registered once with a fixed tuple of kinds (an
  empty tuple for clean slots).  A sentence's label is the union of the kinds
  of the slots its template uses.  The finished text is never inspected.
* At definition time the script asserts that ``clean_`` families use only
  clean slots and that every template of any other family has at least one
  identifier slot.
* Surface modifiers (case, full-width forms, spacing, grouping, digits written
  as words, Chinese numerals) change how a value looks, never its kinds.
* Typing noise (dropped, doubled or swapped letters, odd spacing, lower case)
  touches only the literal text of a template, never a slot value.
* A single ``random.Random(2021)`` drives everything; only lists and
  insertion-ordered dicts are iterated, duplicate sentences are skipped, so
  two runs produce byte-identical files.  ``--stats`` prints counts.

Labelling rules (the judgement calls)
-------------------------------------
* Birth dates - with or without a year, lunar or spelled out - are
  date_of_birth and nothing else.  Any other day-precise date in any
  calendar, script or layout (ISO, dotted, slashed, compact, Chinese
  numerals, full-width, Russian or English month names, Thai Buddhist-era
  years, Hijri, lunar days such as the eighth of the twelfth lunar month,
  dates of death, visa expiry) is exact_date, and so is a festival tied to a
  year.  Months with a year, bare years, ranges, seasons, quarters, weeks,
  festivals without a year, relative phrases and post-operative day counts
  are clean.
* Ages of ninety or more, however worded (digits, words, Chinese and Russian
  forms, "ninety-plus" idioms, centenarians) are age_over_89.  Ages up to 89,
  approximations below ninety ("nearly ninety", "late eighties"), decades and
  generations, and the number 90 used as a dose, a percentage, a blood
  pressure, a duration or a count are clean.
* Phone numbers in any national layout, including numbers offered for
  messenger apps, a department's full landline with extension, and
  spelled-out, split or full-width numbers, are phone_number.  Short public
  service numbers (emergency, hotline) are clean.
* Messenger IDs, wxid strings, QQ numbers, @handles and profile links are
  social_account; fundraising pages, blogs, personal home pages and article
  links are web_address.  A name embedded in an e-mail address, handle or URL
  does not add person_name.  The hospital's own mailboxes still count as
  email.
* person_name covers full names, surname plus title or kinship term, "Dr."
  plus surname, given names and nicknames on their own, names in any script,
  ordinary words serving as a person's name, and obfuscated names.  Letter
  aliases, bare relations and titles, eponymous diseases and methods, herbal
  drug names and people embedded in the names of institutions, streets,
  awards or places are clean.
* A street with a house, building or flat number is street_address (hotels,
  rented flats, the hospital's own address and streets named after people
  included); a postcode adds postal_code, and a postcode on its own is
  postal_code.  Streets without numbers, cities, districts, provinces,
  countries and in-hospital locations (buildings, floors, rooms, windows,
  wards, beds, lifts) are clean.  Coordinate pairs (decimal or
  degree-minute-second, either order) and plus codes are geolocation.
* The Chinese 18-character resident identity number is resident_id in every
  surface form, whether or not its check character is right.  Personal
  numbers of other countries are national_id; travel passports of any
  country are passport_number.
* Insurance member, policy and card numbers are health_plan_number; hospital
  record, chart, inpatient and outpatient numbers are medical_record_number.
  A clinician's licence number is always generated together with the
  clinician's name, so it carries licence_number and person_name.
* Bank accounts, IBANs and card numbers are account_number; number plates and
  VINs are vehicle_identifier; implant and device serials, IMEI, MAC and UDI
  strings are device_identifier; IP addresses from form logs are ip_address.
  Claim, visa, ticket, booking, court, staff, student, courier, appointment,
  registration, permit, invitation, invoice, receipt, order and transfer
  references are other_number.
* Trial registry numbers, drug approval numbers, diagnosis and drug codes,
  gene variants, doses, laboratory values, prices, batch numbers in general
  statements (even when shaped like dates), guideline versions and pages and
  software or document versions (even when shaped like IP addresses) are
  clean.
"""

import argparse
import datetime
import os
import random
import re
import sys
import unicodedata

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89",
    "phone_number", "email", "web_address", "ip_address", "social_account",
    "street_address", "postal_code", "geolocation", "passport_number",
    "national_id", "resident_id", "medical_record_number",
    "health_plan_number", "account_number", "licence_number",
    "vehicle_identifier", "device_identifier", "other_number",
]
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}

R = random.Random(2021)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "deid_generated_en_heldout21.tsv")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def pick(r, seq):
    return seq[r.randrange(len(seq))]


def dg(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def dgnz(r, n):
    return str(r.randrange(1, 10)) + dg(r, n - 1)


UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
LOWER = "abcdefghijkmnopqrstuvwxyz"


def letters(r, n, alphabet=UPPER):
    return "".join(pick(r, alphabet) for _ in range(n))


def alnum(r, n, alphabet=UPPER + "0123456789"):
    return "".join(pick(r, alphabet) for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def slugify(s):
    s = ascii_fold(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


FW_MAP = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(s, space=False):
    out = "".join(FW_MAP.get(c, c) for c in s)
    if space:
        out = out.replace(" ", "\u3000")
    return out


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c < ":" else c for c in s)


def spaced_out(s):
    return " ".join(c for c in s if c != " ")


def letter_by_letter(s, sep="-"):
    return sep.join(c for c in s if c not in " ")


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def digits_as_words(s, oh=False):
    out = []
    for c in s:
        if c.isdigit() and c < ":":
            w = DIGIT_WORDS[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
        elif c == "+":
            out.append("plus")
        elif c.isalpha():
            out.append(c.upper())
    return " ".join(out)


CN_DIGITS = "〇一二三四五六七八九"


def cn_digits(s, r=None, frac=1.0):
    out = []
    for c in s:
        if c.isdigit() and c < ":" and (r is None or r.random() < frac):
            out.append(CN_DIGITS[int(c)])
        else:
            out.append(c)
    return "".join(out)


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + num_words(rest) if rest else "")
    raise ValueError(n)


ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
             6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
             11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
             17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD_WORDS[o]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y):
    hi, lo = divmod(y, 100)
    if hi == 20 and lo < 10:
        return "two thousand" + (" and " + ONES[lo] if lo else "")
    head = num_words(hi)
    if lo == 0:
        return head + " hundred"
    if lo < 10:
        return head + " oh " + ONES[lo]
    return head + " " + num_words(lo)


def cn_number(n):
    """Chinese numeral for 1..99 (month/day/age style)."""
    if n < 10:
        return CN_DIGITS[n]
    t, o = divmod(n, 10)
    head = "十" if t == 1 else CN_DIGITS[t] + "十"
    return head + (CN_DIGITS[o] if o else "")


def luhn_complete(prefix_digits):
    total = 0
    for i, c in enumerate(reversed(prefix_digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def group(s, size=4, sep=" "):
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                 "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
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
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
               "Saturday", "Sunday"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_ymd(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, MONTH_DAYS[m - 1])
    return y, m, d


def fmt_ymd(r, y, m, d, style):
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "slash_dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "slash_mdy":
        return f"{m}/{d}/{y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "en_dmy":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "en_mdy":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "en_ord":
        return f"the {ordinal_suffix(d)} of {MONTHS_EN[m - 1]} {y}"
    if style == "en_abbr":
        return f"{d}-{MONTHS_EN[m - 1][:3]}-{y}"
    if style == "en_abbr2":
        return f"{MONTHS_EN[m - 1][:3]} {d} {y}"
    if style == "weekday":
        wd = WEEKDAYS_EN[datetime.date(y, m, d).weekday()]
        return f"{wd}, {d} {MONTHS_EN[m - 1]} {y}"
    if style == "ru":
        return f"{d} {MONTHS_RU[m - 1]} {y} г."
    if style == "ru2":
        return f"{d} {MONTHS_RU[m - 1]} {y} года"
    if style == "zh":
        return f"{y}年{m}月{d}日"
    if style == "zh_cn":
        return f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日"
    if style == "fw_iso":
        return fullwidth(f"{y}-{m:02d}-{d:02d}")
    if style == "fw_zh":
        return fw_digits(f"{y}年{m}月{d}日")
    if style == "thai":
        return f"{d} {MONTHS_TH[m - 1]} {y + 543}"
    if style == "thai_en":
        return f"{d} {MONTHS_EN[m - 1]} B.E. {y + 543}"
    if style == "spelled":
        return f"the {ordinal_words(d)} of {MONTHS_EN[m - 1]}, {year_words(y)}"
    if style == "dash_dmy":
        return f"{d:02d}-{m:02d}-{y}"
    raise ValueError(style)


DATE_STYLES = ["iso", "iso", "dot", "dot", "slash_dmy", "slash_mdy", "compact",
               "en_dmy", "en_dmy", "en_mdy", "en_mdy", "en_ord", "en_abbr",
               "en_abbr2", "weekday", "ru", "ru2", "zh", "zh", "dash_dmy"]
DATE_STYLES_HARD = ["zh_cn", "fw_iso", "fw_zh", "thai", "thai_en", "spelled",
                    "compact"]


def hijri_date(r):
    return f"{r.randint(1, 29)} {pick(r, HIJRI_MONTHS)} {r.randint(1439, 1447)} AH"


def lunar_day(r):
    return pick(r, LUNAR_MONTHS) + pick(r, LUNAR_DAYS)


FESTIVALS_YEAR_EN = ["Spring Festival", "Chinese New Year's Eve",
                     "the Mid-Autumn Festival", "the Dragon Boat Festival",
                     "Eid al-Fitr", "Eid al-Adha", "Nowruz", "Songkran",
                     "Tsagaan Sar", "Chuseok", "Christmas Day",
                     "New Year's Day", "the Lantern Festival",
                     "Orthodox Christmas", "Naadam opening day"]
FESTIVALS_ZH = ["春节", "中秋节", "端午节", "元宵节", "除夕", "国庆节", "重阳节"]


def exact_date(r):
    k = r.random()
    if k < 0.86:
        y, m, d = rand_ymd(r, 2017, 2025)
        return fmt_ymd(r, y, m, d, pick(r, DATE_STYLES))
    if k < 0.90:
        return hijri_date(r)
    if k < 0.94:
        y = r.randint(2018, 2025)
        return pick(r, [f"{pick(r, FESTIVALS_YEAR_EN)} {y}",
                        f"{y}年{pick(r, FESTIVALS_ZH)}",
                        f"{pick(r, FESTIVALS_YEAR_EN)} of {y}"])
    if k < 0.97:
        return "农历" + lunar_day(r)
    y, m, d = rand_ymd(r, 2017, 2025)
    return fmt_ymd(r, y, m, d, pick(r, ["thai", "thai_en"]))


def exact_date_hard(r):
    k = r.random()
    if k < 0.7:
        y, m, d = rand_ymd(r, 2017, 2025)
        return fmt_ymd(r, y, m, d, pick(r, DATE_STYLES_HARD))
    if k < 0.82:
        return hijri_date(r)
    if k < 0.92:
        return pick(r, ["", "农历", "lunar "]) + lunar_day(r)
    y, m, d = rand_ymd(r, 2017, 2025)
    return pick(r, [f"{d:02d} . {m:02d} . {y}", f"{y} {m:02d} {d:02d}",
                    f"{d}{MONTHS_EN[m - 1][:3].lower()}{y}",
                    f"{MONTHS_EN[m - 1].lower()} {d} {y}"])


def dob(r):
    k = r.random()
    y, m, d = rand_ymd(r, 1931, 2023)
    if k < 0.72:
        return fmt_ymd(r, y, m, d, pick(r, DATE_STYLES))
    if k < 0.82:
        return pick(r, [f"{d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {ordinal_suffix(d)}",
                        f"{d:02d}.{m:02d}", f"{m}月{d}日", f"{d} {MONTHS_RU[m - 1]}",
                        f"the {ordinal_words(d)} of {MONTHS_EN[m - 1]}"])
    if k < 0.90:
        return pick(r, ["农历", "lunar "]) + lunar_day(r) + pick(r, ["", f", {y}"])
    return fmt_ymd(r, y, m, d, pick(r, ["spelled", "zh_cn", "fw_zh", "thai", "compact"]))


# ---------------------------------------------------------------------------
# ages
# ---------------------------------------------------------------------------

def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


RU_TENS = {9: "девяносто", 10: "сто"}
RU_ONES = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь",
           "восемь", "девять"]


def ru_age_words(n):
    if n < 100:
        return (RU_TENS[9] + (" " + RU_ONES[n % 10] if n % 10 else "")) + " " + ru_years(n)
    return "сто" + (" " + RU_ONES[n % 10] if n % 10 else "") + " " + ru_years(n)


def age90_adj(r):
    n = r.randint(90, 104)
    return pick(r, [f"{n}-year-old", f"{n}-year-old", f"{num_words(n)}-year-old",
                    f"{n}-year-young", f"{n}-year-old"])


def age90_phrase(r):
    n = r.randint(90, 106)
    return pick(r, [f"aged {n}", f"{n} years old", f"{num_words(n)} years old",
                    f"{n} years of age", f"age {n}", f"{num_words(n)} years young",
                    f"{n} this spring", f"a proud {n}", f"{n} y/o", f"{n} yrs"])


def age90_zh(r):
    n = r.randint(90, 103)
    return pick(r, [f"{n}岁", f"{n}周岁", f"虚岁{cn_number(n) if n < 100 else n}",
                    "年逾九旬", "九旬高龄", "百岁", f"{cn_number(n) if n < 100 else n}岁",
                    f"{n}岁高龄"])


def age90_ru(r):
    n = r.randint(90, 102)
    return pick(r, [f"{n} {ru_years(n)}", ru_age_words(n)])


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

REGIONS = {
    "ru": dict(order="GF", m=["Sergei", "Dmitry", "Alexei", "Ivan", "Nikolai", "Andrei",
                              "Mikhail", "Pavel", "Yuri", "Oleg", "Artyom", "Maxim",
                              "Roman", "Kirill", "Gleb", "Stanislav"],
               f=["Anna", "Olga", "Natalia", "Tatiana", "Elena", "Irina", "Svetlana",
                  "Ekaterina", "Marina", "Yulia", "Daria", "Ksenia", "Polina", "Alina",
                  "Vera", "Lyudmila", "Galina", "Zoya"],
               fm=["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Volkov", "Sokolov",
                   "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov",
                   "Fedorov", "Zaitsev", "Gromov", "Tikhonov", "Sorokin", "Vinogradov"],
               ff=None),
    "kz": dict(order="GF", m=["Yerlan", "Askar", "Dias", "Bauyrzhan", "Timur", "Nurlan",
                              "Daulet", "Arman", "Yerzhan", "Sanzhar"],
               f=["Aigerim", "Aruzhan", "Madina", "Saule", "Zhanar", "Ainur", "Dana",
                  "Gulnar", "Assel", "Dinara", "Kamila"],
               fm=["Abenov", "Zhumabayev", "Nurlanov", "Kassymov", "Tulegenov",
                   "Seitkaliyev", "Bekov", "Omarov", "Sadykov", "Akhmetov", "Iskakov"],
               ff=None),
    "uz": dict(order="GF", m=["Sardor", "Jasur", "Bekzod", "Otabek", "Rustam", "Farrukh",
                              "Aziz", "Shavkat", "Aibek", "Almazbek", "Bakyt"],
               f=["Dilnoza", "Shakhnoza", "Gulnora", "Nodira", "Zarina", "Parvina",
                  "Cholpon", "Nurzat", "Malika", "Feruza"],
               fm=["Karimov", "Rakhimov", "Yusupov", "Usmonov", "Ergashev", "Abdullayev",
                   "Saidov", "Nazarov", "Sharipov", "Toktogulov", "Mamatov"],
               ff=None),
    "mn": dict(order="FG", given_title=True,
               m=["Ganbaatar", "Tuvshinbayar", "Munkhbat", "Temuujin", "Batbold",
                  "Erdenebat", "Otgonbayar", "Bilguun", "Dorj", "Chinzorig"],
               f=["Oyuntsetseg", "Enkhjargal", "Bolormaa", "Narantsetseg", "Altantsetseg",
                  "Khulan", "Bayarmaa", "Erdenechimeg", "Sarangerel", "Nomin", "Tuya"],
               fm=["Bat-Erdene", "Dorjsuren", "Gantulga", "Luvsan", "Purevdorj",
                   "Sukhbat", "Batjargal", "Tserendorj", "Enkhbold"],
               ff="same"),
    "ar": dict(order="GF", m=["Ahmed", "Mohammed", "Omar", "Khalid", "Yousef", "Hassan",
                              "Ali", "Tariq", "Saeed", "Faisal", "Hamza", "Ibrahim"],
               f=["Fatima", "Aisha", "Mariam", "Layla", "Noor", "Huda", "Rania", "Salma",
                  "Zainab", "Amira", "Reem", "Hessa"],
               fm=["Al-Rashid", "Al-Mansouri", "Haddad", "Khoury", "Al-Harbi",
                   "Al-Qahtani", "Nasser", "Saleh", "Al-Amiri", "Abdallah", "Al-Zaabi",
                   "Al-Tamimi", "Jaber", "Al-Obaidi"],
               ff="same"),
    "ir": dict(order="GF", m=["Reza", "Mehdi", "Amir", "Dariush", "Kaveh", "Emre", "Murat"],
               f=["Parisa", "Shirin", "Maryam", "Niloufar", "Elif", "Zeynep", "Leyla"],
               fm=["Hosseini", "Tehrani", "Karimi", "Ahmadi", "Yilmaz", "Demir",
                   "Rostami", "Aksoy"],
               ff="same"),
    "th": dict(order="GF", m=["Somchai", "Nattapong", "Anan", "Thanawat", "Kittisak",
                              "Prasert", "Wichai"],
               f=["Siriporn", "Kanya", "Pimchanok", "Wanida", "Supaporn", "Ratana",
                  "Malee"],
               fm=["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakul", "Boonmee",
                   "Saetang", "Jaidee", "Phrommin"],
               ff="same"),
    "vn": dict(order="FG", m=["Van An", "Hoang Nam", "Minh Duc", "Anh Tuan", "Quoc Bao",
                              "Duc Thang"],
               f=["Thi Mai", "Thu Trang", "Thi Lan", "Ngoc Anh", "Thanh Huong",
                  "Bich Ngoc"],
               fm=["Nguyen", "Tran", "Le", "Pham", "Vu", "Do", "Hoang", "Bui", "Dang"],
               ff="same"),
    "id": dict(order="GF", m=["Budi", "Agus", "Rizky", "Muhammad Hafiz", "Jose", "Mark Anthony",
                              "Hendra", "Arief"],
               f=["Siti", "Dewi", "Putri", "Nurul Aisyah", "Angelica", "Kristine",
                  "Rowena", "Farah"],
               fm=["Santoso", "Rahayu", "Setiawan", "Wulandari", "Pratama", "Reyes",
                   "Dela Cruz", "Bautista", "Hidayat", "Ismail", "Lim"],
               ff="same"),
    "af": dict(order="GF", m=["Chinedu", "Oluwaseun", "Emeka", "Ibrahim", "Otieno",
                              "Kiprono", "Tewodros", "Kwame", "Kofi", "Sipho", "Baraka",
                              "Mostafa"],
               f=["Ngozi", "Funmilayo", "Chiamaka", "Wanjiru", "Achieng", "Njeri",
                  "Selamawit", "Hiwot", "Ama", "Thandiwe", "Neema", "Yasmin"],
               fm=["Okafor", "Eze", "Adeyemi", "Balogun", "Nwosu", "Kamau", "Odhiambo",
                   "Rotich", "Tesfaye", "Alemu", "Mensah", "Owusu", "Dlamini", "Mollel",
                   "El-Sayed", "Bello"],
               ff="same"),
    "eu": dict(order="GF", m=["Lukas", "Jonas", "Julien", "Marco", "Javier", "Piotr",
                              "Oliver", "Daan", "Erik", "Nikos", "Tomas", "Matteo"],
               f=["Katharina", "Camille", "Élodie", "Giulia", "Lucía", "Agnieszka",
                  "Charlotte", "Sanne", "Ingrid", "Eleni", "Tereza", "Zsófia", "Ioana"],
               fm=["Schneider", "Becker", "Weber", "Laurent", "Moreau", "Romano",
                   "Bianchi", "Fernández", "Nowak", "Wiśniewski", "Bennett", "Hughes",
                   "de Vries", "Jansen", "Lindqvist", "Johansson", "Papadakis",
                   "Dvořák", "Kovács", "Popescu", "Jovanović"],
               ff="same"),
    "am": dict(order="GF", m=["Jacob", "Tyler", "Liam", "João", "Thiago", "Diego", "Mateo",
                              "Andrés", "Luis", "Ethan"],
               f=["Emily", "Madison", "Chloé", "Ana Clara", "María Guadalupe", "Sofía",
                  "Valentina", "Rosa", "Camila", "Brianna"],
               fm=["Carter", "Miller", "Brooks", "Reed", "Tremblay", "MacDonald",
                   "Pereira", "Souza", "Oliveira", "Hernández", "Ramírez", "Gómez",
                   "Rojas", "Castillo", "Quispe", "Mamani", "Muñoz"],
               ff="same"),
    "kr": dict(order="FG", m=["Min-jun", "Ji-hoon", "Dong-hyun", "Seung-woo", "Jae-won"],
               f=["Seo-yeon", "Yuna", "Ha-eun", "Soo-ah", "Ji-woo", "Eun-ji"],
               fm=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Cho"],
               ff="same"),
    "jp": dict(order="FG", m=["Haruto", "Ren", "Sota", "Kaito", "Takumi", "Hiroshi"],
               f=["Yuki", "Aoi", "Mei", "Hina", "Sakura", "Keiko"],
               fm=["Sato", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito",
                   "Yamamoto", "Nakamura", "Kobayashi"],
               ff="same"),
    "cn": dict(order="FG", m=["Wei", "Lei", "Jie", "Hao", "Jun", "Bin", "Qiang", "Yang",
                              "Zhiqiang", "Jianguo", "Haoran", "Yichen", "Tao"],
               f=["Fang", "Na", "Jing", "Xiuying", "Min", "Ting", "Li", "Yan", "Xin",
                  "Xiaoyu", "Zihan", "Yutong", "Guilan", "Shuzhen", "Mei"],
               fm=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
                   "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin",
                   "Gao", "Luo", "Song", "Tang"],
               ff="same"),
}
REGION_KEYS = list(REGIONS.keys())
REGION_WEIGHTS = {"ru": 4, "kz": 3, "uz": 2, "mn": 3, "ar": 3, "ir": 1, "th": 2, "vn": 1,
                  "id": 2, "af": 3, "eu": 2, "am": 2, "kr": 2, "jp": 1, "cn": 3}
REGION_BAG = [k for k in REGION_KEYS for _ in range(REGION_WEIGHTS[k])]


def fem_surname(region, fam):
    if region in ("ru", "kz", "uz"):
        if fam.endswith(("ov", "ev", "in")):
            return fam + "a"
    return fam


def person(r, region=None, gender=None):
    region = region or pick(r, REGION_BAG)
    spec = REGIONS[region]
    gender = gender or pick(r, ["m", "f"])
    given = pick(r, spec[gender])
    fam = pick(r, spec["fm"])
    if gender == "f":
        fam = fem_surname(region, fam)
    if spec["order"] == "FG":
        full = f"{fam} {given}"
    else:
        full = f"{given} {fam}"
    title_name = given if spec.get("given_title") else fam
    return dict(given=given, family=fam, full=full, gender=gender, region=region,
                title_name=title_name)


CYR_M = ["Сергей", "Дмитрий", "Алексей", "Иван", "Николай", "Андрей", "Михаил",
         "Павел", "Ерлан", "Аскар", "Тимур", "Бахтияр"]
CYR_F = ["Анна", "Ольга", "Наталья", "Татьяна", "Елена", "Ирина", "Светлана",
         "Екатерина", "Айгерим", "Сауле", "Гульнара", "Динара"]
CYR_FAM = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Волков", "Соколов", "Морозов",
           "Лебедев", "Абенов", "Жумабаев", "Касымов", "Орлов", "Каримов", "Юсупов"]
CYR_PATR_M = ["Сергеевич", "Иванович", "Петрович", "Николаевич", "Андреевич"]
CYR_PATR_F = ["Сергеевна", "Ивановна", "Петровна", "Николаевна", "Андреевна"]
MN_CYR = ["Батэрдэнэ", "Оюунцэцэг", "Энхжаргал", "Ганбаатар", "Болормаа", "Мөнхбат",
          "Наранцэцэг", "Төвшинбаяр", "Хулан", "Отгонбаяр"]
MN_CYR_INIT = ["Б.", "Д.", "Г.", "Л.", "П.", "Ц.", "Э."]
AR_NAMES = ["أحمد المنصوري", "فاطمة الحربي", "عمر حداد", "مريم خوري", "خالد القحطاني",
            "ليلى ناصر", "يوسف صالح", "نور عبدالله", "حسن العامري", "زينب التميمي",
            "سلمى جابر", "علي العبيدي"]
AR_GIVEN = ["أحمد", "فاطمة", "عمر", "مريم", "خالد", "ليلى", "يوسف", "نور", "حسن", "زينب"]
TH_GIVEN = ["สมชาย", "ศิริพร", "ณัฐพงศ์", "กันยา", "พิมพ์ชนก", "อนันต์", "วนิดา",
            "ธนวัฒน์"]
TH_FAM = ["ศรีสุข", "ชัยพร", "วงศ์สวัสดิ์", "รัตนกุล", "บุญมี", "แซ่ตั้ง", "ใจดี"]
HZ_FAM = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
          "朱", "胡", "郭", "何", "林", "高", "罗", "宋", "唐", "韩", "冯"]
HZ_GIVEN = ["芳", "娜", "伟", "洋", "静", "秀英", "磊", "敏", "杰", "昊", "婷", "丽",
            "骏", "燕", "斌", "强", "欣", "小雨", "子涵", "浩然", "一诺", "梓萱",
            "雨桐", "建国", "桂兰", "淑珍", "志强", "思远", "佳怡", "宇航"]
HZ_TITLES = ["先生", "女士", "医生", "护士", "阿姨", "叔叔", "奶奶", "爷爷", "老师",
             "大夫", "主任", "护士长", "小姐"]
HG_FAM = ["김", "이", "박", "최", "정", "강", "조", "윤"]
HG_GIVEN = ["민준", "서연", "지훈", "유나", "하은", "동현", "수아", "지우"]
JP_FULL = ["佐藤由紀", "田中陽翔", "鈴木葵", "高橋蓮", "渡辺芽衣", "伊藤颯太",
           "山本陽菜", "中村海斗", "小林恵子", "たなか ゆき"]


PINYIN_HANZI = [("Wang Fang", "王芳"), ("Li Na", "李娜"), ("Zhang Wei", "张伟"),
                ("Liu Yang", "刘洋"), ("Chen Jing", "陈静"), ("Zhao Lei", "赵磊"),
                ("Huang Min", "黄敏"), ("Zhou Jie", "周杰"), ("Xu Ting", "徐婷"),
                ("Sun Li", "孙丽"), ("Ma Jun", "马骏"), ("Hu Bin", "胡斌"),
                ("Guo Qiang", "郭强"), ("Lin Xiaoyu", "林小雨"), ("Song Yutong", "宋雨桐"),
                ("Han Siyuan", "韩思远"), ("Feng Jiayi", "冯佳怡"), ("Tang Guilan", "唐桂兰")]


def name_script(r):
    k = r.randrange(9)
    if k == 0:
        g = pick(r, ["m", "f"])
        fam = pick(r, CYR_FAM) + ("а" if g == "f" else "")
        given = pick(r, CYR_M if g == "m" else CYR_F)
        return pick(r, [f"{given} {fam}", f"{fam} {given}",
                        f"{fam} {given} {pick(r, CYR_PATR_M if g == 'm' else CYR_PATR_F)}"])
    if k == 1:
        return pick(r, MN_CYR_INIT) + " " + pick(r, MN_CYR)
    if k == 2:
        return pick(r, AR_NAMES)
    if k == 3:
        return pick(r, TH_GIVEN) + " " + pick(r, TH_FAM)
    if k in (4, 5):
        return pick(r, HZ_FAM) + pick(r, HZ_GIVEN)
    if k == 6:
        return pick(r, HG_FAM) + pick(r, HG_GIVEN)
    if k == 7:
        return pick(r, JP_FULL)
    return pick(r, HZ_FAM) + pick(r, HZ_TITLES)


def name_hanzi(r):
    if r.random() < 0.35:
        return pick(r, HZ_FAM) + pick(r, HZ_TITLES)
    if r.random() < 0.15:
        return pick(r, ["老", "小"]) + pick(r, HZ_FAM)
    return pick(r, HZ_FAM) + pick(r, HZ_GIVEN)


def name_full(r):
    return person(r)["full"]


def name_full_f(r):
    return person(r, gender="f")["full"]


def name_full_m(r):
    return person(r, gender="m")["full"]


def name_given(r):
    p = person(r)
    if p["region"] in ("cn",) and r.random() < 0.5:
        return p["full"]
    return p["given"]


def name_given_f(r):
    return person(r, gender="f")["given"]


def name_given_m(r):
    return person(r, gender="m")["given"]


TITLES_M = ["Mr.", "Mr", "Dr.", "Prof.", "Uncle", "Grandpa"]
TITLES_F = ["Mrs.", "Ms.", "Ms", "Miss", "Madam", "Dr.", "Auntie", "Grandma", "Nurse"]


def name_title(r, gender=None):
    p = person(r, gender=gender)
    if gender is None and r.random() < 0.15:
        return pick(r, HZ_FAM) + pick(r, HZ_TITLES)
    t = pick(r, TITLES_M if p["gender"] == "m" else TITLES_F)
    return f"{t} {p['title_name']}"


def name_doc(r):
    p = person(r)
    k = r.random()
    if k < 0.45:
        return f"Dr. {p['title_name']}"
    if k < 0.75:
        return f"Dr. {p['full']}"
    if k < 0.85:
        return f"Professor {p['full']}"
    return pick(r, HZ_FAM) + pick(r, ["医生", "大夫", "主任", "教授"])


NICKNAMES = ["Sasha", "Dima", "Masha", "Katya", "Vova", "Lyosha", "Nastya", "Zhenya",
             "Seryozha", "Tanya", "Kolya", "Misha", "Dasha", "Yerzhik", "Aiko-chan",
             "Doudou", "Niuniu", "Xiaobao", "Tuantuan", "Lele", "Yuanyuan", "Beibei",
             "Nok", "Ploy", "Pim", "Mint", "Fah", "Bong", "Jun-Jun", "Inday", "Mimi",
             "Lulu", "Abu Ali", "Umm Khalid", "Bobby", "Lizzie", "Tuya", "Bagi",
             "Sasha-bear", "Minnie", "Kiki", "Toto", "Didi", "Mishka", "Zaya"]
WORD_NAMES = ["Hope", "Joy", "Grace", "Faith", "Precious", "Blessing", "Patience",
              "Mercy", "Sunny", "Rose", "Lily", "Ruby", "Summer", "Dawn", "Lucky",
              "Gift", "Goodluck", "Bat", "Altan", "Naran", "Amal", "Noor", "Nadezhda",
              "Vera", "Lyubov", "Jade", "Honey", "Angel", "Star", "Bunny", "Pearl",
              "Sky", "Favour", "Comfort", "Justice", "Iris", "Destiny"]


def name_nick(r):
    return pick(r, NICKNAMES)


def name_word(r):
    return pick(r, WORD_NAMES)


def name_any(r):
    k = r.random()
    if k < 0.40:
        return name_full(r)
    if k < 0.55:
        return name_given(r)
    if k < 0.70:
        return name_title(r)
    if k < 0.80:
        return name_script(r)
    if k < 0.90:
        return name_nick(r)
    return name_word(r)


def name_first(r):
    """A name that can open a sentence or quote: given, nickname, word-name."""
    k = r.random()
    if k < 0.45:
        return name_given(r)
    if k < 0.65:
        return name_nick(r)
    if k < 0.8:
        return name_word(r)
    return name_title(r)


def name_lower(r):
    return pick(r, [name_full, name_given, name_nick, name_title])(r).lower()


def name_obf(r):
    p = person(r)
    k = r.randrange(9)
    if k == 0:
        return letter_by_letter(p["given"].upper(), "-")
    if k == 1:
        return letter_by_letter(p["full"].lower(), ".")
    if k == 2:
        return spaced_out(p["family"].upper())
    if k == 3:
        return f"{p['given'][0]}. {letter_by_letter(p['family'], '-')}"
    if k == 4:
        return p["full"].upper().replace(" ", "  ")
    if k == 5:
        return fullwidth(p["full"], space=True)
    if k == 6:
        py, hz = pick(r, PINYIN_HANZI)
        return pick(r, [f"{py} ({hz})", f"{hz} {py.lower()}", f"{hz}/{py.upper()}"])
    if k == 7:
        return f"{p['family']}, {p['given']}".lower()
    return f"{p['given'][0]}*{p['given'][1:]} {p['family'][0]}{'*' * (len(p['family']) - 1)}"


# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

def phone_plain(r):
    k = r.randrange(27)
    d = lambda n: dg(r, n)
    if k == 0:
        return pick(r, [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
                        f"+7 (9{d(2)}) {d(3)} {d(2)} {d(2)}", f"89{d(9)}"])
    if k == 1:
        return f"+7 70{pick(r, '12578')} {d(3)} {d(2)} {d(2)}"
    if k == 2:
        return pick(r, [f"+998 9{pick(r, '013479')} {d(3)} {d(2)} {d(2)}", f"+998 9{pick(r, '013479')}{d(7)}"])
    if k == 3:
        return f"+996 {pick(r, ['555', '700', '772', '559'])} {d(3)} {d(3)}"
    if k == 4:
        return f"+992 9{d(1)} {d(3)} {d(4)}"
    if k == 5:
        return pick(r, [f"+976 {pick(r, '89')}{d(3)} {d(4)}", f"+976-{pick(r, '89')}{d(3)}-{d(4)}"])
    if k == 6:
        return pick(r, [f"+971 5{pick(r, '0256')} {d(3)} {d(4)}", f"05{pick(r, '0256')}-{d(3)}-{d(4)}"])
    if k == 7:
        return f"+966 5{d(1)} {d(3)} {d(4)}"
    if k == 8:
        return f"+964 7{pick(r, '578')}{d(1)} {d(3)} {d(4)}"
    if k == 9:
        return f"+98 91{d(1)} {d(3)} {d(4)}"
    if k == 10:
        return pick(r, [f"+66 8{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"])
    if k == 11:
        return f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}"
    if k == 12:
        return f"+62 812-{d(4)}-{d(4)}"
    if k == 13:
        return pick(r, [f"+63 917 {d(3)} {d(4)}", f"0917-{d(3)}-{d(4)}"])
    if k == 14:
        return f"+60 1{d(1)}-{d(3)} {d(4)}"
    if k == 15:
        return pick(r, [f"+234 80{d(1)} {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}"])
    if k == 16:
        return f"+254 7{d(2)} {d(3)} {d(3)}"
    if k == 17:
        return f"+251 9{d(2)} {d(3)} {d(3)}"
    if k == 18:
        return pick(r, [f"+49 15{d(1)} {d(8)}", f"+44 7{d(3)} {d(6)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                        f"+39 3{d(2)} {d(3)} {d(4)}", f"+48 {d(3)} {d(3)} {d(3)}"])
    if k == 19:
        return pick(r, [f"+1 ({dgnz(r, 1)}{d(2)}) {dgnz(r, 1)}{d(2)}-{d(4)}", f"({dgnz(r, 1)}{d(2)}) {dgnz(r, 1)}{d(2)}-{d(4)}"])
    if k == 20:
        return pick(r, [f"+55 11 9{d(4)}-{d(4)}", f"+52 55 {d(4)} {d(4)}", f"+57 3{d(2)} {d(3)} {d(4)}"])
    if k == 21:
        return pick(r, [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"+82 10 {d(4)} {d(4)}"])
    if k == 22:
        return pick(r, [f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}"])
    if k in (23, 24):
        pre = "1" + pick(r, "3589") + d(1)
        return pick(r, [f"{pre} {d(4)} {d(4)}", f"+86 {pre}{d(8)}", f"{pre}{d(8)}", f"{pre}-{d(4)}-{d(4)}",
                        f"+86-{pre}-{d(4)}-{d(4)}"])
    if k == 25:
        return pick(r, [f"010-{pick(r, '568')}{d(7)}", f"(010) {pick(r, '68')}{d(3)} {d(4)}",
                        f"+86 10 {pick(r, '68')}{d(3)} {d(4)}", f"021-{d(8)}"])
    return f"+86 {pick(r, ['21', '20', '755', '28', '991'])} {d(4)} {d(4)}"


def phone_dept(r):
    d = lambda n: dg(r, n)
    return pick(r, [f"+86 10 6{d(3)} {d(4)} ext. {d(4)}", f"010-8{d(7)} ext {d(3)}",
                    f"(010) 6{d(3)}-{d(4)}, extension {d(4)}", f"+86-10-5{d(7)}-{d(4)}",
                    f"010-6{d(7)}转{d(4)}", f"+86 10 8{d(3)} {d(4)} (ext. {d(3)})"])


def phone_hard(r):
    p = phone_plain(r)
    k = r.randrange(7)
    if k == 0:
        return digits_as_words(p)
    if k == 1:
        return fullwidth(p)
    if k == 2:
        return spaced_out(p)
    if k == 3:
        digits = "".join(c for c in p if c.isdigit())
        cut = len(digits) // 2
        return f"{digits[:cut]} ... and then {digits[cut:]}"
    if k == 4:
        return p.replace(" ", ".").replace("-", ".")
    if k == 5:
        digits = "".join(c for c in p if c.isdigit())
        return " - ".join(digits[i:i + 3] for i in range(0, len(digits), 3))
    return digits_as_words(p, oh=True).replace(" ", "-")


# ---------------------------------------------------------------------------
# e-mail, web, social, IP
# ---------------------------------------------------------------------------

MAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "yahoo.com", "outlook.com",
                "hotmail.com", "qq.com", "163.com", "126.com", "inbox.kz", "naver.com",
                "daum.net", "yahoo.co.jp", "bk.ru", "list.ru", "icloud.com", "proton.me",
                "web.de", "gmx.de", "orange.fr", "libero.it", "wp.pl", "mail.kz",
                "yahoo.com.mn", "live.com", "rocketmail.com", "ymail.com", "sina.com"]
HOSP_MAIL_LOCAL = ["intl", "international", "imc", "visa.support", "patient.services",
                   "ru.desk", "arabic.desk", "records", "billing.intl", "appointments",
                   "second.opinion", "foreign.affairs"]
HOSP_DOMAINS = ["bjih-intl.cn", "intl.bjmedcentre.cn", "bj-imd-hospital.com.cn",
                "imd.bjhospital.org.cn"]


def local_part(r):
    p = person(r)
    g, f = slugify(p["given"]), slugify(p["family"])
    yy = str(r.randint(60, 99) if r.random() < 0.5 else r.randint(2000, 2012))
    return pick(r, [f"{g}.{f}", f"{g}{f}{yy[-2:]}", f"{g[0]}{f}", f"{f}.{g}{dg(r, 2)}",
                    f"{g}_{dg(r, 3)}", f"{g}{yy}", f"{f}{g[0]}", f"mama.{g}",
                    f"{g}-{f}", f"{f}_{g}_{dg(r, 2)}"])


def email_plain(r):
    if r.random() < 0.12:
        return f"{pick(r, HOSP_MAIL_LOCAL)}@{pick(r, HOSP_DOMAINS)}"
    if r.random() < 0.15:
        return f"{dgnz(r, r.randint(6, 10))}@qq.com"
    return f"{local_part(r)}@{pick(r, MAIL_DOMAINS)}"


def email_hosp(r):
    return f"{pick(r, HOSP_MAIL_LOCAL)}@{pick(r, HOSP_DOMAINS)}"


def email_hard(r):
    e = email_plain(r)
    loc, dom = e.split("@")
    k = r.randrange(7)
    if k == 0:
        return f"{loc} at {dom.replace('.', ' dot ')}"
    if k == 1:
        return f"{loc}[at]{dom.replace('.', '[dot]')}"
    if k == 2:
        return f"{loc} @ {dom}"
    if k == 3:
        return fullwidth(e)
    if k == 4:
        return f"{loc} (at) {dom}"
    if k == 5:
        return e.upper()
    return f"{loc} собака {dom}"


SLUG_WORDS = ["help", "save", "support", "hope-for", "heart-for", "fight-with",
              "stand-with", "miracle-for", "a-new-liver-for", "treatment-for"]


def person_slug(r):
    p = person(r)
    return pick(r, [f"{slugify(p['given'])}-{slugify(p['family'])}", slugify(p["given"]),
                    f"little-{slugify(p['given'])}", f"{slugify(p['given'])}s-journey"])


def web_fund(r):
    s = person_slug(r)
    w = pick(r, SLUG_WORDS)
    k = r.randrange(5)
    if k == 0:
        return f"https://www.gofundme.com/f/{w}-{s}"
    if k == 1:
        return f"gofundme.com/f/{s}-{dg(r, 4)}"
    if k == 2:
        return f"https://www.justgiving.com/crowdfunding/{s}"
    if k == 3:
        return f"https://www.ketto.org/fundraiser/{w}-{s}-{dg(r, 6)}"
    return f"https://kitabisa.com/campaign/{slugify(w)}{slugify(s)}"


def web_blog(r):
    s = person_slug(r)
    k = r.randrange(5)
    if k == 0:
        return f"https://{slugify(s)}.blogspot.com/{r.randint(2018, 2025)}/{r.randint(1, 12):02d}/our-story.html"
    if k == 1:
        return f"https://{slugify(s)}{dg(r, 2)}.wordpress.com"
    if k == 2:
        return f"www.{slugify(s)}-family.net"
    if k == 3:
        return f"https://{slugify(s)}.github.io/diary"
    return f"http://blog.naver.com/{slugify(s)}{dg(r, 2)}/{dg(r, 12)}"


def web_news(r):
    s = person_slug(r)
    w = pick(r, SLUG_WORDS)
    if r.random() < 0.75:
        site = pick(r, ["almaty-daily.kz", "ub-post-news.mn", "tashkent-times.uz",
                        "gulfpress-online.ae", "lagos-herald.ng", "bishkek-today.kg",
                        "manila-gazette.ph"])
        return f"https://www.{site}/health/{r.randint(2019, 2025)}/{dg(r, 5)}-{w}-{s}"
    return f"https://zen.yandex.ru/media/{slugify(s)}/{dg(r, 8)}"


def web_plain(r):
    return pick(r, [web_fund, web_fund, web_blog, web_news])(r)


def web_hard(r):
    u = web_plain(r)
    k = r.randrange(5)
    if k == 0:
        return u.replace("https://", "").replace("http://", "").replace(".", " dot ")
    if k == 1:
        return u.replace("https", "hxxps").replace("http:", "hxxp:")
    if k == 2:
        return fullwidth(u)
    if k == 3:
        return u.replace("/", " / ")
    return u.replace(".", "[.]")


def handle(r):
    p = person(r)
    g, f = slugify(p["given"]), slugify(p["family"])
    return pick(r, [f"{g}_{f}", f"{g}.{pick(r, ['kz', 'spb', 'msk', 'ub', 'uz', 'bj', 'dxb'])}",
                    f"{g}{dg(r, 3)}", f"{f}_{g[0]}", f"mama_{g}", f"{g}__{dg(r, 2)}",
                    f"the.real.{g}", f"{g}{f}{dg(r, 2)}"])


def social_plain(r):
    h = handle(r)
    k = r.randrange(14)
    if k == 0:
        return "wxid_" + alnum(r, r.randint(12, 14), LOWER + "0123456789")
    if k == 1:
        return f"WeChat ID {h}"
    if k == 2:
        return f"QQ {dgnz(r, r.randint(6, 10))}"
    if k == 3:
        return "@" + h
    if k == 4:
        return f"instagram.com/{h}"
    if k == 5:
        return f"https://vk.com/id{dgnz(r, 9)}"
    if k == 6:
        return f"t.me/{h}"
    if k == 7:
        return f"https://www.facebook.com/{h.replace('_', '.')}"
    if k == 8:
        return f"https://www.tiktok.com/@{h}"
    if k == 9:
        return f"weibo.com/u/{dgnz(r, 10)}"
    if k == 10:
        return f"https://x.com/{h}"
    if k == 11:
        return f"line.me/ti/p/~{h}"
    if k == 12:
        return f"https://ok.ru/profile/{dgnz(r, 12)}"
    return f"Telegram @{h}"


def social_link(r):
    h = handle(r)
    return pick(r, [f"instagram.com/{h}", f"https://vk.com/id{dgnz(r, 9)}", f"t.me/{h}",
                    f"https://www.facebook.com/{h.replace('_', '.')}", f"https://www.tiktok.com/@{h}",
                    f"weibo.com/u/{dgnz(r, 10)}", f"https://x.com/{h}", f"https://ok.ru/profile/{dgnz(r, 12)}",
                    f"Instagram @{h}", f"https://www.instagram.com/{h}/"])


def social_bare(r):
    """A bare account string that a template introduces ('my WeChat is ...')."""
    h = handle(r)
    return pick(r, [h, h, "wxid_" + alnum(r, 13, LOWER + "0123456789"),
                    dgnz(r, r.randint(7, 10)), "@" + h])


def social_hard(r):
    s = social_plain(r)
    k = r.randrange(4)
    if k == 0:
        return fullwidth(s)
    if k == 1:
        return spaced_out(s)
    if k == 2:
        return s.upper()
    return s.replace(".", " dot ").replace("_", " underscore ")


def ipv4(r):
    a = pick(r, [5, 31, 37, 46, 62, 77, 78, 82, 85, 89, 91, 94, 95, 109, 113, 119, 123,
                 139, 176, 178, 183, 185, 188, 195, 202, 212, 213, 217, 223])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    groups = [pick(r, ["2a02", "2001", "2a00", "2405", "2c0f", "240e", "2409"])]
    groups += ["%x" % r.randrange(65536) for _ in range(r.randint(3, 7))]
    if len(groups) < 8:
        return ":".join(groups[:3]) + "::" + ":".join(groups[3:]) if len(groups) > 3 else ":".join(groups) + "::1"
    return ":".join(groups)


def ip_plain(r):
    return ipv4(r) if r.random() < 0.72 else ipv6(r)


def ip_hard(r):
    ip = ip_plain(r)
    k = r.randrange(4)
    if k == 0:
        return fullwidth(ip)
    if k == 1:
        return ip.replace(".", " . ")
    if k == 2:
        return ip.replace(".", "[.]")
    return ip.replace(".", " dot ") if "." in ip else ip.upper()


# ---------------------------------------------------------------------------
# addresses, postcodes, coordinates
# ---------------------------------------------------------------------------

BJ_STREETS = ["Jianguo Road", "Dongzhimenwai Street", "Xinyuan South Road", "Gongti North Road",
              "Sanlitun Road", "Chaoyang North Road", "Fuxing Road", "Xueyuan Road",
              "Dongsanhuan Middle Road", "Wangjing Street", "Zhongguancun Street",
              "Jiuxianqiao Road", "Liangmaqiao Road", "Xizhimen South Street"]
BJ_DISTRICTS = ["Chaoyang District", "Dongcheng District", "Haidian District",
                "Xicheng District", "Fengtai District", "Shunyi District"]
RU_STREETS_LAT = ["ul. Tverskaya", "Leninsky Prospekt", "ul. Pushkina", "Nevsky Prospekt",
                  "ul. Gagarina", "prospekt Mira", "ul. Lenina", "ul. Sovetskaya"]
RU_STREETS_CYR = ["ул. Ленина", "пр. Мира", "ул. Пушкина", "ул. Гагарина",
                  "Невский пр.", "ул. Абая", "пр. Назарбаева", "ул. Советская"]
RU_CITIES_CYR = ["Москва", "Санкт-Петербург", "Новосибирск", "Алматы", "Астана",
                 "Иркутск", "Хабаровск", "Улан-Удэ"]
RU_CITIES_LAT = ["Moscow", "St Petersburg", "Novosibirsk", "Irkutsk", "Yekaterinburg",
                 "Vladivostok", "Kazan", "Chita"]


def street_plain(r):
    d = lambda lo, hi: r.randint(lo, hi)
    k = r.randrange(20)
    if k == 0:
        return f"{pick(r, RU_STREETS_LAT)} {d(1, 180)}, apt. {d(1, 300)}, {pick(r, RU_CITIES_LAT)}"
    if k == 1:
        return f"{pick(r, RU_STREETS_CYR)}, д. {d(1, 150)}, кв. {d(1, 250)}"
    if k == 2:
        return f"{pick(r, ['Abai Avenue', 'Dostyk Avenue', 'Tole Bi Street', 'Al-Farabi Avenue'])} {d(1, 250)}, flat {d(1, 120)}, {pick(r, ['Almaty', 'Shymkent', 'Karaganda'])}"
    if k == 3:
        return f"{pick(r, ['Amir Temur', 'Navoi', 'Mustaqillik', 'Bobur'])} ko'chasi {d(1, 120)}, {pick(r, ['Tashkent', 'Samarkand', 'Bukhara'])}"
    if k == 4:
        return f"Building {d(1, 90)}, apartment {d(1, 120)}, {ordinal_suffix(d(1, 20))} khoroo, {pick(r, ['Bayanzurkh', 'Sukhbaatar', 'Khan-Uul', 'Songinokhairkhan', 'Chingeltei'])} district, Ulaanbaatar"
    if k == 5:
        return f"Villa {d(1, 99)}, Street {d(1, 60)}, {pick(r, ['Al Barsha 2', 'Jumeirah 1', 'Mirdif', 'Al Warqa 3'])}, Dubai"
    if k == 6:
        return f"Building {d(1, 40)}, {pick(r, ['King Fahd Road', 'Olaya Street', 'Prince Sultan Road'])}, {pick(r, ['Riyadh', 'Jeddah', 'Dammam'])}"
    if k == 7:
        return f"{d(1, 300)}/{d(1, 99)} Sukhumvit Soi {d(1, 71)}, {pick(r, ['Khlong Toei', 'Watthana', 'Phra Khanong'])}, Bangkok"
    if k == 8:
        return f"{d(1, 200)} {pick(r, ['Nguyen Hue Street', 'Le Loi Street', 'Tran Hung Dao Street', 'Hai Ba Trung Street'])}, District {d(1, 12)}, Ho Chi Minh City"
    if k == 9:
        return f"Jl. {pick(r, ['Sudirman', 'Gatot Subroto', 'Diponegoro', 'Thamrin'])} No. {d(1, 120)}, {pick(r, ['Jakarta', 'Bandung', 'Surabaya'])}"
    if k == 10:
        return f"{d(1, 60)} {pick(r, ['Adeola Odeku Street', 'Awolowo Road', 'Ngong Road', 'Kenyatta Avenue', 'Bole Road'])}, {pick(r, ['Lagos', 'Nairobi', 'Addis Ababa', 'Abuja'])}"
    if k == 11:
        return pick(r, [f"{pick(r, ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße'])} {d(1, 120)}",
                        f"{d(1, 90)} rue {pick(r, ['de la Paix', 'Victor Hugo', 'des Lilas'])}",
                        f"Via {pick(r, ['Roma', 'Garibaldi', 'Dante'])} {d(1, 80)}",
                        f"ul. {pick(r, ['Mickiewicza', 'Kościuszki', 'Długa'])} {d(1, 60)}/{d(1, 30)}"])
    if k == 12:
        return f"{d(100, 9800)} {pick(r, ['Maple Avenue', 'Oak Street', 'Sunset Blvd', 'Lincoln Road', 'King Street West'])}, Apt {d(1, 30)}{pick(r, 'ABCD')}"
    if k == 13:
        return pick(r, [f"Rua {pick(r, ['Augusta', 'das Flores', 'Oscar Freire'])}, {d(1, 2000)}",
                        f"Calle {pick(r, ['Bolívar', 'Morelos', 'Sucre'])} {d(1, 900)}, depto. {d(1, 40)}"])
    if k == 14:
        return pick(r, [f"{d(1, 300)} Teheran-ro, Gangnam-gu, Seoul",
                        f"서울특별시 {pick(r, ['강남구', '마포구', '송파구'])} {pick(r, ['테헤란로', '월드컵로', '올림픽로'])} {d(1, 400)}"])
    if k == 15:
        return pick(r, [f"{d(1, 5)}-{d(1, 30)}-{d(1, 20)} {pick(r, ['Jingumae', 'Shibuya', 'Minami-Aoyama'])}, {pick(r, ['Shibuya-ku', 'Minato-ku'])}, Tokyo",
                        f"東京都{pick(r, ['渋谷区神南', '港区六本木', '新宿区西新宿'])}{d(1, 5)}-{d(1, 30)}-{d(1, 20)}"])
    if k in (16, 17):
        return pick(r, [f"Room {d(1, 30)}{d(1, 2):01d}{d(0, 9)}, Building {d(1, 20)}, No. {d(1, 199)} {pick(r, BJ_STREETS)}, {pick(r, BJ_DISTRICTS)}",
                        f"Apt {d(1, 28)}0{d(1, 6)}, Unit {d(1, 4)}, Building {d(1, 15)}, {pick(r, ['Wangjing Xiyuan Sanqu', 'Tuanjiehu Beili', 'Jinsong Yiqu', 'Hepingli Dongjie'])}",
                        f"{pick(r, ['朝阳区', '东城区', '海淀区'])}{pick(r, ['建国路', '东直门外大街', '新源南路', '工体北路'])}{d(1, 199)}号{d(1, 12)}号楼{d(1, 4)}单元{d(1, 28)}0{d(1, 6)}室"])
    if k == 18:
        return f"the {pick(r, ['Jianguo Garden Hotel', 'Sanlitun Courtyard Inn', 'Yabao Road guest house', 'Silk Road Suites'])}, No. {d(1, 99)} {pick(r, BJ_STREETS)}, room {d(2, 22)}{d(0, 3)}{d(0, 9)}"
    return f"flat {d(1, 28)}0{d(1, 8)}, No. {d(1, 60)} {pick(r, ['Yabao Road', 'Ritan North Road', 'Dongdaqiao Road', 'Guanghua Road'])}"


def street_cn(r):
    d = lambda lo, hi: r.randint(lo, hi)
    return pick(r, [f"{pick(r, ['北京市', ''])}{pick(r, ['朝阳区', '东城区', '海淀区', '丰台区'])}{pick(r, ['建国路', '东直门外大街', '新源南路', '工体北路', '望京街'])}{d(1, 199)}号{d(1, 12)}号楼{d(1, 4)}单元{d(1, 28)}0{d(1, 6)}室",
                    f"{pick(r, ['上海市徐汇区衡山路', '广州市天河区体育西路', '呼和浩特市新城区中山东路', '乌鲁木齐市天山区解放南路', '哈尔滨市南岗区西大直街'])}{d(1, 300)}号{d(1, 30)}0{d(1, 6)}室",
                    f"{pick(r, ['内蒙古', '新疆', '黑龙江'])}{pick(r, ['某某县', ''])}{pick(r, ['人民路', '团结街', '胜利路'])}{d(1, 99)}号"])


def hosp_address(r):
    return pick(r, [f"No. {r.randint(1, 99)} {pick(r, BJ_STREETS)}, {pick(r, BJ_DISTRICTS)}, Beijing",
                    f"{r.randint(1, 99)} {pick(r, BJ_STREETS)}, {pick(r, BJ_DISTRICTS)}",
                    f"北京市{pick(r, ['朝阳区', '东城区', '海淀区'])}{pick(r, ['新源南路', '建国路', '工体北路'])}{r.randint(1, 99)}号"])


def postcode_plain(r):
    k = r.randrange(14)
    if k == 0:
        return f"1{r.randint(0, 2)}{dg(r, 4)}"
    if k == 1:
        return f"1{pick(r, '0123459')}{dg(r, 4)}"
    if k == 2:
        return f"0{pick(r, '5679')}0{dg(r, 3)}"
    if k == 3:
        return f"{pick(r, 'AZX')}{dg(r, 2)}{pick(r, 'ABCEHK')}{dg(r, 1)}{pick(r, 'ABCEGK')}{dg(r, 1)}"
    if k == 4:
        return f"1{pick(r, '34678')}{dg(r, 3)}"
    if k == 5:
        return f"{pick(r, ['SW', 'NW', 'E', 'M', 'B', 'LS', 'EH'])}{r.randint(1, 19)} {r.randint(1, 9)}{letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if k == 6:
        return f"{dgnz(r, 5)}" + pick(r, ["", f"-{dg(r, 4)}"])
    if k == 7:
        return f"{pick(r, 'KLMHTV')}{dg(r, 1)}{pick(r, 'ABCEGHJ')} {dg(r, 1)}{pick(r, 'ABCEGHJ')}{dg(r, 1)}"
    if k == 8:
        return f"{r.randint(10, 99)}{dg(r, 3)}"
    if k == 9:
        return f"〒{r.randint(100, 999)}-{dg(r, 4)}"
    if k == 10:
        return f"0{dg(r, 4)}"
    if k == 11:
        return f"0{r.randint(1, 9)}{dg(r, 3)}-{dg(r, 3)}"
    if k == 12:
        return f"{r.randint(10, 99)}{dg(r, 2)} {letters(r, 2, 'ABCDEFGHJKLMNPRSTVWXZ')}"
    return f"{r.randint(10, 96)}{dg(r, 3)}"


def street_with_pc(r):
    k = r.randrange(8)
    d = lambda lo, hi: r.randint(lo, hi)
    if k == 0:
        return f"{pick(r, ['Hauptstraße', 'Lindenallee', 'Goethestraße'])} {d(1, 99)}, {d(10, 99)}{dg(r, 3)} {pick(r, ['Berlin', 'Hamburg', 'Köln'])}"
    if k == 1:
        return f"{pick(r, RU_STREETS_CYR)}, д. {d(1, 99)}, кв. {d(1, 200)}, {pick(r, RU_CITIES_CYR)}, {d(1, 6)}{dg(r, 5)}"
    if k == 2:
        return f"{d(1, 200)} {pick(r, BJ_STREETS)}, {pick(r, BJ_DISTRICTS)}, Beijing 100{dg(r, 3)}"
    if k == 3:
        return f"{d(1, 99)} {pick(r, ['Baker Street', 'Mill Lane', 'Station Road'])}, London {pick(r, ['NW1', 'SE15', 'E8', 'N4'])} {d(1, 9)}{letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if k == 4:
        return f"{d(100, 9999)} {pick(r, ['Elm Street', 'Pine Avenue', 'Lakeshore Drive'])}, {pick(r, ['Austin, TX', 'Columbus, OH', 'Fresno, CA'])} {dgnz(r, 5)}"
    if k == 5:
        return f"Building {d(1, 60)}, apt {d(1, 99)}, Bayanzurkh district, Ulaanbaatar {r.randint(13, 18)}{dg(r, 3)}"
    if k == 6:
        return f"{pick(r, ['Dostyk Avenue', 'Abai Avenue', 'Zheltoksan Street'])} {d(1, 200)}, apt {d(1, 90)}, Almaty 0{pick(r, '5')}00{dg(r, 2)}"
    return f"{pick(r, ['北京市朝阳区建国路', '上海市徐汇区衡山路', '广州市天河区体育西路'])}{d(1, 199)}号{d(1, 20)}栋{d(1, 30)}0{d(1, 5)}室，邮编{pick(r, ['100', '200', '510'])}{dg(r, 3)}"


def street_hard(r):
    s = street_plain(r)
    k = r.randrange(4)
    if k == 0:
        return s.lower()
    if k == 1:
        return fw_digits(s)
    if k == 2:
        return re.sub(r"\d+", lambda m: num_words(int(m.group())) if int(m.group()) < 1000 else m.group(), s)
    return s.replace(",", "")


CITY_COORDS = [(39.90, 116.40), (55.75, 37.62), (43.24, 76.89), (41.31, 69.28),
               (47.92, 106.91), (42.87, 74.59), (38.56, 68.78), (25.20, 55.27),
               (24.71, 46.68), (13.75, 100.50), (10.78, 106.70), (-6.20, 106.85),
               (6.52, 3.38), (-1.29, 36.82), (9.03, 38.74), (52.52, 13.40),
               (40.71, -74.01), (-23.55, -46.63), (37.57, 126.98), (35.68, 139.69),
               (51.51, -0.13), (33.31, 44.36), (14.60, 120.98), (3.14, 101.69)]


def dms(value, pos, neg, r):
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    mins = int((v - deg) * 60)
    secs = (v - deg - mins / 60) * 3600
    return deg, mins, secs, hemi


def coords(r):
    lat0, lon0 = pick(r, CITY_COORDS)
    lat = lat0 + r.uniform(-0.2, 0.2)
    lon = lon0 + r.uniform(-0.2, 0.2)
    k = r.randrange(9)
    if k == 0:
        return f"{lat:.4f}, {lon:.4f}"
    if k == 1:
        return f"{lat:.6f},{lon:.6f}"
    if k == 2:
        return f"{lon:.5f},{lat:.5f}"
    if k == 3:
        d1, m1, s1, h1 = dms(lat, "N", "S", r)
        d2, m2, s2, h2 = dms(lon, "E", "W", r)
        return f"{d1}°{m1:02d}'{s1:04.1f}\"{h1} {d2}°{m2:02d}'{s2:04.1f}\"{h2}"
    if k == 4:
        d1, m1, s1, h1 = dms(lat, "N", "S", r)
        d2, m2, s2, h2 = dms(lon, "E", "W", r)
        return f"{h1} {d1}° {m1}′ {int(s1)}″, {h2} {d2}° {m2}′ {int(s2)}″"
    if k == 5:
        return f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"
    if k == 6:
        return f"geo:{lat:.5f},{lon:.5f}"
    if k == 7:
        return f"lat {lat:.5f} / lng {lon:.5f}"
    return plus_code(r)


PLUS_ALPHA = "23456789CFGHJMPQRVWX"


def plus_code(r):
    full = alnum(r, 4, "6789CFGH") + alnum(r, 4, PLUS_ALPHA) + "+" + alnum(r, 2, PLUS_ALPHA)
    short = alnum(r, 4, PLUS_ALPHA) + "+" + alnum(r, r.randint(2, 3), PLUS_ALPHA)
    return pick(r, [full, f"{short} {pick(r, ['Beijing', 'Ulaanbaatar', 'Almaty', 'Chaoyang'])}"])


def coords_hard(r):
    c = coords(r)
    k = r.randrange(3)
    if k == 0:
        return fullwidth(c)
    if k == 1:
        return c.replace(".", " point ", 2) if "+" not in c else c.lower()
    return c.replace(",", " ,  ")


# ---------------------------------------------------------------------------
# document and record numbers
# ---------------------------------------------------------------------------

def passport_plain(r):
    k = r.randrange(16)
    if k == 0:
        return f"{r.randint(70, 77)} {dg(r, 7)}"
    if k == 1:
        return f"{r.randint(70, 77)}{dg(r, 7)}"
    if k == 2:
        return f"N{dg(r, 8)}"
    if k == 3:
        return f"{pick(r, ['FA', 'AA', 'AB', 'AC'])}{dg(r, 7)}"
    if k == 4:
        return f"E{dg(r, 7)}"
    if k == 5:
        pre = pick(r, ['E', 'EA', 'EB', 'EC', 'EJ', 'G'])
        return pre + dg(r, 9 - len(pre))
    if k == 6:
        return dgnz(r, 9)
    if k == 7:
        return f"{pick(r, 'CFGHJK')}{alnum(r, 8, 'CFGHJKLMNPRTVWXYZ0123456789')}"
    if k == 8:
        return f"M{dg(r, 8)}"
    if k == 9:
        return f"T{pick(r, 'KRZ')}{dg(r, 7)}"
    if k == 10:
        return f"A{dg(r, 8)}"
    if k == 11:
        return f"{letters(r, 2)}{dg(r, 7)}"
    if k == 12:
        return f"P{pick(r, ['RUS', 'KAZ', 'MNG', 'UZB'])}{dg(r, 9)}"
    if k == 13:
        return f"{letters(r, 1)}{dg(r, 7)}"
    if k == 14:
        return f"{pick(r, ['G', 'P', 'K'])}{dg(r, 8)}"
    return f"{pick(r, ['AK', 'AN', 'ID'])}{dg(r, 7)}"


def passport_hard(r):
    p = passport_plain(r)
    k = r.randrange(5)
    if k == 0:
        return spaced_out(p)
    if k == 1:
        return fullwidth(p)
    if k == 2:
        return digits_as_words(p)
    if k == 3:
        return p.lower()
    return letter_by_letter(p, "-")


def national_id_parts(r):
    k = r.randrange(16)
    yy, mm, dd = r.randint(40, 99), r.randint(1, 12), r.randint(1, 28)
    if k == 0:
        return "IIN", f"{yy:02d}{mm:02d}{dd:02d}{pick(r, '3456')}{dg(r, 5)}"
    if k == 1:
        return "PINFL", f"{pick(r, '3456')}{dd:02d}{mm:02d}{yy:02d}{dg(r, 7)}"
    if k == 2:
        return "SNILS", f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)} {dg(r, 2)}"
    if k == 3:
        return "INN", f"{dg(r, 12)}"
    if k == 4:
        return "register number", f"{pick(r, ['УБ', 'ЧН', 'ДЖ', 'ТА', 'ЖИ', 'ФО'])}{yy:02d}{mm:02d}{dd:02d}{dg(r, 2)}"
    if k == 5:
        return "Emirates ID", f"784-19{yy:02d}-{dg(r, 7)}-{dg(r, 1)}"
    if k == 6:
        return "RRN", f"{yy:02d}{mm:02d}{dd:02d}-{pick(r, '12')}{dg(r, 6)}"
    if k == 7:
        return "NIK", f"{dg(r, 6)}{dd:02d}{mm:02d}{yy:02d}{dg(r, 4)}"
    if k == 8:
        return "NIN", f"{letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {pick(r, 'ABCD')}"
    if k == 9:
        return "SSN", f"{r.randint(100, 665)}-{dg(r, 2)}-{dg(r, 4)}"
    if k == 10:
        return "CPF", f"{dg(r, 3)}.{dg(r, 3)}.{dg(r, 3)}-{dg(r, 2)}"
    if k == 11:
        return "PESEL", f"{yy:02d}{mm:02d}{dd:02d}{dg(r, 5)}"
    if k == 12:
        return "CCCD", f"{dg(r, 12)}"
    if k == 13:
        return "MyKad", f"{yy:02d}{mm:02d}{dd:02d}-{dg(r, 2)}-{dg(r, 4)}"
    if k == 14:
        return "Thai ID", f"{dgnz(r, 1)}-{dg(r, 4)}-{dg(r, 5)}-{dg(r, 2)}-{dg(r, 1)}"
    return "NIN", f"{dg(r, 11)}"


def national_id_named(r):
    label, value = national_id_parts(r)
    return f"{label} {value}"


def national_id_bare(r):
    return national_id_parts(r)[1]


def national_id_hard(r):
    name, val = national_id_parts(r)
    k = r.randrange(4)
    if k == 0:
        return f"{name} {spaced_out(val)}"
    if k == 1:
        return f"{name} {fullwidth(val)}"
    if k == 2:
        return f"{name.lower()} {digits_as_words(val)}"
    return f"{name}: {val.replace('-', ' ').replace('.', ' ')}"


RID_REGIONS = ["110101", "110105", "110108", "120104", "130102", "150102", "210102",
               "220104", "230103", "310104", "320106", "330106", "370202", "410105",
               "420106", "440106", "440305", "510107", "610113", "650102", "152502",
               "632801", "540102"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id_raw(r, wrong=False):
    y, m, d = rand_ymd(r, 1932, 2022)
    body = f"{pick(r, RID_REGIONS)}{y}{m:02d}{d:02d}{dg(r, 3)}"
    s = sum(int(c) * w for c, w in zip(body, RID_W))
    check = "10X98765432"[s % 11]
    if wrong:
        check = pick(r, [c for c in "0123456789X" if c != check])
    return body + check


def resident_id_plain(r):
    raw = resident_id_raw(r, wrong=r.random() < 0.2)
    k = r.random()
    if k < 0.7:
        return raw
    if k < 0.85:
        return raw[:-1] + raw[-1].lower()
    return f"{raw[:6]} {raw[6:14]} {raw[14:]}"


def resident_id_hard(r):
    raw = resident_id_raw(r, wrong=r.random() < 0.25)
    k = r.randrange(8)
    if k == 0:
        return f"{raw[:6]}-{raw[6:14]}-{raw[14:]}"
    if k == 1:
        return group(raw, 4)
    if k == 2:
        return fullwidth(raw)
    if k == 3:
        return cn_digits(raw[:9]) + raw[9:]
    if k == 4:
        return spaced_out(raw)
    if k == 5:
        return cn_digits(raw, r, 0.5)
    if k == 6:
        return f"{raw[:3]} {raw[3:6]} {raw[6:10]} {raw[10:14]} {raw[14:]}".lower()
    return fullwidth(group(raw, 6), space=True)


def mrn_plain(r):
    k = r.randrange(12)
    y = r.randint(2016, 2025)
    if k == 0:
        return f"MRN {dg(r, 8)}"
    if k == 1:
        return f"MRN: {dgnz(r, 7)}"
    if k == 2:
        return f"inpatient no. ZY{y}{dg(r, 6)}"
    if k == 3:
        return f"outpatient ID MZ{dg(r, 10)}"
    if k == 4:
        return f"病案号 {dg(r, 7)}"
    if k == 5:
        return f"住院号：{y}{dg(r, 5)}"
    if k == 6:
        return f"chart #{pick(r, 'ABCHK')}-{dg(r, 6)}"
    if k == 7:
        return f"hospital number {dgnz(r, 9)}"
    if k == 8:
        return f"patient ID P{dg(r, 9)}"
    if k == 9:
        return f"record no. {y}-{dg(r, 6)}"
    if k == 10:
        return f"门诊号 {dg(r, 10)}"
    return f"case number IMD-{dg(r, 6)}"


def mrn_bare(r):
    return pick(r, [dg(r, 8), f"ZY{r.randint(2016, 2025)}{dg(r, 6)}", f"MZ{dg(r, 10)}",
                    dgnz(r, 7), f"IMD-{dg(r, 6)}", f"{pick(r, 'ABHK')}{dg(r, 7)}"])


def mrn_hard(r):
    v = mrn_bare(r)
    return pick(r, [spaced_out(v), fullwidth(v), digits_as_words(v), v.lower(), group(v, 3, "-")])


INSURERS = ["GlobalCare Assist", "Pacific Mutual Health", "Steppe Medical Insurance",
            "Gulf Shield Insurance", "Orient Health Plan", "EuroMed Travel Cover",
            "AmeriHealth Abroad", "Lotus Life Health"]


def health_plan_plain(r):
    k = r.randrange(11)
    if k == 0:
        return f"OMS policy {dg(r, 16)}"
    if k == 1:
        return f"полис ОМС № {group(dg(r, 16))}"
    if k == 2:
        return f"DMS policy No. {dg(r, 3)}-{dg(r, 6)}-{dg(r, 2)}"
    if k == 3:
        return f"member ID {letters(r, 3)}{dg(r, 8)}"
    if k == 4:
        return f"policy number {letters(r, 2)}-{r.randint(2019, 2025)}-{dg(r, 7)}"
    if k == 5:
        return f"医保卡号 {dg(r, 4)} {dg(r, 4)} {dg(r, 4)}"
    if k == 6:
        return f"insurance card no. {dg(r, 12)}"
    if k == 7:
        return f"NHIS number {dgnz(r, 1)}-{dg(r, 10)}"
    if k == 8:
        return f"Medicare MBI {dgnz(r, 1)}{letters(r, 1, 'ACDEFGHJKMNPQRTUVWXY')}{alnum(r, 1)}{dg(r, 1)}-{letters(r, 1, 'ACDEFGHJKMNPQRTUVWXY')}{alnum(r, 1)}{dg(r, 1)}-{letters(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{dg(r, 2)}"
    if k == 9:
        return f"KVNR {letters(r, 1)}{dg(r, 9)}"
    return f"certificate no. {letters(r, 3)}/{dg(r, 6)}/{dg(r, 2)}"


def health_plan_bare(r):
    return pick(r, [dg(r, 16), f"{letters(r, 3)}{dg(r, 8)}", f"{dg(r, 3)}-{dg(r, 6)}-{dg(r, 2)}",
                    f"{letters(r, 2)}-{r.randint(2019, 2025)}-{dg(r, 7)}", dg(r, 12),
                    f"{letters(r, 1)}{dg(r, 9)}"])


def iban(r):
    specs = [("DE", 18, False), ("GB", 18, True), ("FR", 23, False), ("KZ", 16, True),
             ("AE", 19, False), ("SA", 20, False), ("TR", 22, False), ("PL", 24, False),
             ("IT", 23, True), ("NL", 14, True), ("EG", 25, False), ("AZ", 24, True)]
    cc, n, has_bank_letters = pick(r, specs)
    if has_bank_letters:
        bban = letters(r, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dg(r, n - 4)
    else:
        bban = dg(r, n)
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    val = f"{cc}{check:02d}{bban}"
    return group(val) if r.random() < 0.6 else val


def account_plain(r):
    k = r.randrange(8)
    if k in (0, 1):
        return "IBAN " + iban(r)
    if k == 2:
        return "card " + group(luhn_complete(pick(r, ["4276", "5469", "2202", "4400", "4169"]) + dg(r, 11)))
    if k == 3:
        return "UnionPay card " + group(luhn_complete("62" + dg(r, 16)))
    if k == 4:
        return f"account 40817810{dg(r, 12)}"
    if k == 5:
        return f"account no. {dg(r, 4)} {dg(r, 4)} {dg(r, 4)} {dg(r, 4)} {dg(r, 3)}"
    if k == 6:
        return f"card ending {dg(r, 4)}, full number {luhn_complete('4' + dg(r, 14))}"
    return f"checking account {dgnz(r, 10)}"


def account_bare(r):
    k = r.randrange(4)
    if k == 0:
        return iban(r)
    if k == 1:
        return group(luhn_complete(pick(r, ["4276", "5469", "2202", "6222", "4584"]) + dg(r, 11)))
    if k == 2:
        return "40817810" + dg(r, 12)
    return dg(r, 19)


def account_hard(r):
    v = account_bare(r).replace(" ", "")
    return pick(r, [spaced_out(v), fullwidth(group(v)), group(v, 2, "-"), digits_as_words(v[:8]) + " " + v[8:],
                    v.lower()])


def licence_doctor(r):
    p = person(r)
    k = r.randrange(9)
    if k == 0:
        return f"Dr. {p['full']} (practising certificate No. {dg(r, 15)})"
    if k == 1:
        return f"{pick(r, HZ_FAM)}{pick(r, HZ_GIVEN)}医师（执业证书编码：{dg(r, 15)}）"
    if k == 2:
        return f"Dr. {person(r, region='eu')['full']}, GMC No. {dgnz(r, 7)}"
    if k == 3:
        return f"Dr. {person(r, region='am')['full']} (NPI {dgnz(r, 10)})"
    if k == 4:
        return f"Dr. {person(r, region='cn')['full']}, physician licence {dg(r, 3)} {dg(r, 4)} {dg(r, 4)} {dg(r, 4)}"
    if k == 5:
        return f"Dr. {p['title_name']} (licence no. {letters(r, 2)}-{dg(r, 6)})"
    if k == 6:
        return f"Dr. {person(r, region='ru')['full']}, medical licence No. {dg(r, 2)}-{dg(r, 2)}-{dg(r, 6)}"
    if k == 7:
        return f"Dr. {person(r, region='kr')['full']} (Korean medical licence {dgnz(r, 5)})"
    return f"licensed physician {p['full']}, registration {dg(r, 4)}-{dg(r, 5)}"


def licence_nurse(r):
    p = person(r)
    return pick(r, [f"{p['full']}, RN, nurse registration No. {r.randint(2005, 2023)}{dg(r, 8)}",
                    f"{pick(r, HZ_FAM)}{pick(r, HZ_GIVEN)}（护士执业证书编号：{r.randint(2005, 2023)}{dg(r, 8)}）",
                    f"Nurse {p['full']} (registration {letters(r, 2)}{dg(r, 7)})",
                    f"{p['full']}, licensed nurse, certificate {dg(r, 12)}"])


def licence_with_name(r):
    return licence_doctor(r) if r.random() < 0.8 else licence_nurse(r)


RU_PLATE_LET = "АВЕКМНОРСТУХ"


def vehicle_plain(r):
    k = r.randrange(11)
    prov = pick(r, ["京", "津", "冀", "蒙", "黑", "吉", "辽", "沪", "新", "粤", "川"])
    if k == 0:
        return f"{prov}{pick(r, 'ABCEFGHJKLMNPQ')}·{alnum(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[8:] + '0123456789')}"
    if k == 1:
        return f"{prov}{pick(r, 'ABCEFGN')}{pick(r, 'DF')}{dg(r, 5)}"
    if k == 2:
        return f"{pick(r, RU_PLATE_LET)}{dg(r, 3)}{letters(r, 2, RU_PLATE_LET)} {pick(r, ['77', '97', '177', '799', '78', '54', '38'])}"
    if k == 3:
        return f"{dg(r, 3)} {letters(r, 3, 'ABCDEFHKLMNOPRSTVXYZ')} {pick(r, ['01', '02', '17', '05', '13'])}"
    if k == 4:
        return f"{dg(r, 4)} {letters(r, 3, 'УБАЕНГДЖ')}"
    if k == 5:
        return f"Dubai {pick(r, 'ABCDGHIJKLMNOPQRST')} {dgnz(r, 5)}"
    if k == 6:
        return f"{dgnz(r, 1)}{letters(r, 3)}{dg(r, 3)}"
    if k == 7:
        return f"{pick(r, ['B', 'M', 'HH', 'K', 'F'])}-{letters(r, 2)} {dgnz(r, 4)}"
    if k == 8:
        return f"{r.randint(10, 99)}{pick(r, '가나다라마거너더러')} {dg(r, 4)}"
    if k == 9:
        return f"{pick(r, ['กข', 'ฉท', '1กค', 'พม'])} {dgnz(r, 4)}"
    return vin(r)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(r):
    return pick(r, ["LSV", "LFV", "WVW", "XTA", "JTD", "KMH", "1HG", "Z94", "LGB", "WBA"]) + alnum(r, 14, VIN_CHARS)


def vehicle_hard(r):
    v = vehicle_plain(r)
    return pick(r, [spaced_out(v), fullwidth(v), v.lower(), letter_by_letter(v, "-")])


def device_implant(r):
    k = r.randrange(7)
    if k == 0:
        return f"pacemaker serial {letters(r, 3)}{dg(r, 6)}{letters(r, 1)}"
    if k == 1:
        return f"SN {letters(r, 2)}{dg(r, 7)}{pick(r, 'HKS')}"
    if k == 2:
        return f"UDI (01){dg(r, 14)}(17){r.randint(25, 29)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}(21){alnum(r, 8)}"
    if k == 3:
        return f"insulin pump serial {letters(r, 2)}{dg(r, 7)}{letters(r, 1)}"
    if k == 4:
        return f"cochlear implant serial {dg(r, 7)}"
    if k == 5:
        return f"ICD serial {pick(r, ['PZC', 'RXB', 'BLK'])}{dg(r, 6)}{pick(r, 'HSR')}"
    return f"UDI (01){dg(r, 14)}(10){alnum(r, 6)}(21){dg(r, 9)}"


def device_electronic(r):
    k = r.randrange(5)
    if k == 0:
        return f"IMEI {luhn_complete(dg(r, 14))}"
    if k == 1:
        return "MAC " + ":".join("%02X" % r.randrange(256) for _ in range(6))
    if k == 2:
        return f"device ID {alnum(r, 4, '0123456789ABCDEF')}-{alnum(r, 4, '0123456789ABCDEF')}-{alnum(r, 4, '0123456789ABCDEF')}"
    if k == 3:
        return "MAC " + "-".join("%02x" % r.randrange(256) for _ in range(6))
    return f"serial number {alnum(r, 12)}"


def device_plain(r):
    return device_implant(r) if r.random() < 0.6 else device_electronic(r)


def device_bare(r):
    return pick(r, [f"{letters(r, 3)}{dg(r, 6)}{letters(r, 1)}", luhn_complete(dg(r, 14)),
                    ":".join("%02X" % r.randrange(256) for _ in range(6)),
                    f"(01){dg(r, 14)}(21){alnum(r, 8)}", f"{letters(r, 2)}{dg(r, 7)}{pick(r, 'HKS')}",
                    alnum(r, 10)])


def device_hard(r):
    v = device_bare(r)
    return pick(r, [spaced_out(v), fullwidth(v), v.lower(), letter_by_letter(v.replace(":", ""), "-")])


def other_plain(r):
    k = r.randrange(22)
    y = r.randint(2019, 2025)
    if k == 0:
        return f"claim no. CLM-{y}-{dg(r, 7)}"
    if k == 1:
        return f"visa No. {dgnz(r, 9)}"
    if k == 2:
        return f"e-ticket {dg(r, 3)}-{dg(r, 10)}"
    if k == 3:
        return f"booking reference {alnum(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    if k == 4:
        return f"PNR {alnum(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    if k == 5:
        return f"case ({y})京{r.randint(1, 1)}0{r.randint(1, 9):02d}民初{dgnz(r, 5)}号"
    if k == 6:
        return f"staff no. {dg(r, 5)}"
    if k == 7:
        return f"student ID {y}{dg(r, 6)}"
    if k == 8:
        return f"SF{dg(r, 13)}"
    if k == 9:
        return f"EMS tracking E{pick(r, 'ABEL')}{dg(r, 9)}CN"
    if k == 10:
        return f"appointment no. A{dg(r, 7)}"
    if k == 11:
        return f"registration no. {dg(r, 4)}-{dg(r, 4)}"
    if k == 12:
        return f"residence permit No. {pick(r, 'EMP')}{dg(r, 8)}"
    if k == 13:
        return f"invitation letter No. INV-BJ-{y}-{dg(r, 4)}"
    if k == 14:
        return f"fapiao number {dg(r, 8)}"
    if k == 15:
        return f"invoice No. {y}{dg(r, 2)}-{dg(r, 5)}"
    if k == 16:
        return f"receipt #{dg(r, 7)}"
    if k == 17:
        return f"order #{dgnz(r, 8)}"
    if k == 18:
        return f"transfer reference FT{dg(r, 5)}{alnum(r, 5)}"
    if k == 19:
        return f"DHL waybill {dg(r, 10)}"
    if k == 20:
        return f"work permit {letters(r, 1)}{dg(r, 10)}"
    return f"挂号单号 {dg(r, 12)}"


def other_bare(r):
    return pick(r, [f"CLM-{r.randint(2019, 2025)}-{dg(r, 7)}", dgnz(r, 9), alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                    f"{dg(r, 3)}-{dg(r, 10)}", f"INV-BJ-{r.randint(2019, 2025)}-{dg(r, 4)}", dg(r, 8),
                    f"A{dg(r, 7)}", f"SF{dg(r, 13)}", f"FT{dg(r, 5)}{alnum(r, 5)}"])


def other_hard(r):
    v = other_bare(r)
    return pick(r, [spaced_out(v), fullwidth(v), v.lower(), digits_as_words(v)])


# ---------------------------------------------------------------------------
# clean look-alike pools
# ---------------------------------------------------------------------------

CITIES = ["Almaty", "Astana", "Shymkent", "Tashkent", "Samarkand", "Bishkek", "Osh",
          "Dushanbe", "Ulaanbaatar", "Erdenet", "Darkhan", "Moscow", "Novosibirsk",
          "Irkutsk", "Vladivostok", "Khabarovsk", "Chita", "Ulan-Ude", "Kazan",
          "Dubai", "Riyadh", "Baghdad", "Erbil", "Tehran", "Amman", "Muscat", "Bangkok",
          "Chiang Mai", "Hanoi", "Ho Chi Minh City", "Jakarta", "Surabaya", "Manila",
          "Cebu", "Kuala Lumpur", "Lagos", "Abuja", "Nairobi", "Addis Ababa", "Accra",
          "Dar es Salaam", "Johannesburg", "Cairo", "Berlin", "Milan", "Warsaw",
          "Lyon", "Madrid", "London", "Toronto", "Houston", "São Paulo", "Lima",
          "Mexico City", "Bogotá", "Seoul", "Busan", "Osaka", "Sapporo", "Harbin",
          "Urumqi", "Hohhot", "Kunming", "Chengdu", "Guangzhou", "Shanghai"]
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Mongolia",
             "Russia", "the UAE", "Saudi Arabia", "Iraq", "Iran", "Jordan", "Oman",
             "Thailand", "Vietnam", "Indonesia", "the Philippines", "Malaysia",
             "Nigeria", "Kenya", "Ethiopia", "Ghana", "Tanzania", "Egypt", "Germany",
             "Italy", "Poland", "France", "Spain", "the UK", "Canada", "the USA",
             "Brazil", "Peru", "Mexico", "Colombia", "Korea", "Japan", "Laos", "Myanmar"]
LANGUAGES = ["Russian", "Kazakh", "Uzbek", "Mongolian", "Arabic", "Persian", "Thai",
             "Vietnamese", "Indonesian", "Tagalog", "Swahili", "Amharic", "French",
             "Spanish", "Portuguese", "Korean", "Japanese", "German"]
NATIONALITIES = ["Kazakh", "Uzbek", "Kyrgyz", "Tajik", "Mongolian", "Russian", "Emirati",
                 "Saudi", "Iraqi", "Thai", "Vietnamese", "Indonesian", "Filipino",
                 "Nigerian", "Kenyan", "Ethiopian", "German", "Italian", "Polish",
                 "Canadian", "Brazilian", "Korean", "Japanese"]
SPECIALTIES = ["cardiac surgery", "paediatric oncology", "neurosurgery", "orthopaedics",
               "hepatobiliary surgery", "haematology", "reproductive medicine",
               "rehabilitation", "ophthalmology", "interventional radiology",
               "transplant", "traditional Chinese medicine", "urology", "ENT"]
CONDITIONS = ["neuroblastoma", "acute lymphoblastic leukaemia", "a brain tumour",
              "scoliosis", "biliary atresia", "a congenital heart defect",
              "liver cancer", "aplastic anaemia", "a retinoblastoma", "kidney failure",
              "thalassaemia", "spinal cord injury", "osteosarcoma", "epilepsy",
              "cervical cancer", "hip dysplasia", "severe burns", "cerebral palsy"]
OCCUPATIONS = ["schoolteacher", "herder", "taxi driver", "nurse", "bookkeeper",
               "retired engineer", "student", "football coach", "shop owner",
               "farmer", "dentist", "civil servant", "pilot", "seamstress", "miner"]
HOSP_LOCS = ["the 6th floor", "Building 3", "Ward 5B", "bed 12 of the paediatric ward",
             "Room 506", "Lift B", "the east wing", "Outpatient Hall 2", "the ICU",
             "the 11th floor of the inpatient building", "registration window 4",
             "the rehabilitation gym", "the day-surgery unit", "the international ward",
             "the fourth-floor garden", "Bed 27", "Operating Theatre 9", "the B2 car park",
             "the cafeteria on level 1", "the transplant ward", "Room 1203 of the inpatient building",
             "Clinic Room 14", "the radiology department in Building 2", "the Yifu Building",
             "逸夫楼"]
STREETS_NONUM = ["Tverskaya Street", "Nevsky Prospekt", "Jianguo Road", "Abai Avenue",
                 "Sukhumvit Road", "Peace Avenue", "Amir Temur Avenue", "Nguyen Hue Street",
                 "Sheikh Zayed Road", "Wangfujing Street", "Arbat", "Chang'an Avenue",
                 "Dostyk Avenue", "Seestraße", "Gangnam-daero", "Ngong Road",
                 "Lenin Prospekt", "Zhongshan Road", "Pushkin Street", "Gagarin Avenue"]
MONTH_YEAR_FORMS = ["{M} {Y}", "{M} {Y}", "{m:02d}/{Y}", "{Y}年{m}月", "{M} {Y}",
                    "{Y}-{m:02d}", "{Mabbr} {Y}", "{Y}年{m}月份", "early {M} {Y}",
                    "late {M} {Y}", "mid-{M} {Y}"]


def month_year(r):
    y = r.randint(2015, 2025)
    m = r.randint(1, 12)
    f = pick(r, MONTH_YEAR_FORMS)
    return f.format(M=MONTHS_EN[m - 1], Y=y, m=m, MR=MONTHS_RU_NOM[m - 1],
                    Mabbr=MONTHS_EN[m - 1][:3] + ".")


def year_only(r):
    y = r.randint(2005, 2025)
    return pick(r, [str(y), f"{y}", f"early {y}", f"late {y}", f"the summer of {y}",
                    f"the winter of {y}", f"Q{r.randint(1, 4)} {y}", f"{y}年",
                    f"spring {y}", f"the {pick(r, ['first', 'second'])} half of {y}"])


def year_range(r):
    y = r.randint(2008, 2021)
    return pick(r, [f"{y}–{y + r.randint(1, 4)}", f"{y} and {y + r.randint(1, 4)}",
                    f"{y}-{str(y + r.randint(1, 4))[2:]}", f"{y}至{y + r.randint(1, 4)}年"])


def relative_time(r):
    n = r.randint(2, 11)
    return pick(r, [f"{num_words(n)} weeks later", f"{num_words(n)} days after surgery",
                    f"{num_words(n)} years ago", "last spring", "the following winter",
                    f"on Day +{r.randint(7, 30)}", f"on post-operative day {r.randint(1, 9)}",
                    "by the end of the month", f"{num_words(n)} months on",
                    "the next morning", "a fortnight later", "the week after",
                    "yesterday", "last Tuesday",
                    f"in week {r.randint(2, 40)} of pregnancy", "the day before discharge"])


FESTIVALS_NOYEAR = ["Spring Festival", "the Mid-Autumn Festival", "Eid al-Fitr",
                    "Eid al-Adha", "Nowruz", "Songkran", "Tsagaan Sar", "Chuseok",
                    "Christmas", "Ramadan", "Naadam", "Golden Week", "春节", "中秋节",
                    "National Day", "the Lantern Festival", "Orthodox Easter",
                    "Diwali", "Obon"]
SEASONS = ["spring", "summer", "autumn", "winter", "the rainy season", "the school holidays"]


def age_clean_adj(r):
    n = pick(r, [r.randint(1, 17), r.randint(18, 79), r.randint(80, 89), r.randint(85, 89)])
    w = pick(r, [str(n), num_words(n)])
    vowel = w[0] in "aeiou" or w.startswith("8") or w in ("11", "18")
    return f"{'an' if vowel else 'a'} {w}-year-old"


def age_clean_phrase(r):
    n = r.randint(40, 89)
    return pick(r, [f"aged {n}", f"{n} years old", f"{num_words(n)} years old",
                    "nearly ninety", "almost 90", "in her late eighties",
                    "in his late eighties", f"{n}", "eighty-nine", "89",
                    "just short of ninety", f"{n} y/o", "not yet ninety"])


def ninety_other(r):
    return pick(r, ["90 mg", "90 mg/m²", "90%", "90/60 mmHg", "90 days", "90 ml/h",
                    "a ninety-minute session", "90 beats per minute", "90 minutes",
                    "90 mmol/L", "90 units", "a 90-day visa", "90 km", "90 seconds",
                    "the 1990s", "the nineties", "90后", "九十年代", "年近九旬", "年过八旬",
                    "a 90-degree angle", "90 tablets", "90 kg"])


PUBLIC_NUMBERS = ["120", "110", "119", "112", "911", "999", "103", "12320", "12345", "1669"]
PUB_WORDS = {"120": "one-two-zero", "110": "one-one-zero", "119": "one-one-nine",
             "112": "one-one-two", "911": "nine-one-one", "999": "nine-nine-nine",
             "103": "one-zero-three", "12320": "one-two-three-two-zero",
             "12345": "one-two-three-four-five", "1669": "one-six-six-nine"}


def trial_id(r):
    k = r.randrange(6)
    if k == 0:
        return f"NCT0{dg(r, 7)}"
    if k == 1:
        return f"ChiCTR{r.randint(2000, 2400)}{dg(r, 6)}"
    if k == 2:
        return f"ChiCTR-{pick(r, ['IOR', 'INR', 'TRC'])}-{r.randint(15, 17)}{dg(r, 6)}"
    if k == 3:
        return f"EudraCT {r.randint(2010, 2023)}-{dg(r, 6)}-{dg(r, 2)}"
    if k == 4:
        return f"ISRCTN{dg(r, 8)}"
    return f"CTR{r.randint(2019, 2024)}{dg(r, 4)}"


def drug_approval(r):
    return f"国药准字{pick(r, 'HZSJ')}{pick(r, ['2009', '2010', '2019', '2020', '1102', '3102', '2000'])}{dg(r, 4)}"


ICD_CODES = ["C34.1", "E11.9", "I21.4", "C50.9", "G35", "Q21.1", "J18.9", "C91.0",
             "D61.9", "K74.6", "Q44.2", "M41.1", "C22.0", "G40.9", "I25.1", "N18.5",
             "C71.9", "Q65.1", "2C25", "BA41", "C64", "D56.1"]
ATC_CODES = ["L01EB02", "A10BA02", "L04AD02", "B01AC06", "C09AA05", "N03AX14",
             "J01CR02", "L01XC07", "H02AB04", "R03AK06"]
GENE_VARIANTS = ["EGFR exon 19 deletion", "EGFR L858R", "BRCA1 c.5266dupC",
                 "KRAS G12C", "JAK2 V617F", "HLA-B*58:01", "BCR-ABL1 p210",
                 "ALK rearrangement", "FLT3-ITD", "TP53 R175H", "HBB c.-78A>G",
                 "SMN1 exon 7 deletion", "MYCN amplification", "IDH1 R132H",
                 "CFTR F508del", "BRAF V600E", "HLA-A*02:01"]


def dose(r):
    return pick(r, [f"{r.randint(1, 20) * 5} mg", f"{r.randint(1, 30) / 10:.1f} mg/kg",
                    f"{r.randint(1, 40) * 250} IU", f"{r.randint(1, 12)} mg twice daily",
                    f"{r.randint(2, 90)} mg/m²", f"{r.randint(1, 9) * 100} mcg",
                    f"{r.randint(1, 4)} g every 8 hours", f"{r.randint(5, 60)} units at night"])


def lab_value(r):
    return pick(r, [f"HbA1c {r.randint(55, 120) / 10:.1f}%", f"creatinine {r.randint(50, 900)} µmol/L",
                    f"platelets {r.randint(8, 450)} × 10⁹/L", f"haemoglobin {r.randint(60, 160)} g/L",
                    f"INR {r.randint(9, 40) / 10:.1f}", f"AFP {r.randint(5, 9000)} ng/mL",
                    f"ALT {r.randint(10, 900)} U/L", f"ferritin {r.randint(20, 6000)} ng/mL",
                    f"CD4 count {r.randint(50, 1200)} cells/µL", f"blood pressure {r.randint(85, 180)}/{r.randint(50, 110)} mmHg",
                    f"eGFR {r.randint(5, 120)} mL/min", f"CRP {r.randint(1, 250)} mg/L",
                    f"bilirubin {r.randint(5, 400)} µmol/L", f"SpO2 {r.randint(80, 100)}%"])


def price(r):
    n = r.randint(3, 900) * 100
    return pick(r, [f"¥{n:,}", f"RMB {n:,}", f"US${n // 7:,}", f"{n:,} yuan", f"₽{n * 12:,}",
                    f"€{n // 8:,}", f"{n // 7:,} USD", f"AED {n // 2:,}", f"₸{n * 60:,}"])


def batch_no(r):
    y, m, d = rand_ymd(r, 2019, 2025)
    return pick(r, [f"batch {y}{m:02d}{d:02d}", f"lot {str(y)[2:]}{m:02d}{d:02d}{pick(r, 'ABC')}",
                    f"batch No. {y}-{m:02d}-{d:02d}", f"lot number {y}{m:02d}{d:02d}-{r.randint(1, 9)}",
                    f"production batch {str(y)[2:]}{m:02d}{dg(r, 3)}", f"lot {alnum(r, 6)}"])


def guideline(r):
    y = r.randint(2018, 2025)
    return pick(r, [f"NCCN Guidelines Version {r.randint(1, 5)}.{y}", f"the CSCO {y} guideline, page {r.randint(10, 300)}",
                    f"the ESC {y} guidelines, p. {r.randint(3000, 4200)}", f"the WHO classification, {pick(r, ['4th', '5th'])} edition",
                    f"consent form version {r.randint(1, 6)}.{r.randint(0, 9)}", f"the {y} ADA Standards of Care, section {r.randint(2, 16)}",
                    f"protocol v{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}", f"chapter {r.randint(2, 30)}, page {r.randint(10, 900)}",
                    f"the Chinese expert consensus ({y} edition)", f"SOP-{r.randint(10, 99)} rev. {r.randint(1, 9)}"])


def version_ip_shaped(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(1, 400)}"


ALIASES = ["Ms. A", "Patient K", "Mr. X", "Mrs. B.", "Mr. D", "Patient 3", "Ms. T",
           "Mr. N.", "Mrs. R", "Ms. Q", "Patient A-2", "Mr. Y", "Ms. S.",
           "Case 7", "Patient J"]
ALIASES_ZH = ["张某", "王某某", "A女士", "患儿小Y", "老K", "李某", "B先生", "刘某某",
              "患者甲", "小M", "某女士", "陈某", "C先生"]
RELATIONS = ["her husband", "his daughter", "the grandmother", "their eldest son",
             "her mother-in-law", "the boy's father", "an aunt from the countryside",
             "his younger brother", "the twins' mother", "her stepfather", "his wife",
             "the baby's grandfather", "a cousin", "her fiancé", "his elder sister"]
RELATIONS_ZH = ["妈妈", "爸爸", "爷爷", "奶奶", "外婆", "老伴", "女儿", "儿子", "姐姐"]
TITLES_ONLY = ["the head nurse", "the attending physician", "our chief surgeon",
               "the ward sister", "the duty doctor", "the Russian-speaking coordinator",
               "the anaesthetist", "the department director", "主任", "护士长",
               "the interpreter", "the night nurse", "the case manager",
               "the chief physician", "the pharmacist", "the physiotherapist"]
EPONYMS = ["Parkinson's disease", "Alzheimer's disease", "Hodgkin lymphoma",
           "Crohn's disease", "Kawasaki disease", "Down syndrome", "Graves' disease",
           "Hashimoto's thyroiditis", "a Wilms tumour", "Ewing sarcoma",
           "Guillain-Barré syndrome", "tetralogy of Fallot", "Takayasu arteritis",
           "Burkitt lymphoma", "Gaucher disease", "Pompe disease", "Fabry disease",
           "Duchenne muscular dystrophy", "Wilson's disease", "Behçet's disease",
           "Cushing's syndrome", "Hirschsprung disease", "Perthes disease",
           "Moyamoya disease", "Marfan syndrome", "Tourette syndrome"]
EPONYM_PROCS = ["a Whipple procedure", "a Kasai portoenterostomy", "a Fontan operation",
                "an Ilizarov frame", "a Nissen fundoplication", "the Ponseti method",
                "the Bobath approach", "a Glenn shunt", "a Ross procedure",
                "a Swenson pull-through", "a Billroth II gastrectomy",
                "the Seldinger technique", "the Heimlich manoeuvre", "a Hartmann's procedure"]
EPONYM_SCALES = ["Apgar score", "Glasgow Coma Scale", "Karnofsky score",
                 "Child-Pugh class", "Gleason score", "Denver test", "Barthel index",
                 "Wong-Baker faces scale", "Ranson criteria", "Cobb angle"]
HERBS = ["Huang Qi", "Dang Gui", "Chai Hu", "Gan Cao", "Bai Zhu", "Fu Ling", "Dan Shen",
         "Ren Shen", "Gou Qi Zi", "Chuan Xiong", "Bai Shao", "Shu Di Huang", "Ban Lan Gen",
         "Jin Yin Hua", "San Qi", "黄芪", "当归", "人参", "枸杞", "柴胡", "甘草", "丹参",
         "Huang Lian", "Ma Huang", "Wu Wei Zi", "Tian Ma"]
INSTITUTIONS = ["Sun Yat-sen University", "the Norman Bethune College of Medicine",
                "中山医院", "the Bethune International Peace Hospital",
                "Sechenov University", "Pirogov Medical University",
                "Lomonosov Moscow State University", "Al Jalila Children's Hospital",
                "King Fahd Medical City", "the Queen Sirikit National Institute of Child Health",
                "Kenyatta National Hospital", "the Nelson Mandela Children's Hospital",
                "Chris Hani Baragwanath Hospital", "Severance Hospital", "St. Luke's International Hospital",
                "the Soong Ching Ling Foundation", "the Mayo Clinic", "Johns Hopkins Hospital",
                "Abai Kazakh National Pedagogical University", "the Karolinska Institute",
                "Charité", "宋庆龄基金会", "the Yifu Hospital of Zhejiang University",
                "the Rajavithi Hospital", "the Tan Tock Seng Hospital",
                "the Cleveland Clinic Abu Dhabi",
                "the Avicenna Research Institute"]
AWARDS = ["the Florence Nightingale Medal", "the Lasker Award", "the Bethune Medal",
          "the Nobel Prize in Medicine", "the Sun Yat-sen Award",
          "the Wu Jieping Medical Award", "the Avicenna Prize"]
VIRTUES = ["hope", "grace", "joy", "faith", "patience", "mercy", "courage", "comfort",
           "trust", "kindness", "love", "luck"]
LIFTS = ["Lift A", "Lift B", "Lift C", "the staff lift", "the east lifts", "Lift 4"]
FLOORS = ["the 2nd floor", "the 5th floor", "the 9th floor", "level B1", "the 14th floor",
          "the ground floor", "the 3rd floor"]
WARDS = ["Ward 3A", "Ward 7", "the paediatric ward", "the cardiac ICU", "Ward 12B",
         "the international ward", "the neuro-oncology ward"]
MN_PLACES = ["the Gobi-Altai province", "Dornod", "Khovd", "Bayan-Ölgii", "Darkhan-Uul",
             "the Khentii aimag", "Sükhbaatar province", "Uvs"]
DISTRICTS = ["Chaoyang District", "Haidian", "Dongcheng", "Bostandyk district",
             "Bayanzurkh district", "Yunusabad", "Deira", "Sukhumvit", "Makati",
             "Gangnam", "Shibuya", "Mitte", "Kreuzberg", "Ikeja", "Westlands"]


# ---------------------------------------------------------------------------
# slot registry: every slot has a fixed tuple of kinds
# ---------------------------------------------------------------------------

SLOTS = {}


def slot(name, kinds, fn):
    assert name not in SLOTS, name
    for k in kinds:
        assert k in KIND_INDEX, k
    SLOTS[name] = (tuple(kinds), fn)


def from_pool(pool):
    return lambda r: pick(r, pool)


PN = ("person_name",)
# person names
slot("name", PN, name_any)
slot("name_full", PN, name_full)
slot("name_full_f", PN, name_full_f)
slot("name_full_m", PN, name_full_m)
slot("name_given", PN, name_given)
slot("name_given_f", PN, name_given_f)
slot("name_given_m", PN, name_given_m)
slot("name_first", PN, name_first)
slot("name_title", PN, name_title)
slot("name_title_m", PN, lambda r: name_title(r, "m"))
slot("name_title_f", PN, lambda r: name_title(r, "f"))
slot("name_doc", PN, name_doc)
slot("name_script", PN, name_script)
slot("name_hanzi", PN, name_hanzi)
slot("name_nick", PN, name_nick)
slot("name_word", PN, name_word)
slot("name_lower", PN, name_lower)
slot("name_obf", PN, name_obf)
slot("name_cyr", PN, lambda r: pick(r, CYR_F) + " " + pick(r, CYR_FAM) + "а")
slot("name_arabic", PN, lambda r: pick(r, AR_NAMES + AR_GIVEN))
slot("name_thai", PN, lambda r: pick(r, TH_GIVEN) + pick(r, ["", " " + pick(r, TH_FAM)]))
slot("name_mn", PN, lambda r: pick(r, [pick(r, MN_CYR_INIT) + " " + pick(r, MN_CYR),
                                       person(r, region="mn")["full"],
                                       person(r, region="mn")["given"]]))
# dates and ages
slot("date", ("exact_date",), exact_date)
slot("date_h", ("exact_date",), exact_date_hard)
slot("hijri", ("exact_date",), hijri_date)
slot("lunar", ("exact_date",), lambda r: pick(r, ["农历", "lunar ", ""]) + lunar_day(r))
slot("dob", ("date_of_birth",), dob)
slot("dob_h", ("date_of_birth",), lambda r: fmt_ymd(r, *rand_ymd(r, 1931, 2023), pick(r, DATE_STYLES_HARD)))
slot("age90", ("age_over_89",), age90_adj)
slot("age90p", ("age_over_89",), age90_phrase)
slot("age90n", ("age_over_89",), lambda r: str(r.randint(90, 104)))
slot("age90zh", ("age_over_89",), age90_zh)
slot("age90ru", ("age_over_89",), age90_ru)
# contact
slot("phone", ("phone_number",), phone_plain)
slot("phone_dept", ("phone_number",), phone_dept)
slot("phone_h", ("phone_number",), phone_hard)
slot("email", ("email",), email_plain)
slot("email_hosp", ("email",), email_hosp)
slot("email_h", ("email",), email_hard)
slot("web", ("web_address",), web_plain)
slot("web_h", ("web_address",), web_hard)
slot("web_fund", ("web_address",), web_fund)
slot("web_blog", ("web_address",), web_blog)
slot("web_news", ("web_address",), web_news)
slot("social", ("social_account",), social_plain)
slot("social_bare", ("social_account",), social_bare)
slot("social_h", ("social_account",), social_hard)
slot("social_link", ("social_account",), social_link)
slot("vk_id", ("social_account",), lambda r: dgnz(r, 9))
slot("tg_handle", ("social_account",), handle)
slot("qq", ("social_account",), lambda r: dgnz(r, r.randint(6, 10)))
slot("wxid", ("social_account",), lambda r: "wxid_" + alnum(r, r.randint(12, 14), LOWER + "0123456789"))
slot("ip", ("ip_address",), ip_plain)
slot("ip_h", ("ip_address",), ip_hard)
# places
slot("street", ("street_address",), street_plain)
slot("street_h", ("street_address",), street_hard)
slot("hosp_addr", ("street_address",), hosp_address)
slot("street_cn", ("street_address",), street_cn)
slot("street_pc", ("street_address", "postal_code"), street_with_pc)
slot("postcode", ("postal_code",), postcode_plain)
slot("postcode_h", ("postal_code",), lambda r: pick(r, [spaced_out, fullwidth, digits_as_words])(postcode_plain(r)))
slot("geo", ("geolocation",), coords)
slot("geo_h", ("geolocation",), coords_hard)
slot("pluscode", ("geolocation",), plus_code)
# documents and records
slot("passport", ("passport_number",), passport_plain)
slot("passport_h", ("passport_number",), passport_hard)
slot("natid", ("national_id",), national_id_named)
slot("natid_bare", ("national_id",), national_id_bare)
slot("natid_h", ("national_id",), national_id_hard)
slot("rid", ("resident_id",), resident_id_plain)
slot("rid_h", ("resident_id",), resident_id_hard)
slot("mrn", ("medical_record_number",), mrn_plain)
slot("mrn_bare", ("medical_record_number",), mrn_bare)
slot("mrn_h", ("medical_record_number",), mrn_hard)
slot("hplan", ("health_plan_number",), health_plan_plain)
slot("hplan_bare", ("health_plan_number",), health_plan_bare)
slot("hplan_h", ("health_plan_number",), lambda r: pick(r, [spaced_out, fullwidth, digits_as_words])(health_plan_bare(r)))
slot("acct", ("account_number",), account_plain)
slot("acct_bare", ("account_number",), account_bare)
slot("acct_h", ("account_number",), account_hard)
slot("lic", ("person_name", "licence_number"), licence_with_name)
slot("lic_doc", ("person_name", "licence_number"), licence_doctor)
slot("lic_nurse", ("person_name", "licence_number"), licence_nurse)
slot("plate", ("vehicle_identifier",), vehicle_plain)
slot("vin", ("vehicle_identifier",), vin)
slot("plate_h", ("vehicle_identifier",), vehicle_hard)
slot("device", ("device_identifier",), device_plain)
slot("device_bare", ("device_identifier",), device_bare)
slot("device_h", ("device_identifier",), device_hard)
slot("device_impl", ("device_identifier",), device_implant)
slot("device_serial", ("device_identifier",), lambda r: pick(r, [f"{letters(r, 2)}{dg(r, 7)}{pick(r, 'HKS')}", f"{letters(r, 3)}{dg(r, 6)}", f"{dg(r, 2)}{letters(r, 1)}{dg(r, 6)}", alnum(r, 10)]))
slot("device_elec", ("device_identifier",), device_electronic)
slot("other", ("other_number",), other_plain)
slot("other_bare", ("other_number",), other_bare)
slot("other_h", ("other_number",), other_hard)
slot("claim_no", ("other_number",), lambda r: pick(r, [f"claim no. CLM-{r.randint(2019, 2025)}-{dg(r, 7)}", f"claim {letters(r, 2)}{dg(r, 8)}", f"case reference {dg(r, 4)}/{dg(r, 6)}"]))
slot("receipt_no", ("other_number",), lambda r: pick(r, [f"receipt #{dg(r, 7)}", f"fapiao number {dg(r, 8)}", f"invoice No. {r.randint(2019, 2025)}{dg(r, 2)}-{dg(r, 5)}", f"收据号 {dg(r, 10)}"]))
slot("order_no", ("other_number",), lambda r: pick(r, [f"order #{dgnz(r, 8)}", f"order No. PH-{dg(r, 7)}", f"订单号 {dg(r, 16)}"]))
slot("invitation_no", ("other_number",), lambda r: pick(r, [f"INV-BJ-{r.randint(2019, 2025)}-{dg(r, 4)}", f"No. {r.randint(2019, 2025)}IMD{dg(r, 4)}", f"IMD/{r.randint(2019, 2025)}/{dg(r, 3)}"]))
slot("visa_no", ("other_number",), lambda r: pick(r, [dgnz(r, 9), f"{letters(r, 1)}{dg(r, 8)}", dg(r, 8)]))
slot("courier", ("other_number",), lambda r: pick(r, [f"SF{dg(r, 13)}", f"E{pick(r, 'ABEL')}{dg(r, 9)}CN", f"DHL {dg(r, 10)}", f"JD{dg(r, 13)}"]))
slot("transfer_ref", ("other_number",), lambda r: pick(r, [f"FT{dg(r, 5)}{alnum(r, 5)}", f"TRF-{dg(r, 8)}", f"{dg(r, 4)}{alnum(r, 8)}"]))

# clean slots
slot("city", (), from_pool(CITIES))
slot("country", (), from_pool(COUNTRIES))
slot("language", (), from_pool(LANGUAGES))
slot("nationality", (), from_pool(NATIONALITIES))
slot("specialty", (), from_pool(SPECIALTIES))
slot("condition", (), from_pool(CONDITIONS))
slot("occupation", (), from_pool(OCCUPATIONS))
slot("hosp_loc", (), from_pool(HOSP_LOCS))
slot("street_nonum", (), from_pool(STREETS_NONUM))
slot("district", (), from_pool(DISTRICTS))
slot("mn_place", (), from_pool(MN_PLACES))
slot("lift", (), from_pool(LIFTS))
slot("floor", (), from_pool(FLOORS))
slot("ward", (), from_pool(WARDS))
slot("month_year", (), month_year)
slot("year", (), year_only)
slot("year_range", (), year_range)
slot("year_digits", (), lambda r: str(r.randint(2008, 2025)))
slot("relative", (), relative_time)
slot("festival", (), from_pool(FESTIVALS_NOYEAR))
slot("season", (), from_pool(SEASONS))
slot("age_clean", (), age_clean_adj)
slot("age_clean_p", (), age_clean_phrase)
slot("ninety", (), ninety_other)
slot("ninety_dose", (), from_pool(["90 mg", "90 mg/m²", "90 units", "90 tablets", "90 ml", "90 µg"]))
slot("pub", (), from_pool(PUBLIC_NUMBERS))
slot("pub_words", (), lambda r: PUB_WORDS[pick(r, PUBLIC_NUMBERS)])
slot("pub_fw", (), lambda r: fullwidth(pick(r, PUBLIC_NUMBERS)))
slot("trial", (), trial_id)
slot("trial_fw", (), lambda r: fullwidth(trial_id(r)))
slot("approval", (), drug_approval)
slot("icd", (), from_pool(ICD_CODES))
slot("atc", (), from_pool(ATC_CODES))
slot("gene", (), from_pool(GENE_VARIANTS))
slot("dose", (), dose)
slot("lab", (), lab_value)
slot("price", (), price)
slot("batch", (), batch_no)
slot("guideline", (), guideline)
slot("version_ip", (), version_ip_shaped)
slot("alias", (), from_pool(ALIASES))
slot("alias_zh", (), from_pool(ALIASES_ZH))
slot("relation", (), from_pool(RELATIONS))
slot("relation_zh", (), from_pool(RELATIONS_ZH))
slot("title_only", (), from_pool(TITLES_ONLY))
slot("eponym", (), from_pool(EPONYMS))
slot("eponym_proc", (), from_pool(EPONYM_PROCS))
slot("eponym_scale", (), from_pool(EPONYM_SCALES))
slot("herb", (), from_pool(HERBS))
slot("institution", (), from_pool(INSTITUTIONS))
slot("award", (), from_pool(AWARDS))
slot("virtue", (), from_pool(VIRTUES))
slot("hope_word", (), from_pool(["hope", "faith", "courage", "heart", "patience", "their sense of humour"]))
slot("insurer", (), from_pool(INSURERS))
slot("num_small", (), lambda r: pick(r, ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve"]))
slot("num", (), lambda r: str(r.randint(2, 60)))
slot("kids_age", (), lambda r: pick(r, ["three", "four", "five", "six", "seven", "nine", "eleven", "two", "14", "8", "16"]))
slot("clock", (), lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
slot("bed_no", (), lambda r: str(r.randint(1, 60)))
slot("room_no", (), lambda r: f"{r.randint(2, 19)}{r.randint(0, 2)}{r.randint(1, 9)}")
slot("age_zh_clean", (), lambda r: pick(r, [f"{r.randint(1, 89)}岁", f"{r.randint(60, 89)}周岁", "年近九旬", "年过八旬", f"{cn_number(r.randint(20, 89))}岁"]))


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------

TOKEN = re.compile(r"\{([a-z0-9_]+)\}")
FAMILIES = []


def family(category, n, templates, noise=0.0):
    assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", category), category
    assert all(f["category"] != category for f in FAMILIES), category
    is_clean = category.startswith("clean_")
    parsed = []
    for t in templates:
        assert "\t" not in t and "\n" not in t, t
        kinds = []
        for nm in TOKEN.findall(t):
            assert nm in SLOTS, (category, nm)
            for k in SLOTS[nm][0]:
                if k not in kinds:
                    kinds.append(k)
        if is_clean:
            assert not kinds, (category, t)
        else:
            assert kinds, (category, t)
        label = ",".join(sorted(kinds, key=lambda k: KIND_INDEX[k])) or "-"
        parsed.append((t, label))
    assert len(parsed) == len(set(p[0] for p in parsed)), category
    FAMILIES.append({"category": category, "n": n, "templates": parsed, "noise": noise})


# ----- person names in narration -------------------------------------------

family("case_story_name", 62, [
    "When {name_given_f} first came to us in {month_year}, she could not climb a single flight of stairs.",
    "When {name_given_m} first came to the department, he could barely lift his arm.",
    "{name_first} was only {kids_age} when the tumour was found during a check-up in {city}.",
    "After three rounds of chemotherapy, {name_given} asked the nurses for crayons and drew the view from {hosp_loc}.",
    "The family of {name_full} travelled for two days from {city} for the operation.",
    "Doctors in {city} had told {name_title} there was nothing more to be done.",
    "It was {name_given_f} who noticed the swelling first, during a holiday in {city}.",
    "We met {name_nick} on a grey morning in {month_year}, clutching a plush camel.",
    "Everyone on {ward} knows {name_word}, the girl who sings to the other children.",
    "A girl called {name_word} arrived with her grandmother from {city}.",
    "Her parents named her {name_word}, and the nurses say the name suits her.",
    "{name_full_f} flew in from {city} with a folder of scans and very little hope left.",
    "By {relative}, {name_given} was walking the corridor without a frame.",
    "Little {name_nick} has been in remission since {month_year}.",
    "{name_script} arrived with her daughter, who interpreted everything into {language}.",
    "The surgery on {name_full}'s spine lasted nine hours.",
    "Meet {name_full}, a {occupation} from {city} who refused to give up.",
    "Today {name_given} is back at school in {city}, two years after the transplant.",
    "Nobody expected {name_title_m} to be on his feet within a week.",
    "Once the fever broke, {name_nick} asked for dumplings and a cartoon.",
    "The team first saw {name_given} on a video call from {city}.",
    "{name_given_m} had been a {occupation} for twenty years before the diagnosis.",
    "For {name_full_m}, the hardest part was not the surgery but the waiting.",
    "Her grandson {name_given_m} kept a diary of every day on the ward.",
    "Without telling anyone, {name_given_f} had sold her wedding jewellery to pay for the flights.",
    "The ambulance plane brought {name_full} from {city} in the middle of the night.",
    "Back in {city}, {name_title} now runs a small support group for other parents.",
    "The nurses taught {name_nick} to count to ten in Chinese.",
    "We asked {name_given} what she missed most about home; she said the mountains.",
    "On the morning of the operation, {name_given_m} shaved and put on his best shirt.",
    "{name_full_f}, a {occupation} from {city}, was diagnosed with {condition} in {month_year}.",
    "Three hospitals in {country} had turned {name_title_f} away before she wrote to us.",
    "The story of {name_full} began with a headache that would not go away.",
    "Her little brother {name_nick} stayed in {city} with their grandparents.",
    "Six months on, {name_given} sends the ward a photo every {festival}.",
    "{name_mn} rode for a day to reach the nearest airport in {mn_place}.",
    "A {occupation} from {city}, {name_full_m} had never left his country before.",
    "{name_word} was the name the nurses heard most often that summer, because she never stopped laughing.",
    "They call him {name_word} at home, and he certainly lived up to it.",
    "So {name_given} packed a small suitcase and boarded the train to Beijing.",
    "Before the operation {name_given_f} wrote a letter to her future self.",
    "The interpreter sat with {name_title} through every consultation.",
    "Physiotherapy with {name_given} started {relative}.",
    "Even {name_cyr} from the neighbouring bed joined the New Year concert.",
    "{name_arabic} arrived with her husband and three suitcases of dates for the staff.",
    "In the playroom, {name_thai} taught the other children a Thai clapping game.",
    "{name_hanzi}一直陪在孩子身边，直到手术结束。",
    "That evening {name_given_m} called his mother in {city} and cried with relief.",
])

family("patient_quote", 28, [
    "“I was scared of everything here,” says {name_full}, “but the nurses learned a few words of {language} for me.”",
    "{name_given}: “The doctors explained every step, even at midnight.”",
    "“Mama, look, no tubes!” shouted {name_nick} when the drain came out.",
    "“We sold the car to come here,” {name_title} admits.",
    "“My daughter {name_given_f} calls the ward her second home,” her father says.",
    "“{name_first}, breathe in slowly,” the anaesthetist said softly.",
    "As {name_full} put it: “In {city} they said wait; here they said let's begin.”",
    "“If I can walk again, I will dance at my grandson's wedding,” laughed {name_title_f}.",
    "{name_nick}'s mother remembers: “Every nurse had to answer three questions before an injection.”",
    "“I trust {name_doc} completely,” says the patient's wife.",
    "“Thank you, {name_given}, for being so brave,” the head nurse wrote on the card.",
    "“{name_word}, it's time for your medicine!” the night nurse called across the ward.",
    "In her own words, {name_full_f} said: “I came with one suitcase and a lot of fear.”",
    "“It felt like home,” {name_given_m} told us on the day he left.",
    "“Our son {name_given_m} is seven now and plays football every day,” writes the family from {city}.",
    "{name_title}: “I did not believe a doctor would call me back on a Sunday.”",
    "“Спасибо, {name_given}!” the children shouted as the taxi pulled away.",
    "“{name_nick} wants to be a surgeon now,” her father jokes.",
    "{name_script} told us: “The food was strange at first, the people were not.”",
    "“Ask {name_title} about the dumplings,” the nurses say, laughing.",
])

family("clinician_remark", 22, [
    "“The tumour was wrapped around the artery,” explains {name_doc}, who led the operation.",
    "{name_doc} says the family's persistence made all the difference.",
    "According to {name_doc}, the child's heart function is now close to normal.",
    "“We see two or three cases like this a year,” notes {name_doc} of the {specialty} team.",
    "{name_doc} and {name_doc} reviewed the scans together before agreeing on surgery.",
    "The operation was performed by {name_doc} with a team of {num_small} surgeons.",
    "{name_doc} recommends a follow-up MRI in {month_year}.",
    "“She is a fighter,” {name_doc} said after the ten-hour procedure.",
    "It was {name_doc} who suggested trying {eponym_proc} instead.",
    "The second opinion came from {name_doc} in {specialty}.",
    "{name_doc} spent an hour explaining the risks in simple words, with an interpreter present.",
    "“Recovery will take months, not weeks,” warned {name_doc}.",
    "Please direct clinical questions to {name_doc}, the coordinating physician.",
    "{name_doc} presented the case at the {year_digits} national congress.",
])

family("photo_caption", 22, [
    "Photo: {name_full_f} (centre) with her care team on {date}.",
    "Alt text: {name_given} smiling in a wheelchair beside {hosp_loc}.",
    "Caption: {name_title} and {name_doc} after the final check-up.",
    "Image: {name_nick} blowing out birthday candles on the ward.",
    "Pictured left to right: {name_doc}, {name_full} and an interpreter.",
    "Photo taken on {date} in the rehabilitation gym: {name_given_f} takes her first steps.",
    "alt=“{name_full} holding a discharge certificate”",
    "Caption: the moment {name_given_m} met his surgeon again, {month_year}.",
    "Photo: {name_script} with the nursing team of {ward}.",
    "Image description: {name_title} waving goodbye at the hospital gate.",
    "Photo courtesy of the family. {name_given} in {city}, {year}.",
    "Alt: a smiling boy, {name_nick}, wearing a paper crown.",
    "{name_full} and {name_doc}, photographed on {date}.",
])

family("thank_you_letter", 22, [
    "Dear {name_doc}, words cannot express our gratitude.",
    "Special thanks to {name_title}, who translated for us every night without complaint.",
    "We will never forget the kindness of {name_hanzi} and the whole nursing team.",
    "With love from {name_full} and family, {city}.",
    "To {name_doc} and the night nurses of {ward}: спасибо за всё!",
    "Our whole family in {city} prays for {name_doc} every Friday.",
    "Thank you to {name_given}'s doctors for giving us our daughter back.",
    "Sincerely yours, {name_full}.",
    "Dear {name_title}, we arrived home safely and the wound looks perfect.",
    "I want to thank {name_doc}, {name_doc} and the nurse we called {name_nick}.",
    "Blessings from all of us, and especially from {name_given}, who now runs to school.",
    "Thank you, {name_doc}! You gave my mother ten more years.",
    "Best regards from {city}, {name_full_m} (father of {name_given_f}).",
    "感谢{name_hanzi}和{name_hanzi}的悉心照顾！",
    "Kind regards, {name_title}, on behalf of the {nationality} patients of {ward}.",
])

family("seo_title", 14, [
    "How {name_given} Beat {condition} in Beijing | Patient Stories",
    "From {city} to Beijing: {name_title}'s Second Chance",
    "Meta description: {name_full_f} from {city} shares her journey through treatment for {condition}.",
    "{name_given}'s New Heart: A Story of Hope from {country}",
    "SEO title: {name_full} Walks Again After Spinal Surgery",
    "Description: {name_nick}, a little patient from {city}, returns home after a liver transplant.",
    "Patient Story: {name_full_m}, {occupation}, {country}",
    "Page title: Meet {name_word} — the Girl Who Wouldn't Stop Smiling",
])

# ----- dates ---------------------------------------------------------------

family("timeline_entry", 36, [
    "{date}: first video consultation with the family in {city}.",
    "{date} — admitted to {ward} for pre-operative tests.",
    "{date}  Surgery completed; transferred to the ICU.",
    "On {date} the visa was issued and the flights were booked.",
    "{date}: discharged home; follow-up planned for {month_year}.",
    "• {date} – second opinion requested by {name_title}.",
    "Passed away peacefully on {date}, surrounded by family.",
    "Visa valid until {date}.",
    "Visa expires {date}; an extension has been requested.",
    "Arrived in Beijing on {date}, two days before {festival}.",
    "{date} — {name_given} rang the bell to mark the end of chemotherapy.",
    "Date of death: {date}.",
    "Next chemotherapy cycle scheduled for {date}.",
    "The MRI was repeated on {date} and showed no residual tumour.",
    "Timeline: {date} biopsy; {date} surgery; {date} discharge.",
    "Consultation date: {date}",
    "Operation date — {date}.",
    "Follow-up visit booked for {date} at {clock}.",
    "The family flew home on {date}, just in time for {festival}.",
    "Stem cells were infused on {date} (Day 0).",
    "We celebrated {date} on the ward with a cake and balloons.",
    "The contract for the rented flat ends on {date}.",
    "入院日期：{date}",
    "Дата выписки: {date}",
    "Results were sent to the family on {hijri}.",
    "The child was admitted on {lunar}, just before the new year.",
])

family("date_of_birth_line", 34, [
    "Date of birth: {dob}",
    "DOB {dob}; sex: F; nationality: {nationality}.",
    "The patient was born on {dob} in {city}.",
    "Born {dob}, she was the youngest of four children.",
    "Her birthday is {dob}, so we celebrated it on the ward.",
    "Дата рождения: {dob}",
    "出生日期：{dob}",
    "He will turn seven on {dob} and hopes to be home by then.",
    "{name_full}, born {dob}, was referred by a clinic in {city}.",
    "Child: {name_given}, date of birth {dob}.",
    "D.O.B.: {dob} (as in passport)",
    "Mother's date of birth: {dob}.",
    "The baby was born on {dob} at 32 weeks.",
    "Birthdate {dob} does not match the insurer's records.",
    "Please confirm the date of birth ({dob}) before printing the wristband.",
    "Born on {dob} in {mn_place}, {name_mn} grew up herding horses.",
])

family("age_over_89", 34, [
    "A {age90} grandmother from {city} underwent a valve replacement without open surgery.",
    "At {age90p}, she is the oldest patient ever treated in our department.",
    "Patient is {age90p}, lives alone and is fully independent.",
    "The {age90} veteran arrived from {city} with his grandson.",
    "{name_given_f} is {age90p} and still tends her garden in {city}.",
    "Our oldest guest this year, a {age90} from {city}, left the ward with a bouquet.",
    "患者{age90zh}，既往体健，因跌倒入院。",
    "Бабушке {age90ru}, и она впервые летела на самолёте.",
    "Age: {age90n}",
    "Age {age90n}, female, referred for cataract surgery.",
    "Even at {age90p}, {name_title} insisted on walking to the operating theatre.",
    "The hip fracture of a {age90} man is never routine.",
    "Grandpa, now {age90p}, flew from {city} to see his great-grandson.",
    "Our {age90} patient asked for the newspaper every morning.",
    "Celebrating {age90p}: the family brought a cake to {ward}.",
    "老人今年{age90zh}，手术非常顺利。",
    "Моему отцу {age90ru}, нужна консультация кардиолога.",
    "Title: {age90} Herder from {mn_place} Gets a New Hip",
])

# ----- contact -------------------------------------------------------------

family("phone_contact", 30, [
    "For appointments, call our international desk on {phone_dept}.",
    "Please reach me at {phone}, I am available after 6 pm Beijing time.",
    "My husband's number for WhatsApp is {phone}.",
    "Contact (WeChat/Telegram): {phone}",
    "Tel.: {phone}",
    "Mobile {phone}, call or text in Russian or English.",
    "The interpreter can be reached on {phone}.",
    "Relative's phone: {phone}",
    "In an emergency call {pub}, then ring the ward on {phone_dept}.",
    "Тел. {phone}",
    "联系电话：{phone}",
    "Please call {name_title} on {phone} when the results are ready.",
    "Viber: {phone}",
    "Our Arabic-speaking coordinator answers on {phone_dept}.",
    "If nobody answers, try my daughter's number, {phone}.",
    "Phone number (home country): {phone}",
    "The driver's number is {phone}; he speaks a little English.",
    "Call the night desk at {phone_dept} if the fever returns.",
    "WhatsApp only please: {phone}",
])

family("email_contact", 30, [
    "Send the scans to {email_hosp} and we will reply within two working days.",
    "My email is {email}",
    "E-mail: {email}",
    "Reports were forwarded from {email} at the family's request.",
    "For invoices, write to {email_hosp}.",
    "Contact the coordinator at {email}.",
    "Please copy my son at {email}, he reads English better than I do.",
    "Почта: {email}",
    "邮箱：{email}",
    "The insurer replied from {email} asking for the discharge summary.",
    "Questions about visas: {email_hosp}",
    "I wrote to {email_hosp} twice but got no answer.",
    "Reply-To: {email}",
    "The second-opinion report will be sent to {email} as a PDF.",
])

family("web_address", 47, [
    "The family has set up a fundraising page: {web_fund}",
    "Donations can be made via {web_fund}.",
    "Read her mother's blog at {web_blog}.",
    "Full story: {web}",
    "An article about his recovery appeared at {web_news}.",
    "Source: {web}",
    "His personal home page, {web_blog}, has photos from every stage of treatment.",
    "Please share the campaign link {web_fund} with your friends.",
    "The local newspaper covered the case: {web_news}",
    "Link to the crowdfunding campaign — {web_fund}",
    "More photos on the family's website {web_blog}",
])

family("ip_log", 48, [
    "[form log] message received from {ip} at {clock} Beijing time.",
    "Submitted from IP {ip}; browser language ru-RU.",
    "Form entry {date}, origin {ip}, country {country}.",
    "Spam filter flagged {ip} after forty submissions in one hour.",
    "client_ip={ip} referrer=search",
    "A login attempt on the patient portal from {ip} was blocked.",
    "Remote address: {ip}",
    "Upload of DICOM files from {ip} timed out twice.",
    "Leave Your Message #{num} | sender IP {ip} | language: en",
    "Audit trail: record viewed from {ip}.",
    "The video consultation dropped; the family's connection came from {ip}.",
    "Blocked address {ip} (too many failed CAPTCHA attempts).",
])

family("social_account", 38, [
    "Add me on WeChat: {social_bare}",
    "You can follow her recovery on {social_link}.",
    "My Telegram is @{tg_handle}, please write there.",
    "The family posts updates at {social_link}.",
    "Contact via {social}",
    "QQ号：{qq}",
    "My wxid is {wxid}, the phone number search does not work.",
    "Her brother's profile: {social_link}.",
    "Please message {social} for photos of the ward.",
    "微信号：{social_bare}",
    "Follow the fundraiser updates on {social_link}.",
    "Write to me on VK: https://vk.com/id{vk_id}",
    "The patient's daughter contacted us through {social}.",
])

# ----- places ---------------------------------------------------------------

family("street_address", 32, [
    "Home address: {street}",
    "The patient is staying at {street} during treatment.",
    "Please send the medicine to {street}.",
    "Our department is located at {hosp_addr}.",
    "Адрес: {street}",
    "They rented a flat at {street} for the three months of therapy.",
    "Mailing address for the invitation letter: {street_pc}",
    "Visit us at {hosp_addr}.",
    "The taxi should bring you to {hosp_addr}; show the driver this line.",
    "Address in home country: {street}",
    "The documents were couriered from {street}.",
    "During rehabilitation the family lived at {street}.",
    "地址：{street}",
])

family("postal_code", 43, [
    "Postcode: {postcode}",
    "ZIP {postcode}",
    "Индекс: {postcode}",
    "邮编：{postcode}",
    "The courier needs the postal code, which is {postcode}.",
    "Address: {street_pc}",
    "Please ship to {street_pc}.",
    "Postal code {postcode}, {city}.",
    "Delivery failed: the postcode {postcode} does not match the city.",
    "Send the original invoice to {street_pc}.",
])

family("geolocation", 48, [
    "Pick-up point: {geo}",
    "Her village is at {geo}, five hours from the nearest hospital.",
    "Ambulance GPS log: {geo}",
    "Meet the driver at {geo}.",
    "Shared location: {geo}",
    "Plus code for the clinic entrance: {pluscode}",
    "The helicopter landed at {geo}.",
    "Coordinates of the family's yurt: {geo}",
    "Location pin sent by the father: {geo}",
    "The accident happened near {geo}.",
])

# ----- travel and identity documents ----------------------------------------

family("visa_invitation", 30, [
    "We hereby invite {name_full}, passport No. {passport}, to receive treatment at our hospital.",
    "Patient: {name_full}; date of birth: {dob}; passport: {passport}.",
    "Accompanying person: {name_full}, passport {passport}, valid until {date}.",
    "Invitation letter {invitation_no} is issued for medical treatment from {date} to {date}.",
    "Visa type M, visa No. {visa_no}, valid until {date}.",
    "Please apply at the Chinese consulate in {city} with passport {passport}.",
    "Expected date of entry: {date}.",
    "Invitee: {name_full} ({nationality}), born {dob}, passport {passport}.",
    "The invitation letter for {name_title} (passport {passport}) was sent by express mail.",
    "Intended stay: {date} – {date}; purpose: surgery.",
    "{name_full_f} will be accompanied by her mother, {name_full_f}, passport {passport}.",
])

family("passport_line", 22, [
    "Passport No.: {passport}",
    "Паспорт: {passport}",
    "The passport ({passport}) expires in {month_year}.",
    "Passport number {passport} is already registered in the system.",
    "Copy of passport {passport} received.",
    "护照号码：{passport}",
    "Travel document: {passport}",
    "The hotel registered the guest under passport {passport}.",
    "Please renew passport {passport} before applying for the visa extension.",
])

family("national_id", 44, [
    "Please enter your personal number: {natid}",
    "Her {natid} is needed for the insurer's form.",
    "Identity document: {natid}.",
    "The lab report lists {natid} instead of the passport number.",
    "Personal number ({nationality}): {natid_bare}",
    "Patient identifiers: {natid}",
    "The embassy letter quotes {natid}.",
    "Father's {natid} is written on the birth certificate copy.",
    "For reimbursement at home, include {natid} on the invoice.",
    "National ID: {natid_bare}",
])

family("resident_id", 30, [
    "身份证号：{rid}",
    "ID card No. {rid}",
    "The accompanying relative's Chinese ID is {rid}.",
    "Resident ID: {rid}",
    "Please verify {rid} against the household register.",
    "Guarantor {name_hanzi}, 身份证 {rid}, 住址 {street_cn}",
    "Chinese identity card number {rid} was used to book the hospital bed.",
    "公民身份号码 {rid}",
    "The husband, a Chinese citizen, gave his ID number: {rid}.",
])

# ----- clinical records ------------------------------------------------------

family("discharge_summary", 46, [
    "Discharge summary — patient {name_full}, {mrn}.",
    "Admitted {date}, discharged {date}, {mrn}.",
    "{mrn}; diagnosis {icd}; follow-up in {month_year}.",
    "Patient name: {name_full}; inpatient number {mrn_bare}.",
    "Date of surgery: {date}. Surgeon: {name_doc}.",
    "Discharged on {date} in stable condition.",
    "Please quote {mrn} in all correspondence.",
    "Outpatient card {mrn_bare} was issued at registration window 3.",
    "The pathology report for {mrn} is ready.",
    "Re-admission under the same {mrn}.",
    "出院记录：{name_hanzi}，{mrn}，{date}出院。",
    "Chart number {mrn_bare}, bed {bed_no}, {ward}.",
])

family("health_plan", 40, [
    "Insurance: {insurer}, {hplan}.",
    "The insurer needs your {hplan} before approving direct billing.",
    "A guarantee of payment was issued against {hplan}.",
    "Полис: {hplan}",
    "Member number: {hplan_bare}",
    "Please bring the card showing {hplan}.",
    "{insurer} confirmed cover under {hplan}.",
    "Direct billing is possible with {hplan}.",
    "Policy holder {name_full}, {hplan}.",
    "Claims for {hplan} are handled by the assistance company.",
])

family("account_payment", 42, [
    "The refund will be sent to {acct}.",
    "Beneficiary account: {acct_bare}",
    "Paid with {acct}.",
    "Donations for the treatment: {acct}",
    "Please transfer the deposit to {acct}.",
    "The bank rejected the transfer from {acct}.",
    "Payer: {name_full}, {acct}",
    "Refund requested to {acct}; processing takes ten working days.",
    "Card used at the cashier: {acct_bare}",
    "Реквизиты для перевода: {acct}",
])

family("clinician_licence", 50, [
    "Signed: {lic}",
    "Reviewed and approved by {lic_doc}.",
    "Attending physician: {lic_doc}",
    "The report was certified by {lic_doc}.",
    "Operating surgeon {lic_doc}; assistants: two residents.",
    "Prescription issued by {lic_doc}.",
    "Second opinion provided by {lic_doc}.",
    "Medical certificate signed by {lic_doc} for the airline.",
    "Responsible nurse: {lic_nurse}",
])

# ----- vehicles, devices, references ------------------------------------------

family("vehicle", 48, [
    "The driver will wait in a white minivan, plate {plate}.",
    "Car for the airport pick-up: {plate}",
    "A parking permit was issued for vehicle {plate}.",
    "Our ambulance {plate} will meet the flight.",
    "VIN {vin} was recorded in the accident report.",
    "Please let the car with plate {plate} through the east gate.",
    "The family drove from {city} in their own car ({plate}).",
    "Transfer vehicle: black sedan, {plate}.",
    "The injured cyclist was hit by a truck, registration {plate}.",
    "The donated wheelchair van, VIN {vin}, arrives next week.",
    "车牌号：{plate}",
])

family("device", 45, [
    "Implanted device: {device_impl}",
    "The insulin pump (serial {device_serial}) was replaced under warranty.",
    "Please bring the implant card showing {device_impl}.",
    "Tablet used for the video consultation: {device_elec}",
    "A hearing aid, serial {device_serial}, was found in the outpatient hall.",
    "Device log exported: {device}.",
    "The manufacturer recalled the implant with {device_impl}.",
    "Home monitor registered with {device_elec}.",
    "Implant record: {device_impl}, implanted {date}.",
    "The family's phone ({device_elec}) was used to send the videos.",
])

family("other_reference", 40, [
    "Your {other} has been confirmed.",
    "Please quote {other} when you contact us.",
    "Reference: {other}",
    "The insurer registered the case under {claim_no}.",
    "Courier tracking number: {courier}",
    "Keep this for your records: {other}.",
    "The cashier printed {receipt_no} for the deposit.",
    "Our records show {other} for this patient.",
    "The number you asked for is {other}.",
    "Please keep {other} for the visa extension.",
    "Payment reference {transfer_ref} appears on the bank statement.",
    "The pharmacy order ({order_no}) will be delivered to the ward.",
    "Unfortunately {other} could not be found in the system.",
])

# ----- mixed documents ----------------------------------------------------------

family("forwarded_chat", 28, [
    "[{date} {clock}] {name_given}: we landed, where is the driver?",
    "Forwarded from {name_full}: my number changed, the new one is {phone}",
    "{name_hanzi}：医生说明天出院 👍",
    "> {name_nick}: mama says thank you to all the nurses",
    "[WeChat] {name_title}: photo of the passport sent, number {passport}",
    "--- forwarded --- {name_given}: the insurer says {hplan}",
    "{name_given_f} (via Telegram): pls send the invoice to {email}",
    "[{clock}] {name_title}: we are at {street}, the taxi is late",
    "{name_nick}: 😊 look at me walking!",
    "Forwarded message from {name_full}: “Doctor, the wound is red again, what should I do?”",
    "[{date}] {name_script}: спасибо, доктор!",
    "{name_given}: my brother's wechat is {social_bare}",
])

family("intake_form", 30, [
    "Name: {name_full} | DOB: {dob} | Passport: {passport} | Phone: {phone}",
    "Full name: {name_full}; e-mail: {email}; country: {country}",
    "Patient {name_full}, {mrn}, insurance {hplan_bare}",
    "Emergency contact: {name_full}, {phone}",
    "Address in home country: {street}; postcode {postcode}",
    "Name on the booking: {name_title}; nationality: {nationality}; passport: {passport}",
    "Guardian: {name_full}, {natid}, tel. {phone}",
    "Referring doctor: {lic_doc}",
    "Patient name: {name_full} | Age: {age90n} | Allergies: none",
    "Name / Имя: {name_cyr}; дата рождения: {dob}",
    "Contact e-mail {email}; WeChat {social_bare}",
])

# ----- hard identifier families ---------------------------------------------

slot("lic_h", ("person_name", "licence_number"),
     lambda r: pick(r, [str.lower, lambda s: re.sub(r"\d", lambda m: m.group() + " ", s, count=6), fw_digits])(licence_with_name(r)))

family("person_name_hard", 50, [
    "my mother {name_lower} had the surgery on {floor}",
    "Spelling of the name: {name_obf}",
    "It was {name_obf} who signed the consent form.",
    "the patient name is {name_obf}, please check the visa letter",
    "{name_script} and {name_full} arrived on the same flight from {city}.",
    "pls ask for {name_lower} at reception",
    "Name (as in passport): {name_obf}",
    "The boy everyone calls {name_nick} — real name {name_full} — is back home.",
    "{name_given_f} brought her cousin {name_given_f} to translate.",
    "We told {name_given} the good news in the morning.",
    "Thanks to {name_word} for the flowers on the nurses' desk.",
    "{name_hanzi}和{name_hanzi}都来医院看望她了。",
    "{name_arabic} and {name_given_f} arrived together.",
    "{name_thai} ({name_nick}) finished physiotherapy today.",
    "call {name_lower} when the results come",
    "name: {name_obf}; please do not publish",
    "the nurses nicknamed her {name_word} because she smiled so much",
    "{name_word} and {name_word} share a room on {ward}.",
    "Dear {name_lower}, your appointment is confirmed.",
    "{name_mn} — the name is written in Cyrillic in her passport.",
    "grandma {name_lower} says hi to everyone",
    "The nurse who helped us most was {name_hanzi}.",
    "Was it {name_given} or {name_given} who drew the picture on the door?",
    "Full name as typed by the father: {name_obf}",
    "Say hello to {name_word}, our youngest heart patient this spring.",
    "{name_cyr} — мама пациента — просит перезвонить.",
    "We drove {name_title} and {name_title} to the airport together.",
    "thank u {name_lower} and all nurses!!!",
    "Interpreter: {name_given}; patient: {name_obf}.",
    "The card was signed “with love, {name_nick}”.",
])

family("contact_form_message_hard", 60, [
    "hello doctor my father {name_lower} need heart operation, my phone {phone_h}",
    "здравствуйте! please answer to {email_h} thank you",
    "my wechat {social_bare} pls add me",
    "i am from {city}, my son have leukemia, what price? whatsapp {phone_h}",
    "dear sir my name is {name_lower} i want to come for treatment, passport {passport_h}",
    "салам, can you send invitation to {email}, my mother is {age90p}",
    "good day, my ID {natid_h}, what documents need?",
    "call me {phone_h} after 5pm",
    "we already paid to {acct_h} but no answer!!!",
    "i send MRI yesterday to {email_h} pls check",
    "the result number is {mrn_h}",
    "my adress {street_h}, send please by DHL",
    "hi, my mom {age90p}, can she fly for surgery? tel {phone_h}",
    "сайн байна уу, my brother {name_mn} need operation, {phone_h}",
    "مرحبا, i am {name_lower}, my email {email_h}",
    "สวัสดีค่ะ my name {name_thai} phone {phone_h}",
    "你好, 我叫{name_hanzi}, 电话{phone_h}",
    "pls send invoice to {email_h} and my insurance {hplan_h}",
    "my husband born {dob_h}, is it too old for transplant?",
    "we stay in hotel {street_h}, can doctor come?",
    "arrival {date_h} flight from {city}, who meet us?",
    "my contacts: {social_h}",
    "pls call back {phone_h} {name_lower}",
    "the pacemaker number {device_h}, it is compatible with MRI?",
    "visa number {other_h}, they ask for new letter",
    "our car {plate_h} can park inside?",
    "this is my site {web_h} with all the documents",
    "ip blocked?? my ip {ip_h}",
    "location {geo_h}, how far from hospital",
    "ID {rid_h} 我是病人家属",
    "assalomu alaykum, {name_lower} here, {phone_h}",
    "HELLO!!! MY DAUGHTER {name_lower} NEED HELP, {email_h}",
    "рахмет за ответ, my number {phone_h} (whatsapp)",
    "sorry my english. mother {age90p}, hip broken, we are in {city}",
], noise=0.7)

family("contact_detail_hard", 30, [
    "Call me on {phone_h}.",
    "Number (said slowly over the phone): {phone_h}",
    "電話/phone: {phone_h}",
    "Mail: {email_h}",
    "write to {email_h} pls",
    "The mother spelled out her number: {phone_h}.",
    "Reply to {email_h}, not to the hospital address.",
    "Web: {web_h}",
    "Fundraiser (copy without spaces): {web_h}",
    "handle: {social_h}",
    "Her WhatsApp, written on a napkin: {phone_h}",
    "e-mail (as dictated): {email_h}",
    "Ward phone: {phone_h}",
    "Profile: {social_h}",
])

family("date_hard", 30, [
    "{date_h}入院，{date_h}手术。",
    "Surgery was done on {date_h}.",
    "visit planned {date_h}",
    "Born {dob_h}, according to the Thai birth certificate.",
    "The funeral was held on {date_h}.",
    "Her last dose was given on {hijri}.",
    "Appointment: {date_h} at {clock}.",
    "DOB (as written in Chinese): {dob_h}",
    "He was born on {dob_h}; the visa says otherwise.",
    "Date written on the referral: {date_h}",
    "Дата операции — {date_h}",
    "The baby arrived on {lunar}, a week early.",
    "date of admission {date_h}, date of birth {dob_h}",
    "Expiry of stay permit: {date_h}",
])

family("resident_id_hard", 25, [
    "身份证：{rid_h}",
    "id card {rid_h}",
    "her chinese id is {rid_h}, the last character may be x",
    "ID no. (as typed by the relative): {rid_h}",
    "陪护人身份证号 {rid_h}",
    "Chinese ID of the guarantor {name_hanzi}: {rid_h}",
    "resident identity card — {rid_h}",
    "身份证号码是{rid_h}，请核对。",
    "The husband read his ID number aloud: {rid_h}.",
])

family("document_number_hard", 45, [
    "passport {passport_h}",
    "Passport number read over the phone: {passport_h}",
    "personal number — {natid_h}",
    "insurance no. {hplan_h}",
    "chart: {mrn_h}",
    "account {acct_h}",
    "plate {plate_h}",
    "serial {device_h}",
    "ref. {other_h}",
    "IP (from the form log): {ip_h}",
    "coords {geo_h}",
    "postcode {postcode_h}",
    "addr. {street_h}",
    "Signed by {lic_h}",
    "The passport was scanned upside down; the number looks like {passport_h}.",
    "Member number (spaced as printed): {hplan_h}",
    "Card for the refund: {acct_h}",
    "Device serial from the implant card: {device_h}",
    "The national ID on the photo: {natid_h}",
    "Record number, spelled for the call centre: {mrn_h}",
])

family("multi_identifier_hard", 40, [
    "{name_lower}, {dob}, {passport_h}, tel {phone_h}",
    "pt {name_obf} / {mrn_h} / {hplan_bare} / room {room_no}",
    "{name_full} {rid_h} {phone_h} {street_h}",
    "Contact: {name_title} — {email_h} — {social_bare}",
    "Patient {name_full} ({age90p}), {mrn}, admitted {date}.",
    "{name_full}; {natid}; {street_pc}; {phone}",
    "Transfer from {name_full}, {acct}, {other}",
    "Driver {name_given} ({phone}) will pick you up at {geo} in car {plate}.",
    "Device {device_impl} implanted on {date} by {lic_doc}.",
    "{name_doc} e-mailed {email} from {ip}.",
    "[{date} {clock}] {name_given}: my wechat {social_bare}, my phone {phone}",
    "Invitation {other} for {name_full}, passport {passport}, born {dob}, address {street}.",
    "{name_hanzi}，身份证{rid}，电话{phone}，住址{street_cn}",
    "Insured: {name_full}, {hplan}, {natid}, DOB {dob}",
    "{name_full} | {email} | {phone} | {web}",
    "Consent signed {date} by {name_full} (passport {passport_h}), witness {name_title}.",
    "Postcode {postcode}, mobile {phone_h}, e-mail {email_h} — {name_lower}",
    "Refund of {price} to {acct} for {name_full}, {mrn}.",
])

family("age_over_89_hard", 22, [
    "бабушке {age90ru}, нужна операция",
    "老人{age90zh}了，还能做手术吗？",
    "she is {age90p}!! and very strong",
    "grandfather, {age90}, from {city}",
    "Age: {age90p} (per passport)",
    "我奶奶{age90zh}，想咨询心脏手术。",
    "pt {age90n}yo female, fall at home",
    "Дедушке {age90ru}, он ветеран.",
    "AGE {age90n}",
    "my grandmother turned {age90n} last week and wants to travel for surgery",
])

# ----- clean families ----------------------------------------------------------

CONDITIONS_ZH = ["肺癌", "白血病", "先天性心脏病", "脊柱侧弯", "肝癌", "骨肉瘤", "胆道闭锁", "癫痫"]
TITLES_ZH = ["主任", "护士长", "主治医生", "翻译", "值班医生", "科室主任", "责任护士"]
SPIRITS = ["the Bethune spirit", "the Nightingale spirit", "the Bethune tradition",
           "the spirit of the Florence Nightingale pledge"]
PLACES_PERSON = ["Sukhbaatar Square", "Pushkin Square", "the Lenin Library metro station",
                 "Zhongshan Park", "the Abai monument", "Amir Temur Square",
                 "the Ho Chi Minh Mausoleum", "Gagarin Square", "the Navoi Theatre"]
AIRPORTS_PERSON = ["Chinggis Khaan International Airport", "King Khalid International Airport",
                   "Ninoy Aquino International Airport", "Jomo Kenyatta International Airport",
                   "Sheremetyevo Alexander Pushkin Airport", "Islam Karimov Tashkent International Airport",
                   "Soekarno-Hatta International Airport", "Murtala Muhammed International Airport"]
DRUGS = ["imatinib", "rituximab", "tacrolimus", "metformin", "heparin", "cisplatin",
         "dexamethasone", "levetiracetam", "osimertinib", "insulin glargine"]
slot("condition_zh", (), from_pool(CONDITIONS_ZH))
slot("title_zh", (), from_pool(TITLES_ZH))
slot("spirit", (), from_pool(SPIRITS))
slot("spirit_zh", (), from_pool(["南丁格尔精神", "白求恩精神", "南丁格尔誓言精神"]))
slot("num_title", (), lambda r: str(r.randint(3, 12)))
slot("place_person", (), from_pool(PLACES_PERSON))
slot("airport_person", (), from_pool(AIRPORTS_PERSON))
slot("drug", (), from_pool(DRUGS))
slot("alias_lower", (), lambda r: pick(r, ALIASES).lower())
slot("icd_fw", (), lambda r: fullwidth(pick(r, ICD_CODES)))
slot("herb_lower", (), lambda r: pick(r, [h for h in HERBS if h.isascii()]).lower())
slot("inst_lower", (), lambda r: pick(r, [i for i in INSTITUTIONS if i.isascii()]).lower())
slot("approval_fw", (), lambda r: fw_digits(drug_approval(r)))
slot("batch_fw", (), lambda r: fullwidth(batch_no(r)))

family("clean_date_periods", 90, [
    "Her treatment began in {month_year} and lasted until {month_year}.",
    "We see more patients from {country} every {season}.",
    "The programme has run since {year}.",
    "During {festival}, the outpatient clinic keeps shorter hours.",
    "The wound had fully healed {relative}.",
    "During {year_range}, the department treated children from {num_small} countries.",
    "The family returned home {relative}.",
    "Follow-up is planned for {month_year}.",
    "In {month_year} the first patient from {country} arrived.",
    "Applications for the {year_digits} charity programme close at the end of {season}.",
    "The ward is decorated every year for {festival}.",
    "Her scans from {year} were compared with the new ones.",
    "Most families from {country} arrive before {festival}.",
    "The international department opened in {year}.",
    "Chemotherapy was paused over {festival}.",
    "{month_year}: new {language} interpreters joined the team.",
    "We will see you again {relative}.",
    "Referrals from {country} doubled in {year}.",
    "The second operation took place {relative}.",
    "Recovery usually takes three to six months, longer in {season}.",
    "Between {festival} and {festival}, flights from {city} are expensive.",
    "The next charity clinic in {city} is planned for {month_year}.",
    "Statistics for {year_range} are published in the annual report.",
    "Timeline: {month_year} — first contact; {month_year} — surgery; {month_year} — home.",
])

family("clean_age_lookalike", 75, [
    "The oldest patient this month was {age_clean} from {city}.",
    "She is {age_clean_p} and still rides a horse in summer.",
    "He was {age_clean_p} when he first flew on a plane.",
    "A {occupation} who is {age_clean_p}, he had never been to a hospital before.",
    "Our first patient of the year was {age_clean} {occupation} from {city}.",
    "The infusion ran for 90 minutes without any reaction.",
    "Blood pressure dropped to 90/60 mmHg after the first dose.",
    "Ninety per cent of our patients from {country} come through referrals.",
    "The medical visa allows a stay of up to 90 days.",
    "A ninety-minute lecture on {condition} was given to visiting doctors from {country}.",
    "She received {ninety_dose} of {drug} in the first cycle.",
    "Many parents born in the 1990s find us through social media.",
    "年近九旬的老人在家人陪同下来到北京就诊。",
    "患者年过八旬，术后恢复良好。",
    "Her grandmother is {age_clean_p} and came along to help.",
    "Children under {kids_age} stay with one parent on the ward.",
    "90后的年轻父母更习惯在线咨询。",
    "The success rate for this operation is above 90%.",
    "Patients over 80 need a cardiology review before a long flight.",
    "He looked {age_clean_p}, the nurse said, but his heart was young.",
    "The youngest patient to receive the device was {age_clean} from {country}.",
    "The tumour shrank by 90 per cent after two cycles.",
    "The walk from the hotel takes about ninety seconds.",
    "九十年代以来，科室已接诊数千名外籍患者。",
    "Oxygen saturation stayed above 90 throughout the flight.",
])

family("clean_public_service", 55, [
    "In an emergency in Beijing, dial {pub}.",
    "Call {pub} for an ambulance; the operator may not speak English.",
    "In {country}, the emergency number is {pub}.",
    "If you smell smoke, call {pub} and leave the building.",
    "Dial {pub} first, then inform the international desk.",
    "The police number in China is 110, the fire brigade 119 and the ambulance 120.",
    "Our ward has {num} beds and {num} nurses on each shift.",
    "Dial 0 for an outside line from the room phone.",
    "Window {bed_no} on the ground floor handles foreign passports.",
    "The shuttle bus leaves every 20 minutes from gate {bed_no}.",
    "The public health hotline 12320 answers questions about vaccination.",
    "Complaints can also go to the city service line 12345.",
    "Tourists in Thailand can dial 1669 for emergency medical help.",
    "In Russia the ambulance number is 103, and 112 works from any mobile.",
    "A nurse answers the ward intercom around the clock; press {bed_no} for the nurses' station.",
])

family("clean_research_codes", 65, [
    "The trial is registered as {trial}.",
    "Eligibility for {trial} includes children with {condition}.",
    "The drug carries approval number {approval}.",
    "Diagnosis code {icd} was entered on the claim form.",
    "The ATC code of the drug is {atc}.",
    "The tumour carried {gene}, which guided the choice of therapy.",
    "Enrolment in {trial} closes in {month_year}.",
    "Our centre recruits for {trial} and {trial}.",
    "Genetic testing found {gene}.",
    "{icd} (ICD-10), as listed in the referral letter.",
    "批准文号：{approval}",
    "Results of {trial} were presented in {month_year}.",
    "Patients with {gene} may be eligible for {trial}.",
    "The referral used code {icd}; the insurer asked for {icd} instead.",
    "The drug {drug} ({atc}) is on the national reimbursement list.",
])

family("clean_dose_lab_price", 70, [
    "Dose: {dose} once daily.",
    "On admission: {lab}.",
    "Latest result: {lab}.",
    "After two weeks of treatment, {lab}.",
    "The procedure costs about {price}.",
    "Package price: {price}, including accommodation.",
    "A deposit of {price} is required on admission.",
    "Prescribed {drug}, {dose}, for {num_small} weeks.",
    "Labs today: {lab}; {lab}.",
    "The estimate for treating {condition} is {price} to {price}.",
    "The day rate on {ward} is {price}.",
    "The dose of {drug} was reduced to {dose} because of {lab}.",
])

family("clean_batch_version", 60, [
    "Vaccines from {batch} were withdrawn nationwide as a precaution.",
    "Treatment followed {guideline}.",
    "The PACS server was upgraded to version {version_ip}.",
    "The app now runs version {version_ip} on all ward tablets.",
    "Please use {guideline} when filling in the form.",
    "The manufacturer says {batch} is not affected by the recall.",
    "The ultrasound machines run firmware {version_ip}.",
    "All syringes from {batch} passed inspection.",
    "See {guideline} for dosing in children.",
    "Build {version_ip} fixed the translation bug in the booking system.",
    "The national regulator tested {batch} of the imported stents.",
    "Dosing is based on {guideline}.",
])

family("clean_hospital_places", 85, [
    "The International Department is on {floor} of Building 3.",
    "Take {lift} to {floor}; the ward is on the left.",
    "She grew up near {street_nonum} in {city}.",
    "Most of our Mongolian patients come from {mn_place}.",
    "Patients from {country} usually fly in via {city}.",
    "Bed {bed_no} on {ward} was prepared for the child.",
    "The pharmacy is next to {hosp_loc}.",
    "Families often rent flats in {district}.",
    "Registration for foreign patients is at {hosp_loc}.",
    "The hotel is a short walk from {street_nonum}.",
    "Room {room_no} is the quiet room for families.",
    "Meet the interpreter at {hosp_loc}.",
    "Her family runs a small shop on {street_nonum}.",
    "Flights from {city} to Beijing take about five hours.",
    "The playroom is on {floor}, opposite {lift}.",
    "Our partner clinic in {city} sends us about ten cases a month.",
    "The family lives in {district}, {city}.",
    "The MRI scanner is in {hosp_loc}.",
    "The nearest metro station is on {street_nonum}.",
    "Visitors to {ward} should use {lift}.",
])

family("clean_aliases", 65, [
    "{alias}, a {occupation} from {city}, was diagnosed in {month_year}.",
    "{alias} agreed to share the story anonymously.",
    "In case {num}, {alias} presented with chest pain.",
    "{alias} and {alias} shared a room on {ward}.",
    "For privacy, the patient is called {alias} in this article.",
    "{alias_zh}，{age_zh_clean}，因{condition_zh}入院。",
    "Her mother asked us to call her {alias} and not to publish photos.",
    "患者{alias_zh}术后恢复良好。",
    "{alias} ({age_clean_p}) was transferred from {city}.",
    "We will call him {alias} here, at the family's request.",
    "The report describes {alias}, a patient with {eponym}.",
])

family("clean_relations_titles", 65, [
    "Every night, {relation} stayed by the bed.",
    "The procedure was explained by {title_only} through an interpreter.",
    "According to {title_only}, the child can fly home next week.",
    "{relation_zh}一直守在病床边。",
    "The patient came with {relation}, who had never left {country} before.",
    "Please ask {title_only} before giving any medicine.",
    "Only {relation} could calm the boy down before injections.",
    "A letter from {relation} was read aloud at the farewell party.",
    "{title_zh}说手术很成功。",
    "The discharge papers were signed by {relation}.",
    "Last night {title_only} stayed late to talk to {relation}.",
])

family("clean_eponyms", 70, [
    "The boy was diagnosed with {eponym} at the age of four.",
    "Because {eponym} is rare in {country}, the family came to Beijing.",
    "The surgeons performed {eponym_proc} in {month_year}.",
    "The {eponym_scale} was recorded on admission and again at discharge.",
    "Children with {eponym} from {num_small} countries attended the summer camp.",
    "A lecture on {eponym} was given to visiting doctors from {country}.",
    "Treatment for {eponym} usually starts with medication.",
    "After {eponym_proc}, recovery took about three weeks.",
    "Her {eponym_scale} improved steadily during rehabilitation.",
    "The clinic for {eponym} runs on Thursday mornings.",
])

family("clean_herbs", 45, [
    "The TCM doctor added {herb} to the decoction.",
    "{herb} and {herb} were prescribed to support recovery.",
    "Avoid {herb} during chemotherapy, the pharmacist warned.",
    "The formula contains {herb}, {herb} and {herb}.",
    "Ask the pharmacist before mixing {herb} with {drug}.",
    "A tea of {herb} was recommended for the winter months.",
    "The mother brought {herb} from home, which the doctors asked her to stop.",
])

family("clean_institutions", 70, [
    "She trained at {institution} before joining our team.",
    "The child was first seen at {institution}.",
    "The head nurse received {award}.",
    "A delegation from {institution} visited the department in {month_year}.",
    "The referral came from {institution}.",
    "Our volunteers work in {spirit}.",
    "The family met our driver near {place_person}.",
    "Doctors from {institution} and our team discussed the case online.",
    "The flight from {city} lands at {airport_person}.",
    "Scans from {institution} were sent on a CD.",
    "发扬{spirit_zh}，服务外籍患者。",
])

family("clean_ordinary_words", 75, [
    "The family never lost {hope_word}.",
    "What kept them going was {virtue}.",
    "It was a sunny morning when the flight from {city} landed.",
    "The grace period for paying the deposit is 30 days.",
    "Lucky for us, the surgeon was still in the building.",
    "A rose garden surrounds the rehabilitation centre.",
    "Patience is the hardest part of recovery, the physiotherapist says.",
    "Every child on the ward receives a small gift at {festival}.",
    "With {virtue} and good care, recovery is possible.",
    "The summer camp for children with {condition} starts in {month_year}.",
    "At dawn the nurses change shifts.",
    "The star of the evening was the hospital choir.",
    "Faith, hope and a good team — that is how the mother summed it up.",
    "The angel statue in the garden was donated by a grateful family.",
    "A bunny-shaped cake was waiting on {ward}.",
    "The sky over Beijing was clear for the first time in a week.",
    "It was pure joy to see the boy run again.",
    "Destiny, the mother says, brought them to Beijing.",
    "Honey and lemon help with a sore throat after intubation.",
    "The jade bracelet had to be removed before surgery.",
    "Comfort care was offered to the family.",
    "There is always {virtue} in the children's ward, even on hard days.",
    "The lily pond behind {hosp_loc} is a favourite spot for families.",
    "The pearl necklace was kept in the ward safe.",
    "Summer is the busiest season for patients from {country}.",
])

family("clean_seo_and_captions", 60, [
    "How a Child from {city} Beat {condition} | Patient Stories",
    "Meta description: Treatment of {condition} for patients from {country} — costs, visas and timelines.",
    "Title: {num_title} Things to Know Before Travelling to Beijing for Surgery",
    "Page title: {condition} Treatment in China | International Department",
    "Alt text: a nurse adjusting an infusion pump on {ward}.",
    "Alt text: the hospital entrance at dusk, with the sign for the International Department.",
    "Photo: the rehabilitation team with a young patient from {country} (name withheld).",
    "On Day +{num} the neutrophils recovered.",
    "术后第三天，患者下床活动。",
    "The interpreter translated the consent form into {language}.",
    "Description: our {specialty} team welcomes patients from {country}.",
    "Caption: a {nationality} family on the day of discharge, {month_year}.",
    "SEO title: {specialty} for International Patients — Beijing",
])

# ----- clean hard families ----------------------------------------------------

family("clean_lookalike_numbers_hard", 60, [
    "Trial ID: {trial_fw}",
    "Firmware {version_ip} was installed on all monitors.",
    "Recall notice: {batch} of the heparin solution is being withdrawn in all provinces.",
    "{approval_fw}，请勿与其他药物混用。",
    "ICD code (full-width, copied from the form): {icd_fw}",
    "Emergency: {pub_words}, or {pub_fw} from a mobile.",
    "Software {version_ip} / {guideline}",
    "Platelets 138 × 10⁹/L; WBC 4.5 × 10⁹/L; Hb 112 g/L.",
    "The sequencing run produced 138 123 456 reads.",
    "Server 10.2.4.17 is the software release, not an address.",
    "{batch_fw} — general recall, no patient affected.",
    "Registry: {trial_fw}; drug: {approval_fw}",
    "Dial {pub_words} for an ambulance in Beijing.",
    "Version {version_ip} of the translation app adds Mongolian.",
])

family("clean_alias_hard", 45, [
    "{alias_zh}，{age_zh_clean}，{city}人。",
    "{alias_zh}和{alias_zh}同一天出院。",
    "{alias_lower} from {city} wrote again today",
    "{alias_lower}'s mother says thanks to the night shift",
    "{herb_lower} and {herb_lower} in the tea, twice a day",
    "the file came from {inst_lower}",
    "老K的孩子已经上学了。",
    "患儿小Y今天出院，妈妈很开心。",
    "patient a and patient b were both from {country}",
    "we call her baby m on the ward, the family asked for privacy",
])

family("clean_contact_message_hard", 55, [
    "hello, how much cost for knee operation? i am from {city}",
    "my mother is {age_clean_p}, can she do the surgery?",
    "pls tell me price for {condition} treatment, we are from {country}",
    "здравствуйте, is there russian translator in hospital?",
    "can i pay by card on {floor}?",
    "we will come after {festival}, is it ok?",
    "dear doctor, we have {virtue} in you",
    "what is emergency number in china? {pub}?",
    "my son born in {year_digits} has {eponym}, can you help",
    "how long visa for treatment? 90 days?",
    "i read about {trial}, can my father join?",
    "сайн байна уу, how many days for the result?",
    "hi, do you have halal food on {ward}?",
    "шукрон, we arrived ok, all good",
    "pls send price list for {specialty}",
], noise=0.7)

family("clean_age_date_hard", 45, [
    "年近九旬的老人由家属陪同前来就诊。",
    "90后 parents book most of our online consultations.",
    "术后第{num}天，患者可以下床。",
    "Admitted {month_year}, discharged {month_year}.",
    "Day +{num}: engraftment confirmed.",
    "She is nearly ninety and has never been to hospital.",
    "late eighties, independent, no chronic illness",
    "The dose was 90 mg/m² for three days.",
    "весной {year_digits} года семья впервые приехала в Пекин",
    "{festival}前后门诊量明显增加。",
    "born in the nineties, the parents found us on social media",
    "{alias_zh}，年过八旬，{year_digits}年首次就诊。",
    "almost 90 but still walks to the market every day",
    "week {num} of treatment, no fever",
])


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

WORD_RE = re.compile(r"[A-Za-z]{4,}")


def typo(word, r):
    k = r.randrange(3)
    i = r.randrange(1, len(word) - 1)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def add_noise(text, r, level, lower):
    if lower:
        text = text.lower()
    text = WORD_RE.sub(lambda m: typo(m.group(), r) if r.random() < 0.12 * level else m.group(), text)
    if r.random() < 0.3 * level:
        text = text.replace(", ", pick(r, [" ,", ",", " , "]))
    if r.random() < 0.3 * level:
        text = text.replace(" ", "  ", 1)
    if r.random() < 0.2 * level:
        text = text.replace("?", "??").replace(".", "..")
    return text


def render(template, r, noise):
    parts = TOKEN.split(template)
    lower = noise > 0 and r.random() < noise
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(add_noise(part, r, noise, lower) if noise > 0 else part)
        else:
            out.append(SLOTS[part][1](r))
    text = "".join(out)
    assert "\t" not in text and "\n" not in text and "\r" not in text, text
    return text


def generate():
    seen = set()
    rows = []
    for fam in FAMILIES:
        made = 0
        tries = 0
        order = []
        while made < fam["n"]:
            tries += 1
            if tries > fam["n"] * 100:
                raise RuntimeError("cannot fill family " + fam["category"])
            if not order:
                order = list(range(len(fam["templates"])))
                R.shuffle(order)
            tpl, label = fam["templates"][order.pop()]
            text = render(tpl, R, fam["noise"])
            if text in seen:
                continue
            seen.add(text)
            rows.append((fam["category"], label, text))
            made += 1
    R.shuffle(rows)
    return rows


def stats(rows):
    counts = {k: 0 for k in KINDS}
    clean = 0
    hard = 0
    for cat, label, _ in rows:
        if label == "-":
            clean += 1
        else:
            for k in label.split(","):
                counts[k] += 1
        if cat.endswith("_hard"):
            hard += 1
    print(f"sentences: {len(rows)}  clean: {clean}  with identifiers: {len(rows) - clean}  hard: {hard}")
    for k in KINDS:
        print(f"{k:24s} {counts[k]}")
    per_cat = {}
    for cat, _, _ in rows:
        per_cat[cat] = per_cat.get(cat, 0) + 1
    print("categories:", len(per_cat))
    for cat in [f["category"] for f in FAMILIES]:
        print(f"  {cat:34s} {per_cat.get(cat, 0)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--stats", action="store_true", help="print per-kind counts")
    args = ap.parse_args()
    rows = generate()
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, label, text in rows:
            fh.write(f"{cat}\t{label}\t{text}\n")
    if args.stats:
        stats(rows)


if __name__ == "__main__":
    main()
