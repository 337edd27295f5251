"""Held-out de-identification corpus, part 8 (English).

Running this script writes ``deid_generated_en_heldout8.tsv`` next to it: one
English sentence per row, each labelled with the kinds of patient identifier a
careful human reader would find in it (``-`` when the sentence is clean).

The sentences imitate what the international-patient office really handles:
case-story paragraphs, patients' and relatives' messages, clinicians' quotes,
photo captions, timeline entries and intake-form fragments, about patients
from Kazakhstan, Russia, Central Asia, Mongolia, the Middle East, Southeast
Asia, Europe and Africa treated in China. About one sentence in five is in a
harder but still realistic shape (full-width digits, names in lowercase or
capitals, values before their labels, mixed scripts, names that are also
ordinary words). Clean sentences are chosen to look suspicious: doses, lab
values, reference ranges, trial registry numbers, codes, month-and-year
dates, ages under 90, cities, hospitals, eponymous diseases and letter
aliases such as "Ms. A".

The corpus was written from general knowledge of how such texts are written,
without reading the scanner's code, its tests or the earlier corpora, so it
can serve as an honest held-out measure. Only the standard library is used
and the random seed is fixed, so the output is the same on every run.

Columns: ``category``, ``expected_kinds`` (comma-separated, or ``-``),
``sentence``.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

SEED = 8_2024_0817
R = random.Random(SEED)

OUT = Path(__file__).resolve().parent / "deid_generated_en_heldout8.tsv"

# ---------------------------------------------------------------- helpers

FW_TABLE = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－",
)


def fw(s: str) -> str:
    """Full-width form of digits and Latin letters."""
    return s.translate(FW_TABLE)


def pick(seq):
    return R.choice(seq)


def digits(n: int, first_nonzero: bool = True) -> str:
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def upper_letters(n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(pool) for _ in range(n))


def group(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
             "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first",
             "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth"]
NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
             94: "ninety-four", 95: "ninety-five", 96: "ninety-six",
             97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "a hundred", 101: "a hundred and one", 102: "a hundred and two",
             103: "a hundred and three"}
CN_DIGITS = "〇一二三四五六七八九"


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def rand_day(y0=2016, y1=2025):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(y, m, d, style=None) -> str:
    styles = [
        "d Month y", "Month d, y", "iso", "dd/mm/yyyy", "dd.mm.yyyy",
        "d Mon y", "Mon d", "d Month", "the dth of Month y", "mm/dd/yy",
        "roman", "compact", "cn", "Month dth", "dd-Mon-yyyy", "weekday",
        "ord words", "yyyy.mm.dd", "dd.mm.yy", "fw cn",
    ]
    style = style or pick(styles)
    M, Mo = MONTHS[m - 1], MON3[m - 1]
    if style == "d Month y":
        return f"{d} {M} {y}"
    if style == "Month d, y":
        return f"{M} {d}, {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dd/mm/yyyy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dd.mm.yyyy":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "d Mon y":
        return f"{d} {Mo} {y}"
    if style == "Mon d":
        return f"{Mo} {d}"
    if style == "d Month":
        return f"{d} {M}"
    if style == "the dth of Month y":
        return f"the {ordinal(d)} of {M} {y}"
    if style == "mm/dd/yy":
        return f"{m}/{d}/{y % 100:02d}"
    if style == "roman":
        return f"{d}.{ROMAN[m - 1]}.{y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "Month dth":
        return f"{M} {ordinal(d)}"
    if style == "dd-Mon-yyyy":
        return f"{d:02d}-{Mo.upper()}-{y}"
    if style == "weekday":
        wd = pick(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sunday", "Monday"])
        return f"{wd} {d} {Mo}"
    if style == "ord words":
        return f"the {ORD_WORDS[d - 1]} of {M}"
    if style == "yyyy.mm.dd":
        return f"{y}.{m:02d}.{d:02d}"
    if style == "dd.mm.yy":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "fw cn":
        return fw(f"{y}") + "年" + fw(str(m)) + "月" + fw(str(d)) + "日"
    raise ValueError(style)


def a_date(**kw) -> str:
    y, m, d = rand_day()
    return fmt_date(y, m, d, **kw)


def month_year() -> str:
    y = R.randint(2012, 2025)
    m = R.randint(1, 12)
    return pick([f"{MONTHS[m - 1]} {y}", f"{MON3[m - 1]} {y}", f"{MONTHS[m - 1]} of {y}",
                 f"early {MONTHS[m - 1]} {y}", f"late {MONTHS[m - 1]} {y}"])


def birth_date() -> str:
    y = R.randint(1938, 2019)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return fmt_date(y, m, d, pick(["d Month y", "Month d, y", "iso", "dd.mm.yyyy",
                                   "dd/mm/yyyy", "d Mon y", "roman", "cn",
                                   "dd-Mon-yyyy", "compact", "the dth of Month y"]))


# ---------------------------------------------------------------- people

# (given, family, eastern_order, gender)
PEOPLE = [
    # Kazakh
    ("Aigerim", "Nurlanova", False, "f"), ("Dauren", "Serikbayev", False, "m"),
    ("Aruzhan", "Tulegenova", False, "f"), ("Yerlan", "Zhaksylykov", False, "m"),
    ("Saule", "Baimukhanova", False, "f"), ("Nurlan", "Akhmetov", False, "m"),
    ("Zhanar", "Omarova", False, "f"), ("Bauyrzhan", "Iskakov", False, "m"),
    ("Kuralay", "Sadykova", False, "f"), ("Askar", "Ermekov", False, "m"),
    ("Dinara", "Kassymova", False, "f"), ("Yerzhan", "Abenov", False, "m"),
    # Russian / Ukrainian / Belarusian
    ("Natalia", "Ivanova", False, "f"), ("Sergei", "Petrov", False, "m"),
    ("Olga", "Smirnova", False, "f"), ("Dmitry", "Kuznetsov", False, "m"),
    ("Yekaterina", "Volkova", False, "f"), ("Andrei", "Sokolov", False, "m"),
    ("Irina", "Morozova", False, "f"), ("Pavel", "Lebedev", False, "m"),
    ("Oksana", "Kovalenko", False, "f"), ("Viktor", "Shevchuk", False, "m"),
    # Uzbek / Kyrgyz / Tajik / Turkmen
    ("Dilnoza", "Karimova", False, "f"), ("Bekzod", "Yusupov", False, "m"),
    ("Shahzoda", "Rakhimova", False, "f"), ("Farrukh", "Tashkentov", False, "m"),
    ("Aizada", "Mamytova", False, "f"), ("Bakyt", "Osmonaliev", False, "m"),
    ("Nilufar", "Saidova", False, "f"), ("Rustam", "Nazarov", False, "m"),
    ("Maral", "Annayeva", False, "f"), ("Serdar", "Berdiyev", False, "m"),
    # Mongolian (patronymic written first)
    ("Oyunchimeg", "Batbold", True, "f"), ("Ganbaatar", "Dorj", True, "m"),
    ("Enkhjargal", "Tsend", True, "f"), ("Bat-Erdene", "Sukhbat", True, "m"),
    ("Tsetsegmaa", "Ochir", True, "f"),
    # Arabic / Persian / Turkish
    ("Fatima", "Al-Harbi", False, "f"), ("Omar", "Haddad", False, "m"),
    ("Layla", "Mansour", False, "f"), ("Youssef", "El-Sayed", False, "m"),
    ("Maryam", "Hosseini", False, "f"), ("Reza", "Tehrani", False, "m"),
    ("Elif", "Yilmaz", False, "f"), ("Mehmet", "Demir", False, "m"),
    ("Noura", "Al-Qahtani", False, "f"), ("Khalid", "Bin Rashid", False, "m"),
    # Southeast Asian
    ("Lan", "Nguyen Thi", True, "f"), ("Minh", "Tran Van", True, "m"),
    ("Siti", "Aminah", False, "f"), ("Somchai", "Wongsakul", False, "m"),
    ("Malee", "Srisuk", False, "f"), ("Maria Cristina", "Santos", False, "f"),
    ("Rizal", "Hidayat", False, "m"), ("Sokha", "Chea", False, "f"),
    # South Asian
    ("Priya", "Raman", False, "f"), ("Arjun", "Mehta", False, "m"),
    ("Farzana", "Begum", False, "f"), ("Imran", "Qureshi", False, "m"),
    # African
    ("Chinedu", "Okafor", False, "m"), ("Amina", "Diallo", False, "f"),
    ("Kwame", "Mensah", False, "m"), ("Thandiwe", "Dlamini", False, "f"),
    ("Abebe", "Tesfaye", False, "m"), ("Wanjiru", "Kamau", False, "f"),
    # European / Latin American
    ("Hans", "Becker", False, "m"), ("Sofia", "Rossi", False, "f"),
    ("Jan", "Kowalski", False, "m"), ("Ingrid", "Larsen", False, "f"),
    ("Camila", "Rodríguez", False, "f"), ("Mateo", "Gómez", False, "m"),
    ("Siobhán", "O'Connor", False, "f"), ("Lukas", "Novák", False, "m"),
    # Korean / Japanese / Chinese (pinyin)
    ("Ji-woo", "Kim", True, "f"), ("Min-jun", "Park", True, "m"),
    ("Haruka", "Sato", True, "f"), ("Kenji", "Tanaka", False, "m"),
    ("Lihua", "Wang", True, "f"), ("Jianguo", "Chen", True, "m"),
    ("Xiaomei", "Li", True, "f"), ("Wei", "Zhang", True, "m"),
    ("Yan", "Liu", True, "f"), ("Hao", "Zhao", True, "m"),
]

# Doctors, nurses and staff named in stories.
STAFF = [
    ("Hong", "Zhou", True), ("Lei", "Sun", True), ("Jing", "Xu", True),
    ("Fang", "Guo", True), ("Qiang", "Ma", True), ("Min", "Hu", True),
    ("Ying", "Song", True), ("Tao", "Zheng", True), ("Yun", "Gao", True),
    ("Xin", "Lin", True), ("Ping", "He", True), ("Bo", "Luo", True),
    ("Rui", "Tang", True), ("Li", "Feng", True), ("Jun", "Deng", True),
]

CN_CHAR_NAMES = ["王丽华", "张伟", "刘建国", "陈晓燕", "李娜", "赵磊", "周敏", "孙志强",
                 "黄秀英", "吴婷", "郑海峰", "马玉兰", "杨帆", "何静"]
CN_TRANSLIT = [("阿依古丽", "Aygul"), ("娜塔莉亚", "Natalia"), ("努尔兰", "Nurlan"),
               ("巴特尔", "Bater"), ("法蒂玛", "Fatima"), ("阿卜杜拉", "Abdullah"),
               ("叶尔兰", "Yerlan"), ("迪娜拉", "Dinara"), ("谢尔盖", "Sergei"),
               ("奥尔加", "Olga"), ("阿米娜", "Amina"), ("穆罕默德", "Muhammad")]
CYRILLIC_NAMES = ["Наталья Иванова", "Дмитрий Кузнецов", "Айгерим Нурланова",
                  "Ерлан Жаксылыков", "Ольга Смирнова", "Баатар Дорж", "Гульнара Омарова"]
NICKNAMES = ["Masha", "Sasha", "Dima", "Aika", "Lyosha", "Zhenya", "Kolya", "Nastya",
             "Beka", "Nuri", "Tolik", "Doudou", "Xiaoxiao", "Lulu", "Bobo", "Gulya",
             "Seryozha", "Katya", "Yura", "Tima", "Dana", "Aiko-chan", "Abu", "Mimi"]
# Given names that are also ordinary English words.
WORD_NAMES = [("Rose", "f"), ("Grace", "f"), ("Hope", "f"), ("Faith", "f"), ("Joy", "f"),
              ("Dawn", "f"), ("Bill", "m"), ("Mark", "m"), ("Will", "m"), ("Hunter", "m"),
              ("Sunny", "m"), ("Jade", "f"), ("Ruby", "f"), ("Pearl", "f"), ("Amber", "f"),
              ("Summer", "f"), ("Cliff", "m"), ("Miles", "m"), ("Sky", "f"), ("Victor", "m"),
              ("Precious", "f"), ("Blessing", "f"), ("Gift", "m"), ("Patience", "f"),
              ("Bolat", "m"), ("Altyn", "f"), ("Baker", "m"), ("Major", "m")]

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Ust-Kamenogorsk",
          "Tashkent", "Samarkand", "Bishkek", "Osh", "Dushanbe", "Ashgabat", "Ulaanbaatar",
          "Novosibirsk", "Irkutsk", "Moscow", "Vladivostok", "Khabarovsk", "Yekaterinburg",
          "Dubai", "Riyadh", "Muscat", "Doha", "Baku", "Tbilisi", "Yerevan", "Tehran",
          "Hanoi", "Ho Chi Minh City", "Bangkok", "Jakarta", "Manila", "Kuala Lumpur",
          "Lagos", "Nairobi", "Addis Ababa", "Accra", "Johannesburg", "Warsaw", "Hamburg",
          "Milan", "Prague", "Dublin", "Oslo", "Bogotá", "Lima", "Seoul", "Osaka",
          "Jinan", "Beijing", "Shanghai", "Urumqi", "Harbin", "Guangzhou", "Qingdao"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
             "Turkmenistan", "Mongolia", "Azerbaijan", "Georgia", "Iran", "Oman",
             "Saudi Arabia", "the UAE", "Vietnam", "Thailand", "Indonesia", "the Philippines",
             "Malaysia", "Nigeria", "Kenya", "Ethiopia", "Ghana", "South Africa", "Poland",
             "Germany", "Italy", "Ireland", "Norway", "Colombia", "Peru", "South Korea"]
REGIONS = ["Almaty Region", "East Kazakhstan", "Turkestan Region", "the Fergana Valley",
           "Chüy Region", "Khövsgöl Province", "Siberia", "the Altai", "Primorye",
           "Mangystau", "Xinjiang", "Shandong Province", "Heilongjiang"]
HOSPITALS = ["Peking Union Medical College Hospital", "Qilu Hospital", "Shandong Provincial Hospital",
             "Ruijin Hospital", "West China Hospital", "the First Affiliated Hospital of Zhengzhou University",
             "Charité", "Mayo Clinic", "the National Scientific Medical Center in Astana",
             "Tongji Hospital", "Karolinska University Hospital", "Sun Yat-sen University Cancer Center"]
DEPTS = ["haematology", "rheumatology", "nephrology", "the cell therapy unit", "the ICU",
         "paediatric oncology", "the international patient centre", "neurology",
         "cardiology", "interventional radiology", "the day-care ward", "transfusion medicine",
         "the outpatient pharmacy", "thoracic surgery", "the transplant ward"]


def rel_f():
    return pick(["mother", "sister", "aunt", "wife", "daughter", "grandmother", "cousin", "niece"])


def rel_m():
    return pick(["father", "brother", "uncle", "husband", "son", "grandfather", "cousin", "nephew"])


def person():
    return pick(PEOPLE)


def full(p) -> str:
    g, f, east, _ = p
    return f"{f} {g}" if east else f"{g} {f}"


def given(p) -> str:
    return p[0]


def family(p) -> str:
    return p[1]


def titled(p) -> str:
    g, f, east, sex = p
    t = pick(["Mr."] if sex == "m" else ["Ms.", "Mrs.", "Ms."])
    return f"{t} {f}"


def initial_family(p) -> str:
    g, f, east, sex = p
    return f"{g[0]}. {f}"


def pron(p):
    return ("she", "her", "her") if p[3] == "f" else ("he", "him", "his")


def staff_full():
    g, f, _ = pick(STAFF)
    return f"{f} {g}"


def doctor():
    g, f, _ = pick(STAFF)
    return pick([f"Dr. {f}", f"Dr {f} {g}", f"Professor {f} {g}", f"Prof. {f}",
                 f"Dr. {f} {g}", f"Director {f}"])


def nurse():
    g, f, _ = pick(STAFF)
    return pick([f"nurse {f} {g}", f"Nurse {f}", f"head nurse {f} {g}", f"Sister {f}"])


def any_name() -> str:
    """A patient or relative's name in some ordinary written form."""
    p = person()
    return pick([full(p), full(p), given(p), titled(p), initial_family(p)])


