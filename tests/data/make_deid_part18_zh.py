#!/usr/bin/env python3
"""Blind, labelled de-identification test corpus, part 18, Simplified Chinese (zh).

What this is
    A generator for ``deid_generated_zh_heldout18.tsv`` (written next to this
    file): about 2,500 Simplified-Chinese sentences of the kinds a Beijing
    hospital with an international patient department publishes or receives
    -- case-story narration, quotes from patients and relatives, clinicians'
    remarks, photo captions / alt text, timeline entries, SEO descriptions,
    thank-you letters, "Leave Your Message" contact-form messages and
    forwarded chat snippets.  Roughly 1,150 are clean-but-tricky, the rest
    hold one or more identifiers.  Each row is ``category``, ``expected_kinds``
    (comma-separated, or ``-``) and ``sentence``.

How it was written
    Blind, from a brief only, with general knowledge: no code, tests, data or
    history of the scanner were read.  Standard library only, fixed seed
    1818; two runs give a byte-identical file.  Labels come from construction:
    every identifier slot carries its kind(s), clean slots carry none, and
    clean templates are asserted to use only clean slots.  The finished text
    is never pattern-matched to find labels.

Judgement calls in labelling
    * A Chinese 18-character resident ID is resident_id only, even though it
      embeds the birth date (no extra date_of_birth).  Wrong check digits,
      lower-case x, spaces, dashes and full-width digits are still resident_id.
    * Lunar-calendar day dates (腊月初八, 农历八月十五) are day-level dates:
      exact_date, or date_of_birth when they are a birthday.
    * "近百岁", "九十多岁", "鲐背之年", "九十高龄" are age_over_89; "年近九旬",
      "耄耋", "八旬", "89岁", "90后" and "九十年代" are clean.
    * A patient's bed number (3床, 加床) and ward/floor/lift descriptions are
      treated as clean (no building + room of a home address).
    * The hospital switchboard / a department's full dialable number is
      phone_number; short public numbers (120, 110, 12320, 12345, 911, 112,
      103) are clean.
    * Insurance policy / member / card numbers are health_plan_number; claim
      (理赔) numbers are other_number.
    * A name inside an e-mail, handle or URL is not person_name.  A WeChat ID,
      QQ number, handle or social profile link is social_account; a phone
      number offered "for WeChat/WhatsApp" is phone_number.
    * Transliterated foreign names in Hanzi (with or without the middle dot,
      or with a look-alike dot) are person_name, as are given names alone,
      nicknames (娜塔莎, 萨沙, 豆豆) and ordinary words used as a name
      (a child called 平安, a woman called Вера).  Aliases (患者张某, A女士,
      小A, 王某某, 患儿K) are clean.  Historical people inside an institution
      name (白求恩, 中山, 逸夫, 宋庆龄, 梅奥, 约翰·霍普金斯) are clean.
    * Professional licence numbers always appear with the clinician's name
      and are labelled licence_number,person_name.
    * A Kazakh alphanumeric postcode (A15E3C) or a Russian six-digit index
      is postal_code; a street + house/flat is street_address.
    * Batch numbers of a medicine in a general statement, trial registry
      numbers, ICD/ATC codes, gene variants, prices, page and version numbers
      are clean.
"""

import os
import random
import re

SEED = 1818
R = random.Random(SEED)

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89",
    "phone_number", "email", "web_address", "ip_address", "social_account",
    "street_address", "postal_code", "geolocation", "passport_number",
    "national_id", "resident_id", "medical_record_number",
    "health_plan_number", "account_number", "licence_number",
    "vehicle_identifier", "device_identifier", "other_number",
]

# ---------------------------------------------------------------- helpers
SLOTS = {}          # slot name -> (kinds tuple, generator)


def slot(name, *kinds):
    for k in kinds:
        assert k in KINDS, k

    def deco(fn):
        assert name not in SLOTS, name
        SLOTS[name] = (tuple(kinds), fn)
        return fn
    return deco


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    """n digits, first one non-zero."""
    return R.choice("123456789") + dg(n - 1)


def up(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+:/"
_FULL = "".join(chr(ord(c) + 0xFEE0) for c in _HALF)
_FW = str.maketrans(_HALF, _FULL)


def fw(s):
    """Full-width form of ASCII digits/letters/punctuation."""
    return s.translate(_FW)


def maybe_fw(s, p=0.15):
    return fw(s) if chance(p) else s


_CN_DIG = "〇一二三四五六七八九"
_CN_DIG2 = "零幺二三四五六七八九"


def cn_digits(s, yao=False):
    table = _CN_DIG2 if yao else _CN_DIG
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def cn_num(n):
    """Chinese numeral for 0..199 (used for ages, days, months)."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    if n < 100:
        return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + units[rest]
    return "一百" + cn_num(rest) if rest >= 20 else "一百一十" + (units[rest % 10] if rest % 10 else "")


def cn_year(y):
    return "".join(_CN_DIG[int(c)] for c in str(y))


# ---------------------------------------------------------------- name pools
HAN_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
    "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
    "邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
) + ["欧阳", "司马", "上官", "诸葛", "慕容", "令狐", "皇甫"]

HAN_GIVEN = (
    "伟 芳 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 辉 鹏 丹 琳 "
    "秀英 秀兰 桂英 建华 志强 晓燕 海燕 雪梅 子涵 浩然 一诺 梓萱 欣怡 宇轩 思雨 "
    "俊杰 雨桐 佳怡 文博 国庆 建国 淑珍 玉兰 丽华 春生 秋菊 冬梅 德明 永红 卫东 "
    "红梅 志刚 晓东 丽娟 美玲 慧敏 婷婷 欢欢 明轩 诗涵 若曦 嘉怡 昊天 子墨 "
    "天佑 书瑶 晨曦 一鸣 可馨 泽宇 家豪 淑华 凤英 金花 桂芝 振华 海波 立新 "
    "长青 宝山 福生 月娥 素芬 玉梅 亚楠 晓峰 建军 利民 胜利 向东 爱华 秀珍 "
    "雅琴 思远 沐阳 锦程 星辰 语嫣 芷若 梦琪 少华 树林 文静 凯 彤 帆 悦"
).split()

CN_MINORITY = [
    "阿依古丽", "买买提·艾力", "古丽娜尔·吐尔逊", "艾尔肯·阿布都拉", "扎西顿珠",
    "卓玛", "次仁央宗", "巴特尔", "其其格", "乌云娜", "斯琴高娃", "阿不都热合曼",
    "热依拉·买买提", "努尔兰·哈力木", "格桑拉姆", "旺堆", "那仁花", "宝音德力格尔",
]

PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
          "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin",
          "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
          "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yu", "Jiang",
          "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Lv", "Ding", "Shen", "Yao",
          "Lu", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Bai", "Qin", "Ouyang"]
PY_GIVEN = ["Wei", "Fang", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang",
            "Xiuying", "Xiulan", "Guiying", "Jianhua", "Zhiqiang", "Xiaoyan",
            "Haiyan", "Xuemei", "Zihan", "Haoran", "Yinuo", "Zixuan", "Xinyi",
            "Yuxuan", "Siyu", "Junjie", "Yutong", "Jiayi", "Wenbo", "Guoqing",
            "Jianguo", "Shuzhen", "Yulan", "Lihua", "Chunsheng", "Dongmei",
            "Deming", "Yonghong", "Weidong", "Mingxuan", "Shihan", "Ruoxi",
            "Haotian", "Zimo", "Tianyou", "Shuyao", "Chenxi", "Zeyu", "Jiahao"]

# foreign names transliterated into Hanzi (given, family) by region
TR_GIVEN = {
    "kz": ["阿依古丽", "叶尔兰", "达娜", "阿斯卡尔", "努尔苏丹", "阿利姆汉", "古丽娜尔",
           "别克扎特", "萨乌列", "阿谢尔", "马迪娜", "叶尔博拉特", "阿尔曼", "扎娜尔"],
    "kz_f": ["努尔兰诺夫", "托克塔罗夫", "赛里克巴耶娃", "朱马别科夫", "卡斯木别科娃",
             "阿布德拉赫曼诺夫", "叶尔梅科娃", "奥斯帕诺夫", "苏丹诺娃", "贝谢诺夫"],
    "ru": ["娜塔莉亚", "谢尔盖", "安娜", "德米特里", "奥莉加", "叶卡捷琳娜", "伊琳娜",
           "弗拉基米尔", "阿列克谢", "塔季扬娜", "斯韦特兰娜", "米哈伊尔", "尤利娅",
           "伊万", "维克多", "柳德米拉", "帕维尔", "克谢尼娅"],
    "ru_f": ["伊万诺娃", "彼得罗夫", "斯米尔诺娃", "索科洛夫", "库兹涅佐娃", "波波夫",
             "瓦西里耶娃", "莫罗佐夫", "沃尔科娃", "列别杰夫", "诺维科娃", "费多罗夫"],
    "uz": ["沙赫洛", "乌卢格别克", "迪尔诺扎", "尼戈拉", "贾姆希德", "帖木儿", "马夫吕达",
           "绍赫鲁赫", "古尔诺拉", "阿齐兹"],
    "uz_f": ["卡里莫娃", "拉希莫夫", "尤苏波娃", "托什马托夫", "阿卜杜拉耶夫", "米尔扎耶娃"],
    "mn": ["巴特额尔敦", "其木格", "甘巴特尔", "敖登格日勒", "图门巴雅尔", "苏和巴特尔",
           "乌云其其格", "恩赫图雅", "额尔登巴雅尔", "孟和"],
    "ar": ["穆罕默德", "法蒂玛", "艾哈迈德", "阿卜杜拉", "努拉", "玛丽亚姆", "哈立德",
           "优素福", "萨拉", "奥马尔", "莱拉", "易卜拉欣", "哈姆丹", "阿伊莎"],
    "ar_f": ["哈桑", "萨利赫", "拉希德", "阿勒哈比", "曼苏尔", "阿齐兹", "巴克尔", "易卜拉欣"],
    "fa": ["礼萨", "扎赫拉", "阿里", "梅赫迪", "帕丽莎", "达里尤什", "纳斯琳"],
    "fa_f": ["侯赛尼", "莫哈达姆", "礼萨伊", "卡里米", "贾法里", "拉希米"],
    "tr": ["梅尔特", "艾谢", "穆斯塔法", "埃姆雷", "泽伊内普", "布拉克"],
    "tr_f": ["耶尔马兹", "卡亚", "德米尔", "恰克尔", "沙欣", "奥兹图尔克"],
    "my": ["努尔·阿伊莎", "西蒂·诺哈", "法伊祖", "哈菲兹", "阿兹万"],
    "id": ["布迪", "德维", "阿贡", "丽塔", "尤迪", "斯里"],
    "id_f": ["桑托索", "拉赫玛瓦蒂", "普拉塞蒂约", "哈迪", "维贾雅"],
    "th": ["颂猜", "素帕蓬", "玛莉卡", "差猜", "婉娜", "阿努查"],
    "th_f": ["汶纳", "西里朋", "通萨", "占达拉", "坤帕"],
    "ph": ["玛丽亚", "何塞", "克里斯蒂娜", "马克", "杰西卡", "罗德里戈"],
    "ph_f": ["桑托斯", "雷耶斯", "德拉克鲁兹", "加西亚", "门多萨", "巴蒂斯塔"],
    "af": ["奇奥玛", "阿马杜", "克瓦米", "阿比盖尔", "恩戈齐", "塞古", "法图玛塔", "约瑟夫"],
    "af_f": ["奥孔科", "迪亚洛", "门萨", "奥卢瓦托因", "凯塔", "恩多耶", "奥巴萨"],
    "eu": ["汉斯", "玛丽", "朱塞佩", "卡米拉", "斯文", "伊娃", "弗朗索瓦", "卢卡斯", "索菲亚"],
    "eu_f": ["穆勒", "杜邦", "罗西", "诺瓦克", "约翰松", "科瓦奇", "施密特", "扬森"],
    "la": ["胡安", "玛丽亚·何塞", "卡洛斯", "瓦伦蒂娜", "路易斯", "卡塔丽娜", "迭戈"],
    "la_f": ["佩雷斯", "冈萨雷斯", "罗德里格斯", "洛佩斯", "费尔南德斯", "席尔瓦"],
}
VN_HAN = ["阮氏兰", "陈文雄", "黎氏香", "范明俊", "阮文安", "武氏秋", "黄德利", "裴氏玉"]
KR_HAN = ["金敏俊", "朴智妍", "李秀贤", "崔允熙", "郑宇成", "姜惠珍", "尹在浩"]
JP_HAN = ["佐藤花子", "铃木一郎", "田中美咲", "山本健太", "高桥由美", "渡边翔太", "中村爱"]

LAT_NAMES = [
    "Aigerim Nurlanovna", "Yerlan Tokhtarov", "Dana Serikbayeva", "Askar Zhumabekov",
    "Natalia Ivanova", "Sergei Petrov", "Olga Smirnova", "Dmitry Sokolov",
    "Shakhlo Karimova", "Ulugbek Rakhimov", "Dilnoza Yusupova", "Batbayar Ganbold",
    "Oyuntsetseg Batbold", "Mohammed Al-Harbi", "Fatima Hassan", "Ahmed Saleh",
    "Reza Hosseini", "Zahra Moghadam", "Mert Yilmaz", "Ayse Kaya",
    "Nur Aisyah binti Ahmad", "Mohd Faizul bin Hamid", "Budi Santoso", "Dewi Rahmawati",
    "Somchai Boonma", "Malika Siriphon", "Nguyen Thi Lan", "Tran Van Hung",
    "Maria Santos", "Jose Reyes", "Chioma Okonkwo", "Amadou Diallo", "Kwame Mensah",
    "Hans Mueller", "Giuseppe Rossi", "Kamila Nowak", "Juan Perez", "Valentina Lopez",
    "Kim Min-jun", "Park Ji-yeon", "Sato Hanako", "Tanaka Misaki", "Bakhyt Ospanov",
    "Gulnara Suleimenova", "Temirlan Abenov", "Enkhtuya Dorj", "Omar Al-Mansouri",
    "Layla Haddad", "Farrukh Tashmatov", "Nodira Mirzaeva",
]
CYR_NAMES = [
    "Айгерим Нурланова", "Ерлан Тохтаров", "Наталья Иванова", "Сергей Петров",
    "Ольга Смирнова", "Дмитрий Соколов", "Батбаяр Ганболд", "Оюунцэцэг",
    "Шахло Каримова", "Бахытжан Оспанов", "Гульнара Сулейменова", "Татьяна Волкова",
    "Мадина Касымбекова", "Алексей Морозов", "Юлия Новикова", "Тимур Абдуллаев",
    "Людмила Фёдорова", "Нурсултан Бекенов", "Светлана", "Ксения Лебедева",
]
AR_NAMES = ["محمد العلي", "فاطمة حسن", "أحمد صالح", "نورة المنصوري", "خالد الراشد",
            "رضا حسینی", "زهرا کریمی", "عمر بكر", "ليلى حداد", "يوسف إبراهيم"]
HANGUL_NAMES = ["김민준", "박지연", "이서연", "최윤희", "정우성"]
KANA_NAMES = ["さとう はなこ", "たなか みさき", "スズキ イチロウ"]

NICKS = ["娜塔莎", "萨沙", "达沙", "豆豆", "乐乐", "朵朵", "果果", "妞妞", "小雨",
         "阿丽", "阿强", "毛毛", "糖糖", "Sasha", "Dima", "Katya", "Aika", "Mimi"]
WORD_NAMES = ["平安", "希望", "胜利", "和平", "向阳", "国庆", "春花", "安康", "念念",
              "Вера", "Надежда", "Любовь", "Victory", "Hope", "Joy", "Nur"]
TITLES = ["医生", "大夫", "主任", "教授", "护士", "护士长", "院长", "老师", "阿姨",
          "师傅", "姐", "哥", "大夫", "医生", "主任"]
DOTS = ["·", "·", "·", "·", "•", "・", "．", "-", "", "‧"]


def han_name():
    return pick(HAN_SUR) + pick(HAN_GIVEN)


def tr_name(dot=None):
    reg = pick(["kz", "ru", "uz", "ar", "fa", "tr", "id", "th", "ph", "af", "eu", "la"])
    g = pick(TR_GIVEN[reg])
    f = pick(TR_GIVEN[reg + "_f"])
    d = dot if dot is not None else pick(DOTS)
    return g + d + f


def py_name():
    s, g = pick(PY_SUR), pick(PY_GIVEN)
    style = R.randrange(5)
    if style == 0:
        return s.upper() + " " + g
    if style == 1:
        return g + " " + s
    if style == 2:
        return s.lower() + " " + g.lower()
    return s + " " + g


# ---------------------------------------------------------------- name slots
@slot("hn", "person_name")
def _hn():
    return han_name()


@slot("hn2", "person_name")
def _hn2():
    # a second, different style of Han name, sometimes with a space inside
    n = han_name()
    if len(n) == 2 and chance(0.3):
        n = n[0] + " " + n[1]
    return n


@slot("ht", "person_name")
def _ht():
    s = pick(HAN_SUR[:90])
    r = R.randrange(10)
    if r == 0:
        return "老" + s
    if r == 1:
        return "小" + s
    if r == 2:
        return "Dr. " + pick(PY_SUR)
    if r == 3:
        return "Dr." + s
    return s + pick(TITLES)


@slot("doc", "person_name")
def _doc():
    r = R.randrange(6)
    if r == 0:
        return han_name() + pick(["医生", "主任", "教授", "大夫", "主任医师", ""])
    if r == 1:
        return pick(HAN_SUR[:90]) + pick(["医生", "主任", "教授", "大夫"])
    if r == 2:
        return "Dr. " + pick(PY_SUR) + " " + pick(PY_GIVEN)
    return han_name()


@slot("py", "person_name")
def _py():
    return py_name()


@slot("tr", "person_name")
def _tr():
    return tr_name()


@slot("trg", "person_name")
def _trg():
    reg = pick(["kz", "ru", "uz", "mn", "ar", "fa", "tr", "af", "la", "th"])
    return pick(TR_GIVEN[reg])


@slot("asia", "person_name")
def _asia():
    return pick(VN_HAN + KR_HAN + JP_HAN + CN_MINORITY)


@slot("lat", "person_name")
def _lat():
    n = pick(LAT_NAMES)
    r = R.randrange(8)
    if r == 0:
        return n.upper()
    if r == 1:
        return n.lower()
    if r == 2:
        p = n.split(" ")
        return p[-1].upper() + " " + " ".join(p[:-1])
    return n


@slot("cyr", "person_name")
def _cyr():
    return pick(CYR_NAMES)


@slot("arn", "person_name")
def _arn():
    return pick(AR_NAMES)


@slot("kk", "person_name")
def _kk():
    return pick(HANGUL_NAMES + KANA_NAMES)


@slot("nick", "person_name")
def _nick():
    return pick(NICKS)


@slot("wn", "person_name")
def _wn():
    return pick(WORD_NAMES)


@slot("anyn", "person_name")
def _anyn():
    f = pick([_hn, _hn, _hn, _py, _tr, _tr, _lat, _cyr, _asia, _trg, _ht, _arn, _kk])
    return f()


@slot("fn", "person_name")
def _fn():
    """A foreign patient's name in any script."""
    f = pick([_tr, _tr, _tr, _lat, _lat, _cyr, _asia, _trg, _arn])
    return f()


# ---------------------------------------------------------------- dates
def _ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def fmt_date(y, m, d, with_year=True, style=None):
    if style is None:
        style = R.randrange(15)
    if not with_year:
        return pick([f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"{cn_num(m)}月{cn_num(d)}日",
                     f"{m:02d}月{d:02d}日", fw(f"{m}") + "月" + fw(f"{d}") + "日",
                     f"{m}/{d}", f"{d}.{m:02d}"])
    return [
        f"{y}年{m}月{d}日", f"{y}年{m}月{d}号", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
        f"{d:02d}.{m:02d}.{y}", f"{y}.{m}.{d}", cn_year(y) + f"年{cn_num(m)}月{cn_num(d)}日",
        fw(f"{y}") + "年" + fw(f"{m}") + "月" + fw(f"{d}") + "日", f"{y}年{m:02d}月{d:02d}日",
        f"{m}/{d}/{y}", f"{y}{m:02d}{d:02d}", f"{y} 年 {m} 月 {d} 日", f"{d} {['янв.', 'фев.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'][m-1]} {y}",
        f"{y}年{m}月{d}日", f"{str(y)[2:]}.{m}.{d}",
    ][style]


LUNAR_M = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
LUNAR_D = ["初一", "初三", "初六", "初八", "初九", "十二", "十六", "十八", "廿一", "廿三", "廿六", "廿八"]


@slot("date", "exact_date")
def _date():
    r = R.randrange(10)
    y, m, d = _ymd(2014, 2025)
    if r < 6:
        return fmt_date(y, m, d)
    if r < 9:
        return fmt_date(y, m, d, with_year=False)
    return "农历" + pick(LUNAR_M) + pick(LUNAR_D)


@slot("dateny", "exact_date")
def _dateny():
    y, m, d = _ymd(2014, 2025)
    return fmt_date(y, m, d, with_year=False)


@slot("dob", "date_of_birth")
def _dob():
    y, m, d = _ymd(1931, 2022)
    r = R.randrange(10)
    if r < 7:
        return fmt_date(y, m, d)
    if r < 9:
        return fmt_date(y, m, d, with_year=False)
    return "农历" + pick(LUNAR_M) + pick(LUNAR_D)


@slot("dobkid", "date_of_birth")
def _dobkid():
    y, m, d = _ymd(2012, 2024)
    return fmt_date(y, m, d, with_year=chance(0.7))


# ---------------------------------------------------------------- ages >= 90
@slot("age90", "age_over_89")
def _age90():
    n = R.randint(90, 106)
    r = R.randrange(16)
    return [
        f"{n}岁", f"{n}岁", cn_num(n) + "岁", f"{n}周岁", "九旬", "年过九旬", "百岁",
        "期颐之年", "鲐背之年", "九十高龄", f"{fw(str(n))}岁", f"{n} 岁", "九十多岁",
        "虚岁" + cn_num(n), f"{n}y", "近百岁",
    ][r]


# ---------------------------------------------------------------- phones
def _cn_mobile():
    p = pick(["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186",
              "187", "188", "130", "131", "132", "155", "156", "185", "133", "153", "180",
              "181", "189", "177", "199", "166", "173"])
    return p + dg(8)


@slot("phone", "phone_number")
def _phone():
    r = R.randrange(22)
    m = _cn_mobile()
    if r == 0:
        return m
    if r == 1:
        return group(m, [3, 4, 4], "-")
    if r == 2:
        return "+86 " + group(m, [3, 4, 4])
    if r == 3:
        return "0086-" + m
    if r == 4:
        return "(+86)" + m
    if r == 5:
        return "010-" + pick(["6", "8", "5"]) + dg(7)
    if r == 6:
        return "+7 7" + pick(["01", "02", "05", "07", "47", "71", "75", "77"]) + " " + dg(3) + " " + dg(2) + " " + dg(2)
    if r == 7:
        return "+7 (9" + dg(2) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2)
    if r == 8:
        return "8 (7" + dg(2) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2)
    if r == 9:
        return "+998 " + pick(["90", "91", "93", "94", "97", "99"]) + " " + dg(3) + " " + dg(2) + " " + dg(2)
    if r == 10:
        return "+976 " + pick(["99", "88", "95", "80"]) + dg(2) + " " + dg(4)
    if r == 11:
        return "+971 5" + pick("0256") + " " + dg(3) + " " + dg(4)
    if r == 12:
        return "+966 5" + dg(1) + " " + dg(3) + " " + dg(4)
    if r == 13:
        return "+60 1" + pick("23679") + "-" + dg(3) + " " + dg(4)
    if r == 14:
        return "+62 8" + dg(2) + "-" + dg(4) + "-" + dg(4)
    if r == 15:
        return "+66 8" + dg(1) + " " + dg(3) + " " + dg(4)
    if r == 16:
        return "+84 9" + dg(1) + " " + dg(3) + " " + dg(2) + " " + dg(2)
    if r == 17:
        return "+63 9" + dg(2) + " " + dg(3) + " " + dg(4)
    if r == 18:
        return "+234 80" + dg(1) + " " + dg(3) + " " + dg(4)
    if r == 19:
        return "+49 30 " + dg(8)
    if r == 20:
        return "+1 (" + nz(3) + ") " + nz(3) + "-" + dg(4)
    return "+55 11 9" + dg(4) + "-" + dg(4)


