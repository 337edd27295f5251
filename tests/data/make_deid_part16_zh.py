"""Held-out de-identification test corpus, part 16 (Simplified Chinese).

What this is
------------
About 2,500 Simplified Chinese sentences of the kinds published on the site of a
hospital in China that treats international patients (Kazakhstan, Russia, Central
Asia, Mongolia, the Middle East, Southeast Asia, Africa, Europe) and Chinese
patients from other provinces: case-story narration by editors, quotes from
patients and relatives, clinicians' remarks, photo captions, timeline entries,
thank-you letters and "Leave Your Message" contact-form messages (informal, with
typos, mixed scripts, full-width digits, odd spacing).  Roughly 1,150 rows are
clean but tricky; roughly 1,350 hold at least one identifier.

How it was written
------------------
Written blind: only from the brief and general knowledge, without reading the
scanner, its tests, other corpus files or the repository history.  Every
sentence is built from hand-written templates whose slots are filled by small
generators.  Each identifier slot carries its kind, so the label of a row is the
set of kinds of the identifier slots used in it; clean slots (doses, lab values,
registry numbers, month+year dates, ages under 90 ...) carry no kind.  A fixed
random seed (random.Random(SEED)) makes two runs byte-identical.  Standard
library only; the TSV is written next to this file.

Judgement calls in the labels
-----------------------------
* A birthday is date_of_birth only, also when the year is missing ("生日是6月12号").
  Any other day (with or without year, any script or format) is exact_date.
  Month+year, years, "85年出生", "90后", seasons are clean.
* The 18-character Chinese resident identity number is resident_id only, also
  with a wrong check digit, lower-case x, spaces, dashes or full-width digits;
  its embedded birth date is not labelled separately.
* Russian internal passports, SNILS, Kazakh IIN, Uzbek PINFL, Kyrgyz PIN,
  Mongolian register numbers, SSN and Thai/Indonesian/Vietnamese/Turkish/
  Egyptian/Nigerian ID numbers are national_id; travel passports are
  passport_number.
* Ages of 90 and over in any wording (九旬, 年过九十, 九十出头, 百岁, 期颐之年,
  ninety-three) are age_over_89.  89 and younger, 八旬, decades and "90后"
  (born in the 1990s) are clean.
* Phone numbers offered for WhatsApp/Telegram/WeChat are phone_number only.
  WeChat IDs, QQ numbers, Telegram/Instagram/Weibo/Douyin handles and profile
  links (vk.com/id..., facebook.com/..., t.me/...) are social_account.
  Crowdfunding pages, blogs and personal home pages are web_address.  A QQ
  mailbox (digits@qq.com) is email only.
* Names inside e-mail addresses, handles and URLs are not labelled person_name.
* A licence number always comes with the clinician's name: licence_number,person_name.
* Visa, e-ticket/booking (PNR), court case, employee, student, courier,
  appointment, order and insurance-claim numbers are other_number; insurance
  member/policy/card numbers (incl. 医保卡号, Russian ОМС policy) are
  health_plan_number; the hospital's own patient card / 就诊卡号 and 住院号,
  病案号, 门诊号 are medical_record_number.
* Street + number or building/room is street_address; with a postcode in the
  same sentence also postal_code; a postcode with only a city is postal_code.
  Cities, countries, hospital floors, lifts, gates and bus/metro lines are clean.
* Family name + title (王医生, 李主任, 老王, 小李, 张姐), given names alone,
  nicknames (豆豆, 阿强) and names that are also ordinary words used as names
  (张建国, 女儿红梅) are person_name.  The same words in their ordinary sense
  (平安, 胜利, 长江, 光明) are clean.  Letter aliases (A女士, 患者K, 张某, 李某某)
  and relations without names are clean.  Historical people inside institution
  names (邵逸夫医院, 白求恩第一医院, 孙逸仙纪念医院, 谢切诺夫大学), eponymous
  diseases and scores (帕金森病, 格拉斯哥昏迷评分) are clean.
* Public service numbers (120, 110, 112, 103, 12320) are clean.
"""

import random
import re
from pathlib import Path

SEED = 20160916
R = random.Random(SEED)

KIND_ORDER = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
HARD = [False]          # set by generators when they pick a harder surface form


def hard():
    HARD[0] = True


def ch(seq):
    return R.choice(seq)


def p(prob):
    return R.random() < prob


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


CN_D = "〇一二三四五六七八九"
FW_TABLE = str.maketrans("0123456789.-@", "０１２３４５６７８９．－＠")


def cn_digits(s, zero="〇", one="一"):
    out = []
    for c in s:
        if c.isdigit():
            d = int(c)
            out.append(zero if d == 0 else one if d == 1 else CN_D[d])
        else:
            out.append(c)
    return "".join(out)


def fullwidth(s):
    return s.translate(FW_TABLE)


def cn_small(n):
    """1..99 as Chinese numerals (十五, 二十一, 九十二)."""
    if n < 10:
        return CN_D[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_D[t]) + "十"
    return s + (CN_D[u] if u else "")


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def en_digits(s):
    return " ".join(EN_ONES[int(c)] if c.isdigit() else c for c in s)


MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
          "августа", "сентября", "октября", "ноября", "декабря"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, MDAYS[m - 1])
    return y, m, d


# ---------------------------------------------------------------------------
# person names
# ---------------------------------------------------------------------------
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
SURN2 = ["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "尉迟"]
GIV1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞刚辉鹏华飞鑫波宁琳颖蕾倩婷雪慧斌萍")
GIV2 = ["秀英", "秀兰", "桂英", "建华", "晓东", "子涵", "浩然", "梓萱", "一诺", "雨桐",
        "欣怡", "思远", "嘉怡", "宇航", "俊杰", "婉清", "明哲", "春燕", "国强", "志刚",
        "丽华", "玉兰", "淑珍", "文博", "天佑", "佳琪", "若曦", "晓峰", "海涛", "振宇",
        "美玲", "丹丹", "亚楠", "雅婷", "梦瑶", "博文", "嘉豪", "诗涵", "子轩", "沐阳",
        "晨阳", "立新", "德明", "桂芝", "凤兰", "永福", "宝华", "铁柱", "翠花", "淑芬",
        "思彤", "锦程", "昊天", "玥", "语嫣", "星辰", "可馨", "泽宇", "艺涵", "瑞霖"]
# given names that are also ordinary words
WORDN = ["平安", "建国", "国庆", "胜利", "红梅", "海燕", "长江", "向阳", "春雨", "白雪",
         "文静", "光明", "明月", "和平", "金凤", "春花", "秋菊", "晨曦", "卫东", "爱民",
         "阳光", "彩虹", "幸福", "吉祥", "富贵", "军营", "朝阳", "黎明", "冬梅", "建军"]
NICK = ["豆豆", "乐乐", "妞妞", "朵朵", "小胖", "大壮", "阿强", "阿梅", "糖糖", "果果",
        "球球", "毛毛", "贝贝", "阿杰", "小鱼儿", "嘟嘟", "石头", "小满", "阿宝", "甜甜",
        "丫丫", "壮壮", "阿珍", "胖虎"]
MED_T = ["医生", "大夫", "主任", "教授", "护士长", "护士", "院长", "主任医师", "副主任", "医师"]
SOC_T = ["女士", "先生", "阿姨", "叔叔", "老师", "师傅", "大姐", "大哥", "奶奶", "爷爷", "姐", "哥"]

FOR_CN = [
    # Kazakh
    "努尔兰", "叶尔兰", "阿依古丽", "阿丽娜", "阿扎马特", "达娜", "马迪", "别克扎特", "阿斯兰",
    "古丽娜尔", "萨乌列", "叶尔博拉特", "艾格琳", "卡纳特", "努尔兰·别科夫", "阿依古丽·萨迪科娃",
    "叶尔兰·托克塔罗夫", "阿丽娜·卡瑟姆别科娃", "达尼亚尔·努尔马甘别托夫",
    # Russian
    "伊万·彼得罗夫", "安娜·伊万诺娃", "娜塔莉亚", "谢尔盖·库兹涅佐夫", "德米特里", "奥尔加·斯米尔诺娃",
    "塔季扬娜", "阿列克谢", "叶卡捷琳娜", "尤利娅·波波娃", "米哈伊尔", "斯维特兰娜", "柳德米拉",
    # Central Asia
    "阿齐兹·卡里莫夫", "迪尔诺扎", "帖木儿", "古尔纳拉", "鲁斯塔姆", "舍尔佐德", "阿伊达娜",
    # Mongolian
    "巴特尔", "其其格", "额尔登", "敖登格日勒", "图雅", "甘巴特", "巴雅尔", "乌日娜", "宝力德",
    "苏和巴特尔", "巴特额尔德尼", "朝伦",
    # Middle East
    "艾哈迈德", "法蒂玛", "优素福", "莱拉", "奥马尔", "哈立德", "阿伊莎", "穆斯塔法", "萨拉",
    "易卜拉欣", "努拉", "阿卜杜拉·哈桑",
    # Southeast Asia
    "阮氏兰", "颂猜", "妮露法", "阿迪", "普拉萨", "玛丽亚·桑托斯", "黎氏秋", "武文雄", "西蒂",
    # Africa
    "阿德巴约", "奇奥玛", "卡马乌", "阿玛拉", "恩戈齐", "科菲", "阿贝贝", "法图玛", "奥卢瓦塞恩",
    # Europe
    "汉斯·穆勒", "玛丽亚·罗西", "索菲·马丁", "卢卡斯", "埃琳娜", "托马斯", "克拉拉", "马泰奥",
]
LAT = ["Aigerim Sadykova", "Nurlan Bekov", "Yerlan", "Dmitry Volkov", "Olga Smirnova",
       "Bat-Erdene", "Oyunchimeg", "Nguyen Thi Lan", "Somchai", "Ahmed Al-Sayed",
       "Fatima Zahra", "Chioma Okafor", "Kamau Njoroge", "Hans Mueller", "Sofia Rossi",
       "Aziz Karimov", "Dilnoza", "Timur Abdullaev", "Gulnara", "Madina Serikbayeva",
       "Askar", "Zarina Tokayeva", "Erdenebat", "Khaled Mansour", "Amina Yusuf",
       "Tran Van Hung", "Siti Rahayu", "Adebayo", "Anna Kowalska", "Marco Bianchi",
       "Daniyar", "Saule", "Bolat Zhunusov", "Irina Pavlova", "Munkhbayar", "Layla Haddad"]
CYR = ["Айгерим", "Ольга Смирнова", "Сергей Петров", "Наталья", "Дмитрий Иванов",
       "Батбаяр", "Нурлан Беков", "Гульнара", "Азамат", "Елена Кузнецова", "Тимур",
       "Анна Сергеевна", "Ерлан Касымов", "Светлана", "Болат", "Мөнхзул", "Дильноза",
       "Людмила Викторовна", "Арман", "Оюунчимэг"]
PIN_S = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Gao"]
PIN_G = ["Wei", "Fang", "Na", "Xiaoming", "Jie", "Lei", "Yuting", "Haoran", "Jianhua", "Xin", "Meiling", "Zihan", "Qiang"]


def n_full():
    r = R.random()
    if r < 0.08:
        s = ch(SURN2)
    else:
        s = ch(SURN)
    if r > 0.85:
        return s + ch(WORDN)
    return s + (ch(GIV1) if p(0.3) else ch(GIV2))


def n_given():
    return ch(GIV2 + WORDN[:12])


def n_word():
    return ch(WORDN)


def n_wfull():
    return ch(SURN) + ch(WORDN)


def n_doc():
    r = R.random()
    if r < 0.6:
        return ch(SURN) + ch(MED_T)
    if r < 0.85:
        return n_full() + ch(MED_T)
    hard()
    return ch(["Dr. ", "Dr ", "dr. "]) + ch(PIN_S)


def n_soc():
    r = R.random()
    s = ch(SURN)
    if r < 0.25:
        return "老" + s
    if r < 0.45:
        return "小" + s
    return s + ch(SOC_T)


def n_nick():
    return ch(NICK)


def n_for():
    return ch(FOR_CN)


def n_lat():
    n = ch(LAT)
    if p(0.2):
        hard()
        return n.lower()
    if p(0.1):
        hard()
        return n.upper()
    return n


def n_latl():
    hard()
    return ch(LAT).lower()


def n_cyr():
    return ch(CYR)


def n_pin():
    s, g = ch(PIN_S), ch(PIN_G)
    r = R.random()
    if r < 0.3:
        hard()
        return (s + " " + g).lower()
    if r < 0.5:
        return s.upper() + " " + g
    if r < 0.6:
        return g + " " + s
    return s + " " + g


def n_any():
    return ch([n_full, n_full, n_given, n_doc, n_soc, n_for, n_for, n_lat, n_cyr, n_pin, n_wfull])()


# ---------------------------------------------------------------------------
# identifier generators
# ---------------------------------------------------------------------------
def g_date():
    y, m, d = rand_ymd(2014, 2025)
    r = R.random()
    easy = [
        f"{y}年{m}月{d}日", f"{y}年{m}月{d}号", f"{m}月{d}日", f"{m}月{d}号",
        f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d} {MON_EN[m - 1]} {y}", f"{MON_EN[m - 1][:3]} {d}, {y}",
        f"{y}年{m:02d}月{d:02d}日",
    ]
    if r < 0.78:
        return ch(easy)
    hard()
    hardf = [
        cn_digits(str(y)) + "年" + cn_small(m) + "月" + cn_small(d) + "日",
        cn_small(m) + "月" + cn_small(d) + "号",
        fullwidth(f"{y}年{m}月{d}日"),
        f"{d} {MON_RU[m - 1]} {y} г.",
        f"{y} 年 {m} 月 {d} 日",
        f"{m}月{d}日（{y}年）",
        f"{d}号{m}月",
        fullwidth(f"{m}月{d}号"),
        f"{y}年{m}月{cn_small(d)}号",
    ]
    return ch(hardf)


def g_dob(y0=1931, y1=2023):
    y, m, d = rand_ymd(y0, y1)
    r = R.random()
    easy = [
        f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{y}.{m}.{d}", f"{d} {MON_EN[m - 1]} {y}",
        f"{y}年{m:02d}月{d:02d}日", f"{m}/{d}/{y}",
    ]
    if r < 0.78:
        return ch(easy)
    hard()
    return ch([
        cn_digits(str(y)) + "年" + cn_small(m) + "月" + cn_small(d) + "日",
        fullwidth(f"{y}年{m}月{d}日"),
        f"{d} {MON_RU[m - 1]} {y} г.",
        f"{y} 年 {m} 月 {d} 日",
        f"{str(y)[2:]}年{m}月{d}号",
        f"{y}{m:02d}{d:02d}",
    ])


def g_bday():
    """birthday without year"""
    m, d = R.randint(1, 12), R.randint(1, 28)
    if p(0.3):
        hard()
        return cn_small(m) + "月" + cn_small(d) + "号"
    return ch([f"{m}月{d}日", f"{m}月{d}号", f"{d} {MON_EN[m - 1]}"])


def g_age90():
    n = R.randint(90, 106)
    r = R.random()
    if r < 0.35:
        return ch([f"{n}岁", f"{n}周岁", f"{n} 岁"])
    if r < 0.6:
        return ch([cn_small(n) + "岁" if n < 100 else "一百零" + CN_D[n - 100] + "岁",
                   cn_small(min(n, 99)) + "周岁"])
    hard()
    return ch(["九十多岁", "九十出头", "年过九十", "九十有" + CN_D[R.randint(1, 9)], "年近百岁",
               "九十好几", "快一百岁", "百岁", "九十来岁", f"{n}岁高龄"])


def g_age90p():
    """noun phrase: an old person"""
    hard() if p(0.4) else None
    return ch(["九旬老人", "年过九旬的老人", "百岁老人", "年近百岁的老人", "九十高龄的老人",
               "期颐之年的老人", f"{R.randint(90, 99)}岁高龄的老人", "九旬老太", "九旬老汉",
               "一位年过九十的老奶奶", "百岁老寿星", f"{cn_small(R.randint(90, 99))}岁的老爷爷"])


def g_age90en():
    hard()
    n = R.randint(90, 99)
    tens = {9: "ninety"}
    word = tens[9] + ("" if n == 90 else "-" + EN_ONES[n - 90])
    return ch([f"{word}-year-old", "nonagenarian", "centenarian", f"aged {word}", "in her late nineties", "in his late nineties"])


CN_MOB = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
          "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
          "183", "186", "187", "188", "189", "191", "198", "199"]


def g_phone_cn():
    n = ch(CN_MOB) + digits(8)
    r = R.random()
    if r < 0.7:
        return ch([n, group(n, [3, 4, 4]), group(n, [3, 4, 4], "-"), "+86 " + group(n, [3, 4, 4]),
                   "+86-" + n, "(+86)" + n, "0086 " + n, "+86 " + n])
    hard()
    return ch([cn_digits(n), cn_digits(n, zero="零", one="幺"), fullwidth(n), group(n, [3, 4, 4], "."),
               " ".join(n), group(n, [3, 3, 2, 3]), "+8６ " + fullwidth(n), group(n, [4, 4, 3])])


def g_phone_land():
    area = ch(["010", "021", "020", "0571", "0991", "0451", "0871", "029", "0471", "0931", "023"])
    n = digits(8, True) if len(area) == 3 else digits(R.choice([7, 8]), True)
    return ch([f"{area}-{n}", f"({area}) {group(n, [4, 4])}", f"{area} {n}", f"+86 {area[1:]} {n}"])


