#!/usr/bin/env python3
"""Generator for a blind, labelled English test corpus (part 19) for a
de-identification scanner.

Running this file writes ``deid_generated_en_heldout19.tsv`` next to it: a header
``category<TAB>expected_kinds<TAB>sentence`` and about 2,500 English sentences of
the kind a Beijing hospital treating international patients publishes and
receives -- case-story narration, quotes from patients and relatives, clinicians'
remarks, photo captions and alt text, timeline entries, SEO descriptions,
thank-you letters, informal "Leave Your Message" contact-form messages and
forwarded chat snippets.  Names, addresses and words from many countries appear,
mostly in Latin script and occasionally in Cyrillic, Arabic or Hanzi.  About
1,150 sentences are clean but tricky; the rest carry one or more identifiers.
Families whose category ends in ``_hard`` (about one sentence in five) hold
obfuscated, spelled-out, split, full-width, lower-cased or mixed-script
identifiers, or several identifiers in one sentence; ``clean_hard`` holds clean
sentences written in those same awkward styles.

The file was written blind, from a brief and general knowledge only: no other
code, data or history of the repository was consulted.  All pools, templates
and number formats are invented for this corpus; all identifiers are synthetic.

Determinism: one ``random.Random(1919)`` drives everything, families and pools
are lists, and no set or dict is iterated to produce output, so two runs give
byte-identical files.

Labels come from construction only.  Every template is a string with ``{slot}``
placeholders; each identifier slot carries a fixed tuple of kinds and clean
slots carry none.  A sentence's ``expected_kinds`` is the union of the kinds of
the slots it was built from, in canonical order (``-`` when empty).  At start-up
the generator asserts that clean families use only clean slots and that every
template of an identifier family holds at least one identifier slot.  The
finished text is never searched to find labels.  Contact-form and chat styles
add typos and odd spacing to literal template text only, never to slot values
or digits; lower-casing touches letters only.

Judgement calls:
* A birth date, with or without a year ("her birthday is 14 August"), is
  date_of_birth only; any other day-level date in any format or calendar
  (compact 20230312, spelled out, full-width, Arabic-Indic digits, Russian or
  Chinese written dates, lunar days such as 腊月初八, Hijri or Persian days) is
  exact_date.  Month-level dates, years, ranges, seasons and festivals as
  periods (including a bare lunar month such as 腊月) are clean.
* Only ages of 90 and over are age_over_89, in any wording or script (93岁,
  92 года, NINETY-SEVEN YEARS OLD).  Ages to 89, "nearly ninety", "eighty-nine,
  not ninety", decades, 90后, 九十年代, 年近九旬 and "почти девяносто" are clean.
* Chinese 18-character resident ID numbers (about a quarter with a wrong check
  digit; spaced, dashed, split, lower-case x, full-width) are resident_id only,
  even though they embed a birth date.  Personal numbers of other countries
  (IIN, PINFL, SNILS, Russian internal-passport series and number, Mongolian
  register numbers, Emirates ID, Korean RRN, CURP, codice fiscale, SSN ...) are
  national_id; only travel passports are passport_number.
* Clinician licence numbers always come in one slot together with the
  clinician's name and are labelled licence_number,person_name; driving-licence
  numbers are licence_number alone.
* Visa, residence and work permit, invitation letter, court case, staff,
  student, courier/waybill, booking, ticket, appointment, hotel reservation,
  order, invoice, receipt and insurance-claim numbers are other_number;
  insurance policy, member and card numbers are health_plan_number.
* A hospital department's full landline number is phone_number; short public
  numbers (120, 110, 119, 12320, 112, 911, 103 ...) are clean.  A masked number
  followed by the full one is phone_number.  WeChat IDs, QQ numbers, @handles
  and profile links are social_account; blogs, crowdfunding pages and personal
  home pages are web_address.  A person's name inside an e-mail address,
  handle or URL does not add person_name.
* Family name + title, given names, nicknames, ordinary words used as a name
  ("a girl called Hope"), names in Cyrillic, Arabic or Hanzi, and Chinese
  family name + title or nickname (王大夫, 刘主任, 小王) are person_name.
  Letter aliases (Ms. A, Patient K, 张某, A女士), relations, eponyms, herbs, and
  people inside institution, university or street names (Bethune, 白求恩,
  Sun Yat-sen, 中山, Karl-Marx-Allee, Nelson Mandela Street) are not.  The same
  words used as words (hope, grace, joy, May, bill) are clean.
* A street with a house, building or flat number is street_address; with a
  postcode the slot is labelled street_address,postal_code; a postcode alone
  is postal_code.  P.O. boxes are never used as postcodes.  Cities, districts,
  countries, hospital buildings, wards, floors, beds and lifts are clean.
* GPS coordinates in decimal, DMS, plus-code, 北纬/东经 or spelled-out form are
  geolocation.  IPv4 and IPv6 addresses, also defanged ("[.]") or full-width,
  are ip_address.  Device serials, IMEI and MAC addresses are
  device_identifier; plates and VINs are vehicle_identifier.
* Trial registry numbers, ICD/ATC codes, gene variants, doses, lab values,
  prices, version and page numbers, and medicine batch numbers in general
  recall notices (one of which looks like a compact date) are clean.
"""

import datetime
import os
import random
import re
import unicodedata

SEED = 1919
R = random.Random(SEED)

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n, first_nonzero=False):
    out = [str(R.randrange(10)) for _ in range(n)]
    if first_nonzero and out:
        out[0] = str(R.randrange(1, 10))
    return "".join(out)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(pick(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i:i + n])
        i += n
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+:/#"}
FW_TABLE[" "] = "\u3000"


def fullwidth(s, letters_too=False, keep_space=True):
    out = []
    for c in s:
        if c.isdigit() and c in FW_TABLE:
            out.append(FW_TABLE[c])
        elif c == " " and keep_space:
            out.append(c)
        elif letters_too and c in FW_TABLE:
            out.append(FW_TABLE[c])
        else:
            out.append(c)
    return "".join(out)


ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def arabic_digits(s):
    return "".join(ARABIC_INDIC[int(c)] if c in "0123456789" else c for c in s)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def slugify(s, sep="-"):
    s = ascii_fold(s).lower().replace("'", "")
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip(sep)


ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD_SPECIAL = {"one": "first", "two": "second", "three": "third", "five": "fifth",
               "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    if n < 1000:
        h, rest = divmod(n, 100)
        head = ONES[h] + " hundred"
        return head if rest == 0 else head + " and " + num_words(rest)
    raise ValueError(n)


def ordinal_words(n):
    w = num_words(n)
    if "-" in w:
        a, b = w.rsplit("-", 1)
        return a + "-" + ORD_SPECIAL.get(b, b + "th")
    if w in ORD_SPECIAL:
        return ORD_SPECIAL[w]
    if w.endswith("y"):
        return w[:-1] + "ieth"
    return w + "th"


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + ONES[lo]
    return num_words(hi) + " " + num_words(lo)


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def spell_digits(s, oh=False):
    out = []
    for c in s:
        if c.isdigit():
            w = DIGIT_WORDS[int(c)]
            if oh and c == "0" and chance(0.5):
                w = "oh"
            out.append(w)
        elif c == "+":
            out.append("plus")
    return " ".join(out)


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def luhn_complete(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def iban_complete(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


RID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RID_CHECK = "10X98765432"


def rid_check(body17):
    return RID_CHECK[sum(int(a) * b for a, b in zip(body17, RID_WEIGHTS)) % 11]


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                 "августа", "сентября", "октября", "ноября", "декабря"]
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani",
                "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban",
                "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]
PERSIAN_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad",
                  "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]
LUNAR_MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
                "九月", "十月", "冬月", "腊月"]
LUNAR_DAYS = (["初" + c for c in "一二三四五六七八九十"]
              + ["十" + c for c in "一二三四五六七八九"] + ["二十"]
              + ["廿" + c for c in "一二三四五六七八九"] + ["三十"])
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    # 1..31 in Chinese numerals (for written dates)
    if n < 10:
        return CN_DIGITS[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if o == 0 else CN_DIGITS[o])


def fmt_date(d, style):
    m = MONTHS[d.month - 1]
    if style == "dmy_long":
        return "%d %s %d" % (d.day, m, d.year)
    if style == "mdy_long":
        return "%s %d, %d" % (m, d.day, d.year)
    if style == "dmy_short":
        return "%d %s %d" % (d.day, m[:3], d.year)
    if style == "iso":
        return d.isoformat()
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "mdy_slash":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "weekday":
        return "%s, %d %s %d" % (d.strftime("%A"), d.day, m, d.year)
    if style == "weekday_md":
        return "%s %s %d" % (d.strftime("%A"), m, d.day)
    if style == "noyear_ord":
        return "the %s of %s" % (ordinal_suffix(d.day), m)
    if style == "noyear_md":
        return "%s %s" % (m, ordinal_suffix(d.day))
    if style == "noyear_dm":
        return "%d %s" % (d.day, m)
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "ru":
        return "%d %s %d г." % (d.day, MONTHS_RU_GEN[d.month - 1], d.year)
    if style == "dmon_yy":
        return "%02d-%s-%02d" % (d.day, m[:3], d.year % 100)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "fw_cn":
        return fullwidth("%d年%d月%d日" % (d.year, d.month, d.day))
    if style == "fw_iso":
        return fullwidth(d.isoformat())
    if style == "spelled":
        return "the %s of %s, %s" % (ordinal_words(d.day), m, year_words(d.year))
    if style == "spelled_md":
        return "%s the %s" % (m, ordinal_words(d.day))
    if style == "lower_long":
        return ("%d %s %d" % (d.day, m, d.year)).lower()
    if style == "lunar":
        return pick(["农历", "lunar ", "lunar calendar ", ""]) + pick(LUNAR_MONTHS) + pick(LUNAR_DAYS)
    if style == "hijri":
        return "%d %s %d AH" % (R.randint(1, 29), pick(HIJRI_MONTHS), R.randint(1440, 1446))
    if style == "persian":
        return "%d %s %d" % (R.randint(1, 30), pick(PERSIAN_MONTHS), R.randint(1398, 1403))
    if style == "arabic":
        return arabic_digits("%02d/%02d/%d" % (d.day, d.month, d.year))
    if style == "cn_hanzi":
        return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + "年" + cn_number(d.month) + "月" + cn_number(d.day) + "日"
    if style == "ru_dot_cyr":
        return "%02d.%02d.%d г." % (d.day, d.month, d.year)
    if style == "split_spaces":
        return "%d / %d / %d" % (d.day, d.month, d.year)
    raise ValueError(style)


EXACT_PLAIN_STYLES = ["dmy_long", "mdy_long", "dmy_short", "iso", "dmy_slash",
                      "dmy_dot", "mdy_slash", "weekday", "noyear_ord",
                      "noyear_md", "cn", "ru", "dmon_yy", "weekday_md",
                      "dmy_long", "mdy_long", "noyear_dm", "compact"]
EXACT_HARD_STYLES = ["compact", "fw_cn", "fw_iso", "spelled", "spelled_md",
                     "lower_long", "lunar", "hijri", "persian", "arabic",
                     "cn_hanzi", "split_spaces"]
DOB_PLAIN_STYLES = ["dmy_long", "mdy_long", "iso", "dmy_slash", "dmy_dot",
                    "mdy_slash", "cn", "ru", "dmon_yy", "dmy_short", "compact"]
DOB_NOYEAR_STYLES = ["noyear_ord", "noyear_md", "noyear_dm"]
DOB_HARD_STYLES = ["fw_cn", "spelled", "arabic", "cn_hanzi", "lower_long",
                   "ru_dot_cyr", "compact", "spelled_md"]

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
# (full name as normally written in English, given/used name, family name, sex)
PEOPLE = [
    # Russia
    ("Olga Smirnova", "Olga", "Smirnova", "f"), ("Ivan Petrov", "Ivan", "Petrov", "m"),
    ("Dmitry Volkov", "Dmitry", "Volkov", "m"), ("Natalia Kuznetsova", "Natalia", "Kuznetsova", "f"),
    ("Sergei Orlov", "Sergei", "Orlov", "m"), ("Anastasia Morozova", "Anastasia", "Morozova", "f"),
    ("Yulia Belova", "Yulia", "Belova", "f"), ("Artyom Sokolov", "Artyom", "Sokolov", "m"),
    ("Tatiana Lebedeva", "Tatiana", "Lebedeva", "f"), ("Mikhail Zaitsev", "Mikhail", "Zaitsev", "m"),
    ("Viktoria Pavlova", "Viktoria", "Pavlova", "f"), ("Alexei Gromov", "Alexei", "Gromov", "m"),
    ("Svetlana Kiseleva", "Svetlana", "Kiseleva", "f"), ("Nikolai Fedorov", "Nikolai", "Fedorov", "m"),
    ("Galina Tsvetkova", "Galina", "Tsvetkova", "f"), ("Roman Dudarev", "Roman", "Dudarev", "m"),
    # Central Asia
    ("Aigerim Nurlanova", "Aigerim", "Nurlanova", "f"), ("Bakhyt Seitkali", "Bakhyt", "Seitkali", "m"),
    ("Dilnoza Karimova", "Dilnoza", "Karimova", "f"), ("Timur Abdullaev", "Timur", "Abdullaev", "m"),
    ("Aziz Rakhimov", "Aziz", "Rakhimov", "m"), ("Gulnara Tokhtarova", "Gulnara", "Tokhtarova", "f"),
    ("Yerlan Beketov", "Yerlan", "Beketov", "m"), ("Zarina Yusupova", "Zarina", "Yusupova", "f"),
    ("Farrukh Ismoilov", "Farrukh", "Ismoilov", "m"), ("Madina Ermekova", "Madina", "Ermekova", "f"),
    ("Aibek Dzhumabaev", "Aibek", "Dzhumabaev", "m"), ("Saltanat Omarova", "Saltanat", "Omarova", "f"),
    ("Rustam Nazarov", "Rustam", "Nazarov", "m"), ("Kamila Sharipova", "Kamila", "Sharipova", "f"),
    ("Nurlan Zhaksylykov", "Nurlan", "Zhaksylykov", "m"), ("Shakhlo Tursunova", "Shakhlo", "Tursunova", "f"),
    # Mongolia
    ("Bat-Erdene Ganbold", "Bat-Erdene", "Ganbold", "m"), ("Oyunchimeg Tserendorj", "Oyunchimeg", "Tserendorj", "f"),
    ("Munkhbat Dorjsuren", "Munkhbat", "Dorjsuren", "m"), ("Sarangerel Batbayar", "Sarangerel", "Batbayar", "f"),
    ("Temuulen Altangerel", "Temuulen", "Altangerel", "m"), ("Nomin Erdenebat", "Nomin", "Erdenebat", "f"),
    ("Ganzorig Purevdorj", "Ganzorig", "Purevdorj", "m"), ("Khulan Enkhbayar", "Khulan", "Enkhbayar", "f"),
    ("Tuvshin Bayarsaikhan", "Tuvshin", "Bayarsaikhan", "m"), ("Anujin Gantulga", "Anujin", "Gantulga", "f"),
    # Middle East and around
    ("Omar Al-Rashid", "Omar", "Al-Rashid", "m"), ("Fatima Haddad", "Fatima", "Haddad", "f"),
    ("Yousef Nasser", "Yousef", "Nasser", "m"), ("Leila Karimi", "Leila", "Karimi", "f"),
    ("Ahmad Farouk", "Ahmad", "Farouk", "m"), ("Mariam Al-Sayegh", "Mariam", "Al-Sayegh", "f"),
    ("Reza Tehrani", "Reza", "Tehrani", "m"), ("Noor Abdelrahman", "Noor", "Abdelrahman", "f"),
    ("Khalid Al-Mansouri", "Khalid", "Al-Mansouri", "m"), ("Huda Al-Khatib", "Huda", "Al-Khatib", "f"),
    ("Tariq Hamdan", "Tariq", "Hamdan", "m"), ("Rania Saleh", "Rania", "Saleh", "f"),
    ("Mehmet Yilmaz", "Mehmet", "Yilmaz", "m"), ("Zeynep Kaya", "Zeynep", "Kaya", "f"),
    # South-East Asia
    ("Nguyen Thi Lan", "Lan", "Nguyen", "f"), ("Tran Van Minh", "Minh", "Tran", "m"),
    ("Somchai Srisuk", "Somchai", "Srisuk", "m"), ("Maria Cristina Santos", "Cristina", "Santos", "f"),
    ("Rizal Pratama", "Rizal", "Pratama", "m"), ("Chanthavy Phommachanh", "Chanthavy", "Phommachanh", "f"),
    ("Lim Wei Jie", "Wei Jie", "Lim", "m"), ("Nur Aisyah Rahman", "Aisyah", "Rahman", "f"),
    ("Ploy Chaiyaporn", "Ploy", "Chaiyaporn", "f"), ("Dewi Kurniasih", "Dewi", "Kurniasih", "f"),
    ("Sokha Chhim", "Sokha", "Chhim", "m"), ("Jose Miguel Reyes", "Jose", "Reyes", "m"),
    ("Pham Quoc Bao", "Bao", "Pham", "m"), ("Thiri Htet", "Thiri", "Htet", "f"),
    # Africa
    ("Chinedu Okafor", "Chinedu", "Okafor", "m"), ("Amina Bello", "Amina", "Bello", "f"),
    ("Kwame Mensah", "Kwame", "Mensah", "m"), ("Thandiwe Nkosi", "Thandiwe", "Nkosi", "f"),
    ("Tesfaye Bekele", "Tesfaye", "Bekele", "m"), ("Fatoumata Diallo", "Fatoumata", "Diallo", "f"),
    ("Joseph Mwangi", "Joseph", "Mwangi", "m"), ("Grace Achieng", "Grace", "Achieng", "f"),
    ("Ngozi Eze", "Ngozi", "Eze", "f"), ("Moussa Traoré", "Moussa", "Traoré", "m"),
    ("Abebe Girma", "Abebe", "Girma", "m"), ("Wanjiru Kamau", "Wanjiru", "Kamau", "f"),
    ("Olumide Adeyemi", "Olumide", "Adeyemi", "m"), ("Zanele Dlamini", "Zanele", "Dlamini", "f"),
    # Europe
    ("Lukas Becker", "Lukas", "Becker", "m"), ("Sophie Martin", "Sophie", "Martin", "f"),
    ("Giulia Rossi", "Giulia", "Rossi", "f"), ("Jan Kowalski", "Jan", "Kowalski", "m"),
    ("Elena García López", "Elena", "García", "f"), ("Pieter de Vries", "Pieter", "de Vries", "m"),
    ("Ingrid Johansson", "Ingrid", "Johansson", "f"), ("Nikos Papadopoulos", "Nikos", "Papadopoulos", "m"),
    ("Aoife Byrne", "Aoife", "Byrne", "f"), ("Mateus Silva", "Mateus", "Silva", "m"),
    ("Hélène Dubois", "Hélène", "Dubois", "f"), ("Tomáš Novák", "Tomáš", "Novák", "m"),
    ("Katarzyna Wiśniewska", "Katarzyna", "Wiśniewska", "f"), ("Oliver Hughes", "Oliver", "Hughes", "m"),
    # Americas
    ("Emily Carter", "Emily", "Carter", "f"), ("Carlos Mendoza", "Carlos", "Mendoza", "m"),
    ("Juliana Ferreira", "Juliana", "Ferreira", "f"), ("Michael O'Brien", "Michael", "O'Brien", "m"),
    ("Valentina Herrera", "Valentina", "Herrera", "f"), ("Daniel Thompson", "Daniel", "Thompson", "m"),
    ("Camila Rojas", "Camila", "Rojas", "f"), ("Marcus Johnson", "Marcus", "Johnson", "m"),
    ("Sofía Castillo", "Sofía", "Castillo", "f"), ("Ethan Walker", "Ethan", "Walker", "m"),
    # Korea, Japan
    ("Kim Min-jun", "Min-jun", "Kim", "m"), ("Park Ji-woo", "Ji-woo", "Park", "f"),
    ("Lee Seo-yeon", "Seo-yeon", "Lee", "f"), ("Choi Hyun-woo", "Hyun-woo", "Choi", "m"),
    ("Jung Ha-eun", "Ha-eun", "Jung", "f"), ("Haruto Sato", "Haruto", "Sato", "m"),
    ("Yui Tanaka", "Yui", "Tanaka", "f"), ("Kenta Suzuki", "Kenta", "Suzuki", "m"),
    ("Aoi Yamamoto", "Aoi", "Yamamoto", "f"), ("Ren Watanabe", "Ren", "Watanabe", "m"),
    # China
    ("Wang Lei", "Lei", "Wang", "m"), ("Zhang Xiaomei", "Xiaomei", "Zhang", "f"),
    ("Liu Haoran", "Haoran", "Liu", "m"), ("Chen Jing", "Jing", "Chen", "f"),
    ("Zhao Mingyuan", "Mingyuan", "Zhao", "m"), ("Li Xiaoyan", "Xiaoyan", "Li", "f"),
    ("Huang Zhiqiang", "Zhiqiang", "Huang", "m"), ("Sun Lihua", "Lihua", "Sun", "f"),
]
PEOPLE_F = [p for p in PEOPLE if p[3] == "f"]
PEOPLE_M = [p for p in PEOPLE if p[3] == "m"]

NICKNAMES = ["Sasha", "Dima", "Katya", "Misha", "Nastya", "Lyosha", "Zhenya",
             "Aika", "Tima", "Bota", "Dilya", "Sanjaa", "Baagii", "Tuya",
             "Abu", "Noora", "Kiki", "Chidi", "Tess", "Nico", "Leni", "Mimi",
             "Bobo", "Xiaobao", "Doudou", "Nana", "Jun-ah", "Yuki-chan", "Tolya",
             "Vanya", "Gulya", "Olzhas", "Zhanik", "Momo", "Kofi-boy"]
WORD_NAMES = ["Hope", "Joy", "Grace", "Faith", "Blessing", "Precious", "Sunny",
              "Lucky", "Miracle", "Favour", "Goodness", "Patience", "Charity",
              "Happy", "Brave", "Star", "Bright", "Comfort", "Gift", "Peace"]

DOCTORS = ["Wang Hui", "Liu Jianguo", "Zhao Yan", "Chen Guoqiang", "Sun Wei",
           "Gao Ping", "Xu Lina", "He Jun", "Guo Meng", "Tang Xiaoling",
           "Fang Zhiyuan", "Luo Qing", "Deng Hai", "Feng Rui", "Yu Tingting",
           "Han Bo", "Jiang Wenjing", "Cao Yu", "Peng Lixin", "Zhou Yiming",
           "Song Jia", "Ye Qiuping", "Wei Dongsheng", "Lu Yao", "Du Xinyi",
           "Anna Keller", "Rahul Mehta", "Sarah Lindqvist", "Yerzhan Tulegenov",
           "Elena Markova", "Ji Hoon Baek", "Amal Haidar"]
DOC_TITLES = ["Dr.", "Dr", "Professor", "Prof.", "Director", "Chief Physician",
              "Associate Professor", "Dr."]
NURSE_TITLES = ["Nurse", "Head Nurse", "nurse", "Sister"]

NAMES_CYR = ["Иван Петров", "Ольга Смирнова", "Дмитрий Волков", "Наталья Кузнецова",
             "Айгерим Нурланова", "Тимур Абдуллаев", "Бат-Эрдэнэ Ганболд",
             "Оюунчимэг Цэрэндорж", "Сергей Орлов", "Гульнара Тохтарова",
             "Мунхбат Доржсурэн", "Светлана Киселёва", "Ерлан Бекетов",
             "Саша", "Катя", "Зарина Юсупова", "Хулан Энхбаяр"]
NAMES_AR = ["عمر الرشيد", "فاطمة حداد", "يوسف ناصر", "مريم الصايغ",
            "خالد المنصوري", "هدى الخطيب", "طارق حمدان", "نور عبد الرحمن",
            "ليلى كريمي", "أحمد فاروق"]
NAMES_HAN = ["王磊", "张晓梅", "刘浩然", "陈静", "赵明远", "李晓燕", "黄志强",
             "孙丽华", "马俊", "周一鸣", "王大夫", "刘主任", "小王"]

FOREIGN_DOCTORS = ["Anna Keller", "Rahul Mehta", "Sarah Lindqvist", "Yerzhan Tulegenov",
                   "Elena Markova", "Ji Hoon Baek", "Amal Haidar"]


def doctor_family(full):
    if full in FOREIGN_DOCTORS:
        return full.split()[-1]
    if full == "Ji Hoon Baek":
        return "Baek"
    return full.split()[0]


def g_pname(pool=PEOPLE):
    return pick(pool)[0]


def g_pgiven(pool=PEOPLE):
    return pick(pool)[1]


def g_ptitle(pool=PEOPLE):
    p = pick(pool)
    if p[3] == "f":
        t = pick(["Mrs.", "Ms.", "Ms", "Madam", "Mrs", "Miss"])
    else:
        t = pick(["Mr.", "Mr", "Mister", "Mr."])
    return "%s %s" % (t, p[2])


def g_doc():
    full = pick(DOCTORS)
    fam = doctor_family(full)
    r = R.random()
    if r < 0.45:
        return "%s %s" % (pick(DOC_TITLES), full)
    if r < 0.85:
        return "%s %s" % (pick(DOC_TITLES), fam)
    return full


def g_nurse():
    full = pick(DOCTORS[:25])
    if chance(0.5):
        return "%s %s" % (pick(NURSE_TITLES), full)
    return "%s %s" % (pick(NURSE_TITLES), doctor_family(full))


def g_name_lower():
    p = pick(PEOPLE)
    r = R.random()
    if r < 0.5:
        return p[0].lower()
    if r < 0.75:
        return p[1].lower()
    return ascii_fold(p[0]).lower()


def g_name_upper():
    p = pick(PEOPLE)
    if chance(0.5):
        return "%s %s" % (p[2].upper(), p[1].upper())
    return "%s, %s" % (p[2].upper(), p[1])


def g_name_spaced():
    p = pick(PEOPLE)
    return " ".join(p[1].upper()) + " " + p[2]


# ---------------------------------------------------------------------------
# clean pools
# ---------------------------------------------------------------------------
ALIASES = ["Ms. A", "Mr. K", "Patient K", "Patient 7", "Mrs. L", "Mr. B", "Baby M",
           "Client X", "Ms. Z", "Mr. D.", "patient A", "Case 14", "Mrs. T",
           "the boy we call Patient J", "Ms. R", "张某", "A女士", "李某某", "王某",
           "Mr. S. (name withheld)", "Patient No. 3", "Patient C", "Ms. Y", "Mr. H"]
MY_RELATIONS = ["my mother", "my father", "our son", "my grandmother", "my husband",
                "my mother-in-law", "our little girl", "my twin sister", "my stepfather",
                "my grandson", "my wife", "our daughter", "my uncle", "my fiancé",
                "our granddaughter", "my elder brother", "our baby"]
RELATIONS = ["her husband", "his wife", "the patient's daughter", "her elder brother",
             "his uncle", "the baby's aunt", "their eldest son", "his cousin", "her niece",
             "the boy's grandmother", "her mother", "his father", "their daughter",
             "the girl's father", "his younger sister", "her son-in-law", "the child's mother"]
RELATIONS_NOUN = ["mother", "father", "husband", "wife", "son", "daughter",
                  "grandmother", "grandfather", "brother", "sister", "aunt",
                  "uncle", "nephew", "granddaughter", "mother-in-law"]
EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Down syndrome",
           "Crohn's disease", "Kawasaki disease", "Alzheimer's disease",
           "Graves' disease", "Hashimoto's thyroiditis", "Guillain-Barré syndrome",
           "a Wilms tumour", "Ewing sarcoma", "tetralogy of Fallot",
           "Bell's palsy", "Cushing's syndrome", "Addison's disease",
           "Huntington's disease", "Burkitt lymphoma", "Ménière's disease",
           "Tourette syndrome", "Marfan syndrome", "Hirschsprung disease",
           "Kaposi sarcoma", "Duchenne muscular dystrophy", "Wilson's disease",
           "Behçet's disease", "Sjögren's syndrome", "Raynaud's phenomenon",
           "a Baker's cyst", "Perthes disease", "Paget's disease of bone"]
