#!/usr/bin/env python3
"""Blind held-out test corpus for a de-identification scanner, part 20 (English).

Writes deid_generated_en_heldout20.tsv next to this file: a labelled,
held-out test corpus (about 2,500 English sentences) for a
de-identification scanner.  The sentences imitate what a Beijing hospital
with an international department publishes and receives: case-story
narration, patient and relative quotes, clinicians' remarks, photo captions
and alt text, timeline entries, SEO descriptions, thank-you letters,
"Leave Your Message" contact-form messages (lower case, typos, odd spacing,
full-width digits, Cyrillic/Arabic/Thai/Hanzi fragments), forwarded chat
snippets, visa-invitation and discharge-summary lines.  Patients come from
Russia, Central Asia, Mongolia, the Middle East, South-East Asia, Africa,
Europe, the Americas, Korea, Japan and China.

The generator was written blind, from a written brief and general
knowledge only: no other code, test data or results of the project were
consulted.  All pools, templates and number formats are invented here; the
numbers are random and do not belong to real people.

Output format: header "category<TAB>expected_kinds<TAB>sentence";
expected_kinds is a comma-separated list in the canonical kind order, or
"-" for a clean sentence.  Categories ending in "_hard" hold obfuscated,
spelled-out, split, full-width, lower-cased, mixed-script or
multi-identifier sentences (plus two clean "_hard" families of look-alikes).

Determinism: a single random.Random(2020) drives everything; families,
templates and pools are lists iterated in a fixed order, so two runs give
byte-identical output.  Duplicate sentences are skipped and redrawn.
Run with --stats to print per-kind counts.

Labels come from construction only.  Every template slot is registered
with a fixed tuple of kinds (empty for clean slots); a sentence's label is
the union of the kinds of the slots that filled it.  The finished text is
never inspected to find labels.  check_families() asserts that families
whose category starts with "clean_" use only clean slots and that every
template of an identifier family has at least one identifier slot.  Slot
modifiers (lower case, full width, spacing, grouping, spelling digits as
words) change only the surface of a value, never its kinds.  Typo noise is
applied to literal template text only and only to ASCII letters, so digits
and slot values are never altered by it.

Judgement calls:
- A birth date, with or without a year (also lunar or spelled out), is
  date_of_birth only; every other day-level date in any calendar or script
  (ISO, dotted, compact 20210312, Thai Buddhist year, Hijri, lunar 农历,
  Cyrillic, full-width, spelled out) is exact_date.  Months with years,
  years, ranges, seasons, quarters, festivals, "two years ago" and
  treatment days such as "Day +14" are clean.
- Ages of 90 and over in digits, words, Chinese (岁) or Russian, including
  jokes like "96-year-young", are age_over_89.  89 and below, "nearly
  ninety", "almost 90", "in her late eighties", "the nineties",
  "ninety-minute", 90后, 九十年代 and 年近九旬 are clean.
- Phone numbers in any national format, including a department's full
  Beijing number and numbers offered "for WhatsApp/WeChat", spelled out,
  split or full-width, are phone_number; short public numbers (120, 110,
  112, 911, 12320, 103, 1669 ...) are clean.
- WeChat IDs, QQ numbers, @handles and profile links are social_account;
  blogs, crowdfunding pages and personal home pages are web_address.  A
  name inside an e-mail address, handle or URL does not add person_name.
- Titles with family names, given names, nicknames, names in Cyrillic,
  Arabic, Thai or Hanzi script and ordinary words used as names ("a girl
  called Hope") are person_name; the same words used as words are clean.
  Letter aliases (Ms. A, Patient K, 张某, A女士, 患儿小Y), relations,
  eponymous diseases and methods, herbs, and people inside institution or
  place names (Bethune, Sun Yat-sen, Dr. Sulaiman Al Habib Hospital,
  中山路) are clean.
- A street with a house, building or flat number is street_address (also
  hotels and rented flats); with a postcode it is street_address plus
  postal_code; a postcode alone is postal_code.  A named street without a
  number, cities, districts, wards, beds, floors and lifts are clean.
  Decimal or DMS coordinates and plus codes are geolocation.
- The Chinese 18-character resident ID (valid or wrong check digit, lower
  case x, spaced, dashed, grouped, full-width) is resident_id only.  Other
  countries' personal numbers (IIN, PINFL, SNILS, INN, Mongolian register
  number, Emirates ID, RRN, NIK, NIN, SSN, CPF, PESEL and the like) are
  national_id.  Travel passports are passport_number.
- Insurance member, policy and card numbers (including OMS/DMS policies and
  a Chinese medical insurance card) are health_plan_number.  Hospital
  record, chart, inpatient and outpatient IDs are medical_record_number.
  Clinician licence numbers always come in one slot together with the
  clinician's name, so they carry licence_number and person_name.
- Bank accounts, IBANs and card numbers are account_number; plates and VINs
  are vehicle_identifier; implant and device serials, IMEI and MAC
  addresses are device_identifier.  Claim, visa, ticket, booking/PNR,
  court, staff, student, courier, appointment, registration, permit,
  invitation, invoice/fapiao, receipt, order and transfer references are
  other_number.
- Trial registry numbers (NCT, ChiCTR, EudraCT, ISRCTN, also full-width),
  ICD/ATC codes, gene variants, doses, lab values, prices, batch numbers
  in general statements, and document or software versions (even
  IP-shaped ones such as 10.2.4.17) are clean.
"""

import os
import random
import re
import sys

SEED = 2020
OUT_NAME = "deid_generated_en_heldout20.tsv"

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}

# ---------------------------------------------------------------------------
# slot registry: every slot has a fixed tuple of kinds (empty tuple = clean)
# ---------------------------------------------------------------------------
SLOTS = {}


def slot(name, *kinds):
    for k in kinds:
        assert k in KIND_INDEX, k

    def deco(fn):
        assert name not in SLOTS, name
        SLOTS[name] = (tuple(kinds), fn)
        return fn
    return deco


def pool(name, items, *kinds):
    items = list(items)
    assert items, name

    def fn(r, items=items):
        return r.choice(items)
    slot(name, *kinds)(fn)


def D(r, n):
    """n random digits as a string"""
    return "".join(r.choice("0123456789") for _ in range(n))


def NZ(r, n):
    """n random digits, first one not zero"""
    return r.choice("123456789") + D(r, n - 1)


def L(r, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(r.choice(alphabet) for _ in range(n))


def AN(r, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r, *options):
    """choose one of several callables/strings and evaluate it"""
    o = r.choice(options)
    return o() if callable(o) else o


# --- surface-form modifiers (applied to a slot value, never change kinds) ----
FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-:/+#()"}
FW_DIGITS = {c: chr(ord(c) + 0xFEE0) for c in "0123456789"}

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def fullwidth(s):
    return "".join(FW_TABLE.get(c, c) for c in s)


def fw_digits(s):
    return "".join(FW_DIGITS.get(c, c) for c in s)


def spaced(s):
    return " ".join(c for c in s if c != " ")


def spell_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(DIGIT_WORDS[int(c)])
        elif c == "+":
            out.append("plus")
        elif c in " -().":
            continue
        else:
            out.append(c)
    return " ".join(out)


MODS = {
    "lower": str.lower,
    "upper": str.upper,
    "fw": fullwidth,
    "fwd": fw_digits,
    "sp": spaced,
    "spell": spell_digits,
    "cap": lambda s: s[:1].upper() + s[1:],
    "nodash": lambda s: s.replace("-", "").replace(" ", ""),
    "grp3": lambda s: " ".join(re.findall(".{1,3}", re.sub(r"[\s\-]", "", s))),
    "grp4": lambda s: "-".join(re.findall(".{1,4}", re.sub(r"[\s\-]", "", s))),
    "dots": lambda s: ".".join(re.sub(r"[\s\-]", "", s)),
    "art": lambda s: ("an " if re.match(r"(8|11(?!\d)|18(?!\d)|eight|eleven|eighteen|[AEIOUaeiou](?!ne))", s) else "a ") + s,
}

# --- typo noise: only ever touches literal template letters --------------------


def typo_literal(text, r, rate):
    """Return literal template text with light typing noise.

    Only ASCII letters are swapped, dropped or doubled; digits and every
    other character are left exactly as they are."""
    chars = list(text)
    i = 0
    out = []
    while i < len(chars):
        c = chars[i]
        if c.isascii() and c.isalpha() and r.random() < rate:
            op = r.randrange(3)
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if op == 0 and nxt.isascii() and nxt.isalpha():
                out.append(nxt)
                out.append(c)
                i += 2
                continue
            if op == 1:
                i += 1
                continue
            out.append(c)
            out.append(c)
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


SLOT_RE = re.compile(r"\{([a-z0-9_]+)((?:\|[a-z0-9]+)*)\}")


def parse_template(t):
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(t):
        if m.start() > pos:
            parts.append(("lit", t[pos:m.start()]))
        mods = [x for x in m.group(2).split("|") if x]
        parts.append(("slot", m.group(1), mods))
        pos = m.end()
    if pos < len(t):
        parts.append(("lit", t[pos:]))
    return parts


def template_kinds(t):
    ks = set()
    for p in parse_template(t):
        if p[0] == "slot":
            assert p[1] in SLOTS, "unknown slot %r in %r" % (p[1], t)
            ks.update(SLOTS[p[1]][0])
    return ks


def render(t, r, noise):
    parts = parse_template(t)
    lower_lit = False
    rate = 0.0
    if noise == "form":
        lower_lit = r.random() < 0.55
        rate = r.choice([0.0, 0.0, 0.01, 0.02, 0.035])
    elif noise == "chat":
        lower_lit = r.random() < 0.8
        rate = r.choice([0.0, 0.01, 0.02])
    elif noise == "lowerall":
        lower_lit = True
        rate = r.choice([0.0, 0.01])
    out = []
    kinds = set()
    for p in parts:
        if p[0] == "lit":
            s = p[1]
            if lower_lit:
                s = s.lower()
            if rate:
                s = typo_literal(s, r, rate)
            if noise in ("form", "chat") and r.random() < 0.08:
                s = s.replace(" ", "  ", 1)
            out.append(s)
        else:
            ks, fn = SLOTS[p[1]]
            v = fn(r)
            for m in p[2]:
                v = MODS[m](v)
            kinds.update(ks)
            out.append(v)
    s = "".join(out)
    s = re.sub(r"[\t\r\n]+", " ", s)
    s = s.replace("г..", "г.")
    s = s.strip()
    return s, kinds


# ===========================================================================
# PERSON NAMES
# ===========================================================================
FULL_NAMES = [
    # Russia / Ukraine / Belarus
    "Natalia Ivanova", "Dmitry Sokolov", "Sergei Volkov", "Anastasia Morozova",
    "Yevgeny Kuznetsov", "Irina Belova", "Alexei Fedorov", "Tatiana Orlova",
    "Maxim Zaitsev", "Yulia Romanova", "Pavel Lebedev", "Svetlana Gromova",
    "Nikolai Pankratov", "Vera Shubina", "Oksana Tkachenko", "Andrei Melnik",
    "Ekaterina Vasnetsova", "Roman Khabibullin", "Lyudmila Sidorova",
    # Central Asia
    "Aigerim Nurlanovna", "Yerlan Bekov", "Dana Zhaksylykova", "Nurlan Abenov",
    "Saule Tulegenova", "Askar Dzhaksybekov", "Madina Serikbayeva",
    "Daulet Ospanov", "Zhanar Kenzhebayeva", "Timur Iskakov", "Dilnoza Rakhimova",
    "Jasur Tursunov", "Shahnoza Yusupova", "Bekzod Ergashev", "Malika Nazarova",
    "Aibek Asanov", "Cholpon Mamytova", "Nurbek Toktogulov", "Farrukh Rahimov",
    "Zarina Sharipova", "Firdavs Nazarov", "Merdan Annayev", "Ogulgerek Berdiyeva",
    "Gulnara Abdrakhmanova", "Bakhyt Seitkali",
    # Mongolia
    "Batbayar Dorj", "Oyuntsetseg Ganbold", "Enkhjargal Tsend", "Bolormaa Baatar",
    "Temuulen Bat-Erdene", "Munkhbat Jargal", "Anujin Purevsuren",
    "Gantulga Otgonbayar", "Nomin-Erdene Batsaikhan", "Sarangerel Dashdorj",
    # Middle East / Iran / Turkey
    "Fatima Al-Harbi", "Omar Haddad", "Layla Nasser", "Khalid Al-Mansoori",
    "Noor Abdullah", "Yousef Al-Rashidi", "Mariam Khoury", "Hassan Jaber",
    "Aisha Al-Qahtani", "Reza Tehrani", "Zahra Hosseini", "Ali Karimi",
    "Mehmet Yilmaz", "Elif Demir", "Ahmad Saleh", "Hiba Mansour", "Saif Al-Zaabi",
    "Rania Abu-Ghazaleh", "Mustafa Al-Obaidi",
    # South-East Asia
    "Somchai Wongsakul", "Nattaya Srisuk", "Pimchanok Chaiyaporn",
    "Nguyen Van Minh", "Tran Thi Lan", "Le Hoang Nam", "Pham Thu Ha",
    "Budi Santoso", "Siti Rahmawati", "Dewi Lestari", "Ahmad Faizal bin Ismail",
    "Nur Aisyah binti Rahman", "Maria Clara Santos", "Jose Miguel Reyes",
    "Maricel Dela Cruz", "Sokha Chan", "Thandar Aye", "Kyaw Zin Htet",
    "Vilay Phommachanh", "Arunee Boonmee",
    # Africa
    "Chinedu Okafor", "Ngozi Adeyemi", "Amina Diallo", "Kwame Mensah",
    "Abena Owusu", "Tesfaye Bekele", "Hirut Alemu", "Wanjiru Kamau",
    "Otieno Odhiambo", "Fatoumata Traoré", "Moussa Keita", "Thabo Nkosi",
    "Zanele Dlamini", "Juma Mwangi", "Aminata Sow", "Ibrahim Musa", "Chipo Moyo",
    "Emeka Nwosu", "Halima Abubakar",
    # Europe
    "Hans Müller", "Sofia Rossi", "Élodie Martin", "Lukas Novák",
    "Agnieszka Kowalska", "Pieter de Vries", "Ingrid Johansson",
    "Miguel Fernández", "Ana García", "Giulia Bianchi", "Thomas Schneider",
    "Claire Dubois", "Oliver Bennett", "Siobhan O'Brien", "Nikos Papadopoulos",
    "Katarzyna Wiśniewska", "Jonas Petersen", "Lena Hoffmann", "Radu Popescu",
    "Ivana Horvat", "Matthias Gruber",
    # Americas
    "John Carter", "Emily Walker", "María González", "Carlos Mendoza",
    "Ana Paula Souza", "Lucas Oliveira", "Valentina Rojas", "Diego Herrera",
    "Jennifer Liu", "Michael O'Connor", "Sarah Thompson", "Gabriela Castro",
    "Ricardo Alves", "Camila Torres", "Brandon Mitchell",
    # Korea / Japan
    "Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Choi Yu-na", "Jung Hae-won",
    "Kang Dong-hyun", "Sato Yuki", "Tanaka Haruto", "Suzuki Aoi",
    "Takahashi Ren", "Yamamoto Sakura", "Watanabe Kenji",
    # China
    "Wang Li", "Zhang Wei", "Liu Yang", "Chen Jing", "Li Na", "Zhao Lei",
    "Huang Min", "Zhou Xiaoyu", "Wu Haoran", "Sun Meiling", "Ma Jun", "Gao Yan",
    "Lin Xiaotong", "Guo Jianguo", "He Ping", "Xu Ruoxi", "Tang Zhiqiang",
]

SURNAMES = [
    "Ivanova", "Sokolov", "Petrov", "Kuznetsova", "Abenov", "Nurlanova", "Bekov",
    "Tursunov", "Rakhimova", "Asanov", "Dorj", "Ganbold", "Bat-Erdene", "Al-Harbi",
    "Haddad", "Nasser", "Hosseini", "Yilmaz", "Wongsakul", "Nguyen", "Tran",
    "Santoso", "Reyes", "Okafor", "Mensah", "Diallo", "Bekele", "Kamau", "Nkosi",
    "Müller", "Rossi", "Dubois", "Kowalska", "Bennett", "O'Brien", "González",
    "Oliveira", "Mendoza", "Carter", "Thompson", "Kim", "Park", "Sato", "Tanaka",
    "Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Gao", "Lin", "Guo",
    "Ma", "Xu", "Tang", "Yusupova", "Ospanov", "Sharipova", "Purevsuren",
    "Al-Qahtani", "Khoury", "Boonmee", "Adeyemi", "Petersen", "Hoffmann",
]

TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Madam", "Miss",
          "Mr", "Mrs", "Dr"]

STAFF_TITLES = ["Dr.", "Dr", "Professor", "Prof.", "Nurse", "Head Nurse",
                "Director", "Chief Physician", "Coordinator", "Interpreter"]

GIVEN_NAMES = [
    "Aruzhan", "Timur", "Alisher", "Saida", "Bolat", "Nodira", "Oyuka",
    "Temuujin", "Khaliun", "Amira", "Yasmin", "Tariq", "Rania", "Mei", "Hao",
    "Yuki", "Ji-woo", "Anh", "Linh", "Chiamaka", "Kofi", "Nia", "Sophie",
    "Luca", "Matías", "Isabella", "Ilya", "Polina", "Ksenia", "Artyom", "Aziz",
    "Gulnara", "Saltanat", "Zarina", "Farida", "Adil", "Erdem", "Selin",
    "Nargiza", "Bakyt", "Alikhan", "Dinara", "Yerassyl", "Amarsanaa", "Tsetseg",
    "Naran", "Hamza", "Salma", "Karim", "Leila", "Thanh", "Wayan", "Putri",
    "Rizal", "Malee", "Kanya", "Adaeze", "Tunde", "Kwabena", "Makena",
    "Alemayehu", "Fenna", "Matteo", "Zofia", "Elias", "Camille", "Sebastián",
    "Mateus", "Ximena", "Seo-jun", "Haruka", "Ren", "Xinyi", "Zihan", "Yuxuan",
    "Haoyu", "Ruolan",
]

NICKNAMES = [
    "Sasha", "Dima", "Misha", "Katyusha", "Nastya", "Lyosha", "Tolik", "Aika",
    "Baska", "Tuya", "Ogi", "Ploy", "Fon", "Lek", "Toto", "Bobo", "Doudou",
    "Xiaobao", "Niuniu", "Lulu", "Mimi", "Kiki", "JoJo", "Nana", "Benji",
    "Shura", "Zhenya", "Dudu", "Beibei", "Tiktik", "Jun-jun", "Ayo", "Nuri",
]

WORD_NAMES = [
    "Hope", "Joy", "Grace", "Faith", "Precious", "Blessing", "Destiny",
    "Patience", "Sunny", "Lucky", "Rose", "Lily", "Amber", "Summer", "Dawn",
    "Bright", "Favour", "Gift", "Mercy", "Goodluck", "Comfort", "Felicity",
    "Sky", "Star", "Miracle", "Precious", "Justice", "Honour",
]

SCRIPT_NAMES = [
    "Анна Смирнова", "Тимур Ахметов", "Айгерим", "Батбаяр Дорж", "Мария Иванова",
    "Ольга", "Дильноза", "Бахыт Сейткали", "Оюунцэцэг", "Болормаа", "Сергей",
    "Наталья Петровна", "فاطمة الحربي", "أحمد", "محمد العتيبي", "نور", "يوسف حداد",
    "مريم", "สมชาย", "นภาพร", "ปิยะ ศรีสุข", "มาลี", "王丽", "李明", "张伟",
    "刘小军", "陈静", "赵雷", "小宝", "周晓雨",
]

CN_HANZI_NAMES = ["王丽", "李明", "张伟", "刘小军", "陈静", "赵雷", "周晓雨",
                  "孙美玲", "马骏", "高燕", "林晓彤", "郭建国", "何平", "徐若溪"]


@slot("name_full", "person_name")
def _name_full(r):
    return r.choice(FULL_NAMES)


@slot("name_titled", "person_name")
def _name_titled(r):
    return "%s %s" % (r.choice(TITLES), r.choice(SURNAMES))


@slot("name_given", "person_name")
def _name_given(r):
    return r.choice(GIVEN_NAMES)


