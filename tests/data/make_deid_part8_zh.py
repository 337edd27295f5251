"""Make part 8 of the held-out de-identification corpus (Simplified Chinese).

Running ``python tests/data/make_deid_part8_zh.py`` (from the repository root or
from anywhere else) writes ``deid_generated_zh_heldout8.tsv`` beside this file.
The output is the same on every run: all choices come from one fixed
``random.Random`` seed and only the standard library is used.

Every row is one sentence of the kind that editors, translators, patients and
clinicians write around a patient case story in Simplified Chinese: story
paragraphs, patients' messages, quotes, photo captions, timeline entries,
intake notes.  Each row says which identifying kinds a careful reader would
find in it (``-`` when there are none), so the corpus can measure both what the
de-identification scanner finds and what it wrongly flags.

This part was written from ordinary knowledge of how such texts read, without
reading the scanner, its tests or the earlier parts of the corpus, so that its
figures are an honest held-out measure.  About one sentence in five is in a
harder but still realistic form: identifiers in unusual places or notations,
full-width digits, Chinese numerals, names that are also common words, names in
lower case or capitals, and mixed scripts.

Columns: ``category``, ``expected_kinds`` (comma-separated), ``sentence``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEED = 88_2718
OUT = Path(__file__).resolve().parent / "deid_generated_zh_heldout8.tsv"

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------------------
# Notation helpers
# ---------------------------------------------------------------------------

FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FW[" "] = "\u3000"


def fullwidth(s: str) -> str:
    return "".join(FW.get(ch, ch) if ch != " " else " " for ch in s)


CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))
CN_DIGIT_PHONE = dict(zip("0123456789", "零幺二三四五六七八九"))


def cn_digits(s: str, phone: bool = False) -> str:
    table = CN_DIGIT_PHONE if phone else CN_DIGIT
    return "".join(table.get(ch, ch) for ch in s)


def cn_number(n: int) -> str:
    """1..129 in Chinese numerals (enough for days, months and ages)."""
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
    if rest < 20:
        return "一百一十" + (units[rest % 10] if rest % 10 else "")
    return "一百" + cn_number(rest)


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n: int) -> str:
    return str(R.randint(1, 9)) + digits(n - 1)


def letters(n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------

SUR = list(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SUR_RARE = list("仉禚亓逄笪訾昝佘靳栾隗闵蒯郗雒璩濮冼晏阚宓")
SUR_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "澹台", "呼延", "端木", "南宫", "夏侯", "司徒", "宇文", "长孙"]
GIVEN2 = [
    "秀英", "桂英", "秀兰", "建华", "志强", "晓燕", "海燕", "子涵", "梓萱", "浩然", "一诺", "欣怡", "宇轩", "雨桐", "思远",
    "俊熙", "若曦", "嘉怡", "文博", "玉兰", "春梅", "建国", "国强", "丽娟", "淑珍", "红霞", "卫东", "小红", "晓峰", "明轩",
    "诗涵", "梦瑶", "佳琪", "振华", "德明", "美玲", "金凤", "翠花", "永福", "立新", "雅婷", "晨曦", "思彤", "沐阳", "家豪",
]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏斌莉萍颖琳婷浩宁璐蕾")
# names that are also ordinary words
WORDLIKE = ["高峰", "黎明", "白雪", "方圆", "石磊", "常青", "向阳", "江河", "文静", "林海", "夏天", "万里", "安康", "金山",
            "高洁", "齐心", "程序", "尚书", "田园", "马力", "钟声", "叶青", "秦岭", "任意", "向前", "冯春", "甘甜", "平安"]
# given names that are ordinary words (used alone, with context)
WORD_GIVEN = ["平安", "快乐", "红梅", "春雨", "海洋", "晓雪", "向东", "国庆", "建军", "胜利", "和平", "秋月"]

TRANSLIT = [
    ("努尔兰", "叶尔兰"), ("阿依古丽", "吐尔逊"), ("古丽娜尔", "阿布都热合曼"), ("阿斯卡尔", "别克"), ("艾格里姆", "努尔兰诺娃"),
    ("达娜", "赛特卡莉"), ("伊万", "彼得罗夫"), ("娜塔莉亚", "斯米尔诺娃"), ("安娜", "伊万诺娃"), ("鲁斯塔姆", "卡里莫夫"),
    ("迪尔诺扎", "尤苏波娃"), ("艾哈迈德", "哈桑"), ("法蒂玛", "扎赫拉"), ("奥列格", "索科洛夫"), ("叶尔江", "托列根"),
    ("普里娅", "夏尔马"), ("拉杰什", "库马尔"), ("奇南杜", "奥卡福"), ("阿马杜", "迪亚洛"), ("玛丽亚", "冈萨雷斯"),
    ("卡洛斯", "门多萨"), ("汉斯", "穆勒"), ("索菲", "马丁"), ("巴特尔", "额尔敦"), ("阿米娜", "优素福"), ("别克扎特", "沙尔普"),
    ("谢尔盖", "库兹涅佐夫"), ("叶卡捷琳娜", "沃尔科娃"), ("乌兰", "其其格"), ("萨比娜", "拉希莫娃"),
]
ASIAN_CJK = ["金敏俊", "朴智妍", "李秀贤", "崔允珠", "田中美咲", "佐藤健太", "山本遥", "铃木一郎", "阮氏兰", "陈文雄", "黎氏秋", "范明俊"]
LATIN = [
    "Aigerim Nurlanovna", "Nurlan Seitkali", "Dmitry Volkov", "Rustam Karimov", "Dilnoza Yusupova", "Ahmed Al-Sayed",
    "Kim Min-jun", "Park Ji-yeon", "Tanaka Misaki", "Nguyen Thi Lan", "Priya Sharma", "Chinedu Okafor", "Maria Gonzalez",
    "Olga Smirnova", "Yerlan Tulegenov", "Saule Abenova", "Bakhyt Zhumabayev", "Amina Yusuf", "Lucas Oliveira",
    "Fatima Zahra Benali", "Otabek Rakhimov", "Svetlana Kuznetsova", "Tran Van Hung", "Arjun Mehta", "Kwame Mensah",
]
PINYIN_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Guo", "Lin", "Ouyang", "Shangguan"]
PINYIN_GIVEN = ["Wei", "Xiaohong", "Jianguo", "Mingyuan", "Yating", "Haoran", "Lina", "Zihan", "Dongmei", "Jun", "Xiuying", "Lei", "Yuxuan"]


def cn_given() -> str:
    return pick(GIVEN2) if R.random() < 0.65 else pick(GIVEN1)


def cn_full() -> str:
    r = R.random()
    if r < 0.72:
        return pick(SUR) + cn_given()
    if r < 0.86:
        return pick(SUR_COMPOUND) + cn_given()
    return pick(SUR_RARE) + cn_given()


def translit() -> str:
    a, b = pick(TRANSLIT)
    sep = pick(["·", "·", "·", "•", "・", "", "."])
    return a + sep + b if R.random() < 0.8 else a


def pinyin() -> str:
    s, g = pick(PINYIN_SUR), pick(PINYIN_GIVEN)
    style = R.random()
    if style < 0.35:
        return f"{s} {g}"
    if style < 0.55:
        return f"{s.upper()} {g}"
    if style < 0.7:
        return f"{s.lower()} {g.lower()}"
    if style < 0.85:
        return f"{s.upper()} {g.upper()}"
    return f"{g} {s}"


def latin() -> str:
    n = pick(LATIN)
    r = R.random()
    if r < 0.15:
        return n.upper()
    if r < 0.25:
        return n.lower()
    return n


def any_name():
    r = R.random()
    if r < 0.5:
        return "cn_full", cn_full()
    if r < 0.6:
        return "wordlike", pick(WORDLIKE)
    if r < 0.72:
        return "translit", translit()
    if r < 0.78:
        return "east_asian", pick(ASIAN_CJK)
    if r < 0.9:
        return "latin", latin()
    return "pinyin", pinyin()


def nick() -> str:
    r = R.random()
    if r < 0.3:
        return "阿" + pick(GIVEN1 + list("珍梅花英兰福贵"))
    if r < 0.55:
        return "小" + pick(GIVEN1 + list("宝雨鱼胖"))
    if r < 0.75:
        return "老" + pick(SUR)
    if r < 0.88:
        g = pick(GIVEN1)
        return g + g
    return pick(["大刘", "二丫", "胖墩", "豆豆", "乐乐", "朵朵", "糖糖"])


# ---------------------------------------------------------------------------
# Identifier value generators: each returns (form label, text)
# ---------------------------------------------------------------------------

def rand_date():
    y = R.randint(2014, 2024)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def v_date():
    y, m, d = rand_date()
    forms = [
        ("cn", f"{y}年{m}月{d}日"),
        ("cn", f"{y}年{m}月{d}号"),
        ("cn_noyear", f"{m}月{d}日"),
        ("iso", f"{y}-{m:02d}-{d:02d}"),
        ("slash", f"{y}/{m}/{d}"),
        ("dot", f"{y}.{m:02d}.{d:02d}"),
        ("compact", f"{y}{m:02d}{d:02d}"),
        ("dmy", f"{d:02d}/{m:02d}/{y}"),
        ("cn_numeral", f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日"),
        ("fullwidth", fullwidth(f"{y}年{m}月{d}日")),
        ("en", f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {d}, {y}"),
        ("lunar", f"{y}年农历{['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'][m - 1]}月{['初一', '初五', '初八', '十五', '十八', '廿三', '廿六', '三十'][R.randint(0, 7)]}"),
        ("holiday", f"{y}年{pick(['除夕', '大年初一', '元宵节', '端午节', '中秋节', '国庆节当天', '元旦', '七夕'])}"),
        ("relative", f"去年{m}月{d}号"),
    ]
    return pick(forms)


def v_dob():
    y = R.randint(1940, 2012)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    forms = [
        ("cn", f"{y}年{m}月{d}日"),
        ("iso", f"{y}-{m:02d}-{d:02d}"),
        ("slash", f"{y}/{m:02d}/{d:02d}"),
        ("dot", f"{y}.{m}.{d}"),
        ("compact", f"{y}{m:02d}{d:02d}"),
        ("dmy", f"{d:02d}.{m:02d}.{y}"),
        ("cn_numeral", f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日"),
        ("fullwidth", fullwidth(f"{y}-{m:02d}-{d:02d}")),
        ("lunar", f"{y}年农历{cn_number(m) if m < 11 else ['冬', '腊'][m - 11]}月{['初二', '初九', '十六', '廿一', '廿八'][R.randint(0, 4)]}"),
    ]
    return pick(forms)


def v_age():
    a = R.randint(90, 106)
    forms = [
        ("digits", f"{a}岁"),
        ("zhousui", f"{a}周岁"),
        ("cn", f"{cn_number(a)}岁"),
        ("fullwidth", fullwidth(str(a)) + "岁"),
        ("gaoling", f"{a}岁高龄"),
        ("jiuxun", pick(["九旬", "年过九旬", "年近百岁", "九十多岁", "百岁"])),
    ]
    return pick(forms)


def _mobile():
    return "1" + pick(["38", "39", "50", "58", "59", "86", "87", "88", "35", "36", "33", "77", "80", "89", "99", "91"]) + digits(8)


def v_phone():
    m = _mobile()
    area = pick(["010", "021", "020", "0755", "028", "0571", "0991", "0371", "0531", "023"])
    local = nz_digits(8 if len(area) == 3 else 7 + R.randint(0, 1))
    forms = [
        ("cn_mobile", m),
        ("cn_mobile_spaced", f"{m[:3]} {m[3:7]} {m[7:]}"),
        ("cn_mobile_dash", f"{m[:3]}-{m[3:7]}-{m[7:]}"),
        ("cn_mobile_intl", f"+86 {m}"),
        ("cn_mobile_0086", f"0086-{m}"),
        ("cn_landline", f"{area}-{local}"),
        ("cn_landline_paren", f"({area}){local}"),
        ("cn_landline_ext", f"{area}-{local}转{R.randint(100, 899)}"),
        ("fullwidth", fullwidth(m)),
        ("cn_numeral", cn_digits(m, phone=True)),
        ("kz", f"+7 {pick(['701', '702', '705', '707', '747', '777'])} {digits(3)} {digits(2)} {digits(2)}"),
        ("ru", f"+7 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}"),
        ("uz", f"+998 {pick(['90', '91', '93', '94', '97'])} {digits(3)} {digits(2)} {digits(2)}"),
        ("us", f"+1 ({nz_digits(3)}) {nz_digits(3)}-{digits(4)}"),
        ("kr", f"010-{digits(4)}-{digits(4)}"),
        ("vn", f"+84 9{digits(1)} {digits(3)} {digits(4)}"),
        ("hk", f"+852 {pick('5689')}{digits(3)} {digits(4)}"),
        ("masked_partial", f"{m[:3]}****{m[7:]}，完整号码{m}"),
    ]
    return pick(forms)


EMAIL_USERS = ["zhangwei1987", "li.xiaohong", "wangfang_sh", "chenmama2016", "aigerim.n", "dimavolkov", "rustam.k",
               "liu_jg", "xiaoyu0420", "sunny.huang", "kmj9012", "priya.s", "okafor.c", "huhu_zhao", "ouyang.lan",
               "nurlan.s", "m.gonzalez", "dilnoza92", "hanmeimei", "gaofeng_bj"]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "mail.ru",
                 "yandex.kz", "hotmail.com", "yahoo.co.jp", "naver.com", "139.com", "aliyun.com"]


def v_email():
    u = pick(EMAIL_USERS) + (str(R.randint(1, 99)) if R.random() < 0.4 else "")
    dom = pick(EMAIL_DOMAINS)
    qq = nz_digits(R.randint(8, 10))
    forms = [
        ("plain", f"{u}@{dom}"),
        ("plain", f"{u}@{dom}"),
        ("qq_numeric", f"{qq}@qq.com"),
        ("at_word", f"{u}(at){dom}"),
        ("at_cn", f"{u} 艾特 {dom}"),
        ("hash", f"{u}#{dom}（#换成@）"),
        ("spaced", f"{u} @ {dom.replace('.', ' . ')}"),
        ("fullwidth_at", f"{u}＠{dom}"),
        ("caps", f"{u.upper()}@{dom.upper()}"),
        ("dot_word", f"{u} at {dom.replace('.', ' dot ')}"),
    ]
    return pick(forms)


def v_url():
    slug = pick(["zhangfamily", "lihua-kangai", "aigerim-story", "xiaoyu0420", "wangjianguo", "ruslan-diary", "gaofengblog", "mama-lupus"])
    forms = [
        ("https", f"https://{slug}.github.io"),
        ("http_blog", f"http://blog.sina.com.cn/{slug}"),
        ("short", f"t.cn/{letters(7, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"),
        ("www", f"www.{slug}.cn"),
        ("fundraise", f"https://www.qschou.com/project/{digits(8)}"),
        ("shuidi", f"https://m.shuidichou.com/raise/{letters(10, 'abcdef0123456789')}"),
        ("pan", f"pan.baidu.com/s/1{letters(12, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN0123456789')}"),
        ("jianshu", f"https://www.jianshu.com/u/{letters(12, 'abcdef0123456789')}"),
        ("nohttp_path", f"{slug}.wordpress.com/2021/about"),
        ("dwz", f"https://dwz.cn/{letters(8, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN23456789')}"),
        ("gofundme", f"gofundme.com/f/help-{slug}"),
        ("fullwidth_dot", f"www。{slug}。com"),
    ]
    return pick(forms)


def v_ip():
    a = pick([36, 39, 58, 101, 112, 116, 120, 175, 183, 202, 211, 222, 223])
    v4 = f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    v6 = f"240{pick('89e')}:{letters(4, '0123456789abcdef')}:{letters(3, '0123456789abcdef')}:{letters(4, '0123456789abcdef')}::{letters(2, '0123456789abcdef')}"
    forms = [
        ("v4", v4),
        ("v4", v4),
        ("v4_port", f"{v4}:{R.randint(1024, 65000)}"),
        ("v6", v6),
        ("v6_full", ":".join(letters(4, "0123456789abcdef") for _ in range(8))),
        ("fullwidth", fullwidth(v4)),
        ("cidr", f"{v4}/32"),
        ("lan", f"192.168.{R.randint(0, 9)}.{R.randint(2, 254)}"),
    ]
    return pick(forms)


def v_social():
    handle = pick(["lihua_1988", "xiaoyu0420", "wjg_kangfu", "aigerim.nur", "dima_volkov", "rustam_uz", "huahua_mama",
                   "chen7788", "sunnyday_lupus", "okafor_chi", "gaofeng2020", "ouyang_l"])
    forms = [
        ("wechat", f"微信号：{handle}"),
        ("wechat_bare", f"微信 {handle}"),
        ("vx", f"vx：{handle}"),
        ("qq", f"QQ {nz_digits(R.randint(8, 10))}"),
        ("qq_cn", f"扣扣{nz_digits(9)}"),
        ("weibo", f"微博@{pick(['小鱼儿的抗癌日记', '狼疮妈妈阿花', '努力活着的老周', '向阳而生2020'])}"),
        ("douyin", f"抖音号 {handle}{R.randint(1, 99)}"),
        ("xhs", f"小红书号{nz_digits(9)}"),
        ("instagram", f"Instagram @{handle}"),
        ("telegram", f"Telegram: @{handle}"),
        ("whatsapp_handle", f"WhatsApp 用户名 {handle}"),
        ("line", f"LINE ID：{handle}"),
        ("x", f"推特 @{handle}"),
        ("kuaishou", f"快手号{handle}"),
        ("bilibili", f"B站UID {nz_digits(9)}"),
        ("facebook", f"facebook.com/{handle}"),
    ]
    return pick(forms)


AREA_CODES = ["110105", "310104", "440305", "510107", "330106", "650102", "410102", "370102", "500103", "420106",
              "230102", "610113", "530102", "150102", "460105", "622921", "411625", "341322"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def _rid(correct=True):
    y = R.randint(1945, 2010)
    body = f"{pick(AREA_CODES)}{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    c = CHK[sum(int(a) * b for a, b in zip(body, W)) % 11]
    if not correct:
        c = pick([x for x in "0123456789X" if x != c])
    return body + c


def v_rid():
    r = _rid(R.random() < 0.7)
    old = f"{pick(AREA_CODES)}{R.randint(40, 89)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    forms = [
        ("plain", r),
        ("plain", r),
        ("spaced", f"{r[:6]} {r[6:14]} {r[14:]}"),
        ("spaced4", " ".join(r[i:i + 4] for i in range(0, 18, 4))),
        ("lower_x", r[:17] + "x" if r.endswith("X") else r[:17] + "x"),
        ("fullwidth", fullwidth(r)),
        ("old15", old),
        ("dashed", f"{r[:6]}-{r[6:14]}-{r[14:]}"),
        ("masked_partial", f"{r[:6]}********{r[14:]}（完整：{r}）"),
    ]
    return pick(forms)


def v_nid():
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    forms = [
        ("kz_iin", f"ИИН {yy:02d}{mm:02d}{dd:02d}{pick('3456')}{digits(5)}"),
        ("kz_iin_cn", f"个人识别号{yy:02d}{mm:02d}{dd:02d}{digits(6)}"),
        ("ru_snils", f"СНИЛС {digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("ru_snils_cn", f"俄罗斯SNILS号{digits(3)}-{digits(3)}-{digits(3)}-{digits(2)}"),
        ("uz_pinfl", f"ПИНФЛ {nz_digits(14)}"),
        ("us_ssn", f"SSN {nz_digits(3)}-{digits(2)}-{digits(4)}"),
        ("kr_rrn", f"{yy:02d}{mm:02d}{dd:02d}-{pick('12')}{digits(6)}"),
        ("vn_cccd", f"CCCD {pick(['001', '079', '031'])}{digits(9)}"),
        ("in_aadhaar", f"Aadhaar {nz_digits(4)} {digits(4)} {digits(4)}"),
        ("hk_id", f"{pick('ACDEGHKMPRVYZ')}{digits(6)}({pick('0123456789A')})"),
        ("tw_id", f"{pick('ABDEFHKLMNT')}{pick('12')}{digits(8)}"),
        ("jp_mynumber", f"{nz_digits(4)} {digits(4)} {digits(4)}"),
        ("mn_reg", f"{pick('АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ')}{pick('АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЭЮЯ')}{digits(8)}"),
        ("kg_pin", f"{pick('12')}{dd:02d}{mm:02d}19{yy:02d}{digits(5)}"),
    ]
    return pick(forms)


def v_passport():
    forms = [
        ("cn_e", f"E{digits(8)}"),
        ("cn_ea", f"E{pick('ABCDEFGH')}{digits(7)}"),
        ("cn_g", f"G{digits(8)}"),
        ("kz", f"N{digits(8)}"),
        ("ru_intl", f"{nz_digits(2)} {digits(7)}"),
        ("ru_intl_no", f"{nz_digits(2)} №{digits(7)}"),
        ("uz", f"{pick(['AA', 'AB', 'FA'])}{digits(7)}"),
        ("us", nz_digits(9)),
        ("kr", f"M{digits(8)}"),
        ("in", f"{pick('JKLMNPRSTZ')}{digits(7)}"),
        ("hk_permit", f"C{digits(8)}"),
        ("fullwidth", fullwidth(f"E{digits(8)}")),
        ("lower", f"e{pick('abcdefgh')}{digits(7)}"),
    ]
    return pick(forms)


def v_mrn():
    y = R.randint(2015, 2024)
    forms = [
        ("zyh", nz_digits(R.randint(6, 8))),
        ("ba_dash", f"BA{y}-{digits(6)}"),
        ("mz", f"MZ{y}{digits(7)}"),
        ("h", f"H{digits(7)}"),
        ("id", f"{digits(10)}"),
        ("ct", f"CT{y}{digits(6)}"),
        ("dashed_year", f"{str(y)[2:]}-{digits(5)}"),
        ("fullwidth", fullwidth(nz_digits(7))),
        ("dotted", f"{nz_digits(3)}.{digits(3)}.{digits(2)}"),
        ("mrn_en", f"MRN {nz_digits(7)}"),
        ("cn_numeral", cn_digits(nz_digits(7))),
    ]
    return pick(forms)


def v_hpn():
    forms = [
        ("yibao_card", f"医保卡号{pick(['1101', '3101', '4403', '5101', '6501'])}{digits(5)}{pick('ABCDEFGH')}{digits(5)}"),
        ("sbk", f"社保卡号：{pick(['A', 'B', 'K'])}{digits(8)}"),
        ("sbk_long", f"社会保障卡 {nz_digits(4)} {digits(4)} {digits(4)} {digits(4)}"),
        ("xnh", f"新农合证号{nz_digits(16)}"),
        ("policy", f"健康险保单P{digits(4)}{R.randint(2018, 2024)}{digits(6)}"),
        ("policy_cn", f"保单号{nz_digits(4)}-{digits(6)}-{digits(5)}"),
        ("member", f"Member ID {letters(3)}{digits(9)}"),
        ("kz_osms", f"ОСМС {digits(12)}"),
        ("ru_oms", f"полис ОМС {digits(16)}"),
        ("label_after", f"{nz_digits(4)}{digits(10)}（医保号）"),
        ("fullwidth", "医保卡" + fullwidth(f"{nz_digits(4)}{digits(10)}")),
        ("huimin", f"惠民保参保编号HM{digits(10)}"),
        ("cn_numeral", "社保卡号" + cn_digits(f"{pick('ABK')}{digits(8)}")),
    ]
    return pick(forms)


def v_acct():
    bank_prefix = pick(["6222", "6217", "6228", "6212", "6230", "6225", "6214", "6259"])
    card = bank_prefix + digits(R.choice([12, 15]))
    forms = [
        ("card", card),
        ("card_spaced", " ".join(card[i:i + 4] for i in range(0, len(card), 4))),
        ("card_fullwidth", fullwidth(card)),
        ("alipay_uid", f"2088{digits(12)}"),
        ("iban_kz", f"KZ{digits(2)} {digits(3)}{letters(1)} {letters(3)}{digits(1)} {digits(4)} {digits(4)}"),
        ("iban_de", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"),
        ("ru_account", f"40817810{digits(12)}"),
        ("corp", f"{nz_digits(4)}{digits(4)}{digits(4)}{digits(5)}"),
        ("swift_acct", f"SWIFT BKCHCNBJ，账号{nz_digits(12)}"),
        ("card_dash", f"{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}"),
        ("us_routing", f"routing {nz_digits(9)}, account {nz_digits(10)}"),
    ]
    return pick(forms)


def v_lic():
    forms = [
        ("physician", f"医师执业证书编码{nz_digits(15)}"),
        ("physician_after", f"{nz_digits(15)}（执业证书）"),
        ("nurse", f"护士执业证书编号{R.randint(2008, 2023)}{digits(8)}"),
        ("driver_file", f"驾驶证档案编号{nz_digits(12)}"),
        ("driver_kz", f"驾照 KZ {letters(2)} {digits(6)}"),
        ("lawyer", f"律师执业证号1{digits(16)}"),
        ("teacher", f"教师资格证号{R.randint(2005, 2022)}{digits(2)}{digits(10)}"),
        ("birth_cert", f"出生医学证明编号{pick('OPQ')}{digits(9)}"),
        ("pharmacist", f"执业药师注册证 {letters(2)}{digits(10)}"),
        ("guide", f"导游证号D-{digits(4)}-{digits(6)}"),
        ("fullwidth", "执业证号" + fullwidth(nz_digits(15))),
        ("ru_dl", f"водительское удостоверение {nz_digits(2)} {digits(2)} {digits(6)}"),
        ("ru_dl_cn", f"俄罗斯驾照{nz_digits(2)}{digits(2)}{digits(6)}"),
    ]
    return pick(forms)


PROV = "京沪粤川浙新豫鲁渝鄂黑陕云蒙琼甘皖苏湘闽"


def v_vehicle():
    p = pick(PROV)
    L = pick("ABCDEFGHK")
    vin = pick(["LSV", "LFV", "LGB", "LBV", "LHG", "WVW", "JTD", "KMH"]) + letters(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + str(R.randint(0, 9)) + letters(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    forms = [
        ("cn_dot", f"{p}{L}·{letters(1)}{digits(4)}"),
        ("cn_plain", f"{p}{L}{digits(5)}"),
        ("cn_space", f"{p}{L} {letters(2)}{digits(3)}"),
        ("cn_ev", f"{p}{L}{pick('DF')}{digits(5)}"),
        ("cn_fullwidth", p + fullwidth(f"{L}{digits(5)}")),
        ("kz", f"{digits(3)} {letters(3, 'ABCDEFHKLMNOPRSTXYZ')} {pick(['01', '02', '05', '13', '17'])}"),
        ("ru", f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {pick(['77', '97', '178', '54'])}"),
        ("vin", vin),
        ("vin_label", f"VIN {vin}"),
        ("ebike", f"电动车牌{pick(['沪', '宁', '杭'])}{digits(6)}"),
        ("lower", f"{p}{L.lower()}{digits(5)}"),
    ]
    return pick(forms)


def v_device():
    mac = ":".join(letters(2, "0123456789ABCDEF") for _ in range(6))
    forms = [
        ("pacemaker_sn", f"起搏器SN：{letters(3)}{digits(6)}{pick('SHR')}"),
        ("imei", f"手机IMEI {nz_digits(15)}"),
        ("imei_cn", f"手机串号{nz_digits(15)}"),
        ("mac", f"MAC {mac}"),
        ("mac_dash", f"网关地址{mac.replace(':', '-').lower()}"),
        ("pump", f"胰岛素泵序列号{letters(2)}{digits(7)}{letters(1)}"),
        ("cgm", f"动态血糖传感器序列号{digits(1)}{letters(2)}{digits(5)}{letters(2)}"),
        ("cochlear", f"人工耳蜗S/N {digits(8)}"),
        ("udi", f"UDI (01){digits(14)}(21){letters(2)}{digits(6)}"),
        ("fullwidth", "输液泵编号" + fullwidth(f"{letters(2)}{digits(8)}")),
        ("hearing", f"助听器序列号 {digits(4)}-{letters(2)}-{digits(4)}"),
        ("label_after", f"{letters(3)}{digits(7)}（除颤器序列号）"),
        ("ecg_patch", f"心电贴#{letters(1)}{digits(9)}"),
    ]
    return pick(forms)


def v_other():
    y = R.randint(2016, 2024)
    forms = [
        ("court", f"（{y}）京0105民初{R.randint(1000, 39999)}号"),
        ("court_half", f"({y})沪01民终{R.randint(100, 9999)}号"),
        ("employee", f"工号{nz_digits(R.randint(5, 7))}"),
        ("student", f"学号{y}{digits(6)}"),
        ("claim", f"理赔案件号CLM{y}{digits(8)}"),
        ("ticket_order", f"订单号E{digits(9)}"),
        ("express", f"顺丰单号SF{digits(13)}"),
        ("registration", f"挂号流水号{y}{digits(8)}"),
        ("project", f"筹款项目编号{nz_digits(8)}"),
        ("member_card", f"会员卡号VIP{digits(8)}"),
        ("fullwidth", "报名序号" + fullwidth(f"{y}{digits(8)}")),
        ("exam", f"准考证号{digits(12)}"),
        ("complaint", f"投诉受理编号TS{y}{digits(6)}"),
        ("visa_app", f"签证申请号{letters(2)}{digits(10)}"),
    ]
    return pick(forms)


def v_address():
    forms = [
        ("cn_street", f"{pick(['朝阳区建国路', '浦东新区张杨路', '天河区中山大道西', '武侯区人民南路四段', '西湖区文三路', '金水区花园路', '沙依巴克区友好南路'])}{R.randint(1, 388)}号"),
        ("cn_compound", f"{pick(['幸福里', '阳光花园', '锦绣江南', '翠湖苑', '枫林小区', '和平新村'])}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 28)}0{R.randint(1, 4)}室"),
        ("cn_village", f"{pick(['周口市郸城县汲冢镇', '毕节市威宁县', '喀什地区疏附县', '赣州市于都县'])}{pick(['王庄村', '前进村', '塔什米里克乡', '新屋村'])}{cn_number(R.randint(1, 9))}组"),
        ("cn_lane", f"{pick(['徐汇区', '静安区', '黄浦区'])}{pick(['五原路', '永康路', '复兴中路'])}{R.randint(10, 999)}弄{R.randint(1, 40)}号{R.randint(101, 602)}"),
        ("cn_short", f"{pick(['建设路', '解放路', '新华街', '胜利路', '团结巷'])}{R.randint(1, 200)}号院"),
        ("cn_dash_flat", f"{pick(['丽都', '华府', '金地'])}{R.randint(1, 20)}-{R.randint(1, 3)}-{R.randint(101, 2404)}"),
        ("cn_fullwidth", f"{pick(['解放大道', '长江路', '北京路'])}" + fullwidth(str(R.randint(1, 999))) + "号"),
        ("cn_numeral", f"{pick(['人民路', '中山路', '和平街'])}{cn_number(R.randint(1, 99))}号"),
        ("kz", f"ул. {pick(['Абая', 'Толе би', 'Сатпаева', 'Жандосова'])}, д. {R.randint(1, 200)}, кв. {R.randint(1, 120)}"),
        ("kz_cn", f"阿拉木图{pick(['阿拜大街', '托列比街', '萨特帕耶夫街'])}{R.randint(1, 200)}号{R.randint(1, 99)}室"),
        ("uz", f"{pick(['Amir Temur', 'Navoiy', 'Mustaqillik'])} ko'chasi {R.randint(1, 120)}-uy"),
        ("ru", f"ул. {pick(['Ленина', 'Гагарина', 'Мира'])}, {R.randint(1, 90)}, кв. {R.randint(1, 300)}"),
        ("us", f"{R.randint(100, 9999)} {pick(['Oak St', 'Maple Ave', 'Mission St', 'Elm Dr'])}, Apt {R.randint(1, 40)}"),
        ("hk", f"{pick(['旺角', '观塘', '沙田'])}{pick(['弥敦道', '开源道', '大涌桥路'])}{R.randint(1, 600)}号{R.randint(2, 30)}楼{pick('ABCDEFGH')}室"),
    ]
    return pick(forms)


def v_postal():
    forms = [
        ("cn", f"{pick(['100', '200', '510', '610', '310', '830', '450', '250', '400'])}{digits(3)}"),
        ("cn_fullwidth", fullwidth(f"{pick(['100', '200', '510', '610'])}{digits(3)}")),
        ("kz", f"A{pick('0123')}{pick('0123456')}{letters(1)}{digits(1)}{letters(1)}{digits(1)}"),
        ("kz_old", f"0{pick('5')}0{digits(3)}"),
        ("ru", f"1{digits(5)}"),
        ("us", f"{nz_digits(5)}"),
        ("us_plus4", f"{nz_digits(5)}-{digits(4)}"),
        ("uk", f"{pick(['SW1A', 'EC1V', 'M13', 'B15'])} {digits(1)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
        ("jp", f"〒{digits(3)}-{digits(4)}"),
        ("ca", f"{letters(1)}{digits(1)}{letters(1)} {digits(1)}{letters(1)}{digits(1)}"),
        ("cn_numeral", cn_digits(f"{pick(['100', '830', '610'])}{digits(3)}")),
    ]
    return pick(forms)


def v_geo():
    lat = R.uniform(22, 48)
    lon = R.uniform(76, 125)
    forms = [
        ("decimal", f"{lat:.5f}, {lon:.5f}"),
        ("decimal_ne", f"{lat:.4f}°N, {lon:.4f}°E"),
        ("cn_dms", f"北纬{int(lat)}°{R.randint(0, 59)}′{R.randint(0, 59)}″，东经{int(lon)}°{R.randint(0, 59)}′{R.randint(0, 59)}″"),
        ("latlon_label", f"lat={lat:.6f}&lng={lon:.6f}"),
        ("maps", f"geo:{lat:.5f},{lon:.5f}"),
        ("paren", f"({lat:.4f}, {lon:.4f})"),
        ("cn_decimal", f"东经{lon:.4f}、北纬{lat:.4f}"),
        ("fullwidth", fullwidth(f"{lat:.4f},{lon:.4f}")),
    ]
    return pick(forms)


# ---------------------------------------------------------------------------
# Placeholders
# ---------------------------------------------------------------------------

GEN = {
    # identifying placeholders -> (kind, generator)
    "date": ("exact_date", v_date),
    "date2": ("exact_date", v_date),
    "dob": ("date_of_birth", v_dob),
    "a90": ("age_over_89", lambda: ("digits_only", str(R.randint(90, 104)))),
    "age": ("age_over_89", v_age),
    "phone": ("phone_number", v_phone),
    "email": ("email", v_email),
    "url": ("web_address", v_url),
    "ip": ("ip_address", v_ip),
    "social": ("social_account", v_social),
    "rid": ("resident_id", v_rid),
    "nid": ("national_id", v_nid),
    "passport": ("passport_number", v_passport),
    "mrn": ("medical_record_number", v_mrn),
    "hpn": ("health_plan_number", v_hpn),
    "acct": ("account_number", v_acct),
    "lic": ("licence_number", v_lic),
    "veh": ("vehicle_identifier", v_vehicle),
    "dev": ("device_identifier", v_device),
    "other": ("other_number", v_other),
    "addr": ("street_address", v_address),
    "zip": ("postal_code", v_postal),
    "geo": ("geolocation", v_geo),
    "name": ("person_name", any_name),
    "name2": ("person_name", any_name),
    "name3": ("person_name", any_name),
    "cn": ("person_name", lambda: ("cn_full", cn_full())),
    "cn2": ("person_name", lambda: ("cn_full", cn_full())),
    "sur": ("person_name", lambda: ("surname_title", pick(SUR + SUR_COMPOUND[:4]))),
    "sur2": ("person_name", lambda: ("surname_title", pick(SUR))),
    "given": ("person_name", lambda: ("given_only", pick(GIVEN2 + WORD_GIVEN))),
    "nick": ("person_name", lambda: ("nickname", nick())),
    "fname": ("person_name", lambda: ("translit", translit())),
    "latin": ("person_name", lambda: ("latin", latin())),
    "pinyin": ("person_name", lambda: ("pinyin", pinyin())),
    "cjk": ("person_name", lambda: ("east_asian", pick(ASIAN_CJK))),
    "word": ("person_name", lambda: ("wordlike", pick(WORDLIKE))),
}

CITIES = ["乌鲁木齐", "石家庄", "张家口", "周口", "马鞍山", "黄山", "金华", "安康", "常州", "林芝", "白城", "成都", "昆明",
          "哈尔滨", "西宁", "阿拉木图", "塔什干", "比什凯克", "乌兰巴托", "新西伯利亚", "阿斯塔纳", "杜尚别", "河内", "首尔",
          "喀什", "伊犁", "包头", "贵阳", "三亚", "温州", "洛阳", "延吉", "高雄", "中山"]
PROVINCES = ["河南", "四川", "新疆", "云南", "黑龙江", "甘肃", "内蒙古", "广西", "湖南", "山东", "海南", "吉林", "江西", "贵州"]
COUNTRIES = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "俄罗斯", "蒙古国", "越南", "塔吉克斯坦", "巴基斯坦", "尼日利亚", "印度尼西亚", "阿塞拜疆"]
HOSPITALS = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学附属第一医院", "新疆医科大学第一附属医院",
             "上海交通大学医学院附属瑞金医院", "华中科技大学同济医学院附属同济医院", "郑州大学第一附属医院", "浙江大学医学院附属第一医院",
             "中国医学科学院血液病医院", "北京大学人民医院", "省人民医院", "市中心医院", "县医院", "当地卫生院"]
DEPTS = ["血液科", "风湿免疫科", "肾内科", "神经内科", "心内科", "儿科", "国际医疗部", "细胞治疗中心", "骨髓移植病房", "ICU",
         "检验科", "影像科", "病理科", "药剂科", "营养科", "康复科", "急诊科", "日间病房"]
DRUGS = [("泼尼松", "mg", [5, 10, 15, 20, 30, 40, 60]), ("甲泼尼龙", "mg", [4, 8, 16, 40, 80, 500]),
         ("吗替麦考酚酯", "g", [0.5, 0.75, 1, 1.5]), ("羟氯喹", "mg", [100, 200, 400]), ("环磷酰胺", "g", [0.4, 0.5, 0.8, 1]),
         ("他克莫司", "mg", [0.5, 1, 2, 3]), ("利妥昔单抗", "mg", [100, 375, 500, 600]), ("贝利尤单抗", "mg", [200, 400, 480, 600]),
         ("托珠单抗", "mg", [160, 400, 480, 560]), ("氟达拉滨", "mg/m²", [25, 30]), ("华法林", "mg", [1.5, 2.5, 3, 5]),
         ("万古霉素", "g", [0.5, 1, 1.5]), ("叶酸", "mg", [0.4, 5, 10]), ("甲氨蝶呤", "mg", [7.5, 10, 15, 20]),
         ("阿司匹林", "mg", [75, 100]), ("二甲双胍", "g", [0.5, 0.85, 1]), ("胰岛素", "U", [4, 6, 8, 12, 20]), ("呋塞米", "mg", [20, 40])]
BRANDS = ["美罗华", "赫赛汀", "格列卫", "可瑞达", "泰瑞沙", "倍力腾", "雅美罗", "修美乐", "恩利", "来得时", "诺和锐", "拜阿司匹灵"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "JAK2 V617F", "BCR-ABL1", "FLT3-ITD", "NPM1", "EGFR 19外显子缺失", "KRAS G12C",
         "HLA-B*58:01", "HLA-A*02:01", "CD19", "BCMA", "IL-6", "ANA", "抗dsDNA", "抗Sm抗体", "C3", "C4", "MYD88 L265P", "IDH1 R132H"]
EPONYMS = ["霍奇金淋巴瘤", "干燥综合征", "雷诺现象", "帕金森病", "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "川崎病",
           "格林-巴利综合征", "唐氏综合征", "库欣综合征", "马凡综合征", "威尔逊病", "白塞病", "斯蒂尔病", "伯基特淋巴瘤", "Sjögren综合征", "Raynaud现象"]
TRIALS = ["NCT0{}".format, "ChiCTR2{}".format, "CTR2023{}".format]
GUIDES = ["《2023年EULAR系统性红斑狼疮管理建议》", "《中国系统性红斑狼疮诊疗指南（2020）》", "2019年EULAR/ACR分类标准",
          "《NCCN指南（2024.V1）》", "KDIGO 2021指南", "《CAR-T细胞治疗相关不良反应管理专家共识》", "《本草纲目》", "《黄帝内经》"]


def clean_fill(key: str) -> str:
    if key == "city":
        return pick(CITIES)
    if key == "prov":
        return pick(PROVINCES)
    if key == "country":
        return pick(COUNTRIES)
    if key == "hosp":
        return pick(HOSPITALS)
    if key == "dept":
        return pick(DEPTS)
    if key == "drug":
        d, u, amounts = pick(DRUGS)
        amt = pick(amounts)
        return f"{d}{amt:g}{u}" if R.random() < 0.5 else f"{d} {amt:g} {u}"
    if key == "drugname":
        return pick(DRUGS)[0]
    if key == "brand":
        return pick(BRANDS)
    if key == "marker":
        return pick(["CD19", "CD20", "CD22", "BCMA", "CD38", "CD138", "CD7", "CD34", "CD19、CD20"])
    if key == "mut":
        return pick(["TP53", "JAK2 V617F", "KRAS G12C", "FLT3-ITD", "NPM1", "MYD88 L265P", "IDH1 R132H", "BRCA1", "BRCA2", "EGFR L858R"])
    if key == "gene":
        return pick(GENES)
    if key == "epo":
        return pick(EPONYMS)
    if key == "trial":
        r = R.random()
        if r < 0.4:
            return f"NCT0{nz_digits(7)}"
        if r < 0.7:
            return f"ChiCTR2{R.randint(0, 4)}000{digits(5)}"
        if r < 0.85:
            return f"EudraCT {R.randint(2015, 2023)}-00{digits(4)}-{digits(2)}"
        return f"CTR2023{digits(4)}"
    if key == "guide":
        return pick(GUIDES)
    if key == "ym":
        y, m = R.randint(2008, 2024), R.randint(1, 12)
        return pick([f"{y}年{m}月", f"{y}年{cn_number(m)}月", f"{y}.{m:02d}", f"{y}年{m}月份", f"{y}年{m}月初", f"{y}年{m}月下旬", f"{y}年{m}月中旬"])
    if key == "year":
        return pick([f"{R.randint(1995, 2024)}年", f"{R.randint(2000, 2024)}年底", f"{R.randint(2000, 2024)}年春天", f"{R.randint(2000, 2024)}年夏天"])
    if key == "decade":
        return pick(["上世纪80年代", "90年代", "70后", "80后", "90后", "00后", "二十世纪六十年代"])
    if key == "kid":
        a = R.randint(17, 22)
        return pick([f"{a}岁", f"{cn_number(a)}岁"])
    if key == "old":
        a = R.randint(52, 89)
        return pick([f"{a}岁", f"{cn_number(a)}岁", f"{a}周岁"])
    if key == "yrs":
        a = R.randint(24, 89)
        return pick([f"{a}岁", f"{cn_number(a)}岁", f"{a}周岁"]) if R.random() < 0.9 else pick(["89岁", "八十九岁", "88岁"])
    if key == "n":
        return str(R.randint(2, 60))
    if key == "d":
        return str(R.randint(0, 9))
    if key == "hd":
        return str(R.randint(50, 85))
    if key == "cnn":
        return cn_number(R.randint(2, 30))
    if key == "time":
        h = R.randint(0, 23)
        return pick([f"{h}:{R.choice(['00', '15', '30', '45'])}", f"上午{R.randint(7, 11)}点", f"凌晨{R.randint(1, 5)}点", f"晚上{R.randint(7, 11)}点半", f"下午{R.randint(1, 6)}点"])
    if key == "dur":
        return pick([f"{R.randint(2, 72)}小时", f"{R.randint(2, 30)}天", f"{R.randint(2, 20)}周", f"{R.randint(2, 36)}个月", f"{R.randint(2, 15)}年", f"半年", f"一年多"])
    if key == "money":
        return pick([f"{R.randint(2, 60)}万元", f"¥{R.randint(1, 99)},{digits(3)}", f"{R.randint(100, 9000)}元", f"{R.randint(10, 900)}万坚戈", f"{R.randint(1, 30)}万美元", f"人民币{R.randint(3, 120)}万"])
    if key == "lab":
        return pick([
            f"血小板{R.randint(5, 400)}×10⁹/L", f"血红蛋白{R.randint(55, 160)} g/L", f"白细胞{R.uniform(0.5, 15):.1f}×10^9/L",
            f"肌酐{R.randint(40, 600)} μmol/L", f"24小时尿蛋白{R.uniform(0.1, 8):.2f} g", f"补体C3 {R.uniform(0.2, 1.6):.2f} g/L",
            f"ANA 1:{pick([80, 160, 320, 640, 1000, 3200])}", f"CRP {R.uniform(0.5, 180):.1f} mg/L", f"铁蛋白{R.randint(20, 5000)} ng/mL",
            f"HbA1c {R.uniform(5, 12):.1f}%", f"eGFR {R.randint(10, 120)} mL/min/1.73m²", f"IL-6 {R.randint(2, 3000)} pg/mL",
            f"LVEF {R.randint(25, 70)}%", f"总胆红素{R.uniform(3, 300):.1f} μmol/L", f"D-二聚体{R.uniform(0.1, 20):.2f} mg/L FEU",
            f"CD19⁺ B细胞{R.uniform(0, 20):.1f}%", f"TSH {R.uniform(0.1, 12):.2f} mIU/L", f"INR {R.uniform(0.8, 4):.1f}",
        ])
    if key == "range":
        lo = R.randint(1, 150)
        return pick([f"参考范围{lo}–{lo + R.randint(10, 300)}", f"（正常值{lo}-{lo + R.randint(5, 100)}）", f"[{lo}.0-{lo + 40}.0]", f"参考区间 3.5～5.5 mmol/L", f"正常范围0.9-1.8 g/L"])
    if key == "bp":
        return f"{R.randint(90, 200)}/{R.randint(50, 120)} mmHg"
    if key == "score":
        return pick([f"SLEDAI-2K评分{R.randint(0, 30)}分", f"ECOG {R.randint(0, 4)}分", f"NIHSS {R.randint(0, 25)}分", f"CRS {R.randint(1, 3)}级",
                     f"ICANS {R.randint(1, 3)}级", f"VAS {R.randint(0, 10)}/10", f"Karnofsky {R.randint(4, 10)}0分", f"GCS {R.randint(3, 15)}分",
                     f"Child-Pugh B{R.randint(7, 9)}", f"APACHE II {R.randint(5, 35)}分"])
    if key == "icd":
        return pick(["ICD-10 M32.1", "M32.9", "ICD-10编码C83.3", "D69.3", "ICD-11 4A40.0", "N04.9", "E11.9", "I10", "C91.0", "G35"])
    if key == "drugcode":
        return pick([f"国药准字H{R.randint(1990, 2023)}{digits(4)}", f"国药准字S{R.randint(2000, 2023)}{digits(4)}", f"ATC L04AA{R.randint(10, 40)}", f"ATC编码L01FA01", f"国药准字J{R.randint(2010, 2023)}{digits(4)}"])
    if key == "alias":
        return pick(["A女士", "B先生", "患者A", "小A", "C女士", "患者甲", "患者乙", "D先生", "E同学", "Ms. A", "Mr. B", "患儿F", "K女士", "老A"])
    if key == "rel":
        return pick(["她的母亲", "他的大儿子", "患者的丈夫", "她的女儿", "他的妻子", "患儿的父亲", "她的姐姐", "他的老伴", "她的公公", "表哥", "同事", "邻居"])
    if key == "floor":
        return pick(["住院部", "门诊楼", "东院区", "医技楼", "国际部候诊区", "采血室", "日间化疗区"])
    if key == "cycle":
        return pick(["第1疗程", "第二个周期", "第3周期", "D+14", "D+28", "第28天", "第7天", "回输后第10天", "术后第3天", "D-5"])
    if key == "job":
        return pick(["主治医师", "护士长", "副主任医师", "主任医师", "责任护士", "翻译", "社工", "营养师", "药师", "康复治疗师", "病案管理员", "科室秘书"])
    raise KeyError(key)


PH = re.compile(r"\{([a-z0-9]+)\}")


def fill(template: str):
    kinds: list[str] = []
    forms: list[str] = []

    def rep(m):
        key = m.group(1)
        if key in GEN:
            kind, fn = GEN[key]
            form, text = fn()
            if kind not in kinds:
                kinds.append(kind)
            forms.append(form)
            return text
        return clean_fill(key)

    s = PH.sub(rep, template)
    return s, kinds, forms




# ---------------------------------------------------------------------------
# Templates with identifiers, grouped by the kind they are written around
# ---------------------------------------------------------------------------

T = {}

T["name"] = [
    "{cn}今年{yrs}，{ym}第一次发现脸上起了红斑。",
    "{name}说：“现在我每天都能下楼走两圈了。”",
    "“{name}，该抽血了！”护士在门口喊了一声。",
    "陪她来就诊的是丈夫{cn}和{kid}的大女儿。",
    "{name}的CAR-T细胞在回输后第10天扩增到峰值。",
    "{cn}把药按早晚分好，整整齐齐摆在床头柜上。",
    "主治医生{sur}主任回忆，刚入院时她几乎不能平卧。",
    "图：{name}（右二）出院前与医护团队合影。",
    "病友群里，大家都叫她“{nick}”。",
    "邻居{cn}帮忙照看了两个孩子整整{dur}。",
    "{sur}护士长每天查房都会问她睡得好不好。",
    "感谢{sur}医生和{sur2}医生，感谢{dept}的每一位护士！",
    "{cn}、{cn2}和{fname}同一批入组，三个人很快成了朋友。",
    "翻译{fname}全程陪同问诊，帮忙解释每一项检查。",
    "“妈妈别怕。”{given}握着她的手说。",
    "{name}告诉我们，确诊那年她刚满二十岁。",
    "患者{cn}，女，{yrs}，因“反复发热伴皮疹3月”入院。",
    "来自{city}的{fname}在朋友推荐下来到我院。",
    "据{cn}回忆，那段时间每个月都要跑三趟医院。",
    "文／{cn}（患者家属）",
    "{name}在留言里写道：“复查结果都正常，谢谢大家！”",
    "摄影：{cn}",
    "女儿出生后，她给孩子取名“{given}”，意思是平平安安长大。",
    "我是{cn}的爸爸，想问一下孩子下次复查要不要空腹。",
    "时间线｜{name}的七年求医路",
    "哥哥{cn}与她HLA半相合，成了这次移植的供者。",
    "{nick}今天又给科室带来了自家烤的馕。",
    "老伴{given}一直守在病床边，{dur}没怎么合眼。",
    "护照上的拼音是 {pinyin}，和挂号时登记的一致。",
    "{latin} 在出院小结上签了名。",
    "{latin}说，她最想念的是{city}家里的那只猫。",
    "同病房的{cjk}教她用筷子吃饺子。",
    "{cjk}的母亲专程从{city}赶来照顾她。",
    "{word}推着轮椅，陪父亲做完了最后一次评估。",
    "{word}说他不后悔把房子卖了给妻子治病。",
    "{sur}老师的学生们凑钱给她买了一束花。",
    "我们科的{cn}大夫连夜调整了方案。",
    "她一直记着那位姓{sur}的护士，“她说话特别温柔”。",
    "{pinyin}: 感谢医院，也感谢一直陪我的朋友们。",
    "签名：{cn}　关系：女儿",
    "{cn}同志在单位体检中发现血小板偏低。",
    "小儿子{given}放弃了去外地读研的机会，留在家里照顾他。",
    "{fname}的父亲说，全家人为这次治疗准备了很久。",
    "志愿者{nick}在候诊区给孩子们讲故事。",
    "{name}接受{drugname}治疗后，蛋白尿明显下降。",
    "{cn}和{fname}在同一天回输，两人约好一起出院。",
    "“我们家{given}从小就怕打针。”她笑着说。",
    "{sur}阿姨是她们小区第一个来探望的人。",
    "致{sur}主任：您的一句“别放弃”，我们记了一辈子。",
    "{sur2}大爷，{yrs}，退休前是一名电工。",
    "病人叫{cn}，不是{cn2}，两个名字在系统里差一个字。",
    "患儿{cn}由爷爷奶奶带大，父母常年在外打工。",
    "{latin} (患者) 与 {latin} (翻译) 一起参加了随访。",
    "她的主治医生{cn}在专家会诊时提出了CAR-T方案。",
    "“{nick}，你的报告出来了！”",
    "{cjk}是这批患者里年纪最小的一位。",
    "{word}，{yrs}，{prov}人，确诊{epo}已经{dur}。",
    "{fname}在日记里写：今天终于不用再吃激素了。",
    "{name}：我想把这段经历写下来，给还在犹豫的病友看。",
    "转诊单上的联系人是{cn}（表哥）。",
    "{cn}说自己是“久病成医”，化验单上的每个指标都认得。",
    "{sur}工一早就在病房门口等检查结果。",
    "{pinyin}（音译）的家人请求不公开照片。",
]

T["date"] = [
    "{date}，她第一次在{hosp}被诊断为系统性红斑狼疮。",
    "{date}完成CAR-T细胞回输，过程顺利。",
    "时间线：{date} 入院；次日开始淋巴细胞清除化疗。",
    "她清楚地记得{date}那天，医生说她的指标全部正常了。",
    "手术定在{date}上午。",
    "{date}出院，嘱一个月后门诊复查。",
    "随访记录（{date}）：尿蛋白阴性，补体恢复正常。",
    "孩子是{date}在{city}一家医院急诊住进来的。",
    "我们是{date}到的，到现在已经住了{dur}。",
    "复查日期：{date}",
    "图片拍摄于{date}，第三次随访当天。",
    "她说：“{date}是我的第二个生日。”",
    "{date}起停用{drugname}。",
    "采血时间 {date} {time}",
    "签证办好后，{date}一家人从{city}出发。",
    "病理报告日期为{date}，提示弥漫大B细胞淋巴瘤。",
    "老人于{date}因肺部感染去世。",
    "{date}他在老家摔了一跤，之后就再没能自己走路。",
]

T["dob"] = [
    "出生日期：{dob}",
    "患者{alias}，生于{dob}，{prov}人。",
    "她出生于{dob}，是家里的老三。",
    "DOB: {dob}",
    "生日 {dob}　性别 女　民族 汉",
    "老人是{dob}出生的，属相和户口本对不上。",
    "登记表上写着“出生年月日：{dob}”。",
    "她的生日是{dob}，身份证上却登记晚了一个月。",
    "据身份证件，该患者出生日期为{dob}。",
    "{dob}出生，{yrs}确诊，病程已{dur}。",
    "问：您的出生日期？答：{dob}。",
    "出生：{dob}（{city}）",
    "他总说自己是{dob}生的，比户口本上早了一天。",
]

T["age"] = [
    "老人已经{age}了，仍坚持每天散步。",
    "{age}的{sur}奶奶是科里年纪最大的患者。",
    "患者男性，{age}，因反复胸闷入院。",
    "她的外婆已经{age}了，一直是家里的主心骨。",
    "{alias}，{age}，既往高血压病史{dur}。",
    "年龄：{age}",
    "一位{age}的老先生在女儿陪同下前来咨询。",
    "奶奶{age}，耳朵不太好，但记性特别好。",
    "考虑到患者{age}，团队最终选择了保守治疗。",
    "爷爷去年过世，享年{a90}。",
    "Age: {a90} y/o，女，{prov}人。",
    "年龄{a90}岁，独居，由侄女照顾。",
    "{age}老人成功植入心脏起搏器。",
    "“我都{age}了，还怕什么？”他笑着说。",
]

T["phone"] = [
    "联系电话：{phone}",
    "家属电话 {phone}（女儿）",
    "有任何问题请打我手机{phone}，24小时开机。",
    "我的号码是{phone}，麻烦医生方便时回个电话。",
    "{phone}是她丈夫的号码，白天可能接不到。",
    "紧急联系人：{rel}，{phone}",
    "传真：{phone}",
    "留言：孩子发烧了怎么办？回电{phone}",
    "如需预约，请拨打{phone}转国际部（患者本人提供）。",
    "她把号码{phone}写在了药盒背面。",
    "电话（{phone}）已核实，为患者本人。",
    "打{phone}找{alias}就行，我是她妹妹。",
    "WhatsApp同号：{phone}",
    "老家座机{phone}，晚上有人在。",
]

T["email"] = [
    "邮箱：{email}",
    "检查报告请发到我的邮箱{email}，谢谢！",
    "{email}是他在国外读书的儿子的邮箱。",
    "如需病历复印件，可发邮件至{email}（患者本人）。",
    "联系方式：E-mail {email}",
    "我把片子发到{email}了，麻烦医生帮忙看看。",
    "她的翻译用{email}和我们沟通了三个月。",
    "附件已发送至 {email}，请查收。",
    "Email: {email}（家属）",
    "回复邮件请抄送{email}。",
    "留言人邮箱{email}，希望尽快回复。",
]

T["url"] = [
    "她把治疗经过都写在了个人博客{url}上。",
    "筹款链接：{url}",
    "片子我传到网盘了：{url} 提取码 {n}ab",
    "完整的治疗日记见{url}",
    "家属在{url}发起了众筹，目标{money}。",
    "更多照片：{url}（患者自建页面）",
    "他的个人主页 {url} 上至今还挂着住院时的照片。",
    "留言：这是我妈妈的故事 {url}，希望能帮到别人。",
    "（来源：{url}）",
    "扫码或访问{url}为她助力。",
    "主页链接 {url} 已在转载时删除。",
]

T["ip"] = [
    "留言提交IP：{ip}",
    "该留言来自{ip}，与上一条相同。",
    "后台日志显示，登录地址为{ip}。",
    "IP {ip}（{city}）在一小时内提交了三次表单。",
    "访问记录：{time} 来自 {ip}",
    "她家里的路由器地址是{ip}，远程问诊时一直掉线。",
    "提交者IP地址：{ip}",
    "从{ip}上传的附件包含患者照片。",
    "日志：ip={ip} form=leave-message",
    "复核发现{ip}对应的是患者家属的手机。",
]

T["social"] = [
    "加我{social}，方便发检查单。",
    "她的{social}里记录了每一次化疗后的感受。",
    "有问题可以联系我：{social}",
    "{social}（患者本人，请勿公开）",
    "我们是在病友群里认识的，她的{social}。",
    "他在{social}上分享了康复后第一次跑步的视频。",
    "联系方式：{social}，备注“复查”。",
    "家属留言：想咨询的话加{social}就行。",
    "粉丝们通过{social}给她留言打气。",
    "{alias}的女儿留下了{social}。",
    "请添加翻译的{social}，她会说俄语。",
]

T["rid"] = [
    "身份证号：{rid}",
    "公民身份号码 {rid}",
    "患者身份证{rid}，与医保信息一致。",
    "住院登记时填写的证件号为{rid}。",
    "{rid}（身份证，母亲）",
    "请核对身份证号码：{rid}",
    "我的身份证是{rid}，麻烦帮忙查一下预约。",
    "证件类型：居民身份证；号码：{rid}",
    "老人的身份证还是旧的，号码{rid}。",
    "她把身份证号{rid}发在了留言里。",
    "身份证尾号不对？完整号码是{rid}。",
]

T["nid"] = [
    "{nid}（哈萨克斯坦患者）",
    "患者证件：{nid}",
    "登记信息中附有{nid}。",
    "他的{nid}已提交给保险公司。",
    "国籍：{country}；个人编号：{nid}",
    "外籍患者请填写本国身份号码，例如：{nid}",
    "翻译转述，患者的编号是{nid}。",
    "资料包里有一份复印件，号码{nid}。",
    "医保报销需要{nid}，已由家属补交。",
    "{nid}，与护照信息相符。",
]

T["passport"] = [
    "护照号：{passport}",
    "患者持护照{passport}入境。",
    "Passport No. {passport}",
    "请核对护照号码{passport}是否与签证一致。",
    "她的护照（{passport}）下个月就要到期了。",
    "来自{country}的患者，护照{passport}，国籍{country}。",
    "护照号码为{passport}的旅客已办理就医签证。",
    "邀请函上写的护照号是{passport}，少了一位。",
    "证件：护照 {passport}（{country}）",
    "家属护照号{passport}，用于陪护登记。",
    "{passport}号护照的持有人已于上周出院。",
]

T["mrn"] = [
    "住院号：{mrn}",
    "病案号{mrn}",
    "门诊号 {mrn}",
    "请调阅病历（{mrn}）中的影像资料。",
    "患者ID：{mrn}，{dept}。",
    "{alias}（住院号{mrn}）今日出院。",
    "复印病历需提供病历号：{mrn}",
    "{mrn}号病历显示，患者曾三次入住ICU。",
    "影像检查号{mrn}，胸部CT平扫。",
    "病历号是{mrn}，我是他儿子。",
    "住院号{mrn}，标本类型：外周血。",
    "MRN: {mrn}",
]

T["hpn"] = [
    "{hpn}",
    "保险信息：{hpn}",
    "她的{hpn}，已经办了异地备案。",
    "请提供医保电子凭证或卡号，我们这边登记的是{hpn}。",
    "家属留言：{hpn}，理赔需要什么材料？",
    "参保信息：{hpn}，参保地{city}。",
    "外籍患者保险（{hpn}）由保险公司直付。",
    "孩子用的是{hpn}，上次住院已经结算过。",
    "结算单上印着{hpn}。",
    "核对无误：{hpn}，姓名与证件一致。",
]

T["acct"] = [
    "爱心捐款账户：{acct}",
    "退款请打到这张卡：{acct}",
    "收款人：患者母亲，卡号{acct}。",
    "银行卡号{acct}（工商银行）",
    "众筹收款账号：{acct}",
    "他把账号{acct}发给了我们，想把剩余押金退回。",
    "收款账户：{acct}",
    "国际汇款信息：{acct}",
    "家属提供的账户：{acct}，开户行{city}分行。",
    "请核对：{acct}，户名与患者一致。",
    "我的卡号是{acct}，谢谢大家的好意。",
]

T["lic"] = [
    "证件：{lic}",
    "{lic}，请核对。",
    "签字医师的{lic}已在文末注明。",
    "她把{lic}也拍照发了过来。",
    "资料包里还有一份{lic}的复印件。",
    "补充材料：{lic}，发证机关为{prov}相关部门。",
    "证书信息（{lic}）与本人身份一致。",
    "他原来是跑长途的，{lic}，生病后就没再开过车。",
    "留言：{lic}，能不能帮忙开个证明？",
    "登记表“证书编号”一栏填的是{lic}。",
]

T["veh"] = [
    "送她来急诊的车牌号是{veh}。",
    "车牌{veh}的家属请挪车。",
    "他开着那辆{veh}跑了两千公里来求医。",
    "车辆信息：{veh}",
    "停车场登记：{veh}（患者家属）",
    "事故车辆{veh}，驾驶员即本例患者。",
    "照片里能看到车牌{veh}，发布前需打码。",
    "我们的车是{veh}，到了医院门口给您打电话。",
    "车辆识别：{veh}",
    "{veh}这辆车后来卖了，钱都用来治病。",
]

T["dev"] = [
    "设备信息：{dev}",
    "{dev}，随访时已核对。",
    "远程监护平台绑定的是{dev}。",
    "随访时读取了{dev}里的数据。",
    "出院前登记了{dev}。",
    "她发来的照片里能看清{dev}。",
    "患者自带设备：{dev}",
    "报修单：{dev}，已寄回厂家检测。",
    "家属问{dev}这台设备能不能过机场安检。",
    "{dev}报警三次，护士检查后恢复正常。",
]

T["other"] = [
    "{other}",
    "请在邮件中注明{other}。",
    "家属提供的{other}与系统记录不符。",
    "备注：{other}",
    "她在留言里附上了{other}，希望尽快处理。",
    "材料清单第三项：{other}",
    "我们的{other}，一直没有回复。",
    "麻烦帮忙查一下，{other}。",
    "{other}，请凭此查询进度。",
    "截图里露出了{other}，发布前要打码。",
]

T["addr"] = [
    "家庭住址：{addr}",
    "她住在{addr}，离医院只有两站路。",
    "现住址 {addr}",
    "快递请寄到{addr}，收件人是她丈夫。",
    "{addr}是他们在{city}租的房子。",
    "地址：{addr}（患者本人）",
    "老家在{addr}，村里人都知道她生病的事。",
    "出院后暂住{addr}，方便每周复查。",
    "来信地址为{addr}。",
    "救护车到{addr}接的人。",
    "户籍地址：{addr}",
]

T["zip"] = [
    "邮编：{zip}",
    "邮政编码{zip}",
    "{city}市，邮编{zip}",
    "请在信封上写清楚邮编{zip}。",
    "寄件地址邮编 {zip}（患者家）",
    "Postcode: {zip}",
    "她家那一片的邮编是{zip}。",
    "邮编{zip}，联系人为患者父亲。",
    "寄往{country}的资料，邮编{zip}。",
    "{zip}（邮编）",
]

T["geo"] = [
    "定位：{geo}",
    "共享位置：{geo}（患者家）",
    "救援队按坐标{geo}找到了她。",
    "照片元数据中含有拍摄坐标{geo}。",
    "他发来的位置是{geo}，在牧区深处。",
    "GPS：{geo}",
    "经纬度{geo}，距最近的卫生院四十公里。",
    "家属在地图上标注了{geo}。",
    "坐标 {geo} 附近就是她家的牧场。",
    "无人机把药送到了{geo}。",
]

T["mixed"] = [
    "{cn}，身份证号{rid}，联系电话{phone}。",
    "患者{fname}，护照{passport}，住院号{mrn}。",
    "{date}，{cn}在{city}{addr}家中突发意识障碍。",
    "联系人：{name}，电话{phone}，邮箱{email}",
    "{name}（{dob}出生）于{date}入院。",
    "收款人{cn}，卡号{acct}，开户行{city}支行。",
    "地址：{addr}，邮编{zip}，收件人{cn}。",
    "{latin}, {passport}, {phone}",
    "{sur}医生（执业证号{lic}）签发了诊断证明。",
    "{cn}老人，{age}，{hpn}。",
    "{date}，车牌{veh}的车把{cn}送到了急诊。",
    "{cn}的起搏器{dev}在{date}完成程控。",
    "{fname}的{nid}和{passport}都在资料袋里。",
    "加我{social}或者打{phone}，我是{cn}。",
    "{name}发来的定位是{geo}，说就在村口。",
    "投诉人{cn}，{other}，留言IP {ip}。",
    "{cn}的个人页面{url}上有她的{social}。",
    "病案号{mrn}，医保号{hpn}，出生日期{dob}。",
]


# ---------------------------------------------------------------------------
# Clean sentences: things a scanner could wrongly flag
# ---------------------------------------------------------------------------

CLEAN = {
    "clean_dose": [
        "出院带药：{drug}，每日一次，晨起顿服。",
        "{drug}，两周后减量至原剂量的一半。",
        "给予{drug}静滴，第1、8天各一次。",
        "激素从{drug}逐渐减停，用了{dur}。",
        "她现在只需要每天吃{drug}。",
        "维持方案：{drug} + {drug}。",
        "换用{brand}后，乏力明显好转。",
        "{brand}（{drugname}）每{n}天一次皮下注射。",
    ],
    "clean_lab": [
        "入院时{lab}，{lab}。",
        "复查{lab}（{range}）。",
        "{lab}，较上次明显下降。",
        "回输后第{n}天，{lab}。",
        "{ym}复查：{lab}，{lab}。",
        "化验单上写着{lab}，她一眼就看懂了。",
        "{lab}↑，{lab}↓",
        "白细胞计数恢复，{lab}。",
        "高血压控制尚可，{lab}。",
        "黄疸消退，{lab}。",
    ],
    "clean_vitals": [
        "入院查体：体温38.{d}℃，血压{bp}，心率{n}次/分。",
        "血压{bp}，予硝苯地平控释片降压。",
        "晨起血压{bp}，下午{time}复测{bp}。",
        "{time}测血氧饱和度9{d}%，已吸氧。",
        "体重从{n}公斤降到了{n}公斤。",
        "身高1{hd}厘米，BMI 2{d}.{d}。",
    ],
    "clean_score": [
        "治疗前{score}，治疗后{score}。",
        "{score}，提示病情活动。",
        "评估结果：{score}；{score}。",
        "回输后第{n}天出现CRS {d}级，经托珠单抗处理后缓解。",
        "出院时{score}，生活基本自理。",
    ],
    "clean_gene": [
        "基因检测提示{gene}阳性。",
        "{mut}突变阴性，{mut}未检出。",
        "患者{gene}阳性，属于高危人群。",
        "她的母亲也查出{gene}变异，建议家族成员筛查。",
        "靶点选择CD19，细胞制备周期约{dur}。",
        "二代测序发现{mut}，变异等位基因频率{n}%。",
        "流式检测：{marker}表达阴性。",
    ],
    "clean_trial": [
        "该研究已在临床试验注册平台登记（{trial}）。",
        "她入组了一项CAR-T临床研究，注册号{trial}。",
        "详见{trial}。",
        "研究方案（{trial}）已通过伦理审查。",
        "按照{trial}的入排标准，她符合条件。",
    ],
    "clean_code": [
        "出院诊断编码：{icd}。",
        "出院诊断编码为{icd}，已上报病案室。",
        "药品批准文号：{drugcode}。",
        "该药{drugcode}，属于医保乙类。",
        "主要诊断{icd}，次要诊断{icd}。",
    ],
    "clean_guide": [
        "根据{guide}，建议尽早评估肾脏受累。",
        "团队参考了{guide}制定方案。",
        "{guide}强调羟氯喹应长期使用。",
        "文中引用的{guide}为公开版本。",
        "李时珍在{guide}里就记载过类似的症状。",
        "华佗和张仲景的故事，她小时候听外公讲过。",
        "南丁格尔奖章获得者的事迹展板就放在门诊大厅。",
        "白求恩精神是医院院训的一部分。",
    ],
    "clean_time": [
        "{ym}，她开始出现关节疼痛。",
        "{ym}至{ym}期间，共住院{n}次。",
        "{year}，她辞去了工作专心治病。",
        "{decade}出生的她，很早就开始打工。",
        "病程{dur}，{ym}加重。",
        "每天{time}准时服药。",
        "{time}开始输注，持续约{dur}。",
        "{cycle}复查骨髓，微小残留病阴性。",
        "{cycle}出现发热，最高39.{d}℃。",
        "{year}到{year}，她换了{n}家医院。",
        "手术持续了{dur}，{time}才推出手术室。",
        "那是{year}的事了，当时还没有CAR-T。",
        "每个月第一周回来复诊。",
        "每周一、三、五透析。",
        "三月中旬开始减药，五月底停药。",
        "春节前后是门诊最忙的时候。",
        "钟点工每周来两次帮忙打扫。",
    ],
    "clean_age": [
        "{alias}，{yrs}，{prov}人。",
        "患者{kid}时首次发病。",
        "{old}的她，已经当了奶奶。",
        "她的儿子今年{kid}，刚上大学。",
        "发病年龄：{yrs}",
        "我{old}了，还想再看看孙子结婚。",
        "{rel}今年{yrs}，身体还算硬朗。",
        "年龄{yrs}，女性，已婚。",
    ],
    "clean_money": [
        "前后花了{money}，大部分靠亲戚朋友借。",
        "CAR-T治疗费用约{money}，医保报销了一部分。",
        "每月药费{money}左右。",
        "家里为治病欠下{money}的债。",
        "惠民保赔付了{money}。",
    ],
    "clean_place": [
        "她从{city}坐了三十多个小时火车来到北京。",
        "{alias}来自{country}，通过国际医疗部预约就诊。",
        "来自{prov}的患者占了这批病例的一半。",
        "他在{city}和{city}之间来回跑了{n}趟。",
        "{alias}的老家在{prov}农村。",
        "从{country}到{city}的直飞航班每周只有两班。",
        "她先在{hosp}确诊，后转入我院{dept}。",
        "{hosp}{dept}会诊后建议行肾穿刺活检。",
        "候诊时，她在{floor}遇到了同乡。",
        "{dept}和{dept}联合查房。",
        "{floor}的窗户正对着一片银杏林。",
        "她在{city}的一家餐馆打工。",
        "石家庄的冬天比她老家冷多了。",
        "安康到西安的高铁开通后，复查方便了很多。",
        "中山大学的研究团队也参与了这次会诊。",
        "张家口下了雪，她还是按时来复查。",
    ],
    "clean_alias": [
        "{alias}说：“我终于可以抱孩子了。”",
        "{alias}和{alias}是同一周回输的。",
        "{rel}一直陪在身边。",
        "{rel}说，她小时候就特别能忍疼。",
        "“{alias}，今天感觉怎么样？”{job}问。",
        "{job}每天都会来看她两次。",
        "{alias}的丈夫专门请了长假。",
        "{job}说：“她的指标比我们预想的恢复得还快。”",
        "{alias}的故事经本人同意后发布，文中使用化名。",
        "文中患者均为化名，照片已做遮挡处理。",
        "主治医生回忆：“第一次见她时，她连楼梯都上不去。”",
        "护士长把她的感谢信贴在了护士站。",
        "{alias}（化名）",
    ],
    "clean_medical": [
        "{epo}患者需要长期随访。",
        "她在{yrs}时被诊断为{epo}。",
        "鉴别诊断需排除{epo}。",
        "合并{epo}，预后较差。",
        "高血压、白细胞减少、黄疸，这些都曾是她的诊断。",
        "方案调整后，任何不适都要及时告诉医生。",
        "于是，团队决定为她制定CAR-T治疗方案。",
        "常规检查之外，还加做了心脏磁共振。",
        "石膏固定{dur}后拆除。",
        "体内有金属植入物，不能做磁共振。",
        "肌张力增高，腱反射亢进。",
        "白蛋白{n} g/L，予补充白蛋白。",
        "叶酸和维生素B12水平正常。",
        "万古霉素血药浓度{n} mg/L。",
        "高峰时段门诊要排两个小时的队。",
        "黎明时分，她的体温终于降了下来。",
        "平安度过了细胞因子释放综合征这一关。",
        "向阳的病房光线很好，她喜欢坐在窗边。",
        "文静的她，说起病情却滔滔不绝。",
        "金属味是化疗后常见的味觉改变。",
        "程序性死亡受体1抑制剂也在讨论范围内。",
        "高强度的运动暂时还不建议。",
        "方便的话，下次复查带上既往所有化验单。",
        "秦岭以南的气候对她的关节更友好。",
        "白细胞降到谷底后第{n}天开始回升。",
        "石蜡切片送检，免疫组化CD20阳性。",
        "马上就要出院了，她却有些舍不得。",
        "江南的梅雨季节，她的关节痛总会加重。",
        "周期性发热持续了{dur}。",
        "宋体小四号打印的出院小结一共{n}页。",
    ],
    "clean_caption": [
        "图：{alias}在康复科进行步态训练。",
        "图为{dept}医护团队查房。",
        "（照片经患者同意使用）",
        "图{n}：回输前后胸部CT对比。",
        "视频截图：{alias}出院时向大家挥手告别。",
        "左起：主治医师、护士长、翻译。",
        "图片来源：{hosp}宣传处",
        "本文由{dept}供稿，{job}审核。",
    ],
    "clean_count": [
        "共{n}例患者入组，{n}例完成随访。",
        "她一共住院{n}次，做了{n}次骨髓穿刺。",
        "第{cnn}次随访，结果均正常。",
        "{n}个疗程的环磷酰胺冲击没有效果。",
        "团队已完成{n}例狼疮患者的CAR-T治疗。",
        "她的病历摞起来有{n}厘米厚。",
        "CD4/CD8比值{n}:1。",
        "输血{n}次，累计{n}U红细胞。",
    ],
}


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

KIND_TARGET = 48
NAME_TARGET = 280
MIXED_TARGET = 70
CLEAN_TARGET = 1150

SHORT = {
    "exact_date": "date", "date_of_birth": "dob", "age_over_89": "age90", "phone_number": "phone",
    "email": "email", "web_address": "url", "ip_address": "ip", "social_account": "social",
    "resident_id": "resident_id", "national_id": "national_id", "passport_number": "passport",
    "medical_record_number": "mrn", "health_plan_number": "health_plan", "account_number": "account",
    "licence_number": "licence", "vehicle_identifier": "vehicle", "device_identifier": "device",
    "other_number": "other_number", "street_address": "address", "postal_code": "postal",
    "geolocation": "geo", "person_name": "name",
}


def clean_text(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


def build():
    rows = []
    seen = set()

    def add(cat, kinds, sent):
        sent = clean_text(sent)
        if sent in seen:
            return False
        seen.add(sent)
        rows.append((cat, ",".join(kinds) if kinds else "-", sent))
        return True

    for group, templates in T.items():
        if group == "name":
            target = NAME_TARGET
        elif group == "mixed":
            target = MIXED_TARGET
        else:
            target = KIND_TARGET
        made = 0
        attempts = 0
        i = 0
        while made < target and attempts < target * 50:
            attempts += 1
            tpl = templates[i % len(templates)] if i < len(templates) * 2 else pick(templates)
            i += 1
            sent, kinds, forms = fill(tpl)
            if group == "mixed":
                cat = "mixed_" + str(len(kinds)) + "_kinds"
            else:
                main_kind = GEN[group][0]
                keys = [k for k in PH.findall(tpl) if k in GEN]
                own = [f for k, f in zip(keys, forms) if GEN[k][0] == main_kind]
                cat = SHORT[main_kind] + "_" + own[0]
            if add(cat, kinds, sent):
                made += 1

    made = 0
    attempts = 0
    groups = list(CLEAN.items())
    while made < CLEAN_TARGET and attempts < CLEAN_TARGET * 50:
        attempts += 1
        cat, templates = pick(groups)
        sent, kinds, _ = fill(pick(templates))
        assert not kinds, sent
        if add(cat, kinds, sent):
            made += 1

    R.shuffle(rows)
    return rows


def main():
    rows = build()
    for cat, kinds, sent in rows:
        assert "\t" not in sent and "\n" not in sent
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
