"""Held-out de-identification corpus, part 7 (English).

Running this script writes ``deid_generated_en_heldout7.tsv`` beside it: one English sentence
per row, in the style of our international-patient case stories, patients' messages,
clinicians' notes, photo captions and timeline entries, each labelled with the kinds of
identifying detail a careful human reader would find in it (or ``-`` when the sentence is
clean).

This part was written without reading the de-identification scanner, its tests or the
earlier corpus parts, so that its figures are an honest measure of how the scanner does on
text it was not tuned for. About one sentence in five is written in a harder but realistic
form: identifiers in unusual positions or notations, names that are also ordinary words,
full-width digits, lowercase or ALL-CAPS names and mixed scripts. The clean rows are chosen
to look risky (doses, lab values, ratios, trial and registry numbers, gene names, month and
year, ages under 90, cities, eponymous diseases, letter aliases such as "Ms. A").

Labelling conventions used here:
- a birth date with the day given is labelled ``date_of_birth,exact_date``;
- a month with a year ("March 2021"), a year or a season is clean;
- a Chinese resident ID is only ``resident_id`` (the birth date inside it is not listed again);
- street names that honour famous people ("Abai Avenue") are part of an address, not a name.

Standard library only; the output is the same on every run (fixed seed).
"""

import os
import random
import re

R = random.Random(70417)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_en_heldout7.tsv")

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    return s.translate(FW)


def pick(xs):
    return R.choice(xs)


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dg1(n):
    return R.choice("123456789") + dg(n - 1)


def up(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def maybe_fw(s, p=0.15):
    return fw(s) if R.random() < p else s


# ---------------------------------------------------------------- names

CULT = {
    "kz": (["Aigerim", "Aidana", "Dinara", "Saule", "Zhanar", "Asel", "Gulnara", "Madina", "Ainur", "Akmaral", "Botagoz", "Kamila"],
           ["Nurlan", "Yerlan", "Arman", "Bolat", "Dauren", "Yerzhan", "Timur", "Askar", "Daulet", "Berik", "Serik", "Kanat"],
           ["Zhaksybekov", "Abenov", "Tokhtarov", "Baimukhanov", "Kassymov", "Omarov", "Nurpeisov", "Sarsenbayev", "Akhmetov", "Iskakov", "Seitkaliyev", "Utebayev"], "a"),
    "ru": (["Natalia", "Olga", "Irina", "Yekaterina", "Svetlana", "Tatiana", "Anastasia", "Yulia", "Marina", "Lyudmila"],
           ["Dmitry", "Sergei", "Pavel", "Alexei", "Mikhail", "Andrei", "Igor", "Vladimir", "Nikolai", "Konstantin"],
           ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Volkov", "Sokolov", "Morozov", "Lebedev", "Novikov", "Fedorov", "Belov", "Orlov"], "a"),
    "uz": (["Dilnoza", "Gulnora", "Nodira", "Shahnoza", "Malika", "Zarina", "Feruza", "Aizhan", "Cholpon", "Nigora"],
           ["Sardor", "Bekzod", "Jasur", "Otabek", "Rustam", "Javlon", "Ulugbek", "Aibek", "Chyngyz", "Firdavs"],
           ["Karimov", "Rakhimov", "Yusupov", "Abdullaev", "Mirzaev", "Khodjaev", "Nazarov", "Tursunov", "Mamatov", "Rahmonov", "Asanov"], "a"),
    "mn": (["Enkhjargal", "Oyuntsetseg", "Bolormaa", "Tsetsegmaa", "Sarangerel", "Nomin", "Altantsetseg"],
           ["Bat-Erdene", "Ganbold", "Munkhbat", "Temuulen", "Batbold", "Erdenebat", "Tuvshin"],
           ["Dorj", "Batbayar", "Gantulga", "Tserendorj", "Purev", "Ochirbat", "Lkhagva"], ""),
    "ar": (["Fatima", "Layla", "Mariam", "Noor", "Huda", "Aisha", "Rania", "Salma", "Shirin", "Parisa", "Elif", "Zeynep"],
           ["Omar", "Yousef", "Khalid", "Ahmed", "Tariq", "Hassan", "Faisal", "Ibrahim", "Reza", "Dariush", "Mehmet", "Emre"],
           ["Al-Mansouri", "Haddad", "Khoury", "Al-Rashid", "Nasser", "Hamdan", "Barakat", "Al-Zahrani", "Hosseini", "Karimi", "Yilmaz", "Demir"], ""),
    "in": (["Priya", "Ananya", "Lakshmi", "Deepa", "Kavya", "Meera"],
           ["Arjun", "Rohan", "Vikram", "Rahul", "Sanjay", "Karthik"],
           ["Sharma", "Nair", "Iyer", "Gupta", "Venkatesan", "Reddy", "Patel", "Menon"], ""),
    "af": (["Amara", "Aisha", "Wanjiru", "Fatou", "Ngozi", "Thandiwe", "Chiamaka", "Adwoa"],
           ["Chinedu", "Kwame", "Tendai", "Abebe", "Kofi", "Oluwaseun", "Emeka", "Yaw"],
           ["Okafor", "Nwosu", "Mensah", "Bello", "Moyo", "Kamau", "Tadesse", "Diallo", "Adeyemi", "Banda", "Owusu"], ""),
    "eu": (["Sophie", "Marta", "Giulia", "Ingrid", "Ana", "Elena", "Hanna", "Camila", "Valentina", "Lucia"],
           ["Lukas", "Jan", "Marco", "Pierre", "Tomasz", "Henrik", "Pablo", "Mateo", "Diego", "Santiago"],
           ["Laurent", "Becker", "Rossi", "de Vries", "Lindqvist", "Pereira", "Novak", "Horvath", "Schmidt", "Herrera", "Gonzalez", "Rojas", "Castillo"], ""),
    "sea": (["Malee", "Siriporn", "Nattaya", "Siti", "Dewi", "Kristine", "Maria", "Thandar"],
            ["Somchai", "Kittipong", "Anan", "Budi", "Agus", "Paolo", "Jose", "Zaw"],
            ["Srisuk", "Wongsawat", "Rattanakul", "Santoso", "Lestari", "Santos", "Reyes", "Dela Cruz", "Bautista", "Setiawan"], ""),
}
# family-name-first cultures: (family names, female given, male given)
EAST = {
    "cn": (["Wang", "Li", "Zhang", "Liu", "Chen", "Zhou", "Huang", "Zhao", "Wu", "Sun", "Ma", "Guo", "Xu", "He"],
           ["Fang", "Xiaomei", "Jing", "Hui", "Lihua", "Yuting", "Min", "Xiaoyan", "Na"],
           ["Wei", "Yang", "Lei", "Jianguo", "Haoran", "Qiang", "Jun", "Zhiwei", "Peng"]),
    "kr": (["Kim", "Park", "Lee", "Choi", "Jung", "Kang"], ["Ji-woo", "Seo-yeon", "Ha-eun", "Min-ji"], ["Min-jun", "Hyun-woo", "Do-yun", "Sung-ho"]),
    "jp": (["Sato", "Tanaka", "Yamamoto", "Suzuki", "Watanabe", "Nakamura"], ["Yuki", "Aoi", "Emi", "Haruka"], ["Haruto", "Kenji", "Takeshi", "Ren"]),
    "vn": (["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang"], ["Thi Lan", "Thu Ha", "Mai Anh", "Ngoc Anh", "Thi Hoa"], ["Van Minh", "Quoc Bao", "Duc Anh", "Minh Tuan"]),
}
HANZI = ["王芳", "李伟", "张晓梅", "刘洋", "陈静", "赵敏", "周慧", "马建国", "郭丽华", "孙浩然", "黄磊", "吴婷婷", "徐志强"]
TRANSLIT = ["阿依古丽", "娜塔莎", "努尔兰", "艾合买提", "法蒂玛", "迪娜拉", "谢尔盖", "巴特尔", "阿斯卡尔", "古丽娜尔", "奥尔加", "穆罕默德"]
WORDNAMES_F = ["Rose", "Hope", "Grace", "Joy", "Faith", "Amber", "Dawn", "Summer", "Ruby", "Patience", "Blessing", "Precious", "Charity", "Sunny", "Lily", "Iris"]
WORDNAMES_M = ["Will", "Mark", "Frank", "Miles", "Gift", "Sunday", "Bright", "Godswill", "Hunter", "Bill", "Rich", "Chase"]
NICK = ["Nastya", "Sasha", "Dima", "Katya", "Lyosha", "Zhenya", "Seryozha", "Tanya", "Aika", "Nuri", "Dana", "Mimi", "Kiki", "Bobo",
        "Xiao Yu", "Lao Zhang", "Da Bao", "Niuniu", "Timka", "Ayka", "Gulya", "Zhenechka", "Bolatik", "Abu Omar"]


def person():
    if R.random() < 0.25:
        c = pick(list(EAST))
        fams, gf, gm = EAST[c]
        sex = pick("fm")
        g = pick(gf if sex == "f" else gm)
        f = pick(fams)
        return {"g": g, "f": f, "full": f + " " + g, "sex": sex, "c": c}
    c = pick(list(CULT))
    gf, gm, fams, fem = CULT[c]
    sex = pick("fm")
    g = pick(gf if sex == "f" else gm)
    f = pick(fams)
    if sex == "f" and fem and f.endswith(("ov", "ev", "in")):
        f = f + fem
    return {"g": g, "f": f, "full": g + " " + f, "sex": sex, "c": c}


def title(p):
    t = pick(["Dr.", "Dr", "Doctor", "Professor", "Prof."]) if R.random() < 0.5 else (
        pick(["Ms.", "Mrs.", "Ms", "Madam"]) if p["sex"] == "f" else pick(["Mr.", "Mr"]))
    return t + " " + p["f"]


def n_full():
    r = R.random()
    if r < 0.08:
        return pick(HANZI)
    if r < 0.13:
        return pick(TRANSLIT)
    return person()["full"]


def n_given():
    r = R.random()
    if r < 0.12:
        return pick(WORDNAMES_F + WORDNAMES_M)
    p = person()
    return p["g"]


def n_title():
    return title(person())


def n_initials():
    p = person()
    if p["c"] == "ru" and R.random() < 0.5:
        return f"{p['g'][0]}.{pick('AVNSIP')}. {p['f']}"
    if p["c"] == "mn":
        return f"{p['f'][0]}. {p['g']}"
    return f"{p['g'][0]}. {p['f']}"


def n_any():
    r = R.random()
    if r < 0.35:
        return n_full()
    if r < 0.65:
        return n_given()
    if r < 0.85:
        return n_title()
    return n_initials()


def n_nick():
    return pick(NICK)


def n_wordname():
    return pick(WORDNAMES_F + WORDNAMES_M)


def n_caps():
    p = person()
    return f"{p['f'].upper()} {p['g'].upper()}" if R.random() < 0.6 else p["full"].upper()


def n_lower():
    p = person()
    return p["g"].lower() if R.random() < 0.6 else p["full"].lower()


def n_mixed():
    return pick([
        lambda: f"{pick(['Aigerim', 'Aygul', 'Gulnara'])} ({pick(['阿依格丽姆', '阿依古丽', '古丽娜尔'])})",
        lambda: f"{pick(['Natasha', 'Natalia'])} ({pick(['娜塔莎', '娜塔莉亚'])})",
        lambda: f"{pick(['Nurlan', 'Nurlanbek'])} / {pick(['努尔兰', '努尔兰别克'])}",
        lambda: f"{pick(HANZI)} ({pick(['Wang Fang', 'Li Wei', 'Zhang Xiaomei', 'Chen Jing'])})",
        lambda: f"{pick(['Bater', 'Bataar'])} (巴特尔)",
        lambda: f"{pick(['Sergei', 'Sergey'])} 谢尔盖",
        lambda: f"{pick(['Askar', 'Askhar'])}（阿斯卡尔）",
    ])()


def n_mrz():
    p = person()
    f = re.sub(r"[^A-Z]", "<", p["f"].upper())
    g = re.sub(r"[^A-Z]", "<", p["g"].upper())
    s = f"P<{pick(['KAZ', 'RUS', 'UZB', 'MNG', 'KGZ', 'TJK'])}{f}<<{g}"
    return s + "<" * max(3, 44 - len(s))


# ---------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def ordinal(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def date_parts(y0=2015, y1=2025):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, d, allow_noyear=True):
    forms = [
        lambda: f"{d} {MONTHS[m-1]} {y}",
        lambda: f"{MONTHS[m-1]} {d}, {y}",
        lambda: f"{d} {MON3[m-1]} {y}",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"{d:02d}/{m:02d}/{y}",
        lambda: f"{m}/{d}/{y}",
        lambda: f"{d:02d}.{m:02d}.{y}",
        lambda: f"{d}.{m}.{str(y)[2:]}",
        lambda: f"{d}-{MON3[m-1]}-{y}",
        lambda: f"{d}-{MON3[m-1].upper()}-{str(y)[2:]}",
        lambda: f"{y}年{m}月{d}日",
        lambda: fw(f"{y}年{m}月{d}日"),
        lambda: f"{y}/{m:02d}/{d:02d}",
    ]
    if allow_noyear:
        forms += [
            lambda: f"the {ordinal(d)} of {MONTHS[m-1]}",
            lambda: f"{MONTHS[m-1]} {ordinal(d)}",
            lambda: f"{d} {MONTHS[m-1]}",
            lambda: f"{MON3[m-1]}. {d}",
            lambda: f"{m}月{d}日",
            lambda: f"{ordinal(d)} {MONTHS[m-1]} {y}",
        ]
    return pick(forms)()


HOLIDAYS = ["Christmas Day {y}", "New Year's Eve {y}", "Chinese New Year's Eve {y}", "the Lantern Festival of {y}",
            "Mid-Autumn Festival {y}", "Nauryz, 22 March {y}", "New Year's Day {y}", "Christmas Eve {y}",
            "the first day of the Spring Festival in {y}", "Valentine's Day {y}", "International Women's Day {y}",
            "the fifteenth day of the eighth lunar month in {y}", "the eighth day of the first lunar month, {y}",
            "the Dragon Boat Festival of {y}", "Qingming {y} (5 April)", "National Day {y}"]


def g_date():
    if R.random() < 0.1:
        return pick(HOLIDAYS).format(y=R.randint(2016, 2024))
    return fmt_date(*date_parts())


def g_dob():
    y, m, d = date_parts(1946, 2019)
    forms = [lambda: fmt_date(y, m, d, allow_noyear=False),
             lambda: f"{d:02d} {MON3[m-1].upper()} {y}",
             lambda: f"{d:02d}.{m:02d}.{y}", lambda: f"{y}{m:02d}{d:02d}"]
    return pick(forms)()


def g_bday_noyear():
    y, m, d = date_parts()
    return pick([f"{d} {MONTHS[m-1]}", f"{MONTHS[m-1]} {d}", f"the {ordinal(d)} of {MONTHS[m-1]}"])


# ---------------------------------------------------------------- ages

WORDNUM = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
           96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "one hundred and one"}


def g_age_adj():
    a = R.randint(90, 103)
    return pick([f"{a}-year-old", f"{a}-year-old", f"{WORDNUM.get(a, str(a))}-year-old", f"{a} year old"])


def g_age_num():
    a = R.randint(90, 102)
    return pick([str(a), WORDNUM.get(a, str(a)), f"{a} years old", fw(str(a)), f"{a}"])


def g_age_short():
    a = R.randint(90, 104)
    return pick([f"{a} y/o", f"{a}y", f"{a} yrs", f"{a} y.o.", f"age {a}", f"{fw(str(a))}岁", f"{a}岁"])


def g_age_phrase():
    return pick(["in her nineties", "in his nineties", "in her late nineties", "well past ninety", "over 90",
                 "a nonagenarian", "a centenarian", "nearly a hundred and two", "ninety-something", "in his early nineties"])


# ---------------------------------------------------------------- numbers and contacts

def g_phone():
    f = pick([
        lambda: f"+7 {pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])} {dg(3)} {dg(2)} {dg(2)}",
        lambda: f"+7 ({pick(['727', '7172', '7252'])}) {dg(3)}-{dg(2)}-{dg(2)}",
        lambda: f"8 ({pick(['701', '777', '705'])}) {dg(3)} {dg(2)} {dg(2)}",
        lambda: f"8{pick(['701', '777', '747'])}{dg(7)}",
        lambda: f"+7 9{dg(2)} {dg(3)}-{dg(2)}-{dg(2)}",
        lambda: f"8-495-{dg(3)}-{dg(2)}-{dg(2)}",
        lambda: f"+86 1{pick('3589')}{dg(1)} {dg(4)} {dg(4)}",
        lambda: f"1{pick('3589')}{dg(1)}-{dg(4)}-{dg(4)}",
        lambda: f"1{pick('3589')}{dg(9)}",
        lambda: f"0371-{dg1(4)}{dg(4)}",
        lambda: f"(0371) {dg1(4)} {dg(4)}",
        lambda: f"+86-371-{dg1(4)}-{dg(4)}",
        lambda: f"+998 {pick(['90', '91', '93', '97'])} {dg(3)} {dg(2)} {dg(2)}",
        lambda: f"+996 {pick(['555', '700', '777'])} {dg(2)} {dg(2)} {dg(2)}",
        lambda: f"+992 {dg(2)} {dg(3)} {dg(4)}",
        lambda: f"+976 {pick('89')}{dg(3)} {dg(4)}",
        lambda: f"+971 5{pick('0256')} {dg(3)} {dg(4)}",
        lambda: f"+966 5{dg(1)} {dg(3)} {dg(4)}",
        lambda: f"+84 9{dg(2)} {dg(3)} {dg(3)}",
        lambda: f"+66 8{dg(1)} {dg(3)} {dg(4)}",
        lambda: f"+62 812-{dg(4)}-{dg(4)}",
        lambda: f"+91 9{dg(4)} {dg(5)}",
        lambda: f"+234 80{dg(1)} {dg(3)} {dg(4)}",
        lambda: f"+254 7{dg(2)} {dg(6)}",
        lambda: f"+44 7700 {dg(6)}",
        lambda: f"+49 30 {dg(4)} {dg(4)}",
        lambda: f"+1 ({dg1(3)}) 555-{dg(4)}",
        lambda: f"{dg1(3)}.555.{dg(4)}",
        lambda: f"00 7 701 {dg(7)}",
        lambda: fw(f"1{pick('3589')}{dg(1)} {dg(4)} {dg(4)}"),
        lambda: f"+7 701 {dg(3)} {dg(2)} {dg(2)}".replace(" ", "."),
        lambda: f"+７ ７０１ {fw(dg(3))} {fw(dg(2))} {fw(dg(2))}",
    ])
    return f()


def g_email():
    p = person()
    g, f = p["g"].lower().replace(" ", "").replace("-", ""), p["f"].lower().replace(" ", "").replace("-", "")
    local = pick([f"{g}.{f}", f"{g}_{f[:1]}", f"{g}{dg(2)}", f"{f}.{g}{R.randint(1960, 2005)}", f"{g[0]}{f}", f"{g}-{f}", dg1(9)])
    dom = pick(["mail.ru", "yandex.ru", "mail.kz", "gmail.com", "inbox.ru", "bk.ru", "outlook.com", "yahoo.com", "qq.com", "163.com",
                "hotmail.co.uk", "icloud.com", "umail.uz", "yandex.kz", "list.ru", "126.com", "proton.me", "gmx.de"])
    if local.isdigit():
        dom = pick(["qq.com", "163.com"])
    r = R.random()
    if r < 0.08:
        d1, d2 = dom.rsplit(".", 1)
        return f"{local} [at] {d1} [dot] {d2}"
    if r < 0.14:
        d1, d2 = dom.rsplit(".", 1)
        return f"{local} at {d1} dot {d2}"
    if r < 0.18:
        return f"{local}(at){dom}"
    if r < 0.22:
        return f"{local}＠{dom}"
    if r < 0.25:
        return f"{local}@{dom}".upper()
    return f"{local}@{dom}"


def slug():
    p = person()
    return pick([f"help-{p['g'].lower()}-{p['f'].lower().replace(' ', '-')}", f"{p['g'].lower()}-fights-lupus", f"save-{p['g'].lower()}",
                 f"{p['g'].lower()}{p['f'].lower()[:3]}", f"{p['g'].lower()}s-journey", f"for-little-{p['g'].lower()}"]).replace(" ", "-")


def g_url():
    a = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return pick([
        lambda: f"https://www.gofundme.com/f/{slug()}",
        lambda: f"bit.ly/{''.join(R.choice(a) for _ in range(7))}",
        lambda: f"https://{slug()}.blogspot.com",
        lambda: f"www.{slug()}.kz",
        lambda: f"https://drive.google.com/drive/folders/1{''.join(R.choice(a) for _ in range(24))}",
        lambda: f"youtu.be/{''.join(R.choice(a) for _ in range(11))}",
        lambda: f"https://{slug()}.wordpress.com/{R.randint(2019, 2024)}/0{R.randint(1, 9)}/",
        lambda: f"t.cn/A6{''.join(R.choice(a) for _ in range(6))}",
        lambda: f"https://pan.baidu.com/s/1{''.join(R.choice(a) for _ in range(22))}",
        lambda: f"https://www.ketto.org/fundraiser/{slug()}",
        lambda: f"http://{slug()}.narod.ru",
        lambda: f"https://tinyurl.com/{''.join(R.choice(a.lower()) for _ in range(8))}",
        lambda: f"https://www.dropbox.com/s/{''.join(R.choice(a.lower()) for _ in range(15))}/mri.zip",
        lambda: f"HTTPS://WWW.{slug().upper()}.ORG",
        lambda: f"{slug()}.github.io",
    ])()


def g_ip():
    if R.random() < 0.25:
        return ":".join(["2a02", format(R.randint(0, 65535), "x"), format(R.randint(0, 65535), "x"), format(R.randint(0, 65535), "x")]) + "::" + format(R.randint(1, 4095), "x")
    first = pick([5, 31, 37, 46, 62, 77, 85, 89, 91, 95, 109, 111, 113, 117, 123, 176, 178, 185, 188, 212, 217, 222])
    if R.random() < 0.15:
        first = pick([10, 192])
        if first == 192:
            return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def handle():
    p = person()
    g, f = p["g"].lower().replace(" ", "").replace("-", ""), p["f"].lower().replace(" ", "").replace("-", "")
    return pick([f"{g}_{dg(4)}", f"{g}.{f}", f"{g}{f[:2]}{dg(2)}", f"{f}_{g}", f"{g}.fights.on", f"mama_{g}", f"{g}_kz{dg(2)}", f"{g}{R.randint(1970, 2010)}"])


def g_resident(old=False):
    area = pick(["410105", "410102", "110101", "310104", "650102", "652301", "653101", "440106", "150102", "410181", "230103"])
    if old:
        return area + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3)
    y, m, d = R.randint(1950, 2015), R.randint(1, 12), R.randint(1, 28)
    body = area + f"{y}{m:02d}{d:02d}" + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
    if R.random() < 0.2:
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    r = R.random()
    if r < 0.15:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.25:
        return fw(s)
    if r < 0.3 and s.endswith("X"):
        return s[:-1] + "x"
    return s


