"""Make the held-out de-identification corpus, part 6 (Simplified Chinese).

Running ``python tests/data/make_deid_part6_zh.py`` (from the repository root or
from anywhere else) writes ``deid_generated_zh_heldout6.tsv`` next to this file.
The output is deterministic: one fixed random seed, standard library only.

The file is a test corpus for the privacy check that runs before a case story
is published.  Each row is one Simplified Chinese sentence of the kind found in
our case stories, patients' messages, patient and clinician quotes, photo
captions and timeline entries, together with a label of what a careful human
reviewer would say the sentence identifies:

    category        a free label for what the row tests (``name_possessive``,
                    ``phone_foreign``, ``clean_dose`` ...)
    expected_kinds  a comma-separated list of identifier kinds, or ``-`` for a
                    sentence that identifies nobody
    sentence        the sentence itself (no tabs, no line breaks)

Roughly half of the rows hold identifiers (names of patients, relatives and
staff from many cultures, addresses, dates, phone numbers, ID, passport,
medical record, insurance, bank, licence, vehicle and device numbers, and so
on); the other half are clean sentences chosen because a careless check could
flag them: doses, lab values and ranges, blood pressure, scores, gene and
variant names, trial registry numbers, ICD codes, months with years, ages under
90, money, cities and provinces, hospitals, brand names, eponymous diseases,
letter aliases such as "A女士", and ordinary words that begin with a character
that is also a family name.

This corpus was written blind: its author did not read the scanner's code, its
tests, its other corpora or its documentation, so the figures it gives are an
honest held-out measure.  Labels come from the placeholders each template is
filled with (every identifier placeholder carries its kind; clean placeholders
carry none) and were checked by reading a sample of rows by hand.
"""

from __future__ import annotations

import datetime
import os
import re
import random

SEED = 60606
R = random.Random(SEED)
OUT_NAME = "deid_generated_zh_heldout6.tsv"

KIND_ORDER = [
    "person_name", "street_address", "postal_code", "geolocation", "exact_date",
    "date_of_birth", "age_over_89", "phone_number", "email", "web_address",
    "ip_address", "social_account", "resident_id", "national_id",
    "passport_number", "medical_record_number", "health_plan_number",
    "account_number", "licence_number", "vehicle_identifier",
    "device_identifier", "other_number",
]


def pick(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-()"}


def fullwidth(s):
    return "".join(FW_TABLE.get(c, c) for c in s)


CN_DIGIT = "〇一二三四五六七八九"
CN_DIGIT_SPOKEN = "零幺二三四五六七八九"


def cn_digits(s, spoken=False):
    table = CN_DIGIT_SPOKEN if spoken else CN_DIGIT
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def cn_int(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    if n < 110:
        return "一百" + ("零" + d[n % 10] if n % 10 else "")
    return "一百一十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- names

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
RARE_SURNAMES = list("亓禤蒯佘缪仝逯靳阚冼麦芮訾晁眭闵隗甄栾庞蔺揭谯蹇冉扈岑綦牟")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "慕容", "端木", "皇甫", "东方",
                     "尉迟", "公孙", "令狐", "长孙", "宇文", "司徒", "夏侯", "呼延", "澹台"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂鑫琳婷雪慧颖倩玲峰斌浩宇欣晨璐")
GIVEN2 = ["秀英", "桂英", "建华", "建国", "志强", "海燕", "晓东", "子涵", "梓萱", "浩然",
          "欣怡", "一诺", "雨桐", "宇轩", "思远", "嘉怡", "俊杰", "婉清", "文博", "晨曦",
          "佳琪", "若曦", "天佑", "美玲", "玉兰", "春梅", "德福", "金凤", "淑珍", "振华",
          "丽华", "永强", "红霞", "小燕", "晓梅", "国庆", "卫东", "玉珍", "雅婷", "梦瑶",
          "亚楠", "舒涵", "铁柱", "来福", "春生", "秋菊", "冬梅", "明轩", "诗琪", "紫怡"]


def cn_given():
    return pick(GIVEN1) if R.random() < 0.3 else pick(GIVEN2)


def cn_name():
    r = R.random()
    if r < 0.72:
        return pick(SURNAMES) + cn_given()
    if r < 0.87:
        return pick(RARE_SURNAMES) + cn_given()
    return pick(COMPOUND_SURNAMES) + cn_given()


def cn_surname():
    r = R.random()
    if r < 0.8:
        return pick(SURNAMES)
    if r < 0.9:
        return pick(RARE_SURNAMES)
    return pick(COMPOUND_SURNAMES)


KIDS = ["豆豆", "乐乐", "朵朵", "妞妞", "果果", "天天", "琪琪", "甜甜", "糖糖", "多多",
        "壮壮", "二丫", "铁蛋", "毛毛", "欢欢", "贝贝", "晶晶", "圆圆", "小雨点", "乐天"]
EN_NICKS = ["Lily", "Coco", "Tony", "Kevin", "Amy", "Jason", "Vivian", "Cici", "Momo", "Eric"]


def nickname():
    r = R.random()
    if r < 0.2:
        return "阿" + pick(list("强芳珍杰明娟彬霞坤华美英勇兰"))
    if r < 0.38:
        return "老" + pick(SURNAMES)
    if r < 0.52:
        return "小" + pick(SURNAMES)
    if r < 0.66:
        return pick(KIDS)
    if r < 0.78:
        return pick(SURNAMES) + pick(["哥", "姐", "姨", "叔"])
    if r < 0.88:
        return pick(list("强芳伟军丽华红勇明")) + pick(["哥", "姐"])
    return pick(EN_NICKS)


def kin_title():
    return cn_surname() + pick(["阿姨", "叔叔", "大爷", "奶奶", "大姐", "大哥", "师傅", "婶", "爷爷", "大妈"])


def dr_title():
    r = R.random()
    if r < 0.55:
        return cn_surname() + pick(["医生", "大夫", "主任", "教授", "护士", "护士长", "老师", "博士"])
    return cn_name() + pick(["医生", "主任", "教授", "护士长", "大夫"])


DOTS = ["·", "·", "·", "•", "・", "．", "-", ""]
FOREIGN = {
    "kz": (["叶尔兰", "阿斯哈尔", "努尔兰", "别克扎提", "达尼亚尔", "阿依江", "古丽娜", "阿娜尔", "阿丽雅", "玛迪娜", "阿依达娜", "叶尔波力"],
           ["努尔兰诺夫", "别克莫夫", "谢里克巴耶娃", "托克塔罗娃", "叶尔梅克", "阿曼诺夫", "苏丹诺娃", "卡西莫夫"]),
    "ru": (["娜塔莉亚", "谢尔盖", "奥莉加", "德米特里", "安娜", "伊琳娜", "亚历山大", "叶卡捷琳娜", "米哈伊尔", "斯维特兰娜"],
           ["伊万诺娃", "彼得罗夫", "沃尔科夫", "斯米尔诺娃", "库兹涅佐娃", "波波夫", "索科洛娃", "莫罗佐夫"]),
    "uz": (["乌米达", "绍赫鲁赫", "迪尔诺扎", "贾霍吉尔", "尼洛法尔", "乌卢格别克", "莫希拉", "萨尔多尔"],
           ["卡里莫娃", "尤苏波夫", "拉希莫夫", "阿赫梅多娃", "图拉耶夫", "努尔马托娃"]),
    "ar": (["穆罕默德", "法蒂玛", "艾哈迈德", "阿米娜", "优素福", "哈立德", "莱拉", "奥马尔"],
           ["阿卜杜拉", "哈桑", "侯赛因", "萨利赫", "易卜拉欣", "纳赛尔"]),
    "in": (["普丽娅", "拉杰什", "阿南德", "迪皮卡", "维克拉姆", "苏尼塔"],
           ["夏尔马", "库马尔", "帕特尔", "辛格", "雷迪", "古普塔"]),
    "af": (["奥卢塞贡", "阿玛", "奇努埃", "夸梅", "阿达埃泽", "法图"],
           ["阿德巴约", "门萨", "奥比", "迪亚洛", "奥孔克沃", "凯塔"]),
    "eu": (["汉斯", "索菲亚", "玛丽", "托马斯", "朱利娅", "卢卡斯", "艾玛", "皮埃尔"],
           ["米勒", "罗西", "杜邦", "施密特", "比安奇", "马丁", "扬森"]),
    "la": (["玛丽亚", "胡安", "卡洛斯", "伊莎贝拉", "迭戈", "露西亚"],
           ["冈萨雷斯", "佩雷斯", "罗德里格斯", "费尔南德斯", "席尔瓦", "洛佩斯"]),
    "mn": (["巴特额尔敦", "敖云其其格", "图布辛", "其米格", "甘巴特", "苏和"],
           ["巴雅尔", "朝克图", "额尔敦", "宝力道"]),
}
EAST_ASIAN = ["金敏俊", "朴智妍", "崔秀英", "郑成浩", "李英姬", "佐藤美咲", "田中健太", "铃木花子",
              "山本一郎", "高桥阳菜", "渡边翔太", "阮氏兰", "陈文雄", "黎氏秋", "范文德", "武氏红", "阮文明"]


def foreign_name():
    r = R.random()
    if r < 0.18:
        return pick(EAST_ASIAN)
    given, family = FOREIGN[pick(list(FOREIGN))]
    if r < 0.3:
        return pick(given)
    return pick(given) + pick(DOTS) + pick(family)


MINORITY = ["买买提·吐尔逊", "阿依古丽·买买提", "古丽娜尔", "热依拉·艾山", "扎西顿珠", "次仁卓玛",
            "格桑", "巴特尔", "乌云其木格", "其其格", "哈斯朝鲁", "努尔江", "阿迪力·艾力",
            "帕提古丽", "艾力江", "拉姆", "索朗次仁", "阿不都热合曼", "迪丽努尔", "央金"]

LATIN = ["Aigerim Bekova", "Nurlan Seitkali", "Dana Yermekova", "Aruzhan Serikkyzy", "Yerlan Nurlanov",
         "Dmitry Volkov", "Olga Smirnova", "Irina Kuznetsova", "Sergei Petrov", "Umida Karimova",
         "Sherzod Rakhimov", "Dilnoza Akhmedova", "Fatima Al-Hassan", "Omar Khalid", "Ahmed Youssef",
         "Kim Min-jun", "Park Ji-yeon", "Choi Soo-young", "Sato Misaki", "Yuki Tanaka", "Kenta Suzuki",
         "Nguyen Thi Lan", "Tran Van Hung", "Le Thi Thu", "Priya Sharma", "Rajesh Kumar", "Anand Reddy",
         "Chukwuemeka Obi", "Amara Diallo", "Kwame Mensah", "Ngozi Okafor", "Sophie Dubois",
         "Lukas Müller", "Giulia Bianchi", "Anna Kowalska", "Jan de Vries", "María González",
         "Juan Carlos Pérez", "Lucía Fernández", "João Silva", "Batbayar Ganbold", "Oyunchimeg Tsend",
         "Somchai Prasert", "Siti Rahmawati", "Maria Santos", "Aigerim", "Dima", "Umida", "Priya",
         "Kwame", "Misaki", "Nodira", "Bakhyt", "Gulnara", "Timur"]
PY_FAM = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
          "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Ouyang", "Sima", "Xie", "Deng", "Feng"]
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan",
            "Tao", "Ming", "Chao", "Xiuying", "Jianhua", "Zhiqiang", "Haiyan", "Xiaodong", "Zihan",
            "Yutong", "Haoran", "Xinyi", "Siyuan", "Jiayi", "Meiling", "Guoqing"]


def pinyin_name():
    f, g = pick(PY_FAM), pick(PY_GIVEN)
    r = R.random()
    if r < 0.35:
        return f"{f} {g}"
    if r < 0.5:
        return f"{f.upper()} {g}"
    if r < 0.65:
        return f"{g} {f}"
    if r < 0.75:
        return f"{g} {f.upper()}"
    if r < 0.87:
        return f"{f} {g[0]}."
    return f"{g[0]}. {f}"


def latin_name():
    return pick(LATIN) if R.random() < 0.7 else pinyin_name()


def any_name():
    r = R.random()
    if r < 0.45:
        return cn_name()
    if r < 0.55:
        return nickname()
    if r < 0.7:
        return foreign_name()
    if r < 0.8:
        return pick(MINORITY)
    return latin_name()


# ---------------------------------------------------------------- dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WEEK_CN = "一二三四五六日"
LUNAR_M = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
LUNAR_D = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
           "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
           "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]


def rand_ymd(y0=2012, y1=2024):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


def fmt_date(y, m, d, allow_no_year=True):
    forms = [
        lambda: f"{y}年{m}月{d}日",
        lambda: f"{y}年{m}月{d}日",
        lambda: f"{y}-{m:02d}-{d:02d}",
        lambda: f"{y}/{m}/{d}",
        lambda: f"{y}.{m:02d}.{d:02d}",
        lambda: f"{y}年{m}月{d}号",
        lambda: cn_digits(str(y)) + "年" + cn_int(m) + "月" + cn_int(d) + "日",
        lambda: fullwidth(f"{y}") + "年" + fullwidth(str(m)) + "月" + fullwidth(str(d)) + "日",
        lambda: f"{d:02d}.{m:02d}.{y}",
        lambda: f"{d}/{m}/{y}",
        lambda: f"{d} {MONTHS_EN[m-1]} {y}",
        lambda: f"{MONTHS_EN[m-1][:3]} {d}, {y}",
        lambda: f"{y}年{m}月{d}日（星期{WEEK_CN[datetime.date(y, m, d).weekday()]}）",
        lambda: f"{y}{m:02d}{d:02d}",
        lambda: f"{y} 年 {m} 月 {d} 日",
    ]
    if allow_no_year:
        forms += [lambda: f"{m}月{d}日", lambda: f"{m}月{d}号", lambda: f"{m}月{d}日",
                  lambda: cn_int(m) + "月" + cn_int(d) + "日"]
    return pick(forms)()


def exact_date():
    return fmt_date(*rand_ymd())


def holiday_date():
    y = R.randint(2015, 2024)
    r = R.random()
    if r < 0.5:
        return f"{y}年" + pick(["春节", "除夕", "中秋节", "国庆节", "元旦", "端午节", "元宵节", "七夕",
                               "大年初一", "冬至", "清明节", "劳动节", "儿童节"])
    if r < 0.75:
        return f"{y}年农历{pick(LUNAR_M)}{pick(LUNAR_D)}"
    return "农历" + pick(LUNAR_M) + pick(LUNAR_D)