@slot("phonecn", "phone_number")
def _phonecn():
    m = _cn_mobile()
    return pick([m, group(m, [3, 4, 4]), group(m, [3, 4, 4], "-"), "+86" + m])


@slot("phonehard", "phone_number")
def _phonehard():
    m = _cn_mobile()
    r = R.randrange(8)
    if r == 0:
        return fw(m)
    if r == 1:
        return cn_digits(m, yao=True)
    if r == 2:
        return group(m, [3, 4, 4], ".")
    if r == 3:
        return " ".join(m)
    if r == 4:
        return m[:3] + "*" + m[3:7] + "*" + m[7:]
    if r == 5:
        return cn_digits(m[:3], yao=True) + m[3:]
    if r == 6:
        return fw(group(m, [3, 4, 4], "-"))
    return "+7 7" + dg(2) + " " + fw(dg(3)) + " " + dg(2) + " " + dg(2)


@slot("dept_phone", "phone_number")
def _dept_phone():
    return pick(["010-", "(010)", "+86-10-", "010 ", "86-10-"]) + pick(["6", "8"]) + dg(3) + pick(["-", "", " "]) + dg(4)


# ---------------------------------------------------------------- e-mail, web, ip, social
_USERS = ["aigerim.n", "yerlan_t88", "natasha.ivanova", "s.petrov1979", "shakhlo_k",
          "batbayar.g", "m.alharbi", "fatima.h92", "reza_hosseini", "budi.santoso",
          "nguyenlan", "chioma.ok", "wangxiuying", "zhangwei1988", "li_na_bj", "chenhaoran",
          "liuyang.sh", "mama_dany", "dinara.kz", "olga-smirnova", "ahmed.saleh",
          "juanperez77", "kim.minjun", "hanako.sato", "askar.zh", "gulnara_s", "timur.a",
          "xiaoyu0315", "happyfamily2020", "maria.santos.ph", "kwame.m", "d.rahmawati"]
_MAILDOM = ["mail.ru", "yandex.ru", "yandex.kz", "gmail.com", "qq.com", "163.com",
            "126.com", "sina.com", "hotmail.com", "outlook.com", "inbox.ru", "bk.ru",
            "list.ru", "yahoo.com", "icloud.com", "foxmail.com", "mail.kz", "umail.uz",
            "yahoo.co.id", "naver.com", "139.com", "vip.sina.com"]


def _user():
    u = pick(_USERS)
    if chance(0.3):
        u += dg(R.randint(2, 4))
    return u


@slot("email", "email")
def _email():
    u, d = _user(), pick(_MAILDOM)
    if d == "qq.com" and chance(0.5):
        u = nz(R.randint(8, 10))
    return u + "@" + d


@slot("emailhard", "email")
def _emailhard():
    u, d = _user(), pick(_MAILDOM)
    r = R.randrange(7)
    if r == 0:
        return u + "(at)" + d
    if r == 1:
        return u + " at " + d.replace(".", " dot ")
    if r == 2:
        return u + "＠" + d
    if r == 3:
        return (u + "@" + d).upper()
    if r == 4:
        return u + " @ " + d
    if r == 5:
        return u + "#" + d + "（#换成@）"
    return u + "@" + d.replace(".", "。")


@slot("web", "web_address")
def _web():
    slug = pick(["help-aigerim", "save-little-dana", "timur-kidney", "for-mama-olga",
                 "batbayar-heart", "fatima-treatment", "nurlan-liver", "dilnoza-hope",
                 "baby-amir-surgery", "our-journey-to-beijing"])
    r = R.randrange(10)
    if r == 0:
        return "https://www.gofundme.com/f/" + slug
    if r == 1:
        return "www.qschou.com/project/" + nz(6)
    if r == 2:
        return "https://m.shuidichou.com/cf/contribute/" + up(8, "abcdef0123456789")
    if r == 3:
        return slug + ".blogspot.com"
    if r == 4:
        return "http://www." + pick(["ivanov-family", "petrovy", "karimova-blog", "nurlan-life"]) + "." + pick(["ru", "kz", "uz", "com"])
    if r == 5:
        return "https://www.jianshu.com/p/" + up(12, "abcdef0123456789")
    if r == 6:
        return "https://zhuanlan.zhihu.com/p/" + nz(9)
    if r == 7:
        return "milaap.org/fundraisers/" + slug
    if r == 8:
        return "https://www.kickstarter.com/profile/" + slug.replace("-", "")
    return "https://" + slug + ".wordpress.com/" + str(R.randint(2018, 2024)) + "/" + f"{R.randint(1, 12):02d}/"


