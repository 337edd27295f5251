"""Held-out de-identification corpus, part 10 (Simplified Chinese).

Running this script writes ``deid_generated_zh_heldout10.tsv`` next to it: one
sentence per row, each labelled with the kinds of identifying detail a careful
reader would find in it (patient and relative names, addresses, exact dates,
birth dates, ages of 90 and over, phone numbers, e-mail and web addresses,
social accounts, identity, passport, record, insurance, bank, licence, vehicle
and device numbers and other case-specific numbers), or ``-`` for a sentence
that holds none.

The sentences are written the way editors, translators, clinicians and patients
write case stories, messages, photo captions and timelines in Chinese. About
one in five is deliberately harder (unusual positions and notations, full-width
digits, names that are also common words, lowercase or upper-case names, mixed
scripts). The clean sentences are chosen to look risky: doses, lab values,
ranges, gene names, trial and ICD codes, months with years, ages under 90,
cities, hospitals, eponymous diseases, letter aliases such as "A女士".

This corpus was written without reading the scanner's code, its tests or its
earlier corpora, so that its figures measure the scanner honestly on text it
was not tuned for. Its output is fixed: the random generator uses a constant
seed and only the standard library is used.

Usage: python tests/data/make_deid_part10_zh.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEED = 61731029
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "deid_generated_zh_heldout10.tsv"

KINDS = [
    "person_name", "street_address", "postal_code", "geolocation", "exact_date",
    "date_of_birth", "age_over_89", "phone_number", "email", "web_address",
    "ip_address", "social_account", "resident_id", "national_id",
    "passport_number", "medical_record_number", "health_plan_number",
    "account_number", "licence_number", "vehicle_identifier",
    "device_identifier", "other_number",
]

# ---------------------------------------------------------------- helpers

FW = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-.:/@",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－．：／＠",
)
CN_DIG = "〇一二三四五六七八九"


def fw(s: str) -> str:
    return s.translate(FW)


def maybe_fw(s: str, p: float = 0.15) -> str:
    return fw(s) if R.random() < p else s


def cn_digits(s: str, yao: bool = False) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("幺" if (yao and ch == "1") else CN_DIG[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def cn_num(n: int) -> str:
    """Chinese numeral for 0..199."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + d[rest]
    return "一百" + cn_num(rest) if rest >= 20 else "一百一十" + (d[rest % 10] if rest % 10 else "")


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- names

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "令狐", "尉迟", "端木", "东方", "夏侯", "公孙", "长孙", "皇甫", "司徒"]
RARE = ["禤", "冼", "昝", "亓", "佘", "覃", "蒯", "邝", "訾", "甯", "缑", "仝", "逯", "靳", "滕", "牟", "隗", "亢", "仉", "笪", "闫", "郗", "芮", "蔺"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红梅鹏飞斌宇浩凯晨瑶琳婷雪颖慧晶欣")
GIVEN2 = ["秀英", "建国", "志强", "海燕", "玉兰", "文博", "桂芳", "子涵", "雨桐", "佳怡", "志勇", "淑珍", "嘉琪", "浩然",
          "婉清", "子轩", "海波", "春花", "思远", "立新", "小慧", "红英", "一鸣", "丽君", "建华", "振华", "明辉", "宝珍",
          "秋菊", "晓东", "一帆", "祥瑞", "永红", "晓雯", "俊杰", "梦琪", "欣怡", "宇航", "semi"]
GIVEN2 = [g for g in GIVEN2 if g != "semi"] + ["若曦", "沐阳", "诗涵", "国栋", "德福", "翠兰", "金凤", "长生", "福来", "铁柱",
                                             "美玲", "晓红", "思思", "志明", "建军", "瑞", "然", "晓", "佳", "凤"]
MINORITY = ["扎西多吉", "次仁央宗", "卓玛", "格桑梅朵", "阿依古丽·买买提", "买买提江·艾力", "古丽娜尔·吐尔逊",
            "巴特尔", "乌兰其其格", "阿木古楞", "努尔兰·卡斯木", "热依拉·阿不都热依木", "迪丽努尔", "艾尔肯·吐尔洪",
            "帕提古丽", "阿卜杜热合曼·艾则孜", "央金拉姆", "斯琴高娃", "哈斯图雅", "木合塔尔"]
FOREIGN_ZH = ["娜塔莎·伊万诺娃", "谢尔盖·彼得罗夫", "奥尔加·斯米尔诺娃", "德米特里·索科洛夫", "叶尔兰·努尔兰诺夫",
              "阿谢尔·托克塔罗娃", "阿依让·别克托娃", "迪尔诺扎·拉希莫娃", "绍赫鲁赫·尤苏波夫", "阿卜杜拉·哈桑",
              "法蒂玛·扎赫拉", "金敏俊", "朴秀妍", "李智恩", "佐藤美咲", "田中健一", "阮氏兰", "陈文雄", "范明俊",
              "普丽娅·夏尔马", "拉胡尔·维尔马", "奥卢塞贡·阿德巴约", "奇内杜·奥卡福", "阿玛拉·迪亚洛",
              "玛丽亚·冈萨雷斯", "卡洛斯·门多萨", "汉斯·穆勒", "伊莎贝拉·罗西", "安娜·科瓦尔奇克", "穆罕默德·萨利赫",
              "艾达尔·谢里克巴耶夫", "古丽努尔·阿赫梅托娃", "巴赫提亚尔·卡里莫夫", "伊琳娜·沃尔科娃", "阿米娜·优素福"]
LATIN = ["Zhang Wei", "Li Xiuying", "WANG FANG", "liu yang", "Chen Jing", "Aigerim Bekova", "Nurlan Kassymov",
         "Olga Petrova", "Dmitry Sokolov", "Dilnoza Rakhimova", "Shokhrukh Yusupov", "Kim Min-jun", "Park Soo-yeon",
         "Sato Misaki", "Nguyen Thi Lan", "Tran Van Hung", "Priya Sharma", "Rahul Verma", "Chinedu Okafor",
         "Amara Diallo", "Sofía Ramírez", "Hans Müller", "Isabella Rossi", "Fatima Al-Harbi", "Ahmed Hassan",
         "Xu Meiling", "OUYANG XIAOWEN", "zhao lihua", "Madina Ospanova", "Timur Akhmetov", "Yerlan Seitkali",
         "Gulnara Abdullaeva", "Jasur Tashkentov", "Lee Ji-eun", "Tanaka Kenichi", "Ana Kowalczyk", "Kwame Mensah",
         "Luis Fernández", "Elena Popescu", "Mehmet Yılmaz"]
NICK = ["阿强", "阿珍", "阿芬", "阿华", "阿May", "老周", "老杨", "老马", "老谭", "小芳", "小宇", "小雪", "小胖", "毛毛", "豆豆",
        "囡囡", "乐乐", "朵朵", "果果", "阿依", "二丫", "大刘", "小林子", "阿杰", "阿龙", "妞妞", "小鱼儿", "阿伟"]
# names that are also everyday words; only used where the sentence makes clear a person is meant
CW_NAMES = ["高峰", "夏天", "文静", "向阳", "白雪", "方圆", "石磊", "金山", "任重", "常青", "江河", "马达", "叶子", "海燕",
            "国庆", "春雨", "田野", "钟情", "安康", "平安", "高山", "明月", "万里", "贺喜"]
TITLES_DOC = ["主任", "医生", "大夫", "教授", "护士长", "护士", "主任医师", "老师", "医师"]
TITLES_LAY = ["女士", "先生", "阿姨", "大爷", "奶奶", "大姐", "师傅", "老师", "叔叔", "大妈"]


def given() -> str:
    return pick(GIVEN1) if R.random() < 0.3 else pick(GIVEN2)


def cn_name() -> str:
    r = R.random()
    if r < 0.1:
        return pick(COMPOUND) + given()
    if r < 0.2:
        return pick(RARE) + given()
    return pick(SURNAMES) + given()


def name() -> str:
    r = R.random()
    if r < 0.55:
        return cn_name()
    if r < 0.65:
        return pick(MINORITY)
    if r < 0.85:
        n = pick(FOREIGN_ZH)
        if "·" in n and R.random() < 0.35:
            n = n.replace("·", pick(["•", "・", "．", "", "-", "‧"]))
        return n
    n = pick(LATIN)
    q = R.random()
    if q < 0.15:
        n = n.upper()
    elif q < 0.25:
        n = n.lower()
    return n


def surname() -> str:
    r = R.random()
    if r < 0.1:
        return pick(COMPOUND)
    if r < 0.2:
        return pick(RARE)
    return pick(SURNAMES)


def doc() -> str:
    r = R.random()
    if r < 0.45:
        return surname() + pick(TITLES_DOC)
    if r < 0.8:
        return cn_name() + pick(["医生", "主任", "护士", "教授", "大夫", ""])
    if r < 0.9:
        return pick(["Dr. ", "Dr ", ""]) + pick(["Olga Petrova", "Kim Min-jun", "Hans Müller", "Aigerim Bekova", "Ahmed Hassan"])
    return pick(FOREIGN_ZH).split("·")[-1] + pick(["医生", "大夫"])


def latin() -> str:
    n = pick(LATIN)
    q = R.random()
    if q < 0.2:
        return n.upper()
    if q < 0.3:
        return n.lower()
    return n


def titled() -> str:
    return surname() + pick(TITLES_LAY)


def nick() -> str:
    return pick(NICK)


def cwname() -> str:
    return pick(CW_NAMES)


def given_only() -> str:
    r = R.random()
    if r < 0.6:
        return pick(GIVEN2[:40])
    return pick(["Aigerim", "Nurlan", "Olga", "Dilnoza", "Priya", "Chinedu", "Sofía", "Misaki", "Minjun", "Lan",
                 "娜塔莎", "阿依古丽", "迪尔诺扎", "法蒂玛", "伊琳娜", "阿玛拉"])


def initials() -> str:
    s = pick(["Zhang", "Li", "Wang", "Chen", "Liu", "Ouyang", "Petrova", "Kassymov", "Nguyen", "Kim"])
    return pick([f"{R.choice('JXYMLHWQ')}. {s}", f"{s} {R.choice('JXYMLHWQ')}.", f"{s} {R.choice('JXYMLHWQ')}.{R.choice('JXYMLHWQ')}."])


# ---------------------------------------------------------------- clean fillers

CITIES = ["乌鲁木齐", "喀什", "伊宁", "兰州", "西宁", "昆明", "贵阳", "南宁", "哈尔滨", "长春", "沈阳", "大连", "温州", "泉州",
          "赣州", "洛阳", "包头", "呼和浩特", "拉萨", "海口", "三亚", "石家庄", "太原", "合肥", "芜湖", "宜宾", "遵义", "汕头"]
FOREIGN_CITIES = ["阿拉木图", "阿斯塔纳", "塔什干", "撒马尔罕", "比什凯克", "杜尚别", "莫斯科", "新西伯利亚", "河内", "胡志明市",
                  "首尔", "釜山", "大阪", "拉各斯", "内罗毕", "迪拜", "卡拉奇", "达卡", "乌兰巴托", "万象", "金边", "仰光"]
PROVS = ["新疆", "西藏", "青海", "甘肃", "内蒙古", "黑龙江", "吉林", "辽宁", "河北", "山西", "河南", "山东", "江苏", "浙江",
         "安徽", "江西", "福建", "广东", "广西", "海南", "云南", "贵州", "四川", "重庆", "湖南", "湖北", "陕西", "宁夏"]
COUNTRIES = ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "俄罗斯", "越南", "老挝", "柬埔寨", "蒙古国", "尼日利亚", "肯尼亚",
             "巴基斯坦", "孟加拉国", "印度尼西亚", "阿联酋", "埃及", "巴西", "墨西哥", "德国", "意大利", "波兰"]