def name_variant(p) -> str:
    """Harder spellings: lower case, capitals, surname/given order, Cyrillic."""
    g, f, east, _ = p
    return pick([
        f"{g.lower()} {f.lower()}",
        f"{f.upper()} {g.upper()}",
        f"{f.upper()}/{g.upper()}",
        f"{f.upper()}, {g}",
        g.lower(),
        f"{f}, {g}",
    ])


# ---------------------------------------------------------------- identifier values

def phone() -> str:
    kind = R.randint(0, 17)
    if kind == 0:
        return f"+7 70{R.randint(0, 8)} {digits(3)} {digits(2)} {digits(2, False)}"
    if kind == 1:
        return f"8 (727) {digits(3)}-{digits(2, False)}-{digits(2, False)}"
    if kind == 2:
        return f"+7 (495) {digits(3)}-{digits(2, False)}-{digits(2, False)}"
    if kind == 3:
        return f"+86 13{R.randint(0, 9)} {digits(4, False)} {digits(4, False)}"
    if kind == 4:
        return f"0531-{digits(8)}"
    if kind == 5:
        return f"+998 {pick(['90', '91', '93', '97'])} {digits(3)} {digits(2, False)} {digits(2, False)}"
    if kind == 6:
        return f"+976 {pick(['88', '99', '95'])}{digits(2, False)} {digits(4, False)}"
    if kind == 7:
        return f"+971 5{R.randint(0, 8)} {digits(3)} {digits(4, False)}"
    if kind == 8:
        return f"({digits(3)}) 555-{digits(4, False)}"
    if kind == 9:
        return f"020 7946 {digits(4, False)}"
    if kind == 10:
        return f"+84 9{digits(2, False)} {digits(3, False)} {digits(3, False)}"
    if kind == 11:
        return f"+996 {digits(3)} {digits(3, False)} {digits(3, False)}"
    if kind == 12:
        return f"18{R.randint(0, 9)}{digits(8, False)}"
    if kind == 13:
        return f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4, False)}"
    if kind == 14:
        return f"+7.701.{digits(3)}.{digits(4, False)}"
    if kind == 15:
        return f"0086-135-{digits(4, False)}-{digits(4, False)}"
    if kind == 16:
        return f"+966 5{digits(1, False)} {digits(3, False)} {digits(4, False)}"
    return f"+49 40 {digits(4)} {digits(3, False)}"


def email(p=None) -> str:
    p = p or person()
    g = p[0].lower().replace(" ", "").replace("-", "").replace("á", "a").replace("ó", "o").replace("í", "i")
    f = p[1].lower().replace(" ", "").replace("-", "").replace("'", "").replace("á", "a").replace("ó", "o").replace("í", "i").replace("é", "e")
    dom = pick(["mail.ru", "gmail.com", "yandex.kz", "inbox.ru", "outlook.com", "qq.com",
                "163.com", "yahoo.com", "bk.ru", "icloud.com", "protonmail.com", "list.ru"])
    local = pick([f"{g}.{f}", f"{g}{digits(2)}", f"{f}_{g[0]}", f"{g[0]}{f}{digits(4, False)}",
                  f"{g}_{f}_{R.randint(70, 99)}", f"{g}"])
    return f"{local}@{dom}"


def disguised_email(p=None) -> str:
    e = email(p)
    local, dom = e.split("@")
    d1, d2 = dom.rsplit(".", 1)
    return pick([
        f"{local} [at] {d1} [dot] {d2}",
        f"{local} at {d1} dot {d2}",
        f"{local}(at){dom}",
        f"{local}＠{dom}",
        f"{local} @ {dom}",
        f"{local}{{at}}{d1}{{dot}}{d2}",
        f"{local.upper()}@{dom.upper()}",
    ])


def url() -> str:
    p = person()
    g = p[0].lower().replace(" ", "").replace("-", "")
    f = p[1].lower().replace(" ", "").replace("-", "").replace("'", "").replace("á", "a").replace("ó", "o").replace("í", "i").replace("é", "e")
    return pick([
        f"https://www.gofundme.com/f/help-{g}-fight-lymphoma",
        f"https://{g}{f}.blogspot.com/2023/05/day-{R.randint(1, 60)}.html",
        f"www.{g}-{f}.kz",
        f"https://bit.ly/{upper_letters(2)}{digits(2)}{R.choice('abcxyz')}{upper_letters(1)}",
        f"http://t.cn/A6{upper_letters(5, 'abcdefghJKLMNpqrstUVWxyz')}",
        f"https://disk.yandex.ru/d/{upper_letters(4, 'abcdefKLMNxyzQ')}{digits(3)}",
        f"https://sites.google.com/view/{g}{f}",
        f"https://pan.baidu.com/s/1{upper_letters(8, 'abcdEFGHxyz')}",
        f"{g}{f}.wordpress.com",
        f"https://www.youtube.com/watch?v={upper_letters(5, 'abcXYZ')}{digits(3)}{upper_letters(3, 'qwRT')}",
        f"https://tinyurl.com/{g}-{digits(3)}",
        f"https://www.kickstarter-health.org/patients/{g}-{f}",
        f"http://drive.google.com/file/d/1{upper_letters(10, 'aBcDeFgH')}/view",
    ])


def ipv4() -> str:
    return pick([
        f"{pick([95, 178, 37, 89, 212, 5, 92, 2])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
        f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
        f"10.{R.randint(0, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
        f"{R.randint(100, 223)}.{R.randint(0, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
    ])


def ipv6() -> str:
    hx = lambda: f"{R.randint(0, 0xffff):x}"
    return pick([
        f"2001:db8:{hx()}:{hx()}::{hx()}",
        f"2a02:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}:{hx()}",
        f"fe80::{hx()}:{hx()}:{hx()}:{hx()}",
        f"240e:{hx()}:{hx()}::{hx()}",
    ])


def social():
    p = person()
    g = p[0].lower().replace(" ", "").replace("-", "")
    f = p[1].lower().replace(" ", "").replace("-", "").replace("'", "").replace("á", "a").replace("ó", "o").replace("í", "i").replace("é", "e")
    handle = pick([f"{g}_{f}", f"{g}.{digits(2)}", f"{g}{f[:3]}", f"{f}{R.randint(80, 99)}",
                   f"mama_{g}", f"{g}_fights_back", f"{g}_{R.choice(['kz', 'uz', 'spb', 'ub'])}"])
    return pick([
        ("WeChat ID", f"wxid_{upper_letters(8, 'abcdefghjkmnpqrstuvwxyz0123456789')}"),
        ("WeChat", handle),
        ("QQ", digits(R.randint(8, 10))),
        ("Telegram", f"@{handle}"),
        ("Instagram", f"@{handle}"),
        ("Weibo", f"@{pick(['小雪的日常', '阿依古丽在济南', '抗癌妈妈' + digits(3), handle])}"),
        ("Douyin ID", digits(R.randint(9, 11))),
        ("Xiaohongshu", f"{digits(9)}"),
        ("LINE ID", handle),
        ("X", f"@{handle}"),
        ("Facebook", f"{g}.{f}.{digits(2)}"),
        ("VK", f"id{digits(9)}"),
        ("TikTok", f"@{handle}"),
        ("WhatsApp", handle),
    ])


