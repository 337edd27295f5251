"""Held-out de-identification corpus, part 12 (English).

Running this script writes ``deid_generated_en_heldout12.tsv`` next to it: one
English sentence per row, each labelled with the kinds of identifying detail a
careful reader would find in it (or ``-`` when the sentence is clean).

The sentences are modelled on what the hospital's international-patient pages
really carry: case stories told by editors, quotes from patients and their
families, clinicians' remarks, photo captions, timeline entries and the
messages patients leave through the contact form. Most patients in them come
from Kazakhstan, Russia, Central Asia, Mongolia, the Middle East, Southeast
Asia, Europe and Africa, so names, addresses, phone numbers and document
numbers follow many countries' conventions. About one sentence in five is
written in a harder but still realistic form: full-width digits, names that
are also ordinary words, lowercase or upper-case names, numbers spelt out or
broken up with spaces, dots and dashes, labels placed after the value.

The clean half is deliberately tricky: doses, lab values and reference ranges,
blood pressures, scores, gene names and variants, trial registry numbers,
ICD and ATC codes, month-and-year dates, ages under 90, sums of money, cities,
hospitals, brand names, eponymous diseases and letter aliases such as "Ms. A".

This corpus was written from general knowledge of how such texts are written,
without reading the project's scanner, its tests or the earlier corpus parts,
so that its results are a fair measure of the scanner on unseen text.

Only the standard library is used and the random seed is fixed, so the output
is the same on every run.
"""

from __future__ import annotations

import datetime as _dt
import os
import random
import re

SEED = 120_417_2025
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_en_heldout12.tsv")

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def pick(seq):
    return R.choice(seq)


def hard(p: float = 0.2) -> bool:
    return R.random() < p


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n: int) -> str:
    return str(R.randint(1, 9)) + digits(n - 1)


def fullwidth(s: str) -> str:
    return s.translate(FW)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spelt(s: str) -> str:
    out = ["plus"] if s.startswith("+") else []
    out += [WORDS[int(c)] for c in s if c.isdigit()]
    return " ".join(out)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

def fem(family: str) -> str:
    if family.endswith(("ov", "ev", "in", "yev")):
        return family + "a"
    if family.endswith("sky"):
        return family[:-1] + "aya"
    return family


KAZ_M = ["Yerlan", "Dauren", "Nurlan", "Bolat", "Askar", "Timur", "Arman", "Serik", "Olzhas",
         "Daniyar", "Yerzhan", "Zhanibek", "Marat", "Berik", "Aidos", "Temirlan", "Kairat", "Ruslan"]
KAZ_F = ["Aigerim", "Saule", "Gulnara", "Dana", "Madina", "Ainur", "Zhanar", "Aruzhan", "Dinara",
         "Assel", "Botagoz", "Aliya", "Kamila", "Togzhan", "Gaukhar", "Meruyert", "Akmaral"]
KAZ_FAM = ["Nurlanov", "Bekov", "Sadykov", "Abenov", "Zhaksybekov", "Tulegenov", "Iskakov",
           "Omarov", "Seitkali", "Kenzhebayev", "Mukhametzhanov", "Ospanov", "Amanzholov",
           "Baimukhanov", "Yessenov", "Kassymov", "Utepov"]
RUS_M = ["Dmitry", "Sergei", "Alexei", "Ivan", "Nikolai", "Pavel", "Andrei", "Mikhail", "Yuri",
         "Vadim", "Konstantin", "Gennady", "Oleg"]
RUS_F = ["Olga", "Natalia", "Irina", "Svetlana", "Tatiana", "Yekaterina", "Anastasia",
         "Lyudmila", "Vera", "Ksenia", "Galina", "Polina", "Yulia"]
RUS_FAM = ["Volkov", "Smirnov", "Kuznetsov", "Morozov", "Sokolov", "Lebedev", "Fedorov", "Orlov",
           "Belyaev", "Gusev", "Zaitsev", "Pavlov", "Kovalenko", "Tkachenko", "Vasilevsky"]
RUS_PATR_M = ["Ivanovich", "Petrovich", "Sergeyevich", "Nikolaevich", "Viktorovich", "Andreyevich"]
RUS_PATR_F = ["Ivanovna", "Petrovna", "Sergeyevna", "Nikolaevna", "Viktorovna", "Andreyevna"]
UZB_M = ["Rustam", "Bakhodir", "Jamshid", "Sherzod", "Otabek", "Farrukh", "Ulugbek", "Dilshod",
         "Aibek", "Nurbek", "Davron", "Bekzod"]
UZB_F = ["Dilnoza", "Nodira", "Gulnoza", "Shahzoda", "Malika", "Feruza", "Zarina", "Mohira",
         "Cholpon", "Aizada", "Nigora", "Sevara"]
UZB_FAM = ["Karimov", "Yusupov", "Rakhimov", "Tashpulatov", "Ergashev", "Nazarov", "Saidov",
           "Abdullaev", "Toktogulov", "Asanov", "Rahmonov", "Sharipov", "Mirzaev", "Kurbanov"]
MON = ["Batbayar", "Ganbold", "Oyunchimeg", "Enkhjargal", "Bolormaa", "Tsetseg", "Munkhbat",
       "Erdenechimeg", "Altantsetseg", "Temuulen", "Nomin", "Khulan", "Bat-Erdene", "Gantulga",
       "Sarangerel", "Davaasuren", "Uuganbayar"]
ARA_M = ["Omar", "Yousef", "Khalid", "Ahmed", "Hassan", "Tariq", "Faisal", "Karim", "Saeed",
         "Mahmoud", "Reza", "Mehmet", "Bilal", "Ziad"]
ARA_F = ["Fatima", "Layla", "Mariam", "Noor", "Huda", "Rania", "Aisha", "Salma", "Yasmin",
         "Amal", "Zeynep", "Elif", "Leila", "Dalia"]
ARA_FAM = ["Al-Harbi", "Haddad", "Al-Mansouri", "Nasser", "Al-Qahtani", "Khoury", "El-Sayed",
           "Barakat", "Al-Zahrani", "Mansour", "Hosseini", "Yilmaz", "Demir", "Al-Shamsi",
           "Abu-Rumman", "Farouk"]
KOR = [("Kim", "Min-jun"), ("Lee", "Seo-yeon"), ("Park", "Ji-hoon"), ("Choi", "Hye-jin"),
       ("Jung", "Eun-ji"), ("Kang", "Dong-hyun"), ("Yoon", "Soo-ah"), ("Han", "Jae-won"),
       ("Oh", "Ha-eun"), ("Shin", "Tae-yang")]
JAP = [("Sato", "Yuki"), ("Tanaka", "Haruto"), ("Watanabe", "Aiko"), ("Nakamura", "Kenji"),
       ("Kobayashi", "Sakura"), ("Yamamoto", "Ren"), ("Ito", "Emi"), ("Mori", "Takeshi")]
VIET = [("Nguyen", "Thi Lan"), ("Tran", "Van Minh"), ("Le", "Thi Hoa"), ("Pham", "Quoc Bao"),
        ("Vu", "Thi Mai"), ("Do", "Van Hung"), ("Hoang", "Thu Trang"), ("Bui", "Duc Anh")]
OTHER_FULL_F = ["Nattaya Wongsakul", "Pim Rattanakorn", "Nur Aisyah binti Rahman",
                "Putri Anggraini", "Priya Raghunathan", "Lakshmi Iyer", "Anjali Nair",
                "Sunita Reddy", "Ayesha Siddiqui", "Farhana Begum", "Chiamaka Okafor",
                "Amina Bello", "Wanjiru Kamau", "Fatoumata Diallo", "Thandiwe Nkosi",
                "Sofia Rossi", "Anna Kowalska", "Ingrid Johansson", "Eleni Papadopoulou",
                "Siobhan Murphy", "Zsofia Kovacs", "Valentina Garcia Lopez", "Camila Rojas",
                "Lucia Mendoza", "Maria Jose Quintero", "Hope Adams", "Joy Mwangi",
                "Grace Achieng", "Faith Okoro", "Rose Turner", "Dawn Fisher", "Amber Stone",
                "Ruby Walsh", "Jade Wong", "Pearl Ng", "Blessing Okonkwo", "Precious Dlamini",
                "Summer Li", "Ivy Tan", "Iris Van Dijk", "Gulshan Rahimova", "Mei Ling Goh"]
OTHER_FULL_M = ["Somchai Srisuk", "Kittipong Chaiyaporn", "Muhammad Hafiz bin Osman",
                "Budi Santoso", "Arjun Mehta", "Rahul Deshpande", "Vikram Singh",
                "Karthik Subramaniam", "Imran Qureshi", "Tanvir Hossain", "Kwame Mensah",
                "Tendai Moyo", "Oluwaseun Adeyemi", "Abebe Tesfaye", "Gift Banda",
                "Lukas Hofmann", "Pierre Dubois", "Mateusz Nowak", "Jan de Vries",
                "Tomas Horak", "Mihai Popescu", "Mateo Quispe", "Jose Luis Hernandez",
                "Diego Fernandez", "Will Harper", "Mark Bell", "Bill Carter", "Sunny Zhang",
                "Hunter Reed", "Moses Kiprop", "Luc Mbeki-Ndlovu", "Rafael Duarte"]
CN_PY = [("Wang", "Lihua"), ("Zhang", "Wei"), ("Li", "Na"), ("Liu", "Yang"), ("Chen", "Jing"),
         ("Zhao", "Lei"), ("Zhou", "Min"), ("Wu", "Haitao"), ("Xu", "Qian"), ("Sun", "Yue"),
         ("Ma", "Jun"), ("Gao", "Fei"), ("He", "Ping"), ("Lin", "Xiaoyu"), ("Guo", "Jianguo"),
         ("Hu", "Xiaomei"), ("Zheng", "Kai"), ("Luo", "Tingting"), ("Song", "Yan"),
         ("Tang", "Hao"), ("Feng", "Xue"), ("Deng", "Qiang"), ("Cao", "Lin"), ("Yuan", "Bo")]
CN_HZ = ["张建国", "李秀英", "王丽华", "刘洋", "陈静", "赵磊", "周敏", "吴海涛", "黄晓燕", "孙悦",
         "马俊", "高飞", "郑凯", "罗婷婷", "宋岩", "唐浩", "胡晓梅", "何平"]
CN_TRANS = ["阿依古丽", "努尔兰", "奥尔加", "德米特里", "巴特巴雅尔", "法蒂玛", "阿斯卡尔",
            "古丽娜拉", "伊琳娜", "迪尔诺扎", "奥云其美格", "卡伊拉特"]
NICKS = ["Sasha", "Dima", "Katya", "Lena", "Aika", "Zhenya", "Masha", "Nuri", "Seryozha",
         "Tolik", "Doudou", "Lele", "Xiaoyu", "Tuantuan", "Mimi", "Bobo", "Aku", "Zhanik",
         "Baha", "Gulya", "Dilya", "Nastya", "Kolya", "Yura", "Fifi", "Bubu"]
WORD_SURNAMES = ["Young", "Rich", "Green", "Baker", "Little", "Strong", "Fox", "Brown", "Wise",
                 "Day", "Sharp", "Bloom", "Hope", "Best", "Moody", "Cook", "Hall", "Rose"]
TITLES_F = ["Ms.", "Mrs.", "Miss", "Dr.", "Madam", "Auntie", "Professor", "Nurse"]
TITLES_M = ["Mr.", "Dr.", "Professor", "Uncle", "Grandpa", "Nurse"]
DOC_TITLES = ["Dr.", "Dr", "Professor", "Prof.", "Director", "Chief Physician", "Nurse",
              "Head Nurse", "Associate Professor"]


def _gendered():
    """Return (given, family, order, gender); order 'gf' or 'fg'."""
    c = R.randint(0, 11)
    g = pick("FM")
    if c == 0:
        return (pick(KAZ_F if g == "F" else KAZ_M),
                fem(pick(KAZ_FAM)) if g == "F" else pick(KAZ_FAM), "gf", g)
    if c == 1:
        return (pick(RUS_F if g == "F" else RUS_M),
                fem(pick(RUS_FAM)) if g == "F" else pick(RUS_FAM), "gf", g)
    if c == 2:
        return (pick(UZB_F if g == "F" else UZB_M),
                fem(pick(UZB_FAM)) if g == "F" else pick(UZB_FAM), "gf", g)
    if c == 3:
        a, b = R.sample(MON, 2)
        return (a, b, "fg", g)
    if c == 4:
        return (pick(ARA_F if g == "F" else ARA_M), pick(ARA_FAM), "gf", g)
    if c == 5:
        f, n = pick(KOR)
        return (n, f, "fg", g)
    if c == 6:
        f, n = pick(JAP)
        return (n, f, "gf", g)
    if c == 7:
        f, n = pick(VIET)
        return (n, f, "fg", "F" if "Thi" in n else "M")
    if c in (8, 9):
        full = pick(OTHER_FULL_F if g == "F" else OTHER_FULL_M)
        parts = full.split(" ")
        return (parts[0], " ".join(parts[1:]), "gf", g)
    if c == 10:
        f, n = pick(CN_PY)
        return (n, f, "fg", g)
    f, n = pick(KAZ_FAM), pick(KAZ_M)
    return (n, f, "gf", "M")