@slot("name_nick", "person_name")
def _name_nick(r):
    return r.choice(NICKNAMES)


@slot("name_word", "person_name")
def _name_word(r):
    return r.choice(WORD_NAMES)


@slot("name_script", "person_name")
def _name_script(r):
    return r.choice(SCRIPT_NAMES)


@slot("name_hanzi", "person_name")
def _name_hanzi(r):
    return r.choice(CN_HANZI_NAMES)


@slot("name", "person_name")
def _name_any(r):
    x = r.random()
    if x < 0.45:
        return r.choice(FULL_NAMES)
    if x < 0.65:
        return "%s %s" % (r.choice(TITLES), r.choice(SURNAMES))
    if x < 0.85:
        return r.choice(GIVEN_NAMES)
    if x < 0.93:
        return r.choice(NICKNAMES)
    return r.choice(SCRIPT_NAMES)


@slot("staff", "person_name")
def _staff(r):
    x = r.random()
    cn = ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Gao", "Lin",
          "Guo", "Ma", "Xu", "Tang", "Song", "Han", "Feng", "Deng", "Cao", "Peng",
          "Yu", "Lu", "Jiang", "Shen", "Du"]
    given = ["Hui", "Jianhua", "Xiaoming", "Lei", "Ying", "Qiang", "Fang",
             "Haiyan", "Wenjie", "Yuxin", "Bo", "Ning", "Rui", "Shuang", "Tao"]
    if x < 0.45:
        return "%s %s" % (r.choice(STAFF_TITLES), r.choice(cn))
    if x < 0.85:
        return "%s %s %s" % (r.choice(["Dr.", "Dr", "Professor", "Nurse", "Prof."]),
                             r.choice(cn), r.choice(given))
    return "%s %s" % (r.choice(cn), r.choice(given))


# ===========================================================================
# CLEAN POOLS
# ===========================================================================
CITIES = [
    "Moscow", "Novosibirsk", "Vladivostok", "Irkutsk", "Khabarovsk", "Yakutsk",
    "Kazan", "Almaty", "Astana", "Shymkent", "Karaganda", "Bishkek", "Osh",
    "Tashkent", "Samarkand", "Bukhara", "Dushanbe", "Ashgabat", "Ulaanbaatar",
    "Erdenet", "Darkhan", "Dubai", "Abu Dhabi", "Riyadh", "Jeddah", "Muscat",
    "Doha", "Kuwait City", "Amman", "Baghdad", "Erbil", "Tehran", "Istanbul",
    "Bangkok", "Chiang Mai", "Hanoi", "Ho Chi Minh City", "Vientiane",
    "Phnom Penh", "Yangon", "Kuala Lumpur", "Jakarta", "Surabaya", "Manila",
    "Cebu", "Lagos", "Abuja", "Nairobi", "Addis Ababa", "Accra", "Dakar",
    "Kinshasa", "Dar es Salaam", "Lusaka", "Johannesburg", "Cairo", "Khartoum",
    "Paris", "Berlin", "Milan", "Madrid", "Warsaw", "London", "Dublin", "Oslo",
    "Vienna", "Prague", "New York", "Toronto", "São Paulo", "Buenos Aires",
    "Lima", "Mexico City", "Bogotá", "Seoul", "Busan", "Tokyo", "Osaka",
    "Harbin", "Shanghai", "Guangzhou", "Chengdu", "Urumqi", "Hohhot", "Kashgar",
]
pool("city", CITIES)

COUNTRIES = [
    "Russia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan",
    "Turkmenistan", "Mongolia", "the UAE", "Saudi Arabia", "Oman", "Qatar",
    "Kuwait", "Jordan", "Iraq", "Iran", "Turkey", "Thailand", "Vietnam", "Laos",
    "Cambodia", "Myanmar", "Malaysia", "Indonesia", "the Philippines",
    "Nigeria", "Kenya", "Ethiopia", "Ghana", "Senegal", "Tanzania", "Zambia",
    "South Africa", "Egypt", "Sudan", "France", "Germany", "Italy", "Spain",
    "Poland", "the UK", "Ireland", "Norway", "Austria", "the Czech Republic",
    "the United States", "Canada", "Brazil", "Argentina", "Peru", "Mexico",
    "Colombia", "South Korea", "Japan", "Inner Mongolia", "Xinjiang",
    "Heilongjiang", "Yunnan",
]
pool("country", COUNTRIES)

NATIONALITIES = [
    "Russian", "Kazakh", "Kyrgyz", "Uzbek", "Tajik", "Turkmen", "Mongolian",
    "Emirati", "Saudi", "Omani", "Iraqi", "Jordanian", "Iranian", "Turkish",
    "Thai", "Vietnamese", "Lao", "Cambodian", "Malaysian", "Indonesian",
    "Filipino", "Nigerian", "Kenyan", "Ethiopian", "Ghanaian", "Senegalese",
    "Tanzanian", "Egyptian", "Sudanese", "French", "German", "Italian",
    "Spanish", "Polish", "British", "Irish", "Norwegian", "American",
    "Canadian", "Brazilian", "Argentinian", "Peruvian", "Mexican", "Korean",
    "Japanese", "Buryat", "Yakut", "Uyghur",
]
pool("nationality", NATIONALITIES)

DEPTS = [
    "haematology", "paediatric oncology", "cardiology", "neurosurgery",
    "orthopaedics", "the IVF centre", "the TCM department", "rehabilitation",
    "the International Medical Services department", "hepatobiliary surgery",
    "thoracic surgery", "ophthalmology", "ENT", "nephrology", "endocrinology",
    "dermatology", "stomatology", "the proton therapy centre", "the CAR-T unit",
    "the bone marrow transplant ward", "paediatric cardiac surgery",
    "the spine centre", "interventional radiology", "gastroenterology",
    "the pain clinic", "neonatology", "the sleep centre", "plastic surgery",
    "urology", "gynaecology", "the acupuncture clinic", "radiotherapy",
]
pool("dept", DEPTS)

CONDITIONS = [
    "acute lymphoblastic leukaemia", "neuroblastoma", "medulloblastoma",
    "severe scoliosis", "congenital heart disease", "hepatocellular carcinoma",
    "nasopharyngeal carcinoma", "brainstem glioma", "retinoblastoma",
    "cleft lip and palate", "bilateral clubfoot", "beta-thalassaemia major",
    "aplastic anaemia", "lupus nephritis", "plaque psoriasis", "diabetic foot ulcer",
    "spinal cord injury", "post-stroke weakness", "secondary infertility",
    "cerebral palsy", "drug-resistant epilepsy", "autism spectrum disorder",
    "osteosarcoma", "Wilms tumour", "Ewing sarcoma", "biliary atresia",
    "pituitary adenoma", "advanced gastric cancer", "multiple myeloma",
    "chronic hepatitis B", "end-stage kidney disease", "hip dysplasia",
    "keratoconus", "cochlear malformation", "Hodgkin lymphoma",
    "moyamoya disease", "trigeminal neuralgia", "large goitre",
]
pool("condition", CONDITIONS)

TREATMENTS = [
    "proton therapy", "CAR-T cell therapy", "a haploidentical transplant",
    "spinal fusion surgery", "a Fontan operation", "six cycles of chemotherapy",
    "laparoscopic liver resection", "a cochlear implant", "gamma knife surgery",
    "acupuncture and herbal decoctions", "two rounds of IVF",
    "deep brain stimulation", "a kidney transplant", "a cleft repair",
    "the Ponseti method", "targeted therapy", "intensive rehabilitation",
    "a total hip replacement", "radiofrequency ablation", "cupping and tuina massage",
    "a corneal cross-linking procedure", "an Ilizarov frame", "immunotherapy",
]
pool("treatment", TREATMENTS)

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"]


SEASONS = ["spring", "summer", "autumn", "winter"]


@slot("period_bare")
def _period_bare(r):
    y = r.randint(2012, 2024)
    m = r.randrange(12)
    return pick(
        r,
        lambda: "%s %d" % (MONTH_NAMES[m], y),
        lambda: "%s %d" % (MONTH_ABBR[m], y),
        lambda: "%d/%d" % (m + 1, y),
        lambda: "%d-%02d" % (y, m + 1),
        lambda: "%s %d" % (r.choice(SEASONS), y),
        lambda: "the %s of %d" % (r.choice(SEASONS), y),
        lambda: "late %d" % y,
        lambda: "early %d" % y,
        lambda: "%d–%d" % (y - r.randint(1, 4), y),
        lambda: "%d" % y,
        lambda: "%s %d" % (r.choice(["Ramadan", "Nauryz", "Tsagaan Sar", "Songkran", "Chuseok", "Golden Week", "Tet"]), y),
        lambda: "%s–%s %d" % (MONTH_NAMES[m], MONTH_NAMES[(m + 2) % 12], y),
        lambda: "week %d of treatment" % r.randint(2, 30),
        lambda: "Q%d %d" % (r.randint(1, 4), y),
        lambda: "%d年%d月" % (y, m + 1),
        lambda: "mid-%d" % y,
    )


@slot("period")
def _period(r):
    y = r.randint(2012, 2024)
    m = r.randrange(12)
    return pick(
        r,
        lambda: "in %s %d" % (MONTH_NAMES[m], y),
        lambda: "in %s %d" % (r.choice(SEASONS), y),
        lambda: "in the %s of %d" % (r.choice(SEASONS), y),
        lambda: "in late %d" % y,
        lambda: "in early %d" % y,
        lambda: "between %d and %d" % (y - r.randint(1, 4), y),
        lambda: "in %d" % y,
        lambda: "during %s" % r.choice(FESTIVALS),
        lambda: "the week after %s" % r.choice(FESTIVALS),
        lambda: "from %s to %s %d" % (MONTH_NAMES[m], MONTH_NAMES[(m + 2) % 12], y),
        lambda: "last %s" % r.choice(SEASONS),
        lambda: "%s years ago" % r.choice(["two", "three", "five", "several"]),
        lambda: "in the %s quarter of %d" % (r.choice(["first", "second", "third", "last"]), y),
        lambda: "in mid-%d" % y,
        lambda: "in %s %d" % (MONTH_ABBR[m], y),
    )


FESTIVALS = [
    "the Spring Festival", "Ramadan", "Nauryz", "Tsagaan Sar", "Songkran",
    "Chuseok", "Golden Week", "the Christmas holidays", "the National Day holiday",
    "the Mid-Autumn Festival", "Eid al-Adha", "Naadam", "Tet", "Easter week",
    "the May holidays", "Hari Raya", "Diwali", "the New Year holidays",
]
pool("festival", FESTIVALS)

DURATIONS = [
    "three weeks", "18 months", "six cycles", "ten days", "two long years",
    "a fortnight", "four months", "almost a year", "47 days", "90 days",
    "half a year", "twelve sessions", "five weeks", "eight months", "100 days",
]
pool("duration", DURATIONS)


SMALL_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine", "ten", "eleven", "twelve", "thirteen",
               "fourteen", "fifteen", "sixteen", "seventeen"]


@slot("age_young")
def _age_young(r):
    a = r.randint(18, 89)
    return pick(
        r,
        lambda: "aged %d" % a,
        lambda: "%d years old" % a,
        lambda: "%d" % a,
        lambda: "nearly ninety",
        lambda: "almost 90",
        lambda: "89",
        lambda: "eighty-nine",
        lambda: "in her late eighties",
        lambda: "in his eighties",
        lambda: "%d years of age" % a,
    )


@slot("age_young_adj")
def _age_young_adj(r):
    a = r.randint(18, 89)
    return pick(
        r,
        lambda: "%d-year-old" % a,
        lambda: "%d-year-old" % r.randint(1, 17),
        lambda: "%s-year-old" % SMALL_WORDS[r.randint(1, 17)],
        lambda: "%d-month-old" % r.randint(2, 23),
        lambda: "89-year-old",
        lambda: "eighty-nine-year-old",
        lambda: "%d-year-old" % r.randint(80, 89),
    )


@slot("age_child")
def _age_child(r):
    return pick(
        r,
        lambda: "%d months old" % r.randint(2, 23),
        lambda: "%s years old" % SMALL_WORDS[r.randint(2, 15)],
        lambda: "%d years old" % r.randint(2, 16),
        lambda: "aged %d" % r.randint(1, 16),
        lambda: "%s weeks old" % SMALL_WORDS[r.randint(2, 12)],
        lambda: "just %s" % SMALL_WORDS[r.randint(2, 9)],
    )


@slot("age_child_adj")
def _age_child_adj(r):
    return pick(
        r,
        lambda: "%d-year-old" % r.randint(1, 17),
        lambda: "%s-year-old" % SMALL_WORDS[r.randint(1, 17)],
        lambda: "%d-month-old" % r.randint(2, 23),
    )


@slot("age80s")
def _age80s(r):
    return str(r.randint(80, 89))


DOSES = [
    "2.5 mg/kg", "0.5 ml", "100 mg twice daily", "60 Gy in 30 fractions",
    "54 GyE", "1.8 Gy per fraction", "375 mg/m2", "5 mg at night", "0.1 U/kg/h",
    "20 mg once a day", "10^6 CAR-T cells per kg", "400 IU daily",
    "15 g of dried astragalus", "3 × 10^8 cells", "1 g every 8 hours",
]
pool("dose", DOSES)

LABS = [
    "haemoglobin 68 g/L", "platelets 12 × 10^9/L", "HbA1c 9.4%", "CRP 112 mg/L",
    "AFP 1,240 ng/mL", "BP 150/95 mmHg", "SpO2 88%", "creatinine 412 µmol/L",
    "ferritin 3,580 ng/mL", "INR 2.4", "WBC 0.3 × 10^9/L", "TSH 0.01 mIU/L",
    "blood sugar 14.2 mmol/L", "eGFR 23", "bilirubin 186 µmol/L",
    "heart rate 142 bpm", "a Cobb angle of 87 degrees", "an ejection fraction of 35%",
    "HBV DNA 2.1 × 10^7 IU/mL", "CD34+ 4.2 × 10^6/kg", "MRD below 0.01%",
]
pool("lab", LABS)

pool("rent", ["¥300 a night", "5,000 yuan a month", "RMB 9,000 monthly", "$60 per night", "¥4,200 a month for a one-bedroom flat"])

PRICES = [
    "¥38,000", "about 120,000 yuan", "US$45,000", "RMB 1,200",
    "around 300,000 RMB", "$18,500", "€22,000", "1.2 million tenge",
    "¥8,600", "roughly 9,000 dollars", "450,000 roubles",
    "two million tugrik", "AED 60,000", "about 75,000 yuan",
]
pool("price", PRICES)

TRIALS = [
    "NCT04561234", "NCT05123987", "NCT03877614", "ChiCTR2100045678",
    "ChiCTR1900023145", "ChiCTR-IOR-17013342", "ChiCTR2200061102",
    "EudraCT 2019-001234-56", "ISRCTN12345678", "NCT04989101", "jRCT2031210089",
    "CTRI/2021/03/031762",
]
pool("trial", TRIALS)

CODES = [
    "ICD-10 C91.0", "ICD-10 code Q21.1", "ICD-11 2A00", "ATC L01XC17",
    "ICD-10 M41.1", "ICD-10 G80.0", "ICD-10 C71.7", "ICD-10 D56.1",
    "ICD-11 5A11", "ATC L01EX", "ICD-10 Q66.0", "ICD-10 C22.0",
]
pool("code", CODES)

GENES = [
    "EGFR exon 19 deletion", "BRCA1 c.68_69delAG", "FLT3-ITD", "BCR-ABL1 p210",
    "KRAS G12C", "HBB c.-78A>G", "SMN1 exon 7 deletion", "JAK2 V617F",
    "TP53 R175H", "MYCN amplification", "H3 K27M", "ALK F1174L", "IDH1 R132H",
    "PML-RARA", "ETV6-RUNX1", "CFTR F508del", "GJB2 c.235delC",
]
pool("gene", GENES)

pool("docversion", ["version 3.2.1", "page 14", "page 3 of 12", "rev. 7", "form v1.9",
                    "edition 2023.2", "version 12", "pages 40-41", "revision 2024-1"])
pool("swversion", ["v2.18.0.4", "firmware 10.2.4.17", "app version 5.1.0",
                   "software 4.12.0.3", "build 8.0.2.1144", "version 7.0.1.2", "release 3.11.6"])

PLACES = [
    "Ward 5B", "bed 23", "Room 1012 of the inpatient building", "Building 2, 7th floor",
    "Lift C", "the International Wing, Level 3", "the 12th-floor playroom",
    "bed 7 by the window", "the day-care unit on floor 4", "the east lobby",
    "outpatient hall B", "the third floor of the children's building",
    "the rooftop garden", "the radiology basement", "clinic room 6",
    "the cafeteria on B1", "the transplant ward, bed 3", "the TCM pharmacy window",
]
pool("place", PLACES)

pool("emergency_number", ["112", "911", "999", "103", "1669", "997", "998", "115",
                           "103 or 112", "101", "911 or 112", "122", "191", "10177"])
pool("emergency_place", ["Russia", "Kazakhstan", "the EU", "the United States", "Thailand",
                         "Saudi Arabia", "the UAE", "Vietnam", "Mongolia", "Uzbekistan",
                         "the UK", "Ghana", "South Africa", "Kenya"])
pool("minutes", ["twelve minutes", "under ten minutes", "fifteen minutes", "eight minutes",
                 "twenty minutes", "half an hour"])
pool("floor", ["the ground floor", "the first floor", "floor 1 of the emergency building",
               "the east side of the ground floor", "B1"])

PUBLIC_NUMBERS = ["120", "110", "112", "911", "12320", "119", "999", "103",
                  "1669", "997", "998", "115", "12315", "12345"]
pool("public_number", PUBLIC_NUMBERS)

RELATIONS = [
    "her mother", "the boy's grandfather", "his elder sister", "the patient's uncle",
    "my husband", "our daughter", "his wife", "the girl's father", "their son",
    "my mother-in-law", "her twin brother", "his grandmother", "our youngest",
    "the baby's aunt", "my cousin", "her stepfather", "his best friend",
]
pool("relation", RELATIONS)

ALIASES = [
    "Ms. A", "Patient K", "Mr. B", "张某", "A女士", "little M", "Mrs. X",
    "Patient 3", "the child, D.", "Mr. Z", "李某某", "王先生", "Case 2",
    "Ms. N.", "boy T", "Madam S", "患儿小Y",
]
pool("alias", ALIASES)

HERBS = [
    "astragalus (huang qi)", "ginseng", "goji berries", "dang gui",
    "licorice root", "dan shen", "moxa", "cordyceps", "jujube dates",
    "coptis", "chrysanthemum tea", "ginger decoction", "poria", "rehmannia",
]
pool("herb", HERBS)

EPONYMS = [
    "Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Down syndrome",
    "Alzheimer's disease", "Kawasaki disease", "the Apgar score",
    "the Glasgow Coma Scale", "a Whipple procedure", "a Fontan operation",
    "tetralogy of Fallot", "Wilms tumour", "Ewing sarcoma",
    "Guillain-Barré syndrome", "Hashimoto's thyroiditis", "Bell's palsy",
    "Cushing's syndrome", "Graves' disease", "Burkitt lymphoma",
    "Sjögren's syndrome", "Ménière's disease", "Marfan syndrome",
    "Duchenne muscular dystrophy", "Wilson's disease", "Gaucher disease",
    "Pompe disease", "Behçet's disease", "Takayasu arteritis",
    "Hirschsprung's disease", "a Nissen fundoplication", "the Ilizarov method",
    "the Ponseti method", "the Heimlich manoeuvre", "a positive Babinski sign",
]
pool("eponym", EPONYMS)

INSTITUTIONS = [
    "Bethune International Peace Hospital", "Sun Yat-sen University",
    "Johns Hopkins", "the Mayo Clinic", "the Karolinska Institute", "the Charité",
    "the Pasteur Institute", "Gustave Roussy", "Sechenov University",
    "the Pirogov Medical University", "the Burdenko Neurosurgery Centre",
    "the Almazov Centre", "Dana-Farber", "King Chulalongkorn Memorial Hospital",
    "Queen Sirikit National Institute of Child Health", "King Faisal Specialist Hospital",
    "Sheikh Khalifa Medical City", "the Aga Khan University Hospital",
    "Chris Hani Baragwanath Hospital", "Dr. Sulaiman Al Habib Hospital",
    "Sun Yat-sen Memorial Hospital", "Sir Run Run Shaw Hospital",
    "白求恩医科大学", "中山大学附属肿瘤医院", "the Al-Farabi Kazakh National University",
    "Avicenna Tajik State Medical University", "Lomonosov Moscow State University",
    "the Norman Bethune Health Science Center", "Zhongshan Hospital",
    "the Florence Nightingale Faculty", "St. Luke's International Hospital",
    "the Shonan Kamakura General Hospital",
]
pool("institution", INSTITUTIONS)

