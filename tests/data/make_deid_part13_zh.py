#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 13: Simplified Chinese.

What this is
    A generator for ``deid_generated_zh_heldout13.tsv`` (written next to this
    script): about 2,500 Simplified Chinese sentences of the kind a hospital
    publishes or receives -- case stories told by editors, quotes from patients
    and families, clinicians' remarks, photo captions, timeline entries and
    informal messages left through a contact form (typos, mixed Chinese /
    English / Russian, full-width digits).  About 1,150 rows are clean (no
    identifier at all, but deliberately tricky: doses, lab values, scores,
    genes, trial registry numbers, ICD/ATC codes, month-and-year dates, ages
    under 90, money, durations, cities, hospitals, eponymous diseases, letter
    aliases such as "A女士" / "患者张某", medical words that begin with a common
    surname character ...).  About 1,350 rows hold at least one identifier.

How it was written
    From general knowledge of how Chinese hospital pages, patient letters and
    WeChat-style messages are written and of the identifier formats used in
    China, Central Asia, Russia, Mongolia, the Middle East, Southeast Asia,
    Europe and Africa.  The scanner's code, its tests, its README, its bench
    data and the earlier corpus parts were NOT read while writing it.  All
    names, numbers, addresses and accounts are invented at random; any match
    with a real person is accidental.  Standard library only; fixed seed, so the
    output is identical on every run.

Columns: category, expected_kinds (comma-separated, or "-"), sentence.

Judgement calls in the labels
    * A birth date is labelled date_of_birth only (not also exact_date); a
      newborn's date of birth counts as date_of_birth.
    * The date of birth that is embedded in an 18-character resident ID or a
      Kazakh IIN is not labelled separately: the number is resident_id /
      national_id only.
    * Letter or placeholder aliases (A女士, 患者张某, 王某某, 患儿乙, Mr. K) are
      clean.  A surname followed by a title (王主任, 刘女士, 李阿姨), a given name
      alone, a nickname (小雨, 老马, 阿米娜) and a name in pinyin or Latin script
      in any case are person_name.
    * Hospital names that contain a person's name (e.g. 白求恩, 中山) and
      eponymous diseases are clean.
    * "90后" (born in the 1990s), "八旬", "80多岁", "89岁" are clean; "九旬老人",
      "年近百岁", "九十多岁", "百岁" are age_over_89.
    * Profile links and handles on social platforms (WeChat, QQ, Weibo, Douyin,
      Kuaishou, Xiaohongshu, Instagram, Telegram, VK, Facebook, t.me/...) are
      social_account; crowdfunding pages, personal web sites and blogs outside
      those platforms are web_address.  A map link that carries coordinates
      (maps.google.com/?q=lat,lon) is geolocation only.
    * A WhatsApp / Telegram contact given as a phone number is phone_number
      (the platform is named but the identifier is the number).
    * Russian internal passports are not used; SNILS, IIN, PINFL, SSN, Thai,
      Vietnamese, Indonesian, Malaysian, Emirati, Pakistani, Indian, Egyptian,
      Saudi, Italian, French, British NI, Nigerian, Kenyan, German tax IDs and
      Mongolian register numbers are national_id.
    * 就诊卡号, 门诊号, 登记号 and 病理号 are treated as medical_record_number;
      医保卡号, 社保卡号, 新农合证号, insurance policy / member numbers and
      Russian OMS policies are health_plan_number.
    * Professional licences always belong to a named clinician, so those rows
      also carry person_name.  Driving licences are licence_number.
    * Bed numbers are not used anywhere.  Drug approval numbers (国药准字),
      trial registry numbers and ICD/ATC codes are clean.
    * Ticket, booking (PNR), visa, court case, employee, student, courier
      tracking, birth-certificate and police receipt numbers are other_number.
    * IP "属地" (the province shown next to a post) is clean; a full IP address is
      ip_address.  Hospital switchboard numbers are never used in clean rows.
