#!/usr/bin/env python3
"""Generate the held-out de-identification corpus, part 13 (English).

What this is
------------
A test corpus for the hospital's privacy scanner, which runs on patient case
stories and patient messages before they are published.  Every row is one
English sentence or short message of the kind the hospital publishes or
receives: case stories told by editors, quotes from patients and families,
clinicians' remarks, photo captions, timeline entries and messages left
through the contact form (informal, with typos and mixed languages).  Patients
come from Kazakhstan, Russia, Central Asia, Mongolia, the Middle East,
Southeast Asia, Europe, Africa and all over China, so names, addresses,
numbers and documents follow many countries' conventions.

The output is ``deid_generated_en_heldout13.tsv`` next to this script, with
the header ``category<TAB>expected_kinds<TAB>sentence``.  About 1,350 rows
hold at least one identifier and about 1,150 rows are clean but deliberately
tricky (doses, lab values, scores, gene variants, trial registry numbers,
ICD/ATC codes, month-and-year dates, years, ages under 90, money, durations,
times, places, hospitals, brands, eponyms, letter aliases, job titles,
relations, book titles, guideline versions, pinyin herb names, names that are
ordinary words used as words).  A category ending in ``_hard`` marks a row
where the identifiers (or, for clean rows, the digits/case) were written in a
harder form: full-width digits, upper/lower-case names, initials, numbers
broken up with spaces/dots/dashes, spelt-out digits, disguised e-mails, DMS
coordinates, roman-numeral months and so on.  Some templates are hard by
construction as well (label placed after the value, names that are also
ordinary words).

How it was written
------------------
Written from general knowledge of how such texts and documents look, without
reading the scanner, its tests, the bench data or earlier corpus parts.  All
names, numbers, addresses and accounts are invented by the random generator
below (fixed seed, standard library only, identical output on every run).
Each template is made of literal English text, ``[a|b|c]`` alternatives and
typed placeholders; every identifier placeholder carries its kind, so the
``expected_kinds`` column is the union of the kinds of the placeholders
actually used in the sentence; clean placeholders carry no kind.

Judgement calls in the labels
-----------------------------
* Names inside an e-mail address, URL or social handle are not labelled
  person_name separately; only email / web_address / social_account.
* A birth date is labelled date_of_birth only (not also exact_date).  The
  birth date hidden inside a Chinese resident ID, a Kazakh IIN, a PESEL or a
  Malaysian MyKad number is not labelled date_of_birth.
* A phone number given as a WhatsApp/Viber contact is labelled phone_number
  only.  social_account is used for WeChat IDs, QQ numbers, Douyin/Weibo/
  Instagram/Telegram/TikTok/VK/LINE handles and profile links.
* Profile links on social networks (instagram.com/..., vk.com/..., t.me/...,
  facebook.com/..., weibo.com/u/...) are social_account only; web_address is
  used for crowdfunding pages, personal blogs and personal web sites.
* Clinicians, interpreters, nurses and photographers named in the text are
  person_name.  Letter aliases (Ms. A, Mr. K., Patient C, A女士, 张某, 患儿C)
  are clean.  Nicknames and children's pet names (Doudou, Dima, Aika) are
  person_name.  Given names that are ordinary words (Hope, Blessing, Precious,
  Dr. Long, Dr. White, Gao Yuan) are person_name when they name a person;
  the same words used as words (hope, grace, white cells, a long road) are
  clean.
* Eponymous diseases, signs, operations and institutions (Crohn's disease,
  Whipple procedure, Johns Hopkins, Sun Yat-sen University Cancer Center,
  Meshalkin Center, Harrison's Principles) are clean, as are pinyin herb
  names that look like names (Ma Huang, Chen Pi, Bai Zhu).
* Ages 89 and under are clean; 90 and over in any wording (92-year-old,
  ninety-one, in her nineties, nonagenarian, centenarian) are age_over_89.
  Numbers of 90 or more that are not ages (90 minutes, 95% CI) are clean.
* Month-and-year dates and years alone (including "born in 1978", only birth
  years 1940 or later) are clean; a day with or without year is exact_date.
* A postal code written inside a street address gives both street_address
  and postal_code.
* Kazakh IIN, Russian SNILS, Uzbek PINFL, Mongolian register numbers, US SSN,
  UK NI numbers, Emirates ID, Thai/Vietnamese/Malaysian/Nigerian/Kenyan/
  Iranian/Saudi/Egyptian/Polish/Italian ID numbers are national_id; the
  Chinese 18-character ID (also with a wrong check digit, spaces or
  full-width digits) is resident_id; a Russian internal passport series and
  number is passport_number; a Russian OMS policy, a Chinese 医保卡号, a US
  Medicare number, a German KVNR and PhilHealth numbers are
  health_plan_number.
* Hospital admission/inpatient/outpatient/chart numbers are
  medical_record_number; insurance claim numbers, police case numbers,
  tickets, bookings, visas, employee/student/donor/UNHCR numbers are
  other_number.  A phone's IMEI or a monitor's MAC address is
  device_identifier.  Medical licences, nursing registrations, driving
  licences and interpreter certificates are licence_number.
* Public emergency numbers (112, 103, 120) and software version numbers are
  clean: they do not identify a person.
* Book titles stay clean even when they contain a name (Abai's Book of
  Words, Anna Karenina, Tuesdays with Morrie, Gray's Anatomy).
* A QQ-mail address (12345678@qq.com) is email only, not also
  social_account.  Chinese hospital numbers (病案号, 住院号, 门诊号) are
  medical_record_number.
* When a slug in a crowdfunding URL or an e-mail belongs to a different
  family member than the person named in the sentence, that is intended
  (relatives often run the page); it changes no label.
"""

import os
import random
import re

SEED = 13013
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "deid_generated_en_heldout13.tsv")

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
         "XII"]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    h, rest = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if rest == 0 else " and " + words(rest))


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + "-" + ORD[o]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dn(n):
    """n digits, first one not zero"""
    return R.choice("123456789") + d(n - 1)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def fullwidth(s, alnum=False):
    out = []
    for c in s:
        if c.isdigit() or (alnum and c.isascii() and c.isalpha()):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def spell_digits(s):
    """'+7 701 234' -> 'plus seven, seven zero one, two three four'"""
    groups = re.split(r"[\s\-().]+", s.strip())
    out = []
    for g in groups:
        if not g:
            continue
        w = []
        for c in g:
            if c == "+":
                w.append("plus")
            elif c.isdigit():
                w.append(ONES[int(c)])
            else:
                w.append(c)
        out.append(" ".join(w))
    return ", ".join(out)


def regroup(s, sep=" ", size=None):
    """strip separators and regroup in blocks"""
    raw = re.sub(r"[\s\-./]", "", s)
    if size is None:
        size = R.choice([3, 4])
    return sep.join(raw[i:i + size] for i in range(0, len(raw), size))


def harden_number(s, allow_spell=False):
    """a harder surface form of an identifier string"""
    opts = ["fw", "space", "dash", "dot"]
    if allow_spell and sum(c.isdigit() for c in s) <= 12:
        opts.append("spell")
    o = R.choice(opts)
    if o == "fw":
        return fullwidth(s, alnum=R.random() < 0.5)
    if o == "space":
        return regroup(s, " ")
    if o == "dash":
        return regroup(s, "-")
    if o == "dot":
        return regroup(s, ".")
    return spell_digits(s)


def translit(s):
    table = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "è": "e",
             "í": "i", "á": "a", "ó": "o", "ç": "c", "ł": "l", "ñ": "n",
             "ë": "e", "ş": "s", "ğ": "g", "ı": "i", "-": "", "'": "", " ": ""}
    return "".join(table.get(c, c) for c in s.lower())


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

class P:
    def __init__(self, origin, g, given, family, order="GF", tn="family",
                 nicks="", han="", patr=""):
        self.origin, self.g, self.given, self.family = origin, g, given, family
        self.order, self.tn, self.han, self.patr = order, tn, han, patr
        self.nicks = [x for x in nicks.split(",") if x]

    def full(self):
        if self.order == "FG":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)


def _mk(origin, rows):
    out = []
    for row in rows:
        out.append(P(origin, *row))
    return out


PATIENTS = []
PATIENTS += _mk("kz", [
    ("F", "Aigerim", "Bekova", "GF", "family", "Aika", "", "Nurlanovna"),
    ("F", "Aizhan", "Tulegenova", "GF", "family", "Aizhanka", "", "Serikovna"),
    ("F", "Madina", "Serikbayeva", "GF", "family", "Madi", "", ""),
    ("F", "Gulnara", "Akhmetova", "GF", "family", "Gulya", "", "Kairatovna"),
    ("F", "Saule", "Zhumabayeva", "GF", "family", "", "", ""),
    ("F", "Zhanar", "Kassymova", "GF", "family", "Zhanka", "", "Bolatovna"),
    ("F", "Dana", "Nurpeisova", "GF", "family", "", "", ""),
    ("F", "Botagoz", "Ermekova", "GF", "family", "Bota", "", ""),
    ("F", "Kamila", "Abdrakhmanova", "GF", "family", "Kami", "", ""),
    ("M", "Yerlan", "Sadykov", "GF", "family", "Yerik", "", "Maratovich"),
    ("M", "Dauren", "Zhaksybekov", "GF", "family", "Dake", "", ""),
    ("M", "Nurlan", "Abenov", "GF", "family", "Nurik", "", "Askarovich"),
    ("M", "Askar", "Omarov", "GF", "family", "", "", ""),
    ("M", "Bakhyt", "Iskakov", "GF", "family", "Baha", "", ""),
    ("M", "Yerzhan", "Mukanov", "GF", "family", "", "", "Talgatovich"),
    ("M", "Timur", "Baimukhanov", "GF", "family", "Tima", "", ""),
    ("M", "Arman", "Dzhaksylykov", "GF", "family", "", "", ""),
    ("M", "Azamat", "Kenzhebekov", "GF", "family", "Aza", "", ""),
])
PATIENTS += _mk("ru", [
    ("F", "Irina", "Petrova", "GF", "family", "Ira", "", "Vladimirovna"),
    ("F", "Natalia", "Smirnova", "GF", "family", "Natasha", "", "Sergeyevna"),
    ("F", "Olga", "Fedorova", "GF", "family", "Olya", "", ""),
    ("F", "Tatiana", "Morozova", "GF", "family", "Tanya", "", "Ivanovna"),
    ("F", "Yekaterina", "Orlova", "GF", "family", "Katya", "", ""),
    ("F", "Svetlana", "Kozlova", "GF", "family", "Sveta", "", "Petrovna"),
    ("F", "Yulia", "Novikova", "GF", "family", "Yulechka", "", ""),
    ("M", "Sergei", "Kuznetsov", "GF", "family", "Seryozha", "", "Nikolayevich"),
    ("M", "Dmitry", "Volkov", "GF", "family", "Dima", "", "Andreyevich"),
    ("M", "Andrei", "Sokolov", "GF", "family", "Andryusha", "", ""),
    ("M", "Alexei", "Lebedev", "GF", "family", "Lyosha", "", ""),
    ("M", "Mikhail", "Popov", "GF", "family", "Misha", "", "Yuryevich"),
    ("M", "Nikolai", "Vasiliev", "GF", "family", "Kolya", "", ""),
    ("M", "Pavel", "Egorov", "GF", "family", "Pasha", "", ""),
])
PATIENTS += _mk("ca", [
    ("F", "Dilnoza", "Karimova", "GF", "family", "Dilya", "", ""),
    ("F", "Nodira", "Rakhimova", "GF", "family", "", "", ""),
    ("F", "Shahlo", "Yuldasheva", "GF", "family", "", "", ""),
    ("F", "Gulzat", "Abdyldaeva", "GF", "family", "", "", ""),
    ("F", "Aizada", "Toktosunova", "GF", "family", "", "", ""),
    ("F", "Manizha", "Sharipova", "GF", "family", "", "", ""),
    ("F", "Mehriban", "Atayeva", "GF", "family", "", "", ""),
    ("M", "Rustam", "Yusupov", "GF", "family", "Rustik", "", ""),
    ("M", "Farrukh", "Ismoilov", "GF", "family", "", "", ""),
    ("M", "Jamshid", "Nazarov", "GF", "family", "Jama", "", ""),
    ("M", "Aibek", "Toktogulov", "GF", "family", "", "", ""),
    ("M", "Bakyt", "Asanov", "GF", "family", "", "", ""),
    ("M", "Firdavs", "Rahmonov", "GF", "family", "", "", ""),
    ("M", "Bekzod", "Alimov", "GF", "family", "", "", ""),
])
PATIENTS += _mk("mn", [
    ("F", "Oyunchimeg", "Dorj", "GF", "given", "Oyuka", "", ""),
    ("F", "Enkhtuya", "Batbayar", "GF", "given", "", "", ""),
    ("F", "Altantsetseg", "Gankhuyag", "GF", "given", "Altaa", "", ""),
    ("F", "Narantuya", "Tsogt", "GF", "given", "Naraa", "", ""),
    ("F", "Bolormaa", "Erdene", "GF", "given", "", "", ""),
    ("M", "Bat-Erdene", "Ganbold", "GF", "given", "Bataa", "", ""),
    ("M", "Tserendorj", "Sukhbaatar", "GF", "given", "", "", ""),
    ("M", "Munkhbat", "Purevdorj", "GF", "given", "Mukhaa", "", ""),
    ("M", "Ganzorig", "Batsaikhan", "GF", "given", "Gana", "", ""),
    ("M", "Temuulen", "Otgonbayar", "GF", "given", "", "", ""),
])
PATIENTS += _mk("me", [
    ("F", "Fatima", "Haddad", "GF", "family", "", "", ""),
    ("F", "Layla", "Nasser", "GF", "family", "", "", ""),
    ("F", "Mariam", "Al-Sabah", "GF", "family", "", "", ""),
    ("F", "Zahra", "Hosseini", "GF", "family", "", "", ""),
    ("F", "Noor", "Al-Hashimi", "GF", "family", "", "", ""),
    ("F", "Rania", "Khoury", "GF", "family", "", "", ""),
    ("M", "Ahmed", "Al-Rashid", "GF", "family", "", "", ""),
    ("M", "Omar", "Khalil", "GF", "family", "", "", ""),
    ("M", "Yousef", "Mansour", "GF", "family", "Abu Khalil", "", ""),
    ("M", "Hassan", "Karimi", "GF", "family", "", "", ""),
    ("M", "Khalid", "Al-Otaibi", "GF", "family", "", "", ""),
    ("M", "Mustafa", "Yilmaz", "GF", "family", "", "", ""),
])
PATIENTS += _mk("sea", [
    ("F", "Thi Lan", "Nguyen", "FG", "given", "", "", ""),
    ("F", "Thu Trang", "Pham", "FG", "given", "", "", ""),
    ("F", "Siti Aminah", "binti Ahmad", "GF", "given", "", "", ""),
    ("F", "Kanya", "Suwannarat", "GF", "given", "Nong", "", ""),
    ("F", "Maria", "Santos", "GF", "family", "", "", ""),
    ("F", "Dewi", "Lestari", "GF", "given", "", "", ""),
    ("M", "Van Minh", "Tran", "FG", "given", "", "", ""),
    ("M", "Somchai", "Wongsawat", "GF", "given", "", "", ""),
    ("M", "Ahmad Fauzi", "bin Hassan", "GF", "given", "", "", ""),
    ("M", "Budi", "Santoso", "GF", "given", "", "", ""),
    ("M", "Jose", "Reyes", "GF", "family", "Pepe", "", ""),
    ("M", "Aung Kyaw", "Moe", "GF", "given", "", "", ""),
])
PATIENTS += _mk("eu", [
    ("F", "Sophie", "Dubois", "GF", "family", "", "", ""),
    ("F", "Giulia", "Rossi", "GF", "family", "", "", ""),
    ("F", "Elena", "Popescu", "GF", "family", "", "", ""),
    ("F", "Marta", "García", "GF", "family", "", "", ""),
    ("F", "Katarzyna", "Nowak", "GF", "family", "Kasia", "", ""),
    ("F", "Ingrid", "Larsen", "GF", "family", "", "", ""),
    ("M", "Hans", "Müller", "GF", "family", "", "", ""),
    ("M", "Jan", "Kowalski", "GF", "family", "", "", ""),
    ("M", "Lars", "Andersson", "GF", "family", "", "", ""),
    ("M", "Pieter", "de Vries", "GF", "family", "", "", ""),
    ("M", "Luca", "Bianchi", "GF", "family", "", "", ""),
    ("M", "Dimitris", "Papadopoulos", "GF", "family", "Mitsos", "", ""),
])
PATIENTS += _mk("af", [
    ("F", "Amina", "Mohammed", "GF", "family", "", "", ""),
    ("F", "Thandiwe", "Ndlovu", "GF", "family", "Thandi", "", ""),
    ("F", "Fatoumata", "Traoré", "GF", "family", "Fanta", "", ""),
    ("F", "Chiamaka", "Eze", "GF", "family", "Ada", "", ""),
    ("F", "Makeda", "Tesfaye", "GF", "family", "", "", ""),
    ("M", "Chinedu", "Okafor", "GF", "family", "Chi-Chi", "", ""),
    ("M", "Kwame", "Mensah", "GF", "family", "", "", ""),
    ("M", "Abebe", "Bekele", "GF", "family", "", "", ""),
    ("M", "Moussa", "Diallo", "GF", "family", "", "", ""),
    ("M", "Emeka", "Nwosu", "GF", "family", "", "", ""),
    ("M", "Tendai", "Moyo", "GF", "family", "", "", ""),
])
PATIENTS += _mk("cn", [
    ("F", "Fang", "Wang", "FG", "family", "Xiao Fang", "王芳", ""),
    ("F", "Na", "Li", "FG", "family", "Nana", "李娜", ""),
    ("F", "Jing", "Chen", "FG", "family", "Jingjing", "陈静", ""),
    ("F", "Xiaoyan", "Zhou", "FG", "family", "Yanyan", "周晓燕", ""),
    ("F", "Xiaomei", "Lin", "FG", "family", "A-Mei", "林晓梅", ""),
    ("F", "Min", "Huang", "FG", "family", "", "黄敏", ""),
    ("F", "Li", "Xu", "FG", "family", "", "徐丽", ""),
    ("F", "Ying", "Zhao", "FG", "family", "Yingying", "赵颖", ""),
    ("F", "Yue", "Sun", "FG", "family", "", "孙悦", ""),
    ("F", "Guiying", "He", "FG", "family", "", "何桂英", ""),
    ("M", "Wei", "Zhang", "FG", "family", "Lao Zhang", "张伟", ""),
    ("M", "Yang", "Liu", "FG", "family", "Yangyang", "刘洋", ""),
    ("M", "Lei", "Zhao", "FG", "family", "", "赵磊", ""),
    ("M", "Jianguo", "Wu", "FG", "family", "Lao Wu", "吴建国", ""),
    ("M", "Hao", "Sun", "FG", "family", "Haohao", "孙浩", ""),
    ("M", "Jun", "Ma", "FG", "family", "", "马军", ""),
    ("M", "Qiang", "Guo", "FG", "family", "", "郭强", ""),
    ("M", "Zhiqiang", "Zheng", "FG", "family", "", "郑志强", ""),
    ("M", "Xiaolong", "Ma", "FG", "family", "", "马小龙", ""),
    ("M", "Bo", "Yang", "FG", "family", "", "杨波", ""),
])
PATIENTS += _mk("cnm", [
    ("F", "Aynur", "Tursun", "GF", "given", "", "阿依努尔", ""),
    ("F", "Dilnur", "Ablimit", "GF", "given", "", "", ""),
    ("M", "Mehmet", "Abdukerim", "GF", "given", "", "", ""),
    ("M", "Ablikim", "Rozi", "GF", "given", "", "", ""),
    ("F", "Tenzin", "Dolma", "GF", "given", "", "", ""),
    ("M", "Tashi", "Tsering", "GF", "given", "", "", ""),
    ("F", "Sarangerel", "Borjigin", "GF", "given", "", "", ""),
])