def g_rid():
    return g_resident(old=R.random() < 0.15)


def g_nid():
    return pick([
        lambda: f"IIN {dg(2)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{dg(5)}",
        lambda: f"SNILS {dg(3)}-{dg(3)}-{dg(3)} {dg(2)}",
        lambda: f"SSN {dg1(3)}-{dg(2)}-{dg(4)}",
        lambda: f"National Insurance number {up(2, 'ABCEGHJKLMNPRSTWXYZ')} {dg(2)} {dg(2)} {dg(2)} {pick('ABCD')}",
        lambda: f"Aadhaar {dg1(4)} {dg(4)} {dg(4)}",
        lambda: f"Emirates ID 784-{R.randint(1950, 2010)}-{dg(7)}-{dg(1)}",
        lambda: f"NIK {dg1(16)}",
        lambda: f"PINFL {dg1(14)}",
        lambda: f"register number {pick(['УБ', 'ЧО', 'УЗ'])}{dg(8)}",
        lambda: f"RRN {dg(6)}-{pick('1234')}{dg(6)}",
        lambda: f"Thai ID {dg1(1)}-{dg(4)}-{dg(5)}-{dg(2)}-{dg(1)}",
        lambda: f"MyKad {dg(6)}-{dg(2)}-{dg(4)}",
        lambda: f"T.C. Kimlik No {dg1(11)}",
        lambda: f"NIN {dg1(11)}",
        lambda: f"CCCD {dg(12)}",
        lambda: f"PIN {dg1(14)}",
        lambda: f"INN {dg1(12)}",
        lambda: f"personal code {dg(6)}-{dg(5)}",
    ])()


def g_nid_bare():
    return pick([
        lambda: f"{dg(2)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{dg(5)}",
        lambda: f"{dg(3)}-{dg(3)}-{dg(3)} {dg(2)}",
        lambda: f"{dg1(3)}-{dg(2)}-{dg(4)}",
        lambda: f"784-{R.randint(1950, 2010)}-{dg(7)}-{dg(1)}",
        lambda: f"{dg1(4)} {dg(4)} {dg(4)}",
        lambda: f"{pick(['УБ', 'UB', 'ЧО'])}{dg(8)}",
    ])()


def g_passport():
    return pick([
        lambda: f"N{dg(8)}", lambda: f"{dg(2)} {dg(7)}", lambda: f"{dg(9)}", lambda: f"E{dg(8)}", lambda: f"EA{dg(7)}",
        lambda: f"{pick(['AA', 'AB', 'FA', 'AC'])}{dg(7)}", lambda: f"{pick('KLMNPRSTZ')}{dg(7)}", lambda: f"C{dg(7)}",
        lambda: f"C{up(1)}{dg(2)}{up(1)}{dg(2)}{up(1)}{dg(1)}", lambda: f"{pick('EP')} {dg(7)}", lambda: f"{dg(2)} {dg(2)} {dg(6)}",
        lambda: fw(f"E{dg(8)}"), lambda: f"G{dg(8)}", lambda: f"ID{dg(7)}", lambda: f"{up(1)}{dg(8)}",
    ])()


def g_mrn():
    return pick([
        lambda: dg1(7), lambda: f"{R.randint(2016, 2024)}-{dg(6)}", lambda: f"ZY{R.randint(2018, 2024)}{dg(4)}-{dg(4)}", lambda: f"MZ{dg(6)}",
        lambda: f"A-{dg(6)}", lambda: f"00{dg(6)}", lambda: fw(dg1(8)), lambda: f"{dg(2)}-{dg(2)}-{dg(3)}", lambda: f"IP{dg(7)}",
        lambda: f"H{dg(3)} {dg(3)} {dg(3)}", lambda: f"{dg1(6)}/{str(R.randint(16, 24))}", lambda: f"KZ-{dg(5)}-{up(1)}",
    ])()


