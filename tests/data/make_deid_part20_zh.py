#!/usr/bin/env python3
"""Generator for a blind, labelled Simplified-Chinese test corpus for a de-identification
scanner (part 20, held-out set).

The sentences imitate what a Beijing hospital treating international patients publishes
and receives: case-story narration, quotes from patients and relatives, clinicians'
remarks, photo captions and alt text, timeline entries, SEO titles and descriptions,
thank-you letters, informal "Leave Your Message" contact-form messages and forwarded chat
snippets.  Patients come from Russia, Central Asia, Mongolia, the Middle East, South-East
Asia, Africa, Europe, the Americas, Korea, Japan and China.  Text is Chinese with foreign
names in Hanzi transliteration, Latin, Cyrillic and pinyin, full-width digits, Chinese
numerals and mixed-script fragments.

The file was written blind from a brief, using general knowledge only: every pool, template
and number format here was invented for this corpus.  Running it writes
deid_generated_zh_heldout20.tsv next to this file (header: category, expected_kinds,
sentence).  It uses random.Random(2020) only, iterates over lists and insertion-ordered
dicts only (sets serve for duplicate checks, never as a source of output), so two runs give
byte-identical output.  Duplicate sentences are skipped.

How labels are made
-------------------
Each family has a category and a list of templates with {slot} placeholders.  Every slot is
registered with the kinds it carries (identifier slots) or with none (clean slots); a
sentence's expected_kinds is the union of its slots' kinds in canonical order, or "-".
At definition time the code asserts that families whose category starts with "clean_" use
only clean slots, and that every template of an identifier family holds at least one
identifier slot.  The finished text is never scanned to find labels.  Contact-form
families add typo noise (homophone typos, lower-casing, dropped or half-width punctuation,
doubled spaces) to the literal template text only, never to slot values or digits.
Families whose category ends in "_hard" hold obfuscated, spelled-out, split, full-width,
lower-cased or mixed-script identifiers, or several identifiers in one sentence; a few
clean "_hard" families hold look-alike but non-identifying numbers.

Judgement calls
---------------
* A birth date, with or without year and also in the lunar calendar, is date_of_birth
  only.  Every other day-level date is exact_date: ISO, dotted, slashed, compact
  20230312, Chinese numerals, full-width, Russian/English month names, Roman-numeral
  months, Thai Buddhist-era years (佛历), lunar days such as 腊月初八, dates of death and
  visa expiry dates.  The lunar days that are themselves festivals (正月初一, 正月十五,
  五月初五, 七月初七, 八月十五, 除夕) are not produced as dates.  Month+year, years,
  ranges, seasons, weeks, "术后第三天" and festivals are clean.
* Ages of 90 and over in any wording (92岁, 九十三岁, 95周岁, 虚岁, aged 91, 94 y/o,
  93-летний, 年逾九旬, 九旬高龄, 九十出头, 年满九十, 百岁, 期颐之年) are age_over_89.  Ages up
  to 89, 年近九旬, 快九十了, 年过八旬, 90后, 九十年代 and 90 as a dose, a percentage,
  a blood pressure or a number of days are clean.
* person_name covers Chinese full names, surname + title (王主任, 任阿姨, 刘护士长, 王dr),
  "Dr. + surname", given names alone, nicknames (朵朵, 萨沙), ordinary words used as a
  child's name (一个名叫希望的小女孩), Hanzi transliterations, Latin, Cyrillic and pinyin
  names, and obfuscated forms (spaced, lower-cased, full-width, letter-by-letter).  The
  same words used as words (希望, 阳光, 平安), letter aliases (A女士, 患者K, 张某, 老K),
  relations, titles without surname (主任, 护士长), eponymous diseases, herbs and people
  inside institution, award or principle names (白求恩, 中山医院, 南丁格尔精神) are clean.
  Names inside e-mail addresses, handles and URLs are not person_name.
* Chinese 18-character resident IDs (valid or wrong check digit, spaced, dashed, split
  into parts, lower-case x, full-width, partly in Chinese numerals) are resident_id.
  Other countries' personal numbers (ИИН/ЖСН, СНИЛС, ИНН, Korean resident registration
  number, PINFL, SSN, Emirates ID, NIN, CCCD, NIK, MyKad, Personnummer ...) are
  national_id; the label written in front of such a number is part of the slot.
  Travel passports of any country are passport_number.
* Phone numbers, including numbers offered "for WhatsApp/Telegram/Viber" and a hospital
  department's full landline with extension, are phone_number.  Short public numbers
  (120, 110, 119, 112, 911, 999, 103, 12320, 12345, 12356) are clean.  WeChat IDs,
  wxid_ strings, QQ numbers, @handles and profile links (vk.com/id..., t.me/...) are
  social_account; crowdfunding pages, blogs, personal home pages and article links are
  web_address.  The hospital's own e-mail addresses are still email.
* A street with a house, building or flat number is street_address (also the hospital's
  own address and streets named after people, e.g. 中山路, ул. Пушкина); with a postcode
  it adds postal_code; a postcode alone is postal_code.  Cities, districts, provinces,
  countries, hospital buildings, floors, rooms, windows, wards, beds and lifts are clean.
* Coordinates in decimal, DMS, comma-decimal and longitude-first order, and plus codes,
  are geolocation.
* Insurance member, policy and card numbers (医保个人编号, 保单号, Cigna/Bupa/GeoBlue IDs,
  полис ОМС/ДМС) are health_plan_number.  Bank cards, account numbers and IBANs are
  account_number.  Clinician licence numbers (Chinese 执业证书编号, nurse licences, GMC,
  NPI) always appear next to the clinician's name.  Plates (Chinese incl. new-energy,
  Russian, Kazakh, Mongolian, Dubai) and VINs are vehicle_identifier.  Device serials,
  IMEI, MAC and UDI strings are device_identifier.  Visa, e-ticket, booking, appointment,
  invoice, receipt, courier, claim, court case, staff, student, invitation, residence and
  work permit numbers are other_number.
* Batch numbers in general statements (including date-looking ones such as 20230415),
  drug approval numbers (国药准字), trial registry numbers (NCT, ChiCTR, ISRCTN, EudraCT),
  ICD/ATC codes, gene variants, guideline versions and pages, app versions, prices, doses
  and lab values are clean.
"""

import datetime
import os
import random
import re

SEED = 2020
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "deid_generated_zh_heldout20.tsv")

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------


def fw(s):
    """Convert printable ASCII to full-width forms (space -> ideographic space)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)


CN_O = "〇一二三四五六七八九"
CN_LING = "零一二三四五六七八九"
CN_YAO = "零幺二三四五六七八九"


def cn_digits(s, table=CN_O):
    return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def cn_int(n):
    """Spoken Chinese numeral for 0..199."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n - 10] if n > 10 else "")
    if n < 100:
        t, o = divmod(n, 10)
        return units[t] + "十" + (units[o] if o else "")
    h, rest = divmod(n, 100)
    head = units[h] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + units[rest]
    if rest < 20:
        return head + "一十" + (units[rest - 10] if rest > 10 else "")
    return head + cn_int(rest)


def spaced(s, sep=" "):
    return sep.join(ch for ch in s if ch != " ")


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def letters(rng, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def weighted(rng, pairs):
    total = sum(w for w, _ in pairs)
    r = rng.random() * total
    acc = 0.0
    for w, v in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][1]


# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------

CN_SURNAMES = (
    "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 "
    "程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 "
    "范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 "
    "黎 易 常 武 乔 贺 赖 龚 文 欧阳 司马 上官 诸葛 乌兰 包 云 其木格"
).split()
CN_SURNAMES = [s for s in CN_SURNAMES if s not in ("乌兰", "其木格")]
CN_GIVEN = (
    "建国 秀英 志强 丽华 伟 芳 敏 静 磊 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 子涵 梓萱 一诺 "
    "浩然 欣怡 宇轩 雨桐 俊杰 思远 晓燕 海燕 春梅 国栋 卫东 红梅 玉兰 淑珍 德胜 文博 嘉怡 若曦 "
    "沐阳 辰逸 振华 淑芬 宏伟 立新 晓东 佳琪 梦瑶 子墨 诗涵 天佑 建华 素梅 凤英 永福 金凤 亚楠"
).split()
CN_TITLES = ["医生", "大夫", "主任", "教授", "护士长", "护士", "老师", "院长", "女士", "先生",
             "阿姨", "师傅", "奶奶", "大爷", "博士", "姐"]
DOC_TITLES = ["医生", "大夫", "主任", "教授", "主任医师", "副主任", "护士长", "医师"]

FOREIGN_HZ_GIVEN = (
    "阿廖娜 谢尔盖 娜塔莉亚 德米特里 安娜斯塔西娅 弗拉基米尔 叶卡捷琳娜 奥莉加 米哈伊尔 塔季扬娜 "
    "伊琳娜 阿尔乔姆 柳德米拉 瓦西里 努尔兰 阿丽娅 艾达娜 叶尔兰 迪娜拉 阿斯兰 古丽娜拉 铁木尔 "
    "萨比娜 鲁斯兰 卡玛拉 阿克博塔 达尼亚尔 乌米德 沙赫罗赫 迪尔诺扎 法鲁赫 巴特尔 其其格 额尔敦 "
    "敖登格日勒 图雅 巴雅尔 苏和 斯琴 宝音 乌云 穆罕默德 阿卜杜拉 法蒂玛 艾哈迈德 优素福 莱拉 "
    "哈立德 萨拉 奥马尔 雅斯敏 侯赛因 扎赫拉 颂猜 苏帕猜 西蒂 奥卢瓦塞恩 阿玛拉 奇迪 克瓦米 阿伊莎 "
    "恩戈齐 法图 阿达马 阿贝贝 汉斯 卢卡 索菲亚 克劳斯 埃琳娜 马泰奥 卡琳 艾米莉 迈克尔 卡洛斯 "
    "杰西卡 丹尼尔 露西亚 加布里埃尔 玛丽亚 约瑟夫"
).split()
FOREIGN_HZ_FULL = (
    "阿廖娜·伊万诺娃 谢尔盖·彼得罗夫 娜塔莉亚·斯米尔诺娃 德米特里·索科洛夫 奥莉加·库兹涅佐娃 "
    "米哈伊尔·沃尔科夫 塔季扬娜·波波娃 努尔兰·别科夫 阿丽娅·努尔兰诺夫娜 叶尔兰·萨德科夫 "
    "迪娜拉·阿别诺娃 乌米德·卡里莫夫 迪尔诺扎·拉希莫娃 鲁斯兰·托克塔罗夫 巴特额尔敦·道尔吉 "
    "敖云其其格 巴雅尔·甘巴特尔 穆罕默德·拉希德 法蒂玛·哈桑 艾哈迈德·曼苏尔 优素福·易卜拉欣 "
    "莱拉·卡里米 阮氏兰 陈文雄 颂猜·翁萨古 西蒂·努尔哈利扎 玛丽亚·桑托斯 奥卢瓦塞恩·阿德耶米 "
    "阿玛拉·奥卡福 克瓦米·门萨 约瑟夫·姆万吉 阿贝贝·泰费拉 汉斯·穆勒 玛丽·杜邦 卢卡·罗西 "
    "安娜·科瓦尔斯卡 约翰·史密斯 艾米莉·卡特 卡洛斯·门多萨 玛丽亚·冈萨雷斯 金敏俊 朴智妍 崔宇植 "
    "郑恩智 尹瑞妍 佐藤健 铃木美咲 田中一郎 山本惠子 高桥翔 中村由美"
).split()
LATIN_NAMES = [
    "Alena Ivanova", "Sergei Petrov", "Nurlan Bekov", "Aliya Nurlanovna", "Bat-Erdene Dorj",
    "Oyunchimeg Batbayar", "Mohammed Al-Rashid", "Fatima Hassan", "Nguyen Thi Lan", "Tran Van Hung",
    "Somchai Wongsakul", "Oluwaseun Adeyemi", "Amara Okafor", "Kwame Mensah", "Hans Mueller",
    "Marie Dupont", "Luca Rossi", "Emily Carter", "Carlos Mendoza", "Kim Min-jun", "Park Ji-yeon",
    "Sato Ken", "Suzuki Misaki", "Yerlan Sadykov", "Dinara Abenova", "Umid Karimov",
    "Dilnoza Rakhimova", "Timur Akhmetov", "Aigerim Seitkazy", "Joseph Mwangi", "Abebe Tefera",
    "Leila Karimi", "Youssef Ibrahim", "Siti Rahmawati", "Maria Santos", "Anna Kowalska",
    "Gabriel Oliveira", "Ruslan Toktarov", "Saule Zhaksybekova", "Ganbold Tsogt",
]
CYR_NAMES = [
    "Алёна Иванова", "Сергей Петров", "Нурлан Беков", "Айгерим Сейтказы", "Батэрдэнэ Дорж",
    "Татьяна Волкова", "Дмитрий Соколов", "Ольга Кузнецова", "Умид Каримов", "Дильноза Рахимова",
    "Баяр Ганбаатар", "Ерлан Садыков", "Людмила Орлова", "Мария Новикова", "Тимур Ахметов",
    "Сауле Жаксыбекова", "Анастасия Морозова", "Руслан Токтаров", "Оюунчимэг", "Ганболд Цогт",
]
PINYIN_NAMES = [
    "Wang Jianguo", "LI Xiuying", "Zhang Wei", "Liu Fang", "Chen Jie", "Zhao Min", "Huang Lei",
    "ZHOU Haiyan", "Wu Guodong", "Xu Meiling", "Sun Hao", "Ma Lifeng", "GAO Yuxuan", "Lin Zihan",
    "He Wenbo", "Guo Chunmei", "Luo Yanan", "Song Jiayi",
]
NICKNAMES = ["小美", "朵朵", "豆豆", "乐乐", "糖糖", "阿杰", "萨沙", "娜塔莎", "米沙", "小胖",
             "妞妞", "阿丽", "大熊", "壮壮", "小雪", "阿布", "Dima", "Sasha", "Aika", "Bata"]
WORD_NAMES = ["希望", "阳光", "平安", "喜乐", "星星", "小雨", "安安", "晨曦", "满月", "天使"]


def cn_full(rng):
    return rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)


def cn_titled(rng):
    return rng.choice(CN_SURNAMES) + rng.choice(CN_TITLES)


def doc_name(rng):
    r = rng.random()
    if r < 0.45:
        return rng.choice(CN_SURNAMES) + rng.choice(DOC_TITLES)
    if r < 0.85:
        return cn_full(rng) + rng.choice(["", "医生", "主任", "教授", "大夫"])
    if r < 0.93:
        return rng.choice(["Dr. ", "Dr "]) + rng.choice(LATIN_NAMES).split()[-1]
    return rng.choice(FOREIGN_HZ_FULL) + "医生"


def foreign_hz(rng):
    if rng.random() < 0.55:
        return rng.choice(FOREIGN_HZ_FULL)
    return rng.choice(FOREIGN_HZ_GIVEN)


def any_name(rng):
    return weighted(rng, [
        (34, lambda: cn_full(rng)), (14, lambda: cn_titled(rng)), (30, lambda: foreign_hz(rng)),
        (7, lambda: rng.choice(LATIN_NAMES)), (4, lambda: rng.choice(CYR_NAMES)),
        (4, lambda: rng.choice(PINYIN_NAMES)), (7, lambda: rng.choice(NICKNAMES)),
    ])()


def patient_name(rng):
    return weighted(rng, [
        (25, lambda: cn_full(rng)), (45, lambda: foreign_hz(rng)),
        (10, lambda: rng.choice(LATIN_NAMES)), (6, lambda: rng.choice(CYR_NAMES)),
        (8, lambda: rng.choice(FOREIGN_HZ_GIVEN)), (6, lambda: rng.choice(NICKNAMES)),
    ])()


def name_hard(rng):
    """Obfuscated / split / lower-cased / mixed-script person names."""
    r = rng.randrange(9)
    if r == 0:
        return spaced(cn_full(rng))
    if r == 1:
        return rng.choice(PINYIN_NAMES).lower()
    if r == 2:
        return rng.choice(LATIN_NAMES).lower()
    if r == 3:
        n = rng.choice(LATIN_NAMES)
        return fw(n)
    if r == 4:
        return rng.choice(CYR_NAMES).lower()
    if r == 5:
        return rng.choice(CN_SURNAMES) + rng.choice(["dr", "Dr.", "doc", " 大夫"])
    if r == 6:
        n = rng.choice(LATIN_NAMES)
        return "-".join(n.upper().replace(" ", ""))
    if r == 7:
        return rng.choice(FOREIGN_HZ_GIVEN) + "." + rng.choice(["伊万诺娃", "别科夫", "道尔吉", "哈桑", "卡里莫夫"])
    g = rng.choice(LATIN_NAMES).split()[0]
    op, cl = rng.choice([("（", "）"), ("(", ")")])
    return g.lower() + op + rng.choice(FOREIGN_HZ_GIVEN) + cl


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEKDAYS_CN = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
WEEKDAYS_XQ = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
LUNAR_MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                "冬月", "腊月"]
LUNAR_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
              "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
              "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def rand_ymd(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dim = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
           31, 31, 30, 31, 30, 31][m - 1]
    d = rng.randint(1, dim)
    return y, m, d


def lunar_day(rng):
    m = rng.randrange(12)
    d = rng.randrange(30)
    # avoid the festival days themselves (new year, lantern, dragon boat, qixi, mid-autumn)
    while (m, d) in ((0, 0), (0, 14), (4, 4), (6, 6), (7, 14), (11, 29)):
        d = rng.randrange(30)
    return LUNAR_MONTHS[m] + LUNAR_DAYS[d]


def fmt_date(rng, y, m, d, allow_noyear=True, allow_lunar=True):
    wd = datetime.date(y, m, d).weekday()
    opts = [
        (10, f"{y}年{m}月{d}日"), (4, f"{y}年{m}月{d}号"), (5, f"{y}-{m:02d}-{d:02d}"),
        (3, f"{y}.{m}.{d}"), (3, f"{y}/{m:02d}/{d:02d}"), (3, f"{d:02d}.{m:02d}.{y}"),
        (2, f"{y}{m:02d}{d:02d}"), (2, f"{d} {EN_MONTHS[m - 1]} {y}"),
        (2, f"{EN_MONTHS[m - 1][:3]} {d}, {y}"), (2, f"{d} {RU_MONTHS_GEN[m - 1]} {y} г."),
        (3, cn_digits(str(y)) + "年" + cn_int(m) + "月" + cn_int(d) + "日"),
        (2, f"{y}年{m}月{d}日（{WEEKDAYS_CN[wd]}）"), (1, f"{y}年{m:02d}月{d:02d}日"),
        (1, f"佛历{y + 543}年{m}月{d}日"),
    ]
    if allow_noyear:
        opts += [(5, f"{m}月{d}日"), (3, f"{m}月{d}号"), (2, f"{m}月{d}日{WEEKDAYS_XQ[wd]}"),
                 (1, f"{m}.{d}"), (1, cn_int(m) + "月" + cn_int(d) + "号")]
    if allow_lunar:
        opts += [(2, "农历" + lunar_day(rng)), (1, lunar_day(rng)),
                 (1, f"{y}年农历" + lunar_day(rng))]
    return weighted(rng, opts)


def gen_date(rng):
    y, m, d = rand_ymd(rng, 2016, 2025)
    return fmt_date(rng, y, m, d)


def gen_date_full(rng):
    y, m, d = rand_ymd(rng, 2016, 2025)
    return fmt_date(rng, y, m, d, allow_noyear=False, allow_lunar=False)