def cn_check(s17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def resident_id(style=None) -> str:
    region = pick(["110105", "370102", "370203", "650102", "310104", "440305", "510107",
                   "230103", "150102", "652801", "620102", "210106"])
    y = R.randint(1945, 2012)
    m, d = R.randint(1, 12), R.randint(1, 28)
    body = f"{region}{y}{m:02d}{d:02d}{digits(3, False)}"
    chk = cn_check(body)
    style = style or pick(["plain", "plain", "plain", "wrong", "old", "spaced", "fw", "x_lower", "dashed"])
    if style == "wrong":
        bad = pick([c for c in "0123456789X" if c != chk])
        return body + bad
    if style == "old":
        return f"{region}{y % 100:02d}{m:02d}{d:02d}{digits(3, False)}"
    if style == "spaced":
        return group(body + chk, [6, 8, 4])
    if style == "fw":
        return fw(body + chk)
    if style == "x_lower":
        return body[:-1] + str((int(body[-1]) + 1) % 10) + "x" if chk != "X" else body + "x"
    if style == "dashed":
        return group(body + chk, [6, 8, 4], "-")
    return body + chk


def national_id():
    k = R.randint(0, 13)
    yy = R.randint(40, 99)
    mm, dd = R.randint(1, 12), R.randint(1, 28)
    if k == 0:
        return "IIN", f"{yy:02d}{mm:02d}{dd:02d}{R.choice('3456')}{digits(5, False)}"
    if k == 1:
        return "SNILS", f"{digits(3)}-{digits(3, False)}-{digits(3, False)} {digits(2, False)}"
    if k == 2:
        return "SSN", f"{R.randint(100, 665)}-{R.randint(10, 99)}-{digits(4)}"
    if k == 3:
        return "resident registration number", f"{yy:02d}{mm:02d}{dd:02d}-{R.choice('12')}{digits(6, False)}"
    if k == 4:
        return "Aadhaar", f"{digits(4)} {digits(4, False)} {digits(4, False)}"
    if k == 5:
        return "Emirates ID", f"784-19{yy:02d}-{digits(7, False)}-{R.randint(0, 9)}"
    if k == 6:
        return "National Insurance number", f"{upper_letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(2, False)} {digits(2, False)} {digits(2, False)} {R.choice('ABCD')}"
    if k == 7:
        return "PINFL", digits(14)
    if k == 8:
        return "register number", f"{pick(['УБ', 'ЧЕ', 'ДА', 'UB', 'ZO'])}{yy:02d}{mm:02d}{dd:02d}{digits(2, False)}"
    if k == 9:
        return "CNIC", f"{digits(5)}-{digits(7, False)}-{R.randint(1, 9)}"
    if k == 10:
        return "T.C. Kimlik No", digits(11)
    if k == 11:
        return "personal number (PIN)", f"{R.choice('12')}{dd:02d}{mm:02d}19{yy:02d}{digits(5, False)}"
    if k == 12:
        return "NIN", digits(11)
    return "citizen ID (CCCD)", f"0{digits(11, False)}"


def passport():
    k = R.randint(0, 9)
    if k == 0:
        return "Kazakhstan", f"N{digits(8, False)}"
    if k == 1:
        return "Russian", f"{R.randint(70, 79)} {digits(7)}"
    if k == 2:
        return "Chinese", f"E{upper_letters(1, 'ABCDEFGH')}{digits(7)}"
    if k == 3:
        return "Uzbek", f"{pick(['FA', 'AA', 'AC'])}{digits(7)}"
    if k == 4:
        return "Mongolian", f"E{digits(7)}"
    if k == 5:
        return "Kyrgyz", f"AC{digits(7)}"
    if k == 6:
        return "US", digits(9)
    if k == 7:
        return "German", f"C{upper_letters(3, 'FGHJKLMNPRTVWXYZ')}{digits(5)}"
    if k == 8:
        return "Nigerian", f"A{digits(8)}"
    return "Omani", f"{digits(8)}"


def mrn():
    return pick([
        f"{R.randint(2015, 2025)}{digits(6, False)}",
        f"ZY{R.randint(2018, 2025)}{digits(5)}",
        f"00{digits(6)}",
        f"H-{digits(7)}",
        f"MRN{digits(8)}",
        f"{digits(3)}-{digits(3, False)}-{digits(3, False)}",
        f"IP{digits(9)}",
        f"{digits(10)}",
        f"OP-{R.randint(2019, 2025)}-{digits(6, False)}",
    ])


def health_plan():
    return pick([
        ("OMS policy", group(digits(16), [4, 4, 4, 4])),
        ("insurance policy", f"{upper_letters(3)}-{digits(9)}"),
        ("member ID", f"{upper_letters(2)}{digits(9)}"),
        ("social medical insurance card", f"{digits(9)}{upper_letters(1, 'ABCDEFGH')}"),
        ("Daman card", f"1-{digits(5)}-{digits(8)}-{digits(2)}"),
        ("Medicare number", f"{digits(4)} {digits(5)} {R.randint(1, 9)}"),
        ("policy no.", f"CGN{digits(8)}"),
        ("MHI number", digits(12)),
        ("health insurance card", f"{digits(10)}{R.randint(0, 9)}"),
        ("NHIF member number", digits(8)),
        ("group plan ID", f"GP-{digits(5)}-{digits(4)}"),
    ])


def account():
    return pick([
        ("IBAN", f"KZ{digits(2)} {digits(3)}{upper_letters(1)} {digits(4)} {digits(4)} {digits(4)}"),
        ("IBAN", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"),
        ("IBAN", f"AE{digits(2)}{digits(3)}{digits(16)}"),
        ("card", group("6222" + digits(15), [4, 4, 4, 4, 3])),
        ("card", group("4" + digits(15), [4, 4, 4, 4], "-")),
        ("account", f"40817810{digits(12)}"),
        ("Kaspi Gold card", group("4400" + digits(12), [4, 4, 4, 4])),
        ("account no.", f"{digits(3)}-{digits(6)}-{digits(3)}"),
        ("Alipay account", f"2088{digits(12)}"),
        ("sort code and account", f"{digits(2)}-{digits(2)}-{digits(2)} {digits(8)}"),
        ("UnionPay card", "62" + digits(17)),
        ("Payme wallet", digits(12)),
    ])


def licence():
    return pick([
        ("driving licence", f"{upper_letters(2)} {digits(6)}"),
        ("driver's license", f"{upper_letters(1)}{digits(7)}"),
        ("physician licence", digits(15)),
        ("nursing licence", f"RN{digits(7)}"),
        ("practising certificate", f"{R.randint(2010, 2024)}{digits(8)}"),
        ("GMC number", digits(7)),
        ("pilot licence", f"KZ.FCL.{digits(5)}"),
        ("pharmacist licence", f"PH-{digits(6)}"),
        ("firearms certificate", f"{upper_letters(3)}/{digits(5)}"),
        ("teaching certificate", f"T{digits(9)}"),
        ("licence", f"{digits(2)} {upper_letters(2)} {digits(6)}"),
    ])


def plate():
    cn_prov = pick(["京", "鲁", "沪", "粤", "新", "黑", "苏", "浙"])
    return pick([
        f"{cn_prov}{upper_letters(1)}·{upper_letters(1)}{digits(4)}",
        f"{cn_prov}{upper_letters(1)} {digits(5)}",
        f"{digits(3)} {upper_letters(3)} {R.choice(['01', '02', '05', '13', '17'])}",
        f"{pick(['А', 'В', 'Е', 'К', 'М'])}{digits(3)}{pick(['ВС', 'ОР', 'КХ', 'ТМ'])} {R.choice(['77', '54', '38', '125'])}",
        f"{upper_letters(2)}{digits(2)} {upper_letters(3)}",
        f"{digits(1)}{upper_letters(3)}{digits(3)}",
        f"{digits(4)} {pick(['УБА', 'УНМ', 'УБЕ'])}",
        f"01 {upper_letters(1)} {digits(3)} {upper_letters(2)}",
        f"{upper_letters(3)} {digits(4)}",
    ])


def vin() -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(["LSV", "LFV", "XTA", "WDB", "JTD", "KMH", "Z94", "1HG"]) + "".join(R.choice(pool) for _ in range(14))


def device():
    hexp = lambda: f"{R.randint(0, 255):02X}"
    return pick([
        ("pacemaker serial", f"PJN{digits(6)}S"),
        ("insulin pump S/N", f"NG{digits(7)}H"),
        ("IMEI", digits(15)),
        ("MAC", ":".join(hexp() for _ in range(6))),
        ("CGM sensor serial", f"{upper_letters(1)}{digits(2)}{upper_letters(2)}{digits(5)}"),
        ("cochlear implant serial", f"CI{digits(3)}-{digits(6)}"),
        ("LVAD serial number", f"HM3-{digits(5)}"),
        ("ICD serial", f"{upper_letters(3)}{digits(6)}"),
        ("hearing aid serial", f"{digits(10)}"),
        ("neurostimulator S/N", f"NKL{digits(6)}N"),
        ("tablet MAC", "-".join(hexp() for _ in range(6))),
        ("Bluetooth address", ":".join(hexp().lower() for _ in range(6))),
        ("UDI", f"(01){digits(14)}(21){digits(8)}"),
    ])


def other_num():
    return pick([
        ("booking reference", upper_letters(6)),
        ("e-ticket number", f"{R.choice(['784', '555', '465', '125'])}-{digits(10)}"),
        ("claim number", f"CLM-{R.randint(2019, 2025)}-{digits(6)}"),
        ("court case", f"No. 2-{digits(4)}/{R.randint(2019, 2025)}"),
        ("student number", f"{R.randint(2018, 2025)}{digits(6)}"),
        ("employee number", f"E{digits(5)}"),
        ("visa number", f"{digits(9)}"),
        ("invitation letter number", f"INV{R.randint(2022, 2025)}{digits(5)}"),
        ("complaint reference", f"CR/{digits(5)}/{R.randint(22, 25)}"),
        ("donor registry number", f"DKMS-{digits(8)}"),
        ("military ID", f"{upper_letters(2)} {digits(7)}"),
        ("case file", f"{digits(2)}-{digits(6)}-{R.randint(2019, 2025)}"),
        ("membership card", f"VIP{digits(7)}"),
        ("parcel tracking number", f"EE{digits(9)}CN"),
        ("pension certificate", f"{digits(3)}-{digits(3)}-{digits(4)}"),
    ])


def street():
    k = R.randint(0, 15)
    if k == 0:
        return f"{R.randint(1, 250)} Abay Avenue, apt {R.randint(1, 180)}"
    if k == 1:
        return f"ul. Lenina {R.randint(1, 120)}, kv. {R.randint(1, 99)}"
    if k == 2:
        return f"Room {R.randint(1, 30)}0{R.randint(1, 9)}, Building {R.randint(1, 12)}, No. {R.randint(1, 300)} Jingshi Road"
    if k == 3:
        return f"microdistrict Samal-{R.randint(1, 3)}, house {R.randint(1, 90)}, flat {R.randint(1, 120)}"
    if k == 4:
        return f"{R.randint(1, 99)} {pick(['Amir Temur', 'Navoi', 'Mustaqillik'])} Street"
    if k == 5:
        return f"Flat {R.randint(1, 40)}, {R.randint(2, 200)} {pick(['Victoria Road', 'Church Lane', 'Mill Street', 'Park Avenue'])}"
    if k == 6:
        return f"{ordinal(R.randint(1, 30))} khoroo, building {R.randint(1, 80)}, door {R.randint(1, 99)}"
    if k == 7:
        return f"Villa {R.randint(1, 60)}, Street {R.randint(1, 40)}, Al Barsha {R.randint(1, 3)}"
    if k == 8:
        return f"{R.randint(10, 999)} {pick(['Ikorodu Road', 'Ngong Road', 'Bole Road', 'Oxford Street'])}"
    if k == 9:
        return f"Lane {R.randint(100, 999)}, {pick(['Huaihai Road', 'Yan’an Road', 'Wuhua Road'])}, No. {R.randint(1, 60)}"
    if k == 10:
        return f"PO Box {digits(4)}"
    if k == 11:
        return f"{pick(['ул. Абая', 'ул. Гагарина', 'пр. Мира'])}, д. {R.randint(1, 99)}, кв. {R.randint(1, 99)}"
    if k == 12:
        return f"{pick(['经十路', '泉城路', '解放路', '人民路'])}{R.randint(1, 999)}号{R.randint(1, 20)}单元{R.randint(1, 30)}0{R.randint(1, 4)}室"
    if k == 13:
        return f"Soi {R.randint(1, 60)}, {pick(['Sukhumvit', 'Ratchada', 'Lat Phrao'])} Road, house {R.randint(1, 200)}/{R.randint(1, 30)}"
    if k == 14:
        return f"{R.randint(1, 99)}{R.choice('ABC')} {pick(['Hauptstraße', 'Via Roma', 'ulica Długa', 'Calle 45'])}"
    return f"house {R.randint(1, 300)}, {pick(['Tole Bi', 'Dostyk', 'Baitursynov', 'Zhibek Zholy'])} street"


def postcode():
    return pick([
        ("Almaty", f"050{digits(3, False)}"), ("Astana", f"010{digits(3, False)}"),
        ("Moscow", f"1{digits(5, False)}"), ("Jinan", f"250{digits(3, False)}"),
        ("Boston, MA", f"021{digits(2, False)}"), ("London", f"SW{R.randint(1, 20)} {digits(1)}{upper_letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
        ("Toronto", f"M{digits(1)}{upper_letters(1)} {digits(1)}{upper_letters(1)}{digits(1)}"),
        ("Ulaanbaatar", f"14{digits(3, False)}"), ("Tashkent", f"100{digits(3, False)}"),
        ("Bishkek", f"720{digits(3, False)}"), ("Hamburg", f"20{digits(3, False)}"),
        ("Dublin", f"D0{R.randint(1, 9)} {upper_letters(1)}{digits(1)}{upper_letters(1)}{digits(1)}"),
        ("Riyadh", f"1{digits(4, False)}"), ("Novosibirsk", f"630{digits(3, False)}"),
        ("Warsaw", f"0{R.randint(0, 4)}-{digits(3, False)}"), ("Amsterdam", f"10{digits(2)} {upper_letters(2)}"),
    ])


def geo():
    lat = R.uniform(8, 56)
    lon = R.uniform(20, 130)
    la, lo = round(lat, R.randint(4, 6)), round(lon, R.randint(4, 6))
    k = R.randint(0, 7)
    if k == 0:
        return f"{la}° N, {lo}° E"
    if k == 1:
        return f"({la}, {lo})"
    if k == 2:
        return f"lat {la}, lon {lo}"
    if k == 3:
        d1, m1, s1 = int(lat), int((lat % 1) * 60), round(((lat * 60) % 1) * 60, 1)
        d2, m2, s2 = int(lon), int((lon % 1) * 60), round(((lon * 60) % 1) * 60, 1)
        return f"{d1}°{m1}′{s1}″N {d2}°{m2}′{s2}″E"
    if k == 4:
        return f"geo:{la},{lo}"
    if k == 5:
        return f"{la},{lo}"
    if k == 6:
        return f"N {la} E {lo}"
    return f"{la}N {lo}E"


def age90() -> tuple[str, int]:
    a = R.randint(90, 103)
    form = pick(["{a}-year-old", "aged {a}", "{w} years old", "{a} years old", "{a}yo",
                 "{a} y/o", "age {a}", "{w}-year-old", "{a}岁", "{a} yrs"])
    return form.format(a=a, w=NUM_WORDS[a]), a


# ---------------------------------------------------------------- identifier sentence builders

ROWS: list[tuple[str, str, str]] = []
SEEN: set[str] = set()


def add(cat: str, kinds, sentence: str) -> bool:
    sentence = " ".join(sentence.split())
    if "\t" in sentence or "\n" in sentence or sentence in SEEN:
        return False
    if isinstance(kinds, str):
        kinds = [kinds] if kinds != "-" else []
    kinds = sorted(set(kinds))
    SEEN.add(sentence)
    ROWS.append((cat, ",".join(kinds) if kinds else "-", sentence))
    return True


def fill(builders, target: int) -> None:
    """Call builders in turn until `target` new rows have been added."""
    made, tries = 0, 0
    while made < target and tries < target * 60:
        tries += 1
        b = builders[tries % len(builders)] if tries <= len(builders) else pick(builders)
        cat, kinds, s = b()
        if add(cat, kinds, s):
            made += 1


# ----- person names

def pn_builders():
    N = "person_name"

    def b1():
        p = person()
        return "name_sentence_start", N, f"{full(p)} first noticed the bruises in {month_year()}, a few weeks after a cold."

    def b2():
        p = person()
        return "name_possessive", N, f"{given(p)}'s {rel_f()} flew in from {pick(CITIES)} to stay with {pron(p)[1]} for the second cycle."

    def b3():
        p = person()
        q = pick(["I was more scared of the injections than the diagnosis", "The first night in Jinan I couldn't sleep at all",
                  "Now I can climb the stairs to our flat without stopping", "I never thought I'd see my son's wedding",
                  "The food took some getting used to", "Every morning I counted my platelets like money"])
        return "name_in_quote_attribution", N, f"\"{q},\" {given(p)} admits."

    def b4():
        p = person()
        m = pick([x for x in PEOPLE if x[3] == "m"])
        return "name_apposition", N, f"Her {pick(['husband', 'brother', 'son'])}, {full(m)}, kept a notebook of every temperature reading."

    def b5():
        p = person()
        return "name_caption", N, f"Photo: {full(p)} (left) with {doctor()} on discharge day."

    def b6():
        return "name_patient_message", N, f"Thanks to {doctor()} and {nurse()}, I could finally sleep through the night."

    def b7():
        a, b = person(), person()
        return "name_pair_before_verb", N, f"{given(a)} and {given(b)} took turns sitting with the baby overnight."

    def b8():
        p = person()
        return "name_translator_credit", N, f"Translated from Russian by {full(p)}, the family's interpreter."

    def b9():
        p = person()
        return "name_lowercase_signoff", N, f"thank you for everything, dr {pick(STAFF)[1].lower()}!! from {given(p).lower()} and mama"

    def b10():
        p = person()
        g, f, east, _ = p
        return "name_allcaps_form", N, f"PATIENT: {f.upper()} {g.upper()} | WARD: HAEMATOLOGY | ALLERGIES: NONE KNOWN"

    def b11():
        p = person()
        return "name_initial_family", N, f"{initial_family(p)} was moved to the transplant ward after the conditioning regimen."

    def b12():
        n = pick(NICKNAMES)
        return "name_nickname", N, f"Little {n} now chases the pigeons in the hospital garden again."

    def b13():
        n, sex = pick(WORD_NAMES)
        verb = pick(["held her father's hand through the infusion", "drew a picture of the nurses for the ward wall",
                     "asked the doctor if the bone marrow would grow back", "brought a thermos of tea every afternoon",
                     "learned to say thank you in Chinese within a week", "signed the consent form for her mother"])
        return "name_common_word", N, f"{n} {verb}."

    def b14():
        cn, lat = pick(CN_TRANSLIT)
        return "name_cn_transliteration", N, f"On the wristband the nurses wrote {cn}, the Chinese spelling of {lat}."

    def b15():
        return "name_cn_characters", N, f"Her Chinese roommate, {pick(CN_CHAR_NAMES)}, taught her to count to ten in Mandarin."

    def b16():
        p = person()
        return "name_according_to", N, f"According to {full(p)}, the fevers stopped within a week of the infusion."

    def b17():
        p = person()
        verb = pick(["cooks plov for the whole corridor every Friday", "walks two laps of the courtyard each morning",
                     "still keeps the hospital bracelet in his wallet", "sends the ward a photo from home every Eid",
                     "counts the days on a paper calendar", "fixes the other patients' phones"])
        return "name_before_verb", N, f"{given(p)} {verb}."

    def b18():
        ps = [given(person()) for _ in range(3)]
        return "name_list", N, f"Visitors that week: {ps[0]}, {ps[1]} and {ps[2]}, all from the same village in {pick(REGIONS)}."

    def b19():
        p = person()
        return "name_timeline_month", N, f"{month_year()}: {given(p)} begins the second round of chemotherapy in {pick(CITIES)}."

    def b20():
        return "name_doctor_presenter", N, f"The case was presented by {doctor()} at the Thursday multidisciplinary meeting."

    def b21():
        p = person()
        return "name_parent_message", N, f"Mum of {given(p)} here - he's eating again and asked for pizza!"

    def b22():
        p = person()
        return "name_vocative", N, f"\"{given(p)}, you look brighter today,\" the head nurse told {pron(p)[1]}."

    def b23():
        p = person()
        return "name_neighbour", N, f"Her neighbour {full(p)} drove her to the airport at four in the morning."

    def b24():
        p = person()
        return "name_family_surname", N, f"The {family(p)} family arrived in {pick(CITIES)} in {month_year()} with two suitcases of documents."

    def b25():
        p = person()
        return "name_passport_style", N, f"Name as in passport: {p[1].upper()}/{p[0].upper()} {'MS' if p[3] == 'f' else 'MR'}"

    def b26():
        p = person()
        return "name_caption_age", N, f"{given(p)} ({R.randint(3, 78)}) from {pick(COUNTRIES)}, three months after CAR-T."

    def b27():
        p = person()
        return "name_colleague", N, f"Our colleague {full(p)} in the international office sorted out the medical visa."

    def b28():
        p = person()
        q = pick(["I can lift my granddaughter now", "I went back to teaching in September",
                  "The pain is simply gone", "We are planning a trip to the mountains"])
        return "name_inverted_says", N, f"Says {given(p)}: \"{q}.\""

    def b29():
        p = person()
        return "name_subordinate", N, f"When {given(p)} woke up after the biopsy, the first thing {pron(p)[0]} asked for was tea."

    def b30():
        return "name_cyrillic", N, f"He signed the Russian copy of the consent as {pick(CYRILLIC_NAMES)}."

    def b31():
        p = person()
        return "name_harder_variant", N, f"Registered under {name_variant(p)} at the front desk, which caused a mix-up with the lab results."

    def b32():
        p = person()
        return "name_message_lower", N, f"hi its {given(p).lower()} again, can my {rel_m()} come with me to the follow-up??"

    def b33():
        p = person()
        if p[2]:
            return "name_patronymic_initial", N, f"{p[1][0]}. {p[0]}, a herder's {'daughter' if p[3] == 'f' else 'son'}, travelled three days to reach the clinic."
        return "name_initial_role", N, f"{initial_family(p)}, a schoolteacher, travelled two days to reach the clinic."

    def b34():
        p = person()
        return "name_email_salutation", N, f"Dear {titled(p)}, your follow-up scan is confirmed for next month."

    def b35():
        p = person()
        return "name_parenthesis", N, f"The donor (her cousin {given(person())}) was a full HLA match."

    def b36():
        n, sex = pick(WORD_NAMES)
        return "name_common_word_possessive", N, f"{n}'s white cell count was back to normal by the third week."

    def b37():
        p = person()
        return "name_caption_group", N, f"From left: {nurse()}, {full(p)}, and {pron(p)[2]} {rel_m()} {given(person())}."

    def b38():
        p = person()
        return "name_thanks_list", N, f"Special thanks to {doctor()}, {doctor()} and the interpreters who stayed late."

    def b39():
        p = person()
        g, f, east, _ = p
        return "name_surname_comma", N, f"{f}, {g} - consult requested by rheumatology, see note."

    def b40():
        n = pick(NICKNAMES)
        return "name_nickname_quote", N, f"\"Call me {n}, everyone does,\" she told the ward on her first day."

    def b41():
        p = person()
        return "name_video_caption", N, f"Video: {given(p)} takes {pron(p)[2]} first steps without a walker."

    def b42():
        cn, lat = pick(CN_TRANSLIT)
        return "name_mixed_script", N, f"{lat} ({cn}) was the first patient from abroad in the new cell therapy unit."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18,
            b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34,
            b35, b36, b37, b38, b39, b40, b41, b42]


# ----- dates

def date_builders():
    D = "exact_date"

    def b1():
        return "date_admission", D, f"She was admitted on {a_date()} with a fever of 39.2 °C."

    def b2():
        return "date_timeline", D, f"{a_date()} - CAR-T cells infused, no cytokine release syndrome above grade 1."

    def b3():
        return "date_message", D, f"can we move my appointment from {a_date(style=pick(['Mon d', 'd Month', 'Month dth', 'weekday']))} to the next week? flights are full"

    def b4():
        return "date_lunar", D, pick([
            f"He arrived on the eve of the {R.randint(2018, 2025)} Spring Festival, when the wards were half empty.",
            f"The transplant took place on the fifteenth day of the eighth lunar month in {R.randint(2018, 2025)}.",
            f"She was discharged on Christmas Day {R.randint(2016, 2025)}.",
            f"They landed in Jinan on New Year's Eve {R.randint(2016, 2025)}.",
            f"On Nauryz {R.randint(2018, 2025)} the whole ward ate baursak together.",
            f"The first dose was given on the first day of Eid al-Fitr {R.randint(2018, 2025)}.",
            f"He rang the bell on Lantern Festival {R.randint(2018, 2025)}.",
            f"Her scan came back clear on Mother's Day {R.randint(2017, 2025)}.",
            f"They flew home on National Day, 1 October {R.randint(2017, 2025)}.",
            f"The surgery was on the second day of Tsagaan Sar {R.randint(2018, 2025)}.",
        ])

    def b5():
        return "date_cn_format", D, f"The Chinese discharge summary is dated {a_date(style=pick(['cn', 'fw cn']))}."

    def b6():
        return "date_relapse", D, f"A relapse was confirmed on {a_date()}, eleven months after the first remission."

    def b7():
        return "date_label_after", D, f"{a_date(style=pick(['iso', 'dd.mm.yyyy', 'compact', 'yyyy.mm.dd']))} is the date printed on the pathology report."

    def b8():
        return "date_paren", D, f"Her second bone-marrow biopsy ({a_date()}) showed no residual disease."

    def b9():
        y, m, d = rand_day()
        m2 = min(m + R.randint(1, 2), 12)
        return "date_range", D, f"Inpatient stay: {fmt_date(y, m, d, 'dd.mm.yyyy')} to {fmt_date(y, m2, R.randint(1, 28), 'dd.mm.yyyy')}."

    def b10():
        return "date_quote", D, f"\"I'll never forget {a_date(style=pick(['d Month', 'Month dth', 'the dth of Month y', 'ord words']))},\" he says, \"that was the day the fevers stopped.\""

    def b11():
        return "date_roman", D, f"Follow-up visit {a_date(style='roman')}, all indicators within range."

    def b12():
        return "date_us_short", D, f"Flight lands {a_date(style='mm/dd/yy')} at 06:40, please arrange the airport pickup."

    def b13():
        return "date_dd_mon", D, f"Next infusion scheduled {a_date(style=pick(['dd-Mon-yyyy', 'd Mon y']))}, pre-medication as before."

    def b14():
        return "date_caption", D, f"Caption: the family at the hospital gate, {a_date(style=pick(['d Month y', 'Month d, y']))}."

    def b15():
        return "date_yesterday_style", D, f"On {pick(['Monday', 'Friday', 'Sunday'])}, {a_date(style='d Month')}, the drain was removed."

    def b16():
        return "date_start_sentence", D, f"{a_date(style=pick(['Month d, y', 'd Month y']))} was her last day on prednisone."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16]


def dob_builders():
    B = "date_of_birth"

    def b1():
        return "dob_born_on", B, f"{pick(['She', 'He', 'Her son', 'The patient'])} was born on {birth_date()}, seven weeks early."

    def b2():
        return "dob_label", B, f"DOB: {birth_date()}; sex: {pick(['F', 'M'])}; nationality: {pick(COUNTRIES)}."

    def b3():
        return "dob_dotted_label", B, f"d.o.b. {birth_date()} (as on the visa)"

    def b4():
        return "dob_form", B, f"Date of birth {birth_date()}, blood group {pick(['A', 'B', 'O', 'AB'])}{pick(['+', '-'])}."

    def b5():
        return "dob_birthday_year", B, f"His birthday is {fmt_date(R.randint(1950, 2015), R.randint(1, 12), R.randint(1, 28), pick(['d Month y', 'Month d, y']))}, and he spent it on the ward."

    def b6():
        return "dob_paren", B, f"The patient (b. {birth_date()}) had no previous hospital admissions."

    def b7():
        return "dob_label_after", B, f"{birth_date()} - that is the birth date on her Kazakh passport."

    def b8():
        return "dob_message", B, f"my daughter was born {birth_date()} and she weighs 14 kg, is she too small for the trial?"

    def b9():
        return "dob_russian_label", B, f"Дата рождения / date of birth: {fmt_date(R.randint(1940, 2015), R.randint(1, 12), R.randint(1, 28), 'dd.mm.yyyy')}"

    def b10():
        return "dob_fw", B, f"Born {fw(str(R.randint(1950, 2015)))}年{fw(str(R.randint(1, 12)))}月{fw(str(R.randint(1, 28)))}日, according to the Chinese ID copy."

    def b11():
        return "dob_came_into_world", B, f"She came into the world on {birth_date()} in a village hospital near {pick(CITIES)}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11]


def age_builders():
    A = "age_over_89"

    def b1():
        a, n = age90()
        return "age90_intro", A, f"A {a} {pick(['grandmother', 'retired engineer', 'former shepherd', 'widow'])} from {pick(CITIES)} was the oldest patient treated this year." if a.endswith("-year-old") else f"The patient, {a}, was the oldest person treated on the ward this year."

    def b2():
        a, n = age90()
        return "age90_quote", A, f"\"At {n} I did not expect to travel to China for treatment,\" she laughs."

    def b3():
        a, n = age90()
        a = pick([f"{n}", f"{n} years old", f"{NUM_WORDS[n]}", f"{NUM_WORDS[n]} years old", f"{fw(str(n))}"])
        return "age90_relative", A, f"My grandfather is {a} and still rides his horse, can he have the procedure?"

    def b4():
        return "age90_words", A, pick([
            f"Her great-grandmother, now in her late nineties, watched the video call from {pick(CITIES)}.",
            f"The oldest donor on record was a nonagenarian from {pick(COUNTRIES)}.",
            f"He turned ninety the week after the operation.",
            f"She celebrated her {ordinal(R.randint(90, 102))} birthday in the day ward.",
            f"A centenarian from {pick(REGIONS)} came for cataract surgery.",
            f"He is well past ninety and walks with a cane.",
            f"At ninety-{pick(['two', 'four', 'six', 'eight'])}, she was the oldest person to receive the implant here.",
        ])

    def b5():
        a, n = age90()
        return "age90_caption", A, f"Caption: {a.replace('-year-old', '')} and still smiling, Ward 5 garden." if False else f"Caption: grandfather, {n}, with the ward's youngest patient."

    def b6():
        a, n = age90()
        return "age90_form", A, f"Age: {n} | Sex: {pick(['F', 'M'])} | Referred by: local polyclinic"

    def b7():
        return "age90_shorthand", A, f"{R.randint(90, 103)}{pick(['F', 'M', 'yo F', 'yo M', ' y.o. woman', ' y.o. man'])} with fall, hip pain, on warfarin."

    def b8():
        a, n = age90()
        return "age90_clinician", A, f"The doctor explained, \"Even at {n}, her kidney function allowed a full dose.\""

    def b9():
        a, n = age90()
        return "age90_cn", A, f"The Chinese note records her as {fw(str(n)) if R.random() < 0.5 else str(n)}岁, the oldest in the study."

    def b10():
        a, n = age90()
        a = pick([f"{n}", f"{n} years old", f"{NUM_WORDS[n]}", f"{n} this year"])
        return "age90_living", A, f"Her mother, who is {a}, lives with them in {pick(CITIES)}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10]


# ----- contact details

def phone_builders():
    P = "phone_number"

    def b1():
        return "phone_labelled", P, f"Contact phone: {phone()} (mother, speaks Russian)."

    def b2():
        return "phone_message", P, f"please call me back on {phone()}, I am not on WeChat"

    def b3():
        return "phone_fax", P, f"Fax the referral letter to {phone()}, attention international office."

    def b4():
        return "phone_label_after", P, f"{phone()} is her husband's number, he answers after 6 pm."

    def b5():
        return "phone_in_paren", P, f"Her sister in {pick(CITIES)} (tel. {phone()}) will collect the medicines."

    def b6():
        n = digits(11)
        n = "1" + n[1:]
        return "phone_fw", P, f"The number on the registration slip was {fw(n)}."

    def b7():
        return "phone_quote", P, f"\"Write down my number, {phone()}, and send me the results,\" he insisted."

    def b8():
        return "phone_mobile_home", P, f"Mobile {phone()}, home {phone()}."

    def b9():
        words = " ".join(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(c)] for c in "8701" + digits(7, False))
        return "phone_words", P, f"She read the number out loud: {words}."

    def b10():
        return "phone_emergency_contact", P, f"Emergency contact: {rel_f()}, {phone()}."

    def b11():
        return "phone_ext", P, f"Call the coordinator's direct line {phone()} ext. {R.randint(100, 899)} for visa questions."

    def b12():
        n = f"13{digits(9, False)}"
        return "phone_cn_dashes", P, f"Driver's cell: {n[:3]}-{n[3:7]}-{n[7:]}, he will hold a sign at the exit."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12]