def g_hp():
    return pick([
        lambda: f"{dg(4)} {dg(4)} {dg(4)} {dg(4)}", lambda: f"AXA-{up(2)}-{dg(4)}-{dg(4)}", lambda: f"W{dg(9)}", lambda: f"U{dg(8)} {dg(2)}",
        lambda: f"{dg(8)}-{dg(2)}", lambda: f"{dg(4)} {dg(5)} {dg(1)}", lambda: f"DAM-{dg(10)}", lambda: f"{up(3)}{dg(9)}",
        lambda: f"{dg1(16)}", lambda: f"SI-{dg(12)}", lambda: fw(dg1(10)), lambda: f"POL/{R.randint(2019, 2024)}/{dg(6)}",
    ])()


def g_card():
    return pick([
        lambda: f"4400 43{dg(2)} {dg(4)} {dg(4)}", lambda: f"6222 {dg(4)} {dg(4)} {dg(4)} {dg(3)}", lambda: f"6217{dg(15)}",
        lambda: f"5{pick('12345')}{dg(2)}-{dg(4)}-{dg(4)}-{dg(4)}", lambda: f"2200 {dg(4)} {dg(4)} {dg(4)}",
        lambda: f"4{dg(15)}", lambda: f"6228 48{dg(2)} {dg(4)} {dg(4)} {dg(3)}",
    ])()


def g_acct():
    return pick([
        lambda: f"KZ{dg(2)} {dg(3)}K ZT{dg(2)} {dg(4)} {dg(4)}",
        lambda: f"KZ{dg(2)}{dg(3)}{up(1)}{dg(12)}",
        lambda: f"DE{dg(2)} {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}",
        lambda: f"AE{dg(2)} {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(3)}",
        lambda: f"GB{dg(2)} {up(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}",
        lambda: f"40817810{dg(12)}",
        lambda: f"{dg(3)}-{dg(6)}-{dg(3)}",
        lambda: f"UZ{dg(18)}",
        lambda: f"{dg(4)}-{dg(4)}-{dg(4)}-{dg(4)}-{dg(3)}",
        lambda: f"{dg1(10)}",
    ])()


def g_licence():
    return pick([
        lambda: f"{up(2)} {dg(6)}", lambda: f"D{dg(3)}-{dg(4)}-{dg(4)}", lambda: f"MORGA{dg(6)}SM9IJ", lambda: f"{dg(12)}",
        lambda: f"{dg1(15)}", lambda: f"{dg1(7)}", lambda: f"RN{dg(6)}", lambda: f"DHA-P-{dg(7)}", lambda: f"{dg(2)} {up(2)} {dg(6)}",
        lambda: f"No. {dg(4)}-{dg(5)}", lambda: f"{up(1)}{dg(7)}", lambda: f"{R.randint(2005, 2023)}{dg(8)}",
    ])()


def g_plate():
    cyr = "АВЕКМНОРСТУХ"
    return pick([
        lambda: f"{dg(3)} {up(3)} {pick(['01', '02', '05', '09', '13', '17'])}",
        lambda: f"{pick(cyr)}{dg(3)}{pick(cyr)}{pick(cyr)} {pick(['77', '54', '154', '777', '96', '16'])}",
        lambda: f"{pick('ABEKMHOPCTYX')}{dg(3)}{pick('ABEKMHOPCTYX')}{pick('ABEKMHOPCTYX')} {pick(['77', '54', '196'])}",
        lambda: f"豫A·{dg(5)}", lambda: f"豫A {up(1)}{dg(4)}", lambda: f"新A{dg(2)}{up(1)}{dg(2)}", lambda: f"京N·D{dg(5)}",
        lambda: f"{dg(4)} УБ{pick('АБВГ')}", lambda: f"{up(2)}{dg(2)} {up(3)}", lambda: f"Dubai {up(1)} {dg(5)}",
        lambda: f"{dg1(1)}{up(3)}{dg(3)}", lambda: f"{pick(['01', '10', '30'])} {up(1)} {dg(3)} {up(2)}", lambda: f"{dg(2)}-{dg(3)}-{up(2)}",
        lambda: f"B {up(2)} {dg(4)}",
    ])()


def g_vin():
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    p = pick(["JTM", "1HG", "WVW", "XTA", "KMH", "LSV", "Z94", "LVS", "WDD", "5YJ"])
    return p + "".join(R.choice(a) for _ in range(17 - len(p)))


def g_device():
    return pick([
        lambda: f"{pick(['PJN', 'RNH', 'BZX'])}{dg(6)}{pick('HS')}", lambda: f"{dg1(15)}", lambda: f"{dg(1)}{up(1)}{dg(1)}{up(3)}", lambda: f"SN {dg(4)}{up(1)}{dg(4)}",
        lambda: f"{dg(11)}", lambda: f"NG{dg(7)}", lambda: f"{up(2)}{dg(8)}", lambda: f"{dg(3)}-{dg(4)}-{dg(3)}", lambda: f"S/N {dg(4)}-{up(2)}-{dg(4)}",
    ])()


def g_imei():
    s = dg1(15)
    return pick([s, f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}", f"{s[:8]} {s[8:]}"])


def g_other():
    return pick([
        lambda: f"{R.randint(2019, 2024)}-KZ-{dg(4)}", lambda: f"{pick(['465', '784', '555', '999'])}-{dg(10)}", lambda: up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: f"2-{dg(4)}/{R.randint(2019, 2024)}", lambda: f"{R.randint(2018, 2023)}{dg(4)}", lambda: f"E-{dg(5)}", lambda: f"CLM-{R.randint(2021, 2024)}-{dg(6)}",
        lambda: f"#{dg1(6)}", lambda: f"FR-{R.randint(2021, 2024)}-{dg(5)}", lambda: f"{dg(4)}-{dg(4)}", lambda: f"No. {dg1(8)}", lambda: fw(dg1(9)),
    ])()


# ---------------------------------------------------------------- addresses, post codes, coordinates

def g_addr():
    n = R.randint(1, 240)
    apt = R.randint(1, 180)
    return pick([
        lambda: f"{pick(['Abai Avenue', 'Dostyk Avenue', 'Tole Bi Street', 'Satpayev Street', 'Kabanbay Batyr Avenue', 'Furmanov Street', 'Zhandosov Street'])} {n}, apt {apt}",
        lambda: f"ul. {pick(['Lenina', 'Gagarina', 'Pushkina', 'Mira', 'Sovetskaya', 'Kirova'])}, d. {n}, kv. {apt}",
        lambda: f"mkr. {pick(['Samal-2', 'Aksay-4', 'Orbita-3', 'Zhetysu-1', 'Kulager'])}, bldg {n}, flat {apt}",
        lambda: f"No. {n} {pick(['Jianshe East Road', 'Nongye Road', 'Jinshui Road', 'Huayuan Road', 'Renmin Road', 'Jiefang Road', 'Zhongshan North Road'])}",
        lambda: f"Room {R.randint(2, 28)}0{R.randint(1, 8)}, Building {R.randint(1, 20)}, {pick(['Lüyin', 'Jinshui Garden', 'Yuhua', 'Binhe'])} Community",
        lambda: f"{pick(['金水区农业路', '二七区建设东路', '中原区桐柏路', '天山区解放北路', '管城区紫荆山路'])}{maybe_fw(str(n), 0.3)}号",
        lambda: f"{n} {pick(['Maple Street', 'Oak Avenue', 'Kingsley Road', 'Church Lane', 'Elm Drive'])}, Apt {R.randint(1, 20)}{pick('ABCD')}",
        lambda: f"Flat {apt}, {n} {pick(['Kingsley Road', 'Albert Street', 'Station Road', 'Park Lane'])}",
        lambda: f"Building {n}, door {apt}, {R.randint(1, 20)}th khoroo, {pick(['Bayanzurkh', 'Sukhbaatar', 'Chingeltei', 'Khan-Uul'])} district",
        lambda: f"Villa {n}, Street {R.randint(1, 60)}, {pick(['Al Barsha 1', 'Jumeirah 2', 'Al Nahda', 'Mirdif'])}",
        lambda: f"{n} Ngo {R.randint(1, 200)} {pick(['Hue Street', 'Kim Ma', 'Tran Hung Dao'])}",
        lambda: f"{pick(['Goethestraße', 'Hauptstraße', 'Lindenallee'])} {n}",
        lambda: f"{n} {pick(['Adeola Odeku Street', 'Awolowo Road', 'Ngong Road'])}",
        lambda: f"{pick(['Amir Temur', 'Mustaqillik', 'Navoi'])} ko'chasi {n}",
        lambda: f"house {n}, {pick(['Sadovaya', 'Shkolnaya', 'Tsentralnaya', 'Beregovaya'])} Street, {pick(['Kaskelen', 'Talgar', 'Esik'])}",
        lambda: f"{R.randint(1, 40)}/{n} {pick(['Moo 3', 'Soi Sukhumvit 39', 'Soi Ari 4'])}",
        lambda: f"Lane {R.randint(10, 800)}, {pick(['Changle Road', 'Huashan Road', 'Wulumuqi Road'])}, No. {n}",
        lambda: f"Jl. {pick(['Merdeka', 'Sudirman', 'Diponegoro'])} No. {n}",
    ])()


def g_pc():
    return pick([
        lambda: f"{pick(['050', '010', '160', '030', '100'])}0{dg(2)}", lambda: f"{pick(['A', 'Z', 'X', 'M'])}{dg(2)}{up(1)}{dg(1)}{up(1)}{dg(1)}"[:6],
        lambda: f"{dg1(3)}{dg(3)}", lambda: f"45{dg(4)}", lambda: fw(f"45{dg(4)}"), lambda: f"{dg1(5)}", lambda: f"{dg1(5)}-{dg(4)}",
        lambda: f"{pick(['SW1A', 'M13', 'EH8', 'B15', 'LS2'])} {dg1(1)}{up(2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        lambda: f"{pick('KMT')}{dg1(1)}{up(1)} {dg(1)}{up(1)}{dg(1)}", lambda: f"{dg1(4)} {up(2)}", lambda: f"〒{dg1(3)}-{dg(4)}",
        lambda: f"1{dg(4)}", lambda: f"{dg1(2)}0{dg(3)}",
    ])()


def g_geo():
    la, lo = R.uniform(1, 56), R.uniform(20, 125)
    return pick([
        lambda: f"{la:.4f}° N, {lo:.4f}° E", lambda: f"({la:.5f}, {lo:.5f})", lambda: f"lat {la:.4f} lon {lo:.4f}",
        lambda: f"{int(la)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"N {int(lo)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"E",
        lambda: f"{la:.6f},{lo:.6f}", lambda: f"N{la:.3f} E{lo:.3f}", lambda: f"geo:{la:.4f},{lo:.4f}", lambda: f"{la:.4f}N {lo:.4f}E",
        lambda: f"{int(la)}° {R.randint(0, 59)}.{dg(3)}′ N, {int(lo)}° {R.randint(0, 59)}.{dg(3)}′ E",
    ])()


# ---------------------------------------------------------------- clean fillers

CITY = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Atyrau", "Pavlodar", "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh", "Dushanbe",
        "Ulaanbaatar", "Novosibirsk", "Moscow", "Kazan", "Yekaterinburg", "Omsk", "Dubai", "Riyadh", "Amman", "Baghdad", "Tehran", "Hanoi",
        "Ho Chi Minh City", "Bangkok", "Jakarta", "Manila", "Yangon", "Lagos", "Nairobi", "Addis Ababa", "Accra", "Warsaw", "Berlin", "Milan",
        "Zhengzhou", "Urumqi", "Kashgar", "Beijing", "Shanghai", "Harbin", "Tel Aviv", "Ashgabat", "Baku", "Tbilisi"]
COUNTRY = ["Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Mongolia", "the UAE", "Saudi Arabia", "Jordan", "Iraq", "Iran",
           "Vietnam", "Thailand", "Indonesia", "the Philippines", "Myanmar", "Nigeria", "Kenya", "Ethiopia", "Ghana", "Poland", "Germany", "Italy",
           "Turkmenistan", "Azerbaijan", "Georgia", "Pakistan"]
REGION = ["Henan Province", "Xinjiang", "Inner Mongolia", "the Almaty Region", "the Abai Region", "Turkestan Region", "the Fergana Valley",
          "Siberia", "East Kazakhstan", "the Chui Region", "Gobi-Altai"]
DRUG = ["rituximab", "tocilizumab", "prednisone", "methylprednisolone", "cyclophosphamide", "fludarabine", "mycophenolate mofetil",
        "hydroxychloroquine", "belimumab", "tacrolimus", "ruxolitinib", "imatinib", "dasatinib", "lenalidomide", "bortezomib",
        "dexamethasone", "levetiracetam", "enoxaparin", "insulin glargine", "metformin", "furosemide", "amlodipine", "ceftriaxone",
        "voriconazole", "acyclovir", "IVIG", "ondansetron", "omeprazole", "pembrolizumab", "azacitidine", "venetoclax"]
BRAND = ["MabThera", "Actemra", "Keytruda", "Revlimid", "Jakafi", "Yescarta", "Kymriah", "Carvykti", "Benlysta", "CellCept", "Prograf",
         "Gleevec", "Velcade", "Tylenol", "Panadol", "Lantus", "Herceptin", "Opdivo", "Venclexta", "Zofran", "Nexium", "Xarelto"]
GENE = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2", "FLT3-ITD", "NPM1", "BCR-ABL1", "EGFR", "ALK", "KRAS", "IDH1", "CD19", "BCMA", "CD20",
        "HLA-B*58:01", "HLA-A*02:01", "MTHFR", "CFTR", "FMR1", "SMN1", "PD-L1", "MYD88", "IKZF1", "CD38", "HER2", "DMD", "CYP2C19"]