EPONYM_TOOLS = ["an Ilizarov frame", "a Foley catheter", "a Swan-Ganz catheter",
                "the Heimlich manoeuvre", "the Apgar score", "the Glasgow Coma Scale",
                "a Whipple procedure", "a Fontan operation", "a Ponseti cast",
                "the Denver developmental screen", "a Holter monitor",
                "the Epley manoeuvre", "a Mohs procedure", "the Kasai procedure",
                "a Nissen fundoplication", "Gram staining", "a Pavlik harness"]
INSTITUTIONS = ["Bethune International Peace Hospital", "Sun Yat-sen University Cancer Center",
                "Johns Hopkins Hospital", "the Mayo Clinic", "Hamad Medical Corporation",
                "King Faisal Specialist Hospital", "Sheikh Khalifa Medical City",
                "Memorial Sloan Kettering", "the Almazov Centre in St Petersburg",
                "Lomonosov Moscow State University", "Nelson Mandela Children's Hospital",
                "Aga Khan University Hospital", "Queen Mary Hospital",
                "Sun Yat-sen Memorial Hospital", "Norman Bethune Health Science Center",
                "the Pasteur Institute", "the Vishnevsky Institute of Surgery",
                "Chulalongkorn Memorial Hospital", "the Bakulev Centre",
                "Shastri Park clinic", "Mother Teresa Hospital in Tirana",
                "the Sechenov University clinics", "St. Luke's Medical Center in Manila",
                "Al-Zahra Hospital", "Korle Bu Teaching Hospital"]
HONOURS = ["the Florence Nightingale Medal", "the Lasker Award", "the Nobel Prize",
           "the Bethune Medal", "Koch's postulates", "the Hippocratic Oath",
           "a Fulbright scholarship", "the Gates Foundation grant"]
HERBS = ["ginseng", "astragalus root", "goji berries", "dang gui", "licorice root",
         "chrysanthemum tea", "moxa", "cordyceps", "huang qi", "ginger and jujube tea",
         "Ganoderma", "Shi Hu", "Bai Zhu", "Chuan Xiong", "Dang Shen"]
CITIES = ["Beijing", "Moscow", "Almaty", "Astana", "Tashkent", "Bishkek", "Dushanbe",
          "Ulaanbaatar", "Dubai", "Riyadh", "Tehran", "Baghdad", "Amman", "Hanoi",
          "Ho Chi Minh City", "Bangkok", "Jakarta", "Manila", "Yangon", "Vientiane",
          "Phnom Penh", "Kuala Lumpur", "Lagos", "Nairobi", "Addis Ababa", "Accra",
          "Johannesburg", "Dakar", "Berlin", "Paris", "Rome", "Warsaw", "Madrid",
          "Dublin", "Stockholm", "Toronto", "São Paulo", "Mexico City", "Lima",
          "New York", "Seoul", "Busan", "Tokyo", "Osaka", "Shanghai", "Harbin",
          "Urumqi", "Hohhot", "Irkutsk", "Vladivostok", "Novosibirsk", "Khabarovsk",
          "Yakutsk", "Samarkand", "Erdenet", "Darkhan", "Karaganda", "Osh",
          "Chiang Mai", "Cebu", "Abuja", "Kampala", "Lusaka", "Khartoum", "Muscat",
          "Doha", "Kuwait City", "Baku", "Tbilisi", "Yerevan", "Kazan", "Omsk"]
COUNTRIES = ["Russia", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
             "Turkmenistan", "Mongolia", "the UAE", "Saudi Arabia", "Iran", "Iraq",
             "Jordan", "Oman", "Vietnam", "Thailand", "Indonesia", "the Philippines",
             "Myanmar", "Laos", "Cambodia", "Malaysia", "Nigeria", "Kenya",
             "Ethiopia", "Ghana", "South Africa", "Senegal", "Tanzania", "Germany",
             "France", "Italy", "Poland", "Spain", "Ireland", "Sweden", "Canada",
             "Brazil", "Mexico", "Peru", "the United States", "Korea", "Japan",
             "Azerbaijan", "Georgia", "Pakistan", "Nepal", "Sri Lanka", "Egypt"]
NATIONALITIES = ["Russian", "Kazakh", "Uzbek", "Kyrgyz", "Tajik", "Mongolian",
                 "Emirati", "Saudi", "Iranian", "Iraqi", "Jordanian", "Vietnamese",
                 "Thai", "Indonesian", "Filipino", "Burmese", "Lao", "Cambodian",
                 "Malaysian", "Nigerian", "Kenyan", "Ethiopian", "Ghanaian",
                 "South African", "Senegalese", "German", "French", "Italian",
                 "Polish", "Spanish", "Irish", "Swedish", "Canadian", "Brazilian",
                 "Mexican", "Peruvian", "American", "Korean", "Japanese", "Buryat",
                 "Yakut", "Omani", "Azerbaijani", "Georgian", "Pakistani", "Nepali"]
DEPTS = ["cardiology", "paediatric oncology", "neurosurgery", "orthopaedics",
         "Traditional Chinese Medicine", "rehabilitation", "reproductive medicine",
         "hepatobiliary surgery", "ophthalmology", "haematology", "dermatology",
         "ENT", "thoracic surgery", "interventional radiology", "urology",
         "endocrinology", "nephrology", "gynaecology", "the pain clinic",
         "sleep medicine", "paediatric cardiac surgery", "spine surgery",
         "the International Medical Department", "the VIP ward", "the stroke unit",
         "plastic surgery", "gastroenterology", "rheumatology", "the dialysis centre"]
CONDITIONS = ["a brain tumour", "severe scoliosis", "congenital heart disease",
              "acute leukaemia", "a cleft lip and palate", "knee osteoarthritis",
              "lung cancer", "infertility", "chronic hepatitis B", "a diabetic foot ulcer",
              "a herniated disc", "dense cataracts", "cerebral palsy",
              "stage III colon cancer", "thyroid nodules", "a ruptured aneurysm",
              "recurrent kidney stones", "plaque psoriasis", "chronic migraine",
              "a spinal cord injury", "nasopharyngeal carcinoma", "aplastic anaemia",
              "a clubfoot", "glaucoma", "liver cirrhosis", "a pituitary adenoma",
              "rheumatoid arthritis", "end-stage kidney disease", "atrial fibrillation",
              "a torn ACL", "hearing loss", "retinoblastoma", "neuroblastoma",
              "thalassaemia major", "a hip dysplasia", "osteosarcoma"]
PROCEDURES = ["minimally invasive spine surgery", "a liver transplant", "acupuncture",
              "a cochlear implant", "CAR-T therapy", "a hip replacement", "IVF",
              "laser eye surgery", "a bone marrow transplant", "TAVI",
              "radiofrequency ablation", "gamma knife surgery", "endoscopic sinus surgery",
              "a kidney transplant", "deep brain stimulation", "proton therapy",
              "a knee arthroscopy", "cupping and herbal therapy", "a craniotomy",
              "scoliosis correction", "a cleft repair", "robotic prostatectomy",
              "a lumbar fusion", "phacoemulsification", "chemotherapy",
              "a stem cell transplant", "a PFO closure", "hyperbaric oxygen therapy"]
MONTH_YEARS = ["March 2021", "in 2019", "spring 2023", "late autumn", "the second week of October",
               "the Spring Festival holiday", "Ramadan", "Nowruz", "Tsagaan Sar",
               "Golden Week", "Christmas week", "Eid al-Fitr", "mid-2022", "2018–2020",
               "the third quarter of 2024", "the winter of 2022", "early 2020",
               "June 2023", "the summer holidays", "November", "the first half of 2021",
               "the Mid-Autumn Festival", "the Dragon Boat holiday", "Lent",
               "the Naadam holiday", "September 2024", "late 2019", "the 1990s",
               "the rainy season", "the first week of January", "August 2018",
               "the New Year break", "the academic year 2022/23", "Q1 2025"]
SEASONS = ["spring", "summer", "autumn", "winter", "the monsoon season",
           "the dry season", "the cold months", "the holiday season"]
DURATIONS = ["three weeks", "ten days", "two months", "a fortnight", "five days",
             "eighteen months", "half a year", "48 hours", "a year and a half",
             "nine nights", "seven days", "six weeks", "a month", "four months"]
WARDS = ["Ward 7B", "the 12th-floor paediatric ward", "the cardiology ward", "the neurosurgery ward",
         "Ward 3 East", "the VIP ward", "the oncology day ward", "the rehabilitation ward",
         "the step-down unit", "the orthopaedic ward", "the haematology ward", "Ward 11",
         "the international ward on the 5th floor", "the children's surgical ward"]
SPOTS = ["the north entrance", "Outpatient Hall 1", "lift C", "the pharmacy window 3",
         "the cafeteria on level 1", "the radiology suite on B2", "the roof garden",
         "the east wing lobby", "the TCM pavilion", "the family lounge on the 9th floor",
         "the prayer room on level 2", "the 4th floor waiting area", "the rehab gym on B1",
         "the main gate", "the taxi rank by Building 2", "the coffee shop in the lobby",
         "the registration desk", "the bus stop outside the east gate"]
BUILDINGS = ["Building 2", "the outpatient building", "the second inpatient building",
             "the east wing", "the TCM pavilion", "the children's building", "the new surgical tower"]
SHORT_NUMBERS = ["120", "110", "112", "911", "12320", "999", "103", "119", "122",
                 "114", "12345", "999 in Hong Kong", "112 in Europe", "103 in Russia",
                 "911 in the States"]
DOSES = ["5 mg twice a day", "0.25 µg of calcitriol", "2,000 IU of vitamin D",
         "40 mg of omeprazole", "500 mg of metformin", "a 10 ml syrup dose",
         "12 units of insulin", "75 mg of clopidogrel", "1 g of paracetamol",
         "2.5 mg of bisoprolol", "100 mg of aspirin", "0.5 mg of entecavir",
         "250 mg twice daily", "20 drops at night", "3 tablets after meals"]
LABS = ["an HbA1c of 7.8%", "creatinine of 132 µmol/L", "platelets of 45 × 10⁹/L",
        "an INR of 2.4", "an ejection fraction of 35%", "a PSA of 4.1 ng/mL",
        "ferritin of 890 ng/mL", "haemoglobin of 86 g/L", "an eGFR of 28",
        "a blood pressure of 168/95", "oxygen saturation of 91%", "CRP of 64 mg/L",
        "a fasting glucose of 11.2 mmol/L", "ALT of 312 U/L", "TSH of 0.02 mIU/L",
        "a heart rate of 142", "a temperature of 39.2 °C", "a Ki-67 index of 30%",
        "a BMI of 31.5", "a D-dimer of 4.8 mg/L"]
PRICES = ["RMB 3,800", "¥45,000", "US$12,500", "about 180,000 yuan", "USD 2 400",
          "€9,900", "around 600,000 roubles", "about 4 million tenge",
          "half a billion tugriks",
          "AED 4,000", "about 8,000 dollars", "RMB 98,000 in total"]
TRIALS = ["NCT04512345", "ChiCTR2100045678", "ISRCTN12345678", "EudraCT 2019-001234-56",
          "jRCT2031200123", "CTR20211234", "NCT05123987", "ChiCTR-IOR-17013456",
          "KCT0004567", "ACTRN12620000123456", "DRKS00023456", "NCT03990896"]
ICD = ["ICD-10 C71.9", "E11.65", "M41.12", "Q21.1", "ICD-11 2A00", "C34.1", "I63.9",
       "G80.0", "N18.5", "ICD-10 code S82.1", "Q35.3", "F84.0", "ATC L01EA01",
       "ATC A10BA02", "ICD-O 9440/3", "J45.909", "K74.6", "D56.1", "H40.1"]
GENES = ["an EGFR exon 19 deletion", "BRAF V600E", "BRCA2 c.5946delT", "KRAS G12C",
         "an ALK fusion", "FLT3-ITD", "JAK2 V617F", "HLA-B*58:01", "a TP53 R175H variant",
         "an SMN1 deletion", "the CFTR F508del variant", "HBB c.52A>T", "IDH1 R132H",
         "MGMT promoter methylation", "a PML-RARA fusion", "a BCR-ABL1 p210 transcript"]
VERSIONS = ["version 3.2 of the guideline", "the 2023 edition of the handbook",
            "page 214", "pp. 33–41", "chapter 12", "the 9th edition of the textbook",
            "form F-07 (rev. 4)", "leaflet version 1.8", "protocol v5.0",
            "section 4.3.2", "table 2", "issue 118 of our newsletter", "page 7 of the leaflet"]
BATCHES = ["batch numbers starting with 2309", "lot 2211A07 of the vaccine",
           "batch B2403 of the contrast agent", "lot numbers ending in -K",
           "batch 20230517 of the saline bags", "lot 7Q4491 of the test strips",
           "batch 88-0231 of the eye drops"]

# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------


def g_exact_date():
    return fmt_date(rand_date(2014, 2025), pick(EXACT_PLAIN_STYLES))


def g_exact_date_hard():
    return fmt_date(rand_date(2014, 2025), pick(EXACT_HARD_STYLES))


def g_dob():
    d = rand_date(1931, 2023)
    return fmt_date(d, pick(DOB_PLAIN_STYLES))


def g_dob_any():
    d = rand_date(1931, 2023)
    if chance(0.3):
        return fmt_date(d, pick(DOB_NOYEAR_STYLES))
    return fmt_date(d, pick(DOB_PLAIN_STYLES))


def g_dob_noyear():
    return fmt_date(rand_date(2000, 2000), pick(DOB_NOYEAR_STYLES))


