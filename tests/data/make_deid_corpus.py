"""Generate the labelled de-identification corpus: English and Chinese, a development part and held-out parts.

Run `python tests/data/make_deid_corpus.py` to write `deid_generated_{en,zh}_{part}.tsv` beside this
file, for the parts dev, heldout, heldout2, heldout3, heldout4 and heldout5. The output is
deterministic (fixed seeds), so the files in the repository are exactly what this script makes.

How the corpus is built, and why the held-out parts measure honestly:

- Each category (an identifier kind, or a kind of clean but tricky sentence) has its own sentence
  templates, written for this project, and value makers that draw a fresh value in one of several
  surface forms (a phone number with "+", with "00", grouped or not; an ID with a valid or a wrong
  check digit; a name with or without a title …).
- The templates of the first held-out part were dealt out with the development part's: about three
  in five for development, the rest held out. Each later held-out part was written afresh, with new
  templates and new surface forms, after the one before it had been used up, and committed before
  the scanner was run on it. A held-out sentence therefore never shares its wording with a
  development sentence. The scanner was tuned on the development files, and on each held-out part
  only after its one recorded run (README).
- Half the sentences of each part hold identifiers, half are clean.

Columns: `category` (what the sentence was made to test), `expected_kinds` (the scanner kinds that
count as finding it, "-" for a clean sentence) and `sentence`; rows about the consent record's real
names have a fourth, `consent_names` (the names entered on the consent form, separated by "|").
"""

import random
import string
from collections.abc import Callable
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
SEED = 20261201
SENTENCES_PER_CATEGORY = {"en": 1300, "zh": 1300}
DEVELOPMENT_SHARE = 0.6

# --- value makers ----------------------------------------------------------------------------


def pick(*options):
    return lambda rng: rng.choice(options)


def digits(count):
    return lambda rng: "".join(rng.choice(string.digits) for _ in range(count))


LATIN_GIVEN = (
    "Anna Olga Maria Elena Irina Svetlana Natalia Aigerim Dinara Madina Saule Gulnara Zhanna Aliya Kamila "
    "Ruslan Nurlan Daniyar Yerlan Bakhyt Timur Farkhod Sherzod Dmitry Alexei Pavel Viktor Sergei Ivan "
    "Michael Sarah Laura James Emily Thomas Hannah Peter Grace Lucas Chloe Mateo Amira Yusuf Fatima "
    "Rustam Azamat Gaukhar Botagoz Marat Askhat Kairat Sabina Lola Nilufar Jasur Ravshan Tatyana Yulia"
).split()
LATIN_FAMILY = (
    "Petrova Ivanov Smirnova Kuznetsov Volkova Sokolov Nurlanov Bekova Abenov Sadykova Karimov Tashkentova "
    "Iskakova Dzhaksybekov Omarova Serikbayev Akhmetova Yusupov Rakhimova Tursunov Zhumabayeva Kim Tsoi "
    "Brown Wilson Taylor Clarke Evans Hughes Martin Lopez Garcia Novak Horvath Schneider Becker Haddad "
    "Mansour Qureshi Rahman Nazarbekova Kenzhebekov Utepova Seitkali Baimukhanova"
).split()
PINYIN_FAMILY = (
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Hu Guo Lin He Gao Luo Zheng Ouyang Sima".split()
)
PINYIN_GIVEN = (
    "Wei Fang Na Min Jing Lei Yang Yong Yan Jie Juan Tao Xiuying Guiying Jianhua Xiaoming Lihua Haitao Yuting "
    "Zihan Haoran Mengyao Ruoxi Jiahui"
).split()
HAN_FAMILY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤"
)
HAN_COMPOUND = (
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 慕容 令狐 夏侯 尉迟 公孙 长孙 宇文 独孤 端木 南宫 西门 百里 呼延".split()
)
HAN_GIVEN = (
    "伟 芳 娜 敏 静 秀英 桂兰 建国 志强 海燕 丽娟 晓东 子涵 浩然 梦瑶 若曦 嘉怡 雨桐 俊杰 文博 婉清 思远 "
    "国栋 春生 秋菊 冬梅 德胜 永福 铁柱 翠花 凤英 振华 卫东 红旗 淑珍 玉梅 金凤 宝山 兆麟 鹤鸣 曦月 "
    "一鸣 亦凡 逸飞 沐宸 芷若 语嫣 紫萱 昕怡 景行 承泽 锦程 知秋"
).split()
TRANSLITERATED = (
    "奥尔加 伊万诺娃 安娜 彼得罗娃 阿依古丽 努尔兰 萨乌列 别科娃 达尼亚尔 卡里莫夫 玛丽亚 斯米尔诺娃 "
    "叶尔兰 阿赫梅托娃 鲁斯兰 萨迪科娃 迪娜拉 奥马罗娃 帖木儿 尤苏波夫 伊琳娜 沃尔科娃 谢尔盖 索科洛夫"
).split()


def latin_name(rng):
    form = rng.randrange(6)
    given, family = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
    if form == 0:
        return f"{given} {family}"
    if form == 1:
        return f"{rng.choice(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Ms'])} {family}"
    if form == 2:
        return f"{rng.choice(PINYIN_FAMILY)} {rng.choice(PINYIN_GIVEN)}"
    if form == 3:
        return f"{rng.choice(PINYIN_GIVEN)} {rng.choice(PINYIN_FAMILY)}"
    if form == 4:
        return f"{family}, {given}"
    return f"{given} {rng.choice('ABCDEFGHKLMNPRST')}. {family}"


def han_name(rng):
    form = rng.randrange(5)
    if form == 0:
        return rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN)
    if form == 1:
        return rng.choice(HAN_COMPOUND) + rng.choice(HAN_GIVEN)
    if form == 2:
        return rng.choice(TRANSLITERATED[::2]) + rng.choice(["·", "•", ""]) + rng.choice(TRANSLITERATED[1::2])
    if form == 3:
        return rng.choice(HAN_FAMILY) + rng.choice(["女士", "先生", "阿姨", "大爷", "老师"])
    return rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN) + rng.choice(["", ""])


def chinese_mobile(rng):
    number = rng.choice("3456789") + digits(9)(rng)
    number = "1" + number
    form = rng.randrange(6)
    if form == 0:
        return number
    if form == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if form == 2:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    if form == 3:
        return f"0086-{number[:3]}-{number[3:7]}-{number[7:]}"
    if form == 4:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    return f"+86{number}"


def landline(rng):
    area = rng.choice(["010", "021", "020", "0571", "0991", "027", "028"])
    local = rng.choice("2345678") + digits(7)(rng)
    form = rng.randrange(4)
    if form == 0:
        return f"{area}-{local}"
    if form == 1:
        return f"({area}) {local[:4]} {local[4:]}"
    if form == 2:
        return f"+86 {area[1:]} {local[:4]} {local[4:]}"
    return f"0086 {area[1:]} {local}"


def foreign_phone(rng):
    form = rng.randrange(7)
    if form == 0:
        return f"+7 701 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}"
    if form == 1:
        return f"8 (727) {digits(3)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}"
    if form == 2:
        return f"+44 20 7{digits(3)(rng)} {digits(4)(rng)}"
    if form == 3:
        return f"(415) {rng.choice('2345678')}{digits(2)(rng)}-{digits(4)(rng)}"
    if form == 4:
        return f"00 7 495 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}"
    if form == 5:
        return f"+998 90 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}"
    return f"+49 30 {rng.choice('2345678')}{digits(7)(rng)}"


def any_phone(rng):
    return rng.choice([chinese_mobile, landline, foreign_phone])(rng)


def email(rng):
    user = rng.choice(["anna.p", "wangfang88", "olga_k", "zhang.wei1990", "family.li", "aigerim.b", "mike.t"])
    domain = rng.choice(["example.com", "163.com", "qq.com", "mail.ru", "gmail.com", "yandex.kz", "126.com"])
    return f"{user}{rng.randrange(100)}@{domain}"


RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(rng, valid=None):
    area = rng.choice(["110105", "310104", "440106", "650102", "510108", "330102", "420111"])
    birth = f"{rng.randrange(1935, 2015)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    body = area + birth + digits(3)(rng)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, RESIDENT_ID_WEIGHTS, strict=True)) % 11]
    if valid is None:
        valid = rng.random() < 0.5
    if not valid:
        check = rng.choice([c for c in "0123456789X" if c != check])
    number = body + check
    if rng.random() < 0.2:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    return number


def luhn_complete(partial):
    total = 0
    for index, digit in enumerate(reversed(partial)):
        value = int(digit)
        if index % 2 == 0:
            value *= 2
            value -= 9 if value > 9 else 0
        total += value
    return partial + str((10 - total % 10) % 10)


def bank_card(rng):
    number = luhn_complete(rng.choice(["622202", "621700", "4111", "5500", "625965"]) + digits(9)(rng))
    number = (number + digits(16 - len(number))(rng))[:15]
    number = luhn_complete(number)
    if rng.random() < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def iban(rng):
    bank = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
    return f"GB{rng.randrange(10, 99)} {bank} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(2)(rng)}"


def ssn(rng):
    return f"{rng.randrange(100, 665)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"


def passport(rng):
    form = rng.randrange(4)
    if form == 0:
        return rng.choice("EG") + digits(8)(rng)
    if form == 1:
        return "E" + rng.choice(string.ascii_uppercase[:8]) + digits(7)(rng)
    if form == 2:
        return f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} {digits(6)(rng)}"
    return "N" + digits(8)(rng)


def record_number(rng):
    form = rng.randrange(5)
    if form == 0:
        return digits(8)(rng)
    if form == 1:
        return f"{rng.choice(['A', 'ZY', 'MZ', 'IP'])}-{rng.randrange(2015, 2025)}-{digits(4)(rng)}"
    if form == 2:
        return f"{digits(2)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}"
    if form == 3:
        return rng.choice(["ZY", "H", "MRN"]) + digits(7)(rng)
    return digits(10)(rng)


def insurance_number(rng):
    form = rng.randrange(4)
    if form == 0:
        return f"{rng.choice(['XYZ', 'BCB', 'HMO'])}{digits(9)(rng)}"
    if form == 1:
        return f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}"
    if form == 2:
        return f"1{rng.choice('ABCDEFG')}{digits(2)(rng)}-{rng.choice('ABCDEFG')}{digits(2)(rng)}-{digits(2)(rng)}"
    return "P" + digits(9)(rng)


def licence_number(rng):
    form = rng.randrange(3)
    if form == 0:
        return rng.choice(string.ascii_uppercase) + digits(7)(rng)
    if form == 1:
        return f"{rng.choice(string.ascii_uppercase)}{digits(3)(rng)}-{digits(4)(rng)}-{digits(4)(rng)}"
    return digits(12)(rng)


def chinese_plate(rng):
    province = rng.choice("京沪粤浙苏川新鲁豫鄂")
    letter = rng.choice("ABCDEFGH")
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    tail = tail[:1] + rng.choice("0123456789") + tail[2:]
    return f"{province}{letter}{rng.choice(['·', '', ' '])}{tail}"


def foreign_plate(rng):
    form = rng.randrange(3)
    if form == 0:
        return f"{digits(3)(rng)} {''.join(rng.choice('ABCEHKMOPTXY') for _ in range(3))} 02"
    if form == 1:
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"
        return f"{rng.choice(letters)}{rng.choice(letters)}{digits(2)(rng)} {''.join(rng.choices(letters, k=3))}"
    return f"{rng.choice('ABCDEFGH')}{digits(3)(rng)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}"


def vin(rng):
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "LSV" + "".join(rng.choice(alphabet) for _ in range(8)) + digits(6)(rng)


def serial(rng):
    form = rng.randrange(3)
    if form == 0:
        return f"{rng.choice(['PJN', 'SN', 'MDT'])}{digits(6)(rng)}{rng.choice(['H', 'S', ''])}"
    if form == 1:
        return luhn_complete("35" + digits(12)(rng))
    return f"{digits(4)(rng)}-{digits(4)(rng)}-{rng.choice(string.ascii_uppercase)}{digits(2)(rng)}"


def url(rng):
    return rng.choice(
        [
            f"https://www.{rng.choice(['instagram', 'facebook', 'vk'])}.com/"
            f"{rng.choice(['anna', 'olga', 'nurlan', 'fangfang'])}_{digits(3)(rng)}",
            f"https://weibo.com/u/{digits(10)(rng)}",
            f"www.douyin.com/user/{rng.choice(['lupus', 'wang', 'li'])}{digits(4)(rng)}",
            f"http://{rng.choice(['annas-journey', 'myfight', 'li-family'])}.blogspot.com/2021/05",
            f"https://t.me/{rng.choice(['aigerim', 'timur', 'olga'])}_{digits(2)(rng)}",
        ]
    )


def handle(rng):
    return "@" + rng.choice(["anna", "lupus_warrior", "olga.k", "fangfang", "nurlan", "xiaoli"]) + digits(2)(rng)


def wechat_id(rng):
    return rng.choice(["wxid_", "fang_", "lily", "zw", "anna_"]) + "".join(
        rng.choice(string.ascii_lowercase + string.digits) for _ in range(8)
    )


def qq_number(rng):
    return str(rng.randrange(10000, 9999999999))


def ip_address(rng):
    if rng.random() < 0.8:
        return f"{rng.randrange(11, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"2001:db8:{rng.randrange(4096):x}::{rng.randrange(1, 4096):x}"


def long_number(rng):
    form = rng.randrange(3)
    if form == 0:
        return digits(11)(rng)
    if form == 1:
        return f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}"
    return f"{digits(3)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}"


MONTHS = "January February March April May June July August September October November December".split()


def english_date(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    name = MONTHS[month - 1]
    return rng.choice(
        [
            f"{day} {name} {year}",
            f"{name} {day}, {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month:02d}.{year}",
            f"{day} {name[:3]}. {year}",
            f"{name} {day}",
            f"the {day}{'th' if day > 3 else ['st', 'nd', 'rd'][day - 1]} of {name}",
            f"{day}-{name[:3]}-{year}",
            f"{year}/{month}/{day}",
        ]
    )


CHINESE_DIGITS = "〇一二三四五六七八九"


def chinese_numeral(number):
    if number < 10:
        return "一二三四五六七八九"[number - 1]
    tens, units = divmod(number, 10)
    return (
        ("" if tens == 1 else "一二三四五六七八九"[tens - 1])
        + "十"
        + ("" if units == 0 else "一二三四五六七八九"[units - 1])
    )


def chinese_date(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{year}年{month}月{day}日",
            f"{month}月{day}日",
            f"{year}年{month}月{day}号",
            f"{year}-{month:02d}-{day:02d}",
            f"{year}.{month}.{day}",
            "".join(CHINESE_DIGITS[int(d)] for d in str(year))
            + f"年{chinese_numeral(month)}月{chinese_numeral(day)}日",
            f"{year}/{month}/{day}",
        ]
    )


def old_age_en(rng):
    age = rng.randrange(90, 106)
    return rng.choice(
        [
            f"{age}-year-old",
            f"{age} years old",
            f"aged {age}",
            f"age {age}",
            f"{age} y/o",
            "in her nineties",
            "a centenarian",
            f"at the age of {age}",
        ]
    )


def old_age_zh(rng):
    age = rng.randrange(90, 106)
    return rng.choice(
        [
            f"{age}岁",
            f"{age}周岁",
            "九十多岁",
            (
                f"九十{chinese_numeral(age - 90) if age > 90 else ''}岁"
                if age < 100
                else f"一百{'零' + chinese_numeral(age - 100) if age > 100 else ''}岁"
            ),
            "年逾九旬",
            "百岁",
        ]
    )


def english_street(rng):
    number = rng.randrange(1, 400)
    street = rng.choice(
        [
            "Baker Street",
            "Abai Avenue",
            "Nevsky Prospekt",
            "Oak Lane",
            "Dostyk Avenue",
            "Tole Bi Street",
            "Park Road",
            "Maple Drive",
        ]
    )
    form = rng.randrange(3)
    if form == 0:
        return f"{number} {street}"
    if form == 1:
        return f"Apt {rng.randrange(1, 90)}, {number} {street}"
    return f"{number}{rng.choice('AB')} {street}"


def romanised_chinese_address(rng):
    road = rng.choice(
        ["Jianguo Road", "Zhongshan Road", "Renmin Street", "Huaihai Lu", "Wangfujing Dajie", "Jiefang Avenue"]
    )
    number = rng.randrange(1, 300)
    district = rng.choice(["Chaoyang District", "Xuhui District", "Tianhe District", "Wuchang District"])
    form = rng.randrange(3)
    if form == 0:
        return f"{road}, No. {number}, {district}"
    if form == 1:
        return f"No. {number} {road}"
    return f"Building {rng.randrange(1, 20)}, Unit {rng.randrange(1, 6)}, Room {rng.randrange(101, 2500)}"


def chinese_address(rng):
    city = rng.choice(["北京市朝阳区", "上海市徐汇区", "广州市天河区", "乌鲁木齐市天山区", "杭州市西湖区", ""])
    road = rng.choice(["建国路", "中山路", "解放大道", "人民街", "文一西路", "长安街"])
    number = rng.randrange(1, 300)
    form = rng.randrange(4)
    if form == 0:
        return f"{city}{road}{number}号"
    if form == 1:
        return f"{road}{number}号{rng.randrange(1, 20)}号楼{rng.randrange(1, 6)}单元{rng.randrange(101, 2500)}室"
    if form == 2:
        estate = rng.choice(["阳光", "幸福", "锦绣", "金色"]) + rng.choice(["小区", "家园", "新村"])
        return f"{estate}{rng.randrange(1, 30)}栋{rng.randrange(101, 2500)}"
    return f"{city}{road}{chinese_numeral(rng.randrange(1, 99))}号"


def postal_code_en(rng):
    return rng.choice(
        [
            f"ZIP code {digits(5)(rng)}",
            f"postcode SW1A {rng.randrange(1, 9)}AA",
            f"NY {rng.randrange(10001, 14999)}",
            f"postal code {rng.choice(['050', '010', '100'])}{digits(3)(rng)}",
        ]
    )


def postal_code_zh(rng):
    return rng.choice(
        [
            f"邮编{rng.choice(['100', '200', '830'])}{digits(3)(rng)}",
            f"邮政编码：{rng.choice(['100', '510', '310'])}{digits(3)(rng)}",
        ]
    )


def coordinates(rng):
    lat, lon = rng.uniform(20, 55), rng.uniform(60, 125)
    return rng.choice(
        [
            f"{lat:.4f}, {lon:.4f}",
            f"{lat:.5f}° N, {lon:.5f}° E",
            f"{int(lat)}°{rng.randrange(60)}′{rng.randrange(60)}″N",
        ]
    )


def month_year_en(rng):
    return f"{rng.choice(MONTHS)} {rng.randrange(2005, 2025)}"


def young_age(rng):
    return rng.randrange(1, 90)


# --- templates -------------------------------------------------------------------------------

Template = tuple[str, dict[str, Callable]]


def templates(*sentences, **makers):
    return [(sentence, makers) for sentence in sentences]


POSITIVE = {
    "en": {
        ("person_name", "person_name,patient_real_name"): templates(
            "{v} came to us from Almaty in {m}.",
            "Her husband, {v}, drove her to every appointment.",
            '"I could not climb the stairs," said {v}.',
            "The referring letter was signed by {v}.",
            "{v} has been in remission for two years.",
            "We met {v} again at the follow-up visit.",
            "Her sister {v} translated during the consultation.",
            "According to {v}, the rash appeared after a holiday.",
            "The nurse on duty, {v}, noticed the swelling first.",
            "Thanks to {v}, the family found our hospital.",
            "A letter from {v} arrived after discharge.",
            "{v} is now back at work as a teacher.",
            v=latin_name,
            m=month_year_en,
        ),
        ("han_name_in_english", "person_name,patient_real_name"): templates(
            "The interpreter, {v}, explained the consent form.",
            "Patient {v} said she felt better after the second cycle.",
            "Her mother, {v}, flew in from Urumqi.",
            "The card was signed {v}.",
            v=lambda rng: rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN),
        ),
        ("street_address", "street_address,postal_code"): templates(
            "She lives at {v} with her parents.",
            "The ambulance picked her up at {v}.",
            "Her family rents a flat at {v}.",
            "Letters were sent to {v} after discharge.",
            "They moved to {v} before the treatment.",
            "Her address on the form was {v}.",
            v=english_street,
        ),
        ("romanised_chinese_address", "street_address"): templates(
            "Her family lives at {v} in Beijing.",
            "The taxi took her home to {v}.",
            "She gave {v} as her address.",
            "Her parents' flat is at {v}.",
            "Please send the report to {v}.",
            v=romanised_chinese_address,
        ),
        ("postal_code", "postal_code"): templates(
            "The clinic letter went to {v}.",
            "Her home is in {v}, near the river.",
            "She wrote {v} on the registration card.",
            "The parcel of medicines was shipped to {v}.",
            v=postal_code_en,
        ),
        ("geolocation", "geolocation"): templates(
            "Her village sits at {v}.",
            "The pin she shared pointed to {v}.",
            "Her home, at {v}, is two hours from the city.",
            v=coordinates,
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "She was admitted on {v}.",
            "The first infusion was given on {v}.",
            "On {v} her fever returned.",
            "Her kidney biopsy was done on {v}.",
            "She was discharged on {v} in good health.",
            "The rash first appeared on {v}.",
            "We saw her again on {v}.",
            "Her last relapse began on {v}.",
            v=english_date,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "She was born on {v} in a small town.",
            "Date of birth: {v}.",
            "DOB {v}, female.",
            "Born {v}, he was the youngest of four.",
            "Her birthday is {v}.",
            v=english_date,
        ),
        ("age_over_89", "age_over_89"): templates(
            "The patient, {v}, had never been to hospital before.",
            "Her grandmother, {v}, came along to every visit.",
            "He is {v} and still walks every day.",
            "Treated {v}, she tolerated the infusion well.",
            "A {v} woman was admitted with fever.",
            v=old_age_en,
        ),
        ("phone_number", "phone_number"): templates(
            "Her mobile number is {v}.",
            "Please ring {v} if the fever returns.",
            "You can reach her daughter on {v}.",
            "Call {v} to book the next visit.",
            "Her husband's number, {v}, is on the form.",
            "Contact: {v} (home).",
            "She texted us from {v} after landing.",
            "The family can be reached at {v} in the evenings.",
            v=any_phone,
        ),
        ("fax_number", "phone_number"): templates(
            "Her local clinic sent the records by fax to {v}.",
            "Fax: {v}.",
            "Please fax the discharge summary to {v}.",
            "The referral came from fax number {v}.",
            v=lambda rng: rng.choice([landline, foreign_phone])(rng),
        ),
        ("email", "email"): templates(
            "She wrote to us from {v} after discharge.",
            "Her son's e-mail is {v}.",
            "Questions went to {v}.",
            "Send the scans to {v}, she asked.",
            v=email,
        ),
        ("resident_id", "resident_id,other_number,national_id"): templates(
            "Her Chinese ID number is {v}.",
            "ID: {v}.",
            "The form listed resident ID {v}.",
            "He showed ID card number {v} at registration.",
            "Identity document {v} was copied for the file.",
            v=resident_id,
        ),
        ("national_id", "national_id,other_number"): templates(
            "Her social security number, {v}, was on the claim.",
            "SSN {v} was written on the form.",
            "The insurer asked for SSN: {v}.",
            "His Kazakh IIN is {v}.",
            v=lambda rng: rng.choice([ssn, lambda r: digits(12)(r)])(rng),
        ),
        ("passport_number", "passport_number,other_number"): templates(
            "Her passport number is {v}.",
            "She travelled on passport {v}.",
            "The visa letter quoted passport no. {v}.",
            "Passport: {v}, issued in Astana.",
            "The airline held {v} as her document.",
            v=passport,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "Her MRN is {v}.",
            "Hospital number {v} is on every sample.",
            "Medical record no. {v} was attached.",
            "Bring inpatient number {v} to each visit.",
            "The discharge summary for case {v} is ready.",
            "Chart {v} was reviewed by the team.",
            v=record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "Her insurance policy number is {v}.",
            "Member ID {v} covered the treatment.",
            "The health plan number {v} was rejected at first.",
            "Insurer reference: {v}.",
            "Her medical insurance card no. {v} was renewed.",
            v=insurance_number,
        ),
        ("account_number", "account_number,other_number"): templates(
            "The refund went to card {v}.",
            "Her bank account number is {v}.",
            "Donations can be sent to {v}.",
            "He paid with the card ending {v}.",
            "Transfer the deposit to IBAN {v}.",
            "The charity wired money from account {v}.",
            v=lambda rng: rng.choice([bank_card, iban, lambda r: digits(12)(r)])(rng),
        ),
        ("licence_number", "licence_number,other_number"): templates(
            "His driver's licence number is {v}.",
            "Driving licence {v} was checked at the border.",
            "Her nursing licence no. {v} is displayed in the ward.",
            "Licence: {v}.",
            v=licence_number,
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "Her husband parked the car, plate {v}, outside the ward.",
            "The taxi with number plate {v} brought her in.",
            "A van registered as {v} delivered the wheelchair.",
            "She was hit by a car with licence plate {v}.",
            "Her motorbike, registration {v}, was left at the airport.",
            v=lambda rng: rng.choice([chinese_plate, foreign_plate])(rng),
        )
        + templates(
            "The car's VIN, {v}, was on the insurance claim.",
            "Vehicle identification number {v} appears on the accident report.",
            v=vin,
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "Her pacemaker, serial {v}, was checked.",
            "The insulin pump with serial number {v} was replaced.",
            "Her phone's IMEI {v} was used to trace the lost device.",
            "Implant lot {v} was recorded in the notes.",
            v=serial,
        ),
        ("web_address", "web_address,social_account"): templates(
            "She writes about her recovery at {v}.",
            "Her story is on {v}.",
            "Follow her progress on {v}, her husband said.",
            "The fundraiser page {v} raised the fare.",
            v=url,
        ),
        ("social_account", "social_account,web_address"): templates(
            "Her WeChat ID is {w}.",
            "Add her on WeChat: {w}.",
            "She posts as {h} on Instagram.",
            "Her QQ number is {q}.",
            "Find her on Telegram: {h}.",
            "Her Weibo account {h} has thousands of followers.",
            "Douyin user {h} filmed the ward.",
            w=wechat_id,
            h=handle,
            q=qq_number,
        ),
        ("ip_address", "ip_address"): templates(
            "The consent form was signed online from {v}.",
            "Her video visits came from IP address {v}.",
            "The portal logged a login from {v}.",
            v=ip_address,
        ),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,phone_number,resident_id,licence_number,device_identifier",
        ): templates(
            "Her reference is {v}.",
            "Quote {v} when you call the ward.",
            "The number {v} was written on her wristband.",
            "Her file carries the number {v}.",
            v=long_number,
        ),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "患者{v}，{a}岁，因面部红斑来我院就诊。",
            "{v}说：“现在我终于能正常上班了。”",
            "她的丈夫{v}每周陪她复查。",
            "感谢{v}一路的陪伴。",
            "主治医生{v}为她制定了治疗方案。",
            "我们联系了她的母亲{v}。",
            "{v}表示，回国后会按时复查。",
            "护士{v}第一个发现了她的水肿。",
            "翻译{v}帮她读懂了知情同意书。",
            "名叫{v}的患者从哈萨克斯坦来到我院。",
            "病友{v}和她住在同一个病房。",
            "家属{v}在签字栏签了名。",
            v=han_name,
            a=young_age,
        ),
        ("romanised_name_in_chinese", "person_name,patient_real_name"): templates(
            "患者{v}从阿拉木图来到我院。",
            "她的女儿{v}陪同就诊。",
            "{v}女士告诉我们，治疗后她又能跑步了。",
            "感谢{v}的翻译。",
            v=lambda rng: f"{rng.choice(LATIN_GIVEN)} {rng.choice(LATIN_FAMILY)}",
        ),
        ("street_address", "street_address,postal_code"): templates(
            "她住在{v}。",
            "家庭住址为{v}。",
            "出院后她搬到了{v}。",
            "救护车把她从{v}接到医院。",
            "复查报告寄往{v}。",
            "她的父母住在{v}附近。",
            v=chinese_address,
        ),
        ("postal_code", "postal_code"): templates(
            "材料请寄往乌鲁木齐，{v}。",
            "她在登记表上写了{v}。",
            "药品快递的{v}填错了。",
            v=postal_code_zh,
        ),
        ("geolocation", "geolocation"): templates(
            "她发来的定位是{v}。",
            "她的村子位于{v}。",
            "导航坐标为{v}。",
            v=lambda rng: rng.choice(
                [coordinates, lambda r: f"北纬{r.uniform(20, 50):.2f}度，东经{r.uniform(70, 125):.2f}度"]
            )(rng),
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "她于{v}入院。",
            "{v}，她再次出现发热。",
            "首次输注在{v}完成。",
            "{v}行肾穿刺活检。",
            "她在{v}康复出院。",
            "{v}复查时各项指标正常。",
            "皮疹最早出现在{v}。",
            v=chinese_date,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "患者{v}出生于河北。",
            "她生于{v}。",
            "出生日期：{v}。",
            "他的生日是{v}。",
            v=chinese_date,
        ),
        ("age_over_89", "age_over_89"): templates(
            "患者今年{v}，既往体健。",
            "她的奶奶已经{v}了，仍坚持陪诊。",
            "一位{v}的老人因发热入院。",
            "他虽已{v}，但恢复很快。",
            v=old_age_zh,
        ),
        ("phone_number", "phone_number"): templates(
            "家属电话：{v}。",
            "请拨打{v}联系她的女儿。",
            "她的手机号是{v}。",
            "如有发热请致电{v}。",
            "联系方式：{v}（家）。",
            "她的丈夫留下了号码{v}。",
            "回国后她用{v}给我们发了短信。",
            v=any_phone,
        ),
        ("fax_number", "phone_number"): templates(
            "当地医院把病历传真到{v}。",
            "传真：{v}。",
            "请将出院小结传真至{v}。",
            v=lambda rng: rng.choice([landline, foreign_phone])(rng),
        ),
        ("email", "email"): templates(
            "她的邮箱是{v}。",
            "出院后她从{v}给我们写信。",
            "请把影像资料发到{v}。",
            v=email,
        ),
        ("resident_id", "resident_id,other_number,national_id"): templates(
            "身份证号：{v}。",
            "她的身份证号码为{v}。",
            "登记表上写着{v}。",
            "患者证件号{v}已复印存档。",
            "公民身份号码{v}。",
            v=resident_id,
        ),
        ("national_id", "national_id,other_number"): templates(
            "她的哈萨克斯坦个人识别号是{v}。",
            "社会保障号{v}已登记。",
            "港澳通行证号码：{v}。",
            v=lambda rng: rng.choice([digits(12), lambda r: "C" + digits(8)(r)])(rng),
        ),
        ("passport_number", "passport_number,other_number"): templates(
            "她的护照号是{v}。",
            "护照号码：{v}。",
            "签证邀请函上写着护照{v}。",
            "她持护照{v}入境。",
            v=passport,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "病历号：{v}。",
            "住院号为{v}，请复诊时携带。",
            "门诊号{v}已写在封面上。",
            "她的病案号是{v}。",
            "就诊卡号{v}已挂失。",
            "床号{v}的患者今天出院。",
            v=record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "医保卡号：{v}。",
            "她的商业保险保单号为{v}。",
            "社保卡号{v}已激活。",
            "参保编号{v}。",
            v=insurance_number,
        ),
        ("account_number", "account_number,other_number"): templates(
            "捐款请汇至银行卡{v}。",
            "退款已打到卡号{v}。",
            "她的账户{v}收到了报销款。",
            "支付宝账号{v}。",
            v=lambda rng: rng.choice([bank_card, digits(12)])(rng),
        ),
        ("licence_number", "licence_number,other_number"): templates(
            "他的驾驶证号是{v}。",
            "护士执业证书编号{v}。",
            "驾照号码：{v}。",
            v=licence_number,
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "她的丈夫开着车牌为{v}的车送她来医院。",
            "一辆{v}的出租车把她送到急诊。",
            "车牌号{v}的车停在住院部门口。",
            "她骑的电动车牌照是{v}。",
            v=chinese_plate,
        )
        + templates("车架号{v}登记在保险单上。", "事故报告上写着车辆识别代号{v}。", v=vin),
        ("device_identifier", "device_identifier,other_number"): templates(
            "她的起搏器序列号为{v}。",
            "胰岛素泵（序列号{v}）已更换。",
            "手机串号{v}。",
            v=serial,
        ),
        ("web_address", "web_address,social_account"): templates(
            "她在{v}记录康复过程。",
            "她的故事发布在{v}。",
            "筹款页面{v}帮她凑齐了路费。",
            v=url,
        ),
        ("social_account", "social_account,web_address"): templates(
            "她的微信号是{w}。",
            "加她微信：{w}。",
            "她的QQ号{q}。",
            "她在抖音上叫{h}。",
            "关注她的微博{h}。",
            "小红书账号{h}记录了她的治疗。",
            "扣扣：{q}。",
            w=wechat_id,
            h=handle,
            q=qq_number,
        ),
        ("ip_address", "ip_address"): templates(
            "知情同意书在线签署时的IP地址为{v}。",
            "系统记录她从{v}登录。",
            v=ip_address,
        ),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,phone_number,resident_id,licence_number,device_identifier",
        ): templates(
            "她的编号是{v}。",
            "请报{v}查询。",
            "腕带上写着{v}。",
            v=long_number,
        ),
    },
}

