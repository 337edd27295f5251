#!/usr/bin/env python3
"""Generator for a blind, labelled Simplified-Chinese test corpus for a de-identification scanner
(part 19, zh): tests/data/deid_generated_zh_heldout19.tsv.

The sentences imitate what a Beijing hospital with an international patient service publishes and
receives: editors' case-story narration, quotes from patients and relatives, clinicians' remarks,
photo captions and alt text, timeline entries, SEO descriptions, thank-you letters, informal
"Leave Your Message" contact-form messages and forwarded chat snippets. Patients and relatives come
from Russia, Central Asia, Mongolia, the Middle East, South-East Asia, Africa, Europe, the Americas,
Korea, Japan and China, so names appear in Hanzi transliteration, Latin, Cyrillic, Hangul and pinyin.

This file was written blind from a written brief, using general knowledge only: no code, tests,
data or history of the surrounding repository were consulted, and all pools, templates and number
formats are original to this file. Standard library only.

Determinism: a single random.Random(1919) drives every choice; families are processed in a fixed
list order, duplicates are rejected through a membership test only (no set or dict iteration feeds
the output), and the final row order comes from the same generator. Two runs write byte-identical
output whatever PYTHONHASHSEED is.

Output: a TSV with header "category<TAB>expected_kinds<TAB>sentence". expected_kinds is a
comma-separated list in the canonical kind order (KINDS below) or "-" for a clean sentence. Families
whose category ends in "_hard" hold obfuscated, spelled-out, split, full-width, lower-cased,
mixed-script or many-identifier sentences (about one row in five); categories starting with
"clean_" hold clean sentences only.

How labels are made: every template is a string with {slot} placeholders; each slot is registered
with its generator and a fixed tuple of kinds (clean slots have none). A sentence's expected kinds
are the union of the kinds of the slots used to build it; the finished text is never searched for
patterns. check_family() asserts that clean families use clean slots only and that every template of
an identifier family has at least one identifier slot. In informal families the literal template
text (never a slot value, never a digit) may receive noise: punctuation swaps, homophone typos,
lower-casing of Latin letters, stray spaces. Values that must appear split (a phone number given as
head and tail, an ID card written on two lines) are generated once and handed out piece by piece;
each piece carries the kind, so the sentence is labelled with it once.

Judgement calls:
- Dates. A birth date, with or without year, in any form (including a lunar birthday such as
  农历三月初六) is date_of_birth only. Any other day-level date is exact_date: ISO, dotted, slashed,
  Chinese with or without weekday, month-day only (3月12日), Russian/English/Korean/Mongolian
  wording, compact 20210312, Chinese numerals (二〇二三年三月十二日), full-width digits, lunar dates
  (lunar days that coincide with a named festival are avoided) and other calendars (令和, 佛历,
  伊斯兰历, 伊朗历). Months with years, years, year ranges, seasons, weeks of pregnancy, "post-op
  day 5", festivals and 斋月 as periods, and clock times without a date are clean.
- Ages. 90 and above in digits, Chinese numerals, 周岁/虚岁, "92-year-old", "92 года" or 享年 are
  age_over_89. 89 and below, 年近九旬, 快九十, 接近九十岁, 年过八旬, 90后/九零后 and 九十年代 are clean.
  Vague 九旬 phrasing is not used for the positive class.
- Identity numbers. Chinese 18-character resident ID numbers (about 15 % with a wrong check digit;
  plain, spaced, dashed, lower-case x, full-width, partly spelled, split) are resident_id only.
  Foreign personal numbers (Kazakh ИИН, Russian internal passport and СНИЛС, Uzbek and Kyrgyz PINs,
  Mongolian registration numbers, Korean RRN, Japanese My Number, US SSN, Emirates ID, Indonesian
  NIK, Nigerian NIN, Thai, Malaysian, Vietnamese, Italian, French and Iranian numbers) are
  national_id. The Russian internal passport is treated as a national identity document; travel
  passports of any country are passport_number.
- Contacts. Full dialable numbers, including a hospital department's desk number and numbers given
  "for WhatsApp/Viber/Telegram" or "微信同号", are phone_number; short public numbers (120, 110, 119,
  122, 999, 112, 911, 103, 114, 12320, 12345, 12308, 12315) are clean, also when full-width or spelled
  (幺二零). Department e-mail addresses are e-mail like any other. WeChat IDs, QQ numbers, KakaoTalk
  and LINE IDs, 抖音号, @handles and profile links (vk.com/id…, t.me/…, weibo.com/u/…) are
  social_account; crowdfunding pages, blogs and home pages are web_address. A name inside an e-mail
  address, handle or URL is not person_name.
- Names. Full names, family name plus title (王主任, 李女士, 张大爷), diminutives (小李, 老王),
  given names alone, nicknames, children's pet names, transliterated foreign names in Hanzi, Latin,
  Cyrillic and Hangul, pinyin in any case, mixed-script forms (Ivan伊万), photographers' credits and
  ordinary words given as a name (a girl called “希望”) are person_name. Letter aliases (张某, 李某某,
  A女士, 患者K, Пациент К.), relations (妈妈, 邻居阿姨), eponymous diseases, signs and operations,
  herbs that look like names (徐长卿, 刘寄奴, 王不留行, 何首乌), institutions and places carrying a
  person's name (白求恩, 中山, 逸夫, 谢东诺夫, Mayo) and name words discussed as words (“巴特尔”是
  “英雄”的意思) are clean. Streets named after people (张自忠路, пр. Абая, Nguyễn Huệ) count only as
  part of a street_address; a bare street name without a number in clean text is clean.
- Places. A street with a house, building or flat number is street_address; with a postcode it also
  adds postal_code; a postcode alone is postal_code. Cities, districts, countries, hospital buildings,
  floors, wards, rooms, beds and lifts are clean. Coordinates in decimal, degree-minute-second and
  北纬/东经 form and plus codes are geolocation. IP addresses, private ranges and IPv6 included, are
  ip_address.
- Numbers. Insurance member, policy and card numbers (医保, commercial, ОМС/ДМС) are
  health_plan_number; patient card, 住院号, 病案号, 门诊ID and MRN values are medical_record_number;
  visa, e-ticket, booking, courier, invitation, appointment, invoice, receipt, claim, staff, student,
  residence and work permit, payment-slip and court case numbers are other_number. Bank cards, bank
  accounts and IBANs are account_number; plates and VINs are vehicle_identifier; implant, pump,
  sensor and appliance serials, IMEIs and MAC addresses are device_identifier. Clinician licence
  numbers (doctors, nurses, pharmacists, foreign registrations) always appear with the clinician's
  name. Medicine batch numbers in recall notices, trial registry numbers (NCT, ChiCTR), ICD and ATC
  codes, gene variants and HLA alleles, versions, pages, prices, doses and lab values are clean.
"""

import calendar
import datetime
import os
import re
import random

SEED = 1919
R = random.Random(SEED)
CACHE = {}

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id", "resident_id",
    "medical_record_number", "health_plan_number", "account_number",
    "licence_number", "vehicle_identifier", "device_identifier", "other_number",
]
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        "deid_generated_zh_heldout19.tsv")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dgnz(n):
    return R.choice("123456789") + dg(n - 1)