WORDNAMES = _mk("af", [
    ("F", "Hope", "Mensah", "GF", "family", "", "", ""),
    ("F", "Blessing", "Okafor", "GF", "family", "", "", ""),
    ("F", "Precious", "Banda", "GF", "family", "", "", ""),
    ("F", "Grace", "Wanjiru", "GF", "family", "", "", ""),
    ("F", "Patience", "Mwale", "GF", "family", "", "", ""),
    ("F", "Joy", "Adeyemi", "GF", "family", "", "", ""),
    ("F", "Comfort", "Asante", "GF", "family", "", "", ""),
    ("M", "Innocent", "Mwangi", "GF", "family", "", "", ""),
    ("M", "Godswill", "Adeyemi", "GF", "family", "", "", ""),
    ("M", "Gift", "Phiri", "GF", "family", "", "", ""),
    ("M", "Bright", "Osei", "GF", "family", "", "", ""),
    ("M", "Justice", "Boateng", "GF", "family", "", "", ""),
    ("M", "Prince", "Okoro", "GF", "family", "", "", ""),
])
WORDNAMES += _mk("eu", [
    ("F", "Rose", "White", "GF", "family", "", "", ""),
    ("F", "Summer", "Young", "GF", "family", "", "", ""),
    ("M", "Daniel", "King", "GF", "family", "", "", ""),
    ("M", "Frank", "Bell", "GF", "family", "", "", ""),
])
WORDNAMES += _mk("cn", [
    ("M", "Fei", "Long", "FG", "family", "", "龙飞", ""),
    ("F", "Xue", "Bai", "FG", "family", "", "白雪", ""),
    ("M", "Yuan", "Gao", "FG", "family", "", "高原", ""),
    ("M", "Li", "Ma", "FG", "family", "", "马力", ""),
    ("F", "Die", "Hu", "FG", "family", "", "胡蝶", ""),
])

STAFF = _mk("cn", [
    ("M", "Ming", "Li", "FG", "family", "", "李明", ""),
    ("F", "Hong", "Wang", "FG", "family", "", "王红", ""),
    ("M", "Xiaodong", "Chen", "FG", "family", "", "陈晓东", ""),
    ("F", "Yan", "Zhao", "FG", "family", "", "赵燕", ""),
    ("F", "Min", "Liu", "FG", "family", "", "刘敏", ""),
    ("M", "Qiang", "Sun", "FG", "family", "", "孙强", ""),
    ("M", "Lei", "Huang", "FG", "family", "", "黄磊", ""),
    ("F", "Jing", "Xu", "FG", "family", "", "徐静", ""),
    ("M", "Rui", "Ma", "FG", "family", "", "马睿", ""),
    ("M", "Bin", "Hu", "FG", "family", "", "胡斌", ""),
    ("F", "Li", "Yang", "FG", "family", "", "杨丽", ""),
    ("M", "Jie", "Zhou", "FG", "family", "", "周杰", ""),
    ("F", "Xia", "Wu", "FG", "family", "", "吴霞", ""),
    ("M", "Yu", "Tang", "FG", "family", "", "唐宇", ""),
    ("F", "Qian", "Feng", "FG", "family", "", "冯倩", ""),
    ("M", "Hui", "Deng", "FG", "family", "", "邓辉", ""),
    ("F", "Mei", "Han", "FG", "family", "", "韩梅", ""),
    ("M", "Yong", "Cao", "FG", "family", "", "曹勇", ""),
    ("F", "Yan", "Lu", "FG", "family", "", "陆艳", ""),
    ("M", "Tao", "Jiang", "FG", "family", "", "江涛", ""),
    ("F", "Lan", "Shen", "FG", "family", "", "沈岚", ""),
    ("M", "Feng", "Qin", "FG", "family", "", "秦峰", ""),
    ("F", "Wen", "Pan", "FG", "family", "", "潘雯", ""),
    ("M", "Liang", "Dong", "FG", "family", "", "董亮", ""),
    ("M", "Shengli", "Ye", "FG", "family", "", "叶胜利", ""),
])
STAFF += _mk("kz", [
    ("F", "Aliya", "Sarsenbayeva", "GF", "family", "", "", ""),
    ("M", "Bolat", "Akhmetov", "GF", "family", "", "", ""),
    ("F", "Gulmira", "Tokhtarova", "GF", "family", "", "", ""),
])
STAFF += _mk("ru", [("F", "Elena", "Zhukova", "GF", "family", "", "", "")])
STAFF += _mk("mn", [("M", "Batbayar", "Dorjsuren", "GF", "given", "", "", "")])
STAFF += _mk("me", [("M", "Yusuf", "Ma", "GF", "given", "", "", "")])
STAFF += _mk("ca", [("F", "Nargiza", "Saidova", "GF", "family", "", "", "")])

WORD_STAFF = [p for p in WORDNAMES if p.origin == "cn"] + \
    [p for p in WORDNAMES if p.family in ("White", "Young", "King", "Bell")]

KIDNAMES = {"F": ["Doudou", "Niuniu", "Tiantian", "Aika", "Masha", "Duduu",
                  "Lele", "Nazik", "Lina", "Milana"],
            "M": ["Xiaobao", "Dima", "Nurik", "Timosha", "Bilal", "Haohao",
                  "Sanjar", "Ermek", "Dudu", "Temka"]}

ORIGIN_WEIGHTS = [("cn", 26), ("kz", 16), ("ru", 12), ("ca", 10), ("mn", 8),
                  ("me", 8), ("sea", 8), ("eu", 6), ("af", 6), ("cnm", 5)]


def pick_origin():
    tot = sum(w for _, w in ORIGIN_WEIGHTS)
    x = R.uniform(0, tot)
    for o, w in ORIGIN_WEIGHTS:
        x -= w
        if x <= 0:
            return o
    return "cn"


def pick_person(pool, g=None, origin=None, used=()):
    cand = [p for p in pool if (g is None or p.g == g)
            and (origin is None or p.origin == origin)
            and p not in used]
    return R.choice(cand)


def honor(p):
    if p.g == "M":
        return R.choice(["Mr.", "Mr.", "Mr"])
    return R.choice(["Ms.", "Mrs.", "Ms.", "Ms"])


def title_name(p):
    base = p.given if p.tn == "given" else p.family
    if p.origin == "sea" and p.given == "Somchai":
        return "Khun Somchai"
    return "%s %s" % (honor(p), base)


def given_only(p):
    if p.origin == "cn" and len(p.given) <= 3:
        return p.nicks[0] if p.nicks else p.full()
    return p.given


def initial_form(p):
    if p.order == "FG":
        return "%s %s." % (p.family, p.given[0])
    return R.choice(["%s. %s" % (p.given[0], p.family),
                     "%s %s." % (p.family, p.given[0])])


def caps_form(p):
    if R.random() < 0.6:
        return ("%s %s" % (p.family, p.given)).upper()
    return p.full().upper()


def render_person(p, base, hard):
    if base == "full":
        if p.patr and R.random() < 0.25:
            s = "%s %s %s" % (p.given, p.patr, p.family)
        else:
            s = p.full()
        if hard:
            s = R.choice([caps_form(p), p.full().lower(), initial_form(p)])
        return s
    if base == "title":
        s = title_name(p)
        if hard:
            s = R.choice([s.upper(), s.lower().replace(".", "")])
        return s
    if base == "given":
        s = given_only(p)
        if hard:
            s = s.lower()
        return s
    if base == "nick":
        return R.choice(p.nicks) if p.nicks else given_only(p)
    if base == "caps":
        return caps_form(p)
    if base == "lower":
        return R.choice([p.full().lower(), given_only(p).lower()])
    if base == "han":
        return p.han
    if base == "bare":
        s = R.choice([p.full(), p.full(), given_only(p)])
        if hard:
            s = s.lower() if R.random() < 0.5 else s.upper()
        return s
    if base == "any":
        b = R.choice(["full", "full", "title", "given", "nick"])
        return render_person(p, b, hard)
    raise ValueError(base)


def gen_name(mode, ctx):
    parts = mode.split("_") if mode else ["any"]
    base = parts[0]
    g = None
    origin = None
    for x in parts[1:]:
        if x in ("f", "m"):
            g = x.upper()
        elif x != "any":
            origin = x
    used = ctx["used"]
    hard = ctx["hard"]
    if hard and base in ("full", "title", "given", "bare", "any", "dr",
                         "staff", "wordgiven"):
        ctx["hard_used"] = True
    if base in ("dr", "staff"):
        pool = STAFF
        if R.random() < 0.2 and origin is None:
            pool = STAFF + PATIENTS  # visiting or referring doctors
        p = pick_person(pool, g, origin, used)
        used.append(p)
        if base == "staff":
            return render_person(p, "bare", hard)
        ttl = R.choice(["Dr.", "Dr.", "Dr", "Professor", "Prof.", "Dr."])
        nm = R.choice([p.family if p.tn == "family" else p.given, p.full()])
        s = "%s %s" % (ttl, nm)
        if hard:
            s = R.choice([s.upper(), s.lower(), "%s %s" % (ttl, initial_form(p))])
        return s
    if base == "worddr":
        p = pick_person(WORD_STAFF, g, None, used)
        used.append(p)
        return "Dr. " + R.choice([p.family, p.full()])
    if base == "wordgiven":
        p = pick_person([q for q in WORDNAMES if q.origin != "cn"
                         and q.family not in ("White", "Young", "King", "Bell")],
                        g, None, used)
        used.append(p)
        s = R.choice([p.given, p.given, p.full()])
        if hard:
            s = s.lower()
        return s
    if base == "kid":
        gg = g or R.choice("FM")
        if R.random() < 0.6:
            return R.choice(KIDNAMES[gg])
        p = pick_person(PATIENTS, gg, None, used)
        used.append(p)
        return given_only(p)
    if base == "han":
        p = pick_person([q for q in PATIENTS + STAFF if q.han], g, None, used)
        used.append(p)
        return p.han
    if origin is None:
        origin = pick_origin()
        if base == "nick":
            cand = [p for p in PATIENTS if p.nicks and (g is None or p.g == g)
                    and p not in used]
            p = R.choice(cand)
            used.append(p)
            return R.choice(p.nicks)
    p = pick_person(PATIENTS, g, origin, used)
    used.append(p)
    return render_person(p, base, hard)


# ---------------------------------------------------------------------------
# identifier generators: each returns (text, [kinds])
# ---------------------------------------------------------------------------

def H(ctx):
    """is the harder form wanted? (and remember that it was used)"""
    if ctx["hard"]:
        ctx["hard_used"] = True
        return True
    return False


def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    dd = R.randint(1, 28 if m == 2 else 30)
    return y, m, dd


def fmt_date(y, m, dd, hard, noyear=False):
    mon = MONTHS[m - 1]
    if noyear:
        if hard:
            return R.choice(["the %s of %s" % (ordinal_words(dd), mon),
                             "%02d.%02d" % (dd, m),
                             fullwidth("%d/%d" % (dd, m)),
                             "%s %s" % (ordinal_words(dd), mon.lower()),
                             "%d月%d日" % (m, dd)])
        return R.choice(["%d %s" % (dd, mon), "%s %d" % (mon, dd),
                         "%s %s" % (mon, ordinal(dd)),
                         "the %s of %s" % (ordinal(dd), mon),
                         "%d %s" % (dd, mon[:3])])
    if hard:
        return R.choice([
            fullwidth("%02d.%02d.%d" % (dd, m, y)),
            "%d年%d月%d日" % (y, m, dd),
            "the %s of %s %d" % (ordinal_words(dd), mon, y),
            "%02d . %02d . %d" % (dd, m, y),
            "%d-%s-%d" % (dd, ROMAN[m - 1], y),
            "%d%02d%02d" % (y, m, dd),
            "%02d%s%d" % (dd, mon[:3].upper(), y),
            "%d/%d/%d" % (y, m, dd),
            fullwidth("%d-%02d-%02d" % (y, m, dd)),
            "%s %s, %s" % (mon.lower(), words(dd), words(y // 100) + " "
                           + (words(y % 100) if y % 100 >= 10 else
                              "oh " + words(y % 100)) if y < 2000 else
                           "two thousand and " + words(y - 2000)),
        ])
    return R.choice([
        "%d %s %d" % (dd, mon, y), "%s %d, %d" % (mon, dd, y),
        "%d %s %d" % (dd, mon[:3], y), "%d-%02d-%02d" % (y, m, dd),
        "%02d.%02d.%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y),
        "%s. %d, %d" % (mon[:3], dd, y), "%s %s %d" % (ordinal(dd), mon, y),
        "%d/%d/%02d" % (dd, m, y % 100), "%02d.%02d.%02d" % (dd, m, y % 100),
    ])


def gen_date(mode, ctx):
    y, m, dd = rand_ymd(2016, 2024)
    return fmt_date(y, m, dd, H(ctx), noyear=(mode == "noyear")), \
        ["exact_date"]


def gen_dob(mode, ctx):
    if mode == "adult":
        y, m, dd = rand_ymd(1942, 2000)
    elif mode == "child":
        y, m, dd = rand_ymd(2008, 2022)
    else:
        y, m, dd = rand_ymd(1942, 2020)
    return fmt_date(y, m, dd, H(ctx)), ["date_of_birth"]


def gen_age90(mode, ctx):
    n = R.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    hard = H(ctx) if mode not in ("noun", "decade", "words") else False
    if mode == "adj":
        if hard:
            return "%s-year-old" % words(n), ["age_over_89"]
        return R.choice(["%d-year-old" % n, "%d-year-old" % n,
                         "%d year old" % n]), ["age_over_89"]
    if mode == "words":
        return words(n), ["age_over_89"]
    if mode == "decade":
        return R.choice(["nineties", "late nineties", "early nineties",
                         "mid-nineties"]), ["age_over_89"]
    if mode == "noun":
        return R.choice(["nonagenarian", "centenarian", "nonagenarian"]), ["age_over_89"]
    if mode == "form":
        return R.choice(["%d" % n, "%d years" % n, "%d y.o." % n,
                         "%dy" % n, fullwidth("%d" % n)]), ["age_over_89"]
    if hard:
        return R.choice([words(n), fullwidth(str(n))]), ["age_over_89"]
    return str(n), ["age_over_89"]


def _ph(country=None):
    fm = {
        "kz": lambda: "+7 %s %s %s %s" % (R.choice(["701", "702", "705", "707", "747", "771", "775", "777", "778"]), d(3), d(2), d(2)),
        "kz2": lambda: "8 (%s) %s-%s-%s" % (R.choice(["701", "705", "707", "777"]), d(3), d(2), d(2)),
        "ru": lambda: "+7 (%s) %s-%s-%s" % (R.choice(["912", "916", "903", "985", "923", "913", "950"]), d(3), d(2), d(2)),
        "ru2": lambda: "8-9%s-%s-%s-%s" % (d(2), d(3), d(2), d(2)),
        "cn": lambda: "+86 1%s%s %s %s" % (R.choice("35789"), d(1), d(4), d(4)),
        "cn2": lambda: "1%s%s" % (R.choice("3589"), d(9)),
        "cn3": lambda: "1%s%s-%s-%s" % (R.choice("3589"), d(1), d(4), d(4)),
        "cnl": lambda: R.choice(["010-%s%s %s" % (R.choice("568"), d(3), d(4)),
                                 "(021) %s %s" % (dn(4), d(4)),
                                 "0991-%s" % dn(7), "0451-8%s" % d(6),
                                 "028-8%s" % d(7)]),
        "mn": lambda: "+976 %s%s %s" % (R.choice(["88", "99", "95", "80", "91"]), d(2), d(4)),
        "uz": lambda: "+998 %s %s %s %s" % (R.choice(["90", "91", "93", "94", "97", "99"]), d(3), d(2), d(2)),
        "kg": lambda: "+996 %s %s %s" % (R.choice(["555", "700", "770", "550"]), d(3), d(3)),
        "tj": lambda: "+992 %s %s %s" % (R.choice(["93", "92", "90", "98"]), d(3), d(4)),
        "ae": lambda: "+971 5%s %s %s" % (R.choice("0256"), d(3), d(4)),
        "sa": lambda: "+966 5%s %s %s" % (d(1), d(3), d(4)),
        "ir": lambda: "+98 9%s %s %s" % (d(2), d(3), d(4)),
        "iq": lambda: "+964 7%s %s %s" % (R.choice(["70", "50", "80"]), d(3), d(4)),
        "vn": lambda: "+84 9%s %s %s" % (d(2), d(3), d(3)),
        "th": lambda: "+66 8%s %s %s" % (d(1), d(3), d(4)),
        "my": lambda: "+60 1%s-%s %s" % (d(1), d(3), d(4)),
        "id": lambda: "+62 8%s-%s-%s" % (d(2), d(4), d(4)),
        "ph": lambda: "+63 9%s %s %s" % (d(2), d(3), d(4)),
        "de": lambda: "+49 1%s %s" % (R.choice(["51", "52", "60", "70", "76"]), d(8)),
        "fr": lambda: "+33 %s %s %s %s %s" % (R.choice("67"), d(2), d(2), d(2), d(2)),
        "uk": lambda: "+44 7%s %s" % (d(3), d(6)),
        "it": lambda: "+39 3%s %s %s" % (d(2), d(3), d(4)),
        "ng": lambda: "+234 80%s %s %s" % (R.choice("3368"), d(3), d(4)),
        "ke": lambda: "+254 7%s %s" % (d(2), d(6)),
        "et": lambda: "+251 9%s %s %s" % (d(1), d(3), d(4)),
        "za": lambda: "+27 8%s %s %s" % (d(1), d(3), d(4)),
        "eg": lambda: "+20 1%s %s %s" % (R.choice("0125"), d(4), d(4)),
    }
    if country is None:
        country = R.choice(list(fm.keys()) + ["cn", "cn2", "kz", "ru"])
    s = fm[country]()
    if s.startswith("+") and R.random() < 0.15:
        s = "00" + s[1:]
    return s


def gen_phone(mode, ctx):
    s = _ph(mode if mode else None)
    if H(ctx):
        o = R.choice(["fw", "spell", "dots", "nosep", "spell"])
        if o == "fw":
            s = fullwidth(s)
        elif o == "spell":
            s = spell_digits(s)
        elif o == "dots":
            s = re.sub(r"[\s\-()]+", ".", s).strip(".")
        else:
            s = re.sub(r"[\s\-()]+", "", s)
    return s, ["phone_number"]


DOMAINS = {"mix": ["gmail.com", "outlook.com"],"kz": ["mail.kz", "mail.ru", "gmail.com", "inbox.kz", "bk.ru"],
           "ru": ["mail.ru", "yandex.ru", "list.ru", "inbox.ru", "rambler.ru"],
           "ca": ["mail.ru", "gmail.com", "umail.uz", "yandex.ru"],
           "mn": ["gmail.com", "yahoo.com", "mongol.net"],
           "me": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com"],
           "sea": ["gmail.com", "yahoo.com.vn", "hotmail.com", "yahoo.co.id"],
           "eu": ["gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl",
                  "outlook.com"],
           "af": ["gmail.com", "yahoo.com", "hotmail.com"],
           "cn": ["163.com", "126.com", "sina.com", "foxmail.com",
                  "139.com"],
           "cnm": ["163.com", "126.com", "qq.com"]}


def ctx_person(ctx, pool):
    """the person last named in the sentence, if any (most of the time)"""
    if ctx["used"] and R.random() < 0.8:
        return ctx["used"][-1]
    return R.choice(pool)


def gen_email(mode, ctx):
    p = ctx_person(ctx, PATIENTS + STAFF)
    gv, fm = translit(p.given), translit(p.family)
    pat = R.choice(["%s.%s", "%s_%s", "%s%s", "%s.%s%s", "%s%s%s"])
    if pat.count("%s") == 3:
        local = pat % (gv, fm, R.choice([d(2), d(4), "19%s" % d(2)]))
    else:
        local = pat % R.choice([(gv, fm), (fm, gv), (gv[0], fm)])
    dom = R.choice(DOMAINS.get(p.origin, DOMAINS["mix"]))
    if p.origin in ("cn", "cnm") and R.random() < 0.35:
        local, dom = dn(R.randint(8, 10)), "qq.com"
    if mode == "work":
        dom = R.choice(["hospital-intl.cn", "clinic.kz", "medcenter.uz"])
    if H(ctx):
        nm, tld = dom.split(".", 1)
        s = R.choice([
            "%s at %s dot %s" % (local, nm, tld.replace(".", " dot ")),
            "%s[at]%s" % (local, dom),
            "%s (at) %s (dot) %s" % (local, nm, tld),
            "%s @ %s" % (local, dom),
            "%s＠%s" % (local, dom),
            ("%s@%s" % (local, dom)).upper(),
            "%s AT %s DOT %s" % (local, nm, tld.upper()),
        ])
    else:
        s = "%s@%s" % (local, dom)
    return s, ["email"]


def _slug(p):
    gv, fm = translit(p.given), translit(p.family)
    return R.choice(["help-%s-%s" % (gv, fm), "%s-%s-fights-cancer" % (gv, fm),
                     "save-%s" % gv, "%s-transplant-fund" % gv,
                     "support-%s-%s-treatment" % (gv, fm),
                     "%s%s" % (gv, fm), "for-%s-%s" % (gv, fm)])


def gen_url(mode, ctx):
    p = ctx_person(ctx, PATIENTS + WORDNAMES)
    slug = _slug(p)
    gv, fm = translit(p.given), translit(p.family)
    flat = slug.replace("-", "")
    fund = [
        "https://www.gofundme.com/f/%s" % slug,
        "gofundme.com/f/%s" % slug,
        "https://www.justgiving.com/crowdfunding/%s" % slug,
        "https://www.leetchi.com/c/%s" % slug,
        "https://www.launchgood.com/campaign/%s" % slug,
        "https://kitabisa.com/campaign/%s" % flat,
        "https://milaap.org/fundraisers/%s" % slug,
        "https://planeta.ru/campaigns/%s" % flat,
        "https://www.betterplace.me/%s" % slug,
        "https://www.qschou.com/project/%s" % letters(8, "abcdef0123456789"),
        "https://m.shuidichou.com/raise/%s" % letters(10, "abcdefghjkmnpqrstuvwxyz23456789"),
    ]
    blog = [
        "https://%s.blogspot.com" % flat,
        "https://%s%s.wordpress.com" % (gv, fm),
        "www.%s%s.com" % (gv, fm),
        "https://sites.google.com/view/%s-%s" % (gv, fm),
        "https://www.%s-%s.de" % (gv, fm),
        "http://%s-%s.narod.ru" % (gv, fm),
        "https://%s%s.kz" % (gv, fm),
        "https://www.%s%s.me/diary" % (gv, fm),
    ]
    if mode == "fund":
        s = R.choice(fund)
    elif mode == "blog":
        s = R.choice(blog)
    else:
        s = R.choice(fund + blog)
    if H(ctx):
        s = R.choice([re.sub(r"^https?://(www\.)?", "", s),
                      s.replace(".", " . ").replace("/", " / "),
                      s.replace("https://", "hxxps://"),
                      s.upper() if len(s) < 40 else re.sub(r"^https?://", "", s)])
    return s, ["web_address"]


IP_FIRST = [5, 31, 37, 46, 77, 78, 82, 85, 89, 91, 92, 95, 109, 111, 112,
            113, 114, 116, 117, 119, 123, 139, 171, 176, 178, 180, 183, 185,
            188, 193, 195, 202, 210, 212, 213, 217, 218, 220, 221, 222]


def gen_ip(mode, ctx):
    if mode == "v6" or (mode is None and R.random() < 0.15):
        h = lambda: "%x" % R.randint(1, 0xffff)
        s = R.choice(["2a02:%s:%s:%s::%s" % (h(), h(), h(), h()),
                      "240e:%s:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h(), h()),
                      "2001:%s:%s:%s:%s::%s" % (h(), h(), h(), h(), h())])
    else:
        s = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(0, 255),
                             R.randint(0, 255), R.randint(1, 254))
    if H(ctx):
        s = R.choice([s.replace(".", " . "), fullwidth(s), s.replace(".", "[.]"),
                      s.replace(".", ",")]) if "." in s else s.upper()
    return s, ["ip_address"]