HOSPS = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学肿瘤防治中心", "新疆医科大学第一附属医院",
         "郑州大学第一附属医院", "浙江大学医学院附属第一医院", "华中科技大学同济医学院附属同济医院", "北京大学人民医院",
         "上海交通大学医学院附属瑞金医院", "中南大学湘雅医院", "当地县医院", "省人民医院", "市中心医院", "本院"]
DEPTS = ["血液科", "风湿免疫科", "肾内科", "神经内科", "心内科", "肿瘤科", "儿科", "新生儿科", "呼吸与危重症医学科", "骨科",
         "康复医学科", "国际医疗部", "营养科", "消化内科", "内分泌科", "放疗科", "急诊科", "ICU", "介入科", "皮肤科"]
DRUGS = [("甲泼尼龙", "mg", [40, 80, 500, 1000]), ("泼尼松", "mg", [5, 10, 20, 30, 60]), ("环磷酰胺", "mg", [400, 500, 750, 1000]),
         ("吗替麦考酚酯", "g", [0.5, 1, 1.5]), ("他克莫司", "mg", [0.5, 1, 2]), ("羟氯喹", "mg", [100, 200, 400]),
         ("利妥昔单抗", "mg", [375, 500, 1000]), ("阿司匹林", "mg", [75, 100]), ("二甲双胍", "mg", [500, 850, 1000]),
         ("胰岛素", "U", [4, 6, 8, 12, 16]), ("氨氯地平", "mg", [2.5, 5, 10]), ("氟达拉滨", "mg/m²", [25, 30]),
         ("托珠单抗", "mg/kg", [4, 8]), ("贝利尤单抗", "mg/kg", [10]), ("地塞米松", "mg", [5, 10, 20]),
         ("头孢曲松", "g", [1, 2]), ("万古霉素", "g", [0.5, 1]), ("奥美拉唑", "mg", [20, 40]), ("呋塞米", "mg", [20, 40])]
FREQ = ["qd", "bid", "tid", "q12h", "q8h", "每日一次", "每日两次", "每周一次", "每4周一次", "隔日一次", "睡前", "饭后"]
BRANDS = ["美罗华", "倍力腾", "雅美罗", "赛可平", "纷乐", "普乐可复", "格列卫", "泰瑞沙", "可瑞达", "欧狄沃", "诺和锐", "来得时",
          "拜新同", "立普妥", "波立维", "骁悉", "修美乐", "恩利", "赫赛汀", "达伯舒"]
EPONYMS = ["桥本甲状腺炎", "干燥综合征", "雷诺现象", "霍奇金淋巴瘤", "川崎病", "唐氏综合征", "帕金森病", "阿尔茨海默病",
           "克罗恩病", "格雷夫斯病", "库欣综合征", "吉兰-巴雷综合征", "白塞病", "斯蒂尔病", "威尔逊病", "戈谢病",
           "法布雷病", "卡斯尔曼病", "伯基特淋巴瘤", "华氏巨球蛋白血症", "马凡综合征", "特纳综合征"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "ALK", "JAK2 V617F", "FLT3-ITD", "NPM1", "BCR-ABL1", "KRAS G12C",
         "BRAF V600E", "IDH1 R132H", "CALR", "MPL W515L", "HLA-B*58:01", "HLA-DRB1", "CD19", "CD20", "BCMA", "PD-L1",
         "MTHFR C677T", "CFTR", "SMN1", "DMD", "PKD1", "ATP7B", "GBA", "GLA", "TNFRSF13B"]
ALIASES = ["A女士", "B先生", "患者A", "患者C", "小A", "小B", "C某", "D女士", "E先生", "Ms. A", "Mr. B", "Patient C",
           "患儿D", "A阿姨", "老K", "X先生", "甲患者", "乙患者"]
RELS = ["她的母亲", "他的大儿子", "她丈夫", "患儿的父亲", "他的妻子", "小女儿", "她的姐姐", "他的哥哥", "孩子的奶奶", "她的外婆",
        "病友的女儿", "邻居家的阿姨", "他的老伴", "她的公公", "孩子的舅舅", "她的闺蜜"]


def city() -> str:
    return pick(CITIES) if R.random() < 0.6 else pick(FOREIGN_CITIES)


def age_under() -> str:
    n = R.randint(1, 89)
    r = R.random()
    if r < 0.5:
        return f"{n}岁"
    if r < 0.7:
        return f"{cn_num(n)}岁"
    if r < 0.8:
        return f"{n}周岁"
    if r < 0.9:
        return fw(str(n)) + "岁"
    return f"{n} 岁"


def month_year() -> str:
    y = R.randint(2010, 2024)
    m = R.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年{cn_num(m)}月", f"{y}.{m:02d}", f"{y}年{m}月初", f"{y}年{m}月中旬", f"{y}年{m}月底",
                 f"{cn_digits(str(y))}年{cn_num(m)}月", f"{y}年春天", f"{y}年下半年", f"{y}年第{R.randint(1, 4)}季度"])


# ---------------------------------------------------------------- identifier values

def date_val(y0=2014, y1=2024) -> str:
    y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
    en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lunar_m = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]
    lunar_d = ["初" + cn_num(x) if x <= 10 else cn_num(x) if x < 20 else ("廿" + cn_num(x - 20) if x > 20 else "二十")
               for x in range(1, 30)]
    f = R.randrange(20)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{m}月{d}日"
    if f == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 3:
        return f"{y}.{m}.{d}"
    if f == 4:
        return f"{y}/{m:02d}/{d:02d}"
    if f == 5:
        return f"{d:02d}/{m:02d}/{y}"
    if f == 6:
        return f"{cn_digits(str(y))}年{cn_num(m)}月{cn_num(d)}日"
    if f == 7:
        return fw(f"{y}年{m}月{d}日".replace("年", "年").replace("月", "月"))
    if f == 8:
        return f"{m}月{d}号"
    if f == 9:
        return f"{y}年农历{pick(lunar_m)}{lunar_d[d - 1]}"
    if f == 10:
        return f"农历{pick(lunar_m)}{lunar_d[d - 1]}"
    if f == 11:
        return f"{y}年{pick(['除夕', '中秋节', '元旦', '国庆节', '元宵节', '端午节', '大年初一', '冬至', '七夕', '平安夜'])}"
    if f == 12:
        return f"{y}年{m}月{d}日上午{R.randint(8, 11)}点"
    if f == 13:
        return f"{d} {en[m - 1]} {y}"
    if f == 14:
        return f"{y}{m:02d}{d:02d}"
    if f == 15:
        return f"{en[m - 1]} {d}, {y}"
    if f == 16:
        return f"{m:02d}-{d:02d}"
    if f == 17:
        return f"{y}年{m}月{d}日（星期{pick('一二三四五六日')}）"
    if f == 18:
        return f"{d}.{m:02d}.{y}"
    return f"{m}/{d}"


def dob_val() -> str:
    y, m, d = R.randint(1926, 2016), R.randint(1, 12), R.randint(1, 28)
    f = R.randrange(12)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 2:
        return f"{y}.{m:02d}.{d:02d}"
    if f == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if f == 4:
        return f"{cn_digits(str(y))}年{cn_num(m)}月{cn_num(d)}日"
    if f == 5:
        return fw(f"{y}年{m}月{d}日")
    if f == 6:
        return f"{y}/{m}/{d}"
    if f == 7:
        return f"{y}{m:02d}{d:02d}"
    if f == 8:
        return f"{m}/{d}/{y}"
    if f == 9:
        return f"{y}年{m}月{d}号"
    if f == 10:
        return f"{y}年农历{pick(['正月', '三月', '五月', '八月', '腊月'])}初{cn_num(R.randint(1, 9))}"
    return f"{d} {pick(['January', 'March', 'May', 'July', 'October', 'December'])} {y}"


def old_val() -> str:
    n = R.randint(90, 106)
    f = R.randrange(12)
    if f == 0:
        return f"{n}岁"
    if f == 1:
        return f"{cn_num(n)}岁"
    if f == 2:
        return f"{n}周岁"
    if f == 3:
        return f"虚岁{n}"
    if f == 4:
        return f"{n}岁高龄"
    if f == 5:
        return f"九十有{cn_num(R.randint(1, 9))}"
    if f == 6:
        return fw(str(n)) + "岁"
    if f == 7:
        return "年逾九旬"
    if f == 8:
        return f"{n} 岁"
    if f == 9:
        return pick(["百岁", "一百零二岁", "101岁", "期颐之年"])
    if f == 10:
        return f"{cn_num(n)}周岁"
    return f"{n}岁零{R.randint(1, 11)}个月"


def phone_val() -> str:
    f = R.randrange(18)
    mob = pick(["138", "139", "135", "136", "150", "152", "158", "159", "186", "187", "177", "181", "189", "199", "166", "173"]) + digits(8)
    if f == 0:
        return mob
    if f == 1:
        return f"{mob[:3]} {mob[3:7]} {mob[7:]}"
    if f == 2:
        return f"{mob[:3]}-{mob[3:7]}-{mob[7:]}"
    if f == 3:
        return f"+86 {mob}"
    if f == 4:
        return f"+86-{mob[:3]}-{mob[3:7]}-{mob[7:]}"
    if f == 5:
        ac = pick(["010", "021", "020", "0991", "0931", "0871", "0451", "0577", "0371", "028"])
        return f"{ac}-{digits(8 if len(ac) == 3 else 7)}"
    if f == 6:
        ac = pick(["010", "021", "0991", "027"])
        return f"（{ac}）{digits(8 if len(ac) == 3 else 7)}"
    if f == 7:
        return fw(mob)
    if f == 8:
        return cn_digits(mob, yao=R.random() < 0.6)
    if f == 9:
        return f"+7 7{R.randint(0, 9)}{R.randint(0, 9)} {digits(3)} {digits(2)} {digits(2)}"
    if f == 10:
        return f"8 (9{digits(2)}) {digits(3)}-{digits(2)}-{digits(2)}"
    if f == 11:
        return f"+998 9{R.randint(0, 9)} {digits(3)} {digits(2)} {digits(2)}"
    if f == 12:
        return f"+1 ({R.randint(201, 989)}) 555-{digits(4)}"
    if f == 13:
        return f"+44 7700 {digits(6)}"
    if f == 14:
        return f"010-{digits(4)}-{digits(4)}"
    if f == 15:
        return f"+84 9{R.randint(0, 9)} {digits(3)} {digits(4)}"
    if f == 16:
        return f"+234 80{R.randint(2, 9)} {digits(3)} {digits(4)}"
    return f"0{pick(['755', '571', '991', '931'])}-{digits(8)}转{digits(3)}"


