"""Held-out de-identification corpus, part 7 (Simplified Chinese).

Running this script writes ``deid_generated_zh_heldout7.tsv`` next to it: one
sentence per row, with a category label and the kinds of identifying details a
careful reader would find in it (``-`` for a clean sentence).  The sentences
read like the Chinese side of the hospital's international-patient pages:
case stories, patients' messages, clinicians' quotes, photo captions and
timeline entries, about patients from across China and from abroad.

This part was written from general knowledge of how such texts are written,
without reading the scanner's code, its tests or the earlier corpus parts, so
that it can serve as an honest held-out measure.  About one sentence in five
uses a harder but still realistic form (full-width digits, Chinese numerals,
names that are also ordinary words, lowercase or upper-case Latin names,
labels after the value, mixed scripts).

Deterministic: a fixed seed, standard library only.  Usage::

    python tests/data/make_deid_part7_zh.py
"""

import os
import random

SEED = 7_2024_0917
rng = random.Random(SEED)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "deid_generated_zh_heldout7.tsv")

# ---------------------------------------------------------------- helpers

FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-:/"}


def fw(s):
    """Full-width form of ASCII letters, digits and a few signs."""
    return "".join(FW_TABLE.get(c, c) for c in s)


CN_DIG = "〇一二三四五六七八九"


def cn_digits(s, yao=False):
    out = []
    for c in s:
        if c.isdigit():
            d = CN_DIG[int(c)]
            if yao and c == "1":
                d = "幺"
            out.append(d)
        else:
            out.append(c)
    return "".join(out)


def cn_num(n):
    """1..99 in Chinese numerals (十一, 二十三)."""
    if n < 10:
        return CN_DIG[n] if n else "零"
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_DIG[t]) + "十"
    return s + (CN_DIG[u] if u else "")


def digits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def letters(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def pick(seq):
    return rng.choice(seq)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS_EN]
LUNAR_M = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
LUNAR_D = ["初一", "初二", "初三", "初五", "初六", "初八", "初九", "初十", "十一",
           "十二", "十五", "十六", "十八", "二十", "廿一", "廿三", "廿六", "廿八", "三十"]

# ---------------------------------------------------------------- names

FAM_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
FAM_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐",
                "公孙", "尉迟", "长孙", "宇文", "司徒", "端木", "夏侯", "澹台"]
FAM_RARE = list("仉佘禤覃靳隗蒯亓闾昝佴逯璩冼郦晏阚笪鄢缪宓匡寇仝")
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华慧玲兰红燕鹏辉斌宇浩凯睿婷雪琳欣悦晨阳峰波健莉萍梅颖倩")
GIVEN2 = ["秀英", "桂兰", "建华", "志强", "海燕", "丽娟", "子涵", "浩然", "雨桐",
          "思远", "晓东", "春梅", "国栋", "玉珍", "凤霞", "宏伟", "雅琴", "梓轩",
          "一诺", "欣怡", "俊杰", "晓燕", "淑芬", "德胜", "金凤", "文博", "佳怡",
          "明轩", "婉清", "振华", "永红", "翠兰", "家豪", "诗涵", "立新", "卫东",
          "海波", "红霞", "秋菊", "冬生", "亚楠", "若曦", "天佑", "沐阳", "宝珠"]
WORD_NAMES = [("高", "峰"), ("金", "鑫"), ("向", "阳"), ("白", "雪"), ("林", "立"),
              ("夏", "天"), ("石", "磊"), ("方", "圆"), ("常", "青"), ("江", "河"),
              ("安", "然"), ("文", "静"), ("海", "洋"), ("田", "野"), ("丁", "香"),
              ("万", "里"), ]
TITLES = ["先生", "女士", "阿姨", "大爷", "大姐", "医生", "大夫", "护士", "护士长",
          "主任", "老师", "师傅", "教授", "奶奶", "爷爷", "老太太"]

FOREIGN_ZH = [  # transliterated, family structure kept
    ("阿依古丽", "努尔兰"), ("叶尔兰", "别克托夫"), ("古丽娜尔", "阿合买提"),
    ("努尔苏丹", "卡西莫夫"), ("德米特里", "沃尔科夫"), ("娜塔莉亚", "伊万诺娃"),
    ("谢尔盖", "彼得罗夫"), ("奥莉加", "斯米尔诺娃"), ("巴霍迪尔", "拉希莫夫"),
    ("迪拉诺扎", "尤苏波娃"), ("法蒂玛", "哈桑"), ("穆罕默德", "阿卜杜拉"),
    ("艾哈迈德", "优素福"), ("朴智勋", None), ("金敏洙", None), ("李顺姬", None),
    ("田中", "由纪"), ("佐藤", "健太"), ("阮氏兰", None), ("陈文雄", None),
    ("普丽娅", "夏尔马"), ("阿南德", "拉奥"), ("奇内杜", "奥卡福"),
    ("阿玛卡", "恩沃苏"), ("露西娅", "费尔南德斯"), ("卡洛斯", "门多萨"),
    ("让-吕克", "马丁"), ("安娜", "施密特"), ("托比亚斯", "哈特曼"), ("巴雅尔", None),
    ("其其格", None), ("阿斯卡尔", "努尔马汉"), ("买买提", "吐尔逊"),
    ("热依拉", "艾尼瓦尔"), ("扎西", "次仁"), ("卓玛", None), ("其木格", None),
]
FOREIGN_LAT = [
    "Aigerim Nurlanovna", "Yerlan Bektemirov", "Dmitri Volkov", "Natalia Ivanova",
    "Sergei Petrov", "Olga Smirnova", "Bakhodir Rakhimov", "Dilnoza Yusupova",
    "Fatima Hassan", "Mohammed Abdullah", "Ahmed Yousef", "Park Seo-yeon",
    "Kim Min-su", "Lee Soon-hee", "Tanaka Yuki", "Sato Kenta", "Nguyen Thi Lan",
    "Tran Van Hung", "Priya Sharma", "Anand Rao", "Chinedu Okafor", "Amaka Nwosu",
    "Lucia Fernandez", "Carlos Mendoza", "Jean-Luc Martin", "Anna Schmidt",
    "Batbayar Gantulga", "Nurlan Abenov", "Gulnara Sadykova", "Timur Alimov",
    "Oyunchimeg Bold", "Kwame Mensah", "Svetlana Kuznetsova", "Rustam Karimov",
]
PINYIN_FAM = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
              "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Luo", "Xie",
              "Ouyang", "Song", "Deng", "Feng", "Cao", "Peng", "Jiang", "Shen"]
PINYIN_GIV = ["Wei", "Fang", "Na", "Min", "Jing", "Xiaoming", "Jianhua", "Zhiqiang",
              "Haiyan", "Lijuan", "Zihan", "Haoran", "Yutong", "Siyuan", "Xiaodong",
              "Chunmei", "Guodong", "Yuzhen", "Hongwei", "Yaqin", "Jiahao", "Shihan"]


def cn_full():
    r = rng.random()
    if r < 0.12:
        fam = pick(FAM_COMPOUND)
    elif r < 0.22:
        fam = pick(FAM_RARE)
    else:
        fam = pick(FAM_COMMON)
    if rng.random() < 0.4:
        return fam + pick(GIVEN1)
    return fam + pick(GIVEN2)


def any_name():
    """A random private person's name, various styles (for mixed templates)."""
    r = rng.random()
    if r < 0.55:
        return cn_full()
    if r < 0.65:
        return pick(FAM_COMMON) + pick(["先生", "女士", "阿姨", "医生", "护士"])
    if r < 0.8:
        g, f = pick(FOREIGN_ZH)
        return g + ("·" + f if f else "")
    if r < 0.9:
        return pick(FOREIGN_LAT)
    return pick(PINYIN_FAM) + " " + pick(PINYIN_GIV)


CITIES = ["北京", "上海", "广州", "深圳", "成都", "重庆", "武汉", "西安", "郑州",
          "哈尔滨", "乌鲁木齐", "昆明", "南宁", "兰州", "呼和浩特", "拉萨", "海口",
          "阿拉木图", "阿斯塔纳", "塔什干", "比什凯克", "乌兰巴托", "莫斯科",
          "新西伯利亚", "首尔", "东京", "河内", "胡志明市", "孟买", "拉各斯",
          "迪拜", "伦敦", "温州", "赣州", "喀什", "延边", "大理", "遵义", "汕头"]
PROVINCES = ["河南", "四川", "新疆", "云南", "黑龙江", "甘肃", "贵州", "广西",
             "内蒙古", "山东", "湖南", "江西", "哈萨克斯坦", "乌兹别克斯坦",
             "吉尔吉斯斯坦", "蒙古国", "俄罗斯", "越南", "印度", "尼日利亚"]
ALIASES = ["A女士", "B先生", "患者A", "患者B", "小A", "C女士", "D先生", "小E",
           "患儿F", "G先生", "H女士", "K女士", "M先生", "患者甲", "乙先生",
           "丙女士", "Ms. A", "Mr. B", "Patient C", "X先生", "Y女士", "小Z"]
RELS = ["她的母亲", "他的妻子", "患者的丈夫", "她的大儿子", "孩子的爸爸",
        "患儿的奶奶", "他的女儿", "她的姐姐", "老伴", "他的小儿子", "她的婆婆",
        "患者的表哥", "邻居", "同事", "家属", "陪护的侄女"]

# ---------------------------------------------------------------- values
# Each generator takes ``hard`` and returns (text, variant label).

def rand_ymd(y0=1995, y1=2024):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def v_date(hard):
    y, m, d = rand_ymd(2012, 2024)
    if hard:
        k = rng.randrange(9)
        if k == 0:
            return fw(f"{y}年{m}月{d}日").replace("年", "年"), "fullwidth"
        if k == 1:
            return cn_digits(str(y)) + f"年{cn_num(m)}月{cn_num(d)}日", "cn_numerals"
        if k == 2:
            return f"{y}年农历{LUNAR_M[m-1]}月{pick(LUNAR_D)}", "lunar"
        if k == 3:
            return f"{y}年" + pick(["除夕", "中秋节", "国庆节", "元旦", "端午节",
                                    "圣诞节", "大年初一", "元宵节", "平安夜"]), "holiday_year"
        if k == 4:
            return f"{y}{m:02d}{d:02d}", "compact"
        if k == 5:
            return f"{str(y)[2:]}年{m}月{d}号", "short_year"
        if k == 6:
            return f"{d} {MON3[m-1]} {y}", "english_dmy"
        if k == 7:
            return f"{m}.{d}", "dotted_md"
        return f"{y}年{m}月{d}日（周{pick('一二三四五六日')}）", "with_weekday"
    k = rng.randrange(9)
    if k == 0:
        return f"{y}年{m}月{d}日", "ymd_cn"
    if k == 1:
        return f"{m}月{d}日", "md_cn"
    if k == 2:
        return f"{m}月{d}号", "md_hao"
    if k == 3:
        return f"{y}-{m:02d}-{d:02d}", "iso"
    if k == 4:
        return f"{y}/{m}/{d}", "slash"
    if k == 5:
        return f"{y}.{m:02d}.{d:02d}", "dotted"
    if k == 6:
        return f"{d:02d}/{m:02d}/{y}", "dmy"
    if k == 7:
        return f"{MONTHS_EN[m-1]} {d}, {y}", "english_mdy"
    return f"{y}年{m}月{d}号", "ymd_hao"