def email_builders():
    E = "email"

    def b1():
        return "email_plain", E, f"Send the scans to {email()} before the consultation."

    def b2():
        return "email_disguised", E, f"my email is {disguised_email()} (please no spam)"

    def b3():
        return "email_label_after", E, f"{email()} is the address her son checks every day."

    def b4():
        return "email_in_paren", E, f"The referring oncologist (email: {email()}) agreed with the plan."

    def b5():
        return "email_quote", E, f"\"Just write to {email()},\" her daughter said, \"I'll translate for her.\""

    def b6():
        return "email_caps", E, f"CONTACT EMAIL: {email().upper()}"

    def b7():
        return "email_angle", E, f"From: <{email()}> Subject: question about the second cycle"

    def b8():
        return "email_mailto", E, f"Reply link in the old message: mailto:{email()}"

    def b9():
        return "email_cc", E, f"cc {email()}, {email()}"

    def b10():
        return "email_fw_at", E, f"Her address was typed with a Chinese keyboard: {email().replace('@', '＠')}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10]


def url_builders():
    U = "web_address"

    def b1():
        return "url_fundraiser", U, f"Friends set up a fundraiser at {url()} to pay for the flights."

    def b2():
        return "url_blog", U, f"She writes about each day of treatment on her blog, {url()}."

    def b3():
        return "url_label_after", U, f"{url()} - that's the link to his X-ray photos, the password is in the chat."

    def b4():
        return "url_message", U, f"pls see video of my son walking {url()}"

    def b5():
        return "url_paren", U, f"The family posted the discharge video online ({url()})."

    def b6():
        return "url_caption", U, f"Source of photo: {url()}"

    def b7():
        return "url_quote", U, f"\"Everything is on {url()}, the whole story,\" her husband said."

    def b8():
        return "url_homepage", U, f"Personal page: {url()} (in Kazakh and Russian)."

    def b9():
        return "url_drive", U, f"Upload the MRI discs to {url()} so the radiologist can read them."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def ip_builders():
    I = "ip_address"

    def b1():
        return "ip_upload", I, f"The message form logged the sender's address as {ipv4()}."

    def b2():
        return "ip_v6", I, f"Login from {ipv6()} at 02:14, flagged as unusual."

    def b3():
        return "ip_label_after", I, f"{ipv4()} was the IP the family used to upload the scans."

    def b4():
        return "ip_paren", I, f"Her video call kept dropping (client IP {ipv4()}, router in the hotel)."

    def b5():
        return "ip_support_message", I, f"my ip is {ipv4()} and the portal says access denied, what do I do"

    def b6():
        return "ip_log_line", I, f"Access log: {ipv4()} - - GET /en/cases/ 200"

    def b7():
        return "ip_two", I, f"Two uploads came from {ipv4()} and one from {ipv6()}."

    def b8():
        return "ip_camera", I, f"The baby monitor she brought from home sits at {ipv4()} on the ward Wi-Fi."

    def b9():
        return "ip_with_port", I, f"He remote-desktops to {ipv4()}:{pick(['3389', '8080', '22'])} to check on his shop while in hospital."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def social_builders():
    S = "social_account"

    def b1():
        lab, h = social()
        return "social_labelled", S, f"Add me on {lab}: {h}"

    def b2():
        lab, h = social()
        return "social_message", S, f"my {lab.lower()} is {h}, write me there, email doesn't work in our village"

    def b3():
        lab, h = social()
        return "social_label_after", S, f"{h} is his {lab} - he posts updates for the relatives back home."

    def b4():
        lab, h = social()
        return "social_paren", S, f"Her daughter ({lab} {h}) translated the whole conversation."

    def b5():
        lab, h = social()
        return "social_quote", S, f"\"Follow {h} on {lab} if you want to see my recovery,\" she told us."

    def b6():
        lab, h = social()
        return "social_caption", S, f"Photo reposted with permission from {lab} user {h}."

    def b7():
        lab, h = social()
        lab2, h2 = social()
        return "social_two", S, f"Contacts: {lab} {h}; {lab2} {h2}."

    def b8():
        return "social_wechat_fw", S, f"WeChat number ｗｘｉｄ＿{fw(digits(8))}, the family asked us to keep it."

    def b9():
        lab, h = social()
        return "social_group", S, f"The patient group on {lab} was started by {h} after her own transplant."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