PINYIN = ["zhangwei", "lixiuying", "wangfang", "liuyang", "chenjing", "linjiayi", "zhouhaiyan", "xu.meiling", "ouyang_xw",
          "aigerim.b", "nurlan.k", "olga.petrova", "dilnoza_r", "kim.minjun", "nguyen.lan", "priya.s", "chinedu.o", "hmueller",
          "songjiaqi", "tang.xue", "maohuizhen", "guo_zihan", "heyutong", "xiaoyu.mama", "doudoubaba", "zhaxi.dorje"]
DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com", "mail.ru", "yandex.kz", "outlook.com",
           "yahoo.co.jp", "naver.com", "hotmail.com", "139.com", "sohu.com", "inbox.uz", "web.de"]


def email_val() -> str:
    u = pick(PINYIN) + (digits(R.choice([0, 2, 4])) if R.random() < 0.6 else "")
    d = pick(DOMAINS)
    if d == "qq.com" and R.random() < 0.5:
        u = str(R.randint(10000, 2999999999))
    f = R.randrange(10)
    if f < 5:
        return f"{u}@{d}"
    if f == 5:
        return f"{u} at {d.replace('.', ' dot ')}"
    if f == 6:
        return f"{u}(at){d}"
    if f == 7:
        return f"{u}＠{d}"
    if f == 8:
        return f"{u}#{d}（#换成@）"
    return f"{u.upper() if R.random() < 0.3 else u}[at]{d}"


def url_val() -> str:
    slug = pick(PINYIN).replace(".", "").replace("_", "")
    f = R.randrange(12)
    if f == 0:
        return f"https://{slug}.github.io"
    if f == 1:
        return f"http://blog.sina.com.cn/{slug}"
    if f == 2:
        return f"t.cn/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(7))}"
    if f == 3:
        return f"https://bit.ly/{''.join(R.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(7))}"
    if f == 4:
        return f"https://www.qschou.com/project/{digits(6)}"
    if f == 5:
        return f"www.{slug}.com"
    if f == 6:
        return f"https://pan.baidu.com/s/1{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789') for _ in range(10))}"
    if f == 7:
        return f"https://mp.weixin.qq.com/s/{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789_-') for _ in range(16))}"
    if f == 8:
        return f"{slug}.wordpress.com/{R.randint(2018, 2024)}/{R.randint(1, 12):02d}/my-story"
    if f == 9:
        return f"https://www.{slug}-kangfu.cn/diary.html"
    if f == 10:
        return f"http://{slug}.blog.163.com"
    return f"https://www.gofundme.com/f/help-{slug}-{R.randint(2, 99)}"


def ip_val() -> str:
    f = R.randrange(8)
    if f == 0:
        return f"{R.choice([36, 39, 58, 61, 101, 112, 117, 120, 183, 202, 211, 223])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if f == 1:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if f == 2:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if f == 3:
        return f"2409:8a{R.randint(10, 99)}:{R.randint(1000, 9999):x}:{R.randint(16, 255):x}::{R.randint(1, 65535):x}"
    if f == 4:
        return f"fe80::{R.randint(1, 65535):x}:{R.randint(1, 65535):x}:{R.randint(1, 65535):x}:{R.randint(1, 65535):x}"
    if f == 5:
        return f"{R.randint(80, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}:{pick(['8080', '443', '3389'])}"
    if f == 6:
        return fw(f"{R.randint(100, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    return f"2001:0db8:{R.randint(0, 65535):04x}:{R.randint(0, 65535):04x}:0000:0000:{R.randint(0, 65535):04x}:{R.randint(0, 65535):04x}"


def social_val() -> str:
    h = pick(PINYIN).replace(".", "_") + (digits(R.choice([2, 3, 4])) if R.random() < 0.7 else "")
    f = R.randrange(16)
    if f == 0:
        return f"微信号：{h}"
    if f == 1:
        return f"微信 wxid_{''.join(R.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(14))}"
    if f == 2:
        return f"QQ：{R.randint(10000, 3999999999)}"
    if f == 3:
        return f"QQ号{cn_digits(str(R.randint(100000, 999999999)))}"
    if f == 4:
        return f"微博@{pick(['小雨的抗癌日记', '豆豆妈妈记录', '狼疮姐姐阿敏', '努力活着的老周', 'Aigul_KZ', '透析第八年'])}"
    if f == 5:
        return f"抖音号 {h}"
    if f == 6:
        return f"小红书号：{R.randint(100000000, 9999999999)}"
    if f == 7:
        return f"Instagram @{h}"
    if f == 8:
        return f"Telegram：@{h}"
    if f == 9:
        return f"LINE ID: {h}"
    if f == 10:
        return f"X（推特）@{h}"
    if f == 11:
        return f"快手号 {h}"
    if f == 12:
        return f"VK: id{R.randint(10000000, 699999999)}"
    if f == 13:
        return f"WeChat: {h}"
    if f == 14:
        return f"视频号「{pick(['阿珍的康复路', '豆豆和白血病', '老谭透析记'])}」"
    return f"Facebook 账号 {h}"


AREA = ["110105", "110108", "310104", "310115", "440106", "440304", "510107", "650102", "650104", "653101", "420102",
        "130102", "370202", "610113", "230103", "530102", "450103", "620102", "330106", "350203", "411302", "150102"]


def rid_val() -> str:
    y, m, d = R.randint(1935, 2018), R.randint(1, 12), R.randint(1, 28)
    body = f"{pick(AREA)}{y}{m:02d}{d:02d}{digits(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    if R.random() < 0.2:
        chk = pick([c for c in "0123456789X" if c != chk])
    full = body + chk
    f = R.randrange(9)
    if f <= 3:
        return full
    if f == 4:
        return f"{full[:6]} {full[6:14]} {full[14:]}"
    if f == 5:
        return fw(full)
    if f == 6:
        return full[:-1] + (full[-1].lower())
    if f == 7:
        return f"{pick(AREA)}{str(y)[2:]}{m:02d}{d:02d}{digits(3)}"
    return f"{full[:6]}-{full[6:14]}-{full[14:]}"


def nid_val() -> str:
    f = R.randrange(12)
    yy, mm, dd = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    if f == 0:
        return f"IIN {yy:02d}{mm:02d}{dd:02d}{R.choice('3456')}{digits(5)}"
    if f == 1:
        return f"ИИН：{yy:02d}{mm:02d}{dd:02d}{R.choice('3456')}{digits(5)}"
    if f == 2:
        return f"СНИЛС {digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"
    if f == 3:
        return f"SNILS {digits(3)}-{digits(3)}-{digits(3)}-{digits(2)}"
    if f == 4:
        return f"SSN {R.randint(100, 665)}-{R.randint(10, 99)}-{digits(4)}"
    if f == 5:
        return f"韩国居民登录号码 {yy:02d}{mm:02d}{dd:02d}-{R.choice('12')}{digits(6)}"
    if f == 6:
        return f"乌兹别克斯坦 PINFL {R.choice('3456')}{dd:02d}{mm:02d}{yy:02d}{digits(7)}"
    if f == 7:
        return f"越南公民身份证号 0{digits(11)}"
    if f == 8:
        return f"Aadhaar {R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"
    if f == 9:
        return f"英国 NI 号码 {R.choice('ABCEGHJKLMNPRSTWXYZ')}{R.choice('ABCEGHJKLMNPRSTWXYZ')} {digits(2)} {digits(2)} {digits(2)} {R.choice('ABCD')}"
    if f == 10:
        return f"日本个人编号（My Number）{digits(4)} {digits(4)} {digits(4)}"
    return f"香港身份证 {R.choice('ACDEGHKMPRVYZ')}{digits(6)}({R.choice('0123456789A')})"


def passport_val() -> str:
    f = R.randrange(10)
    if f == 0:
        return f"E{digits(8)}"
    if f == 1:
        return f"E{R.choice('ABCDEFGHJK')}{digits(7)}"
    if f == 2:
        return f"G{digits(8)}"
    if f == 3:
        return f"{digits(2)} {digits(7)}"
    if f == 4:
        return f"N{digits(8)}"
    if f == 5:
        return f"FA{digits(7)}"
    if f == 6:
        return f"{R.choice('MJ')}{digits(8)}"
    if f == 7:
        return fw(f"E{digits(8)}")
    if f == 8:
        return f"{digits(9)}"
    return f"e{digits(8)}"


def mrn_val() -> str:
    f = R.randrange(10)
    if f == 0:
        return digits(8)
    if f == 1:
        return f"{R.randint(2015, 2024)}-{digits(6)}"
    if f == 2:
        return f"ZY{R.randint(2018, 2024)}{digits(5)}"
    if f == 3:
        return f"MZ{digits(9)}"
    if f == 4:
        return f"B{R.randint(18, 24)}-{digits(5)}"
    if f == 5:
        return fw(digits(7))
    if f == 6:
        return f"00{digits(7)}"
    if f == 7:
        return f"H{digits(6)}/{R.randint(1, 9)}"
    if f == 8:
        return f"{digits(3)} {digits(3)} {digits(2)}"
    return f"CT{R.randint(2019, 2024)}{digits(6)}"


def hpn_val() -> str:
    f = R.randrange(9)
    if f == 0:
        return digits(10)
    if f == 1:
        return f"{pick(AREA)[:4]}{digits(12)}"
    if f == 2:
        return f"M{digits(8)}"
    if f == 3:
        return f"{R.choice('1234567')}{R.choice('ACDEFGHJKM')}{R.choice('ACDEFGHJKM')}{digits(1)}-{R.choice('ACDEFGHJKM')}{R.choice('ACDEFGHJKM')}{digits(1)}-{R.choice('ACDEFGHJKM')}{R.choice('ACDEFGHJKM')}{digits(2)}"
    if f == 4:
        return f"P{R.randint(2019, 2024)}{digits(10)}"
    if f == 5:
        return f"XNH{digits(9)}"
    if f == 6:
        return fw(digits(10))
    if f == 7:
        return f"{digits(4)}-{digits(4)}-{digits(4)}"
    return f"{pick(['ZXB', 'RSB', 'TPY', 'PAB'])}{digits(12)}"


def acct_val() -> str:
    f = R.randrange(10)
    if f == 0:
        return f"6222 {digits(4)} {digits(4)} {digits(4)} {digits(3)}"
    if f == 1:
        return f"62284{digits(14)}"
    if f == 2:
        return f"KZ{digits(2)}{digits(3)}KZT{digits(10)}"
    if f == 3:
        return f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"
    if f == 4:
        return f"2088{digits(12)}"
    if f == 5:
        return f"4581 {digits(4)} {digits(4)} {digits(4)}"
    if f == 6:
        return f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}"
    if f == 7:
        return fw(f"6217{digits(15)}")
    if f == 8:
        return f"408178{digits(14)}"
    return f"GB{digits(2)} NWBK {digits(6)} {digits(8)}"


def lic_val() -> str:
    f = R.randrange(8)
    if f == 0:
        return f"{R.randint(1, 5)}{digits(14)}"
    if f == 1:
        return f"{R.randint(1, 3)}{digits(11)}"
    if f == 2:
        return f"{R.choice('OPQ')}{R.randint(33, 65)}{digits(7)}"
    if f == 3:
        return f"{R.randint(2010, 2023)}{digits(8)}"
    if f == 4:
        return f"{digits(2)} {digits(2)} {digits(6)}"
    if f == 5:
        return f"D{digits(7)}"
    if f == 6:
        return fw(f"{digits(15)}")
    return f"{pick(AREA)}{digits(12)}{R.randint(1, 4)}{R.randint(1, 4)}"


