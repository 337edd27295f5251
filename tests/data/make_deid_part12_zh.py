"""Held-out de-identification corpus, part 12 (Simplified Chinese).

Running this file writes ``deid_generated_zh_heldout12.tsv`` next to it: one
sentence per row, with the kinds of identifying detail a careful reader would
find in it (``-`` for a clean sentence).  The sentences read like the things
editors, translators, patients and clinicians really write for the hospital's
Chinese case pages: story paragraphs, patients' messages, clinicians' quotes,
photo captions and timeline entries.

This part was written without reading the scanner or its earlier test data,
so that its figures are an honest, blind measure.  About one identifying
sentence in five is in a harder but still realistic form (full-width digits,
Chinese numerals, names that are also ordinary words, pinyin in capitals or
lowercase, mixed scripts, labels after the value).  Clean sentences are the
ones a scanner could wrongly flag: doses, lab values and reference ranges,
trial registry numbers, gene variants, month-and-year dates, ages under 90,
cities, hospitals, eponymous diseases and medical words that begin with a
character that is also a family name.

Standard library only, deterministic (fixed seed), Python 3.11:

    python tests/data/make_deid_part12_zh.py
"""

from __future__ import annotations

import random
from pathlib import Path

SEED = 120_731_12
rng = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "deid_generated_zh_heldout12.tsv"


def pick(seq):
    return rng.choice(seq)


