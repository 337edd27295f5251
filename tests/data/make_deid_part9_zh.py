"""Held-out de-identification corpus, part 9: Simplified Chinese.

Running this script writes ``deid_generated_zh_heldout9.tsv`` beside it. Each row is one
sentence of the kind editors, translators, clinicians and patients write on the hospital's
Chinese pages (case stories, patient quotes, clinician quotes, timeline entries, photo captions,
messages left through the "Leave Your Message" form), with the kinds of identifier a careful
reader would find in it, or ``-`` when the sentence is clean.

The corpus was written without reading the scanner, its tests or the earlier corpus parts: the
sentence shapes, the number formats and the labels come from how such text is really written,
so the figures it gives are an honest held-out measure. About one sentence in five uses a harder
but realistic form (full-width digits, Chinese numerals, pinyin in capitals or lower case,
identifiers in brackets or before their label, mixed scripts).

Clean rows are deliberately close to identifiers: doses, lab values and ranges, scores, times,
gene names and variants, trial registry numbers, ICD and ATC codes, guideline years, month and
year without a day, ages under 90, money, cities and countries, hospitals, eponymous diseases,
letter aliases (A女士, 患者C) and words that begin with a character that is also a family name.

Standard library only; the output is fully determined by SEED.

Columns: category, expected_kinds (comma-separated, sorted), sentence.
"""

from __future__ import annotations

import os
import random
import re
import sys

SEED = 909_2718
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_generated_zh_heldout9.tsv")

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

FW_TABLE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))
CN_DIGIT_SPOKEN = dict(zip("0123456789", "零幺二三四五六七八九"))


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def fw(s):
    return s.translate(FW_TABLE)


def cn_digits(s, spoken=False):
    table = CN_DIGIT_SPOKEN if spoken else CN_DIGIT
    return "".join(table.get(c, c) for c in s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def num_cn(n):
    """Chinese numeral for 0 < n < 200 (ages, days)."""
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
    return "一百一十" + (units[rest % 10] if rest % 10 else "")


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------

SUR1 = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
SUR2 = ["欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "令狐", "端木", "司徒", "公孙", "尉迟", "长孙", "宇文", "夏侯", "澹台"]
SUR_RARE = list("亓仉禚逄芮郗庹冼靳阙佘麦晏隗缑眭郜甄蒯訾")
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏飞鑫斌婷琳雪梅燕凤英波峰宁健坤萍蕾瑶琪晨")
GIVEN2 = ["秀英", "桂英", "子涵", "雨欣", "浩然", "梓轩", "思雨", "欣怡", "俊杰", "志强", "晓玲", "冬梅",
          "春兰", "玉兰", "文华", "德胜", "淑芬", "美玲", "嘉怡", "宇航", "一诺", "若曦", "梦琪", "佳豪",
          "家乐", "天佑", "明轩", "诗涵", "卫东", "红霞", "金凤", "永福", "丽华", "晓东", "雅琴", "亚楠",
          "振宇", "秋菊", "玉珍", "凤霞", "志刚", "海涛", "子墨", "沐阳", "依依", "欣然", "婉清", "昊天"]
# two-character names that are also ordinary words; used only where they name a person
WORD_NAMES = ["高峰", "石磊", "方圆", "常青", "安然", "夏天", "文静", "海燕", "白雪", "向阳", "金鑫", "江河",
              "林森", "和平", "胜利", "春风", "明月", "黎明", "钟声", "田野", "叶子", "林海", "左岸", "秦川",
              "韩梅", "朱砂", "马力", "方舟", "程程", "凌云"]
NICK_DOUBLE = ["乐乐", "豆豆", "朵朵", "果果", "妞妞", "贝贝", "嘟嘟", "糖糖", "壮壮", "球球", "团团", "甜甜", "阳阳", "可可", "点点"]

CN_PY = [("王芳", "Wang Fang"), ("李秀英", "Li Xiuying"), ("张伟", "Zhang Wei"), ("刘洋", "Liu Yang"), ("陈静", "Chen Jing"),
         ("杨帆", "Yang Fan"), ("黄志强", "Huang Zhiqiang"), ("欧阳雪", "Ouyang Xue"), ("吕佳豪", "Lyu Jiahao"),
         ("郑雨欣", "Zheng Yuxin"), ("麦家乐", "Mai Jiale"), ("司徒明轩", "Situ Mingxuan"), ("冼婉清", "Xian Wanqing")]
PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Ma",
          "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
          "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai",
          "Du", "Ye", "Cheng", "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong", "Tan",
          "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Ouyang", "Situ", "Zhuge", "Qi", "Mai"]
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yong", "Yan", "Jie", "Juan", "Tao",
            "Chao", "Xiuying", "Guiying", "Haoran", "Zixuan", "Yuxin", "Xinyi", "Jiahao", "Siyu", "Mengjie",
            "Junjie", "Wenhua", "Xiaoling", "Dongmei", "Chunlan", "Zhiqiang", "Yuting", "Ruixue", "Yinuo",
            "Zimo", "Haitao", "Yaqin", "Lihua", "Shuang", "Kaiwen", "Peiyu"]

FOREIGN_ZH = [
    ("阿依古丽", "努尔兰"), ("努尔苏丹", "叶尔兰"), ("别克", "阿斯卡尔"), ("迪娜拉", "赛力克"), ("古丽娜尔", "托合塔尔"),
    ("伊万", "彼得罗夫"), ("娜塔莉亚", "伊万诺娃"), ("德米特里", "索科洛夫"), ("斯维特兰娜", "库兹涅佐娃"), ("奥尔加", "波波娃"),
    ("阿卜杜拉", "卡里莫夫"), ("迪尔诺扎", "拉希莫娃"), ("绍赫鲁赫", "尤素波夫"), ("法蒂玛", "哈桑"), ("艾哈迈德", "萨利赫"),
    ("优素福", "拉希德"), ("金", "敏俊"), ("朴", "智妍"), ("佐藤", "美咲"), ("田中", "健太"), ("阮", "氏兰"), ("陈", "文雄"),
    ("普丽娅", "夏尔马"), ("拉胡尔", "古普塔"), ("奇内杜", "奥卡福"), ("阿玛", "门萨"), ("汉斯", "穆勒"), ("玛丽", "杜邦"),
    ("马可", "罗西"), ("玛丽亚", "冈萨雷斯"), ("卡洛斯", "席尔瓦"), ("巴特尔", "道尔吉"), ("其其格", "巴雅尔"),
    ("买买提", "艾力"), ("热依拉", "吐尔逊"), ("艾克拜尔", "阿不都"), ("阿丽娅", "马拉托夫娜"), ("鲁斯兰", "朱马巴耶夫"),
]
EAST_ASIAN = {("金", "敏俊"), ("朴", "智妍"), ("佐藤", "美咲"), ("田中", "健太"), ("阮", "氏兰"), ("陈", "文雄")}

FOREIGN_LATIN = ["Aigerim Nurlanovna", "Yerlan Bekov", "Dmitry Sokolov", "Olga Ivanova", "Dilnoza Karimova",
                 "Shokhrukh Yusupov", "Fatima Hassan", "Ahmed Saleh", "Kim Min-jun", "Park Ji-yeon", "Sato Misaki",
                 "Tanaka Kenta", "Nguyen Thi Lan", "Tran Van Hung", "Priya Sharma", "Rahul Gupta", "Chinedu Okafor",
                 "Ama Mensah", "Hans Müller", "Marie Dupont", "Marco Rossi", "María González", "Carlos Silva",
                 "Batbayar Dorj", "Oyunchimeg Bat", "Asel Zhumabayeva", "Timur Abdullaev", "Gulnara Saidova",
                 "Nursultan Omarov", "Svetlana Petrova", "Bakhyt", "Zarina", "Aliya", "Kenji Watanabe",
                 "Seo-yeon Choi", "Mehmet Yılmaz", "Ana Pereira", "Olusegun Adeyemi", "Leila Haddad", "Arjun Nair"]


def sur():
    r = R.random()
    if r < 0.8:
        return pick(SUR1)
    if r < 0.9:
        return pick(SUR2)
    return pick(SUR_RARE)


def given():
    return pick(GIVEN2) if chance(0.65) else pick(GIVEN1)


def cn_name():
    r = R.random()
    if r < 0.08:
        return pick(WORD_NAMES)
    return sur() + given()


def py_name():
    s, g = pick(PY_SUR), pick(PY_GIVEN)
    form = R.random()
    if form < 0.35:
        return f"{s} {g}"
    if form < 0.55:
        return f"{g} {s}"
    if form < 0.7:
        return f"{s.upper()} {g}"
    if form < 0.8:
        return f"{s.lower()} {g.lower()}"
    if form < 0.9:
        return f"{s.upper()} {g.upper()}"
    return f"{g[0]}. {s}"


def foreign_zh():
    a, b = pick(FOREIGN_ZH)
    if (a, b) in EAST_ASIAN:
        return a + b
    r = R.random()
    if r < 0.55:
        return f"{a}·{b}"
    if r < 0.7:
        return f"{a}{b}"
    if r < 0.8:
        return f"{a}•{b}"
    if r < 0.88:
        return f"{a}.{b}"
    return a


def foreign_latin():
    n = pick(FOREIGN_LATIN)
    r = R.random()
    if r < 0.12:
        return n.upper()
    if r < 0.2:
        return n.lower()
    return n


def nick():
    r = R.random()
    if r < 0.25:
        return "阿" + pick(GIVEN1)
    if r < 0.45:
        return "老" + pick(SUR1)
    if r < 0.65:
        return "小" + pick(SUR1)
    if r < 0.8:
        return pick(NICK_DOUBLE)
    if r < 0.9:
        g = pick(GIVEN1)
        return g + g
    return "大" + pick(SUR1)


def title_name():
    s = sur()
    return s + pick(["医生", "主任", "护士长", "大夫", "教授", "老师", "阿姨", "大爷", "姐", "哥", "奶奶", "叔", "护士", "博士", "院长", "师傅"])


def doctor_name():
    r = R.random()
    if r < 0.5:
        return cn_name()
    if r < 0.75:
        return sur() + pick(["医生", "主任", "教授", "大夫"])
    return py_name()


# ---------------------------------------------------------------------------------------------
# clean fillers
# ---------------------------------------------------------------------------------------------

CITIES = ["北京", "上海", "广州", "深圳", "成都", "重庆", "西安", "武汉", "长沙", "郑州", "兰州", "西宁", "银川",
          "乌鲁木齐", "喀什", "伊宁", "拉萨", "昆明", "贵阳", "南宁", "海口", "哈尔滨", "长春", "沈阳", "呼和浩特",
          "包头", "太原", "石家庄", "济南", "青岛", "合肥", "南京", "苏州", "杭州", "温州", "福州", "厦门", "南昌",
          "赣州", "大理", "阿拉木图", "阿斯塔纳", "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "乌兰巴托", "莫斯科",
          "新西伯利亚", "伊尔库茨克", "符拉迪沃斯托克", "首尔", "釜山", "大阪", "河内", "胡志明市", "曼谷", "仰光",
          "迪拜", "开罗", "拉各斯", "内罗毕", "伊斯兰堡", "新德里", "圣保罗", "墨西哥城"]
PROVS = ["新疆", "甘肃", "青海", "宁夏", "内蒙古", "黑龙江", "吉林", "辽宁", "河北", "山西", "河南", "山东", "江苏",
         "浙江", "安徽", "福建", "江西", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西"]
COUNTRIES = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "蒙古国", "俄罗斯", "韩国", "日本", "越南",
             "老挝", "柬埔寨", "缅甸", "泰国", "印度尼西亚", "巴基斯坦", "印度", "尼日利亚", "肯尼亚", "埃及", "阿联酋",
             "沙特阿拉伯", "土耳其", "德国", "法国", "意大利", "巴西", "墨西哥", "美国", "英国", "澳大利亚"]
DISEASES = ["系统性红斑狼疮", "狼疮肾炎", "视神经脊髓炎谱系疾病", "重症肌无力", "多发性骨髓瘤", "急性B淋巴细胞白血病",
            "弥漫大B细胞淋巴瘤", "特发性炎性肌病", "系统性硬化症", "抗NMDA受体脑炎", "类风湿关节炎", "ANCA相关血管炎",
            "干燥综合征", "IgG4相关疾病", "再生障碍性贫血", "地中海贫血", "肺动脉高压", "1型糖尿病"]