def v_dob(hard):
    y, m, d = rand_ymd(1926, 2020)
    if hard:
        k = rng.randrange(5)
        if k == 0:
            return cn_digits(str(y)) + f"年{cn_num(m)}月{cn_num(d)}日", "cn_numerals"
        if k == 1:
            return fw(f"{y}.{m}.{d}"), "fullwidth"
        if k == 2:
            return f"农历{y}年{LUNAR_M[m-1]}月{pick(LUNAR_D)}", "lunar"
        if k == 3:
            return f"{y}{m:02d}{d:02d}", "compact"
        return f"{d:02d}.{m:02d}.{y}", "dmy_dotted"
    k = rng.randrange(5)
    if k == 0:
        return f"{y}年{m}月{d}日", "ymd_cn"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d}", "iso"
    if k == 2:
        return f"{y}/{m:02d}/{d:02d}", "slash"
    if k == 3:
        return f"{d:02d}/{m:02d}/{y}", "dmy"
    return f"{y}年{m}月{d}号", "ymd_hao"


def v_age(hard):
    n = rng.randint(90, 106)
    if hard:
        k = rng.randrange(6)
        if k == 0:
            return fw(str(n)) + "岁", "fullwidth"
        if k == 1:
            return "九十有" + CN_DIG[n - 90] if 90 < n < 100 else "百岁", "classical"
        if k == 2:
            return "年过九旬", "decade_word"
        if k == 3:
            return f"{n} y/o", "english_abbrev"
        if k == 4:
            return f"虚岁{cn_num(n) if n < 100 else '一百零' + CN_DIG[n-100] if n > 100 else '一百'}", "xusui"
        return "九旬", "decade_word"
    k = rng.randrange(4)
    if k == 0:
        return f"{n}岁", "digits"
    if k == 1:
        return (cn_num(n) if n < 100 else "一百" + ("零" + CN_DIG[n-100] if n > 100 else "")) + "岁", "cn_numerals"
    if k == 2:
        return f"{n}周岁", "zhousui"
    return f"{n}岁高龄", "gaoling"


def cn_mobile():
    return pick(["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + digits(8, False)


def v_phone(hard):
    if hard:
        k = rng.randrange(6)
        m = cn_mobile()
        if k == 0:
            return fw(m), "fullwidth"
        if k == 1:
            return cn_digits(m, yao=True), "cn_spoken"
        if k == 2:
            return f"{m[:3]}.{m[3:7]}.{m[7:]}", "dotted"
        if k == 3:
            return f"0{pick(['10', '21', '28', '871', '991', '451'])}-{digits(8)} 转 {digits(4)}", "extension"
        if k == 4:
            return "+７ ７０１ " + fw(digits(3) + " " + digits(4, False)), "fullwidth_intl"
        return f"{m[:3]} {m[3:7]} {m[7:]}（{pick(['打不通就发短信', '晚上打', '她女儿的'])}）", "spaced_note"
    k = rng.randrange(14)
    m = cn_mobile()
    if k == 0:
        return m, "cn_mobile"
    if k == 1:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}", "cn_mobile_dash"
    if k == 2:
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}", "cn_mobile_intl"
    if k == 3:
        return f"0086-{m}", "cn_0086"
    if k == 4:
        area = pick(["010", "021", "020", "028", "0371", "0991", "0871", "0451"])
        return f"{area}-{digits(8 if len(area) == 3 else 7)}", "cn_landline"
    if k == 5:
        return f"（0{pick(['571', '931', '851', '771'])}）{digits(4)}-{digits(4, False)}", "cn_landline_paren"
    if k == 6:
        return f"+7 701 {digits(3)} {digits(2, False)} {digits(2, False)}", "kz"
    if k == 7:
        return f"+7 (9{digits(2, False)}) {digits(3)}-{digits(2, False)}-{digits(2, False)}", "ru"
    if k == 8:
        return f"+998 9{rng.randint(0, 9)} {digits(3)} {digits(2, False)} {digits(2, False)}", "uz"
    if k == 9:
        return f"+976 {digits(4)} {digits(4, False)}", "mn"
    if k == 10:
        return f"+82-10-{digits(4)}-{digits(4, False)}", "kr"
    if k == 11:
        return f"+852 {pick('569')}{digits(3, False)} {digits(4, False)}", "hk"
    if k == 12:
        return f"+91 9{digits(4, False)} {digits(5, False)}", "in"
    return f"+234 80{rng.randint(2, 9)} {digits(3)} {digits(4, False)}", "ng"


MAIL_LOCAL = ["xiaoyu_0520", "sunflower88", "dmv1987", "moonlight_cat", "happyday2019",
              "lanlan.mama", "tianqi_qing", "bluesea_77", "snowpeak.kz", "almaty_rose",
              "yuanyuan1103", "qiuqiu_mom", "tashkent.sun", "lucky_clover9", "mia.k88",
              "feifei_0302", "orange_tree", "kaz.steppe", "niuniu2016", "river_stone"]
MAIL_DOM = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com",
            "mail.ru", "yandex.ru", "outlook.com", "naver.com", "yahoo.co.jp", "inbox.kz"]


def v_email(hard):
    loc, dom = pick(MAIL_LOCAL), pick(MAIL_DOM)
    if hard:
        k = rng.randrange(6)
        if k == 0:
            return f"{loc} at {dom.replace('.', ' dot ')}", "at_dot_words"
        if k == 1:
            return f"{loc}(at){dom}", "paren_at"
        if k == 2:
            return f"{loc}#{dom}（#换成@）", "hash_swap"
        if k == 3:
            return fw(f"{loc}@{dom}"), "fullwidth"
        if k == 4:
            return f"{loc}@{dom}".upper(), "uppercase"
        return f"{loc} 艾特 {dom}", "aite"
    k = rng.randrange(3)
    if k == 0:
        return f"{loc}@{dom}", "plain"
    if k == 1:
        return f"{digits(rng.randint(8, 10))}@qq.com", "qq_digits"
    return f"{loc}@{dom}".replace("@", "＠"), "fullwidth_at"


def v_web(hard):
    slug = pick(["xiaoyu-diary", "lanlan-fight", "aigerim-story", "niuniu-jiayou",
                 "mama-zhi-lu", "dmitri-recovery", "qiuqiu-home", "a-long-road"])
    if hard:
        k = rng.randrange(5)
        if k == 0:
            return f"{slug}点blogspot点com", "dot_words"
        if k == 1:
            return fw(f"t.cn/{letters(7, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789')}"), "fullwidth_short"
        if k == 2:
            return f"hxxps://{slug}.wordpress.com", "defanged"
        if k == 3:
            return f"WWW.{slug.upper()}.KZ", "uppercase"
        return f"{slug}.github.io", "bare_domain"
    k = rng.randrange(7)
    tok = letters(rng.randint(6, 8), "abcdefghkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789")
    if k == 0:
        return f"https://{slug}.blogspot.com", "blog"
    if k == 1:
        return f"t.cn/{tok}", "short_tcn"
    if k == 2:
        return f"https://bit.ly/{tok}", "short_bitly"
    if k == 3:
        return f"https://www.qschou.com/project/{digits(8)}", "fundraising"
    if k == 4:
        return f"https://mp.weixin.qq.com/s/{tok}{tok[::-1]}", "wechat_article"
    if k == 5:
        return f"www.{slug}.cn", "www_domain"
    return f"http://{slug}.kz/photos", "http_path"


def v_ip(hard):
    a = f"{pick([36, 39, 58, 61, 112, 117, 120, 123, 183, 202, 221, 223])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if hard:
        k = rng.randrange(4)
        if k == 0:
            return fw(a), "fullwidth"
        if k == 1:
            return f"{rng.choice(['240e', '2408', '2409'])}:{letters(3, '0123456789abcdef')}:{letters(4, '0123456789abcdef')}::{letters(2, '0123456789abcdef')}", "ipv6"
        if k == 2:
            return a.replace(".", "[.]"), "defanged"
        return f"{a}:{rng.randint(1024, 65000)}", "with_port"
    k = rng.randrange(3)
    if k == 0:
        return a, "ipv4_public"
    if k == 1:
        return f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}", "ipv4_private"
    return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", "ipv4_ten"


HANDLES = ["xiaoyu_0520", "sunny_days_kz", "moonlight0917", "lanlan_jiayou",
           "qiuqiu_mama", "steppe_wind", "orange.tree.88", "bluesea77",
           "tashkent_rose", "kimchi_mom", "happy_niuniu", "river_stone_9"]


def v_social(hard):
    h = pick(HANDLES)
    if hard:
        k = rng.randrange(5)
        if k == 0:
            return f"QQ号{cn_digits(digits(9))}", "qq_cn_numerals"
        if k == 1:
            return f"V信 {h}", "vx_homophone"
        if k == 2:
            return f"薇❤：{h}", "wei_disguised"
        if k == 3:
            return f"ＱＱ：{fw(digits(10))}", "qq_fullwidth"
        return f"{h}（微信号）", "label_after"
    k = rng.randrange(12)
    if k == 0:
        return f"微信号：{h}", "wechat"
    if k == 1:
        return f"wxid_{letters(10, 'abcdefghjkmnpqrstuvwxyz0123456789')}", "wxid"
    if k == 2:
        return f"QQ {digits(rng.randint(8, 10))}", "qq"
    if k == 3:
        return f"微博 @{pick(['一只小芒果酱', '阿拉木图的风', '抗狼日记', '小鱼不吃鱼', '向日葵妈妈'])}", "weibo"
    if k == 4:
        return f"抖音号 {digits(9)}", "douyin"
    if k == 5:
        return f"小红书号 {digits(9)}", "xiaohongshu"
    if k == 6:
        return f"Instagram @{h}", "instagram"
    if k == 7:
        return f"Telegram: @{h}", "telegram"
    if k == 8:
        return f"LINE ID：{h}", "line"
    if k == 9:
        return f"Twitter（X）@{h}", "x_twitter"
    if k == 10:
        return f"vx：{h}", "vx"
    return f"快手号 {h}", "kuaishou"


REGIONS = ["110101", "310104", "440305", "510107", "650102", "230103", "420106",
           "370202", "130102", "610113", "530102", "450103", "320106", "330106",
           "410105", "150102", "210102", "620102", "640104", "630104", "540102",
           "460106", "350203", "360102", "430104", "520102", "220102", "500103"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def cn_id(valid=True):
    y, m, d = rand_ymd(1935, 2018)
    body = f"{pick(REGIONS)}{y}{m:02d}{d:02d}{digits(3, False)}"
    chk = ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]
    if not valid:
        chk = pick([c for c in "0123456789X" if c != chk])
    return body + chk