NAMED_STREETS_NO_NUMBER = [
    "Abai Avenue", "Lenin Street", "Amir Temur Avenue", "Chinggis Khaan Avenue",
    "Sukhbaatar Square", "Tverskaya Street", "Sheikh Zayed Road", "Rama IV Road",
    "Nguyen Hue Boulevard", "Jalan Sudirman", "Nelson Mandela Avenue",
    "rue Victor Hugo", "Karl-Marx-Allee", "Avenida Paulista", "Zhongshan Road",
    "Dostyk Avenue", "Navoi Street", "Ataturk Boulevard", "Kenyatta Avenue",
]
pool("street_noname", NAMED_STREETS_NO_NUMBER)

BEIJING_AREAS = ["Chaoyang", "Haidian", "Dongcheng", "Xicheng", "Fengtai",
                 "Shunyi", "Wangjing", "Sanlitun", "Guomao", "Yizhuang",
                 "Changping", "Tongzhou", "the CBD", "Zhongguancun"]
pool("bj_area", BEIJING_AREAS)

TRANSPORT = ["the airport express", "a night train from Erenhot",
             "a direct flight", "Line 10", "a taxi", "the shuttle bus",
             "a wheelchair taxi", "the high-speed train", "a medical charter flight"]
pool("transport", TRANSPORT)

WORDS_AS_WORDS = [
    "hope", "joy", "grace", "faith", "patience", "courage", "mercy",
    "comfort", "luck", "trust", "kindness", "strength", "peace", "warmth",
]
pool("virtue", WORDS_AS_WORDS)

FEELINGS = [
    "grateful", "exhausted but hopeful", "scared", "relieved", "so happy",
    "a bit lost", "thankful beyond words", "nervous", "calm at last",
    "overwhelmed", "proud of her", "hopeful again",
]
pool("feeling", FEELINGS)

MILESTONES = [
    "first steps without the frame", "first day without a fever",
    "first solid meal", "last chemotherapy cycle", "engraftment on day +14",
    "the stitches came out", "first full night of sleep", "discharge from the ward",
    "hair started growing back", "walked to the lift and back", "first laugh since surgery",
    "the tube came out", "first swim after surgery", "counts recovered",
]
pool("milestone", MILESTONES)


# ===========================================================================
# IDENTIFIER SLOTS
# ===========================================================================
ORD_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth",
             "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first",
             "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                 "августа", "сентября", "октября", "ноября", "декабря"]
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
             "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
HIJRI_MONTHS = ["Muharram", "Safar", "Rabi al-Awwal", "Jumada al-Ula",
                "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]
LUNAR_MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
                "九月", "十月", "冬月", "腊月"]
LUNAR_DAYS = ["初一", "初二", "初三", "初五", "初六", "初八", "初九", "十二",
              "十六", "十八", "廿一", "廿三", "廿六", "廿八"]
YEAR_WORDS = {2015: "two thousand and fifteen", 2016: "twenty sixteen",
              2017: "twenty seventeen", 2018: "twenty eighteen",
              2019: "twenty nineteen", 2020: "twenty twenty",
              2021: "twenty twenty-one", 2022: "twenty twenty-two",
              2023: "twenty twenty-three", 2024: "twenty twenty-four"}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def _ymd(r, y0, y1):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def fmt_date(r, y, m, d, allow_noyear=True):
    M = MONTH_NAMES[m - 1]
    A = MONTH_ABBR[m - 1]
    opts = [
        lambda: "%d %s %d" % (d, M, y),
        lambda: "%s %d, %d" % (M, d, y),
        lambda: "%s of %s %d" % (ordinal(d), M, y),
        lambda: "%d-%02d-%02d" % (y, m, d),
        lambda: "%02d.%02d.%d" % (d, m, y),
        lambda: "%02d/%02d/%d" % (d, m, y),
        lambda: "%d/%d/%d" % (m, d, y),
        lambda: "%d%02d%02d" % (y, m, d),
        lambda: "%d-%s-%02d" % (d, A, y % 100),
        lambda: "%s %s %d" % (A, ordinal(d), y),
        lambda: "%d年%d月%d日" % (y, m, d),
        lambda: "%d %s %d г." % (d, RU_MONTHS_GEN[m - 1], y),
        lambda: "%d %s %d" % (d, TH_MONTHS[m - 1], y + 543),
        lambda: "%d.%d.%d" % (d, m, y),
        lambda: "%d/%02d/%02d" % (y, m, d),
        lambda: "%s, %d %s %d" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]), d, A, y),
    ]
    if allow_noyear:
        opts += [
            lambda: "%d %s" % (d, M),
            lambda: "%s %s" % (M, ordinal(d)),
            lambda: "the %s of %s" % (ordinal(d), M),
            lambda: "%s %d" % (A, d),
            lambda: "%d月%d日" % (m, d),
        ]
    return pick(r, *opts)


@slot("date", "exact_date")
def _date(r):
    y, m, d = _ymd(r, 2014, 2024)
    x = r.random()
    if x < 0.86:
        return fmt_date(r, y, m, d)
    if x < 0.90:
        return "农历%s%s" % (r.choice(LUNAR_MONTHS), r.choice(LUNAR_DAYS))
    if x < 0.94:
        return "%d %s %d AH" % (d, r.choice(HIJRI_MONTHS), r.randint(1438, 1446))
    if x < 0.97:
        return "the %s of %s, %s" % (ORD_WORDS[d], MONTH_NAMES[m - 1], YEAR_WORDS.get(y, str(y)))
    return "%d-%02d-%02d %02d:%02d" % (y, m, d, r.randint(6, 22), r.choice([0, 15, 30, 45]))


@slot("date_fw", "exact_date")
def _date_fw(r):
    y, m, d = _ymd(r, 2016, 2024)
    return pick(
        r,
        lambda: fw_digits("%d年%d月%d日" % (y, m, d)),
        lambda: fw_digits("%d.%02d.%02d" % (y, m, d)),
        lambda: fw_digits("%d/%d/%d" % (d, m, y)),
        lambda: fw_digits("%d%02d%02d" % (y, m, d)),
    )


@slot("date_spelled", "exact_date")
def _date_spelled(r):
    y, m, d = _ymd(r, 2015, 2024)
    return pick(
        r,
        lambda: "the %s of %s %s" % (ORD_WORDS[d], MONTH_NAMES[m - 1], YEAR_WORDS[y]),
        lambda: "%s the %s" % (MONTH_NAMES[m - 1].lower(), ORD_WORDS[d]),
        lambda: "%s %s, %s" % (MONTH_NAMES[m - 1], ORD_WORDS[d], YEAR_WORDS[y]),
        lambda: "农历%s%s" % (r.choice(LUNAR_MONTHS), r.choice(LUNAR_DAYS)),
        lambda: "the %s of %s, %d" % (ORD_WORDS[d], MONTH_NAMES[m - 1].lower(), y),
    )


@slot("dob", "date_of_birth")
def _dob(r):
    y, m, d = _ymd(r, 1930, 2023)
    x = r.random()
    if x < 0.75:
        return fmt_date(r, y, m, d, allow_noyear=False)
    if x < 0.92:
        return pick(
            r,
            lambda: "%d %s" % (d, MONTH_NAMES[m - 1]),
            lambda: "%s %s" % (MONTH_NAMES[m - 1], ordinal(d)),
            lambda: "the %s of %s" % (ordinal(d), MONTH_NAMES[m - 1]),
            lambda: "%d月%d日" % (m, d),
            lambda: "%02d.%02d" % (d, m),
        )
    return pick(
        r,
        lambda: "%02d/%02d/%02d" % (d, m, y % 100),
        lambda: "农历%s%s" % (r.choice(LUNAR_MONTHS), r.choice(LUNAR_DAYS)),
        lambda: fw_digits("%d年%d月%d日" % (y, m, d)),
    )


@slot("dob_phrase", "date_of_birth")
def _dob_phrase(r):
    v = _dob(r)
    return r.choice(["DOB: ", "D.O.B. ", "date of birth ", "born ", "born on ",
                     "b. ", "birthday: ", "д.р. ", "出生日期：", "DOB ",
                     "birth date - ", "Date of Birth: "]) + v


NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
             94: "ninety-four", 95: "ninety-five", 96: "ninety-six",
             97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "a hundred", 101: "a hundred and one", 102: "one hundred and two",
             103: "a hundred and three", 104: "one hundred and four"}


def _old_num(r):
    return r.choice([90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104])


@slot("age_old_adj", "age_over_89")
def _age_old_adj(r):
    a = _old_num(r)
    w = NUM_WORDS[a].replace("a hundred", "one-hundred").replace(" and ", "-and-").replace("one hundred", "one-hundred")
    return pick(r, lambda: "%d-year-old" % a, lambda: "%s-year-old" % w,
                lambda: "%d-year-young" % a, lambda: "%d year old" % a,
                lambda: "%d-yr-old" % a)


@slot("age_old", "age_over_89")
def _age_old(r):
    a = _old_num(r)
    w = NUM_WORDS[a]
    return pick(
        r,
        lambda: "aged %d" % a,
        lambda: "%d years old" % a,
        lambda: "%s years old" % w,
        lambda: "now %d" % a,
        lambda: "age %d" % a,
        lambda: "%d y/o" % a,
        lambda: "%d yrs" % a,
        lambda: "aged %s" % w,
        lambda: "%d this %s" % (a, r.choice(["spring", "winter", "summer", "autumn"])),
    )


@slot("age_old_appos", "age_over_89")
def _age_old_appos(r):
    a = _old_num(r)
    w = NUM_WORDS[a]
    return pick(
        r,
        lambda: "who turned %d %s" % (a, r.choice(["in March", "last spring", "this year", "at Tsagaan Sar", "last week", "during Ramadan"])),
        lambda: "who is %s" % w,
        lambda: "who celebrated her %s birthday on the ward" % ordinal(a),
        lambda: "who will be %d in %s" % (a, r.choice(MONTH_NAMES)),
        lambda: "who is %d and counting" % a,
        lambda: "%d and proud of it" % a,
    )


@slot("age_old_ru", "age_over_89")
def _age_old_ru(r):
    a = _old_num(r)
    return pick(r, lambda: ("%d лет" % a) if a % 10 in (0, 5, 6, 7, 8, 9) else ("%d года" % a),
                lambda: "%d-летняя" % a, lambda: "в возрасте %d лет" % a)


@slot("age_old_zh", "age_over_89")
def _age_old_zh(r):
    a = _old_num(r)
    cn = {90: "九十", 91: "九十一", 92: "九十二", 93: "九十三", 94: "九十四", 95: "九十五",
          96: "九十六", 97: "九十七", 98: "九十八", 99: "九十九", 100: "一百"}
    return pick(r, lambda: "%d岁" % a, lambda: "%s岁" % cn.get(a, str(a)), lambda: fw_digits("%d岁" % a))


# ---------------------------------------------------------------- phones
CN_MOBILE_PREFIX = ["130", "131", "135", "136", "138", "139", "150", "151",
                    "158", "159", "177", "180", "186", "188", "199", "133", "153"]


def cn_mobile(r):
    return r.choice(CN_MOBILE_PREFIX) + D(r, 8)


def phone_value(r):
    return pick(
        r,
        lambda: "+7 9%s %s-%s-%s" % (D(r, 2), D(r, 3), D(r, 2), D(r, 2)),
        lambda: "8 (9%s) %s-%s-%s" % (D(r, 2), D(r, 3), D(r, 2), D(r, 2)),
        lambda: "+7 70%s %s %s" % (r.choice("01257"), D(r, 3), D(r, 4)),
        lambda: "+7 (777) %s %s %s" % (D(r, 3), D(r, 2), D(r, 2)),
        lambda: "+998 9%s %s %s %s" % (r.choice("01345789"), D(r, 3), D(r, 2), D(r, 2)),
        lambda: "+996 %s %s" % (r.choice(["555", "700", "770", "505"]), D(r, 6)),
        lambda: "+992 9%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+976 %s%s %s" % (r.choice(["99", "88", "95", "91", "80"]), D(r, 2), D(r, 4)),
        lambda: "+976-%s-%s" % (r.choice(["9911", "8810", "9515", "8080"]), D(r, 4)),
        lambda: "+971 5%s %s %s" % (r.choice("0256"), D(r, 3), D(r, 4)),
        lambda: "+966 5%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+964 7%s %s %s" % (r.choice(["70", "50", "80"]), D(r, 3), D(r, 4)),
        lambda: "+98 91%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+66 8%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "08%s-%s-%s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+84 9%s %s %s" % (D(r, 2), D(r, 3), D(r, 3)),
        lambda: "+62 81%s-%s-%s" % (D(r, 1), D(r, 4), D(r, 4)),
        lambda: "+60 1%s-%s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+63 9%s %s %s" % (D(r, 2), D(r, 3), D(r, 4)),
        lambda: "+234 80%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+254 7%s %s" % (D(r, 2), D(r, 6)),
        lambda: "+251 9%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+233 2%s %s %s" % (D(r, 1), D(r, 3), D(r, 4)),
        lambda: "+49 15%s %s" % (D(r, 1), D(r, 8)),
        lambda: "+33 6 %s %s %s %s" % (D(r, 2), D(r, 2), D(r, 2), D(r, 2)),
        lambda: "+44 7%s %s" % (D(r, 3), D(r, 6)),
        lambda: "+39 3%s %s %s" % (D(r, 2), D(r, 3), D(r, 4)),
        lambda: "+1 (%s) %s-%s" % (NZ(r, 3), NZ(r, 3), D(r, 4)),
        lambda: "+1 %s-%s-%s" % (NZ(r, 3), NZ(r, 3), D(r, 4)),
        lambda: "+55 11 9%s-%s" % (D(r, 4), D(r, 4)),
        lambda: "+82 10-%s-%s" % (D(r, 4), D(r, 4)),
        lambda: "010-%s-%s" % (D(r, 4), D(r, 4)) if r.random() < 0.3 else "+82 10 %s %s" % (D(r, 4), D(r, 4)),
        lambda: "+81 90-%s-%s" % (D(r, 4), D(r, 4)),
        lambda: "+86 %s %s %s" % (r.choice(CN_MOBILE_PREFIX), D(r, 4), D(r, 4)),
        lambda: "%s-%s-%s" % (r.choice(CN_MOBILE_PREFIX), D(r, 4), D(r, 4)),
        lambda: cn_mobile(r),
        lambda: "+86 10 %s %s" % (NZ(r, 4), D(r, 4)),
        lambda: "010-%s %s" % (NZ(r, 4), D(r, 4)),
        lambda: "(010) %s-%s" % (NZ(r, 4), D(r, 4)),
        lambda: "+86-10-%s%s" % (NZ(r, 4), D(r, 4)),
        lambda: "00 86 %s" % cn_mobile(r),
        lambda: "+7-913-%s-%s-%s" % (D(r, 3), D(r, 2), D(r, 2)),
    )


@slot("phone", "phone_number")
def _phone(r):
    return phone_value(r)


@slot("phone_cn", "phone_number")
def _phone_cn(r):
    return pick(r, lambda: cn_mobile(r),
                lambda: "%s %s %s" % (r.choice(CN_MOBILE_PREFIX), D(r, 4), D(r, 4)),
                lambda: "+86 %s" % cn_mobile(r),
                lambda: "010-%s%s" % (NZ(r, 4), D(r, 4)),
                lambda: "+86 10 %s %s" % (NZ(r, 4), D(r, 4)))


@slot("phone_bj", "phone_number")
def _phone_bj(r):
    return pick(r, lambda: "+86 10 %s %s" % (NZ(r, 4), D(r, 4)),
                lambda: "(010) %s-%s" % (NZ(r, 4), D(r, 4)),
                lambda: "010-%s%s" % (NZ(r, 4), D(r, 4)),
                lambda: "+86-10-%s-%s" % (NZ(r, 4), D(r, 4)),
                lambda: "+8610 %s %s" % (NZ(r, 4), D(r, 4)),
                lambda: "010 %s %s ext. %d" % (NZ(r, 4), D(r, 4), r.randint(100, 899)))


@slot("phone_fw", "phone_number")
def _phone_fw(r):
    return fw_digits(pick(r, lambda: cn_mobile(r),
                          lambda: "+86 %s %s %s" % (r.choice(CN_MOBILE_PREFIX), D(r, 4), D(r, 4)),
                          lambda: "+7 9%s %s %s %s" % (D(r, 2), D(r, 3), D(r, 2), D(r, 2)),
                          lambda: "+976 %s %s" % (D(r, 4), D(r, 4))))


@slot("phone_spelled", "phone_number")
def _phone_spelled(r):
    v = pick(r, lambda: cn_mobile(r),
             lambda: "+7 9%s%s" % (D(r, 2), D(r, 7)),
             lambda: "+976 %s" % D(r, 8),
             lambda: "+971 5%s" % D(r, 8),
             lambda: "+66 8%s" % D(r, 8))
    words = spell_digits(v).split(" ")
    # "double" wording for repeated digits now and then
    out = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] == words[i + 1] and words[i] != "plus" and r.random() < 0.6:
            out.append("double " + words[i])
            i += 2
        else:
            out.append(words[i])
            i += 1
    sep = r.choice([" ", " ", "-", ", "])
    return sep.join(out)


@slot("phone_split", "phone_number")
def _phone_split(r):
    v = cn_mobile(r)
    return pick(
        r,
        lambda: "%s %s %s" % (v[:3], v[3:7], v[7:]),
        lambda: " ".join(v),
        lambda: "%s-%s-%s-%s" % (v[:3], v[3:5], v[5:8], v[8:]),
        lambda: "%s [space] %s" % (v[:6], v[6:]),
        lambda: "%s..%s..%s" % (v[:3], v[3:7], v[7:]),
        lambda: "%s / %s" % (v[:5], v[5:]),
    )


# ---------------------------------------------------------------- e-mail
MAIL_LOCAL = [
    "aigerim.nurlanova", "bat_erdene88", "m.alharbi", "family.okafor",
    "nguyenthu.ha", "dmitry1979", "hans.mueller", "kim.minjun", "yuki.sato",
    "wangli1985", "tanya-k", "help4timur", "oyuka.ts", "fatima.h92",
    "somchai.w", "kwame.mensah", "lena_hoffmann", "ana.paula.souza",
    "mama.aruzhan", "papa_of_sasha", "temuulen.be", "dilnoza_r", "j.carter",
    "emily.w.1990", "zhanar.k", "o.tkachenko", "reza.tehrani", "chinedu.o",
    "sofia.rossi", "nurlan_abenov", "a.diallo", "budi.santoso77",
    "gulnara_a", "khaliun.b", "camila.torres", "saif.zaabi", "lee.seoyeon",
    "ivana.h", "mariam.k", "xu.ruoxi", "tesfaye.b", "bolormaa_b",
]
MAIL_DOMAINS = [
    "mail.ru", "yandex.ru", "gmail.com", "yahoo.com", "outlook.com", "qq.com",
    "163.com", "naver.com", "hotmail.co.uk", "inbox.ru", "bk.ru", "list.ru",
    "mail.kz", "icloud.com", "hotmail.com", "yahoo.co.jp", "gmx.de",
    "web.de", "orange.fr", "libero.it", "uol.com.br", "126.com", "daum.net",
    "protonmail.com", "rambler.ru", "ymail.com", "live.com",
]


@slot("email", "email")
def _email(r):
    return "%s@%s" % (r.choice(MAIL_LOCAL), r.choice(MAIL_DOMAINS))