def g_dob_hard():
    return fmt_date(rand_date(1931, 2023), pick(DOB_HARD_STYLES))


def g_age90_phrase():
    n = R.randint(90, 106)
    forms = ["aged %d" % n, "%d years old" % n, "%s years old" % num_words(n),
             "%d y/o" % n, "aged %s" % num_words(n), "%d years of age" % n,
             "%d years old" % n]
    return pick(forms)


def g_age90_adj():
    n = R.randint(90, 104)
    forms = ["%d-year-old" % n, "%s-year-old" % num_words(n).replace(" ", "-"),
             "%d-year-old" % n]
    return pick(forms)


def g_age90_num():
    n = R.randint(90, 103)
    return pick([str(n), num_words(n), str(n)])


def g_age90_hard():
    n = R.randint(90, 105)
    if n < 100:
        cn = "九十" + ("" if n % 10 == 0 else CN_DIGITS[n % 10])
    else:
        cn = "一百" + ("零" + CN_DIGITS[n % 10] if n % 10 else "")
    last = n % 10
    ru = "год" if last == 1 else ("года" if last in (2, 3, 4) else "лет")
    forms = [fullwidth("%d岁" % n), cn + "岁", "%d %s" % (n, ru),
             fullwidth("%d" % n) + " years old", "%s YEARS OLD" % num_words(n).upper(),
             "%d yrs" % n, "%d yo" % n, "%d y.o." % n]
    if n > 90:
        forms.append("ninety-plus (%d, to be precise)" % n)
    return pick(forms)


# ---- phones -----------------------------------------------------------------
def _cn_mobile_digits():
    return pick(["130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                 "152", "158", "159", "166", "177", "180", "182", "185", "186", "187",
                 "188", "189", "199"]) + digits(8)


def g_phone_cn():
    m = _cn_mobile_digits()
    return pick([group(m, [3, 4, 4]), m, "+86 " + group(m, [3, 4, 4]),
                 "+86-" + group(m, [3, 4, 4], "-"), "(+86) " + m, "0086 " + m,
                 group(m, [3, 4, 4], "-")])


def g_phone_bj_landline():
    n = pick(["6", "8", "5"]) + digits(7)
    return pick(["010-" + group(n, [4, 4]), "+86 10 " + group(n, [4, 4]),
                 "(010) " + group(n, [4, 4]), "+86-10-" + n, "010 " + n])


def g_phone_foreign():
    c = R.randrange(26)
    if c == 0:
        return "+7 9%s %s-%s-%s" % (digits(2), digits(3), digits(2), digits(2))
    if c == 1:
        return "8 (9%s) %s-%s-%s" % (digits(2), digits(3), digits(2), digits(2))
    if c == 2:
        return "+7 7%s %s %s" % (pick(["01", "02", "05", "07", "47", "71", "77"]), digits(3), digits(4))
    if c == 3:
        return "+998 %s %s %s %s" % (pick(["90", "91", "93", "94", "97", "99"]), digits(3), digits(2), digits(2))
    if c == 4:
        return "+996 %s %s" % (pick(["555", "700", "770", "505"]), digits(6))
    if c == 5:
        return "+992 %s %s %s" % (pick(["90", "93", "98"]), digits(3), digits(4))
    if c == 6:
        return "+976 %s %s" % (pick(["99", "88", "95", "80", "94"]) + digits(2), digits(4))
    if c == 7:
        return "+971 5%s %s %s" % (pick("02568"), digits(3), digits(4))
    if c == 8:
        return "+966 5%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 9:
        return "+98 91%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 10:
        return "+84 9%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 11:
        return "+66 8%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 12:
        return "+62 81%s-%s-%s" % (digits(1), digits(4), digits(4))
    if c == 13:
        return "+63 9%s %s %s" % (digits(2), digits(3), digits(4))
    if c == 14:
        return "+234 80%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 15:
        return "+254 7%s %s %s" % (digits(2), digits(3), digits(3))
    if c == 16:
        return "+251 9%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 17:
        return "+233 2%s %s %s" % (digits(1), digits(3), digits(4))
    if c == 18:
        return "+49 1%s %s" % (pick(["51", "52", "60", "70", "76"]), digits(8))
    if c == 19:
        return "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2))
    if c == 20:
        return "+39 3%s %s %s" % (digits(2), digits(3), digits(4))
    if c == 21:
        return "+44 7%s %s" % (digits(3), digits(6))
    if c == 22:
        return "+1 (%s) %s-%s" % (digits(3, True), digits(3, True), digits(4))
    if c == 23:
        return "+55 11 9%s-%s" % (digits(4), digits(4))
    if c == 24:
        return "+82 10-%s-%s" % (digits(4), digits(4))
    return "+81 90-%s-%s" % (digits(4), digits(4))


def g_phone():
    r = R.random()
    if r < 0.55:
        return g_phone_foreign()
    if r < 0.85:
        return g_phone_cn()
    return g_phone_bj_landline()


def g_phone_hard():
    r = R.randrange(8)
    m = _cn_mobile_digits()
    if r == 0:
        return spell_digits(m, oh=True)
    if r == 1:
        return " ".join(m)
    if r == 2:
        return fullwidth(group(m, [3, 4, 4]))
    if r == 3:
        return "+" + " ".join("7" + "9" + digits(9))
    if r == 4:
        return spell_digits("+971" + "5" + digits(8))
    if r == 5:
        return m[:3] + "-" + m[3:7] + " (then) " + m[7:]
    if r == 6:
        return fullwidth("+976 " + digits(4) + " " + digits(4))
    return m[:3] + "****" + m[7:] + " no wait full one is " + m


# ---- e-mail / web / ip / social -------------------------------------------
EMAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "yahoo.com", "outlook.com",
                 "inbox.kz", "mail.kz", "icloud.com", "hotmail.com", "qq.com",
                 "163.com", "naver.com", "yahoo.co.jp", "gmx.de", "libero.it",
                 "wp.pl", "orange.fr", "protonmail.com", "bk.ru", "list.ru",
                 "umail.uz", "mongol.net", "live.com", "126.com", "rambler.ru"]


def _handle_base():
    p = pick(PEOPLE)
    g = slugify(p[1], "")
    f = slugify(p[2], "")
    r = R.randrange(7)
    if r == 0:
        return "%s.%s" % (g, f)
    if r == 1:
        return "%s_%s%s" % (g, f, digits(2))
    if r == 2:
        return "%s%s" % (g[0], f)
    if r == 3:
        return "%s.%s%s" % (f, g, pick(["", "87", "1990", "_kz", "77"]))
    if r == 4:
        return "%s%s" % (g, digits(R.randint(2, 4)))
    if r == 5:
        return pick(["mama", "papa", "happy", "sunny", "travel", "doc", "baby"]) + "_" + g + digits(2)
    return "%s-%s" % (g, f)


def g_email():
    b = _handle_base().replace("-", ".")
    if chance(0.12):
        b = pick(["info", "contact", "office", "admin"]) + "." + slugify(pick(CITIES), "")
    return "%s@%s" % (b, pick(EMAIL_DOMAINS))


def g_email_hard():
    b = _handle_base().replace("-", ".")
    dom = pick(EMAIL_DOMAINS)
    name, tld = dom.rsplit(".", 1)
    r = R.randrange(8)
    if r == 0:
        return "%s [at] %s [dot] %s" % (b, name, tld)
    if r == 1:
        return "%s(at)%s.%s" % (b, name, tld)
    if r == 2:
        return "%s @ %s . %s" % (b, name, tld)
    if r == 3:
        return ("%s@%s" % (b, dom)).upper()
    if r == 4:
        return "%s собака %s" % (b, dom)
    if r == 5:
        return "%s＠%s" % (b, dom)
    if r == 6:
        return "%s at %s dot %s" % (b, name, tld)
    return "%s@%s" % (b.replace(".", " . "), dom)


def g_web():
    p = pick(PEOPLE)
    s = slugify(p[0])
    r = R.randrange(12)
    if r == 0:
        return "https://www.gofundme.com/f/help-%s-%s" % (s, pick(["walk-again", "get-treatment", "heal", "beat-cancer"]))
    if r == 1:
        return "gofund.me/%s" % "".join(pick("0123456789abcdef") for _ in range(8))
    if r == 2:
        return "https://%s.blogspot.com/%d/%02d/%s.html" % (slugify(p[1], ""), R.randint(2016, 2024), R.randint(1, 12), pick(["beijing-diary", "our-journey", "day-one", "surgery-update"]))
    if r == 3:
        return "www.%s-family.net" % slugify(p[2])
    if r == 4:
        return "https://%s.wordpress.com" % (s.replace("-", ""))
    if r == 5:
        return "https://%s.livejournal.com/%s.html" % (slugify(p[1], ""), digits(6, True))
    if r == 6:
        return "https://www.justgiving.com/crowdfunding/%s" % s
    if r == 7:
        return "https://kitabisa.com/campaign/bantu%s" % slugify(p[1], "")
    if r == 8:
        return "https://www.leetchi.com/c/%s" % s
    if r == 9:
        return "www.%s.kz" % slugify(p[0], "")
    if r == 10:
        return "https://m.qschou.com/project/index/%s" % "".join(pick("0123456789abcdef") for _ in range(12))
    return "https://www.%s.com/blog" % slugify(p[0], "")


def g_web_hard():
    p = pick(PEOPLE)
    s = slugify(p[0])
    r = R.randrange(5)
    if r == 0:
        return "gofundme dot com slash f slash help-%s" % s
    if r == 1:
        return "hxxps://%s[.]blogspot[.]com" % slugify(p[1], "")
    if r == 2:
        return "WWW.%s-FAMILY.NET" % slugify(p[2]).upper()
    if r == 3:
        return "ｗｗｗ．%s．ｃｏｍ" % slugify(p[0], "")
    return "%s . wordpress . com" % s.replace("-", "")


