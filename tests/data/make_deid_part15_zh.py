#!/usr/bin/env python3
"""Held-out de-identification test corpus, part 15: Simplified Chinese (zh).

What this is
------------
A generator for ``deid_generated_zh_heldout15.tsv``: about 2,500 Simplified
Chinese sentences of the kinds a hospital publishes or receives -- case
stories told by editors, quotes from patients and relatives, clinicians'
remarks, photo captions, timeline entries and messages left through the
website contact form (informal, with typos and mixed languages).  About
1,150 rows are clean and about 1,350 carry at least one identifier.  Each row
is labelled with the identifier kinds it contains (or ``-`` when clean).

How it was written
------------------
From general knowledge of how Chinese hospital pages, patient messages and
the documents of patients from China, Kazakhstan, Russia, Central Asia,
Mongolia, the Middle East, Southeast Asia, Europe and Africa look.  The
author did NOT read the scanner, its tests, the bench data or any earlier
corpus part.  Standard library only; the random seed is fixed, so the output
is identical on every run.

Judgement calls in the labels
-----------------------------
* A birth date is labelled ``date_of_birth`` only (not also ``exact_date``).
* A Chinese resident ID embeds a birth date; it is labelled ``resident_id``
  only.  IDs with a wrong check digit or written with spaces/dashes are still
  ``resident_id``.
* Family name + title or address form (王医生, 李主任, 老王, 小李, 王女士) and
  given names alone (建华, 婷婷) are ``person_name``.  Letter aliases (A女士,
  患者张某, 王某某, "Mr. K") are clean.
* A phone number offered as a WhatsApp / Telegram / WeChat contact number is
  labelled ``phone_number`` only; handles, WeChat IDs, QQ numbers and profile
  links on social platforms (Weibo, Douyin, Instagram, Telegram, VK, Facebook,
  Xiaohongshu) are ``social_account``.  Crowdfunding pages, personal blogs and
  other personal home pages are ``web_address``.
* Russian internal passport numbers, SNILS, Kazakh IIN, Uzbek/Kyrgyz PINFL,
  Mongolian register numbers, US SSN, Thai/Indonesian/Vietnamese/Turkish/
  Egyptian/Nigerian national numbers are ``national_id``; travel passports
  are ``passport_number``.
* Ticket, booking, visa, court case, employee, student, courier numbers and
  hospital appointment (挂号) numbers are ``other_number``.  A bed number or a
  hospital's public switchboard is avoided altogether, as is a flight number.
* "九旬", "年过九十", "百岁" count as ``age_over_89``; 89 and younger are clean.
* Month + year, a year alone, "1987年出生" and seasons are clean.
* Trial registry numbers, ICD/ATC codes, gene variants, lab values, prices
  and brand names are clean.
* A city or country alone is clean; a postal code alone with a city is
  ``postal_code`` only; street + number (or building/room) is
  ``street_address``.
"""
import os
import random

SEED = 20150415
rng = random.Random(SEED)
pick = rng.choice

FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN_DIG = dict(zip('0123456789', '〇一二三四五六七八九'))
SPOKEN = dict(zip('0123456789', '零幺二三四五六七八九'))


def fw(s):
    return s.translate(FW)


def spell(s, table=None):
    table = table or SPOKEN
    return ''.join(table.get(c, c) for c in s)


def digits(n, first='123456789'):
    return pick(first) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def letters(n, pool='ABCDEFGHJKLMNPRSTUVWXYZ'):
    return ''.join(rng.choice(pool) for _ in range(n))


def chance(p):
    return rng.random() < p


def maybe_hard(s, p=0.2):
    """Full-width digits for some values (a harder but realistic form)."""
    return fw(s) if chance(p) else s


