#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 14 (English).

What this is
------------
A generator for ``deid_generated_en_heldout14.tsv``: about 2,500 English sentences of the
kind a hospital that treats many international patients publishes or receives - case
stories told by editors, quotes from patients and relatives, clinicians' remarks, photo
captions, timeline entries and messages left through a contact form (informal, with typos
and the odd word of Russian, Kazakh or Chinese).  Roughly 1,150 rows are clean and about
1,350 hold at least one identifier.  Each row is ``category<TAB>expected_kinds<TAB>sentence``.

How it was written
------------------
Everything here was written from general knowledge of how such texts look and of how names,
addresses and document numbers are formed in Kazakhstan, Russia, Central Asia, Mongolia,
the Middle East, Southeast Asia, Europe, Africa and the provinces of China.  The scanner's
code, its tests, its README, the benchmark data and the earlier corpus parts were NOT read.
Standard library only; a fixed random seed makes the output identical on every run.

Sentences are built from template strings.  Every identifier enters a sentence through a
named slot (``{phone}``, ``{full}``, ``{resid}``...) and the expected kinds of a row are
derived from the slots used, so a label cannot silently drift away from its sentence.
Clean slots (doses, lab values, month-and-year dates, cities, hospitals...) carry no kind.
About one row in five uses a harder surface form: full-width digits, digits broken by
spaces, dots or dashes, spelt-out digits, labels placed after the value, lower- or
upper-case names, names that are also ordinary English words, Han-character names,
Mongolian initial-plus-name forms, disguised e-mail addresses.

Judgement calls in the labels
-----------------------------
* A date of birth is labelled ``date_of_birth`` only (not also ``exact_date``).  A birthday
  given as day and month without a year ("her birthday is 3 May") is still
  ``date_of_birth``.  A day and month without a year for any other event is ``exact_date``;
  month-and-year or a year alone is clean.
* Chinese resident IDs and Kazakh IINs encode the birth date; they are labelled only
  ``resident_id`` / ``national_id``.  Some resident IDs have a deliberately wrong check
  digit, are split by spaces or written in full-width digits - still ``resident_id``.
* An e-mail address, URL or social handle that contains a person's name is labelled only
  with its own kind; ``person_name`` is added only when the name also appears on its own.
  A QQ-mail address (digits@qq.com) is ``email`` only.
* Ages: 90 and above in any wording (digits, words, "93岁", "101st birthday") are
  ``age_over_89``; 89 and below are clean.
* A full address that contains a postcode is ``street_address,postal_code``; a postcode
  written alone is ``postal_code``; a city, district or country alone is clean.  Street
  names that are themselves people's names were avoided so that addresses stay unambiguous.
* Russian international passports are ``passport_number``; SNILS, INN, Kazakh IIN, Uzbek
  PINFL, Mongolian register numbers, Thai/Malaysian/Indonesian/Emirati/Turkish/Nigerian
  identity numbers, US SSNs and UK NI numbers are ``national_id``.  A Russian OMS policy,
  a Chinese 医保卡号 and private insurance member/policy numbers are
  ``health_plan_number``.
* Insurance claim numbers, visa numbers, flight/ticket/booking references, police case
  numbers, employee and student numbers, courier tracking numbers tied to a patient and
  specimen barcodes are ``other_number``.
* Hospital registration, inpatient/admission and outpatient numbers (病案号, 住院号, 门诊号)
  are ``medical_record_number``.
* A clinician's practising licence is ``licence_number`` and always comes with the named
  clinician (``person_name`` too); driving licences of patients and relatives are
  ``licence_number`` alone unless a name is present.
* Public emergency numbers (120, 112, 103) are treated as clean: they identify no one.
* Letter aliases ("Ms. A", "Patient B", "Mr. X", "患者张某") and relations without names
  ("her brother") are clean.  Ordinary words that double as given names (hope, grace, joy,
  will, may) are clean when used as words and ``person_name`` when they are names.
* Durations and other numbers in the 90s are clean when they are not an age in years
  ("a 90-minute operation", "a 95% stenosis", "the premature baby was 92 days old",
  "ninety per cent of patients"); "in her late eighties" is clean.
* Places named after people (Ho Chi Minh City) and brands or books carrying a person's name
  (the da Vinci robot, Harrison's Principles of Internal Medicine, Gray's Anatomy) are clean,
  like eponymous diseases and procedures.  EudraCT, NCT, ChiCTR, ISRCTN and CTR numbers are
  clean trial registry numbers.
* Ordinary words that are also names (the month "Jan", "Long queues", "He") are clean in
  clean rows; the Chinese family names He, Ma, Sun, Long, Fang, An and Yu are person names
  when they stand for a person ("Dr. He").
* A fax number of a referring clinic, written in a message, is labelled ``phone_number``.
* Device model and brand names are clean; serial numbers, IMEIs and MAC addresses are
  ``device_identifier``.  Trial registry numbers, ICD/ATC codes, gene variants and
  guideline versions are clean.
* A WhatsApp contact given as a phone number is ``phone_number``; Telegram, Instagram,
  VK, LINE, WeChat, QQ, Douyin and Weibo handles or profile links are ``social_account``.