def full_name(gender=None):
    for _ in range(50):
        gv, fa, order, g = _gendered()
        if gender is None or g == gender:
            break
    if order == "fg":
        s = f"{fa} {gv}"
    else:
        s = f"{gv} {fa}"
    if hard(0.15):
        s = pick([s.upper(), s.lower(), f"{fa.upper()} {gv}", f"{fa}, {gv}"])
    return s


def given(gender=None):
    for _ in range(50):
        gv, fa, order, g = _gendered()
        if gender is None or g == gender:
            break
    if order == "fg" and fa in dict(CN_PY):
        return pick([gv, gv, f"Xiao {gv[:1].upper()}{gv[1:].split()[0].lower()}"])
    if hard(0.12):
        return gv.lower()
    return gv


def titled(gender=None):
    for _ in range(50):
        gv, fa, order, g = _gendered()
        if gender is None or g == gender:
            break
    t = pick(TITLES_F if g == "F" else TITLES_M)
    if hard(0.2):
        return f"{t} {pick(WORD_SURNAMES)}"
    if order == "gf" and hard(0.3):
        return f"{t} {gv[0]}. {fa}"
    return f"{t} {fa}"


def any_name():
    r = R.random()
    if r < 0.35:
        return full_name()
    if r < 0.55:
        return given()
    if r < 0.7:
        return titled()
    if r < 0.8:
        return pick(NICKS)
    if r < 0.9:
        return pick(CN_HZ + CN_TRANS)
    gv, fa, order, g = _gendered()
    return pick([f"{gv[0]}. {fa}", f"{fa} {gv[0]}.", f"{fa} {gv[0]}. {pick('ABDKMNST')}."])


def doctor():
    r = R.random()
    if r < 0.6:
        f, n = pick(CN_PY)
        return f"{pick(DOC_TITLES)} {f}" if hard(0.7) else f"{pick(DOC_TITLES)} {f} {n}"
    if r < 0.75:
        return f"{pick(['Dr.', 'Nurse', 'Prof.'])} {pick(WORD_SURNAMES)}"
    if r < 0.85:
        return pick(CN_HZ) + pick(["医生", "主任", "护士长", "教授"])
    return f"{pick(DOC_TITLES)} {pick(RUS_FAM + KAZ_FAM + ARA_FAM)}"


# ---------------------------------------------------------------------------
# Places (clean) and addresses
# ---------------------------------------------------------------------------

CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Atyrau",
          "Ust-Kamenogorsk", "Moscow", "Novosibirsk", "Kazan", "Yekaterinburg", "Irkutsk",
          "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh", "Dushanbe", "Ulaanbaatar",
          "Darkhan", "Erdenet", "Dubai", "Riyadh", "Amman", "Baghdad", "Tehran", "Istanbul",
          "Hanoi", "Ho Chi Minh City", "Bangkok", "Kuala Lumpur", "Jakarta", "Manila",
          "Lagos", "Nairobi", "Addis Ababa", "Harare", "Accra", "Warsaw", "Berlin", "Prague",
          "Budapest", "Bucharest", "Milan", "Lima", "Bogota", "Beijing", "Shanghai", "Urumqi",
          "Harbin", "Guangzhou", "Chengdu", "Tianjin", "Hohhot", "Kashgar", "Yining", "Khorgos"]
COUNTRIES = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Mongolia",
             "Turkmenistan", "the UAE", "Saudi Arabia", "Jordan", "Iraq", "Iran", "Turkey",
             "Vietnam", "Thailand", "Malaysia", "Indonesia", "the Philippines", "Nigeria",
             "Kenya", "Ethiopia", "Zimbabwe", "Ghana", "Poland", "Germany", "the Czech Republic",
             "Hungary", "Romania", "Italy", "Peru", "Colombia", "Pakistan", "Bangladesh", "India"]
PROVINCES = ["Xinjiang", "Inner Mongolia", "Heilongjiang", "Guangdong", "Sichuan", "Yunnan",
             "Almaty Region", "Turkestan Region", "the Fergana Valley", "Siberia", "the Urals",
             "Khovd Province", "Selenge Province", "Lagos State"]


def street_address():
    c = R.randint(0, 13)
    n = R.randint(1, 240)
    apt = R.randint(1, 180)
    if c == 0:
        s = f"{n} {pick(['Abay', 'Dostyk', 'Tole Bi', 'Furmanov', 'Satpayev', 'Zhibek Zholy'])} {pick(['Avenue', 'Street', 'St.', 'Ave'])}, apt. {apt}"
    elif c == 1:
        s = f"ul. {pick(['Lenina', 'Pushkina', 'Gagarina', 'Sovetskaya', 'Mira', 'Tverskaya'])}, d. {n}, kv. {apt}"
    elif c == 2:
        s = f"Room {R.randint(1, 32)}{R.randint(1, 9):02d}, Building {R.randint(1, 20)}, No. {n} {pick(['Zhongshan Road', 'Renmin Road', 'Jiefang Street', 'Xinhua Road', 'Youhao North Road', 'Changjiang Road'])}"
    elif c == 3:
        s = f"{pick(['Chilanzar', 'Yunusabad', 'Sergeli', 'Mirzo Ulugbek'])} district, block {R.randint(1, 25)}, house {n}, flat {apt}"
    elif c == 4:
        s = f"{n} {pick(['Maple', 'Oak', 'Mill', 'Church', 'Station', 'Elm'])} {pick(['Street', 'Road', 'Lane', 'Drive', 'Close'])}"
    elif c == 5:
        s = f"Flat {apt}, {pick(['Peace Tower', 'Green Court', 'Khan Residence', 'Altyn Plaza'])}, {n} {pick(['Seoul Street', 'Chinggis Avenue', 'Peace Avenue', 'Olympic Street'])}"
    elif c == 6:
        s = f"{pick(['朝阳区建国路', '天山区解放北路', '南岗区学府路', '海淀区中关村大街', '伊宁市斯大林街'])}{n}号{R.randint(1, 9)}单元{R.randint(1, 30)}0{R.randint(1, 4)}室"
    elif c == 7:
        s = f"No. {n}, Jalan {pick(['Ampang', 'Tun Razak', 'Bukit Bintang', 'Sultan Ismail'])}"
    elif c == 8:
        s = f"{R.randint(1, 80)}/{R.randint(1, 400)} Soi Sukhumvit {R.randint(1, 71)}"
    elif c == 9:
        s = f"Villa {n}, Street {R.randint(1, 60)}, {pick(['Al Barsha', 'Jumeirah 2', 'Al Nahda', 'Mirdif'])}"
    elif c == 10:
        s = f"{pick(['Musterstraße', 'Hauptstraße', 'Marszałkowska', 'Vinohradská', 'Via Roma'])} {n}"
    elif c == 11:
        s = f"{pick(['Khan-Uul', 'Bayanzurkh', 'Sukhbaatar', 'Chingeltei'])} district, {R.randint(1, 25)}th khoroo, building {n}, door {apt}"
    elif c == 12:
        s = f"{R.randint(1, 30)}-{R.randint(1, 9)} {pick(['Yeoksam-dong', 'Sinchon-dong', 'Itaewon-dong'])}, {pick(['Gangnam-gu', 'Mapo-gu', 'Yongsan-gu'])}"
    else:
        s = f"house {n}, {pick(['Samal-2', 'Aksai-4', 'Orbita-1', 'Zhetysu-3', 'Mamyr-7'])} microdistrict"
    if hard(0.12) and c != 6:
        s = fullwidth(s)
    return s


def postal_code():
    c = R.randint(0, 11)
    if c == 0:
        return f"0{R.randint(50, 60)}0{digits(2)}"  # Kazakhstan
    if c == 1:
        return f"{R.randint(101, 690)}{digits(3)}"  # Russia
    if c == 2:
        return f"{pick(['SW1A', 'EC2R', 'M14', 'B15', 'LS6', 'EH8'])} {R.randint(1, 9)}{pick(['AA', 'BX', 'NG', 'QT', 'HL'])}"
    if c == 3:
        z = f"{R.randint(10000, 99950)}"
        return z + (f"-{digits(4)}" if hard(0.4) else "")
    if c == 4:
        return f"{pick(['K1A', 'M5V', 'H3Z', 'V6B'])} {R.randint(0, 9)}{pick('ABCEGH')}{R.randint(0, 9)}"
    if c == 5:
        s = f"{R.randint(10, 83)}{R.randint(0, 9)}0{digits(2)}"  # China
        return fullwidth(s) if hard(0.25) else s
    if c == 6:
        return f"{R.randint(1000, 9999)} {pick(['AB', 'KL', 'RS', 'XZ'])}"
    if c == 7:
        return f"{R.randint(10, 99)}{digits(3)}"  # Germany / Mongolia 5 digits
    if c == 8:
        return f"〒{R.randint(100, 999)}-{digits(4)}"
    if c == 9:
        return f"{R.randint(100, 999)} {digits(3)}"  # India PIN with space
    if c == 10:
        return f"{R.randint(100, 200)}{digits(3)}"  # Uzbekistan
    return f"{R.randint(10, 99)}-{digits(3)}"  # Poland


def geo():
    lat = R.uniform(1, 55)
    lon = R.uniform(20, 125)
    c = R.randint(0, 7)
    if c == 0:
        return f"{lat:.4f}° N, {lon:.4f}° E"
    if c == 1:
        return f"({lat:.5f}, {lon:.5f})"
    if c == 2:
        return f"lat {lat:.3f}, long {lon:.3f}"
    if c == 3:
        d1, m1, s1 = int(lat), int(lat % 1 * 60), int((lat * 3600) % 60)
        d2, m2, s2 = int(lon), int(lon % 1 * 60), int((lon * 3600) % 60)
        return f"{d1}°{m1:02d}'{s1:02d}\"N {d2}°{m2:02d}'{s2:02d}\"E"
    if c == 4:
        return f"{lat:.6f},{lon:.6f}"
    if c == 5:
        return f"N{lat:.4f} E{lon:.4f}"
    if c == 6:
        return f"{lat:.4f}, {lon:.4f}"
    return fullwidth(f"{lat:.4f}, {lon:.4f}")


# ---------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
DAY_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def _ymd(y0=2015, y1=2024):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(y, m, d, allow_no_year=True):
    mn = MONTHS[m - 1]
    o = ORD.get(d, "th")
    wd = _dt.date(y, m, d).strftime("%A")
    styles = [
        f"{d} {mn} {y}", f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}", f"{d} {mn[:3]} {y}", f"{mn[:3]}. {d}, {y}", f"{d}-{mn[:3]}-{y % 100:02d}",
        f"{wd}, {d} {mn} {y}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"the {d}{o} of {mn} {y}",
        f"{m}/{d}/{y}", f"{d}{o} {mn} {y}", f"{y}.{m:02d}.{d:02d}", f"{d}{mn[:3].upper()}{y}",
    ]
    if allow_no_year:
        styles += [f"{mn} {d}{o}", f"{d} {mn}", f"{wd} {d} {mn}", f"{d}/{m}"]
    s = pick(styles)
    if hard(0.1):
        s = pick([fullwidth(f"{y}年{m}月{d}日"), f"the {DAY_WORDS[d - 1]} of {mn}, {y}",
                  fullwidth(f"{y}-{m:02d}-{d:02d}"), f"{d} {mn.lower()} {y}"])
    return s


HOLIDAYS = ["Christmas Day", "New Year's Eve", "New Year's Day", "Eid al-Fitr", "Nauryz",
            "Tsagaan Sar", "the Lantern Festival", "Chinese New Year's Eve", "Women's Day (8 March)",
            "Independence Day (16 December)"]


def exact_date():
    y, m, d = _ymd()
    if hard(0.06):
        return f"{pick(HOLIDAYS)} {y}"
    if hard(0.04):
        return f"the {pick(['eighth', 'fifteenth', 'first', 'ninth'])} day of the {pick(['first', 'eighth', 'ninth', 'twelfth'])} lunar month of {y}"
    return fmt_date(y, m, d)


def dob():
    y, m, d = _ymd(1932, 2021)
    return fmt_date(y, m, d, allow_no_year=False)