# Clean but tricky: what looks like an identifier and is not one.
CLEAN = {
    "en": {
        "dose_or_lab_value": templates(
            "She received {d} mg of prednisone daily, tapered over {n} weeks.",
            "Platelets were {d} × 10^9/L and haemoglobin {h} g/L.",
            "Creatinine fell from {c} to {d} μmol/L.",
            "Her 24-hour urine protein was {p} g.",
            "Blood pressure was {s}/{t} mmHg on arrival.",
            "She had {n} rounds of plasma exchange and {d} mg of rituximab.",
            "Her anti-dsDNA titre fell from 1:{c} to 1:{n}.",
            "CAR-T cells were infused at {p} × 10^6 cells/kg.",
            "Her SLEDAI score dropped from {n} to {m}.",
            "The infusion ran at {d} mL per hour for {m} hours.",
            d=lambda rng: rng.randrange(5, 500),
            h=lambda rng: rng.randrange(60, 150),
            c=lambda rng: rng.randrange(80, 900),
            p=lambda rng: f"{rng.uniform(0.5, 9):.1f}",
            s=lambda rng: rng.randrange(90, 180),
            t=lambda rng: rng.randrange(50, 110),
            n=lambda rng: rng.randrange(2, 40),
            m=lambda rng: rng.randrange(1, 12),
        ),
        "trial_or_code": templates(
            "She was enrolled in trial {t}.",
            "The study is registered as {t}.",
            "Her diagnosis was coded as ICD-10 M32.{n}.",
            "She carries HLA-B27 and her CD19 count was low.",
            "The protocol follows the EULAR/ACR {y} criteria.",
            "Results of {t} were published in {y}.",
            t=lambda rng: rng.choice(
                [f"NCT0{rng.randrange(1000000, 9999999)}", f"ChiCTR{rng.randrange(1900000000, 2400000000)}"]
            ),
            n=lambda rng: rng.randrange(0, 9),
            y=lambda rng: rng.randrange(2012, 2025),
        ),
        "month_year_or_year": templates(
            "In {m} she first noticed the rash.",
            "She came to our hospital in {m}.",
            "Between {y} and {z} she was admitted {n} times.",
            "By {m} her kidneys had recovered.",
            "She was born in {y} in a small town.",
            "She was born in {m}.",
            "Her symptoms began in the spring of {y}.",
            m=month_year_en,
            y=lambda rng: rng.randrange(1950, 2015),
            z=lambda rng: rng.randrange(2016, 2025),
            n=lambda rng: rng.randrange(2, 20),
        ),
        "letter_alias": templates(
            "{a} was {g} when the swelling began.",
            '"I feel like myself again," {a} said.',
            "{a} and her husband travelled from Astana.",
            "Our team met {a} again after six months.",
            "{a}'s mother came to every visit.",
            a=pick("Ms. A", "Mr. B", "Patient C", "Ms. D", "Mrs. E", "Mr. K", "Patient AB"),
            g=lambda rng: rng.randrange(3, 89),
        ),
        "age_under_90": templates(
            "A {g}-year-old woman was admitted with fever.",
            "She was {g} years old when she fell ill.",
            "Aged {g}, he had never been to hospital.",
            "At the age of {g} she was diagnosed with lupus.",
            "Patients aged {g} to {h} took part.",
            g=lambda rng: rng.randrange(1, 90),
            h=lambda rng: rng.randrange(60, 90),
        ),
        "eponym_or_medical_term": templates(
            "She also had Sjögren syndrome and Raynaud phenomenon.",
            "Hodgkin lymphoma was ruled out by biopsy.",
            "Graves disease had been treated years earlier.",
            "Her Crohn disease was quiet during the treatment.",
            "A Coombs test was positive.",
            "Systemic Lupus Erythematosus affects nine women for every man.",
            "The Lupus Nephritis Clinic reviews her every three months.",
            "Cushing syndrome was a side effect of the steroids.",
            "The Mayo Clinic criteria and the Hamilton scale were used.",
            "Her Bence Jones protein test was negative.",
        ),
        "role_and_place": templates(
            "The attending rheumatologist and the chief physician agreed on the plan.",
            "She flew from Almaty to Beijing with her family.",
            "The International Patient Centre arranged her visa.",
            "She works as a teacher in Karaganda.",
            "Our hospital in Beijing treated {n} patients from Kazakhstan last year.",
            "The nurse from the Rheumatology Department called her every week.",
            "Her local doctor in Tashkent referred her to us.",
            "She now lives in Xinjiang, near the border.",
            n=lambda rng: rng.randrange(10, 900),
        ),
        "count_or_duration": templates(
            "Over {n} years, {c} patients received this treatment.",
            "About {p}% of patients respond within {w} weeks.",
            "She spent {n} days in the ward and {w} weeks at home.",
            "The team performed {k} infusions in {y}.",
            "Over 90% of patients improved; {g} years is the median age.",
            "Call 120 in an emergency.",
            "She walked {k} steps a day after {w} weeks.",
            n=lambda rng: rng.randrange(2, 30),
            c=lambda rng: rng.randrange(20, 900),
            p=lambda rng: rng.randrange(10, 99),
            w=lambda rng: rng.randrange(2, 52),
            k=lambda rng: f"{rng.randrange(1, 9)},{rng.randrange(100, 999)}",
            y=lambda rng: rng.randrange(2015, 2025),
            g=lambda rng: rng.randrange(18, 70),
        ),
    },
    "zh": {
        "dose_or_lab_value": templates(
            "泼尼松每日{d}毫克，{n}周后逐渐减量。",
            "血小板{d}×10^9/L，血红蛋白{h} g/L。",
            "肌酐由{c}降至{d} μmol/L。",
            "24小时尿蛋白{p}克。",
            "入院时血压{s}/{t} mmHg。",
            "她接受了{n}次血浆置换和{d}毫克利妥昔单抗。",
            "抗dsDNA滴度由1:{c}降至1:{n}。",
            "CAR-T细胞按{p}×10^6/kg回输。",
            "SLEDAI评分由{n}分降至{m}分。",
            d=lambda rng: rng.randrange(5, 500),
            h=lambda rng: rng.randrange(60, 150),
            c=lambda rng: rng.randrange(80, 900),
            p=lambda rng: f"{rng.uniform(0.5, 9):.1f}",
            s=lambda rng: rng.randrange(90, 180),
            t=lambda rng: rng.randrange(50, 110),
            n=lambda rng: rng.randrange(2, 40),
            m=lambda rng: rng.randrange(1, 12),
        ),
        "trial_or_code": templates(
            "她参加了临床试验{t}。",
            "该研究的注册号为{t}。",
            "诊断编码为ICD-10 M32.{n}。",
            "HLA-B27阳性，CD19细胞计数偏低。",
            "治疗方案参照{y}年EULAR/ACR分类标准。",
            t=lambda rng: rng.choice(
                [f"NCT0{rng.randrange(1000000, 9999999)}", f"ChiCTR{rng.randrange(1900000000, 2400000000)}"]
            ),
            n=lambda rng: rng.randrange(0, 9),
            y=lambda rng: rng.randrange(2012, 2025),
        ),
        "month_year_or_year": templates(
            "{y}年{m}月，她首次出现皮疹。",
            "她于{y}年{m}月来我院就诊。",
            "{y}年至{z}年间，她先后住院{n}次。",
            "到{z}年{m}月，她的肾功能已经恢复。",
            "她{y}年出生于一个小镇。",
            "她出生于{y}年。",
            y=lambda rng: rng.randrange(1950, 2015),
            z=lambda rng: rng.randrange(2016, 2025),
            m=lambda rng: rng.randrange(1, 13),
            n=lambda rng: rng.randrange(2, 20),
        ),
        "letter_alias": templates(
            "{a}发病时{g}岁。",
            "“我又找回了自己。”{a}说。",
            "{a}和丈夫从阿斯塔纳赶来。",
            "半年后我们再次见到了{a}。",
            "{a}的母亲每次都陪她复诊。",
            a=pick("A女士", "B先生", "患者C", "患儿D", "小A", "E女士", "王某"),
            g=lambda rng: rng.randrange(3, 89),
        ),
        "age_under_90": templates(
            "一位{g}岁的女性因发热入院。",
            "她{g}岁时患病。",
            "患者{g}岁，既往体健。",
            "{g}岁那年她被确诊为狼疮。",
            g=lambda rng: rng.randrange(1, 90),
        ),
        "surname_character_word": templates(
            "患者高血压病史十年。",
            "入院时白细胞计数偏低。",
            "她出现黄疸和乏力。",
            "常规检查提示蛋白尿阳性。",
            "治疗方案共分为三个周期。",
            "许多患者症状明显缓解。",
            "医生建议她马上住院治疗。",
            "她的父亲在石化厂工作。",
            "患者对金属材料过敏。",
            "根据文献报道，该疗法有效。",
            "她曾在林区工作多年。",
            "何时复查需要听从医生安排。",
            "主任医师带领专家团队分析了她的病情。",
            "她的关节疼痛明显减轻。",
            "康复训练每周进行三次。",
            "温和的运动有助于恢复。",
            "严重的贫血已经纠正。",
            "钟摆样的症状反复出现。",
            "于是她决定来北京治疗。",
            "向医生咨询后她放心了。",
        ),
        "role_and_place": templates(
            "主治医生和主任医师共同制定了方案。",
            "她和家人从阿拉木图飞到北京。",
            "国际医疗部为她办理了签证。",
            "她在卡拉干达当老师。",
            "去年我院共收治{n}名哈萨克斯坦患者。",
            "风湿免疫科的护士每周给她打电话随访。",
            "她在塔什干的主治医生把她转诊到我院。",
            "她现在住在新疆，靠近边境。",
            n=lambda rng: rng.randrange(10, 900),
        ),
        "count_or_duration": templates(
            "{n}年来，共有{c}名患者接受了该治疗。",
            "约{p}%的患者在{w}周内起效。",
            "她住院{n}天，在家休养{w}周。",
            "{y}年团队共完成{k}次输注。",
            "急救请拨打120。",
            "九十年代以来，该疗法不断改进。",
            "90%以上的患者症状改善。",
            n=lambda rng: rng.randrange(2, 30),
            c=lambda rng: rng.randrange(20, 900),
            p=lambda rng: rng.randrange(10, 99),
            w=lambda rng: rng.randrange(2, 52),
            k=lambda rng: rng.randrange(100, 9999),
            y=lambda rng: rng.randrange(2015, 2025),
        ),
    },
}


def fill(template: Template, rng: random.Random) -> str:
    sentence, makers = template
    return sentence.format(**{slot: maker(rng) for slot, maker in makers.items()})


def split_templates(category_templates: list[Template], rng: random.Random) -> tuple[list, list]:
    """Deal a category's templates into a development and a held-out share (each gets at least one)."""
    shuffled = category_templates[:]
    rng.shuffle(shuffled)
    development_count = min(len(shuffled) - 1, max(1, round(len(shuffled) * DEVELOPMENT_SHARE)))
    return shuffled[:development_count], shuffled[development_count:]


def build(language: str) -> dict[str, list[tuple[str, str, str]]]:
    """The rows (category, expected kinds, sentence) of both parts for one language.

    Sentences with identifiers come first, the same number from each category; then clean
    sentences, drawn from the clean categories in turn until each part is half clean (a category
    of fixed sentences runs out early, and the others fill in).
    """
    rng = random.Random(f"{SEED}-{language}")
    parts = {"dev": [], "heldout": []}
    half = SENTENCES_PER_CATEGORY[language] // 2
    positive = list(POSITIVE[language].items())
    per_category = -(-half // len(positive))
    development_count = round(per_category * DEVELOPMENT_SHARE)
    for (category, kinds), category_templates in positive:
        development, heldout = split_templates(category_templates, rng)
        for part, part_templates, count in (
            ("dev", development, development_count),
            ("heldout", heldout, per_category - development_count),
        ):
            for sentence in _unique_sentences(part_templates, count, rng):
                parts[part].append((category, kinds, sentence))

    clean = [(category, split_templates(items, rng)) for category, items in CLEAN[language].items()]
    for part_index, part in enumerate(("dev", "heldout")):
        target = len(parts[part])
        seen: set[str] = set()
        drawn = 0
        while drawn < target:
            added = False
            for category, shares in clean:
                if drawn == target:
                    break
                sentence = next(_unique_sentences(shares[part_index], 1, rng, seen), None)
                if sentence is not None:
                    parts[part].append((category, "-", sentence))
                    drawn += 1
                    added = True
            if not added:
                break
    parts["dev"] += build_dev_additions(language)
    parts["dev"] += build_dev_additions_after_run4(language)
    return parts


def _unique_sentences(part_templates, count, rng, seen=None):
    """Up to `count` sentences from `part_templates` not in `seen` (which is updated)."""
    seen = set() if seen is None else seen
    attempts = 0
    while count and attempts < max(count, 1) * 50:
        attempts += 1
        sentence = fill(rng.choice(part_templates), rng)
        if sentence in seen:
            continue
        seen.add(sentence)
        count -= 1
        yield sentence


def write(language: str) -> None:
    extra_parts = [
        ("heldout2", build_fresh(language)),
        ("heldout3", build_third(language)),
        ("heldout4", build_fourth(language)),
        ("heldout5", build_fifth(language)),
    ]
    for part, rows in [*build(language).items(), *extra_parts]:
        path = FOLDER / f"deid_generated_{language}_{part}.tsv"
        # Plain tab-separated lines: no sentence holds a tab or a line break, so nothing needs quoting.
        # Only rows about the consent record's real names have a fourth column.
        header = "category\texpected_kinds\tsentence" + ("\tconsent_names" if any(len(row) > 3 for row in rows) else "")
        lines = [header, *("\t".join(row) for row in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(rows)} sentences")


# --- a second held-out part, written after the first was used up --------------------------------
#
# The first held-out part was scanned once (README, run 1); its misses were then fixed, so it no
# longer measures anything the scanner was not tuned on. This second part has new sentence
# templates and new surface forms, written before the scanner was run on any of them.


def fresh_phone(rng):
    mobile = "1" + rng.choice("3456789") + digits(9)(rng)
    return rng.choice(
        [
            f"+86-{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
            f"(010) {rng.choice('5678')}{digits(3)(rng)}-{digits(4)(rng)}",
            f"8-701-{digits(3)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"+1 212 {rng.choice('2345678')}{digits(2)(rng)} {digits(4)(rng)}",
            f"00 44 7{digits(3)(rng)} {digits(6)(rng)}",
            f"{mobile[:3]}.{mobile[3:7]}.{mobile[7:]}",
        ]
    )


def fresh_date_en(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    suffix = "th" if 4 <= day <= 20 or day > 23 else ["st", "nd", "rd"][day % 10 - 1]
    return rng.choice(
        [
            f"{MONTHS[month - 1]} {day}{suffix}, {year}",
            f"{MONTHS[month - 1][:3]} {day} {year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{month}/{day}/{year}",
            f"{year}{month:02d}{day:02d}",
        ]
    )


def fresh_date_zh(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{year}年{month:02d}月{day:02d}日",
            f"{year} 年 {month} 月 {day} 日",
            f"{month}月{day}号",
            f"{year}.{month:02d}.{day:02d}",
        ]
    )


def fresh_name_en(rng):
    given, family = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
    return rng.choice(
        [
            f"Mrs {given} {family}",
            f"{given[0]}. {family}",
            f"{family.upper()} {given}",
            f"{given} {family}-{rng.choice(LATIN_FAMILY)}",
            f"Dr {family}",
            f"{rng.choice(PINYIN_FAMILY)} {rng.choice(PINYIN_GIVEN)}{rng.choice(['', 'ying', 'hua'])}",
        ]
    )


def fresh_name_zh(rng):
    return rng.choice(
        [
            rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN),
            rng.choice(HAN_COMPOUND) + rng.choice(HAN_GIVEN),
            "老" + rng.choice(HAN_FAMILY),
            rng.choice(HAN_FAMILY) + rng.choice(["某某", "女士", "先生"]),
            rng.choice(TRANSLITERATED[::2]) + "·" + rng.choice(TRANSLITERATED[1::2]),
        ]
    )


FRESH_POSITIVE = {
    "en": {
        ("person_name", "person_name,patient_real_name"): templates(
            "It was {v} who first suggested the trip to Beijing.",
            "Our interpreter sat with {v} through every ward round.",
            "A card signed by {v} still hangs in the nurses' room.",
            v=fresh_name_en,
        ),
        ("street_address", "street_address,postal_code"): templates(
            "Post for the family goes to {v}.",
            "She stays with an aunt at {v} between visits.",
            v=lambda rng: rng.choice(
                [
                    english_street,
                    romanised_chinese_address,
                    lambda r: f"Flat {r.randrange(1, 90)}B, {english_street(r)}",
                ]
            )(rng),
        ),
        ("postal_code", "postal_code"): templates("Her forms list {v} as the home area.", v=postal_code_en),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "Surgery took place on {v}.",
            "By {v} the swelling had gone.",
            "Her stem cells were collected on {v}.",
            v=fresh_date_en,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "The baby, born {v}, is doing well.",
            "Birth date {v}; female; non-smoker.",
            v=fresh_date_en,
        ),
        ("age_over_89", "age_over_89"): templates(
            "Even at {v} she insisted on walking to the scanner.",
            "Her neighbour, {v}, drove her to the airport.",
            v=old_age_en,
        ),
        ("phone_number", "phone_number"): templates(
            "Text {v} when the results are ready.",
            "The emergency contact is her brother, {v}.",
            "Mobile {v}, evenings only.",
            v=fresh_phone,
        ),
        ("email", "email"): templates("Reports can be mailed to {v} as PDF files.", v=email),
        ("resident_id", "resident_id,other_number,national_id"): templates(
            "The copy of her identity card shows {v}.", "Chinese ID {v} matched the booking.", v=resident_id
        ),
        ("passport_number", "passport_number,other_number"): templates(
            "Border control scanned passport {v} twice.", v=passport
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "Labels with MRN {v} were printed for the samples.",
            "Admission no. {v} was given at the desk.",
            v=record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "The claim cites policy {v}.", "Coverage under member number {v} ended last year.", v=insurance_number
        ),
        ("account_number", "account_number,other_number"): templates(
            "Her brother paid from bank card {v}.", "Send the refund to account {v}.", v=bank_card
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "Her father's lorry, reg. {v}, waited outside.", "Security logged plate {v} at the gate.", v=foreign_plate
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "The loaned glucose meter (serial no. {v}) was returned.", v=serial
        ),
        ("web_address", "web_address,social_account"): templates("Her blog, {v}, tells the whole story.", v=url),
        ("social_account", "social_account,web_address"): templates(
            "You can message her on WeChat ({w}).", "Her TikTok handle is {h}.", w=wechat_id, h=handle
        ),
        ("ip_address", "ip_address"): templates("The video call connected from {v}.", v=ip_address),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier",
        ): templates(
            "Her ticket number {v} is needed for the refund.", "The lab printed {v} on each tube.", v=long_number
        ),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "是{v}最先建议她来北京治疗的。",
            "每次查房，翻译都陪着{v}。",
            "病房里还挂着{v}写的感谢卡。",
            v=fresh_name_zh,
        ),
        ("street_address", "street_address,postal_code"): templates(
            "复诊期间她借住在亲戚家，地址是{v}。", "快递寄到了{v}。", v=chinese_address
        ),
        ("postal_code", "postal_code"): templates("表格上的{v}是她老家的。", v=postal_code_zh),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "手术安排在{v}。", "到{v}，水肿已经消退。", "干细胞于{v}采集。", v=fresh_date_zh
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "宝宝{v}出生，一切正常。", "出生于{v}，女，不吸烟。", v=fresh_date_zh
        ),
        ("age_over_89", "age_over_89"): templates(
            "即使{v}，她仍坚持自己走去做检查。", "邻居老人{v}，开车送她去机场。", v=old_age_zh
        ),
        ("phone_number", "phone_number"): templates(
            "结果出来后请发短信到{v}。", "紧急联系人是她哥哥，{v}。", "手机{v}，仅限晚上。", v=fresh_phone
        ),
        ("email", "email"): templates("报告可以用PDF发到{v}。", v=email),
        ("resident_id", "resident_id,other_number,national_id"): templates(
            "身份证复印件上的号码是{v}。", "身份证号{v}与预约信息一致。", v=resident_id
        ),
        ("passport_number", "passport_number,other_number"): templates("边检把护照{v}扫了两遍。", v=passport),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "标本标签上打印了病案号{v}。", "入院登记号{v}在服务台领取。", v=record_number
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "理赔单上写着保单{v}。", "她的医保号{v}去年已停用。", v=insurance_number
        ),
        ("account_number", "account_number,other_number"): templates(
            "她哥哥用银行卡{v}付了款。", "退款请打到账户{v}。", v=bank_card
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "她父亲的货车{v}在门外等候。", "门卫登记了车牌{v}。", v=chinese_plate
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "借用的血糖仪（序列号{v}）已归还。", v=serial
        ),
        ("web_address", "web_address,social_account"): templates("她的博客{v}记录了整个过程。", v=url),
        ("social_account", "social_account,web_address"): templates(
            "可以在微信上联系她（{w}）。", "她的抖音号是{h}。", w=wechat_id, h=handle
        ),
        ("ip_address", "ip_address"): templates("视频问诊的连接来自{v}。", v=ip_address),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier",
        ): templates("退票需要提供票号{v}。", "化验室在每支试管上打印了{v}。", v=long_number),
    },
}

FRESH_CLEAN = {
    "en": {
        "dose_or_lab_value": templates(
            "Her ferritin was {d} ng/mL and CRP {p} mg/L.",
            "Tacrolimus was kept at {p} ng/mL for {n} months.",
            "She lost {n} kg before the second cycle.",
            d=lambda rng: rng.randrange(10, 900),
            p=lambda rng: f"{rng.uniform(0.5, 15):.1f}",
            n=lambda rng: rng.randrange(2, 20),
        ),
        "month_year_or_year": templates(
            "Late in {y} the fevers stopped.",
            "Her next review is planned for {m}.",
            y=lambda rng: rng.randrange(2000, 2025),
            m=month_year_en,
        ),
        "letter_alias": templates(
            "{a} laughed when she saw the snow in Beijing.",
            "The nurses still ask how {a} is doing.",
            a=pick("Ms. A", "Mr. B", "Patient D", "Mrs. F"),
        ),
        "age_under_90": templates(
            "At {g}, she was the oldest patient in the trial.",
            "He turned {g} during the treatment.",
            g=lambda rng: rng.randrange(20, 90),
        ),
        "count_or_duration": templates(
            "The flight from Astana takes {n} hours.",
            "About {p} in 100 patients have this side effect.",
            n=lambda rng: rng.randrange(2, 9),
            p=lambda rng: rng.randrange(2, 40),
        ),
        "trial_or_code": templates(
            "Her results were pooled with trial {t}.", t=lambda rng: f"NCT0{rng.randrange(1000000, 9999999)}"
        ),
    },
    "zh": {
        "dose_or_lab_value": templates(
            "铁蛋白{d} ng/mL，C反应蛋白{p} mg/L。",
            "他克莫司血药浓度维持在{p} ng/mL共{n}个月。",
            "第二个周期前她瘦了{n}公斤。",
            d=lambda rng: rng.randrange(10, 900),
            p=lambda rng: f"{rng.uniform(0.5, 15):.1f}",
            n=lambda rng: rng.randrange(2, 20),
        ),
        "month_year_or_year": templates(
            "{y}年底，发热停止了。",
            "下次复查定在{y}年{m}月。",
            y=lambda rng: rng.randrange(2000, 2025),
            m=lambda rng: rng.randrange(1, 13),
        ),
        "letter_alias": templates(
            "看到北京的雪，{a}笑了。", "护士们还常问起{a}的近况。", a=pick("A女士", "B先生", "患者D", "小C")
        ),
        "age_under_90": templates(
            "{g}岁的她是试验中年龄最大的患者。", "治疗期间他度过了{g}岁生日。", g=lambda rng: rng.randrange(20, 90)
        ),
        "count_or_duration": templates(
            "从阿斯塔纳飞来需要{n}个小时。",
            "每100名患者中约有{p}人出现这种副作用。",
            n=lambda rng: rng.randrange(2, 9),
            p=lambda rng: rng.randrange(2, 40),
        ),
        "trial_or_code": templates(
            "她的结果被纳入试验{t}的汇总分析。", t=lambda rng: f"NCT0{rng.randrange(1000000, 9999999)}"
        ),
        "surname_character_word": templates(
            "治疗后她的关节僵硬明显改善。",
            "医生提醒她注意防晒。",
            "石膏固定了六周。",
            "常年服药让她很担心。",
            "高强度运动暂时不宜。",
        ),
    },
}


def build_fresh(language: str) -> list[tuple[str, str, str]]:
    """The second held-out part: every fresh template used, half the sentences clean."""
    rng = random.Random(f"{SEED}-fresh-{language}")
    rows = []
    for (category, kinds), category_templates in FRESH_POSITIVE[language].items():
        for sentence in _unique_sentences(category_templates, 14, rng):
            rows.append((category, kinds, sentence))
    positives = len(rows)
    seen: set[str] = set()
    clean = list(FRESH_CLEAN[language].items())
    while len(rows) < 2 * positives:
        added = False
        for category, category_templates in clean:
            if len(rows) == 2 * positives:
                break
            sentence = next(_unique_sentences(category_templates, 1, rng, seen), None)
            if sentence is not None:
                rows.append((category, "-", sentence))
                added = True
        if not added:
            break
    return rows


# --- a third held-out part, written after the second was used up --------------------------------


def third_phone(rng):
    return rng.choice(
        [
            f"+7 (701) {digits(3)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"0086 21 {rng.choice('5678')}{digits(3)(rng)} {digits(4)(rng)}",
            f"1-800-{rng.choice('2345678')}{digits(2)(rng)}-{digits(4)(rng)}",
            f"+998 (90) {digits(3)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"1{rng.choice('3589')}{digits(1)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
        ]
    )


def third_date_en(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{day} {MONTHS[month - 1][:3]} {year}",
            f"{year}-{month}-{day}",
            f"{month}/{day}/{year}",
            f"{MONTHS[month - 1]} {day}",
        ]
    )


def third_date_zh(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{year}年{month}月{day}日", f"{month}月{day}日", f"{year}/{month:02d}/{day:02d}"])


def third_name_en(rng):
    given, family = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
    return rng.choice(
        [
            f"Mr {given} {family}",
            f"Prof. {family}",
            f"{given} {family}",
            f"{rng.choice(PINYIN_FAMILY)} {rng.choice(PINYIN_GIVEN)}",
            f"Ms {family}",
        ]
    )


def third_name_zh(rng):
    return rng.choice(
        [
            rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN) + "医生",
            rng.choice(HAN_COMPOUND) + rng.choice(HAN_GIVEN),
            rng.choice(TRANSLITERATED[::2]) + "•" + rng.choice(TRANSLITERATED[1::2]),
            rng.choice(HAN_FAMILY) + rng.choice(HAN_GIVEN),
            rng.choice(HAN_FAMILY) + "大爷",
        ]
    )