def v_rid(hard):
    if hard:
        k = rng.randrange(5)
        s = cn_id()
        if k == 0:
            return fw(s), "fullwidth"
        if k == 1:
            return s[:-1] + "x" if s.endswith("X") else cn_id()[:-1] + "x", "lower_x"
        if k == 2:
            return f"{s[:6]}-{s[6:14]}-{s[14:]}", "dashed"
        if k == 3:
            y, m, d = rand_ymd(1935, 1984)
            return f"{pick(REGIONS)}{str(y)[2:]}{m:02d}{d:02d}{digits(3, False)}", "old15"
        return cn_id(valid=False), "bad_check"
    k = rng.randrange(3)
    s = cn_id(valid=rng.random() < 0.8)
    if k == 0:
        return s, "plain18"
    if k == 1:
        return f"{s[:6]} {s[6:14]} {s[14:]}", "spaced"
    return s, "plain18_b"


def v_natid(hard):
    if hard:
        k = rng.randrange(4)
        if k == 0:
            return "ИИН " + fw(digits(12, False)), "kz_iin_fullwidth"
        if k == 1:
            return f"{letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(2, False)} {digits(2, False)} {digits(2, False)} {pick('ABCD')}".lower(), "uk_nino_lower"
        if k == 2:
            return f"СНИЛС {digits(3)} {digits(3)} {digits(3)}-{digits(2, False)}", "snils_cyrillic"
        return f"УБ{digits(8, False)}", "mn_register"
    k = rng.randrange(11)
    y, m, d = rand_ymd(1950, 2015)
    if k == 0:
        return f"IIN {str(y)[2:]}{m:02d}{d:02d}{rng.randint(3, 6)}{digits(5, False)}", "kz_iin"
    if k == 1:
        return f"SNILS {digits(3)}-{digits(3)}-{digits(3)} {digits(2, False)}", "ru_snils"
    if k == 2:
        return f"SSN {rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", "us_ssn"
    if k == 3:
        return f"{str(y)[2:]}{m:02d}{d:02d}-{rng.randint(1, 4)}{digits(6, False)}", "kr_rrn"
    if k == 4:
        return f"Aadhaar {rng.randint(2, 9)}{digits(3, False)} {digits(4, False)} {digits(4, False)}", "in_aadhaar"
    if k == 5:
        return f"PINFL {rng.randint(3, 6)}{digits(13, False)}", "uz_pinfl"
    if k == 6:
        return f"{pick('ACDEGHKPRVZ')}{digits(6)}({rng.randint(0, 9)})", "hkid"
    if k == 7:
        return f"{pick('ABCDEFGHKLMNPQ')}{rng.randint(1, 2)}{digits(8, False)}", "tw_id"
    if k == 8:
        return f"CCCD {digits(12, False)}", "vn_cccd"
    if k == 9:
        return f"NIN {digits(11)}", "ng_nin"
    return f"{str(y)[2:]}{m:02d}{d:02d}-{digits(2)}-{digits(4)}", "my_mykad"


def v_passport(hard):
    if hard:
        k = rng.randrange(4)
        if k == 0:
            return "e" + digits(8), "lowercase"
        if k == 1:
            return fw("E" + digits(8)), "fullwidth"
        if k == 2:
            s = "EA" + digits(7)
            return f"{s[:2]} {s[2:5]} {s[5:]}", "spaced"
        return f"{digits(2)} №{digits(7, False)}", "ru_numero"
    k = rng.randrange(10)
    if k == 0:
        return "E" + digits(8), "cn_e"
    if k == 1:
        return "E" + pick("ABCDEFGH") + digits(7), "cn_ee"
    if k == 2:
        return "G" + digits(8), "cn_g_old"
    if k == 3:
        return "N" + digits(8), "kz"
    if k == 4:
        return f"{digits(2)} {digits(7, False)}", "ru_foreign"
    if k == 5:
        return pick(["FA", "AA", "AB"]) + digits(7), "uz"
    if k == 6:
        return "M" + digits(8), "kr"
    if k == 7:
        return pick(["TK", "TR", "MZ"]) + digits(7), "jp"
    if k == 8:
        return pick("KLMNPRTZ") + digits(7), "in"
    return digits(9), "us_digits"


def v_mrn(hard):
    if hard:
        k = rng.randrange(4)
        if k == 0:
            return cn_digits(digits(10, False)), "cn_numerals"
        if k == 1:
            return fw(digits(8)), "fullwidth"
        if k == 2:
            return f"zy{rng.randint(2016, 2024)}{digits(6, False)}", "lowercase_prefix"
        return f"{digits(4, False)}-{digits(4, False)}-{digits(2, False)}", "dashed"
    k = rng.randrange(8)
    if k == 0:
        return digits(10, False), "ten_digits"
    if k == 1:
        return f"ZY{rng.randint(2016, 2024)}{digits(6, False)}", "zy_prefix"
    if k == 2:
        return f"MZ{rng.randint(2016, 2024)}{digits(7, False)}", "mz_prefix"
    if k == 3:
        return digits(7), "seven_digits"
    if k == 4:
        return f"P{digits(8, False)}", "p_prefix"
    if k == 5:
        return f"B{str(rng.randint(16, 24))}-{digits(5, False)}", "pathology"
    if k == 6:
        return f"CT{rng.randint(16, 24)}{digits(8, False)}", "imaging"
    return f"{rng.randint(2015, 2024)}{digits(6, False)}", "year_prefix"


