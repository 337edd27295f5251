"""Held-out de-identification corpus, part 9 (English).

Running this file writes ``deid_generated_en_heldout9.tsv`` in the same folder.
Each row is one English sentence of the kind the hospital's editors, translators,
clinicians and international patients write: case-story paragraphs, patients'
messages, quotes, photo captions, timeline entries, intake lines and notes.
About half of the sentences hold something that identifies a patient or another
private person (names, addresses, dates, phone numbers, ID numbers and the like);
the other half are clean sentences chosen because a careless scanner might flag
them (doses, lab values, gene names, trial registry numbers, months with years,
cities, eponymous diseases, letter aliases such as "Ms. A").

Columns: ``category`` (what the sentence tests), ``expected_kinds`` (the kinds of
identifier a careful reader finds in it, comma separated, or ``-`` when the
sentence is clean) and ``sentence``.

The sentences were written from how real patient stories and messages read,
without reading the project's scanner or its other test data, so that the
scanner's figures on this file are an honest held-out measure. The output is
deterministic: a fixed seed and the standard library only.
"""

from __future__ import annotations

import os
import random
import string

SEED = 90217
OUT_NAME = "deid_generated_en_heldout9.tsv"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
             6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
             11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
             18: "eighteenth", 19: "nineteenth", 20: "twentieth",
             21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
             24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
             27: "twenty-seventh", 28: "twenty-eighth"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine"]
CN_DIGITS = "〇一二三四五六七八九"
NUM_WORDS_90 = {90: "ninety", 91: "ninety-one", 92: "ninety-two",
                93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
                96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
                99: "ninety-nine", 100: "one hundred", 101: "a hundred and one",
                102: "a hundred and two", 104: "a hundred and four"}


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fullwidth(s: str) -> str:
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "-":
            out.append("－")
        else:
            out.append(ch)
    return "".join(out)


def cn_digits(s: str) -> str:
    return "".join(CN_DIGITS[int(ch)] if ch.isdigit() else ch for ch in s)


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------

# culture: (female given, male given, family names as (male, female))
CULTURES = {
    "kazakh": (
        ["Aigerim", "Aruzhan", "Asel", "Gulnara", "Zhansaya", "Madina", "Saule",
         "Ainur", "Dinara", "Akmaral", "Botagoz", "Balnur", "Togzhan", "Zarema"],
        ["Nurlan", "Yerlan", "Daulet", "Askar", "Arman", "Yerzhan", "Serik",
         "Marat", "Kairat", "Zhandos", "Olzhas", "Berik", "Sanzhar", "Almas"],
        [("Serikbayev", "Serikbayeva"), ("Abenov", "Abenova"),
         ("Zhaksylykov", "Zhaksylykova"), ("Ospanov", "Ospanova"),
         ("Kassymov", "Kassymova"), ("Iskakov", "Iskakova"),
         ("Sultanbekov", "Sultanbekova"), ("Bekmukhambetov", "Bekmukhambetova"),
         ("Zhumabekov", "Zhumabekova"), ("Akhmetov", "Akhmetova"),
         ("Temirkhanov", "Temirkhanova"), ("Dzhaksybekov", "Dzhaksybekova")]),
    "russian": (
        ["Irina", "Natalia", "Olga", "Svetlana", "Yekaterina", "Tatiana",
         "Anastasia", "Yulia", "Ksenia", "Lyudmila", "Galina", "Polina"],
        ["Sergei", "Dmitri", "Alexei", "Andrei", "Nikolai", "Pavel", "Igor",
         "Vladimir", "Mikhail", "Yevgeny", "Konstantin", "Grigory"],
        [("Volkov", "Volkova"), ("Sokolov", "Sokolova"),
         ("Kuznetsov", "Kuznetsova"), ("Morozov", "Morozova"),
         ("Lebedev", "Lebedeva"), ("Fedorov", "Fedorova"), ("Orlov", "Orlova"),
         ("Belousov", "Belousova"), ("Zaitsev", "Zaitseva"),
         ("Nikitin", "Nikitina"), ("Gromov", "Gromova")]),
    "uzbek": (
        ["Dilnoza", "Nodira", "Gulchehra", "Zarina", "Malika", "Shakhnoza",
         "Feruza", "Mohira"],
        ["Rustam", "Sherzod", "Bekzod", "Jasur", "Otabek", "Ulugbek", "Sardor",
         "Doston"],
        [("Karimov", "Karimova"), ("Rakhimov", "Rakhimova"),
         ("Yusupov", "Yusupova"), ("Tursunov", "Tursunova"),
         ("Abdullayev", "Abdullayeva"), ("Ergashev", "Ergasheva"),
         ("Nematov", "Nematova")]),
    "kyrgyz_tajik": (
        ["Aizada", "Cholpon", "Nazgul", "Parvina", "Mehrona", "Begimai"],
        ["Aibek", "Nurbek", "Azamat", "Farrukh", "Bakhtiyor", "Emil"],
        [("Osmonov", "Osmonova"), ("Toktogulov", "Toktogulova"),
         ("Safarov", "Safarova"), ("Nazarov", "Nazarova"),
         ("Sadykov", "Sadykova"), ("Mamatov", "Mamatova")]),
    "mongolian": (
        ["Oyunchimeg", "Enkhjargal", "Sarangerel", "Bolormaa", "Altantsetseg",
         "Nomin", "Khulan", "Solongo"],
        ["Bat-Erdene", "Ganbold", "Tumurbaatar", "Munkhbat", "Batbayar",
         "Temuulen", "Erdenebat", "Sukhbat"],
        [("Batbayar", "Batbayar"), ("Dorj", "Dorj"), ("Gankhuyag", "Gankhuyag"),
         ("Tserendorj", "Tserendorj"), ("Enkhbold", "Enkhbold"),
         ("Purevsuren", "Purevsuren")]),
    "arabic": (
        ["Fatima", "Layla", "Mariam", "Noor", "Huda", "Aisha", "Rania", "Salma"],
        ["Omar", "Yusuf", "Khalid", "Ahmed", "Hassan", "Tariq", "Karim", "Faisal"],
        [("Al-Harbi", "Al-Harbi"), ("Haddad", "Haddad"),
         ("Al-Mansouri", "Al-Mansouri"), ("Khoury", "Khoury"),
         ("Al-Qahtani", "Al-Qahtani"), ("Saleh", "Saleh"),
         ("Al-Zahrani", "Al-Zahrani"), ("Bakr", "Bakr")]),
    "persian_turkish": (
        ["Shirin", "Parisa", "Elif", "Zeynep", "Leyla", "Nilufar"],
        ["Reza", "Dariush", "Emre", "Mehmet", "Kaveh", "Arda"],
        [("Tehrani", "Tehrani"), ("Ahmadi", "Ahmadi"), ("Hosseini", "Hosseini"),
         ("Yilmaz", "Yilmaz"), ("Demir", "Demir"), ("Kaya", "Kaya"),
         ("Aliyev", "Aliyeva"), ("Mammadov", "Mammadova")]),
    "african": (
        ["Amina", "Thandiwe", "Wanjiru", "Fatoumata", "Blessing", "Precious",
         "Chiamaka", "Abena", "Nomvula", "Adaeze"],
        ["Chinedu", "Kwame", "Abebe", "Tendai", "Oluwaseun", "Kofi", "Sipho",
         "Mamadou", "Emeka", "Tafadzwa"],
        [("Okafor", "Okafor"), ("Bello", "Bello"), ("Mensah", "Mensah"),
         ("Dlamini", "Dlamini"), ("Girma", "Girma"), ("Kamau", "Kamau"),
         ("Diallo", "Diallo"), ("Moyo", "Moyo"), ("Okoro", "Okoro"),
         ("Banda", "Banda"), ("Adeyemi", "Adeyemi")]),
    "european": (
        ["Anna", "Marta", "Sofia", "Ingrid", "Elodie", "Siobhan", "Katarzyna",
         "Beatriz", "Hanna", "Chiara"],
        ["Lukas", "Joao", "Pieter", "Andrzej", "Matteo", "Sven", "Tomas",
         "Ciaran", "Jonas", "Piotr"],
        [("Mueller", "Mueller"), ("Schneider", "Schneider"),
         ("Kowalski", "Kowalska"), ("Silva", "Silva"), ("Rossi", "Rossi"),
         ("de Vries", "de Vries"), ("Larsen", "Larsen"), ("Martin", "Martin"),
         ("O'Neill", "O'Neill"), ("Nowak", "Nowak"), ("Novak", "Novakova")]),
    "latin": (
        ["Maria Jose", "Camila", "Valentina", "Lucia", "Ximena", "Paola"],
        ["Diego", "Luis Fernando", "Mateo", "Santiago", "Andres", "Joaquin"],
        [("Herrera", "Herrera"), ("Ramirez", "Ramirez"), ("Ortiz", "Ortiz"),
         ("Gomez", "Gomez"), ("Castillo", "Castillo"), ("Mendoza", "Mendoza")]),
    "south_asian": (
        ["Priya", "Sunita", "Ayesha", "Farhana", "Meenakshi", "Nasreen"],
        ["Arjun", "Rahul", "Imran", "Sanjay", "Anwar", "Vikram"],
        [("Raman", "Raman"), ("Mehta", "Mehta"), ("Qureshi", "Qureshi"),
         ("Nair", "Nair"), ("Siddiqui", "Siddiqui"), ("Akter", "Akter"),
         ("Bhattacharya", "Bhattacharya")]),
}

# East and Southeast Asian names are written family name first.
FAMILY_FIRST = [
    "Nguyen Thi Lan", "Tran Van Minh", "Pham Thu Ha", "Le Quang Huy",
    "Do Thi Mai", "Vu Duc Anh", "Kim Min-ji", "Park Ji-hoon", "Lee Seo-yeon",
    "Choi Hyun-woo", "Sato Yuki", "Tanaka Haruto", "Yamamoto Aiko",
    "Suzuki Kenji", "Wang Lihua", "Zhang Wei", "Liu Fang", "Chen Jing",
    "Zhao Lei", "Huang Mei", "Sun Hao", "Ma Jun", "Gao Yan", "Lin Xiaoyu",
    "Zhou Qiang", "Xu Ting",
]
GIVEN_FIRST_ASIAN = [
    "Siti Rahayu", "Budi Santoso", "Nur Aisyah", "Ahmad Fauzi", "Putri Ayu",
    "Somchai Srisuk", "Kanya Wongsawat", "Nattaya Boonmee", "Rowena Dizon",
    "Jose Reyes", "Maricel Santos", "Hafiz Ismail", "Nurul Huda Rahman",
]
UYGHUR = ["Gulnur Tursun", "Abdukerim Ablimit", "Mihrigul Yasin",
          "Ayshem Memet", "Dilshat Rozi"]
CJK_NAMES = ["王丽华", "张伟", "刘芳", "陈静", "赵磊", "黄梅", "阿依古丽",
             "努尔兰", "娜塔莎", "古丽娜尔", "巴特尔", "阿迪力", "叶尔兰",
             "玛丽亚", "迪丽娜", "谢尔盖"]
CYRILLIC_NAMES = ["Айгерим", "Нурлан Серикбаев", "Ольга Морозова", "Дильноза",
                  "Бат-Эрдэнэ", "Асель Оспанова", "Сергей", "Жандос",
                  "Гульнара Искакова", "Дмитрий Волков"]
NICKNAMES = ["Sasha", "Dima", "Katya", "Lyosha", "Zhenya", "Natasha", "Ake",
             "Asik", "Nuri", "Mimi", "Dana-apa", "Gulya", "Kolya", "Baba Lyuba",
             "Lao Zhang", "Xiao Liu", "Auntie Saule", "Uncle Kairat", "Bakha",
             "Tolik", "Seryozha", "Aika", "Mama Fatoumata", "Big Kwame"]
WORD_NAMES = ["Joy", "Hope", "Grace", "Faith", "Mercy", "Precious", "Blessing",
              "Patience", "Gift", "Sunny", "Rose", "Will", "Bolat", "Dawn",
              "Summer", "Lily", "Jasmine", "Amber", "Ruby", "Victory",
              "Goodluck", "Sky"]
DOCTOR_FAMILIES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao",
                   "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao",
                   "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng",
                   "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao"]

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar",
          "Oskemen", "Atyrau", "Tashkent", "Samarkand", "Bukhara", "Bishkek",
          "Osh", "Dushanbe", "Ulaanbaatar", "Erdenet", "Novosibirsk",
          "Moscow", "Irkutsk", "Vladivostok", "Kazan", "Omsk", "Barnaul",
          "Dubai", "Riyadh", "Amman", "Baku", "Tbilisi", "Hanoi",
          "Ho Chi Minh City", "Jakarta", "Kuala Lumpur", "Bangkok", "Manila",
          "Lagos", "Nairobi", "Addis Ababa", "Accra", "Harare", "Warsaw",
          "Berlin", "Lisbon", "Milan", "Dublin", "Karachi", "Dhaka",
          "Urumqi", "Kashgar", "Ili", "Beijing", "Shanghai", "Guangzhou",
          "Harbin", "Yining"]
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
             "Mongolia", "Russia", "Azerbaijan", "Georgia", "Jordan",
             "Saudi Arabia", "the United Arab Emirates", "Vietnam",
             "Indonesia", "Malaysia", "Thailand", "the Philippines", "Nigeria",
             "Kenya", "Ethiopia", "Ghana", "Zimbabwe", "Poland", "Germany",
             "Portugal", "Ireland", "Pakistan", "Bangladesh", "Turkmenistan"]
PROVINCES = ["Xinjiang", "Heilongjiang", "Yunnan", "Guangdong", "Inner Mongolia",
             "Sichuan", "Shandong", "Zhejiang", "Jilin", "Gansu"]
HOSPITALS = ["Peking Union Medical College Hospital", "Ruijin Hospital",
             "the First Affiliated Hospital of Xinjiang Medical University",
             "West China Hospital", "Zhongshan Hospital",
             "the National Research Oncology Center in Astana",
             "Charite in Berlin", "Tongji Hospital", "Xiangya Hospital",
             "the Republican Children's Hospital", "Mayo Clinic",
             "Sun Yat-sen University Cancer Center"]
DEPARTMENTS = ["haematology", "rheumatology", "nephrology", "cardiology",
               "neurosurgery", "paediatric oncology", "the bone marrow "
               "transplant unit", "the international patient centre",
               "radiology", "the day-care infusion unit", "endocrinology",
               "gastroenterology", "the pain clinic", "rehabilitation medicine"]
CONDITIONS = ["lupus nephritis", "diffuse large B-cell lymphoma",
              "multiple myeloma", "acute lymphoblastic leukaemia",
              "neuromyelitis optica", "myasthenia gravis", "systemic sclerosis",
              "aplastic anaemia", "glioblastoma", "type 1 diabetes",
              "dilated cardiomyopathy", "nasopharyngeal carcinoma",
              "thalassaemia major", "hepatoblastoma", "IgA nephropathy"]
ALIASES = ["Ms. A", "Mr. B", "Patient C", "Ms. D", "Mr. K", "Patient M",
           "Little A", "Baby N", "Mrs. T", "the patient", "Mr. Z", "Ms. R",
           "Patient 7", "Case 3", "A女士", "患者A", "小A", "B先生"]
RELATIONS = ["her mother", "his father", "her husband", "his wife",
             "the boy's grandmother", "her older sister", "his oldest son",
             "her uncle", "the girl's aunt", "his younger brother",
             "her cousin", "the family", "his daughter-in-law",
             "a family friend", "the patient's neighbour"]
CARERS = ["her mother", "his father", "her husband", "his wife", "the family",
          "his daughter", "her son", "their interpreter", "the coordinator",
          "the patient", "Ms. A", "Mr. B", "Patient C"]

WORDS_HANDLE = ["steppe_rose", "altyn.kus", "mama_of_two", "kz_traveller",
                "sunny.day", "lotus_heart", "tumar.life", "blue_yurt",
                "happy_kidney", "fighter.mom", "silkroad_dad", "moonlight.tea",
                "little_warrior", "apple_city_girl", "nomad.notes",
                "brave_bear", "carT_journey", "snow_leopard", "milk_tea_lover",
                "ocean.breeze", "green.apricot", "golden_eagle"]