def up(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def lo(n, alphabet="abcdefghijkmnopqrstuvwxyz"):
    return "".join(R.choice(alphabet) for _ in range(n))


def alnum_lo(n):
    return "".join(R.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(n))


def fw(s):
    """Full-width form of printable ASCII (space becomes an ideographic space)."""
    out = []
    for c in s:
        if "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def fw_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in s)


CN_DIG = "〇一二三四五六七八九"
CN_DIG_PHONE = "零幺二三四五六七八九"


def cn_digits(s, phone=False):
    table = CN_DIG_PHONE if phone else CN_DIG
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def cn_num(n):
    """Chinese numeral for 0..199."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n - 10] if n > 10 else "")
    if n < 100:
        t, u = divmod(n, 10)
        return units[t] + "十" + (units[u] if u else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + units[rest]
    t, u = divmod(rest, 10)
    return "一百" + units[t] + "十" + (units[u] if u else "")


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, calendar.monthrange(y, m)[1])
    return datetime.date(y, m, d)


def luhn_check(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def spaced_groups(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------------------
# clean pools
# ---------------------------------------------------------------------------

CITIES = ["莫斯科", "圣彼得堡", "新西伯利亚", "伊尔库茨克", "哈巴罗夫斯克", "符拉迪沃斯托克",
          "叶卡捷琳堡", "喀山", "赤塔", "乌兰乌德", "阿拉木图", "阿斯塔纳", "奇姆肯特", "塔什干",
          "撒马尔罕", "比什凯克", "奥什", "杜尚别", "阿什哈巴德", "乌兰巴托", "额尔登特",
          "达尔汗", "迪拜", "阿布扎比", "利雅得", "吉达", "多哈", "科威特城", "德黑兰", "安曼",
          "伊斯坦布尔", "巴格达", "河内", "胡志明市", "曼谷", "清迈", "万象", "金边", "雅加达",
          "泗水", "吉隆坡", "马尼拉", "仰光", "拉各斯", "阿布贾", "内罗毕", "亚的斯亚贝巴",
          "达累斯萨拉姆", "开罗", "约翰内斯堡", "卢萨卡", "柏林", "汉堡", "巴黎", "罗马",
          "米兰", "华沙", "布拉格", "维也纳", "伦敦", "曼彻斯特", "马德里", "纽约", "洛杉矶",
          "温哥华", "多伦多", "圣保罗", "墨西哥城", "布宜诺斯艾利斯", "首尔", "釜山", "仁川",
          "东京", "大阪", "福冈", "哈尔滨", "呼和浩特", "乌鲁木齐", "喀什", "拉萨", "昆明",
          "上海", "广州", "成都", "西安", "沈阳", "长春", "大连", "二连浩特", "满洲里"]

COUNTRIES = ["俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦",
             "蒙古国", "阿联酋", "沙特阿拉伯", "卡塔尔", "科威特", "伊朗", "约旦", "伊拉克",
             "土耳其", "越南", "泰国", "老挝", "柬埔寨", "印度尼西亚", "马来西亚", "菲律宾",
             "缅甸", "尼日利亚", "肯尼亚", "埃塞俄比亚", "坦桑尼亚", "埃及", "南非", "赞比亚",
             "德国", "法国", "意大利", "波兰", "捷克", "奥地利", "英国", "西班牙", "美国",
             "加拿大", "巴西", "墨西哥", "阿根廷", "韩国", "日本"]

NATS = ["俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯", "塔吉克", "蒙古国", "阿联酋",
        "沙特", "伊朗", "约旦", "越南", "泰国", "印尼", "马来西亚", "菲律宾", "尼日利亚",
        "肯尼亚", "埃塞俄比亚", "德国", "法国", "意大利", "波兰", "英国", "美国", "加拿大",
        "巴西", "墨西哥", "韩国", "日本", "老挝", "柬埔寨"]

DEPTS = ["国际医疗部", "心内科", "心外科", "肿瘤内科", "神经外科", "神经内科", "儿科",
         "小儿心脏外科", "骨科", "脊柱外科", "中医科", "针灸科", "康复医学科", "妇产科",
         "生殖医学中心", "眼科", "耳鼻喉科", "消化内科", "肝胆外科", "血液科", "呼吸与危重症医学科",
         "肾内科", "内分泌科", "急诊科", "胸外科", "泌尿外科", "放疗科", "介入科", "疼痛科",
         "营养科", "心理科", "重症医学科"]

DISEASES = ["急性心肌梗死", "肺腺癌", "胶质母细胞瘤", "2型糖尿病", "慢性肾病", "股骨颈骨折",
            "先天性心脏病", "急性淋巴细胞白血病", "乳腺癌", "肝硬化", "脑卒中", "肾结石",
            "甲状腺乳头状癌", "腰椎间盘突出", "风湿性心脏病", "鼻咽癌", "胃癌", "结肠癌",
            "扩张型心肌病", "脊柱侧弯", "视网膜脱离", "重症肺炎", "系统性红斑狼疮",
            "骨肉瘤", "面神经麻痹", "卵巢囊肿", "不孕症", "胰腺炎", "主动脉夹层", "肝包虫病"]

DISEASES_KID = ["法洛四联症", "室间隔缺损", "先天性巨结肠", "脑积水", "唇腭裂", "神经母细胞瘤",
                "先天性髋关节发育不良", "脊髓性肌萎缩症", "肾母细胞瘤", "先天性白内障"]

TREATMENTS = ["冠状动脉支架植入术", "心脏搭桥手术", "全髋关节置换术", "腹腔镜胆囊切除术",
              "射频消融术", "经导管主动脉瓣置换术", "肝移植", "肾移植", "骨髓移植",
              "质子放疗", "立体定向放疗", "靶向治疗", "免疫治疗", "针灸联合康复训练",
              "微创脊柱融合术", "白内障超声乳化手术", "开颅肿瘤切除术", "胃癌根治术",
              "胸腔镜肺叶切除术", "化疗", "人工耳蜗植入术", "体外循环下心脏修补术"]

JOBS = ["中学教师", "货车司机", "工程师", "退休护士", "牧民", "大学生", "厨师", "商人",
        "程序员", "翻译", "建筑工人", "足球教练", "钢琴老师", "外交官", "留学生", "渔民",
        "会计", "摄影师", "矿工", "护林员"]

MONTHS_CN = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
             "十一月", "十二月"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
WEEKDAYS_CN = ["一", "二", "三", "四", "五", "六", "日"]

SEASONS = ["去年冬天", "今年春天", "那年夏天", "前年秋天", "去年深秋", "今年初夏", "寒冬腊月里",
           "开春以后", "入冬前", "暑假期间", "寒假里", "雨季来临前"]
FESTIVALS = ["春节", "中秋节", "国庆假期", "元宵节", "端午节", "开斋节", "古尔邦节", "诺鲁孜节",
             "白月节", "那达慕大会", "圣诞节", "新年假期", "斋月", "泼水节", "劳动节假期"]

ALIASES = ["张某", "李某某", "王某", "刘某某", "陈某", "赵某某", "A女士", "B先生", "C女士",
           "D先生", "患者K", "患者M", "患儿Z", "患者甲", "患者乙", "X先生", "Y女士", "小X",
           "Ms. A", "Mr. B", "Patient K", "Пациент К.", "患者T", "某男", "孙某", "周某某"]

RELATIONS = ["妈妈", "爸爸", "丈夫", "妻子", "女儿", "儿子", "外婆", "姥姥", "奶奶", "爷爷",
             "舅舅", "姑姑", "哥哥", "姐姐", "表妹", "老伴", "儿媳", "女婿", "孙女", "邻居阿姨",
             "小姨", "叔叔", "继父", "未婚夫", "大伯"]

EPONYMS = ["帕金森病", "阿尔茨海默病", "克罗恩病", "霍奇金淋巴瘤", "唐氏综合征", "川崎病",
           "桥本甲状腺炎", "格林-巴利综合征", "库欣综合征", "马凡综合征", "威尔逊病",
           "亨廷顿舞蹈症", "法洛四联症", "布加综合征", "贝尔麻痹", "雷诺现象", "阿斯伯格综合征",
           "尤文肉瘤", "肯尼迪病", "艾迪生病", "梅尼埃病", "伯基特淋巴瘤", "贝赫切特病",
           "斯蒂尔病", "吉尔伯特综合征", "佩吉特病", "夏科-马里-图思病"]

EPONYM_SIGNS = ["巴宾斯基征阳性", "墨菲征阳性", "霍纳综合征表现", "阿普加评分9分",
                "格拉斯哥昏迷评分8分", "克氏征阴性", "拉塞格征阳性", "麦氏点压痛",
                "特伦德伦伯格步态", "库斯莫尔呼吸"]

PROCEDURES_EPO = ["惠普尔手术", "福坦手术", "诺伍德手术", "本托尔手术", "格林手术",
                  "毕Ⅱ式胃切除", "哈特曼手术", "Ross手术", "Glenn手术"]

HERBS = ["徐长卿", "刘寄奴", "王不留行", "何首乌", "杜仲", "使君子", "白头翁", "陈皮", "半夏",
         "黄连", "黄芪", "当归", "党参", "枸杞子", "柴胡", "甘草", "连翘", "金银花", "石斛",
         "三七", "丹参", "川芎", "茯苓", "白术", "女贞子", "牛膝", "远志", "独活", "马钱子",
         "苏木", "高良姜", "罗汉果"]
HERB_EFFECTS = ["补气", "活血化瘀", "清热解毒", "祛风湿", "养血", "健脾", "安神", "止痛",
                "疏肝", "润肠"]

INSTS = ["白求恩国际和平医院", "中山大学附属第一医院", "复旦大学附属中山医院",
         "孙逸仙纪念医院", "宋庆龄儿童医学中心", "约翰·霍普金斯医院", "梅奥诊所", "邵逸夫医院",
         "北京协和医院", "北京同仁医院", "中日友好医院", "首都医科大学", "白求恩医科大学",
         "谢东诺夫第一莫斯科国立医科大学", "巴甫洛夫第一圣彼得堡国立医科大学",
         "皮罗戈夫国立研究医科大学", "巴斯德研究所", "居里研究所", "卡罗林斯卡医学院",
         "克利夫兰诊所", "李嘉诚基金会", "宋庆龄基金会", "白求恩公益基金会",
         "阿卜杜拉国王医疗城", "哈利法医疗城", "扎耶德军事医院", "东京大学医学部附属医院"]

HOSP_BUILDINGS = ["门诊楼", "急诊楼", "外科楼", "内科楼", "国际医疗楼", "住院部2号楼",
                  "医技楼", "老楼东区", "新院区C座", "康复中心"]
FLOORS = ["B1层", "1层", "2层", "3层", "5层", "7层", "9层", "12层", "15层", "地下二层", "二楼",
          "六楼"]
WARDS = ["国际部VIP病区", "心内科二病区", "CCU", "ICU", "儿科一病区", "骨科病房", "肿瘤科三病区",
         "日间病房", "层流病房", "PICU", "NICU"]
LIFTS = ["3号电梯", "B区货梯", "东侧客梯", "5号梯", "医护专用电梯"]

PUBLIC_NUMS = ["120", "110", "119", "122", "999", "12320", "12345", "12308", "112", "911",
               "103", "114", "12315"]

GUIDES = ["中国高血压防治指南", "NCCN非小细胞肺癌临床实践指南", "ESC心力衰竭指南",
          "中国2型糖尿病防治指南", "国际医疗部服务手册", "患者入院须知"]

DRUGS = ["阿托伐他汀", "二甲双胍", "氯吡格雷", "阿司匹林", "奥希替尼", "来曲唑", "左甲状腺素钠",
         "华法林", "胰岛素甘精", "头孢曲松", "甲泼尼龙", "奥美拉唑", "恩替卡韦", "他克莫司"]


ORIGINS = [("俄罗斯", ["莫斯科", "圣彼得堡", "新西伯利亚", "伊尔库茨克", "赤塔", "乌兰乌德", "喀山"]),
           ("哈萨克斯坦", ["阿拉木图", "阿斯塔纳", "奇姆肯特"]), ("乌兹别克斯坦", ["塔什干", "撒马尔罕"]),
           ("吉尔吉斯斯坦", ["比什凯克", "奥什"]), ("塔吉克斯坦", ["杜尚别"]),
           ("蒙古国", ["乌兰巴托", "额尔登特", "达尔汗"]), ("阿联酋", ["迪拜", "阿布扎比"]),
           ("沙特阿拉伯", ["利雅得", "吉达"]), ("伊朗", ["德黑兰"]), ("约旦", ["安曼"]),
           ("越南", ["河内", "胡志明市"]), ("泰国", ["曼谷", "清迈"]), ("印度尼西亚", ["雅加达", "泗水"]),
           ("马来西亚", ["吉隆坡"]), ("菲律宾", ["马尼拉"]), ("尼日利亚", ["拉各斯", "阿布贾"]),
           ("肯尼亚", ["内罗毕"]), ("埃塞俄比亚", ["亚的斯亚贝巴"]), ("德国", ["柏林", "汉堡"]),
           ("法国", ["巴黎"]), ("意大利", ["罗马", "米兰"]), ("波兰", ["华沙"]), ("英国", ["伦敦", "曼彻斯特"]),
           ("美国", ["纽约", "洛杉矶"]), ("加拿大", ["温哥华", "多伦多"]), ("巴西", ["圣保罗"]),
           ("韩国", ["首尔", "釜山"]), ("日本", ["东京", "大阪"])]


def v_origin():
    c, cities = pick(ORIGINS)
    return c + pick(cities)


def v_city():
    return pick(CITIES)


def v_country():
    return pick(COUNTRIES)


def v_nat():
    return pick(NATS)


def v_dept():
    return pick(DEPTS)


def v_disease():
    return pick(DISEASES)


def v_disease_kid():
    return pick(DISEASES_KID)


def v_treat():
    return pick(TREATMENTS)


def v_job():
    return pick(JOBS)


def v_season():
    return pick(SEASONS)


def v_festival():
    return pick(FESTIVALS)


def v_alias():
    return pick(ALIASES)


def v_relation():
    return pick(RELATIONS)


def v_eponym():
    return pick(EPONYMS)


def v_sign():
    return pick(EPONYM_SIGNS)


def v_proc_epo():
    return pick(PROCEDURES_EPO)


def v_herb():
    return pick(HERBS)


def v_effect():
    return pick(HERB_EFFECTS)


def v_inst():
    return pick(INSTS)


def v_building():
    return pick(HOSP_BUILDINGS)


def v_floor():
    return pick(FLOORS)


def v_ward():
    return pick(WARDS)


def v_bed():
    return pick(["%d床" % R.randint(1, 48), "%d号床" % R.randint(1, 40), "加%d床" % R.randint(1, 6),
                 "%d病室%d床" % (R.randint(1, 30), R.randint(1, 3))])


def v_lift():
    return pick(LIFTS)


def v_room():
    return pick(["%d诊室" % R.randint(1, 40), "%d%02d室" % (R.randint(1, 9), R.randint(1, 30)),
                 "%d号诊室" % R.randint(1, 25)])


def v_public():
    return pick(PUBLIC_NUMS)


def v_age_clean():
    return str(pick([R.randint(1, 89), R.randint(20, 79), R.randint(60, 89), R.randint(80, 89)]))


def v_count():
    return str(R.randint(12, 980))


def v_month_year():
    y = R.randint(2012, 2025)
    m = R.randint(1, 12)
    return pick(["%d年%d月" % (y, m), "%d年%d月" % (y, m), "%d-%02d" % (y, m), "%d/%d" % (m, y),
                 "%s %d" % (EN_MONTHS[m - 1], y), "%d年%d月份" % (y, m), "%d年%d月初" % (y, m),
                 "%d年%d月底" % (y, m), "%d年%d月中旬" % (y, m)])


def v_year():
    return str(R.randint(1995, 2025))


def v_year_range():
    a = R.randint(2010, 2021)
    b = a + R.randint(1, 4)
    return pick(["%d—%d年" % (a, b), "%d年至%d年" % (a, b), "%d-%d年" % (a, b), "%d到%d年" % (a, b)])


def v_month_cn():
    return pick(MONTHS_CN)


def v_weeknum():
    return str(R.randint(2, 40))


def v_price():
    n = R.randint(3, 480) * 100
    return pick(["约%s元" % format(n, ","), "¥%s" % format(n, ","), "%.1f万元" % (n / 10000.0),
                 "%d美元" % (n // 7), "约%d万卢布" % R.randint(20, 900), "%s元人民币" % format(n, ",")])


def v_dose():
    return pick(["%dmg" % pick([5, 10, 20, 40, 80, 100, 250, 500]), "%d μg" % pick([25, 50, 75, 100]),
                 "%d U" % R.randint(4, 30), "%.1f g" % pick([0.5, 1.0, 1.5, 2.0]),
                 "%d mg/kg" % R.randint(1, 15)])


DRUG_DOSE_ATC = [("阿托伐他汀", ["10mg", "20mg", "40mg"], "C10AA05"), ("二甲双胍", ["0.5 g", "850mg"], "A10BA02"),
                 ("氯吡格雷", ["75mg"], "B01AC04"), ("阿司匹林", ["100mg"], "B01AC06"), ("奥希替尼", ["80mg"], "L01EB04"),
                 ("来曲唑", ["2.5mg"], "L02BG04"), ("左甲状腺素钠", ["25 μg", "50 μg", "75 μg", "100 μg"], "H03AA01"),
                 ("华法林", ["2.5mg", "3mg"], "B01AA03"), ("甘精胰岛素", ["10 U", "14 U", "20 U"], "A10AE04"),
                 ("头孢曲松", ["1 g", "2 g"], "J01DD04"), ("奥美拉唑", ["20mg", "40mg"], "A02BC01"),
                 ("恩替卡韦", ["0.5mg"], "J05AF10"), ("他克莫司", ["1mg", "2mg"], "L04AD02"),
                 ("甲泼尼龙", ["40mg", "80mg"], "H02AB04")]


def v_drug():
    return pick(DRUGS)


def v_drug_dose():
    d, doses, _ = pick(DRUG_DOSE_ATC)
    return d + pick(doses)


def v_drug_atc():
    d, _, atc = pick(DRUG_DOSE_ATC)
    return pick(["%s（%s）" % (d, atc), "%s %s" % (d, atc)])


def v_freq():
    return pick(["1", "2", "3", "一", "两", "三"])


def v_herb_g():
    return "%dg" % pick([3, 6, 9, 10, 12, 15, 20, 30])


def v_age_old():
    return str(R.randint(58, 89))


def v_age_kid():
    return str(R.randint(1, 16))


def v_relation_old():
    return pick(["爷爷", "奶奶", "外婆", "姥姥", "外公", "姥爷", "老伴", "爸爸", "妈妈", "公公", "婆婆"])


def v_city_north():
    return pick(["乌兰巴托", "伊尔库茨克", "赤塔", "乌兰乌德", "新西伯利亚", "达尔汗", "额尔登特", "哈巴罗夫斯克"])


def v_lab():
    return pick(["血红蛋白%d g/L" % R.randint(62, 160), "肌酐%d μmol/L" % R.randint(45, 620),
                 "HbA1c %.1f%%" % (R.randint(52, 128) / 10.0), "空腹血糖%.1f mmol/L" % (R.randint(40, 190) / 10.0),
                 "INR %.1f" % (R.randint(9, 38) / 10.0), "EF %d%%" % R.randint(22, 68),
                 "白细胞%.1f×10⁹/L" % (R.randint(12, 260) / 10.0), "CEA %.1f ng/mL" % (R.randint(5, 900) / 10.0),
                 "血钾%.1f mmol/L" % (R.randint(28, 61) / 10.0), "TSH %.2f mIU/L" % (R.randint(1, 900) / 100.0),
                 "PSA %.1f ng/mL" % (R.randint(2, 400) / 10.0), "血小板%d×10⁹/L" % R.randint(18, 420)])


def v_version():
    return pick(["%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)),
                 "V%d.%d" % (R.randint(1, 6), R.randint(0, 9)), "第%d版" % R.randint(2, 12)])


def v_page():
    return str(R.randint(3, 880))


def v_guide():
    return pick(GUIDES)


def v_nct():
    return "NCT0" + dg(7)


def v_chictr():
    return "ChiCTR%d00%s" % (R.randint(18, 25), dg(6))


def v_icd():
    return pick(["I21.%d" % R.randint(0, 9), "C34.%d" % R.randint(0, 9), "E11.%d" % R.randint(0, 9),
                 "C50.%d" % R.randint(0, 9), "N18.%d" % R.randint(1, 6), "S72.0%d" % R.randint(0, 9),
                 "Q21.%d" % R.randint(0, 3), "G20", "K74.6", "C71.%d" % R.randint(0, 9), "J18.9",
                 "M41.1%d" % R.randint(0, 9), "B67.%d" % R.randint(0, 9)])


def v_atc():
    return pick(["C10AA05", "A10BA02", "B01AC04", "B01AC06", "L01EB04", "L02BG04", "H03AA01",
                 "B01AA03", "J01DD04", "A02BC01", "J05AF10", "L04AD02"])


def v_gene():
    return pick(["EGFR L858R", "EGFR 19号外显子缺失", "c.2573T>G (p.L858R)", "BRCA1 c.68_69delAG",
                 "KRAS G12C", "ALK融合", "HLA-B*58:01", "BRAF V600E", "JAK2 V617F", "SMN1纯合缺失",
                 "FLT3-ITD", "TP53 c.743G>A", "IDH1 R132H", "ROS1融合", "MTHFR C677T"])


def v_batch():
    return pick(["C" + dg(6), dg(8), "B" + dg(7), dg(6) + "-" + dg(2), up(2) + dg(6)])


def v_km():
    return str(pick([R.randint(300, 9000), R.randint(1000, 6000)]))


def v_hours():
    return str(R.randint(2, 72))


def v_num_small():
    return str(R.randint(2, 30))


def v_time():
    return "%d:%02d" % (R.randint(7, 22), R.randint(0, 59))


def v_kid_noun():
    return pick(["小女孩", "小男孩", "女婴", "男孩", "姑娘", "孩子"])


def v_weekday():
    return "周" + pick(WEEKDAYS_CN[:6])


# ---------------------------------------------------------------------------
# person names
# ---------------------------------------------------------------------------

CN_SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 "
               "冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 "
               "钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 "
               "史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 上官 司马 乌").split()
CN_GIVEN = ("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 子涵 浩然 "
            "梓萱 一诺 欣怡 宇轩 思远 雨桐 嘉怡 俊杰 晓燕 建国 建华 国强 玉兰 淑珍 志明 海燕 文博 "
            "若曦 佳琪 天佑 沐阳 书瑶 立新 红梅 春生 德顺 永刚 雪梅 晨曦 景行 亚楠 慧敏 国栋 凤英 "
            "振华 宏伟 丹丹 婷 鑫 昊天 紫涵 诗雨 建军 卫东 秀珍 金凤 德胜").split()
CN_PINYIN = ["Zhang Wei", "Li Xiuying", "Wang Fang", "Liu Yang", "Chen Jing", "Zhao Lei",
             "Huang Min", "Zhou Jie", "Wu Tao", "Xu Ming", "Sun Li", "Ma Chao", "Hu Xia",
             "Guo Qiang", "Lin Yutong", "Zheng Haoran", "He Jiayi", "Gao Zihan", "Luo Yan",
             "Song Wenbo", "Tang Xinyi", "Han Yuxuan", "Feng Lixin", "Deng Hongmei"]
DOC_TITLES = ["医生", "大夫", "主任", "教授", "院长", "博士", "主任医师", "副主任"]
NURSE_TITLES = ["护士", "护士长"]
POLITE_TITLES = ["女士", "先生", "老师", "阿姨", "叔叔", "大爷", "奶奶", "大姐", "师傅", "姐"]

FOREIGN_HZ_FULL = [
    "伊万·彼得罗夫", "娜塔莉娅·伊万诺娃", "奥尔加·斯米尔诺娃", "德米特里·伊万诺夫",
    "阿列克谢·库兹涅佐夫", "弗拉基米尔·波波夫", "米哈伊尔·索科洛夫", "伊琳娜·瓦西里耶娃",
    "叶卡捷琳娜·莫罗佐娃", "谢尔盖·沃尔科夫", "塔季扬娜·列别杰娃", "安德烈·诺维科夫",
    "叶尔兰·努尔别科夫", "阿里舍尔·乌斯曼诺夫", "古丽娜尔·阿赫梅托娃", "努尔兰·萨特巴耶夫",
    "迪娜拉·卡西莫娃", "绍赫鲁赫·尤苏波夫", "季穆尔·拉希莫夫", "马迪娜·托克塔罗娃",
    "巴特巴雅尔·甘呼雅格", "敖登格日勒·巴特尔", "甘巴特·策伦", "其其格·孟和",
    "穆罕默德·阿卜杜拉", "艾哈迈德·哈桑", "法蒂玛·扎哈拉", "阿里·礼萨伊", "萨拉·卡里姆",
    "哈立德·奥马尔", "莱拉·纳赛尔", "优素福·易卜拉欣", "扎伊纳卜·侯赛因",
    "阮氏兰", "陈文雄", "颂猜·翁萨库", "西蒂·努尔哈丽扎", "布迪·桑托索", "玛丽亚·桑托斯",
    "阿贡·普拉塞蒂约", "吴敏昂", "阿玛拉·奥孔克沃", "克瓦梅·门萨", "恩戈齐·埃泽", "约瑟夫·姆万吉",
    "齐内杜·奥卡福", "阿米娜·迪亚洛", "格蕾丝·万吉鲁", "汉斯·穆勒", "玛丽·杜邦", "卢卡·罗西",
    "安娜·科瓦尔斯卡", "索菲·马丁", "英格丽德·拉森", "詹姆斯·米勒", "艾米丽·约翰逊",
    "卡洛斯·加西亚", "玛丽安娜·席尔瓦", "迈克尔·布朗", "金敏俊", "朴智恩", "李秀贤", "郑恩惠",
    "韩在元", "佐藤健太", "铃木美咲", "高桥翔", "田中由美", "山本大辉", "渡边彩"]
FOREIGN_HZ_GIVEN = [
    "伊万", "娜塔莎", "谢尔盖", "奥莉娅", "安娜斯塔西娅", "玛丽娜", "尤利娅", "米沙", "萨沙",
    "阿依古丽", "努尔兰", "阿斯兰", "迪娜拉", "古丽娜尔", "马迪娜", "萨比娜", "季穆尔", "阿利亚",
    "巴特尔", "其其格", "苏和", "图雅", "乌兰", "甘巴特", "敖登", "娜仁", "呼和",
    "艾哈迈德", "法蒂玛", "优素福", "莱拉", "哈立德", "努尔", "奥马尔", "阿伊莎", "阿米尔",
    "阿玛拉", "克瓦梅", "恩戈齐", "阿米娜", "格蕾丝", "索菲", "卢卡", "汉斯", "艾米丽",
    "卡洛斯", "玛利亚", "普特丽", "西蒂", "颂猜", "明俊", "智恩", "健太", "美咲"]
LATIN_NAMES = [
    "Ivan Petrov", "Natalia Ivanova", "Olga Smirnova", "Dmitry Volkov", "Aigul Nurlanovna",
    "Yerlan Nurbekov", "Alisher Usmanov", "Dinara Kasymova", "Batbayar Gankhuyag",
    "Oyunchimeg Bold", "Mohammed Abdullah", "Fatima Al-Zahra", "Ahmed Hassan", "Layla Nasser",
    "Nguyen Thi Lan", "Tran Van Minh", "Somchai Wongsakul", "Siti Rahmawati", "Budi Santoso",
    "Maria Santos", "Chinedu Okafor", "Amina Diallo", "Kwame Mensah", "Grace Wanjiru",
    "Sophie Martin", "Lukas Becker", "Marco Bianchi", "Ingrid Larsen", "Anna Kowalska",
    "Emily Carter", "James Miller", "Carlos Mendoza", "Ana Souza", "Kim Minjun", "Park Jieun",
    "Sato Kenta", "Yumi Tanaka", "Timur Rakhimov", "Madina Toktarova", "Omar Khalid"]
CYR_NAMES = ["Иван Петров", "Ольга Смирнова", "Наталья Кузнецова", "Сергей Волков",
             "Алексей Морозов", "Екатерина Соколова", "Мария Лебедева", "Дмитрий Новиков",
             "Айгуль Нурланова", "Ерлан Нурбеков", "Тимур Рахимов", "Динара Касымова",
             "Батбаяр", "Оюунчимэг", "Ганбаатар", "Сарантуяа", "Энхжаргал", "Болд Дорж",
             "Гульнара", "Светлана Иванова", "Надежда Павлова", "Юлия Орлова", "Алишер"]
HANGUL_NAMES = ["김민준", "박지은", "이서연", "정하늘", "최유진", "한지민", "윤서준"]
KIDS = ["豆豆", "乐乐", "米沙", "阿雅", "萨沙", "阿米尔", "朵朵", "安娜", "提穆尔", "阿伊莎",
        "明俊", "果果", "妞妞", "毛毛", "丫丫", "小宝", "阿丽娅", "达莎", "图门", "奥云",
        "贝贝", "天天", "Misha", "Amir", "Sasha"]
NICKS = ["阿强", "小胖", "老王", "大刘", "小李", "老陈", "阿珍", "小周", "老马", "阿梅", "小赵",
         "胖虎", "老杨", "阿杰", "小敏", "老孟", "大壮"]
WORD_NAMES = ["希望", "平安", "念华", "石头", "星星", "盼盼", "安安", "Надежда", "Amal", "努尔",
              "春天", "小雪", "Hope", "乐乐", "阳光", "中华", "晨光"]
DOC_EN = ["Dr. Wang", "Dr. Li", "Dr. Zhang", "Dr. Chen Jing", "Doctor Zhao", "Dr. Liu", "Dr. Sun",
          "Dr. Ma Lixin", "Prof. Huang", "Dr. Guo"]


NAME_GROUPS = [
    (["俄罗斯"], ["莫斯科", "圣彼得堡", "新西伯利亚", "伊尔库茨克", "赤塔", "乌兰乌德"],
     ["伊万·彼得罗夫", "娜塔莉娅·伊万诺娃", "奥尔加·斯米尔诺娃", "德米特里·伊万诺夫", "谢尔盖·沃尔科夫",
      "叶卡捷琳娜·莫罗佐娃", "米哈伊尔·索科洛夫", "塔季扬娜·列别杰娃"],
     ["Ivan Petrov", "Natalia Ivanova", "Olga Smirnova", "Dmitry Volkov", "Svetlana Orlova"]),
    (["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦"], ["阿拉木图", "阿斯塔纳", "塔什干", "比什凯克", "杜尚别"],
     ["叶尔兰·努尔别科夫", "阿里舍尔·乌斯曼诺夫", "古丽娜尔·阿赫梅托娃", "努尔兰·萨特巴耶夫", "迪娜拉·卡西莫娃",
      "绍赫鲁赫·尤苏波夫", "季穆尔·拉希莫夫", "马迪娜·托克塔罗娃"],
     ["Aigul Nurlanovna", "Yerlan Nurbekov", "Alisher Usmanov", "Dinara Kasymova", "Timur Rakhimov", "Madina Toktarova"]),
    (["蒙古国"], ["乌兰巴托", "额尔登特", "达尔汗"],
     ["巴特巴雅尔·甘呼雅格", "敖登格日勒·巴特尔", "甘巴特·策伦", "其其格·孟和", "苏和巴特尔"],
     ["Batbayar Gankhuyag", "Oyunchimeg Bold", "Ganbaatar Tseren", "Sarantuya Dorj"]),
    (["阿联酋", "沙特阿拉伯", "约旦", "伊拉克"], ["迪拜", "阿布扎比", "利雅得", "吉达", "安曼"],
     ["穆罕默德·阿卜杜拉", "艾哈迈德·哈桑", "法蒂玛·扎哈拉", "萨拉·卡里姆", "哈立德·奥马尔", "莱拉·纳赛尔",
      "优素福·易卜拉欣"],
     ["Mohammed Abdullah", "Fatima Al-Zahra", "Ahmed Hassan", "Layla Nasser", "Omar Khalid"]),
    (["越南"], ["河内", "胡志明市"], ["阮氏兰", "陈文雄", "黎氏花"], ["Nguyen Thi Lan", "Tran Van Minh"]),
    (["泰国"], ["曼谷", "清迈"], ["颂猜·翁萨库", "素帕·詹塔"], ["Somchai Wongsakul", "Supha Chanta"]),
    (["印度尼西亚", "马来西亚"], ["雅加达", "泗水", "吉隆坡"], ["西蒂·努尔哈丽扎", "布迪·桑托索", "阿贡·普拉塞蒂约"],
     ["Siti Rahmawati", "Budi Santoso"]),
    (["尼日利亚", "肯尼亚", "加纳"], ["拉各斯", "阿布贾", "内罗毕"],
     ["阿玛拉·奥孔克沃", "克瓦梅·门萨", "恩戈齐·埃泽", "约瑟夫·姆万吉", "齐内杜·奥卡福"],
     ["Chinedu Okafor", "Kwame Mensah", "Grace Wanjiru", "Amara Okonkwo"]),
    (["德国", "法国", "意大利", "波兰"], ["柏林", "巴黎", "罗马", "华沙"],
     ["汉斯·穆勒", "玛丽·杜邦", "卢卡·罗西", "安娜·科瓦尔斯卡", "索菲·马丁"],
     ["Sophie Martin", "Lukas Becker", "Marco Bianchi", "Anna Kowalska"]),
    (["美国", "加拿大", "巴西", "墨西哥"], ["纽约", "多伦多", "圣保罗", "墨西哥城"],
     ["詹姆斯·米勒", "艾米丽·约翰逊", "卡洛斯·加西亚", "玛丽安娜·席尔瓦"],
     ["Emily Carter", "James Miller", "Carlos Mendoza", "Ana Souza"]),
    (["韩国"], ["首尔", "釜山"], ["金敏俊", "朴智恩", "李秀贤", "郑恩惠"], ["Kim Minjun", "Park Jieun"]),
    (["日本"], ["东京", "大阪"], ["佐藤健太", "铃木美咲", "田中由美", "山本大辉"], ["Sato Kenta", "Yumi Tanaka"]),
]


def name_group():
    g = CACHE.pop("grp", None)
    if g is None:
        g = pick(NAME_GROUPS)
        CACHE["grp"] = g
    return g


def v_nat_g():
    return pick(name_group()[0])


def v_origin_g():
    g = name_group()
    return pick(g[0]) + pick(g[1])


def v_pn_g():
    return pick(name_group()[2])


def v_pn_g_lat():
    return pick(name_group()[3])


def cn_full():
    return pick(CN_SURNAMES) + pick(CN_GIVEN)


def v_pn_cn():
    return cn_full()


def v_pn_doc():
    s = pick(CN_SURNAMES)
    r = R.random()
    if r < 0.45:
        return s + pick(DOC_TITLES)
    if r < 0.85:
        return s + pick(CN_GIVEN) + pick(DOC_TITLES)
    return pick(["主任医师", "主治医师", "副教授"]) + s + pick(CN_GIVEN)


def v_pn_nurse():
    s = pick(CN_SURNAMES)
    return pick([s + pick(NURSE_TITLES), "护士" + s + pick(CN_GIVEN), "护士长" + s + pick(CN_GIVEN),
                 s + pick(CN_GIVEN) + "护士"])


def v_pn_polite():
    return pick(CN_SURNAMES) + pick(POLITE_TITLES)


def v_pn_fhz():
    return pick(FOREIGN_HZ_FULL)


def v_pn_given():
    return pick(FOREIGN_HZ_GIVEN + [g for g in CN_GIVEN if len(g) == 2][:24])


def v_pn_elder():
    return pick(CN_SURNAMES) + pick(["奶奶", "爷爷", "大爷", "老人", "老先生", "老太太", "老奶奶"])


def v_pn_lat():
    return pick(LATIN_NAMES + CN_PINYIN)


def v_pn_cyr():
    return pick(CYR_NAMES)


def v_pn_kid():
    return pick(KIDS)


def v_pn_nick():
    return pick(NICKS)


def v_pn_word():
    return pick(WORD_NAMES)


def v_pn_doc_en():
    return pick(DOC_EN)


def v_pn_pat():
    r = R.random()
    if r < 0.35:
        return v_pn_fhz()
    if r < 0.55:
        return cn_full()
    if r < 0.70:
        return v_pn_lat()
    if r < 0.80:
        return v_pn_cyr()
    if r < 0.90:
        return v_pn_polite()
    if r < 0.95:
        return pick(HANGUL_NAMES)
    return v_pn_given()


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

LUNAR_MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
                "冬月", "腊月"]
LUNAR_DAYS = (["初" + d for d in "一二三四五六七八九十"] + ["十" + d for d in "一二三四五六七八九"]
              + ["二十"] + ["廿" + d for d in "一二三四五六七八九"] + ["三十"])
FESTIVAL_LUNAR = [("正月", "初一"), ("正月", "十五"), ("五月", "初五"), ("七月", "初七"),
                  ("七月", "十五"), ("八月", "十五"), ("九月", "初九"), ("腊月", "廿三"),
                  ("腊月", "三十"), ("二月", "初二"), ("腊月", "初八")]


def date_std(d):
    y, m, dd = d.year, d.month, d.day
    return pick(["%d年%d月%d日" % (y, m, dd), "%d年%d月%d日" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd),
                 "%d/%d/%d" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd), "%d年%d月%d号" % (y, m, dd),
                 "%d年%02d月%02d日" % (y, m, dd),
                 "%d年%d月%d日（周%s）" % (y, m, dd, WEEKDAYS_CN[d.weekday()])])


def date_foreign(d):
    y, m, dd = d.year, d.month, d.day
    return pick(["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, EN_MONTHS[m - 1], y),
                 "%s %d, %d" % (EN_MONTHS[m - 1], dd, y), "%d %s %d г." % (dd, RU_MONTHS_GEN[m - 1], y),
                 "%02d/%02d/%d" % (dd, m, y), "%d-%s-%d" % (dd, EN_MON3[m - 1], y),
                 "%d년 %d월 %d일" % (y, m, dd), "%d оны %d сарын %d" % (y, m, dd)])


def date_calendar(d):
    y, m, dd = d.year, d.month, d.day
    r = R.random()
    if r < 0.25 and y >= 2019:
        return "令和%d年%d月%d日" % (y - 2018, m, dd)
    if r < 0.45:
        return "佛历%d年%d月%d日" % (y + 543, m, dd)
    if r < 0.65:
        return "伊斯兰历%d年%d月%d日" % (y - 579 + R.choice([0, 1]), R.randint(1, 12), R.randint(1, 29))
    if r < 0.8:
        return "伊朗历%d年%d月%d日" % (y - 621, R.randint(1, 12), R.randint(1, 29))
    return "%d年%d月%d日" % (y, m, dd)


def lunar_md():
    while True:
        m, d = pick(LUNAR_MONTHS), pick(LUNAR_DAYS)
        if (m, d) not in FESTIVAL_LUNAR:
            return m, d


def date_lunar(year=True):
    m, d = lunar_md()
    if year and chance(0.5):
        return "%d年农历%s%s" % (R.randint(2015, 2025), m, d)
    return pick(["农历%s%s" % (m, d), "%s%s" % (m, d), "阴历%s%s" % (m, d)])


def date_cn_numerals(d):
    return "%s年%s月%s日" % (cn_digits(str(d.year)), cn_num(d.month), cn_num(d.day))


def v_date():
    return date_std(rand_date(2014, 2025))


def v_date_md():
    d = rand_date(2020, 2024)
    return pick(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day),
                 "%d月%d日" % (d.month, d.day), "%s月%d日" % (MONTHS_CN[d.month - 1][:-1], d.day)])


def v_date_x():
    d = rand_date(2014, 2025)
    return pick([date_foreign(d), date_foreign(d), date_calendar(d)])


def v_date_hard():
    d = rand_date(2014, 2025)
    r = R.random()
    if r < 0.2:
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if r < 0.4:
        return date_cn_numerals(d)
    if r < 0.55:
        return fw("%d年%d月%d日" % (d.year, d.month, d.day))
    if r < 0.7:
        return date_lunar()
    if r < 0.8:
        return "%s月%s号" % (cn_num(d.month), cn_num(d.day))
    if r < 0.9:
        return date_calendar(d)
    return fw("%d-%02d-%02d" % (d.year, d.month, d.day))


def v_date_lunar():
    return date_lunar()


def v_date_compact():
    d = rand_date(2014, 2025)
    return "%d%02d%02d" % (d.year, d.month, d.day)


def v_date_numerals():
    return date_cn_numerals(rand_date(2014, 2025))


def dob_date():
    return rand_date(1932, 2023)


def v_dob():
    d = dob_date()
    return pick([date_std(d), date_std(d), date_foreign(d)])


def v_dob_cn():
    d = dob_date()
    return pick(["%d年%d月%d日" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day),
                 "%d年%d月%d号" % (d.year, d.month, d.day), "%d.%d.%d" % (d.year, d.month, d.day)])


def v_dob_dot():
    d = dob_date()
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def v_dob_en():
    d = dob_date()
    return pick(["%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year),
                 "%02d %s %d" % (d.day, EN_MON3[d.month - 1].upper(), d.year),
                 "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)])


def v_dob_md():
    d = dob_date()
    return pick(["%d月%d日" % (d.month, d.day), "%d月%d号" % (d.month, d.day)])


def v_dob_lunar():
    m, d = lunar_md()
    return pick(["农历%s%s" % (m, d), "阴历%s%s" % (m, d), "%s%s" % (m, d)])


def v_dob_old():
    d = rand_date(1930, 1975)
    return pick([date_std(d), "%d年%d月%d日" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day)])


def v_dob_kid_cn():
    d = rand_date(2012, 2024)
    return pick(["%d年%d月%d日" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day),
                 "%d年%d月%d号" % (d.year, d.month, d.day)])


def v_dob_kid_dot():
    d = rand_date(2012, 2024)
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def v_dob_hard():
    d = dob_date()
    r = R.random()
    if r < 0.3:
        return date_cn_numerals(d)
    if r < 0.55:
        return fw("%d年%d月%d日" % (d.year, d.month, d.day))
    if r < 0.75:
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if r < 0.9:
        return ("%s年%s月%s日" % (cn_digits(str(d.year)), cn_num(d.month), cn_num(d.day))).replace("〇", "零")
    return fw("%02d.%02d.%d" % (d.day, d.month, d.year))


# ---------------------------------------------------------------------------
# ages
# ---------------------------------------------------------------------------

def age90_n():
    return pick([R.randint(90, 99), R.randint(90, 96), R.randint(90, 108)])


def v_age90():
    n = age90_n()
    return pick(["%d岁" % n, "%d岁" % n, "%d周岁" % n, "%s岁" % cn_num(n), "虚岁%d" % n])


def v_age90_num():
    return str(age90_n())


def v_age90_cn():
    return cn_num(age90_n()) + "岁"


def v_age90_ru():
    n = age90_n()
    last = n % 10
    word = "год" if last == 1 and n % 100 != 11 else ("года" if last in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет")
    return "%d %s" % (n, word)


def v_age90_en():
    return "%d-year-old" % age90_n()


def v_age90_hard():
    n = age90_n()
    return pick([fw("%d岁" % n), "%s周岁" % cn_num(n), "%d 岁" % n, fw(str(n)) + "周岁",
                 cn_num(n) + "高龄"])


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------

CN_MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                    "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "180",
                    "181", "182", "183", "185", "186", "187", "188", "189", "198", "199"]


def cn_mobile_raw():
    return pick(CN_MOBILE_PREFIX) + dg(8)


def v_phone_cn():
    m = cn_mobile_raw()
    return pick([m, m, spaced_groups(m, [3, 4, 4]), spaced_groups(m, [3, 4, 4], "-"),
                 "+86 " + spaced_groups(m, [3, 4, 4]), "+86-" + m, "0086 " + m, "(+86)" + m])


def v_phone_bj():
    n = pick("5678") + dg(7)
    return pick(["010-" + n, "010-%s %s" % (n[:4], n[4:]), "(010) " + n, "+86 10 %s %s" % (n[:4], n[4:]),
                 "010 %s-%s" % (n[:4], n[4:]), "+86-10-" + n, "010" + n])


def v_phone_intl():
    r = R.randint(0, 23)
    if r == 0:
        return "+7 9%s %s-%s-%s" % (dg(2), dg(3), dg(2), dg(2))
    if r == 1:
        return "8 (9%s) %s-%s-%s" % (dg(2), dg(3), dg(2), dg(2))
    if r == 2:
        return "+7 7%s %s %s %s" % (pick(["01", "05", "07", "47", "77", "71"]), dg(3), dg(2), dg(2))
    if r == 3:
        return "+998 9%s %s %s %s" % (dg(1), dg(3), dg(2), dg(2))
    if r == 4:
        return "+996 %s %s %s" % (pick(["555", "700", "772", "502"]), dg(3), dg(3))
    if r == 5:
        return "+992 9%s %s %s" % (dg(1), dg(3), dg(4))
    if r == 6:
        return "+976 %s%s %s" % (pick("8899"), dg(3), dg(4))
    if r == 7:
        return "+971 5%s %s %s" % (pick("024568"), dg(3), dg(4))
    if r == 8:
        return "+966 5%s %s %s" % (dg(1), dg(3), dg(4))
    if r == 9:
        return "+98 912 %s %s" % (dg(3), dg(4))
    if r == 10:
        return "+84 9%s %s %s %s" % (dg(1), dg(3), dg(2), dg(2))
    if r == 11:
        return "+66 8%s %s %s" % (dg(1), dg(3), dg(4))
    if r == 12:
        return "+62 812-%s-%s" % (dg(4), dg(4))
    if r == 13:
        return "+60 1%s-%s %s" % (dg(1), dg(3), dg(4))
    if r == 14:
        return "+63 917 %s %s" % (dg(3), dg(4))
    if r == 15:
        return "+234 80%s %s %s" % (dg(1), dg(3), dg(4))
    if r == 16:
        return "+254 7%s %s %s" % (dg(2), dg(3), dg(3))
    if r == 17:
        return "+251 9%s %s %s" % (dg(1), dg(3), dg(4))
    if r == 18:
        return "+49 15%s %s" % (dg(1), dg(8))
    if r == 19:
        return "+33 6 %s %s %s %s" % (dg(2), dg(2), dg(2), dg(2))
    if r == 20:
        return "+44 7%s %s" % (dg(3), dg(6))
    if r == 21:
        return "+1 (%s) %s-%s" % (dgnz(3), dgnz(3), dg(4))
    if r == 22:
        return "+82 10-%s-%s" % (dg(4), dg(4))
    return "+81 90-%s-%s" % (dg(4), dg(4))


def v_phone():
    r = R.random()
    if r < 0.4:
        return v_phone_cn()
    if r < 0.55:
        return v_phone_bj()
    return v_phone_intl()


def v_phone_fw():
    return fw_digits(pick([v_phone_cn(), v_phone_intl()]))


def v_phone_spelled():
    m = cn_mobile_raw()
    return pick([cn_digits(m, phone=True), cn_digits(m), cn_digits(spaced_groups(m, [3, 4, 4]), phone=True)])


def v_phone_odd():
    m = cn_mobile_raw()
    return pick([" ".join(m), "%s  %s   %s" % (m[:3], m[3:7], m[7:]), "%s.%s.%s" % (m[:3], m[3:7], m[7:]),
                 "%s—%s—%s" % (m[:3], m[3:7], m[7:]), m[:3] + fw_digits(m[3:])])


# ---------------------------------------------------------------------------
# e-mail, web, ip, social
# ---------------------------------------------------------------------------

ROM_FIRST = ["ivan", "natasha", "olga", "dmitry", "aigul", "yerlan", "alisher", "dinara", "batbayar",
             "oyuna", "ganbaatar", "mohammed", "fatima", "ahmed", "layla", "nguyen", "minh", "somchai",
             "siti", "budi", "maria", "chinedu", "amina", "kwame", "grace", "sophie", "lukas", "marco",
             "emily", "james", "carlos", "minjun", "jieun", "kenta", "yumi", "timur", "madina",
             "zhangwei", "wangfang", "liming", "chenjing", "liuyang", "zhaolei", "xiaoyan", "huanglei"]
ROM_LAST = ["petrov", "ivanova", "smirnova", "volkov", "nurlanovna", "nurbekov", "usmanov", "kasymova",
            "gankhuyag", "bold", "abdullah", "alzahra", "hassan", "nasser", "thilan", "tran", "wong",
            "rahma", "santoso", "santos", "okafor", "diallo", "mensah", "wanjiru", "martin", "becker",
            "bianchi", "carter", "miller", "mendoza", "kim", "park", "sato", "tanaka", "rakhimov"]
EMAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "163.com", "126.com", "qq.com", "outlook.com",
                 "yahoo.co.jp", "naver.com", "hotmail.com", "mail.kz", "inbox.ru", "bk.ru",
                 "icloud.com", "sina.com", "foxmail.com", "gmx.de", "orange.fr", "yahoo.com",
                 "list.ru", "rambler.ru", "mail.mn", "gmail.com", "proton.me", "daum.net"]


def email_local():
    a, b = pick(ROM_FIRST), pick(ROM_LAST)
    r = R.random()
    if r < 0.25:
        return a + "." + b
    if r < 0.45:
        return a + "_" + b[:1] + dg(2)
    if r < 0.6:
        return a + dg(R.randint(2, 4))
    if r < 0.7:
        return b + "." + a[:1]
    if r < 0.8:
        return dgnz(R.randint(6, 10))
    if r < 0.9:
        return a[:1] + b + str(R.randint(1950, 2012))
    return a + "-" + pick(["mama", "family", "care", "kz", "mn", "ru", "bj"])


def v_email():
    local = email_local()
    if local.isdigit():
        return local + "@qq.com"
    return local + "@" + pick(EMAIL_DOMAINS)


def v_email_hosp():
    return pick(["intl", "imc", "ipd", "vip.care", "cardio.intl", "booking", "translate", "records",
                 "ru-desk", "mn-desk"]) + "@" + pick(["bjihc-hospital.cn", "intl-hosp.com.cn",
                                                     "bjimc.org.cn", "hosp-imd.cn"])


def v_email_obf():
    local, dom = email_local(), pick(EMAIL_DOMAINS)
    if local.isdigit():
        dom = "qq.com"
    d1, d2 = dom.rsplit(".", 1)
    r = R.random()
    if r < 0.2:
        return "%s(at)%s" % (local, dom)
    if r < 0.35:
        return "%s [at] %s [dot] %s" % (local, d1, d2)
    if r < 0.5:
        return "%s 艾特 %s 点 %s" % (local, d1.replace(".", " 点 "), d2)
    if r < 0.62:
        return "%s＃%s（＃换成@）" % (local, dom)
    if r < 0.75:
        return fw(local + "@" + dom)
    if r < 0.87:
        return "%s @ %s . %s" % (local, d1, d2)
    return "%s圈a%s" % (local, dom)


SLUG_WORDS = ["help", "save", "hope", "heart", "fight", "care", "journey", "road", "recovery", "kids",
              "mama", "papa", "family", "brave", "little", "strong", "for", "to", "beijing", "treatment"]


def slug():
    name = pick(ROM_FIRST)
    return pick(["%s-%s-%s" % (pick(SLUG_WORDS), name, pick(SLUG_WORDS)), "%s-%s" % (pick(SLUG_WORDS), name),
                 "%s%s" % (name, dg(2)), "%s-%s" % (name, pick(ROM_LAST)), "%s-in-beijing" % name])


def v_url_crowd():
    r = R.randint(0, 7)
    if r == 0:
        return "https://www.gofundme.com/f/" + slug()
    if r == 1:
        return "https://m.qschou.com/project/index/%s-%s" % (alnum_lo(8), alnum_lo(4))
    if r == 2:
        return "https://www.shuidichou.com/cf/contribute/" + alnum_lo(16)
    if r == 3:
        return "https://planeta.ru/campaigns/" + dgnz(6)
    if r == 4:
        return "https://www.justgiving.com/crowdfunding/" + slug()
    if r == 5:
        return "https://kitabisa.com/campaign/" + slug().replace("-", "")
    if r == 6:
        return "gofundme.com/f/" + slug()
    return "https://www.leetchi.com/c/" + slug()


def v_url_blog():
    s = slug()
    r = R.randint(0, 7)
    if r == 0:
        return "https://%s.blogspot.com" % s
    if r == 1:
        return "https://%s.wordpress.com" % s
    if r == 2:
        return "https://%s.livejournal.com" % s.replace("-", "_")
    if r == 3:
        return "https://ameblo.jp/%s" % s
    if r == 4:
        return "https://%s.tistory.com" % s.replace("-", "")
    if r == 5:
        return "http://blog.sina.com.cn/%s" % s.replace("-", "")
    if r == 6:
        return "www.%s.com/blog" % s
    return "https://%s.diary.ru" % s.replace("-", "")


def v_url_home():
    s = slug()
    return pick(["https://www.%s.kz" % s, "http://%s.ru" % s, "www.%s-family.org" % pick(ROM_LAST),
                 "https://%s.mn" % s, "https://%s.de/ueber-uns" % s, "https://www.%s.com" % s,
                 "%s.net" % s, "https://%s.github.io" % pick(ROM_FIRST)])


def v_url():
    return pick([v_url_crowd, v_url_blog, v_url_home])()


def v_url_obf():
    s = slug()
    return pick(["www 点 %s 点 com" % s, "hxxps://%s.blogspot[.]com" % s, "%s dot wordpress dot com" % s,
                 fw("www.%s.com" % s), "h t t p s : / / %s.ru" % s, "gofundme点com/f/%s" % s,
                 "%s。blogspot。com" % s, "https：//www．%s．kz" % s])


def v_ip4():
    r = R.random()
    if r < 0.2:
        return "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254))
    if r < 0.3:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
    first = pick([36, 39, 42, 58, 61, 95, 5, 178, 185, 203, 212, 202, 118, 124, 91, 46, 111, 117, 223, 114])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def v_ip6():
    head = pick(["2409:8a00", "240e:3b4", "2a02:6b8", "2001:4860", "2400:cb00", "2a00:1450", "2001:db8"])
    groups = ["%x" % R.randint(0, 0xFFFF) for _ in range(R.randint(2, 4))]
    return head + ":" + ":".join(groups) + pick(["::" + "%x" % R.randint(1, 0xFFF), ":" + "%x" % R.randint(1, 0xFFFF)])


def v_ip():
    return v_ip4() if chance(0.8) else v_ip6()


def handle_body():
    a, b = pick(ROM_FIRST), pick(ROM_LAST)
    return pick([a + "_" + b, a + dg(2), a + "." + b, b + "_" + a[:3], a + "_" + pick(["msk", "kz", "ub", "bj",
                                                                                          "almaty", "dxb", "lagos", "hn"]),
                 a + b[:2] + dg(3), "mama_" + a])


def v_wechat():
    r = R.random()
    if r < 0.25:
        return "wxid_" + alnum_lo(14)
    return handle_body().replace(".", "_")[:19] + (dg(2) if chance(0.4) else "")


def v_qq():
    return dgnz(R.randint(6, 10))


def v_handle():
    return "@" + handle_body()


def v_social_link():
    h = handle_body()
    return pick(["vk.com/id" + dgnz(9), "https://vk.com/" + h.replace(".", "_"), "t.me/" + h.replace(".", "_"),
                 "https://www.instagram.com/" + h, "facebook.com/" + h, "https://weibo.com/u/" + dgnz(10),
                 "https://x.com/" + h.replace(".", "_"), "ok.ru/profile/" + dgnz(12),
                 "https://www.tiktok.com/@" + h])


def v_douyin():
    return pick(["dy" + alnum_lo(8), handle_body().replace(".", "_"), dgnz(9)])


def v_social_any():
    return pick([v_wechat, v_handle, v_social_link, v_qq])()


def v_social_obf():
    h = handle_body()
    return pick(["@ " + h, fw("@" + h), "vk 点 com/id" + dgnz(9), h.upper() + "（微信号，大写小写都行）",
                 "t点me/" + h, "wx：" + " ".join(h[:6]) + h[6:]])


# ---------------------------------------------------------------------------
# addresses, postcodes, geolocation
# ---------------------------------------------------------------------------

CN_CITY_DIST = [("北京市", "朝阳区", "1000"), ("北京市", "海淀区", "1000"), ("北京市", "东城区", "1000"),
                ("北京市", "西城区", "1000"), ("北京市", "丰台区", "1000"), ("北京市", "通州区", "1011"),
                ("上海市", "徐汇区", "2000"), ("哈尔滨市", "南岗区", "1500"), ("呼和浩特市", "赛罕区", "0100"),
                ("乌鲁木齐市", "天山区", "8300"), ("广州市", "越秀区", "5100"), ("满洲里市", "", "0214"),
                ("二连浩特市", "", "0114"), ("昆明市", "五华区", "6500"), ("沈阳市", "和平区", "1100")]
CN_ROADS = ["建国路", "东三环北路", "三里屯路", "望京街", "中关村大街", "学院路", "光华路", "工体北路",
            "亮马桥路", "东直门外大街", "张自忠路", "赵登禹路", "佟麟阁路", "中山路", "中山北路", "逸仙路",
            "人民路", "解放大街", "新华路", "友谊路", "北辰西路", "方庄路", "幸福大街", "史家胡同",
            "南锣鼓巷", "朝阳门内大街", "花园路", "团结湖路", "民族大街"]
CN_COMPOUNDS = ["阳光花园", "金隅小区", "华侨公寓", "国际公寓", "幸福家园", "建外SOHO", "万科城", "西园小区"]


def street_cn_core():
    city, dist, _ = pick(CN_CITY_DIST)
    road = pick(CN_ROADS)
    n = R.randint(1, 320)
    r = R.random()
    if r < 0.3:
        tail = "%d号" % n
    elif r < 0.6:
        tail = "%d号%d号楼%d单元%d%02d室" % (n, R.randint(1, 30), R.randint(1, 6), R.randint(1, 28), R.randint(1, 12))
    elif r < 0.8:
        tail = "%d号院%d号楼%d%02d" % (n, R.randint(1, 18), R.randint(1, 25), R.randint(1, 8))
    else:
        tail = "%d号%s%d栋%d%02d室" % (n, pick(CN_COMPOUNDS), R.randint(1, 20), R.randint(1, 32), R.randint(1, 9))
    prefix = pick([city + dist, dist, city + dist, ""])
    return prefix + road + tail, city


def cn_postcode(city=None):
    for c, _, p in CN_CITY_DIST:
        if c == city:
            return p + dg(2)
    return pick(["1000", "1001", "1500", "0100", "8300"]) + dg(2)


RU_STREETS = ["Тверская", "Ленина", "Пушкина", "Гагарина", "Советская", "Мира", "Садовая",
              "Лермонтова", "Карла Маркса", "Профсоюзная", "Байкальская"]
FOREIGN_STREETS_HZ = ["莫斯科市特维尔大街", "新西伯利亚市列宁大街", "伊尔库茨克市卡尔·马克思大街",
                      "阿拉木图市阿拜大街", "阿斯塔纳市库纳耶夫街", "塔什干市纳沃伊大街",
                      "比什凯克市楚河大街", "乌兰巴托市和平大街", "乌兰巴托市成吉思汗大街",
                      "河内市陈兴道街", "胡志明市阮惠大道", "迪拜朱美拉海滩路", "拉各斯市阿德奥拉·奥德库街"]


def street_ru_core():
    return pick(["ул. %s, д. %d, кв. %d" % (pick(RU_STREETS), R.randint(1, 160), R.randint(1, 300)),
                 "%s ул., %d-%d" % (pick(RU_STREETS), R.randint(1, 90), R.randint(1, 200)),
                 "пр-т Мира, д. %d, корп. %d, кв. %d" % (R.randint(1, 200), R.randint(1, 5), R.randint(1, 250)),
                 "ул. %s %d, кв. %d" % (pick(RU_STREETS), R.randint(1, 99), R.randint(1, 150))])


def street_foreign_core():
    r = R.randint(0, 11)
    n = R.randint(1, 480)
    if r == 0:
        return "%s%d号%d室" % (pick(FOREIGN_STREETS_HZ), n, R.randint(1, 300))
    if r == 1:
        return "%s%d号" % (pick(FOREIGN_STREETS_HZ), n)
    if r == 2:
        return "Алматы, пр. Абая, %d, кв. %d" % (n, R.randint(1, 200))
    if r == 3:
        return "%d %s %s, %s" % (n, pick(["Elm", "Maple", "Oak", "King", "Victoria", "Church", "Park"]),
                                 pick(["Street", "Road", "Avenue", "Lane"]), pick(["London", "Leeds", "Toronto", "Boston", "Chicago", "Nairobi"]))
    if r == 4:
        return "%s %d, Berlin" % (pick(["Hauptstraße", "Lindenstraße", "Gartenweg", "Bahnhofstraße"]), R.randint(1, 120))
    if r == 5:
        return "%d rue %s, Paris" % (R.randint(1, 140), pick(["de la Paix", "Victor Hugo", "des Lilas", "Lafayette"]))
    if r == 6:
        return "Villa %d, Street %d, Al Barsha, Dubai" % (R.randint(1, 90), R.randint(1, 40))
    if r == 7:
        return "%d Nguyễn Huệ, Quận 1, TP.HCM" % n
    if r == 8:
        return "서울특별시 강남구 테헤란로 %d" % n
    if r == 9:
        return "東京都新宿区西新宿%d-%d-%d" % (R.randint(1, 8), R.randint(1, 30), R.randint(1, 20))
    if r == 10:
        return "Улаанбаатар, %s дүүрэг, %d-р хороо, %d-р байр, %d тоот" % (
            pick(["Сүхбаатар", "Баянзүрх", "Хан-Уул", "Чингэлтэй"]), R.randint(1, 20), R.randint(1, 60), R.randint(1, 90))
    return "%d Adeola Odeku Street, Victoria Island, Lagos" % R.randint(1, 90)


def v_street_cn():
    return street_cn_core()[0]


def v_street_ru():
    return street_ru_core()


def v_street_foreign():
    return street_foreign_core()


def v_street():
    return pick([v_street_cn, v_street_cn, v_street_ru, v_street_foreign, v_street_foreign])()


def v_street_pc():
    r = R.randint(0, 8)
    if r <= 2:
        core, city = street_cn_core()
        pc = cn_postcode(city)
        return pick(["%s，邮编%s" % (core, pc), "%s（%s）" % (core, pc), "%s %s" % (pc, core),
                     "%s，邮政编码：%s" % (core, pc)])
    if r == 3:
        return "%s, г. Москва, %s" % (pick(["125009", "101000", "119991", "129090", "115035"]), street_ru_core())
    if r == 4:
        return "%d %s Road, Leeds LS%d %d%s" % (R.randint(1, 200), pick(["Elm", "Oak", "Kirkstall", "Otley"]),
                                               R.randint(1, 29), R.randint(1, 9), up(2, "ABDEFGHJLNPQRSTUWXYZ"))
    if r == 5:
        return "%d Maple St, Boston, MA 02%s" % (R.randint(10, 900), dg(3))
    if r == 6:
        return "〒%s-%s 東京都港区六本木%d-%d-%d" % (dg(3), dg(4), R.randint(1, 7), R.randint(1, 20), R.randint(1, 15))
    if r == 7:
        return "%s %d, %s Berlin" % (pick(["Hauptstraße", "Lindenstraße", "Bahnhofstraße"]), R.randint(1, 120), "1" + dg(4))
    return "%s, Алматы, пр. Абая, %d, кв. %d" % (pick(["050000", "050010", "050040", "050057"]), R.randint(1, 200), R.randint(1, 150))


def v_postcode():
    r = R.randint(0, 9)
    if r <= 3:
        return cn_postcode(pick(CN_CITY_DIST)[0])
    if r == 4:
        return pick(["101000", "125009", "630090", "664003", "670000", "672000", "690091", "620014"])
    if r == 5:
        return pick(["050000", "010000", "100000", "720040", "734025"])
    if r == 6:
        return pick(["14200", "15160", "13381", "17032"])
    if r == 7:
        return "%s %d%s" % (pick(["SW1A", "EH8", "M13", "LS6", "B15", "CB2"]), R.randint(1, 9), up(2, "ABDEFGHJLNPQRSTUWXYZ"))
    if r == 8:
        return pick(["〒", ""]) + dg(3) + "-" + dg(4)
    return "0" + dg(4)


def v_postcode_cn():
    return cn_postcode(pick(CN_CITY_DIST)[0])


GEO_CENTRES = [(39.91, 116.40), (47.92, 106.92), (43.57, 104.42), (46.10, 100.20), (43.24, 76.89),
               (55.75, 37.62), (41.31, 69.24), (25.20, 55.27), (6.52, 3.38), (21.03, 105.85),
               (51.17, 71.45), (42.87, 74.59), (49.63, 117.45), (45.20, 112.00), (13.75, 100.50)]
PLUS_ALPHA = "23456789CFGHJMPQRVWX"


def v_geo():
    lat0, lon0 = pick(GEO_CENTRES)
    lat = lat0 + R.uniform(-0.3, 0.3)
    lon = lon0 + R.uniform(-0.3, 0.3)
    r = R.random()
    if r < 0.3:
        return "%.4f, %.4f" % (lat, lon)
    if r < 0.45:
        return "%.5f°N, %.5f°E" % (lat, lon)
    if r < 0.6:
        def dms(x):
            d = int(x)
            m = int((x - d) * 60)
            s = int(round(((x - d) * 60 - m) * 60))
            if s == 60:
                s = 59
            return "%d°%02d′%02d″" % (d, m, s)
        return "%sN %sE" % (dms(lat), dms(lon))
    if r < 0.72:
        return "北纬%.2f°，东经%.2f°" % (lat, lon)
    if r < 0.82:
        return "lat %.5f / lng %.5f" % (lat, lon)
    if r < 0.9:
        return "N%.3f E%.3f" % (lat, lon)
    return "".join(pick(PLUS_ALPHA) for _ in range(4)) + "+" + "".join(pick(PLUS_ALPHA) for _ in range(2))


def v_pluscode():
    code = "".join(pick(PLUS_ALPHA) for _ in range(8)) + "+" + "".join(pick(PLUS_ALPHA) for _ in range(2))
    return pick([code, code[4:] + " " + pick(["北京", "Ulaanbaatar", "Almaty", "Дубай"])])


def v_geo_mn():
    lat = pick([47.92, 46.10, 43.57, 48.80, 49.63, 45.76]) + R.uniform(-0.6, 0.6)
    lon = pick([106.92, 100.20, 104.42, 103.53, 105.12, 111.20]) + R.uniform(-0.6, 0.6)
    return pick(["%.4f, %.4f" % (lat, lon), "%.5f°N, %.5f°E" % (lat, lon), "北纬%.3f°，东经%.3f°" % (lat, lon),
                 "N%.4f E%.4f" % (lat, lon)])


def v_geo_hard():
    lat0, lon0 = pick(GEO_CENTRES)
    lat = lat0 + R.uniform(-0.3, 0.3)
    lon = lon0 + R.uniform(-0.3, 0.3)
    return pick([fw("%.4f,%.4f" % (lat, lon)), "北纬%s度，东经%s度" % (("%.2f" % lat).replace(".", "点"), ("%.2f" % lon).replace(".", "点")),
                 "%.4f（纬度）和%.4f（经度）" % (lat, lon), "%.4f %.4f" % (lat, lon)])


# ---------------------------------------------------------------------------
# documents and numbers
# ---------------------------------------------------------------------------

def v_passport():
    r = R.randint(0, 13)
    if r <= 1:
        return "E" + dgnz(8)
    if r == 2:
        return "E" + pick("ABCDEFGH") + dg(7)
    if r == 3:
        return "%s %s" % (dgnz(2), dg(7))
    if r == 4:
        return "N" + dg(8)
    if r == 5:
        return pick(["AA", "AB", "FA", "AD"]) + dg(7)
    if r == 6:
        return "E" + dg(7)
    if r == 7:
        return dgnz(9)
    if r == 8:
        return "C" + "".join(pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if r == 9:
        return dg(2) + up(2) + dg(5)
    if r == 10:
        return "M" + dg(8)
    if r == 11:
        return "TK" + dg(7)
    if r == 12:
        return "A" + dg(8)
    return pick(["B", "C"]) + dg(7)


def v_passport_ru():
    return "%s %s" % (dgnz(2), dg(7))


def v_passport_cn():
    return pick(["E" + dgnz(8), "E" + pick("ABCDEFGH") + dg(7)])


def nid_pair():
    """(label, number) for non-Chinese personal numbers."""
    r = R.randint(0, 17)
    if r == 0:
        d = dob_date()
        return "哈萨克斯坦个人识别号（ИИН）", "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, dg(6))
    if r == 1:
        return "俄罗斯国内护照", "%s %s" % (dg(4), dg(6))
    if r == 2:
        return "СНИЛС", "%s-%s-%s %s" % (dg(3), dg(3), dg(3), dg(2))
    if r == 3:
        return "乌兹别克斯坦PINFL", dgnz(14)
    if r == 4:
        return "蒙古国公民登记号", pick(["УБ", "ХА", "ЧЕ", "ДА", "ФЕ"]) + dg(8)
    if r == 5:
        d = dob_date()
        return "韩国居民登记号", "%02d%02d%02d-%s%s" % (d.year % 100, d.month, d.day, pick("1234"), dg(6))
    if r == 6:
        return "日本个人编号（マイナンバー）", "%s %s %s" % (dg(4), dg(4), dg(4))
    if r == 7:
        return "美国社会安全号码", "%s-%s-%s" % (dgnz(3), dg(2), dg(4))
    if r == 8:
        return "阿联酋身份证号", "784-%d-%s-%s" % (R.randint(1950, 2015), dg(7), dg(1))
    if r == 9:
        return "印尼身份证号NIK", dgnz(16)
    if r == 10:
        return "尼日利亚NIN", dgnz(11)
    if r == 11:
        return "泰国身份证号", "%s-%s-%s-%s-%s" % (dgnz(1), dg(4), dg(5), dg(2), dg(1))
    if r == 12:
        d = dob_date()
        return "马来西亚MyKad", "%02d%02d%02d-%s-%s" % (d.year % 100, d.month, d.day, dg(2), dg(4))
    if r == 13:
        return "越南公民身份证号", "0" + dg(11)
    if r == 14:
        return "意大利税号", up(6, "BCDFGHLMNPRSTVZ") + dg(2) + pick("ABCDEHLMPRST") + dg(2) + pick("HFLM") + dg(3) + pick("ABCDEFGHZ")
    if r == 15:
        return "法国社会保障号", "%s %s %s %s %s %s %s" % (pick("12"), dg(2), dg(2), dg(2), dg(3), dg(3), dg(2))
    if r == 16:
        return "伊朗国民身份号", "%s-%s-%s" % (dg(3), dg(6), dg(1))
    return "吉尔吉斯斯坦个人识别号", pick("12") + dg(13)


def v_natid_l():
    lab, num = nid_pair()
    return pick(["%s%s" % (lab, num), "%s：%s" % (lab, num), "%s %s" % (lab, num)])


def v_natid():
    return nid_pair()[1]


def v_iin():
    d = dob_date()
    return "%02d%02d%02d%s" % (d.year % 100, d.month, d.day, dg(6))


def v_snils():
    return "%s-%s-%s %s" % (dg(3), dg(3), dg(3), dg(2))


def v_rrn():
    d = dob_date()
    return "%02d%02d%02d-%s%s" % (d.year % 100, d.month, d.day, pick("1234"), dg(6))


def v_mn_reg():
    return pick(["УБ", "ХА", "ЧЕ", "ДА", "ФЕ", "УЕ"]) + dg(8)


RID_REGIONS = ["110101", "110102", "110105", "110106", "110108", "110114", "110115", "120101",
               "130102", "150102", "150203", "150784", "152502", "210102", "220102", "230103",
               "310104", "320106", "330106", "370202", "410105", "440106", "510107", "530102",
               "610113", "620102", "630102", "640104", "650102", "652801", "632801", "540102"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resid_raw():
    d = rand_date(1930, 2019)
    body = pick(RID_REGIONS) + "%04d%02d%02d" % (d.year, d.month, d.day) + dg(3)
    chk = "10X98765432"[sum(int(c) * w for c, w in zip(body, RID_W)) % 11]
    if chance(0.15):
        chk = pick([c for c in "0123456789X" if c != chk])
    return body + chk


def v_resid():
    s = resid_raw()
    r = R.random()
    if r < 0.55:
        return s
    if r < 0.7:
        return spaced_groups(s, [6, 8, 4])
    if r < 0.8:
        return spaced_groups(s, [6, 8, 4], "-")
    if r < 0.9:
        return s.lower() if s.endswith("X") else spaced_groups(s, [6, 4, 4, 4])
    return s


def v_resid_hard():
    s = resid_raw()
    return pick([fw(s), fw(spaced_groups(s, [6, 8, 4])), s.lower() if "X" in s else " ".join(s),
                 cn_digits(s[:6]) + s[6:], s[:6] + "·" + s[6:14] + "·" + s[14:], fw(s[:9]) + s[9:]])


def v_mrn():
    r = R.randint(0, 8)
    if r == 0:
        return "00" + dg(8)
    if r == 1:
        return "MR" + str(R.randint(2015, 2025)) + dg(6)
    if r == 2:
        return dgnz(7)
    if r == 3:
        return "ZY" + dg(8)
    if r == 4:
        return "P-%d%s-%s" % (R.randint(2018, 2025), dg(2), dg(5))
    if r == 5:
        return "IMC" + dg(6)
    if r == 6:
        return "%s-%s" % (dg(4), dg(6))
    if r == 7:
        return "MZ" + dg(9)
    return dgnz(10)


def v_hpn():
    r = R.randint(0, 9)
    if r == 0:
        return "%s %s %s %s" % (dg(4), dg(4), dg(4), dg(4))
    if r == 1:
        return "P%d%s" % (R.randint(2019, 2025), dg(10))
    if r == 2:
        return "PDEH%d%s" % (R.randint(2019, 2025), dg(12))
    if r == 3:
        return "%s-%s" % (dg(8), dg(2))
    if r == 4:
        return "U" + dg(10)
    if r == 5:
        return "AC-%s-%s-%s" % (dg(3), dg(3), dg(3))
    if r == 6:
        return "%s %s %s %s" % (dg(4), dg(4), dg(4), dg(4))
    if r == 7:
        return "%s-SB-%s" % (dg(3), dg(6))
    if r == 8:
        return "YB" + dg(12)
    return "GHI-%s-%s" % (up(2), dg(7))


def v_hpn_oms():
    return "%s %s %s %s" % (dg(4), dg(4), dg(4), dg(4))


def v_acct_cn():
    n = "62" + dg(R.choice([14, 17]))
    return pick([n, spaced_groups(n, [4, 4, 4, 4, 4]), n])


def v_iban():
    r = R.randint(0, 6)
    if r == 0:
        raw = "DE" + dg(2) + dg(18)
    elif r == 1:
        raw = "GB" + dg(2) + pick(["NWBK", "BARC", "HBUK"]) + dg(14)
    elif r == 2:
        raw = "FR76" + dg(23)
    elif r == 3:
        raw = "KZ" + dg(2) + dg(3) + up(1) + dg(12)
    elif r == 4:
        raw = "AE" + dg(2) + dg(19)
    elif r == 5:
        raw = "SA" + dg(2) + dg(20)
    else:
        raw = "IT" + dg(2) + up(1) + dg(22)
    return pick([raw, spaced_groups(raw, [4] * 8)])


def v_acct_ru():
    return pick(["40817810" + dg(12), "40817 810 %s %s" % (dg(1), dg(11))])


def v_card():
    body = pick(["4", "5" + pick("12345"), "62"]) + dg(0)
    body = body + dg(15 - len(body))
    full = body + luhn_check(body)
    return pick([full, spaced_groups(full, [4, 4, 4, 4])])


def v_acct():
    return pick([v_acct_cn, v_iban, v_acct_ru, v_card, lambda: "Khan Bank " + dg(10),
                 lambda: "Acct # " + dg(12)])()


def v_lic_cn():
    return pick(["1", "2"]) + dg(2) + "110" + dg(9)


def v_lic_nurse():
    return str(R.randint(2005, 2024)) + "11" + dg(6)


def v_lic_ru():
    return pick(["лицензия № ЛО-77-01-" + dg(6), "сертификат специалиста № " + dg(12),
                 "свидетельство об аккредитации № " + dg(13)])


def v_lic_foreign():
    return pick(["GMC No. " + dgnz(7), "NPI " + dgnz(10), "лицензия № ЛО-77-01-" + dg(6),
                 "Approbation Nr. " + dg(6), "RPPS " + dgnz(11), "DHA-P-" + dgnz(7)])


CN_PLATE_PROV = ["京", "京", "京", "津", "冀", "蒙", "黑", "辽", "吉", "新", "沪", "鲁", "晋"]
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def v_plate_cn():
    prov = pick(CN_PLATE_PROV)
    letter = pick(PLATE_AL)
    r = R.random()
    if r < 0.35:
        tail = dg(5)
    elif r < 0.65:
        chars = list(dg(5))
        chars[R.randint(0, 4)] = pick(PLATE_AL)
        tail = "".join(chars)
    else:
        tail = pick("DF") + dg(5)
    return pick([prov + letter + "·" + tail, prov + letter + tail, prov + letter + " " + tail])


def v_plate_ru():
    L = "АВЕКМНОРСТУХ"
    return "%s%s%s %s" % (pick(L), dg(3), pick(L) + pick(L), pick(["77", "97", "177", "199", "777", "54", "38", "03", "75", "25"]))


def v_plate_mn():
    return "%s %s" % (dg(4), pick(["УБ", "УН", "ДА", "ӨВ"]) + pick("АБВГДЕЗ"))


def v_plate_kz():
    return "%s %s %s" % (dg(3), up(3, "ABCDEFHKLMNOPSTXZ"), pick(["01", "02", "17", "13"]))


VIN_VAL = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def v_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = pick(["LSV", "LFV", "LVS", "LGW", "WBA", "JTD", "KMH", "XTA", "WDB", "Z94", "LHG"])
    s = list(wmi + "".join(pick(al) for _ in range(5)) + "0" + pick("ABCDEFGHJKLMNPRSTVWXY123456789") + pick(al) + dg(6))
    total = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(s, VIN_W))
    ck = total % 11
    s[8] = "X" if ck == 10 else str(ck)
    return "".join(s)


def v_vehicle():
    return pick([v_plate_cn, v_plate_cn, v_plate_ru, v_plate_mn, v_plate_kz, v_vin])()


def v_imei():
    body = pick(["35", "86", "49", "01"]) + dg(12)
    full = body + luhn_check(body)
    return pick([full, "%s-%s-%s-%s" % (full[:2], full[2:8], full[8:14], full[14:]), spaced_groups(full, [2, 6, 6, 1])])


def v_mac():
    sep = pick([":", "-"])
    return sep.join("%02X" % R.randint(0, 255) for _ in range(6))


def v_device():
    r = R.randint(0, 9)
    if r == 0:
        return "PJN" + dg(6) + pick("HSR")
    if r == 1:
        return "NG" + dg(7) + "H"
    if r == 2:
        return "3MH" + dg(4) + up(4)
    if r == 3:
        return "CI-%s-%s" % (dg(4), dg(5))
    if r == 4:
        return "OC5-%s-%s" % (dg(4), dg(5))
    if r == 5:
        return "SN" + dg(10)
    if r == 6:
        return up(3) + dg(8)
    if r == 7:
        return "RXA" + dg(5) + up(2)
    if r == 8:
        return "%s%s-%s" % (up(2), dg(6), dg(3))
    return "BT" + dg(4) + "-" + up(2) + dg(4)


def other_pair():
    r = R.randint(0, 15)
    if r == 0:
        return "签证号码", pick([dg(8), dg(9), "V" + dg(8)])
    if r == 1:
        return "电子客票号", "%s-%s" % (pick(["999", "781", "784", "555", "176", "160", "880"]), dg(10))
    if r == 2:
        return "订座记录编号", up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if r == 3:
        return "快递单号", pick(["SF" + dg(13), "EE" + dg(9) + "CN", "YT" + dg(13), "JD" + dg(13)])
    if r == 4:
        return "邀请函编号", "%s-%d-%s" % (pick(["IMC", "BJIMC", "INV", "YQ"]), R.randint(2019, 2025), dg(4))
    if r == 5:
        return "预约号", pick([dg(8), "%s %s" % (dg(4), dg(4)), "YY" + dg(9)])
    if r == 6:
        return "发票号码", pick([dg(8), dg(20)])
    if r == 7:
        return "收据编号", "No." + dg(7)
    if r == 8:
        return "理赔报案号", pick(["CLM-%d-%s" % (R.randint(2019, 2025), dg(5)), "BA" + dg(12)])
    if r == 9:
        return "工号", pick(["A" + dg(4), dg(6), "BJ" + dg(5)])
    if r == 10:
        return "学号", str(R.randint(2016, 2024)) + dg(6)
    if r == 11:
        return "居留许可证号", up(1) + dg(9)
    if r == 12:
        return "案号", "（%d）京%s民初%d号" % (R.randint(2018, 2025), pick(["0105", "0108", "0101", "02"]), R.randint(100, 39999))
    if r == 13:
        return "缴费单号", "JF" + dg(10)
    if r == 14:
        return "工作许可证号", "9" + dg(15)
    return "挂号序号", dg(6) + "-" + dg(3)


def v_other_l():
    lab, num = other_pair()
    return pick(["%s%s" % (lab, num), "%s：%s" % (lab, num), "%s %s" % (lab, num)])


def v_visa_no():
    return pick([dg(8), dg(9), "V" + dg(8)])


def v_ticket_no():
    return "%s-%s" % (pick(["999", "781", "784", "555", "176", "160", "880"]), dg(10))


def v_pnr():
    return up(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def v_courier_no():
    return pick(["SF" + dg(13), "EE" + dg(9) + "CN", "YT" + dg(13), "JD" + dg(13), "DHL " + dg(10)])


def v_invite_no():
    return "%s-%d-%s" % (pick(["IMC", "BJIMC", "INV", "YQ"]), R.randint(2019, 2025), dg(4))


def v_appt_no():
    return pick([dg(8), "%s %s" % (dg(4), dg(4)), "YY" + dg(9), "A" + dg(3)  + "-" + dg(4)])


def v_invoice_no():
    return pick([dg(8), dg(20), "No." + dg(8)])


def v_claim_no():
    return pick(["CLM-%d-%s" % (R.randint(2019, 2025), dg(5)), "BA" + dg(12), "CL" + dg(9)])


def v_staff_no():
    return pick(["A" + dg(4), dg(6), "BJ" + dg(5), "N" + dg(5)])


def v_permit_no():
    return pick([up(1) + dg(9), "9" + dg(15)])


def v_court_no():
    return "（%d）京%s民初%d号" % (R.randint(2018, 2025), pick(["0105", "0108", "0101", "02"]), R.randint(100, 39999))


def v_student_no():
    return str(R.randint(2016, 2024)) + dg(6)


def v_receipt_no():
    return pick(["No." + dg(7), "SJ" + dg(8), dg(10)])


# ---------------------------------------------------------------------------
# forms used by the _hard families (split values share state left to right)
# ---------------------------------------------------------------------------



def v_pn_lower():
    return pick([x.lower() for x in CN_PINYIN + LATIN_NAMES] + [x.replace(" ", "").lower() for x in CN_PINYIN[:10]])


def v_pn_upper():
    return pick([x.upper() for x in LATIN_NAMES + CN_PINYIN])


def v_pn_spaced():
    n = cn_full()
    return pick([" ".join(n), "\u3000".join(n), n[0] + " " + n[1:]])


def v_pn_mixed():
    return pick(["王Natasha", "Ivan伊万", "Aigul阿依古丽", "李Mikhail", "Батбаяр巴特巴雅尔", "小Sasha",
                 "Фатима法蒂玛", "김민준（金敏俊）", "Zhang伟", "Li明", "Nguyễn Thị Lan（阮氏兰）",
                 "Ольга（奥尔加）", "Dr.王", "Mr.Liu", "Madame Dupont", "Gulnara古丽娜尔", "Алишер 阿里舍尔",
                 "Oyuna敖云", "Kenta健太", "Timur季穆尔", "ахмед 艾哈迈德", "Sveta斯维塔"])


def v_pn_fwlat():
    return fw(pick(LATIN_NAMES + CN_PINYIN))


def v_phone_head():
    m = cn_mobile_raw()
    CACHE["phone"] = m
    return m[:3]


def v_phone_tail():
    m = CACHE.pop("phone", cn_mobile_raw())
    return pick([m[3:], m[3:7] + " " + m[7:], m[3:7] + "-" + m[7:], fw_digits(m[3:])])


def v_email_user():
    u = email_local()
    CACHE["email_dom"] = "qq.com" if u.isdigit() else pick(EMAIL_DOMAINS)
    return u


def v_email_dom():
    return CACHE.pop("email_dom", pick(EMAIL_DOMAINS))


def v_rid_head():
    s = resid_raw()
    CACHE["rid"] = s
    k = pick([6, 9, 10, 14])
    CACHE["rid_k"] = k
    return s[:k]


def v_rid_tail():
    s = CACHE.pop("rid", resid_raw())
    k = CACHE.pop("rid_k", 9)
    return s[k:]


def v_pass_letter():
    p = v_passport_cn()
    CACHE["pass"] = p
    cut = 2 if p[1].isalpha() else 1
    CACHE["pass_cut"] = cut
    return p[:cut]


def v_pass_digits():
    p = CACHE.pop("pass", v_passport_cn())
    cut = CACHE.pop("pass_cut", 1)
    return p[cut:]


def v_card_a():
    body = "62" + dg(13)
    full = body + luhn_check(body)
    CACHE["card"] = full
    return full[:8]


def v_card_b():
    full = CACHE.pop("card", "62" + dg(14))
    return full[8:]


def v_passport_lower():
    return v_passport().lower()


def v_passport_fw():
    return fw(v_passport())


def v_email_upper():
    return v_email().upper()


def v_mrn_fw():
    return fw(v_mrn())


def v_mrn_spaced():
    return " ".join(v_mrn())


def v_plate_lower():
    p = v_plate_cn()
    return p.lower()


def v_plate_fw():
    return fw(v_plate_cn())


def v_hpn_fw():
    return fw(v_hpn())


def v_acct_fw():
    return fw_digits(v_acct_cn())


def v_imei_spelled():
    body = "86" + dg(12)
    return cn_digits(body + luhn_check(body))


def v_date_fw():
    d = rand_date(2014, 2025)
    return fw(pick(["%d年%d月%d日" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day),
                    "%d/%d/%d" % (d.year, d.month, d.day), "%02d.%02d.%d" % (d.day, d.month, d.year)]))


def v_dob_fw():
    d = dob_date()
    return fw(pick(["%d年%d月%d日" % (d.year, d.month, d.day), "%02d.%02d.%d" % (d.day, d.month, d.year)]))


def v_ip_fw():
    return fw(v_ip4())


def v_ip_spelled():
    ip = v_ip4()
    return pick([ip.replace(".", "点"), ip.replace(".", " dot "), ip.replace(".", "。")])


def v_postcode_fw():
    return fw(v_postcode())


def v_postcode_spelled():
    return cn_digits(v_postcode_cn())


def v_natid_fw():
    return fw(v_iin())


def v_mrn_spelled():
    return cn_digits(dgnz(R.randint(7, 10)))


def v_device_fw():
    return fw(pick([v_device(), v_imei(), v_mac()]))


def v_street_fw():
    return fw_digits(v_street_cn())


def v_street_spelled():
    road = pick(CN_ROADS)
    return "%s%s%s号%s号楼%s单元%s室" % (pick(["朝阳区", "海淀区", "东城区", ""]), road, cn_num(R.randint(1, 99)),
                                  cn_num(R.randint(1, 30)), cn_num(R.randint(1, 6)),
                                  cn_digits(str(R.randint(101, 2812))))


def v_month_year_cn():
    y = R.randint(2010, 2025)
    return "%s年%s月" % (cn_digits(str(y)), cn_num(R.randint(1, 12)))


def v_year_cn():
    return cn_digits(str(R.randint(1990, 2025))) + "年"


def v_age_cn_clean():
    return cn_num(R.randint(1, 89)) + "岁"


def v_public_spelled():
    return pick(["幺二零", "一二零", "幺幺零", "九九九", "幺二三二零", "幺幺九"])


def v_ordinal_week():
    return "第%s周" % cn_num(R.randint(2, 40))


# ---------------------------------------------------------------------------
# slot registry: name -> (generator, kinds)
# ---------------------------------------------------------------------------

SLOTS = {}


def reg(kinds, **gens):
    for name, fn in gens.items():
        assert name not in SLOTS, name
        SLOTS[name] = (fn, tuple(kinds))


reg((), origin=v_origin, city=v_city, country=v_country, nat=v_nat, dept=v_dept, disease=v_disease,
    disease_kid=v_disease_kid, treat=v_treat, job=v_job, season=v_season, festival=v_festival,
    alias=v_alias, relation=v_relation, eponym=v_eponym, sign=v_sign, proc_epo=v_proc_epo,
    herb=v_herb, effect=v_effect, inst=v_inst, building=v_building, floor=v_floor, ward=v_ward,
    bed=v_bed, lift=v_lift, room=v_room, public=v_public, public_ems=lambda: pick(["120", "999"]), age=v_age_clean, count=v_count,
    month_year=v_month_year, year=v_year, year_range=v_year_range, month_cn=v_month_cn,
    weeknum=v_weeknum, price=v_price, dose=v_dose, drug=v_drug, lab=v_lab, version=v_version,
    page=v_page, guide=v_guide, nct=v_nct, chictr=v_chictr, icd=v_icd, atc=v_atc, gene=v_gene,
    batch=v_batch, km=v_km, hours=v_hours, n=v_num_small, time=v_time, kid_noun=v_kid_noun,
    weekday=v_weekday, nat_g=v_nat_g, origin_g=v_origin_g, drug_dose=v_drug_dose, drug_atc=v_drug_atc,
    freq=v_freq, herb_g=v_herb_g, age_old=v_age_old, age_kid=v_age_kid, relation_old=v_relation_old,
    city_north=v_city_north, drug_dose_fw=lambda: fw_digits(v_drug_dose()))
reg(("person_name",), pn=v_pn_pat, pn_cn=v_pn_cn, pn_doc=v_pn_doc, pn_nurse=v_pn_nurse,
    pn_polite=v_pn_polite, pn_fhz=v_pn_fhz, pn_given=v_pn_given, pn_lat=v_pn_lat, pn_cyr=v_pn_cyr,
    pn_kid=v_pn_kid, pn_nick=v_pn_nick, pn_word=v_pn_word, pn_doc_en=v_pn_doc_en,
    pn_hangul=lambda: pick(HANGUL_NAMES), pn_g=v_pn_g, pn_g_lat=v_pn_g_lat, pn_elder=v_pn_elder)
reg(("exact_date",), date=v_date, date_md=v_date_md, date_x=v_date_x, date_hard=v_date_hard,
    date_lunar=v_date_lunar, date_compact=v_date_compact, date_numerals=v_date_numerals)
reg(("date_of_birth",), dob=v_dob, dob_cn=v_dob_cn, dob_dot=v_dob_dot, dob_en=v_dob_en,
    dob_md=v_dob_md, dob_lunar=v_dob_lunar, dob_hard=v_dob_hard, dob_old=v_dob_old,
    dob_kid_cn=v_dob_kid_cn, dob_kid_dot=v_dob_kid_dot)
reg(("age_over_89",), age90=v_age90, age90_num=v_age90_num, age90_cn=v_age90_cn,
    age90_ru=v_age90_ru, age90_en=v_age90_en, age90_hard=v_age90_hard)
reg(("phone_number",), phone=v_phone, phone_cn=v_phone_cn, phone_bj=v_phone_bj,
    phone_intl=v_phone_intl, phone_fw=v_phone_fw, phone_spelled=v_phone_spelled, phone_odd=v_phone_odd)
reg(("email",), email=v_email, email_hosp=v_email_hosp, email_obf=v_email_obf)
reg(("web_address",), url=v_url, url_crowd=v_url_crowd, url_blog=v_url_blog, url_home=v_url_home,
    url_obf=v_url_obf)
reg(("ip_address",), ip=v_ip, ip4=v_ip4, ip6=v_ip6)
reg(("social_account",), wechat=v_wechat, qq=v_qq, handle=v_handle, social_link=v_social_link,
    douyin=v_douyin, social=v_social_any, social_obf=v_social_obf)
reg(("street_address",), street=v_street, street_cn=v_street_cn, street_ru=v_street_ru,
    street_foreign=v_street_foreign)
reg(("street_address", "postal_code"), street_pc=v_street_pc)
reg(("postal_code",), postcode=v_postcode, postcode_cn=v_postcode_cn)
reg(("geolocation",), geo_mn=v_geo_mn, geo=v_geo, pluscode=v_pluscode, geo_hard=v_geo_hard)
reg(("passport_number",), passport=v_passport, passport_ru=v_passport_ru, passport_cn=v_passport_cn)
reg(("national_id",), natid=v_natid, natid_l=v_natid_l, iin=v_iin, snils=v_snils, rrn=v_rrn,
    mn_reg=v_mn_reg)
reg(("resident_id",), resid=v_resid, resid_hard=v_resid_hard)
reg(("medical_record_number",), mrn=v_mrn)
reg(("health_plan_number",), hpn=v_hpn, hpn_oms=v_hpn_oms)
reg(("account_number",), acct=v_acct, acct_cn=v_acct_cn, iban=v_iban, acct_ru=v_acct_ru, card=v_card)
reg(("licence_number",), lic_ru=v_lic_ru, lic_cn=v_lic_cn, lic_nurse=v_lic_nurse, lic_foreign=v_lic_foreign)
reg(("vehicle_identifier",), plate=v_vehicle, plate_cn=v_plate_cn, plate_ru=v_plate_ru,
    plate_mn=v_plate_mn, plate_kz=v_plate_kz, vin=v_vin)
reg(("device_identifier",), device=v_device, imei=v_imei, mac=v_mac)
reg(("other_number",), other_l=v_other_l, visa_no=v_visa_no, ticket_no=v_ticket_no, pnr=v_pnr,
    courier_no=v_courier_no, invite_no=v_invite_no, appt_no=v_appt_no, invoice_no=v_invoice_no,
    claim_no=v_claim_no, staff_no=v_staff_no, permit_no=v_permit_no, court_no=v_court_no,
    receipt_no=v_receipt_no, student_no=v_student_no)


reg(("person_name",), pn_lower=v_pn_lower, pn_upper=v_pn_upper, pn_spaced=v_pn_spaced,
    pn_mixed=v_pn_mixed, pn_fwlat=v_pn_fwlat)
reg(("phone_number",), phone_head=v_phone_head, phone_tail=v_phone_tail)
reg(("email",), email_user=v_email_user, email_dom=v_email_dom, email_upper=v_email_upper)
reg(("resident_id",), rid_head=v_rid_head, rid_tail=v_rid_tail)
reg(("passport_number",), pass_letter=v_pass_letter, pass_digits=v_pass_digits,
    passport_lower=v_passport_lower, passport_fw=v_passport_fw)
reg(("account_number",), card_a=v_card_a, card_b=v_card_b, acct_fw=v_acct_fw)
reg(("medical_record_number",), mrn_fw=v_mrn_fw, mrn_spaced=v_mrn_spaced)
reg(("vehicle_identifier",), plate_lower=v_plate_lower, plate_fw=v_plate_fw)
reg(("health_plan_number",), hpn_fw=v_hpn_fw)
reg(("device_identifier",), imei_spelled=v_imei_spelled, device_fw=v_device_fw)
reg(("exact_date",), date_fw=v_date_fw)
reg(("date_of_birth",), dob_fw=v_dob_fw)
reg(("ip_address",), ip_fw=v_ip_fw, ip_spelled=v_ip_spelled)
reg(("postal_code",), postcode_fw=v_postcode_fw, postcode_spelled=v_postcode_spelled)
reg(("national_id",), natid_fw=v_natid_fw)
reg(("medical_record_number",), mrn_spelled=v_mrn_spelled)
reg(("street_address",), street_fw=v_street_fw, street_spelled=v_street_spelled)


reg((), public_fw=lambda: fw(v_public()), public_ems_fw=lambda: fw(pick(["120", "999"])), price_fw=lambda: fw_digits(v_price()).replace("¥", "￥"),
    nct_fw=lambda: fw(v_nct()), month_year_fw=lambda: fw_digits(v_month_year()),
    icd_fw=lambda: fw(v_icd()), age_fw=lambda: fw(v_age_clean()), lab_fw=lambda: fw_digits(v_lab()),
    bed_fw=lambda: fw_digits(v_bed()), chictr_fw=lambda: fw(v_chictr()),
    year_range_fw=lambda: fw_digits(v_year_range()), month_year_cn=v_month_year_cn, year_cn=v_year_cn,
    age_cn_clean=v_age_cn_clean, public_spelled=v_public_spelled, ordinal_week=v_ordinal_week,
    dose_fw=lambda: fw(v_dose()), gene_fw=lambda: fw(v_gene()))


# ---------------------------------------------------------------------------
# literal-text noise for informal messages (never touches slot values)
# ---------------------------------------------------------------------------

HOMOPHONES = [("再", "在"), ("在", "再"), ("的", "得"), ("已经", "以经"), ("那", "哪"), ("吗", "嘛"),
              ("做", "作"), ("账", "帐"), ("咨询", "资询"), ("预约", "预药"), ("谢谢", "谢谢谢"),
              ("手术", "手述"), ("想", "像")]


def noisify(text):
    if not text:
        return text
    out = text
    r = R.random()
    if r < 0.25:
        out = out.replace("，", pick([",", " ", "，，", "  "]))
    elif r < 0.4:
        out = out.replace("。", pick(["", ".", "。。", "~"]))
    if chance(0.35):
        a, b = pick(HOMOPHONES)
        if a in out:
            out = out.replace(a, b, 1)
    if chance(0.3):
        out = out.replace("？", pick(["?", "??", "？？", "?？"]))
    if chance(0.25):
        out = out.lower()
    if chance(0.2) and len(out) > 4:
        i = R.randint(1, len(out) - 1)
        if not out[i - 1].isdigit() and not out[i].isdigit():
            out = out[:i] + pick([" ", "  ", "\u3000"]) + out[i:]
    return out


# ---------------------------------------------------------------------------
# families and the engine
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([a-z0-9_]+)\}")
FAMILIES = []


def fam(cat, n, templates, clean=None, noise=0.0):
    """Register a family; categories starting with "clean_" hold clean slots only."""
    if clean is None:
        clean = cat.startswith("clean_")
    assert clean == cat.startswith("clean_"), cat
    FAMILIES.append({"cat": cat, "n": n, "templates": templates, "clean": clean, "noise": noise})


def check_family(f):
    for t in f["templates"]:
        names = SLOT_RE.findall(t)
        for nm in names:
            assert nm in SLOTS, (f["cat"], nm)
        kinds = [k for nm in names for k in SLOTS[nm][1]]
        if f["clean"]:
            assert not kinds, (f["cat"], t)
        else:
            assert kinds, (f["cat"], t)
        assert "\t" not in t and "\n" not in t, t


def render(template, noise):
    CACHE.clear()
    parts = SLOT_RE.split(template)
    out = []
    kinds = {}
    noisy = noise > 0 and chance(noise)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(noisify(part) if noisy else part)
        else:
            fn, ks = SLOTS[part]
            val = fn()
            for k in ks:
                kinds[k] = True
            out.append(val)
    text = "".join(out)
    text = re.sub(r"[\t\r\n]+", " ", text).strip()
    ordered = sorted(kinds, key=lambda k: KIND_INDEX[k])
    return text, ordered


def build():
    rows = []
    seen = set()
    for f in FAMILIES:
        check_family(f)
        ts = f["templates"]
        made = 0
        tries = 0
        while made < f["n"]:
            tries += 1
            assert tries < 400, ("cannot fill", f["cat"], made)
            t = ts[made] if made < len(ts) and tries <= 5 else pick(ts)
            text, kinds = render(t, f["noise"])
            if text in seen:
                continue
            seen.add(text)
            rows.append((f["cat"], ",".join(kinds) if kinds else "-", text))
            made += 1
            tries = 0
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, text in rows:
            fh.write("%s\t%s\t%s\n" % (cat, kinds, text))
    return rows


# === FAMILIES ===


# --- editors' narration, quotes, clinicians, captions, timelines, SEO, letters ---

fam("story_name", 30, [
    "来自{origin_g}的{pn_g}今年{age}岁，因{disease}辗转多家医院后来到北京。",
    "{pn_cn}是一名{job}，{season}突发{disease}，被紧急送到我院{dept}。",
    "在{dept}住院的第三周，{pn_given}第一次自己走到了窗边。",
    "{nat_g}籍的{pn_g}说，第一次来中国，是陪父亲看病。",
    "为{pn}主刀的是我院{dept}{pn_doc}团队。",
    "{pn_doc}回忆，{pn}刚入院时连话都说不出来。",
    "从{city}到北京，{pn_fhz}一家人坐了整整两天的火车。",
    "{pn_cyr}（{pn_fhz}）是我们今年接诊的第一位来自{country}的患者。",
    "小患者{pn_kid}出生时就被诊断为{disease_kid}。",
    "经过{treat}，{pn}的各项指标逐渐恢复正常。",
    "{pn_lat}在{city}做了三次检查，结果都不明确。",
    "一个叫“{pn_word}”的{kid_noun}，在{dept}度过了自己的第{n}个生日。",
    "{pn_given}的母亲告诉我们，孩子最喜欢护士站那只玩具熊。",
    "我们在康复训练室见到{pn}时，他正扶着双杠一步一步往前挪。",
    "{job}出身的{pn_cn}，退休后一直在{city}帮女儿带孩子。",
    "{nat_g}籍工人{pn_g}在工地受伤后，由同事送到了我院急诊。",
    "{pn_fhz}说，中国医生的耐心让她很感动。",
    "父母给她取名“{pn_word}”，盼着她平平安安长大。",
    "{pn_polite}每天清晨都会在病区走廊里慢慢走上几圈。",
    "那天夜里值班的是{pn_doc}，他在监护室守了整整一夜。",
    "{pn_hangul}（{pn_fhz}）는 韩国来的交换生，在北京上学期间突然晕倒。",
    "这是{pn_given}第二次来北京复查，这一次她是自己走进诊室的。",
    "{pn_g_lat}，{age}岁，{nat_g}人，在北京经营一家小餐馆。",
    "翻译{pn_given}陪着{pn}跑遍了门诊楼的每一层。",
    "{pn_nick}是工地上的老大哥，大家都这么叫他。",
    "{pn_fhz}和妻子带着两个孩子，从{city}出发，先飞乌鲁木齐，再转机北京。",
    "术后第二天，{pn}就提出想吃一碗热汤面。",
    "{pn_cn}老人年轻时在{city}当过{job}，会说几句俄语。",
], noise=0.0)

fam("quote_patient", 20, [
    "“谢谢{pn_doc}，是您给了我第二次生命。”{pn}说。",
    "“我从没想过还能再站起来。”{pn}笑着说。",
    "{pn}的丈夫说：“{pn_doc}每天都来看她，有时候晚上十点还在病房。”",
    "“妈妈，我不疼了。”{pn_kid}拉着{pn_nurse}的手说。",
    "“在{city}，医生说没办法了，”{pn}说，“到了北京才有了转机。”",
    "“{pn_given}，你一定要坚持住！”家人在手术室外一遍遍地喊。",
    "{pn}的女儿说：“爸爸一直念叨着要给{pn_doc}送一面锦旗。”",
    "“Спасибо，谢谢！”{pn_cyr}用刚学会的中文说。",
    "“{pn_word}，过来吃药啦！”护士在走廊里喊。",
    "“我们都叫他{pn_nick}，”病区护士说，“他是整层楼最爱笑的病人。”",
    "“感谢{pn_nurse}，她教会了我怎么给孩子打针。”{pn_given}的妈妈说。",
    "“{pn_doc}说话很慢，总是等翻译讲完再继续。”{pn_fhz}回忆道。",
    "“I trust {pn_doc_en}.” {pn_lat}在出院前这样写道。",
    "“这里的饭菜我吃不惯，但{pn_polite}每天给我带馕。”{pn_fhz}说。",
    "{pn_fhz}的妻子哽咽着说：“我们终于可以一起回家了。”",
    "“我想当医生，像{pn_doc}那样。”{pn_kid}认真地说。",
    "“回到{city}以后，我会一直记得{pn_given}。”她说。",
], noise=0.0)

fam("clinician_remark", 20, [
    "{pn_doc}介绍：“这类{disease}如果早发现，预后其实不错。”",
    "“{pn}的情况比较复杂，”{dept}{pn_doc}说，“我们组织了三次多学科会诊。”",
    "主治医生{pn_cn}表示，患者术后恢复顺利，预计两周后可以出院。",
    "麻醉科{pn_cn}医生说，高龄患者的麻醉风险需要逐项评估。",
    "{pn_doc}提醒：{disease}患者出院后一定要按时复查。",
    "“语言不是障碍，”{pn_doc}说，“我们有俄语、阿拉伯语和蒙古语翻译。”",
    "{pn_doc}在查房时对{pn_given}说：今天可以试着下床了。",
    "{pn_nurse}说，很多中亚患者第一次住院时最担心的是饮食。",
    "“{pn_kid}的心脏条件很差，手术只有一次机会。”{pn_doc}说。",
    "据{pn_doc}介绍，{treat}在我院已经开展了十余年。",
    "{pn_doc}：it was a long night, 但团队没有一个人放弃。",
    "会诊意见由{pn_doc}和{pn_cn}共同签字确认。",
])

fam("caption_alt", 22, [
    "图为{pn_doc}在查房时与{pn}交流。",
    "图：{pn}（左）与家人在出院当天合影。",
    "{pn}在康复医学科进行步态训练。摄影／{pn_cn}",
    "alt=\"{pn_doc}为{pn_kid}听诊\"",
    "图片说明：{pn_nurse}教{pn}使用胰岛素笔。",
    "左起：{pn_doc}、{pn_cn}、{pn}",
    "照片拍摄于{date}，{pn}出院前。",
    "{pn_kid}和{pn_nurse}一起在病房里画画。（{pn_cn}／摄）",
    "alt text：{pn_fhz}手捧鲜花站在门诊楼前",
    "【图】{pn_given}的女儿送给医护人员的手绘贺卡",
    "图注：{pn_doc}（右二）带领团队进行术前讨论。",
    "{pn_lat} with {pn_doc_en}, Beijing",
    "{date}，{pn}在病房里度过了来中国后的第一个生日。",
    "图片来源：{pn}家属提供",
])

fam("timeline_date", 45, [
    "{date}　入院，完善相关检查。",
    "{date} 行{treat}，过程顺利。",
    "{date}：转入普通病房。",
    "{date_md}　拔除气管插管，可自主呼吸。",
    "{date}  出院，嘱三个月后复查。",
    "{date}，患者家属通过邮件首次联系国际医疗部。",
    "• {date} — 抵达北京首都国际机场",
    "{date}｜远程会诊（{city}—北京）",
    "{date_x}，{pn}在{city}首次出现症状。",
    "时间线：{date}确诊，{date_md}开始第一周期化疗。",
    "{date_md}，{dept}组织多学科会诊。",
    "{date_x}：在{city}当地医院行CT检查。",
    "{date} 签证办妥，{date_md}订好机票。",
    "▶ {date}　术后第一次独立行走",
    "{date_x} — обследование в {city}, 之后转诊北京",
    "{date}晚，患者突发胸痛，急诊科立即启动绿色通道。",
    "最后一次化疗安排在{date}。",
    "{date_md}上午九点，{pn_doc}团队开始手术。",
])

fam("seo_desc", 14, [
    "{nat_g}患者{pn_g}在北京成功接受{treat}｜国际医疗部患者故事",
    "meta description：{pn}从{city}来京治疗{disease}的经历，{dept}专家团队全程护航。",
    "【患者故事】{pn_given}：跨越{km}公里的求医路",
    "关键词：{disease}，{country}患者，{pn_doc}，国际医疗",
    "{pn_lat}｜{disease}｜{treat}｜北京国际医疗部",
    "title: {pn_cyr}的北京康复日记 - 国际患者故事",
    "{pn_doc}团队为{nat}{age}岁患者成功实施{treat}",
    "og:description — {pn_fhz}一家的第二次希望",
])

fam("thanks_letter", 20, [
    "尊敬的{pn_doc}：您好！我是{pn}的女儿，特此写信表达我们全家的感谢。",
    "感谢{dept}的{pn_doc}和{pn_nurse}，在我住院期间无微不至的照顾。",
    "此致 敬礼！患者家属 {pn_cn} 敬上 {date}",
    "特别感谢翻译{pn_given}，没有她我们根本无法和医生沟通。",
    "谨以此信感谢{pn_doc}团队——{pn_fhz}及家人",
    "Dear {pn_doc_en}, 我们全家永远记得您。",
    "我代表全家向{pn_doc}、{pn_nurse}和所有医护人员致以最诚挚的谢意。",
    "{pn_polite}，谢谢您每天早上给我妈妈梳头。",
    "感谢信｜{pn}　{date}于{city}",
    "锦旗上写着：“医术精湛，医德高尚——赠{pn_doc}”。",
    "还要感谢护工{pn_polite}，她比我们做子女的还细心。",
    "我叫{pn_fhz}，来自{city}，{season}在贵院做了{treat}。",
])


# --- one kind at a time, in hospital voices ---

fam("dob_record", 36, [
    "出生日期：{dob}",
    "患儿{pn_kid}，{dob_kid_cn}出生，足月顺产。",
    "登记表上写着：{pn_g_lat}，生于{dob}，{nat_g}籍。",
    "农历生日是{dob_lunar}，老人家只记得这个。",
    "DOB {dob_dot}，性别：女",
    "Дата рождения: {dob_dot}",
    "宝宝是{dob_kid_cn}出生的，才几个月大就做了心脏手术。",
    "护照信息页上的出生日期为{dob_en}。",
    "孩子生日是{dob_md}，我们想在病房里给他过生日。",
    "出生年月日：{dob_cn}；民族：蒙古族",
    "患者基本信息：{pn}，男，{dob_cn}生",
    "我妈妈是{dob_old}出生的，表格上年龄那一栏应该怎么填？",
    "Date of birth: {dob_en}",
    "他出生于{dob_cn}，是家里最小的孩子。",
    "{pn_given}的生日是{dob_md}，护士们偷偷准备了蛋糕。",
    "生日：{dob_md}（公历）",
    "новорождённый, родился {dob_kid_dot}, 体重3.2公斤",
], noise=0.0)

fam("age_over_89_story", 46, [
    "{age90}的{pn_cn}老人因{disease}入院。",
    "患者{alias}，{age90}，既往有高血压病史。",
    "家里的老奶奶今年{age90}了，还能自己下楼买菜。",
    "一位{age90_num}岁高龄的{nat}老兵来到我院复查。",
    "年龄：{age90_num}岁",
    "我父亲{age90}，想问问这个年纪还能不能做{treat}？",
    "老人享年{age90_num}岁，家属决定捐献角膜。",
    "a {age90_en} woman from {city}，因髋部骨折转入我院。",
    "Ей {age90_ru}, 我们担心她坐不了长途飞机。",
    "{age90_cn}的{pn_elder}出院时给护士们唱了一首歌。",
    "这是我们科今年收治的年龄最大的患者——{age90}。",
    "术前评估显示，这位{age90_num}岁的患者心肺功能尚可。",
    "外公今年{age90}，耳朵有点背，但脑子很清楚。",
    "病例讨论：男性，{age90_num}岁，反复胸闷两周。",
    "{pn_given}的曾祖母已经{age90}，这次特意从{city}赶来看他。",
])

fam("phone_contact", 34, [
    "预约咨询请拨打国际医疗部电话{phone_bj}。",
    "如有疑问，可拨打{phone_bj}（{dept}护士站）。",
    "患者家属联系电话：{phone_cn}",
    "我的WhatsApp是{phone_intl}，请用英文或俄文联系我。",
    "回拨电话：{phone_intl}（当地时间上午）",
    "紧急联系人：{relation}，{phone}",
    "翻译{pn_given}的电话是{phone_cn}。",
    "如遇紧急情况请拨打{public_ems}，非紧急事项请致电{phone_bj}。",
    "Viber / 电话：{phone_intl}",
    "手机号{phone_cn}，微信同号。",
    "{dept}24小时值班电话：{phone_bj}",
    "麻烦给我回个电话 {phone_intl} 谢谢",
    "我在{city}的座机是{phone_intl}，白天一般有人接。",
    "司机师傅的手机：{phone_cn}，到了会打电话给您。",
    "Тел.: {phone_intl}（Telegram тоже）",
])

fam("email_contact", 34, [
    "病历资料请发送至{email_hosp}，我们会在三个工作日内回复。",
    "我的邮箱：{email}",
    "影像资料已经发到{email_hosp}了，请查收。",
    "联系邮箱 / E-mail：{email}",
    "请把报价单发到我女儿的邮箱{email}。",
    "以后的检查报告都抄送{email}吧，我儿子看得懂英文。",
    "E-mail: {email}（俄语或英语）",
    "如需翻译服务，请写信至{email_hosp}。",
    "他的邮箱{email}好像收不到你们的邮件，能换个地址吗？",
    "我刚注册了新邮箱{email}，之前那个不用了。",
    "Эл. почта: {email}",
    "回复请寄：{email}，抄送{email_hosp}",
])

fam("web_page", 40, [
    "家人为她发起了网络筹款：{url_crowd}",
    "更多康复日记见他的博客{url_blog}。",
    "这是我们家的主页{url_home}，上面有孩子的照片。",
    "她把治疗经历写在了个人网站{url_home}上。",
    "筹款链接：{url_crowd}，求扩散！",
    "GoFundMe page: {url_crowd}",
    "{pn_given}的妈妈一直在{url_blog}更新孩子的病情。",
    "我们在{url_crowd}上已经筹到了一半手术费。",
    "博客地址 {url_blog}，里面有很多来北京看病的攻略。",
    "请看这个页面 {url}，是我丈夫在{city}的检查结果说明。",
    "Our family website: {url_home}",
    "筹款页面{url_crowd}显示，已有两千多人参与捐助。",
])

fam("ip_log", 46, [
    "留言来源IP：{ip}",
    "提交时间：{time}｜IP：{ip}｜来源页面：/contact",
    "系统日志显示，该留言来自{ip}（{city}）。",
    "同一IP {ip} 在十分钟内提交了五条留言，疑似垃圾信息。",
    "患者说远程会诊软件连不上，技术人员让他把IP地址{ip}发过来排查。",
    "[后台] 访客{ip}浏览了“{dept}”页面{n}次",
    "IP: {ip} / UA: Mozilla/5.0 (iPhone) / 语言: ru-RU",
    "视频会诊终端的固定IP是{ip4}，请加入白名单。",
    "登录异常提醒：您的账号于{time}在{ip}登录。",
    "留言表单（蒙古语）　IP {ip}　页面：/zh/contact",
    "转发的邮件头里有一行 Received: from [{ip4}]",
])

fam("social_contact", 34, [
    "加我微信：{wechat}",
    "微信号{wechat}，备注“{dept}咨询”。",
    "QQ：{qq}，晚上在线。",
    "Telegram {handle}，俄语中文都可以。",
    "她在Instagram上的账号是{handle}，记录了整个治疗过程。",
    "VK: {social_link}",
    "患者群的群主微信是{wechat}，可以拉你进群。",
    "孩子妈妈的抖音号{douyin}，里面有康复视频。",
    "KakaoTalk ID: {wechat}",
    "LINE：{wechat}",
    "他在微博{handle}发了一条长文感谢医护人员。",
    "我的主页 {social_link}，可以私信我。",
    "有事找我：微信 {wechat} / QQ {qq}",
    "翻译{pn_given}的微信是{wechat}。",
    "Facebook上搜{handle}就能找到我们。",
    "扫码不方便的话，直接搜微信号：{wechat}",
])

fam("street_home", 32, [
    "患者现住址：{street_cn}",
    "请将药品寄到{street_cn}，收件人是患者的{relation}。",
    "我们在{city}住在{street_ru}。",
    "Home address: {street_foreign}",
    "她在老家的地址是{street_foreign}。",
    "家属在医院附近租了房，地址是{street_cn}。",
    "出院后暂住：{street_cn}",
    "Адрес проживания: {street_ru}",
    "复印的病历请寄到{street}，谢谢。",
    "{pn_fhz}一家住在{street_foreign}，离当地医院很远。",
    "居住地址：{street_cn}（近地铁站）",
    "救护车把他从{street_cn}直接送到了急诊。",
])

fam("street_postcode", 20, [
    "邮寄地址：{street_pc}",
    "收件地址：{street_pc}，电话提前联系。",
    "Адрес для писем: {street_pc}",
    "Mailing address: {street_pc}",
    "发票请寄往{street_pc}。",
    "我的地址是{street_pc}，麻烦把诊断证明寄过来。",
])

fam("postcode_only", 32, [
    "邮编{postcode_cn}，寄快递的时候别写错。",
    "我们那儿的邮政编码是{postcode}。",
    "Индекс {postcode}，城市那一栏我写的是拼音。",
    "ZIP / 邮编：{postcode}",
    "表格里的邮编我填的是{postcode}，不知道对不对。",
    "老家邮编{postcode_cn}，地址您看病历首页就有。",
    "Postcode {postcode}",
    "快递员说邮编{postcode}对应的是另一个区。",
])

fam("geo_point", 50, [
    "救护车定位：{geo}",
    "我们的蒙古包在{geo_mn}，离最近的医院两百公里。",
    "直升机接人的坐标是{geo}。",
    "共享位置：{geo}（在郊外，信号不好）",
    "Plus Code：{pluscode}",
    "请把定位发我——发了：{geo}",
    "事故发生地点大约在{geo}。",
    "牧民家的冬营地坐标{geo_mn}，冬天路很难走。",
    "GPS: {geo}",
    "接机点坐标：{geo}，在航站楼外的停车场。",
    "孩子最后一次在{geo}附近玩耍，之后就开始发烧。",
])

fam("passport_doc", 34, [
    "护照号：{passport}",
    "{pn}的护照号码是{passport}，签证还有两个月到期。",
    "办理住院需要护照原件，号码{passport}已登记。",
    "Passport No. {passport}",
    "Номер загранпаспорта: {passport_ru}",
    "我妈妈的护照号{passport}，预约的时候要填吗？",
    "陪同人员护照：{passport}",
    "换了新护照，新号码是{passport}，旧的作废了。",
    "请核对护照号码{passport}与邀请函上是否一致。",
    "中国护照号{passport_cn}（陪同的华人家属）",
    "填写入院登记时，护照号一栏写的是{passport}。",
])

fam("national_id_doc", 44, [
    "患者登记了{natid_l}。",
    "{natid_l}（由家属提供）",
    "ИИН: {iin}",
    "СНИЛС {snils}",
    "韩国居民登记号{rrn}",
    "蒙古国身份证上的登记号是{mn_reg}。",
    "保险公司要求提供{natid_l}。",
    "他的{natid_l}，护照丢了以后只能用这个。",
    "请在表格中填写本国身份证号码：{natid}",
    "Регистрационный номер: {mn_reg}",
    "주민등록번호 {rrn}",
])

fam("resident_id_doc", 34, [
    "身份证号：{resid}",
    "陪同家属{pn_cn}，身份证号{resid}。",
    "住院登记需要身份证，号码是{resid}。",
    "公民身份号码 {resid}",
    "我爸身份证{resid}，医保能用吗？",
    "患者身份证号{resid}，联系人是其{relation}。",
    "请核对：{resid}（身份证）与病历首页是否一致。",
    "代办人身份证号码：{resid}",
    "孩子的身份证号是{resid}，户口在{city}。",
])

fam("mrn_record", 42, [
    "病历号：{mrn}",
    "住院号{mrn}，{ward}{bed}",
    "复印病历请提供病案号（{mrn}）和患者护照。",
    "我的就诊卡号是{mrn}，挂号时一直报错。",
    "MRN {mrn}，请在邮件标题里注明。",
    "门诊ID：{mrn}",
    "请把病历号{mrn}的出院小结翻译成俄文。",
    "查询检查结果需要输入患者ID（{mrn}）。",
    "病案号{mrn}的患者明天上午做核磁。",
    "我们上次来的时候病历号是{mrn}，这次还用这个吗？",
])

fam("health_plan", 42, [
    "商业保险保单号{hpn}，直付需要提前三天申请。",
    "保险会员号：{hpn}",
    "保险卡上的会员编号是{hpn}。",
    "полис ОМС {hpn_oms}",
    "ДМС полис № {hpn}",
    "Member ID: {hpn}（国际医疗保险）",
    "请帮我确认一下保单{hpn}是否覆盖{treat}。",
    "医保个人编号{hpn}，异地就医已备案。",
    "保险公司来电核实保单号{hpn}。",
    "Policy number {hpn}, 直付担保函已发送。",
])

fam("account_bank", 44, [
    "捐款账户：{acct_cn}",
    "IBAN: {iban}",
    "退款请汇至{acct_cn}，户名为患者本人。",
    "Счёт получателя: {acct_ru}",
    "我的卡号{card}，你们能刷外卡吗？",
    "押金退回账户：{acct}",
    "请把剩余的预付款退到{iban}。",
    "汇款信息：收款账号{acct_cn}",
    "家里人从{city}汇钱用的账户是{acct}。",
    "信用卡尾号不对，完整卡号是{card}。",
])

fam("licence_clinician", 50, [
    "主治医师：{pn_cn}，医师执业证书编码{lic_cn}",
    "{pn_doc}（执业证书编码：{lic_cn}）",
    "审核医生：{pn_cn}｜执业证书编号{lic_cn}",
    "护士{pn_cn}，护士执业证书编号{lic_nurse}",
    "{pn_doc_en}, {lic_foreign}",
    "Врач {pn_cyr}, {lic_ru}",
    "处方医师{pn_cn}，执业证号{lic_cn}",
    "诊断证明书落款：{pn_doc}，医师执业证书编码{lic_cn}。",
    "外籍医生{pn_lat}在华短期行医，原执业注册号{lic_foreign}。",
    "签字医师：{pn_cn}（执业编码{lic_cn}）",
])

fam("vehicle_plate", 40, [
    "接送车辆：{plate_cn}，司机会在{building}门口等您。",
    "救护车{plate_cn}于十点抵达急诊。",
    "我们的车牌号是{plate_ru}，停在地下车库。",
    "车架号{vin}",
    "一辆{plate_mn}的越野车把他从草原送到了乌兰巴托机场。",
    "家属的车{plate_cn}挡住了急诊通道，请尽快挪车。",
    "车辆识别代号（VIN）：{vin}",
    "出租车车牌{plate_cn}，我的包落在车上了。",
    "我们从阿拉木图开车过来的，车牌{plate_kz}。",
    "停车场登记：{plate}，停放在B2层。",
    "肇事车辆{plate_cn}已被交警扣留。",
])

fam("device_serial", 48, [
    "起搏器序列号：{device}",
    "胰岛素泵SN {device}",
    "手机IMEI：{imei}",
    "血糖仪蓝牙MAC {mac}",
    "人工耳蜗植入体编号{device}",
    "家用呼吸机序列号{device}，需要调参数。",
    "远程监护设备的MAC地址是{mac}。",
    "请在随访系统中登记设备序列号{device}。",
    "孩子的手机丢了，IMEI是{imei}，里面有所有的检查照片。",
    "动态心电记录仪编号{device}，明天上午归还。",
    "制氧机背面的序列号是{device}，保修期内可以换吗？",
])

fam("other_number", 40, [
    "签证号码{visa_no}，有效期到今年年底。",
    "机票号{ticket_no}",
    "订座记录{pnr}，航班改签了。",
    "快递单号{courier_no}",
    "邀请函编号{invite_no}，请随签证材料一起提交。",
    "预约号{appt_no}",
    "发票号码{invoice_no}",
    "收据编号{receipt_no}，报销时要用。",
    "理赔案号{claim_no}",
    "陪诊员工号{staff_no}",
    "留学生{pn_given}的学号是{student_no}，学校要求提供住院证明。",
    "居留许可证号{permit_no}",
    "案号{court_no}",
    "请提供{other_l}，方便我们核对。",
    "我已经拿到了{other_l}。",
    "医疗签证邀请函号{invite_no}，使馆那边已经收到。",
    "我的电子客票号是{ticket_no}，能不能帮忙开具住院证明？",
    "药已寄出，{courier_no}（顺丰）",
])


# --- "Leave Your Message" contact forms and forwarded chat snippets ---

fam("contact_form", 62, [
    "你好 我妈妈去年做了心脏搭桥 想来北京复查 电话{phone_cn} 微信同号",
    "здравствуйте 我是从{city}来的 想咨询{dept}的专家门诊，我的电话{phone_intl}",
    "医生您好，我父亲{age90}了，{disease}，能不能远程会诊？联系我{email}",
    "hello, my son {pn_given} needs surgery, 我们在{city}, whatsapp {phone_intl}",
    "请问外国人可以用护照挂号吗？我的护照号{passport}",
    "您好！我叫{pn_fhz}，想预约{dept}，邮箱{email}，谢谢",
    "我是{pn_lat}的翻译，患者下周到北京，我的微信{wechat}",
    "孩子生日{dob_md}，想在那之前做完手术，可以吗？电话{phone_cn}",
    "sain baina uu 我们从乌兰巴托来，想问{treat}多少钱，微信：{wechat}",
    "上次住院病历号{mrn}，想复印出院小结寄到{street_pc}",
    "留言：我老公在{city}出了车祸，现在情况稳定，想转到你们医院，电话{phone_intl}",
    "你们好 我在网上看到{pn_doc}的文章 想挂他的号 我的QQ{qq}",
    "Хотим приехать на лечение, 我的邮箱 {email}，телефон {phone_intl}",
    "我是{pn_polite}，上周在你们那儿看过病，发票号码{invoice_no}开错了，麻烦重开",
    "assalamu alaikum, 我是{pn_fhz}的儿子，想问清真餐的事，电话{phone_intl}",
    "能不能帮忙开一份邀请函？患者{pn_lat}，护照{passport}，出生日期{dob}",
    "请问保险直付怎么弄，保单号{hpn}，保险公司是外国的",
    "我是{pn}的家属，他{age90}，想问下住院能不能陪护，电话{phone}",
    "你好，请把报价发到{email}，我们是{country}的，中文不太好 sorry",
    "网上说可以视频问诊，我的微信号{wechat}，什么时候方便？",
    "急！！孩子{pn_kid}高烧三天了，我们在{street_cn}附近，哪个门进急诊？",
    "我想给{pn_doc}寄一封感谢信，地址写哪里？我的电话{phone_cn}",
    "hi 我是{pn_lat}，{date}的预约能不能改到下周？",
    "留言人：{pn_cn}　联系方式：{phone_cn}　内容：咨询体检套餐",
    "我们的筹款页面{url_crowd}，想请医院出一份诊断证明",
    "请问挂号需要身份证吗 我的是{resid}",
    "Салам! 我们从{city}来，想住院，孩子出生日期{dob_kid_dot}，тел {phone_intl}",
    "想问一下{dept}周几有国际门诊 我的telegram {handle}",
    "预约号{appt_no}，我可能要晚到半小时，麻烦告诉医生",
    "我爸的医保卡号{hpn}，异地能直接结算吗",
], noise=0.6)

fam("chat_snippet", 34, [
    "[微信] {pn_doc}：明天上午八点空腹来抽血，别忘了带护照。",
    "【转发】{pn_cyr}：好的谢谢，我们{date_md}到北京。",
    "> 患者家属 {time}：{pn_doc}，孩子今天吃了半碗粥",
    "{pn_nurse}：{pn_given}妈妈，明早六点来护士站取尿杯哦",
    "[Telegram] {pn_lat}: 医生说可以出院了！！！",
    "群聊记录｜{pn_fhz}：“感谢大家，手术很成功🙏”",
    "{pn_polite}：我到门口了，车牌{plate_cn}，白色的",
    "翻译{pn_given}：医生问，您最后一次吃东西是几点？",
    "转发自“{dept}患者群”：{pn_doc}本周四停诊，请{pn_lat}改约。",
    "[语音转文字] {pn_kid}奶奶：我们坐的是{ticket_no}那趟",
    "{pn_doc}：把CT片子拍照发我微信{wechat}就行",
    "—— {date} {time} ——  {pn_nurse}：出院带药已经放在床头柜了",
    "WhatsApp {pn_lat}: 我的新号码是{phone_intl}",
    "{pn_cn}：快递到了吗？单号{courier_no}",
    "[截图] {pn_fhz}：邮箱{email}，请把报告发这里",
    "聊天记录 {date}：{pn_doc}：“今晚观察，明早决定是否手术。”",
    "{pn_polite}：医生，我家地址是{street_cn}，药能寄过来吗",
    "{pn_nurse}：@{pn_given} 明天的检查改到下午两点了",
])


# --- _hard families: full-width, spelled out, obfuscated, split, lower case, mixed script, many ---

fam("fullwidth_hard", 62, [
    "电话：{phone_fw}（微信同号）",
    "我的手机{phone_fw}，晚上打也行",
    "身份证号{resid_hard}",
    "护照号码：{passport_fw}",
    "病历号{mrn_fw}，麻烦查一下检查结果",
    "预约时间是{date_fw}上午",
    "出生日期：{dob_fw}",
    "车牌{plate_fw}，停在急诊门口",
    "保单号{hpn_fw}，能直付吗",
    "退款账户{acct_fw}",
    "留言IP：{ip_fw}",
    "地址：{street_fw}",
    "孩子是{dob_fw}生的，现在能打疫苗吗",
    "{pn_fwlat}，电话{phone_fw}",
    "邮箱{email_obf}，收到请回复",
    "老人今年{age90_hard}，住院要注意什么",
    "我们的位置：{geo_hard}",
    "医保卡号{hpn_fw}，请帮忙查一下余额",
    "邮编{postcode_fw}，快递填这个",
    "个人识别号{natid_fw}（哈萨克斯坦）",
    "呼吸机背面的序列号：{device_fw}",
], noise=0.3)

fam("spelled_hard", 52, [
    "电话是{phone_spelled}，请尽快回电",
    "我的手机号：{phone_spelled}",
    "手术定在{date_numerals}上午",
    "老人生于{dob_hard}，农村户口",
    "她{age90_cn}了，还能做胃镜吗",
    "我们{date_numerals}就出发去北京",
    "住址是{street_spelled}",
    "手机串号是{imei_spelled}，丢的那部手机",
    "复查日期：{date_hard}",
    "奶奶{dob_lunar}出生，身份证上写的却是别的日子",
    "IP是{ip_spelled}，我们这边网络很慢",
    "{date_lunar}那天，老人突然说不出话来",
    "回程机票是{date_numerals}的，能赶上出院吗",
    "坐标大概是{geo_hard}，草原上没有门牌号",
    "邮政编码{postcode_spelled}",
    "住院号是{mrn_spelled}，我念给你听",
])

fam("obfuscated_hard", 52, [
    "邮箱：{email_obf}",
    "请发邮件到{email_obf}，不要发到旧邮箱",
    "我的博客：{url_obf}",
    "筹款页面 {url_obf} 求转发",
    "加我：{social_obf}",
    "联系方式（防爬虫）：{email_obf}",
    "网址 {url_obf}，里面有孩子的全部检查单",
    "{social_obf}，私信我就行",
    "报告请发到{email_obf}，谢谢医生",
    "我的ins {social_obf}，有空看看孩子的照片",
], noise=0.4)

fam("split_hard", 44, [
    "手机号前三位{phone_head}，后面是{phone_tail}",
    "电话{phone_head}，然后{phone_tail}，刚才写漏了",
    "邮箱用户名{email_user}，后缀是{email_dom}",
    "我邮箱是{email_user}，at {email_dom}",
    "身份证前几位是{rid_head}，剩下的是{rid_tail}",
    "身份证号分两行写：{rid_head} / {rid_tail}",
    "护照号字母是{pass_letter}，数字是{pass_digits}",
    "卡号前八位{card_a}，后八位{card_b}",
    "我的卡号是{card_a}（接上）{card_b}",
    "号码前面是{phone_head}，后面八位{phone_tail}，微信也是这个",
], noise=0.3)

fam("lowercase_hard", 42, [
    "我叫{pn_lower}，之前在你们这里住过院",
    "patient name: {pn_lower}, 想预约复查",
    "护照号{passport_lower}，名字{pn_lower}",
    "{pn_lower}的家属，想问出院带药的事",
    "EMAIL: {email_upper}",
    "车牌号{plate_lower}，白色丰田",
    "翻译是{pn_lower}，她会在门口等你们",
    "{pn_upper}，PASSPORT {passport}",
    "hi im {pn_lower} from {city}, my number {phone_intl}",
    "医生好 我是{pn_lower} 上周的化验单能发我吗",
], noise=0.5)

fam("mixed_script_hard", 54, [
    "{pn_mixed}的妈妈说孩子昨晚睡得很好",
    "患者{pn_mixed}，{date_x}入院",
    "Мама {pn_cyr}，电话{phone_intl}，говорит по-китайски немного",
    "{pn_hangul}씨 的护照号是{passport}",
    "감사합니다！{pn_doc}，我们{date_md}回首尔",
    "{pn_mixed}：明天几点来抽血？",
    "Сәлем! 我是{pn_fhz}，ИИН {iin}",
    "Би {pn_cyr}，乌兰巴托来的，регистр {mn_reg}",
    "{pn_mixed}说要给{pn_doc}写感谢信",
    "Dr.{pn_cyr}和{pn_doc}一起做的会诊，{date_x}",
    "ご家族の{pn_mixed}さん，{date_md}出院",
    "شكرا {pn_doc}！我们永远感谢您",
    "{pn_fwlat}（{pn_fhz}）已办理入院",
    "Xin chào, 我是{pn_lat}的女儿，电话{phone_intl}",
], noise=0.3)

fam("multi_id_hard", 88, [
    "患者{pn}，{dob}出生，护照号{passport}，电话{phone_intl}",
    "{pn_cn}，身份证{resid}，住址{street_cn}，联系电话{phone_cn}",
    "病历号{mrn}｜{date}入院｜保单号{hpn}｜押金退回账户{acct}",
    "家属{pn_polite}，手机{phone_cn}，微信{wechat}，邮箱{email}",
    "{pn_lat}, DOB {dob_dot}, passport {passport}, email {email}",
    "转诊信：{pn_fhz}，{natid_l}，{date_x}在{city}首诊",
    "退款申请：{pn_cn}，卡号{card}，发票号码{invoice_no}",
    "接机信息：{pn}，航班票号{ticket_no}，司机电话{phone_cn}，车牌{plate_cn}",
    "{pn_doc}（执业证书编码{lic_cn}）于{date}签发诊断证明",
    "设备登记：{alias}，起搏器序列号{device}，植入日期{date}，病历号{mrn}",
    "邀请函{invite_no}：患者{pn_lat}，护照{passport}，陪同{pn_fhz}",
    "急诊记录：{pn_cn}，{age90}，住址{street_cn}，身份证{resid}",
    "{pn_cyr}，тел. {phone_intl}, e-mail {email}, адрес {street_ru}",
    "筹款信息：{pn_given}的治疗，页面{url_crowd}，收款账户{acct}",
    "定位{geo}，病人{alias}，家属电话{phone}",
    "留言 IP {ip}｜姓名 {pn}｜电话 {phone}｜邮箱 {email}",
    "理赔材料：保单{hpn}，报案号{claim_no}，病历号{mrn}",
    "寄件人{pn_cn}，{street_pc}，快递单号{courier_no}",
    "{pn_g_lat}（{nat_g}），{natid_l}，居留许可证号{permit_no}",
    "陪护登记：{pn_cn}，身份证{resid}，车辆{plate_cn}",
    "远程会诊：患者{alias}，MRN {mrn}，终端IP {ip4}，MAC {mac}",
    "出生{dob_kid_cn}的{pn_kid}，父亲{pn_fhz}，电话{phone_intl}",
    "车辆{plate_cn}（VIN {vin}）登记地址{street_cn}，车主电话{phone_cn}",
    "退款到{iban}，发票号码{invoice_no}，保单{hpn}",
    "{alias}，身份证{resid}，医保{hpn}，联系电话{phone_cn}",
], noise=0.15)


# --- clean but tricky: periods, ages, public numbers, aliases, relations ---

fam("clean_period", 96, [
    "{month_year}，{alias}第一次来到北京。",
    "{year}年起，国际医疗部开始接待来自{country}的患者。",
    "{season}是呼吸道疾病的高发季节，请老年患者注意保暖。",
    "{festival}期间门诊时间有调整，请提前预约。",
    "{year_range}，我院共接诊{country}患者{count}人次。",
    "她在{month_year}做完了最后一次化疗。",
    "{festival}前后，很多中亚家庭选择来京看病。",
    "孩子在妊娠第{weeknum}周时被查出心脏问题。",
    "术后第{n}天，他已经可以下床走动。",
    "上个月中旬，{relation}陪他来复查。",
    "{month_cn}上旬，北京下了第一场雪，{alias}第一次见到雪。",
    "{year_range}间，团队完成了{count}例{treat}。",
    "斋月期间，护士为穆斯林患者调整了用药时间。",
    "每{weekday}下午是{dept}的国际门诊。",
    "预计{month_year}出院，具体时间视恢复情况而定。",
    "{year}年夏天，{relation}带着全家的积蓄来到北京。",
    "从{month_year}到现在，复查结果一直很稳定。",
    "{festival}那天，病房里挂起了彩灯。",
    "入院后第三天，体温终于降了下来。",
    "疫情那几年，远程会诊成了唯一的选择。",
    "化疗每三周一个周期，一共六个周期。",
    "{month_cn}下旬是签证办理的高峰期，请提前准备材料。",
    "{year}年，我们与{country}的医院签署了合作协议。",
    "上周五的多学科会诊持续了两个多小时。",
    "每年{month_cn}到{month_cn}，来自{country}的患者明显增多。",
    "第{n}个疗程结束后，肿瘤缩小了一半。",
    "{season}，{alias}的病情突然加重。",
    "白月节假期结束后，蒙古国患者的预约会集中出现。",
    "这次住院一共十九天，比预计的短了一周。",
    "回国前的最后一个周末，{relation}带她去了长城。",
])

fam("clean_age", 78, [
    "患者{alias}，{age}岁，{disease}病史多年。",
    "年近九旬的老人仍坚持每天在病区走廊散步。",
    "这位{age_old}岁的{nat}老人是一位退休的{job}。",
    "一位90后护士已经在国际部工作了五年。",
    "他八十多岁了，还坚持自己办入院手续。",
    "九十年代初，她随父母移居{city}。",
    "{age}岁以上的患者需要额外做心肺功能评估。",
    "89岁的老奶奶出院时给护士们唱了一首民歌。",
    "本组患者的平均年龄为{age}岁。",
    "老人快九十了，家里人都劝他别折腾。",
    "接近九十岁的人，做手术要格外慎重。",
    "他在九十年代末当过兵，后来去了{city}做生意。",
    "这是一位{age}岁的{nat}男性，因{disease}入院。",
    "“我都{age_old}了，还怕什么？”{alias}笑着说。",
    "{relation_old}今年{age_old}岁，身体一直不错。",
    "年逾八旬的{alias}依然思路清晰。",
    "患儿{n}个月大，体重只有五公斤。",
    "{age}岁那年，他第一次出国。",
    "我们接诊过最年轻的心脏手术患者只有三天大。",
    "快九十岁的外婆一直惦记着在北京治病的孙女。",
    "九零后的父母往往会在网上先查好资料再来就诊。",
    "对于{age}岁左右的患者，我们通常建议先做无创检查。",
    "上世纪九十年代，中蒙两国医生就开始了交流。",
])

fam("clean_public_number", 56, [
    "遇到紧急情况请立即拨打{public_ems}。",
    "在俄罗斯请拨112，在美国请拨911。",
    "北京市卫生健康热线12320可以查询医院信息。",
    "报警请拨110，火警请拨119。",
    "孩子误服药物后，家长第一时间拨打了120。",
    "在蒙古国叫救护车打103，在中国打120。",
    "欧盟统一紧急号码是112。",
    "海外公民遇到困难可以拨打领事保护热线12308。",
    "北京的999和120都是急救电话。",
    "投诉建议可拨打市民服务热线12345。",
    "如果在路上突发胸痛，请马上拨打{public_ems}，不要自己开车。",
    "护士教外国家属记住三个号码：120、110和119。",
    "我们在急诊科门口张贴了多语种的“拨打120”提示。",
    "查询医院总机可拨114。",
    "消费纠纷可拨打12315反映。",
    "{nat}患者常常不知道中国的急救电话是120。",
    "第一次来北京的{nat}家属，我们都会提醒他们记住{public}。",
    "{alias}晕倒后，路人帮忙拨打了{public_ems}。",
    "那天凌晨，{relation}拨打了120。",
    "{alias}在{city}街头突发心梗，是{relation}拨打的急救电话。",
    "国际医疗部的宣传册上印着：急救请拨{public_ems}，报警请拨110。",
])

fam("clean_alias", 70, [
    "{alias}，{nat}籍，因{disease}入院。",
    "{alias}的家属表示理解并签署了知情同意书。",
    "患者K入院时意识模糊，瞳孔对光反射迟钝。",
    "本文中的张某、李某某均为化名。",
    "病例1：{alias}，女性，{age}岁。",
    "A先生和B女士是一对来自{city}的夫妻。",
    "{alias}的影像显示右肺上叶有一个结节。",
    "{alias}的丈夫在走廊里等了四个小时。",
    "出院时，{alias}给科室留下了一幅画。",
    "为保护患者隐私，文中以{alias}代称。",
    "{alias}在{city}被误诊了两次。",
    "据{alias}回忆，最初只是轻微的头痛。",
    "病例2：{alias}，男，{age}岁，{nat}人。",
    "{alias}和另一位患者同一天接受了{treat}。",
    "在{dept}，{alias}被安排在靠窗的床位。",
    "{alias}说，她最想念的是家乡的奶茶。",
])

fam("clean_relation", 48, [
    "{relation}一直陪在床边。",
    "她的{relation}从{city}飞过来照顾她。",
    "我和{relation}商量过了，决定来北京手术。",
    "孩子的爷爷奶奶也一起来了。",
    "{relation}每天给他读家乡的报纸。",
    "术后醒来，他第一句话就是问{relation}在哪里。",
    "{relation}学会了用中文说“谢谢”和“疼”。",
    "出院那天，{relation}给每位护士都准备了一块巧克力。",
    "{relation}和{relation}轮流在医院陪护。",
    "这次来北京，只有{relation}陪着她。",
    "我{relation}以前也在这里看过病，所以我们很放心。",
])

fam("clean_eponym", 58, [
    "{eponym}是一种需要长期随访的疾病。",
    "他被确诊为{eponym}已经五年了。",
    "{eponym}患者在长途飞行前应咨询医生。",
    "{proc_epo}是治疗这类疾病的经典术式。",
    "查体：{sign}。",
    "新生儿{sign}，生后情况良好。",
    "很多家长第一次听说{eponym}是在孩子确诊那天。",
    "我院{dept}对{eponym}的诊治积累了丰富经验。",
    "{eponym}与{eponym}的鉴别需要结合影像和病理。",
    "孩子三岁时做了{proc_epo}，这次是来复查的。",
    "入院查体{sign}，立即请神经科会诊。",
    "关于{eponym}，网上有很多不准确的信息。",
])

fam("clean_herb", 56, [
    "方中用了{herb}、{herb}和{herb}。",
    "{herb}具有{effect}的作用。",
    "中医科为她开了含{herb}的汤剂。",
    "不少俄罗斯患者对{herb}泡水很感兴趣。",
    "医生提醒，{herb}不宜与{drug}同服。",
    "{herb}{herb_g}，水煎服，每日一剂。",
    "这味{herb}是从中药房现抓的。",
    "处方：{herb}、{herb}、{herb}各适量。",
    "她问翻译，{herb}在俄语里怎么说。",
    "针灸配合{herb}外敷，疼痛明显减轻。",
    "徐长卿和刘寄奴都是常用的中药，不是人名。",
    "王不留行籽耳穴贴压，可以辅助缓解焦虑。",
])

fam("clean_institution", 56, [
    "{inst}的专家也参与了这次远程会诊。",
    "她曾在{inst}接受过治疗。",
    "我们与{inst}建立了长期合作关系。",
    "白求恩精神在今天仍然激励着每一位医生。",
    "从中山公园出发，沿着长安街一直往东走就到了。",
    "他在{inst}读完了医学博士。",
    "{inst}的病理结果与我院一致。",
    "患者带来了{inst}出具的全部检查资料。",
    "这项技术最早由{inst}的团队报道。",
    "沿着中山路一直往南走，看到加油站右转。",
    "去年，{inst}的代表团来我院交流。",
    "诺贝尔奖得主的研究改变了这类疾病的治疗方式。",
    "在{city}，很多人都听说过{inst}。",
])


# --- clean but tricky: places, codes, numbers, narration, messages, captions ---

fam("clean_word_not_name", 48, [
    "我们始终没有放弃希望。",
    "祝您一路平安，早日康复！",
    "春天来了，花园里的玉兰开了。",
    "愿孩子健康快乐地长大。",
    "手术很成功，大家都松了一口气，像是看到了曙光。",
    "那天夜里，病房窗外的星星特别亮。",
    "“Hope”这个词在俄语里是Надежда。",
    "蒙古语里“巴特尔”是“英雄”的意思。",
    "阿拉伯语的“努尔”意思是光。",
    "“其其格”在蒙古语里是“花”的意思。",
    "家人给了他坚持下去的勇气和希望。",
    "康复的路很长，但每一步都有阳光。",
    "护士们在病房里贴满了写着“平安”的剪纸。",
    "这份坚强让所有人都很感动。",
    "{relation}说，只要人平安就好，钱可以再挣。",
    "{alias}的心愿很简单：回家，和家人一起吃顿饭。",
    "冬天的北京很冷，从{city_north}来的家属却说这里暖和多了。",
    "石头一样硬的肿块，原来是钙化的淋巴结。",
    "念念不忘，必有回响。",
    "中华医学会的专家共识也支持这种做法。",
    "孩子画了一轮大大的太阳，说那是“希望”。",
    "这家医院让我们重新有了盼头。",
])

fam("clean_place", 72, [
    "国际医疗部位于{building}{floor}。",
    "请乘{lift}到{floor}，出电梯右转。",
    "他住在{ward}{bed}。",
    "{city}的很多家庭都知道这家医院。",
    "从{city}到北京的直飞航班每周有{n}班。",
    "门诊楼B1层有清真餐厅。",
    "就诊地点：{building}{floor}{room}",
    "我们在朝阳区租了一间小公寓，离医院步行十分钟。",
    "{ward}共有{n}张床位，全部配备监护设备。",
    "抽血请到{building}{floor}，做CT请到医技楼。",
    "他们一家从{origin}出发，辗转两天才到北京。",
    "{alias}转入{ward}后，病情逐渐稳定。",
    "请在{building}一层的国际患者服务台领取翻译机。",
    "从首都机场到医院大约一个小时车程。",
    "医院对面有几家外国患者常去的俄餐厅。",
    "住在{bed}的小姑娘最喜欢看窗外的鸽子。",
    "{origin}的患者越来越多，我们增加了翻译岗位。",
    "复查请到{building}{floor}{dept}候诊区等候叫号。",
    "祈祷室设在{building}{floor}，方便穆斯林患者使用。",
    "从{city_north}坐火车到二连浩特，再转车到北京。",
    "{dept}在{building}{floor}，乘{lift}最方便。",
    "病区走廊尽头是家属休息室。",
])

fam("clean_code", 74, [
    "该研究已在ClinicalTrials.gov注册（{nct}）。",
    "本试验注册号为{chictr}。",
    "诊断编码：{icd}",
    "药品ATC编码{atc}。",
    "基因检测发现{gene}突变。",
    "国家药监局通报，某企业批号为{batch}的{drug}片不符合规定。",
    "HLA-B*58:01阳性的患者应避免使用别嘌醇。",
    "出院诊断：{disease}（ICD-10 {icd}）。",
    "该患者符合{nct}研究的入组条件。",
    "ATC分类：{drug_atc}。",
    "检测报告提示：{gene}，建议靶向治疗。",
    "本院参与的多中心研究（{chictr}）已完成入组。",
    "涉事批次（批号{batch}）已全部召回。",
    "编码{icd}对应的诊断已写在出院小结里。",
    "基因型为{gene}的患者对该药反应较好。",
    "请参考试验注册号{nct}查看完整方案。",
    "该疫苗批号{batch}的批签发记录可以在官网查询。",
    "病理报告：{gene}阴性，Ki-67约{n}%。",
])

fam("clean_number", 74, [
    "手术费用{price}，具体以实际发生为准。",
    "{drug_dose}，每日{freq}次。",
    "术前检查：{lab}。",
    "请参阅《{guide}》第{n}版第{page}页。",
    "手机应用已更新至{version}版，修复了预约页面的问题。",
    "本院共有床位{count}张，其中国际部{n}张。",
    "距离首都机场约{n}公里，打车约{count}元。",
    "血压150/95 mmHg，心率{count}次/分。",
    "复查结果：{lab}，较上次明显好转。",
    "住院押金{price}，出院时多退少补。",
    "{drug_dose}，请随餐服用。",
    "体重{count}斤，身高一米七。",
    "这次手术总共花了{price}，比在{city}便宜很多。",
    "《{guide}》（第{n}版）已于去年发布。",
    "请翻到服务手册第{page}页查看探视规定。",
    "出院带药：{drug_dose}，疗程{n}天。",
    "最新一次化验：{lab}。",
    "我院国际医疗部每年接待外籍患者约{count}人次。",
    "门诊挂号费{n}元，专家号另计。",
    "单人病房每日床位费{price}。",
])

fam("clean_story", 66, [
    "来自{country}的患者越来越多，翻译成了最忙碌的岗位。",
    "{alias}来的时候是被抬进病房的，出院时已经能自己走路。",
    "很多中亚患者会带着厚厚一沓当地的检查资料来就诊。",
    "{dept}的医护人员为这位{nat}患者制定了详细的康复计划。",
    "在北京的三个月里，{relation}学会了用筷子。",
    "对于{disease}，早诊断早治疗至关重要。",
    "手术持续了七个小时，比预计的长。",
    "护士们用翻译软件和手势，与{nat}患者沟通。",
    "{treat}后，{alias}的生活质量明显提高。",
    "这是我们今年接诊的第{n}位{nat}患者。",
    "出院前，{relation}在留言本上用母语写满了一整页。",
    "多学科团队讨论后，决定先进行{treat}。",
    "{alias}第一次来北京时，连一句中文都不会说。",
    "北京的冬天很干燥，{nat}患者常常不适应。",
    "医生用画图的方式向家属解释了手术方案。",
    "很多家属出院后还和护士保持着联系。",
    "{dept}每年都会收到来自世界各地的感谢信。",
    "语言不通的时候，一个微笑也很管用。",
    "在{city}当地，类似的手术需要排队一年以上。",
    "{alias}的{relation}说，这次来中国是全家一起做的决定。",
    "{nat}患者对中医针灸特别好奇。",
    "手术前一晚，{alias}一直在和{relation}视频通话。",
    "护士长把病房布置成了{nat}风格，让孩子不那么害怕。",
    "每一份病例都会翻译成患者的母语。",
])

fam("clean_contact", 62, [
    "你好 请问{dept}周几有国际门诊",
    "想问一下做{treat}大概要住几天？",
    "您好，我们是{country}的，想了解来北京看病的流程",
    "请问需要提前多久预约？谢谢",
    "здравствуйте，可以用俄语咨询吗",
    "hello, do you have english speaking doctors? 谢谢",
    "我爸爸{age_old}岁，{disease}，想问能不能做手术",
    "请问住院可以带孩子陪护吗",
    "你们医院有没有清真餐？",
    "我在{city}，能不能先把片子发给你们看看？",
    "请问{treat}大概多少钱，有没有报价单",
    "签证需要医院的邀请函吗，怎么申请",
    "上次留言一直没人回复，麻烦看一下",
    "孩子{age_kid}岁，{disease_kid}，想咨询{dept}",
    "可以刷外国的信用卡吗",
    "请问医院附近有没有便宜的酒店",
    "sain baina uu，我们想来北京复查，怎么预约",
    "能不能视频问诊？我们在{country}",
    "谢谢你们上次的帮助，我妈妈恢复得很好！！",
    "请问周末有没有门诊",
    "我们{month_year}想过来，现在可以预约吗",
    "翻译是免费的吗",
], noise=0.6)

fam("clean_chat", 48, [
    "[语音 0:{n}]",
    "好的，收到，明天见！",
    "【转发】{dept}：明早空腹，八点前到护士站报到。",
    "谢谢医生🙏🙏",
    "> 家属：今天吃了半碗粥，精神还行",
    "[图片] 出院小结第{n}页",
    "医生：别担心，指标都在正常范围。",
    "[Telegram] 我们已经到北京了！",
    "群公告：{festival}期间门诊正常开放。",
    "护士站：请{bed}家属到护士站取药。",
    "[视频通话 {n}分钟]",
    "翻译：医生说可以吃一点水果了。",
    "好的好的，我们{time}到",
    "—— 以下为新消息 ——",
    "{relation}：到了吗？我们在{building}门口",
    "收到，谢谢{alias}家属的配合。",
    "[文件] 检查报告_俄文版.pdf",
    "明天查房后就能知道结果了",
])

fam("clean_caption", 40, [
    "图为国际医疗部候诊区一角。",
    "alt=\"护士为患者测量血压\"",
    "图：{dept}医护团队合影",
    "多学科会诊现场。",
    "图片说明：康复训练室里的平行杠。",
    "alt text：窗边的病床和一束向日葵",
    "{building}外景（资料图）",
    "图：{nat}患者出院时送给科室的手工挂毯",
    "术中照片已做模糊处理。",
    "【图】{festival}期间，病区里的节日装饰",
    "图注：{treat}示意图",
    "alt=\"翻译陪同家属办理入院手续\"",
    "图为{alias}出院当天，背影",
])


# --- clean _hard families: the same traps in full-width, spelled-out and mixed script ---

fam("clean_fullwidth_hard", 38, [
    "紧急情况请拨打{public_ems_fw}",
    "手术费用{price_fw}左右",
    "试验注册号：{nct_fw}",
    "{month_year_fw}入院，住了两周",
    "诊断编码：{icd_fw}",
    "患者{alias}，{age_fw}岁，男",
    "化验结果：{lab_fw}",
    "家属请到{bed_fw}旁边等候",
    "研究注册号{chictr_fw}",
    "{year_range_fw}，共随访{count}例",
    "{drug_dose_fw}，早晚各一次",
    "基因检测：{gene_fw}",
], noise=0.3)

fam("clean_spelled_hard", 34, [
    "{month_year_cn}，我们第一次来北京",
    "{year_cn}冬天，{relation}住进了{ward}",
    "老人{age_cn_clean}，腿脚还算利索",
    "年近九旬的{relation}坚持要陪着来",
    "有事就打{public_spelled}，别犹豫",
    "孩子是九零后，我们是七零后",
    "怀孕{ordinal_week}的时候发现了问题",
    "他已经年过八旬，{disease}多年",
    "{month_year_cn}做的手术，现在恢复得不错",
    "{relation}说，九十年代的时候他就在{city}当医生",
    "快九十岁的人了，还天天打太极",
    "大约{month_year_cn}前后开始咳嗽",
])

fam("clean_mixed_hard", 26, [
    "Пациент К. 和患者M是同一天做的手术",
    "Parkinson's disease，中文叫帕金森病，和{eponym}不是一回事",
    "болезнь Паркинсона（帕金森病）在老年人中并不少见",
    "Ms. A 出院前说了好几遍 спасибо",
    "Bethune精神 / 白求恩精神",
    "Down syndrome就是唐氏综合征",
    "Hope是希望，Надежда也是希望",
    "{alias}（{nat}）: 我想回家",
    "Mayo Clinic和{inst}都有类似的项目",
    "Hashimoto（桥本）甲状腺炎需要长期吃药",
    "{herb}，英文说明书上写的是拉丁学名",
    "Dr. 这个称呼在病区里用得很多，不一定指谁",
    "患者X的 MRI 和 CT 都做了",
], noise=0.2)

fam("clean_nearmiss_hard", 30, [
    "每8小时一次，连用{n}天",
    "血压140/90 mmHg，需要调整药量",
    "今年第三季度的预约量增长了{n}%",
    "探视时间15:30—17:00，每次限两人",
    "{building}{floor}{room}，周三下午",
    "术后第{n}天拔除引流管",
    "半片，也就是1/2片，早上吃",
    "肿瘤大小约3.2×2.5 cm",
    "{lab}，{lab}",
    "{drug_dose}，疗程第{n}天",
    "APP {version}，请及时更新",
    "床位紧张，{ward}目前只剩{n}张空床",
    "复查间隔：3个月、6个月、12个月",
    "药品批号{batch}（通报内容，与个人无关）",
    "{year_range}的随访数据见表{n}",
])


# === END FAMILIES ===


if __name__ == "__main__":
    main()