NUMW = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
        95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
        99: "ninety-nine", 100: "one hundred", 101: "a hundred and one", 102: "one hundred and two"}


def age90():
    """Predicative forms: 'aged 94', '94 years old'."""
    a = R.randint(90, 103)
    w = NUMW.get(a, str(a))
    return pick([f"aged {a}", f"{a} years old", f"{a} y/o", f"{w} years old", f"{a} yrs",
                 f"age {a}", f"{a}yo", f"{a} years of age", f"{fullwidth(str(a))} years old", f"aged {w}"])


def age90_adj():
    a = R.randint(90, 103)
    w = NUMW.get(a, str(a)).replace("a hundred and one", "101")
    return pick([f"{a}-year-old", f"{w}-year-old", f"{a}-yr-old", f"{a} year old", f"{fullwidth(str(a))}-year-old"])


def age90_num():
    a = R.randint(90, 103)
    return pick([str(a), NUMW.get(a, str(a)), str(a), fullwidth(str(a))])


# ---------------------------------------------------------------------------
# Contact details
# ---------------------------------------------------------------------------

def phone():
    c = R.randint(0, 13)
    if c == 0:
        s = f"+7 {pick(['701', '702', '705', '707', '747', '777', '775'])} {digits(3)} {digits(2)} {digits(2)}"
    elif c == 1:
        s = f"8 ({pick(['727', '7172', '7252'])}) {digits(3)}-{digits(2)}-{digits(2)}"
    elif c == 2:
        s = f"+7 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}"
    elif c == 3:
        s = f"1{pick('3578')}{digits(1)} {digits(4)} {digits(4)}"
    elif c == 4:
        s = f"+86 1{pick('3589')}{digits(1)}-{digits(4)}-{digits(4)}"
    elif c == 5:
        s = f"+998 {pick(['90', '91', '93', '97', '99'])} {digits(3)} {digits(2)} {digits(2)}"
    elif c == 6:
        s = f"+976 {pick('89')}{digits(3)} {digits(4)}"
    elif c == 7:
        s = f"+971 5{pick('0256')} {digits(3)} {digits(4)}"
    elif c == 8:
        s = f"+44 {pick(['20', '161', '113'])} {digits(4)} {digits(4)}"
    elif c == 9:
        s = f"({R.randint(201, 989)}) {R.randint(200, 989)}-{digits(4)}"
    elif c == 10:
        s = f"+996 {pick(['555', '700', '770'])} {digits(3)} {digits(3)}"
    elif c == 11:
        s = f"0{pick(['803', '706', '812'])} {digits(3)} {digits(4)}"
    elif c == 12:
        s = f"+84 9{digits(1)} {digits(3)} {digits(4)}"
    else:
        s = f"010-{nz_digits(4)}-{digits(4)}" if hard(0.5) else f"(0991) {nz_digits(7)}"
    if hard(0.12):
        s = fullwidth(s)
    elif hard(0.05):
        s = s.replace(" ", ".")
    return s


MAIL_USERS = ["aigerim.n", "dima.volkov87", "saule_mama", "bolat.k1979", "oyunaa.b", "fatima.harbi",
              "nguyenthilan92", "kwame.mensah", "rustam_yusupov", "gulnara.iskakova", "olga.petrovna61",
              "batbayar.g", "hope.adams", "zhang.wei.1988", "a.karimova", "timur2011dad",
              "lukas.hofmann", "priya.r", "amal_haddad", "d.sadykov", "ainur-kz", "xiaoyu_mom"]
MAIL_DOMAINS = ["mail.ru", "gmail.com", "yandex.kz", "inbox.kz", "mail.kz", "yahoo.com", "163.com",
                "qq.com", "outlook.com", "hotmail.com", "list.ru", "bk.ru", "icloud.com", "proton.me"]


def email():
    u, d = pick(MAIL_USERS), pick(MAIL_DOMAINS)
    if d == "qq.com" and hard(0.6):
        u = nz_digits(R.randint(8, 10))
    c = R.random()
    if c < 0.65:
        return f"{u}@{d}"
    dn, tld = d.rsplit(".", 1)
    return pick([f"{u} [at] {dn} [dot] {tld}", f"{u} (at) {d}", f"{u} at {dn} dot {tld}",
                 f"{u}＠{d}", f"{u.upper()}@{d.upper()}", f"mailto:{u}@{d}", f"{u} @ {d}"])


def url():
    slug = pick(["help-for-timur", "aigerim-fights-lupus", "save-little-dana", "dauren-car-t",
                 "our-road-to-beijing", "olga-v-remission", "batbayar-treatment-fund", "malika-story"])
    c = R.randint(0, 9)
    if c == 0:
        return f"https://www.gofundme.com/f/{slug}"
    if c == 1:
        return f"{slug}.blogspot.com"
    if c == 2:
        return f"bit.ly/{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH23456789') for _ in range(7))}"
    if c == 3:
        return f"https://youtu.be/{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789_-') for _ in range(11))}"
    if c == 4:
        return f"www.{slug.replace('-', '')}.kz"
    if c == 5:
        return f"https://t.cn/A6{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFG0123456789') for _ in range(6))}"
    if c == 6:
        return f"http://{slug}.narod.ru/diary.html"
    if c == 7:
        return f"https://drive.google.com/file/d/1{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFG0123456789') for _ in range(20))}/view"
    if c == 8:
        return f"https://milaserdie.ru/sbor/{R.randint(10000, 99999)}"
    return f"HTTPS://WWW.{slug.upper().replace('-', '')}.COM"


def ip():
    c = R.randint(0, 5)
    if c == 0:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if c == 1:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if c == 2:
        return f"{R.randint(31, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if c == 3:
        h = lambda: f"{R.randint(0, 65535):x}"
        return f"2001:db8:{h()}:{h()}::{h()}"
    if c == 4:
        h = lambda: f"{R.randint(0, 65535):x}"
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return fullwidth(f"{R.randint(31, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")


HANDLES = ["aigerim_kz88", "saule.mama", "olzhas.fit", "dima_volkov_87", "oyuna_ub", "fatima.h.92",
           "little_dana_fighter", "timur_papa", "bolat1979", "lan.nguyen.hn", "kwame_gh", "malika_tash",
           "zhanar.travel", "hope_after_lupus", "nastya_spb", "batbayar.g", "dilnoza_mama_uz",
           "xiaoyu_kangai", "gulya_astana", "amal.in.beijing", "b.sadykov", "ainur_kz", "wxid_8k2m9x0p"]


def social():
    h = pick(HANDLES)
    c = R.randint(0, 13)
    if c == 0:
        return f"WeChat ID {h}"
    if c == 1:
        return f"Telegram @{h}"
    if c == 2:
        return f"Instagram @{h}"
    if c == 3:
        return f"QQ {nz_digits(R.randint(8, 10))}"
    if c == 4:
        return f"Weibo @{pick(['小雨的抗癌日记', '阿依古丽在北京', '努尔兰爸爸', h])}"
    if c == 5:
        return f"Douyin ID {pick(['dy', ''])}{nz_digits(R.randint(8, 10))}"
    if c == 6:
        return f"Xiaohongshu (RED) ID {nz_digits(10)}"
    if c == 7:
        return f"LINE ID: {h}"
    if c == 8:
        return f"@{h} on X"
    if c == 9:
        return f"TikTok @{h}"
    if c == 10:
        return f"VK id{nz_digits(8)}"
    if c == 11:
        return f"KakaoTalk ID {h}"
    if c == 12:
        return f"微信号 {h}"
    return f"@{h}"


# ---------------------------------------------------------------------------
# Document and record numbers
# ---------------------------------------------------------------------------

RID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RID_CHECK = "10X98765432"
REGIONS = ["110105", "310104", "440303", "650102", "654002", "510107", "150102", "230103",
           "370202", "620102", "652901", "653101", "410105", "330106"]


def resident_id():
    reg = pick(REGIONS)
    y, m, d = _ymd(1938, 2019)
    if hard(0.12):
        body = f"{reg}{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
        return body
    body = f"{reg}{y}{m:02d}{d:02d}{digits(3)}"
    chk = RID_CHECK[sum(int(a) * b for a, b in zip(body, RID_WEIGHTS)) % 11]
    if hard(0.25):
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    r = R.random()
    if r < 0.12:
        s = f"{s[:6]} {s[6:14]} {s[14:]}"
    elif r < 0.2:
        s = fullwidth(s)
    elif r < 0.25 and s.endswith("X"):
        s = s[:-1] + "x"
    return s


def national_id():
    c = R.randint(0, 12)
    y, m, d = _ymd(1940, 2019)
    if c == 0:
        return f"IIN {y % 100:02d}{m:02d}{d:02d}{pick('3456')}{digits(5)}"
    if c == 1:
        return f"{y % 100:02d}{m:02d}{d:02d}{pick('3456')}{digits(5)} (IIN)"
    if c == 2:
        return f"SNILS {digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"
    if c == 3:
        return f"SSN {R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if c == 4:
        return f"National Insurance number {pick(['AB', 'JG', 'NR', 'PZ'])} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}"
    if c == 5:
        return f"PINFL {nz_digits(14)}"
    if c == 6:
        return f"civil registration number {pick(['УБ', 'ИЕ', 'ФА', 'ДЖ'])}{y % 100:02d}{m:02d}{d:02d}{digits(2)}"
    if c == 7:
        return f"resident registration number {y % 100:02d}{m:02d}{d:02d}-{pick('1234')}{digits(6)}"
    if c == 8:
        return f"Aadhaar {nz_digits(4)} {digits(4)} {digits(4)}"
    if c == 9:
        return f"Emirates ID 784-{y}-{digits(7)}-{digits(1)}"
    if c == 10:
        return f"CNIC {nz_digits(5)}-{digits(7)}-{digits(1)}"
    if c == 11:
        return f"NIN {nz_digits(11)}"
    return f"MyKad {y % 100:02d}{m:02d}{d:02d}-{digits(2)}-{digits(4)}"


def national_id_bare():
    y, m, d = _ymd(1940, 2019)
    return pick([f"{y % 100:02d}{m:02d}{d:02d}{pick('3456')}{digits(5)}",
                 f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}",
                 f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                 f"{nz_digits(14)}", f"784-{y}-{digits(7)}-{digits(1)}",
                 fullwidth(f"{y % 100:02d}{m:02d}{d:02d}{pick('3456')}{digits(5)}")])


def passport():
    c = R.randint(0, 9)
    if c == 0:
        return f"N{nz_digits(8)}"
    if c == 1:
        return f"{nz_digits(2)} {digits(7)}"
    if c == 2:
        return f"E{nz_digits(8)}"
    if c == 3:
        return f"EA{nz_digits(7)}"
    if c == 4:
        return f"FA{nz_digits(7)}"
    if c == 5:
        return f"{pick('EK')}{nz_digits(7)}"
    if c == 6:
        return f"{nz_digits(9)}"
    if c == 7:
        return f"{pick(['AC', 'AD', 'ID'])}{nz_digits(7)}"
    if c == 8:
        return f"P{pick(['KAZ', 'RUS', 'UZB', 'MNG'])}{nz_digits(8)}"
    return fullwidth(f"E{nz_digits(8)}")


def mrn():
    y = R.randint(2016, 2024)
    return pick([f"{nz_digits(8)}", f"H{y}-{digits(6)}", f"{y % 100}{R.randint(1, 12):02d}-{digits(4)}",
                 f"MZ{nz_digits(6)}", f"P00{nz_digits(5)}", f"ZY{y}{digits(5)}", f"A-{nz_digits(6)}",
                 f"{digits(3)} {digits(3)} {digits(3)}", fullwidth(f"{nz_digits(7)}"), f"IP/{y}/{digits(5)}"])


def health_plan():
    return pick([f"AXA-{nz_digits(5)}-{digits(2)}-{pick('KMR')}", f"{nz_digits(4)} {digits(4)} {digits(4)} {digits(4)}",
                 f"XGH{nz_digits(9)}", f"{nz_digits(4)} {digits(5)} {digits(1)}", f"W{nz_digits(9)}",
                 f"U{nz_digits(7)} 01", f"BUPA-{nz_digits(8)}", f"GIC/{R.randint(2018, 2024)}/{digits(6)}",
                 f"{nz_digits(12)}", fullwidth(f"{nz_digits(4)}{digits(8)}")])


def _luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def card():
    pre = pick(["622202", "621700", "440043", "400303", "535524", "427638", "220220", "621483"])
    ln = pick([16, 16, 19])
    body = pre + digits(ln - len(pre) - 1)
    s = body + _luhn(body)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if hard(0.6) else s


def _iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if hard(0.7) else s


