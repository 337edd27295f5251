"""Held-out de-identification corpus, part 11 (English).

Running this script writes ``deid_generated_en_heldout11.tsv`` next to it: a
tab-separated file with the columns ``category``, ``expected_kinds`` and
``sentence``.  Each row is one English sentence of the kind editors,
translators, patients and clinicians write in international-patient case
stories: story paragraphs, patients' messages, quotes, photo captions,
timeline entries and form-like notes.  ``expected_kinds`` lists the kinds of
identifying detail a careful reader would find in the sentence (``-`` for a
clean sentence).  The clean rows are deliberately the kind of text a scanner
might wrongly flag: doses, lab values, reference ranges, trial registry
numbers, gene names, months with years, cities, hospitals, eponymous
diseases, letter aliases and words that also happen to be names.

The sentences were written from general knowledge of how such texts read,
without reading the scanner, its word lists, its tests or the earlier
corpus files, so the scanner's score on this file is an honest held-out
measure.  About one identifier sentence in five uses a harder but realistic
form (full-width digits, lowercase or upper-case names, names that are also
ordinary words, mixed scripts, unusual notations).

The output is deterministic: a fixed seed and the standard library only.
Run it from anywhere with ``python tests/data/make_deid_part11_en.py``.
"""

from __future__ import annotations

import datetime as _dt
import pathlib
import random

SEED = 11_20_7331
R = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parent / "deid_generated_en_heldout11.tsv"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s: str) -> str:
    """Full-width digits, as a Chinese input method produces them."""
    return s.translate(FW)


def ch(seq):
    return R.choice(seq)


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n: int) -> str:
    return str(R.randint(1, 9)) + digits(n - 1)


def letters(n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(pool) for _ in range(n))


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def rand_day(y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(R.randint(start, end))


def fmt_date(d: _dt.date, hard: bool = False, with_year: bool | None = None) -> str:
    y, m, dd = d.year, d.month, d.day
    if with_year is None:
        with_year = R.random() < 0.75
    plain = [
        f"{dd} {MONTHS[m-1]} {y}", f"{MONTHS[m-1]} {dd}, {y}", f"{dd:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}.{m:02d}.{y}", f"{dd} {MON3[m-1]} {y}",
        f"{MON3[m-1]}. {dd}, {y}", f"the {ordinal(dd)} of {MONTHS[m-1]} {y}",
        f"{WEEKDAYS[d.weekday()]}, {dd} {MONTHS[m-1]} {y}", f"{m}/{dd}/{y}",
    ]
    noyear = [
        f"{dd} {MONTHS[m-1]}", f"{MONTHS[m-1]} {dd}", f"{MONTHS[m-1]} {ordinal(dd)}",
        f"the {ordinal(dd)} of {MONTHS[m-1]}", f"{WEEKDAYS[d.weekday()]} {dd} {MON3[m-1]}",
        f"{MON3[m-1]} {dd}",
    ]
    odd = [
        f"{y}年{m}月{dd}日", fw(f"{y}年{m}月{dd}日"), f"{dd}-{MON3[m-1].upper()}-{str(y)[2:]}",
        f"{y}{m:02d}{dd:02d}", f"{dd}.{ROMAN[m-1]}.{y}", f"{y}/{m}/{dd}",
        f"{dd:02d}.{m:02d}.{str(y)[2:]}", f"{m}月{dd}日", f"{ordinal(dd)} {MON3[m-1]} '{str(y)[2:]}",
        fw(f"{y}-{m:02d}-{dd:02d}"),
    ]
    if hard:
        return ch(odd)
    return ch(plain) if with_year else ch(noyear)


def month_year() -> str:
    return f"{ch(MONTHS)} {R.randint(2012, 2024)}"


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

# (given names female, given names male, family names, east-asian order?)
CULTURES = {
    "kazakh": (["Aigerim", "Dinara", "Aruzhan", "Saule", "Zhanar", "Madina", "Gulnara", "Akbota",
                "Dana", "Ainur", "Kamila", "Togzhan", "Aliya", "Meruyert"],
               ["Nurlan", "Yerlan", "Daulet", "Askar", "Bauyrzhan", "Almas", "Yerbol", "Arman",
                "Timur", "Nursultan", "Dias", "Yerzhan", "Marat", "Serik"],
               ["Seitkali", "Zhaksylykov", "Abenova", "Tulegenov", "Omarova", "Bekmukhambetov",
                "Kassymova", "Akhmetov", "Suleimenova", "Zhumabayev", "Ospanova", "Iskakov",
                "Nurpeisova", "Baimukhanov", "Sarsenbayeva", "Kenzhebekov"], False),
    "russian": (["Olga", "Natalia", "Irina", "Yekaterina", "Tatiana", "Svetlana", "Anastasia",
                 "Yulia", "Marina", "Ksenia", "Lyudmila", "Galina"],
                ["Dmitry", "Sergei", "Alexei", "Mikhail", "Vladimir", "Andrei", "Nikolai",
                 "Pavel", "Igor", "Konstantin", "Yevgeny", "Artyom"],
                ["Ivanova", "Smirnov", "Kuznetsova", "Popov", "Volkova", "Sokolov", "Morozova",
                 "Lebedev", "Fedorova", "Orlov", "Belova", "Zaitsev", "Grigoryeva", "Tkachenko"],
                False),
    "uzbek": (["Dilnoza", "Shahnoza", "Nodira", "Malika", "Gulnoza", "Zarina", "Feruza"],
              ["Jasur", "Bekzod", "Sardor", "Otabek", "Sherzod", "Ulugbek", "Javlon"],
              ["Karimova", "Rakhimov", "Yusupova", "Tursunov", "Abdullaeva", "Ergashev",
               "Saidova", "Khodjaev"], False),
    "kyrgyz_tajik": (["Cholpon", "Aizada", "Firuza", "Nigina", "Begimai"],
                     ["Aibek", "Nurbek", "Rustam", "Farrukh", "Bakyt", "Emil"],
                     ["Mamatov", "Sadykova", "Rahmonov", "Toktogulova", "Sharipov",
                      "Asanaliev"], False),
    "mongolian": (["Oyunchimeg", "Enkhjargal", "Bolormaa", "Sarnai", "Nomin", "Solongo",
                   "Uranchimeg"],
                  ["Ganbaatar", "Bat-Erdene", "Munkhbat", "Tserendorj", "Temuulen", "Batbayar",
                   "Erdenebat"],
                  ["Dorj", "Bold", "Sukhbaatar", "Gantulga", "Purevdorj", "Batsaikhan"], False),
    "arabic": (["Fatima", "Layla", "Mariam", "Noor", "Aisha", "Huda", "Rania", "Salma", "Yasmin"],
               ["Omar", "Yousef", "Khalid", "Hassan", "Tariq", "Ahmed", "Faisal", "Karim",
                "Ibrahim", "Mahmoud"],
               ["Al-Mansouri", "Haddad", "Al-Rashid", "Nasser", "El-Sayed", "Al-Harthy",
                "Khoury", "Al-Amiri", "Darwish", "Bakr"], False),
    "persian": (["Shirin", "Parisa", "Nasrin", "Leila"], ["Reza", "Dariush", "Amir", "Babak"],
                ["Rahimi", "Karimi", "Hosseini", "Moradi", "Jafari"], False),
    "korean": (["Min-ji", "Seo-yeon", "Eun-bi", "Ji-woo", "Ha-eun"],
               ["Ji-hoon", "Hyun-woo", "Min-jun", "Do-yoon", "Sung-ho"],
               ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"], True),
    "japanese": (["Yuki", "Aoi", "Sakura", "Haruka", "Mei"], ["Haruto", "Ren", "Sota", "Kenji", "Takumi"],
                 ["Sato", "Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura"], True),
    "vietnamese": (["Thi Lan", "Thi Hoa", "Thanh Huong", "Ngoc Anh", "Thu Trang"],
                   ["Van Minh", "Quoc Bao", "Duc Anh", "Van Hung", "Minh Tuan"],
                   ["Nguyen", "Tran", "Le", "Pham", "Do", "Vu", "Hoang"], True),
    "thai_indo_malay": (["Pimchanok", "Siriporn", "Putri", "Dewi", "Nur Aisyah", "Kanya"],
                        ["Somchai", "Nattapong", "Budi", "Agus", "Faizal", "Arif"],
                        ["Wongsakul", "Srisuk", "Santoso", "Wijaya", "Rahman", "Setiawan",
                         "Chaiyaporn"], False),
    "filipino": (["Jocelyn", "Maricel", "Analyn"], ["Rommel", "Jerome", "Noel"],
                 ["Dela Cruz", "Bautista", "Villanueva", "Mendoza"], False),
    "indian": (["Priya", "Lakshmi", "Ananya", "Deepa", "Kavitha"],
               ["Arjun", "Vikram", "Rahul", "Suresh", "Karthik"],
               ["Raghavan", "Mehta", "Iyer", "Nair", "Deshpande", "Reddy", "Banerjee"], False),
    "african": (["Amara", "Wanjiru", "Fatoumata", "Chiamaka", "Nomvula", "Abena", "Tsion"],
                ["Chinedu", "Kwame", "Tendai", "Abebe", "Oluwaseun", "Juma", "Moussa"],
                ["Okafor", "Nwosu", "Mensah", "Kamau", "Moyo", "Tesfaye", "Diallo", "Adeyemi",
                 "Otieno", "Banda"], False),
    "european": (["Hannah", "Sofia", "Katarzyna", "Eva", "Ingrid", "Chiara", "Marta", "Elif"],
                 ["Luca", "Pierre", "Jan", "Nikos", "Tomasz", "Lars", "Mehmet", "Stefan"],
                 ["Becker", "Romano", "Lindqvist", "Lambert", "Nowak", "de Vries", "Horvath",
                  "Papadakis", "Yilmaz", "Schneider"], False),
    "latin": (["Camila", "Lucía", "Valentina", "Mariana", "Ximena"],
              ["Mateo", "Diego", "Santiago", "Joaquín", "Andrés"],
              ["Rojas", "Fernández", "Gómez", "Alvarado", "Ortiz", "Quispe"], False),
    "chinese": (["Lihua", "Fang", "Jing", "Xiaoyu", "Ting", "Yue", "Min", "Hui", "Xiulan"],
                ["Wei", "Lei", "Jun", "Hao", "Zhiqiang", "Jianguo", "Peng", "Tao"],
                ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Sun", "Lin", "Xu", "Gao", "Ma",
                 "Zhou", "Guo", "He", "Yang"], True),
}
CULT_KEYS = list(CULTURES)

CN_NAMES = ["王丽华", "张伟", "刘芳", "陈静", "李秀英", "赵磊", "林晓雨", "周建国", "马玉兰",
            "高敏", "孙悦", "徐婷", "郭志强", "何俊", "杨桂芳", "艾尔肯", "热依拉", "买买提江"]
CN_TRANSLIT = ["阿依古丽", "努尔兰", "娜塔莉亚", "巴特尔", "古丽娜尔", "阿斯卡尔", "奥莉娅",
               "迪娜拉", "叶尔兰", "萨乌列", "法蒂玛", "穆罕默德", "德米特里", "阿卜杜拉"]
# given names that are also ordinary English words
WORD_NAMES_F = ["Hope", "Grace", "Faith", "Rose", "Joy", "Summer", "Dawn", "Ivy", "Pearl",
                "Amber", "Jade", "Blessing", "Precious", "Patience", "Sunny", "Autumn", "Honey"]
WORD_NAMES_M = ["Bill", "Will", "Mark", "Frank", "Rich", "Jack", "Sonny", "Chance", "Gift",
                "Innocent", "Lucky", "Wisdom", "Rusty"]
WORD_SURNAMES = ["Long", "Young", "King", "Bell", "Stone", "Moon", "Song", "May", "Rich",
                 "Fox", "Wolf", "Baker", "Hill", "Gold", "Love"]
NICKS = ["Sasha", "Dima", "Katya", "Misha", "Lena", "Tolya", "Nurik", "Aika", "Dimash",
         "Zhenya", "Xiao Mei", "Ah Fang", "Baba Olya", "Kolya", "Gulya", "Seryozha", "Nastya",
         "Shura", "Mimi", "Bobo"]
TITLES_ANY = ["Dr.", "Dr", "Professor", "Prof.", "Nurse", "Doctor"]
TITLES_F = ["Mrs.", "Ms.", "Ms", "Madam", "Sister", "Auntie", "Grandma"]
TITLES_M = ["Mr.", "Mr", "Uncle", "Grandpa"]


def culture():
    return ch(CULT_KEYS)


def given(g: str | None = None, cult: str | None = None) -> str:
    c = CULTURES[cult or culture()]
    g = g or ch("fm")
    return ch(c[0] if g == "f" else c[1])


def family(cult: str | None = None) -> str:
    return ch(CULTURES[cult or culture()][2])


def full(g: str | None = None, cult: str | None = None) -> str:
    cult = cult or culture()
    gi, fa = given(g, cult), family(cult)
    if CULTURES[cult][3]:
        return f"{fa} {gi}"
    return f"{gi} {fa}"


def titled(g: str | None = None) -> str:
    cult = culture()
    g = g or ch("fm")
    pool = TITLES_ANY + (TITLES_F if g == "f" else TITLES_M)
    t = ch(pool)
    if CULTURES[cult][3] and R.random() < 0.5:
        return f"{t} {full(g, cult)}"
    return f"{t} {family(cult)}"


def initials_name() -> str:
    cult = culture()
    fa = family(cult)
    a = ch("ABDEGKLMNOSTZ")
    if R.random() < 0.4:
        return f"{a}.{ch('ABEKNST')}. {fa}"
    if cult == "mongolian" or R.random() < 0.3:
        return f"{a}. {given(None, cult)}"
    return f"{a}. {fa}"


def russian_patronymic(g: str) -> str:
    fa = ch(["Petrov", "Ivanov", "Sergeev", "Nikolaev", "Alexandrov", "Mikhailov", "Viktorov"])
    if g == "f":
        return fa[:-2] + ("ovna" if fa.endswith("ov") else "evna")
    return fa[:-2] + ("ovich" if fa.endswith("ov") else "evich")


def any_name() -> str:
    k = R.random()
    if k < 0.35:
        return full()
    if k < 0.55:
        return given()
    if k < 0.75:
        return titled()
    if k < 0.85:
        return initials_name()
    return ch(NICKS)


def pron(g):
    return ("she", "her", "her") if g == "f" else ("he", "him", "his")


# ---------------------------------------------------------------------------
# places and clean vocabulary
# ---------------------------------------------------------------------------

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Tashkent",
          "Samarkand", "Bukhara", "Bishkek", "Osh", "Dushanbe", "Ulaanbaatar", "Erdenet",
          "Novosibirsk", "Moscow", "Irkutsk", "Omsk", "Kazan", "Dubai", "Riyadh", "Amman",
          "Baghdad", "Muscat", "Hanoi", "Ho Chi Minh City", "Bangkok", "Chiang Mai", "Jakarta",
          "Kuala Lumpur", "Manila", "Lagos", "Nairobi", "Addis Ababa", "Harare", "Accra",
          "Berlin", "Warsaw", "Milan", "Istanbul", "Urumqi", "Beijing", "Shanghai", "Guangzhou",
          "Kashgar", "Yining", "Khorgos", "Tehran", "Karachi", "Dhaka", "Lima"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Mongolia",
             "Turkmenistan", "the United Arab Emirates", "Saudi Arabia", "Jordan", "Iraq",
             "Oman", "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines",
             "Nigeria", "Kenya", "Ethiopia", "Zimbabwe", "Ghana", "Germany", "Poland", "Italy",
             "Turkey", "Iran", "Pakistan", "Bangladesh", "Peru", "Azerbaijan", "Georgia"]