"""

import os
import random

R = random.Random(20130613)
pick = R.choice

KIND_ORDER = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]

# ---------------------------------------------------------------- helpers

def digits(n, first_nonzero=False):
    s = "".join(pick("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = pick("123456789") + s[1:]
    return s


def upper_alnum(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(pick(alphabet) for _ in range(n))


def fw(s):
    """ASCII letters and digits to full-width forms."""
    out = []
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


ZH_D = "零一二三四五六七八九"
ZH_CAP = "零壹贰叁肆伍陆柒捌玖"
EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell_zh(s, yao=False, cap=False):
    out = []
    for c in s:
        if c.isdigit():
            if cap:
                out.append(ZH_CAP[int(c)])
            elif yao and c == "1":
                out.append("幺")
            else:
                out.append(ZH_D[int(c)])
        elif c in " -":
            continue
        else:
            out.append(c)
    return "".join(out)


def spell_en(s):
    return " ".join(EN_D[int(c)] for c in s if c.isdigit())


def cn_num(n):
    if n < 10:
        return ZH_D[n]
    if n < 20:
        return "十" + (ZH_D[n % 10] if n % 10 else "")
    return ZH_D[n // 10] + "十" + (ZH_D[n % 10] if n % 10 else "")


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if s[i:i + k]:
            out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- pools

CN_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
CN_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "司徒", "慕容"]
CN_GIVEN = [
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
    "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "晓燕", "志强",
    "海涛", "文博", "子涵", "雨桐", "欣怡", "浩然", "宇轩", "梓萱", "一诺", "思远",
    "佳琪", "俊杰", "国庆", "建国", "卫东", "红梅", "淑珍", "玉兰", "德胜", "春生",
    "秋菊", "冬梅", "振华", "立新", "晨曦", "沐阳", "嘉怡", "子墨", "铁柱", "翠花",
    "美玲", "丽娟", "永刚", "宏伟", "晓东", "慧敏", "雪梅", "亚楠", "天宇", "若曦",
]
# given names that are also ordinary words; always used in a clear name context
WORD_NAMES = [
    "高峰", "白雪", "江山", "黎明", "海燕", "春花", "金山", "文静", "安康", "平安",
    "夏天", "向阳", "方正", "常青", "田野", "叶青", "马力", "钟声", "高明", "林海",
    "石磊", "于洋", "程功", "祝福", "宋词", "夏雨", "白云", "龙飞", "严冬", "向前",
]

PINYIN_NAMES = [
    ("Zhang", "Wei"), ("Wang", "Fang"), ("Li", "Na"), ("Liu", "Yang"), ("Chen", "Jing"),
    ("Yang", "Lei"), ("Huang", "Min"), ("Zhao", "Jun"), ("Wu", "Tao"), ("Zhou", "Jie"),
    ("Xu", "Qiang"), ("Sun", "Li"), ("Ma", "Chao"), ("Zhu", "Hongmei"), ("Hu", "Bo"),
    ("Guo", "Jing"), ("He", "Ping"), ("Gao", "Feng"), ("Lin", "Xiaoyan"), ("Luo", "Jianhua"),
    ("Zheng", "Haitao"), ("Liang", "Wenbo"), ("Xie", "Yutong"), ("Song", "Haoran"),
    ("Tang", "Xinyi"), ("Han", "Zimo"), ("Feng", "Guoqing"), ("Deng", "Yanan"),
    ("Cao", "Tianyu"), ("Peng", "Ruoxi"), ("Zeng", "Jianguo"), ("Xiao", "Lan"),
    ("Tian", "Chunsheng"), ("Dong", "Weidong"), ("Yuan", "Xuemei"), ("Pan", "Yinuo"),
    ("Ouyang", "Hui"), ("Jiang", "Siyuan"), ("Cai", "Jiaqi"), ("Du", "Yufei"),
]

# (Han transliteration, Latin form, origin)
FOREIGN = [
    ("努尔兰·阿比舍夫", "Nurlan Abishev", "kz"), ("阿利亚·卡瑟莫娃", "Aliya Kassymova", "kz"),
    ("叶尔兰·谢里克巴耶夫", "Yerlan Serikbayev", "kz"), ("达娜·努尔兰诺夫娜", "Dana Nurlanovna", "kz"),
    ("阿斯卡尔·朱马巴耶夫", "Askar Zhumabayev", "kz"), ("马迪娜·托列根", "Madina Tolegen", "kz"),
    ("艾格琳·赛特卡利", "Aigerim Seitkali", "kz"), ("别克扎特·奥斯潘", "Bekzat Ospan", "kz"),
    ("伊万·彼得罗夫", "Ivan Petrov", "ru"), ("娜塔莉娅·斯米尔诺娃", "Natalia Smirnova", "ru"),
    ("谢尔盖·库兹涅佐夫", "Sergei Kuznetsov", "ru"), ("奥莉加·沃尔科娃", "Olga Volkova", "ru"),
    ("德米特里·索科洛夫", "Dmitry Sokolov", "ru"), ("叶卡捷琳娜·波波娃", "Ekaterina Popova", "ru"),
    ("迪尔诺扎·拉希莫娃", "Dilnoza Rakhimova", "uz"), ("绍赫鲁赫·尤苏波夫", "Shokhrukh Yusupov", "uz"),
    ("艾达·托克托古洛娃", "Aida Toktogulova", "kg"), ("鲁斯塔姆·纳扎罗夫", "Rustam Nazarov", "tj"),
    ("巴特巴雅尔·甘苏赫", "Batbayar Gansukh", "mn"), ("敖登其其格", "Odontsetseg", "mn"),
    ("额尔登巴特·宝力德", "Erdenebat Bold", "mn"), ("萨仁格日勒", "Sarangerel", "mn"),
    ("穆罕默德·哈桑", "Mohammed Al-Hassan", "ae"), ("法蒂玛·阿卜杜拉", "Fatima Abdullah", "sa"),
    ("阿里·礼萨伊", "Ali Rezaei", "ir"), ("莱拉·卡里米", "Leila Karimi", "ir"),
    ("优素福·易卜拉欣", "Youssef Ibrahim", "eg"), ("阮氏兰", "Nguyen Thi Lan", "vn"),
    ("陈文雄", "Tran Van Hung", "vn"), ("颂猜·旺萨", "Somchai Wongsa", "th"),
    ("布迪·桑托索", "Budi Santoso", "id"), ("西蒂·阿米拉", "Siti Amirah", "my"),
    ("玛丽亚·桑托斯", "Maria Santos", "ph"), ("汉斯·米勒", "Hans Müller", "de"),
    ("安娜·施密特", "Anna Schmidt", "de"), ("玛丽·杜邦", "Marie Dupont", "fr"),
    ("卢卡·罗西", "Luca Rossi", "it"), ("卡塔日娜·诺瓦克", "Katarzyna Nowak", "pl"),
    ("阿米娜·奥卡福", "Amina Okafor", "ng"), ("约瑟夫·姆万吉", "Joseph Mwangi", "ke"),
    ("法图·迪亚洛", "Fatou Diallo", "sn"), ("塞拉姆·特斯法耶", "Selam Tesfaye", "et"),
]
CYRILLIC_NAMES = [
    "Айгерим Сейткали", "Нурлан Абишев", "Иван Петров", "Ольга Волкова", "Дильноза Рахимова",
    "Батбаяр Гансух", "Сергей Кузнецов", "Мадина Толеген", "Екатерина Попова", "Рустам Назаров",
]
MINORITY_NAMES = [
    "阿依古丽·买买提", "艾力·吐尔逊", "古丽娜尔·阿布都拉", "买买提江·艾合买提", "热依拉·库尔班",
    "努尔兰·哈力木", "阿依达娜·叶尔肯", "扎西顿珠", "卓玛", "次仁多吉", "德吉央宗", "格桑曲珍",
    "巴特尔", "其其格", "乌云毕力格", "娜仁高娃", "苏和巴特尔", "帕提古丽·热合曼",
]

CN_CITIES = [
    "乌鲁木齐", "伊宁", "喀什", "哈尔滨", "呼和浩特", "包头", "兰州", "西宁", "拉萨", "昆明",
    "南宁", "成都", "重庆", "西安", "郑州", "长沙", "武汉", "杭州", "南京", "济南", "沈阳",
    "长春", "大连", "厦门", "深圳", "广州", "海口", "银川", "太原", "石家庄", "合肥", "贵阳",
]
FOREIGN_CITIES = [
    "阿拉木图", "阿斯塔纳", "奇姆肯特", "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "乌兰巴托",
    "莫斯科", "新西伯利亚", "伊尔库茨克", "符拉迪沃斯托克", "迪拜", "利雅得", "德黑兰", "开罗",
    "曼谷", "河内", "胡志明市", "雅加达", "吉隆坡", "马尼拉", "金边", "万象", "柏林", "巴黎",
    "罗马", "华沙", "拉各斯", "内罗毕", "亚的斯亚贝巴", "达累斯萨拉姆",
]
COUNTRIES = [
    "哈萨克斯坦", "俄罗斯", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "蒙古国", "阿联酋",
    "沙特阿拉伯", "伊朗", "埃及", "泰国", "越南", "印度尼西亚", "马来西亚", "菲律宾", "柬埔寨",
    "老挝", "德国", "法国", "意大利", "波兰", "尼日利亚", "肯尼亚", "埃塞俄比亚", "坦桑尼亚",
]
CONDITIONS = [
    "急性心肌梗死", "肺腺癌", "肝包虫病", "先天性心脏病", "急性脑梗死", "股骨颈骨折", "终末期肾病",
    "甲状腺乳头状癌", "2型糖尿病", "腰椎间盘突出症", "冠心病", "重症肺炎", "急性髓系白血病",
    "胆囊结石", "食管癌", "青少年特发性脊柱侧弯", "卵巢囊肿", "房间隔缺损", "主动脉夹层",
    "帕金森病", "老年性白内障", "膝骨关节炎", "鼻咽癌", "胃癌", "结肠癌", "肝硬化", "脑膜瘤",
    "法洛四联症", "二尖瓣狭窄", "肾结石",
]
DEPTS = [
    "心内科", "心脏大血管外科", "神经内科", "神经外科", "骨科", "肝胆外科", "胸外科", "肾内科",
    "内分泌科", "眼科", "耳鼻咽喉头颈外科", "妇产科", "儿科", "肿瘤科", "康复医学科", "急诊科",
    "重症医学科", "国际医疗部", "消化内科", "呼吸与危重症医学科", "血液科", "泌尿外科",
]
HOSPITALS = [
    "北京协和医院", "新疆医科大学第一附属医院", "四川大学华西医院", "复旦大学附属中山医院",
    "中山大学附属第一医院", "哈尔滨医科大学附属第一医院", "内蒙古自治区人民医院",
    "兰州大学第二医院", "吉林大学白求恩第一医院", "浙江大学医学院附属第一医院",
    "西安交通大学第一附属医院", "华中科技大学同济医学院附属协和医院", "新疆维吾尔自治区人民医院",
    "首都医科大学附属北京安贞医院", "中国医学科学院阜外医院", "上海交通大学医学院附属瑞金医院",
]
SURGERIES = [
    "冠脉支架植入术", "肝包虫内囊摘除术", "全髋关节置换术", "胸腔镜肺叶切除术", "人工耳蜗植入术",
    "房间隔缺损封堵术", "腹腔镜胆囊切除术", "肾移植手术", "脊柱侧弯矫形术", "白内障超声乳化术",
    "永久起搏器植入术", "经导管主动脉瓣置换术", "全膝关节置换术", "甲状腺全切术", "开颅肿瘤切除术",
]
RELATIONS = ["女儿", "儿子", "丈夫", "妻子", "母亲", "父亲", "哥哥", "姐姐", "弟弟", "妹妹",
             "外孙女", "孙子", "老伴", "儿媳", "女婿", "侄子"]
ALIASES = ["A女士", "B先生", "患者张某", "王某某", "李某", "患儿乙", "C先生", "患者甲", "D女士",
           "刘某", "患儿小K", "Mr. K", "Ms. A", "患者M", "赵某某", "1号患者"]

# ---------------------------------------------------------------- name makers

def cn_full():
    sur = pick(CN_COMPOUND) if R.random() < 0.05 else pick(CN_SURNAMES)
    return sur + pick(CN_GIVEN)


def cn_given():
    return pick([g for g in CN_GIVEN if len(g) == 2])


def pinyin_name():
    sur, giv = pick(PINYIN_NAMES)
    style = pick(["title", "title", "caps_sur", "caps", "lower", "western", "joined"])
    if style == "title":
        return f"{sur} {giv}"
    if style == "caps_sur":
        return f"{sur.upper()} {giv}"
    if style == "caps":
        return f"{sur.upper()} {giv.upper()}"
    if style == "lower":
        return f"{sur.lower()} {giv.lower()}"
    if style == "western":
        return f"{giv} {sur}"
    return (sur + giv).lower()


def foreign_name(latin_prob=0.4):
    han, lat, _ = pick(FOREIGN)
    r = R.random()
    if r < latin_prob:
        style = pick(["plain", "plain", "upper", "lower", "first"])
        if style == "upper":
            return lat.upper()
        if style == "lower":
            return lat.lower()
        if style == "first":
            return lat.split()[0]
        return lat
    if r < latin_prob + 0.1:
        return han.split("·")[0]
    return han


def any_name():
    r = R.random()
    if r < 0.45:
        return cn_full()
    if r < 0.55:
        return pick(MINORITY_NAMES)
    if r < 0.65:
        return pinyin_name()
    return foreign_name()


TITLES_DOC = ["医生", "大夫", "主任", "教授", "院长", "主任医师"]
TITLES_NURSE = ["护士", "护士长", "老师"]
TITLES_SOC = ["阿姨", "叔叔", "大姐", "师傅", "先生", "女士", "奶奶", "爷爷", "老师"]


def sur_title(kind="doc"):
    t = pick(TITLES_DOC if kind == "doc" else TITLES_NURSE if kind == "nurse" else TITLES_SOC)
    return pick(CN_SURNAMES) + t


def nickname(kid=False):
    g = cn_given()
    style = pick(["xiao", "a", "dup", "bao"] if kid else ["xiao", "lao", "a", "dup", "jie", "ge", "bao"])
    if style == "xiao":
        return "小" + g[-1]
    if style == "lao":
        return "老" + pick(CN_SURNAMES)
    if style == "a":
        return "阿" + g[-1]
    if style == "dup":
        return g[-1] * 2
    if style == "jie":
        return pick(CN_SURNAMES) + "姐"
    if style == "ge":
        return pick(CN_SURNAMES) + "哥"
    return g[-1] + "宝"


def age_u90(lo=1, hi=89):
    return R.randint(lo, hi)


def cname():
    """A name for non-name templates (Chinese, minority or foreign)."""
    r = R.random()
    if r < 0.55:
        return cn_full()
    if r < 0.7:
        return pick(MINORITY_NAMES)
    return foreign_name(0.3)


# ---------------------------------------------------------------- value makers

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def fmt_date(y, m, d, year=True, style=None):
    if style is None:
        if year:
            style = pick(["cn", "cn", "cn", "cn", "iso", "slash", "dot", "ru", "cn_num", "fw",
                          "pad", "en", "hao_y", "week"])
        else:
            style = pick(["md", "md", "md", "hao", "md_num", "md_fw", "md_week"])
    wk = pick(["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期三", "星期五"])
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "dot":
        return f"{y}.{m:02d}.{d:02d}"
    if style == "ru":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "cn_num":
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    if style == "fw":
        return fw(f"{y}年{m}月{d}日")
    if style == "pad":
        return f"{y}年{m:02d}月{d:02d}日"
    if style == "en":
        return pick([f"{MONTHS_EN[m-1]} {d}, {y}", f"{d} {MONTHS_EN[m-1]} {y}"])
    if style == "hao_y":
        return f"{y}年{m}月{d}号"
    if style == "week":
        return f"{y}年{m}月{d}日（{wk}）"
    if style == "md":
        return f"{m}月{d}日"
    if style == "hao":
        return f"{m}月{d}号"
    if style == "md_num":
        return f"{cn_num(m)}月{cn_num(d)}日"
    if style == "md_fw":
        return fw(f"{m}月{d}日")
    if style == "md_week":
        return f"{m}月{d}日（{wk}）"
    raise ValueError(style)


def event_date(year=None):
    y = R.randint(2016, 2024)
    m, d = R.randint(1, 12), R.randint(1, 28)
    if year is None:
        year = R.random() < 0.7
    return fmt_date(y, m, d, year)


def dob(style=None, child=False):
    y = R.randint(2008, 2023) if child else R.randint(1936, 2021)
    m, d = R.randint(1, 12), R.randint(1, 28)
    return fmt_date(y, m, d, True, style)


def age90():
    n = R.randint(90, 106)
    forms = [f"{n}岁", f"{n}岁", f"{n}周岁", f"{cn_num(n) if n < 100 else '一百零' + ZH_D[n - 100] if n > 100 else '一百'}岁",
             fw(f"{n}岁"), f"{n}岁高龄"]
    return pick(forms)


CN_MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181",
                    "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]


def cn_mobile(style=None):
    n = pick(CN_MOBILE_PREFIX) + digits(8)
    style = style or pick(["plain", "plain", "plain", "344", "dash", "+86", "0086", "fw",
                           "zh", "cap", "dots", "+86plain"])
    if style == "plain":
        return n
    if style == "344":
        return group(n, [3, 4, 4])
    if style == "dash":
        return group(n, [3, 4, 4], "-")
    if style == "+86":
        return "+86 " + group(n, [3, 4, 4])
    if style == "+86plain":
        return "+86" + n
    if style == "0086":
        return "0086-" + n
    if style == "fw":
        return fw(n)
    if style == "zh":
        return spell_zh(n, yao=R.random() < 0.6)
    if style == "cap":
        return spell_zh(n, cap=True)
    if style == "dots":
        return group(n, [3, 4, 4], ".")
    raise ValueError(style)


AREA = ["010", "021", "022", "023", "020", "027", "028", "029", "0991", "0998", "0999", "0451",
        "0471", "0472", "0931", "0971", "0891", "0871", "0771", "024", "0431", "0951", "0351"]


def cn_landline():
    a = pick(AREA)
    n = digits(8 if len(a) == 3 else pick([7, 8]), True)
    return pick([f"{a}-{n}", f"({a}){n}", f"{a}-{group(n, [4, 4]) if len(n) == 8 else n}",
                 f"{a} {n}", f"+86 {a[1:]} {n}"])


def foreign_phone():
    c = pick(["kz", "kz", "ru", "ru", "uz", "kg", "mn", "ae", "th", "vn", "de", "uk", "ng", "ke",
              "id", "my", "tj", "ir", "eg"])
    if c == "kz":
        n = pick(["701", "702", "705", "707", "747", "771", "777"]) + digits(7)
        return pick([f"+7 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
                     f"+7{n}", f"007-{n}"])
    if c == "ru":
        n = "9" + digits(9)
        return pick([f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
                     f"+7 {n[:3]} {n[3:6]} {n[6:]}", f"007 {n}"])
    if c == "uz":
        n = pick(["90", "91", "93", "94", "97", "99"]) + digits(7)
        return pick([f"+998 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"00998{n}"])
    if c == "kg":
        n = pick(["555", "700", "770", "990"]) + digits(6)
        return pick([f"+996 {n[:3]} {n[3:]}", f"+996{n}"])
    if c == "tj":
        return f"+992 {pick(['90', '93', '98'])} {digits(3)} {digits(4)}"
    if c == "mn":
        n = pick(["88", "99", "95", "80"]) + digits(6)
        return pick([f"+976 {n[:4]} {n[4:]}", f"00976-{n}", f"(+976) {n}"])
    if c == "ae":
        return pick([f"+971 5{pick('0256')} {digits(3)} {digits(4)}", f"00971-5{pick('0256')}{digits(7)}"])
    if c == "th":
        return f"+66 {pick(['81', '89', '92', '95'])} {digits(3)} {digits(4)}"
    if c == "vn":
        return pick([f"+84 9{digits(2)} {digits(3)} {digits(3)}", f"0084 9{digits(8)}"])
    if c == "de":
        return pick([f"+49 30 {digits(8, True)}", f"+49 (0)151 {digits(8, True)}", f"0049 176 {digits(7, True)}"])
    if c == "uk":
        return pick([f"+44 7700 {digits(6, True)}", f"+44 (0)20 {digits(4, True)} {digits(4)}"])
    if c == "ng":
        return f"+234 {pick(['803', '806', '813', '905'])} {digits(3)} {digits(4)}"
    if c == "ke":
        return f"+254 7{digits(2)} {digits(3)} {digits(3)}"
    if c == "id":
        return f"+62 8{digits(2)}-{digits(4)}-{digits(4)}"
    if c == "my":
        return f"+60 1{digits(1)}-{digits(3)} {digits(4)}"
    if c == "ir":
        return f"+98 912 {digits(3)} {digits(4)}"
    return f"+20 10 {digits(4)} {digits(4)}"


def any_phone():
    r = R.random()
    if r < 0.55:
        return cn_mobile()
    if r < 0.7:
        return cn_landline()
    return foreign_phone()


EMAIL_LOCAL = ["zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yanglei", "huangmin",
               "zhaojun", "wutao", "zhoujie", "xuqiang", "sunli", "machao", "zhuhongmei", "gaofeng",
               "linxiaoyan", "nurlan.abishev", "aliya.kassymova", "yerlan_s", "ivan.petrov",
               "n.smirnova", "dilnoza.r", "batbayar.g", "odko", "m.alhassan", "fatima.abd",
               "leila.karimi", "lan.nguyen", "somchai.w", "budi.santoso", "hans.mueller",
               "marie.dupont", "amina.okafor", "jmwangi", "aigerim.s", "askar_zh", "madina.tolegen",
               "ayigul", "tashi.dondrup", "bater", "yutong.xie", "haoran.song"]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "gmail.com", "mail.ru", "yandex.ru",
                 "yahoo.com", "outlook.com", "hotmail.com", "mail.kz", "inbox.ru", "gmx.de",
                 "foxmail.com", "icloud.com", "sohu.com", "bk.ru", "yandex.kz"]


def email(style=None):
    local = pick(EMAIL_LOCAL)
    if R.random() < 0.7:
        local += pick(["", digits(2), digits(4), str(R.randint(1960, 2010)), "_" + digits(3)])
    dom = pick(EMAIL_DOMAINS)
    if "qq.com" in dom and R.random() < 0.5:
        local = digits(R.randint(8, 10), True)
    style = style or pick(["plain"] * 7 + ["at_dot", "hash", "paren", "fwat", "spaced", "zh_at"])
    name, tld = dom.rsplit(".", 1)
    if style == "plain":
        return local + "@" + dom
    if style == "at_dot":
        return f"{local} at {name} dot {tld}"
    if style == "hash":
        return f"{local}#{dom}（#换成@）"
    if style == "paren":
        return f"{local}(at){dom}"
    if style == "fwat":
        return f"{local}＠{dom}"
    if style == "spaced":
        return f"{local} @ {name} . {tld}"
    return f"{local}艾特{dom}"


SLUGS = ["help-aida-walk-again", "save-little-arman", "nurlan-heart-surgery", "support-dana-treatment",
         "olga-kidney-transplant", "baby-timur-heart", "bring-batbayar-home", "fatima-cancer-fight",
         "for-lan-and-her-son", "amina-spine-surgery", "hope-for-yerlan", "askar-recovery-fund",
         "madina-liver-care", "help-sergei-rehab", "little-bolat-ear-implant"]


def web_url(kind=None):
    kind = kind or pick(["sdc", "qsc", "gfm", "jg", "personal", "blog", "ketto", "univ", "plain_dom",
                         "spelled"])
    h = upper_alnum(R.randint(8, 12), "abcdef0123456789")
    slug = pick(SLUGS)
    py = pick(EMAIL_LOCAL).replace(".", "").replace("_", "")
    if kind == "sdc":
        return f"https://www.shuidichou.com/raise/detail?infoUuid={h}"
    if kind == "qsc":
        return f"https://m.qschou.com/project/index/{h}"
    if kind == "gfm":
        return f"https://www.gofundme.com/f/{slug}"
    if kind == "jg":
        return f"justgiving.com/fundraising/{slug}"
    if kind == "ketto":
        return f"https://www.ketto.org/fundraiser/{slug}"
    if kind == "personal":
        return pick([f"https://www.{py}.com", f"http://{py}.cn/about", f"www.{py}-photo.net"])
    if kind == "blog":
        return pick([f"https://{py}.blogspot.com", f"http://blog.{py}.me/2023/recovery",
                     f"https://{py}.wordpress.com/diary"])
    if kind == "univ":
        return f"https://faculty.{pick(['xjmu', 'lzu', 'hrbmu', 'scu'])}.edu.cn/~{py}"
    if kind == "plain_dom":
        return f"{py}{digits(2)}.github.io"
    return f"www点{py}点com"


def ip_addr():
    if R.random() < 0.2:
        parts = ["2408", "8207", upper_alnum(4, "0123456789abcdef"), upper_alnum(4, "0123456789abcdef"),
                 "", upper_alnum(R.randint(1, 4), "0123456789abcdef")]
        return ":".join(parts[:4]) + "::" + parts[5]
    first = pick([36, 39, 42, 58, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120,
                  121, 123, 124, 125, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222,
                  223, 5, 31, 37, 46, 77, 85, 88, 95, 176, 178, 185, 188, 194, 212, 217])
    s = f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if R.random() < 0.1:
        s = fw(s)
    return s


WX_BASES = ["zhangwei", "xiaoyu", "lili", "sunny", "mama", "baobei", "kz_aida", "nurik", "dana",
            "olga", "tashi", "happy", "lucky", "wangfang", "amina", "bolat", "yerke", "aru", "odko",
            "batka", "fatima", "lan", "xiaomei", "dahai", "tiantian"]


def wx_id():
    b = pick(WX_BASES)
    return pick([f"{b}{digits(4)}", f"{b}_{digits(3)}", f"wxid_{upper_alnum(10, 'abcdefghijkmnpqrstuvwxyz0123456789')}",
                 f"{b}-{R.randint(1970, 2012)}", f"{b.capitalize()}{digits(2)}{pick('abcxyz')}"])


def qq_num():
    return digits(R.randint(8, 10), True)


def handle():
    b = pick(WX_BASES)
    return pick([f"{b}.{pick(['kz', 'almaty', 'life', 'diary', 'mom'])}", f"{b}_{digits(2)}",
                 f"{b}{digits(3)}", f"the_{b}", f"{b}.{pick(['aa', 'x', 'zz'])}{digits(1)}"])


def social(kind=None):
    """Returns (label text, value) for a social account."""
    kind = kind or pick(["wx", "wx", "wx", "qq", "qq", "dy", "wb", "ig", "tg", "vk", "xhs", "ks", "fb",
                         "tme", "wx_disg"])
    if kind == "wx":
        return pick(["微信号", "微信", "WeChat", "wx", "VX", "微信ID"]), wx_id()
    if kind == "wx_disg":
        return pick(["薇信", "V信", "威信", "vx号"]), wx_id()
    if kind == "qq":
        q = qq_num()
        return pick(["QQ", "QQ号", "扣扣", "qq"]), pick([q, q, fw(q), " ".join(q)])
    if kind == "dy":
        return pick(["抖音号", "抖音", "dy号"]), pick([handle(), digits(R.randint(9, 11), True)])
    if kind == "wb":
        return pick(["微博", "新浪微博"]), "@" + pick([handle(), pick(["小雨点", "阿依的日记", "草原上的娜仁", "听海的猫", "努力康复的小敏"]) + digits(2)])
    if kind == "ig":
        return pick(["Instagram", "ins", "IG"]), "@" + handle()
    if kind == "tg":
        return pick(["Telegram", "TG", "电报"]), "@" + handle()
    if kind == "vk":
        return "VK", pick([f"vk.com/id{digits(9, True)}", f"vk.com/{handle()}"])
    if kind == "xhs":
        return "小红书号", pick([digits(9, True), handle()])
    if kind == "ks":
        return "快手号", pick([handle(), digits(9, True)])
    if kind == "fb":
        return "Facebook", pick([f"facebook.com/{handle()}", f"https://www.facebook.com/profile.php?id=1000{digits(11)}"])
    return "Telegram", f"t.me/{handle()}"


# addresses: (address text, postal code or None)
CN_ADDR_PARTS = [
    ("北京市", "朝阳区", ["建国路", "朝阳北路", "望京西路", "安立路"], "1000"),
    ("北京市", "海淀区", ["中关村南大街", "学院路", "西三环北路"], "1000"),
    ("上海市", "徐汇区", ["漕溪北路", "田林路", "虹漕路"], "2000"),
    ("乌鲁木齐市", "天山区", ["解放南路", "新华北路", "延安路"], "8300"),
    ("乌鲁木齐市", "沙依巴克区", ["友好南路", "西虹东路", "扬子江路"], "8300"),
    ("伊宁市", "", ["解放路", "斯大林街", "新华西路"], "8354"),
    ("哈尔滨市", "南岗区", ["西大直街", "学府路", "红军街"], "1500"),
    ("呼和浩特市", "赛罕区", ["大学东街", "昭乌达路", "新华东街"], "0100"),
    ("兰州市", "城关区", ["东岗西路", "天水南路", "庆阳路"], "7300"),
    ("西宁市", "城西区", ["五四大街", "胜利路", "西关大街"], "8100"),
    ("拉萨市", "城关区", ["北京中路", "江苏路", "金珠西路"], "8500"),
    ("昆明市", "五华区", ["青年路", "人民中路", "西昌路"], "6500"),
    ("成都市", "武侯区", ["人民南路四段", "科华北路", "玉林北路"], "6100"),
    ("广州市", "天河区", ["体育西路", "天河北路", "林和西路"], "5100"),
    ("武汉市", "武昌区", ["中南路", "徐东大街", "解放路"], "4300"),
    ("沈阳市", "和平区", ["南京南街", "三好街", "太原北街"], "1100"),
    ("喀什市", "", ["人民东路", "解放北路", "色满路"], "8440"),
    ("包头市", "昆都仑区", ["钢铁大街", "阿尔丁大街", "友谊大街"], "0140"),
]
COMMUNITIES = ["阳光花园", "幸福小区", "金桥名苑", "翠湖苑", "和平里", "锦绣家园", "天山明珠",
               "紫金城", "绿城玫瑰园", "碧水湾", "丽景小区", "铁路家属院", "红旗小区", "南湖新村"]


def cn_addr(style=None):
    city, dist, roads, pc_prefix = pick(CN_ADDR_PARTS)
    road = pick(roads)
    no = R.randint(1, 399)
    bld, unit, room = R.randint(1, 32), R.randint(1, 6), R.randint(1, 28) * 100 + R.randint(1, 6)
    comm = pick(COMMUNITIES)
    style = style or pick(["full", "full", "comm", "short", "dash", "village", "fw", "room_only"])
    pc = pc_prefix + digits(2)
    if style == "full":
        a = f"{city}{dist}{road}{no}号{comm}{bld}号楼{unit}单元{room}室"
    elif style == "comm":
        a = f"{dist or city}{comm}{bld}栋{unit}单元{room}"
    elif style == "short":
        a = f"{city}{road}{no}号"
    elif style == "dash":
        a = f"{road}{no}号院{bld}-{unit}-{room}"
    elif style == "village":
        a, pre = pick([("新疆伊犁州霍城县清水河镇", "8352"), ("内蒙古锡林郭勒盟正蓝旗上都镇", "0274"),
                       ("甘肃省定西市安定区巉口镇", "7430"), ("四川省凉山州昭觉县竹核乡", "6166"),
                       ("云南省大理州洱源县茈碧湖镇", "6712"), ("河南省周口市郸城县汲冢镇", "4771")])
        pc = pre + digits(2)
        a += f"{pick(['红星', '团结', '光明', '前进', '新华', '草原'])}村{R.randint(1, 9)}组{R.randint(1, 80)}号"
    elif style == "fw":
        a = f"{city}{dist}{road}" + fw(f"{no}号{bld}栋{room}室")
    else:
        a = f"{comm}{bld}号楼{room}室"
    return a, pc


def foreign_addr():
    c = pick(["kz", "kz_ru", "ru", "ru_cn", "mn", "uz", "kg", "ae", "th", "vn", "de", "uk", "fr",
              "ng", "ke", "my", "eg"])
    if c == "kz":
        return (f"哈萨克斯坦阿拉木图市阿拜大街{R.randint(1, 200)}号{R.randint(1, 120)}室",
                "05" + digits(4))
    if c == "kz_ru":
        return (f"г. {pick(['Алматы', 'Астана', 'Шымкент'])}, {pick(['пр. Абая', 'ул. Сатпаева', 'мкр. Самал-2', 'ул. Кенесары'])}, д. {R.randint(1, 150)}, кв. {R.randint(1, 200)}",
                pick(["050", "010", "160"]) + digits(3))
    if c == "ru":
        return (f"г. {pick(['Москва', 'Новосибирск', 'Иркутск', 'Омск', 'Барнаул'])}, ул. {pick(['Ленина', 'Гагарина', 'Мира', 'Советская', 'Пушкина'])}, д. {R.randint(1, 99)}, кв. {R.randint(1, 300)}",
                pick(["1", "6"]) + digits(5))
    if c == "ru_cn":
        return (f"俄罗斯新西伯利亚市列宁大街{R.randint(1, 99)}号{R.randint(1, 300)}室", "630" + digits(3))
    if c == "mn":
        return (f"乌兰巴托市{pick(['苏赫巴托区', '巴彦珠日和区', '汗乌拉区'])}第{R.randint(1, 20)}小区{R.randint(1, 60)}号楼{R.randint(1, 120)}号",
                pick(["14", "13", "17"]) + digits(3))
    if c == "uz":
        return (f"Toshkent sh., {pick(['Chilonzor', 'Yunusobod', 'Mirzo Ulugbek'])} tumani, {R.randint(1, 30)}-kvartal, {R.randint(1, 60)}-uy, {R.randint(1, 90)}-xonadon",
                "100" + digits(3))
    if c == "kg":
        return (f"吉尔吉斯斯坦比什凯克市楚河大街{R.randint(1, 200)}号{R.randint(1, 90)}室", "720" + digits(3))
    if c == "ae":
        return (f"Villa {R.randint(1, 90)}, Street {R.randint(1, 40)}, Al Barsha {R.randint(1, 3)}, Dubai", None)
    if c == "th":
        return (f"{R.randint(1, 300)}/{R.randint(1, 90)} Sukhumvit Soi {R.randint(1, 70)}, Khlong Toei, Bangkok",
                "10110")
    if c == "vn":
        return (f"Số {R.randint(1, 200)} Ngõ {R.randint(1, 99)} Phố Huế, Quận Hai Bà Trưng, Hà Nội", None)
    if c == "de":
        return (f"{pick(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Goethestraße'])} {R.randint(1, 120)}, Berlin",
                "10" + digits(3))
    if c == "uk":
        return (f"Flat {R.randint(1, 40)}, {R.randint(1, 200)} {pick(['King Street', 'Station Road', 'Church Lane'])}, London",
                pick(["SW1A 2AA", "E1 6AN", "NW3 4QG", "SE15 3BU", "N7 8HS"]))
    if c == "fr":
        return (f"{R.randint(1, 90)} rue {pick(['de la République', 'Victor Hugo', 'des Lilas'])}, Paris",
                "750" + f"{R.randint(1, 20):02d}")
    if c == "ng":
        return (f"No. {R.randint(1, 90)} {pick(['Allen Avenue', 'Adeola Odeku Street', 'Awolowo Road'])}, Ikeja, Lagos", None)
    if c == "ke":
        return (f"肯尼亚内罗毕 Ngong Road {R.randint(1, 300)} 号 {pick('ABCD')}{R.randint(1, 20)} 公寓", "00" + digits(3))
    if c == "my":
        return (f"No. {R.randint(1, 90)}, Jalan {pick(['Ampang', 'Bukit Bintang', 'Tun Razak'])}, Kuala Lumpur",
                "50" + digits(3))
    return (f"埃及开罗纳赛尔城第{R.randint(1, 10)}区{R.randint(1, 90)}号公寓{R.randint(1, 30)}层", "11" + digits(3))


def geo():
    base = pick([(43.82, 87.61), (43.24, 76.89), (51.16, 71.47), (47.92, 106.91), (39.90, 116.40),
                 (45.75, 126.63), (36.06, 103.83), (29.65, 91.14), (41.31, 69.24), (55.75, 37.62),
                 (13.75, 100.50), (25.20, 55.27), (22.54, 114.06), (30.66, 104.06), (40.84, 111.75)])
    lat = base[0] + R.uniform(-0.2, 0.2)
    lon = base[1] + R.uniform(-0.2, 0.2)
    st = pick(["dec", "dec", "dec_paren", "cn", "dms", "latlon", "maps", "fw"])
    if st == "dec":
        return f"{lat:.5f}, {lon:.5f}"
    if st == "dec_paren":
        return f"({lat:.4f}, {lon:.4f})"
    if st == "cn":
        return f"北纬{lat:.4f}°，东经{lon:.4f}°"
    if st == "dms":
        def dms(x):
            d = int(x); m = int((x - d) * 60); s = round(((x - d) * 60 - m) * 60)
            s = min(s, 59)
            return d, m, s
        a, b = dms(lat), dms(lon)
        return f"{a[0]}°{a[1]}′{a[2]}″N {b[0]}°{b[1]}′{b[2]}″E"
    if st == "latlon":
        return f"lat {lat:.5f} lon {lon:.5f}"
    if st == "maps":
        return f"https://maps.google.com/?q={lat:.6f},{lon:.6f}"
    return fw(f"{lat:.4f},{lon:.4f}")


def passport(country=None):
    c = country or pick(["cn", "cn", "cn", "kz", "kz", "ru", "mn", "uz", "kg", "tj", "ir", "th", "vn",
                         "id", "my", "ph", "de", "fr", "it", "uk", "us", "ng", "ke", "eg", "ae"])
    if c == "cn":
        v = pick(["E" + digits(8), "EA" + digits(7), "EB" + digits(7), "EC" + digits(7), "EJ" + digits(7)])
    elif c == "kz":
        v = "N" + digits(8)
    elif c == "ru":
        v = pick([digits(2, True) + " " + digits(7), digits(9, True)])
    elif c == "mn":
        v = "E" + digits(7)
    elif c == "uz":
        v = pick(["FA", "AA", "AD"]) + digits(7)
    elif c == "kg":
        v = pick(["AC", "PE"]) + digits(7)
    elif c == "tj":
        v = "4" + digits(8)
    elif c == "ir":
        v = pick("KPX") + digits(8)
    elif c == "th":
        v = pick(["AA", "AB", "AC"]) + digits(7)
    elif c == "vn":
        v = pick("BCN") + digits(7)
    elif c == "id":
        v = pick(["B", "C", "X"]) + digits(7)
    elif c == "my":
        v = "A" + digits(8)
    elif c == "ph":
        v = "P" + digits(7) + pick("ABC")
    elif c == "de":
        v = "C" + upper_alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
    elif c == "fr":
        v = digits(2) + pick(["AB", "CK", "FD", "HX"]) + digits(5)
    elif c == "it":
        v = pick(["YA", "YB", "AA"]) + digits(7)
    elif c in ("uk", "us"):
        v = digits(9, True)
    elif c == "ng":
        v = "A" + digits(8)
    elif c == "ke":
        v = "AK" + digits(7)
    elif c == "eg":
        v = "A" + digits(8)
    else:
        v = "N" + digits(7)
    if R.random() < 0.12 and " " not in v:
        v = fw(v) if R.random() < 0.5 else " ".join([v[:3], v[3:6], v[6:]])
    return c, v


COUNTRY_CN = {"cn": "中国", "kz": "哈萨克斯坦", "ru": "俄罗斯", "mn": "蒙古国", "uz": "乌兹别克斯坦",
              "kg": "吉尔吉斯斯坦", "tj": "塔吉克斯坦", "ir": "伊朗", "th": "泰国", "vn": "越南",
              "id": "印尼", "my": "马来西亚", "ph": "菲律宾", "de": "德国", "fr": "法国", "it": "意大利",
              "uk": "英国", "us": "美国", "ng": "尼日利亚", "ke": "肯尼亚", "eg": "埃及", "ae": "阿联酋",
              "in": "印度", "pk": "巴基斯坦", "sa": "沙特"}


def national_id():
    """Returns (country code, label, value)."""
    c = pick(["kz", "kz", "ru", "uz", "kg", "mn", "mn", "us", "th", "vn", "id", "my", "ae", "pk", "in",
              "eg", "sa", "it", "fr", "uk", "ng", "ke", "de"])
    y, m, d = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    if c == "kz":
        return c, pick(["ИИН", "IIN", "个人识别号", "ИИН/IIN"]), f"{y:02d}{m:02d}{d:02d}{pick('3456')}{digits(5)}"
    if c == "ru":
        return c, pick(["СНИЛС", "SNILS"]), f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"
    if c == "uz":
        return c, pick(["ПИНФЛ", "JSHSHIR", "PINFL"]), f"{pick('3456')}{d:02d}{m:02d}{y:02d}{digits(7)}"
    if c == "kg":
        return c, pick(["ПИН", "ИНН"]), f"{pick('12')}{d:02d}{m:02d}19{y:02d}{digits(5)}"
    if c == "mn":
        letters = pick(["УБ", "ЧЕ", "АА", "ГО", "ЮП", "ТЖ", "ИЙ"])
        return c, pick(["регистрийн дугаар", "注册号", "РД"]), f"{letters}{y:02d}{m:02d}{d:02d}{digits(2)}"
    if c == "us":
        return c, pick(["SSN", "Social Security No.", "社会安全号"]), f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if c == "th":
        s = pick("135") + digits(12)
        return c, pick(["泰国身份证号", "Thai ID"]), pick([s, f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"])
    if c == "vn":
        return c, pick(["CCCD", "越南公民身份证号"]), "0" + digits(2) + pick("0123") + f"{y:02d}" + digits(6)
    if c == "id":
        s = digits(6, True) + f"{d:02d}{m:02d}{y:02d}" + digits(4)
        return c, pick(["NIK", "印尼身份证号"]), pick([s, group(s, [4, 4, 4, 4])])
    if c == "my":
        return c, pick(["MyKad", "IC No.", "马来西亚身份证号"]), f"{y:02d}{m:02d}{d:02d}-{pick(['14', '10', '08', '01'])}-{digits(4)}"
    if c == "ae":
        return c, pick(["Emirates ID", "阿联酋身份证号"]), f"784-19{y:02d}-{digits(7)}-{digits(1)}"
    if c == "pk":
        return c, pick(["CNIC", "巴基斯坦身份证号"]), f"{digits(5, True)}-{digits(7)}-{digits(1)}"
    if c == "in":
        return c, pick(["Aadhaar", "Aadhaar 号码"]), f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"
    if c == "eg":
        return c, pick(["埃及国民身份证号", "National ID"]), f"2{y:02d}{m:02d}{d:02d}{digits(2)}{digits(5)}"
    if c == "sa":
        return c, pick(["沙特身份证号", "National ID", "Iqama"]), pick("12") + digits(9)
    if c == "it":
        L = "BCDFGHLMNPRSTVZ"
        return c, pick(["codice fiscale", "意大利税号"]), f"{''.join(pick(L) for _ in range(6))}{y:02d}{pick('ABCDEHLMPRST')}{d:02d}{pick('ABFHLM')}{digits(3)}{pick(L)}"
    if c == "fr":
        return c, pick(["numéro de sécurité sociale", "法国社保号"]), f"{pick('12')} {y:02d} {m:02d} {digits(2)} {digits(3)} {digits(3)} {digits(2)}"
    if c == "uk":
        return c, pick(["NI number", "National Insurance No."]), f"{pick(['JT', 'AB', 'NE', 'SK', 'PW'])} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}"
    if c == "ng":
        return c, pick(["NIN", "尼日利亚国民身份号"]), digits(11, True)
    if c == "ke":
        return c, pick(["肯尼亚身份证号", "Kenyan ID No."]), digits(8, True)
    return c, pick(["Steuer-ID", "德国税号"]), group(digits(11, True), [2, 3, 3, 3])


RID_REGIONS = ["110105", "110108", "310104", "650102", "650103", "654002", "653101", "230103",
               "150105", "620102", "630104", "540102", "530102", "450103", "510107", "440106",
               "420106", "210102", "220102", "350203", "640104", "150203", "410105", "370102"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(style=None, valid=None, ymd=None):
    y, m, d = ymd or (R.randint(1938, 2020), R.randint(1, 12), R.randint(1, 28))
    body = pick(RID_REGIONS) + f"{y}{m:02d}{d:02d}" + digits(3)
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, RID_W)) % 11]
    if valid is None:
        valid = R.random() < 0.85
    if not valid:
        chk = pick([c for c in "0123456789X" if c != chk])
    s = body + chk
    style = style or pick(["plain"] * 6 + ["684", "spaced", "fw", "lowx", "dash"])
    if style == "684":
        s = group(s, [6, 8, 4])
    elif style == "spaced":
        s = group(s, [3, 3, 4, 4, 4])
    elif style == "fw":
        s = fw(s)
    elif style == "lowx":
        s = body + chk.lower()
    elif style == "dash":
        s = group(s, [6, 8, 4], "-")
    return s


def mrn():
    """Returns (label, value)."""
    yr = R.randint(2016, 2024)
    kind = pick(["bah", "bah", "zyh", "zyh", "mrn", "mzh", "djh", "jzk", "id", "blh", "zyh_fw"])
    if kind == "bah":
        return pick(["病案号", "病案号：", "病历号"]), pick([digits(7, True), digits(10), f"{digits(2)}-{digits(2)}-{digits(2)}"])
    if kind == "zyh":
        return pick(["住院号", "住院号：", "住院登记号"]), pick([f"ZY{yr}{digits(5)}", f"{yr}{digits(6)}", digits(8, True)])
    if kind == "zyh_fw":
        return "住院号", fw(f"{yr}{digits(5)}")
    if kind == "mrn":
        return pick(["MRN", "MRN:", "MRN#"]), pick([digits(8), f"{digits(3)}-{digits(3)}-{digits(2)}", f"H{digits(7)}"])
    if kind == "mzh":
        return pick(["门诊号", "门诊病历号"]), pick([f"MZ{yr}{digits(6)}", digits(10)])
    if kind == "djh":
        return "登记号", digits(8, True)
    if kind == "jzk":
        return pick(["就诊卡号", "诊疗卡号"]), pick([digits(12), f"J{digits(9)}"])
    if kind == "id":
        return pick(["患者ID", "ID号", "HIS号"]), digits(10)
    return pick(["病理号", "病理号："]), pick([f"P{str(yr)[2:]}-{digits(5)}", f"{yr}-{digits(5)}"])


def health_plan():
    kind = pick(["yb", "yb", "sb", "xnh", "policy", "member", "oms", "policy_en", "yb_fw"])
    if kind == "yb":
        return pick(["医保卡号", "医保号", "医保个人编号"]), pick([digits(10, True), f"Y{digits(9)}", group(digits(12, True), [4, 4, 4])])
    if kind == "yb_fw":
        return "医保卡号", fw(digits(10, True))
    if kind == "sb":
        return pick(["社保卡号", "社会保障卡卡号"]), pick(["A" + digits(8), "B" + digits(8), digits(9, True)])
    if kind == "xnh":
        return pick(["新农合证号", "合作医疗证号"]), digits(R.randint(12, 14), True)
    if kind == "policy":
        return pick(["保单号", "商业保险保单号", "保险单号"]), pick([f"P{R.randint(2018, 2024)}{digits(10)}", digits(15, True), f"{digits(6, True)}-{digits(8)}"])
    if kind == "member":
        return pick(["Member ID", "会员号(保险)", "保险卡号"]), pick([f"{pick(['BUP', 'CGN', 'AXA', 'ALZ'])}{digits(8)}", f"U{digits(8)} {digits(2)}"])
    if kind == "oms":
        return pick(["полис ОМС", "ОМС", "俄罗斯医保单号"]), group(digits(16, True), [4, 4, 4, 4])
    return pick(["policy no.", "Policy No.", "保单 policy"]), f"{pick(['TR', 'MED', 'HLT'])}-{R.randint(2019, 2024)}-{digits(7)}"


def bank_account():
    """Returns (label, value)."""
    kind = pick(["cn", "cn", "cn", "kz", "de", "gb", "ae", "ru", "fr", "tr", "cn_fw", "visa"])
    if kind in ("cn", "cn_fw"):
        s = pick(["6222", "6217", "6228", "6216", "6225", "6214"]) + digits(pick([12, 15]))
        v = pick([s, group(s, [4, 4, 4, 4, 3])])
        if kind == "cn_fw":
            v = fw(s)
        return pick(["银行卡号", "卡号", "收款账号", "账号", "建行卡号", "农行卡号"]), v
    if kind == "kz":
        return "IBAN", f"KZ{digits(2)}{digits(3)}{upper_alnum(13, 'ABCDEFGHJK0123456789')}"
    if kind == "de":
        s = "DE" + digits(20)
        return "IBAN", group(s, [4, 4, 4, 4, 4, 2])
    if kind == "gb":
        return "IBAN", f"GB{digits(2)} {pick(['NWBK', 'BARC', 'HBUK'])} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"
    if kind == "ae":
        return "IBAN", f"AE{digits(2)}{digits(19)}"
    if kind == "ru":
        return pick(["счёт", "расчётный счёт", "俄罗斯账户"]), "40817810" + digits(12)
    if kind == "fr":
        return "IBAN", f"FR76 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(3)}"
    if kind == "tr":
        return "IBAN", f"TR{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"
    body = "4" + digits(14)
    return pick(["Visa 卡号", "信用卡号"]), group(body + luhn_digit(body), [4, 4, 4, 4])


def licence_prof():
    """Professional licence of a clinician: (label, value)."""
    kind = pick(["ys", "ys", "hs", "yszg", "gmc", "yaoshi", "kz"])
    if kind == "ys":
        return pick(["医师执业证书编码", "执业证书编码", "执业证号"]), "1" + pick(["10", "65", "23", "15", "62", "51", "44"]) + digits(12)
    if kind == "hs":
        return pick(["护士执业证书编号", "护士执业证号"]), f"{R.randint(2005, 2023)}{pick(['65', '11', '23', '15'])}{digits(6)}"
    if kind == "yszg":
        return "医师资格证书编码", f"{R.randint(2000, 2022)}{pick(['1', '2'])}{digits(2)}{digits(6)}"
    if kind == "gmc":
        return pick(["GMC No.", "GMC number"]), digits(7, True)
    if kind == "yaoshi":
        return "执业药师注册证号", f"{pick(['65', '11', '23'])}{R.randint(2010, 2023)}{digits(6)}"
    return pick(["лицензия №", "哈方行医许可证号"]), f"{digits(2)}-{digits(5)}"


def licence_drive():
    kind = pick(["uk", "kz", "ru", "de", "us", "mn"])
    if kind == "uk":
        return "driving licence", f"{pick(['MORGA', 'SMITH', 'JONES', 'TAYLO'])}{digits(6)}{pick(['SM', 'AJ', 'KL'])}{digits(1)}{upper_alnum(2, 'ABCDEFGHIJ')}"
    if kind == "kz":
        return pick(["водительское удостоверение", "哈国驾照号"]), f"{pick(['AN', 'BA', 'KZ'])} {digits(6)}"
    if kind == "ru":
        return pick(["ВУ", "俄罗斯驾照号"]), f"{digits(2)} {digits(2)} {digits(6)}"
    if kind == "de":
        return "Führerschein-Nr.", f"B{digits(3)}{upper_alnum(3)}{digits(2)}{upper_alnum(1)}{digits(2)}"
    if kind == "us":
        return "driver's license", f"{pick('DFS')}{digits(3)}-{digits(4)}-{digits(4)}"
    return "蒙古驾照号", f"{pick(['УБ', 'ДА'])}{digits(8)}"


PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PL_LET = "ABCDEFGHJKLMNPQRSTUVWXY"


def plate(style=None):
    style = style or pick(["cn", "cn", "cn", "cn_dot", "cn_ev", "cn_fw", "cn_space", "kz", "ru", "mn", "vin", "vin"])
    p, l = pick(PROV), pick(PL_LET)
    tail = "".join(pick("0123456789" + "ABCDEFGHJKLMNPQRSTUVWXYZ") if i < 2 and R.random() < 0.3 else pick("0123456789") for i in range(5))
    if style == "cn":
        return f"{p}{l}{tail}"
    if style == "cn_dot":
        return f"{p}{l}·{tail}"
    if style == "cn_space":
        return f"{p}{l} {tail}"
    if style == "cn_ev":
        return f"{p}{l}{pick('DF')}{digits(5)}"
    if style == "cn_fw":
        return p + fw(l + tail)
    if style == "kz":
        return f"{digits(3)} {''.join(pick('ABEKMHOPCTX') for _ in range(3))} {pick(['01', '02', '05', '13', '17'])}"
    if style == "ru":
        cy = "АВЕКМНОРСТУХ"
        return f"{pick(cy)}{digits(3)}{pick(cy)}{pick(cy)} {pick(['77', '54', '38', '154', '799'])}"
    if style == "mn":
        return f"{digits(4)} {pick(['УБА', 'УНМ', 'УБЕ', 'ДАА'])}"
    vin = (pick(["LSV", "LFV", "LVS", "LGB", "WDD", "XTA", "JTD", "KMH"])
           + upper_alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + upper_alnum(1, "0123456789X")
           + upper_alnum(1, "ABCDEFGHJKLMNPRSTVWXY123456789") + upper_alnum(1, "0123456789ABC") + digits(6))
    assert len(vin) == 17
    return vin


def device():
    """Returns (label, value, device phrase)."""
    kind = pick(["pm", "pm", "icd", "pump", "cgm", "ci", "imei", "imei", "mac", "udi", "ha", "scs"])
    if kind == "pm":
        return pick(["序列号", "SN", "S/N", "序列号："]), f"{pick(['PJN', 'RNH', 'NWR', 'PZK', 'BNT'])}{digits(6)}{pick('HSG')}", "起搏器"
    if kind == "icd":
        return pick(["序列号", "SN"]), f"{pick(['BLC', 'DVF', 'RVQ'])}{digits(6)}{pick('HS')}", pick(["ICD", "除颤器"])
    if kind == "pump":
        return pick(["SN", "序列号", "机身号"]), f"NG{digits(7)}H", "胰岛素泵"
    if kind == "cgm":
        return pick(["传感器序列号", "SN"]), f"{pick(['0M', '3M', 'MH'])}{upper_alnum(8, '0123456789ABCDEF')}", "动态血糖仪"
    if kind == "ci":
        return pick(["植入体序列号", "serial"]), f"{pick(['CI', 'IS'])}{digits(7)}", "人工耳蜗"
    if kind == "imei":
        body = pick(["86", "35", "49"]) + digits(12)
        v = body + luhn_digit(body)
        return "IMEI", pick([v, group(v, [2, 6, 6, 1]), group(v, [2, 6, 6, 1], "-")]), pick(["手机", "定位手表", "远程监护盒"])
    if kind == "mac":
        v = ":".join(upper_alnum(2, "0123456789ABCDEF") for _ in range(6))
        return pick(["MAC", "MAC 地址", "MAC地址"]), pick([v, v.lower(), v.replace(":", "-")]), pick(["家用监护网关", "血压计蓝牙模块", "呼吸机无线模块"])
    if kind == "udi":
        return "UDI", f"(01)0{digits(13)}(17){R.randint(25, 29)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){pick(['PJN', 'SJM', 'RNH'])}{digits(6)}", pick(["起搏器", "除颤器"])
    if kind == "ha":
        return pick(["助听器序列号", "SN"]), f"{digits(4)}-{digits(5)}", "助听器"
    return pick(["刺激器序列号", "SN"]), f"{pick(['NKT', 'SCS'])}{digits(6)}", "脊髓电刺激器"


def other_number(kinds=None):
    """Returns (phrase label, value)."""
    kind = pick(kinds or ["train", "ticket", "pnr", "visa", "visa", "case", "emp", "stu", "sf", "hotel",
                          "police", "birth", "invite", "train_seat", "labor"])
    if kind == "train":
        return pick(["12306订单号", "火车票订单号", "订单号"]), "E" + digits(9, True)
    if kind == "ticket":
        return pick(["电子客票号", "机票票号", "e-ticket"]), f"{pick(['999', '784', '465', '781', '880', '555'])}-{digits(10)}"
    if kind == "pnr":
        return pick(["订座记录编码", "PNR", "booking ref"]), upper_alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "visa":
        return pick(["签证号", "签证号码", "visa No."]), pick([digits(8, True), "M" + digits(8), "L" + digits(8)])
    if kind == "case":
        return "案号", f"（{R.randint(2019, 2024)}）{pick(['新0102', '京0105', '黑0103', '蒙0105', '甘0102'])}民初{R.randint(100, 19999)}号"
    if kind == "emp":
        return pick(["工号", "员工编号", "employee No."]), pick([digits(5, True), f"HR{digits(6)}", f"{pick('ABCX')}{digits(4)}"])
    if kind == "stu":
        return pick(["学号", "学籍号"]), pick([f"{R.randint(2015, 2023)}{digits(6)}", f"G{digits(12)}"])
    if kind == "sf":
        return pick(["快递单号", "顺丰单号", "运单号"]), pick(["SF" + digits(13, True), "YT" + digits(13, True), "JD" + digits(13)])
    if kind == "hotel":
        return pick(["酒店预订确认号", "confirmation No."]), digits(R.randint(9, 11), True)
    if kind == "police":
        return pick(["报警回执编号", "受案回执号"]), f"{pick(['J', 'A'])}{digits(4)}{R.randint(2019, 2024)}{digits(8)}"
    if kind == "birth":
        return "出生医学证明编号", f"{pick('NOPQR')}{digits(9, True)}"
    if kind == "invite":
        return pick(["医疗签证邀请函编号", "邀请函编号"]), f"YQ-{R.randint(2019, 2024)}-{digits(5)}"
    if kind == "train_seat":
        return "车票票号", f"{pick(['Z', 'E', 'G'])}{digits(6)}{digits(8)}"
    return pick(["工伤认定书编号", "劳动能力鉴定编号"]), f"{pick(['新', '京', '黑'])}人社伤认字〔{R.randint(2019, 2024)}〕{digits(4)}号"


# ---------------------------------------------------------------- template registry

FAMILIES = []


def fam(cat, n):
    def deco(f):
        FAMILIES.append((cat, n, f))
        return f
    return deco


def place():
    return pick(CN_CITIES + FOREIGN_CITIES)


def vague_time():
    return pick(["去年冬天", "今年春天", "三年前", "上个月", "2022年底", "2021年夏天", "去年11月",
                 "半年前", "今年年初", "2019年", "两个月前", "2023年秋天", "前年", "今年3月",
                 "上周", "几年前", "2020年疫情期间", "2024年初"])


def patient_ref():
    return pick(ALIASES + ["这位患者", "患者", "老人", "这名患儿", "这位来自" + pick(COUNTRIES) + "的患者"])


def doc_clause():
    return pick(["主刀医生", "主治医生", "管床医生", "责任护士", "康复治疗师", "麻醉医生", "科室主任"])


# ---------------------------------------------------------------- person_name families

@fam("name_story", 28)
def _():
    n = any_name()
    a = age_u90()
    pats = [
        f"{n}今年{a}岁，来自{place()}，{vague_time()}因{pick(CONDITIONS)}来到我院{pick(DEPTS)}就诊。",
        f"{vague_time()}，{a}岁的{n}被确诊为{pick(CONDITIONS)}，一家人辗转来到{pick(HOSPITALS)}。",
        f"来自{pick(COUNTRIES)}的{n}在{pick(DEPTS)}接受了{pick(SURGERIES)}，术后恢复顺利。",
        f"{n}是一名{pick(['中学教师', '货车司机', '牧民', '退休工人', '大学生', '厨师', '会计'])}，{vague_time()}开始反复{pick(['胸痛', '头晕', '咳嗽', '腹痛', '腰痛', '视物模糊'])}。",
        f"在{pick(HOSPITALS)}住了{R.randint(5, 40)}天后，{n}终于可以回家过年了。",
    ]
    return pick(pats), ["person_name"]


@fam("name_quote_patient", 22)
def _():
    n = any_name()
    q = pick(["“我以为这辈子再也站不起来了。”", "“谢谢你们，让我又能看清孩子的脸。”",
              "“刚来的时候我连楼都爬不了。”", "“医生说得很清楚，我一点也不害怕。”",
              "“现在每天能走五千步，感觉自己又活过来了。”", "“语言不通，但护士们总有办法让我明白。”",
              "“这是我第一次出国看病，心里很没底。”"])
    pats = [f"{q}{n}说。", f"{q}出院那天，{n}握着医生的手说。", f"{n}回忆道：{q}",
            f"{q}{n}的{pick(RELATIONS)}在电话里说。", f"谈到这次治疗，{n}笑着说：{q}"]
    return pick(pats), ["person_name"]


@fam("name_clinician", 30)
def _():
    d = pick([cn_full(), cn_full(), sur_title("doc"), pinyin_name()])
    pats = [
        f"“这台手术难度很大，必须一次成功。”{pick(DEPTS)}主任{cn_full()}说。",
        f"主刀医生{d}介绍，患者术后第{R.randint(1, 7)}天即可下床活动。",
        f"{pick(DEPTS)}{d}团队为患者制定了个体化治疗方案。",
        f"据{d}介绍，这类病例在{pick(CN_CITIES)}并不少见。",
        f"{cn_full()}副主任医师提醒，{pick(['高血压', '糖尿病', '房颤'])}患者要按时服药、定期复查。",
        f"经过{d}和{sur_title('nurse')}的耐心解释，家属同意了手术方案。",
        f"Dr. {pick(PINYIN_NAMES)[0]} 在会诊中建议先行{pick(['化疗', '放疗', '介入治疗', '保守治疗'])}。",
        f"Prof. {pick(PINYIN_NAMES)[0]} and {pick(['her', 'his'])} team performed the first {pick(['TAVR', 'ECMO', 'robotic'])} case in the region.",
    ]
    return pick(pats), ["person_name"]


@fam("name_caption", 22)
def _():
    n1, n2 = any_name(), cn_full()
    pats = [
        f"图为{n1}（左）与主刀医生{n2}在病房合影。",
        f"【图】{n1}在康复训练室进行步态训练。",
        f"左起：{n2}、{n1}及其{pick(RELATIONS)}。",
        f"出院前，{n1}为医护团队送上锦旗。（摄影：{n2}）",
        f"图片说明：{pick(DEPTS)}护士长{n2}为{n1}更换敷料。",
        f"照片中，{n1}抱着刚满月的孩子向镜头挥手。",
        f"Photo: {pinyin_name()} (right) with the nursing team on discharge day.",
        f"摄影／{n2}　编辑／{cn_full()}",
    ]
    return pick(pats), ["person_name"]


@fam("name_timeline", 16)
def _():
    n = any_name()
    pats = [
        f"第{R.randint(2, 20)}天　{n}在康复师{cn_full()}的帮助下第一次站立。",
        f"术后第{R.randint(1, 10)}天：{n}拔除引流管，开始经口进食。",
        f"第{R.randint(2, 6)}周　{n}的{pick(RELATIONS)}从{place()}赶来陪护。",
        f"入院当晚 —— 值班医生{sur_title('doc')}完成床旁超声评估。",
        f"出院后第{R.randint(1, 12)}个月　{n}回院复查，各项指标平稳。",
    ]
    return pick(pats), ["person_name"]


@fam("name_message", 38)
def _():
    n = any_name()
    pats = [
        f"您好，我是{n}，上周在贵院做的胃镜，报告什么时候能出来？",
        f"医生你好！我妈妈{n}在你们{pick(DEPTS)}住院，想问下探视时间",
        f"你好 我是{n}的{pick(RELATIONS)}，他复查的片子可以寄给我们吗",
        f"hi doctor，我是{foreign_name(0.8)}，next month想来复查，需要预约吗？",
        f"请帮忙转告{sur_title('doc')}，我爸的药吃完了，能不能再开一个月的",
        f"您号，我叫{n}，{vague_time()}在贵院做过手术，现在伤口有点痒正常吗",
        f"我是{place()}来的{n}，想咨询国际医疗部看病流程，谢谢！！",
        f"麻烦问一下{sur_title('nurse')}今天上班吗？我想当面谢谢她",
        f"Здравствуйте, я {pick(CYRILLIC_NAMES)}, хочу записаться на консультацию в {pick(['кардиологию', 'неврологию', 'онкологию'])}.",
        f"你好，病人{n}，{pick(['男', '女'])}，{age_u90()}岁，想挂{pick(DEPTS)}的专家号",
    ]
    return pick(pats), ["person_name"]


@fam("name_nick", 24)
def _():
    k = nickname()
    kk = nickname(kid=True)
    pats = [
        f"病房里的护士们都叫她“{k}”。",
        f"{k}今天又来复查了，比上次胖了不少。",
        f"“{kk}，别怕，打完针就带你去买冰淇淋。”妈妈轻声哄着。",
        f"邻床的{k}每天陪他下棋，两人成了好朋友。",
        f"{kk}妈妈说，孩子出院后第一件事就是回学校。",
        f"隔壁床{k}的家属帮忙买了饭，真的很感激",
        f"{k}，你的化验单我已经拍照发群里了",
    ]
    return pick(pats), ["person_name"]


@fam("name_word", 24)
def _():
    w = pick(WORD_NAMES)
    pats = [
        f"责任护士{w}每天早上都会来教她做呼吸训练。",
        f"康复治疗师{w}说，坚持锻炼三个月就能看到效果。",
        f"特别感谢{w}医生，在我最绝望的时候没有放弃我。",
        f"患者{w}，{pick(['男', '女'])}，{age_u90(18, 89)}岁，因{pick(CONDITIONS)}入院。",
        f"{w}和妻子一起从{place()}来到北京求医。",
        f"“别担心，手术很顺利。”{w}主任走出手术室时说。",
        f"陪诊志愿者{w}全程帮他们挂号、缴费、取药。",
        f"我是{w}，想咨询一下复诊的事",
    ]
    return pick(pats), ["person_name"]


@fam("name_latin", 24)
def _():
    n = pick([pinyin_name(), foreign_name(1.0), foreign_name(1.0)])
    pats = [
        f"患者 {n} 来自{pick(FOREIGN_CITIES)}，{vague_time()}在当地确诊{pick(CONDITIONS)}。",
        f"{n} 是我们接诊的第一位来自{pick(COUNTRIES)}的{pick(['TAVR', '肝移植', '人工耳蜗', '质子治疗'])}患者。",
        f"病历首页写着“{n}”，但家人都用中文名称呼他。",
        f"Patient: {n}; Dept: {pick(['Cardiology', 'Neurology', 'Orthopaedics', 'Oncology'])}",
        f"{n} said the interpreter made everything easier.",
        f"家属签字：{n}",
        f"我是 {n}，请问英文版的出院小结什么时候能拿到？",
    ]
    return pick(pats), ["person_name"]


@fam("name_interpreter", 16)
def _():
    n = pick([cn_full(), foreign_name(0.3), pick(MINORITY_NAMES)])
    lang = pick(["俄语", "哈萨克语", "蒙古语", "阿拉伯语", "维吾尔语", "乌兹别克语", "越南语", "法语"])
    pats = [
        f"{lang}翻译{n}全程陪同，帮助医生和家属沟通。",
        f"术前谈话由{lang}志愿者{n}现场翻译。",
        f"多亏了翻译{n}，{patient_ref()}终于听懂了出院医嘱。",
        f"{n}是医院的{lang}医学翻译，已经陪同过上百位外籍患者。",
    ]
    return pick(pats), ["person_name"]


@fam("name_thanks", 18)
def _():
    a, b, c = sur_title("doc"), sur_title("nurse"), cn_full()
    pats = [
        f"特别感谢{pick(DEPTS)}的{a}、{b}和{c}护士！",
        f"感谢信：衷心感谢{c}医生及全体医护人员的精心治疗。",
        f"谢谢{a}和{b}，你们辛苦了！！！",
        f"我们全家永远记得{c}大夫在那个夜里守在床边。",
        f"锦旗上写着“医德高尚，妙手仁心——赠{c}医生”。",
    ]
    return pick(pats), ["person_name"]


@fam("name_relation", 18)
def _():
    n = any_name()
    rel = pick(RELATIONS)
    pats = [
        f"{patient_ref()}的{rel}{n}一直守在床边。",
        f"她的{rel}{n}辞去了工作，专门来{pick(CN_CITIES)}陪护。",
        f"手术同意书由患者的{rel}{n}签字。",
        f"“我只想让她好起来。”家属{n}说。",
        f"紧急联系人：{n}（{rel}）",
    ]
    return pick(pats), ["person_name"]


@fam("name_minority", 14)
def _():
    n = pick(MINORITY_NAMES)
    pats = [
        f"{n}家住{pick(['伊犁', '阿勒泰', '日喀则', '锡林郭勒', '喀什', '那曲', '阿拉善'])}，从家到医院要坐两天的车。",
        f"{age_u90(3, 16)}岁的{n}是家里的老大，下面还有两个妹妹。",
        f"{n}的父亲是牧民，第一次走进这么大的医院。",
        f"{vague_time()}，{n}在{pick(DEPTS)}完成了{pick(SURGERIES)}。",
    ]
    return pick(pats), ["person_name"]


def with_name(kinds, p=0.15):
    """Optionally returns a name (and adds person_name to kinds)."""
    if R.random() < p:
        kinds.append("person_name")
        return cname()
    return None


def who(kinds, p=0.15):
    n = with_name(kinds, p)
    return n if n else patient_ref()


# ---------------------------------------------------------------- exact_date

@fam("date_story", 15)
def _():
    k = ["exact_date"]
    w = who(k)
    d = event_date()
    pats = [
        f"{d}，{w}因{pick(CONDITIONS)}被紧急送入我院{pick(DEPTS)}。",
        f"{w}于{d}在全麻下接受了{pick(SURGERIES)}，手术历时{R.randint(2, 9)}小时。",
        f"{d}凌晨，{w}突发{pick(['胸痛', '意识不清', '大咯血', '剧烈腹痛'])}，由120送至急诊。",
        f"经过{R.randint(10, 60)}天的治疗，{w}于{d}康复出院。",
        f"{w}{d}从{place()}转诊来院，入院时{pick(['血压偏低', '心率很快', '已经不能平卧', '意识模糊'])}。",
        f"{d}是{w}第二次来院复查的日子，这次{pick(['肿瘤标志物已恢复正常', 'CT未见复发', '肾功能稳定'])}。",
    ]
    return pick(pats), k


@fam("date_timeline", 15)
def _():
    k = ["exact_date"]
    d = event_date()
    pats = [
        f"{d}　完成{pick(SURGERIES)}",
        f"{d}：转入普通病房，开始床旁康复",
        f"{d} —— 多学科会诊（MDT），确定{pick(['新辅助化疗', '手术', '靶向治疗'])}方案",
        f"· {d}　首次门诊",
        f"{d}　拔除气管插管，自主呼吸良好",
        f"【{d}】出院，带药回家",
        f"入院日期：{d}",
        f"手术日期 {d}；出院日期 {event_date()}",
    ]
    return pick(pats), k


@fam("date_message", 17)
def _():
    k = ["exact_date"]
    d = event_date()
    pats = [
        f"我是{d}做的手术，现在伤口还有点疼，正常吗",
        f"你好，我爸{d}出院的，出院小结忘拿了，可以补打吗？",
        f"想约{d}上午的号，请问还有吗",
        f"请问{d}那天的检查结果出来没有？",
        f"我们{d}从{pick(FOREIGN_CITIES)}飞过来，落地后直接去医院可以吗",
        f"复诊时间改到{d}了，麻烦帮忙确认一下～",
        f"hello，my mother had surgery on {fmt_date(R.randint(2019, 2024), R.randint(1, 12), R.randint(1, 28), True, 'en')}，伤口有点红",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- date_of_birth

@fam("dob_form", 18)
def _():
    k = ["date_of_birth"]
    d = dob()
    pats = [
        f"出生日期：{d}",
        f"性别：{pick(['男', '女'])}　出生日期：{d}　民族：{pick(['汉族', '维吾尔族', '哈萨克族', '蒙古族', '回族', '藏族'])}",
        f"DOB: {d}",
        f"Date of birth: {dob('ru')}",
        f"дата рождения: {dob('ru')}",
        f"出生年月日 {dob('pad')}",
        f"{d}（出生日期）",
        f"生日：{d}，血型{pick(['A', 'B', 'O', 'AB'])}型",
    ]
    return pick(pats), k


@fam("dob_story", 14)
def _():
    k = ["date_of_birth"]
    d = dob()
    y = R.randint(2018, 2024)
    nd = fmt_date(y, R.randint(1, 12), R.randint(1, 28), True)
    pats = [
        f"宝宝于{nd}出生，出生时体重只有{R.randint(9, 19) / 10}公斤。",
        f"{patient_ref()}生于{d}，自幼患有{pick(['先天性心脏病', '癫痫', '哮喘', '地中海贫血'])}。",
        f"孩子是{nd}出生的早产儿，在新生儿科住了{R.randint(20, 70)}天。",
        f"双胞胎出生于{nd}，姐姐{R.randint(12, 18) * 100}克，妹妹{R.randint(10, 16) * 100}克。",
        f"她出生于{d}，这是她第一次来中国。",
    ]
    return pick(pats), k


@fam("dob_message", 16)
def _():
    k = ["date_of_birth"]
    d = dob()
    pats = [
        f"挂号信息：我儿子生日是{dob(child=True)}，系统一直提示信息有误",
        f"您好，病人出生日期{d}，登记的时候写错了，能改吗",
        f"我的生日{d}，在APP上查不到报告",
        f"孩子{dob(child=True)}出生，想预约儿保体检",
        f"born {dob('en')}, need a medical certificate in English please",
        f"我妈是{d}生的，办住院时身份证年龄对不上怎么办",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- age_over_89

def age90_words():
    return pick([age90(), age90(), age90(), "九旬", "年逾九旬", "年近百岁", "九十多岁", "百岁",
                 "90多岁", "九十好几", f"{R.randint(90, 104)}-year-old"])


@fam("age_story", 20)
def _():
    k = ["age_over_89"]
    a = age90_words()
    if a == "九旬":
        sub = "九旬老人"
    elif a == "百岁":
        sub = "百岁老人"
    elif "year-old" in a:
        return f"A {a} patient from {pick(['Almaty', 'Ulaanbaatar', 'Urumqi', 'Harbin'])} underwent {pick(['TAVR', 'hip replacement', 'cataract surgery'])}.", k
    elif a in ("年逾九旬", "年近百岁"):
        sub = f"{a}的老人"
    else:
        sub = f"{a}的老人"
    n = with_name(k, 0.2)
    ref = f"{sub}{n}" if n else sub
    pats = [
        f"{ref}因{pick(['股骨粗隆间骨折', '急性心衰', '肺部感染', '主动脉瓣重度狭窄'])}入院。",
        f"手术团队为{ref}成功实施了{pick(['经导管主动脉瓣置换术', '髋关节置换术', '白内障手术', '起搏器植入术'])}。",
        f"{ref}术后第二天就能在家人搀扶下下地走路。",
        f"这位{sub}精神矍铄，每天坚持在病房走廊散步。",
    ]
    return pick(pats), k


@fam("age_quote", 14)
def _():
    k = ["age_over_89"]
    n = age90()
    pats = [
        f"“我今年{n}了，还想多活几年，看着重孙子长大。”",
        f"老人说：“都{n}的人了，不怕手术。”",
        f"“奶奶{n}，麻醉风险大不大？”家属反复询问。",
        f"“我爷爷{n}，耳朵背，麻烦说话大声一点。”",
        f"麻醉科主任表示，{n}患者的麻醉评估需要格外谨慎。",
    ]
    return pick(pats), k


@fam("age_message", 16)
def _():
    k = ["age_over_89"]
    a = pick([age90(), "90多岁", "九十多岁", "快一百岁", "一百多岁"])
    pats = [
        f"家里老人{a}了，行动不便，可以上门看病吗",
        f"请问{a}的老人还能做胃镜吗？",
        f"我外婆{a}，最近吃饭总呛咳，挂哪个科",
        f"老爷子{a}，血压忽高忽低，需要住院吗",
        f"my grandfather is {R.randint(90, 101)} years old, can he have the surgery?",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- phone_number

@fam("phone_msg", 14)
def _():
    k = ["phone_number"]
    p = any_phone()
    n = with_name(k, 0.15)
    pats = [
        f"有结果麻烦打我电话{p}，谢谢",
        f"你好，我是患者家属，电话{p}，请尽快回电",
        f"我手机号{p}，白天开会可能接不到，请发短信",
        f"{p}是我女儿的手机号，有事找她",
        f"想咨询肝移植，电话：{p}",
        f"打了好几次总机都占线，麻烦回拨{p}",
        f"联系不上我的话可以打我老公电话 {p}",
        f"{p}（工作日晚上7点后再打）",
        f"WhatsApp: {foreign_phone()}，俄语或英语都可以",
    ]
    s = pick(pats)
    if n:
        s = s + f"，找{n}"
    return s, k


@fam("phone_contact", 13)
def _():
    k = ["phone_number"]
    pats = [
        f"联系电话：{any_phone()}（{pick(RELATIONS)}）",
        f"家属电话 {cn_mobile()}，24小时开机",
        f"传真：{cn_landline()}",
        f"Tel: {foreign_phone()}",
        f"紧急联系电话 {cn_mobile()} / {cn_landline()}",
        f"电话号码{cn_mobile('zh')}",
        f"手机：{cn_mobile('fw')}",
        f"电话 {cn_mobile('cap')}（怕被屏蔽所以写大写）",
        f"Fax {cn_landline()}",
    ]
    return pick(pats), k


@fam("phone_story", 8)
def _():
    k = ["phone_number"]
    p = any_phone()
    pats = [
        f"出院时，她把家里的号码{p}写在了护士站的白板上。",
        f"患者的{pick(RELATIONS)}留下了国外的手机号{foreign_phone()}，方便随访。",
        f"随访护士每月拨打{p}，询问老人的服药情况。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- email

@fam("email_msg", 20)
def _():
    k = ["email"]
    e = email()
    n = with_name(k, 0.12)
    pats = [
        f"请把检查报告发到我邮箱{e}，谢谢",
        f"邮箱：{e}",
        f"麻烦把英文版出院小结发{e}",
        f"My email is {e}, please reply in English.",
        f"Пожалуйста, отправьте заключение на {e}",
        f"你好，之前发到{e}的邮件没有收到，能再发一次吗",
        f"我的邮件地址是 {e}（不是QQ邮箱那个）",
        f"预约确认请发至{e}",
    ]
    s = pick(pats)
    if n:
        s = f"{n}：{s}"
    return s, k


@fam("email_footer", 14)
def _():
    k = ["email"]
    e = email("plain")
    pats = [
        f"E-mail：{e}",
        f"联系邮箱 {e}",
        f"来信请寄 {e}，我们会在三个工作日内回复。",
        f"投稿人邮箱：{e}",
        f"Contact: {e}",
    ]
    return pick(pats), k


@fam("email_disguised", 14)
def _():
    k = ["email"]
    e = email(pick(["at_dot", "hash", "paren", "fwat", "spaced", "zh_at"]))
    pats = [
        f"怕被过滤，邮箱写成这样：{e}",
        f"发我邮箱 {e}",
        f"email: {e}",
        f"请联系 {e}，谢谢您",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- web_address

@fam("web_crowdfund", 24)
def _():
    k = ["web_address"]
    u = web_url(pick(["sdc", "qsc", "gfm", "jg", "ketto"]))
    n = with_name(k, 0.15)
    pats = [
        f"为孩子发起的筹款链接：{u}",
        f"家属在网上发起了众筹：{u}，已筹得{R.randint(3, 30)}万元。",
        f"求转发！{u}",
        f"Please share: {u}",
        f"我们在水滴筹上的项目地址是 {u}",
        f"筹款页面 {u} 上记录了她治疗的每一步。",
    ]
    s = pick(pats)
    if n:
        s = s.rstrip("。") + f"（发起人：{n}）"
    return s, k


@fam("web_personal", 14)
def _():
    k = ["web_address"]
    u = web_url(pick(["personal", "blog", "univ", "plain_dom"]))
    pats = [
        f"他在个人博客 {u} 上记录了整个康复过程。",
        f"更多照片见我的个人网站：{u}",
        f"她的抗癌日记一直更新在 {u}",
        f"个人主页：{u}",
        f"我把每天的血糖记录都放在 {u} 了，医生可以看看",
    ]
    return pick(pats), k


@fam("web_msg", 14)
def _():
    k = ["web_address"]
    u = web_url()
    pats = [
        f"医生您好，这是我写的病程记录 {u}，麻烦看一下",
        f"能不能帮忙在官网转发一下 {u}",
        f"我爸的故事我写在 {u} 了，愿意授权医院使用",
        f"链接 {u} 里有我之前在国外的检查资料",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- ip_address

@fam("ip_log", 20)
def _():
    k = ["ip_address"]
    ip = ip_addr()
    pats = [
        f"留言提交IP：{ip}",
        f"提交者IP {ip}（{place()}）",
        f"系统日志：{ip} 于凌晨多次提交表单",
        f"IP地址 {ip}，浏览器 Chrome",
        f"来源 IP：{ip} / 设备：iPhone",
        f"{ip}（提交IP）",
    ]
    return pick(pats), k


@fam("ip_msg", 16)
def _():
    k = ["ip_address"]
    ip = ip_addr()
    pats = [
        f"我登录不上患者端，客服让我提供IP，我的是{ip}",
        f"你们网站把我的IP {ip} 封了，一直提示访问受限",
        f"报告下载失败，显示我的IP是{ip}",
        f"在哈萨克斯坦打不开挂号页面，IP {ip}，能帮忙看看吗",
    ]
    return pick(pats), k


@fam("ip_story", 16)
def _():
    k = ["ip_address"]
    ip = ip_addr()
    pats = [
        f"信息科排查发现，异常登录来自 IP {ip}。",
        f"远程会诊期间，对方医院的视频终端地址为 {ip}。",
        f"这条留言来自 {ip}，内容与患者本人信息一致。",
        f"家用呼吸机的数据每天上传到服务器，设备公网地址 {ip}。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- social_account

@fam("social_msg", 22)
def _():
    k = ["social_account"]
    lab, v = social()
    n = with_name(k, 0.12)
    pats = [
        f"加我{lab}：{v}，方便发片子",
        f"我的{lab} {v}，请护士有空联系我",
        f"{lab}：{v}（备注：复查）",
        f"麻烦医生加一下{lab} {v}，我把国外的报告发给您",
        f"有问题可以{lab}找我 {v}",
        f"{v} 这是我{lab}，电话不方便接",
        f"my {lab} is {v}",
    ]
    s = pick(pats)
    if n:
        s = s + f"，我是{n}"
    return s, k


@fam("social_story", 16)
def _():
    k = ["social_account"]
    lab, v = social(pick(["wb", "dy", "ig", "xhs", "ks", "vk", "fb", "tg"]))
    pats = [
        f"她在{lab}（{v}）上分享了自己的康复日记，吸引了上万名病友。",
        f"女儿把爸爸的治疗过程拍成短视频，发在{lab} {v} 上。",
        f"不少{pick(COUNTRIES)}患者是通过{lab}账号 {v} 了解到我院的。",
        f"他的{lab}主页 {v} 至今保留着术前的照片。",
    ]
    return pick(pats), k


@fam("social_caption", 12)
def _():
    k = ["social_account"]
    lab, v = social()
    pats = [
        f"（图片来源：患者{lab} {v}，已获授权）",
        f"视频截图来自{lab} {v}",
        f"Photo courtesy of {v} ({lab})",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- street_address / postal_code

@fam("addr_cn", 15)
def _():
    k = ["street_address"]
    a, _pc = cn_addr()
    n = with_name(k, 0.12)
    pats = [
        f"家庭住址：{a}",
        f"病历本上的地址还是老家{a}。",
        f"药品请寄到{a}，收件人{n or '我本人'}",
        f"我家在{a}，离医院有点远，能不能网上复诊",
        f"{a}（现住址）",
        f"住址 {a}",
    ]
    s = pick(pats)
    if n and n not in s:
        s = s + f"，{n}"
    return s, k


@fam("addr_foreign", 16)
def _():
    k = ["street_address"]
    a, _pc = foreign_addr()
    pats = [
        f"患者在国外的住址：{a}",
        f"请把发票寄到 {a}",
        f"Home address: {a}",
        f"Адрес: {a}",
        f"出院后她回到了{a}的家中继续康复。",
    ]
    return pick(pats), k


@fam("addr_postal", 22)
def _():
    a, pc = (cn_addr() if R.random() < 0.5 else foreign_addr())
    if pc is None:
        a, pc = cn_addr()
    pats = [
        f"收件地址：{a}，邮编{pc}",
        f"{a} {pc}",
        f"地址：{a}；邮政编码：{pc}",
        f"请寄到{a}（邮编 {pc}）",
        f"Address: {a}, {pc}",
        f"{a}，{pc}（邮编）",
    ]
    return pick(pats), ["street_address", "postal_code"]


@fam("postal_only", 30)
def _():
    k = ["postal_code"]
    city, dist, _r, pre = pick(CN_ADDR_PARTS)
    pc = pre + digits(2)
    fpc = pick([("阿拉木图", "05" + digits(4)), ("莫斯科", "1" + digits(5)), ("柏林", "10" + digits(3)),
                ("伦敦", pick(["SW1A 2AA", "E1 6AN", "NW3 4QG"])), ("乌兰巴托", "14" + digits(3)),
                ("塔什干", "100" + digits(3)), ("曼谷", "10" + digits(3)), ("巴黎", "750" + f"{R.randint(1, 20):02d}"),
                ("新西伯利亚", "630" + digits(3)), ("比什凯克", "720" + digits(3))])
    pats = [
        f"邮编：{pc}",
        f"邮政编码 {pc}",
        f"{pc}（邮编）",
        f"寄到{city}{dist}，邮编{pc}，快递到付",
        f"我这边的邮编是{pc}，麻烦核对一下",
        f"{fpc[0]}的邮编是 {fpc[1]}，地址我私信发您",
        f"postcode {fpc[1]}",
        f"почтовый индекс {fpc[1]}",
        f"邮编{fw(pc)}",
        f"邮编 {spell_zh(pc)}",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- geolocation

@fam("geo_msg", 21)
def _():
    k = ["geolocation"]
    g = geo()
    pats = [
        f"我家的位置：{g}，救护车可以直接导航过来",
        f"发个定位 {g}，就在牧场北边",
        f"定位：{g}",
        f"我们现在在{g}附近，车坏了，老人喘不上气",
        f"location {g} please send ambulance",
    ]
    return pick(pats), k


@fam("geo_story", 16)
def _():
    k = ["geolocation"]
    g = geo()
    pats = [
        f"急救中心根据报警人共享的坐标（{g}）找到了患者的蒙古包。",
        f"患者家位于{g}，距离最近的乡卫生院也有80公里。",
        f"直升机按照坐标{g}降落，将伤者转运至医院。",
        f"手环最后一次上传的位置是{g}。",
    ]
    return pick(pats), k


@fam("geo_caption", 16)
def _():
    k = ["geolocation"]
    g = geo()
    pats = [
        f"拍摄地点：{g}",
        f"（照片EXIF信息显示 GPS：{g}）",
        f"GPS {g}",
        f"坐标 {g}，摄于患者家门口",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- passport_number

@fam("passport_form", 16)
def _():
    k = ["passport_number"]
    c, v = passport()
    pats = [
        f"护照号：{v}",
        f"Passport No. {v}",
        f"国籍：{COUNTRY_CN[c]}　护照号码：{v}",
        f"{v}（护照）",
        f"证件类型：护照　证件号：{v}",
        f"паспорт № {v}",
    ]
    return pick(pats), k


@fam("passport_story", 16)
def _():
    k = ["passport_number"]
    c, v = passport(pick(["kz", "ru", "mn", "uz", "kg", "tj", "th", "vn", "de", "ng", "eg"]))
    n = with_name(k, 0.2)
    w = n or "这位患者"
    pats = [
        f"{w}的护照（{v}）在转机时遗失，国际医疗部协助补办了临时证件。",
        f"入院登记时，{w}出示了{COUNTRY_CN[c]}护照 {v}。",
        f"由于护照{v}即将到期，{w}只能提前出院。",
    ]
    return pick(pats), k


@fam("passport_msg", 16)
def _():
    k = ["passport_number"]
    c, v = passport()
    pats = [
        f"我没有中国身份证，护照号是{v}，可以挂号吗",
        f"邀请函上的护照号写错了，正确的是 {v}",
        f"my passport number {v}, need invitation letter for medical visa",
        f"你好 护照号码{v} 请问能用护照办就诊卡吗",
        f"孩子的护照{v}，大人的还在办",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- national_id

@fam("nid_form", 20)
def _():
    k = ["national_id"]
    c, lab, v = national_id()
    pats = [
        f"{lab}：{v}",
        f"{lab} {v}（{COUNTRY_CN[c]}）",
        f"国籍：{COUNTRY_CN[c]}；{lab}：{v}",
        f"{v}（{lab}）",
    ]
    return pick(pats), k


@fam("nid_msg", 18)
def _():
    k = ["national_id"]
    c, lab, v = national_id()
    pats = [
        f"您好，保险公司要求填写{lab}，我的是{v}",
        f"我的{lab}是{v}，之前登记漏了",
        f"my {lab}: {v}",
        f"挂号系统要证件号，我只有{lab} {v}",
        f"请在诊断证明上加上我的{lab} {v}，回国报销要用",
    ]
    return pick(pats), k


@fam("nid_story", 14)
def _():
    k = ["national_id"]
    c, lab, v = national_id()
    pats = [
        f"国际医疗部核对了这位{COUNTRY_CN[c]}患者的{lab}（{v}），为其建立了档案。",
        f"病历首页的证件号一栏填写的是{lab} {v}。",
        f"由于{lab} {v} 与护照信息不一致，结算被暂时挂起。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- resident_id

@fam("rid_form", 20)
def _():
    k = ["resident_id"]
    v = resident_id()
    n = with_name(k, 0.2)
    pats = [
        f"身份证号：{v}",
        f"公民身份号码 {v}",
        f"证件类型：居民身份证　证件号码：{v}",
        f"身份证号码{v}",
        f"ID: {v}",
    ]
    s = pick(pats)
    if n:
        s = f"姓名：{n}　" + s
    return s, k


@fam("rid_msg", 18)
def _():
    k = ["resident_id"]
    v = resident_id()
    pats = [
        f"我妈的身份证号是{v}，麻烦帮忙查下住院费用",
        f"身份证 {v} 挂号一直失败，提示证件已绑定",
        f"你好，病人身份证号{v}，想复印病历",
        f"我用{v}这个身份证号在APP上查不到报告",
        f"老人身份证{v}，需要办理异地就医备案",
        f"帮我查一下 {v} 名下还有没有未缴费用",
    ]
    return pick(pats), k


@fam("rid_after", 14)
def _():
    k = ["resident_id"]
    v = resident_id(pick(["plain", "684", "spaced", "fw", "lowx"]))
    pats = [
        f"{v}（身份证）",
        f"{v} 是我爸的身份证号",
        f"号码：{v}，证件类型身份证",
        f"{v}，这是孩子户口本上的身份证号",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- medical_record_number

@fam("mrn_msg", 18)
def _():
    k = ["medical_record_number"]
    lab, v = mrn()
    lab = lab.rstrip("：:")
    pats = [
        f"我的{lab}是{v}，想复印出院记录",
        f"{lab}{v}，请问病理报告出来了吗",
        f"麻烦查一下{lab} {v} 的检查结果",
        f"{v}（{lab}），需要邮寄病历",
        f"{lab}：{v}　申请英文病历翻译",
        f"病人{lab}{v}，我们想转院，需要准备什么",
    ]
    return pick(pats), k


@fam("mrn_record", 16)
def _():
    k = ["medical_record_number"]
    lab, v = mrn()
    lab = lab.rstrip("：:")
    pats = [
        f"{lab}：{v}　科室：{pick(DEPTS)}　入院方式：{pick(['门诊', '急诊', '转院'])}",
        f"【{lab} {v}】术前讨论记录",
        f"病历资料（{lab}{v}）已按规定封存。",
        f"{lab} {v}　诊断：{pick(CONDITIONS)}",
    ]
    return pick(pats), k


@fam("mrn_story", 14)
def _():
    k = ["medical_record_number"]
    lab, v = mrn()
    lab = lab.rstrip("：:")
    pats = [
        f"在病案室，工作人员调出了{lab}为{v}的纸质病历。",
        f"图为{lab}{v}的CT片，肿瘤边界清晰。",
        f"这份{lab}{v}的病历，记录了她三年来的每一次化疗。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- health_plan_number

@fam("hp_msg", 20)
def _():
    k = ["health_plan_number"]
    lab, v = health_plan()
    pats = [
        f"我的{lab}是{v}，结算时没有报销",
        f"{lab} {v}，请问异地就医能直接刷吗",
        f"帮忙核对一下{lab} {v}，系统显示卡已冻结",
        f"{v}（{lab}），住院押金能少交吗",
        f"my insurance {lab}: {v}, please send the invoice to the insurer",
        f"你好 {lab} {v} 这个能走直付吗",
    ]
    return pick(pats), k


@fam("hp_form", 17)
def _():
    k = ["health_plan_number"]
    lab, v = health_plan()
    pats = [
        f"{lab}：{v}",
        f"费别：医保　{lab}：{v}",
        f"Insurer: {pick(['AXA', 'Allianz', 'Cigna', 'Bupa', 'MetLife'])}　{lab} {v}",
        f"保险信息 —— {lab} {v}",
    ]
    return pick(pats), k


@fam("hp_story", 14)
def _():
    k = ["health_plan_number"]
    lab, v = health_plan()
    pats = [
        f"由于{lab} {v} 尚未完成异地备案，家属先行垫付了费用。",
        f"国际医疗部联系了保险公司，确认{lab} {v} 在保障范围内。",
        f"报销单据上清楚地印着{lab}：{v}。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- account_number

@fam("acct_fund", 18)
def _():
    k = ["account_number"]
    lab, v = bank_account()
    n = with_name(k, 0.35)
    pats = [
        f"爱心捐款{lab}：{v}",
        f"如需帮助，可汇款至{lab} {v}",
        f"{lab} {v}，谢谢各位好心人",
        f"Donations: {lab} {v}",
    ]
    s = pick(pats)
    if n:
        s = s + f"（户名：{n}）"
    return s, k


@fam("acct_refund", 20)
def _():
    k = ["account_number"]
    lab, v = bank_account()
    pats = [
        f"退费请打到我的{lab} {v}",
        f"住院押金退款账户：{v}",
        f"请把多交的费用退到{lab} {v}",
        f"我的{lab}是 {v}，退款几天能到账？",
        f"refund to {lab} {v}, thanks",
        f"{v}（{lab}）退费用",
    ]
    return pick(pats), k


@fam("acct_story", 14)
def _():
    k = ["account_number"]
    lab, v = bank_account()
    pats = [
        f"社工核实了家属提供的{lab}（{v}），确认是患者本人账户。",
        f"医院提醒：任何要求向{lab} {v} 转账的短信都是诈骗。",
        f"她把{lab} {v} 写在纸条上，请护士帮忙交给财务科。",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- licence_number

@fam("lic_prof", 34)
def _():
    lab, v = licence_prof()
    d = pick([cn_full(), cn_full(), pick(MINORITY_NAMES), pinyin_name(), foreign_name(0.5)])
    role = "护士" if "护士" in lab else "药师" if "药师" in lab else "医生"
    title = {"护士": pick(["责任护士", "主管护师", "护士长"]), "药师": pick(["临床药师", "主管药师"]),
             "医生": pick(["主治医师", "副主任医师", "主任医师"])}[role]
    pats = [
        f"{title}：{d}　{lab}：{v}",
        f"{d}，{pick(DEPTS)}{title}，{lab} {v}",
        f"本文审核：{d}（{lab} {v}）",
        f"执业信息公示：{d}，{lab}：{v}",
        f"{d}　{v}（{lab}）",
        f"{d}{role}的{lab}是{v}，可在卫健委网站查询。",
    ]
    if role == "医生":
        pats.append(f"诊断证明由{d}医生出具，{lab}为{v}。")
    return pick(pats), ["person_name", "licence_number"]


@fam("lic_drive", 18)
def _():
    k = ["licence_number"]
    lab, v = licence_drive()
    pats = [
        f"{lab}：{v}",
        f"他的{lab} {v} 在车祸中被扣押，住院期间由交警代为保管。",
        f"保险理赔需要{lab}，号码{v}",
        f"驾照（{lab}）：{v}",
        f"驾驶员{lab}{v}，伤者为乘客",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- vehicle_identifier

@fam("veh_msg", 18)
def _():
    k = ["vehicle_identifier"]
    p = plate(pick(["cn", "cn_dot", "cn_ev", "cn_fw", "cn_space", "kz", "ru", "mn"]))
    pats = [
        f"车牌{p}，想问下能不能停进医院地下车库",
        f"我的车{p}停在急诊门口被贴条了，当时是送病人",
        f"请帮忙给{p}办个家属停车证",
        f"车牌号：{p}",
        f"{p}这辆车挡住救护车通道了，车主请速挪车",
        f"我们开{p}从{pick(['霍尔果斯', '二连浩特', '满洲里', '阿拉山口'])}口岸过来，医院有停车位吗",
    ]
    return pick(pats), k


@fam("veh_story", 16)
def _():
    k = ["vehicle_identifier"]
    p = plate(pick(["cn", "cn_dot", "cn_ev", "kz", "ru", "mn"]))
    pats = [
        f"肇事车辆{p}逃逸后，伤者被路人送到急诊。",
        f"交警开道，载着患者的私家车{p}一路绿灯抵达医院。",
        f"监控显示，{p}的小货车于当晚撞上护栏。",
        f"他开着那辆{p}的旧车，载着全家跑了三千公里来看病。",
    ]
    return pick(pats), k


@fam("veh_vin", 16)
def _():
    k = ["vehicle_identifier"]
    v = plate("vin")
    pats = [
        f"车架号（VIN）：{v}",
        f"事故车辆VIN {v}，理赔材料已提交",
        f"VIN码{v}，保险公司要核对",
        f"{v}（车辆识别代号）",
        f"vin: {v.lower()}",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- device_identifier

@fam("dev_story", 21)
def _():
    k = ["device_identifier"]
    lab, v, thing = device()
    pats = [
        f"患者体内{thing}的{lab}为{v}，已登记在随访系统中。",
        f"程控时核对{thing}{lab}：{v}。",
        f"厂家工程师根据{lab} {v} 调出了这台{thing}的全部事件记录。",
        f"{thing}（{lab} {v}）工作正常，电池寿命预计还有{R.randint(3, 12)}年。",
    ]
    return pick(pats), k


@fam("dev_msg", 16)
def _():
    k = ["device_identifier"]
    lab, v, thing = device()
    pats = [
        f"我的{thing}报警了，{lab}是{v}，怎么办",
        f"{thing} {lab} {v}，想预约远程随访",
        f"你好，{thing}的{lab}：{v}，保修卡丢了",
        f"my {thing} ({lab} {v}) keeps alarming, 怎么处理",
        f"{v} 这个是{thing}的{lab}，APP绑定不上",
    ]
    return pick(pats), k


@fam("dev_record", 14)
def _():
    k = ["device_identifier"]
    lab, v, thing = device()
    pats = [
        f"植入器械登记：{thing}，{lab} {v}",
        f"器械条码 {lab}：{v}",
        f"{thing}型号见说明书；{lab}：{v}",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- other_number

@fam("other_msg", 20)
def _():
    k = ["other_number"]
    lab, v = other_number()
    pats = [
        f"{lab} {v}，因为住院要改签，医院能开证明吗",
        f"我的{lab}是{v}，麻烦帮忙确认",
        f"{lab}：{v}",
        f"{v}（{lab}）",
        f"你好，{lab} {v}，需要医院出具材料",
        f"my {lab} {v}",
    ]
    return pick(pats), k


@fam("other_story", 18)
def _():
    k = ["other_number"]
    lab, v = other_number()
    pats = [
        f"社工帮家属查到了{lab} {v}，顺利办理了手续。",
        f"国际医疗部根据{lab} {v} 为患者出具了在院证明。",
        f"病历袋里夹着一张纸条，上面写着{lab}：{v}。",
        f"那份材料的{lab}是{v}，至今还保存在她的包里。",
    ]
    return pick(pats), k


@fam("other_travel", 14)
def _():
    k = ["other_number"]
    lab, v = other_number(["train", "ticket", "pnr", "visa", "hotel", "train_seat"])
    pats = [
        f"回国航班已订好，{lab} {v}",
        f"出院后直接去机场，{lab}：{v}",
        f"陪护家属的{lab}为{v}，行程需要调整",
        f"{lab} {v}，出发时间可能要往后推",
    ]
    return pick(pats), k


# ---------------------------------------------------------------- multi-kind

@fam("multi_contact", 20)
def _():
    n = any_name()
    p = any_phone()
    a, pc = cn_addr(pick(["full", "comm", "short", "dash"]))
    pats = [
        (f"联系人：{n}，电话{p}，地址{a}", ["person_name", "phone_number", "street_address"]),
        (f"收件人 {n} {p} {a} {pc}", ["person_name", "phone_number", "street_address", "postal_code"]),
        (f"我是{n}，手机{p}，请把药寄到{a}", ["person_name", "phone_number", "street_address"]),
        (f"{n}　{p}", ["person_name", "phone_number"]),
        (f"家属{n}（{pick(RELATIONS)}）{p}", ["person_name", "phone_number"]),
    ]
    return pick(pats)


@fam("multi_form", 24)
def _():
    n = any_name()
    ymd = (R.randint(1938, 2015), R.randint(1, 12), R.randint(1, 28))
    pats = [
        (f"姓名：{cn_full()}　出生日期：{fmt_date(*ymd)}　身份证号：{resident_id(ymd=ymd)}", ["person_name", "date_of_birth", "resident_id"]),
        (f"Name: {foreign_name(1.0)}; DOB: {dob('ru')}; Passport: {passport()[1]}", ["person_name", "date_of_birth", "passport_number"]),
        (f"患者{n}，生于{dob()}，住院号{mrn()[1]}", ["person_name", "date_of_birth", "medical_record_number"]),
        (f"{n}，{age90()}，{pick(['入院诊断', '主要诊断'])}：{pick(CONDITIONS)}", ["person_name", "age_over_89"]),
        (f"姓名 {n}　电话 {cn_mobile()}　邮箱 {email('plain')}", ["person_name", "phone_number", "email"]),
    ]
    return pick(pats)


@fam("multi_event", 18)
def _():
    lab, v = mrn()
    lab = lab.rstrip("：:")
    d = event_date()
    pats = [
        (f"{lab}{v}，{d}入院", ["exact_date", "medical_record_number"]),
        (f"{d}　{lab} {v}　行{pick(SURGERIES)}", ["exact_date", "medical_record_number"]),
        (f"{age90()}的老人于{d}入院", ["exact_date", "age_over_89"]),
        (f"{d}，{pick(['护照', '证件'])}号{passport()[1]}的外籍患者办理了入院。", ["exact_date", "passport_number"]),
        (f"车牌{plate('cn')}的车辆于{d}晚在医院门口发生剐蹭。", ["exact_date", "vehicle_identifier"]),
        (f"起搏器（SN {pick(['PJN', 'RNH', 'NWR'])}{digits(6)}{pick('HS')}）于{d}植入。", ["exact_date", "device_identifier"]),
    ]
    return pick(pats)


@fam("multi_msg", 16)
def _():
    pats = [
        (f"微信{wx_id()}或电话{cn_mobile()}都可以联系我", ["phone_number", "social_account"]),
        (f"邮箱{email('plain')}，QQ {qq_num()}", ["email", "social_account"]),
        (f"我在{foreign_addr()[0]}，电话{foreign_phone()}", ["street_address", "phone_number"]),
        (f"医保卡号{health_plan()[1]}，身份证{resident_id()}", ["health_plan_number", "resident_id"]),
        (f"定位{geo()}，手机{cn_mobile()}，快来人", ["geolocation", "phone_number"]),
        (f"护照{passport()[1]}，" + " ".join(national_id()[1:]), ["passport_number", "national_id"]),
    ]
    return pick(pats)


# ================================================================ clean families

DRUG_DOSES = [
    ("阿托伐他汀钙片", ["10 mg", "20 mg", "40 mg"], ["每晚一次口服", "qn 口服"]),
    ("二甲双胍", ["0.5 g", "850 mg", "1 g"], ["每日两次，随餐服用", "bid 随餐"]),
    ("阿司匹林肠溶片", ["100 mg"], ["每日一次", "qd"]),
    ("氯吡格雷", ["75 mg", "300 mg 负荷量"], ["每日一次", "顿服"]),
    ("替格瑞洛", ["90 mg", "180 mg 负荷量"], ["每日两次", "bid"]),
    ("华法林钠", ["2.5 mg", "3 mg", "1.875 mg"], ["每日一次，根据INR调整", "qd"]),
    ("甘精胰岛素", ["10 U", "14 U", "0.2 U/kg"], ["睡前皮下注射", "每日一次皮下注射"]),
    ("左甲状腺素钠片", ["25 μg", "50 μg", "75 μg", "100 μg"], ["晨起空腹服用", "qd 早餐前1小时"]),
    ("奥希替尼", ["80 mg"], ["每日一次", "qd 口服"]),
    ("阿莫西林", ["0.5 g", "1 g"], ["每8小时一次", "tid"]),
    ("头孢曲松", ["1 g", "2 g"], ["静脉滴注，每日一次", "ivgtt qd"]),
    ("呋塞米", ["20 mg", "40 mg"], ["静脉推注", "口服，每日一次"]),
    ("美托洛尔缓释片", ["23.75 mg", "47.5 mg"], ["每日一次", "qd"]),
    ("甲泼尼龙", ["40 mg", "80 mg", "500 mg"], ["静脉滴注", "冲击治疗3天"]),
    ("阿苯达唑", ["400 mg", "10 mg/kg"], ["每日两次，连服28天", "bid"]),
    ("依诺肝素", ["4000 IU", "1 mg/kg"], ["皮下注射，每12小时一次", "q12h ih"]),
    ("吗啡", ["2 mg", "5 mg"], ["必要时皮下注射", "prn"]),
    ("对乙酰氨基酚", ["0.5 g", "15 mg/kg"], ["必要时口服，间隔不少于6小时", "prn"]),
    ("利妥昔单抗", ["375 mg/m²"], ["静脉输注，每21天一次", "d1"]),
    ("顺铂", ["75 mg/m²", "25 mg/m²"], ["第1天静脉滴注", "d1-3"]),
    ("恩格列净", ["10 mg", "25 mg"], ["每日一次", "qd"]),
    ("沙库巴曲缬沙坦", ["25 mg", "50 mg", "100 mg"], ["每日两次", "bid"]),
    ("布地奈德福莫特罗", ["160/4.5 μg"], ["每次1吸，每日两次", "bid 吸入"]),
    ("丙戊酸钠缓释片", ["500 mg"], ["每日两次", "bid"]),
    ("他克莫司", ["1 mg", "2 mg"], ["每12小时一次，监测谷浓度", "q12h"]),
]


@fam("clean_dose", 50)
def _():
    d, doses, freqs = pick(DRUG_DOSES)
    dose, fr = pick(doses), pick(freqs)
    d2, doses2, freqs2 = pick(DRUG_DOSES)
    pats = [
        f"{d} {dose}，{fr}。",
        f"出院带药：{d} {dose} {fr}；{d2} {pick(doses2)} {pick(freqs2)}。",
        f"医嘱调整为{d}{dose}，{fr}，两周后复查。",
        f"Rx: {d} {dose} {fr}",
        f"将{d}加量至{dose}后，症状明显缓解。",
        f"请问{d}{dose}是饭前吃还是饭后吃？",
        f"{d}起始剂量{dose}，{fr}，肾功能不全者需减量。",
    ]
    return pick(pats), []


LABS = [
    ("血红蛋白", "g/L", 55, 175, 0, "130–175 g/L"), ("白细胞计数", "×10⁹/L", 1.2, 28.0, 1, "3.5–9.5×10⁹/L"),
    ("血小板", "×10⁹/L", 12, 620, 0, "125–350×10⁹/L"), ("C反应蛋白", "mg/L", 0.5, 210, 1, "<10 mg/L"),
    ("降钙素原", "ng/mL", 0.02, 48.0, 2, "<0.05 ng/mL"), ("肌酐", "μmol/L", 38, 980, 0, "57–111 μmol/L"),
    ("eGFR", "mL/min/1.73m²", 6, 118, 0, "≥90"), ("糖化血红蛋白", "%", 4.8, 13.9, 1, "4.0–6.0%"),
    ("空腹血糖", "mmol/L", 3.1, 22.4, 1, "3.9–6.1 mmol/L"), ("TSH", "mIU/L", 0.01, 48.0, 2, "0.27–4.2 mIU/L"),
    ("游离T4", "pmol/L", 4.0, 62.0, 1, "12–22 pmol/L"), ("ALT", "U/L", 6, 1850, 0, "9–50 U/L"),
    ("总胆红素", "μmol/L", 4.0, 420.0, 1, "5.1–22.2 μmol/L"), ("白蛋白", "g/L", 18.0, 52.0, 1, "40–55 g/L"),
    ("血钾", "mmol/L", 2.1, 7.4, 1, "3.5–5.3 mmol/L"), ("血钠", "mmol/L", 112, 158, 0, "137–147 mmol/L"),
    ("NT-proBNP", "pg/mL", 35, 35000, 0, "<125 pg/mL"), ("肌钙蛋白I", "ng/mL", 0.01, 86.0, 2, "<0.04 ng/mL"),
    ("D-二聚体", "mg/L FEU", 0.1, 20.0, 2, "<0.5 mg/L FEU"), ("INR", "", 0.9, 6.5, 1, "2.0–3.0（目标）"),
    ("癌胚抗原", "ng/mL", 0.8, 260.0, 1, "<5 ng/mL"), ("CA125", "U/mL", 5, 2400, 0, "<35 U/mL"),
    ("LDL-C", "mmol/L", 0.9, 6.8, 2, "<1.8 mmol/L（目标）"), ("尿酸", "μmol/L", 180, 720, 0, "208–428 μmol/L"),
    ("乳酸", "mmol/L", 0.6, 14.0, 1, "0.5–2.2 mmol/L"), ("铁蛋白", "ng/mL", 4, 4200, 0, "30–400 ng/mL"),
]


def lab_val():
    name, unit, lo, hi, dec, ref = pick(LABS)
    v = R.uniform(lo, hi)
    vs = f"{v:.{dec}f}" if dec else str(int(round(v)))
    return name, vs, unit, ref


@fam("clean_lab", 55)
def _():
    n, v, u, ref = lab_val()
    n2, v2, u2, ref2 = lab_val()
    arrow = pick(["↑", "↓", ""])
    pats = [
        f"{n} {v} {u}（参考范围 {ref}）",
        f"复查{n}降至{v} {u}，较前明显好转。",
        f"{n}：{v}{u} {arrow}；{n2}：{v2}{u2}",
        f"入院时{n} {v} {u}，{n2} {v2} {u2}。",
        f"医生，我{n}是{v}{u}，严重吗？",
        f"{n} {v} {u}，参考值{ref}，需结合临床。",
        f"术后第{R.randint(1, 14)}天{n}为{v} {u}。",
    ]
    return pick(pats), []


@fam("clean_vitals", 42)
def _():
    sbp = R.randint(82, 210)
    dbp = R.randint(45, min(125, sbp - 25))
    hr, rr, spo2 = R.randint(42, 160), R.randint(12, 36), R.randint(78, 100)
    t = R.randint(355, 410) / 10
    h, w = R.randint(150, 192), R.randint(38, 130)
    bmi = w / (h / 100) ** 2
    pats = [
        f"血压 {sbp}/{dbp} mmHg，心率 {hr} 次/分，血氧饱和度 {spo2}%。",
        f"T {t}℃，P {hr} 次/分，R {rr} 次/分，BP {sbp}/{dbp} mmHg",
        f"身高 {h} cm，体重 {w} kg，BMI {bmi:.1f} kg/m²。",
        f"早上量血压{sbp}/{dbp}，心率{hr}，要不要加药？",
        f"入院时体温{t}℃，血压{sbp}/{dbp}mmHg，神志清楚。",
        f"BP {sbp}/{dbp}, HR {hr}, SpO2 {spo2}% (room air)",
        f"孩子发烧{t}度，吃了退烧药还不退",
    ]
    return pick(pats), []


SCORES = [("NIHSS评分", 0, 30, "分"), ("GCS", 3, 15, "分"), ("mRS", 0, 5, "级"), ("APACHE Ⅱ评分", 4, 38, "分"),
          ("SOFA评分", 0, 18, "分"), ("MELD评分", 6, 40, "分"), ("CHA₂DS₂-VASc评分", 0, 9, "分"),
          ("HAS-BLED评分", 0, 6, "分"), ("Barthel指数", 0, 100, "分"), ("VAS疼痛评分", 0, 10, "分"),
          ("Apgar评分", 3, 10, "分"), ("Gleason评分", 6, 10, "分"), ("ECOG评分", 0, 4, "分"),
          ("KPS评分", 40, 100, "分"), ("Caprini评分", 1, 12, "分"), ("Braden评分", 8, 23, "分"),
          ("MMSE", 8, 30, "分"), ("PHQ-9", 0, 27, "分"), ("GAD-7", 0, 21, "分"), ("Oswestry功能障碍指数", 4, 80, "%"),
          ("Harris髋关节评分", 30, 100, "分"), ("NYHA心功能", 1, 4, "级")]


@fam("clean_score", 40)
def _():
    s, lo, hi, u = pick(SCORES)
    v = R.randint(lo, hi)
    if "NYHA" in s:
        v = "ⅠⅡⅢⅣ"[v - 1]
    s2, lo2, hi2, u2 = pick(SCORES)
    v2 = R.randint(lo2, hi2) if "NYHA" not in s2 else "ⅡⅢ"[R.randint(0, 1)]
    pats = [
        f"入院{s}{v}{u}，{s2}{v2}{u2}。",
        f"{s}由{v}{u}变为{pick([x for x in range(lo, hi + 1) if x != v]) if 'NYHA' not in s else 'Ⅱ'}{u}。",
        f"术前评估：{s} {v}{u}。",
        f"出院时{s}为{v}{u}，可独立行走。",
        f"{s}={v}{u}，建议{pick(['抗凝治疗', '进一步检查', '转入ICU', '心理科会诊', '康复介入'])}。",
    ]
    return pick(pats), []


GENES = ["EGFR 19号外显子缺失", "EGFR L858R", "KRAS G12C", "BRAF V600E", "ALK融合", "ROS1重排",
         "BRCA1 c.68_69delAG", "BRCA2 c.5946delT", "TP53 R273H", "JAK2 V617F", "BCR-ABL1（p210）",
         "FLT3-ITD", "NPM1突变", "HLA-B*58:01阳性", "CYP2C19*2/*3", "MTHFR C677T纯合", "PIK3CA H1047R",
         "HER2扩增", "MSI-H", "PD-L1 TPS 60%", "SMN1第7外显子纯合缺失", "CFTR F508del", "DMD第45–50外显子缺失",
         "FBN1 c.1585C>T", "MET 14号外显子跳跃", "RET融合", "IDH1 R132H", "HBB c.126_129delCTTT",
         "ATP7B c.2333G>T", "KIT第11外显子突变"]


@fam("clean_gene", 45)
def _():
    g, g2 = pick(GENES), pick(GENES)
    pats = [
        f"基因检测提示{g}，推荐{pick(['靶向治疗', '免疫治疗', '遗传咨询', '家系验证'])}。",
        f"NGS结果：{g}；{g2}未检出。",
        f"患者携带{g}，{pick(['对奥希替尼敏感', '可考虑PARP抑制剂', '属于高危亚型', '需避免使用别嘌醇', '预后较好'])}。",
        f"{g}（丰度{R.randint(1, 60)}.{R.randint(0, 9)}%）",
        f"医生说我是{g}，这个能治吗？",
        f"一代测序验证{g}，父母均为{pick(['杂合携带者', '野生型'])}。",
    ]
    return pick(pats), []


@fam("clean_trial", 40)
def _():
    nct = "NCT0" + str(R.randint(1000000, 6999999))
    chi = "ChiCTR" + str(R.randint(1800000000, 2400099999))
    chi_old = f"ChiCTR-{pick(['IPR', 'OIC', 'TRC'])}-{R.randint(14000000, 17999999)}"
    t = pick([nct, nct, chi, chi, chi_old])
    pats = [
        f"该研究已在临床试验注册中心登记（{t}）。",
        f"患者入组了一项Ⅲ期临床试验（{t}）。",
        f"Trial registration: {t}",
        f"本研究注册号：{t}，伦理批件见附件。",
        f"参加的那个试验编号是{t}，请问还在招募吗？",
        f"{t}研究显示，联合治疗组中位无进展生存期延长了{R.randint(2, 14)}.{R.randint(0, 9)}个月。",
    ]
    return pick(pats), []


ICD = [("E11.9", "2型糖尿病"), ("I21.0", "前壁急性透壁性心肌梗死"), ("I48.0", "阵发性心房颤动"),
       ("C34.1", "肺上叶恶性肿瘤"), ("B67.0", "肝细粒棘球蚴病"), ("K80.2", "胆囊结石"), ("N18.5", "慢性肾脏病5期"),
       ("S72.0", "股骨颈骨折"), ("J18.9", "肺炎"), ("I63.9", "脑梗死"), ("G20", "帕金森病"), ("E05.0", "Graves病"),
       ("C50.9", "乳腺恶性肿瘤"), ("M17.1", "原发性单侧膝关节病"), ("Q21.1", "房间隔缺损"), ("I71.0", "主动脉夹层"),
       ("C11.9", "鼻咽恶性肿瘤"), ("K50.9", "克罗恩病"), ("E06.3", "自身免疫性甲状腺炎")]
ATC = [("A10BA02", "二甲双胍"), ("B01AC06", "阿司匹林"), ("C10AA05", "阿托伐他汀"), ("L01EB04", "奥希替尼"),
       ("J01CA04", "阿莫西林"), ("C07AB02", "美托洛尔"), ("H03AA01", "左甲状腺素钠"), ("N02BE01", "对乙酰氨基酚"),
       ("P02CA03", "阿苯达唑"), ("B01AA03", "华法林"), ("L04AD02", "他克莫司")]


@fam("clean_code", 40)
def _():
    c, d = pick(ICD)
    a, dn = pick(ATC)
    pats = [
        f"出院诊断：{d}（ICD-10：{c}）",
        f"主要诊断编码 {c}，{d}。",
        f"{dn}的ATC编码为{a}。",
        f"ICD-10 {c} / ATC {a}",
        f"病案首页主诊断{c}，其他诊断{pick(ICD)[0]}。",
        f"按{c}（{d}）入组，次要用药{dn}（{a}）。",
    ]
    return pick(pats), []


def month_year():
    y, m = R.randint(2008, 2024), R.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年{m}月", f"{y}年底", f"{y}年初", f"{y}年{m}月中旬", f"{MONTHS_EN[m - 1]} {y}",
                 f"{y}.{m:02d}", f"{m:02d}/{y}", f"{cn_year(y)}年{cn_num(m)}月", f"{y}年上半年", f"{y}年第{R.randint(1, 4)}季度"])


@fam("clean_month_year", 50)
def _():
    t, t2 = month_year(), month_year()
    pats = [
        f"{t}，患者开始出现活动后气促。",
        f"{t}确诊{pick(CONDITIONS)}，{t2}开始规范治疗。",
        f"自{t}起规律服用{pick(DRUG_DOSES)[0]}。",
        f"{t}至{t2}共完成{R.randint(2, 8)}个周期化疗。",
        f"我是{t}在你们医院做的手术，想预约复查",
        f"该病例发表于{t}。",
        f"{R.randint(1998, 2024)}年首次发现血糖升高，未规律治疗。",
        f"{t}　首次发病",
    ]
    return pick(pats), []


@fam("clean_age", 50)
def _():
    a = R.randint(18, 89)
    pats = [
        f"患者，{pick(['男', '女'])}，{a}岁，因{pick(CONDITIONS)}入院。",
        f"{pick(['89岁', '八十九岁', '88岁', '87周岁', '85岁'])}的老人术后恢复良好。",
        f"{pick(['八旬老人', '年近八旬的老人', '80多岁的老人', '七旬老人'])}在家属陪同下来院复查。",
        f"这位{pick(['90后', '95后', '00后'])}护士已经在ICU工作了{R.randint(2, 9)}年。",
        f"{pick(['出生仅3天', '出生12小时', '孕32周早产', '胎龄35周'])}的患儿转入新生儿科。",
        f"{pick(['5个月大', '2岁半', '8个月大', '3岁'])}的患儿转入儿科重症监护室。",
        f"{a}岁的{pick(['他', '她'])}是家里的顶梁柱。",
        f"我爸{a}岁，能做这个手术吗",
        f"{a}岁以上人群建议每年做一次{pick(['肠镜', '眼底检查', '骨密度检查', '低剂量CT'])}。",
        f"发病年龄{a}岁，病程{R.randint(1, 20)}年。",
    ]
    return pick(pats), []


@fam("clean_money", 40)
def _():
    n = R.randint(1, 80)
    pats = [
        f"住院总费用约{n}.{R.randint(0, 9)}万元，医保报销{R.randint(40, 90)}%。",
        f"自付{R.randint(1, 60)},{R.randint(100, 999)}元。",
        f"每月药费大约{R.randint(3, 60)}00元，负担不小。",
        f"这台手术在{pick(COUNTRIES)}要花{R.randint(2, 90)}万美元，在这里不到三分之一。",
        f"请问做一次核磁多少钱？是{R.randint(4, 15)}00块左右吗",
        f"押金{R.randint(1, 9)}万元，多退少补。",
        f"{R.randint(50, 900)} 万坚戈大概相当于多少人民币？",
        f"US$ {R.randint(2, 60)},{R.randint(100, 999)} 的报价包含住院和手术费用。",
        f"慈善基金为患儿资助了{R.randint(1, 20)}万元手术费。",
    ]
    return pick(pats), []


@fam("clean_duration", 50)
def _():
    h, m = R.randint(0, 23), R.randint(0, 59)
    pats = [
        f"手术历时{R.randint(1, 12)}小时{R.randint(1, 59)}分钟。",
        f"凌晨{h % 6 + 1}:{m:02d}，患者突然出现室颤。",
        f"住院{R.randint(3, 90)}天，随访{R.randint(3, 60)}个月无复发。",
        f"每周透析三次，每次{R.randint(3, 5)}小时。",
        f"门诊时间：周一至周五 8:00–12:00，14:00–17:30",
        f"上午{R.randint(8, 11)}点{pick(['', '半'])}开始第一台手术。",
        f"从发病到开通血管只用了{R.randint(35, 120)}分钟。",
        f"每天下午{R.randint(2, 5)}点到{R.randint(6, 8)}点可以探视。",
        f"术后{R.randint(2, 14)}周可以洗澡吗？",
        f"ECMO支持{R.randint(3, 30)}天后顺利撤机。",
        f"{h:02d}:{m:02d}　完成气管插管",
    ]
    return pick(pats), []


@fam("clean_place", 50)
def _():
    fc, cc, co = pick(FOREIGN_CITIES), pick(CN_CITIES), pick(COUNTRIES)
    pats = [
        f"从{fc}飞到{cc}，全程{R.randint(2, 14)}个小时。",
        f"近几年，来自{co}的患者越来越多。",
        f"她从{co}的一个小镇出发，辗转{R.randint(2, 5)}个城市才来到{cc}。",
        f"我们在{fc}，想来{cc}看病，需要办什么签证？",
        f"{cc}到{fc}有直飞航班吗？出院后想直接回家",
        f"医疗队曾赴{co}开展义诊。",
        f"患者老家在{pick(['伊犁河谷', '呼伦贝尔草原', '帕米尔高原', '河西走廊', '大兴安岭', '藏北高原'])}。",
        f"{co}和中国的医生通过远程会诊讨论了这个病例。",
    ]
    return pick(pats), []


@fam("clean_hospital", 45)
def _():
    h, d = pick(HOSPITALS), pick(DEPTS)
    pats = [
        f"患者转至{h}{d}继续治疗。",
        f"{h}{d}团队完成了该地区首例{pick(SURGERIES)}。",
        f"{d}位于门诊楼{R.randint(2, 12)}层。",
        f"请问{h}的{d}周末有专家门诊吗？",
        f"{h}与{pick(FOREIGN_CITIES)}的医院建立了远程会诊合作。",
        f"{d}是国家临床重点专科。",
        f"先在当地县医院做了CT，后转到{h}。",
    ]
    return pick(pats), []


BRANDS = ["美敦力 Micra 无导线起搏器", "雅培 FreeStyle Libre 动态血糖仪", "达芬奇 Xi 手术机器人",
          "西门子 SOMATOM Force CT", "飞利浦 EPIQ 7 超声", "Impella CP 心室辅助装置", "Apple Watch",
          "华为 Watch D", "小米手环", "Dexcom G7", "欧姆龙电子血压计", "瑞思迈 AirSense 10 呼吸机",
          "科利耳 Nucleus 8 人工耳蜗", "雅培 MitraClip", "美敦力 780G 胰岛素泵", "GE Revolution CT",
          "联影 uMR 790 磁共振", "鱼跃制氧机", "MAKO 关节机器人", "Edwards SAPIEN 3 瓣膜"]


@fam("clean_brand", 40)
def _():
    b, b2 = pick(BRANDS), pick(BRANDS)
    pats = [
        f"患者植入了{b}，术后可以正常做核磁吗？",
        f"医院新引进的{b}已投入使用。",
        f"我戴的是{b}，数据能同步给医生吗",
        f"{b}和{b2}哪个更适合老人？",
        f"借助{b}，手术出血量不足{R.randint(20, 200)} mL。",
        f"{b}的说明书建议每{R.randint(6, 24)}个月维护一次。",
    ]
    return pick(pats), []


EPONYMS = ["克罗恩病", "桥本甲状腺炎", "帕金森病", "阿尔茨海默病", "川崎病", "吉兰-巴雷综合征", "唐氏综合征",
           "马方综合征", "霍奇金淋巴瘤", "库欣综合征", "艾迪生病", "雷诺现象", "贝尔麻痹", "白塞病",
           "威尔逊病", "Graves病", "Hashimoto甲状腺炎", "Crohn's disease", "布加综合征", "梅尼埃病",
           "亨廷顿病", "斯蒂尔病", "干燥综合征（Sjögren综合征）", "法洛四联症", "费城染色体阳性白血病",
           "巴雷特食管", "特纳综合征", "诺如病毒感染", "Tietze综合征", "Brugada综合征"]


@fam("clean_eponym", 45)
def _():
    e, e2 = pick(EPONYMS), pick(EPONYMS)
    pats = [
        f"患者确诊{e}{R.randint(1, 20)}年，规律随访。",
        f"{e}需与{e2}相鉴别。",
        f"我家孩子是{e}，平时饮食要注意什么？",
        f"{e}患者围手术期需要多学科评估。",
        f"本期科普：认识{e}",
        f"{e}合并{e2}的病例较为罕见。",
    ]
    return pick(pats), []


@fam("clean_alias", 55)
def _():
    a = pick(ALIASES)
    b = pick(ALIASES)
    age = R.randint(2, 89)
    pats = [
        f"{a}，{age}岁，因{pick(CONDITIONS)}入院。",
        f"{a}的{pick(['家人', '母亲', '父亲', '姐姐', '哥哥'])}一直陪在身边。",
        f"“我们没有放弃。”{a}说。",
        f"（为保护隐私，文中患者均使用化名{a}、{b}。）",
        f"{a}术后第{R.randint(1, 10)}天出院。",
        f"图为{a}（右）在康复训练中。",
        f"{a}来自{pick(COUNTRIES)}，{vague_time()}来华就医。",
        f"病例分享：{a}的{pick(['抗癌', '康复', '求医', '重生'])}之路",
    ]
    return pick(pats), []


JOBS = ["主任医师", "副主任医师", "主治医师", "住院医师", "规培医生", "护士长", "责任护士", "麻醉医生",
        "康复治疗师", "临床药师", "医学翻译", "社工", "志愿者", "营养师", "心理咨询师", "科室主任", "院长",
        "值班医生", "实习护士", "急诊科医生", "放射科技师", "陪诊员"]


@fam("clean_job_relation", 50)
def _():
    j, r = pick(JOBS), pick(RELATIONS)
    pats = [
        f"{j}每天早上八点就到病房了。",
        f"她的{r}陪她来复查。",
        f"“别担心，我们会一直陪着你。”{j}说。",
        f"患者的{r}辞职在医院陪护了{R.randint(1, 6)}个月。",
        f"{j}和{pick(JOBS)}一起为家属讲解术后注意事项。",
        f"我{r}下周来住院，需要带什么东西？",
        f"感谢{pick(DEPTS)}的{j}，你们辛苦了！",
        f"{r}在走廊里等了整整一夜。",
    ]
    return pick(pats), []


BOOKS = ["《内科学》（第9版）", "《外科学》（第9版）", "《中国2型糖尿病防治指南（2020年版）》", "《黄帝内经》",
         "《本草纲目》", "《哈里森内科学》", "《默克诊疗手册》", "《中国高血压防治指南（2018年修订版）》",
         "《中国心力衰竭诊断和治疗指南2024》", "《伤寒论》", "《实用内科学》", "《中国居民膳食指南（2022）》",
         "NCCN非小细胞肺癌指南（2024.V3）", "GOLD 2024", "KDIGO 2021指南", "2023 ESC心衰指南",
         "2022 AHA/ACC/HFSA心衰指南", "《新型冠状病毒感染诊疗方案（试行第十版）》", "WHO 2022 分类"]


@fam("clean_book", 40)
def _():
    b, b2 = R.sample(BOOKS, 2)
    pats = [
        f"根据{b}，该患者应启动强化治疗。",
        f"参考文献：{b}；{b2}。",
        f"{b}推荐的目标值是多少？",
        f"治疗方案参照{b}制定。",
        f"科室读书会本月共读{b}。",
    ]
    return pick(pats), []


def _sw():
    n1, n2 = R.randint(2, 15), R.randint(1, 9)
    v = f"{R.randint(1, 40)}.{R.randint(0, 9)}"
    return pick([
        f"入院时皮肤巩膜黄染，黄疸指数{R.randint(30, 400)} μmol/L。",
        f"白细胞{v}×10⁹/L，以中性粒细胞为主。",
        f"高血压病史{n1}年，规律服药。",
        f"石膏固定{n1 % 8 + 2}周后复查X线。",
        f"马尾神经受压，急诊行减压手术，术后第{n2}天能自主排尿。",
        f"月经周期规律，{R.randint(26, 35)}天一次。",
        f"心电图提示陈旧性下壁心肌梗死，EF {R.randint(30, 65)}%。",
        f"长期服用何首乌{n2}个月后出现肝功能异常。",
        f"毛细血管再充盈时间<{n2 % 3 + 2}秒。",
        f"常规心电图未见明显异常，建议{n1}个月后复查。",
        f"夏季是手足口病高发期，柯萨奇病毒A{R.randint(6, 16)}型感染多见。",
        f"单纯疱疹病毒DNA阴性，CSF白细胞{R.randint(0, 40)}个/μL。",
        f"库欣综合征可表现为向心性肥胖、满月脸。",
        f"康复训练每天{n2 % 3 + 1}次，每次{R.randint(20, 60)}分钟。",
        f"右下腹可触及{n2}cm×{n1}cm包块，质硬。",
        f"房颤病史{n1}年，CHA₂DS₂-VASc {n2 % 8}分。",
        f"支架植入后管腔通畅，残余狭窄<{R.randint(10, 30)}%。",
        f"甘油三酯{R.randint(1, 9)}.{R.randint(10, 99)} mmol/L，建议低脂饮食。",
        f"牛黄解毒片不宜长期服用，已停药{n2}周。",
        f"左心室射血分数{R.randint(20, 70)}%，左心房内径{R.randint(30, 60)} mm。",
        f"全血细胞减少，考虑化疗后骨髓抑制（Ⅳ度）。",
        f"谷丙转氨酶{R.randint(60, 900)} U/L，谷草转氨酶{R.randint(40, 800)} U/L。",
        f"步态不稳{n1}个月，加重{n2}天。",
        f"严重低钾血症，血钾{R.randint(18, 30) / 10} mmol/L。",
        f"孟鲁司特钠{pick(['4', '5', '10'])} mg睡前口服。",
        f"雷贝拉唑{pick(['10', '20'])} mg每日一次，疗程{n1}周。",
        f"熊去氧胆酸{R.randint(2, 10) * 50} mg每日三次。",
        f"万古霉素谷浓度{R.randint(5, 25)}.{R.randint(0, 9)} mg/L。",
        f"程序性死亡受体1（PD-1）抑制剂治疗第{n1}周期。",
        f"金黄色葡萄球菌血培养阳性，对苯唑西林敏感。",
        f"叶酸{pick(['0.4', '5'])} mg每日一次，孕前{n2}个月开始服用。",
        f"车祸伤后{n1}小时入院，GCS {R.randint(5, 15)}分。",
        f"钟摆样眼震{n2}年，视力0.{R.randint(1, 9)}。",
        f"金属植入物周围可见伪影，范围约{n1} mm。",
        f"汤剂每日一剂，分{n2 % 3 + 2}次温服。",
        f"田七粉{pick(['1.5', '3'])} g冲服，每日两次。",
        f"危重症孕产妇救治中心今年共收治{R.randint(50, 400)}例。",
        f"温度{R.randint(18, 26)}℃、湿度{R.randint(40, 60)}%的病房环境有利于恢复。",
        f"华法林与胡萝卜汁同服可能影响INR，INR {R.randint(15, 40) / 10}。",
        f"何时复查由主治医生根据方案决定，一般{n1}周左右。",
        f"潘生丁负荷试验阴性，运动耐量{R.randint(4, 12)} METs。",
        f"罗红霉素{pick(['150', '300'])} mg每日两次，共{n2 + 4}天。",
        f"姜黄素类保健品与抗凝药同服需谨慎。",
        f"戴口罩、勤洗手，术后{n1}周内避免去人多的地方。",
        f"史无前例的一次多学科会诊，{n1}个科室的专家到场。",
        f"熊猫血（Rh阴性）储备紧张，已联系{n2}家血站。",
    ])


@fam("clean_surname_word", 55)
def _():
    return _sw(), []


DRUGS = ["二甲双胍", "阿司匹林", "奥希替尼", "利妥昔单抗", "华法林", "达比加群酯", "利伐沙班", "阿托伐他汀",
         "瑞舒伐他汀", "司美格鲁肽", "度拉糖肽", "帕博利珠单抗", "信迪利单抗", "恩替卡韦", "替诺福韦",
         "吡喹酮", "阿苯达唑", "左乙拉西坦", "丙戊酸钠", "多奈哌齐", "美金刚", "左旋多巴", "普瑞巴林",
         "甲氨蝶呤", "阿达木单抗", "英夫利西单抗", "托法替布", "布洛芬", "奥美拉唑", "头孢呋辛"]


@fam("clean_drug", 35)
def _():
    d, d2 = pick(DRUGS), pick(DRUGS)
    pats = [
        f"换用{d}后，症状明显改善。",
        f"{d}和{d2}能一起吃吗？",
        f"服用{d}期间出现{pick(['皮疹', '恶心', '腹泻', '头晕', '乏力'])}，已停药。",
        f"{d}已纳入国家医保目录。",
        f"在{pick(COUNTRIES)}买不到{d}，有没有替代药？",
        f"联合{d}治疗{R.randint(2, 12)}个周期后评估疗效。",
    ]
    return pick(pats), []


MSG_OPEN = ["你好", "您好", "医生您好", "hello", "Здравствуйте", "你好，打扰了", "hi", "请问", "老师好", "麻烦问下"]
MSG_Q = [
    "周六上午有专家门诊吗", "术后多久可以洗澡", "挂号费多少钱", "外国人可以用护照挂号吗",
    "国际医疗部在几号楼", "做胃镜需要空腹几个小时", "可以网上预约核磁吗", "住院需要带什么东西",
    "陪护可以住在病房吗", "出院小结多久能拿到", "医院附近有便宜的宾馆吗", "复查需要重新挂号吗",
    "孩子发烧三天了要不要来急诊", "能开英文的诊断证明吗", "医保异地可以直接结算吗", "有俄语翻译吗",
    "停车场晚上收费吗", "糖尿病人可以吃水果吗", "降压药漏吃一次怎么办", "做完支架还能坐飞机吗",
    "do you accept international insurance", "сколько стоит МРТ", "how long is the waiting time for surgery",
    "能不能视频问诊", "有没有清真餐", "病理会诊要多久", "打完疫苗可以喝酒吗", "拔牙后能吃辣吗",
]
MSG_CLOSE = ["", "谢谢", "谢谢！", "，谢谢您", "？？", "，急", " thx", "，麻烦了", "～", "。盼复"]


@fam("clean_message", 65)
def _():
    o, q, c = pick(MSG_OPEN), pick(MSG_Q), pick(MSG_CLOSE)
    if R.random() < 0.25:
        q = q.replace("吗", "马", 1) if "吗" in q else q.replace("可以", "可已", 1)
    pats = [f"{o}，{q}{c}", f"{o} {q}{c}", f"{q}{c}", f"{o}！我{pick(RELATIONS)}想问{q}{c}"]
    return pick(pats), []


@fam("clean_caption", 35)
def _():
    d = pick(DEPTS)
    pats = [
        f"图为{d}医护团队在查房。",
        f"患者（右）在治疗师指导下进行康复训练。",
        f"医护人员为住院患儿过{R.randint(2, 14)}岁生日。",
        f"手术中的{d}团队。（医院宣传科供图）",
        f"{pick(HOSPITALS)}国际医疗部外景。",
        f"出院当天，患者和家属在门诊大厅合影留念。",
        f"{pick(JOBS)}为患者讲解用药注意事项。",
        f"图{R.randint(1, 6)}：术前CT显示{pick(['肝右叶囊性占位', '左肺上叶结节', '右肾结石', '主动脉夹层'])}（箭头所示）。",
        f"远程会诊现场，{pick(COUNTRIES)}的医生在线参与讨论。",
    ]
    return pick(pats), []


@fam("clean_timeline", 35)
def _():
    n = R.randint(1, 30)
    pats = [
        f"术后第{n}天　下床活动",
        f"入院第{n}天　转入ICU",
        f"第{R.randint(1, 12)}周　开始第{R.randint(1, 6)}周期化疗",
        f"{month_year()}　确诊",
        f"出院后{R.randint(1, 24)}个月　门诊复查，未见复发",
        f"Day {n}: extubated, stable",
        f"第{n}天 —— 拔除尿管",
        f"{R.randint(2015, 2024)}年　第一次手术",
    ]
    return pick(pats), []


@fam("clean_quote", 35)
def _():
    j, r = pick(JOBS), pick(RELATIONS)
    qs = pick(["“手术很成功。”", "“我们会尽全力。”", "“语言不是问题，微笑是共通的。”", "“只要有一线希望就不放弃。”",
               "“术后三个月内一定要按时复查。”", "“这个病例让我们学到了很多。”"])
    qp = pick(["“孩子终于能正常上学了。”", "“没想到恢复得这么快。”", "“这里的护士比家人还细心。”",
               "“以后每年都要回来复查。”", "“谢谢中国医生。”", "“那段日子像做梦一样。”"])
    pats = [f"{qs}{j}说。", f"{qp}患者的{r}说。", f"{j}感慨：{qs}", f"{qp}出院时，{r}哽咽着说。",
            f"说起那段日子，这位{pick(COUNTRIES)}母亲说：{qp}"]
    return pick(pats), []


@fam("clean_tricky_num", 45)
def _():
    pats = [
        f"国药准字H{R.randint(19990001, 20249999)}",
        f"IP属地：{pick(['新疆', '内蒙古', '黑龙江', '北京', '广东', '四川', '哈萨克斯坦', '俄罗斯'])}",
        f"参考文献格式遵循GB/T 7714-2015。",
        f"检验科通过ISO 15189认可。",
        f"放疗剂量{R.randint(45, 70)} Gy/{R.randint(20, 35)} f。",
        f"病理分期pT{R.randint(1, 4)}N{R.randint(0, 2)}M0，Ⅱ{pick('AB')}期。",
        f"ASA分级Ⅲ级，手术耗时{R.randint(90, 400)}分钟。",
        f"FEV1 {R.randint(6, 30) / 10} L（占预计值{R.randint(25, 90)}%）。",
        f"QTc {R.randint(400, 520)} ms，PR间期{R.randint(120, 260)} ms。",
        (lambda h: f"HR 0.{h}（95% CI 0.{h - R.randint(5, 15)}–0.{min(99, h + R.randint(5, 15))}），P={pick(['0.001', '0.003', '0.02', '0.04'])}")(R.randint(55, 80)),
        f"HBV DNA {R.randint(1, 9)}.{R.randint(0, 9)}×10^{R.randint(3, 8)} IU/mL",
        f"CD4⁺ T细胞{R.randint(50, 900)}个/μL。",
        f"Ki-67约{R.randint(5, 90)}%，ER(+)，PR(+)，HER2(1+)。",
        f"使用{pick(['1.5T', '3.0T'])}磁共振和{pick(['64排', '256排', '320排'])}CT完成检查。",
        f"突发胸痛请立即拨打120。",
        f"本院去年门诊量{R.randint(100, 500)}万人次，出院{R.randint(5, 30)}万人次。",
        f"n={R.randint(100, 9999):,}，中位随访{R.randint(12, 60)}个月",
        f"钢板{pick(['3.5', '4.5'])} mm，螺钉{R.randint(4, 12)}枚。",
        f"CT值约{R.randint(-20, 80)} HU，大小{R.randint(1, 9)}.{R.randint(0, 9)} cm×{R.randint(1, 9)}.{R.randint(0, 9)} cm。",
        f"HPV16/18阴性，TCT未见上皮内病变。",
        f"第{R.randint(2, 9)}版诊疗规范自{R.randint(2018, 2024)}年起执行。",
        f"药品批号见外包装，有效期至{month_year()}。",
        f"心率变异性SDNN {R.randint(60, 180)} ms。",
        f"病房{R.randint(3, 18)}楼东区，共{R.randint(30, 60)}张床位。",
        f"版本号 v{R.randint(1, 5)}.{R.randint(0, 9)}，{R.randint(2019, 2024)}年修订。",
    ]
    return pick(pats), []


@fam("clean_stats", 25)
def _():
    pats = [
        f"本院每年完成{R.randint(300, 5000)}例{pick(['PCI', '关节置换', '白内障手术', '肝移植', '内镜手术'])}。",
        f"{R.randint(3, 10)}年生存率约{R.randint(30, 95)}%。",
        f"今年已接诊来自{R.randint(8, 40)}个国家的外籍患者{R.randint(200, 3000)}余人次。",
        f"该院{pick(DEPTS)}床位使用率达{R.randint(85, 110)}%。",
        f"术后并发症发生率为{R.randint(1, 15)}.{R.randint(0, 9)}%。",
    ]
    return pick(pats), []


# ================================================================ main

def canon(kinds):
    ks = []
    for k in kinds:
        assert k in KIND_ORDER, k
        if k not in ks:
            ks.append(k)
    ks.sort(key=KIND_ORDER.index)
    return ",".join(ks) if ks else "-"


def build():
    seen = set()
    rows = []
    for cat, n, f in FAMILIES:
        got = tries = 0
        while got < n and tries < n * 300:
            tries += 1
            s, kinds = f()
            s = " ".join(s.split("\n")).replace("\t", " ").strip()
            if s in seen:
                continue
            if cat.startswith("clean_"):
                assert not kinds, cat
            else:
                assert kinds, cat
            seen.add(s)
            rows.append((cat, canon(kinds), s))
            got += 1
        if got < n:
            raise SystemExit(f"family {cat}: only {got} of {n} unique sentences")
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_generated_zh_heldout13.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, s in rows:
            fh.write(f"{cat}\t{kinds}\t{s}\n")
    counts = {}
    clean = 0
    for _c, kinds, _s in rows:
        if kinds == "-":
            clean += 1
            continue
        for k in kinds.split(","):
            counts[k] = counts.get(k, 0) + 1
    print(f"{len(rows)} rows, {clean} clean, {len(rows) - clean} with identifiers -> {out}")
    for k in KIND_ORDER:
        print(f"  {k:24s} {counts.get(k, 0)}")


if __name__ == "__main__":
    main()