VARIANT = ["JAK2 V617F", "EGFR L858R", "BRAF V600E", "c.1799T>A (p.Val600Glu)", "NPM1 type A", "FLT3-TKD D835Y", "t(9;22)(q34;q11)",
           "BCR-ABL1 p210", "KRAS G12C", "IDH2 R140Q", "TP53 c.817C>T", "del(17p)", "t(4;14)", "MYD88 L265P", "46,XX", "47,XY,+21",
           "CFTR F508del", "exon 19 deletion", "rs1801133", "HBB c.20A>T", "t(15;17)", "inv(16)"]
TRIAL = ["NCT04561557", "NCT05030779", "NCT03937544", "NCT04133636", "ChiCTR2100048132", "ChiCTR2000031868", "ChiCTR-ONN-17012345",
         "EudraCT 2019-001234-56", "EudraCT 2020-004512-33", "ISRCTN12345678", "CTR20210123", "ChiCTR2300069012", "NCT05474885", "jRCT2031210076"]
ICD = ["ICD-10 M32.1", "M32.14", "ICD-10 C83.3", "C91.0", "D69.3", "ICD-11 4A40.0", "E11.65", "I10", "N04.9", "G35", "C90.00", "ICD-10 D61.9",
       "C50.9", "ICD-10 Q90.0", "K50.90", "ICD-10-CM Z94.84", "J18.9", "ICD-9 710.0"]
DRUGCODE = ["ATC L01XC02", "ATC L04AC07", "H02AB07", "ATC code L01EA01", "ATC B01AB05", "L04AA06", "ATC P01BA02", "NDC 50242-051-21"]
GUIDE = ["the 2019 EULAR/ACR classification criteria", "KDIGO 2021 guidelines", "the NCCN Guidelines, version 2.2024",
         "the ASTCT 2019 consensus grading", "CSCO 2023 lymphoma guidelines", "the 2022 ESC guidelines", "the WHO 2022 classification",
         "the ELN 2022 recommendations", "the GOLD 2023 report", "the ADA Standards of Care 2024", "the Lugano 2014 criteria",
         "the IMWG 2016 response criteria", "the 2017 ACR/EULAR criteria", "the Chinese expert consensus (2022 edition)"]
BOOK = ["Harrison's Principles of Internal Medicine", "The Emperor of All Maladies", "Kelley's Textbook of Rheumatology",
        "Williams Hematology", "When Breath Becomes Air", "The Canon of Medicine", "Oxford Handbook of Clinical Medicine",
        "Nelson Textbook of Pediatrics", "Robbins Basic Pathology"]
EPONYM = ["Hodgkin lymphoma", "Sjögren syndrome", "Raynaud phenomenon", "Crohn disease", "Parkinson disease", "Kawasaki disease",
          "Guillain-Barré syndrome", "Hashimoto thyroiditis", "Wilms tumour", "Ewing sarcoma", "Cushing syndrome", "Addison disease",
          "Graves disease", "Behçet disease", "adult-onset Still's disease", "Takayasu arteritis", "Castleman disease",
          "Waldenström macroglobulinaemia", "Burkitt lymphoma", "Down syndrome", "Alzheimer disease", "Huntington disease",
          "Bell's palsy", "Meniere's disease", "Kaposi sarcoma", "Hirschsprung disease", "Duchenne muscular dystrophy", "Evans syndrome",
          "a Babinski sign", "a positive Romberg test", "Wilson disease", "Fanconi anaemia", "Gaucher disease", "Marfan syndrome"]
HOSP = ["Peking Union Medical College Hospital", "the First Affiliated Hospital of Zhengzhou University", "Henan Cancer Hospital",
        "Charité in Berlin", "the Mayo Clinic", "Ruijin Hospital", "West China Hospital", "Sun Yat-sen University Cancer Center",
        "the National Scientific Center of Oncology in Astana", "Nazarbayev University", "Al-Farabi Kazakh National University",
        "Tashkent Medical Academy", "the Republican Children's Hospital", "Xinjiang Medical University", "Fudan University Shanghai Cancer Center",
        "Karolinska University Hospital", "the Mongolian National University of Medical Sciences", "Asfendiyarov Kazakh National Medical University"]
DEPT = ["haematology", "the rheumatology department", "the paediatric ICU", "the bone marrow transplant unit", "the CAR-T cell therapy ward",
        "neurosurgery", "the nephrology clinic", "the international patient centre", "the outpatient pharmacy", "radiology",
        "the day-care chemotherapy unit", "the rehabilitation department", "the emergency department", "the apheresis room",
        "the haematology ward on the fourth floor", "the interventional cardiology team", "the sleep lab", "the traditional Chinese medicine clinic"]
JOB = ["the attending physician", "the chief physician", "the head nurse", "a resident doctor", "the ward pharmacist", "our Russian-speaking coordinator",
       "the interpreter", "a physiotherapist", "the duty nurse", "the transplant coordinator", "a clinical psychologist", "the dietitian",
       "the deputy director of haematology", "the night-shift nurse", "a medical social worker", "the radiographer"]
ALIAS = ["Ms. A", "Mr. B", "Patient C", "Ms. D", "Mr. K", "little E", "Master F", "Patient 7", "Case 3", "Ms. Z", "Mr. X", "the girl we call M",
         "Baby G", "Mrs. H", "patient A", "Ms. L.", "Mr. T", "Child J", "A女士", "患者A", "小A", "B先生"]
REL = ["her mother", "his father", "his oldest son", "her younger sister", "her husband", "his wife", "their neighbour", "her grandmother",
       "his uncle", "her twin brother", "the boy's aunt", "a cousin from the village", "his daughter-in-law", "her best friend from school",
       "the patient's stepfather", "their eldest daughter", "his colleague from the mine", "her mother-in-law"]
ZHTERM = ["高血压 (hypertension)", "白细胞 (white blood cells)", "黄疸 (jaundice)", "石膏 (a plaster cast)", "金属 (metal)", "方案 (the regimen)",
          "常规 (routine tests)", "钟点工 (a part-time helper)", "于是 (so)", "任何 (any)", "白蛋白 (albumin)", "高热 (high fever)", "黄芪 (astragalus)",
          "康复 (recovery)", "骨髓 (bone marrow)", "化疗 (chemotherapy)", "田七 (notoginseng)", "安静 (quiet)", "林业 (forestry)", "马上 (right away)"]
WARD = ["the haematology ward", "the fourth-floor ward", "the step-down unit", "the isolation room", "the Sunflower ward for children",
        "the east wing", "the laminar-flow room", "the day ward", "the rooftop garden", "the rehabilitation gym", "the family lounge"]
TIMES = ["at 06:30", "at 7:45 a.m.", "around 11 p.m.", "at 14:00", "at half past eight", "at 21:15", "before 9 a.m.", "at noon", "at 3 in the morning",
         "every 6 hours", "at 08:00 and 20:00", "at 17.30"]
DURS = ["for 72 hours", "for three weeks", "for 14 days", "for six months", "for 45 minutes", "over 2 hours", "for 10 days", "for a fortnight",
        "for almost two years", "for 28 days", "for about 90 minutes", "for 5 cycles"]
MONTHY = ["in March 2021", "in August 2016", "by October 2022", "since January 2020", "in late 2018", "in spring 2019", "in the winter of 2020",
          "from May to July 2023", "in September 2022", "in 2017", "in the early 2010s", "during the 1990s", "in the summer of 2024",
          "at the end of 2021", "in February 2024", "in mid-2019", "in December 2023", "in autumn 2015", "over 2022–2023"]
MONEY = ["¥180,000", "USD 45,000", "about 2 million tenge", "RMB 12,500", "$3,200", "€8,000", "1.2 million roubles", "around 30,000 yuan",
         "AED 60,000", "a little over 500,000 som", "₸950,000", "USD 1,200"]
BP = ["142/88 mmHg", "BP 118/76", "blood pressure of 165/100 mmHg", "90/60 mmHg", "128/84", "BP 200/120 mmHg", "110/70 mm Hg"]
SCORE = ["a SLEDAI-2K score of 18", "an ECOG score of 1", "NYHA class II", "Child-Pugh B", "a Glasgow Coma Scale of 13", "Gleason 4+3=7",
         "CTCAE grade 2", "CRS grade 1", "an ANA titre of 1:320", "a pain score of 3/10", "an APGAR of 8/9", "Karnofsky 80%", "ISS stage III",
         "an MRC power of 4/5", "Ann Arbor stage IIB", "a Barthel index of 65/100", "a BMI of 17.8"]
AGEU = ["34-year-old", "7-year-old", "67-year-old", "89-year-old", "52-year-old", "two-year-old", "eighty-five-year-old", "19-year-old",
        "seventy-year-old", "88-year-old", "45-year-old", "11-month-old"]
AGEUN = ["34", "seven", "67", "89", "52", "eighty-eight", "19", "twelve", "85", "41", "63", "three and a half"]


DRUGDOSE = [("rituximab", ["375 mg/m²", "375 mg/m2 weekly for 4 weeks", "500 mg", "1,000 mg on days 1 and 15"]),
            ("tocilizumab", ["8 mg/kg", "8 mg/kg IV, maximum 800 mg", "162 mg weekly"]),
            ("prednisone", ["5 mg a day", "10 mg daily", "20 mg once a day", "60 mg/day", "1 mg/kg/day"]),
            ("methylprednisolone", ["500 mg IV for 3 days", "1 g pulses", "40 mg twice daily", "80 mg/day"]),
            ("cyclophosphamide", ["500 mg/m² monthly", "750 mg/m2", "300 mg/m² for 3 days"]),
            ("fludarabine", ["30 mg/m² for 3 days", "25 mg/m2 daily"]),
            ("mycophenolate mofetil", ["1 g twice daily", "750 mg twice daily", "2 g/day"]),
            ("hydroxychloroquine", ["200 mg twice daily", "400 mg/day", "5 mg/kg/day"]),
            ("belimumab", ["10 mg/kg every 4 weeks", "200 mg weekly"]), ("tacrolimus", ["1 mg twice daily", "2 mg every 12 hours", "3 mg/day"]),
            ("ruxolitinib", ["5 mg twice daily", "10 mg twice daily"]), ("imatinib", ["400 mg once a day", "600 mg daily"]),
            ("dasatinib", ["100 mg once a day", "70 mg daily"]), ("lenalidomide", ["25 mg on days 1–21", "10 mg daily"]),
            ("bortezomib", ["1.3 mg/m²", "1.3 mg/m2 twice weekly"]), ("dexamethasone", ["10 mg IV", "20 mg weekly", "40 mg on days 1–4", "4 mg every 6 hours"]),
            ("levetiracetam", ["500 mg twice daily", "1,000 mg twice daily"]), ("enoxaparin", ["40 mg once a day", "4,000 IU daily", "1 mg/kg every 12 hours"]),
            ("insulin glargine", ["12 units at bedtime", "18 units once a day"]), ("metformin", ["500 mg twice daily", "1,000 mg twice daily"]),
            ("furosemide", ["20 mg IV", "40 mg in the morning"]), ("amlodipine", ["5 mg once a day", "10 mg daily"]),
            ("ceftriaxone", ["2 g once daily", "1 g every 12 hours"]), ("voriconazole", ["200 mg every 12 hours", "6 mg/kg loading dose"]),
            ("acyclovir", ["400 mg twice daily", "800 mg five times a day"]), ("IVIG", ["0.4 g/kg for 5 days", "2 g/kg in total"]),
            ("ondansetron", ["8 mg every 8 hours", "4 mg before each meal"]), ("omeprazole", ["20 mg before breakfast", "40 mg IV daily"]),
            ("pembrolizumab", ["200 mg every 3 weeks", "400 mg every 6 weeks"]), ("azacitidine", ["75 mg/m² for 7 days"]),
            ("venetoclax", ["400 mg once a day", "100 mg with the ramp-up"]), ("paracetamol", ["500 mg", "1 g up to four times a day"])]