def dob():
    y, m, d = rand_ymd(1935, 2020)
    r = R.random()
    if r < 0.8:
        return fmt_date(y, m, d, allow_no_year=False)
    if r < 0.9:
        return f"{y}年农历{pick(LUNAR_M)}{pick(LUNAR_D)}"
    return f"{m}月{d}日"


def age90():
    n = R.randint(90, 106)
    return pick([f"{n}岁", f"{n}岁", f"{n} 岁", f"{n}周岁", cn_int(n) + "岁", cn_int(n) + "周岁",
                 f"{n}岁高龄", fullwidth(str(n)) + "岁"])


AGE90_PHRASES = ["年过九旬", "年逾九旬", "九十多岁", "百岁", "年近百岁", "九十有余", "鲐背之年",
                 "期颐之年", "九旬高龄", "九十好几"]


# ---------------------------------------------------------------- phones

CN_MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181",
                    "182", "185", "186", "187", "188", "189", "191", "198", "199"]


def cn_mobile():
    p, a, b = pick(CN_MOBILE_PREFIX), digits(4), digits(4)
    r = R.random()
    if r < 0.3:
        return p + a + b
    if r < 0.45:
        return f"{p}-{a}-{b}"
    if r < 0.6:
        return f"{p} {a} {b}"
    if r < 0.7:
        return f"+86 {p} {a} {b}"
    if r < 0.76:
        return f"+86-{p}{a}{b}"
    if r < 0.8:
        return f"0086 {p}{a}{b}"
    if r < 0.86:
        return fullwidth(p + a + b)
    if r < 0.92:
        return f"（+86）{p}{a}{b}"
    return cn_digits(p + a + b, spoken=R.random() < 0.5)


CN_AREA = ["010", "021", "020", "022", "023", "024", "025", "027", "028", "029", "0755", "0571",
           "0991", "0931", "0471", "0898", "0851", "0871", "0951", "0971", "0999", "0998"]


def cn_landline():
    a = pick(CN_AREA)
    n = digits(8, True) if len(a) == 3 else digits(R.choice([7, 8]), True)
    r = R.random()
    if r < 0.3:
        s = f"{a}-{n}"
    elif r < 0.5:
        s = f"({a}){n[:4]} {n[4:]}"
    elif r < 0.65:
        s = f"（{a}）{n}"
    elif r < 0.8:
        s = f"{a} {n[:4]} {n[4:]}"
    else:
        s = f"+86 {a[1:]} {n}"
    if R.random() < 0.15:
        s += f"转{digits(R.choice([3, 4]), True)}"
    return s


def foreign_phone():
    forms = [
        lambda: f"+7 70{R.randint(0, 8)} {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"8 (727) {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"+7 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"8-9{digits(2)}-{digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"+998 9{R.randint(0, 9)} {digits(3)}-{digits(2)}-{digits(2)}",
        lambda: f"+998 (71) {digits(3)} {digits(2)} {digits(2)}",
        lambda: f"+82 10-{digits(4)}-{digits(4)}",
        lambda: f"+81 90-{digits(4)}-{digits(4)}",
        lambda: f"+84 9{digits(2)} {digits(3)} {digits(3)}",
        lambda: f"+91 9{digits(4)} {digits(5)}",
        lambda: f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4)}",
        lambda: f"+1 ({R.randint(201, 989)}) {digits(3, True)}-{digits(4)}",
        lambda: f"+44 7700 {digits(6)}",
        lambda: f"+49 30 {digits(8, True)}",
        lambda: f"+976 99{digits(2)} {digits(4)}",
        lambda: f"+852 {pick('5689')}{digits(3)} {digits(4)}",
        lambda: f"+853 66{digits(2)} {digits(4)}",
        lambda: f"+886 9{digits(2)} {digits(3)} {digits(3)}",
        lambda: f"+971 50 {digits(3)} {digits(4)}",
        lambda: f"+996 555 {digits(3)} {digits(3)}",
        lambda: f"+992 9{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+7{R.randint(700, 778)}{digits(7)}",
    ]
    return pick(forms)()


def any_phone():
    r = R.random()
    if r < 0.5:
        return cn_mobile()
    if r < 0.7:
        return cn_landline()
    return foreign_phone()


# ---------------------------------------------------------------- mail, web, ip

MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "gmail.com", "mail.ru", "yandex.kz",
                "yahoo.com", "outlook.com", "foxmail.com", "hotmail.com", "naver.com", "icloud.com",
                "yeah.net", "sohu.com", "inbox.ru", "bk.ru", "proton.me"]
MAIL_LOCAL = ["zhangwei", "lixiaoyu", "wang.fang", "chenjing", "liuyang_", "aigerim.b", "d.volkov",
              "umida.k", "priya.s", "nguyenlan", "minjun.kim", "huanghaiyan", "xiaomei", "ouyanglin",
              "sunny", "kangai", "lupus.mom", "ma_jun", "heshuang", "dana.yermek", "tanaka.y", "gulnara"]


def email_plain():
    loc = pick(MAIL_LOCAL) + (digits(R.choice([2, 4])) if R.random() < 0.6 else "")
    if R.random() < 0.15:
        loc = digits(R.randint(6, 10), True)
        dom = pick(["qq.com", "foxmail.com"])
    else:
        dom = pick(MAIL_DOMAINS)
    return loc, dom


def email():
    loc, dom = email_plain()
    name, tld = dom.rsplit(".", 1)
    r = R.random()
    if r < 0.6:
        return f"{loc}@{dom}"
    if r < 0.66:
        return f"{loc.upper()}@{dom.upper()}"
    if r < 0.72:
        return f"{loc} at {name} dot {tld}"
    if r < 0.78:
        return f"{loc}(at){dom}"
    if r < 0.83:
        return f"{loc}[at]{name}[dot]{tld}"
    if r < 0.88:
        return f"{loc}#{dom}（#换成@）"
    if r < 0.93:
        return f"{loc} 艾特 {name} 点 {tld}"
    return f"{loc}＠{dom}"


def web():
    slug = pick(["help-aigerim", "lupus-diary", "xiaoyu-kangai", "zhangwei-sle", "dima-cart", "mama-jiayou",
                 "umida-story", "lin-family", "our-journey"])
    forms = [
        lambda: f"https://www.gofundme.com/f/{slug}-{digits(3)}",
        lambda: f"https://www.shuidichou.com/raise/detail/{digits(9, True)}",
        lambda: f"http://{slug}.lofter.com",
        lambda: f"https://{slug}.github.io",
        lambda: f"www.{slug.replace('-', '')}.cn",
        lambda: f"https://t.cn/A6{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
        lambda: f"bit.ly/{''.join(R.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(7))}",
        lambda: f"https://pan.baidu.com/s/1{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789') for _ in range(10))}",
        lambda: f"https://mp.weixin.qq.com/s/{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789_-') for _ in range(22))}",
        lambda: f"https://www.{slug}.kz/blog/{digits(4, True)}",
        lambda: f"https://drive.google.com/file/d/1{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789') for _ in range(18))}/view",
        lambda: f"{slug}.blogspot.com",
        lambda: f"https://www.youtube.com/watch?v={''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789') for _ in range(11))}",
        lambda: f"http://blog.sina.com.cn/s/blog_{digits(8, True)}0102{digits(4)}.html",
        lambda: f"https://www.meipian.cn/{''.join(R.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(8))}",
    ]
    return pick(forms)()


def ipv4():
    r = R.random()
    if r < 0.3:
        return f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}"
    if r < 0.45:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if r < 0.55:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return f"{pick([36, 58, 101, 111, 114, 116, 120, 171, 183, 202, 210, 218, 222, 223, 5, 37, 89, 95, 178, 213])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    groups = [pick(["2408", "240e", "2409", "2a02", "2001", "fe80"])]
    r = R.random()
    if r < 0.5:
        groups += ["%x" % R.randint(0, 65535) for _ in range(3)]
        return ":".join(groups) + "::" + "%x" % R.randint(1, 65535)
    groups += ["%x" % R.randint(0, 65535) for _ in range(7)]
    return ":".join(groups)


def any_ip():
    return ipv6() if R.random() < 0.3 else ipv4()


# ---------------------------------------------------------------- social

def social():
    forms = [
        lambda: "微信号：" + pick(["wxid_" + "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
                                  pick(PY_FAM).lower() + "_" + pick(PY_GIVEN).lower() + digits(4),
                                  pick(EN_NICKS) + "-" + digits(4)]),
        lambda: f"微信 {pick(PY_FAM).lower()}{pick(PY_GIVEN).lower()}{digits(2)}",
        lambda: f"QQ：{digits(R.randint(6, 10), True)}",
        lambda: f"QQ号{digits(R.randint(8, 10), True)}",
        lambda: "微博@" + pick(["抗狼小战士", "小雨不怕疼", "阿敏的康复日记", "草原上的格桑花", "豆豆妈妈", "狼疮十年"]) + digits(R.choice([0, 2, 4])).strip(),
        lambda: f"抖音号：dy{''.join(R.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(8))}",
        lambda: f"小红书号 {digits(9, True)}",
        lambda: "Instagram @" + pick(["aigerim.b", "dima_volkov", "umida_k", "priya.s91", "lan.nguyen88", "minjun__k"]) + digits(R.choice([0, 2])).strip(),
        lambda: "Telegram: @" + pick(["dima_volkov", "aigerim_b", "sherzod_r", "nurlan07", "olga_smir"]) + digits(2),
        lambda: "LINE ID：" + pick(["misaki_0315", "yuki.t", "kenta-s"]) + digits(2),
        lambda: "X（推特）@" + pick(["priya_sharma", "amara_d", "jdevries", "sofia_r"]) + digits(2),
        lambda: f"KakaoTalk ID minjun{digits(4)}",
        lambda: f"B站 UID {digits(R.randint(8, 10), True)}",
        lambda: f"快手号 {pick(['ks', 'kuai'])}{digits(8)}",
        lambda: f"视频号“{pick(['格桑花开', '豆豆成长记', '阿依的日常', '老周说病'])}{digits(3)}”",
        lambda: f"Facebook: {pick(['nguyen.lan', 'omar.khalid', 'maria.santos', 'kwame.mensah'])}.{digits(2)}",
        lambda: f"VK id{digits(9, True)}",
        lambda: f"知乎@{pick(['一只抗狼的猫', '小雨点妈妈', '北漂看病记'])}{digits(2)}",
    ]
    return pick(forms)()


# ---------------------------------------------------------------- numbers

AREA6 = ["110105", "110108", "310104", "440305", "440106", "650102", "650104", "510107", "420106",
         "130102", "610113", "632123", "540102", "652101", "654002", "150102", "230103", "410102",
         "411622", "430521", "360702", "450103", "530102", "520102", "460105", "330302", "350503"]


def rid_checksum(body):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def resident_id():
    y, m, d = rand_ymd(1935, 2020)
    body = pick(AREA6) + f"{y}{m:02d}{d:02d}" + digits(3)
    r = R.random()
    if r < 0.1:
        return pick(AREA6) + f"{y % 100:02d}{m:02d}{d:02d}" + digits(3)
    chk = rid_checksum(body)
    if r < 0.22:
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    r2 = R.random()
    if r2 < 0.12:
        s = f"{s[:6]} {s[6:14]} {s[14:]}"
    elif r2 < 0.2:
        s = fullwidth(s)
    elif r2 < 0.25:
        s = s.replace("X", "x")
    elif r2 < 0.3:
        s = f"{s[:6]}-{s[6:14]}-{s[14:]}"
    return s


def national_id():
    forms = [
        lambda: f"ИИН {R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{digits(5)}",
        lambda: f"IIN {R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{digits(5)}",
        lambda: f"个人识别号（ИИН）{R.randint(0, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{digits(5)}",
        lambda: f"СНИЛС {digits(3, True)}-{digits(3)}-{digits(3)} {digits(2)}",
        lambda: f"SNILS {digits(3, True)}-{digits(3)}-{digits(3)} {digits(2)}",
        lambda: f"ПИНФЛ {pick('3456')}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{digits(7)}",
        lambda: f"SSN {R.randint(101, 665)}-{R.randint(10, 99)}-{digits(4, True)}",
        lambda: f"주민등록번호 {R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick('12')}{digits(6)}",
        lambda: f"韩国居民登录号码{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick('1234')}{digits(6)}",
        lambda: f"香港身份证 {pick('ACDEGKPRVZ')}{digits(6)}({pick('0123456789A')})",
        lambda: f"台湾身份证字号 {pick('ABCDEFGHK')}{pick('12')}{digits(8)}",
        lambda: f"澳门身份证 {pick('1257')}{digits(6)}({R.randint(0, 9)})",
        lambda: f"My Number {digits(4, True)} {digits(4)} {digits(4)}",
        lambda: f"Aadhaar {R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}",
        lambda: f"越南公民身份证号 0{digits(2)}{R.randint(0, 3)}{digits(2)}{digits(6)}",
        lambda: f"CPF {digits(3, True)}.{digits(3)}.{digits(3)}-{digits(2)}",
        lambda: f"CURP {pick(['GOMR', 'PEHJ', 'LOFA'])}{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('HM')}DF{pick(['NRS', 'RLN', 'PRZ'])}0{R.randint(1, 9)}",
        lambda: f"NIN {digits(11, True)}",
        lambda: f"National Insurance number {pick(['AB', 'JG', 'NP', 'SK'])} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}",
        lambda: f"CNIC {digits(5, True)}-{digits(7)}-{R.randint(1, 9)}",
        lambda: f"Emirates ID 784-{R.randint(1950, 2010)}-{digits(7)}-{R.randint(1, 9)}",
        lambda: f"法国社会保障号 {pick('12')} {R.randint(50, 99)} {R.randint(1, 12):02d} {digits(2)} {digits(3)} {digits(3)} {digits(2)}",
        lambda: f"蒙古国身份登记号 УБ{R.randint(50, 99)}{R.randint(1, 12):02d}{digits(4)}",
    ]
    return pick(forms)()


def passport():
    forms = [
        lambda: f"E{digits(8)}", lambda: f"E{pick('ABCDEFGH')}{digits(7)}", lambda: f"G{digits(8)}",
        lambda: f"N{digits(8)}", lambda: f"{R.randint(70, 79)} {digits(7)}", lambda: f"{R.randint(70, 79)}{digits(7)}",
        lambda: f"{pick(['AA', 'AB', 'FA', 'AD'])}{digits(7)}", lambda: f"{digits(9, True)}",
        lambda: f"M{digits(8)}", lambda: f"T{pick('KRZ')}{digits(7)}", lambda: f"{pick('JKLMNPZ')}{digits(7)}",
        lambda: f"C{digits(7)}", lambda: f"C{pick('FGHJK')}{digits(2)}{pick('LMNPR')}{pick('TVWXYZ')}{digits(3)}",
        lambda: f"P{digits(7)}", lambda: f"{pick(['LA', 'LB'])}{digits(7)}",
    ]
    return pick(forms)()