def account():
    c = R.randint(0, 6)
    if c == 0:
        return _iban("KZ", pick(["125", "722", "998", "601"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13)))
    if c == 1:
        return _iban("GB", pick(["NWBK", "BARC", "HBUK"]) + digits(14))
    if c == 2:
        return _iban("DE", digits(18))
    if c == 3:
        return _iban("AE", digits(19))
    if c == 4:
        return f"408178{digits(14)}"
    if c == 5:
        return f"{digits(2)}-{digits(2)}-{digits(2)} {nz_digits(8)}"
    return card()


def licence():
    return pick([f"{nz_digits(2)} {digits(2)} {digits(6)}", f"{pick(['AN', 'KZ', 'BA'])} {nz_digits(6)}",
                 f"D{nz_digits(7)}", f"{pick(['MORGA', 'SMITH', 'NOVAK', 'KHANA'])}{digits(6)}{pick(['SM9IJ', 'AB1CD', 'KT2LX'])}",
                 f"{nz_digits(15)}", f"RN {nz_digits(7)}", f"{R.randint(2005, 2023)}{digits(8)}",
                 f"{digits(2)}{pick('ABCDEFGH')}{digits(4)}{pick('EOCA')}", f"{nz_digits(7)}",
                 f"DL-{R.randint(10, 99)}-{R.randint(2010, 2023)}-{digits(7)}", fullwidth(f"{nz_digits(12)}")])


CYR_PLATE = "АВЕКМНОРСТУХ"


def plate():
    c = R.randint(0, 11)
    if c == 0:
        return f"{R.randint(100, 999)} {''.join(R.choice('ABCDEFHKLMNPSTUVXYZ') for _ in range(3))} {pick(['01', '02', '05', '13', '17'])}"
    if c == 1:
        return f"{R.choice(CYR_PLATE)} {R.randint(100, 999)} {R.choice(CYR_PLATE)}{R.choice(CYR_PLATE)} {pick(['77', '199', '54', '66', '116'])}"
    if c == 2:
        return f"{R.choice('ABCEHKMOPTXY')}{R.randint(100, 999)}{R.choice('ABCEHKMOPTXY')}{R.choice('ABCEHKMOPTXY')}{pick(['77', '154', '38'])}"
    if c == 3:
        return f"{pick(['京', '新', '蒙', '黑', '沪'])}{pick('ABCDF')}·{''.join(R.choice('0123456789ABCDEFGHJK') for _ in range(5))}"
    if c == 4:
        return f"{pick(['01', '10', '30'])} {R.choice('ABCDEFGH')} {R.randint(100, 999)} {R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}"
    if c == 5:
        return f"{R.randint(1000, 9999)} {pick(['УБА', 'УНБ', 'ДАР', 'СЭЛ'])}"
    if c == 6:
        return f"{pick(['LK', 'BD', 'YX', 'MA'])}{R.randint(10, 73)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXY') for _ in range(3))}"
    if c == 7:
        return f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}"
    if c == 8:
        return f"{pick(['B', 'M', 'HH', 'K'])}-{pick(['MK', 'AL', 'ZT'])} {R.randint(10, 9999)}"
    if c == 9:
        return f"{pick(['01', '02'])} KG {R.randint(100, 999)} {''.join(R.choice('ABCDEFGHKM') for _ in range(3))}"
    if c == 10:
        return f"{pick(['沪', '京'])}{R.choice('ABC')} {R.choice('0123456789DF')}{R.choice('ABCDEFGHK')}{digits(3)}"
    return fullwidth(f"{R.randint(100, 999)} ") + f"{''.join(R.choice('ABCDEFHKLM') for _ in range(3))} 02"


def vin():
    allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["LSV", "JTD", "WVW", "XTA", "KMH", "Z94", "LVS", "XW8", "WDB", "LFV"])
    return wmi + "".join(R.choice(allowed) for _ in range(6)) + "".join(R.choice(allowed) for _ in range(2)) + digits(6)


def vehicle():
    return vin() if hard(0.3) else plate()


def device():
    c = R.randint(0, 10)
    if c == 0:
        return f"{pick(['PJN', 'RNX', 'BLR', 'PZE'])}{nz_digits(6)}{pick('HGSR')}"
    if c == 1:
        body = nz_digits(14)
        return body + _luhn(body)
    if c == 2:
        body = nz_digits(14)
        s = body + _luhn(body)
        return f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}"
    if c == 3:
        return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
    if c == 4:
        return "-".join(f"{R.randint(0, 255):02x}" for _ in range(6))
    if c == 5:
        return f"PAF{nz_digits(7)}H"
    if c == 6:
        return "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    if c == 7:
        return f"{nz_digits(4)}-{digits(2)}-{digits(3)}"
    if c == 8:
        return f"SN{nz_digits(10)}"
    if c == 9:
        return f"{nz_digits(11)}"
    return fullwidth(f"{nz_digits(9)}")


def other_travel():
    y = R.randint(2016, 2024)
    return pick([f"booking reference {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
                 f"e-ticket number 784-{nz_digits(10)}", f"PNR {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}",
                 f"visa application number {nz_digits(2)}{pick('ABCDEFGH')}{digits(8)}",
                 f"hotel confirmation no. {nz_digits(9)}", f"train ticket E{nz_digits(8)}"])


def other_legal():
    y = R.randint(2016, 2024)
    return pick([f"case No. {R.randint(2, 3)}-{R.randint(100, 9999)}/{y}", f"police report no. {y}-{digits(6)}",
                 f"({y})京0105民初{R.randint(1000, 99999)}号", f"claim no. CLM-{y}-{digits(7)}",
                 f"notarial register no. {R.randint(1, 9)}-{nz_digits(4)}", f"guardianship order {R.randint(10, 99)}/{y}"])


def other_admin():
    y = R.randint(2016, 2024)
    return pick([f"student ID {y}{digits(4)}", f"employee number E-{nz_digits(5)}", f"waybill SF{nz_digits(12)}",
                 f"invoice No. {nz_digits(8)}", f"donor ID {nz_digits(7)}", f"membership no. {nz_digits(9)}",
                 f"transplant waiting-list ID TX{digits(6)}", f"pension certificate {nz_digits(8)}"])


def other_number():
    y = R.randint(2016, 2024)
    return pick([
        f"booking reference {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
        f"e-ticket 784-{nz_digits(10)}", f"claim no. CLM-{y}-{digits(7)}",
        f"case No. {R.randint(2, 3)}-{R.randint(100, 9999)}/{y}", f"student ID {y}{digits(4)}",
        f"employee number E-{nz_digits(5)}", f"visa application number {nz_digits(2)}{pick('ABCDEFGH')}{digits(8)}",
        f"waybill SF{nz_digits(12)}", f"police report no. {y}-{digits(6)}",
        f"({y})京0105民初{R.randint(1000, 99999)}号", f"transplant waiting-list ID TX{digits(6)}",
        f"invoice No. {nz_digits(8)}", f"registration code {nz_digits(4)}-{digits(4)}",
        f"donor ID {nz_digits(7)}", f"membership no. {nz_digits(9)}",
    ])


# ---------------------------------------------------------------------------
# Clean fillers
# ---------------------------------------------------------------------------

def alias():
    return pick(["Ms. A", "Mr. B", "Patient C", "Ms. D", "Mr. K", "Patient 3", "the girl, L,",
                 "Mrs. T", "Little M", "Mr. X", "Ms. Y", "Case 2", "Patient A", "小A", "患者B",
                 "A女士", "the boy (Patient E)"])


def rel():
    return pick(["her mother", "his oldest son", "their daughter", "her husband", "his wife",
                 "the boy's grandmother", "her younger brother", "his father-in-law",
                 "the patient's aunt", "a cousin", "her twin sister", "his uncle", "a neighbour",
                 "her fiancé", "the children's nanny", "a family friend"])


def age_young():
    """Predicative forms of an age under 90."""
    a = R.randint(1, 89)
    return pick([f"aged {a}", f"{a} years old", f"{R.randint(85, 89)} years old", f"{a}",
                 f"{R.randint(2, 11)} months old", f"{a} y/o", "eighty-nine", f"{R.randint(60, 89)}"])


def age_young_adj():
    a = R.randint(1, 89)
    return pick([f"{a}-year-old", f"{R.randint(85, 89)}-year-old", f"{R.randint(2, 11)}-month-old",
                 "thirty-four-year-old", "eighty-nine-year-old", f"{a}-yr-old"])


def month_year():
    y = R.randint(2008, 2024)
    m = pick(MONTHS)
    return pick([f"{m} {y}", f"{m[:3]} {y}", f"early {y}", f"late {y}", f"the spring of {y}",
                 f"{m} of {y}", f"{y}", f"{m} {y}", f"{y}年{MONTHS.index(m) + 1}月", f"mid-{y}",
                 f"{MONTHS.index(m) + 1:02d}/{y}", f"the winter of {y}–{(y + 1) % 100:02d}"])


DRUGS = ["rituximab", "tacrolimus", "mycophenolate mofetil", "cyclophosphamide", "prednisone",
         "methylprednisolone", "hydroxychloroquine", "belimumab", "tocilizumab", "imatinib",
         "dasatinib", "venetoclax", "ibrutinib", "fludarabine", "tisagenlecleucel", "metformin",
         "insulin glargine", "enoxaparin", "ceftriaxone", "voriconazole", "ruxolitinib", "IVIG"]
BRANDS = ["Benlysta", "CellCept", "Prograf", "MabThera", "Kymriah", "Yescarta", "Gleevec",
          "Jakafi", "Plaquenil", "Actemra", "Imbruvica", "Venclexta", "Lantus", "Clexane"]
UNITS = ["mg", "mg/kg", "mg/m²", "µg", "mL", "IU", "g", "mg/day", "mg twice daily"]


def dose():
    d = pick(DRUGS)
    return pick([f"{d} {pick([5, 10, 20, 40, 60, 375, 500, 750, 1000, 0.5, 2.5])} {pick(UNITS)}",
                 f"{d} at {pick(['1', '2', '0.5', '1.5', '3'])} × 10⁶ cells/kg" if d == "tisagenlecleucel" else f"{d} {R.randint(1, 40) * 25} mg",
                 f"{R.randint(1, 30) * 10} mg of {d}", f"{d} {R.randint(1, 4)} g/day for {R.randint(3, 5)} days"])


LABS = [("creatinine", "µmol/L", 40, 400), ("haemoglobin", "g/L", 60, 160), ("platelets", "× 10⁹/L", 8, 450),
        ("WBC", "× 10⁹/L", 1, 25), ("CRP", "mg/L", 1, 220), ("ferritin", "ng/mL", 30, 4000),
        ("ALT", "U/L", 8, 600), ("24-hour urine protein", "g", 0, 9), ("eGFR", "mL/min/1.73 m²", 12, 120),
        ("IL-6", "pg/mL", 2, 3000), ("HbA1c", "%", 5, 12), ("D-dimer", "mg/L FEU", 0, 20),
        ("albumin", "g/L", 18, 48), ("CD19+ B cells", "cells/µL", 0, 300), ("LDH", "U/L", 120, 2400)]


def lab():
    n, u, lo, hi = pick(LABS)
    v = R.randint(lo, hi)
    if R.random() < 0.4:
        v = f"{R.uniform(lo, hi):.1f}"
    s = pick([f"{n} {v} {u}", f"{n} {v} {u}", f"{n}: {v} {u}"])
    if hard(0.4):
        s += f" (reference {lo}–{hi})"
    return s


GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2 V617F", "BCR-ABL1", "FLT3-ITD", "NPM1",
         "EGFR exon 19 deletion", "KRAS G12C", "HLA-DRB1*15:01", "CD19", "BCMA", "MYD88 L265P",
         "IKZF1", "CFTR F508del", "c.35delG in GJB2", "ALK", "PD-L1", "HLA-B*58:01", "ATP7B"]
TRIALS = ["NCT04561557", "NCT03891576", "NCT05085418", "ChiCTR2100048765", "ChiCTR-OIC-17011310",
          "EudraCT 2019-001234-56", "ISRCTN12345678", "CTR20221546", "NCT02445248", "ChiCTR2300071234"]
ICDS = ["M32.14", "C83.3", "C91.0", "D69.3", "E10.9", "N04.1", "G35", "M05.79", "C90.00", "I27.0",
        "ICD-10 M32.1", "ICD-11 4A40.0", "J18.9", "K50.9", "Q90.9"]