DEPTS = ["风湿免疫科", "血液科", "神经内科", "肾内科", "国际医疗部", "细胞治疗中心", "心内科", "儿科", "急诊科", "放射科",
         "检验科", "药剂科", "营养科", "康复医学科", "麻醉科", "重症医学科", "病理科", "核医学科"]
HOSPS = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学附属第一医院", "华中科技大学同济医学院附属协和医院",
         "浙江大学医学院附属第一医院", "新疆医科大学第一附属医院", "梅奥诊所", "约翰斯·霍普金斯医院", "首尔大学医院",
         "哈萨克斯坦国立医科大学附属医院", "北京大学人民医院", "郑州大学第一附属医院", "当地县医院", "省人民医院", "市中心医院"]
BRANDS = ["美罗华", "赫赛汀", "可瑞达", "泰瑞沙", "修美乐", "倍力腾", "泰它西普", "Kymriah", "Yescarta", "奕凯达",
          "倍诺达", "恩瑞格", "格列卫", "万珂", "来那度胺胶囊（瑞复美）", "Benlysta", "Saphnelo", "爱必妥"]
DRUGS = ["泼尼松", "甲泼尼龙", "羟氯喹", "吗替麦考酚酯", "环磷酰胺", "他克莫司", "利妥昔单抗", "贝利尤单抗", "托珠单抗",
         "氟达拉滨", "甲氨蝶呤", "硫唑嘌呤", "伏立康唑", "阿昔洛韦", "低分子肝素", "人免疫球蛋白", "奥美拉唑", "碳酸钙D3"]
ALIASES = ["A女士", "B先生", "患者C", "小D", "患儿E", "F女士", "G先生", "患者H", "K女士", "小M", "Ms. A", "Mr. B",
           "Patient C", "A小姐", "患者甲", "乙先生"]
RELS = ["她的母亲", "他的大儿子", "患者的丈夫", "老伴", "小孙女", "她的妹妹", "孩子的爸爸", "他的妻子", "大女儿", "外婆",
        "患者的父亲", "表哥", "婆婆", "小儿子", "她的女儿"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "ALK", "JAK2 V617F", "BCR-ABL1", "FLT3-ITD", "NPM1", "IKZF1",
         "HLA-DRB1*15:01", "HLA-B*58:01", "MYD88 L265P", "CD19", "BCMA", "CD20", "KRAS G12C", "CALR", "PD-L1", "HER2"]
ICDS = ["M32.1", "M32.9", "N05.8", "G70.0", "C90.0", "C91.0", "C83.3", "M35.0", "D61.9", "I27.0", "E10.9", "4A40.0", "M05.9"]
ATCS = ["L04AA26", "L01XC02", "L04AD02", "L04AX03", "P01BA02", "H02AB04", "L01XL04", "J05AB01"]
TRIALS = ["NCT05030779", "NCT04561557", "NCT03958656", "ChiCTR2200058910", "ChiCTR2100045231", "ChiCTR1900024567",
          "EudraCT 2019-001234-56", "CTR20211234", "ISRCTN12345678", "jRCT2031210123", "KCT0005612", "NCT05474885"]
GUIDES = ["2019年EULAR/ACR系统性红斑狼疮分类标准", "《中国系统性红斑狼疮诊疗指南（2020）》", "KDIGO 2021肾小球疾病指南",
          "NCCN指南2023年第2版", "2016年WHO髓系肿瘤分类", "《CAR-T细胞治疗不良反应临床管理专家共识（2022年版）》",
          "ASTCT 2019年CRS分级共识", "2022版《中国多发性骨髓瘤诊治指南》", "IMWG 2016疗效标准", "ACR 2020类风湿关节炎指南"]
EPONYMS = ["雷诺现象", "干燥综合征（Sjögren综合征）", "霍奇金淋巴瘤", "桥本甲状腺炎", "川崎病", "克罗恩病", "库欣综合征",
           "格林-巴利综合征", "唐氏综合征", "白塞病", "帕金森病", "阿尔茨海默病", "Castleman病", "Still病", "Evans综合征",
           "Libman-Sacks心内膜炎", "Coombs试验阳性", "Babinski征阳性"]
SIGNS = ["Babinski征阳性", "Murphy征阴性", "Kernig征阴性", "Brudzinski征阴性", "Romberg征阳性", "Gottron疹",
         "Chvostek征阴性", "雷诺现象阳性", "McMurray试验阴性", "Lasègue征阳性"]
JOBS = ["主任医师", "副主任医师", "主治医师", "住院总医师", "护士长", "责任护士", "国际医疗部协调员", "俄语翻译",
        "临床药师", "营养师", "康复治疗师", "医务社工", "研究护士", "细胞制备工程师"]


def age_u90():
    n = R.randint(1, 89)
    r = R.random()
    if r < 0.6:
        return f"{n}岁"
    if r < 0.8:
        return f"{num_cn(n)}岁"
    return f"{n}周岁"


def year():
    return str(R.randint(2008, 2024))


def month_year():
    y, m = year(), R.randint(1, 12)
    r = R.random()
    if r < 0.45:
        return f"{y}年{m}月"
    if r < 0.6:
        return f"{y}年{m}月{pick(['初', '中旬', '底', '下旬', '上旬'])}"
    if r < 0.7:
        return f"{y}年{pick(['春天', '夏天', '秋天', '冬天', '年初', '年底', '上半年', '下半年'])}"
    if r < 0.8:
        return f"{y}.{m:02d}"
    if r < 0.9:
        return f"{pick(['January', 'March', 'May', 'July', 'September', 'October', 'December'])} {y}"
    return f"{cn_digits(y)}年{num_cn(m)}月"


def money():
    r = R.random()
    if r < 0.3:
        return f"{R.randint(3, 150)}万元"
    if r < 0.5:
        return f"¥{R.randint(1, 400)},{R.randint(0, 999):03d}"
    if r < 0.65:
        return f"约{R.randint(2, 20)}.{R.randint(1, 9)}万美元"
    if r < 0.8:
        return f"{R.randint(100, 900)}万坚戈"
    if r < 0.9:
        return f"{R.randint(10, 99)} {R.randint(100, 999)}卢布"
    return f"人民币{R.randint(1, 9)}{R.randint(0, 9)}{R.randint(0, 9)}元"


def clock():
    h, m = R.randint(0, 23), pick([0, 5, 10, 15, 20, 30, 40, 45, 50])
    r = R.random()
    if r < 0.5:
        return f"{h}:{m:02d}"
    if r < 0.75:
        period = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
        return f"{period}{num_cn(h % 12 or 12)}点{'半' if m == 30 else ''}"
    return f"{h:02d}时{m:02d}分"


DOSES = [
    "泼尼松{} mg 每日一次", "甲泼尼龙{} mg 静脉滴注", "羟氯喹0.2 g 每日两次", "吗替麦考酚酯0.75 g bid",
    "他克莫司{} mg q12h", "环磷酰胺0.{} g/m² 每月一次", "利妥昔单抗375 mg/m² 每周一次", "氟达拉滨30 mg/m² ×3天",
    "环磷酰胺300 mg/m² ×3天", "贝利尤单抗10 mg/kg", "托珠单抗8 mg/kg", "甲氨蝶呤{} mg 每周一次",
    "伏立康唑200 mg q12h", "阿昔洛韦0.4 g tid", "低分子肝素4000 IU 皮下注射 qd", "人免疫球蛋白0.4 g/kg·d ×5天",
    "奥美拉唑20 mg qd", "碳酸钙D3 600 mg qd", "硫唑嘌呤50 mg 每日一次", "泼尼松每次{}片，每日一次",
]


def dose():
    return pick(DOSES).replace("{}", str(pick([2, 4, 5, 7.5, 10, 12.5, 15, 20, 30, 40, 60])), 1)


def lab():
    items = [
        ("白细胞", lambda: f"{R.randint(1, 15)}.{R.randint(0, 9)}×10^9/L"),
        ("血小板", lambda: f"{R.randint(8, 400)}×10⁹/L"),
        ("血红蛋白", lambda: f"{R.randint(55, 160)} g/L"),
        ("肌酐", lambda: f"{R.randint(40, 600)} μmol/L"),
        ("24小时尿蛋白", lambda: f"{R.randint(0, 8)}.{R.randint(0, 99):02d} g"),
        ("补体C3", lambda: f"0.{R.randint(20, 99)} g/L"),
        ("抗dsDNA抗体", lambda: f"{R.randint(5, 800)} IU/mL"),
        ("ANA滴度", lambda: f"1:{pick(['80', '160', '320', '640', '1280', '3200'])}"),
        ("C反应蛋白", lambda: f"{R.randint(1, 180)}.{R.randint(0, 9)} mg/L"),
        ("铁蛋白", lambda: f"{R.randint(20, 9000)} ng/mL"),
        ("IL-6", lambda: f"{R.randint(2, 2500)} pg/mL"),
        ("eGFR", lambda: f"{R.randint(8, 120)} mL/min/1.73m²"),
        ("糖化血红蛋白", lambda: f"{R.randint(5, 12)}.{R.randint(0, 9)}%"),
        ("CD19+ B细胞", lambda: f"{R.randint(0, 400)} 个/μL"),
        ("M蛋白", lambda: f"{R.randint(0, 50)}.{R.randint(0, 9)} g/L"),
        ("空腹血糖", lambda: f"{R.randint(3, 18)}.{R.randint(0, 9)} mmol/L"),
    ]
    n, v = pick(items)
    return f"{n}{pick(['', ' ', '：'])}{v()}"


def cnt():
    return pick(["7轮", "3个疗程", "12次", "两次", "第4周期", "5天", "21天", "第28天", "3个月", "半年", "48小时",
                 "第14天", "6周", "10年", "两年半", "第3次"])


# ---------------------------------------------------------------------------------------------
# identifier values
# ---------------------------------------------------------------------------------------------

ADDR_CN_PARTS = [
    ("北京市", "朝阳区", ["建国路", "朝阳北路", "望京西路", "安立路"]),
    ("北京市", "海淀区", ["学院路", "中关村南大街", "西三环北路"]),
    ("上海市", "徐汇区", ["宛平南路", "漕溪北路", "天钥桥路"]),
    ("上海市", "浦东新区", ["张杨路", "世纪大道", "东方路"]),
    ("广州市", "天河区", ["体育西路", "天河北路", "员村二横路"]),
    ("成都市", "武侯区", ["玉林北路", "人民南路四段", "武侯祠大街"]),
    ("乌鲁木齐市", "天山区", ["解放南路", "新华南路", "和平路"]),
    ("兰州市", "城关区", ["东岗西路", "庆阳路", "雁滩路"]),
    ("西宁市", "城东区", ["八一路", "东关大街"]),
    ("昆明市", "五华区", ["青年路", "人民中路"]),
    ("哈尔滨市", "南岗区", ["西大直街", "学府路"]),
    ("郑州市", "金水区", ["经三路", "花园路", "纬五路"]),
    ("武汉市", "江汉区", ["解放大道", "新华路"]),
    ("呼和浩特市", "新城区", ["新华大街", "兴安北路"]),
    ("南宁市", "青秀区", ["民族大道", "金湖路"]),
]
PROV_OF = {"广州市": "广东省", "成都市": "四川省", "乌鲁木齐市": "新疆维吾尔自治区", "兰州市": "甘肃省",
           "西宁市": "青海省", "昆明市": "云南省", "哈尔滨市": "黑龙江省", "郑州市": "河南省", "武汉市": "湖北省",
           "呼和浩特市": "内蒙古自治区", "南宁市": "广西壮族自治区"}
COMPOUNDS = ["幸福里小区", "阳光花园", "锦绣家园", "金色港湾", "和平里", "翠湖苑", "建设新村", "石油基地小区", "红星公寓", "紫荆苑"]
VILLAGES = ["云南省昭通市镇雄县以勒镇大地村五组", "甘肃省定西市通渭县陇阳镇王家坪村", "四川省凉山州昭觉县竹核乡木渠村三组",
            "河南省周口市郸城县宜路镇李楼村", "新疆伊犁州察布查尔县孙扎齐乡", "贵州省毕节市威宁县石门乡新龙村六组",
            "内蒙古锡林郭勒盟阿巴嘎旗别力古台镇第二嘎查", "青海省玉树州称多县珍秦镇十一村"]