THIRD_POSITIVE = {
    "en": {
        ("person_name", "person_name,patient_real_name"): templates(
            "Before the first infusion, {v} held her hand.",
            "The photo shows {v} with the ward team.",
            "Letters of thanks reached {v} months later.",
            v=third_name_en,
        ),
        ("street_address", "street_address,postal_code"): templates(
            "The taxi dropped her at {v} each evening.",
            v=lambda rng: rng.choice([english_street, romanised_chinese_address])(rng),
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "Her platelets recovered on {v}.", "The team met her family on {v}.", v=third_date_en
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates("Her son was born on {v}.", v=third_date_en),
        ("age_over_89", "age_over_89"): templates("Her father, now {v}, watched the video call.", v=old_age_en),
        ("phone_number", "phone_number"): templates(
            "Questions about the visa went to {v}.", "Her cousin answers on {v}.", v=third_phone
        ),
        ("email", "email"): templates("A photo came from {v} on her birthday.", v=email),
        ("resident_id", "resident_id,other_number,national_id"): templates(
            "Her ID, {v}, was on the visa form.", v=resident_id
        ),
        ("passport_number", "passport_number,other_number"): templates(
            "Passport no {v} expired last year.", v=passport
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "The scan request quoted patient ID {v}.", v=record_number
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "Her insurance card reads {v}.", v=insurance_number
        ),
        ("account_number", "account_number,other_number"): templates("Fees were charged to card {v}.", v=bank_card),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "A friend's car ({v}) brought her to the clinic.", v=lambda rng: rng.choice([chinese_plate, vin])(rng)
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "Her hearing aid, serial {v}, was repaired.", v=serial
        ),
        ("web_address", "web_address,social_account"): templates("Photos are posted at {v}.", v=url),
        ("social_account", "social_account,web_address"): templates(
            "She thanked the team from her Instagram, {h}.", "Her QQ is {q}.", h=handle, q=qq_number
        ),
        ("ip_address", "ip_address"): templates("Her tablet's address was {v} during the call.", v=ip_address),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier",
        ): templates("Bracelet number {v} was removed at discharge.", v=long_number),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "第一次输注前，{v}握着她的手。",
            "照片上是{v}和病房团队。",
            "几个月后，感谢信寄到了{v}手里。",
            v=third_name_zh,
        ),
        ("street_address", "street_address,postal_code"): templates("每天傍晚，出租车把她送到{v}。", v=chinese_address),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "{v}她的血小板恢复正常。", "团队在{v}与家属见面。", v=third_date_zh
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates("她的儿子出生于{v}。", v=third_date_zh),
        ("age_over_89", "age_over_89"): templates("她的父亲今年{v}，在视频里看着她。", v=old_age_zh),
        ("phone_number", "phone_number"): templates("签证问题请打{v}。", "她表哥的电话是{v}。", v=third_phone),
        ("email", "email"): templates("生日那天，{v}发来一张照片。", v=email),
        ("resident_id", "resident_id,other_number,national_id"): templates("签证表上填的身份证是{v}。", v=resident_id),
        ("passport_number", "passport_number,other_number"): templates("护照{v}去年已过期。", v=passport),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "检查申请单上写着病历号{v}。", v=record_number
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "她的医保卡上印着{v}。", v=insurance_number
        ),
        ("account_number", "account_number,other_number"): templates("费用从银行卡{v}扣除。", v=bank_card),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "朋友开着{v}送她去门诊。", v=chinese_plate
        ),
        ("device_identifier", "device_identifier,other_number"): templates("她的助听器（序列号{v}）已修好。", v=serial),
        ("web_address", "web_address,social_account"): templates("照片发布在{v}。", v=url),
        ("social_account", "social_account,web_address"): templates(
            "她在小红书{h}上感谢了团队。", "她的QQ是{q}。", h=handle, q=qq_number
        ),
        ("ip_address", "ip_address"): templates("视频时她平板的地址是{v}。", v=ip_address),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier",
        ): templates("出院时取下了手环{v}。", v=long_number),
    },
}

THIRD_CLEAN = {
    "en": {
        "dose_or_lab_value": templates(
            "Her IgG rose to {d} mg/dL after {n} infusions.",
            "Complement C3 was {p} g/L at discharge.",
            d=lambda rng: rng.randrange(300, 1800),
            n=lambda rng: rng.randrange(2, 12),
            p=lambda rng: f"{rng.uniform(0.3, 1.8):.2f}",
        ),
        "month_year_or_year": templates("Her daughter started school in {m}.", m=month_year_en),
        "letter_alias": templates(
            "{a} still sends the nurses postcards.", a=pick("Ms. A", "Mr. B", "Patient C", "Ms. E")
        ),
        "age_under_90": templates("Her mother, {g}, flew with her.", g=lambda rng: f"{rng.randrange(40, 89)}"),
        "count_or_duration": templates(
            "The ward has {n} beds and {k} nurses.",
            n=lambda rng: rng.randrange(10, 60),
            k=lambda rng: rng.randrange(10, 40),
        ),
        "eponym_or_medical_term": templates(
            "Addison disease was excluded.", "A Schirmer test confirmed dry eyes.", "Her Glasgow score was normal."
        ),
        "role_and_place": templates(
            "The charge nurse on the Rheumatology Ward called her family.", "She flew home to Shymkent after discharge."
        ),
    },
    "zh": {
        "dose_or_lab_value": templates(
            "{n}次输注后IgG升至{d} mg/dL。",
            "出院时补体C3为{p} g/L。",
            d=lambda rng: rng.randrange(300, 1800),
            n=lambda rng: rng.randrange(2, 12),
            p=lambda rng: f"{rng.uniform(0.3, 1.8):.2f}",
        ),
        "month_year_or_year": templates(
            "她的女儿{y}年{m}月开始上学。", y=lambda rng: rng.randrange(2010, 2025), m=lambda rng: rng.randrange(1, 13)
        ),
        "letter_alias": templates("{a}至今还给护士们寄明信片。", a=pick("A女士", "B先生", "患者C", "小D")),
        "age_under_90": templates("她{g}岁的母亲陪她一起飞来。", g=lambda rng: rng.randrange(40, 89)),
        "count_or_duration": templates(
            "病房有{n}张床位、{k}名护士。", n=lambda rng: rng.randrange(10, 60), k=lambda rng: rng.randrange(10, 40)
        ),
        "surname_character_word": templates(
            "她的关节疼痛明显缓解。",
            "石蜡疗法也有帮助。",
            "常规复查没有异常。",
            "高剂量激素已经停用。",
            "金属植入物不影响检查。",
        ),
        "role_and_place": templates("风湿免疫科的护士长给她家人打了电话。", "出院后她飞回了奇姆肯特。"),
    },
}


def build_third(language: str) -> list[tuple[str, str, str]]:
    """The third held-out part, made like the second from its own templates."""
    rng = random.Random(f"{SEED}-third-{language}")
    rows = []
    for (category, kinds), category_templates in THIRD_POSITIVE[language].items():
        for sentence in _unique_sentences(category_templates, 14, rng):
            rows.append((category, kinds, sentence))
    positives = len(rows)
    seen: set[str] = set()
    clean = list(THIRD_CLEAN[language].items())
    while len(rows) < 2 * positives:
        added = False
        for category, category_templates in clean:
            if len(rows) == 2 * positives:
                break
            sentence = next(_unique_sentences(category_templates, 1, rng, seen), None)
            if sentence is not None:
                rows.append((category, "-", sentence))
                added = True
        if not added:
            break
    return rows


# --- development sentences added after held-out run 3 -------------------------------------------
#
# For what run 3 missed (a short insurance code a few words after the card it is printed on, a given
# name starting with 一 before a title), for amounts after payment words, and for the consent
# record's real names, which the scanner finds by their hashes only when they were entered: those
# rows carry the names as entered, in a fourth column. Appended to the development part with a seed
# of their own, so that every earlier row of every part stays exactly as it was.

DEV_ADDITIONS_PER_CATEGORY = 16


def short_insurance_code(rng):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        [
            f"{rng.choice(letters)}{rng.choice(letters)}-{digits(4)(rng)}",
            f"{rng.choice(letters)}{digits(1)(rng)}-{digits(4)(rng)}",
            f"{digits(2)(rng)}-{digits(3)(rng)}-{rng.choice(letters)}",
            f"{digits(1)(rng)}{rng.choice(letters)}{digits(2)(rng)}-{rng.choice(letters)}{digits(2)(rng)}",
        ]
    )


YI_GIVEN = "一鸣 一帆 一凡 一丹 一然 一航 一涵 一宁 一菲 一博 一晨 一杰".split()


def yi_name(rng):
    return rng.choice(HAN_FAMILY) + rng.choice(YI_GIVEN)


# Names as the consent form holds them, and as a story might write them: in lower case, run
# together, with tone marks, in reverse order, or in pinyin for a name entered in Han characters.
REAL_LATIN = [("Zhang Wei", "Zhāng Wěi"), ("Liu Fang", "Liú Fāng"), ("Chen Jing", "Chén Jìng"), ("Ma Lin", "Mǎ Lín")]
REAL_CENTRAL_ASIAN = "Kanat Ermek|Bolat Zhenis|Aruzhan Temir|Yerbol Nurzhan|Dana Sapar|Erlan Baiken".split("|")
REAL_HAN = [("曾小明", "Xiaoming Zeng"), ("吕思彤", "Sitong Lyu"), ("单可心", "Kexin Shan"), ("温想", "Xiang Wen")]
REAL_HAN_PLAIN = "李想 金沫 童默 牛川 苗可 任之初 贺心 丛乐".split()


def real_name_en(rng):
    """(the name as written in the story, the name as entered on the consent form)."""
    form = rng.randrange(5)
    if form == 0:
        entered, toned = rng.choice(REAL_LATIN)
        return toned, entered
    if form == 1:
        entered, _ = rng.choice(REAL_LATIN)
        return entered.replace(" ", "").lower(), entered
    if form == 2:
        entered = rng.choice(REAL_CENTRAL_ASIAN)
        return " ".join(reversed(entered.split())), entered
    if form == 3:
        entered = rng.choice(REAL_CENTRAL_ASIAN)
        return entered.lower(), entered
    entered, written = rng.choice(REAL_HAN)
    return written, entered


def real_name_zh(rng):
    form = rng.randrange(3)
    if form == 0:
        entered = rng.choice(REAL_HAN_PLAIN)
        return entered, entered
    if form == 1:
        entered, _ = rng.choice(REAL_HAN)
        return entered, entered
    entered, written = rng.choice(REAL_LATIN)
    return entered.lower(), entered


DEV_ADDITIONS = {
    "en": {
        ("patient_real_name", "patient_real_name,person_name"): (
            real_name_en,
            [
                "Back home, {v} started running again.",
                "The e-mail was simply signed {v}.",
                "{v} came back for the six-month check.",
                "We asked {v} whether the story could be told.",
            ],
        ),
    },
    "zh": {
        ("health_plan_number", "health_plan_number,other_number,account_number"): (
            short_insurance_code,
            ["社保卡背面印着{v}。", "他的医保卡上写着{v}，有效期到年底。", "保险卡上显示的号码是{v}。"],
        ),
        ("person_name", "person_name,patient_real_name"): (
            yi_name,
            [
                "{v}医生给她做了第二次穿刺。",
                "出院那天，{v}女士来接她。",
                "{v}老师每周来病房给孩子补课。",
                "护士长{v}，每天都来看她。",
            ],
        ),
        ("patient_real_name", "patient_real_name,person_name"): (
            real_name_zh,
            [
                "回国以后{v}又开始跑步了。",
                "邮件的落款只写了{v}。",
                "半年复查时{v}回来了。",
                "我们问{v}能不能把故事写出来。",
            ],
        ),
    },
}
DEV_ADDITIONS_CLEAN = {
    "en": {
        "count_or_duration": templates(
            "Her fever came down after {n} days, as it had the year before.",
            "A second doctor confirmed the plan on Monday.",
            n=lambda rng: rng.randrange(2, 15),
        ),
        "amount_or_card_word": templates(
            "The insurer paid {k} dollars of the bill.",
            'The card from her classmates read "Get well soon".',
            "Her insurance covered {p}% of the cost.",
            k=lambda rng: f"{rng.randrange(1, 40)},{rng.randrange(100, 999)}",
            p=lambda rng: rng.randrange(40, 100),
        ),
    },
    "zh": {
        "surname_character_word": templates(
            "周一医生查房时发现她退烧了。",
            "每周一老师都来病房给她补课。",
            "周一凡是发热的患者都要复查。",
            "出院后她和以前一样活泼。",
            "万一夜里发热，请马上来急诊。",
            "第一次输注时，一位医生一直陪着她。",
        ),
        "amount_or_card_word": templates(
            "医保报销后，她自付了{k}元。",
            "家人用支付宝转账{k}元交了押金。",
            "社保卡上印着她的照片。",
            "医保卡里还剩{d}元。",
            k=lambda rng: rng.randrange(1000, 90000),
            d=lambda rng: rng.randrange(100, 9000),
        ),
    },
}


def build_dev_additions(language: str) -> list[tuple[str, ...]]:
    """The rows added to the development part after run 3, half of them clean."""
    rng = random.Random(f"{SEED}-dev-additions-{language}")
    rows = []
    for (category, kinds), (maker, sentences) in DEV_ADDITIONS[language].items():
        seen: set[str] = set()
        while sum(row[0] == category for row in rows) < DEV_ADDITIONS_PER_CATEGORY:
            value = maker(rng)
            # A real-name maker gives the name as written and as entered on the consent form.
            written, entered = value if isinstance(value, tuple) else (value, None)
            sentence = rng.choice(sentences).format(v=written)
            if sentence in seen:
                continue
            seen.add(sentence)
            rows.append((category, kinds, sentence) + ((entered,) if entered else ()))
    return rows + _clean_rows(DEV_ADDITIONS_CLEAN[language], len(rows), rng)


def _clean_rows(clean_templates, count, rng) -> list[tuple[str, str, str]]:
    """`count` clean rows, drawn from each clean category in turn while it has new sentences."""
    rows = []
    seen: set[str] = set()
    while len(rows) < count:
        added = False
        for category, category_templates in clean_templates.items():
            sentence = next(_unique_sentences(category_templates, 1, rng, seen), None)
            if sentence is not None and len(rows) < count:
                rows.append((category, "-", sentence))
                added = True
        if not added:
            break
    return rows


# --- a fourth held-out part, written after the third was used up --------------------------------
#
# New templates and new surface forms for every kind the README lists, forty sentences of each
# kind and language, and as many clean ones; written and committed before the scanner was run on
# any of them (README, run 4).

FOURTH_PER_CATEGORY = 40

FOURTH_LATIN_GIVEN = (
    "Marzhan Ainur Bekzat Dauren Gulzhan Nargiza Shokhrukh Oybek Zarina Kristina Vladislav Rosa Isabel "
    "Noah Ethan Priya Aisulu Temirlan Alibek Yerkebulan Madiyar Akbota Diana Sultan"
).split()
FOURTH_LATIN_FAMILY = (
    "Zhakupova Mukanov Ospanova Yermekov Tokayeva Abdullayev Ismailova Fernandez O'Connor McAllister Nguyen "
    "Okafor Johansson Dubois Rossi Kowalski Tan Lim Park Seitkazy Bolatuly Kassymova Zhunusov"
).split()
FOURTH_PINYIN_FAMILY = "Xiao Qian Guo Luo Tang Ouyang Deng Feng Cao Xie".split()
FOURTH_PINYIN_GIVEN = "Zhiwei Xinyi Yuhang Shuang Ruolan Jiayi Wenjun Kaixin Mingyu Haoyu".split()
FOURTH_HAN_GIVEN = (
    "子轩 欣怡 宇航 梓萱 晨曦 佳琪 思雨 浩宇 雅琴 国庆 建军 秀兰 桂芳 玉珍 海峰 春梅 志刚 丽萍 明辉 晓燕 "
    "军 强 霞 勇 静 斌 超"
).split()
FOURTH_TRANSLITERATED_GIVEN = (
    "玛尔江 阿依努尔 别克扎特 达乌连 古丽江 娜尔吉扎 扎丽娜 克里斯蒂娜 弗拉季斯拉夫 阿丽别克".split()
)
FOURTH_TRANSLITERATED_FAMILY = (
    "奥斯帕诺娃 穆卡诺夫 叶尔梅科夫 托卡耶娃 伊斯梅洛娃 阿卜杜拉耶夫 扎库波娃 谢里克巴耶夫".split()
)


def fourth_name_en(rng):
    given, family = rng.choice(FOURTH_LATIN_GIVEN), rng.choice(FOURTH_LATIN_FAMILY)
    return rng.choice(
        [
            f"{given} {family}",
            f"Dr. {given} {family}",
            f"Mrs. {family}",
            f"Professor {family}",
            f"{family} {given}",
            f"{rng.choice(FOURTH_PINYIN_FAMILY)} {rng.choice(FOURTH_PINYIN_GIVEN)}",
            f"{given} {family[0]}.",
        ]
    )


def fourth_han_name(rng):
    family = rng.choice([*HAN_FAMILY[:40], *rng.sample(HAN_COMPOUND, 2)])
    return family + rng.choice(FOURTH_HAN_GIVEN[:20])


def fourth_name_zh(rng):
    family = rng.choice(HAN_FAMILY)
    return rng.choice(
        [
            family + rng.choice(FOURTH_HAN_GIVEN),
            family + rng.choice(FOURTH_HAN_GIVEN[:20]),
            family + rng.choice(["主任", "阿姨", "护士长", "大夫", "师傅"]),
            "小" + family,
        ]
    )


def fourth_compound_name(rng):
    return rng.choice(HAN_COMPOUND) + rng.choice(FOURTH_HAN_GIVEN)


def fourth_transliterated_name(rng):
    given, family = rng.choice(FOURTH_TRANSLITERATED_GIVEN), rng.choice(FOURTH_TRANSLITERATED_FAMILY)
    form = rng.randrange(5)
    if form < 2:
        return f"{given}·{family}"
    if form == 2:
        return f"{given}{rng.choice(['•', '・'])}{family}"
    if form == 3:
        return given + family
    return family + "女士"


def fourth_latin_name_in_chinese(rng):
    given, family = rng.choice(FOURTH_LATIN_GIVEN), rng.choice(FOURTH_LATIN_FAMILY)
    return rng.choice(
        [
            f"{given} {family}",
            f"{family} {given}",
            f"{family.upper()} {given}",
            f"{given[0]}. {family}",
            f"Dr. {family}",
        ]
    )


# The consent record's names, and how a story writes them.
FOURTH_REAL_LATIN = [
    ("Ospanova Marzhan", ["Marzhan Ospanova", "marzhan ospanova", "OSPANOVA Marzhan"]),
    ("Li Xinyi", ["Xinyi Li", "li xinyi", "Lǐ Xīnyí", "LI XINYI"]),
    ("Dauren Mukanov", ["dauren mukanov", "Mukanov Dauren", "Dauren MUKANOV"]),
    ("Guo Zihao", ["Zihao Guo", "guo zihao", "Guō Zǐháo"]),
]
FOURTH_REAL_HAN = [
    ("吕沐阳", ["Muyang Lyu", "Lü Muyang", "lyu muyang"]),
    ("覃小北", ["Qin Xiaobei", "Xiaobei Tan"]),
    ("佟星野", ["Xingye Tong", "tong xingye"]),
    ("卜若谷", ["Bu Ruogu", "Ruogu Bu"]),
    ("晏可", ["Yan Ke", "Ke Yan"]),
    ("隋乐乐", ["Sui Lele", "Lele Sui"]),
]


def fourth_real_name_en(rng):
    entered, written = rng.choice(FOURTH_REAL_LATIN if rng.random() < 0.5 else FOURTH_REAL_HAN)
    return rng.choice(written), entered


def fourth_real_name_zh(rng):
    form = rng.randrange(5)
    if form < 3:
        entered, _ = rng.choice(FOURTH_REAL_HAN)
        return entered, entered
    if form == 3:
        entered, written = rng.choice(FOURTH_REAL_HAN)
        return rng.choice(written), entered
    entered, written = rng.choice(FOURTH_REAL_LATIN)
    return written[0], entered


def fourth_street_en(rng):
    number = rng.randrange(1, 480)
    street = rng.choice(
        [
            "Kabanbay Batyr Avenue",
            "Satpayev Street",
            "Queen's Road",
            "Elm Court",
            "Harbour View Terrace",
            "Abylai Khan Avenue",
            "North Michigan Avenue",
            "Furmanov Street",
        ]
    )
    return rng.choice(
        [
            f"{number} {street}",
            f"{number}/{rng.randrange(1, 9)} {street}",
            f"Apartment {rng.randrange(1, 120)}, {number} {street}",
            f"{street} {number}",
            f"{number}-{rng.randrange(1, 60)} {street}",
        ]
    )


def fourth_romanised_chinese_address(rng):
    return rng.choice(
        [
            f"No. {rng.randrange(1, 60)}, Lane {rng.randrange(10, 900)}, Changle Road",
            f"Room {rng.randrange(101, 2400)}, No. {rng.randrange(1, 200)} Xueyuan Road, Haidian District",
            f"Beixinqiao Santiao Hutong {rng.randrange(1, 80)}, Dongcheng District",
            f"Zhongguancun South Street No. {rng.randrange(1, 40)}",
            f"Building {rng.randrange(1, 30)}, Jinqiao Garden Residential Community",
            f"{rng.randrange(1, 900)} Nanjing West Road, Jing'an District",
        ]
    )


def fourth_flat_en(rng):
    return rng.choice(
        [
            f"Flat {rng.randrange(1, 30)}{rng.choice('ABCD')}",
            f"Apartment {rng.randrange(2, 240)}",
            f"Room {rng.randrange(101, 2400)}, Building {rng.randrange(1, 30)}",
            f"Block {rng.randrange(1, 20)}, Flat {rng.randrange(1, 90)}",
            f"Unit {rng.randrange(1, 9)}-{rng.randrange(101, 2400)}",
            f"apt. {rng.randrange(2, 240)}",
        ]
    )


def fourth_postal_code_en(rng):
    return rng.choice(
        [
            f"Almaty 0500{digits(2)(rng)}",
            f"index 0500{digits(2)(rng)}",
            f"ZIP {rng.choice(['94', '10', '60'])}{digits(3)(rng)}",
            f"CA 94{digits(3)(rng)}",
            f"postcode EH{rng.randrange(1, 17)} {rng.randrange(1, 9)}{rng.choice(['NG', 'QT', 'AB', 'HU'])}",
            f"Beijing 100{digits(3)(rng)}",
            f"post code 200{digits(3)(rng)}",
        ]
    )


def fourth_coordinates(rng):
    lat, lon = rng.uniform(25, 52), rng.uniform(60, 120)
    return rng.choice(
        [
            f"{lat:.4f}° N, {lon:.4f}° E",
            f"N {int(lat)}°{rng.randrange(60)}′ E {int(lon)}°{rng.randrange(60)}′",
            f"lat {lat:.3f}, long {lon:.3f}",
            f"({lat:.4f}, {lon:.4f})",
            f"{int(lat)}°{rng.randrange(60)}'N {int(lon)}°{rng.randrange(60)}'E",
        ]
    )


def fourth_coordinates_zh(rng):
    lat, lon = rng.uniform(25, 52), rng.uniform(60, 120)
    return rng.choice(
        [
            f"北纬{lat:.2f}°，东经{lon:.2f}°",
            f"N{lat:.4f}, E{lon:.4f}",
            f"{lat:.4f},{lon:.4f}",
            f"东经{int(lon)}°{rng.randrange(60)}′，北纬{int(lat)}°{rng.randrange(60)}′",
            f"纬度{lat:.2f}、经度{lon:.2f}",
        ]
    )


WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def ordinal(day):
    return f"{day}{'th' if 4 <= day <= 20 or day > 23 else ['st', 'nd', 'rd'][day % 10 - 1]}"


def fourth_date_en(rng):
    year, month, day = rng.randrange(1935, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    name = MONTHS[month - 1]
    return rng.choice(
        [
            f"{rng.choice(WEEKDAYS)}, {day} {name} {year}",
            f"the {ordinal(day)} of {name}, {year}",
            f"{name} {ordinal(day)}",
            f"{ordinal(day)} {name}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{year}.{month:02d}.{day:02d}",
            f"{name[:3]}. {day}, {year}",
        ]
    )


def fourth_date_zh(rng):
    year, month, day = rng.randrange(1935, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{year}年{month}月{day}日",
            f"{month}月{day}日",
            "".join(CHINESE_DIGITS[int(d)] for d in str(year))
            + f"年{chinese_numeral(month)}月{chinese_numeral(day)}日",
            f"{year}-{month}-{day}",
            f"{year}年{month}月{day}号",
            f"{year}.{month}.{day}",
        ]
    )


def fourth_old_age_en(rng):
    age = rng.randrange(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four"}
    return rng.choice(
        [
            f"{age}",
            f"{age} years of age",
            f"a {age}-year-old",
            f"{words.get(age, 'ninety-five')} years old",
            "in her late nineties",
            f"{age}yo",
            f"aged {words.get(age, 'ninety')}",
        ]
    )


def fourth_old_age_zh(rng):
    age = rng.randrange(90, 104)
    return rng.choice(
        [
            f"{age}岁",
            f"{age}周岁",
            f"九十{chinese_numeral(age - 90) if 90 < age < 100 else ''}岁",
            "年近百岁",
            f"{age}岁高龄",
            "九旬",
        ]
    )


def fourth_phone(rng):
    mobile = "1" + rng.choice("3589") + digits(9)(rng)
    return rng.choice(
        [
            f"+86 (10) {rng.choice('5678')}{digits(3)(rng)} {digits(4)(rng)}",
            f"+7 777 {digits(3)(rng)} {digits(4)(rng)}",
            f"+44 (0)20 7{digits(3)(rng)} {digits(4)(rng)}",
            f"8 701 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}",
            f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
            f"+1 (646) {rng.choice('2345678')}{digits(2)(rng)}-{digits(4)(rng)}",
            f"00 86 21 {rng.choice('5678')}{digits(3)(rng)} {digits(4)(rng)}",
            f"+998 71 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}",
            f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
        ]
    )


def fourth_fax(rng):
    return rng.choice(
        [
            f"+7 (727) {rng.choice('23')}{digits(2)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"010-{rng.choice('5678')}{digits(3)(rng)} {digits(4)(rng)}",
            f"+86-21-{rng.choice('5678')}{digits(3)(rng)}-{digits(4)(rng)}",
            f"(0571) {rng.choice('5678')}{digits(3)(rng)} {digits(4)(rng)}",
            f"+44 161 {digits(3)(rng)} {digits(4)(rng)}",
        ]
    )


def fourth_email(rng):
    user = rng.choice(["marzhan.o", "li_xinyi2001", "dauren-m", "bekzat.t", "Kaixin.Guo", "ainur+clinic", "rosa.f"])
    domain = rng.choice(["outlook.com", "mail.kz", "sina.com", "yahoo.co.uk", "gmail.com", "inbox.ru", "foxmail.com"])
    return f"{user}{rng.choice(['', str(rng.randrange(10, 99))])}@{domain}"


def fourth_url(rng):
    return rng.choice(
        [
            f"https://www.facebook.com/{rng.choice(['marzhan.ospanova', 'ainur.k', 'bekzat.family'])}",
            f"instagram.com/{rng.choice(['li.xinyi_', 'kaixin_days', 'marzhan_'])}{digits(2)(rng)}",
            f"https://vk.com/id{digits(8)(rng)}",
            f"youtube.com/@{rng.choice(['bekzat', 'ainur', 'xinyi'])}_family",
            f"https://gofundme.com/f/help-for-{rng.choice(['marzhan', 'ainur', 'dauren'])}",
            f"www.{rng.choice(['marzhan', 'ainur', 'dauren'])}-recovery.kz",
            f"https://www.xiaohongshu.com/user/profile/{digits(6)(rng)}abc{digits(4)(rng)}",
        ]
    )


def fourth_handle(rng):
    name = rng.choice(["marzhan.o", "li_xinyi", "bekzat_t", "kaixin.day", "ainur_k", "dauren.m"])
    return rng.choice(["@", "@", ""]) + name + rng.choice(["", str(rng.randrange(1, 99))])


def fourth_wechat(rng):
    return rng.choice(["marzhan_", "xinyi", "Kaixin-", "wxid_", "ainur"]) + "".join(
        rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randrange(5, 9))
    )


def fourth_ip(rng):
    form = rng.randrange(5)
    if form < 2:
        return f"{rng.randrange(31, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if form == 2:
        return (
            f"2001:0db8:{rng.randrange(65536):04x}:0000:0000:8a2e:{rng.randrange(65536):04x}:{rng.randrange(65536):04x}"
        )
    if form == 3:
        return f"fe80::{rng.randrange(4096):x}:{rng.randrange(65536):x}:{rng.randrange(65536):x}"
    address = f"{rng.randrange(31, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"{address}:{rng.choice([8080, 443, 3389])}"


def fourth_resident_id(rng):
    number = resident_id(rng).replace(" ", "")
    form = rng.randrange(4)
    if form == 0:
        return f"{number[:6]}-{number[6:14]}-{number[14:]}"
    if form == 1:
        return number[:-1] + number[-1].lower()
    return number


def fourth_plates(rng):
    letters, british, regions = "ABCEHKMOPTXY", "ABCDEFGHJKLMNPRSTVWXY", ["77", "199", "750"]
    return rng.choice(
        [
            f"{digits(3)(rng)} {''.join(rng.choices(letters, k=3))} {rng.choice(['02', '01', '17'])}",
            f"{rng.choice(letters)} {digits(3)(rng)} {''.join(rng.choices(letters, k=2))} {rng.choice(regions)}",
            f"{''.join(rng.choices('ABDKLMY', k=2))}{digits(2)(rng)} {''.join(rng.choices(british, k=3))}",
            f"{rng.choice('京沪粤浙苏川新')}{rng.choice('ABCDE')}·{rng.choice('DF')}{digits(5)(rng)}",
            chinese_plate(rng),
        ]
    )


def fourth_serial(rng):
    return rng.choice(
        [
            f"SN {digits(4)(rng)}-{digits(3)(rng)}-{digits(2)(rng)}",
            f"CI-{rng.choice(['A', 'K', 'M'])}{digits(6)(rng)}",
            f"(01){digits(14)(rng)}(21){digits(6)(rng)}",
            f"{rng.choice(['GX', 'RMS', 'PDT'])}{digits(5)(rng)}{rng.choice(['R', 'K', ''])}",
        ]
    )


def fourth_imei(rng):
    number = luhn_complete("86" + digits(12)(rng))
    return rng.choice([number, f"{number[:2]} {number[2:8]} {number[8:14]} {number[14]}", f"{number[:8]}-{number[8:]}"])


def fourth_mac(rng):
    return rng.choice([":", "-"]).join(f"{rng.randrange(256):02X}" for _ in range(6))