HOSPITALS = ["the First Affiliated Hospital of Xinjiang Medical University",
             "Peking University People's Hospital", "Ruijin Hospital", "West China Hospital",
             "Lu Daopei Hospital", "Sun Yat-sen University Cancer Center", "Zhongshan Hospital",
             "Tongji Hospital", "Peking Union Medical College Hospital",
             "the Children's Hospital of Fudan University", "Xiangya Hospital",
             "the National Scientific Oncology Center in Astana", "Huashan Hospital"]
DEPTS = ["the haematology department", "the rheumatology ward", "the paediatric oncology unit",
         "the international patient centre", "the cell therapy unit", "the ICU",
         "the nephrology clinic", "the transplant ward", "radiology", "the day-care ward",
         "the neurology department", "outpatients", "the pharmacy", "the apheresis room"]
CONDITIONS = ["systemic lupus erythematosus", "lupus nephritis", "B-cell acute lymphoblastic leukaemia",
              "diffuse large B-cell lymphoma", "multiple myeloma", "neuromyelitis optica",
              "myasthenia gravis", "systemic sclerosis", "aplastic anaemia", "thalassaemia major",
              "ANCA-associated vasculitis", "refractory nephrotic syndrome",
              "relapsed Hodgkin lymphoma", "Sjögren's syndrome", "Crohn's disease",
              "Takayasu arteritis", "Kawasaki disease", "Guillain-Barré syndrome",
              "Still's disease", "Behçet's disease", "Graves' disease"]
TREATMENTS = ["CAR-T therapy", "CD19 CAR-T cells", "BCMA CAR-T", "an autologous stem cell transplant",
              "a haploidentical transplant", "plasma exchange", "rituximab", "belimumab",
              "six cycles of R-CHOP", "tocilizumab", "cyclophosphamide pulses", "IVIG"]
RELS = ["her mother", "his father", "her husband", "his wife", "their eldest son",
        "her younger sister", "his grandmother", "the patient's aunt", "her daughter",
        "his brother-in-law", "the boy's parents", "her cousin", "the interpreter",
        "a neighbour from the same village", "his colleague", "the family"]
ALIASES = ["Ms. A", "Mr. B", "Patient C", "Ms. D", "Mr. K", "Patient E", "Baby F",
           "Little G", "Ms. M", "Mr. T", "the patient", "Case 3", "Patient X", "Mrs. H",
           "A女士", "患者A", "小A", "B先生"]

# ---------------------------------------------------------------------------
# identifier value generators
# ---------------------------------------------------------------------------


def phone(hard: bool = False) -> str:
    kinds = [
        lambda: f"+7 {ch(['701','702','705','707','747','771','777','778'])} {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+7 ({ch(['727','7172','7252'])}) {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"8 {ch(['701','777','705'])} {digits(3)} {digits(4)}",
        lambda: f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"+86 1{ch('3589')}{digits(1)} {digits(4)} {digits(4)}",
        lambda: f"1{ch('3589')}{digits(9)}",
        lambda: f"+976 {ch('89')}{digits(3)} {digits(4)}",
        lambda: f"+998 {ch(['90','91','93','97','99'])} {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+996 {ch(['555','700','772'])} {digits(3)} {digits(3)}",
        lambda: f"+971 5{ch('0256')} {digits(3)} {digits(4)}",
        lambda: f"+966 5{digits(1)} {digits(3)} {digits(4)}",
        lambda: f"+66 8{digits(1)} {digits(3)} {digits(4)}",
        lambda: f"+84 9{digits(2)} {digits(3)} {digits(3)}",
        lambda: f"+62 812-{digits(4)}-{digits(4)}",
        lambda: f"+234 80{digits(1)} {digits(3)} {digits(4)}",
        lambda: f"+254 7{digits(2)} {digits(6)}",
        lambda: f"+49 30 {digits(7)}",
        lambda: f"+44 7{digits(3)} {digits(6)}",
        lambda: f"(0991) {digits(7)}",
        lambda: f"0991-{digits(7)}",
        lambda: f"+86-10-{digits(4)}-{digits(4)}",
        lambda: f"+992 {digits(2)} {digits(3)} {digits(4)}",
        lambda: f"+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}",
    ]
    hard_kinds = [
        lambda: fw(f"1{ch('3589')}{digits(9)}"),
        lambda: fw(f"+7 7{digits(2)} {digits(3)} {digits(4)}"),
        lambda: f"+7.701.{digits(3)}.{digits(2)}.{digits(2)}",
        lambda: f"00 976 {digits(4)} {digits(4)}",
        lambda: f"+86 (0)991 {digits(3)} {digits(4)}",
        lambda: f"8-701-{digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"1{ch('3589')}{digits(1)}-{digits(4)}-{digits(4)}",
        lambda: f"+7 7O1 {digits(3)} {digits(4)}".replace("O", "0"),
    ]
    return ch(hard_kinds)() if hard else ch(kinds)()


EMAIL_USERS = ["aika.s", "sunflower_kz", "mama.of.twins", "d.tulegenov", "n.haddad87",
               "olya.spb", "ganaa.mn", "lupus.warrior", "kwame.m", "priya.r", "b.ospanova",
               "tashkent.family", "rustam_d", "lan.nguyen92", "hope4dimash", "zh.omarova",
               "ivanova_oa", "farid.h", "mika_98", "bolor.n", "amira.kh", "t.moyo",
               "chen.jing.1990", "wangxy88", "nomin_b"]
EMAIL_DOMAINS = ["gmail.com", "mail.ru", "yandex.ru", "mail.kz", "inbox.ru", "yahoo.com",
                 "outlook.com", "163.com", "qq.com", "126.com", "icloud.com", "hotmail.com",
                 "bk.ru", "umail.uz", "mail.mn", "gmx.de", "proton.me", "list.ru"]


def email(hard: bool = False) -> str:
    u, d = ch(EMAIL_USERS), ch(EMAIL_DOMAINS)
    if not hard:
        if R.random() < 0.2:
            u = u + str(R.randint(1, 99))
        return f"{u}@{d}"
    name, _, tld = d.rpartition(".")
    return ch([
        f"{u} at {name} dot {tld}", f"{u}[at]{d}", f"{u} (at) {name} (dot) {tld}",
        f"{u}＠{d}", f"{u.upper()}@{d.upper()}", f"{u} @ {d}", f"{u}{{at}}{name}.{tld}",
        f"{nz_digits(9)}@qq.com",
    ])


def url(hard: bool = False) -> str:
    plain = [
        f"https://www.gofundme.com/f/{ch(['help-my-son-walk-again','treatment-in-china','lupus-fight','car-t-for-mama'])}-{digits(3)}",
        f"https://drive.google.com/file/d/1{letters(5,'abcdefghijkmnopqrstuvwxyz')}{digits(4)}{letters(6)}/view",
        f"http://{ch(['aika-diary','our-fight','healing-journey','mamas-notes'])}.{ch(['kz','ru','com','blogspot.com'])}",
        f"https://youtu.be/{letters(4,'abcdefghijkmnpqrstuvwxyzABCDEFGH')}{digits(2)}{letters(5,'abcdefghijkmnpqrstuvwxyzXYZ')}",
        f"https://docs.google.com/forms/d/e/1FAIpQL{letters(8,'abcdefghijkmnpqrstuvwxyz')}{digits(3)}/viewform",
        f"www.{ch(['ourboy','kamila-care','myroadtochina','hopefortimur'])}.{ch(['org','kz','net'])}/updates",
        f"https://t.me/{ch(['joinchat/','+'])}{letters(8,'abcdefghijkmnpqrstuvwxyzABCDEF')}{digits(2)}",
        f"https://www.dropbox.com/s/{letters(6,'abcdefghijkmnpqrstuvwxyz')}{digits(3)}/scans.zip",
        f"https://vk.com/wall-{digits(8)}_{digits(4)}",
        f"https://www.mp.weixin.qq.com/s/{letters(10,'abcdefghijkmnpqrstuvwxyzABCDEFGH')}",
    ]
    hard_l = [
        f"bit.ly/{letters(3,'abcdefghjkmnpqrstuvwxyz')}{digits(2)}{letters(2,'ABCDEFGH')}",
        f"t.ly/{letters(5,'abcdefghjkmnpqrstuvwxyzABCD')}",
        f"tinyurl.com/{letters(6,'abcdefghjkmnpqrstuvwxyz')}{digits(1)}",
        f"hxxps://{ch(['our-fight','aika-diary'])}[.]kz",
        f"{ch(['wa.me','taplink.cc','linktr.ee'])}/{letters(6,'abcdefghjkmnpqrstuvwxyz')}{digits(2)}",
        f"WWW.{ch(['HOPEFORTIMUR','OURBOY'])}.ORG",
        f"https://b23.tv/{letters(7,'abcdefghjkmnpqrstuvwxyzABCD')}",
        f"v.douyin.com/{letters(7,'abcdefghjkmnpqrstuvwxyzABCD')}/",
    ]
    return ch(hard_l) if hard else ch(plain)


def ipaddr(hard: bool = False) -> str:
    v4 = lambda: f"{ch([R.randint(1, 223), 95, 178, 185, 212, 37, 91])}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"
    if not hard:
        return ch([v4, v4, lambda: f"192.168.{R.randint(0,9)}.{R.randint(2,254)}",
                   lambda: f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}"])()
    h = lambda: format(R.randint(0, 0xFFFF), "x")
    return ch([
        lambda: f"2001:db8:{h()}:{h()}::{h()}",
        lambda: f"fe80::{h()}:{h()}:{h()}:{h()}",
        lambda: f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
        lambda: f"{v4()}:{ch(['8080','443','3389'])}",
        lambda: fw(v4()),
        lambda: f"{v4()}/24",
        lambda: f"::ffff:{v4()}",
    ])()


def social_handle() -> str:
    return ch(["sunflower_almaty", "mama_of_twins_kz", "lupus_warrior_88", "ourfight.kz",
               "healing.journey.mn", "steppe_girl_92", "hope4timur", "bolor_nomin",
               "kaz_mama_2", "road_to_urumqi", "car_t_diaries", "little_lion_uz",
               "warrior.princess.ae", "tashkent_dad", "brave_little_bee", "daddy_and_me_kg",
               "dasha_dance77", "aika.life", "grey_cat_1989", "mongol_rider_"])


def social(hard: bool = False):
    """Return (text, extra_kinds)."""
    h = social_handle()
    opts = [
        (f"WeChat: {h}", []), (f"WeChat ID wxid_{letters(10,'abcdefghijkmnpqrstuvwxyz0123456789')}", []),
        (f"QQ {nz_digits(R.choice([9, 10]))}", []), (f"Instagram @{h}", []),
        (f"Telegram @{h}", []), (f"TikTok @{h}", []), (f"Douyin ID {h}", []),
        (f"LINE ID: {h}", []), (f"X/Twitter @{h}", []), (f"Weibo @{h}", []),
        (f"Xiaohongshu ID {nz_digits(9)}", []), (f"VK id{nz_digits(9)}", []),
        (f"Facebook page '{ch(['Help Little Timur','Aika Fights Lupus','Hope for Mama'])}'"
         f" (fb.com/{h.replace('_','').replace('.','')})", ["web_address"]),
    ]
    hard_opts = [
        (f"微信号 {h}", []), (f"wechat {h} (pls add me)", []), (f"IG: {h.upper()}", []),
        (f"QQ号 {fw(nz_digits(10))}", []), (f"@{h} on insta", []),
        (f"weixin: {h}", []), (f"抖音号 {h}", []),
        (f"VX: {h}", []),
    ]
    return ch(hard_opts) if hard else ch(opts)


CN_REGIONS = ["650102", "650104", "650105", "110105", "310115", "440305", "652301",
              "654002", "150102", "620102", "510107", "653101", "654101", "320106"]


def resident_id(hard: bool = False) -> str:
    b = rand_day(1940, 2018)
    body = f"{ch(CN_REGIONS)}{b.year}{b.month:02d}{b.day:02d}{digits(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
    if R.random() < 0.25:
        check = ch([c for c in "0123456789X" if c != check])
    full_id = body + check
    if not hard:
        return ch([full_id, full_id, f"{full_id[:6]} {full_id[6:14]} {full_id[14:]}"])
    old = f"{ch(CN_REGIONS)}{str(b.year)[2:]}{b.month:02d}{b.day:02d}{digits(3)}"
    return ch([fw(full_id), full_id.lower() if check == "X" else full_id[:17] + "x",
               old, f"{full_id[:6]}-{full_id[6:14]}-{full_id[14:]}", fw(old)])


def national_id(hard: bool = False):
    b = rand_day(1945, 2016)
    yy, mm, dd = str(b.year)[2:], f"{b.month:02d}", f"{b.day:02d}"
    opts = [
        ("IIN", f"{yy}{mm}{dd}{ch('3456')}{digits(5)}"),
        ("SNILS", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("INN", nz_digits(12)),
        ("PINFL", f"{ch('3456')}{dd}{mm}{yy}{digits(8)}"),
        ("SSN", f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"),
        ("Aadhaar", f"{nz_digits(4)} {digits(4)} {digits(4)}"),
        ("Emirates ID", f"784-{b.year}-{digits(7)}-{digits(1)}"),
        ("CNIC", f"{nz_digits(5)}-{digits(7)}-{digits(1)}"),
        ("NIN", nz_digits(11)),
        ("resident registration number", f"{yy}{mm}{dd}-{ch('1234')}{digits(6)}"),
        ("CCCD", f"0{digits(11)}"),
        ("NRIC", f"S{digits(7)}{ch('ABCDEFGHIZJ')}"),
        ("Thai ID", f"{R.randint(1,8)}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}"),
        ("personal number", f"{ch('12')}{yy}{mm}{dd}{digits(5)}"),
        ("Mongolian register number", f"{ch(['УБ','ТА','ЧЕ','УЕ','ФА'])}{yy}{mm}{dd}{digits(2)}"),
        ("NI number", f"{letters(2,'ABCEGHJKLMNPRSTWXYZ')} {digits(2)} {digits(2)} {digits(2)} {ch('ABCD')}"),
        ("TC kimlik no", nz_digits(11)),
        ("Kyrgyz PIN", f"{ch('12')}{dd}{mm}{b.year}{digits(5)}"),
    ]
    label, val = ch(opts)
    if hard:
        val = ch([fw(val), val.replace(" ", "").replace("-", ""), " ".join(val.replace("-", "").replace(" ", "")[i:i+3] for i in range(0, len(val.replace("-", "").replace(" ", "")), 3))])
    return label, val


def passport(hard: bool = False) -> str:
    opts = [f"N{digits(8)}", f"{R.randint(70, 76)} {digits(7)}", f"E{digits(8)}",
            f"EA{digits(7)}", f"FA{digits(7)}", f"AC{digits(7)}", f"{ch('CKLMNPZ')}{digits(7)}",
            f"{nz_digits(9)}", f"C{letters(1,'FGHJKLMNPRTVWXYZ')}{digits(1)}{letters(1,'FGHJKLMNPRTVWXYZ')}{digits(5)}",
            f"E{digits(7)}", f"G{digits(8)}", f"ID{digits(7)}", f"AB{digits(6)}"]
    v = ch(opts)
    if hard:
        v = ch([fw(v), v.lower(), " ".join(v[i:i+3] for i in range(0, len(v), 3)), "№ " + v])
    return v


def mrn(hard: bool = False) -> str:
    opts = [nz_digits(8), f"{R.randint(2016, 2024)}{digits(6)}", f"ZY{digits(8)}",
            f"MZ{R.randint(2018,2024)}-{digits(5)}", f"{digits(2)}-{digits(3)}-{digits(3)}",
            f"H{nz_digits(7)}", f"{letters(1)}{digits(7)}", f"IP-{digits(6)}", nz_digits(10),
            f"{digits(3)} {digits(3)} {digits(3)}"]
    v = ch(opts)
    if hard:
        v = ch([fw(v), f"#{v}", v.replace("-", "")])
    return v


def health_plan(hard: bool = False) -> tuple[str, str]:
    opts = [
        ("OMS policy", f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}"),
        ("policy number", f"{ch(['POL','AXA','GLB','ALZ','MED'])}-{nz_digits(8)}"),
        ("member ID", f"{letters(3)}{nz_digits(9)}"),
        ("Bupa membership number", f"{nz_digits(8)}-{digits(2)}"),
        ("Cigna ID", f"U{nz_digits(8)} {digits(2)}"),
        ("medical insurance card number", f"{ch(['6501','1101','6540'])}{digits(2)}{letters(1)}{digits(8)}"),
        ("Daman card", f"{nz_digits(4)}-{digits(4)}-{digits(4)}"),
        ("insurance certificate", f"{letters(2)}/{R.randint(2019,2024)}/{digits(6)}"),
        ("social insurance card", f"{letters(1)}{digits(8)}"),
        ("health card", f"{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}"),
        ("group policy", f"GP{digits(6)}, member {digits(4)}"),
        ("Medicare number", f"{nz_digits(4)} {digits(5)} {digits(1)}"),
    ]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.replace(" ", "").replace("-", "")])
    return label, v


def account(hard: bool = False) -> tuple[str, str]:
    opts = [
        ("bank card", f"6222 {digits(4)} {digits(4)} {digits(4)} {digits(3)}"),
        ("Visa card", f"4{digits(3)} {digits(4)} {digits(4)} {digits(4)}"),
        ("Kaspi Gold card", f"4400 {digits(4)} {digits(4)} {digits(4)}"),
        ("IBAN", f"KZ{digits(2)} {digits(3)}{letters(1)} {digits(4)} {digits(4)} {digits(4)}"),
        ("IBAN", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"),
        ("IBAN", f"AE{digits(2)} {digits(3)} {digits(16)}"),
        ("account no.", f"40817810{digits(12)}"),
        ("account", f"{digits(3)}-{digits(6)}-{digits(3)}"),
        ("UnionPay card", f"62{digits(2)} {digits(4)} {digits(4)} {digits(4)}"),
        ("Mastercard", f"5{ch('12345')}{digits(2)}-{digits(4)}-{digits(4)}-{digits(4)}"),
        ("Humo card", f"9860 {digits(4)} {digits(4)} {digits(4)}"),
        ("Uzcard", f"8600 {digits(4)} {digits(4)} {digits(4)}"),
        ("savings account", nz_digits(17)),
    ]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.replace(" ", "").replace("-", ""), v.replace(" ", "-")])
    return label, v