ATCS = ["L04AA06", "L01XC02", "H02AB04", "L04AD02", "L01EA01", "P01BA02"]
GUIDES = ["the EULAR 2019 recommendations", "the 2023 ACR/EULAR criteria", "NCCN Guidelines Version 2.2024",
          "the KDIGO 2021 guideline", "the ASTCT 2019 consensus grading", "the 2019 EULAR/ACR classification criteria",
          "the Chinese Guidelines for Diagnosis and Treatment of SLE (2020)", "ESC 2021 guidelines", "the WHO 2022 classification"]
HOSPITALS = ["Peking Union Medical College Hospital", "the First Affiliated Hospital of Xinjiang Medical University",
             "Ruijin Hospital", "West China Hospital", "the National Research Oncology Center in Astana",
             "Tashkent Medical Academy", "the Mongolian National University of Medical Sciences",
             "Charité", "Mayo Clinic", "Sheba Medical Center", "Cleveland Clinic Abu Dhabi",
             "Chinese PLA General Hospital", "Zhongshan Hospital, Fudan University", "Tsinghua University"]
DEPTS = ["the haematology department", "rheumatology", "the cell therapy centre", "the paediatric ward",
         "nephrology", "the international medical department", "the ICU", "the transplant unit",
         "the outpatient clinic", "interventional radiology", "the day-care ward", "the fever clinic"]
EPONYMS = ["Hodgkin lymphoma", "Sjögren's syndrome", "Raynaud's phenomenon", "Crohn's disease",
           "Cushing's syndrome", "Addison's disease", "Graves' disease", "Parkinson's disease",
           "Guillain-Barré syndrome", "Stevens-Johnson syndrome", "Wilson's disease", "Down syndrome",
           "Kawasaki disease", "Hashimoto's thyroiditis", "Burkitt lymphoma", "Waldenström macroglobulinaemia",
           "Still's disease", "Behçet's disease", "Castleman disease", "Wegener's granulomatosis",
           "a positive Babinski sign", "Kaposi sarcoma", "Bell's palsy", "Tourette syndrome"]
JOBS = ["chief physician", "attending physician", "head nurse", "resident", "patient coordinator",
        "medical interpreter", "clinical pharmacist", "ward sister", "dietitian", "social worker",
        "translator", "medical reviewer", "deputy director of the department"]
BOOKS = ["Harrison's Principles of Internal Medicine", "Dubois' Lupus Erythematosus",
         "Williams Hematology", "The Emperor of All Maladies", "Being Mortal",
         "Man's Search for Meaning", "The Little Prince", "Robbins Basic Pathology"]


def money():
    return pick([f"¥{R.randint(5, 120) * 10000:,}", f"USD {R.randint(5, 400) * 1000:,}",
                 f"{R.randint(1, 40)} million tenge", f"RMB {R.randint(3, 150)}0,000",
                 f"${R.randint(2, 95)},{R.randint(0, 9)}00", f"€{R.randint(1, 90)},000",
                 f"{R.randint(100, 900)},000 roubles", f"{R.randint(2, 90)} million tugrik"])


def bp():
    return f"{R.randint(95, 185)}/{R.randint(55, 110)} mmHg"


def clock():
    return pick([f"{R.randint(6, 22):02d}:{pick(['00', '15', '30', '45'])}", f"{R.randint(1, 11)} a.m.",
                 f"{R.randint(1, 11)} p.m.", f"{R.randint(1, 11)}:{pick(['00', '30'])} pm", "midnight", "noon"])


def duration():
    return pick([f"{R.randint(2, 30)} days", f"{R.randint(2, 12)} weeks", f"{R.randint(2, 11)} months",
                 f"{R.randint(2, 15)} years", f"{R.randint(2, 72)} hours", f"{R.randint(10, 90)} minutes",
                 "three weeks", "six months", "eighteen months", "a fortnight", "a decade"])


def score():
    return pick([f"SLEDAI-2K score of {R.randint(0, 30)}", f"ECOG {R.randint(0, 4)}",
                 f"Karnofsky {R.randint(4, 10) * 10}%", f"grade {R.randint(1, 4)} CRS",
                 f"ICANS grade {R.randint(0, 3)}", f"ANA titre 1:{pick([80, 160, 320, 640, 1280])}",
                 f"Apgar {R.randint(6, 10)}/{R.randint(7, 10)}", f"BMI {R.uniform(16, 34):.1f} kg/m²",
                 f"Glasgow Coma Scale {R.randint(8, 15)}", f"pain score {R.randint(0, 10)}/10",
                 f"CD4/CD8 ratio {R.uniform(0.3, 2.5):.2f}", f"MRD below 10⁻⁴"])


# ---------------------------------------------------------------------------
# Placeholder table: name -> (function, kind or None)
# ---------------------------------------------------------------------------

PH = {
    "N": (any_name, "person_name"), "FN": (lambda: full_name("F"), "person_name"),
    "MN": (lambda: full_name("M"), "person_name"), "FG": (lambda: given("F"), "person_name"),
    "MG": (lambda: given("M"), "person_name"), "FT": (lambda: titled("F"), "person_name"),
    "MT": (lambda: titled("M"), "person_name"), "NICK": (lambda: pick(NICKS), "person_name"),
    "HZ": (lambda: pick(CN_HZ + CN_TRANS), "person_name"), "DOC": (doctor, "person_name"),
    "ADDR": (street_address, "street_address"), "POST": (postal_code, "postal_code"),
    "GEO": (geo, "geolocation"), "DATE": (exact_date, "exact_date"), "DOB": (dob, "date_of_birth"),
    "AGE90": (age90, "age_over_89"), "AGE90A": (age90_adj, "age_over_89"), "AGE90N": (age90_num, "age_over_89"), "PHONE": (phone, "phone_number"), "EMAIL": (email, "email"),
    "URL": (url, "web_address"), "IP": (ip, "ip_address"), "SOC": (social, "social_account"),
    "HANDLE": (lambda: pick(HANDLES), "social_account"),
    "RID": (resident_id, "resident_id"), "NID": (national_id, "national_id"),
    "NIDB": (national_id_bare, "national_id"), "PASS": (passport, "passport_number"),
    "MRN": (mrn, "medical_record_number"), "HPN": (health_plan, "health_plan_number"),
    "ACCT": (account, "account_number"), "CARD": (card, "account_number"),
    "LIC": (licence, "licence_number"), "VEH": (vehicle, "vehicle_identifier"), "VIN": (vin, "vehicle_identifier"),
    "PLATE": (plate, "vehicle_identifier"), "DEV": (device, "device_identifier"),
    "OTH": (other_number, "other_number"),
    # clean fillers
    "CITY": (lambda: pick(CITIES), None), "COUNTRY": (lambda: pick(COUNTRIES), None),
    "PROV": (lambda: pick(PROVINCES), None), "ALIAS": (alias, None), "REL": (rel, None),
    "AGE": (age_young, None), "AGEN": (lambda: pick([str(R.randint(3, 89)), "eighty-nine", "seventeen", "forty"]), None), "AGEA": (age_young_adj, None), "MY": (month_year, None), "DOSE": (dose, None), "LAB": (lab, None),
    "GENE": (lambda: pick(GENES), None), "TRIAL": (lambda: pick(TRIALS), None),
    "ICD": (lambda: pick(ICDS), None), "ATC": (lambda: pick(ATCS), None), "GUIDE": (lambda: pick(GUIDES), None),
    "HOSP": (lambda: pick(HOSPITALS), None), "DEPT": (lambda: pick(DEPTS), None),
    "EPON": (lambda: pick(EPONYMS), None), "JOB": (lambda: pick(JOBS), None), "BOOK": (lambda: pick(BOOKS), None),
    "MONEY": (money, None), "BP": (bp, None), "TIME": (clock, None), "DUR": (duration, None),
    "SCORE": (score, None), "DRUG": (lambda: pick(DRUGS), None), "BRAND": (lambda: pick(BRANDS), None),
    "NUM": (lambda: str(R.randint(2, 60)), None), "YEAR": (lambda: str(R.randint(1995, 2024)), None),
    "DAYN": (lambda: str(R.randint(1, 90)), None),
}

KIND_ORDER = ["person_name", "street_address", "postal_code", "geolocation", "exact_date",
              "date_of_birth", "age_over_89", "phone_number", "email", "web_address", "ip_address",
              "social_account", "resident_id", "national_id", "passport_number",
              "medical_record_number", "health_plan_number", "account_number", "licence_number",
              "vehicle_identifier", "device_identifier", "other_number"]

TOKEN = re.compile(r"\{([A-Z0-9]+)\}")


def render(template: str):
    kinds = set()

    def sub(m):
        fn, kind = PH[m.group(1)]
        if kind:
            kinds.add(kind)
        return fn()

    s = TOKEN.sub(sub, template)
    first = TOKEN.match(template)
    if first and PH[first.group(1)][1] is None and s[:1].islower():
        s = s[0].upper() + s[1:]
    return s, kinds


# ---------------------------------------------------------------------------
# Sentence templates holding identifiers: (category, template)
# ---------------------------------------------------------------------------

NAME_T = [
    ("name_story_full", "{FN}, a {AGEA} teacher from {CITY}, first noticed the rash after a long winter."),
    ("name_story_full", "{MN} had been on dialysis for {DUR} before his cousin found our page."),
    ("name_story_full", "When {FN} arrived in {CITY}, she could barely climb the stairs to the ward."),
    ("name_sentence_start", "{FG} laughs easily now, but for {DUR} she could not hold a cup."),
    ("name_sentence_start", "{MG} drove the whole family to the border himself."),
    ("name_before_verb", "{FG} remembers the smell of the corridor more than the pain."),
    ("name_before_verb", "{MG} says the worst part was waiting for the results."),
    ("name_before_verb", "{N} wanted to go home before the New Year holidays."),
    ("name_possessive", "{FN}'s daughter translated every consultation into Kazakh for her."),
    ("name_possessive", "{MG}'s blood counts recovered within {DUR} of the infusion."),
    ("name_possessive", "It was {FT}'s third visit to {DEPT}."),
    ("name_title_family", "{FT} was referred to us by a rheumatologist in {CITY}."),
    ("name_title_family", "{MT} agreed to share his story so that other families would not lose hope."),
    ("name_title_family", "According to {MT}, the flight from {CITY} was the hardest part."),
    ("name_quote", "\"I did not believe it at first,\" {FG} told us. \"Then my fingers stopped hurting.\""),
    ("name_quote", "\"{MG}, you can eat now,\" the nurse said, and he smiled for the first time in days."),
    ("name_quote", "\"Thank you, {DOC}, for giving my son back to me,\" she wrote."),
    ("name_dialogue", "{REL} asked: \"Will {NICK} be able to go back to school in September?\""),
    ("name_dialogue", "\"Mama, look!\" shouted {NICK} as the cannula came out."),
    ("name_list", "The family ({FN}, her husband {MG} and their two boys) stayed in a rented flat near the hospital."),
    ("name_list", "Present at the meeting: {DOC}, {DOC}, the interpreter and {FT}."),
    ("name_list", "Thanks to {FG}, {MG} and {FG} from the volunteer group for the airport pickups."),
    ("name_caption", "Photo: {FN} with {DOC} on the day of discharge."),
    ("name_caption", "Pictured left to right: {MN}, {REL} and {DOC}."),
    ("name_caption", "{N} (centre) celebrating the one-year follow-up with the ward team."),
    ("name_doctor", "{DOC} explained that the cells had expanded well in the first week."),
    ("name_doctor", "The infusion was supervised by {DOC} of {DEPT}."),
    ("name_doctor", "\"Her kidneys are working again,\" said {DOC}."),
    ("name_nickname", "Everyone on the ward calls him {NICK}, even the cleaners."),
    ("name_nickname", "Little {NICK} drew a picture of the nurses before going home."),
    ("name_chinese_chars", "The patient's Chinese guardian, {HZ}, signed the consent form on her behalf."),
    ("name_chinese_chars", "Her interpreter {HZ} stayed with her through every bone marrow aspiration."),
    ("name_chinese_chars", "In the Chinese version of the story she appears as {HZ}."),
    ("name_message", "Hello, my name is {FN} and I am writing about my mother's lupus."),
    ("name_message", "Hi, this is {MG} again, the father of the boy with leukaemia."),
    ("name_message", "Please pass my thanks to {DOC} and to nurse {FG}."),
    ("name_no_context", "{N} and {N} shared a room for three weeks."),
    ("name_no_context", "{FG} {DUR} later: back at work, no steroids."),
    ("name_word_name", "Hope {WS} was admitted in {MY}, and Hope is what she gave the rest of the ward."),
    ("name_word_name", "Our interpreter, Grace, read the consent form aloud twice.{KPN}"),
    ("name_word_name", "Joy, her eldest, had flown in from {CITY} to donate stem cells.{KPN}"),
    ("name_word_name", "Will {WS} had never been to China before his diagnosis."),
    ("name_word_name", "Summer and her brother Sunny sat with their father every evening.{KPN}"),
    ("name_word_name", "Amal (her name means hope in Arabic) is now studying medicine.{KPN}"),
    ("name_word_name", "Faith, Blessing and Precious are sisters, and all three were tested as donors.{KPN}"),
    ("name_word_name", "Dr. {WS} and Nurse {WS} ran the night shift that week."),
    ("name_mixed_script", "Her surname, Нурланова in her passport, became Nurlanova on the hospital band.{KPN}"),
    ("name_mixed_script", "The card read 阿依古丽 (Aigerim) in large characters.{KPN}"),
    ("name_mixed_script", "His mother, Ольга Смирнова, kept a notebook of every blood result.{KPN}"),
    ("name_mixed_script", "Батбаяр, the oldest of five, was the first in his family to travel abroad.{KPN}"),
    ("name_caps", "PATIENT: {NUP}"),
    ("name_caps", "Thank you from {NUP} and family!!!"),
    ("name_caps", "Interpreter present — {FN}."),
    ("name_caps", "DONOR {NUP} — HLA 10/10 MATCH"),
    ("name_lower", "thank you so much from all of us, {NLOW} and the kids"),
    ("name_lower", "ok i will tell {NLOW} tonight, she will be so happy"),
    ("name_initials", "{INI} was transferred to the transplant unit after {DUR}."),
    ("name_initials", "Signed: {INI}, ward sister."),
    ("name_patronymic", "{RPF} travelled alone from {CITY} for her first course."),
    ("name_patronymic", "{RPM}, a retired engineer, still jokes about the hospital food."),
    ("name_relative", "Her husband, {MN}, sold their car to pay for the treatment."),
    ("name_relative", "The donor was her brother {MG}, a perfect HLA match."),
    ("name_relative", "My neighbour {FT} told me about your hospital."),
    ("name_colleague", "Colleagues from his factory, led by foreman {MN}, collected money for the flights."),
    ("name_timeline", "{MY}: {FN} starts lymphodepletion."),
    ("name_pinyin", "{PY} from {DEPT} met the family at the airport."),
    ("name_pinyin", "Nurse {PYF} taught her how to flush the PICC line."),
    ("name_pinyin", "Xiao {PYF} from the international office booked their hotel."),
]

