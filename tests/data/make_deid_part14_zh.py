#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 14 (Simplified Chinese).

What it is
----------
Running this script writes ``deid_generated_zh_heldout14.tsv`` next to it: about 2,500
Simplified Chinese sentences of the kind a hospital publishes or receives -- case stories
told by editors, quotes from patients and families, clinicians' remarks, photo captions,
timeline entries and messages left through the website's contact form (informal, with
typos and mixed Chinese/English/Russian).  About 1,150 rows are clean and about 1,350
hold at least one identifier.  Columns: ``category``, ``expected_kinds`` (comma separated,
``-`` for clean rows) and ``sentence``.

How it was written
------------------
The templates, name lists, number formats and situations were written from general
knowledge of how Chinese hospital pages and patient messages look, and of how names,
addresses and document numbers are written in China, Kazakhstan, Russia, Central Asia,
Mongolia, the Middle East, Southeast Asia, Europe and Africa.  The scanner, its tests,
the benchmark data and the earlier corpus parts were NOT read.  Standard library only;
the random seed is fixed, so every run writes the same file.  Roughly one identifier
sentence in five uses a harder surface form (full-width digits, spelt-out digits,
numbers broken up with spaces, dots or dashes, label after the value, lower/upper-case
or pinyin names, names that are also ordinary words).

Judgement calls in the labels
-----------------------------
* Surname + title or prefix (王女士, 李主任, 老刘, 小陈, Dr. Karimi) is person_name.
  Surname + 某/某某 (张某, 李某某) and letter aliases (A女士, 患儿M, Mr. K) are clean.
* A birth date is labelled date_of_birth only (not also exact_date).  The birth date
  inside a Chinese resident ID or a Kazakh IIN is not labelled separately.
* 89岁, 88岁（米寿）and 年近九旬 ("nearly ninety") are clean; 年过九旬, 九旬老人,
  百岁, 虚岁91 and any age of 90 or more are age_over_89.
* Profile links on social platforms (weibo.com/u/..., t.me/..., instagram.com/...,
  vk.com/..., douyin.com/user/...) are social_account, not web_address.  Crowdfunding
  pages, blogs, personal sites and a family's public WeChat article are web_address.
  A map link carrying coordinates is geolocation only.
* A phone number given "WhatsApp同号" is phone_number only.  An e-mail address built
  on a QQ number (12345678@qq.com) is email only.
* 就诊卡号, 门诊号, 登记号, 住院号, 病案号 and foreign MRNs are medical_record_number.
  Insurance policy, member and 医保卡号/社保卡号 numbers are health_plan_number; an
  insurance claim case number is other_number.
* Practising certificates of named clinicians, driving licences, 健康证 and
  出生医学证明 numbers are licence_number.
* Hong Kong identity card numbers and other countries' personal numbers (IIN, SNILS,
  SSN, NIK, MyKad, Emirates ID ...) are national_id; only the 18-character mainland
  resident ID (also with a wrong check digit or written with spaces) is resident_id.
* A name embedded inside an e-mail address, URL or handle (ivan.petrov@mail.ru,
  gofundme.com/f/help-amina-...) is not labelled person_name on its own; the row carries
  email / web_address / social_account.  Given names that are also ordinary words (高峰,
  安然, 宏伟) are person_name when the sentence uses them as a name.
* Dates written without a year (3月15号) are exact_date; a birthday without a year is
  date_of_birth.  Month-and-year, 上旬/中旬, 春节前后 and quarters are clean.
* Institution names, wards, cities, countries, trial registry numbers, ICD/ATC codes,
  gene variants, HLA alleles, rs numbers, eponymous diseases and procedures (Crohn,
  Whipple, Apgar, Heimlich) and the emergency number 120 are clean.
"""

import os
import random
import unicodedata

SEED = 1414
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_zh_heldout14.tsv")

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]

GROUPS = []


def group(cat, n):
    def deco(f):
        GROUPS.append((cat, n, f))
        return f
    return deco


# ---------------------------------------------------------------- helpers

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dgn(n):
    return R.choice("123456789") + dg(n - 1)


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def fw(s):
    """Full-width form of ASCII letters and digits."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


CN_DIGITS = "零一二三四五六七八九"


def spell(s, yao=False, ling="零"):
    out = []
    for c in s:
        if c.isdigit():
            if c == "1" and yao:
                out.append("幺")
            elif c == "0":
                out.append(ling)
            else:
                out.append(CN_DIGITS[int(c)])
        elif c in " -":
            continue
        else:
            out.append(c)
    return "".join(out)


def chunk(s, sizes, sep=" "):
    parts, i = [], 0
    for k in sizes:
        parts.append(s[i:i + k])
        i += k
    if i < len(s):
        parts.append(s[i:])
    return sep.join(p for p in parts if p)