def _handle():
    p = R.choice(PATIENTS + WORDNAMES)
    gv, fm = translit(p.given), translit(p.family)
    return R.choice(["%s_%s" % (gv, fm[:4]), "%s.%s" % (gv, fm),
                     "%s%s" % (gv, d(2)), "%s_%s%s" % (fm, gv[0], d(2)),
                     "%s.%s.%s" % (gv, fm[0], d(2)), "the_%s_%s" % (gv, fm),
                     "%s_%s_kz" % (gv, fm[:3]), "%s%s" % (gv[:3], fm)])


WEIBO_NAMES = ["陈静的康复日记", "小雨抗癌记", "勇敢的豆豆妈", "老吴的透析日常",
               "晓燕爱生活", "抗白小战士乐乐", "周周的移植之路"]


def gen_soc(mode, ctx):
    kind = R.choice(["wechat", "wechat", "qq", "douyin", "weibo", "ig", "ig",
                     "tg", "tg", "vk", "fb", "tiktok", "line"])
    h = _handle()
    hard = H(ctx)
    if kind == "wechat":
        v = R.choice([h.replace(".", "_"), "wxid_" + letters(12, "abcdefghijkmnpqrstuvwxyz0123456789"),
                      "%s%s" % (translit(R.choice(PATIENTS).given), d(4))])
        if hard:
            lab = R.choice(["vx", "V信", "weixin", "WX", "微信"])
        else:
            lab = "WeChat"
        forms = ["%s: %s" % (lab, v), "%s ID %s" % (lab, v),
                 "%s (%s)" % (v, lab)]
        on = ["on %s (ID: %s)" % (lab, v), "on %s as %s" % (lab, v)]
    elif kind == "qq":
        v = dn(R.randint(6, 10))
        if hard:
            v = R.choice([fullwidth(v), " ".join(v)])
        forms = ["QQ %s" % v, "QQ: %s" % v, "QQ号 %s" % v, "%s (QQ)" % v]
        on = ["on QQ, number %s" % v, "on QQ (%s)" % v]
    elif kind == "douyin":
        v = R.choice(["@" + h, dn(10), "dy" + letters(8, "abcdefghjkmnpqrstuvwxyz0123456789")])
        forms = ["Douyin %s" % v, "抖音号 %s" % v, "Douyin ID: %s" % v]
        on = ["on Douyin as %s" % v, "on Douyin (%s)" % v]
    elif kind == "weibo":
        v = R.choice(["@" + R.choice(WEIBO_NAMES), "weibo.com/u/%s" % dn(10),
                      "https://weibo.com/%s" % h.replace(".", "")])
        forms = ["Weibo %s" % v, "Weibo: %s" % v, v]
        on = ["on Weibo as %s" % v, "on Weibo (%s)" % v]
    elif kind == "ig":
        v = R.choice(["@" + h, "instagram.com/" + h, "https://www.instagram.com/%s/" % h])
        forms = ["Instagram %s" % v, "insta: %s" % v, "IG %s" % v, v]
        on = ["on Instagram, %s" % v, "on Instagram (%s)" % v]
    elif kind == "tg":
        v = R.choice(["@" + h.replace(".", "_"), "t.me/" + h.replace(".", "_")])
        forms = ["Telegram %s" % v, "tg: %s" % v, "Telegram: %s" % v, v]
        on = ["on Telegram, %s" % v, "on Telegram (%s)" % v]
    elif kind == "vk":
        v = R.choice(["vk.com/id%s" % dn(9), "vk.com/%s" % h.replace(".", "_"),
                      "https://vk.com/%s" % h.replace(".", "")])
        forms = ["VK: %s" % v, "VKontakte page %s" % v, v]
        on = ["on VK (%s)" % v, "on VKontakte, %s" % v]
    elif kind == "fb":
        v = R.choice(["facebook.com/%s" % h, "https://www.facebook.com/profile.php?id=1000%s" % d(11),
                      "fb.com/%s" % h])
        forms = ["Facebook: %s" % v, "FB %s" % v, v]
        on = ["on Facebook (%s)" % v, "on Facebook, %s" % v]
    elif kind == "tiktok":
        v = "@" + h
        forms = ["TikTok %s" % v, "tiktok: %s" % v]
        on = ["on TikTok as %s" % v, "on TikTok (%s)" % v]
    else:
        v = h.replace(".", "_")
        forms = ["LINE ID: %s" % v, "Line %s" % v]
        on = ["on LINE (ID %s)" % v, "on LINE as %s" % v]
    if hard and kind in ("ig", "tg", "tiktok", "line") and not v.startswith("http"):
        forms = [f.replace(v, v.upper()) for f in forms]
        on = [f.replace(v, v.upper()) for f in on]
    if mode == "on":
        return R.choice(on), ["social_account"]
    return R.choice(forms), ["social_account"]


# addresses ---------------------------------------------------------------

def _kz_pc():
    return R.choice(["%s%s%s%s%s%s" % (R.choice("AZTRX"), d(2), letters(1), d(1), letters(1), d(1)),
                     "0%s0%s%s" % (R.choice("5123"), d(1), d(2))])


def addr_parts(country=None, han=False):
    """returns (address text without postcode, postcode, style)"""
    n, m = R.randint(1, 220), R.randint(1, 180)
    if han:
        c = R.choice(["bj", "sh", "xj", "hlj", "sc", "gd", "nm"])
        if c == "bj":
            s = "北京市朝阳区建国路%d号院%d号楼%d单元%d室" % (n, R.randint(1, 12), R.randint(1, 6), R.randint(101, 2408))
            pc = "1000%s" % d(2)
        elif c == "sh":
            s = "上海市闵行区虹桥路%d弄%d号%d室" % (R.randint(100, 999), R.randint(1, 60), R.randint(101, 1802))
            pc = "2011%s" % d(2)
        elif c == "xj":
            s = "新疆乌鲁木齐市天山区解放南路%d号%d栋%d室" % (n, R.randint(1, 20), R.randint(101, 1602))
            pc = "8300%s" % d(2)
        elif c == "hlj":
            s = "黑龙江省哈尔滨市南岗区西大直街%d号" % n
            pc = "1500%s" % d(2)
        elif c == "sc":
            s = "四川省成都市武侯区人民南路四段%d号%d单元%d号" % (n, R.randint(1, 6), R.randint(101, 2302))
            pc = "6100%s" % d(2)
        elif c == "gd":
            s = "广东省深圳市南山区科技园南路%d号%d栋%d室" % (n, R.randint(1, 9), R.randint(101, 3201))
            pc = "5180%s" % d(2)
        else:
            s = "内蒙古呼和浩特市赛罕区大学东街%d号" % n
            pc = "0100%s" % d(2)
        return s, pc, "han"
    if country is None:
        country = R.choice(["kz", "kz", "ru", "uz", "kg", "mn", "cn", "cn",
                            "cn", "ae", "vn", "th", "de", "fr", "uk", "pl",
                            "ng", "ke", "et", "ir", "tr", "it"])
    apt = R.randint(1, 240)
    if country == "kz":
        s = R.choice([
            "%d Abay Avenue, apt %d, Almaty" % (n, apt),
            "microdistrict Samal-2, building %d, flat %d, Almaty" % (R.randint(1, 99), apt),
            "Kabanbay Batyr Ave %d, apt. %d, Astana" % (n, apt),
            "ul. Tole Bi %d, kv. %d, Almaty" % (n, apt),
            "mkr. Nursat, d. %d, kv. %d, Shymkent" % (R.randint(1, 150), apt),
            "%d Satpayev Street, flat %d, Karaganda" % (n, apt),
            "Respublika Avenue %d, apartment %d, Astana" % (n, apt)])
        pc = _kz_pc()
    elif country == "ru":
        s = R.choice([
            "ul. Lenina, d. %d, kv. %d, Novosibirsk" % (n, apt),
            "%d Tverskaya Street, apt %d, Moscow" % (n, apt),
            "prospekt Mira %d-%d, Omsk" % (n, apt),
            "ul. Karla Marksa %d, kv. %d, Irkutsk" % (n, apt),
            "Nevsky Prospekt %d, flat %d, St Petersburg" % (n, apt)])
        pc = dn(6)
    elif country == "uz":
        s = R.choice([
            "Amir Temur street %d, apt %d, Tashkent" % (n, apt),
            "Chilanzar-%d, house %d, apartment %d, Tashkent" % (R.randint(1, 25), R.randint(1, 60), apt),
            "Registan street %d, Samarkand" % n])
        pc = "1%s" % d(5)
    elif country == "kg":
        s = R.choice(["Chui Avenue %d, apt %d, Bishkek" % (n, apt),
                      "mkr. Dzhal-%d, house %d, flat %d, Bishkek" % (R.randint(1, 30), R.randint(1, 50), apt)])
        pc = "720%s" % d(3)
    elif country == "mn":
        s = R.choice([
            "Bayanzurkh district, %s khoroo, building %d, apartment %d, Ulaanbaatar" % (ordinal(R.randint(1, 26)), R.randint(1, 90), apt),
            "Peace Avenue %d, Sukhbaatar district, Ulaanbaatar" % n,
            "Khan-Uul district, 3rd khoroo, building %d, door %d" % (R.randint(1, 90), apt)])
        pc = "1%s" % d(4)
    elif country == "cn":
        s = R.choice([
            "Room %d, Building %d, %d Jianguo Road, Chaoyang District, Beijing" % (R.randint(101, 2508), R.randint(1, 16), n),
            "Unit %d, Building %d, Lane %d Hongqiao Road, Shanghai" % (R.randint(1, 6), R.randint(1, 30), R.randint(100, 999)),
            "No. %d Jiefang South Road, Tianshan District, Urumqi" % n,
            "Flat %d, %d Zhongshan Road, Nangang District, Harbin" % (R.randint(101, 1802), n),
            "%d Renmin South Road, Section 4, Wuhou District, Chengdu" % n,
            "Apt %d-%d, %d Xinhua Street, Kashgar" % (R.randint(1, 9), R.randint(101, 902), n),
            "Building %d, Room %d, Daxue East Street, Hohhot" % (R.randint(1, 30), R.randint(101, 1602))])
        pc = "%s0%s" % (R.choice(["10", "20", "83", "15", "61", "01", "84"]), d(3))
    elif country == "ae":
        s = R.choice(["Villa %d, Street %d, Al Barsha 2, Dubai" % (n, R.randint(1, 40)),
                      "Apartment %d, Al Reem Tower %d, Abu Dhabi" % (R.randint(101, 3502), R.randint(1, 4))])
        pc = None
    elif country == "vn":
        s = R.choice(["%d Nguyen Hue Street, District 1, Ho Chi Minh City" % n,
                      "No. %d, Lane %d, Kim Ma Street, Ba Dinh, Hanoi" % (R.randint(1, 60), R.randint(1, 300))])
        pc = "1%s" % d(5)
    elif country == "th":
        s = "%d/%d Sukhumvit Soi %d, Khlong Toei, Bangkok" % (n, R.randint(1, 99), R.randint(1, 71))
        pc = "10110"
    elif country == "de":
        s = R.choice(["Friedrichstraße %d, Berlin" % n, "Hauptstraße %d, Köln" % n,
                      "Leopoldstraße %d, München" % n])
        pc = dn(5)
    elif country == "fr":
        s = "%d rue de la République, Lyon" % n
        pc = "690%s" % d(2)
    elif country == "uk":
        s = "Flat %d, %d Baker Street, London" % (apt, n)
        pc = "NW1 %d%s" % (R.randint(1, 9), letters(2, "ABDEFGHJLNPQRSTUWXYZ"))
    elif country == "pl":
        s = "ul. Marszałkowska %d/%d, Warszawa" % (n, apt)
        pc = "00-%s" % d(3)
    elif country == "ng":
        s = R.choice(["%d Adeola Odeku Street, Victoria Island, Lagos" % n,
                      "Plot %d, Gwarinpa Estate, Abuja" % n])
        pc = "1%s" % d(5)
    elif country == "ke":
        s = "House %d, Ngong Road, Nairobi" % n
        pc = "00%s" % d(3)
    elif country == "et":
        s = "Bole Sub-city, Woreda %d, House No. %d, Addis Ababa" % (R.randint(1, 14), R.randint(100, 3000))
        pc = "1000"
    elif country == "ir":
        s = "No. %d, %s Alley, Valiasr Street, Tehran" % (n, ordinal(R.randint(2, 30)))
        pc = "%s-%s" % (dn(5), d(5))
    elif country == "tr":
        s = "Atatürk Caddesi No. %d, Daire %d, Ankara" % (n, R.randint(1, 30))
        pc = "06%s" % d(3)
    else:
        s = "Via Roma %d, Milano" % n
        pc = "201%s" % d(2)
    return s, pc, country


def join_pc(s, pc, style):
    if style == "han":
        return R.choice(["%s，邮编%s" % (s, pc), "%s %s" % (pc, s)])
    if style in ("de", "fr", "it", "pl", "tr"):
        city = s.rsplit(", ", 1)
        return "%s, %s %s" % (city[0], pc, city[1])
    if style == "uk":
        return "%s %s" % (s, pc)
    if style == "ru":
        return R.choice(["%s, %s" % (s, pc), "%s, %s" % (pc, s)])
    return "%s %s" % (s, pc) if R.random() < 0.5 else "%s, %s" % (s, pc)


def gen_addr(mode, ctx):
    han = (mode == "han") or (mode is None and R.random() < 0.12)
    want_pc = (mode == "pc")
    country = mode if mode not in (None, "pc", "han") else None
    for _ in range(20):
        s, pc, style = addr_parts(country, han)
        if not want_pc or pc:
            break
    if H(ctx) and style != "han":
        s = R.choice([s.lower(), s.replace("Street", "St.").replace("Avenue", "Ave.").replace("apartment", "apt").replace("building", "bld"),
                      fullwidth(s)])
    if want_pc:
        return join_pc(s, pc, style), ["street_address", "postal_code"]
    return s, ["street_address"]