WS_NAMES = WORD_SURNAMES


def initials_name():
    gv, fa, order, g = _gendered()
    return pick([f"{gv[0]}. {fa}", f"{fa} {gv[0]}.", f"{gv[0]}.{fa[0]}. {fa}" if False else f"{gv[0]}. {fa}",
                 f"{fa} {gv[0]}. {pick('ABDKMNST')}.", f"{gv[0]}.-{fa}"])


def rus_patr(g):
    if g == "F":
        return pick([f"{pick(RUS_F)} {pick(RUS_PATR_F)}", f"{pick(RUS_F)} {pick(RUS_PATR_F)} {fem(pick(RUS_FAM))}",
                     f"{fem(pick(RUS_FAM))} {pick(RUS_F)} {pick(RUS_PATR_F)}"])
    return pick([f"{pick(RUS_M)} {pick(RUS_PATR_M)}", f"{pick(RUS_M)} {pick(RUS_PATR_M)} {pick(RUS_FAM)}"])


PH.update({
    "WS": (lambda: pick(WS_NAMES), "person_name"),
    "NUP": (lambda: pick([full_name().upper(), given().upper(), f"{pick(KAZ_FAM + RUS_FAM + UZB_FAM).upper()} {pick(KAZ_F + RUS_M + UZB_F)}"]), "person_name"),
    "NLOW": (lambda: pick([given().lower(), pick(NICKS).lower(), full_name().lower()]), "person_name"),
    "INI": (initials_name, "person_name"),
    "RPF": (lambda: rus_patr("F"), "person_name"),
    "RPM": (lambda: rus_patr("M"), "person_name"),
    "PY": (lambda: (lambda p: pick([f"Dr. {p[0]} {p[1]}", f"{p[0]} {p[1]}", f"{p[0].upper()} {p[1]}", f"{p[1]} {p[0]}"]))(pick(CN_PY)), "person_name"),
    "PYF": (lambda: pick(CN_PY)[0], "person_name"),
})