def v_health(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw(digits(12, False)), "fullwidth"
        if k == 1:
            return f"nhs no. {digits(3)} {digits(3, False)} {digits(4, False)}", "nhs_lower"
        return f"ОМС {digits(16)}", "ru_oms_cyrillic"
    k = rng.randrange(8)
    if k == 0:
        return f"{digits(4)} {digits(4, False)} {digits(4, False)}", "cn_card_spaced"
    if k == 1:
        return f"{pick(['P', 'GZ', 'HMB'])}{rng.randint(2019, 2024)}{digits(9, False)}", "policy"
    if k == 2:
        return f"{digits(4)} {digits(5, False)} {rng.randint(1, 9)}", "au_medicare"
    if k == 3:
        return f"NHS {digits(3)} {digits(3, False)} {digits(4, False)}", "uk_nhs"
    if k == 4:
        return f"{letters(3)}{digits(9, False)}", "member_id"
    if k == 5:
        return digits(16), "ru_oms"
    if k == 6:
        return f"{digits(8)}-{digits(2, False)}", "intl_member"
    return digits(13), "ncms"


def v_account(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw("6222 " + digits(4, False) + " " + digits(4, False) + " " + digits(4, False) + " " + digits(3, False)), "fullwidth"
        if k == 1:
            return "kz" + digits(2) + " " + digits(3) + "k " + digits(13, False), "iban_lower"
        return cn_digits("6217" + digits(15, False)), "cn_numerals"
    k = rng.randrange(8)
    if k == 0:
        return f"6222 {digits(4, False)} {digits(4, False)} {digits(4, False)} {digits(3, False)}", "cn_card19"
    if k == 1:
        return f"6228{digits(15, False)}", "cn_card_plain"
    if k == 2:
        return f"KZ{digits(2)} {digits(3)}K {letters(3)}{digits(1)} {digits(4)} {digits(4)}", "iban_kz"
    if k == 3:
        return f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}", "iban_de"
    if k == 4:
        return f"4081 7810 {digits(4)} {digits(4)} {digits(4)}", "ru_account"
    if k == 5:
        return f"2088{digits(12, False)}", "alipay_uid"
    if k == 6:
        return f"4400 {digits(4)} {digits(4)} {digits(4)}", "kaspi_card"
    return f"{digits(3)}-{digits(6, False)}-{digits(3, False)}", "jp_account"


def v_licence(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw(digits(15)), "fullwidth"
        if k == 1:
            return f"{letters(5)}{digits(6)}{letters(2)}{digits(1)}{letters(2)}".lower(), "uk_lower"
        return cn_digits(digits(12)), "cn_numerals"
    k = rng.randrange(7)
    if k == 0:
        return f"1{digits(2, False)}{digits(12, False)}", "cn_physician15"
    if k == 1:
        return f"20{rng.randint(10, 23)}{digits(8, False)}", "cn_nurse"
    if k == 2:
        return digits(12), "cn_driver_file"
    if k == 3:
        return f"D{digits(3)}-{digits(4, False)}-{digits(4, False)}", "us_dl"
    if k == 4:
        return f"{letters(5)}{digits(6)}{letters(2)}{digits(1)}{letters(2)}", "uk_dl"
    if k == 5:
        return f"{letters(2)} {digits(6)}", "kz_dl"
    return f"{digits(2)} {digits(2, False)} {digits(6, False)}", "ru_dl"


PLATE_PROV = "京沪粤川新蒙黑甘云桂豫鲁苏浙湘鄂陕渝贵赣吉辽晋冀皖闽琼藏青宁津"
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def v_vehicle(hard):
    p, l = pick(PLATE_PROV), pick("ABCDEFGHK")
    tail = letters(1, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + digits(4, False)
    if hard:
        k = rng.randrange(4)
        if k == 0:
            return f"{p}{l.lower()}{tail.lower()}", "lowercase"
        if k == 1:
            return p + fw(l + tail), "fullwidth"
        if k == 2:
            return f"{p}{l} {' '.join(tail)}", "spaced_chars"
        return "l" + "".join(rng.choice(VIN_CH) for _ in range(16)).lower(), "vin_lower"
    k = rng.randrange(7)
    if k == 0:
        return f"{p}{l}{tail}", "cn_plate"
    if k == 1:
        return f"{p}{l}·{tail}", "cn_plate_dot"
    if k == 2:
        return f"{p}{l} D{digits(5, False)}", "cn_nev"
    if k == 3:
        return f"{digits(3)} {letters(3)} {rng.randint(1, 17):02d}", "kz_plate"
    if k == 4:
        return f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {pick(['77', '54', '199', '02'])}", "ru_plate"
    if k == 5:
        return "L" + "".join(rng.choice(VIN_CH) for _ in range(16)), "vin"
    return f"{rng.randint(1, 9)}{letters(3)}{digits(3)}", "us_plate"


def v_device(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return ":".join(letters(2, "0123456789abcdef") for _ in range(6)), "mac_lower"
        if k == 1:
            return fw("86" + digits(13)), "imei_fullwidth"
        return "-".join(letters(2, "0123456789ABCDEF") for _ in range(6)), "mac_dash"
    k = rng.randrange(7)
    if k == 0:
        return f"{letters(3)}{digits(6)}{pick('SGHR')}", "pacemaker"
    if k == 1:
        return f"NG{digits(7)}H", "insulin_pump"
    if k == 2:
        return "86" + digits(13), "imei"
    if k == 3:
        return ":".join(letters(2, "0123456789ABCDEF") for _ in range(6)), "mac"
    if k == 4:
        return f"{digits(4)}{letters(2)}{digits(4)}", "hearing_aid"
    if k == 5:
        return f"SN{rng.randint(18, 24)}{digits(2)}{letters(2)}{digits(4)}", "ventilator"
    return f"{letters(1)}{digits(2)}{letters(3)}{digits(3)}", "cgm_sensor"


def v_other(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw("SF" + digits(13)), "express_fullwidth"
        if k == 1:
            return cn_digits(f"20{rng.randint(18, 24)}{digits(6)}"), "student_cn_numerals"
        return f"（{rng.randint(2018, 2024)}）{pick(['京', '沪', '新', '川'])}01{rng.randint(0, 9)}{rng.randint(1, 9)}民初{digits(4, False)}号", "court_case"
    k = rng.randrange(8)
    if k == 0:
        return "SF" + digits(13), "express"
    if k == 1:
        return f"{rng.randint(700, 999)}-{digits(10)}", "e_ticket"
    if k == 2:
        return f"LP{rng.randint(2019, 2024)}{digits(8, False)}", "claim"
    if k == 3:
        return f"20{rng.randint(15, 24)}{digits(6)}", "student"
    if k == 4:
        return f"{pick(['E', 'HR', 'GH'])}{digits(5, False)}", "employee"
    if k == 5:
        return f"{digits(4)}{letters(2)}{digits(6)}", "booking"
    if k == 6:
        return f"Q{digits(9)}", "birth_certificate"
    return f"{rng.randint(2020, 2024)}{digits(8, False)}", "order"

ROADS = ["建国路", "解放大街", "人民南路", "中山北路", "幸福路", "和平里东街",
         "友谊路", "长江路", "胜利街", "光明巷", "新华西路", "团结南路", "红旗大道"]
ESTATES = ["阳光花园", "金色家园", "翠湖小区", "锦绣华庭", "滨江苑", "幸福里小区",
           "康桥丽景", "东方明珠苑", "铁路新村", "纺织厂宿舍"]


def v_addr(hard):
    if hard:
        k = rng.randrange(5)
        if k == 0:
            return f"{pick(ESTATES)}{cn_num(rng.randint(1, 30))}号楼{cn_num(rng.randint(1, 6))}单元{cn_digits(str(rng.randint(1, 18)))}〇{rng.randint(1, 4)}", "cn_numerals"
        if k == 1:
            return f"{pick(ESTATES)}{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(1, 18)}0{rng.randint(1, 4)}", "dash_shorthand"
        if k == 2:
            return f"{pick(ROADS)}{fw(str(rng.randint(1, 999)))}号", "fullwidth"
        if k == 3:
            return f"ул. {pick(['Ленина', 'Абая', 'Тверская', 'Мира'])}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 200)}", "ru_cyrillic"
        return f"{rng.randint(1, 300)} {pick(['ABAY', 'DOSTYK', 'SEIFULLIN'])} AVE, APT {rng.randint(1, 99)}", "kz_caps"
    k = rng.randrange(10)
    if k == 0:
        return f"{pick(['朝阳区', '武侯区', '天河区', '二七区', '天山区'])}{pick(ROADS)}{rng.randint(1, 400)}号", "cn_road_no"
    if k == 1:
        return f"{pick(ESTATES)}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室", "cn_estate_flat"
    if k == 2:
        return f"{pick(['周口市沈丘县', '赣州市于都县', '喀什地区疏附县', '遵义市湄潭县'])}{pick(['李楼村', '上坪村', '托克扎克镇阿亚格村', '永兴镇茶园村'])}{cn_num(rng.randint(1, 9))}组{rng.randint(1, 80)}号", "cn_village"
    if k == 3:
        return f"{pick(['新华路', '淮海中路', '复兴西路'])}{rng.randint(100, 999)}弄{rng.randint(1, 40)}号", "cn_lane"
    if k == 4:
        return f"{pick(ROADS)}{rng.randint(1, 99)}号院{rng.randint(1, 20)}号楼", "cn_yard"
    if k == 5:
        return f"九龙旺角弥敦道{rng.randint(100, 800)}号{rng.randint(2, 30)}楼{pick('ABCDEF')}室", "hk"
    if k == 6:
        return f"Abay Ave {rng.randint(1, 300)}, apt {rng.randint(1, 120)}", "kz_latin"
    if k == 7:
        return f"{rng.randint(10, 9999)} {pick(['Oak', 'Maple', 'Elm', 'Cedar'])} Street, Apt {rng.randint(1, 20)}{pick('ABC')}", "us"
    if k == 8:
        return f"Amir Temur ko'chasi {rng.randint(1, 150)}-uy, {rng.randint(1, 90)}-xonadon", "uz"
    return f"{pick(['呼和浩特市', '兰州市', '昆明市'])}{pick(['赛罕区', '城关区', '五华区'])}{pick(ROADS)}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 9)}", "cn_full_building"


def v_postal(hard):
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw(pick(["100", "200", "510", "610", "830"]) + digits(3, False)), "fullwidth"
        if k == 1:
            return cn_digits(pick(["100", "200", "450", "650"]) + digits(3, False)), "cn_numerals"
        return f"sw{rng.randint(1, 20)} {rng.randint(1, 9)}{letters(2).lower()}", "uk_lower"
    k = rng.randrange(8)
    if k == 0:
        return pick(["100", "200", "510", "610", "830", "450", "650", "150"]) + digits(3, False), "cn"
    if k == 1:
        return "0" + pick(["50", "10", "60"]) + digits(3, False), "kz"
    if k == 2:
        return pick(["125", "630", "190"]) + digits(3, False), "ru"
    if k == 3:
        return f"{digits(5)}-{digits(4, False)}", "us_zip4"
    if k == 4:
        return f"〒{digits(3)}-{digits(4, False)}", "jp"
    if k == 5:
        return f"{pick(['SW1A', 'EC1V', 'M14', 'B15'])} {rng.randint(1, 9)}{letters(2)}", "uk"
    if k == 6:
        return "1000" + digits(2, False), "uz"
    return "5600" + digits(2, False), "in_pin"


def v_geo(hard):
    la, lo = rng.uniform(18, 53), rng.uniform(73, 135)
    if hard:
        k = rng.randrange(3)
        if k == 0:
            return fw(f"{la:.4f},{lo:.4f}"), "fullwidth"
        if k == 1:
            return f"北纬{cn_num(int(la))}度{cn_num(rng.randint(1, 59))}分、东经{int(lo)}度{rng.randint(1, 59)}分", "cn_words"
        return f"{lo:.5f}, {la:.5f}（经度在前）", "lon_first"
    k = rng.randrange(6)
    if k == 0:
        return f"{la:.4f}, {lo:.4f}", "decimal"
    if k == 1:
        return f"N{la:.3f}° E{lo:.3f}°", "ne_decimal"
    if k == 2:
        return f"{int(la)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″N, {int(lo)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″E", "dms"
    if k == 3:
        return f"北纬{la:.2f}°、东经{lo:.2f}°", "cn_bw_dj"
    if k == 4:
        return f"geo:{la:.5f},{lo:.5f}", "geo_uri"
    return f"({la:.6f}, {lo:.6f})", "paren"

# ---------------------------------------------------------------- templates
# {v} is the value of the kind being tested; {name} adds person_name and
# {date} adds exact_date; {alias} {city} {prov} {rel} {age} {my} stay clean.

T = {}
T["exact_date"] = [
    "{v}，{alias}第一次发现腿上有出血点。",
    "{alias}于{v}入院，当时血小板只有12×10^9/L。",
    "时间线：{v} 完成CAR-T细胞回输。",
    "“我永远记得{v}那天，医生说指标全部正常了。”",
    "图为{alias}在{v}第三次复查时与医护人员合影。",
    "{v}出院，随后每三个月复查一次。",
    "{rel}说，{v}晚上孩子突然抽搐，赶紧送到县医院。",
    "复查日期：{v}（第二次随访）",
    "她在{v}做了肾穿刺，病理提示IV型狼疮性肾炎。",
    "直到{v}，{alias}才从{city}转到我院。",
    "我们约好了{v}上午在门诊见面。",
    "{v} 14:30 首次腰穿，脑脊液压力偏高。",
    "{v}凌晨，{alias}出现寒战高热，体温39.6℃。",
    "手术安排在{v}，由血管外科团队完成。",
    "签证材料显示，他{v}从{city}入境。",
    "“{v}是我重生的日子。”{alias}在留言里写道。",
]
T["date_of_birth"] = [
    "出生日期：{v}",
    "{alias}，女，{v}出生，{prov}人。",
    "患儿生于{v}，足月顺产。",
    "DOB {v}，性别男，国籍哈萨克斯坦。",
    "{v}生的她，今年刚过完生日就病倒了。",
    "表格里“出生日期”一栏写的是{v}。",
    "他出生于{v}，在{city}长大。",
    "生日：{v}（身份证上的日期）",
    "“我是{v}出生的，属马。”",
    "{v}（出生日期）——请核对后再提交。",
    "登记信息：{alias}，出生{v}，血型A型。",
    "老人家说自己是{v}生人，比户口本上早一年。",
]
T["age_over_89"] = [
    "{v}的{alias}是我们这一批年龄最大的患者。",
    "患者今年{v}，仍坚持每天散步。",
    "老人家已经{v}了，听力不太好，由孙女陪同就诊。",
    "“我{v}了，还能再做手术吗？”",
    "一位{v}的老人从{city}赶来复诊。",
    "年龄：{v}",
    "图中是{v}的{alias}和主治团队。",
    "{alias}（{v}）术后第五天已经能下床。",
    "考虑到老人{v}，团队选择了保守治疗。",
    "她的祖母{v}，至今生活自理。",
    "虽然已是{v}，他仍然关心自己的化验单。",
    "入院时{v}，合并高血压、慢性肾病3期。",
]
T["phone_number"] = [
    "电话：{v}",
    "有问题可以打我电话{v}，白天一般都在。",
    "联系方式 {v}（患者本人）",
    "{v}是她儿子的手机号，请优先联系。",
    "“你打{v}找我就行。”",
    "传真：{v}，请注明患者姓名。",
    "紧急联系人手机{v}。",
    "我在{city}，号码是{v}，麻烦回个电话。",
    "留言：请拨{v}与我联系，谢谢！",
    "手机 / WhatsApp 以外的号码：{v}",
    "{rel}的电话是{v}，他不会说汉语。",
    "座机{v}，家里晚上七点以后有人。",
    "回访电话拨打{v}无人接听，改发短信。",
]
T["email"] = [
    "邮箱：{v}",
    "报告请发到{v}，谢谢。",
    "可以把检查结果发我邮箱{v}吗？",
    "{v}（我女儿的邮箱，她懂英语）",
    "联系人邮箱 {v}",
    "“我的邮箱是{v}，你发过来我转给医生。”",
    "已将出院小结发送至{v}。",
    "E-mail: {v}",
    "病友们可以通过{v}和我交流。",
    "请勿回复{v}以外的地址。",
    "来信邮箱{v}，内容是询问费用。",
]
T["web_address"] = [
    "她把治疗经过写在了自己的博客 {v} 上。",
    "众筹链接：{v}",
    "照片都放在{v}，大家可以看看。",
    "“我的个人主页是{v}。”",
    "{v}（患者家属发起的求助页面）",
    "他在{v}记录了每一次化疗的感受。",
    "请访问{v}查看我们的康复视频。",
    "留言附带链接 {v}，审核时请删除。",
    "详见{v}。",
    "孩子的成长相册：{v}",
    "家属在朋友圈转发了{v}，很多人捐了款。",
]
T["ip_address"] = [
    "留言提交IP：{v}",
    "系统日志显示该留言来自{v}。",
    "{v} 在凌晨两点连续提交了三次表单。",
    "来源地址{v}，所在地显示为{city}。",
    "请屏蔽{v}，该地址反复发送广告。",
    "IP {v}（患者家中的网络）",
    "登录记录：{v}，设备为手机。",
    "“我用的是医院的Wi-Fi，IP好像是{v}。”",
    "导出的留言里包含提交者IP {v}，发布前需删除。",
    "访问日志 {v} - 表单页 - 200",
]
T["social_account"] = [
    "{v}，欢迎病友加我交流。",
    "我的{v}，有事直接联系。",
    "她在留言里写了{v}，希望和医生私聊。",
    "“加我{v}吧，我把片子发给你。”",
    "家属联系方式：{v}",
    "{alias}的{v}上记录了整个治疗过程。",
    "复查结果我会发在{v}。",
    "留言末尾附有{v}，发布前须删除。",
    "图片右下角水印为{v}。",
    "我儿子用{v}联系过你们的国际部。",
    "联系我：{v}（不常看，尽量留言）",
]
T["resident_id"] = [
    "身份证号：{v}",
    "患者身份证号码为{v}，请核对。",
    "{v}（身份证）",
    "公民身份号码 {v}",
    "“我的身份证号是{v}，你帮我查一下报销进度。”",
    "办理住院需提供身份证{v}的复印件。",
    "扫描件上能看到身份证号{v}，需打码。",
    "{rel}的身份证号{v}登记在陪护单上。",
    "证件号码：{v}　证件类型：居民身份证",
    "核对身份：{v}，与医保登记一致。",
    "老身份证号{v}已经作废了，但病历里还是旧号。",
]
T["national_id"] = [
    "个人识别号：{v}",
    "患者的{v}已登记在国际部系统中。",
    "{v}（护照以外的身份证件）",
    "根据证件 {v}，患者为外籍人士。",
    "“这是我的身份证号：{v}，护照还在办。”",
    "他提供了本国身份证号{v}用于保险理赔。",
    "登记表：国籍 {prov}；身份号码 {v}",
    "照片中的证件号{v}没有遮挡，需要重新处理。",
    "居民身份证件编号 {v} 与护照信息一致。",
    "{rel}的证件号为{v}。",
]
T["passport_number"] = [
    "护照号：{v}",
    "患者持护照{v}入境。",
    "{v}（护照）",
    "Passport No. {v}",
    "“我的护照号码是{v}，签证邀请函上请写这个。”",
    "邀请函已按护照{v}开具。",
    "陪同人员护照号{v}，来自{prov}。",
    "证件类型：护照；号码：{v}",
    "扫描的护照首页显示号码{v}。",
    "新护照{v}下周才能拿到。",
    "请用护照号{v}帮我挂号。",
]
T["medical_record_number"] = [
    "病案号：{v}",
    "住院号{v}，{alias}，血液科。",
    "{v}（病历号）",
    "MRN {v}",
    "门诊号 {v}，复诊请带就诊卡。",
    "“我的住院号是{v}，麻烦帮我查一下报告。”",
    "病理号{v}的切片已借出会诊。",
    "影像号：{v}，PET-CT示代谢活性明显下降。",
    "ID号{v}的患者今日出院。",
    "请调取病历号{v}的全部检验记录。",
    "就诊卡号{v}，科室：风湿免疫科。",
]
T["health_plan_number"] = [
    "医保卡号：{v}",
    "商业保险保单号{v}，可直付。",
    "{v}（医保号）",
    "患者的保险会员号为{v}。",
    "“新农合证号是{v}，能报销吗？”",
    "Insurance ID: {v}",
    "惠民保编号{v}，理赔已受理。",
    "社保卡卡号{v}，参保地{city}。",
    "境外保险 member ID {v}，需预授权。",
    "医疗保险证号 {v} 已验证有效。",
]
T["account_number"] = [
    "银行卡号：{v}",
    "退费请打到这张卡：{v}。",
    "{v}（收款账户）",
    "IBAN {v}",
    "“钱转到{v}就行，户名写我爱人的。”",
    "众筹款项汇入账户{v}。",
    "支付宝账户 {v}",
    "患者家属提供的账号{v}已核对。",
    "请把押金退回原卡 {v}。",
    "收款账号{v}，开户行：{city}分行。",
]
T["licence_number"] = [
    "医师执业证书编码：{v}",
    "驾驶证号 {v}",
    "{v}（护士执业证书编号）",
    "他的驾照号码是{v}，车祸后需要补办。",
    "执业证号{v}的医生负责这次会诊。",
    "“我的执照号{v}还在有效期内。”",
    "资格证书编号 {v}",
    "Driver's licence: {v}",
    "证书编号{v}，发证机关为省卫生健康委。",
    "患者职业为司机，驾驶证档案编号{v}。",
    "证件编号：{v}",
    "{rel}的证号{v}已复印存档。",
]
T["vehicle_identifier"] = [
    "车牌号：{v}",
    "{v}的车停在急诊门口，挡住了救护车。",
    "他开着{v}连夜从{city}赶来。",
    "“我的车是{v}，能停地下车库吗？”",
    "车辆识别代号（VIN）{v}",
    "照片背景里能看到车牌{v}，需打码。",
    "事故车辆{v}，驾驶员即为患者本人。",
    "{v}（家属车辆）已登记停车。",
    "接送车辆：{v}",
    "货车{v}侧翻，司机送来时已昏迷。",
]
T["device_identifier"] = [
    "起搏器序列号：{v}",
    "胰岛素泵 SN: {v}",
    "{v}（人工耳蜗植入体序列号）",
    "手机IMEI {v}",
    "设备MAC地址{v}已绑定随访App。",
    "助听器编号{v}，左耳。",
    "呼吸机序列号 {v} 随患者出院带回家。",
    "“泵上写的编号是{v}。”",
    "植入的ICD序列号为{v}，已登记随访。",
    "动态血糖仪传感器编号{v}，佩戴14天。",
    "设备编号：{v}",
    "{v}（设备序列号）",
    "随访系统登记的设备号为{v}。",
    "照片里设备背面的编号{v}清晰可见，需打码。",
]
T["other_number"] = [
    "快递单号：{v}",
    "机票订单号{v}，下周一到达。",
    "{v}（理赔案件号）",
    "学号 {v}，患者为在读研究生。",
    "工号{v}，患者为本院职工家属。",
    "“我的订单号是{v}，检查套餐还没用。”",
    "法院案号{v}，涉及医疗费用纠纷。",
    "出生医学证明编号{v}已补办。",
    "电子客票号 {v}",
    "预约编号{v}，请于就诊当日出示。",
    "样本寄送单号{v}，外院会诊用。",
    "编号{v}，请在留言中一并注明。",
    "“{v}这个号你们能查到吗？”",
]

T["street_address"] = [
    "家庭住址：{v}",
    "{alias}住在{v}，离医院不远。",
    "{v}（患者现住址）",
    "“我家在{v}，你们寄报告过来就行。”",
    "出院后暂住{v}，方便每周复查。",
    "快递请寄到{v}，收件人写家属。",
    "社工上门随访，地址为{v}。",
    "他们在{v}租了一间房子，步行十分钟到医院。",
    "Address: {v}",
    "{rel}把家从{city}搬到了{v}。",
    "户籍地址{v}，现居{city}。",
    "救护车从{v}把她接到急诊。",
]
T["postal_code"] = [
    "邮编：{v}",
    "邮政编码{v}，请写清楚。",
    "{v}（邮编）",
    "ZIP / Postcode: {v}",
    "“邮编是{v}，快递员说查不到。”",
    "寄件信息：{city}，邮编{v}。",
    "表单里邮编一栏填了{v}。",
    "他们家所在片区的邮编为{v}。",
    "请注明邮政编码 {v} 以便寄送病历复印件。",
    "资料寄往{prov}，邮编 {v}。",
]
T["geolocation"] = [
    "定位：{v}",
    "照片的GPS信息显示{v}。",
    "{v}（患者家的位置）",
    "家属发来的共享位置是{v}。",
    "“我就在{v}，救护车能找到吗？”",
    "坐标{v}，离最近的乡镇卫生院有四十公里。",
    "图片元数据中含有拍摄地点{v}，发布前需清除。",
    "牧场在{v}附近，冬天大雪封路。",
    "急救调度记录的呼救位置为{v}。",
    "位置：{v}，海拔约3600米。",
]

# ---------------------------------------------------------------- names as the tested kind

DOTS = ["・", "•", "．", "-", " "]


def v_name(hard):
    if hard:
        k = rng.randrange(12)
        if k in (0, 9, 10, 11):  # names that are also ordinary words
            f, g = pick(WORD_NAMES)
            return f + g, "word_name"
        if k == 1:
            return f"{pick(PINYIN_FAM)} {pick(PINYIN_GIV)}".lower(), "pinyin_lower"
        if k == 2:
            return f"{pick(PINYIN_FAM).upper()} {pick(PINYIN_GIV)}", "pinyin_caps_family"
        if k == 3:
            return pick(FOREIGN_LAT).upper(), "latin_all_caps"
        if k == 4:
            g, f = pick([x for x in FOREIGN_ZH if x[1]])
            return g + pick(DOTS) + f, "translit_odd_dot"
        if k == 5:
            fam = pick(PINYIN_FAM)
            giv = pick(PINYIN_GIV)
            return f"{fam} {giv[0]}.", "pinyin_initial"
        if k == 6:
            return pick(FAM_COMMON) + pick(["Wei", "Na", "Lei", "Jing"]), "mixed_script"
        if k == 7:
            return pick(FAM_RARE) + pick(GIVEN2), "rare_family"
        return pick(FAM_COMPOUND) + pick(GIVEN1), "compound_family"
    k = rng.randrange(10)
    if k in (0, 1):
        return cn_full(), "cn_full"
    if k == 2:
        return pick(GIVEN2), "cn_given_only"
    if k == 3:
        return pick(FAM_COMMON) + pick(TITLES), "family_title"
    if k == 4:
        r = rng.randrange(4)
        if r == 0:
            return "阿" + pick(list("珍英梅强华明芳")), "nick_a"
        if r == 1:
            return "老" + pick(FAM_COMMON), "nick_lao"
        if r == 2:
            return "小" + pick(FAM_COMMON), "nick_xiao"
        c = pick(list("丽婷娜佳甜乐欢贝豆"))
        return c + c, "nick_double"
    if k in (5, 6):
        g, f = pick(FOREIGN_ZH)
        if f and rng.random() < 0.7:
            return g + "·" + f, "translit_dot"
        return g, "translit_single"
    if k == 7:
        return pick(FOREIGN_LAT), "latin_foreign"
    if k == 8:
        return f"{pick(PINYIN_FAM)} {pick(PINYIN_GIV)}", "pinyin"
    return pick(FAM_COMMON) + pick(GIVEN1) + pick(GIVEN1), "cn_full_three"


T["person_name"] = [
    "{v}今年{age}岁，因反复发热来我院就诊。",
    "{v}打来电话，说化验结果已经出来了。",
    "{v}的妈妈一直陪在病床边。",
    "“{v}，该吃药了。”护士轻声喊道。",
    "主治医生{v}介绍了这次治疗的方案。",
    "左起：{v}、{alias}、护士长。",
    "我们特别感谢{v}，是他最早发现了问题。",
    "这是{v}第三次从{city}来复查。",
    "病友群里，大家都叫她{v}。",
    "{v}说：“现在我能自己上楼了。”",
    "患者{v}，{age}岁，{prov}人。",
    "{alias}的丈夫{v}辞掉了工作专门照顾她。",
    "“谢谢{v}医生，谢谢所有护士。”",
    "图为{v}出院时与医护人员合影。",
    "{v}和{name}是同一批接受CAR-T治疗的病友。",
    "翻译{v}全程陪同问诊。",
    "{v}告诉我们，她最想做的事是回学校上课。",
    "那天值班的是{v}，她一眼就看出孩子不对劲。",
    "记者手记：见到{v}时，他正在走廊里慢慢练习走路。",
    "“妈妈，{v}阿姨又来看我了！”",
    "来信人：{v}",
    "{v}从{city}飞了七个小时来到这里。",
    "负责随访的{v}每个月都会打电话询问情况。",
    "在{v}的坚持下，全家决定再试一次。",
    "邻居{v}帮忙照看了两个孩子。",
    "{v}摇摇头，说自己已经不怕打针了。",
    "签名：{v}（患者家属）",
    "“我叫{v}，来自{prov}。”",
    "{v}哭了，这是她生病以来第一次哭。",
    "当时接诊的{v}回忆说，患者全身浮肿。",
    "{v}、{name}两位医生共同完成了手术。",
    "感谢信的落款是“{v}和全家人”。",
    "{rel}{v}一直在网上查资料。",
    "为{v}做骨髓穿刺的是一位年轻医生。",
    "{v}留言问：复诊需要提前预约吗？",
    "我和{v}是在透析室认识的。",
    "{v}带着锦旗来到病房。",
    "照片说明：{v}（右）在康复训练中。",
]


# ---------------------------------------------------------------- clean fillers

DRUGS = ["泼尼松", "甲泼尼龙", "环磷酰胺", "吗替麦考酚酯", "他克莫司", "羟氯喹",
         "利妥昔单抗", "贝利尤单抗", "托珠单抗", "阿达木单抗", "甲氨蝶呤", "来氟米特",
         "氨氯地平", "二甲双胍", "胰岛素", "阿司匹林", "氯吡格雷", "伊马替尼", "奥希替尼",
         "布地奈德", "头孢曲松", "万古霉素", "Benlysta", "Humira", "Keytruda"]
UNITS = ["mg", "mg/d", "mg/kg", "g", "μg", "IU", "mL/h", "mg/m²"]
LABS = ["血小板 {a}×10^9/L", "白细胞 {b}×10^9/L", "血红蛋白 {c} g/L", "肌酐 {d} μmol/L",
        "尿蛋白定量 {e} g/24h", "补体C3 {f} g/L", "ANA 1:{t}", "抗dsDNA抗体 {g} IU/mL",
        "HbA1c {h}%", "eGFR {i} mL/min/1.73m²", "CRP {j} mg/L", "ESR {k} mm/h",
        "ALT {l} U/L", "TSH {m} mIU/L", "D-二聚体 {n} mg/L", "血钾 {o} mmol/L",
        "CD19+ B细胞 {p}%", "LDH {q} U/L", "NT-proBNP {r} pg/mL", "铁蛋白 {s} ng/mL"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "KRAS G12C", "BCR-ABL1",
         "JAK2 V617F", "HLA-B*58:01", "FLT3-ITD", "NPM1", "CD19", "BCMA", "PD-L1",
         "ALK", "MYD88 L265P", "CFTR", "HLA-DRB1*15:01", "TNFAIP3", "IKZF1"]
TRIALS = ["NCT0{a}", "ChiCTR{b}", "EudraCT 20{c}-00{d}-{e}", "CTR20{f}", "ISRCTN{g}",
          "jRCT{h}"]
ICDS = ["M32.1", "M32.9", "D69.3", "C83.3", "N04.9", "E11.9", "I10", "J84.1",
        "G35", "C91.0", "M05.9", "D59.1", "Q21.1", "C50.9", "K50.9"]
HOSPS = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中南大学湘雅医院",
         "新疆医科大学第一附属医院", "哈萨克斯坦国立医科大学", "梅奥诊所",
         "约翰斯·霍普金斯医院", "首尔大学医院", "郑州大学第一附属医院", "省人民医院",
         "县人民医院", "当地妇幼保健院", "上海交通大学医学院附属瑞金医院"]
DEPTS = ["风湿免疫科", "血液科", "肾内科", "神经内科", "儿科重症监护室", "心内科",
         "国际医疗部", "细胞治疗中心", "放射科", "检验科", "康复医学科", "日间病房",
         "介入手术室", "呼吸与危重症医学科", "移植病房"]
EPONYMS = ["霍奇金淋巴瘤", "干燥综合征", "雷诺现象", "桥本甲状腺炎", "克罗恩病",
           "帕金森病", "阿尔茨海默病", "库欣综合征", "川崎病", "唐氏综合征",
           "白塞病", "格林-巴利综合征", "IgA肾病", "吉兰-巴雷综合征", "Sjögren综合征",
           "Hodgkin淋巴瘤", "Raynaud现象", "Still病", "Wilson病"]
GUIDES = ["《2019 EULAR/ACR系统性红斑狼疮分类标准》", "《中国系统性红斑狼疮诊疗指南（2020）》",
          "KDIGO 2021指南", "NCCN指南（2023.V2版）", "《内科学（第9版）》",
          "ASCO 2022年会摘要", "《CAR-T细胞治疗不良反应管理专家共识（2022版）》",
          "GINA 2023", "ESC 2021心衰指南", "《新型冠状病毒感染诊疗方案（试行第十版）》"]
JOBS = ["主任医师", "副主任医师", "主治医师", "住院医师", "护士长", "责任护士",
        "康复治疗师", "临床药师", "营养师", "医务社工", "国际部协调员", "翻译"]
WORD_TRAPS = ["高血压", "白细胞", "黄疸", "钟点工", "方案", "石膏", "金属", "任何",
              "于是", "常规", "高峰期", "向阳面", "安然无恙", "白雪", "夏天", "江河",
              "林立", "文静", "海洋", "田野", "丁香", "万里", "马上", "周末",
              "贺卡", "康复", "宋体", "武汉", "钱包", "毛发", "史料", "汤药", "梁柱"]


DOSE_PAIRS = [("泼尼松", ["5", "7.5", "10", "20", "40", "60"], ["mg", "mg/d"]),
              ("甲泼尼龙", ["4", "8", "40", "80", "500"], ["mg", "mg/d"]),
              ("环磷酰胺", ["0.5", "0.75", "1.0"], ["g", "g/m²"]),
              ("吗替麦考酚酯", ["0.5", "0.75", "1.0"], ["g", "g bid"]),
              ("他克莫司", ["0.5", "1", "2"], ["mg", "mg bid"]),
              ("羟氯喹", ["100", "200", "400"], ["mg", "mg/d"]),
              ("利妥昔单抗", ["375", "500", "1000"], ["mg/m²", "mg"]),
              ("贝利尤单抗", ["10"], ["mg/kg"]),
              ("托珠单抗", ["8", "162"], ["mg/kg", "mg"]),
              ("甲氨蝶呤", ["7.5", "10", "15"], ["mg/周"]),
              ("二甲双胍", ["0.5", "0.85"], ["g", "g tid"]),
              ("胰岛素", ["6", "8", "12", "20"], ["IU", "U"]),
              ("阿司匹林", ["100"], ["mg", "mg/d"]),
              ("伊马替尼", ["400", "600"], ["mg", "mg/d"]),
              ("Benlysta", ["10"], ["mg/kg"]),
              ("Humira", ["40"], ["mg"]),
              ("Keytruda", ["200"], ["mg"])]


def f_dose():
    d, qs, us = pick(DOSE_PAIRS)
    q, u = pick(qs), pick(us)
    if rng.random() < 0.15:
        return f"{d}{fw(q)}{u}"
    return f"{d} {q} {u}"


def f_lab():
    t = pick(LABS)
    vals = {c: pick(["0.8", "1.2", "3.5", "12", "23", "45", "86", "104", "138", "4.6",
                     "256", "0.32", "7.8", "1.9", "312", "560", "2.1", "66"]) for c in "abcdefghijklmnopqrs"}
    vals["t"] = pick(["80", "160", "320", "640", "1280"])
    return t.format(**vals)


def f_trial():
    t = pick(TRIALS)
    return t.format(a=digits(7, False), b=str(rng.randint(1800, 2412)) + digits(6, False),
                    c=str(rng.randint(10, 23)), d=digits(4, False), e=digits(2, False),
                    f=str(rng.randint(1900, 2399)) + digits(2, False), g=digits(8),
                    h=digits(9))


def f_money():
    k = rng.randrange(4)
    if k == 0:
        return f"{rng.randint(2, 120)}万元"
    if k == 1:
        return f"¥{rng.randint(1, 999)},{digits(3, False)}"
    if k == 2:
        return f"{rng.randint(1000, 99000)}元"
    return f"{cn_num(rng.randint(2, 99))}万块钱"


def f_time():
    return pick([f"{rng.randint(6, 22)}:{pick(['00', '15', '30', '45'])}", f"凌晨{cn_num(rng.randint(1, 5))}点",
                 f"下午{rng.randint(1, 5)}点半", f"晚上{rng.randint(7, 11)}点", f"上午{rng.randint(8, 11)}:{pick(['00', '30'])}"])


def f_dur():
    return pick([f"{rng.randint(2, 30)}天", f"{cn_num(rng.randint(2, 12))}个月", f"{rng.randint(1, 15)}年",
                 f"{rng.randint(2, 52)}周", f"半年", f"{rng.randint(3, 72)}小时", f"整整{cn_num(rng.randint(2, 9))}年"])


def f_my():
    y, m = rng.randint(2010, 2024), rng.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年{cn_num(m)}月", f"{MONTHS_EN[m-1]} {y}", f"{y}-{m:02d}",
                 f"{y}年{m}月初", f"{y}年{m}月下旬", f"{y}年春天", f"{y}年底", f"{y}年上半年"])


def f_age():
    n = rng.randint(1, 89)
    return pick([f"{n}", f"{n}", cn_num(n)])


def f_bp():
    return f"{rng.randint(95, 190)}/{rng.randint(55, 115)} mmHg"


def f_score():
    return pick([f"SLEDAI-2K评分{rng.randint(0, 24)}分", f"NIHSS {rng.randint(0, 20)}分", f"ECOG {rng.randint(0, 3)}分",
                 f"Child-Pugh A级（{rng.randint(5, 6)}分）", f"Apgar评分{rng.randint(5, 10)}-{rng.randint(8, 10)}-{rng.randint(9, 10)}",
                 f"GCS {rng.randint(3, 15)}分", f"CRS {rng.randint(1, 3)}级", f"ICANS {rng.randint(0, 2)}级",
                 f"DAS28 {rng.randint(2, 6)}.{rng.randint(0, 9)}", f"VAS {rng.randint(0, 10)}/10"])


FILL = {
    "dose": f_dose, "lab": f_lab, "trial": f_trial, "money": f_money, "time": f_time,
    "dur": f_dur, "my": f_my, "age": f_age, "bp": f_bp, "score": f_score,
    "gene": lambda: pick(GENES), "icd": lambda: pick(ICDS), "hosp": lambda: pick(HOSPS),
    "dept": lambda: pick(DEPTS), "epon": lambda: pick(EPONYMS), "guide": lambda: pick(GUIDES),
    "job": lambda: pick(JOBS), "word": lambda: pick(WORD_TRAPS), "drug": lambda: pick(DRUGS),
    "city": lambda: pick(CITIES), "prov": lambda: pick(PROVINCES), "alias": lambda: pick(ALIASES),
    "rel": lambda: pick(RELS), "year": lambda: str(rng.randint(1960, 2024)),
    "n": lambda: str(rng.randint(2, 40)), "cn": lambda: cn_num(rng.randint(2, 30)),
    "name": any_name, "date": lambda: v_date(rng.random() < 0.2)[0],
}

# ---------------------------------------------------------------- clean sentences

CLEAN = [
    ("clean_dose", "出院带药：{dose}，每日一次，早饭后服用。"),
    ("clean_dose", "{alias}目前维持{dose}，已停用其他免疫抑制剂。"),
    ("clean_dose", "“我现在每天只吃{dose}，比以前少多了。”"),
    ("clean_dose", "诱导期给予{dose}静脉滴注，共{cn}次。"),
    ("clean_dose", "激素从{steroid}逐渐减量，{dur}后停药。"),
    ("clean_lab", "入院化验：{lab}，{lab}。"),
    ("clean_lab", "复查{lab}，较上次明显好转。"),
    ("clean_lab", "治疗{dur}后，{lab}，{lab}，均恢复正常。"),
    ("clean_lab", "{lab}（参考范围见化验单），医生说不用担心。"),
    ("clean_lab", "“{lab}，这个数正常吗？”{alias}在留言里问。"),
    ("clean_vitals", "入院时血压{bp}，心率{hr}次/分，体温38.{d}℃。"),
    ("clean_vitals", "今晨血压{bp}，血氧饱和度9{d}%。"),
    ("clean_vitals", "{time}测血压{bp}，已加用氨氯地平。"),
    ("clean_score", "治疗前{score}，治疗后降至{score}。"),
    ("clean_score", "评估结果：{score}，{score}。"),
    ("clean_gene", "基因检测提示{gene}突变阳性，{gene}阴性。"),
    ("clean_gene", "{alias}携带HLA-B*58:01，因此避免使用别嘌醇。"),
    ("clean_gene", "CAR-T靶点为{gene}，细胞回输剂量{n}×10^6/kg。"),
    ("clean_gene", "NGS检出{gene}，变异丰度{n}.{d}%。"),
    ("clean_trial", "该患者入组了临床试验{trial}。"),
    ("clean_trial", "研究注册号：{trial}（{my}启动）。"),
    ("clean_trial", "本例数据已纳入{trial}的中期分析。"),
    ("clean_icd", "出院诊断：系统性红斑狼疮（ICD-10 {icd}）。"),
    ("clean_icd", "编码{icd}，主要诊断，{dept}收治。"),
    ("clean_month_year", "{my}，{alias}开始出现关节疼痛。"),
    ("clean_month_year", "{my}起，{alias}先后住院{cn}次。"),
    ("clean_month_year", "她在{my}确诊，{my}接受了细胞治疗。"),
    ("clean_month_year", "时间线：{my} 首次就诊于{hosp}。"),
    ("clean_year", "{year}年以后，她再也没有发过病。"),
    ("clean_year", "上世纪{dec}0年代，他在{city}当过兵。"),
    ("clean_age", "{alias}，{adult}岁，{prov}人，务农。"),
    ("clean_age", "今年{age}岁的{alias}已经是第{cn}次复查。"),
    ("clean_age", "{rel}今年{age}岁，身体还算硬朗。"),
    ("clean_age", "患儿{age}个月大时首次出现皮疹。"),
    ("clean_money", "整个疗程花费约{money}，其中医保报销了一半。"),
    ("clean_money", "“前前后后借了{money}，都快撑不下去了。”"),
    ("clean_money", "单次费用{money}，可分期支付。"),
    ("clean_time", "每天{time}服药，{time}复测血糖。"),
    ("clean_time", "回输于{time}开始，持续{dur}。"),
    ("clean_duration", "病程{dur}，曾在{hosp}就诊。"),
    ("clean_duration", "住院{dur}，出院后每{cn}个月随访一次。"),
    ("clean_duration", "“这{dur}里，我每个月都要跑医院。”"),
    ("clean_place", "{alias}从{city}转机来到{city}，一路由{rel}陪同。"),
    ("clean_place", "近年来，来自{prov}的患者逐渐增多。"),
    ("clean_place", "她在{prov}的一家医院被诊断为{epon}。"),
    ("clean_place", "{city}的冬天很冷，{alias}出院前特地买了厚羽绒服。"),
    ("clean_hospital", "{alias}曾先后在{hosp}和{hosp}治疗。"),
    ("clean_hospital", "经{hosp}{dept}会诊，建议行CAR-T治疗。"),
    ("clean_dept", "{dept}与{dept}联合查房后调整了方案。"),
    ("clean_dept", "请到门诊三楼{dept}候诊区等候叫号。"),
    ("clean_eponym", "{alias}同时合并{epon}，病情更加复杂。"),
    ("clean_eponym", "需要与{epon}鉴别。"),
    ("clean_guide", "诊断符合{guide}。"),
    ("clean_guide", "根据{guide}，该患者属于难治性病例。"),
    ("clean_job", "{job}和{job}一起向家属解释了风险。"),
    ("clean_job", "一位{job}说：“这个孩子恢复得比我们预想的还好。”"),
    ("clean_alias", "{alias}说：“现在我终于可以抱孩子了。”"),
    ("clean_alias", "{alias}和{alias}都是今年在本中心接受治疗的患者。"),
    ("clean_alias", "“{alias}，今天感觉怎么样？”查房时医生问。"),
    ("clean_relation", "{rel}辞掉工作，一直陪在身边。"),
    ("clean_relation", "{rel}说，孩子现在能正常上学了。"),
    ("clean_relation", "是{rel}第一个发现她脸上有红斑的。"),
    ("clean_word_start", "{wmed}是这次入院的主要原因之一。"),
    ("clean_word_start", "{wmed}这个问题，我们在出院前又讨论了一次。"),
    ("clean_common_words", "高血压控制稳定，白细胞恢复正常，黄疸已消退。"),
    ("clean_common_words", "于是，常规方案改为{drug}联合治疗。"),
    ("clean_common_words", "石膏固定{dur}，任何金属饰品都要摘掉。"),
    ("clean_common_words", "请了一个钟点工，每天{time}来帮忙做饭。"),
    ("clean_common_words", "门诊高峰期排队要{dur}，建议网上预约。"),
    ("clean_common_words", "病房向阳，冬天也很暖和。"),
    ("clean_common_words", "手术后安然无恙，{alias}松了一口气。"),
    ("clean_common_words", "窗外白雪皑皑，{alias}说这是她第一次看到雪。"),
    ("clean_common_words", "夏天出汗多，注意补液，{drug}不要自行停用。"),
    ("clean_common_words", "她性格文静，很少主动说话。"),
    ("clean_ratio", "ANA滴度1:{n}0，抗Sm抗体阳性。"),
    ("clean_ratio", "CD4/CD8比值{d}.{d}，提示免疫重建。"),
    ("clean_ratio", "两组按{ratio}随机分配。"),
    ("clean_count", "全院今年共完成{n}例CAR-T治疗。"),
    ("clean_count", "第{cn}个疗程结束后，{alias}顺利出院。"),
    ("clean_count", "术后第{n}天拔除引流管。"),
    ("clean_count", "{n}名国际患者中，{n}名来自{prov}。"),
    ("clean_hotline_trap", "如遇紧急情况，请拨打120或到最近的急诊科就诊。"),
    ("clean_ip_trap", "评论区显示IP属地：{prov}。"),
    ("clean_mixed_latin", "Ms. A的治疗方案由MDT团队讨论决定。"),
    ("clean_mixed_latin", "{alias}接受了CD19 CAR-T治疗，剂量为{n}×10^6 cells/kg。"),
    ("clean_version", "App已更新到v{d}.{d}.{d}版本。"),
    ("clean_version", "CT层厚{n}mm，扫描参数120 kV。"),
    ("clean_brand", "使用的是{drug}，每{cn}周皮下注射一次。"),
    ("clean_caption", "图：{alias}在{dept}接受康复训练（经本人同意使用）。"),
    ("clean_caption", "照片摄于{my}，{city}。"),
    ("clean_timeline", "{my}：确诊；{my}：CAR-T回输；{my}：停用激素。"),
    ("clean_quote", "“以前{dur}要抽一次血，现在半年才查一次。”"),
    ("clean_quote", "医生解释说：“{epon}和狼疮有时候很难区分。”"),
    ("clean_fullwidth", "血小板计数由{fwn}×10^9/L升至{fwn}×10^9/L。"),
    ("clean_fullwidth", "体重{fwn}kg，身高{fwn}cm。"),
    ("clean_cn_numeral", "每日三次，每次两片，连服{cn}天。"),
    ("clean_cn_numeral", "住院第{cn}天，体温降到三十七度以下。"),
    ("clean_form", "留言表单：姓名（可不填）、国家/地区、病种、留言内容。"),
    ("clean_form", "温馨提示：请勿在留言中填写身份证号、电话等个人信息。"),
    ("clean_unit", "尿量{n}00 mL/24h，出入量基本平衡。"),
    ("clean_floor", "血液科病房在住院部二楼东侧，探视时间{time}。"),
    ("clean_holiday_no_year", "春节期间门诊照常开放，{alias}提前配好了药。"),
    ("clean_holiday_no_year", "每年中秋，{rel}都会寄来月饼。"),
    ("clean_age_range", "纳入标准：年龄18～{agemax}岁，病程超过{dur}。"),
    ("clean_age_89", "{alias}今年89岁，是本中心年龄最大的CAR-T患者之一。"),
    ("clean_percent", "有效率达{n}.{d}%，{n}%的患者实现无药缓解。"),
    ("clean_code", "药品编码ATC L04AA{n}，医保甲类。"),
    ("clean_code", "检查项目代码{n}0{n}，按医保目录收费。"),
    ("clean_word_start", "{wasp}方面，{alias}恢复得不错。"),
]


def f_fwn():
    return fw(str(rng.randint(20, 180)))


FILL["fwn"] = f_fwn
FILL["d"] = lambda: str(rng.randint(0, 9))
FILL["dec"] = lambda: pick(["5", "6", "7", "8", "9"])
FILL["ratio"] = lambda: pick(["1:1", "2:1", "3:1", "1:2"])
FILL["adult"] = lambda: str(rng.randint(28, 79))
FILL["hr"] = lambda: str(rng.randint(58, 132))
FILL["agemax"] = lambda: pick(["65", "70", "75", "80"])
FILL["steroid"] = lambda: pick(["泼尼松", "甲泼尼龙"]) + pick(["60 mg/d", "40 mg/d", "每天12片", "30mg", "48 mg"])
WORD_MED = ["高血压", "白细胞减少", "黄疸加重", "金属过敏", "常规治疗无效", "毛发脱落",
            "石膏压迫", "汤药依从性差", "方案副作用", "任何一次感染"]
WORD_ASPECT = ["康复", "常规检查", "白细胞", "高血压", "毛发生长", "方案调整", "饮食",
               "黄疸", "钱的问题", "任何不适"]
FILL["wmed"] = lambda: pick(WORD_MED)
FILL["wasp"] = lambda: pick(WORD_ASPECT)


# ---------------------------------------------------------------- combinations

COMBOS = [
    ("combo_profile", "患者{name}，{dob}出生，身份证号{rid}。",),
    ("combo_contact", "{name}，电话{phone}，邮箱{email}。",),
    ("combo_address", "家庭住址：{addr}，邮编{postal}。",),
    ("combo_intl", "{name}（护照{passport}）于{date}入院。",),
    ("combo_record", "住院号{mrn}，{name}，{age90}。",),
    ("combo_message", "我是{name}的女儿，手机{phone}，住在{addr}。",),
    ("combo_insurance", "医保卡号{health}，开户卡{account}。",),
    ("combo_device", "{name}的起搏器序列号{device}，{date}植入。",),
    ("combo_car", "{name}开车{vehicle}来复诊，驾驶证{licence}。",),
    ("combo_online", "{social}，或者发邮件到{email}。",),
    ("combo_geo", "定位{geo}，就在{addr}附近。",),
    ("combo_log", "{date} 留言来自{ip}，署名{name}。",),
    ("combo_natid", "{name}，IIN/证件号{natid}，{dob}生。",),
    ("combo_claim", "理赔号{other}，被保险人{name}，保单号{health}。",),
    ("combo_web", "{name}的众筹页面{web}已经转发了几百次。",),
]
COMBO_GEN = {"name": (lambda h: (any_name(), "")), "dob": v_dob, "rid": v_rid, "phone": v_phone,
             "email": v_email, "addr": v_addr, "postal": v_postal, "passport": v_passport,
             "date": v_date, "mrn": v_mrn, "age90": v_age, "health": v_health,
             "account": v_account, "device": v_device, "vehicle": v_vehicle,
             "licence": v_licence, "social": v_social, "geo": v_geo, "ip": v_ip,
             "natid": v_natid, "other": v_other, "web": v_web}
COMBO_KIND = {"name": ["person_name"], "dob": ["date_of_birth", "exact_date"],
              "rid": ["resident_id"], "phone": ["phone_number"], "email": ["email"],
              "addr": ["street_address"], "postal": ["postal_code"],
              "passport": ["passport_number"], "date": ["exact_date"],
              "mrn": ["medical_record_number"], "age90": ["age_over_89"],
              "health": ["health_plan_number"], "account": ["account_number"],
              "device": ["device_identifier"], "vehicle": ["vehicle_identifier"],
              "licence": ["licence_number"], "social": ["social_account"],
              "geo": ["geolocation"], "ip": ["ip_address"], "natid": ["national_id"],
              "other": ["other_number"], "web": ["web_address"]}

# ---------------------------------------------------------------- assembly

GEN = {"exact_date": v_date, "date_of_birth": v_dob, "age_over_89": v_age,
       "phone_number": v_phone, "email": v_email, "web_address": v_web,
       "ip_address": v_ip, "social_account": v_social, "resident_id": v_rid,
       "national_id": v_natid, "passport_number": v_passport,
       "medical_record_number": v_mrn, "health_plan_number": v_health,
       "account_number": v_account, "licence_number": v_licence,
       "vehicle_identifier": v_vehicle, "device_identifier": v_device,
       "other_number": v_other, "street_address": v_addr, "postal_code": v_postal,
       "geolocation": v_geo, "person_name": v_name}
SHORT = {"exact_date": "date", "date_of_birth": "dob", "age_over_89": "age90",
         "phone_number": "phone", "email": "email", "web_address": "web",
         "ip_address": "ip", "social_account": "social", "resident_id": "cnid",
         "national_id": "natid", "passport_number": "passport",
         "medical_record_number": "mrn", "health_plan_number": "healthplan",
         "account_number": "account", "licence_number": "licence",
         "vehicle_identifier": "vehicle", "device_identifier": "device",
         "other_number": "othernum", "street_address": "address",
         "postal_code": "postal", "geolocation": "geo", "person_name": "name"}
KIND_ORDER = ["person_name", "street_address", "postal_code", "geolocation",
              "exact_date", "date_of_birth", "age_over_89", "phone_number", "email",
              "web_address", "ip_address", "social_account", "resident_id",
              "national_id", "passport_number", "medical_record_number",
              "health_plan_number", "account_number", "licence_number",
              "vehicle_identifier", "device_identifier", "other_number"]
PLACEHOLDER_KIND = {"name": "person_name", "date": "exact_date"}

# templates that name a particular document or device take only values of that form
DRIVER = {"cn_driver_file", "kz_dl", "ru_dl", "uk_dl", "us_dl", "uk_lower", "cn_numerals"}
MATCH = {
    "device_identifier": {
        "起搏器": {"pacemaker"}, "胰岛素泵": {"insulin_pump"}, "泵上": {"insulin_pump"},
        "人工耳蜗": {"pacemaker", "hearing_aid"}, "IMEI": {"imei", "imei_fullwidth"},
        "MAC地址": {"mac", "mac_lower", "mac_dash"}, "助听器": {"hearing_aid"},
        "呼吸机": {"ventilator"}, "ICD序列号": {"pacemaker"}, "血糖仪": {"cgm_sensor"},
    },
    "licence_number": {
        "医师执业证书编码": {"cn_physician15", "fullwidth"}, "驾驶证号": DRIVER,
        "护士执业证书编号": {"cn_nurse"}, "驾照号码": DRIVER,
        "执业证号": {"cn_physician15", "cn_nurse", "fullwidth", "cn_numerals"},
        "Driver's licence": {"us_dl", "uk_dl", "uk_lower"},
        "驾驶证档案编号": {"cn_driver_file", "cn_numerals"},
        "证书编号": {"cn_physician15", "cn_nurse", "fullwidth", "cn_numerals"},
    },
    "other_number": {
        "快递单号": {"express", "express_fullwidth"}, "机票订单号": {"booking", "order"},
        "理赔案件号": {"claim"}, "学号": {"student", "student_cn_numerals"},
        "工号": {"employee"}, "订单号是": {"order", "booking"}, "法院案号": {"court_case"},
        "出生医学证明": {"birth_certificate"}, "电子客票号": {"e_ticket"},
        "样本寄送单号": {"express", "express_fullwidth"}, "预约编号": {"booking", "order"},
    },
}

# a title-bearing name must not sit next to another title; a word that is
# also a name is only used where the sentence makes clear a person is meant
TITLE_CLASH = ["医生{v}", "{v}医生", "{v}阿姨", "翻译{v}", "邻居{v}", "{rel}{v}",
               "丈夫{v}", "患者{v}", "我叫{v}", "{v}、{name}两位医生", "大家都叫她{v}"]
CLEAR_CUE = ["医生{v}", "患者{v}", "丈夫{v}", "{rel}{v}", "邻居{v}", "翻译{v}",
             "我叫{v}", "来信人：", "签名：", "{v}说：", "“{v}，", "负责随访的{v}",
             "值班的是{v}", "{v}、{name}两位医生", "大家都叫她{v}", "{v}阿姨",
             "接诊的{v}", "{v}医生"]
BIRTH_KINDS = ["date_of_birth", "exact_date"]


def placeholders(t):
    import string
    return [f for _, f, _, _ in string.Formatter().parse(t) if f]


def render(template, main_kind=None, value=None):
    """Fill a template; every placeholder occurrence gets its own value."""
    import string
    kinds = set()
    out = []
    for literal, ph, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if not ph:
            continue
        if ph == "v":
            out.append(value)
            continue
        val = FILL[ph]()
        for _ in range(3):  # two fillers of one slot should differ
            if val not in out:
                break
            val = FILL[ph]()
        out.append(val)
        if ph in PLACEHOLDER_KIND:
            kinds.add(PLACEHOLDER_KIND[ph])
    if main_kind:
        kinds.update(BIRTH_KINDS if main_kind == "date_of_birth" else [main_kind])
    return "".join(out), kinds


def kinds_str(kinds):
    ks = [k for k in KIND_ORDER if k in kinds]
    return ",".join(ks) if ks else "-"


def main():
    rows, seen = [], set()

    def add(cat, kinds, sent):
        assert "\t" not in sent and "\n" not in sent, sent
        if sent in seen:
            return False
        seen.add(sent)
        rows.append((cat, kinds_str(kinds), sent))
        return True

    targets = {k: 50 for k in KIND_ORDER}
    targets["person_name"] = 330
    for kind in KIND_ORDER:
        made, tries = 0, 0
        templates = T[kind]
        while made < targets[kind] and tries < 20000:
            tries += 1
            hard = rng.random() < 0.22
            value, variant = GEN[kind](hard)
            tpl = templates[made % len(templates)] if tries < 5000 else pick(templates)
            if kind == "person_name":
                if variant in ("family_title", "nick_lao", "nick_xiao") and any(s in tpl for s in TITLE_CLASH):
                    continue
                if variant == "word_name" and not any(s in tpl for s in CLEAR_CUE):
                    continue
            rules = MATCH.get(kind, {})
            if any(key in tpl and variant not in ok for key, ok in rules.items()):
                continue
            sent, kinds = render(tpl, kind, value)
            cat = f"{SHORT[kind]}_{variant}" + ("_hard" if hard else "")
            if add(cat, kinds, sent):
                made += 1

    made, tries = 0, 0
    while made < 95 and tries < 5000:
        tries += 1
        cat, tpl = pick(COMBOS)
        vals, kinds = {}, set()
        for ph in placeholders(tpl):
            vals[ph] = COMBO_GEN[ph](rng.random() < 0.2)[0]
            kinds.update(COMBO_KIND[ph])
        if add(cat, kinds, tpl.format(**vals)):
            made += 1

    made, tries = 0, 0
    while made < 1150 and tries < 50000:
        tries += 1
        cat, tpl = pick(CLEAN)
        sent, kinds = render(tpl)
        if kinds:
            continue
        if add(cat, kinds, sent):
            made += 1

    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, ks, sent in rows:
            fh.write(f"{cat}\t{ks}\t{sent}\n")

    per_kind = {k: 0 for k in KIND_ORDER}
    clean = 0
    for _, ks, _ in rows:
        if ks == "-":
            clean += 1
            continue
        for k in ks.split(","):
            per_kind[k] += 1
    assert clean >= 1000 and len(rows) - clean >= 1000, (clean, len(rows))
    assert all(n >= 35 for n in per_kind.values()), per_kind
    assert per_kind["person_name"] >= 200
    print(f"wrote {len(rows)} rows ({len(rows) - clean} with identifiers, {clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