def licence(hard: bool = False, kind: str | None = None) -> tuple[str, str]:
    opts = [
        ("driver's licence", f"{digits(2)} {letters(2)} {digits(6)}"),
        ("driving licence", f"{letters(2)}{digits(6)}"),
        ("physician's practising certificate", f"{R.randint(1,5)}{digits(2)}{ch(['11','65','31'])}{digits(11)}"),
        ("nursing licence", f"RN-{nz_digits(7)}"),
        ("GMC number", nz_digits(7)),
        ("NMC PIN", f"{digits(2)}{letters(1)}{digits(4)}{letters(1)}"),
        ("driver licence", f"{letters(1)}{digits(4)}-{digits(5)}-{digits(5)}"),
        ("pharmacist licence", f"PH{nz_digits(6)}"),
        ("medical licence", f"MD-{R.randint(2005,2023)}-{digits(5)}"),
        ("licence to practise", f"No. {letters(2)}{nz_digits(6)}"),
        ("DL no.", f"{ch(['DL','MH','KA'])}-{digits(2)}{R.randint(2005,2022)}{digits(7)}"),
        ("taxi driver's permit", f"{letters(1)}{digits(6)}"),
    ]
    if kind == "drive":
        opts = [o for o in opts if any(w in o[0] for w in ("driv", "DL", "taxi"))]
    elif kind == "pro":
        opts = [o for o in opts if not any(w in o[0] for w in ("driv", "DL", "taxi"))]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.lower(), v.replace(" ", "").replace("-", "")])
    return label, v


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vehicle(hard: bool = False) -> tuple[str, str]:
    opts = [
        ("plate", f"{digits(3)} {letters(3)} {ch(['01','02','05','13','17'])}"),
        ("plate", f"新{ch('ABCFGHN')}·{digits(5)}"),
        ("plate", f"京{letters(1)} {letters(1)}{digits(4)}"),
        ("number plate", f"{ch('АВЕКМНОРСТУХ')}{digits(3)}{ch('АВЕКМНОРСТУХ')}{ch('АВЕКМНОРСТУХ')} {ch(['77','54','38','154','116'])}"),
        ("car", f"{digits(4)} УБ{ch('АБВГ')}"),
        ("VIN", "".join(R.choice(VIN_CH) for _ in range(17))),
        ("plates", f"Dubai {ch('ABCDNPR')} {nz_digits(5)}"),
        ("reg", f"{letters(2)}{digits(2)} {letters(3)}"),
        ("plate", f"{digits(2)}{letters(1)}-{digits(3)}.{digits(2)}"),
        ("licence plate", f"{digits(2)} {letters(1)} {digits(3)} {letters(2)}"),
        ("plate", f"01 {letters(1)} {digits(3)} {letters(2)}"),
        ("plate", f"{nz_digits(1)}{letters(3)}{digits(3)}"),
        ("motorbike plate", f"{letters(1)}{digits(4)}{letters(1)}"),
    ]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.lower(), v.replace(" ", "")])
    return label, v


def device(hard: bool = False) -> tuple[str, str]:
    mac = ":".join(format(R.randint(0, 255), "02X") for _ in range(6))
    opts = [
        ("pacemaker serial number", f"{letters(3)}{nz_digits(6)}{letters(1)}"),
        ("IMEI", f"35{digits(13)}"),
        ("IMEI", f"{digits(2)}-{digits(6)}-{digits(6)}-{digits(1)}"),
        ("MAC address", mac),
        ("insulin pump serial", f"NG{nz_digits(7)}{letters(1)}"),
        ("cochlear implant serial", f"{nz_digits(6)}-{digits(3)}"),
        ("CGM transmitter ID", f"{digits(1)}{letters(1)}{digits(4)}{letters(1)}"),
        ("Holter recorder", f"HX-{nz_digits(5)}"),
        ("ICD serial", f"{letters(3)}{nz_digits(6)}"),
        ("port-a-cath lot and serial", f"SN {nz_digits(8)}"),
        ("hearing aid serial", f"{nz_digits(10)}"),
        ("home oxygen concentrator", f"S/N {letters(2)}{nz_digits(7)}"),
        ("glucometer", f"serial {letters(4)}{nz_digits(6)}"),
        ("tablet", f"serial number {letters(2)}{digits(2)}{letters(4)}{digits(2)}"),
    ]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.lower(), v.replace(":", "-"), v.replace(" ", "")])
    return label, v


def other(hard: bool = False) -> tuple[str, str]:
    opts = [
        ("case number", f"{R.randint(2019, 2024)}-{nz_digits(5)}"),
        ("ticket number", f"{ch(['555','784','176','999','880'])}-{digits(10)}"),
        ("booking reference", letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        ("claim number", f"CLM{nz_digits(8)}"),
        ("court case no.", f"({R.randint(2020,2024)}) 新0{digits(3)}民初{nz_digits(4)}号"),
        ("student ID", f"{R.randint(2015, 2023)}{digits(6)}"),
        ("employee number", f"E{nz_digits(5)}"),
        ("visa application number", f"{letters(2)}{R.randint(2021,2024)}{digits(8)}"),
        ("DHL tracking number", nz_digits(10)),
        ("invoice no.", f"INV-{R.randint(2019,2024)}-{digits(5)}"),
        ("donor registry ID", f"{letters(2)}-{nz_digits(7)}"),
        ("lab accession number", f"{letters(1)}{digits(2)}-{nz_digits(6)}"),
        ("appointment number", f"{nz_digits(12)}"),
        ("police report number", f"{R.randint(2019,2024)}/{nz_digits(6)}"),
        ("pension certificate", nz_digits(9)),
        ("CAR-T product COI number", f"COI-{letters(2)}-{nz_digits(6)}"),
        ("charity application", f"No. {nz_digits(6)}"),
        ("residence permit number", f"{letters(1)}{nz_digits(8)}"),
        ("Alipay order number", nz_digits(28)),
        ("membership card", f"{nz_digits(4)} {digits(4)}"),
    ]
    label, v = ch(opts)
    if hard:
        v = ch([fw(v), v.lower(), v.replace("-", " ")])
    return label, v


STREETS_CN = ["Jiefang Road", "Xinhua South Road", "Youhao North Road", "Hongshan Road",
              "Beijing South Road", "Kashi East Road", "Changjiang Road", "Renmin Road",
              "Huanghe Road", "Xibei Road", "Nanhu Road", "Guangming Road"]
DISTRICTS_CN = ["Tianshan District", "Shayibake District", "Xinshi District", "Shuimogou District",
                "Chaoyang District", "Haidian District", "Pudong New Area", "Yuexiu District"]


def address(hard: bool = False) -> str:
    n = R.randint(1, 399)
    opts = [
        lambda: f"No. {n} {ch(STREETS_CN)}, {ch(DISTRICTS_CN)}",
        lambda: f"Room {R.randint(1, 32)}0{R.randint(1, 8)}, Building {R.randint(1, 18)}, {n} {ch(STREETS_CN)}",
        lambda: f"{ch(['Abay Avenue','Dostyk Avenue','Tole Bi Street','Satpayev Street','Kabanbay Batyr Avenue','Nazarbayev Avenue'])} {n}, apt {R.randint(1, 160)}",
        lambda: f"ul. {ch(['Lenina','Gagarina','Pushkina','Sovetskaya','Mira','Kirova'])}, d. {n}, kv. {R.randint(1, 220)}",
        lambda: f"{R.randint(100, 9999)} {ch(['Maple Ridge Drive','Oak Street','Cedar Lane','Willow Avenue','Harbor View Road'])}",
        lambda: f"Flat {R.randint(1, 40)}, {n} {ch(['Marlowe Road','Hawthorn Close','Station Road','Kingsway'])}",
        lambda: f"Apartment {R.randint(1, 90)}, Building {R.randint(1, 40)}, {ordinal(R.randint(1, 25))} khoroo, {ch(['Bayanzurkh','Sukhbaatar','Khan-Uul','Chingeltei'])} district",
        lambda: f"Villa {R.randint(1, 80)}, Street {R.randint(1, 40)}{ch(['','B','A'])}, {ch(['Al Barsha 2','Jumeirah 3','Al Warqa 1','Mirdif'])}",
        lambda: f"{ch(['Amir Temur','Mustaqillik','Navoi','Shota Rustaveli'])} street {n}, house {R.randint(1, 60)}",
        lambda: f"{R.randint(1, 120)}/{R.randint(1, 60)} Moo {R.randint(1, 12)}, Soi {R.randint(1, 71)}",
        lambda: f"So {R.randint(1, 120)}, ngo {R.randint(1, 300)} Pho {ch(['Hue','Kim Ma','Doi Can','Lang Ha'])}",
        lambda: f"Plot {R.randint(1, 900)}, {ch(['Adeola Odeku Street','Ngong Road','Bole Road','Samora Machel Avenue'])}",
        lambda: f"{ch(['Hauptstraße','Lindenweg','ul. Marszałkowska','Via Roma'])} {n}",
        lambda: f"Block {ch('ABCDEF')}, Unit {R.randint(1, 6)}, {ch(['Hongshan Garden','Jinyuan Residence','Tianjin Road Compound','Xingfu Community'])}",
    ]
    hard_opts = [
        lambda: f"{ch(['乌鲁木齐市天山区','乌鲁木齐市沙依巴克区','朝阳区','伊宁市'])}{ch(['解放南路','新华北路','友好南路','人民路'])}{n}号",
        lambda: fw(f"{ch(['天山区','新市区'])}{ch(['北京南路','长江路'])}{n}号{R.randint(1,30)}栋{R.randint(1,6)}单元{R.randint(1,30)}0{R.randint(1,4)}室"),
        lambda: f"NO.{n} {ch(STREETS_CN).upper()}",
        lambda: f"dom {n}, kvartira {R.randint(1, 220)}, mikrorayon {R.randint(1, 12)}",
        lambda: f"{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)} {ch(['Jingumae','Nishi-Shinjuku','Minami-Aoyama'])}",
        lambda: f"мкр. {R.randint(1, 12)}, д. {R.randint(1, 60)}, кв. {R.randint(1, 120)}",
        lambda: f"house {n} (green gate) on {ch(['Gagarin','Abai','Navoi'])} lane",
    ]
    return ch(hard_opts)() if hard else ch(opts)()


def postcode(hard: bool = False) -> str:
    opts = [f"0500{R.randint(0, 6)}{R.randint(0, 9)}", f"8300{R.randint(0, 9)}{R.randint(0, 9)}",
            f"1{digits(5)}", f"{ch(['M14','SW9','LS6','B15'])} {R.randint(1,9)}{letters(2,'ABDEFGHJLNPQRSTUWXYZ')}",
            f"{R.randint(10000, 99999)}", f"{R.randint(1000, 9999)} {letters(2)}",
            f"D-{R.randint(10115, 14199)}", f"{R.randint(100, 999)}-{R.randint(1000, 9999)}",
            f"0{R.randint(1000, 9999)}-{R.randint(100, 999)}",
            f"{letters(1)}{digits(2)}{letters(1)}{digits(1)}{letters(1)}{digits(1)}",
            f"{R.randint(10000, 99999)}-{R.randint(1000, 9999)}", f"1{digits(4)}", f"7{digits(5)}"]
    v = ch(opts)
    if hard:
        v = ch([fw(v), "〒" + f"{R.randint(100, 999)}-{R.randint(1000, 9999)}", f"邮编{fw(v)}", v.lower()])
    return v


def coords(hard: bool = False) -> str:
    lat = R.uniform(5, 55)
    lon = R.uniform(20, 120)
    opts = [
        f"{lat:.6f}, {lon:.6f}", f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {lon:.4f}° E",
        f"lat {lat:.5f} lon {lon:.5f}", f"{lat:.5f},{lon:.5f}",
        f"{int(abs(lat))}°{R.randint(0,59)}′{R.randint(0,59)}″{'N' if lat >= 0 else 'S'} {int(lon)}°{R.randint(0,59)}′{R.randint(0,59)}″E",
        f"({lat:.4f}, {lon:.4f})", f"N{abs(lat):.5f} E{lon:.5f}",
    ]
    hard_opts = [
        f"{int(abs(lat))} {R.randint(0,59)} {R.randint(0,59)} N / {int(lon)} {R.randint(0,59)} {R.randint(0,59)} E",
        f"geo:{lat:.6f},{lon:.6f}", fw(f"{lat:.5f}, {lon:.5f}"),
        f"{int(abs(lat))}°{R.uniform(0,59):.3f}'N {int(lon)}°{R.uniform(0,59):.3f}'E",
        f"{lon:.6f},{lat:.6f} (lng/lat)",
    ]
    return ch(hard_opts) if hard else ch(opts)


AGES_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four",
              "ninety-five", "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine",
              "a hundred", "one hundred and one", "one hundred and two"]


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------