CARTDOSE = ["2 × 10^6 CAR-T cells/kg", "1 × 10⁶ CAR+ T cells per kilogram", "1.0 × 10^8 CAR-positive T cells", "0.5 × 10^6 cells/kg", "3 × 10⁶ cells/kg"]
LABDEF = [("platelets", ["12", "23", "48", "67", "112", "186", "254"], "× 10⁹/L", "(reference range 125–350 × 10⁹/L)"),
          ("haemoglobin", ["62", "78", "96", "118", "134"], "g/L", "(normal 115–150 g/L)"),
          ("Hb", ["6.4", "8.1", "10.7", "12.9"], "g/dL", "(ref. 12–16 g/dL)"),
          ("creatinine", ["58", "96", "134", "212", "410"], "µmol/L", "(range 44–133 µmol/L)"),
          ("eGFR", ["18", "35", "48", "72", "96"], "mL/min/1.73 m²", "(normal above 90)"),
          ("24-hour urine protein", ["0.12", "0.8", "2.4", "3.6", "6.1"], "g", "(normal < 0.15 g)"),
          ("CRP", ["3", "12", "48", "85", "210"], "mg/L", "(normal < 10 mg/L)"),
          ("ferritin", ["310", "1,250", "4,800", "18,600"], "ng/mL", "(ref. 13–150 ng/mL)"),
          ("IL-6", ["7.8", "96", "1,250", "3,400"], "pg/mL", "(normal < 7 pg/mL)"),
          ("HbA1c", ["5.9", "7.8", "9.4"], "%", "(target below 7%)"),
          ("ALT", ["23", "67", "150", "310"], "U/L", "(upper limit of normal 40 U/L)"),
          ("INR", ["1.1", "2.4", "3.6"], "", "(target 2.0–3.0)"),
          ("CD4 count", ["85", "310", "450"], "cells/µL", "(normal 500–1,500 cells/µL)"),
          ("neutrophils", ["0.2", "0.8", "1.2", "3.6"], "× 10^9/L", "(normal 2.0–7.5 × 10^9/L)"),
          ("anti-dsDNA", ["12", "134", "450"], "IU/mL", "(negative < 25 IU/mL)"),
          ("complement C3", ["0.35", "0.62", "0.96"], "g/L", "(ref. 0.9–1.8 g/L)"),
          ("potassium", ["2.9", "3.4", "4.2", "5.8"], "mmol/L", "(normal 3.5–5.3 mmol/L)"),
          ("sodium", ["128", "134", "138"], "mmol/L", "(normal 135–145 mmol/L)"),
          ("glucose", ["3.1", "5.1", "11.2", "18.6"], "mmol/L", "(fasting 3.9–6.1 mmol/L)"),
          ("ESR", ["12", "48", "96"], "mm/h", "(ref 0–20 mm/h)"),
          ("white cell count", ["0.8", "2.1", "6.4", "23.5"], "× 10⁹/L", "(normal 4.0–10.0 × 10⁹/L)"),
          ("LDH", ["180", "450", "1,120"], "U/L", "(normal 120–250 U/L)"),
          ("CD19+ B cells", ["0", "2", "85", "210"], "cells/µL", "(ref. 90–560 cells/µL)")]


def g_lab(with_range=False):
    name, vals, unit, rng = pick(LABDEF)
    s = f"{name} {pick(vals)} {unit}".strip().replace(" %", "%")
    return s + " " + rng if with_range else s


def g_drugd():
    d, doses = pick(DRUGDOSE)
    return f"{d} {pick(doses)}"


REG = {}


def reg(key, fn, kinds=None):
    REG[key] = (fn, kinds)


# identifier placeholders
reg("FULL", n_full, "person_name"); reg("GIV", n_given, "person_name"); reg("TIT", n_title, "person_name"); reg("INI", n_initials, "person_name")
reg("NAME", n_any, "person_name"); reg("NICK", n_nick, "person_name"); reg("WNF", lambda: pick(WORDNAMES_F), "person_name")
reg("WNM", lambda: pick(WORDNAMES_M), "person_name"); reg("CAPS", n_caps, "person_name"); reg("LOW", n_lower, "person_name")
reg("MIX", n_mixed, "person_name"); reg("MRZ", n_mrz, "person_name"); reg("HANZI", lambda: pick(HANZI + TRANSLIT), "person_name")
reg("FAM", lambda: person()["f"], "person_name")
reg("DATE", g_date, "exact_date"); reg("DOB", g_dob, "date_of_birth,exact_date"); reg("BDAY", g_bday_noyear, "date_of_birth,exact_date")
reg("AGEA", g_age_adj, "age_over_89"); reg("AGEN", g_age_num, "age_over_89"); reg("AGES", g_age_short, "age_over_89"); reg("AGEP", g_age_phrase, "age_over_89")
reg("PH", g_phone, "phone_number"); reg("EM", g_email, "email"); reg("URL", g_url, "web_address"); reg("IP", g_ip, "ip_address")
reg("HANDLE", handle, "social_account"); reg("QQ", lambda: maybe_fw(dg1(R.randint(8, 10)), 0.1), "social_account")
reg("RID", g_rid, "resident_id"); reg("RIDOLD", lambda: g_resident(old=True), "resident_id"); reg("NID", g_nid, "national_id"); reg("NIDB", g_nid_bare, "national_id")
reg("PP", g_passport, "passport_number"); reg("MRN", g_mrn, "medical_record_number"); reg("HP", g_hp, "health_plan_number")
reg("CARD", g_card, "account_number"); reg("ACCT", g_acct, "account_number"); reg("LIC", g_licence, "licence_number")
reg("PLATE", g_plate, "vehicle_identifier"); reg("VIN", g_vin, "vehicle_identifier"); reg("DEV", g_device, "device_identifier")
reg("IMEI", g_imei, "device_identifier"); reg("OTH", g_other, "other_number"); reg("ADDR", g_addr, "street_address")
reg("PC", g_pc, "postal_code"); reg("GEO", g_geo, "geolocation")
# clean placeholders
for k, v in {"CITY": CITY, "COUNTRY": COUNTRY, "REGION": REGION, "DRUG": DRUG, "BRAND": BRAND, "GENE": GENE, "VARIANT": VARIANT,
             "TRIAL": TRIAL, "ICD": ICD, "ATC": DRUGCODE, "GUIDE": GUIDE, "BOOK": BOOK, "EPO": EPONYM, "HOSP": HOSP, "DEPT": DEPT, "JOB": JOB,
             "ALIAS": ALIAS, "REL": REL, "ZH": ZHTERM, "WARD": WARD, "TIME": TIMES, "DUR": DURS, "MY": MONTHY, "MONEY": MONEY, "BP": BP,
             "SCORE": SCORE, "AGEU": AGEU, "AGEUN": AGEUN}.items():
    reg(k, (lambda v=v: pick(v)), None)
reg("LAB", g_lab, None)
reg("LABR", lambda: g_lab(True), None)
reg("DRUGD", g_drugd, None)
reg("CART", lambda: pick(CARTDOSE), None)
reg("DAYD", lambda: pick(["day 3", "day +5", "day 7", "the second day", "day 9 after the infusion", "the fourth night"]), None)
reg("TIMEAT", lambda: pick(["at 06:30", "at 07:45", "at 14:00", "at 21:15", "at noon", "at 08:00"]), None)
reg("YEAR", lambda: str(R.randint(1998, 2024)), None)
reg("CNT", lambda: pick(["two", "three", "four", "five", "six", "seven", "eight", "nine", "12", "15", "20", "30", "40", "100", "1,500"]), None)
reg("DAYN", lambda: pick(["day 7", "day +14", "day 28", "day +90", "the third day", "day -5", "week 12", "month 6", "the 21st day after infusion",
                          "day 180", "cycle 4, day 1", "the second week"]), None)

TOKEN = re.compile(r"\{([A-Z]+?)(\d?)\}")


def fill(tpl):
    cache = {}
    kinds = set()

    def rep(m):
        key, idx = m.group(1), m.group(2)
        fn, k = REG[key]
        tok = m.group(0)
        if tok not in cache:
            cache[tok] = fn()
        if k:
            kinds.update(k.split(","))
        return cache[tok]

    s = TOKEN.sub(rep, tpl)
    return s, kinds


# ---------------------------------------------------------------- templates with identifiers
# (category, how many sentences, templates)

ID_GROUPS = [
    ("name_full_story", 30, [
        "{FULL} was 31 when the rash first appeared on her cheeks.",
        "After two failed lines of chemotherapy, {FULL} flew from {CITY} to Zhengzhou with her husband.",
        "Doctors in {CITY} told {FULL} there was nothing more they could offer.",
        "The case of {FULL} was discussed at the multidisciplinary meeting {TIME}.",
        "{FULL}, a schoolteacher from {REGION}, was admitted with a fever and swollen lymph nodes.",
        "It was {FULL} who first noticed that her son's bruises were not healing.",
        "When {FULL} arrived, she could not climb the stairs without stopping.",
        "Three months after the infusion, {FULL} went back to work at the bakery.",
        "The translation of the discharge letter was checked by {FULL}, the family's interpreter.",
        "Her neighbour {FULL} looked after the cows while the family was away.",
    ]),
    ("name_given_only", 28, [
        "{GIV} cried when the first blood count came back normal.",
        "{GIV} asked whether she would be allowed to swim again.",
        "By the fifth day {GIV} was sitting up and eating soup.",
        "We celebrated with a cake that {GIV} had ordered from the canteen.",
        "\"You can call me {GIV},\" she said to the nurses on the first morning.",
        "Little {GIV} drew a picture of the CAR-T cells as tiny soldiers.",
        "{GIV} and her mother shared one room on {WARD}.",
        "The night before the infusion, {GIV} could not sleep at all.",
        "Everyone on the ward knew {GIV} by the end of the first week.",
        "Thanks to {GIV}, the other mothers on the ward had someone to translate for them.",
    ]),
    ("name_title_family", 26, [
        "{TIT} explained the risks of cytokine release syndrome in simple words.",
        "The bone marrow biopsy was performed by {TIT} {TIME}.",
        "\"The response is complete,\" said {TIT}, the attending haematologist.",
        "We are grateful to {TIT} and the whole team in {DEPT}.",
        "According to {TIT}, the lupus activity has been low since the treatment.",
        "Her referral letter was signed by {TIT} of the regional hospital in {CITY}.",
        "{TIT} answered my questions every evening, even on weekends.",
        "I was told to wait for {TIT} before signing the consent form.",
        "Please pass my thanks to {TIT}; he saved my daughter.",
    ]),
    ("name_possessive", 22, [
        "{GIV}'s platelets climbed above 100 for the first time in years.",
        "{FULL}'s husband slept on a folding chair for eleven nights.",
        "We read {GIV}'s diary, written in pencil on the back of lab reports.",
        "{TIT}'s team adjusted the dose of {DRUG} twice that week.",
        "It was {GIV}'s idea to bring the dombra to the ward.",
        "The photo shows {GIV}'s hands, finally free of the cannula.",
        "{FAM}'s family sold their car to pay for the flights.",
    ]),
    ("name_list", 16, [
        "Visitors that week included {GIV}, {GIV2} and {GIV3}.",
        "Present at the family meeting: {FULL}, {FULL2}, the interpreter and the attending physician.",
        "Thank you to {TIT}, {TIT2} and nurse {GIV}.",
        "Donors: {FULL}, {FULL2}, {GIV} from the mosque, and many others.",
        "Her children, {GIV}, {GIV2} and {GIV3}, took turns to stay with her.",
        "The team: {INI} (haematology), {INI2} (ICU), {INI3} (pharmacy).",
    ]),
    ("name_quote_dialogue", 20, [
        "\"Mama, I can walk to the window now,\" {GIV} said.",
        "\"{GIV}, breathe slowly, the needle is almost in,\" the nurse told her.",
        "{GIV}: thank you doctor, today no pain at all!",
        "\"Don't give up,\" {FULL} wrote to the other parents in the group chat.",
        "\"We had already said goodbye once,\" recalled {GIV}, her older sister.",
        "Patient's words ({GIV}): I want to see my grandson start school.",
        "As {TIT} put it: \"Her kidneys are working again; that is the real victory.\"",
        "Q: How do you feel now? {GIV}: Like myself again.",
    ]),
    ("name_staff", 18, [
        "Nurse {GIV} taught her how to flush the PICC line.",
        "Our coordinator {FULL} met the family at the airport.",
        "Night nurse {GIV} sang to the baby when the fever spiked.",
        "Interpreter: {FULL}. Reviewer: chief physician of haematology.",
        "Physiotherapist {GIV} got him on his feet by day 10.",
        "Case story written by {FULL}, translated by {FULL2}.",
        "Head nurse {FAM} keeps a box of toys for the children from abroad.",
    ]),
    ("name_initials", 14, [
        "{INI} was referred to us with refractory nephritis.",
        "Clinical summary prepared by {INI}, MD.",
        "Signed: {INI}, attending physician.",
        "The first infusion was supervised by {INI} and a pharmacist.",
        "Discussed with {INI} (rheumatology) by phone.",
        "Referral from {INI}, city polyclinic No. 4, {CITY}.",
    ]),
    ("name_nickname", 16, [
        "{NICK} wants to become a doctor herself one day.",
        "We called the little one {NICK} on the ward.",
        "Everyone's favourite was {NICK}, who shared her sweets with the nurses.",
        "\"{NICK}, time for your tablets!\" his grandmother called.",
        "{NICK} and {NICK2} became friends in the playroom.",
        "Photo: {NICK} blowing out candles in the family lounge.",
    ]),
    ("name_wordlike", 22, [
        "{WNF} held her daughter's hand through the whole lumbar puncture.",
        "My sister {WNF} flew in from {CITY} to help.",
        "{WNF} and I want to thank the nurses on the fourth floor.",
        "Our son {WNM} is eight and loves football again.",
        "{WNM} drove us to the airport at four in the morning.",
        "The girl in the photo is {WNF}, three weeks after the infusion.",
        "\"I am not afraid any more,\" said {WNF}.",
        "Thank you, {WNM}, for carrying my bags every day.",
        "{WNM} said nothing; he just hugged the doctor.",
        "Her husband, {WNM}, works at the oil field near Atyrau.",
    ]),
    ("name_caps", 14, [
        "PATIENT: {CAPS}",
        "Surname and given names as in passport: {CAPS}.",
        "{CAPS} — discharge summary, page 2.",
        "Booking under the name {CAPS}, two adults.",
        "MRZ line: {MRZ}",
        "Invitation letter for {CAPS} and one accompanying person.",
    ]),
    ("name_lowercase", 14, [
        "hello doctor, this is {LOW}, the mother of the boy with lymphoma",
        "pls tell {LOW} her results are ready, she doesnt read email",
        "{LOW} says hi to everyone on the ward :)",
        "my name is {LOW} i want to ask about car-t for my father",
        "thank you {LOW} for the translation yesterday!!",
        "ok, {LOW} will bring the documents tomorrow",
    ]),
    ("name_mixed_script", 16, [
        "Her name is written {MIX} on the Chinese forms.",
        "{HANZI}, the patient's Chinese daughter-in-law, signed the consent.",
        "Contact person: {MIX}.",
        "The interpreter, {HANZI}, stayed late to explain the side effects.",
        "The boy, {MIX}, is now back at school in {CITY}.",
        "Translator's note: {HANZI} is how the family spells the patient's name in Chinese.",
        "Dr. {HANZI} led the apheresis team.",
    ]),
]