def fourth_long_number(rng):
    return rng.choice(
        [
            digits(10)(rng),
            digits(13)(rng),
            f"No. {rng.randrange(2015, 2025)}-{digits(6)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"{rng.choice(['SF', 'YT', 'JD'])}{digits(12)(rng)}",
        ]
    )


def fourth_record_number(rng):
    return rng.choice(
        [
            f"MR-{rng.randrange(2015, 2025)}-{digits(6)(rng)}",
            f"{digits(4)(rng)}-{digits(4)(rng)}",
            f"HN {digits(7)(rng)}",
            f"IP{rng.randrange(2015, 2025)}{digits(4)(rng)}",
            f"K-{digits(5)(rng)}",
            digits(9)(rng),
        ]
    )


def fourth_insurance(rng):
    return rng.choice(
        [
            f"DMS-{digits(4)(rng)}-{digits(4)(rng)}",
            f"W{digits(9)(rng)}",
            f"AXA {digits(4)(rng)} {digits(4)(rng)} {digits(2)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"ZH-{digits(4)(rng)}-{digits(2)(rng)}",
        ]
    )


def fourth_account(rng):
    return rng.choice(
        [
            bank_card(rng),
            kazakh_iban(rng),
            f"40817 810 {digits(1)(rng)} {digits(4)(rng)} {digits(7)(rng)}",
            f"{digits(4)(rng)}-{digits(4)(rng)}-{digits(4)(rng)}-{digits(4)(rng)}",
        ]
    )


def kazakh_iban(rng):
    return f"KZ{rng.randrange(10, 99)} {digits(3)(rng)}K ZT{digits(2)(rng)} {digits(4)(rng)} {digits(4)(rng)}"


def fourth_driving_licence(rng):
    return rng.choice(
        [
            f"{rng.choice(['MORGA', 'SMITH', 'KIMJS'])}{digits(6)(rng)}{rng.choice(['SM9IJ', 'AB2CD', 'XY7ZZ'])}",
            f"D{digits(7)(rng)}",
            f"KZ {digits(2)(rng)}{rng.choice('ABCDE')}{rng.choice('ABCDE')}{digits(6)(rng)}",
        ]
    )


def fourth_professional_licence(rng):
    return rng.choice([f"RN {digits(6)(rng)}", digits(15)(rng), f"{rng.randrange(2005, 2024)}{digits(8)(rng)}"])


def fourth_national_id_en(rng):
    return rng.choice(
        [
            ("social security number", ssn(rng)),
            ("IIN", digits(12)(rng)),
            (
                "National Insurance number",
                f"Q{rng.choice('ABCEGHJ')} {digits(2)(rng)} {digits(2)(rng)} {digits(2)(rng)} {rng.choice('ABCD')}",
            ),
            ("SNILS", f"{digits(3)(rng)}-{digits(3)(rng)}-{digits(3)(rng)} {digits(2)(rng)}"),
            ("PINFL", digits(14)(rng)),
        ]
    )


def fourth_national_id_zh(rng):
    return rng.choice(
        [
            ("哈萨克斯坦个人识别号（IIN）", digits(12)(rng)),
            ("香港身份证号码", f"{rng.choice('ACDEGHKMPRVYZ')}{digits(6)(rng)}({rng.randrange(10)})"),
            ("台胞证号码", digits(8)(rng)),
            ("俄罗斯社保号SNILS", f"{digits(3)(rng)}-{digits(3)(rng)}-{digits(3)(rng)} {digits(2)(rng)}"),
            ("美国社会安全号码", ssn(rng)),
        ]
    )


def fourth_passport(rng):
    return rng.choice(
        [
            "N" + digits(8)(rng),
            f"{rng.randrange(70, 78)} {digits(7)(rng)}",
            "E" + digits(8)(rng),
            "E" + rng.choice("ABCDEFGH") + digits(7)(rng),
            digits(9)(rng),
            rng.choice("AC") + digits(8)(rng),
        ]
    )


FOURTH_POSITIVE = {
    "en": {
        ("person_name", "person_name,patient_real_name"): templates(
            "When we called, {v} picked up on the first ring.",
            "The discharge letter thanked {v} for her patience.",
            "{v}, who had travelled with her, stayed in a hotel nearby.",
            "Her niece, {v}, kept a diary of every infusion.",
            "A volunteer named {v} showed the family around.",
            v=fourth_name_en,
        ),
        ("han_name_in_english", "person_name,patient_real_name"): templates(
            "Her colleague {v} covered her classes while she was away.",
            "The form was filled in by {v}, her aunt.",
            "{v} and her daughter arrived on the night train.",
            "We were joined by {v}, who runs the patient group.",
            v=fourth_han_name,
        ),
        ("patient_real_name", "patient_real_name,person_name"): (
            fourth_real_name_en,
            [
                "Everyone on the ward still remembers {v}.",
                "The thank-you video was uploaded by {v}.",
                "{v} rang the bell to mark the last infusion.",
                "A drawing by {v} hangs in the playroom.",
            ],
        ),
        ("street_address", "street_address,postal_code"): templates(
            "The pharmacy delivered her tablets to {v}.",
            "Until the illness she ran a small shop at {v}.",
            "Her grandmother's house at {v} became the family's base.",
            "The social worker visited her at {v}.",
            v=fourth_street_en,
        ),
        ("romanised_chinese_address", "street_address,postal_code"): templates(
            "While in Beijing she rented a room at {v}.",
            "Her cousin's address, {v}, was given to the taxi driver.",
            "Parcels for her went to {v}.",
            "She spent the summer at her sister's place, {v}.",
            v=fourth_romanised_chinese_address,
        ),
        ("flat_or_building", "street_address"): templates(
            "She shares {v} with two other students.",
            "The courier left the box outside {v}.",
            "Home is {v}, on the top floor.",
            "Her parents moved into {v} after the flood.",
            v=fourth_flat_en,
        ),
        ("postal_code", "postal_code,street_address"): templates(
            "Her prescriptions are posted to {v}.",
            "The charity's letter reached her at {v}.",
            "On the visa form she wrote {v} under home address.",
            "Her village shares {v} with two others.",
            v=fourth_postal_code_en,
        ),
        ("geolocation", "geolocation"): templates(
            "Her phone's last location was {v}.",
            "The rescue team found her car at {v}.",
            "The photo's tags give {v} as the place it was taken.",
            "Her family's farm lies at {v}.",
            v=fourth_coordinates,
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "Her second transplant was scheduled for {v}.",
            "The fever broke on the morning of {v}.",
            "She flew home on {v}.",
            "The team reviewed her scans on {v}.",
            v=fourth_date_en,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "Her passport gives her birth date as {v}.",
            "Born on {v}, she is the eldest of three.",
            "Her date of birth ({v}) was checked before every infusion.",
            "She celebrated her birthday, {v}, on the ward.",
            v=fourth_date_en,
        ),
        ("age_over_89", "age_over_89"): templates(
            "Her great-grandmother, now {v}, still lives alone.",
            "The oldest person at the family dinner was {v}.",
            "Her grandfather, {v}, walked her to the bus every morning.",
            "Grandma, {v}, sent a recorded message to the ward.",
            v=fourth_old_age_en,
        ),
        ("phone_number", "phone_number"): templates(
            "If she does not answer, try her mother at {v}.",
            "Her WhatsApp number, {v}, is on the referral.",
            "She gave {v} as the number to call after six.",
            "Our coordinator rang her on {v} every Friday.",
            v=fourth_phone,
        ),
        ("fax_number", "phone_number"): templates(
            "Her father keeps a fax machine at home: {v}.",
            "She asked for the invoice by fax, to {v}.",
            "The signed consent came back by fax from {v}.",
            "The family business's fax number is {v}.",
            v=fourth_fax,
        ),
        ("email", "email"): templates(
            "Her blood results were forwarded to {v}.",
            "She can be reached by e-mail at {v}.",
            "Replies should go to {v}, her son's address.",
            "The scans were shared with {v} through a download link.",
            v=fourth_email,
        ),
        ("web_address", "web_address,social_account"): templates(
            "Her family posts updates at {v}.",
            "You can watch the video at {v}.",
            "Donations were collected through {v}.",
            "Her diary of the treatment lives at {v}.",
            v=fourth_url,
        ),
        ("social_account", "social_account,web_address"): templates(
            "Her friends keep in touch on WeChat, where she is {w}.",
            "On Instagram she goes by {h}.",
            "Her Telegram username is {h}.",
            "She added the nurse on QQ ({q}).",
            "Search for {h} on TikTok to see her videos.",
            w=fourth_wechat,
            h=fourth_handle,
            q=qq_number,
        ),
        ("ip_address", "ip_address"): templates(
            "The remote consultation was logged from {v}.",
            "Her upload came from {v}, according to the server.",
            "The security log shows {v} for her account.",
            "Her router's public address, {v}, was blocked by mistake.",
            v=fourth_ip,
        ),
        ("resident_id", "resident_id,national_id,other_number"): templates(
            "Her identity number, {v}, appears on the transfer letter.",
            "The hospital copied {v} from her Chinese ID card.",
            "Registration took her resident ID, {v}.",
            "Her mother's ID number is {v}.",
            v=fourth_resident_id,
        ),
        ("national_id", "national_id,other_number,resident_id"): [
            (sentence, {"v": fourth_national_id_en})
            for sentence in (
                "Her {l} is {n}.",
                "The embassy letter quoted her {l}, {n}.",
                "She gave {n} as her {l}.",
                "The consulate asked for her {l} ({n}).",
            )
        ],
        ("passport_number", "passport_number,other_number"): templates(
            "Her travel document, passport {v}, was renewed in Beijing.",
            "The hotel photocopied passport number {v}.",
            "She booked the flight under passport {v}.",
            "Her passport ({v}) was kept in the ward safe.",
            v=fourth_passport,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "Her hospital record, {v}, was sent with the samples.",
            "Her outpatient card number is {v}.",
            "Please quote her case number, {v}, when booking.",
            "The lab report header reads: Patient no. {v}.",
            v=fourth_record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "Her travel insurance policy, {v}, covered the flights.",
            "The claim form asks for member number {v}.",
            "Her OMS policy {v} is not valid in China.",
            "The health insurance card shows {v}.",
            v=fourth_insurance,
        ),
        ("account_number", "account_number,other_number"): templates(
            "The fundraiser's money went into account {v}.",
            "Her father transferred the deposit from {v}.",
            "The receipt shows payment by card {v}.",
            v=fourth_account,
        )
        + templates("Please refund the unused balance to IBAN {v}.", v=kazakh_iban),
        ("licence_number", "licence_number,other_number"): templates(
            "His driving licence, {v}, was found in the wallet.",
            "The rental car was booked with driver's licence {v}.",
            v=fourth_driving_licence,
        )
        + templates(
            "She works as a nurse under licence {v}.",
            "Her pharmacist's certificate, {v}, hangs in her shop.",
            v=fourth_professional_licence,
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "Her brother's car, registration {v}, was towed from the car park.",
            "A neighbour in a white van ({v}) drove her to casualty.",
            "Her husband's SUV with the plate {v} is in the photo.",
            "The family's minibus, number plate {v}, broke down on the way.",
            v=fourth_plates,
        )
        + templates("The VIN of her car, {v}, was on the crash report.", v=vin),
        ("device_identifier", "device_identifier,other_number"): templates(
            "Her cochlear implant, serial {v}, was switched on in June.",
            "The defibrillator in her chest has serial number {v}.",
            v=fourth_serial,
        )
        + templates("The IMEI of her lost phone, {v}, was reported to the police.", v=fourth_imei)
        + templates("Her tablet's MAC address {v} was registered with the ward Wi-Fi.", v=fourth_mac),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier,passport_number",
        ): templates(
            "Her visa application number is {v}.",
            "The taxi receipt carries the number {v}.",
            "Her locker key tag says {v}.",
            "The courier's tracking number {v} was in her e-mail.",
            v=fourth_long_number,
        ),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "{v}每天下班后都来病房看她。",
            "那段时间，是{v}帮她联系了住处。",
            "她的室友{v}也在做透析。",
            "这次陪她来北京的是表姐{v}。",
            v=fourth_name_zh,
        ),
        ("compound_surname", "person_name,patient_real_name"): templates(
            "{v}护士把她推进了检查室。",
            "负责她的是{v}。",
            "{v}从新疆赶来照顾她。",
            "病友群里，{v}最先回复了她。",
            v=fourth_compound_name,
        ),
        ("transliterated_name", "person_name,patient_real_name"): templates(
            "{v}是第一位在我院接受这项治疗的哈萨克斯坦患者。",
            "为{v}做翻译的是一名留学生。",
            "{v}的丈夫每天给她送饭。",
            "回国前，{v}给每位护士都送了礼物。",
            v=fourth_transliterated_name,
        ),
        ("romanised_name_in_chinese", "person_name,patient_real_name"): templates(
            "她的英文病历上写的名字是{v}。",
            "来自英国的志愿者{v}陪她做完了检查。",
            "{v}在邮件里说她已经回到学校。",
            "签证邀请函是发给{v}的。",
            v=fourth_latin_name_in_chinese,
        ),
        ("patient_real_name", "patient_real_name,person_name"): (
            fourth_real_name_zh,
            [
                "直到今天，{v}还记得第一次住院的那个晚上。",
                "照片是{v}自己拍的。",
                "{v}希望更多病友看到这个故事。",
                "那年冬天，{v}第一次来到北京。",
            ],
        ),
        ("street_address", "street_address,postal_code"): templates(
            "她在北京租的房子在{v}。",
            "体检报告寄到了她姐姐家：{v}。",
            "她家就在{v}，离医院不远。",
            "药店把药送到了{v}。",
            v=lambda rng: rng.choice(
                [
                    f"朝阳区东三环北路{rng.randrange(1, 99)}号",
                    f"浦东新区张杨路{rng.randrange(100, 2000)}号",
                    f"天山区解放北路{chinese_numeral(rng.randrange(1, 99))}号",
                    f"西湖区文三路{rng.randrange(1, 300)}号东方大厦",
                    f"阿拉木图市阿拜大街{rng.randrange(1, 200)}号",
                    f"海淀区中关村南大街{rng.randrange(1, 40)}号院",
                    f"黄浦区南京东路{rng.randrange(100, 900)}弄{rng.randrange(1, 60)}号",
                    f"白云区机场路{rng.randrange(1, 99)}-{rng.randrange(1, 9)}号",
                ]
            ),
        ),
        ("flat_or_building", "street_address"): templates(
            "她和女儿住在{v}。",
            "快递员把药放在了{v}门口。",
            "居委会的人到{v}看望了她。",
            "她家在{v}，没有电梯。",
            v=lambda rng: rng.choice(
                [
                    f"{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}单元{rng.randrange(101, 2400)}室",
                    f"{rng.randrange(1, 40)}栋{rng.randrange(101, 3200)}",
                    f"{rng.choice('ABCD')}座{rng.randrange(101, 2400)}室",
                    f"{rng.randrange(1, 20)}幢{rng.randrange(1, 6)}单元{rng.randrange(101, 1800)}",
                    f"{rng.randrange(1, 12)}号院{rng.randrange(1, 20)}号楼"
                    f"{rng.randrange(1, 5)}门{rng.randrange(101, 900)}",
                    f"{rng.randrange(1, 6)}单元{rng.randrange(101, 2400)}",
                ]
            ),
        ),
        ("postal_code", "postal_code,street_address"): templates(
            "请在信封上写清{v}。",
            "住址后面跟着{v}。",
            "寄药时快递员让她补填了{v}。",
            "她把老家的{v}抄在了本子上。",
            v=lambda rng: rng.choice(
                [
                    f"邮编：100{digits(3)(rng)}",
                    f"邮政编码830{digits(3)(rng)}",
                    f"（邮编310{digits(3)(rng)}）",
                    f"邮编是200{digits(3)(rng)}",
                    f"邮编 0500{digits(2)(rng)}",
                ]
            ),
        ),
        ("geolocation", "geolocation"): templates(
            "她在地图上标出的位置是{v}。",
            "救援人员根据{v}找到了她。",
            "照片的拍摄地点显示为{v}。",
            "她家牧场的坐标是{v}。",
            v=fourth_coordinates_zh,
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "{v}，她第一次来到风湿免疫科。",
            "第二次移植定在{v}。",
            "她于{v}早上退烧。",
            "{v}那天，全家人都来了医院。",
            v=fourth_date_zh,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "她的护照上出生日期为{v}。",
            "她是{v}出生的，属马。",
            "登记表的出生日期一栏写着{v}。",
            "她的生日{v}是在病房里过的。",
            v=fourth_date_zh,
        ),
        ("age_over_89", "age_over_89"): templates(
            "她的太奶奶已经{v}，还能自己做饭。",
            "同病房有一位{v}的老奶奶。",
            "老人{v}，身体依然硬朗。",
            "她的外公今年{v}，每天看她的视频。",
            v=fourth_old_age_zh,
        ),
        ("phone_number", "phone_number"): templates(
            "有事可以打她女儿的电话{v}。",
            "晚上八点以后可以打{v}找她。",
            "她哥哥的号码{v}写在病历封面上。",
            "她用{v}加了护士的微信。",
            v=fourth_phone,
        ),
        ("fax_number", "phone_number"): templates(
            "她父亲单位的传真是{v}。",
            "签好字的同意书从{v}传真过来。",
            "请把发票传真给她，号码{v}。",
            "家里的传真号码：{v}。",
            v=fourth_fax,
        ),
        ("email", "email"): templates(
            "她的电子邮箱{v}一直在用。",
            "化验结果发到了{v}。",
            "有问题可以写信到{v}。",
            "邮件是从{v}发来的。",
            v=fourth_email,
        ),
        ("web_address", "web_address,social_account"): templates(
            "她把治疗经历写在{v}上。",
            "众筹链接是{v}。",
            "视频在{v}可以看到。",
            "家人在{v}更新她的近况。",
            v=fourth_url,
        ),
        ("social_account", "social_account,web_address"): templates(
            "她的微信是{w}，随时可以联系。",
            "病友们在抖音上关注了她（{h}）。",
            "她的微博名叫{h}。",
            "QQ：{q}。",
            "她的小红书号是{h}。",
            w=fourth_wechat,
            h=fourth_handle,
            q=qq_number,
        ),
        ("ip_address", "ip_address"): templates(
            "登录日志显示她的IP是{v}。",
            "视频会诊从{v}接入。",
            "上传病历的电脑地址为{v}。",
            "服务器记录的来源地址是{v}。",
            v=fourth_ip,
        ),
        ("resident_id", "resident_id,national_id,other_number"): templates(
            "挂号时登记的证件号码为{v}。",
            "复印件上的十八位号码{v}很清楚。",
            "她母亲的身份证{v}也复印了。",
            "报销需要填她的身份证号{v}。",
            v=fourth_resident_id,
        ),
        ("national_id", "national_id,other_number,resident_id"): [
            (sentence, {"v": fourth_national_id_zh})
            for sentence in ("她的{l}是{n}。", "转诊单上写着{l}{n}。", "{l}：{n}。", "签证材料里附了她的{l}（{n}）。")
        ],
        ("passport_number", "passport_number,other_number"): templates(
            "她用护照{v}订了机票。",
            "酒店复印了她的护照，号码为{v}。",
            "护照号{v}已过期，需要换新。",
            "她的哈萨克斯坦护照号码是{v}。",
            v=fourth_passport,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "复印病历时请报ID号{v}。",
            "她的门诊病历号{v}写在挂号单上。",
            "影像科按检查号{v}调出了片子。",
            "她在我院的档案编号是{v}。",
            v=fourth_record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "她的商业医疗险保单号是{v}。",
            "新农合卡号{v}。",
            "哈萨克斯坦的医疗保险号为{v}。",
            "理赔时要填写被保险人编号{v}。",
            v=fourth_insurance,
        ),
        ("account_number", "account_number,other_number"): templates(
            "捐款账户：{v}。",
            "请把押金退回到她丈夫的卡{v}。",
            "众筹的钱打进了{v}这个账户。",
            "收款人银行账号为{v}。",
            v=fourth_account,
        ),
        ("licence_number", "licence_number,other_number"): templates(
            "他的驾驶证号码{v}登记在租车合同上。", "父亲的营运许可证{v}挂在出租车里。", v=fourth_driving_licence
        )
        + templates("她的护士执业证编号为{v}。", "药师资格证号{v}。", v=fourth_professional_licence),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "她哥哥开的是{v}的白色轿车。",
            "接她出院的车是{v}。",
            "她家的车牌号码是{v}。",
            "她骑的电动车{v}被偷了。",
            v=fourth_plates,
        )
        + templates("事故车辆的车架号为{v}。", v=vin),
        ("device_identifier", "device_identifier,other_number"): templates(
            "她用的动态血糖仪SN：{v}。", "胰岛素泵背面刻着{v}。", v=fourth_serial
        )
        + templates("手机的IMEI号{v}已报给警方。", v=fourth_imei)
        + templates("平板电脑的MAC地址{v}已登记。", v=fourth_mac),
        (
            "other_number",
            "other_number,account_number,medical_record_number,health_plan_number,national_id,"
            "phone_number,resident_id,licence_number,device_identifier,passport_number",
        ): templates(
            "她的签证申请号是{v}。",
            "快递单号{v}显示药已签收。",
            "出租车发票号码{v}。",
            "储物柜的钥匙牌上写着{v}。",
            v=fourth_long_number,
        ),
    },
}

FOURTH_CLEAN = {
    "en": {
        "dose_or_lab_value": templates(
            "Methylprednisolone {d} mg was given for three days.",
            "Her eGFR improved from {n} to {m} mL/min/1.73 m².",
            "Haemoglobin rose to {h} g/L and platelets to {c} × 10^9/L.",
            "Cyclophosphamide {p} g/m² was given every four weeks.",
            "Her ANA titre was 1:{t} with a speckled pattern.",
            "The dose was cut to {d} mg twice a day.",
            "Urine albumin-to-creatinine ratio fell to {d} mg/g.",
            "IVIG {p} g/kg was infused over {n} hours.",
            d=lambda rng: rng.randrange(5, 1000),
            n=lambda rng: rng.randrange(2, 60),
            m=lambda rng: rng.randrange(60, 120),
            h=lambda rng: rng.randrange(60, 160),
            c=lambda rng: rng.randrange(20, 400),
            p=lambda rng: f"{rng.uniform(0.4, 2.0):.1f}",
            t=lambda rng: rng.choice([80, 160, 320, 640, 1280]),
        ),
        "trial_or_code": templates(
            "She joined the open-label extension of {t}.",
            "The trial, {t}, is still recruiting.",
            "Her biopsy showed ISN/RPS class {r} lupus nephritis.",
            "Her tumour carried the BRAF V600E mutation.",
            "The discharge summary lists ICD-10 code M32.1{n}.",
            "The study appears on the registry as {t}.",
            t=lambda rng: rng.choice(
                [f"NCT0{rng.randrange(1000000, 9999999)}", f"ChiCTR{rng.randrange(2000000000, 2500000000)}"]
            ),
            r=pick("III", "IV", "V", "III+V", "IV+V"),
            n=lambda rng: rng.randrange(0, 9),
        ),
        "month_year_or_year": templates(
            "In the winter of {y} she was admitted three times.",
            "By the end of {m} she was walking unaided.",
            "She first came to Beijing in {m}.",
            "From {y} to {z} she took hydroxychloroquine.",
            "Her symptoms started in early {y}.",
            "She has lived in Almaty since {y}.",
            y=lambda rng: rng.randrange(1995, 2020),
            z=lambda rng: rng.randrange(2020, 2025),
            m=month_year_en,
        ),
        "letter_alias": templates(
            "{a} agreed to share her story so that others would not wait as long.",
            "When {a} first walked into the clinic, she needed a wheelchair.",
            "{a}'s daughter drew pictures for the nurses.",
            "Three months later, {a} sent us a photograph from the mountains.",
            a=pick("Ms. A", "Mr. T", "Patient K", "Ms. M", "Mrs. N", "Miss R", "Mr. AB"),
        ),
        "age_under_90": templates(
            "The youngest patient in the group was {g}.",
            "Her father, aged {g}, donated the stem cells.",
            "She was {g} at diagnosis and is now {h}.",
            "A {g}-year-old teacher from Shymkent was referred to us.",
            "Patients between {g} and {h} years old were eligible.",
            "At 89, she still gardens every day.",
            g=lambda rng: rng.randrange(3, 60),
            h=lambda rng: rng.randrange(60, 90),
        ),
        "eponym_or_medical_term": templates(
            "Adult-onset Still disease can look like an infection.",
            "A Libman–Sacks endocarditis was seen on the echo.",
            "The Kaplan–Meier curves did not separate.",
            "Her Schober test was normal.",
            "Wegener granulomatosis is now called GPA.",
            "She had a positive Romberg sign.",
            "Hashimoto thyroiditis runs in her family.",
            "Parkinson disease was ruled out.",
            "A Holter monitor recorded her heart rhythm for a day.",
            "The Stevens–Johnson reaction did not recur.",
            "Guillain–Barré syndrome was considered and excluded.",
            "Her Raynaud attacks eased in the summer.",
        ),
        "role_and_place": templates(
            "The head of the Kidney Transplant Centre reviewed her case.",
            "She travelled by train from Urumqi to Beijing.",
            "A rheumatologist in Bishkek had treated her for two years.",
            "The ward sister and the duty registrar examined her together.",
            "She studies economics at a university in Almaty.",
            "Her family farms near Lake Balkhash.",
            "The International Medical Department booked her flights.",
        ),
        "count_or_duration": templates(
            "She stayed {n} nights in the hospital hotel.",
            "Each infusion takes about {k} hours.",
            "In {y}, {c} patients from {k} countries were treated here.",
            "Response rates above {p}% were reported.",
            "She took {n} tablets a day for {w} weeks.",
            n=lambda rng: rng.randrange(2, 30),
            k=lambda rng: rng.randrange(2, 9),
            y=lambda rng: rng.randrange(2015, 2025),
            c=lambda rng: rng.randrange(30, 900),
            p=lambda rng: rng.randrange(20, 95),
            w=lambda rng: rng.randrange(2, 40),
        ),
        "amount_or_card_word": templates(
            "Her travel insurance refunded {k} euros.",
            "The family transferred {k} yuan for the deposit.",
            "The fundraiser collected {k} tenge in a week.",
            k=lambda rng: rng.randrange(200, 60000),
        ),
    },
    "zh": {
        "dose_or_lab_value": templates(
            "甲泼尼龙{d}毫克冲击治疗三天。",
            "eGFR由{n}升至{m} mL/min/1.73m²。",
            "环磷酰胺每次{p}克，每月一次。",
            "ANA滴度1:{t}，斑点型。",
            "尿白蛋白/肌酐比降至{d} mg/g。",
            "静脉丙种球蛋白{p} g/kg，分{k}天输注。",
            "血红蛋白升至{h} g/L，血小板{c}×10^9/L。",
            d=lambda rng: rng.randrange(5, 1000),
            n=lambda rng: rng.randrange(2, 60),
            m=lambda rng: rng.randrange(60, 120),
            h=lambda rng: rng.randrange(60, 160),
            c=lambda rng: rng.randrange(20, 400),
            p=lambda rng: f"{rng.uniform(0.4, 2.0):.1f}",
            t=lambda rng: rng.choice([80, 160, 320, 640, 1280]),
            k=lambda rng: rng.randrange(2, 6),
        ),
        "trial_or_code": templates(
            "她入组了试验{t}的扩展期。",
            "该试验（{t}）仍在招募。",
            "肾活检提示ISN/RPS {r}型狼疮肾炎。",
            "基因检测发现BRAF V600E突变。",
            "出院诊断编码为M32.1{n}。",
            t=lambda rng: rng.choice(
                [f"NCT0{rng.randrange(1000000, 9999999)}", f"ChiCTR{rng.randrange(2000000000, 2500000000)}"]
            ),
            r=pick("III", "IV", "V", "III+V", "IV+V"),
            n=lambda rng: rng.randrange(0, 9),
        ),
        "month_year_or_year": templates(
            "{y}年冬天，她三次住院。",
            "到{z}年{m}月底，她已能独立行走。",
            "她{y}年{m}月第一次来北京。",
            "{y}年至{z}年她一直服用羟氯喹。",
            "她从{y}年起住在阿拉木图。",
            y=lambda rng: rng.randrange(1995, 2020),
            z=lambda rng: rng.randrange(2020, 2025),
            m=lambda rng: rng.randrange(1, 13),
        ),
        "letter_alias": templates(
            "{a}同意分享她的故事，希望别人少走弯路。",
            "{a}第一次走进诊室时还坐着轮椅。",
            "{a}的女儿给护士们画了画。",
            "三个月后，{a}从山里寄来一张照片。",
            a=pick("A女士", "T先生", "患者K", "M女士", "小N", "R女士", "患儿B"),
        ),
        "age_under_90": templates(
            "组里最年轻的患者只有{g}岁。",
            "她的父亲{g}岁，为她捐献了干细胞。",
            "她确诊时{g}岁，现在{h}岁。",
            "一位{g}岁的教师从奇姆肯特转诊而来。",
            "年龄在{g}至{h}岁之间的患者可以入组。",
            "89岁的她每天还在打理菜园。",
            "八十九岁的奶奶也来了。",
            g=lambda rng: rng.randrange(3, 60),
            h=lambda rng: rng.randrange(60, 90),
        ),
        "surname_character_word": templates(
            "她的白蛋白偏低。",
            "高烧三天后她被送进医院。",
            "金黄色葡萄球菌培养阴性。",
            "黄体酮水平正常。",
            "马拉松是她康复后的目标。",
            "何况她还要照顾孩子。",
            "于是医生调整了方案。",
            "周末她可以回家休息。",
            "万幸的是肾功能恢复了。",
            "林间散步让她心情很好。",
            "石家庄的专家也参与了会诊。",
            "常常有病友来问她经验。",
            "朱砂色的皮疹逐渐消退。",
            "杨梅成熟的季节她回了老家。",
            "陆续有患者来咨询。",
            "孙辈们给她写了信。",
            "宋代的医书也有类似记载。",
            "严格控制血压很重要。",
            "程序化的随访让她安心。",
            "田径运动暂时不宜。",
            "江南的气候更适合她。",
            "钱的问题由基金会解决了。",
        ),
        "role_and_place": templates(
            "肾移植中心主任会诊了她的病例。",
            "她从乌鲁木齐坐火车来到北京。",
            "比什凯克的一位风湿科医生治疗了她两年。",
            "病房护士长和值班医生一起给她做了检查。",
            "她在阿拉木图的一所大学学经济。",
            "她家在巴尔喀什湖附近放牧。",
            "国际医疗部帮她订了机票。",
        ),
        "count_or_duration": templates(
            "她在医院旁的宾馆住了{n}晚。",
            "每次输注约需{k}小时。",
            "{y}年，这里共治疗了来自{k}个国家的{c}名患者。",
            "有效率超过{p}%。",
            "她每天服药{n}片，连续{w}周。",
            n=lambda rng: rng.randrange(2, 30),
            k=lambda rng: rng.randrange(2, 9),
            y=lambda rng: rng.randrange(2015, 2025),
            c=lambda rng: rng.randrange(30, 900),
            p=lambda rng: rng.randrange(20, 95),
            w=lambda rng: rng.randrange(2, 40),
        ),
        "amount_or_card_word": templates(
            "商业保险赔付了{k}元。",
            "众筹账户一周内筹到{k}元。",
            "她用银行卡支付了{k}元押金。",
            k=lambda rng: rng.randrange(200, 60000),
        ),
    },
}