@slot("email_obf", "email")
def _email_obf(r):
    loc = r.choice(MAIL_LOCAL)
    dom = r.choice(MAIL_DOMAINS)
    parts = dom.split(".")
    return pick(
        r,
        lambda: "%s [at] %s" % (loc, " [dot] ".join(parts)),
        lambda: "%s (at) %s" % (loc, dom),
        lambda: "%s at %s dot %s" % (loc, parts[0], " dot ".join(parts[1:])),
        lambda: "%s＠%s" % (loc, dom),
        lambda: "%s @ %s" % (loc, dom),
        lambda: "%s{at}%s" % (loc, dom),
        lambda: "%s 艾特 %s" % (loc, dom),
        lambda: "%s собака %s" % (loc, dom),
        lambda: fullwidth("%s@%s" % (loc, dom)),
        lambda: "%s@ %s" % (loc, dom.replace(".", " . ")),
        lambda: "%s at %s" % (loc, dom),
    )


# ---------------------------------------------------------------- web
SLUGS = [
    "help-aruzhan-beat-leukemia", "save-little-timur", "bat-erdene-heart-surgery",
    "fatimas-fight", "proton-for-kofi", "oyuka-walks-again", "our-road-to-beijing",
    "baby-joy-needs-a-liver", "nastya-vs-neuroblastoma", "a-new-spine-for-dilnoza",
    "mama-and-misha-in-china", "tariq-cochlear-implant", "brave-linh",
    "khaliun-transplant-fund", "one-more-cycle-for-ilya", "lena-and-the-dragon",
    "chemo-diaries-almaty", "nomin-heart-journey", "help-ahmad-see-again",
    "little-hope-from-accra", "zarina-ivf-story", "daulet-bmt-2023",
]


@slot("web", "web_address")
def _web(r):
    s = r.choice(SLUGS)
    return pick(
        r,
        lambda: "https://www.gofundme.com/f/%s" % s,
        lambda: "gofundme.com/f/%s" % s,
        lambda: "https://%s.blogspot.com" % s.replace("-", ""),
        lambda: "www.%s.wordpress.com" % s.replace("-", ""),
        lambda: "https://sites.google.com/view/%s" % s,
        lambda: "%s.livejournal.com" % s.replace("-", "")[:18],
        lambda: "www.%s.net" % s,
        lambda: "https://www.justgiving.com/crowdfunding/%s" % s,
        lambda: "https://www.leetchi.com/c/%s" % s,
        lambda: "https://kitabisa.com/campaign/%s" % s.replace("-", ""),
        lambda: "https://www.ketto.org/fundraiser/%s-%s" % (s, D(r, 6)),
        lambda: "milaap.org/fundraisers/support-%s" % s,
        lambda: "https://www.vakinha.com.br/vaquinha/%s" % s,
        lambda: "http://%s.ru" % s.replace("-", "")[:16],
        lambda: "https://www.betterplace.me/%s" % s,
        lambda: "https://dzen.ru/%s" % s.replace("-", "_"),
        lambda: "https://m.qschou.com/project/index/%s-%s" % (D(r, 4), AN(r, 8, "abcdef0123456789")),
        lambda: "www.%s.kz" % s.replace("-", "")[:15],
        lambda: "https://%s.mn" % s.replace("-", "")[:14],
    )


# ---------------------------------------------------------------- IP
IP_FIRST = [5, 31, 37, 46, 62, 77, 79, 82, 85, 87, 91, 95, 103, 109, 111, 113,
            117, 124, 178, 182, 185, 188, 195, 197, 202, 203, 213, 223, 36, 41, 49]


@slot("ip", "ip_address")
def _ip(r):
    if r.random() < 0.82:
        return "%d.%d.%d.%d" % (r.choice(IP_FIRST), r.randint(0, 255),
                                r.randint(0, 255), r.randint(1, 254))
    h = lambda: "%x" % r.randint(1, 0xffff)
    return pick(
        r,
        lambda: "2a02:6b8:%s:%s::%s" % (h(), h(), h()),
        lambda: "2001:ee0:%s:%s:%s:%s:%s:%s" % (h(), h(), h(), h(), h(), h()),
        lambda: "240e:3a1:%s:%s::%s" % (h(), h(), h()),
        lambda: "2404:6800:%s::%s" % (h(), h()),
    )


# ---------------------------------------------------------------- social
HANDLE_BASE = [
    "aigerim", "bat", "timur", "oyuka", "fatima", "nguyenlan", "somchai", "kofi",
    "lena", "dima", "misha", "aruzhan", "mama", "papa", "khaliun", "zhanar",
    "reza", "amina", "sofia", "dilya", "bolor", "nomin", "tesfa", "ngozi",
    "yusuf", "kamila", "gulya", "sasha", "beks", "nurik", "ainur", "tuya",
]
HANDLE_SUFFIX = ["_88", "2019", ".mgl", "_kz", "_family", ".care", "_strong",
                 "mama", "_bj", "07", "_official", ".journey", "_uz", "1990",
                 "_fight", "x", ".life", "_home", "_22", "kin"]


def handle(r):
    return r.choice(HANDLE_BASE) + r.choice(HANDLE_SUFFIX) + r.choice(["", "", "", D(r, 2)])


@slot("social", "social_account")
def _social(r):
    hd = handle(r)
    return pick(
        r,
        lambda: "WeChat ID: %s" % hd,
        lambda: "wxid_%s" % AN(r, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
        lambda: "QQ %s" % NZ(r, r.choice([9, 10])),
        lambda: "@%s" % hd,
        lambda: "instagram.com/%s" % hd,
        lambda: "https://www.instagram.com/%s/" % hd,
        lambda: "t.me/%s" % hd.replace(".", "_"),
        lambda: "vk.com/%s" % hd.replace(".", "_"),
        lambda: "vk.com/id%s" % NZ(r, 9),
        lambda: "facebook.com/%s" % hd,
        lambda: "LINE ID %s" % hd,
        lambda: "KakaoTalk ID %s" % hd,
        lambda: "tiktok.com/@%s" % hd,
        lambda: "weibo.com/u/%s" % NZ(r, 10),
        lambda: "ok.ru/profile/%s" % NZ(r, 12),
        lambda: "Telegram @%s" % hd.replace(".", "_"),
        lambda: "微信号 %s" % hd,
        lambda: "Douyin %s" % NZ(r, 11),
        lambda: "x.com/%s" % hd.replace(".", "_"),
    )


@slot("handle", "social_account")
def _handle(r):
    return pick(r, lambda: handle(r), lambda: "@" + handle(r),
                lambda: "wxid_" + AN(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"),
                lambda: handle(r).replace(".", "_"))


@slot("qq", "social_account")
def _qq(r):
    return NZ(r, r.choice([8, 9, 10]))


# ---------------------------------------------------------------- addresses
def addr_parts(r):
    """returns (street_with_number, locality_text, postcode_text)"""
    c = r.randrange(22)
    if c == 0:
        return ("ul. %s, d. %d, kv. %d" % (r.choice(["Tverskaya", "Profsoyuznaya", "Lenina", "Sadovaya", "Mira", "Gagarina"]), r.randint(1, 180), r.randint(1, 320)),
                r.choice(["Moscow", "Novosibirsk", "Irkutsk", "Kazan"]), "%d" % r.randint(101000, 690999))
    if c == 1:
        return ("ул. %s, д. %d, кв. %d" % (r.choice(["Ленина", "Абая", "Мира", "Пушкина", "Советская"]), r.randint(1, 99), r.randint(1, 140)),
                r.choice(["Новосибирск", "Алматы", "Иркутск", "Чита"]), "%d" % r.randint(101000, 690999))
    if c == 2:
        return ("%s Avenue %d, apt %d" % (r.choice(["Abai", "Dostyk", "Al-Farabi", "Raiymbek", "Seifullin"]), r.randint(1, 260), r.randint(1, 200)),
                r.choice(["Almaty", "Astana"]), "0%d" % r.randint(50000, 50099))
    if c == 3:
        return ("mkr. Samal-%d, bld %d, flat %d" % (r.randint(1, 3), r.randint(1, 99), r.randint(1, 120)),
                "Almaty", "A%02dK%dY%d" % (r.randint(1, 35), r.randint(0, 9), r.randint(0, 9)))
    if c == 4:
        return ("%s ko'chasi %d, kv. %d" % (r.choice(["Amir Temur", "Navoi", "Mustaqillik", "Bobur"]), r.randint(1, 150), r.randint(1, 90)),
                "Tashkent", "100%03d" % r.randint(0, 199))
    if c == 5:
        return ("Peace Avenue %d, apartment %d, %d khoroo" % (r.randint(1, 80), r.randint(1, 99), r.randint(1, 20)),
                "Ulaanbaatar", "1%d%d00" % (r.randint(3, 8), r.randint(0, 9)))
    if c == 6:
        return ("building %d, door %d, %dth khoroo, %s district" % (r.randint(1, 90), r.randint(1, 120), r.randint(4, 19), r.choice(["Bayanzurkh", "Sukhbaatar", "Khan-Uul", "Songinokhairkhan"])),
                "Ulaanbaatar", "1%d%d00" % (r.randint(3, 8), r.randint(0, 9)))
    if c == 7:
        return ("Villa %d, Street %d, %s" % (r.randint(1, 90), r.randint(1, 40), r.choice(["Al Barsha 2", "Jumeirah 3", "Al Warqa 1", "Mirdif"])),
                "Dubai", "")
    if c == 8:
        return ("Building %d, %s Street, flat %d" % (r.randint(1, 40), r.choice(["Al Olaya", "Tahlia", "Prince Sultan", "King Fahd"]), r.randint(1, 30)),
                "Riyadh", "%d" % r.randint(11000, 14999))
    if c == 9:
        return ("%d/%d Soi Sukhumvit %d" % (r.randint(1, 199), r.randint(1, 40), r.randint(1, 71)),
                "Khlong Toei, Bangkok", "%d" % r.choice([10110, 10120, 10260, 10310, 10400]))
    if c == 10:
        return ("%d Ngõ %d %s" % (r.randint(1, 90), r.randint(1, 300), r.choice(["Nguyễn Trãi", "Kim Mã", "Láng Hạ", "Trần Duy Hưng"])),
                "Hà Nội", "1%d0000" % r.randint(0, 4))
    if c == 11:
        return ("Jl. %s No. %d, RT %02d/RW %02d" % (r.choice(["Melati", "Kenanga", "Mawar", "Cempaka Putih"]), r.randint(1, 120), r.randint(1, 12), r.randint(1, 10)),
                "Jakarta Selatan", "1%d%d%d0" % (r.randint(2, 4), r.randint(0, 9), r.randint(0, 9)))
    if c == 12:
        return ("Unit %d, %d %s" % (r.randint(101, 3505), r.randint(1, 999), r.choice(["Ayala Avenue", "Roxas Boulevard", "Shaw Boulevard"])),
                "Makati", "1%d%d%d" % (r.randint(2, 3), r.randint(0, 9), r.randint(0, 9)))
    if c == 13:
        return ("%d %s" % (r.randint(1, 60), r.choice(["Adeola Odeku Street", "Awolowo Road", "Admiralty Way", "Ngong Road", "Oxford Road"])),
                r.choice(["Victoria Island, Lagos", "Ikoyi, Lagos", "Kilimani, Nairobi", "Rosebank, Johannesburg"]), "")
    if c == 14:
        return ("%s %d" % (r.choice(["Hauptstraße", "Lindenallee", "Schillerstraße", "Bahnhofstraße"]), r.randint(1, 140)),
                r.choice(["Berlin", "Köln", "München", "Leipzig"]), "%05d" % r.randint(10115, 99999))
    if c == 15:
        return ("%d rue %s" % (r.randint(1, 120), r.choice(["de la Paix", "Lafayette", "des Lilas", "Oberkampf", "Victor Hugo"])),
                r.choice(["Paris", "Lyon", "Lille"]), "%05d" % r.choice([75011, 75015, 69003, 59000, 75018]))
    if c == 16:
        return ("%d %s, Apt %d%s" % (r.randint(10, 9999), r.choice(["Maple Avenue", "Elm Street", "Sunset Boulevard", "Cedar Lane", "Queen Street West"]), r.randint(1, 30), r.choice("ABCDEF")),
                r.choice(["Boston, MA", "Toronto, ON", "Seattle, WA", "Houston, TX"]),
                r.choice(["%05d" % r.randint(10001, 98999), "%05d-%04d" % (r.randint(10001, 98999), r.randint(0, 9999)), "M5V %d%s%d" % (r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9))]))
    if c == 17:
        return ("Rua %s %d, ap. %d" % (r.choice(["Augusta", "das Flores", "Oscar Freire", "Haddock Lobo"]), r.randint(10, 2500), r.randint(11, 190)),
                "São Paulo", "0%d-%03d" % (r.randint(1000, 5999), r.randint(0, 999)))
    if c == 18:
        return ("%s-ro %d-gil %d, #%d" % (r.choice(["Teheran", "Dosan-daero", "Hannam", "Itaewon"]), r.randint(1, 60), r.randint(1, 40), r.randint(101, 1504)),
                "Seoul", "0%d" % r.randint(4000, 6999))
    if c == 19:
        return ("%d-%d-%d %s" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae", "Nishi-Shinjuku", "Minami-Aoyama", "Umeda"])),
                r.choice(["Shibuya-ku, Tokyo", "Shinjuku-ku, Tokyo", "Kita-ku, Osaka"]), "%03d-%04d" % (r.randint(100, 599), r.randint(0, 9999)))
    if c == 20:
        return ("No. %d %s, Building %d, Unit %d, Room %d" % (r.randint(1, 200), r.choice(["Dongsanhuan Middle Road", "Jianguo Road", "Wangjing West Road", "Xueyuan Road", "Chaoyang North Road"]), r.randint(1, 20), r.randint(1, 6), r.randint(101, 2808)),
                r.choice(["Chaoyang District, Beijing", "Haidian District, Beijing", "Beijing"]), "100%03d" % r.randint(0, 199))
    return ("%s区%s%d号%d号楼%d单元%d室" % (r.choice(["朝阳", "海淀", "东城", "丰台"]), r.choice(["建国路", "望京西路", "学院路", "安立路"]), r.randint(1, 200), r.randint(1, 20), r.randint(1, 6), r.randint(101, 2808)),
            "北京市", "100%03d" % r.randint(0, 199))


@slot("street", "street_address")
def _street(r):
    st, loc, pc = addr_parts(r)
    return pick(r, lambda: st, lambda: "%s, %s" % (st, loc))


@slot("addr_pc", "street_address", "postal_code")
def _addr_pc(r):
    while True:
        st, loc, pc = addr_parts(r)
        if pc:
            break
    return pick(r, lambda: "%s, %s %s" % (st, loc, pc),
                lambda: "%s, %s, %s" % (st, pc, loc),
                lambda: "%s, %s, postcode %s" % (st, loc, pc),
                lambda: "%s, %s (%s)" % (st, loc, pc))


@slot("postcode", "postal_code")
def _postcode(r):
    while True:
        st, loc, pc = addr_parts(r)
        if pc:
            return pc


@slot("postcode_lab", "postal_code")
def _postcode_lab(r):
    return pick(
        r,
        lambda: "индекс %d" % r.randint(101000, 690999),
        lambda: "postcode %d" % r.randint(101000, 690999),
        lambda: "邮编 100%03d" % r.randint(0, 199),
        lambda: "postal code 100%03d" % r.randint(0, 199),
        lambda: "postcode 0%d" % r.randint(50000, 50099),
        lambda: "post code 1%d%d00" % (r.randint(3, 8), r.randint(0, 9)),
        lambda: "ZIP %05d" % r.randint(10001, 98999),
        lambda: "ZIP+4 %05d-%04d" % (r.randint(10001, 98999), r.randint(1, 9999)),
        lambda: "PLZ %05d" % r.randint(10115, 99999),
        lambda: "code postal %05d" % r.choice([75011, 75015, 69003, 59000, 13008]),
        lambda: "CEP 0%d-%03d" % (r.randint(1000, 5999), r.randint(0, 999)),
        lambda: "〒%03d-%04d" % (r.randint(100, 599), r.randint(0, 9999)),
        lambda: "postcode %s%d%s %d%s" % (r.choice(["SW", "EC", "M", "B", "LS", "N"]), r.randint(1, 20), r.choice(["", "A", ""]), r.randint(1, 9), L(r, 2, "ABDEFGHJLNPQRSTUWXYZ")),
        lambda: "postal code %s%d%s %d%s%d" % (r.choice("KLMNHT"), r.randint(1, 9), r.choice("ABCEGHJ"), r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(1, 9)),
        lambda: "Thai postcode %d" % r.choice([10110, 10120, 10260, 10310, 10400, 50200]),
        lambda: "Tashkent index 100%03d" % r.randint(0, 199),
    )


# ---------------------------------------------------------------- geo
GEO_CENTRES = [(39.90, 116.40), (47.92, 106.92), (43.24, 76.89), (41.31, 69.24),
               (42.87, 74.59), (55.75, 37.62), (25.20, 55.27), (13.75, 100.50),
               (21.03, 105.85), (6.52, 3.38), (-1.29, 36.82), (51.17, 71.45),
               (52.29, 104.30), (38.56, 68.78), (24.71, 46.68), (48.86, 2.35),
               (40.00, 116.33), (39.93, 116.45), (49.64, 100.16), (46.10, 108.60)]


def _dms(v, pos, neg):
    h = pos if v >= 0 else neg
    v = abs(v)
    d = int(v)
    mf = (v - d) * 60
    m = int(mf)
    s = (mf - m) * 60
    return "%d°%02d'%04.1f\"%s" % (d, m, s, h)


@slot("geo", "geolocation")
def _geo(r):
    la0, lo0 = r.choice(GEO_CENTRES)
    la = la0 + r.uniform(-0.3, 0.3)
    lo = lo0 + r.uniform(-0.3, 0.3)
    return pick(
        r,
        lambda: "%.4f, %.4f" % (la, lo),
        lambda: "%.6f,%.6f" % (la, lo),
        lambda: "%.4f° %s, %.4f° %s" % (abs(la), "N" if la >= 0 else "S", abs(lo), "E" if lo >= 0 else "W"),
        lambda: "%s %s" % (_dms(la, "N", "S"), _dms(lo, "E", "W")),
        lambda: "lat %.5f, long %.5f" % (la, lo),
        lambda: "GPS %.5f %.5f" % (la, lo),
        lambda: "%s+%s" % (AN(r, 4, "23456789CFGHJMPQRVWX"), AN(r, 2, "23456789CFGHJMPQRVWX")) + " " + r.choice(["Chaoyang", "Ulaanbaatar", "Almaty", "Tashkent"]),
        lambda: "8%s%s+%s" % (AN(r, 3, "23456789CFGHJMPQRVWX"), AN(r, 4, "23456789CFGHJMPQRVWX"), AN(r, 2, "23456789CFGHJMPQRVWX")),
        lambda: "N%.5f E%.5f" % (la, lo),
    )


# ---------------------------------------------------------------- passports
@slot("passport", "passport_number")
def _passport(r):
    return pick(
        r,
        lambda: "7%d %s" % (r.randint(0, 9), D(r, 7)),
        lambda: "E%s" % D(r, 8),
        lambda: "E%s%s" % (L(r, 1), D(r, 7)),
        lambda: "N%s" % D(r, 8),
        lambda: "FA%s" % D(r, 7),
        lambda: "AC%s" % D(r, 7),
        lambda: "E%s" % D(r, 7),
        lambda: "M%s" % D(r, 8),
        lambda: "TK%s" % D(r, 7),
        lambda: NZ(r, 9),
        lambda: "%s%s%s" % (r.choice("CFGHJK"), AN(r, 4, "0123456789CFGHJKLMNPRTVWXYZ"), AN(r, 4, "0123456789CFGHJKLMNPRTVWXYZ")),
        lambda: "%02d%s%s" % (r.randint(10, 24), L(r, 2), D(r, 5)),
        lambda: "A%s" % D(r, 8),
        lambda: "AA%s" % D(r, 7),
        lambda: "C%s" % D(r, 7),
        lambda: "U%s" % D(r, 8),
        lambda: "P%s" % D(r, 7),
        lambda: "YA%s" % D(r, 7),
    )


@slot("passport_lab", "passport_number")
def _passport_lab(r):
    pairs = [("Russian passport", lambda: "7%d %s" % (r.randint(0, 9), D(r, 7))),
             ("Kazakh passport", lambda: "N%s" % D(r, 8)),
             ("Uzbek passport", lambda: "FA%s" % D(r, 7)),
             ("Kyrgyz passport", lambda: "AC%s" % D(r, 7)),
             ("Mongolian passport", lambda: "E%s" % D(r, 7)),
             ("Chinese passport", lambda: "E%s" % D(r, 8)),
             ("Korean passport", lambda: "M%s" % D(r, 8)),
             ("Japanese passport", lambda: "TK%s" % D(r, 7)),
             ("US passport", lambda: NZ(r, 9)),
             ("Nigerian passport", lambda: "A%s" % D(r, 8)),
             ("Thai passport", lambda: "AA%s" % D(r, 7)),
             ("Vietnamese passport", lambda: "C%s" % D(r, 7)),
             ("Turkish passport", lambda: "U%s" % D(r, 8)),
             ("French passport", lambda: "%02d%s%s" % (r.randint(10, 24), L(r, 2), D(r, 5))),
             ("passport", lambda: "P%s" % D(r, 7)),
             ("загранпаспорт", lambda: "7%d %s" % (r.randint(0, 9), D(r, 7))),
             ("护照号", lambda: "E%s" % D(r, 8))]
    lab, fn = r.choice(pairs)
    return "%s %s" % (lab, fn()) + r.choice(["", "", " (expires %d)" % r.randint(2025, 2034)])


# ---------------------------------------------------------------- national IDs
def _yymmdd(r):
    return "%02d%02d%02d" % (r.randint(0, 99), r.randint(1, 12), r.randint(1, 28))


@slot("natid", "national_id")
def _natid(r):
    return pick(
        r,
        lambda: "IIN %s%s" % (_yymmdd(r), D(r, 6)),
        lambda: "ИИН %s%s" % (_yymmdd(r), D(r, 6)),
        lambda: "PINFL %s" % NZ(r, 14),
        lambda: "personal number (PIN) %s" % NZ(r, 14),
        lambda: "SNILS %s-%s-%s %s" % (D(r, 3), D(r, 3), D(r, 3), D(r, 2)),
        lambda: "INN %s" % NZ(r, 12),
        lambda: "register number %s%s" % (r.choice(["УБ", "ДА", "ТА", "ЧБ", "ОЮ"]), _yymmdd(r) + D(r, 2)),
        lambda: "Emirates ID 784-%d-%s-%d" % (r.randint(1950, 2015), D(r, 7), r.randint(0, 9)),
        lambda: "Thai ID %d-%s-%s-%s-%d" % (r.randint(1, 8), D(r, 4), D(r, 5), D(r, 2), r.randint(0, 9)),
        lambda: "RRN %s-%d%s" % (_yymmdd(r), r.randint(1, 4), D(r, 6)),
        lambda: "NIK %s" % NZ(r, 16),
        lambda: "NIN %s" % NZ(r, 11),
        lambda: "SSN %03d-%02d-%04d" % (r.randint(101, 665), r.randint(1, 99), r.randint(1, 9999)),
        lambda: "numéro de sécurité sociale %d %s %s %s %s %s %s" % (r.randint(1, 2), D(r, 2), "%02d" % r.randint(1, 12), D(r, 2), D(r, 3), D(r, 3), D(r, 2)),
        lambda: "Iranian national code %s-%s-%s" % (D(r, 3), D(r, 6), D(r, 1)),
        lambda: "Egyptian national ID %d%s%s" % (r.choice([2, 3]), _yymmdd(r), D(r, 7)),
        lambda: "MyKad %s-%02d-%s" % (_yymmdd(r), r.randint(1, 16), D(r, 4)),
        lambda: "CCCD %s" % ("0" + D(r, 11)),
        lambda: "My Number %s %s %s" % (D(r, 4), D(r, 4), D(r, 4)),
        lambda: "Saudi ID %s" % ("1" + D(r, 9)),
        lambda: "T.C. Kimlik No %s" % NZ(r, 11),
        lambda: "codice fiscale %s%s%s%s%s%s" % (L(r, 6, "BCDFGLMNPRSTVZ"), D(r, 2), r.choice("ABCDEHLMPRST"), D(r, 2), r.choice("ABCDEFGHL") + D(r, 3), L(r, 1)),
        lambda: "DNI %s%s" % (D(r, 8), L(r, 1, "TRWAGMYFPDXBNJZSQVHLCKE")),
        lambda: "PhilSys %s-%s-%s-%s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "CPF %s.%s.%s-%s" % (D(r, 3), D(r, 3), D(r, 3), D(r, 2)),
        lambda: "Kenyan ID %s" % NZ(r, 8),
        lambda: "Ghana Card GHA-%s-%d" % (D(r, 9), r.randint(0, 9)),
        lambda: "Ethiopian Fayda %s" % NZ(r, 12),
        lambda: "BSN %s" % NZ(r, 9),
        lambda: "PESEL %s%s" % (_yymmdd(r), D(r, 5)),
    )


@slot("natid_num", "national_id")
def _natid_num(r):
    return pick(r, lambda: "%s%s" % (_yymmdd(r), D(r, 6)),
                lambda: NZ(r, 14),
                lambda: "%s-%s-%s %s" % (D(r, 3), D(r, 3), D(r, 3), D(r, 2)),
                lambda: "784-%d-%s-%d" % (r.randint(1950, 2015), D(r, 7), r.randint(0, 9)),
                lambda: "%s-%d%s" % (_yymmdd(r), r.randint(1, 4), D(r, 6)),
                lambda: "%d-%s-%s-%s-%d" % (r.randint(1, 8), D(r, 4), D(r, 5), D(r, 2), r.randint(0, 9)))


# ---------------------------------------------------------------- Chinese resident ID
CN_REGION = ["110101", "110105", "110108", "150102", "150203", "650102",
             "230103", "310115", "440106", "510107", "210102", "130102",
             "152502", "620102", "370202", "532901", "222401", "654002"]
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cn_resident(r, valid=None):
    y = r.randint(1935, 2022)
    body = "%s%d%02d%02d%s" % (r.choice(CN_REGION), y, r.randint(1, 12),
                               r.randint(1, 28), D(r, 3))
    chk = CN_C[sum(int(a) * w for a, w in zip(body, CN_W)) % 11]
    if valid is None:
        valid = r.random() < 0.75
    if not valid:
        chk = r.choice([c for c in CN_C if c != chk])
    return body + chk


@slot("cnid", "resident_id")
def _cnid(r):
    v = cn_resident(r)
    return pick(
        r,
        lambda: v,
        lambda: v,
        lambda: v.lower(),
        lambda: "%s %s %s" % (v[:6], v[6:14], v[14:]),
        lambda: "%s-%s-%s" % (v[:6], v[6:14], v[14:]),
        lambda: "%s %s %s %s %s" % (v[:3], v[3:6], v[6:10], v[10:14], v[14:]),
    )


@slot("cnid_hard", "resident_id")
def _cnid_hard(r):
    v = cn_resident(r)
    return pick(
        r,
        lambda: fullwidth(v),
        lambda: fw_digits(v[:10]) + v[10:],
        lambda: " ".join(v),
        lambda: "%s / %s / %s" % (v[:6], v[6:14], v[14:]),
        lambda: v[:-1] + v[-1].lower() if v[-1] == "X" else "%s.%s.%s" % (v[:6], v[6:14], v[14:]),
        lambda: "%s（%s）" % (v[:17], v[17]),
    )


# ---------------------------------------------------------------- hospital numbers
@slot("mrn", "medical_record_number")
def _mrn(r):
    return pick(
        r,
        lambda: D(r, 8),
        lambda: "BJ-%s-%d-%s" % (r.choice(["IM", "PED", "ONC", "CAR", "IMS"]), r.randint(2016, 2024), D(r, 6)),
        lambda: "ZY%d%02d%s" % (r.randint(2016, 2024), r.randint(1, 12), D(r, 4)),
        lambda: "P%d%02d%02d-%s" % (r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28), D(r, 4)),
        lambda: "H%s" % D(r, 7),
        lambda: "IMS-%s" % D(r, 7),
        lambda: "%s-%s-%s" % (D(r, 2), D(r, 2), D(r, 4)),
        lambda: "MZ%s" % D(r, 9),
        lambda: "000%s" % D(r, 7),
        lambda: "%s/%d" % (D(r, 6), r.randint(2017, 2024) % 100),
    )