ID_GROUPS += [
    ("address", 48, [
        "Home address: {ADDR}.",
        "She lives at {ADDR} with her parents and two brothers.",
        "Please send the original reports to {ADDR}.",
        "The family rented a flat at {ADDR}, ten minutes from the hospital.",
        "{ADDR} — that is where the ambulance should come.",
        "Registered address (as in ID): {ADDR}.",
        "We moved to {ADDR} after the diagnosis to be closer to the clinic.",
        "Courier delivery to {ADDR}, ring twice.",
        "(Address: {ADDR})",
        "His grandmother's house, {ADDR}, has no lift, so he could not go home.",
        "My new address is {ADDR}, the old one is not valid.",
    ]),
    ("postal_code", 42, [
        "Postcode: {PC}.",
        "Please post the medicines to {CITY}, {PC}.",
        "ZIP {PC}, the rest of the address is in the form.",
        "Our post office index is {PC}, but the village has no street names.",
        "The courier asked for the postal code again: {PC}.",
        "{PC} — the post code of her village.",
        "Delivery region {PC} is not served by EMS, the pharmacy said.",
        "(postal code {PC})",
        "Postal index — {PC}; district centre {CITY}.",
        "She wrote {PC} in the box for the post code.",
    ]),
    ("geolocation", 40, [
        "Our village is at {GEO}, about 40 km from the nearest clinic.",
        "GPS: {GEO}",
        "She sent a pin — {GEO} — so the ambulance could find the house.",
        "The summer pasture is at {GEO}; there is no phone signal there.",
        "Pickup point: {GEO} (north gate).",
        "Location shared in the chat: {GEO}.",
        "Photo metadata showed {GEO}.",
        "We met the helicopter at {GEO}.",
        "Coordinates of the family's yurt, {GEO}, were given to the rescue team.",
    ]),
    ("exact_date", 60, [
        "{DATE}: admitted with a fever of 39.2 °C.",
        "On {DATE} she received the CAR-T cell infusion.",
        "Discharged {DATE}, walking without help.",
        "Her first follow-up is booked for {DATE}.",
        "The renal biopsy ({DATE}) showed class IV lupus nephritis.",
        "We landed in Zhengzhou late on {DATE}.",
        "Photo taken {DATE} on the ward balcony.",
        "Since {DATE} she has not needed any prednisone.",
        "Last dose of {DRUG}: {DATE}.",
        "Can we move the appointment from {DATE} to {DATE2}?",
        "Timeline — apheresis {DATE}, infusion {DATE2}.",
        "He relapsed on {DATE}, only four months after the transplant.",
        "The visa expires on {DATE}, so please hurry with the letter.",
        "Surgery was scheduled for {DATE} but postponed because of the fever.",
    ]),
    ("date_of_birth", 40, [
        "DOB: {DOB}",
        "Date of birth {DOB}; sex F.",
        "She was born on {DOB}, the youngest of four children.",
        "Patient details — b. {DOB}, male.",
        "(born {DOB})",
        "d.o.b. {DOB}, nationality Kazakh",
        "Our son was born {DOB} with a heart defect.",
        "Date of birth: {DOB} (as in passport).",
        "Her birthday is {BDAY}, so she turned 21 on the ward.",
        "My daughter's birthday is on {BDAY}; she will be nine.",
        "Born {DOB} in {CITY}.",
    ]),
    ("age_over_89", 40, [
        "A {AGEA} grandmother from {CITY} came with her grandson.",
        "His father is {AGEN} and still drives to the market.",
        "Grandpa ({AGES}) came to every visit.",
        "At {AGEN}, she was the oldest patient on the ward.",
        "Even {AGEP}, he walked the corridor twice a day.",
        "The {AGEA} patient tolerated the infusion well.",
        "Age: {AGEN}",
        "My great-grandmother, who is {AGEN}, prays for the doctors every day.",
        "Her mother, {AGEP}, could not travel with them.",
        "A {AGEA} man with anaemia was referred from {REGION}.",
    ]),
    ("phone", 60, [
        "Call me on {PH} after 6 p.m. Beijing time.",
        "Tel.: {PH}; fax: {PH2}",
        "If I don't answer, try my husband at {PH}.",
        "{PH} — that's my daughter's mobile, she speaks Chinese.",
        "Contact (mother): {PH}",
        "Please ring the family on {PH} before the results go out.",
        "Fax the discharge summary to {PH}, attention of the polyclinic.",
        "I tried {PH} three times yesterday but nobody picked up.",
        "Home phone {PH}, mobile {PH2}.",
        "(mob. {PH})",
        "You can reach the patient's brother on {PH}.",
        "My number changed, the new one is {PH}.",
        "Emergency contact — {PH} (son).",
    ]),
    ("email", 44, [
        "Send the report to {EM}, please.",
        "E-mail: {EM}",
        "My email is {EM} — write in Russian if possible.",
        "Forward the MRI images to {EM} so our doctor at home can see them.",
        "I changed my address; the new one is {EM}.",
        "CC {EM} on everything about the invoice.",
        "Emailed {EM} on Monday with the cost estimate.",
        "({EM})",
        "Her son's address is {EM}, he handles the paperwork.",
        "Reply to {EM}, not to this account.",
    ]),
    ("web_address", 40, [
        "Her fundraising page is {URL}.",
        "Read the whole diary at {URL}.",
        "Link to the scans: {URL}",
        "(video: {URL})",
        "{URL} — this is the blog I kept during treatment.",
        "My brother shared {URL} in the family chat.",
        "Donations can still be made through {URL}, thank you all.",
        "I uploaded the PET-CT to {URL}, the password comes separately.",
        "Source of the photo: {URL}",
    ]),
    ("ip_address", 40, [
        "Form submitted from {IP} at 23:14.",
        "Sender IP: {IP}",
        "The coordinator blocked {IP} after the spam messages.",
        "Video consultation connected from {IP}.",
        "Login attempts from {IP} and {IP2} were flagged.",
        "({IP}) duplicate submission, ignored",
        "Her VPN showed {IP}, so the call kept dropping.",
        "Access to the patient portal from {IP} was recorded in the log.",
        "Message #2 came from the same address, {IP}.",
    ]),
    ("social_account", 48, [
        "Add me on WeChat: {HANDLE}",
        "My WeChat ID is {HANDLE}, please add me.",
        "QQ: {QQ}",
        "You can write to my son on Telegram, @{HANDLE}.",
        "She posts updates on Instagram as @{HANDLE}.",
        "Our Douyin account {HANDLE} has videos from every stage of treatment.",
        "Follow her Xiaohongshu ({HANDLE}) for the recovery diary.",
        "LINE ID: {HANDLE}",
        "Facebook: {HANDLE} (the profile with the blue scarf).",
        "My QQ number is {QQ}, the WeChat is the same as the phone.",
        "Weibo @{HANDLE} shared her story last spring.",
        "I found the hospital through a post by @{HANDLE} on X.",
        "VK: id{QQ}",
        "TikTok @{HANDLE} — that's my daughter, she films everything.",
    ]),
    ("resident_id", 44, [
        "Her husband's ID card number is {RID}.",
        "Chinese resident ID: {RID}",
        "ID no. (身份证) {RID}",
        "Escort's resident ID {RID}, please check.",
        "{RIDOLD} (old ID card, 15 digits)",
        "The interpreter, a Chinese citizen, gave her ID as {RID}.",
        "Copy of ID card attached, number {RID}.",
        "Guardian: resident identity card {RID}",
        "ID {RID} was rejected by the insurer's system.",
        "身份证号：{RID}",
        "The donor's identity card, {RID}, is on file.",
    ]),
    ("national_id", 44, [
        "{NID}",
        "Patient's {NID} is needed for the compulsory insurance refund.",
        "Her {NID} was written on the back of the referral.",
        "Father: {NID}.",
        "Please note the {NID} on the invoice.",
        "Identification: {NID} (national ID).",
        "National ID number {NIDB}, issued in {CITY}.",
        "{NIDB} — this is my son's personal number.",
        "The embassy asked for the {NID} of both parents.",
        "I wrote the wrong personal number, the correct one is {NIDB}.",
    ]),
    ("passport_number", 44, [
        "Passport no. {PP}, valid until 2031.",
        "Her passport number is {PP}; the visa is inside.",
        "{PP} — passport of the accompanying father.",
        "Scan of passport (No. {PP}) received.",
        "Invitation letter issued for passport {PP}.",
        "Passport: {PP} / nationality: Mongolian",
        "The airline misspelt the passport as {PP} and she almost missed the flight.",
        "Travel document No.{PP}",
        "His new passport, {PP}, replaces the one that expired.",
        "passport {PP}",
    ]),
    ("medical_record_number", 44, [
        "MRN {MRN}",
        "Hospital number: {MRN}.",
        "Inpatient no. {MRN}, bed on {WARD}.",
        "Medical record number {MRN} — please quote it in all emails.",
        "{MRN} (outpatient record)",
        "Her chart, #{MRN}, was transferred to the rehabilitation department.",
        "病案号 {MRN}",
        "Records from the local hospital (file {MRN}) are attached.",
        "Admission number {MRN}; the old one was closed.",
        "Please pull record {MRN} for the review meeting.",
    ]),
    ("health_plan_number", 40, [
        "Insurance policy no. {HP}.",
        "Member ID {HP}.",
        "Her compulsory medical insurance policy number is {HP}.",
        "Social insurance card: {HP}",
        "The insurer needs policy {HP} quoted on every invoice.",
        "Policy {HP} covers CAR-T up to USD 150,000.",
        "({HP}, international health plan)",
        "Medicare card {HP} was not accepted in China.",
        "Health plan number — {HP}.",
        "His insurance membership {HP} ends this year.",
    ]),
    ("account_number", 44, [
        "Please refund the deposit to card {CARD}.",
        "Bank transfer to IBAN {ACCT}, beneficiary her father.",
        "Account no. {ACCT} at Halyk Bank.",
        "Donations: Kaspi card {CARD} (in the mother's name).",
        "The deposit came from account {ACCT}.",
        "The full card number, {CARD}, is needed for the refund.",
        "{ACCT} (family account)",
        "UnionPay card {CARD}, bank of China branch in the city.",
        "Send the money to {CARD}, not to the old card.",
        "Beneficiary account: {ACCT}; SWIFT code HSBKKZKX.",
    ]),
    ("licence_number", 40, [
        "Driver's licence {LIC}.",
        "Her husband, a truck driver, lost licence {LIC} while she was in hospital.",
        "Medical licence no. {LIC} (referring physician).",
        "Practising certificate {LIC} is printed on the stamp.",
        "Nursing licence {LIC}, issued in {CITY}.",
        "{LIC} — driving licence of the escort.",
        "The pharmacist signed with her registration number {LIC}.",
        "Licence number: {LIC}",
        "Pilot licence {LIC} was suspended until he recovers.",
    ]),
    ("vehicle", 42, [
        "Her brother drove 3,000 km in the family car ({PLATE}) to bring her home.",
        "Taxi {PLATE} picked them up at Xinzheng airport.",
        "Car reg: {PLATE}",
        "VIN {VIN} — the car was sold to pay for treatment.",
        "Parking permit issued for vehicle {PLATE}.",
        "{PLATE}, a silver Camry — the family's car.",
        "Plate no. {PLATE}",
        "The ambulance ({PLATE}) waited outside the arrivals hall.",
        "The truck {PLATE} carried the medical equipment over the border.",
        "Vehicle identification number: {VIN}.",
    ]),
    ("device", 44, [
        "Pacemaker serial number {DPM}.",
        "IMEI {IMEI}",
        "Her tablet (IMEI {IMEI}) is used for the video follow-ups.",
        "Insulin pump S/N {DEV} was replaced under warranty.",
        "CGM transmitter ID {DCGM}",
        "Cochlear implant serial {DEV}, left side.",
        "MAC address of the home monitor: {DMAC}",
        "CPAP device {DEV} goes home with him.",
        "Hearing aid serial no. {DSN}.",
        "{DEV} (serial of the implanted port)",
        "The Holter recorder {DEV} was returned on time.",
    ]),
    ("other_number", 44, [
        "Case no. {OCASE}",
        "E-ticket number {OTICK}.",
        "Booking reference {OPNR}, Air Astana.",
        "Court case {OCOURT} about the disability pension is still open.",
        "Student ID {OSTUD}; the university gave her a year off.",
        "Employee number {OEMP} at the mine.",
        "Claim {OCLAIM} was approved after three weeks.",
        "Refund request {OREF} is being processed.",
        "Hotel reservation {OHOTEL} for the family.",
        "Bone marrow donor registry ID {ODONOR}.",
        "Visa application number {OVISA}.",
        "Please quote our ticket {OREF} in your reply.",
    ]),
    ("multi", 60, [
        "Contact: {FULL}, {PH}, {EM}",
        "{FULL}, DOB {DOB}, passport {PP}.",
        "Patient {CAPS}, MRN {MRN}, admitted {DATE}.",
        "Send the invoice to {ADDR}, {PC}, attention {TIT}.",
        "{GIV} (WeChat {HANDLE}) will meet you at the airport.",
        "Escort: {FULL}, resident ID {RID}, tel. {PH}.",
        "Insurance {HP}; policy holder {FULL}.",
        "{FULL}, {AGEA}, from {CITY}; daughter {GIV} — {PH}.",
        "Refund to {FULL}, card {CARD}.",
        "Driver {GIV}, car {PLATE}, phone {PH}.",
        "On {DATE}, {GIV} called from {PH} to ask about the results.",
        "{TIT} ({EM}) reviewed the case on {DATE}.",
        "Pump serial {DEV} belongs to {FULL}.",
        "{FULL}: passport {PP}, {NID}.",
        "Booking {OPNR} — passengers {CAPS} and {CAPS2}.",
        "Registered at {ADDR}; coordinates {GEO}.",
        "{GIV} was born on {DOB} and admitted on {DATE}.",
    ]),
]