# ----- government and other numbers

def rid_builders():
    C = "resident_id"

    def b1():
        return "rid_labelled", C, f"ID card number: {resident_id()}"

    def b2():
        return "rid_message", C, f"my husband's id is {resident_id()}, he is Chinese so we can use his insurance?"

    def b3():
        return "rid_label_after", C, f"{resident_id()} (Chinese ID of the accompanying relative)"

    def b4():
        return "rid_old_15", C, f"Her old first-generation card still shows {resident_id('old')}."

    def b5():
        return "rid_paren", C, f"The donor, a Chinese citizen (ID {resident_id()}), signed in Mandarin."

    def b6():
        return "rid_fw", C, f"身份证号 / ID no.: {resident_id('fw')}"

    def b7():
        return "rid_spaced", C, f"Resident identity card {resident_id('spaced')}, issued in Jinan."

    def b8():
        return "rid_wrong_check", C, f"The interpreter typed {resident_id('wrong')} on the form, one digit off from the card."

    def b9():
        return "rid_quote", C, f"\"You need {pick(['his', 'her'])} number, {resident_id()}, for the payment,\" the cashier said."

    def b10():
        return "rid_dashed", C, f"Copy of ID {resident_id('dashed')} attached for the stepfather."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10]


def natid_builders():
    T = "national_id"

    def b1():
        lab, v = national_id()
        return "natid_labelled", T, f"{lab}: {v}"

    def b2():
        lab, v = national_id()
        return "natid_message", T, f"they asked for my {lab} at the embassy, it is {v}, is that needed here too?"

    def b3():
        lab, v = national_id()
        return "natid_label_after", T, f"{v} - her {lab}, copied from the referral."

    def b4():
        lab, v = national_id()
        return "natid_paren", T, f"The father ({lab} {v}) will be the legal guardian during the stay."

    def b5():
        lab, v = national_id()
        return "natid_sentence", T, f"The referral letter from {pick(COUNTRIES)} lists his {lab} as {v}."

    def b6():
        lab, v = national_id()
        return "natid_fw", T, f"{lab} written in full-width on the Chinese form: {fw(v)}"

    def b7():
        return "natid_iin_bare", T, f"IIN{digits(12)} appeared in the file name of the scanned referral."

    def b8():
        lab, v = national_id()
        return "natid_quote", T, f"\"My {lab} is {v},\" he read slowly from the card."

    def b9():
        return "natid_snils_words", T, f"SNILS № {digits(3)} {digits(3)} {digits(3)} {digits(2)} was needed for the Russian insurer."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def passport_builders():
    P = "passport_number"

    def b1():
        c, v = passport()
        return "passport_labelled", P, f"Passport No.: {v} ({c})"

    def b2():
        c, v = passport()
        return "passport_message", P, f"my passport number is {v}, for the invitation letter"

    def b3():
        c, v = passport()
        return "passport_label_after", P, f"{v} is the number on her {c} passport; it expires next year."

    def b4():
        c, v = passport()
        return "passport_sentence", P, f"The visa was issued against {c} passport {v}."

    def b5():
        c, v = passport()
        return "passport_paren", P, f"The accompanying relative (passport {v}) needs a separate visa."

    def b6():
        c, v = passport()
        return "passport_fw", P, f"护照号 passport: {fw(v)}"

    def b7():
        c, v = passport()
        return "passport_quote", P, f"\"Passport {v}, nationality {pick(COUNTRIES)},\" the border officer read out."

    def b8():
        c, v = passport()
        return "passport_lowercase", P, f"pp no {v.lower()} exp {R.randint(2026, 2034)}"

    def b9():
        c, v = passport()
        return "passport_ticket_name", P, f"The airline needs passport number {v} by Friday to rebook the flight."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def mrn_builders():
    M = "medical_record_number"

    def b1():
        return "mrn_labelled", M, f"MRN: {mrn()}"

    def b2():
        return "mrn_inpatient", M, f"Inpatient number {mrn()}, haematology, bed unassigned."

    def b3():
        return "mrn_message", M, f"my medical record number is {mrn()}, can you send the report in English?"

    def b4():
        return "mrn_label_after", M, f"{mrn()} - hospital number from her first admission."

    def b5():
        return "mrn_paren", M, f"Outpatient records (chart no. {mrn()}) were requested from {pick(CITIES)}."

    def b6():
        return "mrn_quote", M, f"\"Quote {mrn()} whenever you call,\" the coordinator told the family."

    def b7():
        return "mrn_fw", M, f"住院号 / admission no. {fw(mrn())}"

    def b8():
        return "mrn_hash", M, f"Case story draft for patient #{mrn()} - remove before publishing!"

    def b9():
        return "mrn_foreign", M, f"Her medical record number at the clinic in {pick(CITIES)} was {mrn()}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def hp_builders():
    H = "health_plan_number"

    def b1():
        lab, v = health_plan()
        return "hp_labelled", H, f"{lab}: {v}"

    def b2():
        lab, v = health_plan()
        return "hp_message", H, f"my {lab} is {v}, will they pay for the CAR-T?"

    def b3():
        lab, v = health_plan()
        return "hp_label_after", H, f"{v} ({lab}, valid until December)"

    def b4():
        lab, v = health_plan()
        return "hp_sentence", H, f"The insurer approved the claim under {lab} {v}."

    def b5():
        lab, v = health_plan()
        return "hp_quote", H, f"\"Our {lab} number is {v},\" her husband wrote."

    def b6():
        lab, v = health_plan()
        return "hp_paren", H, f"Direct billing was arranged with Allianz Care (member no. {v})."

    def b7():
        return "hp_cn_card", H, f"Social security card {fw(digits(9))}{pick(['A', 'B', 'C'])} was scanned at the cashier."

    def b8():
        lab, v = health_plan()
        return "hp_form", H, f"INSURANCE: {v} / HOLDER: SELF / PLAN: INTERNATIONAL"

    def b9():
        lab, v = health_plan()
        return "hp_guarantee", H, f"The letter of guarantee quotes her {lab} {v} and covers the first month."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def acct_builders():
    A = "account_number"

    def b1():
        lab, v = account()
        return "acct_labelled", A, f"Donations to {lab} {v}"

    def b2():
        lab, v = account()
        return "acct_message", A, f"I transferred the deposit from my {lab} {v}, please check"

    def b3():
        lab, v = account()
        return "acct_label_after", A, f"{v} is the {lab} the hospital refunds to."

    def b4():
        lab, v = account()
        return "acct_paren", A, f"The refund (to {lab} {v}) took three weeks."

    def b5():
        lab, v = account()
        return "acct_quote", A, f"\"Please send any help to {v},\" the mother wrote under the post."

    def b6():
        lab, v = account()
        return "acct_fw", A, f"Bank card: {fw(v)}"

    def b7():
        lab, v = account()
        return "acct_invoice", A, f"Invoice settled from account {v}, payer: the patient's brother."

    def b8():
        lab, v = account()
        return "acct_fundraising", A, f"Relatives collected money on {lab} {v} for the flights."

    def b9():
        return "acct_swift", A, f"Beneficiary account {digits(16)}, SWIFT {pick(['KCJBKZKX', 'HSBCHKHH', 'BKCHCNBJ'])}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def lic_builders():
    L = "licence_number"

    def b1():
        lab, v = licence()
        return "lic_labelled", L, f"{lab}: {v}"

    def b2():
        lab, v = licence()
        return "lic_message", L, f"my {lab} is {v}, can I drive the rental car after discharge?"

    def b3():
        lab, v = licence()
        return "lic_label_after", L, f"{v}, his {lab}, was confiscated after the seizure."

    def b4():
        lab, v = licence()
        return "lic_doctor", L, f"Signed by the attending physician, {lab} {v}."

    def b5():
        lab, v = licence()
        return "lic_paren", L, f"The referring doctor ({lab} no. {v}) attached her notes."

    def b6():
        lab, v = licence()
        return "lic_quote", L, f"\"I lost my {lab}, number {v}, on the train,\" she told the police."

    def b7():
        return "lic_cn", L, f"医师执业证书 physician practising certificate {fw(digits(15))}"

    def b8():
        lab, v = licence()
        return "lic_sentence", L, f"Her {lab} {v} was suspended while she was on anticonvulsants."

    def b9():
        return "lic_dl_kz", L, f"Kazakh driving licence № {upper_letters(2)}{digits(6)} presented as second ID."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def veh_builders():
    V = "vehicle_identifier"

    def b1():
        return "veh_plate", V, f"The ambulance from the airport, plate {plate()}, was waiting at gate B."

    def b2():
        return "veh_message", V, f"my son will pick me up, car number {plate()}, white Toyota"

    def b3():
        return "veh_label_after", V, f"{plate()} - the family's car parked in the underground lot for two months."

    def b4():
        return "veh_vin", V, f"VIN {vin()} was on the insurance papers for the accident."

    def b5():
        return "veh_paren", V, f"They drove from {pick(CITIES)} in their own jeep ({plate()})."

    def b6():
        return "veh_quote", V, f"\"Look for {plate()}, I'll be by the east entrance,\" her brother texted."

    def b7():
        return "veh_vin_lower", V, f"vin {vin().lower()} (for the insurance claim after the crash)"

    def b8():
        return "veh_fw", V, f"Parking permit issued to plate {fw(plate())}."

    def b9():
        return "veh_accident", V, f"The lorry that hit him, registration {plate()}, was later found by police."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def dev_builders():
    D = "device_identifier"

    def b1():
        lab, v = device()
        return "dev_labelled", D, f"{lab}: {v}"

    def b2():
        lab, v = device()
        return "dev_message", D, f"my {lab} is {v}, the alarm keeps beeping at night"

    def b3():
        lab, v = device()
        return "dev_label_after", D, f"{v} ({lab}) - recorded in the implant card."

    def b4():
        lab, v = device()
        return "dev_sentence", D, f"The technician replaced the unit with {lab} {v}."

    def b5():
        lab, v = device()
        return "dev_paren", D, f"Remote monitoring data (device {v}) were sent every night."

    def b6():
        lab, v = device()
        return "dev_quote", D, f"\"The number on the box is {v},\" her husband said over the phone."

    def b7():
        return "dev_imei_fw", D, f"Lost phone IMEI {fw(digits(15))}, reported to the ward security."

    def b8():
        lab, v = device()
        return "dev_recall", D, f"The manufacturer's recall notice listed {lab} {v} among the affected units."

    def b9():
        return "dev_sn_short", D, f"S/N {upper_letters(2)}{digits(7)}{upper_letters(1)} on the back of the pump."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def other_builders():
    O = "other_number"

    def b1():
        lab, v = other_num()
        return "other_labelled", O, f"{lab.capitalize()}: {v}"

    def b2():
        lab, v = other_num()
        return "other_message", O, f"my {lab} is {v}, the flight was cancelled again"

    def b3():
        lab, v = other_num()
        return "other_label_after", O, f"{v} - {lab} for the return trip."

    def b4():
        lab, v = other_num()
        return "other_sentence", O, f"The family quoted {lab} {v} when they called the airline."

    def b5():
        lab, v = other_num()
        return "other_paren", O, f"The compensation claim ({lab} {v}) is still pending."

    def b6():
        lab, v = other_num()
        return "other_quote", O, f"\"Write down {v}, it's my {lab},\" he said."

    def b7():
        return "other_court", O, f"The custody dispute, court case № {digits(2)}-{digits(5)}/{R.randint(2019, 2025)}, delayed the consent."

    def b8():
        return "other_student", O, f"Her university student ID {R.randint(2019, 2024)}{digits(6)} was used to apply for the grant."

    def b9():
        lab, v = other_num()
        return "other_fw", O, f"{lab}: {fw(v)}"

    def b10():
        return "other_pnr", O, f"PNR {upper_letters(6)}, seat 14C, wheelchair requested."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10]