EMAIL_LOCAL = ["sunflower", "steppe.mom", "mama.kz", "bluesky", "dobro.utro",
               "altyn", "zhuldyz", "lotus", "happy.family", "nomad",
               "snowdrop", "kidsdoc.fan", "tulpar", "apple.garden",
               "moonriver", "chayka", "rainbow.kid", "tengri", "dastan.fan",
               "hopeful.dad"]
EMAIL_DOMAINS = ["mail.ru", "gmail.com", "yandex.kz", "inbox.ru", "qq.com",
                 "163.com", "outlook.com", "yahoo.com", "bk.ru", "list.ru",
                 "hotmail.co.uk", "icloud.com", "yandex.ru", "126.com",
                 "mail.kz", "protonmail.com"]


class Ctx:
    """Collects the kinds of identifier used while one sentence is built."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.kinds: set[str] = set()

    # helpers -------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_letters + string.digits)
                       for _ in range(n))

    def add(self, kind: str):
        self.kinds.add(kind)

    # clean fillers -----------------------------------------------------
    def city(self):
        return self.ch(CITIES)

    def country(self):
        return self.ch(COUNTRIES)

    def alias(self):
        return self.ch(ALIASES)

    def rel(self):
        return self.ch(RELATIONS)

    def carer(self):
        return self.ch(CARERS)

    def cond(self):
        return self.ch(CONDITIONS)

    def dept(self):
        return self.ch(DEPARTMENTS)

    def hosp(self):
        return self.ch(HOSPITALS)

    def month_year(self):
        return f"{self.ch(MONTHS)} {self.r.randint(2012, 2024)}"

    # names ---------------------------------------------------------------
    def _person(self):
        r = self.r
        pick = r.random()
        if pick < 0.62:
            culture = r.choice(list(CULTURES))
            fem, mal, fams = CULTURES[culture]
            female = r.random() < 0.55
            given = r.choice(fem if female else mal)
            fam = r.choice(fams)[1 if female else 0]
            return given, fam, culture, False
        if pick < 0.82:
            full = r.choice(FAMILY_FIRST)
            fam, given = full.split(" ", 1)
            return given, fam, "eastasia", True
        if pick < 0.93:
            full = r.choice(GIVEN_FIRST_ASIAN)
            given, fam = full.rsplit(" ", 1)
            return given, fam, "sea", False
        full = r.choice(UYGHUR)
        given, fam = full.split(" ", 1)
        return given, fam, "uyghur", False

    def full(self):
        self.add("person_name")
        given, fam, _c, fam_first = self._person()
        return f"{fam} {given}" if fam_first else f"{given} {fam}"

    def given(self):
        self.add("person_name")
        given, _fam, _c, _ff = self._person()
        return given

    def fgiven(self):
        self.add("person_name")
        culture = self.ch([k for k in CULTURES if k != "mongolian"] + ["mongolian"])
        return self.ch(CULTURES[culture][0])

    def mgiven(self):
        self.add("person_name")
        culture = self.ch(list(CULTURES))
        return self.ch(CULTURES[culture][1])

    def ffull(self):
        self.add("person_name")
        culture = self.ch([k for k in CULTURES if k != "mongolian"])
        fem, _m, fams = CULTURES[culture]
        return f"{self.ch(fem)} {self.ch(fams)[1]}"

    def family(self):
        self.add("person_name")
        _g, fam, _c, _ff = self._person()
        return fam

    def titled(self):
        self.add("person_name")
        given, fam, _c, _ff = self._person()
        title = self.ch(["Mr.", "Mrs.", "Ms.", "Madam", "Mr", "Mrs"])
        return f"{title} {fam}"

    def doctor(self):
        self.add("person_name")
        r = self.r
        f = r.random()
        fam = r.choice(DOCTOR_FAMILIES)
        if f < 0.35:
            return f"Dr. {fam}"
        if f < 0.5:
            return f"Dr {fam}"
        if f < 0.65:
            return f"Professor {fam}"
        if f < 0.75:
            return f"Prof. {fam} {r.choice(['Hong', 'Jian', 'Yu', 'Lan', 'Ming', 'Xiaodong', 'Rui'])}"
        if f < 0.85:
            return f"Director {fam}"
        return f"Dr. {self.family()}"

    def nurse(self):
        self.add("person_name")
        return f"Nurse {self.ch(['Li', 'Zhou', 'Ma', 'Guo', 'Han', 'Tang', 'Aygul', 'Mei', 'Xiaoyan', 'Dilnur'])}"

    def nick(self):
        self.add("person_name")
        return self.ch(NICKNAMES)

    def wordname(self):
        self.add("person_name")
        return self.ch(WORD_NAMES)

    def initials(self):
        self.add("person_name")
        given, fam, _c, _ff = self._person()
        if self.r.random() < 0.5:
            return f"{given[0]}. {fam}"
        return f"{given[0]}.{self.ch(string.ascii_uppercase)}. {fam}"

    def caps(self):
        self.add("person_name")
        given, fam, _c, _ff = self._person()
        return f"{fam.upper()} {given.upper()}" if self.r.random() < 0.5 else f"{fam.upper()} {given}"

    def lower(self):
        self.add("person_name")
        given, fam, _c, _ff = self._person()
        return given.lower() if self.r.random() < 0.6 else f"{given.lower()} {fam.lower()}"

    def cjk(self):
        self.add("person_name")
        return self.ch(CJK_NAMES)

    def cyr(self):
        self.add("person_name")
        return self.ch(CYRILLIC_NAMES)

    def patronymic(self):
        self.add("person_name")
        female = self.r.random() < 0.5
        g = self.ch(CULTURES["russian"][0] + CULTURES["kazakh"][0]) if female else \
            self.ch(CULTURES["russian"][1] + CULTURES["kazakh"][1])
        father = self.ch(["Sergey", "Nurlan", "Ivan", "Bolat", "Alexandr",
                          "Serik", "Pavel", "Marat", "Yerlan", "Viktor"])
        return f"{g} {father}{'ovna' if female else 'ovich'}"

    def mongol(self):
        self.add("person_name")
        fem, mal, _f = CULTURES["mongolian"]
        return f"{self.ch(string.ascii_uppercase.replace('Q', ''))}. {self.ch(fem + mal)}"

    def anyname(self):
        f = self.r.random()
        if f < 0.45:
            return self.full()
        if f < 0.7:
            return self.given()
        if f < 0.8:
            return self.titled()
        if f < 0.86:
            return self.initials()
        if f < 0.91:
            return self.patronymic()
        if f < 0.95:
            return self.mongol()
        return self.nick()

    def who(self):
        """A subject: a name about a third of the time, otherwise an alias."""
        if self.r.random() < 0.3:
            return self.anyname()
        return self.ch(["the patient", "Ms. A", "Mr. B", "Patient C",
                        "her husband", "his mother", "the boy's father",
                        "Mrs. T", "the family", "the youngest patient"])

    # dates ---------------------------------------------------------------
    def ymd(self, lo=2014, hi=2024):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def fmt_date(self, y, m, d, hard_ok=True, with_year=True):
        r = self.r
        forms = [
            lambda: f"{d} {MONTHS[m-1]} {y}",
            lambda: f"{MONTHS[m-1]} {d}, {y}",
            lambda: f"{d:02d}.{m:02d}.{y}",
            lambda: f"{y}-{m:02d}-{d:02d}",
            lambda: f"{m}/{d}/{y}",
            lambda: f"{d:02d}/{m:02d}/{y}",
            lambda: f"{MON3[m-1]}. {d}, {y}",
            lambda: f"{d}-{MON3[m-1]}-{y}",
            lambda: f"the {ordinal(d)} of {MONTHS[m-1]} {y}",
            lambda: f"{WEEKDAYS[r.randint(0, 6)]}, {d} {MONTHS[m-1]} {y}",
            lambda: f"{d:02d}.{m:02d}.{str(y)[2:]}",
        ]
        hard = [
            lambda: f"{y}年{m}月{d}日",
            lambda: fullwidth(f"{y}") + "年" + fullwidth(str(m)) + "月" + fullwidth(str(d)) + "日",
            lambda: f"{d:02d}{MON3[m-1].upper()}{str(y)[2:]}",
            lambda: f"the {ORD_WORDS[d]} of {MONTHS[m-1]}, {y}",
            lambda: f"{y}/{m:02d}/{d:02d}",
            lambda: f"{y}{m:02d}{d:02d}",
            lambda: cn_digits(str(y)) + "年" + f"{m}月{d}日",
            lambda: f"{MONTHS[m-1].upper()} {d} {y}",
        ]
        no_year = [
            lambda: f"{d} {MONTHS[m-1]}",
            lambda: f"{MONTHS[m-1]} {ordinal(d)}",
            lambda: f"the {ordinal(d)} of {MONTHS[m-1]}",
            lambda: f"{d:02d}.{m:02d}",
            lambda: f"{MON3[m-1]} {d}",
        ]
        if not with_year:
            return r.choice(no_year)()
        if hard_ok and r.random() < 0.22:
            return r.choice(hard)()
        return r.choice(forms)()

    def date(self, with_year=None):
        self.add("exact_date")
        y, m, d = self.ymd()
        if with_year is None:
            with_year = self.r.random() < 0.8
        return self.fmt_date(y, m, d, with_year=with_year)

    def holiday(self):
        self.add("exact_date")
        y = self.r.randint(2016, 2024)
        return self.ch([
            f"Christmas Eve {y}", f"New Year's Day {y}", f"Nauryz Day {y}",
            f"the Mid-Autumn Festival of {y}", f"Spring Festival eve {y}",
            f"Eid al-Fitr {y}", f"International Women's Day {y}",
            f"the Lantern Festival in {y}", f"Christmas Day {y}",
            f"the fifteenth day of the eighth lunar month in {y}",
            f"Valentine's Day {y}", f"Orthodox Christmas {y}",
            f"Independence Day {y} (16 December)", f"Tsagaan Sar {y}",
            f"the first day of the {y} Lunar New Year",
        ])

    def dob(self, lo=1929, hi=2021):
        self.add("date_of_birth")
        y, m, d = self.ymd(lo, hi)
        return self.fmt_date(y, m, d)

    # ages -----------------------------------------------------------------
    def old_age(self, mode="pred"):
        self.add("age_over_89")
        n = self.r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
                           102, 104])
        w = NUM_WORDS_90[n]
        if mode == "adj":
            forms = [f"{n}-year-old", f"{n}-year-old", f"{w}-year-old",
                     f"{n} year old", fullwidth(str(n)) + "-year-old"]
        elif mode == "label":
            forms = [f"{n}", f"{n} y", f"{n}yo", f"{n} years", f"{n}岁",
                     fullwidth(str(n)) + "岁", f"{n} y/o", f"{w}"]
        elif mode == "start":
            forms = [f"Aged {n}", f"At {n}", f"At {w}", f"{w.capitalize()} years old",
                     f"{n} years old", f"At the age of {n}"]
        else:
            forms = [f"{n}", f"{n} years old", f"aged {n}", f"{n} y/o",
                     f"{w}", f"{w} years old", f"{n}岁", f"{n} years of age",
                     fullwidth(str(n)) + "岁", f"{n} this spring"]
        return self.ch(forms)

    # phone --------------------------------------------------------------
    def phone(self, fax=False):
        self.add("phone_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: f"+7 7{r.choice(['01', '02', '05', '07', '47', '75', '77'])} {dg(3)} {dg(2)} {dg(2)}",
            lambda: f"8 (7{r.choice(['01', '05', '77', '47'])}) {dg(3)}-{dg(2)}-{dg(2)}",
            lambda: f"+7 (9{dg(2)}) {dg(3)}-{dg(2)}-{dg(2)}",
            lambda: f"+86 1{r.choice(['38', '39', '51', '58', '86', '77', '99'])} {dg(4)} {dg(4)}",
            lambda: f"1{r.choice(['35', '36', '52', '87', '89'])}-{dg(4)}-{dg(4)}",
            lambda: f"0991-{dg(7, True)}",
            lambda: f"(010) {dg(4, True)} {dg(4)}",
            lambda: f"+976 {r.choice(['88', '99', '95', '91'])}{dg(2)} {dg(4)}",
            lambda: f"+998 9{r.choice(['0', '1', '3', '4', '7'])} {dg(3)} {dg(2)} {dg(2)}",
            lambda: f"+996 {r.choice(['555', '700', '772'])} {dg(3)} {dg(3)}",
            lambda: f"+971 5{r.choice(['0', '2', '5', '6'])} {dg(3)} {dg(4)}",
            lambda: f"+84 9{dg(2)} {dg(3)} {dg(3)}",
            lambda: f"+44 7{dg(3)} {dg(6)}",
            lambda: f"({r.randint(201, 989)}) {dg(3, True)}-{dg(4)}",
            lambda: f"+49 30 {dg(8, True)}",
            lambda: f"+234 80{r.randint(2, 9)} {dg(3)} {dg(4)}",
            lambda: f"+62 812-{dg(4)}-{dg(4)}",
            lambda: f"+992 {dg(2, True)} {dg(3)} {dg(4)}",
            lambda: f"+994 50 {dg(3)} {dg(2)} {dg(2)}",
            lambda: f"+7{r.choice(['701', '707', '777'])}{dg(7)}",
        ]
        hard = [
            lambda: fullwidth("13" + dg(9)),
            lambda: "一三" + cn_digits(dg(9)),
            lambda: " ".join(DIGIT_WORDS[int(x)] for x in "8701" + dg(7)),
            lambda: f"tel:+86{r.choice(['138', '186', '155'])}{dg(8)}",
            lambda: f"+7.701.{dg(3)}.{dg(4)}",
            lambda: f"00 976 {dg(4)} {dg(4)}",
            lambda: fullwidth(f"+7 747 {dg(3)} {dg(4)}"),
            lambda: f"+86-10-{dg(8, True)} ext. {dg(4)}",
        ]
        if r.random() < 0.22:
            return r.choice(hard)()
        return r.choice(forms)()

    # email ---------------------------------------------------------------
    def email(self):
        self.add("email")
        r = self.r
        local = r.choice(EMAIL_LOCAL) + r.choice(["", str(r.randint(1, 99)),
                                                  str(r.randint(1960, 2015)),
                                                  "_" + str(r.randint(10, 999))])
        dom = r.choice(EMAIL_DOMAINS)
        name, tld = dom.split(".", 1)
        forms = [
            lambda: f"{local}@{dom}",
            lambda: f"{local}@{dom}",
            lambda: f"{local}@{dom}",
            lambda: f"{local.upper()}@{dom.upper()}",
            lambda: f"{local}@{dom}",
        ]
        hard = [
            lambda: f"{local} at {name} dot {tld.replace('.', ' dot ')}",
            lambda: f"{local}[at]{name}[dot]{tld.replace('.', '[dot]')}",
            lambda: f"{local} (at) {dom}",
            lambda: f"{local}＠{dom}",
            lambda: f"{local} @ {name} . {tld}",
            lambda: f"{local}{{at}}{dom}",
            lambda: f"{local} [AT] {dom.replace('.', ' [DOT] ')}",
        ]
        if r.random() < 0.3:
            return r.choice(hard)()
        return r.choice(forms)()

    # web -------------------------------------------------------------------
    def url(self):
        self.add("web_address")
        r = self.r
        slug = r.choice(["help-my-mother-walk-again", "a-new-kidney-for-dad",
                         "little-fighter-car-t", "our-road-to-beijing",
                         "save-a-smile-2023", "treatment-fund-for-our-son",
                         "bring-mama-home", "one-more-summer"])
        forms = [
            lambda: f"https://www.gofundme.com/f/{slug}",
            lambda: f"bit.ly/{self.alnum(7)}",
            lambda: f"https://{r.choice(['ourjourney', 'kidneydiaries', 'stepbystep-blog', 'mamaincn'])}.blogspot.com/{r.randint(2019, 2024)}/{r.randint(1, 12):02d}/day-{r.randint(1, 90)}.html",
            lambda: f"www.{r.choice(['nomad-family', 'hope4ali', 'brave-heart-kz', 'carT-road'])}.{r.choice(['kz', 'net', 'org', 'ru'])}",
            lambda: f"https://drive.google.com/drive/folders/1{self.alnum(24)}",
            lambda: f"https://youtu.be/{self.alnum(11)}",
            lambda: f"https://pan.baidu.com/s/1{self.alnum(22)}",
            lambda: f"https://mp.weixin.qq.com/s/{self.alnum(22)}",
            lambda: f"http://t.ly/{self.alnum(5)}",
            lambda: f"https://www.dropbox.com/s/{self.alnum(15).lower()}/scans.zip?dl=0",
            lambda: f"https://sites.google.com/view/{slug}",
            lambda: f"tinyurl.com/{self.alnum(8).lower()}",
            lambda: f"https://milaserdie.ru/fund/{r.randint(1000, 99999)}",
        ]
        hard = [
            lambda: f"hxxps://{r.choice(['ourjourney', 'kidneydiaries'])}[.]blogspot[.]com",
            lambda: f"www dot {r.choice(['nomad-family', 'hope4ali'])} dot kz",
            lambda: fullwidth("www.") + r.choice(["ourjourney", "brave-heart"]) + "．" + "net",
            lambda: f"{r.choice(['ourjourney', 'mamaincn'])}.wordpress.com/about",
        ]
        if r.random() < 0.2:
            return r.choice(hard)()
        return r.choice(forms)()

    def ip(self):
        self.add("ip_address")
        r = self.r
        forms = [
            lambda: f"{r.choice([95, 2, 37, 46, 89, 178, 185, 213, 5, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            lambda: f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}",
            lambda: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            lambda: f"2001:db8:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}",
            lambda: f"fe80::{r.randint(0, 65535):x}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}",
            lambda: f"2a02:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}",
            lambda: f"{r.randint(100, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.choice([8080, 443, 3389, 22])}",
        ]
        hard = [
            lambda: f"{r.randint(100, 223)}[.]{r.randint(0, 255)}[.]{r.randint(0, 255)}[.]{r.randint(1, 254)}",
            lambda: fullwidth(f"{r.randint(100, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
            lambda: f"::ffff:{r.randint(100, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ]
        if r.random() < 0.2:
            return r.choice(hard)()
        return r.choice(forms)()

    def handle(self):
        return self.ch(WORDS_HANDLE) + self.ch(["", str(self.r.randint(1, 99)),
                                                 "_" + str(self.r.randint(80, 2015)),
                                                 ".kz", "_official"])

    def social(self):
        """Returns (platform phrase, account)."""
        self.add("social_account")
        r = self.r
        h = self.handle()
        forms = [
            lambda: ("WeChat", f"wxid_{self.alnum(12).lower()}"),
            lambda: ("WeChat ID", h),
            lambda: ("QQ", self.digits(r.randint(8, 10), True)),
            lambda: ("Weibo", f"@{h}"),
            lambda: ("Douyin", f"dy{self.digits(9)}"),
            lambda: ("Xiaohongshu", self.digits(10, True)),
            lambda: ("Instagram", f"@{h}"),
            lambda: ("Telegram", f"@{h.replace('.', '_')}"),
            lambda: ("LINE ID", f"{h}"),
            lambda: ("TikTok", f"@{h}"),
            lambda: ("X", f"@{h.replace('.', '_')[:15]}"),
            lambda: ("Facebook", f"fb.com/{h.replace('_', '.')}"),
            lambda: ("VK", f"vk.com/id{self.digits(9, True)}"),
            lambda: ("Snapchat", h),
            lambda: ("Zalo", f"{h}"),
            lambda: ("Imo", f"{h}"),
        ]
        hard = [
            lambda: ("微信号", h),
            lambda: ("抖音号", f"{self.digits(11, True)}"),
            lambda: ("小红书号", fullwidth(self.digits(9, True))),
            lambda: ("WeChat", f"{h} (add me, say CAR-T)"),
        ]
        plat, acc = r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()
        if acc.startswith("fb.com") or acc.startswith("vk.com"):
            self.add("web_address")
        return plat, acc

    # IDs -------------------------------------------------------------------
    def cn_id(self):
        self.add("resident_id")
        r = self.r
        region = r.choice(["110101", "650102", "650104", "654002", "310104",
                           "440106", "230103", "150102", "530102", "510107",
                           "653101", "652801", "370202", "220104"])
        y, m, d = self.ymd(1938, 2019)
        if r.random() < 0.15:
            body = f"{region}{str(y)[2:]}{m:02d}{d:02d}{self.digits(3)}"
            return body
        body = f"{region}{y}{m:02d}{d:02d}{self.digits(3)}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        if r.random() < 0.2:
            chk = r.choice([c for c in "0123456789X" if c != chk])
        s = body + chk
        f = r.random()
        if f < 0.12:
            return f"{s[:6]} {s[6:14]} {s[14:]}"
        if f < 0.2:
            return fullwidth(s)
        if f < 0.25:
            return s.lower()
        return s

    def natid(self):
        """Returns (label, number)."""
        self.add("national_id")
        r = self.r
        dg = self.digits
        y, m, d = self.ymd(1940, 2020)
        forms = [
            lambda: ("IIN", f"{str(y)[2:]}{m:02d}{d:02d}{r.choice('3456')}{dg(5)}"),
            lambda: ("ИИН", f"{str(y)[2:]}{m:02d}{d:02d}{r.choice('3456')}{dg(5)}"),
            lambda: ("SNILS", f"{dg(3)}-{dg(3)}-{dg(3)} {dg(2)}"),
            lambda: ("INN", f"{dg(12, True)}"),
            lambda: ("SSN", f"{r.randint(100, 665)}-{dg(2)}-{dg(4)}"),
            lambda: ("National Insurance number", f"{r.choice(['QQ', 'AB', 'JT', 'NP'])} {dg(2)} {dg(2)} {dg(2)} {r.choice('ABCD')}"),
            lambda: ("registration number", f"УБ{str(y)[2:]}{m:02d}{d:02d}{dg(2)}"),
            lambda: ("PINFL", f"{r.choice('3456')}{d:02d}{m:02d}{str(y)[2:]}{dg(7)}"),
            lambda: ("personal number", f"{r.choice('12')}{d:02d}{m:02d}{y}{dg(5)}"),
            lambda: ("NIK", f"{dg(6, True)}{d:02d}{m:02d}{str(y)[2:]}{dg(4)}"),
            lambda: ("MyKad", f"{str(y)[2:]}{m:02d}{d:02d}-{dg(2)}-{dg(4)}"),
            lambda: ("Thai ID", f"{r.randint(1, 8)}-{dg(4)}-{dg(5)}-{dg(2)}-{dg(1)}"),
            lambda: ("CCCD", f"0{dg(11)}"),
            lambda: ("Emirates ID", f"784-{y}-{dg(7)}-{dg(1)}"),
            lambda: ("CNIC", f"{dg(5, True)}-{dg(7)}-{dg(1)}"),
            lambda: ("NIN", f"{dg(11, True)}"),
            lambda: ("Aadhaar", f"{dg(4, True)} {dg(4)} {dg(4)}"),
            lambda: ("resident registration number", f"{str(y)[2:]}{m:02d}{d:02d}-{r.choice('1234')}{dg(6)}"),
            lambda: ("PhilSys number", f"{dg(4)}-{dg(4)}-{dg(4)}-{dg(4)}"),
            lambda: ("PESEL", f"{str(y)[2:]}{m:02d}{d:02d}{dg(5)}"),
        ]
        hard = [
            lambda: ("IIN", fullwidth(f"{str(y)[2:]}{m:02d}{d:02d}{r.choice('3456')}{dg(5)}")),
            lambda: ("СНИЛС", f"{dg(3)} {dg(3)} {dg(3)} {dg(2)}"),
            lambda: ("SSN", f"{r.randint(100, 665)} {dg(2)} {dg(4)}"),
            lambda: ("IIN", f"{str(y)[2:]}{m:02d}{d:02d} {r.choice('3456')}{dg(2)} {dg(3)}"),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def passport(self):
        self.add("passport_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: f"N{dg(8)}",
            lambda: f"{dg(2)} {dg(7)}",
            lambda: f"{dg(2)}{dg(7)}",
            lambda: f"{r.choice(['AA', 'AB', 'FA', 'AC'])}{dg(7)}",
            lambda: f"E{dg(7)}",
            lambda: f"E{dg(8)}",
            lambda: f"EA{dg(7)}",
            lambda: f"{dg(9, True)}",
            lambda: f"{r.choice('JKLMNPRSTZ')}{dg(7)}",
            lambda: f"C{dg(7)}",
            lambda: f"A{dg(8)}",
            lambda: f"{r.choice('PU')}{dg(7)}",
            lambda: f"{r.choice(['AN', 'AZ', 'ID'])}{dg(7)}",
        ]
        hard = [
            lambda: fullwidth(f"E{dg(8)}"),
            lambda: f"n {dg(4)} {dg(4)}",
            lambda: f"N-{dg(4)}-{dg(4)}",
            lambda: f"{dg(2)} {dg(2)} {dg(6)}",
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def mrn(self):
        """Returns (label, number)."""
        self.add("medical_record_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: ("MRN", dg(8)),
            lambda: ("hospital number", f"H{r.randint(2015, 2024)}-{dg(5)}"),
            lambda: ("inpatient number", f"ZY{r.randint(2018, 2024)}{dg(7)}"),
            lambda: ("住院号", dg(7, True)),
            lambda: ("record no.", f"{dg(4)}-{dg(4)}"),
            lambda: ("outpatient ID", f"MZ{dg(8)}"),
            lambda: ("case record number", f"BA-{r.randint(2016, 2024)}-{dg(5)}"),
            lambda: ("chart number", dg(7, True)),
            lambda: ("UR number", dg(7, True)),
            lambda: ("patient ID", f"P{dg(9)}"),
            lambda: ("medical record", f"{r.randint(2019, 2024)}/{dg(4, True)}"),
            lambda: ("MR#", dg(6, True)),
            lambda: ("病案号", dg(8)),
            lambda: ("admission number", f"{dg(2)}-{dg(6)}"),
            lambda: ("hospital ID", f"HID {dg(3)} {dg(3)} {dg(3)}"),
        ]
        hard = [
            lambda: ("住院号", fullwidth(dg(7, True))),
            lambda: ("MRN", f"{dg(3)}.{dg(3)}.{dg(2)}"),
            lambda: ("mrn", dg(8)),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def healthplan(self):
        """Returns (label, number)."""
        self.add("health_plan_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: ("policy number", f"POL-{dg(8)}"),
            lambda: ("member ID", f"{self.letters(3)}-{dg(4)}-{dg(4)}"),
            lambda: ("OMS policy", f"{dg(4)} {dg(4)} {dg(4)} {dg(4)}"),
            lambda: ("social insurance card", f"{dg(9, True)}"),
            lambda: ("Cigna member ID", f"U{dg(8)} {dg(2)}"),
            lambda: ("Allianz Care membership number", f"{dg(7, True)}"),
            lambda: ("Medicare number", f"{r.randint(2, 6)}{dg(3)} {dg(5)} {r.randint(1, 9)}"),
            lambda: ("health insurance number", f"{self.letters(1)}{dg(9)}"),
            lambda: ("GeoBlue ID", f"GBG{dg(9)}"),
            lambda: ("Bupa Global policy", f"{dg(3)}-{dg(3)}-{dg(3)}"),
            lambda: ("医保卡号", f"{dg(2)}{self.letters(1)}{dg(8)}"),
            lambda: ("insurance certificate", f"INS/{r.randint(2020, 2024)}/{dg(6)}"),
            lambda: ("group no. and member no.", f"GRP{dg(5)} / {dg(9)}"),
            lambda: ("PhilHealth number", f"{dg(2)}-{dg(9)}-{dg(1)}"),
        ]
        hard = [
            lambda: ("ОМС", f"{dg(16)}"),
            lambda: ("policy no", fullwidth(dg(10))),
            lambda: ("insurance no.", f"{dg(3)} {dg(3)} {dg(3)} {dg(3)}"),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def _luhn(self, prefix: str, length: int) -> str:
        body = prefix + self.digits(length - len(prefix) - 1)
        tot = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch)
            if i % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            tot += n
        return body + str((10 - tot % 10) % 10)

    def _iban(self, cc: str, bban: str) -> str:
        rearr = bban + cc + "00"
        num = "".join(str(int(c, 36)) for c in rearr)
        chk = 98 - int(num) % 97
        s = f"{cc}{chk:02d}{bban}"
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def account(self):
        """Returns (label, number)."""
        self.add("account_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: ("IBAN", self._iban("KZ", dg(3) + self.letters(1) + dg(12))),
            lambda: ("IBAN", self._iban("DE", dg(18))),
            lambda: ("IBAN", self._iban("AE", dg(19))),
            lambda: ("IBAN", self._iban("GB", self.letters(4) + dg(14))),
            lambda: ("card", " ".join(self._luhn("62", 16)[i:i + 4] for i in range(0, 16, 4))),
            lambda: ("Kaspi Gold card", " ".join(self._luhn("4400", 16)[i:i + 4] for i in range(0, 16, 4))),
            lambda: ("Visa", self._luhn("4", 16)),
            lambda: ("account", f"40817810{dg(12)}"),
            lambda: ("bank account", f"6222{dg(15)}"),
            lambda: ("Alipay account", f"2088{dg(12)}"),
            lambda: ("sort code and account", f"{dg(2)}-{dg(2)}-{dg(2)} {dg(8)}"),
            lambda: ("Mastercard", "-".join(self._luhn("5", 16)[i:i + 4] for i in range(0, 16, 4))),
            lambda: ("account no.", f"{dg(3)}-{dg(6)}-{dg(3)}"),
            lambda: ("Payme wallet", f"8600 {dg(4)} {dg(4)} {dg(4)}"),
        ]
        hard = [
            lambda: ("card", fullwidth(self._luhn("62", 19))),
            lambda: ("IBAN", self._iban("KZ", dg(3) + self.letters(1) + dg(12)).replace(" ", "")),
            lambda: ("card", f"**** **** **** {dg(4)} (full number {self._luhn('4', 16)})"),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def licence(self):
        """Returns (label, number)."""
        self.add("licence_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: ("driver's licence", f"{self.letters(2)} {dg(6)}"),
            lambda: ("водительское удостоверение", f"{dg(2)} {dg(2)} {dg(6)}"),
            lambda: ("driving licence", f"{self.letters(5)}{dg(6)}{self.letters(2)}{dg(1)}{self.letters(2)}"),
            lambda: ("driver license", f"D{dg(4)}-{dg(5)}-{dg(5)}"),
            lambda: ("physician practising certificate", f"1{dg(14)}"),
            lambda: ("nursing registration PIN", f"{dg(2)}{self.letters(1)}{dg(4)}{self.letters(1)}"),
            lambda: ("GMC number", dg(7, True)),
            lambda: ("medical licence", f"MD-{dg(6)}"),
            lambda: ("pharmacist licence", f"PH{dg(7)}"),
            lambda: ("licence no.", f"{self.letters(1)}{dg(2)}-{dg(2)}-{dg(6)}"),
            lambda: ("taxi permit", f"TX-{dg(5)}"),
            lambda: ("certificate no.", f"{r.randint(2010, 2024)}{dg(10)}"),
            lambda: ("registration (Medical Council)", f"MC/{dg(5)}"),
            lambda: ("firearms licence", f"FL{dg(6)}"),
        ]
        hard = [
            lambda: ("驾驶证", fullwidth(dg(12, True))),
            lambda: ("DL", f"{self.letters(1).lower()}{dg(7)}"),
            lambda: ("licence", f"{dg(3)}.{dg(3)}.{dg(3)}"),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.ch(["LVS", "LSV", "XTA", "WVW", "1HG", "JTD", "KMH", "Z94",
                        "LFV", "WBA"]) + "".join(self.ch(chars) for _ in range(14))

    def plate(self):
        r = self.r
        dg = self.digits
        cyr = "АВЕКМНОРСТУХ"
        forms = [
            lambda: f"{dg(3)} {self.letters(3)} {r.choice(['01', '02', '05', '13', '17'])}",
            lambda: f"{r.choice(cyr)}{dg(3)}{r.choice(cyr)}{r.choice(cyr)} {r.choice(['77', '54', '138', '25'])}",
            lambda: f"{r.choice(['京', '新', '沪', '粤', '黑'])}{self.letters(1)}·{dg(5)}",
            lambda: f"{r.choice(['新', '京'])}{self.letters(1)} {dg(1)}{self.letters(1)}{dg(3)}",
            lambda: f"{dg(4)} УБ{r.choice(cyr)}",
            lambda: f"{self.letters(2)}{dg(2)} {self.letters(3)}",
            lambda: f"{dg(2)} {self.letters(1)} {dg(3)} {self.letters(2)}",
            lambda: f"B {self.letters(2)} {dg(4)}",
            lambda: f"{dg(2)}{self.letters(1)}-{dg(3)}.{dg(2)}",
            lambda: f"{self.letters(3)}-{dg(4)}",
            lambda: f"{r.choice(['Dubai', 'Sharjah'])} {self.letters(1)} {dg(5)}",
        ]
        return r.choice(forms)()

    def vehicle(self):
        self.add("vehicle_identifier")
        p = self.plate()
        return fullwidth(p) if self.r.random() < 0.06 else p

    def device(self):
        """Returns (label, number)."""
        self.add("device_identifier")
        r = self.r
        dg = self.digits
        hx = lambda: ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))
        forms = [
            lambda: ("pacemaker serial", f"PJN{dg(6)}S"),
            lambda: ("IMEI", f"{dg(2)}-{dg(6)}-{dg(6)}-{dg(1)}"),
            lambda: ("IMEI", dg(15, True)),
            lambda: ("MAC address", hx()),
            lambda: ("MAC", hx().lower().replace(":", "-")),
            lambda: ("insulin pump SN", f"NG{dg(7)}H"),
            lambda: ("CGM transmitter", f"8G{self.letters(1)}{dg(3)}"),
            lambda: ("cochlear implant serial", f"CI{dg(8)}"),
            lambda: ("ICD serial number", f"{self.letters(3)}{dg(6)}"),
            lambda: ("UDI", f"(01)0{dg(13)}(21){self.letters(1)}{dg(5)}"),
            lambda: ("hearing aid serial", f"{dg(10, True)}"),
            lambda: ("LVAD controller", f"HW{dg(5)}"),
            lambda: ("serial no.", f"SN {self.letters(2)}{dg(6)}"),
            lambda: ("neurostimulator", f"NKS{dg(6)}{self.letters(1)}"),
        ]
        hard = [
            lambda: ("序列号", fullwidth(f"SN{dg(8)}")),
            lambda: ("MAC", "".join(f"{r.randint(0, 255):02x}" for _ in range(6))),
            lambda: ("IMEI", f"{dg(3)} {dg(3)} {dg(3)} {dg(3)} {dg(3)}"),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def other(self):
        """Returns (label, number)."""
        self.add("other_number")
        r = self.r
        dg = self.digits
        forms = [
            lambda: ("ticket number", f"{r.choice(['555', '074', '421', '784'])}-{dg(10)}"),
            lambda: ("booking reference", self.letters(1) + "".join(self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))),
            lambda: ("claim number", f"CLM-{r.randint(2019, 2024)}-{dg(6)}"),
            lambda: ("court case No.", f"2-{dg(4, True)}/{r.randint(2018, 2024)}"),
            lambda: ("student number", f"{r.randint(2016, 2024)}{dg(7)}"),
            lambda: ("employee ID", f"E-{dg(5)}"),
            lambda: ("visa invitation letter no.", f"{r.randint(2019, 2024)}-INV-{dg(4)}"),
            lambda: ("hotel reservation", f"{dg(10, True)}"),
            lambda: ("MTCN", f"{dg(3)}-{dg(3)}-{dg(4)}"),
            lambda: ("donation receipt", f"R{dg(8)}"),
            lambda: ("tracking number", f"EMS {self.letters(2)}{dg(9)}CN"),
            lambda: ("membership card", f"VIP{dg(7)}"),
            lambda: ("visa application number", f"{self.letters(2)}{dg(10)}"),
            lambda: ("police report number", f"{r.randint(2019, 2024)}-{dg(6)}"),
            lambda: ("pension file number", f"PF-{dg(7)}"),
            lambda: ("fundraiser ID", f"#{dg(6, True)}"),
            lambda: ("school ID", f"{self.letters(2)}{dg(6)}"),
        ]
        hard = [
            lambda: ("case", f"(2023)京0105民初{dg(5)}号"),
            lambda: ("ticket", fullwidth(f"{dg(3)}{dg(10)}")),
            lambda: ("PNR", self.letters(6).lower()),
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    # addresses ---------------------------------------------------------------
    def street(self):
        self.add("street_address")
        r = self.r
        n = r.randint(1, 240)
        apt = r.randint(1, 180)
        forms = [
            lambda: f"{n} Abay Avenue, apt {apt}",
            lambda: f"flat {apt}, {n} {r.choice(['Dostyk', 'Tole Bi', 'Satpayev', 'Zhibek Zholy', 'Raiymbek'])} Street",
            lambda: f"Samal-{r.randint(1, 3)} microdistrict, house {n}, flat {apt}",
            lambda: f"{r.choice(['Lenina', 'Mira', 'Pushkina', 'Sovetskaya'])} St. {n}-{apt}",
            lambda: f"Chilanzar, quarter {r.randint(1, 30)}, house {n}, apartment {apt}",
            lambda: f"{r.choice(['Peace Avenue', 'Seoul Street', 'Chinggis Avenue'])} {n}, building {r.randint(1, 40)}, door {apt}",
            lambda: f"Jalan {r.choice(['Sudirman', 'Merdeka', 'Kenanga'])} No. {n}",
            lambda: f"{n}/{r.randint(1, 60)} Soi Sukhumvit {r.choice([11, 23, 39, 55])}",
            lambda: f"{n} {r.choice(['Le Loi', 'Tran Hung Dao', 'Nguyen Trai'])} Street, Ward {r.randint(1, 14)}",
            lambda: f"Flat {r.randint(1, 9)}{r.choice('ABCD')}, {n} {r.choice(['Kensington Road', 'Church Lane', 'Victoria Street'])}",
            lambda: f"{n} {r.choice(['Maple', 'Oak', 'Elm', 'Cedar'])} Drive, Apt {apt}",
            lambda: f"Room {r.randint(2, 30)}{r.randint(1, 20):02d}, Building {r.randint(1, 12)}, Lane {r.randint(100, 999)} {r.choice(['Huaihai Road', 'Changle Road', 'Xietu Road'])}",
            lambda: f"No. {n} {r.choice(['Jiefang', 'Youhao', 'Xinhua', 'Renmin'])} {r.choice(['Road', 'South Road', 'North Street'])}",
            lambda: f"{r.choice(['Hauptstrasse', 'Ul. Marszalkowska', 'Rua Augusta'])} {n}",
            lambda: f"Plot {n}, {r.choice(['Adeola Odeku', 'Ngong Road', 'Bole Road'])}",
            lambda: f"villa {n}, {r.choice(['Al Wasl', 'Jumeirah'])} Road",
            lambda: f"house {n} in {r.choice(['Kok-Tobe', 'Kalkaman', 'Ayusai'])} village, {r.choice(['Bereke', 'Nauryz', 'Zhastar'])} street",
        ]
        hard = [
            lambda: f"ул. {r.choice(['Абая', 'Ленина', 'Мира'])}, д. {n}, кв. {apt}",
            lambda: f"{r.choice(['天山区', '朝阳区', '沙依巴克区'])}{r.choice(['友好北路', '建国路', '新华南路'])}{n}号{r.randint(1, 20)}栋{r.randint(1, 30)}0{r.randint(1, 6)}室",
            lambda: fullwidth(f"{n}") + f"号{r.choice(['人民路', '解放路'])}",
            lambda: f"{n} ABAY AVE APT {apt}",
            lambda: f"mkr. {r.choice(['Aksai-4', 'Orbita-2', 'Zhetysu-3'])}, d.{n}, kv.{apt}",
        ]
        return r.choice(hard)() if r.random() < 0.22 else r.choice(forms)()

    def postcode(self):
        self.add("postal_code")
        r = self.r
        dg = self.digits
        forms = [
            lambda: f"0{r.choice(['5', '1', '3', '9'])}0{dg(3)}",
            lambda: f"{r.choice(['1', '6', '4'])}{dg(5)}",
            lambda: f"{dg(5, True)}",
            lambda: f"{dg(5, True)}-{dg(4)}",
            lambda: f"{r.choice(['SW1A', 'EC1V', 'M14', 'B15', 'D02'])} {dg(1)}{self.letters(2)}",
            lambda: f"{r.choice(['M5V', 'H3Z', 'V6B'])} {dg(1)}{self.letters(1)}{dg(1)}",
            lambda: f"{dg(4, True)} {self.letters(2)}",
            lambda: f"{dg(3)}-{dg(4)}",
            lambda: f"{dg(5)}-{dg(3)}",
            lambda: f"1{r.choice(['00', '10', '30'])}0{dg(2)}",
            lambda: f"A{dg(2)}{self.letters(1)}{dg(1)}{self.letters(1)}{dg(1)}",
            lambda: f"83{dg(4)}",
        ]
        hard = [
            lambda: "〒" + f"{dg(3)}-{dg(4)}",
            lambda: fullwidth(f"83{dg(4)}"),
            lambda: f"{dg(3)} {dg(2)}",
        ]
        return r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()

    def geo(self):
        self.add("geolocation")
        r = self.r
        lat = r.uniform(-35, 55)
        lon = r.uniform(-10, 130)
        forms = [
            lambda: f"{lat:.4f}, {lon:.4f}",
            lambda: f"{lat:.6f},{lon:.6f}",
            lambda: f"lat {lat:.4f} lon {lon:.4f}",
            lambda: f"{abs(int(lat))}°{r.randint(0, 59)}′{r.randint(0, 59)}″{'N' if lat >= 0 else 'S'} {int(lon)}°{r.randint(0, 59)}′{r.randint(0, 59)}″E",
            lambda: f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {lon:.4f}° E",
            lambda: f"geo:{lat:.5f},{lon:.5f}",
            lambda: f"({lat:.3f}, {lon:.3f})",
            lambda: f"{'N' if lat >= 0 else 'S'}{abs(lat):.5f} E{lon:.5f}",
            lambda: f"https://maps.google.com/?q={lat:.6f},{lon:.6f}",
            lambda: f"{abs(int(lat))} {r.randint(0, 59)}.{dg2(r)}{'N' if lat >= 0 else 'S'} {int(lon)} {r.randint(0, 59)}.{dg2(r)}E",
        ]
        hard = [
            lambda: fullwidth(f"{lat:.4f}") + "，" + fullwidth(f"{lon:.4f}"),
            lambda: f"{lon:.4f} {lat:.4f} (lon/lat)",
            lambda: f"纬度{lat:.4f} 经度{lon:.4f}",
        ]
        out = r.choice(hard)() if r.random() < 0.2 else r.choice(forms)()
        if out.startswith("https://maps"):
            self.add("web_address")
        return out


def dg2(r):
    return f"{r.randint(0, 999):03d}"


# ---------------------------------------------------------------------------
# Templates with identifiers. Each is (category, function(ctx) -> sentence).
# ---------------------------------------------------------------------------

TEMPLATES: dict[str, list] = {}


def add(group, cat, fn):
    TEMPLATES.setdefault(group, []).append((cat, fn))


# ---- person names ---------------------------------------------------------
N = "person_name"
add(N, "name_sentence_start", lambda c: f"{c.full()} flew in from {c.city()} with two suitcases and a folder of scans.")
add(N, "name_sentence_start", lambda c: f"{c.given()} cried when the biopsy came back clear.")
add(N, "name_sentence_start", lambda c: f"{c.given()} walks to the market alone again.")
add(N, "name_sentence_start", lambda c: f"{c.full()} is back at school in {c.city()} and plays the dombra every evening.")
add(N, "name_with_role", lambda c: f"Her daughter {c.fgiven()} translated every word for us, from Kazakh into Russian and then English.")
add(N, "name_with_role", lambda c: f"My neighbour {c.full()} drove us to the airport at four in the morning.")
add(N, "name_with_role", lambda c: f"The donor was a cousin, {c.full()}, who matched on all ten markers.")
add(N, "name_with_role", lambda c: f"His wife, {c.fgiven()}, kept a notebook of every temperature reading.")
add(N, "name_with_role", lambda c: f"Our interpreter {c.full()} stayed until midnight to explain the consent form.")
add(N, "name_possessive", lambda c: f"{c.given()}'s platelet count rose to {c.r.randint(60, 180)} × 10^9/L by the second week.")
add(N, "name_possessive", lambda c: f"We still have {c.full()}'s drawings on the wall of the playroom.")
add(N, "name_possessive", lambda c: f"It was {c.titled()}'s third trip to {c.city()} in a year.")
add(N, "name_list", lambda c: f"Visitors that afternoon: {c.given()}, {c.given()} and {c.full()}.")
add(N, "name_list", lambda c: f"Thank you to {c.doctor()}, {c.nurse()} and everyone on the night shift!")
add(N, "name_list", lambda c: f"In the photo, from left: {c.full()}, her mother, {c.given()}, and the coordinator.")
add(N, "name_dialogue", lambda c: f"\"{c.given()}, you can stand up now,\" the physiotherapist said.")
add(N, "name_dialogue", lambda c: f"\"Mama, is {c.nick()} coming tomorrow?\" the boy asked every night.")
add(N, "name_dialogue", lambda c: f"\"I told {c.given()} not to give up,\" her husband remembers.")
add(N, "name_dialogue", lambda c: f"— {c.ffull()}, mother of a CAR-T patient from {c.country()}")
add(N, "name_doctor", lambda c: f"{c.doctor()} explained, \"The first scan after infusion showed no residual disease.\"")
add(N, "name_doctor", lambda c: f"Dear {c.doctor()}, thank you for answering my questions so patiently.")
add(N, "name_doctor", lambda c: f"The case was presented by {c.doctor()} at the Thursday multidisciplinary meeting.")
add(N, "name_doctor", lambda c: f"After the operation, {c.doctor()}'s team checked on him twice a day.")
add(N, "name_nickname", lambda c: f"Everyone on the ward, even the cleaners, knew the patient as {c.nick()}.")
add(N, "name_nickname", lambda c: f"{c.nick()} brought dried apricots for the nurses.")
add(N, "name_caption", lambda c: f"Photo: {c.full()} (left) with the family on the day of discharge.")
add(N, "name_caption", lambda c: f"Caption: {c.given()} and the grandchildren in the hospital garden.")
add(N, "name_credit", lambda c: f"Translated by {c.full()}; reviewed by {c.doctor()}.")
add(N, "name_credit", lambda c: f"Story written by {c.full()}, patient coordinator.")
add(N, "name_signoff", lambda c: f"Sent from my phone, sorry for mistakes. {c.given()}")
add(N, "name_signoff", lambda c: f"With respect and gratitude, {c.full()} and family")
add(N, "name_before_verb", lambda c: f"Ask {c.given()} about the visa letter, the embassy was all arranged that way.")
add(N, "name_before_verb", lambda c: f"According to {c.given()}, the fever started two days after the wedding.")
add(N, "name_before_verb", lambda c: f"When {c.given()} heard the word 'remission', the whole room went quiet.")
add(N, "name_initials", lambda c: f"In the referral letter the patient appears as {c.initials()}, {c.r.randint(18, 80)}, from {c.city()}.")
add(N, "name_initials", lambda c: f"Signed: {c.initials()}, head of the family")
add(N, "name_patronymic", lambda c: f"{c.patronymic()} asked whether the family could fly home before the next cycle.")
add(N, "name_patronymic", lambda c: f"The letter was addressed to {c.patronymic()} at the clinic in {c.city()}.")
add(N, "name_mongolian", lambda c: f"{c.mongol()} came with a sister and a thermos of milk tea.")
add(N, "name_word_name", lambda c: f"{c.wordname()} turned six on the ward and the nurses brought a cake.")
add(N, "name_word_name", lambda c: f"Little {c.wordname()} is finally off oxygen.")
add(N, "name_word_name", lambda c: f"We named our daughter {c.wordname()} because she arrived after so many years of waiting.")
add(N, "name_word_name", lambda c: f"{c.wordname()} and {c.wordname()}, the twins, visited their grandfather after school.")
add(N, "name_word_name", lambda c: f"Mum says {c.wordname()} ate a whole bowl of rice today.")
add(N, "name_hard_caps", lambda c: f"PATIENT: {c.caps()} / NATIONALITY: {c.country().replace('the ', '').upper()}")
add(N, "name_hard_caps", lambda c: f"Boarding pass shows {c.caps()}, seat 14C, travelling without an escort.")
add(N, "name_hard_lower", lambda c: f"posted by {c.lower()} in the parents' group: the swelling is down")
add(N, "name_hard_lower", lambda c: f"thank u all, {c.lower()} is sleeping now")
add(N, "name_hard_cjk", lambda c: f"{c.cjk()} (the interpreter) met the family at arrivals.")
add(N, "name_hard_cjk", lambda c: f"The card on the flowers said: to the best nurse, from {c.cjk()}.")
add(N, "name_hard_cyrillic", lambda c: f"The prescription from {c.city()} was made out to {c.cyr()}, so we had it translated.")
add(N, "name_hard_cyrillic", lambda c: f"{c.cyr()} wrote in the guestbook: thank you, China.")
add(N, "name_hard_pinyin", lambda c: f"Lao {c.ch(DOCTOR_FAMILIES)} from the next bed taught him to play xiangqi." if c.add(N) is None else "")
add(N, "name_hard_pinyin", lambda c: f"Xiao {c.ch(DOCTOR_FAMILIES)}, the youngest nurse, learned a few words of Russian for her." if c.add(N) is None else "")
add(N, "name_uyghur", lambda c: f"{c.full()} from {c.ch(['Kashgar', 'Hotan', 'Aksu', 'Yining'])} shared a room with her for a month.")
add(N, "name_no_context", lambda c: f"{c.full()}, {c.r.randint(20, 79)}, {c.cond()}.")
add(N, "name_no_context", lambda c: f"{c.given()}: still a bit tired, but eating well.")
add(N, "name_no_context", lambda c: f"Re: {c.full()} — follow-up scan results")

# ---- street address / postal / geo --------------------------------------
A = "street_address"
add(A, "address_plain", lambda c: f"We rented a flat at {c.street()} so we could walk to the hospital.")
add(A, "address_plain", lambda c: f"Please post the originals to {c.street()}, {c.city()}.")
add(A, "address_plain", lambda c: f"Home address: {c.street()}")
add(A, "address_plain", lambda c: f"{c.street()} is where the ambulance picked her up.")
add(A, "address_plain", lambda c: f"The family lives at {c.street()}, a short drive from the regional clinic.")
add(A, "address_list", lambda c: f"Stayed at: {c.street()}; then moved in with relatives in {c.city()}.")
add(A, "address_bracket", lambda c: f"The guesthouse (address {c.street()}) gave them a discount for the second month.")
add(A, "address_dialogue", lambda c: f"\"Just come to {c.street()}, the blue door,\" her cousin told the driver.")
add(A, "address_caption", lambda c: f"Caption: the courtyard outside their home at {c.street()}.")
add(A, "address_with_postal", lambda c: f"Address for the invoice: {c.street()}, {c.city()} {c.postcode()}.")
add(A, "address_with_name", lambda c: f"{c.full()} lives at {c.street()} with two children and a dog.")
add(A, "address_timeline", lambda c: f"Week 3: moved from the hotel to a rented room at {c.street()}.")
add(A, "address_hard", lambda c: f"his mum wrote the address on my hand: {c.street()}")

Z = "postal_code"
add(Z, "postal_plain", lambda c: f"Send the discharge summary to postcode {c.postcode()}, she checks the mailbox daily.")
add(Z, "postal_plain", lambda c: f"Postal code: {c.postcode()}")
add(Z, "postal_plain", lambda c: f"The courier could not deliver the parcel to index {c.postcode()} in {c.city()}.")
add(Z, "postal_value_first", lambda c: f"{c.postcode()} is the post code written on the referral envelope.")
add(Z, "postal_bracket", lambda c: f"Her village ({c.postcode()}) has no pharmacy that stocks tacrolimus.")
add(Z, "postal_zip", lambda c: f"ZIP {c.postcode()}, in case you need it for the customs form.")
add(Z, "postal_form", lambda c: f"City: {c.city()}; postcode {c.postcode()}; country: {c.country()}.")
add(Z, "postal_message", lambda c: f"pls send the medicine box to {c.city()}, index {c.postcode()}, thank u")
add(Z, "postal_label_after", lambda c: f"The form asked for a post code and he wrote {c.postcode()} (postal index).")
add(Z, "postal_with_street", lambda c: f"Mail goes to {c.street()}, {c.postcode()} {c.city()}.")

G = "geolocation"
add(G, "geo_plain", lambda c: f"The yurt camp where the family spends the summer is at {c.geo()}.")
add(G, "geo_plain", lambda c: f"Pickup point for the ambulance: {c.geo()}.")
add(G, "geo_message", lambda c: f"I am sending you our location {c.geo()}, the road is not on the map.")
add(G, "geo_caption", lambda c: f"Photo taken at {c.geo()}, the morning before the flight.")
add(G, "geo_value_first", lambda c: f"{c.geo()} — that's the farm, about two hours from {c.city()}.")
add(G, "geo_bracket", lambda c: f"They met the helicopter in a field (coordinates {c.geo()}) near the river.")
add(G, "geo_exif", lambda c: f"The photo's metadata still showed GPS {c.geo()}, so we removed it.")
add(G, "geo_dialogue", lambda c: f"\"Drop a pin at {c.geo()},\" the driver said, \"and I'll find you.\"")
add(G, "geo_timeline", lambda c: f"Day 2: the family's car broke down at {c.geo()} and a neighbour towed it.")

# ---- dates ---------------------------------------------------------------
D = "exact_date"
add(D, "date_story", lambda c: f"On {c.date(True)}, she developed a fever of 39.2 °C and was admitted.")
add(D, "date_story", lambda c: f"The CAR-T cells were infused on {c.date(True)}, after three days of lymphodepletion.")
add(D, "date_story", lambda c: f"{c.who()} landed in {c.city()} on {c.date(True)} with a letter from the local oncologist.")
add(D, "date_timeline", lambda c: f"{c.date(True)} – first infusion of rituximab.")
add(D, "date_timeline", lambda c: f"{c.date()}: discharged home, ANC above 1.5.")
add(D, "date_timeline", lambda c: f"Timeline: diagnosed {c.date(True)}; relapse {c.date(True)}; CAR-T {c.month_year()}.")
add(D, "date_no_year", lambda c: f"Her next appointment is on {c.date(False)} at 9:30.")
add(D, "date_no_year", lambda c: f"We fly back on {c.date(False)}, so can the results be ready earlier?")
add(D, "date_bracket", lambda c: f"The biopsy ({c.date(True)}) confirmed class IV lupus nephritis.")
add(D, "date_dialogue", lambda c: f"\"I remember the day exactly, {c.date(True)},\" her husband said, \"because it snowed.\"")
add(D, "date_holiday", lambda c: f"He went into remission on {c.holiday()}, the best present the family ever had.")
add(D, "date_holiday", lambda c: f"They celebrated {c.holiday()} on the ward with dumplings and balloons.")
add(D, "date_caption", lambda c: f"Photo taken {c.date(True)} in the hospital garden.")
add(D, "date_form", lambda c: f"Date of admission: {c.date(True)}; date of discharge: {c.date(True)}.")
add(D, "date_label_after", lambda c: f"{c.date(True)} (day of surgery) is the date the insurer needs on the claim.")
add(D, "date_with_name", lambda c: f"{c.full()} had the last chemotherapy on {c.date(True)}.")

B = "date_of_birth"
add(B, "dob_form", lambda c: f"DOB: {c.dob()}")
add(B, "dob_form", lambda c: f"Date of birth {c.dob()}, female, nationality {c.country()}.")
add(B, "dob_story", lambda c: f"Born on {c.dob()} in a village near {c.city()}, he was the youngest of five.")
add(B, "dob_story", lambda c: f"Our son was born {c.dob(1995, 2022)}, three weeks early.")
add(B, "dob_abbrev", lambda c: f"{c.who()} (b. {c.dob()}) was referred by the regional hospital.")
add(B, "dob_abbrev", lambda c: f"D.O.B. {c.dob()} / sex M / blood group A+")
add(B, "dob_birthday", lambda c: f"Her birthday is {c.dob()}, and she spent it on the ward this year.")
add(B, "dob_value_first", lambda c: f"{c.dob()} is the birth date on her passport, but the family says it is wrong.")
add(B, "dob_cyrillic", lambda c: f"The Russian discharge note says д.р. {c.dob()}.")
add(B, "dob_message", lambda c: f"hello, the baby was born {c.dob(2020, 2024)}, is he too young for the trial?")
add(B, "dob_with_name", lambda c: f"{c.full()}, born {c.dob()}, {c.cond()}.")
add(B, "dob_bracket", lambda c: f"The patient's date of birth ({c.dob()}) did not match the insurance card.")

O = "age_over_89"
add(O, "age_story", lambda c: f"A {c.old_age('adj')} grandmother from {c.city()} came in with a hip fracture and pneumonia.")
add(O, "age_story", lambda c: f"{c.old_age('start')}, he was the oldest patient ever to receive the valve on our ward.")
add(O, "age_story", lambda c: f"Her father, now {c.old_age()}, still rides a horse every summer.")
add(O, "age_form", lambda c: f"Age: {c.old_age('label')}; sex: F; referred from {c.country()}.")
add(O, "age_dialogue", lambda c: f"\"I am {c.old_age()} and I have never been in a hospital before,\" he told the nurse.")
add(O, "age_words", lambda c: f"Great-grandfather is {c.ch(['in his late nineties', 'a centenarian', 'well over ninety', 'past a hundred', 'in his mid-nineties', 'a nonagenarian'])} and insisted on seeing the scans himself." if c.add(O) is None else "")
add(O, "age_bracket", lambda c: f"The oldest participant ({c.old_age('label')}) completed all six cycles.")
add(O, "age_turned", lambda c: f"She turned {c.ch(['90', '91', '95', '100', 'ninety', 'a hundred', '92'])} on the ward and the nurses sang for her." if c.add(O) is None else "")
add(O, "age_caption", lambda c: f"Caption: {c.who()}, {c.old_age('label')}, with the great-grandchildren.")
add(O, "age_value_first", lambda c: f"{c.old_age('start')} and still sharp: he corrected the doctor's Kazakh.")
add(O, "age_adj", lambda c: f"The {c.old_age('adj')} veteran asked for the window bed.")
add(O, "age_message", lambda c: f"my grandmother is {c.old_age()}, can she still have the cataract operation?")

# ---- contact -------------------------------------------------------------
PH = "phone_number"
add(PH, "phone_plain", lambda c: f"You can reach her husband at {c.phone()} any time after 6 pm.")
add(PH, "phone_plain", lambda c: f"Call me on {c.phone()} if the flight is delayed.")
add(PH, "phone_form", lambda c: f"Tel.: {c.phone()}")
add(PH, "phone_form", lambda c: f"Contact phone {c.phone()} (mother), alternative {c.phone()} (uncle).")
add(PH, "phone_fax", lambda c: f"Please fax the referral to {c.phone()}, attention of the coordinator.")
add(PH, "phone_fax", lambda c: f"Fax: {c.phone()}")
add(PH, "phone_value_first", lambda c: f"{c.phone()} is my WhatsApp as well, I answer faster there." if c.add("social_account") is None else "")
add(PH, "phone_bracket", lambda c: f"Her sister (mobile {c.phone()}) will collect the medicines.")
add(PH, "phone_dialogue", lambda c: f"\"Write down my number, {c.phone()},\" the driver said.")
add(PH, "phone_message", lambda c: f"hi doctor, this is the mother of the girl from {c.city()}, my new number {c.phone()}")
add(PH, "phone_label_after", lambda c: f"{c.phone()} (home) — nobody answers after 10 pm {c.country()} time.")
add(PH, "phone_with_name", lambda c: f"For anything urgent, call {c.given()} at {c.phone()}.")
add(PH, "phone_signature", lambda c: f"Best regards, the coordinator | {c.phone()}")

EM = "email"
add(EM, "email_plain", lambda c: f"Please send the scans to {c.email()} so her doctor in {c.city()} can see them.")
add(EM, "email_plain", lambda c: f"My email is {c.email()}, I check it every evening.")
add(EM, "email_form", lambda c: f"E-mail: {c.email()}")
add(EM, "email_value_first", lambda c: f"{c.email()} belongs to her son, who reads English.")
add(EM, "email_bracket", lambda c: f"The translated report went to the family ({c.email()}) on Friday.")
add(EM, "email_dialogue", lambda c: f"\"Just write to {c.email()},\" she said, \"my daughter will print it.\"")
add(EM, "email_message", lambda c: f"sorry my english, write me on {c.email()} pls")
add(EM, "email_header", lambda c: f"From: <{c.email()}> To: the international patient centre, subject: second opinion")
add(EM, "email_with_name", lambda c: f"{c.full()} can be reached at {c.email()}.")
add(EM, "email_link", lambda c: f"Reply link in the old form: mailto:{c.email()}")
add(EM, "email_list", lambda c: f"Copy the discharge letter to {c.email()} and {c.email()}.")

W = "web_address"
add(W, "web_fundraiser", lambda c: f"The family raised the money for treatment through {c.url()}.")
add(W, "web_blog", lambda c: f"Her mother writes about every week of treatment at {c.url()}.")
add(W, "web_short", lambda c: f"All the scans are here: {c.url()}")
add(W, "web_value_first", lambda c: f"{c.url()} has the video of her first steps after surgery.")
add(W, "web_bracket", lambda c: f"The fundraiser (see {c.url()}) closed after two weeks.")
add(W, "web_dialogue", lambda c: f"\"I put everything on {c.url()},\" he said, \"so the doctors in {c.city()} can follow.\"")
add(W, "web_message", lambda c: f"doctor pls open this link {c.url()} it is the MRI from last month")
add(W, "web_caption", lambda c: f"Video still from {c.url()}, shared with the family's permission.")
add(W, "web_list", lambda c: f"Links: {c.url()}; {c.url()}.")

IP = "ip_address"
add(IP, "ip_log", lambda c: f"The upload of the MRI files came from {c.ip()} at 02:14.")
add(IP, "ip_log", lambda c: f"Login from {c.ip()} was blocked after five wrong passwords.")
add(IP, "ip_form", lambda c: f"IP: {c.ip()}")
add(IP, "ip_message", lambda c: f"the portal says my address {c.ip()} is not allowed, what do I do?")
add(IP, "ip_value_first", lambda c: f"{c.ip()} is the family's home router, according to the IT ticket.")
add(IP, "ip_bracket", lambda c: f"The consent form was signed online (from {c.ip()}) by her father.")
add(IP, "ip_note", lambda c: f"Note for IT: the video call kept dropping; the patient's laptop was on {c.ip()}.")
add(IP, "ip_camera", lambda c: f"Her son set up a camera at home so he could watch her; it streams from {c.ip()}.")
add(IP, "ip_list", lambda c: f"Addresses seen on the message form: {c.ip()}, {c.ip()}.")

SA = "social_account"


def _soc(c, fmt):
    plat, acc = c.social()
    return fmt.format(p=plat, a=acc)


add(SA, "social_plain", lambda c: _soc(c, "Add me on {p}: {a}, I will send the lab results there."))
add(SA, "social_plain", lambda c: _soc(c, "Her son posts updates on {p} ({a}) for the relatives back home."))
add(SA, "social_form", lambda c: _soc(c, "{p}: {a}"))
add(SA, "social_value_first", lambda c: _soc(c, "{a} is my {p}, please write there, the phone does not work in China."))
add(SA, "social_dialogue", lambda c: _soc(c, "\"Find me on {p}, {a},\" she told the other mothers."))
add(SA, "social_message", lambda c: _soc(c, "hi, can the coordinator add my {p} {a}? thanks"))
add(SA, "social_caption", lambda c: _soc(c, "Screenshot from {p} account {a}, shared with permission."))
add(SA, "social_group", lambda c: _soc(c, "The parents' group was started by {a} on {p} after the first CAR-T trial."))
add(SA, "social_bracket", lambda c: _soc(c, "We followed her story online ({p} {a}) long before we met her."))
add(SA, "social_handle_only", lambda c: f"Tag us, we are @{c.handle()} — the whole family follows." if c.add(SA) is None else "")
add(SA, "social_with_name", lambda c: _soc(c, f"{c.given()}'s {{p}} is {{a}}."))

# ---- IDs -----------------------------------------------------------------
RI = "resident_id"
add(RI, "resident_form", lambda c: f"ID card no. {c.cn_id()}")
add(RI, "resident_story", lambda c: f"Because his mother is a Chinese citizen, the bill was registered under her ID {c.cn_id()}.")
add(RI, "resident_value_first", lambda c: f"{c.cn_id()} is the number on the resident identity card of the donor.")
add(RI, "resident_chinese_label", lambda c: f"身份证号：{c.cn_id()} (copied from the registration form)")
add(RI, "resident_bracket", lambda c: f"The husband (identity card {c.cn_id()}) signed as guardian.")
add(RI, "resident_message", lambda c: f"for the booking they asked my id, it is {c.cn_id()}")
add(RI, "resident_no_label", lambda c: f"Registration: {c.cn_id()}, outpatient, rheumatology.")
add(RI, "resident_old", lambda c: f"Her old identity card still has the 15-digit number {c.r.choice(['650102', '110105', '654003'])}{c.r.randint(40, 89)}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}{c.digits(3)}." if c.add(RI) is None else "")
add(RI, "resident_with_name", lambda c: f"{c.full()}, 身份证 {c.cn_id()}, came for the second course.")
add(RI, "resident_dialogue", lambda c: f"\"Read me the number on the card,\" the clerk said, and I read out {c.cn_id()}.")

NI = "national_id"


def _nat(c, fmt):
    lab, num = c.natid()
    return fmt.format(l=lab, n=num)


add(NI, "natid_form", lambda c: _nat(c, "{l}: {n}"))
add(NI, "natid_story", lambda c: _nat(c, "The embassy letter lists his {l} as {n}."))
add(NI, "natid_value_first", lambda c: _nat(c, "{n} ({l}) must appear on every invoice for the reimbursement."))
add(NI, "natid_message", lambda c: _nat(c, "they need my {l} for the bill? it is {n}"))
add(NI, "natid_bracket", lambda c: _nat(c, "The guardian ({l} {n}) signed the consent on behalf of the child."))
add(NI, "natid_dialogue", lambda c: _nat(c, "\"My {l} is {n},\" he said, reading slowly from the card."))
add(NI, "natid_list", lambda c: _nat(c, "Documents received: passport copy, {l} {n}, referral letter."))
add(NI, "natid_with_name", lambda c: _nat(c, f"{c.full()} — {{l}} {{n}}"))
add(NI, "natid_no_label", lambda c: f"Please use {c.natid()[1]} for the patient, not the mother's number.")

PP = "passport_number"
add(PP, "passport_form", lambda c: f"Passport No.: {c.passport()}")
add(PP, "passport_story", lambda c: f"Her passport, {c.passport()}, expired while she was in hospital, so the consulate issued a new one.")
add(PP, "passport_value_first", lambda c: f"{c.passport()} is the passport number we used for the visa invitation.")
add(PP, "passport_message", lambda c: f"hello, for the medical visa my passport is {c.passport()}, valid until 2031")
add(PP, "passport_bracket", lambda c: f"The boy travelled on his father's passport ({c.passport()}).")
add(PP, "passport_dialogue", lambda c: f"\"Passport {c.passport()}, that's me,\" he said at the registration desk.")
add(PP, "passport_label_after", lambda c: f"Number {c.passport()} (foreign passport) was entered in the hospital system.")
add(PP, "passport_with_name", lambda c: f"{c.caps()}, passport {c.passport()}, {c.country()}.")
add(PP, "passport_list", lambda c: f"Travellers: mother (passport {c.passport()}) and son (passport {c.passport()}).")
add(PP, "passport_abbrev", lambda c: f"PP# {c.passport()} / visa type M / entry via {c.city()}")

MR = "medical_record_number"


def _lab(c, method, fmt):
    lab, num = getattr(c, method)()
    return fmt.format(l=lab, n=num)


add(MR, "mrn_form", lambda c: _lab(c, "mrn", "{l}: {n}"))
add(MR, "mrn_story", lambda c: _lab(c, "mrn", "Her {l} is {n}; use it when you call the ward."))
add(MR, "mrn_value_first", lambda c: _lab(c, "mrn", "{n} ({l}) — please attach to all lab requests."))
add(MR, "mrn_message", lambda c: _lab(c, "mrn", "the nurse said to write my {l} {n} in every message"))
add(MR, "mrn_bracket", lambda c: _lab(c, "mrn", "The pathology report ({l} {n}) was sent to the family in Russian."))
add(MR, "mrn_note", lambda c: _lab(c, "mrn", "Readmitted under the same {l}, {n}, for fever."))
add(MR, "mrn_caption", lambda c: _lab(c, "mrn", "Scan of the wristband, {l} {n} visible — crop before publishing."))
add(MR, "mrn_with_name", lambda c: _lab(c, "mrn", f"{c.full()}, {{l}} {{n}}, bed in the east wing."))
add(MR, "mrn_dialogue", lambda c: _lab(c, "mrn", "\"Give them this number, {n},\" the nurse said, pointing to the {l}."))

HP = "health_plan_number"
add(HP, "plan_form", lambda c: _lab(c, "healthplan", "{l}: {n}"))
add(HP, "plan_story", lambda c: _lab(c, "healthplan", "The insurer covered the transplant under {l} {n}."))
add(HP, "plan_value_first", lambda c: _lab(c, "healthplan", "{n} is the {l} printed on the back of her card."))
add(HP, "plan_message", lambda c: _lab(c, "healthplan", "does the hospital accept my insurance? {l} {n}"))
add(HP, "plan_bracket", lambda c: _lab(c, "healthplan", "Pre-authorisation was requested from the insurer ({l} {n}) on Monday."))
add(HP, "plan_dialogue", lambda c: _lab(c, "healthplan", "\"It's {n},\" she said when the cashier asked for the {l}."))
add(HP, "plan_list", lambda c: _lab(c, "healthplan", "Attached: invoice, discharge summary, {l} {n}."))
add(HP, "plan_with_name", lambda c: _lab(c, "healthplan", f"Insured person: {c.full()}; {{l}} {{n}}."))
add(HP, "plan_note", lambda c: _lab(c, "healthplan", "Billing note: direct settlement, {l} {n}, deductible already met."))

AC = "account_number"
add(AC, "account_form", lambda c: _lab(c, "account", "{l}: {n}"))
add(AC, "account_story", lambda c: _lab(c, "account", f"Relatives in {c.city()} sent money to her {{l}} {{n}} every month."))
add(AC, "account_value_first", lambda c: _lab(c, "account", "{n} — that is the {l} for donations, please share."))
add(AC, "account_message", lambda c: _lab(c, "account", "can I pay the deposit by transfer? my {l} is {n}"))
add(AC, "account_bracket", lambda c: _lab(c, "account", "The refund went back to the family ({l} {n}) after the cancelled cycle."))
add(AC, "account_dialogue", lambda c: _lab(c, "account", "\"Send it to {n},\" her brother said, \"that's my {l}.\""))
add(AC, "account_fundraiser", lambda c: _lab(c, "account", "Anyone who wants to help can transfer to {l} {n}."))
add(AC, "account_with_name", lambda c: _lab(c, "account", f"Beneficiary: {c.full()}, {{l}} {{n}}."))
add(AC, "account_note", lambda c: _lab(c, "account", "Finance: overpayment of 3,200 yuan returned to {l} {n}."))

LI = "licence_number"
add(LI, "licence_form", lambda c: _lab(c, "licence", "{l}: {n}"))
add(LI, "licence_story", lambda c: _lab(c, "licence", "He showed his {l}, {n}, because he had left the passport at the hotel."))
add(LI, "licence_value_first", lambda c: _lab(c, "licence", "{n} is the {l} on the copy the family sent."))
add(LI, "licence_doctor", lambda c: _lab(c, "licence", f"Report signed by {c.doctor()}, {{l}} {{n}}."))
add(LI, "licence_bracket", lambda c: _lab(c, "licence", "The referring physician ({l} {n}) asked for a copy of the MRI."))
add(LI, "licence_message", lambda c: _lab(c, "licence", "the rental company wants my {l} {n}, is that ok to give?"))
add(LI, "licence_dialogue", lambda c: _lab(c, "licence", "\"Licence {n},\" the nurse read out, \"that's the {l} of the escorting doctor.\""))
add(LI, "licence_list", lambda c: _lab(c, "licence", "ID documents on file: passport copy, {l} {n}."))
add(LI, "licence_note", lambda c: _lab(c, "licence", "Occupational note: works as a truck driver, {l} {n}, cannot drive for six months."))

VE = "vehicle_identifier"
add(VE, "vehicle_plate", lambda c: f"The ambulance with plate {c.vehicle()} was waiting at the border crossing.")
add(VE, "vehicle_plate", lambda c: f"Her husband drove the whole way in their car, {c.vehicle()}, stopping only for fuel.")
add(VE, "vehicle_form", lambda c: f"Parking permit for vehicle {c.vehicle()}, valid for the whole stay.")
add(VE, "vehicle_value_first", lambda c: f"{c.vehicle()} is the car that brought him to the emergency department.")
add(VE, "vehicle_bracket", lambda c: f"The accident involved a minibus ({c.vehicle()}) on the road to {c.city()}.")
add(VE, "vehicle_message", lambda c: f"security please let my brother in, car number {c.vehicle()}")
add(VE, "vehicle_dialogue", lambda c: f"\"Look for a white Camry, {c.vehicle()},\" the driver told us on the phone.")
add(VE, "vehicle_vin", lambda c: f"The insurance claim lists the VIN as {c.vin()}." if c.add(VE) is None else "")
add(VE, "vehicle_vin", lambda c: f"VIN {c.vin()} — that is the car registered to her husband, the one sold to pay for the cells." if c.add(VE) is None else "")
add(VE, "vehicle_vin", lambda c: f"{c.vin()} (chassis number) appears on the customs paper for the donated wheelchair van." if c.add(VE) is None else "")
add(VE, "vehicle_vin", lambda c: f"the dealer says vin {c.vin().lower()} is still under his name, can the hospital write a letter?" if c.add(VE) is None else "")
add(VE, "vehicle_caption", lambda c: f"Caption: the family's car ({c.vehicle()}) loaded for the drive home — blur the plate.")
add(VE, "vehicle_police", lambda c: f"Police report: the truck {c.vehicle()} hit her bicycle at the crossing.")

DE = "device_identifier"
add(DE, "device_form", lambda c: _lab(c, "device", "{l}: {n}"))
add(DE, "device_story", lambda c: _lab(c, "device", "The implant card lists the {l} as {n}, so bring it to every scan."))
add(DE, "device_value_first", lambda c: _lab(c, "device", "{n} ({l}) was registered with the manufacturer's follow-up programme."))
add(DE, "device_message", lambda c: _lab(c, "device", "the pump shows an error, {l} {n}, what should we do?"))
add(DE, "device_bracket", lambda c: _lab(c, "device", "The device ({l} {n}) was interrogated before the flight."))
add(DE, "device_note", lambda c: _lab(c, "device", "Technician note: replaced the faulty unit; old {l} {n}."))
add(DE, "device_dialogue", lambda c: _lab(c, "device", "\"Read me the {l},\" the engineer said, and she read {n}."))
add(DE, "device_phone", lambda c: _lab(c, "device", "Her tablet for the video visits has {l} {n}."))
add(DE, "device_caption", lambda c: _lab(c, "device", "Photo of the controller, label {n} visible ({l})."))

OT = "other_number"
add(OT, "other_form", lambda c: _lab(c, "other", "{l}: {n}"))
add(OT, "other_court", lambda c: f"The compensation ordered in court case No. 2-{c.digits(4, True)}/{c.r.randint(2018, 2024)} paid for half of the treatment." if c.add(OT) is None else "")
add(OT, "other_story", lambda c: _lab(c, "other", "The coordinator wrote the {l}, {n}, on the back of the appointment card."))
add(OT, "other_value_first", lambda c: _lab(c, "other", "{n} is the {l} the family gave us, in case anyone asks."))
add(OT, "other_message", lambda c: _lab(c, "other", "my {l} {n}, can you check if the payment went through?"))
add(OT, "other_bracket", lambda c: _lab(c, "other", "The payment was held up until someone found the {l} ({n}) in her handbag."))
add(OT, "other_dialogue", lambda c: _lab(c, "other", "\"Write down the {l}, {n},\" the agent said."))
add(OT, "other_list", lambda c: _lab(c, "other", "Attached: invitation letter, {l} {n}, and the bank statement."))
add(OT, "other_with_name", lambda c: _lab(c, "other", f"{c.given()} asked us to keep the {{l}} {{n}} in the file."))
add(OT, "other_note", lambda c: _lab(c, "other", "Finance note: {l} {n}, partial refund approved."))
add(OT, "other_student", lambda c: f"His university needs a letter for student number {c.r.randint(2016, 2024)}{c.digits(7)} to excuse the missed exams." if c.add(OT) is None else "")

# ---- mixed, several kinds in one sentence -----------------------------------
MX = "mixed"
add(MX, "mixed_intake", lambda c: f"Name: {c.full()}; DOB {c.dob()}; passport {c.passport()}; tel. {c.phone()}.")
add(MX, "mixed_timeline", lambda c: f"{c.date(True)} — {c.given()} admitted to {c.dept()} via the emergency room.")
add(MX, "mixed_signature", lambda c: f"{c.full()} | {c.phone()} | {c.email()}")
add(MX, "mixed_address", lambda c: f"Deliver to {c.full()}, {c.street()}, {c.postcode()} {c.city()}, phone {c.phone()}.")
add(MX, "mixed_story", lambda c: f"{c.given()}, who was admitted on {c.date(True)}, was the first patient from {c.country()} in the trial.")
add(MX, "mixed_billing", lambda c: _lab(c, "healthplan", f"{c.full()}, {{l}} {{n}}, ") + _lab(c, "mrn", "{l} {n}."))
add(MX, "mixed_message", lambda c: _soc(c, f"hi, I am {c.given()}, {{p}} {{a}}, or call ") + f"{c.phone()}")
add(MX, "mixed_quote", lambda c: f"\"{c.doctor()} called us on {c.date(False)} with the results,\" {c.given()} recalled.")
add(MX, "mixed_old", lambda c: f"{c.full()}, {c.old_age()}, was admitted on {c.date(True)} after a fall at home.")
add(MX, "mixed_ids", lambda c: f"Guardian: {c.full()}, ID {c.cn_id()}, passport {c.passport()}.")
add(MX, "mixed_device", lambda c: _lab(c, "device", f"{c.full()}'s pacemaker was checked on {c.date(True)}; {{l}} {{n}}."))
add(MX, "mixed_vehicle", lambda c: f"{c.given()} parked {c.vehicle()} outside {c.street()} and carried her in.")


# ---------------------------------------------------------------------------
# Clean sentences
# ---------------------------------------------------------------------------

CLEAN: list = []


def clean(cat, fn):
    CLEAN.append((cat, fn))


DRUGS = [("tacrolimus", "mg", (1, 6)), ("prednisone", "mg", (5, 60)),
         ("mycophenolate mofetil", "mg", (500, 1500)), ("methotrexate", "mg", (7, 25)),
         ("hydroxychloroquine", "mg", (200, 400)), ("rituximab", "mg/m²", (375, 375)),
         ("cyclophosphamide", "mg/m²", (300, 1000)), ("fludarabine", "mg/m²", (25, 30)),
         ("tocilizumab", "mg/kg", (4, 8)), ("enoxaparin", "mg", (40, 80)),
         ("insulin glargine", "units", (8, 40)), ("metformin", "mg", (500, 2000)),
         ("dexamethasone", "mg", (4, 20)), ("levetiracetam", "mg", (250, 1500)),
         ("ursodeoxycholic acid", "mg", (250, 750)), ("ciclosporin", "mg/kg", (3, 5)),
         ("belimumab", "mg/kg", (10, 10)), ("ibrutinib", "mg", (420, 560)),
         ("sirolimus", "mg", (1, 3)), ("amlodipine", "mg", (5, 10))]
LABS = [("creatinine", "µmol/L", (40, 600), "45–84"),
        ("haemoglobin", "g/L", (60, 160), "115–150"),
        ("platelets", "× 10^9/L", (8, 450), "125–350"),
        ("white cell count", "× 10^9/L", (1, 25), "3.5–9.5"),
        ("CRP", "mg/L", (1, 250), "0–10"),
        ("ferritin", "ng/mL", (50, 9000), "15–200"),
        ("IL-6", "pg/mL", (2, 3000), "<7"),
        ("ALT", "U/L", (8, 400), "7–40"),
        ("24-hour urine protein", "g", (0, 9), "<0.15"),
        ("eGFR", "mL/min/1.73 m²", (8, 120), ">90"),
        ("potassium", "mmol/L", (3, 6), "3.5–5.3"),
        ("HbA1c", "%", (5, 13), "4.0–6.0"),
        ("anti-dsDNA", "IU/mL", (5, 800), "<100"),
        ("C3", "g/L", (0, 2), "0.9–1.8"),
        ("D-dimer", "mg/L FEU", (0, 20), "<0.55"),
        ("troponin I", "ng/L", (2, 5000), "<26"),
        ("LDH", "U/L", (120, 2400), "120–250"),
        ("serum albumin", "g/L", (18, 48), "40–55")]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2 V617F", "EGFR exon 19 deletion",
         "FLT3-ITD", "NPM1", "BCR-ABL1", "HLA-B*58:01", "CD19", "BCMA",
         "KRAS G12C", "MYD88 L265P", "ALK", "IDH1 R132H", "c.1799T>A (p.V600E)",
         "rs1801133", "HLA-DRB1*15:01", "CD20", "PD-L1", "MTHFR C677T",
         "CFTR F508del", "HBB c.20A>T", "SMN1", "CD38", "PNPLA3 I148M"]
TRIALS = ["NCT05030779", "NCT04561557", "NCT03331198", "ChiCTR2100048888",
          "ChiCTR1900024456", "EudraCT 2019-001234-56", "ISRCTN12345678",
          "CTR20210123", "NCT05765006", "jRCT2031210190", "ACTRN12621000456897",
          "ChiCTR2300072011", "NCT04883437", "KCT0005234"]
ICD = ["M32.14", "D69.6", "C83.3", "E10.9", "G70.0", "N18.4", "C90.0",
       "I42.0", "D61.9", "G36.0", "M34.0", "C11.9", "D56.1", "Q61.3",
       "4A40.0 (ICD-11)", "N02.8", "C22.2", "K50.9", "E85.4"]
ATC = ["L04AA06", "L01XC02", "H02AB07", "L04AC07", "A10AE04", "B01AB05",
       "L01FA01", "L04AD02", "P01BA02"]
GUIDES = ["the 2019 EULAR/ACR classification criteria",
          "the KDIGO 2021 guideline for glomerular diseases",
          "NCCN Guidelines Version 2.2023", "GINA 2022",
          "the 2023 ESC guidelines on heart failure",
          "the Chinese Expert Consensus on CAR-T Cell Therapy (2022 edition)",
          "the ASTCT 2019 consensus grading", "the 2020 ACR gout guideline",
          "WHO 2022 classification of haematolymphoid tumours",
          "ESMO 2021 recommendations", "the Lugano 2014 criteria",
          "the IMWG 2016 response criteria", "ADA Standards of Care 2024"]
BRANDS = ["Actemra", "Kymriah", "Yescarta", "Benlysta", "CellCept", "Humira",
          "Keytruda", "MabThera", "Ozempic", "Lantus", "Carvykti", "Imbruvica",
          "Revlimid", "Saphnelo", "Herceptin", "Soliris", "Gazyva", "Jakavi"]
EPONYMS = ["Hodgkin lymphoma", "Sjögren's syndrome", "Raynaud's phenomenon",
           "Crohn's disease", "Hashimoto's thyroiditis", "Guillain-Barré syndrome",
           "Kawasaki disease", "Castleman disease", "Waldenström macroglobulinaemia",
           "adult-onset Still's disease", "Behçet's disease", "Takayasu arteritis",
           "Wilson's disease", "Parkinson's disease", "Addison's disease",
           "Cushing's syndrome", "Graves' disease", "Down syndrome",
           "Burkitt lymphoma", "Wilms tumour", "Ewing sarcoma", "Kaposi sarcoma",
           "Alport syndrome", "Fanconi anaemia", "Gaucher disease",
           "Duchenne muscular dystrophy", "Hirschsprung disease"]
SIGNS = ["a positive Babinski sign", "a Glasgow Coma Scale of 13",
         "a Kaplan-Meier estimate", "Ann Arbor stage IIIB", "the Philadelphia chromosome",
         "a positive Coombs test", "Kernig's sign", "a Whipple procedure",
         "a Hickman line", "a Foley catheter", "the Seldinger technique",
         "the Apgar score", "Murphy's sign", "a Holter monitor",
         "a Tenckhoff catheter", "the Valsalva manoeuvre", "Bence Jones protein"]
FAMOUS = ["Hippocrates", "Florence Nightingale", "Norman Bethune", "Abai Kunanbayev",
          "Avicenna", "Marie Curie", "Lu Xun", "Tu Youyou", "Chinggis Khaan",
          "Alisher Navoi", "Li Shizhen", "Sun Simiao", "Ibn Sina", "Hua Tuo",
          "Pavlov", "Louis Pasteur"]
BOOKS = ["The Emperor of All Maladies", "When Breath Becomes Air",
         "Harrison's Principles of Internal Medicine", "The Body Keeps the Score",
         "Being Mortal", "the Oxford Handbook of Clinical Medicine",
         "The Little Prince", "Words of Edification"]
JOBS = ["the head nurse", "the chief physician", "the deputy director of nephrology",
        "the attending haematologist", "a second-year resident", "the ward pharmacist",
        "the dietitian", "the night-shift charge nurse", "the transplant coordinator",
        "the medical social worker", "the physiotherapist", "the anaesthetist on call",
        "the interpreter", "the hospital chaplain", "the clinical psychologist"]
CN_WORDS = [("高血压", "hypertension"), ("白细胞", "white blood cells"),
            ("黄疸", "jaundice"), ("钟点", "hourly"), ("方案", "treatment plan"),
            ("石膏", "plaster cast"), ("金属", "metal"), ("任何", "any"),
            ("于是", "so"), ("常规", "routine"), ("严重", "severe"),
            ("周期", "cycle"), ("何时", "when"), ("林可霉素", "lincomycin"),
            ("马上", "immediately"), ("高热", "high fever"), ("孙辈", "grandchildren"),
            ("胡萝卜", "carrots"), ("田间", "in the fields"), ("王牌", "trump card"),
            ("杨梅", "bayberries"), ("陈皮", "dried tangerine peel"),
            ("沈阳", "Shenyang"), ("江苏", "Jiangsu"), ("温度", "temperature"),
            ("叶酸", "folic acid"), 
            ("齐全", "complete"), ("童年", "childhood")]


def an(n):
    return ("An " if str(n).startswith("8") or n in (11, 18) else "A ") + str(n)


def rv(c, lo, hi):
    if isinstance(lo, int) and isinstance(hi, int) and hi - lo > 20:
        return str(c.r.randint(lo, hi))
    return f"{c.r.uniform(lo, hi):.1f}"


def _drug(c):
    n, u, (lo, hi) = c.ch(DRUGS)
    return n, (str(c.r.randint(lo, hi)) if lo != hi else str(lo)), u


def lab_value(c):
    n, u, (lo, hi), ref = c.ch(LABS)
    return n, rv(c, lo, hi), u, ref


clean("clean_dose", lambda c: "{0} {1} {2} was continued after discharge.".format(*_drug(c)))
clean("clean_dose", lambda c: "The dose of {0} was reduced from {1} {2} to half because of the tremor.".format(*_drug(c)))
clean("clean_dose", lambda c: "Lymphodepletion: fludarabine {0} mg/m² and cyclophosphamide {1} mg/m² daily for three days.".format(c.r.choice([25, 30]), c.r.choice([250, 300, 500])))
clean("clean_dose", lambda c: f"She received {c.r.choice(['1', '2', '0.5', '3'])} × 10^{c.r.choice([6, 8])} CAR-T cells per kg in a single infusion.")
clean("clean_dose", lambda c: f"Take {c.r.randint(1, 4)} tablets of {c.ch(['prednisone', 'hydroxychloroquine', 'metformin', 'amlodipine', 'methotrexate', 'levetiracetam', 'ursodeoxycholic acid'])} at {c.r.choice(['8 am', '08:00', '7:30', 'bedtime', 'noon'])}, with food.")
clean("clean_dose", lambda c: f"IV {c.ch(DRUGS)[0]} {c.r.randint(100, 900)} mg over {c.r.choice([30, 60, 90, 120])} minutes, then {c.r.randint(2, 8)} weeks of rest.")
clean("clean_lab", lambda c: "{0} {1} {2} (reference {3}).".format(*lab_value(c)))
clean("clean_lab", lambda c: "On admission her {0} was {1} {2}, against a normal range of {3}.".format(*lab_value(c)))
clean("clean_lab", lambda c: "By week {4}, {0} had fallen to {1} {2}.".format(*lab_value(c), c.r.randint(2, 12)))
clean("clean_lab", lambda c: f"CD4/CD8 ratio {c.r.uniform(0.2, 3):.2f}; IgG {c.r.uniform(2, 18):.1f} g/L; B cells {c.r.randint(0, 300)} cells/µL.")
clean("clean_lab", lambda c: f"Urine protein-to-creatinine ratio {c.r.randint(50, 5000)} mg/g, down from {c.r.randint(5000, 9000)} mg/g.")
clean("clean_lab", lambda c: f"Blood sugar ranged between {c.r.uniform(4, 8):.1f} and {c.r.uniform(9, 22):.1f} mmol/L over {c.r.randint(2, 14)} days.")
clean("clean_vitals", lambda c: f"Blood pressure {c.r.randint(105, 190)}/{c.r.randint(55, 100)} mmHg, pulse {c.r.randint(50, 140)}/min, SpO2 {c.r.randint(86, 100)}%.")
clean("clean_vitals", lambda c: f"Her temperature peaked at {c.r.uniform(37.5, 40.8):.1f} °C on day {c.r.randint(1, 14)} after infusion.")
clean("clean_vitals", lambda c: f"BP {c.r.randint(100, 180)}/{c.r.randint(60, 100)}, HR {c.r.randint(60, 120)}, RR {c.r.randint(12, 30)}, T {c.r.uniform(36, 39.5):.1f}.")
clean("clean_vitals", lambda c: f"He weighed {c.r.randint(9, 110)} kg at admission and had lost {c.r.randint(2, 15)} kg by the time he left.")
clean("clean_score", lambda c: f"SLEDAI-2K dropped from {c.r.randint(12, 30)} to {c.r.randint(0, 6)} within {c.r.randint(2, 6)} months.")
clean("clean_score", lambda c: f"ECOG performance status {c.r.randint(0, 4)}, Karnofsky {c.r.choice([40, 50, 60, 70, 80, 90])}%.")
clean("clean_score", lambda c: f"NIHSS {c.r.randint(1, 24)} on arrival, {c.r.randint(0, 6)} at discharge; mRS {c.r.randint(0, 5)}.")
clean("clean_score", lambda c: f"Grade {c.r.randint(1, 3)} cytokine release syndrome and grade {c.r.randint(0, 2)} ICANS were managed on the ward.")
clean("clean_score", lambda c: f"Apgar {c.r.randint(5, 9)}/{c.r.randint(7, 10)}, birth weight {c.r.randint(1800, 4200)} g, gestation {c.r.randint(30, 41)} weeks.")
clean("clean_score", lambda c: f"The pain score went from {c.r.randint(6, 10)}/10 to {c.r.randint(0, 4)}/10 after the nerve block.")
clean("clean_score", lambda c: f"Ejection fraction improved from {c.r.randint(15, 35)}% to {c.r.randint(40, 62)}%, and NYHA class from IV to {c.ch(['I', 'II'])}.")
clean("clean_time", lambda c: f"Visiting hours are {c.r.choice(['14:00–16:00', '3 to 5 pm', '15:00-17:30', '10:00 to 11:30'])}, two visitors per patient.")
clean("clean_time", lambda c: f"The infusion started at {c.r.randint(7, 11)}:{c.r.choice(['00', '15', '30', '45'])} and took {c.r.randint(20, 90)} minutes.")
clean("clean_time", lambda c: f"She slept for {c.r.randint(9, 16)} hours straight after the first night without pain.")
clean("clean_time", lambda c: f"The flight from {c.city()} to {c.city()} takes about {c.r.randint(2, 11)} hours.")
clean("clean_time", lambda c: f"Around {c.r.randint(1, 5)} a.m. the fever came back, and the night nurse called the doctor.")
clean("clean_time", lambda c: f"Follow-up every {c.r.choice(['three', 'six', 'twelve'])} months for the first {c.r.choice(['two', 'three', 'five'])} years.")
clean("clean_duration", lambda c: f"She had been on dialysis for {c.r.randint(2, 11)} years before the transplant.")
clean("clean_duration", lambda c: f"Day +{c.r.randint(7, 90)}: bone marrow MRD negative by flow cytometry.")
clean("clean_duration", lambda c: f"D{c.r.choice(['+14', '+28', '+60', '-5', '-3', '0'])}: {c.ch(['CRS resolved', 'apheresis completed', 'PET-CT shows complete metabolic response', 'lymphodepletion started'])}.")
clean("clean_count", lambda c: f"Of the {c.r.randint(12, 80)} patients treated so far, {c.r.randint(5, 11)} came from {c.country()}.")
clean("clean_count", lambda c: f"It took {c.r.randint(3, 9)} hospitals and {c.r.randint(2, 6)} years before anyone named the disease.")
clean("clean_count", lambda c: f"The team performs around {c.r.randint(200, 1200)} transplants a year.")
clean("clean_count", lambda c: f"She had {c.r.randint(7, 30)} rounds of plasma exchange and {c.r.randint(2, 9)} courses of IVIG.")
clean("clean_gene", lambda c: f"Sequencing found {c.ch(GENES)} and {c.ch(GENES)}, which changed the treatment plan.")
clean("clean_gene", lambda c: f"{c.ch(GENES)} was negative; {c.ch(GENES)} positive at a variant allele frequency of {c.r.randint(2, 48)}%.")
clean("clean_gene", lambda c: f"The CAR construct targets {c.ch(['CD19', 'BCMA', 'CD19 and BCMA', 'CD7', 'CD22', 'GPRC5D'])} with a {c.ch(['4-1BB', 'CD28'])} costimulatory domain.")
clean("clean_gene", lambda c: f"Carriers of {c.ch(GENES)} need a different starting dose.")
clean("clean_trial", lambda c: f"She was enrolled in trial {c.ch(TRIALS)} after screening in {c.month_year()}.")
clean("clean_trial", lambda c: f"The study is registered as {c.ch(TRIALS)} and {c.ch(TRIALS)}.")
clean("clean_trial", lambda c: f"Registry: {c.ch(TRIALS)}; phase {c.ch(['I', 'I/II', 'II', 'III'])}; {c.r.randint(20, 300)} participants.")
clean("clean_icd", lambda c: f"Discharge diagnosis coded as {c.ch(ICD)}, with {c.ch(ICD)} as a secondary code.")
clean("clean_icd", lambda c: f"ICD-10 {c.ch(ICD)}; ATC code of the main drug {c.ch(ATC)}.")
clean("clean_icd", lambda c: f"The insurer rejected code {c.ch(ICD)} and asked for {c.ch(ICD)} instead.")
clean("clean_guideline", lambda c: f"Treatment followed {c.ch(GUIDES)}.")
clean("clean_guideline", lambda c: f"According to {c.ch(GUIDES)}, she met the criteria for {c.cond()}.")
clean("clean_guideline", lambda c: f"The team compared {c.ch(GUIDES)} with {c.ch(GUIDES)} before deciding.")
clean("clean_month_year", lambda c: f"In {c.month_year()}, she developed red spots all over her body and frequent fevers.")
clean("clean_month_year", lambda c: f"By {c.month_year()} the proteinuria had gone and the steroids were stopped.")
clean("clean_month_year", lambda c: f"{c.month_year()}: relapse; {c.month_year()}: second-line chemotherapy.")
clean("clean_month_year", lambda c: f"The family first wrote to us in {c.ch(['early ', 'late ', 'mid-'])}{c.month_year()}.")
clean("clean_month_year", lambda c: f"Between {c.month_year()} and {c.month_year()} he was admitted {c.r.randint(2, 9)} times.")
clean("clean_year", lambda c: f"She has lived with diabetes since {c.r.randint(1985, 2020)}.")
clean("clean_year", lambda c: f"In the {c.ch(['1980s', '1990s', '2000s', 'seventies', 'eighties'])}, nobody in her village had heard of lupus.")
clean("clean_year", lambda c: f"Her first surgery was in {c.r.randint(1990, 2022)}, the second in {c.r.randint(2005, 2024)}.")
clean("clean_year", lambda c: f"Summer {c.r.randint(2015, 2024)} was the first time she travelled abroad.")
clean("clean_year", lambda c: f"Seven months after giving birth, in the autumn of {c.r.randint(2010, 2023)}, the symptoms began.")
clean("clean_age", lambda c: f"{an(c.r.randint(1, 89))}-year-old {c.ch(['woman', 'man', 'girl', 'boy', 'teacher', 'herder', 'engineer', 'grandmother'])} from {c.country()} was referred with {c.cond()}.")
clean("clean_age", lambda c: f"{c.alias()}, {c.r.randint(2, 89)}, {c.ch(['female', 'male'])}, {c.country().replace('the ', '')}.")
clean("clean_age", lambda c: f"He is {c.r.randint(30, 89)} and still works in the family shop.")
clean("clean_age", lambda c: f"Aged {c.r.randint(19, 45)} at onset, she had two children under {c.r.randint(3, 10)}.")
clean("clean_age", lambda c: f"Her grandmother, in her {c.ch(['sixties', 'seventies', 'eighties', 'late eighties', 'early eighties'])}, looked after the baby.")
clean("clean_age", lambda c: f"Patients aged {c.r.randint(18, 40)} to {c.r.randint(60, 75)} were eligible.")
clean("clean_age", lambda c: f"At {c.r.choice([86, 87, 88, 89])} years old, he was the oldest patient on the ward that winter.")
clean("clean_money", lambda c: f"The treatment cost about ¥{c.r.randint(50, 1200)},000, {c.ch(['most of it', 'half of it', 'a third of it'])} covered by insurance.")
clean("clean_money", lambda c: f"Relatives collected {c.r.randint(2, 30)} million tenge by selling {c.ch(['sheep', 'the car', 'a flat', 'horses'])}.")
clean("clean_money", lambda c: f"A deposit of {c.r.randint(10, 300)},000 yuan (about US${c.r.randint(2, 45)},000) is required before admission.")
clean("clean_money", lambda c: f"The flight cost {c.r.randint(200, 1500)} dollars each way, and the hotel {c.r.randint(150, 600)} yuan a night.")
clean("clean_place", lambda c: f"She travelled from {c.city()} to {c.city()} by train, then flew to {c.city()}.")
clean("clean_place", lambda c: f"The family comes from a small town in northern {c.country()}.")
clean("clean_place", lambda c: f"Patients from {c.country()}, {c.country()} and {c.country()} now make up a third of the ward.")
clean("clean_place", lambda c: f"After the diagnosis in {c.city()}, they crossed into {c.ch(PROVINCES)} at Khorgos.")
clean("clean_place", lambda c: f"He grew up in {c.ch(PROVINCES)} but has lived in {c.city()} for twenty years.")
clean("clean_department", lambda c: f"She was transferred from {c.dept()} to {c.dept()} when the creatinine rose.")
clean("clean_department", lambda c: f"The {c.dept().replace('the ', '')} team meets every {c.ch(WEEKDAYS)} morning.")
clean("clean_department", lambda c: f"Referral to {c.dept()} was made by {c.ch(JOBS)}.")
clean("clean_hospital", lambda c: f"He had been treated at {c.hosp()} before coming to us.")
clean("clean_hospital", lambda c: f"A second opinion from {c.hosp()} agreed with the diagnosis.")
clean("clean_hospital", lambda c: f"The samples were sent to {c.hosp()} for flow cytometry.")
clean("clean_brand", lambda c: f"After {c.ch(BRANDS)} failed, the team switched to {c.ch(BRANDS)}.")
clean("clean_brand", lambda c: f"{c.ch(BRANDS)} is not registered in {c.country()}, so she had to come to China for it.")
clean("clean_brand", lambda c: f"Her CGM from {c.ch(['Dexcom', 'Abbott', 'Medtronic'])} sends readings every five minutes.")
clean("clean_eponym", lambda c: f"She had lived with {c.ch(EPONYMS)} for {c.r.randint(2, 20)} years before the new diagnosis.")
clean("clean_eponym", lambda c: f"{c.ch(EPONYMS)} and {c.ch(EPONYMS)} were ruled out.")
clean("clean_eponym", lambda c: f"The registrar noted {c.ch(SIGNS)} and {c.ch(SIGNS)}.")
clean("clean_eponym", lambda c: f"Differential diagnosis: {c.ch(EPONYMS)}, {c.ch(EPONYMS)}, {c.cond()}.")
clean("clean_famous", lambda c: f"A portrait of {c.ch(FAMOUS)} hangs in the hospital lobby.")
clean("clean_famous", lambda c: f"\"{c.ch(FAMOUS)} would have approved,\" the professor joked about the new herb garden.")
clean("clean_famous", lambda c: f"The ward library has a biography of {c.ch(FAMOUS)} in Russian.")
clean("clean_book", lambda c: f"While waiting for the counts to recover she read {c.ch(BOOKS)}.")
clean("clean_book", lambda c: f"Her son brought {c.ch(BOOKS)} and read it aloud every evening.")
clean("clean_alias", lambda c: f"{c.alias()} said, \"Now the red spots on my body are gone.\"")
clean("clean_alias", lambda c: f"{c.alias()} and {c.alias()} shared a room on the ward for six weeks.")
clean("clean_alias", lambda c: f"Hearing that CAR-T might help, {c.alias()} wrote to the international patient centre.")
clean("clean_alias", lambda c: (lambda a: f"Name: {a[0]}; Gender: {a[1]};")(c.ch([('Ms. A', 'Female'), ('Mr. B', 'Male'), ('Patient C', 'Female'), ('Ms. D', 'Female'), ('Mr. K', 'Male'), ('Patient E', 'Male')])) + f" Age: {c.r.randint(3, 89)} years old; Nationality: {c.ch(['Kazakh', 'Mongolian', 'Russian', 'Uzbek', 'Chinese', 'Kyrgyz', 'Vietnamese'])}")
clean("clean_alias", lambda c: f"The follow-up visit confirmed that {c.alias()} no longer needs hormones.")
clean("clean_relation", lambda c: f"{c.rel().capitalize()} stayed by the bed every night.")
clean("clean_relation", lambda c: f"In an effort to treat her disease, {c.rel()} took her to {c.r.randint(2, 8)} hospitals.")
clean("clean_relation", lambda c: f"{c.rel().capitalize()} donated stem cells, and {c.ch(['the grandparents', 'a neighbour', 'an aunt', 'the older children'])} looked after the little ones at home.")
clean("clean_relation", lambda c: f"\"I did it for {c.ch(['my mother', 'my kids', 'my husband', 'my grandson', 'my family'])},\" she said.")
clean("clean_cn_word", lambda c: "The label on the box read {0} ({1}).".format(*c.ch(CN_WORDS)))
clean("clean_cn_word", lambda c: "In the Chinese version the translator used {0} for \"{1}\".".format(*c.ch(CN_WORDS)))
clean("clean_cn_word", lambda c: "Glossary: {0} = {1}; {2} = {3}.".format(*c.ch(CN_WORDS), *c.ch(CN_WORDS)))
clean("clean_cn_word", lambda c: "The nurse wrote {0} on the whiteboard so the family would understand.".format(c.ch(CN_WORDS)[0]))
clean("clean_word_not_name", lambda c: c.ch([
    "There is real hope that the swelling will go down this week.",
    "Patience is needed: the counts can take a month to recover.",
    "Grace periods for payment are shorter for international patients.",
    "She has the will to keep walking, even on bad days.",
    "The joy on the ward when the scan came back clear was hard to describe.",
    "Faith in the team grew after the first good result.",
    "The rose garden behind the ward is open to patients.",
    "Summer is the busiest season for the international centre.",
    "At dawn the nurses change the dressings.",
    "Mercy flights are arranged by the airline for urgent cases.",
    "A sunny room on the south side was given to the children.",
    "Amber-coloured urine was the first sign of the haemolysis.",
    "Precious little was known about the disease in her town.",
    "The gift from the family was a hand-made rug.",
    "Lily-of-the-valley was in the bouquet on her bedside table.",
    "Will the results be ready before the flight?",
    "Victory over the infection took three weeks of antibiotics.",
    "A ruby-red rash spread over both cheeks.",
    "Sky-blue gowns are worn by the transplant patients.",
    "Good luck charms hung above almost every bed in the children's ward.",
    "Blessings were said in three languages before the surgery.",
    "Jasmine tea was the only thing she could keep down.",
    "Hope, she said, is what kept her going.",
    "Dawn came before the fever finally broke.",
    "The rose-shaped balloons were a present from the night shift.",
    "Faith and patience, the doctor said, are part of the treatment.",
]))
CLEAN.extend([CLEAN[-1]] * 3)  # the word-that-is-also-a-name sentences weigh more
clean("clean_job", lambda c: f"{c.ch(JOBS).capitalize()} explained the plan in Russian and Chinese.")
clean("clean_job", lambda c: f"The consent was witnessed by {c.ch(JOBS)} and {c.ch(JOBS)}.")
clean("clean_job", lambda c: f"\"The first scan after infusion looked good,\" said {c.ch(JOBS)}.")
clean("clean_ward", lambda c: f"She moved from the {c.ch(['east wing', 'west wing', 'step-down unit', 'isolation rooms', 'laminar flow ward', 'day ward'])} to {c.dept()} after {c.r.randint(2, 20)} days.")
clean("clean_ward", lambda c: f"The {c.ch(['playroom', 'family kitchen', 'prayer room', 'rooftop garden', 'waiting hall'])} on the {c.ch(['ground', 'top', 'first'])} floor is open until {c.r.randint(8, 10)} pm.")
clean("clean_narrative", lambda c: f"For the past {c.ch(['three', 'five', 'seven', 'ten'])} years, {c.alias()} had visited the hospital every month for prescriptions.")
clean("clean_narrative", lambda c: f"The expert team immediately analysed the condition and proposed {c.ch(['CAR-T therapy', 'a kidney transplant', 'autologous stem cell transplantation', 'a clinical trial', 'radiotherapy'])}.")
clean("clean_narrative", lambda c: f"Without the 'seeds of disease', autoantibodies gradually decrease and complement returns to normal{c.ch(['.', ' within months.', ' in most patients.'])}")
clean("clean_narrative", lambda c: f"Today is {c.ch(['my third', 'her second', 'his fourth', 'our fifth'])} follow-up visit, and the results {c.ch(['are good', 'were normal', 'look stable'])}.")
clean("clean_narrative", lambda c: f"{c.ch(['Eventually', 'Finally', 'At last', 'Later'])}, she developed {c.cond()} and needed {c.ch(['surgery', 'dialysis', 'a ventilator', 'transfusions'])}.")
clean("clean_narrative", lambda c: f"The room number changed twice, but the view of the {c.ch(['mountains', 'river', 'park'])} stayed the same.")
clean("clean_id_like", lambda c: f"Version {c.r.randint(1, 9)}.{c.r.randint(0, 12)} of the consent form was approved by the ethics committee.")
clean("clean_id_like", lambda c: f"Ethics approval {c.ch(['was granted', 'was renewed'])} in {c.month_year()} for protocol version {c.r.randint(2, 7)}.0.")
clean("clean_id_like", lambda c: f"{c.r.randint(2, 6)} × {c.r.randint(2, 9)} cm mass in segment {c.ch(['IV', 'VI', 'VII', 'VIII'])} of the liver.")
clean("clean_id_like", lambda c: f"Lesion size {c.r.randint(10, 80)} × {c.r.randint(10, 80)} × {c.r.randint(10, 80)} mm, SUVmax {c.r.uniform(2, 25):.1f}.")
clean("clean_id_like", lambda c: f"Karyotype 46,XX,t(9;22)(q34;q11.2)[{c.r.randint(5, 20)}]/46,XX[{c.r.randint(0, 15)}].")
clean("clean_id_like", lambda c: f"Pages {c.r.randint(10, 99)}–{c.r.randint(100, 300)} of the guideline cover paediatric dosing.")
clean("clean_id_like", lambda c: f"Flow: CD3+ {c.r.randint(50, 90)}%, CD19+ {c.r.randint(0, 25)}%, CD56+ {c.r.randint(2, 20)}%.")
clean("clean_id_like", lambda c: f"HLA typing: {c.r.randint(5, 10)}/10 match with the sibling donor.")
clean("clean_message", lambda c: (lambda rel: f"hello doctor, my {rel[0]} has {c.cond()}, is CAR-T possible at {rel[1]} age {c.r.randint(5, 85)}?")(c.ch([('mother', 'her'), ('son', 'his'), ('husband', 'his'), ('daughter', 'her'), ('father', 'his')])))
clean("clean_message", lambda c: f"good day, we are from {c.country()}, how long is the waiting time for {c.dept()}?")
clean("clean_message", lambda c: f"thank you for everything, the whole family in {c.city()} sends greetings!!")
clean("clean_message", lambda c: f"Is it possible to get the report in {c.ch(['Russian', 'Kazakh', 'Mongolian', 'Arabic', 'English', 'Uzbek'])}? Thank you.")
clean("clean_message", lambda c: f"how much is the price for {c.ch(['one cycle', 'the consultation', 'PET-CT', 'the whole treatment'])} in dollars or yuan?")
clean("clean_caption", lambda c: f"Caption: {c.alias()} with {c.ch(['the family', 'relatives', 'the care team', 'two of the nurses', 'the interpreter'])} in the hospital garden, {c.month_year()}.")
clean("clean_caption", lambda c: f"Photo: the {c.dept().replace('the ', '')} team after the {ordinal(c.r.randint(50, 500))} CAR-T infusion.")
clean("clean_caption", lambda c: f"Photo courtesy of the family, used with written consent.")
clean("clean_quote", lambda c: f"\"When this patient was first admitted, she had {c.ch(['generalised oedema', 'severe anaemia', 'a platelet count of 9', 'heavy proteinuria'])},\" the doctor explained.")
clean("clean_quote", lambda c: f"\"I am very grateful to the medical staff for giving me a second chance,\" {c.alias()} said.")
clean("clean_quote", lambda c: f"\"We were told it would take {c.r.randint(2, 12)} weeks,\" {c.rel()} said, \"and it took {c.r.randint(2, 12)}.\"")


# ---------------------------------------------------------------------------

TARGETS = {
    "person_name": 260, "street_address": 46, "postal_code": 44,
    "geolocation": 42, "exact_date": 60, "date_of_birth": 46,
    "age_over_89": 44, "phone_number": 52, "email": 46, "web_address": 44,
    "ip_address": 42, "social_account": 48, "resident_id": 44,
    "national_id": 48, "passport_number": 46, "medical_record_number": 46,
    "health_plan_number": 44, "account_number": 46, "licence_number": 44,
    "vehicle_identifier": 44, "device_identifier": 44, "other_number": 46,
    "mixed": 70,
}
CLEAN_TARGET = 1180

KIND_ORDER = ["person_name", "street_address", "postal_code", "geolocation",
              "exact_date", "date_of_birth", "age_over_89", "phone_number",
              "email", "web_address", "ip_address", "social_account",
              "resident_id", "national_id", "passport_number",
              "medical_record_number", "health_plan_number", "account_number",
              "licence_number", "vehicle_identifier", "device_identifier",
              "other_number"]


def build(fn, rng):
    c = Ctx(rng)
    s = fn(c)
    return s, c.kinds


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()

    def put(cat, s, kinds):
        if not s or s in seen or "\t" in s or "\n" in s:
            return False
        seen.add(s)
        k = ",".join(x for x in KIND_ORDER if x in kinds) or "-"
        rows.append((cat, k, s))
        return True

    for group, target in TARGETS.items():
        temps = TEMPLATES[group]
        made, i, tries = 0, 0, 0
        while made < target and tries < target * 50:
            cat, fn = temps[i % len(temps)] if i < len(temps) * 2 else rng.choice(temps)
            i += 1
            tries += 1
            s, kinds = build(fn, rng)
            if group != "mixed":
                assert group in kinds, (group, s)
            if put(cat, s, kinds):
                made += 1

    made, i, tries = 0, 0, 0
    while made < CLEAN_TARGET and tries < CLEAN_TARGET * 60:
        cat, fn = CLEAN[i % len(CLEAN)] if i < len(CLEAN) * 3 else rng.choice(CLEAN)
        i += 1
        tries += 1
        s, kinds = build(fn, rng)
        assert not kinds, (cat, s)
        s = s[0].upper() + s[1:] if cat not in ("clean_message",) else s
        if put(cat, s, kinds):
            made += 1

    rng.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, k, s in rows:
            fh.write(f"{cat}\t{k}\t{s}\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
