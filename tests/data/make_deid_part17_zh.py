#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 17 (Simplified Chinese).

What this is
------------
About 2,500 Simplified Chinese sentences of the kinds published on the site of a
Chinese hospital that treats international patients (Kazakhstan, Russia, Central
Asia, Mongolia, the Middle East, South-East Asia, Africa, Europe, and Chinese
patients from other provinces): editors' case-story narration, quotes from
patients and relatives, clinicians' remarks, photo captions, timeline entries,
thank-you letters and "Leave Your Message" contact-form messages (informal,
typos, mixed Latin / Cyrillic script, lower case, full-width digits, odd
spacing).  Roughly 1,150 rows are clean-but-tricky and roughly 1,350 rows hold at
least one identifier.

How it was written
------------------
Written blind, from the brief and general knowledge only: no scanner code, no
scanner tests, no other corpus file was read.  All templates, name pools and
number formats were invented for this part.  Standard library only, fixed random
seed: running the script twice gives a byte-identical TSV, written next to this
file as deid_generated_zh_heldout17.tsv (columns: category, expected_kinds,
sentence; "-" for clean rows).

Labels are computed from the slots a template uses: every identifier slot
carries its kind, clean filler slots carry none, so a row's label is the set
of kinds of the identifier slots it was filled with.

Judgement calls in the labels
-----------------------------
* A birth date (with or without year, "生日是3月4日" included) is date_of_birth
  only.  Any other day, with or without a year, is exact_date.  Month + year,
  a year alone, "1987年出生", seasons and weeks are clean.  Named festivals that
  fall on one fixed day are avoided in clean rows.
* 18-character Chinese resident ID numbers are resident_id only, even with a
  wrong check digit, spaces or dashes.  Other countries' national numbers (Kazakh
  IIN, Russian internal passport, SNILS, Uzbek PINFL, Mongolian register number,
  US SSN, Thai / Indonesian / Vietnamese / Turkish / Egyptian / Nigerian IDs) are
  national_id; travel passports are passport_number.
* Ages of 90+ in any wording (92岁, 九十二岁, 年过九旬, 九十多岁, 百岁, 期颐) are
  age_over_89.  Ages up to 89, 七旬 / 八旬, "90后" (a birth cohort) and decades
  ("九十年代") are clean.
* Phone numbers given as WhatsApp / Telegram / WeChat numbers are phone_number
  only.  WeChat IDs, QQ numbers, handles and social-network profile links are
  social_account.  Crowdfunding pages (水滴筹, 轻松筹, GoFundMe), blogs and
  personal home pages are web_address.
* A name inside an e-mail address, handle or URL is not labelled person_name.
* Licence numbers always appear with the clinician's name:
  licence_number,person_name.
* Visa, ticket / booking, court case, employee (工号), student, courier,
  appointment and insurance-claim numbers are other_number; insurance member /
  policy / card numbers (incl. 医保卡号, полис ОМС) are health_plan_number; bank
  accounts, cards and IBANs are account_number; plates and VINs are
  vehicle_identifier; pacemaker / implant / pump serials and IMEIs are
  device_identifier; hospital patient numbers (住院号, 病案号, 门诊号, 就诊卡号)
  are medical_record_number.
* Street + number (or building / room) is street_address; with a postcode also
  postal_code; a postcode alone is postal_code.  A city, district or country
  alone is clean, and so are floors, lifts, hospital buildings and bus lines.
* Surname + title (王医生, 李主任, 老王, 小李), given names alone, nicknames and
  words used as given names (a child called 平安, a woman called Вера) are
  person_name.  Letter aliases (A女士, 患者K, 张某, Patient K), relations
  without names, historical people in institution names (白求恩, 中山, 逸夫),
  eponyms (帕金森病, Apgar评分) and set phrases such as 华佗再世 are clean.
* Public service numbers (120, 110, 112, 103, 12320, 12345), trial registry
  numbers, ICD / ATC codes, gene variants, doses, lab values and prices are
  clean.
"""
import os
import random
import re

SEED = 1717
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_zh_heldout17.tsv")


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN_DIGITS = "零一二三四五六七八九"
CN_DIGITS_O = "〇一二三四五六七八九"


def fullwidth(s):
    return s.translate(FW)


def spell_digits(s, yao=False, zero="零"):
    out = []
    for ch in s:
        if ch.isdigit():
            c = CN_DIGITS[int(ch)]
            if ch == "0":
                c = zero
            if ch == "1" and yao:
                c = "幺"
            out.append(c)
        else:
            out.append(ch)
    return "".join(out)


def cn_num(n):
    """1..99 -> Chinese numerals (十二, 二十一)."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_DIGITS[t]) + "十"
    if u:
        s += CN_DIGITS[u]
    return s