def addr_cn():
    city, dist, roads = pick(ADDR_CN_PARTS)
    road = pick(roads)
    n = R.randint(1, 999)
    r = R.random()
    prov = pick(["", PROV_OF.get(city, "")])
    if r < 0.3:
        s = f"{prov}{city}{dist}{road}{n}号{pick(COMPOUNDS)}{R.randint(1, 30)}号楼{R.randint(1, 6)}单元{R.randint(1, 30)}{R.randint(1, 4):02d}室"
    elif r < 0.5:
        s = f"{city}{dist}{road}{n}弄{R.randint(1, 40)}号{R.randint(1, 6)}0{R.randint(1, 4)}室"
    elif r < 0.65:
        s = f"{dist}{road}{n}号"
    elif r < 0.8:
        s = f"{city}{pick(COMPOUNDS)}{R.randint(1, 30)}栋{R.randint(1, 3)}单元{R.randint(1, 25)}0{R.randint(1, 6)}"
    elif r < 0.9:
        s = pick(VILLAGES)
    else:
        s = f"{city}{road}{n}号院{R.randint(1, 20)}号楼{R.randint(100, 2600)}"
    if chance(0.12):
        s = fw(s)
    return s


def addr_foreign():
    n = R.randint(1, 250)
    return pick([
        f"阿拉木图市阿拜大街{n}号{R.randint(1, 120)}室",
        f"Almaty, Abay Ave {n}, apt {R.randint(1, 120)}",
        f"г. Алматы, ул. Толе би, д. {n}, кв. {R.randint(1, 90)}",
        f"莫斯科市特维尔大街{n}号{R.randint(1, 80)}室",
        f"Москва, ул. Профсоюзная, д. {n}, корп. {R.randint(1, 5)}, кв. {R.randint(1, 300)}",
        f"Tashkent, Amir Temur ko'chasi {n}, {R.randint(1, 90)}-xonadon",
        f"塔什干市尤努萨巴德区第{R.randint(1, 19)}小区{R.randint(1, 40)}栋{R.randint(1, 60)}号",
        f"東京都新宿区西新宿{R.randint(1, 8)}-{R.randint(1, 20)}-{R.randint(1, 30)}",
        f"서울특별시 강남구 테헤란로 {n}",
        f"{R.randint(100, 9999)} Oak Street, Apt {R.randint(1, 9)}{pick('ABCD')}, San Jose, CA",
        f"{R.randint(1, 300)} Nguyễn Trãi, Quận 5, TP.HCM",
        f"乌兰巴托市巴彦祖尔赫区第{R.randint(1, 26)}小区{R.randint(1, 90)}栋{R.randint(1, 99)}号",
        f"比什凯克市楚伊大街{n}号{R.randint(1, 60)}室",
        f"Flat {R.randint(1, 40)}, {R.randint(1, 200)} Green Lanes, London",
        f"Rua Augusta {n}, apto {R.randint(11, 99)}, São Paulo",
    ])


def postal_cn():
    prefix = pick(["100", "101", "200", "201", "510", "518", "610", "830", "730", "810", "650", "150", "450", "430",
                   "010", "530", "750", "844", "835", "400"])
    return prefix + digits(3)


def postal_foreign():
    return pick([
        f"0500{R.randint(10, 99)}", f"A{R.randint(10, 99)}{pick('ABCDEFGHKMPT')}{R.randint(0, 9)}{pick('ABCDEFGHKMPT')}{R.randint(0, 9)}",
        f"1{R.randint(10, 29)}{R.randint(0, 999):03d}", f"100{R.randint(0, 199):03d}", f"{R.randint(10000, 99950)}",
        f"〒{R.randint(100, 999)}-{R.randint(0, 9999):04d}", f"SW1A {R.randint(1, 9)}{pick('ABDEFGHJ')}{pick('ABDEFGHJ')}",
        f"EC{R.randint(1, 4)}A {R.randint(1, 9)}BB", f"0{R.randint(1000, 8999)}", f"{R.randint(10000, 99999)}-{R.randint(1000, 9999)}",
        f"{R.randint(14000, 16999)}",
    ])


def postal_any():
    return postal_cn() if chance(0.6) else postal_foreign()


GEO_CENTRES = [(43.24, 76.89), (43.82, 87.61), (29.65, 91.10), (39.90, 116.40), (41.30, 69.24), (47.92, 106.92),
               (36.62, 101.78), (39.47, 75.99), (44.01, 89.57), (42.87, 74.59), (30.57, 104.07), (25.04, 102.71),
               (45.76, 126.63), (51.17, 71.45), (38.49, 106.23), (40.82, 111.66)]


def geo():
    clat, clon = pick(GEO_CENTRES)
    lat = clat + R.uniform(-1.5, 1.5)
    lon = clon + R.uniform(-1.5, 1.5)
    r = R.random()
    if r < 0.3:
        return f"{lat:.5f}, {lon:.5f}"
    if r < 0.45:
        return f"{lat:.4f}°N, {lon:.4f}°E"
    if r < 0.6:
        d1, m1, s1 = int(lat), R.randint(0, 59), R.randint(0, 59)
        d2, m2, s2 = int(lon), R.randint(0, 59), R.randint(0, 59)
        return f"北纬{d1}°{m1}′{s1}″，东经{d2}°{m2}′{s2}″"
    if r < 0.7:
        return f"N{lat:.4f} E{lon:.4f}"
    if r < 0.8:
        return f"geo:{lat:.6f},{lon:.6f}"
    if r < 0.9:
        return fw(f"{lat:.4f},{lon:.4f}")
    return f"北纬{int(lat)}度{R.randint(0, 59)}分、东经{int(lon)}度{R.randint(0, 59)}分"


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HOLIDAYS = [("除夕", None), ("春节", None), ("元宵节", None), ("中秋节", None), ("国庆节", None), ("端午节", None),
            ("元旦", None), ("古尔邦节", None), ("肉孜节", None), ("平安夜", None), ("圣诞节", None), ("纳吾肉孜节", None)]
LUNAR_M = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
LUNAR_D = ["初一", "初二", "初三", "初五", "初六", "初八", "初十", "十二", "十五", "十六", "十八", "二十", "廿三", "廿六", "廿八", "三十"]


def ymd(y0=2014, y1=2024):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, d, allow_no_year=True):
    r = R.random()
    if r < 0.25:
        return f"{y}年{m}月{d}日"
    if r < 0.33 and allow_no_year:
        return f"{m}月{d}日"
    if r < 0.4 and allow_no_year:
        return f"{m}月{d}号"
    if r < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.57:
        return f"{y}/{m}/{d}"
    if r < 0.64:
        return f"{d:02d}.{m:02d}.{y}"
    if r < 0.7:
        return f"{y}.{m}.{d}"
    if r < 0.76:
        return f"{cn_digits(str(y))}年{num_cn(m)}月{num_cn(d)}日"
    if r < 0.82:
        return fw(f"{y}年{m}月{d}日")
    if r < 0.87:
        return f"{pick(MONTHS_EN)} {d}, {y}"
    if r < 0.91:
        return f"{d} {pick(MONTHS_EN)} {y}"
    if r < 0.95:
        return f"{y}{m:02d}{d:02d}"
    return f"{y}年{m}月{d}日（周{pick('一二三四五六日')}）"


def exact_date():
    y, m, d = ymd()
    r = R.random()
    if r < 0.1:
        return f"{y}年{pick(HOLIDAYS)[0]}"
    if r < 0.16:
        return f"{y}年农历{pick(LUNAR_M)}{pick(LUNAR_D)}"
    return fmt_date(y, m, d)


def date_short():
    y, m, d = ymd()
    return pick([f"{m}.{d}", f"{m}/{d}", f"{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}"])


def dob():
    y, m, d = ymd(1931, 2021)
    r = R.random()
    if r < 0.1:
        return f"{cn_digits(str(y))}年农历{pick(LUNAR_M)}{pick(LUNAR_D)}"
    return fmt_date(y, m, d, allow_no_year=False)


def age90():
    """A numeric age of 90 or more followed by 岁 (fits any slot where "85岁" fits)."""
    n = R.randint(90, 106)
    r = R.random()
    if r < 0.4:
        return f"{n}岁"
    if r < 0.65:
        return f"{num_cn(n)}岁"
    if r < 0.78:
        return f"{n}周岁"
    if r < 0.9:
        return fw(f"{n}") + "岁"
    return f"{n} 岁"


def age90_phrase():
    return pick(["年过九旬", "九旬高龄", "年近百岁", "百岁高龄", "年逾九十", "九十多岁", "九十出头", "快一百岁"])


def cn_mobile():
    return pick(["13", "15", "18", "17", "19", "16", "14"]) + R.choice("0123456789") + digits(8)


def phone():
    r = R.random()
    m = cn_mobile()
    if r < 0.22:
        return m
    if r < 0.34:
        return group(m, [3, 4, 4], pick([" ", "-"]))
    if r < 0.44:
        return pick(["+86 ", "+86-", "0086 ", "(+86)"]) + m
    if r < 0.5:
        return fw(m)
    if r < 0.54:
        return cn_digits(m, spoken=chance(0.5))
    if r < 0.68:
        return landline()
    return phone_foreign()


def landline():
    area = pick(["010", "021", "020", "028", "0991", "0931", "0971", "0871", "0451", "0371", "0755", "023", "029", "0998"])
    local = digits(8 if len(area) == 3 else pick([7, 8]), first_nonzero=True)
    r = R.random()
    if r < 0.3:
        return f"{area}-{local}"
    if r < 0.45:
        return f"({area}){local}"
    if r < 0.6:
        return f"{area} {group(local, [4, 4])}"
    if r < 0.72:
        return f"（{area}）{local}"
    if r < 0.82:
        return f"+86 {area[1:]} {local}"
    if r < 0.9:
        return f"{area}—{local}"
    return f"{area}-{local}转{R.randint(100, 8999)}"


def phone_foreign():
    return pick([
        f"+7 7{R.randint(0, 8)}{R.randint(0, 9)} {digits(3)} {digits(2)} {digits(2)}",
        f"+7 (727) {digits(3)}-{digits(2)}-{digits(2)}",
        f"8 7{R.randint(0, 8)}{R.randint(0, 9)} {digits(3)} {digits(4)}",
        f"+7 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}",
        f"+998 9{R.randint(0, 9)} {digits(3)} {digits(2)} {digits(2)}",
        f"+998-71-{digits(3)}-{digits(2)}-{digits(2)}",
        f"+82 10-{digits(4)}-{digits(4)}",
        f"+81 90-{digits(4)}-{digits(4)}",
        f"+84 9{digits(2)} {digits(3)} {digits(3)}",
        f"+91 9{digits(4)} {digits(5)}",
        f"+1 (415) 555-0{digits(3)}",
        f"+44 7700 9{digits(5)}",
        f"+976 99{digits(2)} {digits(4)}",
        f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4)}",
        f"+996 555 {digits(3)} {digits(3)}",
        f"+992 93 {digits(3)} {digits(4)}",
    ])


EMAIL_USERS = ["zhangli", "wangfang88", "liu.yang", "chenxm_1990", "huang.jing", "aigerim.n", "d.sokolov", "dilnoza.k",
               "xiaoyu2008", "lucky_mama", "nguyen.lan", "priya.sharma", "okafor.c", "kim.minjun", "gulnara77",
               "laozhang1961", "yuanyuan_ok", "sato.misaki", "bakhyt.t", "marco.rossi", "tiantian_xiao", "mama_of_duoduo",
               "fatima.h", "shen.yaqin", "ma.xiaohong"]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com", "mail.ru", "yandex.ru",
                 "mail.kz", "inbox.ru", "outlook.com", "naver.com", "yahoo.co.jp", "hotmail.com", "139.com", "sohu.com"]


def email():
    u = pick(EMAIL_USERS) + (digits(R.randint(0, 4)) if chance(0.5) else "")
    d = pick(EMAIL_DOMAINS)
    if d == "qq.com" and chance(0.5):
        u = digits(R.randint(8, 10), first_nonzero=True)
    r = R.random()
    if r < 0.72:
        return f"{u}@{d}"
    if r < 0.78:
        return f"{u}＠{d}"
    dom, tld = d.split(".", 1)
    if r < 0.84:
        return f"{u} at {dom} dot {tld}"
    if r < 0.89:
        return f"{u}#{d}（#换成@）"
    if r < 0.94:
        return f"{u}[at]{d}"
    return f"{u}（at）{dom}（dot）{tld}"