ID_T = {
    "street_address": [
        ("address_message", "We live at {ADDR}, {CITY}, if you need to send the documents by post."),
        ("address_story", "Her parents still keep the flat at {ADDR} in {CITY}."),
        ("address_label", "Address: {ADDR}"),
        ("address_label_after", "{ADDR} (home address, please do not share)"),
        ("address_timeline", "{MY}: the family rents a room at {ADDR} near the hospital."),
        ("address_form", "Delivery address for the medicine — {ADDR}, {CITY}, {COUNTRY}."),
        ("address_quote", "\"Come to {ADDR} when you are in {CITY}, my wife cooks the best plov,\" he said."),
        ("address_caption", "The family home at {ADDR}, where the boy spent his recovery."),
        ("address_brackets", "The neighbour (who lives at {ADDR}) drove her to the airport."),
        ("address_registration", "Registered residence: {ADDR}."),
    ],
    "postal_code": [
        ("postal_full_address", "Please post the medical report to {ADDR}, {CITY} {POST}."),
        ("postal_label", "Postcode: {POST}"),
        ("postal_message", "my index is {POST}, the post office in {CITY} is slow"),
        ("postal_zip", "ZIP {POST}, {COUNTRY}."),
        ("postal_after_city", "{CITY}, {POST}, {COUNTRY}"),
        ("postal_brackets", "She comes from a small town ({POST}) two hours from {CITY}."),
        ("postal_form", "Postal code of residence: {POST}; country: {COUNTRY}."),
        ("postal_sentence", "The parcel with the test kits went to {POST} instead of our house."),
        ("postal_label_after", "{POST} is our postal code, not the phone number."),
    ],
    "geolocation": [
        ("geo_message", "We are staying here: {GEO}, please send the driver."),
        ("geo_caption", "Photo taken at the family's yurt, {GEO}."),
        ("geo_label", "Location: {GEO}"),
        ("geo_story", "The village sits at {GEO}, eight hours by road from {CITY}."),
        ("geo_pin", "He dropped a pin ({GEO}) so the ambulance could find the farm."),
        ("geo_metadata", "GPS: {GEO} — embedded in the original photo."),
        ("geo_timeline", "{MY}: evacuated by helicopter from {GEO}."),
        ("geo_coords_after", "{GEO} is where the herd winters."),
        ("geo_quote", "\"Just type {GEO} into the map and you will see our house,\" she joked."),
    ],
    "exact_date": [
        ("date_story", "On {DATE}, she received her CAR-T infusion."),
        ("date_story", "He was admitted on {DATE} with a fever of 39.4 °C."),
        ("date_timeline", "{DATE} — bone marrow aspiration, MRD negative."),
        ("date_timeline", "{DATE}: discharged home."),
        ("date_message", "my appointment is {DATE}, can I come one day earlier?"),
        ("date_quote", "\"I will never forget {DATE},\" her mother said, \"it was the day she woke up.\""),
        ("date_caption", "The first walk outside, {DATE}."),
        ("date_brackets", "The second biopsy ({DATE}) showed no active lupus."),
        ("date_label", "Date of admission: {DATE}"),
        ("date_range", "She stayed with us from {DATE} to {DATE}."),
        ("date_relative", "Three days after {DATE}, the swelling had gone."),
        ("date_follow_up", "Follow-up visit scheduled for {DATE} at {TIME}."),
    ],
    "date_of_birth": [
        ("dob_label", "Date of birth: {DOB}"),
        ("dob_story", "Born on {DOB} in {CITY}, he was the youngest of four."),
        ("dob_abbrev", "DOB {DOB}"),
        ("dob_brackets", "{FN} (born {DOB}) is the first adult patient from {COUNTRY} in the programme."),
        ("dob_message", "my son was born {DOB}, he was premature"),
        ("dob_form", "Birth date — {DOB}; sex — F; nationality — {COUNTRY}."),
        ("dob_b_dot", "Patient: male, b. {DOB}, referred from {CITY}."),
        ("dob_quote", "\"She was born on {DOB}, the coldest night of the year,\" her father recalled."),
        ("dob_label_after", "{DOB} (date of birth) must match the passport."),
        ("dob_birthday", "Her birthday is {DOB}, so she spent it in hospital."),
    ],
    "age_over_89": [
        ("age90_story", "The donor's grandmother, {AGE90}, insisted on coming to the airport."),
        ("age90_story", "At {AGE90N} he is the oldest person ever to receive this therapy here."),
        ("age90_label", "Age: {AGE90N}"),
        ("age90_start", "A {AGE90A} woman from {CITY} was admitted with pneumonia."),
        ("age90_quote", "\"I am {AGE90N} and I still walk to the market,\" she told the nurses."),
        ("age90_brackets", "Her grandfather ({AGE90}) watched the video call from {CITY}."),
        ("age90_message", "my father is {AGE90}, is he too old for the operation?"),
        ("age90_form", "Patient age — {AGE90N} years; sex — M; referred from {CITY}."),
        ("age90_caption", "The {AGE90A} matriarch of the family, photographed with her grandchildren."),
        ("age90_timeline", "{MY}: hip fracture at home ({AGE90})."),
        ("age90_words", "She turned {A90N} in the spring and celebrated on the ward."),
        ("age90_nonagenarian", "The patient, a nonagenarian retired surgeon, asked to read his own scans.{KAGE}"),
        ("age90_nineties", "Her mother, now in her late nineties, still phones every evening.{KAGE}"),
        ("age90_centenarian", "The village's only centenarian, his great-grandmother, blessed the trip.{KAGE}"),
    ],
    "phone_number": [
        ("phone_message", "Please call me on {PHONE}, I do not use e-mail."),
        ("phone_label", "Tel.: {PHONE}"),
        ("phone_label_after", "{PHONE} (mobile, WhatsApp too)"),
        ("phone_fax", "Fax: {PHONE}"),
        ("phone_fax_story", "The referral letter was faxed from {PHONE} on the clinic's old machine."),
        ("phone_quote", "\"If anything happens, ring {PHONE} day or night,\" her brother said."),
        ("phone_list", "Contacts: mother {PHONE}; father {PHONE}."),
        ("phone_brackets", "Her husband (tel. {PHONE}) will collect the results."),
        ("phone_spelt", "my number is {PHSP}"),
        ("phone_story", "The coordinator called {PHONE} three times before anyone answered."),
        ("phone_form", "Mobile phone — {PHONE}; best time to call: evenings."),
    ],
    "email": [
        ("email_message", "You can write to me at {EMAIL}."),
        ("email_label", "E-mail: {EMAIL}"),
        ("email_disguised", "my mail is {EMAIL} (sorry, my phone autocorrects)"),
        ("email_story", "She sent her scans from {EMAIL} at four in the morning."),
        ("email_brackets", "Her daughter ({EMAIL}) handles all the correspondence."),
        ("email_quote", "\"Send everything to {EMAIL}, I check it every day,\" he insisted."),
        ("email_list", "cc: {EMAIL}; {EMAIL}"),
        ("email_label_after", "{EMAIL} — the address we used for the visa letter."),
        ("email_form", "Contact e-mail for the report: {EMAIL}"),
    ],
    "web_address": [
        ("url_fundraiser", "Friends set up a fundraising page at {URL}."),
        ("url_blog", "She wrote about every day of treatment on her blog, {URL}."),
        ("url_label", "Link: {URL}"),
        ("url_message", "here is the video of my son walking {URL}"),
        ("url_brackets", "Her story went viral (see {URL}) in {COUNTRY}."),
        ("url_label_after", "{URL} — scans uploaded, password sent separately."),
        ("url_quote", "\"Everything is on {URL},\" her husband said."),
        ("url_caption", "Screenshot from {URL}, used with permission."),
        ("url_story", "Donations through {URL} covered the flights for both parents."),
    ],
    "ip_address": [
        ("ip_log", "The message was sent from IP {IP}."),
        ("ip_audit", "Login from {IP} at {TIME}, user confirmed it was her."),
        ("ip_label", "IP address: {IP}"),
        ("ip_label_after", "{IP} (the family's home router)"),
        ("ip_story", "The video consultation kept dropping, and the log showed {IP} connecting over and over."),
        ("ip_brackets", "Form submission (origin {IP}) flagged as a duplicate."),
        ("ip_message", "my brother says the link only works from {IP}, is that normal?"),
        ("ip_list", "Blocked addresses: {IP}, {IP}."),
        ("ip_bare", "Client {IP} requested the consent PDF twice."),
    ],
    "social_account": [
        ("social_message", "Add me on {SOC}, it is easier than e-mail."),
        ("social_story", "She documents her recovery for 40,000 followers at {SOC}."),
        ("social_label", "Contact: {SOC}"),
        ("social_label_after", "{HANDLE} — that is my WeChat."),
        ("social_quote", "\"Find me on {SOC},\" she said, \"I post every Friday.\""),
        ("social_brackets", "Her sister (Telegram: @{HANDLE}) organised the donor drive."),
        ("social_list", "Channels: {SOC}; {SOC}."),
        ("social_caption", "Reposted from {SOC} with the family's consent."),
        ("social_message_lower", "pls message me in whatsapp or telegram, my nick is {HANDLE}"),
        ("social_story", "Hundreds of strangers wrote to {SOC} after the first post."),
    ],
    "resident_id": [
        ("rid_label", "ID card No.: {RID}"),
        ("rid_story", "Her Chinese guardian's identity card, {RID}, was copied onto the consent form."),
        ("rid_bare", "{RID}"),
        ("rid_label_after", "{RID} (resident identity card of the donor)"),
        ("rid_message", "my husband is Chinese citizen, his ID is {RID}"),
        ("rid_chinese_label", "身份证号：{RID}"),
        ("rid_brackets", "The co-signer (ID {RID}) is the patient's stepfather."),
        ("rid_form", "Guarantor — resident ID {RID}, relationship: uncle."),
        ("rid_list", "Donor IDs checked: {RID}, {RID}."),
    ],
    "national_id": [
        ("nid_label", "{NID}"),
        ("nid_story", "The insurer asked for her {NID} before approving the claim."),
        ("nid_message", "i send again my {NID}, the first scan was blurry"),
        ("nid_brackets", "Patient (national ID {NIDB}) was referred by the Ministry of Health."),
        ("nid_label_after", "{NIDB} — that is my ID number in {COUNTRY}."),
        ("nid_form", "National identification number: {NIDB}"),
        ("nid_quote", "\"Write down {NID},\" the consul told the coordinator."),
        ("nid_list", "Family members: {NID}; {NID}."),
        ("nid_story", "Her {NID} appears on every page of the referral."),
    ],
    "passport_number": [
        ("passport_label", "Passport No. {PASS}"),
        ("passport_story", "His passport, {PASS}, expired two weeks before the follow-up visit."),
        ("passport_message", "passport number {PASS}, valid until next year"),
        ("passport_brackets", "The visa invitation (passport {PASS}) was sent to the embassy in {CITY}."),
        ("passport_label_after", "{PASS} is her passport number, the old one was lost."),
        ("passport_form", "Travel document: {PASS}, issued in {CITY}."),
        ("passport_quote", "\"Passport {PASS},\" she read out slowly at the counter."),
        ("passport_list", "Passports for the invitation letter: {PASS}, {PASS}, {PASS}."),
        ("passport_mrz", "P<{MRZC}<<{MRZN}<<<<<<<<<<<<<<<< {PASS}"),
    ],
    "medical_record_number": [
        ("mrn_label", "MRN: {MRN}"),
        ("mrn_story", "Her inpatient number, {MRN}, was written on every tube."),
        ("mrn_message", "please find my records, hospital number {MRN}"),
        ("mrn_brackets", "Discharge summary (case file {MRN}) attached."),
        ("mrn_label_after", "{MRN} — medical record number from the first admission."),
        ("mrn_chinese_label", "住院号 {MRN}"),
        ("mrn_timeline", "{MY}: readmitted under chart no. {MRN}."),
        ("mrn_quote", "\"Your patient ID is {MRN}, keep this card,\" the nurse said."),
        ("mrn_form", "Outpatient number {MRN} / department: {DEPT}."),
    ],
    "health_plan_number": [
        ("hpn_label", "Insurance policy: {HPN}"),
        ("hpn_story", "The insurer in {CITY} covered the stay under policy {HPN}."),
        ("hpn_message", "my insurance number is {HPN}, company says they will pay directly"),
        ("hpn_brackets", "Pre-authorisation was granted (member ID {HPN}) within two days."),
        ("hpn_label_after", "{HPN} — health plan member number."),
        ("hpn_oms", "Compulsory medical insurance policy (OMS) {HPN}."),
        ("hpn_social", "Social insurance card no. {HPN} was used for the local tests."),
        ("hpn_quote", "\"Policy {HPN} should still be active,\" her son wrote."),
        ("hpn_form", "Insurer: international plan; subscriber number {HPN}."),
    ],
    "account_number": [
        ("acct_iban", "Donations can be sent to IBAN {ACCT}."),
        ("acct_card", "Kaspi card {CARD}, in the name of her mother."),
        ("acct_label", "Account: {ACCT}"),
        ("acct_message", "i paid the deposit from card {CARD}, please check"),
        ("acct_brackets", "The refund went back to the family's account ({ACCT})."),
        ("acct_label_after", "{ACCT} — bank details for the hospital deposit."),
        ("acct_story", "Strangers transferred money to {ACCT} for months."),
        ("acct_quote", "\"The number is {ACCT},\" he repeated over the phone."),
        ("acct_unionpay", "UnionPay {CARD} was declined at the cashier."),
    ],
    "licence_number": [
        ("lic_driver", "Driver's licence {LIC} was the only ID he had with him."),
        ("lic_doctor", "The referring doctor's medical licence number, {LIC}, is on the letter."),
        ("lic_label", "Licence No.: {LIC}"),
        ("lic_nurse", "Nursing registration {LIC}, issued {MY}."),
        ("lic_brackets", "The translator (certificate {LIC}) stamped each page."),
        ("lic_label_after", "{LIC} — practising certificate of the physician in charge."),
        ("lic_message", "my driving license number is {LIC} if the rental company asks"),
        ("lic_story", "Her pharmacist licence, {LIC}, was suspended while she was ill."),
        ("lic_form", "Professional certificate no. {LIC}; specialty: paediatrics."),
    ],
    "vehicle_identifier": [
        ("veh_plate", "Her brother drove the car with plates {PLATE} across the border at Khorgos."),
        ("veh_message", "the car is {PLATE}, white Toyota, I will wait at the gate"),
        ("veh_label", "Vehicle: {PLATE}"),
        ("veh_vin", "VIN {VIN} — the car they sold to pay for treatment."),
        ("veh_brackets", "The ambulance ({PLATE}) arrived at {TIME}."),
        ("veh_label_after", "{PLATE} (the family's minivan)"),
        ("veh_story", "A taxi, {VEH}, was booked for every trip to the day ward."),
        ("veh_quote", "\"Look for {PLATE}, a grey Lada,\" he texted."),
        ("veh_parking", "Parking permit issued for {VEH} until the end of the month."),
    ],
    "device_identifier": [
        ("dev_pacemaker", "Pacemaker serial number {DEV} was checked before the MRI."),
        ("dev_imei", "IMEI {DEV} — the tablet she used for video calls."),
        ("dev_label", "S/N: {DEV}"),
        ("dev_pump", "Insulin pump SN {DEV} was replaced under warranty."),
        ("dev_mac", "The home monitor (MAC {MAC}) stopped uploading readings."),
        ("dev_label_after", "{DEV} — serial of the implanted port."),
        ("dev_cgm", "CGM transmitter ID {DEV}, paired with her phone."),
        ("dev_cochlear", "Cochlear implant serial {DEV} is listed on the card she carries."),
        ("dev_message", "the oxygen machine number is {DEV}, it is beeping all night"),
        ("dev_brackets", "The wheelchair (serial {DEV}) was lent by the charity."),
    ],
    "other_number": [
        ("other_travel", "Their {OTRV} was cancelled when the flight was moved."),
        ("other_travel", "please change my {OTRV}, we come one week later"),
        ("other_travel", "{OTRV} — two adults, one child, {CITY} to {CITY}."),
        ("other_legal", "The court ruling ({OLEG}) granted her the right to travel with her son."),
        ("other_legal", "Her lawyer cited {OLEG} in the letter to the insurer."),
        ("other_admin", "His {OADM} was on the letter from his employer."),
        ("other_admin", "The certificate of absence mentions her {OADM}."),
        ("other_label", "Reference: {OTH}"),
        ("other_message", "here is my {OADM}, please check"),
        ("other_brackets", "A letter came from the university (re: {OADM}) excusing her absence."),
        ("other_quote", "\"Quote {OTRV} when you call,\" the airline told them."),
        ("other_label_after", "{OTH} — please keep this for your records."),
        ("other_timeline", "{MY}: {OLEG} closed."),
        ("other_story", "Her husband's employer kept his job open ({OADM})."),
    ],
}

COUNTRY_CODES = ["KAZ", "RUS", "UZB", "MNG", "KGZ"]
PH.update({
    "A90N": (lambda: pick(["ninety", "ninety-one", "ninety-five", "a hundred", "ninety-eight", "92", "97", "one hundred and one"]), "age_over_89"),
    # empty markers: label a fixed sentence whose identifier is written out in the template
    "KPN": (lambda: "", "person_name"),
    "KAGE": (lambda: "", "age_over_89"),
    "PHSP": (lambda: spelt(phone().translate(str.maketrans("０１２３４５６７８９", "0123456789"))), "phone_number"),
    "MRZC": (lambda: pick(COUNTRY_CODES), None),
    "MAC": (lambda: pick([":".join(f"{R.randint(0, 255):02X}" for _ in range(6)), "-".join(f"{R.randint(0, 255):02x}" for _ in range(6)),
                          ".".join(f"{R.randint(0, 65535):04x}" for _ in range(3))]), "device_identifier"),
    "OTRV": (other_travel, "other_number"), "OLEG": (other_legal, "other_number"), "OADM": (other_admin, "other_number"),
    "MRZN": (lambda: f"{pick(KAZ_FAM + RUS_FAM).upper()}<<{pick(KAZ_M + RUS_M).upper()}", "person_name"),
})

MIXED_T = [
    ("mixed_contact", "Contact person: {FN}, {PHONE}, {EMAIL}"),
    ("mixed_contact", "{MN} — {PHONE} — {ADDR}, {CITY} {POST}"),
    ("mixed_form", "Name: {FN}; DOB: {DOB}; passport: {PASS}"),
    ("mixed_form", "Patient {MN}, MRN {MRN}, admitted {DATE}."),
    ("mixed_message", "Hello, I am {FG}, my phone {PHONE}, my WeChat {HANDLE}"),
    ("mixed_message", "my daughter {FG} was born {DOB}, her passport is {PASS}"),
    ("mixed_timeline", "{DATE}: {FN} discharged, follow-up with {DOC}."),
    ("mixed_caption", "{MN} and {DOC} at the clinic, {DATE}."),
    ("mixed_story", "On {DATE}, {FT} and her husband landed in {CITY} with {MONEY} borrowed from relatives."),
    ("mixed_donation", "Help {NICK}: card {CARD} ({FN}), tel. {PHONE}"),
    ("mixed_insurance", "{MN}, policy {HPN}, ID {NIDB}"),
    ("mixed_chinese_guardian", "Guardian {HZ}, ID card {RID}, tel. {PHONE}"),
    ("mixed_driver", "Driver {MG}, licence {LIC}, car {PLATE}"),
    ("mixed_device", "{FN}'s pump ({DEV}) was reprogrammed on {DATE}."),
    ("mixed_elder", "{FN}, {AGE90}, lives alone at {ADDR}."),
    ("mixed_online", "Follow {FG} at {SOC} or read {URL}"),
    ("mixed_log", "{DATE} {TIME} login {IP} user {EMAIL}"),
    ("mixed_geo", "{MN}'s farm is at {GEO}, near {CITY}."),
    ("mixed_other", "{FN}: {OTH}, {DATE}"),
]

# ---------------------------------------------------------------------------
# Clean templates
# ---------------------------------------------------------------------------