def g_phone_intl():
    r = R.randint(0, 15)
    t = [
        lambda: "+7 7" + ch("0570") + digits(1) + " " + digits(3) + " " + digits(2) + " " + digits(2),
        lambda: "8 (70" + ch("1578") + ") " + digits(3) + "-" + digits(2) + "-" + digits(2),
        lambda: "+7 (9" + digits(2) + ") " + digits(3) + "-" + digits(2) + "-" + digits(2),
        lambda: "+7 9" + digits(9),
        lambda: "+976 " + ch("9889") + digits(3) + " " + digits(4),
        lambda: "+998 9" + digits(1) + " " + digits(3) + " " + digits(2) + " " + digits(2),
        lambda: "+996 " + ch(["555", "700", "770"]) + " " + digits(3) + " " + digits(3),
        lambda: "+971 5" + ch("0256") + " " + digits(3) + " " + digits(4),
        lambda: "+966 5" + digits(1) + " " + digits(3) + " " + digits(4),
        lambda: "+84 9" + digits(2) + " " + digits(3) + " " + digits(3),
        lambda: "+66 8" + digits(1) + " " + digits(3) + " " + digits(4),
        lambda: "+62 81" + digits(1) + "-" + digits(4) + "-" + digits(4),
        lambda: "+234 80" + ch("3368") + " " + digits(3) + " " + digits(4),
        lambda: "+254 7" + digits(2) + " " + digits(6),
        lambda: "+20 10" + digits(1) + " " + digits(3) + " " + digits(4),
        lambda: "+49 15" + digits(1) + " " + digits(8),
    ]
    s = t[r]()
    if p(0.18):
        hard()
        s = ch([s.replace(" ", ""), s.replace(" ", "-"), fullwidth(s), s.replace("+", "00", 1)])
    return s


def g_phone():
    return ch([g_phone_cn, g_phone_cn, g_phone_cn, g_phone_land, g_phone_intl, g_phone_intl, g_phone_intl])()


EMAIL_LOCAL = ["aigerim.s", "nurlan_b85", "olga.smirnova1979", "zhangwei1985", "lina_0612",
               "bat.erdene", "chioma.ok", "ahmed.k.1990", "mama_dany", "xiaoyu2008", "dmitry.volkov",
               "yerlan.t", "oyuka_mn", "fatima.zahra22", "wanghaitao", "liu.meiling", "sofia.rossi",
               "hans.mueller", "tran.hung88", "kamau.n", "gulnara_kz", "askar1972", "irina.p",
               "chen_jie_99", "lao.zhang", "munkhbayar.b", "dilnoza.uz", "saule.k", "huangfang_hz"]
EMAIL_DOM = ["gmail.com", "mail.ru", "yandex.ru", "yandex.kz", "inbox.ru", "bk.ru", "163.com",
             "126.com", "sina.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
             "list.ru", "gmail.com", "foxmail.com"]


def g_email():
    if p(0.12):
        return digits(R.randint(6, 10), True) + "@qq.com"
    loc, dom = ch(EMAIL_LOCAL), ch(EMAIL_DOM)
    r = R.random()
    if r < 0.75:
        return loc + "@" + dom
    hard()
    name, tld = dom.rsplit(".", 1)
    return ch([f"{loc} [at] {name} [dot] {tld}", f"{loc}＠{dom}", f"{loc} at {name} dot {tld}",
               f"{loc}(at){dom}", f"{loc.upper()}@{dom.upper()}", f"{loc} @ {dom}",
               f"{loc}#{dom}（#换成@）"])


SLUGS = ["help-aigerim-fight-leukemia", "save-little-madi", "support-olgas-treatment-in-china",
         "bat-erdene-heart-surgery", "help-chioma-walk-again", "nurlans-road-to-recovery",
         "daniyar-liver-transplant", "for-our-mama-gulnara", "ahmed-cancer-fund",
         "help-baby-oyuka", "timur-needs-your-help", "kamau-kidney-appeal"]
HANDLES = ["aigerim_health", "nurlan-journey", "olga-v-kitae", "oyuka-diary", "chioma-strong",
           "mama-dany", "yerlan-fights", "lina-recovery", "zhangwei-notes", "ahmed-story",
           "daniyar-kz", "saule-blog", "bolat-life", "irina-zdorovie"]


def g_url(lo=0, hi=13):
    r = R.randint(lo, hi)
    h = ch(HANDLES)
    s = [
        lambda: "https://www.gofundme.com/f/" + ch(SLUGS),
        lambda: "https://gofund.me/" + alnum(8, "0123456789abcdef"),
        lambda: "https://www.shuidichou.com/raise/" + alnum(12, "0123456789abcdef"),
        lambda: "https://m.qschou.com/project/" + digits(7, True),
        lambda: "https://www.justgiving.com/crowdfunding/" + ch(SLUGS),
        lambda: "https://www.ketto.org/fundraiser/" + ch(SLUGS),
        lambda: f"https://{h}.blogspot.com",
        lambda: f"https://{h}.wordpress.com/2023/0{R.randint(1, 9)}/",
        lambda: f"https://medium.com/@{h}/my-treatment-in-china-{alnum(6, '0123456789abcdef')}",
        lambda: "https://www.jianshu.com/p/" + alnum(12, "0123456789abcdef"),
        lambda: f"https://{h}.livejournal.com",
        lambda: f"http://www.{h.replace('-', '')}.cn",
        lambda: f"www.{h.replace('-', '')}.kz",
        lambda: f"https://{h.replace('-', '')}.github.io",
    ][r]()
    if p(0.18):
        hard()
        s = ch([s.replace("https://", "").replace("http://", ""), s.replace(".", " . "),
                s.replace(".", "。"), s.upper() if "gofund.me" in s else s.replace("https", "hxxps")])
    return s


def g_ipv4():
    r = R.random()
    if r < 0.25:
        s = f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    elif r < 0.35:
        s = f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    else:
        s = f"{ch([36, 39, 42, 58, 61, 101, 112, 113, 115, 117, 119, 123, 171, 180, 183, 202, 212, 213, 217, 222])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if p(0.15):
        hard()
        s = ch([s.replace(".", " . "), fullwidth(s), s.replace(".", "。"), s.replace(".", ",")])
    return s


def g_ipv6():
    parts = [ch(["2408", "240e", "2409", "2a00", "2a02", "2001"]), alnum(4, "0123456789abcdef")]
    parts += [alnum(R.randint(1, 4), "0123456789abcdef") for _ in range(2)]
    tail = ":".join(alnum(R.randint(1, 4), "0123456789abcdef") for _ in range(2))
    return ":".join(parts) + "::" + tail


def g_ip():
    return g_ipv6() if p(0.2) else g_ipv4()


WX_H = ["zhangli_1988", "nurlan_kz", "aigul0707", "lao-wang-hz", "yuyu_mama", "olga_ru88",
        "batka_mn", "chen_jie_0920", "sunshine_lily", "dana_almaty", "ahmed2019dxb", "meiling_x",
        "qiqige_nm", "yerlan_ast", "helen_tashkent", "kaspi_boy", "xiaoyu_ma", "dr_chen_fans"]


def g_wx():
    r = R.random()
    if r < 0.3:
        return "wxid_" + alnum(R.randint(10, 14), "abcdefghijklmnopqrstuvwxyz0123456789")
    h = ch(WX_H)
    if p(0.15):
        hard()
        h = h.replace("_", " _ ")
    return h + (digits(R.randint(1, 3)) if p(0.4) else "")


def g_qq():
    q = digits(R.randint(6, 10), True)
    if p(0.2):
        hard()
        return ch([group(q, [3, 3, 4]), cn_digits(q), fullwidth(q)])
    return q


def g_tg():
    h = ch(["nurlan_almaty", "olga_spb", "dana_kz", "yerlan_t", "aziz_tash", "bat_erdene_ub",
            "madina_s", "timur_health", "irina_pavlova", "askar_k", "layla_h", "daniyar_88"])
    return ch(["@" + h, "t.me/" + h, "@" + h + str(R.randint(1, 99)), "https://t.me/" + h])


def g_ig():
    h = ch(["aigerim.k", "oyuka.mn", "chioma_strong", "ahmed.dxb", "sofia.rossi.it",
            "mama_of_madi", "saule_life", "tran.hung", "zarina.t", "lina.recovery"])
    return ch(["@" + h, "instagram.com/" + h, "https://www.instagram.com/" + h + "/"])


def g_vk():
    return ch(["vk.com/id" + digits(R.randint(6, 9), True), "https://vk.com/" + ch(["olga_smirnova", "dmitry.volkov", "irina_pavlova77"]),
               "ok.ru/profile/" + digits(12, True), "https://www.facebook.com/" + ch(["chioma.okafor.9", "ahmed.alsayed.52", "kamau.njoroge", "khaled.mansour.3"]),
               "facebook.com/profile.php?id=" + digits(15, True)])


def g_wb():
    return ch(["@阿依古丽的日常", "@抗癌路上的小鱼", "@胖虎妈妈", "@努尔兰在中国", "@一只快乐的豆豆",
               "@老王的康复日记", "@奥尔加看中国", "@蒙古姑娘图雅"])


def g_dy():
    return ch(["dy" + digits(8), alnum(R.randint(8, 12), "abcdefghijklmnopqrstuvwxyz0123456789_"), digits(9, True)])


def g_xhs():
    return digits(9, True)


def g_tw():
    return "@" + ch(["aziz_k", "layla_haddad", "marco_b", "sofiarossi", "chioma_o", "khaled_m"])


CN_CITY_ADDR = [
    ("北京市朝阳区", ["建国路", "望京西路", "朝阳北路", "安立路", "东三环中路"], "1000"),
    ("北京市海淀区", ["中关村大街", "学院路", "苏州街"], "1000"),
    ("上海市徐汇区", ["漕溪北路", "宜山路", "虹桥路"], "2000"),
    ("上海市浦东新区", ["张杨路", "世纪大道", "浦建路"], "2001"),
    ("浙江省杭州市西湖区", ["文三路", "天目山路", "学院路"], "3100"),
    ("杭州市上城区", ["解放路", "庆春路"], "3100"),
    ("广州市越秀区", ["中山二路", "东风中路", "环市东路"], "5100"),
    ("新疆乌鲁木齐市天山区", ["解放北路", "新华北路", "光明路"], "8300"),
    ("乌鲁木齐市沙依巴克区", ["友好南路", "西北路"], "8300"),
    ("黑龙江省哈尔滨市南岗区", ["西大直街", "红军街"], "1500"),
    ("云南省昆明市五华区", ["东风西路", "人民中路"], "6500"),
    ("内蒙古呼和浩特市新城区", ["新华大街", "中山东路"], "0100"),
    ("四川省成都市武侯区", ["人民南路", "科华北路"], "6100"),
    ("甘肃省兰州市城关区", ["东岗西路", "庆阳路"], "7300"),
    ("陕西省西安市雁塔区", ["小寨东路", "长安南路"], "7100"),
]


def _cn_addr_core():
    city, roads, pc = ch(CN_CITY_ADDR)
    road = ch(roads)
    n = R.randint(1, 999)
    tail = ch(["", "", f"{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 33)}0{R.randint(1, 6)}室",
               f"{ch(['阳光', '锦绣', '金色', '翠苑', '和平里', '幸福'])}{ch(['小区', '花园', '家园'])}{R.randint(1, 20)}号楼{R.randint(1, 28)}0{R.randint(1, 4)}",
               f"{R.randint(2, 30)}楼", f"{ch('ABCD')}座{R.randint(1, 30)}0{R.randint(1, 9)}室"])
    s = f"{city}{road}{n}号{tail}"
    if p(0.15):
        hard()
        s = ch([fullwidth(s), s.replace("号", " 号 "), city + road + cn_digits(str(n)) + "号" + tail])
    pcode = pc + digits(2)
    return s, pcode


FOR_ADDR = [
    lambda: (f"Алматы, ул. Абая {R.randint(1, 200)}, кв. {R.randint(1, 120)}", "0500" + digits(2)),
    lambda: (f"Almaty, Dostyk Ave {R.randint(1, 300)}, apt {R.randint(1, 99)}", "A05" + ch("CDEFKTX") + digits(1) + ch("CEKPTY") + digits(1)),
    lambda: (f"Astana, Kabanbay Batyr Ave {R.randint(1, 80)}, block {ch('ABCDE')}, flat {R.randint(1, 200)}", "Z05" + ch("CHKPT") + digits(1) + ch("EKMPY") + digits(1)),
    lambda: (f"阿斯塔纳市 Туран大街{R.randint(1, 90)}号{R.randint(1, 300)}室", "0100" + digits(2)),
    lambda: (f"Москва, Тверская ул., д. {R.randint(1, 30)}, кв. {R.randint(1, 150)}", "1250" + digits(2)),
    lambda: (f"Новосибирск, ул. Ленина, д. {R.randint(1, 99)}, кв. {R.randint(1, 99)}", "6300" + digits(2)),
    lambda: (f"Ulaanbaatar, Peace Avenue {R.randint(1, 99)}, apartment {R.randint(1, 80)}", "142" + digits(2)),
    lambda: (f"乌兰巴托市苏赫巴托区 Seoul Street {R.randint(1, 60)}号 {R.randint(1, 20)}-{R.randint(1, 90)}", "144" + digits(2)),
    lambda: (f"Tashkent, Amir Temur ko'chasi {R.randint(1, 150)}, {R.randint(1, 90)}-xonadon", "1000" + digits(2)),
    lambda: (f"Бишкек, пр. Чуй {R.randint(1, 250)}, кв. {R.randint(1, 80)}", "7200" + digits(2)),
    lambda: (f"Riyadh, King Fahd Road, Building {R.randint(1, 99)}, Office {R.randint(1, 40)}", "12" + digits(3)),
    lambda: (f"Lagos, {R.randint(1, 60)} Adeola Odeku Street, Victoria Island", "1012" + digits(2)),
    lambda: (f"Hà Nội, {R.randint(1, 120)} Hàng Bài, Hoàn Kiếm", "1000" + digits(2)),
    lambda: (f"Nairobi, Ngong Road, House No. {R.randint(1, 90)}", "00" + digits(3)),
    lambda: (f"Berlin, Hauptstraße {R.randint(1, 150)}", "10" + digits(3)),
    lambda: (f"Bangkok, {R.randint(10, 999)}/{R.randint(1, 99)} Sukhumvit Soi {R.randint(1, 60)}", "10" + digits(3)),
]


def g_addr():
    if p(0.6):
        return _cn_addr_core()[0]
    if p(0.06):
        return f"Dubai, Al Wasl Road, Villa {R.randint(1, 99)}"
    return ch(FOR_ADDR)()[0]


def g_addr_pc():
    """street address with postcode (street_address + postal_code)"""
    if p(0.55):
        s, pc = _cn_addr_core()
        return ch([f"{s}，邮编{pc}", f"{s}（邮编：{pc}）", f"{pc} {s}", f"{s} 邮政编码 {pc}"])
    s, pc = ch(FOR_ADDR)()
    return ch([f"{pc}, {s}", f"{s}, {pc}", f"{s}（邮编 {pc}）", f"{s}，postcode {pc}"])


def g_pc():
    r = R.random()
    if r < 0.45:
        s = ch(CN_CITY_ADDR)[2] + digits(2)
    else:
        s = ch(["0500" + digits(2), "0100" + digits(2), "1250" + digits(2), "1190" + digits(2),
                "142" + digits(2), "1000" + digits(2), "7200" + digits(2), "A05" + ch("CDKT") + digits(1) + ch("EKPY") + digits(1),
                "1012" + digits(2), "10" + digits(3), "6300" + digits(2), "0300" + digits(2)])
    if p(0.15):
        hard()
        s = ch([" ".join(s), fullwidth(s), cn_digits(s)])
    return s


GEO_PLACES = [(43.2389, 76.8897), (51.1605, 71.4704), (47.9184, 106.9177), (41.2995, 69.2401),
              (42.8746, 74.5698), (55.7558, 37.6173), (43.8256, 87.6168), (30.2741, 120.1551),
              (25.2048, 55.2708), (6.5244, 3.3792), (-1.2921, 36.8219), (21.0278, 105.8342),
              (13.7563, 100.5018), (39.9042, 116.4074), (45.8038, 126.5350), (25.0389, 102.7183)]


PC_CITY = [
    ("北京", lambda: "1000" + digits(2)), ("杭州", lambda: "3100" + digits(2)), ("乌鲁木齐", lambda: "8300" + digits(2)),
    ("广州", lambda: "5100" + digits(2)), ("哈尔滨", lambda: "1500" + digits(2)), ("昆明", lambda: "6500" + digits(2)),
    ("Алматы", lambda: "0500" + digits(2)), ("Almaty", lambda: "A05" + ch("CDKT") + digits(1) + ch("EKPY") + digits(1)),
    ("阿拉木图", lambda: "0500" + digits(2)), ("阿斯塔纳", lambda: "0100" + digits(2)), ("Astana", lambda: "Z05" + ch("CHKPT") + digits(1) + ch("EKMPY") + digits(1)),
    ("Москва", lambda: "1" + ch("012") + digits(4)), ("Новосибирск", lambda: "6300" + digits(2)), ("乌兰巴托", lambda: "1" + ch("3456") + digits(3)),
    ("塔什干", lambda: "1000" + digits(2)), ("比什凯克", lambda: "7200" + digits(2)), ("卡拉干达", lambda: "1000" + digits(2)),
    ("Lagos", lambda: "1012" + digits(2)), ("Berlin", lambda: "10" + digits(3)), ("Bangkok", lambda: "10" + digits(3)),
]


def g_pc_city():
    city, f = ch(PC_CITY)
    pc = f()
    if p(0.15):
        hard()
        pc = ch([" ".join(pc), fullwidth(pc)])
    return ch([f"{city}，邮编{pc}", f"{pc} {city}", f"{city}（邮编：{pc}）", f"{city} {pc}", f"邮政编码{pc}，{city}"])


PASS_NAT = [("中国", lambda: "E" + digits(8)), ("哈萨克斯坦", lambda: "N" + digits(8)), ("俄罗斯", lambda: "7" + digits(1) + " " + digits(7)),
            ("蒙古国", lambda: "E" + digits(7)), ("乌兹别克斯坦", lambda: ch(["AA", "FA"]) + digits(7)),
            ("吉尔吉斯斯坦", lambda: "AC" + digits(7)), ("尼日利亚", lambda: "A" + digits(8)), ("越南", lambda: "C" + digits(7)),
            ("土耳其", lambda: "U" + digits(8)), ("德国", lambda: "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"))]


def g_pass_nat():
    c, f = ch(PASS_NAT)
    return ch([f"护照号{f()}，{c}籍", f"{c}籍，护照号码{f()}", f"（{c}护照 {f()}）"])