TEMPLATES: dict[str, list] = {}


def T(kind_key: str, category: str, kinds: str, hard: bool = False):
    def deco(fn):
        TEMPLATES.setdefault(kind_key, []).append((category, kinds, hard, fn))
        return fn
    return deco


# ----- person_name ---------------------------------------------------------
PN = "person_name"


@T(PN, "name_full_with_role", PN)
def _():
    return f"Our patient {full()} arrived from {ch(CITIES)} with a thick folder of scans and a list of questions."


@T(PN, "name_full_no_context", PN)
def _():
    return f"{full()} was {ch(['nineteen','twenty-six','forty','thirty-three','fifty-two'])} when the first rash appeared across {ch(['her','his'])} cheeks."


@T(PN, "name_given_before_verb", PN)
def _():
    g = ch("fm")
    return f"{given(g)} {ch(['walks','laughs','sleeps','eats','sings','jokes'])} a lot more now than in the first week on the ward."


@T(PN, "name_possessive", PN)
def _():
    return f"{given()}'s {ch(['fever','platelet count','rash','cough','swelling'])} {ch(['finally settled','began to improve','was gone'])} on the {ch(['third','fourth','sixth'])} day after the infusion."


@T(PN, "name_list_family", PN)
def _():
    return f"At the family meeting were {full()}, {given()} and {ch(['their daughter','their son','the youngest child'])} {ch(['Sasha','Dima','Katya','Nastya','Aika','Nurik','Mimi','Bobo','Zhenya','Misha'])}."


@T(PN, "name_quote_vocative", PN)
def _():
    return f"\"{given()}, you can sit up now, slowly,\" the nurse said on the morning after the lumbar puncture."


@T(PN, "name_quote_attrib", PN)
def _():
    return f"\"I did not believe the numbers at first,\" says {full()}, whose {ch(['kidneys','joints','lungs'])} had been failing for two years."


@T(PN, "name_doctor_title", PN)
def _():
    return f"{titled()} explained the risk of cytokine release syndrome to the family through an interpreter."


@T(PN, "name_doctor_possessive", PN)
def _():
    return f"{ch(['Professor','Dr.','Prof.'])} {full(cult=ch(['chinese','chinese','korean']))}'s team reviewed the MRI the same evening."


@T(PN, "name_caption", PN)
def _():
    return f"Photo: {titled()} with {given()} on the day of discharge."


@T(PN, "name_caption", PN)
def _():
    return f"{full()} (left) and {ch(RELS).replace('the ', '')} in the garden behind {ch(DEPTS).replace('the ', 'the ')}."


@T(PN, "name_timeline", PN)
def _():
    return f"Day {R.randint(2, 60)}: {given()} walked to the lift without help."


@T(PN, "name_signature", PN)
def _():
    return f"With love and thanks, {given()} and {given()} ({ch(['Aika','Dima','Timur','Nomin','Farid'])}'s parents)"


@T(PN, "name_message_greeting", PN)
def _():
    return f"Hello {titled()}, my mother's blood results came back today, can you look at them?"


@T(PN, "name_initials", PN)
def _():
    return f"The consent form was signed by {initials_name()} on behalf of the child."


@T(PN, "name_mongolian_patronymic", PN)
def _():
    return f"{ch('BDGOTSE')}. {given(cult='mongolian')} is a herder from {ch(['Khovd','Bayan-Ölgii','Govi-Altai','Arkhangai'])} province who had never been on a plane before."


@T(PN, "name_russian_patronymic", PN)
def _():
    g = ch("fm")
    return f"{given(g, 'russian')} {russian_patronymic(g)} asked for the discharge papers in Russian."


@T(PN, "name_nickname", PN)
def _():
    return f"Everyone on the ward calls the patient {ch(NICKS)}, even the cleaners."


@T(PN, "name_nickname", PN)
def _():
    return f"Little {ch(NICKS)} drew a picture of the CAR-T bag as a superhero with a cape."


@T(PN, "name_chinese_chars_in_english", PN)
def _():
    return f"The night nurse, {ch(CN_NAMES)}, sat with her until the fever came down."


@T(PN, "name_translit_chars", PN)
def _():
    return f"The Chinese version of the story spells her name {ch(CN_TRANSLIT)}, which the family liked."


@T(PN, "name_dialogue", PN)
def _():
    return f"{given()}: thank you doctor, we land in {ch(CITIES)} tomorrow morning."


@T(PN, "name_relative_named", PN)
def _():
    return f"{ch(['Her husband','His wife','Her mother','His son','Her brother'])} {given()} slept on a folding bed beside {ch(['her','him'])} for three weeks."


@T(PN, "name_colleague", PN)
def _():
    return f"A colleague from the bakery, {full()}, collected money for the flights."


@T(PN, "name_reported", PN)
def _():
    return f"According to {full()}, the local hospital had run out of options by then."


@T(PN, "name_sentence_end", PN)
def _():
    g = ch("fm")
    rel = ch(["grandmother", "aunt", "big sister"]) if g == "f" else ch(["uncle", "grandfather", "big brother"])
    return f"The first person to hold the baby after the transplant was {rel} {given(g)}."


@T(PN, "name_interpreter", PN)
def _():
    return f"Interpreter: {full()} (Russian/Chinese)"


@T(PN, "name_word_like_f", PN)
def _():
    return f"{ch(WORD_NAMES_F)} says the worst part was the waiting, not the needles."


@T(PN, "name_word_like_m", PN)
def _():
    return f"{ch(WORD_NAMES_M)} and his mother flew in from {ch(['Lagos','Accra','Harare','Nairobi','Lusaka'])} on a Tuesday night."


@T(PN, "name_word_surname", PN)
def _():
    return f"Dr. {ch(WORD_SURNAMES)} said the bone marrow showed no residual disease."


@T(PN, "name_form_caps", PN)
def _():
    c = culture()
    return f"PATIENT: {family(c).upper()} {given(None, c).upper()}"


# harder person_name templates
@T(PN, "name_lowercase_message", PN, hard=True)
def _():
    return f"thanks so much, {given().lower()} says hi to everyone on the ward and misses the dumplings"


@T(PN, "name_lowercase_message", PN, hard=True)
def _():
    return f"ok we will come at 9, {given().lower()} is scared of the needle again so please be gentle"


@T(PN, "name_all_caps_sentence", PN, hard=True)
def _():
    return f"THANK YOU DR {family().upper()} AND ALL THE NURSES, YOU GAVE US OUR {ch(['SON','DAUGHTER','MOTHER'])} BACK"


@T(PN, "name_word_like_lower", PN, hard=True)
def _():
    return f"we saw {ch(['hope','grace','joy','bill','mark','will'])} yesterday, {ch(['she','he'])} looks so much better"


@T(PN, "name_mixed_script", PN, hard=True)
def _():
    return f"{ch(['The neighbour','Their family friend','Her cousin','His cousin'])} {ch(CN_TRANSLIT + CN_NAMES)} stayed in a hotel near the hospital the whole time."


@T(PN, "name_word_like_start", PN, hard=True)
def _():
    return f"{ch(['Hope','Grace','Faith','Joy','Precious','Blessing'])} cried when she heard the PET-CT was clear."


@T(PN, "name_cyrillic", PN, hard=True)
def _():
    return f"The referral letter was signed {ch(['Иванова О.А.','Ахметов Н.Б.','Сейткали А.','Петрова Е.В.','Жумабаев Д.'])}, head of the district clinic."


@T(PN, "name_surname_comma_given", PN, hard=True)
def _():
    c = culture()
    return f"{family(c).upper()}, {given(None, c)} — admitted for apheresis, consent on file."


@T(PN, "name_word_surname_verb", PN, hard=True)
def _():
    return f"Nurse {ch(WORD_SURNAMES)} will call the family once the cells are thawed."


@T(PN, "name_hashtag", PN, hard=True)
def _():
    return f"Please share: #{ch(['PrayFor','HelpFor','StrongLike'])}{given(cult=ch(['kazakh','uzbek','kyrgyz_tajik','mongolian']))} raised the last part of the money in a week."


@T(PN, "name_chinese_pinyin_joined", PN, hard=True)
def _():
    return f"The ward sister, {ch(['Ma Yulan','Gao Min','Xu Ting','He Jun','Guo Zhiqiang'])}, taught the mother how to flush the PICC line."


@T(PN, "name_parenthetical", PN, hard=True)
def _():
    return f"The donor (her brother, {given()}) was a full HLA match."


# ----- street_address ------------------------------------------------------
SA = "street_address"


@T(SA, "address_home", SA)
def _():
    return f"The family rented a flat at {address()} for the three months of follow-up."


@T(SA, "address_send", SA)
def _():
    return f"Please post the original biopsy slides to {address()}, {ch(CITIES)}."


@T(SA, "address_label", SA)
def _():
    return f"Address: {address()}"


@T(SA, "address_message", SA)
def _():
    return f"we live at {address()}, is there a courier that can bring the medicine?"


@T(SA, "address_story", SA)
def _():
    return f"Back home the patient lives with {ch(RELS)} at {address()}."


@T(SA, "address_bracket", SA)
def _():
    return f"The guesthouse ({address()}) is a ten-minute walk from the clinic."


@T(SA, "address_timeline", SA)
def _():
    return f"Week 6 — moved from the hotel to a rented room at {address()}."


@T(SA, "address_caption", SA)
def _():
    return f"Caption: the view from the family's balcony at {address()}."


@T(SA, "address_hard", SA, hard=True)
def _():
    return f"Home address on the form: {address(hard=True)}"


@T(SA, "address_hard", SA, hard=True)
def _():
    return f"her aunt's place is {address(hard=True)}, we stay there between the cycles"


@T(SA, "address_hard", SA, hard=True)
def _():
    return f"The ambulance took him to {address(hard=True)} instead of the airport."


# ----- postal_code ---------------------------------------------------------
PC = "postal_code"


@T(PC, "postcode_city", PC)
def _():
    return f"Send the discharge summary to {ch(CITIES)} {postcode()}, the clinic will forward it."


@T(PC, "postcode_label", PC)
def _():
    return f"Postcode: {postcode()}"


@T(PC, "postcode_zip", PC)
def _():
    return f"The insurer needs the ZIP code, which is {R.randint(10000, 99999)}."


@T(PC, "postcode_after", PC)
def _():
    return f"{postcode()} is the postal code the courier asked for."


@T(PC, "postcode_message", PC)
def _():
    return f"post index {postcode()}, please write it on the parcel"


@T(PC, "postcode_with_address", f"{SA},{PC}")
def _():
    return f"Mailing address: {address()}, {ch(CITIES)} {postcode()}"


@T(PC, "postcode_with_address", f"{SA},{PC}")
def _():
    return f"The medicines went to {address()}, post code {postcode()}."


@T(PC, "postcode_bracket", PC)
def _():
    return f"The family's district ({ch(CITIES)}, postcode {postcode()}) has no haematologist at all."


@T(PC, "postcode_hard", PC, hard=True)
def _():
    return f"地址后面的邮编 is {postcode(hard=True)}, as written on her envelope."


@T(PC, "postcode_hard", PC, hard=True)
def _():
    return f"Delivery to {ch(CITIES).upper()} {postcode(hard=True)} failed twice."


# ----- geolocation ---------------------------------------------------------
GL = "geolocation"


@T(GL, "geo_village", GL)
def _():
    return f"The family's yurt stands at {coords()}, about four hours from the nearest road."


@T(GL, "geo_label", GL)
def _():
    return f"GPS: {coords()}"


@T(GL, "geo_message", GL)
def _():
    return f"this is our location {coords()}, the driver can pick us up there"


@T(GL, "geo_caption", GL)
def _():
    return f"Photo taken at {coords()} on the drive to the border crossing."


@T(GL, "geo_pin", GL)
def _():
    return f"She dropped a pin ({coords()}) so the ambulance could find the farmhouse."


@T(GL, "geo_story", GL)
def _():
    return f"The clinic where he was first seen sits at {coords()} in the foothills."


@T(GL, "geo_after", GL)
def _():
    return f"{coords()} — that is where the accident happened."


@T(GL, "geo_map_link", f"{GL},web_address")
def _():
    return f"Map: https://maps.google.com/?q={R.uniform(35, 50):.5f},{R.uniform(60, 110):.5f}"


@T(GL, "geo_hard", GL, hard=True)
def _():
    return f"Coordinates of the house: {coords(hard=True)}"


@T(GL, "geo_hard", GL, hard=True)
def _():
    return f"he sent {coords(hard=True)} from the phone so we know where the flat is"


# ----- exact_date ----------------------------------------------------------
ED = "exact_date"


def ed_day():
    return rand_day(2014, 2024)


@T(ED, "date_onset", ED)
def _():
    return f"The first fever came on {fmt_date(ed_day(), with_year=True)}, a week after a cold."


@T(ED, "date_infusion", ED)
def _():
    return f"{ch(ALIASES[:10])} received the CAR-T infusion on {fmt_date(ed_day())}."


@T(ED, "date_timeline", ED)
def _():
    return f"{fmt_date(ed_day())} — admitted through {ch(DEPTS)}."


@T(ED, "date_message", ED)
def _():
    return f"can we move the appointment from {fmt_date(ed_day(), with_year=False)} to the next week?"


@T(ED, "date_discharge", ED)
def _():
    return f"Discharged home on {fmt_date(ed_day())} with prednisone 10 mg daily."


@T(ED, "date_flight", ED)
def _():
    return f"The family's flight from {ch(CITIES)} landed on the evening of {fmt_date(ed_day())}."


@T(ED, "date_bracket", ED)
def _():
    return f"The second bone marrow biopsy ({fmt_date(ed_day())}) showed complete remission."


@T(ED, "date_weekday", ED)
def _():
    d = ed_day()
    return f"On {WEEKDAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month-1]} the cells were collected."


@T(ED, "date_holiday_year", ED)
def _():
    return f"She was admitted on {ch(['Christmas Eve','New Year’s Day','Nowruz','International Women’s Day','Christmas Day','Valentine’s Day'])} {R.randint(2016, 2024)}."


@T(ED, "date_holiday_year", ED)
def _():
    return f"The relapse was found just before {ch(['Eid al-Fitr','Spring Festival','the Mid-Autumn Festival','Eid al-Adha','the Lantern Festival'])} {R.randint(2016, 2024)}."


@T(ED, "date_range", ED)
def _():
    d = ed_day()
    e = d + _dt.timedelta(days=R.randint(3, 20))
    return f"Lymphodepletion ran from {d.day} to {e.day} {MONTHS[e.month-1]} {e.year}." if d.month == e.month else f"Hospitalised {fmt_date(d)} to {fmt_date(e)}."


@T(ED, "date_follow_up", ED)
def _():
    return f"Her next follow-up visit is booked for {fmt_date(ed_day())} at 9:30."


@T(ED, "date_hard", ED, hard=True)
def _():
    return f"Surgery date: {fmt_date(ed_day(), hard=True)}"


@T(ED, "date_hard", ED, hard=True)
def _():
    return f"the relapse was confirmed {fmt_date(ed_day(), hard=True)}, we were devastated"


@T(ED, "date_lunar", ED, hard=True)
def _():
    return f"He came home on the {ch(['fifteenth','eighth','second','twenty-third'])} day of the {ch(['first','eighth','twelfth'])} lunar month of {R.randint(2018, 2024)}."