PLATE_PROV = "京沪粤川新甘青云黑辽冀豫鲁苏浙闽湘鄂陕蒙桂琼贵晋皖赣渝宁藏吉"


def plate_val() -> str:
    f = R.randrange(11)
    p = R.choice(PLATE_PROV)
    L = "ABCDEFGHJKLMNPQRS"
    if f <= 2:
        return f"{p}{R.choice(L)}{R.choice(['', '·', ' ', '-'])}{''.join(R.choice('0123456789' + L) for _ in range(5))}"
    if f == 3:
        return f"{p}{R.choice(L)}{R.choice('DF')}{digits(5)}"
    if f == 4:
        return fw(f"{R.choice(L)}{digits(5)}").join([p, ""])
    if f == 5:
        return f"{digits(3)} {R.choice(L)}{R.choice(L)}{R.choice(L)} {R.randint(1, 17):02d}"
    if f == 6:
        return f"{R.choice('АВЕКМНОРСТУХ')}{digits(3)}{R.choice('АВЕКМНОРСТУХ')}{R.choice('АВЕКМНОРСТУХ')} {pick(['77', '97', '199', '54', '750'])}"
    if f == 7:
        return f"{p}{R.choice(L)}{R.choice(['', '·'])}{digits(5)}"
    if f == 8:
        return f"{R.randint(1, 9)}{R.choice(L)}{R.choice(L)}{R.choice(L)}{digits(3)}"
    if f == 9:
        return f"{R.randint(10, 99)} {R.choice(L)} {digits(3)} {R.choice(L)}{R.choice(L)}"
    return f"{p}{R.choice(L)}{digits(4)}学"


def dev_val() -> str:
    f = R.randrange(10)
    if f == 0:
        return f"NG{digits(7)}H"
    if f == 1:
        return f"PJN{digits(6)}R"
    if f == 2:
        return f"{R.choice('ABCDEFGHJK')}{digits(2)}{R.choice('ABCDEFGHJK')}{digits(5)}"
    if f == 3:
        return f"S/N {digits(3)}-{digits(5)}"
    if f == 4:
        return f"{R.randint(2019, 2024)}{R.choice('ABCDEF')}{digits(6)}"
    if f == 5:
        return f"SN{digits(10)}"
    if f == 6:
        return f"{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{digits(6)}{R.choice('ABCDEFGH')}"
    if f == 7:
        return fw(f"SN{digits(8)}")
    if f == 8:
        return f"{digits(4)}-{digits(4)}-{digits(4)}"
    return f"0{R.randint(1, 9)}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(7)}"


def other_val() -> str:
    f = R.randrange(12)
    if f == 0:
        return f"（{R.randint(2018, 2024)}）{pick(['京0105', '沪0104', '新0102', '粤0106', '川0107'])}民初{R.randint(1000, 39999)}号"
    if f == 1:
        return f"SF{digits(13)}"
    if f == 2:
        return f"{R.randint(2016, 2024)}{digits(6)}"
    if f == 3:
        return f"E{digits(9)}"
    if f == 4:
        return f"LP{R.randint(2019, 2024)}{digits(8)}"
    if f == 5:
        return f"{R.choice('ABCDEFGHJK')}{digits(4)}"
    if f == 6:
        return f"{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(3)}"
    if f == 7:
        return fw(digits(10))
    if f == 8:
        return f"No.{digits(8)}"
    if f == 9:
        return f"{digits(3)}-{digits(7)}"
    if f == 10:
        return f"JT{R.randint(2019, 2024)}-{digits(5)}"
    return f"{digits(4)} {digits(4)} {digits(4)}"