def gen_date_short(rng):
    y, m, d = rand_ymd(rng, 2016, 2025)
    wd = datetime.date(y, m, d).weekday()
    return weighted(rng, [(5, f"{m}月{d}日"), (3, f"{m}月{d}号"), (2, f"{m}.{d}"),
                          (1, f"{m}/{d}"), (1, f"{m}月{d}日（{WEEKDAYS_XQ[wd]}）"),
                          (1, cn_int(m) + "月" + cn_int(d) + "日")])


def gen_date_hard(rng):
    y, m, d = rand_ymd(rng, 2016, 2025)
    r = rng.randrange(10)
    if r == 0:
        return cn_digits(str(y), CN_LING) + "年" + cn_int(m) + "月" + cn_int(d) + "号"
    if r == 1:
        return fw(f"{y}年{m}月{d}日")
    if r == 2:
        return spaced(f"{y}-{m:02d}-{d:02d}")
    if r == 3:
        return f"{d}/{ROMAN[m - 1]}/{y}"
    if r == 4:
        return fw(f"{m}月{d}号")
    if r == 5:
        return f"{d} {EN_MONTHS[m - 1].lower()} {y}"
    if r == 6:
        return cn_int(m) + "月" + cn_int(d) + f"（{y}）"
    if r == 7:
        return fw(f"{y}.{m:02d}.{d:02d}")
    if r == 8:
        return f"{y}年" + fw(f"{m}") + "月" + cn_int(d) + "日"
    return "农历" + cn_digits(str(y)) + "年" + lunar_day(rng)


def gen_dob(rng):
    y, m, d = rand_ymd(rng, 1926, 2022)
    return fmt_date(rng, y, m, d, allow_noyear=False, allow_lunar=False) if rng.random() < 0.8 \
        else weighted(rng, [(2, cn_digits(str(y)) + "年" + "农历" + lunar_day(rng)),
                            (2, f"{y}年{m}月{d}日"), (1, f"{d:02d}/{m:02d}/{y}")])


def gen_dob_adult(rng):
    y, m, d = rand_ymd(rng, 1926, 2000)
    return fmt_date(rng, y, m, d, allow_noyear=False, allow_lunar=False)


def gen_dob_kid(rng):
    y, m, d = rand_ymd(rng, 2008, 2024)
    return fmt_date(rng, y, m, d, allow_noyear=False, allow_lunar=False)


def gen_bday(rng):
    y, m, d = rand_ymd(rng, 2000, 2000)
    return weighted(rng, [(4, f"{m}月{d}日"), (2, f"{m}月{d}号"), (2, "农历" + lunar_day(rng)),
                          (1, cn_int(m) + "月" + cn_int(d)), (1, f"{d} {RU_MONTHS_GEN[m - 1]}"),
                          (1, f"{EN_MONTHS[m - 1]} {d}")])


def gen_dob_hard(rng):
    y, m, d = rand_ymd(rng, 1926, 2020)
    r = rng.randrange(6)
    if r == 0:
        return cn_digits(str(y)) + "年" + cn_int(m) + "月" + cn_int(d) + "日"
    if r == 1:
        return fw(f"{y}-{m:02d}-{d:02d}")
    if r == 2:
        return spaced(f"{d:02d}.{m:02d}.{y}")
    if r == 3:
        return f"{y}{m:02d}{d:02d}"
    if r == 4:
        return fw(f"{y}") + "年" + cn_int(m) + "月" + fw(f"{d}") + "日"
    return f"{y % 100:02d}年{m}月{d}日"


# ---------------------------------------------------------------------------
# ages
# ---------------------------------------------------------------------------


def gen_age90(rng):
    n = rng.choice([90, 90, 91, 92, 92, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106])
    return weighted(rng, [
        (6, f"{n}岁"), (5, cn_int(n) + "岁"), (2, f"{n}周岁"), (1, f"{n} 岁"),
        (1, f"虚岁{n}"), (1, f"{n}岁高龄"), (1, f"{n}-летний" if n % 10 not in (1,) else f"{n}-летняя"),
        (1, f"aged {n}"), (1, f"{n} y/o"), (1, cn_int(n) + "周岁"),
    ])


def gen_age90_hard(rng):
    n = rng.randint(90, 105)
    return weighted(rng, [
        (3, fw(f"{n}") + "岁"), (2, f"{n}yo"), (2, cn_digits(str(n)) + "岁"),
        (2, f"{n}岁（虚岁{n + 1}）"), (2, cn_int(n) + "岁"), (1, f"{n} лет"),
        (1, f"age:{n}"), (1, spaced(str(n)) + " 岁"), (1, fw(f"{n}") + "周岁"),
    ])


AGE90_PHRASES = ["年逾九旬", "已过九十大寿", "九旬高龄", "百岁", "期颐之年", "九十有三", "九十出头",
                 "年过九十", "刚过完九十岁生日", "年满九十"]


def gen_age_clean(rng):
    return weighted(rng, [
        (4, f"{rng.randint(55, 89)}岁"), (2, cn_int(rng.randint(55, 89)) + "岁"), (1, "89岁"),
        (1, "八十九岁"), (1, "年近九旬"), (1, "年过八旬"), (1, "88周岁"), (1, "快九十了"),
        (1, "年逾古稀"), (1, "89周岁"),
    ])


def gen_kid_age(rng):
    return weighted(rng, [(3, f"{rng.randint(1, 16)}岁"), (1, f"{rng.randint(2, 11)}个月"),
                          (1, cn_int(rng.randint(2, 15)) + "岁"), (1, f"{rng.randint(1, 12)}岁半")])


# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

CN_MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "155", "156", "158", "159", "166", "176", "177", "180", "182", "185",
                    "186", "187", "188", "189", "191", "198", "199"]


def cn_mobile_raw(rng):
    return rng.choice(CN_MOBILE_PREFIX) + digits(rng, 8)


def phone_cn(rng):
    m = cn_mobile_raw(rng)
    return weighted(rng, [
        (4, m), (3, group(m, [3, 4, 4])), (2, group(m, [3, 4, 4], "-")), (2, "+86 " + group(m, [3, 4, 4])),
        (1, "+86-" + m), (1, "0086 " + m), (1, "(+86)" + m),
    ])


def phone_bj_landline(rng):
    a = rng.choice("568") + digits(rng, 3)
    b = digits(rng, 4)
    return weighted(rng, [
        (3, f"010-{a}{b}"), (2, f"010-{a} {b}"), (2, f"+86 10 {a} {b}"), (1, f"(010) {a}-{b}"),
        (1, f"+86-10-{a}{b}"), (1, f"010-{a}{b} 转 {digits(rng, 4, True)}"),
    ])


def phone_intl(rng):
    d = lambda n: digits(rng, n)
    return weighted(rng, [
        (5, f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"), (2, f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}"),
        (2, f"+7 (495) {d(3)}-{d(2)}-{d(2)}"), (4, f"+7 70{rng.choice('1257')} {d(3)} {d(4)}"),
        (2, f"+7 (727) {d(3)}-{d(2)}-{d(2)}"), (4, f"+976 {rng.choice(['88', '99', '95', '91'])}{d(2)} {d(4)}"),
        (3, f"+998 9{rng.choice('0134')} {d(3)} {d(2)} {d(2)}"), (2, f"+996 {rng.choice(['555', '700', '772'])} {d(3)} {d(3)}"),
        (1, f"+992 9{d(2)} {d(2)} {d(4)}"),
        (2, f"+971 5{rng.choice('0256')} {d(3)} {d(4)}"), (2, f"+966 5{d(1)} {d(3)} {d(4)}"),
        (1, f"+98 912 {d(3)} {d(4)}"), (1, f"+20 10{d(1)} {d(3)} {d(4)}"),
        (2, f"+84 9{d(1)} {d(3)} {d(4)}"), (1, f"+66 8{d(1)} {d(3)} {d(4)}"),
        (1, f"+62 812-{d(4)}-{d(4)}"), (1, f"+60 1{d(1)}-{d(3)} {d(4)}"), (1, f"+63 917 {d(3)} {d(4)}"),
        (2, f"+234 80{rng.choice('3678')} {d(3)} {d(4)}"), (1, f"+254 7{d(2)} {d(3)} {d(3)}"),
        (1, f"+251 91 {d(3)} {d(4)}"),
        (1, f"+49 30 {d(8)}"), (1, f"+44 7{d(3)} {d(6)}"), (1, f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"),
        (1, f"+39 3{d(2)} {d(3)} {d(4)}"), (1, f"+1 ({rng.choice(['415', '646', '312', '206', '617'])}) {rng.randint(201, 989)}-{d(4)}"),
        (1, f"+55 11 9{d(4)}-{d(4)}"), (1, f"+52 55 {d(4)} {d(4)}"),
        (2, f"+82 10-{d(4)}-{d(4)}"), (1, f"010-{d(4)}-{d(4)}"), (2, f"+81 90-{d(4)}-{d(4)}"),
    ])


def phone_any(rng):
    return weighted(rng, [(4, phone_cn), (5, phone_intl), (1, phone_bj_landline)])(rng)


def phone_hard(rng):
    r = rng.randrange(10)
    m = cn_mobile_raw(rng)
    if r == 0:
        return fw(m)
    if r == 1:
        return cn_digits(group(m, [3, 4, 4]), CN_YAO)
    if r == 2:
        return spaced(m)
    if r == 3:
        return m[:3] + cn_digits(m[3:7], CN_LING) + m[7:]
    if r == 4:
        return fw(phone_intl(rng))
    if r == 5:
        return group(m, [3, 4, 4], rng.choice(["*", ".", "_", "—"]))
    if r == 6:
        p = phone_intl(rng)
        return p.replace("+", "плюс ") if rng.random() < 0.5 else p.replace("+", "加")
    if r == 7:
        return fw(group(m, [3, 4, 4], "-"))
    if r == 8:
        return m[:3] + " " + m[3:7] + "（接上）" + m[7:]
    return "+" + spaced(phone_intl(rng)[1:].replace(" ", "").replace("-", "").replace("(", "").replace(")", ""))


SHORT_PUBLIC = ["120", "110", "119", "112", "911", "999", "103", "120急救", "110报警"]
HOTLINES = ["12320", "12345", "12356"]

# ---------------------------------------------------------------------------
# e-mail, web, ip, social
# ---------------------------------------------------------------------------

EMAIL_LOCALS = [
    "alena.ivanova", "ivanova_a", "s.petrov78", "nurlan.bekov", "aliya_almaty", "bat.erdene",
    "oyunaa.mn", "m.alrashid", "fatima.h92", "nguyenlan.hn", "tranvanhung", "somchai.w",
    "oluwaseun.adeyemi", "amara.ok", "kwame.mensah", "h.mueller", "marie.dupont", "luca_rossi",
    "emily.carter", "carlos.mendoza", "minjun.kim", "jiyeon.park", "ken.sato", "misaki.s",
    "yerlan_s", "dinara.abenova", "umid_karimov", "dilnoza.r", "wangjianguo", "lixiuying1958",
    "zhanghaiyan", "liufang_bj", "mama.aliya", "papa.timur", "family.tsogt", "dima2015",
    "sasha.volkov", "ruslan.t", "saule_zh", "leila.karimi", "youssef.i", "siti.rahma",
    "happy.bata", "nadezhda.m", "kiki_ulaanbaatar", "rustam.88",
]
EMAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                 "163.com", "qq.com", "126.com", "sina.com", "mail.kz", "inbox.ru", "bk.ru",
                 "list.ru", "icloud.com", "naver.com", "yahoo.co.jp", "gmx.de", "orange.fr",
                 "libero.it", "protonmail.com", "foxmail.com", "rambler.ru", "yandex.kz"]
HOSP_EMAIL = ["intl@bjih-care.cn", "guojibu@bj-intlclinic.cn", "cardio.intl@bjih-care.cn",
              "international.desk@bjih-care.cn", "patient-service@bj-intlclinic.cn"]


def email_local(rng):
    loc = rng.choice(EMAIL_LOCALS)
    if rng.random() < 0.25:
        loc += str(rng.randint(1, 99))
    return loc


def gen_email(rng):
    if rng.random() < 0.08:
        return rng.choice(HOSP_EMAIL)
    if rng.random() < 0.1:
        return digits(rng, rng.randint(8, 10), True) + "@qq.com"
    return email_local(rng) + "@" + rng.choice(EMAIL_DOMAINS)


def email_hard(rng):
    loc, dom = email_local(rng), rng.choice(EMAIL_DOMAINS)
    name, _, tld = dom.rpartition(".")
    r = rng.randrange(9)
    if r == 0:
        return f"{loc} [at] {name} [dot] {tld}"
    if r == 1:
        return f"{loc}＠{dom}"
    if r == 2:
        return fw(f"{loc}@{dom}")
    if r == 3:
        return f"{loc} 艾特 {name} 点 {tld}"
    if r == 4:
        return f"{loc}(at){name}(dot){tld}"
    if r == 5:
        return f"{loc} at {name} dot {tld}"
    if r == 6:
        return f"{loc}@{dom}".upper()
    if r == 7:
        return f"{loc} @ {name} . {tld}"
    return f"{loc}#{dom}（#换成@）"


SLUGS = ["help-aliya-heal", "save-little-bat", "nurlan-recovery", "spasem-sashu", "timur-heart",
         "a-new-heart-for-dina", "oyuna-fights-leukemia", "fatima-knee-surgery", "baby-amara",
         "kwame-walks-again", "hope-for-umid", "pomogite-alene", "dilnoza-smile", "yerlan-spine",
         "bataa-liver", "little-dima-eyes", "luca-in-beijing", "papa-needs-you", "mama-ruslana",
         "nguyen-lan-journey", "siti-cochlear", "zhang-family-fund", "wang-ayi-aixin"]


def gen_url(rng):
    sl = rng.choice(SLUGS)
    hx = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([8, 12])))
    return weighted(rng, [
        (3, f"https://www.gofundme.com/f/{sl}"), (2, f"https://m.qschou.com/project/index/{hx}"),
        (2, f"https://www.shuidichou.com/cf/{hx}"), (2, f"https://{sl.replace('-', '')}.blogspot.com"),
        (1, f"http://{sl}.livejournal.com"), (2, f"https://dzen.ru/{sl.replace('-', '_')}"),
        (1, f"https://www.justgiving.com/crowdfunding/{sl}"), (1, f"https://kitabisa.com/campaign/{sl.replace('-', '')}"),
        (1, f"https://planeta.ru/campaigns/{sl}"), (1, f"https://www.leetchi.com/c/{sl}"),
        (1, f"www.{sl.split('-')[-1]}-family.org"), (1, f"http://www.{sl.replace('-', '')}.kz"),
        (1, f"https://{sl.replace('-', '')}.wordpress.com/our-story"), (1, f"https://www.ketto.org/fundraiser/{sl}"),
        (1, f"https://mp.weixin.qq.com/s/{hx}{letters(rng, 6, 'abcdefghijkmnpqrstuvwxyzABCDEFGH')}"),
        (1, f"{sl.replace('-', '')}.tilda.ws"), (1, f"https://sites.google.com/view/{sl}"),
    ])


def url_hard(rng):
    sl = rng.choice(SLUGS)
    r = rng.randrange(8)
    if r == 0:
        return f"gofundme点com/f/{sl}"
    if r == 1:
        return spaced(f"https://{sl.replace('-', '')}.blogspot.com")
    if r == 2:
        return f"www . {sl.replace('-', '')} . kz"
    if r == 3:
        return fw(f"www.gofundme.com/f/{sl}")
    if r == 4:
        return f"hxxps://planeta[.]ru/campaigns/{sl}"
    if r == 5:
        return f"GOFUNDME.COM/F/{sl.upper()}"
    if r == 6:
        return f"dzen . ru / {sl.replace('-', '_')}"
    return f"qschou点com斜杠project斜杠{digits(rng, 6)}"


def gen_ip(rng):
    r = rng.random()
    if r < 0.12:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if r < 0.85:
        first = rng.choice([5, 31, 37, 46, 77, 78, 85, 91, 95, 109, 113, 114, 117, 178, 180, 183,
                            185, 188, 202, 203, 212, 217, 223, 36, 42, 58, 61, 101, 106, 111, 124])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    h = lambda: format(rng.randrange(0x10000), "x")
    return weighted(rng, [(2, f"2409:8a00:{h()}:{h()}::{h()}"), (1, f"2a02:6b8:{h()}:{h()}:{h()}::{h()}"),
                          (1, f"240e:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}")])


def ip_hard(rng):
    ip = gen_ip(rng)
    while ":" in ip:
        ip = gen_ip(rng)
    r = rng.randrange(6)
    if r == 0:
        return fw(ip)
    if r == 1:
        return ip.replace(".", "。")
    if r == 2:
        return ip.replace(".", " . ")
    if r == 3:
        return "点".join(cn_digits(p) for p in ip.split("."))
    if r == 4:
        return ip.replace(".", "[.]")
    return ip.replace(".", " dot ")


HANDLE_BASES = ["alena_msk", "nurlan.kz", "aliya_almaty", "bataa_mn", "oyuna.ub", "fatima.dxb",
                "nguyenlan_hn", "amara_lagos", "kwame.gh", "timur_ala", "dilnoza_tash",
                "umid.uz", "ruslan_bishkek", "saule_astana", "mama_dimy", "lucky_lucia",
                "hans.berlin", "misaki_tokyo", "jiyeon_seoul", "beijing_aliya", "yerlan_88",
                "sasha_spb", "dinara_life", "happy_bata", "leila.tehran"]


def gen_social(rng):
    b = rng.choice(HANDLE_BASES)
    b2 = b + (str(rng.randint(1, 999)) if rng.random() < 0.4 else "")
    return weighted(rng, [
        (4, f"微信号：{b2.replace('.', '_')}"), (2, f"微信 wxid_{letters(rng, 10, 'abcdefghijkmnpqrstuvwxyz0123456789')}"),
        (3, f"QQ：{digits(rng, rng.randint(8, 10), True)}"), (3, f"@{b2}"),
        (2, f"Instagram @{b2}"), (2, f"Telegram @{b2.replace('.', '_')}"), (2, f"t.me/{b2.replace('.', '_')}"),
        (2, f"vk.com/id{digits(rng, 9, True)}"), (1, f"ok.ru/profile/{digits(rng, 12, True)}"),
        (1, f"facebook.com/{b2}"), (1, f"抖音号：{b2.replace('.', '')}"), (1, f"小红书号 {digits(rng, 9, True)}"),
        (1, f"微博 @{rng.choice(['北京的阿丽娅', '努尔兰在中国', '蒙古妈妈巴特', '小豆豆的康复日记'])}"),
        (1, f"LINE ID: {b2}"), (1, f"KakaoTalk ID {b2}"), (1, f"instagram.com/{b2}"),
        (1, f"TikTok @{b2}"),
    ])


def gen_social_bare(rng):
    """Only the handle/ID, for templates that already name the platform."""
    b = rng.choice(HANDLE_BASES)
    b = b + (str(rng.randint(1, 999)) if rng.random() < 0.5 else "")
    return weighted(rng, [(4, b.replace(".", "_")), (2, "wxid_" + letters(rng, 10, "abcdefghijkmnpqrstuvwxyz0123456789")),
                          (2, digits(rng, rng.randint(8, 10), True)), (2, "@" + b)])