@T(ED, "date_ordinal_only", ED, hard=True)
def _():
    return f"On the {ordinal(R.randint(2, 28))} the fever spiked again and she went back to the ICU."


# ----- date_of_birth -------------------------------------------------------
DB = "date_of_birth"


def dob_day():
    return rand_day(1930, 2021)


@T(DB, "dob_label", DB)
def _():
    return f"Date of birth: {fmt_date(dob_day(), with_year=True)}"


@T(DB, "dob_born", DB)
def _():
    return f"The boy was born on {fmt_date(dob_day(), with_year=True)} in a district hospital in {ch(CITIES)}."


@T(DB, "dob_abbrev", DB)
def _():
    return f"DOB {fmt_date(dob_day(), with_year=True)}, female, referred for CAR-T assessment."


@T(DB, "dob_message", DB)
def _():
    return f"her birthday is {fmt_date(dob_day(), with_year=True)}, do you need the passport copy as well?"


@T(DB, "dob_bracket", DB)
def _():
    return f"{ch(ALIASES[:10])} (b. {fmt_date(dob_day(), with_year=True)}) had a normal childhood until the age of twelve."


@T(DB, "dob_story", DB)
def _():
    return f"Born {fmt_date(dob_day(), with_year=True)}, he was the youngest of five children."


@T(DB, "dob_form", DB)
def _():
    return f"D.O.B.: {fmt_date(dob_day(), with_year=True)} | Sex: {ch(['M','F'])} | Nationality: {ch(COUNTRIES).replace('the ', '')}"


@T(DB, "dob_no_year", DB)
def _():
    return f"The nurses baked a cake because her birthday is on {fmt_date(dob_day(), with_year=False)}."


@T(DB, "dob_hard", DB, hard=True)
def _():
    return f"出生日期 {fmt_date(dob_day(), hard=True)} (as in the passport)"


@T(DB, "dob_hard", DB, hard=True)
def _():
    return f"BORN {fmt_date(dob_day(), with_year=True).upper()}"


@T(DB, "dob_hard", DB, hard=True)
def _():
    return f"the baby came early, {fmt_date(dob_day(), hard=True)}, only 1.9 kg"


# ----- age_over_89 ---------------------------------------------------------
AG = "age_over_89"


@T(AG, "age_numeric", AG)
def _():
    return f"A {R.randint(90, 104)}-year-old man from {ch(CITIES)} was the oldest patient the unit had treated."


@T(AG, "age_aged", AG)
def _():
    who = ch(["Her grandmother", "His grandfather", "The patient's great-grandmother", "Her father", "His mother", "The oldest aunt"])
    return f"{who}, aged {R.randint(90, 103)}, still insisted on making the trip."


@T(AG, "age_words", AG)
def _():
    return f"His grandmother is {ch(AGES_WORDS)} and has never seen a hospital this big."


@T(AG, "age_decade", AG)
def _():
    return f"The donor's grandmother, now in her {ch(['nineties','late nineties','early nineties','mid-nineties'])}, prayed for the family every day."


@T(AG, "age_label", AG)
def _():
    return f"Age: {R.randint(90, 102)}"


@T(AG, "age_yo", AG)
def _():
    return f"{R.randint(90, 101)} y/o F, fall at home, hip fracture."


@T(AG, "age_turned", AG)
def _():
    return f"Her great-grandfather turned {ch(['90','95','100','ninety','a hundred'])} the week she went into remission."


@T(AG, "age_nonagenarian", AG)
def _():
    return f"A {ch(['nonagenarian','centenarian'])} from a village near {ch(CITIES)} was the oldest person at the open day."


@T(AG, "age_bracket", AG)
def _():
    return f"The patient's father ({R.randint(90, 99)}) could not travel, so they spoke on video every night."


@T(AG, "age_birthday", AG)
def _():
    return f"We celebrated grandpa's {ordinal(R.randint(90, 100))} birthday in the hospital canteen."


@T(AG, "age_hard", AG, hard=True)
def _():
    return f"{ch(['Grandma','The old lady','Her mother'])} is {fw(str(R.randint(90, 99)))} 岁 and lives alone."


@T(AG, "age_hard", AG, hard=True)
def _():
    return f"age {R.randint(90, 99)}+ , lives with son"


@T(AG, "age_hard", AG, hard=True)
def _():
    return f"AGED {ch(AGES_WORDS).upper()}, THE PATIENT WAS STILL WALKING TO THE MARKET EVERY DAY"


# ----- phone_number --------------------------------------------------------
PH = "phone_number"


@T(PH, "phone_contact", PH)
def _():
    return f"Contact the family on {phone()} if the results come back early."


@T(PH, "phone_label", PH)
def _():
    return f"Tel.: {phone()}"


@T(PH, "phone_message", PH)
def _():
    return f"my number is {phone()}, please call after 6 pm Almaty time"


@T(PH, "phone_fax", PH)
def _():
    return f"Fax the referral to {phone()} and mark it urgent."


@T(PH, "phone_label_after", PH)
def _():
    return f"{phone()} (mobile, also on WhatsApp)"


@T(PH, "phone_bracket", PH)
def _():
    return f"The interpreter ({phone()}) can join the ward round by video."


@T(PH, "phone_story", PH)
def _():
    return f"{ch(RELS).capitalize()} wrote {phone()} on the back of the discharge summary in big numbers."


@T(PH, "phone_two", PH)
def _():
    return f"Home {phone()} / work {phone()}"


@T(PH, "phone_mobile_abbr", PH)
def _():
    return f"Mob: {phone()}, please text first."


@T(PH, "phone_hard", PH, hard=True)
def _():
    return f"call me {phone(hard=True)} anytime"


@T(PH, "phone_hard", PH, hard=True)
def _():
    return f"电话 {phone(hard=True)} (the daughter's phone)"


@T(PH, "phone_words", PH, hard=True)
def _():
    ws = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    d = "1" + ch("3589") + digits(9)
    return f"He read the number out slowly: {' '.join(ws[int(c)] for c in d)}."


# ----- email ---------------------------------------------------------------
EM = "email"


@T(EM, "email_contact", EM)
def _():
    return f"Please send the PET-CT report to {email()} so I can show our doctor at home."


@T(EM, "email_label", EM)
def _():
    return f"E-mail: {email()}"


@T(EM, "email_story", EM)
def _():
    return f"{ch(RELS).capitalize()} wrote to {email()} every week with a photo of the lab sheet."


@T(EM, "email_bracket", EM)
def _():
    return f"The referring oncologist ({email()}) asked for the flow cytometry data."


@T(EM, "email_message", EM)
def _():
    return f"you can reach me at {email()} or on this form"


@T(EM, "email_after", EM)
def _():
    return f"{email()} is the best address for the invoice."


@T(EM, "email_reply_to", EM)
def _():
    return f"Reply-To: {email()}"


@T(EM, "email_cc", EM)
def _():
    return f"cc {email()}; {email()}"


@T(EM, "email_hard", EM, hard=True)
def _():
    return f"my email is {email(hard=True)}, the form would not accept it"


@T(EM, "email_hard", EM, hard=True)
def _():
    return f"Write to {email(hard=True)} (written that way to stop spam)."


# ----- web_address ---------------------------------------------------------
WA = "web_address"


@T(WA, "url_fundraiser", WA)
def _():
    return f"The family's fundraiser is at {url()} and has raised most of the cost."


@T(WA, "url_label", WA)
def _():
    return f"Link: {url()}"


@T(WA, "url_blog", WA)
def _():
    return f"She kept a treatment diary online ({url()}) that other mothers still read."


@T(WA, "url_message", WA)
def _():
    return f"here are the MRI files {url()} please download before Friday"


@T(WA, "url_caption", WA)
def _():
    return f"Video of the first steps after CAR-T: {url()}"


@T(WA, "url_after", WA)
def _():
    return f"{url()} — that is where we post the updates for the relatives."


@T(WA, "url_story", WA)
def _():
    return f"Her brother built a page at {url()} to collect blood donors."


@T(WA, "url_hard", WA, hard=True)
def _():
    return f"pls open {url(hard=True)} for the scans"


@T(WA, "url_hard", WA, hard=True)
def _():
    return f"Short link in the leaflet: {url(hard=True)}"


# ----- ip_address ----------------------------------------------------------
IP = "ip_address"


@T(IP, "ip_form_log", IP)
def _():
    return f"The message was submitted from {ipaddr()} at 02:14."


@T(IP, "ip_label", IP)
def _():
    return f"IP: {ipaddr()}"


@T(IP, "ip_support", IP)
def _():
    return f"The upload kept failing from address {ipaddr()}, so IT whitelisted it."


@T(IP, "ip_bracket", IP)
def _():
    return f"Two identical messages came in (sender IP {ipaddr()}) within a minute."


@T(IP, "ip_home_camera", IP)
def _():
    return f"The home camera the family uses to watch the baby is at {ipaddr()}."


@T(IP, "ip_after", IP)
def _():
    return f"{ipaddr()} was the address in the access log for the patient portal."


@T(IP, "ip_message", IP)
def _():
    return f"the video call drops, my ip is {ipaddr()} if that helps"


@T(IP, "ip_two", IP)
def _():
    return f"Logins from {ipaddr()} and {ipaddr()} were both traced to the same family."


@T(IP, "ip_hard", IP, hard=True)
def _():
    return f"Remote address: {ipaddr(hard=True)}"


@T(IP, "ip_hard", IP, hard=True)
def _():
    return f"the router shows {ipaddr(hard=True)} for her tablet"


# ----- social_account ------------------------------------------------------
SO = "social_account"


def _soc(hard=False):
    t, extra = social(hard)
    return t, ",".join([SO] + extra)


def social_template(category, fmt, hard=False):
    def fn():
        t, kinds = _soc(hard)
        return fmt.format(t), kinds
    TEMPLATES.setdefault(SO, []).append((category, None, hard, fn))


social_template("social_add_me", "Add me on {} and I will send the photos of the rash.")
social_template("social_label", "Contact: {}")
social_template("social_story", "The mother shared every step of the treatment on {}.")
social_template("social_bracket", "A volunteer ({}) translated the lab results into Kazakh.")
social_template("social_message", "pls write to {}, the phone does not work in the village")
social_template("social_after", "{} — that is the account where the family posts updates.")
social_template("social_caption", "Caption: screenshot of the thank-you post ({}).")
social_template("social_group", "Other parents found them through {}.")
social_template("social_hard", "{}", hard=True)
social_template("social_hard", "my {} , message me there", hard=True)
social_template("social_hard", "Follow the recovery: {}", hard=True)


@T(SO, "social_whatsapp_phone", f"{SO},{PH}")
def _():
    return f"WhatsApp {phone()} is the quickest way to reach her son."


@T(SO, "social_telegram_phone", f"{SO},{PH}")
def _():
    return f"Telegram/Viber: {phone()}"


# ----- resident_id ---------------------------------------------------------
RI = "resident_id"


@T(RI, "rid_label", RI)
def _():
    return f"ID card number: {resident_id()}"


@T(RI, "rid_story", RI)
def _():
    return f"The escort's resident identity card ({resident_id()}) was needed to book the train tickets."


@T(RI, "rid_message", RI)
def _():
    return f"my husband's id is {resident_id()}, he will sign for me"


@T(RI, "rid_after", RI)
def _():
    return f"{resident_id()} is the number on the guardian's ID card."


@T(RI, "rid_form", RI)
def _():
    return f"Guardian ID (PRC): {resident_id()}; relationship: mother"


@T(RI, "rid_chinese_label", RI)
def _():
    return f"身份证号 {resident_id()}, as copied from the admission form."


@T(RI, "rid_scan", RI)
def _():
    return f"The scanned copy shows resident ID {resident_id()} in the lower corner."


@T(RI, "rid_bracket", RI)
def _():
    return f"Registered under the uncle's ID card (No. {resident_id()}) because the patient is a foreigner."


@T(RI, "rid_hard", RI, hard=True)
def _():
    return f"ID: {resident_id(hard=True)}"


@T(RI, "rid_hard", RI, hard=True)
def _():
    return f"the old card says {resident_id(hard=True)}, is that still valid?"


# ----- national_id ---------------------------------------------------------
NI = "national_id"


@T(NI, "nid_label", NI)
def _():
    lab, v = national_id()
    return f"{lab}: {v}"


@T(NI, "nid_story", NI)
def _():
    lab, v = national_id()
    return f"The embassy letter quoted her {lab} {v} to confirm she was the mother."


@T(NI, "nid_message", NI)
def _():
    lab, v = national_id()
    return f"my {lab.lower() if lab.islower() else lab} is {v}, the insurance asked for it"


@T(NI, "nid_after", NI)
def _():
    lab, v = national_id()
    return f"{v} ({lab})"


@T(NI, "nid_form", NI)
def _():
    lab, v = national_id()
    return f"Patient identifier — {lab} {v}; nationality {ch(COUNTRIES).replace('the ', '')}"


@T(NI, "nid_bracket", NI)
def _():
    lab, v = national_id()
    return f"His father (national ID {v}) signed the apheresis consent."


@T(NI, "nid_copy", NI)
def _():
    lab, v = national_id()
    return f"Copy attached of the ID card, number {v}."


@T(NI, "nid_kz_iin", NI)
def _():
    b = dob_day()
    return f"ИИН {str(b.year)[2:]}{b.month:02d}{b.day:02d}{ch('3456')}{digits(5)} was typed into the Chinese visa form by mistake."


@T(NI, "nid_hard", NI, hard=True)
def _():
    lab, v = national_id(hard=True)
    return f"the number on my card: {v}"


@T(NI, "nid_hard", NI, hard=True)
def _():
    lab, v = national_id(hard=True)
    return f"{lab.upper()} {v}"


# ----- passport_number -----------------------------------------------------
PP = "passport_number"


@T(PP, "passport_label", PP)
def _():
    return f"Passport No.: {passport()}"


@T(PP, "passport_story", PP)
def _():
    return f"The invitation letter for the visa listed her passport number, {passport()}."


@T(PP, "passport_message", PP)
def _():
    return f"passport {passport()}, valid until next year, is that enough for the medical visa?"


@T(PP, "passport_after", PP)
def _():
    return f"{passport()} (passport of the accompanying parent)"


@T(PP, "passport_bracket", PP)
def _():
    return f"The boy travelled on his own passport ({passport()}) for the first time."


@T(PP, "passport_pp", PP)
def _():
    return f"PP# {passport()}, {ch(COUNTRIES).replace('the ', '')}"


@T(PP, "passport_travel_doc", PP)
def _():
    return f"Travel document {passport()} was stamped at {ch(['Khorgos','Dostyk','Irkeshtam','Erenhot','Torugart'])}."


@T(PP, "passport_two", PP)
def _():
    return f"Passports: mother {passport()}, child {passport()}"


@T(PP, "passport_hard", PP, hard=True)
def _():
    return f"护照号 {passport(hard=True)}"


@T(PP, "passport_hard", PP, hard=True)
def _():
    return f"the passport number is {passport(hard=True)} i think, the photo is blurry"


# ----- medical_record_number ----------------------------------------------
MR = "medical_record_number"


@T(MR, "mrn_label", MR)
def _():
    return f"MRN: {mrn()}"


@T(MR, "mrn_inpatient", MR)
def _():
    return f"Inpatient number {mrn()}, admitted to {ch(DEPTS)}."


@T(MR, "mrn_message", MR)
def _():
    return f"my hospital number is {mrn()}, can you check if the results are ready?"


