#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 17 (English).

What this is
------------
A generator for about 2,500 English sentences of the kinds a Chinese hospital
that treats international patients (Kazakhstan, Russia, Central Asia,
Mongolia, the Middle East, Southeast Asia, Africa, Europe, other Chinese
provinces) publishes or receives: case-story narration, quotes from patients
and relatives, clinicians' remarks, photo captions, timeline entries,
thank-you letters and "Leave Your Message" contact-form messages.  Roughly
1,150 rows are clean but tricky, roughly 1,350 hold at least one identifier.
Output: deid_generated_en_heldout17.tsv next to this script
(columns: category, expected_kinds, sentence).

How it was written
------------------
Written blind, from the brief and general knowledge only: no scanner code,
scanner tests, other corpus files or history were read.  Standard library
only, fixed random seed (running it twice gives a byte-identical file).
Templates carry typed slots; the label of a row is the set of kinds of the
identifier slots used in it, so labels come from construction rather than
from pattern matching on the finished text.  Clean templates may only use
clean slots (asserted).

Judgement calls in the labels
-----------------------------
* A birth date is date_of_birth only; a birthday given without a year is
  still date_of_birth.  Day + month (with or without year) is exact_date.
  Month + year, a year alone, "born in 1987", seasons, decades are clean.
* Ages 90+ in any wording ("ninety-three", "nonagenarian", "in her late
  nineties", "centenarian", 九旬, 年过九十, 百岁, "over ninety") are
  age_over_89; 89 and below ("nearly ninety", "an 89-year-old") are clean.
* Chinese 18-character resident IDs (also with a wrong check digit, spaces,
  dashes, lower-case x or full-width digits) are resident_id only, even
  though they encode a birth date.  Kazakh IIN likewise is national_id only.
* Foreign national numbers (Russian internal passport, SNILS, IIN, PINFL,
  Mongolian register number, SSN, Thai, Indonesian NIK, Vietnamese CCCD,
  Turkish, Egyptian, Nigerian NIN) are national_id; travel passports are
  passport_number.
* A phone number offered for WhatsApp/Telegram/WeChat is phone_number only;
  WeChat IDs, QQ numbers, handles and social-network profile links are
  social_account; crowdfunding pages, blogs and personal home pages are
  web_address.  Names inside e-mails, handles and URLs are not person_name.
* Outpatient/inpatient numbers and hospital IDs are medical_record_number.
  Insurance member/policy/card numbers (incl. Russian OMS policy) are
  health_plan_number; insurance claim numbers are other_number.
* Visa, ticket, booking, court-case, employee, student, courier-tracking,
  appointment and claim numbers are other_number; so are residence/work
  permit, invitation-letter, invoice and donation-receipt numbers.  Clinic
  and visit card numbers are treated as medical_record_number.
* Professional licence numbers always come with the clinician's name:
  licence_number,person_name.  An NPI is treated as a licence number.
* Street + number (or building/room/apartment) is street_address; with a
  postcode also postal_code; a postcode alone is postal_code.  A city,
  district or country alone is clean.
* Family name + title (Dr. Wang, 王医生, 李主任, 老王, 小李), given names alone,
  nicknames and names that are ordinary words used as names are person_name.
  Letter aliases (Ms. A, Patient K, 患者张某, A女士), relations without names,
  historical people in institution names and eponyms are clean.
* Public emergency numbers (120, 112, 103, 911), floor, lift, bus and ward
  floor numbers, trial registry numbers, ICD/ATC codes and gene variants are
  clean.
"""

import os
import random
import re

SEED = 1717
rng = random.Random(SEED)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "deid_generated_en_heldout17.tsv")

KINDS = ("person_name exact_date date_of_birth age_over_89 phone_number email "
         "web_address ip_address social_account street_address postal_code "
         "geolocation passport_number national_id resident_id "
         "medical_record_number health_plan_number account_number "
         "licence_number vehicle_identifier device_identifier "
         "other_number").split()


def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def digs(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]


def spell_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            w = DIGIT_WORDS[int(c)]
            if c == "0" and chance(0.5):
                w = "oh"
            out.append(w)
        elif c == "+":
            out.append("plus")
    return " ".join(out)


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for k in sizes:
        parts.append(s[i:i + k])
        i += k
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def num_words(n):
    if n >= 100:
        rest = n - 100
        return "a hundred" + ("" if rest == 0 else " and " + num_words(rest))
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
       24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
       27: "twenty-seventh", 28: "twenty-eighth"}


def suffix(d):
    if d in (1, 21):
        return "st"
    if d in (2, 22):
        return "nd"
    if d in (3, 23):
        return "rd"
    return "th"


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- people
# (given, gender) pools and family names per origin; invented combinations.
ORIGINS = {
    "kz": dict(
        given=[("Aigerim", "f"), ("Nurlan", "m"), ("Dana", "f"), ("Yerlan", "m"),
               ("Asel", "f"), ("Daniyar", "m"), ("Madina", "f"), ("Arman", "m"),
               ("Zhanar", "f"), ("Bolat", "m"), ("Aruzhan", "f"), ("Yerzhan", "m"),
               ("Gulnara", "f"), ("Saule", "f"), ("Kairat", "m"), ("Dinara", "f"),
               ("Almas", "m"), ("Akbota", "f"), ("Serik", "m"), ("Meruyert", "f"),
               ("Nursultan", "m"), ("Aliya", "f"), ("Yersultan", "m"), ("Togzhan", "f")],
        family=["Nurlanov", "Seitkali", "Abenov", "Zhaksybekov", "Omarov",
                "Bekmukhambetov", "Sarsenbayev", "Iskakov", "Kassymov", "Utepov",
                "Temirbekov", "Zhumabayev", "Akhmetov", "Baimukhanov", "Tulegenov",
                "Yessenov", "Mukanov", "Ospanov"],
        nick={"Aigerim": "Aika", "Daniyar": "Dani", "Nursultan": "Nuri",
              "Aruzhan": "Aru", "Yerzhan": "Yera", "Madina": "Madi"},
        country="Kazakhstan",
        cities=["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe",
                "Pavlodar", "Ust-Kamenogorsk", "Semey", "Taraz", "Kostanay"]),
    "ru": dict(
        given=[("Sergei", "m"), ("Olga", "f"), ("Natalia", "f"), ("Dmitry", "m"),
               ("Irina", "f"), ("Andrei", "m"), ("Tatiana", "f"), ("Vladimir", "m"),
               ("Yelena", "f"), ("Mikhail", "m"), ("Svetlana", "f"), ("Pavel", "m"),
               ("Anastasia", "f"), ("Nikolai", "m"), ("Lyudmila", "f"),
               ("Alexander", "m"), ("Galina", "f"), ("Yuri", "m"), ("Vera", "f"),
               ("Konstantin", "m"), ("Valentina", "f"), ("Artyom", "m")],
        family=["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov",
                "Lebedev", "Kozlov", "Novikov", "Morozov", "Petrov", "Fedorov",
                "Belyaev", "Gromov", "Orlov", "Tikhonov", "Zaitsev", "Pavlenko",
                "Sidorenko", "Bondarenko"],
        nick={"Alexander": "Sasha", "Dmitry": "Dima", "Yelena": "Lena",
              "Mikhail": "Misha", "Tatiana": "Tanya", "Nikolai": "Kolya",
              "Sergei": "Seryozha", "Anastasia": "Nastya", "Lyudmila": "Lyuda",
              "Vladimir": "Volodya", "Natalia": "Natasha", "Pavel": "Pasha"},
        country="Russia",
        cities=["Novosibirsk", "Irkutsk", "Khabarovsk", "Vladivostok", "Chita",
                "Blagoveshchensk", "Krasnoyarsk", "Omsk", "Yakutsk", "Moscow",
                "Ulan-Ude", "Barnaul"]),
    "ca": dict(
        given=[("Dilnoza", "f"), ("Rustam", "m"), ("Sherzod", "m"), ("Gulnoza", "f"),
               ("Bekzod", "m"), ("Nodira", "f"), ("Jasur", "m"), ("Malika", "f"),
               ("Farrukh", "m"), ("Zarina", "f"), ("Azamat", "m"), ("Aibek", "m"),
               ("Cholpon", "f"), ("Nurbek", "m"), ("Firuza", "f"), ("Bakhtiyor", "m"),
               ("Mohira", "f"), ("Ulugbek", "m")],
        family=["Yusupov", "Rakhimov", "Tursunov", "Abdullaev", "Mamatov",
                "Ismoilov", "Sadykov", "Usmonov", "Nazarov", "Kadyrov",
                "Ergashev", "Saidov", "Jumaev", "Toktogulov", "Asanov"],
        nick={"Bakhtiyor": "Bakha", "Ulugbek": "Ulug"},
        country=None,
        cities=["Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh",
                "Dushanbe", "Khujand", "Namangan", "Fergana", "Ashgabat"]),
    "mn": dict(
        given=[("Batbayar", "m"), ("Oyuntsetseg", "f"), ("Enkhjargal", "f"),
               ("Bat-Erdene", "m"), ("Altantsetseg", "f"), ("Ganbold", "m"),
               ("Munkhbat", "m"), ("Sarangerel", "f"), ("Tserendorj", "m"),
               ("Nomin", "f"), ("Erdenebileg", "m"), ("Khulan", "f"),
               ("Temuulen", "m"), ("Anujin", "f"), ("Dorjsuren", "m")],
        family=["Dorj", "Bold", "Gantulga", "Sukhbaatar", "Purev", "Naran",
                "Otgon", "Batjargal", "Tumur", "Ganzorig"],
        nick={"Oyuntsetseg": "Oyuna", "Enkhjargal": "Enkhee",
              "Altantsetseg": "Altaa", "Batbayar": "Bayaraa"},
        country="Mongolia",
        cities=["Ulaanbaatar", "Erdenet", "Darkhan", "Choibalsan", "Khovd",
                "Murun"]),
    "me": dict(
        given=[("Ahmed", "m"), ("Fatima", "f"), ("Omar", "m"), ("Layla", "f"),
               ("Yousef", "m"), ("Mariam", "f"), ("Khalid", "m"), ("Noor", "f"),
               ("Hassan", "m"), ("Aisha", "f"), ("Karim", "m"), ("Reem", "f"),
               ("Tariq", "m"), ("Huda", "f"), ("Saeed", "m"), ("Dalia", "f")],
        family=["Al-Rashid", "Haddad", "Nasser", "Khoury", "Al-Mansouri",
                "Farouk", "Saleh", "Abbas", "Al-Hashimi", "Qasim", "Darwish",
                "Al-Amiri", "Mansour", "Zaidan"],
        nick={"Mariam": "Mimi", "Yousef": "Joe"},
        country=None,
        cities=["Dubai", "Abu Dhabi", "Riyadh", "Amman", "Baghdad", "Muscat",
                "Kuwait City", "Doha", "Erbil", "Cairo"]),
    "sea": dict(
        given=[("Somchai", "m"), ("Nattaya", "f"), ("Siriporn", "f"), ("Anan", "m"),
               ("Budi", "m"), ("Siti", "f"), ("Dewi", "f"), ("Agus", "m"),
               ("Putri", "f"), ("Nurul", "f"), ("Farid", "m"), ("Minh", "m"),
               ("Thi Mai", "f"), ("Van Hung", "m"), ("Thu Ha", "f"),
               ("Kanya", "f"), ("Rizal", "m")],
        family=["Saelim", "Wongsawat", "Santoso", "Wijaya", "Nguyen", "Tran",
                "Pham", "Le", "Hidayat", "Chaiyaporn", "Rahman", "Setiawan",
                "Boonmee"],
        nick={"Nattaya": "Nat", "Siriporn": "Porn", "Somchai": "Chai"},
        country=None,
        cities=["Bangkok", "Chiang Mai", "Jakarta", "Surabaya", "Hanoi",
                "Ho Chi Minh City", "Kuala Lumpur", "Vientiane", "Yangon",
                "Da Nang"]),
    "af": dict(
        given=[("Chinedu", "m"), ("Ngozi", "f"), ("Oluwaseun", "m"), ("Amara", "f"),
               ("Kwame", "m"), ("Abena", "f"), ("Tendai", "m"), ("Thandiwe", "f"),
               ("Kofi", "m"), ("Wanjiru", "f"), ("Baraka", "m"), ("Fatou", "f"),
               ("Emeka", "m"), ("Adaeze", "f"), ("Chiamaka", "f"), ("Ibrahim", "m")],
        family=["Okafor", "Adeyemi", "Mensah", "Boateng", "Moyo", "Kamau",
                "Diallo", "Ndlovu", "Okonkwo", "Otieno", "Mwangi", "Eze",
                "Asante", "Banda", "Chukwu", "Abubakar"],
        nick={"Oluwaseun": "Seun", "Chinedu": "Chi-Chi", "Chiamaka": "Ama"},
        country=None,
        cities=["Lagos", "Abuja", "Accra", "Kumasi", "Nairobi", "Harare",
                "Dakar", "Lusaka", "Addis Ababa", "Dar es Salaam", "Kano"]),
    "eu": dict(
        given=[("Hans", "m"), ("Anna", "f"), ("Lukas", "m"), ("Sophie", "f"),
               ("Marco", "m"), ("Giulia", "f"), ("Pierre", "m"), ("Camille", "f"),
               ("Jan", "m"), ("Katarzyna", "f"), ("Erik", "m"), ("Ingrid", "f"),
               ("Tomas", "m"), ("Eva", "f"), ("Matteo", "m"), ("Lotte", "f")],
        family=["Müller", "Schneider", "Rossi", "Dubois", "Kowalski", "Novak",
                "Lindqvist", "Jansen", "Horvath", "Fischer", "Bianchi",
                "Lefebvre", "Svoboda", "de Vries", "O'Brien"],
        nick={"Katarzyna": "Kasia", "Giulia": "Giuli", "Matteo": "Teo"},
        country=None,
        cities=["Berlin", "Milan", "Lyon", "Warsaw", "Prague", "Stockholm",
                "Rotterdam", "Vienna", "Budapest", "Dublin", "Hamburg"]),
}
# Names that are also ordinary English words (used as names in name rows).
WORD_NAMES = [("Hope", "f"), ("Grace", "f"), ("Joy", "f"), ("Faith", "f"),
              ("Mercy", "f"), ("Precious", "f"), ("Blessing", "f"),
              ("Patience", "f"), ("Gift", "m"), ("Rose", "f"), ("Lily", "f"),
              ("Iris", "f"), ("Ruby", "f"), ("Jade", "f"), ("Amber", "f"),
              ("Dawn", "f"), ("Summer", "f"), ("April", "f"), ("June", "f"),
              ("Will", "m"), ("Bill", "m"), ("Mark", "m"), ("Frank", "m"),
              ("Sunny", "m"), ("Destiny", "f"), ("Godswill", "m"),
              ("Victory", "m"), ("Honour", "f"), ("Constant", "m"),
              ("Sterling", "m"), ("Rich", "m"), ("Goodluck", "m")]
WORD_FAMILY = ["Okafor", "Banda", "Mensah", "Moyo", "Phiri", "Adeyemi",
               "Walker", "Green", "Stone", "Hill", "Brown", "Nkosi", "Eze"]

CN_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"),
             ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"),
             ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
             ("马", "Ma"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"),
             ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("梁", "Liang"),
             ("宋", "Song"), ("韩", "Han"), ("冯", "Feng"), ("于", "Yu")]
CN_GIVEN = [("伟", "Wei", "m"), ("芳", "Fang", "f"), ("娜", "Na", "f"),
            ("磊", "Lei", "m"), ("静", "Jing", "f"), ("敏", "Min", "f"),
            ("浩然", "Haoran", "m"), ("晓玲", "Xiaoling", "f"),
            ("建国", "Jianguo", "m"), ("丽华", "Lihua", "f"),
            ("雨菲", "Yufei", "f"), ("志强", "Zhiqiang", "m"),
            ("爽", "Shuang", "f"), ("子涵", "Zihan", "f"),
            ("桂英", "Guiying", "f"), ("秀兰", "Xiulan", "f"),
            ("德明", "Deming", "m"), ("海燕", "Haiyan", "f"),
            ("俊杰", "Junjie", "m"), ("文博", "Wenbo", "m"),
            ("明", "Ming", "m"), ("红梅", "Hongmei", "f"),
            ("国强", "Guoqiang", "m"), ("亚楠", "Yanan", "f"),
            ("立新", "Lixin", "m"), ("春燕", "Chunyan", "f")]
CN_PROV = [("Heilongjiang", "Harbin"), ("Yunnan", "Kunming"),
           ("Xinjiang", "Urumqi"), ("Gansu", "Lanzhou"),
           ("Inner Mongolia", "Hohhot"), ("Jilin", "Changchun"),
           ("Guangxi", "Nanning"), ("Hainan", "Haikou"), ("Shanxi", "Taiyuan"),
           ("Guizhou", "Guiyang"), ("Qinghai", "Xining"), ("Ningxia", "Yinchuan")]

CYR_GIVEN = {"Sergei": "Сергей", "Olga": "Ольга", "Natalia": "Наталья",
             "Dmitry": "Дмитрий", "Irina": "Ирина", "Andrei": "Андрей",
             "Tatiana": "Татьяна", "Yelena": "Елена", "Mikhail": "Михаил",
             "Svetlana": "Светлана", "Pavel": "Павел", "Galina": "Галина",
             "Aigerim": "Айгерим", "Nurlan": "Нурлан", "Dana": "Дана",
             "Asel": "Асель", "Madina": "Мадина", "Bolat": "Болат",
             "Batbayar": "Батбаяр", "Oyuntsetseg": "Оюунцэцэг",
             "Ganbold": "Ганболд", "Khulan": "Хулан", "Dilnoza": "Дильноза",
             "Rustam": "Рустам", "Vera": "Вера", "Yuri": "Юрий"}
CYR_FAMILY = {"Ivanov": "Иванов", "Smirnov": "Смирнов", "Kuznetsov": "Кузнецов",
              "Popov": "Попов", "Volkov": "Волков", "Sokolov": "Соколов",
              "Petrov": "Петров", "Orlov": "Орлов", "Gromov": "Громов",
              "Nurlanov": "Нурланов", "Abenov": "Абенов", "Omarov": "Омаров",
              "Iskakov": "Искаков", "Akhmetov": "Ахметов", "Yusupov": "Юсупов",
              "Rakhimov": "Рахимов", "Ospanov": "Оспанов"}


def feminine(fam, origin):
    if origin in ("kz", "ru", "ca"):
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina")):
            if fam.endswith(a):
                return fam[: -len(a)] + b
    return fam


class Person:
    def __init__(self, origin=None, word=False, gender=None):
        if origin is None:
            origin = ch(["kz"] * 5 + ["ru"] * 4 + ["ca"] * 3 + ["mn"] * 3 +
                        ["me"] * 2 + ["sea"] * 2 + ["af"] * 2 + ["eu"] * 2 +
                        ["cn"] * 4 + ["word"])
        if word:
            origin = "word"
        self.origin = origin
        self.hanzi = None
        self.nickname = None
        if origin == "cn":
            fh, fp = ch(CN_FAMILY)
            gh, gp, g = ch(CN_GIVEN)
            self.given, self.family, self.gender = gp, fp, g
            self.hanzi = fh + gh
            self.fam_hanzi = fh
            prov, city = ch(CN_PROV)
            self.city, self.country = city, prov + " Province" if prov not in (
                "Xinjiang", "Inner Mongolia", "Guangxi", "Ningxia") else prov
        elif origin == "word":
            self.given, self.gender = ch(WORD_NAMES)
            self.family = ch(WORD_FAMILY)
            self.city = ch(["Lagos", "Lusaka", "Harare", "Accra", "Blantyre",
                            "Kampala", "Nairobi", "Manchester", "Cape Town"])
            self.country = None
        else:
            o = ORIGINS[origin]
            self.given, self.gender = ch(o["given"])
            fam = ch(o["family"])
            self.family = feminine(fam, origin) if self.gender == "f" else fam
            self.base_family = fam
            self.nickname = o["nick"].get(self.given)
            self.city = ch(o["cities"])
            self.country = o["country"]
        if gender and gender != self.gender:
            self.__init__(origin if not word else None, word, gender)

    # rendering -----------------------------------------------------------
    def full(self):
        if self.origin == "cn":
            return self.family + " " + self.given
        if self.origin == "sea" and self.family in ("Nguyen", "Tran", "Pham", "Le"):
            return self.family + " " + self.given
        if self.origin == "mn":
            return self.family[0] + ". " + self.given if chance(0.5) else \
                self.given + " " + self.family
        if self.origin == "ru" and chance(0.2):
            pat = ch(["Petrovich", "Ivanovich", "Sergeyevich", "Nikolaevich"])
            if self.gender == "f":
                pat = pat.replace("vich", "vna").replace("evna", "evna")
            return self.given + " " + pat + " " + self.family
        return self.given + " " + self.family

    def title(self):
        if self.origin == "mn":
            t = "Mr." if self.gender == "m" else ch(["Ms.", "Mrs."])
            return t + " " + self.given
        t = "Mr." if self.gender == "m" else ch(["Ms.", "Mrs.", "Ms", "Madam"])
        if self.origin == "me" and chance(0.3):
            t = "Mr." if self.gender == "m" else "Mrs."
        if chance(0.15):
            t = t.rstrip(".")
        return t + " " + self.family

    def nick(self):
        return self.nickname or self.given

    def formal(self):
        r = rng.random()
        if r < 0.35:
            return self.family.upper() + " " + self.given
        if r < 0.7:
            return self.given[0] + ". " + self.family
        return self.family + " " + self.given[0] + "."

    def cjk(self):
        if self.hanzi:
            return self.hanzi
        cg = CYR_GIVEN.get(self.given)
        cf = CYR_FAMILY.get(getattr(self, "base_family", ""), None)
        if cg and cf:
            if self.gender == "f":
                cf = cf + "а"
            return cg + " " + cf
        if cg:
            return cg
        return self.full()

    def pr(self):
        return "he" if self.gender == "m" else "she"

    def pos(self):
        return "his" if self.gender == "m" else "her"

    def obj(self):
        return "him" if self.gender == "m" else "her"


def doctor():
    """A Chinese clinician at the hospital."""
    fh, fp = ch(CN_FAMILY)
    gh, gp, g = ch(CN_GIVEN)
    return dict(fh=fh, fp=fp, gh=gh, gp=gp, g=g)


def render_dr(d, style=None):
    style = style or ch(["dr", "dr", "drfull", "prof", "dir", "cn", "cn2",
                         "nurse", "profull", "lao"])
    fp, gp, fh, gh = d["fp"], d["gp"], d["fh"], d["gh"]
    if style == "dr":
        return ch(["Dr. ", "Dr ", "Doctor "]) + fp
    if style == "drfull":
        return ch(["Dr. ", "Dr "]) + fp + " " + gp
    if style == "prof":
        return ch(["Professor ", "Prof. "]) + fp
    if style == "profull":
        return ch(["Professor ", "Prof. "]) + fp + " " + gp
    if style == "dir":
        return ch(["Director ", "Chief Physician "]) + fp
    if style == "cn":
        return fh + ch(["医生", "主任", "大夫", "教授"])
    if style == "cn2":
        return fh + gh + ch(["医生", "主任", ""])
    if style == "nurse":
        return ch(["Nurse ", "head nurse ", "Head Nurse "]) + fp
    if style == "lao":
        return ch(["老", "小"]) + fh
    return "Dr. " + fp


# ------------------------------------------------------ identifier values
HARD = [False]          # set when a harder surface form was produced


def hard(p=0.2):
    if chance(p):
        HARD[0] = True
        return True
    return False


def v_date():
    y = rng.randint(2014, 2024)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[m - 1]
    if hard(0.2):
        return ch([
            "the " + ORD[d] + " of " + mn,
            ORD[d] + " " + mn + " " + num_words(y // 100) + " " +
            (num_words(y % 100) if y % 100 >= 10 else "oh " + num_words(y % 100)),
            fullwidth(f"{y}年{m}月{d}日"),
            f"{d} . {m:02d} . {y}",
            f"{mn.lower()} {d}{suffix(d)}",
            f"{d}/{m}",
            f"{m}月{d}号",
            f"{d}-{mn[:3].upper()}-{y % 100:02d}",
        ])
    return ch([
        f"{d} {mn} {y}", f"{mn} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}年{m}月{d}日",
        f"{mn} {d}", f"{d} {mn}", f"{mn} {d}{suffix(d)}",
        f"{d} {mn[:3]} {y}", f"{mn[:3]}. {d}, {y}", f"{m}月{d}日",
        f"the {d}{suffix(d)} of {mn}", f"{y}.{m:02d}.{d:02d}",
    ])


def v_dob():
    y = rng.randint(1931, 2021)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[m - 1]
    if hard(0.2):
        return ch([
            "the " + ORD[d] + " of " + mn + " " + str(y),
            fullwidth(f"{y}年{m}月{d}日"),
            f"{d} {m} {y}",
            f"{y} {mn.lower()} {d}",
            f"{d:02d}{m:02d}{y}",
            f"{d}.{m}.{y % 100:02d}",
        ])
    return ch([
        f"{d} {mn} {y}", f"{mn} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}年{m}月{d}日",
        f"{d} {mn[:3]} {y}", f"{mn[:3]} {d} {y}",
    ])


def v_age90_n():
    """A bare number/word for an age of 90+ (after 'aged', 'is', ...)."""
    a = rng.choice(list(range(90, 100)) * 3 + list(range(100, 106)))
    if hard(0.35):
        return num_words(a)
    return str(a)


def v_age90_adj():
    a = rng.choice(list(range(90, 100)) * 3 + list(range(100, 106)))
    r = rng.random()
    if r < 0.35:
        return f"{a}-year-old"
    if r < 0.55:
        HARD[0] = True
        return num_words(a) + "-year-old"
    if r < 0.7:
        return "nonagenarian" if a < 100 else "centenarian"
    if r < 0.8:
        return f"{a} y/o"
    if r < 0.9:
        return f"{a}-yr-old"
    return ch(["ninety-something", "hundred-year-old"])


def v_age90_phrase():
    return ch(["in her late nineties", "in his early nineties",
               "in her nineties", "well into his nineties", "past ninety",
               "over ninety", "older than ninety", "a centenarian",
               "a nonagenarian", "already 90+", "年过九十", "九旬",
               "百岁", "in his mid-nineties", "aged over 90",
               "just past a hundred", "nearly a hundred years old",
               "all of ninety-six", "a month short of 100"])


# phone numbers by country: (country code, national pattern lengths)
def v_phone(country=None):
    c = country or ch(["kz", "kz", "ru", "ru", "cn", "cn", "uz", "mn", "ae",
                       "th", "ng", "de", "kg", "id", "vn", "cnl"])
    if c == "kz":
        n = ch(["701", "705", "707", "747", "777", "775", "702"]) + digs(7)
        cc = "+7"
        fm = ch([f"+7 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
                 f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", f"8{n}",
                 f"8 {n[:3]} {n[3:6]} {n[6:]}", f"+7{n}"])
    elif c == "ru":
        n = "9" + digs(9)
        cc = "+7"
        fm = ch([f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}",
                 f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", f"+7{n}",
                 f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"])
    elif c == "cn":
        n = "1" + ch("3456789") + digs(9)
        cc = "+86"
        fm = ch([f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}",
                 n, f"+86-{n}", f"{n[:3]} {n[3:7]} {n[7:]}"])
    elif c == "cnl":
        n = ch(["0451", "0871", "0991", "0931", "0471", "0431"]) + digs(8, True)
        cc = "+86"
        fm = ch([f"{n[:4]}-{n[4:]}", f"({n[:4]}) {n[4:8]} {n[8:]}",
                 f"+86 {n[1:4]} {n[4:]}"])
    elif c == "uz":
        n = ch(["90", "91", "93", "94", "97", "99"]) + digs(7)
        cc = "+998"
        fm = ch([f"+998 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                 f"+998{n}", f"(+998) {n[:2]} {n[2:5]}-{n[5:7]}-{n[7:]}"])
    elif c == "kg":
        n = ch(["555", "700", "770", "551"]) + digs(6)
        cc = "+996"
        fm = ch([f"+996 {n[:3]} {n[3:]}", f"+996 ({n[:3]}) {n[3:5]}-{n[5:7]}-{n[7:]}"])
    elif c == "mn":
        n = ch(["88", "99", "95", "91", "80"]) + digs(6)
        cc = "+976"
        fm = ch([f"+976 {n[:4]} {n[4:]}", f"+976-{n}", f"(976) {n[:4]}-{n[4:]}"])
    elif c == "ae":
        n = ch(["50", "52", "55", "56"]) + digs(7)
        cc = "+971"
        fm = ch([f"+971 {n[:2]} {n[2:5]} {n[5:]}", f"00971{n}",
                 f"+971-{n[:2]}-{n[2:]}"])
    elif c == "th":
        n = ch(["81", "89", "86", "92"]) + digs(7)
        cc = "+66"
        fm = ch([f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:5]}-{n[5:]}"])
    elif c == "ng":
        n = ch(["803", "806", "813", "706", "816"]) + digs(7)
        cc = "+234"
        fm = ch([f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}",
                 f"+234-{n[:3]}-{n[3:6]}-{n[6:]}"])
    elif c == "id":
        n = "8" + ch(["12", "13", "21", "52", "57"]) + digs(8)
        cc = "+62"
        fm = ch([f"+62 {n[:3]}-{n[3:7]}-{n[7:]}", f"0{n}"])
    elif c == "vn":
        n = ch(["90", "91", "98", "97", "35"]) + digs(7)
        cc = "+84"
        fm = ch([f"+84 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"])
    else:  # de
        n = "15" + digs(9)
        cc = "+49"
        fm = ch([f"+49 {n[:3]} {n[3:7]} {n[7:]}", f"0{n[:3]}/{n[3:]}"])
    if hard(0.22):
        r = rng.random()
        if r < 0.3:
            return fullwidth(fm)
        if r < 0.55:
            return spell_digits(cc + n)
        if r < 0.7:
            return cc + " " + ".".join([n[:3], n[3:6], n[6:]])
        if r < 0.85:
            return " ".join(cc + n)
        return cc + " " + n[:3] + " " + digs(0) + n[3:6] + "  " + n[6:]
    return fm


def v_email(p=None):
    p = p or Person()
    g = re.sub(r"[^a-z]", "", p.given.lower())
    f = re.sub(r"[^a-z]", "", p.family.lower().replace("ü", "u"))
    local = ch([g + "." + f, g + f[:1], g + digs(2), f + "_" + g[:1],
                g + "_" + f + digs(2), g[:1] + f + digs(4), g + "." + f + digs(2),
                ch(["mama", "papa", "happy", "sunny", "almaty", "steppe"]) + "_" +
                g + digs(2)])
    dom = ch(["mail.ru", "yandex.ru", "gmail.com", "mail.kz", "inbox.ru",
              "yahoo.com", "outlook.com", "163.com", "hotmail.com", "bk.ru",
              "list.ru", "icloud.com", "yahoo.co.uk", "gmx.de", "proton.me",
              "rambler.ru", "live.com", "126.com"])
    if p.origin == "cn" and chance(0.4):
        return digs(rng.randint(8, 10), True) + "@qq.com"
    e = local + "@" + dom
    if hard(0.2):
        u, d = e.split("@")
        return ch([u + " at " + d.replace(".", " dot "),
                   u + "[at]" + d, u + "(at)" + d, e.upper(),
                   u + " @ " + d, u + "＠" + d, u + " [at] " + d.replace(".", "[.]")])
    return e


def slug(p):
    return re.sub(r"[^a-z-]", "", (p.given + "-" + p.family).lower()
                  .replace(" ", "-").replace("ü", "u"))


def v_url(p=None):
    p = p or Person()
    s = slug(p)
    g = re.sub(r"[^a-z]", "", p.given.lower())
    u = ch([
        f"https://www.gofundme.com/f/help-{s}-beat-cancer",
        f"gofundme.com/f/{g}s-surgery-in-china",
        f"https://www.gofundme.com/f/support-{g}-{digs(3)}",
        f"www.{g}{re.sub('[^a-z]', '', p.family.lower())}.com",
        f"https://{g}-recovery.blogspot.com",
        f"{s}.wordpress.com",
        f"https://milaap.org/fundraisers/support-{s}",
        f"https://kitabisa.com/campaign/bantu{g}sembuh",
        f"https://www.ketto.org/fundraiser/save-{g}-{digs(3)}",
        f"https://sites.google.com/view/{g}-{digs(2)}",
        f"http://{g}{digs(2)}.narod.ru",
        f"https://telegra.ph/{g.capitalize()}-treatment-diary-{digs(2)}",
        f"https://{s}.medium.com/my-journey",
        f"www.{re.sub('[^a-z]', '', p.family.lower())}-family.de/blog",
        f"https://www.justgiving.com/crowdfunding/{s}",
        f"https://www.leetchi.com/c/{s}",
        f"{g}.livejournal.com",
        f"https://{g}{digs(3)}.tilda.ws",
    ])
    if hard(0.15):
        HARD[0] = True
        return u.replace("https://", "").replace(".", " dot ").replace("/", " slash ")
    return u


def v_ip():
    if chance(0.2):
        HARD[0] = chance(0.3) or HARD[0]
        return ch(["2a02:2168:", "2001:da8:", "2a03:d000:", "2400:cb00:",
                   "2a00:1fa0:"]) + ":".join(
            "%x" % rng.randint(0, 0xffff) for _ in range(rng.randint(2, 4))) + \
            ch(["::1", "", "::" + "%x" % rng.randint(1, 0xfff)])
    first = ch([95, 185, 178, 89, 46, 5, 37, 212, 213, 176, 103, 41, 197, 82,
                223, 36, 117, 188, 77])
    ip = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if hard(0.15):
        return ch([ip.replace(".", " . "), ip.replace(".", " dot "),
                   fullwidth(ip)])
    return ip


def v_social(p=None, kind=None):
    p = p or Person()
    g = re.sub(r"[^a-z]", "", p.given.lower())
    f = re.sub(r"[^a-z]", "", p.family.lower().replace("ü", "u"))
    k = kind or ch(["wechat", "wechat", "qq", "tg", "ig", "vk", "fb", "tt",
                    "line", "ok", "x"])
    if k == "wechat":
        v = ch([f"wxid_{letters(10, 'abcdefghijkmnpqrstuvwxyz0123456789')}",
                f"{g}_{f[:3]}{digs(2)}", f"{g}{digs(4)}", f"{f}-{g}",
                f"{g}_{ch(['almaty', 'ub', 'tashkent', 'harbin', 'love'])}"])
        return ("WeChat ID " if chance(0.5) else ch(["wechat: ", "微信号 ", "WeChat "])) + v, k
    if k == "qq":
        return ch(["QQ ", "QQ: ", "qq号 ", "QQ number "]) + digs(rng.randint(8, 10), True), k
    if k == "tg":
        return ch(["Telegram @", "@", "t.me/", "tg: @"]) + ch([g + "_" + f, g + digs(2), f + g[:1], g + "_" + ch(["kz", "ub", "uz", "nsk"])]), k
    if k == "ig":
        return ch(["instagram.com/", "Instagram @", "IG: @", "https://www.instagram.com/"]) + ch([g + "." + f, g + "_" + digs(2), g + ".journey", f + "." + g]), k
    if k == "vk":
        return ch(["vk.com/id" + digs(9, True), "vk.com/" + g + "_" + f, "https://vk.com/" + g + f[:2]]), k
    if k == "fb":
        return ch(["facebook.com/", "https://www.facebook.com/", "fb.com/"]) + ch([g + "." + f + "." + digs(1, True), g + f, f + "." + g]), k
    if k == "tt":
        return ch(["TikTok @", "tiktok.com/@"]) + ch([g + ".in.china", g + "_" + f[:4], g + digs(3)]), k
    if k == "line":
        return "LINE ID " + ch([g + digs(2), g + "_" + f[:3]]), k
    if k == "ok":
        return "ok.ru/profile/" + digs(12, True), k
    return ch(["x.com/", "twitter.com/", "@"]) + ch([g + "_" + f, g + digs(3)]), k


def v_postcode(country=None, p=None):
    if p is not None and country is None and chance(0.85):
        country = {"kz": ch(["kz", "kz2"]), "ru": "ru", "cn": "cn", "mn": "mn",
                   "ca": "uz", "af": "ng", "word": ch(["ng", "uk"]),
                   "me": "tr", "sea": "th", "eu": ch(["de", "uk"])}[p.origin]
    c = country or ch(["kz", "kz2", "ru", "cn", "mn", "de", "uk", "us", "th",
                       "ng", "uz", "tr"])
    v = {
        "kz": lambda: ch(["050", "010", "160", "100", "030", "140"]) + digs(3),
        "kz2": lambda: ch("ABCDEFHJ") + digs(2) + ch("ABCDEFGKPT") + digs(1) +
        ch("ABCDEFGKPTXY") + digs(1),
        "ru": lambda: ch(["630", "664", "680", "690", "672", "675", "660",
                          "101", "125"]) + digs(3),
        "cn": lambda: ch(["150", "650", "830", "730", "010", "130"]) + digs(3),
        "mn": lambda: ch(["14", "13", "16", "17"]) + digs(3),
        "de": lambda: digs(5, True),
        "uk": lambda: ch(["SW1A 1AA", "M1 " + digs(1, True) + "AB",
                          "EH" + digs(1, True) + " " + digs(1) + "QT",
                          "B" + digs(2, True) + " " + digs(1) + "NX"]),
        "us": lambda: digs(5, True),
        "th": lambda: "10" + digs(3),
        "ng": lambda: ch(["100", "900", "101", "400"]) + digs(3),
        "uz": lambda: "100" + digs(3),
        "tr": lambda: digs(2, True) + digs(3),
    }[c]()
    if hard(0.12):
        if v.isdigit():
            return ch([" ".join(v), fullwidth(v), v[:3] + " " + v[3:]])
        return v.lower()
    return v


def v_address(p=None):
    """A street address (street + number / building / room)."""
    r = rng.random()
    if p is not None and chance(0.85):
        r = {"kz": 0.07, "ru": 0.2, "cn": 0.36, "mn": 0.5, "ca": 0.58,
             "af": 0.67, "word": 0.67, "me": 0.76, "sea": 0.84,
             "eu": 0.94}[p.origin]
    n = rng.randint(1, 240)
    apt = rng.randint(1, 180)
    if r < 0.14:
        s = ch(["Abay Avenue", "Dostyk Avenue", "Tole Bi Street", "Raiymbek Avenue",
                "Kabanbay Batyr Avenue", "Satpayev Street", "Zhibek Zholy Street",
                "Al-Farabi Avenue", "Respublika Avenue", "Baitursynov Street"])
        return ch([f"{s} {n}, apt {apt}", f"{n} {s}, flat {apt}",
                   f"{s}, {n}-{apt}", f"{s} {n}, kv. {apt}",
                   f"microdistrict Samal-{rng.randint(1, 3)}, house {n}, apartment {apt}"])
    if r < 0.28:
        s = ch(["ul. Lenina", "ul. Karla Marksa", "prospekt Mira", "ul. Sovetskaya",
                "ул. Ленина", "проспект Мира", "ul. Gagarina", "ул. Пушкина",
                "ul. Lermontova", "Krasny prospekt"])
        return ch([f"{s} {n}-{apt}", f"{s}, d. {n}, kv. {apt}",
                   f"{s}, д. {n}, кв. {apt}", f"{s} {n}, apt. {apt}",
                   f"{s}, {n}, korp. {rng.randint(1, 4)}, kv. {apt}"])
    if r < 0.44:
        road = ch(["Zhongshan Road", "Xuefu Road", "Renmin Street", "Jianshe Road",
                   "Hongqi Street", "Beijing Road", "Youyi Road", "Dongfeng Road",
                   "Changjiang Road", "Huanghe Road"])
        cnroad = ch(["中山路", "学府路", "人民大街", "建设路", "红旗大街",
                     "友谊路", "东风路", "长江路"])
        return ch([f"Room {rng.randint(1, 28)}{rng.randint(1, 12):02d}, Building {rng.randint(1, 30)}, No. {n} {road}",
                   f"No. {n} {road}, Unit {rng.randint(1, 6)}, Room {rng.randint(101, 2602)}",
                   f"{cnroad}{n}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2602)}室",
                   f"{n} {road}, Apt {rng.randint(101, 2602)}",
                   f"{cnroad}{n}号",
                   f"Building {rng.randint(1, 30)}, {n} {road}"])
    if r < 0.54:
        s = ch(["Peace Avenue", "Chinggis Avenue", "Seoul Street",
                "Ikh Toiruu", "Olympic Street", "Baga Toiruu"])
        return ch([f"{s} {n}, apartment {apt}",
                   f"Building {n}, {s}, apt {apt}",
                   f"{s}-{n}, door {apt}",
                   f"{rng.randint(1, 25)}th khoroo, building {n}, apartment {apt}"])
    if r < 0.62:
        s = ch(["Amir Temur Street", "Mustaqillik Avenue", "Chui Avenue",
                "Rudaki Avenue", "Navoi Street", "Manas Avenue"])
        return ch([f"{s} {n}, kv. {apt}", f"{n} {s}, apt {apt}",
                   f"{s}, house {n}, flat {apt}"])
    if r < 0.72:
        s = ch(["Adeola Odeku Street", "Awolowo Road", "Ring Road Central",
                "Moi Avenue", "Samora Machel Avenue", "Herbert Macaulay Way",
                "Kimathi Street", "Oxford Street, Osu"])
        return ch([f"{n} {s}", f"Plot {n}, {s}", f"No. {n}, {s}",
                   f"House {n}, {s}, flat {rng.randint(1, 12)}"])
    if r < 0.8:
        s = ch(["Al Wasl Road", "Sheikh Zayed Road", "King Fahd Road",
                "Street 14, Al Barsha 2", "Rainbow Street", "Al Khuwair Street"])
        return ch([f"Villa {n}, {s}", f"{s}, building {n}, flat {apt}",
                   f"Apt {apt}, Tower {rng.randint(1, 5)}, {s}"])
    if r < 0.88:
        s = ch(["Sukhumvit Soi " + str(rng.randint(1, 71)), "Jalan Sudirman",
                "Le Loi Street", "Jalan Ampang", "Nguyen Hue Boulevard",
                "Ratchadaphisek Road"])
        return ch([f"{n}/{rng.randint(1, 99)} {s}", f"No. {n}, {s}",
                   f"{n} {s}, Moo {rng.randint(1, 12)}", f"{s} No. {n}"])
    s = ch(["Hauptstraße", "Via Roma", "Rue de la République", "ul. Marszałkowska",
            "Kungsgatan", "Vinohradská", "Keizersgracht", "Baker Street",
            "Mariahilfer Straße"])
    return ch([f"{s} {n}", f"{n} {s}", f"{s} {n}/{apt}", f"{s} {n}, apt {apt}"])


def v_geo():
    lat = rng.uniform(1.0, 56.0)
    lon = rng.uniform(3.0, 135.0)
    if chance(0.15):
        lon = -rng.uniform(1.0, 17.0)
    r = rng.random()
    if r < 0.35:
        return f"{lat:.4f}, {lon:.4f}"
    if r < 0.5:
        return f"{lat:.5f},{lon:.5f}"
    if r < 0.65:
        def dms(x, pos, neg):
            h = pos if x >= 0 else neg
            x = abs(x)
            d = int(x)
            m = int((x - d) * 60)
            s = int(((x - d) * 60 - m) * 60)
            return f"{d}°{m:02d}′{s:02d}″{h}"
        return dms(lat, "N", "S") + " " + dms(lon, "E", "W")
    if r < 0.8:
        return f"lat {lat:.4f} lon {lon:.4f}"
    if r < 0.9:
        return f"N{lat:.3f} E{lon:.3f}" if lon > 0 else f"N{lat:.3f} W{-lon:.3f}"
    HARD[0] = True
    return f"{lat:.4f} north, {lon:.4f} east" if lon > 0 else \
        f"{lat:.4f} north, {-lon:.4f} west"


def v_passport(c=None):
    c = c or ch(["kz", "ru", "cn", "mn", "uz", "ng", "de", "th", "ae", "vn",
                 "kg", "id", "eg"])
    v = {
        "kz": lambda: "N" + digs(8),
        "ru": lambda: ch(["72", "75", "76", "65"]) + " " + digs(7),
        "cn": lambda: ch(["E", "EA", "EB", "EJ"]) + digs(7 if chance(0.5) else 8)[:8],
        "mn": lambda: "E" + digs(7),
        "uz": lambda: ch(["AA", "FA", "AB", "AD"]) + digs(7),
        "ng": lambda: "A" + digs(8),
        "de": lambda: ch("CFGHJK") + letters(1, "0123456789CFGHJKLMNPRTVWXYZ") +
        digs(2) + letters(5, "0123456789CFGHJKLMNPRTVWXYZ"),
        "th": lambda: ch(["AA", "AB", "AC"]) + digs(7),
        "ae": lambda: digs(9, True),
        "vn": lambda: ch("BCN") + digs(7),
        "kg": lambda: ch(["AC", "PE"]) + digs(7),
        "id": lambda: ch("ABCX") + digs(7),
        "eg": lambda: "A" + digs(8),
    }[c]()
    if hard(0.18):
        return ch([" ".join(v.replace(" ", "")), v.lower(),
                   v[:1] + " " + v[1:5] + " " + v[5:], fullwidth(v)])
    return v


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(s):
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c
    return s + "0"


def v_natid():
    k = ch(["iin", "iin", "rupass", "snils", "pinfl", "mnreg", "ssn", "th",
            "nik", "cccd", "tc", "eg", "nin", "kgpin"])
    yy = rng.randint(40, 99)
    mm = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    if k == "iin":
        v = f"{yy:02d}{mm:02d}{dd:02d}" + digs(6)
        lab = ch(["IIN", "ИИН", "individual identification number (IIN)", "IIN no."])
    elif k == "rupass":
        v = f"{rng.randint(1, 99):02d} {rng.randint(0, 24):02d} {digs(6)}"
        lab = ch(["internal passport", "Russian internal passport", "паспорт РФ",
                  "internal passport series and number"])
    elif k == "snils":
        d = digs(9)
        v = f"{d[:3]}-{d[3:6]}-{d[6:]} {digs(2)}"
        lab = ch(["SNILS", "СНИЛС", "SNILS number"])
    elif k == "pinfl":
        v = ch("3456") + f"{dd:02d}{mm:02d}{yy:02d}" + digs(7)
        lab = ch(["PINFL", "ПИНФЛ", "JSHSHIR", "personal ID (PINFL)"])
    elif k == "mnreg":
        v = ch(["УБ", "ЧЕ", "ДА", "УЕ", "ТА", "UB", "CHE"]) + f"{yy:02d}{mm:02d}{dd:02d}" + digs(2)
        lab = ch(["register number", "Mongolian registration number",
                  "регистрийн дугаар", "civil registration no."])
    elif k == "ssn":
        v = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{digs(4, True)}"
        lab = ch(["SSN", "Social Security number", "social security no."])
    elif k == "th":
        d = ch("1358") + digs(12)
        v = f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"
        lab = ch(["Thai ID card number", "Thai national ID", "citizen ID"])
    elif k == "nik":
        v = ch(["31", "32", "35", "51"]) + digs(4) + f"{dd:02d}{mm:02d}{yy:02d}" + digs(4)
        lab = ch(["NIK", "KTP number", "Indonesian NIK"])
    elif k == "cccd":
        v = "0" + digs(2) + ch("0123") + f"{yy:02d}" + digs(6)
        lab = ch(["CCCD", "Vietnamese citizen ID", "CCCD number"])
    elif k == "tc":
        v = digs(11, True)
        lab = ch(["T.C. Kimlik No", "Turkish ID number", "TC number"])
    elif k == "eg":
        v = ch("23") + f"{yy:02d}{mm:02d}{dd:02d}" + digs(7)
        lab = ch(["Egyptian national ID", "national ID number", "الرقم القومي"])
    elif k == "nin":
        v = digs(11, True)
        lab = ch(["NIN", "National Identification Number", "NIN slip number"])
    else:
        v = ch("12") + f"{dd:02d}{mm:02d}19{yy:02d}" + digs(5)
        lab = ch(["Kyrgyz PIN", "personal number (ПИН)", "INN"])
    if hard(0.15):
        v = ch([" ".join(v.replace(" ", "").replace("-", "")[i:i + 3]
                         for i in range(0, len(v.replace(" ", "").replace("-", "")), 3)),
                fullwidth(v), v.replace(" ", "").replace("-", "")])
    return lab, v


RID_REGIONS = ["230103", "230102", "230104", "530102", "530111", "650102",
               "650104", "620102", "150102", "220102", "450103", "460105",
               "140105", "520102", "630102", "640104", "110105", "310115",
               "232700", "152502"]


def rid_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    m = sum(int(a) * b for a, b in zip(s17, w)) % 11
    return "10X98765432"[m]


def v_resid():
    reg = ch(RID_REGIONS)
    y = rng.randint(1935, 2019)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s17 = f"{reg}{y}{m:02d}{d:02d}{digs(3)}"
    c = rid_check(s17)
    if chance(0.12):
        c = ch([x for x in "0123456789X" if x != c])
    v = s17 + c
    if hard(0.25):
        r = rng.random()
        if r < 0.3:
            v = f"{v[:6]} {v[6:14]} {v[14:]}"
        elif r < 0.5:
            v = f"{v[:6]}-{v[6:14]}-{v[14:]}"
        elif r < 0.65:
            v = v.lower()
        elif r < 0.8:
            v = fullwidth(v)
        else:
            v = " ".join(group(v, [3, 3, 4, 4, 4]).split())
    return v


def v_mrn():
    """Returns (label phrase, value) for a medical record / hospital number."""
    y = rng.randint(2015, 2024)
    lab, v = ch([
        (ch(["MRN", "MRN:", "medical record number", "medical record no.",
             "record no.", "病案号", "病历号", "hospital number", "case record number",
             "patient ID", "hospital ID"]),
         ch([digs(8), digs(7, True), f"{y}-{digs(6)}", "H" + digs(7),
             f"MR{digs(8)}", f"{digs(3)}-{digs(3)}-{digs(2)}", f"00{digs(6)}"])),
        (ch(["inpatient number", "inpatient no.", "住院号", "admission number"]),
         ch([f"ZY{y}{digs(5)}", digs(7, True), f"IP-{digs(7)}", f"{y % 100}{digs(6)}"])),
        (ch(["outpatient number", "outpatient ID", "门诊号", "clinic card no.",
             "visit card number"]),
         ch([f"MZ{digs(8)}", digs(10, True), f"OP{digs(7)}", f"{digs(4)} {digs(4)} {digs(2)}"])),
    ])
    if hard(0.15):
        v = ch([" ".join(v.replace("-", "").replace(" ", "")), fullwidth(v),
                v.lower(), spell_digits(v) if v.isdigit() else v.replace("-", " ")])
    return lab, v


def v_hplan():
    lab, v = ch([
        (ch(["OMS policy", "OMS policy number", "полис ОМС", "compulsory medical insurance policy"]),
         ch([digs(16, True), f"{digs(4, True)} {digs(4)} {digs(4)} {digs(4)}"])),
        (ch(["Bupa Global membership number", "Bupa member ID", "membership no."]),
         f"{digs(8, True)}-{digs(2)}"),
        (ch(["Allianz Care member ID", "Allianz policy number", "Allianz card no."]),
         ch([digs(7, True), f"ALZ-{digs(8)}", f"P{digs(9)}"])),
        (ch(["Cigna Global policy no.", "Cigna member ID", "Cigna ID"]),
         ch(["U" + digs(8), digs(9, True), f"CG{digs(7)}"])),
        (ch(["insurance card number", "health insurance card", "insurance member number",
             "insurance policy number", "policy no.", "member ID"]),
         ch([digs(12, True), f"{letters(3)}{digs(9)}", f"{digs(3)}-{digs(3)}-{digs(4)}",
             f"{letters(2)}-{digs(6)}-{digs(2)}"])),
        (ch(["医保卡号", "medical insurance card (医保卡) no.", "医保卡 number"]),
         ch([f"{ch(['H', 'M'])}{digs(13)}", digs(18, True)[:9], f"{ch(RID_REGIONS)[:2]}{digs(10)}"])),
        (ch(["Daman card number", "Thiqa card no.", "Daman member ID"]),
         f"{digs(3)}-{digs(3)}-{digs(9)}-{digs(2)}"),
        (ch(["NHIS number", "NHIA enrollee ID", "HMO member number"]),
         ch([digs(10, True), f"NHIS/{digs(6)}/{digs(2)}"])),
        (ch(["AXA policy number", "AXA PPP membership no.", "MetLife policy"]),
         ch([f"PHI-{digs(7)}", f"{letters(2)}{digs(8)}", digs(10, True)])),
        (ch(["DMS policy", "voluntary medical insurance (ДМС) policy", "ДМС полис"]),
         ch([f"{digs(3)}-{digs(7)}", f"{letters(2)} {digs(8)}"])),
    ])
    if hard(0.15):
        v = ch([fullwidth(v), " ".join(v.replace(" ", "").replace("-", "")[i:i + 4]
                                       for i in range(0, len(v.replace(" ", "").replace("-", "")), 4)),
                v.replace("-", " ")])
    return lab, v


def v_acct():
    r = rng.random()
    if r < 0.2:
        b = f"KZ{digs(2)}{digs(3)}" + letters(13, "0123456789KZT")
        lab = ch(["IBAN", "account (IBAN)", "Kaspi account", "IBAN KZT"])
        v = ch([b, group(b, [4, 4, 4, 4, 4])])
    elif r < 0.32:
        v = ch(["40817810", "40817840", "40817156"]) + digs(12)
        lab = ch(["account number", "счёт", "Sberbank account", "account no."])
    elif r < 0.5:
        v = ch(["6222", "6217", "6228", "6212"]) + digs(15)
        lab = ch(["bank card", "UnionPay card", "card number", "银行卡号", "Bank of China card"])
        v = ch([v, group(v, [4, 4, 4, 4])])
    elif r < 0.66:
        pre = ch(["4", "5", "2200"])
        v = luhn_complete(pre + digs(15 - len(pre)))
        lab = ch(["card", "Visa card", "Mastercard", "Mir card", "credit card number",
                  "debit card"])
        v = ch([group(v, [4, 4, 4, 4]), group(v, [4, 4, 4, 4], "-"), v])
    elif r < 0.74:
        v = "DE" + digs(2) + digs(18)
        lab = ch(["IBAN", "bank account (IBAN)"])
        v = group(v, [4, 4, 4, 4, 4])
    elif r < 0.82:
        v = "AE" + digs(2) + "0" + digs(20)
        lab = ch(["IBAN", "Emirates NBD account IBAN"])
        v = ch([v, group(v, [4, 4, 4, 4, 4, 3])])
    elif r < 0.9:
        v = digs(10)
        lab = ch(["account number", "GTBank account", "Access Bank account no.", "NUBAN"])
    else:
        v = digs(rng.randint(12, 14), True)
        lab = ch(["account no.", "savings account", "bank account number"])
    if hard(0.15):
        v = ch([fullwidth(v), v.replace(" ", ""), " ".join(v.replace(" ", "")[i:i + 2]
                                                        for i in range(0, len(v.replace(" ", "")), 2))])
    return lab, v


def v_licence():
    lab, v = ch([
        (ch(["practising certificate no.", "physician practising certificate",
             "执业证书编码", "执业证号", "medical practitioner licence no.",
             "licence number", "practice licence"]),
         ch([f"1{digs(2)}{ch(['23', '53', '65', '11'])}{digs(11)}",
             f"{digs(15, True)}", f"{rng.randint(2005, 2023)}{digs(2)}{digs(9)}"])),
        (ch(["nurse practising certificate", "护士执业证书编号", "nursing licence"]),
         f"{rng.randint(2005, 2023)}{digs(8)}"),
        (ch(["qualification certificate", "医师资格证书编码", "doctor qualification no."]),
         f"{rng.randint(1999, 2022)}{digs(2)}{digs(9)}"),
        (ch(["GMC number", "GMC no.", "GMC reference"]), digs(7, True)),
        (ch(["NPI", "NPI number"]), "1" + digs(9)),
        (ch(["state licence", "medical licence #", "license no."]),
         ch([f"MD-{digs(5)}", f"{letters(1)}{digs(6)}", f"ML{digs(7)}"])),
        (ch(["TCM practitioner licence", "中医执业证", "acupuncture licence"]),
         f"{digs(4, True)}{digs(2)}{digs(9)}"),
        (ch(["pharmacist licence", "执业药师注册证", "pharmacist registration no."]),
         ch([f"{digs(2)}{rng.randint(2010, 2023)}{digs(6)}", f"PH{digs(8)}"])),
    ])
    if hard(0.15):
        v = ch([fullwidth(v), " ".join(v[i:i + 4] for i in range(0, len(v), 4)),
                v.lower()])
    return lab, v


CN_PLATE_PROV = ["黑", "云", "新", "甘", "蒙", "吉", "桂", "琼", "晋", "贵",
                 "青", "宁", "京", "沪"]
CYR_PL = "АВЕКМНОРСТУХ"
LAT_PL = "ABEKMHOPCTYX"


def v_plate():
    r = rng.random()
    if r < 0.35:
        p = ch(CN_PLATE_PROV) + ch("ABCDEFG")
        tail = "".join(ch("0123456789ABCDEFGHJKLMN") for _ in range(5))
        return ch([p + "·" + tail, p + " " + tail, p + tail,
                   p + "·D" + digs(5) if chance(0.2) else p + "-" + tail])
    if r < 0.55:
        v = f"{digs(3, True)} {letters(3, 'ABCDEHKMNOPSTXYZ')} {ch(['01', '02', '05', '13', '17'])}"
        return ch([v, v.replace(" ", ""), v.lower()])
    if r < 0.72:
        k = rng.randint(0, 11)
        v = ch(CYR_PL) + digs(3, True) + ch(CYR_PL) + ch(CYR_PL) + " " + \
            ch(["54", "154", "38", "27", "125", "75", "77", "24"])
        if chance(0.4):
            v = v.translate(str.maketrans(CYR_PL, LAT_PL))
        return v
    if r < 0.82:
        return f"{digs(4)} {ch(['УБА', 'УБВ', 'УНА', 'УБЕ', 'UBA', 'UNE'])}"
    if r < 0.9:
        return ch([f"{ch(['01', '10', '30', '40'])} {letters(1)} {digs(3, True)} {letters(2)}",
                   f"{ch(['LAG', 'ABJ', 'KJA'])}-{digs(3, True)}{letters(2)}",
                   f"KDA {digs(3, True)}{letters(1)}",
                   f"{letters(2)} {digs(4)}-{digs(2)}"])
    return ch([f"B {digs(4, True)} {letters(3)}", f"{letters(1)} {digs(5)}",
               f"{letters(2)}-{digs(3)}-{letters(2)}"])


def v_vin():
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["LVS", "LSV", "LFV", "JTD", "WVW", "XTA", "KMH", "LGW", "Z94",
              "XW8", "WBA", "JN1", "LHG", "Y6D"])
    v = wmi + "".join(ch(alpha) for _ in range(14))
    if hard(0.2):
        return ch([group(v, [3, 6, 8]), v.lower(), " ".join(group(v, [4, 4, 4, 5]).split())])
    return v


def v_device():
    lab, v = ch([
        (ch(["pacemaker serial", "pacemaker serial number", "pacemaker SN",
             "generator serial no.", "IPG serial"]),
         ch([f"PJN{digs(6)}{ch('SHGR')}", f"RNB{digs(6)}S", digs(9, True),
             f"{letters(3)}{digs(6)}H", f"SN {digs(8)}"])),
        (ch(["ICD serial", "defibrillator serial no.", "CRT-D serial"]),
         ch([f"BZY{digs(6)}{ch('SH')}", digs(6, True), f"PRJ{digs(6)}R"])),
        (ch(["insulin pump serial", "pump SN", "insulin pump S/N"]),
         ch([f"NG{digs(7)}H", f"{digs(2)}{letters(1)}{digs(6)}", f"SN{digs(9)}"])),
        (ch(["CGM transmitter serial", "sensor serial", "Libre sensor serial"]),
         ch([f"{digs(1, True)}{letters(1)}{digs(1)}{letters(3)}", f"0M{digs(4)}{letters(4)}",
             f"{letters(2)}{digs(6)}"])),
        (ch(["cochlear implant serial", "implant serial number", "processor serial"]),
         ch([digs(7, True), f"{letters(1)}{digs(8)}", f"CI-{digs(6)}"])),
        (ch(["IMEI", "phone IMEI", "IMEI number"]),
         ch([luhn_complete("35" + digs(12)),
             group(luhn_complete("86" + digs(12)), [2, 6, 6, 1], "-"),
             group(luhn_complete("35" + digs(12)), [2, 6, 6, 1], " ")])),
        (ch(["hearing aid serial", "hearing aid SN"]), ch([digs(10, True), f"{digs(4)}{letters(1)}{digs(5)}"])),
        (ch(["knee prosthesis serial", "implant S/N", "stent serial", "valve serial number"]),
         ch([f"{digs(8, True)}", f"{letters(2)}{digs(7)}", f"{digs(2)}-{digs(5)}-{digs(3)}"])),
        (ch(["VNS generator serial", "neurostimulator serial", "DBS IPG serial"]),
         ch([digs(6, True), f"NKP{digs(6)}{letters(1)}"])),
        (ch(["glucometer serial", "ventilator serial", "oxygen concentrator S/N", "CPAP serial"]),
         ch([f"{letters(3)}{digs(7)}", f"{digs(2)}{digs(6)}{letters(1)}", f"SN:{digs(10)}"])),
    ])
    if hard(0.15):
        v = ch([fullwidth(v), " ".join(v.replace(" ", "").replace("-", "")),
                v.lower()])
    return lab, v


def v_other():
    y = rng.randint(2018, 2024)
    lab, v = ch([
        (ch(["visa number", "visa no.", "medical visa number", "签证号", "M-visa number",
             "e-visa reference"]),
         ch([digs(8, True), f"{letters(1)}{digs(8)}", f"E{digs(9)}", f"CNV{digs(8)}"])),
        (ch(["ticket number", "e-ticket", "ticket no.", "train ticket number"]),
         ch([f"784-{digs(10)}", f"{ch(['781', '555', '999', '880'])}{digs(10)}",
             f"E{digs(9)}"])),
        (ch(["booking reference", "PNR", "booking code", "reservation code",
             "hotel booking number"]),
         ch([letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), f"{digs(10, True)}"])),
        (ch(["court case no.", "case number", "lawsuit number"]),
         ch([f"2-{digs(4, True)}/{y}", f"({y})黑01民初{rng.randint(100, 9999)}号",
             f"{digs(4, True)}-{digs(2)}-{digs(6)}", f"A40-{digs(6)}/{y % 100}"])),
        (ch(["employee ID", "staff number", "work ID", "employee no."]),
         ch([f"E{digs(5)}", f"{letters(2)}-{digs(5)}", digs(6, True)])),
        (ch(["student ID", "student number", "学号", "student card no."]),
         ch([f"{y}{digs(6)}", f"S{digs(7)}", f"{digs(10, True)}"])),
        (ch(["tracking number", "courier tracking no.", "EMS tracking", "SF Express waybill",
             "DHL waybill"]),
         ch([f"SF{digs(13)}", f"E{letters(1)}{digs(9)}CN", f"{digs(10, True)}",
             f"YT{digs(13)}", f"JD{digs(13)}"])),
        (ch(["appointment number", "registration number", "queue number", "appointment code",
             "booking number"]),
         ch([f"A{digs(4)}-{digs(2)}", f"GH{digs(8)}", f"{letters(2)}{digs(6)}",
             f"{digs(9, True)}"])),
        (ch(["claim number", "insurance claim no.", "claim ref", "reimbursement claim ID"]),
         ch([f"CLM-{y}-{digs(6)}", f"{letters(2)}{digs(8)}", f"{digs(11, True)}"])),
        (ch(["invitation letter reference", "invitation number"]),
         ch([f"INV-{digs(6)}", f"{letters(3)}{digs(7)}"])),
        (ch(["residence permit number", "work permit number", "Green Card number"]),
         ch([f"{letters(1)}{digs(8)}", digs(12, True)])),
        (ch(["donation receipt number", "invoice number", "发票号码"]),
         ch([f"{digs(8, True)}", f"INV{y}{digs(6)}", f"No.{digs(8)}"])),
    ])
    if hard(0.15):
        v = ch([fullwidth(v), " ".join(v), v.lower()])
    return lab, v


# ------------------------------------------------------------ clean fillers
ALL_CITIES = sorted({c for o in ORIGINS.values() for c in o["cities"]} |
                    {c for _, c in CN_PROV})
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
             "Mongolia", "Turkmenistan", "the UAE", "Saudi Arabia", "Jordan",
             "Iraq", "Oman", "Egypt", "Thailand", "Indonesia", "Vietnam",
             "Malaysia", "Laos", "Myanmar", "Nigeria", "Ghana", "Kenya",
             "Zimbabwe", "Senegal", "Zambia", "Ethiopia", "Germany", "Italy",
             "France", "Poland", "the Czech Republic", "Sweden",
             "the Netherlands", "Austria", "Hungary", "Ireland"]
DISEASES = ["lung cancer", "breast cancer", "nasopharyngeal carcinoma",
            "liver cirrhosis", "hepatocellular carcinoma",
            "congenital heart disease", "adolescent scoliosis", "bilateral cataract",
            "kidney stones", "rheumatoid arthritis", "type 2 diabetes",
            "an ischaemic stroke", "lumbar disc herniation", "thyroid nodules",
            "secondary infertility", "cerebral palsy", "acute lymphoblastic leukaemia",
            "gastric cancer", "plaque psoriasis", "knee osteoarthritis",
            "oesophageal cancer", "a pituitary adenoma", "atrial fibrillation",
            "end-stage renal disease", "glioblastoma", "a herniated cervical disc",
            "colorectal cancer", "coronary artery disease", "hip dysplasia",
            "diabetic foot ulcers", "chronic hepatitis B", "multiple myeloma",
            "a ventricular septal defect", "retinal detachment", "keratoconus"]
TREATMENTS = ["laparoscopic surgery", "total knee replacement", "CAR-T therapy",
              "acupuncture", "a course of herbal decoctions", "chemotherapy",
              "intensity-modulated radiotherapy", "PCI with two stents",
              "IVF", "cochlear implantation", "pacemaker implantation",
              "phacoemulsification", "posterior spinal fusion",
              "a living-donor liver transplant", "radiofrequency ablation",
              "tuina massage", "targeted therapy", "immunotherapy",
              "a hip arthroplasty", "endoscopic submucosal dissection",
              "stereotactic radiosurgery", "haemodialysis", "a bone marrow transplant",
              "cupping and moxibustion", "robot-assisted prostatectomy",
              "minimally invasive valve repair", "interventional embolisation"]
DEPTS = ["oncology", "cardiology", "neurosurgery", "orthopaedics",
         "ophthalmology", "the TCM department", "rehabilitation",
         "reproductive medicine", "hepatobiliary surgery", "paediatrics",
         "the international department", "thoracic surgery", "urology",
         "haematology", "the ICU", "nephrology", "dermatology", "ENT"]
DRUGS = ["Keytruda", "Herceptin", "Glivec", "Tagrisso", "Lantus", "Xarelto",
         "Opdivo", "Avastin", "Humira", "Eliquis", "Lipitor", "Metformin",
         "Lenvima", "Tecentriq", "Ozempic", "Concor", "Plavix", "Zoladex",
         "Revlimid", "Sorafenib", "Lynparza", "Almonertinib", "Sintilimab",
         "Camrelizumab", "Tislelizumab"]
HERBS = ["astragalus (huangqi)", "ginseng", "goji berries", "danshen",
         "dang gui (当归)", "licorice root", "chuanxiong", "poria", "jujube",
         "cordyceps", "honeysuckle", "chrysanthemum tea", "huangqin",
         "Liuwei Dihuang Wan", "Xiaoyao San", "Buzhong Yiqi Tang",
         "ginger moxa", "mugwort", "白术", "黄芪"]
INSTS = ["Sun Yat-sen University Cancer Center",
         "the Norman Bethune Health Science Center of Jilin University",
         "Sechenov University", "the Pirogov Russian National Research Medical University",
         "Johns Hopkins Hospital", "the Mayo Clinic", "the Karolinska Institute",
         "Charité", "Al-Farabi Kazakh National University",
         "Asfendiyarov Kazakh National Medical University",
         "the Bakulev Center", "the Almazov National Medical Research Centre",
         "the Burdenko Neurosurgery Institute", "the Mechnikov North-Western University",
         "the Sun Yat-sen Memorial Hospital", "the Zhongshan Hospital",
         "the Avicenna Tajik State Medical University",
         "Tashkent Medical Academy", "the Shastin Hospital", "Mount Sinai",
         "the Pasteur Institute", "the Robert Koch Institute",
         "the Florence Nightingale School of Nursing", "the Bethune International Peace Hospital",
         "the Lomonosov Moscow State University clinic", "the Marie Curie Hospice",
         "Groote Schuur Hospital", "the Aga Khan University Hospital",
         "King Faisal Specialist Hospital", "Sheikh Khalifa Medical City",
         "the Chulabhorn Hospital", "Cipto Mangunkusumo Hospital", "Bach Mai Hospital",
         "the Dr. Sun Yat-sen memorial lecture hall",
         "the Pavlov First State Medical University", "Semashko Hospital",
         "the Shumakov transplant centre"]
EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease",
           "Graves' disease", "Hashimoto's thyroiditis", "Alzheimer's disease",
           "Down syndrome", "a Wilms tumour", "Kawasaki disease",
           "Guillain-Barré syndrome", "Cushing's syndrome", "Addison's disease",
           "Ewing sarcoma", "Bell's palsy", "Behçet's disease", "Wilson's disease",
           "Marfan syndrome", "Meniere's disease", "Sjögren's syndrome",
           "Hirschsprung disease", "Perthes disease", "Tourette syndrome",
           "Raynaud's phenomenon", "Barrett's oesophagus", "a Baker's cyst"]
SCORES = ["Apgar score of 8", "Glasgow Coma Scale of 9", "Gleason score of 7",
          "Child-Pugh class B", "Karnofsky score of 70", "NIHSS score of 12",
          "Barthel index of 45", "ECOG status of 1", "MELD score of 18",
          "Cobb angle of 52 degrees", "Oswestry index of 40%", "Breslow depth of 1.2 mm",
          "Gleason 4+3", "Killip class II", "NYHA class III", "Child-Pugh score of 6",
          "Ranson score of 3", "Hunt-Hess grade 2", "Fisher grade 3",
          "Mallampati class II", "Wells score of 4"]
RELS = ["her mother", "his father", "the patient's son", "her husband",
        "his wife", "their daughter", "the boy's grandmother", "her elder sister",
        "his younger brother", "the family", "an uncle", "the girl's parents",
        "her mother-in-law", "his nephew", "the patient's cousin",
        "the baby's grandfather", "a neighbour", "her colleague"]
ALIASES = ["Ms. A", "Patient K", "Mr. B", "患者张某", "A女士", "Mr. X",
           "patient M.", "Ms. D", "李某", "Case 3", "Patient No. 2",
           "the boy (called T. here)", "王某某", "Mrs. S", "patient Z",
           "Mr. N (name withheld)", "B先生", "小患者C", "Child A"]
SEASONS = ["spring", "summer", "autumn", "winter", "the rainy season",
           "early spring", "the summer holidays", "late autumn",
           "the cold months", "Ramadan", "midsummer", "late winter"]


def v_dose():
    """Drug doses in mg (fits any brand name)."""
    return ch([f"{ch([5, 10, 20, 25, 40, 50, 80, 100, 150, 200, 250, 500, 850, 1000])} mg "
               f"{ch(['once daily', 'twice a day', 'every 12 hours', 'at night', 'bid', 'tid', 'q8h'])}",
               f"{ch([0.5, 1, 2, 4, 8])} mg/kg", f"{ch([200, 240, 360])} mg every three weeks",
               f"{ch([75, 100, 150])} mg/m² on day 1", f"{ch([2.5, 5, 7.5])} mg weekly",
               f"{ch([10, 20, 40])} mg every other day", f"{ch([100, 300, 400])} mg IV over 60 minutes"])


def v_dose_other():
    return ch([f"{ch([6, 10, 14, 18, 22, 28])} units of insulin glargine at night",
               f"{ch([50, 60, 70])} Gy in {ch([25, 28, 30, 33])} fractions",
               f"{ch([2, 4, 6])} L/min of oxygen", f"{ch([15, 30, 60])} g of dried herbs per day",
               f"{ch([0.25, 0.5, 0.125])} mg digoxin", f"{ch([75, 100])} mg aspirin",
               f"{ch([1, 2])} tablets of paracetamol after meals", f"{ch([5, 10])} mL of syrup three times a day"])


def v_lab():
    return ch([f"HbA1c of {rng.uniform(5.6, 11.5):.1f}%",
               f"creatinine {rng.randint(60, 780)} µmol/L",
               f"haemoglobin {rng.randint(62, 158)} g/L",
               f"platelets {rng.randint(18, 420)} × 10⁹/L",
               f"CEA {rng.uniform(1, 240):.1f} ng/mL",
               f"AFP {rng.randint(5, 3800)} ng/mL",
               f"PSA {rng.uniform(0.2, 80):.2f} ng/mL",
               f"LDL {rng.uniform(1.5, 6.2):.1f} mmol/L",
               f"ALT {rng.randint(12, 480)} U/L",
               f"eGFR {rng.randint(8, 110)} mL/min",
               f"ejection fraction of {rng.randint(20, 68)}%",
               f"blood pressure of {rng.randint(100, 190)}/{rng.randint(60, 115)} mmHg",
               f"a fasting glucose of {rng.uniform(4.5, 16):.1f} mmol/L",
               f"CA-125 at {rng.randint(10, 900)} U/mL",
               f"INR {rng.uniform(0.9, 3.8):.1f}",
               f"HBV DNA {rng.randint(2, 8)}.{rng.randint(0, 9)} log IU/mL",
               f"a tumour of {rng.uniform(0.8, 9.5):.1f} cm",
               f"SpO2 {rng.randint(84, 99)}%", f"TSH {rng.uniform(0.01, 25):.2f} mIU/L",
               f"a BMI of {rng.uniform(17, 41):.1f}", f"Ki-67 at {rng.randint(5, 90)}%"])


def v_price():
    return ch([f"¥{rng.randint(3, 420)},{rng.randint(0, 999):03d}",
               f"{rng.randint(2, 95)},000 yuan", f"US${rng.randint(2, 90)},{rng.choice(['000', '500'])}",
               f"${rng.randint(800, 9900)}", f"{rng.randint(1, 12)} million tenge",
               f"{rng.randint(150, 900)},000 rubles", f"RMB {rng.randint(1000, 99000)}",
               f"€{rng.randint(2, 60)},{rng.randint(0, 9)}00", f"{rng.randint(20, 300)} yuan per session",
               f"about {rng.randint(3, 40)} thousand dollars", f"{rng.randint(5, 60)} 000 сом",
               f"{rng.randint(10, 90)} million tugrik", f"AED {rng.randint(5, 90)},000",
               f"{rng.randint(1, 9)},{rng.randint(0, 9)}00,000 naira"])


def v_reg():
    return ch([f"NCT0{rng.randint(1000000, 6999999)}", f"ChiCTR{rng.randint(1800, 2400)}{digs(6)}",
               f"ChiCTR-{ch(['IOR', 'TRC', 'OPC', 'INR'])}-{rng.randint(15, 17)}{digs(6)}",
               f"ISRCTN{digs(8)}", f"EudraCT {rng.randint(2010, 2022)}-{digs(6)}-{digs(2)}",
               f"EudraCT number {rng.randint(2010, 2022)}-{digs(6)}-{digs(2)}",
               f"ANZCTR ACTRN126{digs(11)}", f"CTR{rng.randint(2019, 2024)}{digs(4)}"])


def v_icd():
    return ch(["C34.1", "C50.9", "C11.9", "K74.6", "C22.0", "Q21.0", "M41.1",
               "H25.1", "N20.0", "M05.8", "E11.9", "I63.9", "M51.2", "E04.1",
               "N97.9", "G80.0", "C91.0", "C16.9", "L40.0", "M17.1", "ICD-10 I48",
               "ICD-11 2C25", "ICD-10 code G20", "ICD-O 8140/3", "Z94.4", "C71.9",
               "ICD-10 Q90.9", "K50.9", "E05.0"])


def v_atc():
    return ch(["L01XE03", "L01FF02", "A10BA02", "B01AF01", "C07AB07",
               "L04AB04", "N04BA02", "A10AE04", "L01XC03", "J05AF07",
               "ATC L01EB04", "ATC code C10AA05", "ATC A02BC01", "H03AA01"])


def v_gene():
    return ch(["EGFR exon 19 deletion", "EGFR L858R", "ALK fusion", "KRAS G12C",
               "BRCA1 c.68_69delAG", "BRCA2 c.5946delT", "BRAF V600E",
               "HER2 amplification", "PIK3CA H1047R", "TP53 R273H",
               "FLT3-ITD", "BCR-ABL1 p210", "JAK2 V617F", "MET exon 14 skipping",
               "ROS1 rearrangement", "IDH1 R132H", "MGMT promoter methylation",
               "HLA-B*58:01", "CYP2C19*2", "SMN1 exon 7 deletion",
               "c.1521_1523delCTT (F508del) in CFTR", "NPM1 mutation",
               "NTRK fusion", "MSI-H status", "a PD-L1 TPS of 60%"])


def v_monthyear():
    y = rng.randint(2008, 2024)
    m = ch(MONTHS)
    return ch([f"{m} {y}", f"{m[:3]} {y}", f"{y}年{MONTHS.index(m) + 1}月",
               f"early {m} {y}", f"late {m} {y}", f"{m}, {y}",
               f"{MONTHS.index(m) + 1:02d}/{y}", f"mid-{m} {y}"])


def v_year():
    return str(rng.randint(1958, 2024))


def v_decade():
    return ch(["the 1970s", "the eighties", "the 1990s", "her forties", "his fifties",
               "the early 2000s", "their thirties", "the late 1980s", "the sixties",
               "his twenties", "her sixties", "their seventies", "the 2010s"])


def v_age():
    a = rng.choice(list(range(1, 90)) + [85, 86, 87, 88, 89])
    return str(a)


def v_count():
    return ch([f"{rng.randint(3, 40)} patients", f"{rng.randint(2, 12)} cycles",
               f"{rng.randint(2, 30)} sessions", f"{rng.randint(100, 3000)} cases a year",
               f"{rng.randint(2, 9)} stents", f"{rng.randint(12, 60)} beds",
               f"{rng.randint(3, 14)} days", f"{rng.randint(2, 11)} weeks",
               f"{rng.randint(2, 18)} months", f"{rng.randint(20, 480)} kilometres",
               f"{rng.randint(4, 14)} hours", f"{rng.randint(2, 60)} interpreters"])


def v_svc():
    return ch(["120", "112", "103", "911", "999", "110", "119", "122", "12320",
               "101", "102", "997", "1669", "123", "999 or 112"])


def v_floor():
    n = rng.randint(2, 26)
    return ch([f"the {n}{suffix(n) if n < 24 else 'th'} floor", f"floor {n}",
               f"level {n}",
               f"the {n}{suffix(n) if n < 24 else 'th'} floor of the inpatient tower",
               f"floor {n}, {ch(['east', 'west'])} side", f"the {num_words(n) if n < 20 else n}th floor".replace("threeth", "third").replace("twoth", "second").replace("oneth", "first").replace("fiveth", "fifth").replace("eightth", "eighth").replace("nineth", "ninth").replace("twelveth", "twelfth")])


def v_move():
    return ch([f"lift {rng.randint(1, 8)}", f"bus {rng.randint(1, 120)}",
               f"Metro Line {rng.randint(1, 3)}", f"elevator {ch('ABCD')}",
               f"bus route {rng.randint(1, 99)}", f"the No. {rng.randint(1, 99)} bus",
               f"trolleybus {rng.randint(1, 20)}", f"the lift by gate {rng.randint(1, 6)}"])


# ------------------------------------------------------------ slot engine
def _sep():
    return ch([" ", ": ", " ", " No. ", " - ", " #"])


def make_ctx():
    return dict(P=Person(word=chance(0.13)), Q=Person(), D=doctor(), D2=doctor())


def _from(p):
    if p.origin == "cn":
        return ch([p.city, p.country, p.city + ", " + p.country])
    if p.country and chance(0.5):
        return p.city + ", " + p.country
    return p.city


def _age90_phrase(p):
    s = v_age90_phrase()
    return s.replace("her ", p.pos() + " ").replace("his ", p.pos() + " ")


def _dr_long(d):
    return ch(["Dr. ", "Professor ", "Dr "]) + d["fp"] + " " + d["gp"]


PN = "person_name"

# slot -> (function(ctx) -> str, kind or None); kind None = clean filler
SIMPLE = {
    # people (P, Q, D)
    "full": (lambda c: c["P"].full(), PN),
    "given": (lambda c: c["P"].given, PN),
    "title": (lambda c: c["P"].title(), PN),
    "nick": (lambda c: c["P"].nick(), PN),
    "formal": (lambda c: c["P"].formal(), PN),
    "cjk": (lambda c: c["P"].cjk(), PN),
    "lower": (lambda c: c["P"].full().lower(), PN),
    "full2": (lambda c: c["Q"].full(), PN),
    "given2": (lambda c: c["Q"].given, PN),
    "title2": (lambda c: c["Q"].title(), PN),
    "dr": (lambda c: render_dr(c["D"]), PN),
    "drlat": (lambda c: render_dr(c["D"], ch(["dr", "drfull", "prof", "profull", "dir"])), PN),
    "drlong": (lambda c: _dr_long(c["D"]), PN),
    "drcn": (lambda c: render_dr(c["D"], ch(["cn", "cn2"])), PN),
    "lao": (lambda c: render_dr(c["D"], "lao"), PN),
    "nurse": (lambda c: render_dr(c["D2"], "nurse"), PN),
    "dr2": (lambda c: render_dr(c["D2"], ch(["dr", "prof", "dir", "cn", "drfull"])), PN),
    # pronouns and places of P (clean)
    "pr": (lambda c: c["P"].pr(), None),
    "Pr": (lambda c: c["P"].pr().capitalize(), None),
    "pos": (lambda c: c["P"].pos(), None),
    "Pos": (lambda c: c["P"].pos().capitalize(), None),
    "obj": (lambda c: c["P"].obj(), None),
    "from": (lambda c: _from(c["P"]), None),
    "pcity": (lambda c: c["P"].city, None),
    # identifiers
    "date": (lambda c: v_date(), "exact_date"),
    "date2": (lambda c: v_date(), "exact_date"),
    "dob": (lambda c: v_dob(), "date_of_birth"),
    "age90": (lambda c: v_age90_n(), "age_over_89"),
    "age90adj": (lambda c: v_age90_adj(), "age_over_89"),
    "age90ph": (lambda c: _age90_phrase(c["P"]), "age_over_89"),
    "phone": (lambda c: v_phone(), "phone_number"),
    "phone2": (lambda c: v_phone(), "phone_number"),
    "phonecn": (lambda c: v_phone(ch(["cn", "cn", "cnl"])), "phone_number"),
    "email": (lambda c: v_email(c["P"]), "email"),
    "email2": (lambda c: v_email(), "email"),
    "url": (lambda c: v_url(c["P"]), "web_address"),
    "ip": (lambda c: v_ip(), "ip_address"),
    "social": (lambda c: v_social(c["P"])[0], "social_account"),
    "wechat": (lambda c: v_social(c["P"], "wechat")[0], "social_account"),
    "handle": (lambda c: v_social(c["P"], ch(["tg", "ig", "tt", "x"]))[0], "social_account"),
    "profile": (lambda c: v_social(c["P"], ch(["vk", "fb", "ok", "ig"]))[0], "social_account"),
    "addr": (lambda c: v_address(c["P"]), "street_address"),
    "postcode": (lambda c: v_postcode(p=c["P"]), "postal_code"),
    "cncity": (lambda c: ch(CN_PROV)[1], None),
    "geo": (lambda c: v_geo(), "geolocation"),
    "passport": (lambda c: v_passport(), "passport_number"),
    "resid": (lambda c: v_resid(), "resident_id"),
    "plate": (lambda c: v_plate(), "vehicle_identifier"),
    "vin": (lambda c: v_vin(), "vehicle_identifier"),
    # clean fillers
    "city": (lambda c: ch(ALL_CITIES), None),
    "country": (lambda c: ch(COUNTRIES), None),
    "disease": (lambda c: ch(DISEASES), None),
    "treatment": (lambda c: ch(TREATMENTS), None),
    "dept": (lambda c: ch(DEPTS), None),
    "drug": (lambda c: ch(DRUGS), None),
    "herb": (lambda c: ch(HERBS), None),
    "inst": (lambda c: ch(INSTS), None),
    "eponym": (lambda c: ch(EPONYMS), None),
    "score": (lambda c: ch(SCORES), None),
    "rel": (lambda c: ch(RELS), None),
    "alias": (lambda c: ch(ALIASES), None),
    "season": (lambda c: ch(SEASONS), None),
    "dose": (lambda c: v_dose(), None),
    "odose": (lambda c: v_dose_other(), None),
    "lab": (lambda c: v_lab(), None),
    "price": (lambda c: v_price(), None),
    "reg": (lambda c: v_reg(), None),
    "icd": (lambda c: v_icd(), None),
    "atc": (lambda c: v_atc(), None),
    "gene": (lambda c: v_gene(), None),
    "monthyear": (lambda c: v_monthyear(), None),
    "year": (lambda c: v_year(), None),
    "decade": (lambda c: v_decade(), None),
    "age": (lambda c: v_age(), None),
    "count": (lambda c: v_count(), None),
    "svc": (lambda c: v_svc(), None),
    "floor": (lambda c: v_floor(), None),
    "move": (lambda c: v_move(), None),
    "aage": (lambda c: str(rng.randint(35, 89)), None),
    "kage": (lambda c: str(rng.randint(6, 17)), None),
    "oage": (lambda c: str(rng.randint(60, 89)), None),
    "cnname": (lambda c: Person("cn").hanzi, PN),
    "n": (lambda c: str(rng.randint(2, 12)), None),
    "herb2": (lambda c: ch(HERBS), None),
    "lab2": (lambda c: v_lab(), None),
    "price2": (lambda c: v_price(), None),
    "icd2": (lambda c: v_icd(), None),
    "rel2": (lambda c: ch(RELS), None),
    "rel_short": (lambda c: ch(["mother", "father", "son", "daughter", "husband",
                                "wife", "grandmother", "grandfather", "brother",
                                "sister", "uncle", "aunt", "niece"]), None),
    "country2": (lambda c: ch(COUNTRIES), None),
    "drug2": (lambda c: ch(DRUGS), None),
    "wgiven": (lambda c: Person(word=True).given, PN),
    "wfull": (lambda c: Person(word=True).full(), PN),
    "full3": (lambda c: Person().full(), PN),
    "given3": (lambda c: Person().given, PN),
}

# labelled pairs: slot X -> "label value", X_v -> value, X_l -> label
PAIRS = {
    "natid": (lambda c: v_natid(), "national_id"),
    "mrn": (lambda c: v_mrn(), "medical_record_number"),
    "hplan": (lambda c: v_hplan(), "health_plan_number"),
    "acct": (lambda c: v_acct(), "account_number"),
    "lic": (lambda c: v_licence(), "licence_number"),
    "device": (lambda c: v_device(), "device_identifier"),
    "other": (lambda c: v_other(), "other_number"),
}

SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")


def fill(tpl):
    """Fill a template; return (text, kinds)."""
    ctx = make_ctx()
    cache, kinds, pairs = {}, set(), {}

    def rep(m):
        name = m.group(1)
        if name in cache:
            return cache[name]
        if name in SIMPLE:
            fn, kind = SIMPLE[name]
            val = fn(ctx)
            if kind:
                kinds.add(kind)
        else:
            base, _, part = name.partition("_")
            if base not in PAIRS:
                raise KeyError(name)
            if base not in pairs:
                pairs[base] = PAIRS[base][0](ctx)
            lab, v = pairs[base]
            if part == "l":
                val = lab
            else:
                kinds.add(PAIRS[base][1])
                sep = _sep()
                if re.search(r"(no\.|number|#|:)$", lab.lower()):
                    sep = " "
                val = v if part == "v" else lab + sep + v
            cache[name] = val
            return val
        cache[name] = val
        return val

    text = SLOT_RE.sub(rep, tpl)
    return text, kinds


TYPOS = [(r"\bplease\b", ["pls", "plz", "plese"]), (r"\bhospital\b", ["hospitel", "hosptal"]),
         (r"\bdoctor\b", ["docter", "doc"]), (r"\bthank you\b", ["thanku", "thx", "thank u"]),
         (r"\btreatment\b", ["treatmant", "treatement"]), (r"\bbecause\b", ["becuase", "coz"]),
         (r"\bsurgery\b", ["surgary", "operation"]), (r"\baddress\b", ["adress", "addres"]),
         (r"\breceive\b", ["recieve"]), (r"\btomorrow\b", ["tommorow", "tmrw"]),
         (r"\bappointment\b", ["appoinment", "apointment"]), (r"\byou\b", ["u"]),
         (r"\bare\b", ["r"]), (r"\bmother\b", ["mom", "mama"]), (r"\bwhich\b", ["wich"]),
         (r"\bwant\b", ["wanna"]), (r"\bthe\b", ["teh"]), (r"\bwith\b", ["w/"]),
         (r"\bwrite\b", ["wright"]), (r"\binformation\b", ["info", "infomation"])]


def noisy(text):
    """Informal surface noise for messages. Never touches digits."""
    changed = False
    for pat, reps in TYPOS:
        if chance(0.3) and re.search(pat, text):
            text = re.sub(pat, ch(reps), text, count=1)
            changed = True
    if chance(0.35):
        text = text.lower()
        changed = True
    if chance(0.25):
        words = text.split(" ")
        i = rng.randrange(len(words))
        words[i] = words[i] + " "
        text = " ".join(words)
        changed = True
    if chance(0.25) and text[-1:] in ".!":
        text = text[:-1] + ch(["", "!!", "..", " )", "?"])
        changed = True
    return text, changed


# --------------------------------------------------------------- templates
# One template per line: "category|template".  Kinds come from the slots.
def T(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cat, _, tpl = line.partition("|")
        out.append((cat.strip(), tpl.strip()))
    return out


NAME_T = T("""
story|{full}, a {age}-year-old teacher from {from}, came to us with {disease}.
story|When {given} first arrived in {monthyear}, {pr} could barely climb the stairs to {floor}.
story|{title} had been told at home that nothing more could be done for {pos} {disease}.
story|After {count} of {treatment}, {given} is back at work in {pcity}.
story|The story of {full} began in {season}, when a routine check-up showed {lab}.
story|Little {given} had been coughing for months before {pos} parents decided to fly to China.
story|Our team, led by {drlong}, reviewed the scans of {full} within a day.
story|{dr} explained every step of the plan to {full} through an interpreter.
story|Accompanied by {rel}, {full} took the overnight train from {city}.
story|{full2} and {full} met in the waiting room and have been friends ever since.
story|{nick}, as friends call {obj}, is a {age}-year-old engineer from {pcity}.
story|{lower} kept a diary in three languages throughout the stay.
story|Doctors at home had suggested amputation, but {title} wanted a second opinion.
story|By {season}, {given} was walking without crutches.
story|{cjk} from {pcity} underwent {treatment} ({dept}).
story|It was {given2}, a former patient, who first told {given} about our hospital.
story|{formal} is the first patient from {pcity} to receive {treatment} here.
story|{given} and {pos} partner {given2} sold their car to pay for the surgery.
story|The surgery on {given} lasted nearly {n} hours, and {dr} did not leave the theatre once.
story|Back in {pcity}, {title} now runs a small support group for families facing {disease}.
story|Three generations of the {title} family have now been treated by {dr}.
story|{wfull} was only {kage} when {disease} was found on a school screening.
story|For {wgiven}, the hardest part was not the surgery but the waiting.
story|Everyone on the ward knew {wgiven} by the end of the first week.
story|{full} arrived with a folder of scans and a list of questions in careful Chinese.
story|A physiotherapist, {nurse}, worked with {given} twice a day.
story|{given} says the hospital food was the only thing {pr} never got used to.
story|At first {title} did not trust acupuncture, but {drcn} convinced {obj} to try.
story|The translator assigned to {full} was a student from {city}.
story|{lao} still phones {given} every month to ask about the blood tests.
story|When {dr} retired, {given} flew in from {pcity} just to say goodbye.
story|Nobody in the family of {full} had ever been abroad before this trip.
story|{given} now wants to study medicine, just like {dr}.
story|It took {title} and {rel} two flights and a long bus ride to get here.
quote|“I never thought I would see my grandchildren again,” says {full}.
quote|“{dr} never rushed us,” recalls {rel}.
quote|“Thank you, {drcn}!” {given} wrote on the card in shaky characters.
quote|{Pr} smiles: “My name is {given}, and I came here from {pcity} with {disease}.”
quote|“Mama, look, I can stand!” shouted {nick} on the fourth day of rehabilitation.
quote|“{given} was so brave during every injection,” said {nurse}.
quote|“We call {obj} {nick} at home,” laughs {pos} mother.
quote|“Ask for {lao} at the front desk, the one who speaks Russian,” a former patient advised.
quote|“I was scared of needles, but {nurse} held my hand,” {given} admits.
quote|“Without {dr} I would not be alive,” {title} says quietly.
quote|“When {given} opened {pos} eyes after the operation, I cried,” says {given2}.
quote|“People in {pcity} ask me, {given}, why China? I tell them to look at me now.”
quote|“{wgiven} is the strongest person I know,” says an aunt.
quote|“My friend {given2} told me about this place,” explains {full}.
quote|“Everyone here calls me {nick},” {pr} grins.
quote|“{lower} is my name, write it small, I am a humble man,” he joked.
quote|“We were lucky to have {drlat} on duty that night,” says the family of {given}.
remark|“{given}'s tumour responded better than we expected,” says {drlat} of {dept}.
remark|{drlat}: “The key for {title} was early rehabilitation.”
remark|According to {drcn}, {full} will need another scan in {n} months.
remark|“We discussed the case of {given} at our multidisciplinary meeting,” {dr} noted.
remark|“{title} is a textbook example of why early screening matters,” says {drlong}.
remark|{dr2} adds that {given} must avoid heavy lifting for {n} weeks.
remark|“With {given} we chose the less aggressive option,” explains {drlat}.
remark|{drcn}说：“{cjk}恢复得很好。”
remark|{nurse} reminds {given} to keep the wound dry.
caption|Photo: {full} with {drlat} after the final session.
caption|{given} (left) and {rel} in the rehabilitation hall.
caption|Caption: {title} takes {pos} first steps on {floor}.
caption|Pictured: {dr} and {nurse} with {given} on discharge day.
caption|{lower} and the {dept} team, {season}.
caption|From left: {full2}, {full}, {dr}.
caption|{cjk} with an interpreter in the outpatient hall.
caption|Image 3 — {given} blowing out candles on the ward.
caption|{title} and {dr} share a joke before the check-up.
caption|{wgiven}, {age}, shows off a new hearing processor.
caption|{formal} ({from}) during a tuina session.
caption|Left to right: {drlat}, {given}, {rel}.
caption|{nick} and {pos} favourite nurse, {nurse}.
timeline|Day 1: {given} arrives in {city} and is met at the airport by our coordinator.
timeline|Week 2 — {dr} performs {treatment} on {title}.
timeline|{monthyear}: {full} is admitted to {dept}.
timeline|Day 9: {title} sits up in bed for the first time.
timeline|Month 3: {given} returns to {pcity} and continues follow-up online with {drlat}.
timeline|Day 4 — consultation with {drlong} and {dr2}.
timeline|Week 6: {nick} starts school again.
timeline|{year}: {full} begins the first cycle of {treatment}.
letter|Dear {drlat}, thank you for giving me a second life.
letter|With gratitude, {full}
letter|Respected {drcn}, our whole family in {pcity} prays for you.
letter|Dear nurses of {dept}, especially {nurse}, you were my family for {n} weeks.
letter|Yours sincerely, {formal}, {pcity}
letter|P.S. {given2} says hello to everyone on {floor}.
letter|Dear {dr}, I am writing on behalf of my relative, {full}.
letter|We will never forget the kindness of {dr} and {dr2}.
letter|Best wishes from {pcity} — {nick} and family
letter|Thank you, {lao}, for answering our calls even late at night.
letter|Dear Sir/Madam, my name is {full} and I was treated in your {dept} department in {year}.
letter|Kind regards, {lower}
letter|Your grateful patient, {cjk}
letter|To {drlong} and the whole team: {given} is skiing again!
message|hello, i am {given} from {pcity}, my father has {disease}, can u help
message|My name is {full}. I want to ask the price of {treatment}.
message|Good day! {title} here, I was your patient in {year}.
message|pls tell {dr} that {given} is feeling well now
message|This is {full2} writing for my friend {given}, who does not speak English.
message|Is {drlat} still working in {dept}? My aunt was treated there.
message|здравствуйте, я {cjk}, interested in {treatment}
message|hi its {nick} again :) any news about the quote?
message|Regards, {lower}
message|{given} here. The medicine from {drcn} is almost finished, what should I do?
message|I am {full}, the son of a former patient. Can we book {dr} again?
message|who is the doctor for {disease}? my friend {given2} recommended {dr}
message|Hello {dr}! This is {given}, remember me? The boy with the broken leg from {pcity}.
message|Salam, my name is {full}, I need information about {treatment}.
message|our relative {full} has {eponym}, is there treatment at age {age}
message|{lower} from {pcity}. please call me, i do not read email often
message|Hi, I'm {wgiven}'s sister, she was on your ward in {season}.
message|{given3}, {given} and I want to come together for check-ups, do you give a discount?
message|Dear {drcn}, {given} has a fever again since yesterday.
message|Sain baina uu! Bi {given} baina, {dr} said I should write here.
""")

KIND_T = {}
KIND_T["exact_date"] = T("""
timeline|{date}: admitted to {dept} for {treatment}.
timeline|{date} — first cycle of chemotherapy, {dose}.
timeline|{date}. Discharged home, walking with a stick.
timeline|{date}: {title} flies home to {pcity}.
story|{full} landed in {city} on {date} with {rel}.
story|The operation took place on {date} and lasted {n} hours.
story|On {date} the family received the news they had been waiting for: no sign of the tumour.
story|{given}'s first scan here, on {date}, showed {lab}.
quote|“I remember {date} very well — it was the day I walked again,” says {given}.
quote|“We got the visa on {date} and bought tickets the same night,” says {rel}.
message|can we come on {date}? we will take the train from {city}
message|I would like to book a consultation for {date} or {date2}.
message|we arrive {date}, flight from {city}, please send someone to the airport
message|Is the clinic open on {date}? My flight leaves the next day.
message|hello, the surgery was moved to {date}, is that correct?
caption|Discharge day, {date}.
caption|{given} with {dr} on {date}, one year after surgery.
caption|The farewell party on {date}.
letter|On {date} you operated on my son, and today he played football.
letter|Since {date} I have not had a single seizure. Thank you!
remark|The last chemo dose was given on {date}; the next scan is due in {n} weeks.
remark|Follow-up visit is scheduled for {date}.
remark|The stent was placed on {date}, and the patient is on dual antiplatelet therapy.
remark|{drlat}: the biopsy on {date} confirmed {gene}.
timeline|{date} → MDT meeting; {date2} → surgery.
message|my visa appointment is on {date}, after that we can come
""")
KIND_T["date_of_birth"] = T("""
message|Date of birth: {dob}.
message|DOB {dob}, female, {disease}.
message|my son was born on {dob} with {disease}
message|Patient details: {full}, born {dob}.
message|出生日期 {dob}
message|d.o.b. - {dob}
story|{given} was born on {dob} in {pcity}, weighing just 1.4 kg.
letter|Our daughter, born on {dob}, weighed only 1.2 kg.
message|Name: {full}; Date of birth: {dob}; Diagnosis: {disease}
message|b. {dob}, {from}
message|his birthday is {dob}, please write it on the invitation letter
message|DOB of the patient is {dob} (not the date in the old passport).
remark|Registration form: born {dob}, {disease}, allergic to penicillin.
message|the patient ({full2}) — date of birth {dob}, blood group A+
quote|“I was born on {dob}, so the doctors in {pcity} said I was too old for the transplant,” says {given}.
caption|{given} celebrates a birthday on the ward (born {dob}).
message|Date of Birth {dob} / Gender: M / Country: {country}
timeline|Patient born {dob}; first symptoms in {monthyear}.
message|Baby was born {dob} by C-section, now has problems with the hips
letter|My grandson, born {dob}, is now a healthy schoolboy thanks to you.
""")
KIND_T["age_over_89"] = T("""
story|At {age90}, {given} is our oldest hip-replacement patient this year.
story|The {age90adj} grandmother from {city} recovered well after cataract surgery.
message|My grandfather is {age90} years old, can he still have surgery?
story|{Pr} is {age90ph}, but {pos} mind is very sharp.
remark|A {age90adj} patient with {disease} was treated conservatively.
remark|Aged {age90}, the patient declined chemotherapy.
quote|“Being {age90} is no reason to stop living,” says {title}.
message|our babushka is {age90ph} and has strong pain in the knee
caption|A {age90adj} veteran from {city} with his daughter.
message|my mom just turned {age90} and she has {disease}
story|The patient, {age90ph}, came with {rel} for acupuncture.
remark|Anaesthesia in a {age90adj} needs careful planning.
message|Is it safe to do the operation at age {age90}?
story|Our oldest patient of the year, {age90ph}, went home on foot.
caption|{given}, {age90}, and {pos} great-grandchildren in the garden.
quote|“I am {age90} and I still want to read,” {given} told the eye surgeon.
timeline|Week 1: a {age90adj} man from {city} is admitted with a hip fracture.
letter|My grandmother is {age90ph}; thank you for treating her like family.
message|grandpa {age90} yrs, bedridden, how much for a home visit?
remark|At {age90} years the surgical risk was high, so we chose radiotherapy.
""")
KIND_T["phone_number"] = T("""
message|please call me back on {phone}
message|My WhatsApp: {phone}
message|Telegram number {phone}, write anytime.
message|WeChat (same as my phone): {phonecn}
message|you can reach {rel} at {phone}
message|Contact: {full}, {phone}
message|тел. {phone}
message|call or viber {phone} (after 6 pm please)
message|My husband's number is {phone}, he speaks English.
message|If there is no answer, try {phone2}.
letter|If anyone from {pcity} wants to talk to me about the treatment, give them my number: {phone}.
message|WhatsApp only pls {phone} no calls
message|Hi, this is {given}. New number: {phone}.
message|The number of my son in China is {phonecn}.
message|mob {phone} / home {phone2}
message|for urgent questions call {given2} at {phone}
message|my number {phone} whatsapp and telegram both ok
message|I could not reach the coordinator on {phonecn}; is it the right number?
quote|“Call me anytime,” {dr} said, and wrote {phonecn} on the back of the prescription.
message|Name {lower}, tel {phone}, {disease}, need price
""")
KIND_T["email"] = T("""
message|Please send the invoice to {email}.
message|my email is {email} thank you
message|Write to me: {email}
message|You can forward the MRI results to {email} or to my son at {email2}.
message|E-mail: {email}
message|{full}, {email}
message|our daughter checks {email} every evening
message|I sent the scans yesterday from {email}, did you receive them?
message|Please reply to {email} because my phone does not work in China.
letter|If other families want advice, they can write to me at {email}.
message|email {email} (not gmail, the old one is closed)
message|Best regards, {given}. {email}
message|The translator's address is {email2}, please copy her.
message|Pathology slides report — send to {email} pls
message|Contact person: {title}, {email}
message|почта {email}
""")
KIND_T["web_address"] = T("""
story|Friends raised the money for {given}'s operation through {url}.
message|Friends started a fundraiser for {given}: {url}
letter|I write about my treatment at {url}.
story|The blog {url} has helped other families from {pcity}.
message|More photos on my page {url}
message|Please share {url}, every dollar helps.
message|Link to my diary: {url}
quote|“I put everything on {url} so other mothers would not be afraid,” says {given}.
caption|Screenshot of the fundraising page {url}.
message|our campaign is {url}, can the hospital give a letter for it?
story|{full} documented every chemotherapy cycle on {url}.
message|see my home page {url} for the full history of my illness
""")
KIND_T["ip_address"] = T("""
message|[form] submitted from IP {ip}
message|[system] message received, sender IP {ip}, language: ru
message|Log: new enquiry via mobile, ip={ip}
remark|Spam filter flagged the message from {ip}.
message|I tried to upload the CT but the site said blocked IP {ip}
remark|Duplicate submission ({ip}) removed by the webmaster.
message|Message from {full} (IP {ip}): asking about {treatment}.
message|-- sent via Leave Your Message form, client address {ip}
remark|Three identical enquiries came from {ip} within a minute.
message|Remote address: {ip} | Browser: Chrome | Page: /contact
message|my vpn shows {ip}, maybe that is why the form fails?
remark|Moderator note: the enquiry from {ip} was a real patient, not spam.
""")
KIND_T["social_account"] = T("""
message|Add me please: {wechat}
message|You can find me as {social}.
message|Contact via {social}, I answer quickly.
story|Follow {given}'s recovery at {profile}.
message|I posted the video of my first steps on {handle}.
message|my {social} — please add, I have questions
letter|Other patients can message me: {social}
message|no email, only {social}
quote|“Hundreds of people from {pcity} wrote to me on {handle},” says {given}.
message|My sister {given2} is {social}, she will translate.
message|{wechat} (please write in English or Russian)
caption|{given} shares daily updates on {profile}.
message|hi, i saw your hospital on {handle} page of another patient
message|Can the coordinator add {wechat}? It is easier for us.
""")
KIND_T["street_address"] = T("""
message|Please send the medicine to {addr}, {pcity}.
message|Our home address: {addr}.
message|deliver to {addr}
story|{full} lives at {addr} with {rel}.
story|We rented a flat at {addr}, ten minutes from the hospital.
message|address for the invitation letter: {addr}, {pcity}
message|{addr}, {pcity} {postcode}
message|Send the original documents by post: {addr}, postcode {postcode}.
message|Adress: {addr} ({pcity})
letter|If you are ever in {pcity}, our door at {addr} is open to you.
message|Name: {full}; Address: {addr}, {pcity}
message|The courier should go to {addr}, index {postcode}.
message|my address changed, now {addr}
message|Home: {addr}, {postcode} {pcity}
remark|Home-care nurse visits at {addr} twice a week.
""")
KIND_T["postal_code"] = T("""
message|Postcode {postcode}, is that enough for the courier?
message|Our postal index is {postcode}.
message|ZIP: {postcode}
message|The pharmacy cannot ship to postcode {postcode}.
message|邮编 {postcode}
message|I live in {city}, index {postcode}.
message|postal code {postcode} — {country}
message|Can you send the herbs to {postcode}? DHL says it is outside the area.
message|индекс {postcode}
message|we are in {pcity} (postcode {postcode}), near the river
""")
KIND_T["geolocation"] = T("""
message|Our village has no street names; the coordinates are {geo}.
message|Pin for the ambulance: {geo}
story|The accident happened near {geo}, four hours from the nearest hospital.
message|Location shared: {geo}
message|GPS {geo} – that's our yurt, 40 km from the road.
message|Meet the driver at {geo} (the petrol station).
story|The family's farm, at {geo}, is reachable only by horse in winter.
message|my location {geo}, please tell the taxi
caption|Drone photo of the clinic site at {geo}.
message|coordinates of the hotel: {geo}
""")
KIND_T["passport_number"] = T("""
message|Passport number {passport}, valid until 2031.
message|passport: {passport}
message|My passport no. is {passport}, please put it in the invitation letter.
message|{full}, passport {passport}
message|护照号 {passport}
message|The hotel booking is under passport {passport}.
message|My mother's new passport is {passport}; the old one has expired.
message|паспорт (загран) {passport}
message|For the visa letter: {title}, passport No. {passport}, {country}.
remark|Registration desk: foreign patient, passport {passport}, interpreter needed.
message|pls correct the letter, the passport is {passport} not the old one
message|Passport of the accompanying person ({given2}): {passport}
message|Name as in passport: {formal}; passport number {passport}
message|travel document {passport} (refugee passport)
""")
KIND_T["national_id"] = T("""
message|Her {natid_l} is {natid_v}.
message|For the insurance they need my {natid}.
message|ID: {natid_v} ({natid_l})
message|{full}, {natid}
message|my {natid_l} {natid_v}, if you need it for the invoice
message|{natid}
remark|Embassy form: national number {natid_v}, passport to follow.
message|The lab in {pcity} printed my {natid_l} ({natid_v}) on every page of the report.
message|Patient {title}, {natid_l}: {natid_v}
message|please use {natid_l} {natid_v} for the tax document
letter|The attached discharge summary lists {pos} {natid_l} as {natid_v}.
message|{natid_l} = {natid_v}, name {lower}
""")
KIND_T["resident_id"] = T("""
message|身份证号 {resid}
message|ID card: {resid}
message|My Chinese resident ID is {resid}.
message|{cnname}，身份证 {resid}
remark|Patient from {cncity}, ID no. {resid}, admitted for {disease}.
message|my mother's ID card number is {resid}, she is from {cncity}
message|居民身份证 {resid}
message|for the insurance form: resident identity card {resid}
message|Name {cnname}, ID {resid}, phone to follow
message|the id number on the report is wrong, correct one: {resid}
remark|Cross-province settlement requires the ID card {resid} of the insured person.
message|Resident ID {resid} (my father), he cannot come himself
""")
KIND_T["medical_record_number"] = T("""
message|My {mrn_l} is {mrn_v}, please check the results.
message|Patient {full}, {mrn}.
message|Please quote {mrn} when you write.
timeline|Re-admitted under {mrn}.
message|{mrn}
remark|Pathology report attached to {mrn_l} {mrn_v}.
message|I lost my card, the {mrn_l} was {mrn_v} i think
message|Can you send the discharge summary for {mrn_l} {mrn_v} to my email?
message|{title} ({mrn_l} {mrn_v}) wants a copy of the CT films.
remark|Lab result {lab} filed to {mrn}.
message|my father's record: {mrn_v}, name {formal}
letter|We enclose the letter from {pcity} regarding {mrn}.
""")
KIND_T["health_plan_number"] = T("""
message|My insurance is {hplan}.
message|Can you bill {hplan_l} {hplan_v} directly?
remark|Pre-authorisation requested for {hplan}.
message|{hplan}
message|The insurer needs the invoice with {hplan_l} {hplan_v} on it.
message|{full}, {hplan}
message|Is {hplan_l} {hplan_v} accepted at your hospital?
message|my {hplan_l} is {hplan_v}, does it cover {treatment}?
remark|Guarantee of payment received for {title}, {hplan}.
message|Insurance details: {hplan_l} — {hplan_v} (holder: {full2})
message|pls send the estimate to the insurer, {hplan}
""")
KIND_T["account_number"] = T("""
message|Please refund the deposit to {acct}.
message|Donations for {given}: {acct}
message|For transfers: {acct_l} {acct_v}, beneficiary {full}
message|{acct}
message|The refund should go to my {acct_l} {acct_v}.
message|I paid from {acct}, please confirm.
story|Neighbours in {pcity} collected money on {acct_l} {acct_v} for the operation.
message|my {acct_l}: {acct_v}
message|Card {acct_v} was charged twice for the same consultation.
message|send the balance to {acct_l} {acct_v} ({full})
letter|Anyone who wants to help {given} can transfer to {acct}.
""")
KIND_T["licence_number"] = T("""
remark|{drlong}, {lic}
remark|Attending physician: {drlat} ({lic}).
remark|{lic_l} of {drlong}: {lic_v}
remark|Signed: {drcn}, {lic}
message|Is {drlat} registered? I found {lic_l} {lic_v} online.
remark|Prescription issued by {drlong}, {lic_l} {lic_v}.
message|The insurer asks for the licence of {drlat}: {lic_v}
letter|Certified by {drlong} ({lic_l}: {lic_v}).
remark|Consultant: {dr2}, {lic}
remark|Nursing record checked by {nurse}, {lic}
message|please write {dr}'s {lic_l} ({lic_v}) on the medical report
remark|Report reviewed by {drlat}, {lic_l} No. {lic_v}, {dept}.
""")
KIND_T["vehicle_identifier"] = T("""
message|The ambulance with plate {plate} will meet you at the border.
message|Our driver will be in a white minivan, {plate}.
message|My car {plate} was parked in the hospital lot, can I leave it for a week?
message|The rental car (VIN {vin}) was damaged near the hospital.
story|The taxi driver, in car {plate}, waited two hours outside the clinic.
message|we come by our own car from {city}, number {plate}
message|car plate {plate}, silver Toyota — please let us into the car park
remark|Security: vehicle {plate} blocked the emergency entrance.
message|VIN {vin} — the insurance wants it for the accident report
caption|The family's car, {plate}, after the 2,000 km drive from {city}.
message|Pick-up car: {plate}, driver {given2}
message|Accident report: VIN {vin}, plate {plate}.
""")
KIND_T["device_identifier"] = T("""
message|{device}
message|Her {device_l} is {device_v}.
remark|Please record the {device} in the file.
story|{given} arrived with an old implant, {device}, that nobody at home could read.
remark|Interrogation of {device_l} {device_v} showed normal function.
message|the manufacturer asks for the {device_l}: {device_v}
message|my {device_l} is {device_v}, it beeps at night
remark|{device} — battery at 30%, replacement planned.
message|Lost item in the outpatient hall — {device}
remark|Device card: {device_l} {device_v}, implanted in {year}.
message|{full}'s {device_l}: {device_v}
""")
KIND_T["other_number"] = T("""
message|My {other_l} is {other_v}.
message|{other}
message|Please put the {other_l} ({other_v}) in the invitation letter.
message|{full}, {other}
message|the {other_l} {other_v} is not working on the website
message|Here is my {other_l}: {other_v}
message|we already have {other_l} {other_v}, what else is needed?
remark|Patient services logged {other} for the family.
message|sent the films by courier, {other}
message|{title} — {other_l} {other_v}
message|Could you check {other_l} {other_v}? The status has not changed for a week.
letter|Please find attached the receipt with {other}.
""")

# rows with several identifiers (contact-form style and records)
MULTI_T = T("""
message|Name: {full} | Phone: {phone} | Email: {email} | Message: price for {treatment}?
message|{full} / {phone} / {email}
message|Hi, I'm {given}. WhatsApp {phone}, email {email}. My father has {disease}.
message|Patient: {full}, DOB {dob}, passport {passport}.
message|{formal}, born {dob}, {natid}
message|Please send the invitation to {addr}, {pcity} {postcode}, tel. {phone}.
message|{cnname} 身份证 {resid} 电话 {phonecn}
remark|{title}, {mrn}, {hplan}
message|Name {lower}; passport {passport}; arrival {date}
message|contact: {email} or {social}
message|Refund to {acct} — {full}, {phone}
message|{given} here, my new address is {addr} and phone {phone}
remark|Pacemaker clinic: {full}, {device}, implanted on {date}.
message|Visa letter: {full}, passport {passport}, {other}
message|my mom is {age90}, her {mrn_l} is {mrn_v}
message|From: {email} | IP: {ip} | Name: {full}
story|{full}, {age90ph}, arrived on {date} with {rel}.
message|driver {given2}, car {plate}, phone {phone}
message|Donate: {url} or {acct}
message|{title}, DOB {dob}, {hplan}, {phone}
""")

CLEAN_T = T("""
story|{alias}, {age}, was diagnosed with {disease} in {monthyear}.
story|The patient, a {age}-year-old herder from {city}, had been living with {disease} for years.
story|{alias} from {country} received {drug} at {dose}.
remark|After two cycles: {lab}, down from the level at admission.
story|Treatment costs about {price}, including accommodation for {rel}.
remark|The trial ({reg}) is recruiting patients with {gene}.
remark|Diagnosis code {icd}; maintenance with {drug} ({atc}).
story|In {season} {year}, the family decided to come to China.
story|Like many men of {decade}, he never saw a doctor until the pain became unbearable.
story|The {age}-year-old came from {city} with {eponym}.
message|In an emergency in China dial {svc}, then call the international desk.
caption|Take {move} to reach {dept}.
story|Last year we treated {n}00 patients from {country}.
quote|“There is always hope, even with {disease},” the surgeon told {rel}.
message|Is there a grace period for paying the deposit? We can pay {price} now.
remark|The iris was damaged in the accident, but the lens could be saved.
story|{inst} referred the case to us after {treatment} at home failed.
remark|The {score} worried the team on admission.
remark|The herbal formula combined {herb} with {herb2}.
remark|{alias} tested positive for {gene} and started {drug}.
story|{rel} slept on a folding bed next to the patient for {n} weeks.
timeline|Day 1: arrival from {city}; interpreter assigned.
timeline|Day 3: {treatment} under general anaesthesia.
timeline|Week 2: {lab}; discharge planned.
timeline|Month 6: follow-up by video call, no recurrence.
timeline|{monthyear}: first consultation online.
timeline|{year}: symptoms start after a fall.
timeline|{season}: the family raises {price}.
caption|The rehabilitation hall on {floor}.
caption|Morning tai chi for patients of {dept}.
caption|A patient from {country} with {rel} in the hospital garden.
caption|Our interpreters speak Russian, Kazakh, Mongolian, Arabic and English.
caption|{alias} during a rehabilitation session after {treatment}.
caption|The new wing opened in {monthyear}.
letter|Thank you to the whole team of {dept} — you gave our family hope.
letter|We came with little faith and left with great joy.
letter|Your patience with my questions meant more than you know.
letter|It was a gift to meet such kind people so far from home.
message|How much is {treatment}? My {rel_short} is {aage} and has {disease}.
message|hello, do you treat {eponym}? what is the price
message|can you send a quote for {treatment}, we are from {country}
message|is {drug} available in your pharmacy and how much?
message|Hi, which bus goes from the railway station to the hospital? Is it the No. {n}0 bus?
message|my father is {aage}, has {lab}, is it dangerous
message|Do you accept patients with {disease} who had {treatment} in {year}?
message|what documents do we need for a medical visa from {country}
message|Please tell me the price in tenge, not dollars.
message|we are {n} people, can we all stay in the hospital hotel?
message|Can I join trial {reg}? I have {gene}.
message|how long is the wait for {treatment} in {season}?
message|Is there halal food in the hospital canteen?
message|do u have doctors who speak Mongolian
quote|“I was born in {year} and had never been on a plane,” says {alias}.
quote|“We arrived in {monthyear}, on a cold night, with two suitcases of scans,” recalls {rel}.
quote|“The bill was {price}, less than half of what we were quoted at home,” says {rel}.
quote|“Our grandmother is {oage} and she climbed to {floor} by herself,” {rel} says proudly.
quote|“Frankly, I expected worse,” admits {alias}.
quote|“At {age} you do not expect {disease},” says {rel}.
remark|For patients over 80, we reduce the starting dose to {odose}.
remark|{eponym} is rare in {country}, so many cases come to us late.
remark|Patients with {score} are not candidates for this surgery.
remark|The cost of {drug} in China dropped sharply after it entered the reimbursement list in {year}.
remark|We use {herb} only as an adjunct, never instead of {treatment}.
remark|Standard regimen: {drug} {dose} plus {drug2}.
remark|Genetic testing found {gene}, which changes the choice of therapy.
remark|The case was coded as {icd} and discussed at the Tuesday MDT.
remark|About {n}0 patients were referred through partner clinics in {city}.
remark|Women in their thirties are often surprised by the diagnosis of {disease}.
remark|Patients in {decade} rarely had access to {treatment}.
story|{alias} had trained at {inst} before falling ill.
story|The boy's grandmother, {age}, never left his side.
story|The family sold their flock of sheep to pay {price}.
story|In {monthyear} the patient returned for the third check-up.
story|A colleague from {inst} joined the consultation by video.
story|Two interpreters took turns at the bedside through {season}.
story|The mother of Patient K says she has read every brochure twice.
story|It was {season}, and the steppe was already white with snow.
story|By {year} the hospital had treated patients from more than 60 countries.
story|He had been told he had Bell's palsy, but the MRI showed otherwise.
caption|Patients and staff celebrate the end of the school term on {floor}.
caption|The lift lobby, {floor}, with signs in four languages.
caption|Herbal decoctions being prepared in the TCM pharmacy.
caption|Volunteers from {city} visit the paediatric ward.
story|In {decade} her village had no doctor at all.
message|My sister had {treatment} at {inst}; can you review her scans?
message|The ambulance number in Kazakhstan is {svc}, what is it in China?
remark|The Glasgow Coma Scale was 14 on arrival and 15 the next morning.
remark|Prices are given in yuan; {price} is the average total for {treatment}.
story|Will power alone does not cure {disease}, but it helps.
story|Summer in the north of China is short, so many patients from {country} prefer to come in June.
message|In May 2024 my mother had an operation, now she needs control MRI.
message|Can we come in April or is it too cold?
remark|The bill includes the cost of an interpreter and the airport transfer.
remark|Mark the injection site and rotate it daily.
story|It was a frank conversation, but the family appreciated the honesty.
remark|Please keep the jade bracelet off the operated arm.
remark|Ruby-red urine after beetroot is harmless; after surgery it is not.
remark|Dawn is when most patients on the ward wake up for blood tests.
story|Faith in the doctors grew with every good result.
caption|A rose from {rel} on the bedside table.
remark|Amber-coloured discharge from the wound should be reported.
remark|Lily pollen can trigger asthma; please do not bring lilies to the ward.
remark|Sunny days are good for walks in the garden, but protect the scar.
story|The Mercy Ward was renamed the Hope Ward in {year}.
message|how much patience does IVF need? we tried for {n} years
story|Precious hours were lost before the ambulance arrived.
remark|Victory over {disease} is never final; follow-up continues for {n} years.
story|June and July are the busiest months for patients from {country}.
""")
CLEAN_T += T("""
remark|{alias}，{age}岁，来自{city}，诊断为{icd}。
remark|Dose: {odose}; target {lab}.
remark|Cost breakdown: surgery {price}, stay and meals {price2}.
caption|The lift to {dept} is next to {floor}.
remark|Call {svc} at once if the wound starts to bleed.
remark|Results on admission: {lab}, {lab2}.
remark|ICD-10 {icd} / ATC {atc}.
remark|{reg} has already enrolled {n}0 patients.
story|Born in {year}, {alias} had never travelled abroad before.
story|Aged {age}, {alias} was the youngest patient on the ward that month.
story|{rel} is nearly ninety but still walks to the market every day.
remark|An 89-year-old can still be a candidate for {treatment} if the heart is strong.
story|Her grandmother, in her late eighties, came along to every appointment.
remark|Goji berries and {herb} are sold at the pharmacy on {floor}.
remark|Ward rounds start at 7:30 and visiting hours end at 20:00.
remark|The hospital has 2,600 beds and 41 clinical departments.
message|the doctor on duty said the result is {lab}, is this normal?
message|Hello, my {rel_short} has {eponym}. Price?
remark|{drug} is a brand name; the generic is cheaper and works the same.
remark|We saw {n} cases of {eponym} from {country} in {year}.
story|In {season} the road from {city} is often closed by snow.
story|{rel} translated everything with a phone app.
message|Do you have a Muslim prayer room? We will stay {n} weeks.
message|Sorry for my English. {rel} has {disease}, diagnosis {icd}.
message|please help, {rel} has {lab} after chemo
message|we saw your video about {treatment} on the internet, is it real?
message|What is better for {disease}: {treatment} or {drug}?
message|hi! is it possible to pay by card or only cash? total is {price}
quote|“Nobody in {city} could tell us what {gene} meant,” says {rel}.
quote|“Three days after {treatment} I was already walking,” says {alias}.
quote|“They explained my {score} with drawings,” says {alias}.
quote|“In {decade} nobody talked about cancer,” says {rel}.
quote|“My hope was small when we came,” {rel} admits.
remark|Patients with {eponym} should avoid {drug} unless monitored.
remark|On day 3, {score} predicted a good outcome.
story|{rel2} and {rel} took turns staying at the bedside.
story|The patient's husband, a retired miner, learned to change the dressings himself.
timeline|Day 5: first walk in the corridor, {n}0 metres.
timeline|Week 3: {drug} dose halved after {lab}.
timeline|Month 2: the lesion has shrunk; {lab}.
timeline|{monthyear}: enrolled in {reg}.
timeline|{season} {year}: back at school.
caption|Patients from {country} and {country2} at a calligraphy class.
caption|The waiting area near {floor}.
caption|A nurse explains {treatment} to {rel}.
caption|Medicinal herbs — {herb}, {herb2} — on display in the TCM museum.
letter|To everyone on {floor}: thank you for the kindness and the dumplings.
letter|My {rel_short} and I will never forget your care during {season}.
letter|We will come back in {monthyear} for the check-up, with gifts from {country}.
letter|Thank you for explaining the {score} so patiently.
message|Is bus {n} still going to the hospital after 9 pm?
message|Where can we buy {herb} near the hospital?
message|the price for {treatment} was {price}, does it include the interpreter?
message|Need help: {alias} has {disease}, code {icd}, stage III.
message|can someone explain {gene} in simple words
story|The child's Apgar score had been 6, and hip dysplasia was found at age {n}.
story|The clinic at {inst} sent the slides by diplomatic post.
story|He arrived with a rucksack of documents from {n} different hospitals.
remark|Grade 3 neutropenia occurred after the {n}th cycle.
remark|Hodgkin lymphoma, stage IIB, ABVD × 6 cycles.
remark|Child-Pugh A, MELD 9: suitable for resection.
remark|{drug}, {dose}, for {n} months, then reassess.
remark|Hepatitis B surface antigen positive; viral load {lab}.
remark|She received two units of O-negative blood.
remark|Type 1 diabetes since age {n}; currently on {odose}.
remark|Home medication list: {drug} {dose}; {odose}.
story|Each year in {season} a group of patients from {city} comes together.
story|Half of the {n}00 patients that year came through word of mouth.
story|Ten years after {treatment}, {alias} is still cancer-free.
story|The surgeon who founded the department trained at {inst} in {decade}.
message|Ms. A asked me to write for her. She had {treatment} last {season}.
message|Patient K here again — thank you for the fast answer!
message|my {rel_short} is {aage} yo and weight 48 kg, can she take {drug}?
remark|Our team in {dept} performs about {n}00 procedures a year.
""")


# ------------------------------------------------------------- generation
PER_KIND = 55        # rows drawn from each kind's own templates
N_MULTI = 60
N_CLEAN = 1165
NAME_TARGET = 440    # rows holding a person name


def noise_p(cat):
    return {"message": 0.45, "quote": 0.08, "letter": 0.12}.get(cat, 0.0)


def make_row(cat, tpl, seen):
    for _ in range(200):
        HARD[0] = False
        text, kinds = fill(tpl)
        changed = False
        if chance(noise_p(cat)):
            text, changed = noisy(text)
        text = re.sub(r"[\t\r\n]", " ", text)
        if text in seen:
            continue
        seen.add(text)
        mixed = bool(re.search(r"[\u0400-\u04ff\u3000-\u9fff\uff00-\uffef\u0600-\u06ff]", text))
        return cat, kinds, text, HARD[0] or changed or mixed
    return None


def generate():
    rows, seen = [], set()

    def add(cat, tpl):
        r = make_row(cat, tpl, seen)
        if r:
            rows.append(r)
        return r

    # identifier rows, kind by kind, cycling through templates so each
    # template is used a similar number of times
    for kind in KINDS:
        if kind == "person_name":
            continue
        tpls = KIND_T[kind][:]
        rng.shuffle(tpls)
        i = 0
        made = 0
        while made < PER_KIND:
            cat, tpl = tpls[i % len(tpls)]
            i += 1
            r = add(cat, tpl)
            if r:
                assert kind in r[1], (kind, tpl)
                made += 1
    for i in range(N_MULTI):
        cat, tpl = MULTI_T[i % len(MULTI_T)]
        add(cat, tpl)
    # names-only rows until the name target is met
    tpls = NAME_T[:]
    rng.shuffle(tpls)
    i = 0
    while sum(1 for r in rows if "person_name" in r[1]) < NAME_TARGET:
        cat, tpl = tpls[i % len(tpls)]
        i += 1
        add(cat, tpl)
    # clean rows
    tpls = CLEAN_T[:]
    rng.shuffle(tpls)
    i = 0
    made = 0
    stuck = 0
    while made < N_CLEAN:
        cat, tpl = tpls[i % len(tpls)]
        i += 1
        r = make_row(cat, tpl, seen)
        if r is None:
            stuck += 1
            assert stuck < 5000
            continue
        assert not r[1], ("clean template produced identifier", tpl, r)
        rows.append(("clean" if chance(0.25) else cat, set(), r[2], r[3]))
        made += 1
    return rows


def main():
    rows = generate()
    rng.shuffle(rows)
    for cat, kinds, text, _ in rows:
        assert "\t" not in text and "\n" not in text
        assert kinds <= set(KINDS), kinds
        if "licence_number" in kinds:
            assert "person_name" in kinds, text
    lines = ["category\texpected_kinds\tsentence"]
    for cat, kinds, text, _ in rows:
        lab = ",".join(k for k in KINDS if k in kinds) or "-"
        lines.append(f"{cat}\t{lab}\t{text}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # summary
    n_id = sum(1 for r in rows if r[1])
    print(f"rows {len(rows)}  identifier rows {n_id}  clean rows {len(rows) - n_id}  "
          f"harder-form rows {sum(1 for r in rows if r[3])}")
    for k in KINDS:
        print(f"  {k:24s} {sum(1 for r in rows if k in r[1])}")


if __name__ == "__main__":
    main()