def mrn():
    forms = [
        lambda: digits(7, True), lambda: digits(8, True), lambda: "00" + digits(6, True),
        lambda: f"BA{R.randint(2015, 2024)}-{digits(6)}", lambda: f"MZ{digits(10, True)}",
        lambda: f"P{digits(8)}", lambda: f"ZY{digits(8)}", lambda: f"{digits(4, True)}-{digits(4)}",
        lambda: f"H{digits(7)}", lambda: f"{digits(2, True)}-{digits(2)}-{digits(2)}",
        lambda: f"MRN{digits(8)}", lambda: f"S{R.randint(2018, 2024)}-{digits(5)}",
        lambda: f"CT{digits(10)}", lambda: f"0{digits(9, True)}",
    ]
    return pick(forms)()


def health_plan():
    forms = [
        lambda: f"{pick(['A', 'B', 'J', 'K'])}{digits(8)}",
        lambda: f"{digits(4, True)} {digits(4)} {digits(4)} {digits(4)}",
        lambda: f"{pick(AREA6)}{digits(9)}",
        lambda: f"P{digits(4, True)}{R.randint(2019, 2024)}{digits(9)}",
        lambda: f"U{digits(10)}", lambda: f"BUPA-{digits(8)}", lambda: f"{digits(2, True)}{pick('ABCDEF')}{digits(7)}",
        lambda: f"1{pick('ABCDEFGH')}{pick('ABCDEFGH')}{R.randint(1, 9)}-{pick('ABCDEFGH')}{pick('ABCDEFGH')}{R.randint(1, 9)}-{pick('ABCDEFGH')}{pick('ABCDEFGH')}{digits(2)}",
        lambda: f"XNH{digits(12)}", lambda: f"{digits(6, True)}-{digits(4)}-{digits(3)}",
        lambda: f"PA{digits(14, True)}", lambda: f"ОМС {digits(16, True)}",
    ]
    return pick(forms)()


CARD_PREFIX = ["6222", "6217", "6228", "6214", "6225", "6212", "6226", "6230", "6216", "6227"]


def bank_account():
    forms = [
        lambda: pick(CARD_PREFIX) + digits(15),
        lambda: " ".join([pick(CARD_PREFIX), digits(4), digits(4), digits(4), digits(3)]),
        lambda: " ".join([pick(CARD_PREFIX), digits(4), digits(4), digits(4)]),
        lambda: "-".join([pick(CARD_PREFIX), digits(4), digits(4), digits(4)]),
        lambda: f"KZ{digits(2)} {digits(3)}{pick('ABCK')} {digits(4)} {digits(4)} {digits(4)}",
        lambda: f"KZ{digits(2)}{digits(3)}{pick('ABCK')}{digits(12)}",
        lambda: f"408178{digits(14)}",
        lambda: f"{digits(5, True)} {digits(3)} {digits(1)} {digits(4)} {digits(7)}",
        lambda: f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
        lambda: f"GB{digits(2)} NWBK {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
        lambda: f"UZ{digits(18)}",
        lambda: f"{digits(4, True)} {digits(4)} {digits(4)} {digits(4)}",
        lambda: fullwidth(pick(CARD_PREFIX) + digits(12)),
        lambda: f"{digits(3, True)}-{digits(6)}-{digits(3)}",
        lambda: f"1100 {digits(4)} {digits(4)} {digits(4)} {digits(4)}",
    ]
    return pick(forms)()


def licence():
    forms = [
        lambda: f"医师执业证书编码 {digits(15, True)}",
        lambda: f"执业证书编号：{digits(15, True)}",
        lambda: f"护士执业证书编号 {R.randint(2005, 2023)}{digits(8)}",
        lambda: f"医师资格证书编号{R.randint(1999, 2022)}{digits(11)}",
        lambda: f"驾驶证档案编号 {digits(12, True)}",
        lambda: f"驾照号 {pick('ABDF')}{digits(3)}-{digits(4)}-{digits(4)}",
        lambda: f"出生医学证明编号 {pick('OPQRS')}{digits(9)}",
        lambda: f"健康证编号 JK{R.randint(2019, 2024)}{digits(6)}",
        lambda: f"执业药师注册证号 {digits(6, True)}{R.randint(2010, 2023)}{digits(5)}",
        lambda: f"водительское удостоверение {digits(2)} {digits(2)} {digits(6)}",
        lambda: f"哈萨克斯坦驾照 {pick(['AN', 'AB', 'KZ'])}{digits(6)}",
        lambda: f"结婚证字号 J{pick(AREA6)}-{R.randint(2005, 2023)}-{digits(6)}",
        lambda: f"护工上岗证 HG{R.randint(2018, 2024)}-{digits(4)}",
        lambda: f"职业资格证书编号 {digits(4, True)}{digits(4)}{digits(4)}{digits(6)}",
        lambda: f"UK driving licence {pick(['MORGA', 'SMITH', 'JONES'])}{digits(6)}{pick(['SM', 'AB', 'JK'])}{digits(1)}{pick(['LH', 'AB', 'XY'])}",
    ]
    return pick(forms)()


PROV_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
RU_LETTERS = "АВЕКМНОРСТУХ"


def plate():
    def cn_tail(n):
        return "".join(R.choice(PLATE_LETTERS + "0123456789" * 2) for _ in range(n))
    forms = [
        lambda: f"{pick(PROV_ABBR)}{pick(PLATE_LETTERS)}·{digits(5)}",
        lambda: f"{pick(PROV_ABBR)}{pick(PLATE_LETTERS)}{cn_tail(5)}",
        lambda: f"{pick(PROV_ABBR)}{pick(PLATE_LETTERS)} {cn_tail(5)}",
        lambda: f"{pick(PROV_ABBR)}{pick(PLATE_LETTERS)}-{pick('DF')}{cn_tail(5)}",
        lambda: f"{pick(PROV_ABBR)}{pick(PLATE_LETTERS)}·{pick('DF')}{digits(5)}",
        lambda: f"新{pick('ABCDFGHJ')}·{cn_tail(5)}",
        lambda: f"{digits(3)} {''.join(R.choice('ABCDEHKMNPTXZ') for _ in range(3))} {pick(['01', '02', '05', '13', '17'])}",
        lambda: f"{pick(RU_LETTERS)}{digits(3)}{pick(RU_LETTERS)}{pick(RU_LETTERS)} {pick(['77', '99', '197', '54', '25'])}",
        lambda: f"01 {pick('ABDEHKMNPTXYZ')} {digits(3)} {pick(['BC', 'AA', 'KA', 'MB'])}",
        lambda: f"{R.randint(1, 8)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(3)}",
        lambda: f"{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXY') for _ in range(2))}{digits(2)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
        lambda: f"{digits(2, True)}{pick('가나다라마바사')} {digits(4, True)}",
        lambda: f"{pick(['29', '30', '51', '59'])}{pick('ABCDEFGH')}-{digits(3)}.{digits(2)}",
        lambda: f"粤Z·{digits(4)}港",
    ]
    return pick(forms)()


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    return pick(["LSV", "LFV", "LGB", "LHG", "JTD", "WVW", "XTA", "KMH", "LVS"]) + "".join(R.choice(VIN_CHARS) for _ in range(14))


def vehicle():
    return vin() if R.random() < 0.25 else plate()


def device():
    hexs = "0123456789ABCDEF"
    forms = [
        lambda: f"SN：NG{digits(7)}H", lambda: f"序列号 {pick(['RNB', 'PJN', 'BXE'])}{digits(6)}{pick('SHG')}",
        lambda: f"IMEI {pick(['86', '35'])}{digits(13)}",
        lambda: f"IMEI：{pick(['86', '35'])}{digits(4)} {digits(5)} {digits(4)}",
        lambda: "MAC 地址 " + ":".join("".join(R.choice(hexs) for _ in range(2)) for _ in range(6)),
        lambda: "MAC " + "-".join("".join(R.choice(hexs.lower()) for _ in range(2)) for _ in range(6)),
        lambda: f"S/N {digits(4, True)}{pick('ABCDEFGH')}{digits(4)}",
        lambda: f"植入体编号 {digits(7, True)}",
        lambda: f"传感器编号 {''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(10))}",
        lambda: f"发射器 ID {''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}",
        lambda: f"(01)0{digits(13)}(21){''.join(R.choice('0123456789ABCDEFGHJKLMN') for _ in range(8))}",
        lambda: f"设备号 {digits(3, True)}-{digits(4)}-{digits(4)}",
        lambda: f"序列号：{digits(11, True)}",
        lambda: f"SN {''.join(R.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(12))}",
    ]
    return pick(forms)()


def other_number():
    forms = [
        lambda: f"挂号单号 {R.randint(2019, 2024)}{digits(4)}-{digits(4)}",
        lambda: f"预约号 YY{digits(8, True)}",
        lambda: f"顺丰单号 SF{digits(13, True)}",
        lambda: f"快递单号 {pick(['YT', 'ZTO', 'JD'])}{digits(13, True)}",
        lambda: f"机票订单号 {digits(10, True)}",
        lambda: f"火车票订单号 E{digits(9)}",
        lambda: f"（{R.randint(2018, 2024)}）{pick(PROV_ABBR)}{digits(4, True)}民初{digits(4, True)}号",
        lambda: f"案号（{R.randint(2018, 2024)}）{pick(PROV_ABBR)}{R.randint(1, 9)}{digits(3)}民终{digits(3, True)}号",
        lambda: f"学号 {R.randint(2015, 2023)}{digits(6)}",
        lambda: f"工号 {pick(['', 'GH', 'EMP-', 'HR'])}{digits(R.choice([4, 5, 6]), True)}",
        lambda: f"理赔案件号 CL{R.randint(2019, 2024)}{digits(9)}",
        lambda: f"报案号 {pick(['RP', 'BA'])}{digits(12, True)}",
        lambda: f"签证申请编号 {pick(['CN', 'KZ', 'UZ'])}{digits(9, True)}",
        lambda: f"邀请函编号 ZL-{R.randint(2019, 2024)}-{digits(4)}",
        lambda: f"发票号码 {digits(8, True)}",
        lambda: f"骨髓库志愿者编号 {digits(10, True)}",
        lambda: f"众筹项目编号 {digits(9, True)}",
        lambda: f"会员卡号 VIP{digits(8)}",
        lambda: f"酒店订单号 {digits(12, True)}",
        lambda: f"调解受理号 TJ{R.randint(2019, 2024)}-{digits(4)}",
        lambda: f"考生号 {digits(14, True)}",
        lambda: f"工作证号 {pick(['', 'No.'])}{digits(6, True)}",
    ]
    return pick(forms)()


# ---------------------------------------------------------------- places

PROVINCES = ["新疆", "西藏", "青海", "甘肃", "内蒙古", "黑龙江", "吉林", "辽宁", "河北", "河南", "山东",
             "山西", "陕西", "四川", "云南", "贵州", "广西", "广东", "海南", "湖南", "湖北", "江西",
             "安徽", "江苏", "浙江", "福建", "宁夏", "重庆", "上海", "天津"]
CN_CITIES = ["乌鲁木齐", "伊宁", "喀什", "阿克苏", "兰州", "西宁", "呼和浩特", "哈尔滨", "长春", "沈阳",
             "郑州", "周口", "邵阳", "赣州", "南宁", "昆明", "贵阳", "拉萨", "海口", "温州", "泉州",
             "宜昌", "绵阳", "张家口", "石家庄", "黄石", "林芝", "金华", "吴忠", "许昌", "马鞍山",
             "中山", "丽江", "曲靖", "鄂尔多斯", "包头", "大理", "银川", "武汉", "成都", "洛阳", "齐齐哈尔"]
FOREIGN_CITIES = ["阿拉木图", "阿斯塔纳", "奇姆肯特", "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "乌兰巴托",
                  "莫斯科", "新西伯利亚", "符拉迪沃斯托克", "伊尔库茨克", "河内", "胡志明市", "首尔",
                  "釜山", "大阪", "迪拜", "拉各斯", "孟买", "伊斯兰堡", "曼谷", "雅加达", "卡拉干达"]
COUNTRIES = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "俄罗斯", "蒙古国", "越南",
             "韩国", "日本", "印度", "巴基斯坦", "尼日利亚", "肯尼亚", "德国", "意大利", "巴西",
             "墨西哥", "阿联酋", "埃及", "泰国", "印度尼西亚", "土库曼斯坦", "阿塞拜疆"]
NATIONALITY = [c + "籍" for c in ["哈萨克斯坦", "俄罗斯", "乌兹别克斯坦", "越南", "蒙古国", "韩国", "印度", "尼日利亚"]] + ["中国籍"]
DISTRICTS = ["朝阳区", "海淀区", "天河区", "锦江区", "鼓楼区", "新市区", "南岗区", "沙依巴克区", "城关区",
             "二七区", "雨花区", "西湖区", "思明区", "五华区", "天山区", "赛罕区", "江岸区"]
ROAD_A = ["人民", "解放", "中山", "建设", "和平", "胜利", "长江", "黄河", "友谊", "新华", "文化", "光明",
          "幸福", "团结", "天山", "延安", "滨江", "东风", "北京", "红旗", "青年", "迎宾"]
ROAD_B = ["路", "路", "大街", "街", "大道", "北路", "南路", "东路", "西路"]
ESTATE_A = ["阳光", "金色", "锦绣", "翠苑", "绿城", "和谐", "康乐", "丽景", "怡和", "龙湖", "枫林", "滨河",
            "紫薇", "华府", "世纪", "温馨"]
ESTATE_B = ["花园", "家园", "小区", "新村", "公寓", "苑", "名都", "佳园"]
VILLAGE_A = ["红旗", "白沙", "向阳", "李家", "王庄", "石桥", "柳树", "新光", "团结", "东湖", "马家"]