def url():
    slug = pick(["zhangli", "aigerim", "liujia", "dima-recovery", "xiaoyu", "lupus-diary", "mama-duoduo", "nurlan-family", "yaqin"])
    return pick([
        f"https://www.{slug}{R.randint(1, 99)}.cn/blog/{R.randint(2018, 2024)}/{R.randint(1, 300)}",
        f"http://{slug}.blog.163.com",
        f"https://m.qschou.com/project/index/{digits(4)}{pick('abcdef')}{digits(3)}-{digits(4)}",
        f"https://www.shuidichou.com/raise/detail?infoUuid={digits(6)}{pick('abcdef')}{digits(5)}",
        f"http://t.cn/A6{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
        f"https://b23.tv/{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN23456789') for _ in range(7))}",
        f"https://v.douyin.com/i{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGH') for _ in range(6))}/",
        f"https://sites.google.com/view/{slug}-{R.randint(1, 99)}",
        f"www.{slug}-family.kz",
        f"https://pan.baidu.com/s/1{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN23456789_-') for _ in range(22))}",
        f"https://telegra.ph/{slug}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
        f"dwz.cn/{''.join(R.choice('abcdefghijkmnpqrstuvwxyz23456789') for _ in range(8))}",
        f"https://mp.weixin.qq.com/s/{''.join(R.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMN23456789') for _ in range(22))}",
        f"http://www.{slug}.ru/o-sebe",
    ])