def odob_val() -> str:
    y, m, d = R.randint(1920, 1933), R.randint(1, 12), R.randint(1, 28)
    return pick([f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{cn_digits(str(y))}年{cn_num(m)}月{cn_num(d)}日", f"{y}-{m:02d}-{d:02d}"])


def kdob_val() -> str:
    y, m, d = R.randint(2015, 2024), R.randint(1, 12), R.randint(1, 28)
    return pick([f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", fw(f"{y}年{m}月{d}日"), f"{m}月{d}号"])


def vin_val() -> str:
    return f"{R.choice('LHZ')}{R.choice('SFGVD')}{R.choice('VGAH')}" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))


def medicare_val() -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return f"{R.randint(1, 9)}{R.choice(a)}{R.choice(a)}{R.randint(0, 9)}-{R.choice(a)}{R.choice(a)}{R.randint(0, 9)}-{R.choice(a)}{R.choice(a)}{digits(2)}"


def rid15_val() -> str:
    return f"{pick(AREA)}{R.randint(20, 60)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"


def imei_val() -> str:
    v = f"86{digits(13)}"
    return pick([v, f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", fw(v)])


def mac_val() -> str:
    sep = pick([":", "-"])
    return sep.join(f"{R.randint(0, 255):02X}" for _ in range(6))


def iban_val() -> str:
    return pick([f"KZ{digits(2)}{digits(3)}KZT{digits(10)}", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
                 f"GB{digits(2)} NWBK {digits(6)} {digits(8)}", f"UZ{digits(2)}{digits(20)}", f"FR76 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(3)}"])


def alipay_val() -> str:
    return f"2088{digits(12)}"


ROADS = ["人民路", "解放路", "中山路", "建设大道", "友谊路", "胜利街", "和平里", "团结南路", "新华北街", "长江路", "天山路",
         "延安东路", "红旗大街", "光明巷", "南湖路", "北京中路", "黄河路", "文化路", "幸福大街", "东风巷"]
COMMUNITIES = ["幸福里小区", "阳光花园", "锦绣家园", "金色年华小区", "碧水苑", "红星新村", "绿地世纪城", "丽都花园", "矿务局家属院",
               "铁路新村", "康乐小区", "清水湾"]
DISTRICTS = ["朝阳区", "海淀区", "天河区", "沙依巴克区", "城关区", "五华区", "道里区", "鹿城区", "武侯区", "金水区", "雁塔区", "鼓楼区"]


def addr_val() -> str:
    f = R.randrange(15)
    n = R.randint(1, 399)
    if f == 0:
        return f"{pick(DISTRICTS)}{pick(ROADS)}{n}号"
    if f == 1:
        return f"{pick(ROADS)}{n}号{pick(COMMUNITIES)}{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 33)}0{R.randint(1, 4)}室"
    if f == 2:
        return f"{pick(COMMUNITIES)}{R.randint(1, 30)}号楼{R.randint(1, 24)}0{R.randint(1, 6)}"
    if f == 3:
        return f"{pick(['会宁县', '疏附县', '镇雄县', '巴楚县', '威宁县', '岷县'])}{pick(['柳树乡', '团结镇', '塔什米力克乡', '新华镇'])}{pick(['红旗村', '阿亚克村', '大坪村', '二道沟村'])}{cn_num(R.randint(1, 9))}组{R.randint(1, 80)}号"
    if f == 4:
        return fw(f"{pick(ROADS)}{n}号") if R.random() < 0.5 else f"{pick(ROADS)}{fw(str(n))}号"
    if f == 5:
        return f"ул. {pick(['Ленина', 'Пушкина', 'Гагарина', 'Абая'])}, д. {R.randint(1, 120)}, кв. {R.randint(1, 200)}"
    if f == 6:
        return f"{pick(['Abay Ave', 'Dostyk Ave', 'Tole Bi St', 'Amir Temur ko‘chasi', 'Navoi St'])} {R.randint(1, 250)}, apt {R.randint(1, 150)}"
    if f == 7:
        return f"{R.randint(10, 9999)} {pick(['Main St', 'Oak Avenue', 'Maple Dr', 'Sunset Blvd', 'Elm Street'])}, Apt {R.randint(1, 30)}{R.choice('ABCD')}"
    if f == 8:
        return f"{R.randint(1, 200)} {pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo'])}, Quận {R.randint(1, 12)}"
    if f == 9:
        return f"{pick(['강남구 테헤란로', '마포구 월드컵로', '서초구 반포대로'])} {R.randint(1, 500)}"
    if f == 10:
        return f"{pick(['新宿区西新宿', '港区芝公园', '大阪市北区梅田'])}{R.randint(1, 4)}-{R.randint(1, 20)}-{R.randint(1, 30)}"
    if f == 11:
        return f"{pick(['弥敦道', '轩尼诗道', '皇后大道中'])}{R.randint(1, 600)}号{R.randint(2, 30)}楼{R.choice('ABCDEF')}室"
    if f == 12:
        return f"{pick(ROADS)}{n}弄{R.randint(1, 40)}号{R.randint(1, 6)}0{R.randint(1, 4)}"
    if f == 13:
        return f"{pick(COMMUNITIES)}{cn_num(R.randint(1, 20))}栋{cn_num(R.randint(1, 5))}单元"
    return f"{pick(['Flat', 'Unit'])} {R.randint(1, 40)}, {R.randint(1, 200)} {pick(['King Street', 'Queen Road', 'Baker Street'])}"


def zip_val() -> str:
    f = R.randrange(12)
    if f <= 3:
        return pick(["100", "200", "510", "830", "730", "650", "150", "325", "610", "450", "844", "030"]) + digits(3)
    if f == 4:
        return fw(pick(["100", "830", "650"]) + digits(3))
    if f == 5:
        return f"0{R.choice(['5', '1'])}0{digits(3)}"
    if f == 6:
        return f"{R.randint(10000, 99950):05d}" + (f"-{digits(4)}" if R.random() < 0.4 else "")
    if f == 7:
        return pick(["SW1A 1AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "W1A 0AX", "CR2 6XH"])
    if f == 8:
        return f"〒{R.randint(100, 999)}-{digits(4)}"
    if f == 9:
        return f"{R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(0, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')} {R.randint(0, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"
    if f == 10:
        return f"1{digits(5)}"
    return cn_digits(pick(["100", "830", "650"]) + digits(3))


def geo_val() -> str:
    lat, lon = R.uniform(18.2, 49.0), R.uniform(75.0, 130.0)
    f = R.randrange(9)
    if f == 0:
        return f"{lat:.4f}, {lon:.4f}"
    if f == 1:
        return f"({lat:.5f}, {lon:.5f})"
    if f == 2:
        d1, m1, s1 = int(lat), int((lat % 1) * 60), R.randint(0, 59)
        d2, m2, s2 = int(lon), int((lon % 1) * 60), R.randint(0, 59)
        return f"北纬{d1}°{m1}′{s1}″，东经{d2}°{m2}′{s2}″"
    if f == 3:
        return f"N{lat:.4f}° E{lon:.4f}°"
    if f == 4:
        return f"纬度{lat:.3f}，经度{lon:.3f}"
    if f == 5:
        return f"geo:{lat:.5f},{lon:.5f}"
    if f == 6:
        return f"{lat:.6f}N，{lon:.6f}E"
    if f == 7:
        return f"东经{lon:.2f}度、北纬{lat:.2f}度"
    return f"lat {lat:.4f} / lng {lon:.4f}"


# ---------------------------------------------------------------- placeholder table

GEN = {
    # identifiers (kind)
    "name": (name, "person_name"), "doc": (doc, "person_name"), "titled": (titled, "person_name"),
    "nick": (nick, "person_name"), "cwname": (cwname, "person_name"), "given": (given_only, "person_name"),
    "initials": (initials, "person_name"), "cnname": (cn_name, "person_name"),
    "date": (date_val, "exact_date"), "dob": (dob_val, "date_of_birth"), "old": (old_val, "age_over_89"),
    "phone": (phone_val, "phone_number"), "email": (email_val, "email"), "url": (url_val, "web_address"),
    "ip": (ip_val, "ip_address"), "social": (social_val, "social_account"), "rid": (rid_val, "resident_id"),
    "nid": (nid_val, "national_id"), "passport": (passport_val, "passport_number"),
    "mrn": (mrn_val, "medical_record_number"), "hpn": (hpn_val, "health_plan_number"),
    "acct": (acct_val, "account_number"), "lic": (lic_val, "licence_number"), "plate": (plate_val, "vehicle_identifier"),
    "dev": (dev_val, "device_identifier"), "other": (other_val, "other_number"), "addr": (addr_val, "street_address"),
    "zip": (zip_val, "postal_code"), "geo": (geo_val, "geolocation"),
    "latin": (latin, "person_name"), "odob": (odob_val, "date_of_birth"), "kdob": (kdob_val, "date_of_birth"),
    "vin": (vin_val, "vehicle_identifier"), "medicare": (medicare_val, "health_plan_number"),
    "ridold": (rid15_val, "resident_id"), "imei": (imei_val, "device_identifier"), "mac": (mac_val, "device_identifier"),
    "iban": (iban_val, "account_number"), "alipay": (alipay_val, "account_number"),
    # clean fillers
    "city": (city, None), "prov": (lambda: pick(PROVS), None), "country": (lambda: pick(COUNTRIES), None),
    "age": (age_under, None), "hosp": (lambda: pick(HOSPS), None), "dept": (lambda: pick(DEPTS), None),
    "brand": (lambda: pick(BRANDS), None), "epo": (lambda: pick(EPONYMS), None), "gene": (lambda: pick(GENES), None),
    "alias": (lambda: pick(ALIASES), None), "rel": (lambda: pick(RELS), None), "my": (month_year, None),
    "year": (lambda: str(R.randint(1998, 2024)), None), "n": (lambda: str(R.randint(2, 12)), None),
    "cn": (lambda: cn_num(R.randint(2, 12)), None),
    "drug": (lambda: pick(DRUGS)[0], None),
}
PH = re.compile(r"\{([a-z]+)\d?\}")


def fill(tmpl: str) -> tuple[str, list[str]]:
    kinds: set[str] = set()

    def sub(m: re.Match) -> str:
        fn, kind = GEN[m.group(1)]
        if kind:
            kinds.add(kind)
        return fn()

    text = PH.sub(sub, tmpl)
    return text, [k for k in KINDS if k in kinds]


# ---------------------------------------------------------------- templates with identifiers

T_ID = {
    "person_name": [
        ("name_quote", "“我以为这辈子都离不开激素了。”{name}说。"),
        ("name_quote", "{name}回忆：“那段时间，我连楼梯都爬不上去。”"),
        ("name_start_verb", "{name}住院的第三天，{rel}从{city}赶了过来。"),
        ("name_start_verb", "{name}打开手机，给我们看她记录了七年的化验单照片。"),
        ("name_start_verb", "{name}笑着摆了摆手，说现在每天能走一万步。"),
        ("name_no_context", "{name}不再害怕抽血了。"),
        ("name_no_context", "那天下午{name}第一次自己下床。"),
        ("name_possessive", "{name}的丈夫一直守在病房外，{n}天没怎么合眼。"),
        ("name_possessive", "{name}的病历足足有两指厚。"),
        ("name_possessive", "这是{name}第{n}次来{dept}复查。"),
        ("name_two", "{name}和妻子{name2}是在{city}打工时认识的。"),
        ("name_two", "陪{name}来看病的是她的表妹{name2}。"),
        ("name_list", "参与这次多学科会诊的有{doc}、{doc2}和{doc3}。"),
        ("name_list", "病友群里，{nick}、{name}和{name2}每天互相提醒吃药。"),
        ("name_title", "主管医生{doc}介绍，患者入院时全身水肿，尿蛋白3+。"),
        ("name_title", "“指标都正常了。”{doc}看着报告说。"),
        ("name_title", "{titled}今年{age}，退休前是一名小学老师。"),
        ("name_title", "隔壁床的{titled}总给她削苹果。"),
        ("name_nick", "病区的护士们都叫她“{nick}”。"),
        ("name_nick", "“{nick}，今天感觉怎么样？”查房时{doc}问。"),
        ("name_nick", "{nick}说等病好了要回{prov}开一家面馆。"),
        ("name_foreign", "来自{country}的{name}经朋友介绍来到我院。"),
        ("name_foreign", "翻译{name}全程陪同，帮她和医生沟通。"),
        ("name_foreign", "{name}在{country}确诊后辗转{n}家医院。"),
        ("name_pinyin", "她护照上的名字拼作 {latin}。"),
        ("name_pinyin", "英文版请把患者姓名 {latin} 全部删去，改为 A女士。"),
        ("name_caption", "图：{name}（左）与主治医生{doc}在病房合影"),
        ("name_caption", "图为{name}出院当天，{rel}为她献上鲜花。"),
        ("name_timeline", "第{n}天：{name}体温恢复正常，可下地行走。"),
        ("name_timeline", "回输后第{n}周，{name}的补体C3回升至0.92 g/L。"),
        ("name_dialogue", "“{given}，你还记得第一次住院是什么时候吗？”"),
        ("name_dialogue", "“妈，是我，{given}。”电话那头的声音哽咽了。"),
        ("name_given", "{given}今年{age}，在{city}工作。"),
        ("name_given", "大家都叫他{given}，他本人同意在文章里用真名。"),
        ("name_common_word", "患者{cwname}是一名{age}的货车司机。"),
        ("name_common_word", "{cwname}的妈妈每天从郊区赶来送饭。"),
        ("name_common_word", "护士长{cwname}说，这个孩子是她见过最勇敢的。"),
        ("name_common_word", "“{cwname}，该去做核磁了。”"),
        ("name_initials", "病理由{initials}医生复核。"),
        ("name_initials", "本文英文稿作者：{initials}，中文翻译：{name}。"),
        ("name_message", "您好，我是{name}的女儿，想咨询一下我妈的病能不能做CAR-T。"),
        ("name_message", "医生好！我叫{name}，{age}，去年确诊{epo}。"),
        ("name_message", "请转告{doc}，{name}家属已收到复查通知。"),
        ("name_reviewer", "审稿意见：第二段仍出现“{name}”，请改为化名。"),
        ("name_spaced", "患者 {name} 已签署知情同意书。"),
        ("name_verb", "{name}跑完了人生第一个五公里。"),
        ("name_verb", "{name}拿到检查结果后愣了很久。"),
        ("name_verb", "{name}把孩子托付给{rel}，一个人来到了{city}。"),
        ("name_minority", "{name}一家从{prov}坐了三十多个小时的火车赶来。"),
        ("name_mixed", "负责翻译的Aigerim和{name}一起整理了出院小结。"),
    ],
    "street_address": [
        ("address_plain", "她家住在{addr}，离最近的县医院也有四十公里。"),
        ("address_label", "家庭住址：{addr}"),
        ("address_after", "{addr}——这是他出院后给我们留的地址。"),
        ("address_mail", "药寄到{addr}就行，{name}收。"),
        ("address_story", "{name}和老伴住在{addr}，楼里没有电梯。"),
        ("address_bracket", "患者现居{city}（{addr}），需定期返院。"),
        ("address_message", "我住{addr}，请问离医院坐地铁怎么走？"),
        ("address_reviewer", "请删除第三段中的详细住址“{addr}”。"),
        ("address_timeline", "{date}：随访护士上门到{addr}，换药一次。"),
        ("address_foreign", "她来华前的住址是 {addr}。"),
        ("address_zip", "联系地址：{addr}，邮编{zip}"),
    ],
    "postal_code": [
        ("postal_label", "邮编：{zip}"),
        ("postal_inline", "材料请寄往{city}，邮政编码{zip}，注明“复查资料”。"),
        ("postal_bracket", "收件地址（{zip}）已经核对过了。"),
        ("postal_after", "{zip}是她老家的邮编，快递员说那边三天才送一次件。"),
        ("postal_foreign", "Почтовый индекс {zip}（她老家的邮编）。"),
        ("postal_en", "ZIP/Postal code: {zip}"),
        ("postal_message", "您好，我的邮编是{zip}，发票寄到家里就可以。"),
        ("postal_addr", "{addr}，{zip}，{name}收"),
        ("postal_form", "表单显示：城市 {city}，邮编 {zip}。"),
    ],
    "geolocation": [
        ("geo_caption", "拍摄地点：{geo}"),
        ("geo_share", "她把家的定位发了过来：{geo}。"),
        ("geo_story", "牧区没有门牌号，救护车只能按坐标{geo}找过去。"),
        ("geo_exif", "照片元数据里保留了GPS信息（{geo}），发布前需清除。"),
        ("geo_message", "我在{geo}附近，请问最近的献血点在哪？"),
        ("geo_after", "{geo}，这是他放牧的夏季草场。"),
        ("geo_timeline", "{date}：直升机在{geo}接到患者。"),
        ("geo_label", "位置坐标 {geo} / 海拔约2800米"),
    ],
    "exact_date": [
        ("date_story", "{date}，{alias}因高热、皮疹被送到{hosp}。"),
        ("date_story", "{name}在{date}接受了CAR-T细胞回输。"),
        ("date_timeline", "{date}　确诊{epo}"),
        ("date_timeline", "{date}：第{n}次随访，各项指标正常。"),
        ("date_quote", "“{date}那天，我永远忘不了。”{name}说。"),
        ("date_message", "我想预约{date}的门诊，可以吗？"),
        ("date_caption", "图：{date}，患者出院时与医护人员合影"),
        ("date_surgery", "手术日期：{date}"),
        ("date_bracket", "末次化疗（{date}）后出现Ⅳ度骨髓抑制。"),
        ("date_reviewer", "原文“{date}”请改成“2022年秋天”，只保留月份或季节。"),
        ("date_lunar", "{date}，全家人在病房里吃了一顿饺子。"),
        ("date_after", "入院时间为{date}，出院时间为{date2}。"),
    ],
    "date_of_birth": [
        ("dob_label", "出生日期：{dob}"),
        ("dob_story", "{name}生于{dob}，是家里的老三。"),
        ("dob_en", "DOB: {dob}"),
        ("dob_quote", "“我是{dob}出生的，您帮我算算该查哪些项目？”"),
        ("dob_bracket", "患儿（{dob}出生）出生时体重仅1.8 kg。"),
        ("dob_after", "{dob}——病历首页上的出生日期和护照上的对不上。"),
        ("dob_form", "姓名：{name}；出生日期：{dob}；性别：女"),
        ("dob_old", "老人生于{odob}，今年已经{old}。"),
        ("dob_message", "孩子生日是{kdob}，现在能打这个疫苗吗？"),
        ("dob_birthday", "{kdob}出生的{nick}，刚满月就进了新生儿科。"),
    ],
    "age_over_89": [
        ("age_old_story", "{old}的{alias}因股骨颈骨折入院。"),
        ("age_old_story", "老人今年{old}，耳不聋眼不花。"),
        ("age_old_label", "年龄：{old}"),
        ("age_old_quote", "“我都{old}了，还怕什么手术。”老爷爷笑着说。"),
        ("age_old_name", "{name}老人{old}，是本院收治的年龄最大的髋关节置换患者。"),
        ("age_old_bracket", "患者（女，{old}）既往有高血压病史。"),
        ("age_old_message", "我奶奶{old}，这种情况还能做介入吗？"),
        ("age_old_caption", "图：{old}的老寿星在康复科练习行走"),
        ("age_old_after", "{old}——这是科里今年接诊的最高龄患者。"),
        ("age_old_relative", "照顾她的是{old}的老伴。"),
    ],
    "phone_number": [
        ("phone_story", "如需联系{name}，可拨打{phone}。"),
        ("phone_quote", "“有事就打我电话，{phone}，二十四小时开机。”"),
        ("phone_after", "{phone}——这是她女儿的号码，写在床头卡背面。"),
        ("phone_label", "紧急联系人：丈夫，电话{phone}"),
        ("phone_two", "家属联系电话：{phone} / {phone2}"),
        ("phone_message", "我的新号码是{phone}，旧号停用了，麻烦帮我更新一下。"),
        ("phone_timeline", "{date}：随访护士致电{phone}，无人接听。"),
        ("phone_fax", "检查报告请传真至{phone}，收件人{doc}。"),
        ("phone_fax", "传真：{phone}"),
        ("phone_en", "Tel: {phone}"),
        ("phone_foreign", "她在{country}的手机号{phone}也能收到短信。"),
        ("phone_reviewer", "第4段留有患者手机号{phone}，发布前必须删掉。"),
    ],
    "email": [
        ("email_label", "邮箱：{email}"),
        ("email_story", "{name}把出院小结发到了{email}。"),
        ("email_message", "影像资料太大，我发您邮箱吧，我的是{email}。"),
        ("email_after", "{email}，这是她英国的导师帮忙注册的邮箱。"),
        ("email_bracket", "联系人：{name}（{email}）"),
        ("email_reviewer", "评论区有人留了邮箱{email}，需要隐藏。"),
        ("email_quote", "“结果出来了发{email}就行，我天天看。”"),
        ("email_en", "E-mail: {email}"),
        ("email_signature", "——{given}，{email}"),
    ],
    "web_address": [
        ("url_blog", "她把抗癌经历写成了博客：{url}"),
        ("url_fund", "孩子的众筹链接是{url}，已经筹到十二万。"),
        ("url_short", "点这里看{name}的康复视频 {url}"),
        ("url_reviewer", "原文末尾附了患者个人主页{url}，请删除。"),
        ("url_message", "我上传到网盘了：{url}，提取码在短信里。"),
        ("url_after", "{url}——他说这是他为病友做的小网站。"),
        ("url_bracket", "详细经过见她的个人网站（{url}）。"),
        ("url_caption", "图片来源：{url}"),
        ("url_story", "{nick}的妈妈开了个公众号，文章地址 {url}"),
    ],
    "ip_address": [
        ("ip_log", "留言来自IP {ip}，提交时间为当天晚上。"),
        ("ip_label", "IP地址：{ip}"),
        ("ip_after", "{ip}这个地址一周内提交了{n}条留言。"),
        ("ip_reviewer", "导出的留言表里有一列是IP（例如{ip}），对外发送前要删掉。"),
        ("ip_bracket", "患者通过远程会诊系统（终端IP：{ip}）上传了影像。"),
        ("ip_story", "{name}的留言登记的IP是{ip}。"),
        ("ip_two", "两条留言分别来自{ip}和{ip2}。"),
        ("ip_message", "我家路由器是{ip}，视频问诊一直连不上。"),
        ("ip_en", "Source IP: {ip}"),
    ],
    "social_account": [
        ("social_story", "{name}把{social}写在了纸条上，塞给了同病房的人。"),
        ("social_message", "有同样病情的家长可以加我，{social}。"),
        ("social_after", "{social}——她在视频里教大家怎么做腹膜透析。"),
        ("social_bracket", "病友群群主（{social}）每周组织一次线上答疑。"),
        ("social_reviewer", "请删除文末的{social}，不能出现患者个人账号。"),
        ("social_quote", "“想聊的话，{social}，我都在线。”"),
        ("social_story2", "{nick}的妈妈在{social}上记录了整个治疗过程。"),
        ("social_two", "{social}，{social2}，两个号都是她本人。"),
        ("social_caption", "截图来自患者本人账号（{social}），已获同意。"),
    ],
    "resident_id": [
        ("rid_label", "身份证号：{rid}"),
        ("rid_story", "{name}的身份证号{rid}被抄错了一位。"),
        ("rid_after", "{rid}，这是患者本人的身份证号码。"),
        ("rid_bracket", "患者{name}（身份证：{rid}）"),
        ("rid_message", "我身份证是{rid}，麻烦帮我查一下报销进度。"),
        ("rid_reviewer", "扫描件上能看到身份证号码{rid}，需打码。"),
        ("rid_form", "证件类型：居民身份证　证件号码：{rid}"),
        ("rid_old", "老人的旧身份证还是15位的：{ridold}。"),
        ("rid_en", "ID card No. {rid}"),
    ],
    "national_id": [
        ("nid_story", "{name}只带了本国证件，{nid}。"),
        ("nid_label", "证件信息：{nid}"),
        ("nid_bracket", "患者（{nid}）已完成入境登记。"),
        ("nid_after", "{nid}——这是她在{country}的个人识别号。"),
        ("nid_message", "我的{nid}，请帮忙填在保险表上。"),
        ("nid_reviewer", "英文原稿里保留了{nid}，中文版也一起删掉。"),
        ("nid_form", "国籍：{country}；{nid}"),
        ("nid_quote", "“那个号码，{nid}，是我丈夫的。”"),
    ],
    "passport_number": [
        ("passport_label", "护照号码：{passport}"),
        ("passport_story", "{name}的护照号是{passport}，签证下周到期。"),
        ("passport_after", "{passport}（护照），有效期至2031年。"),
        ("passport_en", "Passport No.: {passport}"),
        ("passport_message", "我护照号{passport}，医疗签证邀请函上请按这个填。"),
        ("passport_reviewer", "附件里的护照首页（号码{passport}）不能公开。"),
        ("passport_bracket", "陪同家属{name}（护照 {passport}）"),
        ("passport_ru", "Паспорт {passport}，{country}籍。"),
        ("passport_timeline", "{date}：凭护照{passport}办理入院。"),
    ],
    "medical_record_number": [
        ("mrn_label", "住院号：{mrn}"),
        ("mrn_story", "{name}的病案号是{mrn}，复印病历时要用。"),
        ("mrn_after", "{mrn}（门诊号）"),
        ("mrn_en", "MRN {mrn}"),
        ("mrn_message", "我的就诊卡号{mrn}，能帮我查一下上次的CT结果吗？"),
        ("mrn_pathology", "病理号{mrn}的切片已借出会诊。"),
        ("mrn_reviewer", "照片里床头卡上的住院号{mrn}清晰可见，请打码。"),
        ("mrn_bracket", "患者A（ID：{mrn}）为女性。"),
        ("mrn_timeline", "{date}　再次入院，住院号{mrn}"),
        ("mrn_imaging", "影像号 {mrn}，检查部位：胸部。"),
    ],
    "health_plan_number": [
        ("hpn_label", "医保卡号：{hpn}"),
        ("hpn_story", "{name}的新农合证号{hpn}在外省没法直接结算。"),
        ("hpn_after", "{hpn}——这是他的社保卡号。"),
        ("hpn_policy", "商业保险保单号{hpn}，理赔材料已提交。"),
        ("hpn_en", "Member ID: {hpn}"),
        ("hpn_message", "我的医保个人编号是{hpn}，异地备案办好了吗？"),
        ("hpn_medicare", "美国医保（Medicare）号码 {medicare}。"),
        ("hpn_bracket", "费用由保险公司支付（保单号 {hpn}）。"),
        ("hpn_reviewer", "缴费截图里露出了社保卡号{hpn}。"),
    ],
    "account_number": [
        ("acct_label", "收款账号：{acct}"),
        ("acct_story", "{name}的姐姐公开了自己的银行卡号{acct}，请好心人帮忙。"),
        ("acct_iban", "IBAN: {iban}"),
        ("acct_after", "{acct}（{name}，中国银行）"),
        ("acct_message", "住院押金我转到了{acct}，请查收。"),
        ("acct_reviewer", "募捐海报上的卡号{acct}不能出现在病例故事里。"),
        ("acct_alipay", "支付宝账户{alipay}已停用。"),
        ("acct_quote", "“卡号是{acct}，户名写我爱人。”"),
        ("acct_foreign", "汇款从{country}的账户{acct}转出。"),
    ],
    "licence_number": [
        ("lic_doctor", "医师执业证书编码：{lic}"),
        ("lic_driver", "{name}的驾驶证档案编号{lic}需要在体检表上填写。"),
        ("lic_nurse", "护士执业证书编号 {lic}"),
        ("lic_after", "{lic}，这是他的残疾人证号。"),
        ("lic_birth", "出生医学证明编号：{lic}"),
        ("lic_message", "我的驾照号是{lic}，医院能开驾驶员体检证明吗？"),
        ("lic_reviewer", "合影中{doc}胸牌上的执业证号{lic}需要模糊处理。"),
        ("lic_en", "Driver licence no. {lic}"),
        ("lic_bracket", "护工{name}（健康证编号{lic}）"),
    ],
    "vehicle_identifier": [
        ("plate_story", "{name}开着车牌{plate}的面包车，拉着女儿跑了三千公里。"),
        ("plate_label", "车牌号：{plate}"),
        ("plate_after", "{plate}——那辆救护车的车牌被拍进了照片。"),
        ("plate_message", "我的车牌{plate}，停在地下车库能减免停车费吗？"),
        ("plate_reviewer", "图3背景里能看清车牌{plate}，请打码。"),
        ("plate_vin", "车架号（VIN）：{vin}"),
        ("plate_bracket", "接送车辆（{plate}）已在门口等候。"),
        ("plate_foreign", "他从{country}自驾来，车牌 {plate}。"),
        ("plate_quote", "“车牌尾号……不，整个号是{plate}，你记一下。”"),
    ],
    "device_identifier": [
        ("dev_pump", "胰岛素泵序列号：{dev}"),
        ("dev_pacer", "起搏器型号 Adapta，序列号{dev}。"),
        ("dev_imei", "走失老人佩戴的定位手表IMEI为{imei}。"),
        ("dev_mac", "患者家中监护仪的MAC地址是{mac}。"),
        ("dev_story", "{name}的人工耳蜗（S/N {dev}）开机后第一次听到了声音。"),
        ("dev_after", "{dev}，这是她CGM传感器的序列号。"),
        ("dev_message", "我血糖仪的编号{dev}，上传数据一直失败。"),
        ("dev_reviewer", "照片里呼吸机铭牌上的序列号{dev}能看清，请处理。"),
        ("dev_bracket", "植入的脑深部刺激器（序列号：{dev}）工作正常。"),
    ],
    "other_number": [
        ("other_court", "医疗纠纷案号{other}已经结案。"),
        ("other_ticket", "{name}的火车票订单号{other}，请退改签时备用。"),
        ("other_student", "学号{other}的同学因病申请休学。"),
        ("other_employee", "工号{other}，{name}，外科护士。"),
        ("other_claim", "理赔案件号：{other}"),
        ("other_express", "药品快递单号{other}，预计后天到。"),
        ("other_after", "{other}——这是她登记用的编号，别弄丢了。"),
        ("other_message", "我预约单号{other}，可以改到下午吗？"),
        ("other_reviewer", "截图上的众筹项目编号{other}会暴露患者身份。"),
        ("other_booking", "机票预订编号（PNR）{other}"),
        ("other_donor", "骨髓捐献者编号{other}与患者配型成功。"),
    ],
}

# extra multi-identifier rows (patient messages, forms, timelines)
T_MULTI = [
    ("multi_form", "姓名：{name}　电话：{phone}　住址：{addr}"),
    ("multi_form", "患者{name}，{dob}出生，住院号{mrn}。"),
    ("multi_message", "我是{name}，身份证{rid}，手机{phone}，请帮我约{date}的号。"),
    ("multi_message", "{name}，{email}，{social}，欢迎病友联系。"),
    ("multi_timeline", "{date}　{name}在{hosp}确诊，病案号{mrn}"),
    ("multi_caption", "图：{name}与{doc}，摄于{date}"),
    ("multi_signature", "{doc}　{phone}　{email}"),
    ("multi_foreign", "{name}，护照{passport}，{nid}，电话{phone}"),
    ("multi_insurance", "参保人{name}，社保卡号{hpn}，开户账号{acct}。"),
    ("multi_address", "{addr}，{zip}，收件人{name}，{phone}"),
    ("multi_old", "{name}，{old}，{odob}生，{addr}。"),
    ("multi_vehicle", "{name}驾驶{plate}于{date}到院。"),
]

# ---------------------------------------------------------------- clean templates

DOSE_T = [
    "予{d}{v}{u}静脉滴注，{f}。", "{d}{v} {u} {f}口服，连续{n}周。", "{d}减量至{v}{u}/日维持。",
    "第{n}天加用{d} {v}{u}，{f}。", "{d}冲击治疗（{v}{u}×3天）后症状缓解。",
]


def clean_dose() -> str:
    d, u, vs = pick(DRUGS)
    return pick(DOSE_T).format(d=d, v=pick(vs), u=u, f=pick(FREQ), n=R.randint(2, 12))


LABS = [("血小板", "×10⁹/L", (8, 420)), ("白细胞", "×10⁹/L", (1, 25)), ("血红蛋白", "g/L", (52, 165)),
        ("肌酐", "μmol/L", (45, 780)), ("24小时尿蛋白", "g", (0, 9)), ("补体C3", "g/L", (0, 2)),
        ("抗dsDNA抗体", "IU/mL", (10, 800)), ("CRP", "mg/L", (1, 180)), ("血糖", "mmol/L", (3, 28)),
        ("HbA1c", "%", (5, 13)), ("ALT", "U/L", (8, 600)), ("铁蛋白", "ng/mL", (30, 4200)), ("eGFR", "mL/min/1.73m²", (8, 120)),
        ("D-二聚体", "mg/L", (0, 8)), ("血钾", "mmol/L", (2, 6)), ("中性粒细胞", "×10⁹/L", (0, 12)), ("IL-6", "pg/mL", (2, 900))]


def lab_value(lo, hi):
    v = R.uniform(lo, hi)
    return f"{v:.1f}" if hi < 30 else f"{int(v)}"


def clean_lab() -> str:
    n, u, (lo, hi) = pick(LABS)
    v = lab_value(lo, hi)
    return pick([
        f"复查{n} {v} {u}。", f"入院时{n}仅{v}{u}。", f"{n}由{lab_value(lo, hi)}{u}降至{v}{u}。",
        f"{n}：{v} {u}（参考范围 {lab_value(lo, (lo + hi) / 2)}–{lab_value((lo + hi) / 2, hi)}）", f"出院前{n}恢复到{v}{u}，已在正常范围。",
        f"{n} {v}{u}，较上次明显好转。", f"化验单显示{n}为{v} {u}，医生说还要观察。",
    ])


def clean_misc() -> str:
    f = R.randrange(40)
    if f == 0:
        return f"血压{R.randint(90, 190)}/{R.randint(55, 115)} mmHg，心率{R.randint(55, 130)}次/分。"
    if f == 1:
        return f"SLEDAI-2K评分从{R.randint(10, 24)}分降至{R.randint(0, 6)}分。"
    if f == 2:
        return pick([f"每天{R.randint(6, 10)}:{pick(['00', '30', '15'])}准时服药。", f"查房时间是早上{R.randint(7, 9)}点{pick(['', '半'])}。",
                     f"{R.randint(13, 22)}:{R.randint(10, 59)}开始输注，持续约{R.randint(30, 90)}分钟。"])
    if f == 3:
        return f"整个治疗周期约{R.randint(2, 11)}个月，住院{R.randint(5, 40)}天。"
    if f == 4:
        g = pick(GENES)
        return pick([f"基因检测提示{g}阳性。", f"{g}突变阴性。", f"检测到{g}变异，丰度{R.randint(1, 60)}.{R.randint(0, 9)}%。",
                     f"二代测序未发现{g}致病变异。"])
    if f == 5:
        return pick([f"该研究已在ClinicalTrials.gov注册（NCT0{digits(7)}）。", f"临床试验注册号：ChiCTR{R.randint(19, 24)}000{digits(5)}",
                     f"EudraCT {R.randint(2015, 2023)}-00{digits(4)}-{digits(2)}", f"本项目为多中心研究，注册号NCT0{digits(7)}。"])
    if f == 6:
        return pick([f"ICD-10编码M32.{R.randint(0, 9)}（系统性红斑狼疮）。", f"诊断编码：C{R.randint(81, 96)}.{R.randint(0, 9)}",
                     f"ICD-11 {pick(['4A40.0', '2A81', '5A11', 'BA00'])}", f"出院诊断 ICD-10 N{R.randint(0, 19):02d}.{R.randint(0, 9)}。"])
    if f == 7:
        return pick([f"参照《{R.randint(2015, 2024)}年EULAR系统性红斑狼疮管理建议》调整方案。", f"依据《中国系统性红斑狼疮诊疗指南（{R.randint(2018, 2024)}）》评估。",
                     f"按{R.randint(2012, 2023)}年KDIGO指南分期为CKD {R.randint(2, 5)}期。", f"采用2019年EULAR/ACR分类标准，总分{R.randint(10, 30)}分。"])
    if f == 8:
        return pick([f"{month_year()}，{pick(ALIASES)}开始出现关节疼痛。", f"症状最早出现在{month_year()}。", f"{month_year()}转入我院{pick(DEPTS)}。",
                     f"直到{month_year()}才明确诊断。"])
    if f == 9:
        return pick([f"{R.randint(1995, 2024)}年，她第一次听说“狼疮”这个词。", f"早在{R.randint(1990, 2020)}年就有过类似发作。",
                     f"上世纪{pick(['七十', '八十', '九十'])}年代，这种病几乎没有好办法。", f"{pick(['80', '90', '00'])}后的她，已经是两个孩子的妈妈。"])
    if f == 10:
        return pick([f"{age_under()}的{pick(ALIASES)}来自{city()}。", f"患者女，{age_under()}，因反复发热入院。", f"{pick(RELS)}今年{age_under()}。",
                     f"{R.randint(60, 89)}岁以上患者需评估跌倒风险。", f"发病年龄多在{R.randint(15, 30)}至{R.randint(35, 45)}岁之间。"])
    if f == 11:
        return pick([f"治疗费用共计约{R.randint(3, 120)}万元。", f"医保报销了{R.randint(30, 85)}%。", f"每支药{R.randint(800, 9000)}元。",
                     f"众筹一共筹到{R.randint(2, 40)}.{R.randint(1, 9)}万元。", f"一次检查自费{R.randint(200, 3000)}元。"])
    if f == 12:
        return pick([f"患者来自{pick(PROVS)}{pick(CITIES)}。", f"她从{pick(FOREIGN_CITIES)}飞到{pick(CITIES)}，再转机来院。",
                     f"来自{pick(COUNTRIES)}的{pick(ALIASES)}经朋友推荐来到我院。", f"{pick(PROVS)}、{pick(PROVS)}和{pick(COUNTRIES)}的病友都在这个群里。"])
    if f == 13:
        return pick([f"{pick(DEPTS)}与{pick(DEPTS)}联合会诊。", f"患者转入{pick(DEPTS)}继续治疗。", f"{pick(DEPTS)}护士每天为她测{R.randint(2, 4)}次血糖。"])
    if f == 14:
        return pick([f"她曾在{pick(HOSPS)}治疗了{R.randint(2, 7)}年。", f"{pick(HOSPS)}的专家参与了远程会诊。", f"先后辗转{pick(HOSPS)}和{pick(HOSPS)}。"])
    if f == 15:
        return pick([f"换用{pick(BRANDS)}后副作用明显减少。", f"她每月注射一次{pick(BRANDS)}。", f"{pick(BRANDS)}已纳入医保目录。"])
    if f == 16:
        e = pick(EPONYMS)
        return pick([f"{pick(ALIASES)}同时合并{e}。", f"{e}在年轻女性中并不少见。", f"既往史：{e}{R.randint(2, 15)}年。", f"需与{e}相鉴别。"])
    if f == 17:
        return pick([f"{pick(ALIASES)}说：“现在终于能睡个整觉了。”", f"{pick(ALIASES)}的丈夫一直陪在身边。", f"“谢谢你们。”{pick(ALIASES)}说。",
                     f"{pick(ALIASES)}出院时给护士站送了一面锦旗。"])
    if f == 18:
        return pick([f"{pick(RELS)}辞掉了工作专门照顾她。", f"“别怕。”{pick(RELS)}握着她的手说。", f"{pick(RELS)}从老家赶来签了手术同意书。"])
    if f == 19:
        return pick(SURNAME_WORDS)
    if f == 20:
        return pick(FAMOUS)
    if f == 21:
        return pick([f"{pick(DEPTS)}{pick(['主任', '护士长', '主治医师', '住院医师', '药师', '营养师'])}参与了讨论。",
                     f"由一名{pick(['康复治疗师', '心理咨询师', '社工', '专科护士', '临床药师'])}全程跟进。"])
    if f == 22:
        return pick([f"她住在{pick(DEPTS)}{pick(['东区', '西区', '二病区', '层流病房', '八楼'])}。", f"移植仓在住院部{cn_num(R.randint(3, 16))}楼。",
                     f"{pick(DEPTS)}病房走廊的尽头有一扇朝南的窗。"])
    if f == 23:
        return pick([f"留言IP属地：{pick(PROVS)}", f"IP属地{pick(COUNTRIES)}的网友留言鼓励她。"])
    if f == 24:
        return pick([f"CAR-T细胞回输剂量为{R.randint(1, 5)}×10⁶/kg。", f"CD19阳性B细胞比例降至{R.randint(0, 3)}.{R.randint(0, 9)}%。",
                     f"外周血CAR拷贝数峰值出现在第{R.randint(7, 14)}天。", f"淋巴细胞清除方案采用FC方案（氟达拉滨{R.choice([25, 30])} mg/m² + 环磷酰胺{R.choice([250, 300, 500])} mg/m²）。"])
    if f == 25:
        return pick([f"体重{R.randint(35, 95)} kg，身高{R.randint(140, 190)} cm，BMI {R.randint(16, 32)}.{R.randint(0, 9)}。",
                     f"体温最高{R.randint(38, 40)}.{R.randint(0, 9)}℃。", f"血氧饱和度{R.randint(85, 99)}%。"])
    if f == 26:
        return pick([f"ECOG评分{R.randint(0, 4)}分，KPS {R.randint(4, 9)}0分。", f"mRS评分{R.randint(0, 5)}分。", f"NIHSS评分由{R.randint(8, 20)}分降为{R.randint(0, 6)}分。",
                     f"GCS {R.randint(3, 15)}分。", f"Child-Pugh {R.choice('ABC')}级，MELD {R.randint(8, 30)}分。"])
    if f == 27:
        return pick([f"ATC编码L04AA{R.randint(10, 40)}。", f"药品批准文号：国药准字H{R.randint(1990, 2023)}{digits(4)}", f"批号{R.randint(2201, 2412)}{digits(2)}，有效期至{R.randint(2025, 2027)}年{R.randint(1, 12)}月。"])
    if f == 28:
        return pick([f"每{R.randint(3, 6)}个月复查一次。", f"三个月后复查，半年后再评估。", f"术后第{R.randint(1, 10)}天拔除引流管。", f"疗程共{cn_num(R.randint(2, 8))}个周期。"])
    if f == 29:
        return pick([f"HLA配型{R.randint(5, 10)}/10相合。", f"供者为她的{pick(['哥哥', '弟弟', '姐姐', '妹妹', '父亲'])}，半相合。", f"CD34⁺细胞数{R.randint(2, 9)}.{R.randint(0, 9)}×10⁶/kg。"])
    if f == 30:
        return pick([f"图：{pick(ALIASES)}在{pick(DEPTS)}做康复训练", f"图为医护团队在{pick(HOSPS)}讨论病例", f"图：出院那天，{pick(RELS)}来接她"])
    if f == 31:
        return pick([f"第{R.randint(1, 30)}天：体温恢复正常。", f"第{cn_num(R.randint(1, 12))}周：可独立行走。", f"回输后第{R.randint(1, 6)}个月：停用激素。"])
    if f == 32:
        return pick(COMMON_LOOK)
    if f == 33:
        return pick([f"文献报道缓解率约{R.randint(40, 95)}%（n={R.randint(12, 400)}）。", f"中位随访{R.randint(6, 36)}个月。", f"P<0.0{R.randint(1, 5)}",
                     f"风险比HR {R.randint(0, 1)}.{R.randint(10, 99)}（95% CI {R.randint(0, 1)}.{R.randint(10, 50)}–{R.randint(1, 2)}.{R.randint(10, 99)}）。"])
    if f == 34:
        return pick([f"服务热线工作时间为周一至周五8:00–17:30。", f"{pick(DEPTS)}门诊在周{pick('一二三四五')}上午。", f"每周{pick('一二三四五')}下午{R.randint(2, 4)}点是探视时间。"])
    if f == 35:
        return pick([f"尿常规：蛋白{R.choice(['+', '2+', '3+', '±', '阴性'])}，隐血{R.choice(['+', '2+', '阴性'])}。", f"ANA 1:{pick(['80', '160', '320', '640', '1280'])}，斑点型。",
                     f"抗Sm抗体阳性，抗SSA/Ro52阳性。", f"Coombs试验阳性。"])
    if f == 36:
        return pick([f"辗转{R.randint(2, 9)}家医院，花了{R.randint(2, 8)}年时间。", f"病房里一共{R.randint(3, 6)}张床。", f"她一天要吃{R.randint(5, 30)}片药。",
                     f"先后做了{cn_num(R.randint(2, 12))}次骨穿。"])
    if f == 37:
        return pick([f"{pick(['2型糖尿病', '慢性肾脏病3期', 'IgA肾病', '狼疮肾炎Ⅳ型', '急性B淋巴细胞白血病', '多发性骨髓瘤'])}诊断明确。",
                     f"肾穿刺病理：狼疮性肾炎{pick(['Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅳ+Ⅴ'])}型，活动性指数{R.randint(2, 16)}/24。"])
    if f == 38:
        return pick([f"本文患者已签署知情同意书，文中使用化名。", f"为保护隐私，文中患者以字母代称。", f"图片已获{pick(ALIASES)}本人授权使用。",
                     f"{pick(ALIASES)}希望自己的经历能帮到更多病友。"])
    return pick([f"《{pick(['本草纲目', '黄帝内经', '伤寒论', '默克诊疗手册', '哈里森内科学', '西氏内科学'])}》中有类似记载。",
                 f"她最近在读《{pick(['活着', '平凡的世界', '病隙碎笔', '当呼吸化为空气', '最好的告别'])}》。"])


SURNAME_WORDS = [
    "高血压控制良好，继续原方案。", "白细胞计数偏低，暂停化疗一周。", "黄疸逐渐消退，皮肤颜色恢复正常。", "钟点工每天上午来帮忙做饭。",
    "方案调整后，尿蛋白明显下降。", "石膏固定六周后复查X线。", "金属植入物不影响磁共振检查。", "任何时候出现发热都要立即就诊。",
    "于是，一家人决定来北京试一试。", "常规检查未见明显异常。", "毛细血管再充盈时间小于2秒。", "严重时她连筷子都拿不住。",
    "程度较轻的病例可以门诊随访。", "向来身体不错的他突然晕倒了。", "时间久了，她也学会了自己打针。", "周围的人都劝她放弃。",
    "文献中类似的病例很少。", "安全性方面未观察到严重不良事件。", "马上就到春节了，她想回家过年。", "林林总总的检查做了二十多项。",
    "何时停药需要医生评估。", "万一出现抽搐，要让她侧卧。", "全身皮疹在一周内消退。", "康复训练每天两次。", "明显的关节肿胀已经消失。",
    "陆续有病友来找她取经。", "江苏的病友也加入了群聊。", "路上颠簸了整整两天。", "司机师傅帮忙把轮椅抬上了车。", "孔径较小的滤器容易堵塞。",
    "孟鲁司特可用于哮喘的辅助治疗。", "夏季是晒伤的高发期，狼疮患者要注意防晒。", "叶酸每日0.4 mg。",
    "钱的问题曾让全家陷入绝望。", "白天她在病房织毛衣。", "高热持续了三天。", "黄体酮水平正常。", "石头终于落了地。", "金黄色葡萄球菌培养阳性。",
    "郑重地签下了同意书。", "常常一夜醒好几次。", "田间劳作时她第一次发现手指发白。", "向阳的病房里阳光很好。", "窗外的白雪映得病房格外亮。",
    "高峰期挂号要排很久。", "她性格文静，不太爱说话。", "一路平安，是全家人的心愿。", "国庆假期门诊照常开放。", "夏天来了，她终于可以穿短袖了。",
    "海燕在窗外盘旋。", "春雨过后，康复花园里开满了花。", "方圆几十里只有这一家卫生院。", "万里之外的家人每天视频问候。",
    "黎明时分，她的体温降了下来。", "明月当空，病区格外安静。", "安康是我们对每位患者的祝福。", "田野里的油菜花开了。",
]
FAMOUS = [
    "华佗的故事她从小就听过。", "李时珍在《本草纲目》中记载过这味药。", "张仲景被后人尊为医圣。", "白求恩精神一直激励着医院的援外医疗队。",
    "南丁格尔奖章是护理界的最高荣誉。", "鲁迅先生曾学医，后来弃医从文。", "孙思邈提出“大医精诚”。", "希波克拉底誓言至今仍被医学生诵读。",
    "弗莱明发现青霉素改变了感染治疗。", "居里夫人的研究奠定了放射治疗的基础。", "霍奇金最早在1832年描述了这种淋巴瘤。",
    "帕金森于1817年发表了关于震颤麻痹的论文。", "孟德尔的遗传定律解释了这个家族的发病规律。",
]
COMMON_LOOK = [
    "Good news！复查全部正常。", "CAR-T治疗后第28天评估为完全缓解。", "HIGH RISK组患者需要更密切的随访。", "PET-CT未见异常代谢。",
    "WBC、PLT均已恢复。", "The patient is doing well.", "MDT讨论后决定行自体干细胞移植。", "她说：OK，我愿意试一试。", "IgG 18.6 g/L，IgA 2.1 g/L。",
    "Hi，请问周末可以探视吗？", "Dear doctor，谢谢您一直以来的帮助。", "BMI 22.4，营养状况良好。", "COVID-19疫苗接种需推迟至治疗结束后。",
    "A、B两组患者基线特征无差异。", "Ⅱ期临床研究共纳入48例患者。", "CT值32.5，核酸阳性。", "Q&A：CAR-T治疗需要住院多久？",
]

# ---------------------------------------------------------------- build


def build() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def add(cat: str, text: str, kinds: list[str]) -> bool:
        if "\t" in text or "\n" in text or text in seen:
            return False
        seen.add(text)
        rows.append((cat, ",".join(kinds) if kinds else "-", text))
        return True

    quotas = {k: 46 for k in T_ID}
    quotas["person_name"] = 250
    for kind, templates in T_ID.items():
        count, tries = 0, 0
        while count < quotas[kind] and tries < 10000:
            tries += 1
            cat, tmpl = templates[count % len(templates)] if tries < 3 * quotas[kind] else pick(templates)
            text, kinds = fill(tmpl)
            if add(cat, text, kinds):
                count += 1
    for _ in range(70):
        cat, tmpl = pick(T_MULTI)
        text, kinds = fill(tmpl)
        add(cat, text, kinds)

    clean_target = 1080
    makers = [("clean_dose", clean_dose), ("clean_lab", clean_lab)] + [("clean_misc", clean_misc)] * 6
    n_clean, tries = 0, 0
    cat_names = {
        0: "clean_bp", 1: "clean_score", 2: "clean_time", 3: "clean_duration", 4: "clean_gene", 5: "clean_trial",
        6: "clean_icd", 7: "clean_guideline", 8: "clean_month_year", 9: "clean_year", 10: "clean_age_under_90",
        11: "clean_money", 12: "clean_place", 13: "clean_department", 14: "clean_hospital", 15: "clean_brand",
        16: "clean_eponym", 17: "clean_alias", 18: "clean_relation", 19: "clean_surname_word", 20: "clean_famous",
        21: "clean_job_title", 22: "clean_ward", 23: "clean_ip_region", 24: "clean_cell_dose", 25: "clean_vitals",
        26: "clean_score", 27: "clean_drug_code", 28: "clean_interval", 29: "clean_hla_match", 30: "clean_caption",
        31: "clean_timeline", 32: "clean_mixed_script", 33: "clean_statistics", 34: "clean_opening_hours",
        35: "clean_lab_qualitative", 36: "clean_count", 37: "clean_diagnosis", 38: "clean_consent_note", 39: "clean_book",
    }
    while n_clean < clean_target and tries < 200000:
        tries += 1
        cat, fn = pick(makers)
        if fn is clean_misc:
            state = R.getstate()
            idx = R.randrange(40)
            R.setstate(state)
            text = fn()
            cat = cat_names[idx]
        else:
            text = fn()
        if add(cat, text, []):
            n_clean += 1
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, text in rows:
            fh.write(f"{cat}\t{kinds}\t{text}\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