def cn_address():
    road = pick(ROAD_A) + pick(ROAD_B)
    estate = pick(ESTATE_A) + pick(ESTATE_B)
    forms = [
        lambda: f"{pick(CN_CITIES)}市{pick(DISTRICTS)}{road}{R.randint(1, 899)}号",
        lambda: f"{road}{R.randint(1, 899)}号{estate}{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 33)}{R.randint(1, 4):02d}室",
        lambda: f"{estate}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 26)}0{R.randint(1, 4)}",
        lambda: f"{estate}{R.randint(1, 30)}栋{R.randint(1, 33)}{R.randint(1, 4):02d}",
        lambda: f"{pick(VILLAGE_A)}村{cn_int(R.randint(1, 9))}组{R.randint(1, 99)}号",
        lambda: f"{pick(VILLAGE_A)}镇{pick(VILLAGE_A)}村{R.randint(1, 120)}号",
        lambda: f"{road}{R.randint(1, 300)}弄{R.randint(1, 60)}号{R.randint(101, 604)}室",
        lambda: f"{pick(ROAD_A)}胡同{R.randint(1, 80)}号院",
        lambda: f"{road}与{pick(ROAD_A)}{pick(ROAD_B)}交叉口{pick(['东北角', '西南角', '往北50米'])}",
        lambda: f"{pick(CN_CITIES)}{pick(DISTRICTS)}{road}{cn_int(R.randint(11, 99))}号",
        lambda: f"{road}{R.randint(1, 500)}号院{R.randint(1, 20)}号楼{R.randint(1, 26)}层",
        lambda: fullwidth(f"{R.randint(1, 30)}") + "号楼" + f"{road}{R.randint(1, 300)}号",
    ]
    return pick(forms)()


def foreign_address():
    forms = [
        lambda: f"阿拉木图市阿拜大街{R.randint(1, 200)}号{R.randint(1, 120)}室",
        lambda: f"ул. {pick(['Ленина', 'Абая', 'Пушкина', 'Гагарина', 'Навои'])}, д. {R.randint(1, 150)}, кв. {R.randint(1, 220)}",
        lambda: f"пр. {pick(['Абая', 'Назарбаева', 'Мира'])} {R.randint(1, 200)}, кв. {R.randint(1, 90)}",
        lambda: f"{pick(['Amir Temur', 'Mustaqillik', 'Navoiy'])} ko'chasi {R.randint(1, 150)}-uy, {R.randint(1, 90)}-xonadon",
        lambda: f"{R.randint(1, 999)} {pick(['Main', 'Oak', 'Maple', 'Elm', 'Cedar'])} St, Apt {R.randint(1, 20)}{pick('ABCD')}",
        lambda: f"Flat {R.randint(1, 40)}, {R.randint(1, 200)} {pick(['King', 'Queen', 'Church', 'Station'])} Road",
        lambda: f"東京都{pick(['新宿区西新宿', '港区芝', '世田谷区北沢'])}{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 30)}",
        lambda: f"서울특별시 {pick(['강남구 테헤란로', '마포구 양화로', '종로구 율곡로'])} {R.randint(1, 300)}",
        lambda: f"Số {R.randint(1, 150)} Ngõ {R.randint(1, 200)} Phố {pick(['Huế', 'Bà Triệu', 'Kim Mã'])}",
        lambda: f"塔什干市尤努萨巴德区{R.randint(1, 19)}小区{R.randint(1, 60)}号楼{R.randint(1, 80)}室",
        lambda: f"乌兰巴托市{pick(['苏赫巴托区', '巴彦祖尔赫区'])}第{R.randint(1, 20)}分区{R.randint(1, 90)}号楼{R.randint(1, 99)}室",
        lambda: f"{pick(['Hauptstraße', 'Bahnhofstraße', 'Gartenweg'])} {R.randint(1, 150)}",
    ]
    return pick(forms)()


def address():
    return foreign_address() if R.random() < 0.3 else cn_address()


def estate_only():
    return pick(ESTATE_A) + pick(ESTATE_B)


def postal():
    forms = [
        lambda: f"{R.randint(0, 8)}{digits(5)}", lambda: f"{R.randint(0, 8)}{digits(5)}",
        lambda: f"{R.randint(10000, 99950)}", lambda: f"{R.randint(10000, 99950)}-{digits(4)}",
        lambda: f"{pick(['SW1A', 'EC1A', 'W1D', 'M1', 'B15', 'EH8'])} {R.randint(1, 9)}{pick('ABDEFGHJLNPQRSTUWXYZ')}{pick('ABDEFGHJLNPQRSTUWXYZ')}",
        lambda: f"{pick('KLMNTVH')}{R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{pick('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(1, 9)}",
        lambda: f"〒{digits(3, True)}-{digits(4)}",
        lambda: f"{pick(['05', '06', '15', '16', '10'])}{digits(4)}",
        lambda: fullwidth(f"{R.randint(1, 8)}{digits(5)}"),
        lambda: f"{pick(['A', 'T', 'Z', 'M'])}{digits(2)}{pick('ABCDEFGHK')}{digits(1)}{pick('ABCDEFGHKMP')}{digits(1)}",
    ]
    return pick(forms)()


def geo():
    lat = R.uniform(18.5, 53.0)
    lon = R.uniform(60.0, 134.0)
    p = R.choice([4, 5, 6])

    def dms(v):
        d = int(v)
        mi = int((v - d) * 60)
        s = int(((v - d) * 60 - mi) * 60)
        return d, mi, s
    forms = [
        lambda: f"{lat:.{p}f}, {lon:.{p}f}",
        lambda: f"({lat:.{p}f},{lon:.{p}f})",
        lambda: f"北纬{lat:.4f}°，东经{lon:.4f}°",
        lambda: f"N{lat:.4f}° E{lon:.4f}°",
        lambda: "北纬{}°{}′{}″、东经{}°{}′{}″".format(*dms(lat), *dms(lon)),
        lambda: "{}°{}'{}\"N {}°{}'{}\"E".format(*dms(lat), *dms(lon)),
        lambda: f"lat={lat:.{p}f}&lng={lon:.{p}f}",
        lambda: f"geo:{lat:.{p}f},{lon:.{p}f}",
        lambda: f"经度{lon:.5f}，纬度{lat:.5f}",
        lambda: f"E{lon:.5f} N{lat:.5f}",
        lambda: f"{lat:.{p}f}N, {lon:.{p}f}E",
    ]
    return pick(forms)()


# ---------------------------------------------------------------- clean values

DRUGS = [("泼尼松", "mg/d", [5, 10, 20, 30, 40, 60]), ("甲泼尼龙", "mg", [40, 80, 250, 500, 1000]),
         ("环磷酰胺", "g", [0.4, 0.6, 0.8, 1.0]), ("吗替麦考酚酯", "g/d", [1.0, 1.5, 2.0]),
         ("羟氯喹", "mg bid", [100, 200]), ("他克莫司", "mg q12h", [0.5, 1, 1.5, 2]),
         ("利妥昔单抗", "mg/m²", [375]), ("贝利尤单抗", "mg/kg", [10]), ("环孢素", "mg/kg/d", [3, 4, 5]),
         ("氟达拉滨", "mg/m²", [25, 30]), ("托珠单抗", "mg/kg", [4, 8]), ("胰岛素", "U", [4, 6, 8, 12, 16]),
         ("阿司匹林", "mg qd", [75, 100]), ("呋塞米", "mg", [20, 40]), ("碳酸钙D3", "片/日", [1, 2]),
         ("他汀", "mg qn", [10, 20]), ("静注人免疫球蛋白", "g/kg", [0.4, 1]), ("美罗华", "mg", [100, 500])]


def dose():
    name, unit, vals = pick(DRUGS)
    v = pick(vals)
    return f"{name} {v} {unit}" if R.random() < 0.5 else f"{name}{v}{unit}"


LABS = [("血小板", "×10⁹/L", (5, 450)), ("PLT", "×10^9/L", (5, 450)), ("白细胞", "×10⁹/L", (1, 25)),
        ("血红蛋白", "g/L", (55, 160)), ("24小时尿蛋白", "g", (0.1, 8.0)), ("尿蛋白定量", "mg/24h", (80, 6500)),
        ("血肌酐", "μmol/L", (40, 620)), ("eGFR", "mL/min/1.73m²", (12, 120)), ("补体C3", "g/L", (0.2, 1.5)),
        ("补体C4", "g/L", (0.02, 0.4)), ("抗dsDNA抗体", "IU/mL", (10, 800)), ("IL-6", "pg/mL", (2, 900)),
        ("CRP", "mg/L", (1, 180)), ("铁蛋白", "ng/mL", (30, 4200)), ("HbA1c", "%", (5.0, 11.0)),
        ("ALT", "U/L", (8, 420)), ("白蛋白", "g/L", (18, 48)), ("D-二聚体", "mg/L FEU", (0.1, 9.0)),
        ("CD19⁺ B细胞", "个/μL", (0, 300)), ("血钾", "mmol/L", (2.8, 6.1)), ("体温", "℃", (36.2, 40.1)),
        ("空腹血糖", "mmol/L", (3.9, 15.0)), ("LDH", "U/L", (120, 1500)), ("BNP", "pg/mL", (20, 3500))]


def lab():
    name, unit, (lo, hi) = pick(LABS)
    v = R.uniform(lo, hi)
    vs = f"{v:.1f}" if hi < 20 else f"{int(v)}"
    return f"{name} {vs} {unit}" if R.random() < 0.5 else f"{name}{vs}{unit}"


def ref_range():
    forms = [lambda: f"参考范围 {pick(['125–350', '100-300', '3.5–9.5', '0.9–1.8', '0.1–0.4', '3.5-5.3', '44-133', '40-55'])}",
             lambda: f"（正常值 {pick(['4-10', '0-5', '0.8~1.2', '<20', '≤0.5', '3.9–6.1', '120–250'])} {pick(['×10⁹/L', 'mg/L', 'mmol/L', 'U/L', 'g/L'])}）",
             lambda: f"正常区间为{pick(['35', '40', '115', '0.5', '2.0'])}～{pick(['55', '60', '150', '1.5', '8.0'])}"]
    return pick(forms)()


def bp():
    s, d = R.randint(90, 190), R.randint(55, 115)
    return pick([f"{s}/{d} mmHg", f"{s}/{d}mmHg", f"血压{s}/{d}", f"BP {s}/{d} mmHg"])


def score():
    forms = [lambda: f"SLEDAI-2K 评分 {R.randint(0, 30)} 分", lambda: f"ECOG {R.randint(0, 4)} 分",
             lambda: f"NYHA {pick(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'])}级", lambda: f"Child-Pugh {pick('ABC')}级",
             lambda: f"Glasgow 评分 {R.randint(3, 15)} 分", lambda: f"Apgar 评分 {R.randint(5, 10)}-{R.randint(7, 10)}",
             lambda: f"VAS {R.randint(0, 10)}/10", lambda: f"ANA 1:{pick([80, 160, 320, 640, 1280])}",
             lambda: f"CD4/CD8 比值 {R.uniform(0.3, 2.5):.2f}", lambda: f"KPS {pick([50, 60, 70, 80, 90])} 分",
             lambda: f"MoCA {R.randint(15, 30)}/30", lambda: f"PHQ-9 {R.randint(0, 27)} 分",
             lambda: f"CRS {R.randint(1, 3)}级", lambda: f"ICANS {R.randint(0, 2)}级",
             lambda: f"Ann Arbor {pick(['Ⅱ', 'Ⅲ', 'Ⅳ'])}{pick('AB')}期", lambda: f"Gleason {pick(['3+4', '4+3', '4+4'])}={pick([7, 8])}"]
    return pick(forms)()


def time_of_day():
    h, m = R.randint(0, 23), pick([0, 5, 10, 15, 20, 30, 40, 45, 50])
    forms = [lambda: f"{h}:{m:02d}", lambda: f"{h:02d}:{m:02d}", lambda: f"上午{R.randint(7, 11)}点{pick(['', '半', '一刻'])}",
             lambda: f"凌晨{R.randint(1, 5)}点", lambda: f"晚上{R.randint(7, 11)}点{R.randint(0, 5)}0分",
             lambda: f"{R.randint(8, 11)}:{m:02d}—{R.randint(12, 17)}:{pick([0, 30]):02d}", lambda: f"下午{R.randint(1, 5)}点{pick(['', '左右'])}"]
    return pick(forms)()


def duration():
    forms = [lambda: f"{R.randint(2, 20)}年", lambda: f"{R.randint(2, 11)}个月", lambda: f"{R.randint(2, 30)}天",
             lambda: f"{cn_int(R.randint(2, 12))}年", lambda: f"{R.randint(2, 72)}小时", lambda: f"{R.randint(2, 16)}周",
             lambda: f"{cn_int(R.randint(2, 9))}个多月", lambda: f"{R.randint(10, 90)}分钟"]
    return pick(forms)()


GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "ALK", "JAK2", "FLT3", "NPM1", "KRAS", "CD19",
         "CD20", "BCMA", "CD22", "HLA-DRB1", "IFIH1", "TREX1", "C1q", "STAT3", "IKZF1", "PD-L1", "HER2",
         "MYD88", "BCR-ABL1", "CALR", "IDH1", "TNFAIP3", "DNASE1L3"]
VARIANTS = ["c.2573T>G（p.L858R）", "V617F", "c.5266dupC", "HLA-B*58:01", "HLA-DRB1*15:01", "rs1800562",
            "t(9;22)(q34;q11)", "46,XX", "47,XY,+21", "FLT3-ITD", "NM_000546.6:c.743G>A", "exon 19 del",
            "p.R882H", "c.1799T>A（p.V600E）", "del(17p)", "HLA-A*02:01", "c.35delG", "inv(16)(p13.1q22)"]


def gene():
    return pick(GENES)


def variant():
    return pick(VARIANTS)


def trial():
    forms = [lambda: f"NCT0{R.randint(3000000, 6500000)}", lambda: f"ChiCTR{R.randint(1800000000, 2400099999)}",
             lambda: f"ChiCTR-{pick(['IOR', 'OPC', 'INR'])}-{R.randint(15000000, 17099999)}",
             lambda: f"EudraCT {R.randint(2010, 2023)}-00{digits(4)}-{digits(2)}", lambda: f"CTR{R.randint(2019, 2024)}{digits(4)}",
             lambda: f"ISRCTN{digits(8, True)}", lambda: f"jRCT{R.randint(2031, 2081)}{digits(6)}",
             lambda: f"KCT000{digits(4)}"]
    return pick(forms)()


def icd():
    return pick(["M32.1", "M32.9", "C91.0", "C83.3", "D69.3", "N04.9", "M35.0", "E11.9", "I10", "C90.0",
                 "D59.1", "G35", "M05.8", "4A40.0", "4A43.2", "9680/3", "Z94.8", "K50.9", "I73.0", "Q90.9"])