def addr_builders():
    S = "street_address"

    def b1():
        return "addr_home", S, f"She lives at {street()}, {pick(CITIES)}."

    def b2():
        return "addr_message", S, f"send the medicine to {street()} please, my mother can't travel"

    def b3():
        return "addr_label_after", S, f"{street()} - the rented flat near the hospital."

    def b4():
        return "addr_hotel", S, f"The family stayed in a guesthouse at {street()} for three months."

    def b5():
        return "addr_paren", S, f"The parcel (delivered to {street()}) contained her old X-rays."

    def b6():
        return "addr_quote", S, f"\"We grew up at {street()}, everyone knew us,\" he recalls."

    def b7():
        return "addr_label", S, f"Home address: {street()}"

    def b8():
        return "addr_cn", S, f"Address on the hospital registration: 山东省济南市历下区{pick(['经十路', '解放路', '文化西路'])}{R.randint(1, 999)}号{R.randint(1, 9)}号楼{R.randint(1, 30)}0{R.randint(1, 4)}."

    def b9():
        return "addr_village", S, f"Their house, number {R.randint(1, 99)} on {pick(['Shkolnaya', 'Tsentralnaya', 'Sadovaya', 'Bereke'])} Street, stands at the edge of the village."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def post_builders():
    Z = "postal_code"

    def b1():
        c, z = postcode()
        return "post_with_city", Z, f"The results were posted to {c} {z}."

    def b2():
        c, z = postcode()
        return "post_label", Z, f"Postcode: {z} ({c})"

    def b3():
        c, z = postcode()
        return "post_message", Z, f"what is the postal code for the hospital? mine is {z}, {c}"

    def b4():
        c, z = postcode()
        return "post_label_after", Z, f"{z} is the index of her district post office in {c}."

    def b5():
        c, z = postcode()
        return "post_full_address", [Z, "street_address"], f"Mail to {street()}, {c} {z}."

    def b6():
        c, z = postcode()
        return "post_zip", Z, f"ZIP {z}, for the courier company."

    def b7():
        c, z = postcode()
        return "post_paren", Z, f"They moved to a new district ({c}, postcode {z}) after the diagnosis."

    def b8():
        return "post_cn_fw", Z, f"邮编 postcode {fw('250' + digits(3, False))}, Jinan."

    def b9():
        c, z = postcode()
        return "post_caps", Z, f"{c.upper()} {z} - ADDRESS FOR THE REFUND CHEQUE"

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


def geo_builders():
    G = "geolocation"

    def b1():
        return "geo_pin", G, f"The family shared their location: {geo()}."

    def b2():
        return "geo_message", G, f"we live here {geo()} - the nearest hospital is 200 km away"

    def b3():
        return "geo_label_after", G, f"{geo()} - the coordinates of his yurt in summer pasture."

    def b4():
        return "geo_photo_exif", G, f"The photo's metadata still carried GPS {geo()}."

    def b5():
        return "geo_paren", G, f"The accident happened on the highway near Taraz ({geo()})."

    def b6():
        return "geo_quote", G, f"\"Tell the driver {geo()}, he'll find us,\" she wrote."

    def b7():
        return "geo_label", G, f"Pickup point coordinates: {geo()}"

    def b8():
        return "geo_maps_link", [G, "web_address"], f"Location link: https://maps.google.com/?q={round(R.uniform(30, 55), 6)},{round(R.uniform(40, 120), 6)}"

    def b9():
        return "geo_caption", G, f"Caption: the family's farmhouse, {geo()}, seen from the road."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


# ----- sentences with several identifiers

def multi_builders():
    def b1():
        p = person()
        return "multi_name_dob_natid", ["person_name", "date_of_birth", "national_id"], \
            f"{full(p)}, born {birth_date()}, IIN {digits(12)}."

    def b2():
        p = person()
        c, v = passport()
        return "multi_name_passport_phone", ["person_name", "passport_number", "phone_number"], \
            f"Passenger {p[1].upper()} {p[0].upper()}, passport {v}, tel {phone()}."

    def b3():
        p = person()
        return "multi_name_email", ["person_name", "email"], \
            f"{given(p)} asked us to send everything to {email(p)}."

    def b4():
        p = person()
        return "multi_name_date", ["person_name", "exact_date"], \
            f"{given(p)} rang the bell on the ward on {a_date()}, her last day of chemotherapy."

    def b5():
        p = person()
        return "multi_name_address", ["person_name", "street_address"], \
            f"{full(p)} now lives at {street()}."

    def b6():
        p = person()
        return "multi_name_mrn_date", ["person_name", "medical_record_number", "exact_date"], \
            f"Discharge summary: {full(p)}, MRN {mrn()}, discharged {a_date(style='iso')}."

    def b7():
        p = person()
        a, n = age90()
        return "multi_name_age90", ["person_name", "age_over_89"], \
            f"{full(p)}, {n}, is the oldest patient the team has treated with this regimen."

    def b8():
        p = person()
        lab, h = social()
        return "multi_name_social", ["person_name", "social_account"], \
            f"{given(p)} posts updates on {lab} as {h}."

    def b9():
        p = person()
        return "multi_rid_phone", ["resident_id", "phone_number", "person_name"], \
            f"Guarantor: {pick(CN_CHAR_NAMES)}, ID {resident_id()}, mobile {phone()}."

    def b10():
        p = person()
        lab, v = health_plan()
        return "multi_name_hp", ["person_name", "health_plan_number"], \
            f"Insured person: {full(p)}; {lab} {v}."

    def b11():
        c, z = postcode()
        return "multi_addr_phone_email", ["street_address", "postal_code", "phone_number", "email"], \
            f"{street()}, {c} {z}; tel. {phone()}; {email()}"

    def b12():
        p = person()
        return "multi_name_plate_date", ["person_name", "vehicle_identifier", "exact_date"], \
            f"{given(p)}'s brother drove the car ({plate()}) all the way from {pick(CITIES)}, arriving on {a_date(style='d Month')}."

    def b13():
        p = person()
        lab, v = device()
        return "multi_name_device", ["person_name", "device_identifier"], \
            f"{titled(p)}'s {lab} {v} was interrogated before the MRI."

    def b14():
        p = person()
        lab, v = account()
        return "multi_name_account", ["person_name", "account_number"], \
            f"Please help {given(p)}: {lab} {v}, holder {full(p)}."

    def b15():
        p = person()
        return "multi_dob_date", ["date_of_birth", "exact_date"], \
            f"DOB {birth_date()}; admitted {a_date()}."

    def b16():
        p = person()
        lab, v = other_num()
        return "multi_name_other", ["person_name", "other_number"], \
            f"{full(p)} ({lab} {v}) missed the connecting flight in Urumqi."

    def b17():
        p = person()
        return "multi_geo_name", ["person_name", "geolocation"], \
            f"{given(p)}'s father sent a pin ({geo()}) so the ambulance could find the farm."

    def b18():
        p = person()
        lab, v = pick([("physician licence", digits(15)), ("practising certificate", f"{R.randint(2010, 2024)}{digits(8)}"),
                       ("GMC number", digits(7)), ("medical licence no.", f"{upper_letters(2)}-{digits(6)}")])
        return "multi_doctor_licence", ["person_name", "licence_number"], \
            f"Report signed by {doctor()}, {lab} {v}."

    def b19():
        p = person()
        return "multi_url_name", ["person_name", "web_address"], \
            f"{full(p)}'s story went viral after {pron(p)[2]} sister shared {url()}."

    def b20():
        return "multi_ip_date", ["ip_address", "exact_date"], \
            f"On {a_date()} the form received a message from {ipv4()}."

    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20]


# ---------------------------------------------------------------- clean sentences

def distinct(fn, n):
    out = []
    while len(out) < n:
        v = fn()
        if v not in out:
            out.append(v)
    return out


def dose():
    return pick([f"{pick([5, 10, 20, 40, 60])} mg of prednisone", f"{R.randint(1, 4) * 250} mg of mycophenolate twice daily",
                 f"rituximab 375 mg/m²", f"cyclophosphamide {pick([500, 750, 1000])} mg/m²", f"fludarabine 30 mg/m² for 3 days",
                 f"tacrolimus {pick([0.5, 1, 1.5, 2])} mg every 12 hours", f"{pick([2.0, 2.5, 5.0])} × 10^6 CAR-T cells/kg",
                 f"methotrexate {pick([7.5, 10, 15, 20])} mg weekly", f"hydroxychloroquine {pick([200, 400])} mg daily",
                 f"IVIG 0.4 g/kg/day for 5 days", f"tocilizumab 8 mg/kg", f"{pick([1, 2, 4])} units of platelets",
                 f"enoxaparin 40 mg subcutaneously", f"belimumab 10 mg/kg at weeks 0, 2 and 4", f"dexamethasone {pick([4, 8, 10, 20])} mg"])