@slot("mrn_lab", "medical_record_number")
def _mrn_lab(r):
    return r.choice(["MRN ", "MRN: ", "medical record no. ", "病案号 ", "patient ID ",
                     "hospital number ", "inpatient no. ", "chart number ", "住院号：",
                     "record # ", "outpatient ID ", "EMR no. ", "история болезни № "]) + _mrn(r)


INSURERS = ["Allianz Care", "Cigna Global", "Bupa Global", "AXA", "GeoBlue",
            "Now Health", "MSH China", "William Russell", "Henner", "April International",
            "Pacific Cross", "Ingosstrakh", "RESO-Garantia", "SOGAZ", "Daman",
            "Tawuniya", "NHIF", "Blue Cross", "Ping An Health", "Generali",
            "AIA", "Prudential", "Sompo", "Samsung Fire", "Mongol Daatgal"]
pool("insurer", INSURERS)


def hplan_num(r):
    return pick(
        r,
        lambda: "%s-%s" % (D(r, 7), D(r, 2)),
        lambda: "U%s" % D(r, 7),
        lambda: "%s %s %s %s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "%s" % NZ(r, 9),
        lambda: "MSH-%s-%s" % (D(r, 6), L(r, 2)),
        lambda: "%s%s" % (L(r, 3), D(r, 9)),
        lambda: "POL/%d/%s" % (r.randint(2018, 2024), D(r, 6)),
        lambda: "GB%s" % D(r, 8),
        lambda: "%s-%s-%s" % (L(r, 2), D(r, 6), D(r, 3)),
    )


@slot("hplan", "health_plan_number")
def _hplan(r):
    return "%s %s %s" % (r.choice(INSURERS), r.choice(["member ID", "policy no.", "policy number", "card no.", "membership number", "certificate no.", "insured ID"]), hplan_num(r))


@slot("hplan_num", "health_plan_number")
def _hplan_num(r):
    return hplan_num(r)


@slot("hplan_misc", "health_plan_number")
def _hplan_misc(r):
    return pick(
        r,
        lambda: "OMS policy %s %s %s %s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "полис ОМС %s" % D(r, 16),
        lambda: "DMS policy %s-%s" % (D(r, 3), D(r, 7)),
        lambda: "医保卡号 %s" % (L(r, 1) + D(r, 8)),
        lambda: "social insurance card %s" % NZ(r, 9),
        lambda: "NHIF member no. %s" % D(r, 8),
        lambda: "PhilHealth %s-%s-%s" % (D(r, 2), D(r, 9), D(r, 1)),
        lambda: "Medicare %s %s %s" % (D(r, 4), D(r, 5), D(r, 1)),
        lambda: "BPJS card %s" % D(r, 13),
        lambda: "NHSO card %s" % D(r, 10),
    )


# ---------------------------------------------------------------- money accounts
@slot("account", "account_number")
def _account(r):
    return pick(
        r,
        lambda: "DE%s %s %s %s %s %s" % (D(r, 2), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 2)),
        lambda: "KZ%s %sK %s %s %s" % (D(r, 2), D(r, 3), AN(r, 4), AN(r, 4), D(r, 4)),
        lambda: "AE%s %s %s %s %s %s" % (D(r, 2), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 3)),
        lambda: "GB%s %s %s %s %s" % (D(r, 2), L(r, 4), D(r, 4), D(r, 4), D(r, 2)),
        lambda: "FR76 %s %s %s %s %s %s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 3)),
        lambda: "SA%s %s %s %s %s %s" % (D(r, 2), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "408178%s" % D(r, 14),
        lambda: "4276 %s %s %s" % (D(r, 4), D(r, 4), D(r, 4)),
        lambda: "6222 %s %s %s %s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 3)),
        lambda: "62%s" % D(r, 17),
        lambda: "5%s %s %s %s" % (D(r, 3), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "account %s" % D(r, 10),
        lambda: "acct no. %s-%s-%s" % (D(r, 3), D(r, 6), D(r, 2)),
        lambda: "5%s" % D(r, 9),
        lambda: "IBAN TR%s %s %s %s %s %s %s" % (D(r, 2), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 4), D(r, 2)),
        lambda: "%s %s %s %s" % (D(r, 4), D(r, 4), D(r, 4), D(r, 4)),
        lambda: "UZ acct 2020 8000 %s %s %s" % (D(r, 4), D(r, 4), D(r, 4)),
        lambda: "routing 0%s, account %s" % (D(r, 8), D(r, 10)),
    )


# ---------------------------------------------------------------- clinician licences
LIC_CN = ["Wang Hui", "Zhang Jianhua", "Liu Xiaoming", "Chen Lei", "Zhao Ying",
          "Huang Qiang", "Zhou Fang", "Gao Haiyan", "Lin Wenjie", "Guo Yuxin",
          "Ma Bo", "Xu Ning", "Tang Rui", "Song Shuang", "Han Tao", "Feng Li",
          "Deng Jie", "Cao Min", "Peng Yu", "Shen Yue"]


@slot("licence", "licence_number", "person_name")
def _licence(r):
    nm = r.choice(LIC_CN)
    t = r.choice(["Dr.", "Dr", "Professor", "Chief Physician", "Associate Professor", "Nurse", "Attending Physician"])
    num = pick(r, lambda: "1101%s" % D(r, 11), lambda: "2%d1101%s" % (r.randint(0, 2), D(r, 7)),
               lambda: "%d11%s" % (r.randint(2008, 2023), D(r, 8)),
               lambda: "11%s" % D(r, 13))
    return pick(
        r,
        lambda: "%s %s (practising licence no. %s)" % (t, nm, num),
        lambda: "%s %s, licence %s" % (t, nm, num),
        lambda: "%s %s — Physician Practising Certificate %s" % (t, nm, num),
        lambda: "%s (执业证书编码 %s)" % (nm, num),
        lambda: "%s %s, reg. no. %s" % (t, nm, num),
        lambda: "%s %s [licence #%s]" % (t, nm, num),
        lambda: "Dr. %s, GMC number %s" % (r.choice(["Oliver Bennett", "Siobhan O'Brien", "Priya Raman"]), D(r, 7)),
        lambda: "Dr. %s, Approbation Nr. %s/%s" % (r.choice(["Hans Müller", "Lena Hoffmann"]), D(r, 5), D(r, 2)),
        lambda: "Dr. %s, MDCN folio %s" % (r.choice(["Chinedu Okafor", "Ngozi Adeyemi"]), D(r, 5)),
        lambda: "Dr. %s, medical licence %s" % (r.choice(["Batbayar Dorj", "Enkhjargal Tsend"]), "MN-" + D(r, 6)),
        lambda: "nurse %s, nurse licence %s" % (nm, "2%s" % D(r, 11)),
    )


# ---------------------------------------------------------------- vehicles
@slot("vehicle", "vehicle_identifier")
def _vehicle(r):
    ru = "АВЕКМНОРСТУХ"
    lat = "ABEKMHOPCTYX"
    vin_a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(
        r,
        lambda: "京%s·%s" % (r.choice("ABCEFGHJKLMNPQ"), D(r, 5)),
        lambda: "京%s %s" % (r.choice("ABCEFGHJKLMNPQ"), AN(r, 5)),
        lambda: "京AD%s" % D(r, 5),
        lambda: "%s%s %s%s" % (L(r, 1, ru), D(r, 3), L(r, 2, ru), r.choice(["77", "177", "54", "38", "750", "25"])),
        lambda: "%s %s %s %s" % (L(r, 1, lat), D(r, 3), L(r, 2, lat), r.choice(["77", "197", "03", "124"])),
        lambda: "%s %s %s" % (D(r, 3), L(r, 3, "ABCDEFHKLMNOPSTXYZ"), r.choice(["02", "01", "17", "05"])),
        lambda: "01 %s %s %s" % (L(r, 1), D(r, 3), L(r, 2)),
        lambda: "%s %s" % (D(r, 4), r.choice(["УБА", "УНА", "УБЕ", "ДАЕ", "ОРХ"])),
        lambda: "%s %s %s" % (r.choice(["กข", "ฌก", "3กท", "1ขค"]), D(r, 4), r.choice(["กรุงเทพมหานคร", "เชียงใหม่"])),
        lambda: "B %s %s" % (D(r, 4), L(r, 3)),
        lambda: "Dubai %s %s" % (L(r, 1), D(r, 5)),
        lambda: "%s%s %s" % (L(r, 2), D(r, 2), L(r, 3)),
        lambda: "B-%s %s" % (L(r, 2), NZ(r, 4)),
        lambda: "%d%s%s" % (r.randint(1, 9), L(r, 3), D(r, 3)),
        lambda: "%s가 %s" % (D(r, 2), D(r, 4)),
        lambda: "VIN " + "".join(r.choice(vin_a) for _ in range(17)),
        lambda: r.choice(["WDB", "JTD", "LSV", "WVW", "KMH", "XTA", "LFV", "1HG"]) + "".join(r.choice(vin_a) for _ in range(14)),
        lambda: "KAA %s%s" % (D(r, 3), L(r, 1)),
        lambda: "LND %s %s" % (D(r, 3), L(r, 2)),
    )


# ---------------------------------------------------------------- devices
@slot("device", "device_identifier")
def _device(r):
    return pick(
        r,
        lambda: "pacemaker serial %s%s%s" % (L(r, 3), D(r, 6), L(r, 1)),
        lambda: "SN: %s%s%s" % (L(r, 3), D(r, 6), L(r, 1)),
        lambda: "IMEI %s-%s-%s-%d" % (D(r, 2), D(r, 6), D(r, 6), r.randint(0, 9)),
        lambda: "IMEI %s" % ("35" + D(r, 13)),
        lambda: "MAC %s" % ":".join(AN(r, 2, "0123456789ABCDEF") for _ in range(6)),
        lambda: "MAC address %s" % "-".join(AN(r, 2, "0123456789abcdef") for _ in range(6)),
        lambda: "insulin pump S/N NG%s%s" % (D(r, 7), L(r, 1)),
        lambda: "CGM transmitter ID %s" % AN(r, 6),
        lambda: "cochlear implant serial %s" % NZ(r, 8),
        lambda: "hearing aid serial %s%s%s" % (D(r, 4), L(r, 1), D(r, 4)),
        lambda: "ICD serial no. %s%s" % (L(r, 2), D(r, 7)),
        lambda: "home ventilator S/N %s" % NZ(r, 11),
        lambda: "oxygen concentrator serial %s%s" % (L(r, 2), D(r, 8)),
        lambda: "wheelchair frame no. %s-%s" % (L(r, 2), D(r, 6)),
        lambda: "tablet serial %s" % AN(r, 12),
        lambda: "VNS generator serial %s" % NZ(r, 6),
        lambda: "Holter recorder #%s" % AN(r, 10),
        lambda: "glucometer S/N %s" % AN(r, 11),
    )


@slot("imei", "device_identifier")
def _imei(r):
    return r.choice(["35", "86", "01", "49"]) + D(r, 13)


@slot("serial", "device_identifier")
def _serial(r):
    return pick(r, lambda: "%s%s%s" % (L(r, 3), D(r, 6), L(r, 1)),
                lambda: "NG%s%s" % (D(r, 7), L(r, 1)),
                lambda: "%s%s%s" % (D(r, 4), L(r, 1), D(r, 4)))


@slot("vin", "vehicle_identifier")
def _vin(r):
    vin_a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["WDB", "JTD", "LSV", "WVW", "KMH", "XTA", "LFV", "1HG", "Z94"]) + "".join(r.choice(vin_a) for _ in range(14))


@slot("card", "account_number")
def _card(r):
    return pick(r, lambda: "4276%s" % D(r, 12), lambda: "6222%s" % D(r, 15),
                lambda: "5%s" % D(r, 15), lambda: "62%s" % D(r, 14), lambda: "4%s" % D(r, 15))


@slot("dob_elder", "date_of_birth")
def _dob_elder(r):
    y, m, d = _ymd(r, 1920, 1934)
    yw = "nineteen %s" % {20: "twenty", 21: "twenty-one", 22: "twenty-two", 23: "twenty-three",
                          24: "twenty-four", 25: "twenty-five", 26: "twenty-six", 27: "twenty-seven",
                          28: "twenty-eight", 29: "twenty-nine", 30: "thirty", 31: "thirty-one",
                          32: "thirty-two", 33: "thirty-three", 34: "thirty-four"}[y % 100]
    return pick(r, lambda: "the %s of %s %s" % (ORD_WORDS[d], MONTH_NAMES[m - 1], yw),
                lambda: "%s %s, %s" % (MONTH_NAMES[m - 1].lower(), ORD_WORDS[d], yw),
                lambda: fmt_date(r, y, m, d, allow_noyear=False))