def drug_code():
    return pick(["ATC L04AA26", "ATC L01XC02", "ATC H02AB07", "ATC P01BA02", "国药准字H20183112",
                 "国药准字S20200019", "国药准字J20140148", "批号 2203051", "批号 B230417A", "ATC L04AA06",
                 "国药准字Z11020567", "NDC 50242-051-21"])


GUIDELINES = ["2019 EULAR/ACR SLE分类标准", "《2020中国系统性红斑狼疮诊疗指南》", "KDIGO 2021 肾小球疾病指南",
              "NCCN 2023 版 B 细胞淋巴瘤指南", "《中国成人血小板减少症诊疗专家共识（2020年版）》",
              "2012 SLICC 标准", "ASTCT 2019 CRS 分级共识", "《哈里森内科学》第21版", "《内科学》（第9版）",
              "WHO 2022 造血与淋巴组织肿瘤分类", "1997 ACR 修订标准", "ISTH 2019 指南", "《默克诊疗手册》",
              "ESC 2021 心衰指南", "GINA 2023", "《实用内科学》第16版"]


def month_year():
    y, m = R.randint(2010, 2024), R.randint(1, 12)
    forms = [lambda: f"{y}年{m}月", lambda: f"{y}年{cn_int(m)}月", lambda: f"{y}-{m:02d}", lambda: f"{y}/{m:02d}",
             lambda: f"{MONTHS_EN[m-1]} {y}", lambda: f"{y}年{m}月初", lambda: f"{y}年{m}月中旬", lambda: f"{y}年{m}月底",
             lambda: f"{y}年{pick(['春', '夏', '秋', '冬', '春节前后', '上半年', '下半年', '第一季度', '年初', '年底'])}",
             lambda: f"同年{m}月", lambda: f"次年{m}月", lambda: f"{y}.{m:02d}"]
    return pick(forms)()


def year():
    y = R.randint(1985, 2024)
    return pick([f"{y}年", f"{y} 年", cn_digits(str(y)) + "年"])


def decade():
    return pick(["上世纪80年代", "九十年代", "2000年代初", "上世纪九十年代末", "70年代", "2010年代", "二十世纪六十年代"])


def age_u90():
    n = R.randint(1, 89)
    return pick([f"{n}岁", f"{n}岁", f"{n} 岁", f"{n}周岁", cn_int(n) + "岁", f"{n}岁{R.randint(1, 11)}个月"])


def money():
    forms = [lambda: f"{R.randint(2, 120)}万元", lambda: f"约{R.randint(1, 60)}万", lambda: f"{R.randint(1000, 99999):,}元",
             lambda: f"¥{R.randint(100, 9999)}.{digits(2)}", lambda: f"人民币{cn_int(R.randint(2, 99))}万元",
             lambda: f"{R.randint(200, 9000)} 美元", lambda: f"{R.randint(100, 900)} 000 坚戈", lambda: f"{R.randint(2, 50)}万卢布",
             lambda: f"{R.randint(1, 9)},{digits(3)},000 韩元", lambda: f"{R.randint(100, 999)}万元"]
    return pick(forms)()


WARDS = ["血液科病房", "风湿免疫科二病区", "肾内科监护室", "细胞治疗中心", "国际医疗部", "门诊楼三层",
         "住院部东区", "层流病房", "日间病房", "儿科重症监护室", "采血室", "影像中心", "输液大厅", "移植仓",
         "CAR-T 病房", "VIP 病区", "急诊留观室", "住院部五楼", "特需门诊"]
DEPTS = ["风湿免疫科", "血液科", "肾内科", "神经内科", "心内科", "儿科", "皮肤科", "消化内科", "呼吸与危重症医学科",
         "输血科", "病理科", "放射科", "检验科", "国际医疗部", "营养科", "康复医学科", "心理医学科", "眼科"]
HOSPITALS = ["北京协和医院", "复旦大学附属华山医院", "四川大学华西医院", "中山大学附属第一医院", "梅奥诊所",
             "MD 安德森癌症中心", "约翰斯·霍普金斯医院", "浙江大学医学院附属邵逸夫医院", "白求恩国际和平医院",
             "新疆医科大学第一附属医院", "哈萨克斯坦国家医学中心", "首尔大学医院", "宋庆龄儿童医学中心",
             "北京大学人民医院", "陆军军医大学新桥医院", "河南省人民医院", "吉林大学白求恩第一医院",
             "中国医学科学院血液病医院", "上海交通大学医学院附属瑞金医院", "逸夫楼", "中山大学"]
BRANDS = ["美罗华", "赫赛汀", "格列卫", "泰瑞沙", "倍力腾", "泰爱", "奕凯达", "修美乐", "类克", "可善挺",
          "来得时", "诺和锐", "优甲乐", "Dexcom G7", "FreeStyle Libre 3", "MiniMed 780G", "Apple Watch",
          "华为手环", "雅培", "罗氏", "诺华", "强生", "辉瑞", "拜耳", "阿斯利康", "复星凯特", "药明巨诺"]
EPONYMS = ["霍奇金淋巴瘤", "非霍奇金淋巴瘤", "干燥综合征", "舍格伦综合征", "雷诺现象", "库欣综合征", "帕金森病",
           "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "川崎病", "唐氏综合征", "吉兰-巴雷综合征", "巴宾斯基征",
           "墨菲征", "白塞病", "马方综合征", "成人斯蒂尔病", "伯基特淋巴瘤", "格雷夫斯病", "艾迪生病",
           "亨廷顿病", "尤文肉瘤", "卡波西肉瘤", "Coombs 试验", "Schirmer 试验", "Bence Jones 蛋白",
           "Epstein-Barr 病毒", "Waldenström 巨球蛋白血症", "Evans 综合征", "Libman-Sacks 心内膜炎",
           "Jaccoud 关节病", "Gottron 征", "Castleman 病", "Fanconi 贫血", "Wilson 病", "Hashimoto 脑病"]
FAMOUS = ["华佗", "张仲景", "李时珍", "孙思邈", "白求恩", "南丁格尔", "希波克拉底", "扁鹊", "林巧稚"]
ALIASES = ["A女士", "B先生", "患者C", "小A", "患儿D", "E女士", "Ms. A", "Mr. B", "Patient C", "X先生",
           "患者甲", "乙女士", "病例1", "患者2", "F小姐", "小K", "Y 女士", "患儿小M", "G先生", "某女士"]
RELATIONS = ["母亲", "大儿子", "丈夫", "妻子", "婆婆", "表姐", "邻居", "病友", "同事",
             "女儿", "父亲", "小姑子", "舅舅", "外婆", "孙女", "哥哥", "弟媳", "室友", "老同学", "小儿子",
             "公公", "姐姐", "侄女", "二姨"]
JOBS = ["主任医师", "副主任医师", "主治医师", "住院医师", "护士长", "责任护士", "国际医疗部协调员", "医学翻译",
        "临床药师", "营养师", "心理咨询师", "康复治疗师", "研究护士", "病案管理员", "社工", "志愿者"]
SURNAME_WORDS = ["高血压", "白细胞", "黄疸", "钟点工", "方案", "石膏", "金属", "任何", "于是", "常规", "毛发",
                 "温度", "孔径", "易感", "路径", "向来", "连续", "甘露醇", "艾灸", "封闭", "项目", "蓝光",
                 "夏季", "江水", "冷敷", "明显", "安全", "宁可", "谷丙转氨酶", "葛根", "柏油样便", "雷公藤",
                 "何时", "曾经", "包括", "余下", "应该", "施行", "朱砂", "胡萝卜", "马上", "牛奶", "龙骨",
                 "郑重", "诸如", "钱款", "周期", "吴茱萸", "华法林", "陆续", "申请", "党参", "丁香", "卫生",
                 "游离", "单抗", "丰富", "关节", "尤其", "房颤", "严重", "时间", "康复", "容易", "祝愿",
                 "凌晨", "苗头", "花费", "方便", "平稳", "齐全", "全身", "左侧", "水肿", "和缓", "甄别",
                 "杜绝", "岳母", "秦艽", "梁柱", "田七", "万一", "贾第鞭毛虫", "章程", "武器", "戴口罩",
                 "霍乱", "司机", "欧美", "上官"]


def surname_word():
    return pick(SURNAME_WORDS[:-1])


def pct():
    return pick([f"{R.randint(1, 99)}%", f"{R.uniform(0.1, 99.9):.1f}%", f"百分之{cn_int(R.randint(5, 95))}"])


def count():
    return pick([f"{R.randint(2, 12)}次", f"第{R.randint(2, 9)}个疗程", f"{R.randint(2, 40)}片", f"{cn_int(R.randint(2, 9))}轮",
                 f"{R.randint(2, 9)}个周期", f"第{R.randint(2, 7)}次随访", f"{R.randint(2, 200)}例", f"{R.randint(2, 9)}袋"])


def cell_dose():
    return pick(["2×10⁶/kg", "1×10^6 个/kg", "5.0×10⁵ CAR⁺ T/kg", "0.5×10⁸", "3×10⁶ 个细胞/kg", "1.0×10⁶/kg"])


def day_marker():
    return pick([f"第{R.randint(1, 90)}天", f"D{R.randint(1, 90)}", f"D+{R.randint(1, 100)}", f"回输后第{R.randint(1, 30)}天",
                 f"第{cn_int(R.randint(2, 12))}周", f"术后{R.randint(2, 30)}天"])


def height_weight():
    return pick([f"身高{R.randint(140, 190)} cm，体重{R.randint(35, 95)} kg", f"BMI {R.uniform(15, 32):.1f}",
                 f"体重下降{R.randint(2, 15)}公斤", f"{R.randint(140, 190)}厘米"])


def gen90_clean():
    return pick(["90后", "95后", "00后", "九零后", "九十年代", "90分钟", "90天", "90%", "第90百分位", "90 mg", "九十分",
                 "90秒", "90 mmHg", "年近九旬", "89岁", "八十九岁", "88岁", "九十周年院庆", "90 次/分"])


def service_number():
    return pick(["120", "110", "12320", "12345", "119", "12393"])


# ---------------------------------------------------------------- placeholders

P = {
    # identifiers: generator, kind
    "cn": (cn_name, "person_name"), "sn": (cn_surname, "person_name"), "nick": (nickname, "person_name"),
    "kid": (lambda: pick(KIDS), "person_name"), "kin": (kin_title, "person_name"), "dr": (dr_title, "person_name"),
    "fname": (foreign_name, "person_name"), "mino": (lambda: pick(MINORITY), "person_name"),
    "latin": (latin_name, "person_name"), "py": (pinyin_name, "person_name"), "pyfam": (lambda: pick(PY_FAM), "person_name"),
    "name": (any_name, "person_name"), "given": (cn_given, "person_name"), "ennick": (lambda: pick(EN_NICKS), "person_name"),
    "addr": (address, "street_address"), "cnaddr": (cn_address, "street_address"), "faddr": (foreign_address, "street_address"),
    "estate": (estate_only, "street_address"), "pc": (postal, "postal_code"), "geo": (geo, "geolocation"),
    "date": (exact_date, "exact_date"), "hdate": (holiday_date, "exact_date"), "dob": (dob, "date_of_birth"),
    "age90": (age90, "age_over_89"), "a90p": (lambda: pick(AGE90_PHRASES), "age_over_89"),
    "phone": (any_phone, "phone_number"), "mobile": (cn_mobile, "phone_number"), "land": (cn_landline, "phone_number"),
    "fphone": (foreign_phone, "phone_number"), "email": (email, "email"), "web": (web, "web_address"),
    "ip": (any_ip, "ip_address"), "ip6": (ipv6, "ip_address"), "social": (social, "social_account"),
    "rid": (resident_id, "resident_id"), "nid": (national_id, "national_id"), "pass": (passport, "passport_number"),
    "mrn": (mrn, "medical_record_number"), "hp": (health_plan, "health_plan_number"), "acct": (bank_account, "account_number"),
    "lic": (licence, "licence_number"), "plate": (plate, "vehicle_identifier"), "vin": (vin, "vehicle_identifier"),
    "veh": (vehicle, "vehicle_identifier"), "dev": (device, "device_identifier"), "other": (other_number, "other_number"),
    # clean values
    "city": (lambda: pick(CN_CITIES), None), "fcity": (lambda: pick(FOREIGN_CITIES), None), "prov": (lambda: pick(PROVINCES), None),
    "country": (lambda: pick(COUNTRIES), None), "nat": (lambda: pick(NATIONALITY), None), "hosp": (lambda: pick(HOSPITALS), None),
    "dept": (lambda: pick(DEPTS), None), "ward": (lambda: pick(WARDS), None), "dose": (dose, None), "lab": (lab, None),
    "range": (ref_range, None), "bp": (bp, None), "score": (score, None), "time": (time_of_day, None), "dur": (duration, None),
    "gene": (gene, None), "var": (variant, None), "trial": (trial, None), "icd": (icd, None), "dcode": (drug_code, None),
    "guide": (lambda: pick(GUIDELINES), None), "my": (month_year, None), "year": (year, None), "decade": (decade, None),
    "age": (lambda: str(R.randint(3, 86)), None), "agex": (age_u90, None), "money": (money, None), "brand": (lambda: pick(BRANDS), None),
    "epo": (lambda: pick(EPONYMS), None), "famous": (lambda: pick(FAMOUS), None), "alias": (lambda: pick(ALIASES), None),
    "rel": (lambda: pick(RELATIONS), None), "job": (lambda: pick(JOBS), None), "sw": (surname_word, None), "pct": (pct, None),
    "cnt": (count, None), "cell": (cell_dose, None), "day": (day_marker, None), "hw": (height_weight, None),
    "g90": (gen90_clean, None), "svc": (service_number, None), "n": (lambda: str(R.randint(2, 12)), None),
}

# Each entry: (category, how many rows, templates).  A template is a string or
# (string, extra kinds) when the literal words themselves add a kind (for
# example "WhatsApp 同号" turns a phone number into an account as well).
SPEC = []


def spec(cat, n, *templates):
    SPEC.append((cat, n, list(templates)))


# ---- person names ------------------------------------------------------