# ---------------------------------------------------------------- names
SURNAMES = [('王', 'Wang'), ('李', 'Li'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'),
            ('杨', 'Yang'), ('黄', 'Huang'), ('赵', 'Zhao'), ('吴', 'Wu'), ('周', 'Zhou'),
            ('徐', 'Xu'), ('孙', 'Sun'), ('马', 'Ma'), ('朱', 'Zhu'), ('胡', 'Hu'),
            ('郭', 'Guo'), ('何', 'He'), ('高', 'Gao'), ('林', 'Lin'), ('罗', 'Luo'),
            ('郑', 'Zheng'), ('梁', 'Liang'), ('谢', 'Xie'), ('宋', 'Song'), ('唐', 'Tang'),
            ('许', 'Xu'), ('韩', 'Han'), ('冯', 'Feng'), ('邓', 'Deng'), ('曹', 'Cao'),
            ('彭', 'Peng'), ('曾', 'Zeng'), ('肖', 'Xiao'), ('田', 'Tian'), ('董', 'Dong'),
            ('袁', 'Yuan'), ('潘', 'Pan'), ('蒋', 'Jiang'), ('蔡', 'Cai'), ('余', 'Yu'),
            ('杜', 'Du'), ('叶', 'Ye'), ('程', 'Cheng'), ('苏', 'Su'), ('魏', 'Wei'),
            ('吕', 'Lü'), ('丁', 'Ding'), ('任', 'Ren'), ('沈', 'Shen'), ('姚', 'Yao'),
            ('卢', 'Lu'), ('姜', 'Jiang'), ('崔', 'Cui'), ('钟', 'Zhong'), ('谭', 'Tan'),
            ('陆', 'Lu'), ('汪', 'Wang'), ('范', 'Fan'), ('金', 'Jin'), ('石', 'Shi'),
            ('廖', 'Liao'), ('贾', 'Jia'), ('夏', 'Xia'), ('韦', 'Wei'), ('付', 'Fu'),
            ('方', 'Fang'), ('白', 'Bai'), ('邹', 'Zou'), ('孟', 'Meng'), ('熊', 'Xiong'),
            ('秦', 'Qin'), ('邱', 'Qiu'), ('江', 'Jiang'), ('尹', 'Yin'), ('薛', 'Xue'),
            ('闫', 'Yan'), ('段', 'Duan'), ('雷', 'Lei'), ('侯', 'Hou'), ('龙', 'Long'),
            ('史', 'Shi'), ('陶', 'Tao'), ('黎', 'Li'), ('贺', 'He'), ('顾', 'Gu'),
            ('毛', 'Mao'), ('郝', 'Hao'), ('龚', 'Gong'), ('邵', 'Shao'), ('万', 'Wan'),
            ('钱', 'Qian'), ('严', 'Yan'), ('覃', 'Qin'), ('戴', 'Dai'), ('孔', 'Kong'),
            ('欧阳', 'Ouyang'), ('上官', 'Shangguan'), ('司徒', 'Situ')]
GIVEN = [('建国', 'Jianguo'), ('秀英', 'Xiuying'), ('桂兰', 'Guilan'), ('志强', 'Zhiqiang'),
         ('丽娟', 'Lijuan'), ('子涵', 'Zihan'), ('浩然', 'Haoran'), ('雨桐', 'Yutong'),
         ('思远', 'Siyuan'), ('明辉', 'Minghui'), ('晓峰', 'Xiaofeng'), ('玉梅', 'Yumei'),
         ('春生', 'Chunsheng'), ('文静', 'Wenjing'), ('俊杰', 'Junjie'), ('淑芬', 'Shufen'),
         ('德明', 'Deming'), ('佳怡', 'Jiayi'), ('一诺', 'Yinuo'), ('梓萱', 'Zixuan'),
         ('宇轩', 'Yuxuan'), ('红霞', 'Hongxia'), ('秀兰', 'Xiulan'), ('国华', 'Guohua'),
         ('永刚', 'Yonggang'), ('嘉欣', 'Jiaxin'), ('晨曦', 'Chenxi'), ('婷婷', 'Tingting'),
         ('凤英', 'Fengying'), ('立新', 'Lixin'), ('少华', 'Shaohua'), ('雅琴', 'Yaqin'),
         ('海波', 'Haibo'), ('美玲', 'Meiling'), ('振宇', 'Zhenyu'), ('欣妍', 'Xinyan'),
         ('家豪', 'Jiahao'), ('若曦', 'Ruoxi'), ('长林', 'Changlin'), ('素珍', 'Suzhen'),
         ('磊', 'Lei'), ('伟', 'Wei'), ('芳', 'Fang'), ('静', 'Jing'), ('敏', 'Min'),
         ('勇', 'Yong'), ('军', 'Jun'), ('娜', 'Na'), ('涛', 'Tao'), ('斌', 'Bin'),
         ('昊', 'Hao'), ('琳', 'Lin'), ('鑫', 'Xin'), ('悦', 'Yue')]
# Names that are also ordinary words (harder cases)
WORDLIKE = ['高峰', '金星', '夏天', '白雪', '杨柳', '安静', '向阳', '林海', '江山', '方圆',
            '常青', '石磊', '马力', '海燕', '春雷', '朱红', '黎明', '田野', '程功', '叶青',
            '华山', '秦川', '于洋', '万里', '温暖', '和平', '胜利', '国庆', '建军', '冬梅']
# Chinese minority names
MINORITY = ['热依拉·买买提', '阿依古丽', '艾力·吐尔逊', '卓玛', '扎西次仁', '巴特尔',
            '其其格', '格桑央金', '乌兰托娅', '阿不都热合曼·艾山', '古丽米热', '买合木提江',
            '努尔兰别克', '次仁旺堆', '阿迪力', '帕提古丽', '布和', '斯琴高娃']
# Foreign names, Han transliteration
FOREIGN_HAN = ['阿依达娜·努尔兰', '叶尔兰·萨尔森巴耶夫', '古丽娜尔', '达尼亚尔', '阿斯兰',
               '阿鲁詹·奥马罗娃', '谢尔盖·伊万诺夫', '娜塔莉娅', '奥莉加·彼得罗娃',
               '德米特里·斯米尔诺夫', '安娜·库兹涅佐娃', '乌鲁格别克', '迪尔诺扎·卡里莫娃',
               '鲁斯塔姆', '艾别克', '巴特额尔登', '其木格', '巴特巴雅尔', '恩赫扎尔嘎勒',
               '穆罕默德·阿里', '法蒂玛', '艾哈迈德·哈桑', '蕾拉', '优素福', '阮文明',
               '阮氏兰', '颂猜', '布迪·桑托索', '汉斯·穆勒', '玛丽·杜布瓦', '朱莉娅·罗西',
               '阿马杜·迪亚洛', '奇内杜', '瓦妮茹', '夸梅', '提吉斯特', '萨乌列', '扎尔加斯',
               '别克扎特', '玛季娜']
FOREIGN_LAT = ['Aigerim Seitkali', 'Nurlan Abenov', 'Dana Zhaksylykova', 'Yerlan Bekov',
               'Aruzhan Omarova', 'Daniyar Tulegenov', 'Saule Akhmetova', 'Sergei Ivanov',
               'Olga Petrova', 'Dmitry Smirnov', 'Anna Kuznetsova', 'Natalia Volkova',
               'Dilnoza Karimova', 'Rustam Yusupov', 'Shahnoza Tursunova', 'Aibek Mamatov',
               'Farrukh Rahimov', 'Batbayar Dorj', 'Oyunchimeg Ganbold', 'Enkhjargal Bat',
               'Fatima Al-Sayed', 'Ahmed Hassan', 'Layla Haddad', 'Omar Khalil', 'Yusuf Demir',
               'Reza Karimi', 'Nguyen Van Minh', 'Tran Thi Lan', 'Somchai Wongsawat',
               'Budi Santoso', 'Siti Rahmah', 'Maria Santos', 'Aung Kyaw Min', 'Sokha Chan',
               'Hans Mueller', 'Marie Dubois', 'Giulia Rossi', 'Jan Kowalski', 'Lars Eriksen',
               'Elena Popescu', 'Amara Diallo', 'Chinedu Okafor', 'Wanjiru Kamau',
               'Kwame Mensah', 'Tigist Bekele', 'Madina Sultanova', 'Bekzat Nurmagambetov']
CYRILLIC = ['Айгерим Сейткали', 'Нурлан Абенов', 'Сергей Иванов', 'Ольга Петрова',
            'Дмитрий Смирнов', 'Батбаяр Дорж', 'Мадина Султанова', 'Ерлан Беков']
CLIN_TITLES = ['医生', '大夫', '主任', '教授', '护士长', '护士', '主治', '院长', '老师', '医师']
LAY_TITLES = ['女士', '先生', '阿姨', '叔叔', '大爷', '奶奶', '师傅', '姐', '哥', '老师']


def cn_full():
    s, _ = pick(SURNAMES)
    g, _ = pick(GIVEN)
    return s + g


def cn_pinyin(style=None):
    s, sp = pick(SURNAMES)
    g, gp = pick(GIVEN)
    style = style or pick(['sg', 'gs', 'lower', 'caps', 'caps_sg'])
    if style == 'sg':
        return f'{sp} {gp}'
    if style == 'gs':
        return f'{gp} {sp}'
    if style == 'lower':
        return f'{sp.lower()} {gp.lower()}'
    if style == 'caps':
        return f'{sp.upper()} {gp.upper()}'
    return f'{sp.upper()} {gp}'


def clin_title():
    return pick(SURNAMES)[0] + pick(CLIN_TITLES)


def lay_title():
    return pick(SURNAMES)[0] + pick(LAY_TITLES)


def nickname():
    s = pick(SURNAMES)[0]
    g = pick(GIVEN)[0]
    return pick(['老' + s, '小' + s, '小' + g[-1], '阿' + g[-1], g[-1] + g[-1] if len(g) == 1 else g,
                 g[-1] + '姐', '大' + s])


def foreign_lat(style=None):
    n = pick(FOREIGN_LAT)
    style = style or pick(['plain', 'plain', 'plain', 'lower', 'caps', 'first', 'rev_caps'])
    if style == 'lower':
        return n.lower()
    if style == 'caps':
        return n.upper()
    if style == 'first':
        return n.split()[0]
    if style == 'rev_caps':
        p = n.split()
        return p[-1].upper() + ' ' + ' '.join(p[:-1])
    return n


def any_name():
    r = rng.random()
    if r < 0.30:
        return cn_full()
    if r < 0.40:
        return pick(MINORITY)
    if r < 0.58:
        return pick(FOREIGN_HAN)
    if r < 0.72:
        return foreign_lat()
    if r < 0.80:
        return cn_pinyin()
    if r < 0.88:
        return lay_title()
    if r < 0.93:
        return pick(CYRILLIC)
    return nickname()


def patient_name():
    r = rng.random()
    if r < 0.4:
        return cn_full()
    if r < 0.55:
        return pick(MINORITY)
    if r < 0.8:
        return pick(FOREIGN_HAN)
    return foreign_lat('plain')


def doctor_name():
    r = rng.random()
    if r < 0.5:
        return clin_title()
    if r < 0.85:
        return cn_full() + pick(['医生', '主任', '教授', '副主任医师', '主任医师', ''])
    return cn_full()


# ---------------------------------------------------------------- places
CITIES_CN = ['北京', '上海', '广州', '深圳', '乌鲁木齐', '伊宁', '喀什', '呼和浩特', '兰州',
             '西宁', '拉萨', '成都', '重庆', '昆明', '南宁', '哈尔滨', '沈阳', '西安', '郑州',
             '武汉', '长沙', '杭州', '南京', '济南', '福州', '海口', '银川', '贵阳', '太原', '石家庄']
CITIES_FOREIGN = ['阿拉木图', '阿斯塔纳', '奇姆肯特', '塔什干', '撒马尔罕', '比什凯克', '杜尚别',
                  '乌兰巴托', '莫斯科', '新西伯利亚', '迪拜', '利雅得', '德黑兰', '伊斯坦布尔',
                  '河内', '胡志明市', '曼谷', '雅加达', '马尼拉', '仰光', '金边', '柏林', '巴黎',
                  '米兰', '华沙', '拉各斯', '内罗毕', '亚的斯亚贝巴', '阿克拉', '开罗']
COUNTRIES = ['哈萨克斯坦', '俄罗斯', '乌兹别克斯坦', '吉尔吉斯斯坦', '塔吉克斯坦', '蒙古国',
             '阿联酋', '沙特', '伊朗', '土耳其', '越南', '泰国', '印尼', '菲律宾', '缅甸',
             '柬埔寨', '德国', '法国', '意大利', '波兰', '尼日利亚', '肯尼亚', '埃塞俄比亚', '加纳', '埃及']
HOSPITALS = ['北京协和医院', '华西医院', '复旦大学附属中山医院', '新疆医科大学第一附属医院',
             '中山大学肿瘤防治中心', '瑞金医院', '湘雅医院', '阜外医院', '天坛医院', '本院',
             '市第一人民医院', '省妇幼保健院', '儿童医院', '县人民医院', '宣武医院']
DEPTS = ['心内科', '神经外科', '肿瘤科', '儿科', '产科', '骨科', '肝胆外科', '呼吸与危重症医学科',
         '内分泌科', '肾内科', '眼科', '耳鼻喉科', '血液科', '康复医学科', '急诊科', 'ICU',
         '国际医疗部', '心外科', '胸外科', '消化内科', '风湿免疫科', '皮肤科', '口腔科', '麻醉科']
DISEASES = ['急性心肌梗死', '脑出血', '肺腺癌', '先天性心脏病', '胆道闭锁', '股骨颈骨折',
            '2型糖尿病', '慢性肾衰竭', '白血病', '乳腺癌', '腰椎间盘突出', '视网膜脱离',
            '主动脉夹层', '重症肺炎', '甲状腺癌', '肝硬化', '脊柱侧弯', '癫痫', '早产', '胃癌']
PROCS = ['冠脉支架植入术', '开颅血肿清除术', '胸腔镜肺叶切除术', '室间隔缺损修补术',
         '肝移植', '人工髋关节置换术', '肾移植', '玻璃体切割术', '主动脉弓置换术',
         '达芬奇机器人手术', '起搏器植入术', '骨髓移植', '剖宫产', 'ECMO支持', '脊柱矫形术']


# ---------------------------------------------------------------- dates
def rand_date(y0=2019, y1=2024):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def cn_num(n):
    """Chinese numerals for 1..31 (month/day)."""
    units = '零一二三四五六七八九'
    if n < 10:
        return units[n]
    if n < 20:
        return '十' + (units[n % 10] if n % 10 else '')
    return units[n // 10] + '十' + (units[n % 10] if n % 10 else '')


def fmt_date(y, m, d, style=None, with_year=True):
    styles = ['cn', 'cn', 'cn_noy', 'iso', 'slash', 'dot', 'ru', 'cn_hao', 'hanzi', 'fw', 'en', 'md_noy']
    style = style or pick(styles)
    if style == 'cn':
        return f'{y}年{m}月{d}日'
    if style == 'cn_noy':
        return f'{m}月{d}日'
    if style == 'iso':
        return f'{y}-{m:02d}-{d:02d}'
    if style == 'slash':
        return f'{y}/{m}/{d}'
    if style == 'dot':
        return f'{y}.{m:02d}.{d:02d}'
    if style == 'ru':
        return f'{d:02d}.{m:02d}.{y}'
    if style == 'cn_hao':
        return f'{m}月{d}号'
    if style == 'hanzi':
        return spell(str(y), CN_DIG) + '年' + cn_num(m) + '月' + cn_num(d) + '日'
    if style == 'fw':
        return fw(f'{y}年{m}月{d}日')
    if style == 'en':
        mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]
        return f'{d} {mon} {y}'
    return f'{m}月{d}日'


def a_date(**kw):
    return fmt_date(*rand_date(), **kw)


def dob_date():
    y, m, d = rand_date(1935, 2021)
    return fmt_date(y, m, d, style=pick(['cn', 'iso', 'slash', 'dot', 'ru', 'hanzi', 'fw', 'en', 'cn']))


# ---------------------------------------------------------------- identifier values
AREA_CODES = ['110105', '310104', '440305', '650102', '654002', '653101', '150102', '620102',
              '510107', '420106', '430104', '330106', '320102', '370102', '610113', '530102',
              '450103', '230103', '210102', '540102', '630104', '640104', '500103', '410105']


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return '10X98765432'[s % 11]


def resident_id(form=None):
    y, m, d = rand_date(1938, 2020)
    body = pick(AREA_CODES) + f'{y}{m:02d}{d:02d}' + digits(3, '0123456789')
    ck = id_check(body)
    form = form or pick(['ok', 'ok', 'ok', 'lowx', 'wrong', 'spaced', 'dashed', 'fw'])
    if form == 'wrong':
        ck = pick([c for c in '0123456789X' if c != ck])
    full = body + ck
    if form == 'lowx':
        return full.lower() if ck == 'X' else full
    if form == 'spaced':
        return f'{full[:6]} {full[6:14]} {full[14:]}'
    if form == 'dashed':
        return f'{full[:6]}-{full[6:14]}-{full[14:]}'
    if form == 'fw':
        return fw(full)
    return full


def cn_mobile(form=None):
    n = pick(['13', '15', '18', '17', '19', '16']) + digits(9, '0123456789')
    form = form or pick(['plain', 'plain', 'dash', 'space', 'plus86', '0086', 'fw', 'spelt'])
    if form == 'dash':
        return f'{n[:3]}-{n[3:7]}-{n[7:]}'
    if form == 'space':
        return f'{n[:3]} {n[3:7]} {n[7:]}'
    if form == 'plus86':
        return f'+86 {n[:3]} {n[3:7]} {n[7:]}'
    if form == '0086':
        return f'0086-{n}'
    if form == 'fw':
        return fw(n)
    if form == 'spelt':
        return spell(n)
    return n


def cn_landline():
    code = pick(['010', '021', '020', '0991', '0999', '0471', '0931', '028', '0871', '0755'])
    n = digits(8 if len(code) == 3 else 7)
    return pick([f'{code}-{n}', f'({code}){n}', f'{code} {n[:4]} {n[4:]}', f'0{code[1:]}-{n}'])


def foreign_phone():
    a = [
        lambda: f'+7 {pick(["701", "705", "707", "747", "777"])} {digits(3)} {digits(2)} {digits(2)}',
        lambda: f'+7 ({pick(["916", "903", "925", "985"])}) {digits(3)}-{digits(2)}-{digits(2)}',
        lambda: f'8 {pick(["701", "777", "702"])} {digits(3)} {digits(4)}',
        lambda: f'+998 {pick(["90", "91", "93", "97"])} {digits(3)} {digits(2)} {digits(2)}',
        lambda: f'+996 {pick(["555", "700", "772"])} {digits(3)} {digits(3)}',
        lambda: f'+976 {digits(4)} {digits(4)}',
        lambda: f'+992 {digits(2)} {digits(3)} {digits(4)}',
        lambda: f'+971 50 {digits(3)} {digits(4)}',
        lambda: f'+966 5{digits(1)} {digits(3)} {digits(4)}',
        lambda: f'+84 9{digits(2)} {digits(3)} {digits(3)}',
        lambda: f'+66 8{digits(1)} {digits(3)} {digits(4)}',
        lambda: f'+62 812-{digits(4)}-{digits(4)}',
        lambda: f'+49 30 {digits(7)}',
        lambda: f'+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}',
        lambda: f'+234 803 {digits(3)} {digits(4)}',
        lambda: f'+254 7{digits(2)} {digits(3)} {digits(3)}',
        lambda: f'00 7 727 {digits(3)} {digits(2)} {digits(2)}',
        lambda: f'00976-{digits(8)}',
        lambda: f'+90 5{digits(2)} {digits(3)} {digits(2)} {digits(2)}',
    ]
    return pick(a)()


def any_phone():
    r = rng.random()
    if r < 0.5:
        return cn_mobile()
    if r < 0.65:
        return cn_landline()
    return foreign_phone()


EMAIL_USERS = ['aigerim.s', 'nurlan_abenov', 'wangjianguo1962', 'lixiuying', 'zhang.wei88',
               'dilnoza.k', 'olga.petrova79', 'batbayar.d', 'fatima.alsayed', 'nguyenvanminh',
               'chenmeiling', 'huanghaibo_1990', 'ahmed.hassan', 'aruzhan.omar', 'liuyang.mama',
               'maria.santos', 'h.mueller', 'kwame.mensah', 'yerlan.b', 'gulnar77', 'tingting0318',
               'xiaoyu_zhao', 'rustam.yusupov', 'saule.akh', 'dr.lin.hong', 'sun_lijuan']
EMAIL_DOMAINS = ['163.com', '126.com', 'qq.com', 'gmail.com', 'mail.ru', 'yandex.kz', 'yandex.ru',
                 'outlook.com', 'hotmail.com', 'sina.com', 'foxmail.com', 'inbox.ru', 'yahoo.com',
                 'mail.kz', 'web.de', 'list.ru', 'icloud.com']


def email(disguised=False):
    u = pick(EMAIL_USERS)
    if chance(0.3):
        u = u + digits(2, '0123456789')
    dom = pick(EMAIL_DOMAINS)
    if u.isdigit() or dom == 'qq.com' and chance(0.5):
        u = digits(rng.randint(8, 10))
    if not disguised:
        return pick([f'{u}@{dom}', f'{u}@{dom}', f'{u.upper()}@{dom.upper()}', f'{u}＠{dom}'])
    base, tld = dom.rsplit('.', 1)
    return pick([f'{u} at {base} dot {tld}', f'{u}(at){dom}', f'{u}[at]{base}[dot]{tld}',
                 f'{u}#{dom}（#换成@）', f'{u} 艾特 {dom}', f'{u}@ {dom}', f'{u} [at] {dom}',
                 f'{u}AT{base}点{tld}'])


def crowdfund_url():
    return pick([
        f'https://www.shuidichou.com/raise/detail/{letters(2, "abcdefghkmnpqrstuvwxyz")}{digits(7)}',
        f'https://m.qschou.com/project/index/{digits(6)}',
        f'https://www.gofundme.com/f/help-{pick(["aigerim", "nurlan", "little-dana", "baby-amir", "olga", "kwame"])}-{pick(["fight-leukemia", "heart-surgery", "get-home", "treatment-in-china"])}',
        f'gofundme.com/f/{pick(["save", "support", "pray-for"])}-{pick(["batbayar", "dilnoza", "fatima", "tran-lan"])}',
        f'https://www.leetchi.com/c/{pick(["soins-marie", "aide-pour-lucas"])}{digits(3)}',
        f'https://www.justgiving.com/crowdfunding/{pick(["amara", "chinedu", "hans"])}-{digits(4)}',
        f'http://qschou.com/p/{digits(7)}',
        f'https://www.kickstarter.com/profile/{pick(["wangjg", "aibek_m"])}',
    ])


def personal_url():
    return pick([
        f'https://{pick(["aigerim", "dana-z", "olga-p", "batbayar", "fatimablog", "lixiaoyu"])}.{pick(["kz", "ru", "mn", "com", "cn", "me"])}',
        f'https://sites.google.com/view/{pick(["nurlan-story", "our-amir", "dilnoza-diary"])}',
        f'https://www.linkedin.com/in/{pick(["sergei-ivanov", "aigerim-seitkali", "chen-meiling", "ahmed-hassan"])}-{digits(3)}',
        f'https://{pick(["wangjianguo", "zhaoxiaoyu", "linhong"])}.blogspot.com',
        f'https://www.haodf.com/doctor/{digits(9)}.html',
        f'https://zhuanlan.zhihu.com/p/{digits(9)}',
        f'http://blog.sina.com.cn/u/{digits(10)}',
        f'https://{pick(["mama-dana", "little-yuxuan", "shahnoza"])}.wordpress.com',
        f'https://medium.com/@{pick(["layla.haddad", "omar.kh", "giulia.r"])}',
        f'https://about.me/{pick(["jan.kowalski", "lars.eriksen", "elena.p"])}',
    ])


def ipv4():
    a = pick([pick(['113', '117', '183', '223', '36', '222']), pick(['95', '178', '2', '37', '5']), str(rng.randint(1, 223))])
    return f'{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}'


def ipv6():
    h = lambda: format(rng.randint(0, 0xffff), 'x')
    return pick([f'2409:{h()}:{h()}:{h()}::{h()}', f'240e:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}',
                 f'2a02:{h()}:{h()}::{h()}:{h()}'])


def wechat_id():
    return pick([f'wxid_{letters(10, "abcdefghijkmnpqrstuvwxyz0123456789")}',
                 f'{pick(["aigerim", "mama", "xiaoyu", "nurlan", "lz", "wjg", "batbayar", "dana"])}_{digits(4, "0123456789")}',
                 f'{pick(["Lily", "Sunny", "Tom", "Nana", "Aru"])}{digits(3)}{pick(["kz", "xj", "", "wh"])}'])


def qq():
    return digits(rng.randint(8, 10))


def handle():
    return pick(['aigerim_s', 'nurlan.kz', 'olga_petrova_', 'dilnoza.k', 'batbayar88', 'fatima_alsayed',
                 'minh.nguyen', 'lily_wang', 'amir_mama', 'dana.almaty', 'layla.h', 'kwame_m',
                 'yerlan_b', 'xiaoyu2016', 'giulia.rossi', 'sunny_liu', 'tran.lan', 'aruzhan.o'])


def cn_address(form=None):
    r = pick(range(7))
    dist = pick(['朝阳区', '海淀区', '天山区', '沙依巴克区', '新市区', '浦东新区', '天河区', '南山区',
                 '锦江区', '武昌区', '城关区', '回民区', '西湖区'])
    road = pick(['解放南路', '友好北路', '阜通东大街', '长江路', '人民路', '建设路', '中山西路',
                 '北京南路', '黄河路', '光明路', '新华街', '胜利路', '和平里东街'])
    n = rng.randint(1, 399)
    if r == 0:
        return f'{pick(CITIES_CN)}市{dist}{road}{n}号'
    if r == 1:
        return f'{road}{n}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}0{rng.randint(1, 6)}室'
    if r == 2:
        return f'{pick(["幸福里", "阳光花园", "锦绣家园", "石油小区", "团结新村", "康乐苑"])}小区{rng.randint(1, 40)}号楼{rng.randint(1, 4)}单元{rng.randint(101, 2603)}'
    if r == 3:
        return f'{pick(["甘肃省定西市安定区", "新疆伊犁州霍城县", "内蒙古锡林郭勒盟正蓝旗", "四川省凉山州昭觉县", "云南省大理州宾川县"])}{pick(["李家堡镇", "清水河镇", "上都镇", "竹核乡", "州城镇"])}{pick(["王家村", "二道沟村", "团结村", "新民村"])}{pick(["三社", "四组", "一队", ""])}{n}号'
    if r == 4:
        return f'{dist}{road}{n}号院{rng.randint(1, 12)}号楼{rng.randint(1, 28)}0{rng.randint(1, 4)}'
    if r == 5:
        return fw(f'{road}{n}号{rng.randint(1, 20)}楼{rng.randint(1, 9)}0{rng.randint(1, 8)}室')
    return f'{pick(["Room", "Rm."])} {rng.randint(101, 2808)}, No. {n} {pick(["Jiefang South Rd", "Youhao North Rd", "Zhongshan West Rd", "Renmin Rd"])}, {pick(["Urumqi", "Beijing", "Guangzhou", "Chengdu"])}'


def foreign_address():
    n = rng.randint(1, 250)
    k = rng.randint(1, 180)
    return pick([
        f'Алматы, ул. {pick(["Абая", "Толе би", "Жибек жолы", "Сатпаева"])}, д. {n}, кв. {k}',
        f'阿拉木图市{pick(["阿拜大街", "托列比街", "丝绸之路大街", "萨特帕耶夫街"])}{n}号{k}室',
        f'Astana, {pick(["Kabanbay Batyr Ave", "Mangilik El Ave", "Respublika Ave"])} {n}, apt {k}',
        f'Москва, ул. {pick(["Тверская", "Профсоюзная", "Ленинский проспект"])}, д. {n}, кв. {k}',
        f'Tashkent, {pick(["Amir Temur", "Mustaqillik", "Chilonzor"])} street {n}, kv. {k}',
        f'Ulaanbaatar, {pick(["Bayangol", "Sukhbaatar", "Khan-Uul"])} district, {rng.randint(1, 20)} khoroo, building {n}, apt {k}',
        f'乌兰巴托市{pick(["巴彦郭勒区", "苏赫巴托区", "汗乌拉区"])}{rng.randint(1, 20)}分区{n}号楼{k}号',
        f'{n} {pick(["Nguyen Trai", "Le Loi", "Tran Hung Dao"])} Street, District {rng.randint(1, 12)}, Ho Chi Minh City',
        f'{n}/{rng.randint(1, 99)} Soi {pick(["Sukhumvit 39", "Ari", "Lat Phrao 71"])}, Bangkok',
        f'{pick(["Hauptstraße", "Goethestraße", "Bahnhofstraße"])} {n}, Berlin',
        f'{n} rue {pick(["de la Paix", "Victor Hugo", "Lafayette"])}, Paris',
        f'Plot {n}, {pick(["Allen Avenue", "Adeola Odeku Street"])}, Lagos',
        f'Villa {n}, Street {rng.randint(1, 60)}, Al Barsha, Dubai',
        f'Бишкек, ул. {pick(["Киевская", "Токтогула"])}, {n}-{k}',
    ])


def postal_code():
    return pick([
        ('cn', digits(6, '1234568')), ('kz', pick(['050000', '050010', '050057', '010000', '160012', '100008'])),
        ('ru', '1' + digits(5, '0123456789')), ('mn', '1' + digits(4, '0123456789')),
        ('de', digits(5)), ('uk', pick(['SW1A 2AA', 'E14 5HP', 'M1 1AE', 'EH1 1YZ'])),
        ('us', digits(5) + pick(['', '-' + digits(4)])), ('kz_new', pick(['A05T9F6', 'Z05K7E2', 'A15E3C1'])),
        ('vn', digits(6)), ('th', digits(5)),
    ])


def gps():
    lat = rng.uniform(20, 52)
    lon = rng.uniform(44, 125)
    return pick([
        f'{lat:.4f}, {lon:.4f}', f'{lat:.6f},{lon:.6f}', f'N{lat:.5f} E{lon:.5f}',
        f'{int(lat)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″N, {int(lon)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″E',
        f'北纬{lat:.4f}°，东经{lon:.4f}°', f'lat {lat:.5f} lng {lon:.5f}',
        f'{lat:.5f} {lon:.5f}',
    ])


def passport():
    return pick([
        ('中国护照', 'E' + digits(8, '0123456789')), ('中国护照', 'E' + letters(1, 'ABCDEFGHJ') + digits(7, '0123456789')),
        ('哈萨克斯坦护照', 'N' + digits(8, '0123456789')), ('俄罗斯护照', f'{digits(2)} {digits(7)}'),
        ('乌兹别克斯坦护照', pick(['AA', 'FA', 'AB']) + digits(7, '0123456789')),
        ('蒙古国护照', 'E' + digits(7, '0123456789')), ('越南护照', pick(['C', 'B']) + digits(7, '0123456789')),
        ('德国护照', 'C' + letters(8, 'CFGHJKLMNPRTVWXYZ0123456789')), ('吉尔吉斯斯坦护照', 'AC' + digits(7, '0123456789')),
        ('泰国护照', 'A' + letters(1) + digits(6, '0123456789')), ('尼日利亚护照', 'A' + digits(8, '0123456789')),
        ('港澳通行证', 'C' + digits(8, '0123456789')), ('美国护照', digits(9, '56')),
        ('塔吉克斯坦护照', '40' + digits(7, '0123456789')), ('土耳其护照', 'U' + digits(8, '0123456789')),
    ])


def national_id():
    y, m, d = rand_date(1940, 2015)
    return pick([
        ('ИИН', f'{y % 100:02d}{m:02d}{d:02d}{pick("3456")}{digits(5, "0123456789")}'),
        ('IIN', f'{y % 100:02d}{m:02d}{d:02d}{pick("3456")}{digits(5, "0123456789")}'),
        ('个人识别号（IIN）', f'{y % 100:02d}{m:02d}{d:02d}{pick("3456")}{digits(5, "0123456789")}'),
        ('СНИЛС', f'{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}'),
        ('俄罗斯国内护照', f'{digits(2)} {digits(2)} {digits(6)}'),
        ('SSN', f'{digits(3, "1234567")}-{digits(2)}-{digits(4)}'),
        ('ПИНФЛ', digits(14, '3456')), ('PINFL', digits(14, '3456')),
        ('蒙古国身份证号', pick(['УБ', 'ЧД', 'ИЕ', 'ОШ']) + f'{y % 100:02d}{m:02d}{d:02d}{digits(2)}'),
        ('泰国身份证', f'{digits(1)}-{digits(4)}-{digits(5)}-{digits(2)}-{digits(1)}'),
        ('印尼NIK', digits(16, '3567')), ('越南CCCD', '0' + digits(11, '0123456789')),
        ('土耳其TC Kimlik', digits(11)), ('埃及国民身份证', pick('23') + digits(13, '0123456789')),
        ('NIN', digits(11)), ('吉尔吉斯斯坦ПИН', pick('12') + f'{d:02d}{m:02d}{y}' + digits(5, '0123456789')),
        ('德国Personalausweis', 'L' + letters(8, 'CFGHJKLMNPRTVWXYZ0123456789')),
    ])


def mrn():
    return pick([
        ('住院号', digits(rng.choice([6, 7, 8]))), ('住院号', 'ZY' + digits(10, '2')),
        ('病案号', digits(rng.choice([6, 7]))), ('病历号', '00' + digits(8, '0123456789')),
        ('MRN', digits(8)), ('MRN', 'M' + digits(7)), ('门诊号', digits(10, '0123456789')),
        ('患者ID', 'P' + digits(9)), ('就诊卡号', digits(12)), ('登记号', '000' + digits(7)),
        ('入院登记号', digits(9)), ('Hospital No.', 'H' + digits(8)),
    ])


def health_plan():
    return pick([
        ('医保卡号', digits(9, '0123456789').rjust(9, '0') if chance(0.3) else letters(1) + digits(8, '0123456789')),
        ('医保个人编号', digits(10)), ('社保卡号', 'K' + digits(8, '0123456789')),
        ('新农合证号', digits(14)), ('商业保险保单号', 'P' + digits(3) + '2023' + digits(8, '0123456789')),
        ('保单号', digits(2) + letters(2) + digits(10, '0123456789')),
        ('ОМС полис', digits(16)), ('полис ОМС', f'{digits(4)} {digits(4)} {digits(4)} {digits(4)}'),
        ('Bupa会员号', digits(8)), ('Allianz Care member ID', f'{digits(3)}-{digits(6)}-{digits(2)}'),
        ('Cigna ID', 'U' + digits(8)), ('AXA policy', f'AXA-{digits(7)}'),
        ('平安健康险保单号', 'H' + digits(14)), ('参保人编号', digits(12)),
        ('ОСМС номер', digits(12)), ('Medicare number', f'{digits(4)} {digits(5)} {digits(1)}'),
    ])


def account():
    return pick([
        ('银行卡号', pick(['6222', '6217', '6228', '6214', '6226']) + digits(15, '0123456789')),
        ('卡号', f'6222 {digits(4, "0123456789")} {digits(4, "0123456789")} {digits(4, "0123456789")} {digits(3, "0123456789")}'),
        ('IBAN', f'KZ{digits(2)}{digits(3)}{letters(1)}{digits(12, "0123456789")}'),
        ('IBAN', f'KZ{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)}'),
        ('IBAN', f'DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}'),
        ('IBAN', f'AE{digits(2)}0{digits(2)}0000{digits(12, "0123456789")}'),
        ('IBAN', f'TR{digits(2)} 0006 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}'),
        ('счёт', '40817810' + digits(12, '0123456789')), ('账号', digits(19, '0123456789').lstrip('0').rjust(19, '1')),
        ('Visa卡', f'4{digits(3, "0123456789")} {digits(4, "0123456789")} {digits(4, "0123456789")} {digits(4, "0123456789")}'),
        ('对公账户', digits(4) + ' ' + digits(4) + ' ' + digits(4) + ' ' + digits(4) + ' ' + digits(3)),
        ('MasterCard', f'5{digits(3, "12345")}-{digits(4, "0123456789")}-{digits(4, "0123456789")}-{digits(4, "0123456789")}'),
        ('Kaspi卡', f'4400 4301 {digits(4, "0123456789")} {digits(4, "0123456789")}'),
    ])


def licence():
    return pick([
        ('医师执业证书编码', digits(15, '1')), ('医师资格证书编号', '2' + digits(14, '0123456789')),
        ('执业证书编号', '1' + digits(14, '0123456789')), ('护士执业证书编号', '20' + digits(10, '0123456789')),
        ('药师执业注册证号', digits(2) + '2' + digits(9, '0123456789')), ('GMC number', digits(7)),
        ('NPI', '1' + digits(9, '0123456789')), ('行医执照', 'KZ-MED-' + digits(6)),
        ('Лицензия', '№ ' + digits(8)), ('多点执业备案号', 'BJ' + digits(8)),
    ])


def driving_licence():
    return pick([
        ('哈萨克斯坦驾照', letters(2, 'ABEHKMPTX') + ' ' + digits(6)),
        ('俄罗斯驾照', f'{digits(2)} {digits(2)} {digits(6)}'),
        ('蒙古国驾照', digits(9)), ('德国驾照', 'B' + digits(2) + letters(2) + digits(5) + letters(1)),
        ('国际驾照', 'IDP-' + digits(7)), ('驾驶证档案编号', digits(12)),
        ('UAE driving licence', digits(7)), ('越南驾照', digits(12)),
    ])


def cn_plate(form=None):
    prov = pick('京沪粤新蒙甘川鄂湘浙苏鲁陕云桂黑辽藏青宁渝')
    city = pick('ABCDEFGHJKL')
    tail = pick([digits(5, '0123456789'), letters(1) + digits(4, '0123456789'),
                 digits(3, '0123456789') + letters(2), letters(1) + digits(3, '0123456789') + letters(1)])
    form = form or pick(['dot', 'plain', 'space', 'ev', 'fw'])
    if form == 'dot':
        return f'{prov}{city}·{tail}'
    if form == 'space':
        return f'{prov}{city} {tail}'
    if form == 'ev':
        return f'{prov}{city}{pick("DF")}{digits(5, "0123456789")}'
    if form == 'fw':
        return fw(f'{prov}{city}{tail}')
    return f'{prov}{city}{tail}'


def foreign_plate():
    return pick([
        f'{digits(3)} {letters(3, "ABCDEHKMOPTXYZ")} {pick(["02", "01", "17", "05"])}',
        f'{letters(1, "ABEKMHOPCTYX")}{digits(3)}{letters(2, "ABEKMHOPCTYX")} {pick(["77", "177", "54", "199"])}',
        f'{digits(4)} {letters(3, "УБАЕЗК")}', f'B-{letters(2)} {digits(4)}', f'{digits(2)}{letters(1)}-{digits(3)}.{digits(2)}',
        f'Dubai {letters(1)} {digits(5)}',
    ])


def vin():
    return pick(['LSV', 'LFV', 'LGW', 'WDB', 'WVW', 'JTD', 'XTA', 'KMH', 'LVS', 'Z94']) + \
        letters(14, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')[:6] + letters(2, '0123456789XAB') + digits(6, '0123456789')


def device_id():
    return pick([
        ('起搏器序列号', pick(['PJN', 'RNB', 'PZS', 'BLK']) + digits(6) + pick(['S', 'H', 'G'])),
        ('ICD 序列号', 'SN ' + letters(3) + digits(6)), ('胰岛素泵序列号', 'NG' + digits(7) + 'H'),
        ('IMEI', digits(15, '3')), ('IMEI', f'{digits(2, "3")} {digits(6, "0123456789")} {digits(6, "0123456789")} {digits(1, "0123456789")}'),
        ('MAC', ':'.join(format(rng.randint(0, 255), '02X') for _ in range(6))),
        ('MAC地址', '-'.join(format(rng.randint(0, 255), '02x') for _ in range(6))),
        ('CGM传感器序列号', digits(1) + letters(2) + digits(4) + letters(3)),
        ('人工耳蜗植入体序列号', digits(7)), ('S/N', letters(2) + digits(8)),
        ('呼吸机序列号', digits(11)), ('助听器序列号', digits(2) + letters(1) + digits(6)),
        ('人工关节批号/序列号', 'LOT ' + digits(7) + ' / SN ' + digits(5)), ('除颤器SN', letters(3) + '-' + digits(6)),
        ('UDI-PI', '(21)' + digits(9) + '(17)' + '2712' + '31'),
    ])


def other_number():
    return pick([
        ('火车票号', letters(1) + digits(6, '0123456789') + letters(1) + digits(5)),
        ('订单号', digits(19)), ('电子客票号', f'{pick(["781", "880", "999", "784", "465"])}-{digits(10)}'),
        ('签证号', digits(8, '0123456789').rjust(8, '0')), ('签证号码', letters(1) + digits(8)),
        ('挂号单号', 'GH' + digits(10)), ('预约号', digits(6)), ('工号', digits(5, '0123456789')),
        ('员工号', 'EMP' + digits(5)), ('学号', '2021' + digits(6)), ('快递单号', 'SF' + digits(13)),
        ('案号', f'（{rng.randint(2019, 2024)}）{pick(["京0105", "新0102", "粤0304"])}民初{digits(4)}号'),
        ('报警回执编号', 'JJ' + digits(12)), ('居留许可号', letters(3) + digits(9)),
        ('外国人永久居留身份证号', letters(3) + digits(12)), ('PNR', letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')),
        ('工作许可证号', digits(12)), ('献血证号', digits(14)), ('出生医学证明编号', letters(1) + digits(9)),
        ('酒店预订号', digits(10)), ('医院停车月卡号', 'TC' + digits(7)),
        ('复印申请编号', 'FY' + digits(8)), ('理赔案件号', 'CLM' + digits(11)),
    ])


# ================================================================ generators
CATS = []   # (category, target, function)


def cat(name, target):
    def deco(fn):
        CATS.append((name, target, fn))
        return fn
    return deco


ALIAS = ['患者', 'A女士', 'B先生', '这位患儿', '患者张某', '王某某', '这位老人', '患儿', '小患者',
         '患者李某', '这位来自哈萨克斯坦的患者', 'K先生', '这位年轻妈妈', '患者家属']
GREET = ['医生您好，', '你好，', '您好！', '医生好，', 'Здравствуйте，', 'hello 医生，', '打扰一下，',
         '请问，', '麻烦问下，', '']
THANKS = ['谢谢！', '谢谢您', '麻烦了', '非常感谢', 'спасибо', 'thanks', '急，谢谢', '']


# ---------------------------------------------------------------- person_name
@cat('name_story', 25)
def g_name_story():
    n = cn_full() if chance(0.6) else pick(MINORITY)
    t = pick([
        f'{rng.randint(3, 85)}岁的{n}被诊断为{pick(DISEASES)}时，全家都慌了。',
        f'{n}是{pick(CITIES_CN)}的一名{pick(["出租车司机", "中学老师", "牧民", "外卖骑手", "退休工人", "护士", "大学生"])}，去年体检时发现了{pick(DISEASES)}。',
        f'经过{pick(DEPTS)}团队的努力，{n}终于在术后第{rng.randint(3, 20)}天顺利出院。',
        f'从{pick(CITIES_CN)}辗转来到我院，{n}的求医路走了整整{rng.randint(2, 9)}年。',
        f'为{n}实施{pick(PROCS)}的那天，手术持续了{rng.randint(3, 11)}个小时。',
        f'如今的{n}已经能自己下楼散步了，还学会了用手机给医生发消息。',
        f'{n}的病情一度非常凶险，{pick(DEPTS)}连夜组织了多学科会诊。',
        f'回想起那段日子，{n}说最难的不是疼，而是不知道明天会怎样。',
    ])
    return t, ['person_name']


@cat('name_clinician', 20)
def g_name_clinician():
    d = doctor_name()
    t = pick([
        f'“这个位置的肿瘤离血管太近，必须一次切干净。”{d}回忆道。',
        f'主刀的是{pick(DEPTS)}的{d}，他已经做过上千例类似手术。',
        f'{d}每天查房都会蹲下来和孩子说几句话。',
        f'据{pick(DEPTS)}{d}介绍，这类患者术后需要长期随访。',
        f'感谢{d}和护士们，我妈现在能吃能睡了！',
        f'“家属的信任是我们最大的动力。”{d}说。',
        f'{d}带领团队完成了本院首例{pick(PROCS)}。',
        f'请问{d}周几出门诊？想挂他的号。',
        f'麻醉由{d}负责，术中生命体征一直平稳。',
    ])
    return t, ['person_name']


@cat('name_family_quote', 15)
def g_name_family_quote():
    n = pick([nickname(), pick(GIVEN)[0], cn_full(), lay_title(), pick(GIVEN)[0]])
    rel = pick(['妈妈', '爸爸', '丈夫', '妻子', '女儿', '儿子', '奶奶', '姐姐', '哥哥', '外婆'])
    t = pick([
        f'“{n}从小就怕打针，这次却一声没哭。”{rel}说。',
        f'患儿的{rel}{n}在病房外守了三天三夜。',
        f'“我们{n}终于能回家过年了！”孩子的{rel}激动地说。',
        f'{rel}告诉记者：“{n}最大的愿望是重新回到学校。”',
        f'陪护的是患者的{rel}{n}，为此辞掉了工作。',
        f'“谢谢你们救了{n}，”他的{rel}哽咽着说，“我们全家都记得。”',
        f'{n}的{rel}说，以前从没想过孩子能自己走路。',
    ])
    return t, ['person_name']


@cat('name_foreign_han', 20)
def g_name_foreign_han():
    n = pick(FOREIGN_HAN)
    c = pick(COUNTRIES)
    t = pick([
        f'来自{c}的{n}在当地被告知“没有手术机会”，于是决定来中国试一试。',
        f'{n}第一次来{pick(CITIES_CN)}时，一句中文也不会说。',
        f'出院那天，{n}用刚学会的中文说了一句“谢谢医生”。',
        f'{pick(DEPTS)}为{c}患者{n}制定了个体化治疗方案。',
        f'{n}的母亲专程从{pick(CITIES_FOREIGN)}赶来陪护。',
        f'“在这里我感到很安心。”{n}通过翻译说道。',
        f'{n}术后恢复良好，已返回{pick(CITIES_FOREIGN)}。',
    ])
    return t, ['person_name']


@cat('name_foreign_latin', 25)
def g_name_foreign_latin():
    n = foreign_lat() if chance(0.8) else pick(CYRILLIC)
    t = pick([
        f'患者 {n}，{rng.randint(2, 80)}岁，因{pick(DISEASES)}转入我院。',
        f'{n} 在留言里写道：我下个月想来复查，需要准备什么材料？',
        f'我是 {n} 的女儿，想咨询一下我妈妈的手术费用。',
        f'Dear doctor，this is {n}，请问检查结果出来了吗？',
        f'翻译说，{n} 最担心的是术后还能不能骑马。',
        f'{n} and family 向{pick(DEPTS)}全体医护致谢。',
        f'联系人：{n}（患者丈夫）',
        f'{n}：谢谢你们，我会把这里推荐给我的朋友们。',
    ])
    return t, ['person_name']


@cat('name_caption', 25)
def g_name_caption():
    n1 = any_name()
    n2 = cn_full()
    t = pick([
        f'图为{n1}出院时与医护人员合影。（摄影：{n2}）',
        f'图：{doctor_name()}（左二）正在为患者查体。',
        f'{n1}和她的康复训练师在走廊练习行走。  摄影 / {n2}',
        f'▲ {n1}在病床上画的画，送给了主管护士。',
        f'照片中穿蓝色衣服的是{n1}，右边是她的主治医生。',
        f'图片由{n1}家属提供',
        f'视频截图：{n1}第一次自己吃饭。',
        f'（通讯员 {n2} 记者 {cn_full()}）',
        f'文/{n2}  图/{cn_full()}',
    ])
    kinds = ['person_name']
    return t, kinds


@cat('name_pinyin_case', 12)
def g_name_pinyin_case():
    n = cn_pinyin(pick(['lower', 'caps', 'caps_sg', 'sg', 'gs']))
    t = pick([
        f'姓名 name：{n}',
        f'hi 我是 {n}，上周在你们那做了胃镜',
        f'家属签名：{n}',
        f'患者护照上的名字是 {n}，和身份证上的汉字对不上怎么办？',
        f'From: {n}  主题：复诊预约',
        f'病历上把名字写成了 {n}，能改一下吗',
        f'—— {n}，一位心脏移植患者的妻子',
    ])
    return t, ['person_name']


@cat('name_wordlike', 20)
def g_name_wordlike():
    n = pick(WORDLIKE)
    t = pick([
        f'患者的丈夫{n}每天下班后都会赶来医院。',
        f'负责这台手术的是{n}医生。',
        f'“{n}这孩子特别懂事。”护士长说。',
        f'{n}今年{rng.randint(8, 70)}岁，是一名{pick(["货车司机", "小学教师", "厨师", "程序员", "退休干部"])}。',
        f'留言人：{n}，想问问康复科的床位情况。',
        f'我叫{n}，我爸爸在你们心内科住院。',
        f'{n}护士一直陪着老人做完了所有检查。',
        f'感谢{n}主任的耐心解释！',
    ])
    return t, ['person_name']


@cat('name_interpreter', 10)
def g_name_interpreter():
    n = pick([cn_full(), pick(FOREIGN_HAN), foreign_lat('plain'), pick(MINORITY), pick(GIVEN)[0]])
    lang = pick(['俄语', '哈萨克语', '蒙古语', '阿拉伯语', '乌兹别克语', '维吾尔语', '越南语', '英语'])
    t = pick([
        f'全程{lang}翻译由国际医疗部的{n}担任。',
        f'多亏了{lang}志愿者{n}，沟通才变得顺畅。',
        f'患者的朋友{n}帮忙办理了入院手续。',
        f'同乡{n}在{pick(CITIES_CN)}做生意，听说后立即赶来帮忙。',
        f'翻译{n}说，患者一直在问什么时候可以回家。',
        f'我们的{lang}陪诊员{n}会在门口等您。',
    ])
    return t, ['person_name']


@cat('name_msg', 12)
def g_name_msg():
    n = any_name()
    t = pick([
        f'{pick(GREET)}我是{n}，想预约下周的专家号，{pick(THANKS)}',
        f'{pick(GREET)}我父亲{n}上个月在你们这里做了手术，现在伤口有点红，要紧吗',
        f'{pick(GREET)}请帮我转告{doctor_name()}，报告我已经收到了。{pick(THANKS)}',
        f'留言：孩子叫{n}，发烧三天了，能不能加个号',
        f'{pick(GREET)}i am {foreign_lat()}, want to make appointment 心内科，thank you',
        f'{pick(GREET)}{n}的复查结果什么时候能出来？',
        f'署名：{n}',
        f'我老婆{n}明天要做B超，需要空腹吗？？',
    ])
    return t, ['person_name']


# ---------------------------------------------------------------- dates, birth, age
@cat('date_timeline', 25)
def g_date_timeline():
    d = a_date()
    t = pick([
        f'{d}  患者因胸痛入院，急诊行冠脉造影。',
        f'{d}：完成{pick(PROCS)}，术程顺利。',
        f'{d}，转入普通病房。',
        f'▍{d} 第一次化疗',
        f'入院日期：{d}',
        f'出院日期 {d}',
        f'手术日期：{d}（择期）',
        f'{d} 顺利拔除气管插管，可以说话了。',
        f'患儿于{d}出院，随访至今未复发。',
        f'我们在{d}收到了来自{pick(CITIES_FOREIGN)}的会诊申请。',
    ])
    return t, ['exact_date']


@cat('date_msg', 15)
def g_date_msg():
    d = a_date(style=pick(['cn_noy', 'cn_hao', 'iso', 'slash', 'ru', 'cn', 'en']))
    t = pick([
        f'{pick(GREET)}我预约的是{d}上午的号，能改到下午吗？',
        f'我妈{d}做的CT，报告到现在还没拿到',
        f'{pick(GREET)}我们打算{d}到达{pick(CITIES_CN)}，请问可以直接办住院吗',
        f'孩子{d}出院的，出院小结上的用药剂量好像写错了',
        f'my father had surgery on {d}，现在还在发烧，怎么办',
        f'{d}那天接诊的医生很负责，想当面感谢',
    ])
    return t, ['exact_date']


@cat('name_date', 20)
def g_name_date():
    n = patient_name()
    d = a_date()
    t = pick([
        f'{d}，{n}被120送进急诊，当时已经意识不清。',
        f'{n}于{d}接受了{pick(PROCS)}。',
        f'直到{d}，{n}才第一次睁开眼睛看到妈妈。',
        f'{d}是{n}重生的日子，她说以后每年都要过这个“生日”。',
        f'{n}在{d}顺利出院，回到了{pick(CITIES_FOREIGN + CITIES_CN)}。',
    ])
    return t, ['person_name', 'exact_date']


@cat('dob', 30)
def g_dob():
    d = dob_date()
    t = pick([
        f'出生日期：{d}',
        f'患者，女，出生于{d}，既往体健。',
        f'DOB: {d}',
        f'Дата рождения: {d}',
        f'孩子是{d}出生的，现在还不会翻身，正常吗？',
        f'生日 {d}（按护照）',
        f'我儿子生于{d}，早产{rng.randint(4, 10)}周。',
        f'出生日期（date of birth）：{d}',
        f'{d} 生，男，{pick(COUNTRIES)}籍',
    ])
    return t, ['date_of_birth']


@cat('name_dob', 12)
def g_name_dob():
    n = patient_name() if chance(0.6) else foreign_lat()
    d = dob_date()
    t = pick([
        f'姓名：{n}  出生日期：{d}',
        f'{n}，生于{d}，因{pick(DISEASES)}就诊。',
        f'Patient {n}, born {d}',
        f'我是{n}的家长，孩子生日是{d}，想预约儿童保健。',
    ])
    return t, ['person_name', 'date_of_birth']


@cat('age90', 25)
def g_age90():
    a = rng.randint(90, 106)
    form = pick([f'{a}岁', f'{a}周岁', cn_age(a), f'{a} 岁', fw(f'{a}岁'),
                 f'{a}岁高龄'])
    t = pick([
        f'{form}的老人突发{pick(["脑梗", "髋部骨折", "消化道出血", "心衰", "肺炎"])}，家属一度想放弃。',
        f'这位{form}的老奶奶术后第二天就能下床了。',
        f'患者男，{form}，因“{pick(["反复胸闷", "咳嗽咳痰", "跌倒后髋痛"])}”入院。',
        f'我爷爷{form}了，还能做白内障手术吗？',
        f'{pick(DEPTS)}为一位{form}老人成功实施了{pick(PROCS)}。',
        f'老人今年{form}，思维依然清晰。',
        f'年龄：{form}',
    ])
    return t, ['age_over_89']


def cn_age(a):
    if a >= 100:
        return '一百' + ('零' + cn_num(a - 100) if a > 100 else '') + '岁'
    return '九十' + ('' if a == 90 else cn_num(a - 90)) + '岁'


@cat('age90_words', 18)
def g_age90_words():
    t = pick([
        f'年过九旬的{pick(["老党员", "老奶奶", "老教授", "抗战老兵", "牧民老人"])}在{pick(DEPTS)}接受了{pick(PROCS)}。',
        f'一位九旬老人因{pick(["股骨颈骨折", "急性胆囊炎", "肠梗阻"])}入院，{pick(["保守治疗风险更大", "家属十分焦虑", "麻醉风险极高"])}。',
        f'百岁老人{pick(["顺利出院", "成功摘除白内障", "闯过了肺炎关"])}，子孙四代前来接她回家。',
        f'我外公今年九十{cn_num(rng.randint(1, 9))}了，{pick(["最近老是头晕", "吃饭总呛咳", "腿肿得厉害"])}',
        f'患者 {rng.randint(90, 103)} y/o，{pick(["female", "male"])}，{pick(["hip fracture", "pneumonia", "NSTEMI"])}',
        f'这位年逾九十的老人，每次复查都坚持自己走进诊室。',
        f'aged {rng.randint(90, 101)}, the patient recovered well after {pick(["TAVI", "hip surgery", "PCI"])}.',
        f'九十有{cn_num(rng.randint(1, 9))}的老人笑着说：“我还想再活几年。”',
        f'老人已是期颐之年，仍能自己拄拐行走。',
    ])
    return t, ['age_over_89']


@cat('name_age90', 12)
def g_name_age90():
    n = pick([cn_full(), lay_title(), pick(MINORITY), pick(FOREIGN_HAN)])
    a = rng.randint(90, 104)
    t = pick([
        f'{a}岁的{n}是本院今年年龄最大的手术患者。',
        f'{n}今年{a}岁，术后第三天就开始下地活动。',
        f'“我都{a}了，还怕什么？”{n}笑着对医生说。',
        f'{n}（{a}岁）在家人陪伴下出院。',
    ])
    return t, ['person_name', 'age_over_89']


# ---------------------------------------------------------------- contact
@cat('phone_msg', 25)
def g_phone_msg():
    p = any_phone()
    t = pick([
        f'{pick(GREET)}我的电话是{p}，麻烦医生有空回个电话，{pick(THANKS)}',
        f'联系电话：{p}',
        f'有床位了请打{p}，白天晚上都可以',
        f'{pick(GREET)}想咨询试管婴儿的费用，电话{p}',
        f'{p}（微信同号）',
        f'回电请打这个号 {p}，之前那个停机了',
        f'家属电话 {p} 24小时开机',
        f'whatsapp: {p}  please call me，急',
        f'{p} 这是我女儿的手机，她懂中文',
        f'传真：{p}（请把会诊意见发到这里）',
        f'Tel {p}，Telegram 同号',
    ])
    return t, ['phone_number']


@cat('phone_hard', 20)
def g_phone_hard():
    n = pick(['13', '15', '18', '17', '19']) + digits(9, '0123456789')
    form = pick([
        lambda: spell(n), lambda: spell(n, CN_DIG), lambda: fw(n), lambda: ' '.join(n),
        lambda: f'{n[:3]}.{n[3:7]}.{n[7:]}', lambda: f'{n[:3]}一{n[3:7]}一{n[7:]}',
        lambda: f'{n[:3]}****{n[7:]}不对，完整的是{n}',
        lambda: f'{n[:6]} / {n[6:]}',
    ])()
    t = pick([
        f'手机{form}',
        f'电话：{form}，找我就行',
        f'我号码是{form}，打不通就发短信',
        f'{form} 是我的手机号',
        f'号码 {form}（中国移动）',
    ])
    return t, ['phone_number']


@cat('name_phone', 20)
def g_name_phone():
    n = any_name()
    p = any_phone()
    t = pick([
        f'联系人：{n}，电话：{p}',
        f'我是{n}，电话{p}，想给我爸挂肿瘤科的号',
        f'{n} {p}（患者家属）',
        f'请联系陪诊翻译{n}，手机 {p}',
        f'紧急联系人 {n}  {p}',
        f'{pick(GREET)}我叫{n}，我的号码是{p}，谢谢',
    ])
    return t, ['person_name', 'phone_number']


@cat('email', 25)
def g_email():
    e = email()
    t = pick([
        f'{pick(GREET)}请把检查报告发到我邮箱{e}，{pick(THANKS)}',
        f'邮箱：{e}',
        f'email {e}',
        f'影像资料我已经发到{e}了吗？还是要发到你们的邮箱？我的是{e}',
        f'如需补充资料请联系 {e}',
        f'Пишите на {e}, пожалуйста',
        f'回复请发 {e}，电话不方便接',
        f'我的邮件地址是{e}（不是QQ邮箱）',
    ])
    return t, ['email']


@cat('email_disguised', 18)
def g_email_disguised():
    e = email(disguised=True)
    t = pick([
        f'邮箱：{e}',
        f'怕被屏蔽，邮箱写成这样：{e}',
        f'my mail is {e}',
        f'有消息请发邮件 {e}',
        f'请发送到 {e} 谢谢',
    ])
    return t, ['email']


@cat('name_email', 15)
def g_name_email():
    n = any_name()
    e = email(disguised=chance(0.2))
    t = pick([
        f'{n} <{e}>',
        f'发件人：{n}（{e}）',
        f'我是{n}，邮箱{e}，想申请远程会诊',
        f'请联系{n}，邮箱 {e}',
        f'From: {n}, {e}',
    ])
    return t, ['person_name', 'email']


@cat('web_crowdfund', 30)
def g_web_crowdfund():
    u = crowdfund_url()
    t = pick([
        f'家里实在凑不齐手术费，我们在网上发起了筹款：{u}',
        f'求转发！{u} 孩子等着做骨髓移植',
        f'水滴筹链接 {u}，谢谢好心人' if 'shuidichou' in u else f'筹款页面：{u}',
        f'请问医院能不能帮忙证实一下我们的筹款信息？链接是{u}',
        f'患儿家属在{u}上更新了治疗进展。',
        f'Fundraising page: {u}',
    ])
    return t, ['web_address']


@cat('web_personal', 25)
def g_web_personal():
    u = personal_url()
    t = pick([
        f'我把整个治疗过程写在了博客里：{u}',
        f'更多照片请看我的个人主页 {u}',
        f'{u} 这是我写的抗癌日记，希望能帮到别的病友',
        f'我的主页：{u}',
        f'医生的个人介绍页面 {u} 上写的出诊时间对吗？',
        f'详见患者本人撰写的文章（{u}）。',
    ])
    return t, ['web_address']


@cat('ip_log', 42)
def g_ip_log():
    ip = ipv4()
    t = pick([
        f'留言提交IP：{ip}',
        f'[{pick(["09", "14", "22", "03"])}:{rng.randint(10, 59)}] 来自 {ip} 的表单提交',
        f'登录IP {ip}（{pick(CITIES_FOREIGN + CITIES_CN)}）',
        f'上次登录地址 {ip}，如非本人操作请修改密码',
        f'ip: {ip}  user-agent: Mozilla/5.0',
        f'该条留言的来源IP为{ip}，已被标记为垃圾信息。',
        f'我家路由器IP是{ip}，为什么登不上你们的预约系统？',
        f'{ip} 多次尝试登录患者门户失败。',
    ])
    return t, ['ip_address']


@cat('ip_v6', 15)
def g_ip_v6():
    ip = ipv6()
    t = pick([f'来源IPv6：{ip}', f'提交者地址 {ip}', f'remote_addr={ip}', f'访问记录：{ip} 打开了检查报告页面'])
    return t, ['ip_address']


@cat('social_cn', 25)
def g_social_cn():
    r = rng.random()
    if r < 0.4:
        v = pick([f'微信号：{wechat_id()}', f'加我微信 {wechat_id()}', f'vx：{wechat_id()}', f'微信 {wechat_id()}（备注看病）', f'V信 {wechat_id()}'])
    elif r < 0.65:
        v = pick([f'QQ：{qq()}', f'我QQ号是{qq()}', f'qq {qq()}', f'扣扣 {qq()}'])
    elif r < 0.8:
        v = pick([f'抖音号 {handle()}', f'我在抖音上叫@{handle()}', f'douyin：{handle()}{digits(3)}', f'https://www.douyin.com/user/MS4wLjABAAAA{letters(12, "abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789_-")}'])
    elif r < 0.9:
        v = pick([f'微博 @{handle()}', f'https://weibo.com/u/{digits(10)}', f'我的微博：@{pick(["小雨妈妈", "抗癌的阿力", "努力的豆豆", "糖宝日记"])}{digits(4, "0123456789")}'])
    else:
        v = pick([f'小红书号 {digits(10)}', f'小红书：@{handle()}'])
    t = pick([
        f'{pick(GREET)}{v}，方便的话加一下，发片子给您看',
        f'{v}',
        f'不会打字，{v}，语音聊',
        f'{v} 我把住院经历都发在上面了',
        f'有事联系我，{v}',
    ])
    return t, ['social_account']


@cat('social_intl', 18)
def g_social_intl():
    h = handle()
    v = pick([f'Instagram @{h}', f'insta: {h}', f'https://www.instagram.com/{h}/', f'Telegram @{h}', f't.me/{h}',
              f'тг: @{h}', f'VK: vk.com/{h}', f'https://facebook.com/{h}', f'TikTok @{h}'])
    t = pick([
        f'{pick(GREET)}please write me in {v}',
        f'{v} — пишите туда, там быстрее',
        f'我的{pick(["Instagram", "Telegram", "社交账号"])}是 {v}，可以私信我',
        f'{v}',
        f'病友群里的管理员是 {v}，可以找她了解陪护经验',
    ])
    return t, ['social_account']


@cat('name_social', 12)
def g_name_social():
    n = any_name()
    v = pick([f'微信 {wechat_id()}', f'QQ {qq()}', f'Telegram @{handle()}', f'Instagram @{handle()}', f'抖音 @{handle()}'])
    t = pick([f'我是{n}，{v}', f'{n}（{v}）', f'联系人 {n}，{v}，中文俄语都可以', f'陪诊的{n}，{v}'])
    return t, ['person_name', 'social_account']


# ---------------------------------------------------------------- places
@cat('addr_cn', 22)
def g_addr_cn():
    a = cn_address()
    t = pick([
        f'{pick(GREET)}药能不能寄到{a}？{pick(THANKS)}',
        f'家庭住址：{a}',
        f'收件地址 {a}',
        f'我们现在租住在{a}，离医院步行十分钟。',
        f'{a}（患者现住址）',
        f'随访护士上门到了{a}，老人正在院子里晒太阳。',
        f'地址：{a}，到了楼下喊一声就行',
    ])
    return t, ['street_address']


@cat('addr_foreign', 15)
def g_addr_foreign():
    a = foreign_address()
    t = pick([
        f'Адрес: {a}',
        f'请把诊断证明寄到 {a}',
        f'my address is {a}',
        f'患者在老家的住址：{a}',
        f'Home address: {a}',
        f'发票抬头写个人，邮寄到{a}',
    ])
    return t, ['street_address']


@cat('postal', 35)
def g_postal():
    c, z = postal_code()
    city = {'cn': pick(CITIES_CN), 'kz': pick(['阿拉木图', '阿斯塔纳', 'Almaty']), 'ru': pick(['莫斯科', 'Москва']),
            'mn': '乌兰巴托', 'de': 'Berlin', 'uk': 'London', 'us': pick(['纽约', 'Houston']),
            'kz_new': pick(['Almaty', '阿拉木图']), 'vn': pick(['河内', 'Hà Nội']), 'th': '曼谷'}[c]
    t = pick([
        f'邮编：{z}',
        f'{city}，邮政编码{z}',
        f'Индекс {z}, {city}',
        f'postcode {z} ({city})',
        f'寄到{city}，邮编{z}，具体门牌我再发您',
        f'{z}（邮编）',
        f'ZIP: {z}',
    ])
    return t, ['postal_code']


@cat('addr_postal', 18)
def g_addr_postal():
    if chance(0.5):
        a = cn_address()
        z = digits(6, '1234568')
        t = pick([f'{a}，邮编{z}', f'地址：{a}（{z}）', f'邮寄地址 {a}  邮政编码 {z}'])
    else:
        a = foreign_address()
        z = postal_code()[1]
        t = pick([f'{a}, {z}', f'Address: {a}, postcode {z}', f'地址 {a}，邮编 {z}'])
    return t, ['street_address', 'postal_code']


@cat('geo', 45)
def g_geo():
    g = gps()
    t = pick([
        f'我们在牧区，位置是{g}，救护车能不能过来？',
        f'事故地点坐标：{g}',
        f'GPS {g}',
        f'共享位置：{g}（患者家）',
        f'直升机接到患者的坐标为{g}。',
        f'定位 {g} 就是我家的毡房',
        f'手环最后上传的位置是 {g}',
        f'老人走失前手机定位在{g}附近',
    ])
    return t, ['geolocation']


@cat('geo_addr', 8)
def g_geo_addr():
    g = gps()
    a = cn_address()
    return pick([f'{a}（{g}）', f'住址 {a}，坐标 {g}']), ['street_address', 'geolocation']


# ---------------------------------------------------------------- documents
@cat('passport', 28)
def g_passport():
    kind, num = passport()
    num2 = maybe_hard(num, 0.15)
    t = pick([
        f'{kind}号：{num2}',
        f'护照号码 {num2}',
        f'passport no. {num2}',
        f'номер паспорта {num2}',
        f'{pick(GREET)}办理住院需要护照，我的护照号是{num2}，可以先登记吗',
        f'邀请函上的护照号写错了，正确的是 {num2}',
        f'{num2}（{kind}）',
        f'外籍患者凭护照建档，护照号 {num2}。',
    ])
    return t, ['passport_number']


@cat('name_passport', 12)
def g_name_passport():
    n = pick([foreign_lat('caps'), foreign_lat('plain'), cn_pinyin('caps'), pick(FOREIGN_HAN)])
    kind, num = passport()
    t = pick([f'{n}，{kind} {num}', f'姓名 {n}  护照号 {num}', f'Passport: {num}, Name: {n}',
              f'请为{n}（护照号{num}）开具就医邀请函'])
    return t, ['person_name', 'passport_number']


@cat('national_id', 55)
def g_national_id():
    kind, num = national_id()
    num2 = maybe_hard(num, 0.1)
    t = pick([
        f'{kind}：{num2}',
        f'{kind} {num2}',
        f'患者{kind}为{num2}，请核对。',
        f'{pick(GREET)}保险公司要我提供{kind}，我的是{num2}，还需要别的吗',
        f'{num2} — это мой {kind}' if kind in ('ИИН', 'СНИЛС', 'ПИНФЛ') else f'{num2}（{kind}）',
        f'登记表上{kind}一栏填的是{num2}',
    ])
    return t, ['national_id']


@cat('resident_id', 22)
def g_resident_id():
    rid = resident_id()
    t = pick([
        f'身份证号：{rid}',
        f'身份证 {rid}',
        f'{pick(GREET)}我的身份证号是{rid}，帮我查一下预约成功没有',
        f'患者身份证号码{rid}，医保未能结算。',
        f'公民身份号码 {rid}',
        f'{rid}（身份证）',
        f'证件号 {rid} 姓名看附件',
        f'ID card: {rid}',
    ])
    return t, ['resident_id']


@cat('resident_id_hard', 20)
def g_resident_id_hard():
    rid = resident_id(pick(['spaced', 'dashed', 'fw', 'wrong', 'lowx']))
    t = pick([
        f'身份证：{rid}',
        f'sfz {rid}',
        f'我身份证是 {rid}，最后一位可能看不清',
        f'{rid} 这是孩子的身份证号',
        f'身份证号码如下 {rid}',
    ])
    return t, ['resident_id']


@cat('name_resident_id', 12)
def g_name_resident_id():
    n = pick([cn_full(), pick(MINORITY), cn_full()])
    rid = resident_id()
    t = pick([f'患者：{n}，身份证号：{rid}', f'{n} {rid}', f'我是{n}，身份证{rid}，要打印病历',
              f'陪护人{n}（身份证{rid}）'])
    return t, ['person_name', 'resident_id']


@cat('mrn', 25)
def g_mrn():
    kind, num = mrn()
    num2 = maybe_hard(num, 0.15)
    t = pick([
        f'{kind}：{num2}',
        f'{pick(GREET)}我的{kind}是{num2}，想复印病历',
        f'{kind} {num2}，出院小结还没打印',
        f'请在申请单上写明{kind}（{num2}）',
        f'{num2}（{kind}）',
        f'报告单右上角的{kind}是{num2}，对吗',
        f'{kind}#{num2}',
    ])
    return t, ['medical_record_number']


@cat('name_mrn', 12)
def g_name_mrn():
    n = patient_name()
    kind, num = mrn()
    t = pick([f'{n}，{kind}{num}，{pick(DEPTS)}', f'姓名：{n}  {kind}：{num}', f'我是{n}的家属，{kind}{num}',
              f'{kind} {num} / {n}'])
    return t, ['person_name', 'medical_record_number']


@cat('health_plan', 50)
def g_health_plan():
    kind, num = health_plan()
    num2 = maybe_hard(num, 0.12)
    t = pick([
        f'{kind}：{num2}',
        f'{pick(GREET)}我的{kind}是{num2}，异地就医备案了，为什么还不能直接结算',
        f'理赔需要{kind}，我的是 {num2}',
        f'{kind} {num2}（已过期？）',
        f'{num2} 这个是{kind}',
        f'商保直付已核实，{kind}{num2}。',
    ])
    return t, ['health_plan_number']


@cat('account', 45)
def g_account():
    kind, num = account()
    num2 = maybe_hard(num, 0.12)
    t = pick([
        f'退款请打到我的{kind}：{num2}',
        f'{kind} {num2}',
        f'{pick(GREET)}押金退回到{kind}{num2}，户名是我本人',
        f'为患儿募捐的{kind}：{num2}',
        f'{num2}（{kind}），请核对后转账',
        f'付款账户 {kind} {num2}',
    ])
    return t, ['account_number']


@cat('name_account', 10)
def g_name_account():
    n = any_name()
    kind, num = account()
    t = pick([f'户名：{n}  {kind}：{num}', f'收款人 {n}，{kind} {num}', f'{n} {kind} {num}'])
    return t, ['person_name', 'account_number']


@cat('licence_clinician', 30)
def g_licence_clinician():
    d = pick([cn_full(), cn_full() + '医生', pick(FOREIGN_HAN), foreign_lat('plain')])
    kind, num = licence()
    t = pick([
        f'{d}，{kind}：{num}',
        f'经查，{d}的{kind}为{num}，执业范围为内科专业。',
        f'{kind} {num}（{d}）',
        f'会诊专家{d}，{kind}{num}，已完成多点执业备案。',
        f'处方医师：{d}  {kind}：{num}',
    ])
    return t, ['person_name', 'licence_number']


@cat('licence_number', 25)
def g_licence_number():
    if chance(0.55):
        kind, num = driving_licence()
    else:
        kind, num = licence()
    t = pick([
        f'{kind}：{num}',
        f'{pick(GREET)}我的{kind}是{num}，停车场登记需要吗',
        f'{num}（{kind}）',
        f'请核对{kind} {num}',
        f'{kind}复印件已上传，号码 {num}',
    ])
    return t, ['licence_number']


@cat('plate_cn', 32)
def g_plate_cn():
    pl = cn_plate()
    t = pick([
        f'我的车牌是{pl}，能不能进院内停车场？',
        f'车牌号 {pl} 的车主请尽快挪车，您的车挡住了急诊通道。',
        f'{pl}，白色越野车，停在地下二层',
        f'接送患者的车辆：{pl}',
        f'{pick(GREET)}我们开{pl}过来的，到了门口怎么走？',
        f'车牌 {pl}（新能源）' if len(pl) >= 8 else f'车牌 {pl}',
        f'肇事车辆{pl}已被交警扣留。',
    ])
    return t, ['vehicle_identifier']


@cat('plate_foreign_vin', 22)
def g_plate_foreign_vin():
    if chance(0.5):
        v = foreign_plate()
        t = pick([f'госномер {v}', f'我们从{pick(["霍尔果斯", "二连浩特", "阿拉山口"])}口岸开车过来，车牌 {v}',
                  f'plate number {v}', f'外籍车辆{v}请停在P3区'])
    else:
        v = vin()
        t = pick([f'VIN：{v}', f'车架号 {v}', f'保险理赔需要车辆识别代号{v}', f'{v}（车架号）',
                  f'事故车辆VIN {v}，理赔材料已提交'])
    return t, ['vehicle_identifier']


@cat('device', 55)
def g_device():
    kind, num = device_id()
    num2 = maybe_hard(num, 0.1)
    t = pick([
        f'{kind}：{num2}',
        f'植入记录：{pick(["Medtronic", "雅培", "百多力", "微创", "Boston Scientific"])}，{kind} {num2}',
        f'{pick(GREET)}我爸的{kind}是{num2}，做核磁前需要确认什么',
        f'{num2}（{kind}），已登记到随访系统',
        f'远程监测平台显示{kind}{num2}的设备电量偏低。',
        f'手机丢了，{kind} {num2}，里面有孩子的血糖数据' if kind.startswith('IMEI') else f'设备卡上写着 {kind} {num2}',
    ])
    return t, ['device_identifier']


@cat('other_number', 38)
def g_other_number():
    kind, num = other_number()
    num2 = maybe_hard(num, 0.1)
    t = pick([
        f'{kind}：{num2}',
        f'{pick(GREET)}我的{kind}是{num2}，能帮忙开证明吗',
        f'{num2}（{kind}）',
        f'报销需要{kind}，是{num2}',
        f'{kind} {num2}，麻烦核对一下',
        f'材料里附了{kind}{num2}，请查收。',
    ])
    return t, ['other_number']


@cat('name_other', 12)
def g_name_other():
    n = any_name()
    kind, num = other_number()
    t = pick([f'{n}，{kind}{num}', f'姓名：{n}；{kind}：{num}', f'{n}的{kind}是{num}', f'请核对{n}的{kind}：{num}'])
    return t, ['person_name', 'other_number']


# ---------------------------------------------------------------- combos
@cat('combo_msg', 40)
def g_combo_msg():
    n = any_name()
    parts = [('person_name', f'我是{n}')]
    opts = [('phone_number', f'电话{any_phone()}'), ('email', f'邮箱{email()}'),
            ('exact_date', f'{a_date(style=pick(["cn_noy", "cn", "iso"]))}那天做的手术'),
            ('medical_record_number', '住院号' + digits(7)), ('social_account', f'微信{wechat_id()}'),
            ('resident_id', f'身份证{resident_id("ok")}'), ('street_address', f'住在{cn_address()}'),
            ('passport_number', f'护照{passport()[1]}'), ('health_plan_number', f'医保卡号{health_plan()[1]}')]
    rng.shuffle(opts)
    k = rng.randint(1, 2)
    parts += opts[:k]
    body = '，'.join(p for _, p in parts)
    t = f'{pick(GREET)}{body}，{pick(["想问问复查的事", "请尽快回复", "药快吃完了", "报告能不能寄给我", "我想改预约时间", "想开个诊断证明"])}。{pick(THANKS)}'
    kinds = sorted({k for k, _ in parts})
    return t, kinds


@cat('combo_record', 15)
def g_combo_record():
    n = patient_name()
    d = a_date(style=pick(['iso', 'cn', 'dot']))
    kind, num = mrn()
    t = pick([f'{n}，{kind}{num}，{d}入院', f'患者：{n} | {kind}：{num} | 手术日期：{d}',
              f'{d} {n}（{kind} {num}）转入{pick(DEPTS)}'])
    return t, ['exact_date', 'medical_record_number', 'person_name']


@cat('combo_foreign', 15)
def g_combo_foreign():
    n = foreign_lat(pick(['plain', 'caps']))
    kind, num = passport()
    dob = dob_date()
    t = pick([f'{n}, passport {num}, DOB {dob}', f'姓名：{n}；护照号：{num}；出生日期：{dob}',
              f'Пациент {n}, паспорт {num}, дата рождения {dob}'])
    return t, ['date_of_birth', 'passport_number', 'person_name']


@cat('combo_travel', 10)
def g_combo_travel():
    n = any_name()
    d = a_date(style=pick(['cn_noy', 'cn', 'iso']))
    num = other_number()
    v = f'电子客票号 {pick(["781", "880", "999"])}-{digits(10)}'
    t = pick([f'{n}，{d}乘机来院，{v}', f'陪同家属{n}的机票：{v}，{d}出发'])
    return t, ['exact_date', 'other_number', 'person_name']


# ================================================================ clean
DRUGS = ['阿司匹林', '氯吡格雷', '替格瑞洛', '阿托伐他汀', '瑞舒伐他汀', '二甲双胍', '甘精胰岛素',
         '达格列净', '司美格鲁肽', '奥希替尼', '帕博利珠单抗', '信迪利单抗', '曲妥珠单抗', '伊马替尼',
         '利妥昔单抗', '甲氨蝶呤', '泼尼松', '他克莫司', '头孢曲松', '美罗培南', '万古霉素', '利奈唑胺',
         '奥美拉唑', '呋塞米', '螺内酯', '华法林', '利伐沙班', '左甲状腺素钠', '丙戊酸钠', '左乙拉西坦',
         '布洛芬', '对乙酰氨基酚', '吗啡', '芬太尼', '丙泊酚', '阿莫西林', '林可霉素', '甘露醇']
DOSES = ['100 mg', '75mg', '20 mg', '0.5 g', '1 g', '500mg', '10 U', '4000 IU', '0.25 mg', '2.5mg',
         '200 mg', '40mg', '5 mg/kg', '15 mg/kg', '1.2 g', '80 mg', '0.1 mg/kg', '25 μg']
FREQ = ['每日一次', '每日两次', 'qd', 'bid', 'tid', '每8小时一次', 'q12h', '睡前', '餐后', '每周一次', '每3周一次']


@cat('clean_dose', 50)
def c_dose():
    d = pick(DRUGS)
    t = pick([
        f'{d} {pick(DOSES)} {pick(FREQ)}口服。',
        f'术后给予{d}{pick(DOSES)}，{pick(FREQ)}。',
        f'医生把{d}从{pick(DOSES)}减到了{pick(DOSES)}。',
        f'请问{d}{pick(DOSES)}可以掰开吃吗？',
        f'{d}静脉滴注，{pick(DOSES)}，{pick(FREQ)}，疗程{rng.randint(5, 14)}天。',
        f'孩子体重{rng.randint(8, 40)}公斤，{d}按{pick(["10 mg/kg", "15 mg/kg", "0.3 mg/kg"])}给药。',
        f'漏服一次{d}怎么办，需要补吃吗',
    ])
    return t, []


@cat('clean_lab', 60)
def c_lab():
    t = pick([
        f'血红蛋白{rng.randint(62, 160)} g/L，血小板{rng.randint(20, 450)}×10⁹/L。',
        f'肌酐{rng.randint(45, 900)} μmol/L，eGFR {rng.randint(6, 110)} mL/min/1.73m²。',
        f'糖化血红蛋白从{rng.randint(80, 130) / 10}%降到了{rng.randint(55, 75) / 10}%。',
        f'LDL-C {rng.randint(12, 55) / 10} mmol/L，目标值<1.8 mmol/L。',
        f'TSH {rng.randint(1, 90) / 10} mIU/L（参考范围0.27–4.2）。',
        f'CRP {rng.randint(1, 250)} mg/L，PCT {rng.randint(1, 300) / 100} ng/mL。',
        f'肌钙蛋白I {rng.randint(1, 500) / 100} ng/mL，明显高于参考上限。',
        f'空腹血糖{rng.randint(40, 220) / 10} mmol/L，餐后2小时{rng.randint(60, 250) / 10} mmol/L。',
        f'白细胞{rng.randint(10, 250) / 10}×10⁹/L，中性粒细胞占{rng.randint(40, 95)}%。',
        f'CEA {rng.randint(5, 900) / 10} ng/mL，CA19-9 {rng.randint(5, 1200)} U/mL。',
        f'血钾{rng.randint(28, 62) / 10} mmol/L，血钠{rng.randint(120, 150)} mmol/L。',
        f'NT-proBNP {rng.randint(120, 35000)} pg/mL。',
        f'我的尿酸是{rng.randint(300, 650)}，需要吃药吗？',
        f'INR {rng.randint(10, 45) / 10}，华法林剂量暂不调整。',
        f'谷丙转氨酶{rng.randint(8, 900)} U/L，总胆红素{rng.randint(5, 400)} μmol/L。',
    ])
    return t, []


@cat('clean_vitals', 40)
def c_vitals():
    t = pick([
        f'血压{rng.randint(85, 210)}/{rng.randint(45, 125)} mmHg，心率{rng.randint(40, 150)}次/分。',
        f'入院时体温{rng.randint(360, 412) / 10}℃，血氧饱和度{rng.randint(70, 99)}%。',
        f'在家量的血压是{rng.randint(120, 180)}/{rng.randint(70, 110)}，早上高晚上低，正常吗',
        f'BP {rng.randint(90, 190)}/{rng.randint(50, 110)}，HR {rng.randint(50, 130)}，RR {rng.randint(12, 35)}，SpO₂ {rng.randint(85, 100)}%',
        f'术中平均动脉压维持在{rng.randint(60, 85)} mmHg以上。',
        f'孩子出生体重{rng.randint(600, 4200)}克，身长{rng.randint(30, 54)}厘米。',
        f'BMI {rng.randint(160, 420) / 10} kg/m²，腰围{rng.randint(70, 130)} cm。',
        f'射血分数（EF）从{rng.randint(15, 35)}%恢复到{rng.randint(40, 65)}%。',
    ])
    return t, []


@cat('clean_score', 40)
def c_score():
    t = pick([
        f'NIHSS评分{rng.randint(0, 30)}分，GCS {rng.randint(3, 15)}分。',
        f'Apgar评分1分钟{rng.randint(1, 9)}分，5分钟{rng.randint(5, 10)}分。',
        f'CHA₂DS₂-VASc评分{rng.randint(0, 9)}分，HAS-BLED评分{rng.randint(0, 5)}分。',
        f'ECOG评分{rng.randint(0, 3)}分，可耐受化疗。',
        f'疼痛评分（NRS）从{rng.randint(6, 10)}分降到{rng.randint(0, 3)}分。',
        f'Child-Pugh {pick("ABC")}级，MELD评分{rng.randint(8, 40)}。',
        f'SOFA评分{rng.randint(2, 18)}分，APACHE Ⅱ评分{rng.randint(8, 35)}分。',
        f'Barthel指数{rng.randint(0, 20) * 5}分，日常生活需部分协助。',
        f'Gleason评分{pick(["3+3=6", "3+4=7", "4+3=7", "4+4=8", "4+5=9"])}，ISUP分级{rng.randint(1, 5)}级。',
        f'PHQ-9得分{rng.randint(0, 27)}，建议心理科随访。',
        f'mRS {rng.randint(0, 5)}分，Fugl-Meyer上肢{rng.randint(10, 66)}分。',
    ])
    return t, []


GENES = ['EGFR 19del', 'EGFR L858R', 'EGFR T790M', 'ALK融合', 'ROS1融合', 'KRAS G12C', 'BRAF V600E',
         'BRCA1 c.5266dupC', 'BRCA2 c.5946delT', 'TP53 R273H', 'HER2扩增', 'MET 14号外显子跳跃突变',
         'NTRK融合', 'JAK2 V617F', 'BCR-ABL1', 'FLT3-ITD', 'NPM1突变', 'IDH1 R132H', 'MLH1缺失',
         'CFTR F508del', 'SMN1纯合缺失', 'HLA-B*58:01', 'CYP2C19*2', 'DMD基因外显子45-50缺失',
         'PIK3CA H1047R', 'RET融合', 'FGFR2融合', 'GJB2 c.235delC']


@cat('clean_gene', 45)
def c_gene():
    g = pick(GENES)
    t = pick([
        f'基因检测提示{g}，适合靶向治疗。',
        f'二代测序发现{g}，突变丰度{rng.randint(1, 60)}.{rng.randint(0, 9)}%。',
        f'{g}阳性的患者对这类药物反应较好。',
        f'我家孩子查出来{g}，是遗传的吗？',
        f'携带{g}的人群需要调整用药。',
        f'PD-L1 TPS {rng.randint(1, 95)}%，{g}阴性。',
        f'TMB {rng.randint(1, 30)} mut/Mb，MSI-H。',
        f'染色体核型46,XX，t(9;22)(q34;q11)。',
        f'外显子测序共检出{rng.randint(2, 9)}个意义未明的变异（VUS）。',
    ])
    return t, []


@cat('clean_trial', 40)
def c_trial():
    n = pick([f'NCT0{digits(7, "0123456789")}', f'ChiCTR{pick(["2000", "2100", "2200", "2300", "2400"])}{digits(6, "0123456789")}',
              f'ChiCTR-{pick(["IOR", "TRC", "OPC"])}-{rng.randint(14, 17)}{digits(6, "0123456789")}'])
    t = pick([
        f'该研究已在{"ClinicalTrials.gov" if n.startswith("NCT") else "中国临床试验注册中心"}注册（{n}）。',
        f'患者入组了一项Ⅲ期临床试验，注册号{n}。',
        f'试验编号：{n}',
        f'请问{n}这个研究还在招募吗？我妈妈符合条件吗',
        f'本文数据来自{n}研究的亚组分析。',
        f'{n} 研究结果显示，中位无进展生存期延长了{rng.randint(3, 14)}个月。',
    ])
    return t, []


@cat('clean_code', 40)
def c_code():
    t = pick([
        f'出院诊断编码：{pick(["I21.0", "I63.9", "E11.9", "C34.1", "C50.9", "J18.9", "N18.5", "K74.6", "S72.0", "Q21.1", "O60.1", "G40.9"])}。',
        f'ICD-10 {pick(["I10", "E03.9", "K50.9", "M32.1", "C16.9", "F32.1"])}，ICD-9-CM-3 {pick(["36.06", "81.51", "39.61", "37.83"])}。',
        f'ATC分类{pick(["B01AC06", "C10AA05", "A10BA02", "L01EB04", "L01FF02", "N02BE01", "J01DD04", "H03AA01"])}。',
        f'DRG分组{pick(["FM19", "BR23", "ES21", "GB15"])}，按病种付费。',
        f'ICD-11编码{pick(["BA41", "5A11", "2C25", "CA40", "8B11"])}用于统计。',
        f'医保目录甲类，ATC代码{pick(["C09CA01", "R03BA02", "A02BC01", "M01AE01"])}。',
        f'本病例DRG权重{rng.randint(8, 45) / 10}。',
    ])
    return t, []


@cat('clean_monthyear', 45)
def c_monthyear():
    y = rng.randint(2008, 2024)
    m = rng.randint(1, 12)
    my = pick([f'{y}年{m}月', f'{y}年{cn_num(m)}月', f'{y}.{m:02d}', f'{y}-{m:02d}', f'{y}年{m}月初',
               f'{y}年{m}月中旬', f'{y}年{m}月下旬', f'{y}年底', f'{y}年春天', f'去年{m}月', f'{m}月份',
               f'{y}年第{rng.randint(1, 4)}季度', fw(f'{y}年{m}月')])
    t = pick([
        f'{my}，患者开始出现乏力、体重下降。',
        f'{my}复查PET-CT，未见复发。',
        f'我们是{my}来的北京，住了快两个月。',
        f'{my}起改为口服靶向药。',
        f'这个病从{my}开始就反反复复。',
        f'{my}完成第{rng.randint(1, 8)}周期化疗。',
        f'孩子{my}确诊，到现在已经一年多了。',
    ])
    return t, []


@cat('clean_year', 35)
def c_year():
    y = rng.randint(1965, 2024)
    t = pick([
        f'{y}年，她第一次被诊断出高血压。',
        f'早在{y}年，本院就开展了这项技术。',
        f'{y}年至今累计完成{rng.randint(100, 5000)}例手术。',
        f'患者{rng.randint(1940, 2010)}年出生，系家中长子。',
        f'他{y}年从部队退伍后一直在工地干活。',
        f'本指南于{y}年首次发布。',
        f'{y}年以来，{pick(DEPTS)}共接诊外籍患者{rng.randint(50, 900)}人次。',
        f'{y}届毕业生里有{rng.randint(5, 40)}人选择了儿科。',
    ])
    return t, []


@cat('clean_age', 45)
def c_age():
    old = pick([f'{rng.randint(60, 89)}岁', '八十九岁', '89岁', f'{rng.randint(70, 89)}周岁', '年近八旬',
                f'{cn_num(rng.randint(6, 8) * 10)}多岁', '七旬', '88 岁', '八十有六'])
    kid = pick([f'{rng.randint(1, 11)}个月大', f'出生{rng.randint(2, 28)}天', f'{rng.randint(1, 12)}岁',
                f'{rng.randint(2, 6)}岁半', '刚满月'])
    adult = pick([f'{rng.randint(18, 89)}岁', f'{rng.randint(18, 89)}周岁', f'{rng.randint(18, 89)} 岁'])
    t = pick([
        f'{adult}的患者因{pick(DISEASES)}入院。',
        f'这位{old}的老人是第一次坐飞机。',
        f'我家宝宝{kid}，一直咳嗽，需要拍片吗？',
        f'患者男，{adult}，既往有{pick(["高血压", "糖尿病", "冠心病", "哮喘"])}病史。',
        f'{old}做这个手术风险大吗？',
        f'年龄：{pick([old, adult])}',
        f'本组患者年龄{rng.randint(18, 40)}～{rng.randint(60, 89)}岁，中位年龄{rng.randint(45, 70)}岁。',
        f'患儿{kid}，{pick(["反复喘息", "发热3天", "体重不增", "黄疸不退"])}。',
    ])
    return t, []


@cat('clean_money', 40)
def c_money():
    t = pick([
        f'整个治疗花费约{rng.randint(2, 60)}万元，医保报销了{rng.randint(40, 85)}%。',
        f'这个药一支{rng.randint(300, 9000)}元，能进医保吗？',
        f'押金需要交多少？听说要{rng.randint(1, 10)}万。',
        f'自费部分约¥{rng.randint(1, 99)},{digits(3, "0123456789")}。',
        f'手术费用大概{rng.randint(3, 30)}万人民币，折合约{rng.randint(2, 20)}00万坚戈。',
        f'检查总共{rng.randint(200, 3000)}.{rng.randint(10, 99)}元，发票已开。',
        f'Сколько стоит операция? Бюджет около {rng.randint(5, 50)} тысяч долларов.',
        f'门诊挂号费{rng.randint(5, 100)}元，特需门诊{rng.randint(200, 800)}元。',
        f'慈善基金为患儿资助了{rng.randint(2, 10)}万元。',
        f'CAR-T治疗单次费用约{rng.randint(99, 130)}万元。',
    ])
    return t, []


@cat('clean_duration', 40)
def c_duration():
    t = pick([
        f'住院{rng.randint(3, 60)}天后顺利出院。',
        f'手术历时{rng.randint(2, 14)}小时{rng.randint(5, 55)}分钟。',
        f'术后需要卧床{rng.randint(1, 6)}周，{rng.randint(3, 6)}个月内避免剧烈运动。',
        f'ECMO支持了{rng.randint(3, 30)}天。',
        f'化疗每{rng.randint(2, 4)}周一个周期，一共{rng.randint(4, 8)}个周期。',
        f'从发病到开通血管只用了{rng.randint(40, 120)}分钟。',
        f'我已经等了{rng.randint(2, 10)}个月了，还没排上手术',
        f'激素要吃多久？医生说至少{rng.randint(3, 24)}个月。',
        f'随访{rng.randint(1, 10)}年，未见复发。',
        f'在ICU待了{rng.randint(2, 40)}天，瘦了{rng.randint(5, 20)}斤。',
    ])
    return t, []


@cat('clean_time', 35)
def c_time():
    h = rng.randint(0, 23)
    mi = rng.randint(0, 59)
    tm = pick([f'{h}:{mi:02d}', f'凌晨{rng.randint(1, 5)}点', f'晚上{rng.randint(7, 11)}点{rng.randint(1, 5) * 10}分',
               f'上午{rng.randint(8, 11)}点半', f'下午{rng.randint(1, 5)}点', f'{h}时{mi}分', f'中午12点'])
    t = pick([
        f'{tm}，急诊接到了{pick(["胸痛", "车祸", "卒中", "中毒"])}患者。',
        f'手术从早上8点开始，一直做到{tm}。',
        f'请问抽血是{tm}之前吗？要空腹几个小时？',
        f'每天{tm}服药一次。',
        f'门诊时间为周一至周五8:00—17:00，周六上午半天。',
        f'{tm}，孩子第一次自主呼吸。',
        f'探视时间：每天{rng.randint(14, 16)}:00—{rng.randint(17, 19)}:00。',
    ])
    return t, []


@cat('clean_place', 50)
def c_place():
    t = pick([
        f'患者来自{pick(COUNTRIES)}{pick(CITIES_FOREIGN)}，经{pick(["霍尔果斯口岸", "乌鲁木齐转机", "二连浩特", "广州"])}来院。',
        f'从{pick(CITIES_FOREIGN)}到{pick(CITIES_CN)}，算上转机大约要{rng.randint(4, 20)}个小时。',
        f'这是今年收治的第{rng.randint(2, 90)}位来自{pick(COUNTRIES)}的患者。',
        f'我们住在{pick(CITIES_CN)}郊区，来一趟要坐{rng.randint(2, 20)}个小时的火车。',
        f'{pick(COUNTRIES)}的医生建议截肢，家属不甘心。',
        f'从{pick(CITIES_FOREIGN)}来的患者越来越多。',
        f'我在{pick(["新疆", "内蒙古", "西藏", "青海", "甘肃"])}牧区，离最近的县医院也有{rng.randint(50, 300)}公里。',
        f'{pick(CITIES_CN)}和{pick(CITIES_FOREIGN)}两地医生进行了远程会诊。',
    ])
    return t, []


@cat('clean_hospital', 40)
def c_hospital():
    t = pick([
        f'{pick(HOSPITALS)}{pick(DEPTS)}牵头组织了多学科会诊。',
        f'患者先后在{pick(HOSPITALS)}和{pick(HOSPITALS)}就诊。',
        f'请问{pick(DEPTS)}在门诊楼几层？',
        f'{pick(DEPTS)}和{pick(DEPTS)}联合查房后决定手术。',
        f'本院{pick(DEPTS)}是国家临床重点专科。',
        f'转诊到{pick(HOSPITALS)}需要哪些手续？',
        f'{pick(HOSPITALS)}国际医疗部提供俄语、哈萨克语翻译服务。',
        f'{pick(DEPTS)}护理团队获评“{pick(["优质护理示范病房", "青年文明号", "巾帼文明岗"])}”。',
    ])
    return t, []


BRANDS = ['达芬奇Xi', 'Medtronic Micra', '雅培FreeStyle Libre', '德康G7', 'Apple Watch', '华为Watch',
          'Philips呼吸机', 'GE Revolution CT', 'Siemens 3.0T磁共振', 'Impella', '美敦力MiniMed 780G',
          '强生Ethicon', 'Cochlear人工耳蜗', 'Zeiss IOL', 'Omnipod', '鱼跃制氧机', '欧姆龙血压计', '小米手环']


@cat('clean_brand', 35)
def c_brand():
    b = pick(BRANDS)
    t = pick([
        f'医院新引进了{b}，已完成{rng.randint(10, 500)}例。',
        f'我用的是{b}，数据能不能同步给医生？',
        f'{b}的电池一般能用几年？',
        f'患者佩戴{b}监测，夜间未见低血糖。',
        f'用{b}测的结果和医院的差得多吗',
        f'{b}适合{rng.randint(2, 80)}岁的患者吗？',
    ])
    return t, []


EPONYMS = ['克罗恩病', '桥本甲状腺炎', '帕金森病', '阿尔茨海默病', '马凡综合征', '川崎病', '唐氏综合征',
           '格林-巴利综合征', '库欣综合征', '艾迪生病', '霍奇金淋巴瘤', '肯尼迪病', '亨廷顿病', '雷诺现象',
           '法洛四联症', '威尔逊病', '贝赫切特病', '布加综合征', '吉尔伯特综合征', '夏科-马里-图斯病',
           '梅尼埃病', '卡波西肉瘤', '伯基特淋巴瘤', '斯蒂尔病', '巴雷特食管', 'Crohn病', 'Graves病', 'Tourette综合征']


@cat('clean_eponym', 40)
def c_eponym():
    e = pick(EPONYMS)
    t = pick([
        f'{e}是一种慢性疾病，需要长期管理。',
        f'患者确诊{e}已有{rng.randint(2, 20)}年。',
        f'请问{e}会遗传给孩子吗？',
        f'{e}患者的饮食有什么要注意的？',
        f'本期科普：如何早期识别{e}。',
        f'合并{e}的孕妇需要多学科共同管理。',
        f'本院设有{e}专病门诊。',
    ])
    return t, []


@cat('clean_alias', 55)
def c_alias():
    a = pick(['A女士', 'B先生', 'C小朋友', '患者张某', '王某', '李某某', '刘某', '小A', '患儿D', 'Mr. K',
              'Ms. A', '患者甲', '患者M', '陈某', 'X女士', '患者黄某', '周某某',
              'Y先生', '病例1', '患者乙', '孕妇W'])
    t = pick([
        f'{a}，{rng.randint(20, 85)}岁，因{pick(DISEASES)}入院。',
        f'{a}术后恢复良好，已返回家乡。',
        f'（为保护隐私，文中患者称为{a}。）',
        f'{a}的家属同意我们分享这个故事。',
        f'{a}说，最难熬的是等待病理结果的那几天。',
        f'{a}来自{pick(COUNTRIES)}，在当地辗转多家医院。',
        f'病例汇报：{a}，{pick(["男", "女"])}，主诉{pick(["胸闷3天", "腹痛1周", "发热伴咳嗽5天", "头痛2月"])}。',
    ])
    return t, []


@cat('clean_job', 40)
def c_job():
    j = pick(['主任医师', '副主任医师', '主治医师', '住院医师', '规培医生', '护士长', '责任护士', '营养师',
              '康复治疗师', '药剂师', '麻醉医生', '科主任', '院长', '医务社工', '志愿者', '翻译', '陪诊员',
              '心理咨询师', '呼吸治疗师', '个案管理师', '管床医生', '值班医生'])
    t = pick([
        f'{pick(DEPTS)}的{j}每天都会来病房看她。',
        f'一位{j}在朋友圈写下了这段经历。',
        f'{j}耐心地教家属如何更换敷料。',
        f'请问可以找{j}咨询一下吗？',
        f'由{j}、{pick(["营养师", "药师", "康复师"])}和社工组成的团队为患者制定了出院计划。',
        f'“我们不只是治病，还要治心。”一位{j}这样说。',
        f'夜班{j}发现患者血压下降，立即呼叫了上级医生。',
    ])
    return t, []


@cat('clean_relation', 40)
def c_relation():
    r = pick(['她的哥哥', '患者的妻子', '孩子的外婆', '他的两个女儿', '老人的儿子', '患儿父母', '她的丈夫',
              '患者的同事', '邻居', '他的弟弟', '孩子的姑姑', '一位远房亲戚', '室友', '老伴', '儿媳'])
    t = pick([
        f'{r}专门请了长假来医院陪护。',
        f'{r}捐献了一部分肝脏。',
        f'“我一定要让他好起来。”{r}说。',
        f'{r}在走廊里来回踱步，等待手术结束。',
        f'最后是{r}签的手术同意书。',
        f'我是患者{pick(["女儿", "儿子", "妻子", "侄子", "孙女"])}，想问下探视规定。',
        f'{r}每周从{pick(CITIES_CN + CITIES_FOREIGN)}飞来看望一次。',
    ])
    return t, []


BOOKS = ['《内科学》第9版', '《哈里森内科学》', '《协和内科住院医师手册》', '《当呼吸化为空气》',
         '《最好的告别》', '《默克诊疗手册》', '《实用儿科学》', '《外科学》第十版', '《众病之王》',
         '《希氏内科学》', '《坎贝尔骨科手术学》', '《只有医生知道》', '《中国药典》2020年版']


@cat('clean_book', 30)
def c_book():
    b = pick(BOOKS)
    t = pick([
        f'住院期间，他读完了{b}。',
        f'{b}里对这种病有详细描述。',
        f'推荐患者家属阅读{b}。',
        f'请问{b}哪里能买到？',
        f'这段话出自{b}，让很多医学生动容。',
    ])
    return t, []


GUIDES = ['《中国高血压防治指南（2024年修订版）》', 'CSCO非小细胞肺癌诊疗指南2023', 'NCCN指南v3.2024',
          'ESC 2023心衰指南', 'KDIGO 2024', 'GOLD 2024', 'ADA 2024糖尿病诊疗标准', '《中国2型糖尿病防治指南（2020年版）》',
          'AHA/ASA卒中指南2019', 'WHO 2022肿瘤分类第5版', 'AJCC第8版分期', 'ERAS中国专家共识2021',
          '《新型冠状病毒感染诊疗方案（试行第十版）》', 'GINA 2023', 'EULAR 2022推荐']


@cat('clean_guideline', 35)
def c_guideline():
    g = pick(GUIDES)
    t = pick([
        f'根据{g}，该患者属于高危人群。',
        f'{g}推荐将其作为一线治疗。',
        f'治疗方案参照{g}制定。',
        f'{g}更新了哪些内容？',
        f'按照{g}，分期为{pick(["ⅠA", "ⅡB", "ⅢA", "ⅣB", "T2N1M0", "T3N0M0"])}。',
    ])
    return t, []


SW_COND = ['高血压', '黄疸', '白内障', '向心性肥胖', '杨梅舌', '陈旧性心梗', '钱币样湿疹', '高热惊厥',
           '牛皮癣', '单纯疱疹', '夏季腹泻', '习惯性流产', '史密斯骨折', '孔源性视网膜脱离', '方颅',
           '黎明现象', '苏醒延迟', '周期性发热', '金黄色葡萄球菌感染', '严重感染', '毛细血管扩张',
           '白细胞减少', '钟摆样眼震', '易感体质', '曾经晕厥', '管型尿', '包虫病', '谷丙转氨酶升高']
SW_DRUG = ['林可霉素', '甘露醇', '龙胆紫', '潘生丁', '鲁米那', '叶酸', '白蛋白', '黄芪', '雷公藤', '熊胆粉',
           '胡萝卜素', '安慰剂', '金银花', '石斛', '田七粉', '常山', '马齿苋', '金钱草']
SW_CARE = ['石膏固定', '康复训练', '伤口包扎', '严格卧床', '戴口罩', '拆线', '全麻术后', '温度监测']
SW_ADMIN = ['常规复查', '方案调整', '程序化镇痛', '余量评估', '付费方式', '文献复习', '高值耗材管理', '周末值班']


@cat('clean_surname_word', 60)
def c_surname_word():
    c1, c2 = pick(SW_COND), pick(SW_COND)
    d = pick(SW_DRUG)
    k = pick(SW_CARE)
    t = pick([
        f'患者出现{c1}，已对症处理。',
        f'关于{c1}，很多家长有误解。',
        f'医生说{c1}不用太担心，定期复查就行',
        f'科普：{c1}到底是怎么回事？',
        f'问：{c1}要紧吗？答：需要结合检查结果综合判断。',
        f'{c1}合并{c2}的病例并不少见。',
        f'{d}可以长期服用吗？',
        f'{d}的用法用量请遵医嘱。',
        f'医生开了{d}，说先用一周看看。',
        f'出院须知里写了{k}的注意事项。',
        f'{k}期间如有{c1}表现，请及时就诊。',
        f'护士详细讲解了{k}的要点。',
        f'今天的科室会议讨论了{pick(SW_ADMIN)}。',
        f'{pick(SW_ADMIN)}的具体流程见附件。',
        f'如有任何不适，请及时就诊；{k}期间也要注意休息。',
    ])
    return t, []


DRUG_CLASS = {'阿司匹林': '抗血小板药', '氯吡格雷': '抗血小板药', '阿托伐他汀': '他汀类', '瑞舒伐他汀': '他汀类',
              '二甲双胍': '双胍类降糖药', '达格列净': 'SGLT2抑制剂', '奥希替尼': 'EGFR-TKI', '帕博利珠单抗': 'PD-1抑制剂',
              '信迪利单抗': 'PD-1抑制剂', '奥美拉唑': '质子泵抑制剂', '他克莫司': '钙调磷酸酶抑制剂',
              '左乙拉西坦': '抗癫痫药', '美罗培南': '碳青霉烯类抗生素', '利伐沙班': '新型口服抗凝药', '呋塞米': '袢利尿剂'}


@cat('clean_drug', 25)
def c_drug():
    d1, d2 = pick(DRUGS), pick(DRUGS)
    d3 = pick(sorted(DRUG_CLASS))
    t = pick([
        f'{d1}和{d2}能一起吃吗？',
        f'{d3}属于{DRUG_CLASS[d3]}。',
        f'因{pick(["皮疹", "肝功能异常", "胃肠道反应", "出血"])}，将{d1}换为{d2}。' if d1 != d2 else f'{d1}需要饭后吃吗？',
        f'{d1}在哈萨克斯坦买不到，能在中国开几个月的量？',
        f'{d1}已纳入国家医保谈判目录。',
        f'{d3}是一种{DRUG_CLASS[d3]}，常见副作用有哪些？',
    ])
    return t, []


@cat('clean_msg', 70)
def c_msg():
    t = pick([
        f'{pick(GREET)}请问{pick(DEPTS)}周末有门诊吗？{pick(THANKS)}',
        f'{pick(GREET)}我妈{rng.randint(50, 85)}岁，{pick(["膝盖疼", "老是失眠", "血糖控制不好", "经常心慌"])}，挂哪个科？',
        f'{pick(GREET)}外国人怎么在网上预约？没有中国身份证可以吗',
        f'医生，孩子吃了药还是{pick(["吐", "拉肚子", "咳嗽", "发烧38度5"])}，要不要再来医院',
        f'{pick(GREET)}做胃镜前一天晚上几点以后不能吃东西？',
        f'Здравствуйте, можно ли приехать на лечение без визы? {pick(THANKS)}',
        f'hello，do you have english speaking doctor in {pick(DEPTS)}？',
        f'请问核酸还要做吗，陪护要什么证明',
        f'{pick(GREET)}报告上写{pick(["结节", "钙化灶", "低回声", "磨玻璃影"])}，严重吗？',
        f'上次来看病忘了拿发票，可以补开吗{pick(THANKS)}',
        f'我在{pick(CITIES_FOREIGN)}，想把片子发给你们看看，怎么发比较好？',
        f'{pick(GREET)}住院押金可以用Visa卡付吗？',
        f'医院附近有没有便宜点的宾馆，我们要住一个月左右',
        f'{pick(GREET)}医生说下个月复查，具体哪天还没定，到时候怎么通知我？',
        f'你们的翻译服务收费吗？我们只会说{pick(["俄语", "哈萨克语", "蒙古语", "阿拉伯语"])}',
        f'孩子术后{rng.randint(2, 12)}周了，可以洗澡了吗',
        f'想给{pick(DEPTS)}的医生护士送面锦旗，可以吗？',
        f'在线问诊一直显示排队中，是系统坏了吗？？',
    ])
    return t, []


@cat('clean_caption', 40)
def c_caption():
    t = pick([
        f'图为{pick(DEPTS)}医护团队在手术室合影。',
        f'▲ 患儿出院时向医护人员挥手告别（患者家属供图）',
        f'图：多学科团队讨论{pick(DISEASES)}病例。',
        f'术前三维重建影像。',
        f'{pick(DEPTS)}护士为老人洗头。（医院宣传科供图）',
        f'视频：一场跨越{rng.randint(2000, 5000)}公里的生命接力',
        f'图片来源：{pick(["本院宣传处", "视觉中国", "受访者供图", "国际医疗部"])}',
        f'来自{pick(COUNTRIES)}的小患者在病房里画画。',
        f'左：术前X线片；右：术后{rng.randint(1, 12)}个月复查。',
        f'医护人员为患者庆祝{rng.randint(5, 80)}岁生日。',
    ])
    return t, []


@cat('clean_timeline', 30)
def c_timeline():
    t = pick([
        f'第{rng.randint(1, 30)}天：拔除胸腔引流管。',
        f'术后第{rng.randint(1, 14)}天，患者开始下床活动。',
        f'D{rng.randint(1, 30)}：中性粒细胞恢复，停用抗生素。',
        f'入院第{cn_num(rng.randint(2, 9))}天，转出ICU。',
        f'{pick(["周一", "周三", "周五", "上周末", "昨天", "今天上午", "前天夜里"])}，患者第一次吃了流食。',
        f'第{rng.randint(2, 6)}周期化疗后复查，肿瘤缩小约{rng.randint(20, 70)}%。',
        f'移植后+{rng.randint(10, 100)}天，植入成功。',
        f'POD{rng.randint(1, 10)}，体温正常，切口愈合良好。',
    ])
    return t, []


# ================================================================ main
KINDS = ['person_name', 'exact_date', 'date_of_birth', 'age_over_89', 'phone_number', 'email', 'web_address',
         'ip_address', 'social_account', 'street_address', 'postal_code', 'geolocation', 'passport_number',
         'national_id', 'resident_id', 'medical_record_number', 'health_plan_number', 'account_number',
         'licence_number', 'vehicle_identifier', 'device_identifier', 'other_number']


def main():
    rows = []
    seen = set()
    for name, target, fn in CATS:
        got = 0
        tries = 0
        while got < target and tries < target * 60:
            tries += 1
            sent, kinds = fn()
            sent = ' '.join(sent.replace('\t', ' ').split()) if '\n' in sent else sent.replace('\t', ' ').strip()
            if sent in seen:
                continue
            assert all(k in KINDS for k in kinds), (name, kinds)
            assert name.startswith('clean_') == (not kinds), name
            seen.add(sent)
            rows.append((name, ','.join(sorted(set(kinds))) if kinds else '-', sent))
            got += 1
        if got < target:
            print(f'warning: {name} only {got}/{target}')
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'deid_generated_zh_heldout15.tsv')
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('category\texpected_kinds\tsentence\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    clean = sum(1 for r in rows if r[1] == '-')
    counts = {k: 0 for k in KINDS}
    for r in rows:
        if r[1] != '-':
            for k in r[1].split(','):
                counts[k] += 1
    print(f'rows {len(rows)}  clean {clean}  with identifiers {len(rows) - clean}')
    for k in KINDS:
        print(f'  {k:22s} {counts[k]}')


if __name__ == '__main__':
    main()
