"""Held-out de-identification corpus, part 10 (English).

Running this file writes ``deid_generated_en_heldout10.tsv`` next to it: one
English sentence per row, with the kinds of identifying detail a careful
reader would find in it, or ``-`` when the sentence is clean.  The sentences
imitate what the hospital's case stories really contain: editors' narrative
paragraphs, patients' quotes and messages, clinicians' notes, photo captions,
timeline entries and coordinator replies, about international patients (many
from Kazakhstan, Russia, Central Asia, Mongolia, the Middle East, Southeast
Asia, Europe and Africa) treated in China, and about their families.

About one sentence in five is written in a harder but still realistic form:
identifiers in unusual positions, the label after the value, full-width
digits, names that are also ordinary words, names in lower case or in
capitals, numbers spelled out, Cyrillic or Chinese characters inside English
text.  Clean sentences are chosen to look like identifiers without being
ones: doses, lab values and ranges, scores, trial registry numbers, codes,
gene names, months with years, ages under 90, cities, eponymous diseases and
letter aliases such as "Ms. A".

The corpus was written without reading the project's scanner, its tests or
its earlier corpora, so that its figures are an honest held-out measure.
The output is deterministic (fixed seed, standard library only).

Columns: category, expected_kinds (comma separated, or "-"), sentence.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

SEED = 731_029
R = random.Random(SEED)

OUT = Path(__file__).resolve().parent / "deid_generated_en_heldout10.tsv"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def c(seq):
    return R.choice(seq)


def d(n: int) -> str:
    s = "".join(R.choice(string.digits) for _ in range(n))
    return s


def dnz(n: int) -> str:
    return R.choice("123456789") + d(n - 1)


def up(n: int) -> str:
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def alnum(n: int) -> str:
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


FW = {ch: chr(ord(ch) + 0xFEE0) for ch in string.ascii_letters + string.digits}
FW.update({"-": "－", "+": "＋", ":": "：", "@": "＠", ".": "．", " ": " "})


def fw(s: str) -> str:
    """Full-width form, as Chinese input methods produce it."""
    return "".join(FW.get(ch, ch) for ch in s)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
CN_DIG = "〇一二三四五六七八九"


def in_words(s: str) -> str:
    return " ".join(WORDS[int(ch)] if ch.isdigit() else ch for ch in s if ch != " ")


def in_cn(s: str) -> str:
    return "".join(CN_DIG[int(ch)] for ch in s if ch.isdigit())


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ymd(lo=2015, hi=2024):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def date_str(y=None, m=None, dd=None, hard=False):
    if y is None:
        y, m, dd = ymd()
    forms = [
        f"{dd} {MONTHS[m-1]} {y}",
        f"{MONTHS[m-1]} {dd}, {y}",
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}.{m:02d}.{y}",
        f"{dd}/{m}/{y}",
        f"{MON3[m-1]} {dd}",
        f"{ordinal(dd)} {MONTHS[m-1]}",
        f"the {ordinal(dd)} of {MONTHS[m-1]} {y}",
        f"{dd}-{MON3[m-1]}-{str(y)[2:]}",
        f"{MONTHS[m-1]} {ordinal(dd)}",
        f"{dd} {MON3[m-1]}. {y}",
    ]
    hard_forms = [
        f"{y}年{m}月{dd}日",
        fw(f"{y}") + "年" + fw(f"{m}") + "月" + fw(f"{dd}") + "日",
        f"{y}/{m:02d}/{dd:02d}",
        f"{dd}.{['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII'][m-1]}.{y}",
        f"{y}{m:02d}{dd:02d}",
        f"{m}月{dd}日",
    ]
    return c(hard_forms if hard else forms)


# --------------------------------------------------------------------------
# name pools (private people, invented)
# --------------------------------------------------------------------------

KAZ = ["Aigerim Nurlanovna", "Yerlan Abenov", "Dauren Seitkali", "Aruzhan Bekova",
       "Zhanar Ospanova", "Madina Sarsenbayeva", "Askar Zhumabekov", "Gulnara Iskakova",
       "Timur Baimukhanov", "Saule Temirbekova", "Nurlan Kassymov", "Dinara Utepova",
       "Bauyrzhan Amanov", "Aliya Mukhametzhanova", "Yerzhan Dossayev"]
RUS = ["Olga Smirnova", "Dmitry Volkov", "Natalia Kuznetsova", "Sergei Morozov",
       "Irina Pavlova", "Alexei Sokolov", "Yekaterina Lebedeva", "Vladimir Orlov",
       "Svetlana Fedorova", "Pavel Gromov", "Tatiana Belova", "Nikolai Zaitsev"]
CAS = ["Dilnoza Karimova", "Bekzod Yusupov", "Shahnoza Rakhimova", "Jasur Ergashev",
       "Malika Nazarova", "Aibek Sydykov", "Nilufar Rahimova", "Firdavs Saidov",
       "Gulzhan Abdyldaeva", "Rustam Kholov", "Mekhrona Sharipova"]
MNG = ["Bat-Erdene Ganbold", "Oyunchimeg Batbayar", "Enkhjargal Dorj", "Tserendulam Purev",
       "Ganzorig Tumur", "Munkhbayar Sukhbaatar", "Altantsetseg Baatar"]
ARB = ["Omar Al-Hashimi", "Fatima Haddad", "Yousef Nasser", "Layla Mansour",
       "Khalid bin Saeed Al-Marri", "Noura Al-Qahtani", "Hassan Abdelrahman", "Rania Khoury",
       "Reza Tehrani", "Shirin Ahmadi", "Mehmet Yilmaz", "Zeynep Arslan"]
SEA = ["Nguyen Thi Lan", "Tran Van Minh", "Somchai Wongsakul", "Siti Rahmawati",
       "Maria Cristina Santos", "Ahmad Fauzi bin Ismail", "Phan Thi Hoa", "Sokha Chea",
       "Aung Min Htet", "Nur Aisyah Binti Rahman", "Le Quang Huy", "Kanya Srisuk"]
EAS = ["Kim Min-jun", "Park Ji-yeon", "Lee Seo-yeon", "Choi Hyun-woo",
       "Tanaka Yuki", "Sato Haruto", "Yamamoto Aiko", "Suzuki Kenta"]
IND = ["Priya Raghunathan", "Arjun Mehta", "Lakshmi Iyer", "Rahul Deshpande",
       "Fatima Begum", "Imran Qureshi", "Nimal Perera", "Sunita Thapa"]
AFR = ["Chinedu Okafor", "Amina Diallo", "Kwame Mensah", "Thandiwe Dlamini",
       "Abebe Tesfaye", "Grace Wanjiru", "Oluwaseun Adeyemi", "Fatoumata Keita",
       "Tendai Moyo", "Yaw Boateng"]
EUR = ["Anna Kowalska", "Lukas Becker", "Sofia Rossi", "Jan de Vries", "Ingrid Larsen",
       "Pierre Dubois", "Elena Petrova-Novak", "Sean O'Brien", "Marta Nowak", "Henrik Lindqvist"]
LAT = ["Camila Herrera", "Diego Ramírez", "Valentina Ortiz", "João Pereira",
       "Luciana Gómez", "Mateo Fernández"]
CHN = ["Wang Lihua", "Zhang Wei", "Chen Jianguo", "Liu Yang", "Zhao Xiaomei",
       "Huang Zhiqiang", "Sun Meiling", "Xu Haoran", "Ma Lin", "Gao Jing", "Bai Xue",
       "Zhou Ming", "Li Guofeng", "Yang Shuang", "Hu Yifan"]
CHN_CHARS = ["王丽华", "陈建国", "刘芳", "张伟", "赵小梅", "黄志强", "孙美玲", "李国峰",
             "马琳", "高静", "白雪", "周明", "胡一凡", "杨爽", "林晓", "何春燕"]
TRANS_CHARS = ["阿依古丽", "娜塔莎", "伊万诺夫", "努尔兰", "古丽娜尔", "巴特尔", "阿丽娅",
               "萨乌列", "德米特里", "法蒂玛", "穆罕默德·阿里夫", "达娜"]

ALL_FULL = KAZ + RUS + CAS + MNG + ARB + SEA + EAS + IND + AFR + EUR + LAT + CHN

GIVEN = ["Aigerim", "Yerlan", "Dauren", "Aruzhan", "Zhanar", "Madina", "Askar", "Olga",
         "Dmitry", "Natalia", "Sergei", "Irina", "Alexei", "Dilnoza", "Bekzod", "Malika",
         "Aibek", "Nilufar", "Oyunchimeg", "Enkhjargal", "Ganzorig", "Omar", "Fatima",
         "Yousef", "Layla", "Noura", "Hassan", "Reza", "Shirin", "Lan", "Minh", "Somchai",
         "Siti", "Sokha", "Min-jun", "Ji-yeon", "Yuki", "Haruto", "Priya", "Arjun",
         "Lakshmi", "Chinedu", "Amina", "Kwame", "Thandiwe", "Abebe", "Oluwaseun", "Anna",
         "Lukas", "Sofia", "Ingrid", "Pierre", "Camila", "Diego", "João", "Lihua",
         "Jianguo", "Xiaomei", "Meiling", "Haoran", "Saule", "Dinara", "Rustam", "Tendai"]
SURN = ["Abenov", "Seitkali", "Bekova", "Ospanova", "Iskakova", "Volkov", "Smirnova",
        "Morozov", "Pavlova", "Karimova", "Yusupov", "Sydykov", "Ganbold", "Batbayar",
        "Haddad", "Nasser", "Mansour", "Al-Qahtani", "Nguyen", "Wongsakul", "Santos",
        "Park", "Tanaka", "Mehta", "Iyer", "Okafor", "Diallo", "Mensah", "Kowalska",
        "Becker", "Rossi", "Larsen", "Herrera", "Ortiz", "Wang", "Zhang", "Chen", "Liu",
        "Zhao", "Huang", "Xu", "Zhou", "Temirbekova", "Kassymov", "Dlamini", "Tesfaye"]
NICK = ["Sasha", "Dima", "Katya", "Seryozha", "Aika", "Dana", "Zhenya", "Nastya", "Lyosha",
        "Misha", "Tolya", "Nurik", "Baha", "Guli", "Mimi", "Xiaobao", "Doudou", "Lele",
        "Tuan", "Bobo", "Kiki", "Nana", "Sonya", "Vova"]
WORDNAME = ["Hope", "Grace", "Faith", "Joy", "Rose", "Bill", "Mark", "Will", "Sunny",
            "Dawn", "Amber", "Hunter", "Ruby", "Honey", "Lily", "Jade", "Sky", "Summer",
            "Pearl", "Destiny", "Blessing", "Precious", "Gift", "Patience", "Goodluck",
            "Lucky", "Miracle"]
WORDSURN = ["Baker", "Long", "Young", "Rich", "Bird", "Hill", "Stone", "Mann", "Fox", "White"]
DOC_SURN = ["Zhou", "Wang", "Li", "Chen", "Huang", "Lin", "Sun", "Guo", "He", "Tang",
            "Ospanov", "Fedorova", "Rahman", "Kim", "Mensah", "Novak"]


def full():
    return c(ALL_FULL)


def given():
    return c(GIVEN)


def surn():
    return c(SURN)


def doctor():
    return c(["Dr. ", "Dr ", "Professor ", "Prof. ", "Dr. ", "Doctor "]) + c(DOC_SURN + [c(CHN)])


def nurse():
    return c(["Nurse ", "head nurse ", "nurse "]) + c([c(CHN), c(DOC_SURN), c(GIVEN)])


def any_name():
    return c([full(), given(), full(), c(NICK), c(CHN), full()])


# --------------------------------------------------------------------------
# identifier value generators
# --------------------------------------------------------------------------


def phone(hard=False):
    normal = [
        lambda: f"+7 70{d(1)} {d(3)} {d(2)} {d(2)}",
        lambda: f"+7 (727) {d(3)}-{d(2)}-{d(2)}",
        lambda: f"8 (916) {d(3)}-{d(2)}-{d(2)}",
        lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
        lambda: f"15{d(1)}-{d(4)}-{d(4)}",
        lambda: f"010-6{d(7)}",
        lambda: f"(021) 5{d(3)} {d(4)}",
        lambda: f"+998 9{d(1)} {d(3)} {d(2)} {d(2)}",
        lambda: f"+976 8{d(3)} {d(4)}",
        lambda: f"+971 5{d(1)} {d(3)} {d(4)}",
        lambda: f"(617) 555-0{d(3)}",
        lambda: f"+44 7{d(3)} {d(6)}",
        lambda: f"+49 30 {d(8)}",
        lambda: f"+84 9{d(1)} {d(3)} {d(4)}",
        lambda: f"+996 555 {d(3)} {d(3)}",
        lambda: f"+20 10 {d(4)} {d(4)}",
        lambda: f"+234 803 {d(3)} {d(4)}",
        lambda: f"+62 812-{d(4)}-{d(4)}",
        lambda: f"+66 8{d(1)} {d(3)} {d(4)}",
        lambda: f"+992 93 {d(3)} {d(4)}",
    ]
    hardf = [
        lambda: fw(f"13{d(9)}"),
        lambda: fw(f"+86 18{d(1)} {d(4)} {d(4)}"),
        lambda: f"0086{d(2)}{d(9)}",
        lambda: f"+7.701.{d(3)}.{d(2)}.{d(2)}",
        lambda: f"8-777-{d(3)}-{d(2)}-{d(2)}",
        lambda: f"+7 701 {d(3)} {d(4)}",
        lambda: f"+86-{d(2)}-{d(8)}",
        lambda: f"13{d(1)} {d(4)} {d(4)}",
    ]
    return c(hardf if hard else normal)()


EMAIL_USERS = ["aigerim.n", "dima_volkov87", "zhanar.ospanova", "madina.s1990", "b.yusupov",
               "oyunaa_b", "omar.hashimi", "layla.m", "lan.nguyen82", "priya.r", "kwame.mensah",
               "anna.kowalska", "camila.hh", "wanglihua1979", "askar_zh", "natasha.k",
               "bekzod1985", "nilufar.rahimova", "thandi.d", "s.wongsakul", "mama.aruzhan",
               "saule_t", "help.for.timur", "jasur.ergashev", "enkhee77"]
DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "mail.kz", "inbox.ru", "qq.com", "163.com",
           "outlook.com", "hotmail.com", "yahoo.com", "bk.ru", "list.ru", "icloud.com",
           "yandex.kz", "126.com"]


def email(hard=False):
    u = c(EMAIL_USERS + [d(9)])
    dom = c(DOMAINS)
    if not hard:
        return f"{u}@{dom}"
    name, tld = dom.rsplit(".", 1)
    return c([
        f"{u} [at] {name} [dot] {tld}",
        f"{u} at {name} dot {tld}",
        f"{u}(at){dom}",
        f"{u}＠{dom}",
        f"{u.upper()}@{dom.upper()}",
        f"{u} @ {dom}",
    ])


SLUGS = ["help-for-dauren", "aruzhan-fights-lupus", "save-little-timur", "olga-car-t-journey",
         "support-bekzod", "mama-madina-story", "enkhee-and-her-kidneys", "lan-beats-lymphoma",
         "zhanar-diary", "kwame-treatment-fund", "nilufar-road-to-beijing", "askar-recovery"]


def url(hard=False):
    s = c(SLUGS)
    normal = [
        lambda: f"https://www.gofundme.com/f/{s}",
        lambda: f"https://bit.ly/{alnum(7)}",
        lambda: f"https://{s}.blogspot.com",
        lambda: f"www.{s.replace('-', '')}.kz",
        lambda: f"https://t.ly/{alnum(5)}",
        lambda: f"https://{s.replace('-', '')}.wordpress.com/{R.randint(2019, 2024)}/",
        lambda: f"http://www.{s.replace('-', '')}.ru/diary",
        lambda: f"https://linktr.ee/{s.replace('-', '_')}",
        lambda: f"https://milaserdie.kz/campaign/{d(5)}",
    ]
    hardf = [
        lambda: f"{s}.tilda.ws",
        lambda: f"tinyurl.com/{alnum(8).lower()}",
        lambda: f"hxxps://{s}[.]com",
        lambda: f"https://{s}.com/photos?id={d(6)}",
        lambda: f"goo.gl/{alnum(6)}",
        lambda: fw(f"www.{s.replace('-', '')}.cn"),
    ]
    return c(hardf if hard else normal)()


def ipv4():
    return f"{c([5, 37, 46, 77, 89, 95, 112, 176, 185, 188, 203, 213, 221])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


def ipv6():
    return f"2a02:{hexs(4)}:{hexs(4)}:{hexs(3)}::{hexs(2)}"


def handle():
    return c(["aigerim_1990", "dima.volkov", "zhanar.heals", "oyunaa_mn", "kazakh_mama_in_beijing",
              "lan_nguyen_hn", "omarhashimi", "priya.fights.on", "timur_batyr", "bekzod.uz",
              "olga_smirnova_spb", "askar.zhumabek", "madina_sarsen", "kwame.m", "zhenya_777",
              "nilu_rahim", "anna.kow", "saule.t", "lihua_wang79", "mama_of_aruzhan"])


def check_digit_cn(id17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(id17, w))
    return "10X98765432"[s % 11]


def resident_id(hard=False, fmt=None):
    area = c(["110105", "310104", "650102", "440303", "510107", "210102", "654001", "150102"])
    y, m, dd = R.randint(1950, 2012), R.randint(1, 12), R.randint(1, 28)
    body = f"{area}{y}{m:02d}{dd:02d}{d(3)}"
    good = check_digit_cn(body)
    last = good if R.random() < 0.6 else c([x for x in "0123456789X" if x != good])
    full18 = body + last
    if fmt is None:
        fmt = c(["plain", "plain", "plain", "space", "lower", "old"]) if not hard else c(
            ["fw", "space", "dash", "old", "lower"])
    if fmt == "plain":
        return full18
    if fmt == "space":
        return f"{full18[:6]} {full18[6:14]} {full18[14:]}"
    if fmt == "dash":
        return f"{full18[:6]}-{full18[6:14]}-{full18[14:]}"
    if fmt == "lower":
        return full18[:-1] + ("x" if last == "X" else last)
    if fmt == "fw":
        return fw(full18)
    if fmt == "old":
        return f"{area}{str(y)[2:]}{m:02d}{dd:02d}{d(3)}"
    return full18


def national_id():
    y, m, dd = R.randint(1950, 2010), R.randint(1, 12), R.randint(1, 28)
    opts = [
        ("IIN", f"{str(y)[2:]}{m:02d}{dd:02d}{c('3456')}{d(5)}"),
        ("SNILS", f"{d(3)}-{d(3)}-{d(3)} {d(2)}"),
        ("SSN", f"{dnz(3)}-{d(2)}-{d(4)}"),
        ("National Insurance number", f"{up(2)} {d(2)} {d(2)} {d(2)} {c('ABCD')}"),
        ("PINFL", f"{c('3456')}{dd:02d}{m:02d}{str(y)[2:]}{d(7)}"),
        ("personal number", f"{c('12')}{dd:02d}{m:02d}{y}{d(5)}"),
        ("register number", f"{c(['УБ', 'ЧН', 'ДА', 'ОЕ'])}{str(y)[2:]}{m:02d}{dd:02d}{d(2)}"),
        ("Aadhaar", f"{dnz(4)} {d(4)} {d(4)}"),
        ("Emirates ID", f"784-{y}-{d(7)}-{d(1)}"),
        ("citizen ID", f"0{d(2)}{c('0123')}{str(y)[2:]}{d(6)}"),
        ("CNIC", f"{d(5)}-{d(7)}-{d(1)}"),
        ("T.C. Kimlik No", f"{dnz(11)}"),
        ("national ID", f"{c('23')}{str(y)[2:]}{m:02d}{dd:02d}{d(7)}"),
        ("NIN", f"{dnz(11)}"),
        ("PESEL", f"{str(y)[2:]}{m:02d}{dd:02d}{d(5)}"),
    ]
    return c(opts)


def passport():
    return c([
        ("Kazakhstan", f"N{d(8)}"),
        ("Russia", f"7{d(1)} {d(7)}"),
        ("Russia", f"7{d(8)}"),
        ("China", f"E{d(8)}"),
        ("China", f"EA{d(7)}"),
        ("Uzbekistan", f"FA{d(7)}"),
        ("Mongolia", f"E{d(7)}"),
        ("the UK", f"{dnz(9)}"),
        ("Germany", f"C{alnum(8)}"),
        ("India", f"{up(1)}{d(7)}"),
        ("the US", f"{dnz(9)}"),
        ("Kyrgyzstan", f"AC{d(7)}"),
        ("Vietnam", f"C{d(7)}"),
        ("Nigeria", f"A{d(8)}"),
        ("Egypt", f"A{d(8)}"),
        ("the UAE", f"{up(1)}{d(7)}"),
    ])


def mrn():
    return c([f"{d(8)}", f"{R.randint(2018, 2024)}-{d(6)}", f"ZY{R.randint(2019, 2024)}{d(5)}",
              f"P-{d(7)}", f"{dnz(9)}", f"MZ{d(8)}", f"{d(3)}-{d(3)}-{d(3)}", f"H{d(7)}",
              f"IP{d(6)}"])


def insurance():
    return c([f"POL-{d(8)}", f"{d(4)} {d(4)} {d(4)} {d(4)}", f"W{d(9)}", f"{up(3)}{d(9)}",
              f"{d(10)}", f"AC-{d(7)}-{d(2)}", f"{d(3)}-{d(3)}-{d(4)}", f"MCN{d(8)}"])


def account():
    return c([
        f"KZ{d(2)}{d(3)}{alnum(13)}",
        f"KZ{d(2)} {d(3)}{alnum(1)} {alnum(4)} {alnum(4)} {alnum(4)}",
        f"DE{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
        f"AE{d(2)}0{d(2)}{d(16)}",
        f"408178{d(14)}",
        f"4400 {d(4)} {d(4)} {d(4)}",
        f"6222 {d(4)} {d(4)} {d(4)} {d(3)}",
        f"5{c('1234')}{d(2)}-{d(4)}-{d(4)}-{d(4)}",
        f"{d(4)}{d(4)}{d(4)}{d(4)}",
        f"GB{d(2)} {up(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
    ])


def licence():
    return c([f"{d(2)} {d(2)} {d(6)}", f"D{d(7)}", f"{up(5)}{d(6)}{up(2)}{d(1)}{up(2)}",
              f"{d(15)}", f"{R.randint(2005, 2023)}{d(8)}", f"GMC {d(7)}", f"KZ{d(2)}{up(2)}{d(6)}",
              f"{up(2)} {d(6)}", f"N{d(4)}-{d(5)}-{d(5)}"])


def plate():
    return c([
        f"{d(3)} {up(3)} {c(['02', '01', '17', '05', '13'])}",
        f"{d(3)}{up(3)}{c(['02', '01', '17'])}",
        f"{c('АВЕКМНОРСТУХ')} {d(3)} {c('АВЕКМНОРСТУХ')}{c('АВЕКМНОРСТУХ')} {c(['77', '97', '199', '54', '102'])}",
        f"{c('ABEKMHOPCTYX')}{d(3)}{c('ABEKMHOPCTYX')}{c('ABEKMHOPCTYX')}{c(['77', '178', '54'])}",
        f"{c(['京', '沪', '新', '粤', '蒙'])}{up(1)}·{alnum(5)}",
        f"{c(['京', '新', '黑'])}{up(1)} {alnum(5)}",
        f"{d(4)} {c(['УБА', 'УНА', 'УБЕ', 'ДАА'])}",
        f"{up(2)}{d(2)} {up(3)}",
        f"{d(2)} {up(1)} {d(3)}{up(2)}",
    ])


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return c(["WVW", "JTD", "XTA", "LSV", "KMH", "Z94", "LFV", "WDB"]) + "".join(
        R.choice(chars) for _ in range(14))


def imei():
    return f"35{d(13)}"


def mac():
    return ":".join(hexs(2).upper() for _ in range(6))


# --------------------------------------------------------------------------
# small bits of story furniture (clean)
# --------------------------------------------------------------------------

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Atyrau", "Ust-Kamenogorsk",
          "Moscow", "Novosibirsk", "Irkutsk", "Vladivostok", "Kazan", "Tashkent", "Samarkand",
          "Bishkek", "Osh", "Dushanbe", "Ulaanbaatar", "Erdenet", "Dubai", "Riyadh", "Amman",
          "Baghdad", "Tehran", "Hanoi", "Ho Chi Minh City", "Bangkok", "Jakarta", "Manila",
          "Kuala Lumpur", "Yangon", "Phnom Penh", "Lagos", "Nairobi", "Addis Ababa", "Accra",
          "Warsaw", "Berlin", "Milan", "Urumqi", "Harbin", "Beijing", "Shanghai", "Guangzhou",
          "Karachi", "Kathmandu", "Colombo", "Cairo", "Baku", "Tbilisi"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Mongolia",
             "the UAE", "Saudi Arabia", "Jordan", "Iraq", "Iran", "Vietnam", "Thailand",
             "Indonesia", "the Philippines", "Malaysia", "Myanmar", "Cambodia", "Nigeria",
             "Kenya", "Ethiopia", "Ghana", "Poland", "Germany", "Italy", "Pakistan", "Nepal",
             "Sri Lanka", "Egypt", "Azerbaijan", "Georgia", "Turkmenistan"]
REL = ["her mother", "his wife", "her husband", "his oldest son", "her younger sister",
       "the boy's father", "his daughter", "her aunt", "their neighbour", "a cousin",
       "her mother-in-law", "his grandfather", "the girl's grandmother", "his brother",
       "her best friend", "a family friend", "his uncle", "her son"]
ALIAS = ["Ms. A", "Mr. B", "Patient C", "Ms. K", "Mr. T", "Patient 7", "the patient", "Mrs. D",
         "Ms. Z", "little M", "Mr. S", "Patient E", "Child F", "Ms. N"]
CONDS = ["systemic lupus erythematosus", "lupus nephritis", "B-cell acute lymphoblastic leukaemia",
         "diffuse large B-cell lymphoma", "multiple myeloma", "neuromyelitis optica",
         "myasthenia gravis", "systemic sclerosis", "ANCA-associated vasculitis",
         "idiopathic inflammatory myopathy", "refractory immune thrombocytopenia",
         "aplastic anaemia", "IgA nephropathy", "membranous nephropathy"]
DEPTS = ["the Department of Haematology", "the rheumatology ward", "the international patient centre",
         "the cell therapy unit", "the nephrology department", "the neurology outpatient clinic",
         "the intensive care unit", "the day-care infusion unit", "the transplant ward",
         "the paediatric haematology ward", "the apheresis room", "the radiology department"]
HOSP = ["Peking Union Medical College Hospital", "Ruijin Hospital", "West China Hospital",
        "the First Affiliated Hospital of Zhejiang University", "Sun Yat-sen University Cancer Center",
        "Tongji Hospital", "Xiangya Hospital", "Beijing Children's Hospital",
        "the Chinese PLA General Hospital", "Huashan Hospital", "Charité", "Mayo Clinic"]
DRUGS = [("prednisone", "mg", [5, 10, 20, 40, 60]), ("methylprednisolone", "mg", [40, 80, 250, 500, 1000]),
         ("mycophenolate mofetil", "g", [0.5, 1, 1.5]), ("hydroxychloroquine", "mg", [200, 400]),
         ("tacrolimus", "mg", [1, 2, 3]), ("cyclophosphamide", "mg/m²", [500, 750, 1000]),
         ("rituximab", "mg/m²", [375]), ("belimumab", "mg/kg", [10]), ("fludarabine", "mg/m²", [25, 30]),
         ("tocilizumab", "mg/kg", [8]), ("levetiracetam", "mg", [250, 500, 1000]), ("enoxaparin", "IU", [4000, 6000]),
         ("furosemide", "mg", [20, 40, 80]), ("amlodipine", "mg", [5, 10]), ("omeprazole", "mg", [20, 40]),
         ("acyclovir", "mg", [200, 400, 800])]
BRANDS = ["Benlysta", "Kymriah", "Yescarta", "CellCept", "Plaquenil", "MabThera", "Actemra",
          "Saphnelo", "Lupkynis", "Carvykti", "Tecartus", "Soliris", "Eliquis", "Keppra"]
EPONYMS = ["Hodgkin lymphoma", "Sjögren syndrome", "Raynaud phenomenon", "Guillain-Barré syndrome",
           "Crohn's disease", "Hashimoto's thyroiditis", "Cushing syndrome", "Addison's disease",
           "Still's disease", "Behçet's disease", "Kawasaki disease", "Takayasu arteritis",
           "Wegener's granulomatosis", "Waldenström macroglobulinaemia", "Castleman disease",
           "Evans syndrome", "Burkitt lymphoma", "Libman-Sacks endocarditis", "Graves' disease"]
SIGNS = ["a positive Coombs test", "a negative Babinski sign", "Gottron papules",
         "a positive Schirmer test", "a Bence Jones protein band", "Kussmaul breathing",
         "a positive Lasègue sign", "Heberden nodes"]
JOBS = ["the attending physician", "the head nurse", "a patient coordinator", "the chief resident",
        "a clinical pharmacist", "the ward's social worker", "an interpreter", "the medical reviewer",
        "a dietitian", "the duty doctor", "a physiotherapist", "the charge nurse"]


def pick_drug():
    name, unit, doses = c(DRUGS)
    return name, c(doses), unit


def ages_under90():
    return R.randint(2, 89)


# --------------------------------------------------------------------------
# identifier templates, by kind.  Each returns (sentence, kinds).
# N_ = normal forms, H_ = harder but realistic forms
# --------------------------------------------------------------------------

PN = "person_name"


def T_name():
    g, f, n, s = given(), full(), c(NICK), surn()
    w = c(WORDNAME)
    ch = c(CHN_CHARS)
    tr = c(TRANS_CHARS)
    city, country = c(CITIES), c(COUNTRIES)
    cond = c(CONDS)
    normal = [
        ("name_full_context", f"The patient, {f}, flew in from {city} with her husband."),
        ("name_full_context", f"Our patient {f} was first seen at {c(HOSP)} in {c(MONTHS)} {R.randint(2016, 2024)}."),
        ("name_no_context", f"{f} arrived in Beijing on a cold morning, too weak to walk to the taxi."),
        ("name_no_context", f"After three relapses, {f} finally agreed to try cell therapy."),
        ("name_sentence_start", f"{g} still remembers the smell of the ward on the first night."),
        ("name_sentence_start", f"{g} says the hardest part was being far from her children."),
        ("name_possessive", f"{g}'s platelets rose above 100 within a month."),
        ("name_possessive", f"The family read {f}'s discharge letter aloud at the airport."),
        ("name_list", f"{full()}, {full()} and {full()} were treated on the same ward that winter."),
        ("name_list", f"Visitors that week: {g}, {given()} and their cousin {given()}."),
        ("name_dialogue", f"\"{g}, you can go home now,\" the nurse said, and she cried."),
        ("name_dialogue", f"\"Thank you, {doctor()},\" she wrote in the guest book, \"you gave me back my life.\""),
        ("name_verb", f"{g} walked to the window and looked at the snow for the first time in weeks."),
        ("name_verb", f"{f} signed the consent form with a shaking hand."),
        ("name_nickname", f"Everyone on the ward called him {n}, even the cleaners."),
        ("name_nickname", f"\"{n} is asleep, finally,\" his mother typed at two in the morning."),
        ("name_relative", f"Her daughter {g} translated every conversation from Kazakh into Russian."),
        ("name_relative", f"His brother-in-law, {f}, drove him from {city} to the border."),
        ("name_doctor", f"{doctor()} explained the risks of cytokine release syndrome in plain words."),
        ("name_doctor", f"The team led by {doctor()} reviewed the MRI before the transfer."),
        ("name_nurse", f"{nurse()} taught her how to flush the PICC line at home."),
        ("name_initials", f"{c(string.ascii_uppercase)}. {s} was referred by the clinic in {city}."),
        ("name_initials", f"Patient {c(string.ascii_uppercase)}.{c(string.ascii_uppercase)}. {s}, 34, presented with fever and rash."),
        ("name_caption", f"Photo: {f} with the family in the hospital garden."),
        ("name_caption", f"Left to right: {doctor()}, {f} and interpreter {given()}."),
        ("name_chinese", f"Her Chinese roommate, {c(CHN)}, shared dumplings with her every Sunday."),
        ("name_chinese", f"The interpreter {c(CHN)} stayed late to explain the bone marrow report."),
        ("name_title_surname", f"Mrs. {s} brought homemade baursaks for the nurses."),
        ("name_title_surname", f"Mr. {s} had been on dialysis for four years before he came to us."),
        ("name_colleague", f"A colleague from the factory, {f}, organised a collection for the flights."),
        ("name_message", f"Hello, my name is {f}, my son has {cond} and we are in {country}."),
        ("name_message", f"Good afternoon, I write on behalf of my father {f}."),
        ("name_quote_attrib", f"\"I did not believe it until I saw the results,\" says {f}."),
        ("name_quote_attrib", f"\"We never lost hope,\" {g} told us at her third follow-up."),
        ("name_timeline", f"Week 2: {g} starts walking in the corridor again."),
        ("name_neighbour", f"Their neighbour {g} looked after the cows while the family was in China."),
    ]
    hard = [
        ("name_wordlike", f"{w} was discharged on a Friday and flew home the next morning."),
        ("name_wordlike", f"Doctors told {w} that the rash would fade within weeks."),
        ("name_wordlike", f"Her twin sisters, {c(WORDNAME)} and {c(WORDNAME)}, came from {city} to donate cells."),
        ("name_wordlike_surname", f"Mr. {c(WORDSURN)} asked whether he could fly with a central line."),
        ("name_lowercase", f"thank you so much dr {c(DOC_SURN).lower()}, my mum is eating again"),
        ("name_lowercase", f"pls tell {g.lower()} her scan is fine, she is not answering the phone"),
        ("name_caps", f"PATIENT: {f.upper()}, FEMALE, REFERRED FROM {city.upper()}"),
        ("name_caps", f"{s.upper()} {g.upper()} – second opinion requested for {cond}."),
        ("name_chinese_chars", f"The form was signed by her husband, {ch}, in Chinese characters."),
        ("name_chinese_chars", f"{ch} and a cousin stayed in a rented flat near the hospital for six months."),
        ("name_transliterated", f"In the Chinese version of the story she is called {tr}, which the family liked."),
        ("name_transliterated", f"The Chinese nurses wrote {tr} on the whiteboard above her bed."),
        ("name_mixed_script", f"Her name in the passport is {c(['Айгерим', 'Ольга', 'Дмитрий', 'Жанар', 'Батбаяр', 'Нурлан'])} {c(['Нурлановна', 'Смирнова', 'Волков', 'Оспанова', 'Ганболд', 'Касымов'])}, but everyone here says {g}."),
        ("name_in_parentheses", f"The mother (Dr. {s} herself is a paediatrician in {city}) read every paper we sent."),
        ("name_after_verb", f"Meet {g}: eleven years old, two relapses, and a very loud laugh."),
        ("name_pinyin_order", f"{c(CHN).upper()} from the night shift noticed the drop in oxygen saturation."),
        ("name_arabic_patronymic", f"Abu {c(['Yousef', 'Omar', 'Hassan', 'Khalid'])} came with his three brothers to every appointment."),
        ("name_patronymic_only", f"{c(['Natalia Ivanovna', 'Sergei Petrovich', 'Olga Nikolaevna', 'Aigerim Serikovna'])} thanked the whole ward in a long letter."),
        ("name_short_form", f"{c(['Zhenya', 'Sasha', 'Nastya', 'Aika'])} turned twelve in the transplant unit."),
        ("name_vocative", f"Dear {g}, we are so proud of how far you have come!"),
        ("name_social_caption", f"Back home at last! #{g}Strong"),
        ("name_email_signature", f"Kind regards, {f}"),
    ]
    if R.random() < 0.28:
        cat, s_ = c(hard)
    else:
        cat, s_ = c(normal)
    return cat, [PN], s_


def T_address():
    num, apt = R.randint(1, 250), R.randint(1, 180)
    city = c(CITIES)
    normal = [
        ("addr_kz", f"The family lives at {num} Abay Avenue, apartment {apt}, in Almaty."),
        ("addr_kz_micro", f"Their flat is in microdistrict Samal-{R.randint(1, 3)}, building {num}, flat {apt}."),
        ("addr_ru", f"Please send the originals to ul. {c(['Lenina', 'Pushkina', 'Gagarina', 'Sovetskaya'])}, d. {num}, kv. {apt}, {c(['Novosibirsk', 'Irkutsk', 'Omsk'])}."),
        ("addr_cn", f"During treatment they rented Room {R.randint(1, 30)}0{R.randint(1, 9)}, Building {R.randint(1, 20)}, No. {num} {c(['Dongzhimen', 'Chaoyang', 'Xuanwumen', 'Jianguo'])} Road."),
        ("addr_cn_lane", f"The guesthouse was at Lane {num}, {c(['Huaihai', 'Ruijin', 'Jinling', 'Changle'])} Road, right behind the hospital."),
        ("addr_us", f"The sponsor's office at {num} {c(['Maple', 'Oak', 'Pine', 'Cedar'])} Street, Suite {apt}, paid for the flights."),
        ("addr_uk", f"Flat {apt}, {num} {c(['Baker', 'Mill', 'Church', 'Station'])} Lane is where the medicine parcels should go."),
        ("addr_mn", f"Home address: {c(['Bayanzurkh', 'Sukhbaatar', 'Khan-Uul'])} district, {R.randint(1, 30)} khoroo, building {num}, door {apt}."),
        ("addr_uz", f"We live in Tashkent, Chilanzar {R.randint(1, 20)}-kvartal, dom {num}, kv {apt}."),
        ("addr_ae", f"Villa {num}, Street {R.randint(1, 40)}, Al Barsha 2, Dubai, is where the nurse visited him."),
        ("addr_street_only", f"She grew up on {c(['Tole Bi', 'Zheltoksan', 'Dostyk', 'Furmanov'])} Street, house {num}."),
        ("addr_de", f"The second opinion came back by post to {c(['Hauptstraße', 'Bergstraße', 'Lindenweg'])} {num}, Berlin."),
        ("addr_village", f"They come from the village of Kaskelen, {c(['Abylai Khan', 'Suyunbay', 'Zhibek Zholy'])} street {num}."),
        ("addr_vn", f"Số {num}, ngõ {apt}, phố {c(['Hàng Bông', 'Kim Mã', 'Láng Hạ'])}, Hanoi was written on the referral letter."),
    ]
    hard = [
        ("addr_chinese_chars", f"The form gave her address as 北京市朝阳区{c(['建国路', '朝阳北路', '东三环'])}{num}号{R.randint(1, 9)}单元{apt}室."),
        ("addr_cyrillic", f"Address on the referral: г. Алматы, ул. Абая, д. {num}, кв. {apt}."),
        ("addr_fullwidth", f"They stayed at {fw(str(num))}号 Xinjiekou Street, right next to the pharmacy."),
        ("addr_caps", f"{num} {c(['LENIN', 'ABAY', 'GAGARIN'])} STR., APT {apt} – PLEASE DELIVER BEFORE FRIDAY"),
        ("addr_label_after", f"Building {R.randint(1, 12)}, Entrance {R.randint(1, 4)}, Flat {apt} (home address of the patient)."),
        ("addr_words", f"She wrote: we are at house number {in_words(str(num))}, Pushkin street, flat {apt}."),
        ("addr_po_box", f"Correspondence to P.O. Box {d(5)}, Riyadh."),
    ]
    if R.random() < 0.25:
        cat, s_ = c(hard)
    else:
        cat, s_ = c(normal)
    return cat, ["street_address"], s_


def T_postal():
    normal = [
        ("postal_kz", f"The parcel with the tablets went to Almaty, postcode 0500{d(2)}."),
        ("postal_ru", f"Index {c(['63', '66', '12', '42', '19'])}{d(4)} is written on every envelope from her mother."),
        ("postal_cn", f"Postal code 1000{d(2)}, the district where they rented a room."),
        ("postal_us", f"Mailing ZIP: {dnz(5)}-{d(4)}."),
        ("postal_uk", f"Send the results to the GP practice, post code {c(['EH', 'LS', 'M', 'BS', 'CF'])}{R.randint(1, 20)} {d(1)}{up(2)}."),
        ("postal_mn", f"Ulaanbaatar 14{d(3)} is the postal code she gave for the insurance letter."),
        ("postal_ca", f"Her sister lives in Toronto, postal code M{d(1)}{up(1)} {d(1)}{up(1)}{d(1)}."),
        ("postal_de", f"The lab report was mailed to {c(['10', '12', '13'])}{d(3)} Berlin."),
        ("postal_nl", f"Postcode {dnz(4)} {up(2)} Amsterdam – the donor's home."),
        ("postal_uz", f"Tashkent, 100{d(3)}, is the address line she left on the form."),
        ("postal_in", f"PIN code {c('1234567')}{d(5)}, Chennai, was on the courier slip."),
    ]
    hard = [
        ("postal_fullwidth", f"邮编 {fw('1000' + d(2))}, copied from the Chinese rental contract."),
        ("postal_label_after", f"{c(['050', '010', '100'])}{d(3)} (postcode) was the only part of the address I could read."),
        ("postal_in_list", f"Kazakhstan, Shymkent, 160{d(3)} – that is all the form says."),
        ("postal_words", f"Our zip is {in_words(dnz(5))}, mum said on the phone."),
    ]
    if R.random() < 0.22:
        cat, s_ = c(hard)
    else:
        cat, s_ = c(normal)
    return cat, ["postal_code"], s_


def T_geo():
    lat = round(R.uniform(20, 55), R.choice([4, 5, 6]))
    lon = round(R.uniform(44, 120), R.choice([4, 5, 6]))
    dms = f"{int(lat)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"N {int(lon)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"E"
    normal = [
        ("geo_decimal", f"The yurt where the boy grew up is at {lat}, {lon}."),
        ("geo_label", f"GPS: {lat} N, {lon} E (the family's winter camp)."),
        ("geo_dms", f"Her village sits at {dms}, three hours from the nearest clinic."),
        ("geo_latlon", f"Lat {lat}, lon {lon} – that is where the ambulance picked her up."),
        ("geo_pin", f"He sent a pin, {lat},{lon}, so the driver could find the house."),
        ("geo_degrees", f"Coordinates {lat}° N {lon}° E were given to the rescue helicopter."),
        ("geo_message", f"We are here: {lat} {lon}, please tell the driver to call when he arrives."),
        ("geo_caption", f"Photo taken at the family's farm ({lat}, {lon})."),
        ("geo_paren", f"The nomad camp (location {lat}/{lon}) has no mobile signal in winter."),
    ]
    hard = [
        ("geo_maps_link", f"Location shared: https://maps.google.com/?q={lat},{lon}"),
        ("geo_fullwidth", f"坐标 {fw(str(lat))}, {fw(str(lon))} was written on the transfer note."),
        ("geo_negative", f"Her sister in Brazil lives at {-round(R.uniform(5, 30), 4)}, {-round(R.uniform(35, 60), 4)}."),
        ("geo_dms_compact", f"Pickup point {int(lat)}°{R.randint(0, 59)}′N, {int(lon)}°{R.randint(0, 59)}′E near the river."),
    ]
    if R.random() < 0.22:
        cat, s_ = c(hard)
        if cat == "geo_maps_link":
            return cat, ["geolocation", "web_address"], s_
    else:
        cat, s_ = c(normal)
    return cat, ["geolocation"], s_


def T_date():
    hard = R.random() < 0.22
    ds = date_str(hard=hard)
    y, m, dd = ymd()
    normal = [
        ("date_admission", f"She was admitted on {ds} with a fever of 39.6 °C."),
        ("date_timeline", f"{ds} — CAR-T cells infused; no fever that night."),
        ("date_start", f"On {ds} the family landed at Beijing Capital Airport."),
        ("date_message", f"Can we come for the follow-up on {ds}? Our visa ends soon."),
        ("date_mid", f"The relapse, confirmed by biopsy on {ds}, changed everything."),
        ("date_caption", f"Discharge day, {ds}: the whole ward came to say goodbye."),
        ("date_surgery", f"He underwent brain surgery on {ds} at a hospital in {c(CITIES)}."),
        ("date_paren", f"The second lumbar puncture ({ds}) showed no blasts."),
        ("date_holiday", f"She celebrated {c(['Christmas Day', 'New Year’s Eve', 'Nauryz on 22 March', 'Eid al-Fitr'])} {R.randint(2018, 2024)} on the ward with the nurses."),
        ("date_lunar", f"Her mother arrived on the first day of the Lunar New Year {R.randint(2019, 2024)}, when the hospital was almost empty."),
        ("date_weekday", f"On {c(['Monday', 'Tuesday', 'Friday', 'Sunday'])}, {MONTHS[m-1]} {dd}, {y}, the bone marrow results came back clean."),
        ("date_range", f"From {dd} to {min(dd + R.randint(2, 9), 28)} {MONTHS[m-1]} {y} he was in intensive care."),
        ("date_no_year", f"The interpreter's notes end on {MONTHS[m-1]} {dd}, the day she flew home."),
    ]
    hardl = [
        ("date_cn_format", f"The discharge summary is dated {ds}."),
        ("date_label_after", f"{ds} (date of the last dose of rituximab)."),
        ("date_caps", f"ADMITTED {dd:02d} {MON3[m-1].upper()} {y} VIA EMERGENCY"),
        ("date_words", f"It was the {c(['third', 'fifth', 'twelfth', 'twentieth', 'twenty-first'])} of {MONTHS[m-1]}, {y}, when the swelling finally went down."),
        ("date_lunar_named", f"The operation was on the fifteenth day of the eighth lunar month of {y}, Mid-Autumn night."),
        ("date_in_message", f"we arrive {ds} pls meet us at the airport"),
        ("date_short", f"Last seen {m}/{dd}/{str(y)[2:]}; labs stable."),
    ]
    if hard:
        cat, s_ = c(hardl)
    else:
        cat, s_ = c(normal)
    return cat, ["exact_date"], s_


def T_dob():
    y, m, dd = R.randint(1935, 2019), R.randint(1, 12), R.randint(1, 28)
    hard = R.random() < 0.22
    ds = date_str(y, m, dd, hard=hard)
    normal = [
        ("dob_label", f"Date of birth: {ds}."),
        ("dob_born", f"She was born on {ds} in a small town near {c(CITIES)}."),
        ("dob_abbrev", f"DOB {ds}, female, nationality {c(COUNTRIES).replace('the ', '')}."),
        ("dob_born_short", f"b. {dd:02d}/{m:02d}/{y}, referred by her local rheumatologist."),
        ("dob_paren", f"The child (born {ds}) weighed 2.1 kg at birth."),
        ("dob_message", f"My son was born {ds}, he is now very weak, please help."),
        ("dob_form", f"D.O.B.: {ds} | Sex: M | Blood group: A+"),
        ("dob_birthday", f"He was born on {MONTHS[m-1]} {dd}, {y}, the same day as his grandfather."),
        ("dob_caption", f"Baby {c(['boy', 'girl'])} of Ms. A, born {ds} by caesarean section."),
    ]
    hardl = [
        ("dob_cn_format", f"出生日期 {ds} appears on the Chinese visa form."),
        ("dob_label_after", f"{ds} – date of birth, as written in the passport."),
        ("dob_caps", f"DATE OF BIRTH {dd:02d}.{m:02d}.{y}"),
        ("dob_words", f"She was born on the {ordinal(dd)} of {MONTHS[m-1]}, nineteen {c(['sixty', 'seventy', 'eighty', 'ninety'])}-{c(['one', 'two', 'four', 'seven'])}."),
        ("dob_compact", f"DOB:{y}{m:02d}{dd:02d}"),
    ]
    if hard:
        cat, s_ = c(hardl)
    else:
        cat, s_ = c(normal)
    return cat, ["date_of_birth"], s_


def T_age90():
    a = R.randint(90, 104)
    aw = c(["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
            "ninety-six", "ninety-seven", "ninety-eight", "ninety-nine", "a hundred and one"])
    normal = [
        ("age90_hyphen", f"A {a}-year-old woman from {c(CITIES)} was the oldest patient on the ward."),
        ("age90_aged", f"Her grandmother, aged {a}, travelled with the family by train."),
        ("age90_years_old", f"He is {a} years old and still rides a horse every summer."),
        ("age90_words", f"At {aw}, she was the oldest person ever to receive the treatment here."),
        ("age90_yo", f"{a} y/o male, atrial fibrillation, on apixaban."),
        ("age90_label", f"Age: {a}"),
        ("age90_turned", f"He turned {a} in the cardiology ward, and the nurses brought a cake."),
        ("age90_nineties", f"Her father, now in his late nineties, still asks about her every day."),
        ("age90_birthday", f"The family celebrated his {ordinal(a)} birthday by video call."),
        ("age90_compare", f"Even at {a}, she refused a wheelchair at the airport."),
    ]
    hardl = [
        ("age90_cn", f"The form says 年龄 {a}岁, which the translator checked twice."),
        ("age90_fullwidth", f"Age {fw(str(a))} was entered on the Chinese registration slip."),
        ("age90_label_after", f"{a} (age at admission)"),
        ("age90_nonagenarian", f"A nonagenarian from {c(CITIES)} was admitted with pneumonia."),
        ("age90_centenarian", f"Her great-grandmother, a centenarian of {R.randint(100, 106)}, blessed the trip."),
        ("age90_ageYO", f"pt {a}yo F, fall at home"),
    ]
    if R.random() < 0.22:
        cat, s_ = c(hardl)
    else:
        cat, s_ = c(normal)
    return cat, ["age_over_89"], s_


def T_phone():
    hard = R.random() < 0.22
    p = phone(hard)
    normal = [
        ("phone_label", f"Tel: {p}"),
        ("phone_message", f"You can call me any time on {p}, I speak Russian and some English."),
        ("phone_relative", f"Her husband's mobile is {p}; he answers after 6 pm Beijing time."),
        ("phone_fax", f"Please fax the discharge summary to {p}."),
        ("phone_paren", f"The referring clinic ({p}) has not received the report."),
        ("phone_reply", f"The coordinator rang the family back on {p} the same evening."),
        ("phone_list", f"Contacts: mother {phone()}, father {phone()}."),
        ("phone_after", f"{p} — this is my sister's number, she is in Beijing now."),
        ("phone_ext", f"Call the sponsor's office at {p} ext. {d(3)}."),
        ("phone_whatsapp_like", f"Mobile (also on WeChat): {p}"),
    ]
    hardl = [
        ("phone_fullwidth", f"手机 {p}, written on the back of the appointment card."),
        ("phone_no_label", f"{p} call after lunch please"),
        ("phone_words", f"Her number is {in_words(p.replace('+', 'plus ').replace('-', ' '))}, she said slowly."),
        ("phone_mid", f"If the results come out positive, ring {p} before telling her."),
    ]
    if hard:
        cat, s_ = c(hardl)
        if cat == "phone_words":
            s_ = f"Her number is plus seven, seven oh one, {in_words(d(3))}, {in_words(d(4))}, she said slowly."
    else:
        cat, s_ = c(normal)
    return cat, ["phone_number"], s_


def T_email():
    hard = R.random() < 0.24
    e = email(hard)
    normal = [
        ("email_label", f"E-mail: {e}"),
        ("email_message", f"Please send the price list to {e}, thank you."),
        ("email_paren", f"The mother ({e}) asked for the MRI on a disc."),
        ("email_reply", f"The coordinator replied to {e} within a day."),
        ("email_cc", f"Copy the letter to {e} and to the embassy."),
        ("email_after", f"{e} is my daughter's address, she reads English."),
        ("email_mailto", f"Contact the family via mailto:{e}."),
        ("email_sentence_mid", f"Results were sent to {e} on Tuesday, but they went to spam."),
        ("email_signature", f"— sent from {e}"),
    ]
    hardl = [
        ("email_disguised", f"write to me: {e}"),
        ("email_disguised", f"My email is {e}, I check it every evening."),
        ("email_disguised_paren", f"(reply to {e}, not to this account)"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["email"], s_


def T_url():
    hard = R.random() < 0.22
    u = url(hard)
    normal = [
        ("url_fundraiser", f"The family raised the money through {u}."),
        ("url_blog", f"She wrote about every week of treatment on her blog, {u}."),
        ("url_short", f"Photos from discharge day: {u}"),
        ("url_paren", f"Her story (see {u}) was shared thousands of times."),
        ("url_message", f"Please look at my son's scans here {u} and tell me what you think."),
        ("url_after", f"{u} — our fundraising page, in Kazakh and Russian."),
        ("url_caption", f"Source of the photo: {u}"),
        ("url_quote", f"\"Everything is on {u}, the doctors can read it,\" her husband said."),
    ]
    hardl = [
        ("url_no_scheme", f"his page {u} has all the videos"),
        ("url_mid", f"A link, {u}, went round the WhatsApp groups in {c(CITIES)}."),
        ("url_label_after", f"{u} (personal page of the donor)"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["web_address"], s_


def T_ip():
    hard = R.random() < 0.22
    ip = ipv6() if (hard or R.random() < 0.2) else ipv4()
    normal = [
        ("ip_log", f"The message form was submitted from {ip}."),
        ("ip_label", f"IP address: {ip}"),
        ("ip_paren", f"The upload (from {ip}) failed twice."),
        ("ip_note", f"Audit: patient portal login from {ip} at 23:14."),
        ("ip_after", f"{ip} – the address the video consultation came from."),
        ("ip_list", f"Logins came from {ipv4()} and {ipv4()} in the same hour."),
        ("ip_support", f"Her laptop at home, {ip}, was blocked by the hospital firewall."),
        ("ip_caption", f"Screenshot of the upload log, client IP {ip}."),
    ]
    hardl = [
        ("ip_v6", f"Connection from {ip} was flagged by the portal."),
        ("ip_fullwidth", f"IP {fw(ipv4())} appears in the Chinese error report."),
        ("ip_port", f"The DICOM viewer was opened at {ipv4()}:8080 from her home."),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["ip_address"], s_


def T_social():
    hard = R.random() < 0.24
    h = handle()
    normal = [
        ("social_wechat", f"WeChat ID: {h}"),
        ("social_telegram", f"Write to me on Telegram, @{h}."),
        ("social_instagram", f"She posts her progress on Instagram as @{h}."),
        ("social_qq", f"QQ: {dnz(9)}"),
        ("social_weibo", f"Her Weibo account, @{h}, has thousands of followers now."),
        ("social_douyin", f"Douyin number {d(10)} – the family's videos from the ward."),
        ("social_line", f"LINE ID {h}, please add me."),
        ("social_vk", f"You can find my mother on VK as {h}."),
        ("social_x", f"Follow @{h} on X for updates on his treatment."),
        ("social_xhs", f"Xiaohongshu ID: {dnz(9)}"),
        ("social_facebook", f"Her husband's Facebook is {c(['Yerlan Abenov', 'Omar Hashimi', 'Kwame Mensah'])} ({h})."),
        ("social_kakao", f"KakaoTalk ID {h}, if the coordinator needs to reach her."),
    ]
    hardl = [
        ("social_after", f"@{h} — that is me, message me there"),
        ("social_wechat_cn", f"微信号：{h}（please add me, I am the patient's daughter）"),
        ("social_caps", f"TELEGRAM @{h.upper()}"),
        ("social_qq_fullwidth", f"QQ号 {fw(dnz(9))}"),
        ("social_mid", f"add me {h} on wechat, easier than email"),
    ]
    cat, s_ = c(hardl if hard else normal)
    kinds = ["social_account"]
    if cat == "social_facebook":
        kinds = [PN, "social_account"]
    return cat, kinds, s_


def T_resident():
    hard = R.random() < 0.22
    rid = resident_id(hard)
    normal = [
        ("rid_label", f"ID card: {rid}"),
        ("rid_relative", f"Her Chinese husband's identity card number is {rid}."),
        ("rid_form", f"Resident ID No. {rid} was entered on the consent form."),
        ("rid_paren", f"The guarantor (ID {rid}) signed for the deposit."),
        ("rid_message", f"My mother's ID number is {rid}, please register her."),
        ("rid_after", f"{rid} — identity card of the donor."),
        ("rid_mid", f"A copy of ID card {rid} was attached to the claim."),
        ("rid_caption", f"Scanned ID card, number {rid}."),
    ]
    hardl = [
        ("rid_cn_label", f"身份证号：{rid}"),
        ("rid_no_label", f"{rid} please check this is correct"),
        ("rid_in_words", f"The number {rid} was read out twice over the phone."),
        ("rid_caps", f"ID NO {rid} (CHINESE SPOUSE)"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["resident_id"], s_


def T_national():
    label, v = national_id()
    hard = R.random() < 0.22
    normal = [
        ("nid_label", f"{label}: {v}"),
        ("nid_sentence", f"Her {label} is {v}, as on the Kazakh ID card." if label == "IIN" else f"His {label} is {v}."),
        ("nid_form", f"The form asks for the {label}; the father wrote {v}."),
        ("nid_paren", f"The donor ({label} {v}) is her younger brother."),
        ("nid_message", f"Here is my {label} {v}, do you need anything else?"),
        ("nid_after", f"{v} ({label})"),
        ("nid_copy", f"A copy with {label} {v} was sent to the embassy."),
        ("nid_list", f"Name hidden, {label} {v}, nationality on file."),
    ]
    hardl = [
        ("nid_no_label", f"{v} – please use this for the invoice"),
        ("nid_cyrillic_label", f"ИИН {str(R.randint(50, 99))}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{c('3456')}{d(5)} was written on the referral."),
        ("nid_snils_ru", f"СНИЛС {d(3)}-{d(3)}-{d(3)} {d(2)}"),
        ("nid_fullwidth", f"{label} {fw(v)}"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["national_id"], s_


def T_passport():
    country, v = passport()
    hard = R.random() < 0.22
    normal = [
        ("passport_label", f"Passport No.: {v}"),
        ("passport_sentence", f"Her passport number is {v}, issued in {country}."),
        ("passport_visa", f"The invitation letter for the medical visa lists passport {v}."),
        ("passport_paren", f"The mother (passport {v}) will accompany the child."),
        ("passport_after", f"{v} is the passport of the patient, valid until 2031."),
        ("passport_message", f"I attach the scan, passport number {v}, please prepare the letter."),
        ("passport_list", f"Travellers: patient, passport {v}; father, passport {passport()[1]}."),
        ("passport_abbrev", f"PP# {v}, nationality {country.replace('the ', '')}."),
    ]
    hardl = [
        ("passport_label_after", f"{v} (passport)"),
        ("passport_fullwidth", f"护照号 {fw(v)}"),
        ("passport_cyrillic", f"Загранпаспорт {v} – please copy it exactly."),
        ("passport_caps", f"PASSPORT {v} EXPIRES IN MAY"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["passport_number"], s_


def T_mrn():
    v = mrn()
    hard = R.random() < 0.22
    normal = [
        ("mrn_label", f"MRN: {v}"),
        ("mrn_hospital_no", f"Hospital number {v}, bed on the fifth floor."),
        ("mrn_inpatient", f"Inpatient no. {v} was given to her on admission."),
        ("mrn_paren", f"The biopsy slides (record {v}) were sent for review."),
        ("mrn_message", f"My patient ID is {v}, can I see my results online?"),
        ("mrn_after", f"{v} — medical record number, please quote it in every email."),
        ("mrn_chart", f"Chart #{v} was reopened for the follow-up visit."),
        ("mrn_outpatient", f"Outpatient card {v}, issued at the registration desk."),
        ("mrn_referral", f"The referral from {c(CITIES)} quotes case history no. {v}."),
    ]
    hardl = [
        ("mrn_cn_label", f"病案号 {v}"),
        ("mrn_fullwidth", f"住院号：{fw(v)}"),
        ("mrn_caps", f"MEDICAL RECORD {v} – DO NOT DESTROY"),
        ("mrn_no_label_timeline", f"Day 1 ({v}): lymphodepletion started."),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["medical_record_number"], s_


def T_health():
    v = insurance()
    hard = R.random() < 0.22
    normal = [
        ("hp_policy", f"Insurance policy no. {v} covers the CAR-T product only in part."),
        ("hp_member", f"Member ID {v}, Allianz Care."),
        ("hp_oms", f"OMS policy {d(16)} is valid only inside Russia."),
        ("hp_card", f"Her health insurance card number is {v}."),
        ("hp_paren", f"The insurer (policy {v}) asked for an itemised bill."),
        ("hp_message", f"Our insurance number is {v}, will they pay you directly?"),
        ("hp_after", f"{v} – health plan number of the patient."),
        ("hp_daman", f"Daman card {v} was rejected at the cashier."),
        ("hp_social_ins", f"Social medical insurance card no. {v}, issued in {c(['Urumqi', 'Harbin', 'Shanghai'])}."),
        ("hp_osms", f"OSMS participant number {v} was printed on the Kazakh referral."),
    ]
    hardl = [
        ("hp_cn_label", f"医保卡号 {v}"),
        ("hp_label_after", f"{v} (insurance)"),
        ("hp_fullwidth", f"Policy {fw(v)}"),
        ("hp_caps", f"CIGNA GLOBAL MEMBER {v}"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["health_plan_number"], s_


def T_account():
    v = account()
    hard = R.random() < 0.22
    normal = [
        ("acct_iban", f"IBAN: {v}"),
        ("acct_card", f"You can transfer help to my card {v}."),
        ("acct_bank", f"Bank account {v}, beneficiary: the patient's mother."),
        ("acct_paren", f"The refund (to account {v}) took three weeks."),
        ("acct_message", f"Please return the deposit to {v}, it is my husband's account."),
        ("acct_after", f"{v} — account for donations."),
        ("acct_invoice", f"Invoice paid from card {v} on the second attempt."),
        ("acct_list", f"Details for the wire: account {v}, SWIFT {c(['HSBKKZKX', 'CASPKZKA', 'SABRRUMM', 'BKCHCNBJ'])}."),
    ]
    hardl = [
        ("acct_fullwidth", f"银行卡号 {fw(v)}"),
        ("acct_label_after", f"{v} (UnionPay card of the patient's brother)"),
        ("acct_no_label", f"send to {v} pls, any amount helps"),
        ("acct_caps", f"ACCOUNT NO {v}"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["account_number"], s_


def T_licence():
    v = licence()
    hard = R.random() < 0.22
    normal = [
        ("lic_driver", f"His driver's licence number is {v}."),
        ("lic_doctor", f"The referring physician's licence no. {v} is on the stamp."),
        ("lic_paren", f"The ambulance driver (licence {v}) waited outside."),
        ("lic_nurse", f"Nursing certificate {v} was checked before she started the night shift."),
        ("lic_after", f"{v} – driving licence of the father, copied for the car rental."),
        ("lic_message", f"I can drive in China? My licence is {v}, from {c(COUNTRIES).replace('the ', '')}."),
        ("lic_pharm", f"Pharmacist licence {v} appears on the prescription."),
        ("lic_practice", f"Practising certificate no. {v} of the translator-doctor was requested by the reviewer."),
    ]
    hardl = [
        ("lic_cn_label", f"驾驶证号 {v}"),
        ("lic_label_after", f"{v} (driver's licence)"),
        ("lic_caps", f"DL {v}"),
        ("lic_fullwidth", f"执业证书编号 {fw(v)}"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["licence_number"], s_


def T_vehicle():
    v = vin() if R.random() < 0.25 else plate()
    hard = R.random() < 0.22
    normal = [
        ("veh_plate", f"The family's car, plate {v}, was parked outside the emergency entrance."),
        ("veh_caption", f"The ambulance {v} that carried her across the border."),
        ("veh_message", f"My brother will pick us up, car number {v}, a white Toyota."),
        ("veh_paren", f"The accident (car {v}) happened on the road to {c(CITIES)}."),
        ("veh_after", f"{v} — this is our car, can we park it in the hospital?"),
        ("veh_vin", f"VIN {vin()} was on the insurance claim for the crash."),
        ("veh_police", f"The police report named vehicle {v}."),
        ("veh_list", f"Cars allowed into the hospital yard: {plate()}, {plate()}."),
    ]
    hardl = [
        ("veh_cn", f"车牌 {c(['京', '沪', '新', '粤', '蒙', '黑'])}{up(1)}·{alnum(5)}"),
        ("veh_no_label", f"{v} is waiting at gate 3"),
        ("veh_caps", f"REG {plate()} – DRIVER WAITING"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["vehicle_identifier"], s_


def T_device():
    hard = R.random() < 0.22
    sn = c([f"PJN{d(6)}H", f"OT{d(7)}", f"{alnum(10)}", f"{up(3)}{d(6)}", f"{d(2)}-{d(6)}-{d(2)}",
            f"MX{d(8)}", f"{alnum(6)}"])
    normal = [
        ("dev_pacemaker", f"Pacemaker serial number {sn}, implanted in {c(CITIES)}."),
        ("dev_imei", f"IMEI {imei()} – the phone she used for the video visits."),
        ("dev_mac", f"The home monitor's MAC address is {mac()}."),
        ("dev_pump", f"Insulin pump SN {sn} stopped working on the flight."),
        ("dev_cgm", f"CGM transmitter ID {alnum(6)} was re-paired with her phone."),
        ("dev_cochlear", f"Cochlear implant serial {sn} was recorded before the MRI."),
        ("dev_paren", f"The ICD (serial {sn}) was interrogated on arrival."),
        ("dev_after", f"{sn} — serial of the hearing aid she left in the ward."),
        ("dev_message", f"My father's pacemaker is model Azure, serial {sn}, is the MRI safe?"),
        ("dev_vns", f"VNS generator serial number {sn} was noted in the transfer letter."),
    ]
    hardl = [
        ("dev_cn", f"起搏器序列号 {sn}"),
        ("dev_imei_label_after", f"{imei()} (IMEI of the lost phone)"),
        ("dev_mac_dash", f"Device MAC {mac().replace(':', '-')} connects to the ward Wi-Fi."),
        ("dev_caps", f"S/N {sn} – RETURN TO PATIENT"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["device_identifier"], s_


def T_other():
    hard = R.random() < 0.22
    normal = [
        ("other_ticket", f"E-ticket number {c(['555', '784', '465'])}-{d(10)} was changed twice."),
        ("other_booking", f"Booking reference {alnum(6)} for the flight from {c(CITIES)}."),
        ("other_claim", f"Claim no. CLM-{d(8)} is still open with the insurer."),
        ("other_court", f"Court case No. {d(1)}-{d(4)}/{R.randint(2019, 2024)} about the accident is still running."),
        ("other_student", f"His student number at the university is {d(8)}."),
        ("other_employee", f"Employee number {up(1)}{d(6)} was on the sick-leave letter."),
        ("other_visa", f"Visa application ID {up(2)}{d(10)} was approved in five days."),
        ("other_invitation", f"Invitation letter No. {R.randint(2020, 2024)}-INT-{d(4)} was issued by the international office."),
        ("other_crowdfund", f"Donation receipt {d(12)} confirms the transfer from the charity."),
        ("other_pension", f"Pension certificate number {d(9)} was needed for the discount."),
        ("other_case_social", f"Social services case {up(2)}-{d(6)} follows the family at home."),
        ("other_donor", f"Bone marrow donor registry ID {d(4)}-{d(4)}-{d(1)} matched her brother."),
    ]
    hardl = [
        ("other_label_after", f"{alnum(6)} (booking code for the return flight)"),
        ("other_cn_label", f"案件编号 {R.randint(2019, 2024)}京0105民初{d(5)}号"),
        ("other_no_label", f"ticket {d(13)} pls check"),
        ("other_fullwidth", f"学号 {fw(d(10))}"),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["other_number"], s_


# --------------------------------------------------------------------------
# sentences with several identifiers (as contact blocks, captions, timelines)
# --------------------------------------------------------------------------


def T_multi():
    f, g = full(), given()
    opts = [
        ("multi_contact", f"{f}, tel. {phone()}, e-mail {email()}.", [PN, "phone_number", "email"]),
        ("multi_caption", f"{g} on the day of her discharge, {date_str()}.", [PN, "exact_date"]),
        ("multi_timeline", f"{date_str()}: admitted under MRN {mrn()}.", ["exact_date", "medical_record_number"]),
        ("multi_form", f"Name: {f}; DOB: {date_str(R.randint(1950, 2015), R.randint(1, 12), R.randint(1, 28))}; passport {passport()[1]}.", [PN, "date_of_birth", "passport_number"]),
        ("multi_address", f"{R.randint(1, 200)} Dostyk Avenue, flat {R.randint(1, 90)}, Almaty 0500{d(2)}.", ["street_address", "postal_code"]),
        ("multi_message", f"I am {f}, a relative of the patient, my WeChat is {handle()} and phone {phone()}.", [PN, "social_account", "phone_number"]),
        ("multi_quote_date", f"\"On {date_str()} I thought I would die,\" {g} remembers.", [PN, "exact_date"]),
        ("multi_age_name", f"{f}, {R.randint(90, 99)}, is the oldest grandmother we have met.", [PN, "age_over_89"]),
        ("multi_insurance_card", f"Policy {insurance()}, holder {f}.", [PN, "health_plan_number"]),
        ("multi_bank_name", f"Transfer to {f}, IBAN {account()}.", [PN, "account_number"]),
        ("multi_doctor_phone", f"{doctor()} can be reached on {phone()} for urgent questions.", [PN, "phone_number"]),
        ("multi_id_name", f"Chinese spouse: {c(CHN)}, ID {resident_id(fmt='plain')}.", [PN, "resident_id"]),
        ("multi_ip_date", f"Message received {date_str()} from {ipv4()}.", ["exact_date", "ip_address"]),
        ("multi_car_name", f"{g}'s uncle drove car {plate()} through the night.", [PN, "vehicle_identifier"]),
        ("multi_iin_dob", f"IIN {d(12)}, born {date_str(R.randint(1950, 2015), R.randint(1, 12), R.randint(1, 28))}.", ["national_id", "date_of_birth"]),
        ("multi_url_name", f"{f} tells her story at {url()}.", [PN, "web_address"]),
        ("multi_device_date", f"Pacemaker PJN{d(6)}H replaced on {date_str()}.", ["device_identifier", "exact_date"]),
        ("multi_ticket_name", f"Ticket {c(['555', '784'])}-{d(10)} is in the name of {f}.", [PN, "other_number"]),
        ("multi_geo_address", f"House {R.randint(1, 90)}, Zhibek Zholy street, Kaskelen ({round(R.uniform(43, 44), 5)}, {round(R.uniform(76, 77), 5)}).", ["street_address", "geolocation"]),
        ("multi_licence_name", f"Driver {f}, licence {licence()}.", [PN, "licence_number"]),
    ]
    cat, s_, kinds = c(opts)
    return cat, kinds, s_


# --------------------------------------------------------------------------
# clean sentences
# --------------------------------------------------------------------------


def T_clean():
    name, dose, unit = pick_drug()
    a = ages_under90()
    y = R.randint(1995, 2024)
    m = c(MONTHS)
    city, city2, country = c(CITIES), c(CITIES), c(COUNTRIES)
    alias, rel = c(ALIAS), c(REL)
    Alias = alias[0].upper() + alias[1:]
    hard = R.random() < 0.2
    normal = [
        ("clean_dose", f"She was started on {name} {dose} {unit} {c(['daily', 'once a day', 'as the starting dose', 'per dose', 'at the first visit'])}."),
        ("clean_dose", f"The dose of {name} was reduced from {dose} {unit} to {dose / 2:g} {unit} after {R.randint(2, 12)} weeks."),
        ("clean_dose_cells", f"{Alias} received {c([0.5, 1, 2, 3, 5])} × 10^6 CAR-T cells per kilogram."),
        ("clean_lab", f"Platelets were {R.randint(5, 90)} × 10^9/L on admission and {R.randint(120, 400)} × 10^9/L at the {c(['one', 'three', 'six'])}-month visit."),
        ("clean_lab", f"Serum creatinine fell from {R.randint(150, 600)} to {R.randint(55, 120)} µmol/L."),
        ("clean_lab", f"24-hour urine protein was {round(R.uniform(0.1, 9.9), 2)} g, down from {round(R.uniform(3, 12), 1)} g."),
        ("clean_lab", f"Haemoglobin {R.randint(60, 150)} g/L, WBC {round(R.uniform(0.5, 15), 1)} × 10^9/L, CRP {round(R.uniform(0.5, 180), 1)} mg/L."),
        ("clean_range", f"Reference range: {c(['3.5–5.5 mmol/L', '135–145 mmol/L', '0.6–1.2 mg/dL', '150–450 × 10^9/L', '4.0–10.0 × 10^9/L', '115–150 g/L'])}."),
        ("clean_titre", f"ANA was positive at {c(['1:160', '1:320', '1:640', '1:1280'])} with a homogeneous pattern; anti-dsDNA {R.randint(20, 800)} IU/mL."),
        ("clean_complement", f"C3 was {round(R.uniform(0.2, 1.6), 2)} g/L and C4 {round(R.uniform(0.02, 0.4), 2)} g/L at the last check."),
        ("clean_bp", f"Blood pressure was {R.randint(95, 180)}/{R.randint(55, 110)} mmHg, pulse {R.randint(55, 130)} bpm, SpO2 {R.randint(88, 100)}%."),
        ("clean_temp", f"Her temperature peaked at {round(R.uniform(37.5, 40.5), 1)} °C on day +{R.randint(1, 10)} and settled within {R.randint(12, 72)} hours."),
        ("clean_score", f"The SLEDAI-2K score fell from {R.randint(12, 30)} to {R.randint(0, 6)}."),
        ("clean_score", f"EDSS {c(['3.0', '4.5', '6.0', '6.5', '7.0'])} at baseline; ECOG {R.randint(0, 3)}; Karnofsky {c([60, 70, 80, 90])}%."),
        ("clean_grade", f"Grade {R.randint(1, 3)} cytokine release syndrome and grade {R.randint(0, 2)} ICANS were managed with tocilizumab."),
        ("clean_time", f"The infusion started at {R.randint(7, 11):02d}:{c(['00', '15', '30', '45'])} and took {R.randint(10, 45)} minutes."),
        ("clean_time", f"Visiting hours are {R.randint(14, 15)}:00–{R.randint(17, 20)}:30 every day except during ward rounds."),
        ("clean_duration", f"{Alias} stayed on the ward for {R.randint(8, 60)} days and came back after {R.randint(2, 6)} months."),
        ("clean_count", f"She had already received {c(['seven', 'five', 'eleven', 'three', 'nine'])} courses of biological therapy before referral."),
        ("clean_gene", f"Next-generation sequencing found {c(['a TP53 mutation', 'no BRCA1 or BRCA2 variants', 'a JAK2 V617F mutation', 'an NPM1 mutation', 'a FLT3-ITD', 'a BCR-ABL1 fusion', 'KMT2A rearrangement'])}."),
        ("clean_hla", f"He was HLA-B27 {c(['positive', 'negative'])} and HLA-B*58:01 {c(['negative', 'positive'])}."),
        ("clean_variant", f"The variant c.{R.randint(100, 3000)}{c('ACGT')}>{c('ACGT')} (p.{c(['Arg', 'Val', 'Gly', 'Leu'])}{R.randint(30, 900)}{c(['His', 'Glu', 'Ter', 'Pro'])}) was classified as likely pathogenic."),
        ("clean_markers", f"Flow cytometry showed CD19+ B cells at {round(R.uniform(0, 25), 2)}% and CD4/CD8 ratio {round(R.uniform(0.3, 3), 2)}."),
        ("clean_trial", f"She was enrolled in trial NCT0{c('3456')}{d(6)}."),
        ("clean_trial", f"The study is registered as ChiCTR{R.randint(2000, 2400)}{d(6)}."),
        ("clean_trial", f"EudraCT {R.randint(2015, 2023)}-00{d(4)}-{d(2)} is the European registration of the same protocol."),
        ("clean_icd", f"Diagnosis coded as ICD-10 {c(['M32.14', 'M32.1', 'C83.3', 'C90.0', 'G36.0', 'D69.3', 'N04.2', 'G70.0', 'M34.0'])}."),
        ("clean_icd11", f"In ICD-11 the condition is {c(['4A40.0', '2A81', '8B44', '3B64.10', 'GB40'])}."),
        ("clean_atc", f"ATC code {c(['L04AA26', 'L01FA01', 'P01BA02', 'H02AB07', 'L04AD02', 'L04AA06'])} was used for the pharmacy order."),
        ("clean_guideline", f"Treatment followed the {c(['2019 EULAR/ACR classification criteria', 'KDIGO 2021 guideline', 'EULAR 2023 recommendations', 'NCCN Guidelines Version 2.2024', 'ASTCT 2019 consensus grading', 'Chinese expert consensus (2022 edition)'])}."),
        ("clean_month_year", f"In {m} {y} the family moved from {city} to {city2}."),
        ("clean_month_year", f"By {m} {y}, she no longer needed hormone medication."),
        ("clean_month_year", f"The symptoms began in {m} {y}, seven months after she gave birth."),
        ("clean_year", f"She was diagnosed in {y} and relapsed in {y + R.randint(1, 3) if y < 2022 else y}."),
        ("clean_decade", f"Her father worked in the oil fields of {c(['Atyrau', 'Aktau', 'Tyumen', 'Basra'])} in the {c(['1970s', '1980s', '1990s'])}."),
        ("clean_age", f"A {a}-year-old {c(['woman', 'man', 'girl', 'boy', 'teacher', 'farmer'])} from {country} was referred to {c(DEPTS)}."),
        ("clean_age", f"{Alias}, aged {a}, had been ill since childhood."),
        ("clean_age", f"At {a}, he had already spent half his life in hospitals."),
        ("clean_money", f"The treatment cost about {c(['1.2 million yuan', '¥380,000', 'US$165,000', '45 million tenge', '2.3 million roubles', '¥ 86 000'])}, most of it raised by relatives."),
        ("clean_money", f"Each visit cost around {R.randint(200, 3000)} yuan, including tests."),
        ("clean_ward", f"{Alias} was moved to {c(DEPTS)} on the {c(['third', 'fifth', 'eighth', 'twelfth'])} floor."),
        ("clean_ward", f"Ward {R.randint(1, 20)} of the haematology building has a playroom for children."),
        ("clean_place", f"The family travelled from {city} via Urumqi to Beijing, a journey of {R.randint(2, 5)} days."),
        ("clean_place", f"Patients from {country} now make up a fifth of the centre's international cases."),
        ("clean_dept", f"She was seen in {c(DEPTS)} at {c(HOSP)}."),
        ("clean_hospital", f"After {c(HOSP)} and two hospitals in {city}, she came to us."),
        ("clean_brand", f"{c(BRANDS)} was not available in {country}, so she switched to {c(BRANDS)}."),
        ("clean_eponym", f"Years before the lupus, she had been treated for {c(EPONYMS)}."),
        ("clean_eponym", f"The differential diagnosis included {c(EPONYMS)} and {c(EPONYMS)}."),
        ("clean_sign", f"Examination showed {c(SIGNS)} and no lymphadenopathy."),
        ("clean_alias", f"{Alias} said the red spots on her body were gone."),
        ("clean_alias", f"\"I feel like a new person,\" {alias} said at the third follow-up."),
        ("clean_relation", f"{rel.capitalize()} learned to give the injections at home."),
        ("clean_relation", f"It was {rel} who first found the hospital's page online."),
        ("clean_job", f"{c(JOBS).capitalize()} explained the plan in Russian through an interpreter."),
        ("clean_job", f"The decision was taken by {c(JOBS)} together with {c(JOBS)}."),
        ("clean_day_plus", f"On day +{R.randint(7, 90)} the bone marrow was MRD-negative."),
        ("clean_weight", f"Her weight fell from {R.randint(55, 90)} kg to {R.randint(40, 54)} kg and her BMI to {round(R.uniform(15, 20), 1)}."),
        ("clean_volume", f"About {R.randint(200, 1500)} mL of fluid was drained from the pleural space."),
        ("clean_percent", f"Her ejection fraction improved from {R.randint(25, 45)}% to {R.randint(50, 65)}%."),
        ("clean_schedule", f"Follow-up visits are planned at {c(['1, 3, 6 and 12 months', 'weeks 2, 4 and 8', 'three and six months', 'every six months'])}."),
        ("clean_imaging", f"PET-CT showed an SUVmax of {round(R.uniform(2, 25), 1)} in a {R.randint(8, 60)} mm node."),
        ("clean_story", f"In {country}, {rel} sold the family's livestock to pay for the flights."),
        ("clean_weekday", f"Her next appointment is on a {c(['Monday', 'Wednesday', 'Thursday'])} morning, as usual."),
        ("clean_season", f"They came back in the spring of {y}, when the snow in {city} had melted."),
        ("clean_vague_time", f"{c(['Two weeks', 'Three days', 'Six months', 'A year', 'Ten days'])} after the infusion, she went back to work."),
        ("clean_famous", f"As {c(['Hippocrates', 'Florence Nightingale', 'Louis Pasteur', 'Avicenna', 'Sun Simiao'])} is said to have taught, the patient comes first."),
        ("clean_book", f"{Alias} read {c(['When Breath Becomes Air', 'The Emperor of All Maladies', 'Being Mortal', 'Harrison’s Principles of Internal Medicine'])} during the long afternoons."),
        ("clean_lineno", f"See section {R.randint(2, 9)}.{R.randint(1, 9)} of the protocol, version {R.randint(1, 5)}.{R.randint(0, 3)}."),
        ("clean_product", f"The product was thawed at 37 °C and infused within {R.randint(15, 30)} minutes."),
        ("clean_room_generic", f"The apheresis took {R.randint(3, 5)} hours and collected {R.randint(1, 9)} × 10^9 lymphocytes."),
        ("clean_eGFR", c([f"eGFR was {R.randint(60, 89)} mL/min/1.73 m², CKD stage G2.", f"eGFR was {R.randint(45, 59)} mL/min/1.73 m², CKD stage G3a.", f"eGFR was {R.randint(30, 44)} mL/min/1.73 m², CKD stage G3b.", f"eGFR was {R.randint(15, 29)} mL/min/1.73 m², CKD stage G4."])),
        ("clean_ratio", f"INR {round(R.uniform(0.9, 3.5), 1)}, APTT {R.randint(25, 60)} s, fibrinogen {round(R.uniform(1, 5), 1)} g/L."),
        ("clean_visa_generic", f"A medical visa for patients from {country} usually takes {R.randint(5, 20)} working days."),
        ("clean_distance", f"The nearest clinic is {R.randint(40, 400)} km from their village in {country}."),
    ]
    hardl = [
        ("clean_word_start", f"Will she need another infusion, {rel} asked, and the answer was no."),
        ("clean_word_start", f"Hope is what kept {rel} going through the winter."),
        ("clean_word_start", f"Faith in the team grew after the first clean biopsy."),
        ("clean_word_start", f"May I ask whether the treatment is covered in {country}?"),
        ("clean_word_start", f"Grace periods for the payment were agreed with the finance office."),
        ("clean_word_start", f"Young patients like {alias} recover faster after lymphodepletion."),
        ("clean_word_start", f"Long-term follow-up is planned for {c(['five', 'fifteen', 'ten'])} years."),
        ("clean_word_start", f"Summer in {city} is hot, so the family waited until autumn."),
        ("clean_word_start", f"Mark the infusion day as day 0 in the diary."),
        ("clean_word_start", f"Rose-coloured spots appeared on her cheeks in {m} {y}."),
        ("clean_word_start", f"Sunny days helped her mood more than any tablet."),
        ("clean_word_start", f"Joy, relief and fatigue: that is how {alias} described discharge day."),
        ("clean_caps_heading", f"DIAGNOSIS: {c(CONDS).upper()}"),
        ("clean_caps_heading", f"NATIONALITY: {c(COUNTRIES).replace('the ', '').upper()} | GENDER: {c(['FEMALE', 'MALE'])} | AGE: {a}"),
        ("clean_chinese_word", f"The Chinese discharge note lists {c(['高血压 (hypertension)', '白细胞减少 (leukopenia)', '黄疸 (jaundice)', '石膏固定 (plaster cast)', '金属植入物 (metal implant)', '常规复查 (routine check)', '方案调整 (regimen change)'])} under other problems."),
        ("clean_chinese_word", f"{c(['于是', '任何', '常规', '方案', '钟点工'])} was one of the first Chinese words {alias} learned on the ward."),
        ("clean_chinese_alias", f"In the Chinese version she is called {c(['A女士', '患者A', '小A', 'B先生', '患者C'])}, like in the English one."),
        ("clean_age89", f"At 89, {rel} was the oldest relative who came to visit."),
        ("clean_age89", f"Her grandmother, aged {c([85, 86, 87, 88, 89])}, watched the video call every evening."),
        ("clean_big_number", f"More than {c(['12,000', '3 400', '1,250', '25 000'])} patients from abroad have been treated since {R.randint(2005, 2015)}."),
        ("clean_fullwidth_dose", f"The Chinese prescription read 泼尼松 {fw(str(c([5, 10, 20, 40])))}mg qd, which the translator kept."),
        ("clean_month_year_cn", f"The first symptoms appeared in {y}年{R.randint(1, 12)}月, according to the Chinese notes."),
        ("clean_trial_caps", f"PROTOCOL {c(['CARTSLE', 'BCMA-CAR', 'CD19-SLE', 'NMOSD-CAR'])}-{R.randint(2019, 2024)}-{R.randint(1, 9):02d}, PHASE {c(['I', 'II', 'I/II'])}"),
        ("clean_lot_like", f"CD19 {c(['4-1BB', 'CD28'])} CAR, dose level {R.randint(1, 3)}, cohort {c('ABC')}."),
        ("clean_score_slash", f"Glasgow Coma Scale 15/15, MMSE {R.randint(22, 30)}/30, NRS pain {R.randint(0, 8)}/10."),
        ("clean_dilution", f"Anti-AQP4 antibody positive (cell-based assay, titre 1:{c([10, 32, 100, 320])})."),
        ("clean_range_year", f"Between {y - R.randint(2, 8)} and {y} she was admitted {R.randint(4, 20)} times."),
        ("clean_eponym_start", f"{c(['Hodgkin', 'Burkitt', 'Castleman', 'Kawasaki', 'Sjögren', 'Raynaud', 'Cushing'])} was the first word on the old discharge letter from {city}."),
        ("clean_eponym_possessive", f"{c(['Crohn', 'Behçet', 'Still', 'Graves', 'Addison', 'Hashimoto'])}'s disease had been ruled out years earlier."),
        ("clean_ward_bed_generic", f"The children's ward has {R.randint(20, 60)} beds and {R.randint(2, 6)} isolation rooms."),
        ("clean_phone_like_numbers", f"Cell dose {R.randint(1, 9)}.{R.randint(0, 9)} × 10^6/kg; viability {R.randint(85, 99)}%; CD3+ {R.randint(90, 99)}.{R.randint(0, 9)}%."),
        ("clean_time_zone", f"Almaty is {c(['two', 'three'])} hours behind Beijing, so {rel} called at 7 a.m. local time."),
        ("clean_flight_generic", f"The direct flight from {city} to Beijing takes about {R.randint(3, 9)} hours."),
        ("clean_money_card", f"The deposit was {R.randint(10, 200)} thousand yuan, paid by card at the cashier."),
    ]
    cat, s_ = c(hardl if hard else normal)
    return cat, ["-"], s_


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

KIND_TEMPLATES = {
    "person_name": (T_name, 300),
    "street_address": (T_address, 55),
    "postal_code": (T_postal, 45),
    "geolocation": (T_geo, 45),
    "exact_date": (T_date, 70),
    "date_of_birth": (T_dob, 50),
    "age_over_89": (T_age90, 48),
    "phone_number": (T_phone, 60),
    "email": (T_email, 50),
    "web_address": (T_url, 45),
    "ip_address": (T_ip, 42),
    "social_account": (T_social, 50),
    "resident_id": (T_resident, 48),
    "national_id": (T_national, 52),
    "passport_number": (T_passport, 48),
    "medical_record_number": (T_mrn, 48),
    "health_plan_number": (T_health, 45),
    "account_number": (T_account, 45),
    "licence_number": (T_licence, 45),
    "vehicle_identifier": (T_vehicle, 45),
    "device_identifier": (T_device, 45),
    "other_number": (T_other, 50),
}
N_MULTI = 110
N_CLEAN = 1250


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def add(cat: str, kinds: list[str], sent: str) -> bool:
        sent = " ".join(sent.split())
        assert "\t" not in sent and "\n" not in sent
        if sent in seen:
            return False
        seen.add(sent)
        k = "-" if kinds == ["-"] else ",".join(dict.fromkeys(kinds))
        rows.append((cat, k, sent))
        return True

    for kind, (fn, n) in KIND_TEMPLATES.items():
        got = tries = 0
        while got < n and tries < n * 50:
            tries += 1
            cat, kinds, s_ = fn()
            if add(cat, kinds, s_):
                got += 1
    got = 0
    while got < N_MULTI:
        cat, kinds, s_ = T_multi()
        if add(cat, kinds, s_):
            got += 1
    got = tries = 0
    while got < N_CLEAN and tries < N_CLEAN * 50:
        tries += 1
        cat, kinds, s_ = T_clean()
        if add(cat, kinds, s_):
            got += 1

    R.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