def g_geo():
    la, lo = ch(GEO_PLACES)
    la += R.uniform(-0.08, 0.08)
    lo += R.uniform(-0.08, 0.08)
    r = R.random()
    ns = "N" if la >= 0 else "S"
    forms = [f"{la:.4f}, {lo:.4f}", f"{la:.5f},{lo:.5f}", f"{abs(la):.4f}°{ns}, {lo:.4f}°E",
             f"lat {la:.4f}, lng {lo:.4f}", f"{la:.6f} {lo:.6f}", f"({la:.4f}, {lo:.4f})"]
    if r < 0.75:
        return ch(forms)
    hard()
    dla, mla = int(abs(la)), int((abs(la) % 1) * 60)
    dlo, mlo = int(lo), int((lo % 1) * 60)
    return ch([f"北纬{abs(la):.2f}°，东经{lo:.2f}°", f"{dla}°{mla}′{ns} {dlo}°{mlo}′E",
               f"{la:.4f}，{lo:.4f}", f"N{dla}°{mla}′ E{dlo}°{mlo}′",
               f"纬度{la:.3f} 经度{lo:.3f}"])


def g_pass():
    r = R.randint(0, 17)
    s = [
        lambda: "E" + digits(8), lambda: "E" + ch("ABCDEGH") + digits(7), lambda: "G" + digits(8),
        lambda: "N" + digits(8), lambda: "N" + digits(8),
        lambda: "7" + digits(1) + " " + digits(7), lambda: "7" + digits(8),
        lambda: "E" + digits(7), lambda: ch(["AA", "FA", "AB"]) + digits(7), lambda: "AC" + digits(7),
        lambda: "A" + digits(8), lambda: "C" + digits(7), lambda: ch(["AA", "AB"]) + digits(7),
        lambda: "B" + digits(7), lambda: "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"),
        lambda: "U" + digits(8), lambda: "P" + digits(7), lambda: "K" + digits(8),
    ][r]()
    if p(0.18):
        hard()
        s = ch([s.lower(), " ".join(s), fullwidth(s), group(s, [2, 3, 4]), s[0] + "-" + s[1:]])
    return s


def _iin():
    y, m, d = rand_ymd(1940, 2020)
    c = (3 if y < 2000 else 5) + R.randint(0, 1)
    return f"{y % 100:02d}{m:02d}{d:02d}{c}{digits(5)}"


def g_nid():
    r = R.randint(0, 19)
    s = [
        lambda: "ИИН " + _iin(),
        lambda: "IIN: " + _iin(),
        lambda: "个人识别号（ИИН）" + _iin(),
        lambda: "哈萨克斯坦身份证上的IIN " + group(_iin(), [6, 6]),
        lambda: "俄罗斯国内护照 " + digits(2) + " " + digits(2) + " " + digits(6),
        lambda: "паспорт РФ серия " + digits(4) + " № " + digits(6),
        lambda: "СНИЛС " + digits(3) + "-" + digits(3) + "-" + digits(3) + " " + digits(2),
        lambda: "SNILS " + digits(3) + "-" + digits(3) + "-" + digits(3) + "-" + digits(2),
        lambda: "ПИНФЛ " + ch("3456") + digits(13),
        lambda: "乌兹别克斯坦个人识别码PINFL " + ch("3456") + digits(13),
        lambda: "吉尔吉斯斯坦ПИН " + ch("12") + digits(13),
        lambda: "蒙古国注册号 " + ch(["УБ", "ЧЕ", "ДА", "ОЮ", "ХА", "БЮ"]) + digits(8),
        lambda: "регистрийн дугаар " + ch(["УЕ", "ТА", "ЗЮ"]) + digits(8),
        lambda: "SSN " + f"{R.randint(101, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
        lambda: "泰国身份证号 " + f"{R.randint(1, 8)}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}",
        lambda: "NIK " + ch(["3174", "3273", "3578", "5171"]) + digits(12),
        lambda: "越南公民身份证（CCCD）" + "0" + digits(11),
        lambda: "T.C. Kimlik No " + digits(11, True),
        lambda: "埃及国民身份证号 " + ch("23") + digits(13),
        lambda: "NIN " + digits(11, True),
    ][r]()
    if p(0.15):
        hard()
        s = re.sub(r"\d+", lambda m: " ".join(m.group(0)) if len(m.group(0)) > 7 else m.group(0), s, count=1)
    return s