def digits(n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def letters(n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def fw(s: str) -> str:
    """Full-width form of ASCII letters, digits and common punctuation."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def fw_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


CN_D = "零一二三四五六七八九"


def cn_spell(s: str, yao: bool = True) -> str:
    """Digits read out one by one, as people dictate phone numbers."""
    res = []
    for c in s:
        if c.isdigit():
            res.append("幺" if (yao and c == "1") else CN_D[int(c)])
        else:
            res.append(c)
    return "".join(res)


def cn_year(y: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    """1..99 in Chinese numerals."""
    if n < 10:
        return CN_D[n]
    if n < 20:
        return "十" + (CN_D[n % 10] if n % 10 else "")
    return CN_D[n // 10] + "十" + (CN_D[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- names

SUR1 = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SUR2 = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐", "尉迟", "公孙", "端木", "夏侯", "司徒", "长孙", "宇文"]
SUR_RARE = list("禤佘亓蒯訾笪逯冼仉鞠晏麦植敖缪郜昝琚")
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉玲兰婷雪琳晨浩宇轩梓涵欣怡睿博思佳嘉俊昊然诗雨晴瑶晓建志文春秋梅凤云海波宏亮斌峰颖慧倩月菲璐悦彤航楠凯鑫琪蕾薇岚骁翔"
)
# full names that are also ordinary words
WORD_FULL = ["高峰", "田野", "林海", "白雪", "夏雨", "方圆", "安宁", "向阳", "石磊", "江涛", "常青", "于洋", "高飞", "金山", "叶青", "黎明", "万里", "江山", "海洋", "温暖"]
# given names used alone that are also words
WORD_GIVEN = ["海燕", "春花", "建国", "国庆", "平安", "文静", "美丽", "永红", "卫东", "红梅", "秀英", "桂芳", "志强", "胜利", "建军", "和平", "爱华", "晓燕", "利民", "幸福", "光明", "春雷"]
NICK_DOUBLE = ["乐乐", "豆豆", "朵朵", "圆圆", "贝贝", "妞妞", "果果", "糖糖", "壮壮", "笑笑", "天天", "多多"]
TITLES_F = ["女士", "阿姨", "奶奶", "大妈", "姐", "老师", "婆婆", "嫂子"]
TITLES_M = ["先生", "叔叔", "爷爷", "大爷", "哥", "师傅", "老师", "伯"]
TITLES_DOC = ["医生", "主任", "教授", "护士", "护士长", "大夫", "医师", "主任医师"]

PY_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan", "Ouyang", "Sima", "Zhuge", "Qin", "Qiu", "Xue", "Yan", "Duan"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "hua", "yu", "hong", "peng", "hui", "ling", "lan", "ting", "xue", "lin", "chen", "hao", "xuan", "zi", "han", "xin", "yi", "rui", "bo", "si", "jia", "ran", "shi", "qing", "yao", "xiao", "jian", "guo", "zhi", "wen", "chun", "qiu", "mei", "feng", "yun", "hai", "liang", "shan", "meng", "yue", "tong", "kai", "qi"]

TRANSLIT = [
    ("安娜", "彼得罗娃"), ("谢尔盖", "伊万诺夫"), ("奥尔加", "斯米尔诺娃"), ("德米特里", "波波夫"), ("娜塔莉亚", "库兹涅佐娃"),
    ("阿依达娜", "努尔兰"), ("叶尔兰", "卡塞诺夫"), ("阿谢尔", "托克塔罗娃"), ("努尔苏丹", "别克穆拉托夫"), ("达娜", "叶尔梅科娃"),
    ("迪尔诺扎", "尤素波娃"), ("沙赫佐德", "拉希莫夫"), ("乌米达", "卡里莫娃"), ("贾姆希德", "托希罗夫"),
    ("法蒂玛", "哈桑"), ("优素福", "阿卜杜拉"), ("艾哈迈德", "萨利赫"), ("莱拉", "马哈茂德"),
    ("普丽娅", "夏尔马"), ("拉胡尔", "辛格"), ("阿南娅", "帕特尔"),
    ("奇迪", "奥卡福"), ("阿玛", "门萨"), ("科菲", "阿萨莫阿"),
    ("卡洛斯", "罗德里格斯"), ("玛丽亚", "洛佩斯"), ("卢西亚", "费尔南德斯"),
    ("汉斯", "米勒"), ("索菲", "杜邦"), ("伊娃", "诺瓦科娃"), ("马泰奥", "罗西"),
    ("巴特", "额尔德尼"), ("托马斯", "贝克尔"),
]
TRANSLIT_ASIAN = ["金敏俊", "朴秀妍", "李恩惠", "崔智勋", "佐藤由美", "山本健一", "中村爱", "高桥翔太", "阮氏梅", "陈文雄", "黎氏秋", "范明俊"]
MINORITY = ["阿依古丽·买买提", "艾力·吐尔逊", "古丽米拉", "扎西顿珠", "央金", "格桑卓玛", "巴特尔", "乌兰其其格", "阿不都热合曼·艾山", "热依拉", "努尔兰·叶尔江", "次仁拉姆", "木合塔尔", "阿曼古丽"]
LATIN_FOREIGN = [
    "Aigerim Nurlanovna", "Yerlan Kassenov", "Dilnoza Yusupova", "Olga Smirnova", "Dmitry Volkov", "Kim Min-jun", "Park Soo-yeon",
    "Nguyen Thi Lan", "Tran Van Hung", "Priya Sharma", "Rahul Singh", "Chidi Okafor", "Amara Mensah", "Fatima Al-Sayed",
    "Yusuf Abdullah", "Lucía Fernández", "Carlos Rodríguez", "Hans Müller", "Sophie Dubois", "Sato Yumi", "Yamamoto Kenichi",
    "Bakhyt Zhumabekova", "Timur Rakhimov", "Aruzhan", "Madina", "Bolat", "Svetlana", "Ekaterina Orlova", "Jamshid Toshpulatov",
]


def zh_sur() -> str:
    r = rng.random()
    if r < 0.08:
        return pick(SUR2)
    if r < 0.15:
        return pick(SUR_RARE)
    return pick(SUR1)


def zh_given() -> str:
    return pick(GIVEN) if rng.random() < 0.35 else pick(GIVEN) + pick(GIVEN)


def zh_name() -> str:
    r = rng.random()
    if r < 0.12:
        return pick(WORD_FULL)
    return zh_sur() + zh_given()


def py_name(style: str = "normal") -> str:
    sur = pick(PY_SUR)
    g = pick(PY_GIV)
    if rng.random() < 0.7:
        g = g + pick(PY_GIV)
    g = g.capitalize()
    if style == "caps":
        return f"{sur.upper()} {g.upper()}" if rng.random() < 0.5 else f"{sur.upper()} {g}"
    if style == "lower":
        return f"{sur.lower()} {g.lower()}" if rng.random() < 0.5 else f"{sur.lower()}{g.lower()}"
    if style == "western":
        return f"{g} {sur}"
    return f"{sur} {g}"


def translit(dot: str | None = None) -> str:
    a, b = pick(TRANSLIT)
    if dot is None:
        dot = pick(["·", "·", "·", "•", "", "."])
    return f"{a}{dot}{b}"


def nickname() -> str:
    r = rng.random()
    if r < 0.25:
        return "阿" + pick(GIVEN)
    if r < 0.45:
        return "老" + pick(SUR1)
    if r < 0.65:
        return "小" + pick(SUR1 + GIVEN)
    if r < 0.8:
        return pick(NICK_DOUBLE)
    return pick(["大", "二"]) + pick(GIVEN)


def any_name() -> str:
    r = rng.random()
    if r < 0.45:
        return zh_name()
    if r < 0.55:
        return pick(MINORITY)
    if r < 0.7:
        return translit()
    if r < 0.78:
        return pick(TRANSLIT_ASIAN)
    if r < 0.9:
        return py_name()
    return pick(LATIN_FOREIGN)


# ---------------------------------------------------------------- context (clean) fillers

CITIES = ["北京", "上海", "广州", "深圳", "成都", "重庆", "武汉", "西安", "郑州", "长沙", "昆明", "南宁", "乌鲁木齐", "兰州", "哈尔滨", "沈阳", "济南", "青岛", "合肥", "福州", "南昌", "贵阳", "呼和浩特", "拉萨", "银川", "西宁", "海口", "石家庄", "太原", "杭州", "苏州", "温州", "伊宁", "喀什", "大理", "阿拉木图", "阿斯塔纳", "塔什干", "比什凯克", "莫斯科", "新西伯利亚", "首尔", "河内", "曼谷", "迪拜", "拉各斯", "杜尚别", "乌兰巴托"]
PROVINCES = ["河南", "四川", "云南", "新疆", "内蒙古", "黑龙江", "甘肃", "广西", "贵州", "湖南", "山东", "江西", "安徽", "青海", "西藏", "宁夏", "海南", "吉林", "辽宁", "河北", "山西", "福建", "浙江", "江苏"]
COUNTRIES = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "俄罗斯", "蒙古国", "越南", "老挝", "缅甸", "泰国", "尼日利亚", "埃及", "巴基斯坦", "印度尼西亚", "马来西亚", "韩国", "土库曼斯坦", "阿联酋"]
HOSPITALS = ["北京协和医院", "四川大学华西医院", "中南大学湘雅医院", "上海交通大学医学院附属瑞金医院", "复旦大学附属中山医院", "中山大学附属第一医院", "浙江大学医学院附属第一医院", "郑州大学第一附属医院", "新疆医科大学第一附属医院", "武汉协和医院", "当地县医院", "省人民医院", "市中心医院", "阿拉木图国家肿瘤中心"]
DEPTS = ["风湿免疫科", "血液科", "肾内科", "神经内科", "心内科", "内分泌科", "儿科", "肿瘤科", "国际医疗部", "消化内科", "呼吸与危重症医学科", "骨科", "皮肤科", "重症医学科", "细胞治疗中心", "造血干细胞移植病房"]
DISEASES = ["系统性红斑狼疮", "狼疮性肾炎", "弥漫大B细胞淋巴瘤", "多发性骨髓瘤", "急性淋巴细胞白血病", "视神经脊髓炎谱系疾病", "重症肌无力", "类风湿关节炎", "系统性硬化症", "皮肌炎", "IgA肾病", "1型糖尿病", "扩张型心肌病", "难治性癫痫"]
RELATIONS = ["她的母亲", "他的父亲", "她丈夫", "他妻子", "大儿子", "小女儿", "她姐姐", "他哥哥", "患者的外婆", "孩子的爸爸", "老伴", "表妹", "同事", "邻居", "室友"]
ALIASES = ["A女士", "B先生", "C女士", "患者A", "患者B", "小A", "小C", "D先生", "E女士", "患儿F", "Ms. A", "Mr. B", "Patient C", "G先生", "H女士"]
MONTHS_YR = lambda: f"{rng.randint(2012, 2024)}年{rng.randint(1, 12)}月"
DRUGS = [("泼尼松", "mg"), ("甲泼尼龙", "mg"), ("羟氯喹", "mg"), ("吗替麦考酚酯", "g"), ("他克莫司", "mg"), ("环磷酰胺", "g"), ("利妥昔单抗", "mg"), ("贝利尤单抗", "mg"), ("泰它西普", "mg"), ("二甲双胍", "mg"), ("氨氯地平", "mg"), ("阿托伐他汀", "mg"), ("左乙拉西坦", "mg"), ("伊布替尼", "mg"), ("来那度胺", "mg"), ("硼替佐米", "mg"), ("甲氨蝶呤", "mg"), ("叶酸", "mg"), ("雷公藤多苷", "mg"), ("白芍总苷", "g")]
BRANDS = [("美罗华", "利妥昔单抗"), ("赫赛汀", "曲妥珠单抗"), ("格列卫", "伊马替尼"), ("可瑞达", "帕博利珠单抗"), ("欧狄沃", "纳武利尤单抗"), ("倍力腾", "贝利尤单抗"), ("泰爱", "泰它西普"), ("骁悉", "吗替麦考酚酯"), ("普乐可复", "他克莫司"), ("纷乐", "羟氯喹"), ("万珂", "硼替佐米"), ("亿珂", "伊布替尼")]
EPONYMS = ["桥本甲状腺炎", "帕金森病", "阿尔茨海默病", "克罗恩病", "霍奇金淋巴瘤", "干燥综合征", "雷诺现象", "库欣综合征", "唐氏综合征", "吉兰-巴雷综合征", "川崎病", "白塞病", "戈谢病", "法布雷病", "威尔逊病", "吉尔伯特综合征", "马凡综合征", "特纳综合征", "格雷夫斯病", "艾迪生病", "非霍奇金淋巴瘤", "伯基特淋巴瘤", "华氏巨球蛋白血症", "Sjögren 综合征", "Raynaud 现象", "Hodgkin 淋巴瘤", "Castleman 病", "Kikuchi 病"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "KRAS", "JAK2", "FLT3", "IDH1", "NPM1", "MYD88", "CD19", "BCMA", "CD20", "ALK", "ROS1", "HER2", "PD-L1", "HLA-DRB1", "APOL1", "PKD1", "NOTCH1", "CALR", "BCR-ABL1"]
VARIANTS = ["V600E", "L858R", "G12C", "V617F", "R132H", "L265P", "T790M", "c.5266dupC", "c.68_69delAG", "p.R175H", "exon 19 缺失", "ITD", "W515L", "p.G12D", "c.1799T>A"]
GUIDELINES = ["《中国系统性红斑狼疮诊疗指南（2020）》", "《2019 EULAR/ACR 系统性红斑狼疮分类标准》", "《KDIGO 2021 肾小球疾病临床实践指南》", "《NCCN 非霍奇金淋巴瘤指南（2023.V2）》", "《中国多发性骨髓瘤诊治指南（2022年修订）》", "《CAR-T 细胞治疗不良反应管理专家共识（2021）》", "《内科学》（第9版）", "《哈里森内科学》", "《默克诊疗手册》", "《ACR 2022 类风湿关节炎管理指南》", "《视神经脊髓炎谱系疾病诊断与治疗指南（2021版）》"]
JOBS = ["主治医师", "住院医师", "护士长", "主任医师", "责任护士", "康复治疗师", "营养师", "医务社工", "临床药师", "副主任医师", "科室秘书", "翻译志愿者", "患者协调员"]
SYMPTOMS = ["发热", "关节肿痛", "双下肢水肿", "面部红斑", "乏力", "视物模糊", "四肢麻木", "咳嗽气促", "皮肤瘀斑", "头痛呕吐", "口腔溃疡", "脱发", "夜间盗汗", "反复抽搐"]


# ---------------------------------------------------------------- value generators

def date_parts(y0: int = 2014, y1: int = 2024):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fmt_date(y, m, d, style=None) -> str:
    style = style or pick(["cn", "cn", "cn", "iso", "slash", "dot", "cn_pad", "md", "md", "dmy", "cn_num", "en", "compact", "fw", "mdy"])
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "cn_pad":
        return f"{y}年{m:02d}月{d:02d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "md":
        return f"{m}月{d}日" if rng.random() < 0.7 else f"{m}月{d}号"
    if style == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "cn_num":
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    if style == "en":
        return f"{d} {EN_MON[m - 1]} {y}"
    if style == "mdy":
        return f"{EN_MONTH[m - 1]} {d}, {y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "fw":
        return fw_digits(f"{y}年{m}月{d}日")
    raise ValueError(style)


LUNAR_M = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
LUNAR_D = ["初一", "初二", "初三", "初五", "初八", "初十", "十二", "十五", "十六", "十八", "二十", "廿三", "廿六", "廿八", "三十"]


def lunar_date() -> str:
    return pick(LUNAR_M) + pick(LUNAR_D)


HOLIDAYS = ["中秋节", "除夕", "元旦", "端午节", "春节", "元宵节", "国庆节", "七夕", "冬至", "重阳节"]


def mobile() -> str:
    pre = pick(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"])
    return pre + digits(8)


def phone_value() -> tuple[str, bool]:
    """Returns (text, hard)."""
    r = rng.random()
    m = mobile()
    if r < 0.18:
        return m, False
    if r < 0.28:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}", False
    if r < 0.36:
        return f"{m[:3]} {m[3:7]} {m[7:]}", False
    if r < 0.42:
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}", False
    if r < 0.48:
        area = pick(["010", "021", "020", "0755", "028", "023", "027", "029", "0371", "0991", "0871", "0451"])
        n = digits(8, "2345678") if len(area) == 3 else digits(rng.choice([7, 8]), "2345678")
        return f"{area}-{n}", False
    if r < 0.52:
        area = pick(["010", "021", "0755", "0991"])
        return f"（{area}）{digits(4, '2345678')} {digits(4)}转{digits(3, '123456789')}", False
    if r < 0.58:
        return f"+7 {pick(['701', '702', '705', '707', '747', '771', '777'])} {digits(3)} {digits(2)} {digits(2)}", False
    if r < 0.62:
        return f"+7 ({pick(['916', '903', '925', '985'])}) {digits(3)}-{digits(2)}-{digits(2)}", False
    if r < 0.66:
        return f"+998 {pick(['90', '91', '93', '97'])} {digits(3)} {digits(2)} {digits(2)}", False
    if r < 0.69:
        return f"+852 {digits(4, '569')} {digits(4)}", False
    if r < 0.72:
        return f"010-{digits(4, '2345678')}-{digits(4)}" if rng.random() < 0.5 else f"+82 10-{digits(4)}-{digits(4)}", False
    if r < 0.75:
        return f"+1 ({digits(3, '2345678')}) {digits(3, '2345678')}-{digits(4)}", False
    if r < 0.78:
        return f"+234 {digits(3, '789')} {digits(3)} {digits(4)}", False
    if r < 0.81:
        return f"0086-{m}", False
    # hard forms
    if r < 0.87:
        return fw_digits(m if rng.random() < 0.5 else f"{m[:3]}-{m[3:7]}-{m[7:]}"), True
    if r < 0.92:
        return cn_spell(m), True
    if r < 0.96:
        return f"{m[:3]}.{m[3:7]}.{m[7:]}", True
    return f"{m[:4]} {m[4:]}", True


def email_value() -> tuple[str, bool]:
    local = pick([
        lambda: pick(PY_SUR).lower() + "." + pick(PY_GIV) + pick(PY_GIV),
        lambda: pick(PY_GIV) + pick(PY_GIV) + digits(4, "12"),
        lambda: digits(rng.randint(8, 10), "123456789"),
        lambda: pick(PY_SUR).lower() + "_" + pick(PY_GIV) + str(rng.randint(70, 99)),
        lambda: pick(["aigerim", "dilnoza", "olga.s", "yerlan.k", "priya", "chidi.o", "madina", "timur"]) + str(rng.randint(1, 999)),
    ])()
    dom = pick(["163.com", "qq.com", "126.com", "sina.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "mail.ru", "yandex.ru", "foxmail.com", "139.com", "aliyun.com", "naver.com", "inbox.kz"])
    r = rng.random()
    if r < 0.78:
        return f"{local}@{dom}", False
    if r < 0.84:
        return f"{local} at {dom.replace('.', ' dot ')}", True
    if r < 0.89:
        return f"{local}（at）{dom}", True
    if r < 0.94:
        return f"{local}＠{dom}", True
    return f"{local}#{dom}（#换成@）", True


def url_value() -> tuple[str, bool]:
    r = rng.random()
    slug = letters(rng.randint(5, 8), "abcdefghijkmnpqrstuvwxyz0123456789")
    if r < 0.15:
        return f"https://www.shuidichou.com/cf/contribute/{digits(6)}{slug}", False
    if r < 0.25:
        return f"https://m.qschou.com/project/{digits(7, '123456789')}", False
    if r < 0.38:
        return f"https://{pick(PY_SUR).lower()}{pick(PY_GIV)}{pick(PY_GIV)}.blog.csdn.net", False
    if r < 0.48:
        return f"t.cn/{letters(1, 'AR')}{slug}", False
    if r < 0.56:
        return f"https://v.douyin.com/{slug}/", False
    if r < 0.64:
        return f"www.{pick(PY_GIV)}{pick(PY_GIV)}{digits(2)}.com", False
    if r < 0.72:
        return f"https://www.xiaohongshu.com/user/profile/{letters(24, '0123456789abcdef')}", False
    if r < 0.8:
        return f"http://home.{pick(['163', 'sina', 'sohu'])}.com/~{pick(PY_SUR).lower()}{pick(PY_GIV)}", False
    if r < 0.86:
        return f"b23.tv/{slug}", False
    if r < 0.93:
        return fw(f"www.{pick(PY_GIV)}{pick(PY_GIV)}.cn"), True
    return f"www点{pick(PY_GIV)}{pick(PY_GIV)}{digits(3)}点com", True


def ip_value() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.6:
        return f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", False
    if r < 0.72:
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}", False
    if r < 0.88:
        h = [pick(["2409", "240e", "2408", "2001"]), letters(4, "0123456789abcdef"), letters(4, "0123456789abcdef")]
        tail = [format(rng.randint(0, 65535), "x") for _ in range(rng.randint(2, 4))]
        sep = "::" if rng.random() < 0.6 else ":"
        return ":".join(h) + sep + ":".join(tail), False
    return fw_digits(f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"), True


def social_value() -> tuple[str, str, bool]:
    """(label, value, hard)"""
    r = rng.random()
    pyn = pick(PY_SUR).lower() + pick(PY_GIV) + pick(PY_GIV)
    if r < 0.14:
        return "微信号", pick([pyn + digits(4, "12"), "wxid_" + letters(14, "abcdefghijkmnpqrstuvwxyz0123456789"), pyn + "_" + str(rng.randint(1, 99))]), False
    if r < 0.26:
        return "QQ", digits(rng.randint(8, 10), "123456789"), False
    if r < 0.34:
        return "微博", "@" + pick(["", "小", "爱吃鱼的"]) + pyn + str(rng.randint(1, 999)), False
    if r < 0.42:
        return "抖音号", pick(["dy", ""]) + pyn + digits(3), False
    if r < 0.5:
        return "小红书号", digits(rng.randint(9, 10), "123456789"), False
    if r < 0.56:
        return "Instagram", "@" + pick(["aigerim", "dilnoza", "olya", "priya", "madi", "kim.minjun", "tima"]) + "_" + letters(rng.randint(3, 6), "abcdefghijkmnpqrstuvwxyz0123456789_."), False
    if r < 0.62:
        return "Telegram", "@" + pick(["yerlan", "timur", "sveta", "bakhyt", "jamshid", "nodira"]) + letters(rng.randint(3, 5), "abcdefghijkmnpqrstuvwxyz0123456789_"), False
    if r < 0.67:
        return "LINE ID", pyn + digits(2), False
    if r < 0.72:
        return "快手号", "KS" + digits(9), False
    if r < 0.77:
        return "B站 UID", digits(rng.randint(8, 10), "123456789"), False
    if r < 0.82:
        return "X（推特）", "@" + pyn + letters(2, "xyz0123456789"), False
    if r < 0.86:
        return "VK", "id" + digits(9, "123456789"), False
    if r < 0.93:
        return "QQ", fw_digits(digits(rng.randint(8, 10), "123456789")), True
    return "微信", pyn.upper() + digits(3), True


def rid_check(s17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(a) * b for a, b in zip(s17, w))
    return "10X98765432"[total % 11]


REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "510107", "500103", "420106", "610113", "410105", "650102", "654002", "530102", "450103", "230103", "210102", "370202", "340104", "350102", "460106", "620102", "130102", "140105", "520102", "640104", "630102", "540102", "150102"]


def resident_id_value() -> tuple[str, bool]:
    reg = pick(REGIONS)
    y = rng.randint(1938, 2015)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = digits(3)
    s17 = f"{reg}{y}{m:02d}{d:02d}{seq}"
    chk = rid_check(s17)
    if rng.random() < 0.2:
        chk = pick([c for c in "0123456789X" if c != chk])
    full = s17 + chk
    r = rng.random()
    if r < 0.6:
        return full, False
    if r < 0.7:
        return f"{full[:6]} {full[6:14]} {full[14:]}", False
    if r < 0.78:
        return f"{reg}{str(y)[2:]}{m:02d}{d:02d}{seq}", False  # old 15-digit
    if r < 0.86:
        return fw(full), True
    if r < 0.93:
        return s17 + "x", True  # lowercase check character, as typed on phones
    return f"{full[:6]}-{full[6:14]}-{full[14:]}", True


def national_id_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.18:
        return "ИИН", f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{pick('3456')}{digits(5)}", False
    if r < 0.3:
        return "СНИЛС", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}", False
    if r < 0.4:
        return "SSN", f"{digits(3, '1234567')}-{digits(2)}-{digits(4)}", False
    if r < 0.5:
        return "주민등록번호", f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{pick('12')}{digits(6)}", False
    if r < 0.58:
        return "PINFL", digits(14, "3456"), False
    if r < 0.65:
        return "香港身份证", f"{letters(1)}{digits(6)}({digits(1)})", False
    if r < 0.71:
        return "台湾身份证", f"{letters(1)}{pick('12')}{digits(8)}", False
    if r < 0.76:
        return "NRIC", f"S{digits(7)}{letters(1)}", False
    if r < 0.81:
        return "Aadhaar", f"{digits(4, '23456789')} {digits(4)} {digits(4)}", False
    if r < 0.86:
        return "CNIC", f"{digits(5, '1234')}-{digits(7)}-{digits(1)}", False
    if r < 0.9:
        return "NI number", f"{letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}", False
    if r < 0.95:
        return "ИИН", fw_digits(digits(12)), True
    return "CCCD", f"0{digits(2)}{pick('0123')}{digits(8)}", True


def passport_value() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.3:
        return pick(["E", "EA", "EB", "EC", "EJ", "G"]) + (digits(7) if rng.random() < 0.6 else digits(8)), False
    if r < 0.42:
        return f"N{digits(8)}", False
    if r < 0.54:
        return f"{digits(2, '1234567')} {digits(2)} {digits(6)}", False
    if r < 0.62:
        return f"FA{digits(7)}", False
    if r < 0.7:
        return f"M{digits(8)}", False
    if r < 0.77:
        return digits(9, "5678"), False
    if r < 0.82:
        return f"A{digits(8)}", False
    if r < 0.87:
        return f"TR{digits(7)}", False
    if r < 0.94:
        return fw("E" + digits(8)), True
    return ("e" + digits(8)), True


def mrn_value() -> tuple[str, str, bool]:
    lab = pick(["住院号", "病案号", "门诊号", "病历号", "ID号", "MRN", "登记号", "就诊ID", "患者ID", "病案首页编号"])
    r = rng.random()
    if r < 0.35:
        v = digits(rng.randint(7, 10), "123456789")
    elif r < 0.5:
        v = f"{rng.randint(2015, 2024)}{digits(6)}"
    elif r < 0.62:
        v = f"ZY{digits(8)}"
    elif r < 0.72:
        v = f"MZ-{rng.randint(2018, 2024)}-{digits(6)}"
    elif r < 0.8:
        v = f"{digits(3)}-{digits(3)}-{digits(3)}"
    elif r < 0.86:
        v = f"BA{digits(7)}"
    elif r < 0.94:
        return lab, fw_digits(digits(8, "123456789")), True
    else:
        return lab, f"{digits(4, '123456789')} {digits(4)}", True
    return lab, v, False


def health_plan_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.2:
        return "社保卡号", f"{pick(['1', '3', '4', '5', '6'])}{digits(8)}", False
    if r < 0.34:
        return "医保卡号", f"{pick(['110', '310', '440', '510', '650'])}{digits(10)}", False
    if r < 0.44:
        return "医保个人编号", f"{digits(4)}{digits(6)}{digits(2)}", False
    if r < 0.52:
        return "新农合证号", f"{digits(6)}{digits(4)}{digits(2)}", False
    if r < 0.62:
        return "保单号", f"{pick(['P', 'PL', 'HL', 'ZA'])}{digits(12)}", False
    if r < 0.7:
        return "商业医疗险保单号", f"{digits(6)}-{digits(8)}", False
    if r < 0.77:
        return "ОМС полис", digits(16), False
    if r < 0.83:
        return "member ID", f"{letters(3)}{digits(9)}", False
    if r < 0.88:
        return "惠民保保单号", f"HMB{rng.randint(2021, 2024)}{digits(8)}", False
    if r < 0.94:
        return "医保卡号", fw_digits(digits(12)), True
    return "医保号", f"{digits(4)} {digits(4)} {digits(4)}", True


def account_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.32:
        n = "62" + digits(rng.choice([14, 17]))
        if rng.random() < 0.5:
            n = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
        return "银行卡号", n, False
    if r < 0.42:
        return "IBAN", f"KZ{digits(2)} {digits(3)}K {letters(3, 'KZTU')}{digits(1)} {digits(4)} {digits(4)}", False
    if r < 0.5:
        return "IBAN", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}", False
    if r < 0.58:
        return "账号", f"40817810{digits(12)}", False
    if r < 0.65:
        return "支付宝账户", f"2088{digits(12)}", False
    if r < 0.72:
        return "对公账户", f"{digits(4, '1234')} {digits(4)} {digits(4)} {digits(4)} {digits(3)}", False
    if r < 0.78:
        return "卡号", f"4{digits(3)}-{digits(4)}-{digits(4)}-{digits(4)}", False
    if r < 0.84:
        return "UZ 账户", f"2020 8000 {digits(4)} {digits(4)} {digits(4)}", False
    if r < 0.92:
        return "银行卡号", fw_digits("62" + digits(17)), True
    return "卡号", cn_spell("62" + digits(14), yao=False), True


def licence_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.2:
        return "医师执业证书编码", f"1{digits(2)}{digits(4)}{digits(8)}", False
    if r < 0.33:
        return "护士执业证书编号", f"{rng.randint(2005, 2023)}{digits(8)}", False
    if r < 0.43:
        return "医师资格证书编码", f"{rng.randint(2000, 2022)}{digits(2)}{digits(6)}{digits(7)}", False
    if r < 0.52:
        return "驾驶证档案编号", digits(12, "1234567"), False
    if r < 0.6:
        return "driver's license", f"{letters(1)}{digits(7)}", False
    if r < 0.67:
        return "药师注册证", f"{digits(4)}-{digits(2)}-{digits(6)}", False
    if r < 0.73:
        return "律师执业证号", digits(17, "1"), False
    if r < 0.79:
        return "教师资格证", f"{rng.randint(2005, 2023)}{digits(2)}{digits(11)}", False
    if r < 0.85:
        return "водительское удостоверение", f"{digits(2)} {digits(2)} {digits(6)}", False
    if r < 0.92:
        return "健康证编号", f"JK{digits(10)}", False
    return "执业证书编码", fw_digits(f"1{digits(14)}"), True


PLATE_PROV = "京沪粤川渝鄂陕豫新云桂黑辽鲁皖闽赣贵蒙藏宁青琼冀晋吉苏浙湘甘津"


def vehicle_value() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.25:
        return f"{pick(PLATE_PROV)}{letters(1)}·{letters(1)}{digits(4)}", False
    if r < 0.4:
        return f"{pick(PLATE_PROV)}{letters(1)}{digits(5)}", False
    if r < 0.5:
        return f"{pick(PLATE_PROV)}{letters(1)} {pick('DF')}{digits(5)}", False
    if r < 0.62:
        return f"L{letters(2, 'SFGVBHKN')}{letters(2)}{digits(1)}{letters(1)}{digits(1)}{digits(9)}"[:17], False
    if r < 0.7:
        return f"{digits(3)} {letters(3, 'ABEKMHOPCTX')} {pick(['02', '01', '05', '13', '17'])}", False
    if r < 0.78:
        return f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {pick(['77', '777', '54', '154', '199'])}", False
    if r < 0.84:
        return f"{pick(['01', '10', '30'])} {letters(1)} {digits(3)} {letters(2)}", False
    if r < 0.9:
        return f"WVW{letters(2)}{digits(2)}{letters(2)}{digits(8)}"[:17], False
    if r < 0.95:
        return fw(f"{letters(1)}{digits(5)}"), True  # needs province prefix added by template
    return f"{pick(PLATE_PROV)}{letters(1).lower()}{digits(5)}", True


def device_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.14:
        return "起搏器序列号", f"{letters(3)}{digits(6)}{letters(1)}", False
    if r < 0.26:
        return "IMEI", f"86{digits(13)}", False
    if r < 0.36:
        mac = ":".join(letters(2, "0123456789ABCDEF") for _ in range(6))
        return "MAC", mac if rng.random() < 0.7 else mac.replace(":", "-"), False
    if r < 0.46:
        return "胰岛素泵 S/N", f"NG{digits(7)}H", False
    if r < 0.55:
        return "CGM 传感器序列号", f"3MH{digits(6)}{letters(2)}", False
    if r < 0.63:
        return "人工耳蜗植入体编号", f"{digits(7)}", False
    if r < 0.7:
        return "ICD 序列号", f"PZX{digits(6)}S", False
    if r < 0.77:
        return "呼吸机序列号", f"{digits(11)}", False
    if r < 0.83:
        return "助听器 SN", f"{digits(2)}{letters(1)}{digits(7)}", False
    if r < 0.88:
        return "手环设备号", f"{letters(2, '0123456789ABCDEF')}{letters(2, '0123456789ABCDEF')}{digits(8)}", False
    if r < 0.94:
        return "IMEI", fw_digits(f"35{digits(13)}"), True
    return "序列号", f"{digits(2)}-{digits(4)}-{digits(4)}-{digits(3)}", True


def other_value() -> tuple[str, str, bool]:
    r = rng.random()
    if r < 0.1:
        return "工号", f"{pick(['', 'HX', 'NO.'])}{digits(rng.randint(5, 7), '123456789')}", False
    if r < 0.2:
        return "学号", f"{rng.randint(2015, 2024)}{digits(rng.randint(6, 8))}", False
    if r < 0.3:
        return "案号", f"（{rng.randint(2018, 2024)}）{pick(PLATE_PROV)}{digits(4)}民初{rng.randint(100, 99999)}号", False
    if r < 0.38:
        return "理赔案件号", f"CL{rng.randint(2019, 2024)}{digits(8)}", False
    if r < 0.46:
        return "订单号", digits(rng.randint(16, 19), "123456789"), False
    if r < 0.53:
        return "电子客票号", f"{digits(3)}-{digits(10)}", False
    if r < 0.6:
        return "快递单号", f"SF{digits(13)}", False
    if r < 0.66:
        return "准考证号", digits(15, "123456789"), False
    if r < 0.72:
        return "受试者编号", f"{pick(['S', 'SUB', 'CN'])}-{digits(3)}-{digits(3)}", False
    if r < 0.78:
        return "造血干细胞捐献者编号", f"{pick(['GX', 'SC', 'HN', 'XJ'])}{digits(7)}", False
    if r < 0.83:
        return "12306订单号", f"E{digits(9)}", False
    if r < 0.88:
        return "募捐项目编号", f"{rng.randint(2020, 2024)}{digits(10)}", False
    if r < 0.93:
        return "员工编号", fw_digits(digits(6, "123456789")), True
    return "捐赠证书编号", f"No.{rng.randint(2019, 2024)}-{digits(5)}", True


# ---------------------------------------------------------------- addresses

ROADS = ["建国路", "中山路", "人民路", "解放路", "长江路", "黄河路", "文化路", "和平路", "新华路", "胜利街", "幸福里", "光明巷", "东风路", "红旗街", "健康路", "学府路", "友谊路", "迎宾大道", "金水路", "团结路", "天山路", "春熙路", "花园街", "滨江路"]
COMMUNITIES = ["阳光花园", "锦绣家园", "翠湖小区", "金色年华", "幸福里小区", "丽景苑", "红星小区", "水岸名都", "世纪城", "教师新村", "铁路宿舍", "棉纺厂家属院", "桂花园"]
DISTRICTS = [("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "越秀区"), ("成都市", "武侯区"), ("重庆市", "渝中区"), ("郑州市", "金水区"), ("乌鲁木齐市", "天山区"), ("昆明市", "五华区"), ("西安市", "雁塔区"), ("武汉市", "武昌区"), ("哈尔滨市", "南岗区"), ("南宁市", "青秀区"), ("长沙市", "岳麓区"), ("兰州市", "城关区")]
COUNTIES = [("河南省", "周口市", "郸城县", "宁平镇"), ("四川省", "凉山州", "会理市", "鹿厂镇"), ("云南省", "大理州", "祥云县", "刘厂镇"), ("甘肃省", "定西市", "通渭县", "平襄镇"), ("新疆", "伊犁州", "霍城县", "清水河镇"), ("广西", "百色市", "田东县", "平马镇"), ("贵州省", "毕节市", "威宁县", "草海镇"), ("湖南省", "邵阳市", "隆回县", "桃洪镇")]
VILLAGES = ["李家湾村", "石桥村", "新民村", "红光村", "马场村", "上河村", "团结村", "东坡村", "柳树沟村"]


def address_value() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.3:
        c, d = pick(DISTRICTS)
        return f"{c}{d}{pick(ROADS)}{rng.randint(1, 399)}号{pick(COMMUNITIES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室", False
    if r < 0.45:
        p, c, x, t = pick(COUNTIES)
        return f"{p}{c}{x}{t}{pick(VILLAGES)}{pick(['一', '二', '三', '四', '五', '六', '七'])}组{rng.randint(1, 80)}号", False
    if r < 0.55:
        return f"{pick(ROADS)}{rng.randint(1, 300)}号院{rng.randint(1, 12)}号楼", False
    if r < 0.62:
        return f"阿拉木图市阿拜大街{rng.randint(1, 200)}号{rng.randint(1, 120)}室", False
    if r < 0.68:
        return f"ул. {pick(['Абая', 'Ленина', 'Пушкина', 'Сейфуллина', 'Навои'])}, д. {rng.randint(1, 150)}, кв. {rng.randint(1, 200)}", False
    if r < 0.74:
        return f"{rng.randint(1, 999)} {pick(['Orchard Road', 'Maple Avenue', 'King Street', 'Amir Temur Street', 'Jalan Ampang', 'Victoria Road'])}, Apt {rng.randint(1, 40)}{pick('ABCD')}", False
    if r < 0.79:
        return f"首尔市江南区德黑兰路{rng.randint(1, 500)}号{rng.randint(1, 20)}层", False
    if r < 0.85:
        return f"{pick(['南锣鼓巷', '史家胡同', '东四十条', '帽儿胡同'])}{rng.randint(1, 90)}号", False
    if r < 0.9:
        return f"{pick(['田林路', '淮海中路', '愚园路'])}{rng.randint(1, 800)}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 3)}", False
    if r < 0.95:
        c, d = pick(DISTRICTS)
        return fw_digits(f"{d}{pick(ROADS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(1, 32)}0{rng.randint(1, 4)}"), True
    return f"{pick(COMMUNITIES)}{cn_num(rng.randint(1, 30))}号楼{cn_num(rng.randint(1, 6))}单元", True


def postal_value() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.4:
        return f"{pick(['10', '20', '51', '61', '45', '83', '65', '15', '73', '53', '47', '41'])}{digits(4)}", False
    if r < 0.52:
        return f"{pick(['050', '010', '100', '160'])}0{digits(2)}", False
    if r < 0.62:
        return f"{pick(['1', '6'])}{digits(5)}", False
    if r < 0.7:
        return f"{digits(5, '123456789')}-{digits(4)}", False
    if r < 0.77:
        return f"{pick(['SW1A', 'M13', 'EH8', 'B15'])} {digits(1)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}", False
    if r < 0.83:
        return f"〒{digits(3, '123456789')}-{digits(4)}", False
    if r < 0.88:
        return digits(5, "0123"), False
    if r < 0.94:
        return fw_digits(f"{pick(['10', '20', '51', '61'])}{digits(4)}"), True
    return cn_spell(f"{pick(['10', '51', '61'])}{digits(4)}", yao=False), True


def geo_value() -> tuple[str, bool]:
    lat = rng.uniform(18.5, 53.0)
    lon = rng.uniform(73.5, 134.5)
    r = rng.random()
    if r < 0.3:
        return f"{lat:.4f}, {lon:.4f}", False
    if r < 0.5:
        return f"北纬{lat:.4f}°，东经{lon:.4f}°", False
    if r < 0.62:
        return f"N{lat:.5f} E{lon:.5f}", False
    if r < 0.74:
        la, lo = int(lat), int(lon)
        return f"{la}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″N，{lo}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″E", False
    if r < 0.84:
        return f"({lat:.6f},{lon:.6f})", False
    if r < 0.92:
        return f"纬度 {lat:.4f}、经度 {lon:.4f}", False
    return fw_digits(f"{lat:.4f}，{lon:.4f}"), True


# ---------------------------------------------------------------- corpus assembly

ROWS: list[tuple[str, str, str]] = []
SEEN: set[str] = set()


KIND_PREFIXES = ["phone", "email", "url", "ip", "social", "resident_id", "national_id", "passport", "mrn", "health_plan", "account",
                 "licence", "vehicle", "device", "other", "date", "dob", "age90", "address", "postal", "geo"]
KEEP_SHAPES = {"fax", "spoken", "disguised", "short", "old", "iin", "snils", "vin", "foreign", "court", "ticket", "rural", "maplink",
               "social", "pathology", "insurance", "iban", "driver", "travel", "lunar", "holiday", "range", "with", "wechat", "en", "cn"}


def short_category(cat: str) -> str:
    """Per-kind categories: kind, a few named shapes, and whether the form is a hard one."""
    for pre in sorted(KIND_PREFIXES, key=len, reverse=True):
        if cat.startswith(pre + "_"):
            rest = cat[len(pre) + 1:].split("_")
            out = pre
            if rest and rest[0] in KEEP_SHAPES:
                out += "_" + ("with_name" if rest[0] == "with" else rest[0])
            if "hard" in rest and rest[0] != "with":
                out += "_hard"
            return out
    return cat


def add(cat: str, kinds, sent: str) -> bool:
    assert "\t" not in sent and "\n" not in sent, sent
    cat = short_category(cat)
    if sent in SEEN:
        return False
    SEEN.add(sent)
    k = "-" if not kinds else ",".join(sorted(set(kinds)))
    ROWS.append((cat, k, sent))
    return True


def fill(templates, target: int) -> None:
    """templates: list of callables returning (category, kinds, sentence)."""
    made = 0
    i = 0
    tries = 0
    while made < target and tries < target * 60:
        t = templates[i % len(templates)]
        i += 1
        tries += 1
        cat, kinds, s = t()
        if add(cat, kinds, s):
            made += 1


# ---- person names ----------------------------------------------------------

VERBS = ["确诊时刚满二十三岁", "第一次来门诊时几乎走不了路", "说自己最怕的是抽血", "把出院小结仔细收进了文件袋", "出院那天给护士站送了一面锦旗", "每天记录自己的尿量", "终于可以回去上班了", "在病房里学会了自己打胰岛素", "听完讲解后签了知情同意书", "带着三年的化验单来到诊室", "在回输当天发了低烧", "坚持每周复查一次血常规", "现在能陪孩子去公园了", "想早点回学校参加考试", "对治疗效果非常满意", "拿着翻译好的病历从机场直接来了医院"]
PN = "person_name"


def t_name_start():
    n = zh_name()
    return "name_start", [PN], f"{n}{pick(VERBS)}。"


def t_name_title():
    if rng.random() < 0.5:
        n = zh_sur() + pick(TITLES_F)
    else:
        n = zh_sur() + pick(TITLES_M)
    return "name_title", [PN], pick([
        f"{n}每天给她熬小米粥，说这是{pick(['老家', '娘家', '村里'])}的法子。",
        f"同病房的{n}也是从{pick(PROVINCES)}来的。",
        f"“谢谢{n}一直帮我们排队挂号。”她在留言里写道。",
        f"{n}退休前在{pick(CITIES)}的一所中学教书。",
        f"那段时间全靠{n}帮忙照看孩子。",
    ])


def t_name_doctor():
    n = zh_name()
    t = pick(TITLES_DOC)
    form = rng.random()
    who = f"{n}{t}" if form < 0.45 else f"{t}{n}" if form < 0.7 else f"{n[0] if n not in WORD_FULL else n[0]}{t}"
    if form >= 0.7 and n[:2] in SUR2:
        who = n[:2] + t
    return "name_clinician", [PN], pick([
        f"{pick(DEPTS)}的{who}介绍，患者入院时已出现{pick(SYMPTOMS)}。",
        f"“这个病例我们讨论了三次。”{who}回忆说。",
        f"{who}团队为她制定了个体化的治疗方案。",
        f"回输结束后，{who}在床旁守了整整一夜。",
        f"据{who}介绍，随访{rng.randint(3, 24)}个月未见复发。",
        f"负责她的是{who}，翻译由国际医疗部协助。",
    ])


def t_name_possessive():
    n = any_name()
    return "name_possessive", [PN], pick([
        f"{n}的母亲陪她在{pick(CITIES)}住了半年。",
        f"{n}的丈夫辞掉了工作专门照顾她。",
        f"这是{n}的第{pick(['二', '三', '四'])}次住院。",
        f"{n}的化验结果比上个月好了很多。",
        f"医生把{n}的病情告诉了家属。",
    ])


def t_name_list():
    a, b, c = zh_name(), any_name(), nickname()
    return "name_list", [PN], pick([
        f"同一批接受治疗的还有{a}、{b}和{c}。",
        f"合影从左到右依次为：{a}、{b}、{c}。",
        f"{a}、{b}两位病友在群里互相打气。",
        f"参加病友分享会的有{a}，{b}，以及{c}的妈妈。",
    ])


def t_name_quote():
    n = pick([zh_name(), nickname(), pick(WORD_GIVEN)])
    return "name_dialogue", [PN], pick([
        f"“{n}，该抽血了。”护士在门口喊。",
        f"“妈，{n}来看你了。”",
        f"她笑着说：“{n}比我还紧张。”",
        f"“我叫{n}，今年{rng.randint(18, 70)}岁，来自{pick(PROVINCES)}。”",
        f"“{n}你别哭，医生说指标都正常了。”",
        f"孩子在本子上写：“我是{n}，我想回家。”",
    ])


def t_name_nick():
    n = nickname()
    return "name_nickname", [PN], pick([
        f"大家都叫他{n}，病房里数他最爱讲笑话。",
        f"{n}每天早上第一个去做康复训练。",
        f"隔壁床的{n}把自己的经验都讲给她听。",
        f"她在日记里写道：{n}今天又陪我下楼晒太阳了。",
        f"{n}刚满六岁，已经做了两次骨髓穿刺。",
        f"“{n}，吃药啦！”外婆端着水杯走进来。",
    ])


def t_name_wordlike():
    g = pick(WORD_GIVEN + WORD_FULL)
    return "name_wordlike_hard", [PN], pick([
        f"{g}说她再也不想住院了。",
        f"{g}把药盒一格一格分好，贴在冰箱上。",
        f"那天下午{g}第一次自己走到了护士站。",
        f"{g}每周三都会打电话问母亲的情况。",
        f"出院前，{g}给每位护士写了一张卡片。",
        f"{g}和丈夫商量后，决定来{pick(CITIES)}试一试。",
        f"病友们都很喜欢{g}，她总是帮新来的人拿饭。",
    ])


def t_name_pinyin():
    style = pick(["normal", "normal", "western", "caps", "lower"])
    n = py_name(style)
    cat = "name_pinyin" if style in ("normal", "western") else "name_pinyin_hard"
    return cat, [PN], pick([
        f"英文病历上的姓名写作 {n}。",
        f"{n} 是我们国际医疗部接待的第一位该病患者。",
        f"签名：{n}",
        f"翻译核对时发现护照上拼写为 {n}，与病历一致。",
        f"{n}在邮件里问能不能提前预约床位。",
        f"感谢信的落款是 {n} 和她的家人。",
    ])


def t_name_translit():
    n = translit()
    return "name_transliterated", [PN], pick([
        f"来自{pick(COUNTRIES)}的{n}今年{rng.randint(19, 75)}岁。",
        f"{n}在{MONTHS_YR()}第一次来到我院。",
        f"翻译告诉{n}，检查结果基本正常。",
        f"{n}的女儿全程陪同并担任翻译。",
        f"“谢谢中国医生。”{n}用刚学会的中文说。",
        f"{n}回国后仍通过视频复诊。",
    ])


def t_name_asian():
    n = pick(TRANSLIT_ASIAN)
    return "name_foreign_asian", [PN], pick([
        f"{n}从{pick(['首尔', '大阪', '河内', '胡志明市', '釜山', '东京'])}专程赶来。",
        f"{n}说，在国内排队要等半年以上。",
        f"我们为{n}安排了{pick(['韩语', '日语', '越南语'])}翻译。",
        f"{n}出院时体重增加了四公斤。",
    ])


def t_name_minority():
    n = pick(MINORITY)
    return "name_minority", [PN], pick([
        f"{n}家住{pick(['伊犁', '喀什', '阿勒泰', '日喀则', '锡林郭勒', '和田'])}，坐了两天车才到。",
        f"{n}的哥哥负责给她翻译。",
        f"“我想早点回去放羊。”{n}说。",
        f"{n}第三个疗程结束后，蛋白尿明显下降。",
        f"护士教{n}用手机查看检查报告。",
    ])


def t_name_latin():
    n = pick(LATIN_FOREIGN)
    return "name_latin_foreign", [PN], pick([
        f"{n} 在留言中说希望尽快安排会诊。",
        f"患者 {n}，{rng.randint(20, 70)}岁，{pick(COUNTRIES)}籍。",
        f"护照姓名：{n}",
        f"{n}的丈夫全程用俄语和翻译沟通。",
        f"我们收到了 {n} 发来的检查资料。",
        f"图为{n}（右）与主治医生在病房合影。",
    ])


def t_name_caption():
    a, b = zh_name(), zh_name()
    return "name_caption", [PN], pick([
        f"图：{a}（左二）在康复训练中。",
        f"图为{a}出院时与{b}医生合影。",
        f"【图】{a}和女儿在医院花园里。",
        f"（摄影：{b}）",
        f"照片由{a}本人提供，已获授权使用。",
    ])


def t_name_timeline():
    a = any_name()
    return "name_timeline", [PN], pick([
        f"{MONTHS_YR()}　{a}首次入院。",
        f"{MONTHS_YR()}：{a}完成CAR-T细胞回输。",
        f"{rng.randint(2016, 2024)}年 · {a}确诊{pick(DISEASES)}",
        f"{MONTHS_YR()}，{a}在{pick(CITIES)}复查，结果正常。",
    ])


def t_name_mixed_hard():
    sur = zh_sur()
    en = pick(["Linda", "Kevin", "Amy", "Tony", "Grace", "Jason", "Cindy", "Eric", "Vivian", "Peter", "Coco", "Leo"])
    form = rng.random()
    if form < 0.35:
        n = f"{en} {sur}"
    elif form < 0.6:
        n = f"{sur}{en}"
    elif form < 0.8:
        n = f"{en}{pick(['姐', '哥', '老师'])}"
    else:
        n = en
    return "name_mixed_script_hard", [PN], pick([
        f"{n}是她在深圳工作时的同事，听说后马上转来两万元。",
        f"“{n}你放心，我们会把片子传过去。”",
        f"护士{n}每天帮她翻身。",
        f"{n}在群里@了所有人，分享了复查结果。",
        f"多亏{n}帮她填了英文的预约表。",
    ])


def t_name_initials():
    sur = pick(PY_SUR)
    ini = pick("ABCDEFGHJKLMNPQRSTWXYZ")
    form = rng.random()
    if form < 0.4:
        n = f"{ini}. {sur}"
    elif form < 0.7:
        n = f"{sur} {ini}.{pick('ABCDEFGHJKLMNPQRSTWXYZ')}."
    else:
        n = f"{zh_sur()}{ini}{pick('ABCDEFGHJKLMNPQRSTWXYZ')}"  # e.g. 王XY? keep as family name + initials
    return "name_initials_hard", [PN], pick([
        f"通讯作者：{n}",
        f"本病例由 {n} 医生整理。",
        f"{n} 在会诊记录上签了字。",
        f"翻译审校：{n}",
    ])


def t_name_verb_hard():
    g = pick(GIVEN) + pick(GIVEN)
    return "name_given_only_hard", [PN], pick([
        f"{g}昨晚又没睡好。",
        f"{g}想吃家乡的米线。",
        f"{g}今天状态不错，能自己下床。",
        f"我和{g}商量过了，下个月再来复查。",
        f"麻烦您转告{g}，明天早上空腹抽血。",
    ])


def t_name_fw_hard():
    n = py_name(pick(["normal", "caps"]))
    return "name_fullwidth_hard", [PN], pick([
        f"姓名：{fw(n)}",
        f"患者（{fw(n)}）同意公开本故事。",
        f"{fw(n)}：谢谢大家一路陪伴。",
    ])


def t_name_message():
    n = any_name()
    return "name_patient_message", [PN], pick([
        f"医生您好，我是{n}，想问一下复查要不要空腹。",
        f"您好！我叫{n}，是上个月出院的患者家属。",
        f"我妈妈叫{n}，想咨询一下她的情况能不能做这个治疗。",
        f"我是{n}的女儿，替她留言。",
        f"留言人：{n}　关系：本人",
    ])


def t_name_no_context():
    n = zh_name()
    return "name_no_context", [PN], pick([
        f"{n}，{pick(['女', '男'])}，{rng.randint(18, 80)}岁。",
        f"{n}　{pick(DISEASES)}　已出院",
        f"—— {n}",
        f"{n}：我会坚持按时吃药的。",
    ])


name_templates = [
    t_name_start, t_name_title, t_name_doctor, t_name_possessive, t_name_list, t_name_quote, t_name_nick,
    t_name_wordlike, t_name_pinyin, t_name_translit, t_name_asian, t_name_minority, t_name_latin, t_name_caption,
    t_name_timeline, t_name_mixed_hard, t_name_initials, t_name_verb_hard, t_name_fw_hard, t_name_message, t_name_no_context,
]


# ---- other kinds -----------------------------------------------------------

def cat_of(base: str, hard: bool) -> str:
    return base + ("_hard" if hard else "")


def phone_templates():
    def a():
        v, h = phone_value()
        return cat_of("phone_labelled", h), ["phone_number"], pick([f"联系电话：{v}", f"家属电话 {v}", f"紧急联系人手机：{v}", f"Tel: {v}"])

    def b():
        v, h = phone_value()
        return cat_of("phone_message", h), ["phone_number"], pick([f"有消息请打我电话{v}，白天晚上都可以。", f"我的手机是{v}，麻烦医生回个电话。", f"您可以直接联系我爱人，{v}。"])

    def c():
        v, h = phone_value()
        return cat_of("phone_label_after", h), ["phone_number"], f"{v}（{pick(['患者本人', '女儿', '丈夫', '翻译'])}手机）"

    def d():
        v, h = phone_value()
        return cat_of("phone_fax", h), ["phone_number"], pick([f"传真：{v}", f"病历可以传真到{v}，收件后请回电确认。", f"Fax {v}"])

    def e():
        v, h = phone_value()
        return cat_of("phone_story", h), ["phone_number"], pick([f"她把医生的号码{v}存进了手机，备注“救命恩人”。", f"出院小结上留的随访电话是{v}。", f"那天凌晨，她拨通了{v}，电话那头是值班护士。"])

    def f():
        v, h = phone_value()
        return cat_of("phone_bracket", h), ["phone_number"], pick([f"请联系她的哥哥（电话 {v}）。", f"预约翻译（{v}）后再来门诊。"])

    def g():
        v, h = phone_value()
        n = any_name()
        return cat_of("phone_with_name", h), ["phone_number", PN], pick([f"{n} {v}", f"联系人：{n}，电话：{v}", f"{n}的手机号是{v}。"])

    def i():
        v, h = phone_value()
        return cat_of("phone_whatsapp", h), ["phone_number"], pick([f"WhatsApp 和手机是同一个号：{v}", f"打不通的话请发短信到 {v}。"])

    def j():
        m = mobile()
        return "phone_spoken_hard", ["phone_number"], pick([f"她一个字一个字地念：{cn_spell(m)}。", f"号码是{m[:3]}，{m[3:7]}，{m[7:]}，您记一下。", f"电话尾号不对，应该是{fw_digits(m)}。"])

    return [a, b, c, d, e, f, g, i, j]


def email_templates():
    def a():
        v, h = email_value()
        return cat_of("email_labelled", h), ["email"], pick([f"邮箱：{v}", f"E-mail: {v}", f"电子邮件 {v}"])

    def b():
        v, h = email_value()
        return cat_of("email_message", h), ["email"], pick([f"片子太大微信发不了，我发到您邮箱了，我的是{v}。", f"请把检查报告发到{v}，谢谢！", f"有问题可以写信给我：{v}"])

    def c():
        v, h = email_value()
        return cat_of("email_story", h), ["email"], pick([f"她每个月都会从{v}给主治医生发一封邮件。", f"回国后，他用{v}和翻译保持联系。"])

    def d():
        v, h = email_value()
        return cat_of("email_after", h), ["email"], f"{v}（{pick(['本人', '女儿', '丈夫', '单位'])}邮箱）"

    def e():
        v, h = email_value()
        n = any_name()
        return cat_of("email_with_name", h), ["email", PN], pick([f"{n} <{v}>", f"发件人：{n}（{v}）"])

    def f():
        v, h = email_value()
        return cat_of("email_bracket", h), ["email"], f"资料已抄送家属（{v}）。"

    def g():
        v, h = email_value()
        return cat_of("email_en", h), ["email"], pick([f"Please reply to {v} rather than the hospital address.", f"联系邮箱 / Contact: {v}"])

    def i():
        local = pick(PY_SUR).lower() + pick(PY_GIV) + digits(3)
        return "email_disguised_hard", ["email"], pick([f"邮箱是{local}，后面是QQ邮箱。", f"我的邮箱：{local}艾特163点com", f"发到 {local} [at] gmail [dot] com 就行"])

    def j():
        v, h = email_value()
        return cat_of("email_list", h), ["email"], f"收件人：{v}；{email_value()[0]}"

    return [a, b, c, d, e, f, g, i, j]


def url_templates():
    def a():
        v, h = url_value()
        return cat_of("url_fundraising", h), ["web_address"], pick([f"她的筹款页面：{v}", f"家属在网上发起了求助（{v}），很快筹到了二十多万。", f"轻松筹链接 {v} 请大家帮忙转发"])

    def b():
        v, h = url_value()
        return cat_of("url_blog", h), ["web_address"], pick([f"他把治疗经历写成了博客，地址是{v}。", f"个人主页：{v}", f"更多照片见 {v}"])

    def c():
        v, h = url_value()
        return cat_of("url_message", h), ["web_address"], pick([f"医生您看下这个视频 {v} 是不是同一种病？", f"我把检查单都传到网盘了：{v}"])

    def d():
        v, h = url_value()
        return cat_of("url_after", h), ["web_address"], f"{v}（这是我女儿的抖音主页）" if "douyin" in v else f"{v}（患者本人的主页）"

    def e():
        v, h = url_value()
        return cat_of("url_caption", h), ["web_address"], f"图片来源：{v}"

    def f():
        v, h = url_value()
        return cat_of("url_bracket", h), ["web_address"], f"她在视频里（{v}）讲述了自己的故事。"

    def g():
        code = letters(6, "abcdefghijkmnpqrstuvwxyz0123456789")
        return "url_short_hard", ["web_address"], pick([f"链接发你了：dwz.cn/{code}", f"复制打开 {pick(['t.cn', 'url.cn', 'b23.tv'])}/{code} 看原文", f"戳这里→ https://{pick(['t.cn', 'suo.im'])}/{code}"])

    def i():
        v, h = url_value()
        return cat_of("url_timeline", h), ["web_address"], f"{MONTHS_YR()}　在 {v} 发布第一篇治疗日记"

    def j():
        return "url_social_profile", ["web_address", "social_account"], pick([
            f"https://www.facebook.com/{pick(['aigerim', 'dilnoza', 'olga', 'chidi'])}.{pick(['n', 'k', 'y'])}{digits(2)}",
            f"她的 Instagram 主页 instagram.com/{pick(['madina', 'aruzhan', 'timur'])}_{digits(3)}",
            f"微博主页：weibo.com/u/{digits(10, '1567')}",
            f"https://vk.com/id{digits(9, '123456789')}",
        ])

    return [a, b, c, d, e, f, g, i, j]


def ip_templates():
    def a():
        v, h = ip_value()
        return cat_of("ip_log", h), ["ip_address"], pick([f"留言提交 IP：{v}", f"登录记录显示来自 {v}", f"[form] submitted from {v}"])

    def b():
        v, h = ip_value()
        return cat_of("ip_message", h), ["ip_address"], pick([f"系统提示异地登录，IP 是{v}，是不是我女儿在国外登的？", f"远程会诊时，对方电脑的地址是{v}。"])

    def c():
        v, h = ip_value()
        return cat_of("ip_after", h), ["ip_address"], f"{v}（患者家中路由器）"

    def d():
        v, h = ip_value()
        return cat_of("ip_bracket", h), ["ip_address"], f"这条留言（来源 {v}）已转交患者协调员处理。"

    def e():
        v, h = ip_value()
        return cat_of("ip_device", h), ["ip_address"], pick([f"家用血压计上传数据的网关地址为{v}。", f"血糖仪同步失败，日志里只看到{v}。"])

    def f():
        v, h = ip_value()
        return cat_of("ip_audit", h), ["ip_address"], f"审计日志：{v} 于夜间多次访问该病例页面。"

    def g():
        v, h = ip_value()
        return cat_of("ip_list", h), ["ip_address"], f"相关地址：{v}、{ip_value()[0]}"

    def i():
        v = f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return "ip_hard", ["ip_address"], pick([f"ip:{v}", f"地址{v.replace('.', '。')}", f"IP地址为 {v}:{rng.randint(1024, 65000)}"])

    return [a, b, c, d, e, f, g, i]


def social_templates():
    def a():
        l, v, h = social_value()
        return cat_of("social_labelled", h), ["social_account"], f"{l}：{v}"

    def b():
        l, v, h = social_value()
        return cat_of("social_message", h), ["social_account"], pick([f"医生，方便加一下我{l}吗？{v}", f"我{l}是{v}，资料我在那边发给您。", f"加我{l}{v}，备注“复查”就行。"])

    def c():
        l, v, h = social_value()
        return cat_of("social_story", h), ["social_account"], pick([f"她在{l}（{v}）上记录了每一次化疗。", f"出院后，她把康复视频都发在{l} {v} 上。"])

    def d():
        l, v, h = social_value()
        return cat_of("social_after", h), ["social_account"], f"{v}（{l}）"

    def e():
        l, v, h = social_value()
        n = any_name()
        return cat_of("social_with_name", h), ["social_account", PN], pick([f"{n}的{l}是{v}。", f"联系人 {n}，{l} {v}"])

    def f():
        return "social_wechat_hard", ["social_account"], pick([
            f"V：{pick(PY_SUR).lower()}{pick(PY_GIV)}{digits(4, '12')}",
            f"vx {pick(PY_SUR).lower()}_{pick(PY_GIV)}{digits(2)}",
            f"加薇：{pick(PY_GIV)}{pick(PY_GIV)}{digits(4)}",
            f"扣扣：{digits(9, '123456789')}",
            f"企鹅号{cn_spell(digits(9, '123456789'), yao=False)}",
        ])

    def g():
        l, v, h = social_value()
        return cat_of("social_bracket", h), ["social_account"], f"病友群群主（{l} {v}）会把新人拉进群。"

    def i():
        l, v, h = social_value()
        return cat_of("social_en", h), ["social_account"], f"Contact me on {l}: {v}"

    return [a, b, c, d, e, f, g, i]


def rid_templates():
    def a():
        v, h = resident_id_value()
        return cat_of("resident_id_labelled", h), ["resident_id"], pick([f"身份证号：{v}", f"公民身份号码 {v}", f"身份证：{v}"])

    def b():
        v, h = resident_id_value()
        return cat_of("resident_id_message", h), ["resident_id"], pick([f"预约时填的身份证号是{v}，麻烦核对一下。", f"我爸的身份证{v}，能不能先帮他建档？"])

    def c():
        v, h = resident_id_value()
        return cat_of("resident_id_after", h), ["resident_id"], f"{v}（患者身份证）"

    def d():
        v, h = resident_id_value()
        n = zh_name()
        return cat_of("resident_id_with_name", h), ["resident_id", PN], pick([f"{n}，身份证号{v}", f"姓名：{n}　证件号：{v}"])

    def e():
        v, h = resident_id_value()
        return cat_of("resident_id_story", h), ["resident_id"], pick([f"办理异地就医备案时，她把身份证号{v}抄错了一位。", f"住院登记表上写着{v}，字迹很工整。"])

    def f():
        v, h = resident_id_value()
        return cat_of("resident_id_bare", h), ["resident_id"], v

    def g():
        v, h = resident_id_value()
        return cat_of("resident_id_bracket", h), ["resident_id"], f"家属（身份证 {v}）已签字。"

    def i():
        v, h = resident_id_value()
        old = f"{pick(REGIONS)}{rng.randint(30, 84)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(3)}"
        return "resident_id_old", ["resident_id"], pick([f"老人的身份证还是十五位的：{old}", f"旧身份证号{old}，换证后变成了十八位。"])

    return [a, b, c, d, e, f, g, i]


def natid_templates():
    def a():
        l, v, h = national_id_value()
        return cat_of("national_id_labelled", h), ["national_id"], f"{l}：{v}"

    def b():
        l, v, h = national_id_value()
        return cat_of("national_id_message", h), ["national_id"], pick([f"哈方医院要求提供{l}，我的是{v}。", f"这是我妈妈的{l} {v}，签证材料需要。"])

    def c():
        l, v, h = national_id_value()
        return cat_of("national_id_after", h), ["national_id"], f"{v}（{l}）"

    def d():
        l, v, h = national_id_value()
        n = pick(LATIN_FOREIGN + [translit()])
        return cat_of("national_id_with_name", h), ["national_id", PN], f"{n}，{l} {v}"

    def e():
        l, v, h = national_id_value()
        return cat_of("national_id_story", h), ["national_id"], f"翻译把她的{l}号码{v}录进了国际患者登记表。"

    def f():
        return "national_id_iin", ["national_id"], pick([
            f"ИИН {rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{pick('3456')}{digits(5)}，请核对",
            f"个人识别号（IIN）：{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{pick('3456')}{digits(5)}",
        ])

    def g():
        l, v, h = national_id_value()
        return cat_of("national_id_bracket", h), ["national_id"], f"担保人（{l} {v}）已在保函上签字。"

    def i():
        return "national_id_snils", ["national_id"], pick([
            f"СНИЛС {digits(3)} {digits(3)} {digits(3)} {digits(2)}",
            f"社会保险号（SNILS）{digits(3)}-{digits(3)}-{digits(3)}-{digits(2)}",
            f"Social Security No. {digits(3, '1234567')} {digits(2)} {digits(4)}",
        ])

    return [a, b, c, d, e, f, g, i]


def passport_templates():
    def a():
        v, h = passport_value()
        return cat_of("passport_labelled", h), ["passport_number"], pick([f"护照号：{v}", f"Passport No.: {v}", f"护照号码 {v}"])

    def b():
        v, h = passport_value()
        return cat_of("passport_message", h), ["passport_number"], pick([f"办邀请函需要护照号吧？我的是{v}。", f"签证中心说护照{v}的信息要和邀请函一致。"])

    def c():
        v, h = passport_value()
        return cat_of("passport_after", h), ["passport_number"], f"{v}（护照，有效期至{rng.randint(2025, 2034)}年）"

    def d():
        v, h = passport_value()
        n = pick(LATIN_FOREIGN + [translit(), py_name("caps")])
        return cat_of("passport_with_name", h), ["passport_number", PN], f"{n}　护照 {v}"

    def e():
        v, h = passport_value()
        return cat_of("passport_story", h), ["passport_number"], f"入境时，她的护照{v}被要求补录生物信息。"

    def f():
        v, h = passport_value()
        return cat_of("passport_bracket", h), ["passport_number"], f"陪护人员（护照 {v}）需同时办理陪护签证。"

    def g():
        v, h = passport_value()
        return cat_of("passport_travel_permit", h), ["passport_number"], pick([f"往来港澳通行证号码 C{digits(8)}", f"旅行证件号：{v}"])

    def i():
        v, h = passport_value()
        return cat_of("passport_en", h), ["passport_number"], f"Passport {v}, issued in {pick(['Almaty', 'Tashkent', 'Moscow', 'Lagos', 'Hanoi', 'Ulaanbaatar'])}"

    return [a, b, c, d, e, f, g, i]


def mrn_templates():
    def a():
        l, v, h = mrn_value()
        return cat_of("mrn_labelled", h), ["medical_record_number"], f"{l}：{v}"

    def b():
        l, v, h = mrn_value()
        return cat_of("mrn_message", h), ["medical_record_number"], pick([f"我的{l}是{v}，想打印一下出院记录。", f"麻烦查一下{l}{v}的病理结果出了没有。"])

    def c():
        l, v, h = mrn_value()
        return cat_of("mrn_after", h), ["medical_record_number"], f"{v}（{l}）"

    def d():
        l, v, h = mrn_value()
        return cat_of("mrn_caption", h), ["medical_record_number"], f"图3　出院小结首页（{l} {v}）"

    def e():
        l, v, h = mrn_value()
        return cat_of("mrn_story", h), ["medical_record_number"], f"这已经是她在这里的第五次住院，{l}还是那个{v}。"

    def f():
        l, v, h = mrn_value()
        n = zh_name()
        return cat_of("mrn_with_name", h), ["medical_record_number", PN], f"{n}（{l}{v}）"

    def g():
        return "mrn_pathology", ["medical_record_number"], pick([f"病理号 {pick(['P', 'BL', 'S'])}{rng.randint(2018, 2024)}-{digits(5)}", f"影像号：CT{digits(8)}", f"检验条码 {digits(12, '1')}"])

    def i():
        l, v, h = mrn_value()
        return cat_of("mrn_en", h), ["medical_record_number"], f"Hospital No. {v}"

    return [a, b, c, d, e, f, g, i]


def hp_templates():
    def a():
        l, v, h = health_plan_value()
        return cat_of("health_plan_labelled", h), ["health_plan_number"], f"{l}：{v}"

    def b():
        l, v, h = health_plan_value()
        return cat_of("health_plan_message", h), ["health_plan_number"], pick([f"异地结算时{l}{v}刷不出来怎么办？", f"我们的{l}是{v}，能直接报销吗？"])

    def c():
        l, v, h = health_plan_value()
        return cat_of("health_plan_after", h), ["health_plan_number"], f"{v}（{l}）"

    def d():
        l, v, h = health_plan_value()
        return cat_of("health_plan_story", h), ["health_plan_number"], f"靠着{l}{v}，这次住院报销了七成左右。"

    def e():
        l, v, h = health_plan_value()
        n = zh_name()
        return cat_of("health_plan_with_name", h), ["health_plan_number", PN], f"参保人：{n}，{l}{v}"

    def f():
        l, v, h = health_plan_value()
        return cat_of("health_plan_bracket", h), ["health_plan_number"], f"保险公司（{l} {v}）要求补交费用清单。"

    def g():
        return "health_plan_insurance", ["health_plan_number"], pick([f"Policy No. {letters(2)}{digits(9)}", f"Member ID: {letters(3)}{digits(8)}，Group No. {digits(6)}", f"полис ОМС {digits(4)} {digits(4)} {digits(4)} {digits(4)}"])

    def i():
        l, v, h = health_plan_value()
        return cat_of("health_plan_list", h), ["health_plan_number"], f"需携带：身份证原件、{l}（{v}）、出院小结。"

    return [a, b, c, d, e, f, g, i]


def acct_templates():
    def a():
        l, v, h = account_value()
        return cat_of("account_labelled", h), ["account_number"], f"{l}：{v}"

    def b():
        l, v, h = account_value()
        return cat_of("account_fundraising", h), ["account_number"], pick([f"想帮助她的朋友可以汇款到{l}{v}。", f"爱心捐款请转入{l} {v}，开户行{pick(['农业银行', '建设银行', '工商银行', '邮储银行'])}{pick(CITIES)}分行。"])

    def c():
        l, v, h = account_value()
        return cat_of("account_after", h), ["account_number"], f"{v}（{l}）"

    def d():
        l, v, h = account_value()
        n = any_name()
        return cat_of("account_with_name", h), ["account_number", PN], f"收款人：{n}　{l}：{v}"

    def e():
        l, v, h = account_value()
        return cat_of("account_message", h), ["account_number"], f"退款请打到我的{l}{v}，谢谢。"

    def f():
        l, v, h = account_value()
        return cat_of("account_story", h), ["account_number"], f"为了凑齐费用，她把{l}{v}里的存款全取了出来。"

    def g():
        return "account_iban", ["account_number"], pick([f"IBAN: KZ{digits(2)}{digits(3)}K{digits(13)}", f"SWIFT: HSBKKZKX, IBAN KZ{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)}", f"р/с {digits(20, '4')}"])

    def i():
        l, v, h = account_value()
        return cat_of("account_bracket", h), ["account_number"], f"已通过银行转账（{l} {v}）支付预付款。"

    return [a, b, c, d, e, f, g, i]


def lic_templates():
    def a():
        l, v, h = licence_value()
        return cat_of("licence_labelled", h), ["licence_number"], f"{l}：{v}"

    def b():
        l, v, h = licence_value()
        n = zh_name()
        return cat_of("licence_with_name", h), ["licence_number", PN], f"{n}医生，{l}{v}"

    def c():
        l, v, h = licence_value()
        return cat_of("licence_after", h), ["licence_number"], f"{v}（{l}）"

    def d():
        l, v, h = licence_value()
        return cat_of("licence_story", h), ["licence_number"], f"她丈夫的{l}{v}在陪护期间过期了，一直没空去换。"

    def e():
        l, v, h = licence_value()
        return cat_of("licence_message", h), ["licence_number"], f"申请远程会诊需要主诊医生的{l}，是{v}吗？"

    def f():
        l, v, h = licence_value()
        return cat_of("licence_bracket", h), ["licence_number"], f"持证人（{l} {v}）已在表格上签字。"

    def g():
        return "licence_driver", ["licence_number"], pick([f"驾驶证号 {digits(12, '1234567')}", f"Driver licence no. {letters(1)}{digits(7)}", f"водительское удостоверение {digits(2)} {digits(2)} {digits(6)}"])

    def i():
        l, v, h = licence_value()
        return cat_of("licence_caption", h), ["licence_number"], f"证件信息：{l} {v}"

    return [a, b, c, d, e, f, g, i]


def veh_templates():
    def val():
        v, h = vehicle_value()
        if h and not v[0] in PLATE_PROV and v[0] > "\uff00":
            v = pick(PLATE_PROV) + v
        return v, h

    def a():
        v, h = val()
        return cat_of("vehicle_labelled", h), ["vehicle_identifier"], pick([f"车牌号：{v}", f"车辆：{v}", f"车架号（VIN）：{v}" if len(v) == 17 else f"车牌 {v}"])

    def b():
        v, h = val()
        return cat_of("vehicle_story", h), ["vehicle_identifier"], pick([f"她丈夫开着那辆{v}，从老家一路开了十六个小时。", f"病友们都认得那辆车牌{v}的白色面包车。"])

    def c():
        v, h = val()
        return cat_of("vehicle_message", h), ["vehicle_identifier"], pick([f"我的车{v}停在地下车库，可以办长期停车吗？", f"请保安放行，车牌{v}，来接出院的病人。"])

    def d():
        v, h = val()
        return cat_of("vehicle_after", h), ["vehicle_identifier"], f"{v}（家属车辆）"

    def e():
        v, h = val()
        return cat_of("vehicle_caption", h), ["vehicle_identifier"], f"图为家属驾驶的{v}抵达医院门口。"

    def f():
        v, h = val()
        return cat_of("vehicle_bracket", h), ["vehicle_identifier"], f"救护车（{v}）于凌晨抵达。"

    def g():
        vin = f"L{letters(2, 'SFGVBHKN')}{letters(5, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{digits(1)}{letters(1)}{digits(7)}"[:17]
        return "vehicle_vin", ["vehicle_identifier"], pick([f"事故车辆车架号 {vin}", f"VIN：{vin}", f"{vin}（车辆识别代号）"])

    def i():
        return "vehicle_foreign", ["vehicle_identifier"], pick([f"他们开着哈萨克斯坦牌照的车（{digits(3)} {letters(3, 'ABEKMHOPCTX')} 02）过的霍尔果斯口岸。", f"автомобиль {pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} 154"])

    return [a, b, c, d, e, f, g, i]


def dev_templates():
    def a():
        l, v, h = device_value()
        return cat_of("device_labelled", h), ["device_identifier"], f"{l}：{v}"

    def b():
        l, v, h = device_value()
        return cat_of("device_story", h), ["device_identifier"], f"复查时工程师读取了{l}{v}的数据，电池状态良好。"

    def c():
        l, v, h = device_value()
        return cat_of("device_after", h), ["device_identifier"], f"{v}（{l}）"

    def d():
        l, v, h = device_value()
        return cat_of("device_message", h), ["device_identifier"], f"设备报警了，{l}是{v}，需要换吗？"

    def e():
        l, v, h = device_value()
        return cat_of("device_caption", h), ["device_identifier"], f"图：设备背面标签上的{l}为{v}。"

    def f():
        l, v, h = device_value()
        return cat_of("device_bracket", h), ["device_identifier"], f"设备信息（{l} {v}）已录入随访系统。"

    def g():
        return "device_serial_en", ["device_identifier"], pick([f"S/N {letters(3)}{digits(6)}{letters(1)}", f"Serial: {digits(2)}{letters(1)}{digits(7)}", f"SN{digits(10)}"])

    def i():
        l, v, h = device_value()
        return cat_of("device_list", h), ["device_identifier"], f"植入物登记：{l} {v}；电极导线 {letters(3)}{digits(6)}。"

    return [a, b, c, d, e, f, g, i]


def other_templates():
    def a():
        l, v, h = other_value()
        return cat_of("other_labelled", h), ["other_number"], f"{l}：{v}"

    def b():
        l, v, h = other_value()
        return cat_of("other_message", h), ["other_number"], f"我的{l}是{v}，能帮忙开个证明吗？"

    def c():
        l, v, h = other_value()
        return cat_of("other_after", h), ["other_number"], f"{v}（{l}）"

    def d():
        l, v, h = other_value()
        return cat_of("other_story", h), ["other_number"], f"她把{l}{v}发给了医务社工，方便核对。"

    def e():
        l, v, h = other_value()
        n = any_name()
        return cat_of("other_with_name", h), ["other_number", PN], f"{n}，{l}{v}"

    def f():
        return "other_court", ["other_number"], pick([f"医疗纠纷一案（案号：（{rng.randint(2018, 2024)}）{pick(PLATE_PROV)}{digits(4)}民初{rng.randint(100, 99999)}号）已调解结案。", f"判决书编号（{rng.randint(2018, 2024)}）{pick(PLATE_PROV)}{digits(2)}民终{rng.randint(10, 9999)}号"])

    def g():
        l, v, h = other_value()
        return cat_of("other_bracket", h), ["other_number"], f"报销材料已寄出（{l} {v}）。"

    def i():
        return "other_ticket", ["other_number"], pick([f"机票订单号 {digits(12, '123456789')}，航班改签后请重新告知。", f"E-ticket {digits(3)}-{digits(10)}", f"预约挂号凭证号 GH{digits(10)}"])

    return [a, b, c, d, e, f, g, i]


def date_templates():
    def d():
        return fmt_date(*date_parts())

    def a():
        v = d()
        return "date_story", ["exact_date"], pick([f"{v}，她在当地医院被确诊为{pick(DISEASES)}。", f"{v}完成第一次细胞回输。", f"她清楚地记得{v}那天，医生告诉她指标全部转阴。"])

    def b():
        v = d()
        return "date_timeline", ["exact_date"], pick([f"{v}　入院", f"{v}：出院，定期随访", f"{v} — 复查PET-CT，完全缓解"])

    def c():
        v = d()
        return "date_message", ["exact_date"], pick([f"我订了{v}的机票，能不能那天办入院？", f"医生，{v}复查的结果出来了吗？"])

    def e():
        v = d()
        return "date_after", ["exact_date"], f"手术日期：{v}"

    def f():
        y = rng.randint(2014, 2024)
        return "date_lunar", ["exact_date"], pick([f"{y}年农历{lunar_date()}，她在老家突然晕倒。", f"农历{lunar_date()}那天，全家一起送她住院。", f"那年{pick(LUNAR_M)}{pick(LUNAR_D)}，他做完了最后一次化疗。"])

    def g():
        y = rng.randint(2014, 2024)
        return "date_holiday", ["exact_date"], pick([f"{y}年{pick(HOLIDAYS)}，她是在病房里过的。", f"{y}年的{pick(HOLIDAYS)}当天，他开始高烧不退。"])

    def i():
        y, m, dd = date_parts()
        return "date_hard", ["exact_date"], pick([
            f"{fmt_date(y, m, dd, 'cn_num')}，是她出院的日子。",
            f"{fw_digits(f'{y}-{m:02d}-{dd:02d}')}　开始第二疗程",
            f"{m}.{dd} 复查血常规",
            f"{dd}/{m} 入院，{min(dd + 6, 28)}/{m} 出院",
            f"本月{dd}号上午抽的血。",
        ])

    def j():
        y, m, dd = date_parts()
        return "date_en_mixed", ["exact_date"], pick([f"{fmt_date(y, m, dd, 'en')} 回输 CAR-T", f"Admitted on {fmt_date(y, m, dd, 'mdy')}，次日开始化疗。", f"随访日期：{fmt_date(y, m, dd, 'dmy')}"])

    def k():
        y, m, dd = date_parts()
        return "date_range", ["exact_date"], f"{y}年{m}月{dd}日至{m}月{min(dd + rng.randint(3, 14), 28)}日住院治疗。"

    return [a, b, c, e, f, g, i, j, k]


def dob_templates():
    def d():
        y, m, dd = date_parts(1930, 2018)
        return fmt_date(y, m, dd)

    def a():
        return "dob_labelled", ["date_of_birth"], pick([f"出生日期：{d()}", f"出生年月日 {d()}", f"DOB: {d()}", f"生日：{d()}"])

    def b():
        return "dob_story", ["date_of_birth"], pick([f"她生于{d()}，是家里的老二。", f"孩子{d()}出生，出生后第三天就出现了黄疸。", f"他是{d()}生的，属{pick(['龙', '虎', '马', '兔', '蛇'])}。"])

    def c():
        return "dob_message", ["date_of_birth"], pick([f"我爸爸的出生日期是{d()}，挂号时填错了。", f"宝宝生日{d()}，能约儿科吗？"])

    def e():
        return "dob_after", ["date_of_birth"], f"{d()}（出生）"

    def f():
        y = rng.randint(1940, 2010)
        return "dob_lunar", ["date_of_birth"], pick([f"奶奶是{y}年农历{lunar_date()}生的。", f"她的生日是农历{lunar_date()}，出生于{y}年。"])

    def g():
        y, m, dd = date_parts(1935, 2015)
        return "dob_hard", ["date_of_birth"], pick([f"出生：{fmt_date(y, m, dd, 'fw')}", f"生日{m}月{dd}号，{y}年的", f"b. {dd:02d}.{m:02d}.{y}", f"出生于{fmt_date(y, m, dd, 'cn_num')}"])

    def i():
        n = any_name()
        return "dob_with_name", ["date_of_birth", PN], f"{n}，{pick(['女', '男'])}，出生日期 {d()}"

    def j():
        y, m, dd = date_parts(1950, 2015)
        return "dob_en", ["date_of_birth"], pick([f"Date of birth: {fmt_date(y, m, dd, 'en')}", f"born {fmt_date(y, m, dd, 'mdy')}", f"д.р. {dd:02d}.{m:02d}.{y}"])

    return [a, b, c, e, f, g, i, j]


def age_templates():
    def age():
        return rng.randint(90, 106)

    def a():
        return "age90_story", ["age_over_89"], pick([f"{age()}岁的老人在家人的陪同下来到门诊。", f"患者今年{age()}岁，仍能自己吃饭穿衣。", f"这位{age()}岁的老爷爷是我们收治的最年长的患者。"])

    def b():
        return "age90_cn_numerals", ["age_over_89"], pick([f"奶奶今年{cn_num(rng.randint(90, 99))}岁了。", f"老人已经九十{pick(['一', '二', '三', '四', '五', '六', '七', '八', '九'])}岁。", f"他九十{pick(['有一', '有二', '有五', '有七'])}了，耳不聋眼不花。"])

    def c():
        return "age90_labelled", ["age_over_89"], pick([f"年龄：{age()}岁", f"年龄 {age()} 岁", f"Age: {age()}"])

    def e():
        return "age90_phrase", ["age_over_89"], pick(["年过九旬的老人第一次住院。", "这位百岁老人术后第二天就能下床。", f"老寿星今年{rng.randint(100, 106)}岁。", "九旬老人成功接受了白内障手术。", "她的外婆已经年过九十。"])

    def f():
        return "age90_message", ["age_over_89"], pick([f"我外公{age()}岁了，还能做这个手术吗？", f"家里老人{age()}周岁，医保能报多少？"])

    def g():
        return "age90_hard", ["age_over_89"], pick([f"年龄：{fw_digits(str(age()))}岁", f"{age()}y，女", f"{age()}yo male", f"享年{age()}岁"])

    def i():
        n = zh_sur() + pick(["奶奶", "爷爷", "老太太"])
        return "age90_with_name", ["age_over_89", PN], f"{age()}岁的{n}笑着说自己“还能再活二十年”。"

    def j():
        return "age90_relative", ["age_over_89"], pick([f"照顾她的是{age()}岁的老母亲。", f"她{age()}岁的父亲坚持每天来病房。"])

    return [a, b, c, e, f, g, i, j]


def addr_templates():
    def a():
        v, h = address_value()
        return cat_of("address_labelled", h), ["street_address"], pick([f"家庭住址：{v}", f"现住址 {v}", f"地址：{v}"])

    def b():
        v, h = address_value()
        return cat_of("address_story", h), ["street_address"], pick([f"她家住在{v}，离县城还有四十多公里。", f"出院后，她回到{v}，由社区医生随访。"])

    def c():
        v, h = address_value()
        return cat_of("address_message", h), ["street_address"], pick([f"药品请寄到{v}，谢谢！", f"我们在医院附近租了房子，{v}。"])

    def d():
        v, h = address_value()
        return cat_of("address_after", h), ["street_address"], f"{v}（患者家）"

    def e():
        v, h = address_value()
        p, ph = postal_value()
        return cat_of("address_with_postal", h or ph), ["street_address", "postal_code"], pick([f"邮寄地址：{v}，邮编{p}", f"{v}　{p}"])

    def f():
        v, h = address_value()
        n = any_name()
        return cat_of("address_with_name", h), ["street_address", PN], f"收件人：{n}，{v}"

    def g():
        return "address_rural_hard", ["street_address"], pick([f"{pick(VILLAGES)}{pick(['三', '五', '七'])}组", f"老家在{pick(VILLAGES)}口第二户", f"{pick(ROADS)}{pick(['东', '西', '南', '北'])}口那栋红砖楼的{rng.randint(2, 7)}楼"])

    def i():
        v, h = address_value()
        return cat_of("address_bracket", h), ["street_address"], f"她在出租屋（{v}）里度过了最难的半年。"

    return [a, b, c, d, e, f, g, i]


def postal_templates():
    def a():
        v, h = postal_value()
        return cat_of("postal_labelled", h), ["postal_code"], pick([f"邮编：{v}", f"邮政编码 {v}", f"ZIP: {v}", f"Postcode {v}"])

    def b():
        v, h = postal_value()
        return cat_of("postal_message", h), ["postal_code"], f"复印件寄到{pick(CITIES)}就行，邮编{v}。"

    def c():
        v, h = postal_value()
        return cat_of("postal_after", h), ["postal_code"], f"{v}（邮编）"

    def d():
        v, h = postal_value()
        return cat_of("postal_city", h), ["postal_code"], f"{pick(CITIES)} {v}"

    def e():
        v, h = postal_value()
        return cat_of("postal_story", h), ["postal_code"], f"那封感谢信的信封上只写了邮编{v}和“风湿科收”。"

    def f():
        v, h = postal_value()
        return cat_of("postal_bracket", h), ["postal_code"], f"请把发票寄回原籍（邮编 {v}）。"

    def g():
        return "postal_foreign", ["postal_code"], pick([f"Almaty {pick(['050000', '050010', '050040', '050059'])}", f"Москва, {digits(6, '1')}", f"{pick(['Tashkent', 'Bishkek', 'Astana'])} {digits(6, '17')}", f"〒{digits(3, '1')}-{digits(4)} 東京都"])

    def i():
        v, h = postal_value()
        return cat_of("postal_form", h), ["postal_code"], f"表单第四栏“邮编”填写：{v}"

    return [a, b, c, d, e, f, g, i]


def geo_templates():
    def a():
        v, h = geo_value()
        return cat_of("geo_labelled", h), ["geolocation"], pick([f"定位：{v}", f"GPS 坐标 {v}", f"坐标：{v}"])

    def b():
        v, h = geo_value()
        return cat_of("geo_story", h), ["geolocation"], f"救援队根据手机定位（{v}）在山坳里找到了她。"

    def c():
        v, h = geo_value()
        return cat_of("geo_message", h), ["geolocation"], f"我家的位置发您：{v}，导航过来就行。"

    def d():
        v, h = geo_value()
        return cat_of("geo_after", h), ["geolocation"], f"{v}（患者家中）"

    def e():
        v, h = geo_value()
        return cat_of("geo_caption", h), ["geolocation"], f"照片元数据显示拍摄地点为{v}。"

    def f():
        lat, lon = rng.uniform(20, 50), rng.uniform(75, 130)
        return "geo_maplink", ["geolocation", "web_address"], pick([f"https://maps.google.com/?q={lat:.5f},{lon:.5f}", f"https://uri.amap.com/marker?position={lon:.6f},{lat:.6f}"])

    def g():
        v, h = geo_value()
        return cat_of("geo_log", h), ["geolocation"], f"手环最后上报的位置是{v}。"

    def i():
        lat, lon = rng.uniform(20, 50), rng.uniform(75, 130)
        return "geo_hard", ["geolocation"], pick([f"lat {lat:.4f} / lng {lon:.4f}", f"{lon:.5f},{lat:.5f}（经度在前）", f"东经{lon:.3f}度、北纬{lat:.3f}度附近的那户人家"])

    return [a, b, c, d, e, f, g, i]


def multi_templates():
    def a():
        n = zh_name()
        v, _ = phone_value()
        ad, _ = address_value()
        return "multi_contact_card", [PN, "phone_number", "street_address"], f"联系人：{n}；电话：{v}；住址：{ad}"

    def b():
        n = zh_name()
        r, _ = resident_id_value()
        l, m, _ = mrn_value()
        return "multi_admission", [PN, "resident_id", "medical_record_number"], f"{n}，身份证{r}，{l}{m}"

    def c():
        n = pick(LATIN_FOREIGN)
        p, _ = passport_value()
        y, mm, dd = date_parts(1950, 2005)
        return "multi_foreign_patient", [PN, "passport_number", "date_of_birth"], f"{n}，护照号 {p}，出生日期 {fmt_date(y, mm, dd, 'dmy')}"

    def d():
        n = any_name()
        e, _ = email_value()
        l, s, _ = social_value()
        return "multi_message_sig", [PN, "email", "social_account"], f"—— {n}（邮箱 {e}，{l} {s}）"

    def e():
        y, mm, dd = date_parts()
        n = zh_name()
        return "multi_timeline_name_date", [PN, "exact_date"], f"{fmt_date(y, mm, dd)}，{n}在{pick(CITIES)}完成了第二次骨髓穿刺。"

    def f():
        n = zh_sur() + pick(["奶奶", "爷爷"])
        ad, _ = address_value()
        return "multi_age_address", [PN, "age_over_89", "street_address"], f"{rng.randint(90, 104)}岁的{n}独自住在{ad}。"

    def g():
        v, _ = vehicle_value()
        p, _ = phone_value()
        return "multi_vehicle_phone", ["vehicle_identifier", "phone_number"], f"接站车辆{v if v[0] in PLATE_PROV or v[0].isascii() else pick(PLATE_PROV) + v}，司机电话{p}。"

    def i():
        l, v, _ = health_plan_value()
        y, mm, dd = date_parts()
        return "multi_claim", ["health_plan_number", "other_number", "exact_date"], f"{l}{v}，理赔号CL{rng.randint(2019, 2024)}{digits(8)}，报案日期{fmt_date(y, mm, dd, 'iso')}。"

    def j():
        l, v, _ = account_value()
        u, _ = url_value()
        return "multi_fundraising", ["account_number", "web_address"], f"筹款链接{u}，也可直接转账至{l}{v}。"

    def k():
        l, v, _ = device_value()
        ip, _ = ip_value()
        return "multi_device_ip", ["device_identifier", "ip_address"], f"{l} {v} 最后一次联网地址 {ip}。"

    return [a, b, c, d, e, f, g, i, j, k]


# ---- clean sentences -------------------------------------------------------

def r1(a, b):
    return f"{rng.uniform(a, b):.1f}"


def clean_templates():
    T = []

    def add_t(cat):
        def deco(fn):
            T.append(lambda: (cat, [], fn()))
            return fn
        return deco

    @add_t("clean_dose")
    def _():
        dname, unit = pick(DRUGS)
        dose = rng.choice([0.25, 0.5, 1, 2.5, 5, 7.5, 10, 15, 20, 40, 60, 100, 200, 375, 500, 750, 1000])
        return f"{dname}每次{dose} {unit}，每日{pick(['一', '两', '三'])}次，{pick(['饭后服用', '晨起顿服', '睡前服用', '静脉滴注'])}。"

    @add_t("clean_dose")
    def _():
        dname, unit = pick(DRUGS)
        return f"{dname}由{rng.randint(20, 60)} {unit}/d 逐渐减至{rng.choice([2.5, 5, 7.5, 10])} {unit}/d 维持。"

    @add_t("clean_dose")
    def _():
        b, g = pick(BRANDS)
        return f"使用{b}（{g}）{rng.choice([375, 500, 600, 100, 200, 240, 10])} mg{pick(['/m²', '', '/kg'])}，每{rng.randint(1, 4)}周一次，共{rng.randint(2, 8)}次。"

    @add_t("clean_lab")
    def _():
        return f"复查血常规：白细胞 {r1(1.2, 12)}×10^9/L，血小板 {rng.randint(8, 420)}×10^9/L，血红蛋白 {rng.randint(55, 160)} g/L。"

    @add_t("clean_lab_range")
    def _():
        return f"补体C3 {rng.uniform(0.2, 1.6):.2f} g/L（参考范围 0.90–1.80 g/L），C4 {rng.uniform(0.02, 0.4):.2f} g/L（0.10–0.40）。"

    @add_t("clean_lab")
    def _():
        a = r1(1.5, 9)
        return f"24小时尿蛋白定量由 {a} g 降至 {rng.uniform(0.05, 1.0):.2f} g。"

    @add_t("clean_lab")
    def _():
        return f"肌酐 {rng.randint(45, 580)} μmol/L，eGFR {rng.randint(8, 120)} mL/min/1.73m²，尿酸 {rng.randint(180, 620)} μmol/L。"

    @add_t("clean_vitals")
    def _():
        return f"血压 {rng.randint(92, 186)}/{rng.randint(55, 118)} mmHg，心率 {rng.randint(52, 128)} 次/分，体温 {r1(36.1, 39.8)}℃。"

    @add_t("clean_score")
    def _():
        a = rng.randint(8, 26)
        return f"SLEDAI-2K 评分从 {a} 分降到 {rng.randint(0, a - 4)} 分。"

    @add_t("clean_score")
    def _():
        return f"ECOG 评分 {rng.randint(0, 3)} 分，NYHA 心功能 {pick(['I', 'II', 'III', 'IV'])} 级，Karnofsky 评分 {rng.choice([50, 60, 70, 80, 90])} 分。"

    @add_t("clean_score")
    def _():
        return f"MMSE {rng.randint(15, 30)}/30，MoCA {rng.randint(12, 30)}/30，ADL 评分 {rng.randint(40, 100)} 分。"

    @add_t("clean_trial_registry")
    def _():
        return pick([f"该研究已在 ClinicalTrials.gov 注册（NCT0{rng.randint(1, 6)}{digits(6)}）。", f"本试验注册号：ChiCTR{rng.randint(18, 24)}000{digits(5)}", f"EudraCT 编号 {rng.randint(2015, 2023)}-00{digits(4)}-{digits(2)}", f"临床试验登记号 NCT0{rng.randint(1, 6)}{digits(6)}，入组标准见方案第{rng.randint(3, 9)}节。"])

    @add_t("clean_icd")
    def _():
        return pick([f"诊断编码 ICD-10 {pick(['M32.1', 'M32.9', 'C83.3', 'C90.0', 'N02.8', 'G70.0', 'G36.0', 'E10.9', 'I42.0', 'C91.0', 'M05.9', 'D69.3'])}。", f"ICD-11 编码 {pick(['4A40.0', '2A81', '4A44.9', 'GB40'])}，对应{pick(DISEASES)}。", f"ATC 编码 {pick(['L04AA26', 'L01FA01', 'L04AA06', 'P01BA02', 'H02AB07', 'L01XX52'])}。"])

    @add_t("clean_gene")
    def _():
        return f"基因检测提示 {pick(GENES)} 基因 {pick(VARIANTS)} 变异，变异等位基因频率 {rng.randint(3, 52)}%。"

    @add_t("clean_gene")
    def _():
        return pick([f"HLA-B*58:01 {pick(['阴性', '阳性'])}，{pick(['可以', '不建议'])}使用别嘌醇。", f"HLA-B27 {pick(['阳性', '阴性'])}，骶髂关节MRI未见明显异常。", f"位点 rs{digits(rng.randint(6, 9), '123456789')} 为杂合型。", f"{pick(GENES)} 表达阳性，Ki-67 约 {rng.randint(10, 95)}%。"])

    @add_t("clean_month_year")
    def _():
        return f"{MONTHS_YR()}，她在{pick(CITIES)}的{pick(HOSPITALS)}确诊为{pick(DISEASES)}。"

    @add_t("clean_month_year")
    def _():
        y = rng.randint(2012, 2024)
        return pick([f"{y}年{rng.randint(1, 12)}月{pick(['上旬', '中旬', '下旬', '底', '初'])}，病情再次加重。", f"{y}年夏天，她开始出现{pick(SYMPTOMS)}。", f"直到{y}年底，他才第一次听说CAR-T疗法。", f"In {pick(EN_MONTH)} {y}, she was referred to our {pick(['rheumatology', 'haematology', 'nephrology'])} team."])

    @add_t("clean_travel")
    def _():
        if rng.random() < 0.5:
            return f"{pick(RELATIONS)}陪着患者从{pick(PROVINCES)}坐了{rng.randint(3, 52)}个小时的{pick(['火车', '汽车', '大巴'])}来到{pick(CITIES[:35])}。"
        return f"{pick(RELATIONS)}陪着患者从{pick(COUNTRIES)}转了{pick(['一', '两'])}次机，飞了{rng.randint(4, 20)}个小时才到{pick(CITIES[:20])}。"

    @add_t("clean_alias")
    def _():
        return f"{pick(ALIASES)}今年{rng.randint(3, 89)}岁，{pick(DISEASES)}病史{rng.randint(1, 20)}年。"

    @add_t("clean_alias_quote")
    def _():
        return pick([f"“我终于可以抱孩子了。”{pick(ALIASES)}说。", f"{pick(ALIASES)}告诉记者：“以前每个月都要跑医院，现在{rng.randint(3, 12)}个月才复查一次。”", f"{pick(ALIASES)}的丈夫说，这{rng.randint(2, 9)}年家里几乎花光了积蓄。"])

    @add_t("clean_age_under_90")
    def _():
        a = rng.randint(60, 89)
        return pick([f"{pick(['她的母亲', '他的父亲', '老人', '患者的外婆'])}今年{a}岁，仍然每天散步。", f"{a}岁的老人在家人的陪同下入院。", f"年龄：{a}岁", f"她{cn_num(a)}岁那年第一次住院。", "老人今年八十九岁，耳朵有点背。", f"{a}y，男，{pick(DISEASES)}"])

    @add_t("clean_money")
    def _():
        return pick([f"治疗费用约{rng.randint(8, 130)}万元，医保报销了大约{rng.randint(30, 80)}%。", f"单次CAR-T治疗的费用在{rng.randint(99, 130)}万元左右。", f"自付部分约 ¥{rng.randint(2, 60)},{digits(3)}。", f"The total cost was about US${rng.randint(20, 400)},000."])

    @add_t("clean_time")
    def _():
        return pick([f"凌晨{rng.randint(1, 5)}点多，{pick(RELATIONS)}发现她{pick(SYMPTOMS)}。", f"每天早上{rng.randint(6, 9)}:{pick(['00', '30', '15', '45'])}服药，晚上{rng.randint(19, 22)}:00前入睡。", f"输注从{rng.randint(8, 15)}:{pick(['00', '20', '40'])}开始，历时{rng.randint(20, 180)}分钟。", f"门诊时间为工作日{rng.randint(7, 8)}:30—11:30，下午{rng.randint(13, 14)}:30—17:00。"])

    @add_t("clean_duration")
    def _():
        return pick([f"患者自诉{rng.randint(2, 30)}{pick(['天', '周', '个月', '年'])}前开始出现{pick(SYMPTOMS)}。", f"住院{rng.randint(5, 60)}天后顺利出院。", f"回输后第{rng.randint(3, 28)}天评估为完全缓解。", f"术后第{rng.randint(1, 14)}天拔除引流管。", f"D+{rng.choice([7, 14, 21, 28, 90])} 复查骨髓，MRD 阴性。"])

    @add_t("clean_cart")
    def _():
        return f"CAR-T 细胞回输剂量为 {r1(0.5, 5)}×10^6/kg，CRS {rng.randint(0, 2)} 级，ICANS {rng.randint(0, 1)} 级。"

    @add_t("clean_guideline")
    def _():
        return f"根据{pick(GUIDELINES)}，{pick(['应尽量减少激素用量', '推荐羟氯喹作为基础用药', '建议每3个月评估一次疾病活动度', '推荐尽早进行肾活检'])}。"

    @add_t("clean_eponym")
    def _():
        return pick([f"{pick(EPONYMS)}是一种{pick(['少见', '常见', '慢性', '可治疗'])}的疾病。", f"既往有{pick(EPONYMS)}病史{rng.randint(2, 20)}年。", f"需要与{pick(EPONYMS)}相鉴别。", f"合并{pick(EPONYMS)}的患者需要更密切的随访。"])

    @add_t("clean_surname_char_word")
    def _():
        return pick([
            f"高血压病史{rng.randint(2, 30)}年，规律服用氨氯地平{rng.choice([2.5, 5, 10])} mg。",
            f"黄疸指数明显升高，总胆红素 {rng.randint(30, 420)} μmol/L。",
            f"石膏固定{rng.randint(3, 8)}周后复查X线。",
            f"方案调整为 R-CHOP，共 {rng.randint(4, 8)} 个疗程。",
            "常规监测肝肾功能，任何不适都要及时告诉医生。",
            f"于是{pick(RELATIONS)}带着她来到了{pick(CITIES)}。",
            f"金属内固定物已于{MONTHS_YR()}取出。",
            f"白细胞计数 {r1(1, 15)}×10^9/L，白蛋白 {rng.randint(18, 48)} g/L。",
            f"叶酸 {rng.choice([5, 10])} mg 每周一次，与甲氨蝶呤间隔 24 小时。",
            f"雷公藤多苷片每次 {rng.choice([10, 20])} mg，每日三次。",
            f"钟点工每天上午来家里帮忙{rng.randint(2, 4)}小时。",
            f"甘油三酯 {r1(0.6, 6)} mmol/L，高密度脂蛋白 {r1(0.6, 2)} mmol/L。",
            f"张力性气胸经胸腔闭式引流后缓解，第{rng.randint(2, 7)}天拔管。",
            f"马上就要开始第{rng.randint(2, 6)}个疗程了，她有点紧张。",
            f"林可霉素过敏史，青霉素皮试{pick(['阴性', '阳性'])}。",
            f"毛细血管再充盈时间小于 {rng.randint(2, 3)} 秒。",
            f"黄体酮 {rng.choice([20, 40, 200])} mg 肌注，连用{rng.randint(3, 14)}天。",
            f"高尿酸血症，尿酸 {rng.randint(430, 680)} μmol/L。",
            f"舒张压仍在 {rng.randint(90, 110)} mmHg 左右。",
            f"周围血涂片可见幼稚细胞约{rng.randint(2, 60)}%。",
            f"陆续出现{pick(SYMPTOMS)}和{pick(SYMPTOMS)}。",
            f"严重时一天要换{rng.randint(3, 8)}次衣服。",
            f"贝利尤单抗 {rng.choice([10])} mg/kg 静脉输注，前三次每两周一次。",
            f"温度超过 {r1(38, 39)}℃ 时请及时联系值班医生。",
            f"向来身体很好的她，{rng.randint(20, 60)}岁那年突然病倒了。",
            f"安定 {rng.choice([2.5, 5])} mg 睡前口服。",
        ])

    @add_t("clean_relation")
    def _():
        return pick([f"{pick(RELATIONS)}辞去了工作，专门在{pick(CITIES)}陪护。", f"她最放心不下的是{pick(['刚上小学的儿子', '年迈的父母', '还在哺乳期的女儿', '在外地读书的大儿子'])}。", f"{pick(RELATIONS)}每天下班后都会来病房坐一会儿。"])

    @add_t("clean_decade_year")
    def _():
        return pick([f"她是{pick(['80后', '90后', '00后', '70后'])}，从小在{pick(CITIES)}长大。", f"上世纪{pick(['七十', '八十', '九十'])}年代，这种病几乎没有有效的治疗办法。", f"{rng.randint(1990, 2024)}年，我院成立了{pick(DEPTS)}。", f"自{rng.randint(2015, 2022)}年以来，中心已完成{rng.randint(100, 2000)}余例细胞治疗。", f"90年代出生的护士占了科室的一半。"])

    @add_t("clean_hospital")
    def _():
        return pick([f"她先后在{pick(HOSPITALS)}和{pick(HOSPITALS)}就诊。", f"{pick(HOSPITALS)}{pick(DEPTS)}团队为她进行了多学科会诊。", f"转诊至{pick(['四川大学', '北京大学', '复旦大学', '中山大学', '浙江大学', '哈萨克国立医科大学'])}附属医院继续治疗。"])

    @add_t("clean_job_title")
    def _():
        return pick([f"{pick(JOBS)}每天早上八点查房。", f"据{pick(DEPTS)}{pick(JOBS)}介绍，这类患者通常需要终身随访。", f"{pick(JOBS)}耐心地向家属解释了每一种药的作用。", f"“{pick(['别怕', '放轻松', '我们一起想办法'])}。”{pick(JOBS)}握着她的手说。"])

    @add_t("clean_imaging")
    def _():
        return pick([f"PET-CT 提示多发淋巴结肿大，SUVmax {r1(3, 25)}。", f"MRI 显示{pick(['左侧', '右侧', '双侧'])}{pick(['基底节', '额叶', '颞叶', '脊髓'])}异常信号，最大径约 {r1(0.5, 4)} cm。", f"心脏超声：LVEF {rng.randint(25, 68)}%，左室舒张末径 {rng.randint(42, 72)} mm。", f"CT 示{pick(['双肺', '右肺下叶', '左肺上叶'])}磨玻璃影，较前{pick(['吸收', '进展', '相仿'])}。"])

    @add_t("clean_antibody")
    def _():
        return f"抗核抗体 1:{pick(['160', '320', '640', '1280'])} {pick(['颗粒型', '均质型', '核仁型'])}，抗dsDNA抗体 {rng.randint(20, 800)} IU/mL，抗Sm抗体{pick(['阳性', '阴性'])}。"

    @add_t("clean_glucose")
    def _():
        return f"空腹血糖 {r1(3.8, 14)} mmol/L，糖化血红蛋白 {r1(5, 12)}%，C肽 {r1(0.1, 3)} ng/mL。"

    @add_t("clean_weight")
    def _():
        a = rng.randint(45, 95)
        return f"体重从 {a} kg 降到 {a - rng.randint(2, 15)} kg，BMI {r1(16, 32)} kg/m²。"

    @add_t("clean_ratio")
    def _():
        return pick([f"CD4/CD8 比值 {rng.uniform(0.2, 2.5):.2f}，INR {r1(0.9, 3.5)}。", f"国际标准化比值维持在 {r1(2, 3)} 左右。", f"B 细胞计数 {rng.randint(0, 300)} 个/μL，CD19+ 比例 {r1(0, 20)}%。", f"疾病缓解率约为 {rng.randint(40, 95)}%（{rng.randint(10, 60)}/{rng.randint(61, 90)}）。"])

    @add_t("clean_counts")
    def _():
        return pick([f"共输注了{rng.randint(2, 30)}个单位的红细胞和{rng.randint(1, 20)}个治疗量的血小板。", f"病房里一共住着{pick(['四', '五', '六'])}位病人。", f"她前后一共做了{rng.randint(2, 12)}次骨髓穿刺。", f"这{rng.randint(2, 10)}年里，她辗转了{rng.randint(3, 11)}家医院。"])

    @add_t("clean_geo_words")
    def _():
        return pick([f"来自{pick(COUNTRIES)}的患者逐年增多。", f"{pick(PROVINCES)}{pick(['北部', '南部', '山区', '农村'])}的患者往往就诊较晚。", f"她的老家在{pick(PROVINCES)}，离{pick(CITIES)}有一千多公里。", f"我院国际医疗部接待的患者主要来自{pick(COUNTRIES)}、{pick(COUNTRIES)}和{pick(COUNTRIES)}。"])

    @add_t("clean_app_mention")
    def _():
        return pick(["她通过微信把化验单发给了医生。", "复诊可以在医院公众号上预约。", "出院后每月电话随访一次。", "有问题可以在“留言”页面给我们写信。", "病友们建了一个微信群，互相分享经验。", "她把康复过程拍成短视频发到了抖音上。", "请通过官网的“留言”表单联系患者协调员。", "翻译会通过邮件把报告发给您。"])

    @add_t("clean_emergency")
    def _():
        return pick(["情况紧急时请立即拨打120。", "家属拨打了120，救护车十几分钟就到了。", "如遇火警请拨打119。", "医保政策咨询可拨打12393。", "卫生健康热线 12320 可以查询相关政策。", "报警电话110，急救电话120。"])

    @add_t("clean_drug_code")
    def _():
        return pick([f"国药准字H{rng.randint(2000, 2023)}{digits(4)}", f"批准文号：国药准字S{rng.randint(2010, 2023)}{digits(4)}", f"药品批号 {rng.randint(2022, 2024)}{digits(4)}，有效期至{rng.randint(2025, 2027)}年{rng.randint(1, 12)}月。", f"产品规格：{rng.choice([100, 200, 500])} mg/{rng.choice([10, 20, 50])} mL/瓶"])

    @add_t("clean_staging")
    def _():
        return pick([f"Ann Arbor 分期 {pick(['II', 'III', 'IV'])}{pick(['A', 'B'])} 期，IPI 评分 {rng.randint(1, 5)} 分。", f"ISS 分期 {pick(['I', 'II', 'III'])} 期，R-ISS {pick(['I', 'II', 'III'])} 期。", f"Lugano 2014 标准评估为{pick(['完全缓解', '部分缓解', '疾病稳定'])}。", f"ISN/RPS {pick(['III', 'IV', 'V', 'III+V', 'IV+V'])} 型狼疮性肾炎，活动性指数 {rng.randint(2, 18)}/24。"])

    @add_t("clean_caption")
    def _():
        return pick([f"图{rng.randint(1, 8)}：出院当天，{pick(ALIASES)}在病房前合影（已获患者授权）。", f"图为治疗前后的皮疹对比。", f"图{rng.randint(1, 8)}　治疗前后尿蛋白变化趋势", f"（图片已做模糊处理）", f"图：{pick(DEPTS)}医护团队。"])

    @add_t("clean_timeline")
    def _():
        return pick([f"{MONTHS_YR()}　确诊{pick(DISEASES)}", f"{MONTHS_YR()}：开始{pick(['激素', '环磷酰胺', '利妥昔单抗', 'CAR-T'])}治疗", f"{rng.randint(2014, 2024)}年　病情反复，多次住院", f"{MONTHS_YR()} — 来我院就诊"])

    @add_t("clean_pregnancy")
    def _():
        return pick([f"孕{rng.randint(8, 39)}周时出现{pick(SYMPTOMS)}。", f"产后{rng.randint(1, 11)}个月，她发现全身出现红点。", f"孩子出生体重 {r1(2, 4.2)} kg，Apgar 评分 {rng.randint(7, 10)} 分。"])

    @add_t("clean_en_start")
    def _():
        return pick([f"CAR-T 治疗后第{rng.randint(1, 12)}个月，各项指标基本正常。", f"MRD 检测低于 10^-{rng.randint(4, 6)}。", f"Follow-up at {rng.randint(3, 24)} months showed no relapse.", f"IgG {r1(3, 25)} g/L，IgA {r1(0.3, 4)} g/L，IgM {r1(0.2, 3)} g/L。", f"EBV-DNA < {pick(['400', '500', '1000'])} copies/mL，CMV 阴性。", f"HBsAg 阴性，HBV-DNA < {pick(['20', '100'])} IU/mL。"])

    @add_t("clean_book")
    def _():
        return pick([f"她在病房里读完了《{pick(['活着', '平凡的世界', '百年孤独', '红楼梦', '追风筝的人', '解忧杂货店'])}》。", f"这个病例被写进了{pick(GUIDELINES)}的解读课件。", f"参考文献：{pick(['N Engl J Med', 'Lancet', 'Ann Rheum Dis', 'Blood', 'J Clin Oncol'])}. {rng.randint(2016, 2024)};{rng.randint(100, 400)}({rng.randint(1, 24)}):{(pg := rng.randint(100, 2900))}-{pg + rng.randint(5, 14)}."])

    @add_t("clean_historical")
    def _():
        return pick(["白求恩精神一直激励着我们的医护团队。", "南丁格尔奖章是护理界的最高荣誉。", "李时珍在《本草纲目》中就记载过这味药。", "华佗被后人尊为外科鼻祖。", "孙思邈“大医精诚”四个字挂在门诊大厅。", "希波克拉底誓言是每位医学生入学时都要宣读的。"])

    @add_t("clean_ward")
    def _():
        return pick([f"{pick(DEPTS)}病房的窗外能看到一片银杏林。", "住院部楼下有一个小花园，天气好时病人都会下去走走。", f"她被转入{pick(DEPTS)}监护室观察。", "层流病房每天要消毒两次。", "门诊楼一层设有国际患者服务台。"])

    @add_t("clean_brand")
    def _():
        b, g = pick(BRANDS)
        return pick([f"{b}在当地买不到，只能托人从国内带。", f"{g}（商品名{b}）已纳入医保目录。", f"换用{b}后，她的皮疹明显消退。"])

    @add_t("clean_percent_survival")
    def _():
        return f"{rng.randint(1, 5)}年总生存率约为{rng.randint(30, 95)}%，无进展生存期中位数 {rng.randint(6, 60)} 个月。"

    @add_t("clean_spo2")
    def _():
        return f"血氧饱和度 {rng.randint(82, 100)}%（吸氧 {rng.randint(1, 6)} L/min），呼吸 {rng.randint(14, 32)} 次/分。"

    @add_t("clean_liver")
    def _():
        return f"ALT {rng.randint(8, 420)} U/L，AST {rng.randint(10, 380)} U/L，Child-Pugh {pick(['A', 'B', 'C'])} 级，MELD {rng.randint(6, 30)} 分。"

    @add_t("clean_letter_alias_story")
    def _():
        a = pick(ALIASES)
        return pick([f"{a}是一名{pick(['小学老师', '出租车司机', '大学生', '护士', '牧民', '程序员', '个体户'])}。", f"{a}的病情在{MONTHS_YR()}开始好转。", f"入院时，{a}已经无法自己行走。", f"{a}和{pick(ALIASES)}是同一批接受治疗的患者。"])

    @add_t("clean_numbers_misc")
    def _():
        return pick([f"每次抽血约 {rng.randint(2, 20)} mL，共 {rng.randint(2, 8)} 管。", f"输液速度控制在 {rng.randint(20, 120)} 滴/分。", f"尿量 {rng.randint(300, 3500)} mL/24h。", f"每{rng.randint(2, 12)}周复查一次，至少随访{rng.randint(2, 15)}年。", f"采集的外周血单个核细胞约 {r1(1, 9)}×10^9 个。"])

    @add_t("clean_patient_message")
    def _():
        return pick([f"医生您好，我妈妈{rng.randint(40, 85)}岁，{pick(DISEASES)}{rng.randint(1, 15)}年了，想咨询能不能做CAR-T。", f"请问复查需要空腹吗？大概要在{pick(CITIES)}住几天？", f"您好，孩子{rng.randint(2, 16)}岁，最近{pick(SYMPTOMS)}，需要带什么资料过去？", f"请问外国患者来看病需要办什么签证？我们在{pick(COUNTRIES)}。", f"谢谢医生！{pick(ALIASES)}现在恢复得很好。"])

    return T


# ---------------------------------------------------------------- build

def build() -> None:
    fill(name_templates, 300)
    per = 46
    for tmpl in (phone_templates(), email_templates(), url_templates(), ip_templates(), social_templates(), rid_templates(),
                 natid_templates(), passport_templates(), mrn_templates(), hp_templates(), acct_templates(), lic_templates(),
                 veh_templates(), dev_templates(), other_templates(), date_templates(), dob_templates(), age_templates(),
                 addr_templates(), postal_templates(), geo_templates()):
        fill(tmpl, per)
    fill(multi_templates(), 60)
    fill(clean_templates(), 1150)


def write() -> None:
    rows = ROWS[:]
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, sent in rows:
            fh.write(f"{cat}\t{kinds}\t{sent}\n")


if __name__ == "__main__":
    build()
    write()
    print(f"wrote {len(ROWS)} rows to {OUT}")