@slot("ref_visa", "other_number")
def _ref_visa(r):
    return pick(r, lambda: "invitation letter No. BJIH-INV-%d-%s" % (r.randint(2019, 2024), D(r, 4)),
                lambda: "visa no. %s" % NZ(r, 8),
                lambda: "visa application ID %s%s" % (L(r, 3), D(r, 9)),
                lambda: "residence permit no. %s" % NZ(r, 9),
                lambda: "invitation no. %s-%s" % (D(r, 4), D(r, 5)),
                lambda: "consular case number %s" % AN(r, 10),
                lambda: "medical visa reference MV-%s" % D(r, 7))


# ---------------------------------------------------------------- other numbers
@slot("other", "other_number")
def _other(r):
    return pick(
        r,
        lambda: "claim no. CLM-%s" % D(r, 7),
        lambda: "claim reference %s/%s" % (D(r, 4), D(r, 6)),
        lambda: "visa no. %s" % NZ(r, 8),
        lambda: "visa number %s%s" % (L(r, 1), D(r, 8)),
        lambda: "e-ticket %s-%s" % (r.choice(["784", "555", "999", "176", "157", "423"]), D(r, 10)),
        lambda: "ticket number %s" % D(r, 13),
        lambda: "booking ref %s" % AN(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: "PNR %s" % AN(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: "hotel booking %s" % NZ(r, 10),
        lambda: "court case No. (%d)京0105民初%s号" % (r.randint(2018, 2024), D(r, 5)),
        lambda: "case file %s/%d" % (D(r, 4), r.randint(2019, 2024)),
        lambda: "staff ID %s" % D(r, 5),
        lambda: "employee no. E%s" % D(r, 6),
        lambda: "student ID %d%s" % (r.randint(2018, 2024), D(r, 6)),
        lambda: "SF%s" % D(r, 12),
        lambda: "EMS %s%sCN" % (L(r, 2), D(r, 9)),
        lambda: "DHL waybill %s" % D(r, 10),
        lambda: "courier tracking %s" % D(r, 14),
        lambda: "appointment no. APT-%d%02d%02d-%s" % (r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28), D(r, 3)),
        lambda: "registration slip %s" % D(r, 12),
        lambda: "residence permit no. %s" % NZ(r, 9),
        lambda: "work permit %s" % NZ(r, 12),
        lambda: "invitation letter No. BJIH-INV-%d-%s" % (r.randint(2019, 2024), D(r, 4)),
        lambda: "invitation no. %s" % NZ(r, 8),
        lambda: "invoice no. %s" % NZ(r, 8),
        lambda: "fapiao %s / %s" % (NZ(r, 12), D(r, 8)),
        lambda: "receipt No. %s" % D(r, 7),
        lambda: "receipt %s-%s" % (L(r, 2), D(r, 6)),
        lambda: "transfer reference TRX%s" % D(r, 10),
        lambda: "parking permit P-%s" % D(r, 5),
        lambda: "order #%s" % NZ(r, 9),
    )


@slot("dob_spelled", "date_of_birth")
def _dob_spelled(r):
    y, m, d = _ymd(r, 1930, 2022)
    yw = {1930: "nineteen thirty"}.get(y)
    if yw is None:
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        if y >= 2000:
            yw = YEAR_WORDS.get(y, "two thousand and %s" % (ones[y % 10] if y % 100 < 10 else str(y % 100)))
        else:
            t, o = (y % 100) // 10, y % 10
            yw = "nineteen %s%s" % (tens[t], ("-" + ones[o]) if o else "") if t >= 2 else "nineteen %d" % (y % 100)
    return pick(
        r,
        lambda: "the %s of %s %s" % (ORD_WORDS[d], MONTH_NAMES[m - 1], yw),
        lambda: "%s %s, %s" % (MONTH_NAMES[m - 1].lower(), ORD_WORDS[d], yw),
        lambda: "%s %s" % (ORD_WORDS[d], MONTH_NAMES[m - 1].lower()),
        lambda: fw_digits("%d年%d月%d日" % (y, m, d)),
        lambda: " ".join("%02d%02d%d" % (d, m, y)),
    )


@slot("email_plain_lower", "email")
def _email_plain_lower(r):
    return _email(r).lower()


# ===========================================================================
# FAMILIES
# (category, number of sentences, noise style, templates)
# ===========================================================================
FAMILIES = []


def family(category, count, noise, templates):
    FAMILIES.append((category, count, noise, templates))


# ---------------------------------------------------------------------------
# identifier families: names
# ---------------------------------------------------------------------------
family("story_narration_names", 40, None, [
    "When {name_full} first arrived from {city} {period}, she could barely climb the stairs to {place}.",
    "{name_given}, {age_young_adj|art} from {country}, had been diagnosed with {condition} back home.",
    "{name_titled} flew in from {city} with her son after three hospitals had turned them away.",
    "After {duration} of {treatment}, {name_given} finally rang the bell in {dept}.",
    "{staff} still remembers the night {name_given} stopped breathing for a moment and the whole ward came running.",
    "It was {staff} who noticed that {name_full}'s scans did not match the report from {city}.",
    "{name_full} had never left {country} before; by the end of the month she was translating for three other families.",
    "Little {name_nick} insisted on wearing her princess dress to every session of {treatment}.",
    "Her father, {name_full}, sold the family car to pay for the first month in Beijing.",
    "{name_given}'s mother kept a notebook of every blood count, starting with {lab}.",
    "The team led by {staff} chose {treatment} rather than yet another round of chemotherapy.",
    "{name_full}, {nationality}, is one of more than forty patients from {country} we treated last year.",
    "Nobody in {city} could explain why {name_given} kept falling over; an MRI in {dept} showed {condition}.",
    "Today {name_given} is back at school in {city} and plays football twice a week.",
    "{name_titled}, a retired teacher from {city}, came to us with {condition}.",
    "Within {duration}, {name_nick} went from a wheelchair to racing {staff} down the corridor.",
    "{name_full} says the hardest part was never the surgery, it was the waiting.",
    "Interpreter {name_given} stayed late every evening so the family never missed a ward round.",
    "{staff} and {staff} operated for eleven hours on {name_given}'s spine.",
    "The twins {name_given} and {name_given} arrived together, although only one of them was the patient.",
    "For {name_full}, the journey from {city} took two flights, a night train and {transport}.",
    "{name_given} learned to say \"thank you\" in Chinese before she learned to walk again.",
    "Back in {country}, {name_titled} had been told there was nothing more to be done.",
    "{staff} flew to {city} to meet {name_given}'s family before the transplant was scheduled.",
    "The first thing {name_nick} asked after waking up was whether the playroom was still open.",
    "{name_full} brought a suitcase of dried fruit from {city} for the nurses of {dept}.",
    "By the third week {name_given} was teaching the other children a card game from {country}.",
    "Our coordinator {name_given} met the family at the airport at two in the morning.",
    "{name_titled} described the pain as \"a hot wire running down my leg\".",
    "Every Friday {name_given}'s grandfather video-called from {city} to hear about the day.",
    "The MDT, chaired by {staff}, reviewed {name_full}'s case twice before agreeing on {treatment}.",
    "{name_full} now volunteers for a parents' group helping families from {country} with the paperwork.",
])

family("patient_quotes_names", 28, None, [
    "\"We had no hope left in {city},\" says {name_full}, \"and here they gave us a plan in two days.\"",
    "\"My son {name_given} calls the nurses his Chinese aunties,\" his mother laughs.",
    "\"I am {name_full}, and I want to thank {staff} for everything you did for {name_given}.\"",
    "\"Honestly, I was scared of the needles,\" admits {name_given}, \"but after the third session the pain went down.\"",
    "'{staff} explained every single step through the interpreter,' recalls {name_titled}.",
    "\"{name_nick} was so brave, braver than me,\" says her father.",
    "\"When {staff} said the word 'remission' I had to sit down,\" {name_full} remembers.",
    "\"In {country} they told us to prepare for the worst,\" says {name_titled}. \"Here nobody gave up.\"",
    "\"I miss my dog and my grandmother's plov,\" says {name_given}, {age_young}, with a grin.",
    "\"Thank you, {staff}, for answering my messages even at midnight,\" writes {name_full}.",
    "\"The food was strange at first,\" {name_given} says, \"but now I order jiaozi myself.\"",
    "\"We came for {treatment} and found a second family,\" says {name_full} from {city}.",
    "\"{name_given}, you are our hero,\" reads the banner her classmates in {city} sent.",
    "\"I could not read any signs, but {name_given} from the international desk walked me everywhere,\" says {name_titled}.",
    "\"Before the operation {name_nick} could not lift his arm; yesterday he waved at me,\" his mother says.",
    "'The day {name_given} ate a whole bowl of noodles, we all cried,' says {relation}, {name_full}.",
])

family("clinician_remarks_names", 22, None, [
    "\"{name_given} responded to {treatment} faster than we expected,\" says {staff}.",
    "According to {staff}, {name_full}'s {condition} was detected unusually late.",
    "\"For a child like {name_given}, timing matters more than anything,\" explains {staff} of {dept}.",
    "{staff}: \"{name_titled} is a textbook example of why we repeat the pathology review.\"",
    "\"We lowered the dose to {dose} because {name_given}'s kidneys were struggling,\" notes {staff}.",
    "{staff} believes {name_nick} will be able to run normally within {duration}.",
    "\"Honestly, {name_full} taught our young doctors a lot about courage,\" says {staff}.",
    "\"I told {name_given}'s parents the truth: the tumour was large, but it was operable,\" recalls {staff}.",
    "Asked about {name_titled}, {staff} smiles: \"The most stubborn patient I have ever had, in a good way.\"",
    "\"We saw {lab} on admission,\" {staff} says of {name_given}, \"so the first week was about stabilising him.\"",
])

family("photo_captions_names", 28, None, [
    "Photo: {name_given} with {staff} on the day of discharge.",
    "Alt text: {name_full} holds a paper crane folded by the nurses of {dept}.",
    "{name_nick} and her grandmother in {place}, {period_bare}.",
    "Caption: {staff} checks {name_given}'s hip X-ray on the light box.",
    "Alt: a smiling boy, {name_given}, sits on a hospital bed holding a toy camel from {city}.",
    "Pictured: {name_titled} and {staff} after the final session of {treatment}.",
    "Image: {name_full} (left) with interpreter {name_given} in the outpatient hall.",
    "{name_given} blows out six candles in {place} — the nurses baked the cake.",
    "Photo courtesy of the family: {name_nick} back home in {city}.",
    "Alt text: close-up of {name_given}'s hands wrapped around a cup of chrysanthemum tea.",
    "Photo: {staff} teaches {name_given} to use chopsticks during {festival}.",
    "From left: {name_given}, {name_given} and their mother at the west gate.",
    "Image description: {name_full} walks unaided along the corridor of {dept}.",
    "Alt: {staff} and a girl named {name_given} high-five after the bone marrow test.",
])

family("word_as_name", 22, None, [
    "A girl called {name_word} arrived from {city} with {condition}.",
    "Baby {name_word} was only {age_child} when her parents brought her to {dept}.",
    "\"We named her {name_word} because that is what she gave us,\" says her mother.",
    "Little {name_word} has now finished {treatment} and is going home to {country}.",
    "Her son, whose name is {name_word}, spent {duration} on the ward.",
    "{name_word}'s twin brother donated the stem cells for the transplant.",
    "Photo: {name_word}, {age_child}, shows the nurses her new school bag.",
    "The boy everyone on the ward knows as {name_word} celebrated his birthday in {place}.",
    "Thank you message from {name_word}'s parents, written in three languages.",
    "Nurses say {name_word} lives up to her name.",
])

family("thank_you_letters", 26, None, [
    "Dear {staff}, thank you for giving our {name_given} a second chance at life.",
    "To the whole team of {dept}, and especially {staff}: we will never forget you.",
    "With love from {city}, {name_full} and family.",
    "Dear doctors, I am {name_full} from {country}; my wife is walking again because of you.",
    "We want to say a special thank you to nurse {name_given}, who sang to our daughter every night.",
    "Dear {staff}, {name_nick} asks me to tell you she is not afraid of injections any more.",
    "Respected {staff}, the whole village in {country} prays for you. — {name_full}",
    "Thank you to {name_given} at the international desk for sorting out our visa extension.",
    "Best regards and eternal gratitude, {name_titled} ({city}).",
    "Dear {staff} and {staff}, we arrived with fear and left with {virtue}.",
    "Signed: the parents of {name_given}, {nationality} family, ward of {dept}.",
    "P.S. {name_nick} drew this picture of you, {staff}; please hang it in the playroom.",
])

family("seo_descriptions_names", 10, None, [
    "How {name_given} from {country} beat {condition} with {treatment} in Beijing | Patient stories",
    "{name_full}'s story: from {city} to {dept} and back home in {duration}.",
    "Meet {name_given}: {condition}, {treatment} and a happy ending — International Medical Services",
    "Patient story: {name_titled} ({nationality}) on choosing Beijing for {treatment}.",
])

family("chat_forwarded_names", 22, "chat", [
    "[WeChat] {name_given}: the nurse says the results come tomorrow morning",
    "Forwarded from {name_full}: Dr said they will decide after the MDT on Thursday",
    "> {name_given}: we are on floor 7 now, come after lunch",
    "{name_nick} mama: ok thank you, we wait in the lobby",
    "[voice message transcribed] {name_given}: tell {staff} the fever is gone",
    "-- forwarded -- {name_titled}: visa extension done, they gave us 90 days",
    "{name_given} (interpreter): doctor wants fasting from midnight, no water after 6",
    "[group: parents ward 5] {name_full}: does anyone have a spare phone charger?",
    "from {name_given}: pls bring the blue folder with all the old CT disks",
    "{name_given}: {name_given}, your son is asking for you in the playroom",
])

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
family("timeline_entries_dates", 20, None, [
    "{date} — admitted to {dept} after a flight from {city}.",
    "{date}: {treatment} started.",
    "{date} · {milestone}",
    "Day 1 ({date}): first consultation, bloods showed {lab}.",
    "On {date} the multidisciplinary team met and agreed on {treatment}.",
    "Discharged on {date}; follow-up planned for {period_bare}.",
    "{date} – surgery, nine hours, no complications.",
    "{date}: {milestone}.",
    "Timeline: diagnosis in {city} {period}, arrival in Beijing on {date}.",
    "{date} | CT after two cycles shows the tumour has shrunk by half",
    "{date}: transfer from the ICU back to the ward.",
    "The stem cells were infused on {date}, and engraftment followed {duration} later.",
    "{date} was the first day she walked to the window on her own.",
    "{date} — flew home to {city}.",
    "Next review: {date}, 9:30, outpatient building.",
])

family("narration_dates", 14, None, [
    "The family landed in Beijing on {date}, in the middle of a dust storm.",
    "On {date} the boy's fever finally broke.",
    "We received the first e-mail from his mother on {date}.",
    "The operation was set for {date}, two days after {festival} ended.",
    "By {date} the swelling had gone down enough to start {treatment}.",
    "She still keeps the wristband from {date}, the day of the transplant.",
    "On {date}, {relation} donated bone marrow in {dept}.",
    "The final scan, on {date}, came back clear.",
    "Please bring the child to the clinic on {date} without breakfast.",
    "The invitation letter is valid from {date}.",
    "We celebrated on {date} with cake and balloons in {place}.",
])

family("dob_mentions", 36, None, [
    "Patient born {dob}, presented with {condition}.",
    "{name_given} was born on {dob} in {city}, two months premature.",
    "Date of birth: {dob}. Nationality: {nationality}.",
    "DOB {dob} | Sex: F | Country: {country}",
    "He was born on {dob}, the same week his grandfather turned sixty.",
    "Please correct the birth date on the invitation letter: it should be {dob}.",
    "Mother's date of birth {dob}; child's {dob}.",
    "The registration form asks for the date of birth, which is {dob}.",
    "{alias}, born {dob}, was referred by a hospital in {city}.",
    "Her birthday is {dob}; the nurses have already ordered a cake.",
    "The child (date of birth {dob}) weighed only 9 kg on admission.",
    "Born {dob} in {country}; diagnosed with {condition} {period}.",
    "Our son's birthday is on {dob}, can the nurses help us make a little party?",
    "Patient data: {dob_phrase}, blood group A+, allergic to penicillin.",
    "The passport says {dob} but the birth certificate says a different day; which one should we use?",
])

family("age_over_89_mentions", 36, None, [
    "{age_old_adj|art|cap} patient, {alias}, is the oldest ever to receive a TAVI in our department.",
    "{age_old_adj|art|cap} woman from {city} came for cataract surgery and left dancing.",
    "My grandmother, {age_old_appos}, still insists on walking to the canteen herself.",
    "Our oldest choir member, {age_old_appos}, sang at the New Year concert.",
    "The patient, {age_old}, had a hip fracture after a fall at home.",
    "Our {age_old_adj} grandfather wants to know if acupuncture is safe for him.",
    "{relation|cap}, {age_old}, was admitted with pneumonia.",
    "Even {age_old_adj} patients can benefit from this kind of rehabilitation, says {staff}.",
    "the patient is {age_old} and has {condition}, can you still operate?",
    "{age_old_adj|art|cap} veteran from {country} asked for a Russian-speaking nurse.",
    "{name_given}'s great-grandmother, {age_old}, travelled with the family from {city}.",
    "Anaesthesia in {age_old_adj|art} carries extra risk, so the team chose a nerve block.",
    "She is {age_old} and has never spent a night in hospital before.",
    "Photo: {age_old_adj|art} man does his morning qigong in {place}.",
    "The oldest member of the patients' choir is {age_old}.",
])

# ---------------------------------------------------------------------------
# contact details
# ---------------------------------------------------------------------------
family("contact_form_phone", 18, "form", [
    "hello, my mother has {condition}, please call me {phone}",
    "WhatsApp {phone} — I speak Russian and a little English",
    "pls contact me on whatsapp or phone {phone} thank you",
    "I am writing from {city}. My number is {phone}, best time after 6 pm Beijing time.",
    "Could the international department call me back? {phone}",
    "tel {phone} (viber, whatsapp, telegram)",
    "my son studies in beijing, you can call him: {phone_cn}",
    "Good day. We need a quote for {treatment}. Contact: {phone}.",
    "please call my husband {phone}, he speaks english better than me",
    "our interpreter number is {phone_cn}, she will help with the appointment",
    "i sent the MRI already, no answer. call {phone} pls",
    "Dear team, for WhatsApp use {phone}, for WeChat the same number.",
    "Hi! It's urgent, my father is in {city} and needs {treatment}, phone {phone}",
    "mobile: {phone} / home: {phone}",
])

family("dept_phone_numbers", 8, None, [
    "For appointments, call the International Medical Services desk at {phone_bj}.",
    "The proton therapy coordinators can be reached on {phone_bj} on weekdays.",
    "Overseas patients may call {phone_bj} (English, Russian) from 8:00 to 17:00.",
    "Night duty nurse station of the paediatric ward: {phone_bj}.",
    "International patient hotline: {phone_bj}; for emergencies inside China dial 120.",
    "Questions about invoices? Call the billing office at {phone_bj}.",
])

family("contact_form_email", 20, "form", [
    "please send the price list to {email}",
    "my email {email}, I can send the MRI files as a link",
    "Reply to {email} in English or Russian please.",
    "Hello, kindly send the invitation letter to {email} as a PDF.",
    "I did not get any answer, my address is {email}, please check spam",
    "Dear coordinator, my new e-mail is {email} (the old one was hacked).",
    "For the medical report please write to my daughter: {email}",
    "contact: {email} — we are in {city}, time difference 3 hours",
    "send the bill to {email} and copy {email}",
    "I am a doctor in {city}; please forward the discharge summary to {email}.",
])

family("blog_crowdfunding_web", 46, None, [
    "The family documents the whole journey on their blog, {web}.",
    "You can support {name_given}'s treatment at {web}.",
    "read our whole story here {web}",
    "Her crowdfunding page, {web}, raised enough for the first two cycles.",
    "More photos from the ward are on the parents' site: {web}",
    "Update posted at {web}: the counts are finally up!",
    "A friend in {city} set up {web} to pay for the flights.",
    "Link to the fundraiser: {web} — every share helps.",
    "My diary of {duration} in Beijing is at {web}.",
    "Donations for {treatment} can be made through {web}.",
])

family("contact_form_ip_logs", 46, None, [
    "Form submitted from IP {ip} at 03:14 local time.",
    "Sender IP: {ip} · browser: Chrome · page: /en/proton-therapy",
    "The spam filter blocked {ip} after twenty identical messages.",
    "Login to the patient portal from an unrecognised address ({ip}) was refused.",
    "[message log] language=ru, country={country}, ip={ip}",
    "Auto-note: two enquiries about {treatment} came from the same address, {ip}.",
    "Duplicate submission detected (IP {ip}); the first copy was kept.",
    "Web form | name field empty | remote addr {ip} | topic: {dept}",
    "Portal audit: report downloaded by the patient from {ip}.",
    "Please whitelist {ip}, our referring clinic in {city} cannot open the video link.",
])

family("social_accounts", 38, "form", [
    "add me on wechat: {handle}",
    "Follow {name_given}'s recovery on {social}.",
    "We posted the video from the ward on {social}.",
    "my QQ is {qq}, please add",
    "contact: {social}",
    "You can write to us at {social}, we answer quickly.",
    "pls message me in telegram {handle}, whatsapp does not work here",
    "my wife's wechat {handle}, she is already in beijing",
    "Our parents' support group is on {social}.",
    "The interpreter asked us to add {handle} on WeChat for the appointment reminders.",
    "instagram of our family: {social}",
])

# ---------------------------------------------------------------------------
# addresses and places
# ---------------------------------------------------------------------------
family("street_addresses", 32, None, [
    "Please send the original reports to {street}.",
    "We live at {street}, near the old children's hospital.",
    "Shipping address for the medicine: {addr_pc}",
    "Home address: {addr_pc}",
    "The flat we rented is at {street}, ten minutes from the hospital on foot.",
    "Temporary address in Beijing: {street}.",
    "The courier will collect the blood samples from {street}.",
    "Patient's permanent address: {addr_pc}.",
    "please post the CD with images to {addr_pc}",
    "After discharge the family stays with relatives at {street}.",
])

family("postal_codes", 27, "form", [
    "my city postcode is {postcode}, can DHL deliver the medicine there?",
    "Please write {postcode_lab} on the envelope, otherwise it comes back.",
    "The courier form keeps rejecting {postcode_lab}; is it the wrong format?",
    "only postcode needed? it is {postcode}",
    "Delivery area: {postcode_lab}, {country}.",
    "The pharmacy ships only to addresses with {postcode_lab} or nearby.",
])

family("geolocations", 46, None, [
    "We are staying at {geo}, which taxi app works there?",
    "Pick-up point for the ambulance transfer: {geo}.",
    "sent my location: {geo}",
    "The herders' camp where the family lives is at {geo}, six hours from the nearest clinic.",
    "Photo metadata: {geo}.",
    "Meet the driver at {geo}, by the north exit.",
    "Helicopter landing coordinates for the transfer: {geo}.",
    "The village clinic that first saw the boy is at {geo}.",
    "my hotel pin: {geo}",
    "Shared location from {relation}: {geo}",
])

# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------
family("passport_numbers", 22, None, [
    "Passport no. {passport}, valid until 2029.",
    "The invitation letter must show the passport number exactly: {passport}.",
    "{passport_lab}, issued in {city}.",
    "my husband passport {passport} and mine {passport}",
    "For the visa, please use the child's new passport {passport}.",
    "Accompanying person: {relation}, passport {passport}.",
    "the hotel needs my passport number, is it ok to give {passport}?",
    "Scan of {passport_lab} attached.",
    "Please correct the letter: my passport is {passport}, not the old one.",
])

family("national_ids", 40, None, [
    "{natid} — copy attached for the insurance company.",
    "The embassy asked for my {natid}.",
    "Registration form: nationality {nationality}, {natid}.",
    "Patient's {natid}, date of arrival {period_bare}.",
    "For the refund the bank needs the payer's {natid}.",
    "The referral letter from {city} lists the child's {natid}.",
    "i put {natid} in the form but it says invalid",
    "Guardian: {relation}, {natid}.",
    "National identity number of the donor: {natid_num}.",
])

family("chinese_resident_ids", 30, None, [
    "身份证号 {cnid}",
    "Chinese ID card number of the accompanying relative: {cnid}.",
    "Please register the appointment under my mother's ID {cnid}; she is a Chinese citizen.",
    "the ID card {cnid} was rejected by the self-service machine, what should I do?",
    "Resident ID: {cnid} (Inner Mongolia).",
    "居民身份证号码：{cnid}",
    "My wife is Chinese, her ID number is {cnid}, can she sign the consent?",
    "Emergency contact in China, ID {cnid}, phone on file.",
    "Payer's ID number {cnid} for the fapiao.",
])

family("medical_record_numbers", 26, None, [
    "{mrn_lab}, please attach it to the discharge summary.",
    "Our record number at your hospital was {mrn}; can you find the old files?",
    "Ref: {mrn_lab} / {dept}",
    "Please quote the MRN {mrn} in all correspondence.",
    "The lab report for {mrn_lab} is missing page 2.",
    "Hospital no. {mrn} — follow-up {period}.",
    "i lost the card with the patient number, i think it was {mrn}",
    "Transferred records: {mrn_lab} (previous admission {period_bare}).",
    "Scanned discharge summary, {mrn_lab}, attached.",
])

family("health_plan_numbers", 38, None, [
    "{hplan} — please bill the insurer directly.",
    "Is {insurer} accepted? My policy number is {hplan_num}.",
    "Direct billing approved under {hplan_misc}.",
    "Guarantee of payment received for {hplan}.",
    "The insurer needs the diagnosis code and {hplan}.",
    "my insurance card number {hplan_num}, company {insurer}",
    "Pre-authorisation for {treatment}: {hplan}.",
    "{relation|cap} is covered by {hplan_misc}.",
    "Please add {hplan} to the invoice header.",
])

family("bank_accounts", 36, None, [
    "Refund to {account}, please.",
    "Donations can be sent to {account} (beneficiary: the patient's mother).",
    "my card {account} was charged twice for the MRI",
    "Please transfer the deposit balance back to {account}.",
    "The fundraiser collected the money on {account}.",
    "Beneficiary account: {account}; bank in {city}.",
    "can I pay from {account} or must it be a Chinese card?",
    "The wire from {account} arrived with a different name, please check.",
])

family("clinician_licences", 50, None, [
    "Report signed by {licence}.",
    "The operation was performed by {licence}.",
    "Prescription issued by {licence}, valid for seven days.",
    "Second opinion provided by {licence}.",
    "Medical certificate for the airline, signed by {licence}.",
    "Consulting physician: {licence}.",
    "The sick-leave note was issued by {licence}.",
    "Responsible doctor for the proton plan: {licence}.",
])

family("vehicles", 38, "form", [
    "our car {vehicle} is parked at the west gate, will it be towed?",
    "The ambulance with plate {vehicle} brought the patient from the airport.",
    "Driver will come in a white minivan, plate {vehicle}.",
    "We drove from {city} in our own car, {vehicle}; where can we park for a week?",
    "Please register {vehicle} for the underground car park.",
    "The taxi {vehicle} left with our bag of medicines inside!",
    "Transfer from the station: black sedan {vehicle}.",
    "{vehicle} — patient transport, arrival 14:20.",
])

family("devices", 42, None, [
    "{device} — please check compatibility before the MRI.",
    "After the flight the pump stopped working; {device}.",
    "Found in the lobby and handed to security: a device labelled {device}.",
    "Implant card: {device}.",
    "The manufacturer needs {device} to replace the battery.",
    "Please log {device} in the discharge summary.",
    "the monitor we rented has {device}, returning it tomorrow",
    "Technician note: {device} reset and recalibrated.",
])

family("other_reference_numbers", 36, None, [
    "Please quote {other} in your reply.",
    "Reference: {other}.",
    "They asked for the {other} again at the cashier.",
    "My {other} has not been processed yet.",
    "Attached: {other}.",
    "The hotel confirmation came with {other}.",
    "Can you check the status of {other}?",
    "The embassy wants the {other} printed on the letter.",
    "Your {other} is ready for collection at counter 3.",
    "we paid, {other}, but the system still shows unpaid",
])

family("visa_invitation_letters", 16, None, [
    "We hereby invite the patient, holder of passport {passport}, for treatment in {dept} from {period_bare}.",
    "Accompanying person's passport: {passport}; letter reference {ref_visa}.",
    "The visa section asked us to re-issue {ref_visa} with the patient's date of birth, {dob}.",
    "Invitation for medical treatment — {passport_lab} — duration of stay {duration}.",
    "Please present {ref_visa} together with passport {passport} at the consulate.",
    "Letter issued on {date} for {alias} and one accompanying relative.",
    "Dear consular officer, the patient (born {dob}) requires {treatment} at our hospital.",
    "The extension request, {ref_visa}, was filed on {date}.",
])

family("discharge_summary_lines", 16, None, [
    "Discharge summary — {mrn_lab}, admitted {date}, discharged {date}.",
    "DOB: {dob} | Ward: {place} | {mrn_lab}",
    "Admission diagnosis: {condition}; {mrn_lab}; attending team: {dept}.",
    "Follow-up appointment: {date}, bring this summary and {mrn_lab}.",
    "Procedure date: {date}. Procedure: {treatment}. No complications.",
    "Patient ID {mrn}, born {dob}, discharged in stable condition.",
    "Medication on discharge: {dose}; next blood test on {date}.",
    "Summary prepared for the insurer, {hplan}, covering {duration} of inpatient care.",
])

# ---------------------------------------------------------------------------
# hard identifier families
# ---------------------------------------------------------------------------
family("contact_form_hard", 64, "form", [
    "hi my name is {name_full|lower} my phone {phone_fw} whatsapp also",
    "pls help my father {name_given|lower} {age_old} he cannot walk, tel {phone|fwd}",
    "email me: {email_obf}  or call {phone_spelled}",
    "i am from {city} my son {name_given|lower}, passport {passport|lower}",
    "здравствуйте! my daughter {name_script} has {condition}. phone {phone}",
    "hello doctor,my mother {name_full|lower} born {dob|fwd}, please reply {email_obf}",
    "my numbr {phone_split} call anytime pls pls",
    "we r in hotel {street|lower} room 1203, how to come to hospital?",
    "i send money from card {account|fwd} but no confirm",
    "who is the doctor? we want {staff|lower}. my wechat {handle}",
    "mama of {name_nick|lower} here, new phone {phone_fw}",
    "السلام عليكم, my brother {name_script} needs {treatment}, whatsapp {phone}",
    "my fathr is {age_old_adj|art} can he do the operation?? tel {phone_cn|fwd}",
    "pasport {passport|fw} , name {name_full|upper}",
    "doctor please check my email {email_plain_lower} again, i sent 3 times",
    "this is {name_given|lower} from {city|lower} again,id {natid|lower}",
    "我们在{bj_area}，电话{phone_fw}，wechat same",
    "plz send invoice, insurance {hplan_num|fwd} , mail {email_obf}",
])

family("obfuscated_contact_hard", 46, "form", [
    "write to {email_obf} (replace the words with symbols)",
    "my mail is {email_obf}, the form does not accept the @ sign",
    "call {phone_spelled} — no whatsapp, only normal calls",
    "Reach the family at {email_obf}.",
    "number: {phone_spelled}",
    "He dictated his number on the phone: {phone_spelled}.",
    "if no answer try {email_obf} or {phone_split}",
    "skype / mail: {email_obf}",
    "tel. {phone_split} (please don't publish)",
    "WeChat me at {handle}, or email {email_obf}",
])

family("spelled_out_hard", 42, None, [
    "My daughter was born on {dob_spelled}.",
    "The surgery took place on {date_spelled}.",
    "His grandmother is {age_old} and still sharp as a pin.",
    "Admission date: {date_spelled}; discharge two weeks later.",
    "we arrive {date_spelled}, flight from {city}",
    "Birthday — {dob_spelled} — please put it on the wristband.",
    "she will be {age_old} next month and wants to walk again",
    "the next chemo is {date_spelled} right?",
    "Grandfather's date of birth is {dob_elder}; he is {age_old} now.",
    "Her call-back number, spelled out for the operator: {phone_spelled}.",
])

family("split_identifier_hard", 44, None, [
    "ID: {cnid_hard}",
    "身份证号 {cnid|grp4}",
    "the number is {phone_split}, I split it because the form cuts it",
    "Passport (spaces added): {passport|sp}",
    "card {card|sp}",
    "bank card {card|grp4} (I wrote it with dashes)",
    "身份证 {cnid_hard} 请核对",
    "MRN in pieces: {mrn|grp3}",
    "IMEI of the lost phone: {imei|sp}",
    "serial no. (read from the label): {serial|sp}",
    "Policy: {hplan_num|dots}",
    "VIN: {vin|sp}",
    "My mother's ID is {cnid_hard}, the machine can't read it.",
    "the ID number is {natid_num|sp}",
    "national ID, grouped for reading aloud: {natid_num|grp3}",
])

family("fullwidth_hard", 44, "form", [
    "電話{phone_fw}",
    "visit date {date_fw}, patient {name_hanzi}",
    "身份证号码：{cnid|fw}",
    "passport {passport|fw}",
    "病案号{mrn|fw}",
    "mail {email|fw}",
    "appointment on {date_fw} at the international desk",
    "account {account|fw} — refund pls",
    "car {vehicle|fw} parked at west gate",
    "we come {date_fw}, phone {phone_fw}",
    "{other|fw}",
    "coordinates {geo|fw}",
])

family("mixed_script_hard", 52, None, [
    "Отзыв от {name_script}: спасибо, {staff}!",
    "患者{name_hanzi}，身份证号{cnid}",
    "{name_script} — {date} — {dept}",
    "شكراً جزيلاً to {staff} from {name_script}",
    "ขอบคุณมากค่ะ {staff}, from {name_script} and family",
    "Пациент: {name_script}, дата рождения {dob}",
    "家属{name_hanzi}电话{phone_cn}",
    "{name_script} (мама {name_given}), тел. {phone}",
    "Дата операции: {date}. Хирург: {staff}.",
    "复诊日期：{date}，主治医生{staff}",
    "Адрес: {addr_pc}",
    "地址：{street}",
    "الاسم: {name_script} — رقم الجواز {passport}",
    "ชื่อผู้ป่วย {name_script} อายุ {age_old_zh}",
    "Моя бабушка, {age_old_ru}, хочет приехать на реабилитацию.",
    "我奶奶{age_old_zh}了，还能做手术吗",
])

family("multi_identifier_hard", 80, None, [
    "Patient {name_full}, DOB {dob}, passport {passport}, {mrn_lab}, insured with {hplan}.",
    "Contact {name_titled} at {phone} or {email}; home address {addr_pc}.",
    "{name_full} ({natid}) will be accompanied by {relation}, Chinese ID {cnid}.",
    "Transfer: {vehicle} to pick up {name_given} at {geo} on {date}.",
    "Refund of the deposit to {account}, {other}, for patient {name_full}.",
    "Device log: {device}, uploaded from {ip} on {date}.",
    "{licence} saw {name_given} on {date}; {mrn_lab}.",
    "Form: name {name_full}; born {dob}; phone {phone}; wechat {handle}.",
    "New message from {email} (IP {ip}): my son {name_given} needs {treatment}.",
    "Visa support: {passport_lab}, {other}, date of entry {date}.",
    "{name_titled}, {age_old}, lives at {street} and can be reached on {phone}.",
    "Crowdfunding {web} for {name_given}; donations to {account}.",
    "Insurance {hplan_misc} / {mrn_lab} / admitted {date}",
    "{name_full}, {postcode_lab}, {social}",
    "{natid}, {passport}, {dob_phrase} — all copied from the scan",
    "driver {name_given}, car {vehicle}, phone {phone_cn}",
    "Pacemaker check for {name_titled}: {device}; next visit {date}.",
    "Blog {web}, email {email}, phone {phone} — the family asks for no visits.",
    "{alias} is not the real name: the patient is {name_full}, {mrn_lab}.",
    "Courier to {addr_pc}; {other}; recipient {name_full}.",
])

family("lowercase_names_hard", 30, "lowerall", [
    "thank u {staff|lower} and nurse {name_given|lower} for everything",
    "my son {name_full|lower} is waiting for results since monday",
    "{name_given|lower} says hi to all the nurses on the ward",
    "pls tell {name_titled|lower} we are coming tomorrow",
    "is {staff|lower} working this week? we want to see him",
    "my wife {name_full|lower} has fever again since night",
    "we miss u {staff|lower}!!! greetings from {city|lower}",
    "{name_nick|lower} asks when she can go to the playroom",
])

# ---------------------------------------------------------------------------
# clean families (tricky but contain no identifier)
# ---------------------------------------------------------------------------
family("clean_story_narration", 88, None, [
    "The family travelled from {city} {period} with a folder of scans and very little money.",
    "{age_child_adj|art|cap} boy from {country} arrived with {condition} that had been missed twice.",
    "{relation|cap} slept on a folding bed next to the cot for {duration}.",
    "After {treatment}, the tumour shrank enough for the surgeons to remove it completely.",
    "Most of our patients from {country} reach us through word of mouth.",
    "The ward in {dept} has a small kitchen where mothers cook food from home.",
    "By {period_bare} the child was eating normally and putting on weight.",
    "Doctors in {city} had suggested amputation; the team here chose limb-salvage surgery instead.",
    "{alias} arrived with {lab} and was taken straight to the ICU.",
    "The girl's parents did not speak English, so every consultation ran through an interpreter.",
    "Every Thursday the MDT in {dept} reviews the new referrals from abroad.",
    "It took {duration} of {treatment} before the first real improvement.",
    "The flight from {city} was the child's first time on a plane.",
    "Three families from {country} shared one kitchen and one huge pot of soup.",
    "The surgeons used a 3D-printed model of the heart to plan the repair.",
    "When the boy woke up, the first thing he asked for was his grandmother's bread.",
    "{nationality|art|cap} engineer, father of two, came to us with {condition}.",
    "The patient had already tried {treatment} at home without success.",
    "{relation|cap} kept a diary in {nationality} and read it aloud to the nurses.",
    "The hospital arranged a halal menu and a quiet room for prayer during Ramadan.",
    "Many families first write to us through the Leave Your Message form on this site.",
    "The child's {condition} was confirmed by a second pathology review in {dept}.",
    "{alias}, {nationality|art} mother of three, had {condition}.",
    "A teenager from {city} spent {duration} in {place} and now wants to become a nurse.",
    "The surgery lasted nine hours and needed two teams working in turns.",
    "Before leaving for {country}, the family planted a small tree in the hospital courtyard.",
    "The team from {dept} videoconferenced with doctors in {city} every two weeks.",
    "Relatives in {country} collected money from the whole village for the trip.",
    "He had lived with {condition} for years before anyone named it.",
    "The first weeks were spent on {treatment}, the next on learning to walk again.",
])

family("clean_patient_quotes", 54, None, [
    "\"We had no idea what to expect,\" says {relation}. \"Now I recommend this place to everyone in {city}.\"",
    "\"The nurses learned a few words of {nationality} just for us,\" a mother recalls.",
    "\"I was afraid of {treatment}, but it did not hurt at all,\" says the {age_young_adj} patient.",
    "\"In {country} the waiting list was {duration}; here it was three days,\" says {relation}.",
    "\"Please tell other parents: do not give up,\" writes {relation}.",
    "\"My son now dreams of being a doctor in Beijing,\" his father says.",
    "\"The winter was so cold, but the ward was warm,\" remembers a family from {city}.",
    "\"We left with a bag of {herb} and a long list of instructions,\" laughs {relation}.",
    "\"They explained everything twice, once for me and once for my husband,\" says a mother from {country}.",
    "\"I have {condition}, not a death sentence,\" {alias} says firmly.",
    "'The hardest moment was {milestone},' says {relation}, 'because we had waited so long.'",
    "\"Back home they said we would need {duration} just to get a bed,\" {relation} explains.",
    "\"I understood nothing, but I felt everything,\" says a grandmother from {country}.",
    "\"We thought {price} was impossible, then our community helped,\" says {relation}.",
    "\"Every morning the doctor came and touched his head,\" {relation} recalls.",
])

family("clean_clinician_remarks", 50, None, [
    "\"With {condition}, the first {duration} decide a lot,\" explains the head of {dept}.",
    "\"We started at {dose} and increased slowly,\" says the attending physician.",
    "The surgeon notes that {lab} is not unusual for patients arriving after a long flight.",
    "\"Children from {country} often reach us late, when the disease is advanced,\" a paediatric oncologist says.",
    "\"{treatment} is not a miracle; it is a tool,\" the chief of {dept} reminds families.",
    "According to the team, the child had {eponym} in addition to {condition}.",
    "\"We saw {lab} and decided to postpone the operation,\" the anaesthetist explains.",
    "\"Families often ask about {herb}; we discuss it with them openly,\" says a TCM specialist.",
    "The radiation oncologist prescribed {dose} to spare the optic nerves.",
    "\"In {duration} we expect to know whether the graft has taken,\" the transplant team says.",
    "The nurse manager of {dept} says most foreign families stay about {duration}.",
    "\"A Cobb angle this large is rare in adults,\" observes the spine surgeon.",
])

family("clean_photo_captions", 54, None, [
    "Photo: the team of {dept} celebrates Children's Day with patients from six countries.",
    "Alt text: a girl in a yellow hat waves from a hospital bed.",
    "A mother from {country} braids her daughter's hair in {place}.",
    "Caption: paper lanterns made by patients for {festival}.",
    "Alt: two boys play chess on a tray table in {place}.",
    "Image: view of the outpatient building at dusk, {period_bare}.",
    "Photo: {relation} reads a bedtime story in {nationality}.",
    "Alt text: a nurse adjusts an IV pump beside a sleeping toddler.",
    "The playroom in {dept} after the renovation, {period_bare}.",
    "Picture: the family's first selfie in front of the Forbidden City after discharge.",
    "Alt: an X-ray of a spine before and after {treatment}.",
    "Photo: hand-drawn thank-you cards from patients in {country} on the ward noticeboard.",
    "Alt text: a grandmother in a headscarf holds a baby wrapped in a blue blanket.",
    "Illustration: how {treatment} works, step by step.",
    "Caption: snow on the hospital garden, {period_bare}.",
    "Alt: the interpreter and a doctor explain a CT scan to a family from {city}.",
])

family("clean_timeline_periods", 64, None, [
    "{period_bare|cap}: diagnosis in {city}.",
    "{period_bare|cap} — first online consultation with {dept}.",
    "Week 3: fever gone, appetite back.",
    "Day +14: {milestone}.",
    "{period_bare|cap}: {milestone}.",
    "Month 6: scans stable, {treatment} finished.",
    "{period_bare|cap} · arrival in Beijing by {transport}.",
    "Cycle 4 of 6 delayed by one week because of low counts.",
    "{period_bare|cap}: back home in {country}, school restarts {period}.",
    "Follow-up every three months for the first two years, then every six months.",
    "Phase 2 ({period_bare}): {treatment}.",
    "{period_bare|cap}: relapse suspected, ruled out after biopsy.",
    "{duration|cap} after surgery: {milestone}.",
    "{period_bare|cap} — {festival} spent on the ward with other families.",
])

family("clean_ages", 52, None, [
    "The patient, a woman of {age80s} from {city}, had {condition}.",
    "At {age80s}, {alias} is one of our oldest patients this year.",
    "Our oldest patient is nearly ninety and still does her exercises every morning.",
    "Grandpa is eighty-nine and asks whether his age is a problem for surgery.",
    "She is almost 90, so the anaesthetist visited twice before the operation.",
    "{age_child_adj|art|cap} boy and his {age80s}-year-old grandmother shared the same ward for a week.",
    "My grandfather was born in the thirties and remembers the old hospital building.",
    "Most patients in {dept} are between 40 and 70.",
    "The surgery is routinely offered up to the age of 85.",
    "Patients in their late eighties recover more slowly but they do recover.",
    "The girl, {age_child}, was the youngest ever to receive {treatment} here.",
    "We have treated children from a few days old to grandparents approaching ninety.",
    "He was 89 when he first came and is now coming back for a check-up.",
    "The young mother asked whether she could breastfeed during {treatment}.",
    "A ninety-minute session of rehabilitation every day made the difference.",
    "She listens to music from the nineties during chemotherapy.",
])

family("clean_public_numbers", 46, None, [
    "In mainland China, dial 120 for an ambulance and 110 for the police.",
    "Call {emergency_number} first, then tell the dispatcher you are a foreigner.",
    "Dial 120 for an ambulance anywhere in mainland China; {emergency_number} will not work here.",
    "Back home in {country} we would call {emergency_number}, but here it is 120.",
    "We called 120 at two in the morning and the ambulance came in {minutes}.",
    "For police help, 110 works in every province.",
    "Save 120 and 110 in your phone before you arrive in {city}.",
    "the taxi driver called 120 when my son fainted in the car near {bj_area}",
    "Dial 120 or go directly to the emergency department on {floor}.",
    "Lost passport? Report it to the police on 110 and then to your embassy.",
    "The 12320 health hotline answers general questions, in Chinese only at night.",
    "Consumers can report overcharging to the 12315 hotline.",
    "Fire and rescue in China is 119; 122 is for traffic accidents.",
    "In {emergency_place}, the ambulance number is {emergency_number}.",
    "my mother called {emergency_number} at home in {city} before we flew to Beijing",
    "Emergency numbers: 120 ambulance, 110 police, 119 fire — all free from any phone.",
    "The hotel reception will call 120 for you if you cannot speak Chinese.",
    "If your child has a fit on the plane, tell the crew; once landed, call 120.",
])

family("clean_eponyms", 48, None, [
    "{eponym|cap} was diagnosed when the child was {age_child}.",
    "Families often ask whether {eponym} can be treated with {treatment}.",
    "Our neurologists see many patients with {eponym} from {country}.",
    "A short guide to {eponym} for parents, available in Russian and Arabic.",
    "The boy had {eponym}, which made anaesthesia more complicated.",
    "{eponym|cap} is rare in {country}, so few local doctors had seen it.",
    "This month's parents' evening is about {eponym}.",
    "She came with {eponym} and left with a treatment plan.",
    "Questions about {eponym}? Leave your message and a specialist will reply.",
    "Living with {eponym}: a mother from {city} shares her advice.",
])

family("clean_institutions", 48, None, [
    "He first trained at {institution} before joining our hospital.",
    "The referral came from {institution}.",
    "Our team collaborates with {institution} on rare bone tumours.",
    "The family had a second opinion from {institution} before travelling.",
    "A delegation from {institution} visited {dept} {period}.",
    "Nurses from {institution} spent {duration} shadowing our ward.",
    "The guideline we follow was written jointly with {institution}.",
    "She studied medicine at {institution} and now works as an interpreter.",
    "Samples were sent to {institution} for a second review.",
    "Tumour board with colleagues from {institution}, {period_bare}.",
    "The Bethune spirit is often mentioned during nurses' graduation.",
    "The hospital is a short walk from Zhongshan Park.",
])

family("clean_words_as_words", 48, None, [
    "We never lost {virtue}, even in the worst week.",
    "Patience is the hardest part of {treatment}.",
    "There is a grace period of {duration} for paying the second instalment.",
    "\"It was pure joy to see him run,\" said {relation}.",
    "The ward feels full of {virtue} at {festival}.",
    "Faith, family and good doctors brought us through.",
    "Each child on the ward receives a small star for every brave day.",
    "Sunny rooms face the courtyard and are usually given to long-stay patients.",
    "It felt like destiny that we found this hospital.",
    "May is the busiest month for consultations from {country}.",
    "Hope is not a plan, says the surgeon, but it helps.",
    "A rose from the hospital garden was given to every mother on Women's Day.",
    "Bright colours in the playroom help the children relax.",
    "We were lucky: the flight had two free seats.",
    "Summer in Beijing is hot, so bring light clothes for the ward.",
    "Mercy and {virtue} are the words the family used most.",
    "Will the bill be ready before we fly home?",
    "The nurses mark each finished cycle with a gold sticker.",
])

family("clean_aliases_relations", 48, None, [
    "{alias} was referred to {dept} with {condition}.",
    "{alias} and {relation} asked that we not publish their names.",
    "Names have been changed; the patient is called {alias} in this story.",
    "{alias}, {age_young}, travelled alone from {city}.",
    "To protect privacy, we refer to the boy as {alias}.",
    "{relation|cap} donated part of her liver to {alias}.",
    "{alias} underwent {treatment} and is now in remission.",
    "{alias} (not her real name) agreed to share her story.",
    "The mother of {alias} was the first to volunteer as a peer counsellor.",
    "{alias} had {lab} on arrival.",
])

family("clean_medical_numbers", 76, None, [
    "The child was enrolled in trial {trial} after the family gave consent.",
    "Diagnosis coded as {code}.",
    "Sequencing found {gene}, which changes the choice of drugs.",
    "The protocol uses {dose}, adjusted for kidney function.",
    "On admission: {lab}.",
    "Results of study {trial} are expected next year.",
    "{gene} was not found, so targeted therapy was not an option.",
    "The usual dose is {dose}, but children need less.",
    "Discharge labs: {lab}; next check in two weeks.",
    "Insurance forms usually ask for {code} and a short summary.",
    "The tumour carried {gene}.",
    "The CAR-T product is registered under {trial}.",
    "Lab values on day +7: {lab}.",
    "Staging was based on {code} and MRI findings.",
    "Registered at ClinicalTrials.gov as {trial}.",
    "He was prescribed {dose} of the new drug.",
    "A repeat test on day 28 showed {lab}.",
    "The gene panel covered 128 genes, including {gene}.",
])

family("clean_prices", 36, None, [
    "The estimated cost of {treatment} is {price}.",
    "A deposit of {price} is needed before admission.",
    "how much is {treatment}? in {city} they ask {price}",
    "The family raised {price} in {duration}.",
    "Accommodation near the hospital costs about {rent}.",
    "Our quote for {treatment} was {price}, including the interpreter.",
    "Is {price} the final price or only the surgery?",
])

family("clean_places", 52, None, [
    "The child is in {place}.",
    "Please come to {place} at nine; the interpreter will meet you there.",
    "Families usually rent flats in {bj_area}, a short taxi ride away.",
    "We lived near {street_noname} before moving to Beijing for treatment.",
    "The clinic in {city} is on {street_noname}, next to the bazaar.",
    "Take {transport} and get off at the stop in front of the east gate.",
    "Visiting hours on {place} are 3 to 8 pm.",
    "The family comes from a small town in {country}, two hours from {city}.",
    "Your room is in {place}; the bathroom is shared.",
    "Blood tests are done in {place} before breakfast.",
    "The pharmacy moved to {place} {period}.",
    "Our international department is in Building 3, first floor, next to {place}.",
    "Most Mongolian families arrive through Erenhot or by plane from Ulaanbaatar.",
    "Meet us at the main entrance on {street_noname} if you are coming from {city}.",
    "The hotel is in {bj_area}, opposite the park.",
])

family("clean_contact_form", 90, "form", [
    "hello, how much does {treatment} cost for {age_child_adj|art} child?",
    "do you accept patients from {country}?",
    "is there a Russian speaking coordinator in {dept}?",
    "Good afternoon. My father has {condition}. What documents should I send?",
    "can we do online consultation first, before we buy tickets?",
    "please tell me the waiting time for {treatment}",
    "we are from {city}, my son has {condition}, can you help us",
    "Do you need the original MRI disc or are the images enough?",
    "I want to know about visa. Do you give invitation letter?",
    "hi, can my wife stay in the room with our daughter?",
    "What is the price of one day in {dept}?",
    "Is halal food available? We are {nationality}.",
    "how long after {treatment} can we fly home?",
    "Hello! We wrote {period} but nobody answered.",
    "Does insurance from {country} work in your hospital?",
    "my mother is {age80s}, is it too late for surgery?",
    "Can you recommend a hotel near the hospital with a kitchen?",
    "Thank you for the fast answer yesterday, we will discuss as a family.",
    "is acupuncture good for {condition}??",
    "We have reports in {nationality} only, do you translate them?",
    "please, what is success rate of {treatment} for {condition}",
    "I am a doctor in {city}; do you run training courses in {dept}?",
    "Is it possible to pay in instalments?",
    "do you treat adults or only children with {condition}?",
    "how do we get from the airport, is there a transfer service?",
])

family("clean_chat_snippets", 40, "chat", [
    "[WeChat] ok, we are downstairs",
    "[10:42] the doctor is coming in 5 min",
    "forwarded: results are good!!! counts up",
    "> they moved us to {place}",
    "mama: don't forget the {herb} for tonight",
    "[voice 0:12] we landed, taking {transport} now",
    "nurse said no visitors today because of the flu",
    "ok thank you doctor 🙏",
    "the interpreter is sick, tomorrow someone else will come",
    "we are in the queue at {place}, about 30 people ahead",
    "[group: parents] anyone knows where to buy {herb}?",
    "forwarded from ward chat: play time moved to 4 pm",
])

family("clean_seo_descriptions", 52, None, [
    "{treatment|cap} in Beijing for patients from {country} | International Department",
    "{condition|cap}: diagnosis, treatment options and costs for foreign patients.",
    "How to plan {treatment} in China: visa, timeline and prices.",
    "{dept|cap} — services for international patients, languages spoken, how to apply.",
    "Frequently asked questions about {treatment} for families from {city}.",
    "Second opinion for {condition}: send your records online and get an answer in {duration}.",
    "Patient guide: arriving in Beijing from {city} for {treatment}.",
    "{condition|cap} in children — what parents from {country} should know.",
])

family("clean_thank_you_notes", 46, None, [
    "Dear doctors and nurses of {dept}, thank you for {duration} of care and kindness.",
    "To everyone on the ward: you gave our family {virtue}.",
    "Thank you to the interpreters, the cleaners, the cooks — everyone.",
    "We are back in {city} and the whole family sends warm greetings.",
    "Thank you for treating us like family during {festival}.",
    "With gratitude from {nationality|art} family you will always be part of.",
    "Dear team, our daughter asks when she can visit you again.",
    "We will never forget the night nurse who stayed with us until morning.",
    "Thank you to everyone in {dept} for {treatment} and for every smile.",
    "From all of us in {country}: thank you, Beijing.",
])

family("clean_tcm_herbs", 36, None, [
    "The TCM doctor prescribed {herb} and {herb} to support appetite.",
    "A decoction of {herb} is often added after {treatment}.",
    "Please do not take {herb} during chemotherapy without asking the team.",
    "Moxibustion sessions take about 20 minutes.",
    "The pharmacy prepares {herb} in sachets that are easy to travel with.",
    "Acupuncture was given three times a week for {duration}.",
    "Is {herb} safe with {condition}?",
    "Cupping leaves round marks that fade in a few days.",
])

family("clean_versions_batches", 34, None, [
    "The consent form ({docversion}) is available in six languages.",
    "See {docversion} of the patient handbook for visiting rules.",
    "Some batches of the imported drug were delayed at customs this spring.",
    "Batch numbers are printed on every vial; nurses check them before each dose.",
    "The patient app was updated to {swversion} with a Russian interface.",
    "Dosing tables are on {docversion} of the protocol.",
    "Update the app to {swversion} to see lab results.",
    "The bedside monitors in {dept} now run {swversion}.",
])

# ---------------------------------------------------------------------------
# hard clean families
# ---------------------------------------------------------------------------
family("clean_lookalike_hard", 48, None, [
    "Trial number in full-width digits: NCT０４５６１２３４ — registered, public.",
    "Updating the app to {swversion} fixed the login bug.",
    "Blood pressure 120/80 and pulse 112 — not phone numbers, just vitals.",
    "Room ９０２, bed ３ — the nurses will show you.",
    "Dial one-one-zero for police and one-two-zero for an ambulance.",
    "The ninety-minute lecture covered {eponym} and {gene}.",
    "She was in her late eighties, not yet ninety.",
    "Ward 12-3-07 is the code for floor 12, wing 3, room 7.",
    "Treatment ran 2021-03 to 2021-06, then a pause until autumn.",
    "Platelets went from 12 to 145 in a fortnight.",
    "Protocol {trial}, arm B, cycle 4 of 6.",
    "The price, {price}, includes the interpreter and meals.",
    "Doses of 1.5, 2.0 and 2.5 mg/kg were compared.",
    "Firmware 10.2.4.17 is installed on all infusion pumps in {dept} — a version, not an address.",
    "ICD-10 C91.0 — acute lymphoblastic leukaemia, coded for the insurer.",
    "Call 120, not the hospital switchboard, if the child stops breathing.",
    "His grandmother, eighty-nine, came to every appointment.",
    "HbA1c dropped from 11.2% to 6.9% in six months.",
    "The hotline 12320 answers general health questions.",
    "Pages 12–14 of the booklet show the {dept} floor plan.",
    "Grade 3–4 toxicity was seen in 18 of 120 patients.",
    "lot numbers vary, check the box",
    "room 1203, bed 2, floor 12 — we moved yesterday",
    "{period_bare|cap}: cycles one to six; then radiotherapy.",
])

family("clean_mixed_script_hard", 40, None, [
    "白求恩精神 — the Bethune spirit — is painted on the lobby wall.",
    "The ward is on 中山路, but the entrance is round the back.",
    "她是90后，a young mother from Harbin.",
    "九十年代 the old building still had coal heating.",
    "爷爷年近九旬，but we are asking on behalf of my uncle.",
    "张某 and 李某某 are pseudonyms used in this article.",
    "Спасибо большое всем врачам отделения!",
    "شكراً لكم على كل شيء",
    "ขอบคุณมากค่ะ ทุกคนในโรงพยาบาล",
    "谢谢大家 — thank you all — рахмет — баярлалаа",
    "Сдали анализы, ждём результатов до пятницы.",
    "我们{period_bare}来过一次北京。",
    "В {period_bare} мы уже проходили {treatment}.",
    "请问{treatment}多少钱？We are from {country}.",
    "患儿小Y，{age_child}，来自{city}。",
    "Мама A女士 просит перезвонить через интерпретатора.",
    "A女士的母亲 is staying at the hotel nearby.",
    "Здравствуйте, сколько стоит консультация в {dept}?",
    "مرحبا، هل يوجد مترجم عربي؟",
    "สวัสดีค่ะ ต้องการสอบถามเรื่อง {treatment}",
    "中山大学 and Johns Hopkins co-authored the study.",
    "Рахмет, дорогие врачи! Мы уже дома в {city}.",
])


# ===========================================================================
# GENERATION
# ===========================================================================
def check_families():
    seen = set()
    for cat, count, noise, templates in FAMILIES:
        assert cat not in seen, cat
        seen.add(cat)
        assert templates, cat
        clean = cat.startswith("clean_")
        for t in templates:
            assert "\t" not in t and "\n" not in t, t
            ks = template_kinds(t)
            if clean:
                assert not ks, "clean family %s uses identifier slot: %r" % (cat, t)
            else:
                assert ks, "identifier family %s has a template without identifier slot: %r" % (cat, t)


def generate():
    check_families()
    r = random.Random(SEED)
    rows = []
    seen = set()
    for cat, count, noise, templates in FAMILIES:
        made = 0
        attempts = 0
        while made < count and attempts < count * 60:
            attempts += 1
            t = templates[made % len(templates)] if attempts <= count else r.choice(templates)
            sent, kinds = render(t, r, noise)
            if sent in seen:
                continue
            seen.add(sent)
            label = ",".join(sorted(kinds, key=KIND_INDEX.__getitem__)) or "-"
            rows.append((cat, label, sent))
            made += 1
    return rows


def main():
    rows = generate()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, label, sent in rows:
            assert "\t" not in sent and "\n" not in sent
            fh.write("%s\t%s\t%s\n" % (cat, label, sent))
    if "--stats" in sys.argv:
        counts = {k: 0 for k in KINDS}
        clean = hard = 0
        for cat, label, sent in rows:
            if label == "-":
                clean += 1
            else:
                for k in label.split(","):
                    counts[k] += 1
            if cat.endswith("_hard"):
                hard += 1
        for k in KINDS:
            print("%-22s %d" % (k, counts[k]))
        print("total %d  clean %d  hard %d (%.1f%%)" % (len(rows), clean, hard, 100.0 * hard / len(rows)))


if __name__ == "__main__":
    main()