def ipv4():
    a = pick([223, 117, 114, 183, 36, 112, 120, 59, 61, 39, 2, 95, 178, 5, 213, 85, 101, 124])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv4_private():
    return pick([f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}", f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])


def ipv6():
    h = lambda: f"{R.randint(0, 0xFFFF):x}"
    r = R.random()
    if r < 0.5:
        return f"2409:8a{R.randint(10, 99)}:{h()}:{h()}::{h()}"
    if r < 0.8:
        return f"240e:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    return f"2a00:1fa0:{h()}:{h()}::1"


def ip():
    r = R.random()
    if r < 0.6:
        return ipv4()
    if r < 0.75:
        return ipv4_private()
    return ipv6()


WX_WORDS = ["xiaoyu", "mama", "lucky", "sunny", "duoduo", "aigul", "dima", "lanlan", "laowang", "tiantian", "kk", "nurlan",
            "qingqing", "jiayou", "zhang", "liu", "chen", "bei"]


def wx():
    r = R.random()
    if r < 0.3:
        return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if r < 0.7:
        return pick(WX_WORDS) + pick(["_", "", "-"]) + digits(R.randint(2, 6))
    return pick(WX_WORDS) + pick(WX_WORDS).capitalize() + digits(R.randint(1, 4))


def handle():
    base = pick(["aigerim.k", "dima_petrov", "lupus_warrior", "xiaoyu.daily", "nurlan_86", "mama.duoduo", "fatima.h",
                 "kim_mj", "yuki0415", "priya.s", "lanlan_kangfu", "laozhang_run", "olga.kz", "shokh_uz", "tiantian_ok"])
    return base + (digits(R.randint(1, 3)) if chance(0.5) else "")


def qq():
    return digits(R.randint(6, 10), first_nonzero=True)


AREAS = ["110105", "110108", "310104", "310115", "440106", "440304", "510107", "650102", "650104", "620102", "630102",
         "530102", "230103", "410105", "420103", "150102", "450103", "652801", "654002", "533001", "513431", "632701"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid_raw():
    y, m, d = ymd(1935, 2020)
    body = f"{pick(AREAS)}{y}{m:02d}{d:02d}{digits(3)}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]
    if chance(0.15):
        check = pick([c for c in "0123456789X" if c != check])
    return body + check


def rid():
    r = R.random()
    s = rid_raw()
    if r < 0.55:
        return s
    if r < 0.67:
        return group(s, [6, 8, 4])
    if r < 0.75:
        return fw(s)
    if r < 0.85:
        y, m, d = ymd(1935, 1980)
        return f"{pick(AREAS)}{str(y)[2:]}{m:02d}{d:02d}{digits(3)}"
    if r < 0.92:
        return s[:-1] + s[-1].lower() if s.endswith("X") else group(s, [6, 4, 4, 4], "-")
    return group(s, [3, 3, 4, 4, 4])


def nat_id():
    y, m, d = ymd(1940, 2015)
    yy = f"{y % 100:02d}"
    return pick([
        ("哈萨克斯坦个人识别号（ИИН）", f"{yy}{m:02d}{d:02d}{R.randint(3, 6)}{digits(5)}"),
        ("IIN", f"{yy}{m:02d}{d:02d}{R.randint(3, 6)}{digits(5)}"),
        ("СНИЛС", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("SNILS", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("SSN", f"{R.randint(100, 665)}-{R.randint(10, 99)}-{digits(4)}"),
        ("韩国居民登录号码", f"{yy}{m:02d}{d:02d}-{R.randint(1, 4)}{digits(6)}"),
        ("ПИНФЛ", f"{R.randint(3, 6)}{d:02d}{m:02d}{yy}{digits(7)}"),
        ("乌兹别克斯坦个人识别码（JShShIR）", f"{R.randint(3, 6)}{d:02d}{m:02d}{yy}{digits(7)}"),
        ("Aadhaar", f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"),
        ("越南公民身份证号（CCCD）", f"0{R.randint(1, 96):02d}{R.randint(0, 3)}{yy}{digits(6)}"),
        ("CNIC", f"{R.randint(31101, 61101)}-{digits(7)}-{R.randint(1, 9)}"),
        ("蒙古国公民登记号", f"{pick(['УБ', 'ЧД', 'ДА', 'ХУ'])}{yy}{m:02d}{d:02d}{digits(2)}"),
        ("CPF", f"{digits(3)}.{digits(3)}.{digits(3)}-{digits(2)}"),
        ("英国国民保险号（NINO）", f"{pick(['AB', 'JT', 'NH', 'SK', 'PR'])} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}"),
        ("マイナンバー", f"{digits(4)} {digits(4)} {digits(4)}"),
        ("吉尔吉斯斯坦个人识别号（ПИН）", f"{R.randint(1, 2)}{d:02d}{m:02d}{y}{digits(5)}"),
        ("尼日利亚NIN", digits(11, first_nonzero=True)),
    ])


def nat_id_value():
    return nat_id()[1]


def nat_id_labelled():
    lab_, v = nat_id()
    return f"{lab_} {v}" if chance(0.6) else f"{lab_}：{v}"


def passport():
    r = R.random()
    if r < 0.2:
        return "E" + digits(8)
    if r < 0.3:
        return pick(["EA", "EB", "EC", "ED", "EE", "EF", "EG", "EH", "EJ", "EK"]) + digits(7)
    if r < 0.38:
        return "G" + digits(8)
    if r < 0.48:
        return "N" + digits(8)
    if r < 0.56:
        return f"{R.randint(70, 77)} {digits(7)}"
    if r < 0.64:
        return pick(["AA", "AB", "FA", "AC"]) + digits(7)
    if r < 0.7:
        return "M" + digits(8)
    if r < 0.76:
        return digits(9, first_nonzero=True)
    if r < 0.82:
        return pick("KLPRTZ") + digits(7)
    if r < 0.88:
        return "TK" + digits(7)
    if r < 0.93:
        return "C" + digits(7)
    return fw("E" + digits(8))


def mrn():
    r = R.random()
    if r < 0.35:
        return digits(R.randint(7, 10))
    if r < 0.5:
        return f"{R.randint(2015, 2024)}{digits(6)}"
    if r < 0.6:
        return f"{R.randint(15, 24)}-{digits(6)}"
    if r < 0.7:
        return "ZY" + digits(9)
    if r < 0.78:
        return "BA" + digits(7)
    if r < 0.86:
        return fw(digits(8))
    if r < 0.93:
        return "00" + digits(7)
    return f"{digits(4)} {digits(4)}"


def mz():
    return pick([f"MZ{R.randint(2019, 2024)}{digits(6)}", f"{R.randint(2019, 2024)}{digits(8)}", f"O{digits(9)}", digits(10)])


def hp():
    r = R.random()
    if r < 0.2:
        return pick("ABCDEFGHJKLMN") + digits(8)
    if r < 0.35:
        return digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2)
    if r < 0.5:
        return f"{R.randint(110000, 659999)}{digits(8)}"
    if r < 0.6:
        return f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}"
    if r < 0.7:
        return f"U{digits(8)}{R.randint(1, 9)}{digits(1)}"
    if r < 0.78:
        return f"P{R.randint(44, 51)}{digits(10)}"
    if r < 0.86:
        return f"1-{digits(10)}"
    if r < 0.93:
        return f"H{digits(2)}-{digits(8)}"
    return fw(pick("ABCDEF") + digits(8))


def luhn_fill(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def bank_card():
    n = luhn_fill(pick(["6222", "6217", "6228", "6212", "6225", "6214", "6230", "4367", "6259"]), pick([16, 19, 19]))
    r = R.random()
    if r < 0.45:
        return group(n, [4, 4, 4, 4])
    if r < 0.8:
        return n
    if r < 0.9:
        return fw(group(n, [4, 4, 4, 4]))
    return "-".join(group(n, [4, 4, 4, 4]).split())


def iban():
    return pick([
        f"KZ{digits(2)}{pick(['601', '722', '998', '826', '914'])}{digits(13)}",
        f"KZ{digits(2)} {digits(3)}K {digits(4)} {digits(4)} {digits(4)}",
        f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
        f"GB{digits(2)} NWBK {digits(4)} {digits(4)} {digits(4)}",
        f"AE{digits(2)}{digits(3)}{digits(16)}",
        f"TR{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
    ])


def account():
    r = R.random()
    if r < 0.5:
        return bank_card()
    if r < 0.65:
        return iban()
    if r < 0.78:
        return "2088" + digits(12)
    if r < 0.9:
        return f"40817810{digits(12)}"
    return f"2020{digits(16)}"


def licence():
    return pick([
        ("医师执业证书编码", f"{R.randint(1, 6)}{R.randint(10, 65)}{digits(12)}"),
        ("护士执业证书编号", f"{R.randint(2005, 2023)}{R.randint(11, 65)}{digits(6)}"),
        ("医师资格证书编码", f"{R.randint(1998, 2022)}{R.randint(1, 4)}{R.randint(11, 65)}{digits(14)}"),
        ("驾驶证档案编号", digits(12, first_nonzero=True)),
        ("执业药师注册证号", f"ZY{R.randint(10, 65)}{digits(8)}"),
        ("健康证编号", f"{R.randint(2020, 2024)}{digits(8)}"),
        ("driver's licence", f"D{digits(3)}-{digits(4)}-{digits(4)}"),
        ("驾照（哈萨克斯坦）", f"{pick(['AB', 'AA', 'AN'])} {digits(6)}"),
        ("俄罗斯驾照", f"{digits(2)} {digits(2)} {digits(6)}"),
        ("教师资格证号码", f"{R.randint(2010, 2023)}{R.randint(11, 65)}{digits(10)}"),
        ("特种设备作业人员证", f"T{digits(17)}"),
        ("导游证号", f"D-{R.randint(1100, 6500)}-{digits(6)}"),
        ("Licence No.", f"MCR {digits(5)}"),
        ("美国行医执照号", f"{pick(['A', 'G', 'C'])}{digits(5)}"),
    ])


PLATE_PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
RU_LETTERS = "АВЕКМНОРСТУХ"


def plate():
    p, a = pick(PLATE_PROV), pick("ABCDEFGHJKLM")
    tail = "".join(R.choice(PLATE_ALNUM) for _ in range(2)) + digits(3)
    tail = "".join(R.sample(tail, len(tail)))
    r = R.random()
    if r < 0.3:
        return f"{p}{a}·{tail}"
    if r < 0.5:
        return f"{p}{a}{tail}"
    if r < 0.6:
        return f"{p}{a} {tail}"
    if r < 0.7:
        return f"{p}{a}{pick('DF')}{digits(5)}"
    if r < 0.76:
        return fw(f"{p}{a}·{tail}")
    if r < 0.83:
        return f"{digits(3)} {''.join(R.choice('ABCEHKMOPTX') for _ in range(3))} {R.randint(1, 19):02d}"
    if r < 0.9:
        return f"{R.choice(RU_LETTERS)}{digits(3)}{R.choice(RU_LETTERS)}{R.choice(RU_LETTERS)} {pick(['77', '50', '54', '138', '199', '25'])}"
    return f"{R.randint(1, 95):02d} {pick('ABCDEFGHKLMNOPRSTXYZ')} {digits(3)} {pick(['AB', 'BA', 'CD', 'KA', 'MA'])}"


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["LSV", "LFV", "LVS", "LGB", "LHG", "WVW", "XTA", "JTD", "KMH", "Z94"])
    return wmi + "".join(R.choice(chars) for _ in range(6)) + digits(8)


def vehicle():
    return vin() if chance(0.28) else plate()


def device():
    h = lambda: f"{R.randint(0, 255):02X}"
    return pick([
        ("起搏器序列号", f"PJN{digits(6)}"),
        ("起搏器序列号", f"RNH{digits(6)}S"),
        ("胰岛素泵SN", f"NG{digits(7)}H"),
        ("IMEI", f"86{digits(13)}"),
        ("IMEI", f"86 {digits(6)} {digits(6)} {digits(1)}"),
        ("MAC地址", ":".join(h() for _ in range(6))),
        ("MAC", "-".join(h() for _ in range(6)).lower()),
        ("人工耳蜗植入体序列号", f"{pick(['CI', 'C'])}{digits(6)}{pick(['', 'A', 'B'])}"),
        ("动态血糖传感器序列号", "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))),
        ("血糖仪S/N", f"{digits(3)}{pick('ABCDEFGH')}{digits(6)}"),
        ("呼吸机序列号", f"{R.randint(20, 23)}{digits(9)}"),
        ("ICD序列号", f"{pick(['RLE', 'PZC', 'BWN'])}{digits(6)}S"),
        ("助听器序列号", f"{digits(4)}{pick('ABCDEFGH')}{digits(4)}"),
        ("设备序列号", f"SN:{fw(digits(10)) if chance(0.3) else digits(10)}"),
        ("脑深部电刺激器序列号", f"NKF{digits(6)}N"),
        ("胰岛素泵序列号", f"PDM-{digits(4)}-{digits(5)}"),
    ])


def other_num():
    y = R.randint(2016, 2024)
    return pick([
        ("案号", f"（{y}）{pick(['京0105', '沪0104', '粤0106', '新0102', '川0107'])}民初{R.randint(100, 39999)}号"),
        ("案号", f"({y}){pick(['京01', '豫01', '甘01'])}民终{R.randint(100, 9999)}号"),
        ("快递单号", f"SF{digits(13)}"),
        ("快递单号", f"{pick(['YT', 'JDV', 'JT'])}{digits(13)}"),
        ("学号", f"{R.randint(2015, 2024)}{digits(R.randint(6, 8))}"),
        ("工号", f"{pick(['', 'A', 'BJ', 'H'])}{digits(R.randint(4, 6))}"),
        ("理赔号", f"LP{y}{R.randint(1, 12):02d}{digits(7)}"),
        ("报案号", f"RC{digits(16)}"),
        ("挂号单号", f"GH{y}{digits(8)}"),
        ("订单号", digits(18, first_nonzero=True)),
        ("PNR", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
        ("火车票号", f"E{digits(9)}"),
        ("出生医学证明编号", f"{pick('MNOPQR')}{digits(9)}"),
        ("众筹项目编号", f"QS{digits(10)}"),
        ("签证号", f"{digits(8)}"),
        ("邀请函编号", f"YQ-{y}-{digits(5)}"),
        ("工伤认定书编号", f"{pick(['京', '粤', '新'])}人社工伤认字〔{y}〕{R.randint(100, 9999)}号"),
        ("员工编号", f"EMP-{digits(5)}"),
        ("献血证编号", f"{R.randint(11, 65)}{y}{digits(8)}"),
    ])


def labelled(gen, *wanted):
    while True:
        lab_, v = gen()
        if not wanted or lab_ in wanted:
            return f"{lab_}{pick(['：', ' ', ''])}{v}"


def value_of(gen, *wanted):
    while True:
        lab_, v = gen()
        if lab_ in wanted:
            return v


def fill_value(name):
    """Return (text, kind or None) for a placeholder name."""
    g = GEN[name]
    return g[0](), g[1]


GEN = {
    # names
    "cn": (cn_name, "person_name"), "cn2": (cn_name, "person_name"), "given": (given, "person_name"),
    "nick": (nick, "person_name"), "tname": (title_name, "person_name"), "py": (py_name, "person_name"),
    "fzh": (foreign_zh, "person_name"), "flat": (foreign_latin, "person_name"), "doc": (doctor_name, "person_name"),
    "cnpy": (lambda: (lambda t: pick([f"{t[0]}（{t[1]}）", f"{t[1]}（{t[0]}）", f"{t[0]} {t[1].upper()}"]))(pick(CN_PY)), "person_name"),
    "wname": (lambda: pick(WORD_NAMES), "person_name"), "sur": (sur, "person_name"),
    "cnup": (lambda: py_name().upper(), "person_name"),
    # identifiers
    "addr": (addr_cn, "street_address"), "faddr": (addr_foreign, "street_address"),
    "village": (lambda: pick(VILLAGES), "street_address"),
    "pc": (postal_any, "postal_code"), "pccn": (postal_cn, "postal_code"), "pcf": (postal_foreign, "postal_code"),
    "geo": (geo, "geolocation"),
    "date": (exact_date, "exact_date"), "dshort": (date_short, "exact_date"),
    "dob": (dob, "date_of_birth"), "age90": (age90, "age_over_89"), "age90p": (age90_phrase, "age_over_89"),
    "age90cn": (lambda: num_cn(R.randint(90, 106)), "age_over_89"),
    "age90en": (lambda: f"{R.randint(90, 104)}-year-old", "age_over_89"),
    "dtname": (lambda: sur() + pick(["医生", "主任", "教授", "大夫", "护士长", "主任医师"]), "person_name"),
    "phone": (phone, "phone_number"), "mobile": (cn_mobile, "phone_number"), "tel": (landline, "phone_number"),
    "fphone": (phone_foreign, "phone_number"),
    "email": (email, "email"), "url": (url, "web_address"), "ip": (ip, "ip_address"), "ipv4": (ipv4, "ip_address"),
    "ipv6": (ipv6, "ip_address"),
    "wx": (wx, "social_account"), "qq": (qq, "social_account"), "handle": (handle, "social_account"),
    "dy": (lambda: pick(["", "dy", ""]) + digits(R.randint(9, 11), first_nonzero=True) if chance(0.6) else handle(), "social_account"),
    "xhs": (lambda: digits(R.randint(9, 10), first_nonzero=True), "social_account"),
    "rid": (rid, "resident_id"), "rid18": (rid_raw, "resident_id"),
    "nid": (nat_id_labelled, "national_id"), "nidv": (nat_id_value, "national_id"),
    "pp": (passport, "passport_number"),
    "mrn": (mrn, "medical_record_number"), "mz": (mz, "medical_record_number"),
    "hp": (hp, "health_plan_number"),
    "acct": (account, "account_number"), "card": (bank_card, "account_number"), "iban": (iban, "account_number"),
    "lic": (lambda: "{}{}{}".format(*(lambda t: (t[0], pick(['：', ' ', '']), t[1]))(licence())), "licence_number"),
    "licv": (lambda: licence()[1], "licence_number"),
    "veh": (vehicle, "vehicle_identifier"), "plate": (plate, "vehicle_identifier"), "vin": (vin, "vehicle_identifier"),
    "dev": (lambda: "{}{}{}".format(*(lambda t: (t[0], pick(['：', ' ', '']), t[1]))(device())), "device_identifier"),
    "devv": (lambda: device()[1], "device_identifier"),
    "oth": (lambda: "{}{}{}".format(*(lambda t: (t[0], pick(['：', ' ', '']), t[1]))(other_num())), "other_number"),
    "othcourt": (lambda: labelled(other_num, "案号"), "other_number"),
    "othclaim": (lambda: labelled(other_num, "理赔号", "报案号"), "other_number"),
    "othexp": (lambda: labelled(other_num, "快递单号"), "other_number"),
    "othstu": (lambda: labelled(other_num, "学号"), "other_number"),
    "othtrip": (lambda: labelled(other_num, "PNR", "订单号", "火车票号"), "other_number"),
    "devpump": (lambda: labelled(device, "胰岛素泵SN", "胰岛素泵序列号"), "device_identifier"),
    "imei": (lambda: pick([f"86{digits(13)}", f"86 {digits(6)} {digits(6)} {digits(1)}", fw(f"86{digits(13)}")]), "device_identifier"),
    "othreg": (lambda: labelled(other_num, "挂号单号"), "other_number"),
    "othexpv": (lambda: value_of(other_num, "快递单号", "订单号"), "other_number"),
    "liceh": (lambda: labelled(licence, "医师执业证书编码", "护士执业证书编号", "医师资格证书编码", "执业药师注册证号"), "licence_number"),
    "othv": (lambda: other_num()[1], "other_number"),
    # clean fillers
    "city": (lambda: pick(CITIES), None), "prov": (lambda: pick(PROVS), None), "country": (lambda: pick(COUNTRIES), None),
    "dis": (lambda: pick(DISEASES), None), "dept": (lambda: pick(DEPTS), None), "hosp": (lambda: pick(HOSPS), None),
    "brand": (lambda: pick(BRANDS), None), "drug": (lambda: pick(DRUGS), None), "alias": (lambda: pick(ALIASES), None),
    "rel": (lambda: pick(RELS), None), "gene": (lambda: pick(GENES), None), "icd": (lambda: pick(ICDS), None),
    "atc": (lambda: pick(ATCS), None), "trial": (lambda: pick(TRIALS), None), "guide": (lambda: pick(GUIDES), None),
    "epo": (lambda: pick(EPONYMS), None), "job": (lambda: pick(JOBS), None), "age": (age_u90, None),
    "ym": (month_year, None), "year": (year, None), "money": (money, None), "clock": (clock, None), "dose": (dose, None),
    "lab": (lab, None), "cnt": (cnt, None), "n": (lambda: str(R.randint(2, 30)), None),
    "nn": (lambda: num_cn(R.randint(2, 12)), None),
    "dec": (lambda: pick(["五十", "六十", "七十", "八十", "九十", "50", "60", "70", "80", "90"]), None),
    "d": (lambda: str(R.randint(0, 9)), None),
    "titer": (lambda: pick(["80", "160", "320", "640", "1280", "3200"]), None),
    "sign": (lambda: pick(SIGNS), None),
    "old": (lambda: pick(["八十多岁的老母亲", "88岁的外婆", "八十七岁的爷爷", "年近八旬的父亲", "七十多岁的老伴", "85岁的奶奶"]), None),
    "kg": (lambda: f"{R.randint(32, 95)}.{R.randint(0, 9)}", None),
    "bmi": (lambda: f"{R.randint(15, 31)}.{R.randint(0, 9)}", None),
    "adult": (lambda: pick([f"{R.randint(30, 89)}岁", f"{num_cn(R.randint(30, 89))}岁", f"今年{R.randint(40, 89)}"]), None),
    "span": (lambda: (lambda a: f"{a}–{a + R.randint(1, 6)}")(R.randint(2010, 2018)), None),
    "cncity": (lambda: pick(CITIES[:40]), None),
    "dur": (lambda: pick(["5天", "两周", "48小时", "3个月", "半年", "十来天", "一个多月", "72小时", "21天", "6周", "两年半"]), None),
    "course": (lambda: pick(["7轮", "3个疗程", "12次", "两次", "四个周期", "5轮", "六个疗程", "半年多的"]), None),
    "elder": (lambda: pick(["外婆", "老伴", "她的父亲", "爷爷", "他的母亲", "婆婆", "老父亲"]), None),
    "age6089": (lambda: pick([f"{R.randint(60, 89)}岁", f"{num_cn(R.randint(60, 89))}岁", f"{R.randint(60, 89)}周岁"]), None),
    "var": (lambda: pick(["EGFR c.2573T>G（p.L858R）突变", "BRCA1 c.5266dupC胚系突变", "JAK2 c.1849G>T（p.V617F）",
                          "NPM1 c.863_864insTCTG", "MTHFR C677T纯合突变", "HBB c.126_129delCTTT杂合突变",
                          "TP53 c.743G>A（p.R248Q），VAF 38.2%", "IKZF1外显子4–7缺失", "KMT2A::AFF1融合"]), None),
    "body": (lambda: (lambda h, w: f"身高{h} cm，体重{w} kg，BMI {w / (h / 100) ** 2:.1f}。")(R.randint(145, 190), R.randint(38, 95)), None),
    "bp": (lambda: f"{R.randint(95, 175)}/{R.randint(55, 105)} mmHg", None),
    "hr": (lambda: str(R.randint(56, 128)), None),
}

# ---------------------------------------------------------------------------------------------
# templates: (category, template). Kinds come from the placeholders used.
# ---------------------------------------------------------------------------------------------

ID_TEMPLATES = [
    # --- person names -----------------------------------------------------------------------
    ("name_with_role", "患者{cn}，{age}，来自{city}，因反复发热、关节痛就诊。"),
    ("name_sentence_start", "{cn}今年{age}，在当地一所小学教语文。"),
    ("name_sentence_start", "{cn}确诊{dis}那年，儿子刚上初中。"),
    ("name_quote", "{cn}说：“刚确诊那阵子，我整晚整晚睡不着。”"),
    ("name_dialogue_vocative", "“{given}，别怕，我们一起扛过去。”丈夫握着她的手说。"),
    ("name_relative", "陪她来的是表妹{cn}，全程帮忙翻译。"),
    ("name_title", "主管医生{dtname}在查房时告诉家属，各项指标已经稳定。"),
    ("name_title", "{tname}回忆，第一次见到{nick}时，孩子瘦得只剩三十来斤。"),
    ("name_possessive", "{cn}的丈夫每天往返医院两次，风雨无阻。"),
    ("name_nickname", "邻居{nick}听说后，专门送来了自家熬的鸡汤。"),
    ("name_nickname", "{nick}出院那天，病房的护士们都来送行。"),
    ("name_thanks", "感谢{dtname}和{doc}这半年来的照顾！"),
    ("name_list", "同病房的病友有{cn}、{cn2}和{fzh}，大家常常互相打气。"),
    ("name_pinyin", "{py}入组后第二周出现了1级细胞因子释放综合征。"),
    ("name_byline", "撰稿：{cn}；审校：{doc}；翻译：{fzh}"),
    ("name_foreign_zh", "{fzh}来自{country}，{age}，确诊{dis}已有{n}年。"),
    ("name_foreign_latin", "{flat}在邮件里写道，她最担心的是女儿的学业。"),
    ("name_foreign_zh", "翻译{fzh}陪同{fzh}完成了术前谈话。"),
    ("name_word_name", "{wname}今年刚满{age}，是家里的顶梁柱。"),
    ("name_word_name", "{wname}坚持每天记日记，住院期间一共写了三本。"),
    ("name_message_self", "我叫{cn}，想咨询一下CAR-T治疗的大概费用。"),
    ("name_message_relative", "您好，我是{fzh}的女儿，我母亲去年在贵院做过检查。"),
    ("name_caption", "图：{cn}（左）与主治医生{doc}（右）在出院前合影。"),
    ("name_title", "{tname}一边削苹果一边说，她已经三个月没回家了。"),
    ("name_before_verb", "{py}恢复得很好，已经能下地走路了。"),
    ("name_given_only", "小儿子{given}在视频里喊：“妈妈快回家！”"),
    ("name_dialogue_vocative", "“{dtname}，我这个药还要吃多久？”"),
    ("name_couple", "{cn}、{cn2}夫妇带着孩子从{city}赶来。"),
    ("name_nickname", "{nick}爱画画，住院期间画了二十多张。"),
    ("name_possessive", "{fzh}的妻子{fzh}负责记录每天的体温和出入量。"),
    ("name_reported", "据{cn}回忆，最早的症状是手指遇冷发白、发紫。"),
    ("name_nickname", "我们把这个好消息告诉了{nick}，她笑得合不拢嘴。"),
    ("name_given_only", "护士{given}每天早上七点准时来抽血。"),
    ("name_foreign_latin", "{flat}和丈夫商量后，决定来中国治疗。"),
    ("name_signature", "签名：{cn}"),
    ("name_signature", "留言人：{flat}"),
    ("name_relative", "家属{cn}代为填写了这份随访问卷。"),
    ("name_from_place", "来自{prov}的{cn}，在当地辗转了四家医院。"),
    ("name_nickname", "病友群里大家都叫她“{nick}”。"),
    ("name_before_verb", "{cn}握着{dtname}的手，半天说不出话来。"),
    ("name_quote_speaker", "“现在能自己爬楼梯了。”{fzh}笑着说。"),
    ("name_caps", "{cnup}（患者本人）同意公开这段经历。"),
    ("name_dialogue_colon", "{nick}：“医生说我可以回家过年了！”"),
    ("name_foreign_latin", "与{flat}同行的还有她的哥哥，他负责和医院沟通。"),
    ("name_teacher", "{sur}老师是{nick}的班主任，特意组织全班同学录了视频。"),
    ("name_sentence_start", "{given}一直想当护士，这次住院让她更坚定了。"),
    ("name_doctor_quote", "{doc}解释说：“这位患者入院时全身水肿，蛋白尿很明显。”"),
    ("name_pinyin_paren", "{cnpy}于第3天转入普通病房。"),
    ("name_list_foreign", "参与会诊的有{doc}、{doc}和{flat}三位专家。"),
    ("name_message_relative", "我是{cn}的爸爸，孩子的复查结果出来了吗？"),
    ("name_before_verb", "{fzh}想尽快回{country}，但又担心复发。"),
    ("name_nickname_before_verb", "{nick}吃完早饭就开始背单词。"),
    ("name_email_sign", "此致 敬礼！{flat}"),
    ("name_lowercase_mix", "ps：我是{py}，上周留过言的那位。"),
    ("name_word_name", "病友{wname}比她早两个月回输，现在已经上班了。"),
    # --- street addresses ---------------------------------------------------------------------
    ("address_cn_home", "家住{addr}的{cn}，从发病到确诊用了整整两年。"),
    ("address_cn_mail", "请将复查资料寄到{addr}，收件人{cn}。"),
    ("address_cn_label", "地址：{addr}"),
    ("address_after_label", "{addr}（家庭住址）"),
    ("address_foreign", "患者现居{faddr}，每半年回国复查一次。"),
    ("address_village", "老人住在{village}，离最近的卫生院有二十多公里山路。"),
    ("address_foreign_msg", "我家在{faddr}，离机场不远，寄药请寄这里。"),
    ("address_cn_moved", "住址已变更为：{addr}；原地址不再使用。"),
    ("address_foreign_label", "Address：{faddr}"),
    ("address_temp_stay", "出院后母女俩暂住在{addr}，方便每周回来复查。"),
    ("address_timeline", "{dshort} 搬到{addr}，开始居家康复。"),
    ("address_dialogue", "“就在{addr}，您到了给我打电话。”"),
    # --- postal codes -------------------------------------------------------------------------
    ("postal_cn_label", "邮编：{pccn}"),
    ("postal_with_address", "{addr}，邮政编码{pccn}"),
    ("postal_foreign", "她在国外住处的邮编是{pcf}，快递单上写错了一位。"),
    ("postal_after_value", "{pc}（邮编）"),
    ("postal_en_label", "ZIP/Postal Code: {pcf}"),
    ("postal_foreign_address", "{faddr}，{pcf}"),
    ("postal_msg", "麻烦把发票寄给我，邮编{pccn}，地址我私信发您。"),
    ("postal_form", "表格里邮编一栏填的是{pc}，其余信息已核对。"),
    ("postal_abbrev", "PC {pccn}，收件人{rel}。"),
    # --- geolocation --------------------------------------------------------------------------
    ("geo_shared_location", "定位显示：{geo}，救护车按这个位置找到了牧场。"),
    ("geo_label", "坐标：{geo}"),
    ("geo_exif", "这张照片的EXIF里带着拍摄坐标（{geo}）。"),
    ("geo_msg", "我家没有门牌号，发个位置给您：{geo}"),
    ("geo_after", "{geo}——这是她每天去放羊的地方。"),
    ("geo_timeline", "{dshort} 在{geo}附近突发抽搐，当地急救转运。"),
    ("geo_gps", "GPS记录：{geo}，停留约两小时。"),
    ("geo_caption", "图：患者家乡的草场（{geo}）"),
    # --- exact dates --------------------------------------------------------------------------
    ("date_timeline", "{date}，患者在当地医院首次查出血小板减少。"),
    ("date_admission", "患者于{date}接受CAR-T细胞回输，过程顺利。"),
    ("date_label", "出院日期：{date}"),
    ("date_followup", "复查定在{date}上午，请空腹前来。"),
    ("date_short_timeline", "{dshort} 拔除引流管，体温正常。"),
    ("date_msg", "我是{date}挂的号，到现在还没收到结果。"),
    ("date_holiday", "{date}那天，她在病房里吃上了护士们包的饺子。"),
    ("date_visa", "签证{date}到期，必须在这之前回国。"),
    ("date_until", "截至{date}，随访已满一年，未见复发。"),
    ("date_caption", "照片摄于{date}，{city}。"),
    ("date_quote", "“我永远记得{date}，那天医生说指标全部正常了。”"),
    ("date_paren", "第二次住院（{date}—{date}）主要是调整免疫抑制剂。"),
    # --- dates of birth -----------------------------------------------------------------------
    ("dob_label", "出生日期：{dob}"),
    ("dob_with_name", "{cn}，女，生于{dob}，{dis}病史8年。"),
    ("dob_en_label", "DOB：{dob}"),
    ("dob_sentence", "他是{dob}出生的，去年刚退休。"),
    ("dob_paren", "患儿（{dob}出生）由奶奶陪同入院。"),
    ("dob_child", "孩子的生日是{dob}，正好是回输后第一个生日。"),
    ("dob_form", "表格里“出生日期”一栏填的是{dob}，和护照一致。"),
    ("dob_foreign_record", "俄文病历上写的出生日期是{dob}。"),
    ("dob_foreign_name", "出生于{dob}的{fzh}是家中长女。"),
    ("dob_lunar_msg", "我奶奶是{dob}生的，身份证上的日子不对。"),
    # --- ages over 89 -------------------------------------------------------------------------
    ("age90_relative", "{age90p}的老母亲一直在家里等她的消息。"),
    ("age90_xusui", "老人虚岁{age90cn}了，还天天下楼遛弯。"),
    ("age90_english", "英文稿里写的是“a {age90en} grandmother”，中文版改成了“高龄老人”。"),
    ("age90_header", "患者男，{age90}，因乏力、纳差入院。"),
    ("age90_sentence", "老人今年{age90}，耳不聋眼不花。"),
    ("age90_obit", "外公享年{age90}，走得很安详。"),
    ("age90_label", "年龄：{age90}"),
    ("age90_quote", "“我都{age90}了，还怕什么手术？”老人笑着说。"),
    ("age90_after", "她的外婆（{age90p}）也专门打来视频电话。"),
    ("age90_fact", "{age90}的爷爷坚持要陪她来北京。"),
    ("age90_msg", "我父亲{age90}，还能做这个检查吗？"),
    # --- phone numbers ------------------------------------------------------------------------
    ("phone_label", "联系电话：{phone}"),
    ("phone_after_relation", "{phone}（{rel}）"),
    ("phone_msg", "有事请打我手机{phone}，白天晚上都可以。"),
    ("phone_two", "家属电话{phone}，患者本人电话{mobile}。"),
    ("phone_fax", "传真：{tel}"),
    ("phone_foreign_msg", "请回电{fphone}，我这边和北京有时差。"),
    ("phone_fax_instruction", "如需补交材料，可传真至{tel}，注明{cn}。"),
    ("phone_name", "{cn} 手机：{phone}"),
    ("phone_fallback", "电话打不通的话，就打她女儿的{phone}。"),
    ("phone_wechat_same", "{mobile}（微信同号）"),
    ("phone_tel_abbrev", "Tel: {fphone}"),
    # --- email --------------------------------------------------------------------------------
    ("email_label", "邮箱：{email}"),
    ("email_msg", "请把报告发到我邮箱{email}，谢谢！"),
    ("email_after", "{email}（每天都会看）"),
    ("email_en_label", "E-mail: {email}"),
    ("email_two", "检查结果已抄送{email}和{email}。"),
    ("email_name_typo", "{cn}的邮箱{email}填错了一个字母，已更正。"),
    ("email_contact", "联系方式：电话{phone}，邮箱{email}"),
    ("email_foreign", "{flat}留下的邮箱是{email}。"),
    ("email_dialogue", "“你记一下，我的邮箱是{email}。”"),
    # --- web addresses ------------------------------------------------------------------------
    ("web_blog", "她在个人博客{url}上记录了整个治疗过程。"),
    ("web_fundraise", "众筹链接：{url}"),
    ("web_video", "点开{url}可以看到他出院那天的视频。"),
    ("web_after", "{url}（我儿子帮我做的网页）"),
    ("web_homepage", "个人主页：{url}"),
    ("web_msg", "我把病历照片都传到这里了：{url}，麻烦医生看看。"),
    ("web_link_label", "Link: {url}"),
    ("web_name", "{cn}的康复日记：{url}"),
    # --- ip addresses -------------------------------------------------------------------------
    ("ip_form_log", "留言提交IP：{ip}"),
    ("ip_backend", "后台显示这条留言来自{ipv4}，同一天提交了三次。"),
    ("ip_login", "登录记录：{ip}（{city}）"),
    ("ip_v6", "IPv6地址{ipv6}多次访问了患者的随访页面。"),
    ("ip_remote", "远程会诊那天她家的公网地址是{ipv4}，画面一直卡顿。"),
    ("ip_device", "路由器给血糖仪分配的地址是{ip}。"),
    ("ip_after", "{ip}——这个地址提交的表单里带着患者的姓名。"),
    ("ip_abbrev", "来源IP {ip}，浏览器Chrome 120。"),
    # --- social accounts ----------------------------------------------------------------------
    ("social_wechat_label", "微信号：{wx}"),
    ("social_wechat_msg", "加我微信{wx}，备注“病友”就行。"),
    ("social_qq", "QQ：{qq}"),
    ("social_douyin", "她的抖音号是{dy}，每天更新康复日记。"),
    ("social_xhs", "小红书号{xhs}，搜这个就能找到我。"),
    ("social_weibo", "微博@{handle}，欢迎病友私信交流。"),
    ("social_instagram", "Instagram：@{handle}"),
    ("social_telegram", "Telegram @{handle}，我用俄语回复。"),
    ("social_line", "LINE ID：{handle}"),
    ("social_x", "她在X（推特）上的账号是@{handle}。"),
    ("social_qq_after", "{qq}（QQ，晚上在线）"),
    ("social_wechat_name", "{cn}的微信是{wx}，有问题直接找她。"),
    ("social_wechat_en", "WeChat ID: {wx}"),
    ("social_qq_group", "病友QQ群{qq}，入群请写明诊断。"),
    # --- resident ids -------------------------------------------------------------------------
    ("rid_label", "身份证号：{rid}"),
    ("rid_with_name", "{cn}，身份证{rid}，已完成实名建档。"),
    ("rid_formal", "公民身份号码 {rid}"),
    ("rid_after", "{rid}（身份证）"),
    ("rid_msg", "我的身份证号码是{rid}，请帮我查一下预约。"),
    ("rid_verify", "请核对：姓名{cn}，证件号{rid}。"),
    ("rid_system", "挂号时输入了身份证号{rid18}，系统提示已存在档案。"),
    ("rid_id_label", "ID：{rid18}"),
    ("rid_relative", "{rel}的身份证号是{rid}，医保在老家。"),
    # --- national ids -------------------------------------------------------------------------
    ("national_id_label", "{nid}"),
    ("national_id_with_name", "{flat}，{nid}，已提交医保核验。"),
    ("national_id_after", "{nidv}（个人识别号）"),
    ("national_id_msg", "我的身份号码是{nidv}，护照还在办理中。"),
    ("national_id_form", "入院登记表：{fzh}，{nid}。"),
    ("national_id_translate", "翻译核对了患者证件上的{nid}，与病历一致。"),
    ("national_id_relative", "她丈夫的{nid}，需要一并提交。"),
    ("national_id_dialogue", "“号码是{nidv}，您再核对一下。”"),
    # --- passports ----------------------------------------------------------------------------
    ("passport_label", "护照号：{pp}"),
    ("passport_with_name", "{flat}，护照号{pp}，{country}籍。"),
    ("passport_en", "Passport No. {pp}"),
    ("passport_after", "{pp}（护照）"),
    ("passport_admission", "办理入院用的是护照，号码是{pp}。"),
    ("passport_old_new", "新护照{pp}，旧护照{pp}已作废。"),
    ("passport_msg", "我的护照号是{pp}，请帮我开具就医邀请函。"),
    ("passport_form", "证件类型：护照；证件号码：{pp}"),
    ("passport_foreign_zh", "{fzh}持{country}护照（{pp}）入境。"),
    # --- medical record numbers ---------------------------------------------------------------
    ("mrn_label", "住院号：{mrn}"),
    ("mrn_case_no", "病案号{mrn}，{dis}，第三次住院。"),
    ("mrn_outpatient", "门诊号 {mz}"),
    ("mrn_paren", "（ID号：{mrn}）"),
    ("mrn_after", "{mrn}（住院号）"),
    ("mrn_msg", "我女儿的病历号是{mrn}，麻烦帮忙查一下。"),
    ("mrn_en", "MRN {mrn}"),
    ("mrn_two", "两次住院的住院号分别是{mrn}和{mrn}。"),
    ("mrn_name", "{cn}（住院号{mrn}）于{dshort}入院。"),
    ("mrn_registration", "登记号{mz}的患者请到{dept}护士站。"),
    # --- health plan numbers ------------------------------------------------------------------
    ("health_plan_label", "医保卡号：{hp}"),
    ("health_plan_social", "社保卡号{hp}，参保地{cncity}。"),
    ("health_plan_rural", "新农合证号 {hp}"),
    ("health_plan_policy", "商业医疗险保单号{hp}，理赔材料已寄出。"),
    ("health_plan_member", "国际保险会员号（Member ID）：{hp}"),
    ("health_plan_after", "{hp}（医保卡）"),
    ("health_plan_transfer", "异地就医备案时填的医保个人编号是{hp}。"),
    ("health_plan_oms", "俄罗斯OMS医疗保险单号{hp}，在国内不能直接结算。"),
    ("health_plan_msg", "我的保险卡号是{hp}，请问能直付吗？"),
    # --- account numbers ----------------------------------------------------------------------
    ("account_card_label", "银行卡号：{card}"),
    ("account_donation", "捐款可转入{card}，户名{cn}。"),
    ("account_iban", "IBAN：{iban}"),
    ("account_alipay", "支付宝账户{acct}，转账请备注“治疗费”。"),
    ("account_after", "{card}（工商银行）"),
    ("account_ru", "卢布汇款请转到{acct}，开户行为俄罗斯储蓄银行。"),
    ("account_refund", "退款请退回原支付账户{acct}。"),
    ("account_receiver", "收款账号：{card}，开户行：中国银行{city}分行"),
    ("account_dialogue", "“卡号是{card}，您记一下。”"),
    # --- licence numbers ----------------------------------------------------------------------
    ("licence_label", "{lic}"),
    ("licence_doctor", "执业证号{licv}（{dtname}）"),
    ("licence_name", "{doc}，{liceh}，注册地点为本院。"),
    ("licence_after", "{licv}（执业证书）"),
    ("licence_driver", "陪同家属的驾驶证档案编号{licv}，用于办理停车证。"),
    ("licence_msg", "我是护士，证书编号{licv}，想咨询进修事宜。"),
    ("licence_foreign", "{flat}的执照号码是{licv}，需要公证后使用。"),
    ("licence_check", "经核对，{lic}，有效期内。"),
    # --- vehicle identifiers ------------------------------------------------------------------
    ("vehicle_plate_label", "车牌号：{plate}"),
    ("vehicle_plate_car", "家属开的是一辆{plate}的白色SUV。"),
    ("vehicle_vin", "VIN：{vin}"),
    ("vehicle_vin_zh", "车架号{vin}，事故鉴定报告已附。"),
    ("vehicle_parking", "停车登记：{plate}，{clock}入场。"),
    ("vehicle_after", "{veh}（患者丈夫的车）"),
    ("vehicle_msg", "我开车过来，车牌{plate}，能进医院停车场吗？"),
    ("vehicle_accident", "车祸当天撞到她的是一辆{plate}的货车。"),
    ("vehicle_caption", "图：{nick}一家开着{plate}从{city}一路开过来。"),
    # --- device identifiers -------------------------------------------------------------------
    ("device_label", "{dev}"),
    ("device_pacemaker", "起搏器植入记录：型号已登记，序列号{devv}。"),
    ("device_after", "{devv}（设备序列号）"),
    ("device_msg", "我的胰岛素泵报警了，序列号是{devv}。"),
    ("device_name", "{cn}的{dev}，已在随访系统登记。"),
    ("device_recall", "厂家召回通知里包括序列号为{devv}的植入物。"),
    ("device_phone_imei", "手机串号{imei}，已挂失。"),
    ("device_timeline", "{dshort} 更换胰岛素泵，{devpump}。"),
    # --- other numbers ------------------------------------------------------------------------
    ("other_label", "{oth}"),
    ("other_court", "医疗纠纷已经起诉，{othcourt}。"),
    ("other_after", "{othexpv}（{rel}寄药的单号）"),
    ("other_msg", "药寄出来了吗？我查了{othexp}，一直没有更新。"),
    ("other_student", "{nick}的{othstu}，学校要求提交病假证明。"),
    ("other_claim", "保险公司给的{othclaim}，请医生在诊断书上注明。"),
    ("other_travel", "回程机票已订好，{othtrip}。"),
    ("other_name", "{cn}，{oth}，请到窗口领取材料。"),
    # --- more shapes for the smaller kinds -------------------------------------------------------
    ("geo_dialogue", "“我在{geo}这儿，山路进不来，你们往北开。”"),
    ("geo_list", "两次发病的地点分别是{geo}和{geo}。"),
    ("ip_list", "同一账号先后从{ip}和{ip}登录。"),
    ("ip_name", "{cn}的留言来自{ipv4}，IP属地显示为{prov}。"),
    ("web_paren", "（视频链接：{url}）"),
    ("web_dialogue", "“你看这个{url}，是我女儿写的。”"),
    ("licence_en", "Medical licence {licv}, valid until 2026."),
    ("licence_paren", "（{lic}）"),
    ("other_paren", "请附上挂号凭条（{othreg}）的复印件。"),
    ("other_dialogue", "“单号是{othv}，你帮我查查到哪儿了。”"),
    ("device_dialogue", "“机器背面写着{devv}，是这个吗？”"),
    ("account_list", "两张卡{card}和{card}都可以收款。"),
    ("national_id_paren", "{fzh}（{nid}）"),
    ("postal_dialogue", "“邮编是{pc}，别写成我们县城的了。”"),
    # --- mixed multi-identifier rows ----------------------------------------------------------
    ("multi_contact_card", "联系人：{cn}；电话：{phone}；邮箱：{email}"),
    ("multi_admission", "{fzh}，护照{pp}，住院号{mrn}，{date}入院。"),
    ("multi_form", "姓名：{cn}　出生日期：{dob}　身份证：{rid}"),
    ("multi_mail", "寄件信息：{cn}，{phone}，{addr}"),
    ("multi_insurance", "{flat}，会员号{hp}，保单联系人电话{fphone}。"),
    ("multi_old_patient", "{cn}（{age90}）于{date}出院，住院号{mrn}。"),
    ("multi_social", "{nick}的抖音号{dy}、微信{wx}都可以联系到她。"),
    ("multi_device_name", "{doc}为{cn}植入了起搏器（{devv}）。"),
    ("multi_vehicle_date", "{date}，{cn}驾驶{plate}在高速上发生事故。"),
    ("multi_msg_full", "我是{flat}，{nid}，电话{fphone}，想预约门诊。"),
]

CLEAN_TEMPLATES = [
    ("clean_dose", "出院带药：{dose}。"),
    ("clean_dose", "目前用药：{dose}，{dose}。"),
    ("clean_dose", "回输前给予{dose}预处理。"),
    ("clean_lab", "入院时{lab}，{lab}。"),
    ("clean_lab", "回输后第28天复查{lab}，较前明显好转。"),
    ("clean_lab_range", "血小板参考范围125–350×10^9/L，她入院时只有{n}。"),
    ("clean_lab_range", "补体C3 0.{d}{d} g/L（参考值0.9–1.8 g/L），补体C4 0.0{d} g/L。"),
    ("clean_bp", "血压{bp}，心率{hr}次/分。"),
    ("clean_bp", "居家自测血压{bp}，早晚各一次。"),
    ("clean_bp", "入院时血压165/102 mmHg，经降压治疗后降至128/76 mmHg。"),
    ("clean_score", "SLEDAI-2K评分从{n}分降到2分。"),
    ("clean_score", "ECOG评分1分，NYHA心功能Ⅱ级。"),
    ("clean_score", "回输后出现{nn}天发热，CRS最高1级，ICANS 0级。"),
    ("clean_ratio", "ANA 1:{titer}，抗Sm抗体阳性。"),
    ("clean_time", "每天{clock}查房，{clock}开始输液。"),
    ("clean_time", "探视时间为每天{clock}至{clock}。"),
    ("clean_duration", "发热持续了{dur}，体温最高39.{d}℃。"),
    ("clean_duration", "从确诊到回输，一共用了{dur}。"),
    ("clean_count", "此前她已经接受了{course}生物制剂治疗，效果都不理想。"),
    ("clean_gene", "基因检测提示{gene}阳性，{gene}阴性。"),
    ("clean_gene", "{gene}突变患者对该方案的反应较差。"),
    ("clean_variant", "二代测序检出{var}。"),
    ("clean_variant", "检出TP53基因c.215C>G（p.Pro72Arg）多态性。"),
    ("clean_variant", "HLA分型：HLA-A*02:01，HLA-B*46:01，HLA-DRB1*09:01。"),
    ("clean_trial", "该研究已在临床试验注册平台登记（{trial}）。"),
    ("clean_trial", "她入组的是{trial}研究的剂量扩展队列。"),
    ("clean_icd", "出院诊断：{dis}（ICD-10 {icd}）。"),
    ("clean_icd", "编码{icd}对应的诊断已录入首页。"),
    ("clean_atc", "药品ATC编码{atc}，属于选择性免疫抑制剂。"),
    ("clean_guideline", "诊断符合{guide}。"),
    ("clean_guideline", "治疗方案参考了{guide}。"),
    ("clean_month_year", "{ym}，她开始出现面部红斑和口腔溃疡。"),
    ("clean_month_year", "{ym}在{hosp}确诊{dis}。"),
    ("clean_month_year", "同年{nn}月开始在当地医院治疗。"),
    ("clean_year", "{year}年以后，她几乎每个月都要住院。"),
    ("clean_year", "这项技术在{year}年获批上市。"),
    ("clean_decade", "上世纪{dec}年代，这种病几乎没有有效的治疗办法。"),
    ("clean_decade", "她是90年代出生的，和很多同龄人一样怕打针。"),
    ("clean_age", "{alias}，{age}，{dis}病史{n}年。"),
    ("clean_age", "{elder}今年{age6089}，身体还算硬朗。"),
    ("clean_age", "{age}发病，{age}确诊，病程漫长。"),
    ("clean_money", "前后花了{money}，大部分是自费。"),
    ("clean_money", "医保报销后个人自付{money}。"),
    ("clean_ward", "她住在{dept}病房，窗外能看到医院的花园。"),
    ("clean_ward", "回输在细胞治疗病区层流病房完成。"),
    ("clean_ward", "住院部十二楼的走廊尽头是家属休息区。"),
    ("clean_place", "{alias}从{city}出发，经{city}转机来到北京。"),
    ("clean_place", "来自{country}的患者越来越多。"),
    ("clean_place", "{prov}的冬天很冷，她的雷诺现象每年冬天都会加重。"),
    ("clean_place", "IP属地：{prov}"),
    ("clean_department", "{dept}和{dept}联合会诊后调整了方案。"),
    ("clean_hospital", "在{hosp}治疗{nn}年后，她转到了我院。"),
    ("clean_hospital", "{hosp}的专家也参与了这次远程会诊。"),
    ("clean_brand", "曾使用{brand}，疗效不佳。"),
    ("clean_brand", "{brand}已经纳入医保，价格降了不少。"),
    ("clean_eponym", "既往有{epo}病史。"),
    ("clean_eponym", "查体：{sign}，其余无特殊。"),
    ("clean_alias", "{alias}说：“我终于可以像正常人一样生活了。”"),
    ("clean_alias", "{alias}的丈夫一直陪在身边。"),
    ("clean_alias", "{alias}入院时全身水肿，大量蛋白尿。"),
    ("clean_relation", "{rel}每天从家里送饭过来。"),
    ("clean_relation", "为了给她治病，{rel}辞掉了工作。"),
    ("clean_surname_word", "高血压病史{n}年，规律服药。"),
    ("clean_surname_word", "白细胞计数偏低，暂缓化疗。"),
    ("clean_surname_word", "黄疸逐渐消退，皮肤巩膜不黄。"),
    ("clean_surname_word", "于是医生建议她尽快转诊。"),
    ("clean_surname_word", "方案调整后，常规复查每{nn}周一次。"),
    ("clean_surname_word", "石膏固定六周后拆除。"),
    ("clean_surname_word", "体内有金属植入物，不能做磁共振。"),
    ("clean_surname_word", "如有任何不适，请及时告知医护人员。"),
    ("clean_surname_word", "每隔两个钟头翻一次身，防止压疮。"),
    ("clean_surname_word", "门诊高峰期一般在上午九点到十一点。"),
    ("clean_surname_word", "她安然度过了回输后最危险的两周。"),
    ("clean_surname_word", "向阳的病房比较暖和，适合怕冷的患者。"),
    ("clean_surname_word", "那年夏天，她第一次在海边晒了太阳。"),
    ("clean_surname_word", "叶酸每日5 mg，连服三个月。"),
    ("clean_surname_word", "雷帕霉素血药浓度维持在5–15 ng/mL。"),
    ("clean_surname_word", "曾经的她连走路都需要人扶。"),
    ("clean_surname_word", "马上就要过年了，她只想早点回家。"),
    ("clean_surname_word", "严重感染时需暂停免疫抑制剂。"),
    ("clean_surname_word", "陆续有病友打来电话询问治疗情况。"),
    ("clean_surname_word", "万一出现高热，应立即返院。"),
    ("clean_surname_word", "戴口罩、勤洗手，避免去人多的地方。"),
    ("clean_surname_word", "文静的小姑娘第一次在病房里笑出了声。"),
    ("clean_surname_word", "孙辈们都盼着奶奶早点出院。"),
    ("clean_surname_word", "毛发脱落是化疗常见的副作用。"),
    ("clean_caps_start", "CAR-T细胞能穿透组织屏障，在组织中广泛分布。"),
    ("clean_caps_start", "PET-CT显示SUVmax {d}.{d}，较前下降。"),
    ("clean_caps_start", "MRD阴性，骨髓形态学完全缓解。"),
    ("clean_caps_start", "CD4+/CD8+比值1.{d}{d}，淋巴细胞亚群恢复中。"),
    ("clean_book_title", "她最喜欢的书是《活着》，住院时又读了一遍。"),
    ("clean_book_title", "科室推荐家属阅读《狼疮患者居家护理手册》。"),
    ("clean_job_title", "{job}每周两次到病房随访。"),
    ("clean_job_title", "我院{dept}{job}介绍了这项治疗的原理。"),
    ("clean_emergency", "凌晨突然抽搐，家人立即拨打了120。"),
    ("clean_dimension", "肿块大小约{d}.{d} cm×{d}.{d} cm，边界清楚。"),
    ("clean_vitals", "体温3{d}.{d}℃，脉搏{hr}次/分，SpO₂ 9{d}%。"),
    ("clean_body", "{body}"),
    ("clean_cell_dose", "回输CAR-T细胞剂量为1.0×10^6/kg。"),
    ("clean_relative_day", "回输后第{n}天体温恢复正常。"),
    ("clean_relative_day", "术后第{nn}天下床活动。"),
    ("clean_fraction", "约2/3的患者在{dur}内达到缓解。"),
    ("clean_percent", "总体缓解率为{n}%，一年无进展生存率约{n}%。"),
    ("clean_schedule", "每{nn}周复查一次血常规、尿常规和补体。"),
    ("clean_unit_number", "第{n}批次细胞检测合格后放行。"),
    ("clean_holiday_no_year", "春节前后是门诊最忙的时候。"),
    ("clean_holiday_no_year", "每年中秋节，病房都会给住院患者发月饼。"),
    ("clean_age_phrase", "{old}也学会了用手机视频。"),
    ("clean_age_phrase", "她{age}那年第一次发病。"),
    ("clean_month_only", "{nn}月中旬复查，结果仍然正常。"),
    ("clean_weekday", "每周三下午是风湿免疫科专家门诊。"),
    ("clean_version", "随访系统升级到3.{n}版后，问卷可以用俄语填写。"),
    ("clean_range_years", "{span}年间，共有{n}名国际患者接受了该治疗。"),
    ("clean_message", "您好，请问CAR-T治疗需要提前多久预约？"),
    ("clean_message", "我母亲{adult}，有{dis}，想来贵院看看。"),
    ("clean_message", "请问需要带哪些检查资料？我们在{city}。"),
    ("clean_caption", "图：{alias}在出院前与医护团队合影。"),
    ("clean_caption", "图：{dept}医护团队讨论病例。"),
    ("clean_doctor_quote", "医生解释说：“传统治疗和生物治疗对她都已经无效。”"),
    ("clean_quote", "“七年来，我每个月都要去医院开药、抽血。”{alias}说。"),
    ("clean_timeline_month", "{ym}：开始激素联合免疫抑制剂治疗。"),
    ("clean_timeline_month", "{ym} 出现狼疮脑病，行开颅手术。"),
    ("clean_dose_ratio", "CAR-T细胞与靶细胞比例为{n}:1时杀伤效率最高。"),
    ("clean_code_like", "采用{gene}靶向的第二代CAR结构（4-1BB共刺激域）。"),
    ("clean_lab_units", "血沉{n} mm/h，降钙素原0.{d}{d} ng/mL。"),
    ("clean_volume", "每日尿量约{n}00 mL，出入量基本平衡。"),
]

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render(template):
    kinds = set()

    def sub(m):
        text, kind = fill_value(m.group(1))
        if kind:
            kinds.add(kind)
        return text

    sentence = PLACEHOLDER.sub(sub, template)
    return sentence, kinds


def generate():
    rows, seen = [], set()

    def add(category, sentence, kinds):
        if "\t" in sentence or "\n" in sentence or sentence in seen:
            return False
        seen.add(sentence)
        rows.append((category, ",".join(sorted(kinds)) if kinds else "-", sentence))
        return True

    per_template_id = {}
    for cat, tpl in ID_TEMPLATES:
        kinds_of_tpl = {GEN[p][1] for p in PLACEHOLDER.findall(tpl)} - {None}
        target = 5
        if cat == "name_signature":
            target = 3
        made, tries = 0, 0
        while made < target and tries < 200:
            tries += 1
            s, k = render(tpl)
            if add(cat, s, k):
                made += 1
        per_template_id[tpl] = made

    static_clean = [(c, t) for c, t in CLEAN_TEMPLATES if not PLACEHOLDER.search(t)]
    dynamic_clean = [(c, t) for c, t in CLEAN_TEMPLATES if PLACEHOLDER.search(t)]
    for cat, tpl in static_clean:
        add(cat, tpl, set())
    clean_target = 1080
    n_clean = len(static_clean)
    i, stall = 0, 0
    while n_clean < clean_target and stall < 5000:
        cat, tpl = dynamic_clean[i % len(dynamic_clean)]
        i += 1
        s, k = render(tpl)
        assert not k, (tpl, k)
        if add(cat, s, set()):
            n_clean += 1
            stall = 0
        else:
            stall += 1
    return rows


def main():
    rows = generate()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    n_id = sum(1 for r in rows if r[1] != "-")
    print(f"wrote {len(rows)} rows ({n_id} with identifiers, {len(rows) - n_id} clean) to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