def g_ip():
    r = R.randrange(6)
    if r < 4:
        a = pick([5, 31, 37, 46, 62, 77, 78, 85, 89, 91, 93, 95, 101, 103, 106, 109,
                  111, 114, 117, 121, 125, 176, 178, 185, 188, 194, 202, 212, 213, 217, 223])
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if r == 4:
        return "2001:%x:%x:%x::%x" % (R.randint(0x200, 0xfff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
    return "240e:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0, 0xffff) for _ in range(7))


def g_ip_hard():
    a, b, c, d = R.randint(31, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
    r = R.randrange(4)
    if r == 0:
        return "%d[.]%d[.]%d[.]%d" % (a, b, c, d)
    if r == 1:
        return fullwidth("%d.%d.%d.%d" % (a, b, c, d), letters_too=True)
    if r == 2:
        return "%d dot %d dot %d dot %d" % (a, b, c, d)
    return "%d. %d. %d. %d" % (a, b, c, d)


def g_handle():
    return _handle_base().replace(".", "_").replace("-", "_")


def g_wechat_id():
    return pick(["wxid_" + "".join(pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
                 g_handle(), g_handle() + digits(2), slugify(pick(PEOPLE)[1], "") + "_" + pick(["bj", "spb", "almaty", "ub", "dxb"]) + digits(2)])


def g_qq():
    return digits(R.randint(8, 10), True)


def g_social():
    h = g_handle()
    r = R.randrange(14)
    if r == 0:
        return "WeChat ID: " + g_wechat_id()
    if r == 1:
        return "QQ " + g_qq()
    if r == 2:
        return "@" + h
    if r == 3:
        return "t.me/" + h
    if r == 4:
        return "instagram.com/" + h
    if r == 5:
        return "vk.com/" + pick([h, "id" + digits(9, True)])
    if r == 6:
        return "facebook.com/" + h.replace("_", ".")
    if r == 7:
        return "ok.ru/profile/" + digits(12, True)
    if r == 8:
        return "LINE ID " + h
    if r == 9:
        return "KakaoTalk ID " + h
    if r == 10:
        return "weibo.com/u/" + digits(10, True)
    if r == 11:
        return "tiktok.com/@" + h
    if r == 12:
        return "Telegram @" + h
    return "Xiaohongshu ID " + digits(10, True)


def g_social_hard():
    h = g_handle()
    r = R.randrange(5)
    if r == 0:
        return "v x : " + h
    if r == 1:
        return "微信号 " + g_wechat_id()
    if r == 2:
        return "q q " + " ".join(g_qq())
    if r == 3:
        return "insta " + h.upper()
    return "тг @" + h


# ---- addresses / postcodes / geo --------------------------------------------
def _addr_parts():
    """Return (street part, city, postcode, postcode style)."""
    c = R.randrange(24)
    n = R.randint(1, 180)
    if c == 0:
        st = pick(["Dongzhimen Outer Street", "Jianguomenwai Avenue", "Chaoyang North Road",
                   "Xinyuan South Road", "Jiuxianqiao Road", "Guanghua Road", "Sanlitun Road",
                   "Wangjing West Road", "Fuxingmen Inner Street", "Xizhimen South Street"])
        return ("Building %d, No. %d %s, Apartment %d%02d" % (R.randint(1, 12), n, st, R.randint(2, 28), R.randint(1, 12)),
                pick(["Chaoyang District, Beijing", "Dongcheng District, Beijing", "Beijing", "Haidian District, Beijing"]),
                pick(["100027", "100020", "100004", "100016", "100738", "100102", "100044"]), "cn")
    if c == 1:
        return ("Room %d%02d, Unit %d, Building %d, %s" % (R.randint(2, 25), R.randint(1, 8), R.randint(1, 4), R.randint(1, 20),
                                                        pick(["Wangjing Xiyuan Sanqu", "Tuanjiehu Beili", "Jinsong Wuqu", "Fangzhuang Fangxingyuan", "Shuangjing Jiayuan"])),
                "Beijing", pick(["100102", "100026", "100021", "100078", "100022"]), "cn")
    if c == 2:
        return ("ul. %s %d, apt. %d" % (pick(["Tverskaya", "Profsoyuznaya", "Lenina", "Pushkinskaya", "Sadovaya", "Mira"]), n, R.randint(1, 220)),
                pick(["Moscow", "Novosibirsk", "Irkutsk", "Kazan", "Khabarovsk"]),
                pick(["119049", "125009", "630090", "664003", "420111", "680000"]), "ru")
    if c == 3:
        return ("%s Prospekt %d, kv. %d" % (pick(["Leninsky", "Nevsky", "Kutuzovsky", "Mira"]), n, R.randint(1, 300)),
                pick(["Moscow", "St Petersburg"]), pick(["119334", "191025", "121170", "129090"]), "ru")
    if c == 4:
        return ("%s Avenue %d, apt %d" % (pick(["Abai", "Dostyk", "Al-Farabi", "Kabanbay Batyr", "Nazarbayev", "Tole Bi"]), n, R.randint(1, 150)),
                pick(["Almaty", "Astana"]), pick(["050040", "050010", "050059", "010000", "010016"]), "after")
    if c == 5:
        return ("mkr. Samal-%d, house %d, flat %d" % (R.randint(1, 3), R.randint(1, 90), R.randint(1, 120)),
                "Almaty", pick(["050051", "050059"]), "after")
    if c == 6:
        return ("%s Street %d%s, apt %d" % (pick(["Amir Temur", "Navoi", "Mustaqillik", "Shota Rustaveli", "Bobur"]), n, pick(["", "A", "B"]), R.randint(1, 90)),
                pick(["Tashkent", "Samarkand"]), pick(["100000", "100015", "100060", "140100"]), "after")
    if c == 7:
        return ("%s Avenue %d, apartment %d" % (pick(["Peace", "Chinggis Khaan", "Seoul Street", "Olympic Street"]), R.randint(1, 60), R.randint(1, 99)),
                pick(["Bayanzurkh District, Ulaanbaatar", "Sukhbaatar District, Ulaanbaatar", "Ulaanbaatar"]),
                pick(["13381", "14200", "14240", "13330", "15160"]), "after")
    if c == 8:
        return ("khoroo %d, building %d, door %d" % (R.randint(1, 25), R.randint(1, 70), R.randint(1, 120)),
                pick(["Khan-Uul District, Ulaanbaatar", "Chingeltei District, Ulaanbaatar"]),
                pick(["17011", "15141", "14200"]), "after")
    if c == 9:
        return ("Villa %d, Street %d%s, %s" % (n, R.randint(1, 40), pick(["", "a", "b"]), pick(["Al Barsha 2", "Jumeirah 3", "Al Warqa 1", "Mirdif"])),
                "Dubai", "P.O. Box " + digits(5, True), "after")
    if c == 10:
        if chance(0.4):
            return ("Flat %d%02d, Marina Heights Tower" % (R.randint(2, 60), R.randint(1, 12)),
                    "Dubai Marina, Dubai", "P.O. Box " + digits(5, True), "after")
        return ("Flat %d%02d, %s" % (R.randint(2, 60), R.randint(1, 12), pick(["Al Noor Building, King Fahd Road", "Tower B, Olaya Street"])),
                "Riyadh", pick(["12611", "11564", "12241"]), "after")
    if c == 11:
        return ("%d %s Street" % (n, pick(["Nguyen Hue", "Le Loi", "Tran Hung Dao", "Hai Ba Trung", "Ly Thuong Kiet"])),
                pick(["District 1, Ho Chi Minh City", "Hoan Kiem, Hanoi", "Hanoi"]),
                pick(["700000", "100000", "710000"]), "after")
    if c == 12:
        return ("%d %s" % (R.randint(1, 99), pick(["Adeola Odeku Street, Victoria Island", "Nelson Mandela Street, Asokoro", "Awolowo Road, Ikoyi", "Herbert Macaulay Way, Yaba"])),
                pick(["Lagos", "Abuja"]), pick(["101241", "900231", "106104"]), "after")
    if c == 13:
        return ("House %d, %s" % (R.randint(1, 60), pick(["Ngong Road", "Riverside Drive", "Kenyatta Avenue", "Jomo Kenyatta Street"])),
                pick(["Nairobi", "Mombasa"]), pick(["00100", "00200", "80100"]), "after")
    if c == 14:
        return ("%s %d, %s" % (pick(["Kastanienallee", "Schönhauser Allee", "Goethestraße", "Karl-Marx-Allee"]), n, pick(["3. OG", "Hinterhaus", "Wohnung 12"])),
                "Berlin", pick(["10435", "10119", "10243"]), "before")
    if c == 15:
        return ("%d rue %s" % (R.randint(1, 120), pick(["des Lilas", "Victor Hugo", "de la Roquette", "Jean Jaurès"])),
                pick(["Paris", "Lyon"]), pick(["75011", "75020", "69003"]), "before")
    if c == 16:
        return ("Via %s %d, int. %d" % (pick(["Garibaldi", "Giuseppe Verdi", "Dante Alighieri", "Roma"]), R.randint(1, 90), R.randint(1, 30)),
                pick(["Rome", "Milan", "Turin"]), pick(["00185", "20121", "10123"]), "before")
    if c == 17:
        return ("ul. %s %d/%d" % (pick(["Marszałkowska", "Mickiewicza", "Kopernika", "Piotrkowska"]), R.randint(1, 150), R.randint(1, 80)),
                pick(["Warsaw", "Łódź", "Kraków"]), "%02d-%03d" % (R.randint(0, 99), R.randint(0, 999)), "before")
    if c == 18:
        return ("%d %s, Apt %d%s" % (R.randint(10, 4800), pick(["Commonwealth Avenue", "Martin Luther King Jr Blvd", "Maple Street", "W 72nd Street", "Lincoln Road"]), R.randint(1, 30), pick("ABCD")),
                pick(["Boston, MA", "New York, NY", "Chicago, IL", "Houston, TX"]),
                pick(["02134", "10023", "60615", "77004"]), "after")
    if c == 19:
        return ("%d %s" % (R.randint(1, 200), pick(["Pearse Street", "Harcourt Road", "Camden Street Lower"])),
                "Dublin", pick(["D02 X285", "D08 K7P1", "D04 E5W6"]), "after")
    if c == 20:
        return ("%d-%d-%d %s, Room %d" % (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), pick(["Nishi-Shinjuku", "Minami-Aoyama", "Kita-ku Umeda"]), R.randint(101, 1205)),
                pick(["Tokyo", "Osaka"]), pick(["〒160-0023", "〒107-0062", "〒530-0001"]), "before")
    if c == 21:
        return ("%d %s, apt %d-%d" % (R.randint(1, 300), pick(["Teheran-ro 4-gil", "Hakdong-ro", "Haeundae-ro"]), R.randint(101, 115), R.randint(101, 2505)),
                pick(["Gangnam-gu, Seoul", "Haeundae-gu, Busan"]), pick(["06236", "06049", "48095"]), "after")
    if c == 22:
        return ("%s %d, lgh %d" % (pick(["Drottninggatan", "Götgatan", "Sveavägen"]), R.randint(1, 120), R.randint(1001, 1404)),
                "Stockholm", pick(["111 21", "118 46", "113 59"]), "before")
    st, city, pc = pick([("Spadina Avenue, Unit %d" % R.randint(101, 2405), "Toronto, ON", "M5V 2T6"),
                         ("Queen Street West, Apt %d" % R.randint(1, 30), "Toronto, ON", "M6J 1H3"),
                         ("Avenida Paulista, conj. %d" % R.randint(11, 180), "São Paulo", "01311-000"),
                         ("Calle de Alcalá, %dº %s" % (R.randint(1, 9), pick("ABCD")), "Madrid", "28009")])
    return ("%d %s" % (R.randint(1, 900), st), city, pc, "after")


def g_addr():
    st, city, pc, sty = _addr_parts()
    return "%s, %s" % (st, city)


def g_street():
    return _addr_parts()[0]


def g_addr_pc():
    st, city, pc, sty = _addr_parts()
    while pc.startswith("P.O."):
        st, city, pc, sty = _addr_parts()
    if sty == "before":
        return "%s, %s %s" % (st, pc, city)
    if sty == "cn":
        return pick(["%s, %s %s" % (st, city, pc), "%s, %s, postcode %s" % (st, city, pc)])
    if sty == "ru":
        return pick(["%s, %s, %s" % (st, city, pc), "%s, %s, %s" % (pc, city, st)])
    return "%s, %s %s" % (st, city, pc)


ADDR_CYR = ["ул. Ленина, д. %d, кв. %d", "пр. Мира, д. %d, кв. %d", "ул. Абая, %d, кв. %d",
            "ул. Пушкина, дом %d, квартира %d", "мкр. Самал-2, д. %d, кв. %d",
            "Энхтайвны өргөн чөлөө %d, тоот %d"]
ADDR_HAN = ["北京市朝阳区东直门外大街%d号%d室", "北京市东城区建国门内大街%d号院%d号楼",
            "朝阳区望京西园三区%d号楼%d单元", "海淀区中关村南大街%d号%d栋"]
ADDR_AR = ["شارع الملك فهد، مبنى %d، شقة %d", "شارع الشيخ زايد، فيلا %d، الطابق %d"]


def g_addr_script():
    r = R.random()
    if r < 0.45:
        return pick(ADDR_CYR) % (R.randint(1, 150), R.randint(1, 200))
    if r < 0.8:
        return pick(ADDR_HAN) % (R.randint(1, 99), R.randint(1, 30))
    return pick(ADDR_AR) % (R.randint(1, 90), R.randint(1, 40))


def g_postcode():
    _, _, pc, _ = _addr_parts()
    while pc.startswith("P.O."):
        _, _, pc, _ = _addr_parts()
    return pc


def g_geo():
    base = pick([(39.90, 116.40), (39.93, 116.45), (47.91, 106.91), (43.24, 76.89),
                 (41.31, 69.24), (55.75, 37.62), (25.20, 55.27), (21.03, 105.85),
                 (6.52, 3.37), (-1.29, 36.82), (52.52, 13.40), (37.56, 126.97),
                 (40.00, 116.33), (39.87, 116.47), (51.17, 71.45), (42.87, 74.59)])
    lat = base[0] + R.uniform(-0.05, 0.05)
    lon = base[1] + R.uniform(-0.05, 0.05)
    r = R.randrange(8)
    ns = "N" if lat >= 0 else "S"
    if r == 0:
        return "%.4f, %.4f" % (lat, lon)
    if r == 1:
        return "%.5f° %s, %.5f° E" % (abs(lat), ns, lon)
    if r == 2:
        return "lat %.4f lon %.4f" % (lat, lon)
    if r == 3:
        def dms(x):
            x = abs(x)
            d = int(x)
            m = int((x - d) * 60)
            s_ = int(round(((x - d) * 60 - m) * 60)) % 60
            return d, m, s_
        a, b = dms(lat), dms(lon)
        return "%d°%02d′%02d″%s %d°%02d′%02d″E" % (a[0], a[1], a[2], ns, b[0], b[1], b[2])
    if r == 4:
        alph = "23456789CFGHJMPQRVWX"
        return "".join(pick(alph) for _ in range(4)) + "+" + "".join(pick(alph) for _ in range(2)) + " " + pick(["Chaoyang", "Beijing", "Ulaanbaatar", "Almaty", "Dongcheng"])
    if r == 5:
        alph = "23456789CFGHJMPQRVWX"
        return "8P" + "".join(pick(alph) for _ in range(6)) + "+" + "".join(pick(alph) for _ in range(2))
    if r == 6:
        return "(%.6f, %.6f)" % (lat, lon)
    return "%.3fN %.3fE" % (lat, lon)


def g_geo_hard():
    lat = 39.9 + R.uniform(-0.08, 0.08)
    lon = 116.4 + R.uniform(-0.08, 0.08)
    r = R.randrange(4)
    if r == 0:
        return fullwidth("%.4f,%.4f" % (lat, lon))
    if r == 1:
        return "北纬%.4f 东经%.4f" % (lat, lon)
    if r == 2:
        return "thirty-nine point %s north, one one six point %s east" % (spell_digits("%04d" % R.randint(0, 9999)), spell_digits("%04d" % R.randint(0, 9999)))
    return "%.4f / %.4f" % (lat, lon)


# ---- documents ----------------------------------------------------------------
def g_passport():
    c = R.randrange(20)
    if c == 0:
        return "%s %s" % (digits(2, True), digits(7))            # Russia (foreign passport)
    if c == 1:
        return "N" + digits(8)                                   # Kazakhstan
    if c == 2:
        return pick(["FA", "AB", "AD"]) + digits(7)              # Uzbekistan
    if c == 3:
        return pick(["AC", "PE"]) + digits(7)                    # Kyrgyzstan
    if c == 4:
        return "E" + digits(7)                                   # Mongolia
    if c == 5:
        return pick(["E" + digits(8), "EJ" + digits(7), "EH" + digits(7)])  # China
    if c == 6:
        return digits(9, True)                                   # USA / UK
    if c == 7:
        return "A" + digits(8)                                   # US next gen / Nigeria
    if c == 8:
        return "".join(pick("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))  # Germany
    if c == 9:
        return "%s%s%s" % (digits(2), letters(2), digits(5))      # France
    if c == 10:
        return "AK" + digits(7)                                  # Kenya
    if c == 11:
        return "M" + digits(8)                                   # Korea
    if c == 12:
        return pick(["TK", "TR", "MZ"]) + digits(7)              # Japan
    if c == 13:
        return pick(["C", "B", "N"]) + digits(7)                 # Vietnam / Indonesia
    if c == 14:
        return pick(["AA", "AB"]) + digits(7)                    # Thailand
    if c == 15:
        return "P" + digits(7) + letters(1, "ABC")               # Philippines
    if c == 16:
        return pick(["K", "U"]) + digits(8)                      # Iran
    if c == 17:
        return pick(["FZ", "GA"]) + digits(6)                    # Brazil
    if c == 18:
        return "EP" + digits(7)                                  # Ethiopia
    return "G" + digits(8)                                       # Ghana


def g_passport_hard():
    p = g_passport().replace(" ", "")
    r = R.randrange(5)
    if r == 0:
        return " ".join(p)
    if r == 1:
        return p.lower()
    if r == 2:
        return fullwidth(p, letters_too=True)
    if r == 3:
        return p[:4] + "-" + p[4:]
    return "%s (the letter %s, then %s)" % (p, p[0], spell_digits(p[1:4]) + "...")


def g_national_id():
    c = R.randrange(24)
    d = rand_date(1935, 2020)
    yymmdd = d.strftime("%y%m%d")
    if c == 0:
        return yymmdd + digits(6)                                            # Kazakhstan IIN
    if c == 1:
        return pick("3456") + d.strftime("%d%m%y") + digits(7)               # Uzbekistan PINFL
    if c == 2:
        return "%s-%s-%s %s" % (digits(3), digits(3), digits(3), digits(2))  # Russia SNILS
    if c == 3:
        return "%s %s %s" % (digits(2, True), digits(2), digits(6))          # Russia internal passport
    if c == 4:
        return pick(["УБ", "ЧД", "ФЭ", "ХУ", "UB", "ChD"]) + yymmdd + digits(2)  # Mongolia register no.
    if c == 5:
        return "784-%d-%s-%s" % (d.year, digits(7), digits(1))              # UAE Emirates ID
    if c == 6:
        return "1" + digits(9)                                               # Saudi national ID
    if c == 7:
        return "%s-%s-%s" % (digits(3), digits(6), digits(1))               # Iran national code
    if c == 8:
        return "%s-%s%s" % (yymmdd, pick("1234"), digits(6))                 # Korea RRN
    if c == 9:
        return "%s %s %s" % (digits(4, True), digits(4), digits(4))          # Japan My Number
    if c == 10:
        return "0" + digits(11)                                              # Vietnam CCCD
    if c == 11:
        return "%s-%s-%s-%s-%s" % (digits(1, True), digits(4), digits(5), digits(2), digits(1))  # Thailand
    if c == 12:
        return digits(6, True) + d.strftime("%d%m%y") + digits(4)             # Indonesia NIK
    if c == 13:
        return "%s-%s-%s-%s" % (digits(4), digits(4), digits(4), digits(4))  # Philippines PhilSys
    if c == 14:
        return digits(11, True)                                              # Nigeria NIN
    if c == 15:
        return digits(8, True)                                               # Kenya ID
    if c == 16:
        return "GHA-%s-%s" % (digits(9), digits(1))                          # Ghana card
    if c == 17:
        return yymmdd + digits(7)                                            # South Africa
    if c == 18:
        return "%s-%s-%s" % (digits(3, True), digits(2, True), digits(4, True))  # US SSN
    if c == 19:
        cf = letters(6, "BCDFGHLMNPRSTVZ") + d.strftime("%y") + pick("ABCDEHLMPRST") + "%02d" % d.day + pick("HLFGDAM") + digits(3) + letters(1)
        return cf                                                            # Italy codice fiscale
    if c == 20:
        n = R.randint(10000000, 99999999)
        return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])                # Spain DNI
    if c == 21:
        return yymmdd + "-" + digits(4)                                      # Sweden personnummer
    if c == 22:
        return "%s.%s.%s-%s" % (digits(3), digits(3), digits(3), digits(2))  # Brazil CPF
    return letters(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + yymmdd + pick("HM") + letters(5, "BCDFGHJKLMNPRSTVZ") + digits(1, True)  # Mexico CURP


def g_national_id_hard():
    v = g_national_id()
    r = R.randrange(4)
    if r == 0:
        return fullwidth(v)
    if r == 1:
        return " ".join(v.replace("-", "").replace(" ", ""))
    if r == 2:
        return v.lower()
    return v.replace("-", " - ")


RID_REGIONS = ["110101", "110105", "110108", "310104", "440106", "510107", "120103",
               "650102", "150102", "230103", "220102", "370202", "420106", "610113",
               "330106", "210102", "152502", "540102", "632801", "130104"]


def _rid(valid=True, year0=1938, year1=2004):
    d = rand_date(year0, year1)
    body = pick(RID_REGIONS) + d.strftime("%Y%m%d") + digits(3)
    chk = rid_check(body)
    if not valid:
        chk = pick([c for c in "0123456789X" if c != chk])
    return body + chk


def g_rid_x():
    while True:
        d = rand_date(1938, 2004)
        body = pick(RID_REGIONS) + d.strftime("%Y%m%d") + digits(3)
        if rid_check(body) == "X":
            return body + pick(["X", "x"])


def g_resident_id():
    v = _rid(valid=chance(0.75))
    r = R.randrange(6)
    if r < 3:
        return v
    if r == 3:
        return group(v, [6, 8, 4])
    if r == 4:
        return v[:-1] + v[-1].lower() if v.endswith("X") else group(v, [6, 4, 4, 4], "-")
    return v


def g_resident_id_hard():
    v = _rid(valid=chance(0.7))
    r = R.randrange(7)
    if r == 0:
        return fullwidth(v, letters_too=True)
    if r == 1:
        return " ".join(group(v, [3, 3, 4, 4, 4]).split())
    if r == 2:
        return group(v, [6, 8, 4], "-")
    if r == 3:
        return v[:17] + "x"
    if r == 4:
        return " ".join(v)
    if r == 5:
        return group(v, [6, 8], " ") + " " + v[14:] + " (the last four again: " + v[14:] + ")"
    return fullwidth(group(v, [6, 8, 4]), letters_too=True)


def g_mrn():
    r = R.randrange(10)
    if r == 0:
        return digits(8)
    if r == 1:
        return "%s %s" % (digits(4), digits(4))
    if r == 2:
        return "BJ-%d-%s" % (R.randint(2016, 2025), digits(6))
    if r == 3:
        return "ZY%d%02d%02d%s" % (R.randint(2018, 2025), R.randint(1, 12), R.randint(1, 28), digits(3))
    if r == 4:
        return "OP-" + digits(7)
    if r == 5:
        return "IMD" + digits(6)
    if r == 6:
        return digits(7, True)
    if r == 7:
        return "P%s-%s" % (digits(2), digits(6))
    if r == 8:
        return "%d-%s" % (R.randint(2019, 2025), digits(5))
    return "H" + digits(9)


def g_health_plan():
    r = R.randrange(14)
    if r == 0:
        return "BUPA %s-%s" % (digits(8), digits(2))
    if r == 1:
        return "AXA-%s-%s" % (pick(["GLB", "HK", "PPP", "GULF"]), digits(7))
    if r == 2:
        return "U%s %s" % (digits(7), digits(2))
    if r == 3:
        return digits(8, True)
    if r == 4:
        return "MSH %s-%s-%s" % (digits(4), digits(4), digits(2))
    if r == 5:
        return "NH-%s" % digits(6)
    if r == 6:
        return "GBG-%s" % digits(7)
    if r == 7:
        return "PC-%s" % digits(7)
    if r == 8:
        return "%s %s %s %s" % (digits(4), digits(4), digits(4), digits(4))     # Russian OMS policy
    if r == 9:
        return "%s %s" % (digits(4), digits(6))
    if r == 10:
        return "SSC" + digits(9)
    if r == 11:
        return "%s-%s-%s" % (letters(3), digits(3), digits(5))
    if r == 12:
        return digits(11, True)
    return "W" + digits(9)


def g_account():
    r = R.randrange(11)
    if r == 0:
        return group(iban_complete("DE", digits(18)), [4, 4, 4, 4, 4])
    if r == 1:
        return iban_complete("KZ", digits(3) + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13)))
    if r == 2:
        return group(iban_complete("AE", digits(19)), [4, 4, 4, 4, 4])
    if r == 3:
        return iban_complete("SA", digits(20))
    if r == 4:
        return group(iban_complete("FR", digits(23)), [4, 4, 4, 4, 4, 4])
    if r == 5:
        return group(luhn_complete(pick(["4276", "4279", "5469", "2202", "2200", "4400"]) + digits(11)), [4, 4, 4, 4])
    if r == 6:
        return group(luhn_complete(pick(["622202", "621700", "622848", "620525"]) + digits(12)), [4, 4, 4, 4, 3])
    if r == 7:
        return "408178" + digits(14)
    if r == 8:
        return group(luhn_complete(pick(["9860", "8600"]) + digits(11)), [4, 4, 4, 4])
    if r == 9:
        return iban_complete("GB", letters(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(14))
    return digits(R.randint(10, 12), True)


def g_account_hard():
    v = g_account().replace(" ", "")
    r = R.randrange(4)
    if r == 0:
        return fullwidth(group(v, [4] * 6))
    if r == 1:
        return v.lower() if v[:2].isalpha() else " ".join(group(v, [4] * 6).split())
    if r == 2:
        return "-".join(group(v, [4] * 6).split())
    return group(v, [4] * 6, " . ")


def g_lic_value():
    r = R.randrange(7)
    if r == 0:
        return "1%s" % digits(14)
    if r == 1:
        return "%d%s" % (R.randint(11, 65), digits(13))
    if r == 2:
        return "MD-%d-%s" % (R.randint(2002, 2023), digits(5))
    if r == 3:
        return "GMC %s" % digits(7, True)
    if r == 4:
        return digits(15, True)
    if r == 5:
        return "S%s" % digits(9)
    return "%s %s %s %s" % (digits(4, True), digits(4), digits(4), digits(3))


LIC_LABELS = ["practising licence no.", "licence no.", "Physician Practising Certificate",
              "practising certificate", "medical licence", "registration no.",
              "licence number", "执业证书编码"]


def g_doc_lic():
    full = pick(DOCTORS)
    fam = doctor_family(full)
    name = pick(["%s %s" % (pick(DOC_TITLES), full), "%s %s" % (pick(DOC_TITLES), fam), full])
    val = g_lic_value()
    lab = pick(LIC_LABELS)
    return pick(["%s (%s %s)" % (name, lab, val), "%s, %s %s" % (name, lab, val),
                 "%s — %s %s" % (name, lab, val), "%s [%s: %s]" % (name, lab, val)])


def g_driving_licence():
    r = R.randrange(4)
    if r == 0:
        return "%s %s %s" % (digits(2), digits(2), digits(6))
    if r == 1:
        return letters(2) + digits(6)
    if r == 2:
        return digits(12, True)
    return "%s-%s-%s" % (letters(1), digits(3), digits(4))


PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
RU_PLATE = "АВЕКМНОРСТУХ"


def g_vehicle():
    r = R.randrange(9)
    if r == 0:
        return "京%s·%s" % (pick("ABCEFGHJKLMNPQ"), "".join(pick(PLATE_LETTERS + "0123456789") for _ in range(5)))
    if r == 1:
        return "京AD%s" % digits(5)
    if r == 2:
        return "Jing %s %s" % (pick("ABCEFGHJKLMNPQ"), "".join(pick(PLATE_LETTERS + "0123456789") for _ in range(5)))
    if r == 3:
        return "%s %s %s %s" % (pick(RU_PLATE), digits(3, True), pick(RU_PLATE) + pick(RU_PLATE), pick(["77", "97", "177", "199", "38", "25"]))
    if r == 4:
        return "%s %s" % (digits(4, True), pick(["УБА", "УБВ", "УНГ", "УБЕ"]))
    if r == 5:
        return "%s %s %s" % (digits(3, True), letters(3), pick(["02", "01", "05", "17"]))
    if r == 6:
        return "Dubai %s %s" % (pick("ABCDGHIJKLMNOPR"), digits(5, True))
    if r == 7:
        return "%s%s%s" % (digits(1, True), letters(3), digits(3))
    return "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def g_vin():
    return pick(["LSV", "LFV", "WVW", "JTD", "XTA", "KMH", "LGB", "Z94"]) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


def g_device():
    r = R.randrange(10)
    if r == 0:
        return luhn_complete(pick(["35", "86", "49"]) + digits(12))
    if r == 1:
        return ":".join("%02X" % R.randrange(256) for _ in range(6))
    if r == 2:
        return "PJN" + digits(6) + "H"
    if r == 3:
        return "NG" + digits(7) + "H"
    if r == 4:
        return "".join(pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    if r == 5:
        return "CI-%s-%s" % (digits(3), digits(6))
    if r == 6:
        return "SN %s%s" % (digits(2), letters(1)) + digits(5)
    if r == 7:
        return "%d%s" % (R.randint(2019, 2025), digits(7))
    if r == 8:
        return "-".join("%02x" % R.randrange(256) for _ in range(6))
    return "RXB%s%s" % (digits(5), letters(2))


def g_device_hard():
    v = g_device()
    r = R.randrange(3)
    if r == 0:
        return fullwidth(v, letters_too=True)
    if r == 1:
        return v.lower()
    return " ".join(v.replace(":", "").replace("-", "").replace(" ", ""))


def g_other_number():
    # returns (label, value) so templates read naturally
    r = R.randrange(18)
    if r == 0:
        return "claim number CLM-%d-%s" % (R.randint(2019, 2025), digits(7))
    if r == 1:
        return "visa number %s" % pick(["E" + digits(8), digits(8), "0" + digits(7)])
    if r == 2:
        return "e-ticket %s-%s" % (pick(["784", "555", "999", "176", "157", "235"]), digits(10))
    if r == 3:
        return "booking reference %s" % "".join(pick(PLATE_LETTERS + "23456789") for _ in range(6))
    if r == 4:
        return "court case (%d)京%s民初%s号" % (R.randint(2019, 2024), pick(["0105", "0101", "0108"]), digits(5))
    if r == 5:
        return "staff no. %s" % digits(5)
    if r == 6:
        return "student ID %d%s" % (R.randint(2018, 2024), digits(6))
    if r == 7:
        return "SF tracking number SF%s" % digits(13)
    if r == 8:
        return "EMS tracking %s%sCN" % (letters(2, "ELRC"), digits(9))
    if r == 9:
        return "appointment no. %d%02d%02d-%s" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28), digits(4))
    if r == 10:
        return "residence permit no. %s" % ("Y" + digits(8))
    if r == 11:
        return "invitation letter no. INV-%d-%s" % (R.randint(2022, 2025), digits(5))
    if r == 12:
        return "invoice no. %s" % digits(8)
    if r == 13:
        return "receipt No. %s" % digits(R.randint(7, 10))
    if r == 14:
        return "work permit %s" % digits(12)
    if r == 15:
        return "order number %s" % digits(16)
    if r == 16:
        return "DHL waybill %s" % digits(10)
    return "hotel reservation no. %s" % digits(10, True)


def g_booking():
    return "".join(pick(PLATE_LETTERS + "23456789") for _ in range(6))


def g_invoice():
    return pick([digits(8), "FP" + digits(10), "%s %s" % (digits(4), digits(8))])


def g_visa_no():
    return pick(["E" + digits(8), digits(8, True), "0" + digits(7), "M" + digits(8)])


def g_tracking():
    return pick(["SF" + digits(13), "EA" + digits(9) + "CN", "JD" + digits(15), "YT" + digits(16), digits(12, True)])


def g_claim():
    return pick(["CLM-%d-%s" % (R.randint(2019, 2025), digits(7)), "C" + digits(9), "%s/%d" % (digits(6), R.randint(2020, 2025))])


def g_ticket():
    return pick(["%s-%s" % (pick(["784", "555", "999", "176", "157", "235", "081"]), digits(10)), "G%d %s" % (R.randint(1, 999), "E" + digits(6) + "0" + digits(5))])


# ---------------------------------------------------------------------------
# clean slot generators
# ---------------------------------------------------------------------------
def g_age_young():
    n = R.randint(1, 89)
    return pick([str(n), num_words(n)])


def g_age_young_adj():
    n = pick([R.randint(1, 89), R.randint(60, 89), R.randint(80, 89)])
    return pick(["%d-year-old" % n, "%s-year-old" % num_words(n)])


def g_near90():
    return pick(["nearly ninety", "almost 90", "in her late eighties", "89 and a half",
                 "approaching ninety", "just shy of 90", "on the verge of ninety",
                 "eighty-nine", "89", "getting on for ninety", "年近九旬",
                 "in his late eighties", "a few months short of 90"])


def g_decade():
    return pick(["the nineties", "the 1990s", "90后", "九十年代", "the 90s",
                 "the early nineties", "the late 1980s", "the 2000s", "八十年代"])


def g_month():
    return pick(MONTHS)


def g_year():
    return str(R.randint(1995, 2025))


def g_weekday():
    return pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def g_hour():
    return pick(["9 a.m.", "8:30", "14:00", "half past seven", "noon", "7 pm", "around 10",
                 "6:45 in the morning", "midnight", "3 p.m."])


def g_num_small():
    return str(R.randint(2, 40))


def g_floor():
    return pick(["3rd", "5th", "9th", "12th", "2nd", "7th", "B1", "16th", "4th"])


def g_wordname_word():
    return pick(["hope", "joy", "grace", "faith", "patience", "peace", "comfort"])


SLOTS = {}


def slot(kinds, fn, *names):
    for n in names:
        SLOTS[n] = (tuple(kinds), fn)


PN = ["person_name"]
slot(PN, g_pname, "pname")
slot(PN, lambda: g_pname(PEOPLE_F), "pname_f")
slot(PN, lambda: g_pname(PEOPLE_M), "pname_m")
slot(PN, g_pgiven, "pgiven")
slot(PN, lambda: g_pgiven(PEOPLE_F), "pgiven_f")
slot(PN, lambda: g_pgiven(PEOPLE_M), "pgiven_m")
slot(PN, g_ptitle, "ptitle")
slot(PN, lambda: g_ptitle(PEOPLE_F), "ptitle_f")
slot(PN, lambda: g_ptitle(PEOPLE_M), "ptitle_m")
slot(PN, lambda: pick(NICKNAMES), "nick")
slot(PN, lambda: pick(WORD_NAMES), "wordname")
slot(PN, g_doc, "doc")
slot(PN, g_nurse, "nurse")
slot(PN, g_name_lower, "name_lower")
slot(PN, g_name_upper, "name_upper")
slot(PN, g_name_spaced, "name_spaced")
slot(PN, lambda: pick(NAMES_CYR), "name_cyr")
slot(PN, lambda: pick(NAMES_AR), "name_ar")
slot(PN, lambda: pick(NAMES_HAN), "name_han")
slot(["exact_date"], g_exact_date, "date")
slot(["exact_date"], g_exact_date_hard, "date_hard")
slot(["date_of_birth"], g_dob, "dob")
slot(["date_of_birth"], g_dob_any, "dob_any")
slot(["date_of_birth"], g_dob_noyear, "dob_noyear")
slot(["date_of_birth"], g_dob_hard, "dob_hard")
slot(["age_over_89"], g_age90_phrase, "age90")
slot(["age_over_89"], g_age90_adj, "age90_adj")
slot(["age_over_89"], g_age90_num, "age90_num")
slot(["age_over_89"], g_age90_hard, "age90_hard")
slot(["phone_number"], g_phone, "phone")
slot(["phone_number"], g_phone_cn, "phone_cn")
slot(["phone_number"], g_phone_bj_landline, "phone_bj")
slot(["phone_number"], g_phone_foreign, "phone_f")
slot(["phone_number"], g_phone_hard, "phone_hard")
slot(["email"], g_email, "email")
slot(["email"], g_email_hard, "email_hard")
slot(["web_address"], g_web, "web")
slot(["web_address"], g_web_hard, "web_hard")
slot(["ip_address"], g_ip, "ip")
slot(["ip_address"], g_ip_hard, "ip_hard")
slot(["social_account"], g_social, "social")
slot(["social_account"], g_wechat_id, "wechat")
slot(["social_account"], g_qq, "qq")
slot(["social_account"], lambda: "@" + g_handle(), "handle")
slot(["social_account"], g_social_hard, "social_hard")
slot(["street_address"], g_addr, "addr")
slot(["street_address"], g_street, "street")
slot(["street_address"], g_addr_script, "addr_script")
slot(["street_address", "postal_code"], g_addr_pc, "addr_pc")
slot(["postal_code"], g_postcode, "postcode")
slot(["geolocation"], g_geo, "geo")
slot(["geolocation"], g_geo_hard, "geo_hard")
slot(["passport_number"], g_passport, "passport")
slot(["passport_number"], g_passport_hard, "passport_hard")
slot(["national_id"], g_national_id, "natid")
slot(["national_id"], g_national_id_hard, "natid_hard")
slot(["resident_id"], g_resident_id, "rid")
slot(["resident_id"], g_resident_id_hard, "rid_hard")
slot(["resident_id"], g_rid_x, "rid_x")
slot(["medical_record_number"], g_mrn, "mrn")
slot(["medical_record_number"], lambda: fullwidth(g_mrn(), letters_too=True), "mrn_fw")
slot(["health_plan_number"], g_health_plan, "hplan")
slot(["health_plan_number"], lambda: fullwidth(g_health_plan(), letters_too=True), "hplan_fw")
slot(["account_number"], g_account, "acct")
slot(["account_number"], g_account_hard, "acct_hard")
slot(["licence_number", "person_name"], g_doc_lic, "doc_lic")
slot(["licence_number"], g_driving_licence, "drv_lic")
slot(["licence_number"], g_lic_value, "lic_value")
slot(["vehicle_identifier"], g_vehicle, "plate")
slot(["vehicle_identifier"], g_vin, "vin")
slot(["vehicle_identifier"], lambda: fullwidth(g_vehicle(), letters_too=True), "plate_fw")
slot(["device_identifier"], g_device, "device")
slot(["device_identifier"], g_device_hard, "device_hard")
slot(["other_number"], g_other_number, "other_l")
slot(["other_number"], g_booking, "booking")
slot(["other_number"], g_invoice, "invoice")
slot(["other_number"], g_visa_no, "visa_no")
slot(["other_number"], g_tracking, "tracking")
slot(["other_number"], g_claim, "claim")
slot(["other_number"], g_ticket, "ticket")
slot(["other_number"], lambda: "%d%02d%02d-%s" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28), digits(4)), "appt")
slot(["other_number"], lambda: pick(["Y", "E", "P"]) + digits(8), "permit")
slot(["other_number"], lambda: digits(pick([4, 5, 6]), True), "staffno")
slot(["other_number"], lambda: "(%d)京%s民初%s号" % (R.randint(2019, 2024), pick(["0105", "0101", "0108"]), digits(5, True)), "court")
slot(["other_number"], lambda: "%d%s" % (R.randint(2018, 2024), digits(6)), "studentno")
slot(["other_number"], lambda: "INV-%d-%s" % (R.randint(2022, 2025), digits(5)), "invitation")
slot(["other_number"], lambda: digits(R.randint(7, 10), True), "receipt")
slot(["account_number"], lambda: group(luhn_complete(pick(["4276", "4279", "5469", "2202", "2200", "4400", "9860", "8600", "5106", "4147"]) + digits(11)), [4, 4, 4, 4]), "card")
slot(["account_number"], lambda: pick([group(iban_complete("DE", digits(18)), [4, 4, 4, 4, 4]), iban_complete("KZ", digits(3) + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13))), group(iban_complete("AE", digits(19)), [4, 4, 4, 4, 4]), iban_complete("SA", digits(20)), group(iban_complete("FR", digits(23)), [4, 4, 4, 4, 4, 4]), iban_complete("GB", letters(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(14)), group(iban_complete("IT", letters(1) + digits(22)), [4, 4, 4, 4, 4, 4])]), "iban")
slot(["device_identifier"], lambda: luhn_complete(pick(["35", "86", "49"]) + digits(12)), "imei")
slot(["device_identifier"], lambda: pick([":", "-"]).join("%02X" % R.randrange(256) for _ in range(6)), "mac")