@T(MR, "mrn_story", MR)
def _():
    return f"The old chart, number {mrn()}, was found in the basement archive of the district hospital."


@T(MR, "mrn_after", MR)
def _():
    return f"{mrn()} (medical record number)"


@T(MR, "mrn_bracket", MR)
def _():
    return f"The referral letter (hospital record {mrn()}) arrived by fax."


@T(MR, "mrn_outpatient", MR)
def _():
    return f"Outpatient ID {mrn()} — follow-up in rheumatology."


@T(MR, "mrn_chinese", MR)
def _():
    return f"{ch(['住院号','病案号','门诊号'])} {mrn()} is on every page of the lab printout."


@T(MR, "mrn_patient_id", MR)
def _():
    return f"Patient ID {mrn()} was printed on the wristband."


@T(MR, "mrn_hard", MR, hard=True)
def _():
    return f"chart no {mrn(hard=True)}"


@T(MR, "mrn_hard", MR, hard=True)
def _():
    return f"MEDICAL RECORD {mrn(hard=True)} — DO NOT FILE WITH THE SISTER'S"


# ----- health_plan_number --------------------------------------------------
HP = "health_plan_number"


@T(HP, "hp_label", HP)
def _():
    lab, v = health_plan()
    return f"{lab[0].upper() + lab[1:]}: {v}"


@T(HP, "hp_story", HP)
def _():
    lab, v = health_plan()
    return f"The insurer approved the CAR-T cost under {lab} {v} after three weeks of letters."


@T(HP, "hp_message", HP)
def _():
    lab, v = health_plan()
    return f"our insurance is {v}, does the hospital bill them directly?"


@T(HP, "hp_after", HP)
def _():
    lab, v = health_plan()
    return f"{v} ({lab})"


@T(HP, "hp_bracket", HP)
def _():
    lab, v = health_plan()
    return f"Her travel insurance ({lab} {v}) did not cover cell therapy."


@T(HP, "hp_card", HP)
def _():
    lab, v = health_plan()
    return f"Please photocopy both sides of the insurance card, number {v}."


@T(HP, "hp_claim_form", HP)
def _():
    lab, v = health_plan()
    return f"Insured member: the patient's father; {lab} {v}"


@T(HP, "hp_oms", HP)
def _():
    return f"Her compulsory medical insurance policy, {digits(16)}, only works in Russia."


@T(HP, "hp_hard", HP, hard=True)
def _():
    lab, v = health_plan(hard=True)
    return f"insurance no. {v}"


@T(HP, "hp_hard", HP, hard=True)
def _():
    lab, v = health_plan(hard=True)
    return f"医保卡 {v} (his Chinese medical insurance card from work)"


# ----- account_number ------------------------------------------------------
AC = "account_number"


@T(AC, "acct_donate", AC)
def _():
    lab, v = account()
    return f"Donations can be sent to {lab} {v} in the mother's name."


@T(AC, "acct_label", AC)
def _():
    lab, v = account()
    return f"{lab}: {v}"


@T(AC, "acct_refund", AC)
def _():
    lab, v = account()
    return f"The deposit refund went back to {lab} {v}."


@T(AC, "acct_message", AC)
def _():
    lab, v = account()
    return f"i paid from {v}, the money left the account yesterday"


@T(AC, "acct_after", AC)
def _():
    lab, v = account()
    return f"{v} ({lab}, for the hospital deposit)"


@T(AC, "acct_bracket", AC)
def _():
    lab, v = account()
    return f"The charity transferred the last payment (to {lab} {v}) on the day of infusion."


@T(AC, "acct_story", AC)
def _():
    lab, v = account()
    return f"Neighbours put the {lab} number {v} on a poster in the market."


@T(AC, "acct_alipay", AC)
def _():
    return f"Alipay account {nz_digits(16)} was used to pay for the hotel."


@T(AC, "acct_hard", AC, hard=True)
def _():
    lab, v = account(hard=True)
    return f"card {v}"


@T(AC, "acct_hard", AC, hard=True)
def _():
    lab, v = account(hard=True)
    return f"银行卡号 {v}, please refund here"


# ----- licence_number ------------------------------------------------------
LI = "licence_number"


@T(LI, "lic_label", LI)
def _():
    lab, v = licence()
    return f"{lab[0].upper() + lab[1:]}: {v}"


@T(LI, "lic_doctor", LI)
def _():
    lab, v = licence(kind="pro")
    return f"The referring doctor signed the letter and added her {lab} {v} under the stamp."


@T(LI, "lic_driver_story", LI)
def _():
    lab, v = licence(kind="drive")
    return f"The hire company kept his driving licence, number {v}, until the car came back."


@T(LI, "lic_after", LI)
def _():
    lab, v = licence()
    return f"{v} ({lab})"


@T(LI, "lic_message", LI)
def _():
    lab, v = licence(kind="drive")
    return f"i can drive her myself, my licence is {v}"


@T(LI, "lic_bracket", LI)
def _():
    lab, v = licence(kind="pro")
    return f"The nurse who escorted the flight ({lab} {v}) stayed for the first week."


@T(LI, "lic_verify", LI)
def _():
    lab, v = licence()
    return f"We verified {lab} {v} with the issuing authority before accepting the report."


@T(LI, "lic_certificate", LI)
def _():
    return f"Certificate of practice No. {nz_digits(15)} belongs to the physician who wrote the first report."


@T(LI, "lic_hard", LI, hard=True)
def _():
    lab, v = licence(hard=True)
    return f"licence {v}"


@T(LI, "lic_hard", LI, hard=True)
def _():
    lab, v = licence(hard=True, kind="drive")
    return f"驾驶证 {v} (the father's Chinese licence)"


# ----- vehicle_identifier --------------------------------------------------
VE = "vehicle_identifier"


@T(VE, "veh_drove", VE)
def _():
    lab, v = vehicle()
    return f"The family drove across the border in a white minivan, {lab} {v}."


@T(VE, "veh_label", VE)
def _():
    lab, v = vehicle()
    return f"Vehicle: {v}"


@T(VE, "veh_parking", VE)
def _():
    lab, v = vehicle()
    return f"Security asked the owner of {v} to move the car from the ambulance bay."


@T(VE, "veh_message", VE)
def _():
    lab, v = vehicle()
    return f"we will wait at the gate in a grey car, {v}"


@T(VE, "veh_after", VE)
def _():
    lab, v = vehicle()
    return f"{v} — the taxi that brought them from the station."


@T(VE, "veh_bracket", VE)
def _():
    lab, v = vehicle()
    return f"The charity's car ({lab} {v}) takes patients to the airport."


@T(VE, "veh_vin", VE)
def _():
    return f"The insurance claim for the crash lists VIN {''.join(R.choice(VIN_CH) for _ in range(17))}."


@T(VE, "veh_accident", VE)
def _():
    lab, v = vehicle()
    return f"The accident report names the lorry with {lab} {v}."


@T(VE, "veh_hard", VE, hard=True)
def _():
    lab, v = vehicle(hard=True)
    return f"car number {v}"


@T(VE, "veh_hard", VE, hard=True)
def _():
    lab, v = vehicle(hard=True)
    return f"车牌 {v}, parked on level B2"


# ----- device_identifier ---------------------------------------------------
DV = "device_identifier"


@T(DV, "dev_label", DV)
def _():
    lab, v = device()
    return f"{lab[0].upper() + lab[1:]}: {v}"


@T(DV, "dev_implant", DV)
def _():
    lab, v = device()
    return f"The implant card lists the {lab} as {v}."


@T(DV, "dev_story", DV)
def _():
    lab, v = device()
    return f"Before the MRI the radiographer checked the {lab} {v} against the manufacturer's list."


@T(DV, "dev_after", DV)
def _():
    lab, v = device()
    return f"{v} ({lab})"


@T(DV, "dev_message", DV)
def _():
    lab, v = device()
    return f"the {lab} is {v}, the company says it must be replaced"


@T(DV, "dev_bracket", DV)
def _():
    lab, v = device()
    return f"The home monitor ({lab} {v}) sends readings to the clinic every night."


@T(DV, "dev_lost", DV)
def _():
    lab, v = device()
    return f"A phone with IMEI {digits(15)} was handed in at the ward desk."


@T(DV, "dev_pump", DV)
def _():
    lab, v = device()
    return f"Insulin pump S/N {letters(2)}{nz_digits(7)} was reprogrammed before the chemotherapy."


@T(DV, "dev_hard", DV, hard=True)
def _():
    lab, v = device(hard=True)
    return f"SN {v}"


@T(DV, "dev_hard", DV, hard=True)
def _():
    lab, v = device(hard=True)
    return f"序列号 {v} on the back of the pacemaker box"


# ----- other_number --------------------------------------------------------
OT = "other_number"


@T(OT, "other_label", OT)
def _():
    lab, v = other()
    return f"{lab[0].upper() + lab[1:]}: {v}"


@T(OT, "other_story", OT)
def _():
    lab, v = other()
    return f"The family quoted {lab} {v} in every letter to the charity."


@T(OT, "other_message", OT)
def _():
    lab, v = other()
    return f"my {lab} is {v}, please check"


@T(OT, "other_after", OT)
def _():
    lab, v = other()
    return f"{v} ({lab})"


@T(OT, "other_bracket", OT)
def _():
    lab, v = other()
    return f"The return flight ({lab} {v}) had to be moved twice."


@T(OT, "other_court", OT)
def _():
    return f"The custody dispute was heard as case No. {R.randint(1, 9)}-{nz_digits(4)}/{R.randint(2019, 2024)} in the district court."


@T(OT, "other_ticket", OT)
def _():
    return f"E-ticket {ch(['555','784','176','880'])}{digits(10)} was issued for the mother and child."


@T(OT, "other_student", OT)
def _():
    return f"The university needed her student number, {R.randint(2016, 2023)}{digits(5)}, to approve the medical leave."


@T(OT, "other_pnr", OT)
def _():
    return f"Booking code {letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')} — Almaty to Urumqi, one wheelchair requested."


@T(OT, "other_hard", OT, hard=True)
def _():
    lab, v = other(hard=True)
    return f"ref {v}"


@T(OT, "other_hard", OT, hard=True)
def _():
    lab, v = other(hard=True)
    return f"{lab.upper()} {v} (see attachment)"


# ----- combinations --------------------------------------------------------
CB = "combo"


@T(CB, "combo_name_phone", f"{PN},{PH}")
def _():
    return f"{full()} can be reached on {phone()} until the end of the month."


@T(CB, "combo_name_date", f"{PN},{ED}")
def _():
    return f"{given()} received the cells on {fmt_date(ed_day(), with_year=True)} and was home a month later."


@T(CB, "combo_name_dob", f"{PN},{DB}")
def _():
    c = culture()
    return f"{family(c).upper()} {given(None, c)}, born {fmt_date(dob_day(), with_year=True)}"


@T(CB, "combo_name_email", f"{PN},{EM}")
def _():
    return f"Write to {titled()} at {email()} for the second opinion."


@T(CB, "combo_name_passport", f"{PN},{PP}")
def _():
    return f"Name: {full()}; passport: {passport()}"


@T(CB, "combo_name_mrn_date", f"{PN},{MR},{ED}")
def _():
    return f"{full()}, MRN {mrn()}, admitted {fmt_date(ed_day(), with_year=True)}."


@T(CB, "combo_address_phone", f"{SA},{PH}")
def _():
    return f"Stay: {address()}; tel. {phone()}"


@T(CB, "combo_name_age", f"{PN},{AG}")
def _():
    g = ch("fm")
    rel = ch(["Grandmother", "Great-aunt", "Granny"]) if g == "f" else ch(["Grandfather", "Great-uncle", "Grandpa"])
    return f"{rel} {given(g)}, {R.randint(90, 99)}, held the baby on the video call."


@T(CB, "combo_name_social", f"{PN},{SO}")
def _():
    t, extra = social()
    extra_k = "".join("," + e for e in extra)
    return f"{given()} posts updates on {t} for the other parents.", f"{PN},{SO}{extra_k}"


@T(CB, "combo_rid_name", f"{PN},{RI}")
def _():
    return f"{ch(CN_NAMES)}, ID {resident_id()}, signed as the local guarantor."


@T(CB, "combo_nid_dob", f"{NI},{DB}")
def _():
    lab, v = national_id()
    return f"{lab} {v}, date of birth {fmt_date(dob_day(), with_year=True)}"


@T(CB, "combo_account_name", f"{PN},{AC}")
def _():
    lab, v = account()
    return f"Account holder: {full()}, {lab} {v}"


@T(CB, "combo_vehicle_date", f"{VE},{ED}")
def _():
    lab, v = vehicle()
    return f"On {fmt_date(ed_day(), with_year=True)} the car {v} was stopped at the checkpoint with the patient inside."


@T(CB, "combo_device_name", f"{PN},{DV}")
def _():
    lab, v = device()
    return f"{given()}'s {lab} is {v}."


@T(CB, "combo_url_email", f"{WA},{EM}")
def _():
    return f"Updates at {url()} or write to {email()}."


@T(CB, "combo_licence_name", f"{PN},{LI}")
def _():
    lab, v = licence(kind="pro")
    return f"{titled()} ({lab} {v}) confirmed the diagnosis."


@T(CB, "combo_hp_other", f"{HP},{OT}")
def _():
    lab, v = health_plan()
    return f"{lab[0].upper() + lab[1:]} {v}, claim number CLM{nz_digits(8)}."


@T(CB, "combo_ip_date", f"{IP},{ED}")
def _():
    return f"Login from {ipaddr()} on {fmt_date(ed_day(), with_year=True)} at 23:41."


@T(CB, "combo_geo_name", f"{PN},{GL}")
def _():
    return f"{given()}'s village is at {coords()}."


@T(CB, "combo_postcode_phone", f"{PC},{PH}")
def _():
    return f"{ch(CITIES)} {postcode()}, phone {phone()}"


# ---------------------------------------------------------------------------
# clean sentences
# ---------------------------------------------------------------------------

CLEAN: list[tuple[str, object]] = []


def C(category):
    def deco(fn):
        CLEAN.append((category, fn))
        return fn
    return deco


DRUGS = [("prednisone", "mg/day", (5, 60)), ("methylprednisolone", "mg IV", (40, 1000)),
         ("tacrolimus", "mg twice daily", (1, 4)), ("mycophenolate mofetil", "g/day", (1, 3)),
         ("hydroxychloroquine", "mg daily", (200, 400)), ("cyclophosphamide", "mg/m²", (250, 1000)),
         ("fludarabine", "mg/m²/day", (25, 30)), ("rituximab", "mg/m²", (375, 375)),
         ("tocilizumab", "mg/kg", (4, 8)), ("dexamethasone", "mg", (4, 40)),
         ("levetiracetam", "mg twice daily", (250, 1500)), ("acyclovir", "mg twice daily", (200, 800)),
         ("posaconazole", "mg daily", (300, 300)), ("enoxaparin", "mg subcutaneously", (20, 80)),
         ("ruxolitinib", "mg twice daily", (5, 20)), ("venetoclax", "mg daily", (100, 400))]
BRANDS = ["Benlysta", "MabThera", "Actemra", "CellCept", "Plaquenil", "Jakafi", "Venclexta",
          "Kymriah", "Yescarta", "Carvykti", "Soliris", "Gazyva", "Revlimid", "Imbruvica"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2 V617F", "FLT3-ITD", "NPM1", "IKZF1",
         "BCR-ABL1", "CD19", "CD20", "BCMA", "HLA-DRB1*15:01", "HLA-B*58:01", "MYD88 L265P",
         "KMT2A", "EGFR exon 19", "CD22", "PD-L1", "TNFAIP3", "STAT3", "CRLF2"]