def lab():
    return pick([f"a platelet count of {R.randint(3, 450)} × 10⁹/L", f"haemoglobin of {R.randint(55, 160)} g/L",
                 f"creatinine {R.randint(45, 420)} µmol/L", f"24-hour urine protein of {round(R.uniform(0.1, 9.8), 2)} g",
                 f"an ANA titre of 1:{pick([80, 160, 320, 640, 1280])}", f"anti-dsDNA {R.randint(12, 800)} IU/mL",
                 f"C3 {round(R.uniform(0.2, 1.6), 2)} g/L", f"CRP {round(R.uniform(0.5, 180), 1)} mg/L",
                 f"ferritin {R.randint(20, 9000)} ng/mL", f"IL-6 {round(R.uniform(2, 3000), 1)} pg/mL",
                 f"an eGFR of {R.randint(15, 120)} mL/min/1.73 m²", f"HbA1c {round(R.uniform(5.0, 11.5), 1)}%",
                 f"a white cell count of {round(R.uniform(0.3, 22), 1)} × 10⁹/L", f"CD19+ B cells at {round(R.uniform(0, 12), 1)}%",
                 f"LDH {R.randint(120, 2400)} U/L", f"troponin I {round(R.uniform(0.01, 4), 2)} ng/mL",
                 f"INR {round(R.uniform(0.9, 4.5), 1)}", f"D-dimer {round(R.uniform(0.1, 20), 2)} mg/L FEU",
                 f"BNP {R.randint(20, 4000)} pg/mL", f"ALT {R.randint(8, 900)} U/L"])


def gene():
    return pick(["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2 V617F", "BCR-ABL1", "FLT3-ITD", "NPM1",
                 "EGFR exon 19 deletion", "KRAS G12C", "HLA-B*58:01", "CD19", "BCMA", "CD20", "PD-L1",
                 "ALK", "IDH1 R132H", "MYD88 L265P", "HLA-DRB1*04:01", "CALR", "c.2573T>G (p.L858R)",
                 "rs1042522", "ANCA (PR3)", "anti-Sm", "anti-Ro/SSA"])


def trial():
    return pick([f"NCT0{digits(7)}", f"ChiCTR{R.randint(18, 25)}000{digits(5)}",
                 f"EudraCT {R.randint(2015, 2024)}-00{digits(4)}-{digits(2)}", f"ISRCTN{digits(8)}",
                 f"CTR{R.randint(2019, 2025)}{digits(4)}", f"jRCT2031{digits(6)}", f"ACTRN1262{digits(7)}"])


def icd():
    return pick(["M32.14", "M32.9", "C83.3", "C91.0", "D69.3", "N04.1", "C90.0", "G35", "E11.9",
                 "I10", "M05.79", "D61.81", "C50.912", "Q21.1", "4A40.0", "2A81.0", "U07.1", "K50.9"])


def money():
    return pick([f"¥{R.randint(2, 150) * 1000:,}", f"{R.randint(20, 1200) * 1000:,} yuan", f"${R.randint(5, 400) * 1000:,}",
                 f"{R.randint(1, 40)} million tenge", f"€{R.randint(3, 90) * 1000:,}", f"RMB {R.randint(10, 999)},000",
                 f"{R.randint(2, 30)} 000 roubles", f"US$ {R.randint(10, 300)}k"])


def bp():
    return f"{R.randint(90, 190)}/{R.randint(50, 115)} mmHg"