@slot("ip", "ip_address")
def _ip():
    r = R.randrange(7)
    if r == 0:
        return f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}"
    if r == 1:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if r == 2:
        return f"{pick([95, 178, 188, 2, 37, 89, 213])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r == 3:
        return f"{pick([36, 111, 114, 223, 117, 124, 183])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r == 4:
        return "2001:" + ":".join(up(4, "0123456789abcdef") for _ in range(3)) + "::" + up(3, "0123456789abcdef")
    if r == 5:
        return fw(f"{R.randint(100, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    return f"{R.randint(100, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


_HANDLES = ["aika_mama", "nurlan.kz", "olya_spb", "dima_sokol", "shakhlo.uz", "bat_mgl",
            "fatimah_92", "reza.h", "budi_sby", "lan.nguyen", "mama_of_timur", "beijing_diary_kz",
            "xiaoyu_0315", "zhangwei_bj", "lina1990", "happy_dana", "amir.baby", "kidney_warrior_kz"]


@slot("social", "social_account")
def _social():
    h = pick(_HANDLES)
    r = R.randrange(14)
    if r == 0:
        return "微信号：" + h.replace(".", "_")
    if r == 1:
        return "微信 wxid_" + up(14, "abcdefghijklmnopqrstuvwxyz0123456789")
    if r == 2:
        return "QQ：" + nz(R.randint(8, 10))
    if r == 3:
        return "@" + h
    if r == 4:
        return "vk.com/id" + nz(8)
    if r == 5:
        return "instagram.com/" + h
    if r == 6:
        return "Telegram @" + h
    if r == 7:
        return "抖音号 " + h.replace(".", "") + dg(3)
    if r == 8:
        return "小红书号：" + nz(10)
    if r == 9:
        return "微博@" + h
    if r == 10:
        return "facebook.com/" + h.replace("_", ".")
    if r == 11:
        return "ok.ru/profile/" + nz(12)
    if r == 12:
        return "tiktok @" + h
    return "qq号" + nz(9)


@slot("wxid", "social_account")
def _wxid():
    h = pick(_HANDLES).replace(".", "_")
    return pick([h, h + dg(2), "wxid_" + up(12, "abcdefghijklmnopqrstuvwxyz0123456789"), h.upper()])


@slot("qq", "social_account")
def _qq():
    return pick([nz(9), nz(10), nz(8), fw(nz(9)), " ".join(group(nz(9), [3, 3, 3]).split())])


@slot("handle", "social_account")
def _handle():
    return "@" + pick(_HANDLES)


# ---------------------------------------------------------------- addresses, postcodes, geo
CN_CITY = [("北京市", ["朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "昌平区"]),
           ("河北省石家庄市", ["长安区", "裕华区"]), ("内蒙古呼和浩特市", ["新城区", "赛罕区"]),
           ("新疆乌鲁木齐市", ["天山区", "沙依巴克区"]), ("山东省济南市", ["历下区", "市中区"]),
           ("黑龙江省哈尔滨市", ["南岗区", "道里区"]), ("四川省成都市", ["武侯区", "锦江区"]),
           ("广东省广州市", ["天河区", "越秀区"]), ("河南省郑州市", ["金水区", "二七区"])]
CN_ROAD = ["建国路", "中关村南大街", "西直门外大街", "学院路", "朝阳北路", "花园路", "人民路",
           "解放大道", "友谊路", "和平里东街", "幸福二村", "团结湖南路", "长江路", "光华路"]


def _cn_addr(full=True):
    city, dists = pick(CN_CITY)
    road = pick(CN_ROAD)
    no = R.randint(1, 399)
    tail = pick([f"{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 28)}{R.randint(1, 4):02d}室",
                 f"{R.randint(1, 20)}栋{R.randint(101, 2806)}",
                 f"院{R.randint(1, 12)}号楼{R.randint(101, 1804)}",
                 f"{R.randint(2, 9)}-{R.randint(1, 4)}-{R.randint(101, 602)}", ""])
    s = f"{road}{no}号{tail}"
    if full:
        s = city + pick(dists) + s
    return s


def _foreign_addr():
    r = R.randrange(9)
    if r == 0:
        return f"г. Алматы, ул. {pick(['Абая', 'Толе би', 'Сейфуллина', 'Жандосова'])}, д. {R.randint(1, 250)}, кв. {R.randint(1, 140)}"
    if r == 1:
        return f"{pick(['阿拉木图市阿拜大街', '阿斯塔纳市共和国大街', '奇姆肯特市图尔克斯坦街'])}{R.randint(1, 200)}号{R.randint(1, 120)}室"
    if r == 2:
        return f"ул. {pick(['Ленина', 'Мира', 'Гагарина', 'Пушкина'])}, д. {R.randint(1, 90)}, корп. {R.randint(1, 4)}, кв. {R.randint(1, 200)}"
    if r == 3:
        return f"Toshkent sh., {pick(['Amir Temur', 'Navoiy', 'Mustaqillik'])} ko'chasi, {R.randint(1, 150)}-uy, {R.randint(1, 90)}-xonadon"
    if r == 4:
        return f"Улаанбаатар, {pick(['СБД', 'БЗД', 'ХУД'])}, {R.randint(1, 20)}-р хороо, {R.randint(1, 80)}-р байр, {R.randint(1, 120)} тоот"
    if r == 5:
        return f"{R.randint(100, 9999)} {pick(['Maple Ave', 'Oak Street', 'Sunset Blvd', 'Elm Dr'])}, Apt {R.randint(1, 30)}{pick('ABCD')}"
    if r == 6:
        return f"{pick(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg'])} {R.randint(1, 120)}"
    if r == 7:
        return f"Villa {R.randint(1, 90)}, {pick(['Al Wasl Road', 'Jumeirah St', 'King Fahd Rd'])}"
    return f"Jl. {pick(['Sudirman', 'Diponegoro', 'Gatot Subroto'])} No. {R.randint(1, 200)}"


@slot("addr", "street_address")
def _addr():
    return _cn_addr(chance(0.6)) if chance(0.5) else _foreign_addr()


@slot("addrcn", "street_address")
def _addrcn():
    return _cn_addr(chance(0.5))


@slot("addrf", "street_address")
def _addrf():
    return _foreign_addr()


@slot("post", "postal_code")
def _post():
    r = R.randrange(10)
    if r < 3:
        return pick(["100", "101", "102", "050", "150", "830", "250", "610", "510", "450"]) + dg(3)
    if r == 3:
        return pick("ABCDEFGHJKLMNPRSTVXZ") + dg(2) + pick("ABCDEFGHKMPTXY") + dg(1) + pick("ABCDEFGHKMPTXY")
    if r == 4:
        return pick(["050", "010", "100", "160", "030"]) + dg(3)
    if r == 5:
        return nz(5) + ("-" + dg(4) if chance(0.4) else "")
    if r == 6:
        return pick(["SW1A", "EC1V", "M14", "B15", "EH8"]) + " " + dg(1) + up(2, "ABDEFGHJLNPQRSTUWXYZ")
    if r == 7:
        return pick("MKLTVH") + dg(1) + pick("ABCEGHJ") + " " + dg(1) + pick("ABCEGHJ") + dg(1)
    if r == 8:
        return pick(["14", "13", "15", "16"]) + dg(3)
    return fw(pick(["100", "010", "830"]) + dg(3))


@slot("addrpost", "street_address", "postal_code")
def _addrpost():
    r = R.randrange(4)
    if r == 0:
        return _cn_addr(True) + "，邮编" + pick(["100", "101", "050", "830", "010"]) + dg(3)
    if r == 1:
        return pick(["050000", "010000", "A15E3C", "A25D7X", "Z05H9K"]).replace("050000", "0500" + dg(2)) + ", г. Алматы, ул. Абая, д. " + str(R.randint(1, 200)) + ", кв. " + str(R.randint(1, 99))
    if r == 2:
        return f"{R.randint(100, 9999)} Oak Street, Apt {R.randint(1, 30)}, Boston, MA 02{dg(3)}"
    return f"{pick(['1', '10', '12', '19'])}{dg(4)}, г. Москва, ул. {pick(['Ленина', 'Мира', 'Тверская'])}, д. {R.randint(1, 90)}, кв. {R.randint(1, 200)}"


@slot("geo", "geolocation")
def _geo():
    r = R.randrange(7)
    lat, lon = pick([(39.9, 116.4), (43.24, 76.95), (51.13, 71.43), (41.31, 69.28), (47.92, 106.92), (55.75, 37.62), (25.2, 55.27)])
    la = lat + R.uniform(-0.08, 0.08)
    lo = lon + R.uniform(-0.08, 0.08)
    if r == 0:
        return f"{la:.6f}, {lo:.6f}"
    if r == 1:
        return f"{la:.4f}°N {lo:.4f}°E"
    if r == 2:
        d1, m1, s1 = int(la), int((la % 1) * 60), int((la * 3600) % 60)
        d2, m2, s2 = int(lo), int((lo % 1) * 60), int((lo * 3600) % 60)
        return f"{d1}°{m1}′{s1}″N, {d2}°{m2}′{s2}″E"
    if r == 3:
        return f"北纬{la:.4f}°，东经{lo:.4f}°"
    if r == 4:
        return up(4, "23456789CFGHJMPQRVWX") + "+" + up(2, "23456789CFGHJMPQRVWX") + " " + pick(["北京", "Алматы", "Ulaanbaatar", "Tashkent"])
    if r == 5:
        return "8P" + up(6, "23456789CFGHJMPQRVWX") + "+" + up(2, "23456789CFGHJMPQRVWX")
    return f"{la:.5f},{lo:.5f}"


# ---------------------------------------------------------------- travel & national documents
@slot("passport", "passport_number")
def _passport():
    r = R.randrange(13)
    return [
        lambda: "E" + nz(8), lambda: "EA" + dg(7), lambda: "EJ" + dg(7), lambda: "N" + dg(8),
        lambda: "75 " + dg(7), lambda: "72" + dg(7), lambda: nz(9), lambda: pick(["FA", "AA", "AD"]) + dg(7),
        lambda: "E" + dg(7), lambda: "U" + dg(8), lambda: "P" + dg(7) + pick("ABC"),
        lambda: "A" + dg(8), lambda: "C" + up(8, "0123456789CFGHJKLMNPRTVWXYZ"),
    ][r]()


@slot("passporthard", "passport_number")
def _passporthard():
    p = pick(["E", "N", "G"]) + dg(8) if chance(0.6) else pick(["EA", "FA"]) + dg(7)
    r = R.randrange(5)
    if r == 0:
        return fw(p)
    if r == 1:
        return " ".join(group(p, [3, 3, 3]).split())
    if r == 2:
        return p.lower()
    if r == 3:
        return "-".join(group(p, [4, 5]).split())
    return p[0] + " " + p[1:]


def _rid(birth=None, fmt=None, wrong=False):
    area = pick(["110105", "110108", "130102", "410105", "510107", "650102", "152502",
                 "230103", "370202", "440106", "320106", "420106", "610113", "150102",
                 "630104", "532301", "220104", "140105", "350102", "500103"])
    if birth is None:
        y, m, d = _ymd(1935, 2020)
        birth = f"{y}{m:02d}{d:02d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    while True:
        body = area + birth + dg(3)
        chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        if fmt != 3 or chk == "X" or wrong:
            break
    if fmt == 3 and wrong:
        chk = "X" if chk != "X" else "x"
        wrong = False
    if wrong:
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    if fmt is None:
        fmt = R.randrange(8)
    if fmt == 1:
        s = group(s, [6, 8, 4])
    elif fmt == 2:
        s = group(s, [6, 8, 4], "-")
    elif fmt == 3:
        s = s.lower()
    elif fmt == 4:
        s = fw(s)
    elif fmt == 5:
        s = group(s, [3, 3, 4, 4, 4])
    return s


@slot("rid", "resident_id")
def _ridslot():
    return _rid(fmt=pick([0, 0, 0, 0, 1, 6, 7]), wrong=chance(0.1))


@slot("ridhard", "resident_id")
def _ridhard():
    return _rid(fmt=pick([1, 2, 3, 4, 5]), wrong=chance(0.3))


@slot("natid", "national_id")
def _natid():
    r = R.randrange(17)
    y, m, d = _ymd(1940, 2018)
    ymd = f"{y % 100:02d}{m:02d}{d:02d}"
    return [
        lambda: ymd + dg(6),                                    # Kazakh IIN
        lambda: f"{dg(2)} {dg(2)} {dg(6)}",                     # RU internal passport
        lambda: f"{dg(3)}-{dg(3)}-{dg(3)} {dg(2)}",             # SNILS
        lambda: pick("3456") + f"{d:02d}{m:02d}{y % 100:02d}" + dg(7),  # UZ PINFL (14)
        lambda: pick(["УБ", "УЕ", "ДА", "ЧЕ", "ОЮ"]) + ymd + dg(2),   # MN register no.
        lambda: f"{nz(3)}-{dg(2)}-{dg(4)}",                     # US SSN
        lambda: f"{pick('1358')}-{dg(4)}-{dg(5)}-{dg(2)}-{dg(1)}",   # Thai ID
        lambda: pick(["3171", "3273", "3578", "5171"]) + dg(2) + f"{d:02d}{m:02d}{y % 100:02d}" + dg(4),  # NIK
        lambda: "0" + dg(11),                                   # VN CCCD
        lambda: nz(10) + pick("02468"),                         # TR kimlik
        lambda: pick("23") + ymd + dg(7),                       # EG national id
        lambda: nz(11),                                         # NG NIN
        lambda: ymd + "-" + pick("1234") + dg(6),               # KR RRN
        lambda: ymd + "-" + dg(2) + "-" + dg(4),                # MY MyKad
        lambda: "1" + dg(3) + "-" + dg(4) + "-" + dg(4) + "-" + dg(4),  # PH PhilSys
        lambda: dg(5) + "-" + dg(7) + "-" + dg(1),              # PK CNIC
        lambda: f"{dg(4)} {dg(6)}",                             # RU passport no separators variant
    ][r]()


# ---------------------------------------------------------------- hospital & insurance numbers
@slot("mrn", "medical_record_number")
def _mrn():
    r = R.randrange(11)
    return [
        lambda: nz(7), lambda: "20" + str(R.randint(15, 25)) + dg(6), lambda: "ZY" + dg(8),
        lambda: "MZ" + str(R.randint(2019, 2025)) + dg(6), lambda: "P" + dg(9), lambda: dg(10),
        lambda: "IMC-" + str(R.randint(2019, 2025)) + "-" + dg(5), lambda: nz(6),
        lambda: "0" + dg(9), lambda: fw(nz(8)), lambda: "BA" + dg(7),
    ][r]()


@slot("hplan", "health_plan_number")
def _hplan():
    r = R.randrange(11)
    return [
        lambda: "1" + dg(8) + up(1, "0123456789X"),
        lambda: dg(16),                                      # RU OMS polis
        lambda: group(dg(16), [4, 4, 4, 4]),
        lambda: "BJ" + dg(10),
        lambda: "MBR-" + dg(8),
        lambda: "CIG" + dg(9),
        lambda: "P" + dg(3) + "-" + dg(6) + "-" + dg(2),
        lambda: "PICC" + dg(10),
        lambda: nz(12),
        lambda: "H" + dg(11),
        lambda: "ОСМС " + dg(12),
    ][r]()


def _luhn_card(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


@slot("acct", "account_number")
def _acct():
    r = R.randrange(12)
    if r == 0:
        return group(_luhn_card(pick(["622202", "621700", "622848", "621661", "622588"]), 19), [4, 4, 4, 4, 3])
    if r == 1:
        return _luhn_card(pick(["622202", "621700", "623668"]), 19)
    if r == 2:
        return group(_luhn_card(pick(["4400", "4276", "5169", "2200"]), 16), [4, 4, 4, 4])
    if r == 3:
        return "KZ" + dg(2) + " " + " ".join(group(pick(["722C", "125K", "601A", "998B"]) + dg(13), [4, 4, 4, 4, 1]).split())
    if r == 4:
        return "40817810" + dg(12)
    if r == 5:
        return "AE" + dg(2) + " " + group(dg(19), [4, 4, 4, 4, 3])
    if r == 6:
        return "TR" + dg(2) + " " + group(dg(22), [4, 4, 4, 4, 4, 2])
    if r == 7:
        return "DE" + dg(2) + " " + group(dg(18), [4, 4, 4, 4, 2])
    if r == 8:
        return "UZ" + dg(18)
    if r == 9:
        return dg(4) + "-" + dg(4) + "-" + dg(4) + "-" + dg(4)
    if r == 10:
        return group(_luhn_card("5", 16), [4, 4, 4, 4], "-")
    return fw(_luhn_card("6217", 19))


@slot("lic", "licence_number")
def _lic():
    r = R.randrange(6)
    return [
        lambda: "1101100000" + dg(5),
        lambda: str(R.randint(1998, 2022)) + "11" + dg(11),
        lambda: "1101" + dg(11),
        lambda: str(R.randint(2005, 2023)) + "1100" + dg(4),
        lambda: fw("110" + dg(12)),
        lambda: "141" + dg(12),
    ][r]()


_PROV = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
_CYR_PL = "АВЕКМНОРСТУХ"


@slot("plate", "vehicle_identifier")
def _plate():
    r = R.randrange(9)
    if r < 3:
        return pick(_PROV) + pick("ABCDEFGHJKLMNPQ") + pick(["", "·", " "]) + up(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if r == 3:
        return pick(_PROV) + pick("ABCEF") + pick(["D", "F"]) + dg(5)
    if r == 4:
        return dg(3) + " " + up(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + " " + pick(["01", "02", "05", "13", "17"])
    if r == 5:
        return pick(_CYR_PL) + dg(3) + pick(_CYR_PL) + pick(_CYR_PL) + " " + pick(["77", "777", "199", "54", "161"])
    if r == 6:
        return dg(4) + " " + pick(["УБА", "УБВ", "УНА", "ДАА"])
    if r == 7:
        return pick(_PROV) + pick("ABCDE") + pick(["·", ""]) + dg(4) + "警" if chance(0.1) else pick(_PROV) + "A" + dg(4) + pick(["学", "挂", ""])
    return pick(_PROV) + pick("ABCDEFGH") + up(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ").lower()


@slot("vin", "vehicle_identifier")
def _vin():
    return pick("LJWXZKSV") + up(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


@slot("dev", "device_identifier")
def _dev():
    r = R.randrange(10)
    if r == 0:
        return "PJN" + dg(6) + "S"
    if r == 1:
        return group(dg(15), [2, 6, 6, 1], "-")
    if r == 2:
        return dg(15)
    if r == 3:
        return ":".join(up(2, "0123456789ABCDEF") for _ in range(6))
    if r == 4:
        return "-".join(up(2, "0123456789abcdef") for _ in range(6))
    if r == 5:
        return "NG" + dg(7) + "H"
    if r == 6:
        return "SN " + up(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + dg(7)
    if r == 7:
        return "RNZ" + dg(6) + pick("ABCD")
    if r == 8:
        return "0" + dg(2) + up(2, "ABCDEFGH") + dg(6)
    return "HA-" + dg(4) + "-" + up(4, "0123456789ABCDEF")


@slot("imei", "device_identifier")
def _imei():
    return pick([dg(15), group(dg(15), [2, 6, 6, 1], " "), fw(dg(15)), group(dg(15), [2, 6, 6, 1], "-")])


@slot("other", "other_number")
def _other():
    r = R.randrange(10)
    return [
        lambda: "ZH" + dg(7), lambda: nz(3) + "-" + dg(10), lambda: up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: f"（{R.randint(2019, 2024)}）京{pick(['0105', '0108', '0102', '01'])}民初{R.randint(100, 39999)}号",
        lambda: "SF" + dg(13), lambda: "YT" + dg(13), lambda: "JDV" + dg(12),
        lambda: "IMD-" + str(R.randint(2019, 2025)) + "-" + dg(4), lambda: dg(8), lambda: dg(20),
    ][r]()


@slot("visa", "other_number")
def _visa():
    return pick(["签证号码", "签证号", "visa No."]) + pick(["", " ", "："]) + pick([nz(8), "M" + dg(7), "Z" + dg(8), "0" + dg(7)])


@slot("ticket", "other_number")
def _ticket():
    return pick(["781-", "880-", "999-", "784-", "555-"]) + dg(10) if chance(0.6) else pick(["E", "G", "K"]) + dg(9)


@slot("pnr", "other_number")
def _pnr():
    return up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


@slot("court", "other_number")
def _court():
    return f"（{R.randint(2018, 2024)}）京{pick(['0105', '0108', '0102', '0106', '01', '02'])}{pick(['民初', '民终', '执'])}{R.randint(100, 39999)}号"


@slot("empno", "other_number")
def _empno():
    return pick([dg(4), dg(5), "BJ" + dg(5), nz(6), fw(dg(4))])


@slot("stuno", "other_number")
def _stuno():
    return pick([str(R.randint(2018, 2024)) + dg(6), "LX" + str(R.randint(2019, 2024)) + dg(4), nz(10)])


@slot("track", "other_number")
def _track():
    return pick(["SF" + dg(13), "YT" + dg(13), "JDVA" + dg(11), "EMS " + "E" + up(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(9) + "CN", "ZTO" + dg(12), "75" + dg(12)])


@slot("appt", "other_number")
def _appt():
    return pick(["GJ" + dg(8), "A" + dg(3), dg(12), "YY" + str(R.randint(2023, 2025)) + dg(6), nz(7)])


@slot("permit", "other_number")
def _permit():
    return pick(["Y" + dg(9), "居留许可号" + nz(9), "WP" + dg(8), "11" + dg(14)])


@slot("invite", "other_number")
def _invite():
    return pick(["IMD-" + str(R.randint(2019, 2025)) + "-" + dg(4), "YQ" + str(R.randint(2021, 2025)) + dg(5), "BJIH/" + dg(3) + "/" + str(R.randint(2021, 2025))])


@slot("invoice", "other_number")
def _invoice():
    return pick([dg(8), dg(20), "No." + dg(8), "011" + dg(9)])


@slot("receipt", "other_number")
def _receipt():
    return pick(["JZ" + str(R.randint(2019, 2025)) + dg(6), "R-" + dg(7), dg(11)])


@slot("claim", "other_number")
def _claim():
    return pick(["LP" + str(R.randint(2020, 2025)) + dg(8), "CLM-" + dg(9), "9" + dg(11), "Claim #" + dg(8)])


# ---------------------------------------------------------------- clean slots
def clean(name):
    return slot(name)


@clean("dose")
def _dose():
    return pick([
        f"他克莫司{pick(['0.5', '1', '1.5', '2', '2.5'])} mg，每12小时一次",
        f"吗替麦考酚酯{pick(['0.5', '0.75', '1.0'])} g bid", f"环磷酰胺{pick(['0.5', '0.75', '1.0'])} g/m²",
        f"甲泼尼龙{pick(['250', '500', '1000'])} mg ×{R.randint(3, 5)}天", f"泼尼松{R.randint(5, 60)} mg/d",
        f"羟氯喹{pick(['0.1', '0.2'])} g bid", f"利妥昔单抗{pick(['375', '500', '1000'])} mg",
        f"贝利尤单抗{R.randint(6, 12)} mg/kg", f"胰岛素{R.randint(4, 30)} U 睡前", f"阿托伐他汀{pick(['10', '20', '40'])} mg qn",
        f"肝素钠{R.randint(3000, 12500)} U", f"头孢曲松{pick(['1', '2'])} g qd", f"伊马替尼{pick(['400', '600'])} mg/日",
        f"二甲双胍{pick(['500', '850', '1000'])} mg tid", f"低分子肝素{pick(['4000', '6000'])} IU q12h",
        f"维生素D3 {pick(['800', '1000', '2000'])} IU/d", f"碳酸钙{pick(['600', '1200'])} mg",
        f"奥希替尼{pick(['40', '80'])} mg", f"静注人免疫球蛋白{pick(['0.4', '1', '2'])} g/kg",
    ])


@clean("lab")
def _lab():
    return pick([
        f"24小时尿蛋白{R.uniform(0.1, 9):.2f} g", f"血肌酐{R.randint(45, 980)} μmol/L",
        f"eGFR {R.randint(6, 118)} mL/min/1.73m²", f"补体C3 {R.uniform(0.2, 1.4):.2f} g/L",
        f"抗dsDNA抗体{R.randint(12, 800)} IU/mL", f"血小板{R.randint(12, 420)}×10⁹/L",
        f"血红蛋白{R.randint(56, 168)} g/L", f"白细胞{R.uniform(0.8, 23):.1f}×10^9/L",
        f"糖化血红蛋白{R.uniform(5, 13):.1f}%", f"AFP {R.uniform(1, 12000):.1f} ng/mL",
        f"CEA {R.uniform(0.5, 300):.2f} ng/mL", f"血压{R.randint(95, 210)}/{R.randint(55, 120)} mmHg",
        f"尿酸{R.randint(180, 720)} μmol/L", f"ALT {R.randint(8, 1400)} U/L", f"INR {R.uniform(0.8, 4.5):.2f}",
        f"BNP {R.randint(20, 35000)} pg/mL", f"CD4 {R.randint(20, 1200)} 个/μL", f"HBV DNA {R.uniform(1, 9):.2f}×10^{R.randint(3, 8)} IU/mL",
        f"血钾{R.uniform(2.5, 6.8):.1f} mmol/L", f"体重{R.randint(3, 120)}.{R.randint(0, 9)} kg",
        f"射血分数{R.randint(18, 70)}%", f"血氧饱和度{R.randint(82, 100)}%", f"SpO₂ {R.randint(85, 99)}%",
        f"TSH {R.uniform(0.01, 80):.3f} mIU/L", f"铁蛋白{R.randint(5, 4000)} ng/mL",
    ])


@clean("reg")
def _reg():
    return pick([
        "NCT0" + dg(7), "ChiCTR" + str(R.randint(1800, 2500)) + dg(6), "ChiCTR-" + pick(["IOR", "TRC", "INR"]) + "-" + dg(8),
        "ICD-10 " + pick(["M32.14", "N04.9", "C34.1", "I21.4", "E11.65", "G20", "C50.9", "K74.6", "Q21.0"]),
        "ATC " + pick(["L04AD02", "L01XE03", "H02AB04", "P01BA02", "A10BA02"]),
        pick(["BRCA1 c.68_69delAG", "EGFR L858R", "HLA-B*58:01", "EGFR 19号外显子缺失", "KRAS G12C", "ALK融合", "JAK2 V617F", "PKD1 c.12010C>T", "COL4A5 c.2858G>T", "HBB c.-78A>G"]),
        "ISRCTN" + dg(8), "EudraCT 20" + dg(2) + "-" + dg(6) + "-" + dg(2), "ICD-11 " + pick(["4A40.0", "GB61", "2C25", "8A00"]),
    ])


@clean("my")
def _my():
    y = R.randint(2008, 2025)
    m = R.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年{m}月份", f"{y}年初", f"{y}年底", f"{y}年春天", f"{y}年秋", f"{y}年冬天",
                 f"{y}年", f"{y}.{m:02d}", f"{y}年{m}月中旬", f"{y}年{m}月下旬", f"{y}–{y + R.randint(1, 4)}年",
                 f"{y}年上半年", f"{cn_year(y)}年", f"{m}月份", f"{y}-{y + R.randint(1, 3)}", f"{y}年第{R.randint(1, 52)}周",
                 f"{fw(str(y))}年{m}月", f"{y}年{m}月初"])


@clean("alias")
def _alias():
    return pick(["患者张某", "A女士", "小A", "王某某", "患儿K", "B先生", "李某", "患者M", "某女士（化名）",
                 "C先生", "X女士", "患儿小Y", "某女", "Patient K", "Ms. A", "该患者", "陈某某", "患者甲",
                 "病友B", "家属乙", "小D", "G某", "匿名捐助人"])


@clean("agey")
def _agey():
    n = R.randint(1, 89)
    return pick([f"{n}岁", f"{n}岁", cn_num(n) + "岁", f"{n}周岁", "八旬", "七旬", "年近九旬", "耄耋之年", "89岁",
                 "八十九岁", "快九十了", f"{R.randint(2, 11)}个月大", "六旬", "年过八旬", f"{n} 岁", f"{fw(str(n))}岁",
                 "花甲之年", "古稀之年", "八十多岁", f"{R.randint(20, 39)}周"])


@clean("snw")
def _snw():
    """Medical / everyday words that begin with a common surname character."""
    return pick(["蜂王浆", "王浆", "黄疸", "白细胞", "高血压", "金黄色葡萄球菌", "黄芪", "白蛋白", "高尿酸血症",
                 "叶酸", "林可霉素", "石膏", "甘草", "陈皮", "马齿苋", "何首乌", "杜仲", "田七", "黄连素",
                 "白内障", "高血糖", "钟形曲线", "方案", "程序", "周期", "常规", "宋体", "熊胆粉", "白芍", "黄体酮",
                 "高钾血症", "金银花", "牛黄", "朱砂", "白术", "黄斑变性", "龙胆泻肝丸", "安宫牛黄丸", "石斛",
                 "孔径", "胡萝卜素", "史无前例", "万古霉素", "严重感染", "毛细血管", "韩国料理", "汤剂", "鲁米那",
                 "苏木", "温病", "强的松", "雷公藤", "何况", "江米", "华法林", "谷丙转氨酶"])


@clean("epo")
def _epo():
    return pick(["帕金森病", "阿尔茨海默病", "桥本甲状腺炎", "克罗恩病", "川崎病", "唐氏综合征", "格林-巴利综合征",
                 "霍奇金淋巴瘤", "库欣综合征", "艾迪生病", "马方综合征", "阿斯伯格综合征", "布加综合征", "雷诺现象",
                 "干燥综合征", "威尔逊病", "亨廷顿舞蹈病", "法洛四联症", "伯基特淋巴瘤", "巴雷特食管", "贝赫切特病",
                 "Parkinson's disease", "Wilms瘤", "尤文肉瘤", "Kasai手术后状态", "Fontan术后", "Whipple三联征",
                 "IgA肾病", "吉兰-巴雷综合征", "卡波西肉瘤", "梅尼埃病", "Graves病", "Stevens-Johnson综合征",
                 "Sjögren综合征", "Hashimoto甲状腺炎", "Alport综合征", "Fabry病", "Gaucher病", "Takayasu动脉炎"])


@clean("inst")
def _inst():
    return pick(["白求恩国际和平医院", "中山大学附属第一医院", "逸夫楼", "协和医院", "梅奥诊所", "约翰·霍普金斯医院",
                 "宋庆龄基金会", "邵逸夫医院", "中山公园", "白求恩医科大学", "林巧稚妇产科纪念馆", "仲景书院",
                 "Mayo Clinic", "Johns Hopkins", "逸夫科学馆", "李时珍中医药展馆", "华佗纪念馆", "孙思邈养生园",
                 "Cleveland Clinic", "居里夫人研究所", "巴斯德研究所", "南丁格尔奖", "诺贝尔奖", "扁鹊诊所",
                 "张仲景国医堂", "中山路社区卫生站", "克利夫兰医学中心", "Charité医院", "韦氏儿童量表"])


@clean("place")
def _place():
    return pick(["阿拉木图", "阿斯塔纳", "奇姆肯特", "卡拉干达", "塔什干", "撒马尔罕", "比什凯克", "杜尚别",
                 "乌兰巴托", "莫斯科", "新西伯利亚", "伊尔库茨克", "迪拜", "利雅得", "德黑兰", "伊斯坦布尔",
                 "吉隆坡", "雅加达", "泗水", "曼谷", "河内", "胡志明市", "马尼拉", "拉各斯", "内罗毕", "开罗",
                 "柏林", "布达佩斯", "圣保罗", "墨西哥城", "首尔", "大阪", "朝阳区", "海淀区", "河北省", "内蒙古",
                 "新疆伊犁", "黑龙江", "哈萨克斯坦", "乌兹别克斯坦", "蒙古国", "俄罗斯", "吉尔吉斯斯坦", "Алматы",
                 "Tashkent", "Ulaanbaatar", "二连浩特", "满洲里", "霍尔果斯", "王府井", "望京", "三里屯", "张家口",
                 "石家庄", "黄石", "马鞍山", "白山", "高碑店", "金华", "林芝", "周口", "宋庄", "钱塘"])


@clean("pubnum")
def _pubnum():
    return pick(["120", "110", "119", "12320", "12345", "911", "112", "103", "999", "12315", "122", "12333"])


@clean("price")
def _price():
    return pick([f"¥{R.randint(1, 99)},{dg(3)}", f"{R.randint(1, 60)}.{R.randint(1, 9)}万元", f"{R.randint(100, 9999)}元",
                 f"{R.randint(10, 900)} 000 тенге", f"${R.randint(2, 90)},{dg(3)}", f"{R.randint(2, 60)}万",
                 f"人民币{R.randint(1000, 500000)}元", f"{R.randint(100, 9000)}美元", f"{R.randint(1, 9)}{dg(2)}.{dg(2)}元/支",
                 f"{R.randint(10, 99)} млн сум", f"{R.randint(1, 30)}万卢布", f"AED {R.randint(1000, 90000)}"])


@clean("tod")
def _tod():
    return pick([f"上午{R.randint(7, 11)}:{pick(['00', '15', '30', '45'])}", f"下午{R.randint(1, 5)}点", "凌晨三点多",
                 f"晚上{R.randint(7, 11)}点半", f"{R.randint(0, 23):02d}:{pick(['00', '10', '20', '30', '40', '50'])}",
                 "每周二下午", "周一至周五8:00–17:00", "中午12点前", "夜里两点", "早八点", f"{R.randint(8, 16)}:{R.randint(0, 59):02d}",
                 "每天早晚各一次", "饭后半小时"])


@clean("dur")
def _dur():
    return pick(["三周后", "半年后", f"{R.randint(2, 40)}天", "术后第5天", f"治疗{R.randint(2, 36)}个月", "两个疗程",
                 f"{R.randint(2, 12)}周", "整整三年", "一年多", f"第{R.randint(2, 12)}个疗程", f"{R.randint(2, 9)}次化疗后",
                 "住院17天", "出院一个月后", "五年间", "72小时内", "第二天", "前后四次", "十来天", f"{R.randint(3, 20)}年来"])


@clean("herb")
def _herb():
    return pick([f"黄芪{R.randint(10, 60)} g", f"当归{R.randint(6, 15)} g", "白术", "党参", "茯苓", "田七粉", "枸杞",
                 "生地黄", "丹参", "川芎", "金银花", "连翘", "板蓝根", "五味子", "麦冬", "黄连", "柴胡", "半夏", "蒲公英",
                 f"甘草{R.randint(3, 10)} g", "六味地黄丸", "连花清瘟胶囊", "冬虫夏草", "阿胶"])


@clean("greet")
def _greet():
    return pick(["您好", "你好", "Здравствуйте", "Добрый день", "Салам", "Сәлеметсіз бе", "السلام عليكم", "Assalomu alaykum",
                 "Сайн байна уу", "Hello", "Hi", "Selamat pagi", "Xin chào", "สวัสดีครับ", "Merhaba", "Hola", "Привет", "hi 您好",
                 "老师好", "医生您好", "尊敬的医生"])


@clean("thanks")
def _thanks():
    return pick(["谢谢", "非常感谢", "Спасибо", "Рахмет", "Rahmat", "Баярлалаа", "شكرا", "Terima kasih", "Cảm ơn", "ขอบคุณ",
                 "Teşekkürler", "Gracias", "Thank you", "感恩", "万分感激", "спс", "thx"])


@clean("ver")
def _ver():
    return pick([f"第{R.randint(2, 9)}版", f"图{R.randint(1, 12)}", f"表{R.randint(1, 6)}", f"第{R.randint(3, 420)}页",
                 f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}", f"{R.randint(2018, 2025)}版指南",
                 f"版本{R.randint(1, 9)}.{R.randint(0, 9)}", f"附录{pick('ABC')}", f"iOS {R.randint(14, 18)}.{R.randint(0, 6)}"])


@clean("batch")
def _batch():
    return pick([f"批号{R.randint(2021, 2025)}{dg(4)}", f"批号 {up(2, 'ABCDEFGH')}{dg(6)}", f"Lot {up(1, 'ABCDEFGH')}{dg(5)}",
                 f"批次{R.randint(2022, 2025)}{dg(2)}A{dg(3)}"])


@clean("ward")
def _ward():
    return pick(["国际医疗部", "肾内科病房", "门诊楼3层", "7号电梯", "住院部B座", "急诊科", "ICU", "风湿免疫科", "透析室",
                 f"{R.randint(2, 16)}楼东区", "日间病房", "特需门诊", f"{R.randint(1, 48)}床", "加床", "地铁5号线",
                 f"{R.randint(1, 999)}路公交", "南门", "西侧停车场", "儿科病区", "心外科监护室", "负一层影像中心",
                 "新门诊楼", "老楼2层", "国际部前台", "药房窗口", "采血室"])


@clean("rel")
def _rel():
    return pick(["我母亲", "我父亲", "她丈夫", "我妻子", "孩子的爸爸", "我女儿", "我儿子", "奶奶", "外公", "我姐姐",
                 "她婆婆", "我们全家", "病友们", "我哥哥", "孩子", "我爱人", "老伴", "моя мама", "my father"])


@clean("country")
def _country():
    return pick(["哈萨克斯坦", "俄罗斯", "乌兹别克斯坦", "蒙古国", "吉尔吉斯斯坦", "塔吉克斯坦", "阿联酋", "沙特", "伊朗",
                 "土耳其", "马来西亚", "印度尼西亚", "泰国", "越南", "菲律宾", "尼日利亚", "肯尼亚", "埃及", "德国",
                 "匈牙利", "巴西", "墨西哥", "韩国", "日本", "美国", "土库曼斯坦", "约旦", "埃塞俄比亚"])


@clean("dis")
def _dis():
    return pick(["狼疮性肾炎", "系统性红斑狼疮", "肝移植", "先天性心脏病", "急性淋巴细胞白血病", "肺腺癌", "肾病综合征",
                 "类风湿关节炎", "多发性骨髓瘤", "1型糖尿病", "乙肝肝硬化", "脑胶质瘤", "骨肉瘤", "ANCA相关性血管炎",
                 "特发性肺纤维化", "冠心病", "子宫内膜异位症", "强直性脊柱炎", "神经母细胞瘤", "地中海贫血", "IgG4相关疾病"])


@clean("num")
def _num():
    """Counts and plain quantities."""
    return pick([f"{R.randint(2, 60)}次", f"{R.randint(100, 9999)}例", f"{R.randint(2, 30)}个国家", f"{R.randint(11, 99)}%",
                 f"{R.randint(1000, 99999)}名患者", f"{R.randint(2, 16)}位专家", f"{R.randint(3, 40)}公里", f"{R.randint(2, 12)}小时航程",
                 f"{R.randint(30, 200)}毫升", f"{R.randint(2, 9)}.{R.randint(1, 9)}厘米", f"{R.randint(1, 9)}级", f"{R.randint(150, 190)} cm"])


@clean("agead")
def _agead():
    n = R.randint(28, 89)
    return pick([f"{n}岁", cn_num(n) + "岁", f"{n}周岁", "年近九旬", "七旬", "八旬", "89岁", f"{n} 岁", "花甲之年"])


@clean("span")
def _span():
    return pick(["六个多小时", "三个半小时", "近九个小时", "两个小时", "四小时二十分钟", "十一个小时", "五个小时"])


@clean("room")
def _room():
    return pick(["国际医疗部", "肾内科病房", "透析室", "日间病房", "ICU", "儿科病区", "心外科监护室", "特需门诊",
                 "风湿免疫科", "康复科", "急诊留观室", "血液科病房"])


@slot("hnsp", "person_name")
def _hnsp():
    n = han_name()
    r = R.randrange(4)
    if r == 0:
        return " ".join(n)
    if r == 1:
        return n[0] + "  " + n[1:]
    if r == 2:
        return n + "（" + pick(PY_SUR) + " " + pick(PY_GIVEN) + "）"
    return "·".join(n) if len(n) == 3 else n[0] + "-" + n[1:]




def _nat_pairs():
    y, m, d = _ymd(1940, 2018)
    ymd = f"{y % 100:02d}{m:02d}{d:02d}"
    return [
        ("ИИН", ymd + dg(6)), ("IIN", ymd + dg(6)), ("哈萨克斯坦个人身份号码", ymd + dg(6)),
        ("паспорт РФ серия", f"{dg(2)} {dg(2)} № {dg(6)}"), ("俄罗斯国内护照", f"{dg(4)} {dg(6)}"),
        ("СНИЛС", f"{dg(3)}-{dg(3)}-{dg(3)} {dg(2)}"), ("ПИНФЛ", pick("3456") + f"{d:02d}{m:02d}{y % 100:02d}" + dg(7)),
        ("JSHSHIR", pick("3456") + f"{d:02d}{m:02d}{y % 100:02d}" + dg(7)),
        ("Регистрын дугаар", pick(["УБ", "УЕ", "ДА", "ЧЕ", "ОЮ"]) + ymd + dg(2)),
        ("蒙古国身份证号", pick(["УБ", "ЧЕ"]) + ymd + dg(2)), ("SSN", f"{nz(3)}-{dg(2)}-{dg(4)}"),
        ("泰国身份证", f"{pick('1358')}-{dg(4)}-{dg(5)}-{dg(2)}-{dg(1)}"),
        ("NIK", pick(["3171", "3273", "3578", "5171"]) + dg(2) + f"{d:02d}{m:02d}{y % 100:02d}" + dg(4)),
        ("CCCD", "0" + dg(11)), ("越南公民身份证", "0" + dg(11)), ("TC Kimlik No", nz(10) + pick("02468")),
        ("الرقم القومي", pick("23") + ymd + dg(7)), ("埃及身份证号", pick("23") + ymd + dg(7)),
        ("NIN", nz(11)), ("尼日利亚NIN", nz(11)), ("주민등록번호", ymd + "-" + pick("1234") + dg(6)),
        ("MyKad", ymd + "-" + dg(2) + "-" + dg(4)), ("PhilSys", "1" + dg(3) + "-" + dg(4) + "-" + dg(4) + "-" + dg(4)),
        ("CNIC", dg(5) + "-" + dg(7) + "-" + dg(1)), ("Kyrgyz PIN", pick("12") + f"{d:02d}{m:02d}{y}" + dg(5)),
    ]


@slot("natidl", "national_id")
def _natidl():
    lab, num = pick(_nat_pairs())
    return lab + pick([" ", "：", ": ", " № ", ""]) + num


@slot("natidhard", "national_id")
def _natidhard():
    lab, num = pick(_nat_pairs())
    r = R.randrange(4)
    if r == 0:
        num = fw(num)
    elif r == 1:
        num = " ".join(num.replace("-", "").replace(" ", ""))
    elif r == 2:
        num = num.replace(" ", "").replace("-", "").replace("№", "")
    else:
        num = num.replace(" ", ".")
    return lab + " " + num




@clean("yob")
def _yob():
    y = R.randint(1935, 2020)
    return pick([f"{y}年出生", f"生于{y}年", f"{y}年生人", f"{str(y)[2]}0后", f"{y}年生", f"出生于{y}年{pick(['春天', '夏天', '秋天', '冬天', '年初', '年底'])}",
                 f"born in {y}", f"属{pick('鼠牛虎兔龙蛇马羊猴鸡狗猪')}的", f"{cn_year(y)}年出生"])


@clean("big")
def _big():
    return pick([f"术中出血{R.randint(200, 4800)} mL", f"体外循环{R.randint(60, 240)}分钟", f"QTc {R.randint(380, 520)} ms",
                 f"累计输血{R.randint(2, 40)}单位", f"放疗总剂量{R.randint(40, 70)} Gy/{R.randint(20, 35)}f",
                 f"白细胞{R.randint(1000, 98000)}/μL", f"尿量{R.randint(300, 4200)} mL/24h", f"步数{R.randint(1000, 25000)}",
                 f"第{R.randint(1000, 20000)}例", f"{R.randint(10000, 999999)}次阅读", f"{R.randint(1, 9)}{dg(3)}{dg(3)}个拷贝",
                 f"CT值{R.randint(-900, 900)} HU", f"{R.randint(100, 2000)}×{R.randint(100, 2000)}像素", f"海拔{R.randint(300, 4500)}米"])




@clean("eposc")
def _eposc():
    return pick(["Apgar评分", "格拉斯哥昏迷评分", "Glasgow评分", "Child-Pugh评分", "Gleason评分", "Tanner分期",
                 "Ann Arbor分期", "Breslow厚度", "Karnofsky评分", "Barthel指数", "Wells评分", "Ranson评分"])


@clean("trial")
def _trial():
    return pick(["NCT0" + dg(7), "ChiCTR" + str(R.randint(1800, 2500)) + dg(6), "ChiCTR-" + pick(["IOR", "TRC", "INR"]) + "-" + dg(8),
                 "ISRCTN" + dg(8), "EudraCT 20" + dg(2) + "-" + dg(6) + "-" + dg(2), "CTR20" + dg(6), "jRCT" + dg(10)])


@clean("transit")
def _transit():
    return pick(["地铁5号线", "地铁10号线", f"{R.randint(1, 999)}路公交", "机场大巴", "机场快轨", "出租车", "网约车", "夜班公交"])


# ---------------------------------------------------------------- families
SLOT_RE = re.compile(r"\{(\w+)\}")
FAMILIES = []   # (category, n, templates, is_clean, is_hard)


def fam(cat, n, templates, clean=False, hard=False):
    if isinstance(templates, str):
        templates = [templates]
    for t in templates:
        names = SLOT_RE.findall(t)
        for s in names:
            assert s in SLOTS, (cat, s)
            if clean:
                assert not SLOTS[s][0], ("clean template uses identifier slot", cat, s)
        if not clean:
            assert any(SLOTS[s][0] for s in names), ("identifier template without identifier", cat, t)
        assert "\t" not in t and "\n" not in t
    FAMILIES.append((cat, n, templates, clean, hard))


# ---- person names: narration, quotes, captions, remarks, letters
fam("name_story_cn", 32, [
    "来自{place}的{hn}，{agey}，{my}被确诊为{dis}。",
    "{my}，{hn}的{dis}再次复发，复查{lab}。",
    "{hn}是一名{agead}的小学老师，{dur}一直在当地医院透析。",
    "三年来，{hn}往返于老家和北京之间，光火车票就攒了厚厚一沓。",
    "在{hn}的坚持下，{rel}终于同意来北京治疗。",
    "{hn}说，刚确诊时她连{dis}几个字都没听说过。",
    "那年冬天，{hn}抱着孩子在{room}门口等了整整一个上午。",
    "第一次住院时，{hn}查{lab}，医生当即安排了肾穿刺。",
    "患者{hn}，女，{agey}，因“反复水肿{dur}”于{my}入院。",
    "和{hn}同病房的，是一位从{place}来的老人。",
    "{hn}的病历摞起来有半尺高，从{my}一直记到现在。",
    "如今的{hn}已经回到{place}的工作岗位，每半年复查一次。",
    "{hn}的丈夫在工地打工，为了陪诊，他辞掉了干了八年的活。",
    "出院那天，{hn}给{room}的护士们每人送了一包家乡的红枣。",
    "{hn2}在病床上完成了大学毕业论文的答辩。",
])
fam("name_story_foreign", 34, [
    "来自{place}的{tr}，{agey}，{my}在当地被诊断为{dis}。",
    "{tr}第一次来北京时，一句中文也不会说。",
    "{tr}的母亲说，女儿病后最大的愿望是重新回到校园。",
    "{my}，{tr}带着厚厚一叠俄文病历来到{room}。",
    "为了照顾{tr}，她的丈夫在医院附近租了一间小屋。",
    "{trg}是家里的长女，下面还有三个弟弟妹妹。",
    "经过{dur}的治疗，{tr}复查{lab}。",
    "{tr}和{tr}是在透析室认识的，后来成了无话不谈的朋友。",
    "翻译{trg}每天陪着{tr}去做检查。",
    "{asia}从{place}转诊而来，随身带着一个装满药盒的行李箱。",
    "{tr}（{country}籍）于{my}入住{room}。",
    "{trg}说，在{place}，这种病要排队等上大半年。",
    "{asia}是一位{agead}的退休教师，{my}开始出现关节疼痛。",
    "出院前，{tr}用刚学会的中文说了一句“{thanks}”。",
    "{tr}的故事在{country}的病友圈里传开了。",
])
fam("name_quote", 22, [
    "“我以为自己撑不过那个冬天。”{hn}回忆道。",
    "“{thanks}，是你们给了我第二次生命。”{tr}说。",
    "{fn}说：“每次复查，{ht}都会把结果一项一项讲给我听。”",
    "“孩子现在能跑能跳了，”{trg}的妈妈笑着说，“跟别的孩子没两样。”",
    "“别怕，我们一起想办法。”这是{ht}对{hn}说的第一句话。",
    "“我想活到看着女儿出嫁那一天。”{hn}对记者说。",
    "“в Пекине мне впервые объяснили, что со мной,” — говорит {cyr}。",
    "“我们家{wn}很勇敢，打针从来不哭。”",
    "“这辈子最感谢的人就是{ht}。”{asia}说。",
    "“{greet}，我是{fn}的女儿，想问一下复诊的事。”",
])
fam("name_caption", 22, [
    "图为{hn}在{room}接受治疗。",
    "图：{tr}（左）与主治医生{doc}（右）合影。",
    "alt：{fn}出院时手捧鲜花站在医院门口",
    "照片中，{ht}正在为{trg}听诊。",
    "{tr}和家人在天安门广场，摄于{my}。",
    "图片说明：{doc}查房时与{asia}交谈",
    "【图】{hn}康复后重返讲台",
    "左起：{doc}、{tr}、翻译{trg}",
    "alt=\"{lat} with her doctor in Beijing\"",
    "图注：{ht}带领团队为{fn}进行多学科会诊",
    "（摄影：{hn}）",
    "视频截图：{tr}在{room}里学写汉字",
])
fam("name_doctor", 28, [
    "{doc}介绍，该患者属于难治性{dis}，需要联合用药。",
    "主治医生{doc}表示：“关键是把尿蛋白降下来，现在{lab}。”",
    "{ht}建议她{dur}后复查，并把{dose}改为维持剂量。",
    "{doc}团队为{fn}制定了个体化治疗方案。",
    "据{ht}回忆，{fn}刚来时几乎无法下床。",
    "{doc}说：“像{tr}这样的病例，我们一年大概能见到十几例。”",
    "这台手术由{doc}主刀，历时{span}。",
    "{ht}每周二下午在特需门诊坐诊，{tod}开始。",
    "{doc}和{doc}连夜讨论，决定调整免疫抑制方案。",
    "{ht}提醒：服用{dose}期间要定期监测血常规。",
    "{doc}（{room}）：“{dis}不是绝症，规范治疗很重要。”",
    "多亏{ht}及时发现了{snw}的问题。",
])
fam("name_thanks", 20, [
    "{thanks}{doc}和{room}的全体医护人员！",
    "特别感谢{ht}和{ht}，你们的耐心让我们一家人重新有了希望。",
    "致{doc}：{my}您为我母亲做的手术非常成功，全家人都记着您的好。",
    "感谢信｜来自{country}的{fn}：谢谢北京的白衣天使",
    "{thanks}！{ht}，您是我们全家的恩人。——{fn}及家人",
    "尊敬的{doc}：您好！我是{fn}的爱人，特写此信表达谢意。",
    "谢谢翻译{trg}，没有你我们寸步难行。",
    "送给{ht}的锦旗上写着：“医德高尚，妙手仁心”。",
])


fam("name_mixed_script", 30, [
    "{greet}, menya zovut {lat}, хочу записаться на консультацию к {ht}",
    "我叫{lat}，是{country}人，想咨询{dis}的治疗。",
    "hi 我是{cyr}的女儿，妈妈{agead}，想来北京看{dis}",
    "{arn} 的家属咨询：请问国际医疗部周末有人吗",
    "my name is {lat}, my son {nick} has {dis}, can we come to beijing?",
    "patient: {lat} / 患者：{tr}",
    "请转告{ht}，{kk}今天下午到不了了",
    "wo shi {py}, xiang yuyue {ht} de menzhen",
    "{py}家属留言：什么时候能出报告？",
    "Здравствуйте! Я {cyr}, была у вас в {my}, хочу снова приехать",
    "السلام عليكم، أنا {arn}，想问签证邀请函怎么办理",
    "患者姓名（护照拼写）：{lat}",
    "{lat}（中文名{tr}）下周复诊",
], hard=True)
fam("name_nick_word", 30, [
    "我们家{wn}今年{agey}，出生就有{dis}。",
    "孩子小名叫{nick}，大名{hn}。",
    "{wn}妈妈留言：孩子最近又水肿了，要不要提前复查？",
    "病房里的护士都叫她{nick}。",
    "Моя дочь {wn} снова в больнице.",
    "给女儿起名叫{wn}，就是盼着她这辈子平平安安。",
    "{nick}的爸爸说，孩子做完手术第一句话是“要吃冰淇淋”。",
    "小病人{wn}出院时给{ht}画了一幅画。",
    "“{nick}，今天乖不乖？”{ht}每天查房都这么问。",
], hard=True)
fam("name_multi", 22, [
    "{hn}、{tr}和{asia}是同一批入组的病友。",
    "主刀{doc}，助手{doc}，麻醉{ht}。",
    "会诊专家：{doc}、{doc}、{doc}",
    "{tr}的翻译{trg}和陪护{hn}轮流守夜。",
    "{lat}, {lat} and {hn} met in the dialysis room",
    "家属{hn}、{hn}已签署知情同意书。",
], hard=True)
fam("name_timeline", 18, [
    "{my}｜{tr}首次来院就诊",
    "{my}　{fn}完成第四次化疗",
    "时间轴：{my} {hn}接受肾移植",
    "{my}——{ht}牵头多学科会诊，{fn}方案调整",
    "{my}：{tr}返回{place}，远程随访",
    "{my} · {asia}第三次入院",
])
fam("name_seo", 14, [
    "SEO描述：{country}患者{tr}在北京成功完成肝移植，术后恢复良好。",
    "meta description：{fn}的{dis}治疗之路｜国际医疗部患者故事",
    "关键词：{dis}, 国际患者, {tr}, 北京",
    "{country}小伙{tr}跨越三千公里来京求医",
    "标题：{hn}：与{dis}抗争的三年",
])
fam("name_chat", 24, [
    "[转发] {hn}：妈今天的药吃了吗",
    "{ht}：明天早上空腹来抽血，别吃早饭",
    "— {fn}: ок, спасибо",
    "【聊天记录】{hn}：到了吗？ 我：在{room}门口",
    "{ht} 撤回了一条消息",
    "群聊“肾友之家”：{hn}：今天{lab}，比上次好多了",
    "{fn}：doctor said {dur} we can go home",
    "{hnsp}：收到，谢谢{ht}",
    "转自家族群：{hnsp}说她下周去北京复查",
    "截图里{ht}回复：{tod}前到就行",
], hard=True)
# ---- dates
fam("date_event", 20, [
    "{date}入院，{date}出院。",
    "我们计划{date}到北京，{date}回{place}。",
    "手术定在{dateny}上午。",
    "复查日期：{date}",
    "肾穿刺于{date}完成，病理提示IV型狼疮性肾炎。",
    "最后一次化疗是{dateny}，之后一直没再发烧。",
    "{date}，她第一次独立走出了病房。",
    "{date}｜首次多学科会诊",
    "请问{date}那天国际部上班吗？",
    "孩子是{date}做的手术，{dur}就下地了。",
    "航班{date}抵达首都机场，{tod}落地。",
    "{date} 复诊，{lab}",
    "签证到期日为{date}，能否在此之前完成治疗？",
])
fam("date_name", 16, [
    "{date}，{tr}在{doc}的陪同下出院。",
    "请问{date}那天{ht}出诊吗",
    "{hn}于{date}接受了第二次肾移植。",
    "{dateny}是{tr}来北京整一年的日子。",
])
fam("date_hard", 22, [
    "приедем {date}, можно записаться?",
    "我们{date}的机票，麻烦帮忙约一下",
    "上次住院：{date}～{date}",
    "复查时间改到{dateny}了吗？？",
    "出院小结日期 {date}",
    "op date {date}",
    "家里人说{date}那天一定要到",
], hard=True)
# ---- birth dates
fam("dob", 38, [
    "出生日期：{dob}",
    "患者生日是{dob}，请在系统里更正。",
    "Дата рождения: {dob}",
    "孩子{dobkid}出生，出生时Apgar评分8分。",
    "DOB {dob}，{country}籍",
    "我妈生日{dob}，今年想在北京过。",
    "她的生日是{dob}，正好是出院后第二天。",
    "出生年月日：{dob}",
    "生于{dob}，{my}首次发病。",
    "宝宝生日{dobkid}，出生后第三天开始黄疸不退。",
    "dob: {dob}",
])
fam("dob_name", 16, [
    "姓名：{fn}  出生日期：{dob}  国籍：{country}",
    "{hn}，生于{dob}，{dis}病史多年。",
    "{tr}的生日是{dob}，护士们给她准备了蛋糕。",
    "患者{lat}（DOB {dob}）",
])
# ---- ages 90 and over
fam("age90", 38, [
    "一位{age90}的老奶奶在家属陪同下来到国际医疗部。",
    "患者，男，{age90}，高血压病史四十年。",
    "奶奶今年{age90}了，还能自己下楼买菜。",
    "我父亲{age90}，想问能不能做白内障手术",
    "年龄：{age90}",
    "这位{age90}的老人成功接受了TAVI手术。",
    "外婆已经{age90}，我们担心她受不了化疗。",
    "{age90}的老兵在病房里过了生日。",
    "老人{age90}，{dis}，家属要求保守治疗。",
    "my grandma is {age90}, is the flight ok for her?",
    "入院时患者{age90}，合并{dis}。",
])
fam("age90_name", 14, [
    "{hn}老人已经{age90}，仍坚持每天写毛笔字。",
    "{tr}的祖母{age90}，这次也跟着来了北京。",
    "{ht}为{age90}的{hn}做了髋关节置换。",
])


# ---- phones
fam("phone_form", 16, [
    "联系电话：{phone}",
    "手机 {phonecn}，微信同号",
    "WhatsApp: {phone}",
    "Telegram/WhatsApp {phone}",
    "请打我的电话{phone}，白天都在",
    "{greet}，我的号码是{phone}，请尽快回电",
    "家属电话{phonecn}（孩子爸爸）",
    "回拨号码：{phone}",
    "тел. {phone}",
    "如果联系不上我，可以打{rel}的手机{phonecn}",
    "{thanks}! my phone {phone}",
])
fam("phone_dept", 10, [
    "国际医疗部电话：{dept_phone}",
    "预约请拨{dept_phone}（{tod}）",
    "情况紧急请拨{pubnum}，非紧急可打{dept_phone}",
    "肾内科护士站{dept_phone}，夜间也有人接听。",
    "总机{dept_phone}转国际部",
])
fam("phone_hard", 18, [
    "电话 {phonehard}",
    "my number {phonehard} whatsapp",
    "号码是：{phonehard}，打不通就发短信",
    "手机号{phonehard}（微信同号）",
    "联系我：{phonehard} 谢谢！！",
    "tel{phonehard}",
    "老家座机打不通，打我手机{phonehard}吧",
], hard=True)
fam("phone_name", 10, [
    "{hn}的手机{phonecn}，有事直接联系她。",
    "陪同人{tr}，电话{phone}",
])
# ---- e-mail
fam("email", 30, [
    "邮箱：{email}",
    "请把检查报告发到{email}",
    "e-mail {email} (предпочтительно)",
    "我的邮箱是{email}，麻烦发一下费用清单。",
    "病历扫描件已发至{email}，请查收",
    "联系方式：{email} / {phone}",
    "email: {email}",
    "能发邮件吗？{email}，谢谢",
])
fam("email_hard", 20, [
    "邮箱{emailhard}",
    "mail me: {emailhard}",
    "邮件地址（防爬虫）：{emailhard}",
    "почта {emailhard}",
    "发到这个：{emailhard}",
], hard=True)
# ---- web addresses
fam("web", 54, [
    "孩子的筹款页面：{web}",
    "我把治疗经过写在博客里了：{web}",
    "个人主页 {web}",
    "筹款链接{web}，求转发！",
    "我们为妈妈建了一个网站，{web}",
    "详细的病程记录在这里 {web}",
    "donate here pls {web}",
    "病友写的求医日记：{web}",
    "更多照片见{web}",
])
# ---- IP addresses
fam("ip", 46, [
    "提交IP：{ip}",
    "留言来源IP {ip}（{place}）",
    "系统日志：{ip} 于{tod}提交表单",
    "家里路由器地址是{ip}，远程会诊软件连不上",
    "VPN出口IP {ip}",
    "表单元数据：ip={ip}; lang=ru",
    "来访IP：{ip}，浏览器Chrome",
    "远程会诊时请把{ip}加入白名单",
    "{date} {tod} 来自{ip}的留言",
])
# ---- social accounts
fam("social", 50, [
    "加我微信：{wxid}",
    "{social}",
    "我的QQ是{qq}",
    "Telegram: {handle}",
    "孩子的康复日常都发在网上，{social}",
    "微信号{wxid}（不是手机号）",
    "ins {handle} 可以私信我",
    "电话{phonecn}，微信{wxid}",
    "有问题可以在{social}联系我",
    "请加QQ群里的我，QQ号{qq}",
    "соцсети: {social}",
    "我姐姐的微信{wxid}，她会中文",
])


# ---- street addresses and postcodes
fam("address", 26, [
    "家庭住址：{addr}",
    "我们住在{addrcn}，离医院不远。",
    "请把药寄到{addr}",
    "Адрес: {addrf}",
    "临时住所：{addrcn}（医院对面的小区）",
    "发票邮寄地址：{addr}",
    "住址 {addr}，有事可以上门",
    "在北京租的房子：{addrcn}",
    "address: {addrf}",
    "出院后暂住{addrcn}，{dur}后回国。",
])
fam("address_post", 28, [
    "通讯地址：{addrpost}",
    "请寄到：{addrpost}",
    "{addrpost}（收件人是我丈夫）",
    "mailing address {addrpost}",
], hard=True)
fam("postcode", 26, [
    "邮编{post}",
    "почтовый индекс {post}",
    "ZIP {post}",
    "寄到{place}，邮编{post}就行",
    "老家在{place}，邮政编码{post}",
    "postcode: {post}",
    "发票上的邮编写错了，应该是{post}",
    "индекс: {post}, {place}",
])
# ---- geolocation
fam("geo", 54, [
    "定位：{geo}",
    "我们住的酒店坐标{geo}",
    "共享位置 {geo}",
    "救护车接人地点：{geo}",
    "Google Maps: {geo}",
    "拍摄地点（EXIF）：{geo}",
    "plus code {geo}",
    "location {geo} 我在这里等",
    "我现在在这个位置{geo}，怎么去国际部？",
    "照片GPS信息：{geo}",
])
# ---- passports
fam("passport", 26, [
    "护照号：{passport}",
    "Паспорт № {passport}",
    "邀请函需要护照号 {passport}",
    "passport no. {passport}",
    "患者护照号码{passport}，有效期至{my}",
    "陪同人员护照：{passport}",
    "办理住院需提供护照（{passport}）原件",
    "загранпаспорт {passport}",
])
fam("passport_hard", 16, [
    "护照{passporthard}",
    "passport {passporthard} 请核对",
    "证件号 {passporthard}（护照）",
], hard=True)
fam("passport_name", 8, [
    "{lat}，护照号{passport}",
    "{tr}（护照{passport}）",
])
# ---- national ids (non-Chinese)
fam("natid", 36, [
    "{natidl}",
    "患者证件：{natidl}",
    "保险公司要求提供{natidl}",
    "我的{natidl}，请帮忙填在表格上",
    "陪护人信息：{country}，{natidl}",
    "登记信息 — {natidl}",
    "已核验{natidl}",
])
fam("natid_hard", 18, [
    "号码{natidhard}",
    "{natidhard}（手写的可能看不清）",
    "документ: {natidhard}",
], hard=True)
# ---- Chinese resident IDs
fam("rid", 28, [
    "身份证号：{rid}",
    "身份证 {rid}",
    "患者身份证号码{rid}，请核对",
    "陪护人身份证{rid}",
    "医保报销需要身份证号，{rid}",
    "家属（{rel}）身份证：{rid}",
    "公民身份号码 {rid}",
    "证件类型：居民身份证　证件号码：{rid}",
])
fam("rid_hard", 24, [
    "身份证：{ridhard}",
    "sfz {ridhard}",
    "身份证号码是{ridhard}吗？系统一直提示错误",
    "我的证件号{ridhard}",
    "ID: {ridhard}",
], hard=True)


# ---- medical record numbers
fam("mrn", 32, [
    "住院号：{mrn}",
    "病案号{mrn}，请帮忙复印病历",
    "门诊号 {mrn}",
    "就诊卡号：{mrn}",
    "患者ID {mrn}（国际部）",
    "我的就诊卡号是{mrn}，挂号时一直显示无效",
    "请调取住院号{mrn}的病理切片",
    "ID пациента: {mrn}",
    "上次住院的病案号好像是{mrn}",
    "复印病历需要住院号{mrn}和身份证",
    "MRN {mrn}",
])
fam("mrn_name", 8, [
    "{hn}，住院号{mrn}，{room}",
    "{tr}的门诊号是{mrn}",
])
# ---- health plan numbers
fam("hplan", 40, [
    "医保卡号：{hplan}",
    "полис ОМС {hplan}",
    "商业保险保单号{hplan}",
    "保险会员号 member ID {hplan}",
    "新农合卡号{hplan}，异地能报销吗？",
    "我们的国际医疗保险卡号是{hplan}，能直接结算吗",
    "Bupa membership no. {hplan}",
    "社保卡号 {hplan}",
    "保险公司要保单号：{hplan}，理赔号{claim}",
    "policy number: {hplan}",
])
# ---- bank accounts
fam("account", 44, [
    "退款请打到这张卡：{acct}",
    "银行卡号{acct}，开户行是建设银行",
    "IBAN: {acct}",
    "счёт получателя {acct}",
    "捐款账户：{acct}",
    "押金退回账户 {acct}",
    "汇款时写的账号是{acct}，请帮我查一下到没到",
    "卡号：{acct}（户名是我丈夫）",
    "beneficiary account {acct}",
])
# ---- licence numbers (always with the clinician's name)
fam("licence", 54, [
    "{doc}，医师执业证书编号{lic}",
    "主治医师：{hn}（执业证号{lic}）",
    "{hn}医生的执业证书编码：{lic}",
    "护士{hn}，护士执业证书编号{lic}",
    "出诊医生{doc}，执业编号 {lic}",
    "执业医师{hn}，证书编号：{lic}，执业地点北京",
    "签名医生：{hn2}　执业证号：{lic}",
    "会诊意见由{doc}出具（执业证书{lic}）",
    "Dr. {py}, medical licence No. {lic}",
])
# ---- vehicles
fam("vehicle", 46, [
    "接您的车牌号是{plate}，白色商务车",
    "救护车{plate}已出发",
    "我们的车{plate}停在南门附近，会被贴条吗？",
    "车架号{vin}",
    "送孩子来的出租车车牌{plate}",
    "номер машины {plate}",
    "停车缴费：车牌{plate}，{tod}入场",
    "车牌 {plate}，麻烦登记一下免费停车",
    "VIN: {vin}",
    "家属开的车是{plate}，红色的",
])
# ---- devices
fam("device", 36, [
    "起搏器序列号：{dev}",
    "胰岛素泵 SN {dev}",
    "人工耳蜗序列号{dev}，过安检要出示吗",
    "助听器编号{dev}坏了，能在这里修吗",
    "手机IMEI {imei}，在病房丢的",
    "远程监护设备MAC地址{dev}",
    "动态血糖仪传感器编号{dev}",
    "ICD植入卡上写的编号是{dev}",
    "IMEI: {imei}",
    "请登记一下孩子的输液泵编号 {dev}",
    "起搏器程控记录：设备{dev}，{lab}",
])
# ---- other numbers
fam("other_visa", 14, [
    "{visa}，{my}到期",
    "我的{visa}，可以延长吗？",
    "医疗签证（{visa}）已经办好了",
])
fam("other_travel", 14, [
    "机票号{ticket}",
    "订座记录PNR {pnr}，航班到北京",
    "电子客票号：{ticket}",
    "booking ref {pnr}",
])
fam("other_misc", 22, [
    "案号{court}",
    "工号{empno}的护士态度特别好",
    "学号{stuno}，想请假回国治疗",
    "药寄出了，顺丰单号{track}",
    "快递单号 {track}，是病理切片",
    "预约号：{appt}",
    "居留许可{permit}",
    "邀请函编号{invite}",
    "发票号码{invoice}",
    "捐赠收据编号{receipt}",
    "理赔号{claim}，请问进度？",
    "预约号{appt}，{tod}到",
    "工作许可证号{permit}",
])


# ==== clean but tricky
fam("clean_dose", 46, [
    "{dose}，{dur}后减量。",
    "医嘱：{dose}；{dose}。",
    "改用{dose}后，{lab}。",
    "出院带药：{dose}，另加{herb}。",
    "诱导期给予{dose}，维持期{dose}。",
    "目前{dose}，已经{dur}没有复发。",
    "请问{dose}可以和{herb}一起吃吗？",
], clean=True)
fam("clean_lab", 50, [
    "复查{lab}，{lab}，较前明显好转。",
    "入院时{lab}、{lab}。",
    "[化验单] {lab}; {lab}; {lab}",
    "出院前{lab}，{big}。",
    "我妈今天{lab}，正常吗？",
    "{dur}，{lab}，医生说可以减药了。",
    "最新结果：{lab}（参考值见{ver}）",
], clean=True)
fam("clean_registry", 46, [
    "该研究已在注册平台登记（{trial}）。",
    "诊断编码：{reg}",
    "基因检测结果：{reg}",
    "她参加了一项国际多中心临床试验，注册号{trial}。",
    "病理及基因报告提示{reg}，适合靶向治疗。",
    "出院诊断{reg}，{dis}",
    "参考文献：{reg}，{ver}",
], clean=True)
fam("clean_monthyear", 48, [
    "{my}，她第一次来到北京。",
    "{my}至今，已随访{dur}。",
    "{my}｜确诊{dis}",
    "我们打算{my}再来复查。",
    "从{my}到{my}，她一共住院四次。",
    "{my}做的手术，恢复得不错",
    "孩子{yob}，{my}开始出现症状。",
    "{my}起改为{dose}。",
], clean=True)
fam("clean_alias", 52, [
    "{alias}，{agey}，因{dis}入院。",
    "{alias}的家属表示理解并签字。",
    "为保护隐私，文中患者均为化名，如{alias}。",
    "{alias}说：“来北京是我做过最对的决定。”",
    "同病房的{alias}也来自{place}。",
    "图为{alias}在{room}接受治疗（已获授权）。",
    "{alias}和{alias}是在病友群里认识的。",
    "{alias}（{country}）：术后{dur}恢复良好",
], clean=True, hard=True)
fam("clean_age", 48, [
    "患者{agey}，既往体健。",
    "{agey}的老人也能做这个手术吗？",
    "我妈{agey}了，腿脚不太好。",
    "上世纪九十年代，她就开始在当地医院看病。",
    "{agey}，{dis}，{dur}。",
    "这位90后妈妈在{room}里度过了孩子的周岁。",
    "外公{agey}，家里人都劝他别折腾了。",
    "年龄：{agey}　性别：女",
    "{yob}，今年{agey}",
], clean=True)
fam("clean_surname_word", 54, [
    "新生儿黄疸一般一到两周会消退吗？{snw}可以吃吗？",
    "医生说不能随便吃{snw}。",
    "出院小结里提到了{snw}和{snw}。",
    "{snw}是什么意思？翻译软件翻不出来",
    "长期用{snw}需要注意什么？",
    "我从{place}带了{snw}，可以带进病房吗？",
    "说明书里关于{snw}的部分看不懂",
    "检查单上出现了{snw}这个词，有点担心",
], clean=True, hard=True)
fam("clean_eponym", 46, [
    "{epo}患者需要长期随访。",
    "确诊{epo}后，她辞去了工作；{eposc}也不理想。",
    "本文介绍{epo}的最新治疗进展。",
    "孩子出生时{eposc}偏低，{dur}后转入儿科。",
    "{epo}和{dis}有关系吗？",
    "科普｜关于{epo}，你需要知道的五件事",
], clean=True)
fam("clean_institution", 46, [
    "她先后在{inst}和{inst}就诊。",
    "{inst}的专家也参与了远程会诊。",
    "从{inst}转来时，孩子已经昏迷{dur}。",
    "我们在{place}的{inst}做过检查，结果附后。",
    "他说北京的医生就像{inst}的一样专业。",
    "复诊地点在{inst}附近吗？",
], clean=True, hard=True)
fam("clean_place", 46, [
    "从{place}飞到北京需要将近五个小时。",
    "{place}的冬天很冷，她的关节痛得厉害。",
    "她从{place}坐了两天两夜的火车。",
    "在{place}，这种药很难买到。",
    "我们是{country}人，现在住在{place}。",
    "下个月从{place}转机到北京。",
    "{place}到{place}的航班取消了，怎么办？",
], clean=True)


fam("clean_pubnum", 42, [
    "如遇紧急情况，请立即拨打{pubnum}。",
    "在{place}，急救电话是{pubnum}吗？",
    "打{pubnum}能投诉医院吗？",
    "半夜孩子抽搐，我们先打了{pubnum}。",
    "回国后如有不适，请就近就医或拨打当地急救电话（如{pubnum}）。",
    "{pubnum}和{pubnum}有什么区别？",
    "卫生健康热线{pubnum}说让我直接联系医院",
], clean=True, hard=True)
fam("clean_price", 42, [
    "总费用约{price}，可以分期支付吗？",
    "这个药每支{price}？",
    "筹款平台上已经筹到了{price}。",
    "押金{price}，出院时多退少补。",
    "在{place}做同样的手术要{price}。",
    "检查费{price}，药费{price}",
    "报价单：住院{price}，手术{price}",
], clean=True)
fam("clean_time", 42, [
    "{tod}查房，家属请在病房等候。",
    "每天{tod}服药，不要漏服。",
    "{tod}到{tod}是探视时间。",
    "明天{tod}抽血，需要空腹。",
    "国际部的工作时间是{tod}。",
    "飞机{tod}落地，能赶上下午的门诊吗？",
], clean=True)
fam("clean_herb", 40, [
    "中药方：{herb}、{herb}、{herb}。",
    "医生开了{herb}，每日一剂，水煎服。",
    "{herb}和{dose}能一起用吗？",
    "老家的大夫让她喝{herb}泡水。",
    "方中{herb}补气，{herb}活血。",
], clean=True)
fam("clean_contact", 56, [
    "{greet}，我想咨询一下{dis}的治疗费用，{thanks}",
    "hi doctor, my mother has {dis}, how much is treatment in beijing?",
    "{greet}! Хочу узнать стоимость лечения, у мамы {dis}.",
    "请问国际部周末上班吗？？{thanks}",
    "{greet}，孩子{agey}，{dis}，能看吗",
    "我们在{place}，想来北京治疗{dis}，需要准备什么材料？",
    "can i bring my own translator? {thanks}",
    "{greet}，签证邀请函大概多久能出？",
    "请问可以用{country}的医保吗",
    "想问下复诊要不要重新挂号。。。",
    "{greet} 请问有会说俄语的医生吗",
    "Salom, onam {dis} bilan kasal, yordam bering",
    "пишу второй раз, никто не ответил(((",
], clean=True, hard=True)
fam("clean_version", 34, [
    "详见{ver}。",
    "App更新到{ver}后就无法预约了。",
    "根据{ver}，推荐剂量为{dose}。",
    "指南{ver}对{dis}的诊断标准做了修改。",
    "如{ver}所示，{lab}。",
], clean=True)
fam("clean_batch", 34, [
    "药监部门通报，某批次药品（{batch}）存在质量问题，已召回。",
    "本院使用的疫苗均为合格批次，如{batch}。",
    "请注意：{batch}的静注人免疫球蛋白已暂停使用。",
    "说明书上的{batch}和外盒不一致，正常吗？",
], clean=True, hard=True)
fam("clean_ward", 42, [
    "请到{ward}办理入院手续。",
    "{ward}就在{ward}旁边。",
    "坐{transit}到医院东门下车。",
    "她住在{ward}，靠窗的位置。",
    "出了电梯左转就是{ward}。",
    "家属请在{ward}等候。",
], clean=True)
fam("clean_relation", 40, [
    "{rel}陪我来北京，{dur}没回过家。",
    "{rel}说，这里的护士比亲人还亲。",
    "我是患者家属，{rel}{agead}，{dis}。",
    "{rel}和{rel}轮流陪护。",
    "{rel}不会说中文，只能靠翻译软件。",
], clean=True)
fam("clean_caption", 42, [
    "图为医护人员在{room}查房。",
    "alt：{country}患者与医生合影（已获授权，面部已处理）",
    "图：患儿在病房里画画",
    "多学科会诊现场，{tod}",
    "照片：{room}的窗外是北京的秋天",
    "图片来源：国际医疗部宣传科",
    "【视频】{country}病友的北京求医记",
    "alt text: nurses teaching a {country} family how to use an insulin pen",
], clean=True)
fam("clean_seo", 34, [
    "SEO：{country}{dis}患者北京求医记｜国际医疗部",
    "description: {dis}治疗经验分享，来自{place}的患者",
    "关键词：{dis}，{epo}，国际患者，北京",
    "标题：从{place}到北京，一个{dis}家庭的三年",
], clean=True)
fam("clean_timeline", 42, [
    "{my}｜首次就诊，确诊{dis}",
    "{my}–{my}：{dose}维持",
    "{my} 第二次肾穿刺",
    "{my}：回国随访，{lab}",
    "{my}　病情稳定，停用激素",
    "术后{dur}：{lab}",
], clean=True)
fam("clean_chat", 42, [
    "[语音] 3''",
    "收到👌 {thanks}",
    "我：今天{lab}",
    "[图片] 化验单",
    "好的好的，{tod}见",
    "[转发] 医生说{dur}要复查",
    "妈：吃了 我：好",
    "ок, завтра {tod}",
    "[聊天记录] 群主：明天{tod}在{ward}集合",
], clean=True)
fam("clean_word_not_name", 46, [
    "祝您一路平安！",
    "希望孩子早日康复。",
    "手术取得了圆满成功，这是一场胜利。",
    "病房朝南，整天都有阳光。",
    "大家都说北京的医生是华佗再世。",
    "真正的白衣天使，妙手回春！",
    "杏林春暖，医者仁心。",
    "金牌护工真的很专业。",
    "抢救的黄金时间只有几分钟。",
    "肾结石太大，只能做手术取石头。",
    "陈旧性心梗，需要长期服药。",
    "马上就要出院了，好开心",
    "白天还好，晚上咳得厉害。",
    "林荫道上有很多病人在散步。",
    "周末门诊人少一些吗？",
    "我们全家都盼着和平安宁的日子。",
    "祝{ward}的医生护士新年快乐、安康如意！",
    "一路向阳，向光而行。",
    "和平里那边的医院也看过。",
    "常年腰痛，毛病不少。",
    "宋体小四，病历打印出来字太小了。",
    "温度计显示三十八度五。",
    "石家庄到北京的高铁很方便。",
    "黄昏时分，她在走廊尽头看夕阳。",
    "关节红肿，一动就疼。",
    "白大褂、听诊器、病历夹，是她对医院的全部印象。",
    "孔雀石、绿松石这些东西能带进核磁室吗？",
    "多亏了高铁，否则三天都到不了。",
    "她的康复之路，就像一场马拉松。",
    "爱心接力，让生命之花再次绽放。",
    "曾经以为这辈子都离不开透析机了。",
    "万一药吃完了，可以在当地买吗？",
    "他是家里的顶梁柱，也是全家的希望。",
    "术后第一次下地，她说像是重新学走路。",
    "凡事都有第一次，第一次化疗最难熬。",
    "江湖郎中的偏方千万别信。",
    "路上堵车，可能晚到半小时。",
    "谢谢北京，谢谢中国！",
    "愿天下无病，愿人间安康。",
    "钱不是问题，只要能治好。",
    "包括华佗在内的古代名医都没见过这种病吧。",
    "这里的孩子们都很勇敢。",
    "秦皇岛疗养了一段时间。",
    "岳父母也从老家赶来了。",
    "龙年第一天，他们在病房吃上了饺子。",
    "晨光里，{room}格外安静。",
    "花生和坚果要少吃吗？",
], clean=True, hard=True)
fam("clean_yob", 40, [
    "患者{yob}，{my}发病。",
    "我{yob}，第一次出国看病。",
    "她{yob}，比我小两岁。",
    "孩子{yob}，体重偏轻。",
    "患者{yob}，还适合做移植吗？",
], clean=True, hard=True)
fam("clean_bignum", 42, [
    "{big}，{big}。",
    "手术记录：{big}，{lab}",
    "{big}，术后恢复顺利。",
    "我们从{place}开车过来，路过{big}的山口。",
    "放疗计划：{big}",
], clean=True, hard=True)


# ---- several identifiers in one sentence (harder)
fam("multi_form", 60, [
    "住院号{mrn}，医保卡{hplan}，请帮忙结算",
    "退款账户{acct}，发票号{invoice}",
    "保单号{hplan}，理赔号{claim}，收款账户{acct}",
    "IMEI {imei}，手机号{phonecn}，丢在{room}了",
    "{date}夜里胰岛素泵{dev}一直报警",
    "监护设备{dev}的数据从IP {ip}上传",
    "救护车{plate}于{date}{tod}送达",
    "病案号{mrn}　身份证{rid}　电话{phonecn}",
    "полис {hplan}, тел. {phone}",
    "邮箱{email}，微信{wxid}，电话{phone}，都可以",
    "护照{passport}，签证{visa}，邀请函{invite}",
    "车牌{plate}，入场时间{date} {tod}，住院号{mrn}",
    "документ {natidl}; адрес {addrf}",
    "起搏器{dev}，植入日期{date}",
    "医保{hplan}，就诊卡{mrn}",
    "助听器{dev}寄修，快递单号{track}",
    "请退到{acct}，户主身份证{rid}",
    "geo {geo} / ip {ip}",
], hard=True)
fam("multi_name", 14, [
    "姓名：{fn}；护照：{passport}；住院号：{mrn}",
    "患者{hn}，身份证{rid}，医保卡号{hplan}",
    "{tr}，{age90}，起搏器序列号{dev}",
    "陪同{hn}，车牌{plate}，电话{phonecn}",
    "收款人{hn}，卡号{acct}",
], hard=True)


# === FAMILIES END ===


# ---------------------------------------------------------------- build
def fill(t):
    kinds = set()

    def rep(m):
        k, fn = SLOTS[m.group(1)]
        kinds.update(k)
        return fn()
    return SLOT_RE.sub(rep, t), kinds


def build():
    seen, rows, short = set(), [], []
    for cat, n, temps, is_clean, hard in FAMILIES:
        got = tries = 0
        while got < n and tries < n * 80:
            tries += 1
            sent, kinds = fill(pick(temps))
            assert "\t" not in sent and "\n" not in sent, sent
            assert is_clean == (not kinds), (cat, sent)
            if sent in seen:
                continue
            seen.add(sent)
            rows.append((cat, ",".join(k for k in KINDS if k in kinds) or "-", sent, hard))
            got += 1
        if got < n:
            short.append((cat, got, n))
    R.shuffle(rows)
    return rows, short


def main():
    rows, short = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "deid_generated_zh_heldout18.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, sent, _ in rows:
            f.write(f"{cat}\t{kinds}\t{sent}\n")
    counts = {k: 0 for k in KINDS}
    n_clean = n_hard = 0
    for _, kinds, _, hard in rows:
        n_hard += hard
        if kinds == "-":
            n_clean += 1
            continue
        for k in kinds.split(","):
            counts[k] += 1
    for k in KINDS:
        print(f"{k:24s}{counts[k]:5d}" + ("   < 50!" if counts[k] < 50 else ""))
    print(f"{'clean':24s}{n_clean:5d}")
    print(f"{'with identifier':24s}{len(rows) - n_clean:5d}")
    print(f"{'harder':24s}{n_hard:5d}")
    print(f"{'total':24s}{len(rows):5d}")
    for s in short:
        print("SHORT", s)


if __name__ == "__main__":
    main()