# Clean sentences from stories whose consent record holds real names: the alias is used, and the
# names must not be reported where they do not occur.
FOURTH_ALIAS_WITH_CONSENT_NAMES = {
    "en": (
        [
            "{a} asked us not to print her name.",
            "Only the initial in {a} is used here, at her request.",
            "{a} and her family read this story before it was published.",
            "{a} chose the photographs herself.",
            "Nurses on the ward still ask after {a}.",
        ],
        ("Ms. A", "Mrs. N", "Patient K", "Ms. M"),
    ),
    "zh": (
        [
            "{a}希望我们不要写出她的名字。",
            "文中用{a}称呼她，这是她本人的要求。",
            "这篇故事发表前，{a}和家人读过全文。",
            "照片是{a}自己挑选的。",
            "病房的护士们还常常问起{a}。",
        ],
        ("A女士", "N女士", "患者K", "M女士"),
    ),
}


def fill_fourth(template: Template, rng: random.Random) -> str:
    """Like `fill`, but a value maker may give a (label, number) pair for the slots {l} and {n}."""
    sentence, makers = template
    values = {}
    for slot, maker in makers.items():
        value = maker(rng)
        if isinstance(value, tuple):
            values["l"], values["n"] = value
        else:
            values[slot] = value
    return sentence.format(**values)


def build_fourth(language: str) -> list[tuple[str, ...]]:
    """The fourth held-out part: forty sentences of each category, then as many clean ones."""
    rng = random.Random(f"{SEED}-fourth-{language}")
    rows = []
    for (category, kinds), category_templates in FOURTH_POSITIVE[language].items():
        seen: set[str] = set()
        attempts = 0
        count = 0
        while count < FOURTH_PER_CATEGORY and attempts < 5000:
            attempts += 1
            if isinstance(category_templates, tuple):
                # Real names: the maker gives the name as written and as entered on the consent form.
                maker, sentences = category_templates
                written, entered = maker(rng)
                sentence, extra = rng.choice(sentences).format(v=written), (entered,)
            else:
                sentence, extra = fill_fourth(rng.choice(category_templates), rng), ()
            if sentence in seen:
                continue
            seen.add(sentence)
            rows.append((category, kinds, sentence, *extra))
            count += 1
    positives = len(rows)
    sentences, aliases = FOURTH_ALIAS_WITH_CONSENT_NAMES[language]
    names = FOURTH_REAL_LATIN if language == "en" else FOURTH_REAL_HAN
    for sentence in sentences:
        for alias in aliases:
            rows.append(("alias_with_consent_names", "-", sentence.format(a=alias), rng.choice(names)[0]))
    rows += _clean_rows(FOURTH_CLEAN[language], 2 * positives - len(rows), rng)
    return rows


# --- a fifth held-out part, written after the fourth was used up --------------------------------
#
# New sentence shapes (the value before its label, a label after a comma, values in brackets,
# lists, quotations and dialogue, clinical-note style "MRN: …; bed 12", the value opening or
# closing the sentence) and new surface forms (plates of many countries, IPv6 and MAC addresses,
# codes with spaces, dashes and dots, handles after "add me" with no network named, ages in words,
# Shanghai lanes, coordinates with N/E letters and 纬度/经度, foreign postcodes), for every kind the
# README lists: a hundred sentences of each category and language (a kind with several surface
# forms has a category for each), then as many clean ones, among them gene names, trial and
# registry numbers, drug and device names with numbers, and words that start with a surname
# character. Written and committed before the scanner was changed for it or run on it (README,
# run 5).

FIFTH_PER_CATEGORY = 100
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def letters(count, alphabet=UPPER):
    return lambda rng: "".join(rng.choice(alphabet) for _ in range(count))


def alphanumeric(count, alphabet=string.ascii_uppercase + string.digits):
    return lambda rng: "".join(rng.choice(alphabet) for _ in range(count))


FIFTH_LATIN_GIVEN = (
    "Olivia Sofia Chiara Giulia Anastasia Yelena Asel Aizhan Dilnaz Nursultan Arman Yerassyl Bauyrzhan "
    "Kuanysh Dilshod Malika Shakhnoza Javlon Ahmed Layla Omar Leila Mehmet Elif Hiroshi Yuki Aarav Ananya "
    "Joao Beatriz Kofi Ama Sean Siobhan Magnus Ingrid Tomasz Agnieszka"
).split()
FIFTH_LATIN_FAMILY = (
    "Abdrakhmanova Zhaksylykov Tulegenova Bekmukhambetov Yusupova Mirzayev Karimova Rashidov Yilmaz Demir "
    "Tanaka Suzuki Sharma Patel Silva Costa Mensah Boateng Murphy Walsh Andersen Lindqvist Moreau Bianchi "
    "Romano Schulz Weber Dvorak Kovalenko Shevchenko Bondarenko Wisniewski"
).split()
FIFTH_PARTICLE_FAMILY = ["da Silva", "van Dijk", "al-Rashid", "O'Neill", "McKenna", "de la Cruz", "Ben Ali"]


def fifth_name_en(rng):
    given, family = rng.choice(FIFTH_LATIN_GIVEN), rng.choice(FIFTH_LATIN_FAMILY)
    return rng.choice(
        [
            f"{given} {family}",
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{given} {family}-{rng.choice(FIFTH_LATIN_FAMILY)}",
            f"Mr {family}",
            f"Dr {given} {family}",
            f"Sister {given} {family}",
            f"{given[0]}. {rng.choice(FIFTH_LATIN_GIVEN)[0]}. {family}",
            f"{given} {rng.choice(FIFTH_PARTICLE_FAMILY)}",
            f"{family} {given[0]}.",
            f"Mrs {given} {family}",
        ]
    )


FIFTH_PINYIN_FAMILY = (
    "Zhou Wu Xu Sun Hu Zhu Gao He Liang Song Han Tang Ye Jiang Du Shen Pan Yuan Cui Zhuge Situ".split()
)
FIFTH_PINYIN_GIVEN = (
    "Yutong Zixuan Yichen Shiyu Mengqi Junjie Haoxuan Xinran Tianyu Jiaxin Yifan Beibei Lele Qiang".split()
)
FIFTH_CANTONESE = ["Chan Tai-man", "Wong Ka-wai", "Lau Siu-ming", "Cheung Mei-ling", "Tan Mei Ling", "Lim Wei Jie"]


def fifth_pinyin_name(rng):
    family, given = rng.choice(FIFTH_PINYIN_FAMILY), rng.choice(FIFTH_PINYIN_GIVEN)
    return rng.choice(
        [
            f"{family} {given}",
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{given} {family.upper()}",
            rng.choice(FIFTH_CANTONESE),
            f"Dr {family} {given}",
        ]
    )


FIFTH_REAL_LATIN = [
    ("Aizhan Tulegenova", ["Tulegenova Aizhan", "AIZHAN TULEGENOVA", "Aizhan Tulegenova", "aizhan tulegenova"]),
    ("Omar Haddadi", ["Omar Haddadi", "HADDADI Omar", "Haddadi Omar", "omar haddadi"]),
    ("Zhou Yutong", ["Yutong Zhou", "Zhōu Yǔtóng", "zhou yutong", "ZHOU Yutong", "Zhou Yutong"]),
    ("Kim Minjun", ["Minjun Kim", "Kim Minjun", "KIM Minjun", "minjun kim"]),
]
FIFTH_REAL_HAN = [
    ("欧阳娜娜", ["Ouyang Nana", "Nana Ouyang"]),
    ("谷雨", ["Gu Yu", "Yu Gu"]),
    ("聂小雨", ["Nie Xiaoyu", "Xiaoyu Nie"]),
    ("闫振", ["Yan Zhen", "Zhen Yan"]),
    ("房思琪", ["Fang Siqi", "Siqi Fang"]),
]


def fifth_real_name_en(rng):
    entered, written = rng.choice(FIFTH_REAL_LATIN if rng.random() < 0.6 else FIFTH_REAL_HAN)
    return rng.choice(written), entered


def fifth_real_name_zh(rng):
    form = rng.randrange(6)
    if form < 4:
        entered, _ = rng.choice(FIFTH_REAL_HAN)
        return entered, entered
    if form == 4:
        entered, written = rng.choice(FIFTH_REAL_HAN)
        return rng.choice(written), entered
    entered, written = rng.choice(FIFTH_REAL_LATIN)
    return rng.choice(written), entered


def fifth_street_en(rng):
    number = rng.randrange(1, 400)
    return rng.choice(
        [
            f"{number} Rue Oberkampf",
            f"Hauptstraße {number}",
            f"Hauptstrasse {number}a",
            f"ul. Tole Bi {number}",
            f"Tole Bi St., {number}",
            f"{number}B Old Kent Road",
            f"{rng.randrange(100, 9999)} Sunset Blvd",
            f"No. {number}, Jalan Ampang",
            f"P.O. Box {rng.randrange(100, 9999)}",
            f"house {number}, Dostyk Avenue",
            f"Samal-2 microdistrict, {number}",
            f"Calle Mayor {number}, 2º B",
            f"Via Roma {number}",
            f"{number} Rosewood Crescent",
            f"{number} Elm St. Apt {rng.randrange(1, 40)}",
            f"Prospekt Mira {number}",
        ]
    )


def fifth_romanised_address(rng):
    number = rng.randrange(1, 200)
    return rng.choice(
        [
            f"Lane {rng.randrange(100, 1500)}, Yuyuan Road, No. {rng.randrange(1, 60)}",
            f"No. {number} Dongzhimen Nei Dajie",
            f"Room {rng.randrange(101, 2400)}, Unit {rng.randrange(1, 6)}, Building {rng.randrange(1, 30)}, "
            "Wangjing Xiyuan Sanqu",
            f"Xinjiekou Hutong No. {number}",
            f"{number} Guangming Lane, Xuhui",
            f"Tiyu West Road {number}, Tianhe District",
            f"Block {rng.randrange(1, 20)}, Lane {rng.randrange(100, 900)}, Wuyi Road",
            f"Jianguomenwai Avenue {number}",
            f"{number} Yan'an Zhong Lu",
            f"Nong {rng.randrange(100, 900)} Hao {rng.randrange(1, 60)}, Changle Lu",
        ]
    )


def fifth_flat_en(rng):
    return rng.choice(
        [
            f"Flat {rng.randrange(1, 40)}{rng.choice('ABCDEF')}",
            f"Apt {rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            f"Unit {rng.randrange(101, 3000)}",
            f"Suite {rng.randrange(100, 900)}",
            f"Room {rng.randrange(101, 2400)}, Tower {rng.choice('ABCD')}",
            f"#{rng.randrange(2, 30):02d}-{rng.randrange(10, 999)}",
            f"{rng.choice(['3rd', '5th', '7th', '12th'])} floor, flat {rng.randrange(1, 90)}",
            f"Bldg {rng.randrange(1, 30)}, Rm {rng.randrange(101, 990)}",
            f"flat {rng.randrange(1, 200)}, entrance {rng.randrange(1, 8)}, house {rng.randrange(1, 120)}",
        ]
    )


def uk_postcode(rng):
    outward = rng.choice(["SW1A", "EC1V", "M14", "B15", "EH3", "LS6", "CF10", "G12", "BS8", "N16", "OX4", "CB2"])
    return f"{outward} {rng.randrange(1, 10)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')(rng)}"


def canadian_postcode(rng):
    first = "ABCEGHJKLMNPRSTVXY"
    outward = f"{rng.choice(first)}{rng.randrange(10)}{rng.choice(first)}"
    return f"{outward} {rng.randrange(10)}{rng.choice(first)}{rng.randrange(10)}"


def kazakh_new_postcode(rng):
    return (
        f"{rng.choice('AXZTFR')}{digits(2)(rng)}{rng.choice(UPPER)}{digits(1)(rng)}{rng.choice(UPPER)}{digits(1)(rng)}"
    )


def fifth_postcode_labelled_en(rng):
    return rng.choice(
        [
            f"ZIP {rng.choice(['021', '606', '941', '100'])}{digits(2)(rng)}-{digits(4)(rng)}",
            f"postcode {uk_postcode(rng)}",
            f"post code: {uk_postcode(rng)}",
            f"postal code {canadian_postcode(rng)}",
            f"postcode {rng.choice(['050', '010', '160'])}{digits(3)(rng)}",
            f"PLZ {rng.choice('1234578')}{digits(4)(rng)}",
            f"Eircode D{rng.randrange(1, 24):02d} {rng.choice(UPPER)}{digits(2)(rng)}{rng.choice(UPPER)}",
            f"CEP {digits(5)(rng)}-{digits(3)(rng)}",
            f"postcode {kazakh_new_postcode(rng)}",
        ]
    )


def fifth_foreign_postcode(rng):
    return rng.choice(
        [
            f"London {uk_postcode(rng)}",
            f"Toronto, ON {canadian_postcode(rng)}",
            f"{rng.randrange(1000, 1110)} {letters(2)(rng)} Amsterdam",
            f"{rng.choice('1234')}{digits(4)(rng)} Berlin",
            f"750{rng.randrange(1, 21):02d} Paris",
            f"{rng.choice(['101', '119', '125'])}{digits(3)(rng)} Moscow",
            f"Dublin {rng.choice(['D02', 'D04', 'D08'])} {rng.choice(UPPER)}{digits(2)(rng)}{rng.choice(UPPER)}",
            f"São Paulo, {rng.choice('0123')}{digits(4)(rng)}-{digits(3)(rng)}",
            f"Boston, MA 02{digits(3)(rng)}-{digits(4)(rng)}",
            f"Tokyo {rng.randrange(100, 199)}-{digits(4)(rng)}",
            f"Astana {kazakh_new_postcode(rng)}",
            f"050{digits(3)(rng)} Almaty",
        ]
    )


def fifth_coordinates_en(rng):
    lat, lon = rng.uniform(-40, 60), rng.uniform(-120, 140)
    north, east = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    a, o = abs(lat), abs(lon)
    m1, s1, m2, s2 = rng.randrange(60), rng.randrange(60), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"{a:.4f}{north} {o:.4f}{east}",
            f"{north}{a:.4f} {east}{o:.4f}",
            f"{int(a)}°{m1}′{s1}″{north} {int(o)}°{m2}′{s2}″{east}",
            f"lat. {lat:.4f}, lon. {lon:.4f}",
            f"{lat:.5f}, {lon:.5f}",
            f"geo:{lat:.5f},{lon:.5f}",
            f"{a:.3f}° {north}, {o:.3f}° {east}",
            f"latitude {lat:.4f} and longitude {lon:.4f}",
            f"{int(a)} {m1} {s1} {north}, {int(o)} {m2} {s2} {east}",
        ]
    )


ROMAN_MONTHS = "I II III IV V VI VII VIII IX X XI XII".split()
ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth"
).split()


def fifth_date_en(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    name = MONTHS[month - 1]
    return rng.choice(
        [
            f"{ordinal(day)} {name} {year}",
            f"{name} {ordinal(day)}, {year}",
            f"{day:02d}-{name[:3]}-{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{month}/{day}/{year}",
            f"{year}{month:02d}{day:02d}",
            f"{day} {name[:3]} '{str(year)[2:]}",
            f"{day}.{ROMAN_MONTHS[month - 1]}.{year}",
            f"{name.upper()} {day}, {year}",
            f"{day}-{month}-{year}",
            f"the night of {day} {name}",
            f"{rng.choice(['Christmas Eve', 'New Year’s Day', 'Christmas Day'])} {year}",
        ]
    )


def fifth_birth_date_en(rng):
    if rng.random() < 0.2:
        year, month, day = rng.randrange(1930, 2020), rng.randrange(1, 13), rng.randrange(1, 29)
        return f"the {ORDINAL_WORDS[day - 1]} of {MONTHS[month - 1]}, {year}"
    return fifth_date_en(rng)


ONES = "one two three four five six seven eight nine".split()


def age_words(age):
    if age < 100:
        return "ninety" + ("" if age == 90 else "-" + ONES[age - 91])
    rest = age - 100
    if rest == 0:
        return "a hundred"
    tail = ONES[rest - 1] if rest < 10 else "ten"
    return f"a hundred and {tail}"


def fifth_age_words(rng):
    return age_words(rng.randrange(90, 111))


def fifth_phone(rng):
    mobile = "1" + rng.choice("356789") + digits(9)(rng)
    return rng.choice(
        [
            f"+7 ({rng.choice(['701', '705', '777', '747'])}) {digits(3)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"+44 7{rng.choice('4579')}{digits(2)(rng)} {digits(6)(rng)}",
            f"07{rng.choice('4579')}{digits(2)(rng)} {digits(6)(rng)}",
            f"+33 6 {digits(2)(rng)} {digits(2)(rng)} {digits(2)(rng)} {digits(2)(rng)}",
            f"+90 532 {digits(3)(rng)} {digits(2)(rng)} {digits(2)(rng)}",
            f"+82 10-{digits(4)(rng)}-{digits(4)(rng)}",
            f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
            f"(+86) {mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
            mobile,
            f"+1 212 {rng.choice('2346789')}{digits(2)(rng)} {digits(4)(rng)}",
            f"8 777 {digits(3)(rng)} {digits(4)(rng)}",
            f"+996 555 {digits(3)(rng)} {digits(3)(rng)}",
            f"+49 30 {rng.choice('2345678')}{digits(3)(rng)} {digits(4)(rng)}",
        ]
    )


def fifth_fax(rng):
    return rng.choice(
        [
            f"+7 7172 {digits(2)(rng)} {digits(2)(rng)} {digits(2)(rng)}",
            f"+44 20 7{digits(3)(rng)} {digits(4)(rng)}",
            f"(010) 6{digits(3)(rng)}-{digits(4)(rng)}",
            f"+86 21 6{digits(3)(rng)} {digits(4)(rng)}",
            f"+1 (312) {rng.choice('2345678')}{digits(2)(rng)}-{digits(4)(rng)}",
            f"0571-8{digits(7)(rng)}",
            f"+49 89 {digits(3)(rng)} {digits(4)(rng)}-{digits(2)(rng)}",
        ]
    )


def fifth_email(rng):
    user = rng.choice(
        ["aizhan.tulegenova", "omar_h", "yutong.zhou", "asel-b", "minjun.kim88", "layla+care", "dilshod.m", "s.murphy"]
    )
    domain = rng.choice(["mail.kz", "gmail.com", "icloud.com", "hotmail.co.uk", "yandex.ru", "proton.me", "163.com"])
    return rng.choice(
        [
            f"{user}@{domain}",
            f"{user}@{domain}",
            f"{user.upper()}@{domain.upper()}",
            f"{user} [at] {domain}",
            f"{user} (at) {domain.replace('.', ' (dot) ')}",
            f"<{user}@{domain}>",
            f"mailto:{user}@{domain}",
        ]
    )


FIFTH_HANDLE_BASES = ["aizhan.t", "omar_h22", "yutong_z", "asel.b", "minjun88", "layla.care", "dilshod_m", "kuanysh.k"]


def fifth_handle(rng):
    base = rng.choice(FIFTH_HANDLE_BASES)
    return rng.choice(["@", "", "@"]) + base + rng.choice(["", "", str(rng.randrange(1, 99))])


def fifth_url(rng):
    slug = rng.choice(["aizhan-t", "omarhaddadi", "yutong.zhou", "asel-b", "minjun-kim"])
    return rng.choice(
        [
            f"t.me/{slug.replace('-', '_').replace('.', '_')}",
            f"wa.me/7701{digits(7)(rng)}",
            f"https://www.linkedin.com/in/{slug.replace('.', '-')}-{digits(5)(rng)}",
            f"bit.ly/{alphanumeric(7, string.ascii_letters + string.digits)(rng)}",
            f"https://weibo.com/u/{digits(10)(rng)}",
            f"https://www.justgiving.com/crowdfunding/{slug.replace('.', '-')}",
            f"m.facebook.com/profile.php?id=1000{digits(11)(rng)}",
            f"{slug.replace('.', '-')}-journey.blogspot.com",
            f"https://vk.com/{slug.replace('-', '_').replace('.', '_')}",
            f"www.tiktok.com/@{slug.replace('-', '_')}",
        ]
    )


def fifth_ipv4(rng):
    address = f"{rng.randrange(31, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return rng.choice([address, address, f"{address}/24", f"{address}:{rng.choice([8443, 22, 5060])}"])


def fifth_ipv6(rng):
    groups = [f"{rng.randrange(65536):x}" for _ in range(8)]
    return rng.choice(
        [
            f"2a02:6b8:{groups[2]}:{groups[3]}:{groups[4]}:{groups[5]}:{groups[6]}:{groups[7]}",
            f"2409:8a00:{groups[2]}::{groups[6]}:{groups[7]}",
            f"fe80::{groups[5]}:{groups[6]}:{groups[7]}%wlan0",
            f"::ffff:{rng.randrange(31, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"[2001:db8::{groups[7]}]:443",
            f"2001:0DB8:{groups[2].upper()}:{groups[3].upper()}::{groups[7].upper()}",
            f"240e:3b7:{groups[2]}:{groups[3]}:{groups[4]}::1",
        ]
    )


def fifth_resident_id(rng):
    number = resident_id(rng).replace(" ", "")
    form = rng.randrange(6)
    if form == 0:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    if form == 1:
        return f"{number[:6]}.{number[6:14]}.{number[14:]}"
    if form == 2:
        return number[:-1] + ("x" if number[-1] == "X" else number[-1])
    if form == 3:
        return number[:6] + number[8:14] + digits(3)(rng)
    return number


def fifth_national_id_en(rng):
    return rng.choice(
        [
            ("Social Security number", ssn(rng)),
            ("IIN", f"{digits(6)(rng)} {digits(6)(rng)}"),
            (
                "National Insurance number",
                f"{rng.choice(['AB', 'JG', 'SN', 'PR'])}{digits(6)(rng)}{rng.choice('ABCD')}",
            ),
            ("SNILS", f"{digits(3)(rng)} {digits(3)(rng)} {digits(3)(rng)} {digits(2)(rng)}"),
            ("social insurance number", f"{digits(3)(rng)} {digits(3)(rng)} {digits(3)(rng)}"),
            ("Aadhaar number", f"{rng.choice('23456789')}{digits(3)(rng)} {digits(4)(rng)} {digits(4)(rng)}"),
            ("resident registration number", f"{digits(6)(rng)}-{rng.choice('1234')}{digits(6)(rng)}"),
            ("NRIC", f"S{digits(7)(rng)}{rng.choice('ABCDEFGHIZJ')}"),
            ("DNI", f"{digits(8)(rng)}{rng.choice(UPPER)}"),
            (
                "codice fiscale",
                f"{letters(6)(rng)}{digits(2)(rng)}{rng.choice('ABCDEHLMPRST')}{digits(2)(rng)}"
                f"{rng.choice(UPPER)}{digits(3)(rng)}{rng.choice(UPPER)}",
            ),
            ("Hong Kong identity card number", f"{rng.choice('ACDEGHKMPRVYZ')}{digits(6)(rng)}({rng.randrange(10)})"),
            ("TC Kimlik No", f"{rng.choice('123456789')}{digits(10)(rng)}"),
            ("PIN", f"{rng.choice('12')}{digits(13)(rng)}"),
        ]
    )


def fifth_passport(rng):
    return rng.choice(
        [
            "N" + digits(8)(rng),
            "E" + digits(8)(rng),
            "EJ" + digits(7)(rng),
            "A" + digits(8)(rng),
            digits(9)(rng),
            f"75 {digits(7)(rng)}",
            "AA" + digits(7)(rng),
            "J" + digits(7)(rng),
            "C" + alphanumeric(8, "CFGHJKLMNPRTVWXYZ0123456789")(rng),
            "M" + digits(8)(rng),
            "AC" + digits(7)(rng),
        ]
    )


def fifth_record_number(rng):
    return rng.choice(
        [
            "00" + digits(6)(rng),
            rng.choice("AHK") + digits(7)(rng),
            f"{digits(2)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"ZY{rng.randrange(2015, 2025)}{digits(5)(rng)}",
            f"RAD-{rng.randrange(2015, 2025)}-{digits(4)(rng)}",
            f"{digits(3)(rng)} {digits(3)(rng)} {digits(4)(rng)}",
            f"H{digits(3)(rng)}.{digits(3)(rng)}.{digits(3)(rng)}",
            "MRN" + digits(8)(rng),
            digits(7)(rng),
        ]
    )


def fifth_insurance(rng):
    return rng.choice(
        [
            f"{rng.randrange(1, 10)}{letters(2)(rng)}{rng.randrange(10)}-{letters(2)(rng)}{rng.randrange(10)}"
            f"-{letters(2)(rng)}{digits(2)(rng)}",
            f"{digits(8)(rng)}{rng.choice('ABC')}",
            f"BCX{digits(9)(rng)}",
            f"POL-{rng.randrange(2015, 2025)}-{digits(6)(rng)}",
            f"{digits(3)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}-01",
            f"8075 6000 {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"AXA-{digits(2)(rng)}-{digits(5)(rng)}",
            f"M{digits(8)(rng)}-01",
        ]
    )


def german_iban(rng):
    return f"DE{digits(2)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(2)(rng)}"


def fifth_account(rng):
    return rng.choice(
        [
            iban(rng),
            german_iban(rng),
            kazakh_iban(rng).replace(" ", ""),
            bank_card(rng),
            luhn_complete("4400430" + digits(8)(rng)),
            f"sort code {digits(2)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}, account {digits(8)(rng)}",
            f"ABA 0{digits(8)(rng)}, acct {digits(9)(rng)}",
            f"40817810{digits(12)(rng)}",
        ]
    )


def fifth_licence(rng):
    return rng.choice(
        [
            f"D{digits(3)(rng)}-{digits(4)(rng)}-{digits(4)(rng)}",
            f"{rng.choice(['JONES', 'PATEL', 'WALSH'])}{digits(6)(rng)}"
            f"{letters(2)(rng)}{rng.randrange(10)}{letters(2)(rng)}",
            digits(8)(rng),
            f"GMC {rng.choice('67')}{digits(6)(rng)}",
            f"{digits(2)(rng)}{rng.choice(UPPER)}{digits(4)(rng)}{rng.choice('EONCW')}",
            f"KZ {digits(2)(rng)}AB{digits(6)(rng)}",
            f"B{digits(2)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}",
            f"{rng.choice(UPPER)}{digits(6)(rng)}",
        ]
    )


def fifth_chinese_plate(rng):
    province = rng.choice("京沪粤浙苏川新鲁冀湘")
    letter = rng.choice("ABCDEFGHK")
    return rng.choice(
        [
            f"{province}{letter}{rng.choice('DF')}{digits(5)(rng)}",
            f"{province}{letter}·{alphanumeric(5, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')(rng)}",
            f"{province}{letter} {digits(1)(rng)}{alphanumeric(4, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')(rng)}",
            f"{province}{letter}-{digits(2)(rng)}{letters(1)(rng)}{digits(2)(rng)}",
        ]
    )


CYRILLIC_PLATE = "АВЕКМНОРСТУХ"


def fifth_foreign_plate(rng):
    return rng.choice(
        [
            f"{rng.choice(['B', 'M', 'HH', 'K'])}-{letters(2)(rng)} {rng.randrange(1, 9999)}",
            f"{letters(2)(rng)}-{digits(3)(rng)}-{letters(2)(rng)}",
            f"{letters(2)(rng)} {digits(3)(rng)} {letters(2)(rng)}",
            f"{rng.choice(['WE', 'KR', 'WA'])} {digits(4)(rng)}{rng.choice(UPPER)}",
            f"ZH {digits(6)(rng)}",
            f"{digits(3)(rng)} {letters(3)(rng)} {rng.choice(['02', '01', '05', '13'])}",
            f"01 {digits(3)(rng)} {letters(3)(rng)}",
            f"01 {rng.choice(UPPER)} {digits(3)(rng)} {letters(2)(rng)}",
            f"{rng.choice(CYRILLIC_PLATE)}{digits(3)(rng)}{rng.choice(CYRILLIC_PLATE)}{rng.choice(CYRILLIC_PLATE)} "
            f"{rng.choice(['77', '178', '716'])}",
            f"{rng.randrange(1, 9)}{letters(3)(rng)}{digits(3)(rng)}",
            f"{letters(3)(rng)}-{digits(4)(rng)}",
            f"{letters(2)(rng)} {digits(4)(rng)}",
            f"34 {letters(3)(rng)} {digits(3)(rng)}",
            f"{letters(2)(rng)} {digits(4)(rng)} {letters(2)(rng)}",
        ]
    )


def fifth_vin(rng):
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["WVW", "JTD", "1HG", "XTA", "LFV"]) + alphanumeric(8, alphabet)(rng) + digits(6)(rng)


def fifth_serial(rng):
    return rng.choice(
        [
            f"{alphanumeric(4)(rng)}-{alphanumeric(4)(rng)}-{digits(4)(rng)}",
            f"PJR{digits(6)(rng)}S",
            f"(01){digits(14)(rng)}(17){rng.randrange(24, 30)}{rng.randrange(1, 13):02d}31(21){alphanumeric(6)(rng)}",
            f"{digits(4)(rng)}-{digits(3)(rng)}-{digits(3)(rng)}",
            f"{letters(2)(rng)}{digits(8)(rng)}",
            f"BJ-ICU-{digits(4)(rng)}",
            f"{rng.choice(['G7', 'Q3', 'X5'])}{alphanumeric(8)(rng)}",
        ]
    )


