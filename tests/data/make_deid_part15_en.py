#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 15 (English).

What it is
----------
This script writes ``deid_generated_en_heldout15.tsv`` next to itself: about
2,500 English sentences of the kind a hospital that treats international
patients publishes (case stories told by editors, quotes from patients and
relatives, clinicians' remarks, photo captions, timeline entries) or receives
(contact-form messages, often informal, with typos and mixed Chinese/Russian
words).  Roughly 1,150 rows are clean and roughly 1,350 hold at least one
identifier.  Columns: ``category``, ``expected_kinds`` (comma-separated, or
``-`` for clean rows) and ``sentence``.

How it was written
------------------
The templates, name pools and number formats were written from general
knowledge of how such texts and documents look in Kazakhstan, Russia, Central
Asia, Mongolia, the Middle East, Southeast Asia, Europe, Africa and China.
The author did not read the scanner, its tests, its benchmark data or any
earlier corpus part.  Generation uses only the standard library with a fixed
seed, so the output is identical on every run.

Judgement calls in the labels
-----------------------------
* A Chinese 18-character resident ID is labelled ``resident_id`` only, even
  though it embeds a birth date; the wrong-check-digit and spaced variants are
  still ``resident_id``.
* Links to social-network profiles (Instagram, Weibo, VK, Douyin, t.me, ...)
  are ``social_account`` only; crowdfunding pages, personal blogs and personal
  homepages are ``web_address``.
* A professional licence / practising-certificate number is always given with
  the clinician's name, so those rows carry ``licence_number,person_name``.
* Visa numbers, ticket / booking references, court and charity case numbers,
  employee and student numbers are ``other_number``.  Insurance claim numbers
  are ``other_number``; insurance member / policy / card numbers are
  ``health_plan_number``.
* A street address that also carries a postcode is labelled
  ``street_address,postal_code``; a postcode on its own is ``postal_code``.
  City, province and country names alone are never labelled.
* Ages of 90 and above in any wording ("ninety-two", "a nonagenarian",
  "in his late nineties", "a centenarian") are ``age_over_89``; 89 and below
  are clean.  Decades ("in her eighties") are clean.
* Month-and-year dates and years alone are clean; a day with or without a
  year is ``exact_date``; a birth day is ``date_of_birth`` (not also
  ``exact_date``).
* Letter aliases ("Ms. A", "Patient K", "患者张某") and relations without
  names are clean.  Hospital and institution names that contain a historical
  person's name (e.g. Sun Yat-sen University Cancer Center) are clean, as are
  eponymous diseases, scores and book titles.
* Names that are part of an e-mail address, social handle or URL are not
  labelled ``person_name`` separately; the row carries only ``email``,
  ``social_account`` or ``web_address``.  A phone number followed by
  "(WhatsApp too)" is ``phone_number`` only.
* Public service numbers (120, 112, 103), lift, floor and bus-line numbers
  in clean rows are not personal identifiers.  Trial registry numbers
  (NCT, ChiCTR, ISRCTN, EudraCT) and ICD / ATC codes are clean.
* Given names that are also ordinary English words (Grace, Hope, Blessing,
  Sunny, ...) are labelled ``person_name`` when used as a name; in clean rows
  such words appear only in their ordinary sense.
"""

import os
import random

SEED = 15_2024_0615
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_en_heldout15.tsv")


def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(s):
    return " ".join(WORDS[int(c)] if c.isdigit() else c for c in s if c.strip())


def letters(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- names
KZ_M = ["Yerlan", "Nurlan", "Daulet", "Askar", "Bauyrzhan", "Timur", "Arman", "Serik", "Yerzhan", "Marat", "Olzhas", "Dias"]
KZ_F = ["Aigerim", "Aigul", "Dana", "Gulnara", "Saule", "Zhanar", "Madina", "Ainur", "Akmaral", "Dinara", "Togzhan", "Assel"]
KZ_S = ["Nurlanov", "Seitkali", "Abenov", "Zhakupov", "Omarov", "Kassymov", "Baimukhanov", "Sarsenbayev", "Iskakov", "Mukhametov", "Temirkhanov", "Dzhaksybekov"]
RU_M = ["Sergei", "Dmitry", "Alexei", "Nikolai", "Vladimir", "Andrei", "Pavel", "Igor", "Mikhail", "Yuri", "Konstantin", "Grigory"]
RU_F = ["Irina", "Natalia", "Olga", "Svetlana", "Tatiana", "Yelena", "Marina", "Anna", "Lyudmila", "Vera", "Ksenia", "Galina"]
RU_S = ["Volkov", "Petrov", "Sokolov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Fedorov", "Zaitsev", "Belousov", "Gromov"]
CA_M = ["Rustam", "Bakhtiyor", "Jamshid", "Sherzod", "Farrukh", "Azamat", "Nurbek", "Firdavs", "Davron", "Ulugbek", "Bekzod"]
CA_F = ["Dilnoza", "Nilufar", "Gulnora", "Malika", "Zarina", "Aizhan", "Mehrinisso", "Shahnoza", "Cholpon", "Nigora"]
CA_S = ["Karimov", "Yusupov", "Rakhimov", "Tursunov", "Abdullaev", "Mamatov", "Sadykov", "Nazarov", "Rahmonov", "Ergashev", "Toktogulov"]
MN_G = ["Batbayar", "Enkhjargal", "Oyunchimeg", "Ganbold", "Bolormaa", "Tuvshinbayar", "Munkhzul", "Altangerel", "Sarangerel", "Erdenebat", "Nomin", "Khulan", "Temuulen"]
MN_P = ["Dorj", "Tseveen", "Baatar", "Gantulga", "Purev", "Sukhbat", "Luvsan", "Otgon", "Damdin"]
ME_M = ["Omar", "Ahmad", "Khalid", "Yousef", "Hassan", "Karim", "Tariq", "Reza", "Mehmet", "Faisal", "Saeed"]
ME_F = ["Fatima", "Leila", "Noor", "Mariam", "Huda", "Zeynep", "Samira", "Rania", "Layla", "Parisa"]
ME_S = ["Al-Harbi", "Haddad", "Karimi", "Nasser", "Al-Sayed", "Hosseini", "Demir", "Khoury", "Al-Mansouri", "Qasim", "Yilmaz", "Al-Shammari"]
SEA = ["Nguyen Thi Lan", "Tran Van Minh", "Siti Rahmah binti Abdullah", "Somchai Wongsakul", "Maria Santos", "Ahmad Fauzi",
       "Pham Quoc Bao", "Nur Aisyah", "Kittipong Srisuk", "Dewi Lestari", "Le Thi Hoa", "Jose Reyes", "Aung Ko Ko",
       "Sokha Chan", "Rizal Hakim", "Malee Chaiyaporn", "Vo Thanh Tam", "Mohd Hafiz bin Ismail", "Ma Thida", "Bounmy Phommachanh"]
EU_M = ["Lukas", "Luca", "Tomasz", "Jan", "Pierre", "Henrik", "Miguel", "Stefan", "Matteo", "Bogdan"]
EU_F = ["Hanna", "Marta", "Sofia", "Claire", "Ingrid", "Elena", "Katarzyna", "Annika", "Ioana", "Petra"]
EU_S = ["Schmidt", "Bianchi", "Kowalski", "Novak", "Dubois", "Lindqvist", "Fernandez", "Weber", "Jansen", "Horvat", "Popescu", "Gallagher"]
AF_M = ["Chidi", "Tesfaye", "Kwame", "Mamadou", "Juma", "Tendai", "Emeka", "Abdi", "Kofi", "Sipho"]
AF_F = ["Amina", "Ngozi", "Aisha", "Fatou", "Wanjiru", "Zodwa", "Adaeze", "Nana", "Makena", "Halima"]
AF_S = ["Okafor", "Bekele", "Mensah", "Diallo", "Mwangi", "Moyo", "Nwosu", "Haile", "Ouedraogo", "Banda", "Adeyemi", "Kamara"]
CN_S = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Tang", "Song"]
CN_G = ["Xiuying", "Wei", "Na", "Jianguo", "Min", "Jing", "Lei", "Guilan", "Haitao", "Xiaomei", "Zhiqiang", "Yufei", "Ping",
        "Jun", "Shulan", "Dongmei", "Chunhua", "Wenbo", "Tingting", "Jiahui", "Zihan", "Guoqiang", "Lihua", "Yanling"]
CN_HAN = ["王秀英", "张伟", "李娜", "刘建国", "陈敏", "杨静", "黄海涛", "赵桂兰", "吴志强", "周晓梅", "徐平", "孙淑兰", "马东梅",
          "朱文博", "胡婷婷", "郭春华", "何俊", "林雨菲", "罗磊", "高志明", "唐丽华", "宋国强"]
CN_MIN = ["Abdurehim Tursun", "Gulnar Ablimit", "Mukhtar Ismail", "Patigul Memet", "Tenzin Dorje", "Pema Yangzom",
          "Dawa Tsering", "Ayixiamu Aili", "Bater Wuritu", "Nurgul Kasim"]
WORDLIKE = ["Hope", "Joy", "Grace", "Faith", "Rose", "Sunny", "Hunter", "Bill", "Mercy", "Precious", "Blessing",
            "Summer", "Gift", "Patience", "Charity", "Autumn", "Chance", "Rich", "Will", "Dawn"]
NICK = ["Sasha", "Dima", "Lena", "Kolya", "Xiao Mei", "Lao Zhang", "Baba Aigul", "Apa Saule", "Auntie Ngozi",
        "Uncle Rustam", "Xiao Liu", "Papa Kwame", "Nana Fatou", "Tolya", "Ahmadjon", "A-Hui", "Dudu", "Mimi"]
WORDLIKE_S = ["Mensah", "Okafor", "Banda", "Moyo", "Santos", "Reyes", "Gallagher", "Weber", "Mwangi", "Adeyemi"]


def fem(s):
    if s.endswith("ov") or s.endswith("ev") or s.endswith("in"):
        return s + "a"
    return s


def full_name(region=None, sex=None):
    region = region or pick(["kz", "ru", "ca", "mn", "me", "sea", "eu", "af", "cn", "cn", "cnh", "cnm", "word"])
    sex = sex or pick("MF")
    if region == "kz":
        g = pick(KZ_M if sex == "M" else KZ_F)
        s = pick(KZ_S)
        return f"{g} {fem(s) if sex == 'F' else s}", g, (fem(s) if sex == "F" else s)
    if region == "ru":
        g = pick(RU_M if sex == "M" else RU_F)
        s = pick(RU_S)
        s = fem(s) if sex == "F" else s
        return f"{g} {s}", g, s
    if region == "ca":
        g = pick(CA_M if sex == "M" else CA_F)
        s = pick(CA_S)
        s = fem(s) if sex == "F" else s
        return f"{g} {s}", g, s
    if region == "mn":
        g = pick(MN_G)
        p = pick(MN_P)
        return f"{p[0]}. {g}", g, g
    if region == "me":
        g = pick(ME_M if sex == "M" else ME_F)
        s = pick(ME_S)
        return f"{g} {s}", g, s
    if region == "sea":
        n = pick(SEA)
        parts = n.split()
        return n, parts[-1], parts[0]
    if region == "eu":
        g = pick(EU_M if sex == "M" else EU_F)
        s = pick(EU_S)
        if sex == "F" and s == "Kowalski":
            s = "Kowalska"
        return f"{g} {s}", g, s
    if region == "af":
        g = pick(AF_M if sex == "M" else AF_F)
        s = pick(AF_S)
        return f"{g} {s}", g, s
    if region == "cn":
        s = pick(CN_S)
        g = pick(CN_G)
        return f"{s} {g}", g, s
    if region == "cnh":
        n = pick(CN_HAN)
        return n, n[1:], n[0]
    if region == "cnm":
        n = pick(CN_MIN)
        return n, n.split()[0], n.split()[-1]
    g = pick(WORDLIKE)
    s = pick(WORDLIKE_S)
    return f"{g} {s}", g, s


def any_name():
    """A person name in one of many surface forms."""
    full, given, fam = full_name()
    form = R.random()
    if form < 0.45:
        return full
    if form < 0.6:
        return given
    if form < 0.72:
        return full.lower() if R.random() < 0.5 else full.upper()
    if form < 0.85:
        return pick(NICK)
    return f"{pick(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Madam', 'Mr'])} {fam}"


def clinician():
    full, given, fam = full_name(pick(["cn", "cn", "cn", "cnh", "ru", "kz", "eu", "me", "af"]))
    f = R.random()
    if f < 0.4:
        return f"Dr. {fam}"
    if f < 0.6:
        return f"Dr {full}"
    if f < 0.75:
        return f"Professor {fam}"
    if f < 0.88:
        return f"{full}, MD"
    return f"Prof. {full}"


def patient_name():
    full, given, fam = full_name(pick(["kz", "ru", "ca", "mn", "me", "sea", "eu", "af", "cn", "cnh", "cnm"]))
    f = R.random()
    if f < 0.55:
        return full
    if f < 0.8:
        return given
    if f < 0.9:
        return full.upper()
    return full.lower()


COUNTRY_CITY = [("Kazakhstan", "Almaty"), ("Kazakhstan", "Astana"), ("Kazakhstan", "Shymkent"), ("Russia", "Novosibirsk"),
                ("Russia", "Irkutsk"), ("Russia", "Vladivostok"), ("Uzbekistan", "Tashkent"), ("Kyrgyzstan", "Bishkek"),
                ("Tajikistan", "Dushanbe"), ("Mongolia", "Ulaanbaatar"), ("Jordan", "Amman"), ("Iraq", "Erbil"),
                ("the UAE", "Dubai"), ("Iran", "Mashhad"), ("Vietnam", "Hanoi"), ("Thailand", "Chiang Mai"),
                ("Malaysia", "Kuala Lumpur"), ("Indonesia", "Surabaya"), ("the Philippines", "Cebu"),
                ("Poland", "Krakow"), ("Germany", "Hamburg"), ("Nigeria", "Lagos"), ("Kenya", "Nairobi"),
                ("Ethiopia", "Addis Ababa"), ("Ghana", "Kumasi"), ("Turkey", "Izmir"), ("Myanmar", "Mandalay")]
CN_CITY = ["Urumqi", "Kashgar", "Harbin", "Chengdu", "Kunming", "Lanzhou", "Hohhot", "Xi'an", "Guangzhou", "Wuhan",
           "Changsha", "Nanning", "Hefei", "Jinan", "Shenyang", "Guiyang", "Lhasa", "Xining", "Yinchuan", "Fuzhou"]
DEPTS = ["cardiology", "neurosurgery", "paediatric oncology", "the liver transplant unit", "orthopaedics",
         "the burns unit", "haematology", "thoracic surgery", "the stroke unit", "nephrology", "ophthalmology",
         "the rehabilitation ward", "obstetrics", "the ICU", "ENT", "endocrinology", "urology", "the pain clinic"]
HOSPITALS = ["Peking Union Medical College Hospital", "West China Hospital", "Ruijin Hospital", "Xiangya Hospital",
             "Sun Yat-sen University Cancer Center", "Tongji Hospital", "the First Affiliated Hospital of Xinjiang Medical University",
             "Huashan Hospital", "Queen Mary Hospital", "Beijing Tiantan Hospital", "Zhongshan Hospital",
             "Fuwai Hospital", "Shanghai Children's Medical Center", "the Second Xiangya Hospital"]
CONDITIONS = ["a ruptured aneurysm", "acute myeloid leukaemia", "tetralogy of Fallot", "a glioblastoma", "end-stage renal disease",
              "a comminuted femur fracture", "biliary atresia", "severe scoliosis", "a thyroid nodule", "retinoblastoma",
              "dilated cardiomyopathy", "a cleft palate", "hepatocellular carcinoma", "a spinal cord tumour",
              "Crohn's disease", "diabetic foot ulcers", "congenital cataracts", "a pituitary adenoma"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def exact_date(year_lo=2016, year_hi=2024, allow_no_year=True):
    y = R.randint(year_lo, year_hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    forms = [
        f"{d} {MONTHS[m-1]} {y}", f"{MONTHS[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}/{m:02d}/{y}", f"{y}年{m}月{d}日", f"{d}-{MON3[m-1]}-{y}", f"{MON3[m-1]}. {d} {y}",
        f"{fullwidth(str(y))}-{fullwidth(f'{m:02d}')}-{fullwidth(f'{d:02d}')}", f"{d} {ROMAN[m-1]} {y}",
        f"{y}/{m}/{d}", f"{fullwidth(str(y))}年{fullwidth(str(m))}月{fullwidth(str(d))}日",
    ]
    if allow_no_year:
        forms += [f"{MONTHS[m-1]} {d}", f"{d} {MONTHS[m-1]}", f"the {ordinal(d)} of {MONTHS[m-1]}",
                  f"{MON3[m-1]} {ordinal(d)}", f"{m}月{d}日"]
    return pick(forms)


def birth_date():
    y = R.randint(1932, 2021)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return pick([f"{d} {MONTHS[m-1]} {y}", f"{MONTHS[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
                 f"{d:02d}/{m:02d}/{y}", f"{y}年{m}月{d}日", f"{d:02d}-{MON3[m-1].upper()}-{y}",
                 f"{m}/{d}/{str(y)[2:]}", f"{fullwidth(f'{d:02d}.{m:02d}.{y}')}", f"{y}.{m:02d}.{d:02d}",
                 f"the {ordinal(d)} of {MONTHS[m-1]} {y}", f"{y}{m:02d}{d:02d}"]), y


# ---------------------------------------------------------------- identifier values
NUMWORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
            95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
            100: "one hundred", 101: "one hundred and one", 102: "one hundred and two", 103: "one hundred and three"}


def phone():
    f = R.randint(0, 17)
    if f == 0:
        return f"+7 {pick(['701', '705', '707', '747', '777'])} {digits(3)} {digits(4)}"
    if f == 1:
        return f"+7 ({pick(['912', '923', '950', '983', '914'])}) {digits(3)}-{digits(2)}-{digits(2)}"
    if f == 2:
        return f"8 {pick(['702', '775', '708'])} {digits(3)} {digits(2)} {digits(2)}"
    if f == 3:
        return f"+998 {pick(['90', '93', '97', '99'])} {digits(3)} {digits(2)} {digits(2)}"
    if f == 4:
        return f"+976 {pick(['88', '99', '95'])}{digits(2)} {digits(4)}"
    if f == 5:
        return f"+86 1{pick('3589')}{digits(1)} {digits(4)} {digits(4)}"
    if f == 6:
        return f"1{pick('3589')}{digits(1)}-{digits(4)}-{digits(4)}"
    if f == 7:
        return f"0086 1{pick('3589')}{digits(9)}"
    if f == 8:
        return f"+971 5{pick('0256')} {digits(3)} {digits(4)}"
    if f == 9:
        return f"+84 9{digits(2)} {digits(3)} {digits(3)}"
    if f == 10:
        return f"+49 {pick(['30', '40', '89'])} {digits(7)}"
    if f == 11:
        return f"+234 80{pick('3678')} {digits(3)} {digits(4)}"
    if f == 12:
        return f"({pick(['0991', '0471', '028', '0871'])}) {digits(4)}-{digits(4)}"
    if f == 13:
        return fullwidth(f"1{pick('3589')}{digits(9)}")
    if f == 14:
        return f"+996 {pick(['555', '700', '772'])} {digits(3)} {digits(3)}"
    if f == 15:
        return f"00 962 7{pick('789')} {digits(3)} {digits(4)}"
    if f == 16:
        return f"+254 7{digits(2)} {digits(3)} {digits(3)}"
    return f"1{pick('3589')}{digits(1)}.{digits(4)}.{digits(4)}"


def local_phone_spelt():
    return spell("1" + pick("3589") + digits(9))


def email():
    full, given, fam = full_name(pick(["kz", "ru", "ca", "me", "eu", "af", "cn", "sea"]))
    g = given.lower().replace(" ", "").replace("-", "")
    s = fam.lower().replace(" ", "").replace("-", "").replace(".", "")
    user = pick([f"{g}.{s}", f"{g}{s[:1]}{R.randint(70, 99)}", f"{s}_{g[:1]}", f"{g}{R.randint(1, 999)}",
                 f"{s}.{g}.{R.randint(60, 99)}", f"{g[:1]}{s}"])
    dom = pick(["mail.ru", "yandex.ru", "gmail.com", "mail.kz", "inbox.kz", "163.com", "qq.com", "outlook.com",
                "yahoo.com", "hotmail.co.uk", "icloud.com", "126.com", "bk.ru", "gmx.de", "ymail.com"])
    f = R.random()
    if dom == "qq.com" and R.random() < 0.6:
        user = nz_digits(R.randint(8, 10))
    if f < 0.68:
        return f"{user}@{dom}"
    if f < 0.78:
        return f"{user} at {dom.replace('.', ' dot ')}"
    if f < 0.88:
        return f"{user}[at]{dom}"
    if f < 0.94:
        return f"{user} (at) {dom}"
    return f"{user.upper()}@{dom.upper()}"


def web_address():
    slug = pick(["help-", "save-", "support-", "hope-for-", "a-new-heart-for-", "surgery-for-", "treatment-for-"])
    full, given, fam = full_name(pick(["kz", "ru", "ca", "mn", "me", "eu", "af", "sea"]))
    nm = given.lower().replace(" ", "-")
    fm = fam.lower().replace(" ", "-").replace(".", "")
    f = R.randint(0, 9)
    if f == 0:
        return f"https://www.gofundme.com/f/{slug}{nm}-{fm}"
    if f == 1:
        return f"gofundme.com/f/{slug}{nm}"
    if f == 2:
        return f"https://www.shuidichou.com/project/{digits(8)}"
    if f == 3:
        return f"https://{nm}{fm}.blogspot.com"
    if f == 4:
        return f"www.{nm}-{fm}.com"
    if f == 5:
        return f"https://www.linkedin.com/in/{nm}-{fm}-{digits(3)}"
    if f == 6:
        return f"https://www.justgiving.com/crowdfunding/{slug}{nm}"
    if f == 7:
        return f"https://{nm}{digits(2)}.wordpress.com/my-treatment-diary"
    if f == 8:
        return f"https://www.researchgate.net/profile/{nm.capitalize()}-{fm.capitalize()}"
    return f"http://www.{fm}family.net/{nm}"


def ip_address():
    f = R.random()
    if f < 0.7:
        return f"{R.randint(31, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if f < 0.82:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    return "2a02:" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(5)) + "::" + f"{R.randint(1, 4095):x}"


def handle():
    full, given, fam = full_name(pick(["kz", "ru", "ca", "mn", "me", "af", "cn", "sea"]))
    g = given.lower().replace(" ", "")
    s = fam.lower().replace(" ", "").replace("-", "").replace(".", "")
    return pick([f"{g}_{s}", f"{g}{R.randint(80, 2010)}", f"{s}.{g[:3]}", f"{g}_mama_{R.randint(1, 99)}",
                 f"the_real_{g}", f"{g}{s[:2]}_{digits(2)}", f"{s}{g}"])


def social():
    h = handle()
    f = R.randint(0, 11)
    if f == 0:
        return f"WeChat ID {h}", "wechat"
    if f == 1:
        return f"WeChat: wxid_{letters(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}", "wechat"
    if f == 2:
        return f"QQ {nz_digits(R.randint(8, 10))}", "qq"
    if f == 3:
        return f"Instagram @{h}", "ig"
    if f == 4:
        return f"https://www.instagram.com/{h}/", "ig"
    if f == 5:
        return f"Telegram @{h}", "tg"
    if f == 6:
        return f"t.me/{h}", "tg"
    if f == 7:
        return f"Douyin @{h}", "dy"
    if f == 8:
        return f"weibo.com/u/{nz_digits(10)}", "wb"
    if f == 9:
        return f"vk.com/{h}", "vk"
    if f == 10:
        return f"TikTok @{h}", "tt"
    return f"Douyin ID {letters(2, 'abcdefghijklmnopqrstuvwxyz')}{digits(8)}", "dy"


CN_ROADS = ["Jianguo Road", "Renmin South Road", "Youhao North Road", "Zhongshan Avenue", "Jiefang West Road",
            "Huanghe Street", "Changjiang Road", "Xinhua Street", "Beijing Middle Road", "Heping Avenue"]
CN_DIST = ["Chaoyang District", "Tianshan District", "Jinjiang District", "Nangang District", "Wuhou District",
           "Xincheng District", "Tianhe District", "Shayibake District", "Yuhua District", "Panlong District"]
HAN_ADDR = ["北京市朝阳区建国路{n}号{b}号楼{r}室", "新疆乌鲁木齐市天山区解放南路{n}号", "四川省成都市武侯区人民南路四段{n}号{b}栋{r}",
            "黑龙江省哈尔滨市南岗区西大直街{n}号", "云南省昆明市盘龙区北京路{n}号{b}单元{r}室", "广东省广州市天河区体育西路{n}号{r}房",
            "内蒙古呼和浩特市新城区中山东路{n}号", "甘肃省兰州市城关区东岗西路{n}号{b}号楼"]


def street_address():
    n = R.randint(1, 240)
    b = R.randint(1, 24)
    r = R.randint(1, 28) * 100 + R.randint(1, 12)
    f = R.randint(0, 13)
    if f == 0:
        return f"Flat {R.randint(1, 160)}, {n} Abay Avenue, Almaty"
    if f == 1:
        return f"ul. {pick(['Lenina', 'Gagarina', 'Sovetskaya', 'Mira', 'Pushkina'])} {n}, kv. {R.randint(1, 200)}"
    if f == 2:
        return f"Room {r}, Building {b}, {n} {pick(CN_ROADS)}, {pick(CN_DIST)}"
    if f == 3:
        return pick(HAN_ADDR).format(n=n, b=b, r=r)
    if f == 4:
        return f"{pick(['Khan-Uul', 'Bayanzurkh', 'Sukhbaatar', 'Chingeltei'])} district, {R.randint(1, 20)}th khoroo, building {R.randint(1, 90)}, apartment {R.randint(1, 120)}"
    if f == 5:
        return f"{n} {pick(['Amir Temur', 'Navoi', 'Mustaqillik', 'Bobur'])} Street, apt {R.randint(1, 90)}"
    if f == 6:
        return f"{pick(['Villa', 'House'])} {R.randint(1, 60)}, Street {R.randint(1, 40)}, {pick(['Al Barsha 2', 'Jumeirah 1', 'Al Nahda'])}"
    if f == 7:
        return f"{R.randint(1, 300)} Nguyen Trai, Ward {R.randint(1, 15)}, District {R.randint(1, 12)}"
    if f == 8:
        return f"{pick(['Hauptstrasse', 'Lindenweg', 'Bahnhofstrasse'])} {n}"
    if f == 9:
        return f"{pick(['Plot', 'House No.'])} {n}, {pick(['Adeola Odeku Street', 'Ngong Road', 'Bole Road', 'Ring Road East'])}"
    if f == 10:
        return f"mkr. Samal-{R.randint(1, 3)}, d. {R.randint(1, 120)}, kv. {R.randint(1, 90)}"
    if f == 11:
        return f"No. {n}, Lane {R.randint(1, 900)}, {pick(CN_ROADS)}"
    if f == 12:
        return f"{R.randint(1, 40)} Jalan {pick(['Ampang', 'Tun Razak', 'Bukit Bintang'])}, {R.randint(1, 30)}-{R.randint(1, 12)}"
    return f"Unit {R.randint(1, 30)}-{R.randint(1, 12)}, Block {pick('ABCDE')}, {pick(['Samal Towers', 'Green Garden Residence', 'Riverside Complex'])}"


def postal_code():
    return pick([f"{pick(['050', '010', '100', '160'])}0{digits(2)}",  # KZ 6-digit
                 f"{pick(['630', '664', '690', '620'])}{digits(3)}",  # RU
                 f"{pick(['100', '830', '610', '510', '150', '650'])}{digits(3)}",  # CN
                 f"{pick(['1', '2', '8'])}{digits(4)}",  # DE-like 5 digit
                 f"{pick(['SW1A', 'M14', 'EH8', 'B15'])} {R.randint(1, 9)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}",
                 f"{pick(['7000', '1400', '5000'])}{digits(2)}"[0:6]])


def geo():
    lat = R.uniform(-10, 55)
    lon = R.uniform(20, 130)
    f = R.randint(0, 5)
    if f == 0:
        return f"{lat:.4f}, {lon:.4f}"
    if f == 1:
        return f"lat {lat:.5f}, long {lon:.5f}"
    if f == 2:
        dl, ml = int(abs(lat)), int((abs(lat) % 1) * 60)
        dn, mn_ = int(lon), int((lon % 1) * 60)
        return f"{dl}°{ml:02d}′{R.randint(0, 59):02d}″{'N' if lat >= 0 else 'S'} {dn}°{mn_:02d}′{R.randint(0, 59):02d}″E"
    if f == 3:
        return f"N{abs(lat):.5f} E{lon:.5f}"
    if f == 4:
        return f"({lat:.6f}, {lon:.6f})"
    return f"{lat:.4f}° {'N' if lat >= 0 else 'S'}, {lon:.4f}° E"


def passport():
    f = R.randint(0, 10)
    return [
        f"N{digits(8)}", f"{digits(2)} {digits(7)}", f"E{digits(8)}", f"EA{digits(7)}", f"FA{digits(7)}",
        f"{nz_digits(9)}", f"C{letters(1, 'FGHJK')}{digits(2)}{letters(1, 'CFGHJK')}{letters(2, 'LMNPR')}{digits(1)}",
        f"P{digits(7)}", f"A{digits(8)}", f"U{digits(8)}", f"E {digits(4)} {digits(4)}",
    ][f]


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def national_id():
    f = R.randint(0, 11)
    yy = R.randint(40, 99)
    mm = R.randint(1, 12)
    dd = R.randint(1, 28)
    if f == 0:
        return f"{yy:02d}{mm:02d}{dd:02d}{pick('3456')}{digits(5)}", "IIN"
    if f == 1:
        return f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}", "SNILS"
    if f == 2:
        return f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}", "SSN"
    if f == 3:
        return f"{pick('34')}{dd:02d}{mm:02d}{yy:02d}{digits(8)}", "PINFL"
    if f == 4:
        return f"{pick(['UB', 'ЧБ', 'УБ', 'ЕЮ'])}{yy:02d}{mm:02d}{dd:02d}{digits(2)}", "register number"
    if f == 5:
        return f"{pick('1358')}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}", "Thai ID"
    if f == 6:
        return f"{yy:02d}{mm:02d}{dd:02d}-{R.randint(1, 16):02d}-{digits(4)}", "MyKad"
    if f == 7:
        return f"784-19{yy:02d}-{digits(7)}-{digits(1)}", "Emirates ID"
    if f == 8:
        return f"0{digits(11)}", "CCCD"
    if f == 9:
        return f"35{digits(2)}{digits(2)}{dd + pick([0, 40]):02d}{mm:02d}{yy:02d}{digits(4)}", "NIK"
    if f == 10:
        return f"{nz_digits(11)}", "NIN"
    return f"{pick('12')}{dd:02d}{mm:02d}19{yy:02d}{digits(5)}", "PIN"


RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RID_C = "10X98765432"


def resident_id(wrong=False):
    area = pick(["110105", "650102", "510107", "230103", "530102", "440106", "150102", "620102", "652801", "420106", "320102"])
    y = R.randint(1938, 2020)
    body = f"{area}{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    chk = RID_C[sum(int(a) * b for a, b in zip(body, RID_W)) % 11]
    if wrong:
        chk = pick([c for c in "0123456789X" if c != chk])
    rid = body + chk
    f = R.random()
    if f < 0.6:
        return rid
    if f < 0.75:
        return f"{rid[:6]} {rid[6:14]} {rid[14:]}"
    if f < 0.85:
        return fullwidth(rid)
    if f < 0.93:
        return f"{rid[:6]} {rid[6:10]} {rid[10:14]} {rid[14:]}"
    return rid.lower() if rid.endswith("X") else rid


def mrn():
    f = R.randint(0, 9)
    return [
        f"{digits(8)}", f"ZY{R.randint(2018, 2024)}-{digits(6)}", f"{digits(7)}", f"H-{digits(6)}",
        f"{R.randint(2018, 2024)}A{digits(5)}", f"IP{digits(9)}", f"{digits(3)} {digits(3)} {digits(2)}",
        fullwidth(digits(8)), f"M{digits(2)}.{digits(3)}.{digits(3)}", f"0{digits(9)}",
    ][f]


def health_plan():
    f = R.randint(0, 9)
    return [
        f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}",  # RU OMS 16 digits
        f"AXA-{letters(2)}-{digits(8)}", f"W{digits(9)}", f"{letters(3)}{digits(9)}",
        f"{digits(10)}", f"GP-{digits(3)}-{digits(5)}-{digits(2)}", f"{digits(2)}{letters(1)}{digits(7)}",
        f"CN{digits(12)}", f"{digits(3)}-{digits(4)}-{digits(4)}", f"NHIS/{digits(7)}",
    ][f]


def account():
    f = R.randint(0, 8)
    return [
        f"KZ{digits(2)} {digits(3)}K ZT{digits(2)} {digits(4)} {digits(4)}",
        f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
        f"6222 {digits(4)} {digits(4)} {digits(4)} {digits(3)}",
        f"4081 7810 {digits(4)} {digits(4)} {digits(4)}",
        f"{digits(20)}",
        f"AE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(3)}",
        f"4{digits(3)}-{digits(4)}-{digits(4)}-{digits(4)}",
        f"6217{digits(15)}",
        f"GB{digits(2)} {pick(['BARC', 'LOYD', 'HSBC'])} {digits(4)} {digits(4)} {digits(2)}",
    ][f]


def driving_licence():
    return pick([f"AB{digits(6)}", f"{digits(2)} {digits(2)} {digits(6)}", f"{digits(12)}",
                 f"KZ {letters(2)} {digits(6)}", f"B{digits(8)}", f"{letters(5)}{digits(6)}{letters(2)}{digits(1)}{letters(2)}"])


def prof_licence():
    return pick([f"{digits(15)}", f"110{digits(12)}", f"GMC {nz_digits(7)}", f"MDCN/R/{digits(5)}",
                 f"No. {letters(2)}-{digits(6)}", f"{digits(4)}-{digits(4)}-{digits(3)}", f"DHA-P-{digits(7)}"])


PLATE_PROV = "京沪粤川新蒙黑云甘湘鄂苏浙"


def vehicle():
    f = R.randint(0, 8)
    if f == 0:
        return f"{pick(PLATE_PROV)}{pick('ABCDEF')}·{digits(5)}"
    if f == 1:
        return f"{pick(PLATE_PROV)}{pick('ABCDEF')} {letters(1)}{digits(1)}{letters(1)}{digits(2)}"
    if f == 2:
        return f"{digits(3)} {letters(3, 'ABCDEHKMOPTXY')} {pick(['02', '01', '17', '05'])}"
    if f == 3:
        return f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {pick(['77', '54', '38', '125'])}"
    if f == 4:
        return f"{pick(['LSG', 'LFV', 'WVW', 'JTD', 'KMH', 'XTA'])}{letters(3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{digits(2)}{letters(1)}{digits(1)}{letters(1)}{digits(6)}"
    if f == 5:
        return f"{digits(4)} {pick(['УБА', 'УНЕ', 'УБЕ'])}"
    if f == 6:
        return f"{pick(PLATE_PROV)}{pick('ABCDEF')}{letters(1)}{digits(4)}"
    if f == 7:
        return f"{digits(2)} {letters(1)} {digits(3)} {letters(2)}"
    return f"{pick(['B', 'W', 'L'])} {digits(4)} {letters(3)}"


def device_id():
    f = R.randint(0, 8)
    if f == 0:
        return f"{letters(3)}{digits(6)}{letters(1)}", "serial number"
    if f == 1:
        im = digits(14)
        for c in "0123456789":
            if luhn_ok(im + c):
                im += c
                break
        return f"{im[:2]} {im[2:8]} {im[8:14]} {im[14]}", "IMEI"
    if f == 2:
        return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6)), "MAC address"
    if f == 3:
        return f"NG{digits(7)}H", "serial number"
    if f == 4:
        return f"SN {digits(4)}-{digits(4)}-{digits(2)}", "serial number"
    if f == 5:
        return f"{digits(15)}", "IMEI"
    if f == 6:
        return "-".join(f"{R.randint(0, 255):02x}" for _ in range(6)), "MAC address"
    if f == 7:
        return f"{letters(2)}{digits(8)}", "serial number"
    return f"UDI (21){letters(1)}{digits(7)}", "serial number"


def other_number():
    f = R.randint(0, 11)
    return [
        (f"booking reference {letters(6)}", "booking"), (f"ticket number {digits(3)}-{digits(10)}", "ticket"),
        (f"visa no. {letters(1)}{digits(8)}", "visa"), (f"case number {R.randint(2019, 2024)}-{digits(5)}", "case"),
        (f"employee number {letters(1)}{digits(5)}", "employee"), (f"student ID {digits(10)}", "student"),
        (f"train ticket {letters(1)}{digits(6)}{digits(3)}", "ticket"), (f"claim no. CLM-{digits(8)}", "claim"),
        (f"application number SD{digits(2)}-{digits(5)}", "charity"), (f"order number {digits(12)}", "order"),
        (f"invitation letter no. IL-{digits(6)}", "visa"), (f"work-permit number {digits(2)}{letters(1)}{digits(6)}", "permit"),
    ][f]


# ---------------------------------------------------------------- families
FAMILIES = []


def family(cat, n):
    def deco(fn):
        FAMILIES.append((cat, n, fn))
        return fn
    return deco


def place():
    if R.random() < 0.35:
        return pick(CN_CITY)
    c, city = pick(COUNTRY_CITY)
    return pick([city, c, f"{city}, {c}"])


def young_age():
    return R.randint(1, 88)


def a_age(n):
    """'a 45-year-old' / 'an 80-year-old' / 'an 8-year-old'."""
    return ("an " if str(n)[0] == "8" or n in (11, 18) else "a ") + f"{n}-year-old"


RELATIVES = ["mother", "father", "son", "daughter", "wife", "husband", "grandmother", "grandfather", "sister", "brother", "aunt", "uncle"]


@family("name_caption", 26)
def _():
    t = pick([
        "Photo: {p} with her physiotherapist on the rehabilitation ward.",
        "Left to right: {c} and {p} after the final ward round.",
        "{p} takes his first unaided steps in the corridor outside {d}.",
        "Pictured: {p} and her twin girls, three weeks after surgery.",
        "{c} explains the scan results to {p} and an interpreter.",
        "Caption: {p} (centre) celebrates the end of chemotherapy with the nurses of {d}.",
        "Image courtesy of the family of {p}.",
        "{p}, photographed in the hospital garden before returning to {pl}.",
        "From the album of {p}: the day the bandages came off.",
        "{c} (right) and the transplant coordinator greet {p} at the entrance.",
        "The nursing team of {d} with {p}, who sent this picture from home.",
        "{p} holding the drawing she made for {c}.",
    ])
    return t.format(p=patient_name(), c=clinician(), d=pick(DEPTS), pl=place()), ["person_name"]


@family("name_story", 32)
def _():
    t = pick([
        "{p}, {aa} shepherd from {pl}, arrived with {cond} that had been missed twice.",
        "When {p} first came to {d}, she could not climb a single flight of stairs.",
        "Doctors in {pl} had told {p} that nothing more could be done.",
        "It was {p}'s third trip to China, and this time she brought her whole medical file in a plastic bag.",
        "{p} was diagnosed with {cond} at {a} and spent months searching for a surgeon.",
        "The youngest of four children, {p} had been short of breath since birth.",
        "After six cycles of treatment, {p} is back at work in a bakery in {pl}.",
        "For {p}, the hardest part was not the operation but the waiting.",
        "The family of {p} sold their car to pay for the journey from {pl}.",
        "{p} now plays football again, his mother says, although she still worries every time he falls.",
        "By the end of the second week {p} was walking laps around the nurses' station.",
        "{p} travelled more than 3,000 kilometres by train with her father to reach {h}.",
        "The referral letter for {p} arrived in Russian, and the team translated it overnight.",
        "A retired teacher from {pl}, {p} had lived with {cond} for eleven years.",
    ])
    return t.format(p=patient_name(), a=young_age(), pl=place(), cond=pick(CONDITIONS), d=pick(DEPTS), h=pick(HOSPITALS), aa=a_age(young_age())), ["person_name"]


@family("name_quote_family", 26)
def _():
    t = pick([
        "\"We had almost given up,\" says {r}, whose {rel} was treated in {d}.",
        "\"The nurses learned a few words of Kazakh for us,\" recalls {r}.",
        "\"My {rel} cried when she heard the tumour was benign,\" {r} told us.",
        "{r}, the patient's {rel}, said the night before surgery was the longest of her life.",
        "\"I will never forget how {c} held my hand,\" says {r}.",
        "\"Thank you for giving my {rel} back to us,\" wrote {r} in the guest book.",
        "According to {r}, the boy started asking for dumplings the day after the operation.",
        "\"{c} answered every question, even at midnight,\" said {r}.",
        "\"We came with nothing but hope,\" {r} says, laughing.",
    ])
    return t.format(r=any_name(), rel=pick(RELATIVES), d=pick(DEPTS), c=clinician()), ["person_name"]


@family("name_clinician_remark", 26)
def _():
    t = pick([
        "\"The tumour was wrapped around the optic nerve,\" explains {c} of {d}.",
        "{c}, who led the eleven-hour operation, called the case one of the most complex of the year.",
        "\"We had to rebuild the valve from the patient's own tissue,\" said {c}.",
        "According to {c}, the child's growth curve has returned to normal.",
        "Anaesthetist {c} stayed with the patient through the night.",
        "\"Her kidneys recovered faster than we expected,\" notes {c}.",
        "The case was discussed at a multidisciplinary meeting chaired by {c}.",
        "{c} travelled to {pl} to see the patient for a follow-up visit.",
        "\"Ask for me at the front desk,\" {c} told the family, \"any time.\"",
        "Second opinion: {c}, head of {d}, reviewed the images and agreed with surgery.",
    ])
    return t.format(c=clinician(), d=pick(DEPTS), pl=place()), ["person_name"]


@family("name_interpreter", 16)
def _():
    t = pick([
        "Interpreter {n} translated between Kazakh and Mandarin during every consultation.",
        "Our Russian-speaking coordinator, {n}, met the family at the airport.",
        "{n}, a volunteer from the Mongolian students' association, interpreted at the bedside.",
        "The family relied on {n}, a medical student from {pl}, to explain the consent form.",
        "Uzbek interpretation was provided by {n}.",
        "Coordinator {n} arranged the visa extension and the hotel near the hospital.",
        "If you need Arabic interpretation, please ask for {n} at the international desk.",
    ])
    return t.format(n=any_name(), pl=place()), ["person_name"]


@family("name_contact", 28)
def _():
    t = pick([
        "hello, my name is {n}, my father has liver cancer, can your hospital help us?",
        "Good day! I am {n} from {pl}. We need a cardiac surgeon for my son.",
        "hi doctor, its {n} again, the one with the knee, the swelling is back",
        "Dear sir, please pass this letter to {c}, he operated on my mother last year.",
        "Здравствуйте, this is {n}. Do you accept patients with Russian MRI discs?",
        "您好, I am {n}, I wrote last week about my daughter's scoliosis, no answer yet",
        "pls tell {c} that the pain is gone, we r very grateful. {n}",
        "Message from {n}: can my wife stay in the room with me after surgery?",
        "my name {n}, i dont speak chinese good, is there english doctor for kidney?",
        "Sender: {n}. Subject: second opinion on brain tumour.",
        "Hi, {n} here — forgot to ask if we need to fast before the PET scan.",
        "Salam alaykum, I am writing on behalf of my uncle {n}.",
        "Kind regards, {n}",
        "Best wishes from all of us in {pl}, {n} and family",
    ])
    return t.format(n=any_name(), c=clinician(), pl=place()), ["person_name"]


@family("name_thanks", 22)
def _():
    g = pick(RU_F + KZ_F + CN_G + AF_F + EU_F + WORDLIKE)
    t = pick([
        "Special thanks to nurse {g}, who sang to my daughter every evening.",
        "A big thank you to {c} and the whole team of {d}.",
        "We want to thank {g} from the international office for all the paperwork.",
        "Sister {g} was the first face I saw when I woke up.",
        "Thank you, {c}! My father says hello from {pl}.",
        "Nurse {g} taught me how to change the dressing myself.",
        "I am grateful to {c} for not giving up on me.",
        "Please give these flowers to night nurse {g}.",
    ])
    return t.format(g=g, c=clinician(), d=pick(DEPTS), pl=place()), ["person_name"]


@family("name_wordlike", 24)
def _():
    w = pick(WORDLIKE)
    t = pick([
        "{w} arrived from {pl} with a heart murmur nobody had explained.",
        "Little {w} slept through most of the flight.",
        "\"{w} is a fighter,\" her grandmother says.",
        "The nurses call {w} the bravest patient on the ward.",
        "{w} {s} now volunteers at a clinic in {pl}.",
        "Before the operation, {w} drew a picture of the surgeon as a lion.",
        "Our thoughts are with {w} and her brothers.",
        "{w}'s mother learned to read the monitor within two days.",
        "Nurse {w} {s} has worked on the children's ward for twelve years.",
        "my daughter {w} is 7 and has a hole in the heart, what is the cost?",
    ])
    return t.format(w=w, s=pick(WORDLIKE_S), pl=place()), ["person_name"]


@family("name_case_form", 20)
def _():
    full, given, fam = full_name(pick(["kz", "ru", "ca", "me", "eu", "af", "cn", "sea"]))
    t = pick([
        "PATIENT NAME: {U}",
        "Name (as in passport): {U}",
        "Surname / given name: {FAM} / {GIV}",
        "full name {l}, female, diabetic since childhood",
        "from: {l}",
        "Attention {U}: your results are ready for collection.",
        "Dear {l}, your appointment has been moved to the afternoon.",
        "Guardian: {U} (father)",
        "Referred by: {FAM}, {giv}, general practitioner",
        "sign: {l}",
    ])
    return t.format(U=full.upper(), l=full.lower(), FAM=fam.upper(), GIV=given.upper(), giv=given), ["person_name"]


@family("name_han", 18)
def _():
    n = pick(CN_HAN)
    t = pick([
        "The patient's parent, {n}, has kept a notebook of every blood result.",
        "The patient's husband ({n}) signed the consent form.",
        "Message received from {n}: 医生您好, can we bring food from home?",
        "Chief surgeon {n} performed the procedure laparoscopically.",
        "{n} 的女儿 wrote to thank the nursing team in both Chinese and English.",
        "Contact person: {n}",
        "\"Go home and rest,\" {n} told the young doctors after the operation.",
        "The boy's grandfather, {n}, drove him from the county hospital.",
    ])
    return t.format(n=n), ["person_name"]


@family("name_nickname", 16)
def _():
    n = pick(NICK)
    t = pick([
        "Everyone on the ward knew him simply as {n}.",
        "\"{n} never complained, not once,\" said the night nurse.",
        "{n} brought homemade baursak for the whole team.",
        "Please tell {n} we are waiting for her at home.",
        "We miss you, {n}! Get well soon.",
        "{n} was the first to spot that the drain had slipped.",
    ])
    return t.format(n=n), ["person_name"]


@family("name_pair", 18)
def _():
    t = pick([
        "{a} and her husband {b} travelled together from {pl}.",
        "{c} and {c2} operated side by side for nine hours.",
        "{a} donated part of her liver to her brother {b}.",
        "With thanks to {c} and interpreter {b}.",
        "The twins, {a} and {b}, were discharged on the same afternoon.",
        "{a} (patient) and {b} (carer) met the team before the first session.",
    ])
    return t.format(a=patient_name(), b=any_name(), c=clinician(), c2=clinician(), pl=place()), ["person_name"]


@family("date_timeline", 22)
def _():
    t = pick([
        "{d} — admitted through the emergency department with chest pain.",
        "{d}: first session of proton therapy.",
        "Timeline, {d}: the transplant kidney started producing urine within hours.",
        "{d}. Discharged home with oral antibiotics.",
        "On {d} the drain was removed and she sat up for the first time.",
        "Surgery date: {d}",
        "{d} | follow-up MRI shows no residual tumour",
        "Arrived in Beijing on {d}, operated on three days later.",
        "{d} — ventilator weaned, extubated in the afternoon.",
        "Next appointment {d} at 9:30, fasting required.",
    ])
    return t.format(d=exact_date()), ["exact_date"]


@family("date_story", 20)
def _():
    t = pick([
        "The operation took place on {d} and lasted almost seven hours.",
        "She was discharged on {d}, just in time for Nauryz.",
        "He collapsed at work on {d} and was flown in two days later.",
        "hi, we land in Urumqi on {d}, can the consultation be the next morning?",
        "The biopsy result came back on {d}: benign.",
        "my mother had stroke on {d}, now she cannot speak well",
        "The family first contacted us on {d}.",
        "We would like to reschedule the check-up from {d} to the following week.",
        "The last dose of chemotherapy was given on {d}.",
    ])
    return t.format(d=exact_date()), ["exact_date"]


@family("dob", 36)
def _():
    d, y = birth_date()
    t = pick([
        "Date of birth: {d}",
        "DOB {d}, male, referred for cochlear implant assessment.",
        "Patient born {d} in {pl}.",
        "my son was born on {d} with a cleft lip",
        "{d} (date of birth) — please correct this in the registration system.",
        "The baby, born on {d}, weighed only 1,450 grams.",
        "d.o.b.: {d}",
        "She gave her birth date as {d}, which matches the passport copy.",
        "Born {d}, she is the youngest child in the family.",
        "Please note the date of birth on the invoice is wrong, it should be {d}.",
        "birthday {d}, blood group A+",
        "Дата рождения / date of birth {d}",
    ])
    return t.format(d=d, pl=place()), ["date_of_birth"]


def old_age():
    a = R.randint(90, 103)
    w = NUMWORDS.get(a, str(a))
    return a, w


@family("age_over_89", 44)
def _():
    a, w = old_age()
    t = pick([
        "At {a}, she is the oldest patient ever to receive a TAVI at our centre.",
        "A {a}-year-old man from {pl} was admitted with a hip fracture.",
        "The patient, aged {a}, recovered well from cataract surgery.",
        "my grandmother is {w} years old, is she too old for a pacemaker?",
        "Despite being {w}, he insisted on walking to the X-ray room himself.",
        "Age: {a}",
        "{A}-year-old woman with atrial fibrillation and a fall at home.",
        "Our oldest patient this year celebrated turning {w} on the ward.",
        "The surgeon hesitated: the patient was {a} years old and frail.",
        "grandpa is {a} y/o but still rides his horse every day",
        "A {w}-year-old retired miner asked for his chess set before the operation.",
        "At the age of {a} she read every page of the consent form.",
        "She is a nonagenarian with excellent cognition and strong opinions.",
        "He is now in his late nineties and still gardens in {pl}.",
        "The centenarian from {pl} had never been in hospital before.",
        "patient {a}岁, female, history of hypertension",
        "Mr. K, {a}, was discharged after a short stay.",
        "My aunt, who will be {a} next month, needs a hearing assessment.",
    ])
    s = t.format(a=a, A=str(a), w=w, pl=place())
    return s[0].upper() + s[1:], ["age_over_89"]


@family("phone", 34)
def _():
    p = phone()
    t = pick([
        "Please call me back on {p}, any time after 6 pm Almaty time.",
        "My number is {p} (WhatsApp too).",
        "contact tel: {p}",
        "you can reach my son at {p}, he speaks Chinese",
        "Mobile {p} — I do not check email often.",
        "{p} is my husband's phone, please call him if I don't answer.",
        "Fax the discharge summary to {p}, attention medical records.",
        "Tel./Viber: {p}",
        "If the line is busy, try {p} instead.",
        "The clinic in {pl} can be contacted at {p} for the referral letter.",
        "phone {p} — call only in the evening pls",
        "Reply by SMS to {p}, thank you.",
    ])
    return t.format(p=p, pl=place()), ["phone_number"]


@family("phone_spelt", 8)
def _():
    t = pick([
        "my phone is {s}",
        "Call me: {s}.",
        "number — {s} — thanks",
    ])
    return t.format(s=local_phone_spelt()), ["phone_number"]


@family("email", 36)
def _():
    e = email()
    t = pick([
        "Please send the quote to {e}.",
        "my email {e}, reply in russian if possible",
        "E-mail: {e}",
        "You can write to my daughter at {e}, she handles everything.",
        "I sent the CT images from {e} yesterday, did you receive them?",
        "{e} — this is the new address, the old one was hacked.",
        "For the invoice use {e}, not the hotmail one.",
        "Contact: {e}",
        "write me on {e}",
        "The referring doctor asked us to copy {e} on all reports.",
    ])
    return t.format(e=e), ["email"]


@family("web_address", 46)
def _():
    w = web_address()
    t = pick([
        "Donations for her treatment can be made at {w}.",
        "We started a fundraiser: {w}",
        "More photos are on my blog, {w}.",
        "Her brother set up {w} to cover the travel costs.",
        "you can read our story here {w}",
        "The family's campaign page ({w}) raised enough for the second operation.",
        "Link: {w}",
        "Please share {w} with anyone who can help.",
        "The surgeon's own profile page is {w}.",
        "I have written about every day of treatment at {w}.",
    ])
    return t.format(w=w), ["web_address"]


@family("ip_address", 46)
def _():
    ip = ip_address()
    t = pick([
        "Form submitted from IP {ip}.",
        "The upload of the DICOM files failed from address {ip}.",
        "log: login attempt for patient portal from {ip}",
        "Message metadata — sender IP: {ip}",
        "The video consultation dropped repeatedly; the family's connection showed as {ip}.",
        "Blocked: {ip} (too many password attempts on the portal account).",
        "IT note: the remote viewer was accessed from {ip} by the referring clinic.",
        "{ip} — source address of the contact-form entry",
        "my computer ip is {ip}, the portal says access denied",
    ])
    return t.format(ip=ip), ["ip_address"]


@family("social", 46)
def _():
    s, kind = social()
    t = pick([
        "Add me on {s}, it is easier for photos.",
        "My {s} — write there please, email is slow.",
        "You can follow her recovery on {s}.",
        "Contact via {s}",
        "our family group is on {s}",
        "He posts updates for relatives back home at {s}.",
        "{s} (my daughter's account, she speaks English)",
        "Found your hospital through a video, my account is {s}.",
    ])
    return t.format(s=s), ["social_account"]


@family("street_address", 38)
def _():
    a = street_address()
    t = pick([
        "Home address: {a}",
        "Please post the original reports to {a}.",
        "We are renting an apartment at {a}, near the hospital.",
        "She lives alone at {a} and will need home nursing.",
        "address for the invoice — {a}",
        "The ambulance picked him up at {a}.",
        "New address after moving: {a}.",
        "my address {a} pls send medicine there",
        "Send the courier to {a}, second entrance.",
    ])
    return t.format(a=a), ["street_address"]


@family("address_postcode", 14)
def _():
    a = street_address()
    p = postal_code()
    t = pick([
        "Address: {a}, {p}",
        "Please mail the films to {a} (postcode {p}).",
        "{a}, postal code {p}",
        "Our home is {a}, index {p}.",
    ])
    return t.format(a=a, p=p), ["street_address", "postal_code"]


@family("postal_code", 34)
def _():
    p = postal_code()
    t = pick([
        "Postal code: {p}",
        "postcode {p}, I think, or maybe the old one",
        "The courier form needs my zip code, which is {p}.",
        "Post index {p}, Almaty region.",
        "{p} is the postcode for the village, there is no street name.",
        "delivery to postcode {p} please",
        "ZIP/postal code — {p}",
        "The parcel with the MRI discs came back: wrong postal code, it should be {p}.",
        "邮编 {p}",
    ])
    if R.random() < 0.15:
        p = fullwidth(p)
    return t.format(p=p), ["postal_code"]


@family("geolocation", 46)
def _():
    g = geo()
    t = pick([
        "Our yurt is at {g}, about 40 km from the nearest road.",
        "GPS of the accident site: {g}",
        "The helicopter landed at {g} to collect the patient.",
        "pin location {g} — the ambulance cant find our house",
        "Coordinates {g} were sent to the rescue team.",
        "The photo's metadata recorded {g}.",
        "send the driver here: {g}",
        "Location shared by the family: {g}",
    ])
    return t.format(g=g), ["geolocation"]


@family("passport", 44)
def _():
    p = passport()
    t = pick([
        "Passport number: {p}",
        "my passport no is {p}, expiry next year",
        "For the invitation letter we need passport {p}.",
        "The visa application lists passport {p}.",
        "{p} — passport of the accompanying parent",
        "Passport: {p} (the old one was lost in Almaty)",
        "The hotel registered her under passport number {p}.",
        "паспорт / passport {p}",
        "Please correct the passport number to {p}, there was a typo.",
    ])
    return t.format(p=p), ["passport_number"]


@family("national_id", 44)
def _():
    n, lab = national_id()
    t = pick([
        "{lab}: {n}",
        "My {lab} is {n}, if you need it for the insurance.",
        "The form asked for a national ID; she wrote {n}.",
        "{n} ({lab})",
        "Identity number {n} appears on the referral.",
        "father's {lab} {n}",
        "Please use {lab} {n} for the invoice.",
    ])
    return t.format(n=n, lab=lab), ["national_id"]


@family("resident_id", 44)
def _():
    rid = resident_id(wrong=R.random() < 0.2)
    t = pick([
        "Resident ID: {r}",
        "身份证号 {r}",
        "my ID card number is {r}",
        "ID no. {r} (the patient's mother)",
        "{r} — 身份证, for the insurance reimbursement",
        "Please register him with identity card {r}.",
        "The discharge form lists ID {r}.",
        "citizen ID {r}, I am from Xinjiang",
        "Her resident identity card number, {r}, was printed on the wristband by mistake.",
    ])
    return t.format(r=rid), ["resident_id"]


@family("mrn", 38)
def _():
    m = mrn()
    t = pick([
        "MRN {m}",
        "Medical record number: {m}",
        "Inpatient no. {m}, cardiology ward.",
        "病案号 {m}",
        "住院号: {m}",
        "my hospital number is {m}, i was there in spring",
        "Please find the report filed under {m}.",
        "{m} (medical record no.)",
        "Admission number {m} — please attach the pathology slides.",
        "Hospital No. {m}, discharged, follow-up in oncology.",
        "Re: patient record {m} — request for copy of the operative note",
    ])
    return t.format(m=m), ["medical_record_number"]


@family("health_plan", 44)
def _():
    h = health_plan()
    t = pick([
        "Insurance policy number: {h}",
        "OMS policy {h}",
        "Member ID {h}, international health plan.",
        "医保卡号 {h}",
        "my insurance card no {h} — does it cover the MRI?",
        "{h} is the policy number, insurer says they pay directly",
        "Please bill the insurer under membership number {h}.",
        "Health insurance no.: {h}",
        "The pre-authorisation refers to policy {h}.",
    ])
    return t.format(h=h), ["health_plan_number"]


@family("account", 44)
def _():
    a = account()
    t = pick([
        "IBAN: {a}",
        "Please refund the deposit to account {a}.",
        "card number {a}, I paid twice by mistake",
        "Donations can be sent to {a}.",
        "Bank account {a} (in my husband's name)",
        "The transfer came from account {a}.",
        "{a} — this is the card for the refund",
        "account no. {a}",
    ])
    return t.format(a=a), ["account_number"]


@family("driving_licence", 26)
def _():
    d = driving_licence()
    t = pick([
        "Driving licence number: {d}",
        "my driver's licence {d} — it is the only ID I have with me",
        "He showed driving licence {d} at the parking gate.",
        "{d} (driving licence) was photocopied for the car-rental form.",
        "Licence no. {d}, category B.",
    ])
    return t.format(d=d), ["licence_number"]


@family("prof_licence", 26)
def _():
    l = prof_licence()
    c = clinician()
    t = pick([
        "Operating surgeon: {c}, practising certificate {l}.",
        "{c} (licence no. {l}) signed the medical report.",
        "Medical licence of {c}: {l}",
        "The translated report is certified by {c}, registration number {l}.",
        "{c}, physician's licence {l}, will supervise the remote consultation.",
    ])
    return t.format(c=c, l=l), ["licence_number", "person_name"]


@family("vehicle", 44)
def _():
    v = vehicle()
    t = pick([
        "Our car is {v}, can we park in the hospital garage?",
        "Registration plate {v}",
        "The ambulance with plate {v} brought him from the county hospital.",
        "VIN/plate: {v}",
        "parking permit for car {v} please",
        "The driver of {v} will collect the family at the station.",
        "Vehicle {v} was blocking the emergency entrance.",
        "{v} — my brother's car, he drives us to every appointment",
    ])
    return t.format(v=v), ["vehicle_identifier"]


@family("device", 44)
def _():
    d, lab = device_id()
    dev = pick(["pacemaker", "insulin pump", "cochlear implant", "ICD", "CGM transmitter", "neurostimulator",
                "home ventilator", "glucometer", "phone", "tablet"])
    if lab in ("IMEI", "MAC address"):
        dev = pick(["phone", "tablet", "home monitor", "CGM receiver"])
    t = pick([
        "{dev} {lab}: {d}",
        "The {dev} has {lab} {d}; please register it for remote monitoring.",
        "my {dev} {lab} is {d}, the app won't connect",
        "{lab} {d} — replacement {dev}",
        "Implant card shows {lab} {d}." if lab == "serial number" else "{lab} of the {dev}: {d}",
        "Please note the {lab} of the new {dev}: {d}.",
    ])
    return t.format(dev=dev, lab=lab, d=d), ["device_identifier"]


@family("other_number", 44)
def _():
    o, kind = other_number()
    spec = {
        "booking": ["Here is our {o}; we arrive on the evening flight.", "For the refund the airline needs {o}."],
        "ticket": ["We travel on {o}, arriving in the morning.", "My {o} — can someone meet us at the station?"],
        "visa": ["The embassy asked for the {o} again.", "{O} — please add it to the extension request."],
        "case": ["Please quote {o} when you write to the charity.", "The court file is {o}, about the accident compensation."],
        "employee": ["My {o}, for the sick-leave certificate.", "{O} — the company pays the bill."],
        "student": ["My {o}; the university insurance needs a letter.", "{O} — please put it on the medical certificate."],
        "claim": ["The insurer refers to {o}.", "{O} — still not paid, can you check?"],
        "charity": ["Please quote {o} when you write to the foundation.", "Our {o} was approved yesterday."],
        "order": ["The pharmacy delivery is {o}.", "{O} — the wheelchair we bought online."],
        "permit": ["My {o}, the employer needs the medical report.", "{O} — please include it on the certificate."],
    }
    t = pick(spec[kind] + ["I forgot to mention my {o}.", "ref: {o}"])
    return t.format(o=o, O=o[0].upper() + o[1:]), ["other_number"]


# ---------------------------------------------------------------- multi-kind rows
@family("combo_name_phone", 10)
def _():
    t = pick(["Contact person: {n}, tel. {p}", "{n} (daughter) — {p}", "please call {n} on {p} about the transfer",
              "Emergency contact {n}, mobile {p}."])
    return t.format(n=any_name(), p=phone()), ["person_name", "phone_number"]


@family("combo_name_email", 8)
def _():
    t = pick(["{n} <{e}>", "From: {n} ({e})", "Reports for {n} should go to {e}.", "{n}, email {e}, interpreter"])
    return t.format(n=patient_name(), e=email()), ["person_name", "email"]


@family("combo_name_date", 10)
def _():
    t = pick(["{n} was admitted on {d} with a fever of 39.4 °C.", "{c} operated on {n} on {d}.",
              "On {d}, {n} rang the bell to mark her last radiotherapy session.", "{n} flew home to {pl} on {d}."])
    return t.format(n=patient_name(), c=clinician(), d=exact_date(), pl=place()), ["person_name", "exact_date"]


@family("combo_name_dob", 9)
def _():
    d, y = birth_date()
    t = pick(["Patient: {N}, DOB {d}", "{n}, born {d}, was referred for a second opinion.", "Name {N} / date of birth {d}",
              "Child: {n} (born {d})"])
    full, g, f = full_name()
    return t.format(N=full.upper(), n=full, d=d), ["person_name", "date_of_birth"]


@family("combo_name_old", 8)
def _():
    a, w = old_age()
    t = pick(["{n}, who is {a}, asked to go home for the spring sowing.", "At {a}, {n} became our oldest hip-replacement patient.",
              "my grandfather {n} is {w} and has a hernia", "{n} celebrated her {ord} birthday on the ward."])
    return t.format(n=patient_name(), a=a, w=w, ord=ordinal(a)), ["person_name", "age_over_89"]


@family("combo_mrn_dob", 8)
def _():
    d, y = birth_date()
    t = pick(["MRN {m}, DOB {d}", "病案号 {m}; 出生日期 {d}", "Record {m} — date of birth {d}, please merge duplicates."])
    return t.format(m=mrn(), d=d), ["medical_record_number", "date_of_birth"]


@family("combo_passport_name", 9)
def _():
    full, g, f = full_name(pick(["kz", "ru", "ca", "mn", "me", "eu", "af", "sea"]))
    t = pick(["{U}, passport {p}", "Invitation letter for {n}, passport no. {p}.", "Surname {F}, given name {G}, passport {p}",
              "Accompanying person: {n} ({p})"])
    return t.format(U=full.upper(), n=full, F=f.upper(), G=g.upper(), p=passport()), ["person_name", "passport_number"]


@family("combo_address_phone", 8)
def _():
    t = pick(["{a}; tel {p}", "Deliver to {a}, call {p} on arrival.", "we live at {a}, phone {p}"])
    return t.format(a=street_address(), p=phone()), ["street_address", "phone_number"]


@family("combo_rid_name", 8)
def _():
    n = pick(CN_HAN + [f"{pick(CN_S)} {pick(CN_G)}"])
    t = pick(["Patient {n}, ID {r}", "{n} 身份证 {r}", "姓名: {n}; 身份证号: {r}"])
    return t.format(n=n, r=resident_id(wrong=R.random() < 0.2)), ["person_name", "resident_id"]


@family("combo_name_mrn_date", 8)
def _():
    t = pick(["{n}, MRN {m}, surgery {d}", "Discharge summary for {n} (inpatient no. {m}), discharged {d}.",
              "{d}: {n}, record {m}, readmitted with wound infection."])
    return t.format(n=patient_name(), m=mrn(), d=exact_date()), ["person_name", "medical_record_number", "exact_date"]


@family("combo_email_phone", 7)
def _():
    t = pick(["{e} / {p}", "email {e} or phone {p}, whichever is faster", "Contacts: {p}, {e}"])
    return t.format(e=email(), p=phone()), ["email", "phone_number"]


@family("combo_social_name", 7)
def _():
    s, k = social()
    t = pick(["{n} on {s}", "Write to my sister {n}, {s}", "{s} — that is {n}, the coordinator in Almaty"])
    return t.format(n=any_name(), s=s), ["person_name", "social_account"]


@family("combo_plan_name", 7)
def _():
    t = pick(["Insured person: {n}, policy {h}", "{n}'s insurance member number is {h}.", "policy holder {n} — no. {h}"])
    return t.format(n=patient_name(), h=health_plan()), ["person_name", "health_plan_number"]


@family("combo_account_name", 7)
def _():
    t = pick(["Account holder: {n}, IBAN {a}", "Refund to {n}, card {a}", "Beneficiary {N}, account {a}"])
    full, g, f = full_name()
    return t.format(n=full, N=full.upper(), a=account()), ["person_name", "account_number"]


@family("combo_vehicle_name", 6)
def _():
    t = pick(["Driver {n}, car {v}", "{n} will wait in the white minivan, plate {v}.", "Parking pass: {v} (owner {n})"])
    return t.format(n=any_name(), v=vehicle()), ["person_name", "vehicle_identifier"]


@family("combo_device_date", 7)
def _():
    d, lab = device_id()
    if lab != "serial number":
        d, lab = f"{letters(3)}{digits(6)}{letters(1)}", "serial number"
    t = pick(["Pacemaker implanted {dt}, {lab} {d}.", "{dt} — insulin pump replaced, new {lab} {d}",
              "ICD ({lab} {d}) interrogated on {dt}: no shocks delivered."])
    return t.format(dt=exact_date(), lab=lab, d=d), ["exact_date", "device_identifier"]


@family("combo_visa_name", 6)
def _():
    t = pick(["Visa for {n}: visa no. {v}", "{n} — booking reference {b}, arriving by night train",
              "Please extend the medical visa of {n} (visa no. {v})."])
    return t.format(n=patient_name(), v=f"{letters(1)}{digits(8)}", b=letters(6)), ["person_name", "other_number"]


@family("combo_ip_email", 6)
def _():
    t = pick(["Sender {e}, IP {ip}", "Portal login {e} from {ip} flagged as unusual.", "{ip} / {e} — duplicate form submission"])
    return t.format(e=email(), ip=ip_address()), ["email", "ip_address"]


@family("combo_geo_name", 6)
def _():
    t = pick(["{n}'s family farm is at {g}.", "Pickup for {n}: {g}", "{n} shared her location, {g}, with the ambulance crew."])
    return t.format(n=any_name(), g=geo()), ["person_name", "geolocation"]


@family("combo_natid_dob", 6)
def _():
    n, lab = national_id()
    d, y = birth_date()
    t = pick(["{lab} {n}, date of birth {d}", "DOB {d}; {lab}: {n}", "born {d}, {lab} {n}"])
    return t.format(lab=lab, n=n, d=d), ["national_id", "date_of_birth"]


@family("combo_web_name", 6)
def _():
    t = pick(["{n}'s fundraiser: {w}", "Please support {n} at {w}", "{w} — the page her friends made for {n}"])
    return t.format(n=patient_name(), w=web_address()), ["person_name", "web_address"]


@family("combo_addr_postcode_name", 5)
def _():
    t = pick(["{n}, {a}, {p}", "Send the parcel to {n} at {a}, post code {p}."])
    return t.format(n=patient_name(), a=street_address(), p=postal_code()), ["person_name", "street_address", "postal_code"]


# ---------------------------------------------------------------- harder forms: label after value, broken numbers
@family("hard_label_after", 20)
def _():
    f = R.randint(0, 7)
    if f == 0:
        return f"{phone()} is my mobile, call after lunch", ["phone_number"]
    if f == 1:
        m = mrn()
        return f"{m} — that is the record number on the wristband", ["medical_record_number"]
    if f == 2:
        return f"{passport()} is the passport number, sorry I forgot before", ["passport_number"]
    if f == 3:
        h = health_plan()
        return f"{h} ← policy number", ["health_plan_number"]
    if f == 4:
        return f"{postal_code()} is our postcode", ["postal_code"]
    if f == 5:
        d, y = birth_date()
        return f"{d} is his birthday, not the admission date", ["date_of_birth"]
    if f == 6:
        return f"{pick(CN_HAN)}, that's my mother's name in Chinese characters", ["person_name"]
    return f"{vehicle()} = our car plate", ["vehicle_identifier"]


@family("hard_broken_numbers", 20)
def _():
    f = R.randint(0, 5)
    if f == 0:
        n = "1" + pick("3589") + digits(9)
        return f"my phone {n[:3]}-{n[3:5]}-{n[5:8]}-{n[8:]}", ["phone_number"]
    if f == 1:
        n = digits(8)
        return f"record number {'.'.join(n[i:i+2] for i in range(0, 8, 2))}", ["medical_record_number"]
    if f == 2:
        n = nz_digits(9)
        return f"QQ: {n[:3]} {n[3:6]} {n[6:]}", ["social_account"]
    if f == 3:
        n = digits(16)
        return f"card {'-'.join(n[i:i+4] for i in range(0, 16, 4))} (Kaspi)", ["account_number"]
    if f == 4:
        return f"passport {spell('N' + digits(8))}", ["passport_number"]
    n = f"{R.randint(100, 665)}{R.randint(10, 99)}{R.randint(1000, 9999)}"
    return f"S S N: {' '.join(n)}", ["national_id"]


# ---------------------------------------------------------------- clean rows
DRUGS = [("metformin", "mg", [500, 850, 1000]), ("amlodipine", "mg", [5, 10]), ("tacrolimus", "mg", [1, 2, 3.5]),
         ("enoxaparin", "mg", [40, 60, 80]), ("imatinib", "mg", [400, 600]), ("levothyroxine", "µg", [25, 50, 75, 100]),
         ("furosemide", "mg", [20, 40]), ("prednisolone", "mg", [5, 10, 30]), ("bisoprolol", "mg", [2.5, 5]),
         ("insulin glargine", "units", [12, 18, 24]), ("vancomycin", "mg", [750, 1000]), ("ceftriaxone", "g", [1, 2]),
         ("osimertinib", "mg", [80]), ("methotrexate", "mg", [7.5, 15]), ("atorvastatin", "mg", [20, 40]),
         ("mycophenolate mofetil", "mg", [500, 1000]), ("levetiracetam", "mg", [250, 500]), ("morphine", "mg", [2.5, 5])]
FREQ = ["once daily", "twice daily", "every 8 hours", "at night", "every 12 hours", "weekly", "before breakfast", "as needed"]


@family("clean_weight_dose", 10)
def _():
    d, k = pick([("vancomycin", "15 mg/kg"), ("enoxaparin", "1 mg/kg"), ("amoxicillin", "25 mg/kg"), ("paracetamol", "15 mg/kg"),
                 ("ceftriaxone", "50 mg/kg"), ("gentamicin", "5 mg/kg"), ("ibuprofen", "10 mg/kg"), ("dexamethasone", "0.15 mg/kg")])
    t = pick(["Weight-based dosing: {d} {k} {f}.", "For a child of {w} kg, {d} is given at {k} {f}.", "{D} {k} {f}, maximum {m} doses."])
    return t.format(d=d, D=d.capitalize(), k=k, f=pick(FREQ[:5]), w=R.randint(4, 40), m=R.randint(3, 6)), ["-"]


@family("clean_dose", 40)
def _():
    d, u, ds = pick(DRUGS)
    t = pick([
        "{D} {x} {u} {f} was continued after discharge.",
        "The dose of {d} was reduced to {x} {u} {f}.",
        "She was started on {d} {x} {u} {f}.",
        "Rx: {d} {x} {u} {f}",
        "is it ok to take {d} {x} {u} {f} before the operation?",
        "Trough level monitoring is required while on {d}; current dose {x} {u} {f}.",
        "{D} was stopped 5 days before surgery and restarted at {x} {u}.",
    ])
    return t.format(d=d, D=d[0].upper() + d[1:], x=pick(ds), u=u, f=pick(FREQ), k=pick([0.1, 0.5, 1, 1.5, 15])), ["-"]


LABS = [("Haemoglobin", "g/L", 60, 170, "120–160"), ("Creatinine", "µmol/L", 45, 900, "44–133"),
        ("Potassium", "mmol/L", 2.8, 6.4, "3.5–5.3"), ("HbA1c", "%", 5.1, 13.2, "4.0–6.0"), ("CRP", "mg/L", 1, 280, "<5"),
        ("ALT", "U/L", 9, 640, "7–40"), ("TSH", "mIU/L", 0.01, 48, "0.27–4.2"), ("Platelets", "×10⁹/L", 12, 620, "125–350"),
        ("Ferritin", "ng/mL", 4, 2100, "15–150"), ("eGFR", "mL/min/1.73 m²", 6, 110, ">90"), ("INR", "", 0.9, 4.8, "0.8–1.2"),
        ("Troponin I", "ng/L", 2, 9000, "<26"), ("AFP", "ng/mL", 2, 12000, "<7"), ("Sodium", "mmol/L", 118, 152, "137–147"),
        ("Bilirubin", "µmol/L", 4, 380, "3.4–20.5"), ("PSA", "ng/mL", 0.2, 95, "<4"), ("Lactate", "mmol/L", 0.6, 9.8, "0.5–2.2")]


def labval(lo, hi):
    v = R.uniform(lo, hi)
    return f"{v:.1f}" if hi < 50 else f"{int(v)}"


@family("clean_lab", 52)
def _():
    n, u, lo, hi, ref = pick(LABS)
    t = pick([
        "{n} {v} {u} (reference {ref}).",
        "On admission, {nl} was {v} {u}.",
        "{n}: {v} {u} ↑",
        "my {nl} is {v}, is that dangerous?",
        "{n} fell from {v} to {v2} {u} over three days.",
        "Lab results: {n} {v} {u}; reference range {ref} {u}.",
        "The target {nl} after transplant is below {v} {u}.",
    ])
    return t.format(n=n, nl=n if n.isupper() or n[1].isupper() else n.lower(), v=labval(lo, hi), v2=labval(lo, hi), u=u, ref=ref).replace(" )", ")").replace("  ", " "), ["-"]


@family("clean_vitals", 40)
def _():
    t = pick([
        "BP {s}/{d} mmHg, pulse {p} bpm, SpO₂ {o}% on room air.",
        "Blood pressure was {s}/{d} on arrival and settled to {s2}/{d2} by the evening.",
        "Temperature {t} °C, respiratory rate {rr}/min.",
        "my blood pressure this morning {s}/{d}, pulse {p}",
        "Weight {w} kg, height {h} cm, BMI {b}.",
        "Ejection fraction improved from {ef}% to {ef2}% at follow-up.",
        "Oxygen saturation dropped to {o}% during the six-minute walk test.",
    ])
    return t.format(s=R.randint(85, 210), d=R.randint(45, 125), s2=R.randint(100, 140), d2=R.randint(60, 90),
                    p=R.randint(42, 160), o=R.randint(78, 100), t=round(R.uniform(35.6, 40.8), 1), rr=R.randint(10, 36),
                    w=R.randint(38, 130), h=R.randint(145, 195), b=round(R.uniform(14, 42), 1), ef=R.randint(15, 40),
                    ef2=R.randint(41, 65)), ["-"]


@family("clean_scores", 36)
def _():
    t = pick([
        "Glasgow Coma Scale {g}/15 on arrival.",
        "NIHSS score {n} at admission, {n2} at discharge.",
        "Apgar scores were {a1} and {a2} at one and five minutes.",
        "Child-Pugh class {cp}, MELD score {m}.",
        "ECOG performance status {e}; Karnofsky {k}%.",
        "The Oswestry Disability Index improved from {o1}% to {o2}%.",
        "CHA₂DS₂-VASc score {c}, HAS-BLED {h}.",
        "Pain score {p}/10 at rest, {p2}/10 on movement.",
        "Gleason score {g1}+{g2}={gs}, ISUP grade group {isup}.",
        "Cobb angle {cb}° before surgery, {cb2}° after.",
    ])
    g1 = R.randint(3, 5)
    g2 = R.randint(3, 5)
    return t.format(g=R.randint(3, 15), n=R.randint(2, 24), n2=R.randint(0, 6), a1=R.randint(1, 9), a2=R.randint(5, 10),
                    cp=pick("ABC"), m=R.randint(7, 38), e=R.randint(0, 4), k=pick([40, 50, 60, 70, 80, 90]),
                    o1=R.randint(40, 80), o2=R.randint(6, 38), c=R.randint(0, 7), h=R.randint(0, 4), p=R.randint(0, 6),
                    p2=R.randint(3, 10), g1=g1, g2=g2, gs=g1 + g2, isup=min(5, max(1, g1 + g2 - 5)),
                    cb=R.randint(45, 110), cb2=R.randint(5, 30)), ["-"]


GENES = ["EGFR exon 19 deletion", "EGFR L858R", "KRAS G12C", "BRAF V600E", "ALK rearrangement", "BRCA1 c.68_69delAG",
         "BRCA2 c.5946delT", "HLA-B*58:01", "CYP2C19*2", "FLT3-ITD", "NPM1 mutation", "JAK2 V617F", "BCR-ABL1 p210",
         "TP53 R273H", "IDH1 R132H", "MYCN amplification", "SMN1 homozygous deletion", "HBB c.17A>T", "PKD1 truncating variant",
         "CFTR F508del", "MLH1 promoter hypermethylation", "ROS1 fusion", "RET M918T", "GJB2 c.235delC"]


@family("clean_gene", 40)
def _():
    t = pick([
        "Next-generation sequencing found {g}.",
        "The tumour carried {g}, so targeted therapy was an option.",
        "Genetic testing: {g}, variant allele frequency {v}%.",
        "No {g} was detected in the plasma sample.",
        "The family was offered counselling after {g} was confirmed.",
        "Is {g} hereditary? my sister also wants testing",
        "Her son tested negative for {g}.",
    ])
    return t.format(g=pick(GENES), v=R.randint(3, 52)), ["-"]


@family("clean_trial", 32)
def _():
    nct = f"NCT0{R.randint(1000000, 6999999)}"
    chi = f"ChiCTR{R.randint(18, 24)}000{R.randint(10000, 99999)}"
    t = pick([
        "He was enrolled in a phase II trial ({x}).",
        "The study is registered as {x}.",
        "Trial registration: {x}",
        "Eligibility for {x} requires an ECOG status of 0–1.",
        "is my father eligible for trial {x}? he is 71",
        "Results of {x} were presented at ASCO in June 2023.",
    ])
    return t.format(x=pick([nct, chi, f"ISRCTN{R.randint(10000000, 99999999)}", f"EudraCT 20{R.randint(15, 23)}-00{R.randint(1000, 5999)}-{R.randint(10, 99)}"])), ["-"]


CODES = [("ICD-10", ["C34.1", "E11.9", "I21.4", "K50.0", "G35", "N18.5", "C71.1", "Q21.0", "M41.1", "C22.0", "E05.0", "I63.5", "S72.0"]),
         ("ICD-11", ["2C25.0", "5A11", "BA41.0", "8B11"]),
         ("ATC", ["L01EB04", "A10BA02", "C07AB07", "L04AD02", "B01AB05", "N03AX14", "H03AA01", "L01XC18"])]


@family("clean_codes", 34)
def _():
    sysn, cs = pick(CODES)
    if sysn == "ATC":
        t = pick([
            "The drug's {s} code is {c}.",
            "Medication list with {s} codes: {c}, {c2}.",
            "The pharmacy system lists the tablet under {s} {c}.",
        ])
    else:
        t = pick([
            "Discharge diagnosis coded as {s} {c}.",
            "{s} code {c} was used for the insurance claim form.",
            "Principal diagnosis: {s} {c}; secondary {s} {c2}.",
            "Which {s} code should the referral letter use, {c} or {c2}?",
        ])
    c, c2 = R.sample(cs, 2)
    return t.format(s=sysn, c=c, c2=c2), ["-"]


@family("clean_monthyear", 40)
def _():
    m = pick(MONTHS)
    y = R.randint(2008, 2024)
    t = pick([
        "Symptoms began in {m} {y} with night sweats and weight loss.",
        "She first came to us in {m} {y}.",
        "The second operation was planned for {m} {y}.",
        "we want to come in {m}, is the waiting list long?",
        "He has been on dialysis since {y}.",
        "The diagnosis was made in {y} in {pl}.",
        "By {m} {y} the scans were clear.",
        "Our hospital opened its international ward in {y}.",
        "Follow-up is due in {m}; a telephone review is also possible.",
        "The spring of {y} was the first one she spent without crutches.",
        "from {m} {y} to {m2} {y2} she had six cycles of chemotherapy",
    ])
    return t.format(m=m, y=y, m2=pick(MONTHS), y2=y + 1, pl=place()), ["-"]


@family("clean_age", 40)
def _():
    a = pick([R.randint(18, 88), 89, 89, 88, 85, 87])
    t = pick([
        "{Aa} woman from {pl} presented with {c}.",
        "The patient, aged {a}, had no previous surgery.",
        "my father is {a}, can he still have a knee replacement?",
        "At {a}, he was the oldest donor in the programme that year.",
        "Ms. A, {a}, underwent laparoscopic cholecystectomy.",
        "She is in her {dec} and lives with her daughter's family.",
        "The {a}-year-old has been seizure-free for eight months.",
        "Age at diagnosis: {a} years.",
        "a boy of {a2} months with recurrent pneumonia",
        "He is {a} and still works as a taxi driver in {pl}.",
    ])
    aa = a_age(a)
    return t.format(a=a, Aa=aa[0].upper() + aa[1:], a2=R.randint(2, 23), pl=place(), c=pick(CONDITIONS),
                    dec=pick(["sixties", "seventies", "eighties", "fifties", "late eighties", "early eighties"])), ["-"]


@family("clean_money", 36)
def _():
    t = pick([
        "The total cost of treatment was about ¥{y:,}.",
        "A deposit of {u} US dollars is required on admission.",
        "The charity covered {p}% of the bill.",
        "how much is the PET-CT? we were told {u2} dollars",
        "Insurance reimbursed RMB {y2:,} after the claim was approved.",
        "Her village raised {k} million tenge for the trip.",
        "Accommodation near the hospital costs around ¥{h} per night.",
        "The estimate for the operation is between ¥{y:,} and ¥{y3:,}.",
    ])
    y = R.randint(20, 900) * 1000
    return t.format(y=y, y2=R.randint(5, 300) * 1000, y3=y + R.randint(10, 90) * 1000, u=R.randint(2, 40) * 500,
                    u2=R.randint(8, 30) * 100, p=R.randint(20, 90), k=round(R.uniform(1, 12), 1), h=R.randint(150, 600)), ["-"]


@family("clean_duration_time", 40)
def _():
    t = pick([
        "The operation lasted {h} hours and {m} minutes.",
        "He was in intensive care for {d} days.",
        "Visiting hours are from {t1} to {t2}.",
        "She woke up at {t1} and asked for water.",
        "Recovery usually takes {w} to {w2} weeks.",
        "The flight from {pl} takes about {h} hours.",
        "Take the tablet at {t1} every day, with food.",
        "The scan takes roughly {m} minutes; you must lie still.",
        "Cold ischaemia time was {h} h {m} min.",
        "we wait already {d} days for the biopsy result",
    ])
    return t.format(h=R.randint(2, 14), m=R.randint(5, 55), d=R.randint(2, 40), w=R.randint(2, 6), w2=R.randint(7, 12),
                    t1=f"{R.randint(6, 22):02d}:{pick(['00', '15', '30', '45'])}", t2=f"{R.randint(17, 21)}:{pick(['00', '30'])}",
                    pl=place()), ["-"]


@family("clean_places", 40)
def _():
    t = pick([
        "Patients from {pl} usually fly in via Urumqi.",
        "The team at {h} has performed more than 300 such operations.",
        "She was transferred from a district hospital in {pl} to {h}.",
        "The department of {d} is on the fourth floor of the surgical building.",
        "is there a direct train from {pl} to Beijing?",
        "Many of our Mongolian patients are referred by doctors in Ulaanbaatar.",
        "The outreach clinic in {pl} runs twice a year.",
        "After discharge she continued rehabilitation closer to home, in {pl}.",
        "Doctors from {h} and colleagues in {pl} reviewed the case by video link.",
    ])
    return t.format(pl=place(), h=pick(HOSPITALS), d=pick(DEPTS)), ["-"]


EPONYMS = ["Crohn's disease", "Hashimoto's thyroiditis", "Parkinson's disease", "Alzheimer's disease", "Graves' disease",
           "Kawasaki disease", "Behçet's disease", "Cushing's syndrome", "Addison's disease", "Guillain-Barré syndrome",
           "Hodgkin lymphoma", "a Wilms tumour", "Down syndrome", "Takayasu arteritis", "Ménière's disease", "Bell's palsy",
           "Sjögren's syndrome", "Wilson's disease", "Marfan syndrome", "Hirschsprung's disease", "Perthes disease",
           "Ewing sarcoma", "Budd-Chiari syndrome", "moyamoya disease", "Kaposi sarcoma", "Duchenne muscular dystrophy"]


@family("clean_eponym", 42)
def _():
    t = pick([
        "She had lived with {e} for many years.",
        "The diagnosis of {e} was confirmed by biopsy.",
        "Children with {e} need lifelong follow-up.",
        "can {e} be treated with surgery?",
        "His older cousin also has {e}.",
        "A {p} was performed, followed by a {p2}.",
        "The {s} was used to assess the newborn.",
        "Survival was estimated with the Kaplan–Meier method.",
        "Our clinic for {e} sees about forty new patients a month.",
    ])
    return t.format(e=pick(EPONYMS), p=pick(["Whipple procedure", "Nissen fundoplication", "Fontan operation", "Ross procedure", "Hartmann's procedure", "Kasai portoenterostomy"]),
                    p2=pick(["Roux-en-Y reconstruction", "Glenn shunt", "Ilizarov frame fitting", "Bentall procedure"]),
                    s=pick(["Apgar score", "Ballard score", "Silverman score"])), ["-"]


@family("clean_alias", 40)
def _():
    a = pick(["Ms. A", "Mr. B", "Patient K", "Mrs. X", "Child C", "Patient 7", "患者张某", "A女士", "李某", "Mr. M",
              "Case 3", "Mr. T", "Patient Z", "王某某", "Baby G", "Ms. R"])
    t = pick([
        "{a} was referred with a suspected pituitary tumour.",
        "{a}, a farmer, noticed blood in his urine.",
        "In this case report, {a} refers to the index patient.",
        "Names have been changed; here the patient is called {a}.",
        "{a} agreed to share her story anonymously.",
        "The second case, {a}, presented with seizures.",
        "{a}'s tumour shrank by 60% after two cycles.",
    ])
    return t.format(a=a), ["-"]


@family("clean_relation", 40)
def _():
    t = pick([
        "Her {r} flew in from {pl} to be with her.",
        "His {r} donated a kidney.",
        "The patient's {r} stayed by the bed every night.",
        "my {r} is scared of the operation, can a psychologist talk to him?",
        "Both her {r} and her {r2} were tested as potential donors.",
        "The {r} of the child asked many careful questions.",
        "I am writing for my {r}, she does not use the internet.",
        "A neighbour drove her {r} to the airport.",
    ])
    return t.format(r=pick(RELATIVES), r2=pick(RELATIVES), pl=place()), ["-"]


@family("clean_jobtitle", 34)
def _():
    t = pick([
        "The {j} reviewed the case before the family arrived.",
        "Our {j} will call you to explain the plan.",
        "A {j} and a {j2} attended the first consultation.",
        "is the {j} available on weekends?",
        "The {j} recommended waiting three months before the next scan.",
        "According to the {j}, the wound is healing well.",
    ])
    jobs = ["attending physician", "head nurse", "chief of cardiac surgery", "transplant coordinator", "ward pharmacist",
            "international patient coordinator", "resident", "anaesthetist on call", "dietitian", "social worker",
            "physiotherapist", "radiation oncologist", "medical interpreter", "deputy director", "clinical psychologist"]
    return t.format(j=pick(jobs), j2=pick(jobs)), ["-"]


@family("clean_guideline_book", 30)
def _():
    t = pick([
        "Treatment followed the {g}.",
        "The protocol is based on the {g}, with local adjustments.",
        "Staging used the {s}.",
        "The junior doctors keep a copy of {b} in the duty room.",
        "She borrowed {b} from the hospital library to understand her illness.",
        "Recommendations differ between the {g} and the {g2}.",
    ])
    gl = ["NCCN Guidelines Version 3.2024", "ESC 2021 heart failure guidelines", "KDIGO 2024 CKD guideline",
          "Chinese Guidelines for Diabetes Prevention and Treatment (2020 edition)", "GOLD 2023 report",
          "ADA Standards of Care 2024", "WHO 2022 consolidated guidelines", "AASLD practice guidance",
          "ESMO clinical practice guidelines", "CSCO 2023 lung cancer guidelines"]
    return t.format(g=pick(gl), g2=pick(gl), s=pick(["AJCC 8th edition", "WHO 5th edition classification", "FIGO 2018 system", "Ann Arbor staging with Lugano modification"]),
                    b=pick(["Harrison's Principles of Internal Medicine", "Gray's Anatomy", "The Emperor of All Maladies",
                            "Nelson Textbook of Pediatrics", "Robbins Basic Pathology", "The Washington Manual", "Being Mortal"])), ["-"]


SURCHAR = [("黄疸", "jaundice"), ("高血压", "hypertension"), ("白血病", "leukaemia"), ("石膏", "plaster cast"), ("马尾综合征", "cauda equina syndrome"),
           ("金黄色葡萄球菌", "Staphylococcus aureus"), ("毛细血管", "capillaries"), ("胡萝卜素", "carotene"), ("常规检查", "routine tests"),
           ("温度", "temperature"), ("方案", "treatment plan"), ("周围神经", "peripheral nerves"), ("钱", "money"), ("孙辈", "grandchildren"),
           ("冯氏", "(a brand prefix)"), ("杨梅舌", "strawberry tongue"), ("林可霉素", "lincomycin"), ("何时手术", "when to operate"),
           ("朱砂", "cinnabar"), ("郑重声明", "formal statement"), ("谢谢", "thank you"), ("陈旧性骨折", "old fracture"),
           ("韩国", "Korea"), ("吴茱萸", "evodia fruit"), ("高热", "high fever"), ("黄体酮", "progesterone"), ("白内障", "cataract")]


@family("clean_surname_char", 30)
def _():
    z, e = pick([x for x in SURCHAR if x[1] != "(a brand prefix)"])
    t = pick([
        "The referral letter said \"{z}\", which means {e}.",
        "The Chinese term {z} ({e}) appears in the discharge note.",
        "she asked what {z} means — it means {e}",
        "In the report, {z} was translated as {e}.",
        "我们 want to know about {z}, the doctor wrote it on the paper",
    ])
    return t.format(z=z, e=e), ["-"]


@family("clean_brand", 32)
def _():
    t = pick([
        "She receives {b} every three weeks.",
        "The surgery was performed with the {r}.",
        "Her son uses a {p} and checks his glucose on the phone app.",
        "Is {b} available in China or do we bring it from home?",
        "A {v} valve was implanted through the femoral artery.",
        "The price of {b} has dropped since it entered the national reimbursement list.",
    ])
    return t.format(b=pick(["Herceptin", "Keytruda", "Glivec", "Tagrisso", "Opdivo", "Lantus", "Humira", "Eliquis", "Xarelto", "Revlimid", "Spinraza", "Ozempic"]),
                    r=pick(["da Vinci Xi robot", "Mako robotic arm", "CyberKnife system", "Gamma Knife Icon"]),
                    p=pick(["Medtronic MiniMed 780G", "Omnipod 5", "Dexcom G7 sensor", "FreeStyle Libre 2"]),
                    v=pick(["Venus-A", "Evolut PRO", "SAPIEN 3", "VitaFlow"])), ["-"]


@family("clean_contact", 56)
def _():
    t = pick([
        "hello, how much does a knee replacement cost roughly? my mother is {a}",
        "Do you accept patients from {pl} without a referral?",
        "good afternoon, where can I send the MRI images? they are 2 GB",
        "Is there a Russian-speaking doctor in the {d} department?",
        "hi, we got the invitation letter, thank you so much!!",
        "Can my husband stay in the same room after the operation?",
        "my daughter has fever again after chemo, 38.7, what should we do",
        "Please, how long is the waiting list for cochlear implant?",
        "sorry for my english. my father have {e}, can you help",
        "Do I need to stop aspirin before the colonoscopy?",
        "Which documents do we need for the medical visa?",
        "We are arriving next week, is there halal food in the canteen?",
        "The PDF report does not open on my phone, can you send it as pictures?",
        "thanks for the fast answer, we decided to come in {m}",
        "Hello! Is the hospital close to the airport or the train station?",
        "can we pay by card or only cash?",
        "my baby is {a2} months, has heart problem, please answer quickly",
        "Спасибо большое, the operation went well, we are home now",
        "rakhmet to all the nurses, my mother is walking already",
        "is the consultation online possible? we cannot travel now",
        "What is the success rate for this surgery in children?",
        "Hello, I sent the documents three days ago but nobody replied.",
    ])
    return t.format(a=R.randint(40, 88), a2=R.randint(1, 20), pl=place(), d=pick(DEPTS), e=pick(EPONYMS + CONDITIONS), m=pick(MONTHS)), ["-"]


@family("clean_story", 50)
def _():
    t = pick([
        "The young woman from {pl} had been told her tumour was inoperable.",
        "Her father carried her on his back up the stairs of the plane.",
        "For three years the family saved every spare tenge.",
        "The surgeons spent two days planning the operation on a 3D-printed model.",
        "When the boy woke up, the first thing he asked for was his tablet.",
        "The team in {d} had seen only two similar cases in ten years.",
        "Back in {pl}, the local doctors now follow her with monthly blood tests.",
        "Nobody in the village had heard of {e} before.",
        "The patient, {aa} engineer, had been coughing for months.",
        "A second opinion changed everything.",
        "Months later, a parcel of dried apricots arrived for the nurses.",
        "The operation was the first of its kind at {h}.",
        "The family arrived in winter, with temperatures of minus thirty back home.",
        "He now works part-time and walks his dog every morning.",
        "After the transplant, the girl started school for the first time at {a2}.",
    ])
    return t.format(pl=place(), d=pick(DEPTS), e=pick(EPONYMS), aa=a_age(R.randint(20, 75)), a2=R.randint(7, 12), h=pick(HOSPITALS)), ["-"]


@family("clean_quote", 44)
def _():
    t = pick([
        "\"I did not believe I would ever walk again,\" the patient says.",
        "\"We were scared, but the nurses explained everything,\" her mother recalls.",
        "\"This type of tumour responds well to surgery,\" the surgeon explains.",
        "\"Every day we saw small progress,\" says the physiotherapist.",
        "\"The hardest part was the language,\" admits her husband.",
        "\"Our goal is to get him home before the snow,\" the ward doctor said.",
        "\"I want to be a doctor too,\" the {a}-year-old announced on discharge day.",
        "\"We owe our daughter's life to this team,\" her parents wrote.",
        "\"The scans look excellent,\" the oncologist told the family.",
        "\"Call us if anything changes, even at night,\" the nurse reminded them.",
        "\"Don't thank me, thank the donor's family,\" the coordinator said quietly.",
        "\"It felt like a second birthday,\" the patient from {pl} says.",
    ])
    return t.format(a=R.randint(6, 16), pl=place()), ["-"]


@family("clean_caption", 38)
def _():
    t = pick([
        "Photo: the transplant team after the {n} liver transplant of the year.",
        "The patient and her mother in the hospital garden.",
        "Surgeons reviewing 3D images before the operation.",
        "A nurse teaches a young patient to use an inhaler.",
        "Caption: the view from the paediatric ward in winter.",
        "The first steps after spinal surgery, with a physiotherapist's support.",
        "Family members wait outside the operating theatre.",
        "Image: CT scan showing a {s} cm mass in the left kidney.",
        "The international patient centre at {h}.",
        "A drawing by a young patient from {pl}, displayed in the lobby.",
        "Photo courtesy of the patient's family.",
        "Left: before treatment. Right: six months later.",
    ])
    return t.format(n=ordinal(R.randint(50, 400)), s=round(R.uniform(1.5, 12), 1), h=pick(HOSPITALS), pl=place()), ["-"]


@family("clean_timeline", 42)
def _():
    t = pick([
        "Day {d}: extubated and breathing on her own.",
        "Week {w}: first outpatient review, wound healed.",
        "Month {mo}: PET-CT shows complete metabolic response.",
        "Day {d} after surgery — drains removed.",
        "Post-op day {d}: started oral feeding.",
        "Cycle {c} of chemotherapy completed without delays.",
        "Hour {h}: urine output picking up.",
        "Year {y} after transplant: graft function stable.",
        "Session {s} of {s2}: range of motion 90°.",
    ])
    return t.format(d=R.randint(1, 30), w=R.randint(1, 12), mo=R.randint(2, 18), c=R.randint(1, 8), h=R.randint(2, 48),
                    y=R.randint(1, 10), s=R.randint(1, 20), s2=R.randint(20, 30)), ["-"]


@family("clean_wordlike", 40)
def _():
    t = pick([
        "We hope the new medicine will reduce the swelling.",
        "There is a grace period of {n} days for paying the deposit.",
        "Her temperature rose to {t} °C overnight.",
        "The family's faith helped them through the long wait.",
        "It was pure joy to see him eat again.",
        "Please bring the bill to the cashier on the ground floor.",
        "The chance of recurrence is below {p}%.",
        "Spinach and liver are rich in iron.",
        "She was discharged at dawn, before the traffic.",
        "Summer is the busiest season for the international ward.",
        "We ask for patience: the pathology review takes {n} working days.",
        "A local charity paid for the flights.",
        "The book of drawings was a gift from the children's ward.",
        "The weather was sunny on the day she went home.",
        "Mercy, he said, was what he felt from the night staff.",
        "Hope is not a treatment plan, the surgeon likes to say, but it helps.",
        "Rose hip tea is allowed after the operation.",
        "The will to recover matters, but so does the physiotherapy.",
        "In autumn the clinic runs a vaccination campaign.",
        "Every patient here is precious to us.",
        "Counting blessings became a daily habit for the family.",
    ])
    return t.format(n=R.randint(3, 30), t=round(R.uniform(38, 40.5), 1), p=R.randint(2, 30)), ["-"]


@family("clean_imaging", 34)
def _():
    t = pick([
        "MRI showed a {a} × {b} cm lesion in segment {seg} of the liver.",
        "CT: {a} mm nodule in the right upper lobe, unchanged from the previous scan.",
        "Echo: LVEF {ef}%, mild mitral regurgitation, PASP {pa} mmHg.",
        "Ultrasound found a {a} cm cyst on the left ovary.",
        "X-ray: fracture of the distal radius with {d} mm displacement.",
        "The aneurysm measured {a} mm at its widest point.",
        "Bone scan showed no metastases; SUVmax of the primary was {suv}.",
        "is a {a} cm thyroid nodule big? TI-RADS {tr}",
    ])
    return t.format(a=round(R.uniform(0.5, 9.9), 1), b=round(R.uniform(0.5, 9.9), 1), seg=pick(ROMAN[:8]), ef=R.randint(20, 70),
                    pa=R.randint(20, 75), d=R.randint(2, 15), suv=round(R.uniform(2, 25), 1), tr=R.randint(2, 5)), ["-"]


@family("clean_device_model", 24)
def _():
    t = pick([
        "A {m} was implanted under local anaesthesia.",
        "The {m} is MRI-conditional, so scans are still possible.",
        "Battery life of the {m} is expected to be {y} to {y2} years.",
        "does the {m} beep at airport security?",
        "Her old device was replaced with a {m}.",
    ])
    return t.format(m=pick(["dual-chamber pacemaker", "Medtronic Azure XT DR MRI pacemaker", "Cochlear Nucleus 8 sound processor",
                            "Abbott Assurity MRI pacemaker", "Boston Scientific ICD", "deep brain stimulator", "vagus nerve stimulator",
                            "HeartMate 3 LVAD", "MED-EL cochlear implant", "subcutaneous ICD"]),
                    y=R.randint(6, 9), y2=R.randint(10, 14)), ["-"]


@family("clean_service_numbers", 20)
def _():
    t = pick([
        "In an emergency in China, dial {e}.",
        "If the bleeding starts again, call {e} or go to the nearest emergency department.",
        "The ambulance number in {c} is {e2}.",
        "Press {k} for the international patient service when you call the switchboard.",
        "Take lift {l} to floor {f} for the endoscopy centre.",
        "The shuttle bus to the hospital is line {b}.",
    ])
    return t.format(e=pick(["120", "110", "119"]), e2=pick(["103", "112", "911", "999"]),
                    c=pick(["Kazakhstan", "Russia", "Mongolia", "Uzbekistan", "Kyrgyzstan"]), k=R.randint(1, 9),
                    r=R.randint(201, 230), l=pick("ABCD"), f=R.randint(2, 18), b=R.randint(1, 60)), ["-"]


@family("clean_relative_date", 34)
def _():
    t = pick([
        "Three days after surgery she was sitting in a chair.",
        "The stitches come out {n} days after the operation.",
        "On the morning of the operation, he asked to call his mother.",
        "The results should be ready {w}.",
        "please come back in {n} weeks for the check-up",
        "The following {wd}, the family flew home.",
        "Last {wd} the fever finally broke.",
        "We will call you the day before admission.",
        "She has been seizure-free for {n} months now.",
        "The drain stays in for about {n} days.",
        "Every {wd} morning, the transplant clinic runs a walk-in session.",
    ])
    return t.format(n=R.randint(2, 21), w=pick(["next week", "within ten working days", "by Friday", "in two weeks", "tomorrow afternoon"]),
                    wd=pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])), ["-"]


@family("clean_mixed_lang", 32)
def _():
    t = pick([
        "谢谢 for everything, the whole family is grateful",
        "Спасибо, doctors! we arrived home safely",
        "Рахмет to the nurses of {d}",
        "Баярлалаа, the surgery was a success",
        "shukran for helping my father, God bless you all",
        "医生您好, the swelling is smaller today",
        "привет, i have question about the bill",
        "terima kasih banyak, my son is much better",
        "cảm ơn bác sĩ, we will come back in {m}",
        "Dear team, 非常感谢! the scar is almost invisible",
        "rahmat, the pain is only {p}/10 now",
        "Здравствуйте, is the {d} department open on Saturday?",
    ])
    return t.format(d=pick(DEPTS), m=pick(MONTHS), p=R.randint(1, 5)), ["-"]


@family("clean_misc_numbers", 30)
def _():
    t = pick([
        "Blood loss was about {n} mL, and no transfusion was needed.",
        "The implant weighs just {g} grams.",
        "Stage {st} disease, {n2} of {n3} lymph nodes positive.",
        "The hospital has {b} beds and {o} operating theatres.",
        "Her hearing threshold improved from {db} dB to {db2} dB.",
        "Visual acuity 20/{va} in the left eye.",
        "The drip runs at {r} mL per hour.",
        "{p}% of our international patients come from Central Asia.",
        "Radiotherapy: {gy} Gy in {fr} fractions.",
        "The tumour was graded {gr} on a scale of 1 to 3.",
    ])
    return t.format(n=R.randint(50, 1500), g=R.randint(2, 90), st=pick(["IIA", "IIB", "IIIA", "IIIC", "IB", "IVA"]),
                    n2=R.randint(1, 6), n3=R.randint(12, 30), b=R.randint(800, 4500), o=R.randint(20, 90),
                    db=R.randint(60, 110), db2=R.randint(20, 55), va=pick([40, 60, 80, 100, 200, 400]), r=R.randint(20, 150),
                    p=R.randint(10, 70), gy=pick([45, 50, 50.4, 60, 66, 70]), fr=pick([25, 28, 30, 33, 35]), gr=R.randint(1, 3)), ["-"]


# ---------------------------------------------------------------- assembly
def main():
    seen = set()
    rows = []
    for cat, n, fn in FAMILIES:
        got = 0
        tries = 0
        while got < n and tries < n * 60:
            tries += 1
            sent, kinds = fn()
            sent = " ".join(sent.replace("\t", " ").split())
            if sent in seen:
                continue
            seen.add(sent)
            rows.append((cat, ",".join(kinds), sent))
            got += 1
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    kc = Counter()
    clean = 0
    for cat, kinds, s in rows:
        if kinds == "-":
            clean += 1
        else:
            for k in kinds.split(","):
                kc[k] += 1
    print(f"rows={len(rows)} clean={clean} identifier={len(rows) - clean}")
    for k, v in sorted(kc.items()):
        print(f"  {k}: {v}")