def social_hard(rng):
    b = rng.choice(HANDLE_BASES)
    b += str(rng.randint(1, 99))
    r = rng.randrange(8)
    if r == 0:
        return "vx：" + spaced(b.replace(".", "_"))
    if r == 1:
        return "扣扣：" + cn_digits(digits(rng, 9, True))
    if r == 2:
        return "ig: " + b.replace(".", " dot ")
    if r == 3:
        return fw("@" + b)
    if r == 4:
        return "薇信 " + b.upper()
    if r == 5:
        return "V：" + b.replace("_", "下划线")
    if r == 6:
        return "телега @" + b
    return "加我 微 信 " + fw(b)


# ---------------------------------------------------------------------------
# street addresses, postcodes, geolocation
# ---------------------------------------------------------------------------

BJ_ROADS = [("朝阳区", "建国路"), ("朝阳区", "朝阳北路"), ("朝阳区", "东三环中路"), ("朝阳区", "望京街"),
            ("朝阳区", "酒仙桥路"), ("东城区", "安定门外大街"), ("西城区", "西直门南大街"), ("海淀区", "学院路"),
            ("海淀区", "中关村南大街"), ("朝阳区", "北辰东路"), ("丰台区", "方庄路"), ("昌平区", "天通苑北街"),
            ("东城区", "东单北大街"), ("朝阳区", "工体北路"), ("顺义区", "府前街"), ("通州区", "新华西街")]
OTHER_CN = [("呼和浩特市赛罕区", "大学西街"), ("乌鲁木齐市天山区", "解放南路"), ("哈尔滨市南岗区", "中山路"),
            ("广州市越秀区", "中山二路"), ("上海市黄浦区", "南京东路"), ("满洲里市", "一道街"),
            ("二连浩特市", "前进路"), ("伊宁市", "解放路"), ("昆明市五华区", "人民中路"), ("三亚市吉阳区", "迎宾路")]
COMPOUNDS = ["阳光小区", "金台花园", "望京西园", "富力城", "远洋天地", "芳城园一区", "华贸公寓", "世纪城"]


def addr_cn(rng):
    n = rng.randint(1, 288)
    if rng.random() < 0.6:
        dist, road = rng.choice(BJ_ROADS)
        city = rng.choice(["北京市", "北京", ""])
    else:
        dist, road = rng.choice(OTHER_CN)
        city = ""
    tail = weighted(rng, [
        (3, f"{n}号"), (2, f"{n}号院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}"),
        (2, f"{n}号{rng.randint(1, 30)}0{rng.randint(1, 8)}室"), (1, f"{n}号{rng.choice('ABCD')}座{rng.randint(2, 30)}层"),
    ])
    if rng.random() < 0.25:
        return city + dist + rng.choice(COMPOUNDS) + f"{rng.randint(1, 25)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 20)}0{rng.randint(1, 4)}室"
    return city + dist + road + tail


RU_STREETS = ["ул. Ленина", "ул. Пушкина", "Тверская ул.", "пр. Мира", "ул. Гагарина", "Невский пр.",
              "ул. Советская", "ул. Кирова", "ул. Байкальская"]
RU_CITIES = ["Москва", "г. Новосибирск", "г. Иркутск", "Владивосток", "г. Чита", "Санкт-Петербург",
             "г. Улан-Удэ", "Красноярск"]
KZ_STREETS = ["пр. Абая", "ул. Толе би", "пр. Достык", "ул. Сатпаева", "пр. Республики"]


def addr_intl(rng):
    n = rng.randint(1, 220)
    k = rng.randint(1, 160)
    return weighted(rng, [
        (4, f"{rng.choice(RU_CITIES)}, {rng.choice(RU_STREETS)}, д. {n}, кв. {k}"),
        (3, f"Алматы, {rng.choice(KZ_STREETS)}, {n}, кв. {k}"),
        (2, f"Astana, {rng.choice(['Kabanbay Batyr Ave', 'Mangilik El Ave', 'Kenesary St'])} {n}, apt {k}"),
        (3, f"Ulaanbaatar, {rng.choice(['Sukhbaatar', 'Bayangol', 'Khan-Uul', 'Chingeltei'])} district, "
            f"{rng.choice(['Peace Avenue', 'Seoul Street', 'Chinggis Avenue'])} {n}, apt {k}"),
        (2, f"Tashkent, {rng.choice(['Amir Temur', 'Navoi', 'Shota Rustaveli'])} street {n}, kv. {k}"),
        (2, f"Villa {n}, Street {rng.randint(1, 40)}, {rng.choice(['Al Wasl', 'Jumeirah 2', 'Al Barsha'])}, Dubai"),
        (2, f"{n} {rng.choice(['Adeola Odeku Street', 'Awolowo Road', 'Admiralty Way'])}, Lagos"),
        (1, f"{rng.choice(['Hauptstraße', 'Bergstraße', 'Lindenallee'])} {n}, Berlin"),
        (1, f"{n} {rng.choice(['Maple Ave', 'Oak Street', 'Sunset Blvd'])}, Apt {k}, {rng.choice(['Evanston', 'Seattle', 'Austin'])}"),
        (1, f"{n} rue Victor Hugo, Lyon"),
        (1, f"Số {n} Phố {rng.choice(['Huế', 'Kim Mã', 'Lý Thường Kiệt'])}, Hà Nội"),
        (2, f"莫斯科市特维尔大街{n}号{k}室"), (2, f"阿拉木图市阿拜大街{n}号{k}室"),
        (2, f"乌兰巴托市苏赫巴托区和平大街{n}号{k}室"), (1, f"首尔市江南区德黑兰路{n}号"),
        (1, f"东京都世田谷区三轩茶屋{rng.randint(1, 4)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"),
        (1, f"塔什干市阿米尔·帖木儿大街{n}号"),
    ])


def gen_addr(rng):
    return addr_cn(rng) if rng.random() < 0.55 else addr_intl(rng)


def addr_hard(rng):
    r = rng.randrange(7)
    if r == 0:
        return fw_digits(addr_cn(rng))
    if r == 1:
        dist, road = rng.choice(BJ_ROADS)
        return f"{dist}{road}{cn_int(rng.randint(1, 99))}号{cn_int(rng.randint(1, 20))}号楼{cn_digits(str(rng.randint(101, 2808)))}"
    if r == 2:
        return f"ул {rng.choice(['ленина', 'пушкина', 'гагарина', 'кирова'])} д{rng.randint(1, 120)} кв{rng.randint(1, 90)}"
    if r == 3:
        return spaced(addr_cn(rng))
    if r == 4:
        return f"almaty, {rng.choice(['abaya', 'dostyk', 'tole bi'])} {rng.randint(1, 200)}-{rng.randint(1, 99)}"
    if r == 5:
        dist, road = rng.choice(BJ_ROADS)
        return f"{road}（{dist}）{rng.randint(1, 200)}号 院内{rng.randint(1, 9)}号楼"
    return fw(f"{rng.randint(1, 200)} Peace Ave, apt {rng.randint(1, 90)}") + "，乌兰巴托"


def gen_postcode(rng):
    return weighted(rng, [
        (4, f"1000{rng.choice('0123456789')}{rng.randint(0, 9)}"), (1, f"10{rng.randint(10, 29)}{rng.randint(0, 9)}0"),
        (2, f"{rng.choice(['010', '830', '150', '021', '843'])}0{rng.randint(0, 9)}{rng.randint(0, 9)}"),
        (3, f"{rng.choice(['630', '664', '690', '672', '101', '125', '190', '660', '670'])}{digits(rng, 3)}"),
        (2, f"0500{rng.randint(10, 99)}"), (1, f"A{rng.randint(10, 99)}{letters(rng, 1)}{rng.randint(1, 9)}{letters(rng, 1)}{rng.randint(1, 9)}"),
        (2, f"1{rng.choice('3456')}{rng.randint(1, 9)}{rng.randint(0, 9)}0"), (1, f"{rng.randint(10001, 99950)}"),
        (1, f"{rng.choice(['SW1A', 'EC1V', 'N7', 'M14', 'B15'])} {rng.randint(1, 9)}{letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
        (1, f"〒{rng.randint(100, 199)}-{digits(rng, 4)}"), (1, f"0{rng.randint(1000, 9999)}"),
        (1, f"{rng.randint(1000, 9999)} {letters(rng, 2)}"), (1, f"{rng.randint(10000, 99999)}-{digits(rng, 3)}"),
    ])


def postcode_hard(rng):
    pc = f"100{digits(rng, 3)}" if rng.random() < 0.6 else f"6{digits(rng, 5)}"
    r = rng.randrange(4)
    if r == 0:
        return fw(pc)
    if r == 1:
        return cn_digits(pc)
    if r == 2:
        return spaced(pc)
    return pc[:3] + "-" + pc[3:]


GEO_CENTERS = [(39.90, 116.40), (39.93, 116.45), (43.24, 76.89), (47.92, 106.92), (55.75, 37.62),
               (51.13, 71.43), (41.31, 69.28), (42.87, 74.59), (25.20, 55.27), (6.52, 3.38),
               (21.03, 105.85), (52.29, 104.28), (40.84, 111.75), (43.82, 87.61), (37.57, 126.98)]
PLUS_ALPH = "23456789CFGHJMPQRVWX"


def geo_raw(rng):
    la, lo = rng.choice(GEO_CENTERS)
    return la + rng.uniform(-0.08, 0.08), lo + rng.uniform(-0.08, 0.08)


def dms(v):
    d = int(abs(v))
    m = int((abs(v) - d) * 60)
    s = int(round((((abs(v) - d) * 60) - m) * 60))
    if s == 60:
        s = 59
    return d, m, s


def gen_geo(rng):
    la, lo = geo_raw(rng)
    r = weighted(rng, [(4, 0), (2, 1), (2, 2), (1, 3), (2, 4), (1, 5), (1, 6)])
    if r == 0:
        return f"{la:.4f}, {lo:.4f}"
    if r == 1:
        return f"{la:.5f}°N, {lo:.5f}°E"
    if r == 2:
        d1, m1, s1 = dms(la)
        d2, m2, s2 = dms(lo)
        return f"北纬{d1}°{m1}′{s1}″，东经{d2}°{m2}′{s2}″"
    if r == 3:
        d1, m1, s1 = dms(la)
        d2, m2, s2 = dms(lo)
        return f"N{d1}°{m1}'{s1}\" E{d2}°{m2}'{s2}\""
    if r == 4:
        return "".join(rng.choice(PLUS_ALPH) for _ in range(4)) + "+" + "".join(rng.choice(PLUS_ALPH) for _ in range(2)) \
            if rng.random() < 0.5 else "8PFR" + "".join(rng.choice(PLUS_ALPH) for _ in range(4)) + "+" + \
            "".join(rng.choice(PLUS_ALPH) for _ in range(2))
    if r == 5:
        return f"lat {la:.4f} lng {lo:.4f}"
    return f"（{la:.6f}，{lo:.6f}）"


def geo_hard(rng):
    la, lo = geo_raw(rng)
    r = rng.randrange(6)
    if r == 0:
        return fw(f"{la:.4f},{lo:.4f}")
    if r == 1:
        a, b = f"{la:.3f}".split(".")
        c, d = f"{lo:.3f}".split(".")
        return f"北纬{cn_int(int(a))}点{cn_digits(b)}度 东经{cn_int(int(c)) if int(c) < 200 else c}点{cn_digits(d)}度"
    if r == 2:
        return f"{la:.4f}".replace(".", ",") + " / " + f"{lo:.4f}".replace(".", ",")
    if r == 3:
        return f"LAT{la:.4f}LON{lo:.4f}".lower()
    if r == 4:
        return spaced(f"{la:.4f}") + " , " + spaced(f"{lo:.4f}")
    return f"{lo:.5f},{la:.5f}（经度在前）"


# ---------------------------------------------------------------------------
# passports, national ids, chinese resident ids
# ---------------------------------------------------------------------------


def gen_passport(rng):
    d = lambda n: digits(rng, n)
    return weighted(rng, [
        (3, f"E{d(8)}"), (2, f"E{rng.choice('ABCDEFGH')}{d(7)}"), (3, f"{rng.randint(70, 76)} {d(7)}"),
        (1, f"{rng.randint(70, 76)}{d(7)}"), (2, f"N{d(8)}"), (2, f"E{d(7)}" if rng.random() < 0.5 else f"Y{d(7)}"),
        (2, f"{rng.choice(['FA', 'AA', 'AB'])}{d(7)}"), (1, f"AC{d(7)}"), (1, f"A{d(8)}"), (1, f"C{d(7)}"),
        (1, f"P{d(7)}{rng.choice('ABC')}"), (1, f"M{d(8)}"), (1, f"T{rng.choice('KRZ')}{d(7)}"),
        (1, f"{rng.randint(5, 6)}{d(8)}"), (1, f"C{letters(rng, 2, 'FGHJKLMNPRTVWXYZ')}{d(2)}{letters(rng, 1, 'FGHJKLMNPRTVWXYZ')}{d(3)}"),
        (1, f"{d(2)}{letters(rng, 2)}{d(5)}"), (1, f"U{d(8)}"),
    ])


def passport_hard(rng):
    p = gen_passport(rng).replace(" ", "")
    r = rng.randrange(6)
    if r == 0:
        return spaced(p)
    if r == 1:
        return fw(p)
    if r == 2:
        return p.lower()
    if r == 3:
        return p[:3] + "-" + p[3:6] + "-" + p[6:]
    if r == 4:
        return "".join(cn_digits(c) if c.isdigit() else c for c in p)
    return p[:4] + "（后面是）" + p[4:]


def gen_natid(rng):
    d = lambda n: digits(rng, n)
    y, m, dd = rand_ymd(rng, 1940, 2015)
    yy = f"{y % 100:02d}{m:02d}{dd:02d}"
    return weighted(rng, [
        (4, f"ИИН {yy}{rng.choice('3456')}{d(5)}"), (2, f"个人识别号{yy}{rng.choice('3456')}{d(5)}"),
        (2, f"СНИЛС {d(3)}-{d(3)}-{d(3)} {d(2)}"), (1, f"ИНН {d(12)}"),
        (2, f"韩国居民登录号 {yy}-{rng.choice('1234')}{d(6)}"), (2, f"PINFL {rng.choice('3456')}{yy}{d(7)}"),
        (1, f"SSN {rng.randint(100, 665)}-{d(2)}-{d(4)}"), (2, f"蒙古国身份证号 {letters(rng, 2, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШ')}{yy}{d(2)}"),
        (1, f"Emirates ID 784-{y}-{d(7)}-{d(1)}"), (1, f"NIN {d(11)}"), (1, f"CCCD {d(12)}"),
        (1, f"泰国身份证 {d(1)} {d(4)} {d(5)} {d(2)} {d(1)}"), (1, f"MyKad {yy}-{d(2)}-{d(4)}"),
        (1, f"NIK {d(16)}"), (1, f"沙特国民身份证号 1{d(9)}"), (1, f"埃及国民身份证号 {rng.choice('23')}{yy}{d(7)}"),
        (1, f"Steuer-ID {d(11)}"), (1, f"Personnummer {y}{m:02d}{dd:02d}-{d(4)}"),
        (1, f"日本个人编号 {d(4)} {d(4)} {d(4)}"), (1, f"ЖСН {yy}{d(6)}"),
    ])


def natid_bare(rng):
    y, m, dd = rand_ymd(rng, 1940, 2015)
    yy = f"{y % 100:02d}{m:02d}{dd:02d}"
    return weighted(rng, [(3, f"{yy}{rng.choice('3456')}{digits(rng, 5)}"), (1, f"{yy}-{rng.choice('12')}{digits(rng, 6)}"),
                          (1, f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)} {digits(rng, 2)}"),
                          (1, f"784-{y}-{digits(rng, 7)}-{digits(rng, 1)}")])


def natid_hard(rng):
    y, m, dd = rand_ymd(rng, 1940, 2015)
    yy = f"{y % 100:02d}{m:02d}{dd:02d}"
    r = rng.randrange(6)
    if r == 0:
        return "иин " + fw(yy + "3" + digits(rng, 5))
    if r == 1:
        return "ИИН " + spaced(yy + rng.choice("3456") + digits(rng, 5))
    if r == 2:
        return "韩国身份证 " + cn_digits(yy) + "-" + digits(rng, 7)
    if r == 3:
        return "снилс " + digits(rng, 11)
    if r == 4:
        return "Emirates ID " + fw(f"784{y}{digits(rng, 8)}")
    return "pinfl: " + group(rng.choice("3456") + yy + digits(rng, 7), [4, 4, 6], " ")