RID_AREAS = ["110105", "110108", "310104", "310115", "330106", "330102", "440104", "650102",
             "650103", "230103", "530102", "150102", "510107", "620102", "610113", "370202",
             "420106", "652201", "654002", "152502"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def g_rid():
    y, m, d = rand_ymd(1933, 2021)
    body = ch(RID_AREAS) + f"{y}{m:02d}{d:02d}" + digits(3)
    chk = "10X98765432"[sum(int(a) * w for a, w in zip(body, RID_W)) % 11]
    if p(0.12):
        chk = ch([c for c in "0123456789X" if c != chk])
    s = body + chk
    r = R.random()
    if r < 0.7:
        return s
    hard()
    return ch([group(s, [6, 8, 4]), group(s, [6, 8, 4], "-"), s.lower(), fullwidth(s),
               group(s, [3, 3, 4, 4, 4]), s[:6] + " " + s[6:]])


def g_mrn():
    r = R.randint(0, 9)
    s = [
        lambda: digits(R.randint(7, 10), True),
        lambda: "ZY" + digits(8),
        lambda: "MZ" + digits(9),
        lambda: "00" + digits(6),
        lambda: "H" + digits(7),
        lambda: f"{R.randint(2015, 2025)}{digits(6)}",
        lambda: "IP-" + digits(7),
        lambda: "GJ" + digits(6),
        lambda: digits(3, True) + "-" + digits(4) + "-" + digits(2),
        lambda: "P" + digits(9),
    ][r]()
    if p(0.15):
        hard()
        s = ch([" ".join(s), fullwidth(s), group(s, [3, 3, 4]), s.lower()])
    return s


def g_hpn():
    r = R.randint(0, 11)
    return [
        lambda: "医保卡号 " + digits(R.randint(9, 12), True),
        lambda: "医保个人编号" + ch(["11", "33", "65", "31"]) + digits(12),
        lambda: "社保卡号：" + ch(["A", "B", "C"]) + digits(8),
        lambda: "保单号 P" + digits(15),
        lambda: "保险会员号 " + ch(["CIG", "ALZ", "BUPA", "AXA", "MSH"]) + "-" + digits(8),
        lambda: "Member ID: " + alnum(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7),
        lambda: "policy no. " + ch(["BUPA", "AXA", "GBG"]) + "-" + digits(4) + "-" + digits(4),
        lambda: "полис ОМС " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4),
        lambda: "新农合证号" + digits(14),
        lambda: "商业保险卡号 " + group(digits(16, True), [4, 4, 4, 4]),
        lambda: "国际医疗保险卡号 " + alnum(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(9),
        lambda: "保险单号：" + ch(["PICC", "CPIC", "PAIC"]) + digits(12),
    ][r]()


def _luhn_complete(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def g_acct():
    r = R.randint(0, 9)
    s = [
        lambda: group(_luhn_complete("622202" + digits(12)), [4, 4, 4, 4, 3]),
        lambda: _luhn_complete("621700" + digits(12)),
        lambda: group(_luhn_complete("621483" + digits(9)), [4, 4, 4, 4]),
        lambda: "KZ" + digits(2) + digits(3) + "KZT" + digits(10),
        lambda: "KZ" + digits(2) + " " + digits(3) + alnum(1, "ABCDEFGH") + " " + digits(4) + " " + digits(4) + " " + digits(4),
        lambda: "40817810" + digits(12),
        lambda: group(_luhn_complete("427638" + digits(9)), [4, 4, 4, 4]),
        lambda: group(_luhn_complete("440043" + digits(9)), [4, 4, 4, 4]),
        lambda: "AE" + digits(2) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(3),
        lambda: "DE" + digits(2) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2),
    ][r]()
    if p(0.15):
        hard()
        s = ch([s.replace(" ", ""), fullwidth(s), s.replace(" ", "-"), cn_digits(s.replace(" ", ""), zero="零")])
    return s


def g_iban():
    s = ch([lambda: "KZ" + digits(2) + digits(3) + "KZT" + digits(10),
            lambda: "KZ" + digits(2) + " " + digits(3) + alnum(1, "ABCDEFGH") + " " + digits(4) + " " + digits(4) + " " + digits(4),
            lambda: "AE" + digits(2) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(3),
            lambda: "DE" + digits(2) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2),
            lambda: "UZ" + digits(2) + alnum(4, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(16)])()
    if p(0.15):
        hard()
        s = ch([s.replace(" ", ""), s.lower(), fullwidth(s)])
    return s


def g_lic(lo=0, hi=7):
    r = R.randint(lo, hi)
    s = [
        lambda: "1" + ch(["10", "31", "33", "44", "65"]) + digits(12),
        lambda: ch(["1", "2"]) + digits(14),
        lambda: "20" + ch(["18", "19", "20", "21", "22"]) + digits(8),
        lambda: digits(15, True),
        lambda: "GMC " + digits(7, True),
        lambda: "NPI " + digits(10, True),
        lambda: "№ KZ" + digits(2) + "VEG" + digits(8),
        lambda: "Лицензия № " + digits(2) + "-" + digits(2) + "-" + digits(6),
    ][r]()
    if p(0.15):
        hard()
        s = ch([" ".join(s), group(s, [5, 5, 5]), fullwidth(s)])
    return s


CN_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
RU_L = "АВЕКМНОРСТУХ"
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def g_veh():
    r = R.randint(0, 6)
    s = [
        lambda: ch(CN_PROV) + ch("ABCDEFGH") + "·" + alnum(5, PLATE_AL),
        lambda: ch(CN_PROV) + ch("ABCDEFGH") + alnum(5, PLATE_AL),
        lambda: ch(CN_PROV) + ch("ABCDEFGH") + " " + ch("DF") + digits(5),
        lambda: ch(CN_PROV) + ch("ABC") + "-" + alnum(5, PLATE_AL),
        lambda: digits(3) + " " + alnum(3, "ABCDEFGHKLMNOPRSTUVXYZ") + " " + ch(["01", "02", "05", "13", "17"]),
        lambda: ch(RU_L) + digits(3) + ch(RU_L) + ch(RU_L) + " " + ch(["77", "97", "177", "54", "78"]),
        lambda: digits(4) + " " + ch(["УБА", "УБВ", "УНГ", "ДАА"]),
    ][r]()
    if p(0.15):
        hard()
        s = ch([s.lower(), s.replace("·", " "), fullwidth(s), " ".join(s.replace(" ", ""))])
    return s


def g_vin():
    s = ch(["LSV", "LFV", "LGW", "LVS", "WVW", "JTD", "KMH", "XTA", "Z94", "LHG", "LSG", "LBV", "WDD", "XW8"]) + alnum(14, VIN_AL)
    if p(0.15):
        hard()
        s = ch([s.lower(), group(s, [3, 6, 8]), fullwidth(s)])
    return s


DISICD = ["肝细胞癌（ICD-10 C22.0）", "肺腺癌（C34.1）", "2型糖尿病（E11.9）", "急性心肌梗死（I21.4）",
          "乳腺癌（ICD-10 C50.9）", "慢性肾脏病5期（N18.5）", "帕金森病（G20）", "胃癌（C16.9）",
          "脑梗死（I63.9）", "急性淋巴细胞白血病（C91.0）", "克罗恩病（K50.9）", "多发性硬化（G35）",
          "前列腺癌（C61）", "室间隔缺损（Q21.1）", "再生障碍性贫血（D61.9）", "系统性红斑狼疮（M32.1）",
          "慢性乙型肝炎（B18.1）", "乙状结肠癌（C18.7）", "肝硬化（K74.6）"]


def _imei():
    return _luhn_complete(ch(["35", "86", "35", "49"]) + digits(12))


DEV_FORMS = {
    "pm": [lambda: ch(["PJN", "RNJ", "SPH", "KDK", "PZT"]) + digits(6) + ch(["S", "H", "G", ""]),
           lambda: "SN " + digits(10, True), lambda: "S/N: " + ch(["PJN", "RNJ"]) + digits(6) + "H",
           lambda: digits(4) + ch("ABCDEF") + digits(5)],
    "pump": [lambda: "NG" + digits(7) + "H", lambda: "SN:" + ch(["MMT", "ABT"]) + "-" + digits(8),
             lambda: "PMP" + digits(8)],
    "ci": [lambda: "CI-" + digits(7), lambda: digits(7, True), lambda: "S/N " + digits(8, True)],
    "cgm": [lambda: alnum(10), lambda: "(21)" + alnum(10, "0123456789ABCDEFGHJK"), lambda: "SN:DXC-" + digits(8)],
    "any": [lambda: "SN " + digits(10, True), lambda: "S/N: " + digits(4) + ch("ABCDEF") + digits(5),
            lambda: "(21)" + alnum(10, "0123456789ABCDEFGHJK"), lambda: alnum(12), lambda: "SN:" + ch(["RSM", "PHL", "YUW"]) + digits(9)],
}


def g_dev(kind="any"):
    s = ch(DEV_FORMS[kind])()
    if p(0.15):
        hard()
        s = ch([s.lower(), fullwidth(s), s.replace(" ", "").replace(":", ""), " ".join(s.replace(" ", ""))])
    return s


def g_visa():
    return ch([alnum(1, "ACDEFGMQ") + digits(7), digits(8, True), "AK" + digits(7), "№ " + digits(9, True)])


def g_ticket():
    return ch([ch(["784", "999", "781", "555", "880"]) + "-" + digits(10), ch(["784", "999", "781"]) + digits(10),
               "PNR " + alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
               "E" + digits(9)])


def g_case():
    y = R.randint(2018, 2025)
    return ch([f"（{y}）{ch(['京', '浙', '新', '沪', '粤'])}0{R.randint(101, 199)}民初{R.randint(100, 29999)}号",
               f"({y})浙01民终{R.randint(100, 9999)}号", f"No. {R.randint(2, 9)}-{R.randint(1000, 99999)}/{y}",
               f"дело № 2-{R.randint(100, 9999)}/{y}"])


def g_emp():
    return ch([digits(5, True), "E" + digits(6), digits(8, True), "HZ" + digits(5)])


def g_stu():
    return ch([f"{R.randint(2016, 2024)}{digits(6)}", "S" + digits(8), f"{R.randint(19, 24)}{digits(7)}"])


def g_courier():
    return ch(["SF" + digits(12, True), "YT" + digits(13, True), "JD" + digits(13, True),
               "E" + ch("ABCLMR") + digits(9) + "CN", "RU" + digits(9) + "KZ", "ZTO " + digits(12, True),
               "75" + digits(12)])


def g_appt():
    return ch([digits(8, True), "YY" + digits(8), ch("ABCDGH") + digits(6), group(digits(8, True), [4, 4]), "APT-" + digits(6)])


def g_claim():
    return ch(["CLM-" + digits(4) + "-" + digits(6), "LP" + digits(12), "理赔-" + digits(9), "CL" + digits(10)])


def g_order():
    return ch([digits(16, True), digits(19, True), "DD" + digits(14)])


def g_invite():
    return ch(["HZIM-" + digits(4) + "-" + digits(4), "INV" + digits(7), "邀字第" + digits(5, True) + "号"])


def g_other_hard(gen):
    def f():
        s = gen()
        if p(0.15):
            hard()
            s = ch([" ".join(s), fullwidth(s), s.lower()])
        return s
    return f


# ---------------------------------------------------------------------------
# clean (non-identifying) generators
# ---------------------------------------------------------------------------
def c_dose():
    t = [
        lambda: f"{ch(['阿托伐他汀', '氨氯地平', '二甲双胍', '阿司匹林', '奥希替尼', '伊马替尼', '他克莫司', '泼尼松'])}{ch(['20 mg', '5 mg', '0.5 g', '100 mg', '80mg', '400 mg', '1 mg', '10mg'])}{ch(['每日一次', '每日两次', ' qd', ' bid', ' tid', '，睡前服用', '，饭后服'])}",
        lambda: f"每次{ch(['1', '2', '半', '两'])}片，每日{ch(['1', '2', '3', '三'])}次",
        lambda: f"胰岛素{R.randint(4, 30)}单位皮下注射",
        lambda: f"{R.randint(1, 5)}mg/kg",
        lambda: f"静滴生理盐水{ch(['250', '500', '100'])} ml",
        lambda: f"甲氨蝶呤每周{ch(['7.5', '10', '15'])} mg",
        lambda: f"维生素D {ch(['800', '1000', '2000'])} IU/日",
        lambda: f"{ch(['帕博利珠单抗', '曲妥珠单抗', '利妥昔单抗'])}{ch(['200 mg', '每三周一次', '375 mg/m²'])}",
        lambda: f"{ch(['放疗', '立体定向放疗'])}{ch(['60 Gy/30次', '50 Gy/25f', '40 Gy分5次'])}",
    ]
    s = ch(t)()
    if p(0.12):
        hard()
        s = fullwidth(s)
    return s


def c_lab():
    t = [
        lambda: f"血红蛋白{R.randint(62, 165)} g/L",
        lambda: f"白细胞{R.randint(1, 25)}.{R.randint(0, 9)}×10⁹/L",
        lambda: f"血小板{R.randint(12, 420)}×10^9/L",
        lambda: f"HbA1c {R.randint(5, 12)}.{R.randint(0, 9)}%",
        lambda: f"肌酐{R.randint(45, 780)} μmol/L",
        lambda: f"ALT {R.randint(8, 900)} U/L",
        lambda: f"CEA {R.randint(1, 300)}.{R.randint(0, 9)} ng/mL",
        lambda: f"血压{R.randint(95, 210)}/{R.randint(55, 125)} mmHg",
        lambda: f"心率{R.randint(48, 160)}次/分",
        lambda: f"血氧饱和度{R.randint(78, 99)}%",
        lambda: f"体温{R.randint(36, 40)}.{R.randint(0, 9)}℃",
        lambda: f"PSA {R.randint(0, 90)}.{R.randint(0, 99):02d} ng/ml",
        lambda: f"eGFR {R.randint(8, 110)} ml/min",
        lambda: f"射血分数{R.randint(18, 68)}%",
        lambda: f"空腹血糖{R.randint(4, 19)}.{R.randint(0, 9)} mmol/L",
        lambda: f"AFP {R.randint(2, 9000)} ng/mL",
        lambda: f"HBV-DNA {R.randint(1, 9)}.{R.randint(1, 9)}×10^{R.randint(3, 8)} IU/mL",
        lambda: f"肿瘤直径约{R.randint(1, 12)}.{R.randint(0, 9)} cm",
        lambda: f"体重{R.randint(9, 120)} kg",
    ]
    s = ch(t)()
    if p(0.1):
        hard()
        s = fullwidth(s)
    return s


def c_price():
    r = R.randint(0, 9)
    s = [
        lambda: f"{R.randint(3, 99) * 1000}元",
        lambda: f"¥{R.randint(1, 300):,}{ch([',000', ',500', '00'])}",
        lambda: f"约{R.randint(2, 80)}万元",
        lambda: f"{R.randint(2, 60)}万人民币",
        lambda: f"${R.randint(2, 90)},{ch(['000', '500'])}",
        lambda: f"{R.randint(3, 40) * 500}美元",
        lambda: f"{R.randint(2, 30)} млн тенге",
        lambda: f"{R.randint(100, 900)}万坚戈",
        lambda: f"{R.randint(2, 20)}0万卢布",
        lambda: f"{R.randint(2, 50)}00万图格里克",
    ][r]()
    return s


def c_trial():
    r = R.randint(0, 7)
    s = [
        lambda: "NCT0" + str(R.randint(1000000, 6999999)),
        lambda: "NCT" + str(R.randint(3000000, 6999999)).zfill(8),
        lambda: f"ChiCTR{R.randint(19, 24)}000{digits(5)}",
        lambda: f"ChiCTR-{ch(['IOR', 'OPC', 'TRC', 'INR'])}-{R.randint(14, 17)}{digits(6)}",
        lambda: "ISRCTN" + digits(8),
        lambda: f"EudraCT {R.randint(2008, 2022)}-{digits(6)}-{digits(2)}",
        lambda: f"EudraCT号{R.randint(2010, 2021)}-00{digits(4)}-{digits(2)}",
        lambda: "CTR" + str(R.randint(2018, 2024)) + digits(4),
    ][r]()
    if p(0.15):
        hard()
        s = ch([s.replace("NCT", "NCT "), s.lower(), fullwidth(s)])
    return s


ICD = ["C34.1", "E11.9", "I21.4", "J18.9", "K74.6", "C50.9", "N18.5", "G20", "C22.0", "I63.9",
       "M05.9", "C16.9", "Q21.1", "D61.9", "C91.0", "E10.9", "K50.9", "G35", "I25.1", "C61",
       "ICD-11 2C25", "ICD-11 5A11", "B18.1", "C18.7", "Q90.9", "M32.1"]
ATC = ["L01EB04", "A10BA02", "C10AA05", "B01AC06", "L01FF02", "J05AH02", "L04AD02", "L01EA01",
       "C09CA01", "N04BA02", "H03AA01", "L01XC03", "A10AE04", "J05AP01"]
GENES = ["EGFR L858R", "EGFR 19外显子缺失", "ALK融合", "KRAS G12C", "BRAF V600E", "BRCA1 c.5266dupC",
         "BRCA2胚系突变", "JAK2 V617F", "CFTR F508del", "SMN1第7外显子纯合缺失", "HER2扩增",
         "TP53 R273H", "FLT3-ITD", "BCR-ABL1 (p210)", "HLA-B*58:01", "MTHFR C677T",
         "c.1799T>A (p.V600E)", "ROS1融合", "IDH1 R132H", "NPM1突变", "APOE ε4", "HBB c.-78A>G",
         "PIK3CA H1047R", "MET 14外显子跳跃"]


def c_icd():
    return ch(ICD)


def c_atc():
    return ch(ATC)


def c_gene():
    return ch(GENES)


def c_my():
    y, m = R.randint(2008, 2025), R.randint(1, 12)
    r = R.random()
    if r < 0.75:
        return ch([f"{y}年{m}月", f"{y}年{m}月份", f"{y}年{ch(['初', '底', '年中', '上半年', '下半年'])}",
                   f"去年{m}月", f"今年{m}月", f"{MON_EN[m - 1]} {y}", f"{y}.{m:02d}", f"{y}年{m:02d}月"])
    hard()
    return ch([cn_digits(str(y)) + "年" + cn_small(m) + "月", fullwidth(f"{y}年{m}月"), f"{y} 年 {m} 月", f"{m}/{y}"])


def c_year():
    y = R.randint(1998, 2025)
    return ch([f"{y}年", f"{y}年", f"{y}", "去年", "今年", "前年", f"{cn_digits(str(y))}年"])


def c_season():
    return ch(["去年冬天", "今年夏天", "今年春天", "去年秋天", f"{R.randint(2016, 2025)}年春季", f"{R.randint(2016, 2025)}年冬季",
               "开春", "入冬以后", "那年夏天", "深秋", "寒冬腊月", "初夏", "暑假期间", "春节前后", "雨季"])


def c_age():
    n = R.randint(1, 89)
    r = R.random()
    if r < 0.55:
        return ch([f"{n}岁", f"{n}周岁", f"{n} 岁"])
    if r < 0.8:
        return cn_small(n) + "岁"
    return ch(["89岁", "八十九岁", "88岁", "八十多岁", "七十多岁", "五十出头", "三十来岁", "年近八十",
               f"{R.randint(2, 11)}个月大", f"{R.randint(2, 28)}天大", "年过七旬", "六十多岁"])


def c_agep():
    return ch(["八旬老人", "年近八十的老人", "七旬老人", "六十多岁的老人", "年过七旬的老人", "八十出头的老奶奶",
               f"{R.randint(60, 89)}岁的老人", "一位退休老教师", f"{cn_small(R.randint(60, 89))}岁的老爷爷", "八十多岁的老兵"])


def c_decade():
    return ch(["80后", "90后", "00后", "70后", "60后", "95后", "85后"])


def c_alias():
    return ch(["A女士", "B先生", "患者K", "患者A", "张某", "李某某", "王某", "C女士", "患儿小A", "Patient K",
               "Ms. A", "Mr. B", "M先生", "患者甲", "患者X", "D女士", "刘某", "陈某某", "病例3", "3号患者"])


def c_rel():
    return ch(["她的丈夫", "患者的女儿", "老人的孙子", "他的母亲", "孩子的父亲", "一位哥哥", "患者的妻子",
               "她的姐姐", "老人的儿媳", "患儿的奶奶", "他的舅舅", "孩子的妈妈", "患者的表弟", "他的老伴"])


INST = ["浙江大学医学院附属邵逸夫医院", "吉林大学白求恩第一医院", "白求恩国际和平医院", "中山大学孙逸仙纪念医院",
        "中山大学附属第一医院", "复旦大学附属中山医院", "谢切诺夫大学", "巴库列夫心血管外科中心",
        "约翰斯·霍普金斯医院", "梅奥诊所", "Syzganov国家外科科学中心", "皮罗戈夫国立医学研究大学",
        "宋庆龄儿童医学中心", "北京协和医院", "四川大学华西医院",
        "哈萨克斯坦国家肿瘤中心", "乌兰巴托第一医院", "新疆医科大学第一附属医院", "梅契尼科夫研究所",
        "巴甫洛夫医科大学", "张仲景国医国药学院"]
EPON = ["帕金森病", "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "川崎病", "唐氏综合征", "霍奇金淋巴瘤",
        "吉兰-巴雷综合征", "库欣综合征", "马凡综合征", "格雷夫斯病", "白塞病", "威尔逊病", "法洛四联症",
        "亨廷顿病", "雷诺综合征", "艾迪生病", "特纳综合征", "布加综合征", "尤文肉瘤", "Wilms瘤", "Graves病"]
SCORE = ["格拉斯哥昏迷评分", "Child-Pugh分级", "MELD评分", "Barthel指数", "NIHSS评分",
         "Karnofsky评分", "ECOG评分", "Gleason评分", "Charlson合并症指数", "Glasgow评分", "Wells评分"]
DRUG = ["格列卫", "赫赛汀", "泰瑞沙", "可瑞达", "欧狄沃", "立普妥", "波立维", "拜新同", "诺和锐", "来得时",
        "达菲", "阿司匹林", "二甲双胍", "甲氨蝶呤", "他克莫司", "利妥昔单抗", "索拉非尼", "恩替卡韦",
        "索磷布韦", "司美格鲁肽", "Keytruda", "Herceptin", "Tagrisso", "Glivec", "Ozempic", "Concor"]
HERB = ["黄芪", "当归", "党参", "枸杞", "三七", "丹参", "人参", "金银花", "板蓝根", "连翘", "茯苓",
        "甘草", "白术", "川芎", "陈皮", "灵芝", "冬虫夏草", "何首乌", "半夏", "黄连"]
PUB = ["120", "110", "119", "120急救电话", "12320卫生热线", "12345市民热线", "122"]
PUBF = ["哈萨克斯坦，急救电话是103", "俄罗斯，统一紧急号码是112", "蒙古国，急救电话是103", "阿联酋，急救电话是998",
        "美国，急救电话是911", "英国，急救电话是999", "吉尔吉斯斯坦，急救电话是103", "欧盟国家，紧急号码是112"]
CITY = ["阿拉木图", "阿斯塔纳", "奇姆肯特", "卡拉干达", "阿克托别", "莫斯科", "新西伯利亚", "伊尔库茨克",
        "乌兰巴托", "额尔登特", "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "迪拜", "利雅得", "河内", "曼谷",
        "雅加达", "拉各斯", "内罗毕", "开罗", "柏林", "乌鲁木齐", "哈尔滨", "昆明", "广州", "西安", "喀什",
        "伊宁", "呼和浩特", "满洲里", "Almaty", "Astana", "Bishkek", "Ulaanbaatar", "Новосибирск", "Алматы"]
COUNTRY = ["哈萨克斯坦", "俄罗斯", "蒙古国", "吉尔吉斯斯坦", "乌兹别克斯坦", "塔吉克斯坦", "阿联酋",
           "沙特阿拉伯", "越南", "泰国", "印度尼西亚", "尼日利亚", "肯尼亚", "埃及", "德国", "意大利", "波兰"]
DEPT = ["国际医疗部", "心内科", "肝胆胰外科", "肿瘤内科", "血液科", "神经外科", "儿科", "骨科", "中医科",
        "康复医学科", "妇产科", "眼科", "泌尿外科", "胸外科", "重症监护室", "放疗科", "移植中心", "消化内科"]
DIS = ["肝癌", "肺腺癌", "急性白血病", "冠心病", "先天性心脏病", "乳腺癌", "胃癌", "脑胶质瘤", "尿毒症",
       "肝硬化", "脊柱侧弯", "白内障", "2型糖尿病", "系统性红斑狼疮", "再生障碍性贫血", "鼻咽癌",
       "股骨头坏死", "结肠癌", "甲状腺癌", "慢性乙肝", "腰椎间盘突出", "前列腺癌", "淋巴瘤", "脑卒中"]
PROC = ["肝移植", "冠脉搭桥手术", "达芬奇机器人手术", "腹腔镜胃癌根治术", "CAR-T治疗", "骨髓移植",
        "经导管主动脉瓣置换术", "人工髋关节置换术", "胸腔镜肺叶切除术", "质子放疗", "白内障超声乳化手术",
        "脊柱矫形手术", "肾移植", "介入栓塞治疗", "针灸和推拿", "射频消融术", "全身PET-CT检查"]
FLOOR = ["门诊楼3楼", "住院部B座12层", "5号电梯", "国际医疗部7楼", "门诊大厅1号窗口", "2号门", "地下二层停车场",
         "医技楼4层", "3号楼东侧电梯", "住院部18楼", "急诊楼一层", "行政楼9层"]
BUS = ["地铁2号线", "308路公交", "K12路", "机场大巴3线", "地铁1号线", "游5路", "51路公交车", "BRT 1号线"]
DUR = ["三个月", "两周", "半年", "40天", "一年多", "十几天", "六个疗程", "整整一个月", "五个星期", "8个月"]
JOB = ["工程师", "教师", "出租车司机", "牧民", "会计", "商人", "医生", "大学生", "厨师", "退休工人", "翻译"]


def c_count():
    return ch([f"{R.randint(12, 99)}例", f"{R.randint(100, 3000)}多名", f"近{R.randint(2, 9)}00位",
               "上千名", f"{R.randint(1, 9)}000余例"])


# ---------------------------------------------------------------------------
# slot table: placeholder -> (generator, kinds)
# ---------------------------------------------------------------------------
PN = "person_name"
FILL = {
    # person names
    "N": (n_full, PN), "NG": (n_given, PN), "NW": (n_word, PN), "NWF": (n_wfull, PN),
    "ND": (n_doc, PN), "NS": (n_soc, PN), "NK": (n_nick, PN), "NF": (n_for, PN),
    "NL": (n_lat, PN), "NLL": (n_latl, PN), "NC": (n_cyr, PN), "NP": (n_pin, PN), "NA": (n_any, PN),
    # identifiers
    "D": (g_date, "exact_date"),
    "DOB": (g_dob, "date_of_birth"), "DOBKID": (lambda: g_dob(2012, 2025), "date_of_birth"),
    "DOBOLD": (lambda: g_dob(1930, 1960), "date_of_birth"), "DOBYOUNG": (lambda: g_dob(1995, 2022), "date_of_birth"), "BDAY": (g_bday, "date_of_birth"),
    "A90": (g_age90, "age_over_89"), "A90P": (g_age90p, "age_over_89"), "A90E": (g_age90en, "age_over_89"),
    "PH": (g_phone, "phone_number"), "PHCN": (g_phone_cn, "phone_number"),
    "PHI": (g_phone_intl, "phone_number"), "PHL": (g_phone_land, "phone_number"),
    "EM": (g_email, "email"), "URL": (g_url, "web_address"),
    "URLF": (lambda: g_url(0, 5), "web_address"), "URLB": (lambda: g_url(6, 13), "web_address"),
    "IP": (g_ip, "ip_address"), "IP6": (g_ipv6, "ip_address"),
    "WX": (g_wx, "social_account"), "QQ": (g_qq, "social_account"), "TG": (g_tg, "social_account"),
    "IG": (g_ig, "social_account"), "VK": (g_vk, "social_account"), "WB": (g_wb, "social_account"),
    "DY": (g_dy, "social_account"), "XHS": (g_xhs, "social_account"), "TW": (g_tw, "social_account"),
    "ADDR": (g_addr, "street_address"), "ADDRPC": (g_addr_pc, "street_address,postal_code"),
    "PC": (g_pc, "postal_code"), "PCCITY": (g_pc_city, "postal_code"), "PASSNAT": (g_pass_nat, "passport_number"),
    "DEVPM": (lambda: g_dev("pm"), "device_identifier"), "DEVPUMP": (lambda: g_dev("pump"), "device_identifier"),
    "DEVCI": (lambda: g_dev("ci"), "device_identifier"), "DEVCGM": (lambda: g_dev("cgm"), "device_identifier"), "GEO": (g_geo, "geolocation"),
    "PASS": (g_pass, "passport_number"), "NID": (g_nid, "national_id"), "RID": (g_rid, "resident_id"),
    "MRN": (g_mrn, "medical_record_number"), "HPN": (g_hpn, "health_plan_number"),
    "ACCT": (g_acct, "account_number"), "IBAN": (g_iban, "account_number"), "LIC": (g_lic, "licence_number"),
    "LICCN": (lambda: g_lic(0, 3), "licence_number"), "LICF": (lambda: g_lic(4, 7), "licence_number"),
    "VEH": (g_veh, "vehicle_identifier"), "VIN": (g_vin, "vehicle_identifier"),
    "DISICD": (lambda: ch(DISICD), None), "DEV": (g_dev, "device_identifier"),
    "IMEI": (lambda: ch([_imei(), group(_imei(), [2, 6, 6, 1]), group(_imei(), [3, 3, 3, 3, 3])]), "device_identifier"),
    "VISA": (g_other_hard(g_visa), "other_number"), "TKT": (g_other_hard(g_ticket), "other_number"),
    "CASE": (g_case, "other_number"), "EMP": (g_other_hard(g_emp), "other_number"),
    "STU": (g_other_hard(g_stu), "other_number"), "EXP": (g_other_hard(g_courier), "other_number"),
    "APPT": (g_other_hard(g_appt), "other_number"), "CLAIM": (g_other_hard(g_claim), "other_number"),
    "ORDER": (g_order, "other_number"), "INVT": (g_invite, "other_number"),
    # clean
    "DOSE": (c_dose, None), "LAB": (c_lab, None), "PRICE": (c_price, None), "TRIAL": (c_trial, None),
    "ICD": (c_icd, None), "ATC": (c_atc, None), "GENE": (c_gene, None), "MY": (c_my, None),
    "YEAR": (c_year, None), "SEASON": (c_season, None), "AGE": (c_age, None), "AGEP": (c_agep, None),
    "DEC": (c_decade, None), "DECD": (lambda: ch(["上世纪八十年代", "九十年代", "2000年代初", "七十年代末", "上世纪90年代", "八十年代中期"]), None),
    "AGEC": (lambda: ch([f"{R.randint(1, 14)}岁", cn_small(R.randint(1, 14)) + "岁", f"{R.randint(2, 11)}个月大", "才一岁半", f"{R.randint(3, 12)} 岁"]), None),
    "AGEO": (lambda: ch([f"{R.randint(45, 89)}岁", cn_small(R.randint(45, 89)) + "岁", "七十多岁", "八十出头", "八十九岁", "快八十岁", f"{R.randint(50, 88)}周岁"]), None), "ALIAS": (c_alias, None), "REL": (c_rel, None), "INST": (lambda: ch(INST), None),
    "EPON": (lambda: ch(EPON), None), "SCORE": (lambda: ch(SCORE), None), "DRUG": (lambda: ch(DRUG), None),
    "HERB": (lambda: ch(HERB), None), "PUB": (lambda: ch(PUB), None), "PUBE": (lambda: ch(["120", "120急救电话", "120或110"]), None), "PUBF": (lambda: ch(PUBF), None), "CITY": (lambda: ch(CITY), None),
    "COUNTRY": (lambda: ch(COUNTRY), None), "DEPT": (lambda: ch(DEPT), None), "DIS": (lambda: ch(DIS), None),
    "PROC": (lambda: ch(PROC), None), "FLOOR": (lambda: ch(FLOOR), None), "BUS": (lambda: ch(BUS), None),
    "DUR": (lambda: ch(DUR), None), "JOB": (lambda: ch(JOB), None), "COUNT": (c_count, None),
    "REL0": (lambda: ch(["丈夫", "妻子", "女儿", "儿子", "母亲", "父亲", "姐姐", "哥哥", "孙子", "外孙女", "儿媳"]), None),
    "REL1O": (lambda: ch(["我爸", "我妈", "我外婆", "我爷爷", "我奶奶", "我姥爷", "我母亲", "我父亲", "我岳父", "我婆婆"]), None),
    "REL1": (lambda: ch(["我爸", "我妈", "我老公", "我爱人", "我女儿", "我儿子", "我外婆", "我爷爷", "我奶奶", "我姥爷", "我母亲", "我父亲"]), None),
    "n": (lambda: str(R.randint(2, 14)), None), "nn": (lambda: ch(["两", "三", "四", "五", "六", "七", "八", "十"]), None),
}
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def fill(tpl):
    kinds = []

    def rep(m):
        gen, k = FILL[m.group(1)]
        if k:
            kinds.extend(k.split(","))
        return gen()
    return SLOT_RE.sub(rep, tpl), kinds


TYPOS = [("已经", "以经"), ("咨询", "资询"), ("预约", "予约"), ("麻烦", "麻烦麻烦"), ("谢谢", "谢谢谢"),
         ("医院", "医院院"), ("请问", "请问下"), ("可以", "可已"), ("什么", "什莫"), ("时候", "时侯"),
         ("的", "得"), ("在", "再"), ("账号", "帐号"), ("那里", "哪里"), ("检查", "检察"), ("复查", "覆查"),
         ("想", "相"), ("吗", "嘛")]


def noise(s):
    """informal surface: typos, spacing, punctuation, case"""
    changed = False
    if p(0.45):
        a, b = ch(TYPOS)
        if a in s:
            s = s.replace(a, b, 1)
            changed = True
    if p(0.35):
        s = s.replace("？", ch(["?", "??", "？？", " ?"])).replace("。", ch([" ", "。。", "~", ""]))
        changed = True
    if p(0.25):
        s = s.replace("，", ch([" ", ",", "，，", "  "]))
        changed = True
    if p(0.2):
        s = s + ch(["!!!", "～", " 谢谢", "！！", " thx", " 急", "。。。", " 🙏"])
        changed = True
    if p(0.12):
        s = s.lower()
        changed = True
    if changed:
        hard()
    return s


# ---------------------------------------------------------------------------
# templates with identifiers, grouped by the kind they are meant to exercise
# (labels come from the slots, not from the group)
# ---------------------------------------------------------------------------
T_DATE = [
    ("story", "{D}，{NF}在{REL}的陪同下从{CITY}飞抵乌鲁木齐，当天就办理了入院。"),
    ("story", "{D}上午，{DEPT}为患者实施了{PROC}，手术持续了{n}个小时。"),
    ("story", "患者于{D}转入普通病房，{LAB}。"),
    ("story", "{D}是{ALIAS}永远不会忘记的日子——她终于可以自己呼吸了。"),
    ("story", "{ND}回忆，{D}夜里患者突发高热，全组医生连夜会诊。"),
    ("story", "直到{D}，{ALIAS}才在{CITY}做了第一次胃镜。"),
    ("story", "从{D}开始，{NK}每天都在康复室练习走路。"),
    ("timeline", "{D}　首次就诊，完成{PROC}"),
    ("timeline", "{D}：出院回国"),
    ("timeline", "{D} — 第{n}次化疗结束，{LAB}"),
    ("timeline", "{D}｜{NF}抵达医院"),
    ("timeline", "【{D}】多学科会诊，确定手术方案"),
    ("timeline", "{D}：术后第一次复查，未见复发"),
    ("timeline", "· {D} 转入{DEPT}"),
    ("caption", "{D}，{NF}和{ND}在病房合影。"),
    ("caption", "摄于{D}：出院前的最后一次查房"),
    ("caption", "图为{D}，患者术后第一次露出笑容"),
    ("caption", "（{D}　国际医疗部供图）"),
    ("quote", "“{D}那天，我第一次听到了女儿的声音。”{REL}说。"),
    ("quote", "“我们是{D}到的，那天{CITY}下着大雪。”"),
    ("quote", "“{D}，我永远记得这一天，”{NL}说，“那是我的第二个生日。”"),
    ("letter", "{D}，我的父亲在贵院成功接受了{PROC}。"),
    ("letter", "今天是{D}，距离手术整整一年了，我想再次说声谢谢。"),
    ("letter", "{N}敬上，{D}"),
    ("letter", "写于{D}，{CITY}"),
    ("message", "请问{D}的专家号还有吗"),
    ("message", "我们打算{D}到，能不能安排人接机"),
    ("message", "我预约的是{D}上午，可以改到下午吗？"),
    ("message", "hi 我{D}要来复查 需要空腹吗"),
    ("message", "{D}那天做的CT结果出来了吗"),
    ("message", "签证{D}到期，医院能不能开个延期治疗的证明？"),
    ("message", "我妈{D}做的手术，现在伤口有点红肿，正常吗"),
    ("message", "航班{D}晚上到，住院手续当天能办吗"),
    ("clinician", "{ND}：患者{D}复查时{LAB}，提示疗效良好。"),
    ("clinician", "我们计划在{D}进行第二次疗效评估。"),
    ("clinician", "{ND}介绍，{D}的复查显示肿瘤已缩小一半以上。"),
]

T_DOB = [
    ("story", "患者{N}，女，出生日期{DOB}，因{DIS}入院。"),
    ("message", "姓名：{N}　出生日期：{DOB}"),
    ("message", "DOB: {DOB}，{COUNTRY}籍，想咨询{PROC}"),
    ("story", "宝宝{NK}生于{DOBKID}，出生时就被查出{DIS}。"),
    ("message", "我儿子是{DOBKID}出生的，最近一直咳嗽，能挂{DEPT}吗"),
    ("message", "我的生日是{BDAY}，想在生日前做完手术"),
    ("story", "{NF}出生于{DOB}，是家里的长子。"),
    ("message", "请核对一下：出生日期{DOB}，护照上的也是这个"),
    ("message", "病历上把我妈的出生日期写成了{DOBOLD}，其实不对，麻烦改一下"),
    ("story", "患儿{NG}，{DOBKID}生，{DIS}术后。"),
    ("message", "Дата рождения: {DOB}，请帮我翻译成中文填表"),
    ("story", "小外孙{DOBKID}出生，早产了{n}周。"),
    ("story", "他{DOB}出生在{CITY}附近的一个牧民家庭。"),
    ("message", "born {DOB}, 想咨询{PROC}的价格"),
    ("message", "出生日期 {DOB}　性别 男　国籍 {COUNTRY}"),
    ("caption", "今天是{NG}的生日（{BDAY}），护士们为她准备了蛋糕。"),
    ("story", "出生于{DOB}的{ALIAS}，已经和{DIS}斗争了{DUR}。"),
    ("message", "我老公生日{BDAY}，他说想回家过生日，能提前出院吗"),
    ("message", "出生年月日：{DOB}"),
    ("letter", "我的女儿出生于{DOBYOUNG}，从出生起就患有{DIS}。"),
    ("message", "孩子{DOBKID}生的，体重一直偏轻"),
    ("message", "пациент {NC}, д.р. {DOB}"),
    ("story", "表格显示，患者出生日期为{DOB}，首诊于{MY}。"),
    ("message", "填表时出生日期{DOB}会不会有问题？我护照上是这样写的"),
    ("quote", "“我是{DOBOLD}生的，”老人笑着说，“比这家医院还老。”"),
]

T_AGE90 = [
    ("story", "{A90P}因{DIS}入院，家属一度十分担心。"),
    ("story", "患者{A90}，合并{DIS}，手术风险极高。"),
    ("story", "这位{A90P}术后第{n}天就能下床了。"),
    ("quote", "“我今年{A90}了，没想到还能做手术。”"),
    ("message", "我奶奶{A90}，还能做{PROC}吗"),
    ("story", "{NF}的外婆已经{A90}，仍坚持陪着孙子治疗。"),
    ("message", "年龄 {A90}，{DIS}，想问问有没有保守治疗的办法"),
    ("caption", "图为{A90P}出院时向医护人员竖起大拇指"),
    ("clinician", "{ND}说，{A90}患者的麻醉需要格外谨慎。"),
    ("message", "my grandma is {A90E}, 请问国际部能安排轮椅吗"),
    ("message", "姥爷{A90}，耳朵不太好，来院时需要家属陪同吗"),
    ("story", "院里今年年龄最大的国际患者，是一位来自{CITY}的{A90P}。"),
    ("story", "老人{A90}了，还记得年轻时在{CITY}工作的事。"),
    ("story", "{ALIAS}，{A90}，{DIS}，入院时{LAB}。"),
    ("caption", "{A90P}和她六十多岁的女儿一起来复查"),
    ("clinician", "对于{A90}的患者，我们更看重生活质量而不是根治。"),
    ("letter", "我的祖父{A90}，在贵院度过了难忘的{DUR}。"),
    ("quote", "“妈妈{A90}了，医生还是像对年轻人一样耐心。”{REL}说。"),
    ("message", "the patient is {A90E}，can he fly to China for {PROC}?"),
    ("story", "{NWF}老人{A90}，是村里最年长的人。"),
    ("timeline", "{MY}：{A90}的{ALIAS}顺利完成{PROC}"),
    ("message", "我太姥姥{A90}，吃{DRUG}会不会有副作用"),
    ("story", "在所有接受该手术的患者中，年龄最大的{A90}。"),
]

T_PHONE = [
    ("message", "我的电话是{PH}，请尽快联系我"),
    ("message", "WhatsApp：{PHI}"),
    ("message", "有事可以打我电话{PHCN}（微信同号）"),
    ("message", "Telegram同号 {PHI}"),
    ("message", "联系人：{N}，手机{PHCN}"),
    ("message", "请给我回电 {PH} 谢谢"),
    ("message", "我爸爸的号码{PHI}，他只会说俄语"),
    ("story", "翻译{NS}的电话是{PHCN}，有问题可以找她。"),
    ("message", "whatsapp me: {PHI}"),
    ("message", "手机：{PH}（{N}）"),
    ("message", "电话打不通？{PH} 这是我新号"),
    ("message", "在{CITY}的联系电话：{PHI}"),
    ("message", "急！！{PHCN} 回个电话"),
    ("message", "家属{NF}，电话{PHI}"),
    ("message", "WeChat/WhatsApp: {PHI}"),
    ("message", "您好，可以加我微信吗？就是这个手机号{PHCN}"),
    ("message", "请拨打{PH}与我联系，晚上也可以"),
    ("message", "麻烦{ND}方便时回电：{PHCN}"),
    ("message", "viber {PHI} 或者 imo 都可以"),
    ("message", "座机{PHL}，白天有人接"),
    ("letter", "如有需要，可致电{PH}找我，我愿意和其他病友分享经验。"),
    ("message", "我在{CITY}，手机{PHI}，俄语或英语都行"),
    ("message", "tel：{PH}"),
    ("message", "这是我女儿的手机{PHCN}，她懂中文"),
    ("story", "{NF}留下了{REL}的电话{PHI}，方便医生随访。"),
    ("message", "请{NS}给我打个电话 {PHCN}"),
]

T_EMAIL = [
    ("message", "我的邮箱是{EM}，请把报告发给我"),
    ("message", "email: {EM}"),
    ("message", "报告已经发到{EM}了吗？一直没收到"),
    ("message", "{NL}（{EM}）想咨询{PROC}的费用"),
    ("message", "联系邮箱：{EM}"),
    ("message", "请回复到{EM}，谢谢！"),
    ("message", "我女儿的邮箱{EM}，她会说中文"),
    ("message", "发邮件给{EM}也可以"),
    ("message", "e-mail {EM} / 电话不方便"),
    ("message", "资料我用{EM}发过去了，请查收"),
    ("message", "Пишите на {EM}, пожалуйста"),
    ("message", "光盘寄不了，片子可以发邮件吗？我的邮箱{EM}"),
    ("story", "{NF}在留言中留下了邮箱{EM}。"),
    ("message", "翻译{NG}的邮箱是{EM}，报价请发给她"),
    ("letter", "如果有同样病情的朋友想了解，可以写信到{EM}。"),
    ("message", "mail me at {EM} pls"),
    ("message", "病理切片的报告请用邮件发：{EM}"),
    ("message", "{N} 邮箱 {EM} 电话稍后补充"),
    ("message", "上次写信的邮箱{EM}停用了，请用这个新的"),
]

T_URL = [
    ("message", "我们在{URLF}发起了众筹，希望大家帮帮孩子"),
    ("message", "治疗经过我都写在博客里了：{URLB}"),
    ("message", "众筹链接 {URLF}"),
    ("story", "{NF}的家人在网上开设了筹款页面（{URLF}）。"),
    ("message", "这是我的个人主页 {URLB}，上面有我的病历翻译"),
    ("message", "众筹：{URLF} 求转发"),
    ("message", "请看我的博客{URLB}，里面有我在中国治疗的日记"),
    ("message", "her gofundme: {URLF}"),
    ("story", "筹款页面{URLF}上线不到一周就筹到了{PRICE}。"),
    ("message", "我把每天的康复情况记录在{URLB}"),
    ("message", "链接在这{URL}，麻烦医生看一下我写的病情经过"),
    ("story", "{NL}在博客{URLB}上详细写下了她在中国的求医经历。"),
    ("letter", "我把这段经历写成了文章，发在{URLB}，希望帮到更多人。"),
    ("message", "众筹页面 {URLF} 需要医院的诊断证明，能开吗"),
    ("message", "我的网站{URLB}有联系方式"),
    ("caption", "（本文部分图片来自患者个人博客 {URLB}）"),
]

T_IP = [
    ("message", "网站显示我的IP {IP}被限制访问，怎么办"),
    ("message", "[日志] {IP} 上传了{n}个附件"),
    ("message", "我换了VPN，现在IP是{IP}"),
    ("message", "留言来源：{IP}（{CITY}）"),
    ("message", "请把{IP}加入会诊系统白名单，谢谢"),
    ("message", "留言IP：{IP}"),
    ("message", "提交来源IP {IP}，地区：{CITY}"),
    ("message", "[系统] 来自 {IP} 的留言已转交国际医疗部"),
    ("message", "留言人：{NL}｜IP：{IP}"),
    ("message", "我在酒店打不开你们的网站，IP是{IP}，是被屏蔽了吗"),
    ("message", "登录记录显示IP {IP}"),
    ("message", "后台记录：{IP}，{DEPT}预约咨询"),
    ("message", "IP地址 {IP} 多次提交相同留言"),
    ("message", "访客{IP}询问{PROC}价格"),
    ("message", "from ip {IP}: 请问有俄语翻译吗"),
    ("message", "远程会诊连接失败，我的IP {IP}，是不是端口没开"),
    ("message", "视频会诊用的电脑IP是{IP}，麻烦加白名单"),
    ("message", "【留言】{NF}　{IP}　咨询{DIS}"),
    ("message", "ip={IP}; name={NLL}; msg=能不能寄药"),
    ("message", "同一IP（{IP}）一天内提交了{n}次留言"),
]

T_SOCIAL = [
    ("message", "我的微信号：{WX}，加我时请备注医院"),
    ("message", "加微信{WX}详聊"),
    ("message", "QQ：{QQ}"),
    ("message", "我QQ号是{QQ}，晚上在线"),
    ("message", "Telegram: {TG}"),
    ("message", "可以在Instagram上找我 {IG}"),
    ("message", "我的VK：{VK}"),
    ("story", "她在微博{WB}上记录了整个治疗过程。"),
    ("message", "抖音号：{DY}，我会发孩子康复的视频"),
    ("message", "小红书号{XHS}，很多病友在问这家医院"),
    ("story", "{NF}在Telegram（{TG}）上建了一个病友群。"),
    ("message", "翻译{NS}的微信{WX}"),
    ("message", "wechat id: {WX}"),
    ("message", "twitter {TW}"),
    ("message", "我的主页 {VK} 有我的照片"),
    ("message", "telegram {TG} 或者 whatsapp 都行"),
    ("message", "加我QQ {QQ}，发片子给你们"),
    ("message", "微信搜{WX}就能找到我"),
    ("letter", "欢迎病友通过Instagram {IG} 和我交流。"),
    ("message", "我是{N}，微信{WX}，想问{PROC}"),
    ("message", "insta: {IG}  tg: {TG}"),
    ("message", "请{ND}加一下我的微信{WX}，方便发检查结果"),
    ("message", "QQ {QQ}（{NG}）"),
]

T_ADDR = [
    ("message", "我家住在{ADDR}，能寄药吗"),
    ("message", "邮寄地址：{ADDR}，收件人{N}"),
    ("message", "请把发票寄到{ADDR}"),
    ("story", "{NF}一家现在住在{ADDR}。"),
    ("message", "住址：{ADDR}"),
    ("message", "我们在医院附近租了房子，{ADDR}，走路十分钟"),
    ("message", "收货地址 {ADDR}"),
    ("message", "address: {ADDR}"),
    ("story", "患者家庭住址为{ADDR}。"),
    ("message", "出院后暂住{ADDR}，方便复查"),
    ("message", "药寄到{ADDR} 谢谢！！"),
    ("message", "请寄到我女儿家：{ADDR}"),
    ("letter", "如果路过，欢迎到我家做客：{ADDR}。"),
    ("message", "адрес: {ADDR}"),
    ("story", "出院后，{NG}暂住在亲戚家（{ADDR}）。"),
    ("message", "快递寄{ADDR}，{NS}收"),
    ("message", "现住{ADDR}，离你们医院远吗"),
]

T_ADDRPC = [
    ("message", "收件人{NF}，{ADDRPC}"),
    ("message", "{ADDRPC} — 请把出院小结寄到这里"),
    ("letter", "我的地址：{ADDRPC}，欢迎来信。"),
    ("message", "адрес для выписки: {ADDRPC}"),
    ("message", "邮寄地址：{ADDRPC}"),
    ("message", "请把病历复印件寄到{ADDRPC}"),
    ("message", "{N}，{ADDRPC}"),
    ("message", "我的地址是{ADDRPC}，收件人写我名字就行"),
    ("message", "mailing address: {ADDRPC}"),
    ("message", "发票抬头写个人，寄{ADDRPC}"),
    ("letter", "回信地址：{ADDRPC}"),
    ("message", "收件地址 {ADDRPC}（{NL}）"),
]

T_PC = [
    ("message", "请问寄到{PCCITY}的快递要几天"),
    ("message", "邮编{PC}是哪个区？我地址写不清楚"),
    ("letter", "我们的新家在{PCCITY}，欢迎来信。"),
    ("message", "индекс {PC}, пожалуйста отправьте выписку"),
    ("message", "邮编没记错的话是{PC}"),
    ("message", "{PCCITY}"),
    ("message", "{PCCITY}，寄快递需要填邮编吗"),
    ("message", "postcode {PC}"),
    ("message", "我在{PCCITY}"),
    ("message", "表格里邮编一栏填{PC}对吗"),
    ("message", "Почтовый индекс {PC}"),
    ("message", "寄到{PCCITY}，具体地址稍后发"),
    ("message", "收件城市和邮编：{PCCITY}"),
    ("message", "zip code: {PCCITY}"),
    ("message", "我们那里邮编是{PC}，快递能到吗"),
    ("story", "药品最终寄往{PCCITY}，历时{nn}天送达。"),
]

T_GEO = [
    ("story", "卫星电话传回的坐标是{GEO}，那里离公路还有四十公里。"),
    ("message", "我们住的蒙古包大概在{GEO}"),
    ("message", "导航坐标：{GEO}，司机找不到路"),
    ("caption", "{NF}家的牧场（{GEO}）"),
    ("message", "请按这个位置派车：{GEO}"),
    ("story", "急救中心根据手机定位{GEO}找到了晕倒的{NF}。"),
    ("message", "我们的位置：{GEO}，救护车能来吗"),
    ("message", "GPS坐标{GEO}，就在牧场附近"),
    ("message", "发个定位给你们 {GEO}"),
    ("story", "事故地点坐标为{GEO}。"),
    ("story", "{NF}家所在的牧场坐标是{GEO}，离最近的医院有两百公里。"),
    ("message", "定位：{GEO}"),
    ("story", "直升机按坐标{GEO}接到了患者。"),
    ("message", "我现在在{GEO}附近的加油站"),
    ("message", "location {GEO}"),
    ("message", "酒店的坐标{GEO}，请安排车接"),
    ("story", "救援队最后一次收到的位置信息是{GEO}。"),
    ("message", "手机定位显示{GEO}，这里离你们医院多远"),
    ("caption", "拍摄地点：{GEO}，{NF}的家乡"),
    ("message", "坐标 {GEO}，{NS}家就在这里"),
]

T_PASS = [
    ("message", "我的新护照号{PASS}，请更新邀请函"),
    ("story", "{NF}持护照{PASS}入境，签证有效期{DUR}。"),
    ("message", "儿子的护照号码是{PASS}，他{AGEC}"),
    ("message", "护照号码：{PASS}（{NC}）"),
    ("message", "{PASSNAT}，想办治疗签证"),
    ("message", "paspor {PASS}, mohon dibantu 预约"),
    ("message", "护照号：{PASS}"),
    ("message", "我的护照号码是{PASS}，办邀请函需要吗"),
    ("message", "{NF}，护照号{PASS}"),
    ("message", "passport no. {PASS}"),
    ("story", "患者{PASSNAT}，已完成入院登记。"),
    ("message", "护照{PASS}（{NL}）"),
    ("message", "请核对邀请函上的护照号：{PASS}"),
    ("message", "номер паспорта {PASS}"),
    ("message", "陪同家属{N}，护照号码{PASS}"),
    ("message", "旧护照{PASS}过期了，新的还没办下来，能先用旧的预约吗"),
    ("message", "住宿登记用的护照号{PASS}"),
    ("message", "passport {PASS}, expiry {MY}"),
    ("message", "邀请函上护照号写错了，正确的是{PASS}"),
    ("message", "我和妈妈的护照：{PASS}、{PASS}"),
]

T_NID = [
    ("message", "我没有护照，只有{NID}，能预约吗"),
    ("story", "{NF}的{NID}在系统中登记有误，后经翻译核实更正。"),
    ("message", "办理远程会诊需要{NID}吗？"),
    ("message", "{NID}\u3000姓名：{NL}"),
    ("message", "孩子还没有护照，{NID}可以吗"),
    ("message", "报销单上要写{NID}，格式对不对"),
    ("message", "患者证件：{NID}"),
    ("message", "我的{NID}，请帮忙登记"),
    ("message", "{NF}的{NID}，保险公司需要"),
    ("message", "身份信息：{NL}，{NID}"),
    ("message", "出院小结上请写上{NID}"),
    ("message", "请注意，{NID}，不是护照号"),
    ("message", "保险公司要求提供{NID}"),
    ("message", "登记信息——{NID}，联系人是{REL}"),
    ("message", "{NID}（我丈夫的）"),
    ("story", "由于证件信息不一致（{NID}），入院登记花了两个小时。"),
    ("message", "填表时要写本国身份证号吗？我的是{NID}"),
    ("message", "{NC}, {NID}"),
]

T_RID = [
    ("message", "我是新疆的，身份证{RID}，想预约{DEPT}"),
    ("story", "入院登记时，{NS}帮老人核对了身份证号{RID}。"),
    ("message", "帮我老婆挂号，身份证号是{RID}"),
    ("message", "身份证号码{RID}（{N}）"),
    ("message", "身份证 {RID} 预约的体检，可以改时间吗"),
    ("message", "身份证号：{RID}"),
    ("message", "患者{N}，身份证号码{RID}"),
    ("message", "我身份证{RID}，帮我查一下预约"),
    ("message", "证件号码 {RID}"),
    ("message", "{REL1}的身份证是{RID}"),
    ("message", "请核对身份证号：{RID}，姓名{N}"),
    ("message", "挂号用的身份证号{RID}，是不是输错了"),
    ("message", "身份证号末尾是X的怎么填？我的是{RID}"),
    ("message", "ID {RID}"),
    ("message", "医保绑定的身份证{RID}"),
    ("message", "我妈的身份证号码：{RID}，麻烦帮她也挂个号"),
    ("story", "{ND}核对了患者的身份证号{RID}后，开始术前谈话。"),
    ("message", "陪护证需要身份证号吗？{RID}"),
    ("message", "{N} {RID} 预约{DEPT}"),
    ("message", "居民身份证：{RID}"),
]

T_MRN = [
    ("message", "病案号{MRN}的复印件能快递吗"),
    ("story", "{NF}的住院号是{MRN}，这是她第二次住院。"),
    ("message", "就诊卡{MRN}丢了，怎么补办"),
    ("message", "请问{MRN}这个门诊号的报告怎么在网上查"),
    ("message", "住院号码 {MRN}，{DEPT}"),
    ("message", "住院号：{MRN}"),
    ("message", "我的病历号是{MRN}，想复印病历"),
    ("story", "患者{N}，住院号{MRN}，{DIS}。"),
    ("message", "病案号 {MRN}"),
    ("message", "门诊号{MRN}，麻烦查一下报告"),
    ("message", "MRN {MRN}"),
    ("message", "就诊卡号{MRN}"),
    ("message", "我爸的住院号{MRN}，出院小结什么时候能拿"),
    ("timeline", "{NF}（病历号{MRN}）今日复查"),
    ("message", "ID号：{MRN}"),
    ("message", "patient ID {MRN}"),
    ("message", "病历号{MRN}，想把影像资料刻成光盘"),
    ("message", "上次住院的住院号好像是{MRN}"),
    ("message", "{NL}, hospital number {MRN}, 请问报告好了吗"),
    ("clinician", "{ND}查看了{MRN}号病历，建议继续服用{DRUG}。"),
]

T_HPN = [
    ("message", "我在{COUNTRY}买的保险，{HPN}，你们认吗"),
    ("story", "{NF}出示了{HPN}，但该保险不覆盖{PROC}。"),
    ("message", "麻烦帮我查一下{HPN}的报销进度"),
    ("message", "卡丢了，只记得{HPN}"),
    ("message", "{HPN}（持卡人是{REL1}）"),
    ("clinician", "请财务核对{HPN}的直付额度后再安排手术。"),
    ("message", "我的{HPN}，可以直接结算吗"),
    ("message", "{NF}的{HPN}"),
    ("message", "保险信息：{HPN}"),
    ("message", "请在发票上注明{HPN}"),
    ("message", "{HPN}，国际保险能直付吗"),
    ("message", "{HPN}　持卡人{N}"),
    ("message", "异地就医备案用的{HPN}"),
    ("message", "insurance: {HPN}"),
    ("story", "保险公司确认了{HPN}后，同意直接支付治疗费用。"),
    ("message", "我们有商业保险，{HPN}，需要提前申请吗"),
    ("message", "{REL1}的{HPN}，刚办的"),
    ("message", "出院结算时请用{HPN}"),
]

T_ACCT = [
    ("story", "为了凑手术费，{REL}在{CITY}的亲戚们往卡号{ACCT}里转了钱。"),
    ("message", "退费请原路退回，如果不行就退到{ACCT}"),
    ("message", "我丈夫{NF}的银行账户：{IBAN}"),
    ("message", "能不能直接从我的卡{ACCT}扣款？"),
    ("letter", "如有病友需要帮助，善款可汇至{ACCT}，我们会全部转交。"),
    ("message", "Реквизиты: {IBAN}, получатель {NC}"),
    ("message", "捐款账号：{ACCT}"),
    ("message", "银行卡号{ACCT}，户名{N}"),
    ("message", "退款请打到这张卡{ACCT}"),
    ("message", "IBAN: {IBAN}"),
    ("message", "请汇款至{ACCT}"),
    ("message", "我的卡号是{ACCT}，退费什么时候能到"),
    ("message", "Kaspi卡 {ACCT}"),
    ("message", "счёт {ACCT}"),
    ("message", "押金退回账户：{ACCT}"),
    ("story", "{NF}的亲友们把善款汇到了账户{ACCT}。"),
    ("message", "多交的钱退到{ACCT}（{NL}）"),
    ("message", "户名{NF}，账号{ACCT}"),
    ("message", "转账请用这个账号 {ACCT}"),
]

T_LIC = [
    ("message", "{NF}医生在哈萨克斯坦的执业许可证号{LICF}"),
    ("story", "出具诊断证明的{ND}，执业证书编码{LICCN}。"),
    ("message", "保险公司问{ND}的执业证号，是{LICCN}吗"),
    ("message", "Dr. {NL}, licence number {LICF}"),
    ("caption", "{N}（执业证书编码{LICCN}）在门诊为患者讲解病情"),
    ("story", "{ND}（医师执业证书编码{LICCN}）负责本次会诊。"),
    ("message", "主治医生：{N}，执业证号{LICCN}"),
    ("message", "{N}医生的执业证书编号是{LICCN}吗？保险公司要核实"),
    ("story", "护士{N}，护士执业证书编号{LICCN}。"),
    ("message", "会诊医生{NF}，{LIC}"),
    ("message", "签名：{N}　执业证号：{LICCN}"),
    ("story", "经查，{ND}的执业证编码{LICCN}真实有效。"),
    ("message", "{NL}, licence {LICF}"),
    ("message", "证明开具人：{N}（执业医师，证书编码 {LICCN}）"),
    ("message", "诊断证明上的医生{ND}，证号{LICCN}，我们国家的保险需要这个"),
    ("story", "外籍专家{NF}在华短期行医许可编号{LIC}。"),
    ("message", "医师：{N}／执业证书：{LICCN}"),
    ("message", "能提供{ND}的执业证号吗？{LICCN}对不对"),
    ("letter", "感谢{N}医生（执业证号{LICCN}）的精心治疗。"),
]

T_VEH = [
    ("message", "{CITY}来的车，牌照{VEH}，能停地下车库吗"),
    ("story", "{NS}开着自己的车（{VEH}）把患者从机场接到了医院。"),
    ("message", "车牌号{VEH}的车挡住了救护车通道"),
    ("message", "我们租的车牌号是{VEH}"),
    ("message", "车牌{VEH}，请问能进院内停车吗"),
    ("message", "我们开车来的，车牌号{VEH}"),
    ("message", "接机车辆：{VEH}，司机{N}"),
    ("story", "{NF}一家开着车牌为{VEH}的越野车，从{CITY}一路开了过来。"),
    ("message", "VIN码{VIN}"),
    ("message", "停车场的{VEH}车主请挪车"),
    ("message", "车号 {VEH} 停在{FLOOR}"),
    ("story", "救护车{VEH}已经出发，预计{n}小时后抵达。"),
    ("message", "我的车{VEH}能不能办长期停车证"),
    ("message", "接送车的车牌是{VEH}吗"),
    ("message", "车牌：{VEH}（{N}）"),
    ("message", "车架号（VIN）：{VIN}，保险公司要登记"),
    ("story", "{NF}把那辆车架号为{VIN}的旧车卖掉，凑齐了手术费。"),
    ("message", "我们的车是外地牌照 {VEH}，可以开进来吗"),
    ("story", "那辆车牌为{VEH}的旧车，载着全家人的希望跨过了边境。"),
]

T_DEV = [
    ("message", "胰岛素泵{DEVPUMP}漏液了，能不能换一个"),
    ("clinician", "人工耳蜗植入体序列号{DEVCI}已录入随访系统。"),
    ("story", "{NK}的人工耳蜗（序列号{DEVCI}）开机那天，她第一次听到了妈妈的声音。"),
    ("message", "起搏器卡上写的序列号是{DEVPM}，安检需要出示吗"),
    ("message", "IMEI号{IMEI}，手机落在出租车上了"),
    ("message", "起搏器序列号：{DEVPM}"),
    ("message", "胰岛素泵序列号{DEVPUMP}需要登记"),
    ("message", "人工耳蜗序列号 {DEVCI}"),
    ("message", "手机丢在病房了，IMEI {IMEI}"),
    ("message", "植入物信息：{DEV}"),
    ("story", "{NF}的起搏器（SN {DEVPM}）工作正常。"),
    ("message", "呼吸机编号{DEV}，报警了怎么办"),
    ("message", "血糖仪 {DEVCGM} 读数不准"),
    ("clinician", "程控时确认起搏器序列号{DEVPM}，电池状态良好。"),
    ("message", "ICD的序列号{DEVPM}，回国后需要登记"),
    ("message", "我的手机IMEI是{IMEI}，在{FLOOR}丢的"),
    ("message", "动态血糖仪传感器编号{DEVCGM}，掉了"),
    ("message", "serial number {DEV}，保修还在吗"),
    ("story", "{ND}记录下了支架输送系统的序列号{DEV}。"),
]

T_OTHER = [
    ("message", "签证号{VISA}，治疗签证还能延期吗"),
    ("message", "电子客票号{TKT}"),
    ("message", "机票预订号 {TKT}，改签需要医院证明"),
    ("message", "案号{CASE}，法院要我们的病历"),
    ("message", "我是护工，工号{EMP}"),
    ("message", "学号{STU}，留学生可以用学校的保险吗"),
    ("message", "快递单号{EXP}，药寄出来了吗"),
    ("message", "预约号{APPT}"),
    ("message", "理赔号{CLAIM}，材料还差什么"),
    ("message", "订单号{ORDER}，体检套餐付款了但没收到短信"),
    ("message", "邀请函编号{INVT}"),
    ("story", "{NF}的医疗签证编号为{VISA}。"),
    ("message", "我用的是{NL}的名字订的票，订单{TKT}"),
    ("message", "顺丰单号{EXP}，请{NS}签收一下"),
    ("message", "预约编号 {APPT}，可以改时间吗"),
    ("message", "保险理赔编号{CLAIM}，请补发诊断证明"),
    ("message", "visa no. {VISA}"),
    ("message", "员工编号{EMP}，{DEPT}"),
    ("message", "物流单号：{EXP}"),
    ("message", "法院案号 {CASE}"),
    ("message", "学生证号{STU}，{N}"),
    ("message", "booking ref {TKT}"),
    ("message", "我的挂号预约码是{APPT}"),
    ("message", "邀请函（编号{INVT}）已经收到，谢谢"),
]

T_NAME = [
    # editors' narration
    ("story", "{N}来自{CITY}，{AGE}，因{DIS}辗转多家医院后来到我院国际医疗部。"),
    ("story", "确诊{DIS}后，{NF}和家人决定到中国寻求进一步治疗。"),
    ("story", "在{ND}的带领下，多学科团队为患者制定了个体化方案。"),
    ("story", "{NG}是家里的独生女，{MY}起开始反复发热。"),
    ("story", "经过{DUR}的治疗，{NF}终于可以自己走出病房了。"),
    ("story", "主刀医生{N}介绍，这台手术难度极大。"),
    ("story", "来自{COUNTRY}的小患者{NK}今年{AGEC}，患有{DIS}。"),
    ("story", "{NF}的妻子{NF}一直守在病床边。"),
    ("story", "负责翻译的{NS}说，患者刚来时几乎说不出话。"),
    ("story", "{NL}是一名来自{CITY}的{JOB}，{MY}被诊断为{DIS}。"),
    ("story", "{NC}第一次来中国，却没想到{SEASON}会在医院里度过。"),
    ("story", "患者{N}，男，{AGE}，{DIS}病史{DUR}。"),
    ("story", "{NG}的父亲说，孩子这半年瘦了十几斤。"),
    ("story", "护士们都叫她“{NK}”，因为她总是笑眯眯的。"),
    ("story", "{ND}和{ND}连续六个小时站在手术台前。"),
    ("story", "在病友群里，{N}认识了同样来自{CITY}的{NF}。"),
    ("story", "{NF}一家三口在{CITY}经营着一家小餐馆。"),
    ("story", "像许多{COUNTRY}患者一样，{NF}最初对中医半信半疑。"),
    ("story", "{NWF}今年{AGEO}，退休前是一名矿工。"),
    ("story", "妈妈给他取名{NW}，希望他这辈子都顺顺利利。"),
    ("story", "{NWF}出院那天，整个病区的护士都来送她。"),
    ("story", "女儿{NW}在{CITY}读大学，每周都打视频电话给爸爸打气。"),
    ("story", "手术由{N}主刀，{N}担任第一助手。"),
    ("story", "{NP}是这个项目的英文翻译，也是{NF}最信任的朋友。"),
    ("story", "当{NF}再次见到{ND}时，她已经能够自己走路了。"),
    ("story", "{NS}是国际医疗部的老员工，会说俄语和哈萨克语。"),
    ("story", "为了照顾{NG}，{REL}辞去了工作，在医院附近租了房子。"),
    ("story", "{NF}的主治医生是肿瘤内科的{ND}。"),
    ("story", "从{CITY}来的{NF}和从{CITY}来的{NF}住进了同一间病房，很快成了朋友。"),
    ("story", "{N}是{DEPT}的一名年轻医生，也是这次远程会诊的协调人。"),
    ("story", "{NC}和丈夫带着厚厚一叠病历，从{CITY}坐了{n}个小时的大巴。"),
    ("story", "{NK}的妈妈说，孩子以前连楼梯都爬不上去。"),
    ("story", "{NWF}和老伴{NWF}结婚五十多年，这次一起来做体检。"),
    ("story", "{N}、{N}和{NF}组成的护理小组负责这名患者的日常护理。"),
    ("story", "据{ND}介绍，{NF}入院时{LAB}。"),
    # quotes
    ("quote", "“是{ND}救了我的命。”{NF}说。"),
    ("quote", "“谢谢{NS}，谢谢所有护士！”"),
    ("quote", "“我想快点好起来，回去参加女儿的婚礼。”{NL}笑着说。"),
    ("quote", "{NF}的母亲说：“{ND}每天都来看我们，哪怕是周末。”"),
    ("quote", "“{NG}，别怕，妈妈在这里。”"),
    ("quote", "“我叫{N}，这是我第三次来这里复查。”"),
    ("quote", "“Спасибо, доктор!”{NC}用俄语反复说着这句话。"),
    ("quote", "“当时我们几乎绝望了，”{NF}回忆道，“是朋友{NF}推荐了这家医院。”"),
    ("quote", "“{NK}最喜欢{NS}，每次打针都要她来。”"),
    ("quote", "“我儿子{NW}才{AGEC}，他的路还很长。”"),
    ("quote", "“你好，{ND}！”这是{NF}学会的第一句中文。"),
    ("quote", "“{NP} told me this hospital is good,” {NL} said."),
    ("quote", "“没有{NS}帮忙翻译，我们什么都办不了。”"),
    ("quote", "{REL}{NF}说：“在这里，我们感觉像在家里一样。”"),
    # clinicians
    ("clinician", "{ND}表示：“患者术后恢复良好，{LAB}已基本正常。”"),
    ("clinician", "主治医生{N}提醒，出院后仍需按时服用{DRUG}。"),
    ("clinician", "{ND}解释说，{EPON}在{COUNTRY}的确诊率并不低。"),
    ("clinician", "“这个病例很典型，”{ND}说，“携带{GENE}的患者对靶向药物比较敏感。”"),
    ("clinician", "麻醉科{ND}和护理部{ND}全程参与了抢救。"),
    ("clinician", "{ND}：{NF}的情况比我们预想的要好。"),
    ("clinician", "“{NG}很勇敢，”{ND}说，“换药时一声都没哭。”"),
    ("clinician", "康复科的{N}为她设计了每天{n}组的训练。"),
    ("clinician", "{ND}建议{NF}三个月后回来复查。"),
    # captions
    ("caption", "图为{ND}（左二）与患者{NF}合影。"),
    ("caption", "{NF}和女儿{NG}在出院当天。"),
    ("caption", "照片：{NL} 与医护人员在病房前合影"),
    ("caption", "左起：{N}、{N}、{NF}"),
    ("caption", "【图】{NK}在儿科病房画画"),
    ("caption", "{ND}为{NF}进行术后查房。"),
    ("caption", "图片中间为{NC}，右为翻译{NS}。"),
    ("caption", "▲{NF}（右）在{ND}的指导下进行康复训练"),
    ("caption", "{NP}（中）和她的家人"),
    ("caption", "护士{NG}给{NK}讲故事"),
    ("caption", "photo: {NLL} with dr. {NLL}"),
    ("caption", "{NWF}与主治医生{N}合影留念"),
    # timeline
    ("timeline", "{MY}　{NF}首次通过网站留言咨询"),
    ("timeline", "第二周：{ND}团队完成第一次化疗"),
    ("timeline", "{SEASON}：{NG}回国，定期通过视频复诊"),
    ("timeline", "{MY}｜{NL}在{CITY}确诊{DIS}"),
    ("timeline", "{YEAR}　{NF}第二次来院，由{ND}完成{PROC}"),
    # letters
    ("letter", "尊敬的{ND}：您好！"),
    ("letter", "此致敬礼！患者家属 {N}"),
    ("letter", "感谢{ND}、{ND}以及{DEPT}全体护士的悉心照料。"),
    ("letter", "—— {NL}，{CITY}"),
    ("letter", "我们全家永远不会忘记{NS}在深夜为我们奔走的样子。"),
    ("letter", "致{DEPT}的{ND}和护士{NG}：谢谢你们！"),
    ("letter", "写信的人是{NF}，他用不太流利的中文写满了两页纸。"),
    ("letter", "亲爱的{NS}，我已经回到{CITY}了，一切都好。"),
    ("letter", "{NF}全家敬上"),
    ("letter", "特别感谢翻译{NG}，她像女儿一样照顾我。"),
    ("letter", "感谢信　　{N}　　{MY}"),
    ("letter", "Dear Dr. {NP}, thank you for everything. —{NL}"),
    ("letter", "落款：患者{N}及家属{N}"),
    ("letter", "我代表母亲{NF}，向{DEPT}的医生们致以最深的谢意。"),
    # messages
    ("message", "你好我是{NLL}从{CITY}来的 想问一下{DIS}能不能治"),
    ("message", "hi, my name is {NL}, 我妈妈想去你们医院看病"),
    ("message", "请问{ND}还在吗？去年是他给我爸做的手术"),
    ("message", "{ND}你好，我是上个月出院的{NF}的儿子"),
    ("message", "帮我转告{NS}，药已经收到了，谢谢"),
    ("message", "Здравствуйте！我是{NC}，想预约{DEPT}的专家"),
    ("message", "我叫{N} 今年{AGE} 想咨询一下体检套餐"),
    ("message", "{NP} here, 请问国际部有会说英语的医生吗"),
    ("message", "有没有一个叫{NS}的护士？她对我们特别好"),
    ("message", "我朋友{NF}推荐的你们医院"),
    ("message", "nurse {NLL} was so kind, 请转达我们的谢意"),
    ("message", "麻烦{ND}看下我的片子，{N}，{AGE}，男"),
    ("message", "我是{NK}的妈妈，孩子出院后一直挺好的"),
    ("message", "请问{N}医生哪天出门诊"),
    ("message", "找{NS}，她之前说帮我们问床位"),
    ("message", "{NWF}的家属，想问一下探视时间"),
    ("message", "我是{NC}的女儿，妈妈术后第几天可以吃东西？"),
    ("message", "想挂{ND}的号，一直挂不上"),
    ("message", "{NLL}: 请问签证邀请函多久能出"),
    ("message", "医生您好 我是{NG}，上次{ND}说让我{DUR}后复查"),
    ("message", "帮{REL1}{N}问一下，{DRUG}还要不要继续吃"),
    ("message", "我们是{NF}和{NF}，一起从{CITY}过来"),
    ("message", "能不能安排会说蒙古语的翻译？我是{NF}"),
    ("message", "{NP}，{NP}，{NP}三人预约体检"),
    ("message", "病人叫{NF}，{AGE}，{DIS}晚期"),
    ("message", "小{NW}最近怎么样了？我们是隔壁床的"),
]

T_COMBO = [
    ("message", "姓名：{N}，出生日期：{DOB}，护照号：{PASS}，电话：{PH}"),
    ("message", "我是{NL}，邮箱{EM}，电话{PHI}"),
    ("timeline", "{D}：{NF}由{ND}完成{PROC}"),
    ("letter", "{NF}　{D}于{CITY}"),
    ("message", "{N}，身份证{RID}，住院号{MRN}"),
    ("message", "患者{NF}（{A90}），家属电话{PHI}"),
    ("message", "寄到{ADDR}，电话{PHCN}，收件人{NS}"),
    ("message", "微信{WX}，手机{PHCN}，都可以找到我"),
    ("message", "{NF}，{NID}，护照{PASS}"),
    ("message", "住院号{MRN}，{HPN}"),
    ("message", "{D}出院的{N}，医保卡号{HPN}可以报销吗"),
    ("message", "我叫{NL}，{DOB}出生，email {EM}"),
    ("message", "预约号{APPT}，{D}上午，{ND}的门诊"),
    ("story", "{D}，{A90P}在{REL}的陪同下来到{DEPT}。"),
    ("message", "退款：{ACCT}，户名{NF}，电话{PHI}"),
    ("message", "快递单号{EXP}，寄到{ADDRPC}"),
    ("message", "{NF}的起搏器序列号{DEVPM}，{D}植入"),
    ("message", "车牌{VEH}，{D}下午到，联系电话{PHCN}"),
    ("message", "IP {IP} | {NLL} | {EM}"),
    ("message", "我的Telegram {TG}，邮箱 {EM}"),
    ("message", "发票寄到{ADDR}，邮箱{EM}"),
    ("message", "{N}，出生日期{DOB}，身份证号{RID}"),
    ("message", "签证号{VISA}，护照号{PASS}，{D}入境"),
    ("message", "众筹链接{URLF}，我的微信{WX}"),
    ("message", "定位{GEO}，电话{PHI}，快来！"),
    ("letter", "{NL}　{EM}　{D}"),
    ("message", "{ND}（执业证号{LICCN}）于{D}出具的诊断证明"),
    ("message", "{NF}，{A90}，病历号{MRN}"),
    ("message", "护照{PASS}，生日{BDAY}，{NL}"),
    ("message", "账号{ACCT}，理赔号{CLAIM}"),
]


# ---------------------------------------------------------------------------
# clean but tricky templates
# ---------------------------------------------------------------------------
T_CLEAN = [
    # editors' narration
    ("story", "{ALIAS}，{AGE}，来自{CITY}，因{DIS}入住我院{DEPT}。"),
    ("story", "{MY}，{ALIAS}在当地医院被诊断为{DIS}，医生建议她到中国进一步治疗。"),
    ("story", "入院时{LAB}，{LAB}，病情相当危重。"),
    ("story", "多学科会诊后，团队决定为患者实施{PROC}。"),
    ("story", "术后第{n}天，患者已能下床活动，{LAB}。"),
    ("story", "经过{DUR}的治疗，{ALIAS}的{LAB}，明显好转。"),
    ("story", "该患者参加了一项国际多中心临床试验（{TRIAL}），目前病情稳定。"),
    ("story", "基因检测提示{GENE}，医生为其选择了{DRUG}靶向治疗。"),
    ("story", "出院诊断：{DISICD}。"),
    ("story", "{REL}陪着患者从{CITY}坐了{n}个小时的火车来到这里。"),
    ("story", "整个治疗费用约{PRICE}，比患者在国外的报价低了近一半。"),
    ("story", "{YEAR}以来，我院国际医疗部已接诊来自{n}0多个国家和地区的{COUNT}患者。"),
    ("story", "{SEASON}，{ALIAS}第一次踏上中国的土地。"),
    ("story", "这位{AGEP}患有{EPON}多年。"),
    ("story", "据统计，{YEAR}我院共为{COUNT}患者完成{PROC}。"),
    ("story", "患者曾在{INST}接受过初步治疗，随后转入我院。"),
    ("story", "国际医疗部位于{FLOOR}，配有俄语、哈萨克语和蒙古语翻译。"),
    ("story", "中医科为她开了含有{HERB}和{HERB}的汤药。"),
    ("story", "{ALIAS}的{REL0}是一名{JOB}，每天通过视频了解治疗进展。"),
    ("story", "{MY}，{REL}在网上看到了我院的病例故事，决定带她来试一试。"),
    ("story", "当地医生告诉{ALIAS}，{DIS}在{COUNTRY}只能做姑息治疗。"),
    ("story", "{ALIAS}是{DEC}，平时身体很好，从没想过自己会得{DIS}。"),
    ("story", "从{CITY}到乌鲁木齐只需要{n}个多小时的航程。"),
    ("story", "{SEASON}，{ALIAS}完成了最后一次放疗，方案为{DOSE}。"),
    ("story", "术前评估显示{SCORE}较差，手术风险很高。"),
    ("story", "患儿{AGEC}，确诊{EPON}后一直在{CITY}治疗。"),
    ("story", "在{REL}的坚持下，一家人最终选择来华治疗。"),
    ("story", "{ALIAS}出院时带走了{n}盒{DRUG}，足够服用{DUR}。"),
    ("story", "治疗期间，{ALIAS}的{LAB}，一直比较稳定。"),
    ("story", "这已经是{ALIAS}第{n}次来院复查了。"),
    ("story", "{YEAR}，我院与{INST}建立了远程会诊合作。"),
    ("story", "早在{DECD}，我院就开始接收来自{COUNTRY}的患者。"),
    ("story", "术中发现肿瘤侵犯了门静脉，手术时间比预计延长了{n}小时。"),
    ("story", "{ALIAS}的{REL0}同样患有{EPON}，这让医生高度怀疑遗传因素。"),
    ("story", "到{MY}，{ALIAS}已经完成了全部{n}个疗程。"),
    ("story", "医院为国际患者开设了绿色通道，从门诊到住院最快只需{nn}天。"),
    ("story", "{ALIAS}所在的城市没有能做{PROC}的医院。"),
    ("story", "复查结果显示{LAB}，{LAB}，各项指标均在正常范围。"),
    ("story", "{COUNTRY}的{ALIAS}和{COUNTRY}的{ALIAS}在同一天做了手术。"),
    ("story", "病理报告提示{GENE}阳性，适合参加{TRIAL}试验。"),
    ("story", "按照{SCORE}，{ALIAS}属于中危组。"),
    ("story", "这种病在医学上称为{EPON}，{COUNT}患者中只有少数需要手术。"),
    ("story", "医生为{ALIAS}调整了用药：{DOSE}。"),
    ("story", "{ALIAS}说，{SEASON}在医院的日子，是她这辈子最难忘的时光。"),
    ("story", "{MY}回国后，{ALIAS}一直坚持服用{DRUG}。"),
    ("story", "{ALIAS}的病例后来被写进了{INST}的教学案例。"),
    ("story", "{ALIAS}的家乡在{CITY}，冬天最低气温可达零下四十度。"),
    ("story", "入院第{n}天，{ALIAS}的体温降到了正常。"),
    ("story", "{CITY}的患者可以乘坐{BUS}直达医院。"),
    ("story", "{MY}，我院接待了来自{COUNTRY}的医疗代表团。"),
    ("story", "治疗结束后，{ALIAS}的{LAB}，比入院时好了很多。"),
    ("story", "我院每年接诊国际患者{COUNT}，其中{COUNTRY}患者最多。"),
    ("story", "{ALIAS}因{DIS}在{INST}做过两次手术，效果都不理想。"),
    # quotes
    ("quote", "“我以前从没想过，{DIS}还能治好。”{ALIAS}说。"),
    ("quote", "“来中国之前，我查了很多资料，”{REL}说，“最后选择了这里。”"),
    ("quote", "“医生说我的{LAB}，已经接近正常了！”"),
    ("quote", "“护士每天早上都来抽血，今天的结果是{LAB}。”"),
    ("quote", "“希望更多像我一样的病人能看到希望，”{ALIAS}说。"),
    ("quote", "“我们{YEAR}就听说过这家医院。”"),
    ("quote", "“我爸爸今年{AGEO}，身体一直很好，直到{MY}。”"),
    ("quote", "“{SEASON}回去以后，我还要再来复查。”"),
    ("quote", "“在{CITY}，这样的手术要排队{DUR}。”{REL}说。"),
    ("quote", "“一开始我们担心费用，后来发现总共只花了{PRICE}。”"),
    ("quote", "“我是{DEC}，本来以为这种病离我很远。”"),
    ("quote", "“每天喝{HERB}煮的水，感觉精神好多了。”"),
    ("quote", "“我妈妈{AGEO}了，还能做这么大的手术，真的没想到。”"),
    ("quote", "“有一天我醒来，发现窗外下雪了，”{ALIAS}说，“那一刻我觉得自己会好起来。”"),
    ("quote", "“这是我第一次坐飞机，也是第一次住院。”"),
    ("quote", "“在这里，连食堂的阿姨都会说几句俄语。”"),
    ("quote", "“吃了{DRUG}以后，我的{LAB}。”"),
    ("quote", "“我们是从{CITY}开车过来的，开了{nn}天。”"),
    ("quote", "“医生说这是{EPON}，我第一次听说这个名字。”"),
    ("quote", "“孩子{AGEC}，已经做了{n}次手术。”{REL}红着眼睛说。"),
    ("quote", "“我要把这里的经历告诉{CITY}的每一个病友。”"),
    ("quote", "“谢谢中国医生，谢谢{DEPT}！”"),
    ("quote", "“以前走{n}步就喘，现在能爬到{n}楼了。”"),
    ("quote", "“那年{SEASON}，我以为自己撑不过去了。”"),
    ("quote", "“{REL1}也是在这里看好的，所以我也来了。”"),
    # clinicians
    ("clinician", "{ALIAS}检测到{GENE}，对{DRUG}效果较好。"),
    ("clinician", "对于{AGEO}以上的患者，我们通常会参考{SCORE}来评估手术风险。"),
    ("clinician", "术前{SCORE}为{n}分，术后明显改善。"),
    ("clinician", "该药的推荐剂量为{DOSE}，需根据{LAB}调整。"),
    ("clinician", "{EPON}并不罕见，关键是早发现、早治疗。"),
    ("clinician", "这类患者的{LAB}，往往需要定期复查。"),
    ("clinician", "我们参照{INST}的经验制定了治疗方案。"),
    ("clinician", "如遇胸痛、呼吸困难等紧急情况，请立即拨打{PUBE}。"),
    ("clinician", "在{PUBF}；在中国，请拨打{PUB}。"),
    ("clinician", "{DRUG}的ATC编码是{ATC}，回国后可以凭此在当地药店查询。"),
    ("clinician", "该试验已在公开的临床试验注册平台登记（{TRIAL}）。"),
    ("clinician", "本研究的注册号为{TRIAL}，共纳入{COUNT}患者。"),
    ("clinician", "患者的主要诊断编码为{ICD}，次要诊断编码为{ICD}。"),
    ("clinician", "{GENE}在{COUNTRY}人群中的检出率并不低。"),
    ("clinician", "我们建议{ALIAS}每{n}周复查一次，重点监测{LAB}。"),
    ("clinician", "{HERB}可以和{DRUG}同时服用，但要间隔两小时。"),
    ("clinician", "这是我们今年完成的第{n}例{PROC}。"),
    ("clinician", "{DEC}患者出现这种症状，一定要排除{EPON}。"),
    ("clinician", "根据{SCORE}，这位{AGEP}的手术风险可以接受。"),
    ("clinician", "术后{DUR}内避免剧烈运动，{DOSE}。"),
    ("clinician", "{ALIAS}的肌酐升高到{n}00多μmol/L，提示肾功能已经受损。"),
    ("clinician", "这种靶向药在国内的价格大约是每月{PRICE}。"),
    ("clinician", "{PROC}后，患者的{LAB}。"),
    ("clinician", "我们一般在{SEASON}安排这类择期手术。"),
    ("clinician", "对于{EPON}的患者，{DRUG}是一线用药。"),
    ("clinician", "{ALIAS}的{SCORE}从入院时的{n}分提高到了出院时的{n}0分。"),
    ("clinician", "{COUNTRY}的医生在{INST}受过培训，所以沟通起来很顺畅。"),
    # captions
    ("caption", "图为{ALIAS}在{FLOOR}的康复训练室进行训练"),
    ("caption", "{REL}在病床前陪伴患者"),
    ("caption", "国际医疗部的护士为小患者测量体温"),
    ("caption", "多学科团队讨论{ALIAS}的病例"),
    ("caption", "出院当天，{ALIAS}和医护人员合影留念"),
    ("caption", "{SEASON}的医院门诊楼"),
    ("caption", "{ALIAS}（中）与{REL}在{FLOOR}"),
    ("caption", "翻译正在为来自{COUNTRY}的患者讲解用药方法"),
    ("caption", "▲{PROC}现场"),
    ("caption", "图为{INST}代表团参观我院"),
    ("caption", "▲{AGEP}在护士的搀扶下练习走路"),
    ("caption", "（摄于{MY}）"),
    ("caption", "{COUNTRY}患者在中医科体验{HERB}熏蒸"),
    ("caption", "医院新开通的{BUS}站点"),
    ("caption", "图为患儿在病房里和护士们一起过生日"),
    ("caption", "{ALIAS}的{REL0}手写的感谢信"),
    ("caption", "{YEAR}国际患者座谈会现场"),
    # timeline
    ("timeline", "{MY}：在{CITY}确诊{DIS}"),
    ("timeline", "{MY}　来院首诊，完成{PROC}"),
    ("timeline", "{SEASON}：第{n}个疗程结束，{LAB}"),
    ("timeline", "第{n}周：调整用药为{DOSE}"),
    ("timeline", "{YEAR}年底：复查未见复发"),
    ("timeline", "{MY}　入组临床试验{TRIAL}"),
    ("timeline", "{MY}：完成{PROC}，术后{SCORE}良好"),
    ("timeline", "{MY}｜远程会诊，{INST}专家参与"),
    ("timeline", "术后第{n}天：拔除引流管，{LAB}"),
    ("timeline", "{SEASON}：回国，当地医院继续随访"),
    ("timeline", "第{n}个月：{LAB}"),
    ("timeline", "{MY}起：{n}个周期化疗"),
    # letters
    ("letter", "感谢{DEPT}的全体医护人员！"),
    ("letter", "是你们让{REL1}重新站了起来。"),
    ("letter", "我们会永远记住在中国度过的那段日子，那是{SEASON}。"),
    ("letter", "虽然语言不通，但是我们感受到了你们的真诚。"),
    ("letter", "{MY}，我们带着绝望来到这里，{MY}，我们带着希望回家。"),
    ("letter", "感谢{DEPT}的医生护士，感谢翻译，感谢食堂的师傅。"),
    ("letter", "{REL1}已经回到{CITY}，恢复得很好，{LAB}。"),
    ("letter", "祝愿医院越办越好，祝所有医护人员身体健康、一切平安！"),
    ("letter", "我们全家会把这份恩情记在心里。"),
    ("letter", "在{CITY}，医生说我们只能回家等待；在这里，我们得到了第二次生命。"),
    ("letter", "我是一名{JOB}，我想用我的方式表达感谢。"),
    ("letter", "这封信我写了{n}遍，还是觉得表达不了我们的感激。"),
    ("letter", "{REL1O}{AGEO}，在贵院完成了{PROC}。"),
    ("letter", "感谢{DEPT}在{SEASON}给予{REL1}的照顾。"),
    ("letter", "愿这场与病魔的斗争，最终迎来胜利。"),
    # messages
    ("message", "你好 请问{DIS}要住院多久"),
    ("message", "请问国际部在几楼？是在{FLOOR}吗"),
    ("message", "想问下{DRUG}一盒多少钱，是{PRICE}吗"),
    ("message", "{REL1O}{AGEO}了 能做{PROC}吗"),
    ("message", "hello 我们从{CITY}过来 需要准备什么材料"),
    ("message", "医生说{DOSE}，这样安排对吗"),
    ("message", "我的{LAB} 正常吗？？"),
    ("message", "你们接受{COUNTRY}的病人吗"),
    ("message", "紧急情况是打{PUB}还是直接来急诊"),
    ("message", "坐{BUS}能到你们医院吗"),
    ("message", "请问 {TRIAL} 那个试验还在招募吗"),
    ("message", "{SEASON}想带{REL1}来做体检，要提前多久预约"),
    ("message", "{PROC}大概要多少钱？我们预算{PRICE}"),
    ("message", "我是{DEC}，{DIS}，想咨询中医调理"),
    ("message", "医生说是{EPON}，你们这能治吗"),
    ("message", "{HERB}和{HERB}能一起泡水喝吗"),
    ("message", "做完{PROC}多久能坐飞机回{CITY}"),
    ("message", "ICD码{ICD}是什么病？报告上写的"),
    ("message", "报告上写{GENE}，是什么意思？严重吗"),
    ("message", "请问有会说哈萨克语的翻译吗"),
    ("message", "我们{MY}去过一次，这次还想挂同一个科"),
    ("message", "{AGEC}的孩子可以做{PROC}吗"),
    ("message", "hi doctor, my {LAB}, is it ok?"),
    ("message", "请问住院押金大概多少？{PRICE}够吗"),
    ("message", "医生开的{DRUG}在{COUNTRY}买不到怎么办"),
    ("message", "你们医院接受{COUNTRY}的医疗保险吗"),
    ("message", "здравствуйте，请问{PROC}要住院几天"),
    ("message", "{CITY}有没有你们的合作医院"),
    ("message", "急诊在{FLOOR}对吗"),
    ("message", "请问ChiCTR注册的试验外国人能参加吗"),
    ("message", "妈妈{AGEO}，{LAB}，需要住院吗"),
    ("message", "请问{INST}的专家会来会诊吗"),
    ("message", "what is the price of {PROC}? around {PRICE}?"),
    ("message", "{ALIAS}的家属：请问明天几点探视"),
    ("message", "想问{SCORE}{n}分是什么意思"),
    ("message", "我们{nn}个人一起来，有家庭病房吗"),
    ("message", "孩子{AGEC}，体重{n}公斤，药量怎么算"),
    ("message", "请问{DEPT}周末有门诊吗"),
    ("message", "有没有去{CITY}的直达航班"),
    ("message", "上次开的{DRUG}吃完了，能不能网上续方"),
    ("message", "请问体检套餐价格 是{PRICE}吗"),
    ("message", "医生好 我{DEC} 最近总是头晕 {LAB}"),
    ("message", "你好，我在{CITY}，{SEASON}想过来看病"),
    ("message", "用{DRUG}治疗{EPON}，效果怎么样"),
]

# fixed clean sentences: ordinary words that are also given names, public figures
# named in passing, registry / code numbers, public service numbers
T_CLEAN_FIXED = [
    ("letter", "愿每一位患者都平安回家。"),
    ("story", "这是全体医护人员和患者共同取得的胜利。"),
    ("story", "病房窗外就是长江，景色很美。"),
    ("story", "术后第一次重见光明，她激动得哭了。"),
    ("story", "那天早上，窗外一片白雪，她说这是家乡的颜色。"),
    ("story", "孩子很文静，总是一个人安静地看书。"),
    ("letter", "我们希望世界和平，希望每个孩子都健康长大。"),
    ("story", "窗外春雨绵绵，病房里却很温暖。"),
    ("story", "向阳的病房阳光充足，适合术后恢复。"),
    ("story", "医院花园里的红梅开了，她说这是个好兆头。"),
    ("quote", "“我要像海燕一样，不怕风浪。”"),
    ("story", "建国以来，我国的医疗卫生事业发生了翻天覆地的变化。"),
    ("letter", "前路一片光明，我们充满信心。"),
    ("story", "每天清晨，朝阳照进病房，她都会拉开窗帘。"),
    ("quote", "“幸福其实很简单，就是一家人健健康康。”"),
    ("story", "雨后天边出现了一道彩虹，孩子们趴在窗前看了很久。"),
    ("letter", "祝您吉祥如意，万事顺心！"),
    ("story", "黎明前，手术终于结束了。"),
    ("quote", "“我们这里的冬梅开得正好，等你们来做客。”"),
    ("story", "秋菊盛开的季节，她康复出院了。"),
    ("story", "我院的前身是一所由白求恩精神激励而建立的战地医院。"),
    ("story", "正如南丁格尔所说，护理是一门艺术。"),
    ("story", "屠呦呦发现的青蒿素至今仍在非洲挽救无数生命。"),
    ("story", "华佗、孙思邈、李时珍的名字在中医科的墙上随处可见。"),
    ("clinician", "帕金森病和阿尔茨海默病是两种不同的神经退行性疾病。"),
    ("clinician", "在俄罗斯，急救电话是103，统一紧急号码是112。"),
    ("clinician", "在中国遇到紧急情况，请拨打120急救电话。"),
    ("message", "12320卫生热线能用英语吗"),
    ("clinician", "EudraCT与ClinicalTrials.gov的注册信息是一致的。"),
    ("story", "邵逸夫医院、白求恩第一医院的专家也参与了这次远程会诊。"),
    ("story", "她曾在谢切诺夫大学附属医院住院三个月。"),
    ("caption", "逸夫楼前的银杏叶黄了"),
    ("story", "孙逸仙纪念医院是华南地区历史最悠久的医院之一。"),
    ("clinician", "格拉斯哥昏迷评分15分表示意识完全清醒。"),
    ("clinician", "Apgar评分1分钟8分、5分钟9分，新生儿情况良好。"),
    ("story", "唐氏综合征患儿常常合并先天性心脏病。"),
    ("clinician", "川崎病多见于5岁以下儿童。"),
    ("message", "乘电梯到7楼，出门右转就是国际医疗部"),
    ("message", "医院门口有2路、15路和K3路公交车"),
    ("story", "国际医疗部共有32张床位和12名专职翻译。"),
    ("clinician", "HbA1c控制在7%以下是大多数糖尿病患者的目标。"),
    ("clinician", "乙肝病毒DNA低于20 IU/mL即为检测不到。"),
    ("story", "20世纪90年代，第一批哈萨克斯坦患者来到这里。"),
    ("story", "她出生于1987年，是一名中学老师。"),
    ("story", "他是85年生人，在阿拉木图开出租车。"),
    ("message", "我是90后，最近体检发现甲状腺结节"),
    ("quote", "“我八十九岁了，还是第一次出国。”"),
    ("story", "这位八旬老人已经是第三次来院复查。"),
    ("story", "张某某和李某两位患者同一天出院。"),
    ("story", "A女士和B先生都来自阿斯塔纳。"),
    ("clinician", "Patient K 的影像学检查提示病灶较前缩小。"),
    ("story", "患者甲、患者乙分别接受了不同的治疗方案。"),
    ("clinician", "BRCA1/2检测阴性，不需要预防性手术。"),
    ("clinician", "奥希替尼（ATC L01EB04）每日一次，每次80 mg。"),
    ("clinician", "伊马替尼400 mg qd，每三个月复查BCR-ABL。"),
    ("story", "入院时血红蛋白只有58 g/L，需要紧急输血。"),
    ("story", "手术费、住院费和药费合计约18万元人民币。"),
    ("message", "听说你们医院在2号线终点站附近？"),
    ("story", "医院的3号楼是专门为国际患者设计的。"),
    ("message", "今年春天想来做个全身体检"),
    ("story", "每年冬天，来自蒙古国的患者都会明显增多。"),
    ("quote", "“我妈妈七十多岁了，还能做介入手术吗？”"),
    ("story", "三十多名医护人员参与了这次抢救。"),
    ("message", "请问120急救车能跨省转运吗"),
    ("story", "光明的未来属于每一个不放弃的人。"),
    ("letter", "祝您平安喜乐，万事胜意。"),
    ("story", "这场手术是团队协作的胜利。"),
    ("story", "长江沿岸的很多城市都有我们的协作医院。"),
    ("story", "国庆假期期间，国际医疗部照常开诊。"),
    ("message", "和平门附近的酒店离医院远吗"),
    ("story", "心内科位于住院部12层，电梯直达。"),
    ("clinician", "KRAS G12C突变曾被认为是“不可成药”的靶点。"),
    ("clinician", "ISRCTN是一个主要收录英国研究的临床试验注册平台。"),
    ("story", "治疗前后的PET-CT对比显示SUVmax从12.4降至2.1。"),
    ("message", "体温38.5度 要不要去急诊"),
    ("story", "医院距离机场约25公里，打车大约40分钟。"),
    ("quote", "“六个疗程，一百多个日夜，我们终于熬过来了。”"),
    ("caption", "患者在医院的中医文化长廊前留影"),
    ("story", "哈萨克斯坦籍患者占全年国际患者总数的四成左右。"),
    ("message", "我外公89岁，还能做白内障手术吗"),
    ("story", "人参、黄芪、当归是中医科最常用的几味药。"),
    ("message", "二甲双胍0.5g一天三次，血糖还是高"),
    ("clinician", "ICD-10编码C22.0对应的是肝细胞癌。"),
    ("clinician", "ChiCTR是中国临床试验注册中心的缩写。"),
    ("story", "阿尔茨海默病患者的家属往往承受着巨大的压力。"),
    ("story", "她的母亲也患有桥本甲状腺炎。"),
    ("message", "克罗恩病能在你们这做肠镜吗"),
    ("message", "格列卫在你们医院能买到吗"),
    ("story", "霍奇金淋巴瘤的五年生存率已经超过80%。"),
    ("clinician", "MELD评分超过25分的患者应优先考虑肝移植。"),
]


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
GROUPS = [
    (T_NAME, 120), (T_COMBO, 52),
    (T_DATE, 56), (T_DOB, 56), (T_AGE90, 56), (T_PHONE, 56), (T_EMAIL, 55), (T_URL, 55),
    (T_IP, 55), (T_SOCIAL, 57), (T_ADDR, 44), (T_ADDRPC, 25), (T_PC, 38), (T_GEO, 55),
    (T_PASS, 55), (T_NID, 56), (T_RID, 56), (T_MRN, 55), (T_HPN, 55), (T_ACCT, 55),
    (T_LIC, 56), (T_VEH, 55), (T_DEV, 55), (T_OTHER, 60),
]
CLEAN_TARGET = 1150


def finish(cat, s):
    """surface variation for informal rows"""
    if cat == "message" and p(0.25):
        s = noise(s)
    elif cat != "message" and p(0.04):
        hard()
        s = fullwidth(s)
    s = re.sub(r"[\t\r\n]+", " ", s).strip()
    return s


def canon(kinds):
    ks = [k for k in KIND_ORDER if k in set(kinds)]
    return ",".join(ks) if ks else "-"


def run_group(templates, target, rows, seen, want_clean):
    order = list(range(len(templates)))
    made, tries = 0, 0
    while made < target:
        R.shuffle(order)
        for i in order:
            if made >= target:
                break
            cat, tpl = templates[i]
            for _attempt in range(6):
                tries += 1
                HARD[0] = False
                s, kinds = fill(tpl)
                s = finish(cat, s)
                if s in seen:
                    continue
                if want_clean != (not kinds):
                    raise ValueError("label mismatch in template: " + tpl)
                seen.add(s)
                rows.append((cat, canon(kinds), s, HARD[0]))
                made += 1
                break
        if tries > target * 60:
            raise RuntimeError("cannot fill group")


def build():
    rows, seen = [], set()
    for templates, target in GROUPS:
        run_group(templates, target, rows, seen, want_clean=False)
    for cat, s in T_CLEAN_FIXED:
        if s not in seen:
            seen.add(s)
            rows.append((cat, "-", s, False))
    run_group(T_CLEAN, CLEAN_TARGET - len(T_CLEAN_FIXED), rows, seen, want_clean=True)
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    out = Path(__file__).resolve().parent / "deid_generated_zh_heldout16.tsv"
    lines = ["category\texpected_kinds\tsentence"]
    for cat, kinds, s, _h in rows:
        assert "\t" not in s and "\n" not in s
        lines.append(f"{cat}\t{kinds}\t{s}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


if __name__ == "__main__":
    _rows = main()
    print(len(_rows), "rows;", sum(1 for r in _rows if r[1] == "-"), "clean;",
          sum(1 for r in _rows if r[3]), "harder form")