NONE = []
slot(NONE, lambda: pick(ALIASES), "alias")
slot(NONE, lambda: pick(RELATIONS), "rel")
slot(NONE, lambda: pick(MY_RELATIONS), "myrel")
slot(NONE, lambda: pick(["chemotherapy", "immunotherapy", "radiotherapy", "acupuncture",
                         "hyperbaric oxygen therapy", "herbal therapy", "targeted therapy",
                         "plasma exchange", "IVIG infusions", "dialysis training"]), "therapy")
slot(NONE, lambda: "%d–%d" % (lambda a: (a, a + R.randint(1, 4)))(R.randint(2012, 2020)), "yrange")
slot(NONE, lambda: pick(RELATIONS_NOUN), "relnoun")
slot(NONE, lambda: pick(EPONYMS), "eponym")
slot(NONE, lambda: pick(EPONYM_TOOLS), "eptool")
slot(NONE, lambda: pick(INSTITUTIONS), "inst")
slot(NONE, lambda: pick(HONOURS), "honour")
slot(NONE, lambda: pick(HERBS), "herb")
slot(NONE, lambda: pick(CITIES), "city")
slot(NONE, lambda: pick(COUNTRIES), "country")
slot(NONE, lambda: pick(NATIONALITIES), "nat")
slot(NONE, lambda: pick(DEPTS), "dept")
slot(NONE, lambda: pick(CONDITIONS), "cond")
slot(NONE, lambda: pick(PROCEDURES), "proc")
slot(NONE, lambda: pick(["a hip replacement", "scoliosis correction", "a lumbar fusion",
                         "a knee replacement", "clubfoot surgery", "limb lengthening",
                         "spinal fixation", "a hip osteotomy", "fracture fixation"]), "surg")
slot(NONE, lambda: pick(MONTH_YEARS), "period")
slot(NONE, lambda: pick(SEASONS), "season")
slot(NONE, lambda: pick(DURATIONS), "dur")
slot(NONE, lambda: pick(WARDS), "ward")
slot(NONE, lambda: pick(SPOTS), "spot")
slot(NONE, lambda: pick(BUILDINGS), "building")
slot(NONE, lambda: pick(SHORT_NUMBERS), "shortnum")
slot(NONE, lambda: pick(DOSES), "dose")
slot(NONE, lambda: pick(LABS), "lab")
slot(NONE, lambda: pick(PRICES), "price")
slot(NONE, lambda: pick(TRIALS), "trial")
slot(NONE, lambda: pick(ICD), "icd")
slot(NONE, lambda: pick(GENES), "gene")
slot(NONE, lambda: pick(VERSIONS), "version")
slot(NONE, lambda: pick(BATCHES), "batch")
slot(NONE, g_age_young, "age_young")
slot(NONE, lambda: pick([str(R.randint(60, 89)), num_words(R.randint(60, 89))]), "age_old")
slot(NONE, lambda: pick(["cerebral palsy", "a clubfoot", "hip dysplasia", "congenital heart disease",
                         "severe scoliosis", "Perthes disease", "spina bifida", "a cleft palate",
                         "Duchenne muscular dystrophy", "juvenile arthritis", "hydrocephalus"]), "ccond")
slot(NONE, lambda: pick([str(R.randint(1, 15)), num_words(R.randint(1, 15)), "%d months old" % R.randint(3, 11)]), "age_child")
slot(NONE, g_age_young_adj, "age_young_adj")
slot(NONE, g_near90, "near90")
slot(NONE, g_decade, "decade")
slot(NONE, g_month, "month")
slot(NONE, g_year, "year")
slot(NONE, lambda: str(R.randint(2026, 2034)), "futyear")
slot(NONE, g_weekday, "weekday")
slot(NONE, g_hour, "hour")
slot(NONE, g_num_small, "n")
slot(NONE, g_floor, "floor")
slot(NONE, g_wordname_word, "word")
slot(NONE, lambda: pick(["grandmother", "grandfather", "father", "mother", "great-aunt", "uncle", "granny", "grandpa"]), "oldrel")
slot(NONE, lambda: fullwidth(pick(PRICES)), "price_fw")
slot(NONE, lambda: fullwidth(pick(DOSES)), "dose_fw")
slot(NONE, lambda: fullwidth(pick(LABS)), "lab_fw")
slot(NONE, lambda: fullwidth(pick(ICD), letters_too=True), "icd_fw")
slot(NONE, lambda: fullwidth(pick(GENES), letters_too=True), "gene_fw")
slot(NONE, lambda: fullwidth(pick(["120", "110", "119", "12320", "999", "112"])), "shortnum_fw")
slot(NONE, lambda: pick([fullwidth(str(R.randint(60, 89)) + "岁"), "%d岁" % R.randint(60, 89),
                         "%d лет" % pick([65, 66, 67, 68, 69, 75, 76, 77, 78, 79, 85, 86, 87, 88, 89]),
                         fullwidth(str(R.randint(60, 89))) + " years old", "EIGHTY-%s" % pick(["ONE", "FIVE", "SEVEN", "NINE"]),
                         "八十%s岁" % pick("一二三四五六七八九")]), "age_script")
slot(NONE, lambda: " ".join(spell_digits(c) if c.isdigit() else c for c in pick(TRIALS)[:8]) + " ...", "trial_spelled")
slot(NONE, lambda: fullwidth(pick(["7B", "11", "3 East", "5"]), letters_too=True), "ward_fw")
slot(NONE, lambda: fullwidth(str(R.randint(1, 40))), "bed_fw")
slot(NONE, lambda: pick([fullwidth("%d年%d月" % (R.randint(2023, 2026), R.randint(1, 12))), "%s %s" % (pick(MONTHS), fullwidth(str(R.randint(2023, 2026)))), fullwidth("%d/%d" % (R.randint(1, 12), R.randint(2023, 2026)))]), "month_fw")
slot(NONE, lambda: pick(["九十年代", "90年代", "in the nineties", "в девяностые", "八十年代", "2000年代"]), "decade_mixed")
slot(NONE, lambda: pick(["отец", "муж", "сын", "брат", "дедушка"]), "relnoun_ru")
slot(NONE, lambda: pick(["ЯНВАРЕ", "феврале", "марте", "апреле", "мае", "июне", "сентябре", "октябре", "ноябре", "декабре"]), "month_ru")
slot(NONE, lambda: fullwidth(pick(["2309A17", "B2403", "7Q4491", "88-0231"]), letters_too=True), "batch_fw")
slot(NONE, lambda: pick(["Mr. K", "Ms. A", "Patient 7", "Mrs. T", "B先生"]).upper(), "alias_upper")
slot(NONE, lambda: pick(DEPTS).upper(), "dept_upper")
slot(NONE, lambda: fullwidth("{:,}".format(R.randint(20, 400) * 500)), "amount_fw")
slot(NONE, lambda: pick(LUNAR_MONTHS), "lunar_month")
slot(NONE, lambda: fullwidth(pick(["9:00", "14:30", "8:00", "16:00", "10:30"])), "hour_fw")
LANGS = ["Russian", "Mongolian", "Arabic", "Kazakh", "Uzbek", "Vietnamese", "Amharic",
         "Swahili", "French", "Portuguese", "Thai", "Korean", "Farsi", "Hausa", "Kyrgyz"]
slot(NONE, lambda: pick(LANGS), "lang")
slot(NONE, lambda: pick(["120", "110", "119", "122", "12320", "12345", "114", "999"]), "shortnum_cn")
slot(NONE, lambda: pick(["103", "112", "911", "999", "115", "1122", "997", "191"]), "shortnum_intl")
slot(NONE, lambda: pick(["the nineties", "the 1990s", "the 90s", "the early nineties",
                         "the late eighties", "the 2000s", "the mid-nineties"]), "decade_en")
slot(NONE, lambda: pick(["six hours", "nine hours", "four hours", "most of the day",
                         "just under three hours", "eleven hours"]), "optime")
slot(NONE, lambda: pick(["teacher", "engineer", "farmer", "nurse", "taxi driver", "student",
                         "accountant", "shepherd", "retired miner", "musician", "chef",
                         "football coach", "imam", "tailor", "pilot", "shop owner"]), "job")

# ---- split / spaced forms used by the _hard families ----------------------------
def g_phone_split():
    m = _cn_mobile_digits()
    r = R.randrange(5)
    if r == 0:
        return "%s — %s — %s" % (m[:3], m[3:7], m[7:])
    if r == 1:
        return "%s... sorry, %s %s" % (m[:3], m[3:7], m[7:])
    if r == 2:
        f = "9" + digits(9)
        return "+7 %s (rest: %s %s)" % (f[:3], f[3:6], f[6:])
    if r == 3:
        return "%s / %s / %s" % (m[:3], m[3:7], m[7:])
    f = digits(8)
    return "+976 %s, then %s" % (f[:4], f[4:])


def g_email_split():
    b = _handle_base().replace("-", ".")
    dom = pick(EMAIL_DOMAINS)
    return pick(["%s then the usual @ then %s" % (b, dom),
                 "%s (at sign) %s" % (b, dom),
                 "first part %s, server %s" % (b, dom),
                 "%s @%s" % (b, dom.replace(".", " .")),
                 "%s\u200b@\u200b%s" % (b, dom)])


def g_rid_split():
    v = _rid(valid=chance(0.7))
    return pick(["%s (region) %s (birthday) %s" % (v[:6], v[6:14], v[14:]),
                 "%s ... %s" % (v[:9], v[9:]),
                 "first six %s, then %s, last four %s" % (v[:6], v[6:14], v[14:]),
                 "%s-%s-%s-%s" % (v[:3], v[3:6], v[6:14], v[14:])])


def g_acct_split():
    v = g_account().replace(" ", "")
    h = len(v) // 2
    return pick(["%s ... %s" % (v[:h], v[h:]), "%s (continues) %s" % (v[:h], v[h:]),
                 "%s / %s" % (v[:h], v[h:])])


def g_passport_split():
    v = g_passport().replace(" ", "")
    return pick(["%s – %s" % (v[:3], v[3:]), "%s, then %s" % (v[:2], v[2:]),
                 "%s %s %s" % (v[:3], v[3:6], v[6:])])


def g_natid_split():
    v = g_national_id().replace(" ", "").replace("-", "")
    h = len(v) // 2
    return pick(["%s | %s" % (v[:h], v[h:]), "%s (then) %s" % (v[:h], v[h:]),
                 "%s ... %s" % (v[:h], v[h:])])