def luhn(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def ascii_fold(s):
    s = s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def cn_int(n):
    """Chinese numerals for 1..199."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + CN_DIGITS[rest]
    return "一百" + (cn_int(rest) if rest >= 20 else "一" + cn_int(rest))


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


# ---------------------------------------------------------------- pools

SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董"
                "潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏付方邹熊孟秦"
                "邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武戴严莫孔向汤") + ["欧阳", "司马", "上官", "诸葛"]
GIVEN = ["建国", "秀英", "桂兰", "志强", "丽娟", "浩然", "子涵", "欣怡", "宇轩", "梓萱", "雨桐",
         "晓东", "海燕", "春梅", "德明", "玉珍", "文博", "思远", "嘉怡", "俊杰", "淑芬", "国华",
         "红霞", "立新", "晨曦", "一鸣", "婉婷", "振华", "秀兰", "明轩", "佳琪", "天佑", "美玲",
         "家豪", "素梅", "卫东", "亚楠", "凤英", "鹏飞", "静怡", "诗涵", "博文", "金凤", "永刚",
         "小燕", "建军", "翠花", "冬梅", "雪梅", "志刚", "玉兰", "守仁", "长林", "桂芝", "宏伟",
         "伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "超", "霞",
         "琳", "萍", "鑫", "颖", "昊", "睿", "彤", "悦", "帆", "璐"]
SUR_PY = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
          "黄": "Huang", "赵": "Zhao", "周": "Zhou", "吴": "Wu", "徐": "Xu", "孙": "Sun",
          "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin",
          "罗": "Luo", "高": "Gao", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song",
          "唐": "Tang", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng",
          "欧阳": "Ouyang", "吕": "Lyu", "崔": "Cui", "蒋": "Jiang"}
GIV_PY = {"建国": "Jianguo", "秀英": "Xiuying", "桂兰": "Guilan", "志强": "Zhiqiang",
          "丽娟": "Lijuan", "浩然": "Haoran", "子涵": "Zihan", "欣怡": "Xinyi", "宇轩": "Yuxuan",
          "梓萱": "Zixuan", "雨桐": "Yutong", "晓东": "Xiaodong", "海燕": "Haiyan",
          "春梅": "Chunmei", "德明": "Deming", "玉珍": "Yuzhen", "文博": "Wenbo",
          "思远": "Siyuan", "嘉怡": "Jiayi", "俊杰": "Junjie", "淑芬": "Shufen",
          "国华": "Guohua", "红霞": "Hongxia", "立新": "Lixin", "鹏飞": "Pengfei",
          "伟": "Wei", "芳": "Fang", "娜": "Na", "敏": "Min", "磊": "Lei", "静": "Jing",
          "涛": "Tao", "颖": "Ying"}
MINORITY = ["阿依古丽·买买提", "热依拉·艾山", "买买提江·吐尔逊", "古丽娜尔·阿不都", "艾尔肯·热合曼",
            "巴特尔", "其其格", "乌云娜", "扎西多吉", "次仁卓玛", "央金拉姆", "努尔艾力·克依木",
            "迪丽娜尔·艾合买提", "苏德格日勒", "那仁花", "格桑德吉", "叶尔肯·努尔兰", "哈力木拉提",
            "阿娜尔古丽", "吐尔洪·沙吾提", "帕提古丽", "朝鲁门", "宝音德力格尔", "阿卜杜热合曼·艾则孜"]
FOREIGN = [
    ("Nurlan Abenov", "努尔兰·阿别诺夫"), ("Aigerim Serikbayeva", "阿依格林·谢里克巴耶娃"),
    ("Yerlan Zhaksylykov", "叶尔兰·扎克瑟雷科夫"), ("Saule Bekova", "萨乌列·别科娃"),
    ("Askar Tulegenov", "阿斯卡尔·图列根诺夫"), ("Madina Akhmetova", "马季娜·艾哈迈托娃"),
    ("Ivan Petrov", "伊万·彼得罗夫"), ("Olga Smirnova", "奥莉加·斯米尔诺娃"),
    ("Sergei Kuznetsov", "谢尔盖·库兹涅佐夫"), ("Natalia Volkova", "娜塔莉亚·沃尔科娃"),
    ("Andrei Sokolov", "安德烈·索科洛夫"), ("Yekaterina Morozova", "叶卡捷琳娜·莫罗佐娃"),
    ("Bakhtiyor Yusupov", "巴赫季约尔·尤苏波夫"), ("Dilnoza Karimova", "季尔诺扎·卡里莫娃"),
    ("Aibek Toktogulov", "艾别克·托克托古洛夫"), ("Farrukh Rahimov", "法鲁赫·拉希莫夫"),
    ("Gulnora Saidova", "古丽诺拉·赛伊多娃"), ("Batbayar Ganbold", "巴特巴雅尔·甘宝力德"),
    ("Oyunchimeg Dorj", "敖云其其格·道尔吉"), ("Enkhbold Tsend", "恩赫包勒德·曾德"),
    ("Bolormaa Sukh", "宝勒尔玛·苏赫"), ("Ahmed Al-Mansouri", "艾哈迈德·曼苏里"),
    ("Fatima Haddad", "法蒂玛·哈达德"), ("Omar Khalil", "奥马尔·哈利勒"),
    ("Leila Rahimi", "莱拉·拉希米"), ("Mohammad Reza Karimi", "穆罕默德·礼萨·卡里米"),
    ("Yusuf Demir", "优素福·德米尔"), ("Noura Al-Saadi", "努拉·萨阿迪"),
    ("Nguyen Van Minh", "阮文明"), ("Tran Thi Lan", "陈氏兰"), ("Somchai Wongsawat", "颂猜·翁沙瓦"),
    ("Siti Aminah", "西蒂·阿米娜"), ("Maria Santos", "玛丽亚·桑托斯"), ("Aung Kyaw Min", "昂觉敏"),
    ("Dewi Lestari", "德维·莱斯塔里"), ("Hans Müller", "汉斯·穆勒"), ("Sophie Martin", "索菲·马丁"),
    ("Giulia Rossi", "朱莉娅·罗西"), ("Jan Kowalski", "扬·科瓦尔斯基"), ("Lars Andersen", "拉尔斯·安徒生"),
    ("Elena García", "埃莱娜·加西亚"), ("Chinedu Okafor", "奇内杜·奥卡福"),
    ("Amina Diallo", "阿米娜·迪亚洛"), ("Kwame Mensah", "夸梅·门萨"), ("Tendai Moyo", "滕代·莫约"),
    ("Abebe Bekele", "阿贝贝·贝克勒"), ("Fatoumata Traoré", "法图玛塔·特拉奥雷"),
    ("Joseph Kamau", "约瑟夫·卡马乌"),
]
WORDNAMES = ["高山", "马兰", "白雪", "江河", "金花", "夏天", "文静", "向阳", "田野", "林海", "石磊",
             "方圆", "常青", "黎明", "夏雨", "秦川", "高峰", "万里", "蓝天", "安然", "于洋", "余晖"]
NICKNAMES = ["豆豆", "乐乐", "朵朵", "果果", "妞妞", "琪琪", "阿杰", "阿芳", "小雨", "糖糖", "天天", "壮壮",
             "阿丽", "毛毛", "贝贝", "嘟嘟"]
P_TITLES = ["女士", "先生", "阿姨", "大爷", "奶奶", "爷爷", "大姐", "大哥", "叔叔", "老师", "同学", "师傅"]
D_TITLES = ["医生", "大夫", "主任", "教授", "护士长", "护士"]
D_TITLES_FULL = ["医生", "主任", "教授", "主任医师", "副主任医师", "主治医师", "护士", "护士长", "博士"]

CITIES = ["乌鲁木齐", "喀什", "伊宁", "阿勒泰", "库尔勒", "塔城", "呼和浩特", "包头", "赤峰", "兰州", "西宁",
          "银川", "拉萨", "哈尔滨", "长春", "沈阳", "成都", "昆明", "南宁", "广州", "深圳", "上海", "杭州",
          "武汉", "长沙", "郑州", "西安", "济南", "南京", "福州", "海口", "贵阳", "太原", "石家庄", "天津",
          "重庆", "大连", "青岛", "厦门", "延吉", "满洲里", "二连浩特", "霍尔果斯"]
ABROAD = ["哈萨克斯坦阿拉木图", "哈萨克斯坦阿斯塔纳", "俄罗斯新西伯利亚", "俄罗斯莫斯科", "吉尔吉斯斯坦比什凯克",
          "乌兹别克斯坦塔什干", "塔吉克斯坦杜尚别", "蒙古国乌兰巴托", "阿联酋迪拜", "伊朗德黑兰", "约旦安曼",
          "越南河内", "泰国曼谷", "印度尼西亚雅加达", "马来西亚吉隆坡", "缅甸仰光", "老挝万象", "德国汉堡",
          "波兰华沙", "意大利米兰", "尼日利亚拉各斯", "肯尼亚内罗毕", "埃塞俄比亚亚的斯亚贝巴",
          "巴基斯坦伊斯兰堡", "土耳其伊斯坦布尔", "俄罗斯伊尔库茨克", "哈萨克斯坦奇姆肯特"]
COUNTRIES = ["哈萨克斯坦", "俄罗斯", "吉尔吉斯斯坦", "乌兹别克斯坦", "塔吉克斯坦", "蒙古国", "阿联酋", "伊朗",
             "约旦", "越南", "泰国", "印度尼西亚", "马来西亚", "缅甸", "老挝", "德国", "波兰", "意大利",
             "尼日利亚", "肯尼亚", "埃塞俄比亚", "巴基斯坦", "土耳其", "沙特阿拉伯", "埃及", "土库曼斯坦"]
HOSPITALS = ["新疆医科大学第一附属医院", "北京协和医院", "四川大学华西医院", "复旦大学附属中山医院",
             "中山大学附属第一医院", "内蒙古自治区人民医院", "兰州大学第二医院", "青海大学附属医院",
             "西藏自治区人民医院", "哈尔滨医科大学附属第二医院", "郑州大学第一附属医院",
             "浙江大学医学院附属第一医院", "喀什地区第一人民医院", "伊犁州友谊医院", "我院",
             "本院国际医疗部", "自治区人民医院", "当地县医院", "阿拉木图市第一医院", "乌兰巴托国立第一医院"]
DEPTS = ["心内科", "心外科", "神经内科", "神经外科", "呼吸与危重症医学科", "消化内科", "肝胆外科", "胸外科",
         "肿瘤科", "血液科", "肾内科", "内分泌科", "风湿免疫科", "儿科", "新生儿科", "产科", "妇科", "骨科",
         "眼科", "耳鼻喉科", "急诊科", "重症医学科", "康复医学科", "麻醉科", "放疗科", "介入科", "感染科",
         "皮肤科", "泌尿外科", "国际医疗部", "老年医学科", "疼痛科"]
DISEASES = ["急性心肌梗死", "肺腺癌", "胰腺癌", "肝包虫病", "脑胶质瘤", "急性髓系白血病", "终末期肾病",
            "2型糖尿病", "扩张型心肌病", "先天性心脏病", "主动脉夹层", "股骨颈骨折", "脊柱侧弯", "白内障",
            "鼻咽癌", "乳腺癌", "结肠癌", "系统性红斑狼疮", "重症肺炎", "肝硬化", "胃癌", "甲状腺乳头状癌",
            "脑出血", "肺栓塞", "布鲁氏菌病", "食管癌", "子宫内膜癌", "多发性骨髓瘤", "法洛四联症", "胆管癌"]
SURGERIES = ["冠状动脉旁路移植术", "经皮冠状动脉介入治疗", "腹腔镜胆囊切除术", "肝包虫内囊摘除术",
             "全髋关节置换术", "胸腔镜肺叶切除术", "胰十二指肠切除术", "肾移植", "肝移植", "脑动脉瘤夹闭术",
             "房间隔缺损封堵术", "经导管主动脉瓣置换术", "白内障超声乳化吸除术", "人工耳蜗植入术",
             "胃癌根治术", "甲状腺全切术", "永久起搏器植入术", "脊柱矫形术", "ECMO置管", "肾上腺切除术"]
SYMPTOMS = ["反复胸痛", "咳嗽咳痰", "腹痛腹胀", "头痛呕吐", "视力下降", "双下肢水肿", "皮肤发黄",
            "呼吸困难", "关节肿痛", "乏力消瘦", "便血", "听力下降", "持续高热", "心悸", "吞咽困难", "腰背痛"]
LANGS = ["俄语", "哈萨克语", "维吾尔语", "蒙古语", "阿拉伯语", "英语", "越南语", "乌兹别克语", "波斯语",
         "泰语", "吉尔吉斯语", "土耳其语"]
JOBS = ["牧民", "出租车司机", "中学教师", "退休工人", "大学生", "外卖骑手", "个体户", "程序员", "建筑工人",
        "全职妈妈", "护工", "厨师", "果农", "货车司机", "会计", "边防战士", "留学生", "导游", "舞蹈演员",
        "矿工", "乡村医生", "快递员", "棉农", "餐馆老板"]
RELATIONS = ["女儿", "儿子", "老伴", "妻子", "丈夫", "母亲", "父亲", "哥哥", "姐姐", "弟弟", "妹妹", "孙女",
             "外孙", "儿媳", "女婿", "侄子", "邻居", "同事"]


# ---------------------------------------------------------------- names

def cn_full():
    return pick(SURNAMES) + pick(GIVEN)


def pinyin_name():
    s = pick(list(SUR_PY))
    g = pick(list(GIV_PY))
    ps, pg = SUR_PY[s], GIV_PY[g]
    return pick([
        f"{ps} {pg}", f"{ps.upper()} {pg.upper()}", f"{ps.lower()} {pg.lower()}",
        f"{pg} {ps}", f"{ps.upper()}/{pg.upper()}", f"{ps.upper()} {pg}", f"{pg} {ps.upper()}",
    ])


def foreign_latin(case=None):
    n = pick(FOREIGN)[0]
    x = R.random() if case is None else case
    if x < 0.7:
        return n
    if x < 0.85:
        return n.upper()
    return n.lower()


def foreign_cn():
    return pick(FOREIGN)[1]


def pname():
    """A patient or relative, in one of many surface forms."""
    x = R.random()
    if x < 0.34:
        return cn_full()
    if x < 0.48:
        return pick(SURNAMES) + pick(P_TITLES)
    if x < 0.53:
        return pick(["老", "小"]) + pick(SURNAMES)
    if x < 0.62:
        return pick(MINORITY)
    if x < 0.74:
        return foreign_cn()
    if x < 0.84:
        return foreign_latin()
    if x < 0.91:
        return pinyin_name()
    if x < 0.96:
        return pick(WORDNAMES)
    return pick(GIVEN[:55])


def dname():
    """A clinician, interpreter or staff member, named."""
    x = R.random()
    if x < 0.42:
        return pick(SURNAMES) + pick(D_TITLES)
    if x < 0.80:
        return cn_full() + pick(D_TITLES_FULL)
    if x < 0.88:
        return pick(MINORITY) + pick(["医生", "护士", "主任"])
    if x < 0.94:
        return "Dr. " + pick(FOREIGN)[0].split()[-1]
    return pick(FOREIGN)[1] + pick(["医生", "教授"])


# ---------------------------------------------------------------- dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def ymd(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return y, m, d


def fmt_date(y, m, d, style=None, with_year=True):
    styles = ["cn", "cn", "cn", "cn_noyear", "cn_hao", "iso", "dot", "slash", "eu_dot", "eu_slash",
              "cn_num", "fw", "en", "en_dmy", "cn_pad"]
    if style is None:
        style = pick(styles)
    if not with_year and style in ("cn", "iso", "dot", "slash", "eu_dot", "eu_slash", "cn_num", "fw",
                                   "en", "en_dmy", "cn_pad"):
        style = pick(["cn_noyear", "cn_hao", "md_dot"])
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "cn_pad":
        return f"{y}年{m:02d}月{d:02d}日"
    if style == "cn_noyear":
        return f"{m}月{d}日"
    if style == "cn_hao":
        return f"{m}月{d}号"
    if style == "md_dot":
        return f"{m}.{d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "eu_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "eu_slash":
        return f"{d}/{m}/{y}"
    if style == "cn_num":
        return f"{cn_year(y)}年{cn_int(m)}月{cn_int(d)}日"
    if style == "fw":
        return fw(f"{y}年{m}月{d}日")
    if style == "en":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "en_dmy":
        return f"{d} {MONTHS_EN[m - 1][:3]} {y}"
    raise ValueError(style)


def edate(y0=2016, y1=2025, **kw):
    y, m, d = ymd(y0, y1)
    return fmt_date(y, m, d, **kw)


def dob(y0=1932, y1=2023, **kw):
    y, m, d = ymd(y0, y1)
    return fmt_date(y, m, d, **kw)


def age90():
    a = R.randint(90, 106)
    return pick([f"{a}岁", f"{a}岁", f"{cn_int(a)}岁", f"{a}周岁", f"{fw(str(a))}岁", f"{a}岁高龄",
                 f"{cn_int(a)}岁高龄", f"年届{cn_int(a)}"])


# ---------------------------------------------------------------- phones

def cn_mobile():
    return "1" + pick("3456789") + pick("0123456789") + dg(8)


LANDLINE_AREAS = [("010", 8), ("021", 8), ("0991", 8), ("0471", 7), ("0931", 7), ("029", 8),
                  ("020", 8), ("0755", 8), ("028", 8), ("0451", 8), ("0998", 7), ("0999", 7),
                  ("0971", 7), ("0951", 7), ("0891", 7), ("0906", 7), ("0472", 7)]

FOREIGN_PHONES = [
    lambda: "+7 7" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2),
    lambda: "+7 (9" + dg(2) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2),
    lambda: "8 (9" + dg(2) + ") " + dg(3) + "-" + dg(2) + "-" + dg(2),
    lambda: "+976 " + pick("89") + dg(3) + " " + dg(4),
    lambda: "+998 9" + dg(1) + " " + dg(3) + " " + dg(2) + " " + dg(2),
    lambda: "+996 " + pick(["555", "700", "772", "550"]) + " " + dg(3) + " " + dg(3),
    lambda: "+992 " + pick(["90", "93", "98"]) + " " + dg(3) + " " + dg(4),
    lambda: "+971 5" + pick("0245") + " " + dg(3) + " " + dg(4),
    lambda: "+98 912 " + dg(3) + " " + dg(4),
    lambda: "+962 7" + pick("789") + " " + dg(3) + " " + dg(4),
    lambda: "+84 9" + dg(2) + " " + dg(3) + " " + dg(3),
    lambda: "+66 8" + dg(1) + " " + dg(3) + " " + dg(4),
    lambda: "+62 812-" + dg(4) + "-" + dg(4),
    lambda: "+60 12-" + dg(3) + " " + dg(4),
    lambda: "+49 151 " + dg(8),
    lambda: "+44 7" + dg(3) + " " + dg(6),
    lambda: "+234 80" + dg(1) + " " + dg(3) + " " + dg(4),
    lambda: "+254 7" + dg(2) + " " + dg(3) + " " + dg(3),
    lambda: "+251 91 " + dg(3) + " " + dg(4),
    lambda: "0077" + dg(9),
    lambda: "00976-" + pick("89") + dg(7),
    lambda: "+90 5" + dg(2) + " " + dg(3) + " " + dg(2) + " " + dg(2),
]


def phone(hard=None):
    if hard is None:
        hard = chance(0.22)
    x = R.random()
    if x < 0.5:
        p = cn_mobile()
        if hard:
            y = R.random()
            if y < 0.25:
                return fw(p)
            if y < 0.5:
                return spell(p, yao=chance(0.5))
            if y < 0.7:
                return chunk(p, [3, 4, 4], ".")
            if y < 0.85:
                return fw(chunk(p, [3, 4, 4], " "))
            return chunk(p, [3, 3, 3], " ")
        return pick([p, p, chunk(p, [3, 4, 4]), chunk(p, [3, 4, 4], "-"), "+86 " + chunk(p, [3, 4, 4]),
                     "+86-" + p, "0086 " + p, "(+86)" + p, "86-" + p])
    if x < 0.68:
        area, n = pick(LANDLINE_AREAS)
        num = dgn(n)
        if hard:
            return pick([fw(f"{area}-{num}"), spell(area + num), f"{area} {chunk(num, [4, 4])}"])
        return pick([f"{area}-{num}", f"({area}){num}", f"{area} {num}", f"+86 {area[1:]} {num}",
                     f"{area}-{num}转{dg(3)}", f"0086-{area[1:]}-{num}"])
    p = pick(FOREIGN_PHONES)()
    if hard:
        return pick([fw(p), p.replace(" ", "").replace("-", ""), p.replace(" ", "-")])
    return p


# ---------------------------------------------------------------- email / web / ip / social

def local_part():
    x = R.random()
    if x < 0.32:
        s = SUR_PY[pick(list(SUR_PY))].lower()
        g = GIV_PY[pick(list(GIV_PY))].lower()
        return pick([s + g, g + "." + s, s + "_" + g[0] + g[-1], s + g + dg(2), s + g[0] + dg(4),
                     g + s + "19" + dg(2), s + "." + g])
    if x < 0.58:
        n = ascii_fold(pick(FOREIGN)[0]).lower().replace("-", "").split()
        return pick([n[0] + "." + n[-1], n[0] + "_" + n[-1][0], n[-1] + n[0][0] + dg(2),
                     n[0] + n[-1] + dg(2), n[0][0] + "." + n[-1]])
    if x < 0.72:
        return dgn(R.randint(8, 10))
    return pick(["sunny", "happycat", "xiaoyu", "lily", "moonlight", "tiantian", "dreamer", "kitty",
                 "bluesky", "yangguang", "xiaomao", "steppe", "nomad", "desertrose"]) + dg(R.randint(2, 4))


def email(hard=None):
    if hard is None:
        hard = chance(0.25)
    lp = local_part()
    if lp.isdigit():
        dom = "qq.com"
    else:
        dom = pick(["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com", "gmail.com",
                    "mail.ru", "yandex.ru", "yahoo.com", "outlook.com", "hotmail.com", "inbox.ru",
                    "icloud.com", "bk.ru", "yahoo.co.id", "gmx.de", "list.ru"])
    if not hard:
        return f"{lp}@{dom}"
    return pick([
        f"{lp} at {dom.replace('.', ' dot ')}", f"{lp}(at){dom}", f"{lp}#{dom}（#换成@）",
        f"{lp}＠{dom}", f"{lp} [at] {dom}", f"{lp}艾特{dom}", f"{lp.upper()}@{dom.upper()}",
        f"{lp} @ {dom}", f"{lp}@{dom.replace('.', '点')}",
    ])


SLUG_WORDS = ["help", "save", "support", "heart", "surgery", "for", "little", "mama", "papa", "fight",
              "cancer", "kidney", "transplant", "treatment", "in", "china", "bring", "home"]


def slug_for_name():
    n = ascii_fold(pick(FOREIGN)[0]).lower().replace("-", "").split()
    first = n[0]
    return pick([f"help-{first}-get-surgery", f"save-{first}s-heart", f"{first}-{n[-1]}-treatment",
                 f"support-{first}-in-china", f"{first}-fights-cancer", f"bring-{first}-home"])


def web(hard=None):
    if hard is None:
        hard = chance(0.2)
    py = SUR_PY[pick(list(SUR_PY))].lower() + GIV_PY[pick(list(GIV_PY))].lower()
    u = pick([
        lambda: f"https://www.gofundme.com/f/{slug_for_name()}",
        lambda: f"https://www.qschou.com/project/{hexs(8)}-{hexs(4)}",
        lambda: f"https://www.shuidichou.com/raise/{hexs(16)}",
        lambda: f"https://m.shuidichou.com/cf/contribute/{hexs(12)}",
        lambda: f"http://blog.sina.com.cn/u/{dgn(10)}",
        lambda: f"https://{py}.github.io",
        lambda: f"https://www.{py}{dg(2)}.com",
        lambda: f"https://www.jianshu.com/u/{hexs(12)}",
        lambda: f"https://zhuanlan.zhihu.com/p/{dgn(9)}",
        lambda: f"https://www.ketto.org/fundraiser/{slug_for_name()}",
        lambda: f"https://www.justgiving.com/crowdfunding/{slug_for_name()}",
        lambda: f"https://kitabisa.com/campaign/{slug_for_name().replace('-', '')}",
        lambda: f"https://{py}.wordpress.com",
        lambda: f"https://mp.weixin.qq.com/s/{alnum(22, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
        lambda: f"https://www.leetchi.com/c/{slug_for_name()}",
        lambda: f"https://{py}.blogspot.com",
    ])()
    if not hard:
        return u
    y = R.random()
    if y < 0.35:
        return u.replace("https://", "").replace("http://", "")
    if y < 0.6:
        return u.replace("https://", "").replace("http://", "").replace(".", "点", 2)
    if y < 0.8:
        return fw(u)
    return u.replace("://", ": //").replace("/", " / ", 1)


IP_FIRST = [36, 39, 42, 58, 61, 101, 106, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121, 122, 123,
            124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223, 5, 31, 46,
            77, 91, 95, 178, 185, 188, 212, 14, 27, 49]


def ip(hard=None):
    if hard is None:
        hard = chance(0.2)
    x = R.random()
    if x < 0.72:
        a = f"{pick(IP_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif x < 0.84:
        a = pick([f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}", f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
    else:
        a = pick(["2408:", "240e:", "2409:", "2a02:", "2001:"]) + ":".join(hexs(4) for _ in range(3)) + "::" + hexs(R.randint(1, 4))
    if not hard:
        return a
    if ":" in a:
        return a.upper()
    return pick([fw(a), a.replace(".", "。"), a.replace(".", " . "), a.replace(".", "点")])


def wx_id():
    return pick([
        "wxid_" + alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"),
        SUR_PY[pick(list(SUR_PY))].lower() + GIV_PY[pick(list(GIV_PY))].lower() + dg(R.randint(2, 4)),
        pick(["Lily", "Sunny", "Anna", "Aru", "Dana", "Tom", "xiaoyu", "mama", "laowang", "steppe"]) + "_" + dg(4),
        pick(["hx", "zy", "lj", "wm", "gl"]) + dg(R.randint(6, 9)),
    ])


def social(hard=None):
    """A labelled social-media account phrase."""
    if hard is None:
        hard = chance(0.2)
    fl = ascii_fold(pick(FOREIGN)[0]).lower().replace("-", "").split()
    h = pick([fl[0] + "_" + fl[-1], fl[0] + "." + fl[-1][0], fl[0] + dg(2), fl[-1] + "_" + dg(4)])
    x = R.randint(0, 15)
    if x <= 3:
        w = wx_id()
        if hard:
            return pick([f"v信 {w}", f"VX：{' '.join(w)}", f"威信号{w}", f"{w}（微信号）", f"wx: {fw(w)}"])
        return pick([f"微信号：{w}", f"微信 {w}", f"微信号{w}", f"WeChat ID: {w}", f"我的微信是{w}"])
    if x <= 6:
        q = dgn(R.randint(8, 10))
        if hard:
            return pick([f"扣扣{q}", f"Q号 {chunk(q, [3, 3, 4])}", f"{q}（QQ）", f"企鹅号{fw(q)}",
                         f"QQ {spell(q)}"])
        return pick([f"QQ：{q}", f"QQ号{q}", f"QQ {q}", f"QQ号码{q}"])
    if x == 7:
        d = pick(["dy", "DY", "yy", "xm"]) + alnum(R.randint(6, 9), "abcdefghijkmnpqrstuvwxyz0123456789")
        return pick([f"抖音号：{d}", f"抖音号 {d}", f"抖音 @{pick(['小美', '阿勒泰牧羊人', '糖糖妈妈', '抗癌老周', '草原上的云'])}{dg(4)}",
                     f"https://www.douyin.com/user/MS4wLjABAAAA{alnum(20, 'abcdefghijkABCDEFGHJK0123456789_-')}"])
    if x == 8:
        return pick([f"微博 @{pick(['阳光小美', '抗癌日记', '透析的日子', '追光的豆豆妈', '天山脚下'])}{dg(R.randint(2, 4))}",
                     f"weibo.com/u/{dgn(10)}", f"微博ID：{dgn(10)}"])
    if x == 9:
        return pick([f"Instagram @{h}", f"ins: {h}", f"instagram.com/{h}", f"IG：@{h}"])
    if x == 10:
        return pick([f"Telegram @{h}", f"TG: @{h}", f"t.me/{h}", f"телеграм @{h}"])
    if x == 11:
        return pick([f"vk.com/id{dgn(9)}", f"VK: vk.com/{h}", f"ВКонтакте vk.com/{h}"])
    if x == 12:
        return pick([f"facebook.com/{h}.{dg(2)}", f"Facebook：{h.replace('_', '.')}", f"fb.com/{h}"])
    if x == 13:
        return pick([f"小红书号：{dgn(9)}", f"小红书 @{pick(['阿依的康复日记', '糖妈日常', '一只小病号', '肾友老陈'])}"])
    if x == 14:
        return pick([f"快手号 {alnum(9, 'abcdefghijkmnpqrstuvwxyz0123456789')}", f"TikTok @{h}", f"X/Twitter @{h}"])
    return pick([f"Line ID: {h}", f"Zalo: {pick(['minh', 'lan', 'thu', 'hoa'])}.{dg(4)}", f"LinkedIn: linkedin.com/in/{h.replace('_', '-')}"])


# ---------------------------------------------------------------- addresses

CN_PLACES = [
    ("北京市", "朝阳区", ["建国路", "朝阳北路", "望京西路", "东三环中路"], "100020"),
    ("上海市", "浦东新区", ["张杨路", "世纪大道", "浦东南路"], "200120"),
    ("新疆乌鲁木齐市", "天山区", ["解放南路", "新华北路", "中山路", "延安路"], "830002"),
    ("乌鲁木齐市", "沙依巴克区", ["友好南路", "西北路", "钱塘江路"], "830000"),
    ("乌鲁木齐市", "新市区", ["北京南路", "长春中路"], "830011"),
    ("内蒙古呼和浩特市", "新城区", ["新华大街", "兴安北路"], "010010"),
    ("包头市", "昆都仑区", ["钢铁大街", "阿尔丁大街"], "014010"),
    ("哈尔滨市", "南岗区", ["学府路", "西大直街"], "150001"),
    ("广州市", "天河区", ["天河路", "体育西路", "黄埔大道西"], "510630"),
    ("成都市", "武侯区", ["人民南路四段", "武侯祠大街"], "610041"),
    ("甘肃省兰州市", "城关区", ["东岗西路", "庆阳路"], "730030"),
    ("昆明市", "五华区", ["东风西路", "西昌路"], "650031"),
    ("伊宁市", "", ["解放路", "斯大林街"], "835000"),
    ("喀什市", "", ["人民东路", "色满路"], "844000"),
    ("宁夏银川市", "兴庆区", ["解放东街", "文化西街"], "750001"),
    ("青海省西宁市", "城西区", ["五四西路", "胜利路"], "810001"),
    ("拉萨市", "城关区", ["北京中路", "林廓北路"], "850000"),
    ("阿勒泰市", "", ["团结路", "解放北路"], "836500"),
    ("大连市", "沙河口区", ["西安路", "中山路"], "116021"),
    ("延吉市", "", ["光明街", "人民路"], "133000"),
]
ESTATES = ["阳光花园", "幸福家园", "金色家园", "绿城小区", "锦绣华庭", "碧水湾", "天山明珠", "和平里", "紫荆苑",
           "丽景湾", "雅居园", "鸿福小区", "南湖北社区", "铁路局家属院", "石油基地小区", "纺织厂宿舍"]
VILLAGES = ["甘肃省定西市通渭县平襄镇西关村5社", "新疆伊犁州察布查尔县加尕斯台镇3村", "内蒙古锡林郭勒盟阿巴嘎旗别力古台镇",
            "新疆和田地区墨玉县喀尔赛乡6村2组", "四川省凉山州昭觉县四开乡好谷村", "云南省怒江州福贡县上帕镇腊竹底村",
            "西藏日喀则市江孜县江孜镇宗堆居委会", "青海省玉树州称多县清水河镇扎麻村", "黑龙江省漠河市北极镇北极村"]


def cn_address():
    city, dist, roads, _pc = pick(CN_PLACES)
    road = pick(roads)
    n = R.randint(1, 399)
    x = R.random()
    if x < 0.35:
        return f"{city}{dist}{road}{n}号{pick(ESTATES)}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 28)}{R.randint(1, 4):02d}室"
    if x < 0.55:
        return f"{city}{dist}{road}{n}号"
    if x < 0.7:
        return f"{pick(ESTATES)}{R.randint(1, 30)}栋{R.randint(1, 3)}单元{R.randint(1, 18)}0{R.randint(1, 4)}"
    if x < 0.82:
        return pick(VILLAGES) + (f"{R.randint(1, 80)}号" if chance(0.6) else "")
    if x < 0.92:
        return f"{dist or city}{road}{n}号院{R.randint(1, 12)}号楼{R.randint(1, 24)}层{R.randint(1, 24)}{R.randint(1, 9):02d}"
    return fw(f"{road}{n}号{R.randint(1, 30)}-{R.randint(1, 6)}-{R.randint(1, 28)}0{R.randint(1, 4)}")


def foreign_address():
    a, b, c = R.randint(1, 200), R.randint(1, 120), R.randint(1, 30)
    return pick([
        f"Almaty, Abay Ave {a}, apt {b}", f"г. Алматы, пр. Абая, д. {a}, кв. {b}",
        f"阿拉木图市阿拜大街{a}号{b}室", f"Astana, Kabanbay Batyr Ave {a}, кв. {b}",
        f"г. Новосибирск, ул. Ленина, д. {a}, кв. {b}", f"Москва, ул. Тверская, д. {c}, кв. {b}",
        f"莫斯科特维尔大街{c}号{b}室", f"Ulaanbaatar, Sukhbaatar district, khoroo {c}, Peace Ave {a}, apt {b}",
        f"乌兰巴托市苏赫巴托区和平大街{a}号{b}室", f"Bishkek, Chui Ave {a}, kv. {b}",
        f"Tashkent, Amir Temur ko'chasi {a}, {b}-xonadon", f"Villa {c}, Street {R.randint(1, 40)}, Al Barsha 2, Dubai",
        f"Số {c} Ngõ {a} Phố Huế, Hai Bà Trưng, Hà Nội", f"{a}/{c} Sukhumvit Soi {R.randint(1, 71)}, Bangkok",
        f"Jl. Kebon Jeruk No. {c}, Jakarta Barat", f"Hauptstraße {c}, 3. OG, Hamburg",
        f"Flat {c}, {a} King Street, Manchester", f"{c} Adeola Odeku Street, Victoria Island, Lagos",
        f"Moi Avenue, House No. {a}, Nairobi", f"ul. Marszałkowska {a} m. {b}, Warszawa",
        f"Via Roma {a}, int. {c}, Milano", f"Kızılay Mah. Atatürk Blv. No:{a} D:{c}, Ankara",
        f"德黑兰瓦利阿斯尔大街{a}号{c}单元", f"No. {a}, Jalan Ampang, {c}-{b}, Kuala Lumpur",
    ])


def address():
    return cn_address() if chance(0.6) else foreign_address()


def postcode(hard=None):
    if hard is None:
        hard = chance(0.2)
    pc = pick([
        lambda: pick(CN_PLACES)[3] if chance(0.5) else pick(["100020", "100730", "830054", "830011", "010017", "730000", "650032", "750004"]),
        lambda: "0" + pick(["50000", "50010", "50057", "10000"]),
        lambda: pick(["A05C9Y3", "A15E3C5", "Z05T3E8", "A25D6X1"]),
        lambda: pick(["630099", "630007", "125009", "664003", "690091"]),
        lambda: pick(["14200", "14201", "15170", "13381"]),
        lambda: "1000" + dg(2),
        lambda: pick(["720040", "720001"]),
        lambda: pick(["10115", "20095", "80331"]),
        lambda: pick(["SW1A 2AA", "M1 1AE", "EC1A 1BB", "B33 8TH"]),
        lambda: pick(["10110", "10330"]),
        lambda: pick(["100000", "700000"]),
        lambda: pick(["101241", "100001"]),
        lambda: pick(["00-950", "02-583"]),
        lambda: pick(["94110", "10027"]),
        lambda: pick(["50450", "11480"]),
    ])()
    if not hard:
        return pc
    if pc.isdigit():
        return pick([fw(pc), spell(pc, ling="〇"), " ".join(pc)])
    return pc.lower() if chance(0.5) else fw(pc)


def geo(hard=None):
    if hard is None:
        hard = chance(0.2)
    lat0, lon0 = pick([(43.82, 87.61), (39.90, 116.40), (43.23, 76.88), (47.92, 106.91), (40.84, 111.75),
                       (39.47, 75.99), (29.65, 91.13), (41.30, 69.24), (25.20, 55.27), (21.03, 105.85),
                       (-1.29, 36.82), (47.85, 88.13), (43.91, 81.32), (45.94, 126.63), (36.06, 103.83),
                       (51.16, 71.47), (42.87, 74.59), (55.03, 82.92), (44.37, 84.90), (46.73, 82.98)])
    lat = lat0 + R.uniform(-0.4, 0.4)
    lon = lon0 + R.uniform(-0.4, 0.4)
    nd = R.choice([4, 5, 6])
    la, lo = f"{lat:.{nd}f}", f"{lon:.{nd}f}"

    def dms(v):
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = (v - d - m / 60) * 3600
        return f"{d}°{m}′{s:.0f}″"
    ns = "N" if lat >= 0 else "S"
    if hard:
        return pick([fw(f"{la},{lo}"), f"北纬{dms(lat)}，东经{dms(lon)}", f"{ns}{dms(lat)} E{dms(lon)}",
                     f"{lo}, {la}（经度在前）"])
    return pick([f"{la}, {lo}", f"{la},{lo}", f"{abs(lat):.{nd}f}°{ns}, {lon:.{nd}f}°E",
                 f"纬度{la}，经度{lo}", f"geo:{la},{lo}", f"https://maps.google.com/?q={la},{lo}",
                 f"https://uri.amap.com/marker?position={lo},{la}", f"GPS {la} {lo}", f"({la}, {lo})"])


# ---------------------------------------------------------------- documents

def passport(hard=None):
    """(country phrase, number)."""
    if hard is None:
        hard = chance(0.2)
    c, n = pick([
        ("中国", lambda: "E" + dgn(8)), ("中国", lambda: "E" + pick("ABCDEFG") + dgn(7)),
        ("中国", lambda: "G" + dgn(8)), ("哈萨克斯坦", lambda: "N" + dgn(8)),
        ("俄罗斯", lambda: pick(["72", "75", "76", "65"]) + " " + dg(7)), ("蒙古国", lambda: "E" + dgn(7)),
        ("乌兹别克斯坦", lambda: pick(["AA", "FA", "AD"]) + dgn(7)), ("吉尔吉斯斯坦", lambda: "AC" + dgn(7)),
        ("塔吉克斯坦", lambda: "40" + dgn(7)), ("伊朗", lambda: pick("KXY") + dgn(8)),
        ("越南", lambda: pick("CN") + dgn(7)), ("泰国", lambda: "AA" + dgn(7)),
        ("印度尼西亚", lambda: "B" + dgn(7)), ("德国", lambda: "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")),
        ("英国", lambda: dgn(9)), ("尼日利亚", lambda: "A" + dgn(8)), ("肯尼亚", lambda: "AK" + dgn(7)),
        ("巴基斯坦", lambda: "AB" + dgn(7)), ("约旦", lambda: "N" + dgn(6)), ("马来西亚", lambda: "A" + dgn(8)),
        ("土耳其", lambda: "U" + dgn(8)),
    ])
    num = n()
    if hard:
        num = pick([fw(num), " ".join([num[:1], num[1:5], num[5:]]).replace("  ", " "), num.lower(),
                    "-".join([num[:3], num[3:]])])
    return c, num


def national_id(hard=None):
    """(label, number)."""
    if hard is None:
        hard = chance(0.2)
    y, m, d = ymd(1940, 2012)
    yy = y % 100
    lab, num = pick([
        lambda: (pick(["ИИН", "IIN", "哈萨克斯坦个人识别号（ИИН）", "个人身份号码ИИН"]), f"{yy:02d}{m:02d}{d:02d}{pick('3456')}{dg(5)}"),
        lambda: (pick(["СНИЛС", "俄罗斯СНИЛС号", "SNILS"]), f"{dg(3)}-{dg(3)}-{dg(3)} {dg(2)}"),
        lambda: (pick(["ИНН", "俄罗斯税号ИНН"]), dgn(12)),
        lambda: (pick(["蒙古国居民登记号", "регистрийн дугаар", "Mongolian register No."]),
                 pick(["УБ", "ЧЮ", "ДА", "ТЕ", "ШЮ"]) + f"{yy:02d}{m:02d}{d:02d}{dg(2)}"),
        lambda: (pick(["PINFL", "乌兹别克斯坦个人识别码PINFL", "ПИНФЛ"]), pick("3456") + f"{d:02d}{m:02d}{yy:02d}" + dg(7)),
        lambda: (pick(["吉尔吉斯斯坦ИНН", "PIN"]), pick("12") + f"{d:02d}{m:02d}{y}" + dg(5)),
        lambda: (pick(["SSN", "社会安全号", "Social Security No."]), f"{R.randint(100, 665)}-{dg(2)}-{dg(4)}"),
        lambda: (pick(["NINO", "英国国民保险号"]), f"{pick(['QQ', 'AB', 'JH', 'NE'])} {dg(2)} {dg(2)} {dg(2)} {pick('ABCD')}"),
        lambda: (pick(["越南公民身份证号CCCD", "CCCD"]), "0" + dg(2) + pick("0123") + f"{yy:02d}" + dg(6)),
        lambda: (pick(["泰国身份证号", "Thai ID"]), f"{pick('13')}-{dg(4)}-{dg(5)}-{dg(2)}-{dg(1)}"),
        lambda: (pick(["MyKad号码", "马来西亚身份证号"]), f"{yy:02d}{m:02d}{d:02d}-{pick(['14', '10', '08', '12'])}-{dg(4)}"),
        lambda: (pick(["NIK", "印尼居民身份号NIK"]), pick(["3174", "3273", "3578"]) + dg(2) + f"{d + pick([0, 40]):02d}{m:02d}{yy:02d}" + dg(4)),
        lambda: (pick(["NIN", "尼日利亚国民身份号"]), dgn(11)),
        lambda: (pick(["埃及国民身份号", "Egyptian National ID"]), pick("23") + f"{yy:02d}{m:02d}{d:02d}" + dg(7)),
        lambda: (pick(["Emirates ID", "阿联酋身份证号"]), f"784-{y}-{dg(7)}-{dg(1)}"),
        lambda: (pick(["伊朗国民编码", "کد ملی"]), dg(3) + "-" + dg(6) + "-" + dg(1)),
        lambda: (pick(["TC Kimlik No", "土耳其身份号"]), dgn(11)),
        lambda: (pick(["PESEL", "波兰PESEL号"]), f"{yy:02d}{m:02d}{d:02d}{dg(5)}"),
        lambda: (pick(["香港身份证号", "HKID"]), f"{pick('ACDEGHKRZ')}{dg(6)}({pick('0123456789A')})"),
        lambda: (pick(["肯尼亚身份证号", "Kenyan ID No."]), dgn(8)),
        lambda: (pick(["沙特Iqama号", "Iqama"]), "2" + dg(9)),
        lambda: (pick(["德国身份证号", "Personalausweis-Nr."]), "L" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")),
    ])()
    if hard:
        num = pick([fw(num), num.replace("-", " ").replace(" ", ""), " ".join(chunk(num.replace("-", ""), [4, 4, 4]).split())])
    return lab, num


RID_AREAS = ["110105", "110108", "310104", "310115", "650102", "650103", "650104", "654002", "653101",
             "150102", "150203", "440106", "510107", "620102", "640104", "630103", "540102", "230103",
             "652901", "654301", "222401", "210204", "410105", "420106", "612401", "522401", "460108"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(hard=None, wrong=None, birth=None):
    if hard is None:
        hard = chance(0.25)
    if wrong is None:
        wrong = chance(0.12)
    y, m, d = birth or ymd(1935, 2020)
    body = pick(RID_AREAS) + f"{y}{m:02d}{d:02d}" + dg(3)
    ck = "10X98765432"[sum(int(a) * w for a, w in zip(body, RID_W)) % 11]
    if wrong:
        ck = pick([c for c in "0123456789X" if c != ck])
    rid = body + ck
    if chance(0.3) and ck == "X":
        rid = body + "x"
    if not hard:
        return rid
    return pick([chunk(rid, [6, 8, 4]), chunk(rid, [6, 4, 4, 4]), fw(rid), chunk(rid, [3, 3, 4, 4, 4]),
                 chunk(rid, [6, 8, 4], "-"), spell(rid[:6]) + rid[6:]])


def mrn(hard=None):
    """A labelled medical record / admission number phrase."""
    if hard is None:
        hard = chance(0.2)
    num = pick([
        lambda: dg(R.choice([7, 8, 10])), lambda: "ZY" + dgn(8), lambda: "MZ" + dgn(9),
        lambda: f"{R.randint(2016, 2025)}-{dg(5)}", lambda: "00" + dgn(8), lambda: "P" + dgn(9),
        lambda: f"{R.randint(2016, 2025)}{dg(6)}", lambda: "H" + dgn(7),
    ])()
    label = pick(["病案号", "住院号", "病历号", "门诊号", "登记号", "ID号", "MRN", "就诊卡号", "患者ID",
                  "住院病历号", "Medical record No.", "медкарта №"])
    if hard:
        y = R.random()
        if y < 0.35:
            return f"{num}（{label}）"
        if y < 0.6:
            return f"{label}：{fw(num)}"
        if y < 0.8:
            return f"{label} {' '.join(chunk(num, [3, 3, 4]).split())}"
        return f"{label}{spell(num) if num.isdigit() else num.lower()}"
    return pick([f"{label}：{num}", f"{label} {num}", f"{label}{num}", f"{label}为{num}"])


def health_plan(hard=None):
    if hard is None:
        hard = chance(0.2)
    label, num = pick([
        lambda: (pick(["医保卡号", "社保卡号", "医保个人编号", "社会保障卡卡号"]), pick([dgn(R.choice([9, 10])), pick("ABCDK") + dgn(8), "65" + dg(12)])),
        lambda: (pick(["新农合证号", "合作医疗证号"]), dgn(R.choice([12, 13, 15]))),
        lambda: (pick(["保单号", "商业保险保单号", "重疾险保单号"]), pick(["P" + dgn(14), dgn(4) + " " + dg(4) + " " + dg(4) + " " + dg(4), "8" + dg(19)])),
        lambda: (pick(["Member ID", "会员号（保险）", "国际保险会员号"]), pick(["CGN" + dgn(9), "XGH" + dgn(9), dgn(8) + "-01", "ALZ-" + dgn(7)])),
        lambda: (pick(["policy No.", "Policy number", "保险单号"]), pick([f"AXA-{R.randint(2018, 2025)}-{dgn(7)}", f"BUPA {dgn(8)}", f"{dg(2)}-{dg(4)}-{dg(4)}"])),
        lambda: (pick(["полис ОМС", "ОМС №", "俄罗斯ОМС保单号"]), dgn(16)),
        lambda: (pick(["惠民保保单号", "城市定制型商业医疗保险保单号"]), "HMB" + dgn(12)),
        lambda: (pick(["医疗保险卡号", "ДМС полис №"]), dgn(3) + "-" + dgn(6)),
    ])()
    if hard:
        y = R.random()
        if y < 0.4:
            return f"{num}（{label}）"
        if y < 0.7:
            return f"{label}：{fw(num)}"
        return f"{label} {'-'.join(chunk(num.replace(' ', ''), [4, 4, 4, 4]).split())}"
    return pick([f"{label}：{num}", f"{label} {num}", f"{label}{num}"])


def bank_number():
    x = R.random()
    if x < 0.45:
        body = pick(["622202", "621700", "622848", "621226", "622588", "623052", "621661", "622908"]) + dg(R.choice([9, 12]))
        return luhn(body)
    if x < 0.55:
        return luhn("4" + dg(14))
    if x < 0.62:
        return luhn("5" + pick("12345") + dg(13))
    if x < 0.7:
        return "KZ" + dg(2) + pick(["722", "601", "998", "125"]) + alnum(13, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    if x < 0.76:
        return "40817810" + dg(12)
    if x < 0.82:
        return "DE" + dg(20)
    if x < 0.87:
        return "AE" + dg(21)
    if x < 0.91:
        return "TR" + dg(24)
    if x < 0.95:
        return "GB" + dg(2) + pick(["NWBK", "BARC", "HBUK"]) + dg(14)
    return "4400" + dg(12)


def account(hard=None):
    if hard is None:
        hard = chance(0.22)
    n = bank_number()
    if n.isdigit():
        spaced = chunk(n, [4, 4, 4, 4, 4])
    else:
        spaced = chunk(n, [4, 4, 4, 4, 4, 4, 4])
    if hard:
        return pick([fw(spaced), "-".join(spaced.split()), spell(n) if n.isdigit() else n.lower(), n[:6] + " " + n[6:]])
    return pick([n, spaced, spaced])


def licence(hard=None):
    """(label, number) for professional or driving licences and certificates."""
    if hard is None:
        hard = chance(0.2)
    label, num = pick([
        lambda: (pick(["医师执业证书编码", "执业证书编码", "医师执业证号"]), dgn(15)),
        lambda: (pick(["医师资格证书编号", "资格证书编号"]), str(R.randint(1999, 2023)) + dg(11)),
        lambda: (pick(["护士执业证书编号", "护士执业证号"]), str(R.randint(2005, 2023)) + dg(8)),
        lambda: (pick(["药师注册证号", "执业药师注册证编号"]), "Z" + dgn(10)),
        lambda: (pick(["驾驶证档案编号", "驾照档案编号"]), dgn(12)),
        lambda: (pick(["UK driving licence No.", "driver number"]), pick(["MORGA", "SMITH", "KHANA", "OKAFO"]) + dg(6) + alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        lambda: (pick(["водительское удостоверение", "俄罗斯驾照号"]), dg(2) + " " + dg(2) + " " + dg(6)),
        lambda: (pick(["哈萨克斯坦驾照号", "Kazakh driving licence"]), pick(["AB", "AN", "KZ"]) + " " + dgn(6)),
        lambda: (pick(["国际驾照号", "IDP No."]), "IDP" + dgn(7)),
        lambda: (pick(["健康证编号", "从业人员健康证号"]), str(R.randint(2019, 2025)) + dg(8)),
        lambda: (pick(["出生医学证明编号", "出生证编号"]), pick("OPQRS") + dgn(9)),
        lambda: (pick(["GMC number", "GMC注册号"]), dgn(7)),
        lambda: (pick(["美国医师执照号", "Medical license No."]), pick(["A", "G", "MD"]) + dgn(6)),
        lambda: (pick(["心理咨询师证书编号", "康复治疗师资格证号"]), dgn(12)),
    ])()
    if hard:
        y = R.random()
        if y < 0.4:
            return label, f"{fw(num)}"
        if y < 0.7:
            return label, " ".join(chunk(num.replace(" ", ""), [4, 4, 4, 4]).split())
        return label, num.lower()
    return label, num


PROVS = list("京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁新蒙藏")
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def vehicle(hard=None):
    if hard is None:
        hard = chance(0.2)
    x = R.random()
    if x < 0.6:
        p = pick(PROVS)
        letter = pick("ABCDEFGHJK")
        tail = pick([alnum(5, PLATE_AL), dg(5), pick("DF") + alnum(5, PLATE_AL), alnum(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(4)])
        v = pick([f"{p}{letter}·{tail}", f"{p}{letter}{tail}", f"{p}{letter} {tail}", f"{p}{letter}-{tail}"])
        if hard:
            v = pick([f"{p}{letter}{fw(tail)}", f"{p}{letter.lower()}{tail.lower()}", f"{p}{letter} {' '.join(tail)}",
                      f"{p}{letter}·{tail[:3]} {tail[3:]}"])
        return v
    if x < 0.75:
        v = pick([f"{dg(3)} {alnum(3, 'ABCDEFGHKLMNPRSTUVXYZ')} {pick(['01', '02', '05', '13', '17'])}",
                  f"{pick('АВЕКМНОРСТУХ')}{dg(3)}{alnum(2, 'АВЕКМНОРСТУХ')} {pick(['77', '54', '38', '199', '154'])}",
                  f"{dg(4)} УБ{pick('АБВГДЕ')}", f"Dubai {pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ')} {dgn(5)}",
                  f"HH-{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {dgn(4)}", f"{dg(2)}A-{dg(3)}.{dg(2)}"])
        return fw(v) if hard else v
    wmi = pick(["LSV", "LFV", "LGB", "LVS", "LHG", "LSG", "WVW", "JTD", "XTA", "KMH", "WDB", "Z94", "LNB"])
    vin = wmi + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + pick("0123456789X") + pick("KLMNPRS") + alnum(1, "ABCDEFGHJKLMN0123456789") + dg(5)
    if hard:
        return pick([vin.lower(), chunk(vin, [3, 6, 8]), fw(vin)])
    return vin


def device(hard=None):
    """(label, serial)."""
    if hard is None:
        hard = chance(0.2)
    label, num = pick([
        lambda: (pick(["起搏器序列号", "起搏器SN", "脉冲发生器序列号"]), pick(["PJN", "RNB", "SPN", "BLU"]) + dgn(6) + pick(["S", "H", "G"])),
        lambda: (pick(["ICD序列号", "除颤器序列号"]), pick(["DDBC", "RNP"]) + dgn(6)),
        lambda: (pick(["胰岛素泵序列号", "泵的SN"]), "NG" + dgn(7) + "H"),
        lambda: (pick(["CGM传感器序列号", "探头序列号"]), "3M" + alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
        lambda: (pick(["人工耳蜗植入体序列号", "耳蜗处理器SN"]), pick(["CI", "SN"]) + dgn(7)),
        lambda: (pick(["助听器序列号", "助听器SN"]), dgn(4) + pick("ABCDEFG") + dg(4)),
        lambda: (pick(["呼吸机序列号", "制氧机序列号"]), dgn(11)),
        lambda: ("IMEI", luhn(pick(["86", "35", "49"]) + dg(12))),
        lambda: (pick(["MAC地址", "MAC"]), ":".join(hexs(2, upper=True) for _ in range(6))),
        lambda: (pick(["UDI", "植入物UDI"]), f"(01)0{dg(13)}(17){R.randint(25, 29)}{dg(4)}(21){alnum(8)}"),
        lambda: (pick(["人工关节假体序列号", "假体批序号"]), pick(["LOT ", "SN "]) + alnum(10)),
        lambda: (pick(["心电监测贴SN", "动态心电记录仪编号"]), "ZIO" + dgn(8)),
        lambda: (pick(["手环设备号", "定位手表IMEI"]), luhn("86" + dg(12))),
        lambda: (pick(["脑起搏器序列号", "DBS刺激器序列号"]), "NKV" + dgn(6) + "H"),
    ])()
    if hard:
        y = R.random()
        if y < 0.4:
            num = fw(num)
        elif y < 0.7:
            num = " ".join(chunk(num, [2, 6, 6, 6]).split()) if label == "IMEI" or num.isdigit() else num.lower()
        else:
            num = num.replace(":", "-")
    return label, num


def other_number(hard=None):
    """(label, number) for tickets, visas, case numbers, staff numbers..."""
    if hard is None:
        hard = chance(0.2)
    label, num = pick([
        lambda: (pick(["电子客票号", "机票票号", "e-ticket No."]), pick(["781", "784", "999", "880", "465"]) + "-" + dgn(10)),
        lambda: (pick(["火车票订单号", "12306订单号"]), "E" + dgn(9)),
        lambda: (pick(["签证号码", "visa No.", "签证编号"]), pick(["", "M", "L", "Z"]) + dgn(8)),
        lambda: (pick(["工号", "员工编号", "Employee ID"]), pick(["A", "HR", "", "N"]) + dgn(5)),
        lambda: (pick(["学号", "Student ID"]), str(R.randint(2018, 2024)) + dg(6)),
        lambda: (pick(["理赔案件号", "报案号", "理赔申请号"]), "CL" + dgn(12)),
        lambda: (pick(["快递单号", "顺丰单号", "EMS单号"]), pick(["SF", "JD", "YT"]) + dgn(12) if chance(0.7) else "E" + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + dgn(9) + "CN"),
        lambda: (pick(["法院案号", "案号"]), f"（{R.randint(2019, 2025)}）{pick(['新0102', '京0105', '蒙0102', '甘0102'])}民初{dgn(4)}号"),
        lambda: (pick(["报警回执编号", "受案回执号"]), "J" + dgn(12)),
        lambda: (pick(["外国人工作许可证号", "工作许可编号"]), dgn(15)),
        lambda: (pick(["预约挂号订单号", "挂号订单号"]), "GH" + dgn(14)),
        lambda: (pick(["捐赠证书编号", "红会捐赠编号"]), "JZ" + dgn(8)),
        lambda: (pick(["会员卡号", "积分卡号"]), dgn(12)),
        lambda: (pick(["booking reference", "酒店订单号"]), alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ") if chance(0.5) else dgn(10)),
        lambda: (pick(["居住证编号", "暂住证号"]), dgn(14)),
        lambda: (pick(["器官捐献登记号", "志愿登记编号"]), "ZJ" + dgn(10)),
    ])()
    if hard:
        y = R.random()
        if y < 0.4:
            num = fw(num)
        elif y < 0.7:
            num = " ".join(chunk(num, [3, 4, 4, 4]).split())
        else:
            num = num.lower()
    return label, num


# ---------------------------------------------------------------- fillers for templates

ABROAD_EN = ["Almaty", "Astana", "Bishkek", "Tashkent", "Ulaanbaatar", "Novosibirsk", "Dubai", "Hanoi",
             "Lagos", "Nairobi", "Amman", "Tehran", "Karachi", "Dushanbe", "Bangkok", "Jakarta"]
COUNTRIES_EN = ["Kazakhstan", "Russia", "Kyrgyzstan", "Uzbekistan", "Mongolia", "UAE", "Iran", "Jordan",
                "Vietnam", "Thailand", "Indonesia", "Nigeria", "Kenya", "Pakistan", "Tajikistan", "Germany"]
REGIMENS = ["FOLFOX", "XELOX", "AC-T", "R-CHOP", "TP", "GP", "吉西他滨+顺铂", "紫杉醇+卡铂", "培美曲塞+卡铂"]
PATHS = ["中分化腺癌", "高级别浆液性癌", "弥漫大B细胞淋巴瘤", "鳞状细胞癌", "乳头状癌", "良性病变", "炎性肉芽组织"]
PARTS = ["肿瘤紧贴下腔静脉", "病灶位置太深", "患者心功能太差", "血管变异", "既往做过两次手术，粘连严重"]


def F():
    return dict(
        city=pick(CITIES), abroad=pick(ABROAD), country=pick(COUNTRIES), hosp=pick(HOSPITALS),
        dept=pick(DEPTS), dis=pick(DISEASES), surg=pick(SURGERIES), sym=pick(SYMPTOMS), lang=pick(LANGS),
        job=pick(JOBS), rel=pick(RELATIONS), yrs=R.randint(2, 30), h=R.randint(3, 14), k=R.randint(2, 9),
        mon=R.randint(2, 11), age=R.randint(19, 85), kid=R.randint(2, 14), kg=R.randint(5, 25),
        abroad_en=pick(ABROAD_EN), country_en=pick(COUNTRIES_EN), regimen=pick(REGIMENS), path=pick(PATHS),
        part=pick(PARTS), n=pname(), n2=pname(), d=dname(), d2=dname(), p=cn_full(), p2=cn_full(),
    )


def fill(_t, **extra):
    v = F()
    v.update(extra)
    return _t.format(**v)


# ---------------------------------------------------------------- person_name groups

NAME_STORY = [
    "{n}是一名{job}，{yrs}年前开始出现{sym}，一直没当回事。",
    "从{abroad}辗转来到{city}时，{n}已经{sym}一个多月了。",
    "在病房里，{n}总是把孙子的照片放在枕头边。",
    "{n}的手术由{d}主刀，前后历时{h}个小时。",
    "回忆起化疗那段日子，{n}说最难熬的是头一个星期。",
    "{n}和爱人{n2}在{city}经营一家小餐馆，已经二十多年了。",
    "确诊{dis}后，{n}一度拒绝治疗，是{rel}一遍遍劝着才留了下来。",
    "为了给{n}凑齐手术费，村里人你五百我一千地凑。",
    "如今的{n}已经能自己下楼散步，还常在病友群里给新病人打气。",
    "{n}是家里的顶梁柱，出事那天正在工地上干活。",
    "翻译{p}全程陪同，把医生的每一句话都译成{lang}讲给{n}听。",
    "{n}出院前，特意给{dept}护士站送来一面锦旗。",
    "{n}第一次来{hosp}就诊时，带着厚厚一摞在{abroad}做的检查单。",
    "{k}年来，{n}每隔三个月就要往返{city}复查一次。",
    "{n}从小就有{sym}的毛病，直到{age}岁才查出是{dis}。",
    "多学科会诊后，{d}决定为{n}实施{surg}。",
    "{n}说，最大的心愿是能看着女儿考上大学。",
    "术后第{k}天，{n}终于拔掉了胃管，喝上了第一口小米粥。",
    "{n}的{rel}在走廊里守了整整一夜。",
    "得知{n}需要长期透析，单位同事们自发组织了捐款。",
    "{n}是{country}人，来{city}做生意已经{yrs}年。",
    "当{n}再次睁开眼睛时，窗外的天已经亮了。",
    "短短{mon}个月，{n}的体重掉了将近{kg}公斤。",
    "这已经是{n}第{k}次住进{dept}了。",
    "{n}原本以为只是普通胃病，没想到胃镜结果显示是{dis}。",
    "{n}在{abroad}被告知“没有手术机会”，抱着最后一丝希望来到{city}。",
    "那段时间，{n}每天都在手机上搜索{dis}的治疗方法。",
    "{n}拉着{d}的手，半天说不出话来。",
]

NAME_QUOTE = [
    "“谢谢{d}，是你们给了我第二次生命。”{n}说。",
    "“我当时腿都软了，”{n}回忆道，“医生说再晚来一个小时就危险了。”",
    "{n}的女儿说：“妈妈住院这段时间，护士们比我们照顾得还细心。”",
    "“能再回到草原上放羊，我已经很知足了。”{n}笑着说。",
    "“我们从{abroad}飞过来，就是冲着这里的{dept}来的，”{n}说。",
    "{n}告诉记者：“以前爬两层楼就喘，现在能走到公园了。”",
    "“孩子第一次听到声音的时候哭了，我也哭了。”{n}说起那一幕仍很激动。",
    "“我不懂中文，但{d}每次都会用手机翻译跟我解释。”{n}说。",
    "“花多少钱不重要，人能好就行。”{n}的爱人{n2}说。",
    "“{d}说能做，我们心里就有底了。”{n}说。",
    "“说实话，一开始我是不信的，”{n}坦言。",
    "{n}在留言本上写道：“感谢{dept}全体医护人员，你们辛苦了！”",
    "“这{yrs}年，我最感谢的人就是{d}。”{n}说。",
    "“Я очень благодарна врачам,” {n}用俄语说道。",
    "“以后每年都要回来看看你们。”临走时，{n}对护士们说。",
]

NAME_CAPTION = [
    "图为{d}在病房为{n}检查伤口。",
    "图：{n}（右）在康复师指导下练习行走。",
    "{n}出院时与医护人员合影。（摄影：{p}）",
    "（通讯员 {p} 记者 {p2}）",
    "{n}和主治医生{d}在门诊楼前合影。",
    "图为{d}团队在手术室内实施{surg}。",
    "照片中左二为{d}，右一为患者{n}。",
    "{n}的{rel}在病床前为她梳头。{p}/摄",
    "图片由{n}家属提供",
    "（文/{p} 图/{p2}）",
    "▲ {d}（中）查房时与{n}交流",
    "{n}手捧鲜花走出病房。",
    "图为{d}向{country}来访医生演示腔镜操作。",
    "责任编辑：{p}  审核：{p2}",
    "{n}在护士站前比出了“耶”的手势。",
]

NAME_CLIN = [
    "“患者的肝功能恢复得很好，下周可以考虑出院，”{d}介绍。",
    "{d}：这类病例在牧区并不少见，关键是早发现。",
    "据{dept}{d}介绍，{dis}早期往往没有明显症状。",
    "{d}提醒，{sym}持续两周以上应及时就医。",
    "{d}表示，手术的难点在于{part}。",
    "“这台手术我们准备了整整一周，”{d}说。",
    "在{d}看来，多学科协作是这次救治成功的关键。",
    "{d}带领团队连续奋战{h}小时，最终完成手术。",
    "{d}在查房时反复叮嘱家属，回家后一定要按时服药。",
    "谈到这个病例，{d}坦言压力很大。",
    "{d}是{dept}的学科带头人，从医已有{yrs}年。",
    "“我们和{abroad}的同行一直保持远程会诊，”{d}说。",
    "麻醉由{d}负责，术中生命体征平稳。",
    "{d}和{d2}一起讨论了下一步的治疗方案。",
]

NAME_FOREIGN = [
    "来自{country}的{fc}今年{age}岁，是一名{job}。",
    "{fl}（{fc}）通过国际医疗部预约了{dept}门诊。",
    "Patient {fl} was transferred from {abroad_en} for further treatment.",
    "患者{fl}，{age}岁，因{sym}入院。",
    "{fc}的丈夫专程从{abroad}赶来陪护。",
    "{fl} says the nurses taught her to count to ten in Chinese.",
    "“Спасибо большое!”{fc}出院时反复说着这句话。",
    "翻译把{fc}的话转述给医生：病人已经三天没睡好了。",
    "{fl}在中国留学期间突发{dis}。",
    "{last}先生是第一次来中国，也是第一次做手术。",
    "这是{fc}第{k}次来{city}复查。",
    "Mrs {last} asked whether her son could stay overnight on the ward.",
    "{fc}说，在{country}要排队半年才能做上这台手术。",
    "{last}女士的病历全部用{lang}写成，科室专门请来了翻译。",
    "Dr. {last} from {abroad_en} joined the ward round by video.",
]

NAME_CASE = [
    "患者姓名：{py}，性别：男，国籍：中国。",
    "护照上的拼音是{py}，请帮忙核对一下。",
    "From: {fll} — hi, I want to ask about my MRI results",
    "经治医师签名：{py}",
    "hi this is {fll}, my mom had surgery there last month",
    "姓名（拼音）：{py}",
    "NAME: {flu} / NATIONALITY: {country_en}",
    "联系人 {py}",
    "dear doctor, my name is {fl}, i am from {abroad_en}",
    "转诊单上的名字写成了{py}，和护照对不上。",
    "报告单抬头写的是{flu}，是我本人。",
    "{py}，{age}岁，来自{city}，请安排翻译。",
]

NAME_WORD = [
    "{w}护士一边换药一边给孩子讲故事。",
    "病人{w}今年{age}岁，在{city}开出租车。",
    "{w}出院那天，{city}下了第一场雪。",
    "主刀医生{w}说，这台手术最难的是止血。",
    "{w}的妈妈一直守在ICU门外。",
    "“{w}，该吃药了。”护士轻声唤她。",
    "我叫{w}，想咨询一下{dept}的号怎么挂。",
    "那天值夜班的是{w}医生。",
    "患儿{w}，男，{kid}岁，因发热入院。",
    "{w}和{w2}是一对双胞胎，同时住进了儿科。",
    "感谢{w}老师一路陪着我们做检查。",
    "{w}说，等病好了要回{city}看油菜花。",
]

NAME_NICK = [
    "{nk}今年{kid}岁，是病房里最爱笑的孩子。",
    "我们家{nk}手术后恢复得挺好，谢谢你们！",
    "{nk}妈妈说，孩子最想回幼儿园上学。",
    "术后第二天，{nk}就吵着要吃冰淇淋。",
    "“{nk}，别怕，一点都不疼。”",
    "{nk}爸爸在留言里说：孩子现在能跑能跳了。",
    "{g}，你在哪个病房？我明天去看你。",
    "{g}说她最怕的是打针。",
    "麻烦转告{g}，她妈妈明天上午过来。",
    "小病号{nk}给护士姐姐画了一幅画。",
    "{g}的同学们折了一千只纸鹤送到病房。",
]

NAME_MSG = [
    "你好，我是{n}的家属，想问下她的病理结果出来没有",
    "您好！我叫{n}，上周在{dept}看的病，医生让复诊，怎么预约？",
    "麻烦帮忙转告{d}，我爸这两天又开始{sym}了",
    "hello, my name is {fl}. I need a medical report in English for my insurance",
    "请问{d}下周几出门诊？想挂她的号",
    "{d}你好，我是上个月做手术的病人{n}，伤口有点红肿正常吗",
    "Здравствуйте, меня зовут {fl}. Хочу записаться на приём к кардиологу.",
    "我是{n}，想反映一下昨天晚上护工的态度问题",
    "表扬{d}！！！太负责了，半夜还来看我妈",
    "请帮我查一下{n}的住院费用清单，谢谢",
    "sorry my chinese not good. i am {fl} from {country_en}, want know price for knee surgery",
    "我老公{n}在你们医院住院，能不能开个陪护证明",
    "{d}上次说的那个药我们在{city}买不到，咋办呀",
    "你们好 我是{n}  ，想问问体检报告啥时候能取",
]


def name_extra():
    fl_pair = pick(FOREIGN)
    return dict(fl=fl_pair[0], fc=pick(FOREIGN)[1], last=fl_pair[0].split()[-1],
                fll=pick(FOREIGN)[0].lower(), flu=pick(FOREIGN)[0].upper(), py=pinyin_name(),
                w=pick(WORDNAMES), w2=pick(WORDNAMES), nk=pick(NICKNAMES), g=pick(GIVEN[:55]))


def name_group(templates):
    def f():
        return ["person_name"], fill(pick(templates), **name_extra())
    return f


group("name_story", 30)(name_group(NAME_STORY))
group("name_quote", 18)(name_group(NAME_QUOTE))
group("name_caption", 20)(name_group(NAME_CAPTION))
group("name_clinician", 18)(name_group(NAME_CLIN))
group("name_foreign", 22)(name_group(NAME_FOREIGN))
group("name_case", 14)(name_group(NAME_CASE))
group("name_wordlike", 16)(name_group(NAME_WORD))
group("name_nickname", 14)(name_group(NAME_NICK))
group("name_message", 22)(name_group(NAME_MSG))


# ---------------------------------------------------------------- dates, birth dates, great age

DATE_TIMELINE = [
    "{dt} 入院，完善相关检查。",
    "{dt}：在全麻下行{surg}。",
    "{dt}，转入{dept}继续治疗。",
    "{dt} 顺利出院。",
    "{dt}  首次化疗（{regimen}方案）。",
    "• {dt} 术后复查，CT未见复发",
    "{dt}——病理回报：{path}",
    "{dt}：拔除气管插管，改为鼻导管吸氧",
    "【{dt}】多学科会诊",
    "{dt} 患者自{abroad}入境，直接转至我院",
    "{dt}　出现{sym}，急诊就诊",
    "{dt}：第{k}周期靶向治疗",
]
DATE_STORY = [
    "{dt}凌晨，一名{age}岁男子因{sym}被送到急诊。",
    "{dt}，A女士在{city}家中突然晕倒。",
    "手术定在{dt}上午。",
    "直到{dt}，检查结果才终于出来。",
    "我{dt}在你们医院做的胃镜，报告一直没拿到",
    "预约的是{dt}下午的号，可以改到下周吗？",
    "患儿于{dt}出院，目前居家康复。",
    "{dt}那天，正好是他们结婚三十周年。",
    "孩子是{dt}在你们这做的疝气手术，现在又鼓起来了",
    "{dt}，患者张某因车祸多发伤被转入ICU。",
    "my father was admitted on {dten}, we still waiting for the discharge summary",
    "她记得很清楚，确诊那天是{dt}。",
    "{dt}夜里，值班医生发现患者血氧突然下降。",
    "麻烦把复诊时间从{dt}改到{dt2}",
]


@group("date_timeline", 34)
def g_date_timeline():
    return ["exact_date"], fill(pick(DATE_TIMELINE), dt=edate())


@group("date_story", 32)
def g_date_story():
    return ["exact_date"], fill(pick(DATE_STORY), dt=edate(), dt2=edate(),
                                dten=edate(style=pick(["en", "en_dmy", "eu_slash", "iso"])))


DOB_T = [
    "出生日期：{b}",
    "患者，男，{b}出生，{country}籍。",
    "DOB: {ben}",
    "我儿子是{byoung}出生的，现在能打流感疫苗吗",
    "患儿，女，出生日期{bk}，足月顺产。",
    "挂号时把出生日期写成了{b}，实际应该是{b2}，能改吗？",
    "出生年月日：{b}",
    "Дата рождения: {beu}",
    "{b}（出生日期）",
    "date of birth {ben}, nationality {country_en}",
    "老人生于{bold}，早年在{city}当过兵。",
    "宝宝是{bk}生的，早产了{k}周",
    "生日：{bmd}",
    "出生：{b}；籍贯：{city}",
    "请核对：出生日期{b}，性别女",
]


@group("dob", 44)
def g_dob():
    return ["date_of_birth"], fill(
        pick(DOB_T), b=dob(), b2=dob(), ben=dob(style=pick(["en", "en_dmy", "iso", "eu_slash"])),
        beu=dob(style="eu_dot"), bk=dob(2016, 2025), bold=dob(1930, 1958), byoung=dob(1992, 2023), bmd=dob(style=pick(["cn_noyear", "cn_hao"])))


AGE_T = [
    ("一位{a}的老人因股骨颈骨折入院。", False),
    ("患者，男，{a}，既往高血压病史{yrs}年。", False),
    ("老人家今年{a}了，还能做白内障手术吗？", False),
    ("她是科里收治过年龄最大的患者——{a}。", False),
    ("年过九旬的老兵在女儿陪同下前来复查。", False),
    ("这位九旬老人术后第二天就下地活动了。", False),
    ("我奶奶{a}，最近老是咳嗽，需要住院吗", False),
    ("百岁老人{n}在{dept}顺利完成了手术。", True),
    ("老人于上月安详离世，享年{ai}岁。", False),
    ("My grandfather is {ai}, can he still fly to Urumqi for the operation?", False),
    ("虚岁{ai1}的爷爷还坚持每天自己走到楼下。", False),
    ("{ai}岁高龄的{n}，是{city}有名的老中医。", True),
    ("{n}今年{a}，耳不聋眼不花。", True),
    ("age: {ai}, female, hip fracture", False),
    ("这台手术的患者已经{a}，麻醉风险极高。", False),
    ("家里老太太九十{ai9}了，腿脚不好，能上门看病吗", False),
    ("病友们都管这位{ai}岁的老人叫“老寿星”。", False),
]


@group("age_over_89", 44)
def g_age():
    t, has_name = pick(AGE_T)
    ai = R.randint(90, 104)
    s = fill(t, a=age90(), ai=ai, ai1=R.randint(91, 104), ai9=cn_int(R.randint(1, 9)))
    return (["person_name", "age_over_89"] if has_name else ["age_over_89"]), s


# ---------------------------------------------------------------- generic labelled templates

import string  # noqa: E402

_FMT = string.Formatter()
NAME_KEYS = {"n", "n2", "d", "d2", "p", "p2", "fl", "fc", "last", "fll", "flu", "py", "w", "w2", "nk", "g", "dcl"}


def fields(t):
    return {f for _, f, _, _ in _FMT.parse(t) if f}


def labelled(t, kinds, **vals):
    ks = list(kinds)
    if fields(t) & NAME_KEYS:
        ks.append("person_name")
    extra = name_extra()
    extra.update(vals)
    return ks, fill(t, **extra)


def kind_group(cat, n, kinds, templates, make_vals):
    def f():
        return labelled(pick(templates), kinds, **make_vals())
    group(cat, n)(f)


# ---------------------------------------------------------------- phone

PHONE_T = [
    "联系电话：{ph}",
    "{n}的联系电话是{ph}，白天都能接。",
    "有问题请打我电话{ph}，谢谢！",
    "家属电话 {ph}（{rel}）",
    "我{rel}的手机号{ph}，麻烦出结果后通知一下",
    "请回电{ph}，找{n}",
    "急！！我妈在你们急诊，我的号是{ph}，有情况马上打给我",
    "请把诊断证明传真到我单位，传真号{ph}",
    "{ph}是我女儿的电话，我不会用微信",
    "电话{ph}（WhatsApp同号）",
    "tel {ph}, please call after 6pm Beijing time",
    "Мой номер {ph}, звоните в любое время",
    "手机：{ph}　座机：{ph2}",
    "打不通的话就打{ph}，这是{n}的号",
    "call me pls {ph}",
    "留个电话吧 {ph} 晚上八点以后打",
    "患者家属{n}，电话{ph}，已告知病情。",
    "随访电话：{ph}（本人）",
    "我换号了，新号码{ph}，旧的别打了",
    "{ph}——这是我们在{abroad}家里的电话",
]
kind_group("phone", 38, ["phone_number"], PHONE_T, lambda: dict(ph=phone(), ph2=phone(hard=False)))


# ---------------------------------------------------------------- email

EMAIL_T = [
    "我的邮箱是{em}，请把报告发到这里",
    "{n}的邮箱：{em}",
    "email: {em} (please reply in English)",
    "请将英文版出院小结发送至{em}，谢谢",
    "给你们公共邮箱写了三次信都没回，我的是{em}",
    "Пишите на {em}",
    "联系方式：邮箱 {em}",
    "CT片子已经发到{d}的邮箱{em}了",
    "有事可以发邮件 {em}",
    "reply to: {em}",
    "通讯作者：{p}，E-mail：{em}",
    "我女儿在国外，她的邮箱 {em} 能收英文报告吗",
    "邮箱换了，以后发{em}",
    "{em} 这个是我老公的邮箱，他看得懂英文",
    "Kindly send the invoice to {em}, attn. {fl}",
]
kind_group("email", 46, ["email"], EMAIL_T, lambda: dict(em=email()))


# ---------------------------------------------------------------- web address

WEB_T = [
    "为给{n}筹集手术费，家人在网上发起了众筹：{url}",
    "众筹链接：{url}",
    "我把孩子的治疗经过都写在这里了 {url}",
    "please share our fundraiser {url}",
    "{n}的个人主页 {url} 上记录了三年的抗癌经历。",
    "筹款链接发你们了：{url}，麻烦医院帮忙出个病情证明",
    "这是我们家的筹款页面 {url} 求转发",
    "详细经过见我的文章：{url}",
    "病友{n}在{url}写了一篇长文感谢医护人员。",
    "Donate here: {url} — every bit helps",
    "家属在{url}里讲述了这段经历。",
    "我的个人网站{url}上有完整的病程记录，医生可以看看",
    "麻烦核实一下这个链接{url}，有人冒用我妈的名义在筹款",
]
kind_group("web", 50, ["web_address"], WEB_T, lambda: dict(url=web()))


# ---------------------------------------------------------------- ip address

IP_T = [
    "留言提交IP：{ip}",
    "系统日志显示，该条留言来自{ip}。",
    "我在家登录不了线上问诊，路由器IP是{ip}，是不是被封了",
    "IP: {ip} | 来源：{city}",
    "访问记录：{ip}，时间 21:{mm}",
    "患者反馈无法上传影像，其公网地址为{ip}",
    "my ip address is {ip}, the portal keeps saying access denied",
    "请把{ip}加到白名单，我是{n}的家属，要远程看片",
    "同一IP（{ip}）在十分钟内提交了十余条预约申请。",
    "IPv4：{ip}；浏览器：Chrome",
    "来自{ip}的留言：医生你好，我想咨询一下甲状腺结节",
    "预约成功后登录地址异常，显示为{ip}，不是我本人操作",
    "{ip}（提交者IP）",
]
kind_group("ip", 54, ["ip_address"], IP_T, lambda: dict(ip=ip(), mm=f"{R.randint(0, 59):02d}"))


# ---------------------------------------------------------------- social accounts

SOC_T = [
    "有事可以加我{soc}",
    "{n}留了{soc}，方便的话拉她进病友群",
    "家属留下了{soc}，希望医生能在线回复。",
    "please contact me on {soc}",
    "病友群的群主是{n}，{soc}",
    "加个好友吧，{soc}，我把片子发给你",
    "我们把康复视频发在{soc}上了，欢迎关注",
    "Пишите мне: {soc}",
    "孩子妈妈：{soc}，晚上随时可以联系",
    "{soc}——这是我姐的，她懂中文",
    "My {soc}, I don't use WeChat",
    "患者在{soc}上记录了自己每天的透析日常。",
    "联系人：{n}（{soc}）",
    "翻译的{soc}，有事找她就行",
]
kind_group("social", 48, ["social_account"], SOC_T, lambda: dict(soc=social()))


# ---------------------------------------------------------------- street address / postal code / geolocation

ADDR_T = [
    "家庭住址：{addr}",
    "{n}家住{addr}，离医院不到两公里。",
    "请把发票寄到{addr}，收件人{n}",
    "我现在住在{addr}，能不能安排上门护理？",
    "Address: {addr}",
    "出院后患者返回{addr}居家休养。",
    "药寄到{addr}就行，谢谢",
    "адрес: {addr}",
    "急救车按家属提供的地址{addr}赶到现场。",
    "现住址：{addr}；户籍地：{city}",
    "患者住{addr}，独居，子女在外地。",
    "{addr}，这是我们在中国租的房子",
    "地址写错了，应该是{addr}",
    "{addr}（现住址）",
    "my home address is {addr}, please post the report there",
]
kind_group("address", 36, ["street_address"], ADDR_T, lambda: dict(addr=address()))

POST_T = [
    ("邮编：{pc}", ["postal_code"]),
    ("邮政编码 {pc}", ["postal_code"]),
    ("{addr}，邮编{pc}", ["street_address", "postal_code"]),
    ("postcode {pc}, please send the CD with the images", ["postal_code"]),
    ("{pc}（邮编），收件人{n}", ["postal_code"]),
    ("индекс {pc}", ["postal_code"]),
    ("寄到{pcity}就行，邮编{pc}，具体门牌我电话里说", ["postal_code"]),
    ("Zip: {pc}", ["postal_code"]),
    ("收件地址：{addr}（{pc}）", ["street_address", "postal_code"]),
    ("我这边邮编是{pc}，快递能到吗", ["postal_code"]),
    ("{addr}, {pc}", ["street_address", "postal_code"]),
    ("病历复印件邮寄地址：{addr}，邮政编码{pc}", ["street_address", "postal_code"]),
    ("表格里的邮编一栏填{pc}对吗", ["postal_code"]),
]


def addr_pc():
    """An address with the postal code that belongs to it."""
    if chance(0.65):
        city, dist, roads, pc = pick(CN_PLACES)
        a = f"{city}{dist}{pick(roads)}{R.randint(1, 399)}号"
        if chance(0.6):
            a += f"{pick(ESTATES)}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 28)}{R.randint(1, 4):02d}室"
    else:
        a0, b0, c0 = R.randint(1, 200), R.randint(1, 120), R.randint(1, 30)
        a, pc = pick([
            (f"г. Новосибирск, ул. Ленина, д. {a0}, кв. {b0}", pick(["630099", "630007"])),
            (f"Almaty, Abay Ave {a0}, apt {b0}", pick(["050000", "A05C9Y3", "A15E3C5"])),
            (f"Ulaanbaatar, Sukhbaatar district, Peace Ave {a0}, apt {b0}", "14200"),
            (f"Hauptstraße {c0}, Hamburg", "20095"),
            (f"Flat {c0}, {a0} King Street, Manchester", "M1 1AE"),
            (f"Tashkent, Amir Temur ko'chasi {a0}, {b0}-xonadon", "100000"),
            (f"ul. Marszałkowska {a0} m. {b0}, Warszawa", "00-950"),
            (f"{a0}/{c0} Sukhumvit Soi {R.randint(1, 71)}, Bangkok", "10110"),
        ])
    if chance(0.2) and pc.isdigit():
        pc = pick([fw(pc), " ".join(pc)])
    return a, pc


@group("postal", 52)
def g_postal():
    t, ks = pick(POST_T)
    a, pc = addr_pc()
    pl = pick(CN_PLACES)
    pcity = pl[0].replace("新疆", "").replace("内蒙古", "").replace("甘肃省", "").replace("宁夏", "").replace("青海省", "")
    if "pcity" in fields(t):
        pc = pl[3] if not chance(0.25) else pick([fw(pl[3]), spell(pl[3], ling="〇")])
    elif "addr" not in fields(t):
        pc = postcode()
    return labelled(t, ks, pc=pc, addr=a, pcity=pcity)


GEO_T = [
    "定位：{geo}",
    "救护车按家属发来的坐标{geo}找到了牧民的毡房。",
    "老人走失前最后的定位是{geo}。",
    "我家在牧区，没有门牌号，坐标是{geo}",
    "GPS显示事发地点位于{geo}附近。",
    "直升机降落点：{geo}",
    "请按这个位置来接：{geo}",
    "患者所在的冬牧场坐标为{geo}，离最近的乡卫生院80公里。",
    "location: {geo}, white house next to the mosque",
    "共享位置 {geo}",
    "{n}发来的位置是{geo}，车已经出发",
    "坐标{geo}，村口有棵大榆树",
]
kind_group("geo", 44, ["geolocation"], GEO_T, lambda: dict(geo=geo()))


# ---------------------------------------------------------------- passports / national IDs / resident IDs

PASS_T = [
    "护照号：{pp}",
    "{n}，{cn}护照，号码{pp}",
    "passport No. {pp}",
    "我的护照号是{pp}，预约时填错了",
    "Паспорт № {pp}",
    "{pp}（护照号码）",
    "请用护照号{pp}为{n}建档。",
    "国际患者登记：{fl}，{cn}籍，护照{pp}",
    "护照号码 {pp}，有效期到2031年",
    "孩子的护照号{pp}，和我的不一样，要分开挂号吗",
    "passport: {pp} (new one, the old one expired)",
    "{cn}护照{pp}，入境后第一次就诊",
]


@group("passport", 44)
def g_passport():
    c, num = passport()
    return labelled(pick(PASS_T), ["passport_number"], pp=num, cn=c)


NID_T = [
    "{lab}：{nid}",
    "我的{lab}是{nid}，保险那边要核对",
    "{n}的{lab} {nid}",
    "{lab} {nid} - for the insurance claim",
    "证件类型：{lab}；号码：{nid}",
    "{nid}（{lab}）",
    "please register me with my {lab} {nid}",
    "外籍患者{fl}，{lab}{nid}",
    "保险公司要求提供{lab}，我的是{nid}",
    "{lab}写的是{nid}，麻烦病历上改一下",
]


@group("national_id", 46)
def g_nid():
    lab, num = national_id()
    return labelled(pick(NID_T), ["national_id"], lab=lab, nid=num)


def rid_with_x():
    for _ in range(200):
        r = resident_id(hard=False, wrong=False)
        if r[-1] in "Xx":
            return r
    return r


RID_T = [
    "身份证号：{rid}",
    "{n}，身份证号{rid}",
    "公民身份号码 {rid}",
    "我的身份证号是{rid}，挂号系统说不对",
    "{rid}（身份证）",
    "患者身份证号码为{rid}，请核实。",
    "ID card: {rid}",
    "帮我妈挂个号，她身份证{rid}",
    "身份证：{rid} 姓名：{n}",
    "身份证最后一位是X，完整的是{ridx}",
    "住院登记时把身份证号{rid}输成别人的了",
    "证件号码{rid}，民族：汉",
    "新生儿随母亲身份证{rid}建档",
]


@group("resident_id", 46)
def g_rid():
    return labelled(pick(RID_T), ["resident_id"], rid=resident_id(), ridx=rid_with_x())


# ---------------------------------------------------------------- record, plan, account numbers

MRN_T = [
    "患者信息：{mrn}",
    "请调阅{mrn}的既往影像资料。",
    "我爸的{mrn}，麻烦查一下出院记录好了没",
    "{n}，{mrn}，{dept}",
    "please find my records under {mrn}",
    "{mrn}，床旁超声示少量心包积液。",
    "本例（{mrn}）已上报不良事件系统。",
    "转科交接：{mrn}，诊断{dis}",
    "孩子的{mrn}，上次住院是在{dept}",
    "复印病历时请报{mrn}",
    "{n}（{mrn}）的会诊申请已提交。",
    "网上查报告要输{mrn}，我输了好几次都不对",
]
kind_group("mrn", 40, ["medical_record_number"], MRN_T, lambda: dict(mrn=mrn()))

HP_T = [
    "{hp}",
    "我的{hp}，为什么结算时显示无效",
    "{n}的{hp}，请帮忙办理异地就医备案",
    "Insurance: {hp}",
    "直接结算需要提供{hp}吗",
    "保险公司让我提供诊断证明和{hp}",
    "{hp}，投保人{n}",
    "请按{hp}开具直付担保函。",
    "外籍患者持国际商业保险，{hp}",
    "我妈的{hp}，农村的，能在你们这报销吗",
    "理赔材料已备齐，{hp}",
]
kind_group("health_plan", 42, ["health_plan_number"], HP_T, lambda: dict(hp=health_plan()))

BANKS = ["中国工商银行乌鲁木齐分行", "中国农业银行", "建设银行", "招商银行", "Kaspi Bank", "Сбербанк",
         "Halyk Bank", "Deutsche Bank", "Emirates NBD", "中国银行霍尔果斯支行", "新疆农村信用社"]
ACCT_T = [
    "善款请汇入：{bank}，账号{acct}，户名{n}",
    "退费请打到我的卡上：{acct}（{bank}）",
    "IBAN: {acct}",
    "我的银行卡号{acct}，押金退到这张卡",
    "Please transfer the refund to {acct}",
    "开户行：{bank}，卡号：{acct}",
    "{acct}（{bank}储蓄卡，户主{n}）",
    "捐款账户 {acct}",
    "Kaspi карта {acct}, можно перевести сюда",
    "多扣的费用请退回原卡{acct}",
    "收款账号：{acct}",
    "爱心人士可转账至{n}的卡号{acct}",
]
kind_group("account", 42, ["account_number"], ACCT_T, lambda: dict(acct=account(), bank=pick(BANKS)))


def lic_of(kind):
    for _ in range(300):
        lab, num = licence()
        k = "drive" if any(w in lab for w in ("驾", "driv", "водит", "IDP")) else (
            "cert" if any(w in lab for w in ("健康证", "出生")) else "pro")
        if k == kind:
            return lab, num
    return lab, num


LIC_PRO_T = [
    "{d}，{lab}：{lic}",
    "主诊：{d}（{lab} {lic}）",
    "{lic}（{lab}），持证人{d}",
    "经查，{d}的{lab}为{lic}，状态有效。",
    "证明落款：{d}，{lab}{lic}",
    "{d} — {lab} {lic}",
    "投诉的那位叫{d}，{lab}是{lic}，麻烦核实",
    "本次义诊由{d}（{lab}{lic}）负责。",
]


def clinician_for(lab):
    if "GMC" in lab or "license" in lab or "执照" in lab:
        return "Dr. " + pick(FOREIGN)[0].split()[-1]
    if "护士" in lab:
        title = pick(["护士", "护士长", "护师"])
    elif "药师" in lab:
        title = pick(["药师", "主管药师"])
    elif "心理" in lab:
        title = "心理咨询师"
    elif "康复" in lab:
        title = "康复治疗师"
    else:
        title = pick(["医生", "主任", "主任医师", "副主任医师", "主治医师", "大夫"])
    base = pick([cn_full(), cn_full(), pick(SURNAMES), pick(MINORITY)])
    return base + title
LIC_OTHER_T = [
    "我的{lab}是{lic}，体检报告上要写吗",
    "{lab}{lic}，持证人{n}",
    "肇事司机{n}的{lab}{lic}已被交警暂扣。",
    "{lab}：{lic}（本人）",
    "办理陪护证需提供{lab}，我的是{lic}",
    "{lic}（{lab}）",
]


@group("licence", 50)
def g_licence():
    if chance(0.5):
        lab, num = lic_of("pro")
        return labelled(pick(LIC_PRO_T), ["licence_number"], lab=lab, lic=num, d=clinician_for(lab))
    lab, num = lic_of(pick(["drive", "cert"]))
    t = pick(LIC_OTHER_T)
    if "肇事" in t:
        lab, num = lic_of("drive")
    return labelled(t, ["licence_number"], lab=lab, lic=num)


def plate():
    for _ in range(200):
        v = vehicle()
        if len(v.replace(" ", "")) != 17 or "·" in v:
            return v
    return v


def vin():
    for _ in range(200):
        v = vehicle()
        c = v.replace(" ", "")
        if len(c) == 17 and "·" not in c and not any(ch in c for ch in "УБ"):
            return v
    return v


VEH_T = [
    ("车牌号：{veh}", "p"),
    ("肇事车辆{veh}已被扣押。", "p"),
    ("送医的出租车车牌{veh}，司机还帮忙垫付了挂号费。", "p"),
    ("我的车是{veh}，能办个住院家属停车证吗", "p"),
    ("VIN：{veh}", "v"),
    ("{veh}（车牌）", "p"),
    ("事故车辆车架号{veh}", "v"),
    ("{n}开着{veh}从{city}一路把妻子送过来。", "p"),
    ("Машина {veh}, я жду на парковке", "p"),
    ("停车场监控显示，{veh}于当晚离开。", "p"),
    ("保险理赔要车辆识别代号，我的是{veh}", "v"),
    ("救护车{veh}在高速上与一辆货车相撞。", "p"),
    ("my car plate is {veh}, parking gate won't open", "p"),
]


@group("vehicle", 42)
def g_vehicle():
    t, k = pick(VEH_T)
    return labelled(t, ["vehicle_identifier"], veh=plate() if k == "p" else vin())


DEV_T = [
    "{lab}：{dev}",
    "患者体内{lab}{dev}，术前已联系厂家工程师。",
    "{dev}（{lab}）",
    "程控记录：{lab} {dev}，电池电量良好。",
    "我爸的{lab}是{dev}，坐飞机要提前告诉安检吗",
    "{n}植入的设备，{lab}为{dev}。",
    "please check {lab} {dev}, it keeps alarming at night",
    "更换后{lab}：{dev}，旧设备已返厂。",
    "设备登记：{lab} {dev}",
    "家属报失老人的定位设备，{lab}{dev}",
    "召回通知涉及{lab}{dev}，请患者尽快回院。",
]
def g_device():
    t = pick(DEV_T)
    for _ in range(200):
        lab, dev = device()
        wearable = any(w in lab for w in ("IMEI", "手环", "手表", "MAC", "呼吸机", "制氧机", "助听器"))
        if "报失" in t and wearable:
            break
        if "植入" in t and not wearable:
            break
        if "报失" not in t and "植入" not in t:
            break
    return labelled(t, ["device_identifier"], lab=lab, dev=dev)


group("device", 44)(g_device)

OTHER_T = [
    "{lab}：{on}",
    "{n}的{lab}是{on}",
    "我的{lab}{on}，麻烦帮忙开个证明",
    "{on}（{lab}）",
    "航班延误了，{lab}{on}，能不能改预约时间",
    "please check {lab} {on}",
    "报销时需要提供{lab}：{on}",
    "{lab} {on}，请在备注里写上",
    "资料已按{lab}{on}登记。",
    "麻烦查一下{lab}{on}，我一直没收到回复",
]
kind_group("other_number", 42, ["other_number"], OTHER_T, lambda: dict(zip(("lab", "on"), other_number())))


# ---------------------------------------------------------------- several kinds in one sentence

def _old_dob_age():
    y, m, d = ymd(1918, 1933)
    return fmt_date(y, m, d, style=pick(["cn", "iso", "dot"])), 2024 - y


MULTI = [
    ("姓名：{n}  电话：{ph}  地址：{addr}", ["phone_number", "street_address"]),
    ("{n}，{b}出生，身份证号{rid}", ["date_of_birth", "resident_id"]),
    ("{dt}，{n}在{d}主持下接受了{surg}。", ["exact_date"]),
    ("出院记录：{mrn}，入院日期{dt}，出院日期{dt2}", ["medical_record_number", "exact_date"]),
    ("联系人{n}，手机{ph}，邮箱{em}", ["phone_number", "email"]),
    ("患者，{a}，{hp}", ["age_over_89", "health_plan_number"]),
    ("寄件人：{n}，{addrpc}，电话{ph}", ["street_address", "postal_code", "phone_number"]),
    ("passport {pp}, DOB {ben}, name {flu}", ["passport_number", "date_of_birth"]),
    ("救护车{veh}于{dt}送来一名{age}岁男性患者。", ["vehicle_identifier", "exact_date"]),
    ("{dt}植入{dlab}，序列号{dev}", ["exact_date", "device_identifier"]),
    ("患者（{mrn}）于{dt}出院", ["medical_record_number", "exact_date"]),
    ("Name: {fl}; {nlab} {nid}; tel. {ph}", ["national_id", "phone_number"]),
    ("收款人{n}，{bank}卡号{acct}，联系电话{ph}", ["account_number", "phone_number"]),
    ("入境日期{dt}，{olab}{on}", ["exact_date", "other_number"]),
    ("用户{soc}（IP {ip}）提交了一条投诉", ["social_account", "ip_address"]),
    ("家属发来的定位{geo}，手机{ph}", ["geolocation", "phone_number"]),
    ("{dcl}（{llab}{lic}）于{dt}签发证明", ["licence_number", "exact_date"]),
    ("生于{ob}、今年{oa}岁的{p}，是{city}年纪最大的透析患者", ["date_of_birth", "age_over_89"]),
    ("{addr}（GPS {geo}）", ["street_address", "geolocation"]),
    ("众筹页面{url}，收款账号{acct}", ["web_address", "account_number"]),
    ("我妈的{hp}，身份证号{rid}", ["health_plan_number", "resident_id"]),
    ("{dt} {d}查房：患者{n}神志清，诉{sym}减轻", ["exact_date"]),
    ("我是患者家属，微信{wx}，电话{ph}，明天下午能来医院", ["social_account", "phone_number"]),
    ("{cn}护照{pp}，签证号{vis}，预计{dt}入境", ["passport_number", "other_number", "exact_date"]),
    ("独居老人，{a}，住{addr}", ["age_over_89", "street_address"]),
    ("患儿{nk}，出生日期{bk}，{mrn}", ["date_of_birth", "medical_record_number"]),
    ("有事发邮件到{em}，或者打我手机{ph}", ["email", "phone_number"]),
    ("{dt}，一辆货车（{veh}）在{city}郊外发生侧翻。", ["exact_date", "vehicle_identifier"]),
    ("{fl}, {cn} passport {pp}, insurance {hp}", ["passport_number", "health_plan_number"]),
    ("请把我爸的{dlab}（{dev}）程控报告发到{em}", ["device_identifier", "email"]),
    ("{b}出生的患者，{dt}在我院确诊{dis}。", ["date_of_birth", "exact_date"]),
    ("外籍员工{fl}，{olab}{on}，{nlab}{nid}", ["other_number", "national_id"]),
]


@group("multi", 205)
def g_multi():
    t, ks = pick(MULTI)
    c, pp = passport()
    nlab, nid = national_id()
    dlab, dev = device()
    llab, lic = lic_of("pro")
    dcl = clinician_for(llab)
    olab, on = other_number()
    ob, oa = _old_dob_age()
    a, pc = addr_pc()
    by, bm, bd = ymd(1935, 2015)
    vals = dict(
        ph=phone(), addr=address(), b=fmt_date(by, bm, bd), bk=dob(2016, 2025), rid=resident_id(birth=(by, bm, bd)), dt=edate(), dt2=edate(),
        mrn=mrn(), em=email(), a=age90(), hp=health_plan(), addrpc=f"{a}，邮编{pc}", cn=c, pp=pp,
        ben=dob(style=pick(["en", "en_dmy", "iso", "eu_dot"])), veh=plate(), dlab=dlab, dev=dev,
        nlab=nlab, nid=nid, bank=pick(BANKS), acct=account(), olab=olab, on=on, soc=social(), ip=ip(),
        geo=geo(), llab=llab, lic=lic, dcl=dcl, ob=ob, oa=oa, url=web(), wx=wx_id(),
        vis=dgn(8),
    )
    return labelled(t, ks, **vals)


# ================================================================ clean sentences

def clean_group(cat, n, templates, make_vals=lambda: {}):
    for t in templates:
        assert not (fields(t) & NAME_KEYS), t

    def f():
        return [], fill(pick(templates), **make_vals())
    group(cat, n)(f)


def num(lo, hi, nd=0):
    v = R.uniform(lo, hi)
    return f"{v:.{nd}f}"


DRUGS = [("阿托伐他汀钙片", 20, "mg", "每晚1次"), ("二甲双胍", 0.5, "g", "每日3次"), ("氨氯地平", 5, "mg", "每日1次"),
         ("利伐沙班", 15, "mg", "每日2次"), ("甲泼尼龙", 40, "mg", "每日1次静滴"), ("头孢曲松", 2, "g", "每日1次"),
         ("甘精胰岛素", 16, "U", "睡前皮下注射"), ("阿司匹林肠溶片", 100, "mg", "qd"), ("氯吡格雷", 75, "mg", "qd"),
         ("左甲状腺素钠片", 50, "μg", "晨起空腹"), ("奥希替尼", 80, "mg", "qd"), ("甲氨蝶呤", 15, "mg", "每周1次"),
         ("呋塞米", 20, "mg", "iv"), ("万古霉素", 1, "g", "q12h"), ("对乙酰氨基酚", 0.5, "g", "必要时"),
         ("恩替卡韦", 0.5, "mg", "qd"), ("他克莫司", 1, "mg", "q12h"), ("伊马替尼", 400, "mg", "qd"),
         ("华法林", 2.5, "mg", "qd"), ("吗啡缓释片", 30, "mg", "q12h"), ("司美格鲁肽", 0.5, "mg", "每周1次"),
         ("阿苯达唑", 400, "mg", "bid"), ("奥美拉唑", 20, "mg", "bid"), ("美托洛尔缓释片", 47.5, "mg", "qd"),
         ("沙库巴曲缬沙坦", 100, "mg", "bid"), ("达格列净", 10, "mg", "qd"), ("丙戊酸钠", 500, "mg", "bid"),
         ("泼尼松", 30, "mg", "晨顿服"), ("羟氯喹", 200, "mg", "bid"), ("左乙拉西坦", 500, "mg", "bid")]
SIDE = ["胃不舒服", "头晕", "腿抽筋", "失眠", "便秘", "牙龈出血", "乏力", "掉头发", "脸上长痘"]


def dose_vals():
    d1, d2 = R.sample(DRUGS, 2)
    f = pick([0.5, 1.5, 2])
    q = d1[1] * f
    qs = f"{q:g}"
    return dict(drug=d1[0], dose=f"{d1[1]:g} {d1[2]}", freq=d1[3], drug2=d2[0], dose2=f"{d2[1]:g}{d2[2]}",
                freq2=d2[3], doseb=f"{qs} {d1[2]}", days=R.randint(3, 28), se=pick(SIDE), mgkg=pick([10, 15, 20, 30, 40]),
                dur=R.randint(2, 14))


clean_group("clean_dose", 56, [
    "{drug} {dose}，{freq}，口服。",
    "出院带药：{drug} {dose} {freq}；{drug2} {dose2} {freq2}。",
    "医生把{drug}的剂量从{dose}调整为{doseb}。",
    "请问{drug}{dose}一天吃{k}次，可以和{drug2}一起吃吗？",
    "{drug}每次{dose}，饭后服用，连用{days}天。",
    "我妈吃{drug}{dose}已经{mon}个月了，最近总是{se}，要不要减量",
    "术前{k}天停用{drug}。",
    "{drug} {dose} {freq} × {days}d",
    "调整方案后，{drug}改为{doseb}，{freq}。",
    "儿童剂量按体重计算：{mgkg} mg/kg/d，分{k}次服用。",
    "患者对{drug}过敏，改用{drug2} {dose2}。",
    "医嘱：{drug2}{dose2}，{freq2}，疗程{dur}天。",
    "漏服了一次{drug}，下一顿要吃双倍吗？",
], dose_vals)

LABS = [("血红蛋白", "g/L", 55, 175, 0, "130–175"), ("白细胞计数", "×10⁹/L", 1.2, 28, 1, "3.5–9.5"),
        ("血小板", "×10⁹/L", 12, 620, 0, "125–350"), ("肌酐", "μmol/L", 40, 980, 0, "57–111"),
        ("eGFR", "mL/min/1.73m²", 6, 118, 0, "≥90"), ("ALT", "U/L", 8, 860, 0, "9–50"),
        ("HbA1c", "%", 4.8, 14.5, 1, "4.0–6.0"), ("空腹血糖", "mmol/L", 3.1, 24.6, 1, "3.9–6.1"),
        ("CRP", "mg/L", 0.5, 240, 1, "<10"), ("降钙素原", "ng/mL", 0.02, 48, 2, "<0.05"),
        ("NT-proBNP", "pg/mL", 80, 35000, 0, "<125"), ("肌钙蛋白I", "ng/mL", 0.01, 45, 2, "<0.03"),
        ("TSH", "mIU/L", 0.01, 68, 2, "0.27–4.2"), ("血钾", "mmol/L", 2.4, 7.2, 1, "3.5–5.3"),
        ("INR", "", 0.9, 6.5, 2, "0.8–1.2"), ("CEA", "ng/mL", 0.8, 480, 1, "<5"), ("CA19-9", "U/mL", 5, 9800, 0, "<37"),
        ("D-二聚体", "mg/L FEU", 0.1, 18, 2, "<0.55"), ("总胆红素", "μmol/L", 5, 420, 1, "3.4–20.5"),
        ("血钠", "mmol/L", 118, 158, 0, "137–147"), ("乳酸", "mmol/L", 0.6, 14, 1, "0.5–2.2"),
        ("AFP", "ng/mL", 1, 3200, 1, "<7"), ("尿酸", "μmol/L", 180, 720, 0, "208–428"), ("铁蛋白", "ng/mL", 4, 2600, 0, "30–400")]


def lab_vals():
    a, b, c = R.sample(LABS, 3)

    def v(x):
        return num(x[2], x[3], x[4])
    return dict(lab=a[0], val=v(a), unit=a[1], ref=a[5], lab2=b[0], val2=v(b), unit2=b[1],
                lab3=c[0], val3=v(c), unit3=c[1], valb=v(a), trend=pick(["明显下降", "略有升高", "基本持平", "恢复正常"]))


clean_group("clean_lab", 58, [
    "{lab} {val} {unit}（参考范围{ref}）。",
    "复查{lab} {val} {unit}，较前{trend}。",
    "入院时{lab}高达{val} {unit}，{lab2} {val2} {unit2}。",
    "我爸的{lab}是{val}，正常吗？化验单上写的参考值{ref}",
    "{lab}：{val} {unit} ↑",
    "术后第{k}天{lab}降至{val} {unit}。",
    "实验室检查：{lab} {val} {unit}，{lab2} {val2} {unit2}，{lab3} {val3} {unit3}。",
    "{lab}从{val}升到了{valb}，医生说要再观察",
    "{lab2}（{val2} {unit2}）提示需要调整治疗。",
    "{lab}参考值{ref}，她的结果是{val}",
], lab_vals)


def vital_vals():
    return dict(sbp=R.randint(78, 220), dbp=R.randint(42, 128), hr=R.randint(38, 168), t=num(35.6, 41.2, 1), tf=num(38.1, 40.8, 1),
                spo2=R.randint(72, 99), rr=R.randint(10, 38), bmi=num(15.5, 42, 1), wt=R.randint(38, 130),
                wt2=R.randint(35, 120), ht=R.randint(145, 192), mapv=R.randint(60, 75), uo=R.randint(150, 3600),
                hrs=R.randint(8, 72))


clean_group("clean_vitals", 46, [
    "血压{sbp}/{dbp} mmHg，心率{hr}次/分，体温{t}℃。",
    "入院时血氧饱和度仅{spo2}%，呼吸{rr}次/分。",
    "BP {sbp}/{dbp}, HR {hr}, SpO₂ {spo2}%",
    "我在家量的血压是{sbp}/{dbp}，要不要来急诊？",
    "BMI {bmi} kg/m²，体重{wt} kg。",
    "体温最高{tf}℃，伴寒战。",
    "患者身高{ht} cm，{mon}个月内体重由{wt}kg降至{wt2}kg。",
    "平均动脉压维持在{mapv} mmHg以上。",
    "24小时尿量{uo} mL。",
    "发烧{hrs}个小时了，最高{tf}度，吃了退烧药还是不退",
    "心电监护示心率{hr}次/分，律齐。",
], vital_vals)


def score_vals():
    g1 = R.randint(3, 5)
    g2 = R.randint(3, 5)
    return dict(nihss=R.randint(0, 30), gcs=R.randint(3, 15), e=R.randint(1, 4), v=R.randint(1, 5), mm=R.randint(1, 6),
                ap=R.randint(5, 38), sofa=R.randint(1, 18), cp=pick("ABC"), meld=R.randint(7, 38), cha=R.randint(0, 8),
                hb=R.randint(0, 5), ap1=R.randint(3, 10), ap5=R.randint(6, 10), ecog=R.randint(0, 3),
                kps=pick([50, 60, 70, 80, 90]), nyha=pick(["Ⅱ", "Ⅲ", "Ⅳ"]), vas1=R.randint(6, 10), vas2=R.randint(0, 5),
                g1=g1, g2=g2, gs=g1 + g2, isup=R.randint(1, 5), tt=R.randint(1, 4), nn=R.randint(0, 3),
                stage=pick(["ⅠB", "ⅡA", "ⅡB", "ⅢA", "ⅢB", "ⅢC"]), ki=R.randint(5, 90), her=pick(["0", "1+", "2+", "3+"]),
                bi=R.randint(20, 100), mrs=R.randint(0, 5), phq=R.randint(10, 19), wells=num(1, 8, 1))


clean_group("clean_score", 50, [
    "NIHSS评分{nihss}分，GCS {gcs}分。",
    "GCS E{e}V{v}M{mm}",
    "APACHE Ⅱ评分{ap}分，SOFA评分{sofa}分。",
    "Child-Pugh {cp}级，MELD评分{meld}分。",
    "CHA₂DS₂-VASc评分{cha}分，HAS-BLED评分{hb}分。",
    "新生儿Apgar评分1分钟{ap1}分、5分钟{ap5}分。",
    "ECOG评分{ecog}分，KPS {kps}分。",
    "心功能NYHA {nyha}级，LVEF {ki}%。",
    "疼痛VAS评分由{vas1}分降至{vas2}分。",
    "Gleason评分{g1}+{g2}={gs}，ISUP分级{isup}级。",
    "病理分期pT{tt}N{nn}M0，{stage}期。",
    "Ki-67约{ki}%，ER（+），PR（-），HER2（{her}）。",
    "Barthel指数{bi}分。",
    "出院时mRS评分{mrs}分。",
    "PHQ-9评分{phq}分，建议心理科会诊。",
    "Wells评分{wells}分，D-二聚体升高，行CTPA检查。",
], score_vals)

GENES = ["EGFR 19外显子缺失", "EGFR L858R", "EGFR T790M", "ALK融合", "ROS1融合", "KRAS G12C", "BRAF V600E",
         "BRCA1 c.5266dupC", "BRCA2 c.5946delT", "TP53 R273H", "HER2扩增", "MSI-H", "JAK2 V617F",
         "BCR-ABL1 p210", "FLT3-ITD", "NPM1突变", "CFTR F508del", "SMN1第7外显子纯合缺失", "HLA-B*58:01",
         "HLA-B*15:02", "APOE ε4/ε4", "SLCO1B1 rs4149056", "MET 14外显子跳跃突变", "RET融合", "NTRK融合",
         "IDH1 R132H", "PIK3CA H1047R", "FGFR2融合", "DMD第45–50外显子缺失", "FBN1 c.4082G>A",
         "MTHFR C677T", "CYP2C19*2/*3", "HBB c.126_129delCTTT", "GJB2 c.235delC", "PKD1 c.12010C>T"]


def gene_vals():
    g1, g2 = R.sample(GENES, 2)
    return dict(gene=g1, gene2=g2, vaf=num(0.5, 48, 1), tmb=num(1, 40, 1), tps=R.randint(1, 95),
                adv=pick(["建议家族成员进行遗传咨询", "可考虑靶向治疗", "已与家属沟通后续方案", "需结合临床综合判断"]))


clean_group("clean_gene", 50, [
    "基因检测提示{gene}，{adv}。",
    "NGS结果：{gene}，突变丰度{vaf}%。",
    "检测到{gene}，同时未见{gene2}。",
    "我妈的报告上写着{gene}，这是什么意思？",
    "用药前建议检测{gene}。",
    "TMB {tmb} mut/Mb，PD-L1 TPS {tps}%。",
    "二代测序未检出{gene}。",
    "家系验证显示{gene}遗传自母亲。",
    "Sanger测序证实{gene}。",
    "携带{gene}的患者对该药反应较好。",
], gene_vals)


def trial_vals():
    return dict(nct="NCT0" + dg(7), chictr=pick(["ChiCTR2" + dg(9), "ChiCTR-IOR-1" + dg(7), "ChiCTR-TRC-1" + dg(7)]),
                eud=f"20{R.randint(10, 24)}-{dg(6)}-{dg(2)}", isr="ISRCTN" + dg(8), phase=pick(["Ⅰ", "Ⅱ", "Ⅲ", "Ⅰb/Ⅱ"]))


clean_group("clean_trial", 40, [
    "该研究已在ClinicalTrials.gov注册（{nct}）。",
    "患者入组了一项{phase}期临床试验（{chictr}）。",
    "本研究注册号：{chictr}",
    "Trial registration: {nct}.",
    "有没有适合我爸的临床试验？听说{nct}还在招募",
    "EudraCT编号 {eud}",
    "该试验同时在{isr}登记。",
    "详见中国临床试验注册中心{chictr}。",
    "{nct}的入组标准要求ECOG 0–1分。",
], trial_vals)

ICD = [("I21.0", "急性前壁心肌梗死"), ("E11.9", "2型糖尿病"), ("C34.1", "肺上叶恶性肿瘤"), ("J18.9", "肺炎"),
       ("K50.9", "克罗恩病"), ("N18.5", "慢性肾脏病5期"), ("G35", "多发性硬化"), ("M05.9", "类风湿关节炎"),
       ("B67.0", "肝细粒棘球蚴病"), ("A23.9", "布鲁氏菌病"), ("I63.9", "脑梗死"), ("C50.9", "乳腺恶性肿瘤"),
       ("O24.4", "妊娠期糖尿病"), ("F32.1", "中度抑郁发作"), ("E06.3", "桥本甲状腺炎"), ("I71.0", "主动脉夹层"),
       ("C16.9", "胃恶性肿瘤"), ("K74.6", "肝硬化"), ("S72.0", "股骨颈骨折"), ("Q21.3", "法洛四联症")]
ATC = [("C10AA05", "阿托伐他汀"), ("A10BA02", "二甲双胍"), ("L01EB04", "奥希替尼"), ("B01AF01", "利伐沙班"),
       ("N02BE01", "对乙酰氨基酚"), ("J01DD04", "头孢曲松"), ("H03AA01", "左甲状腺素"), ("L04AD02", "他克莫司"),
       ("A10AE04", "甘精胰岛素"), ("C08CA01", "氨氯地平"), ("B01AC06", "阿司匹林"), ("P02CA03", "阿苯达唑"),
       ("A02BC01", "奥美拉唑"), ("C07AB02", "美托洛尔")]


def code_vals():
    (i1, n1), (i2, n2) = R.sample(ICD, 2)
    a1, an = pick(ATC)
    return dict(icd=i1, icdname=n1, icd2=i2, icdname2=n2, atc=a1, atcname=an,
                icd11=pick(["5A11", "BA41", "2C25", "DD70", "1B91"]))


clean_group("clean_code", 40, [
    "出院诊断：{icdname}（ICD-10：{icd}）",
    "ICD-10编码{icd}，{icdname}。",
    "{atcname}的ATC编码为{atc}。",
    "病案首页主要诊断应编码为{icd}，而非{icd2}。",
    "按ICD-11，该诊断编码为{icd11}。",
    "诊断：1.{icdname}（{icd}）；2.{icdname2}（{icd2}）",
    "ATC {atc}（{atcname}）已纳入国家集采目录。",
    "保险拒赔理由是诊断编码{icd}不在保障范围内",
], code_vals)


def my_vals():
    y = R.randint(2008, 2025)
    m = R.randint(1, 12)
    y2 = min(y + R.randint(0, 2), 2025)
    my = pick([f"{y}年{m}月", f"{y}年{m}月份", f"{y}年初", f"{y}年底", f"{y}年{m}月中旬", f"{y}年{m}月上旬",
               f"{m:02d}/{y}", f"去年{m}月", f"今年{m}月", f"{y}年下半年", f"{y}年春节前后", f"{y}年第{R.randint(1, 4)}季度"])
    return dict(my=my, my2=f"{y2}年{R.randint(1, 12)}月", myen=f"{MONTHS_EN[m - 1]} {y}", drug=pick(DRUGS)[0])


clean_group("clean_monthyear", 60, [
    "患者于{my}开始出现{sym}。",
    "{my}在当地医院行{surg}。",
    "{my}复查时发现肿瘤标志物升高。",
    "我爸{my}在你们这做的手术，现在想复查",
    "自{my}起规律服用{drug}。",
    "{my}至{my2}，共完成{k}个周期化疗。",
    "Since {myen}, the patient has had {k} admissions.",
    "预计{my}出院后回{country}。",
    "{my}，A女士再次因{sym}就诊。",
    "这个病{my}就有了，一直拖着没看",
    "随访截至{my2}，未见复发。",
], my_vals)


def yr_vals():
    y = R.randint(1975, 2025)
    return dict(y=y, y2=min(y + R.randint(1, 8), 2025), univ=pick(["新疆医科大学", "北京大学医学部", "四川大学", "哈萨克国立医科大学", "中国医科大学"]))


clean_group("clean_year", 40, [
    "{y}年，他第一次来到{city}。",
    "自{y}年起，我院开展{surg}。",
    "她{y}年患{dis}，{y2}年复发。",
    "{y}年毕业于{univ}后，这位医生一直扎根基层。",
    "本院于{y}年成立国际医疗部。",
    "该技术{y}年被写入指南。",
    "{y}年至今，科室累计收治{country}患者逾千例。",
    "从{y}年开始，我每年都来体检",
], yr_vals)


def age_vals():
    return dict(a89=R.randint(80, 89), km=R.randint(1, 11), kd=R.randint(1, 6), hrs=R.randint(2, 72),
                cn_age=cn_int(R.randint(60, 89)), dur=pick(["3天", "2周", "1个月", "半年", "10余年", "3小时"]))


clean_group("clean_age", 60, [
    "患者，男，{age}岁，因{sym}{dur}入院。",
    "{age}岁的A女士在体检中发现肺部结节。",
    "一名{age}岁的{job}在工作中突发{sym}。",
    "我今年{age}，还能做{surg}吗？",
    "孩子{kid}岁{km}个月，发烧{kd}天了",
    "{a89}岁高龄的患者术后恢复顺利。",
    "{cn_age}岁的老人独自来院复查。",
    "88岁（米寿）的老人在家属陪同下出院。",
    "年近九旬的老人因肺炎入院，目前已好转。",
    "89岁的患者同时患有高血压和糖尿病。",
    "新生儿出生后{hrs}小时出现皮肤黄染。",
    "{age}岁以上人群建议每年筛查一次。",
    "患儿，女，{kid}岁，体重偏低。",
    "Ms. A, a {age}-year-old teacher from {abroad_en}, presented with {k} weeks of fever.",
], age_vals)


def money_vals():
    return dict(wan=num(2, 80, 1), zf=R.randint(800, 60000), money=R.randint(300, 98000), price=num(15, 3800, 2),
                pct=R.randint(5, 95), usd=f"{R.randint(3, 90) * 1000:,}", cap=R.randint(20, 60),
                fm=pick([f"{R.randint(2, 40)}0万坚戈", f"{R.randint(2, 90)}万卢布", f"{R.randint(5, 80)}00美元",
                         f"{R.randint(2, 30)}万迪拉姆", f"{R.randint(5, 90)}00欧元"]))


clean_group("clean_money", 46, [
    "住院总费用约{wan}万元，医保报销后自付{zf}元。",
    "手术费用大概{money}元，可以分期付吗？",
    "该药每支{price}元，已纳入医保目录。",
    "众筹目标{wan}万元，目前已筹到{pct}%。",
    "The treatment package costs about US${usd}.",
    "在{country}做这个手术要{fm}，这边便宜多了。",
    "自付比例{pct}%，年度封顶线{cap}万元。",
    "药费每月{money}元，一年下来要好几万",
    "救助基金为患者减免了{zf}元。",
    "门诊预存{money}元，用不完可以退吗",
], money_vals)


def time_vals():
    return dict(mm=R.randint(1, 59), hh=R.randint(0, 5), hh2=R.randint(1, 5), ml=R.randint(20, 2200),
                dnt=R.randint(18, 180), days=R.randint(3, 60), wk=R.randint(2, 12), h4=pick([4, 4.5, 5]),
                t24=pick(["22:00", "20:30", "24:00", "21:00"]), k2=R.randint(6, 20), hm=f"{R.randint(6, 22)}:{R.randint(0, 59):02d}")


clean_group("clean_time", 56, [
    "手术历时{h}小时{mm}分钟，出血约{ml} mL。",
    "患者于凌晨{hh}点{mm}分到达急诊。",
    "从入院到血管开通用时{dnt}分钟。",
    "门诊时间：周一至周五 8:00–12:00，14:30–17:30。",
    "术后第{k}天下床活动，第{k2}天出院。",
    "每天下午{hh2}点量一次血压。",
    "已经住院{days}天了，什么时候能出院？",
    "每隔{wk}周复查一次。",
    "透析每周{k}次，每次{h4}小时。",
    "术前晚{t24}以后禁食禁水。",
    "{hm}，患者突发室颤，立即行电除颤。",
    "化疗间隔{wk}周，共{k}个周期。",
    "从{city}开车过来要{h}个小时",
], time_vals)


def place_vals():
    c1, c2 = R.sample(CITIES, 2)
    h1, h2 = R.sample(HOSPITALS, 2)
    return dict(city=c1, city2=c2, hosp=h1, hosp2=h2, floor=R.randint(2, 18),
                region=pick(["西北地区", "南疆", "北疆", "内蒙古西部", "青藏高原", "中亚地区"]))


clean_group("clean_place", 56, [
    "患者从{abroad}转入{hosp}{dept}。",
    "{hosp}{dept}与{abroad}的一家医院签署了合作协议。",
    "请问{dept}在门诊楼几楼？",
    "她在{city}、{city2}两地辗转求医。",
    "近年来从{country}来{city}就医的患者明显增多。",
    "我在{city}，去你们医院坐高铁方便吗？",
    "{hosp}是{region}为数不多能开展该手术的医院。",
    "会诊邀请了{hosp2}的专家。",
    "住院部{floor}楼东区为{dept}病房。",
    "患者先在{hosp2}就诊，后转至{hosp}。",
    "医疗队从{city}出发，驱车前往{region}开展义诊。",
], place_vals)

BRAND_S = [
    "使用达芬奇Xi手术机器人完成{surg}。",
    "植入的是美敦力Micra无导线起搏器。",
    "患者佩戴雅培FreeStyle Libre 2动态血糖仪。",
    "ECMO采用迈柯唯Cardiohelp系统，转速{rpm} rpm。",
    "检查在西门子3.0T磁共振上完成，扫描时间约{mm}分钟。",
    "孩子用的是Cochlear Nucleus 8声音处理器。",
    "我爸的Apple Watch提示房颤，需要来看吗？",
    "胰岛素泵型号为MiniMed 780G，基础率{br} U/h。",
    "放疗在瓦里安TrueBeam直线加速器上进行，共{k}次。",
    "血糖仪是罗氏的，试纸能报销吗",
    "华为手表测的血氧一直在{spo2}%左右，正常吗",
    "术中使用强生Harmonic超声刀。",
    "Dexcom G7传感器每{k}天更换一次。",
    "采用GE Revolution CT行冠脉CTA检查。",
    "雅培MitraClip经导管二尖瓣修复术在我院开展。",
    "飞利浦呼吸机的面罩漏气，能换一个吗",
]
clean_group("clean_brand", 40, BRAND_S, lambda: dict(rpm=R.randint(2800, 4200), br=num(0.3, 1.6, 2),
                                                     spo2=R.randint(88, 99), mm=R.randint(15, 55)))

EPON = ["克罗恩病", "桥本甲状腺炎", "帕金森病", "阿尔茨海默病", "唐氏综合征", "马凡综合征", "川崎病", "白塞病",
        "格林-巴利综合征", "库欣综合征", "艾迪生病", "霍奇金淋巴瘤", "巴雷特食管", "雷诺现象", "梅尼埃病",
        "法洛四联症", "威尔逊病（肝豆状核变性）", "吉尔伯特综合征", "贝尔面瘫", "尤因肉瘤", "伯基特淋巴瘤",
        "亨廷顿病", "卡波西肉瘤", "成人斯蒂尔病", "Crohn's disease", "Hashimoto's thyroiditis", "Graves病",
        "Takayasu动脉炎", "Brugada综合征", "预激综合征（WPW综合征）", "杜氏肌营养不良", "尼曼-匹克病",
        "戈谢病", "法布雷病", "庞贝病", "Sjögren综合征", "Kawasaki disease", "Parkinson's disease"]
EPROC = ["Whipple手术", "海姆立克急救法", "Valsalva动作", "Seldinger穿刺技术", "Fontan手术", "Nissen胃底折叠术",
         "Billroth Ⅱ式吻合", "Trendelenburg体位", "Hartmann手术", "Kocher切口", "Ross手术", "Bentall手术",
         "Ilizarov外固定架", "Miles手术", "Dixon手术"]
ESIGN = ["墨菲征", "巴宾斯基征", "Kernig征", "McBurney点压痛", "Trousseau征", "Chvostek征", "Homans征", "Romberg征"]


def ep_vals():
    e1, e2 = R.sample(EPON, 2)
    return dict(ep=e1, ep2=e2, proc=pick(EPROC), sign=pick(ESIGN), pos=pick(["阳性", "阴性", "可疑阳性"]))


clean_group("clean_eponym", 56, [
    "患者确诊{ep}已{yrs}年。",
    "{ep}患者需要长期规律随访。",
    "我女儿被诊断为{ep}，能治好吗？",
    "术中采用{proc}。",
    "培训课上，大家反复练习了{proc}。",
    "查体：{sign}{pos}。",
    "需与{ep}、{ep2}相鉴别。",
    "{ep}合并{dis}的病例较为少见。",
    "这是科里今年完成的第{k}台{proc}。",
    "我们病友群里有很多{ep}的孩子家长。",
    "{ep}的诊断主要依靠临床表现和基因检测。",
], ep_vals)

ALIASES = ["A女士", "B先生", "患者张某", "李某某", "王某", "患儿M", "Mr. K", "Ms. A", "C女士", "患者刘某某", "某男",
           "患儿小Y", "患者甲", "D先生", "赵某", "E女士", "患者陈某", "F先生", "G女士", "患儿H", "杨某某", "Mrs. B",
           "马某", "患者X", "高某"]


def alias_vals():
    a1, a2 = R.sample(ALIASES, 2)
    return dict(al=a1, al2=a2)


clean_group("clean_alias", 56, [
    "{al}，{age}岁，因{sym}入院。",
    "{al}的家属同意公开本病例。",
    "{al}术后恢复良好，已于上周出院。",
    "“我们也没想到会这么严重，”{al}的{rel}说。",
    "与{al}情况类似的患者并不少见。",
    "{al}是今年科里收治的第{k}例{dis}患者。",
    "{al}和{al2}同一天接受了{surg}。",
    "{al}来自{country}，通过翻译与医生沟通。",
    "为保护隐私，文中患者以{al}代称。",
    "{al}说，出院后最想做的事是回家看看羊群。",
    "在{dept}医护人员的照料下，{al}逐渐恢复了自理能力。",
], alias_vals)

clean_group("clean_job", 42, [
    "{dept}主任表示，这类手术风险较高。",
    "值班护士发现患者血压骤降，立即通知了主治医师。",
    "{lang}翻译全程陪同患者完成检查。",
    "医务社工帮助家属申请了救助基金。",
    "康复治疗师每天为她做两次训练。",
    "麻醉科副主任医师介绍，高龄患者的麻醉管理尤为关键。",
    "院领导带队慰问了援疆医疗队。",
    "一名实习医生在地铁上为晕倒乘客做了心肺复苏。",
    "药剂师提醒，{drug}不宜与西柚汁同服。",
    "护士长说，这是科里第一次收治{country}患者。",
    "{dept}的住院医师连续值了{k}个夜班。",
    "营养师为患者制定了个体化膳食方案。",
    "急诊科医生在{h}分钟内完成了评估。",
    "请问你们{dept}的主任什么时候出门诊？",
], lambda: dict(drug=pick(DRUGS)[0]))

clean_group("clean_relation", 42, [
    "她的哥哥专程从{city}赶来捐献骨髓。",
    "患者的母亲一直守在ICU门外。",
    "孩子爸爸在外地打工，只有奶奶陪着。",
    "我老伴最近老是忘事，需要挂什么科？",
    "大女儿辞了工作回来照顾父亲。",
    "他的妻子说，以后一定盯着他戒烟。",
    "邻居发现老人倒在家中，立即拨打了120。",
    "外孙女是护士，一直帮忙翻译医嘱。",
    "我{rel}在你们医院住院，请问几点可以探视？",
    "患者的{rel}签署了手术知情同意书。",
    "{rel}陪着她从{abroad}坐了{h}个小时的车过来。",
    "我弟弟在{dept}住院，能帮忙加床吗",
], lambda: {})

clean_group("clean_guideline", 40, [
    "依据《中国2型糖尿病防治指南（2020年版）》调整方案。",
    "参考NCCN非小细胞肺癌指南（2024.V{v}）。",
    "《内科学》（第9版）中对该病有详细描述。",
    "根据KDIGO 2021指南，患者属于高危人群。",
    "GOLD {gold}将其归为E组。",
    "医生推荐我看《当呼吸化为空气》这本书。",
    "ESC 2023心衰指南推荐早期联合用药。",
    "《中国高血压防治指南（2018年修订版）》建议血压控制在130/80 mmHg以下。",
    "治疗方案参照《CSCO结直肠癌诊疗指南2023》。",
    "该病例已发表在《中华心血管病杂志》上。",
    "病房读书角放着《活着》《平凡的世界》等书。",
    "按照{gy}版专家共识，术后需抗凝{k}个月。",
    "AHA/ACC {gy}指南对此有明确推荐。",
    "《新英格兰医学杂志》{gy}年发表了相关研究。",
], lambda: dict(v=R.randint(1, 5), gy=R.randint(2015, 2025), gold=pick([2023, 2024, 2025])))


def sw_vals():
    return dict(val=num(80, 420, 0), wbc=num(11, 32, 1), alb=num(18, 34, 1), ml=pick([125, 250]),
                wk=R.randint(2, 10), mg=pick([4, 5, 10]), tr=pick([50, 100]), ud=pick([250, 500]))


clean_group("clean_surname_word", 62, [
    "新生儿黄疸值{val} μmol/L，需要照蓝光吗？",
    "白细胞{wbc}×10⁹/L，提示感染。",
    "高血压病史{yrs}年，规律服药，控制尚可。",
    "马尾神经受压，需急诊手术减压。",
    "左前臂石膏固定{wk}周。",
    "痰培养提示金黄色葡萄球菌。",
    "周围神经病变导致双足麻木。",
    "既往有林可霉素过敏史。",
    "常规复查血常规、肝肾功能。",
    "向心性肥胖、满月脸是库欣综合征的典型表现。",
    "毛细血管再充盈时间大于{k}秒。",
    "叶酸每日0.4 mg，孕前3个月开始补充。",
    "丁苯酞软胶囊用于改善脑循环。",
    "龙胆泻肝丸不宜长期服用。",
    "白蛋白{alb} g/L，偏低。",
    "黄体酮支持至孕{wk}周。",
    "高钾血症时心电图可见T波高尖。",
    "孟鲁司特钠每晚{mg} mg。",
    "甘露醇{ml} mL快速静滴降颅压。",
    "包扎后注意观察末梢血运。",
    "单抗类药物需冷链储存。",
    "关节腔内注射玻璃酸钠，每周{k}次。",
    "全麻苏醒期出现躁动。",
    "曲马多{tr} mg口服止痛。",
    "冷敷{k}0分钟后肿胀减轻。",
    "艾灸不能替代正规治疗。",
    "夏季是手足口病高发季节。",
    "华法林需定期监测INR。",
    "熊去氧胆酸{ud} mg，每日{k}次。",
    "严重低血糖可危及生命。",
    "戴口罩、勤洗手仍是预防呼吸道感染的关键。",
    "田七粉能不能和阿司匹林一起吃？",
    "金属内固定物将于术后一年取出。",
    "陆续有{k}名家属前来献血。",
    "程序性死亡受体1抑制剂治疗后出现甲状腺功能减退。",
    "潘生丁负荷试验结果阴性。",
    "杜冷丁已很少用于术后镇痛。",
    "牛黄解毒片含雄黄，不宜久服。",
    "柴胡注射液过敏的病例时有报道。",
    "尚未发现远处转移。",
    "易感人群包括老人和儿童。",
], sw_vals)

clean_group("clean_message", 64, [
    "你好，请问周六有没有{dept}专家门诊？",
    "我爸心脏支架术后{yrs}年了，想来复查，需要提前预约吗",
    "Hello, my father is {age}, lung cancer with EGFR mutation, can your hospital accept him?",
    "请问从{abroad}来看病需要办什么签证？",
    "做一次胃肠镜大概多少钱？要空腹多久？",
    "孩子{kid}岁，晚上老是打呼噜，挂哪个科？",
    "Здравствуйте! Сколько стоит МРТ головного мозга?",
    "你们医院有会说{lang}的翻译吗？",
    "九价HPV疫苗还有吗，{age}岁还能打吗",
    "网上挂号一直显示约满，还有别的办法吗",
    "体检中心几点开门？需要空腹吗",
    "我在{city}，你们能远程会诊吗？费用怎么算",
    "谢谢{dept}全体医护人员，我妈已经出院了，恢复得很好！",
    "住院押金可以刷医保卡吗？",
    "外国人用护照可以办就诊卡吗？",
    "身份证丢了还能挂号吗，急",
    "加微信可以咨询吗？还是只能打电话",
    "复印病历要带哪些证件？",
    "hi, do you have english speaking doctor in {dept}?",
    "停车场晚上几点关门？",
    "探视时间是几点到几点？",
    "公众号上怎么预约{dept}？",
    "能开英文诊断证明吗，保险公司要",
    "我妈{age}岁，{sym}好几天了，是挂{dept}还是急诊？",
    "请问{surg}术后多久能坐飞机回{country}？",
    "医生说要做PET-CT，医保能报多少",
    "昨天在{dept}等了{h}个小时，能不能多开几个诊室啊",
    "yesterday i come to {dept}, nobody speak english, very difficult",
    "我们一家从{abroad}过来，住哪里离医院近一点？",
    "孩子疫苗漏打了一针，现在补还来得及吗",
    "为什么我的报告在手机上查不到？",
    "术后伤口有点痒，可以洗澡了吗",
    "Можно ли приехать без направления?",
    "你们有没有{lang}版的住院须知？",
    "想给{dept}的护士们送点水果，可以吗",
], lambda: {})

clean_group("clean_caption", 36, [
    "图为{dept}医护人员为患者实施俯卧位通气。",
    "{dept}团队在导管室合影。",
    "援疆医疗队在{city}开展义诊。",
    "图：护士为{country}患者讲解术后注意事项。",
    "医护人员在门诊楼前迎接转运患者。（医院供图）",
    "图为手术现场。（资料图片）",
    "▲ 康复训练中的患者（已获授权）",
    "图为多学科团队进行病例讨论。",
    "雪后的{city}，医院门诊楼前排起长队。",
    "图为{dept}新引进的设备。",
    "{country}医生代表团参观{dept}。",
    "图：患者家属送来的锦旗。",
    "图为ICU护士在为患者翻身。",
    "医疗队员骑马前往牧区巡诊。（通讯员供图）",
    "患儿在病房里过了{kid}岁生日。",
], lambda: {})


def drug_vals():
    return dict(mg=pick([10, 20, 40, 80]), cyc=R.randint(2, 8), wk=pick([2, 3, 4]))


clean_group("clean_drug", 40, [
    "达格列净、恩格列净等SGLT2抑制剂可降低心衰住院风险。",
    "司美格鲁肽（诺和泰）每周一次皮下注射。",
    "帕博利珠单抗（可瑞达）联合化疗，每{wk}周一次。",
    "阿托伐他汀（立普妥）{mg} mg每晚一次。",
    "奥希替尼（泰瑞沙）一线治疗后疾病稳定。",
    "替雷利珠单抗已完成{cyc}个周期。",
    "诺和锐30早晚餐前皮下注射。",
    "阿苯达唑是肝包虫病的主要治疗药物。",
    "拜新同控释片不能掰开吃。",
    "格列美脲可能引起低血糖，需随身携带糖果。",
    "利妥昔单抗（美罗华）输注前需预防性用药。",
    "氯吡格雷和阿司匹林双抗至少12个月。",
    "伊布替尼420 mg每日一次。",
    "吉非替尼（易瑞沙）在{country}也能买到吗？",
    "瑞舒伐他汀{mg} mg和依折麦布联用。",
    "达比加群（泰毕全）术前停药{cyc}天。",
    "度普利尤单抗用于中重度特应性皮炎。",
    "信迪利单抗联合贝伐珠单抗治疗肝癌。",
    "恩沙替尼、阿来替尼都是ALK抑制剂。",
    "布洛芬混悬液按体重给药。",
    "沙美特罗替卡松粉吸入剂每日两次。",
    "氨溴索口服溶液{mg} mL每日三次。",
], drug_vals)


def stat_vals():
    return dict(wan=R.randint(12, 480), beds=R.randint(300, 4200), cnt=R.randint(20, 900), pct=num(1, 99, 1),
                yy=R.randint(2015, 2025), rank=R.randint(2, 30), k2=R.randint(10, 16), k3=R.randint(5, 9))


clean_group("clean_stats", 34, [
    "{yy}年门诊量突破{wan}万人次。",
    "医院现有开放床位{beds}张。",
    "去年共完成肝移植{cnt}例。",
    "{pct}%的患者术后一年无复发。",
    "科室全年收治外籍患者{cnt}人次。",
    "随访率达到{pct}%。",
    "该院在全国医院排行榜中位列第{rank}名。",
    "平均住院日由{k2}.{k}天缩短至{k3}天。",
    "{yy}年，国际医疗部接诊{cnt}名来自中亚的患者。",
    "研究共纳入{cnt}例患者，中位年龄{age}岁。",
], stat_vals)


# ================================================================ main

def canon(kinds):
    ks = sorted(set(kinds), key=KINDS.index)
    return ",".join(ks) if ks else "-"


def main():
    seen = set()
    rows = []
    for cat, n, f in GROUPS:
        got, tries = 0, 0
        while got < n and tries < n * 60:
            tries += 1
            kinds, s = f()
            s = " ".join(s.split("\t")).replace("\n", " ").strip()
            if s in seen:
                continue
            seen.add(s)
            rows.append((cat, canon(kinds), s))
            got += 1
        if got < n:
            print(f"warning: {cat} produced {got} of {n}")
    R.shuffle(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    clean = sum(1 for r in rows if r[1] == "-")
    print(f"{len(rows)} rows, {clean} clean, {len(rows) - clean} with identifiers -> {OUT}")
    counts = {k: 0 for k in KINDS}
    for r in rows:
        if r[1] != "-":
            for k in r[1].split(","):
                counts[k] += 1
    for k in KINDS:
        print(f"  {k}: {counts[k]}")


if __name__ == "__main__":
    main()