def fifth_imei(rng):
    number = luhn_complete("35" + digits(12)(rng))
    return rng.choice([number, f"{number[:2]}-{number[2:8]}-{number[8:14]}-{number[14]}", f"{number[:8]} {number[8:]}"])


def fifth_mac(rng):
    octets = [rng.randrange(256) for _ in range(6)]
    form = rng.randrange(5)
    if form == 0:
        return ":".join(f"{octet:02X}" for octet in octets)
    if form == 1:
        return "-".join(f"{octet:02x}" for octet in octets)
    if form == 2:
        text = "".join(f"{octet:02x}" for octet in octets)
        return f"{text[:4]}.{text[4:8]}.{text[8:]}"
    if form == 3:
        return ":".join(f"{octet:02x}" for octet in octets)
    return "".join(f"{octet:02X}" for octet in octets)


def fifth_other_number(rng):
    return rng.choice(
        [
            f"1Z{alphanumeric(6)(rng)}{digits(10)(rng)}",
            f"SF{digits(12)(rng)}",
            f"{rng.randrange(100, 999)}-{digits(7)(rng)}-{digits(7)(rng)}",
            f"CLM/{rng.randrange(2015, 2025)}/{digits(6)(rng)}",
            f"{digits(2)(rng)}/{rng.randrange(2015, 2025)}/{digits(4)(rng)}",
            f"{rng.randrange(100, 999)}-{digits(10)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"REF-{digits(3)(rng)}.{digits(3)(rng)}.{digits(3)(rng)}",
            f"{letters(1)(rng)}{digits(9)(rng)}",
        ]
    )


# Chinese surface forms.

FIFTH_HAN_FAMILY = "王李张刘陈杨赵周吴徐孙朱胡郭何高林罗郑梁谢宋唐聂阎谷乔柴葛房白华安常温康施牛洪左石车"
FIFTH_HAN_GIVEN = (
    "雨萱 博文 诗涵 宇轩 可馨 子墨 欣妍 明轩 雅婷 俊熙 美琳 建华 秀梅 丽华 国强 志明 桂英 淑华 文静 海涛 "
    "磊 鑫 洋 杰 琳 婷 鹏 慧"
).split()


def fifth_han_name(rng):
    family, given = rng.choice(FIFTH_HAN_FAMILY), rng.choice(FIFTH_HAN_GIVEN)
    return rng.choice(
        [
            family + given,
            family + given,
            family + given,
            rng.choice(["老", "小"]) + family,
            family + rng.choice(["阿姨", "叔叔", "奶奶", "大姐", "师傅", "老师", "医生", "主任", "护士"]),
            "阿" + rng.choice(["强", "芳", "娟", "明", "华"]),
        ]
    )


def fifth_compound_name(rng):
    compound = rng.choice(HAN_COMPOUND)
    return rng.choice(
        [
            compound + rng.choice(FIFTH_HAN_GIVEN),
            compound + rng.choice(FIFTH_HAN_GIVEN),
            compound + rng.choice(["老师", "医生", "阿姨", "先生", "女士"]),
        ]
    )


FIFTH_TRANSLITERATED_GIVEN = (
    "阿依江 奥马尔 迪尔纳兹 阿尔曼 库安内什 马利卡 莱拉 努尔苏丹 阿谢利 买买提江 古丽米拉 热依拉".split()
)
FIFTH_TRANSLITERATED_FAMILY = "托列根诺娃 哈达迪 尤苏波娃 米尔扎耶夫 卡里莫娃 拉希多夫 吐尔洪 艾力 阿不都".split()


def fifth_transliterated_name(rng):
    given, family = rng.choice(FIFTH_TRANSLITERATED_GIVEN), rng.choice(FIFTH_TRANSLITERATED_FAMILY)
    form = rng.randrange(7)
    if form < 3:
        return f"{given}·{family}"
    if form == 3:
        return f"{given}-{family}"
    if form == 4:
        return given + family
    if form == 5:
        return family + rng.choice(["女士", "先生"])
    return rng.choice(["田中美咲", "铃木一郎", "朴智妍", "金敏俊", "佐藤健太", "山本由美"])


def fifth_latin_name_in_chinese(rng):
    given, family = rng.choice(FIFTH_LATIN_GIVEN), rng.choice(FIFTH_LATIN_FAMILY)
    return rng.choice(
        [
            f"{given} {family}",
            f"{family.upper()} {given}",
            f"{given} {family[0]}.",
            f"Dr. {family}",
            f"{rng.choice(FIFTH_PINYIN_FAMILY)} {rng.choice(FIFTH_PINYIN_GIVEN)}",
            f"{given} {rng.choice(FIFTH_PARTICLE_FAMILY)}",
            f"{given[0]}. {family}",
        ]
    )


def fifth_street_zh(rng):
    number = rng.randrange(1, 300)
    road = rng.choice(["建设路", "和平街", "光明路", "幸福大街", "红旗路", "胜利巷", "友谊路", "北京路", "迎宾大道"])
    city = rng.choice(["", "", "兰州市城关区", "成都市武侯区", "哈尔滨市南岗区", "伊宁市"])
    return rng.choice(
        [
            f"{city}{road}{number}号",
            f"{city}{road}{number}号",
            f"南锣鼓巷{number}号",
            f"东四十条{number}号",
            f"{rng.choice(['李家村', '王庄', '石桥村'])}{chinese_numeral(rng.randrange(1, 9))}组{number}号",
            f"{road}{chinese_numeral(rng.randrange(1, 99))}号",
            f"{road}{number}号附{rng.randrange(1, 9)}号",
            f"阿拉木图市多斯特克大街{number}号",
            f"{road}{number}号院",
        ]
    )


def fifth_lane_address(rng):
    lane, number, room = rng.randrange(10, 1600), rng.randrange(1, 80), rng.randrange(101, 604)
    return rng.choice(
        [
            f"长乐路{lane}弄{number}号",
            f"愚园路{lane}弄{number}号{room}室",
            f"淮海中路{lane}弄{number}号",
            f"新华路{lane}弄",
            f"{lane}弄{number}号{room}室",
            f"武康路{lane}弄{rng.randrange(1, 9)}支弄{number}号",
            f"徐汇区建国西路{lane}弄{number}号",
            f"{chinese_numeral(rng.randrange(10, 99))}弄{chinese_numeral(rng.randrange(1, 40))}号",
        ]
    )


def fifth_flat_zh(rng):
    building, unit, room = rng.randrange(1, 40), rng.randrange(1, 8), rng.randrange(101, 2800)
    return rng.choice(
        [
            f"{building}号楼{unit}单元{room}",
            f"{rng.choice('ABCD')}座{room}室",
            f"{building}栋{unit}单元{room}",
            f"{building}幢{room}室",
            f"{building}-{unit}-{room}",
            f"{rng.randrange(1, 9)}号院{building}号楼{unit}门{room}",
            f"{unit}单元{room}",
            f"{rng.choice(['翠湖', '金色', '望京', '和谐'])}{rng.choice(['花园', '家园', '小区'])}{building}号楼{room}",
            f"{building}号{room}室",
        ]
    )


def fifth_postcode_zh(rng):
    code = f"{rng.choice(['100', '830', '510', '200', '730', '150'])}{digits(3)(rng)}"
    return rng.choice(
        [f"邮编：{code}", f"邮政编码为{code}", f"（邮编{code}）", f"邮编是{code}", f"{code}（邮编）", f"邮编 {code}"]
    )


def fifth_foreign_postcode_zh(rng):
    return rng.choice(
        [
            f"伦敦{uk_postcode(rng)}",
            f"阿拉木图050{digits(3)(rng)}",
            f"多伦多 {canadian_postcode(rng)}",
            f"东京都{rng.randrange(100, 199)}-{digits(4)(rng)}",
            f"莫斯科{rng.choice(['101', '119', '125'])}{digits(3)(rng)}",
            f"阿斯塔纳 {kazakh_new_postcode(rng)}",
            f"柏林{rng.choice('1234')}{digits(4)(rng)}",
            f"{uk_postcode(rng)}",
        ]
    )


def fifth_coordinates_zh(rng):
    lat, lon = rng.uniform(25, 50), rng.uniform(75, 125)
    m1, s1, m2, s2 = rng.randrange(60), rng.randrange(60), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"北纬{int(lat)}°{m1}′{s1}″，东经{int(lon)}°{m2}′{s2}″",
            f"{lat:.4f}N, {lon:.4f}E",
            f"N{lat:.4f} E{lon:.4f}",
            f"纬度：{lat:.4f}，经度：{lon:.4f}",
            f"经纬度（{lon:.4f}, {lat:.4f}）",
            f"东经{lon:.2f}度、北纬{lat:.2f}度",
            f"{lat:.3f},{lon:.3f}",
            f"坐标({lat:.5f}, {lon:.5f})",
            f"纬度{int(lat)}度{m1}分、经度{int(lon)}度{m2}分",
        ]
    )


def fifth_date_zh(rng):
    year, month, day = rng.randrange(1930, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        [
            f"{year}年{month}月{day}日",
            "".join(CHINESE_DIGITS[int(d)] for d in str(year))
            + f"年{chinese_numeral(month)}月{chinese_numeral(day)}日",
            f"{year}/{month:02d}/{day:02d}",
            f"{str(year)[2:]}年{month}月{day}日",
            f"{year}年{month}月{day}号",
            f"{month}月{day}号",
            f"{year}.{month:02d}.{day:02d}",
            f"{year}{month:02d}{day:02d}",
            f"{year}年农历{rng.choice(['正月', '二月', '腊月'])}初{chinese_numeral(rng.randrange(1, 10))}",
            f"{year}年{rng.choice(['元旦', '除夕', '国庆节'])}",
            f"{chinese_numeral(month)}月{chinese_numeral(day)}号",
        ]
    )


def fifth_age_words_zh(rng):
    age = rng.randrange(90, 111)
    if age < 100:
        number = f"九十{chinese_numeral(age - 90) if age > 90 else ''}"
    else:
        number = f"一百{'零' + chinese_numeral(age - 100) if 100 < age < 110 else ('一十' if age == 110 else '')}"
    return rng.choice(
        [f"{number}岁", f"{number}岁", f"{number}周岁", "九十有三", "鲐背之年", "期颐之年", "九十出头", "年过九旬"]
    )


def fifth_mobile_zh(rng):
    mobile = "1" + rng.choice("356789") + digits(9)(rng)
    return rng.choice(
        [
            f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
            f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
            mobile,
            f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}",
            f"(+86){mobile}",
            f"0086-{mobile}",
            f"(010)6{digits(3)(rng)} {digits(4)(rng)}",
            f"010-6{digits(7)(rng)}转{digits(4)(rng)}",
            f"0991-{rng.choice('2345678')}{digits(6)(rng)}",
            f"021 6{digits(3)(rng)} {digits(4)(rng)}",
            f"+7 701 {digits(3)(rng)} {digits(4)(rng)}",
            "".join("〇一二三四五六七八九"[int(d)] for d in mobile),
        ]
    )


def fifth_email_zh(rng):
    user = rng.choice(["aizhan_t", "xiaoyu2020", "nie.xiaoyu", "fangsiqi", "yanzhen_1988", "guyu.spring"])
    domain = rng.choice(["163.com", "qq.com", "126.com", "sina.cn", "foxmail.com", "outlook.com"])
    return rng.choice(
        [
            f"{user}@{domain}",
            f"{user}@{domain}",
            f"{rng.randrange(10000000, 3999999999)}@qq.com",
            f"{user}#{domain}",
            f"{user.upper()}@{domain.upper()}",
            f"{user}（at）{domain}",
        ]
    )


def fifth_url_zh(rng):
    return rng.choice(
        [
            f"weibo.com/u/{digits(10)(rng)}",
            f"space.bilibili.com/{digits(8)(rng)}",
            f"https://www.douyin.com/user/MS4wLjABAAAA{alphanumeric(12, string.ascii_letters + string.digits)(rng)}",
            f"https://www.zhihu.com/people/{rng.choice(['xiao-yu-88', 'guyu-spring', 'fang-si-qi'])}",
            f"xhslink.com/{alphanumeric(6, string.ascii_letters)(rng)}",
            f"user.qzone.qq.com/{digits(9)(rng)}",
            f"https://m.weibo.cn/profile/{digits(10)(rng)}",
            f"https://www.toutiao.com/c/user/{digits(11)(rng)}/",
        ]
    )


FIFTH_HANDLE_BASES_ZH = ["xiaoyu_2020", "guyu.spring", "fangsiqi99", "nana_ouyang", "yanzhen88", "aizhan.t"]


def fifth_handle_zh(rng):
    return (
        rng.choice(["@", "", ""]) + rng.choice(FIFTH_HANDLE_BASES_ZH) + rng.choice(["", "", str(rng.randrange(1, 99))])
    )


def fifth_wechat_zh(rng):
    return rng.choice(["xiaoyu_", "wxid_", "Nana-", "guyu", "siqi"]) + alphanumeric(
        rng.randrange(4, 9), string.ascii_lowercase + string.digits
    )(rng)


def fifth_chinese_handle(rng):
    return rng.choice(["", "@"]) + rng.choice(["晓雨不下雨", "小橘子爱吃糖", "阳光小鱼儿", "努力的娜娜", "谷雨的日常"])


def fifth_resident_id_zh(rng):
    number = resident_id(rng).replace(" ", "")
    form = rng.randrange(5)
    if form == 0:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    if form == 1:
        return f"{number[:6]}-{number[6:14]}-{number[14:]}"
    if form == 2:
        return number[:6] + number[8:14] + digits(3)(rng)
    return number


def fifth_national_id_zh(rng):
    return rng.choice(
        [
            ("港澳居民来往内地通行证", f"{rng.choice('HM')}{digits(8)(rng)}"),
            ("台湾居民来往大陆通行证", digits(8)(rng)),
            ("香港身份证", f"{rng.choice('ACDEGHKMPRVYZ')}{digits(6)(rng)}({rng.randrange(10)})"),
            ("外国人永久居留身份证", f"9{digits(17)(rng)}"),
            ("哈萨克斯坦个人识别号", f"{digits(6)(rng)} {digits(6)(rng)}"),
            ("韩国居民登录号", f"{digits(6)(rng)}-{rng.choice('1234')}{digits(6)(rng)}"),
            ("美国社会安全号", ssn(rng)),
            ("军官证", f"{rng.choice('南北西东')}字第{digits(7)(rng)}号"),
            ("新加坡身份证", f"S{digits(7)(rng)}{rng.choice('ABCDEFGHIZJ')}"),
            ("乌兹别克斯坦PINFL", digits(14)(rng)),
        ]
    )


def fifth_passport_zh(rng):
    return rng.choice(
        ["E" + digits(8)(rng), "EJ" + digits(7)(rng), "N" + digits(8)(rng), "G" + digits(8)(rng),
         f"75 {digits(7)(rng)}", "AA" + digits(7)(rng), "P" + digits(7)(rng), "K" + digits(8)(rng)]
    )  # fmt: skip


def fifth_record_number_zh(rng):
    return rng.choice(
        [
            "00" + digits(6)(rng),
            f"ZY{rng.randrange(2015, 2025)}{digits(5)(rng)}",
            "MZ" + digits(8)(rng),
            f"{digits(2)(rng)}-{digits(2)(rng)}-{digits(2)(rng)}",
            f"{digits(3)(rng)} {digits(3)(rng)} {digits(3)(rng)}",
            digits(10)(rng),
            "H" + digits(7)(rng),
            f"BA{rng.randrange(2015, 2025)}-{digits(4)(rng)}",
            digits(6)(rng),
        ]
    )


def fifth_insurance_zh(rng):
    return rng.choice(
        [
            f"{rng.choice(['11', '31', '65', '44'])}{digits(8)(rng)}",
            digits(9)(rng),
            f"P{rng.randrange(2015, 2025)}{digits(8)(rng)}",
            f"GRP-{digits(5)(rng)}-{digits(3)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            f"ZJ{digits(10)(rng)}",
            f"{letters(1)(rng)}{digits(8)(rng)}",
        ]
    )


def fifth_account_zh(rng):
    nineteen = luhn_complete("622202" + digits(12)(rng))
    return rng.choice(
        [
            " ".join(nineteen[i : i + 4] for i in range(0, 19, 4)),
            nineteen,
            bank_card(rng),
            kazakh_iban(rng),
            f"1100 1047 {digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
            luhn_complete("621700" + digits(9)(rng)),
        ]
    )


def fifth_licence_zh(rng):
    return rng.choice(
        [
            digits(12)(rng),
            f"1{digits(2)(rng)}0{digits(11)(rng)}",
            f"{rng.randrange(2005, 2024)}{digits(13)(rng)}",
            f"KZ {digits(2)(rng)}AB{digits(6)(rng)}",
            f"{rng.choice(UPPER)}{digits(7)(rng)}",
            f"{digits(4)(rng)}-{digits(4)(rng)}-{digits(4)(rng)}",
        ]
    )


def fifth_serial_zh(rng):
    return rng.choice(
        [
            f"{alphanumeric(4)(rng)}-{alphanumeric(4)(rng)}-{digits(4)(rng)}",
            f"PJR{digits(6)(rng)}S",
            f"(01){digits(14)(rng)}(21){alphanumeric(6)(rng)}",
            f"SN{digits(10)(rng)}",
            f"{letters(2)(rng)}{digits(8)(rng)}",
            f"{rng.choice(['G7', 'Q3', 'X5'])}{alphanumeric(8)(rng)}",
        ]
    )


def fifth_other_number_zh(rng):
    return rng.choice(
        [
            f"SF{digits(12)(rng)}",
            f"YT{digits(13)(rng)}",
            f"（{rng.randrange(2015, 2025)}）京0105民初{digits(5)(rng)}号",
            f"E{digits(9)(rng)}",
            f"{rng.randrange(100, 999)}-{digits(10)(rng)}",
            digits(8)(rng),
            f"JD{digits(13)(rng)}",
            f"{digits(4)(rng)} {digits(4)(rng)} {digits(4)(rng)}",
        ]
    )


NUMBER_KINDS = (
    "other_number,account_number,medical_record_number,health_plan_number,national_id,"
    "phone_number,resident_id,licence_number,device_identifier,passport_number"
)