spec("name_sentence_start", 30,
     "{cn}确诊狼疮那年刚满{age}岁。", "{cn}今年春天第一次出现关节肿痛。",
     "{cn}把七年来的化验单都装在一个文件袋里带来了。", "{cn}坐了两天一夜的火车从{city}赶来。",
     "{cn}发现血小板只剩{plt}的时候，正在准备期末考试。", "{cn}回忆，最难熬的是每个月都要去医院开药。",
     "{cn}出院后第三周就回到了工作岗位。", "{cn}摇摇头，说自己已经不记得打了多少针。",
     "{cn}和丈夫商量了一整夜，最终决定来{city}治疗。", "{cn}听说CAR-T疗法后，主动联系了国际医疗部。",
     "{given}今年{age}岁，在{city}一所小学当老师。", "{cn}，女，{age}岁，{prov}人。")
spec("name_before_verb", 28,
     "{cn}开始发热是在孩子出生七个月后。", "{cn}决定不再去外地看病了。", "{cn}带着女儿来复查。",
     "{cn}看到结果后哭了很久。", "昨天{cn}又发烧了，体温{lab}。", "医生让{cn}先住院观察两周。",
     "我们和{cn}约好{my}复查。", "护士帮{cn}换了敷料。", "{cn}吃完早饭就去做了肾穿刺。",
     "{cn}问护士能不能洗澡。", "这一次{cn}没有再喊疼。", "回输那天{cn}一直握着妈妈的手。")
spec("name_possessive", 28,
     "{cn}的母亲每天早上六点就来病房送饭。", "{cn}的丈夫辞去了工作，专心陪她看病。",
     "{fname}的女儿在{city}读大学，每周和她视频一次。", "这是{cn}的第三次随访。",
     "我们在{nick}的病床边放了一束花。", "{dr}的团队为她制定了新的方案。",
     "{fname}的病历从{country}寄过来时已经译成了中文。", "{mino}的哥哥专程从{prov}赶来陪护。",
     "{latin}的丈夫全程担任翻译。", "{kid}的妈妈在产后七个月开始出现皮疹。",
     "{cn}家的三个孩子都还在上学。", "多亏了{kin}的帮忙，她才找到了合适的住处。")
spec("name_list", 24,
     "同一批接受治疗的还有{cn}、{cn}和{fname}。", "参加病友会的有{nick}、{cn}、{latin}等十几位患者。",
     "查房医生：{dr}、{dr}；责任护士：{cn}。", "感谢{dr}、{dr}以及护士{cn}的悉心照顾。",
     "{cn}、{cn}两家人在候诊区聊了起来。", "家属名单：{cn}，{cn}，{cn}",
     "病房里住着{mino}、{fname}和一位来自{city}的阿姨。", "{py}, {py}, {latin}（按姓氏排序）")
spec("name_quote_dialogue", 30,
     "“{nick}，今天感觉怎么样？”护士一进门就问。", "{cn}说：“现在身上的红点都退了。”",
     "“我叫{cn}，是从{city}来的。”", "“多亏了{dr}，”她说，“不然我真不敢再治下去。”",
     "“{cn}，该去做检查了。”", "丈夫握着她的手说：“{nick}，我们再坚持一下。”",
     "她笑着说：“叫我{nick}就行。”", "“这是我女儿{cn}，”{fname}介绍道。",
     "“{given}，别怕，就像蚊子叮一下。”", "{mino}：“现在我能自己走路了。”",
     "“妈，{kid}今天考了一百分！”", "“{latin}，please sit here，”护士用英语说。")
spec("name_family_title", 30,
     "{sn}女士第一次来我院时全身水肿。", "{sn}先生的肾穿刺结果提示活动性狼疮肾炎。",
     "主管医生{sn}大夫每周查房三次。", "{sn}阿姨每天帮她打饭。", "隔壁床的{sn}大爷也是从{prov}来的。",
     "{sn}护士长特意为她调整了床位。", "{sn}教授解释说，自身抗体会逐渐下降。",
     "{sn}老师把她的情况写成了病例讨论。", "{sn}主任在会诊意见上签了字。",
     "翻译{sn}小姐陪同她完成了所有检查。", "{kin}是她在病房里最好的朋友。", "我们都叫他{sn}师傅。")
spec("name_nickname", 28,
     "病友们都叫她{nick}。", "{nick}每次抽血都不哭。", "大家习惯喊他{nick}，其实他已经{age}岁了。",
     "小名叫{kid}的女儿今年刚上幼儿园。", "{kid}出生七个月后，妈妈开始出现皮疹。",
     "{nick}把出院小结拍照发到了病友群里。", "在家里大家都叫她“{kid}”。",
     "{nick}说想早点回去看看孙子。", "英文名{ennick}的她在外企工作。", "{nick}又来送饺子了。")
spec("name_foreign_transliterated", 32,
     "{fname}来自{fcity}，发病前在一家银行工作。", "{fname}是今年我院接诊的第一位{nat}患者。",
     "翻译告诉{fname}，回输后需要住院观察两周。", "{fname}出院时用中文说了一句“谢谢”。",
     "{fname}和{fname}是在病房里认识的。", "据{fname}介绍，她在当地已经用了三年激素。",
     "我院医生通过视频为{fname}进行了远程会诊。", "{fname}的主治医生是{dr}。",
     "来自{country}的{fname}在{my}接受了CAR-T治疗。", "患者{fname}，{age}岁，{nat}。")
spec("name_latin_script", 30,
     "{latin}在{fcity}确诊后，辗转来到中国。", "患者{latin}，女，{age}岁，{nat}。",
     "{latin}说，她最想做的是回家看看孩子。", "病房里，{latin}正在和家人视频通话。",
     "家属签字：{latin}", "主诉由{latin}本人口述，翻译整理。", "{py}（本人）同意照片公开。",
     "Dr. {pyfam} 负责她的随访。", "感谢 {py} 医生和全体医护人员。", "{latin} 今天第一次自己下床走路。",
     "英文病历中患者姓名写作 {py}。", "通讯作者：{py}")
spec("name_minority", 24,
     "{mino}来自{prov}，是家里的长女。", "{mino}说，她最大的愿望是回到草原上。",
     "{mino}出院那天，护士们为她献上了哈达。", "据{mino}回忆，最早的症状是口腔溃疡。",
     "{mino}和女儿一起从{city}坐飞机过来。", "我们为{mino}准备了清真餐。",
     "{mino}今年{age}岁，放牧为生。", "{mino}的血小板已经恢复正常。")
spec("name_caption", 26,
     "图：{cn}（左）与主治医生在病房合影", "图为{fname}在接受细胞回输", "照片中，{nick}正在画画。",
     "{cn}和家人在出院当天留影。", "左起：{dr}、{cn}、{cn}", "图片由{cn}本人提供",
     "摄影：{cn}", "（{latin}供图）", "{mino}（中）与医护人员合影", "视频截图：{cn}讲述自己的治疗经历")
spec("name_patient_message", 30,
     "您好，我是{cn}的女儿，想咨询一下CAR-T治疗的费用。", "我是{fname}，去年在贵院治疗过，想预约复查。",
     "我叫{cn}，{age}岁，红斑狼疮十年了。", "请帮我转告{dr}，我的尿蛋白已经转阴了。",
     "留言人：{cn}", "我爸爸{cn}想问问抽血需不需要空腹。", "麻烦{sn}医生看一下我上传的报告。",
     "我和{nick}都想来参加病友会。", "患者姓名：{cn}　性别：女　年龄：{age}", "联系人：{cn}（患者丈夫）",
     "Hello，我是{latin}，想问签证邀请函怎么开。", "{kin}介绍我来贵院看病的。")
spec("name_clinician", 30,
     "主治医生{cn}介绍：“这位患者入院时全身水肿。”", "血液科{cn}医生表示，目前疗效稳定。",
     "据{cn}主任介绍，该患者已完成第三次随访。", "由{cn}教授团队完成细胞制备。",
     "责任护士{cn}每天为她测量体重。", "国际医疗部协调员{cn}负责全程接待。",
     "{cn}医生说，患者的补体已恢复正常。", "护士{cn}教会她如何记录尿量。",
     "{dept}{cn}副主任医师参加了多学科会诊。", "{dr}查房时仔细询问了她的睡眠情况。")
spec("name_timeline", 24,
     "{my}：{cn}在当地医院确诊系统性红斑狼疮。", "{my}　{fname}首次来我院就诊", "{year}，{cn}接受了第{n}次生物制剂治疗。",
     "{my}，{mino}完成CAR-T回输。", "{my}：{cn}出现狼疮脑病，行开颅手术。", "{my}，{latin}第三次随访，各项指标正常。")

# ---- addresses, postal codes, coordinates -------------------------------

spec("address_cn", 36,
     "患者住在{cnaddr}，离医院不远。", "家庭住址：{cnaddr}", "请把出院小结寄到{cnaddr}。",
     "她一直租住在{cnaddr}，和丈夫、女儿挤在一间屋里。", "{cnaddr}（患者母亲家）",
     "救护车把他从{cnaddr}接到了急诊。", "“我家在{cnaddr}，欢迎你们来玩。”",
     "现住址为{cnaddr}，户籍地{prov}。", "随访护士上门去了{cnaddr}。", "地址：{cnaddr}，收件人：{cn}")
spec("address_foreign", 26,
     "她在阿拉木图的住址是：{faddr}。", "Address: {faddr}", "请将复印件寄往{faddr}。",
     "患者家住{faddr}，距离当地医院约两小时车程。", "邀请函上的地址写的是{faddr}。",
     "{fname}的住址：{faddr}", "寄件地址（{country}）：{faddr}")
spec("address_estate_village", 22,
     "她家住{estate}，楼下就有社区医院。", "老两口住在{estate}，儿女都在外地。",
     "我们在{estate}租了一套房子，方便每天来医院。", "他从小在{prov}的{cnaddr}长大。",
     "邻居都知道{estate}的那个女孩病了。")
spec("postal_code", 40,
     "请把报告寄到{city}，邮编{pc}。", "邮政编码：{pc}", "（邮编 {pc}）", "Postcode: {pc}",
     "地址：{addr}，邮编{pc}", "{faddr}, {pc}", "收件地区邮编为{pc}，请核对。",
     "她填写的邮编{pc}和身份证上的地址不一致。", "{pc}（{fcity}）", "ZIP {pc}")
spec("geolocation", 42,
     "救护车根据她发来的定位（{geo}）赶到。", "照片的EXIF信息里带着拍摄位置 {geo}。",
     "家里的位置是 {geo}，就在村口。", "手环最后上传的坐标为{geo}。", "坐标：{geo}",
     "接诊地点：{geo}（牧场）", "“我把位置发给你：{geo}”", "GPS {geo}",
     "无人机送药的落点设在{geo}。", "{geo}，这里就是她放牧的夏季草场。",
     ("地图链接 https://maps.google.com/?q={geo0}", "web_address"))

# ---- dates, birth dates, ages -------------------------------------------

spec("date_event", 40,
     "{date}，患者因全身红斑在当地医院就诊。", "{date}行肾穿刺活检。", "患者于{date}接受CAR-T细胞回输。",
     "入院日期：{date}", "{date}　出院", "她记得很清楚，那天是{date}。", "复查时间定在{date}上午。",
     "“{date}那天我第一次发高烧。”", "手术日期为{date}。", "从{date}起停用激素。",
     "{date}至{date}在我院住院。", "{cn}于{date}因肺部感染再次入院。", "末次随访：{date}")
spec("date_holiday_lunar", 24,
     "{hdate}那天，她在家里突然晕倒。", "{hdate}，一家人在病房里吃了饺子。",
     "她是{hdate}住进医院的。", "“{hdate}我们是在医院过的。”", "{hdate}当天完成第一次随访。",
     "{hdate}出院回家。")
spec("date_of_birth", 42,
     "出生日期：{dob}", "患者生于{dob}。", "她{dob}出生，是家里的老二。", "DOB: {dob}",
     "宝宝于{bdob}在我院出生，七个月后妈妈开始发病。", "（出生于{dob}）", "出生年月日：{dob}",
     "“我是{dob}生的，属马。”", "{cn}，{dob}生，{nat}。", "生日：{dob}", "他的生日是{dob}，今年在病房里过的。")
spec("age_over_89", 40,
     "患者今年{age90}，仍坚持每天散步。", "{age90}的老母亲一直记挂着她的病。", "她的外婆已经{age90}了。",
     "年龄：{age90}", "{cn}，{age90}，因贫血入院。", "享年{age90}。", "这位{age90}的老人是我科年龄最大的患者。",
     "“我奶奶{age90}了，还能自己做饭。”", "老人{a90p}，仍然思路清晰。", "{a90p}的父亲每天打电话问她的情况。",
     "爷爷{a90p}，听力已经不太好了。")

# ---- contact details ------------------------------------------------------

spec("phone_cn", 34,
     "联系电话：{mobile}", "有问题请打我电话{mobile}，白天晚上都可以。", "家属电话（{mobile}）已登记在随访表上。",
     "{mobile}（患者本人）", "回电请拨 {mobile}，找{cn}。", "手机：{mobile}　座机：{land}",
     "她把号码写在纸条上：{mobile}。", "紧急联系人：患者{rel}，{mobile}", "电话{mobile}是她女儿的，打不通可以发短信。",
     "病区护士站电话 {land}，夜间可直接拨打。", "“我的号码换了，新号是{mobile}。”")
spec("phone_foreign", 24,
     "我在{fcity}的号码是{fphone}。", "Tel: {fphone}", "家属手机（{country}）：{fphone}",
     "请拨打 {fphone} 联系她的丈夫。", "{fphone}（翻译）", "“到了北京请打{fphone}。”")
spec("phone_fax", 14,
     "如需转诊材料，请传真至{land}。", "传真：{land}", "Fax {fphone}", "病历复印件已传真到 {land}（当地医院）。",
     "电话/传真：{land}")
spec("phone_social_combo", 10,
     ("我在{fcity}的号码是{fphone}，WhatsApp同号。", "social_account"),
     ("手机号同微信号：{mobile}，加的时候请备注。", "social_account"),
     ("Telegram 和 WhatsApp 都是 {fphone}。", "social_account"))
spec("email", 44,
     "邮箱：{email}", "请把检查结果发到{email}。", "E-mail: {email}", "她的邮箱是{email}，看到会回复。",
     "{email}（患者女儿）", "“你把影像资料发我邮箱吧：{email}。”", "联系人：{cn}，邮件 {email}",
     "报告已发送至 {email}，请查收。", "如邮件退回，请改发{email}。", "邮件地址（写法防爬）：{email}")
spec("web_address", 40,
     "她的康复日记都记在个人博客上：{web}", "众筹页面：{web}", "详情见{web}", "{web}（患者自己拍的视频）",
     "她把全部化验单上传到了网盘：{web}", "链接：{web} 提取码见私信", "“你可以看看我写的文章 {web}。”",
     "家人在{web}为她募捐。", "个人主页 {web}", "短链 {web} 打开是她的病情介绍。")