# harder forms, spread over the kinds
ID_GROUPS += [
    ("hard_fullwidth", 40, [
        "手机 {PHFW}, please call in the evening.",
        "Phone (full-width, copied from WeChat): {PHFW}",
        "The form shows the ID as {RIDFW}.",
        "Inpatient number {MRNFW} on the wristband.",
        "Admitted {DATEFW}, discharged three weeks later.",
        "Room {ROOMFW}, No. {NUMFW} Nongye Road — that is her flat.",
        "Post code {PCFW}.",
    ]),
    ("hard_words", 20, [
        "My number is eight seven seven seven, {WPH}.",
        "She was born on the {WORDDAY} of {MONTH}, {YEARW}.",
        "Call plus seven, seven oh one, {WPH}.",
        "Her passport number starts with N and then {WPH}.",
        "The flat is number {WORDNUM} on the {WORDDAY} floor of house {NUMW}, Abai Avenue.",
    ]),
    ("hard_label_after", 40, [
        "{PH} (mobile, WeChat-linked)",
        "{EM} is the only address she checks.",
        "{RID} is the number on her husband's card.",
        "{MRN} is our record number; the local one was different.",
        "{PP} was her old passport.",
        "{PLATE} is the plate of the car that will collect her.",
        "{DATE} is when it all started.",
        "{ACCT} is the account for donations.",
        "{HP} — that is the insurance number, not the ID.",
        "{DEV}, the serial on the pump, must be on the form.",
    ]),
    ("hard_inline_message", 40, [
        "hi doc!! {GIV} here, new number {PH} pls save it",
        "ok so the address is {ADDR} and code {PC}",
        "pls send to {EM} thx",
        "im at the gate, car {PLATE}, white",
        "DOB {DOB} / pass {PP} / tel {PH}",
        "wechat {HANDLE} or whatsapp same number",
        "mama born {DOB}, she is scared of needles lol",
        "dr {FAM} said come back on {DATE}?",
    ]),
]

WORDS1 = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def words_digits(n):
    return " ".join(WORDS1[int(c)] for c in dg(n)).replace("zero", pick(["zero", "oh"]))


reg("PHFW", lambda: fw(pick([f"1{pick('3589')}{dg(1)} {dg(4)} {dg(4)}", f"1{pick('3589')}{dg(9)}", f"0371-{dg1(4)}{dg(4)}"])), "phone_number")
reg("RIDFW", lambda: fw(g_resident().translate({0xFF10 + i: 48 + i for i in range(10)})), "resident_id")
reg("MRNFW", lambda: fw(pick([dg1(7), f"ZY{dg(8)}", f"{R.randint(2018, 2024)}-{dg(6)}"])), "medical_record_number")
reg("DATEFW", lambda: fw(pick([f"{R.randint(2016, 2024)}年{R.randint(1, 12)}月{R.randint(1, 28)}日", f"{R.randint(2016, 2024)}.{R.randint(1, 12)}.{R.randint(1, 28)}",
                               f"{R.randint(1, 12)}月{R.randint(1, 28)}日"])), "exact_date")
reg("ROOMFW", lambda: fw(f"{R.randint(2, 30)}0{R.randint(1, 8)}"), "street_address")
reg("NUMFW", lambda: fw(str(R.randint(1, 300))), "street_address")
reg("PCFW", lambda: fw(pick([f"45{dg(4)}", f"0500{dg(2)}", f"{dg1(6)}"])), "postal_code")
reg("WPH", lambda: words_digits(R.randint(6, 7)), None)
reg("WORDDAY", lambda: pick(["first", "second", "third", "fifth", "ninth", "twelfth", "seventeenth", "twenty-first", "twenty-eighth", "fourteenth"]), None)
reg("MONTH", lambda: pick(MONTHS), None)
reg("YEARW", lambda: pick(["nineteen eighty-seven", "two thousand and twelve", "nineteen sixty-one", "two thousand and three", "nineteen seventy-five"]), None)
reg("WORDNUM", lambda: pick(["forty-two", "seventeen", "eighty-one", "twelve", "one hundred and six"]), None)
reg("NUMW", lambda: pick(["twenty-three", "one hundred and fifty", "nine", "sixty-eight"]), None)

# template-level labels for the number-in-words rows
WORD_KINDS = {
    "My number is eight seven seven seven, {WPH}.": "phone_number",
    "She was born on the {WORDDAY} of {MONTH}, {YEARW}.": "date_of_birth,exact_date",
    "Call plus seven, seven oh one, {WPH}.": "phone_number",
    "Her passport number starts with N and then {WPH}.": "passport_number",
    "The flat is number {WORDNUM} on the {WORDDAY} floor of house {NUMW}, Abai Avenue.": "street_address",
}

# ---------------------------------------------------------------- clean templates