EPONYMS = ["Hodgkin lymphoma", "Sjögren's syndrome", "Raynaud's phenomenon", "Cushing's syndrome",
           "Guillain–Barré syndrome", "Wilms tumour", "Kaposi sarcoma", "Crohn's disease",
           "Hashimoto's thyroiditis", "Graves' disease", "Still's disease", "Addison's disease",
           "Parkinson's disease", "Down syndrome", "Epstein–Barr virus", "Kawasaki disease",
           "Takayasu arteritis", "Behçet's disease", "Gaucher disease", "Fanconi anaemia",
           "Burkitt lymphoma", "Waldenström macroglobulinaemia", "Castleman disease",
           "Evans syndrome", "Libman–Sacks endocarditis", "Budd–Chiari syndrome"]
SIGNS = ["a positive Babinski sign", "a positive Coombs test", "a Glasgow Coma Scale of 14",
         "an Apgar score of 9", "a positive Romberg test", "Kernig's sign", "a positive Schirmer test",
         "a positive Tinel sign", "Homans' sign", "Koplik spots"]
LABS = [("platelets", lambda: f"{R.randint(8, 450)} × 10⁹/L"),
        ("haemoglobin", lambda: f"{R.randint(55, 160)} g/L"),
        ("white cell count", lambda: f"{R.uniform(0.3, 18):.1f} × 10^9/L"),
        ("creatinine", lambda: f"{R.randint(45, 620)} µmol/L"),
        ("eGFR", lambda: f"{R.randint(12, 118)} mL/min/1.73 m²"),
        ("C3", lambda: f"{R.uniform(0.2, 1.6):.2f} g/L"),
        ("anti-dsDNA", lambda: f"{R.randint(5, 800)} IU/mL"),
        ("ferritin", lambda: f"{R.randint(80, 9800):,} ng/mL"),
        ("IL-6", lambda: f"{R.uniform(2, 3500):.1f} pg/mL"),
        ("CRP", lambda: f"{R.uniform(0.5, 240):.1f} mg/L"),
        ("24-hour urine protein", lambda: f"{R.uniform(0.1, 9):.2f} g"),
        ("INR", lambda: f"{R.uniform(0.9, 3.5):.1f}"), ("HbA1c", lambda: f"{R.uniform(4.8, 11):.1f}%"),
        ("LDH", lambda: f"{R.randint(150, 2400)} U/L"), ("D-dimer", lambda: f"{R.uniform(0.1, 12):.2f} mg/L FEU"),
        ("CD19+ B cells", lambda: f"{R.uniform(0, 15):.2f}%"),
        ("CAR copies", lambda: f"{R.randint(1000, 250000):,} copies/µg DNA"),
        ("serum IgG", lambda: f"{R.uniform(2, 22):.1f} g/L"), ("albumin", lambda: f"{R.randint(18, 48)} g/L"),
        ("potassium", lambda: f"{R.uniform(2.8, 5.9):.1f} mmol/L"),
        ("ANA titre", lambda: f"1:{ch(['80','160','320','640','1280','2560'])}"),
        ("MRD", lambda: f"{ch(['<0.01%','0.003%','10⁻⁴','below 1 in 100,000'])}")]
REFS = {"platelets": "125–350 × 10⁹/L", "haemoglobin": "115–150 g/L", "creatinine": "45–84 µmol/L",
        "C3": "0.9–1.8 g/L", "CRP": "0–10 mg/L", "potassium": "3.5–5.3 mmol/L", "INR": "0.8–1.2",
        "albumin": "40–55 g/L", "LDH": "120–250 U/L", "ferritin": "15–150 ng/mL"}
SCORES = [lambda: f"SLEDAI-2K score fell from {R.randint(12, 30)} to {R.randint(0, 6)}",
          lambda: f"an ECOG performance status of {R.randint(0, 3)}",
          lambda: f"CRS grade {R.randint(1, 3)} on the ASTCT scale",
          lambda: f"ICANS grade {R.randint(0, 2)}",
          lambda: f"an EDSS of {R.choice(['2.0','3.5','4.5','6.0'])}",
          lambda: f"a Karnofsky score of {R.choice([60, 70, 80, 90])}",
          lambda: f"a mRSS of {R.randint(4, 38)}",
          lambda: f"a BVAS of {R.randint(3, 24)}",
          lambda: f"a pain score of {R.randint(1, 9)}/10",
          lambda: f"a MG-ADL score of {R.randint(2, 16)}",
          lambda: f"a BMI of {R.uniform(15, 34):.1f} kg/m²"]
TRIALS = [lambda: f"NCT0{R.randint(3000000, 6499999)}", lambda: f"ChiCTR{R.randint(1900000000, 2400099999)}",
          lambda: f"EudraCT {R.randint(2015, 2023)}-00{R.randint(1000, 5999)}-{R.randint(10, 99)}",
          lambda: f"CTR{R.randint(20190000, 20249999)}", lambda: f"ISRCTN{R.randint(10000000, 99999999)}",
          lambda: f"jRCT{R.randint(2030000000, 2039999999)}"]
ICD = ["M32.14", "M32.1", "C83.3", "C91.0", "D69.3", "G70.0", "G36.0", "M34.0", "D61.9",
       "C90.0", "N04.9", "M31.3", "C81.9", "K50.9", "E05.0", "D56.1", "M35.0", "I77.6"]
ATC = ["L04AA26", "L01XC02", "L04AC07", "L01XX71", "H02AB07", "P01BA02", "L04AD02", "L01FA01"]
GUIDES = ["the 2019 EULAR/ACR classification criteria", "the KDIGO 2021 guideline",
          "the EULAR 2023 recommendations for SLE", "NCCN Guidelines Version 2.2024",
          "the ASTCT 2019 consensus grading", "the 2012 SLICC criteria",
          "the Chinese expert consensus on CAR-T (2022 edition)", "the ESMO 2021 lymphoma guideline",
          "the 2016 WHO classification", "ICD-11", "the Lugano 2014 criteria",
          "the IMWG 2016 response criteria", "Harrison's Principles of Internal Medicine, 21st edition",
          "the Oxford Handbook of Clinical Medicine"]
MONEY = [lambda: f"¥{R.randint(50, 1500) * 1000:,}", lambda: f"USD {R.randint(8, 160) * 1000:,}",
         lambda: f"about {R.uniform(1, 60):.1f} million tenge", lambda: f"{R.randint(100, 900) * 1000:,} yuan",
         lambda: f"€{R.randint(5, 90) * 1000:,}", lambda: f"{R.randint(2, 30) * 10000:,} roubles",
         lambda: f"RMB {R.randint(10, 500)}k", lambda: f"{R.randint(5, 90)} million som"]
TIMES = ["07:30", "8 a.m.", "half past nine", "14:00", "around midnight", "6 pm", "23:15",
         "dawn", "noon", "3:45 in the afternoon", "09:00 Beijing time", "lunchtime"]
DURATIONS = ["three weeks", "14 days", "six months", "a fortnight", "72 hours", "two and a half years",
             "ten days", "48 hours", "eight weeks", "nine months", "a year and a half", "28 days"]
WORDISH_STARTS = ["Hope", "Grace", "Faith", "Joy", "Patience", "Summer", "Dawn", "Will", "May",
                  "Mark", "Rose", "Amber", "Sunny", "Frank", "Bill", "Jade", "Lucky", "Gold",
                  "Stone", "Long", "King", "Young"]
CN_WORDS = [("高血压", "hypertension"), ("白细胞", "white blood cells"), ("黄疸", "jaundice"),
            ("钟点", "the hour"), ("方案", "the regimen"), ("石膏", "the plaster cast"),
            ("金属", "metal"), ("任何", "any"), ("于是", "so then"), ("常规", "routine"),
            ("高烧", "high fever"), ("万一", "just in case"), ("林区", "the forest area"),
            ("周期", "the cycle"), ("杨梅疮", "syphilis (old word)"), ("马上", "right away"),
            ("张力", "tension"), ("陈旧性", "old (healed)"), ("孙辈", "grandchildren"),
            ("朱砂", "cinnabar"), ("史料", "historical records"), ("何时", "when")]


def age_u90():
    return R.randint(1, 89)


@C("clean_dose")
def _():
    d, unit, (a, b) = ch(DRUGS)
    return f"{ch(ALIASES[:12])} was started on {d} {R.randint(a, b)} {unit}."


@C("clean_dose_taper")
def _():
    return f"Prednisone was tapered from {ch([60, 50, 40, 30])} mg to {ch([20, 15, 10, 7.5, 5])} mg over {ch(DURATIONS)}."


@C("clean_dose_cells")
def _():
    return f"The target dose was {ch(['1','2','0.5','3','1.5'])} × 10⁶ CAR-T cells/kg, infused over {R.randint(10, 30)} minutes."


@C("clean_dose_brand")
def _():
    return f"{ch(BRANDS)} was given every {ch(['two','three','four'])} weeks for {ch(DURATIONS)}."


@C("clean_lab")
def _():
    name, f = ch(LABS)
    return f"On admission her {name} was {f()}."


@C("clean_lab_ref")
def _():
    name = ch(list(REFS))
    f = dict(LABS)[name]
    return f"{name[0].upper() + name[1:]} {f()} (reference range {REFS[name]})."


@C("clean_lab_two")
def _():
    (n1, f1), (n2, f2) = R.sample(LABS, 2)
    return f"By Day {ch([14, 21, 28, 30, 60, 90])}, {n1} had reached {f1()} and {n2} {f2()}."


@C("clean_bp")
def _():
    return f"Blood pressure was {R.randint(95, 185)}/{R.randint(55, 115)} mmHg, pulse {R.randint(52, 140)}/min, SpO₂ {R.randint(86, 100)}%."


@C("clean_temp")
def _():
    return f"Her temperature peaked at {R.uniform(37.8, 40.9):.1f} °C at {ch(TIMES)} on Day {R.randint(1, 14)}."


@C("clean_score")
def _():
    return f"After treatment the patient had {ch(SCORES)()}."


@C("clean_ratio")
def _():
    return f"The CD4/CD8 ratio was {R.uniform(0.2, 3.5):.2f} and the E:T ratio in the assay was {ch(['1:1','5:1','10:1','20:1'])}."


@C("clean_time")
def _():
    return f"The infusion started at {ch(TIMES)} and finished {R.randint(15, 95)} minutes later."


@C("clean_duration")
def _():
    return f"{ch(ALIASES[:12])} stayed in hospital for {ch(['three weeks','14 days','a fortnight','ten days','28 days','five weeks'])} and then rested in the hotel for {ch(['a week','ten days','two weeks','a month','three days'])}."


@C("clean_count")
def _():
    return f"The team has treated {R.randint(12, 480)} patients from {R.randint(3, 41)} countries since {R.randint(2016, 2021)}."


@C("clean_gene")
def _():
    return f"Sequencing found a {ch(GENES)} alteration but no {ch(GENES)} mutation."


@C("clean_variant")
def _():
    return f"The variant {ch(['c.1799T>A (p.V600E)','c.35G>A (p.G12D)','c.524G>A (p.R175H)','c.2573T>G (p.L858R)','c.1849G>T (p.V617F)','t(9;22)(q34;q11)','del(17p)','t(4;14)','46,XX','47,XY,+21'])} was reported as {ch(['pathogenic','likely pathogenic','of uncertain significance','somatic'])}."


@C("clean_hla")
def _():
    return f"Both siblings carry {ch(['HLA-A*02:01','HLA-B*58:01','HLA-DRB1*15:01','HLA-B*51:01','HLA-DQB1*06:02'])}, so the match was {R.randint(5, 10)}/10."


@C("clean_trial")
def _():
    return f"She was enrolled in a phase {ch(['1','1/2','2','II','I'])} study registered as {ch(TRIALS)()}."


@C("clean_trial_two")
def _():
    return f"Results of {ch(TRIALS)()} and {ch(TRIALS)()} were presented at {ch(['ASH','EHA','EULAR','ACR Convergence','ASCO'])} {R.randint(2019, 2024)}."


@C("clean_icd")
def _():
    return f"Discharge diagnosis coded as {ch(ICD)} ({ch(CONDITIONS)})."


@C("clean_atc")
def _():
    return f"The pharmacy lists it under ATC code {ch(ATC)}, not as an unlicensed product."


@C("clean_guideline")
def _():
    return f"Treatment followed {ch(GUIDES)}."


@C("clean_guideline_meet")
def _():
    return f"She met {ch(GUIDES[:3] + GUIDES[5:6])} with a total of {R.randint(10, 34)} points."


@C("clean_month_year")
def _():
    return f"In {month_year()}, {ch(ALIASES[:12])} developed {ch(['swelling in both legs','joint pain','a butterfly rash','night sweats','double vision','weakness in the arms'])}."


@C("clean_month_year_two")
def _():
    y = R.randint(2012, 2022)
    return f"Symptoms began in {ch(MONTHS)} {y}; the diagnosis came in {ch(MONTHS)} {y + R.randint(1, 3)}."


@C("clean_year")
def _():
    y = R.randint(2015, 2022)
    return f"The first reports came out in {y}, and by {y + R.randint(1, 3)} several centres had experience with the method."


@C("clean_decade")
def _():
    return f"In the {ch(['1990s','2000s','1980s','early 2010s','late 1970s'])} such a diagnosis usually meant years of high-dose steroids."


@C("clean_season")
def _():
    return f"By the {ch(['spring','summer','autumn','winter'])} of {R.randint(2015, 2024)} she could climb stairs again."


@C("clean_age")
def _():
    a = age_u90()
    who = ch(["girl", "boy"]) if a < 16 else ch(["woman", "man", "teacher", "farmer", "engineer", "driver", "accountant"])
    return f"A {a}-year-old {who} from {ch(CITIES)} was referred with {ch(CONDITIONS)}."


@C("clean_age_89")
def _():
    return f"{ch(['Her grandmother','His father','The oldest patient','Her great-uncle'])}, aged {ch([80, 84, 85, 86, 87, 88, 89])}, came along for moral support."


@C("clean_age_decade")
def _():
    return f"Most patients in the series were in their {ch(['twenties','thirties','forties','fifties','sixties','seventies','eighties'])}."


@C("clean_money")
def _():
    return f"The total cost was {ch(MONEY)()}, of which the charity covered {ch(['about a third','half','most','a quarter','nearly all'])}."


@C("clean_city_travel")
def _():
    return f"The family travelled from {ch(CITIES)} to {ch(CITIES)} by {ch(['train','car','plane','bus'])}, a journey of {ch(['two days','nine hours','eleven hours','most of a day','six hours','three days'])}."


@C("clean_country")
def _():
    a, b, c = R.sample(COUNTRIES, 3)
    return f"Patients from {a}, {b} and {c} are seen in {ch(['the international patient centre','the haematology department','the rheumatology ward','the cell therapy unit','outpatients'])}."


@C("clean_hospital")
def _():
    a, b = R.sample(HOSPITALS, 2)
    return f"She had first been treated at {a} before coming to {b}."


@C("clean_department")
def _():
    return f"The case was discussed by {ch(DEPTS)} and {ch(DEPTS)} at the Wednesday meeting."


@C("clean_floor")
def _():
    return f"The cell therapy ward is on the {ch(['third','fifth','seventh','ninth','twelfth'])} floor, next to {ch(DEPTS)}."


@C("clean_eponym")
def _():
    return f"{ch(EPONYMS)} was ruled out before {ch(CONDITIONS)} was confirmed."