def gen_post(mode, ctx):
    c = mode or R.choice(["kz", "ru", "cn", "mn", "uz", "kg", "de", "uk",
                          "us", "pl", "vn", "tr", "ir"])
    if c == "kz":
        v = _kz_pc()
    elif c == "ru":
        v = R.choice(["63", "64", "10", "12", "19", "66", "62"]) + d(4)
    elif c == "cn":
        v = R.choice(["10", "20", "83", "15", "61", "01", "84", "51", "65"]) + "0" + d(3)
    elif c == "mn":
        v = "1" + d(4)
    elif c == "uz":
        v = "1" + d(5)
    elif c == "kg":
        v = "720" + d(3)
    elif c == "de":
        v = dn(5)
    elif c == "uk":
        v = R.choice(["SW1A", "EC2A", "M14", "B15", "G12", "LS2"]) + " " + str(R.randint(1, 9)) + letters(2, "ABDEFGHJLNPQRSTUWXYZ")
    elif c == "us":
        v = dn(5) + (("-" + d(4)) if R.random() < 0.3 else "")
    elif c == "pl":
        v = d(2) + "-" + d(3)
    elif c == "vn":
        v = "1" + d(5)
    elif c == "tr":
        v = "06" + d(3)
    else:
        v = dn(5) + "-" + d(5)
    if H(ctx):
        v = R.choice([fullwidth(v), " ".join(v.replace(" ", "")), spell_digits(v) if v.isdigit() else fullwidth(v)])
    return v, ["postal_code"]


CITY_COORDS = [(43.2389, 76.8897), (51.1605, 71.4704), (42.3417, 69.5901),
               (49.8047, 73.1094), (55.0084, 82.9357), (54.9885, 73.3242),
               (41.2995, 69.2401), (39.6270, 66.9750), (42.8746, 74.5698),
               (47.9184, 106.9177), (49.0270, 104.0440), (46.3530, 48.0326),
               (25.2048, 55.2708), (24.7136, 46.6753), (35.6892, 51.3890),
               (21.0278, 105.8342), (13.7563, 100.5018), (6.5244, 3.3792),
               (-1.2921, 36.8219), (9.0300, 38.7400), (43.8256, 87.6168),
               (45.8038, 126.5350), (39.4704, 75.9898), (29.6520, 91.1721),
               (40.8426, 111.7490), (52.2297, 21.0122), (50.4501, 30.5234)]


def _dms(x, pos, neg, hard):
    h = pos if x >= 0 else neg
    x = abs(x)
    deg = int(x)
    mins = int((x - deg) * 60)
    secs = ((x - deg) * 60 - mins) * 60
    if hard:
        return "%d°%02d′%04.1f″%s" % (deg, mins, secs, h)
    return "%d°%02d'%04.1f%s" % (deg, mins, secs, h)


def gen_geo(mode, ctx):
    la, lo = R.choice(CITY_COORDS)
    la += R.uniform(-0.6, 0.6)
    lo += R.uniform(-0.8, 0.8)
    nd = R.choice([4, 5, 6])
    a, b = ("%." + str(nd) + "f") % la, ("%." + str(nd) + "f") % lo
    ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
    aa, bb = a.lstrip("-"), b.lstrip("-")
    if H(ctx):
        s = R.choice(["%s %s" % (_dms(la, "N", "S", True), _dms(lo, "E", "W", True)),
                      fullwidth("%s, %s" % (a, b)),
                      "%s%s %s%s" % (ns, aa, ew, bb),
                      "%s / %s" % (a.replace(".", ","), b.replace(".", ",")),
                      "%s %s, %s %s" % (_dms(la, "N", "S", False), "", _dms(lo, "E", "W", False), "")])
        s = re.sub(r"\s+,", ",", s).strip()
    else:
        s = R.choice(["%s, %s" % (a, b), "%s° %s, %s° %s" % (aa, ns, bb, ew),
                      "lat %s, lon %s" % (a, b), "%s,%s" % (a, b),
                      "(%s, %s)" % (a, b), "latitude %s longitude %s" % (a, b)])
    return s, ["geolocation"]


PASSPORTS = [
    ("Kazakhstan", lambda: "N%s" % d(8)),
    ("Kazakh", lambda: "N%s" % d(8)),
    ("Russian", lambda: "%s %s" % (R.choice(["72", "75", "76", "77"]), d(7))),
    ("Chinese", lambda: "E%s" % d(8)),
    ("Chinese", lambda: "E%s%s" % (letters(1, "ABCDEFGH"), d(7))),
    ("Mongolian", lambda: "E%s" % d(7)),
    ("Uzbek", lambda: "%s%s" % (R.choice(["AA", "AB", "FA"]), d(7))),
    ("Kyrgyz", lambda: "AC%s" % d(7)),
    ("Tajik", lambda: "%s" % dn(9)),
    ("Iranian", lambda: "%s%s" % (letters(1), d(8))),
    ("Iraqi", lambda: "A%s" % d(8)),
    ("UAE", lambda: "%s" % dn(9)),
    ("Vietnamese", lambda: "C%s" % d(7)),
    ("Thai", lambda: "%s%s" % (letters(2), d(7))),
    ("Malaysian", lambda: "A%s" % d(8)),
    ("Indonesian", lambda: "%s%s" % (R.choice(["B", "C", "X"]), d(7))),
    ("German", lambda: "C%s" % letters(8, "CFGHJKLMNPRTVWXYZ0123456789")),
    ("British", lambda: dn(9)),
    ("French", lambda: "%s%s%s" % (d(2), letters(2), d(5))),
    ("Polish", lambda: "%s%s" % (letters(2), d(7))),
    ("Nigerian", lambda: "A%s" % d(8)),
    ("Kenyan", lambda: "AK%s" % d(7)),
    ("Ethiopian", lambda: "EP%s" % d(7)),
    ("Egyptian", lambda: "A%s" % d(8)),
]


def gen_pass(mode, ctx):
    ctry, f = R.choice(PASSPORTS)
    if mode == "ru_internal":
        ctry, v = "Russian internal", "%s %s %s" % (d(2), d(2), d(6))
    else:
        v = f()
    if H(ctx):
        v = R.choice([fullwidth(v, alnum=True), v.lower(), regroup(v, " ", 4),
                      regroup(v, "-", 3)])
    if mode == "lab":
        return R.choice(["%s passport %s" % (ctry, v), "%s passport No. %s" % (ctry, v),
                         "passport (%s) %s" % (ctry, v)]), ["passport_number"]
    if mode == "ru_internal":
        return "%s passport %s" % (ctry, v), ["passport_number"]
    return v, ["passport_number"]


def _iin():
    y, m, dd = rand_ymd(1945, 2015)
    century = R.choice("34") if y < 2000 else R.choice("56")
    return "%02d%02d%02d%s%s" % (y % 100, m, dd, century, d(5))


NIDS = [
    lambda: ("IIN", _iin()),
    lambda: ("ИИН", _iin()),
    lambda: ("individual identification number (IIN)", _iin()),
    lambda: ("SNILS", "%s-%s-%s %s" % (d(3), d(3), d(3), d(2))),
    lambda: ("PINFL", "%s%s" % (R.choice("3456"), d(13))),
    lambda: ("Mongolian registration number", "%s%s" % (R.choice(["УБ", "UB", "ЧА", "ДА", "ЙЮ"]), d(8))),
    lambda: ("SSN", "%s-%s-%s" % (dn(3), d(2), d(4))),
    lambda: ("social security number", "%s-%s-%s" % (dn(3), d(2), d(4))),
    lambda: ("National Insurance number", "%s %s %s %s %s" % (letters(2, "ABCEGHJKLMNPRSTWXYZ"), d(2), d(2), d(2), R.choice("ABCD"))),
    lambda: ("Emirates ID", "784-%s-%s-%s" % (R.randint(1950, 2010), d(7), d(1))),
    lambda: ("NIN", dn(11)),
    lambda: ("Kenyan national ID", dn(8)),
    lambda: ("MyKad", "%s%02d%02d-%s-%s" % (d(2), R.randint(1, 12), R.randint(1, 28), d(2), d(4))),
    lambda: ("codice fiscale", "%s%s%s%s%s%s" % (letters(6, "BCDFGLMNPRSTVZ"), d(2), R.choice("ABCDEHLMPRST"), d(2), letters(1) + d(3), letters(1))),
    lambda: ("PESEL", dn(11)),
    lambda: ("CCCD", "0" + d(11)),
    lambda: ("Thai ID", "%s-%s-%s-%s-%s" % (R.choice("1358"), d(4), d(5), d(2), d(1))),
    lambda: ("Iranian national code", "%s-%s-%s" % (d(3), d(6), d(1))),
    lambda: ("Saudi national ID", "1" + d(9)),
    lambda: ("Egyptian national ID", R.choice("23") + d(13)),
    lambda: ("Kyrgyz PIN", R.choice("12") + d(13)),
    lambda: ("Ethiopian Fayda number", dn(12)),
    lambda: ("PhilSys number", "%s-%s-%s-%s" % (d(4), d(4), d(4), d(4))),
    lambda: ("Indonesian NIK", dn(16)),
    lambda: ("Tajik INN", dn(9)),
]


def gen_nid(mode, ctx):
    label, val = R.choice(NIDS)()
    if H(ctx):
        val = R.choice([fullwidth(val, alnum=True), regroup(val, " ", 3),
                        regroup(val, ".", 4)])
        return R.choice(["%s (%s)" % (val, label), "%s %s" % (label, val),
                         "%s, the %s" % (val, label)]), ["national_id"]
    return "%s %s" % (label, val), ["national_id"]