def cn_year(y):
    return "".join(CN_DIGITS_O[int(c)] for c in str(y))


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def nz_digits(n):
    return str(R.randrange(1, 10)) + digits(n - 1)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(pick(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# name pools (invented for this part)
# ---------------------------------------------------------------------------
CN_SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚") + ["欧阳", "司马", "上官", "诸葛", "慕容"]
CN_GIVEN = ["秀英", "桂英", "淑珍", "建华", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "超", "秀兰", "霞", "刚", "桂兰", "志强", "晓峰", "雨桐", "梓涵", "浩然", "子轩", "欣怡", "思远", "俊杰", "佳琪", "一鸣", "德明", "振华", "立新", "文博", "晨曦", "若曦", "天佑", "美玲", "宇航", "婷婷", "丹丹", "鹏飞", "家豪", "玉珍", "凤英", "红霞", "小燕", "卫东", "爱华", "金凤", "永福", "树林", "春生", "铁柱", "慧敏", "诗涵", "嘉怡", "子墨", "沐阳", "昊天", "亚楠", "海波", "文娟", "国栋", "忠良"]
# given names that are also ordinary words; used AS NAMES in name rows
CN_WORD_GIVEN = ["平安", "阳光", "胜利", "建国", "国庆", "海燕", "春花", "红梅", "文静", "美丽", "光明", "长青", "和平", "幸福", "明月", "彩云"]
CN_NICK = ["阿明", "阿强", "小雨", "豆豆", "乐乐", "妞妞", "小宝", "果果", "壮壮", "丫丫", "糖糖", "大毛", "二妹", "阿芳", "小胖", "萌萌", "阿珍"]
CN_TITLES = ["医生", "大夫", "主任", "教授", "护士长", "护士", "院长", "老师", "阿姨", "师傅", "大姐", "先生", "女士", "博士", "主任医师", "姐", "哥", "叔", "奶奶", "大爷"]
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Song", "Zheng", "Han", "Tang", "Feng", "Dong", "Cao", "Deng", "Shen", "Peng", "Su", "Jiang", "Cai", "Ding", "Wei", "Ye", "Pan", "Du", "Xia", "Tian", "Fang", "Yao", "Jin", "Lu", "Bai", "Qin", "Gu", "Meng", "Lei", "Qian"]
PY_GIVEN = ["Xiuying", "Jianhua", "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan", "Tao", "Chao", "Xiulan", "Zhiqiang", "Xiaofeng", "Yutong", "Zihan", "Haoran", "Zixuan", "Xinyi", "Siyuan", "Junjie", "Jiaqi", "Yiming", "Deming", "Zhenhua", "Lixin", "Wenbo", "Chenxi", "Meiling", "Yuhang", "Tingting", "Pengfei", "Haiyan", "Guoqing", "Ping'an", "Dandan", "Huimin"]
F_FIRST_CN = ["努尔兰", "叶尔兰", "达娜", "阿依古丽", "古丽娜尔", "别克", "马迪", "阿利亚", "扎娜尔", "卡伊拉特", "萨乌列", "阿尔曼", "阿丽娜", "艾格琳", "娜塔莉娅", "伊万", "谢尔盖", "安娜", "奥尔加", "德米特里", "叶莲娜", "安德烈", "塔季扬娜", "斯韦特兰娜", "米哈伊尔", "乌卢格别克", "迪尔诺扎", "沙赫佐德", "贾姆希德", "巴特尔", "其其格", "额尔敦", "宝音", "乌日娜", "巴雅尔", "艾哈迈德", "穆罕默德", "法蒂玛", "优素福", "阿伊莎", "哈立德", "萨拉", "颂猜", "苏珊蒂", "普拉塞特", "奥卢瓦塞贡", "阿玛卡", "科菲", "恩戈齐", "汉斯", "玛丽亚", "皮埃尔", "索菲亚", "卢卡斯", "阿克尔别克", "朱尔德兹"]
F_LAST_CN = ["卡瑟莫夫", "伊万诺娃", "彼得罗夫", "努尔拉诺娃", "苏莱曼诺夫", "巴特巴雅尔", "阿卜杜拉", "哈桑", "奥孔科沃", "米勒", "施密特", "罗西", "别克穆哈梅多夫", "扎克波娃", "卡里莫夫", "拉希莫娃", "斯米尔诺娃", "库兹涅佐夫", "阿达耶米", "门萨", "旺萨库", "托合提", "谢伊特卡利", "奥斯曼诺夫", "甘图拉嘎"]
F_FIRST_LAT = ["Nurlan", "Aigerim", "Dana", "Yerlan", "Aizhan", "Madi", "Aliya", "Zhanar", "Kairat", "Saule", "Arman", "Alina", "Natalia", "Ivan", "Sergei", "Anna", "Olga", "Dmitry", "Elena", "Andrei", "Tatiana", "Ulugbek", "Dilnoza", "Shahzod", "Jamshid", "Batbayar", "Oyunchimeg", "Erdene", "Bolormaa", "Ahmed", "Mohammed", "Fatima", "Yousef", "Aisha", "Khalid", "Somchai", "Siti", "Nguyen Thi", "Oluwaseun", "Amaka", "Kofi", "Ngozi", "Hans", "Maria", "Pierre", "Sofia", "Lukas", "Gulnara", "Timur", "Asel"]
F_LAST_LAT = ["Kassymov", "Seitkali", "Zhakupova", "Bekov", "Nurlanova", "Ivanova", "Petrov", "Smirnova", "Kuznetsov", "Karimov", "Rakhimova", "Tursunov", "Gantulga", "Batbold", "Al-Mansouri", "Hassan", "Abdullah", "Wongsakul", "Rahmawati", "Lan", "Adeyemi", "Okafor", "Mensah", "Eze", "Muller", "Rossi", "Dubois", "Novak", "Suleimenov", "Omarova", "Akhmetov", "Yusupova"]
F_CYR = [("Наталья", "Иванова"), ("Сергей", "Петров"), ("Айгерим", "Сейткали"), ("Ерлан", "Беков"), ("Ольга", "Смирнова"), ("Дмитрий", "Кузнецов"), ("Гульнара", "Ахметова"), ("Нурлан", "Касымов"), ("Татьяна", "Орлова"), ("Бат-Эрдэнэ", "Ганбат"), ("Уланбек", "Тургунов"), ("Алия", "Жакупова"), ("Михаил", "Соколов"), ("Дильноза", "Рахимова"), ("Асель", "Омарова"), ("Тимур", "Сулейменов")]
CYR_WORD_NAMES = ["Вера", "Надежда", "Любовь", "Жулдыз", "Айгуль", "Сауле"]
LAT_WORD_NAMES = ["Hope", "Joy", "Grace", "Faith", "Sunny", "Amal", "Nur", "Aiman"]


# ---------------------------------------------------------------------------
# identifier generators: each returns a surface string
# ---------------------------------------------------------------------------
PN = "person_name"


def name_full():
    return pick(CN_SURNAMES) + pick(CN_GIVEN + CN_WORD_GIVEN[:4])


def name_given():
    return pick([g for g in CN_GIVEN if len(g) == 2] + CN_WORD_GIVEN)


def name_title():
    return pick(CN_SURNAMES) + pick(CN_TITLES)


def name_laoxiao():
    return pick(["老", "小"]) + pick(CN_SURNAMES[:80])


def name_pinyin():
    s, g = pick(PY_SUR), pick(PY_GIVEN)
    f = R.randrange(5)
    if f == 0:
        return f"{s} {g}"
    if f == 1:
        return f"{g} {s}"
    if f == 2:
        return f"{s.lower()} {g.lower()}"
    if f == 3:
        return f"{s.upper()} {g}"
    return f"{s}{g.lower()}"


def name_fcn():
    f = R.randrange(4)
    if f == 0:
        return pick(F_FIRST_CN)
    if f == 1:
        return pick(F_FIRST_CN) + "·" + pick(F_LAST_CN)
    if f == 2:
        return pick(F_FIRST_CN) + "・" + pick(F_LAST_CN)
    return pick(F_FIRST_CN) + pick(F_LAST_CN)


def name_flat():
    a, b = pick(F_FIRST_LAT), pick(F_LAST_LAT)
    f = R.randrange(6)
    if f == 0:
        return a
    if f == 1:
        return f"{a.lower()} {b.lower()}"
    if f == 2:
        return f"{b.upper()} {a}"
    return f"{a} {b}"


def name_fcyr():
    a, b = pick(F_CYR)
    f = R.randrange(4)
    if f == 0:
        return a
    if f == 1:
        return f"{b} {a}"
    if f == 2:
        return f"{a.lower()} {b.lower()}"
    return f"{a} {b}"


def name_nick():
    return pick(CN_NICK)


def name_any():
    f = R.random()
    if f < 0.30:
        return name_full()
    if f < 0.40:
        return name_given()
    if f < 0.52:
        return name_title()
    if f < 0.57:
        return name_laoxiao()
    if f < 0.65:
        return name_pinyin()
    if f < 0.80:
        return name_fcn()
    if f < 0.92:
        return name_flat()
    return name_fcyr()


def name_patient():
    """a patient name: often foreign."""
    f = R.random()
    if f < 0.35:
        return name_fcn()
    if f < 0.55:
        return name_flat()
    if f < 0.65:
        return name_fcyr()
    if f < 0.90:
        return name_full()
    return name_pinyin()


def name_doc():
    f = R.random()
    if f < 0.55:
        return name_full()
    if f < 0.9:
        return pick(CN_SURNAMES) + pick(["医生", "大夫", "主任", "教授", "院长", "主任医师", "副主任", "护士长"])
    return pick(PY_SUR) + " " + pick(PY_GIVEN)


def name_sig():
    f = R.random()
    if f < 0.4:
        return name_full()
    if f < 0.7:
        return name_fcn()
    if f < 0.85:
        return name_flat()
    return name_fcyr()


# --- dates -----------------------------------------------------------------
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def fmt_date(y, m, d, allow_noyear=True):
    f = R.randrange(14 if allow_noyear else 10)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 2:
        return f"{y}/{m}/{d}"
    if f == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if f == 4:
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    if f == 5:
        return fullwidth(f"{y}年{m}月{d}日")
    if f == 6:
        return f"{y} 年 {m} 月 {d} 日"
    if f == 7:
        return f"{d} {EN_MON[m-1]} {y}"
    if f == 8:
        return f"{d} {RU_MON[m-1]} {y} г."
    if f == 9:
        return f"{y}.{m}.{d}"
    if f == 10:
        return f"{m}月{d}日"
    if f == 11:
        return f"{m}月{d}号"
    if f == 12:
        return f"{cn_num(m)}月{cn_num(d)}号"
    return f"{EN_MON[m-1][:3]} {d}"


def exact_date():
    y = R.randrange(2015, 2026)
    return fmt_date(y, R.randrange(1, 13), R.randrange(1, 29))


def exact_date_full():
    y = R.randrange(2015, 2026)
    return fmt_date(y, R.randrange(1, 13), R.randrange(1, 29), allow_noyear=False)


def dob():
    y = R.randrange(1931, 2022)
    return fmt_date(y, R.randrange(1, 13), R.randrange(1, 29), allow_noyear=chance(0.15))


# --- age 90+ -----------------------------------------------------------------
def age90():
    n = R.randrange(90, 106)
    f = R.randrange(10)
    if f == 0:
        return f"{n}岁"
    if f == 1:
        return (cn_num(n) if n < 100 else "一百零" + CN_DIGITS[n - 100] if n > 100 else "一百") + "岁"
    if f == 2:
        return f"{n}周岁"
    if f == 3:
        return "年过九旬"
    if f == 4:
        return "年逾九十"
    if f == 5:
        return "九十多岁"
    if f == 6:
        return "百岁"
    if f == 7:
        return fullwidth(f"{n}") + "岁"
    if f == 8:
        return f"{n} 岁高龄"
    return f"{n}岁"


# --- phone -------------------------------------------------------------------
def phone():
    f = R.randrange(16)
    if f <= 4:  # Chinese mobile
        n = "1" + pick("3456789") + digits(9)
        g = R.randrange(7)
        if g == 0:
            return n
        if g == 1:
            return group(n, [3, 4, 4])
        if g == 2:
            return "+86 " + group(n, [3, 4, 4])
        if g == 3:
            return group(n, [3, 4, 4], "-")
        if g == 4:
            return fullwidth(n)
        if g == 5:
            return spell_digits(n, yao=chance(0.5))
        return "0086-" + n
    if f == 5:
        return f"0{pick(['451', '991', '10', '21', '571', '20'])}-{nz_digits(8)}"
    if f == 6:
        return f"+7 7{R.randrange(0, 8)}{R.randrange(10)} {digits(3)} {digits(2)} {digits(2)}"
    if f == 7:
        return f"8 (70{R.randrange(0, 8)}) {digits(3)}-{digits(2)}-{digits(2)}"
    if f == 8:
        return f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}"
    if f == 9:
        return f"+998 9{R.randrange(0, 10)} {digits(3)} {digits(2)} {digits(2)}"
    if f == 10:
        return f"+976 {pick(['88', '99', '95', '80'])}{digits(2)} {digits(4)}"
    if f == 11:
        return f"+971 5{R.randrange(0, 9)} {digits(3)} {digits(4)}"
    if f == 12:
        return f"+66 8{digits(1)} {digits(3)} {digits(4)}"
    if f == 13:
        return f"+62 812-{digits(4)}-{digits(4)}"
    if f == 14:
        return f"+234 80{digits(1)} {digits(3)} {digits(4)}"
    return f"+7.701.{digits(3)}.{digits(2)}.{digits(2)}"


# --- email -------------------------------------------------------------------
def email():
    a = pick(F_FIRST_LAT + PY_SUR).lower().replace(" ", "")
    b = pick(F_LAST_LAT + PY_GIVEN).lower().replace("'", "").replace("-", "")
    loc = pick([f"{a}.{b}", f"{a}_{b[:1]}", f"{a}{R.randrange(70, 100)}", f"{b}{digits(4)}", f"{a[:1]}{b}", f"{a}-{b}{R.randrange(1, 30)}"])
    dom = pick(["mail.ru", "yandex.ru", "gmail.com", "163.com", "126.com", "inbox.kz", "bk.ru", "outlook.com", "yahoo.com", "hotmail.com", "sina.com", "mail.kz", "list.ru", "protonmail.com"])
    if chance(0.12):
        loc = digits(R.randrange(8, 11)).lstrip("0") or "12345678"
        dom = "qq.com"
    f = R.randrange(10)
    if f == 0:
        return f"{loc} at {dom.replace('.', ' dot ')}"
    if f == 1:
        return f"{loc}（at）{dom}"
    if f == 2:
        return f"{loc} @ {dom}"
    if f == 3:
        return f"{loc}#{dom}（#换成@）"
    if f == 4:
        return f"{loc}@{dom}".upper()
    return f"{loc}@{dom}"


# --- web -----------------------------------------------------------------------
def web():
    slug = pick(["help-aigerim", "save-nurlan", "dana-fights-leukemia", "batbayar-heart", "for-little-madi", "olga-recovery", "aliya-transplant", "timur-kidney"])
    f = R.randrange(11)
    if f == 0:
        return f"https://www.gofundme.com/f/{slug}-{digits(3)}"
    if f == 1:
        return f"https://m.shuidichou.com/raise/{letters(2).lower()}{digits(6)}"
    if f == 2:
        return f"www.qschou.com/project/{digits(8)}"
    if f == 3:
        return f"https://{slug}.blogspot.com"
    if f == 4:
        return f"{slug.replace('-', '')}.livejournal.com"
    if f == 5:
        return f"https://www.jianshu.com/u/{letters(3).lower()}{digits(5)}"
    if f == 6:
        return f"http://www.{pick(F_LAST_LAT).lower()}-family.kz"
    if f == 7:
        return f"https://medium.com/@{pick(F_FIRST_LAT).lower()}{digits(2)}/my-year-in-china"
    if f == 8:
        return f"gofundme点com/f/{slug}"
    if f == 9:
        return f"www . {slug.replace('-', '')} . com"
    return f"https://{pick(PY_SUR).lower()}{pick(PY_GIVEN).lower()}.github.io"


# --- ip --------------------------------------------------------------------------
def ip():
    f = R.randrange(8)
    a = pick([95, 37, 89, 178, 212, 203, 112, 5, 46, 188, 123, 221, 2, 31])
    s = f"{a}.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
    if f == 0:
        return s.replace(".", "。")
    if f == 1:
        return s.replace(".", " . ")
    if f == 2:
        return f"2a02:{R.randrange(0x1000, 0xffff):x}:{R.randrange(0, 0xffff):x}::{R.randrange(1, 0xfff):x}"
    if f == 3:
        return f"192.168.{R.randrange(0, 10)}.{R.randrange(2, 250)}"
    return s


# --- social ------------------------------------------------------------------------
def social():
    h = pick(F_FIRST_LAT + PY_SUR).lower().replace(" ", "") + pick(["_", ".", "", "_kz", "88", "_2019", "_mama"]) + (digits(2) if chance(0.5) else "")
    f = R.randrange(14)
    if f == 0:
        return f"微信号 {h}"
    if f == 1:
        return f"微信：wxid_{letters(6, 'abcdefghijkmnpqrstuvwxyz0123456789')}{digits(2)}"
    if f == 2:
        return f"QQ {nz_digits(R.randrange(8, 11))}"
    if f == 3:
        return f"qq号{spell_digits(nz_digits(9))}"
    if f == 4:
        return f"Telegram @{h}"
    if f == 5:
        return f"tg: @{h}"
    if f == 6:
        return f"Instagram @{h}"
    if f == 7:
        return f"vk.com/id{nz_digits(R.randrange(7, 10))}"
    if f == 8:
        return f"facebook.com/{h}"
    if f == 9:
        return f"weibo.com/u/{nz_digits(10)}"
    if f == 10:
        return f"抖音号 {h}"
    if f == 11:
        return f"小红书号 {nz_digits(9)}"
    if f == 12:
        return f"ins：{h}"
    return f"ВКонтакте vk.com/{h}"


# --- street address / postal -------------------------------------------------------
CN_CITY_DIST = [("哈尔滨市", "南岗区"), ("乌鲁木齐市", "沙依巴克区"), ("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "越秀区"), ("成都市", "武侯区"), ("呼和浩特市", "新城区"), ("西安市", "雁塔区"), ("长春市", "朝阳区"), ("郑州市", "金水区"), ("伊宁市", ""), ("满洲里市", ""), ("大连市", "中山区"), ("昆明市", "五华区")]
CN_ROADS = ["学府路", "红旗街", "友谊路", "长江路", "人民大街", "解放北路", "新华路", "和平里东街", "光明巷", "建设大道", "黄河南路", "文化街", "幸福路", "西大桥路", "团结巷", "民主路"]
CN_POST = {"哈尔滨市": "150", "乌鲁木齐市": "830", "北京市": "100", "上海市": "200", "广州市": "510", "成都市": "610", "呼和浩特市": "010", "西安市": "710", "长春市": "130", "郑州市": "450", "伊宁市": "835", "满洲里市": "021", "大连市": "116", "昆明市": "650"}


def cn_address(with_post=False):
    city, dist = pick(CN_CITY_DIST)
    road = pick(CN_ROADS)
    n = R.randrange(1, 400)
    f = R.randrange(7)
    if f == 0:
        core = f"{city}{dist}{road}{n}号"
    elif f == 1:
        core = f"{city}{dist}{road}{n}号{R.randrange(1, 12)}栋{R.randrange(1, 6)}单元{R.randrange(1, 25)}0{R.randrange(1, 5)}室"
    elif f == 2:
        core = f"{dist or city}{road}{cn_num(n % 99 + 1)}号"
    elif f == 3:
        core = f"{road} {n} 号 {R.randrange(1, 30)}0{R.randrange(1, 6)}"
    elif f == 4:
        core = f"{city}{road}{n}号院{R.randrange(1, 9)}号楼{R.randrange(1, 20)}0{R.randrange(1, 4)}"
    elif f == 5:
        core = fullwidth(f"{road}{n}号")
    else:
        core = f"{city}{dist}{road}{n}弄{R.randrange(1, 40)}号"
    if with_post:
        pc = CN_POST[city] + digits(3)
        core = pick([f"{core}，邮编{pc}", f"{core}（{pc}）", f"{pc} {core}", f"{core} 邮政编码：{pc}"])
    return core


def foreign_address(with_post=False):
    f = R.randrange(8)
    n = R.randrange(1, 250)
    if f == 0:
        s = f"ул. Абая, д. {n}, кв. {R.randrange(1, 120)}"
        pc = "0500" + digits(2)
        city = "Алматы"
    elif f == 1:
        s = f"проспект Достык {n}"
        pc = "A05" + letters(1) + digits(1) + letters(1) + digits(1)
        city = "Almaty"
    elif f == 2:
        s = f"ул. Ленина, д. {n}, кв. {R.randrange(1, 90)}"
        pc = pick(["630", "664", "690", "101"]) + digits(3)
        city = pick(["Новосибирск", "Иркутск", "Владивосток", "Москва"])
    elif f == 3:
        s = f"{n} Kabanbay Batyr Ave, apt {R.randrange(1, 200)}"
        pc = "Z05" + letters(1) + digits(1) + letters(1) + digits(1)
        city = "Astana"
    elif f == 4:
        s = f"Peace Avenue {n}, apartment {R.randrange(1, 80)}"
        pc = "14" + digits(3)
        city = "Ulaanbaatar"
    elif f == 5:
        s = f"Amir Temur ko'chasi {n}-uy"
        pc = "100" + digits(3)
        city = "Tashkent"
    elif f == 6:
        s = f"Villa {n}, Street {R.randrange(2, 40)}, Al Barsha"
        pc = ""
        city = "Dubai"
    else:
        s = f"ул. Толе би {n}/{R.randrange(1, 9)}"
        pc = "0500" + digits(2)
        city = "г. Алматы"
    if with_post and pc:
        return pick([f"{pc}, {city}, {s}", f"{s}, {city} {pc}", f"{s}（邮编 {pc}）"])
    if with_post:
        return f"{s}, {city}, 邮编 {digits(5)}"
    return pick([s, f"{city}, {s}"])


def street():
    return cn_address() if chance(0.55) else foreign_address()


def street_post():
    return cn_address(True) if chance(0.5) else foreign_address(True)


def postal():
    f = R.randrange(7)
    if f == 0:
        return CN_POST[pick(list(CN_POST))] + digits(3)
    if f == 1:
        return "0500" + digits(2)
    if f == 2:
        return "A05" + letters(1) + digits(1) + letters(1) + digits(1)
    if f == 3:
        return pick(["630", "664", "690"]) + digits(3)
    if f == 4:
        return "14" + digits(3)
    if f == 5:
        return spell_digits(CN_POST[pick(list(CN_POST))] + digits(3))
    return fullwidth(CN_POST[pick(list(CN_POST))] + digits(3))


# --- geo ---------------------------------------------------------------------------
def geo():
    lat = R.uniform(35, 53)
    lon = R.uniform(60, 128)
    f = R.randrange(7)
    if f == 0:
        return f"{lat:.4f}, {lon:.4f}"
    if f == 1:
        return f"北纬{lat:.3f}度，东经{lon:.3f}度"
    if f == 2:
        return f"N{int(lat)}°{R.randrange(0, 60)}′{R.randrange(0, 60)}″ E{int(lon)}°{R.randrange(0, 60)}′{R.randrange(0, 60)}″"
    if f == 3:
        return f"geo:{lat:.5f},{lon:.5f}"
    if f == 4:
        return f"({lat:.6f}, {lon:.6f})"
    if f == 5:
        return f"纬度 {lat:.4f} 经度 {lon:.4f}"
    return f"{lat:.5f}N {lon:.5f}E"


# --- passport ----------------------------------------------------------------------
def passport():
    f = R.randrange(10)
    if f == 0:
        return "N" + digits(8)
    if f == 1:
        return f"{R.randrange(70, 77)} {digits(7)}"
    if f == 2:
        return "E" + nz_digits(8)
    if f == 3:
        return "EJ" + digits(7)
    if f == 4:
        return pick(["AA", "FA", "AB"]) + digits(7)
    if f == 5:
        return "N " + group(digits(8), [4, 4])
    if f == 6:
        return "E" + spell_digits(nz_digits(8))
    if f == 7:
        return "A" + digits(8)
    if f == 8:
        return "C" + letters(2, "FGHJKLMNPRTVWXYZ0123456789") + digits(2) + letters(1) + digits(3)
    return pick(["P", "K"]) + digits(7)


# --- national id (non-Chinese) -------------------------------------------------------
def national_id():
    f = R.randrange(13)
    yy, mm, dd = R.randrange(40, 100), R.randrange(1, 13), R.randrange(1, 29)
    if f in (0, 1):
        iin = f"{yy:02d}{mm:02d}{dd:02d}{pick('3456')}{digits(5)}"
        return pick([f"ИИН {iin}", f"IIN {iin}", f"个人识别号（ИИН）{iin}", f"哈萨克斯坦身份号码 {group(iin, [6, 6])}"])
    if f == 2:
        return pick([f"俄罗斯国内护照 {digits(2)} {digits(2)} {digits(6)}", f"внутренний паспорт {digits(4)} {digits(6)}", f"паспорт РФ серия {digits(4)} № {digits(6)}"])
    if f == 3:
        s = f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"
        return pick([f"СНИЛС {s}", f"SNILS {s}", f"养老保险号（СНИЛС）{s}"])
    if f == 4:
        return pick(["ПИНФЛ ", "PINFL ", "乌兹别克个人识别码 "]) + pick("3456") + digits(13)
    if f == 5:
        return pick(["蒙古国登记号 ", "регистрийн дугаар ", "register no. "]) + pick(["УБ", "ЧЕ", "ТА", "ДЖ"]) + f"{yy:02d}{mm:02d}{dd:02d}{digits(2)}"
    if f == 6:
        return f"SSN {R.randrange(100, 800)}-{digits(2)}-{digits(4)}"
    if f == 7:
        return f"泰国身份证号 {R.randrange(1, 9)}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}"
    if f == 8:
        return pick(["NIK ", "印尼身份证 NIK："]) + pick(["3174", "3273", "5171"]) + digits(12)
    if f == 9:
        return pick(["CCCD ", "越南公民身份证 "]) + "0" + digits(11)
    if f == 10:
        return pick(["TC Kimlik No ", "土耳其身份号 "]) + nz_digits(11)
    if f == 11:
        return pick(["埃及国民身份号 ", "Egyptian national ID "]) + pick("23") + f"{yy:02d}{mm:02d}{dd:02d}" + digits(7)
    return pick(["NIN ", "尼日利亚国民身份号码 "]) + nz_digits(11)


# --- Chinese resident id ---------------------------------------------------------------
AREA = ["230103", "230102", "650102", "650104", "110105", "310104", "440104", "510107", "150102", "610113", "220104", "410105", "654002", "150781", "210202", "530102"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id():
    body = pick(AREA) + f"{R.randrange(1935, 2020)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + digits(3)
    chk = "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]
    if chance(0.15):
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    f = R.randrange(8)
    if f == 0:
        return group(s, [6, 8, 4])
    if f == 1:
        return group(s, [6, 8, 4], "-")
    if f == 2:
        return fullwidth(s)
    if f == 3 and s.endswith("X"):
        return s[:-1] + "x"
    if f == 4:
        return group(s, [3, 3, 4, 4, 4])
    return s


# --- MRN -----------------------------------------------------------------------------------
def mrn():
    f = R.randrange(9)
    if f == 0:
        return f"住院号 {R.randrange(2018, 2026)}{digits(6)}"
    if f == 1:
        return f"病案号：{digits(8)}"
    if f == 2:
        return f"门诊号 MZ{R.randrange(2019, 2026)}{digits(7)}"
    if f == 3:
        return f"MRN {nz_digits(7)}"
    if f == 4:
        return f"病历号第{digits(7)}号"
    if f == 5:
        return f"就诊卡号 {group(nz_digits(12), [4, 4, 4])}"
    if f == 6:
        return f"ID号P{digits(8)}"
    if f == 7:
        return f"住院号{spell_digits(nz_digits(7))}"
    return f"登记号 {fullwidth(nz_digits(9))}"


# --- health plan ------------------------------------------------------------------------------
def health_plan():
    f = R.randrange(9)
    if f == 0:
        return f"医保卡号 {pick(['H', 'Y'])}{digits(2)}{nz_digits(10)}"
    if f == 1:
        return f"保单号 P{R.randrange(2019, 2026)}{digits(9)}"
    if f == 2:
        return f"полис ОМС {group(digits(16), [4, 4, 4, 4])}"
    if f == 3:
        return f"保险会员号 MBR-{digits(7)}"
    if f == 4:
        return f"insurance card no. {pick(['AXA', 'ALZ', 'BUPA', 'CIGNA'])}-{digits(4)}-{digits(5)}"
    if f == 5:
        return f"ДМС полис № {digits(3)}-{digits(6)}"
    if f == 6:
        return f"商业医疗险保单 {letters(3)}{digits(10)}"
    if f == 7:
        return f"保险卡号{spell_digits(digits(10))}"
    return f"国际医疗保险会员卡 {letters(2)}{group(digits(9), [3, 3, 3], '-')}"


# --- account -----------------------------------------------------------------------------------
def account():
    f = R.randrange(8)
    if f == 0:
        return "6222 " + group(digits(15), [4, 4, 4, 3])
    if f == 1:
        return "62" + digits(17)
    if f == 2:
        return "KZ" + digits(2) + pick(["722", "601", "125", "998"]) + "C" + digits(13)
    if f == 3:
        return "40817810" + digits(12)
    if f == 4:
        return "4400 " + group(digits(12), [4, 4, 4])
    if f == 5:
        return "IBAN AE" + digits(2) + " " + group(digits(19), [4, 4, 4, 4, 3])
    if f == 6:
        return spell_digits("6217" + digits(15))
    return "6228-" + group(digits(15), [4, 4, 4, 3], "-")


# --- licence -----------------------------------------------------------------------------------
def licence():
    f = R.randrange(5)
    if f == 0:
        return f"{R.randrange(1, 6)}{digits(2)}{R.randrange(23, 66)}0{digits(10)}"[:15]
    if f == 1:
        return f"{R.randrange(2005, 2024)}{R.randrange(11, 66)}{digits(6)}"
    if f == 2:
        return "1" + digits(14)
    if f == 3:
        return group("1" + digits(14), [5, 5, 5])
    return fullwidth("2" + digits(14))


# --- vehicle ---------------------------------------------------------------------------------------
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vehicle():
    f = R.randrange(10)
    prov = pick(["黑A", "黑B", "新A", "京N", "沪C", "粤B", "蒙A", "吉A", "辽B", "川A"])
    if f == 0:
        return f"{prov}·{letters(1)}{digits(4)}"
    if f == 1:
        return f"{prov}{digits(5)}"
    if f == 2:
        return f"{prov[0]} {prov[1]} {' '.join(digits(5))}"
    if f == 3:
        return f"{digits(3)} {letters(3, 'ABCDEHKMPTXY')} {R.randrange(1, 20):02d}"
    if f == 4:
        return f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {pick(['77', '54', '38', '125', '03'])}"
    if f == 5:
        return f"{digits(4)} {pick(['УБА', 'УНЕ', 'УБМ'])}"
    if f == 6:
        return "L" + "".join(pick(VIN_CH) for _ in range(16))
    if f == 7:
        return "VIN " + "".join(pick(VIN_CH) for _ in range(17))
    if f == 8:
        return f"{prov}{letters(1)}{digits(3)}{letters(1)}"
    return fullwidth(f"{prov}{digits(5)}")


# --- device ------------------------------------------------------------------------------------------
def device():
    f = R.randrange(9)
    if f == 0:
        return f"序列号 {letters(3)}{digits(6)}{letters(1)}"
    if f == 1:
        return f"IMEI {digits(15)}"
    if f == 2:
        return f"IMEI {digits(2)}-{digits(6)}-{digits(6)}-{digits(1)}"
    if f == 3:
        return f"SN: NG{digits(7)}{letters(1)}"
    if f == 4:
        return f"植入体编号 CI-{digits(3)}-{digits(7)}"
    if f == 5:
        return f"S/N {digits(2)}{letters(1)}{digits(7)}"
    if f == 6:
        return f"设备序列号{fullwidth(digits(10))}"
    if f == 7:
        return f"serial {letters(2)}{digits(8)}"
    return f"序列号：{spell_digits(digits(8))}"


# --- other numbers --------------------------------------------------------------------------------------
def other_num():
    f = R.randrange(14)
    if f == 0:
        return f"签证号 {digits(9)}"
    if f == 1:
        return f"签证编号 V{digits(8)}"
    if f == 2:
        return f"机票订单号 {nz_digits(12)}"
    if f == 3:
        return f"订座记录 {letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    if f == 4:
        return f"火车票号 {letters(1)}{digits(9)}"
    if f == 5:
        return f"（{R.randrange(2019, 2026)}）{pick(['黑0102', '京0105', '新0104', '沪0104'])}民初{R.randrange(100, 30000)}号"
    if f == 6:
        return f"工号 {nz_digits(5)}"
    if f == 7:
        return f"学号 {R.randrange(2018, 2025)}{digits(6)}"
    if f == 8:
        return f"顺丰单号 SF{nz_digits(13)}"
    if f == 9:
        return f"EMS单号 E{letters(1)}{digits(9)}CN"
    if f == 10:
        return f"预约号 {letters(1)}{R.randrange(2023, 2026)}{digits(4)}-{digits(3)}"
    if f == 11:
        return f"理赔案号 CLM{R.randrange(2019, 2026)}{digits(6)}"
    if f == 12:
        return f"booking ref {letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    return f"快递单号{spell_digits(nz_digits(12))}"


def age90n():
    n = R.randrange(90, 104)
    return pick([f"{n}岁", cn_num(n) + "岁" if n < 100 else f"{n}岁", f"{n}周岁", "九十多岁", fullwidth(str(n)) + "岁", f"{n} 岁"])


def name_word():
    return pick(CN_WORD_GIVEN)


def name_word_foreign():
    return pick(CYR_WORD_NAMES + LAT_WORD_NAMES)


# ---------------------------------------------------------------------------
# clean fillers
# ---------------------------------------------------------------------------
COUNTRIES = ["哈萨克斯坦", "俄罗斯", "蒙古国", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "阿联酋", "沙特阿拉伯", "约旦", "泰国", "越南", "印度尼西亚", "尼日利亚", "肯尼亚", "埃及", "德国", "意大利", "土库曼斯坦", "阿塞拜疆", "马来西亚"]
NATION = ["哈萨克斯坦", "俄罗斯", "蒙古", "乌兹别克斯坦", "吉尔吉斯", "阿联酋", "泰国", "越南", "尼日利亚", "德国", "埃及", "印尼"]
CITIES = ["阿拉木图", "阿斯塔纳", "新西伯利亚", "伊尔库茨克", "乌兰巴托", "塔什干", "比什凯克", "迪拜", "曼谷", "拉各斯", "开罗", "慕尼黑", "符拉迪沃斯托克", "哈尔滨", "乌鲁木齐", "黑河", "绥芬河", "喀什", "满洲里", "二连浩特"]
DEPTS = ["心内科", "肿瘤科", "神经外科", "骨科", "眼科", "康复医学科", "肝胆外科", "泌尿外科", "儿科", "中医科", "生殖医学中心", "甲乳外科", "消化内科", "血液科", "心外科", "国际医疗部"]
DISEASES = ["肺腺癌", "冠心病", "2型糖尿病", "乳腺癌", "肝硬化", "腰椎间盘突出", "先天性心脏病", "白内障", "胃癌", "急性髓系白血病", "股骨头坏死", "甲状腺乳头状癌", "脑胶质瘤", "慢性肾病", "类风湿关节炎", "脑卒中后遗症", "不孕症", "结肠癌"]
PROCS = ["冠脉支架植入术", "腹腔镜胆囊切除术", "全髋关节置换术", "白内障超声乳化手术", "达芬奇机器人辅助前列腺切除术", "肝移植", "造血干细胞移植", "经皮肾镜取石术", "开颅肿瘤切除术", "射频消融", "针灸联合推拿治疗", "胸腔镜肺叶切除术", "人工耳蜗植入", "试管婴儿（IVF）"]
DRUGS = ["阿司匹林", "氯吡格雷", "二甲双胍", "阿托伐他汀", "奥希替尼", "帕博利珠单抗", "曲妥珠单抗", "甲氨蝶呤", "华法林", "胰岛素", "他克莫司", "伊马替尼", "恩替卡韦", "左甲状腺素钠"]
BRANDS = ["赫赛汀", "格列卫", "可瑞达", "泰瑞沙", "波立维", "立普妥", "诺和锐", "拜糖平", "络活喜", "安维汀", "Keytruda", "Ozempic"]
HERBS = ["黄芪", "当归", "党参", "枸杞", "三七", "丹参", "甘草", "茯苓", "白术", "川芎", "陈皮", "金银花"]
EPONYMS = ["帕金森病", "阿尔茨海默病", "克罗恩病", "霍奇金淋巴瘤", "唐氏综合征", "川崎病", "格雷夫斯病", "桥本甲状腺炎", "吉兰-巴雷综合征", "马方综合征", "库欣综合征", "法洛四联症", "贝尔面瘫", "雷诺现象", "梅尼埃病"]
SCORES = ["格拉斯哥昏迷评分", "Apgar评分", "Child-Pugh分级", "Gleason评分", "Karnofsky评分", "Barthel指数", "Wells评分", "Ranson评分"]
INSTS = ["中山大学附属第一医院", "白求恩国际和平医院", "浙江大学医学院附属邵逸夫医院", "孙逸仙纪念医院", "宋庆龄基金会", "白求恩医科大学旧址", "逸夫楼", "李时珍中医药文化馆", "张仲景博物馆", "巴甫洛夫医学院", "纳扎尔巴耶夫大学", "梅奥诊所", "居里研究所", "巴斯德研究所", "华佗中医诊室"]
ALIASES = ["A女士", "B先生", "患者K", "患者张某", "王某某", "小C", "Patient K", "Ms. A", "Mr. B", "患儿M", "刘某", "X先生", "患者甲", "某某女士"]
RELS = ["她的丈夫", "他的女儿", "患者的母亲", "孩子的爸爸", "老人的儿媳", "我的哥哥", "我妈妈", "我外婆", "他的妻子", "患儿的奶奶", "陪诊的侄子", "我先生"]
SEASONS = ["2023年春天", "去年冬天", "今年夏天", "2022年秋", "那年初冬", "2024年开春", "2021年深秋", "前年夏天", "2020年冬"]
PUBNUM = ["120", "112", "103", "999", "911"]
OPENERS = ["您好，", "你好 ", "医生您好！", "hi ", "Здравствуйте! ", "打扰了，", "请问，", "hello，", "您好您好，", "Сәлеметсіз бе, ", "麻烦问一下，", "", "", "急！", "Добрый день, ", "Sain baina uu, "]
CLOSERS = ["谢谢！", "麻烦尽快回复", "спасибо", "盼复。", "谢谢医生", "thx", "Рахмет!", "谢谢谢谢", "", "", "。", "等你们消息", "баярлалаа", "🙏", "拜托了"]


def month_year():
    y = R.randrange(2012, 2026)
    m = R.randrange(1, 13)
    return pick([f"{y}年{m}月", f"{y}年{cn_num(m)}月", f"{EN_MON[m-1]} {y}", f"{y}.{m:02d}", f"{y}年{m}月份", f"{y}年{m}月底", f"{y}年{m}月初"])


def dose():
    return pick([f"{pick(DRUGS)} {pick(['75', '100', '10', '20', '40', '500', '850'])} mg 每日{pick(['一', '两', '三'])}次",
                 f"{pick(DRUGS)}{pick(['0.5', '1', '2.5', '5'])}g qd", f"胰岛素 {R.randrange(4, 40)} IU 睡前皮下注射",
                 f"{pick(DRUGS)} {R.randrange(1, 9)}片/日", f"{pick(HERBS)}{R.randrange(6, 31)}克", f"{pick(DRUGS)} {R.randrange(5, 200)} mg/m²"])


def lab():
    return pick([f"血红蛋白 {R.randrange(70, 160)} g/L", f"HbA1c {R.randrange(55, 120) / 10}%", f"肌酐 {R.randrange(50, 600)} μmol/L",
                 f"血小板 {R.randrange(20, 400)}×10⁹/L", f"CEA {R.randrange(10, 900) / 10} ng/mL", f"空腹血糖 {R.randrange(40, 180) / 10} mmol/L",
                 f"eGFR {R.randrange(8, 110)} mL/min", f"INR {R.randrange(9, 35) / 10}", f"ALT {R.randrange(8, 400)} U/L",
                 f"血压 {R.randrange(95, 190)}/{R.randrange(55, 115)} mmHg", f"心率 {R.randrange(45, 140)} 次/分", f"LVEF {R.randrange(20, 70)}%",
                 f"白细胞 {R.randrange(10, 300) / 10}×10⁹/L", f"PSA {R.randrange(1, 500) / 10} ng/mL", f"体温 {R.randrange(360, 405) / 10}℃", f"SpO₂ {R.randrange(82, 100)}%"])


def price():
    return pick([f"约{R.randrange(2, 60)}万元", f"¥{R.randrange(1, 99)},{R.randrange(100, 999)}", f"{R.randrange(10, 99)}00元人民币", f"{R.randrange(1, 30)}000美元",
                 f"{R.randrange(1, 9)}{R.randrange(0, 9)}0万坚戈", f"{R.randrange(10, 300)}000卢布", f"每天{R.randrange(2, 9)}00元", f"{R.randrange(1, 9)}.{R.randrange(1, 9)}万"])


def trial():
    return pick([f"NCT0{R.randrange(1000000, 6999999)}", f"ChiCTR{R.randrange(2000, 2500)}0{digits(5)}", f"ISRCTN{digits(8)}", f"EudraCT {R.randrange(2010, 2024)}-00{digits(4)}-{digits(2)}",
                 f"ChiCTR-{pick(['IOR', 'TRC', 'OPC'])}-{R.randrange(15, 18)}0{digits(5)}"])


def icd():
    return pick([f"ICD-10 {pick('CEIKMN')}{R.randrange(10, 99)}.{R.randrange(0, 9)}", f"{pick('CEIJK')}{R.randrange(10, 99)}.{R.randrange(0, 9)}", f"ATC {pick(['L01EB04', 'A10BA02', 'C10AA05', 'B01AC06', 'L01XC03', 'N02BE01'])}",
                 f"ICD-11 {pick(['2C25', '5A11', 'BA41', '8B11', 'CA40'])}"])


def gene():
    return pick(["EGFR 19外显子缺失", "EGFR L858R", "KRAS G12C", "BRCA1 c.5266dupC", "ALK融合", "HER2扩增", "JAK2 V617F", "BCR-ABL1", "GJB2 c.235delC", "BRAF V600E", "FLT3-ITD", "TP53 R273H", "MTHFR C677T", "HLA-B*58:01"])


def age_ok():
    n = R.randrange(1, 90)
    return pick([f"{n}岁", cn_num(n) + "岁", f"{n} 岁", f"{n}周岁"])


def decade():
    return pick(["八十年代", "九十年代", "上世纪七十年代", "2010年代", "90后", "80后", "00后", "九零后", "七十多岁", "八十多岁", "六旬", "七旬", "八旬", "年近八旬", "五十出头", "三十来岁"])


def floor():
    return pick([f"门诊楼{R.randrange(2, 12)}层", f"{R.randrange(1, 8)}号电梯", f"住院部B座{R.randrange(3, 20)}楼", f"{R.randrange(1, 99)}路公交", f"地铁{R.randrange(1, 4)}号线", f"{R.randrange(1, 6)}号楼", f"负{R.randrange(1, 3)}层停车场", f"{R.randrange(1, 20)}号诊室"])


def count():
    return pick([f"{R.randrange(2, 60)}00余名", f"{R.randrange(100, 999)}例", f"近{R.randrange(2, 20)}千人次", f"{R.randrange(3, 40)}个国家", f"{R.randrange(10, 90)}台", f"{R.randrange(2, 12)}批"])


def days():
    return pick([f"{R.randrange(2, 30)}天", f"{R.randrange(2, 12)}周", f"{R.randrange(2, 18)}个月", "半年", "一年多", "三个疗程", "48小时", "整整一个月"])


SLOTS = {
    # identifiers -> kind
    "name": (name_any, PN), "nfull": (name_full, PN), "ngiven": (name_given, PN), "ntitle": (name_title, PN),
    "nlx": (name_laoxiao, PN), "npy": (name_pinyin, PN), "nfcn": (name_fcn, PN), "nflat": (name_flat, PN),
    "nfcyr": (name_fcyr, PN), "nnick": (name_nick, PN), "npat": (name_patient, PN), "ndoc": (name_doc, PN),
    "nsig": (name_sig, PN), "nword": (name_word, PN), "nwordf": (name_word_foreign, PN),
    "date": (exact_date, "exact_date"), "datef": (exact_date_full, "exact_date"), "dob": (dob, "date_of_birth"),
    "age90": (age90, "age_over_89"), "age90n": (age90n, "age_over_89"), "phone": (phone, "phone_number"),
    "email": (email, "email"), "web": (web, "web_address"), "ip": (ip, "ip_address"), "social": (social, "social_account"),
    "street": (street, "street_address"), "streetpc": (street_post, "street_address,postal_code"), "postal": (postal, "postal_code"),
    "geo": (geo, "geolocation"), "passport": (passport, "passport_number"), "natid": (national_id, "national_id"),
    "rid": (resident_id, "resident_id"), "mrn": (mrn, "medical_record_number"), "hplan": (health_plan, "health_plan_number"),
    "acct": (account, "account_number"), "lic": (licence, "licence_number"), "veh": (vehicle, "vehicle_identifier"),
    "dev": (device, "device_identifier"), "other": (other_num, "other_number"),
    # clean fillers
    "country": (lambda: pick(COUNTRIES), None), "nation": (lambda: pick(NATION), None), "city": (lambda: pick(CITIES), None),
    "dept": (lambda: pick(DEPTS), None), "disease": (lambda: pick(DISEASES), None), "proc": (lambda: pick(PROCS), None),
    "drug": (lambda: pick(DRUGS), None), "brand": (lambda: pick(BRANDS), None), "herb": (lambda: pick(HERBS), None),
    "eponym": (lambda: pick(EPONYMS), None), "score": (lambda: pick(SCORES), None), "inst": (lambda: pick(INSTS), None),
    "alias": (lambda: pick(ALIASES), None), "rel": (lambda: pick(RELS), None), "season": (lambda: pick(SEASONS), None),
    "pubnum": (lambda: pick(PUBNUM), None), "open": (lambda: pick(OPENERS), None), "close": (lambda: pick(CLOSERS), None),
    "monthyear": (month_year, None), "year": (lambda: str(R.randrange(1998, 2026)), None), "dose": (dose, None), "lab": (lab, None),
    "price": (price, None), "trial": (trial, None), "icd": (icd, None), "gene": (gene, None), "age": (age_ok, None),
    "decade": (decade, None), "floor": (floor, None), "count": (count, None), "days": (days, None),
    "n": (lambda: str(R.randrange(2, 30)), None),
}

SLOTS["icdx"] = (lambda: pick([f"ICD-10 {pick('CEIKMN')}{R.randrange(10, 99)}.{R.randrange(0, 9)}", f"{pick('CEIJK')}{R.randrange(10, 99)}.{R.randrange(0, 9)}"]), None)
SLOTS["futseason"] = (lambda: pick(["今年秋天", "明年春天", "明年夏天", "今年冬天", "年底", "明年开春", "下个月"]), None)
SLOTS["bldg"] = (lambda: pick([f"门诊楼{R.randrange(2, 12)}层", f"住院部B座{R.randrange(3, 20)}楼", f"{R.randrange(1, 6)}号楼一层", "国际医疗部二楼", f"门诊楼{cn_num(R.randrange(2, 9))}楼"]), None)
CLOSE_MARK = "\x00"

SLOT_RE = re.compile(r"\{([a-z0-9]+)\}")


def fill(tpl):
    kinds = set()

    def rep(m):
        fn, kind = SLOTS[m.group(1)]
        if kind:
            kinds.update(kind.split(","))
        out = fn()
        return CLOSE_MARK + out if m.group(1) == "close" and out else out
    s = SLOT_RE.sub(rep, tpl)
    s = re.sub("(?<=[A-Za-z0-9_.@/\u0400-\u04ff!?])" + CLOSE_MARK, " ", s).replace(CLOSE_MARK, "")
    s = re.sub(r"\s+", " ", s).strip()
    return s, kinds


# ---------------------------------------------------------------------------
# identifier templates, grouped by the kind they are written for
# ("category|template"; other identifier slots in a template add their kinds)
# ---------------------------------------------------------------------------
T = {}
T["person_name"] = [
    "story|来自{city}的{nfcn}今年{age}，三年前被确诊为{disease}。",
    "story|{nfull}是一名从{city}转诊来的患者，入院时已经无法平卧。",
    "story|经过{days}的治疗，{npat}终于可以回家了。",
    "story|{nflat}第一次来到中国时，一句中文也不会说。",
    "story|陪同{nfcn}来看病的是{rel}，一路上负责翻译。",
    "story|在{dept}，大家都亲切地叫她{nnick}。",
    "story|{nfcyr} приехала к нам из {city}, 随行的还有两个孩子。",
    "story|主刀医生{ndoc}带领团队完成了这台长达九个小时的手术。",
    "story|术后第{n}天，{ngiven}已经能扶着床栏慢慢走动。",
    "story|{ntitle}每天查房都会多停留几分钟，和老人聊聊家常。",
    "story|小姑娘名叫{nword}，是父母在她出生那年给起的名字。",
    "story|女儿的名字叫{nwordf}，在俄语里是“希望”或“信仰”的意思，一家人都盼着她好起来。",
    "story|{npat}和{npat}是同一批从{city}来的患者，住在同一个病区。",
    "story|{nflat}、{nfcn}和{nfull}三人在同一周完成了{proc}。",
    "story|翻译{nfcn}说，患者最担心的不是手术，而是费用。",
    "story|{nlx}是科里的老护工，干了快二十年。",
    "story|这台手术由{ndoc}主刀，{ntitle}担任麻醉。",
    "story|{npy}从{country}来到这里读研究生，也在国际医疗部做志愿者。",
    "quote|“{ntitle}，谢谢您，没有您我不可能站起来。”",
    "quote|“我叫{nflat}，我来自{country}，我想告诉大家：不要放弃。”",
    "quote|{nfcn}的妈妈说：“孩子第一次喊疼以外的话，是叫{ngiven}阿姨。”",
    "quote|“{nlx}，快来看，他能自己吃饭了！”{rel}激动地喊道。",
    "quote|“Спасибо, {nfcyr}!” 出院时她抱住了翻译。",
    "quote|“我们全家都感谢{nfull}医生，”{rel}说。",
    "quote|“{nnick}很勇敢，打针从来不哭。”护士笑着说。",
    "quote|“没想到在这里能遇见说哈萨克语的{ntitle}，”{nfcn}说。",
    "quote|{npat}：“中国医生很耐心，每次都解释得很清楚。”",
    "quote|“{nword}，跟阿姨说再见。”妈妈轻声对孩子说。",
    "clinician|{ndoc}：“这个病例的难点在于肿瘤紧贴大血管。”",
    "clinician|{ntitle}表示，患者的{lab}，已经达到出院标准。",
    "clinician|据{ndoc}介绍，像{npat}这样的{disease}患者，早期发现非常关键。",
    "clinician|“{ngiven}的恢复比预期好，”{ntitle}在晨会上说。",
    "clinician|{nfull}副主任医师提醒，术后{days}内不要提重物。",
    "clinician|会诊由{ndoc}牵头，{nfull}、{nfull}参加。",
    "caption|图：{ndoc}（左二）与{nfcn}一家合影",
    "caption|照片中，{nflat}正在康复师的指导下练习行走。",
    "caption|{nfull}护士长为患儿{nnick}过生日（资料图）",
    "caption|左起：{nfull}、{nfcn}、{ntitle}",
    "caption|▲ {nfcyr} 在病房里学写汉字",
    "caption|图为{ntitle}正在为来自{country}的患者进行针灸治疗",
    "caption|{npy} 摄",
    "caption|摄影：{nfull}  文字：{nfull}",
    "timeline|入院当天，责任护士{nfull}为患者完成了入院宣教。",
    "timeline|第二周：{nflat}开始接受第一个疗程的{drug}治疗。",
    "timeline|术后第{n}天——{ngiven}第一次下地。",
    "timeline|出院前一天，{ntitle}再次核对了带药清单。",
    "letter|尊敬的{ndoc}：您好！我是{npat}的{rel}。",
    "letter|特别感谢{dept}的{nfull}、{nfull}和{ntitle}。",
    "letter|此致 敬礼！ ——{nsig}",
    "letter|最后，再次感谢{ntitle}和全体医护人员。{nsig}敬上",
    "letter|落款：患者家属 {nsig}",
    "letter|{ntitle}妙手仁心，您就是我们全家的恩人！",
    "letter|谢谢你，{nlx}，你每天早上那句“今天感觉怎么样”让我觉得不孤单。",
    "letter|Dear {ntitle}, 非常感谢您对我父亲的照顾。—— {nflat}",
    "letter|Огромное спасибо доктору {nfcyr} и всем медсестрам!",
    "message|{open}我是{nflat}，上个月在贵院做过{proc}，想问问复查的事{close}",
    "message|我叫{npy} 是{ntitle}的病人 想改一下复诊时间{close}",
    "message|{open}请帮我转告{ntitle}，药已经吃完了{close}",
    "message|{nfcyr}. хочу записаться на консультацию к доктору {nfull}",
    "message|hi this is {nflat} , my mother was treated by dr {npy} last spring{close}",
    "message|{open}{nlx}在吗？我爸的检查结果出来没{close}",
    "message|找一下{ndoc}，我是他的老病人{nfcn}{close}",
    "message|{open}我们家{nnick}上次住院时是{nfull}护士照顾的，想当面感谢她{close}",
    "message|{npy}在吗 我是从{city}来的 想咨询{disease}",
    "message|{open}能否安排{nfull}教授看一下我妈妈的片子？她叫{nfull}{close}",
    "message|{open}患者姓名：{npat}，国籍：{nation}，想预约{dept}{close}",
    "message|{nfcyr}, {nfcyr} и я — семья из {city}, 想一起来体检",
    "message|宝宝叫{nword}，去年在你们儿科住过院{close}",
    "message|{open}我是{nwordf}的妈妈，想咨询孩子的康复训练{close}",
]
T["exact_date"] = [
    "timeline|{date}：{npat}由家属陪同抵达哈尔滨，当天完成入院评估。",
    "timeline|{datef} 首次门诊，{dept}接诊。",
    "story|{date}，来自{country}的{npat}在我院接受了{proc}。",
    "quote|“我永远记得{date}那天，医生告诉我肿瘤切干净了。”",
    "caption|图为{date}，{ndoc}在病房为患者讲解术后注意事项。",
    "message|{open}我想预约{date}的门诊 可以吗{close}",
    "message|我们{date}的航班到乌鲁木齐，落地后直接去医院行吗？",
    "letter|{date}出院那天，全科室的护士都来送我们。",
    "clinician|{ndoc}说：“手术定在{date}，术前要停用{drug}一周。”",
    "timeline|{date} 术后第一次复查，{lab}。",
    "story|直到{date}，她才第一次自己下床走路。",
    "message|{open}复查时间改到{date}了吗？短信里没写清楚{close}",
    "message|my appointment is on {date}, 请确认一下 спасибо",
    "story|{date}晚上十点，急诊科接到一名从{city}转来的{age}患者。",
    "timeline|出院：{date}；随访：每三个月一次。",
    "caption|{date} 摄于康复科花园",
    "letter|从{date}入院到今天，整整四十天。",
    "quote|“{date}是我的第二个生日，”他笑着说。",
    "timeline|{datef}　行{proc}，过程顺利。",
    "story|{date}上午，{alias}在{dept}完成了第{n}次化疗。",
    "message|{open}{date}那天我在你们医院丢了一个黑色的包{close}",
    "clinician|{ntitle}回忆，{date}那台手术是他职业生涯中最难的一台。",
    "message|签证{date}到期，能不能开一份继续治疗的证明{close}",
    "timeline|{date}—{date}：第一周期靶向治疗。",
    "story|{rel}在{date}从{city}赶来，一下火车就直奔病房。",
    "message|{open}Мы прилетаем {date}, нужна встреча в аэропорту{close}",
]
T["date_of_birth"] = [
    "story|患者{npat}，女，生于{dob}，因{disease}入院。",
    "message|{open}我儿子是{dob}出生的，一直在{city}看病{close}",
    "message|DOB {dob}，{nation}籍，想预约{dept}。",
    "message|{open}资料表上我的生日写成了别的日期，正确的是{dob}，请帮我改一下{close}",
    "message|Дата рождения: {dob}. {open}",
    "story|宝宝{dob}早产，出生时只有1.4公斤。",
    "story|病历首页：{npat}，出生于{dob}，{nation}籍。",
    "message|我妈妈的生日是{dob}，能不能在医院给她过个生日？",
    "message|birthday {dob} 护照上是这个日期{close}",
    "letter|我是{dob}出生的，今年第一次在异国他乡过生日，谢谢大家。",
    "timeline|出生：{dob}；首次就诊：{monthyear}。",
    "message|{open}患者姓名{nflat} 出生日期{dob} 性别女{close}",
    "story|{nfcn}出生于{dob}，自幼患有{eponym}。",
    "message|孩子生日{dob}，疫苗本丢了，能补查吗{close}",
    "message|дата рождения ребёнка {dob}，我们想做听力筛查",
    "clinician|{ntitle}核对信息：“出生日期是{dob}，对吧？”",
]
T["age_over_89"] = [
    "story|一位{age90}的{nation}老人在我院成功接受了白内障手术。",
    "story|{rel}已{age90}，但仍坚持每天做康复操。",
    "story|{age90}的{alias}入院时已经卧床半年。",
    "quote|“我都{age90n}了，还能重新看清楚孙子的脸。”",
    "message|{open}我外公{age90n}，能做{proc}吗？{close}",
    "clinician|{ndoc}指出，{age90}的患者麻醉风险明显更高。",
    "caption|{age90}的老人在护士搀扶下走出病房",
    "story|这位{age90}的老兵，说起年轻时的事依然记得清清楚楚。",
    "message|{open}奶奶今年{age90n}，最近总是摔倒{close}",
    "timeline|入院时{age90n}，合并{disease}、{disease}。",
    "letter|家父{age90n}高龄，承蒙各位悉心照料，感激不尽。",
    "story|{nfcn}的祖母已{age90}，这次是全家陪她来的。",
    "quote|“{age90}的人了，还怕什么手术？”老人说。",
    "message|дедушке {age90n}, 能不能来中国治疗？",
    "clinician|对于{age90}的人，我们更看重生活质量而不是指标。",
    "story|病区里最年长的患者{age90}，最小的才{age}。",
]
T["phone_number"] = [
    "message|{open}我的电话{phone}，请回电{close}",
    "message|联系电话：{phone}（{nflat}）",
    "message|whatsapp {phone} 可以直接发语音{close}",
    "message|{open}Telegram номер {phone}，随时联系{close}",
    "message|微信同号{phone}{close}",
    "message|有急事打我手机{phone}，我姐姐{nfull}也可以接",
    "message|{open}请打这个号码{phone}，晚上九点后别打{close}",
    "letter|如有需要，可随时联系我：{phone}。",
    "story|{rel}留下的联系电话是{phone}。",
    "message|我在国内的号码 {phone} 在哈萨克斯坦用的是另一个{close}",
    "message|打{phone}找{nlx}就行",
    "message|WhatsApp/Viber: {phone}，{nfcyr}",
    "message|{open}回电请拨{phone}（白天），或者发短信{close}",
    "message|患者家属{nfull}，电话{phone}，想咨询住院费用",
    "message|tel.{phone} 我不会说中文，please english or russian",
    "message|{open}号码是{phone}别打错了{close}",
]
T["email"] = [
    "message|{open}检查报告请发到我的邮箱{email}{close}",
    "message|email: {email}  {nflat}",
    "message|{open}Пишите на почту {email}{close}",
    "message|我的邮箱是{email}，请把报价单发过来",
    "message|e-mail {email} please send the invoice{close}",
    "letter|如需转载这封信，可以通过{email}联系我。",
    "message|{open}邮箱：{email}（工作日会看）{close}",
    "message|片子已经发到{email}，{ntitle}收到了吗？",
    "message|{open}我的邮箱换了，新的是{email}{close}",
    "message|请回复到 {email} 谢谢 / спасибо",
    "message|联系人{nfcn} 邮箱{email}",
    "story|{rel}把病历扫描件发送到{email}后，国际部当天就回复了。",
    "message|发邮件到{email}就行，微信不常看{close}",
]
T["web_address"] = [
    "message|{open}这是我们的筹款页面{web}，希望能帮孩子凑够手术费{close}",
    "story|{rel}在{web}上记录了整个治疗过程。",
    "message|我的博客：{web}，写了在中国看病的经历",
    "letter|我把这段经历写在了个人主页{web}上，希望能帮到更多人。",
    "message|{open}众筹链接{web}，请医院帮忙出具诊断证明{close}",
    "message|see my blog {web} for the whole story{close}",
    "story|她的主页{web}上有上百条来自{country}网友的留言。",
    "message|{open}Сбор на лечение: {web}{close}",
    "quote|“大家可以去{web}看看他现在的样子，”{rel}说。",
    "message|水滴筹的链接是 {web} ，麻烦核实一下{close}",
    "message|{open}个人网站{web}上有我的联系方式{close}",
]
T["ip_address"] = [
    "message|提交IP：{ip}",
    "message|{open}网站一直打不开，我的IP是{ip}，是不是被屏蔽了{close}",
    "message|留言来源 {ip}（{city}）",
    "message|[系统] 来自{ip}的留言：想咨询{dept}",
    "message|IP地址 {ip} 登录患者门户时报错{close}",
    "message|{open}my ip {ip} cannot open the online report system{close}",
    "message|访问记录：{ip}，浏览器Chrome",
    "message|{open}上传片子失败，客服让我提供IP：{ip}{close}",
    "message|ip {ip} / device Android, 表单提交不了",
    "message|{open}Не могу зайти в личный кабинет, мой IP {ip}{close}",
    "message|表单日志：{ip} 提交时间 {date}",
]
T["social_account"] = [
    "message|{open}可以加我{social}，方便发片子{close}",
    "message|联系方式：{social}",
    "message|{open}有问题找我：{social}（{nflat}）{close}",
    "message|我的{social}，晚上在线",
    "story|出院后，{nfcn}通过{social}和护士们保持联系。",
    "message|{open}加一下{social}吧，电话费太贵了{close}",
    "message|пишите мне в {social}{close}",
    "message|找我直接{social}",
    "letter|欢迎病友通过{social}找我交流经验。",
    "message|{open}{social} 是我女儿的，她会中文{close}",
    "message|患者家属{nfull} 联系：{social}",
    "message|{open}follow my recovery on {social}{close}",
]
T["street_address"] = [
    "message|{open}请把发票寄到{street}{close}",
    "message|我家地址：{street}",
    "message|{open}药能寄到{street}吗{close}",
    "story|{nfcn}一家在医院附近的{street}租了一间房子。",
    "message|address: {street}, please send the medical report by DHL{close}",
    "message|{open}Адрес для отправки документов: {street}{close}",
    "message|收件人{nfull}，地址{street}",
    "letter|如果有机会来{city}，欢迎到{street}我家做客。",
    "message|{open}我们住在{street}，离医院远吗，打车多少钱{close}",
    "message|寄到{street} 谢谢",
    "message|现住址：{street}（{nflat}）",
    "timeline|出院后暂住{street}，每周回院换药。",
]
T["street_address,postal_code"] = [
    "message|{open}邮寄地址：{streetpc}{close}",
    "message|请寄到 {streetpc}，收件人{npat}",
    "message|{open}address: {streetpc}{close}",
    "message|{open}Почтовый адрес: {streetpc}{close}",
    "message|发票抬头个人，寄{streetpc}",
    "letter|我的通信地址是{streetpc}，期待收到大家的回信。",
    "message|{open}新地址{streetpc}，旧地址作废{close}",
    "message|{streetpc} — {nfcyr}",
]
T["postal_code"] = [
    "message|{open}邮编是{postal}，地址之前填过了{close}",
    "message|邮政编码 {postal}",
    "message|{open}почтовый индекс {postal}{close}",
    "message|postcode {postal} — 上次填错了{close}",
    "message|{open}快递需要邮编，我们那里是{postal}{close}",
    "message|城市：{city}，邮编：{postal}",
    "message|{open}邮编{postal}对吗？快递员说不对{close}",
    "message|zip {postal}, city {city}",
    "message|{open}资料里邮编写成了别的，应该是{postal}{close}",
    "message|邮编:{postal}",
]
T["geolocation"] = [
    "message|{open}我们现在的位置是{geo}，救护车能过来吗{close}",
    "message|定位：{geo}",
    "message|{open}我家坐标{geo}，在村子东头{close}",
    "story|救援队根据{geo}的定位找到了受伤的牧民。",
    "message|GPS {geo} please send someone{close}",
    "message|{open}Мои координаты: {geo}{close}",
    "message|共享位置 {geo}（{nflat}）",
    "timeline|转运途中定位{geo}，患者生命体征平稳。",
    "message|{open}司机说找不到，我们在{geo}这里等{close}",
    "message|位置{geo}，离边境口岸大概二十公里",
]
T["passport_number"] = [
    "message|{open}护照号{passport}，姓名{nflat}{close}",
    "message|passport no. {passport}",
    "message|{open}номер загранпаспорта {passport}{close}",
    "message|我的护照号码是{passport}，办邀请函需要吗",
    "message|{open}护照：{passport}，有效期到明年{close}",
    "message|患者{npat} 护照号 {passport} 陪同人{nfcn}",
    "message|{open}上次登记的护照号错了，新的是{passport}{close}",
    "timeline|入院登记：护照号{passport}，国籍{nation}。",
    "message|паспорт {passport} (для приглашения){close}",
    "message|passport {passport} 我的名字 {nflat}",
    "message|{open}孩子的护照号是{passport}{close}",
]
T["national_id"] = [
    "message|{open}{natid}{close}",
    "message|我的{natid}，请帮我登记",
    "message|{open}证件：{natid}，姓名{nflat}{close}",
    "message|{natid} — это мой номер для оформления",
    "message|{open}保险公司要我提供{natid}，医院这边需要吗{close}",
    "timeline|登记信息：{nation}籍，{natid}。",
    "message|患者{npat}，{natid}",
    "message|{open}填表用的是{natid}{close}",
    "message|my id: {natid}{close}",
]
T["resident_id"] = [
    "message|{open}身份证号{rid}{close}",
    "message|患者{nfull}，身份证{rid}，异地医保",
    "message|{open}我的身份证号是{rid}，麻烦查一下报告{close}",
    "message|身份证：{rid} 姓名：{nfull}",
    "message|{open}孩子身份证号{rid}，住院登记时写错了{close}",
    "timeline|办理入院：核对身份证号{rid}。",
    "message|证件号码{rid}（我妈妈的）",
    "message|{open}sfz {rid}{close}",
    "message|{rid} 这是我爸的身份证号，挂号用",
    "message|{open}居民身份证：{rid}{close}",
]
T["medical_record_number"] = [
    "message|{open}我的{mrn}，想复印病历{close}",
    "message|患者{npat}，{mrn}",
    "message|{open}{mrn}，请帮忙查一下出院小结{close}",
    "timeline|入院，{mrn}，诊断{disease}。",
    "message|{mrn} — нужна выписка на английском",
    "message|{open}我爸的{mrn}，检查结果出来没{close}",
    "clinician|请调阅{mrn}的既往影像。",
    "message|{mrn} 姓名{nfcn} 要诊断证明{close}",
    "message|{open}上次住院{mrn}，这次还用这个吗{close}",
    "message|hospital {mrn}, patient {nflat}",
]
T["health_plan_number"] = [
    "message|{open}我的{hplan}，能直接结算吗{close}",
    "message|{hplan}，请问贵院和这家保险公司有合作吗",
    "message|{open}{hplan}，保险公司要医院的盖章发票{close}",
    "message|患者{npat} {hplan}",
    "message|{open}у меня {hplan}, 能用吗{close}",
    "timeline|入院审核：{hplan}，预授权已通过。",
    "message|{open}保险信息：{hplan}，持卡人{nflat}{close}",
    "message|my {hplan}, is direct billing possible{close}",
    "message|{hplan}（异地医保备案过了）",
]
T["account_number"] = [
    "message|{open}退款请打到这张卡{acct}{close}",
    "message|银行卡号：{acct}，户名{nfull}",
    "message|{open}押金退到{acct}，开户行中国银行{close}",
    "message|IBAN {acct} — для возврата денег",
    "message|{open}我的账号{acct}，请核对{close}",
    "message|refund to account {acct}, holder {nflat}",
    "message|{open}Kaspi карта {acct}{close}",
    "message|卡号{acct} 是我儿子的，退款打这里",
    "message|{open}转账账户：{acct}{close}",
    "message|account no {acct}{close}",
]
T["licence_number,person_name"] = [
    "story|主治医师{nfull}（医师执业证书编号{lic}）负责该患者。",
    "message|{open}请问{nfull}医生的执业证书编号是不是{lic}？{close}",
    "clinician|签字医师：{nfull}，执业证号{lic}",
    "letter|诊断证明由{nfull}医师出具，执业编码{lic}。",
    "message|医生名字{nfull}，执业证书号{lic}，保险公司要核实{close}",
    "caption|{nfull} 主任医师 | 执业证书编号：{lic}",
    "clinician|护士{nfull}，护士执业证书编号{lic}。",
    "message|{open}药师{nfull}的执业药师注册证号{lic}{close}",
    "timeline|会诊医师：{nfull}（{lic}）",
    "message|doctor {npy}, licence no. {lic}{close}",
    "clinician|处方医师{nfull} 执业证书编码 {lic}",
]
T["vehicle_identifier"] = [
    "message|{open}我的车牌{veh}，能停在医院地下车库吗{close}",
    "message|接机车辆车牌号{veh}，司机{nlx}",
    "message|{open}车牌{veh}的车挡住救护车通道了{close}",
    "story|{rel}开着{veh}一路从{city}开到医院。",
    "message|{open}номер машины {veh}, мы у ворот{close}",
    "message|车架号{veh}，保险理赔需要住院证明",
    "message|{open}停车场收费错了，车牌{veh}{close}",
    "message|plate {veh}, we are waiting at gate 2{close}",
    "message|{open}我们的车是{veh}，白色的{close}",
    "timeline|转运车辆：{veh}，随车医生{ntitle}。",
]
T["device_identifier"] = [
    "message|{open}起搏器{dev}，出国过安检需要证明{close}",
    "message|我爸的胰岛素泵{dev}报警了，怎么办",
    "message|{open}人工耳蜗{dev}，需要调机{close}",
    "timeline|植入心脏起搏器，{dev}。",
    "message|{open}手机{dev}丢在病房了{close}",
    "message|血糖仪{dev}读数不准{close}",
    "message|{open}кардиостимулятор {dev}, нужен контроль{close}",
    "clinician|记录：植入物{dev}，已登记。",
    "message|hearing aid {dev} broken{close}",
    "message|{open}助听器{dev}，保修卡找不到了{close}",
]
T["other_number"] = [
    "message|{open}{other}，请帮忙开一份就医证明{close}",
    "message|我的{other}",
    "message|{open}{other}，麻烦查一下{close}",
    "message|{other} — {nflat}",
    "timeline|医疗签证办理：{other}。",
    "message|{open}病历寄出了吗？{other}{close}",
    "message|{open}{other}这个还有效吗{close}",
    "message|ref: {other}{close}",
    "clinician|协调员备注：{other}。",
    "message|{open}已收到，{other}{close}",
]


SLOTS["cohort"] = (lambda: pick(["90后", "80后", "00后", "九零后", "85后", "95后"]), None)
SLOTS["agephrase"] = (lambda: pick(["七十多岁", "八十多岁", "六旬", "七旬", "八旬", "年近八旬", "五十出头", "三十来岁", "八十出头", "六十开外"]), None)
SLOTS["era"] = (lambda: pick(["八十年代", "九十年代", "上世纪七十年代", "2010年代", "上世纪九十年代初", "新世纪初"]), None)
SLOTS["patients"] = (lambda: pick([f"{R.randrange(2, 60)}00余名", f"近{R.randrange(2, 20)}千名", f"{R.randrange(100, 999)}位", f"上千名"]), None)
SLOTS["wordplain"] = (lambda: pick(["祝您一生平安", "愿孩子健康平安", "窗外阳光正好", "终于迎来了胜利", "病房里很安静", "她性格文静", "春暖花开", "前途一片光明", "祝福大家幸福安康", "月明星稀的夜晚", "和平年代", "天边的彩云"]), None)

CLEAN = [
    "story|来自{country}的{alias}今年{age}，确诊{disease}已经{days}。",
    "story|{monthyear}，{alias}在{rel}的陪同下来到{dept}。",
    "story|{season}，一位{agephrase}的{nation}患者因{disease}前来就诊。",
    "story|截至{year}年底，国际医疗部已累计接诊{patients}外籍患者。",
    "story|{rel}说，{alias}在{city}辗转了{n}家医院都没有明确诊断。",
    "story|经过{days}的{herb}配合{drug}治疗，{alias}的{lab}。",
    "story|{alias}被确诊为{eponym}，这种病在当地很少见。",
    "story|基因检测提示{gene}，医生为她选择了{brand}。",
    "story|{year}年，医院与{city}的三家诊所建立了转诊合作。",
    "story|患者{alias}的{score}只有{n}分，情况十分危急。",
    "story|这是{dept}今年完成的第{n}例{proc}。",
    "story|{alias}入组了临床试验（{trial}），目前病情稳定。",
    "story|出院诊断：{disease}（{icdx}）。",
    "story|{rel}原本以为要花{price}，最后实际费用比预期少了不少。",
    "story|从{city}到哈尔滨，{rel}和{alias}坐了{n}个小时的火车。",
    "story|{era}，这里还只是一家只有几十张床位的小医院。",
    "story|{alias}出生于{year}年，从小就有{eponym}的症状。",
    "story|{season}，{alias}第{n}次来到医院复查。",
    "story|护士站在{bldg}，出电梯右转就能看到。",
    "story|病房里住着三位来自{country}的患者，年龄从{age}到{age}不等。",
    "story|{rel}是一名{cohort}，辞掉了工作专门来陪护。",
    "story|{monthyear}起，{alias}开始服用{dose}。",
    "story|手术持续了{n}个小时，出血量约{n}0毫升。",
    "story|在{inst}进修过的{dept}医生们，带回了新的技术。",
    "story|{wordplain}，{alias}出院了。",
    "story|患者的{lab}，{lab}，提示病情好转。",
    "story|{alias}说，在家乡做同样的{proc}需要排队{days}。",
    "story|医院国际部有{n}名俄语翻译和{n}名英语翻译。",
    "story|{year}年以来，来自{country}的患者数量增长了{n}倍。",
    "story|{alias}一家{monthyear}第一次来中国，{season}又来了一次。",
    "quote|“在{city}，医生说只能保守治疗，”{rel}回忆道。",
    "quote|“我从没想过{agephrase}还能重新走路。”",
    "quote|“中药很苦，可是{herb}泡水我已经喝习惯了。”{alias}笑着说。",
    "quote|“{wordplain}，这是我们全家最大的心愿。”",
    "quote|“医生一天来看我{n}次，”{alias}说。",
    "quote|“你们就是华佗再世！”{rel}一遍遍地说。",
    "quote|“费用大概{price}，比我们想象的便宜。”",
    "quote|“Спасибо всем врачам!”{rel}用俄语喊道。",
    "quote|“Thank you, China.” {alias}在留言本上写道。",
    "quote|“{season}来的时候我还坐着轮椅，现在能自己走了。”",
    "quote|“孩子的{score}很好，”{rel}激动地说。",
    "quote|“Рахмет, 谢谢！”{alias}用哈萨克语和中文各说了一遍。",
    "quote|“要是早点来就好了，”{alias}的{rel}说。",
    "clinician|主任医师介绍，{disease}患者如出现{gene}，可考虑靶向治疗。",
    "clinician|医生建议：{dose}，{days}后复查{lab}。",
    "clinician|{eponym}早期症状不典型，容易被误诊。",
    "clinician|目前该患者{score}为{n}分，需继续观察。",
    "clinician|本研究已在{trial}注册。",
    "message|{open}对服务不满意，打12320投诉有用吗{close}",
    "story|夜里出了车祸，路人拨打了110和120。",
    "message|{open}家里着火了打119，那病人要先打哪个？{close}",
    "clinician|编码参考：{icd}；用药：{brand}（{drug}）。",
    "clinician|对于{agephrase}的患者，我们通常会先做全面的老年评估。",
    "clinician|术后{days}内避免剧烈运动，{lab}需控制在目标范围内。",
    "clinician|值班医生提醒，{lab}偏高时应及时就诊。",
    "clinician|{herb}与{drug}同服时需注意相互作用。",
    "clinician|该方案参考了{inst}发表的研究数据。",
    "clinician|遇到胸痛，请立即拨打{pubnum}。",
    "clinician|患者为{cohort}，长期熬夜，{lab}。",
    "clinician|HLA配型结果：{gene}阴性。",
    "clinician|{drug}的常规剂量为{dose}，肾功能不全者需减量。",
    "clinician|{nation}患者中，{disease}的发病年龄普遍在{age}左右。",
    "clinician|主治医生说：“这个结果比{season}那次好很多。”",
    "caption|图为医护人员在{bldg}迎接来自{country}的患者",
    "caption|{season}，{alias}（右）在康复训练中",
    "caption|{dept}团队合影（{monthyear}）",
    "caption|医生为{alias}检查术后伤口",
    "caption|▲ {rel}为孩子准备的{country}小国旗",
    "caption|国际医疗部接待大厅，位于{bldg}",
    "caption|图：{inst}专家来院交流",
    "caption|资料图：{year}年的住院部大楼",
    "caption|{alias}与主治医生在病房合影",
    "caption|护士教{rel}如何护理造口",
    "timeline|{monthyear}：确诊{disease}",
    "timeline|{monthyear}　首次来院，完成{proc}",
    "timeline|{season}：第{n}次复查，{lab}",
    "timeline|{year}年：医院成立国际医疗部",
    "timeline|术后第{n}天：拔除引流管",
    "timeline|第{n}周期：{dose}",
    "timeline|{monthyear}—{monthyear}：口服{brand}",
    "timeline|出院后{days}：电话随访，恢复良好",
    "timeline|{year}年秋：开通俄语服务热线",
    "letter|感谢{dept}全体医护人员，你们辛苦了！",
    "letter|{season}我们带着绝望来，带着希望回{country}。",
    "letter|医生们真是妙手回春、华佗再世！",
    "letter|{wordplain}。再次感谢！",
    "letter|我是{alias}的{rel}，在此向{dept}表示衷心感谢。",
    "letter|谢谢你们让一个{agephrase}的老人重新站起来。",
    "letter|一位来自{country}的患者家属 敬上",
    "letter|Большое спасибо всему коллективу {dept}!",
    "letter|Thank you for everything. 一个{nation}家庭",
    "letter|在这里的{days}，是我们一家最难忘的日子。",
    "letter|你们身上的白求恩精神让我们感动。",
    "story|医院的前身可追溯到{era}的一所教会诊所。",
    "letter|我们花了{price}，但换回了妈妈的健康，值！",
    "message|{open}请问{proc}大概需要多少钱？我在{city}{close}",
    "message|{open}{disease}能不能在你们医院治疗？{close}",
    "message|{open}{rel}{age}，{lab}，需要住院吗{close}",
    "message|{open}你们有会说俄语的医生吗{close}",
    "message|{open}签证要办多久？我们想{futseason}过来{close}",
    "message|{open}{brand}在中国多少钱一盒{close}",
    "message|{open}能邮寄{herb}到{country}吗{close}",
    "message|{open}我{monthyear}做过{proc}，现在还要吃{drug}吗{close}",
    "message|{open}坐{floor}能到医院吗{close}",
    "message|{open}医院附近有清真餐厅吗{close}",
    "message|{open}孩子{age}，{eponym}，有什么好办法{close}",
    "message|{open}我们是{cohort}夫妻，想咨询试管婴儿{close}",
    "message|{open}能参加{trial}这个试验吗{close}",
    "message|{open}诊断写的是{icd}，这是什么病{close}",
    "message|{open}检测出{gene}，{brand}有用吗{close}",
    "message|{open}我们那边急救电话是{pubnum}，中国是多少{close}",
    "message|{open}住院押金要{price}吗{close}",
    "message|{open}how much is {proc}? my mother has {disease}{close}",
    "message|{open}сколько стоит {proc}?{close}",
    "message|{open}{dose}吃了{days}，还是不舒服{close}",
    "message|{open}{score}是什么意思？医生说我{n}分{close}",
    "message|{open}医院几号楼是{dept}{close}",
    "message|{open}我爸{agephrase}了，坐飞机过来安全吗{close}",
    "message|{open}孩子{age} 发烧39度多 能直接来急诊吗{close}",
    "message|{open}预约要提前多久？{futseason}人多吗{close}",
    "message|{open}医保在{city}能报销吗{close}",
    "message|{open}i want to make appointment for {dept} maybe {monthyear}{close}",
    "message|{open}хочу приехать {futseason}, 需要准备什么材料{close}",
    "message|{open}挂号费多少 {price}?{close}",
    "message|{open}想问下{inst}和你们医院有合作吗{close}",
    "message|{open}门诊几点开门，{floor}怎么走{close}",
    "message|{open}A女士让我问问她的报告什么时候出{close}",
    "message|{open}我妈妈{agephrase}，有{eponym}，能做{proc}吗{close}",
    "message|{open}医生开的{dose}，一天最多能吃几次{close}",
    "message|{open}朋友推荐的，说你们{dept}很好{close}",
    "message|{open}{year}年我来过一次，现在想复查{close}",
    "message|{open}报告上{lab}，正常吗{close}",
    "message|{open}{herb}和{herb}能一起吃吗{close}",
    "message|{open}translation service available? we speak kazakh and russian{close}",
    "message|{open}明天能挂{dept}的号吗{close}",
]


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
QUOTA = {"person_name": 205, "street_address": 30, "street_address,postal_code": 28, "postal_code": 32}
DEFAULT_QUOTA = 55
CLEAN_TARGET = 1165


def casualize(s):
    """informal contact-form surface: drop sentence punctuation, odd spacing."""
    f = R.randrange(4)
    if f == 0:
        return s.replace("，", " ").rstrip("。").replace("？", "?")
    if f == 1:
        return s.replace("，", ",").replace("：", ":")
    if f == 2:
        return s.rstrip("。！!") + pick(["...", "!!", " ", "～", "??"])
    return s.replace("我", "偶", 1) if "我" in s else s + " 谢谢"


def main():
    rows, seen = [], set()

    def add(cat, tpl):
        for _ in range(60):
            s, kinds = fill(tpl)
            if cat == "message" and chance(0.18):
                s = casualize(s).strip()
            if "\t" in s or "\n" in s or s in seen:
                continue
            seen.add(s)
            rows.append((cat, ",".join(sorted(kinds)) if kinds else "-", s))
            return True
        return False

    for key, tpls in T.items():
        n = QUOTA.get(key, DEFAULT_QUOTA)
        order = []
        while len(order) < n:
            block = list(tpls)
            R.shuffle(block)
            order.extend(block)
        for entry in order[:n]:
            cat, tpl = entry.split("|", 1)
            add(cat, tpl)
    n_id = len(rows)
    order = []
    while len(order) < CLEAN_TARGET:
        block = list(CLEAN)
        R.shuffle(block)
        order.extend(block)
    made, i = 0, 0
    while made < CLEAN_TARGET:
        cat, tpl = order[i % len(order)].split("|", 1)
        i += 1
        if add(cat, tpl):
            made += 1
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows ({n_id} with identifiers, {len(rows) - n_id} clean) to {OUT}")


if __name__ == "__main__":
    main()