spec("ip_address", 40,
     "系统日志显示留言来自{ip}。", "登录IP：{ip}", "她家里路由器的地址是{ip}。", "{ip}（患者家中）",
     "远程会诊时对方的IP是{ip}:{port}。", "IPv6 地址 {ip6}", "该条留言的来源地址为 {ip}，同一地址还提交过两次。",
     "访问记录：{ip} - 表单提交", "“我连的是酒店Wi-Fi，IP是{ip}。”", "审计日志中出现了 {ip} 的异常登录。")
spec("social_account", 44,
     "{social}", "她的{social}，欢迎病友交流。", "加我吧，{social}", "家属{social}（请注明来意）",
     "“我把治疗经过都发在{social}上了。”", "{cn}的{social}", "有问题可以私信，{social}。",
     "翻译的联系方式：{social}", "病友群管理员：{social}", "{social}，每天晚上八点后在线。")

# ---- ID and record numbers ------------------------------------------------

spec("resident_id", 44,
     "身份证号：{rid}", "公民身份号码{rid}", "身份证 {rid}（复印件已交）", "{cn}，身份证{rid}",
     "证件号码为{rid}的患者请到二号窗口。", "ID: {rid}", "请核对：{rid}，末位是否有误？",
     "我妈的身份证是{rid}，麻烦帮忙挂个号。", "{rid}（患者本人）", "办理住院时登记的证件号为 {rid}。",
     "身份证号码（旧）：{rid}")
spec("national_id", 42,
     "{nid}", "患者的{nid}", "证件信息：{nid}", "她提供的{nid}与护照上的一致。", "{fname}，{nid}",
     "当地保险要求填写{nid}。", "“我的{nid}，需要写在表格上吗？”", "身份证明：{nid}（复印件）",
     "家属{nid}", "{nid}，已核验。")
spec("passport_number", 42,
     "护照号：{pass}", "Passport No. {pass}", "她的护照号码是{pass}。", "{fname}，护照{pass}",
     "签证邀请函上写的护照号为 {pass}。", "护照（{country}）：{pass}", "“护照号{pass}，有效期到明年。”",
     "请核对护照号码 {pass} 是否正确。", "陪同家属护照 {pass}", "{pass}（护照）",
     "往来港澳通行证号 {pass}")
spec("medical_record_number", 44,
     "住院号：{mrn}", "病案号 {mrn}", "门诊号{mrn}", "ID号：{mrn}", "病历号 {mrn}（{dept}）",
     "她在我院的登记号是{mrn}。", "“我的病历号是{mrn}，麻烦查一下报告。”", "{cn}，住院号{mrn}",
     "MRN: {mrn}", "请在申请单上注明病案号{mrn}。", "病理号 {mrn}，切片已借出。", "住院号{mrn}的患者今日出院。")
spec("health_plan_number", 40,
     "医保卡号：{hp}", "社保卡号 {hp}", "新农合医疗证号{hp}", "商业保险保单号 {hp}", "参保人编号：{hp}",
     "她的医保个人编号是{hp}，异地就医已备案。", "Member ID: {hp}", "“保险卡号是{hp}，可以直付吗？”",
     "{cn}，医保号{hp}", "国际医疗保险会员号 {hp}")
spec("account_number", 40,
     "银行卡号：{acct}", "收款账户：{acct}（户名：{cn}）", "请把退款转到{acct}。", "IBAN: {acct}",
     "“我的卡号是{acct}，工商银行。”", "账号 {acct}", "她用尾号不同的两张卡缴费，其中一张为{acct}。",
     "汇款信息：{acct}，SWIFT ICBKCNBJ", "家属提供的账户为 {acct}。", "{acct}（患者丈夫的卡）",
     ("支付宝账号：{email}", "account_number"))
spec("licence_number", 40,
     "{lic}", "他的{lic}", "主治医生的{lic}", "证件：{lic}", "{cn}，{lic}", "“我的{lic}，需要复印吗？”",
     "请提供{lic}的复印件。", "核验信息：{lic}", "护工持{lic}上岗。",
     ("残疾人证号 {rid}{two}", "licence_number"))
spec("vehicle_identifier", 42,
     "送她来医院的出租车车牌是{plate}。", "车牌号：{plate}", "停车场监控拍到了{plate}。",
     "{cn}开着{plate}的车从{city}一路赶来。", "车架号（VIN）：{vin}", "VIN {vin}",
     "肇事车辆{plate}已被交警扣留。", "“我的车是{plate}，停在地下二层。”", "救护车{plate}于凌晨抵达。",
     "家属车辆 {plate}，已登记免费停车。", "车辆识别代号 {vin}")
spec("device_identifier", 42,
     "胰岛素泵{dev}", "起搏器{dev}", "她的手机{dev}", "家用呼吸机{dev}，已登记。", "植入的人工耳蜗{dev}",
     "随访系统绑定了血糖仪{dev}。", "动态血糖监测{dev}", "“泵的{dev}，需要告诉厂家吗？”",
     "{cn}的智能手环{dev}", "除颤器{dev}（已程控）", "UDI：{dev}")
spec("other_number", 44,
     "{other}", "她的{other}", "请提供{other}以便核对。", "“{other}，麻烦帮我查一下。”", "{cn}的{other}",
     "相关材料已归档，{other}。", "家属提供了{other}。", "备注：{other}", "{other}（已核实）",
     "律师提到的{other}与此次纠纷有关。")

# ---- mixed identifiers ------------------------------------------------------

spec("mixed_identifiers", 40,
     "{cn}，女，{dob}出生，住{cnaddr}，电话{mobile}。", "患者{fname}，护照号{pass}，住院号{mrn}。",
     "{date}，{cn}的家属从{ip}提交了留言。", "{cn}（身份证{rid}）于{date}入院。",
     "联系人：{cn}，{mobile}，{email}", "{latin}，{nid}，{fphone}", "住址：{addr}（邮编{pc}），收件人{cn}",
     "{kin}的车{plate}停在{cnaddr}门口。", "医保卡号{hp}，银行卡号{acct}，持卡人{cn}。",
     "{dr}（{lic}）于{date}签发了诊断证明。", "{cn}，{age90}，住院号{mrn}", "{mino}的{social}，电话{phone}")

P["geo0"] = (lambda: f"{R.uniform(20, 50):.5f},{R.uniform(70, 125):.5f}", "geolocation")
P["port"] = (lambda: str(pick([443, 8080, 3389, 5060, 8443])), None)
P["two"] = (lambda: pick(["11", "21", "42", "31", "52", "64"]), None)

# ---- clean sentences ------------------------------------------------------

spec("clean_dose", 40,
     "入院后给予{dose}，三天后改为口服。", "目前维持{dose}，病情稳定。", "医嘱：{dose}，饭后服用。",
     "她自行把{dose}减到了一半，结果病情反复。", "{dose}联合{dose}治疗{dmonths}，效果不佳。",
     "CAR-T 回输剂量为{cell}。", "出院带药：{dose}；{dose}。", "“以前每天要吃{dose}，现在全停了。”",
     "清淋方案为氟达拉滨联合环磷酰胺，共{n}天。")
spec("clean_lab", 40,
     "入院时{lab}，{lab}。", "复查{lab}，较前明显好转。", "化验提示{lab}（{range}）。", "{lab}，{lab}，均在正常范围。",
     "“医生说我的{lab}，比上次好多了。”", "回输后{day}，{lab}。", "{lab}持续偏高，需要密切观察。",
     "她的{lab}已经连续{n}个月正常。")
spec("clean_range_ratio", 36,
     "血小板{range}。", "{lab}{range}", "抗核抗体滴度 1:{dil}，呈斑点型。", "尿蛋白/肌酐比值 {ratio}。",
     "CD4/CD8 倒置，比值 {ratio}。", "白蛋白/球蛋白比 {ratio}（1.2–2.4）。", "稀释度 1:{dil} 时仍为阳性。",
     "抗体效价由 1:{dil} 降至 1:{dil}。")
spec("clean_blood_pressure", 36,
     "入院血压{bp}，心率{hr}次/分。", "她的血压一直控制在{bp}左右。", "夜间血压最高达到{bp}。",
     "测量血压：{bp}，SpO₂ {spo}%。", "“我早上量的血压是{bp}。”", "生命体征：T 36.8℃，P {hr}次/分，BP {bp}。",
     "降压药调整后血压降至{bp}。")
spec("clean_score", 38,
     "{actscore}，提示疾病活动。", "治疗前{actscore}，治疗后明显下降。", "回输后出现{tox}，予对症处理后缓解。",
     "评估结果：{score}。", "病理分型为狼疮肾炎Ⅳ型（ISN/RPS 2003）。", "她的{fscore}，生活基本可以自理。",
     "按照{guide}，该患者符合诊断。")
spec("clean_time_duration", 40,
     "每天{time}服药。", "{time}开始输注，约{dshort}后结束。", "门诊时间为周一至周五{time}。", "病程{dlong}。",
     "“那{dlong}里，我几乎每个月都要去医院。”", "回输后需住院观察{dshort}。", "她每{dper}复查一次血常规。",
     "{time}护士来抽了血。", "手术持续了{dshort}。", "探视时间：每日{time}。", "持续发热{dshort}，最高体温39.6℃。")
spec("clean_counts_percent", 36,
     "共完成{n}个疗程的治疗。", "先后接受了{cnx}轮生物制剂治疗。", "本中心已开展{cnt2}例CAR-T治疗。", "完全缓解率为{pct}。",
     "“我一天要吃{n}片药。”", "这是她的第{cnx}次随访。", "住院期间共输注{n}袋血小板。", "她{dlong}里住院{n}次。", "{pct}的患者出现了轻度细胞因子释放综合征。",
     "B 细胞清除率达到{pct}。", "骨髓中原始细胞占{pct}。")
spec("clean_gene_variant", 40,
     "基因检测发现{gene}突变。", "{gene}阴性。", "检出{var}。", "{var}阳性，提示需更换药物。",
     "靶点选择{gene}，采用第二代CAR结构。", "她的{gene}、{gene}检测均未见异常。", "染色体核型：{karyo}。",
     "肿瘤细胞{gene}表达率{pct}。", "“医生说我有{gene}突变，要长期随访。”", "家系验证显示{var}来自母亲。")
spec("clean_trial_registry", 38,
     "该研究已在ClinicalTrials.gov注册（{trial}）。", "注册号：{trial}", "她参加了一项临床试验（{trial}）。",
     "本病例来自{trial}研究。", "试验编号 {trial}，目前仍在招募。", "（{trial}；{trial}）",
     "伦理批件号：{year}伦审第{n}号", "详见{trial}。")
spec("clean_icd_codes", 36,
     "出院诊断：系统性红斑狼疮（ICD-10 {icd}）。", "ICD-10：{icd}", "编码 {icd} 对应的诊断为{epo}。",
     "主要诊断编码{icd}，次要诊断编码{icd}。", "病案首页诊断编码：{icd}", "按{icd}上报。",
     "药品编码：{dcode}", "所用药品{dcode}。", "{dbrand}（{dcode}）")
spec("clean_guideline_title", 36,
     "诊断依据{guide}。", "参照{guide}进行分级。", "《{booktitle}》一书中也提到了这种情况。",
     "她在病房里读完了《{booktitle}》。", "{guide}推荐首选激素联合免疫抑制剂。", "本文参考了{guide}。",
     "根据{guide}，她属于难治性病例。")
spec("clean_month_year", 44,
     "{my}，她开始出现全身红斑和反复发热。", "{my}在省级医院确诊。", "{my}行开颅手术。",
     "{my}开始在当地医院接受治疗。", "自{my}起，她每月都要去医院开药。", "{my}来我院就诊。",
     "{my}完成第三次随访。", "“{my}那次发病最厉害。”", "{my}：确诊；{my}：回输；{my}：随访",
     "随访截至{my}，未见复发。")
spec("clean_year_decade", 36,
     "{year}，她第一次听说CAR-T疗法。", "早在{decade}，狼疮的五年生存率还很低。", "{year}起停用所有免疫抑制剂。",
     "她{decade}出生在{prov}农村。", "这项技术{year}才进入临床。", "{year}全年共接诊国际患者{cnt2}人次。",
     "从{year}到{year}，她换了{n}家医院。")
spec("clean_age_under_90", 44,
     "{agex}的{alias}产后七个月出现血小板减少。", "患者{agex}，女性。", "{alias}，{agex}，{nat}。",
     "她{agex}那年被确诊为狼疮。", "年龄：{agex}", "“我{agex}了，还想多陪陪孩子。”", "她的{rel}今年{agex}。",
     "发病年龄为{agex}。", "{gen}{job}为她做了心理疏导。", "她是一位{gen}妈妈。", "{g90sent}",
     "患者年龄{agex}，病程{dlong}。")
spec("clean_money", 38,
     "七年来治疗花费超过{money}。", "本次住院总费用约{money}，医保报销{pct}。", "自付部分为{money}。",
     "“光是路费就花了{money}。”", "CAR-T 治疗费用约{money}。", "当地一次生物制剂注射要{money}。",
     "医院为她减免了{money}。", "众筹共筹得{money}。")
spec("clean_ward_department", 40,
     "她被收入{ward}。", "{dept}和{dept}进行了联合会诊。", "在{ward}住了{dshort}。", "请到{dept}门诊复诊。",
     "{ward}的护士们为她过了生日。", "出院后转入{dept}随访。", "{dept}{job}解释了治疗方案。",
     "“{ward}的饭菜很合我的口味。”", "{ward}位于{hosp}。")
spec("clean_places", 44,
     "她从{city}来到北京求医。", "患者来自{prov}{city}。", "她出生在{prov}，后来随家人搬到{fcity}。", "她和丈夫从{fcity}飞到乌鲁木齐，再转机来。",
     "{nat}患者，居住在{fcity}。", "她在{country}的医院做过三次骨髓穿刺。", "老家在{prov}，现在{city}打工。",
     "“从{city}到这里要坐{dshort}的车。”", "这是本院接诊的第一位来自{country}的狼疮患者。", "先后在{city}、{city}和{fcity}求医。",
     "她的微博IP属地显示为{prov}。")
spec("clean_hospitals_brands", 40,
     "她曾在{hosp}住院治疗。", "{hosp}的专家参与了远程会诊。", "病理切片送到{hosp}会诊。", "使用{dbrand}治疗了{n}个疗程。",
     "“{dbrand}太贵了，一针就要{money}。”", "目前佩戴{devbrand}监测血糖。", "细胞产品由{company}生产。",
     "她毕业于{univ}。", "{hosp}与我院建立了转诊合作。")