"""

import datetime
import os
import random
import re
import string

SEED = 20240614
R = random.Random(SEED)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_generated_en_heldout14.tsv")

KIND_ORDER = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number", "email",
    "web_address", "ip_address", "social_account", "street_address", "postal_code",
    "geolocation", "passport_number", "national_id", "resident_id", "medical_record_number",
    "health_plan_number", "account_number", "licence_number", "vehicle_identifier",
    "device_identifier", "other_number",
]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def upper_letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


FW = {str(d): chr(0xFF10 + d) for d in range(10)}
FW.update({"-": "\uff0d", ".": "\uff0e", "/": "\uff0f", ":": "\uff1a", "@": "\uff20"})


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(s):
    """Spell out the digits of s, keeping '+' as 'plus'."""
    out = []
    for c in s:
        if c.isdigit():
            out.append(WORDS[int(c)])
        elif c == "+":
            out.append("plus")
    return " ".join(out)


def regroup(s, sep, size=None):
    """Re-split a run of digits/letters into groups with a separator."""
    core = "".join(c for c in s if c.isalnum())
    if size is None:
        size = R.choice([2, 3, 4])
    parts = [core[i:i + size] for i in range(0, len(core), size)]
    return sep.join(parts)


HARD_SEEN = [False]  # set when a generator picks a harder surface form (for the summary only)


def hard(p=0.28):
    if R.random() < p:
        HARD_SEEN[0] = True
        return True
    return False


def luhn_complete(partial):
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
             12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
             16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
             24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
             27: "twenty-seventh", 28: "twenty-eighth", 29: "twenty-ninth", 30: "thirtieth",
             31: "thirty-first"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

KZ_F = ["Aigerim", "Gulnara", "Saule", "Aruzhan", "Madina", "Zhanar", "Dinara", "Assel",
        "Ainur", "Kamila", "Botagoz", "Akmaral", "Zhuldyz", "Meruyert"]
KZ_M = ["Dauren", "Yerlan", "Askar", "Bolat", "Arman", "Nurlan", "Yerzhan", "Daniyar",
        "Marat", "Serik", "Azamat", "Berik", "Kanat", "Olzhas"]
KZ_FAM = ["Bekov", "Seitkaliyev", "Abenov", "Zhaksylykov", "Omarov", "Nurpeisov",
          "Sarsenbayev", "Tulegenov", "Kassymov", "Ibraimov", "Akhmetov", "Zhumabayev",
          "Baimukhanov", "Yessenov"]
RU_F = ["Irina", "Olga", "Natalia", "Tatiana", "Svetlana", "Yelena", "Marina", "Anastasia",
        "Yulia", "Ekaterina", "Lyudmila", "Vera", "Galina", "Oksana"]
RU_M = ["Sergei", "Dmitry", "Alexei", "Andrei", "Nikolai", "Pavel", "Mikhail", "Vladimir",
        "Igor", "Yuri", "Konstantin", "Oleg", "Gennady", "Viktor"]
RU_FAM = ["Volkov", "Morozov", "Kuznetsov", "Sokolov", "Lebedev", "Smirnov", "Orlov",
          "Popov", "Novikov", "Fedorov", "Zaitsev", "Belov", "Gromov", "Tikhonov"]
RU_NICK = {"Irina": "Ira", "Olga": "Olya", "Natalia": "Natasha", "Tatiana": "Tanya",
           "Svetlana": "Sveta", "Yelena": "Lena", "Marina": "Marisha", "Anastasia": "Nastya",
           "Yulia": "Yulya", "Ekaterina": "Katya", "Lyudmila": "Lyuda", "Vera": "Verochka",
           "Galina": "Galya", "Oksana": "Oksanka", "Sergei": "Seryozha", "Dmitry": "Dima",
           "Alexei": "Lyosha", "Andrei": "Andryusha", "Nikolai": "Kolya", "Pavel": "Pasha",
           "Mikhail": "Misha", "Vladimir": "Volodya", "Igor": "Igoryok", "Yuri": "Yura",
           "Konstantin": "Kostya", "Oleg": "Olezhka", "Gennady": "Gena", "Viktor": "Vitya"}
FATHERS = ["Petr", "Ivan", "Sergei", "Nikolai", "Alexander", "Viktor", "Mikhail", "Yuri"]
PATRO_M = {"Petr": "Petrovich", "Ivan": "Ivanovich", "Sergei": "Sergeyevich",
           "Nikolai": "Nikolayevich", "Alexander": "Alexandrovich", "Viktor": "Viktorovich",
           "Mikhail": "Mikhailovich", "Yuri": "Yuryevich"}
PATRO_F = {"Petr": "Petrovna", "Ivan": "Ivanovna", "Sergei": "Sergeyevna",
           "Nikolai": "Nikolayevna", "Alexander": "Alexandrovna", "Viktor": "Viktorovna",
           "Mikhail": "Mikhailovna", "Yuri": "Yuryevna"}
UZ_F = ["Dilnoza", "Malika", "Nilufar", "Gulchehra", "Shahnoza", "Zarina", "Mohira",
        "Feruza", "Nodira", "Cholpon", "Aizada", "Gulnoza"]
UZ_M = ["Bakhtiyor", "Farrukh", "Jamshid", "Rustam", "Sardor", "Otabek", "Aibek", "Nurbek",
        "Daler", "Firdavs", "Ulugbek", "Bekzod", "Almaz", "Kubanych"]
UZ_FAM = ["Karimov", "Rakhimov", "Nazarov", "Yusupov", "Ergashev", "Saidov", "Sharipov",
          "Toktogulov", "Mamadaliev", "Rahmonov", "Usmonov", "Abdullaev", "Jumabaev",
          "Davletov"]
MN_F = ["Oyunchimeg", "Enkhjargal", "Sarangerel", "Altantsetseg", "Nomin", "Khulan",
        "Bolormaa", "Tsetsegmaa", "Munkhzul", "Undraa"]
MN_M = ["Batbayar", "Bat-Erdene", "Munkhbat", "Tserendorj", "Temuulen", "Ganzorig",
        "Erdenebileg", "Sukhbat", "Otgonbayar", "Byambadorj"]
MN_FATHER = ["Ganbold", "Dorj", "Tsogt", "Purev", "Baatar", "Nyamdavaa", "Lkhagva",
             "Damdin", "Gombo", "Sodnom"]
ME_F = ["Fatima", "Layla", "Maryam", "Zainab", "Noor", "Huda", "Rania", "Samira", "Aisha",
        "Yasmin", "Elif", "Shirin"]
ME_M = ["Ahmad", "Omar", "Yusuf", "Reza", "Khalid", "Hassan", "Tariq", "Faisal", "Karim",
        "Mahmoud", "Ibrahim", "Emre"]
ME_FAM = ["Al-Rashidi", "Haddad", "Nasser", "Khalil", "Hosseini", "Tehrani", "Al-Saadi",
          "Darwish", "Mansour", "Al-Farsi", "Demir", "Yilmaz", "Kaya", "Abboud", "Qasim",
          "Al-Mutairi"]
SEA = [  # (given, family, gender, full in native order)
    ("Lan", "Nguyen", "f", "Nguyen Thi Lan"), ("Minh", "Tran", "m", "Tran Van Minh"),
    ("Anh", "Pham", "m", "Pham Duc Anh"), ("Hoa", "Le", "f", "Le Thi Hoa"),
    ("Tuan", "Vo", "m", "Vo Minh Tuan"), ("Mai", "Hoang", "f", "Hoang Thi Mai"),
    ("Huy", "Do", "m", "Do Quang Huy"), ("Thu", "Bui", "f", "Bui Thi Thu"),
    ("Somchai", "Wongsa", "m", "Somchai Wongsa"), ("Kittipong", "Srisuk", "m", "Kittipong Srisuk"),
    ("Malee", "Chaiyaporn", "f", "Malee Chaiyaporn"), ("Nattaya", "Boonmee", "f", "Nattaya Boonmee"),
    ("Prasert", "Thongdee", "m", "Prasert Thongdee"), ("Maria", "Santos", "f", "Maria Santos"),
    ("Jose", "Reyes", "m", "Jose Reyes"), ("Andrea", "Dela Cruz", "f", "Andrea Dela Cruz"),
    ("Ramon", "Bautista", "m", "Ramon Bautista"), ("Putri", "Lestari", "f", "Putri Ayu Lestari"),
    ("Budi", "Santoso", "m", "Budi Santoso"), ("Dewi", "Kartika", "f", "Dewi Kartika"),
    ("Agus", "Prasetyo", "m", "Agus Prasetyo"), ("Aina", "Hassan", "f", "Nurul Aina binti Hassan"),
    ("Faizal", "Ismail", "m", "Ahmad Faizal bin Ismail"), ("Thandar", "Win", "f", "Thandar Win"),
    ("Ko Ko", "Aung", "m", "Aung Ko Ko"), ("Dara", "Sok", "m", "Sok Dara"),
    ("Sophea", "Chan", "f", "Chan Sophea"), ("Bounmy", "Phommachanh", "m", "Bounmy Phommachanh"),
]
EU = [("Hans", "Müller", "m"), ("Sophie", "Laurent", "f"), ("Giulia", "Rossi", "f"),
      ("Piotr", "Nowak", "m"), ("Anna", "Svensson", "f"), ("Klaus", "Becker", "m"),
      ("Elena", "Popescu", "f"), ("Marta", "García", "f"), ("Jan", "de Vries", "m"),
      ("Ewa", "Kowalska", "f"), ("Lukas", "Novák", "m"), ("Ingrid", "Halvorsen", "f"),
      ("Matteo", "Bianchi", "m"), ("Claire", "Dubois", "f"), ("Tomasz", "Wiśniewski", "m"),
      ("Fiona", "MacLeod", "f"), ("Dimitris", "Papadopoulos", "m"), ("Ana", "Ferreira", "f"),
      ("Johannes", "Schmid", "m"), ("Katarzyna", "Zielińska", "f"), ("Miguel", "Ortega", "m"),
      ("Sanne", "Bakker", "f")]
AF = [("Chinedu", "Okafor", "m"), ("Amina", "Bello", "f"), ("Kwame", "Mensah", "m"),
      ("Wanjiru", "Kamau", "f"), ("Thabo", "Nkosi", "m"), ("Fatou", "Diallo", "f"),
      ("Abebe", "Tesfaye", "m"), ("Achieng", "Odhiambo", "f"), ("Oluwaseun", "Adebayo", "m"),
      ("Mariam", "Traoré", "f"), ("Tendai", "Moyo", "m"), ("Nomvula", "Dlamini", "f"),
      ("Yaw", "Boateng", "m"), ("Halima", "Abdi", "f"), ("Emeka", "Nwosu", "m"),
      ("Aisatou", "Sow", "f")]
CN = [("Zhang", "Wei", "m", "张伟"), ("Li", "Na", "f", "李娜"), ("Wang", "Fang", "f", "王芳"),
      ("Liu", "Yang", "m", "刘洋"), ("Chen", "Jing", "f", "陈静"), ("Yang", "Min", "f", "杨敏"),
      ("Zhao", "Lei", "m", "赵磊"), ("Huang", "Xiaoming", "m", "黄晓明"), ("Zhou", "Hui", "f", "周慧"),
      ("Wu", "Jianguo", "m", "吴建国"), ("Xu", "Lihua", "f", "徐丽华"), ("Sun", "Hao", "m", "孙浩"),
      ("Ma", "Yuqing", "f", "马玉清"), ("Hu", "Jun", "m", "胡军"), ("Guo", "Meiling", "f", "郭美玲"),
      ("Lin", "Xiaoyu", "f", "林晓雨"), ("He", "Qiang", "m", "何强"), ("Gao", "Ling", "f", "高玲"),
      ("Luo", "Bin", "m", "罗斌"), ("Zheng", "Yan", "f", "郑燕"), ("Liang", "Chen", "m", "梁晨"),
      ("Song", "Jiayi", "f", "宋佳怡"), ("Tang", "Wenjie", "m", "唐文杰"), ("Han", "Xue", "f", "韩雪"),
      ("Feng", "Rui", "m", "冯瑞"), ("Cao", "Yuxuan", "m", "曹宇轩"), ("Deng", "Haiyan", "f", "邓海燕"),
      ("Xie", "Tao", "m", "谢涛"), ("Peng", "Li", "f", "彭丽"), ("Lu", "Zhiyuan", "m", "卢志远"),
      ("Jiang", "Hong", "f", "蒋红"), ("Du", "Kaiwen", "m", "杜凯文"), ("Bai", "Yu", "f", "白雨"),
      ("Qin", "Shu", "f", "秦舒"), ("Yu", "Bo", "m", "于波"), ("Fu", "Xiaodong", "m", "付晓东"),
      ("An", "Ning", "f", "安宁"), ("Long", "Fei", "m", "龙飞"), ("Shi", "Lei", "m", "石磊"),
      ("Jin", "Mei", "f", "金梅"), ("Fang", "Zhou", "m", "方舟"), ("Ye", "Qing", "f", "叶青")]
CN_MINORITY = [("Aynur", "Tursun", "f"), ("Mehmet", "Abdurehim", "m"), ("Gulnisa", "Yasin", "f"),
               ("Erkin", "Ablimit", "m"), ("Tenzin", "Dolma", "f"), ("Dawa", "Tsering", "m"),
               ("Pema", "Yangzom", "f"), ("Lhakpa", "Norbu", "m"), ("Bayar", "Wuyunbilig", "m"),
               ("Nurgul", "Kadir", "f")]
WORDNAMES = [("Hope", "Mensah", "f"), ("Grace", "Achieng", "f"), ("Joy", "Santos", "f"),
             ("Faith", "Wanjiku", "f"), ("Blessing", "Adeyemi", "f"), ("Precious", "Banda", "f"),
             ("Mercy", "Otieno", "f"), ("Patience", "Osei", "f"), ("Gift", "Phiri", "m"),
             ("Lucky", "Dube", "m"), ("Will", "Baker", "m"), ("Rose", "King", "f"),
             ("May", "Young", "f"), ("Summer", "Cook", "f"), ("Sunny", "Long", "m"),
             ("Bill", "Sharp", "m"), ("Mark", "Field", "m"), ("Ruby", "Stone", "f"),
             ("Amber", "Hill", "f"), ("Jade", "Fisher", "f"), ("Victory", "Eze", "m"),
             ("Honour", "Chukwu", "m"), ("Chance", "Mwale", "m"), ("Dawn", "Price", "f")]


class Person(object):
    def __init__(self, given, family, gender, full=None, formal=None, nick=None, han=None,
                 region=""):
        self.given = given
        self.family = family
        self.gender = gender
        self.full = full or ("%s %s" % (given, family))
        self.formal = formal or ("%s %s" % (family.upper(), given.upper()))
        self.nick = nick
        self.han = han
        self.region = region


def fem(fam):
    if fam.endswith("ev") or fam.endswith("ov") or fam.endswith("in"):
        return fam + "a"
    if fam.endswith("ii"):
        return fam[:-2] + "aya"
    return fam + "a"


def make_person(gender=None, region=None):
    if gender is None:
        gender = pick(["f", "m"])
    if region is None:
        region = R.choices(["kz", "ru", "ca", "mn", "me", "sea", "eu", "af", "cn", "cnm"],
                           weights=[16, 11, 10, 7, 9, 9, 7, 7, 20, 4])[0]
    if region == "kz":
        g = pick(KZ_F if gender == "f" else KZ_M)
        f = pick(KZ_FAM)
        f = fem(f) if gender == "f" else f
        father = pick(KZ_M)
        pat = father + ("kyzy" if gender == "f" else "uly")
        return Person(g, f, gender, full=R.choice(["%s %s" % (g, f), "%s %s" % (g, f),
                                                    "%s %s %s" % (f, g, pat)]),
                      nick=g[:4] if len(g) > 5 else None, region=region)
    if region == "ru":
        g = pick(RU_F if gender == "f" else RU_M)
        f = pick(RU_FAM)
        f = fem(f) if gender == "f" else f
        fa = pick(FATHERS)
        pat = (PATRO_F if gender == "f" else PATRO_M)[fa]
        full = R.choice(["%s %s" % (g, f), "%s %s %s" % (g, pat, f), "%s %s" % (g, pat)])
        return Person(g, f, gender, full=full, nick=RU_NICK.get(g),
                      formal="%s %s %s" % (f.upper(), g.upper(), pat.upper()), region=region)
    if region == "ca":
        g = pick(UZ_F if gender == "f" else UZ_M)
        f = pick(UZ_FAM)
        f = fem(f) if gender == "f" else f
        return Person(g, f, gender, region=region)
    if region == "mn":
        g = pick(MN_F if gender == "f" else MN_M)
        fa = pick(MN_FATHER)
        full = R.choice(["%s %s" % (g, fa), "%s %s" % (fa, g), "%s. %s" % (fa[0], g)])
        return Person(g, fa, gender, full=full, formal="%s %s" % (fa.upper(), g.upper()),
                      region=region)
    if region == "me":
        g = pick(ME_F if gender == "f" else ME_M)
        f = pick(ME_FAM)
        return Person(g, f, gender, region=region)
    if region == "sea":
        cands = [x for x in SEA if x[2] == gender]
        g, f, _, full = pick(cands)
        return Person(g, f, gender, full=full, formal=full.upper(), region=region)
    if region == "eu":
        g, f, _ = pick([x for x in EU if x[2] == gender])
        return Person(g, f, gender, region=region)
    if region == "af":
        g, f, _ = pick([x for x in AF if x[2] == gender])
        return Person(g, f, gender, region=region)
    if region == "cnm":
        g, f, _ = pick([x for x in CN_MINORITY if x[2] == gender])
        return Person(g, f, gender, region=region)
    # Chinese: family name first
    f, g, _, han = pick([x for x in CN if x[2] == gender])
    short = len(g) <= 4
    opts = ["Xiao " + f, "Lao " + f] + (["A-" + g, "Xiao " + g] if short else [g])
    nick = pick(opts)
    return Person(g, f, gender, full="%s %s" % (f, g), formal="%s %s" % (f.upper(), g.upper()),
                  nick=nick, han=han, region="cn")


def make_cn_person(gender=None):
    return make_person(gender, "cn")


def make_word_person(gender=None):
    cands = WORDNAMES if gender is None else [x for x in WORDNAMES if x[2] == gender]
    g, f, gd = pick(cands)
    return Person(g, f, gd, region="word")


def make_clinician():
    # most clinicians are Chinese; some are visiting or foreign-trained colleagues
    if R.random() < 0.8:
        return make_cn_person()
    return make_person(region=pick(["kz", "ru", "eu", "me", "af"]))


# ---------------------------------------------------------------------------
# identifier generators (each returns a surface string)
# ---------------------------------------------------------------------------

def fmt_date(d, with_year=True, style=None):
    day, mon, yr = d.day, d.month, d.year
    if style is None:
        style = R.randint(0, 13)
    if not with_year and style not in (2, 3, 7, 9, 10):
        style = pick([2, 3, 7, 9, 10])
    if style == 0:
        return "%d %s %d" % (day, MONTHS[mon - 1], yr)
    if style == 1:
        return "%s %d, %d" % (MONTHS[mon - 1], day, yr)
    if style == 2:
        return "%d %s" % (day, MONTHS[mon - 1])
    if style == 3:
        return "%s %d" % (MONTHS[mon - 1], day)
    if style == 4:
        return "%02d/%02d/%d" % (day, mon, yr)
    if style == 5:
        return "%d-%02d-%02d" % (yr, mon, day)
    if style == 6:
        return "%02d.%02d.%d" % (day, mon, yr)
    if style == 7:
        return "the %s of %s" % (ordinal(day), MONTHS[mon - 1])
    if style == 8:
        return "%d年%d月%d日" % (yr, mon, day)
    if style == 9:
        return "%d月%d日" % (mon, day)
    if style == 10:
        return "%s%s %s" % (MON3[mon - 1], "" if mon == 5 else ".", ordinal(day))
    if style == 11:
        return "%s %d %s %d" % (d.strftime("%A"), day, MONTHS[mon - 1], yr)
    if style == 12:
        return "%d %s %d" % (day, MON3[mon - 1], yr)
    return "%s %d" % (MONTHS[mon - 1], day) if R.random() < 0.5 else "%d %s %d" % (day, MONTHS[mon - 1], yr)


def fmt_date_hard(d, with_year=True):
    day, mon, yr = d.day, d.month, d.year
    style = R.randint(0, 6)
    if not with_year:
        return pick(["the %s of %s" % (ORD_WORDS[day], MONTHS[mon - 1]),
                     fullwidth("%d月%d日" % (mon, day)),
                     "%s %s" % (MONTHS[mon - 1].upper(), ordinal(day)),
                     "%02d.%02d." % (day, mon)])
    if style == 0:
        return fullwidth("%d-%02d-%02d" % (yr, mon, day))
    if style == 1:
        return fullwidth("%d年%d月%d日" % (yr, mon, day))
    if style == 2:
        return "the %s of %s %d" % (ORD_WORDS[day], MONTHS[mon - 1], yr)
    if style == 3:
        return "%d.%s.%d" % (day, ROMAN[mon - 1], yr)
    if style == 4:
        return "%02d-%s-%02d" % (day, MON3[mon - 1].upper(), yr % 100)
    if style == 5:
        return "%d . %02d . %02d" % (yr, mon, day)
    return "%s %s '%02d" % (ordinal(day), MONTHS[mon - 1], yr % 100)


def g_date():
    d = rand_date(2016, 2024)
    wy = R.random() < 0.75
    return fmt_date_hard(d, wy) if hard() else fmt_date(d, wy)


def g_dob():
    d = rand_date(1931, 2021)
    if hard():
        return fmt_date_hard(d, True)
    return fmt_date(d, True, style=pick([0, 1, 4, 5, 6, 8, 12, 0, 4, 6]))


def g_dob_year():
    """A DOB for someone who is 90 or older."""
    d = rand_date(1920, 1933)
    return fmt_date(d, True, style=pick([0, 1, 4, 5, 6, 8, 12]))


NUMWORDS_TENS = {9: "ninety", 10: "a hundred"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def age_words(n):
    if n < 100:
        return "ninety" + ("-" + UNITS[n - 90] if n > 90 else "")
    if n == 100:
        return pick(["one hundred", "a hundred"])
    return "a hundred and " + UNITS[n - 100]


def g_a90():
    n = R.choices(range(90, 107), weights=[9, 9, 8, 8, 7, 7, 6, 5, 4, 4, 4, 3, 2, 2, 1, 1, 1])[0]
    r = R.random()
    if r < 0.12:
        return age_words(n)
    if r < 0.17:
        return fullwidth(str(n))
    return str(n)


YOUNG_WORDS = {3: "three", 5: "five", 7: "seven", 12: "twelve", 16: "sixteen", 19: "nineteen",
               24: "twenty-four", 31: "thirty-one", 45: "forty-five", 52: "fifty-two",
               63: "sixty-three", 68: "sixty-eight", 74: "seventy-four", 77: "seventy-seven",
               81: "eighty-one", 86: "eighty-six", 88: "eighty-eight", 89: "eighty-nine"}


def g_age():
    r = R.random()
    if r < 0.1:
        return YOUNG_WORDS[pick(list(YOUNG_WORDS))]
    if r < 0.25:
        return str(pick([85, 86, 87, 88, 89, 89]))
    return str(R.randint(1, 84))


# --- phones -----------------------------------------------------------------

def _ph_kz():
    op = pick(["701", "702", "705", "707", "747", "771", "775", "777", "778"])
    a, b, c = digits(3), digits(2), digits(2)
    return pick(["+7 %s %s %s %s" % (op, a, b, c), "8 (%s) %s-%s-%s" % (op, a, b, c),
                 "+7%s%s%s%s" % (op, a, b, c), "+7-%s-%s-%s-%s" % (op, a, b, c)])


def _ph_ru():
    op = pick(["903", "912", "916", "925", "926", "951", "985", "999"])
    a, b, c = digits(3), digits(2), digits(2)
    return pick(["+7 (%s) %s-%s-%s" % (op, a, b, c), "8 %s %s %s %s" % (op, a, b, c),
                 "+7 %s %s-%s-%s" % (op, a, b, c)])


def _ph_ca():
    return pick([
        "+998 %s %s %s %s" % (pick(["90", "91", "93", "94", "97", "99"]), digits(3), digits(2), digits(2)),
        "+998-%s-%s-%s-%s" % (pick(["90", "93", "95"]), digits(3), digits(2), digits(2)),
        "+996 %s %s %s" % (pick(["555", "700", "772", "550"]), digits(3), digits(3)),
        "0%s %s %s" % (pick(["555", "700", "772"]), digits(3), digits(3)),
        "+992 %s %s %s" % (pick(["93", "92", "98"]), digits(3), digits(4)),
        "+993 6%s %s%s" % (digits(1), digits(3), digits(3)),
    ])


def _ph_mn():
    return pick(["+976 %s%s %s" % (pick(["99", "88", "95", "91", "80"]), digits(2), digits(4)),
                 "+976-%s%s-%s" % (pick(["99", "88", "94"]), digits(2), digits(4)),
                 "%s%s %s" % (pick(["99", "88", "86"]), digits(2), digits(4))])


def _ph_me():
    return pick([
        "+971 %s %s %s" % (pick(["50", "52", "55", "56"]), digits(3), digits(4)),
        "+966 5%s %s %s" % (digits(1), digits(3), digits(4)),
        "+98 9%s %s %s" % (digits(2), digits(3), digits(4)),
        "+90 5%s %s %s %s" % (digits(2), digits(3), digits(2), digits(2)),
        "+962 7 %s %s" % (digits(4), digits(4)),
        "+974 %s %s" % (digits(4), digits(4)),
        "+968 9%s %s" % (digits(3), digits(4)),
    ])


def _ph_sea():
    return pick([
        "+84 9%s %s %s" % (digits(2), digits(3), digits(3)),
        "+66 8%s %s %s" % (digits(1), digits(3), digits(4)),
        "+63 9%s %s %s" % (digits(2), digits(3), digits(4)),
        "+60 1%s-%s %s" % (digits(1), digits(3), digits(4)),
        "+62 8%s-%s-%s" % (digits(2), digits(4), digits(4)),
        "+95 9 %s %s" % (digits(4), digits(4)),
        "+855 %s %s %s" % (digits(2), digits(3), digits(3)),
    ])


def _ph_eu():
    return pick([
        "+49 %s %s" % (pick(["30", "89", "40", "221"]), digits(8)),
        "+49 15%s %s" % (digits(1), digits(8)),
        "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
        "+44 7700 %s" % digits(6),
        "+44 20 %s %s" % (digits(4), digits(4)),
        "+39 3%s %s %s" % (digits(2), digits(3), digits(4)),
        "+48 %s %s %s" % (digits(3, True), digits(3), digits(3)),
        "+31 6 %s %s" % (digits(4), digits(4)),
        "+36 30 %s %s" % (digits(3), digits(4)),
    ])


def _ph_af():
    return pick([
        "+234 80%s %s %s" % (digits(1), digits(3), digits(4)),
        "+254 7%s %s%s" % (digits(2), digits(3), digits(3)),
        "+251 9%s %s %s" % (digits(1), digits(3), digits(4)),
        "+27 8%s %s %s" % (digits(1), digits(3), digits(4)),
        "+233 2%s %s %s" % (digits(1), digits(3), digits(4)),
        "+221 77 %s %s %s" % (digits(3), digits(2), digits(2)),
    ])


def _ph_cn():
    pre = pick(["130", "133", "135", "136", "138", "139", "150", "151", "158", "177", "186",
                "187", "189", "199"])
    a, b = digits(4), digits(4)
    area = pick(["010", "021", "020", "028", "0991", "0471", "029", "0451", "0871", "023"])
    return pick(["%s %s %s" % (pre, a, b), "%s%s%s" % (pre, a, b), "%s-%s-%s" % (pre, a, b),
                 "+86 %s %s %s" % (pre, a, b), "+86-%s%s%s" % (pre, a, b),
                 "0086 %s %s %s" % (pre, a, b), "%s-%s %s" % (area, digits(4), digits(4)),
                 "(%s) %s%s" % (area, digits(4), digits(4))])


def _ph_00():
    return pick(["007 %s %s %s %s" % (pick(["701", "777", "705"]), digits(3), digits(2), digits(2)),
                 "00971 %s %s %s" % (pick(["50", "55"]), digits(3), digits(4)),
                 "00998 %s %s %s" % (pick(["90", "93"]), digits(3), digits(4)),
                 "00976 %s %s" % (digits(4), digits(4)),
                 "0049 %s %s" % (pick(["30", "176"]), digits(7))])


PHONE_FUNCS = [_ph_kz, _ph_kz, _ph_ru, _ph_ca, _ph_mn, _ph_me, _ph_sea, _ph_eu, _ph_af,
               _ph_cn, _ph_cn, _ph_cn, _ph_00]


def g_phone():
    p = pick(PHONE_FUNCS)()
    if hard():
        r = R.random()
        if r < 0.35:
            return fullwidth(p)
        if r < 0.6:
            return spell(p)
        if r < 0.8:
            return ("+" if p.startswith("+") else "") + regroup(p, ".", pick([2, 3]))
        return ("+" if p.startswith("+") else "") + regroup(p, " ", 2)
    return p


def g_phone_cn_mobile():
    pre = pick(["135", "138", "139", "150", "158", "186", "189"])
    return "%s%s%s" % (pre, digits(4), digits(4))


# --- e-mail, web, ip, social -------------------------------------------------

def translit_slug(p, sep="."):
    g = p.given.lower().replace(" ", "").replace("-", "")
    f = p.family.lower().replace(" ", "").replace("-", "")
    for a, b in (("ü", "u"), ("é", "e"), ("ś", "s"), ("ń", "n"), ("á", "a"), ("í", "i"), ("ç", "c"),
                 ("ã", "a"), ("ö", "o"), ("è", "e")):
        g, f = g.replace(a, b), f.replace(a, b)
    return pick(["%s%s%s" % (g, sep, f), "%s%s%s" % (g[0], sep, f), "%s%s%s" % (f, sep, g),
                 "%s%s" % (g, digits(2)), "%s%s%s%s" % (g, sep, f, digits(2)),
                 "%s_%s" % (f, g[0])])


EMAIL_DOMAINS = {"kz": ["mail.ru", "mail.kz", "yandex.kz", "gmail.com", "inbox.ru"],
                 "ru": ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "rambler.ru"],
                 "ca": ["mail.ru", "gmail.com", "umail.uz", "inbox.uz"],
                 "mn": ["gmail.com", "yahoo.com", "mail.mn"],
                 "me": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"],
                 "sea": ["gmail.com", "yahoo.com.vn", "hotmail.co.th", "yahoo.com.ph"],
                 "eu": ["gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl", "outlook.com"],
                 "af": ["gmail.com", "yahoo.com", "outlook.com"],
                 "cn": ["163.com", "126.com", "sina.com", "foxmail.com", "139.com"],
                 "cnm": ["163.com", "qq.com", "sina.com"], "word": ["gmail.com", "yahoo.co.uk"]}


def g_email(p=None):
    if p is None:
        p = make_person()
    if p.region in ("cn", "cnm") and R.random() < 0.35:
        addr = "%s@qq.com" % digits(R.randint(8, 10), True)
    else:
        addr = "%s@%s" % (translit_slug(p, pick([".", "_", ""])),
                          pick(EMAIL_DOMAINS.get(p.region, ["gmail.com"])))
    if hard():
        local, dom = addr.split("@")
        r = R.random()
        if r < 0.3:
            return "%s [at] %s" % (local, dom.replace(".", " [dot] "))
        if r < 0.5:
            return "%s at %s" % (local, dom.replace(".", " dot "))
        if r < 0.65:
            return "%s(at)%s" % (local, dom)
        if r < 0.8:
            return "%s\uff20%s" % (local, dom)
        return "%s @ %s" % (local, dom)
    return addr


def slug(p):
    g = p.given.lower().replace(" ", "-")
    f = p.family.lower().replace(" ", "-")
    for a, b in (("ü", "u"), ("é", "e"), ("ś", "s"), ("ń", "n"), ("á", "a"), ("ç", "c"),
                 ("ã", "a"), ("ö", "o")):
        g, f = g.replace(a, b), f.replace(a, b)
    return pick(["help-%s-%s" % (g, f), "%s-%s-surgery" % (g, f), "save-%s" % g,
                 "%s-heart-operation" % g, "support-%s-%s-treatment" % (g, f),
                 "%s-fights-leukemia" % g, "%s%s-family" % (g, f), "for-%s-in-china" % g])


def g_url(p=None):
    if p is None:
        p = make_person()
    s = slug(p)
    g = p.given.lower().replace(" ", "").replace("-", "")
    f = p.family.lower().replace(" ", "").replace("-", "")
    u = pick([
        "https://www.gofundme.com/f/%s" % s,
        "gofund.me/%s" % "".join(R.choice("0123456789abcdef") for _ in range(8)),
        "https://www.justgiving.com/crowdfunding/%s" % s,
        "https://www.ketto.org/fundraiser/%s" % s,
        "https://kitabisa.com/campaign/%s" % s.replace("-", ""),
        "https://www.leetchi.com/c/%s" % s,
        "https://www.betterplace.me/%s" % s,
        "https://www.shuidichou.com/raise/%s" % digits(9, True),
        "https://%s%s.blogspot.com" % (g, f),
        "https://%s-%s.wordpress.com" % (g, f),
        "https://sites.google.com/view/%s%s" % (g, f),
        "https://medium.com/@%s.%s" % (g, f),
        "www.%s-%s-family.org" % (g, f),
        "https://%s.livejournal.com" % (g + digits(2)),
        "https://www.%s%s.kz/our-story" % (g, f),
    ])
    if hard():
        r = R.random()
        if r < 0.5:
            return u.replace("https://", "").replace("www.", "www . ").replace(".com", " . com")
        if r < 0.75:
            return u.replace("https://", "").replace("www.", "").upper()
        return u.replace("https://", "").replace(".", " dot ").replace("/", " slash ")
    return u


def g_ip():
    if R.random() < 0.2:
        groups = ["2001", "db8"] + ["%x" % R.randint(0, 65535) for _ in range(R.randint(2, 4))]
        ip = ":".join(groups[:2]) + "::" + ":".join(groups[2:])
        return ip
    first = pick([5, 31, 37, 46, 62, 77, 85, 89, 91, 95, 109, 111, 112, 117, 120, 178, 182,
                  185, 188, 194, 203, 213, 218, 223, 192, 10, 172])
    if first == 192:
        ip = "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254))
    elif first == 10:
        ip = "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    elif first == 172:
        ip = "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))
    else:
        ip = "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if hard():
        r = R.random()
        if r < 0.4:
            return ip.replace(".", "[.]")
        if r < 0.7:
            return fullwidth(ip)
        return ip.replace(".", " . ")
    return ip


def g_social(p=None, platform=None):
    if p is None:
        p = make_person()
    g = p.given.lower().replace(" ", "").replace("-", "")
    f = p.family.lower().replace(" ", "").replace("-", "")
    for a, b in (("ü", "u"), ("é", "e"), ("ś", "s"), ("ń", "n"), ("á", "a")):
        g, f = g.replace(a, b), f.replace(a, b)
    handle = pick(["%s_%s" % (g, f), "%s.%s" % (g, f[:3]), "%s%s" % (g, digits(3)),
                   "%s_%s" % (f, pick(["kz", "uz", "mn", "ru", "life", "mama", "rehab"])),
                   "the_%s" % g, "%s.%s.%s" % (g, f, digits(2))])
    if platform is None:
        platform = pick(["wechat", "wechat", "qq", "douyin", "weibo", "ig", "ig", "tg", "tg",
                         "vk", "line", "tiktok"])
    if platform == "wechat":
        v = pick(["WeChat ID: %s" % handle, "WeChat: wxid_%s" % "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12)),
                  "微信号 %s" % handle, "wechat %s" % handle, "WeChat %s" % handle])
    elif platform == "qq":
        q = digits(R.randint(8, 10), True)
        v = pick(["QQ %s" % q, "QQ: %s" % q, "QQ号 %s" % q, "QQ number %s" % q])
    elif platform == "douyin":
        v = pick(["Douyin @%s" % handle, "抖音号 %s" % handle, "Douyin ID %s" % handle])
    elif platform == "weibo":
        v = pick(["Weibo @%s" % handle, "weibo.com/u/%s" % digits(10, True),
                  "https://weibo.com/%s" % handle])
    elif platform == "ig":
        v = pick(["Instagram @%s" % handle, "instagram.com/%s" % handle,
                  "IG: @%s" % handle, "https://www.instagram.com/%s/" % handle])
    elif platform == "tg":
        v = pick(["Telegram @%s" % handle, "t.me/%s" % handle, "tg: @%s" % handle,
                  "Telegram: @%s" % handle])
    elif platform == "vk":
        v = pick(["vk.com/id%s" % digits(9, True), "vk.com/%s" % handle, "VK: vk.com/%s" % handle])
    elif platform == "line":
        v = pick(["LINE ID: %s" % handle, "Line id %s" % handle])
    else:
        v = pick(["TikTok @%s" % handle, "tiktok.com/@%s" % handle])
    return v


def g_handle_bare(p=None):
    """A handle without platform label; templates provide the platform word."""
    if p is None:
        p = make_person()
    g = p.given.lower().replace(" ", "").replace("-", "")
    f = p.family.lower().replace(" ", "").replace("-", "")
    for a, b in (("ü", "u"), ("é", "e"), ("ś", "s"), ("ń", "n"), ("á", "a")):
        g, f = g.replace(a, b), f.replace(a, b)
    return pick(["%s_%s" % (g, f), "%s%s" % (g, digits(4)), "%s.%s" % (f, g),
                 "%s_%s_%s" % (g[:3], f[:4], digits(2)), "mama_%s" % g])


# --- addresses, postcodes, coordinates ----------------------------------------

def _addr_kz():
    n, m = R.randint(1, 240), R.randint(1, 180)
    pc = pick(["0500%02d" % R.randint(0, 63), "A%02d%s%d%s" % (R.randint(10, 35), pick("ABCDEFGHKMPT"), R.randint(1, 9), pick("ABCDEFGHKMPT")),
               "0100%02d" % R.randint(0, 19), "Z%02d%s%d%s" % (R.randint(1, 19), pick("ABCDEFGHKMPT"), R.randint(1, 9), pick("ABCDEFGHKMPT"))])
    a = pick(["%d Dostyk Avenue, apt %d, Almaty" % (n, m),
              "Samal-2 microdistrict, bld %d, flat %d, Almaty" % (R.randint(1, 99), m),
              "Mangilik El Avenue %d, apt %d, Astana" % (n, m),
              "Turan Avenue %d, block %d, flat %d, Astana" % (n, R.randint(1, 9), m),
              "microdistrict Nursat, house %d, apt %d, Shymkent" % (R.randint(1, 160), m),
              "Stroiteley Avenue %d, kv. %d, Karaganda" % (n, m),
              "ul. Zheltoksan %d, kv. %d, Almaty" % (n, m),
              "%d Respublika Avenue, apt %d, Astana" % (n, m),
              "Aksai-4, house %d, flat %d, Almaty" % (R.randint(1, 120), m)])
    return a, pc


def _addr_ru():
    n, m = R.randint(1, 200), R.randint(1, 300)
    city, pc = pick([("Novosibirsk", "630%03d" % R.randint(0, 132)), ("Moscow", "129%03d" % R.randint(0, 350)),
                     ("Omsk", "644%03d" % R.randint(0, 123)), ("Barnaul", "656%03d" % R.randint(0, 67)),
                     ("Irkutsk", "664%03d" % R.randint(0, 81)), ("Yekaterinburg", "620%03d" % R.randint(0, 150))])
    a = pick(["ul. Sadovaya %d, kv. %d, %s" % (n, m, city), "Prospekt Mira %d, korp. %d, kv. %d, %s" % (n, R.randint(1, 5), m, city),
              "ul. Tsentralnaya %d-%d, %s" % (n, m, city), "Lesnaya street %d, apt %d, %s" % (n, m, city),
              "ul. Sovetskaya %d, building %d, flat %d, %s" % (n, R.randint(1, 4), m, city)])
    return a, pc


def _addr_ca():
    n, m = R.randint(1, 120), R.randint(1, 90)
    return pick([("Yunusobod district, quarter %d, house %d, apt %d, Tashkent" % (R.randint(1, 19), n, m), "100%03d" % R.randint(0, 200)),
                 ("Mustaqillik Avenue %d, apt %d, Tashkent" % (n, m), "1000%02d" % R.randint(0, 99)),
                 ("Chilonzor-%d, dom %d, kv. %d, Tashkent" % (R.randint(1, 25), n, m), "1001%02d" % R.randint(0, 99)),
                 ("7th microdistrict, house %d, flat %d, Bishkek" % (n, m), "7200%02d" % R.randint(0, 99)),
                 ("Chuy Avenue %d, apt %d, Bishkek" % (n, m), "7200%02d" % R.randint(0, 99)),
                 ("Bokhtar street %d, apt %d, Dushanbe" % (n, m), "7340%02d" % R.randint(0, 99)),
                 ("Bitarap Turkmenistan street %d, Ashgabat" % n, "7440%02d" % R.randint(0, 99))])


def _addr_mn():
    m, b = R.randint(1, 120), R.randint(1, 80)
    d = pick(["Bayanzurkh", "Khan-Uul", "Bayangol", "Chingeltei", "Songinokhairkhan"])
    return pick([("Apartment %d, Building %d, %s khoroo, %s district, Ulaanbaatar" % (m, b, ordinal(R.randint(1, 25)), d), "1%d%03d" % (R.randint(3, 8), R.randint(0, 999))),
                 ("Peace Avenue %d, door %d, %s district, Ulaanbaatar" % (R.randint(1, 90), m, d), "1%d%03d" % (R.randint(3, 8), R.randint(0, 999))),
                 ("ger no. %d, %s bag, Darkhan" % (R.randint(1, 400), ordinal(R.randint(1, 12))), "45%03d" % R.randint(0, 999))])


def _addr_me():
    n, m = R.randint(1, 99), R.randint(1, 40)
    return pick([("Villa %d, Street %d, Al Barsha 2, Dubai" % (n, R.randint(1, 40)), "P.O. Box %d" % R.randint(1000, 99999)),
                 ("Flat %d, Building %d, Road %d, Block %d, Manama" % (m, R.randint(100, 2999), R.randint(1000, 3999), R.randint(300, 999)), "Block %d" % R.randint(300, 999)),
                 ("%d Olaya Street, Al Olaya, Riyadh" % R.randint(1000, 8999), "12%03d" % R.randint(0, 999)),
                 ("Bağdat Caddesi No: %d D: %d, Kadıköy, Istanbul" % (R.randint(1, 400), m), "347%02d" % R.randint(10, 44)),
                 ("Building %d, Mecca Street, Amman" % R.randint(1, 250), "11%03d" % R.randint(100, 999)),
                 ("No. %d, Alley %d, Pasdaran Avenue, Tehran" % (n, R.randint(1, 30)), "%s-%s" % (digits(5, True), digits(5)))])


def _addr_sea():
    n = R.randint(1, 300)
    return pick([("%d Dong Khoi Street, Ben Nghe Ward, District 1, Ho Chi Minh City" % n, "700000"),
                 ("No. %d, Lane %d, Hang Bai Street, Hoan Kiem, Hanoi" % (R.randint(1, 60), R.randint(1, 90)), "100000"),
                 ("%d/%d Moo %d, Silom Road, Bang Rak, Bangkok" % (n, R.randint(1, 60), R.randint(1, 12)), "10500"),
                 ("Unit %d, %d Katipunan Avenue, Quezon City" % (R.randint(101, 2210), n), "1108"),
                 ("No. %d, Jalan Ampang, Kuala Lumpur" % n, "50450"),
                 ("Jl. Merdeka No. %d, RT %02d/RW %02d, Bandung" % (n, R.randint(1, 12), R.randint(1, 9)), "40117"),
                 ("No. %d, Pyay Road, Kamayut Township, Yangon" % n, "11041")])


def _addr_eu():
    n, m = R.randint(1, 120), R.randint(1, 40)
    return pick([("Gartenstraße %d, Berlin" % n, "10%03d" % R.randint(115, 999)),
                 ("%d rue des Lilas, Lyon" % n, "6900%d" % R.randint(1, 9)),
                 ("Via Roma %d, Bologna" % n, "401%02d" % R.randint(21, 41)),
                 ("ul. Kwiatowa %d/%d, Kraków" % (n, m), "30-%03d" % R.randint(1, 999)),
                 ("Kerkstraat %d, Utrecht" % n, "35%02d %s" % (R.randint(11, 99), upper_letters(2))),
                 ("Flat %d, %d Station Road, Leeds" % (m, n), "LS%d %d%s" % (R.randint(1, 28), R.randint(1, 9), upper_letters(2, "ABDEFGHJLNPQRSTUWXYZ"))),
                 ("Nádražní %d, Brno" % n, "602 00")])


def _addr_af():
    n = R.randint(1, 90)
    return pick([("Plot %d, Admiralty Way, Lekki Phase 1, Lagos" % n, "1061%02d" % R.randint(0, 99)),
                 ("House %d, Ngong Road, Nairobi" % n, "00100"),
                 ("House no. %d, Bole Sub-city, Addis Ababa" % R.randint(100, 3000), "1000"),
                 ("House %d, Oxford Street, Osu, Accra" % n, "GA-%03d-%04d" % (R.randint(100, 999), R.randint(0, 9999)))])


def _addr_cn():
    r, u, b = R.randint(101, 2806), R.randint(1, 6), R.randint(1, 30)
    return pick([("Room %d, Building %d, %d Jianguo Road, Chaoyang District, Beijing" % (r, b, R.randint(1, 120)), "1000%02d" % R.randint(20, 29)),
                 ("No. %d, Lane %d, Changle Road, Xuhui District, Shanghai" % (R.randint(1, 40), R.randint(100, 800)), "2000%02d" % R.randint(30, 39)),
                 ("Flat %d, Unit %d, Building %d, Jiefang South Road, Tianshan District, Urumqi" % (r, u, b), "8300%02d" % R.randint(1, 9)),
                 ("Apt %d-%d, %d Daxue East Street, Saihan District, Hohhot" % (u, r, R.randint(1, 90)), "0100%02d" % R.randint(10, 30)),
                 ("%d Renmin South Road Section 3, Wuhou District, Chengdu" % R.randint(1, 60), "6100%02d" % R.randint(41, 48)),
                 ("Building %d, Xingfu Jiayuan, Youyi Road, Yining, Ili" % b, "835000"),
                 ("Room %d, Unit %d, Building %d, Wangjing Xiyuan, Chaoyang, Beijing" % (r, u, b), "1001%02d" % R.randint(0, 2)),
                 ("%d Xuefu Road, Nangang District, Harbin" % R.randint(1, 200), "1500%02d" % R.randint(80, 89))])


def _addr_cn_han():
    r, u, b, n = R.randint(101, 2806), R.randint(1, 6), R.randint(1, 30), R.randint(1, 200)
    return pick([("北京市朝阳区建国路%d号%d号楼%d室" % (n, b, r), "1000%02d" % R.randint(20, 29)),
                 ("上海市徐汇区长乐路%d弄%d号" % (R.randint(100, 800), R.randint(1, 40)), "2000%02d" % R.randint(30, 39)),
                 ("新疆乌鲁木齐市天山区解放南路%d号%d单元%d室" % (n, u, r), "8300%02d" % R.randint(1, 9)),
                 ("四川省成都市武侯区人民南路三段%d号" % R.randint(1, 60), "6100%02d" % R.randint(41, 48)),
                 ("内蒙古呼和浩特市赛罕区大学东街%d号%d单元%d" % (n, u, r), "0100%02d" % R.randint(10, 30)),
                 ("广东省广州市天河区体育西路 %d 号 %d 栋 %d 房" % (n, b, r), "5106%02d" % R.randint(20, 99)),
                 ("黑龙江省哈尔滨市南岗区学府路 %d 号 %d 栋" % (n, b), "1500%02d" % R.randint(80, 89)),
                 ("甘肃省兰州市城关区东岗西路%d号" % n, "7300%02d" % R.randint(0, 99))])


ADDR_FUNCS = [_addr_kz, _addr_kz, _addr_ru, _addr_ca, _addr_mn, _addr_me, _addr_sea, _addr_eu,
              _addr_af, _addr_cn, _addr_cn, _addr_cn_han]


def g_addr():
    a, _ = pick(ADDR_FUNCS)()
    if hard(0.15):
        return fullwidth(a) if R.random() < 0.5 else a.upper()
    return a


def g_addr_pc():
    f = pick(ADDR_FUNCS)
    a, pc = f()
    if pc.startswith("P.O.") or pc.startswith("Block"):
        a, pc = _addr_kz()
    if f is _addr_cn_han:
        return pick(["%s，邮编%s" % (a, pc), "%s (postcode %s)" % (a, pc), "%s %s" % (pc, a)])
    if f is _addr_eu and R.random() < 0.6:
        city = a.rsplit(", ", 1)
        return "%s, %s %s" % (city[0], pc, city[1])
    return pick(["%s %s" % (a, pc), "%s, %s" % (a, pc), "%s, postcode %s" % (a, pc)])


def g_pc():
    _, pc = pick([f for f in ADDR_FUNCS if f is not _addr_me])()
    if hard(0.25):
        if pc.isdigit():
            return pick([fullwidth(pc), " ".join(pc)])
        return pc.lower()
    return pc


CENTRES = [(43.238, 76.889), (51.128, 71.430), (43.825, 87.617), (47.918, 106.917),
           (41.311, 69.279), (42.874, 74.590), (39.904, 116.407), (39.470, 75.989),
           (44.211, 80.420), (40.842, 111.749), (25.204, 55.270), (21.028, 105.854),
           (6.524, 3.379), (52.520, 13.405), (55.008, 82.935), (49.806, 73.085),
           (46.848, 74.995), (38.559, 68.774), (36.061, 103.834), (29.653, 91.117)]


def _dms(x, pos, neg):
    h = pos if x >= 0 else neg
    x = abs(x)
    d = int(x)
    mf = (x - d) * 60
    m = int(mf)
    s = (mf - m) * 60
    return "%d°%02d'%04.1f\"%s" % (d, m, s, h)


def g_geo():
    la, lo = pick(CENTRES)
    la += R.uniform(-0.09, 0.09)
    lo += R.uniform(-0.09, 0.09)
    nd = pick([4, 5, 6])
    sla, slo = ("%%.%df" % nd) % la, ("%%.%df" % nd) % lo
    r = R.random()
    if r < 0.3:
        return "%s, %s" % (sla, slo)
    if r < 0.45:
        return "%s N, %s E" % (sla, slo)
    if r < 0.6:
        return "lat %s, long %s" % (sla, slo)
    if r < 0.72:
        return "%s %s" % (_dms(la, "N", "S"), _dms(lo, "E", "W"))
    if r < 0.8:
        return "geo:%s,%s" % (sla, slo)
    if r < 0.88:
        return "%s; %s" % (sla.replace(".", ","), slo.replace(".", ","))
    if r < 0.94:
        return fullwidth("%s, %s" % (sla, slo))
    return "(%s,%s)" % (sla, slo)


# --- document numbers ----------------------------------------------------------

def g_passport():
    r = R.randint(0, 19)
    if r in (0, 1, 2):
        v = "N%s" % digits(8)
        lab = pick(["Kazakh passport", "passport", "passport no."])
    elif r == 3:
        v = "%s %s" % (digits(2, True), digits(7))
        lab = pick(["Russian international passport", "zagranpassport", "passport number"])
    elif r == 4:
        v = "%s%s" % (pick(["AA", "AB", "FA", "AD"]), digits(7))
        lab = pick(["Uzbek passport", "passport"])
    elif r == 5:
        v = "AC%s" % digits(7)
        lab = "Kyrgyz passport"
    elif r == 6:
        v = "E%s" % digits(7)
        lab = pick(["Mongolian passport", "passport no."])
    elif r in (7, 8):
        v = pick(["E%s" % digits(8), "EA%s" % digits(7), "EJ%s" % digits(7)])
        lab = pick(["Chinese passport", "passport", "护照号"])
    elif r == 9:
        v = pick(["U%s" % digits(8), "K%s" % digits(8), "A%s" % digits(8)])
        lab = pick(["Turkish passport", "Iranian passport", "Saudi passport", "passport"])
    elif r == 10:
        v = "C%s" % digits(7)
        lab = pick(["Vietnamese passport", "passport"])
    elif r == 11:
        v = "P%s%s" % (digits(7), pick("ABC"))
        lab = "Philippine passport"
    elif r == 12:
        v = "A%s" % digits(8)
        lab = pick(["Malaysian passport", "Nigerian passport"])
    elif r == 13:
        v = "C" + "".join(R.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
        lab = "German passport"
    elif r == 14:
        v = "%s%s%s" % (digits(2), upper_letters(2), digits(5))
        lab = "French passport"
    elif r == 15:
        v = digits(9, True)
        lab = pick(["UK passport", "British passport number"])
    elif r == 16:
        v = "AK%s" % digits(7)
        lab = "Kenyan passport"
    elif r == 17:
        v = "EP%s" % digits(7)
        lab = "Ethiopian passport"
    else:
        v = "AA%s" % digits(7)
        lab = "Thai passport"
    if hard():
        rr = R.random()
        if rr < 0.35:
            return "%s (%s)" % (regroup(v, " ", 4) if rr < 0.2 else v, lab)
        if rr < 0.6:
            return "%s %s" % (lab, fullwidth(v))
        if rr < 0.8:
            return "%s %s" % (lab, v.lower())
        return "%s %s" % (lab, "-".join([v[:3], v[3:6], v[6:]]))
    return "%s %s" % (lab, v)


def _iin():
    d = rand_date(1935, 2020)
    c = pick("34") if d.year < 2000 else pick("56")
    return "%02d%02d%02d%s%s" % (d.year % 100, d.month, d.day, c, digits(5))


def g_natid():
    r = R.randint(0, 21)
    if r in (0, 1, 2, 3):
        v, lab = _iin(), pick(["IIN", "IIN", "ИИН", "Kazakh IIN", "individual identification number"])
    elif r == 4:
        v, lab = "%s-%s-%s %s" % (digits(3), digits(3), digits(3), digits(2)), "SNILS"
    elif r == 5:
        v, lab = digits(12, True), "INN"
    elif r == 6:
        v, lab = pick("3456") + digits(13), pick(["PINFL", "JShShIR", "Uzbek personal number (PINFL)"])
    elif r == 7:
        v, lab = pick("12") + digits(13), "Kyrgyz PIN"
    elif r == 8:
        v = "%s%02d%02d%02d%s" % (pick(["УБ", "UB", "ЧД", "ОЮ"]), R.randint(40, 99), R.randint(1, 12), R.randint(1, 28), digits(2))
        lab = pick(["registry number", "Mongolian register no.", "RD"])
    elif r == 9:
        v, lab = "%s-%s-%s-%s-%s" % (pick("1358"), digits(4), digits(5), digits(2), digits(1)), "Thai ID"
    elif r == 10:
        v, lab = "%02d%02d%02d-%02d-%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 16), digits(4)), "MyKad"
    elif r == 11:
        v, lab = "3273 %s %s %s" % (digits(4), digits(4), digits(4)), "NIK"
    elif r == 12:
        v, lab = "0%s" % digits(11), pick(["CCCD", "Vietnamese citizen ID"])
    elif r == 13:
        v, lab = "%03d-%02d-%04d" % (R.randint(101, 665), R.randint(1, 99), R.randint(1, 9999)), pick(["SSN", "Social Security number", "social security no."])
    elif r == 14:
        v, lab = "%s %s %s %s %s" % (pick(["AB", "JK", "NS", "TR", "PE", "WL"]), digits(2), digits(2), digits(2), pick("ABCD")), "NI number"
    elif r == 15:
        v, lab = "784-%d-%s-%s" % (R.randint(1950, 2010), digits(7), digits(1)), "Emirates ID"
    elif r == 16:
        v, lab = pick("12") + digits(9), pick(["Saudi national ID", "iqama number"])
    elif r == 17:
        v, lab = digits(11, True), pick(["T.C. kimlik no", "TC ID"])
    elif r == 18:
        v, lab = digits(11, True), "NIN"
    elif r == 19:
        v, lab = "%s%s%02d%s%02d%s%s%s" % (upper_letters(3, "BCDFGHLMNPRSTVZ"), upper_letters(3, "BCDFGHLMNPRSTVZAEIOU"), R.randint(40, 99), pick("ABCDEHLMPRST"), R.randint(1, 71), pick("FGHL"), digits(3), pick(string.ascii_uppercase)), "codice fiscale"
    elif r == 20:
        v, lab = "%d %s %02d %s %s %s %s" % (R.randint(1, 2), digits(2), R.randint(1, 12), digits(2), digits(3), digits(3), digits(2)), "numéro de sécurité sociale"
    else:
        v, lab = digits(8, True), pick(["Kenyan ID", "national ID card"])
    if hard():
        rr = R.random()
        if rr < 0.4:
            return "%s (%s)" % (v, lab)
        if rr < 0.7:
            return "%s %s" % (lab, fullwidth(v))
        return "%s %s" % (lab, regroup(v, " ", pick([3, 4])))
    return "%s %s" % (lab, v)


AREA_CODES = ["110105", "110108", "310104", "310115", "440106", "510107", "650102", "650104",
              "654002", "653101", "150102", "150203", "540102", "230103", "370202", "420106",
              "610113", "530102", "640104", "630104", "220104", "620102", "500103", "320106"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(wrong=False, d=None):
    if d is None:
        d = rand_date(1935, 2021)
    body = pick(AREA_CODES) + d.strftime("%Y%m%d") + digits(3)
    s = sum(int(c) * w for c, w in zip(body, ID_W)) % 11
    chk = "10X98765432"[s]
    if wrong:
        chk = pick([c for c in "0123456789X" if c != chk])
    return body + chk


def g_resid():
    v = resident_id(wrong=R.random() < 0.15)
    if hard():
        rr = R.random()
        if rr < 0.4:
            return "%s %s %s" % (v[:6], v[6:14], v[14:])
        if rr < 0.7:
            return fullwidth(v)
        if rr < 0.85:
            return "%s-%s-%s" % (v[:6], v[6:14], v[14:])
        return v[:-1] + v[-1].lower() if v.endswith("X") else "%s %s %s %s" % (v[:6], v[6:10], v[10:14], v[14:])
    return v


def g_mrn():
    r = R.randint(0, 13)
    yr = R.randint(2016, 2024)
    if r == 0:
        v, lab = digits(8), "MRN"
    elif r == 1:
        v, lab = "ZY%d%s" % (yr, digits(6)), "inpatient no."
    elif r == 2:
        v, lab = digits(7, True), "住院号"
    elif r == 3:
        v, lab = "%s%s" % (pick("ABH"), digits(7)), "病案号"
    elif r == 4:
        v, lab = "H-%02d-%s" % (yr % 100, digits(6)), "hospital number"
    elif r == 5:
        v, lab = "%d-%s" % (yr, digits(5)), "admission no."
    elif r == 6:
        v, lab = "MZ%s" % digits(10), "门诊号"
    elif r == 7:
        v, lab = "P%s" % digits(7), "patient ID"
    elif r == 8:
        v, lab = digits(10, True), pick(["inpatient number", "case record number"])
    elif r == 9:
        v, lab = "IP%s" % digits(8), "admission number"
    elif r == 10:
        v, lab = digits(6, True), pick(["chart no.", "medical record no."])
    elif r == 11:
        v, lab = "%s/%d" % (digits(5, True), yr), "history no."
    elif r == 12:
        v, lab = "INT-%s" % digits(6), "international patient number"
    else:
        v, lab = "%s%s" % (upper_letters(2), digits(6)), "registration no."
    if hard():
        rr = R.random()
        if rr < 0.45:
            return "%s (%s)" % (v, lab)
        if rr < 0.7:
            return "%s %s" % (lab, fullwidth(v))
        return "%s %s" % (lab, regroup(v, " ", 3))
    return "%s %s" % (lab, v)


def g_hpn():
    r = R.randint(0, 12)
    if r == 0:
        v, lab = "%s-%s-%s" % (upper_letters(3), digits(7), digits(2)), pick(["Bupa Global membership no.", "member ID"])
    elif r == 1:
        v, lab = "%s %s %s" % (digits(4), digits(4), digits(3)), "AXA policy no."
    elif r == 2:
        v, lab = " ".join([digits(4) for _ in range(4)]), pick(["OMS policy", "полис ОМС", "compulsory medical insurance policy"])
    elif r == 3:
        v, lab = "%s%s" % (pick("LMN"), digits(9)), "医保卡号"
    elif r == 4:
        v, lab = "U%s" % digits(9), "Cigna member number"
    elif r == 5:
        v, lab = "P-%s" % digits(7), "Allianz Care policy number"
    elif r == 6:
        v, lab = "%s%s" % (pick(string.ascii_uppercase), digits(9)), "Krankenversichertennummer"
    elif r == 7:
        v, lab = "%s-%s-%s" % (digits(2), digits(9), digits(1)), "PhilHealth ID"
    elif r == 8:
        v, lab = "000%s" % digits(10), "BPJS Kesehatan card"
    elif r == 9:
        v, lab = digits(8, True), "NHIF member no."
    elif r == 10:
        v, lab = "%s-%s" % (digits(4), digits(8)), pick(["health insurance member ID", "insurance card no."])
    elif r == 11:
        v, lab = "%s%s" % (upper_letters(2), digits(8)), pick(["policy number", "Ping An health policy"])
    else:
        v, lab = "80%s %s" % (digits(3), digits(10)), "EHIC card no."
    if hard():
        rr = R.random()
        if rr < 0.45:
            return "%s (%s)" % (v, lab)
        if rr < 0.7:
            return "%s %s" % (lab, fullwidth(v))
        return "%s %s" % (lab, regroup(v, ".", 4))
    return "%s %s" % (lab, v)


def _iban(cc, length):
    body = "".join(R.choice(string.digits) for _ in range(length - 4))
    if cc in ("KZ", "GB"):
        body = digits(3) + pick(["K", "C"]) + upper_letters(0) + digits(length - 8)
        if cc == "GB":
            body = pick(["NWBK", "BARC", "HBUK"]) + digits(length - 8)
    v = "%s%02d%s" % (cc, R.randint(2, 98), body)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def g_acct():
    r = R.randint(0, 11)
    if r in (0, 1):
        v, lab = _iban("KZ", 20), pick(["IBAN", "Kaspi IBAN", "account (IBAN)"])
    elif r == 2:
        v, lab = _iban(pick(["DE", "FR", "IT"]), pick([22, 27])), "IBAN"
    elif r == 3:
        v, lab = _iban("AE", 23), pick(["IBAN", "Emirates NBD IBAN"])
    elif r == 4:
        v, lab = _iban("TR", 26), "IBAN"
    elif r == 5:
        v, lab = "40817 810 %s %s %s" % (digits(1), digits(4), digits(7)), pick(["Sberbank account", "account no.", "расчётный счёт"])
    elif r == 6:
        v, lab = luhn_complete("62" + digits(16)), pick(["UnionPay card", "bank card", "银行卡号"])
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif r == 7:
        v, lab = luhn_complete("4" + digits(14)), pick(["Visa card", "card number", "Kaspi Gold card"])
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif r == 8:
        v, lab = luhn_complete("5" + pick("12345") + digits(13)), pick(["Mastercard", "debit card"])
        v = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif r == 9:
        v, lab = "2020 8%s %s %s %s" % (digits(2), digits(4), digits(4), digits(4)), pick(["Uzbek bank account", "account number"])
    elif r == 10:
        v, lab = "62%s" % digits(17), pick(["China Construction Bank account", "ICBC account", "account no."])
    else:
        v, lab = "%s%s" % (digits(10, True), ""), pick(["GTBank account", "Access Bank account", "Equity Bank account"])
    if hard():
        rr = R.random()
        if rr < 0.4:
            return "%s (%s)" % (v, lab)
        if rr < 0.7:
            return "%s %s" % (lab, fullwidth(v))
        return "%s %s" % (lab, v.replace(" ", "").replace("-", ""))
    return "%s %s" % (lab, v)


def _lic_fmt(v, lab):
    if hard():
        if R.random() < 0.5:
            return "%s (%s)" % (v, lab)
        return "%s %s" % (lab, fullwidth(v))
    return "%s %s" % (lab, v)


def g_lic_clin():
    """A physician's professional licence (always used next to the physician's name)."""
    r = R.randint(0, 6)
    if r in (0, 1, 2):
        v, lab = "1%s" % digits(14), pick(["practising certificate no.", "医师执业证书编码", "physician practising licence"])
    elif r == 3:
        v, lab = digits(7, True), "GMC number"
    elif r == 4:
        v, lab = "MD-%d-%s" % (R.randint(2001, 2023), digits(5)), "medical licence"
    elif r == 5:
        v, lab = "%s" % digits(8, True), "state medical licence no."
    else:
        v, lab = "KZ%s" % digits(8), "medical licence (Kazakhstan)"
    return _lic_fmt(v, lab)


def g_lic_nurse():
    v, lab = pick([("RN%s" % digits(8), "nursing licence"), ("N%s" % digits(9), "nurse registration no."),
                   (digits(12, True), "护士执业证书编号")])
    return _lic_fmt(v, lab)


def g_lic_interp():
    v, lab = pick([("CATTI-%d-%s" % (R.randint(1, 3), digits(8)), "interpreter certificate"),
                   ("%s" % digits(10, True), "medical interpreter certificate no."),
                   ("SW-%s" % digits(6), "sworn translator licence")])
    return _lic_fmt(v, lab)


def g_a90ord():
    n = R.randint(90, 104)
    if R.random() < 0.3:
        if n == 90:
            return "ninetieth"
        if n < 100:
            return "ninety-" + ["", "first", "second", "third", "fourth", "fifth", "sixth",
                                "seventh", "eighth", "ninth"][n - 90]
        return "hundredth" if n == 100 else "hundred-and-" + ["", "first", "second", "third", "fourth"][n - 100]
    return ordinal(n)


def g_lic_drive():
    r = R.randint(0, 6)
    if r == 0:
        v, lab = "%s %s" % (upper_letters(2), digits(6)), "Kazakh driving licence"
    elif r == 1:
        v, lab = "%s %s %s" % (digits(2), digits(2), digits(6)), pick(["Russian driving licence", "driver's licence"])
    elif r == 2:
        v, lab = "%s%s%s%s" % (upper_letters(5, "ABCDEFGHKLMNOPRSTUVWY"), digits(6), upper_letters(2), digits(1) + upper_letters(2)), "UK driving licence"
    elif r == 3:
        v, lab = digits(7, True), "UAE driving licence"
    elif r == 4:
        v, lab = "%s-%s-%s" % (pick(string.ascii_uppercase) + digits(3), digits(4), digits(4)), "driving licence"
    elif r == 5:
        v, lab = "B%s" % digits(8), pick(["Mongolian driving licence", "driving licence no."])
    else:
        v, lab = "%s%s" % (upper_letters(1), digits(7)), "Philippine driver's license"
    if hard():
        return "%s (%s)" % (v, lab)
    return "%s %s" % (lab, v)


CN_PROV = ["京", "沪", "粤", "川", "新", "蒙", "黑", "甘", "鄂", "陕", "云", "宁"]
RU_LET = "ABEKMHOPCTYX"


def _vin():
    vals = {c: i for i, c in enumerate("0123456789")}
    tr = dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
              S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)
    vals.update(tr)
    alnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    wmi = pick(["LSV", "LFV", "LGW", "WBA", "JTD", "XTA", "KMH", "Z94", "LVS", "WDD", "VF1", "LBV"])
    vds = "".join(R.choice(alnum) for _ in range(5))
    yr = pick("EFGHJKLMNPR")
    tail = R.choice(alnum) + digits(6)
    v = wmi + vds + "0" + yr + tail
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(vals[c] * wt for c, wt in zip(v, w)) % 11
    chk = "X" if s == 10 else str(s)
    return v[:8] + chk + v[9:]


def g_plate():
    r = R.randint(0, 9)
    if r in (0, 1, 2):
        tail = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        if R.random() < 0.5:
            tail = digits(5)
        v = "%s%s%s%s" % (pick(CN_PROV), pick("ABCDEFGH"), pick(["·", " ", "", "·"]), tail)
        if R.random() < 0.15:
            v = "%s%s·%s%s" % (pick(CN_PROV), pick("ABC"), pick("DF"), digits(5))
    elif r == 3:
        v = "%s %s %02d" % (digits(3), upper_letters(3, "ABCDEFHKMNOPRSTXYZ"), pick([1, 2, 5, 13, 17]))
    elif r == 4:
        v = "%s%s%s %s" % (pick(RU_LET), digits(3), pick(RU_LET) + pick(RU_LET), pick(["54", "77", "154", "55", "22"]))
    elif r == 5:
        v = "01 %s %s %s" % (pick("ABDEKLMNSTVX"), digits(3), upper_letters(2))
    elif r == 6:
        v = "%s %s" % (digits(4), pick(["УБА", "УБВ", "UBE", "УНА"]))
    elif r == 7:
        v = "%s %s" % (pick(["Dubai", "Abu Dhabi"]), pick("ABCDHKLMNRS") + " " + digits(5))
    elif r == 8:
        v = "%s-%s %s" % (pick(["B", "M", "HH", "K"]), upper_letters(2), digits(4, True))
    else:
        v = "%s%02d %s" % (upper_letters(2), R.randint(10, 73), upper_letters(3))
    if hard(0.15):
        return v.lower() if R.random() < 0.5 else v.replace(" ", "-")
    return v


def g_vin():
    v = _vin()
    if hard(0.2):
        return pick([v.lower(), "%s %s %s" % (v[:3], v[3:9], v[9:]), fullwidth(v)])
    return v


def g_pm_sn():
    v = "%s%s%s" % (upper_letters(3), digits(6), pick("HSGR"))
    return pick([v, "SN " + v, "S/N: " + v, v + " (serial)"])


def g_pump_sn():
    v = pick(["NG%s%s" % (digits(7), pick("HK")), "SN%s" % digits(8), "%s-%s-%s" % (digits(3), digits(3), digits(3))])
    return v


def g_imei():
    v = luhn_complete("35" + digits(12))
    return pick(["IMEI %s" % v, "IMEI: %s-%s-%s-%s" % (v[:2], v[2:8], v[8:14], v[14]), "%s (IMEI)" % v,
                 "IMEI %s" % " ".join(v[i:i + 3] for i in range(0, 15, 3))])


def g_mac():
    parts = ["%02X" % R.randint(0, 255) for _ in range(6)]
    sep = pick([":", "-", ":"])
    v = sep.join(parts)
    return v.lower() if R.random() < 0.3 else v


def g_ci_sn():
    return pick(["%s%s" % (digits(6, True), pick(["", "-01", "A"])), "CI-%s" % digits(7)])


def g_cgm():
    return "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))


def g_udi():
    return "(01)%s(21)%s" % (digits(14), upper_letters(3) + digits(6))


def g_dev_any():
    return pick([
        "pacemaker serial %s" % g_pm_sn().replace("SN ", "").replace("S/N: ", "").replace(" (serial)", ""),
        "insulin pump S/N %s" % g_pump_sn(), g_imei(), "MAC address %s" % g_mac(),
        "implant serial %s" % g_ci_sn(), "CGM transmitter ID %s" % g_cgm(), "UDI %s" % g_udi()])


def g_other():
    r = R.randint(0, 14)
    yr = R.randint(2018, 2024)
    if r == 0:
        return pick(["booking reference %s" % upper_letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                     "PNR %s" % upper_letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])
    if r == 1:
        return "e-ticket %s-%s" % (pick(["555", "999", "784", "176", "465"]), digits(10))
    if r == 2:
        return pick(["visa no. %s" % digits(9), "visa number %s%s" % (pick("MSL"), digits(8)),
                     "medical visa %s" % digits(9)])
    if r == 3:
        return pick(["claim no. CLM-%d-%s" % (yr, digits(6)), "claim number %s" % digits(11, True)])
    if r == 4:
        return pick(["police case no. %d-%s" % (yr, digits(4)), "case number %s/%d" % (digits(4, True), yr)])
    if r == 5:
        return pick(["employee no. E%s" % digits(5), "staff ID %s" % digits(6, True), "work badge %s-%s" % (upper_letters(2), digits(5))])
    if r == 6:
        return pick(["student ID %s" % digits(9, True), "student number S%s" % digits(7)])
    if r == 7:
        return pick(["tracking number SF%s" % digits(12), "EMS tracking %s%sCN" % (upper_letters(2), digits(9)),
                     "DHL waybill %s" % digits(10)])
    if r == 8:
        return pick(["specimen barcode %s" % digits(10, True), "sample ID %s-%s" % (upper_letters(1), digits(7))])
    if r == 9:
        return pick(["appointment number HX-%s-%s" % (digits(4), digits(2)), "booking no. %s" % digits(8, True)])
    if r == 10:
        return pick(["hotel confirmation %s" % digits(10, True), "reservation code %s" % upper_letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])
    if r == 11:
        return pick(["invitation letter no. %d-%s" % (yr, digits(5)), "invitation ref INV/%s" % digits(6)])
    if r == 12:
        return pick(["donor registry ID %s" % digits(8, True), "transplant waiting-list number %s" % digits(7, True)])
    if r == 13:
        return pick(["fapiao no. %s" % digits(8, True), "rental order no. WX%s" % digits(9)])
    return pick(["pension file no. %s" % digits(10, True), "social assistance file %s" % digits(12, True)])


def g_other_hard():
    v = g_other()
    lab, num = v.rsplit(" ", 1)
    rr = R.random()
    if rr < 0.4:
        return "%s (%s)" % (num, lab)
    if rr < 0.7:
        return "%s %s" % (lab, fullwidth(num))
    return "%s %s" % (lab, num.lower())


def g_other_mix():
    return g_other_hard() if hard() else g_other()


# ---------------------------------------------------------------------------
# clean vocabulary (no identifiers in any of these)
# ---------------------------------------------------------------------------

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Semey",
          "Ust-Kamenogorsk", "Taraz", "Kyzylorda", "Atyrau", "Aktau", "Novosibirsk", "Omsk",
          "Barnaul", "Moscow", "Irkutsk", "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh",
          "Dushanbe", "Ashgabat", "Ulaanbaatar", "Erdenet", "Darkhan", "Dubai", "Riyadh",
          "Amman", "Tehran", "Istanbul", "Baku", "Hanoi", "Ho Chi Minh City", "Bangkok",
          "Manila", "Kuala Lumpur", "Jakarta", "Yangon", "Berlin", "Warsaw", "Lyon", "Milan",
          "Lagos", "Nairobi", "Addis Ababa", "Accra", "Urumqi", "Kashgar", "Yining", "Khorgos",
          "Hohhot", "Harbin", "Lanzhou", "Xining", "Lhasa", "Kunming", "Chengdu", "Chongqing",
          "Wuhan", "Xi'an", "Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Qingdao",
          "Shenyang", "Baotou", "Altay", "Korla", "Manzhouli", "Erenhot", "Kokshetau"]
CN_CITIES = ["Urumqi", "Kashgar", "Yining", "Khorgos", "Hohhot", "Harbin", "Lanzhou", "Xining",
             "Lhasa", "Kunming", "Chengdu", "Chongqing", "Wuhan", "Xi'an", "Beijing", "Shanghai",
             "Guangzhou", "Shenzhen", "Qingdao", "Shenyang", "Baotou", "Korla"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan",
             "Mongolia", "the UAE", "Saudi Arabia", "Jordan", "Iran", "Turkey", "Azerbaijan",
             "Vietnam", "Thailand", "the Philippines", "Malaysia", "Indonesia", "Myanmar",
             "Germany", "Poland", "France", "Italy", "Nigeria", "Kenya", "Ethiopia", "Ghana",
             "Pakistan", "Afghanistan", "Laos", "Cambodia", "Egypt", "Iraq"]
NATIONALITIES = ["Kazakh", "Russian", "Uzbek", "Kyrgyz", "Tajik", "Mongolian", "Emirati",
                 "Jordanian", "Iranian", "Turkish", "Vietnamese", "Thai", "Filipino", "Malaysian",
                 "Indonesian", "German", "Polish", "Nigerian", "Kenyan", "Ethiopian", "Ghanaian",
                 "Azerbaijani", "Turkmen", "Burmese", "Lao", "Iraqi", "Afghan"]
HOSPITALS = ["the First Affiliated Hospital of Xinjiang Medical University", "West China Hospital",
             "Peking Union Medical College Hospital", "Xiangya Hospital", "Ruijin Hospital",
             "Tongji Hospital", "our International Medical Centre", "a regional hospital in Karaganda",
             "a district clinic near Osh", "the provincial children's hospital", "Huashan Hospital",
             "Beijing Tiantan Hospital", "Union Hospital in Wuhan", "the county hospital",
             "a private clinic in Dubai", "the city hospital in Ulaanbaatar", "the cancer centre",
             "a military hospital in Tashkent", "the oblast hospital", "the People's Hospital of Ili",
             "the Third Xiangya Hospital", "the Second Affiliated Hospital", "a maternity hospital in Almaty"]
DEPTS = ["cardiology", "cardiac surgery", "neurosurgery", "paediatric oncology", "haematology",
         "reproductive medicine", "orthopaedics", "rehabilitation medicine", "ophthalmology",
         "hepatobiliary surgery", "thoracic surgery", "nephrology", "the transplant centre",
         "the intensive care unit", "the emergency department", "interventional radiology",
         "traditional Chinese medicine", "endocrinology", "urology", "the ENT department",
         "dermatology", "the pain clinic", "the neonatal ICU", "gynaecology", "radiation oncology",
         "the sleep lab", "the paediatric cardiac ward", "the stroke unit", "the burns unit"]
CONDS = ["a ventricular septal defect", "stage III lung adenocarcinoma", "acute lymphoblastic leukaemia",
         "end-stage renal disease", "a herniated disc at L4-L5", "severe mitral regurgitation",
         "keratoconus", "hepatocellular carcinoma", "poorly controlled type 2 diabetes", "a glioblastoma",
         "a 68-degree scoliosis", "biliary atresia", "a torn anterior cruciate ligament",
         "dense cataracts in both eyes", "infertility after two failed IVF cycles",
         "rheumatoid arthritis", "tetralogy of Fallot", "Crohn's disease", "a pituitary adenoma",
         "beta-thalassaemia major", "cystic echinococcosis of the liver", "nasopharyngeal carcinoma",
         "three-vessel coronary artery disease", "multiple myeloma", "a cleft lip and palate",
         "hydrocephalus", "chronic hepatitis B", "a large thyroid nodule", "drug-resistant epilepsy",
         "aortic stenosis", "a clubfoot", "congenital hearing loss", "a spinal cord injury at T10",
         "Hashimoto's thyroiditis", "moyamoya disease", "an arteriovenous malformation"]
PROCS = ["a mitral valve repair", "a living-donor liver transplant", "TAVI", "a cochlear implant",
         "a total knee replacement", "CAR-T therapy", "a Whipple procedure", "endoscopic sinus surgery",
         "a laparoscopic cholecystectomy", "a bone marrow transplant", "spinal fusion surgery",
         "deep brain stimulation", "radiofrequency ablation", "PCI with two drug-eluting stents",
         "a kidney transplant", "a Fontan operation", "a Kasai procedure", "robotic prostatectomy",
         "phacoemulsification with lens implants", "a Ross procedure", "a Bentall procedure",
         "Ponseti casting", "an Ilizarov frame", "stereotactic radiosurgery", "a hip resurfacing",
         "video-assisted lobectomy", "a Nissen fundoplication", "a septal myectomy"]
DRUGS = ["metformin", "atorvastatin", "osimertinib", "insulin glargine", "warfarin", "tacrolimus",
         "amoxicillin", "prednisolone", "enoxaparin", "levothyroxine", "imatinib", "pembrolizumab",
         "ceftriaxone", "furosemide", "paracetamol", "morphine", "methotrexate", "albendazole",
         "entecavir", "hydroxyurea", "deferasirox", "valproate", "levetiracetam", "rivaroxaban",
         "sacubitril/valsartan", "empagliflozin", "letrozole", "tenofovir", "clopidogrel",
         "amlodipine", "bisoprolol", "spironolactone", "omeprazole", "dexamethasone"]
ROLES = ["the attending cardiologist", "the head nurse", "the chief of neurosurgery",
         "a resident on night duty", "the ward's Russian-speaking interpreter", "the anaesthetist",
         "the perfusionist", "our international patient coordinator", "the physiotherapist",
         "the dietitian", "the hospital social worker", "the clinical pharmacist",
         "the surgeon on call", "the transplant coordinator", "a visiting professor",
         "the ward's Kazakh-speaking nurse", "the paediatric intensivist", "the radiographer",
         "the speech therapist", "the charge nurse", "the department director"]
RELS = ["her husband", "his elder sister", "their son", "the boy's grandmother", "her mother-in-law",
        "his cousin", "a neighbour", "a family friend", "his wife", "the twins' father",
        "an uncle in Almaty", "her younger brother", "his daughter-in-law", "the girl's aunt",
        "her fiancé", "his stepfather", "their eldest daughter", "a colleague from work",
        "his mother", "her grandson"]
ALIASES = ["Ms. A", "Mr. B", "Patient C", "Mrs. K.", "Mr. X", "Ms. D", "patient 张某", "患者李某",
           "Baby A", "Twin B", "Case 3", "Donor 1", "Mr. T.", "Patient 7", "王某某", "Ms. Y",
           "Mr. H", "Recipient 2", "the patient (Ms. E)", "Child B"]
EPONYMS = ["Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease", "Parkinson's disease",
           "Alzheimer's disease", "Kawasaki disease", "Cushing's syndrome", "Addison's disease",
           "Hodgkin lymphoma", "Down syndrome", "Guillain-Barré syndrome", "Wilson's disease",
           "Sjögren's syndrome", "Bell's palsy", "Takayasu arteritis", "Behçet's disease",
           "Marfan syndrome", "Ebstein's anomaly", "Wilms tumour", "Ewing sarcoma",
           "Burkitt lymphoma", "Hirschsprung's disease", "Barrett's oesophagus",
           "Raynaud's phenomenon", "Kaposi sarcoma", "Ménière's disease", "Tourette syndrome",
           "Perthes disease", "Osgood-Schlatter disease", "Budd-Chiari syndrome",
           "Stevens-Johnson syndrome", "Still's disease", "Kartagener syndrome",
           "Legg-Calvé-Perthes disease", "Tay-Sachs disease", "Huntington's disease"]
EPONYM_TOOLS = ["a Foley catheter", "a Holter monitor", "a Swan-Ganz catheter", "the Epley manoeuvre",
                "the Heimlich manoeuvre", "the Glasgow Coma Scale", "the Apgar score",
                "an Ishihara test", "a Snellen chart", "the Denver II screen", "a Babinski sign",
                "Murphy's sign", "a Doppler ultrasound", "a Tenckhoff catheter", "a Hickman line",
                "a Minerva jacket", "the Ponseti method", "a Pavlik harness", "a Mantoux test",
                "a Schirmer test", "the Valsalva manoeuvre", "a Guedel airway"]
BRANDS = ["Keytruda", "Tagrisso", "Herceptin", "Lantus", "Ozempic", "Eliquis", "Xarelto",
          "Glivec", "Humira", "Tecentriq", "Entresto", "Jardiance", "Spiriva", "Symbicort",
          "Augmentin", "Nurofen", "Panadol", "Zinnat", "Voltaren"]
DEVICES = ["a Medtronic Azure pacemaker", "an Abbott FreeStyle Libre sensor",
           "a Cochlear Nucleus 8 processor", "the da Vinci Xi robot", "an Edwards SAPIEN 3 valve",
           "a Philips 3T MRI scanner", "a Dexcom G7 sensor", "an Omnipod 5 pump",
           "a MiniMed 780G pump", "a HeartMate 3 LVAD", "a Boston Scientific ICD",
           "an Impella CP", "an Ottobock C-Leg prosthesis", "a Siemens photon-counting CT",
           "a Biotronik pacemaker", "a MED-EL cochlear implant", "an Oticon hearing aid"]
BOOKS = ["The Emperor of All Maladies", "Being Mortal", "When Breath Becomes Air",
         "The Body Keeps the Score", "Harrison's Principles of Internal Medicine",
         "Gray's Anatomy", "the Oxford Handbook of Clinical Medicine", "The Little Prince",
         "War and Peace", "Journey to the West", "The Old Man and the Sea",
         "Dream of the Red Chamber", "The Man Who Mistook His Wife for a Hat",
         "Robbins Basic Pathology", "The Alchemist", "One Hundred Years of Solitude"]
GUIDELINES = ["the 2023 ESC guidelines", "NCCN Guidelines version 2.2024", "the GOLD 2024 report",
              "the KDIGO 2012 guideline", "the ADA Standards of Care 2024",
              "the CSCO 2023 guidelines", "the WHO 2022 classification", "ESMO 2021 recommendations",
              "the 2022 AHA/ACC/HFSA heart failure guideline", "the ERAS protocol",
              "the 5th edition of the WHO classification", "the GINA 2023 strategy",
              "the Chinese Diabetes Society guideline (2020 edition)", "the EASL 2017 HBV guideline",
              "ILCOR 2020 resuscitation guidance", "the Baveno VII consensus"]
TCM = [("高血压", "hypertension"), ("黄疸", "jaundice"), ("白内障", "cataract"),
       ("金银花", "honeysuckle flower"), ("石膏", "a plaster cast"), ("夏枯草", "self-heal spike"),
       ("何首乌", "fleeceflower root"), ("陈皮", "dried tangerine peel"), ("杜仲", "eucommia bark"),
       ("黄芪", "astragalus root"), ("白术", "atractylodes"), ("方案", "treatment plan"),
       ("周期", "treatment cycle"), ("马齿苋", "purslane"), ("胡椒", "pepper"),
       ("王不留行", "cowherb seed"), ("孙络", "minute collaterals"),
       ("韩国人参", "Korean ginseng"), ("吴茱萸", "evodia fruit"),
       ("林蛙油", "forest frog oil"), ("高原反应", "altitude sickness")]
LANGS = ["Kazakh", "Russian", "Uzbek", "Mongolian", "Arabic", "Vietnamese", "Thai", "Tajik",
         "Kyrgyz", "Uyghur", "Persian", "Turkish", "English", "Malay", "Amharic", "Hausa"]


IMPLANTS = ["a Medtronic Azure pacemaker", "a Cochlear Nucleus 8 implant", "an Edwards SAPIEN 3 valve",
            "a HeartMate 3 LVAD", "a Boston Scientific ICD", "an Ottobock C-Leg prosthesis",
            "a Biotronik pacemaker", "a MED-EL cochlear implant", "an Oticon hearing aid",
            "a Baha bone-conduction device", "an Omnipod 5 pump"]
EQUIPMENT = ["the da Vinci Xi robot", "a Philips 3T MRI scanner", "a Siemens photon-counting CT",
             "an Impella CP", "a hybrid operating theatre", "a Gamma Knife Icon", "an ECMO circuit",
             "a Zeiss operating microscope", "the Mako robotic arm"]
ATC_DRUGS = [("metformin", "A10BA02"), ("atorvastatin", "C10AA05"), ("osimertinib", "L01EB04"),
             ("warfarin", "B01AA03"), ("tacrolimus", "L04AD02"), ("amoxicillin", "J01CA04"),
             ("levothyroxine", "H03AA01"), ("imatinib", "L01EA01"), ("paracetamol", "N02BE01"),
             ("albendazole", "P02CA03"), ("tenofovir disoproxil", "J05AF07"), ("sacubitril/valsartan", "C09DX04"),
             ("empagliflozin", "A10BK03"), ("rivaroxaban", "B01AF01"), ("levetiracetam", "N03AX14"),
             ("letrozole", "L02BG04"), ("entecavir", "J05AF10"), ("deferasirox", "V03AC03")]
TARGET_GENES = ["EGFR exon 19 deletion", "EGFR L858R", "an ALK rearrangement", "a ROS1 fusion",
                "KRAS G12C", "BRAF V600E", "an NTRK fusion", "HER2 amplification", "BCR-ABL1 p210",
                "FLT3-ITD", "an IDH1 R132H mutation", "PIK3CA H1047R", "a MET exon 14 skipping mutation",
                "a RET fusion"]
HERBS = [("金银花", "honeysuckle flower"), ("夏枯草", "self-heal spike"), ("何首乌", "fleeceflower root"),
         ("陈皮", "dried tangerine peel"), ("杜仲", "eucommia bark"), ("黄芪", "astragalus root"),
         ("白术", "atractylodes"), ("马齿苋", "purslane"), ("王不留行", "cowherb seed"),
         ("吴茱萸", "evodia fruit"), ("林蛙油", "forest frog oil"), ("韩国人参", "Korean ginseng"),
         ("胡椒", "white pepper"), ("黄连", "coptis root"), ("柴胡", "bupleurum root")]
LAB_TABLE = [  # name, unit, low, high, reference text, decimals
    ("HbA1c", "%", 5.0, 13.5, "(normal < 6.0)", 1), ("haemoglobin", "g/L", 58, 168, "(ref. 115-150)", 0),
    ("creatinine", "µmol/L", 45, 890, "(ref. 62-106)", 0), ("potassium", "mmol/L", 2.4, 6.9, "(reference 3.5-5.3)", 1),
    ("TSH", "mIU/L", 0.01, 48, "(normal 0.27-4.2)", 2), ("troponin I", "ng/mL", 0.01, 48, "(ULN 0.04)", 2),
    ("ALT", "U/L", 9, 1240, "(upper limit 40)", 0), ("platelets", "× 10⁹/L", 8, 480, "(ref 125-350)", 0),
    ("LDL-C", "mmol/L", 1.1, 6.9, "(target < 1.8)", 1), ("D-dimer", "mg/L", 0.1, 20, "(normal below 0.5)", 2),
    ("sodium", "mmol/L", 118, 152, "(ref. 135-145)", 0), ("ferritin", "ng/mL", 8, 5200, "(ref. 15-150)", 0)]


def v_lab_range():
    name, unit, lo, hi, ref, dec = pick(LAB_TABLE)
    val = ("%%.%df" % dec) % R.uniform(lo, hi)
    return "%s %s %s %s" % (name, val, unit, ref)


DOSE_TABLE = [
    ("metformin", ["500 mg twice daily", "850 mg twice daily", "1000 mg twice daily", "500 mg with dinner"]),
    ("atorvastatin", ["20 mg at night", "40 mg once daily", "80 mg once daily", "10 mg at night"]),
    ("osimertinib", ["80 mg once daily", "40 mg once daily"]),
    ("insulin glargine", ["%d units at bedtime" % n for n in (8, 10, 12, 14, 16, 18, 20, 22, 24, 28, 32)]),
    ("warfarin", ["%s mg daily" % n for n in ("1.5", "2", "2.5", "3", "4", "5")]),
    ("tacrolimus", ["%s mg twice daily" % n for n in ("0.5", "1", "1.5", "2", "3", "4")]),
    ("amoxicillin", ["500 mg three times a day", "1 g three times a day", "45 mg/kg/day in two doses"]),
    ("prednisolone", ["%d mg daily, tapering" % n for n in (5, 10, 20, 30, 40, 60)]),
    ("enoxaparin", ["40 mg subcutaneously once daily", "1 mg/kg twice daily", "60 mg twice daily"]),
    ("levothyroxine", ["%d micrograms each morning" % n for n in (25, 50, 75, 88, 100, 112, 125, 150)]),
    ("imatinib", ["400 mg daily", "600 mg daily", "300 mg daily"]),
    ("pembrolizumab", ["200 mg every three weeks", "400 mg every six weeks"]),
    ("ceftriaxone", ["2 g IV once daily", "1 g IV once daily", "50 mg/kg IV daily"]),
    ("furosemide", ["%d mg in the morning" % n for n in (20, 40, 80)] + ["40 mg IV twice daily"]),
    ("paracetamol", ["1 g every six hours", "15 mg/kg every six hours", "500 mg as needed"]),
    ("morphine", ["2.5 mg IV as needed", "5 mg orally every four hours", "0.1 mg/kg IV"]),
    ("methotrexate", ["15 mg once weekly", "20 mg once weekly", "10 mg once weekly"]),
    ("albendazole", ["400 mg twice daily", "10 mg/kg/day in two doses"]),
    ("entecavir", ["0.5 mg daily", "1 mg daily"]),
    ("hydroxyurea", ["500 mg daily", "1000 mg daily", "20 mg/kg daily"]),
    ("deferasirox", ["%d mg/kg daily" % n for n in (14, 20, 28)]),
    ("levetiracetam", ["500 mg twice daily", "750 mg twice daily", "1000 mg twice daily"]),
    ("rivaroxaban", ["20 mg with the evening meal", "15 mg twice daily", "10 mg once daily"]),
    ("sacubitril/valsartan", ["24/26 mg twice daily", "49/51 mg twice daily", "97/103 mg twice daily"]),
    ("empagliflozin", ["10 mg once daily", "25 mg once daily"]),
    ("letrozole", ["2.5 mg once daily"]),
    ("clopidogrel", ["75 mg once daily"]),
    ("amlodipine", ["5 mg once daily", "10 mg once daily"]),
    ("bisoprolol", ["1.25 mg daily", "2.5 mg daily", "5 mg daily", "10 mg daily"]),
    ("spironolactone", ["25 mg once daily", "12.5 mg once daily", "50 mg once daily"]),
    ("omeprazole", ["20 mg before breakfast", "40 mg twice daily"]),
    ("dexamethasone", ["4 mg every six hours", "8 mg twice daily", "12 mg on day 1"]),
    ("valproate", ["500 mg twice daily", "20 mg/kg/day"]),
]


def v_dose():
    d, opts = pick(DOSE_TABLE)
    return "%s %s" % (d, pick(opts))


def v_lab():
    return pick([
        "HbA1c %.1f%%" % R.uniform(5.2, 13.5), "haemoglobin %d g/L" % R.randint(58, 168),
        "platelets %d × 10⁹/L" % R.randint(8, 480), "creatinine %d µmol/L" % R.randint(45, 890),
        "eGFR %d mL/min/1.73 m²" % R.randint(6, 118), "ALT %d U/L" % R.randint(9, 1240),
        "troponin I %.2f ng/mL" % R.uniform(0.01, 48), "CRP %d mg/L" % R.randint(1, 310),
        "INR %.1f" % R.uniform(0.9, 4.8), "ferritin %d ng/mL" % R.randint(12, 5200),
        "TSH %.2f mIU/L" % R.uniform(0.01, 48), "LDL-C %.1f mmol/L" % R.uniform(1.1, 6.9),
        "AFP %d ng/mL" % R.randint(2, 12000), "NT-proBNP %d pg/mL" % R.randint(40, 35000),
        "potassium %.1f mmol/L" % R.uniform(2.4, 6.9), "sodium %d mmol/L" % R.randint(118, 152),
        "WBC %.1f × 10⁹/L" % R.uniform(0.4, 38), "AMH %.2f ng/mL" % R.uniform(0.05, 9),
        "PSA %.1f ng/mL" % R.uniform(0.1, 160), "D-dimer %.2f mg/L" % R.uniform(0.1, 20),
        "lactate %.1f mmol/L" % R.uniform(0.6, 12), "bilirubin %d µmol/L" % R.randint(6, 420),
        "fasting glucose %.1f mmol/L" % R.uniform(3.9, 22), "SpO2 %d%%" % R.randint(72, 100),
        "viral load %d IU/mL" % R.randint(20, 900000), "CD4 count %d cells/µL" % R.randint(30, 900)])


def v_range():
    return pick(["(reference 3.5-5.3)", "(normal < 6.0)", "(ref. 62-106)", "(range 130-175)",
                 "(upper limit 40)", "(normal 0.27-4.2)", "(ULN 0.04)", "(ref 125-350)",
                 "(normal below 0.5)", "(target < 1.8)"])


def v_bp():
    sys_ = R.randint(82, 220)
    return "%d/%d mmHg" % (sys_, R.randint(40, min(130, sys_ - 20)))


def v_score():
    return pick(["NIHSS %d" % R.randint(0, 28), "GCS %d" % R.randint(3, 15),
                 "GCS 9 (E2V3M4)", "Apgar %d and %d" % (R.randint(1, 7), R.randint(5, 10)),
                 "ECOG %d" % R.randint(0, 3), "MMSE %d/30" % R.randint(9, 30),
                 "Child-Pugh %s%d" % (pick("ABC"), R.randint(5, 13)), "MELD %d" % R.randint(7, 38),
                 "CHA2DS2-VASc %d" % R.randint(0, 8), "SOFA %d" % R.randint(0, 17),
                 "APACHE II %d" % R.randint(4, 35), "a pain score of %d/10" % R.randint(1, 10),
                 "Karnofsky %d%%" % pick([40, 50, 60, 70, 80, 90]), "EuroSCORE II %.1f%%" % R.uniform(0.6, 19),
                 "Gleason %d+%d" % (R.randint(3, 5), R.randint(3, 5)), "BI-RADS %s" % pick(["3", "4a", "4b", "5"]),
                 "T%dN%dM0" % (R.randint(1, 4), R.randint(0, 3)), "an Oswestry index of %d%%" % R.randint(12, 78),
                 "PHQ-9 of %d" % R.randint(2, 26), "NYHA class %s" % pick(["I", "II", "III", "IV"]),
                 "Cobb angle %d°" % R.randint(12, 95), "LVEF %d%%" % R.randint(15, 70),
                 "a Barthel index of %d" % R.randint(10, 100), "mRS %d" % R.randint(0, 5)])


def v_gene():
    return pick(["EGFR exon 19 deletion", "EGFR L858R", "KRAS G12C", "BRCA1 c.5266dupC",
                 "BRCA2 c.5946delT", "an ALK rearrangement", "a ROS1 fusion", "HER2 amplification",
                 "JAK2 V617F", "BCR-ABL1 p210", "FLT3-ITD", "an NPM1 mutation", "TP53 R273H",
                 "HLA-B*58:01", "CYP2C19*2/*2", "MTHFR C677T", "homozygous SMN1 deletion",
                 "CFTR F508del", "HBB c.52A>T", "a PKD1 variant", "FBN1 c.%dC>T" % R.randint(100, 8000),
                 "MYH7 R403Q", "IDH1 R132H", "MGMT promoter methylation", "PD-L1 TPS %d%%" % pick([1, 5, 30, 50, 80]),
                 "MSI-high status", "a 22q11.2 deletion", "trisomy 21", "PIK3CA H1047R", "BRAF V600E",
                 "NTRK fusion", "ATP7B c.2333G>T", "GJB2 c.235delC", "SLC26A4 c.919-2A>G"])


def v_trial():
    return pick(["NCT0%s" % digits(7), "ChiCTR%s" % digits(10, True), "ChiCTR-IOR-%s" % digits(8, True),
                 "ISRCTN%s" % digits(8), "EudraCT 20%02d-00%s-%s" % (R.randint(10, 23), digits(4), digits(2)),
                 "CTR20%s" % digits(5)])


def v_icd():
    return pick(["ICD-10 I21.4", "ICD-10 E11.65", "ICD-10 C34.1", "ICD-10 Q21.1", "ICD-10 N18.5",
                 "ICD-10 M51.2", "ICD-10 B67.0", "ICD-10 C22.0", "ICD-10 H26.9", "ICD-11 BA41",
                 "ICD-11 2C25", "ICD-10 G40.3", "ICD-10 D56.1", "ICD-10 K50.9", "ICD-10 E06.3",
                 "ICD-10 Q20.3", "ICD-11 5A11", "ICD-10 C91.0", "ICD-10 I67.5", "ICD-10 S83.5"])


def v_atc():
    return pick(["A10BA02", "C10AA05", "L01EB04", "B01AA03", "L04AD02", "J01CA04", "H03AA01",
                 "L01EA01", "N02BE01", "P02CA03", "J05AF10", "L01XC18", "C09DX04", "A10BK03",
                 "B01AF01", "N03AX14", "L02BG04"])


def v_monthyear():
    y = R.randint(2008, 2024)
    m = R.randint(1, 12)
    return pick(["%s %d" % (MONTHS[m - 1], y), "%s %d" % (MON3[m - 1], y), "%d年%d月" % (y, m),
                 "%s of %d" % (pick(["spring", "summer", "autumn", "winter"]), y),
                 "early %d" % y, "mid-%d" % y, "late %d" % y, "Q%d %d" % (R.randint(1, 4), y),
                 "%02d/%d" % (m, y), "%d-%02d" % (y, m), fullwidth("%d年%d月" % (y, m))])


def v_year():
    return str(R.randint(2005, 2024))


def v_money():
    return pick(["¥%s" % format(R.randint(3, 400) * 1000, ","), "RMB %s" % format(R.randint(5, 600) * 1000, ","),
                 "USD %s" % format(R.randint(20, 900) * 50, ","), "$%s" % format(R.randint(10, 800) * 100, ","),
                 "%s tenge" % format(R.randint(40, 9000) * 1000, ","), "%.1f million tenge" % R.uniform(0.5, 30),
                 "%s rubles" % format(R.randint(20, 900) * 1000, ",").replace(",", " "),
                 "€%s" % format(R.randint(5, 400) * 100, ","), "%d million tögrög" % R.randint(2, 90),
                 "AED %s" % format(R.randint(4, 300) * 1000, ","), "%d million so'm" % R.randint(5, 400),
                 "%s baht" % format(R.randint(10, 900) * 1000, ","), "₦%s" % format(R.randint(1, 90) * 100000, ",")])


def v_dur():
    return pick(["three days", "two weeks", "six weeks", "three months", "five days", "ten days",
                 "a month", "eight months", "two years", "48 hours", "a fortnight", "four months",
                 "a year", "six months", "three years", "nine days", "five months", "18 months"])


def v_time():
    return pick(["%02d:%02d" % (R.randint(0, 23), pick([0, 5, 10, 15, 20, 30, 40, 45, 50])),
                 "%d:%02d am" % (R.randint(1, 11), pick([0, 15, 30, 45])),
                 "%d pm" % R.randint(1, 11), "half past %s" % pick(["six", "seven", "two", "ten"]),
                 "midnight", "dawn", "noon", "%d o'clock" % R.randint(1, 12)])


def v_num():
    return str(pick([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 30]))


# ---------------------------------------------------------------------------
# slots: name -> (function(ctx) -> text, kind or None)
# ---------------------------------------------------------------------------

class Ctx(object):
    def __init__(self, gender=None):
        self.gender = gender
        self._p = self._d = self._r = self._i = self._c = self._w = self._m = None

    @property
    def p(self):
        if self._p is None:
            self._p = make_person(self.gender)
        return self._p

    @property
    def d(self):
        if self._d is None:
            self._d = make_clinician()
        return self._d

    @property
    def r(self):
        if self._r is None:
            self._r = make_person()
        return self._r

    @property
    def i(self):
        if self._i is None:
            self._i = make_person(region=pick(["cn", "cnm", "kz", "ru", "mn"]))
        return self._i

    @property
    def c(self):
        if self._c is None:
            self._c = make_cn_person(self.gender)
        return self._c

    @property
    def w(self):
        if self._w is None:
            self._w = make_word_person(self.gender)
        return self._w

    @property
    def m(self):
        if self._m is None:
            self._m = make_person(self.gender, "mn")
        return self._m


def _nick(p):
    return p.nick or p.given


PN = "person_name"
SLOTS = {
    # people
    "full": (lambda c: c.p.full, PN),
    "given": (lambda c: c.p.given, PN),
    "fam": (lambda c: c.p.family, PN),
    "FULL": (lambda c: c.p.formal, PN),
    "lfull": (lambda c: c.p.full.lower(), PN),
    "lgiven": (lambda c: c.p.given.lower(), PN),
    "nick": (lambda c: _nick(c.p), PN),
    "cfull": (lambda c: c.c.full, PN),
    "cfam": (lambda c: c.c.family, PN),
    "cgiven": (lambda c: c.c.given, PN),
    "cnick": (lambda c: c.c.nick, PN),
    "han": (lambda c: c.c.han, PN),
    "mnfull": (lambda c: "%s. %s" % (c.m.family[0], c.m.given), PN),
    "mngiven": (lambda c: c.m.given, PN),
    "wgiven": (lambda c: c.w.given, PN),
    "wfull": (lambda c: c.w.full, PN),
    "lwgiven": (lambda c: c.w.given.lower(), PN),
    "dfam": (lambda c: c.d.family, PN),
    "dfull": (lambda c: c.d.full, PN),
    "ldfam": (lambda c: c.d.family.lower(), PN),
    "dhan": (lambda c: make_cn_person().han, PN),
    "nurse": (lambda c: pick([make_cn_person().given, make_person(region=pick(["kz", "cnm", "ru"])).given]), PN),
    "ifull": (lambda c: c.i.full, PN),
    "igiven": (lambda c: c.i.given, PN),
    "rgiven": (lambda c: c.r.given, PN),
    "rfgiven": (lambda c: make_person("f").given, PN),
    "rffull": (lambda c: make_person("f").full, PN),
    "rmgiven": (lambda c: make_person("m").given, PN),
    "rmfull": (lambda c: make_person("m").full, PN),
    "rfull": (lambda c: c.r.full, PN),
    # identifiers
    "date": (lambda c: g_date(), "exact_date"),
    "date2": (lambda c: g_date(), "exact_date"),
    "dobv": (lambda c: g_dob(), "date_of_birth"),
    "dob90": (lambda c: g_dob_year(), "date_of_birth"),
    "dobold": (lambda c: fmt_date_hard(rand_date(1931, 1966)) if hard() else fmt_date(rand_date(1931, 1966), True, style=pick([0, 1, 4, 5, 6, 8, 12])), "date_of_birth"),
    "dobyoung": (lambda c: fmt_date_hard(rand_date(2004, 2023)) if hard() else fmt_date(rand_date(2004, 2023), True, style=pick([0, 1, 4, 5, 6, 8, 12])), "date_of_birth"),
    "bday": (lambda c: fmt_date(rand_date(2000, 2000), False), "date_of_birth"),
    "a90ord": (lambda c: g_a90ord(), "age_over_89"),
    "a90": (lambda c: g_a90(), "age_over_89"),
    "phone": (lambda c: g_phone(), "phone_number"),
    "cnmob": (lambda c: g_phone_cn_mobile(), "phone_number"),
    "email": (lambda c: g_email(c.p), "email"),
    "oemail": (lambda c: g_email(), "email"),
    "url": (lambda c: g_url(c.p), "web_address"),
    "ip": (lambda c: g_ip(), "ip_address"),
    "social": (lambda c: g_social(c.p), "social_account"),
    "wechat": (lambda c: g_social(c.p, "wechat"), "social_account"),
    "qq": (lambda c: g_social(c.p, "qq"), "social_account"),
    "tg": (lambda c: g_social(c.p, "tg"), "social_account"),
    "ig": (lambda c: g_social(c.p, pick(["ig", "ig", "tiktok", "douyin", "weibo"])), "social_account"),
    "handle": (lambda c: g_handle_bare(c.p), "social_account"),
    "addr": (lambda c: g_addr(), "street_address"),
    "addrpc": (lambda c: g_addr_pc(), ("street_address", "postal_code")),
    "cnaddr": (lambda c: pick([_addr_cn, _addr_cn_han])()[0], "street_address"),
    "pc": (lambda c: g_pc(), "postal_code"),
    "geo": (lambda c: g_geo(), "geolocation"),
    "passport": (lambda c: g_passport(), "passport_number"),
    "natid": (lambda c: g_natid(), "national_id"),
    "resid": (lambda c: g_resid(), "resident_id"),
    "mrn": (lambda c: g_mrn(), "medical_record_number"),
    "hpn": (lambda c: g_hpn(), "health_plan_number"),
    "acct": (lambda c: g_acct(), "account_number"),
    "liccl": (lambda c: g_lic_clin(), "licence_number"),
    "licnurse": (lambda c: g_lic_nurse(), "licence_number"),
    "licint": (lambda c: g_lic_interp(), "licence_number"),
    "licdr": (lambda c: g_lic_drive(), "licence_number"),
    "plate": (lambda c: g_plate(), "vehicle_identifier"),
    "vin": (lambda c: g_vin(), "vehicle_identifier"),
    "pmsn": (lambda c: g_pm_sn(), "device_identifier"),
    "pumpsn": (lambda c: g_pump_sn(), "device_identifier"),
    "imei": (lambda c: g_imei(), "device_identifier"),
    "mac": (lambda c: g_mac(), "device_identifier"),
    "cisn": (lambda c: g_ci_sn(), "device_identifier"),
    "cgm": (lambda c: g_cgm(), "device_identifier"),
    "udi": (lambda c: g_udi(), "device_identifier"),
    "dev": (lambda c: g_dev_any(), "device_identifier"),
    "other": (lambda c: g_other_mix(), "other_number"),
    "pnr": (lambda c: upper_letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "other_number"),
    "visa": (lambda c: pick(["visa no. %s" % digits(9), "visa number %s%s" % (pick("MSL"), digits(8)), "%s (visa number)" % digits(9)]), "other_number"),
    "case": (lambda c: pick(["case no. %d-%s" % (R.randint(2018, 2024), digits(4)), "report number %s/%d" % (digits(4, True), R.randint(2018, 2024)), "%d-%s (police case)" % (R.randint(2018, 2024), digits(5))]), "other_number"),
    "track": (lambda c: pick(["SF%s" % digits(12), "EA%sCN" % digits(9), "%s" % digits(10, True), "JD%s" % digits(13)]), "other_number"),
    "emp": (lambda c: pick(["employee no. E%s" % digits(5), "staff ID %s" % digits(6, True), "student ID %s" % digits(9, True)]), "other_number"),
    "ticket": (lambda c: "%s-%s" % (pick(["555", "999", "784", "176", "465"]), digits(10)), "other_number"),
    "claim": (lambda c: pick(["CLM-%d-%s" % (R.randint(2019, 2024), digits(6)), digits(11, True), "%s-%s" % (upper_letters(2), digits(8))]), "other_number"),
    # clean
    "age": (lambda c: g_age(), None),
    "city": (lambda c: pick(CITIES), None),
    "city2": (lambda c: pick(CITIES), None),
    "cncity": (lambda c: pick(CN_CITIES), None),
    "country": (lambda c: pick(COUNTRIES), None),
    "nat": (lambda c: pick(NATIONALITIES), None),
    "hosp": (lambda c: pick(HOSPITALS), None),
    "dept": (lambda c: pick(DEPTS), None),
    "cond": (lambda c: pick(CONDS), None),
    "proc": (lambda c: pick(PROCS), None),
    "drug": (lambda c: pick(DRUGS), None),
    "dose": (lambda c: v_dose(), None),
    "dose2": (lambda c: v_dose(), None),
    "pulse": (lambda c: str(R.randint(38, 168)), None),
    "spo2": (lambda c: "%d%%" % R.randint(76, 100), None),
    "relw": (lambda c: pick(["husband", "wife", "sister", "brother", "son", "daughter", "mother", "father", "cousin", "aunt", "nephew", "grandson", "mother-in-law"]), None),
    "alias2": (lambda c: pick(ALIASES), None),
    "time2": (lambda c: v_time(), None),
    "country2": (lambda c: pick(["Germany", "Nigeria", "Kenya", "Poland", "Italy", "France", "Ghana", "Ethiopia", "Senegal", "Hungary"]), None),
    "cage": (lambda c: str(R.randint(6, 17)), None),
    "steppe": (lambda c: pick(["Karaganda", "Pavlodar", "Semey", "Kyzylorda", "Aktobe", "Erdenet", "Darkhan", "Hohhot", "Altay", "Baotou", "Kokshetau"]), None),
    "pdose": (lambda c: pick(["paracetamol at 15 mg/kg every six hours", "ibuprofen at 10 mg/kg every eight hours", "ceftriaxone at 50 mg/kg once daily", "amoxicillin at 45 mg/kg/day in two doses", "vancomycin at 15 mg/kg every six hours", "ondansetron at 0.15 mg/kg before each chemotherapy dose", "dexamethasone at 0.15 mg/kg", "iron syrup at 3 mg/kg/day"]), None),
    "hours": (lambda c: pick(["from 8:00 to 18:00", "from 8 am to 8 pm", "from 9:00 to 17:30", "from 7:30 to 19:00", "around the clock"]), None),
    "pct1": (lambda c: "%.1f%%" % R.uniform(0.6, 19), None),
    "fscore": (lambda c: pick(["the Barthel index", "the Oswestry index", "grip strength", "the six-minute walk distance", "the Berg balance score", "knee flexion"]), None),
    "econd": (lambda c: pick(["a hip fracture", "severe aortic stenosis", "dense cataracts", "heart failure", "complete heart block", "colon cancer", "a large inguinal hernia", "pneumonia", "a bleeding stomach ulcer", "gallstones"]), None),
    "eproc": (lambda c: pick(["TAVI", "cataract surgery", "a hip replacement", "a pacemaker implantation", "a hernia repair", "a colonoscopy", "dialysis", "a knee replacement"]), None),
    "misdx": (lambda c: pick(["a vascular ring compressing the trachea", "heart failure", "a mediastinal tumour", "a foreign body in the bronchus", "tracheal stenosis", "eosinophilic granulomatosis", "mitral stenosis"]), None),
    "wage": (lambda c: str(R.randint(24, 62)), None),
    "fcity": (lambda c: pick([x for x in CITIES if x not in CN_CITIES]), None),
    "hrs": (lambda c: pick(["four hours", "nine hours", "2.5 hours", "six hours", "11 hours", "90 minutes", "40 minutes", "three and a half hours", "seven hours", "95 minutes", "five hours"]), None),
    "days": (lambda c: pick(["three days", "five working days", "48 hours", "a week", "ten days", "two weeks", "72 hours", "seven days", "a fortnight"]), None),
    "mins": (lambda c: pick(["30 minutes", "an hour", "45 minutes", "20 minutes"]), None),
    "every": (lambda c: pick(["every six months", "once a year", "every three months", "twice a year", "every week", "every Tuesday"]), None),
    "gain": (lambda c: "%d kg" % R.randint(2, 9), None),
    "implant": (lambda c: pick(IMPLANTS), None),
    "equip": (lambda c: pick(EQUIPMENT), None),
    "gdevice": (lambda c: pick(["an Abbott FreeStyle Libre sensor", "a Dexcom G7 sensor", "an Omnipod 5 pump", "a MiniMed 780G pump", "a Tandem t:slim X2 pump"]), None),
    "atcdrug": (lambda c: "%s (ATC %s)" % pick(ATC_DRUGS), None),
    "tgene": (lambda c: pick(TARGET_GENES), None),
    "labname": (lambda c: pick(LAB_TABLE)[0], None),
    "labr": (lambda c: v_lab_range(), None),
    "herb": (lambda c: "%s (%s)" % pick(HERBS), None),
    "aage": (lambda c: str(R.randint(55, 89)), None),
    "stent": (lambda c: "%g × %d mm" % (pick([2.25, 2.5, 2.75, 3.0, 3.5, 4.0]), pick([8, 12, 15, 18, 23, 28, 33, 38])), None),
    "gy": (lambda c: pick(["60 Gy in 30 fractions", "50 Gy in 25 fractions", "40.05 Gy in 15 fractions", "70 Gy in 35 fractions", "54 Gy in 27 fractions", "24 Gy in 3 fractions"]), None),
    "steps": (lambda c: format(R.randint(8, 120) * 100, ","), None),
    "vent": (lambda c: "PEEP %d cmH2O, FiO2 0.%d, tidal volume %d mL" % (R.randint(5, 14), R.randint(21, 90), R.randint(18, 52) * 10), None),
    "ecg": (lambda c: "QTc %d ms, PR %d ms, QRS %d ms" % (R.randint(380, 520), R.randint(120, 260), R.randint(70, 160)), None),
    "va": (lambda c: "20/%d" % pick([20, 25, 30, 40, 50, 60, 70, 100]), None),
    "iop": (lambda c: "%d mmHg" % R.randint(9, 48), None),
    "contrast": (lambda c: "%d mL at %.1f mL/s" % (R.randint(40, 120), pick([2.5, 3.0, 3.5, 4.0, 5.0])), None),
    "icr": (lambda c: "1:%d, correction factor %.1f" % (R.randint(5, 20), pick([1.5, 2.0, 2.5, 3.0, 3.5])), None),
    "bw": (lambda c: "%s g at %d weeks" % (format(R.randint(480, 4400), ","), R.randint(23, 41)), None),
    "titre": (lambda c: "1:%d" % pick([20, 40, 80, 160, 320, 640, 1280]), None),
    "lens": (lambda c: "+%.1f D" % (R.randint(30, 50) / 2.0), None),
    "cath": (lambda c: "%d Fr, %d cm long" % (pick([4, 5, 6, 7, 8, 14]), pick([20, 45, 65, 90, 110])), None),
    "cells": (lambda c: "%.1f × 10⁶ cells/kg" % pick([0.5, 1.0, 2.0, 3.0, 5.0]), None),
    "ver": (lambda c: "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 12), R.randint(0, 20)), None),
    "bigpct": (lambda c: "%d%%" % R.randint(90, 99), None),
    "bign": (lambda c: str(R.randint(90, 99)), None),
    "bigord": (lambda c: ordinal(R.randint(90, 99)), None),
    "nihss": (lambda c: str(R.randint(1, 26)), None),
    "trough": (lambda c: pick(["5-8", "8-10", "6-9", "4-6", "10-12"]), None),
    "fwbp": (lambda c: fullwidth("%d/%d" % (R.randint(120, 190), R.randint(55, 100))), None),
    "fwlab": (lambda c: pick(["HbA1c %s%%" % fullwidth("%.1f" % R.uniform(5.5, 12)), "Hb %s g/L" % fullwidth(str(R.randint(60, 160))), "K %s mmol/L" % fullwidth("%.1f" % R.uniform(2.8, 6.5)), "CRP %s mg/L" % fullwidth(str(R.randint(2, 240)))]), None),
    "fwdose": (lambda c: "%s %s mg" % (pick(DRUGS), fullwidth(str(pick([5, 10, 20, 40, 100, 250, 500, 1000])))), None),
    "fwmoney": (lambda c: pick(["¥%s" % fullwidth(format(R.randint(5, 300) * 1000, ",")), "%s tenge" % fullwidth(format(R.randint(50, 5000) * 1000, ","))]), None),
    "wnum": (lambda c: pick(["twelve", "twenty", "three", "five", "eight", "fourteen", "thirty", "sixty"]), None),
    "late": (lambda c: pick(["late eighties", "mid-eighties", "early seventies", "late sixties", "mid-fifties", "early eighties"]), None),
    "lab": (lambda c: v_lab(), None),
    "lab2": (lambda c: v_lab(), None),
    "range": (lambda c: v_range(), None),
    "bp": (lambda c: v_bp(), None),
    "score": (lambda c: v_score(), None),
    "gene": (lambda c: v_gene(), None),
    "trial": (lambda c: v_trial(), None),
    "icd": (lambda c: v_icd(), None),
    "atc": (lambda c: v_atc(), None),
    "my": (lambda c: v_monthyear(), None),
    "my2": (lambda c: v_monthyear(), None),
    "year": (lambda c: v_year(), None),
    "money": (lambda c: v_money(), None),
    "dur": (lambda c: v_dur(), None),
    "time": (lambda c: v_time(), None),
    "num": (lambda c: v_num(), None),
    "role": (lambda c: pick(ROLES), None),
    "rel": (lambda c: pick(RELS), None),
    "alias": (lambda c: pick(ALIASES), None),
    "epo": (lambda c: pick(EPONYMS), None),
    "epotool": (lambda c: pick(EPONYM_TOOLS), None),
    "brand": (lambda c: pick(BRANDS), None),
    "device": (lambda c: pick(DEVICES), None),
    "book": (lambda c: pick(BOOKS), None),
    "guide": (lambda c: pick(GUIDELINES), None),
    "lang": (lambda c: pick(LANGS), None),
    "lang2": (lambda c: pick(LANGS), None),
    "tcm": (lambda c: "%s (%s)" % pick(TCM), None),
    "pct": (lambda c: "%d%%" % R.randint(3, 97), None),
    "kg": (lambda c: "%d kg" % R.randint(3, 140), None),
    "cm": (lambda c: "%.1f cm" % R.uniform(0.4, 14), None),
    "temp": (lambda c: "%.1f °C" % R.uniform(35.2, 41.2), None),
}

_FMT = string.Formatter()


def render(tpl):
    gender = None
    if tpl[:2] in ("F:", "M:"):
        gender = tpl[0].lower()
        tpl = tpl[2:]
    ctx = Ctx(gender)
    vals = {}
    kinds = set()
    for _, field, _, _ in _FMT.parse(tpl):
        if not field or field in vals:
            continue
        fn, kind = SLOTS[field]
        vals[field] = fn(ctx)
        if isinstance(kind, tuple):
            kinds.update(kind)
        elif kind:
            kinds.add(kind)
    text = tpl.format(**vals)
    first = next((f for _, f, _, _ in _FMT.parse(tpl) if f), None)
    if tpl.startswith("{") and SLOTS[first][1] is None and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text, kinds


# ---------------------------------------------------------------------------
# template groups: (category, how many rows, templates)
# ---------------------------------------------------------------------------

GROUPS = []


def G(cat, n, templates):
    GROUPS.append((cat, n, templates))


# ---- names only ----------------------------------------------------------------

G("name_story", 38, [
    "F:{full}, a {age}-year-old teacher from {city}, had lived with {cond} for {dur} before she came to us.",
    "M:When {full} first arrived in {cncity} in {my}, he could barely walk the length of the corridor.",
    "M:{full} had already been turned down by two hospitals in {country} when his daughter found us online.",
    "F:For {given}, the hardest part of {proc} was not the surgery but the waiting.",
    "M:Doctors at home told {given} that nothing more could be done for him.",
    "F:{full} travelled more than 2,000 kilometres with her son to reach {hosp}.",
    "M:The family of {full} sold their car to pay for {proc}.",
    "F:Three days after {proc}, {given} asked for her phone and a mirror.",
    "M:{full} is a herder from the steppe near {steppe} who had never been inside a big hospital.",
    "F:By {my}, {given}'s kidney function was finally back in the normal range.",
    "M:It was {rel} who convinced {given} to get a second opinion.",
    "F:Little {given} was only {age} months old when doctors found {cond}.",
    "M:{full}, now {age}, runs a small café in {city} again.",
    "F:Mrs. {fam} still keeps the hospital wristband in her handbag.",
    "M:Mr. {fam} had driven lorries between {city} and {city2} for years before the pain began.",
    "{full} spent {dur} in {dept} before going home.",
    "F:The case of {full} was discussed at our multidisciplinary meeting in {my}.",
    "M:After {proc}, {given} walked out of the ward on his own.",
    "F:{given} had taken {drug} for years without anyone checking her kidneys.",
    "M:{full} came to {cncity} by train, a journey of two days, because he was afraid of flying.",
    "F:At {age}, {given} is the youngest person in {country} to have had {proc}.",
    "M:Nobody in his village had heard of {cond}, so {given} simply learned to live with it.",
    "F:{full} is a nurse herself, which made being a patient even harder, she jokes.",
    "M:The first thing {given} did after leaving {dept} was call his mother in {city}.",
    "F:Before {my}, {full} had never travelled outside {country}.",
    "M:Mr. {fam} arrived with {cond} and a folder of scans from {hosp}.",
    "F:{given}'s story began with a routine check-up at her workplace in {city}.",
    "M:Ten years of {cond} had left {full} unable to work.",
    "F:{full} describes herself as a stubborn optimist.",
    "M:Today {given} coaches the under-12 football team in his home town.",
    "F:Ms. {fam} agreed to share her story so that other families in {country} would know what is possible.",
    "M:{cfull}, a retired railway engineer from {cncity}, was referred to us with {cond}.",
    "F:Grandma {cfam} had never seen a doctor who spoke her dialect until she met our team.",
    "M:{full} was on holiday in {cncity} when the chest pain started.",
])

G("name_quote", 26, [
    "M:“I never thought I would see my grandchildren grow up,” says {full}.",
    "F:“{given} was so brave, she never cried during the dressing changes,” her mother recalls.",
    "M:“My brother {rmgiven} gave me part of his liver,” {given} explains quietly.",
    "F:“We call her {nick} at home,” her father said, smiling.",
    "“Thank you, Dr. {dfam}, for giving our family hope,” wrote the patient's son.",
    "M:“Honestly, I was more scared of the needles than of the operation,” {given} admits.",
    "F:“When {given} opened her eyes, the first thing she asked for was tea,” her husband remembers.",
    "“Dr. {dfam} explained everything three times until we understood,” says {full}.",
    "F:“I cried when {given} said ‘mama’ for the first time after the implant,” her mother says.",
    "M:“{given} is back at school and already arguing with his teachers,” his father laughs.",
    "“Without Nurse {nurse} we would have been lost,” the family told us.",
    "F:“People in {city} still ask me how I can walk again,” says {full}.",
    "M:“I promised {rfgiven} I would dance at her wedding, and I did,” {full} says.",
    "“My wife {rffull} never left my bedside,” says the former miner.",
    "F:“Mama {fam} makes the best plov,” joked one of the nurses after the family's farewell lunch.",
    "“Lao {cfam} was the first to greet every new patient on our ward,” a nurse recalled.",
    "F:“I want other mothers to know they are not alone,” says {full}.",
    "M:“My son {rmgiven} translated everything for me,” {given} says proudly.",
    "“Ask for Dr. {dfam}, she will not rush you,” writes a former patient.",
])

G("name_clinician", 26, [
    "“The valve was badly calcified, but the repair held,” said Dr. {dfull}, the lead surgeon.",
    "Professor {dfam}, director of {dept}, reviewed the scans before the family even landed.",
    "“{given} is one of the most determined patients I have met,” says Dr. {dfam}.",
    "According to Dr. {dfull}, the tumour had not spread beyond the capsule.",
    "Chief physician {dfull} has operated on more than 300 children from {country}.",
    "Dr. {dfam} and her team adjusted the {drug} dose twice in the first week.",
    "F:Nurse {nurse} taught {given} how to check her own blood sugar.",
    "“We were cautiously optimistic,” recalls anaesthetist Dr. {dfam}.",
    "Dr. {dfam} believes the early referral made all the difference.",
    "Associate Professor {dfull} led the six-hour operation.",
    "“In {cond}, every week of delay matters,” Dr. {dfam} warns.",
    "The surgical plan was drawn up by Dr. {dfull} together with colleagues from {dept}.",
    "Dr. {dfam}, who trained in {city}, speaks {lang} with many of her patients.",
    "Physiotherapist {nurse} designed an exercise plan that {given} could follow at home.",
    "“The scans from {hosp} were excellent, which saved us time,” noted Dr. {dfam}.",
    "Dr. {dfull} still phones the family every few months to ask how things are going.",
])

G("name_caption", 22, [
    "F:Photo: {full} with her daughter on the rehabilitation ward.",
    "{full} (left) and Dr. {dfam} at the follow-up visit in {my}.",
    "M:Dr. {dfam} shows {given} a 3D-printed model of his heart.",
    "F:{full} takes her first steps with the physiotherapist.",
    "M:{given} and his mother in the playroom of {dept}.",
    "Pictured: nurse {nurse} adjusting the drip for {given}.",
    "From left: interpreter {ifull}, {full} and Professor {dfam}.",
    "{FULL} on the day of discharge.",
    "Image courtesy of the {fam} family.",
    "M:{given}, {age}, back on his horse a year after surgery.",
    "F:{given} with the team that cared for her, {my}.",
    "Dr. {dfam} listens to {given}'s heart during morning rounds.",
    "{full} and {rel} at the hospital gate before the flight home to {city}.",
    "Members of {dept} with {full} (centre).",
    "{cfull} practises calligraphy on the ward to keep his hand steady.",
])

G("name_timeline", 14, [
    "Day 1: {given} admitted to {dept} with {cond}.",
    "Week 3 – {given} starts walking with crutches.",
    "{my}: first video consultation with Dr. {dfam}.",
    "Day 12: {given} moved from the ICU to the general ward.",
    "{my} — {full} returns for the six-month check-up.",
    "Month 2: Dr. {dfam} lowers the {drug} dose.",
    "Week 1: the team led by Dr. {dfull} performs {proc}.",
    "{year}: {given} is diagnosed with {cond} in {city}.",
    "Day 5 – {given} eats solid food for the first time.",
    "{my}: {full} flies home to {city}.",
])

G("name_message", 28, [
    "hello, my name is {full}, i am from {city}, my son has {cond}, can you help us?",
    "F:Good day. I am writing for my mother {full}, she is {age} years old and has {cond}.",
    "hi dr {ldfam}, this is {lgiven}, the one with the knee from last spring, it hurts again",
    "Zdravstvuyte! I am {given}, patient of Dr. {dfam} last year, I need to ask about medicines.",
    "please pass my thanks to nurse {nurse}, she was so kind to my mum",
    "Dear team, {full} here. Could you give me a price for {proc}?",
    "M:my father {full} was treated in your hospital in {year}, we need his discharge papers in english",
    "Rahmat! Greetings from {city}, {given} is doing well after {proc}.",
    "pls can dr {ldfam} call us back, {given} has fever again since yesterday",
    "Sorry for my english. I am {full}, wife of your patient in cardiology.",
    "Salam alaikum, my name is {full}. My brother needs {proc}, how long is the waiting list?",
    "Hello!! {given} again :) just wanted to say the new glasses work great",
    "Is Dr. {dfam} still working in {dept}? We want to see only him.",
    "i am {lfull} from {country}, do you take patients without chinese visa yet?",
    "Dear Sir/Madam, I, {full}, kindly request a second opinion on my MRI.",
    "Здравствуйте, I am {given}, we spoke on the phone last week about my daughter.",
    "hi its {nick}!! tell nurse {nurse} i miss her dumplings",
    "My name is {full} and I would like to cancel my appointment next week, thank you.",
])

G("name_thanks", 12, [
    "Special thanks to Dr. {dfam}, nurse {nurse} and interpreter {igiven} for their kindness.",
    "Our whole family is grateful to Professor {dfull} and the team of {dept}.",
    "Thank you, {nurse}, for singing to our daughter every night!",
    "We will never forget Dr. {dfam} and the night shift of {dept}.",
    "Big thanks to {igiven}, who translated at 3 am without complaining.",
    "The {fam} family sends warm greetings to everyone on the fourth floor.",
    "Many thanks to Dr. {dfull}, who answered every single one of our questions.",
])

G("name_interpreter", 9, [
    "Interpreter {ifull} translated between {lang} and Chinese throughout the consultation.",
    "{igiven}, our {lang}-speaking coordinator, met the family at the airport.",
    "The consent form was explained in {lang} by interpreter {ifull}.",
    "Coordinator {ifull} arranged the hotel and the hospital transfers for the family.",
    "{igiven} from the international office sat with the parents during the operation.",
])

G("name_caps", 10, [
    "PATIENT: {FULL}, {age} Y, {nat}.",
    "{FULL} - REQUEST FOR SECOND OPINION",
    "M:MY HUSBAND {FULL} NEEDS URGENT HELP WITH HIS HEART",
    "SURNAME/GIVEN NAME: {FULL}",
    "ATTN DR {dfam}: RESULTS FOR {FULL} ATTACHED",
    "RE: {FULL} - PRICE FOR {proc}",
])

G("name_lower", 10, [
    "my daughter {lgiven} is 7 and has {cond}, what can we do",
    "{lfull} here, do you accept patients from {country}?",
    "thank u dr {ldfam} and all the nurses!!!",
    "this is {lgiven}s mum, the baby from {city} with the heart operation",
    "hi, {lfull}, booked for {my}, is it still ok?",
    "we are {lgiven} and {rgiven}'s family, flying in from {city} soon",
])

G("name_wordname", 18, [
    "F:{wgiven} was born with {cond} in a village outside {city}.",
    "“{wgiven} never once complained,” said the night nurse.",
    "F:Little {wgiven} celebrated her fifth birthday on the ward with a cake from the staff.",
    "F:we brought {lwgiven} to you last year with the heart problem, she is fine now",
    "{wfull} flew in from {city} for {proc}.",
    "M:Doctors expected {wgiven} to walk again within {dur}.",
    "Dr. {dfam} first met {wgiven} at a screening camp in {country}.",
    "F:Ask {wgiven}, the girl by the window, she will tell you the food is good.",
    "F:{wgiven} wants to become a nurse when she grows up.",
    "M:{wgiven} is {age} and has already had three heart operations.",
    "“{wgiven}, you can open your eyes now,” the surgeon said softly.",
])

G("name_han", 14, [
    "Head nurse {han} speaks fluent Russian and some Kazakh.",
    "The operation was performed by Dr. {han} and her team.",
    "{han} ({cfull}) is {age} and came to us from {cncity}.",
    "Patient {han}, admitted from {cncity} with {cond}.",
    "Our coordinator {han} answers most messages in {lang} and English.",
    "Attending physician: {han}.",
    "M:{han} was only {age} when his hearing loss was first noticed.",
    "The discharge summary was signed by {han}, {dept}.",
])

G("name_nick", 12, [
    "Everyone on the ward calls him {cnick}.",
    "M:The nurses affectionately call him {nick}.",
    "F:{nick} still sends the nurses photos of her garden.",
    "{cnick} from the corner bed organised a chess tournament on the ward.",
    "M:“{nick}, slow down!” his wife shouted as he raced down the corridor on crutches.",
    "Auntie {cfam} brought dumplings for the whole night shift.",
    "Grandpa {cfam} insisted on shaving before every ward round.",
])

G("name_mongolian", 7, [
    "{mnfull}, a {age}-year-old herder from Khovd province, arrived with {cond}.",
    "{mngiven} rode for two days to reach the nearest airport in Ulaanbaatar.",
    "F:Photo: {mnfull} with her grandchildren after the check-up.",
    "“We trusted Dr. {dfam} from the first meeting,” says {mnfull}.",
])


# ---- dates, birth dates, great ages --------------------------------------------

G("date_event", 50, [
    "{given} underwent {proc} on {date}.",
    "Surgery date: {date}.",
    "Admitted {date}, discharged {date2}.",
    "On {date} the family flew from {city} to {cncity}.",
    "The tumour board met on {date} and recommended {proc}.",
    "{date} – first chemotherapy cycle completed without complications.",
    "The team on {date}, the morning after the transplant.",
    "we arrived {date} and stayed for {dur}",
    "can i come for the control MRI on {date}?",
    "He was discharged on {date} on {dose}.",
    "My appointment is on {date} at {time}, please confirm.",
    "The accident happened on {date} on the highway near {city}.",
    "Her last menstrual period began on {date}.",
    "Follow-up is booked for {date}.",
    "{date} (day of surgery): all vital signs stable, {bp}.",
    "Dr. {dfam} operated on {given} on {date}.",
    "{full} was admitted to {dept} on {date}.",
    "The stent was placed on {date}; the second procedure followed on {date2}.",
    "First symptoms: {date}. Diagnosis confirmed in {my}.",
    "i had the biopsy on {date}, when will results come?",
    "Timeline – {date}: transferred from {hosp}.",
    "The baby was delivered by caesarean section on {date} at {time}.",
])

G("dob", 46, [
    "DOB: {dobv}",
    "Date of birth: {dobv}; sex: female; nationality: {nat}.",
    "{full}, born {dobv}, was referred by {hosp}.",
    "M:My son was born on {dobyoung}, he has {cond}.",
    "born {dobv} in {city}, allergic to penicillin",
    "{dobv} (date of birth)",
    "Patient DOB {dobv}; blood group A+.",
    "F:Her birthday is {bday}, so we would like to be home by then.",
    "д.р. {dobv}, please check the name spelling in the report",
    "出生日期：{dobv}",
    "The twins were born on {dobyoung} at 32 weeks.",
    "Name: {FULL}. Date of birth: {dobv}.",
    "F:My mother (born {dobold}) needs a new hip.",
    "the form asks for birthday – it is {dobv}",
    "b. {dobv} – {nat} citizen – referred for {proc}",
    "M:His date of birth is wrong in the invoice, correct is {dobv}.",
    "F:{given} was born on {dobv}, the smallest of four sisters.",
])

G("age90", 52, [
    "A {a90}-year-old woman from {city} was admitted with a hip fracture.",
    "F:At {a90}, {given} is our oldest cataract patient this year.",
    "my grandfather is {a90} years old, can he still have {eproc}?",
    "Age: {a90}",
    "F:She turned {a90} on the ward, and the nurses baked a cake.",
    "M:aged {a90}, he still walks to the bazaar every morning",
    "The patient ({a90} y/o) tolerated the procedure well.",
    "Grandma is {a90}岁 and very weak now, what do you advise?",
    "M:{given}, {a90}, was the oldest patient ever to have {eproc} in our centre.",
    "M:He celebrated his {a90ord} birthday in {dept}.",
    "F:“{a90} years young,” her daughter corrects us.",
    "F:At the age of {a90} she beat pneumonia twice in one winter.",
    "Ninety is just a number, says {full}, who is now {a90}.",
    "The oldest participant in the screening day was {a90}.",
    "my babushka is {a90}, she has {econd}, is surgery possible at this age?",
    "F:My mother, born {dob90}, will be {a90} this year.",
    "Pt is a {a90} yo male with {econd}.",
    "The family celebrated the {a90ord} birthday of their matriarch in the hospital garden.",
])

# ---- phones, e-mail, web, IP, social -----------------------------------------------

G("phone", 44, [
    "You can reach me at {phone}.",
    "Tel: {phone}",
    "call me on whatsapp {phone}",
    "{phone} – this is my husband's number, he speaks Russian.",
    "My daughter's mobile is {phone}, she speaks English.",
    "Fax {phone}, attention: international office of {hosp}.",
    "If nobody answers, try {phone} (home).",
    "Contact: {full}, {phone}",
    "please call back {phone} after {time} Almaty time",
    "Phone {phone} / e-mail {oemail}",
    "My number changed, the new one is {phone}.",
    "Tel./WhatsApp/Viber: {phone}",
    "手机 {cnmob}，请联系我 – sorry, please call me",
    "The referring doctor in {city} can be reached on {phone}.",
    "Mobile of the patient's son: {phone}",
    "pls call {phone} its urgent, my mother has {cond}",
    "Dr. {dfam} asked us to leave a number, so here it is: {phone}.",
    "Emergency contact: {rel}, {phone}.",
    "{phone} (mobile, Telegram too)",
    "Regards, {full}, {phone}, {email}",
])

G("email", 42, [
    "Please send the invoice to {email}.",
    "My email: {email}",
    "You can write to me at {email}, I check it every day.",
    "{email} – this is my son's address, he reads English.",
    "The scans were sent from {email} last week.",
    "contact {oemail} for the translated reports",
    "E-mail: {email}; tel. {phone}",
    "Regards, {full} ({email})",
    "pls reply to {email} not to this one",
    "Send the visa invitation letter to {email}.",
    "I did not receive anything at {email}, can you check spam?",
    "Our family doctor in {city} asks for results at {oemail}.",
    "F:{given} would like the discharge summary in English at {email}.",
    "my new mail is {email}, old one was hacked",
])

G("web", 52, [
    "Friends set up a fundraiser at {url}.",
    "You can follow {given}'s recovery at {url}.",
    "Our family blog is {url}.",
    "We raised the money through {url} in just two weeks.",
    "Donation page: {url}",
    "I wrote about my treatment here: {url}",
    "More photos at {url}",
    "Please share {url} with anyone who can help.",
    "The crowdfunding link ({url}) was shared thousands of times in {city}.",
    "F:{full} keeps a diary of her treatment at {url}.",
    "Link to our campaign: {url} – thank you to everyone who gave!",
    "is it ok to put your hospital name on {url}?",
    "The local newspaper in {city} printed the link {url}.",
])

G("ip", 54, [
    "Form submitted from IP {ip} at {time}.",
    "Login attempt to the patient portal from {ip}.",
    "My router shows {ip}, but the portal still won't open.",
    "Blocked request: {ip}",
    "Source IP: {ip}; browser: mobile Safari.",
    "the portal says my IP {ip} is not allowed, why???",
    "IP address {ip} (patient's home connection)",
    "Sender: {oemail} via {ip}",
    "Audit log: results viewed from {ip} after the patient logged in.",
    "The video consultation kept freezing; our connection was {ip}.",
    "Remote monitoring hub last connected from {ip}.",
    "My son set up VPN, now it shows {ip}, maybe this is the problem?",
    "Repeated failed logins for {full} came from {ip}.",
])

G("social", 52, [
    "Add me on {wechat}, it's easier for my mother.",
    "You can find our story on {ig}.",
    "write to {tg}, I answer faster there",
    "My {qq}, please add me.",
    "My son's {social} – he can translate.",
    "Friends followed {given}'s recovery on {ig}.",
    "We post updates on {social}.",
    "Contact via {social} or by phone {phone}.",
    "my wechat is {handle}",
    "WeChat: {handle} (my daughter)",
    "insta {handle}, we posted the video of the first steps",
    "Telegram {handle} – please send the price list there",
    "add {handle} on wechat pls, i dont use email",
    "The family thanked the team in a post on {ig}.",
    "F:{full} shares exercises from rehab on {ig}.",
    "Our coordinator in {city} is on {tg}.",
    "for russian speakers: {tg}",
])


# ---- addresses, postcodes, coordinates ----------------------------------------------

G("address", 34, [
    "Please send the medicines to {addr}.",
    "Home address: {addr}.",
    "We live at {addr}, about an hour from the airport.",
    "The ambulance collected her from {addr}.",
    "{addr} – this is my sister's flat, we stay there during the treatment.",
    "{full}, {addr}",
    "Registered address: {cnaddr}",
    "address for the courier: {addr}",
    "We rented a flat at {cnaddr} for the three months of chemotherapy.",
    "M:His mother still lives at {addr} and has no internet.",
    "The fall happened on the stairs at {addr}.",
    "Please correct the address on the invoice to {addr}.",
    "Temporary address in China: {cnaddr}.",
    "our house is {addr}, the blue gate",
])

G("address_pc", 28, [
    "Our new address is {addrpc}.",
    "Mailing address: {addrpc}",
    "Send the original reports by courier to {addrpc}.",
    "Invoice to: {full}, {addrpc}",
    "F:She was discharged to her daughter's home at {addrpc}.",
    "Return address: {addrpc}",
    "post the CD with images to {addrpc}, thank you!",
])

G("postcode", 26, [
    "Postcode: {pc}",
    "Our postal code is {pc}, the courier keeps getting it wrong.",
    "{pc} (post code)",
    "zip {pc}",
    "Please write the index {pc} on the envelope.",
    "邮编 {pc}",
    "We moved to another district, the new postcode is {pc}.",
    "The form will not accept my postcode {pc}, what do I do?",
    "Post code of the village: {pc}.",
    "postal code {pc}, please also check the spelling of the village",
    "F:{given} asked us to send the certificate to postcode {pc}.",
])

G("geo", 50, [
    "The ambulance met the family at {geo}.",
    "my location: {geo}",
    "Sending a pin: {geo}",
    "The accident site was recorded at {geo}.",
    "GPS {geo} – this is where our yurt stands, there is no street name.",
    "Helicopter landing point: {geo}.",
    "The photo's metadata showed {geo}.",
    "Coordinates of the summer pasture: {geo}.",
    "M:{given} collapsed while hiking near {geo}.",
    "We are here now: {geo}, the road is closed by snow.",
    "Rescuers reached the shepherd's winter camp at {geo} after six hours.",
    "share location → {geo}",
    "F:{full} was found at {geo} by the mountain rescue team.",
])

# ---- document numbers ----------------------------------------------------------------

G("passport", 48, [
    "{passport}, valid until {my}.",
    "Please use {passport} for the invitation letter.",
    "My details: {passport}.",
    "Name as in passport: {FULL}, {passport}.",
    "The hotel needs {passport} for registration.",
    "Attached is a scan of {passport}.",
    "I renewed my passport – new details: {passport}.",
    "The airline has my old {passport}, is that a problem?",
    "M:For the visa letter: {full}, {passport}.",
    "Passport data of the accompanying person: {passport}.",
    "{passport} – this is my mother's, she travels with me",
    "Please correct the passport number in the letter: {passport}.",
    "the embassy asks for {passport} to be written on the invitation",
])

G("natid", 53, [
    "Identity: {natid}.",
    "My {natid}, as you requested.",
    "For the insurance form: {natid}.",
    "Patient identity confirmed with {natid}.",
    "{full}, {natid}",
    "Why do you need my {natid}? Is it safe to send?",
    "he forgot the card at home but the number is {natid}",
    "The referral letter from {city} lists the patient's {natid}.",
    "F:Her {natid} is on the first page of the medical file.",
    "{natid} – please put it on the invoice for the tax office.",
    "The lab report carried the {natid} instead of a name.",
    "Donor identified by {natid}.",
])

G("resid", 53, [
    "ID card number: {resid}",
    "身份证号 {resid}",
    "Resident ID {resid}",
    "{resid} (身份证)",
    "My Chinese ID number is {resid}.",
    "{cfull}, resident ID {resid}",
    "the booking system rejects {resid}, is something wrong with it?",
    "Please register my mother under ID {resid}.",
    "Her identity card ({resid}) was scanned at admission.",
    "The insurance company asked for the ID number: {resid}.",
    "身份证：{resid}，姓名 {han}",
    "Citizen ID {resid}, {cncity} household registration.",
    "sorry I typed the ID wrong before, correct is {resid}",
])

G("mrn", 51, [
    "Please quote {mrn} when you call.",
    "{cfull}, {mrn}",
    "My father's {mrn}, he was in {dept}.",
    "Discharge summary – {mrn} – {dept}.",
    "Records under {mrn} were sent to {hosp}.",
    "Re: {mrn}, request for images on CD",
    "{mrn}; admitted {date}",
    "I have the {mrn} from last time, do I still need to register?",
    "The pathology report was filed under {mrn}.",
    "M:{given} was readmitted with the same {mrn}.",
    "Lab results for {mrn} are ready for collection.",
    "please send the bill for {mrn} to my insurer",
    "Old card: {mrn}",
])

G("hpn", 52, [
    "My insurance: {hpn}.",
    "The pre-authorisation was approved under {hpn}.",
    "Please bill {hpn} directly.",
    "{full}, {hpn}",
    "Can you bill my insurer directly? {hpn}",
    "My {hpn} expired in {my}, can I pay cash instead?",
    "Insurance details: {hpn}, claim {claim}.",
    "Guarantee of payment received for {hpn}.",
    "Please write {hpn} on every invoice.",
    "the insurance hotline asked for the hospital to confirm {hpn}",
    "F:{given} is covered under {hpn} until the end of the year.",
    "Covered by {hpn}; co-payment {pct}.",
])

G("account", 52, [
    "Donations can be sent to {acct}.",
    "Please refund the deposit to {acct}.",
    "For the fundraiser: {acct}, recipient {full}.",
    "Refund details: {acct}.",
    "Transfer details – {acct}.",
    "We paid {money} from {acct}, please check.",
    "pls send the money back to {acct}, the operation was cancelled",
    "Beneficiary: {full}, {acct}",
    "The church in {city} collected donations on {acct}.",
    "Payment for {proc} was made from {acct}.",
    "is this the right account? {acct}",
    "Wrong amount was charged to {acct} twice.",
])

G("licence", 52, [
    "Dr. {dfull}, {liccl}.",
    "{liccl} – Dr. {dfam}, {dept}",
    "The second opinion was signed by Dr. {dfull} ({liccl}).",
    "Report verified by Dr. {dfull}, {liccl}.",
    "Nurse {nurse}, {licnurse}, supervised the home infusion.",
    "Interpreter {ifull} ({licint}) was present during consent.",
    "The prescription carries the stamp of Dr. {dfam} with {liccl}.",
    "My {licdr}, for the car rental at the airport.",
    "The police report lists the driver's {licdr}.",
    "Driver: {full}, {licdr}",
    "M:His {licdr} was suspended after the seizure, he needs a medical certificate.",
    "Copy of {licdr} attached for the parking permit.",
    "can you write a letter for the traffic police? my {licdr}",
    "Visiting surgeon Dr. {dfull} is registered under {liccl}.",
])

G("vehicle", 52, [
    "Our car is {plate}, can we park near the entrance?",
    "A white minivan with the plate {plate} will pick you up at the airport.",
    "The accident involved a truck with plates {plate}.",
    "Parking permit issued for vehicle {plate}.",
    "VIN {vin}",
    "The car (VIN {vin}) was written off after the crash.",
    "my husband will come in the grey Lexus, number {plate}",
    "{full}'s car, {plate}, is registered for the disabled parking bay.",
    "Please let {plate} through the barrier, we bring a patient in a wheelchair.",
    "The insurer needs the VIN: {vin}.",
    "Car {plate} was towed from the emergency bay, it is ours, sorry!",
    "The taxi ({plate}) driver helped carry her up the stairs.",
    "Vehicle: {plate}; chassis no. {vin}",
])

G("device", 52, [
    "Pacemaker {pmsn} was interrogated remotely.",
    "Insulin pump serial {pumpsn} needs replacement.",
    "The patient's phone, {imei}, is linked to the monitoring app.",
    "The telemetry box (MAC {mac}) stopped sending data.",
    "Cochlear implant serial {cisn} – left ear.",
    "Transmitter ID {cgm}, the sensor keeps losing signal.",
    "Implant record: {udi}.",
    "{given}'s {dev} was entered in the device registry.",
    "my phone was stolen, {imei}, the app had all my glucose data",
    "Device swap: old pump {pumpsn} returned to the manufacturer.",
    "ICD generator {pmsn} replaced because of battery depletion.",
    "Please register {dev} to my account.",
    "Bluetooth address of the home spirometer: {mac}",
    "The hearing aid (serial {cisn}) was lost at the airport.",
])

G("other", 52, [
    "Please quote {other} in your reply.",
    "Our {other}.",
    "Flight booking {pnr}, we land in {city} at {time}.",
    "My {visa} – it expires soon, can you help with an extension letter?",
    "Insurance claim {claim} is still pending.",
    "{full}, {other}",
    "The courier says tracking number {track} was delivered, but nothing has arrived.",
    "For the refund of the unused ticket please refer to e-ticket {ticket}.",
    "{other} – please add this to my file.",
    "M:{given}'s {visa} was issued for medical treatment.",
    "Reference: {other}",
    "the police in {city} gave us {case}, the insurance wants it",
    "Ticket {pnr} – can you change my appointment to match the flight?",
    "Please attach {other} to the file.",
    "My company pays the bill, my {emp}.",
    "E-ticket {ticket} – the flight home is on the same day as the check-up.",
    "We need a letter for the insurer with {case}.",
])

# ---- several kinds in one row ---------------------------------------------------------

G("multi_signoff", 40, [
    "Regards, {full} | {phone} | {email}",
    "{full}, {addrpc}, tel. {phone}",
    "Patient {full}, DOB {dobv}, {mrn}",
    "Name: {FULL}; date of birth: {dobv}; {passport}",
    "{cfull}, ID {resid}, mobile {cnmob}",
    "Sender: {full} <{email}>, {ip}",
    "Contact person: {rfull}, {phone}, {wechat}",
    "{full} – {natid} – {hpn}",
    "Mother: {rffull}, {phone}; father: {rmfull}, {oemail}",
    "F:Ms. {fam}, born {dobv}, admitted {date} with {cond}.",
    "{full}, {a90}, lives alone at {addr}",
    "Booking for {full}: {pnr}, {passport}",
    "Donations for {given}: {acct} or {url}",
    "M:Mr. {fam}'s car {plate}; home address {addr}",
    "{mrn}, {cfull}, discharge on {date}",
    "Pacemaker {pmsn} implanted on {date}; patient {given}.",
    "Dr. {dfull} ({liccl}) – direct line {phone}",
    "GPS {geo}, contact {phone} (shepherd's son)",
])


# ---- clean rows -----------------------------------------------------------------------

G("clean_dose", 36, [
    "{dose} was started after the second admission.",
    "We increased {dose} because her fasting glucose stayed above 9 mmol/L.",
    "Discharge medication: {dose}, plus {dose2}.",
    "The child received {pdose}.",
    "She now takes {dose} and feels much better.",
    "Premedication was midazolam 0.05 mg/kg orally, 30 minutes before induction.",
    "{drug} was stopped {days} before surgery.",
    "Please do not change {dose} without asking your doctor.",
    "is it ok to take {dose} with green tea?",
    "The oncologist switched him to {dose} after the disease progressed.",
    "Loading dose of {drug}: 600 mg, then 75 mg once daily.",
    "Target trough level for tacrolimus is {trough} ng/mL in the first year.",
    "my doctor in {city} gave {dose}, but here they say {dose2}, which is right?",
    "He tolerated {dose} without nausea.",
    "The pharmacist halved {dose} because of the eGFR of 28.",
    "With {drug}, about {pct} of patients report mild headache in the first week.",
])

G("clean_lab", 40, [
    "On admission: {labr}.",
    "{lab} and {lab2} on the morning of surgery.",
    "Three months later: {lab}.",
    "my {lab}, is it bad??",
    "The {lab} result worried the team more than the scan did.",
    "Before discharge: {lab}, {lab2}, blood pressure {bp}.",
    "A repeat sample six hours later showed {lab}.",
    "Reference ranges differ between laboratories; {labr}.",
    "The lab in {city} reported {lab}, ours found {lab2}.",
    "After the transfusion, {lab}.",
    "Is {lab} normal for a {age}-year-old?",
    "Trend: {lab} in {my}, {lab2} in {my2}.",
])

G("clean_vitals", 30, [
    "Blood pressure on arrival was {bp} with a pulse of {pulse}/min.",
    "BP {bp}, HR {pulse}, SpO2 {spo2}, T {temp}.",
    "At home my pressure is {bp} in the mornings, is that ok?",
    "During the flight from {city} her saturation fell to {spo2}.",
    "He was febrile at {temp} with a heart rate of {pulse}.",
    "Vitals stable overnight: {bp}, {pulse} bpm, {spo2} on room air.",
    "Her pressure came down from {bp} within {days}.",
    "血压 {bp}, pulse {pulse} — taken by the ward nurse at {time}.",
])

G("clean_score", 30, [
    "On arrival her {score}.",
    "The stroke team recorded NIHSS {nihss} at {time}.",
    "{score} at six months.",
    "Pre-operative risk: EuroSCORE II {pct1}.",
    "His {score} qualified him for the trial.",
    "At discharge: {score} and {lab}.",
    "what does {score} mean? the report from {city} says this",
    "The physiotherapist measured {fscore} every week.",
])

G("clean_gene", 30, [
    "Next-generation sequencing of the tumour found {gene}.",
    "Because of {tgene}, she was offered targeted therapy.",
    "No {gene} was detected in the biopsy.",
    "Testing for {gene} is now done in our own laboratory.",
    "The family was screened for {gene}; {rel} turned out to be a carrier.",
    "{gene} explains why the first-line treatment failed.",
    "our report says {gene}, please explain in simple words",
    "Because of {gene}, the tumour board changed the plan.",
])

G("clean_trial", 26, [
    "She was enrolled in trial {trial}.",
    "The protocol is registered as {trial}.",
    "Results of {trial} were presented in {my}.",
    "Is my father eligible for {trial}?",
    "The CAR-T product is being tested under {trial}.",
    "Ethics approval for {trial} was granted by the hospital committee.",
    "Our centre recruits for {trial} until {my}.",
])

G("clean_code", 26, [
    "Coded as {icd} in the discharge letter.",
    "{atcdrug} is not registered in {country}.",
    "The insurer asked for the diagnosis code: {icd}.",
    "{atcdrug}; usual adult dose as per the leaflet.",
    "The referral from {city} listed {icd}, but the final diagnosis was different.",
    "Diagnoses: {icd}; secondary {epo}.",
    "please write {icd} in english on the certificate, the insurance wants it",
])

G("clean_monthyear", 36, [
    "She was first diagnosed in {my}.",
    "We came to {cncity} in {my} and went home in {my2}.",
    "Since {my} he has had no seizures.",
    "Our {lang}-language helpline opened in {my}.",
    "In {year}, the team performed its first {proc}.",
    "We plan to come back in {my}, is that possible?",
    "The symptoms started in {my}, after a bad flu.",
    "Last seen in clinic: {my}. Next review: {my2}.",
    "The twins were born in {year} in {city}.",
    "Treatment ended in {my}; no relapse since.",
    "Report dated {my}, translated into English.",
])

G("clean_age", 36, [
    "A {age}-year-old man from {city} presented with {cond}.",
    "The patient, aged {age}, had no family history of {epo}.",
    "F:At {age}, she is the youngest patient on the ward this month.",
    "my son is {age} years old, he has {cond}",
    "The {age}-year-old donor was {rel}.",
    "Patients older than {age} need an anaesthesia review first.",
    "F:She was {age} when the first symptoms appeared.",
    "M:Now {wage}, he has returned to work as a welder.",
    "The {age}-year-old arrived with {cond} and {lab}.",
    "Grandfather is {aage} and still rides every day.",
    "Mother, {aage}, has {epo} – is an operation safe?",
])

G("clean_money", 30, [
    "The operation cost {money}, hotel included.",
    "A deposit of {money} is required before admission.",
    "Relatives and neighbours collected {money} in a month.",
    "how much is {proc}? we have about {money}",
    "The insurer covered {money} of the total.",
    "Medication for the first year costs around {money}.",
    "A similar operation in {country} would cost {money}.",
    "The charity in {city} donated {money} towards the flights.",
])

G("clean_duration", 34, [
    "The operation lasted {hrs}.",
    "She spent {dur} in intensive care.",
    "The first dose was given at {time} and he felt better by {time2}.",
    "The ambulance needed {hrs} to cross the mountain pass.",
    "Visiting hours end at {time}.",
    "The flight from {fcity} to {cncity} takes about {hrs}.",
    "Fast for six hours before the scan; water is allowed until {time}.",
    "The pain began around {time} and lasted {hrs}.",
    "Recovery after {proc} usually takes {dur}.",
    "He waited {dur} for a donor in {country}.",
    "Doctors' rounds start at {time} every day.",
])

G("clean_place", 32, [
    "The family travelled from {city} to {cncity} by train.",
    "Patients from {country} can now apply for a medical visa online.",
    "This year we treated patients from {country}, {country2} and many other countries.",
    "{nat} patients make up a growing share of our cardiac surgery list.",
    "The outreach team visited {city} and {city2} in {my}.",
    "The nearest MRI scanner to their village is in {city}.",
    "Many families cross the border at Khorgos and continue by car to {cncity}.",
    "Our partner clinic in {city} now does the follow-up scans.",
])

G("clean_hospital", 28, [
    "She was referred from {hosp} to {dept}.",
    "The team in {dept} works closely with {hosp}.",
    "{hosp} sent the slides for a second reading.",
    "Ten beds in {dept} are reserved for international patients.",
    "The child was transferred from {hosp} by air ambulance.",
    "Second opinions are handled by {dept} within {days}.",
    "{dept} holds a joint clinic with {hosp} every Thursday.",
])

G("clean_role", 28, [
    "{role} met the family before the operation.",
    "The consent form was explained by {role} in {lang}.",
    "Ask {role} if you need a certificate for your employer.",
    "{role} checked the wound twice a day.",
    "A call from {role} at {time} changed everything.",
    "{role} flew to {city} to escort the patient home.",
    "“We plan for the worst and hope for the best,” says {role}.",
])

G("clean_relation", 28, [
    "{rel} donated a kidney.",
    "The decision was made together with {rel}.",
    "my {relw} will come with me, is that allowed?",
    "{rel} stayed in the hotel across the road for a month.",
    "Only {rel} knew about the diagnosis at first.",
    "{rel} learned to change the dressings before they flew home.",
    "Can my {relw} stay in the room at night?",
])

G("clean_alias", 30, [
    "{alias}, a {age}-year-old from {country}, presented with {cond}.",
    "In the case of {alias}, the tumour had already spread.",
    "{alias} and {alias2} were treated with the same protocol.",
    "Photo: X-ray of {alias} before and after surgery (shared with consent).",
    "{alias} asked that her real name not be used.",
    "Names have been changed; {alias} is a pseudonym.",
    "{alias} ({age}) from {city} had {epo}.",
])

G("clean_eponym", 36, [
    "She was diagnosed with {epo} at {age}.",
    "{epo} is rare in {country}, so the diagnosis took {dur}.",
    "We used {epotool} to assess him on arrival.",
    "He had {epo} and later developed {cond}.",
    "is {epo} hereditary? my mother also had it",
    "The paediatrician suspected {epo} at the very first visit.",
    "Living with {epo} means regular check-ups for life.",
    "{epo} and {cond} rarely occur together.",
    "The team placed {epotool} before the transfer.",
    "Her {epo} had been missed for {dur}.",
])

G("clean_brand", 30, [
    "He receives {brand} every three weeks.",
    "She was fitted with {implant}.",
    "The operation was done with {equip}.",
    "can I buy {brand} in {fcity} or only in China?",
    "{brand} is not yet reimbursed in {country}.",
    "Since switching to {gdevice}, her glucose control has improved.",
    "The hospital installed {equip} in {my}.",
    "Is {brand} sold under another name in {country}?",
])

G("clean_book_guideline", 26, [
    "The treatment followed {guide}.",
    "During the long evenings she read {book} in {lang}.",
    "According to {guide}, he qualified for {proc}.",
    "The nurses gave him a copy of {book} as a farewell present.",
    "Dosing was adjusted in line with {guide}.",
    "A worn copy of {book} sits on the shelf of the family room.",
    "The residents discussed {guide} at the journal club.",
])

G("clean_tcm", 22, [
    "The TCM department prescribed {herb} alongside the standard treatment.",
    "Her grandmother swore by {herb} for every cough.",
    "Please avoid {herb} while taking {drug}.",
    "The sign on the ward explained {tcm} in large characters.",
    "Is it safe to drink tea with {herb} after {proc}?",
    "The leaflet for {nat} patients translates {tcm} into {lang}.",
])

G("clean_wordlike", 42, [
    "Her blood pressure rose to {bp} overnight.",
    "We will repeat the scan in {dur}.",
    "The hospital bill came to {money}.",
    "At dawn the fever finally broke.",
    "It was a long road back for the {age}-year-old.",
    "There is real hope that the new drug will work for {cond}.",
    "She took the bad news with remarkable grace.",
    "The joy on the ward that morning was hard to describe.",
    "Patience is the hardest part of rehabilitation after {proc}.",
    "Mark the injection site with a pen before each dose.",
    "You may ask questions at any time during the consultation.",
    "Summer is the busiest season for patients from {country}.",
    "Every precious day at home counts, his father says.",
    "Victory over {cond} took {dur}.",
    "The young mother had {cond}.",
    "A sunny room on the south side was prepared for the children.",
    "The rose garden behind the rehabilitation building is open to patients.",
    "Amber lights on the pump mean the battery is low.",
    "Jade bracelets must be removed before the MRI.",
    "Bill the insurer first, then send the balance to the family.",
    "Will the scar fade in {dur}?",
    "May we bring home-cooked food to the ward?",
    "A grace period of {days} is allowed for paying the invoice.",
    "Long queues at the border delayed the family by {hrs}.",
    "It was sheer luck that the aneurysm was found early.",
    "The mercy flight from {city} landed just before {time}.",
    "Faith and family got her through {dur} of chemotherapy, she says.",
    "A gift from the ward: a painting of the steppe at sunset.",
    "Young patients stay with one parent in a family room.",
    "Her hopes rose when the {lab} came back.",
    "The king-size bed in the family suite was donated by a charity.",
    "Honour the fasting rules before the scan: nothing after {time}.",
])

G("clean_message", 80, [
    "hello, how much cost knee replacement? my father {age} years",
    "Dear doctors, we are from {city}. Do you accept patients with {cond}?",
    "spasibo bolshoe to all the team!!!",
    "Good afternoon, is an interpreter for {lang} available?",
    "we will arrive in {my}, what documents do we need?",
    "My mother has {cond} and {epo}, is treatment possible?",
    "thx for everything, we are home safe in {city}",
    "is there halal food in the hospital?",
    "How long is the waiting list for {proc}?",
    "I have the MRI on a CD, can I post it or is upload better?",
    "Is there a hotel near the hospital? budget around {money}",
    "Rakhmet! The Kazakh-speaking nurse was so helpful.",
    "Can {rel} stay with the child overnight?",
    "How many days after {proc} can I fly home to {city}?",
    "Is {drug} available in your pharmacy? we cannot find it in {city}",
    "Sorry for my English, I use translator. Son has {cond}, {age} years old.",
    "Hi, does the price include the interpreter and airport pickup?",
    "Our doctor in {city} recommends {proc}. What is your experience?",
    "Halo, kami dari {city} – sorry, how much is {proc}?",
    "Xin chào, my father needs {proc}, do you have Vietnamese interpreter?",
    "Здравствуйте! sorry, how much does {proc} cost?",
    "pls answer fast, my wife has {cond} and pain since {dur}",
    "Do I need a medical visa or is a tourist visa enough for a consultation?",
    "What is the success rate of {proc} for patients over {aage}?",
    "good evening, the wifi in the family room is not working",
    "can we pay the {money} deposit by card?? or only cash",
    "I am a doctor in {city}, can I refer a patient with {cond}?",
    "Salaam, is there a prayer room near {dept}?",
    "we landed, where is the international office? which floor?",
    "hello doctor my {relw} cant sleep after the operation, is it normal?",
    "Sain baina uu! Do you have Mongolian-speaking staff?",
    "i want to say thank you to {role}, he was very kind",
    "Can the report be translated into {lang}?",
    "The taxi driver did not know the hospital, please send directions in Chinese.",
    "The medicine is finished, can you send a prescription to {city}?",
    "Hi! After {proc} is it normal to have {temp} in the evening?",
    "my grandma is {aage} and very afraid of the anaesthesia, can you explain?",
    "Do you treat {epo} in children?",
    "what time does the cashier open? we need to pay the deposit",
    "Please, can the doctor write the diagnosis in English and {lang}?",
    "Thank u so much!!! we are back in {country} and all is good",
    "My insurance is from {country}, do you work with foreign insurers?",
    "Is it possible to do {proc} and a cataract operation in one trip?",
    "whats the price for full check-up for two persons?",
    "We have {gene}, does that change the treatment?",
])

G("clean_story", 76, [
    "The boy from {city} arrived with {cond} and a backpack full of toys.",
    "Her husband sold the family's sheep to pay for the flights.",
    "It took {dur} to find a matching donor.",
    "The team chose {proc} after a long discussion.",
    "When she woke up, the first face she saw was that of {rel}.",
    "The village doctor in {country} had suspected {cond} from the start.",
    "For the first time in {dur}, he slept through the night.",
    "Twelve relatives waited outside {dept} during the operation.",
    "She returned to {city} in {my} and went back to teaching.",
    "The surgeons removed a {cm} tumour in one piece.",
    "The girl gained {gain} in the first year after surgery.",
    "Now {cage}, he plays football with his brothers again.",
    "Nobody in the family spoke Chinese, so the interpreter became their lifeline.",
    "The scans from {city} showed {cond}, but the local team had no way to treat it.",
    "He had been told to prepare for the worst.",
    "The flight was delayed by a snowstorm, and the family spent the night at the airport in {city}.",
    "After {proc}, the colour came back to his lips within hours.",
    "The herder had never been on a plane before.",
    "She brought a suitcase of dried fruit for the nurses.",
    "The first two hospitals they visited in {country} turned them away.",
    "It was {rel} who noticed the swelling first.",
    "Six months after surgery, the scans are clear.",
    "Her {lab} told the team that time was short.",
    "The team worked through the night, finishing at {time}.",
    "In {my}, the family made the long trip from {city} to {cncity}.",
    "The child was so small that a special {epotool} had to be ordered.",
    "He spent {dur} learning to walk again.",
    "Twice a week, {rel} read stories aloud on the ward.",
    "A charity in {country} paid for the flights; the hospital waived part of the fee.",
    "Doctors at home had diagnosed asthma; it was in fact {misdx}.",
    "The operation was the first of its kind for a patient from {country}.",
    "Her mother kept a notebook with every {labname} result.",
])

G("clean_quote", 46, [
    "“We had no money and almost no hope, and now he is running,” his mother says.",
    "“The doctors never made us feel like strangers,” says the father.",
    "“I was afraid I would never see {city} again,” she admits.",
    "“At home we waited {dur} for this operation,” her husband recalls.",
    "“Every morning the nurse greeted me in {lang},” the patient says.",
    "“We see many cases of {cond} from {country},” says the head of {dept}.",
    "“It was a difficult decision,” admits {role}.",
    "“He asked for his mother's soup first,” the nurse laughs.",
    "“The hardest part was the language,” says {rel}.",
    "“I want to go back to school,” the {cage}-year-old tells us.",
    "“The interpreter held my hand the whole time,” she remembers.",
    "“I cried when they said the scan was clean,” says the patient's wife.",
    "“Without the video calls with home, I would have given up,” he says.",
    "“In {cond}, timing is everything,” explains {role}.",
    "“You do not forget a patient like that,” says {role}.",
    "“My son thinks the hospital is a hotel with nice doctors,” his father jokes.",
])

G("clean_caption", 40, [
    "Photo: staff of {dept} after a twelve-hour operation.",
    "The family at the airport in {city} before the flight home.",
    "{alias} with the physiotherapist, {my}.",
    "A CT scan showing the {cm} mass before surgery.",
    "Nurses from {dept} celebrate Nowruz with patients.",
    "Caption: the view over {cncity} from the rehabilitation gym.",
    "Mothers on the children's ward knitting hats for newborns.",
    "The 3D-printed model used to plan {proc}.",
    "Left: before {proc}. Right: {dur} later.",
    "Staff of {dept} with the visiting delegation from {country}, {my}.",
    "Image: chest X-ray on day {num}.",
    "Our interpreters speak {lang}, {lang2} and English.",
])

G("clean_timeline", 30, [
    "Day 1: admission to {dept}; {lab}.",
    "Week 2: first steps with a walker.",
    "{my}: diagnosis of {cond} in {city}.",
    "Day 3 after surgery – drains removed.",
    "Month 6: {score}.",
    "{year}: first symptoms.",
    "Hour 0: arrival by air ambulance, {bp}.",
    "Week {num}: back to light work.",
    "{my}: {proc} at {hosp}.",
    "Day {num}: discharged home on {dose}.",
])

G("clean_numbers", 44, [
    "The stent measured {stent}.",
    "In China dial 120 for an ambulance; in Kazakhstan it is 103.",
    "If you feel unwell after discharge in Europe, call 112.",
    "Radiotherapy: {gy}.",
    "She walked {steps} steps on day {num}.",
    "Ventilator settings: {vent}.",
    "ECG: {ecg}.",
    "Visual acuity improved from 20/200 to {va}.",
    "Intraocular pressure was {iop} before surgery.",
    "Contrast: {contrast}.",
    "Insulin-to-carb ratio {icr}.",
    "Birth weight {bw}.",
    "Brucella titre {titre}.",
    "Lens power {lens} in the right eye.",
    "The catheter was {cath}.",
    "{cells} were infused on day 0.",
    "App version {ver} fixed the login problem on Android.",
    "The 90-day readmission rate after {proc} is below {pct}.",
    "A 96-hour Holter recording was arranged before discharge.",
    "Bed occupancy in {dept} reached {bigpct} in winter.",
    "Her weight is on the {bigord} percentile for her age.",
    "Systolic pressure dropped to {bign} mmHg during induction.",
    "The {bign}-minute operation went without complications.",
    "The angiogram showed a {bigpct} stenosis of the left main artery.",
    "The hospital has 3,200 beds and more than 11,000 staff.",
    "Dialysis three times a week, {num} hours per session.",
    "The premature baby was {bign} days old when she went home.",
])

G("clean_clinician", 32, [
    "“The key was to control the infection before the transplant,” the surgeon explains.",
    "The cardiologist recommends a check-up {every} after {proc}.",
    "According to the head of {dept}, most complications occur in the first {dur}.",
    "“Patients with {cond} are often diagnosed late in rural areas,” notes {role}.",
    "The anaesthetist chose regional anaesthesia because of the {lab}.",
    "“We would rather operate early than wait for {score},” says {role}.",
    "The multidisciplinary team meets {every} to review international referrals.",
    "“With {tgene}, we now have a pill instead of chemotherapy,” explains the oncologist.",
    "The surgeon warned that {proc} carries a risk of about {pct}.",
    "{role} says that {epo} is much more common than people think.",
])

G("clean_mixed", 70, [
    "A {wage}-year-old {nat} woman with {epo} was admitted in {my}; {lab}, {bp}, {score}.",
    "{alias}, {age}, {nat}; {icd}; on {dose}.",
    "Referred from {hosp} in {my} with {gene}; enrolled in {trial}.",
    "Cost of {proc} at {hosp}: {money}, stay of {days}.",
    "{time}: {bp}, {lab}; {drug} given.",
    "{year} – {city} – {cond} – {proc} – {money}",
    "{nat} patient, {age} years, {cond}, {score}, {lab}.",
    "Follow-up in {my2}: {lab}, {lab2}; continue {dose}.",
    "From {city} with {rel}: {cond}, {dur} of symptoms, {bp}.",
    "{alias} ({age} y): {gene}, {dose}, {score}.",
    "{dept}, {hosp}: {num} patients from {country} treated since {year}.",
])

G("clean_hard", 46, [
    "血压 {fwbp} mmHg on arrival, 脉搏 {pulse}.",
    "{fwlab} on the first morning.",
    "{my} first visit; {fwlab}.",
    "Dose: {fwdose} twice daily.",
    "Total cost: {fwmoney}.",
    "She lost {wnum} kilos in {dur}.",
    "Her mother is in her {late} and still cooks for the whole family.",
    "Ninety per cent of patients go home within {days}.",
    "The ninety-minute operation was the last on the list that day.",
    "His heart rate was one hundred and twenty at rest.",
    "Twice a week, {wnum} minutes of walking.",
    "ＢＰ {fwbp}, ＨＲ {pulse}",
    "Ｍｓ. Ａ, {age}, from {city}, {cond}.",
    "PATIENT FROM {city}, {age} YEARS, {cond}",
    "in her {late}, {cond}, needs advice please",
])

G("clean_faq", 32, [
    "International patients should bring all previous scans on a CD or USB stick.",
    "The international office is open {hours}, Monday to Saturday.",
    "Interpreters for {lang} and {lang2} are available free of charge.",
    "Deposits can be paid in cash or by card at the cashier on the ground floor.",
    "Visitors must wear a mask in {dept}.",
    "A medical visa invitation can be issued after the first online consultation.",
    "Halal, vegetarian and low-salt meals can be ordered from the ward kitchen.",
    "Please arrive {mins} before your appointment to complete registration.",
    "Families from {country} can ask for a coordinator who speaks {lang}.",
    "Prices for {proc} start at {money} and depend on the length of stay.",
    "Results are usually ready within {days} and can be translated into {lang}.",
])


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

_AN_RE = re.compile(r"\b([Aa]) (?=(?:8|11-|11 |18-|18 |eight|eleven|eighteen|Uzbek|Uyghur|Emirati|Iranian|Iraqi|"
                    r"Indonesian|Italian|Ethiopian|English|Arabic|Amharic|Afghan|Azerbaijani|Oticon|Omnipod|"
                    r"Ottobock|Edwards|Abbott|Impella|ICD|MRI|NIK|INN|IIN|MED-EL|HLA|NTRK|ALK|EGFR|FBN1|"
                    r"Oswestry|SMN1|MYH7|NPM1|IDH1|ATP7B|ROS1|FLT3|R\b))")


def fix_articles(text):
    return _AN_RE.sub(lambda m: m.group(1) + "n ", text)


HARD_CATEGORIES = {"name_lower", "name_caps", "name_wordname", "name_han", "name_nick",
                   "name_mongolian", "clean_hard", "clean_wordlike", "clean_tcm", "clean_numbers"}
HARD_ROWS = set()


def build():
    rows = []
    seen = set()
    for cat, n, templates in GROUPS:
        got = tries = 0
        while got < n and tries < n * 80:
            tries += 1
            HARD_SEEN[0] = False
            text, kinds = render(pick(templates))
            text = fix_articles(" ".join(text.split()))
            if "\t" in text or "\n" in text:
                raise ValueError(text)
            if text in seen:
                continue
            if cat.startswith("clean_"):
                assert not kinds, (cat, text)
            else:
                assert kinds, (cat, text)
            seen.add(text)
            rows.append((cat, ",".join(k for k in KIND_ORDER if k in kinds) or "-", text))
            if HARD_SEEN[0] or cat in HARD_CATEGORIES or re.search("[\uff10-\uff5a]", text):
                HARD_ROWS.add(text)
            got += 1
        if got < n:
            print("note: %s produced %d of %d rows" % (cat, got, n))
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    clean = sum(1 for r in rows if r[1] == "-")
    print("wrote %d rows (%d clean, %d with identifiers) to %s" % (len(rows), clean, len(rows) - clean, OUT))
    counts = {}
    for _, kinds, _ in rows:
        if kinds != "-":
            for k in kinds.split(","):
                counts[k] = counts.get(k, 0) + 1
    for k in KIND_ORDER:
        print("  %-22s %d" % (k, counts.get(k, 0)))
        assert counts.get(k, 0) >= 50, k
    print("rows in a harder surface form (approx.): %d" % len(HARD_ROWS))


if __name__ == "__main__":
    main()
