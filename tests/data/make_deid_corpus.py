"""Generate the labelled de-identification corpus: English and Chinese, a development part and held-out parts.

Run `python tests/data/make_deid_corpus.py` to write `deid_generated_{en,zh}_{part}.tsv` beside this
file, for the parts dev, heldout, heldout2, heldout3 and heldout4. The output is deterministic (fixed
seeds), so the files in the repository are exactly what this script makes.

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


if __name__ == "__main__":
    for language in ("en", "zh"):
        write(language)