RID_AREAS = ["110105", "110108", "310104", "310115", "650102", "650104",
             "653101", "230103", "440306", "440104", "510107", "150102",
             "630102", "540102", "320102", "420106", "610113", "370202",
             "210102", "130102", "640104", "620102", "530102"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gen_rid(mode, ctx):
    y, m, dd = rand_ymd(1940, 2018)
    body = "%s%d%02d%02d%s" % (R.choice(RID_AREAS), y, m, dd, d(3))
    chk = "10X98765432"[sum(int(c) * w for c, w in zip(body, RID_W)) % 11]
    if R.random() < 0.25:
        chk = R.choice([c for c in "0123456789X" if c != chk])
    v = body + chk
    if H(ctx):
        o = R.choice(["space", "fw", "lowerx", "space4", "dash"])
        if o == "space":
            v = "%s %s %s" % (v[:6], v[6:14], v[14:])
        elif o == "space4":
            v = " ".join(v[i:i + 4] for i in range(0, 18, 4))
        elif o == "fw":
            v = fullwidth(v, alnum=True)
        elif o == "dash":
            v = "%s-%s-%s" % (v[:6], v[6:14], v[14:])
        else:
            v = v[:-1] + "x" if v.endswith("X") else "%s %s %s" % (v[:6], v[6:14], v[14:])
    return v, ["resident_id"]


def gen_mrn(mode, ctx):
    v = R.choice(["00%s" % d(6), "H%s" % d(7), "%s" % dn(7), "ZY%s" % d(8),
                  "%s-%s" % (d(2), d(6)), "A%s" % d(7), "%s" % dn(10),
                  "IP-%s" % d(6), "%s" % dn(6)])
    if H(ctx):
        v = harden_number(v)
    if mode == "lab":
        lab = R.choice(["MRN", "MRN:", "medical record number", "hospital number",
                        "inpatient no.", "admission number", "patient ID",
                        "chart no.", "病案号", "住院号", "门诊号", "outpatient number",
                        "case record no.", "hospitalisation number"])
        if R.random() < 0.2:
            return "%s (%s)" % (v, lab.rstrip(":")), ["medical_record_number"]
        return "%s %s" % (lab, v), ["medical_record_number"]
    return v, ["medical_record_number"]


def gen_hpn(mode, ctx):
    opts = [
        ("OMS policy No.", "%s %s %s %s" % (d(4), d(4), d(4), d(4))),
        ("compulsory medical insurance policy", dn(16)),
        ("医保卡号", "%s%s" % (R.choice(["1", "6", "3"]), d(9))),
        ("medical insurance card No.", "%s%s" % (letters(1), d(9))),
        ("member ID", "%s%s" % (letters(3), d(9))),
        ("policy number", "%s-%s" % (letters(2), d(7))),
        ("Allianz Care membership number", dn(8)),
        ("Cigna Global ID", "U%s" % d(8)),
        ("NHIF member No.", dn(8)),
        ("Bupa Global membership No.", "%s-%s" % (dn(8), d(2))),
        ("AXA policy", "%s%s" % (letters(2), d(10))),
        ("Ping An health policy", "P%s" % d(14)),
        ("Medicare number", "%s%s%s%s-%s%s%s-%s%s%s%s" % (dn(1), letters(1, "ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), d(1), letters(1, "ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), d(1), letters(1, "ACDEFGHJKMNPQRTUVWXY"), letters(1, "ACDEFGHJKMNPQRTUVWXY"), d(1), d(1))),
        ("Krankenversicherungsnummer", "%s%s" % (letters(1), d(9))),
        ("PhilHealth ID", "%s-%s-%s" % (d(2), d(9), d(1))),
        ("health insurance card", "%s %s %s" % (d(4), d(4), d(4))),
        ("Daman card No.", "%s %s %s %s" % (d(3), d(3), d(3), d(4))),
        ("CSHI (OSMS) certificate", dn(10)),
    ]
    lab, v = R.choice(opts)
    if H(ctx):
        v = harden_number(v)
    if mode == "val":
        return v, ["health_plan_number"]
    if R.random() < 0.2:
        return "%s (%s)" % (v, lab), ["health_plan_number"]
    return "%s %s" % (lab, v), ["health_plan_number"]


def gen_acct(mode, ctx):
    opts = [
        ("IBAN", "KZ%s %s%s %s %s %s" % (d(2), d(2), letters(2), letters(2) + d(2), d(4), d(4))),
        ("IBAN", "DE%s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(2))),
        ("IBAN", "GB%s %s %s %s %s %s" % (d(2), letters(4), d(4), d(4), d(4), d(2))),
        ("IBAN", "AE%s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(3))),
        ("IBAN", "SA%s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(4))),
        ("IBAN", "PL%s %s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(4), d(4))),
        ("IBAN", "FR%s %s %s %s %s %s%s %s" % (d(2), d(4), d(4), d(4), d(4), d(3), letters(1), d(3))),
        ("IBAN", "TR%s %s %s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(4), d(4), d(2))),
        ("card", "4%s %s %s %s" % (d(3), d(4), d(4), d(4))),
        ("card", "5%s %s %s %s" % (d(3), d(4), d(4), d(4))),
        ("UnionPay card", "62%s %s %s %s %s" % (d(2), d(4), d(4), d(4), d(3))),
        ("account", "40817810%s" % d(12)),
        ("bank account", "6217 %s %s %s %s" % (d(4), d(4), d(4), d(3))),
        ("account number", "%s" % d(10)),
        ("Kaspi Gold card", "4400 43%s %s %s" % (d(2), d(4), d(4))),
        ("Humo card", "9860 %s %s %s" % (d(4), d(4), d(4))),
        ("Khan Bank account", "5%s" % d(9)),
        ("M-Pesa till / account", "%s" % dn(9)),
    ]
    lab, v = R.choice(opts)
    if mode == "iban":
        lab, v = opts[R.randint(0, 7)]
    if H(ctx):
        v = R.choice([re.sub(r"\s", "", v), regroup(v, "-", 4), fullwidth(v, alnum=True), regroup(v, ".", 4)])
    if mode == "val" or mode == "iban":
        return v, ["account_number"]
    return "%s %s" % (lab, v), ["account_number"]


def gen_lic(mode, ctx):
    opts = {
        "cn": ("practising certificate No.", "1%s%s" % (R.choice(["10", "31", "65", "23", "44"]), d(12))),
        "cnq": ("physician qualification certificate No.", "2%s%s" % (R.choice(["0110", "0165", "0231"]), d(10))),
        "gmc": ("GMC number", "%s" % dn(7)),
        "kz": ("medical licence No.", "KZ%s%s" % (d(2), letters(3) + d(8))),
        "ru": ("medical licence", "ЛО-%s-01-%s" % (d(2), d(6))),
        "nurse": ("nursing registration No.", "%s%s" % (d(2), letters(1) + d(4) + letters(1))),
        "pharm": ("pharmacist licence", "PH-%s" % d(6)),
        "interp": ("interpreter certificate No.", "%s%s%s" % (R.randint(2015, 2023), d(2), d(6))),
        "dlkz": ("driving licence", "%s %s" % (letters(2), d(6))),
        "dlru": ("driver's licence", "%s %s %s" % (d(2), d(2), d(6))),
        "dlus": ("driver's license", "%s%s-%s-%s" % (letters(1), d(3), d(4), d(4))),
        "dlde": ("Führerschein No.", "B%s%s" % (d(3), letters(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))),
        "dlmn": ("driving licence No.", "%s%s" % (R.choice(["УБ", "UB"]), d(6))),
        "dlng": ("driver's licence", "%s%s%s" % (letters(3), d(5), letters(2) + d(2))),
        "ae": ("DHA licence", "DHA-P-%s" % d(7)),
    }
    if mode in opts:
        key = mode
    elif mode in ("doc",):
        key = R.choice(["cn", "cn", "cnq", "gmc", "kz", "ru", "ae"])
    elif mode == "drive":
        key = R.choice(["dlkz", "dlru", "dlus", "dlde", "dlmn", "dlng"])
    else:
        key = R.choice(list(opts.keys()))
    lab, v = opts[key]
    if H(ctx):
        v = harden_number(v)
    if mode == "val":
        return v, ["licence_number"]
    return "%s %s" % (lab, v), ["licence_number"]


CN_PROV = "京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂宁新藏"
CYR = "АВЕКМНОРСТУХ"


def gen_veh(mode, ctx):
    hard = H(ctx)
    kind = mode or R.choice(["cn", "cn", "cn", "kz", "ru", "mn", "ae", "de",
                             "uk", "uz", "kg", "vin", "vin"])
    if kind == "cn":
        prov = R.choice(CN_PROV)
        tail = R.choice([d(5), letters(1) + d(4), d(3) + letters(2), "D" + d(5), letters(2) + d(3)])
        sep = R.choice(["·", "·", " ", "", "-"])
        v = "%s%s%s%s" % (prov, letters(1, "ABCDEFGHJKLMN"), sep, tail)
        if hard:
            v = fullwidth(v, alnum=True) if R.random() < 0.5 else v.replace("·", " · ")
    elif kind == "kz":
        v = "%s %s %s" % (d(3), letters(3), R.choice(["01", "02", "05", "09", "13", "17"]))
    elif kind == "ru":
        v = "%s%s%s %s" % (R.choice(CYR), d(3), R.choice(CYR) + R.choice(CYR), R.choice(["77", "54", "55", "154", "38", "799"]))
    elif kind == "mn":
        v = "%s %s" % (d(4), R.choice(["УБА", "УНА", "УБЕ", "УАМ"]))
    elif kind == "ae":
        v = "Dubai %s %s" % (letters(1), dn(5))
    elif kind == "de":
        v = "%s-%s %s" % (R.choice(["B", "M", "K", "HH"]), letters(2), dn(4))
    elif kind == "uk":
        v = "%s%s %s" % (letters(2), d(2), letters(3))
    elif kind == "uz":
        v = "01 %s %s %s" % (letters(1), d(3), letters(2))
    elif kind == "kg":
        v = "01KG %s%s" % (d(3), letters(3))
    else:
        wmi = R.choice(["LSV", "LFV", "LGB", "WVW", "JTD", "XTA", "KMH", "Z94", "LVS", "WBA", "JN1"])
        v = wmi + letters(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        v = v[:9] + R.choice("0123456789X") + v[10:11] + d(6)
        if hard:
            v = R.choice([regroup(v, " ", 4), v.lower(), fullwidth(v, alnum=True)])
        return v, ["vehicle_identifier"]
    if hard and kind != "cn":
        v = R.choice([v.replace(" ", ""), v.lower(), fullwidth(v, alnum=True)])
    return v, ["vehicle_identifier"]


def gen_dev(mode, ctx):
    kind = mode or R.choice(["pm", "icd", "pump", "imei", "mac", "ci", "cgm",
                             "ha", "vad", "pm"])
    if kind == "pm":
        v = R.choice(["%s%s%s" % (letters(3), d(6), letters(1)), "PJN%s" % d(6), dn(8)])
    elif kind == "icd":
        v = "%s%s" % (letters(3), d(6))
    elif kind == "pump":
        v = R.choice(["NG%s%s" % (d(7), letters(1)), dn(8), "SN%s" % d(9)])
    elif kind == "imei":
        v = R.choice(["35", "86", "01", "49"]) + d(13)
    elif kind == "mac":
        sep = R.choice([":", "-"])
        v = sep.join("%02X" % R.randint(0, 255) for _ in range(6))
    elif kind == "ci":
        v = dn(7)
    elif kind == "cgm":
        v = R.choice(["8%s" % letters(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                      "%s" % letters(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")])
    elif kind == "ha":
        v = dn(8)
    else:
        v = "HM3-%s" % d(6)
    if H(ctx):
        v = harden_number(v) if kind != "mac" else R.choice([v.lower(), v.replace(":", "").replace("-", "")])
    return v, ["device_identifier"]


def gen_oth(mode, ctx):
    opts = {
        "pnr": ("booking reference", letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        "eticket": ("e-ticket number", "%s-%s" % (R.choice(["784", "465", "555", "176", "157", "081"]), d(10))),
        "train": ("ticket No.", "E%s" % d(9)),
        "visa": ("visa No.", R.choice([dn(8), "%s%s" % (letters(1), d(8))])),
        "emp": ("employee number", R.choice([dn(6), "EMP-%s" % d(5)])),
        "police": ("police case No.", "%s-%s" % (d(3), dn(6))),
        "claim": ("claim number", "CLM-%s" % d(8)),
        "hotel": ("reservation number", dn(10)),
        "unhcr": ("UNHCR registration number", "%s-%s%s" % (d(3), d(2), letters(1) + d(5))),
        "inv": ("invitation letter reference", "INV-%s/%s" % (d(4), d(3))),
        "student": ("student ID", dn(10)),
        "donor": ("blood donor card No.", dn(9)),
        "transplant": ("waiting-list registration No.", "TX-%s" % d(6)),
        "court": ("court case No.", "%s-%s/%s" % (d(1), d(4), d(2))),
        "military": ("military ID", "%s %s" % (letters(2, "АБВГДЕЖИКЛМНП"), d(7))),
        "pension": ("pension certificate No.", dn(9)),
    }
    key = mode if mode in opts else R.choice(list(opts.keys()))
    lab, v = opts[key]
    if H(ctx):
        v = harden_number(v, allow_spell=(key in ("pnr", "visa", "emp", "student")))
    if mode == "val" or (mode in opts and ctx.get("val")):
        return v, ["other_number"]
    if mode is None and R.random() < 0.15:
        return "%s (%s)" % (v, lab), ["other_number"]
    return "%s %s" % (lab, v), ["other_number"]


# ---------------------------------------------------------------------------
# clean generators: each returns (text, [])
# ---------------------------------------------------------------------------

DRUGS = ["metformin", "osimertinib", "tacrolimus", "enoxaparin", "rivaroxaban",
         "apixaban", "imatinib", "lenvatinib", "sorafenib", "pembrolizumab",
         "trastuzumab", "bisoprolol", "amlodipine", "atorvastatin",
         "levothyroxine", "prednisolone", "methotrexate", "entecavir",
         "tenofovir", "sofosbuvir", "insulin glargine", "ticagrelor",
         "clopidogrel", "furosemide", "spironolactone", "sacubitril/valsartan",
         "empagliflozin", "dapagliflozin", "mycophenolate", "valganciclovir",
         "ceftriaxone", "meropenem", "linezolid", "vancomycin", "omeprazole",
         "levetiracetam", "valproate", "hydroxyurea", "ruxolitinib",
         "ibrutinib", "rituximab", "nivolumab", "temozolomide", "capecitabine",
         "oxaliplatin", "gemcitabine", "cisplatin", "bevacizumab",
         "ursodeoxycholic acid", "deferasirox"]
DOSES = ["metformin 500 mg twice daily", "osimertinib 80 mg once daily",
         "tacrolimus 2 mg every 12 hours", "enoxaparin 40 mg subcutaneously once a day",
         "enoxaparin 4000 IU daily", "rivaroxaban 20 mg with the evening meal",
         "apixaban 5 mg bid", "imatinib 400 mg/day", "lenvatinib 8 mg daily",
         "pembrolizumab 200 mg every 3 weeks", "trastuzumab 6 mg/kg every 21 days",
         "bisoprolol 2.5 mg in the morning", "amlodipine 5 mg daily",
         "atorvastatin 40 mg at night", "levothyroxine 75 µg before breakfast",
         "levothyroxine 100 mcg", "prednisolone 60 mg tapering by 5 mg per week",
         "methotrexate 15 mg once weekly", "entecavir 0.5 mg daily",
         "insulin glargine 18 units at bedtime", "ticagrelor 90 mg twice daily",
         "furosemide 40 mg IV", "sacubitril/valsartan 49/51 mg bid",
         "empagliflozin 10 mg", "mycophenolate 1 g twice daily",
         "valganciclovir 900 mg daily", "ceftriaxone 2 g IV once daily",
         "meropenem 1 g every 8 hours", "vancomycin 15 mg/kg q12h",
         "levetiracetam 500 mg bid", "hydroxyurea 1,000 mg/day",
         "ruxolitinib 15 mg twice daily", "rituximab 375 mg/m²",
         "temozolomide 75 mg/m² daily with radiotherapy",
         "capecitabine 1,000 mg/m² twice daily on days 1–14",
         "cisplatin 75 mg/m² on day 1", "carboplatin AUC 5",
         "ursodeoxycholic acid 250 mg three times a day",
         "deferasirox 20 mg/kg/day", "paracetamol 1 g every 6 hours",
         "morphine 2.5 mg subcutaneously as needed", "vitamin D 2,000 IU daily",
         "folic acid 5 mg", "heparin 5,000 units sc q8h",
         "alteplase 0.9 mg/kg", "tenecteplase 0.25 mg/kg",
         "omeprazole 20 mg before breakfast", "semaglutide 0.5 mg weekly"]
LABS = ["HbA1c 8.1%", "HbA1c 6.9% (target below 7%)", "ALT 112 U/L (ref 7–40)",
        "AST 86 U/L", "creatinine 146 µmol/L", "creatinine 2.3 mg/dL",
        "haemoglobin 84 g/L", "hemoglobin 7.9 g/dL", "CA-125 412 U/mL",
        "AFP 1,200 ng/mL", "PSA 18.4 ng/mL", "ferritin 12 ng/mL",
        "TSH 8.6 mIU/L", "potassium 5.9 mmol/L", "sodium 128 mmol/L",
        "INR 2.6", "CRP 96 mg/L", "procalcitonin 4.1 ng/mL",
        "WBC 2.1 × 10⁹/L", "platelets 38 × 10^9/L",
        "platelets 150–400 × 10^9/L (reference)", "eGFR 41 mL/min/1.73 m²",
        "LDL cholesterol 4.2 mmol/L", "troponin I 0.84 ng/mL",
        "D-dimer 3.2 mg/L FEU", "HBV DNA 2.3 × 10^5 IU/mL",
        "HCV RNA below 15 IU/mL", "CD4 count 210 cells/µL",
        "bilirubin 214 µmol/L", "albumin 28 g/L", "lactate 4.4 mmol/L",
        "NT-proBNP 5,640 pg/mL", "CEA 38.2 ng/mL", "CA 19-9 1,876 U/mL",
        "ESR 64 mm/h", "uric acid 520 µmol/L", "glucose 14.2 mmol/L",
        "fasting glucose 7.4 mmol/L", "ammonia 96 µmol/L",
        "tacrolimus trough 8.4 ng/mL", "Ki-67 35%", "EF 32%",
        "LVEF 55–60%", "FEV1 48% of predicted", "SpO2 88% on room air",
        "anti-TPO 600 IU/mL", "IgG4 3.8 g/L", "beta-hCG 12,400 mIU/mL",
        "BCR-ABL1 0.08% IS", "blasts 62% in the bone marrow",
        "viral load 1 000 000 copies/mL", "calcium 3.1 mmol/L"]
LABS_TM = ["CA-125 412 U/mL", "AFP 1,200 ng/mL", "PSA 18.4 ng/mL", "CEA 38.2 ng/mL",
           "CA 19-9 1,876 U/mL", "CA 15-3 96 U/mL", "beta-hCG 12,400 mIU/mL",
           "NSE 41 ng/mL", "CYFRA 21-1 9.8 ng/mL", "PIVKA-II 2,150 mAU/mL"]
VITALS = {
    "bp": ["148/92 mmHg", "90/60", "182/104 mmHg", "160/100", "110/70 mmHg",
           "85/50 mmHg", "135/85", "200/110 mmHg", "124/78 mmHg"],
    "hr": ["a pulse of 118 bpm", "a heart rate of 44 beats per minute",
           "HR 132/min", "a pulse of 96", "HR 58 bpm"],
    "temp": ["a temperature of 39.4 °C", "temperature 38.6", "a fever of 40.1 °C",
             "temperature 35.2 °C"],
    "spo2": ["SpO2 93% on 2 L of oxygen", "SpO2 88% on room air",
             "oxygen saturation of 91%", "SpO2 97%"],
    "other": ["respiratory rate 28/min", "BMI 31.2 kg/m²", "a weight of 46 kg",
              "MAP 58 mmHg", "CVP 14 cmH2O", "intraocular pressure 32 mmHg",
              "blood loss of 350 mL", "urine output of 0.3 mL/kg/h",
              "a head circumference of 46 cm", "capillary glucose 3.1 mmol/L"],
}
SCORES = {
    "stroke": ["NIHSS 7", "an NIHSS of 14", "NIHSS 19", "an mRS of 3", "GCS 13",
               "an NIHSS score of 5", "ASPECTS 8"],
    "liver": ["Child-Pugh B8", "Child-Pugh class A", "MELD 24", "MELD-Na 31",
              "a MELD score of 17", "ALBI grade 2"],
    "onc": ["ECOG 1", "ECOG performance status 2", "Karnofsky 70", "Lansky 60",
            "ECOG 0"],
    "cardiac": ["NYHA class III", "Killip class II", "CHA2DS2-VASc 4", "HAS-BLED 2",
                "a EuroSCORE II of 6.8%", "STS score 4.2%", "NYHA class II"],
    "icu": ["APACHE II 18", "SOFA 9", "qSOFA 2", "GCS 8/15", "a SOFA score of 12"],
    "neuro": ["EDSS 3.5", "MMSE 22/30", "MoCA 19", "an EDSS of 6.0",
              "Hunt and Hess grade 2", "Fisher grade 3", "Spetzler-Martin grade III"],
    "stage": ["T2N1M0", "stage IIIA", "BCLC B", "FIGO IIB", "Ann Arbor stage IV",
              "Masaoka stage II", "pT3N0", "Binet stage C", "ISS stage II",
              "Gleason 4+3=7", "BI-RADS 4B", "TI-RADS 5", "INSS stage 4"],
    "preop": ["ASA III", "ASA physical status IV", "Mallampati class III",
              "a Clinical Frailty Scale score of 5", "ASA II", "a revised cardiac risk index of 3"],
    "other": ["Apgar 7 and 9", "Oswestry 46%", "VAS 8/10", "PHQ-9 of 17",
              "Barthel index 45", "IPSS 24", "Bishop score 5", "ASA III",
              "Wells score 6", "CURB-65 of 3", "Rutherford category 5"],
}
GENES = ["EGFR exon 19 deletion", "EGFR L858R", "EGFR T790M", "ALK rearrangement",
         "KRAS G12C", "KRAS G12D", "BRAF V600E", "BRCA1 c.5266dupC",
         "BRCA2 c.5946delT", "JAK2 V617F", "CALR type 1", "FLT3-ITD",
         "NPM1 mutation", "TP53 R273H", "HER2 amplification",
         "MET exon 14 skipping", "ROS1 fusion", "IDH1 R132H",
         "PIK3CA H1047R", "HLA-B*58:01", "HLA-B*15:02", "CYP2C19*2/*2",
         "SMN1 homozygous deletion", "CFTR F508del", "HBB c.20A>T",
         "RET fusion", "NTRK1 fusion", "MYCN amplification",
         "DMD exon 45–50 deletion", "BCR-ABL1 p210", "PML-RARA",
         "MGMT promoter methylation", "1p/19q codeletion", "H3 K27M",
         "c.1799T>A (p.V600E)", "MLH1 loss", "MSI-high status"]
TRIALS = lambda: R.choice([
    "NCT0%s" % d(7), "NCT0%s" % d(7), "ChiCTR%s" % (R.choice(["18", "19", "20", "21", "22", "23", "24"]) + "000" + d(5)),
    "ChiCTR-IOR-%s" % ("1" + R.choice("4567") + d(6)), "ISRCTN%s" % d(8),
    "EudraCT %s-%s-%s" % (R.randint(2012, 2022), d(6), d(2)),
    "CTR2%s" % ("02" + R.choice("0123") + d(4)), "jRCT%s" % ("20" + d(9)),
    "ACTRN126%s" % d(11), "CTRI/20%s/%02d/0%s" % (R.choice(["19", "20", "21", "22"]), R.randint(1, 12), d(5))])
ICDS = [("C34.1", "upper-lobe lung cancer"), ("C50.9", "breast cancer"),
        ("C22.0", "hepatocellular carcinoma"), ("C18.7", "sigmoid colon cancer"),
        ("C61", "prostate cancer"), ("C71.1", "glioma of the frontal lobe"),
        ("C92.0", "acute myeloid leukaemia"), ("C91.0", "acute lymphoblastic leukaemia"),
        ("C16.0", "gastric cancer"), ("C25.0", "pancreatic head cancer"),
        ("C56", "ovarian cancer"), ("C73", "thyroid cancer"),
        ("E11.9", "type 2 diabetes"), ("E11.65", "type 2 diabetes with hyperglycaemia"),
        ("E10.10", "type 1 diabetes with ketoacidosis"), ("E05.0", "Graves' disease"),
        ("E06.3", "Hashimoto's thyroiditis"), ("I63.9", "ischaemic stroke"),
        ("I21.4", "NSTEMI"), ("I25.10", "coronary artery disease"),
        ("I35.0", "aortic stenosis"), ("I50.22", "chronic systolic heart failure"),
        ("I48.0", "paroxysmal atrial fibrillation"), ("K50.0", "Crohn's disease of the small intestine"),
        ("K51.9", "ulcerative colitis"), ("K74.60", "liver cirrhosis"),
        ("M05.79", "rheumatoid arthritis"), ("M32.14", "lupus nephritis"),
        ("N18.4", "chronic kidney disease stage 4"), ("N18.6", "end-stage renal disease"),
        ("G35", "multiple sclerosis"), ("G20", "Parkinson's disease"),
        ("G12.21", "ALS"), ("Q21.1", "atrial septal defect"),
        ("Q25.1", "coarctation of the aorta"), ("D56.1", "beta thalassaemia"),
        ("D61.9", "aplastic anaemia"), ("B18.1", "chronic hepatitis B"),
        ("J44.1", "COPD with exacerbation"), ("J84.10", "interstitial lung disease"),
        ("M45", "ankylosing spondylitis"), ("L40.0", "psoriasis"),
        ("Z94.0", "kidney transplant status"), ("I42.0", "dilated cardiomyopathy")]
ATCS = ["L01EB04 (osimertinib)", "A10BA02 (metformin)", "B01AF01 (rivaroxaban)",
        "L04AD02 (tacrolimus)", "J01CR02", "C09AA05", "L01XC02 (rituximab)",
        "L01EA01 (imatinib)", "H03AA01", "N03AX14 (levetiracetam)",
        "L01FF02 (pembrolizumab)", "B01AB05", "C07AB07", "A10AE04",
        "J05AF10 (entecavir)", "L04AX03", "M04AA01 (allopurinol)"]
CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar",
          "Ust-Kamenogorsk", "Novosibirsk", "Moscow", "Omsk", "Irkutsk",
          "Krasnoyarsk", "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh",
          "Dushanbe", "Ulaanbaatar", "Erdenet", "Darkhan", "Dubai", "Riyadh",
          "Tehran", "Baghdad", "Amman", "Hanoi", "Ho Chi Minh City",
          "Bangkok", "Kuala Lumpur", "Jakarta", "Manila", "Berlin", "Paris",
          "Milan", "Warsaw", "Lagos", "Nairobi", "Addis Ababa", "Urumqi",
          "Harbin", "Kashgar", "Lhasa", "Kunming", "Chengdu", "Xi'an",
          "Hohhot", "Guangzhou", "Shenzhen", "Shanghai", "Yining", "Altay",
          "Manzhouli", "Erenhot", "Khorgos"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
             "Turkmenistan", "Mongolia", "the UAE", "Saudi Arabia", "Iran",
             "Iraq", "Jordan", "Vietnam", "Thailand", "Malaysia", "Indonesia",
             "the Philippines", "Germany", "France", "Italy", "Poland",
             "Nigeria", "Kenya", "Ethiopia", "Ghana", "Laos", "Myanmar",
             "Pakistan", "Azerbaijan", "Georgia"]
CITY_COUNTRY = {"kz": ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Taraz"],
                "ru": ["Novosibirsk", "Omsk", "Irkutsk", "Krasnoyarsk", "Barnaul", "Chita"],
                "mn": ["Ulaanbaatar", "Erdenet", "Darkhan", "Khovd"],
                "cn": ["Urumqi", "Harbin", "Kashgar", "Lhasa", "Kunming", "Hohhot", "Yining"]}
HOSPITALS = ["Peking Union Medical College Hospital", "Sun Yat-sen University Cancer Center",
             "Zhongshan Hospital", "Ruijin Hospital", "West China Hospital",
             "Huashan Hospital", "the Mayo Clinic", "Johns Hopkins Hospital",
             "the Charité in Berlin", "Great Ormond Street Hospital",
             "the Karolinska University Hospital", "the Cleveland Clinic",
             "the Syzganov National Scientific Center of Surgery",
             "the Meshalkin National Medical Research Center",
             "the Bakulev Center in Moscow", "the Almazov Centre",
             "the Blokhin Cancer Research Center", "the Sklifosovsky Institute",
             "the National Cancer Center in Beijing", "a district hospital in Osh",
             "the regional children's hospital in Karaganda",
             "the First Affiliated Hospital of Xinjiang Medical University"]
DEPTS = ["Department of Cardiology", "hepatobiliary surgery department",
         "paediatric oncology ward", "neurosurgery unit", "International Medical Center",
         "Department of Haematology", "reproductive medicine centre",
         "rehabilitation department", "thoracic surgery department",
         "Department of Nephrology", "intensive care unit", "burns unit",
         "Department of Traditional Chinese Medicine", "radiotherapy centre",
         "stroke unit", "cardiac surgery ICU", "endocrinology clinic",
         "pain management clinic", "paediatric cardiology department",
         "ophthalmology department", "infectious diseases ward"]
BRANDS = {
    "dev": ["Medtronic Micra", "Abbott MitraClip", "Impella CP", "HeartMate 3",
            "Cochlear Nucleus 8", "Medtronic MiniMed 780G", "Omnipod 5",
            "Boston Scientific WATCHMAN", "Edwards SAPIEN 3", "Medtronic Azure pacemaker",
            "Abbott Amplatzer occluder", "Tandem t:slim X2"],
    "cgm": ["Dexcom G6", "Dexcom G7", "FreeStyle Libre 2", "FreeStyle Libre 3",
            "Medtronic Guardian sensor"],
    "drug": ["Ozempic", "Keytruda", "Herceptin", "Revlimid", "Tagrisso", "Gleevec",
             "Lantus", "Xarelto", "Eliquis", "Entresto", "Jardiance", "Spinraza",
             "Opdivo", "Lenvima", "Humira", "Tecfidera"],
    "sys": ["da Vinci Xi", "CyberKnife", "Gamma Knife Icon", "Mako robotic-arm",
            "TomoTherapy", "ROSA robotic", "Hugo RAS"],
}
EPONYMS = ["Crohn's disease", "Hashimoto's thyroiditis", "Parkinson's disease",
           "Alzheimer's disease", "Kawasaki disease", "Wilson disease",
           "Graves' disease", "Down syndrome", "Hodgkin lymphoma",
           "Guillain–Barré syndrome", "Cushing's syndrome", "Addison's disease",
           "Behçet's disease", "Takayasu arteritis", "Still's disease",
           "Sjögren's syndrome", "Hirschsprung disease", "Wilms tumour",
           "Ewing sarcoma", "Budd-Chiari syndrome", "Marfan syndrome",
           "Tetralogy of Fallot", "Huntington's disease", "Bell's palsy",
           "Wolff-Parkinson-White syndrome", "Meniere's disease",
           "Raynaud's phenomenon", "Gaucher disease", "Fabry disease",
           "Pompe disease", "Duchenne muscular dystrophy", "Waldenström macroglobulinaemia",
           "Kaposi sarcoma", "Barrett's oesophagus", "Paget's disease of bone",
           "Moyamoya disease", "Caroli disease", "Alport syndrome",
           "Von Willebrand disease", "Niemann-Pick disease"]
EPONYMS_KID = ["Kawasaki disease", "Down syndrome", "Hirschsprung disease",
               "Wilms tumour", "Duchenne muscular dystrophy", "Tetralogy of Fallot",
               "Pompe disease", "Gaucher disease", "Ewing sarcoma", "Kasabach-Merritt syndrome",
               "Legg-Calvé-Perthes disease", "Prader-Willi syndrome", "Angelman syndrome",
               "Hodgkin lymphoma", "Wilson disease", "Alport syndrome"]
PROCS = {
    "gi": ["Whipple procedure", "Nissen fundoplication", "Roux-en-Y gastric bypass",
           "Hartmann's procedure", "Billroth II gastrectomy", "Kasai portoenterostomy",
           "Heller myotomy", "Sugiura procedure"],
    "heart": ["Fontan operation", "Ross procedure", "Bentall procedure", "Norwood operation",
              "Blalock-Taussig shunt", "Glenn procedure", "Ravitch repair", "Maze procedure",
              "David procedure", "Rastelli operation"],
    "other": ["Mohs procedure", "Nuss procedure", "Latarjet procedure", "Bankart repair",
              "Le Fort I osteotomy", "Ponseti treatment", "Ilizarov treatment",
              "Wertheim hysterectomy", "Burch colposuspension"],
}
EQUIP = ["a Hickman line", "an Ommaya reservoir", "a Swan-Ganz catheter",
         "a Foley catheter", "an Ilizarov frame", "a Minerva brace", "a Sengstaken-Blakemore tube",
         "a Denis Browne bar", "a Pavlik harness", "a Blakemore tube", "a Tenckhoff catheter"]
ALIAS_F = ["Ms. A", "Mrs. K", "Ms. L.", "Patient B", "A女士", "Ms. Z",
           "Mrs. X", "Ms. D", "患者李某", "Ms. N.", "Mrs. S"]
ALIAS_M = ["Mr. B", "Mr. K.", "Patient C", "B先生", "Mr. X", "患者张某",
           "Mr. T", "Mr. Z.", "王某", "Mr. M", "Patient H"]
ALIAS_KID = ["little D.", "the boy, referred to here as K.", "患儿C",
             "the girl (patient A)", "baby M.", "child B", "李某某"]
JOBS = ["the attending cardiologist", "a senior nurse", "the chief of hepatobiliary surgery",
        "our medical interpreter", "the international patient coordinator",
        "the anaesthesiologist on call", "the head nurse of the ward",
        "a physiotherapist", "the duty pharmacist", "the ward social worker",
        "a clinical dietitian", "the radiation oncologist", "two residents",
        "the perfusionist", "the transplant coordinator", "the hospital chaplain",
        "the night-shift nurse", "the department director"]
RELATIONS = ["her brother", "his wife", "their eldest son", "her mother",
             "his father", "her husband", "the patient's daughter", "an uncle",
             "his younger sister", "her grandmother", "a cousin", "her twin sister",
             "his stepfather", "the boy's grandparents", "her fiancé",
             "his mother-in-law", "a family friend", "her son-in-law"]
BOOKS = ["Harrison's Principles of Internal Medicine", "Being Mortal",
         "When Breath Becomes Air", "The Emperor of All Maladies",
         "Gray's Anatomy", "The Man Who Mistook His Wife for a Hat",
         "the Oxford Handbook of Clinical Medicine", "Robbins Basic Pathology",
         "Nelson Textbook of Pediatrics", "Braunwald's Heart Disease",
         "The Diving Bell and the Butterfly", "Tuesdays with Morrie",
         "The Body Keeps the Score", "Cancer Ward", "Anna Karenina",
         "Abai's Book of Words", "The Little Prince"]
GUIDES = ["NCCN Guidelines Version 2.2024", "the 2023 ESC heart failure guidelines",
          "GOLD 2024", "KDIGO 2024", "the CSCO 2023 guidelines",
          "ADA Standards of Care 2024", "the WHO 2022 classification",
          "AJCC 8th edition staging", "Sepsis-3 criteria", "ICD-11",
          "the 2021 ESC/EACTS valvular guidelines", "ESMO 2023 recommendations",
          "the BCLC 2022 update", "EULAR 2022 recommendations",
          "the Chinese Guidelines for Hypertension (2018 revision)",
          "AHA/ASA 2019 stroke guidelines", "GINA 2023", "ISHLT 2016 criteria",
          "the Milan criteria", "the UCSF criteria", "RECIST 1.1", "iRECIST",
          "Lugano 2014 criteria", "the Banff 2019 classification"]
TCM = ["huangqi", "danggui", "Liuwei Dihuang Wan", "Banxia Xiexin Tang",
       "dang shen", "Xiao Chai Hu Tang", "Bai Zhu", "Gan Cao", "Chen Pi",
       "Huang Lian", "Ma Huang", "Huang Qin", "Fu Ling", "Dan Shen", "Chuan Xiong",
       "Bu Zhong Yi Qi Tang", "Gui Zhi Tang", "Bai Shao", "Chai Hu",
       "Ren Shen", "Wu Wei Zi", "Ban Lan Gen", "Lian Hua Qing Wen"]
MONEY = lambda: R.choice([
    "USD %s,%s00" % (R.randint(2, 95), R.randint(0, 9)), "¥%d,000" % R.randint(12, 480),
    "RMB %d,%d00" % (R.randint(10, 300), R.randint(0, 9)), "%s million tenge" % R.choice(["1.2", "3.5", "4.8", "12", "7"]),
    "₸%d 000 000" % R.randint(1, 15), "₽%d,000" % R.randint(40, 900),
    "€%d,%d00" % (R.randint(2, 60), R.randint(0, 9)), "AED %d,000" % R.randint(5, 150),
    "$%d,%d00" % (R.randint(1, 40), R.randint(0, 9)), "%d,000 yuan" % R.randint(8, 500),
    "%d,000 som" % R.randint(20, 900), "about %d thousand dollars" % R.randint(3, 90),
    "%d million tugrik" % R.randint(5, 120), "{:,} sum".format(R.randint(500, 9000) * 1000)])
DURS = ["three weeks", "14 days", "six months", "two and a half years", "48 hours",
        "ten days", "nine months", "more than a decade", "four hours",
        "90 minutes", "eleven years", "a fortnight", "72 hours",
        "five and a half hours", "18 months", "seven weeks", "two nights"]
DURS_LONG = ["three weeks", "six months", "two months", "ten days", "nine months",
             "a fortnight", "seven weeks", "18 months", "a year", "four cycles"]
GENES_GERM = ["SMN1 homozygous deletion", "CFTR F508del", "HBB c.20A>T",
              "ATP7B c.2333G>T (p.R778L)", "an FBN1 variant", "a PKD1 truncating variant",
              "a DMD exon 45–50 deletion", "a COL4A5 variant", "a GAA c.-32-13T>G variant",
              "a GBA N370S variant", "a TSC2 deletion"]
DURS_SHORT = ["four hours", "90 minutes", "five and a half hours", "about seven hours",
              "two hours and forty minutes", "nearly eleven hours", "three hours"]
TIMES = ["07:30", "2 a.m.", "14:15", "half past six in the evening",
         "midnight", "23:40", "6.45 am", "dawn", "16:00",
         "9 p.m.", "03:10", "noon", "five in the morning", "08:20"]
MONTHYEAR = lambda: R.choice([
    "%s %d" % (MONTHS[R.randint(0, 11)], R.randint(2012, 2024)),
    "%s %d" % (MONTHS[R.randint(0, 11)][:3], R.randint(2015, 2024)),
    "%02d/%d" % (R.randint(1, 12), R.randint(2016, 2024)),
    "%d-%02d" % (R.randint(2016, 2024), R.randint(1, 12)),
    "early %s %d" % (MONTHS[R.randint(0, 11)], R.randint(2016, 2024)),
    "late %s %d" % (MONTHS[R.randint(0, 11)], R.randint(2016, 2024)),
    "%s %d" % (MONTHS[R.randint(0, 11)], R.randint(2016, 2024))])


def age_n():
    r = R.random()
    if r < 0.1:
        return R.choice([88, 89, 89, 87])
    if r < 0.2:
        return R.randint(1, 17)
    return R.randint(18, 86)


def gen_age(mode, ctx):
    n = age_n()
    if mode == "adj":
        return "%d-year-old" % n, []
    if mode == "adult":
        n = R.randint(19, 89)
        return "%d-year-old" % n, []
    if mode == "words":
        return words(n), []
    if mode == "kid":
        return words(R.randint(2, 16)), []
    if mode == "adult_num":
        return str(R.choice([R.randint(19, 86), R.randint(19, 86), 88, 89])), []
    if mode == "old":
        return str(R.randint(75, 89)), []
    if mode == "decade":
        return R.choice(["twenties", "thirties", "forties", "fifties",
                         "sixties", "seventies", "eighties", "late eighties"]), []
    return str(n), []


def icd_text(m):
    code, desc = R.choice(ICDS)
    if m == "desc":
        return "%s (%s)" % (code, desc)
    if m == "name":
        return desc
    return code


CLEAN_GEN = {
    "dose": lambda m, c: (R.choice(DOSES), []),
    "drug": lambda m, c: (R.choice(DRUGS), []),
    "lab": lambda m, c: (R.choice(LABS_TM if m == "tm" else LABS), []),
    "vital": lambda m, c: (R.choice(VITALS[m] if m else sum(VITALS.values(), [])), []),
    "score": lambda m, c: (R.choice(SCORES[m] if m else sum(SCORES.values(), [])), []),
    "gene": lambda m, c: (R.choice(GENES_GERM if m == "germ" else GENES), []),
    "trial": lambda m, c: (TRIALS(), []),
    "icd": lambda m, c: (icd_text(m), []),
    "atc": lambda m, c: (R.choice(ATCS), []),
    "monyr": lambda m, c: (MONTHYEAR(), []),
    "year": lambda m, c: (str(R.randint(2005, 2024)) if m != "birth" else str(R.randint(1940, 2015)), []),
    "age": gen_age,
    "money": lambda m, c: (MONEY(), []),
    "dur": lambda m, c: (R.choice(DURS_SHORT if m == "short" else DURS_LONG if m == "long" else DURS), []),
    "equip": lambda m, c: (R.choice(EQUIP), []),
    "time": lambda m, c: (R.choice(TIMES), []),
    "city": lambda m, c: (R.choice(CITY_COUNTRY[m]) if m else R.choice(CITIES), []),
    "country": lambda m, c: (R.choice(COUNTRIES), []),
    "hosp": lambda m, c: (R.choice(HOSPITALS), []),
    "dept": lambda m, c: (R.choice(DEPTS), []),
    "brand": lambda m, c: (R.choice(BRANDS[m] if m else sum(BRANDS.values(), [])), []),
    "eponym": lambda m, c: (R.choice(EPONYMS_KID if m == "kid" else EPONYMS), []),
    "proc": lambda m, c: (R.choice(PROCS[m] if m else sum(PROCS.values(), [])), []),
    "alias": lambda m, c: (R.choice(ALIAS_F if m == "f" else ALIAS_M if m == "m" else ALIAS_KID), []),
    "job": lambda m, c: (R.choice(JOBS), []),
    "rel": lambda m, c: (R.choice(RELATIONS), []),
    "book": lambda m, c: (R.choice(BOOKS[:1] + BOOKS[4:5] + BOOKS[6:10] if m == "text" else BOOKS), []),
    "guide": lambda m, c: (R.choice(GUIDES), []),
    "tcm": lambda m, c: (R.choice(TCM), []),
    "num": lambda m, c: (str(R.randint(2, 12)), []),
    "pct": lambda m, c: ("%d%%" % R.randint(5, 98), []),
}

ID_GEN = {
    "name": lambda m, c: (gen_name(m, c), ["person_name"]),
    "date": gen_date, "dob": gen_dob, "age90": gen_age90, "phone": gen_phone,
    "email": gen_email, "url": gen_url, "ip": gen_ip, "soc": gen_soc,
    "addr": gen_addr, "post": gen_post, "geo": gen_geo, "pass": gen_pass,
    "nid": gen_nid, "rid": gen_rid, "mrn": gen_mrn, "hpn": gen_hpn,
    "acct": gen_acct, "lic": gen_lic, "veh": gen_veh, "dev": gen_dev,
    "oth": gen_oth,
}

KIND_ORDER = ["person_name", "exact_date", "date_of_birth", "age_over_89",
              "phone_number", "email", "web_address", "ip_address",
              "social_account", "street_address", "postal_code", "geolocation",
              "passport_number", "national_id", "resident_id",
              "medical_record_number", "health_plan_number", "account_number",
              "licence_number", "vehicle_identifier", "device_identifier",
              "other_number"]

CAP_TYPES = {"book", "guide", "job", "rel", "alias", "tcm", "dose", "drug", "lab", "vital",
             "score", "gene", "eponym", "proc", "monyr", "dur", "time", "oth",
             "mrn", "hpn", "lic", "nid", "age90"}

PH = re.compile(r"\{(\w+)(?::(\w+))?\}")
ALT = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


def expand(template, hard):
    t = ALT.sub(lambda m: R.choice(m.group(1).split("|")), template)
    ctx = {"hard": hard, "used": [], "hard_used": False, "clean_used": set()}
    kinds = set()
    first = PH.match(t)

    def sub(m):
        typ, mode = m.group(1), m.group(2)
        if typ in ID_GEN:
            txt, ks = ID_GEN[typ](mode, ctx)
        elif typ in CLEAN_GEN:
            for _ in range(8):
                txt, ks = CLEAN_GEN[typ](mode, ctx)
                if txt not in ctx["clean_used"]:
                    break
            ctx["clean_used"].add(txt)
        else:
            raise KeyError(typ)
        kinds.update(ks)
        return txt
    s = PH.sub(sub, t)
    s = re.sub(r"\s{2,}", " ", s).strip()
    s = re.sub(r"(?<!\.)\.\.(?!\.)", ".", s)
    if first and first.group(1) in CAP_TYPES and s[:1].islower():
        s = s[0].upper() + s[1:]
    return s, kinds, ctx["hard_used"]


# ---------------------------------------------------------------------------
# templates
# (category, number of rows, probability of the harder form, templates)
# ---------------------------------------------------------------------------

ID_GROUPS = [
    ("name_story", 36, 0.27, [
        "When {name:full_f} first came to us from {city} in {monyr}, she had already been through [two|three|four] rounds of chemotherapy.",
        "{name:full_m}, a {age:adult} [geologist|bus driver|sheep farmer|school teacher|mining engineer|taxi driver], had lived with {eponym} for {dur}.",
        "Doctors in {city} had told {name:title_f} that nothing more could be done.",
        "For {name:given_m}, the long flight from {city} was the easy part.",
        "{name:full_any} had never left {country} before the diagnosis.",
        "It was {name:given_f}’s [second|third|fourth] visit to our {dept} this year.",
        "The turning point came when {name:title_m} agreed to a second biopsy.",
        "Six months later, {name:given_f} was back at work in {city}.",
        "{name:full_f} was [19|23|27|31] weeks pregnant when the headaches began.",
        "Her husband, {name:full_m}, kept a notebook of every dose and every test result.",
        "{name:title_any} now comes back once a year for a check-up and a long lunch with the nurses.",
        "Little {name:kid} spent [three|five|seven] weeks in the paediatric ICU before going home.",
        "The operation on {name:given_m} lasted [six|seven|nine] hours.",
        "{name:full_any} became the first patient from {country} to receive [CAR-T therapy|a total artificial heart|proton therapy] at our centre.",
        "Both {name:given_f} and her sister {name:given_f} turned out to carry the same {gene} variant.",
        "{name:full_m} still remembers the name of every nurse on ward 7B.",
        "The team led by {name:dr} performed the [liver transplant|Whipple procedure|aortic valve repair] in {monyr}.",
        "{name:given_any}’s mother left her job in {city} to stay at the bedside.",
        "{name:full_f}, who teaches music in {city}, noticed the tremor in her left hand first.",
        "By the third week, {name:nick_m} was joking with the night staff in broken Chinese.",
        "Nobody in {name:full_any}’s village had heard of {eponym}.",
        "{name:title_f} travelled [two thousand|three thousand|four thousand] kilometres by train with her son on her lap.",
        "The family of {name:full_m} sold their car to pay for the first cycle.",
    ]),
    ("name_quote", 26, 0.27, [
        "“I thought I would never walk again,” says {name:full_f}.",
        "“{name:dr} explained everything twice, once for me and once for my mother,” recalls {name:given_m}.",
        "“My son {name:given_m} is my whole world,” his mother told us.",
        "“We are grateful to {name:dr} and the nurses of the {dept},” wrote {name:full_any}.",
        "“Thank you, {name:nick}, for translating every night,” the family wrote in the guest book.",
        "“Dad, you can do it,” {name:given_f} whispered before the surgery.",
        "“It felt like a second birthday,” {name:title_m} says of the transplant.",
        "“Without {name:dr}, I would not be here,” says {name:full_m}, now {age:num}.",
        "“Auntie {name:given_f} cooked plov for the whole ward,” the head nurse laughed.",
        "“I want other mothers in {country} to know this disease can be treated,” says {name:full_f}.",
        "“Ask for {name:staff}, she speaks Kazakh,” a former patient advised us.",
        "“My brother {name:bare_m} gave me half of his liver,” {name:given_f} says quietly.",
        "“{name:title_any} was the bravest patient on the ward,” one nurse remembers.",
    ]),
    ("name_caption", 26, 0.27, [
        "Photo: {name:full_any} with {name:dr} after the final radiotherapy session.",
        "{name:full_f} (right) and her daughter in the hospital garden.",
        "Left to right: {name:dr}, {name:full_any} and interpreter {name:staff}.",
        "{name:title_m} takes his first steps [with a walker|in the rehabilitation gym|along the ward corridor].",
        "{name:dr} reviews the CT images with {name:given_any}’s family.",
        "{name:kid} [plays with a nurse|draws in the playroom|rings the end-of-treatment bell].",
        "{name:full_any}, [smiling|tired but smiling|waving], on the day of discharge.",
        "Photo courtesy of {name:full_any}.",
        "Nurse {name:staff_f} adjusts the infusion pump for {name:title_m}.",
        "The patient’s wife, {name:han_f}, signs the consent form.",
        "{name:full_m} with his grandchildren at the airport in {city}.",
        "Photo by {name:staff} / International Medical Center.",
    ]),
    ("name_message", 34, 0.27, [
        "hello my name is {name:lower} i want to ask about [liver transplant|proton therapy|ivf|knee replacement] for my [mother|father]",
        "Dear doctor, I am {name:full_any}, writing on behalf of my [aunt|uncle|grandmother].",
        "Zdravstvuyte! My name is {name:full_ru}, I need consultation for my son.",
        "Salem! This is {name:full_kz} from {city:kz}, can I send the MRI by email?",
        "Sain baina uu, I am {name:full_mn}, my father has [liver cancer|a heart problem|kidney stones].",
        "Assalamu alaikum, my name {name:full_me}, we want come for treatment in [May|June|autumn].",
        "pls tell {name:dr} the MRI disc is ready, thanks {name:given_any}",
        "Hi, it’s {name:nick} again, any news about the bed?",
        "FULL NAME: {name:caps} / DIAGNOSIS: {eponym}",
        "Good day. Patient {name:full_any}, {age:num} years, diagnosis {icd}, asking for price of treatment.",
        "My wife {name:given_f} had surgery with you last year, now she has pain again, what to do?",
        "hello i am {name:given_any} the interpreter for {name:full_any}, we are in the lobby now",
        "Can {name:dr_m} see my father again? He trusts only him.",
        "This message is from {name:full_f}, sister of the patient in bed 12.",
        "Good morning, my name is {name:full_sea}, I want to ask about the price of a heart operation.",
        "dobryi den, ya {name:given_ru}, we send documents tomorrow",
        "Bonjour, je suis {name:full_eu}, do you have a doctor who speaks French?",
    ]),
    ("name_clinician", 22, 0.27, [
        "“{name:given_m} did everything we asked of him,” said {name:dr}, head of the {dept}.",
        "{name:dr} notes that the recovery was faster than expected.",
        "According to {name:dr}, tumours of this size are rare in patients under 30.",
        "“We discussed the case with {name:dr} before deciding,” explains {name:dr}.",
        "The anaesthetist, {name:dr}, kept the blood pressure within a narrow range throughout.",
        "Consultation note signed by {name:dr}.",
        "Interpreter {name:staff} joined every ward round.",
        "Head nurse {name:staff_f} trained the family in tube feeding.",
        "{name:dr_f} and her team spent [six|eight|eleven] hours on the reconstruction.",
        "“With {name:title_any}, every day counted,” says {name:dr}.",
        "Referring physician: {name:dr} ({city}).",
    ]),
    ("name_wordname", 20, 0.27, [
        "{name:wordgiven_f} brought her mother’s scans in a plastic bag.",
        "We thank {name:wordgiven} for allowing us to share this story.",
        "“{name:wordgiven_f} never gave up,” her father said.",
        "{name:wordgiven_m} was only [seven|nine|twelve] when the seizures started.",
        "“Thank you, {name:worddr},” the family wrote on the ward whiteboard.",
        "{name:worddr} led the night shift when the baby was born.",
        "hi this is {name:wordgiven}, can I change the appointment to next week?",
        "Photo: {name:wordgiven_m} with his football after the knee operation.",
        "The second opinion came from {name:worddr}.",
    ]),
    ("date_event", 60, 0.27, [
        "{name:full_any} was admitted on {date} with [fever|jaundice|chest pain|a severe headache].",
        "Surgery took place on {date}.",
        "Timeline: {date} — [first consultation|PET-CT|biopsy|start of chemotherapy|bone marrow aspiration].",
        "{date}: [discharged home|transferred to rehabilitation|first dose of {drug}|extubated].",
        "The transplant was scheduled for {date:noyear}, but had to be postponed.",
        "She was discharged on {date}, [eleven|twelve|nine] days after the operation.",
        "we arrive {date:noyear}, can someone meet us at the airport?",
        "My father’s appointment is on {date}, please confirm.",
        "On {date}, the team performed [the first|a] [TAVI|robotic prostatectomy|liver resection] on a patient from {country}.",
        "He received the [first|last] dose on {date:noyear}.",
        "Follow-up PET-CT ({date}) showed a complete metabolic response.",
        "Admission date: {date}.",
        "The biopsy taken on {date} was reviewed again by our pathologists.",
        "{name:title_any} had the stent placed on {date} at {hosp}.",
        "Date of surgery {date}, surgeon {name:dr}.",
        "my mother had the stroke on {date:noyear} and since then she cannot speak",
        "We last saw {name:given_any} in clinic on {date}.",
        "Discharged {date}; next review in {dur}.",
        "The accident happened on {date} on the road to {city}.",
        "{date} is when the first symptoms appeared, a cough that never stopped.",
    ]),
    ("dob_record", 54, 0.27, [
        "Name: {name:caps}, DOB: {dob}",
        "my son was born on {dob:child}, he has a hole in the heart",
        "Date of birth {dob}, passport attached.",
        "Patient details: {name:full_f}, d.o.b. {dob}, female.",
        "{dob} (date of birth) — please correct it on the invoice.",
        "Born {dob:child} in {city}, {name:kid} was diagnosed with {eponym} at eight months.",
        "Please note my mother’s birth date is {dob:adult}, the form shows it wrongly.",
        "DOB {dob}; allergies: penicillin.",
        "Patient: {name:full_m}, born {dob:adult}.",
        "My daughter’s date of birth is {dob:child}.",
        "birthday {dob}, blood group A+",
        "The baby, born on {dob:child} at 29 weeks, weighed 1,150 g.",
        "Date of birth: {dob:adult}. Sex: M. Nationality: {country}.",
        "d.r. {dob:adult} (that is date of birth in Russian forms)",
    ]),
    ("age_over_89", 54, 0.27, [
        "At {age90}, {name:title_any} was the oldest patient to undergo TAVI at our centre.",
        "My grandmother is {age90} years old, can she still have cataract surgery?",
        "The patient, aged {age90}, was admitted with a hip fracture.",
        "A {age90:adj} [woman|former miner|retired teacher|war veteran] from {city} received a pacemaker last spring.",
        "Age: {age90:form}",
        "he is {age90:words}, still walks every day to the market",
        "Her grandfather, now in his {age90:decade}, came to the consultation in a wheelchair.",
        "Even at {age90:words}, {name:given_any} insisted on climbing the stairs.",
        "{name:full_f} turned {age90} on the cardiology ward, and the nurses baked a cake.",
        "Our oldest patient this year was {age90}.",
        "a {age90:noun} with aortic stenosis was treated with TAVI",
        "The {age90:noun} from {city} recovered well after the hernia repair.",
        "Is anaesthesia safe for a {age90:adj} man with {eponym}?",
        "grandma {age90:form}, diabetes, needs dialysis — possible?",
        "She is {age90:words} and has never been in hospital before.",
    ]),
    ("phone_contact", 56, 0.27, [
        "You can call me on {phone}.",
        "my number {phone} (whatsapp too)",
        "Contact person: {name:full_any}, tel. {phone}",
        "[Mobile|Tel|Phone|Cell]: {phone}",
        "Please fax the discharge summary to {phone:cnl}.",
        "{phone} — this is my husband’s number, he speaks English.",
        "Call my daughter at {phone}, she translates for us.",
        "Pls call back {phone:cn2} after 6 pm Beijing time",
        "Our home phone in {city:kz} is {phone:kz2}.",
        "If I do not answer, try my brother {name:given_m} at {phone}.",
        "Emergency contact: {name:full_any}, {phone}.",
        "whatsapp {phone:ae} or viber, any time",
        "The nurse tried {phone} three times but nobody answered.",
        "tel {phone:mn}, ask for {name:given_mn}",
        "Fax: {phone:cnl}, attention international office",
        "Could you ring me on {phone:uk}? I am in London this week.",
    ]),
    ("email_contact", 56, 0.27, [
        "Send the report to {email} please.",
        "my email is {email}",
        "E-mail: {email}",
        "{email} is my son’s address, he reads English better.",
        "Please reply to {email} and not to this form.",
        "Contact: {name:full_any}, {email}",
        "The scans were sent from {email} on Monday.",
        "you can write to me: {email}",
        "Her daughter asked us to copy {email} on all letters.",
        "Email of the referring doctor: {email}",
        "i sent the pathology slides photos to your mail, from {email}",
        "For the visa letter, use {email}, it is the family address.",
    ]),
    ("web_page", 54, 0.27, [
        "We have started a fundraiser for my brother: {url:fund}",
        "The campaign page {url:fund} has raised {money} so far.",
        "More about my journey at {url:blog}",
        "Her family shares updates on {url:blog}.",
        "Please share {url:fund}, every donation helps.",
        "link to the fundraiser: {url:fund}",
        "{name:full_any} writes about life after the transplant at {url:blog}.",
        "The story first appeared on {url}, the family’s own page.",
        "Donations for {name:kid}’s surgery: {url:fund}",
        "I posted the whole diary here {url:blog}",
        "Crowdfunding page: {url:fund} (please check if your hospital can confirm the invoice).",
    ]),
    ("ip_log", 54, 0.27, [
        "Submitted from IP {ip}.",
        "Form metadata: IP {ip}, Chrome on Android, {time}.",
        "Sender IP: {ip}",
        "I cannot log in to the patient portal, it says my IP {ip} is blocked.",
        "The request came from {ip} (geolocated to {city}).",
        "Three failed logins to {name:full_any}’s portal account from {ip}.",
        "Remote consultation link opened from IP address {ip}.",
        "our home internet IP is {ip}, maybe that is why the video call fails?",
        "{ip} — address logged for the upload of the MRI files.",
        "Audit trail: record viewed from {ip} by an external user.",
        "Please whitelist {ip} for my son’s telemedicine sessions.",
        "The contact form shows IP {ip:v6} for this message.",
    ]),
    ("social_handle", 58, 0.27, [
        "Add me on {soc}",
        "You can reach me {soc:on}.",
        "my contact {soc}",
        "Her updates are posted {soc:on}.",
        "{name:full_any} found us through a video posted {soc:on}.",
        "Please write me in {soc}, I do not use email",
        "Contact for the family: {soc}",
        "I follow your hospital and wrote to you {soc:on}, nobody answered.",
        "Our son’s recovery diary is {soc:on}.",
        "{soc} — this is my daughter, she organises everything.",
        "The interpreter {name:staff} can be reached {soc:on}.",
    ]),
    ("address_home", 56, 0.27, [
        "Please send the invitation letter to {addr}.",
        "We live at {addr}.",
        "Address: {addr}",
        "Home address for the visa: {addr}",
        "{name:full_any}, {addr}",
        "The ambulance picked him up from {addr}.",
        "Please deliver the medicines to {addr}, my mother cannot travel.",
        "After discharge she will stay with relatives at {addr}.",
        "Postal address: {addr:pc}",
        "Send the original documents by DHL to {addr:pc}.",
        "my address {addr:han}",
        "The home nursing team visits {name:title_any} at {addr} twice a week.",
        "Registered address (propiska): {addr:kz}",
    ]),
    ("postal_code", 54, 0.27, [
        "postcode {post}",
        "ZIP code {post:us}",
        "The postal index is {post:ru}.",
        "The form says postal code is required, ours is {post}.",
        "Postal code: {post:cn}",
        "{post:kz} — postcode for the courier",
        "My postcode changed to {post:kz} last year, please update it.",
        "Send it to the post office, index {post:kz}, they will call me.",
        "邮编 {post:cn}",
        "Our PLZ is {post:de}.",
        "The invoice is missing the postcode, it should be {post:uk}.",
        "{name:full_any}, poste restante, postal code {post}.",
    ]),
    ("geo_point", 54, 0.27, [
        "Our village has no street name; the GPS is {geo}.",
        "Coordinates for the helicopter: {geo}.",
        "I am sending the location of my house: {geo}",
        "The yurt where he fell is at {geo}.",
        "pin: {geo}",
        "GPS from his watch showed {geo} when he collapsed.",
        "{name:full_any} lives at a winter camp at {geo}, reachable only by jeep.",
        "Meeting point for the ambulance — {geo}.",
        "Our ger is at {geo}, near the river.",
        "Location shared from the app: {geo}.",
        "The home visit team used the coordinates {geo} to find the house.",
        "{geo} — this is where my father’s flock stays in winter, the phone works there.",
    ]),
    ("passport_doc", 56, 0.27, [
        "Passport No. {pass}",
        "her passport number is {pass}",
        "{name:caps}, passport {pass}",
        "For the visa invitation: {pass:lab}.",
        "{pass} is my passport, valid until next year.",
        "The invitation letter lists {name:full_any}, {pass:lab}.",
        "We need the passport of the accompanying person: {pass}.",
        "My old passport {pass} expired, the new one is not ready yet.",
        "Passport: {pass:ru_internal} (internal, not for travel).",
        "Passport of the donor ({name:full_any}): {pass}",
        "pasport {pass}",
    ]),
    ("national_id", 56, 0.27, [
        "My {nid}.",
        "Patient {name:full_any}, {nid}.",
        "For the insurance they need the {nid}.",
        "{nid} — please put this on the invoice.",
        "Father’s {nid}, mother’s details to follow.",
        "The embassy letter quotes her {nid}.",
        "please write my {nid} in the discharge papers",
        "Donor: {name:full_any} ({nid}).",
        "ID document: {nid}",
        "The scanned form shows his {nid} at the top.",
    ]),
    ("resident_id", 56, 0.27, [
        "身份证号 {rid}",
        "ID card number: {rid}",
        "Her Chinese ID number is {rid}.",
        "{rid} (resident ID of the patient)",
        "Patient {name:full_cn}, ID {rid}.",
        "Resident identity card: {rid}",
        "my father’s ID card no {rid}, please check the name is right",
        "The insurance form needs the 18-digit ID: {rid}.",
        "Citizen ID {rid}, hukou in Hohhot.",
        "{name:han}，身份证 {rid}",
        "Resident ID of the donor, {name:full_cn}: {rid}",
    ]),
    ("mrn_record", 56, 0.27, [
        "{mrn:lab}",
        "Please attach the discharge summary for {mrn:lab}.",
        "my father’s 住院号 is {mrn}",
        "Patient {name:full_any}, {mrn:lab}.",
        "The pathology report is filed under {mrn:lab}.",
        "MRN {mrn} — follow-up in the liver clinic.",
        "Could you send me the results for hospital number {mrn}?",
        "We were given {mrn:lab} at registration.",
        "He was admitted under inpatient number {mrn}.",
        "Ref: {mrn:lab}, {name:title_any}",
        "病案号 {mrn}, please send copy of the operation note",
    ]),
    ("health_plan", 54, 0.27, [
        "Insurance: {hpn}",
        "My policy is {hpn}.",
        "Please bill the insurer directly, {hpn}.",
        "{name:full_any} is covered under {hpn}.",
        "Member ID {hpn:val}, Allianz Care, direct billing approved.",
        "the insurance company asks for a guarantee letter, {hpn}",
        "Health insurance: {hpn}; insured person {name:full_any}.",
        "Coverage confirmed for {hpn}.",
        "Can I use my {hpn} here or only at home?",
        "Pre-authorisation request, {hpn}.",
    ]),
    ("account_bank", 54, 0.27, [
        "Please refund the deposit to IBAN {acct:iban}.",
        "Donations can be sent to {acct}.",
        "my {acct}, please use it for the refund",
        "Transfer made from {acct}.",
        "{acct:iban} — my brother’s account, beneficiary {name:full_any}.",
        "Refund to {acct}, account holder {name:caps}.",
        "The payment of {money} came from {acct}.",
        "Pay by {acct}, name {name:full_any}",
        "Our {acct} was charged twice, please check.",
        "Bank details for the refund: IBAN {acct:iban}.",
    ]),
    ("licence_number", 54, 0.27, [
        "{name:dr}, {lic:doc}, signed the report.",
        "My {lic:drive} expired, can I still use it as ID?",
        "The referral letter is signed by {name:full_any}, MD, {lic:doc}.",
        "Physician’s licence: {lic:doc}",
        "Nurse {name:staff_f}, {lic:nurse}",
        "{lic:drive} — a copy is attached for the parking permit.",
        "The court asked for the doctor’s licence number: {lic:val}.",
        "Certified medical interpreter {name:staff}, {lic:interp}.",
        "Attending physician {name:dr} ({lic:doc}).",
        "The driver who brought him, {name:full_m}, showed {lic:drive}.",
        "Please verify {lic:doc} before we accept the outside report.",
    ]),
    ("vehicle_id", 54, 0.27, [
        "Our car is a white Toyota Camry, plate {veh}, please let us into the parking.",
        "The ambulance with plate {veh:cn} brought him from the airport.",
        "VIN {veh:vin} — the insurer needs it for the accident claim.",
        "He was hit by a truck with number {veh}.",
        "Parking permit requested for {veh} ({name:full_any}).",
        "Driver’s car: {veh}, black Hyundai.",
        "My brother will wait at the south gate in the car {veh}.",
        "plate number {veh:kz}, Kazakh plates, can we park near building 2?",
        "The accident report lists vehicle {veh} and VIN {veh:vin}.",
        "{veh:cn} — that is my husband’s car, he will collect the documents.",
        "Taxi {veh:mn} took us from the airport.",
    ]),
    ("device_serial", 54, 0.27, [
        "Pacemaker: [Medtronic Azure|Biotronik Edora 8|Abbott Assurity|Boston Scientific Accolade|MicroPort Alizea], serial number {dev:pm}.",
        "The ICD (serial {dev:icd}) was interrogated before the MRI.",
        "insulin pump SN {dev:pump} stopped working, the screen is black",
        "The remote monitor is registered to the phone with IMEI {dev:imei}.",
        "MAC address of the home monitor: {dev:mac}",
        "Cochlear implant serial {dev:ci}, left side.",
        "Her CGM transmitter ID is {dev:cgm}.",
        "Hearing aid serial number {dev:ha} — lost in the taxi, please check.",
        "LVAD controller S/N {dev:vad}",
        "{name:title_any}’s implant card lists serial {dev:pm}.",
        "Device {dev} registered to {name:full_any}.",
        "The IMEI of my father’s phone is {dev:imei}, the tracking app stopped.",
    ]),
    ("other_number", 56, 0.27, [
        "Flight {oth:pnr}, arriving Friday night.",
        "{oth:eticket}, please put it on the invitation.",
        "Train {oth:train} from Urumqi, we arrive in the morning.",
        "Her medical {oth:visa}.",
        "My {oth:emp} at the mine — the company pays the bill.",
        "A {oth:police} was opened after the accident.",
        "Insurance {oth:claim} is still pending.",
        "Hotel {oth:hotel} under the name {name:caps}.",
        "{oth:unhcr}, refugee family from {country}.",
        "Please quote {oth:inv} at the embassy.",
        "My son’s {oth:student}, the university needs a medical certificate.",
        "{oth:donor}, blood group O negative.",
        "Kidney {oth:transplant} for {name:full_any}.",
        "We have a {oth:court} about the accident.",
        "{name:full_any}, {oth:military}",
        "{oth}",
    ]),
    ("combo_form", 46, 0.27, [
        "Name: {name:caps}; DOB: {dob}; Passport: {pass}",
        "Patient {name:full_any}, {mrn:lab}, admitted {date}.",
        "Contact: {name:full_any}, {phone}, {email}",
        "{name:full_any}, {addr:pc}, tel. {phone}",
        "Visa invitation for {name:caps}, passport {pass}, date of birth {dob:adult}.",
        "Refund: {name:full_any}, IBAN {acct:iban}, {oth:claim}.",
        "Insured: {name:full_any}, {hpn}, {nid}.",
        "Patient ID {mrn}, pacemaker serial {dev:pm}, implanted {date}.",
        "{name:han}, {rid}, 住院号 {mrn}",
        "I am {name:full_any}, my phone {phone}, my WeChat {soc}",
        "Accompanying person: {name:full_any}, {pass:lab}, {phone}.",
        "Sender {email}, IP {ip}",
        "Home: {addr}, GPS {geo}",
        "{name:full_any} ({age90}), {mrn:lab}",
        "Driver {name:full_any}, {lic:drive}, car {veh}",
        "{name:full_any} — DOB {dob} — {nid}",
    ]),
]

CLEAN_GROUPS = [
    ("clean_dose", 56, 0.15, [
        "She was started on {dose}.",
        "The dose was reduced to {dose} after the creatinine rose.",
        "Discharge medication: {dose}; {dose}.",
        "He had been taking {dose} for {dur} before the bleeding.",
        "{dose} was continued through the perioperative period.",
        "is it normal to take {dose}? my father feels dizzy",
        "We switched from {drug} to {dose}.",
        "The protocol calls for {dose}.",
        "After {dur} on {dose}, the rash disappeared.",
        "Maintenance therapy: {dose}.",
        "can we buy {drug} in {city} or only in China?",
        "The pharmacist checked that {dose} was safe with her other tablets.",
    ]),
    ("clean_lab", 66, 0.18, [
        "On arrival, {lab} and {lab}.",
        "After {dur}, the results were back near the reference range (previously {lab}).",
        "Laboratory results: {lab}; {lab}; {lab}.",
        "The last test showed {lab}, is it dangerous?",
        "By discharge: {lab}.",
        "A repeat sample confirmed {lab}.",
        "my mother analysis: {lab}, {lab}",
        "Before the second cycle: {lab}.",
        "{lab} was the first clue.",
        "The local lab in {city} reported {lab}.",
        "Tumour markers: {lab:tm}.",
        "Tumour markers fell steadily: {lab:tm} at diagnosis, much lower after {dur:long}.",
    ]),
    ("clean_vitals", 46, 0.15, [
        "On admission, blood pressure was {vital:bp}, with {vital:hr} and {vital:temp}.",
        "In the emergency room: BP {vital:bp}, {vital:spo2}, {score:icu}.",
        "Her blood pressure, {vital:bp}, was checked every fifteen minutes.",
        "at home the pressure is {vital:bp}, is it ok?",
        "During the flight he had {vital:spo2}.",
        "Post-operative day 2: BP {vital:bp}, {vital:hr}.",
        "The monitor showed {vital:hr} and {vital:spo2}.",
        "At the first visit we measured {vital:other}.",
    ]),
    ("clean_score", 54, 0.12, [
        "On arrival the stroke team recorded {score:stroke}.",
        "Her {score:stroke} on arrival made her eligible for thrombectomy.",
        "Cardiac risk assessment: {score:cardiac}, {score:cardiac}.",
        "The tumour was staged as {score:stage}.",
        "At six months he was at {score:neuro}.",
        "Scores at admission: {score:icu}; at discharge: {score:stroke}.",
        "A liver score of {score:liver} meant surgery was still possible.",
        "Before the second line of treatment she was at {score:onc}.",
        "Pathology: {score:stage}.",
        "The pre-operative assessment graded him {score:preop}.",
        "Liver function: {score:liver}; performance status: {score:onc}.",
    ]),
    ("clean_gene", 54, 0.08, [
        "Next-generation sequencing found {gene}.",
        "The tumour carried {gene}, which changed the treatment plan.",
        "Genetic testing confirmed {gene} in both the patient and her mother.",
        "No {gene} was detected.",
        "Her brother was tested for {gene} as well.",
        "The panel also reported {gene} at a low allele frequency.",
        "Is {gene} a reason to stop the treatment?",
        "Targeted therapy is available for {gene}.",
        "The boy has {gene:germ}, confirmed by Sanger sequencing.",
    ]),
    ("clean_trial", 52, 0.12, [
        "She was enrolled in trial {trial}.",
        "The study is registered as {trial}.",
        "Treatment followed the protocol of {trial}.",
        "is my father eligible for the trial {trial}?",
        "Results of {trial} were presented at a congress in {monyr}.",
        "The cohort was recruited under {trial} and {trial}.",
        "Screening for {trial} requires {lab}.",
        "Our centre is one of [12|18|24|40] sites in {trial}.",
    ]),
    ("clean_code", 54, 0.12, [
        "Diagnosis coded as {icd:desc}.",
        "ICD-10: {icd}; ICD-10: {icd}.",
        "The referral letter gives the code {icd}.",
        "ATC {atc} was added to the regimen.",
        "Final diagnosis {icd:desc}, secondary {icd}.",
        "diagnosis {icd} — what does it mean?",
        "Drug class: {atc}.",
        "Billing codes {icd} and {icd} were used for the admission.",
        "The insurer accepted {icd} but questioned {atc}.",
        "Code {icd:desc} — the paper from {city} is not clear, is it serious?",
    ]),
    ("clean_monthyear", 58, 0.15, [
        "{monyr}: diagnosis of {eponym}.",
        "Symptoms began in {monyr}.",
        "Timeline: {monyr} — first consultation; {monyr} — surgery.",
        "She came to us in {monyr} and went home in {monyr}.",
        "The trial opened in {monyr}.",
        "we plan to come in {monyr}, is there a waiting list?",
        "Since {monyr}, the seizures have stopped.",
        "In {monyr} the tumour measured 3.4 cm.",
        "Last chemotherapy {monyr}, last scan {monyr}.",
        "The new wing opened in {monyr}.",
        "Her visa was valid until {monyr}.",
        "He was first operated on in {city} in {monyr}.",
    ]),
    ("clean_year", 36, 0.08, [
        "The family moved to {city} in {year}.",
        "He was born in {year:birth} and grew up in {city}.",
        "She has had diabetes since {year}.",
        "Our international department opened in {year}.",
        "The first liver transplant for a patient from {country} took place here in {year}.",
        "Since {year}, more than [300|450|1,200] patients from {country} have been treated here.",
        "born in {year:birth}, diabetic",
        "In {year} and again in {year} he was operated on in {city}.",
    ]),
    ("clean_age", 58, 0.15, [
        "A {age:adj} [woman|man] from {city} was referred with {eponym}.",
        "The patient, aged {age}, had no previous illnesses.",
        "my father is {age:adult_num} years old, can he have the operation?",
        "At {age:adult_num}, she was the oldest person in the rehabilitation group.",
        "He is in his {age:decade} and still works on the farm.",
        "Age: {age}",
        "Patients aged {age:adult_num} and over are screened every year.",
        "A woman in her {age:decade} from {country} came with severe {eponym}.",
        "My son is {age:kid} years old and has {eponym:kid}.",
        "The donor was {age:adult_num}, the recipient {age}.",
        "Aged {age:adult_num}, he had already had [two|three] heart operations.",
    ]),
    ("clean_money", 50, 0.15, [
        "The estimated cost of treatment is {money}.",
        "how much is the operation? we have only {money}",
        "The family raised {money} from relatives.",
        "A deposit of {money} is required before admission.",
        "The insurer covered {money} of the total.",
        "In {city} the same surgery costs {money}.",
        "She paid {money} for the flights alone.",
        "The final bill was {money}, lower than the estimate of {money}.",
    ]),
    ("clean_duration_time", 54, 0.15, [
        "The operation lasted {dur:short}.",
        "He arrived at {time} and was in theatre by {time}.",
        "Visiting hours are from 15:00 to 19:00.",
        "Bed rest was advised for {dur}.",
        "The seizures usually start around {time}.",
        "After {dur} of dialysis, her kidney function recovered.",
        "The flight from {city} takes {dur:short}.",
        "She had been waiting {dur} for a donor.",
        "Take the tablets at {time} and again twelve hours later.",
        "Day 3 after surgery: walking with help; day 7: discharged.",
        "the pain starts around {time} and lasts {dur:short}",
    ]),
    ("clean_place", 50, 0.12, [
        "Many of our patients travel from {city} via {city}.",
        "She grew up in a small town near {city}.",
        "The family drove for two days from {city} to the border.",
        "Patients from {country} and {country} made up a third of admissions.",
        "The nearest dialysis centre is in {city}.",
        "He works in {country} but his family lives in {city}.",
        "There is no neurosurgeon in their province, so they came to {city} first.",
        "we are from {country}, is there a translator for our language?",
        "Direct flights from {city} to Urumqi run twice a week.",
        "The flock is moved to the mountains above {city:kz} every summer.",
    ]),
    ("clean_hospital", 46, 0.08, [
        "She had previously been treated at {hosp}.",
        "The case was discussed with colleagues from {hosp}.",
        "He was transferred from {hosp} to our {dept}.",
        "Our {dept} works closely with {hosp}.",
        "The second opinion came from {hosp}.",
        "The {dept} admitted [12|15|20|31] patients from abroad last month.",
        "Specialists of the {dept} trained for a year at {hosp}.",
        "is your {dept} open on Sundays?",
    ]),
    ("clean_brand", 44, 0.08, [
        "She now uses a {brand:cgm} instead of finger-prick tests.",
        "The {brand:dev} was implanted without complications.",
        "He asked whether {brand:drug} is available in {country}.",
        "The surgery was performed with the {brand:sys} system.",
        "We replaced the old device with a {brand:dev}.",
        "does my {brand:dev} work with the airport scanner?",
        "Treatment switched to {brand:drug} after {dur}.",
        "is the {brand:cgm} sensor covered by insurance?",
    ]),
    ("clean_eponym", 56, 0.08, [
        "She was diagnosed with {eponym} at the age of {age:adult_num}.",
        "The differential diagnosis included {eponym} and {eponym}.",
        "A {proc} was performed.",
        "{eponym} is rare in this age group.",
        "He had undergone a {proc:heart} as an infant.",
        "my daughter has {eponym:kid}, do you treat it?",
        "The team chose a {proc:gi} rather than a transplant.",
        "{eponym} was ruled out by biopsy.",
        "Families of children with {eponym:kid} meet at our clinic every month.",
        "After the {proc:gi}, she could eat normally again.",
        "The surgeons placed {equip} on the second day.",
    ]),
    ("clean_alias", 54, 0.08, [
        "{alias:f}, a {age:adult} teacher from {city}, was referred with {eponym}.",
        "{alias:m} had been coughing for {dur} before anyone ordered a CT.",
        "Case 3: {alias:kid} was admitted with a high fever.",
        "“I was afraid,” {alias:f} recalls.",
        "{alias:m}, aged {age:adult_num}, from {country}, underwent a [{proc:gi}|{proc:heart}].",
        "{alias:f} and her husband asked that their names not be published.",
        "The family of {alias:kid} agreed to share the story.",
        "In the photo, {alias:m} (face hidden) walks with a physiotherapist.",
        "{alias:f} had {lab} on arrival.",
        "Like {alias:m}, many patients arrive after years without a diagnosis.",
    ]),
    ("clean_job_relation", 54, 0.08, [
        "{job} explained the procedure to {rel}.",
        "“We were scared,” {rel} said.",
        "{rel} donated part of the liver.",
        "{job} stayed with the family until the surgery was over.",
        "The decision was made together with {rel}.",
        "my [brother|sister|husband|wife] will come with me as a carer",
        "According to {job}, the recovery was uneventful.",
        "{rel} flew in from {city} the next day.",
        "{job} went through the images with the family and the radiologist.",
        "The consent form was signed by {rel}.",
        "“Our [nurses|interpreter|doctors] never left us alone,” {rel} said.",
    ]),
    ("clean_book_guideline", 44, 0.08, [
        "Treatment followed {guide}.",
        "{book} lay on his bedside table.",
        "The staging follows {guide}.",
        "She read {book} during the long weeks on the ward.",
        "Our protocol was updated in line with {guide}.",
        "The chapter on {eponym} in {book:text} is still worth reading.",
        "According to {guide}, surgery was not recommended.",
        "The nurses gave her a copy of {book}.",
    ]),
    ("clean_tcm", 34, 0.08, [
        "She had been taking a decoction with {tcm} and {tcm} for {dur:long}.",
        "The prescription contained {tcm}, {tcm} and {tcm}.",
        "Please stop {tcm} before the operation.",
        "is {tcm} safe with {drug}?",
        "Our TCM department added {tcm} to ease the nausea.",
        "{tcm} can interact with anticoagulants.",
    ]),
    ("clean_word_as_word", 40, 0.12, [
        "There is real hope for patients with {eponym} today.",
        "She received the news with grace and a long silence.",
        "The white blood cell count rose slowly after {dur:long}.",
        "It was a long road from {city} to full recovery.",
        "Young patients usually recover faster.",
        "Joy, relief and exhaustion came all at once, {rel} said.",
        "The rose garden behind the rehabilitation building is open to patients.",
        "The insurer allows a grace period of 30 days.",
        "Summer is the busiest season for our international department.",
        "Patience is needed in the first weeks after a stroke.",
        "Every minute is precious after a stroke.",
        "He wore a bright orange wristband marked “fall risk”.",
        "A long QT interval was found on the ECG.",
        "Brown fat was visible on the PET scan.",
        "The king of Chinese herbs, ginseng, was not part of the plan.",
        "The nurses practise tai chi with the patients every morning.",
        "Faith, family and good doctors, {rel} said, that is what helped.",
        "The grey matter lesions were stable on the repeat scan.",
    ]),
    ("clean_message", 64, 0.3, [
        "hello, my father is {age:adult_num} years old, diagnosis {icd}, we want to know the price of proton therapy",
        "good day, my mother has {eponym} since {year}, can you help?",
        "Hi, we are from {city}, is it possible to get a visa support letter?",
        "Dear doctors, my son is {age:kid}, he has {gene}, is there a trial?",
        "hello!! how long is the waiting list for {proc}?",
        "we want to come in {monyr}, how much is the deposit?",
        "do you accept patients from {country}? my brother needs dialysis",
        "Sorry for my english. My wife after {proc:gi}, {lab}. What next?",
        "dobryi den, is there Russian speaking doctor in the {dept}?",
        "Salem, what documents do we need for treatment? diagnosis {icd}",
        "hi, can you send the price list for IVF? we are {age:adult_num} and {age:adult_num}",
        "My grandmother is {age:old}, she has {eponym}, is surgery possible at her age?",
        "please answer, we wait {dur} already",
        "hello, my doctor in {city} says {score:stage}, is it bad?",
        "is it possible to pay in [tenge|dollars|rubles|euro] or only yuan?",
        "Thank you for everything, the whole family is grateful to the {dept}.",
        "I called 112 from the road and they took him to the local hospital first.",
        "In China the ambulance number is 120, the interpreter told us, not 103 like at home.",
        "Can I use the app version 3.12.4 on my phone or do I need the new one?",
    ]),
    ("clean_numbers_misc", 30, 0.15, [
        "The 90-day mortality was 4%, with a 95% confidence interval of 2–7%.",
        "Surgery took 92 minutes and blood loss was minimal.",
        "After 100 days the transplant was considered stable.",
        "The ward on the 9th floor has 42 beds.",
        "Tumour volume decreased by {pct} over 96 days.",
        "The remote monitoring system was upgraded to version 10.4.2.",
        "{pct} of patients completed the 120-day programme.",
        "Room 5 is reserved for patients after cochlear implantation.",
        "A cohort of 1,024 patients was followed for 36 months.",
        "Gate 3 of the outpatient building opens at 07:00.",
        "The 6-minute walk distance improved from 210 m to 390 m.",
        "Response rate was 52% (95% CI, 41–63%), higher than the {pct} expected.",
    ]),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def clean_harden(s, cat):
    if cat == "clean_message" and R.random() < 0.5:
        return s.lower()
    return fullwidth(s)


def run_group(cat, n, p_hard, templates, seen, is_clean):
    rows = []
    quota = [n // len(templates)] * len(templates)
    for i in R.sample(range(len(templates)), n % len(templates)):
        quota[i] += 1

    def one(t):
        hard = R.random() < p_hard
        s, kinds, hard_used = expand(t, hard and not is_clean)
        if is_clean and hard:
            s2 = clean_harden(s, cat)
            hard_used = s2 != s
            s = s2
        return s, kinds, hard_used

    def accept(s, kinds, hard_used):
        if s in seen:
            return False
        if is_clean:
            assert not kinds, (cat, s, kinds)
        else:
            assert kinds, (cat, s)
        assert "\t" not in s and "\n" not in s and '"' not in s, s
        seen.add(s)
        label = ",".join(k for k in KIND_ORDER if k in kinds) or "-"
        rows.append((cat + ("_hard" if hard_used else ""), label, s))
        return True

    short = 0
    for t, q in zip(templates, quota):
        got, tries = 0, 0
        while got < q and tries < 80:
            tries += 1
            if accept(*one(t)):
                got += 1
        short += q - got
    tries = 0
    while short > 0 and tries < 4000:
        tries += 1
        if accept(*one(R.choice(templates))):
            short -= 1
    return rows


def main():
    seen = set()
    rows = []
    for cat, n, p_hard, templates in ID_GROUPS:
        rows += run_group(cat, n, p_hard, templates, seen, False)
    for cat, n, p_hard, templates in CLEAN_GROUPS:
        rows += run_group(cat, n, p_hard, templates, seen, True)
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = {k: 0 for k in KIND_ORDER}
    clean = hard = 0
    for cat, label, s in rows:
        if label == "-":
            clean += 1
        for k in label.split(","):
            if k in counts:
                counts[k] += 1
        if cat.endswith("_hard"):
            hard += 1
    print("rows %d, clean %d, with identifiers %d, harder form %d"
          % (len(rows), clean, len(rows) - clean, hard))
    for k in KIND_ORDER:
        print("  %-22s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