FIFTH_POSITIVE = {
    "en": {
        ("person_name", "person_name,patient_real_name"): templates(
            "“Take the blue one first,” {v} reminded her.",
            "Visitors on Sunday: {v}, two cousins and a neighbour.",
            "{v} was the first to notice that her ankles were swollen.",
            "Thank-you cards went to the ward, to the pharmacist and to {v}.",
            "Next of kin: {v} (daughter); contact after 6 pm.",
            "The interpreter, {v}, stayed until the end of the consultation.",
            "The photographs were taken by a friend ({v}).",
            "It was {v} who drove through the snow to fetch her.",
            "She dedicated the story to {v}.",
            "Seen with {v}, who translated throughout.",
            "Her flatmate {g} called the ambulance.",
            "Her grandson {g} reads the leaflets aloud to her.",
            v=fifth_name_en,
            g=pick(*FIFTH_LATIN_GIVEN),
        ),
        ("han_name_in_english", "person_name,patient_real_name"): templates(
            "{v}, a retired engineer from Wuhan, shared the room with her.",
            "Her tutor at university, {v}, organised a collection.",
            "The consent form was witnessed by {v}.",
            "“We will manage,” said {v}, her husband.",
            "Contact person: {v} (brother-in-law).",
            "Among the visitors were {v} and two colleagues.",
            "Ask for {v} at the front desk of the guesthouse.",
            "She lived with her grandmother, {v}, until she was twelve.",
            v=fifth_pinyin_name,
        ),
        ("patient_real_name", "patient_real_name,person_name"): (
            fifth_real_name_en,
            [
                "Photographs: {v}, used with permission.",
                "“I'm not afraid any more,” {v} wrote in her last message.",
                "{v} is now back at school.",
                "Letters for {v} can be left at the nurses' station.",
                "The parents of {v} asked us to thank the night staff.",
                "Story told by {v}, edited by the ward team.",
                "Everyone at the clinic was delighted when {v} came back to visit.",
                "On the last day, {v} handed out sweets to the whole ward.",
            ],
        ),
        ("street_address", "street_address,postal_code"): templates(
            "{v} — that is where the ambulance picked her up.",
            "Address on file: {v}; phone unknown.",
            "She moved in with her aunt (at {v}) after the divorce.",
            "The parcel was addressed to {v}.",
            "“Come to {v},” her cousin wrote, “and stay as long as you need.”",
            "Her house, {v}, has no lift.",
            "Returned mail came back from {v}.",
            "Home: {v}.",
            "{v} is the address printed on her referral.",
            "She was found at a bus stop outside {v}.",
            v=fifth_street_en,
        ),
        ("romanised_chinese_address", "street_address,postal_code"): templates(
            "While waiting for the transplant she stayed at {v}.",
            "Her mother's flat, {v}, is a short walk from the hospital.",
            "Address given at admission: {v}.",
            "{v} was written on the back of her appointment card.",
            "The taxi took her from the airport straight to {v}.",
            "Friends from church visited her at {v} every week.",
            "A letter addressed to {v} never arrived.",
            v=fifth_romanised_address,
        ),
        ("flat_or_building", "street_address"): templates(
            "She lives on her own in {v}, three floors up.",
            "{v} — the courier knew it by heart.",
            "Home visits were made to {v} twice a week.",
            "Her brother's place ({v}) has a spare room.",
            "Visit log: {v}, 10:30, patient at home.",
            "The landlord of {v} let her out of the lease.",
            "Oxygen cylinders were delivered to {v}.",
            v=fifth_flat_en,
        ),
        ("postal_code", "postal_code,street_address"): templates(
            "On the registration form she wrote only {v}.",
            "Delivery note: {v}, leave with neighbour.",
            "{v} was the only part of her address the midwife could read.",
            "She gave her {v} so the courier could find the village.",
            "Sent to her parents' address ({v}).",
            "The charity pays for taxis from {v} to the hospital.",
            v=fifth_postcode_labelled_en,
        ),
        ("foreign_postcode", "postal_code,street_address"): templates(
            "Her return address read simply {v}.",
            "The envelope was postmarked {v}.",
            "Her family sends parcels from {v}.",
            "The last line of her address is {v}.",
            "Correspondence: {v}.",
            "The GP surgery at {v} forwarded her notes.",
            v=fifth_foreign_postcode,
        ),
        ("geolocation", "geolocation"): templates(
            "GPS fix at the time of the fall: {v}.",
            "{v} — that is where the shepherds found her.",
            "The air ambulance was sent to {v}.",
            "Her smartwatch reported {v} before the battery died.",
            "The yurt camp (at {v}) has no road access.",
            "Pin dropped by her son: {v}.",
            "They met the ambulance halfway, near {v}.",
            v=fifth_coordinates_en,
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "{v}: admitted through casualty with chest pain.",
            "Discharged home on {v}, with a follow-up in six weeks.",
            "The biopsy ({v}) confirmed the diagnosis.",
            "“I remember it was {v},” she told us, “because it snowed.”",
            "Surgery, {v}; chemotherapy from the following week.",
            "Her first seizure came on {v}.",
            "We lost contact with her after {v}.",
            "Last seen in clinic {v}.",
            v=fifth_date_en,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "DOB {v}; allergies: penicillin.",
            "The patient (b. {v}) was referred by her GP.",
            "{v} is the birth date printed on her visa.",
            "Born {v} in a village near Taraz.",
            "Her birthday — {v} — fell during the second cycle.",
            "Her date of birth, {v}, was read back before the transfusion.",
            "She was born on {v}, the youngest of five.",
            "Wristband: d.o.b. {v}, blood group O.",
            v=fifth_birth_date_en,
        ),
        ("age_over_89", "age_over_89"): templates(
            "A {a}-year-old great-grandmother was the oldest patient on the ward.",
            "Pt {a}F, lives alone, independent with a stick.",
            "At {a}, she still insists on walking to the market.",
            "Her father celebrated his {o} birthday in the day unit.",
            "Age: {a}. Lives with daughter.",
            "Her aunt, who is {a}, knitted a blanket for the ward.",
            "She turned {a} the week before the operation.",
            "Her grandfather ({a} y/o) came to every appointment.",
            "{a} years young, she told the nurses with a wink.",
            "The eldest sister, aged {a}, signed as witness.",
            a=lambda rng: rng.randrange(90, 108),
            o=lambda rng: ordinal(rng.randrange(90, 108)),
        ),
        ("age_in_words", "age_over_89"): templates(
            "Her grandmother, now {w}, still bakes bread every morning.",
            "A {w}-year-old former teacher was the first to enrol.",
            "“I'm {w} and I've never been in hospital,” he said.",
            "She will be {w} in the spring.",
            "Her mother is {w} years old and lives with them.",
            "At {w}, her grandfather drove himself to the clinic.",
            "Her great-aunt turned {w} last month.",
            "{W} years old and still gardening: that is her grandmother.",
            w=fifth_age_words,
            W=lambda rng: fifth_age_words(rng).capitalize(),
        ),
        ("phone_number", "phone_number"): templates(
            "“Call me on {v} if anything changes,” her son said.",
            "{v} is her daughter's mobile; the landline no longer works.",
            "Contacts: mother {v}, father unknown.",
            "She texted the ward from a borrowed phone ({v}).",
            "Emergency contact — {v} (husband).",
            "The pharmacy rang her back at {v}.",
            "Tel.: {v}; best time after 7 pm.",
            "Her number has changed to {v}.",
            "Reach the family through her neighbour, on {v}.",
            v=fifth_phone,
        ),
        ("fax_number", "phone_number"): templates(
            "Fax: {v} (her solicitor's office).",
            "{v} is the fax in her father's shop.",
            "The referral arrived by fax from {v} late on Friday.",
            "Her insurer only accepts faxes, sent to {v}.",
            "Please fax the discharge summary to her GP on {v}.",
            "Tel./fax {v}, office hours only.",
            v=fifth_fax,
        ),
        ("email", "email"): templates(
            "E-mail her at {v} rather than calling.",
            "{v} — write there for copies of the scans.",
            "Results were copied to her sister ({v}).",
            "Contact: {v}; preferred language Kazakh.",
            "“My address is {v},” she wrote on the whiteboard.",
            "The invitation went out to {v} on Monday.",
            "Her tutor's e-mail, {v}, is on the absence note.",
            v=fifth_email,
        ),
        ("web_address", "web_address,social_account"): templates(
            "Her fundraiser lives at {v}.",
            "{v} — her mother posts updates there every evening.",
            "Follow her progress ({v}).",
            "Link in the family's message: {v}",
            "The video diary is public: {v}.",
            "Search results led us to {v}, her profile.",
            v=fifth_url,
        ),
        ("social_account", "social_account,web_address"): templates(
            "Instagram: {h}; she posts about her treatment.",
            "Her Snapchat is {h}.",
            "{h} on Instagram — that is her account.",
            "Find her on Telegram ({h}).",
            "Her LINE ID, {h}, was written on the card.",
            "She games on Discord as {h}#{n}.",
            "Her KakaoTalk ID is {h}.",
            "She messages the other patients on WeChat (ID: {w}).",
            "“My Twitter is {h},” she told the nurse.",
            h=fifth_handle,
            n=digits(4),
            w=fifth_wechat_zh,
        ),
        ("handle_without_network", "social_account,web_address"): templates(
            "“Add me: {h},” she wrote on the card.",
            "At the end of the video she says: add me at {h}!",
            "Add me — {h} — if you have the same disease.",
            "DM me at {h} for the recipe.",
            "Her username, {h}, is the same everywhere.",
            "“You can find me as {h},” she told the group.",
            "Add me ({h}) and I'll send you the leaflet.",
            h=fifth_handle,
        ),
        ("ip_address", "ip_address"): templates(
            "Audit trail: login from {v} at 02:14.",
            "{v} — the address her tablet had on the hotel Wi-Fi.",
            "Her messages to the portal came from {v}.",
            "The firewall blocked {v} after three failed attempts.",
            "Remote session (source {v}) lasted 40 minutes.",
            "Her laptop's address was {v}.",
            v=fifth_ipv4,
        ),
        ("ipv6_address", "ip_address"): templates(
            "The server saw her phone as {v}.",
            "{v} appears in the access log of the patient portal.",
            "Connection from {v} was flagged by the security team.",
            "Her home router hands out {v} to the laptop.",
            "Source address: {v}; device: iPad.",
            v=fifth_ipv6,
        ),
        ("resident_id", "resident_id,national_id,other_number"): templates(
            "{v} is the number on her Chinese ID card.",
            "ID (PRC): {v}.",
            "The ticket was booked with her identity card, {v}.",
            "Her mother's citizen ID ({v}) was needed for the donation.",
            "Resident identity card number, {v}, checked by security.",
            "Train ticket: seat 12F, ID {v}.",
            v=fifth_resident_id,
        ),
        ("national_id", "national_id,other_number,resident_id,passport_number"): [
            (sentence, {"v": fifth_national_id_en})
            for sentence in (
                "{n} ({l}) was copied onto the consent form.",
                "Her {l}: {n}.",
                "{l}, {n}, confirmed by the embassy.",
                "She wrote down {n}, her {l}, from memory.",
                "The registrar asked for her {l} — {n}.",
                "Identity checked: {l} {n}.",
            )
        ],
        ("passport_number", "passport_number,other_number"): templates(
            "{v} — her passport number — was on the visa invitation.",
            "Passport: {v}, valid until next year.",
            "Her passport ({v}) was held by the hotel for a night.",
            "The embassy reissued passport {v} in two days.",
            "The ticket, the visa and the passport number {v} had to match.",
            "Travel document no. {v} was scanned at the border.",
            v=fifth_passport,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "MRN: {v}; bed 12, ward 5.",
            "{v} (hospital number) is on every sample tube.",
            "Her chart, #{v}, was pulled for the audit.",
            "Unit record {v} — please use it on all requests.",
            "Her NHS number, {v}, was given to the referral team.",
            "Patient ID {v}, admitted under rheumatology.",
            "Accession {v}: CT chest with contrast.",
            "Scan the barcode or quote {v}, her record number.",
            "Case no. {v} was reopened after the relapse.",
            v=fifth_record_number,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "Medicare number {v} is on the back of the letter.",
            "{v} — her member ID — was refused by the pharmacy.",
            "Insurer: Allianz; policy {v}; excess paid.",
            "Her European health card ({v}) covered the ambulance.",
            "Coverage: group {g}, member {v}.",
            "Beneficiary no. {v} was checked before the operation.",
            v=fifth_insurance,
            g=digits(5),
        ),
        ("account_number", "account_number,other_number"): templates(
            "Bank details: {v}.",
            "{v} is the account the fundraiser pays into.",
            "Refunds go to her card ({v}).",
            "She read out {v} over the phone to the cashier.",
            "Transfer to {v}, reference 'surgery'.",
            "The donation page lists {v} for transfers from abroad.",
            v=fifth_account,
        ),
        ("licence_number", "licence_number,other_number"): templates(
            "Driving licence: {v} (category B).",
            "{v} — her nursing registration — was suspended during treatment.",
            "The hire car was released against licence {v}.",
            "Her registration number with the council, {v}, is on the ward rota.",
            "Licence no. {v} expired while she was in hospital.",
            "His taxi licence ({v}) hangs on the dashboard.",
            v=fifth_licence,
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "Registration {v}, a grey hatchback, parked in bay 4.",
            "The plate — {v} — was caught on camera.",
            "Her father's lorry ({v}) brought the family to the city.",
            "A car with Chinese plates, {v}, waited outside.",
            "Reg. no. {v}; owner: her husband.",
            "VIN {vin} appears on the insurance claim.",
            "{vin} is the chassis number of the crashed car.",
            v=fifth_chinese_plate,
            vin=fifth_vin,
        ),
        ("foreign_plate", "vehicle_identifier,other_number"): templates(
            "She was hit by a silver Opel, {v}, on the way to school.",
            "Her son's Toyota ({v}) is on the CCTV still.",
            "{v}: that van has brought her to dialysis for a year.",
            "The driver of {v} stopped and called an ambulance.",
            "Her neighbour lent her the Lada, {v}, for the journey.",
            "They followed the ambulance in {v}.",
            v=fifth_foreign_plate,
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "Pump serial {v} was returned to the manufacturer.",
            "{v} is engraved on the back of her hearing aid.",
            "The loop recorder (SN {v}) was checked remotely.",
            "Device log: sensor {v}, replaced every ten days.",
            "Her CPAP machine, serial {v}, belongs to the hospital.",
            "The insulin pen's code, {v}, was read by the app.",
            "IMEI {i} — her stolen phone — was blocked.",
            v=fifth_serial,
            i=fifth_imei,
        ),
        ("mac_address", "device_identifier,other_number"): templates(
            "Her tablet ({v}) was added to the ward network.",
            "{v} is the hardware address of her glucose reader.",
            "The Wi-Fi log lists {v} as her phone.",
            "Bluetooth pairing failed for {v}.",
            "Device MAC: {v}; owner: the patient.",
            v=fifth_mac,
        ),
        ("other_number", NUMBER_KINDS): templates(
            "Tracking {v}: parcel held at customs.",
            "{v} is her e-ticket number for the flight home.",
            "The complaint was filed as case {v}.",
            "Quote {v} when you call about the refund.",
            "Her locker (tag {v}) was emptied at discharge.",
            "Order {v} — the wheelchair — arrived late.",
            "Reference: {v}.",
            v=fifth_other_number,
        ),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "邻居{v}听到动静，帮她叫了救护车。",
            "“别怕，有我在。”{v}握着她的手说。",
            "来探望的有她的同事、{v}和两位老同学。",
            "联系人：{v}（女儿），电话见登记表。",
            "她最感谢的人是{v}。",
            "那天值夜班的是{v}，一眼就看出她不对劲。",
            "照片由她的闺蜜{v}提供。",
            "她的发小{v}专程从老家赶来。",
            "据{v}回忆，她当时已经说不出话了。",
            "舅舅{v}替她垫付了第一笔押金。",
            "{v}、{w}两位志愿者轮流陪护。",
            v=fifth_han_name,
            w=fifth_han_name,
        ),
        ("compound_surname", "person_name,patient_real_name"): templates(
            "主刀的是{v}，手术做了六个小时。",
            "“你要坚强。”{v}在卡片上写道。",
            "她的班主任{v}组织全班给她写信。",
            "{v}（她的表亲）负责接送。",
            "感谢{v}和所有医护人员。",
            "病友{v}把自己的经验分享给了她。",
            "出院那天，{v}来接她回家。",
            "签字的家属是{v}。",
            v=fifth_compound_name,
        ),
        ("transliterated_name", "person_name,patient_real_name"): templates(
            "{v}来自阿拉木图，是家里的长女。",
            "翻译{v}陪她完成了所有检查。",
            "“谢谢你们。”{v}用中文说。",
            "同一批入组的还有{v}。",
            "病房里的人都记得她的名字——{v}。",
            "{v}的母亲专程从喀什赶来。",
            "申请表上的患者姓名为{v}。",
            v=fifth_transliterated_name,
        ),
        ("romanised_name_in_chinese", "person_name,patient_real_name"): templates(
            "她的英国导师{v}每周打电话问候。",
            "邮件的署名是{v}。",
            "主治医生{v}同意她回国继续治疗。",
            "{v}（她的丈夫）全程陪同。",
            "捐赠者名单上有{v}。",
            "她在护照上的名字拼作{v}。",
            "“加油！”{v}在卡片上写道。",
            v=fifth_latin_name_in_chinese,
        ),
        ("patient_real_name", "patient_real_name,person_name"): (
            fifth_real_name_zh,
            [
                "{v}说，最难熬的是等待配型的那半年。",
                "“我想回学校。”{v}对医生说。",
                "本文经{v}本人同意发表。",
                "病房的孩子们都喜欢{v}。",
                "如今，{v}已经回到了工作岗位。",
                "随访记录：{v}，一般情况良好。",
                "出院那天，{v}给护士站送了一面锦旗。",
            ],
        ),
        ("street_address", "street_address,postal_code"): templates(
            "{v}是她租住了十年的老房子。",
            "家庭住址：{v}；联系电话见附页。",
            "她搬到了女儿家（{v}）。",
            "快递员把药送到{v}时，她已经住院了。",
            "“来{v}找我吧。”她在电话里说。",
            "社工按{v}上门走访了两次。",
            "她出生在{v}，在那里长大。",
            "户籍地址为{v}。",
            v=fifth_street_zh,
        ),
        ("lane_address", "street_address,postal_code"): templates(
            "她家在{v}，是一栋老式石库门。",
            "救护车开进了{v}。",
            "地址：{v}。",
            "{v}的邻居们为她捐了款。",
            "她从{v}搬出来后就没有再回去过。",
            "信寄到{v}，由她外婆代收。",
            v=fifth_lane_address,
        ),
        ("flat_or_building", "street_address"): templates(
            "她一个人住在{v}，没有电梯。",
            "{v}的门铃坏了，护工只好打电话。",
            "上门随访地址：{v}。",
            "氧气瓶送到了{v}门口。",
            "她的母亲住在同一小区的{v}。",
            "居委会把{v}列为重点关照户。",
            v=fifth_flat_zh,
        ),
        ("postal_code", "postal_code,street_address"): templates(
            "请在快递单上写明{v}。",
            "她老家的地址只记得{v}。",
            "回执上写的是{v}，但她抄错了一位。",
            "寄件地址后面附上了{v}。",
            "{v}，收件人为她本人。",
            "信封右上角写着{v}。",
            v=fifth_postcode_zh,
        ),
        ("foreign_postcode", "postal_code,street_address"): templates(
            "她在国外的地址最后一行是{v}。",
            "药是从{v}寄来的。",
            "她在国外的收件地址为{v}。",
            "表格上的邮编一栏填的是{v}。",
            "{v}——她家在那里。",
            v=fifth_foreign_postcode_zh,
        ),
        ("geolocation", "geolocation"): templates(
            "她摔倒的位置是{v}。",
            "{v}，这是牧民找到她的地方。",
            "手表最后记录的定位为{v}。",
            "直升机按{v}降落。",
            "她家的毡房（{v}）离公路有二十公里。",
            "定位：{v}。",
            v=fifth_coordinates_zh,
        ),
        ("exact_date", "exact_date,date_of_birth"): templates(
            "{v}，她因高热被送进急诊。",
            "出院日期：{v}。",
            "活检（{v}）证实了诊断。",
            "“那天是{v}，我记得很清楚。”她说。",
            "手术定在{v}上午。",
            "她最后一次来门诊是{v}。",
            "从{v}起，她开始规律透析。",
            v=fifth_date_zh,
        ),
        ("date_of_birth", "date_of_birth,exact_date"): templates(
            "出生日期：{v}；过敏史：无。",
            "她生于{v}，是家中老大。",
            "{v}出生的她，今年刚上大学。",
            "护照上的生日（{v}）和身份证上的不一致。",
            "她的生日是{v}，那天正好做完第三次化疗。",
            "腕带信息：出生{v}，血型O型。",
            v=fifth_date_zh,
        ),
        ("age_over_89", "age_over_89"): templates(
            "{a}岁的老奶奶是病房里年纪最大的患者。",
            "患者，女，{a}岁，独居。",
            "她的外婆今年{a}了，还能自己做饭。",
            "爷爷{a}周岁生日那天，全家都来了医院。",
            "“我都{a}了，不怕。”老人笑着说。",
            "年龄：{a}岁。",
            "{a}岁高龄的她坚持每天散步。",
            "虚岁{a}的老人第一次做了胃镜。",
            a=lambda rng: rng.randrange(90, 108),
        ),
        ("age_in_words", "age_over_89"): templates(
            "她的奶奶已经{w}，耳不聋眼不花。",
            "{w}的老人第一次坐飞机。",
            "太姥姥今年{w}，每天都要视频通话。",
            "同病房的大爷{w}，是位老红军。",
            "“活到{w}，够本了。”他说。",
            w=fifth_age_words_zh,
        ),
        ("phone_number", "phone_number"): templates(
            "{v}是她女儿的手机号，白天都能打通。",
            "联系电话：{v}（丈夫）。",
            "“有事就打{v}。”护士长把号码写在了纸上。",
            "她用邻居的手机（{v}）给病房打了电话。",
            "紧急联系人：母亲，{v}。",
            "她的号码换成了{v}。",
            "回访电话打到{v}，无人接听。",
            "家属留的号码是{v}，晚上七点后方便。",
            v=fifth_mobile_zh,
        ),
        ("fax_number", "phone_number"): templates(
            "传真：{v}（她父亲的办公室）。",
            "{v}是她家工厂的传真号。",
            "转诊单是从{v}传真过来的。",
            "请把出院小结传真至{v}。",
            "电话/传真：{v}。",
            v=fifth_fax,
        ),
        ("email", "email"): templates(
            "{v}是她常用的邮箱。",
            "电子邮件：{v}。",
            "检查报告已发送到她哥哥的邮箱（{v}）。",
            "有任何问题请发邮件至{v}。",
            "“我的邮箱是{v}。”她在白板上写道。",
            "她用{v}注册了患者社群。",
            v=fifth_email_zh,
        ),
        ("web_address", "web_address,social_account"): templates(
            "她的抗癌日记发在{v}。",
            "{v}——她妈妈每天在那里更新。",
            "众筹页面（{v}）已经转发了上千次。",
            "关注她的主页：{v}",
            "视频合集地址为{v}。",
            "病友们通过{v}找到了她。",
            v=fifth_url_zh,
        ),
        ("social_account", "social_account,web_address"): templates(
            "微信号：{w}，备注“病友”。",
            "她的抖音号是{h}。",
            "{h}是她的小红书账号。",
            "B站UID：{u}。",
            "加她QQ（{q}）就能进群。",
            "她在微博上叫{c}。",
            "快手号：{h}。",
            "她的vx是{w}。",
            "钉钉号{h}。",
            w=fifth_wechat_zh,
            h=fifth_handle_zh,
            u=lambda rng: str(rng.randrange(10000000, 999999999)),
            q=qq_number,
            c=fifth_chinese_handle,
        ),
        ("handle_without_network", "social_account,web_address"): templates(
            "“加我：{h}。”她在病友群里说。",
            "有需要的可以加我{h}。",
            "她的号是{h}，搜一下就能找到。",
            "私信{h}就能拿到资料。",
            "加我（{h}），我把经验发给你。",
            "想交流的病友加{h}。",
            h=fifth_handle_zh,
        ),
        ("ip_address", "ip_address"): templates(
            "登录记录显示来源IP为{v}。",
            "{v}是她在宾馆用的网络地址。",
            "门户网站的访问日志（{v}）被调出来核对。",
            "远程会诊从{v}接入，持续了四十分钟。",
            "她的电脑地址：{v}。",
            v=fifth_ipv4,
        ),
        ("ipv6_address", "ip_address"): templates(
            "服务器记录的地址为{v}。",
            "{v}，这是她手机在医院Wi-Fi下的地址。",
            "来自{v}的连接被安全部门拦截。",
            "IPv6地址：{v}。",
            "她家路由器分配的地址是{v}。",
            v=fifth_ipv6,
        ),
        ("resident_id", "resident_id,national_id,other_number"): templates(
            "{v}是她身份证上的号码。",
            "证件号：{v}。",
            "住院登记用的是她母亲的身份证（{v}）。",
            "身份证号码{v}，经核对无误。",
            "火车票上印着她的证件号{v}。",
            "“我的身份证是{v}。”她一字一字地念。",
            v=fifth_resident_id_zh,
        ),
        ("national_id", "national_id,other_number,resident_id,passport_number"): [
            (sentence, {"v": fifth_national_id_zh})
            for sentence in (
                "{n}（{l}）已复印存档。",
                "她的{l}：{n}。",
                "{l}，号码{n}，由大使馆核实。",
                "她凭记忆写下了{l}{n}。",
                "登记时提供的证件为{l}，号码为{n}。",
                "证件：{l} {n}。",
            )
        ],
        ("passport_number", "passport_number,other_number"): templates(
            "{v}是她的护照号码。",
            "护照：{v}，有效期至明年。",
            "她的护照（{v}）在酒店押了一晚。",
            "机票、签证和护照号{v}必须一致。",
            "大使馆两天内补办了护照{v}。",
            "入境时扫描了她的旅行证件{v}。",
            v=fifth_passport_zh,
        ),
        ("medical_record_number", "medical_record_number,other_number"): templates(
            "住院号：{v}；床号：12。",
            "{v}（病案号）贴在每根采血管上。",
            "请在申请单上注明她的病历号，{v}。",
            "就诊卡号{v}已挂失。",
            "影像号{v}：胸部CT增强。",
            "复印病历需要提供患者ID（{v}）。",
            "她的门诊号是{v}。",
            "检验条码{v}对应的是她的血样。",
            v=fifth_record_number_zh,
        ),
        ("health_plan_number", "health_plan_number,other_number,account_number"): templates(
            "医保卡号：{v}。",
            "{v}是她的社保卡号。",
            "商业保险（保单号{v}）报销了大部分费用。",
            "她出示的医疗保险卡上写着{v}。",
            "参保编号{v}在异地无法直接结算。",
            "理赔申请已提交，保单：{v}。",
            v=fifth_insurance_zh,
        ),
        ("account_number", "account_number,other_number"): templates(
            "银行卡号：{v}（户名见附件）。",
            "{v}是众筹的收款账户。",
            "退费请转入她父亲的卡（{v}）。",
            "她把账号{v}念给了收费处。",
            "开户行：中国银行；账号：{v}。",
            "境外汇款请汇至{v}。",
            v=fifth_account_zh,
        ),
        ("licence_number", "licence_number,other_number"): templates(
            "驾驶证档案编号：{v}。",
            "{v}是她的护士执业证书编号。",
            "租车时登记了驾照（{v}）。",
            "他的道路运输从业资格证{v}在住院期间过期了。",
            "医师资格证书号{v}，已核验。",
            "出租车上挂着他的服务证，编号{v}。",
            v=fifth_licence_zh,
        ),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "车牌{v}，白色SUV，停在急诊门口。",
            "{v}——监控拍到了这辆车。",
            "她父亲的货车（{v}）把全家拉到了城里。",
            "车架号{vin}出现在理赔单上。",
            "接送她的是一辆{v}的出租车。",
            "肇事车辆号牌为{v}。",
            v=fifth_chinese_plate,
            vin=fifth_vin,
        ),
        ("foreign_plate", "vehicle_identifier,other_number"): templates(
            "她是被一辆{v}的小轿车撞倒的。",
            "她哥哥开着那辆{v}来接她。",
            "{v}这辆车已经接送她透析一年了。",
            "边检登记了他们的车：{v}。",
            "家人开着{v}从霍尔果斯口岸入境。",
            v=fifth_foreign_plate,
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "胰岛素泵序列号{v}已返厂维修。",
            "{v}刻在她助听器的背面。",
            "植入式心电记录仪（SN：{v}）已完成远程随访。",
            "传感器编号{v}，每十天更换一次。",
            "呼吸机的设备编号为{v}，属于医院。",
            "手机串号{i}已挂失。",
            "起搏器型号为Azure XT，序列号{v}。",
            v=fifth_serial_zh,
            i=fifth_imei,
        ),
        ("mac_address", "device_identifier,other_number"): templates(
            "她的平板（{v}）已加入病房网络。",
            "{v}是她血糖仪的硬件地址。",
            "Wi-Fi日志中她手机的MAC为{v}。",
            "蓝牙配对失败的设备地址：{v}。",
            "物理地址{v}被加入白名单。",
            v=fifth_mac,
        ),
        ("other_number", NUMBER_KINDS): templates(
            "快递单号：{v}，已到达乌鲁木齐。",
            "{v}是她回国的电子客票号。",
            "投诉已受理，编号{v}。",
            "咨询退款时请报{v}。",
            "她的储物柜（牌号{v}）出院时清空了。",
            "订单{v}里的轮椅到晚了。",
            "案号：{v}。",
            v=fifth_other_number_zh,
        ),
    },
}


def fifth_trial_en(rng):
    return rng.choice(
        [
            f"NCT0{rng.randrange(1000000, 9999999)}",
            f"ChiCTR{rng.randrange(2000000000, 2500000000)}",
            f"ChiCTR-{rng.choice(['IIR', 'OPC', 'TRC', 'IOR'])}-{rng.randrange(14, 20)}{digits(6)(rng)}",
            f"EudraCT {rng.randrange(2010, 2024)}-{digits(6)(rng)}-{digits(2)(rng)}",
            f"ISRCTN{digits(8)(rng)}",
            f"CTR{rng.randrange(2015, 2025)}{digits(4)(rng)}",
        ]
    )


FIFTH_CLEAN = {
    "en": {
        "dose_or_lab_value": templates(
            "Tacrolimus trough levels stayed between {a}.{b} and {c}.{b} ng/mL.",
            "Her CRP fell from {k} to {n} mg/L within a week.",
            "HbA1c was {a}.{b}% at the last visit.",
            "Blood pressure on arrival: {s}/{d} mmHg.",
            "Ferritin peaked at {f} ng/mL.",
            "Prednisone {p} mg a day was tapered by 5 mg every week.",
            "Rituximab 375 mg/m² was given weekly for four weeks.",
            "Vitamin D3 {v} IU a week was started.",
            "Insulin glargine {n} units at night kept her sugars steady.",
            "Her CD4 count recovered to {k} cells/µL.",
            "LVEF improved from {n}% to {m}%.",
            "Creatinine was {a}.{b} mg/dL, and 24-hour urine protein {a}.{c} g.",
            "EBV DNA was {f} copies/mL before treatment.",
            "SpO2 was {m}% on room air, QTc {q} ms.",
            "She received 60 Gy in 30 fractions.",
            "Anti-dsDNA was {k} IU/mL and C3 0.{n} g/L.",
            a=lambda rng: rng.randrange(1, 12),
            b=lambda rng: rng.randrange(0, 10),
            c=lambda rng: rng.randrange(12, 16),
            k=lambda rng: rng.randrange(100, 900),
            n=lambda rng: rng.randrange(10, 60),
            m=lambda rng: rng.randrange(60, 99),
            s=lambda rng: rng.randrange(100, 190),
            d=lambda rng: rng.randrange(60, 110),
            f=lambda rng: f"{rng.randrange(1, 90)},{rng.randrange(100, 999)}",
            p=lambda rng: rng.choice([10, 20, 30, 40, 60]),
            v=lambda rng: rng.choice(["50,000", "20,000", "7,000"]),
            q=lambda rng: rng.randrange(400, 520),
        ),
        "trial_or_code": templates(
            "She was enrolled in {t}.",
            "The study ({t}) closed to recruitment last year.",
            "Registry: {t}.",
            "{t} compared the two doses head to head.",
            "The discharge code was ICD-10 {i}.",
            "Coded as ICD-11 {j} in the new system.",
            "The disease is listed as ORPHA:{o} and OMIM {m}.",
            "The variant rs{r} was reported as benign.",
            "Sequencing found c.{c}G>A (p.Arg{p}Trp).",
            t=fifth_trial_en,
            i=pick("M32.14", "M31.3", "N04.1", "D69.3", "M33.2", "I77.6", "M35.0"),
            j=pick("4A40.0", "4A44.2", "GB40", "4A43.2"),
            o=lambda rng: rng.randrange(100, 99999),
            m=lambda rng: rng.randrange(100000, 620000),
            r=lambda rng: rng.randrange(1000000, 99999999),
            c=lambda rng: rng.randrange(100, 4000),
            p=lambda rng: rng.randrange(20, 900),
        ),
        "gene_or_marker": templates(
            "She carries a pathogenic BRCA1 variant, like her mother.",
            "TP53 and KRAS G12C were both mutated.",
            "HLA-B27 was positive.",
            "HLA-B*58:01 screening was negative, so allopurinol was safe.",
            "JAK2 V617F was found in {p}% of alleles.",
            "An EGFR exon 19 deletion made her eligible for osimertinib.",
            "Anti-MDA5 and anti-Ro52 antibodies were both present.",
            "CD19 and CD20 were expressed on the blasts.",
            "IL-6 was {n} pg/mL; PD-L1 (22C3) TPS {p}%.",
            "MYD88 L265P was detected in the vitreous sample.",
            "FLT3-ITD and NPM1 were negative.",
            "IgG4 was {k} mg/dL, CA-125 {n} U/mL and NT-proBNP {k} pg/mL.",
            "ANCA (MPO) was strongly positive.",
            "HLA-DRB1*15:01 was typed before the transplant.",
            p=lambda rng: rng.randrange(1, 95),
            n=lambda rng: rng.randrange(5, 400),
            k=lambda rng: rng.randrange(100, 3000),
        ),
        "drug_or_product": templates(
            "She had two doses of BNT162b2 and a booster of mRNA-1273.",
            "Her sugars are tracked with a Dexcom G7 sensor.",
            "She switched from a FreeStyle Libre 2 to a MiniMed 780G pump.",
            "FOLFOX6 was followed by six cycles of R-CHOP-21.",
            "Maintenance with 6-MP and methotrexate lasted two years.",
            "5-FU cream cleared the lesions.",
            "Baricitinib, first known as LY3009104, was started at 4 mg.",
            "Tisagenlecleucel (CTL019) was infused on day 0.",
            "Humira 40 mg pens are kept in the fridge.",
            "She takes vitamin B12, folic acid and coenzyme Q10.",
            "Ozempic 1 mg weekly helped her lose weight.",
            "CellCept 500 mg twice a day replaced azathioprine.",
            "A Ga-68 DOTATATE scan found no other lesions.",
            "Her Omnipod 5 alarms at night.",
            "A bone scan with Tc-99m MDP was clear.",
            "AZD1222 was the vaccine she had been given in Almaty.",
        ),
        "month_year_or_year": templates(
            "She was admitted in {m}.",
            "Treatment ran from {y} to {z}.",
            "Follow-up: {n:02d}/{z}, stable.",
            "The rash came back in {z}-{n:02d}.",
            "In Q{q} {y} she went back to work.",
            "The winter of {y} was the hardest.",
            "By mid-{z} she had stopped steroids.",
            "She was diagnosed in the late 1990s.",
            m=month_year_en,
            y=lambda rng: rng.randrange(1998, 2020),
            z=lambda rng: rng.randrange(2020, 2025),
            n=lambda rng: rng.randrange(1, 13),
            q=lambda rng: rng.randrange(1, 5),
        ),
        "letter_alias": templates(
            "{a} said the worst part was waiting for the results.",
            "“I can climb the stairs again,” {a} told us.",
            "{a}'s husband learned to give the injections.",
            "We first met {a} in the emergency department.",
            "{a}, who asked that her name not be used, agreed to the photographs.",
            a=pick("Ms. A", "Mr. K.", "Patient 7", "Case 3", "Child B", "Mother M.", "Mr. AB", "Ms. D"),
        ),
        "anonymised_name": templates(
            "Mr. W. (name withheld) was treated for the same condition.",
            "The patient, whose name has been removed, is now well.",
            "Ms. ___ signed the consent on behalf of her son.",
            "[Name removed] was discharged after three weeks.",
            "Dr. X reviewed the slides; Nurse Y took the samples.",
            "Her daughter, who does not want to be named, stayed every night.",
        ),
        "age_under_90": templates(
            "She was {g} at diagnosis.",
            "An {e}-year-old man in the next bed had the same disease.",
            "Pt {g}F, non-smoker.",
            "At {h}, she took up swimming.",
            "Her son, who is {g}, donated a kidney.",
            "She is eighty-nine and still drives.",
            "In her eighties she learned to use a tablet.",
            "The baby was seven months old at the first seizure.",
            "Twenty-three-year-old students were the largest group.",
            "He was {g} y/o when the symptoms began.",
            g=lambda rng: rng.randrange(2, 79),
            h=lambda rng: rng.randrange(60, 90),
            e=pick(8, 11, 18, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89),
        ),
        "eponym_or_medical_term": templates(
            "Behçet disease was suspected because of the mouth ulcers.",
            "Kawasaki disease is the most common cause in children.",
            "Takayasu arteritis narrowed her left subclavian artery.",
            "The direct Coombs test came back positive.",
            "Her Glasgow Coma Scale was 14 on arrival.",
            "Ann Arbor stage IIIB was assigned after the PET scan.",
            "Child-Pugh B cirrhosis limited the choice of drugs.",
            "A Hickman line was placed for the infusions.",
            "The Whipple procedure took nine hours.",
            "Henoch–Schönlein purpura was the first diagnosis.",
            "Ehlers–Danlos syndrome runs in her family.",
            "A Swan–Ganz catheter measured her pressures.",
            "Murphy sign was negative.",
            "Cushing syndrome developed on high-dose steroids.",
            "The Gram stain showed cocci in clusters.",
            "Crohn disease was excluded by colonoscopy.",
        ),
        "role_and_place": templates(
            "The Department of Rheumatology and Immunology took over her care.",
            "Peking Union Medical College Hospital accepted the referral.",
            "She was seen at Great Ormond Street as a child.",
            "Her brother flew in from Nur-Sultan.",
            "The Mayo Clinic confirmed the diagnosis.",
            "She took Line 10 of the Beijing subway to the hospital.",
            "A paediatric nephrologist in Bishkek referred her.",
            "The intensive care unit on the fourth floor admitted her overnight.",
            "Her school in Shymkent sent a card.",
            "The social work team at Charité helped with the forms.",
        ),
        "count_or_duration": templates(
            "She completed {n} cycles over {w} weeks.",
            "The flight from Almaty takes about {h} hours.",
            "A dose of {a} × 10^6 CD34+ cells/kg was collected.",
            "She walked {m} m in the 6-minute walk test.",
            "Around {k} patients a year are referred from abroad.",
            "She spent {n} days in intensive care.",
            n=lambda rng: rng.randrange(2, 30),
            w=lambda rng: rng.randrange(4, 52),
            h=lambda rng: rng.randrange(4, 9),
            a=lambda rng: rng.randrange(2, 9),
            m=lambda rng: rng.randrange(150, 650),
            k=lambda rng: f"{rng.randrange(1, 9)},{rng.randrange(100, 999)}",
        ),
        "amount_or_card_word": templates(
            "The operation cost ${k}.",
            "Her family raised €{k} in a month.",
            "The insurer refunded {t} tenge.",
            "Her classmates sent a card signed by the whole year.",
            "The deposit was RMB {k}.",
            k=lambda rng: f"{rng.randrange(1, 99)},{rng.randrange(100, 999)}",
            t=lambda rng: f"{rng.randrange(1, 9)} {rng.randrange(100, 999)} 000",
        ),
        "time_score_or_ratio": templates(
            "Visiting hours are from {h}:00 to 17:30.",
            "The infusion started at {h}:{m:02d}.",
            "Her pain score fell from 8/10 to {p}/10.",
            "ANA was positive at 1:{t}.",
            "Grade 3-4 neutropenia occurred twice.",
            "The helpline runs 24/7.",
            "She has physiotherapy 2-3 times a week.",
            "A 12-lead ECG was normal; GCS 15/15.",
            "The risk is about 1 in {r}.",
            h=lambda rng: rng.randrange(8, 12),
            m=lambda rng: rng.randrange(0, 60),
            p=lambda rng: rng.randrange(0, 5),
            t=pick(80, 160, 320, 640, 1280, 2560),
            r=pick("10,000", "50,000", "100,000", "1,000"),
        ),
        "quote_or_dialogue": templates(
            "“I can breathe again,” Ms. A said.",
            "“See you in {m},” the nurse told her.",
            '"Two more cycles," said her doctor, "and then we rest."',
            "“Is it serious?” her mother asked.",
            "“Thank you, Doctor,” she whispered.",
            "“We will try the new drug,” the professor said.",
            m=pick(*MONTHS),
        ),
    },
    "zh": {
        "dose_or_lab_value": templates(
            "他克莫司谷浓度维持在{a}.{b}～{c}.{b} ng/mL。",
            "CRP一周内从{k}降到{n} mg/L。",
            "糖化血红蛋白{a}.{b}%。",
            "入院血压{s}/{d} mmHg。",
            "铁蛋白最高{f} ng/mL。",
            "泼尼松每日{p}毫克，每周减5毫克。",
            "利妥昔单抗375 mg/m²，每周一次，共四次。",
            "维生素D3每周{v}单位。",
            "睡前甘精胰岛素{n}单位。",
            "CD4细胞计数恢复到{k}个/μL。",
            "左室射血分数由{n}%升至{m}%。",
            "肌酐{k} μmol/L，24小时尿蛋白{a}.{c}克。",
            "放疗60 Gy/30次。",
            "抗dsDNA抗体{k} IU/mL，补体C3 0.{n} g/L。",
            a=lambda rng: rng.randrange(1, 12),
            b=lambda rng: rng.randrange(0, 10),
            c=lambda rng: rng.randrange(12, 16),
            k=lambda rng: rng.randrange(100, 900),
            n=lambda rng: rng.randrange(10, 60),
            m=lambda rng: rng.randrange(60, 99),
            s=lambda rng: rng.randrange(100, 190),
            d=lambda rng: rng.randrange(60, 110),
            f=lambda rng: rng.randrange(1000, 90000),
            p=lambda rng: rng.choice([10, 20, 30, 40, 60]),
            v=pick("5万", "2万", "7000"),
        ),
        "trial_or_code": templates(
            "她入组了{t}研究。",
            "该研究（{t}）已结束招募。",
            "注册号：{t}。",
            "出院诊断编码ICD-10 {i}。",
            "这种病在OMIM中的编号为{m}。",
            "变异位点rs{r}被判定为良性。",
            "所用药物的批准文号为国药准字H{h}。",
            "测序发现c.{c}G>A（p.Arg{p}Trp）。",
            t=fifth_trial_en,
            i=pick("M32.14", "M31.3", "N04.1", "D69.3", "M33.2", "I77.6", "M35.0"),
            m=lambda rng: rng.randrange(100000, 620000),
            r=lambda rng: rng.randrange(1000000, 99999999),
            h=lambda rng: rng.randrange(19990000, 20239999),
            c=lambda rng: rng.randrange(100, 4000),
            p=lambda rng: rng.randrange(20, 900),
        ),
        "gene_or_marker": templates(
            "她和母亲一样携带BRCA1致病突变。",
            "TP53和KRAS G12C均有突变。",
            "HLA-B27阳性。",
            "HLA-B*58:01筛查阴性，可以使用别嘌醇。",
            "JAK2 V617F突变负荷{p}%。",
            "EGFR 19外显子缺失，适合奥希替尼治疗。",
            "抗MDA5抗体和抗Ro52抗体均阳性。",
            "原始细胞表达CD19和CD20。",
            "IL-6 {n} pg/mL，PD-L1（22C3）TPS {p}%。",
            "FLT3-ITD和NPM1均阴性。",
            "IgG4 {k} mg/dL，CA-125 {n} U/mL。",
            "ANCA（MPO）强阳性。",
            p=lambda rng: rng.randrange(1, 95),
            n=lambda rng: rng.randrange(5, 400),
            k=lambda rng: rng.randrange(100, 3000),
        ),
        "drug_or_product": templates(
            "她打了两针BNT162b2，加强针是科兴疫苗。",
            "她用Dexcom G7监测血糖。",
            "她从瞬感2代换成了美敦力780G胰岛素泵。",
            "先用FOLFOX6方案，再做了六个周期R-CHOP-21。",
            "6-巯基嘌呤维持治疗两年。",
            "5-氟尿嘧啶乳膏让皮损消退了。",
            "巴瑞替尼（研发代号LY3009104）每日4毫克。",
            "阿达木单抗40毫克预充笔放在冰箱里。",
            "她每天吃维生素B12、叶酸和辅酶Q10。",
            "司美格鲁肽每周1毫克。",
            "吗替麦考酚酯500毫克，每日两次。",
            "奥希替尼80毫克每日一次。",
            "达格列净10mg每日一次。",
        ),
        "month_year_or_year": templates(
            "她{y}年{n}月入院。",
            "治疗从{y}年持续到{z}年。",
            "随访：{z}-{n:02d}，病情稳定。",
            "{n:02d}/{z}复查正常。",
            "{y}年第{q}季度她回到了工作岗位。",
            "{y}年冬天是最难熬的。",
            "到{z}年年中她已停用激素。",
            "她是90年代末确诊的。",
            "去年{n}月她又复发了一次。",
            y=lambda rng: rng.randrange(1998, 2020),
            z=lambda rng: rng.randrange(2020, 2025),
            n=lambda rng: rng.randrange(1, 13),
            q=pick("一", "二", "三", "四"),
        ),
        "letter_alias": templates(
            "{a}说，最难熬的是等结果。",
            "“我又能爬楼梯了。”{a}告诉我们。",
            "{a}的丈夫学会了打针。",
            "我们第一次见到{a}是在急诊科。",
            "{a}不希望公开姓名，但同意使用照片。",
            a=pick("A女士", "K先生", "患者甲", "患儿小B", "病例3", "M女士", "D先生"),
        ),
        "anonymised_name": templates(
            "王某（化名）也患有同样的疾病。",
            "李某某于三周后出院。",
            "张某女士代儿子签署了知情同意书。",
            "刘X医生阅片，护士Y采血。",
            "陈**的家属要求隐去全名。",
            "某先生捐赠了一台轮椅。",
            "她的女儿不愿透露姓名，每晚都来陪护。",
        ),
        "age_under_90": templates(
            "她确诊时{g}岁。",
            "邻床一位{e}岁的老人也是同样的病。",
            "患者，女，{g}岁，不吸烟。",
            "{h}岁那年，她开始学游泳。",
            "她的儿子今年{g}岁，捐了一个肾。",
            "她已经八十九岁了，还在开车。",
            "八十多岁的她学会了用平板电脑。",
            "孩子七个月大时第一次抽搐。",
            "年近八旬的老人坚持复查。",
            "古稀之年的父亲每天送饭。",
            g=lambda rng: rng.randrange(2, 79),
            h=lambda rng: rng.randrange(60, 90),
            e=lambda rng: rng.randrange(80, 90),
        ),
        "surname_character_word": templates(
            "房颤发作后她开始服用华法林。",
            "病房里很安静。",
            "高血压已经控制住了。",
            "白细胞计数恢复正常。",
            "叶酸每日5毫克。",
            "雷诺现象在冬天加重。",
            "万古霉素用了两周。",
            "许多病友都有类似经历。",
            "包括肾脏在内的多个器官受累。",
            "温度计显示38.5℃。",
            "康复科为她制定了训练计划。",
            "任何时候都可以来急诊。",
            "谢谢大家的帮助。",
            "田间劳作后她出现了皮疹。",
            "右腿石膏固定了六周。",
            "她郑重地签下了同意书。",
            "江湖郎中的偏方耽误了治疗。",
            "周期性发热持续了半年。",
            "余下的疗程在当地完成。",
            "钱包丢了，证件都在里面。",
            "金属瓣膜需要终身抗凝。",
            "马上就要出院了。",
            "张力性气胸需要紧急处理。",
            "常规检查未见异常。",
            "夏天她去了海边。",
            "黄疸逐渐消退。",
            "孙女每天给她读报纸。",
            "华法林的剂量需要根据INR调整。",
            "安静时心率偏快。",
            "车祸后她一直做康复训练。",
            "左手的肿胀已经消退。",
            "洪水过后村里暴发了腹泻。",
            "施工的噪音让她睡不好。",
            "牛奶和鸡蛋都要补充。",
            "葛根汤是她奶奶推荐的。",
            "乔迁新居后她的哮喘好多了。",
            "柴胡疏肝散她吃了一个月。",
            "常温保存即可。",
            "白天她在病房里看书。",
            "高烧退了以后她想吃面条。",
        ),
        "latin_term_in_chinese": templates(
            "Hodgkin淋巴瘤的治愈率很高。",
            "Kaplan-Meier曲线显示两组无差异。",
            "Stevens-Johnson综合征没有再发。",
            "Guillain-Barré综合征已被排除。",
            "肝功能为Child-Pugh B级。",
            "PET检查后分期为Ann Arbor IIIB期。",
            "Sjögren综合征是她的基础病。",
            "Castleman病的诊断需要病理。",
            "Epstein-Barr病毒DNA阴性。",
            "这项研究发表在New England Journal of Medicine上。",
            "她曾在Mayo Clinic看过病。",
            "Johns Hopkins的专家参加了远程会诊。",
            "血培养是Staphylococcus aureus。",
            "Pneumocystis jirovecii肺炎已治愈。",
            "Glasgow昏迷评分14分。",
            "Takayasu动脉炎累及锁骨下动脉。",
        ),
        "role_and_place": templates(
            "北京协和医院风湿免疫科接收了她。",
            "新疆医科大学第一附属医院的医生会诊。",
            "她坐地铁10号线去医院。",
            "她的哥哥从阿斯塔纳飞来。",
            "国际医疗部帮她办了手续。",
            "比什凯克的儿科肾脏医生给她转诊。",
            "她在门诊楼三层抽血。",
            "解放军总医院的专家也参与了讨论。",
            "奇姆肯特的学校给她寄来了贺卡。",
            "家人从霍尔果斯口岸入境。",
        ),
        "count_or_duration": templates(
            "她完成了{n}个周期，历时{w}周。",
            "从阿拉木图飞过来大约{h}小时。",
            "采集CD34+细胞{a}×10^6/kg。",
            "6分钟步行距离{m}米。",
            "每年约有{k}名境外患者转诊来院。",
            "她在ICU住了{n}天。",
            n=lambda rng: rng.randrange(2, 30),
            w=lambda rng: rng.randrange(4, 52),
            h=lambda rng: rng.randrange(4, 9),
            a=lambda rng: rng.randrange(2, 9),
            m=lambda rng: rng.randrange(150, 650),
            k=lambda rng: rng.randrange(100, 3000),
        ),
        "amount_or_card_word": templates(
            "手术花了{k}元。",
            "家人一个月筹到{k}元。",
            "保险公司退了{k}坚戈。",
            "同学们寄来一张全班签名的贺卡。",
            "押金{k}元已经交了。",
            "医保报销了{p}%的费用。",
            k=lambda rng: rng.randrange(1000, 900000),
            p=lambda rng: rng.randrange(30, 95),
        ),
        "time_score_or_ratio": templates(
            "探视时间为{h}:00至17:30。",
            "输液{h}:{m:02d}开始。",
            "疼痛评分从8分降到{p}分（满分10分）。",
            "ANA 1:{t}阳性。",
            "发生过两次3-4级中性粒细胞减少。",
            "咨询热线24小时开通。",
            "她每周做2-3次康复训练。",
            "12导联心电图正常。",
            "发病率约为十万分之{r}。",
            h=lambda rng: rng.randrange(8, 12),
            m=lambda rng: rng.randrange(0, 60),
            p=lambda rng: rng.randrange(0, 5),
            t=pick(80, 160, 320, 640, 1280, 2560),
            r=lambda rng: rng.randrange(1, 30),
        ),
        "quote_or_dialogue": templates(
            "“我又能喘过气来了。”A女士说。",
            "“{n}月见。”护士对她说。",
            "“再做两个疗程，”医生说，“然后休息。”",
            "“严重吗？”她妈妈问。",
            "“谢谢大夫。”她小声说。",
            "“我们试试新药。”教授说。",
            n=lambda rng: chinese_numeral(rng.randrange(1, 13)),
        ),
    },
}