spec("clean_eponyms_famous", 44,
     "她同时合并{epo}。", "排除{epo}后确诊为狼疮。", "{epo}阳性。", "既往有{epo}病史{dlong}。",
     "查体：{epo}阴性。", "护士们以{famous}为榜样。", "墙上挂着{famous}的画像。", "她说自己很喜欢读{famous}的故事。",
     "医院的{famous}雕像前常有人献花。", "“{epo}是什么病？”她问。")
spec("clean_aliases", 44,
     "{alias}今年{age}岁。", "{alias}说：“现在身上的红点都没了。”", "{alias}的丈夫带她跑了好几家医院。",
     "{alias}于{my}来我院就诊。", "{alias}和{alias}同一天出院。", "“{alias}，该抽血了。”", "{alias}的{rel}一直陪在身边。",
     "{alias}（化名）讲述了自己的经历。", "图：{alias}与医护人员合影（已获授权，面部已处理）", "{alias}，{nat}，{agex}。")
spec("clean_relations_jobs", 40,
     "她的{rel}每天都来病房陪她。", "她的{rel}辞掉了工作，专心照顾她。", "“我{rel}比我还紧张。”", "{job}为她讲解了注意事项。",
     "她的{rel}和{rel}轮流守夜。", "{job}每天两次查房。", "她的{rel}也是一名{job}。", "据{job}介绍，她恢复得很好。",
     "患者的{rel}从{city}赶来。", "他的{rel}也在本院做过手术。", "主治医生说，“她是我见过最坚强的病人之一。”")
spec("clean_surname_words", 60,
     "{swsent}", "{swsent}", "{swsent}",
     "高血压病史{dlong}，规律服药。", "白细胞计数{lab}。", "黄疸逐渐消退。", "于是她决定来北京。",
     "常规检查未见异常。", "石膏固定{dweeks}。", "任何不适都要及时告诉护士。", "方案调整为每月一次。",
     "钟点工帮她做饭。", "金属植入物不影响磁共振检查。", "毛发脱落明显好转。", "连续{n}次尿检阴性。",
     "甘露醇脱水后头痛缓解。", "严重感染的风险仍然存在。", "康复训练每天{dshort}。")
spec("clean_caps_latin", 40,
     "CAR-T 细胞能够穿透组织屏障。", "MDT 讨论认为可以尝试细胞治疗。", "PET-CT 显示全身多处淋巴结肿大。",
     "IVIG 冲击后血小板回升。", "MRI 提示左侧额叶病灶。", "CRS 和 ICANS 均未发生。", "SLE 患者需要长期随访。",
     "B 细胞耗竭后，自身抗体逐渐下降。", "ANA、抗 Sm 抗体均为阳性。", "Follow-up 时各项指标正常。",
     "TOP 10 最佳病例之一。", "Day 0 为回输当天。", "SpO₂ 维持在{spo}%。", "PICC 置管顺利。",
     "Ms. A 回忆起发病时的情景。", "Patient C 的随访结果良好。", "CD19 CAR-T 的扩增峰值出现在{day}。",
     "Leave Your Message 页面可以提交咨询。", "WeChat 和 email 之外，也可以电话咨询。", "ICU 医生全程待命。")
spec("clean_service_numbers", 14,
     "情况紧急时请立即拨打{svc}。", "如有疑问可拨打卫生健康热线{svc}。", "她当时拨打了{svc}急救电话。",
     "出院后如出现高热，请拨打{svc}或就近就医。")
spec("clean_misc_numbers", 40,
     "{hw}。", "软件版本 {ver} 已升级。", "PMID: {pmid}", "doi:10.1056/NEJMoa{doi}", "Ⅳ级推荐，证据等级{lvl}。",
     "第{n}版诊疗规范已发布。", "她的体重在{dlong}内下降了{n}公斤。", "检查报告共{n}页。", "输注{n}袋血小板。",
     "回输后{day}达到扩增峰值。", "第{n}疗程结束后评估疗效。", "{cnt2}名患者纳入分析，中位随访{dmonths}。",
     "心率{hr}次/分，呼吸{n}次/分。", "每次{n12}粒，每日{n13}次。")
spec("clean_patient_message", 40,
     "您好，我想咨询一下CAR-T治疗狼疮的费用。", "请问需要带哪些检查报告？", "我妈妈{agex}，患狼疮{dlong}了，还能做吗？",
     "请问{my}有没有床位？", "我们在{fcity}，可以先远程会诊吗？", "治疗需要住院多久？大概{money}够吗？",
     "谢谢医生，我的{lab}已经正常了。", "请问国际患者需要准备什么材料？", "我从{country}来，不会说中文，有翻译吗？",
     "我{agex}，{dlong}前确诊，一直在吃{dose}。", "能不能帮我看看这份报告？{lab}。")

P.update({
    "ratio": (lambda: f"{R.uniform(0.2, 4.5):.2f}", None),
    "dil": (lambda: str(pick([40, 80, 160, 320, 640, 1280, 2560])), None),
    "hr": (lambda: str(R.randint(52, 130)), None),
    "spo": (lambda: str(R.randint(88, 100)), None),
    "booktitle": (lambda: pick(["与狼共舞：一位红斑狼疮患者的自述", "癌症楼", "活着", "当呼吸化为空气", "最好的告别",
                                "众病之王", "病隙碎笔", "我与地坛", "见证：细胞治疗二十年", "哈里森内科学"]), None),
    "cnt2": (lambda: str(R.randint(12, 3600)), None),
    "univ": (lambda: pick(["北京大学", "复旦大学", "新疆医科大学", "哈萨克国立大学", "莫斯科国立大学", "首尔大学",
                           "中山大学", "浙江大学", "塔什干医学院", "白求恩医科大学"]), None),
    "ver": (lambda: f"{R.randint(1, 9)}.{R.randint(0, 12)}.{R.randint(0, 30)}", None),
    "pmid": (lambda: str(R.randint(30000000, 38999999)), None),
    "doi": (lambda: str(R.randint(2000000, 2399999)), None),
    "lvl": (lambda: pick(["A", "B", "C", "1A", "2B"]), None),
})


SW_SENTENCES = [
    "高血压是她最担心的并发症。", "白细胞一度降到2.1×10⁹/L。", "黄疸在第二周基本消退。", "钟点工每天上午来帮她做饭。",
    "方案调整后，尿蛋白明显下降。", "石膏拆除后开始康复训练。", "金属植入物不影响这次磁共振检查。", "任何不适都要及时告诉护士。",
    "于是她决定到北京试一试。", "常规检查未见明显异常。", "毛发脱落的情况好转了很多。", "温度计显示38.9℃。",
    "孔径较小的滤器容易堵塞。", "易感人群应避免去人多的地方。", "临床路径规定住院不超过14天。", "她向来不愿意麻烦别人。",
    "连续三次尿检均为阴性。", "甘露醇脱水后头痛缓解。", "艾灸对她的关节痛帮助不大。", "封闭治疗只能暂时止痛。",
    "项目组每季度随访一次。", "蓝光治疗后黄疸指数下降。", "夏季要注意防晒。", "冷敷可以减轻肿胀。",
    "明显的蛋白尿提示肾脏受累。", "安全性数据将在明年公布。", "宁可多查一次，也不要漏诊。", "谷丙转氨酶升高到正常值的三倍。",
    "葛根汤是她以前常喝的中药。", "柏油样便提示上消化道出血。", "雷公藤多苷曾用于治疗狼疮肾炎。", "何时停药需要医生评估。",
    "曾经的七年里，她几乎每月都要住院。", "检查包括血常规、尿常规和补体。", "余下的疗程改在当地完成。", "应该按时复查，不要自行停药。",
    "施行肾穿刺前需停用抗凝药。", "朱砂等含汞中药应避免服用。", "胡萝卜、牛奶都可以正常吃。", "马上就要出院了，她很开心。",
    "龙骨、牡蛎是民间常用的安神药材。", "医生郑重地告诉她不能再擅自停药。", "诸如发热、皮疹等情况要及时就诊。", "钱款问题由社工协助解决。",
    "周期性发热持续了半年。", "吴茱萸外敷对头痛没有效果。", "华法林需要定期监测INR。", "陆续有病友来看望她。",
    "申请材料已提交伦理委员会。", "党参、黄芪是她常吃的补品。", "丁香医生上的科普文章她都看过。", "卫生间装了扶手，防止跌倒。",
    "游离轻链比值恢复正常。", "单抗类药物需要冷链运输。", "丰富的蛋白质摄入有助于恢复。", "关节疼痛已明显减轻。",
    "尤其要注意预防感染。", "房颤发作时心率可达150次/分。", "严重感染的风险仍然存在。", "康复科制定了锻炼计划。",
    "凌晨两点她又开始发热。", "苗头不对时要尽早就医。", "平稳度过了细胞因子释放期。", "全身水肿在两周内消退。",
    "左侧胸腔积液已经吸收。", "水肿消退后体重下降了6公斤。", "甄别感染和疾病活动并不容易。", "杜绝擅自减药是随访的重点。",
    "岳母专门从老家赶来照顾孩子。", "秦艽是治疗风湿的常用中药。", "田七粉不能和抗凝药同服。", "万一出现抽搐，请立即呼叫护士。",
    "贾第鞭毛虫感染已被排除。", "欧美国家的数据显示复发率较低。", "司机师傅把她送到了急诊门口。", "戴口罩可以减少呼吸道感染。",
    "霍乱疫苗不在她的接种计划中。", "武器级的防护并不必要，勤洗手就够了。", "章程规定患者资料需匿名处理。", "牛奶和钙片可以一起吃。",
]
G90_SENTENCES = [
    "输注时间约90分钟。", "随访90天未见复发。", "90%的患者在三个月内达到缓解。", "身高位于同龄人第90百分位。",
    "舒张压90 mmHg。", "她今年89岁，是病房里最年长的患者。", "八十九岁的老人仍坚持自己做饭。", "年近九旬的外公每天打电话来。",
    "医院明年迎来建院九十周年。", "心率90次/分，律齐。", "90秒内完成了采血。", "她的考试成绩是九十分。",
    "上世纪九十年代，这种病还没有特效药。", "抗体滴度下降了90%以上。", "她88岁的母亲一直在老家。", "90 mg 静脉滴注，每周一次。",
]
P.update({
    "plt": (lambda: pick(["5×10⁹/L", "8×10⁹/L", "12×10⁹/L", "3×10^9/L", "1.5万", "九千"]), None),
    "bdob": (lambda: fmt_date(*rand_ymd(2008, 2023), allow_no_year=False), "date_of_birth"),
    "dlong": (lambda: pick([f"{R.randint(2, 20)}年", f"{cn_int(R.randint(2, 12))}年", f"{R.randint(2, 11)}个月", "半年", "十多年"]), None),
    "dshort": (lambda: pick([f"{R.randint(2, 30)}天", f"{R.randint(2, 12)}小时", f"{R.randint(20, 90)}分钟", "两周", "一个多小时", f"{cn_int(R.randint(2, 9))}天"]), None),
    "dper": (lambda: pick(["两周", "一个月", "三个月", "半年", "周", "月"]), None),
    "dweeks": (lambda: pick([f"{R.randint(3, 8)}周", "六周", "一个半月"]), None),
    "dmonths": (lambda: pick([f"{R.randint(3, 36)}个月", "一年半", "两年"]), None),
    "karyo": (lambda: pick(["46,XX", "47,XY,+21", "46,XX,t(9;22)(q34;q11)", "45,X", "46,XY,del(5q)"]), None),
    "cnx": (lambda: str(R.randint(2, 9)), None),
    "n12": (lambda: pick(["1", "2", "半"]), None), "n13": (lambda: pick(["1", "2", "3"]), None),
    "dbrand": (lambda: pick(["美罗华", "赫赛汀", "格列卫", "泰瑞沙", "倍力腾", "泰爱", "修美乐", "类克", "可善挺", "奕凯达"]), None),
    "devbrand": (lambda: pick(["Dexcom G7", "FreeStyle Libre 3", "雅培瞬感", "硅基动感", "MiniMed 780G"]), None),
    "company": (lambda: pick(["复星凯特", "药明巨诺", "诺华", "强生", "百时美施贵宝", "科济药业"]), None),
    "actscore": (lambda: pick([f"SLEDAI-2K 评分 {R.randint(8, 30)} 分", f"BILAG A 级", f"DAS28 {R.uniform(3.2, 7.5):.2f}", f"PGA {R.uniform(1.5, 3):.1f}"]), None),
    "tox": (lambda: pick([f"CRS {R.randint(1, 2)}级", f"ICANS {R.randint(1, 2)}级", "1级CRS", "发热伴低血压（CRS 2级）"]), None),
    "fscore": (lambda: pick([f"ECOG 评分为{R.randint(0, 2)}分", f"KPS 评分{pick([70, 80, 90])}分", f"Barthel 指数{R.randint(60, 100)}分"]), None),
    "gen": (lambda: pick(["90后", "95后", "00后", "九零后", "85后", "80后"]), None),
    "g90sent": (lambda: pick(G90_SENTENCES), None),
    "swsent": (lambda: pick(SW_SENTENCES), None),
})


# ---------------------------------------------------------------- engine

PLACEHOLDER = re.compile(r"\{([a-z0-9]+)\}")


def fill(template):
    kinds = set()

    def sub(m):
        gen, kind = P[m.group(1)]
        if kind:
            kinds.add(kind)
        return gen()
    return PLACEHOLDER.sub(sub, template), kinds


def build():
    rows, seen = [], set()
    for cat, n, templates in SPEC:
        made, tries, i = 0, 0, 0
        while made < n and tries < n * 60:
            t = templates[i % len(templates)]
            i += 1
            tries += 1
            tpl, extra = (t, "") if isinstance(t, str) else t
            sent, kinds = fill(tpl)
            kinds |= {k for k in extra.split(",") if k}
            sent = sent.strip()
            if sent in seen or "\t" in sent or "\n" in sent:
                continue
            seen.add(sent)
            label = ",".join(k for k in KIND_ORDER if k in kinds) or "-"
            rows.append((cat, label, sent))
            made += 1
        if made < n:
            raise SystemExit(f"category {cat}: only {made} of {n} rows")
    order = list(range(len(rows)))
    R.shuffle(order)
    return [rows[i] for i in order]


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