RID_AREAS = ["110101", "110102", "110105", "110108", "110106", "110112", "310104", "440104", "510107",
             "150102", "150105", "650102", "230103", "210102", "130102", "370102", "152501", "654002"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RID_C = "10X98765432"


def rid_raw(rng, valid=None):
    y, m, d = rand_ymd(rng, 1930, 2020)
    body = rng.choice(RID_AREAS) + f"{y}{m:02d}{d:02d}" + digits(rng, 3)
    check = RID_C[sum(int(c) * w for c, w in zip(body, RID_W)) % 11]
    if valid is None:
        valid = rng.random() < 0.8
    if not valid:
        check = rng.choice([c for c in RID_C if c != check])
    return body + check


def gen_resid(rng):
    r = rid_raw(rng)
    return weighted(rng, [(6, r), (2, group(r, [6, 8, 4])), (1, group(r, [6, 8, 4], "-")),
                          (1, r.replace("X", "x")), (1, group(r, [6, 4, 4, 4]))])


def resid_hard(rng):
    r = rid_raw(rng)
    k = rng.randrange(7)
    if k == 0:
        return fw(r)
    if k == 1:
        return spaced(r)
    if k == 2:
        return "前六位" + r[:6] + "，中间" + r[6:14] + "，后四位" + r[14:]
    if k == 3:
        return fw(group(r, [6, 8, 4]))
    if k == 4:
        return r[:9] + "（换行）" + r[9:]
    if k == 5:
        return cn_digits(r[:6]) + r[6:]
    return r.lower() + "（末位小写x）" if r.endswith("X") else group(r, [3, 3, 4, 4, 4], ".")


# ---------------------------------------------------------------------------
# record, insurance, bank, licence, vehicle, device, other numbers
# ---------------------------------------------------------------------------


def gen_mrn(rng):
    d = lambda n: digits(rng, n)
    y = rng.randint(2016, 2025)
    return weighted(rng, [
        (3, f"{d(10)}"), (2, f"ZY{y}{d(6)}"), (2, f"MZ{y % 100}{d(6)}"), (2, f"{rng.randint(1, 9)}{d(6)}"),
        (1, f"{rng.randint(1, 9)}-{d(3)}-{d(3)}"), (1, f"P{y}-{d(5)}"), (1, f"ИБ № {rng.randint(100, 9999)}/{y % 100}"),
        (1, f"IM-{d(7)}"), (1, f"BJIH{d(8)}"), (1, f"00{d(8)}"), (1, f"GJ-{y}-{d(4)}"),
    ])


def mrn_hard(rng):
    m = rng.choice([digits(rng, 10), f"ZY{rng.randint(2016, 2025)}{digits(rng, 6)}", f"{rng.randint(1, 9)}{digits(rng, 6)}"])
    r = rng.randrange(5)
    if r == 0:
        return fw(m)
    if r == 1:
        return spaced(m)
    if r == 2:
        return cn_digits(m, CN_LING)
    if r == 3:
        return m.lower()
    return m[:4] + " " + m[4:]


def gen_hplan(rng):
    d = lambda n: digits(rng, n)
    return weighted(rng, [
        (2, f"医保个人编号 {d(14)}"), (2, f"保单号 P{d(16)}"), (2, f"Cigna 会员号 U{d(8)} {d(2)}"),
        (2, f"Bupa Global membership no. {d(8)}-{d(2)}"), (1, f"AXA policy {letters(rng, 3)}{d(9)}"),
        (1, f"Allianz Care policy no. {d(7)}"), (2, f"полис ОМС {d(16)}"), (2, f"полис ДМС № {d(3)}-{d(6)}"),
        (1, f"GeoBlue member ID GB{d(9)}"), (1, f"Aetna ID W{d(9)}"), (1, f"MSH 会员卡号 {d(12)}"),
        (1, f"泰康保单号 {d(15)}"), (1, f"平安健康险保单号 H{d(17)}"), (1, f"韩国NHIS编号 {d(11)}"),
        (1, f"新农合证号 {d(16)}"), (1, f"国际医疗保险会员号 IH-{d(4)}-{d(4)}"), (1, f"Daman card {d(3)}-{d(3)}-{d(3)}-{d(4)}"),
        (1, f"NHIF No. {d(9)}"), (1, f"商业保险卡号 {group(d(16), [4, 4, 4, 4])}"),
    ])


def hplan_bare(rng):
    return weighted(rng, [(2, digits(rng, 16)), (1, "U" + digits(rng, 8) + " " + digits(rng, 2)),
                          (1, digits(rng, 8) + "-" + digits(rng, 2)), (1, "P" + digits(rng, 16)),
                          (1, group(digits(rng, 16), [4, 4, 4, 4]))])


def hplan_hard(rng):
    r = rng.randrange(5)
    if r == 0:
        return "保单号" + fw("P" + digits(rng, 14))
    if r == 1:
        return "cigna member id u" + digits(rng, 8) + digits(rng, 2)
    if r == 2:
        return "полис омс " + spaced(digits(rng, 16))
    if r == 3:
        return "医保编号 " + cn_digits(digits(rng, 12))
    return "bupa 会员号 " + fw(digits(rng, 8) + "-" + digits(rng, 2))


IBAN_SHAPES = [("KZ", 16, [4, 4, 4, 4, 4]), ("AE", 19, [4, 4, 4, 4, 4, 3]), ("DE", 18, [4, 4, 4, 4, 4, 2]),
               ("SA", 20, [4, 4, 4, 4, 4, 4]), ("GB", 18, [4, 4, 4, 4, 4, 2]), ("FR", 23, [4, 4, 4, 4, 4, 4, 3]),
               ("IT", 23, [4, 4, 4, 4, 4, 4, 3]), ("EG", 25, [4, 4, 4, 4, 4, 4, 4, 1])]


def gen_iban(rng, compact=None):
    cc, n, grp = rng.choice(IBAN_SHAPES)
    if cc == "KZ":
        body = digits(rng, 3) + "KZT" + digits(rng, 10)
    elif cc == "GB":
        body = letters(rng, 4) + digits(rng, 14)
    else:
        body = digits(rng, n)
    s = cc + f"{rng.randint(2, 98):02d}" + body
    if compact is None:
        compact = rng.random() < 0.4
    return s if compact else group(s, grp)


def gen_acct(rng):
    d = lambda n: digits(rng, n)
    card = rng.choice(["6222", "6217", "6228", "6212", "6236", "6259"]) + d(rng.choice([12, 15]))
    return weighted(rng, [
        (3, group(card, [4, 4, 4, 4, 3])), (2, card), (3, gen_iban(rng)),
        (2, f"40817810{d(12)}"), (1, f"4276 {d(4)} {d(4)} {d(4)}"), (1, f"5{d(3)} {d(4)} {d(4)} {d(4)}"),
        (1, f"{d(4)} {d(4)} {d(4)} {d(4)} {d(3)}"), (1, f"Khan Bank {d(10)}"), (1, f"Golomt {d(10)}"),
        (1, f"0200 {d(4)} {d(4)} {d(4)} {d(3)}"), (1, f"account no. {d(10)}"),
    ])


def acct_hard(rng):
    card = "6222" + digits(rng, 15)
    r = rng.randrange(6)
    if r == 0:
        return fw(group(card, [4, 4, 4, 4, 3]))
    if r == 1:
        return cn_digits(card)
    if r == 2:
        return spaced(card)
    if r == 3:
        return gen_iban(rng, compact=True).lower()
    if r == 4:
        return "前八位" + card[:8] + "后面" + card[8:]
    return fw(gen_iban(rng, compact=False))


def gen_licence(rng):
    d = lambda n: digits(rng, n)
    return weighted(rng, [
        (5, f"1{rng.choice(['10', '11', '15', '65'])}{d(12)}"), (2, f"2{d(14)}"), (2, f"{rng.randint(2005, 2022)}{d(11)}"),
        (1, f"GMC {rng.randint(6000000, 7999999)}"), (1, f"NPI {d(10)}"), (1, f"护士执业证书编号 {rng.randint(2010, 2023)}{d(8)}"),
        (1, f"ЛО-77-01-{d(6)}"), (1, f"MCI-{d(6)}"), (1, f"No. {d(9)}"),
    ])


def licence_hard(rng):
    lic = "110" + digits(rng, 12)
    r = rng.randrange(5)
    if r == 0:
        return fw(lic)
    if r == 1:
        return group(lic, [3, 4, 4, 4])
    if r == 2:
        return spaced(lic)
    if r == 3:
        return cn_digits(lic)
    return lic[:6] + "…" + lic[6:]


PLATE_PROV = ["京", "京", "京", "蒙", "新", "黑", "冀", "津", "辽", "吉"]
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
RU_PLATE_LET = "АВЕКМНОРСТУХ"
VIN_ALPH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def cn_plate_raw(rng):
    p = rng.choice(PLATE_PROV) + rng.choice(PLATE_LET)
    if rng.random() < 0.25:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        tail = "".join(rng.choice(PLATE_LET + "0123456789" * 3) for _ in range(5))
    return p, tail


def gen_vin(rng):
    return rng.choice(["LSV", "LFV", "LVS", "WVW", "JTD", "XTA", "KMH", "LGW", "Z94", "WDB"]) + \
        "".join(rng.choice(VIN_ALPH) for _ in range(6)) + "".join(rng.choice("0123456789X")) + \
        "".join(rng.choice(VIN_ALPH) for _ in range(2)) + digits(rng, 6)


def gen_plate(rng):
    p, t = cn_plate_raw(rng)
    return weighted(rng, [
        (4, p + t), (3, p + "·" + t), (2, p + " " + t),
        (2, f"{rng.choice(RU_PLATE_LET)}{digits(rng, 3)}{letters(rng, 2, RU_PLATE_LET)} {rng.choice(['77', '197', '54', '38', '03', '75', '125'])}"),
        (2, f"{digits(rng, 3)} {letters(rng, 3)} {rng.choice(['02', '01', '05', '17'])}"),
        (1, f"{digits(rng, 4)} {letters(rng, 3, 'АБВГДЕЖЗИКЛМНОПРСТУЭЮЯ')}"),
        (1, f"Dubai {rng.choice('ABCDEFGHIJKLMNOPQRS')} {digits(rng, 5, True)}"),
    ])


def gen_vehicle(rng):
    return gen_plate(rng) if rng.random() < 0.72 else "VIN " + gen_vin(rng) if rng.random() < 0.5 else gen_vin(rng)


def vehicle_hard(rng):
    p, t = cn_plate_raw(rng)
    r = rng.randrange(6)
    if r == 0:
        return p + fw(t)
    if r == 1:
        return "jing " + (p[1] + t).lower()
    if r == 2:
        return spaced(p + t)
    if r == 3:
        return p + "".join(cn_digits(c, CN_YAO) if c.isdigit() else c for c in t)
    if r == 4:
        return gen_vin(rng).lower()
    return f"{rng.choice('авекмнорстух')}{digits(rng, 3)}{letters(rng, 2, 'авекмнорстух')}{rng.choice(['77', '197', '38'])}"


def gen_device(rng):
    d = lambda n: digits(rng, n)
    mac = ":".join(format(rng.randrange(256), "02X") for _ in range(6))
    imei = d(15)
    return weighted(rng, [
        (3, f"SN: {letters(rng, 3)}{d(6)}{rng.choice('HSGR')}"), (2, f"序列号 {letters(rng, 2)}{d(7)}"),
        (2, f"IMEI {imei}"), (1, f"IMEI {imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"),
        (2, f"MAC {mac}"), (1, f"MAC地址 {mac.replace(':', '-').lower()}"), (1, f"NG{d(7)}H"),
        (1, f"S/N {d(10)}"), (1, f"CI{rng.randint(500, 699)}-{d(6)}"), (1, f"发射器编号 {d(1)}{letters(rng, 1)}{d(1)}{letters(rng, 3)}{d(1)}"),
        (1, f"UDI (01){d(14)}(21){letters(rng, 2)}{d(6)}"), (1, f"设备编号 {letters(rng, 2)}-{d(4)}-{d(4)}"),
    ])


def device_hard(rng):
    r = rng.randrange(6)
    if r == 0:
        return "sn " + (letters(rng, 3) + digits(rng, 6) + "H").lower()
    if r == 1:
        return "IMEI " + fw(digits(rng, 15))
    if r == 2:
        return "mac " + "".join(format(rng.randrange(256), "02x") for _ in range(6))
    if r == 3:
        return "序列号 " + spaced(letters(rng, 2) + digits(rng, 7))
    if r == 4:
        return "串号" + cn_digits(digits(rng, 15))
    return fw("SN:" + letters(rng, 3) + digits(rng, 6) + "S")


def gen_other(rng):
    d = lambda n: digits(rng, n)
    y = rng.randint(2018, 2025)
    return weighted(rng, [
        (2, f"签证号 {d(9)}"), (2, f"电子客票号 {rng.choice(['999', '880', '555', '784', '618'])}-{d(10)}"),
        (2, f"预约号 YY{y}-{d(6)}"), (1, f"预订确认号 {letters(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"),
        (1, f"发票号码 {d(8)}"), (1, f"收据编号 SJ-{y}-{d(6)}"), (2, f"顺丰单号 SF{d(13)}"),
        (1, f"EMS {letters(rng, 2)}{d(9)}CN"), (2, f"理赔案件号 CL{y}{d(7)}"), (1, f"（{y}）京0105民初{rng.randint(1000, 39999)}号"),
        (1, f"工号 BJ{d(5)}"), (1, f"学号 {y - 3}{d(6)}"), (2, f"邀请函编号 YQ-{y}-{d(4)}"),
        (1, f"居留许可号 {letters(rng, 1)}{d(9)}"), (1, f"номер визы {d(2)} {d(7)}"), (1, f"挂号单号 GH{d(10)}"),
        (1, f"订单号 {d(18)}"), (1, f"入境卡编号 {d(10)}"), (1, f"工作许可证号 {d(18)}"), (1, f"病假条编号 BJ{y}{d(5)}"),
        (1, f"快递单号 YT{d(13)}"), (1, f"Booking ref {letters(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"),
    ])


OTHER_SPECIFIC = {
    "invite": lambda rng: f"YQ-{rng.randint(2019, 2025)}-{digits(rng, 4)}",
    "appt": lambda rng: weighted(rng, [(2, f"YY{rng.randint(2019, 2025)}-{digits(rng, 6)}"), (1, f"A{digits(rng, 3)}-{digits(rng, 4)}"), (1, digits(rng, 10))]),
    "receipt": lambda rng: f"SJ-{rng.randint(2019, 2025)}-{digits(rng, 6)}",
    "invoice": lambda rng: digits(rng, 8),
    "visano": lambda rng: weighted(rng, [(2, digits(rng, 9)), (1, f"{digits(rng, 2)} {digits(rng, 7)}"), (1, f"V{digits(rng, 8)}")]),
    "courier": lambda rng: weighted(rng, [(2, f"SF{digits(rng, 13)}"), (1, f"YT{digits(rng, 13)}"), (1, f"E{letters(rng, 1)}{digits(rng, 9)}CN")]),
    "claim": lambda rng: f"CL{rng.randint(2019, 2025)}{digits(rng, 7)}",
    "ticket": lambda rng: f"{rng.choice(['999', '880', '555', '784', '618'])}-{digits(rng, 10)}",
    "court": lambda rng: f"（{rng.randint(2019, 2025)}）京0105民初{rng.randint(1000, 39999)}号",
    "staff": lambda rng: f"{rng.choice(['BJ', 'GJ', 'HL'])}{digits(rng, 5)}",
    "student": lambda rng: f"{rng.randint(2018, 2024)}{digits(rng, 6)}",
    "booking": lambda rng: letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
}


def other_bare(rng):
    return weighted(rng, [(2, digits(rng, 9)), (1, "SF" + digits(rng, 13)), (1, "YY" + str(rng.randint(2019, 2025)) + "-" + digits(rng, 6)),
                          (1, letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), (1, digits(rng, 3) + "-" + digits(rng, 10))])


def other_hard(rng):
    r = rng.randrange(6)
    if r == 0:
        return "签证号" + fw(digits(rng, 9))
    if r == 1:
        return "顺丰 " + spaced("SF" + digits(rng, 13))
    if r == 2:
        return "预约号 " + cn_digits("2024" + digits(rng, 6))
    if r == 3:
        return "ticket no " + digits(rng, 3) + " " + digits(rng, 10)
    if r == 4:
        return "邀请函编号" + fw(f"YQ-{rng.randint(2019, 2025)}-{digits(rng, 4)}")
    return "理赔号 cl" + digits(rng, 11)


# ---------------------------------------------------------------------------
# clean pools (no identifiers)
# ---------------------------------------------------------------------------

CITIES_CN = ["北京", "呼和浩特", "乌鲁木齐", "哈尔滨", "上海", "广州", "昆明", "三亚", "满洲里", "二连浩特",
             "伊宁", "喀什", "大连", "沈阳", "天津"]
CITIES_FOREIGN = ["莫斯科", "新西伯利亚", "伊尔库茨克", "符拉迪沃斯托克", "赤塔", "阿拉木图", "阿斯塔纳",
                  "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "乌兰巴托", "达尔汗", "额尔登特", "迪拜",
                  "利雅得", "德黑兰", "开罗", "河内", "胡志明市", "曼谷", "雅加达", "吉隆坡", "马尼拉",
                  "拉各斯", "内罗毕", "亚的斯亚贝巴", "柏林", "巴黎", "米兰", "伦敦", "纽约", "多伦多",
                  "圣保罗", "墨西哥城", "首尔", "釜山", "东京", "大阪", "乌兰乌德", "阿布贾", "多哈"]
COUNTRIES = ["俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "蒙古国", "阿联酋", "沙特",
             "伊朗", "埃及", "越南", "泰国", "印尼", "马来西亚", "菲律宾", "尼日利亚", "肯尼亚", "埃塞俄比亚",
             "德国", "法国", "意大利", "英国", "美国", "加拿大", "巴西", "墨西哥", "韩国", "日本", "卡塔尔",
             "土库曼斯坦", "加纳", "波兰"]
DISTRICTS = ["朝阳区", "东城区", "西城区", "海淀区", "丰台区", "顺义区", "昌平区", "通州区", "大兴区"]
DEPTS = ["心内科", "心外科", "神经外科", "肿瘤内科", "骨科", "儿科", "妇产科", "眼科", "康复科", "国际医疗部",
         "急诊科", "重症医学科", "消化内科", "血液科", "肾内科", "中医科", "麻醉科", "放射科", "耳鼻喉科",
         "内分泌科", "呼吸科", "介入科", "营养科", "疼痛科", "泌尿外科", "胸外科"]
HOSP_PLACES = ["国际医疗部3楼", "门诊楼B座", "住院部12层", "2号电梯", "心内科病房17床", "特需门诊",
               "4号楼一层大厅", "ICU 5床", "急诊抢救室", "地下二层停车场", "中医馆二层", "康复大厅",
               "B2层影像中心", "7号楼东侧", "国际部VIP病房", "儿科病区3床", "日间手术中心", "采血窗口8号",
               "西门", "南门", "1号楼3层312诊室", "住院处9号窗口", "13楼护士站"]
DISEASES = ["急性心梗", "肺癌", "乳腺癌", "脑卒中", "糖尿病足", "股骨颈骨折", "先天性心脏病", "白血病",
            "肝硬化", "尿毒症", "腰椎间盘突出", "白内障", "脑瘫", "癫痫", "胃癌", "鼻咽癌", "脊柱侧弯",
            "冠心病", "房颤", "三叉神经痛", "面瘫", "胆管癌", "膝关节骨关节炎", "重症肌无力", "甲状腺癌"]
EPONYM_DISEASES = ["帕金森病", "阿尔茨海默病", "唐氏综合征", "霍奇金淋巴瘤", "克罗恩病", "桥本甲状腺炎",
                   "川崎病", "吉兰-巴雷综合征", "马凡综合征", "尤文肉瘤", "威尔姆斯瘤", "亨廷顿舞蹈病",
                   "库欣综合征", "格雷夫斯病", "雷诺现象", "贝尔麻痹", "法洛四联症", "巴雷特食管",
                   "伯基特淋巴瘤", "梅尼埃病", "Graves病", "Parkinson's disease"]
EPONYM_PHRASES = ["白求恩精神", "南丁格尔精神", "希波克拉底誓言", "白求恩式的奉献", "南丁格尔誓言"]
EPONYM_INST = ["中山医院", "宋庆龄基金会", "约翰斯·霍普金斯医院", "梅奥诊所", "巴斯德研究所",
               "白求恩国际和平医院", "中山大学附属医院", "Johns Hopkins", "Mayo Clinic", "哈佛医学院",
               "孙逸仙纪念医院", "居里研究所", "卡罗林斯卡医学院", "巴甫洛夫医科大学", "谢东诺夫医科大学",
               "白求恩医科大学", "逸夫楼", "邵逸夫医院"]
HERBS = ["当归", "黄芪", "人参", "枸杞", "甘草", "川芎", "金银花", "白术", "茯苓", "三七", "丹参", "决明子",
         "陈皮", "连翘", "杜仲", "何首乌", "红景天", "冬虫夏草"]
RELATIONS = ["妈妈", "爸爸", "外婆", "奶奶", "爷爷", "外公", "丈夫", "妻子", "儿子", "女儿", "哥哥",
             "姐姐", "舅舅", "姨妈", "孙女", "老伴", "婆婆", "岳父", "叔叔", "表妹"]
ELDERS = ["外婆", "奶奶", "爷爷", "外公", "老伴", "父亲", "母亲", "爸爸", "妈妈", "岳母", "公公", "姥姥", "姥爷"]
ALIASES = ["张某", "李某某", "A女士", "B先生", "患者K", "小M", "患儿甲", "王某", "X女士", "1号病人",
           "患者乙", "N先生", "Patient K", "Ms. A", "刘某", "患儿D", "某男", "S女士", "老K", "某位蒙古族大叔"]
MONTH_YEAR = ["2023年3月", "2022年底", "2021年初", "去年十月", "2024年春天", "二〇二三年五月", "2019年",
              "2020年疫情期间", "2023年下半年", "今年年初", "2018年夏", "2024年", "2022年11月",
              "03/2023", "2025年1月", "上世纪八十年代", "2017年秋天", "2024年第二季度"]
PERIODS = ["春节期间", "国庆假期", "斋月期间", "开斋节前后", "那达慕期间", "圣诞节前", "暑假", "寒假",
           "元旦假期", "新年前后", "三月中旬", "上周", "这周", "术后第三天", "第二个疗程", "入院后第5天",
           "两周后", "半年后", "五一小长假", "中秋前后", "诺鲁孜节期间", "白月节", "住院第10天", "第3周",
           "复查的那一周", "去年冬天", "每周二", "每月第一个周一", "周末"]
DURATIONS = ["三周", "两个月", "十天", "半年", "48小时", "整整一年", "90天", "六个疗程", "三天两夜", "72小时"]
LANG_LIST = ["俄语", "哈萨克语", "蒙古语", "阿拉伯语", "英语", "越南语", "法语", "韩语", "日语", "乌兹别克语"]
PROCEDURES = ["冠脉支架植入", "髋关节置换", "胃镜", "肾移植", "放疗", "化疗", "针灸", "中药调理", "康复训练",
              "人工耳蜗植入", "射频消融", "腹腔镜胆囊切除", "白内障超声乳化", "脊柱矫形手术", "骨髓穿刺"]


def gen_dose(rng):
    return weighted(rng, [
        (2, f"阿司匹林{rng.choice([75, 100])}毫克"), (1, f"二甲双胍 {rng.choice([500, 850, 1000])} mg"),
        (1, f"胰岛素{rng.randint(6, 30)}单位"), (1, f"氯吡格雷 {rng.choice([75, 300])}mg"),
        (1, f"甲泼尼龙{rng.choice([40, 80, 500])}毫克"), (1, f"{rng.choice([90, 60, 120])}毫克每日两次"),
        (1, f"每次{rng.randint(1, 3)}片，一天{rng.randint(2, 3)}次"), (1, f"黄芪{rng.randint(10, 30)}克"),
    ])


def gen_lab(rng):
    return weighted(rng, [
        (1, f"肌酐 {rng.randint(60, 480)} μmol/L"), (1, f"血红蛋白 {rng.randint(62, 150)} g/L"),
        (1, f"射血分数{rng.randint(25, 65)}%"), (1, f"空腹血糖 {rng.randint(40, 180) / 10} mmol/L"),
        (1, f"INR {rng.randint(10, 35) / 10}"), (1, f"血氧饱和度{rng.randint(85, 99)}%"),
        (1, f"血压 {rng.randint(85, 180)}/{rng.randint(50, 110)} mmHg"), (1, f"心率{rng.randint(48, 130)}次/分"),
        (1, f"PSA {rng.randint(10, 300) / 10} ng/mL"), (1, f"HbA1c {rng.randint(55, 120) / 10}%"),
        (1, f"白细胞 {rng.randint(20, 180) / 10}×10⁹/L"), (1, f"体重{rng.randint(3, 120)}公斤"),
        (1, f"CEA {rng.randint(10, 900) / 10} ng/ml"), (1, f"BNP {rng.randint(50, 4000)} pg/mL"),
    ])


def gen_price(rng):
    return weighted(rng, [(2, f"约{rng.randint(2, 40)}万元"), (1, f"人民币{rng.randint(800, 98000)}元"),
                          (1, f"{rng.randint(5, 60) * 100}美元"), (1, f"共计 {rng.randint(10, 300)},{digits(rng, 3)} 元"),
                          (1, f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万"), (1, f"{rng.randint(100, 900)}块")])


def gen_tech_clean(rng):
    """Registry numbers, codes, variants, versions, batches: all clean by the rules."""
    return weighted(rng, [
        (2, f"NCT0{digits(rng, 7)}"), (2, f"ChiCTR{rng.randint(2000, 2500)}{digits(rng, 6)}"),
        (2, f"ICD-10 {rng.choice(['C34.1', 'I21.0', 'E11.9', 'G20', 'C50.9', 'I63.9', 'M16.1', 'C16.0', 'N18.5', 'G35'])}"),
        (1, f"ATC {rng.choice(['B01AC06', 'A10BA02', 'C07AB07', 'L01XE03', 'N04BA02'])}"),
        (2, rng.choice(["EGFR 19号外显子缺失", "BRCA1 c.5266dupC", "KRAS G12C", "ALK融合", "JAK2 V617F",
                        "EGFR L858R", "HLA-B*58:01", "TP53 R273H", "CFTR ΔF508", "BRAF V600E"])),
        (1, f"批号{letters(rng, 1)}{digits(rng, 6)}"), (1, f"第{rng.randint(2, 9)}版指南第{rng.randint(12, 480)}页"),
        (1, f"App {rng.randint(1, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}版本"),
        (1, f"{rng.randint(2018, 2025)}版诊疗规范"), (1, f"国药准字H{digits(rng, 8)}"),
        (1, f"CT值 {rng.randint(18, 38)}"), (1, f"{rng.randint(64, 320)}排CT"), (1, f"{rng.choice([1.5, 3.0])}T核磁"),
    ])


def gen_short_public(rng):
    return rng.choice(SHORT_PUBLIC)


def gen_hotline(rng):
    return rng.choice(HOTLINES)


def gen_trial(rng):
    return weighted(rng, [(3, f"NCT0{digits(rng, 7)}"), (3, f"ChiCTR{rng.randint(2000, 2500)}{digits(rng, 6)}"),
                          (1, f"ISRCTN{digits(rng, 8)}"), (1, f"EudraCT {rng.randint(2015, 2024)}-{digits(rng, 6)}-{digits(rng, 2)}")])


def gen_code(rng):
    return weighted(rng, [(3, "ICD-10 " + rng.choice(["C34.1", "I21.0", "E11.9", "G20", "C50.9", "I63.9", "M16.1", "C16.0", "N18.5", "G35", "Q21.1", "C92.0"])),
                          (1, "ICD-11 " + rng.choice(["2C25", "BA41", "8A00", "5A11"])),
                          (1, "ATC " + rng.choice(["B01AC06", "A10BA02", "C07AB07", "L01XE03", "N04BA02"]))])


def gen_gene(rng):
    return rng.choice(["EGFR 19号外显子缺失", "BRCA1 c.5266dupC", "KRAS G12C", "ALK融合", "JAK2 V617F",
                       "EGFR L858R", "HLA-B*58:01", "TP53 R273H", "CFTR ΔF508", "BRAF V600E",
                       "FLT3-ITD", "BCR-ABL p210", "MTHFR C677T", "SMN1 7号外显子纯合缺失", "GJB2 c.235delC"])


def gen_batch(rng):
    y, m, d = rand_ymd(rng, 2019, 2025)
    return weighted(rng, [(3, f"{letters(rng, 1)}{digits(rng, 6)}"), (1, f"{y}{m:02d}{d:02d}"),
                          (1, f"{letters(rng, 2)}{digits(rng, 5)}"), (1, f"{y % 100}{digits(rng, 5)}-{rng.randint(1, 9)}")])


def gen_version(rng):
    return weighted(rng, [(2, f"第{rng.randint(2, 9)}版指南第{rng.randint(12, 480)}页"), (1, f"App {rng.randint(1, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}版"),
                          (1, f"{rng.randint(2018, 2025)}版诊疗规范"), (1, f"说明书第{rng.randint(2, 30)}页"),
                          (1, f"v{rng.randint(1, 4)}.{rng.randint(0, 12)}"), (1, f"NCCN指南{rng.randint(2021, 2025)}.V{rng.randint(1, 5)}版")])


def gen_festival(rng):
    return rng.choice(["春节", "中秋节", "端午节", "古尔邦节", "开斋节", "圣诞节", "新年", "那达慕", "诺鲁孜节",
                       "白月节", "元宵节", "排灯节", "宋干节", "国庆节", "三八妇女节", "儿童节"])


def gen_year(rng):
    return weighted(rng, [(3, f"{rng.randint(2000, 2025)}年"), (1, cn_digits(str(rng.randint(1990, 2025))) + "年"),
                          (1, f"{rng.randint(2015, 2020)}—{rng.randint(2021, 2025)}年")])


def gen_num(rng):
    return str(weighted(rng, [(4, rng.randint(2, 30)), (2, rng.randint(31, 300)), (1, rng.randint(301, 5000))]))


def gen_small(rng):
    return str(rng.randint(2, 12))


def gen_myrange(rng):
    y = rng.randint(2016, 2024)
    m1 = rng.randint(1, 10)
    m2 = rng.randint(m1 + 1, 12)
    return weighted(rng, [(2, f"{y}年{m1}月至{m2}月"), (1, f"{y}年{m1}月到{y + 1}年{rng.randint(1, 12)}月"),
                          (1, f"{y}—{y + rng.randint(1, 3)}年"), (1, f"{y}年春至{y}年秋")])


def gen_weight(rng):
    return f"{rng.randint(2, 45)}.{rng.randint(0, 9)}公斤"


def gen_agelow(rng):
    return f"{rng.randint(1, 89)}岁" if rng.random() < 0.7 else cn_int(rng.randint(20, 89)) + "岁"


def gen_word(rng):
    return rng.choice(["希望", "阳光", "平安", "信心", "耐心", "陪伴", "爱"])


def gen_fwclean(rng):
    return fw(weighted(rng, [(4, gen_lab), (1, gen_dose), (1, gen_price), (1, gen_trial), (1, gen_code),
                              (1, lambda r: f"{r.randint(6, 24)}Fr导管"), (1, lambda r: f"{r.randint(2, 30)}楼{r.randint(1, 40)}床")])(rng))


# ---------------------------------------------------------------------------
# slot registry: name -> (kinds, generator)
# ---------------------------------------------------------------------------

P = ("person_name",)


def _c(pool):
    return lambda rng: rng.choice(pool)


SLOTS = {
    # person names
    "name": (P, any_name), "pname": (P, patient_name), "cnname": (P, cn_full), "titled": (P, cn_titled),
    "doc": (P, doc_name), "fname": (P, foreign_hz), "latname": (P, _c(LATIN_NAMES)),
    "cyrname": (P, _c(CYR_NAMES)), "pyname": (P, _c(PINYIN_NAMES)), "nick": (P, _c(NICKNAMES)),
    "wordname": (P, _c(WORD_NAMES)), "given": (P, lambda r: r.choice(FOREIGN_HZ_GIVEN) if r.random() < 0.7 else r.choice(CN_GIVEN)),
    "namehard": (P, name_hard),
    # dates and ages
    "date": (("exact_date",), gen_date), "datefull": (("exact_date",), gen_date_full),
    "dateshort": (("exact_date",), gen_date_short), "datehard": (("exact_date",), gen_date_hard),
    "dob": (("date_of_birth",), gen_dob), "dobadult": (("date_of_birth",), gen_dob_adult),
    "dobkid": (("date_of_birth",), gen_dob_kid), "bday": (("date_of_birth",), gen_bday),
    "dobhard": (("date_of_birth",), gen_dob_hard),
    "agex": (("age_over_89",), gen_age90), "agexp": (("age_over_89",), _c(AGE90_PHRASES)),
    "agexhard": (("age_over_89",), gen_age90_hard),
    # contact
    "phone": (("phone_number",), phone_any), "phonecn": (("phone_number",), phone_cn),
    "phoneintl": (("phone_number",), phone_intl), "phonebj": (("phone_number",), phone_bj_landline),
    "phonehard": (("phone_number",), phone_hard),
    "email": (("email",), gen_email), "emailhard": (("email",), email_hard),
    "url": (("web_address",), gen_url), "urlhard": (("web_address",), url_hard),
    "ip": (("ip_address",), gen_ip), "iphard": (("ip_address",), ip_hard),
    "social": (("social_account",), gen_social), "socialbare": (("social_account",), gen_social_bare),
    "socialhard": (("social_account",), social_hard),
    # places
    "addr": (("street_address",), gen_addr), "addrcn": (("street_address",), addr_cn),
    "addrintl": (("street_address",), addr_intl), "addrhard": (("street_address",), addr_hard),
    "postcode": (("postal_code",), gen_postcode), "postcodehard": (("postal_code",), postcode_hard),
    "geo": (("geolocation",), gen_geo), "geohard": (("geolocation",), geo_hard),
    # documents and numbers
    "passport": (("passport_number",), gen_passport), "passporthard": (("passport_number",), passport_hard),
    "natid": (("national_id",), gen_natid), "natidbare": (("national_id",), natid_bare),
    "natidhard": (("national_id",), natid_hard),
    "resid": (("resident_id",), gen_resid), "residhard": (("resident_id",), resid_hard),
    "mrn": (("medical_record_number",), gen_mrn), "mrnhard": (("medical_record_number",), mrn_hard),
    "hplan": (("health_plan_number",), gen_hplan), "hplanbare": (("health_plan_number",), hplan_bare),
    "hplanhard": (("health_plan_number",), hplan_hard),
    "acct": (("account_number",), gen_acct), "iban": (("account_number",), gen_iban),
    "accthard": (("account_number",), acct_hard),
    "licence": (("licence_number",), gen_licence), "licencehard": (("licence_number",), licence_hard),
    "vehicle": (("vehicle_identifier",), gen_vehicle), "plate": (("vehicle_identifier",), gen_plate),
    "vin": (("vehicle_identifier",), gen_vin), "vehiclehard": (("vehicle_identifier",), vehicle_hard),
    "device": (("device_identifier",), gen_device), "devicehard": (("device_identifier",), device_hard),
    "other": (("other_number",), gen_other), "otherbare": (("other_number",), other_bare),
    "otherhard": (("other_number",), other_hard),
    **{k: (("other_number",), f) for k, f in OTHER_SPECIFIC.items()},
    # clean slots
    "city": ((), _c(CITIES_CN)), "fcity": ((), _c(CITIES_FOREIGN)), "country": ((), _c(COUNTRIES)),
    "district": ((), _c(DISTRICTS)), "dept": ((), _c(DEPTS)), "place": ((), _c(HOSP_PLACES)),
    "disease": ((), _c(DISEASES)), "epdisease": ((), _c(EPONYM_DISEASES)), "epphrase": ((), _c(EPONYM_PHRASES)), "epinst": ((), _c(EPONYM_INST)),
    "herb": ((), _c(HERBS)), "rel": ((), _c(RELATIONS)), "alias": ((), _c(ALIASES)),
    "monthyear": ((), _c(MONTH_YEAR)), "period": ((), _c(PERIODS)), "duration": ((), _c(DURATIONS)),
    "lang": ((), _c(LANG_LIST)), "proc": ((), _c(PROCEDURES)), "dose": ((), gen_dose), "lab": ((), gen_lab),
    "price": ((), gen_price), "tech": ((), gen_tech_clean), "short": ((), gen_short_public), "hotline": ((), gen_hotline),
    "ageclean": ((), gen_age_clean), "kidage": ((), gen_kid_age),
    "elder": ((), _c(ELDERS)), "agelow": ((), gen_agelow), "trial": ((), gen_trial), "code": ((), gen_code),
    "gene": ((), gen_gene), "batch": ((), gen_batch), "version": ((), gen_version), "festival": ((), gen_festival),
    "year": ((), gen_year), "num": ((), gen_num), "small": ((), gen_small),
    "myrange": ((), gen_myrange), "weight": ((), gen_weight), "word": ((), gen_word), "fwclean": ((), gen_fwclean),
}
for _k, (_kinds, _f) in SLOTS.items():
    assert not _k[-1].isdigit(), _k
    for _kind in _kinds:
        assert _kind in KINDS, _kind

SLOT_RE = re.compile(r"\{([a-z]+?)(\d*)\}")

# typo noise for informal messages: applied to literal template text only
TYPOS = [("预约", "预越"), ("咨询", "资询"), ("谢谢", "谢谢谢"), ("您好", "你好"), ("请问", "请问问"),
         ("医生", "医升"), ("时候", "时侯"), ("已经", "以经"), ("hello", "helo"), ("please", "pls"),
         ("thanks", "thx"), ("可以", "可已"), ("在吗", "再吗"), ("怎么", "咋"), ("什么", "神马"),
         ("Здравствуйте", "здрасте"), ("спасибо", "спс")]


def noisy_literal(rng, lit):
    for a, b in TYPOS:
        if a in lit and rng.random() < 0.3:
            lit = lit.replace(a, b, 1)
    r = rng.random()
    if r < 0.3:
        lit = lit.lower()
    if rng.random() < 0.25:
        lit = lit.replace("，", " ").replace("。", " ")
    elif rng.random() < 0.2:
        lit = lit.replace("，", ",").replace("？", "?").replace("！", "!")
    if rng.random() < 0.15:
        lit = lit.replace(" ", "  ")
    return lit


def template_slots(tmpl):
    return [m.group(1) for m in SLOT_RE.finditer(tmpl)]


def render(rng, tmpl, noise=False):
    pieces = SLOT_RE.split(tmpl)
    out, kinds = [], set()
    for i in range(0, len(pieces), 3):
        lit = pieces[i]
        if noise and lit:
            lit = noisy_literal(rng, lit)
        out.append(lit)
        if i + 1 < len(pieces):
            name = pieces[i + 1]
            ks, fn = SLOTS[name]
            out.append(fn(rng))
            kinds.update(ks)
    return "".join(out), kinds


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------

FAMILIES = []


def fam(cat, n, templates, noise=False):
    is_clean = cat.startswith("clean_")
    for t in templates:
        assert "\t" not in t and "\n" not in t, t
        names = template_slots(t)
        for nm in names:
            assert nm in SLOTS, (cat, nm, t)
        id_slots = [nm for nm in names if SLOTS[nm][0]]
        if is_clean:
            assert not id_slots, (cat, t)
        else:
            assert id_slots, (cat, t)
    FAMILIES.append((cat, n, templates, noise))


# ---- person names ---------------------------------------------------------

fam("name_story", 70, [
    "来自{fcity}的{fname}在{dept}接受了{proc}，术后恢复顺利。",
    "{pname}第一次来北京时，连一句中文都不会说。",
    "{pname}的{rel}告诉我们，孩子从小就被诊断为{disease}。",
    "在{cnname}护士的陪伴下，{pname}完成了第一次康复训练。",
    "经过{duration}的治疗，{pname}终于可以自己走路了。",
    "{titled}回忆说，那天夜里病人的血压一度很低。",
    "{fname}一家辗转{city}、{fcity}，最后来到我们{dept}。",
    "为了给{pname}治病，全家卖掉了在{fcity}的房子。",
    "{doc}带领团队为{pname}制定了个体化治疗方案。",
    "翻译{cnname}全程陪同{fname}，帮助她与医生沟通。",
    "那是{pname}在中国度过的第一个{festival}。",
    "{pname}今年{agelow}，患有{epdisease}多年。",
    "出院那天，{pname}特意穿上了民族服装向{doc}道别。",
    "{fname}是{country}的一名中学老师，因{disease}来华就医。",
    "术后{duration}，{pname}发来视频，说已经回到了{fcity}的工作岗位。",
    "多学科会诊由{doc}主持，{doc2}和{doc3}共同参与。",
    "{pname}的故事在{country}当地电视台播出后，更多病人找到了我们。",
    "{lang}翻译{cnname}说，{fname}是她见过最乐观的病人。",
    "{monthyear}，{fname}带着厚厚一摞{lang}病历来到国际医疗部。",
    "{fname}和丈夫{fname2}轮流守在病床边，一守就是{duration}。",
    "刚入院时，{pname}连抬手都困难；如今她已经能自己端碗吃饭。",
    "{titled}把自己的羽绒服借给了刚下飞机的{fname}。",
    "{pname}在病房里学会了包饺子，还教护士们做{country}的家常菜。",
    "{pname}说，最难熬的是{period}，想家想得睡不着。",
    "{fname}的主治医生是{doc}，两人靠翻译软件也聊得很开心。",
    "为了不让{rel}担心，{pname}每天都报喜不报忧。",
    "小病人{nick}的病床边挂满了{fcity}同学寄来的卡片。",
    "这是{doc}接诊的第一位来自{country}的{disease}患者{pname}。",
])

fam("name_quote", 37, [
    "“谢谢{doc}，是您给了我第二次生命。”{pname}哽咽着说。",
    "“{nick}，别怕，妈妈在这儿。”",
    "{pname}的{rel}说：“我们在{fcity}跑了好多家医院，都说没办法。”",
    "“我叫{fname}，来自{country}，我只想再看着孩子长大。”",
    "“{titled}每天早上都来看我，比家人还细心。”",
    "“Большое спасибо, {doc}！”{fname}用俄语和中文各说了一遍谢谢。",
    "“说实话，我一开始不信中医，”{pname}笑着说，“是{doc}说服了我。”",
    "{rel}在病房外拉着{titled}的手说：“你们救了她的命。”",
    "{latname}术前用英语说：“I trust {doc}.”",
    "“{given}，你今天走了多少步？”护士每天都这样问他。",
    "“等我好了，一定请{titled}来{fcity}做客。”{fname}说。",
    "“我们{country}人说，医生是上天派来的。{doc}就是这样的人。”",
    "“刚来的时候我只会说‘你好’和‘谢谢’，”{pname}说，“现在我能跟{cnname}聊天了。”",
    "“{doc}把片子一张张给我们讲，讲了一个多小时。”{pname}的{rel}回忆。",
    "“妈妈，{titled}说我明天就能拆线了！”",
    "“Рахмет, {titled}！”{fname}出院时用哈萨克语道谢。",
    "“Баярлалаа, {doc}.”{fname}双手合十。",
])

fam("name_clinician", 32, [
    "{doc}指出，像{pname}这样的{disease}患者，早期干预非常关键。",
    "{doc}表示：“{alias}的情况和{pname}不同，不能简单套用同一方案。”",
    "主刀医生{cnname}说，手术最难的部分是分离粘连。",
    "{doc}提醒，{epdisease}病人出院后仍需规律随访。",
    "据{dept}{titled}介绍，{fname}入院时{lab}。",
    "{doc}：这例患者术前{lab}，风险评估属于高危。",
    "“{fname}的依从性特别好，”{doc}评价道。",
    "麻醉由{doc}负责，{doc2}担任一助。",
    "{doc}团队为{pname}实施了{proc}，用时不到三小时。",
    "在{doc}看来，{pname}能恢复得这么快，{rel}的陪伴功不可没。",
    "{titled}说，给外国病人做宣教，最重要的是耐心。",
    "查房时，{doc}用简单的英语向{latname}解释了检查结果。",
    "{doc}建议{pname}继续服用{dose}，{duration}后复查。",
    "“这台手术我们准备了{duration}，”{doc}说。",
])

fam("name_caption", 26, [
    "meta description：{fname}从{fcity}来京接受{proc}，{duration}后康复出院。",
    "SEO标题：{country}患者{fname}的抗癌故事｜{dept}",
    "alt=\"{doc} explains the scan to {latname}\"",
    "【患者故事】{pname}：在北京重新站起来",
    "图：{pname}一家与{titled}在{place}",
    "图：{pname}与{doc}在{place}合影。",
    "alt=\"{pname}在康复大厅练习行走\"",
    "图为{fname}和{rel}在出院前留影。",
    "照片中左起：{doc}、{pname}、翻译{cnname}。",
    "【图说】{nick}第一次在病房里吹灭生日蜡烛。",
    "alt文本：{doc}正在为{fname}检查伤口",
    "视频截图：{pname}用{lang}向中国医生表示感谢",
    "图2｜{doc}（右）向{fname}的家属讲解手术方案",
    "封面图：{pname}在{city}的雪地里笑得很开心",
    "图片说明：{titled}帮{nick}扎辫子",
    "alt=\"{latname} with her surgeon in Beijing\"",
])

fam("name_script_mix", 30, [
    "{latname}于{monthyear}来我院{dept}就诊。",
    "患者{cyrname}（{fname}）由{rel}陪同前来。",
    "英文名{latname}，中文名{cnname}，登记时两个名字都写上了。",
    "病人护照上的拼音是{pyname}，和医保系统里的名字对不上。",
    "签名：{latname}",
    "Пациент {cyrname} очень доволен лечением — 患者对治疗非常满意。",
    "{pyname}医生的英文邮件回复得很快。",
    "家属留言署名为{cyrname}，内容是俄语写的感谢信。",
    "翻译把{latname}译成了“{fname}”，患者本人很喜欢这个中文名。",
    "病历首页姓名栏：{latname} / {fname}",
    "{cyrname}说，北京的冬天比{fcity}暖和多了。",
    "Dear {latname}, 您的复查结果已出，请登录患者端查看。",
])

fam("name_nickname", 34, [
    "大家都叫她{nick}，她是病房里最爱笑的孩子。",
    "一个名叫{wordname}的{country}小女孩，在这里做了心脏手术。",
    "{wordname}的妈妈说，给她取这个名字，是盼着她一生顺遂。",
    "病房里的护士都亲切地叫他{nick}。",
    "{given}说，他最想念家乡的奶茶。",
    "{given}今天第一次自己吃完了一整碗粥。",
    "小{wordname}出院时，给每位护士都画了一张画。",
    "“{given}，该吃药啦！”",
    "{nick}的{rel}每天给他讲{fcity}的故事。",
    "那个叫{wordname}的男孩，如今已经能踢足球了。",
])

# ---- one kind at a time ---------------------------------------------------

fam("date_timeline", 28, [
    "{date}：{pname}从{fcity}飞抵北京，当晚入住国际部。",
    "{date}，{dept}为患者完成{proc}。",
    "时间线｜{date} 入院；{period} 出院。",
    "{date} 首次远程会诊，{lang}翻译在线。",
    "手术定在{datefull}上午九点。",
    "我们是{date}到的北京，第二天就做了检查。",
    "复查时间：{date}，请提前空腹。",
    "{date}那天，孩子第一次自己站了起来。",
    "请问{dateshort}下午{dept}还有号吗？",
    "病理报告于{date}出具，提示{disease}。",
    "签证有效期至{datefull}，请在此之前完成治疗。",
    "Дата операции: {date}.",
    "最后一次化疗在{date}，之后复查一切正常。",
    "{rel}是{date}走的，享年{agelow}。",
    "出院日期 {datefull}",
    "{date} 14:30 {dept}会诊记录",
    "机票改到了{dateshort}，麻烦帮忙调整复诊时间。",
    "{doc}将于{date}出诊，欢迎提前预约。",
    "{date}，我们收到了{fcity}寄来的明信片。",
    "{date}晚，患者突发胸痛，立即送入导管室。",
    "Follow-up visit on {datefull}, 请带齐影像资料。",
])

fam("dob_record", 35, [
    "出生日期：{dob}",
    "患者{pname}，生于{dob}，{country}籍。",
    "{pname}（出生于{dob}）因{disease}入院。",
    "DOB {dob}",
    "孩子的生日是{bday}，我们想在医院给她过个生日。",
    "дата рождения: {dob}",
    "出生年月日 {dob}，性别 女",
    "登记表上写的出生日期是{dob}，但护照上是另一个日子。",
    "{bday}是{nick}的生日，护士们准备了蛋糕。",
    "我爸是{dobadult}生的，身体一直不错。",
    "孩子出生于{dobkid}，早产{small}周。",
    "Date of birth: {dob}; nationality: {country}",
    "新生儿出生时间：{dobkid} 凌晨3点12分",
    "她说自己的生日是{bday}，那天正好赶上复查。",
    "外婆生于{dobadult}，一辈子没出过{fcity}。",
    "生日：{bday}",
    "患儿，男，出生日期{dobkid}，体重{weight}。",
])

fam("age_over89", 30, [
    "{agex}的{pname}是我们国际部年纪最大的患者。",
    "这位{agex}的老人来自{fcity}，因{disease}入院。",
    "患者女，{agex}，主诉胸闷三天。",
    "我外婆今年{agex}了，还能做{proc}吗？",
    "{agexp}的老先生坚持自己走进诊室。",
    "年龄：{agex}",
    "高龄（{agex}）患者的麻醉风险评估",
    "术前评估时老人已经{agex}，家属非常担心。",
    "{fname}老人{agex}，是{country}的退休医生。",
    "Возраст пациента — {agex}。",
    "一位{agexp}的蒙古族奶奶在这里做了白内障手术。",
    "他说自己{agex}，身体还算硬朗，就是耳朵不太好。",
    "我们为{agex}的{elder}申请了陪护床。",
    "{agexp}，{elder}仍然每天坚持打太极。",
    "老人今年{agex}，是{dept}今年收治的最高龄患者。",
])

fam("phone_contact", 22, [
    "如需预约，请拨打{dept}电话{phonebj}。",
    "联系电话：{phone}",
    "有问题可以WhatsApp我：{phoneintl}",
    "{pname}的{rel}留下了手机号{phone}，请尽快回电。",
    "国际部24小时热线{phonebj}，急症请直接拨打{short}。",
    "微信同号 {phonecn}",
    "Мой номер: {phoneintl}, звоните после 18:00",
    "陪诊翻译{cnname}的电话是{phonecn}。",
    "电话打不通，换这个号试试：{phone}",
    "Viber/WhatsApp {phoneintl}",
    "回国后有任何不适，请联系{doc}的助理，电话{phonebj}。",
    "紧急联系人：{rel}，{phone}",
    "{lang}咨询专线：{phonebj}（工作日9:00—17:00）",
    "酒店前台电话{phonecn}，我们住在{district}。",
    "请加我的Telegram，号码是{phoneintl}。",
])

fam("email_contact", 25, [
    "病历资料请发送至{email}。",
    "我的邮箱是{email}，请把报价单发给我。",
    "E-mail: {email}",
    "{pname}的{rel}通过{email}联系了我们。",
    "国际部邮箱{email}，工作日24小时内回复。",
    "Пишите на {email}",
    "影像资料的下载链接已经发到{email}。",
    "抄送：{email}",
    "如果邮件被退回，请改发{email}。",
    "病人女儿的邮箱：{email}（英文沟通）",
    "{doc}让我们把检查结果发到{email}。",
    "reply-to: {email}",
    "请用{email}注册患者端账号。",
])

fam("web_crowdfund", 29, [
    "{pname}的家人在{url}发起了募捐。",
    "筹款页面：{url}",
    "她把整个治疗过程都写在博客里：{url}",
    "如果您愿意帮助{nick}，可以访问{url}。",
    "原文首发于{url}，经作者同意转载。",
    "Сбор на лечение: {url}",
    "家属的个人主页 {url} 上有更多照片。",
    "我们看到{url}上的求助信息后，主动联系了家属。",
    "更多故事见患者本人的博客 {url}",
    "捐款进度可以在{url}查看，目前已筹到{price}。",
    "这是我妹妹的筹款链接 {url} 求转发",
])

fam("ip_formlog", 33, [
    "留言来源IP：{ip}",
    "系统记录显示，该留言来自{ip}。",
    "【后台】访客IP {ip}，地区：{fcity}",
    "同一IP（{ip}）在十分钟内提交了三次预约。",
    "登录异常提醒：新设备从{ip}登录了患者门户。",
    "访问日志：{ip} - GET /contact - 200",
    "远程会诊终端的IP地址为{ip}，请信息科加入白名单。",
    "IP: {ip}｜浏览器语言：ru-RU",
    "{pname}反馈无法上传文件，她的IP是{ip}。",
    "表单提交成功（来源 {ip}，语言 {lang}）",
    "疑似垃圾留言，IP {ip} 已拉黑。",
    "视频会诊卡顿，对方出口IP为{ip}。",
])

fam("social_handle", 30, [
    "加我{social}，方便发检查报告。",
    "{pname}在{social}上分享了康复日记。",
    "关注患者本人的账号{social}，可以看到她现在的生活。",
    "我儿子在俄罗斯只用Telegram：{social}",
    "联系方式：{social}",
    "家属留言：有事可以找我，微信{socialbare}",
    "她的Instagram账号是{socialbare}，粉丝很多。",
    "请翻译添加患者家属{social}。",
    "Пишите в телеграм {social}",
    "视频已发到{social}，欢迎转发。",
    "{fname}的{rel}每天在{social}更新病情。",
    "我们的{lang}客服会通过{social}联系您。",
])

fam("street_address", 24, [
    "家庭住址：{addr}",
    "请将药品寄到{addrcn}，收件人是我{rel}。",
    "我们住在{addrcn}的短租公寓，打车十分钟就到医院。",
    "患者国内地址：{addrintl}",
    "Адрес: {addrintl}",
    "{pname}租住在{addrcn}，每天坐地铁来做康复。",
    "发票请邮寄到{addr}。",
    "Shipping address: {addrintl}",
    "陪护公寓地址{addrcn}，步行五分钟到{place}。",
    "我们的新门诊地址是{addrcn}，原{district}的门诊已停诊。",
    "{fname}回国后的住址：{addrintl}",
    "复印好的病历会寄到{addr}，请注意查收。",
])

fam("postal_code", 28, [
    "邮编：{postcode}",
    "{addrcn}，邮编{postcode}",
    "请在信封上写清楚邮政编码{postcode}。",
    "Индекс {postcode}",
    "{addrintl}, {postcode}",
    "ZIP/邮编：{postcode}",
    "寄送地址：{addr}（邮编 {postcode}）",
    "我家邮编是{postcode}，快递说填错了寄不到。",
    "邮编{postcode}那一片的快递员联系不上收件人。",
    "回信地址邮编为{postcode}，{fcity}。",
    "postcode {postcode}, {country}",
])

fam("geo_location", 36, [
    "患者位置：{geo}",
    "共享位置：{geo}，我们在西门等你。",
    "救护车定位显示{geo}。",
    "Мы здесь: {geo}",
    "{pname}发来的定位是{geo}，离医院还有两公里。",
    "直升机降落点坐标{geo}。",
    "牧区家里的坐标是{geo}，那边手机信号很差。",
    "GPS：{geo}",
    "照片的拍摄位置：{geo}",
    "义诊点坐标 {geo}，请各队按时集合。",
    "手环最后一次上报的位置是{geo}。",
    "接机司机请到{geo}等候。",
])

fam("passport_travel", 30, [
    "护照号：{passport}",
    "{pname}，护照号{passport}，{country}籍。",
    "请核对护照号码{passport}是否与签证一致。",
    "Паспорт № {passport}",
    "Passport No. {passport}",
    "住院登记需要护照原件，号码{passport}已录入。",
    "陪同人员{pname}（护照{passport}）",
    "护照换新了，新号码是{passport}。",
    "她的旧护照{passport}已经过期。",
    "邀请函上的护照号写成了{passport}，少了一位。",
    "就医签证申请表：护照号码 {passport}",
])

fam("national_id_foreign", 38, [
    "患者本国身份证件：{natid}",
    "{pname}，{natid}",
    "保险公司要求提供{natid}以核实身份。",
    "登记表上填写的{natid}与护照信息一致。",
    "孩子没有护照，只带了出生证和{natid}。",
    "身份号码：{natidbare}（{country}）",
    "{fname}的本国证件号为{natidbare}。",
    "转诊信中注明了患者的{natid}。",
    "请把{natid}填在保险理赔表第二栏。",
    "Документ: {natid}",
])

fam("resident_id_cn", 33, [
    "身份证号：{resid}",
    "陪护家属{cnname}，身份证号{resid}。",
    "公民身份号码 {resid}",
    "挂号实行实名制，输入身份证号{resid}后获取验证码。",
    "{rel}的身份证{resid}已复印留存。",
    "医保结算需提供身份证号码（{resid}）。",
    "我的身份证尾号是X，完整号码是{resid}",
    "患者{cnname}（身份证{resid}）自{city}转诊。",
    "外籍患者的中国配偶身份证号：{resid}",
    "身份证：{resid}，有效期长期",
])

fam("mrn_record", 33, [
    "病历号：{mrn}",
    "住院号{mrn}，{dept}。",
    "请携带门诊病历（ID {mrn}）复诊。",
    "{pname}的病案号是{mrn}，复印病历时需要提供。",
    "MRN {mrn}",
    "病案号（{mrn}）对应的影像已调阅。",
    "请在检查单上写上患者ID {mrn}。",
    "我老公的住院号是{mrn}，想查一下今天的费用。",
    "История болезни: {mrn}",
    "{doc}请调出病历号{mrn}的既往手术记录。",
    "门诊号{mrn}，{period}复诊。",
])

fam("health_plan", 32, [
    "保险信息：{hplan}",
    "{pname}持{hplan}，可以直付。",
    "直付需要提供{hplan}及护照复印件。",
    "请核对{hplan}，保险公司说查不到。",
    "会员卡正面：{hplan}",
    "预授权申请已提交（{hplan}）。",
    "病人的商业保险卡号{hplanbare}，请财务确认额度。",
    "Страховка: {hplan}",
    "我们的保险是{hplan}，你们医院在网络内吗？",
    "{fname}的保单号{hplanbare}已在{country}总部登记。",
])

fam("bank_account", 31, [
    "退款请汇至{acct}。",
    "捐款账户：{acct}（户名为患者家属）",
    "银行卡号{acct}，开户行{city}分行。",
    "Реквизиты для перевода: {acct}",
    "IBAN: {iban}",
    "押金退回到原卡{acct}。",
    "{pname}的{rel}提供了收款账户{acct}。",
    "请把余款打到这个账户：{acct}",
    "汇款时请备注患者姓名，收款账号{acct}。",
    "Beneficiary account {iban}",
])

fam("licence_clinician", 43, [
    "{doc}，执业证书编号{licence}。",
    "主治医师：{doc}（执业证号{licence}）",
    "本文经{doc}审核，医师执业证书编码：{licence}",
    "会诊医生{cnname}，执业证书{licence}，{dept}。",
    "{doc}的资格证书编号为{licence}，可在卫健委网站查询。",
    "审核专家｜{doc}｜{licence}",
    "开具诊断证明的医生：{doc}，执业证号 {licence}",
    "Лечащий врач {doc}, лицензия {licence}",
    "医学审核：{cnname}主任医师（{licence}）",
    "护理部{titled}，执业证{licence}。",
    "Reviewed by {doc}, licence {licence}",
    "处方医师{doc}，证书号{licence}，{dept}",
])

fam("vehicle_plate", 30, [
    "患者家属车牌{plate}，已登记可进入地下停车场。",
    "接送车辆：{vehicle}",
    "救护车（车牌{plate}）凌晨抵达急诊。",
    "他们从{fcity}一路开车过来，车牌{plate}。",
    "停车场监控显示{plate}停在{place}。",
    "车架号{vin}的车挡住了急诊通道。",
    "Автомобиль {plate} ждёт у южных ворот.",
    "请{plate}车主尽快挪车。",
    "转运车辆{vehicle}已到达国际部门口。",
    "交通事故伤者，肇事车辆{plate}，已报警{short}。",
    "接机车是一辆白色商务车，车牌{plate}。",
])

fam("device_serial", 37, [
    "起搏器{device}，建议每半年程控一次。",
    "胰岛素泵背面的{device}请拍照发给我们。",
    "患者植入的人工耳蜗{device}。",
    "远程监护设备{device}已绑定患者账号。",
    "丢失的手机{device}，拾到请交{place}。",
    "动态心电记录仪{device}检查结束后请归还。",
    "Номер устройства: {device}",
    "呼吸机{device}报警，请工程师到{place}。",
    "{pname}的助听器{device}送修了。",
    "设备回访：{device}，电池状态良好。",
])

fam("other_numbers", 31, [
    "邀请函已寄出，编号{invite}。",
    "请凭预约号{appt}到窗口取号。",
    "家属缴费时请备注收据编号{receipt}。",
    "出院结算单已开具，发票号码{invoice}。",
    "{pname}的就医签证号{visano}，请国际部核对。",
    "病历复印件已寄出，顺丰单号{courier}。",
    "理赔案件号{claim}，请在回复邮件中注明。",
    "{fname}的电子客票号{ticket}，航班落地后我们派车接。",
    "入境资料：{other}",
    "我的{other}，请帮我查一下进度。",
    "Ваш номер записи: {appt}",
    "编号{invite}的就医邀请函已盖章。",
    "律师来函，案号{court}，请医务处处理。",
    "陪诊翻译的工号是{staff}，有问题可以投诉。",
    "留学生{pname}，学号{student}，由校医院转诊。",
    "酒店预订确认号{booking}，离医院步行八分钟。",
    "Booking reference {booking}, please keep it for check-in.",
    "请把{other}写在汇款备注里。",
])

# ---- several identifiers per sentence --------------------------------------

fam("contact_form_multi", 48, [
    "你好 我是{pname} 来自{fcity} 我{elder}{agex} {disease} 想来北京治疗 电话{phoneintl}",
    "hello email {email} whatsapp {phoneintl} 请回复我 thanks",
    "Здравствуйте! 我想预约{dept}，微信 {socialbare}，电话 {phone}",
    "留言：孩子出生于{dobkid}，诊断{disease}，邮箱{email}",
    "国籍：{country}；护照号：{passport}；电话：{phone}",
    "我爸爸{agex} 住在{addrintl} 能不能远程会诊？联系我 {email}",
    "您好！我在{url}看到你们的故事，我妹妹也是{disease}，电话{phoneintl}",
    "tel: {phoneintl} / msg: need appointment {dateshort} / {dept}",
    "预约{date}的{dept}可以吗 手机{phonecn}",
    "请问{doc}还在你们医院吗？我是他的老病人，手机{phone}",
    "我是患者的{rel}，病历号{mrn}，想咨询出院后用药 电话{phone}",
    "Hello, my father, DOB {dobadult}, needs a second opinion. whatsapp {phoneintl}",
    "保险{hplan}能直付吗？邮箱{email}",
    "在吗？？我{elder}{agex}，摔了一跤，现在在{fcity}，电话{phoneintl}",
    "我想给医生寄点{country}特产，地址是{addrcn}对吗？我的电话{phonecn}",
    "您好，上次的发票号码{invoice}还没收到，邮箱{email}",
    "请问怎么退押金 卡号{acct} 电话{phonecn}",
    "上次挂号没成功 身份证{resid} 请回电{phonecn}",
    "hi 孩子的胰岛素泵{device}坏了 怎么办 电话{phone}",
    "Добрый день, паспорт {passport}, 想问签证邀请函 {email}",
    "我们的筹款页{url}，医院能出个费用预估吗？邮箱{email}",
    "寄到{addrintl}，{postcode}，收件人电话{phoneintl}",
    "我们开车去 车牌{plate} 能停医院里吗 电话{phonecn}",
    "我的{natid}，护照{passport}，保险公司说对不上",
    "请加我 {social}，我把{rel}的片子发给你们，{email}",
    "我在{geo}，离医院多远？电话{phoneintl}",
], noise=True)

fam("chat_forward_multi", 34, [
    "[转发聊天记录] {pname}：医生，我到了，在{place}。{doc}：好的，我马上下来。",
    "【微信】家属：我把身份证号发你 {resid}",
    "> 新号码 {phoneintl}，旧的不用了",
    "聊天截图：{rel}说“护照号是{passport}，明天带原件”",
    "翻译：今天{lab}，{dateshort}再复查一次。",
    "[Telegram] скинь адрес — {addrintl}",
    "群聊｜护士站：{plate}停在急诊门口了，谁家的？",
    "转自家属群：孩子的生日是{bday}，大家记得准备惊喜",
    "【语音转文字】我在{geo}这个位置，找不到入口",
    "妈妈：钱转到这个卡 {acct}，户名是我",
    "[WhatsApp] my email is {email}, pls send the report",
    "护士站：住院号{mrn}，明早空腹抽血",
    "[转发] 翻译：保险{hplan}，预授权已批",
    "微信群消息｜{doc}：{date}的手术改到下午",
    "[转发] 客服：您的预约号{appt}，IP {ip}，已登记",
    "> 群公告：筹款链接{url}，请大家转发",
    "【微信】翻译：她的微信是{socialbare}，邮编{postcode}",
])

fam("intake_multi", 26, [
    "入院登记｜姓名：{pname}｜出生日期：{dob}｜护照：{passport}",
    "患者信息：{agex}，住院号{mrn}",
    "DOB {dob}；保险 {hplan}；国籍 {country}",
    "登记：身份证{resid}，联系电话{phonecn}，住址{addrcn}",
    "陪同：{rel}，电话{phone}，邮箱{email}",
    "入境信息：护照{passport}，{other}，入境日期{date}",
    "设备登记：{device}，植入日期{date}",
    "车辆登记：{plate}，联系电话{phonecn}",
    "外籍患者登记：{natid}，{country}，邮编{postcode}",
    "缴费信息：{acct}，{other}",
    "远程会诊登记：终端IP {ip}，对方坐标{geo}",
])

fam("thanks_letter_multi", 18, [
    "致{doc}：{date}那天您为我父亲做了手术，我们全家永远感谢您。——{pname}",
    "感谢信｜尊敬的{doc}和{dept}全体医护：谢谢你们！{date}",
    "这封来自{country}的感谢信，信封上的回信地址是{addrintl}，{postcode}。",
    "锦旗和一封信寄到了，信里附上了家属的新邮箱{email}。",
    "Дорогой {doc}! Спасибо за всё. {date}",
    "谢谢{doc}，{agex}的老父亲又能下地走路了。",
    "我们在{url}写下了这段经历，感谢{dept}。",
])

fam("timeline_multi", 20, [
    "{date}｜抵达北京；{date2}｜{doc}主刀手术。",
    "{date} 入院（住院号{mrn}）",
    "{date}：出院，返回{fcity}，随访邮箱{email}。",
    "{date} 远程随访，家属通过{social}发来了照片。",
    "{date} 在{geo}附近遭遇车祸，由救护车{plate}送来。",
    "{date}｜与{fcity}的医生视频会诊，IP {ip}",
    "{date} 筹款页{url}上线",
])

# ---- hard: obfuscated, spelled-out, split, full-width, lower-cased ---------

fam("name_hard", 28, [
    "{namehard}的家属在楼下",
    "找{namehard}，我是她朋友",
    "{namehard} 说谢谢",
    "患者{namehard}，{country}籍，{disease}。",
    "留言人：{namehard}",
    "签名 {namehard}",
    "是{namehard}介绍我们来的",
    "帮我转告{namehard}，药已经收到了",
    "{namehard}今天精神好多了",
    "主刀：{namehard}",
    "谢谢{namehard}！！！",
    "病人叫{namehard} 不会中文",
    "family: {namehard} & {namehard2}",
])

fam("date_hard", 14, [
    "{datehard}入院 {period}出院",
    "签证写的是{datehard}",
    "约的{datehard}上午",
    "手术日期 {datehard}",
    "我们是{datehard}到的北京",
    "复查定在{datehard}，别忘了",
    "入院：{datehard}",
    "{datehard} 那天孩子发烧了",
    "机票是{datehard}的 能提前吗",
])

fam("dob_hard", 14, [
    "生于{dobhard}",
    "出生年月日：{dobhard}",
    "date of birth {dobhard}",
    "出生日期 {dobhard}",
    "生日{dobhard}",
    "DOB:{dobhard}",
    "孩子是{dobhard}生的",
    "д.р. {dobhard}",
    "出生：{dobhard}（护照为准）",
])

fam("age_hard", 14, [
    "{agexhard}高龄",
    "外公{agexhard}，耳背",
    "病人{agexhard} 家属陪同",
    "年龄{agexhard}",
    "我奶奶{agexhard} 还能手术吗",
    "患者{agexhard}，高血压",
    "老人家{agexhard}了，走路要扶",
    "age {agexhard}",
    "爷爷今年{agexhard}",
])

fam("phone_hard", 14, [
    "手机：{phonehard}",
    "电话是{phonehard}别打错",
    "тел. {phonehard}",
    "电话{phonehard}",
    "打我手机 {phonehard}",
    "tel：{phonehard}",
    "号码是{phonehard} 微信同号",
    "whatsapp {phonehard}",
    "联系{phonehard}（晚上）",
])

fam("email_hard", 14, [
    "email→{emailhard}",
    "邮件地址：{emailhard}",
    "почта {emailhard}",
    "邮箱 {emailhard}",
    "发到{emailhard}",
    "mail: {emailhard}",
    "我的email是{emailhard} 请回复",
    "报告请发 {emailhard}",
])

fam("web_hard", 14, [
    "网址 {urlhard}",
    "我们的众筹：{urlhard}",
    "link {urlhard}",
    "筹款链接 {urlhard}",
    "博客：{urlhard}",
    "大家帮忙转发 {urlhard}",
    "链接发不出来，手动输入：{urlhard}",
    "详情见 {urlhard}",
])

fam("ip_hard", 14, [
    "ip地址：{iphard}",
    "来自{iphard}的访问",
    "封禁 {iphard}",
    "来源ip {iphard}",
    "访客IP：{iphard}",
    "登录地址 {iphard}",
    "ip是{iphard}，已封禁",
    "日志里显示{iphard}",
])

fam("social_hard", 14, [
    "我的{socialhard}",
    "{socialhard} 在线",
    "请加 {socialhard}",
    "{socialhard} 加我",
    "联系我 {socialhard}",
    "有事找我 {socialhard}",
    "我的号：{socialhard}",
    "{socialhard}（备注看病）",
])

fam("address_hard", 14, [
    "家庭住址 {addrhard}",
    "送到{addrhard}",
    "住在{addrhard}",
    "住址{addrhard}",
    "寄到{addrhard}",
    "地址：{addrhard}",
    "我家在{addrhard}",
    "адрес {addrhard}",
])

fam("postcode_hard", 14, [
    "邮编是{postcodehard}",
    "postcode {postcodehard}",
    "邮政编码 {postcodehard} 不对吗",
    "邮编{postcodehard}",
    "邮政编码：{postcodehard}",
    "индекс {postcodehard}",
    "{addrcn} 邮编{postcodehard}",
    "zip {postcodehard}",
])

fam("geo_hard", 14, [
    "坐标是{geohard}",
    "位置共享 {geohard}",
    "location {geohard}",
    "位置 {geohard}",
    "坐标{geohard}",
    "我在 {geohard}",
    "gps {geohard}",
    "定位发你：{geohard}",
])

fam("passport_hard", 14, [
    "护照 号码 {passporthard}",
    "护照是{passporthard}吗",
    "passport no. {passporthard}",
    "护照{passporthard}",
    "passport {passporthard}",
    "护照号码是{passporthard}",
    "паспорт {passporthard}",
    "护照号：{passporthard}（新办的）",
])

fam("natid_hard", 14, [
    "证件号：{natidhard}",
    "身份证件 {natidhard}",
    "номер {natidhard}",
    "{natidhard}",
    "证件 {natidhard}",
    "本国身份证：{natidhard}",
    "身份号 {natidhard} 请核对",
    "id card {natidhard}",
])

fam("resid_hard", 14, [
    "身份证 号 {residhard}",
    "陪护身份证{residhard}",
    "id {residhard}",
    "身份证{residhard}",
    "身份证号码 {residhard}",
    "sfz：{residhard}",
    "我身份证是{residhard}",
    "家属身份证：{residhard}",
])

fam("mrn_hard", 14, [
    "病历号是{mrnhard}",
    "住院号 {mrnhard} 查费用",
    "ID {mrnhard}",
    "病历号{mrnhard}",
    "住院号：{mrnhard}",
    "mrn {mrnhard}",
    "门诊号是{mrnhard}",
    "病案号 {mrnhard} 请调阅",
])

fam("hplan_hard", 14, [
    "保险号 {hplanhard}",
    "{hplanhard} 请核对",
    "保单：{hplanhard}",
    "{hplanhard}",
    "保险：{hplanhard}",
    "我的{hplanhard}，能直付吗",
    "insurance {hplanhard}",
    "直付用{hplanhard}",
])

fam("acct_hard", 14, [
    "银行卡{accthard}",
    "收款账户 {accthard}",
    "退押金 {accthard}",
    "卡号{accthard}",
    "退款到{accthard}",
    "账号：{accthard}",
    "转账 {accthard}",
    "转账到 {accthard}",
])

fam("licence_hard", 14, [
    "{doc} 证书 {licencehard}",
    "执业证 {licencehard}（{doc}）",
    "{doc} 执业证号{licencehard}",
    "医生：{doc}，证号{licencehard}",
    "审核：{doc}（{licencehard}）",
    "{namehard} 执业证书 {licencehard}",
    "{doc}的证书编号是{licencehard}",
])

fam("vehicle_hard", 14, [
    "车牌号{vehiclehard}",
    "{vehiclehard} 在门口",
    "plate {vehiclehard}",
    "车牌{vehiclehard}",
    "我的车是{vehiclehard}",
    "{vehiclehard} 挪车",
    "车号：{vehiclehard}",
    "接我的车 {vehiclehard}",
])

fam("device_hard", 14, [
    "助听器 {devicehard}",
    "耳蜗{devicehard}",
    "{devicehard} 丢了",
    "{devicehard}",
    "起搏器 {devicehard}",
    "设备：{devicehard}",
    "泵的{devicehard}",
    "手机丢了 {devicehard}",
])

fam("other_hard", 14, [
    "单号{otherhard}",
    "{otherhard}，谢谢",
    "请核对{otherhard}",
    "{otherhard}",
    "我的{otherhard}",
    "{otherhard} 请查收",
    "编号：{otherhard}",
    "查一下 {otherhard}",
])

fam("contact_form_multi_hard", 40, [
    "ni hao 我是{namehard} tel {phonehard} 请回电",
    "邮箱 {emailhard} 不要打电话 我不会中文",
    "我{socialhard} 我妈{agexhard} 想来看病",
    "地址：{addrhard} 邮编{postcodehard}",
    "护照{passporthard} 签证到期{datehard}",
    "身份证{residhard}，电话{phonehard}",
    "здравствуйте телефон {phonehard} почта {emailhard}",
    "hello my name {namehard} email {emailhard}",
    "我爸{agexhard} 我自己出生{dobhard} 病历号{mrnhard}",
    "保险{hplanhard} 退款卡号{accthard}",
    "车{vehiclehard} 停在西门 电话{phonehard}",
    "我在{geohard} 找不到门 {phonehard}",
    "pls help 孩子的泵{devicehard} 报警了 {phonehard}",
    "上次{otherhard} 发票没收到 email {emailhard}",
    "{natidhard} / {passporthard} 哪个是对的",
    "筹款 {urlhard} 联系 {socialhard}",
    "ip {iphard} 是我 刚才提交了三次 sorry {emailhard}",
    "寄{addrhard} {postcodehard} 电话{phonehard}",
], noise=True)

fam("chat_multi_hard", 24, [
    "[聊天] {namehard}：电话{phonehard}",
    "【转发】家属：身份证{residhard}",
    "> 地址 {addrhard}，邮编 {postcodehard}",
    "群里翻译说：来源{iphard}的留言是她发的 {socialhard}",
    "{namehard}：我的号 {socialhard}",
    "家属: 护照 {passporthard} 生日 {dobhard}",
    "语音转文字：{agexhard} 明天{datehard}出院",
    "[转发] 车{vehiclehard} 在 {geohard}",
    "> 筹款 {urlhard} 卡号 {accthard}",
])

fam("dense_multi_hard", 22, [
    "{pname}，{dob}，护照{passport}，电话{phone}，住{addrintl}，邮箱{email}",
    "{resid}/{phonecn}/{addrcn}/{postcode}",
    "DOB {dob} MRN {mrn} ins {hplan} tel {phoneintl}",
    "{agex}，{natid}，{hplan}，{acct}",
    "{doc}（{licence}）为患者（{mrn}）植入{device}，{date}",
    "车{plate}在{geo}抛锚，{rel}电话{phone}",
    "预约号{otherbare}｜IP {ip}｜{email}｜{social}",
    "{cyrname}, {passport}, {other}, {date}",
    "{url}｜{social}｜{phoneintl}",
    "{vin}，{addrintl}，{postcode}",
])

# ---- clean but tricky -------------------------------------------------------

fam("clean_story", 82, [
    "{period}，{dept}的医护人员和{country}患者一起包了饺子。",
    "为了方便{country}患者，食堂增加了清真窗口。",
    "这已经是这家人第{small}次来北京复查了。",
    "{alias}出院时，病友们在{place}为她送行。",
    "从最初的{disease}到如今的康复，{alias}走了{duration}。",
    "{country}的{rel}们在微信群里互相打气。",
    "来自{fcity}的{alias}在{dept}接受了{proc}，术后恢复顺利。",
    "经过{duration}的治疗，这位{country}患者终于可以下地行走。",
    "{monthyear}，一位患有{disease}的{country}少年被转诊到我院。",
    "{period}，国际医疗部接待了来自{num}个国家的患者。",
    "很多{country}患者第一次听说{proc}，都会有些紧张。",
    "{alias}的{rel}说，家里人一直在{fcity}等待好消息。",
    "从{fcity}到北京，这段路她走了{duration}。",
    "{dept}团队在{period}完成了{num}例{proc}。",
    "这位{ageclean}的患者，同时患有{epdisease}和{disease}。",
    "出院那天，{alias}特意穿上民族服装向医护人员道别。",
    "{rel}每天用{lang}给孩子读故事，护士们也跟着学了几句。",
    "{monthyear}，{fcity}的一家人带着孩子第三次来到北京。",
    "病房窗外是{city}的冬天，屋里却很暖和。",
    "为了这次{proc}，{dept}提前做了{duration}的准备。",
    "{country}的{rel}们总是带着自家做的点心来看望病友。",
    "在{place}，我们遇到了一位从{fcity}独自前来的{country}老人。",
    "这是{dept}今年收治的第{num}位{country}患者。",
    "{alias}确诊{disease}时，孩子才{agelow}。",
    "一路上，{rel}抱着厚厚的{lang}病历，生怕落下一页。",
    "治疗期间，翻译每天都会陪{alias}去{place}。",
    "{period}，病房里挂起了{country}的小国旗。",
    "回到{fcity}后，这位患者还坚持每月线上复诊。",
])

fam("clean_quote", 64, [
    "“我们{country}也有{herb}，但没想到能这样用。”",
    "“孩子在这里过了{festival}，她说北京就是第二个家。”",
    "“{dept}的医生每次都把情况讲得很清楚。”",
    "“我想学中文，下次自己跟医生说话。”",
    "“{rel}说，北京的护士比亲人还亲。”",
    "“我们在{fcity}跑了好多家医院，都说没办法。”患者的{rel}回忆道。",
    "“谢谢你们给了我第二次生命。”",
    "“{herb}的味道一开始很难接受，后来慢慢习惯了。”",
    "“{word}是最好的药。”一位{country}母亲这样说。",
    "“医生说我{lab}，比上次好多了。”",
    "“我{elder}{ageclean}了，还能做手术吗？”",
    "“在中国这{duration}，我学会了用筷子。”",
    "“北京的{festival}太热闹了，我们一家都很喜欢。”",
    "“{dept}的护士们都会说几句{lang}，我特别感动。”",
    "“我从没想过，{epdisease}也能控制得这么好。”",
    "“{period}我一定还会回来复查。”",
    "“第一次做{proc}的时候我哭了，现在想想也没那么可怕。”",
    "“孩子问我，中国医生是不是都会魔法。”",
    "“{fcity}冬天零下三十度，北京简直像春天。”",
    "“我不懂中文，可是我看得懂护士的笑容。”",
])

fam("clean_clinician", 74, [
    "医生提醒，{herb}不能替代降压药。",
    "术前{lab}，需先纠正再手术。",
    "{dept}专家认为，{ageclean}并不是手术的禁忌。",
    "护理部强调，跌倒风险评估要每天做。",
    "出院带药：{dose}。",
    "{dept}主任指出，{disease}早期干预非常关键。",
    "医生提醒，{epdisease}患者出院后仍需规律随访。",
    "入院时{lab}，{lab2}，考虑{disease}。",
    "建议{dose}，{duration}后复查。",
    "基因检测提示{gene}，适合靶向治疗。",
    "该方案参考了{version}。",
    "出院诊断：{disease}（{code}）。",
    "主治医生说，高龄并不是{proc}的绝对禁忌。",
    "患者{lab}，暂不适合手术，先行{proc}。",
    "护士长表示，给外国病人做宣教最重要的是耐心。",
    "专家组认为，{alias}的病情适合先做{proc}。",
    "术后第一天{lab}，生命体征平稳。",
    "{dept}医生解释，{epdisease}的发病与遗传有一定关系。",
    "该患者已入组{trial}研究。",
    "中医科建议以{herb}、{herb2}为主方调理。",
    "麻醉医生评估后认为风险可控，{lab}。",
    "复查结果显示{lab}，较前明显好转。",
])

fam("clean_caption", 64, [
    "alt=\"{country}小朋友和护士一起画画\"",
    "图：{place}的{lang}指示牌",
    "【图说】{dept}医护人员与患者家属合影（已征得同意）",
    "图4｜出院那天，窗外下着雪",
    "视频封面：{alias}的康复之路",
    "图：{alias}在{place}进行康复训练。",
    "alt=\"医护人员在{place}为{country}患者做术前宣教\"",
    "图为{dept}团队查房。",
    "照片：从{fcity}来的一家人在病房里过{festival}。",
    "【图说】窗外是{city}的秋天。",
    "alt=\"{rel}陪伴患儿在{place}玩积木\"",
    "图1｜{dept}多学科会诊现场",
    "视频截图：{country}患者向医护人员竖起大拇指",
    "封面图：国际医疗部{place}的{lang}导诊牌",
    "图片说明：{alias}（左）和{rel}在出院前留影",
    "alt文本：护士为{country}小朋友测量体温",
    "图3｜{proc}术后第{small}天",
])

fam("clean_timeline", 72, [
    "{myrange}｜在{fcity}接受{proc}",
    "{festival}之后：第二次来京",
    "术后第{small}天：下地行走",
    "{year}｜确诊{disease}",
    "出院后{duration}：线上复诊",
    "{monthyear}：首次出现症状",
    "{period}：完成第{small}次化疗",
    "{monthyear} — 在{fcity}当地医院诊断为{disease}",
    "第{small}天：拔除引流管",
    "{myrange}：在{fcity}保守治疗",
    "术后{duration}：恢复正常饮食",
    "{year}：第一次来华就医",
    "{period}｜{dept}远程会诊",
    "{monthyear}｜复查{lab}",
    "{festival}前后：出院回国",
    "{monthyear}：{proc}",
    "第{small}周：开始下地行走",
])

fam("clean_seo", 60, [
    "{lang}患者服务｜在线预约｜远程会诊｜{dept}",
    "案例｜{country}{ageclean}老人{proc}术后{duration}重返生活",
    "来华就医常见问题：费用、签证、医保与{lang}翻译",
    "{disease}｜{proc}｜北京国际医疗部专家团队",
    "【患者故事】从{fcity}到北京：一个{country}家庭的求医路",
    "description: International patients from {country} trust our {dept}.",
    "北京国际医疗部｜{country}患者{disease}治疗案例｜{proc}",
    "{fcity}患者来华就医指南：签证、翻译、住宿一站式服务",
    "{disease}在北京怎么治？听{dept}专家怎么说",
    "meta description：{country}{rel}赴京接受{proc}，{duration}后康复出院。",
    "关键词：{disease}，{proc}，国际患者，{lang}翻译",
    "{epdisease}治疗新进展｜北京{dept}",
    "{country}患者为什么选择来北京做{proc}？",
    "SEO标题：{lang}服务｜{dept}｜国际医疗部",
    "{festival}期间门诊安排及{lang}咨询服务说明",
])

fam("clean_thanks", 50, [
    "{rel}出院前，一笔一画地用中文写下了“谢谢”。",
    "一位{country}患者送来了家乡的手工地毯，挂在了{place}。",
    "Спасибо всем врачам и медсёстрам {dept}！",
    "Thank you to the whole team of {dept}. 我们会想念你们的。",
    "{festival}收到了{fcity}寄来的贺卡，上面画着雪山和骆驼。",
    "谢谢夜班护士，谢谢麻醉医生，谢谢每一个帮过我们的人。",
    "感谢信已经转交{dept}，科室把它贴在了护士站。",
    "{country}大使馆致函感谢国际医疗部的救治工作。",
    "感谢{dept}全体医护人员！",
    "致国际医疗部：谢谢你们在{period}的照顾。",
    "一面写着“医者仁心”的锦旗送到了{dept}。",
    "{country}患者家属送来感谢信，字里行间都是真情。",
    "谢谢每一位护士，你们是我们在北京的家人。",
    "感谢{lang}翻译团队，让我们在异国他乡不再害怕。",
    "我们全家都会记得在{city}的这{duration}。",
    "感谢{dept}，感谢{place}的每一位工作人员。",
])

fam("clean_contact_form", 74, [
    "你们医院有清真餐吗 我们是从{fcity}来的",
    "请问{proc}要住院几天",
    "можно ли приехать с ребёнком? 孩子{kidage}",
    "我们想{period}来复查 需要提前多久预约",
    "hello is there a {lang} translator? thx",
    "请问{epdisease}能做{proc}吗 急",
    "你好 我{elder}{ageclean} {disease} 想来北京看病 请问怎么预约",
    "hello, how much does {proc} cost? 大概多少钱",
    "Здравствуйте, сколько стоит {proc}? 需要带什么材料",
    "请问{dept}有{lang}翻译吗",
    "我们{period}想过去，可以吗",
    "在线等 急！！ {rel}{disease}",
    "请问住院押金要交多少 {price}够吗",
    "医生你好 {rel}做完{proc}以后一直咳嗽 正常吗",
    "请问你们能不能开{lang}的诊断证明",
    "我们在{fcity} 能远程会诊吗 谢谢",
    "孩子{kidage} {disease} 你们有儿科吗？",
    "hi, do you accept patients from {country}? 谢谢",
    "请问{epdisease}你们能治吗",
    "签证需要医院的邀请函，怎么申请？",
    "{rel}吃了{dose}，还要继续吃吗",
])

fam("clean_chat", 56, [
    "> 明天几点去{place}？",
    "【微信】翻译：{dept}说{duration}后复诊",
    "家属群：{place}的微波炉坏了",
    "[WhatsApp] doctor said {lab}, is it ok?",
    "[转发] 护士站：请家属{period}前缴清费用",
    "[转发] 家属群：明天查房时间改到上午十点",
    "【微信】翻译：{rel}的检查结果出来了，{lab}",
    "> 我到{place}了",
    "群聊｜护士站：{place}今天消毒，请走{place2}",
    "[语音转文字] 我在{place}等你，到了给我发消息",
    "聊天记录：医生说{duration}后复查，别忘了",
    "> 药在{place}取，记得带缴费单",
    "[Telegram] ок, завтра в {place}",
    "[WhatsApp] ok see you at {place}",
    "【转发】{dept}通知：{period}停诊",
    "家属群：谁有{lang}和中文都会的朋友？",
])

fam("clean_alias", 62, [
    "{alias}入院时{lab}，经治疗好转出院。",
    "{alias}（化名）回国后通过视频继续随访。",
    "{dept}收治的{alias}，是今年第{small}例{disease}患者。",
    "为保护隐私，照片已做模糊处理，文中称{alias}。",
    "{alias}的{rel}从{fcity}赶来陪护。",
    "{alias}，{country}籍，{agelow}，{epdisease}。",
    "{alias}，{ageclean}，因{disease}入院。",
    "病例分享：{alias}来自{country}，术后恢复良好。",
    "{alias}与{alias2}同一天手术。",
    "本文中的患者均使用化名，如{alias}。",
    "{alias}的{rel}一直陪在身边。",
    "{alias}确诊{epdisease}已经{duration}。",
    "病例{num}：{alias}，{country}籍，{disease}",
    "为保护隐私，文中以{alias}代称患者。",
])

fam("clean_eponym", 64, [
    "{epdisease}不是绝症，规范治疗能显著改善生活质量。",
    "我们始终秉承{epphrase}，把每一位外国病人当亲人。",
    "{herb}、{herb2}常用于术后调理。",
    "曾在{epinst}进修的专家加入了我们的团队。",
    "{epdisease}的早期症状常被忽视。",
    "{country}患者对{herb}特别感兴趣，常常问能不能带回国。",
    "我院与{epinst}开展了学术交流。",
    "{dept}的会议室设在{epinst}旧址旁边。",
    "{rel}说，她在{fcity}也听说过{epinst}。",
    "{epphrase}写在国际医疗部走廊的墙上。",
    "有人问{epdisease}和{epdisease2}有什么区别。",
    "{epdisease}患儿需要多学科长期管理。",
    "病人问：{herb}泡水喝有用吗？",
    "讲座主题：{epdisease}的康复与护理",
])

fam("clean_word_not_name", 40, [
    "护士们说，笑容是会传染的，{word}也是。",
    "“平安回家”四个字，是{rel}写在贺卡上的。",
    "病房窗台上摆着一盆向着阳光的绿萝。",
    "对{country}的家庭来说，{word}比什么都重要。",
    "{word}，是每一位病人最需要的东西。",
    "那天外面下着小雨，{country}的一家人还是准时来复查。",
    "孩子说，最喜欢病房窗外的星星。",
    "愿每一位病人都平安喜乐。",
    "我们想把希望带给更多{country}家庭。",
    "午后的阳光洒进{place}。",
    "{rel}说，护士们就像天使一样。",
    "满月那天，宝宝终于出院了。",
    "晨曦中的住院楼，安静又温暖。",
    "医生给了我们{word}，也给了我们时间。",
    "从{fcity}带来的不只是病历，还有满满的{word}。",
    "{festival}那天，病房里充满了欢乐和{word}。",
])

fam("clean_age_trap", 56, [
    "这位{country}患者年过八旬，依然每天练字。",
    "{elder}八十九岁那年第一次坐飞机。",
    "病房里最年长的患者也不过八十八岁。",
    "在{dept}团队里，90后护士占了一半。",
    "{elder}今年{ageclean}，{disease}病史多年。",
    "患者是90后，来自{fcity}。",
    "上世纪九十年代，她曾在{fcity}工作。",
    "术后90天复查，恢复良好。",
    "年近九旬的老人仍坚持每天散步。",
    "血氧饱和度只有90%，立即吸氧。",
    "九十年代出生的护士已经成为{dept}的骨干。",
    "{elder}{ageclean}，身体一直不错。",
    "{ageclean}的{country}老人来京做{proc}。",
    "给药90分钟后症状缓解。",
    "快九十的人了，还这么乐观。",
    "这位{country}患者{agelow}，第一次出国。",
    "血压90/60 mmHg，偏低。",
])

fam("clean_date_trap", 56, [
    "{year}，国际医疗部正式挂牌成立。",
    "{festival}前一周，很多{country}患者选择回国过节。",
    "{period}，国际部的{lang}翻译全部在岗。",
    "每周二和周四下午是{dept}的国际门诊。",
    "{monthyear}以后出生的孩子可以参加这项筛查。",
    "签证通常需要{duration}办理，请提前准备。",
    "{monthyear}，我们开通了{lang}咨询服务。",
    "{period}门诊照常开放。",
    "每年{festival}，国际部都会举办联欢活动。",
    "{year}至今，已有上千名外籍患者在这里就诊。",
    "第{small}周复查，一切正常。",
    "{monthyear}起，{dept}开设周末门诊。",
    "{festival}假期期间，急诊24小时开放。",
    "治疗时间：{myrange}。",
    "{period}，{rel}带着孩子回了{fcity}。",
    "预计{duration}后可以拆线。",
])

fam("clean_number_trap", 72, [
    "该药物在{trial}试验中显示获益。",
    "诊断编码：{code}",
    "基因检测提示{gene}。",
    "{dose}，口服。",
    "费用{price}，可刷卡也可转账。",
    "参见{version}。",
    "本院使用的该批次（批号{batch}）已通过检测。",
    "备注：{tech}",
    "研究注册号{trial}，欢迎符合条件的患者咨询。",
    "药盒上的批号{batch}只代表生产批次，请放心使用。",
    "报告单显示{lab}，{lab2}。",
    "{proc}费用约{price}，医保不报销。",
    "患者编码按{code}归档。",
])

fam("clean_place_trap", 52, [
    "国际部位于{place}，{lang}翻译在{place2}值班。",
    "{district}的社区医院与我们建立了转诊通道。",
    "停车请到{place}，从西门进入。",
    "来自{country}{fcity}的患者越来越多。",
    "{dept}门诊在{place}，住院在{place2}。",
    "从{fcity}直飞北京只要几个小时。",
    "{place}新开了{lang}导诊台。",
    "请到{place}办理入院。",
    "来自{district}和{fcity}的患者同一天出院。",
    "{dept}搬到了{place}。",
    "检查请先到{place}，再去{place2}。",
    "我们住在{district}，离医院很近。",
    "{country}驻华使馆的工作人员到{place}看望了患者。",
    "从{city}坐火车到北京要{duration}。",
])

fam("clean_short_phone", 36, [
    "在北京遇到急症，请直接拨打120。",
    "在俄罗斯叫救护车打103，在中国是120。",
    "卫生健康热线12320可以咨询和投诉，政务热线是12345。",
    "在中国，报警电话110，火警119，急救120；在{country}请拨当地号码。",
    "如果在{country}，紧急情况请拨打当地急救电话，欧洲多数国家是112。",
    "夜里孩子高烧，{rel}赶紧打了120。",
    "出租车司机帮我们拨通了120，救护车十分钟就到了{place}。",
    "对医疗服务有意见，可以拨打{hotline}反映。",
    "{rel}在{fcity}时打911没人接，后来才知道那边要打112。",
    "提醒{country}患者：在北京请记住急救电话120，不是911。",
    "急救车到{place}时，{rel}还在电话里跟120调度员说话。",
    "心理援助热线12356，24小时有人接听。",
    "如遇紧急情况请拨打{short}，非紧急咨询请在工作时间联系{dept}。",
])

# ---- clean, hard-looking ------------------------------------------------------

fam("clean_fullwidth_hard", 30, [
    "医嘱：{fwclean}",
    "ＣＴ复查，{fwclean}",
    "检查单上写着{fwclean}",
    "检验：{fwclean}",
    "报告显示{fwclean}，{fwclean2}",
    "费用明细｜{fwclean}",
    "复查{fwclean} 比上次好",
    "{fwclean}，请遵医嘱",
])

fam("clean_lookalike_hard", 30, [
    "请核对药盒批号{batch}，与召回公告不符的无需担心",
    "{trial}（国际多中心）已完成入组",
    "指南{version}更新了{disease}的治疗推荐",
    "{gene}阳性，可考虑靶向药",
    "注册号{trial}的研究仍在招募",
    "批号{batch}的药品不在召回范围内",
    "编码{code}，对应{disease}",
    "突变位点{gene}",
    "参照{version}执行",
    "批号 {batch} 与召回批次无关",
])

fam("clean_mixed_script_hard", 26, [
    "good morning 我们明天 check out 谢谢 {dept}",
    "врач сказал 明天可以出院 ура",
    "assalomu alaykum 请问{lang}翻译在吗",
    "merci beaucoup 你们太好了",
    "thank u so much 中国医生 very good",
    "здравствуйте 想问 {proc} 多少钱 pls",
    "hello 医生 my {rel} {disease} 能治吗",
    "salam 我们从{fcity}来 need translator {lang}",
    "сколько дней 住院 after {proc}？",
    "sain baina uu 请问{dept}在哪",
    "pls 回复 我们很着急 {disease}",
    "спасибо большое 谢谢 {dept}",
])

fam("clean_spelled_hard", 30, [
    "血压九十比六十，偏低",
    "二〇二四年春节前出院",
    "{elder}今年八十有八，耳朵不太好",
    "打幺幺零报了警",
    "住院第九十天终于回家",
    "二〇二二年秋，{disease}复发",
    "九零后护士都会说几句{lang}",
    "老人年过八旬，还坚持自己来复查",
    "二零一八年第一次来北京，二零二三年第二次",
    "服药九十毫克，每日一次",
    "九十年代他在{fcity}做生意",
    "体重九十公斤，需要控制",
    "老人八十九岁，{disease}",
    "二〇二三年三月开始发病",
    "九十年代末他在{fcity}当过兵",
    "急救电话幺二零",
    "血氧九十，心率一百一",
    "年近九旬，耳聪目明",
    "术后第九十天复查",
    "{elder}八十有五，精神很好",
    "打一二零就行",
    "二〇一九年冬天第一次来北京",
])


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    rows, seen = [], set()
    shortfall = []
    for cat, n, templates, noise in FAMILIES:
        made, tries = 0, 0
        while made < n and tries < n * 60:
            tries += 1
            tmpl = templates[rng.randrange(len(templates))]
            sent, kinds = render(rng, tmpl, noise)
            sent = re.sub(r"[\t\r\n]+", " ", sent).strip()
            if not sent or sent in seen:
                continue
            seen.add(sent)
            ordered = [k for k in KINDS if k in kinds]
            if cat.startswith("clean_"):
                assert not ordered
            else:
                assert ordered
            rows.append((cat, ",".join(ordered) if ordered else "-", sent))
            made += 1
        if made < n:
            shortfall.append((cat, made, n))
    return rows, shortfall


def main():
    rows, shortfall = build()
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, sent in rows:
            fh.write(f"{cat}\t{kinds}\t{sent}\n")
    return rows, shortfall


if __name__ == "__main__":
    _rows, _short = main()
    _counts = {k: 0 for k in KINDS}
    for _c_, _k_, _s_ in _rows:
        if _k_ != "-":
            for _x in _k_.split(","):
                _counts[_x] += 1
    _clean = sum(1 for r in _rows if r[1] == "-")
    _hard = sum(1 for r in _rows if r[0].endswith("_hard"))
    print(f"total {len(_rows)}  clean {_clean}  hard {_hard} ({_hard / len(_rows):.1%})")
    for _k in KINDS:
        print(f"  {_k:24s} {_counts[_k]}")
    if _short:
        print("shortfall:", _short)