def clean_builders():
    C = "-"

    def c(cat, s):
        return cat, C, s

    L = [
        lambda: c("clean_dose", f"She was started on {pick([f'{R.randint(1, 12) * 5} mg of prednisone', f'methylprednisolone {pick([40, 80, 500])} mg', f'{R.randint(2, 8) * 5} mg of prednisolone'])} and tapered over {R.randint(2, 16)} weeks."),
        lambda: c("clean_dose", f"The regimen: {dose()}, then {dose()} on day {R.randint(1, 5)}."),
        lambda: c("clean_dose", f"Lymphodepletion with {dose()} began on day -{R.randint(3, 6)}."),
        lambda: c("clean_lab", f"On admission she had {lab()} and {lab()}."),
        lambda: c("clean_lab", f"By week {R.randint(2, 52)}, {lab()}, down from {lab()}."),
        lambda: c("clean_lab_range", f"Reference range {R.randint(100, 150)}-{R.randint(300, 450)} × 10⁹/L; her value was {R.randint(5, 99)}."),
        lambda: c("clean_lab_range", f"Normal creatinine is {R.randint(44, 60)}-{R.randint(97, 133)} µmol/L for adults."),
        lambda: c("clean_bp", f"Blood pressure was {bp()}, pulse {R.randint(48, 140)} beats per minute."),
        lambda: c("clean_bp", f"BP {bp()}, SpO2 {R.randint(85, 100)}% on room air, RR {R.randint(12, 32)}/min."),
        lambda: c("clean_score", f"Her SLEDAI-2K score fell from {R.randint(10, 30)} to {R.randint(0, 6)}."),
        lambda: c("clean_score", f"The ECOG performance status was {R.randint(0, 3)} and the Karnofsky score {R.randint(5, 10) * 10}."),
        lambda: c("clean_score", f"Pain {R.randint(0, 10)}/10 in the morning, {R.randint(0, 10)}/10 by evening."),
        lambda: c("clean_score", f"CRS grade {R.randint(1, 3)} and ICANS grade {R.randint(0, 2)} resolved within {R.randint(2, 9)} days."),
        lambda: c("clean_ratio", f"The CD4/CD8 ratio was {round(R.uniform(0.2, 3.5), 2)}; the kappa/lambda ratio {round(R.uniform(0.3, 90), 1)}."),
        lambda: c("clean_time", f"The infusion started at {R.randint(7, 11)}:{pick(['00', '15', '30', '45'])} and finished before lunch."),
        lambda: c("clean_time", f"Visiting hours are {R.randint(9, 11)}:00-{R.randint(12, 13)}:00 and {R.randint(15, 17)}:30-{R.randint(19, 21)}:00."),
        lambda: c("clean_duration", f"He spent {R.randint(3, 60)} days in hospital and {R.randint(2, 14)} of them in the ICU."),
        lambda: c("clean_duration", f"After {R.randint(2, 19)} years of monthly blood tests, she now comes every {pick(['three', 'six', 'twelve'])} months."),
        lambda: c("clean_count", f"She had received {R.randint(2, 12)} rounds of chemotherapy and {R.randint(1, 8)} lines of biological therapy."),
        lambda: c("clean_count", f"The team has treated {R.randint(40, 900)} patients from {R.randint(5, 40)} countries since {R.randint(2015, 2021)}."),
        lambda: c("clean_gene", (lambda g: f"Sequencing found {g[0]} and {g[1]}, but no {g[2]}.")(distinct(gene, 3))),
        lambda: c("clean_gene", f"She was {gene()} positive, which changed the choice of drug."),
        lambda: c("clean_gene", f"The CAR construct targets {pick(['CD19', 'BCMA', 'CD7', 'CD22', 'GPRC5D'])} with a 4-1BB costimulatory domain."),
        lambda: c("clean_trial", f"She was enrolled in trial {trial()} after screening."),
        lambda: c("clean_trial", f"The study is registered as {trial()} and {trial()}."),
        lambda: c("clean_trial", f"{trial()} is the registry number of the phase {pick(['I', 'I/II', 'II', '2'])} study."),
        lambda: c("clean_icd", f"Discharge diagnosis coded as ICD-10 {icd()}; secondary code {icd()}."),
        lambda: c("clean_icd", f"ICD-11 code {icd()} was used on the insurance form."),
        lambda: c("clean_atc", f"ATC code {pick(['L04AA06', 'L01XC02', 'P01BA02', 'H02AB06', 'L01FA01', 'B01AB05'])} appears on the pharmacy label."),
        lambda: c("clean_guideline", f"Treatment followed the {pick(['EULAR', 'ACR', 'KDIGO', 'NCCN', 'ESMO', 'ASCO', 'BSH'])} {R.randint(2012, 2024)} recommendations."),
        lambda: c("clean_guideline", f"The {R.randint(2015, 2024)} update of the Chinese guideline for {pick(['lupus nephritis', 'ITP', 'multiple myeloma', 'CAR-T toxicity management'])} was followed."),
        lambda: c("clean_month_year", f"In {month_year()}, she developed small red spots all over her body."),
        lambda: c("clean_month_year", f"He first came to Jinan in {month_year()} and returned in {month_year()}."),
        lambda: c("clean_month_year", f"{MONTHS[R.randint(0, 11)]} {R.randint(2015, 2025)}: diagnosis confirmed at a provincial hospital."),
        lambda: c("clean_month_year", f"Follow-up in {MON3[R.randint(0, 11)]}. {R.randint(2021, 2026)} showed stable disease."),
        lambda: c("clean_year", f"Since {R.randint(1998, 2020)} she has had {pick(['joint pain', 'recurrent fevers', 'proteinuria', 'anaemia'])}."),
        lambda: c("clean_decade", f"In the {pick(['1980s', '1990s', 'early 2000s', '2010s'])} the disease was almost always fatal."),
        lambda: c("clean_season", f"In the spring of {R.randint(2016, 2024)}, the swelling in her legs got worse."),
        lambda: c("clean_age", f"The {R.randint(2, 89)}-year-old {pick(['woman', 'man', 'girl', 'boy', 'teacher', 'miner', 'farmer'])} from {pick(COUNTRIES)} had been ill for years."),
        lambda: c("clean_age", f"At {R.randint(18, 89)}, he was the oldest in his group, yet he recovered fastest."),
        lambda: c("clean_age", f"Patients aged {R.randint(18, 40)} to {R.randint(60, 80)} were eligible."),
        lambda: c("clean_age_89", "The 89-year-old retired doctor from Almaty asked detailed questions about every drug."),
        lambda: c("clean_age_89", f"Her grandmother, in her {pick(['seventies', 'eighties', 'late eighties', 'early eighties'])}, came along to help."),
        lambda: c("clean_money", f"The treatment cost about {money()}, far less than quoted in {pick(COUNTRIES)}."),
        lambda: c("clean_money", f"Relatives raised {money()} in two weeks."),
        lambda: c("clean_ward", f"She was moved from the {pick(['haematology', 'general', 'paediatric', 'isolation'])} ward to the {pick(['step-down unit', 'day ward', 'rehabilitation floor', 'laminar-flow room'])}."),
        lambda: c("clean_ward", f"The nurses' station on the {pick(['third', 'fourth', 'top', 'ground'])} floor has a Russian-speaking interpreter every weekday."),
        lambda: c("clean_place", f"She travelled from {pick(CITIES)} to {pick(CITIES)} by train, then flew to Jinan."),
        lambda: c("clean_place", (lambda g: f"Patients from {g[0]}, {g[1]} and {g[2]} are treated in the same unit.")(R.sample(COUNTRIES, 3))),
        lambda: c("clean_place", f"She grew up in {pick(REGIONS)}, far from any specialist centre."),
        lambda: c("clean_dept", (lambda g: f"The case was reviewed by {g[0]}, {g[1]} and {g[2]}.")(R.sample(DEPTS, 3))),
        lambda: c("clean_hospital", (lambda h: f"She had been treated at {h[0]} before coming to {h[1]}.")(R.sample(HOSPITALS, 2))),
        lambda: c("clean_hospital", f"Doctors from {pick(HOSPITALS)} joined the video consultation."),
        lambda: c("clean_brand", f"She switched from {pick(['Benlysta', 'MabThera', 'CellCept', 'Prograf', 'Plaquenil', 'Kymriah', 'Yescarta', 'Carvykti', 'Saphnelo', 'Gazyva'])} to {pick(['Medrol', 'Neoral', 'Revlimid', 'Imbruvica', 'Jakavi', 'Eliquis', 'Xarelto', 'Velcade'])}."),
        lambda: c("clean_eponym", f"She also had {pick(['Sjögren syndrome', 'Raynaud phenomenon', 'Hashimoto thyroiditis', 'Addison disease', 'Cushing syndrome', 'Guillain-Barré syndrome', 'Behçet disease', 'Still disease', 'Crohn disease', 'Graves disease', 'Kikuchi disease', 'Castleman disease', 'Waldenström macroglobulinaemia'])}."),
        lambda: c("clean_eponym", f"{pick(['Hodgkin', 'Burkitt', 'Kaposi', 'Wilms', 'Ewing', 'Hodgkin and non-Hodgkin'])} lymphomas and sarcomas are treated in a separate unit." if False else f"A {pick(['Hodgkin lymphoma', 'Burkitt lymphoma', 'Wilms tumour', 'Ewing sarcoma', 'Kaposi sarcoma'])} was excluded on biopsy."),
        lambda: c("clean_eponym", f"The {pick(['Babinski sign', 'Romberg test', 'Schirmer test', 'Coombs test', 'Glasgow Coma Scale', 'Apgar score', 'Kernig sign', 'Trendelenburg position'])} was {pick(['negative', 'positive', 'normal', 'recorded'])}."),
        lambda: c("clean_alias", f"{pick(['Ms. A', 'Mr. B', 'Patient C', 'Ms. K', 'Mr. D', 'Patient 3', 'Case 2', 'Ms. X', 'Mrs. E'])}, {R.randint(18, 85)}, from {pick(COUNTRIES)}, was diagnosed with {pick(['SLE', 'ITP', 'myeloma', 'ALL', 'lupus nephritis', 'NMOSD'])}."),
        lambda: c("clean_alias", f"\"{pick(['I no longer need hormone pills', 'My overall condition is great', 'The red spots are gone', 'I can work again'])},\" {pick(['Ms. A', 'Mr. B', 'Patient C', 'Ms. L', 'the patient', 'Mr. T'])} said."),
        lambda: c("clean_alias_cn", f"In the Chinese version she appears as {pick(['A女士', '患者A', '小A', 'B先生', '患者甲', 'C女士'])}."),
        lambda: c("clean_relation", f"Her {rel_f()} and her {rel_m()} took turns staying overnight."),
        lambda: c("clean_relation", f"{pick(['His oldest son', 'Her younger sister', 'Their neighbour', 'Her husband', 'His wife', 'The grandmother'])} handled all the paperwork."),
        lambda: c("clean_cn_term", f"The Chinese label read {pick(['高血压', '白细胞', '黄疸', '钟点', '方案', '石膏', '金属', '常规', '血常规', '尿常规', '肾穿刺', '骨髓', '激素', '免疫抑制剂'])}, which the interpreter translated at once."),
        lambda: c("clean_cn_term", f"Nurses use the word {pick(['于是', '任何', '方案', '高烧', '周期', '程序', '钱包', '孔雀'])} a lot; it means something ordinary, not a name."),
        lambda: c("clean_capital_start", f"{pick(['Grateful', 'Hopeful', 'Tired', 'Relieved', 'Cautious', 'Determined', 'Exhausted'])} but smiling, she left the ward with her {rel_f()}."),
        lambda: c("clean_capital_start", f"{pick(['Will', 'Does', 'Should'])} {pick(['she', 'he', 'the patient', 'my son'])} need another biopsy? The team said probably not."),
        lambda: c("clean_capital_start", f"{pick(['Faith', 'Hope', 'Patience', 'Grace'])} is what the {pick(['family', 'mother', 'father'])} needed most during those weeks."),
        lambda: c("clean_capital_start", f"{pick(['Rose', 'Amber', 'Ruby', 'Jade'])}-coloured patches appeared on the patient's {pick(['cheeks', 'arms', 'shins'])}."),
        lambda: c("clean_common_word", pick([
            f"Hope was fading by the time they reached {pick(CITIES)}.",
            f"Every evening she would mark the dose in a small diary.",
            f"The bill for the first month came to {money()}.",
            f"Summer in {pick(['Jinan', 'Beijing', 'Shanghai'])} was hotter than anything she knew from home.",
            f"Dawn was the worst time, when the fevers peaked.",
            f"Her grace and patience impressed the whole ward.",
            f"It took real will to finish the last cycle.",
            f"A faint rose rash spread across both {pick(['cheeks', 'arms', 'shins'])}.",
            f"Major surgery was ruled out because of the low platelets.",
            f"Joy is hard to describe, {pick(['he', 'she'])} said, when your child can walk again.",
            f"Sunny days meant a walk in the courtyard, {pick(['rain', 'smog', 'wind'])} meant staying in.",
            f"The hunter's rifle was locked away while he took the anticonvulsants.",
            f"Precious hours were lost waiting for the visa.",
            f"She made a jade bracelet for each of the nurses.",
            f"Faith in the doctors grew after the first good result.",
            f"Victory over the disease felt unreal after {R.randint(3, 15)} years.",
            f"Miles of steppe separate the village from the nearest {pick(['clinic', 'pharmacy', 'laboratory'])}.",
        ])),
        lambda: c("clean_common_word", f"By {pick(['morning', 'noon', 'evening'])} the {pick(['amber', 'ruby-red', 'pearl-grey'])} {pick(['urine', 'stain', 'fluid'])} had cleared."),
        lambda: c("clean_book", f"The clinic hands out \"{pick(['Living with Lupus', 'A Guide to CAR-T Therapy', 'Your Transplant Journey', 'Harrison’s Principles of Internal Medicine', 'The Emperor of All Maladies'])}\" to every new family."),
        lambda: c("clean_job", f"The {pick(['attending physician', 'charge nurse', 'clinical pharmacist', 'medical interpreter', 'patient coordinator', 'chief of haematology', 'resident', 'social worker'])} explained the plan in {pick(['Russian', 'Kazakh', 'English', 'Mongolian', 'Arabic'])}."),
        lambda: c("clean_job", f"Her father, a {pick(['retired miner', 'long-distance driver', 'schoolteacher', 'shepherd', 'civil engineer', 'shopkeeper'])}, slept on a folding bed beside her."),
        lambda: c("clean_day_count", f"On day +{R.randint(7, 90)} after infusion, the marrow showed complete remission."),
        lambda: c("clean_day_count", f"Cycle {R.randint(1, 8)} day {R.randint(1, 28)}: no new toxicity."),
        lambda: c("clean_week", f"Week {R.randint(1, 52)} follow-up was done by video."),
        lambda: c("clean_units", f"The tumour measured {round(R.uniform(0.5, 12), 1)} × {round(R.uniform(0.5, 9), 1)} cm on CT."),
        lambda: c("clean_units", (lambda w: f"Her weight dropped from {w} kg to {w - R.randint(3, 15)} kg; height {R.randint(140, 195)} cm.")(R.randint(50, 110))),
        lambda: c("clean_temp", f"Fever up to {round(R.uniform(37.5, 41), 1)} °C lasted {R.randint(2, 14)} days."),
        lambda: c("clean_flight", f"The flight from {pick(CITIES)} takes about {R.randint(2, 11)} hours with a change in {pick(['Urumqi', 'Beijing', 'Almaty', 'Seoul', 'Dubai'])}."),
        lambda: c("clean_percent", f"About {R.randint(50, 95)}% of patients respond; {R.randint(20, 70)}% stay in remission at {R.randint(1, 5)} years."),
        lambda: c("clean_version", f"The consent form version {R.randint(1, 6)}.{R.randint(0, 9)} was approved by the ethics committee."),
        lambda: c("clean_quote_doctor", f"The doctor explained, \"{pick(['When this patient was first admitted, she had generalized oedema', 'Her renal biopsy indicated active lupus', 'The cells can penetrate tissue barriers', 'Traditional treatments were no longer effective'])}.\""),
        lambda: c("clean_quote_patient", f"\"{pick(['Today is my third follow-up visit', 'I am very grateful to the medical staff', 'Now I only need tests every six months', 'The food in the canteen is better than I expected', 'I learned to use chopsticks'])},\" she said."),
        lambda: c("clean_rhetoric", f"{pick(['Seven', 'Three', 'Five', 'Eleven'])} years of {pick(['injections', 'hospital visits', 'pain'])} ended with a single infusion."),
        lambda: c("clean_ordinal_no_date", f"It was her {ordinal(R.randint(2, 12))} visit to the hospital and her {ordinal(R.randint(1, 5))} in winter."),
        lambda: c("clean_room_generic", f"The family room on the ward has a kettle, a microwave and a {pick(['prayer mat', 'bookshelf', 'TV', 'washing machine'])}."),
        lambda: c("clean_hotline_generic", f"The international office answers messages within {R.randint(2, 5)} working days."),
        lambda: c("clean_code_other", f"The HLA typing showed a {R.randint(5, 10)}/10 match with her brother."),
        lambda: c("clean_code_other", f"Blood group {pick(['A', 'B', 'O', 'AB'])} Rh{pick(['+', '-'])} changed to the donor's group after transplant."),
        lambda: c("clean_code_other", f"MRI showed {R.randint(2, 20)} T2 hyperintense lesions, {R.randint(0, 4)} gadolinium-enhancing."),
        lambda: c("clean_code_other", f"Grade {pick(['II', 'III', 'IV'])} acute GVHD of the skin responded to steroids."),
        lambda: c("clean_code_other", f"Lupus nephritis class {pick(['III', 'IV', 'V', 'III+V', 'IV-G (A/C)'])} was confirmed on biopsy."),
        lambda: c("clean_code_other", f"The PET-CT SUVmax fell from {round(R.uniform(5, 30), 1)} to {round(R.uniform(1, 4), 1)}."),
        lambda: c("clean_code_other", f"Stage {pick(['IIA', 'IIIB', 'IVB', 'IE', 'ISS II', 'R-ISS III'])} disease at diagnosis."),
        lambda: c("clean_language", f"Her Chinese improved enough to say \"{pick(['谢谢', '你好', '我不疼了', '多少钱', '再见'])}\" to everyone on the ward."),
        lambda: c("clean_month_alone", f"May brought warmer weather and {pick(['fewer infections', 'the first walks outside', 'a visit from her sister', 'longer evenings on the balcony'])}."),
        lambda: c("clean_month_alone", f"By {pick(['April', 'June', 'August', 'October'])} she could {pick(['walk to the market', 'climb stairs', 'go back to school', 'drive again'])}."),
        lambda: c("clean_range_years", f"Between {R.randint(2010, 2016)} and {R.randint(2017, 2024)}, she was admitted {R.randint(5, 30)} times."),
        lambda: c("clean_phone_generic", f"Reply within {R.randint(24, 72)} hours is promised for all messages."),
        lambda: c("clean_dialogue", f"\"How many tablets today?\" \"{pick(['Two', 'Three', 'Four', 'Half a'])} in the morning, {pick(['one', 'two', 'none'])} at night.\""),
        lambda: c("clean_caption", f"Photo: the patient (centre) with the medical team, {pick(['spring', 'summer', 'autumn', 'winter'])} {R.randint(2017, 2025)}."),
        lambda: c("clean_caption", f"Caption: a view of the {pick(['courtyard', 'cell-processing lab', 'day ward', 'main building'])} in {pick(['Jinan', 'Beijing', 'Qingdao'])}."),
        lambda: c("clean_timeline", f"{R.randint(2014, 2025)}: {pick(['diagnosis', 'first relapse', 'kidney biopsy', 'second-line therapy', 'CAR-T infusion', 'remission'])}."),
        lambda: c("clean_timeline", f"{pick(['Spring', 'Summer', 'Autumn', 'Winter'])} {R.randint(2015, 2025)} - {pick(['new symptoms', 'remission confirmed', 'treatment paused', 'back at work'])}."),
        lambda: c("clean_measure_dash", f"Platelets {R.randint(10, 99)}-{R.randint(100, 199)}-{R.randint(200, 350)} over three consecutive weeks."),
        lambda: c("clean_numbers_like_ids", f"The hospital has {R.randint(3000, 8000)} beds and {R.randint(100, 300)} operating rooms across {R.randint(2, 5)} campuses."),
        lambda: c("clean_numbers_like_ids", f"Total dose received: {R.randint(1000, 9000)} mg over {R.randint(6, 24)} months."),
        lambda: c("clean_numbers_like_ids", f"Cell viability was {R.randint(85, 99)}% with {R.randint(100, 900)} million CAR-positive cells in the bag."),
        lambda: c("clean_url_like", f"The patient leaflet is available in Russian, Kazakh and English at the international office."),
        lambda: c("clean_general", f"{pick(['Her husband', 'His mother', 'The family', 'Her son'])} took {pick(['her', 'him'])} to {R.randint(2, 9)} hospitals before they found the right diagnosis."),
        lambda: c("clean_general", f"She developed {pick(['lupus nephritis', 'encephalopathy', 'pulmonary hypertension', 'pulmonary fibrosis', 'avascular necrosis'])} after {R.randint(2, 15)} years of treatment."),
        lambda: c("clean_general", f"Compared with monoclonal antibodies, CAR-T cells can reach B cells in {pick(['lymph nodes', 'tissue gaps', 'the kidney', 'bone marrow'])}."),
        lambda: c("clean_general", f"Without the \"seeds of disease\", {pick(['autoantibodies', 'complement levels', 'symptoms'])} gradually {pick(['decrease', 'return to normal', 'disappear'])}."),
        lambda: c("clean_general", f"The interpreter spent {R.randint(2, 6)} hours explaining the consent form in {pick(['Russian', 'Kazakh', 'Uzbek', 'Mongolian', 'Arabic', 'Vietnamese'])}."),
        lambda: c("clean_general", f"All indicators were normal at the {pick(['three', 'six', 'nine', 'twelve', 'eighteen'])}-month check."),
        lambda: c("clean_general", f"Her {pick(['appetite', 'hair', 'energy', 'sleep'])} came back {pick(['slowly', 'within a month', 'by the summer', 'after the steroids stopped'])}."),
        lambda: c("clean_general", f"She no longer needs {pick(['hormones', 'immunosuppressants', 'dialysis', 'transfusions', 'oxygen'])}, and her {pick(['kidneys', 'platelets', 'joints', 'lungs'])} are stable."),
    ]
    return L


# ---------------------------------------------------------------- build

def build() -> None:
    fill(pn_builders(), 250)
    fill(date_builders(), 55)
    fill(dob_builders(), 45)
    fill(age_builders(), 45)
    fill(phone_builders(), 55)
    fill(email_builders(), 45)
    fill(url_builders(), 42)
    fill(ip_builders(), 42)
    fill(social_builders(), 48)
    fill(rid_builders(), 48)
    fill(natid_builders(), 48)
    fill(passport_builders(), 44)
    fill(mrn_builders(), 44)
    fill(hp_builders(), 44)
    fill(acct_builders(), 44)
    fill(lic_builders(), 42)
    fill(veh_builders(), 42)
    fill(dev_builders(), 44)
    fill(other_builders(), 46)
    fill(addr_builders(), 46)
    fill(post_builders(), 42)
    fill(geo_builders(), 42)
    fill(multi_builders(), 100)
    fill(clean_builders(), 1150)


def main() -> None:
    build()
    lines = ["category\texpected_kinds\tsentence"]
    lines += [f"{c}\t{k}\t{s}" for c, k, s in ROWS]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(ROWS)} rows to {OUT}")


if __name__ == "__main__":
    main()