def g_mrn_split():
    v = g_mrn().replace(" ", "")
    h = max(2, len(v) // 2)
    return pick(["%s / %s" % (v[:h], v[h:]), "%s - %s" % (v[:h], v[h:]), " ".join(v)])


def g_hplan_split():
    v = g_health_plan()
    return pick([" ".join(v.replace(" ", "")), v.replace(" ", "").replace("-", "") + " (no dashes)",
                 v.lower(), fullwidth(v, letters_too=True)])


def g_date_split():
    d = rand_date(2015, 2025)
    return pick(["%d ... %s ... %d" % (d.day, MONTHS[d.month - 1], d.year),
                 "%s / %02d / %02d" % (d.year, d.month, d.day),
                 "day %d, month %d, year %d" % (d.day, d.month, d.year)])


def g_plate_hard():
    v = g_vehicle()
    return pick([v.lower(), " ".join(v.replace(" ", "").replace("·", "")), fullwidth(v, letters_too=True),
                 v.replace(" ", "-")])


def g_addr_lower():
    return g_addr().lower()


def g_addr_pc_lower():
    return g_addr_pc().lower()


def g_doc_lower():
    return g_doc().lower()


def g_ptitle_lower():
    return g_ptitle().lower()


slot(["phone_number"], g_phone_split, "phone_split")
slot(["email"], g_email_split, "email_split")
slot(["resident_id"], g_rid_split, "rid_split")
slot(["account_number"], g_acct_split, "acct_split")
slot(["passport_number"], g_passport_split, "passport_split")
slot(["national_id"], g_natid_split, "natid_split")
slot(["medical_record_number"], g_mrn_split, "mrn_split")
slot(["health_plan_number"], g_hplan_split, "hplan_split")
slot(["exact_date"], g_date_split, "date_split")
slot(["vehicle_identifier"], g_plate_hard, "plate_hard")
slot(["street_address"], g_addr_lower, "addr_lower")
slot(["street_address", "postal_code"], g_addr_pc_lower, "addr_pc_lower")
slot(["person_name"], g_doc_lower, "doc_lower")
slot(["person_name"], g_ptitle_lower, "ptitle_lower")
slot(["phone_number"], lambda: fullwidth(g_phone_cn()), "phone_fw")
slot(["exact_date"], lambda: fmt_date(rand_date(2015, 2025), pick(["fw_cn", "fw_iso"])), "date_fw")
slot(["exact_date"], lambda: fmt_date(rand_date(2015, 2025), pick(["ru", "cn", "cn_hanzi", "ru_dot_cyr", "arabic", "lunar", "hijri", "persian"])), "date_script")
slot(["exact_date"], lambda: fmt_date(rand_date(2015, 2025), pick(["spelled", "spelled_md", "lower_long"])), "date_spelled")
slot(["date_of_birth"], lambda: fmt_date(rand_date(1931, 2023), pick(["ru", "cn", "cn_hanzi", "ru_dot_cyr", "arabic"])), "dob_script")
slot(["date_of_birth"], lambda: fmt_date(rand_date(1931, 2023), pick(["spelled", "spelled_md"])), "dob_spelled")
slot(["date_of_birth"], lambda: fmt_date(rand_date(1931, 2023), pick(["fw_cn", "fw_iso"])), "dob_fw")
slot(["geolocation"], lambda: fullwidth(g_geo()), "geo_fw")
slot(["social_account"], lambda: pick(["微信 ", "wx: ", "VX ", "威信 "]) + g_wechat_id(), "wechat_cn")
slot(["other_number"], lambda: fullwidth(g_other_number(), letters_too=False), "other_fw")
slot(["other_number"], lambda: " ".join(g_booking()), "booking_spaced")
slot(["licence_number", "person_name"], lambda: g_doc_lic().lower(), "doc_lic_lower")
slot(["licence_number", "person_name"], lambda: "%s%s（执业证书编码 %s）" % (pick(["王", "刘", "赵", "陈", "孙", "高"]), pick(["慧", "建国", "岩", "国强", "伟", "平"]), fullwidth(g_lic_value())), "doc_lic_cn")


# ---------------------------------------------------------------------------
# template engine
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([a-z0-9_]+)(?:#\d+)?\}")


def template_slots(t):
    return [m.group(1) for m in SLOT_RE.finditer(t)]


def template_kinds(t):
    ks = []
    for name in template_slots(t):
        ks.extend(SLOTS[name][0])
    return ks


def add_typos(text, p):
    words = re.split(r"(\s+)", text)
    out = []
    for w in words:
        if len(w) >= 4 and re.fullmatch(r"[A-Za-z]+[,.!?]?", w) and chance(p):
            core = w.rstrip(",.!?")
            tail = w[len(core):]
            i = R.randrange(1, len(core) - 1)
            op = R.randrange(3)
            if op == 0:
                core = core[:i] + core[i + 1] + core[i] + core[i + 2:]
            elif op == 1:
                core = core[:i] + core[i + 1:]
            else:
                core = core[:i] + core[i] + core[i:]
            w = core + tail
        out.append(w)
    return "".join(out)


def odd_spacing(text, p):
    if chance(p):
        text = text.replace(", ", pick([" , ", ",", ",  "]), 1)
    if chance(p):
        text = text.replace(" ", "  ", 1)
    if chance(p / 2):
        text = re.sub(r"([?!.])$", r" \1", text)
    return text


def render(template, style):
    out = []
    kinds = []
    pos = 0
    # decide lower-casing once per sentence for form/chat styles
    lower = (style == "form" and chance(0.65)) or (style == "chat" and chance(0.4)) or style == "lower"
    for m in SLOT_RE.finditer(template):
        lit = template[pos:m.start()]
        out.append(_style_piece(lit, style, lower))
        ks, fn = SLOTS[m.group(1)]
        val = fn()
        if style == "lower":
            val = val.lower()
        if out and re.search(r"(^|[\s“(])[Aa] $", out[-1]) and AN_RE.match(val):
            out[-1] = out[-1][:-1] + "n "
        if not ks and val[:1].islower() and (not out or out[-1] == "" or out[-1].endswith("“")):
            val = val[0].upper() + val[1:]
        out.append(val)
        kinds.extend(ks)
        pos = m.end()
    out.append(_style_piece(template[pos:], style, lower))
    text = "".join(out)
    if style == "plain" and text[:1].islower() and text[:1].isascii():
        text = text[0].upper() + text[1:]
    text = re.sub(r"[\t\r\n]+", " ", text)
    return text, kinds


def _style_piece(lit, style, lower):
    if not lit:
        return lit
    if lower:
        lit = lit.lower()
    if style == "form":
        lit = odd_spacing(add_typos(lit, 0.06), 0.2)
    elif style == "chat":
        lit = odd_spacing(add_typos(lit, 0.03), 0.06)
    return lit


AN_RE = re.compile(r"(8|11\b|11-|18\b|18-|eight|eleven|[aeioAEIO]|u(?!ni|sa|ro|se)|U(?!ni|SA|ro))")


def canon(kinds):
    uniq = []
    for k in kinds:
        if k not in uniq:
            uniq.append(k)
    uniq.sort(key=lambda k: KIND_INDEX[k])
    return ",".join(uniq) if uniq else "-"


# ---------------------------------------------------------------------------
# families: (category, target count, style, clean?, templates)
# ---------------------------------------------------------------------------
FAMILIES = []


def family(cat, n, style, clean, templates):
    FAMILIES.append((cat, n, style, clean, templates))


family("story_clean", 130, "plain", True, [
    "When {rel} first arrived from {city}, the diagnosis was {cond}.",
    "The family travelled more than {n} hours from {city} to Beijing in {period}.",
    "After {dur} on the ward, {alias} was able to sit up without help.",
    "Our {nat} patient had already been told at home that {cond} could not be operated on.",
    "The team in {dept} reviewed the scans before the family had even bought their tickets.",
    "{alias}, a {age_young_adj} {job} from {city}, came to us with {cond}.",
    "It was {period} when the first message from {country} reached our coordinators.",
    "Doctors in {city} had recommended {proc}, but the family wanted a second opinion.",
    "The operation lasted {optime}, and {rel} waited in the family lounge the whole time.",
    "Within {dur}, {rel} was walking up and down the corridor with a frame.",
    "The {nat} family arrived with a suitcase full of {herb} and a translated stack of records.",
    "A multidisciplinary meeting in {dept} agreed on {proc} as the safest route.",
    "By {period} the tumour markers had fallen back into the normal range.",
    "Like many families from {country}, they first heard about us from a neighbour.",
    "An interpreter who speaks {lang} stayed with {rel} through every consultation.",
    "{rel} had been living with {eponym} for {dur} before the referral.",
    "{alias} was discharged from {ward} and flew home to {city} {dur} later.",
    "Nobody in the family spoke Chinese, so every step was explained with drawings and a translation app.",
    "At {age_old}, {rel} was the oldest patient on the ward that month.",
    "The little patient from {city} celebrated the end of treatment with a cake shaped like a bus.",
    "The case was presented at our weekly tumour board in {period}.",
    "The first video consultation took place in {period}, with {rel} translating for the {job}.",
    "In {country}, the nearest hospital able to treat {cond} was a two-day drive away.",
    "The young {job} from {city} had spent {dur} in bed before coming to Beijing.",
    "After {proc}, {alias} could finally hold a cup of tea without spilling it.",
    "The {nat} patient asked for a room facing east so that she could see the sunrise.",
    "Two weeks after {proc}, the family visited the Summer Palace in a wheelchair.",
    "The surgeons in {dept} had seen only a handful of cases as complex as this one.",
    "{rel} kept a diary in {lang} throughout the stay on {ward}.",
    "The hospital chef learned to cook plov for the family from {city}.",
    "Because of {ccond}, the child had never been able to run with other children.",
    "For {dur} the family rented a small flat within walking distance of the hospital.",
    "A volunteer who grew up in {city} visited {alias} every weekend.",
    "The referral letter from {inst} was four pages long and written in {lang}.",
    "The boy's favourite nurse on {ward} taught him to count to ten in Chinese.",
    "The {age_young_adj} {job} had delayed treatment for years because of the cost.",
    "Once the swelling went down, {alias} began physiotherapy in the rehab gym.",
    "The couple from {country} had tried IVF three times at home before they came to us.",
])

family("quote_clean", 100, "plain", True, [
    "“We never thought we would see {myrel} smile again,” the family told us.",
    "“In {city} they said there was nothing more to do,” {rel} recalled.",
    "“The nurses on {ward} even learned to say good morning in {lang},” she laughed.",
    "“I was scared of the needles, but acupuncture did not hurt at all,” said the {age_young_adj} patient from {country}.",
    "“My {relnoun} walked into the clinic on crutches and left on her own feet.”",
    "“We kept every X-ray in a plastic folder, because we did not know which one they would need.”",
    "“Honestly, the hardest part was the food,” admitted {alias}.",
    "“Thank you for not giving up on us,” wrote the family from {city}.",
    "“The doctor drew the heart on a napkin so we could understand,” {rel} said.",
    "“After {dur} of {therapy}, the pain in my back is almost gone,” says {alias}.",
    "“My {relnoun} is {age_young} and still climbs the stairs to the fifth floor every day.”",
    "“Beijing in {season} was colder than {city}, but the people were warm,” the mother smiled.",
    "“I did not understand a word, but I understood the kindness,” said the {nat} grandmother.",
    "“We were told {cond} is rare, and here they had seen it many times,” the father said.",
    "“The interpreter felt like part of our family after {dur},” said {rel}.",
    "“At home we waited {dur} for an MRI; here it was done the same afternoon.”",
    "“When the bandages came off, {myrel} cried — happy tears,” the daughter said.",
    "“I am a {job}, so I asked a lot of questions, and nobody was annoyed,” he joked.",
    "“We brought {herb} from home, and the TCM doctor approved it,” said the aunt.",
    "“When I saw the first scan after {proc}, I had to sit down,” the husband remembered.",
    "“Everyone on {ward} knew my son by the end of the first week,” his mother said.",
    "“Please tell other families from {country} not to be afraid,” {alias} asked us.",
    "“The ward was quiet, clean and the window looked out on the old hutongs.”",
    "“We learned that {eponym} is not a death sentence,” the parents wrote.",
    "“I had {lab} when I arrived and I could barely walk,” the patient recalled.",
])

family("clinician_clean", 95, "plain", True, [
    "“Children with {ccond} often do very well if they are treated early,” explains the head of {dept}.",
    "“We usually recommend {dose} for the first month and then review the bloods,” the attending physician said.",
    "The surgeon noted {lab} on admission, which delayed the operation by {dur}.",
    "“The biopsy showed {gene}, so a targeted drug was an option,” the oncologist explained.",
    "“With {eponym}, the key is regular follow-up rather than one big operation,” a neurologist told us.",
    "According to the chief of {dept}, most patients from abroad stay between two and four weeks.",
    "“We discussed the case with colleagues from {inst} before deciding,” the team leader said.",
    "“A {age_young_adj} heart can tolerate this surgery well,” the anaesthetist reassured the family.",
    "“{eptool} is still a useful tool for this kind of problem,” the surgeon said.",
    "The ward physician prescribed {dose} and asked for a repeat scan in {dur}.",
    "“We saw {lab}, which is why we moved the patient to {ward},” the resident explained.",
    "“Trial {trial} is no longer recruiting, unfortunately,” the research nurse said.",
    "The discharge summary lists the diagnosis as {icd}.",
    "“Most of our international patients arrive with {cond} that has been treated elsewhere first,” said the department head.",
    "“In our experience, {proc} gives the best long-term results for patients over {age_young},” the professor noted.",
    "The rehabilitation doctor recommended {dur} of daily exercises after {proc}.",
    "“The herbal prescription contains {herb}, so please stop it two days before surgery,” the TCM physician advised.",
    "“Genetic counselling is important because {gene} can run in families,” the geneticist said.",
    "Our paediatric surgeons perform {proc} on children as young as {age_young}.",
    "“We would rather wait {dur} than operate while the patient has {lab},” the surgeon explained.",
    "“Patients often ask whether {eponym} is contagious; it is not,” the consultant said.",
    "The anaesthesia team reviewed the case on {weekday} and approved surgery.",
    "“It took {optime}, but we removed the whole lesion,” the lead surgeon said after the operation.",
])

family("caption_clean", 80, "plain", True, [
    "Photo: the patient and {rel} in the garden outside {building}.",
    "Alt text: a smiling boy in a hospital gown holds up a drawing of the Great Wall.",
    "Caption: nurses from {dept} celebrate {period} with patients from {country}.",
    "Image: an interpreter explains the treatment plan to a family from {city}.",
    "Pictured: the rehabilitation team with a patient on the parallel bars in the rehab gym.",
    "Alt: X-ray before and after {surg}, side by side.",
    "Photo courtesy of the family from {city}; faces blurred at their request.",
    "Left to right: the anaesthetist, the surgeon, {rel} and the interpreter.",
    "Our {nat} patient tries {herb} for the first time.",
    "Alt text: a hand-written thank-you card in {lang} pinned to the notice board.",
    "Caption: first steps after {proc}, {period}.",
    "Alt text: MRI slice showing {cond} before treatment.",
    "Photo: a {age_young_adj} patient from {country} plays chess with a volunteer.",
    "Image description: two nurses in blue scrubs push a bed along {ward}.",
    "Caption: {rel} and the TCM doctor compare notes on {herb}.",
    "Alt text: the view of the Beijing skyline from {ward}.",
    "Pictured: a team meeting in {dept} before a complex case.",
    "Photo: the first snow of the year in the courtyard, with {building} behind.",
])

family("timeline_clean", 80, "plain", True, [
    "{period}: first online consultation with {dept}.",
    "{period} — arrival in Beijing and admission to {ward}.",
    "Week {n}: second cycle of {therapy}.",
    "Day {n} after surgery: drains removed, walking with support.",
    "{season}: follow-up scan shows no recurrence.",
    "{month} {year}: the family sends new MRI images from {city}.",
    "{year}: diagnosed with {cond} at home.",
    "Late {month}: discharged, flight home to {city}.",
    "{period} – video follow-up with the interpreter present.",
    "Month {n}: {lab}; medication adjusted to {dose}.",
    "Early {month} {year}: visa paperwork completed.",
    "{yrange}: treated in {city} with little improvement.",
    "Week {n} of rehabilitation: climbs stairs unaided.",
    "Mid-{month}: multidisciplinary review in {dept}.",
    "{season} {year}: back at school in {city}.",
    "{month}: the family decides to come to Beijing.",
    "{season}: scans every three months, all stable.",
    "{year}: first symptoms, misdiagnosed as {eponym}.",
    "Week {n}: the wound has healed; swimming allowed.",
    "{period}: the patient returns for a check-up with the whole family.",
    "Day {n}: first walk to the hospital garden.",
])

family("seo_clean", 60, "plain", True, [
    "International patient story: how a family from {country} found hope for {cond} in Beijing.",
    "Treatment of {cond} for foreign patients in Beijing: costs, visas and what to expect.",
    "{proc} in China – a {nat} patient's experience with our {dept} team.",
    "Read how our {dept} specialists helped a {age_young_adj} patient from {city} recover.",
    "Second opinion for {eponym}: English- and Russian-speaking coordinators available.",
    "Medical travel to Beijing from {country}: a step-by-step guide for families.",
    "Costs for {proc} start from {price}; ask our coordinators for a personalised quote.",
    "{cond} treatment in Beijing | International Medical Department | patient stories",
    "How long does {proc} take? Recovery times explained for patients from {country}.",
    "From {city} to Beijing: one family's journey through {cond}.",
    "Best hospital in Beijing for {cond}? Our {dept} team answers common questions.",
])

family("thanks_clean", 60, "plain", True, [
    "Dear doctors and nurses of {dept}, thank you for everything you did for {myrel}.",
    "We want to thank the whole team on {ward} for their patience and kindness.",
    "From the bottom of our hearts, thank you – the family from {city}.",
    "To the night nurse who held my hand before surgery: I will never forget you.",
    "Thank you to the interpreters who answered our questions at any hour.",
    "With gratitude from {country}, where {myrel} is now back at work.",
    "Special thanks to the cleaner on the {floor} floor who always greeted us with a smile.",
    "We came with fear and we leave with hope. Thank you, {dept}!",
    "Thank you for treating {myrel} like a member of your own family.",
    "A big thank you to the physiotherapists who made {myrel} walk again after {proc}.",
    "Our whole village in {country} sends its thanks to the {dept} team.",
    "Thank you for the {dur} of care, and for the dumplings on the last day.",
    "Thank you to the pharmacist who explained every tablet in {lang}.",
    "Our thanks go to everyone on {ward}, from the doctors to the porters.",
])

family("form_clean", 110, "form", True, [
    "hello, my {relnoun} has {cond}, can you help? we are in {city}",
    "how much does {proc} cost for foreigners?",
    "do you have russian speaking doctor in {dept}",
    "i sent the documents last week but nobody answered, please check",
    "is it possible to come in {period}? we need visa invitation",
    "good day. the patient is {age_young} years old and has {eponym}, what treatment you offer",
    "please tell me the price for MRI and consultation in {dept}",
    "we arrive on {weekday}, who will meet us at the airport?",
    "can i pay by card or only cash? thank you",
    "hi, do you accept insurance from {country}?",
    "my doctor in {city} said {proc} is needed, is it true?",
    "assalamu alaikum, is there halal food near the hospital",
    "salam, we want to come for {proc}, how long is the waiting",
    "здравствуйте! need information about {cond} treatment",
    "need help urgently, {relnoun} in hospital in {city}, they say {lab}",
    "can my son stay with me in the ward? he is only {age_child}",
    "how many days after {proc} can we fly home to {city}",
    "sorry for my english. we are from {country}. my {relnoun} needs an operation",
    "Dear Sir/Madam, I would like to ask about {proc} for my {relnoun}.",
    "is the doctor in {dept} available on {weekday}? we can come at {hour}",
    "hello!!! we read the story about the boy from {city}, my son has the same problem ({cond})",
    "what documents do i need to bring? we already have the CT from {city}",
    "my {relnoun} is {age_young} and very weak, can she fly?",
    "Please, I need urgent answer about {cond}. we are waiting",
    "do you have a hotel near hospital, price for {dur}?",
    "is it normal that after {proc} there is still pain?",
    "i want second opinion, the doctors in {country} say {eponym}",
    "bonjour, do you have french interpreter for {dept}",
    "thank you for quick answer yesterday, we will send the scans tomorrow",
    "Hi, can I bring {herb} into China or is it forbidden?",
    "we saw your video about {proc} on youtube, is it for adults also?",
    "is there a mosque or prayer room near {building}?",
    "our doctor from {inst} will send the referral, to which email?",
    "Hello, how long is {proc} recovery before flying {dur}?",
    "my {relnoun} has {eponym} since {decade_en}, any new treatment?",
    "can the interpreter speak {lang}? my {relnoun} does not speak english",
    "We are a group of {n} patients from {city}, do you give discount?",
    "please what is the price of {proc} in {dept}, in dollars",
])

family("chat_clean", 65, "chat", True, [
    "[forwarded] ok we landed, taxi to the hospital now",
    "Forwarded message: doctor says results tomorrow at {hour}",
    ">> mum is out of surgery, all good 🙏",
    "[WhatsApp] the interpreter will wait at {spot} at {hour}",
    "fwd: bring all the old CT discs pls, they need them",
    "[WeChat] 好的，明天 {hour} see you on the {floor} floor",
    "she ate some soup today!! first time in {dur}",
    "[Telegram] врач сказал всё хорошо, {lab}",
    "pls tell them my {relnoun} is allergic to penicillin",
    "forwarded: appointment moved to {weekday}, same time",
    "[voice message transcribed] we are at {spot}, where are you",
    "he asked again about {proc}, can u explain to him in {lang}",
    "[WhatsApp] bill paid, they gave us the receipt, going back to hotel",
    "fwd from dad: tell the doctor thank you 1000 times",
    ">> snow in Beijing!!! kids are so happy",
    "[WeChat] 到了 we are downstairs at the north entrance",
    "[forwarded from the group] visa extension done, {dur} more",
    "fwd: the surgeon wants {myrel} to stop {herb} before the operation",
    "[WhatsApp] they moved us to {ward}, room is nice, window to the park",
    ">> physio says {dur} more of exercises, then home to {city}",
    "[Telegram] папа уже ходит!!! after {surg}",
    "fwd: blood results ok, only {lab}",
    "[WeChat] the cashier is on the {floor} floor, bring the passport",
    "[WhatsApp] flight to {city} booked for {weekday}, finally",
    ">> the nurse taught {myrel} to say xie xie 😂",
    "[voice message transcribed] the doctor will come at {hour}, don't go anywhere",
    "[forwarded] interpreter sick today, they send another one who speaks {lang}",
    "fwd: no food after midnight, operation tomorrow morning",
])

family("eponym_clean", 70, "plain", True, [
    "{rel} was treated for {eponym} for many years before coming to us.",
    "Our surgeons have trained at {inst} and at {inst#2}.",
    "The child was diagnosed with {eponym} at the age of {age_young}.",
    "{eptool} was used to monitor the patient's progress.",
    "The nursing team received {honour} in {year}.",
    "Like {inst}, we run a dedicated international patient office.",
    "The lecture on {eponym} was given by a visiting professor from {inst}.",
    "She was referred from {inst} with suspected {eponym}.",
    "The herbal formula contained {herb} and {herb#2}.",
    "Nurses here still quote the Bethune spirit at every graduation ceremony.",
    "The patient had read about {eponym} on a forum and was very anxious.",
    "A fellow from {inst} joined {dept} for {dur}.",
    "Surgery for {eponym} is usually combined with {eptool}.",
    "Our exchange programme with {inst} began in {year}.",
    "The Sun Yat-sen University delegation toured {dept} in {period}.",
])

family("numbers_clean", 100, "plain", True, [
    "The patient was enrolled in trial {trial} before travelling to Beijing.",
    "Coded diagnosis: {icd}.",
    "Genetic testing found {gene}.",
    "Maintenance therapy is {dose}.",
    "On admission she had {lab}.",
    "The full course costs {price}, excluding accommodation.",
    "See {version} for the updated discharge instructions.",
    "Pharmacy notice: {batch} were withdrawn as a precaution; no patients were affected.",
    "Registry entry {trial} describes the protocol in detail.",
    "The lab reported {lab} and {lab#2}.",
    "Billing code {icd} applies to this day-surgery package.",
    "Tumour testing showed {gene}, making her eligible for trial {trial}.",
    "A typical stay costs {price}, plus {price#2} for rehabilitation.",
    "Discharge medication: {dose}, then {dose#2} from week three.",
    "Refer to {version} for the full list of side effects.",
    "The package includes {n} physiotherapy sessions and costs {price}.",
    "Fasting times before anaesthesia were changed in {version}.",
    "Follow-up bloods showed {lab}; the earlier panel had shown {lab#2}.",
])

family("ages_clean", 50, "plain", True, [
    "At {age_old}, {rel} is one of our oldest hip-replacement patients this year.",
    "Grandpa is {near90} and still insists on carrying his own suitcase.",
    "She is {near90}, and the family worried that the flight would be too much.",
    "The oldest patient on the ward this month was only {age_old}.",
    "Our {age_young_adj} patient from {country} is planning a trip to the Great Wall.",
    "His mother, who is {near90}, came along as well.",
    "The music in the waiting room is all from {decade_en}.",
    "She has been coming to Beijing for check-ups since {decade_en}.",
    "Many of our youngest parents are 90后 who found us on social media.",
    "The old professor has worked in {dept} since 九十年代.",
    "这位老人年近九旬, yet he walks around {spot} every morning.",
    "The patient, {near90}, recovered faster than many younger people.",
    "A {age_young_adj} grandmother from {city} had cataract surgery on both eyes.",
    "He first came to China as a student in {decade_en}.",
    "Both grandparents are in their eighties and came together from {city}.",
    "The patient, aged {age_old}, was discharged after {dur}.",
    "The {age_old}-year-old former {job} from {city} walked out of the ward on his own.",
    "She turned {age_old} on the ward, and the nurses sang in Chinese.",
    "His father, now {near90}, still works in the family garden in {city}.",
])

family("words_clean", 50, "plain", True, [
    "We never lost hope, even when the scans from {city} looked bad.",
    "The nurses on {ward} handled every setback with grace.",
    "It was pure joy to see {myrel} walk again.",
    "Faith and patience got our family through {period}.",
    "The recovery of {myrel} felt like a small miracle.",
    "The new ward on the {floor} floor is bright and sunny.",
    "We were lucky to get a bed in {dept} so quickly.",
    "This donation is a real blessing for the children on {ward}.",
    "May was the hardest month for us.",
    "The bill was settled before discharge, and the receipt was sent to the insurer.",
    "Every moment with {myrel} is precious now.",
    "A star-shaped balloon was tied to a bed on {ward}.",
    "Peace of mind matters as much as medicine, the psychologist told {rel}.",
    "“Be brave,” the nurse told the boy before the injection.",
    "The family found comfort in the little prayer room on level 2.",
    "It was a gift to have an interpreter who spoke {lang}.",
    "Their {word} never faded, even in {season}.",
    "Grace under pressure is what we saw in {dept} every single day.",
    "There was real joy on {ward} when the boy from {city} went home.",
])

family("shortnum_clean", 36, "plain", True, [
    "Call 120 for an ambulance; the operator can transfer you to an English speaker.",
    "The health hotline 12320 answers questions about vaccinations.",
    "Back home in {city}, {rel} called {shortnum_intl} when the pain started.",
    "If you are in Beijing and feel chest pain, dial {shortnum_cn} immediately.",
    "Police: 110. Fire: 119. Ambulance: 120.",
    "In {country}, the family dialled {shortnum_intl}, and the ambulance took forty minutes.",
    "Remember: {shortnum_cn} is free from any mobile phone in China.",
    "The leaflet lists {shortnum_cn} and {shortnum_cn#2} as emergency numbers.",
    "Our patient guide explains when to call {shortnum_cn} and when to come to the clinic.",
    "The ambulance number in China is {shortnum_cn}, not the {shortnum_intl} you may know from home.",
    "In {city}, {rel} once waited an hour after calling {shortnum_intl}.",
    "Our night porter calls {shortnum_cn} himself if a guest feels unwell.",
    "The poster in {spot} shows {shortnum_cn} in large red digits.",
    "Tourists often dial {shortnum_intl} by habit; in China it may not connect.",
    "The school nurse in {city} called {shortnum_intl}, and the boy was in surgery within two hours.",
    "Please do not call {shortnum_cn} for appointment questions; write to the coordinators instead.",
])

family("clean_hard", 60, "form", True, [
    "спасибо большое всем врачам из отделения {dept}!",
    "شكرا جزيلا to the team on {ward}",
    "谢谢 {dept} 的医生们, you saved {myrel}",
    "price was {price_fw} for the scan, is that normal?",
    "dose: {dose_fw}, is it ok with {herb}?",
    "my {oldrel} is {age_script}, not ninety, please correct the form",
    "room twelve-oh-three, {ward}, bed fourteen — is that the right place?",
    "白求恩 spirit is painted on the wall of {building}",
    "中山 university sent two residents to observe {dept}",
    "张某 and A女士 both asked for an interpreter who speaks {lang}",
    "{lab_fw} after {dur}, is that good?",
    "we come in 腊月, before new year, is {dept} open?",
    "call {shortnum_fw} if anything happens at night, the nurse said",
    "version ２.１４ of the app keeps crashing when I upload scans from {city}",
    "ICD {icd_fw} on the report, what does it mean",
    "we are ９０后 parents from {city}, sorry for many questions",
    "бабушке почти девяносто лет, can she do {proc}?",
    "the trial number is {trial_spelled}, can we join",
    "my son is ＥＩＧＨＴ years old and has {ccond}",
    "ward {ward_fw}, bed {bed_fw}, lift Ｃ — where exactly",
    "a cost of about {price_fw} is ok for us",
    "can 张某某 visit on {weekday}? he is my cousin from {city}",
    "年近九旬 grandma from {city}, two stairs only please",
    "the test shows {gene_fw}, is {proc} possible",
    "we want to come in {month_fw}, after the holiday",
    "{decade_mixed} my mother had {cond} too",
    "my {oldrel} is {age_script} and very afraid of the flight from {city}",
    "ICU bed {bed_fw}, is visiting allowed on {weekday}?",
    "мой {relnoun_ru} in {ward}, how is he today",
    "we arrive 春节 holiday, is {dept} working?",
    "batch {batch_fw} of the eye drops was recalled, we used it in {city}",
    "Navruz is coming, can we go home to {city} for the holiday?",
    "我妈妈 has {cond}, the doctor in {city} said {surg}",
    "{alias} from {city} — results ready?",
    "PATIENT {alias_upper} ASKS ABOUT {dept_upper}",
    "platelets went from ４５ to １２０ in {dur}",
    "one-two-zero is the ambulance, right? we are at {spot}",
    "the total was ￥{amount_fw} for {proc}, including the room on {ward}",
    "{herb} and {herb#2} — can I take them with {dose_fw}?",
    "in 农历{lunar_month} we celebrate, can the patient eat dumplings?",
    "who is on duty in {dept} on {weekday} at {hour_fw}?",
    "رقم الغرفة ١٢٠٣, is it in {building}?",
    "ｍｙ ｆａｔｈｅｒ ｈａｓ {cond}",
    "eighty-NINE, not ninety-eight! the age on the bracelet is wrong",
    "{relnoun} приедет в {month_ru}, we need a room near {spot}",
])


# ---- identifier families: people ------------------------------------------
family("story_name", 80, "plain", False, [
    "{pname_f}, a {age_young_adj} {job} from {city}, arrived in Beijing with {cond}.",
    "When {pgiven_m} first came to Beijing, he could not lift his left arm.",
    "{ptitle_f} had already tried {proc} twice at home in {country}.",
    "The family of {pname_m} travelled more than five thousand kilometres from {city}.",
    "Little {nick} spent {dur} on the children's ward and made friends with every nurse.",
    "A girl called {wordname} was born with {cond} in a village outside {city}.",
    "{pgiven} is {age_young} and dreams of becoming a football coach.",
    "Everyone on the ward called him {nick}, although the name in his passport is much longer.",
    "{pname} was referred to {dept} after a long search for a second opinion.",
    "The story of {pname_f} begins in {city}, where {cond} was first suspected.",
    "Our coordinator met {ptitle_m} and his wife at the airport in {period}.",
    "{pgiven_f} says the hardest part was leaving her children behind in {city}.",
    "Baby {wordname} was just four months old when the family came to Beijing.",
    "{pname_m}, {age_young}, had been a {job} in {country} until {cond} stopped him.",
    "For {pgiven_m}, {proc} meant being able to return to the family farm near {city}.",
    "{ptitle_m} is a {job} from {city} who had lived with {eponym} for years.",
    "{pgiven_f} and her husband sold their car to pay for the trip to Beijing.",
    "When {pname_f} woke up after surgery, the first thing she asked for was her phone.",
    "A boy named {wordname} from {country} became the youngest patient on {ward} that {season}.",
    "{pname_f} brought her own pillow from {city} and a small icon for the bedside table.",
    "The first thing {pgiven_m} did after {surg} was to call his mother in {city}.",
    "{ptitle_f}, a retired {job} from {country}, now volunteers for other families from home.",
])

family("quote_name", 40, "plain", False, [
    "“I owe my second life to {doc},” says {pname_f}.",
    "“{pgiven_m} was so brave,” his mother told us.",
    "“My name is {pname}, and I came here with {cond},” begins the video diary.",
    "“At home everybody calls the little one {nick},” the father explains.",
    "“Thank you, {doc}, for explaining everything twice,” wrote {pgiven}.",
    "“{ptitle_f} never complained once during chemotherapy,” a nurse recalled.",
    "“When {pgiven_f} took her first steps, the whole ward clapped,” said her husband.",
    "“I asked {doc} the same question ten times and got ten patient answers,” {pname_m} laughed.",
    "“{nick} wants to be a surgeon now,” says his grandmother.",
    "“I came for {proc} and left with new friends,” says {pname} from {city}.",
    "“Our daughter {wordname} is the reason we never gave up,” the parents wrote.",
])

family("clinician_name", 30, "plain", False, [
    "{doc} from {dept} led the operation, which lasted {optime}.",
    "“The scans look stable,” {doc} told the family on the last day.",
    "{doc} and {nurse} checked on the patient every day at {hour}.",
    "Consultations with {doc} ({dept}) are available in English and Russian.",
    "Our coordinator {pname} can help you book an appointment with {doc}.",
    "{nurse} taught the parents how to flush the central line.",
    "According to {doc}, {eponym} is more common than most people think.",
    "“We chose a smaller incision because the lesion was close to the nerve,” explains {doc}.",
    "{doc} trained at {inst} before joining {dept}.",
    "The case was discussed by {doc} and colleagues at the {weekday} meeting.",
    "{nurse} speaks {lang} and often helps families from {country}.",
    "“Keep walking every day,” {doc} told {pgiven} before discharge.",
])

family("caption_name", 32, "plain", False, [
    "Photo: {pname} with {doc} on the day of discharge.",
    "Alt text: {pgiven_f} laughing with the nurses of {dept}.",
    "Pictured: {ptitle_m} and {rel} in front of the outpatient building.",
    "Left to right: {doc}, {pname} and the interpreter.",
    "Caption: {nick} blows out the candles on a cake on {ward}.",
    "Alt text: {pname_m} on the exercise bike in the rehab gym, two weeks after {proc}.",
    "Photo: {doc} examines {pgiven}'s X-ray on the light box.",
    "Image: little {wordname} with a teddy bear almost as big as she is.",
    "Caption: {pname_f} (centre) with her family from {city}.",
])

family("thanks_name", 25, "plain", False, [
    "Dear {doc}, thank you for giving our {relnoun} back to us. — {pname}",
    "We are grateful to {nurse}, who stayed late every night.",
    "Thank you {doc} and the whole team of {dept}! Love from {pgiven} and family.",
    "Special thanks to our interpreter {pgiven}, who never lost patience.",
    "With love from {city} – {pname_f} and her children.",
    "To {doc}: you gave {myrel} ten more years. We will never forget it.",
    "Thank you, {nurse}, for the songs in {lang} at bedtime.",
    "Words cannot express how grateful the family of {pname_m} is to everyone in {dept}.",
    "Dearest {nurse}, {nick} still talks about you every day.",
])

# ---- dates, births, ages ----------------------------------------------------
family("timeline_date", 16, "plain", False, [
    "{date}: admitted to {dept}.",
    "{date} — surgery performed by the spine team.",
    "{date}: first follow-up video call.",
    "The flight from {city} landed on {date} at {hour}.",
    "The operation took place on {date}.",
    "Discharged on {date} with {dose}.",
    "Next review scheduled for {date}.",
    "The last chemotherapy cycle finished on {date}.",
    "We received the family's first message on {date}.",
    "Biopsy on {date}; the results came back four days later.",
    "Surgery date confirmed: {date}.",
    "{date}: the stent was removed and the family went sightseeing.",
    "On {date} the patient was moved from the ICU to {ward}.",
    "{date} — MRI shows the tumour has shrunk by half.",
    "The consent form was signed on {date}.",
])

family("story_date", 15, "plain", False, [
    "On {date}, {pgiven_f} took her first steps without crutches.",
    "{pname} arrived in Beijing on {date}, exhausted but hopeful.",
    "{doc} operated on {date}, and the family waited with the interpreter.",
    "It was {date} when {ptitle_m} finally heard the words “no evidence of disease”.",
])

family("dob_plain", 28, "plain", False, [
    "Date of birth: {dob}.",
    "Patient born {dob} in {city}.",
    "DOB {dob}, female, {nat}.",
    "The baby was born on {dob} with {cond}.",
    "Please confirm the patient's date of birth ({dob}) on the registration form.",
    "Born {dob}; referred to {dept} from {city}.",
    "Date of birth {dob}, sex male, nationality {nat}.",
    "The twins were born on {dob}, six weeks early.",
    "Her birthday is {dob_noyear}, so the nurses baked a cake on the ward.",
    "He turns {age_young} on {dob_noyear}, two days after discharge.",
    "Birth date (as in passport): {dob}.",
    "The insurer's records give the date of birth as {dob}, not {dob#2}.",
])

family("dob_name", 8, "plain", False, [
    "{pgiven_f} was born on {dob}, so she celebrated her birthday in the ward.",
    "{pname}, born {dob}, {nat} citizen.",
])

family("age90_plain", 32, "plain", False, [
    "A {age90_adj} grandmother from {city} came to us for cataract surgery.",
    "The patient, {age90}, recovered from pneumonia in {dur}.",
    "At {age90_num}, {myrel} is the oldest person ever to have {proc} in this department.",
    "Grandfather is {age90} and wants to walk to the market again.",
    "“I am {age90_num} and I still want to see the Forbidden City,” he told the nurses.",
    "Our oldest patient this year was {age90}.",
    "The {age90_adj} veteran from {country} thanked the team in three languages.",
    "Patient age: {age90_num}.",
    "The anaesthetist was cautious because the patient is {age90}.",
    "A {age90_adj} former {job} from {city} had a pacemaker fitted last week.",
    "Granny turned {age90_num} on the ward and the nurses sang for her.",
])

family("age90_name", 6, "plain", False, [
    "{pname}, {age90}, is the oldest patient ever treated in {dept}.",
    "{ptitle_f} is {age90} and still does her own shopping in {city}.",
])

# ---- contact details ---------------------------------------------------------
family("form_contact", 30, "form", False, [
    "please call me on {phone}, I speak english and russian",
    "my whatsapp {phone_f} , we are in {city}",
    "contact: {email}",
    "wechat {wechat}, or write to {email}",
    "hello, my {relnoun} needs a consultation. my number {phone}",
    "pls answer to {email}, not by phone",
    "you can find me on telegram {handle}",
    "qq {qq} , thanks",
    "email me at {email} with the price list for {proc}",
    "add me {social}",
    "reply to {email} or call {phone_cn}",
    "my daughter lives in beijing, her number is {phone_cn}, she speaks chinese",
    "Dear team, please send the invitation letter to {email}. Best regards",
    "i am waiting for your call, {phone} (viber, whatsapp)",
    "we need answer fast!!! {phone_f}",
    "my email changed, new one is {email}",
    "for whatsapp: {phone_f}. for email: {email}",
    "salam, my brother in {city} has {cond}, call {phone_f}",
    "our interpreter will contact you from {email}",
    "please write on {social}, i check it every day",
])

family("form_contact_name", 12, "form", False, [
    "I am {pname}, my tel {phone}",
    "my name is {pname}, mother of the patient. email {email}",
    "this is {pgiven} again, did you get my scans? {phone_f}",
    "regards, {pname} ({email})",
])

family("chat_contact", 17, "chat", False, [
    "[forwarded] this is the translator's number: {phone_cn}",
    "[WhatsApp] the doctor's assistant said to write to {email}",
    "[WeChat] add this id please: {wechat}",
    "ok here is my IG {handle}, send the photos there",
    "[Telegram] номер водителя {phone}",
    "fwd: the international office line is {phone_bj}, ask for the Russian desk",
    "[forwarded] she said call the ward directly, {phone_bj}",
    ">> my new number {phone_f}, old one is lost",
    "[WeChat] 加我微信 {wechat}",
    "pls save: {phone_cn} (driver)",
])

family("dept_phone", 10, "plain", False, [
    "The International Medical Department can be reached on {phone_bj}, Monday to Friday.",
    "For appointments in {dept}, call {phone_bj} during office hours.",
    "Russian-speaking coordinator line: {phone_bj}.",
    "After 17:00, international patients should call the duty desk on {phone_bj}.",
    "Our WhatsApp line for overseas enquiries is {phone_cn}.",
])

family("web_plain", 32, "plain", False, [
    "Follow our journey on {web}.",
    "The family's fundraising page, {web}, raised enough for the second operation.",
    "Read the whole diary at {web}.",
    "Please donate: {web}",
    "Her blog {web} has been translated into four languages.",
    "Campaign link: {web} — every yuan helps.",
    "The crowdfunding page {web} was shared over two thousand times in {country}.",
    "More photos from the stay in Beijing are on the family website, {web}.",
    "The father's home page, {web}, lists every hospital they contacted.",
])

family("ip_plain", 38, "plain", False, [
    "Form submitted from IP {ip} at {hour}.",
    "Submission log: IP address {ip}, browser language ru-RU.",
    "The spam filter flagged a message from {ip}.",
    "A visitor from {ip} left a message on the Russian page.",
    "Duplicate submissions came from {ip} and {ip#2}.",
    "Access log entry: {ip} requested the Mongolian version of the form.",
    "Login attempt from {ip} blocked after five failed passwords.",
    "The video consultation dropped twice; the patient's IP was {ip}.",
    "Contact-form metadata: IP {ip}, time zone UTC+6.",
    "Guest Wi-Fi assigned {ip} to the interpreter's laptop.",
    "Two messages in {lang} came from the same address, {ip}.",
    "The booking tool recorded {ip} for the payment attempt.",
    "Suspicious traffic from {ip} hit the contact form {n} times in an hour.",
    "The family's upload of MRI files came from {ip}.",
    "Firewall note: allow {ip} for the partner clinic in {city}.",
    "The e-mail headers show the message was sent from {ip}.",
])

family("web_form", 15, "form", False, [
    "we made a page for my brother {web} please share",
    "all the scans are on my blog {web}",
    "sorry if spam, my ip is {ip}, the form said error",
])

family("social_plain", 25, "plain", False, [
    "The mother documents the treatment on Instagram ({handle}).",
    "Families can follow the patient's updates via {social}.",
    "The video of his first steps, posted by {handle}, was viewed more than a million times.",
    "She runs a support group for parents at {social}.",
    "Ask for the coordinator's WeChat ({wechat}) at the front desk.",
])

# ---- places -------------------------------------------------------------------
family("address_plain", 30, "plain", False, [
    "Please send the medicines to {addr_pc}.",
    "Home address: {addr}.",
    "The family rented a flat at {addr}, ten minutes from the hospital.",
    "Our coordinator delivered the documents to {addr}.",
    "Shipping address for the brace: {addr_pc}",
    "Registered address: {addr_pc}.",
    "Return address on the parcel: {addr_pc}.",
    "The home-care nurse visits the patient at {street} twice a week.",
    "Correspondence address: {addr_pc}.",
    "The discharge letter was posted to {addr}.",
    "The patient lives at {addr}, on the fifth floor without a lift.",
])

family("address_form", 12, "form", False, [
    "we are staying at {street}, can the nurse come there?",
    "send the results by post to {addr_pc} please",
    "my address changed, now {addr}",
])

family("postcode_plain", 25, "plain", False, [
    "Postcode: {postcode}.",
    "Please add the postal code {postcode} to the invoice address.",
    "The courier needs the postcode ({postcode}) to deliver the medicine.",
    "Zip/postal code: {postcode}",
    "The form rejected postcode {postcode}; please enter it without the city.",
    "Parcel returned: postcode {postcode} does not match the city.",
    "Postal code {postcode} was missing from the registration card.",
    "The shipping label shows only a postcode, {postcode}; the phone number is missing.",
    "The insurer's address form asks for a postcode; the family wrote {postcode}.",
    "Medicines cannot be sent to postcode {postcode} because of customs rules.",
    "The embassy letter gives the postcode as {postcode}.",
    "Enter {postcode} in the ZIP field and leave the street blank for now.",
])

family("postcode_form", 10, "form", False, [
    "zip code {postcode} – is that enough for the courier?",
    "индекс {postcode}, please send there",
    "邮编 {postcode} correct?",
    "our postcode {postcode}, is delivery free?",
    "postal {postcode} — the courier cannot find us",
    "post code is {postcode}, sorry i wrote it wrong before",
])

family("geo_plain", 36, "plain", False, [
    "Meeting point for the transfer: {geo}.",
    "The pharmacy is here: {geo}.",
    "Shared location: {geo}.",
    "Our village is at {geo}, about six hours from {city}.",
    "The ambulance picked the patient up at {geo}.",
    "Pin dropped at {geo}, near the east gate.",
    "GPS position of the family's yurt: {geo}.",
    "The driver will wait at {geo}, opposite the bus stop.",
    "Coordinates from the accident report: {geo}.",
    "[location] {geo}",
    "Send the ambulance to {geo}; the road has no name.",
    "Home coordinates for the visiting nurse: {geo}.",
    "The rural clinic is at {geo}, two hours from the nearest town.",
])

# ---- documents ------------------------------------------------------------------
family("passport_plain", 20, "plain", False, [
    "Passport no. {passport}, valid until {month} {futyear}.",
    "Please copy the passport number {passport} exactly as it appears on the visa application.",
    "The patient's passport ({passport}) was left at the hotel reception.",
    "Passport: {passport}; nationality: {nat}.",
    "For the medical visa we need passport {passport} and the invitation letter.",
    "The accompanying person travels on passport {passport}.",
    "Passport number {passport} was entered with a typo on the ticket.",
    "Guest registration at the police station used passport {passport}.",
])

family("passport_form", 10, "form", False, [
    "I entered my passport number {passport} but the system says invalid",
    "passport {passport}, is that enough for invitation?",
])

family("passport_name", 6, "plain", False, [
    "{pname}, passport {passport}, arriving in {period}.",
    "Invitation letter prepared for {pname} (passport {passport}).",
])

family("natid_plain", 30, "plain", False, [
    "National ID: {natid}.",
    "The insurer asked for the patient's national ID number ({natid}).",
    "Personal identification number: {natid}.",
    "ID card number {natid} — please check the spelling of the name against it.",
    "National identity number {natid} is printed on the back of the card.",
    "The embassy letter quotes the patient's personal number, {natid}.",
    "Citizen ID {natid} was used to register the patient at home.",
    "Identity number on the referral: {natid}.",
    "The consulate confirmed the identity number {natid} by phone.",
    "Her identity document, number {natid}, was scanned at registration.",
    "The patient's personal code {natid} appears on every page of the referral.",
    "A mistyped national ID ({natid}) delayed the insurance approval.",
    "Identity number {natid} was needed for the charity grant.",
])

family("natid_form", 10, "form", False, [
    "my id number from home is {natid}, is it needed?",
    "they ask personal number, mine is {natid}",
])

family("rid_plain", 14, "plain", False, [
    "Chinese ID card number: {rid}.",
    "The accompanying relative's resident ID is {rid}.",
    "For the Chinese spouse, please fill in the ID number {rid}.",
    "ID no. {rid} (PRC).",
    "Her husband's 身份证 {rid} was used for the booking.",
    "身份证号 {rid}",
    "The Chinese guarantor, ID {rid}, signed the deposit form.",
    "Resident identity card: {rid}.",
])

family("mrn_plain", 24, "plain", False, [
    "MRN {mrn}.",
    "Medical record number: {mrn}.",
    "Please quote hospital number {mrn} when you call.",
    "Patient ID {mrn} – follow-up in {dept}.",
    "病案号 {mrn}",
    "Inpatient no. {mrn}, bed 14.",
    "The pathology slides are filed under case record {mrn}.",
    "Outpatient number {mrn} is printed on the wristband.",
    "Discharge summary for record {mrn} sent to the family.",
])

family("mrn_form", 8, "form", False, [
    "our record number is {mrn}, can you send the discharge summary?",
    "hospital number {mrn}, we need copy of MRI",
])

family("hplan_plain", 26, "plain", False, [
    "Insurance policy no. {hplan}.",
    "Member ID: {hplan}.",
    "The insurer confirmed direct billing under policy {hplan}.",
    "Health insurance membership {hplan}; pre-authorisation requested.",
    "保险卡号 {hplan}",
    "Insurance card number {hplan} was scanned at registration.",
    "Policy {hplan} covers inpatient care only.",
    "Please attach a copy of the card with member number {hplan}.",
    "Coverage under member number {hplan} ends in {month}.",
    "The pre-authorisation letter refers to policy {hplan}.",
    "Policyholder card {hplan} was photographed at the front desk.",
])

family("hplan_form", 8, "form", False, [
    "please bill my insurance, card number {hplan}",
    "my policy number {hplan}, do you have direct billing?",
])

family("acct_plain", 26, "plain", False, [
    "Refund to IBAN {iban}.",
    "Bank details for the refund: {acct}.",
    "The deposit was paid from card {card}.",
    "Please transfer the remaining balance to {acct}.",
    "Account number: {acct}.",
    "The charity paid the bill from account {acct}.",
    "Beneficiary account {acct}, bank in {city}.",
    "The sponsor in {city} paid the invoice from IBAN {iban}.",
    "Please confirm that card {card} belongs to the patient's husband.",
    "The unused deposit was refunded to {acct} the same day.",
    "Wrong account on the transfer form: {acct}.",
    "The bank in {city} rejected the transfer to {iban}.",
])

family("acct_form", 8, "form", False, [
    "i paid from {acct}, please check",
    "send refund to my account {acct} thanks",
])

family("licence_plain", 40, "plain", False, [
    "Attending surgeon: {doc_lic}.",
    "Signed by {doc_lic}.",
    "The medical report was issued by {doc_lic}.",
    "Prescriber: {doc_lic}",
    "Consultation with {doc_lic} confirmed for {weekday}.",
    "Certified translation approved by {doc_lic}.",
    "Responsible physician: {doc_lic}.",
])

family("driving_licence", 10, "plain", False, [
    "Driving licence {drv_lic} was photocopied for the car rental.",
    "The ambulance driver's licence number {drv_lic} is noted in the transfer log.",
    "Driver's licence no. {drv_lic}.",
])

family("vehicle_plain", 28, "plain", False, [
    "The driver will wait in a white minivan, plate {plate}.",
    "Car {plate} is booked for the airport pick-up.",
    "Vehicle plate: {plate}.",
    "A parking permit was issued for {plate}.",
    "The rental car, VIN {vin}, is listed on the accident report.",
    "Please register your car ({plate}) at the underground car park gate.",
    "The ambulance that brought the patient from the border was {plate}.",
    "VIN {vin} — the car in which the patient was injured.",
])

family("vehicle_form", 8, "form", False, [
    "my husband car is {plate}, can he park at the hospital?",
    "taxi number {plate}, we left a bag inside",
])

family("device_plain", 30, "plain", False, [
    "Pacemaker serial number: {device}.",
    "The insulin pump (SN {device}) was checked before the flight.",
    "Hearing aid serial {device} – replaced under warranty.",
    "Cochlear implant processor {device} paired successfully.",
    "The CGM transmitter ID is {device}.",
    "Tablet serial {device} was assigned to the interpreter.",
    "Home ventilator, serial {device}, serviced before discharge.",
    "The lost phone has IMEI {imei}.",
    "Wi-Fi access granted to the device with MAC address {mac}.",
    "The Holter recorder {device} was returned with the diary.",
    "The spare battery for processor {device} is in the ward safe.",
    "A replacement sensor for transmitter {device} was ordered from the supplier.",
    "The wheelchair tracker with MAC {mac} was found in the lift.",
    "Serial {device} belongs to the pump that was reported faulty.",
])

family("device_form", 8, "form", False, [
    "my pump serial is {device}, it shows error",
    "the hearing aid number {device}, it stopped working",
])

family("other_plain", 28, "plain", False, [
    "Please quote {other_l} in all correspondence.",
    "Your appointment number is {appt}; please arrive 30 minutes early.",
    "Booking reference {booking}.",
    "Invoice {invoice} was paid in full.",
    "Visa number {visa_no} — medical treatment visa.",
    "The courier's tracking number is {tracking}.",
    "Insurance claim {claim} is under review.",
    "E-ticket {ticket}.",
    "The family's {other_l} was attached to the e-mail.",
    "The cashier reissued invoice {invoice} after the payment error.",
    "Residence permit no. {permit} expires before the end of treatment.",
    "Interpreter on duty today: staff no. {staffno}.",
    "Court case {court} concerns the accident in which the patient was injured.",
    "The exchange student (student ID {studentno}) was seen in {dept}.",
    "Invitation letter no. {invitation} was sent to the embassy in {city}.",
    "Receipt {receipt} is needed for the insurance reimbursement.",
    "Ticket {ticket} was changed to a later flight after the surgery was postponed.",
    "The receipt number {receipt} is printed under the hospital stamp.",
])

family("other_form", 10, "form", False, [
    "my {other_l}, please check status",
    "what about claim {claim}? no answer for two weeks",
    "parcel {tracking} still not arrived",
    "booking code {booking}, we changed the flight",
])

# ---- _hard families ---------------------------------------------------------------
family("contact_obfuscated_hard", 50, "form", False, [
    "write me {email_hard} please, the form deletes my address",
    "my number is {phone_hard}",
    "{social_hard} add me, i send the scans there",
    "do not publish my email, it is {email_hard}",
    "the fundraising page is {web_hard}",
    "the log says the ip was {ip_hard}",
    "call {phone_hard} or mail {email_hard}",
    "my mail: {email_hard} (the form did not accept it)",
    "whatsapp -> {phone_hard}",
    "blog: {web_hard} (remove the spaces)",
    "contact {social_hard} for the interpreter",
    "если что, мой email {email_hard}",
    "{email_hard} ← this is my mail",
    "number for viber {phone_hard}",
])

family("spelled_hard", 45, "plain", False, [
    "The operation took place on {date_spelled}.",
    "She was born on {dob_spelled}, in the middle of a snowstorm.",
    "Grandmother is {age90_hard}, and she still knits socks for the nurses.",
    "Please ring me back on {phone_hard}.",
    "Admission is planned for {date_spelled}, if the visa arrives in time.",
    "Date of birth, written out as on the old certificate: {dob_spelled}.",
    "“I am {age90_hard},” the patient said proudly when the nurse asked.",
    "We landed on {date_hard}, very early in the morning.",
])

family("split_hard", 40, "form", False, [
    "my number: {phone_split}",
    "email is {email_split}",
    "ID of my husband (chinese) {rid_split}",
    "refund account {acct_split}",
    "passport {passport_split}",
    "personal number {natid_split}",
    "record no. {mrn_split}",
    "insurance {hplan_split}",
    "operation day {date_split}",
    "plate {plate_hard}, the driver said",
    "phone {phone_split} (whatsapp)",
    "the id is {natid_split}, sorry it is long",
])

family("fullwidth_hard", 45, "form", False, [
    "电话 {phone_fw} please call after 6pm",
    "surgery on {date_fw}, is the room ready?",
    "病历号 {mrn_fw}",
    "insurance no. {hplan_fw}",
    "car {plate_fw} will bring us",
    "born {dob_fw}",
    "location {geo_fw}",
    "{other_fw}",
    "passport {passport_hard}",
    "account {acct_hard}",
    "device serial {device_hard}",
    "my phone {phone_fw} (wechat same number)",
    "手机 {phone_fw}",
    "the plate is {plate_fw}, black car",
    "appointment date {date_fw}",
    "member number {hplan_fw}, please check",
    "病案号 {mrn_fw} (copied from the bracelet)",
])

family("lowercase_hard", 45, "lower", False, [
    "{name_lower} from {city} asks about {proc}",
    "patient {name_lower}, {nat}, arrived with {cond}",
    "thank you {doc_lower} for saving {myrel}",
    "{ptitle_lower} will come with the family on {date}",
    "address: {addr_lower}",
    "please post the report to {addr_pc_lower}",
    "{name_lower} — {email}",
    "dear {doc_lower}, {name_lower} says hello from {city}",
    "photo: {name_lower} and {doc_lower} after {proc}",
    "{doc_lic_lower} signed the certificate",
    "my name {name_lower}, the patient is {name_lower#2}",
])

family("mixed_script_hard", 55, "form", False, [
    "здравствуйте, I am writing for {name_cyr}, who needs {proc}",
    "اسمي {name_ar}, I want to ask about {cond}",
    "我叫{name_han}, my english is bad, sorry",
    "patient {name_cyr}, дата рождения {dob_script}",
    "адрес: {addr_script}",
    "地址 {addr_script}, please send the medicine",
    "operation {date_script}, ok?",
    "{name_han}医生 was very kind to us",
    "السلام عليكم, {name_ar} here, call {phone_f}",
    "мама {name_cyr} родилась {dob_script}",
    "{name_cyr} и {name_cyr#2} приедут {date_script}",
    "微信 {wechat} — {name_han}",
    "спасибо {doc} и всем медсёстрам!",
    "{doc_lic_cn} 开的证明 is it valid abroad?",
    "дедушке {age90_hard}, можно ли операцию?",
    "爷爷{age90_hard}了, can he fly to Beijing?",
])

family("multi_id_hard", 90, "plain", False, [
    "Registration: {pname}, DOB {dob}, passport {passport}, phone {phone}.",
    "Patient {pname_f}, born {dob}, MRN {mrn}, policy {hplan}.",
    "Please send the invitation letter for {pname} (passport {passport}) to {email}.",
    "Transfer: {pname_m}, flight lands {date}, driver in car {plate}, call {phone_cn}.",
    "Refund of the deposit for record {mrn} to account {acct}.",
    "Insurance claim {claim} for {pname}, policy {hplan}, treated on {date}.",
    "Courier to {addr_pc}, attention {pname}, tel. {phone}.",
    "Spouse (Chinese citizen): ID {rid}, mobile {phone_cn}.",
    "Pacemaker {device} implanted on {date} by {doc_lic}.",
    "Contact form: {pname}, {email}, {phone}, submitted from {ip}.",
    "Home: {addr}; coordinates {geo}; landline {phone}.",
    "{pname}, national ID {natid}, passport {passport}, arriving {date}.",
    "Follow {pgiven}'s recovery at {web} or {handle}.",
    "Visa {visa_no} issued to {pname} on {date}.",
    "{ptitle}, {age90}, MRN {mrn}, admitted {date}.",
    "Discharge {date}; follow-up with {doc}; invoice {invoice}.",
    "Guarantor: {pname}, ID {rid}, account {acct}.",
    "Patient record {mrn}: DOB {dob}, member no. {hplan}, card {acct}.",
    "Pick-up point {geo}, vehicle {plate}, driver's mobile {phone_cn}.",
    "Emergency contact: {myrel}, {phone}, {email}.",
    "Insulin pump {device}, registered to MRN {mrn}.",
    "Booking {booking}: {pname}, e-ticket {ticket}, arriving {date}.",
])

family("rid_hard", 36, "form", False, [
    "身份证 {rid_hard}",
    "my wife's chinese id {rid_hard}, is it correct?",
    "ID card: {rid_hard}",
    "the guarantor id is {rid_hard} (she is my cousin in beijing)",
    "身份证号码：{rid_hard}",
    "id {rid_x} — last digit is x, not the multiplication sign",
    "pls check 身份证 {rid_hard}, the system says wrong format",
    "the chinese id of my husband: {rid_hard}",
    "id number {rid_hard} (copied from the photo, maybe mistake)",
    "for the hotel registration they used ID {rid_hard}",
    "{rid_split} — is this the right order?",
    "证件号 {rid_hard}",
    "sister-in-law is chinese, her id: {rid_hard}",
    "guarantee form: 身份证号 {rid_hard}, relation: cousin",
])

family("docs_hard", 40, "form", False, [
    "national id {natid_hard}",
    "my personal number: {natid_hard}",
    "passport {passport_hard}, visa in process",
    "IBAN/card {acct_hard}",
    "serial {device_hard} on the back of the pump",
    "we are here {geo_hard}",
    "plate {plate_hard}",
    "policy {hplan_split}",
    "id number from my country {natid_split}",
    "pasport {passport_hard} expires soon, is that a problem?",
    "the pump serial is {device_hard}",
    "here is our location: {geo_hard}",
    "car plate {plate_hard}, white toyota",
    "refund to {acct_split} please",
])

# ==== end of families ====


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def check_families():
    seen_cats = []
    for cat, n, style, clean, templates in FAMILIES:
        assert cat not in seen_cats, cat
        seen_cats.append(cat)
        for t in templates:
            for name in template_slots(t):
                assert name in SLOTS, (cat, name)
            ks = template_kinds(t)
            if clean:
                assert not ks, (cat, t)
            else:
                assert ks, (cat, t)
            assert "\t" not in t and "\n" not in t


SHORTFALL = []


def generate():
    check_families()
    rows = []
    seen = set()
    for cat, n, style, clean, templates in FAMILIES:
        made = 0
        attempts = 0
        order = []
        used = {}
        while made < n and attempts < n * 60:
            if not order:
                order = list(range(len(templates)))
                R.shuffle(order)
            t = templates[order.pop()]
            attempts += 1
            if not SLOT_RE.search(t) and used.get(t, 0) >= 1:
                continue
            used[t] = used.get(t, 0) + 1
            text, kinds = render(t, style)
            text = re.sub(r" {3,}", "  ", text).strip()
            key = re.sub(r"\s+", " ", text.lower())
            if key in seen:
                continue
            seen.add(key)
            rows.append((cat, canon(kinds), text))
            made += 1
        if made < n:
            SHORTFALL.append((cat, made, n))
    return rows


def main():
    rows = generate()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "deid_generated_en_heldout19.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, text in rows:
            assert "\t" not in text and "\n" not in text
            fh.write("%s\t%s\t%s\n" % (cat, kinds, text))
    return rows


if __name__ == "__main__":
    main()