@C("clean_eponym_sign")
def _():
    return f"Examination showed {ch(SIGNS)} and no other abnormality."


@C("clean_alias")
def _():
    return f"\"{ch(['I can walk to the market again','Now I sleep through the night','I am no longer afraid of the blood tests','My children do not have to worry now'])},\" {ch(ALIASES)} said."


@C("clean_alias_timeline")
def _():
    return f"Day {ch(['0','+7','+14','+28','+90','−5','−3'])}: {ch(ALIASES[:12])} — {ch(['lymphodepletion started','CAR-T infusion','fever, CRS grade 1','discharged to the hotel','bone marrow biopsy','first follow-up'])}."


@C("clean_relation")
def _():
    return f"{ch(RELS).capitalize()} {ch(['stayed by the bed every night','learned to give the injections','kept a notebook of every temperature','cooked for the whole ward','translated for the doctors'])}."


@C("clean_job")
def _():
    return f"The {ch(['Chief Physician of Haematology','Director of Rheumatology','head nurse','deputy director','attending physician','clinical pharmacist','patient coordinator','Russian-speaking interpreter'])} explained the next steps."


@C("clean_wordish_start")
def _():
    w = ch(WORDISH_STARTS)
    rest = {
        "Hope": "returned slowly to the family after the first clear scan.",
        "Grace": "under pressure is what the nurses showed that night.",
        "Faith": "in the treatment grew once the rash faded.",
        "Joy": "filled the room when the MRD result came back negative.",
        "Patience": "is needed: B cells usually return within six to twelve months.",
        "Summer": "in Urumqi is hot, so the family stayed indoors after the infusion.",
        "Dawn": "came before the fever finally broke.",
        "Will": "the rash come back? The team cannot promise, but the risk is lower.",
        "May": "is the busiest month for international admissions.",
        "Mark": "the injection site with a pen and check it for redness.",
        "Rose": "petals were scattered on the cake for the discharge party.",
        "Amber": "alerts on the monitor mean the nurse should check within fifteen minutes.",
        "Sunny": "mornings were spent in the hospital garden.",
        "Frank": "conversations about risk are part of the consent process.",
        "Bill": "payments can be made at the cashier on the ground floor.",
        "Jade": "bracelets are common gifts for patients going home.",
        "Lucky": "is how the mother described the timing of the referral.",
        "Gold": "nanoparticles are not part of this therapy, despite what she had read online.",
        "Stone": "formation in the kidney was a known side effect of the old regimen.",
        "Long": "flights can raise the risk of clots, so she wore compression stockings.",
        "King": "-size beds are not available on the ward, the coordinator explained.",
        "Young": "patients often recover faster after lymphodepletion.",
    }[w]
    return f"{w}{'' if rest.startswith('-') else ' '}{rest}"


@C("clean_chinese_word")
def _():
    w, e = ch(CN_WORDS)
    return f"The discharge note uses the word {w} ({e}), which the interpreter explained."


@C("clean_file_name")
def _():
    return f"Please upload {ch(['CT_scan_final.pdf','lab_results_march.jpg','MRI-brain.zip','discharge.docx','report_v2.pdf','PET-CT.dcm'])} in the form, not by email."


@C("clean_version")
def _():
    return f"Flow cytometry was analysed with {ch(['FlowJo v10.8.1','Kaluza 2.1','GraphPad Prism 9.5.1','R version 4.3.2','SPSS 26.0'])} and reported to {R.randint(2, 3)} decimal places."


@C("clean_measure")
def _():
    return f"The largest lymph node measured {R.uniform(0.8, 6.5):.1f} × {R.uniform(0.5, 4.5):.1f} cm, SUVmax {R.uniform(1.5, 28):.1f}."


@C("clean_percent")
def _():
    return f"About {R.randint(55, 97)}% of patients in the trial reached complete remission within {ch(DURATIONS)}."


@C("clean_apheresis")
def _():
    return f"Apheresis collected {R.uniform(1, 9):.1f} × 10⁹ mononuclear cells in {R.randint(2, 5)} hours; manufacturing took {R.randint(7, 21)} days."


@C("clean_imaging")
def _():
    return f"Brain MRI showed {R.randint(2, 14)} T2 lesions, the largest {R.randint(3, 22)} mm, none enhancing."


@C("clean_ward_phone_generic")
def _():
    return f"Patients can call the international office during working hours, {ch(['Monday to Friday','seven days a week','weekdays only'])}, from {ch(['8:30','9:00'])} to {ch(['17:30','18:00'])}."


@C("clean_books")
def _():
    book = ch(["Harrison's Principles of Internal Medicine", "the Lupus Encyclopedia",
               "a patient guide from the Lupus Foundation of America", "the hospital's CAR-T handbook"])
    return f"The family read {book} before the first visit."


@C("clean_famous")
def _():
    return f"{ch(['Hippocrates','Florence Nightingale','Marie Curie','Louis Pasteur','Avicenna','Sun Simiao','Hua Tuo'])} {ch(['is quoted on the wall of the lobby','appears on a poster in the corridor','was the subject of her school essay'])}."


@C("clean_university")
def _():
    return f"The cells were manufactured in partnership with {ch(['Xinjiang Medical University','Peking University','Zhejiang University','Sun Yat-sen University','Al-Farabi Kazakh National University','Tsinghua University','the Chinese Academy of Medical Sciences'])}."


@C("clean_units_conversion")
def _():
    return f"Glucose {R.uniform(3.5, 22):.1f} mmol/L is roughly {R.randint(65, 400)} mg/dL in the units used back home."


@C("clean_fraction")
def _():
    return f"She takes {ch(['½','1/2','¾','1¼','2'])} tablet{'' if R.random() < 0.5 else 's'} of {ch(['tacrolimus','hydroxychloroquine','prednisone','amlodipine'])} at {ch(TIMES)}."


@C("clean_cycle")
def _():
    return f"Cycle {R.randint(1, 8)}, day {R.randint(1, 28)}: {ch(['no fever','mild nausea','platelets recovering','grade 2 neutropenia','no CRS'])}."


@C("clean_week_relative")
def _():
    return f"{ch(['Two weeks','Ten days','A month','Six weeks','Three months','A year'])} after the infusion, {ch(ALIASES[:12])} {ch(['went back to school','returned to work','stopped all steroids','flew home','had a normal urine test'])}."


@C("clean_range_days")
def _():
    return f"Fever usually appears {R.randint(1, 3)}–{R.randint(4, 9)} days after CAR-T cells are given and lasts {R.randint(1, 3)}–{R.randint(4, 7)} days."


@C("clean_statement_generic")
def _():
    return ch([
        "The expert team analysed her condition the same day and proposed CAR-T therapy.",
        "Traditional hormone and immunosuppressive therapy had not controlled the disease.",
        "Without the seeds of disease, autoantibodies gradually fall and complement returns to normal.",
        "CAR-T cells can reach B cells hidden in tissues that antibodies cannot reach.",
        "The family was told about the risks of infection, CRS and neurotoxicity.",
        "Today was her third follow-up visit, and the results were good again.",
        "She no longer needs hormone drugs or immunosuppressants.",
        "Blood and urine tests are now needed only every six months.",
        "An interpreter joined every ward round.",
        "The hospital canteen made halal meals for the whole stay.",
        "The consent form was explained in Russian and Kazakh.",
        "Children under 14 must be accompanied by a parent on the ward.",
        "The coordinator met the family at the airport arrivals hall.",
        "Visitors are limited to two per patient in the cell therapy unit.",
        "The story is published with the patient's written consent and without her real name.",
        "Details that could identify the family have been changed.",
        "The photos were taken with permission and faces are blurred.",
    ])


@C("clean_quote_clinician")
def _():
    return f"\"{ch(['When she was first admitted she had generalised oedema and heavy proteinuria','The renal biopsy showed active class IV lupus nephritis','We saw the B cells disappear within a week','Her CRS was mild and settled with one dose of tocilizumab','The MRD was negative at one month'])},\" the {ch(['attending physician','chief physician','haematologist','rheumatologist'])} explained."


@C("clean_seven_digit_like")
def _():
    return f"A total of {R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)} cells were counted in the final product, viability {R.randint(80, 99)}%."


@C("clean_caption")
def _():
    return f"Photo: {ch(ALIASES[:12])} {ch(['with the nursing team','in the hospital garden','on the day of discharge','holding a drawing from her son','at the third follow-up visit'])} ({ch(['face blurred','shared with consent','taken by the family'])})."


@C("clean_caps_heading")
def _():
    return ch(["DIAGNOSIS: SYSTEMIC LUPUS ERYTHEMATOSUS", "TREATMENT: CD19 CAR-T", "OUTCOME: COMPLETE REMISSION",
               "NATIONALITY: KAZAKH", "GENDER: FEMALE", "AGE AT ONSET: 20", "CONDITION: REFRACTORY MYASTHENIA GRAVIS",
               "FOLLOW-UP: EVERY SIX MONTHS", "NAME: MS. A", "STATUS: DISCHARGED", "HOSPITAL: RUIJIN HOSPITAL",
               "SOURCE: HAEMATOLOGY DEPARTMENT", "LEAVE YOUR MESSAGE", "CASE STORY 12 OF 40"])


@C("clean_form_field")
def _():
    field, vals = ch([("Gender", ["Female", "Male"]), ("Nationality", ["Kazakh", "Mongolian", "Uzbek", "Russian", "Kyrgyz", "Emirati", "Vietnamese"]),
                      ("Condition", ["SLE", "Lupus nephritis", "B-ALL", "Myasthenia gravis", "NMOSD"]),
                      ("Treatment", ["CAR-T", "CD19 CAR-T", "BCMA CAR-T", "Plasma exchange"]),
                      ("Outcome", ["Remission", "Stable", "Improved", "Complete response"]),
                      ("Age at onset", [f"{R.randint(3, 70)} years", f"{R.randint(3, 70)} years old"]),
                      ("Follow-up", ["every 3 months", "every six months", "yearly"])])
    return f"{field}: {ch(vals)}"


@C("clean_lowercase_message")
def _():
    return ch([
        "hello doctor, my mother has lupus for 7 years, can car-t help her?",
        "how much does the treatment cost and how long do we need to stay?",
        "my son is 6 and has leukaemia again after transplant, is there a chance?",
        "do you have russian speaking staff? my chinese is very bad",
        "we sent the documents last week, did you receive them?",
        "is it possible to come with two relatives or only one?",
        "thank you for your answer, we will discuss with the family",
        "the doctor at home says no more options, please help us",
        "what tests should we do before the flight?",
        "can she take her insulin on the plane?",
        "sorry for my english, i use translator",
        "my platelets are 40 today, is it safe to fly?",
        "we arrive next month, do we need a medical visa or tourist visa is ok?",
        "please reply in kazakh or russian if possible",
        "our local hospital is in shymkent, they can send the slides",
    ]) + ch(["", " :)", " thank you", " please", "!!", " 🙏"])


@C("clean_number_words")
def _():
    return f"She had {ch(['seven','eight','three','twelve','two'])} rounds of biological treatment and {ch(['four','five','six','nine'])} hospital admissions before coming to China."


@C("clean_ages_family")
def _():
    return f"Her children are {R.randint(2, 9)} and {R.randint(10, 17)}, and her mother is {R.randint(55, 84)}."


@C("clean_dates_vague")
def _():
    return f"{ch(['Early last year','Last spring','The following winter','Around New Year','At the end of the summer','Two Christmases ago','During Ramadan','After the Spring Festival holiday'])}, the symptoms came back."


@C("clean_lab_ids_generic")
def _():
    return f"Sample types: {ch(['EDTA','heparin','citrate','serum'])} tubes, {R.randint(2, 10)} mL each, processed within {R.randint(2, 6)} hours at {R.randint(2, 8)} °C."


@C("clean_codes_mix")
def _():
    return f"The product is stored at −{ch([150, 180, 196])} °C in {R.randint(1, 4)} bags of {R.randint(20, 70)} mL."


@C("clean_phone_like_lab")
def _():
    return f"Viral load fell from {R.randint(10000, 9000000):,} to {R.randint(20, 900)} copies/mL."


@C("clean_reference_article")
def _():
    return f"See {ch(['N Engl J Med','Lancet','Nat Med','Blood','Ann Rheum Dis'])} {R.randint(2019, 2024)};{R.randint(10, 400)}:{R.randint(100, 2999)}–{R.randint(3000, 3999)} for the first report."


@C("clean_insurance_generic")
def _():
    return f"Most private insurers in {ch(COUNTRIES)} do not cover cell therapy abroad, so families often raise the money themselves."


@C("clean_visa_generic")
def _():
    return f"A medical visa usually takes {ch(['five working days','two weeks','ten days'])}; the hospital sends an invitation letter on request."


@C("clean_room_generic")
def _():
    return f"Each room in the transplant ward has HEPA filtration and {ch(['one bed','two beds'])}; the corridor has a small playroom."


@C("clean_weight_height")
def _():
    h = R.randint(90, 190)
    w = round(R.uniform(0.8, 1.3) * (h / 100) ** 2 * 21, 1)
    bsa = (h * w / 3600) ** 0.5
    return f"Weight {w:.1f} kg, height {h} cm, body surface area {bsa:.2f} m²."


@C("clean_regimen")
def _():
    return f"Lymphodepletion was fludarabine {ch([25, 30])} mg/m² and cyclophosphamide {ch([250, 300, 500])} mg/m² on days −5 to −3."


@C("clean_marker_panel")
def _():
    return f"Flow showed CD{R.randint(3, 56)}+ CD{R.randint(3, 56)}− cells at {R.uniform(0.1, 40):.1f}% of lymphocytes."


@C("clean_anniversary_vague")
def _():
    return f"{ch(ALIASES[:12])} marked one year since the infusion with a small party on the ward."


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

TARGETS = {
    PN: 260, SA: 46, PC: 42, GL: 40, ED: 60, DB: 48, AG: 44, PH: 52, EM: 44, WA: 42,
    IP: 40, SO: 46, RI: 44, NI: 48, PP: 44, MR: 44, HP: 44, AC: 44, LI: 42, VE: 42,
    DV: 42, OT: 46, CB: 130,
}
CLEAN_TARGET = 1150
HARD_SHARE = 0.2


def run_template(entry):
    category, kinds, hard, fn = entry
    out = fn()
    if isinstance(out, tuple):
        sent, kinds = out
    else:
        sent = out
    return category, kinds, sent


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def add(category, kinds, sent):
        assert "\t" not in sent and "\n" not in sent, sent
        if sent in seen:
            return False
        seen.add(sent)
        rows.append((category, kinds, sent))
        return True

    for key, target in TARGETS.items():
        entries = TEMPLATES[key]
        easy = [e for e in entries if not e[2]]
        hard = [e for e in entries if e[2]] or easy
        made = tries = 0
        while made < target and tries < target * 60:
            tries += 1
            pool = hard if R.random() < HARD_SHARE else easy
            if made < len(entries):  # make sure every template is used at least once
                entry = entries[made]
            else:
                entry = R.choice(pool)
            if add(*run_template(entry)):
                made += 1

    made = tries = 0
    while made < CLEAN_TARGET and tries < CLEAN_TARGET * 80:
        tries += 1
        if made < len(CLEAN):
            category, fn = CLEAN[made]
        else:
            category, fn = R.choice(CLEAN)
        if add(category, "-", fn()):
            made += 1

    R.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for category, kinds, sent in rows:
            fh.write(f"{category}\t{kinds}\t{sent}\n")


if __name__ == "__main__":
    main()