# Clean sentences from stories whose consent record holds real names: the alias is used, and the
# names must not be reported where they do not occur.
FIFTH_ALIAS_WITH_CONSENT_NAMES = {
    "en": (
        [
            "{a} read the draft and asked for one change.",
            "The ward team called her {a} in this story.",
            "{a}'s mother agreed to the interview.",
            "Only {a} and her doctor know the full story.",
            "{a} hopes other families will find the clinic sooner.",
        ],
        ("Ms. A", "Mr. K.", "Patient 7", "Ms. D"),
    ),
    "zh": (
        [
            "{a}读过初稿，只改了一处。",
            "本文中我们称她为{a}。",
            "{a}的母亲同意接受采访。",
            "完整的故事只有{a}和她的医生知道。",
            "{a}希望别的家庭能早点找到这里。",
        ],
        ("A女士", "K先生", "患者甲", "D女士"),
    ),
}


def build_fifth(language: str) -> list[tuple[str, ...]]:
    """The fifth held-out part: a hundred sentences of each category, then as many clean ones."""
    rng = random.Random(f"{SEED}-fifth-{language}")
    rows = []
    for (category, kinds), category_templates in FIFTH_POSITIVE[language].items():
        seen: set[str] = set()
        attempts = 0
        count = 0
        while count < FIFTH_PER_CATEGORY and attempts < 20000:
            attempts += 1
            if isinstance(category_templates, tuple):
                # Real names: the maker gives the name as written and as entered on the consent form.
                maker, sentences = category_templates
                written, entered = maker(rng)
                sentence, extra = rng.choice(sentences).format(v=written), (entered,)
            else:
                sentence, extra = fill_fourth(rng.choice(category_templates), rng), ()
            if sentence in seen:
                continue
            seen.add(sentence)
            rows.append((category, kinds, sentence, *extra))
            count += 1
    positives = len(rows)
    sentences, aliases = FIFTH_ALIAS_WITH_CONSENT_NAMES[language]
    names = FIFTH_REAL_LATIN if language == "en" else FIFTH_REAL_HAN
    for sentence in sentences:
        for alias in aliases:
            rows.append(("alias_with_consent_names", "-", sentence.format(a=alias), rng.choice(names)[0]))
    rows += _clean_rows(FIFTH_CLEAN[language], 2 * positives - len(rows), rng)
    return rows


# --- development sentences added after held-out run 4 -------------------------------------------
#
# For the shapes run 4 missed (plates with no plate word, MAC and IPv6 addresses, codes after a
# comma or starting with a group of capitals, given name and initial, family name first, names after
# relation words, coordinates with N/E letters, house numbers after the street, lanes, a code after
# the city, ages in words) and for the broad shapes the scanner reports since (any code mixing
# letters and four digits or more, any run of six digits or more, any plate-like shape, any Latin
# pair in Chinese text), with as many clean sentences holding the safe shapes around them: trial,
# registry and diagnosis codes, genes, drug codes, doses and lab values. Written on the development
# side only, in wordings of their own, after part 5 was committed; appended to the development part
# with a seed of their own, so that every earlier row stays exactly as it was.

DEV_RUN4_PER_CATEGORY = 20


def dev_plate(rng):
    return rng.choice(
        [
            f"{rng.randrange(1, 10)}{letters(2)(rng)} {digits(4)(rng)}",
            f"{digits(4)(rng)} {letters(3, 'BCDFGHJKLMNPRSTVWXYZ')(rng)}",
            f"{letters(3)(rng)} {digits(3)(rng)}",
            f"{letters(2)(rng)}-{digits(3)(rng)}-{letters(2)(rng)}",
            f"{rng.randrange(1, 10)}-{letters(3)(rng)}-{digits(3)(rng)}",
            f"{letters(2)(rng)}-{digits(2)(rng)}-{letters(2)(rng)}",
            f"{digits(2)(rng)} {letters(2)(rng)} {digits(3)(rng)}",
            f"{rng.choice('ABEKMHOPCTYX')} {digits(3)(rng)} {letters(2, 'ABEKMHOPCTYX')(rng)} "
            f"{rng.choice(['77', '99'])}",
            f"{digits(3)(rng)} {letters(3)(rng)} {rng.choice(['03', '07', '15'])}",
        ]
    )


def dev_code(rng):
    return rng.choice(
        [
            f"{letters(2)(rng)}-{digits(5)(rng)}",
            f"{letters(1)(rng)}{digits(1)(rng)}{letters(1)(rng)}-{digits(5)(rng)}",
            f"{letters(2)(rng)}{rng.randrange(2015, 2025)}-{digits(5)(rng)}",
            f"{digits(4)(rng)}{letters(2)(rng)}{digits(2)(rng)}",
            f"{letters(3)(rng)}/{digits(4)(rng)}/{digits(2)(rng)}",
            f"{digits(2)(rng)}.{digits(3)(rng)}.{digits(3)(rng)}",
            f"{letters(2)(rng)} {digits(6)(rng)}",
        ]
    )


def dev_long_number(rng):
    return rng.choice(
        [
            digits(6)(rng),
            digits(7)(rng),
            f"{digits(3)(rng)} {digits(3)(rng)}",
            f"{digits(2)(rng)}-{digits(4)(rng)}-{digits(2)(rng)}",
        ]
    )


def dev_mac(rng):
    octets = [f"{rng.randrange(256):02x}" for _ in range(6)]
    return rng.choice(
        [
            ":".join(octets).upper(),
            "-".join(octets),
            f"{''.join(octets[:2])}.{''.join(octets[2:4])}.{''.join(octets[4:])}",
        ]
    )


def dev_ipv6(rng):
    groups = [f"{rng.randrange(65536):x}" for _ in range(8)]
    return rng.choice(
        [f"2400:cb00::{groups[0]}:{groups[1]}", f"fd12:{groups[1]}:{groups[2]}::{groups[3]}", ":".join(groups),
         f"2a00:1450:{groups[2]}::{groups[3]}"]
    )  # fmt: skip


DEV_LATIN_GIVEN = "Tamara Ruslana Zhibek Nurai Bekarys Erasyl Kamilla Rinat Albina Timofei".split()
DEV_LATIN_FAMILY = "Kaliyeva Sarsenbayev Mukhametov Ibragimova Kuanyshev Lee Novak Haas Ferreira".split()


def dev_name_en(rng):
    given, family = rng.choice(DEV_LATIN_GIVEN), rng.choice(DEV_LATIN_FAMILY)
    return rng.choice([f"{given} {family[0]}.", f"{family} {given}", f"{family.upper()} {given}", f"{given} {family}"])


def dev_street_en(rng):
    number = rng.randrange(1, 200)
    return rng.choice(
        [
            f"Pushkin Street {number}",
            f"{number}/{rng.randrange(1, 9)} Lenin Avenue",
            f"apt. {rng.randrange(2, 90)}, {number} Mira Avenue",
            f"Chaoyang Hutong {number}",
            f"Lane {rng.randrange(100, 900)}, No. {rng.randrange(1, 40)}, Xiangyang Road",
            f"No. {number}, Heping Street",
        ]
    )


def dev_postcode_en(rng):
    return rng.choice(
        [f"Karaganda 100{digits(3)(rng)}", f"Tashkent 100{digits(3)(rng)}", f"Munich 80{digits(3)(rng)}",
         f"Madrid 280{digits(2)(rng)}", f"Milan 201{digits(2)(rng)}"]
    )  # fmt: skip


def dev_coordinates(rng):
    lat, lon = rng.uniform(40, 55), rng.uniform(50, 90)
    return rng.choice([f"N {lat:.4f}, E {lon:.4f}", f"{lat:.4f}N, {lon:.4f}E", f"{lat:.4f}° N {lon:.4f}° E"])


def dev_old_age_words(rng):
    return rng.choice(["ninety-six", "ninety-two", "ninety-eight", "ninety-nine", "one hundred", "a hundred and one"])


def dev_handle(rng):
    return rng.choice(["dana_k12", "zhanar.k", "kairat_89", "bekarys.s", "tamara.kz", "rinat_a7"])


DEV_HAN_GIVEN = "子豪 若彤 嘉琪 天佑 梓涵 诗琪 俊宇 晓彤 浩南 一诺".split()


def dev_relation_name_zh(rng):
    return rng.choice(HAN_FAMILY[:60]) + rng.choice(DEV_HAN_GIVEN)


def dev_compound_name_zh(rng):
    return rng.choice(["西门", "公孙", "东方", "百里", "令狐", "端木"]) + rng.choice(DEV_HAN_GIVEN)


def dev_latin_pair_zh(rng):
    given, family = rng.choice(DEV_LATIN_GIVEN), rng.choice(DEV_LATIN_FAMILY)
    return rng.choice([f"{given} {family}", f"{family.upper()} {given}", f"{given} {family[0]}."])


def dev_lane_zh(rng):
    return rng.choice(
        [f"陕西南路{rng.randrange(10, 400)}弄{rng.randrange(1, 40)}号", f"复兴中路{rng.randrange(100, 1500)}弄",
         f"{rng.randrange(10, 900)}弄{rng.randrange(1, 30)}号{rng.randrange(101, 604)}室",
         f"巨鹿路{rng.randrange(10, 900)}号{rng.randrange(101, 604)}室"]
    )  # fmt: skip


def dev_coordinates_zh(rng):
    lat, lon = rng.uniform(40, 48), rng.uniform(75, 90)
    return rng.choice([f"纬度{lat:.2f}，经度{lon:.2f}", f"N{lat:.3f} E{lon:.3f}", f"{lat:.4f}N，{lon:.4f}E"])


DEV_RUN4_ADDITIONS = {
    "en": {
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "Her uncle's minivan, {v}, is parked by the clinic every Tuesday.",
            "A jeep with the number {v} took them across the border.",
            "{v} was the car that brought her to the emergency room.",
            v=dev_plate,
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "Her glucose monitor reports as {v} on the hospital network.",
            "The pump's network address {v} was written on the form.",
            v=dev_mac,
        )
        + templates("The stimulator, {v}, was checked before the scan.", v=dev_code),
        ("ip_address", "ip_address"): templates(
            "The booking was made from {v}.", "Her video call came in over {v}.", v=dev_ipv6
        ),
        ("other_number", NUMBER_KINDS): templates(
            "Her file travels with the code {v}.",
            "She keeps {v} on a slip of paper in her purse.",
            "The form, {v}, was stamped by the consulate.",
            v=dev_code,
        )
        + templates("The number {v} is written on her bracelet.", "She was given {v} at reception.", v=dev_long_number),
        ("person_name", "person_name,patient_real_name"): templates(
            "Letters from {v} arrived every month.",
            "The flowers on the table came from {v}.",
            v=dev_name_en,
        )
        + templates(
            "Her stepdaughter {g} took notes during the visit.",
            "Her classmate {g} brought the homework round.",
            g=pick(*DEV_LATIN_GIVEN),
        ),
        ("street_address", "street_address,postal_code"): templates(
            "For the summer she stayed at {v}.", "The removal van went to {v}.", v=dev_street_en
        ),
        ("postal_code", "postal_code,street_address"): templates(
            "Her forms give the town as {v}.", "Letters for her family go to {v}.", v=dev_postcode_en
        ),
        ("geolocation", "geolocation"): templates(
            "The dacha where she fell ill is at {v}.", "The team landed at {v}.", v=dev_coordinates
        ),
        ("age_over_89", "age_over_89"): templates(
            "Her great-uncle, aged {w}, came to the ward with flowers.",
            "At {w} her grandmother still walks to church.",
            "Granddad is {w} and lives next door.",
            w=dev_old_age_words,
        ),
        ("social_account", "social_account,web_address"): templates(
            "She posts on Telegram, where she calls herself {h}.",
            "Other parents can add her: {h}.",
            "Follow {h} for her weekly updates.",
            h=dev_handle,
        ),
    },
    "zh": {
        ("person_name", "person_name,patient_real_name"): templates(
            "她的表弟{v}帮她拿了药。",
            "同桌{v}每天给她抄笔记。",
            "房东{v}免了她两个月的房租。",
            "师兄{v}从实验室赶来看她。",
            v=dev_relation_name_zh,
        )
        + templates("给她送饭的是{v}。", "{v}陪她做了最后一次复查。", v=dev_compound_name_zh),
        ("romanised_name_in_chinese", "person_name,patient_real_name"): templates(
            "她在哈萨克斯坦的医生{v}发来了病历。", "视频里说话的是{v}。", v=dev_latin_pair_zh
        ),
        ("street_address", "street_address,postal_code"): templates(
            "她外婆住在{v}。", "出院后她回到了{v}。", v=dev_lane_zh
        ),
        ("geolocation", "geolocation"): templates("她放牧的地方在{v}附近。", "定位显示{v}。", v=dev_coordinates_zh),
        ("vehicle_identifier", "vehicle_identifier,other_number"): templates(
            "她叔叔开着{v}把她送到了机场。", "那辆{v}的面包车天天来接她。", v=dev_plate
        ),
        ("device_identifier", "device_identifier,other_number"): templates(
            "她的血糖仪在医院网络里显示为{v}。", v=dev_mac
        )
        + templates("刺激器{v}在检查前核对过。", v=dev_code),
        ("ip_address", "ip_address"): templates("预约是从{v}提交的。", v=dev_ipv6),
        ("other_number", NUMBER_KINDS): templates(
            "她的材料上贴着{v}。", "前台给了她一个号码{v}。", "表格{v}已经盖章。", v=dev_code
        )
        + templates("手环上写着{v}。", v=dev_long_number),
        ("age_over_89", "age_over_89"): templates(
            "她的太爷爷今年{a}岁，还会下棋。", "邻床的奶奶{a}周岁了。", a=lambda rng: rng.randrange(90, 104)
        ),
    },
}

DEV_RUN4_CLEAN = {
    "en": {
        "trial_or_code": templates(
            "The trial {t} is recruiting in Almaty.",
            "The code on the discharge letter was ICD-10 {i}.",
            "The SNP rs{r} had no effect on the dose.",
            "Her variant, c.{c}C>T, was classed as benign.",
            t=lambda rng: rng.choice(
                [
                    f"NCT0{rng.randrange(1000000, 9999999)}",
                    f"ChiCTR{rng.randrange(2000000000, 2500000000)}",
                    f"ChiCTR-{rng.choice(['INR', 'ONC'])}-{rng.randrange(14, 20)}{digits(6)(rng)}",
                    f"ISRCTN{digits(8)(rng)}",
                ]
            ),  # fmt: skip
            i=pick("M05.79", "M06.09", "M45.9", "L93.0", "D59.1"),
            r=lambda rng: rng.randrange(100000, 99999999),
            c=lambda rng: rng.randrange(1000, 9000),
        ),
        "gene_or_marker": templates(
            "Her HLA-B51 test was positive.",
            "ALK and ROS1 were negative; BRAF was wild type.",
            "MEFV and NOD2 were sequenced.",
            "CA 19-9 was {n} U/mL and CEA {m} ng/mL.",
            "Anti-CCP was {k} U/mL.",
            "The panel covered FGFR2, IDH2 and NRAS Q61K.",
            n=lambda rng: rng.randrange(10, 900),
            m=lambda rng: rng.randrange(1, 40),
            k=lambda rng: rng.randrange(10, 500),
        ),
        "drug_or_product": templates(
            "Pembrolizumab (MK-3475) was given every three weeks.",
            "Remdesivir, once called GS-5734, was not used.",
            "Nirmatrelvir (PF-07321332) was prescribed for five days.",
            "Ruxolitinib, INCB018424 in the trials, calmed the rash.",
            "Her Accu-Chek Guide meter was replaced.",
            "She was switched to Lantus SoloStar 300 units/mL.",
            "Vitamin K2 and omega-3 were added.",
        ),
        "dose_or_lab_value": templates(
            "Ferritin was {f} ng/mL.",
            "Her platelets were {p} × 10^9/L and D-dimer {d} ng/mL.",
            "NT-proBNP was {f} pg/mL.",
            "The 24-hour urine held {u} mg of protein.",
            f=lambda rng: rng.randrange(1000, 99999),
            p=lambda rng: rng.randrange(5, 400),
            d=lambda rng: rng.randrange(200, 20000),
            u=lambda rng: rng.randrange(1000, 9000),
        ),
        "month_year_or_year": templates(
            "She met the ACR/EULAR 2019 criteria.",
            "Between 2016 and 2021 she had four relapses.",
            "Her first flare came in {m}.",
            m=month_year_en,
        ),
        "role_and_place": templates(
            "She flew from Karaganda to Urumqi and on to Beijing.",
            "The Rheumatology Department of Almaty City Hospital sent her notes.",
            "Her grandmother lives in Ust-Kamenogorsk.",
            "Lake Issyk-Kul is where she spends the summer.",
        ),
        "age_under_90": templates(
            "She was eighty-eight at the time.",
            "Her mother, now eighty-six, helps with the children.",
            "Ninety minutes later the fever broke.",
            "About a hundred patients join the registry each year.",
            "The walk was a hundred metres long.",
        ),
    },
    "zh": {
        "trial_or_code": templates(
            "她参加了{t}试验。",
            "出院诊断编码为ICD-10 {i}。",
            "位点rs{r}对剂量没有影响。",
            t=lambda rng: rng.choice(
                [
                    f"NCT0{rng.randrange(1000000, 9999999)}",
                    f"ChiCTR{rng.randrange(2000000000, 2500000000)}",
                    f"ChiCTR-{rng.choice(['INR', 'ONC'])}-{rng.randrange(14, 20)}{digits(6)(rng)}",
                ]
            ),  # fmt: skip
            i=pick("M05.79", "M06.09", "M45.9", "L93.0", "D59.1"),
            r=lambda rng: rng.randrange(100000, 99999999),
        ),
        "gene_or_marker": templates(
            "HLA-B51阳性。",
            "ALK和ROS1阴性，BRAF为野生型。",
            "CA 19-9为{n} U/mL。",
            "基因检测覆盖了FGFR2、IDH2和NRAS Q61K。",
            n=lambda rng: rng.randrange(10, 900),
        ),
        "drug_or_product": templates(
            "帕博利珠单抗（MK-3475）每三周一次。",
            "瑞德西韦（GS-5734）没有使用。",
            "她换成了来得时300单位/毫升的笔。",
            "维生素K2和鱼油也加上了。",
        ),
        "dose_or_lab_value": templates(
            "铁蛋白{f} ng/mL。",
            "D-二聚体{d} ng/mL。",
            "24小时尿蛋白{u}毫克。",
            f=lambda rng: rng.randrange(1000, 99999),
            d=lambda rng: rng.randrange(200, 20000),
            u=lambda rng: rng.randrange(1000, 9000),
        ),
        "surname_character_word": templates(
            "病房护士每小时查看一次。",
            "高血压和房颤都控制住了。",
            "白细胞和血小板都回升了。",
            "她的室友都很照顾她。",
            "邻居们凑钱给她买了轮椅。",
            "表姐说她从小就怕打针。",
            "西门外的药店二十四小时营业。",
            "东方医院的医生也来会诊了。",
        ),
        "role_and_place": templates(
            "她从卡拉干达经乌鲁木齐转机到北京。",
            "阿拉木图市立医院风湿科寄来了病历。",
            "她在伊塞克湖边度过了夏天。",
            "Kaplan-Meier分析显示两组无差异。",
            "她的病理在Mayo Clinic会诊过。",
        ),
        "amount_or_card_word": templates(
            "她一共花了{k}元。",
            "基金会资助了{k}元。",
            k=lambda rng: rng.randrange(100000, 999999),
        ),
    },
}


def build_dev_additions_after_run4(language: str) -> list[tuple[str, ...]]:
    """The rows added to the development part after run 4, half of them clean."""
    rng = random.Random(f"{SEED}-dev-after-run4-{language}")
    rows = []
    for (category, kinds), category_templates in DEV_RUN4_ADDITIONS[language].items():
        rows += [
            (category, kinds, sentence)
            for sentence in _unique_sentences(category_templates, DEV_RUN4_PER_CATEGORY, rng)
        ]
    return rows + _clean_rows(DEV_RUN4_CLEAN[language], len(rows), rng)


if __name__ == "__main__":
    for language in ("en", "zh"):
        write(language)