CLEAN_T = [
    ("clean_alias", "{ALIAS}, a {AGEA} accountant from {CITY}, was diagnosed with lupus in {MY}."),
    ("clean_alias", "In {MY}, {ALIAS} developed fever and joint pain."),
    ("clean_alias", "\"I can hold my grandson again,\" {ALIAS} said at the {DUR} follow-up."),
    ("clean_alias", "{ALIAS} received {DOSE} before the cell infusion."),
    ("clean_alias", "Compared with {ALIAS}, the second patient needed {DUR} longer in {DEPT}."),
    ("clean_relation", "{REL} stayed by her bed for {DUR}."),
    ("clean_relation", "It was {REL} who first read about CAR-T therapy online."),
    ("clean_relation", "{REL} flew in from {CITY} to be tested as a donor."),
    ("clean_dose", "She was started on {DOSE}, tapered over {DUR}."),
    ("clean_dose", "Maintenance: {DOSE} and {DOSE}."),
    ("clean_dose", "{DOSE} was given on day {DAYN} after the infusion."),
    ("clean_dose", "The dose was reduced to {DOSE} after tests showed {LAB}."),
    ("clean_lab", "On admission, {LAB} and {LAB}."),
    ("clean_lab", "By week {NUM}, {LAB}."),
    ("clean_lab", "{LAB}; {LAB}; {LAB}."),
    ("clean_lab", "Her {LAB} at discharge, down from three times that figure."),
    ("clean_bp", "Blood pressure was {BP}, pulse {NUM} beats per minute."),
    ("clean_bp", "BP {BP} at {TIME}, {BP} an hour later."),
    ("clean_bp", "He left with a blood pressure of {BP} and a {SCORE}."),
    ("clean_score", "At admission: {SCORE}. At discharge: {SCORE}."),
    ("clean_score", "At baseline: {SCORE}, {SCORE}."),
    ("clean_time", "Infusion began at {TIME} and finished at {TIME} the same day."),
    ("clean_time", "Visiting hours run from {TIME} to {TIME} on weekdays."),
    ("clean_duration", "The whole treatment took {DUR}, including {DUR} of observation."),
    ("clean_duration", "For {DUR} he needed a wheelchair; now he walks {NUM} minutes a day."),
    ("clean_gene", "Sequencing found {GENE}, which changed the plan."),
    ("clean_gene", "She tested positive for {GENE} and negative for {GENE}."),
    ("clean_gene", "{GENE} status: not detected."),
    ("clean_gene", "The {GENE} result came back after {NUM} days."),
    ("clean_trial", "He was enrolled in trial {TRIAL} in {MY}."),
    ("clean_trial", "The protocol ({TRIAL}) allows patients aged 18 to 70."),
    ("clean_trial", "Registered at ClinicalTrials.gov as {TRIAL}."),
    ("clean_icd", "Discharge diagnosis: {EPON} ({ICD})."),
    ("clean_icd", "Coded as {ICD}; the drug is listed under ATC {ATC}."),
    ("clean_icd", "Code {ICD} was used for the insurance claim."),
    ("clean_guideline", "Treatment followed {GUIDE}."),
    ("clean_guideline", "Under {GUIDE}, she met the definition of refractory disease."),
    ("clean_monthyear", "Symptoms began in {MY} and worsened through {MY}."),
    ("clean_monthyear", "By {MY} she was back at university."),
    ("clean_monthyear", "{MY}: diagnosis confirmed at a provincial hospital."),
    ("clean_monthyear", "She had her last relapse in {MY}."),
    ("clean_year", "Since {YEAR}, the centre has treated patients from {NUM} countries."),
    ("clean_year", "In the {DECADE}, this disease was almost always fatal."),
    ("clean_age", "A {AGEA} man from {CITY} was referred with relapsed lymphoma."),
    ("clean_age", "The youngest patient was {AGE}; the oldest, {AGE}."),
    ("clean_age", "Her {AGEA} father still drives the tractor."),
    ("clean_age", "Age at onset: {AGEN}; age at CAR-T: {AGEN}."),
    ("clean_age", "At {AGEN} she had already been ill for {DUR}."),
    ("clean_age", "He is {OLDISH} and still works on his farm."),
    ("clean_money", "The family raised {MONEY} in {DUR}."),
    ("clean_money", "Treatment cost about {MONEY}, of which insurance paid {MONEY}."),
    ("clean_money", "A round-trip ticket from {CITY} costs around {MONEY}."),
    ("clean_place", "They travelled from {CITY}, {COUNTRY}, by train to {CITY}."),
    ("clean_place", "Patients from {COUNTRY} and {COUNTRY} now make up half of the ward."),
    ("clean_place", "She grew up in {PROV} and moved to {CITY} after marriage."),
    ("clean_place", "The drive from {CITY} to the border took {SMALL} hours."),
    ("clean_hospital", "She had been treated at {HOSP} before coming to us."),
    ("clean_hospital", "The biopsy was reviewed jointly with {HOSP}."),
    ("clean_hospital", "{HOSP} referred {NUM} patients to {DEPT} last year."),
    ("clean_dept", "She was transferred from {DEPT} to {DEPT} on day {DAYN}."),
    ("clean_dept", "The ward on the fourth floor of {DEPT} has a play corner for children."),
    ("clean_brand", "{BRAND} had been tried for {DUR} without effect."),
    ("clean_brand", "She switched from {BRAND} to {BRAND} because of cost."),
    ("clean_eponym", "She also has {EPON}, diagnosed in {MY}."),
    ("clean_eponym", "{EPON} was ruled out after {DUR} of tests."),
    ("clean_eponym", "Unlike {EPON}, lupus can affect almost any organ."),
    ("clean_job", "The {JOB} checked the infusion bag against the label."),
    ("clean_job", "Our {JOB} speaks Russian, Kazakh and Mandarin."),
    ("clean_job", "Ask the {JOB} if you need a certificate for your employer."),
    ("clean_book", "She read {BOOK} during the long evenings on the ward."),
    ("clean_book", "A chapter of {BOOK} describes this syndrome in detail."),
    ("clean_count", "{NUM} of {NUM2} patients reached complete remission."),
    ("clean_count", "The unit has {NUM} beds and {NUM} nurses per shift."),
    ("clean_measure", "She lost {NUM} kg and grew {NUM} cm taller in {DUR}."),
    ("clean_measure", "Temperature {TEMP} °C, oxygen saturation {SAT}% on room air."),
    ("clean_day", "Day +{DAYN}: counts recovering, no fever."),
    ("clean_day", "On day {DAYN} after infusion, CAR-T cells peaked at {NUM}% of lymphocytes."),
    ("clean_cycle", "She completed cycle {NUM} of chemotherapy, week {NUM} of {NUM2}."),
    ("clean_ratio", "The ratio of kappa to lambda light chains was {RATIO}."),
    ("clean_word_capital", "Hope returned slowly, one test result at a time."),
    ("clean_word_capital", "Grace periods for insurance claims vary between countries."),
    ("clean_word_capital", "Joy is the word her mother used again and again."),
    ("clean_word_capital", "Faith in the team grew after the first week."),
    ("clean_word_capital", "May was the month her counts finally recovered."),
    ("clean_word_capital", "Will she need another course? Probably not."),
    ("clean_word_capital", "Summer in Beijing is hot, so the family brought light clothes."),
    ("clean_word_capital", "Rose-coloured patches appeared on both cheeks."),
    ("clean_word_capital", "Mark the date of each injection in the diary."),
    ("clean_word_capital", "Young patients often recover faster after lymphodepletion."),
    ("clean_word_capital", "Green tea is fine, but grapefruit juice is not."),
    ("clean_word_capital", "Little by little, the swelling went down."),
    ("clean_word_capital", "Sunny days in the courtyard helped her mood."),
    ("clean_word_capital", "Bill the insurer directly, the coordinator advised."),
    ("clean_word_capital", "April {YEAR} brought the first negative MRD result."),
    ("clean_chinese_term", "The discharge note listed 高血压 (hypertension) and 白细胞减少 (leukopenia)."),
    ("clean_chinese_term", "Her skin showed 黄疸, jaundice, on the second morning."),
    ("clean_chinese_term", "The 方案 (regimen) was changed after {DUR}."),
    ("clean_chinese_term", "A 石膏 cast was put on his wrist after the fall."),
    ("clean_chinese_term", "The ward uses a 钟点 (hourly) nursing chart for new patients."),
    ("clean_chinese_term", "常规 blood tests (routine blood tests) are done every morning."),
    ("clean_chinese_term", "No 金属 (metal) objects may be taken into the MRI room."),
    ("clean_version", "The hospital app was updated to version {VER} last week."),
    ("clean_version", "Images were analysed with software release {VER}."),
    ("clean_code", "Lot-controlled reagent kits are stored at 2–8 °C for up to {DUR}."),
    ("clean_code", "The cells were cryopreserved at −196 °C and thawed at {TIME}."),
    ("clean_flow", "CD3+ T cells {NUM}%, CD19+ B cells {NUM}%, NK cells {NUM}%."),
    ("clean_message", "hello, my mother has lupus for {SMALL} years, is CAR-T possible for her?"),
    ("clean_message", "we are from {CITY}, how much does the treatment cost approximately?"),
    ("clean_message", "can we come in {MY}? my son finishes school then"),
    ("clean_message", "thank you doctors, my father is feeling much better after {DUR}"),
    ("clean_message", "Is it possible to get the consultation in Russian or Kazakh?"),
    ("clean_quote", "\"It took {DUR} before she smiled again,\" said the {JOB}."),
    ("clean_quote", "\"We check {LAB} every morning,\" the {JOB} explained."),
    ("clean_quote", "\"I want to dance at my daughter's wedding,\" the patient said."),
    ("clean_caption", "The day ward, photographed in {MY}."),
    ("clean_caption", "A patient's drawing of the nursing team, displayed in {DEPT}."),
    ("clean_caption", "Members of the cell therapy team after infusion number {NUM} this year."),
    ("clean_timeline", "{MY} — relapse; {MY} — CAR-T; {MY} — remission."),
    ("clean_timeline", "Year {SMALL}: the programme expands to children."),
    ("clean_stage", "Stage {STAGE} disease at diagnosis, {NUM} lines of prior therapy."),
    ("clean_phone_like", "Platelets rose from {NUM} to {BIGNUM} × 10⁹/L in {DUR}."),
    ("clean_phone_like", "She received {CELLS} CAR-T cells in total."),
    ("clean_phone_like", "The flight covered {BIGNUM} km over {NUM} hours."),
    ("clean_dose_time", "Take {DOSE} at {TIME} with food, for {DUR}."),
    ("clean_holiday", "She went home just before the Spring Festival holidays."),
    ("clean_holiday", "Many families travel after Ramadan, so spring is busy."),
    ("clean_room_general", "Single rooms on the international floor have their own kitchenette."),
    ("clean_eponym_place", "The {EPON} clinic at {HOSP} runs on Tuesdays."),
]

PH.update({
    "DECADE": (lambda: pick(["1980s", "1990s", "2000s", "nineteen-seventies", "early 2010s"]), None),
    "OLDISH": (lambda: pick(["seventy-two", "83", "eighty-nine", "89", "sixty", "in his eighties", "in his late eighties", "seventy-nine", "87"]), None),
    "NUM2": (lambda: str(R.randint(61, 120)), None), "SMALL": (lambda: str(R.randint(2, 9)), None),
    "TEMP": (lambda: f"{R.uniform(35.8, 40.2):.1f}", None),
    "SAT": (lambda: str(R.randint(85, 100)), None),
    "RATIO": (lambda: f"{R.uniform(0.2, 40):.2f}", None),
    "VER": (lambda: pick([f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}", f"{R.randint(1, 5)}.{R.randint(0, 9)}"]), None),
    "STAGE": (lambda: pick(["IIIA", "IV", "IIB", "IVB", "III", "I"]), None),
    "BIGNUM": (lambda: f"{R.randint(2, 9)},{R.randint(100, 999)}", None),
    "CELLS": (lambda: pick(["1.2 × 10⁸", "5 × 10⁶/kg", "2.0 × 10⁶ per kilogram", "3.4 × 10⁸"]), None),
})


def build():
    rows = []
    seen = set()

    def add(cat, tmpl, tries=40):
        for _ in range(tries):
            s, kinds = render(tmpl)
            if "\t" in s or "\n" in s or s in seen:
                continue
            seen.add(s)
            k = ",".join(k for k in KIND_ORDER if k in kinds) or "-"
            rows.append((cat, k, s))
            return True
        return False

    # names: every template at least 3 times, then random until target
    for cat, t in NAME_T:
        for _ in range(3):
            add(cat, t)
    n_target = 300
    while sum(1 for r in rows if r[0].startswith("name_")) < n_target:
        cat, t = pick(NAME_T)
        add(cat, t, tries=5)

    for kind, ts in ID_T.items():
        count = 0
        for cat, t in ts:
            for _ in range(4):
                count += add(cat, t)
        goal = 56
        guard = 0
        while count < goal and guard < 2000:
            cat, t = pick(ts)
            count += add(cat, t, tries=3)
            guard += 1

    for cat, t in MIXED_T:
        for _ in range(5):
            add(cat, t)

    clean = 0
    for cat, t in CLEAN_T:
        for _ in range(4):
            clean += add(cat, t, tries=6)
    guard = 0
    while clean < 1150 and guard < 20000:
        cat, t = pick(CLEAN_T)
        clean += add(cat, t, tries=2)
        guard += 1

    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, s in rows:
            fh.write(f"{cat}\t{kinds}\t{s}\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