CLEAN_GROUPS = [
    ("clean_dose", 70, [
        "She was started on {DRUGD}.",
        "After the infusion the plan was {DRUGD}.",
        "Lymphodepletion: fludarabine 30 mg/m² and cyclophosphamide 300 mg/m² for 3 days.",
        "The CAR-T dose was {CART}.",
        "Give {DRUGD}, first dose {TIMEAT}.",
        "Tapering plan: {DRUGD}, then lower the dose every two weeks.",
        "He took {DRUGD} {DUR}.",
        "Discharge medicines: {DRUGD}; {DRUGD2}.",
        "Pre-medication with paracetamol 500 mg and {DRUGD}.",
        "Switching from {BRAND} to a generic saved the family {MONEY}.",
        "She received {CART} on day 0.",
        "At home she continues {DRUGD} and {DRUGD2}.",
    ]),
    ("clean_lab", 80, [
        "On admission: {LAB}, {LAB2}.",
        "{LABR}.",
        "By {DAYN}, {LAB}.",
        "Her last values, {LAB} and {LAB2}, had been stable for months.",
        "Labs {TIMEAT}: {LAB}; {LAB2}; {LAB3}.",
        "The latest results: {LAB} and {LAB2}, both better than last month.",
        "At follow-up: {LABR}.",
        "Before treatment, {LAB}; after treatment, {LAB2}.",
        "Blood pressure {BP}, heart rate 96/min, SpO2 97% on room air.",
        "Vital signs: {BP}, temperature 38.6 °C, respiratory rate 22.",
        "Her blood pressure was {BP} even on three drugs.",
        "A urine protein-to-creatinine ratio of 3.4 g/g was found at the local hospital.",
    ]),
    ("clean_score", 50, [
        "Disease activity was high, with {ACT}.",
        "At discharge she had {DISCH}.",
        "The team recorded {DISCH} and {DISCH2}.",
        "Toxicity was mild: {TOX}, no ICANS.",
        "Staging showed {STAGE}.",
        "He scored 27/30 on the MMSE and 4/10 on the fatigue scale.",
        "Response assessment at {RESPDAY}: complete metabolic response, Deauville {DEAU}.",
    ]),
    ("clean_time_duration", 60, [
        "The infusion started {TIME} and took 20 minutes.",
        "She was monitored {DUR} after the cells were given.",
        "Fever began on {DAYD} and lasted 36 hours.",
        "The flight from {CITY} took 7 hours with a stop in Urumqi.",
        "Visiting hours are 15:00–19:00 every day.",
        "Blood was drawn {TIME}, before breakfast.",
        "Apheresis lasted about 4 hours; the cells were ready {DUR} later.",
        "He stayed in the laminar-flow room {DUR}.",
        "She needs check-ups every 3 months for the first 2 years.",
        "Tablets were taken {TIME} {DUR}.",
        "Recovery took longer than expected: weeks in bed, then slow walks.",
    ]),
    ("clean_gene_variant", 70, [
        "Molecular testing found {VARIANT}.",
        "{FLOW} was negative, {FLOW2} positive.",
        "The tumour cells expressed {GENE} at high levels.",
        "Sequencing revealed {VARIANT} with a variant allele frequency of 38%.",
        "She carries a pathogenic {GERM} variant, which explained the family history.",
        "Flow cytometry: {FLOW}+, {FLOW2}−.",
        "No {MUTG} mutation was detected; karyotype {KARYO}.",
        "The CAR targets {CART_T}, a protein found on B cells or plasma cells.",
        "Genotyping for HLA-B*58:01 was done before allopurinol was started.",
        "CYP2C19 genotyping was done before {PGXDRUG} was started.",
        "A germline {GERM} test was offered to her sisters.",
    ]),
    ("clean_registry_codes", 70, [
        "She was treated in a clinical trial ({TRIAL}).",
        "The study is registered as {TRIAL}.",
        "Diagnosis code {ICD}.",
        "Discharge diagnosis: {EPO} ({ICD}).",
        "{DRUG} ({ATC}) is not yet registered in {COUNTRY}.",
        "Trial {TRIAL} is still recruiting patients with refractory lupus.",
        "Coded as {ICD} in the referral.",
        "The protocol followed {GUIDE}, trial number {TRIAL}.",
        "Registry: {TRIAL}; ethics approval was obtained in {YEAR}.",
        "Reported at ClinicalTrials.gov under {TRIAL}.",
    ]),
    ("clean_guideline_book", 50, [
        "Treatment followed {GUIDE}.",
        "She met {LUPC} for lupus.",
        "The residents are reading {BOOK} this month.",
        "Her father had read {BOOK} twice before they came.",
        "Grading used {GUIDE}.",
        "According to {GUIDE}, the response was complete.",
        "A copy of {BOOK} sits in the doctors' room.",
    ]),
    ("clean_month_year", 70, [
        "The first symptoms appeared {MY}.",
        "{MY}, she was diagnosed with {EPO}.",
        "She came to our hospital {MY}, after {CYC} cycles of chemotherapy.",
        "The disease came back {MY}.",
        "Her last relapse was {MY}, and none since.",
        "Follow-up visits are planned for {MYPLAIN} and a year later.",
        "She has been in remission since {YEAR}.",
        "Between {YEAR} and {YEAR2} she was in and out of hospitals in {CITY}.",
        "The family first heard of CAR-T therapy {MY}.",
        "Born in the 1980s, she had never been seriously ill before {YEAR}.",
        "Spring {YEAR} was the hardest time for the family.",
    ]),
    ("clean_age_under_90", 60, [
        "A {AGEU} woman from {CITY} was referred with refractory lymphoma.",
        "The patient, aged {AGEUN}, had no other illnesses.",
        "Her son is {AGEUN} and helps with the paperwork.",
        "At {AGEUN}, he was the oldest patient on the CAR-T ward that year.",
        "The {AGEU} boy had already had two transplants.",
        "She was diagnosed at the age of {AGEUN}.",
        "Her grandmother is in her eighties and lives in {CITY}.",
        "A {AGEU} from {COUNTRY} travelled alone for the first time.",
        "Age at onset: {AGEUN} years.",
    ]),
    ("clean_money_count", 40, [
        "The treatment cost {MONEY}, paid partly by a charity.",
        "The family raised {MONEY} through friends and the mosque.",
        "Her insurance covered {MONEY} of the bill.",
        "The ward has {CNT} beds and {CNT2} nurses on each shift.",
        "More than {CNT} patients from {COUNTRY} have been treated here.",
        "A night in the hotel near the hospital costs {MONEY}.",
        "She had {CNT} blood transfusions before coming to China.",
    ]),
    ("clean_place", 70, [
        "She travelled from {CITY} with her husband.",
        "The family lives in a small town in {REGION}.",
        "He grew up in {CITY} and studied in {CITY2}.",
        "Patients from {COUNTRY} usually fly in through Urumqi or Beijing.",
        "They drove from {CITY} to the border and took the train from there.",
        "Her local doctors in {CITY} sent the slides for review.",
        "The nearest haematologist is in {CITY}, five hours away by road.",
        "Before coming to China she had been treated in {CITY} and {CITY2}.",
        "Many of our international patients come from {COUNTRY} and {COUNTRY2}.",
        "He works as a driver in {REGION}.",
    ]),
    ("clean_institution_dept", 60, [
        "She was first treated at {HOSP}.",
        "The slides were reviewed at {HOSP} and confirmed.",
        "Care was shared between {DEPT} and {DEPT2}.",
        "She was moved to {DEPT} for observation.",
        "Her oncologist trained at {HOSP}.",
        "{JOB} explained the consent form in Russian.",
        "The plan was agreed by {JOB} and {JOB2}.",
        "A second opinion came from {HOSP}.",
        "{JOB} checks the line every morning on {WARD}.",
        "The meeting was attended by {JOB}, {JOB2} and {REL}.",
    ]),
    ("clean_brand_eponym", 60, [
        "She had been taking {BRAND} for two years.",
        "{BRAND} was stopped before the infusion.",
        "The boy was diagnosed with {EPO} at the age of five.",
        "{EPO} was ruled out.",
        "She also has {EPO}, which is well controlled.",
        "Her mother had {EPO} in the 1990s.",
        "Imaging excluded {EPO}; the final diagnosis was {EPO2}.",
        "He was switched from {BRAND} to a biosimilar because of cost.",
        "The differential diagnosis included {EPO} and {EPO2}.",
        "Like many patients with {EPO}, she had been misdiagnosed at first.",
    ]),
    ("clean_alias_relation", 80, [
        "{ALIAS} was admitted with fever and low platelets.",
        "{ALIAS} said the red spots were gone.",
        "\"I feel normal again,\" {ALIAS} said at the third follow-up.",
        "{REL} stayed with her throughout the treatment.",
        "{ALIAS}'s husband took her to several hospitals before she came to us.",
        "{REL} donated the stem cells.",
        "{ALIAS} flew home {MY} with the rest of the family.",
        "The doctor explained the plan to {ALIAS} and {REL}.",
        "{REL} cried when the results came back.",
        "Name: {ALIAS}. Gender: female. Nationality: {COUNTRY}.",
        "{ALIASA}, {AGEUA}, from {COUNTRY}, diagnosed {MY}.",
        "Like {ALIAS}, {REL} also had thyroid disease.",
    ]),
    ("clean_chinese_term", 40, [
        "The nurse wrote {ZH} on the chart.",
        "In Chinese the word is {ZH}, the interpreter explained.",
        "Glossary: {ZH}.",
        "Her mother learned to say {ZH} by the second week.",
        "The label on the box said {ZH}.",
        "The Chinese report mentions {ZH} twice.",
    ]),
    ("clean_wordlike", 60, [
        "There was hope in her voice for the first time.",
        "Hope is not a treatment plan, but it helped.",
        "Patience paid off: by the third cycle, the rash had faded.",
        "Will the fever come back, she kept asking.",
        "Mark each dose in the diary with a tick.",
        "Frank haematuria was not seen.",
        "Joy came slowly, in small steps.",
        "Faith in the team grew week by week.",
        "Amber-coloured urine was the first sign.",
        "Dawn rounds begin at 7:30 on the haematology ward.",
        "Summer {YEAR} was spent mostly in hospital.",
        "Grace periods for the insurance payment were extended.",
        "A rose-pink rash covered her arms.",
        "Sunday visits are the busiest on the ward.",
        "Bright red blood in the stool needs an urgent review.",
        "Precious little was known about the disease in her town.",
        "Miles of corridors separate the two wings.",
        "Ruby-red lips can be a sign of polycythaemia.",
        "Long-term follow-up is planned for 15 years.",
        "Lily pads are painted on the playroom walls.",
        "The gift from the patients' association was a box of books.",
        "Her sunny mood returned after the fever settled.",
        "Blessing or not, the rain kept the visitors away.",
        "Bill the insurer only after the second opinion.",
        "Rich, fatty food should be avoided {DUR}.",
        "Chase the culture results before the weekend.",
        "Iris changes were checked by the eye clinic.",
        "Charity funding covered {MONEY}.",
        "Hunter syndrome was considered and ruled out.",
        "Dawn, dusk and midnight: the three times for her tablets.",
        "Joy and relief filled the room when the scan came back clear.",
    ]),
    ("clean_capitalised", 40, [
        "Monday: platelet transfusion. Tuesday: rest. Wednesday: bone marrow aspiration.",
        "Before: wheelchair. After: walking. That is the whole story.",
        "Gender: Female. Age: {AGEUN}. Nationality: {COUNTRY}. Diagnosis: {EPO}.",
        "Outcome: complete remission at {RESPDAY}.",
        "Treatment: CAR-T cell therapy targeting {GENE}.",
        "Follow-up: every three months, by video from {CITY}.",
        "Patient Story: {EPO}, {YEAR}",
        "Systemic Lupus Erythematosus (SLE)-{CASEN}",
        "Leave Your Message",
        "Case {CASEN}: refractory lupus nephritis in a young mother",
        "Photo: the patient with the CAR-T team, {MY}.",
        "Caption: first walk outside, {DAYN}.",
    ]),
    ("clean_version_misc", 30, [
        "The app was updated to version 4.2.1 before the video visits began.",
        "CT slices of 1.25 mm were reconstructed.",
        "The 2.0 T scanner was busy, so she had the MRI at 3.0 T.",
        "A ratio of 1:1:1 for plasma, platelets and red cells was used.",
        "She completed 6 of 8 planned cycles.",
        "Room temperature storage is allowed for 24 hours.",
        "IgG 4.1 g/L, IgA 0.3 g/L, IgM 0.2 g/L.",
        "The chest drain put out 350 mL in 12 hours.",
        "CD4/CD8 ratio 0.6; NK cells 12%.",
        "The fever curve peaked at 40.1 °C on {DAYD}.",
        "ANA 1:1000, speckled pattern; anti-Sm positive.",
        "Dose level 2 (1 × 10^6 cells/kg) was chosen.",
        "The phone call with the family lasted 40 minutes.",
        "Her passport was renewed quickly, thanks to the embassy.",
        "The ID bracelet was checked before every transfusion.",
        "An email from the family arrived that evening.",
        "The address of the hospital is printed on the invitation letter.",
        "Fax machines are still used by some regional hospitals.",
        "She posted about her recovery on social media, which brought more patients to us.",
        "The insurance company paid after the second request.",
    ]),
]
reg("ALIASA", lambda: pick(["Ms. A", "Mr. B", "Patient C", "Ms. D", "Mr. K", "Mrs. H", "Mr. T", "Ms. Z"]), None)
reg("AGEUA", lambda: pick(["34", "52", "67", "89", "45", "28", "71", "88"]), None)
reg("KARYO", lambda: pick(["46,XX", "46,XY", "47,XY,+21", "46,XX,t(9;22)(q34;q11)", "45,X", "46,XY,del(5q)"]), None)
reg("CART_T", lambda: pick(["CD19", "BCMA", "CD20", "CD22", "GPRC5D", "CD19 and BCMA"]), None)
reg("GERM", lambda: pick(["BRCA1", "BRCA2", "CFTR", "TP53", "MLH1", "FMR1 premutation", "HBB", "ATM"]), None)
reg("LUPC", lambda: pick(["the 2019 EULAR/ACR classification criteria", "the SLICC 2012 criteria", "the 1997 ACR criteria"]), None)
reg("TOX", lambda: pick(["CRS grade 1", "grade 1 fever only", "CTCAE grade 2 neutropenia", "CRS grade 2 on day 3", "grade 1 hypotension"]), None)
reg("ACT", lambda: pick(["a SLEDAI-2K score of 18", "a DAS28 of 5.6", "a BVAS of 12", "an ESSDAI of 14", "a SLEDAI-2K of 22", "a PASI of 31"]), None)
reg("OCASE", lambda: pick([f"{R.randint(2019, 2024)}-KZ-{dg(4)}", f"IPC-{dg(5)}", f"{dg1(6)}"]), "other_number")
reg("OTICK", lambda: f"{pick(['465', '784', '555', '999', '880'])}-{dg(10)}", "other_number")
reg("OPNR", lambda: up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "other_number")
reg("OCOURT", lambda: pick([f"2-{dg(4)}/{R.randint(2019, 2024)}", f"No. {dg(4)}-{dg(2)}-{dg(4)}", f"({R.randint(2019, 2024)}) Yu 01 Min Chu No. {dg(4)}"]), "other_number")
reg("OSTUD", lambda: pick([f"{R.randint(2018, 2023)}{dg(4)}", f"S{dg(7)}", fw(f"{R.randint(2018, 2023)}{dg(5)}")]), "other_number")
reg("OEMP", lambda: pick([f"E-{dg(5)}", f"{dg1(6)}", f"KZM{dg(4)}"]), "other_number")
reg("OCLAIM", lambda: pick([f"CLM-{R.randint(2021, 2024)}-{dg(6)}", f"{dg1(10)}", f"CL{dg(8)}"]), "other_number")
reg("OREF", lambda: pick([f"FR-{R.randint(2021, 2024)}-{dg(5)}", f"#{dg1(6)}", f"REQ{dg(7)}"]), "other_number")
reg("OHOTEL", lambda: pick([f"{dg1(8)}", f"No. {dg1(9)}", f"HB-{dg(6)}"]), "other_number")
reg("ODONOR", lambda: pick([f"{dg(4)}-{dg(4)}-{dg(1)}", f"CMDP{dg(8)}", f"{dg1(9)}"]), "other_number")
reg("OVISA", lambda: pick([f"{dg(10)}", f"CNVISA{dg(8)}", f"No. {up(1)}{dg(8)}"]), "other_number")
reg("DPM", lambda: f"{pick(['PJN', 'RNH', 'BZX', 'PZC'])}{dg(6)}{pick('HS')}", "device_identifier")
reg("DMAC", lambda: pick([":".join(format(R.randint(0, 255), "02X") for _ in range(6)), "-".join(format(R.randint(0, 255), "02x") for _ in range(6))]), "device_identifier")
reg("DCGM", lambda: f"{dg(1)}{up(1)}{dg(1)}{up(3)}", "device_identifier")
reg("DSN", lambda: pick([f"{dg(4)}{up(1)}{dg(4)}", f"{dg(10)}", f"HA-{dg(7)}"]), "device_identifier")
reg("STAGE", lambda: pick(["Ann Arbor stage IIB", "ISS stage III", "stage IVA disease", "Lugano stage III", "R-ISS stage II", "a T2N1M0 tumour"]), None)
reg("DISCH", lambda: pick(["an ECOG score of 1", "a Barthel index of 65/100", "a pain score of 3/10", "Karnofsky 80%", "an MRC power of 4/5",
                           "NYHA class II", "a Glasgow Coma Scale of 15", "a BMI of 17.8", "a SLEDAI-2K score of 2", "an mRS of 1"]), None)
reg("MUTG", lambda: pick(["TP53", "JAK2", "FLT3", "NPM1", "KRAS", "IDH1", "EGFR", "MYD88", "BRAF"]), None)
reg("FLOW", lambda: pick(["CD19", "CD20", "CD22", "CD10", "CD38", "CD138", "BCMA", "CD3", "CD5", "CD30", "CD34", "TdT"]), None)
reg("PGXDRUG", lambda: pick(["clopidogrel", "voriconazole", "omeprazole"]), None)
reg("RESPDAY", lambda: pick(["day 28", "month 3", "week 12", "day +90", "month 6"]), None)
reg("DEAU", lambda: pick(["1", "2", "3"]), None)
reg("CYC", lambda: pick(["two", "three", "four", "six", "eight", "12"]), None)
reg("MYPLAIN", lambda: pick(["March 2025", "autumn 2025", "January 2026", "the summer of 2025", "June 2025"]), None)
reg("CASEN", lambda: pick(["01", "02", "03", "04", "05", "07", "11", "12"]), None)

KIND_ORDER = ["person_name", "street_address", "postal_code", "geolocation", "exact_date", "date_of_birth", "age_over_89", "phone_number",
              "email", "web_address", "ip_address", "social_account", "resident_id", "national_id", "passport_number",
              "medical_record_number", "health_plan_number", "account_number", "licence_number", "vehicle_identifier",
              "device_identifier", "other_number"]


def build():
    rows, seen = [], set()

    def run(groups, clean):
        for cat, n, tpls in groups:
            made = tries = i = 0
            while made < n and tries < n * 60:
                tpl = tpls[i % len(tpls)]
                i += 1
                tries += 1
                s, kinds = fill(tpl)
                if tpl in WORD_KINDS:
                    kinds |= set(WORD_KINDS[tpl].split(","))
                s = s.strip()
                if clean and s[0].islower():
                    s = s[0].upper() + s[1:]
                assert "\t" not in s and "\n" not in s
                if clean:
                    assert not kinds, (tpl, kinds)
                else:
                    assert kinds, tpl
                if s in seen:
                    continue
                seen.add(s)
                label = "-" if clean else ",".join(k for k in KIND_ORDER if k in kinds)
                rows.append((cat, label, s))
                made += 1

    run(ID_GROUPS, clean=False)
    run(CLEAN_GROUPS, clean=True)
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
