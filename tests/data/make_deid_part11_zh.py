"""Held-out de-identification corpus, part 11 (Simplified Chinese).

Running this script writes ``deid_generated_zh_heldout11.tsv`` in the same
folder.  Each row is one sentence of the kind that appears in the hospital's
Chinese case stories, patients' messages, clinicians' notes, photo captions
and timeline entries, together with the kinds of identifying detail a careful
reader would find in it (``-`` when the sentence is clean).

The sentences, names and numbers were written from general knowledge of how
such texts are written, without reading the scanner's code, its word lists,
its tests or the earlier corpora, so that the figures measured on this file
are an honest held-out measure.  All people, numbers and addresses are
invented.  The output is deterministic: a fixed seed and the standard library
only (Python 3.11).
"""

import random
from pathlib import Path

SEED = 11_0417_2718
OUT = Path(__file__).resolve().parent / "deid_generated_zh_heldout11.tsv"

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


FW_TABLE = {c: chr(ord(c) + 0xFEE0) for c in
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-:/"}
CN_DIG = dict(zip("0123456789", "〇一二三四五六七八九"))
CN_DIG_ZERO = dict(zip("0123456789", "零一二三四五六七八九"))


def fw(s):
    """Full-width letters and digits, as Chinese input methods produce them."""
    return "".join(FW_TABLE.get(c, c) for c in s)


def cn_digits(s, zero="〇"):
    table = CN_DIG if zero == "〇" else CN_DIG_ZERO
    return "".join(table.get(c, c) for c in s)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def cn_number(n):
    """Chinese numeral for 1..199 as written in ages and days."""
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
    return "一百" + cn_number(rest) if rest >= 20 else "一百一十" + (units[rest % 10] if rest % 10 else "")


# ---------------------------------------------------------------- names
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "端木", "公孙", "东方", "尉迟", "夏侯"]
RARE = list("仉亓禚郗逯笪佘麴甄阚晏蒯糜覃靳冼眭蔺訾")
GIVEN2 = ["建国", "秀英", "桂兰", "志强", "海燕", "丽娟", "子涵", "梓萱", "一诺", "雨桐", "晓明",
          "玉珍", "德胜", "春花", "红梅", "欣怡", "俊杰", "佳琪", "思远", "明辉", "淑芬", "凤英", "文斌",
          "金凤", "宝珠", "永福", "翠兰", "立新", "卫东", "晨曦", "若溪", "嘉懿", "沐阳", "书瑶", "振华",
          "兰芳", "秋菊", "春生", "铁柱", "美玲", "家豪", "雅婷", "宇航", "梦琪", "振宇", "慧敏", "海波"]
GIVEN1 = list("伟静敏磊芳娜勇霞婷军杰涛斌燕鹏琳颖倩峰洁")
WORD_NAMES = ["高峰", "方圆", "白雪", "江山", "常青", "金山", "夏天", "林海", "向阳", "石磊", "于洋",
              "钱程", "马力", "周全", "任重", "安宁", "乐天", "文明", "梅花"]
NICK = ["阿强", "阿珍", "阿梅", "阿福", "阿杰", "老周", "老马", "老郑", "老田", "小雨", "小胖", "小满",
        "小鱼儿", "囡囡", "豆豆", "乐乐", "朵朵", "壮壮", "果果", "大军", "二丫", "三妹", "阿斌", "老谭"]
PINYIN = ["Wang Jianguo", "Zhang Xiuying", "Liu Haiyan", "Chen Zihan", "Zhao Min", "Ouyang Fang",
          "Xu Haibo", "Huang Yuzhen", "Sun Lixin", "Guo Yitong", "Lin Ruoxi", "He Zhenyu", "Deng Meiling",
          "Zhu Weidong", "Tang Shuyao", "Qin Muyang"]
FOREIGN_CN = ["阿依古丽·吐尔逊", "努尔兰·卡斯木", "叶尔兰·阿斯哈尔", "娜塔莎·伊万诺娃", "谢尔盖·彼得罗夫",
              "阿利舍尔·乌斯莫诺夫", "迪尔诺扎·卡里莫娃", "穆罕默德·阿卜杜拉", "法蒂玛·哈桑", "金敏秀",
              "朴智贤", "佐藤健太", "田中美咲", "阮氏兰", "黎文勇", "普里亚·夏尔马", "阿马杜·迪亚洛",
              "奇侬耶·奥卡福", "玛丽亚·冈萨雷斯", "卡洛斯·门多萨", "汉斯·穆勒", "索菲·马丁",
              "阿斯卡尔·努尔兰诺维奇", "古丽娜尔·别克", "奥尔加·斯米尔诺娃", "德米特里·伊万诺夫",
              "阿卜杜拉希德", "拉希德·卡里莫夫", "艾哈迈德·萨利赫", "伊丽莎白·汤普森"]
FOREIGN_NODOT = ["娜塔莎伊万诺娃", "阿依古丽吐尔逊", "努尔兰卡斯木", "卡洛斯门多萨", "普里亚夏尔马"]
FOREIGN_LATIN = ["Aigerim Nurlanovna", "Dilnoza Karimova", "Nguyen Thi Lan", "Kim Min-ji", "Priya Sharma",
                 "Amadou Diallo", "Olga Smirnova", "Yerlan Akhmetov", "Chinonye Okafor", "Maria Gonzalez",
                 "Rustam Tashkentov", "Fatima Al-Hassan", "Sato Kenta", "Tran Van Minh", "Bakhyt Seitkali",
                 "Sergei Volkov", "Gulnara Bekova", "Lucia Fernandes", "Jamal Haddad", "Anna Schmidt"]
FOREIGN_GIVEN = ["阿依古丽", "努尔兰", "娜塔莎", "谢尔盖", "迪尔诺扎", "法蒂玛", "敏秀", "美咲", "普里亚",
                 "阿马杜", "玛丽亚", "Aigerim", "Dilnoza", "Olga", "Yerlan", "Bakhyt", "Gulnara", "Kenta"]
TITLES_DOC = ["医生", "主任", "教授", "护士长", "护士", "大夫", "院长", "老师", "博士"]


def cn_name():
    r = R.random()
    if r < 0.08:
        sur = pick(COMPOUND)
    elif r < 0.16:
        sur = pick(RARE)
    else:
        sur = pick(SURNAMES)
    given = pick(GIVEN2) if R.random() < 0.7 else pick(GIVEN1)
    return sur + given


def any_name():
    r = R.random()
    if r < 0.5:
        return cn_name()
    if r < 0.62:
        return pick(FOREIGN_CN)
    if r < 0.72:
        return pick(FOREIGN_LATIN)
    if r < 0.8:
        return pick(PINYIN)
    if r < 0.9:
        return pick(NICK)
    return pick(WORD_NAMES)


def surname_title():
    return pick(SURNAMES + COMPOUND[:3]) + pick(TITLES_DOC)


# ---------------------------------------------------------------- values
def cn_mobile(style=None):
    pre = pick(["138", "139", "137", "150", "151", "158", "186", "187", "133", "177", "199", "135", "189", "166"])
    n = pre + digits(8)
    style = style or pick(["plain", "space", "dash", "space", "plus86", "plain"])
    if style == "plain":
        return n
    if style == "space":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    if style == "plus86":
        return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
    if style == "fw":
        return fw(n)
    if style == "cn":
        return cn_digits(n, zero=pick(["〇", "零"]))
    if style == "dots":
        return f"{n[:3]}.{n[3:7]}.{n[7:]}"
    return n


def cn_landline():
    area, local = pick([("010", 8), ("021", 8), ("0571", 8), ("020", 8), ("028", 8), ("0991", 7),
                        ("0898", 8), ("0531", 8), ("024", 8), ("0871", 7), ("0931", 7)])
    num = str(R.randint(2, 8)) + digits(local - 1)
    return pick([f"{area}-{num}", f"({area}){num}", f"（{area}）{num[:4]} {num[4:]}", f"{area} {num}",
                 f"+86-{area[1:]}-{num}"])


def intl_phone():
    return pick([
        f"+7 701 {digits(3)} {digits(2)} {digits(2)}",
        f"+7 (912) {digits(3)}-{digits(2)}-{digits(2)}",
        f"+998 90 {digits(3)} {digits(2)} {digits(2)}",
        f"+996 555 {digits(3)} {digits(3)}",
        f"+1 (617) 555-{digits(4)}",
        f"+852 9{digits(3)} {digits(4)}",
        f"+853 6{digits(3)} {digits(4)}",
        f"+82 10-{digits(4)}-{digits(4)}",
        f"+81 90-{digits(4)}-{digits(4)}",
        f"+84 91 {digits(3)} {digits(2)} {digits(2)}",
        f"+971 50 {digits(3)} {digits(4)}",
        f"+44 7700 {digits(6)}",
        f"+91 98{digits(3)} {digits(5)}",
        f"+234 803 {digits(3)} {digits(4)}",
        f"8 (727) {digits(3)}-{digits(2)}-{digits(2)}",
        f"00976 9911 {digits(4)}",
    ])


def any_phone():
    r = R.random()
    if r < 0.45:
        return cn_mobile()
    if r < 0.65:
        return cn_landline()
    return intl_phone()


MAIL_USERS = ["zhangwei1986", "xiaoyu_mama", "liu.haiyan", "wjg1962", "aigerim.n", "natasha.iv",
              "chenzihan2009", "happy_dou", "lupus_fighter", "gulnara.b", "okafor.c", "tranvanminh",
              "hgao_77", "mamaxiaoman", "yerlan.a", "maria.gz", "sunlixin", "oyfang"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "gmail.com", "sina.com", "foxmail.com", "mail.ru",
                "yandex.kz", "hotmail.com", "outlook.com", "yahoo.co.jp", "naver.com", "139.com", "aliyun.com"]


def email(style=None):
    user = pick(MAIL_USERS + [str(R.randint(1, 9)) + digits(R.randint(7, 9))])
    dom = pick(MAIL_DOMAINS)
    style = style or pick(["plain"] * 5 + ["at", "fw", "cn_at", "dot"])
    if style == "plain":
        return f"{user}@{dom}"
    if style == "at":
        return f"{user}(at){dom}"
    if style == "fw":
        return f"{user}＠{dom}"
    if style == "cn_at":
        return f"{user} 艾特 {dom.replace('.', ' 点 ')}"
    if style == "dot":
        return f"{user} at {dom.replace('.', ' dot ')}"
    return f"{user}@{dom}"


def web():
    return pick([
        f"https://www.jianshu.com/p/{digits(4)}a{digits(6)}",
        f"https://www.qschou.com/project/{digits(7)}",
        f"http://blog.sina.com.cn/s/blog_{digits(8)}",
        f"www.xiaoyu-kanglang.cn",
        f"https://t.cn/A6{digits(2)}kPq",
        f"https://bit.ly/3{digits(3)}Xz",
        f"https://mp.weixin.qq.com/s/Gx{digits(5)}Lq",
        f"v.douyin.com/iR{digits(3)}ab/",
        f"https://zhuanlan.zhihu.com/p/{digits(9)}",
        f"https://aigerim-story.kz/{pick(['ru', 'kk', 'zh'])}/{digits(3)}",
        f"https://www.qschou.com/project/{digits(6)}",
        f"https://zhangwei{digits(2)}.github.io",
        f"https://www.bilibili.com/video/BV1{digits(2)}4y1{digits(3)}Kq",
        f"https://sites.google.com/view/olga-lupus-{digits(3)}",
        f"http://{digits(3)}.{pick(['tumblr.com', 'lofter.com'])}",
    ])


def ip():
    return pick([
        f"{R.randint(36, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}",
        f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
        f"2408:8207:{R.randint(0x1000, 0xffff):x}:{R.randint(0x10, 0xffff):x}::{R.randint(1, 0xfff):x}",
        f"240e:3a1:{R.randint(0x1000, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(1, 0xffff):x}",
    ])


HANDLES = ["xiaoyu_0612", "lupus_mama", "zhang-wei-88", "aigerim.kz", "hgao1979", "doudou_baba",
           "kanglang_xiaoman", "natasha_iv", "yerlan.kz", "wjg_1962", "sunny_lixin", "okafor_c",
           "CarT_Survivor", "mei_ling_dd"]


def cn_region():
    return pick(["110105", "310104", "440106", "510107", "330102", "650102", "420106", "370202", "130104",
                 "610113", "230103", "450103", "532301", "411625", "640104", "150102", "360722", "520102"])


def resident_id(wrong=False):
    y = R.randint(1938, 2016)
    body = f"{cn_region()}{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    if wrong:
        chk = pick([c for c in "0123456789X" if c != chk])
    return body + chk


def old_id():
    return f"{cn_region()}{R.randint(30, 79)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"


def fmt_rid(s):
    st = pick(["plain"] * 6 + ["space", "fw", "lowerx", "dash"])
    if st == "space":
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if st == "fw":
        return fw(s)
    if st == "lowerx" and s.endswith("X"):
        return s[:-1] + "x"
    if st == "dash":
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    return s


def national_id():
    return pick([
        ("哈萨克斯坦个人识别号（ИИН）", f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(6)}"),
        ("SNILS", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("俄罗斯养老保险号СНИЛС", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}"),
        ("乌兹别克斯坦PINFL", f"3{digits(13)}"),
        ("美国社会安全号SSN", f"{R.randint(100, 665)}-{digits(2)}-{digits(4)}"),
        ("韩国居民登录号码", f"{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1, 2)}{digits(6)}"),
        ("Aadhaar", f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"),
        ("越南公民身份证CCCD", f"0{digits(11)}"),
        ("香港身份证", f"{pick('ACDEGHKPRVYZ')}{digits(6)}({R.randint(0, 9)})"),
        ("吉尔吉斯斯坦PIN", f"{R.randint(1, 2)}{digits(13)}"),
        ("蒙古国身份证号", f"{pick(['УБ', 'ЧИ', 'ДА'])}{digits(8)}"),
        ("巴基斯坦CNIC", f"{digits(5)}-{digits(7)}-{R.randint(1, 9)}"),
    ])


def passport():
    return pick([
        f"E{digits(8)}", f"EA{digits(7)}", f"EH{digits(7)}", f"G{digits(8)}", f"N{digits(8)}",
        f"{digits(2)} {digits(7)}", f"FA{digits(7)}", f"5{digits(8)}", f"M{digits(8)}",
        f"P{digits(7)}", f"Z{digits(7)}", f"C{digits(2)}{pick('ABCDEFGH')}{digits(5)}",
        f"AB{digits(7)}", f"K{digits(8)}",
    ])


def mrn():
    return pick([
        f"{R.randint(2015, 2024)}{digits(6)}", f"{digits(7)}", f"ZY{digits(8)}", f"MZ{digits(9)}",
        f"{digits(3)}-{digits(3)}-{digits(2)}", f"H{digits(7)}", f"00{digits(8)}", f"BA{digits(6)}",
        f"{digits(10)}", f"IP-{digits(6)}",
    ])


def health_plan():
    return pick([
        f"{cn_region()}{digits(8)}{digits(4)}", f"H{digits(10)}", f"{digits(9)}",
        f"B{digits(8)}", f"P{digits(15)}", f"{digits(4)}-{digits(4)}-{digits(4)}",
        f"XNH{digits(10)}", f"W{digits(9)}", f"{digits(6)}{pick('ABCD')}{digits(5)}",
    ])


def bank():
    return pick([
        f"6222 {digits(4)} {digits(4)} {digits(4)} {digits(3)}",
        f"6217{digits(15)}", f"6228 48{digits(2)} {digits(4)} {digits(4)} {digits(3)}",
        f"6214 {digits(4)} {digits(4)} {digits(4)}",
        f"KZ{digits(2)}722S{digits(12)}", f"KZ{digits(2)} 601A {digits(4)} {digits(4)} {digits(4)}",
        f"UZ{digits(2)} {digits(4)} {digits(4)} {digits(4)}",
        f"4276 {digits(4)} {digits(4)} {digits(4)}",
        f"{digits(3)}-{digits(6)}-{digits(3)}",
        f"DE{digits(2)} 5001 0517 {digits(4)} {digits(4)} {digits(2)}",
        f"40817810{digits(12)}",
        f"6225 88{digits(2)} {digits(4)} {digits(4)}",
    ])


def licence():
    return pick([
        ("医师执业证书编码", f"1{digits(2)}0{R.randint(10, 53)}{digits(10)}"),
        ("护士执业证书编号", f"20{R.randint(10, 23)}{digits(8)}"),
        ("驾驶证档案编号", f"{digits(12)}"),
        ("驾驶证号", f"{cn_region()}{digits(8)}{digits(4)}"),
        ("药师执业注册证号", f"{digits(4)}{R.randint(10, 23)}{digits(7)}"),
        ("律师执业证号", f"1{digits(16)}"),
        ("教师资格证书号", f"20{R.randint(10, 23)}{digits(2)}{digits(11)}"),
        ("Kazakh driving licence", f"AA{digits(6)}"),
        ("国际驾照", f"IDP-{digits(7)}"),
        ("健康证编号", f"JK{digits(9)}"),
        ("电工证号", f"T{digits(17)}"),
    ])


def vehicle():
    prov = pick(list("京沪浙粤苏川鲁豫鄂湘陕新黑辽桂云甘蒙"))
    return pick([
        f"{prov}{pick('ABCDEFGH')}·{R.randint(10000, 99999)}",
        f"{prov}{pick('ABCDE')}{pick('ABCDEFGHJKLMN')}{digits(4)}",
        f"{prov}{pick('ABCDE')} D{digits(5)}",
        f"{prov}{pick('ABCDE')}-{pick('ABCFKLMNPQ')}{digits(3)}{pick('ABCDEHJK')}",
        f"{digits(3)} {pick(['ABC', 'KZA', 'EVA', 'HRT'])} 0{R.randint(1, 9)}",
        f"{pick('АВЕКМНОРСТУХ')}{digits(3)}{pick('АВЕКМНОРСТУХ')}{pick('АВЕКМНОРСТУХ')} {R.randint(10, 199)}",
        f"01 {pick('ABCDEFGH')} {digits(3)} {pick(['AA', 'BA', 'KA'])}",
        f"粤Z·{pick('ABCDEF')}{digits(3)}港",
    ])


def device():
    return pick([
        ("序列号", f"PJN{digits(6)}S"),
        ("SN", f"{digits(2)}{pick('ABCDEF')}{digits(7)}"),
        ("IMEI", f"86{digits(4)} {digits(6)} {digits(3)}"),
        ("IMEI", f"35{digits(13)}"),
        ("MAC地址", ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))),
        ("MAC", "-".join(f"{R.randint(0, 255):02x}" for _ in range(6))),
        ("泵序列号", f"NG{digits(7)}H"),
        ("传感器编号", f"{pick('ABCDEFGH')}{digits(3)}{pick('KLMNPQ')}{digits(5)}"),
        ("植入物序列号", f"RLY{digits(6)}"),
        ("人工耳蜗处理器编号", f"CI-{digits(4)}-{digits(5)}"),
        ("设备UDI", f"(01)0{digits(13)}(21){digits(8)}"),
        ("助听器序列号", f"{digits(4)}H{digits(4)}"),
    ])


def other_num():
    return pick([
        ("挂号单号", f"GH{digits(10)}"), ("订单号", f"{digits(18)}"), ("快递单号", f"SF{digits(13)}"),
        ("机票预订编码", f"{pick('KMPQRXZ')}{pick('ABCDEFGH')}{digits(1)}{pick('JKLMN')}{digits(1)}{pick('QRSTUV')}"),
        ("电子客票号", f"781-{digits(10)}"), ("学号", f"20{R.randint(15, 23)}{digits(6)}"),
        ("工号", f"{pick(['HZ', 'BJ', 'E'])}{digits(5)}"),
        ("理赔案件号", f"LP{digits(12)}"), ("众筹项目编号", f"{digits(8)}"),
        ("案号", f"（20{R.randint(18, 23)}）{pick(['京0105', '浙0102', '沪0104', '粤0106'])}民初{R.randint(1000, 29999)}号"),
        ("签证申请号", f"V{digits(10)}"), ("医疗签证邀请函编号", f"YL-{digits(4)}-{digits(4)}"),
        ("住院押金收据号", f"No.{digits(8)}"), ("报案回执号", f"A{digits(15)}"),
        ("会员号", f"VIP{digits(8)}"), ("准考证号", f"{digits(15)}"), ("火车票订单号", f"E{digits(9)}"),
        ("酒店确认号", f"{digits(10)}"), ("社工援助档案号", f"SG-{digits(5)}"), ("捐赠证书编号", f"JZ{digits(8)}"),
    ])


def rand_ymd(y0=2015, y1=2024):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, d, style=None, allow_no_year=True):
    styles = ["cn", "cn", "cn", "iso", "dots", "slash_dmy", "cn_short", "cn_numeral", "fw", "ri_hao",
              "us", "en", "compact"]
    if allow_no_year:
        styles += ["md", "md", "md_hao"]
    style = style or pick(styles)
    if style == "cn":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dots":
        return f"{y}.{m}.{d}"
    if style == "slash_dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "cn_short":
        return f"{str(y)[2:]}年{m}月{d}号"
    if style == "cn_numeral":
        return f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日"
    if style == "fw":
        return fw(f"{y}") + "年" + fw(str(m)) + "月" + fw(str(d)) + "日"
    if style == "ri_hao":
        return f"{y}年{m}月{d}号"
    if style == "us":
        return f"{m}/{d}/{y}"
    if style == "en":
        return f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "md":
        return f"{m}月{d}日"
    if style == "md_hao":
        return f"{m}月{d}号"
    return f"{y}年{m}月{d}日"


def exact_date_phrase():
    r = R.random()
    if r < 0.78:
        y, m, d = rand_ymd()
        return fmt_date(y, m, d)
    if r < 0.9:
        lun_m = pick(["正月", "二月", "三月", "五月", "八月", "九月", "冬月", "腊月"])
        lun_d = pick(["初一", "初三", "初八", "十五", "十六", "廿二", "二十三", "廿八"])
        return pick([f"{R.randint(2016, 2024)}年农历{lun_m}{lun_d}", f"农历{lun_m}{lun_d}",
                     f"{pick(['癸卯年', '壬寅年', '辛丑年', '甲辰年'])}{lun_m}{lun_d}"])
    return pick([f"{R.randint(2016, 2024)}年除夕", f"{R.randint(2016, 2024)}年的中秋节",
                 f"{R.randint(2016, 2024)}年国庆节当天", f"{R.randint(2016, 2024)}年元旦",
                 f"{R.randint(2016, 2024)}年大年初一", f"{R.randint(2016, 2024)}年的平安夜",
                 f"{R.randint(2016, 2024)}年冬至那天", f"{R.randint(2016, 2024)}年端午节"])


def dob_value():
    y, m, d = rand_ymd(1932, 2018)
    return fmt_date(y, m, d, allow_no_year=False)


def age90():
    n = R.randint(90, 106)
    return pick([f"{n}岁", f"{n}岁", f"{cn_number(n)}岁", f"{n}周岁", f"虚岁{n}", f"{n}高龄",
                 f"{fw(str(n))}岁", f"{n} 岁", f"{cn_number(n)}高龄"])


CITY_ADDR = [
    ("北京市朝阳区", ["建国路", "望京西路", "安立路", "朝阳北路", "酒仙桥路"]),
    ("上海市徐汇区", ["漕溪北路", "龙华中路", "宜山路", "天钥桥路"]),
    ("浙江省杭州市上城区", ["解放路", "清泰街", "望江路", "秋涛北路"]),
    ("广州市越秀区", ["东风中路", "中山二路", "农林下路"]),
    ("成都市武侯区", ["人民南路四段", "科华北路", "武侯祠大街"]),
    ("乌鲁木齐市天山区", ["解放南路", "新华北路", "和平路"]),
    ("哈尔滨市南岗区", ["西大直街", "红军街", "学府路"]),
    ("昆明市五华区", ["青年路", "翠湖南路", "东风西路"]),
    ("西安市雁塔区", ["小寨东路", "长安南路", "含光路"]),
    ("郑州市金水区", ["经三路", "花园路", "农业路"]),
    ("南宁市青秀区", ["民族大道", "竹溪大道"]),
    ("呼和浩特市新城区", ["新华大街", "成吉思汗大街"]),
]
ESTATES = ["幸福家园", "阳光花园", "锦绣苑", "金色家园", "翠湖小区", "和平里", "东方明珠花园", "百合新村",
           "康乐小区", "世纪城"]


def cn_address():
    city, roads = pick(CITY_ADDR)
    road = pick(roads)
    r = R.random()
    if r < 0.3:
        return f"{city}{road}{R.randint(1, 399)}号"
    if r < 0.55:
        return f"{city}{road}{R.randint(1, 399)}号{pick(ESTATES)}{R.randint(1, 30)}栋{R.randint(1, 6)}单元{R.randint(1, 30)}0{R.randint(1, 4)}室"
    if r < 0.7:
        return f"{road}{R.randint(1, 900)}弄{R.randint(1, 40)}号{R.randint(1, 6)}0{R.randint(1, 4)}"
    if r < 0.8:
        return f"{pick(ESTATES)}{R.randint(1, 30)}号楼{R.randint(1, 28)}层{R.randint(1, 9)}号"
    if r < 0.9:
        return pick(["河南省周口市郸城县汲冢镇刘庄村三组", "四川省凉山州昭觉县竹核乡木渣洛村",
                     "甘肃省定西市通渭县碧玉镇关庄村12号", "云南省大理州鹤庆县草海镇新华村5社",
                     "新疆伊犁州霍城县清水河镇江苏村二组", "黑龙江省绥化市望奎县灯塔乡厢兰头村",
                     "广西百色市田阳区那坡镇那满村六队", "山东省菏泽市曹县大集镇丁楼村东头第三户"])
    return f"{road}{fw(str(R.randint(1, 399)))}号{fw(str(R.randint(1, 9)) + '0' + str(R.randint(1, 4)))}室"


def foreign_address():
    return pick([
        f"阿拉木图市阿拜大街{R.randint(1, 200)}号{R.randint(1, 90)}室",
        f"ул. Абая, д. {R.randint(1, 200)}, кв. {R.randint(1, 90)}",
        f"пр. Назарбаева {R.randint(1, 300)}, кв. {R.randint(1, 120)}",
        f"塔什干市尤努萨巴德区第{R.randint(1, 19)}小区{R.randint(1, 40)}栋{R.randint(1, 60)}号",
        f"{R.randint(10, 2999)} Beacon Street, Apt {R.randint(1, 9)}{pick('ABC')}",
        f"{R.randint(1, 200)} Nguyen Hue, Quan 1",
        f"Flat {R.randint(1, 40)}, {R.randint(1, 99)} Baker Road",
        f"比什凯克市楚伊大街{R.randint(1, 200)}号",
        f"乌兰巴托市巴彦珠日赫区第{R.randint(1, 20)}小区{R.randint(1, 60)}号楼",
        f"首尔市麻浦区{pick(['延南洞', '西桥洞', '望远洞'])}{R.randint(100, 599)}-{R.randint(1, 30)}",
        f"Musterstraße {R.randint(1, 99)}",
        f"莫斯科市特维尔大街{R.randint(1, 30)}号{R.randint(1, 9)}单元{R.randint(1, 200)}室",
    ])


def any_address():
    return cn_address() if R.random() < 0.7 else foreign_address()


def postal():
    return pick([
        ("cn", str(R.choice([100, 200, 310, 510, 610, 830, 150, 650, 450, 710, 450, 570, 730]) * 1000 + R.randint(0, 99)).zfill(6)),
        ("kz", f"0{R.randint(50, 90)}0{R.randint(0, 99):02d}"),
        ("kz_new", f"A{R.randint(10, 99)}{pick('ABCDEFGHKM')}{digits(1)}{pick('ABCDEFGHKM')}{digits(1)}"),
        ("ru", f"1{R.randint(0, 99):02d}{digits(3)}"),
        ("uz", f"100{digits(3)}"),
        ("us", f"0{R.randint(1000, 2799)}"),
        ("us4", f"{R.randint(10000, 99999)}-{digits(4)}"),
        ("uk", f"{pick(['SW1A', 'EC1A', 'M13', 'B15', 'LS2'])} {R.randint(1, 9)}{pick('ABDEFGHJ')}{pick('ABDEFGHJ')}"),
        ("jp", f"〒{digits(3)}-{digits(4)}"),
        ("kr", f"{R.randint(10000, 63999)}"),
        ("ca", f"M5G {R.randint(1, 9)}X{R.randint(1, 9)}"),
    ])


def geo():
    lat = R.uniform(18, 53)
    lon = R.uniform(74, 134)
    return pick([
        f"{lat:.4f}, {lon:.4f}", f"({lat:.5f},{lon:.5f})", f"北纬{lat:.2f}°，东经{lon:.2f}°",
        f"N{lat:.4f} E{lon:.4f}", f"{int(lat)}°{R.randint(0, 59)}′{R.randint(0, 59)}″N, {int(lon)}°{R.randint(0, 59)}′{R.randint(0, 59)}″E",
        f"lat={lat:.6f}&lng={lon:.6f}", f"{lat:.6f}°N {lon:.6f}°E", f"纬度{lat:.4f} 经度{lon:.4f}",
        f"{fw(f'{lat:.3f}')}，{fw(f'{lon:.3f}')}", f"{lon:.5f},{lat:.5f}（经度在前）",
        f"43.{digits(4)}° N, 76.{digits(4)}° E",
    ])


# ---------------------------------------------------------------- fillers
ALIAS = ["A女士", "B先生", "患者C", "小D", "E女士", "F先生", "患者A", "小A", "G阿姨", "H大爷", "K女士", "M女士", "L先生"]
CITY = ["阿拉木图", "塔什干", "比什凯克", "乌兰巴托", "莫斯科", "喀什", "伊宁", "昆明", "贵阳", "兰州", "哈尔滨",
        "温州", "泉州", "海口", "南宁", "呼和浩特", "西宁", "拉萨", "大连", "赣州", "河内", "首尔", "迪拜", "阿斯塔纳"]
REL = ["她丈夫", "他妻子", "她母亲", "他大儿子", "她女儿", "患儿父亲", "他的姐姐", "她小叔子", "老人的孙女", "患者的邻居"]
DEPT = ["风湿免疫科", "血液科", "肾内科", "神经内科", "心内科", "儿科", "国际医疗部", "肿瘤内科", "骨科", "消化内科"]


def alias():
    return pick(ALIAS)


# ---------------------------------------------------------------- person_name templates
def name_templates():
    n = any_name
    c = cn_name
    return [
        ("name_before_verb", lambda: f"{c()}把复查的血常规拍照发到了群里，血小板已经回到{R.randint(110, 260)}。"),
        ("name_before_verb", lambda: f"{pick(WORD_NAMES)}推着轮椅把{pick(['母亲', '父亲', '奶奶', '外公'])}送进了{pick(DEPT)}的病房。"),
        ("name_possessive", lambda: f"{n()}的{pick(['母亲', '丈夫', '女儿', '哥哥'])}在病房陪护了整整{pick(['两', '三', '四', '五', '六'])}周。"),
        ("name_labelled", lambda: f"患者{c()}，{pick(['女', '男'])}，{R.randint(14, 78)}岁，因{pick(['反复发热伴皮疹', '双下肢水肿', '关节肿痛', '乏力、面色苍白'])}入院。"),
        ("name_quote", lambda: f"“我再也不想每个月都跑医院拿药了，”{n()}说。"),
        ("name_quote", lambda: f"{n()}笑着说：“现在我能自己上楼梯了。”"),
        ("name_title", lambda: f"主治医生{surname_title()}说：“这个指标已经连续三个月正常了。”"),
        ("name_title", lambda: f"{pick(DEPT)}的{surname_title()}第一时间组织了多学科会诊。"),
        ("name_doctor_full", lambda: f"回输当天由{c()}{pick(['主任医师', '副主任医师', '主管护师', '教授'])}全程监护。"),
        ("name_list", lambda: f"同病房的{c()}、{pick(FOREIGN_CN)}和{pick(NICK)}后来都成了好朋友。"),
        ("name_nickname", lambda: f"{pick(NICK)}每天早上六点就下楼散步，说是要把落下的体力补回来。"),
        ("name_nickname", lambda: f"病友们都叫她“{pick(NICK)}”，她是病房里最爱笑的人。"),
        ("name_foreign_cn", lambda: f"来自{pick(CITY)}的{pick(FOREIGN_CN)}在{R.randint(2018, 2023)}年春天第一次来到我院。"),
        ("name_foreign_nodot", lambda: f"{pick(FOREIGN_NODOT)}的检查结果由翻译逐条解释给她听。"),
        ("name_caption", lambda: f"图：{n()}（左）与护士{c()}在出院那天合影。"),
        ("name_pinyin", lambda: f"{pick(PINYIN)}在留言里写道，他父亲的腿肿已经消了不少。"),
        ("name_caps", lambda: f"感谢{pick(PINYIN).upper()}和她的家人同意我们分享这段经历。"),
        ("name_lowercase", lambda: f"留言人：{pick(PINYIN).lower()}，想咨询一下CAR-T治疗的大概费用。"),
        ("name_given_only", lambda: f"{pick(GIVEN2)}说她最怕的不是打针，而是等结果的那几天。"),
        ("name_initial", lambda: f"据{pick(['Zhang W.', 'H. Nurlanov', 'Li X.', 'A. Karimova', 'Chen Y.J.', 'S. Petrov', 'Wang J.G.'])}回忆，那段时间几乎每周都要抽血。"),
        ("name_word_name", lambda: f"{pick(WORD_NAMES)}今天出院，{pick(['行李是她弟弟帮着拿下楼的', '科室给他准备了一张贺卡', '他说第一件事是回家吃饺子'])}。"),
        ("name_mixed_script", lambda: f"她女儿{pick(FOREIGN_GIVEN)}负责和我们的协调员沟通。"),
        ("name_dialogue", lambda: f"——{pick(NICK + GIVEN2)}，今天感觉怎么样？——好多了，谢谢护士。"),
        ("name_foreign_latin", lambda: f"{pick(FOREIGN_LATIN)}从{pick(CITY)}飞了{R.randint(3, 11)}个小时才到杭州。"),
        ("name_sign_off", lambda: f"此致敬礼！患者家属：{c()}"),
        ("name_recalls", lambda: f"据{n()}回忆，确诊那年她刚生完孩子七个月。"),
        ("name_compound", lambda: f"{pick(COMPOUND)}{pick(GIVEN2)}是从{pick(CITY)}转诊过来的。"),
        ("name_rare_surname", lambda: f"{pick(RARE)}{pick(GIVEN2)}的肾穿刺结果提示狼疮性肾炎Ⅳ型。"),
        ("name_reporter", lambda: f"（文/{c()}  图/{c()}）"),
        ("name_wechat_group", lambda: f"病友群里，{n()}第一个回复：“别怕，我也是这么过来的。”"),
        ("name_translator", lambda: f"翻译{pick(FOREIGN_CN + FOREIGN_LATIN)}陪着家属办完了入院手续。"),
        ("name_honorific", lambda: f"{pick(SURNAMES)}{pick(['阿姨', '大爷', '奶奶', '叔叔', '姐', '哥', '老师', '师傅'])}把自己织的围巾送给了护士站。"),
        ("name_child", lambda: f"{pick(['囡囡', '豆豆', '乐乐', '果果', '朵朵', '壮壮'])}出院时抱着{pick(['一只小熊', '护士送的气球', '一盒蜡笔'])}不肯松手。"),
        ("name_at_start_caps", lambda: f"{pick(['LIU HAIYAN', 'NURLAN KASYMOV', 'KIM MIN-JI', 'ZHAO MIN', 'OLGA SMIRNOVA'])}——这是她护照上的名字，也是她第一次签同意书时写下的名字。"),
        ("name_in_brackets", lambda: f"患者的丈夫（{c()}）表示愿意分享治疗经过。"),
        ("name_english_title", lambda: f"Dr. {pick(['Chen', 'Wang', 'Ivanova', 'Karimov', 'Sharma', 'Okafor'])}在查房时又确认了一遍用药。"),
        ("name_surname_xiao_lao", lambda: f"{pick(['小', '老'])}{pick(SURNAMES)}是她在病房认识的第一个朋友。"),
    ]


def kind_templates():
    a = alias
    T = {}
    T["street_address"] = [
        ("addr_labelled", lambda: f"家庭住址：{cn_address()}"),
        ("addr_in_story", lambda: f"{a()}住在{cn_address()}，离最近的县医院要坐两个小时班车。"),
        ("addr_mail_to", lambda: f"请把出院小结寄到{any_address()}，收件人写{pick(REL)}就行。"),
        ("addr_foreign", lambda: f"{a()}在{pick(['阿拉木图', '塔什干', '首尔', '莫斯科'])}的住址是{foreign_address()}。"),
        ("addr_value_first", lambda: f"{cn_address()}——这是{a()}租住了八年的房子。"),
        ("addr_village", lambda: f"{a()}的老家在{pick(['河南省周口市郸城县汲冢镇刘庄村三组', '四川省凉山州昭觉县竹核乡木渣洛村', '云南省大理州鹤庆县草海镇新华村5社', '甘肃省定西市通渭县碧玉镇关庄村12号', '新疆伊犁州霍城县清水河镇江苏村二组'])}，村里第一次有人做CAR-T。"),
        ("addr_shop", lambda: f"生病前，{a()}在{cn_address()}开了一家小面馆。"),
        ("addr_brackets", lambda: f"随访护士上门时（{cn_address()}），发现{a()}的水肿已经基本消退。"),
        ("addr_timeline", lambda: f"出院后暂住：{any_address()}（离医院步行十分钟）。"),
        ("addr_english", lambda: f"Address: {pick([f'{R.randint(10, 999)} Beacon Street, Apt {R.randint(1, 9)}B, Boston', f'Flat {R.randint(1, 40)}, {R.randint(1, 99)} Baker Road, London', f'{R.randint(1, 200)} Nguyen Hue, Quan 1, Ho Chi Minh City'])}"),
        ("addr_fullwidth", lambda: f"{a()}留的地址是{pick(['解放路', '建国路', '人民南路', '学府路'])}{fw(str(R.randint(1, 399)))}号{fw(str(R.randint(1, 12)))}幢{fw(str(R.randint(1, 6)) + '0' + str(R.randint(1, 4)))}室。"),
        ("addr_dialogue", lambda: f"“你们寄药就寄到{cn_address()}，我儿子会去取。”"),
    ]
    T["postal_code"] = [
        ("postal_labelled", lambda: f"邮编：{postal()[1]}"),
        ("postal_in_brackets", lambda: f"材料请寄浙江省杭州市（邮政编码{str(R.randint(310000, 311499))}），信封上注明“随访资料”。"),
        ("postal_foreign", lambda: f"{a()}在阿拉木图的邮政编码是{pick(['050000', '050010', '050059', 'A15E3C7', 'A25D0F4'])[:-1] + str(R.randint(0, 9))}。"),
        ("postal_after_city", lambda: (lambda c: f"{c[0]} {c[1] + digits(2)}，这是她在表格里写的全部地址信息。")(pick([('乌鲁木齐', '8300'), ('昆明', '6500'), ('郑州', '4500'), ('南宁', '5300'), ('哈尔滨', '1500')]))),
        ("postal_zip", lambda: f"ZIP code: {pick([f'0{R.randint(1000, 2799)}', f'{R.randint(10000, 99999)}-{digits(4)}'])}，{a()}在波士顿读书时的住处。"),
        ("postal_uk", lambda: f"她在英国的postcode是{pick(['SW1A', 'EC1A', 'M13', 'B15', 'LS2'])} {R.randint(1, 9)}{pick('ABDEFGHJ')}{pick('ABDEFGHJ')}，回国后已经注销。"),
        ("postal_jp", lambda: f"日本的寄件地址只写了邮编〒{digits(3)}-{digits(4)}和楼名。"),
        ("postal_value_first", lambda: f"{postal()[1]}（邮编）——登记表最后一栏。"),
        ("postal_fullwidth", lambda: f"邮政编码：{fw(str(R.choice([100, 200, 310, 510, 610]) * 1000 + R.randint(0, 99)).zfill(6))}"),
        ("postal_ru", lambda: f"Индекс {R.randint(101000, 199999)}，这是{a()}在莫斯科的邮政编码。"),
        ("postal_message", lambda: f"您好，我们这边邮编是{postal()[1]}，药可以直接寄吗？"),
    ]
    T["geolocation"] = [
        ("geo_labelled", lambda: f"定位：{geo()}"),
        ("geo_rescue", lambda: f"救护车按家属发来的坐标（{geo()}）找到了{a()}家。"),
        ("geo_photo_meta", lambda: f"照片的拍摄位置显示为{geo()}，发布前需要删除。"),
        ("geo_message", lambda: f"我家位置是{geo()}，导航过来就行。"),
        ("geo_value_first", lambda: f"{geo()}——{a()}放牧的草场就在这附近。"),
        ("geo_map_link_like", lambda: f"共享位置：{geo()}（{pick(['微信位置', '高德地图', '百度地图'])}）"),
        ("geo_timeline", lambda: f"随访记录：家访地点{geo()}，患者状态良好。"),
        ("geo_gps", lambda: f"GPS {geo()}，{a()}说从这里到乡卫生院要骑四十分钟摩托。"),
        ("geo_cn_words", lambda: f"她家在北纬{R.randint(36, 48)}度{R.randint(1, 59)}分、东经{R.randint(80, 125)}度{R.randint(1, 59)}分的一个村子里。"),
    ]
    T["exact_date"] = [
        ("date_onset", lambda: f"{exact_date_phrase()}，{a()}开始出现{pick(['全身红色小点', '反复低热', '膝关节肿痛', '尿中泡沫增多'])}。"),
        ("date_timeline", lambda: f"{exact_date_phrase()}：{pick(['行CAR-T细胞回输', '完成肾穿刺活检', '转入ICU', '顺利出院', '复查骨髓'])}。"),
        ("date_in_middle", lambda: f"{a()}于{exact_date_phrase()}在当地医院行{pick(['脑部手术', '血浆置换', '骨髓穿刺'])}。"),
        ("date_quote", lambda: f"“{exact_date_phrase()}那天我永远忘不了，”{a()}说，“医生告诉我可以出院了。”"),
        ("date_caption", lambda: f"图为{a()}出院当天（{exact_date_phrase()}）与医护人员合影。"),
        ("date_message", lambda: f"医生您好，我想预约{exact_date_phrase()}上午的门诊，可以吗？"),
        ("date_lunar", lambda: f"{a()}是{R.randint(2017, 2023)}年农历{pick(['腊月', '正月', '八月'])}{pick(['初六', '十二', '廿三', '二十八'])}住进医院的，那年春节是在病房过的。"),
        ("date_holiday", lambda: f"{R.randint(2017, 2023)}年{pick(['除夕', '中秋节', '元宵节', '国庆节'])}，{a()}是在血液科病房度过的。"),
        ("date_value_last", lambda: f"最近一次复查日期：{exact_date_phrase()}"),
        ("date_range", lambda: (lambda y, m: f"{a()}于{y}年{m}月{R.randint(1, 28)}日至{m + R.randint(1, 2)}月{R.randint(1, 28)}日在我院{pick(['住院', '接受治疗', '完成评估'])}。")(R.randint(2015, 2024), R.randint(1, 10))),
        ("date_english", lambda: f"Discharge date: {fmt_date(*rand_ymd(), style=pick(['en', 'iso', 'slash_dmy', 'us']))}"),
        ("date_compact", lambda: f"检查单编号前面的日期是{fmt_date(*rand_ymd(), style='compact')}，也就是入院那天。"),
    ]
    T["date_of_birth"] = [
        ("dob_labelled", lambda: f"出生日期：{dob_value()}"),
        ("dob_born_on", lambda: f"{a()}出生于{dob_value()}，{pick(['是家里的老三', '从小在牧区长大', '父母都是教师'])}。"),
        ("dob_english", lambda: f"DOB: {fmt_date(*rand_ymd(1935, 2015), style=pick(['slash_dmy', 'iso', 'en', 'us']))}"),
        ("dob_birthday", lambda: f"患儿生日是{fmt_date(*rand_ymd(2008, 2020), allow_no_year=False)}，确诊时还不满{cn_number(R.randint(2, 9))}岁。"),
        ("dob_form", lambda: f"性别：女　出生年月日：{dob_value()}　民族：汉"),
        ("dob_quote", lambda: f"“我是{dob_value()}生的，属{pick(['虎', '龙', '马', '羊', '猴', '鸡'])}，”{a()}在视频里说。"),
        ("dob_brackets", lambda: f"{a()}（生于{dob_value()}）是{pick(CITY)}人，{pick(['在一家超市做收银员', '退休前是中学老师', '是一名货车司机'])}。"),
        ("dob_fullwidth", lambda: f"出生：{fmt_date(*rand_ymd(1935, 2015), style='fw')}"),
        ("dob_cn_numeral", lambda: f"{a()}生于{fmt_date(*rand_ymd(1935, 2015), style='cn_numeral')}。"),
        ("dob_value_first", lambda: f"{dob_value()}出生的{a()}，{pick(['是家里最小的孩子', '一直在外地打工', '已经当了外婆', '和丈夫开了一家修车铺'])}。"),
        ("dob_message", lambda: f"孩子是{dob_value()}出生的，这个年龄能做吗？"),
    ]
    T["age_over_89"] = [
        ("age90_intro", lambda: f"{age90()}的{a()}是我院年龄最大的{pick(['髋关节置换', '起搏器植入', '白内障手术', 'TAVR'])}患者之一。"),
        ("age90_labelled", lambda: f"年龄：{age90()}"),
        ("age90_quote", lambda: f"“我都{age90()}了，还怕什么手术，”{a()}笑着说。"),
        ("age90_words", lambda: f"{a()}{pick(['年逾九旬', '年过九旬', '已是九旬老人', '已过百岁', '今年整整一百岁了', '是位百岁老人'])}，{pick(['仍坚持每天散步', '思维依然清晰', '术后第三天就下了床'])}。"),
        ("age90_relative", lambda: f"{pick(['他的母亲', '她外婆', '老人的丈夫'])}今年{age90()}，一直在家照顾{pick(['孙子', '老伴', '自己'])}。"),
        ("age90_caption", lambda: f"图：{age90()}的{a()}在康复训练中。"),
        ("age90_english", lambda: f"Age: {R.randint(90, 104)} y/o，{pick(['独居', '与女儿同住', '住在养老院'])}。"),
        ("age90_brackets", lambda: f"患者（{pick(['男', '女'])}，{age90()}）因{pick(['股骨颈骨折', '急性心衰', '肺部感染'])}入院。"),
        ("age90_at_onset", lambda: f"确诊时{a()}已经{age90()}，家属一度想放弃治疗。"),
        ("age90_fullwidth", lambda: f"{a()}，{fw(str(R.randint(90, 103)))}岁，{pick(['退休工人', '退休教师', '农民'])}。"),
    ]
    T["phone_number"] = [
        ("phone_labelled", lambda: f"联系电话：{any_phone()}"),
        ("phone_message", lambda: f"我的手机是{cn_mobile()}，麻烦医生有空回个电话。"),
        ("phone_fax", lambda: f"传真：{cn_landline()}，请把会诊意见发到这里。"),
        ("phone_foreign", lambda: (lambda c: f"{a()}在{c[0]}的号码是{c[1]}。")(pick([('哈萨克斯坦', f"+7 701 {digits(3)} {digits(2)} {digits(2)}"), ('乌兹别克斯坦', f"+998 90 {digits(3)} {digits(2)} {digits(2)}"), ('俄罗斯', f"+7 (912) {digits(3)}-{digits(2)}-{digits(2)}"), ('韩国', f"+82 10-{digits(4)}-{digits(4)}"), ('香港', f"+852 9{digits(3)} {digits(4)}"), ('越南', f"+84 91 {digits(3)} {digits(2)} {digits(2)}")]))),
        ("phone_value_first", lambda: f"{cn_mobile()}（{pick(REL)}的手机，白天都能打通）"),
        ("phone_fullwidth", lambda: f"电话{cn_mobile('fw')}，找{pick(REL)}。"),
        ("phone_cn_numerals", lambda: f"她把号码写在纸上：{cn_mobile('cn')}。"),
        ("phone_dialogue", lambda: f"“有事打我电话，{cn_mobile(pick(['plain', 'space', 'dash', 'dots']))}，”{a()}说。"),
        ("phone_landline_ext", lambda: f"家里座机{cn_landline()}转{R.randint(800, 8999)}。"),
        ("phone_whatsapp_num", lambda: f"{pick(['Tel', 'Mob.', 'T', '☎'])} {intl_phone()}"),
        ("phone_two_numbers", lambda: f"联系方式：{cn_mobile()} / {cn_landline()}（晚上请打座机）"),
    ]
    T["email"] = [
        ("email_labelled", lambda: f"邮箱：{email('plain')}"),
        ("email_message", lambda: f"检查报告可以发到我邮箱{email()}吗？谢谢！"),
        ("email_disguised", lambda: f"为防垃圾邮件，她把邮箱写成{email(pick(['at', 'cn_at', 'dot']))}。"),
        ("email_value_first", lambda: f"{email('plain')}是{a()}女儿的邮箱，翻译件都发到那里。"),
        ("email_english", lambda: f"E-mail: {email('plain')}"),
        ("email_fullwidth", lambda: f"联系邮箱 {email('fw')}"),
        ("email_qq_number", lambda: f"发到{R.randint(1, 9)}{digits(R.randint(7, 9))}@qq.com就行，我每天都看。"),
        ("email_quote", lambda: f"“影像资料我已经发到{email('plain')}了，”{pick(REL)}在留言里说。"),
        ("email_brackets", lambda: f"{a()}（{email('plain')}）希望收到英文版的出院小结。"),
        ("email_uppercase", lambda: f"EMAIL：{email('plain').upper()}"),
    ]
    T["web_address"] = [
        ("url_blog", lambda: f"{a()}把治疗经过写在了自己的博客上：{web()}"),
        ("url_labelled", lambda: f"个人主页：{web()}"),
        ("url_short", lambda: f"她发来的众筹链接是{pick(['https://t.cn/A6', 'https://bit.ly/3', 'https://dwz.cn/'])}{digits(2)}{pick(['kPq', 'Xz9', 'aBc', 'mN7'])}。"),
        ("url_value_first", lambda: f"{web()}——这是{a()}儿子做的抗狼日记页面。"),
        ("url_message", lambda: f"视频在这里 {web()} 医生帮忙看看这样走路正常吗"),
        ("url_brackets", lambda: f"他的康复视频（{web()}）已经有上万人看过。"),
        ("url_no_scheme", lambda: f"搜{pick(['xiaoman-kanglang.com', 'www.lupus-mama.cn', 'nurlan-story.kz', 'aigerim.blog', 'www.doudou-jia.net'])}就能看到我们家的记录。"),
        ("url_qschou", lambda: f"水滴筹页面：https://www.shuidichou.com/raise/{digits(8)}"),
        ("url_english", lambda: f"Personal page: https://{pick(['olga-smirnova', 'priya-sharma', 'yerlan-a', 'kim-minji'])}.{pick(['com', 'me', 'net'])}/{pick(['about', 'blog', 'story'])}"),
    ]
    T["ip_address"] = [
        ("ip_log", lambda: f"留言提交IP：{ip()}"),
        ("ip_message_meta", lambda: f"系统记录显示该留言来自{ip()}，{pick(['归属地新疆', '归属地哈萨克斯坦', '归属地广东', '归属地未知'])}。"),
        ("ip_value_first", lambda: f"{ip()}这个地址在一周内提交了十几条留言。"),
        ("ip_english", lambda: f"IP address: {ip()}"),
        ("ip_brackets", lambda: f"{a()}的家属（IP {ip()}）在凌晨三点留言询问病情。"),
        ("ip_audit", lambda: f"审核日志：{ip()} 访问了草稿页面。"),
        ("ip_remote", lambda: f"远程会诊时对方的视频终端地址是{ip()}。"),
        ("ip_v6", lambda: f"IPv6来源：{f'2408:8207:{R.randint(0x1000, 0xffff):x}:{R.randint(0x10, 0xffff):x}::{R.randint(1, 0xfff):x}'}"),
        ("ip_fullwidth", lambda: f"ＩＰ：{fw(f'{R.randint(36, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}')}"),
    ]
    T["social_account"] = [
        ("social_wechat", lambda: f"我的微信号是{pick(HANDLES)}，方便的话加一下。"),
        ("social_qq", lambda: f"QQ：{R.randint(1, 9)}{digits(R.randint(7, 9))}（{pick(REL)}）"),
        ("social_weibo", lambda: f"{a()}在微博@{pick(['小满的抗狼日记', '狼疮妈妈豆豆', '努尔兰在杭州', '阿依古丽的新生活'])} 上记录了整个治疗过程。"),
        ("social_douyin", lambda: f"抖音号：{pick(HANDLES)}{digits(2)}，里面都是她康复训练的视频。"),
        ("social_xhs", lambda: f"小红书号{digits(10)}，她在那里写了十几篇笔记。"),
        ("social_telegram", lambda: f"Telegram: @{pick(HANDLES).replace('-', '_').replace('.', '_')}"),
        ("social_instagram", lambda: f"{a()}的Instagram是@{pick(HANDLES)}，照片都是病房里拍的。"),
        ("social_value_first", lambda: f"{pick(HANDLES)}——这是{pick(REL)}的微信，有事找他。"),
        ("social_line", lambda: f"LINE ID：{pick(HANDLES)}"),
        ("social_vx", lambda: f"加V：{pick(HANDLES)}，备注“病友”"),
        ("social_facebook", lambda: f"Facebook用户名：{pick(HANDLES)}.{digits(3)}，她在那里发过出院的照片。"),
    ]
    T["resident_id"] = [
        ("rid_labelled", lambda: f"身份证号：{fmt_rid(resident_id())}"),
        ("rid_message", lambda: f"我妈的身份证号是{fmt_rid(resident_id())}，挂号需要这个吗？"),
        ("rid_value_first", lambda: f"{fmt_rid(resident_id())}（患者身份证）"),
        ("rid_wrong_check", lambda: f"公民身份号码{resident_id(wrong=True)}，复印件已留存。"),
        ("rid_old15", lambda: f"老人的身份证还是旧的十五位：{old_id()}。"),
        ("rid_english", lambda: f"ID card No.: {resident_id()}"),
        ("rid_brackets", lambda: f"{a()}（身份证{fmt_rid(resident_id())}）已完成实名登记。"),
        ("rid_fullwidth", lambda: f"身份证：{fw(resident_id())}"),
        ("rid_form", lambda: f"证件类型：居民身份证　证件号码：{resident_id()}"),
        ("rid_dialogue", lambda: f"“身份证号我背得出来，{resident_id()}，”{pick(REL)}对护士说。"),
    ]
    T["national_id"] = [
        ("natid_labelled", lambda: "{0}：{1}".format(*national_id())),
        ("natid_message", lambda: "我的{0}是{1}，需要一起提交吗？".format(*national_id())),
        ("natid_iin", lambda: f"ИИН {R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(6)}，{a()}在哈萨克斯坦的个人识别号。"),
        ("natid_value_first", lambda: "{1}（{0}）".format(*national_id())),
        ("natid_snils", lambda: f"СНИЛС {digits(3)}-{digits(3)}-{digits(3)} {digits(2)}，保险公司要求核对。"),
        ("natid_ssn", lambda: f"SSN: {R.randint(100, 665)}-{digits(2)}-{digits(4)}，{a()}在美国工作时的社保号。"),
        ("natid_korean", lambda: f"{a()}的韩国居民登录号码为{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1, 2)}{digits(6)}。"),
        ("natid_hk", lambda: f"香港身份证号{pick('ACDEGHKPRVYZ')}{digits(6)}({R.randint(0, 9)})，已核对。"),
        ("natid_pinfl", lambda: f"Uzbek PINFL: 3{digits(13)}"),
        ("natid_aadhaar", lambda: f"{a()}提供了Aadhaar号{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}用于签证材料。"),
    ]
    T["passport_number"] = [
        ("passport_labelled", lambda: f"护照号：{passport()}"),
        ("passport_message", lambda: f"我的护照号码是{passport()}，邀请函上要写这个吗？"),
        ("passport_value_first", lambda: f"{passport()}（护照）"),
        ("passport_english", lambda: f"Passport No. {passport()}"),
        ("passport_story", lambda: f"{a()}持{pick(['哈萨克斯坦', '俄罗斯', '乌兹别克斯坦', '蒙古国', '越南', '中国'])}护照（{passport()}）入境就医。"),
        ("passport_brackets", lambda: f"医疗签证邀请函已按护照{passport()}开具。"),
        ("passport_lowercase", lambda: f"护照号 {passport().lower()}，麻烦核对一下。"),
        ("passport_fullwidth", lambda: f"护照：{fw(passport())}"),
        ("passport_dialogue", lambda: f"“护照号是{passport()}，我拍照发您，”{pick(REL)}说。"),
        ("passport_russian", lambda: f"Загранпаспорт {digits(2)} {digits(7)}，{a()}的出入境记录都在上面。"),
    ]
    T["medical_record_number"] = [
        ("mrn_labelled", lambda: f"住院号：{mrn()}"),
        ("mrn_message", lambda: f"我爸的病案号是{mrn()}，想复印一下病历。"),
        ("mrn_value_first", lambda: f"{mrn()}（门诊号）"),
        ("mrn_english", lambda: f"MRN: {mrn()}"),
        ("mrn_story", lambda: f"{a()}的病历号{mrn()}在系统里已经有三百多条检查记录。"),
        ("mrn_caption", lambda: f"图为{a()}的出院小结（ID号：{mrn()}，已获授权）。"),
        ("mrn_id_number", lambda: f"患者ID {mrn()}，请于复诊时携带。"),
        ("mrn_fullwidth", lambda: f"病案号：{fw(mrn())}"),
        ("mrn_brackets", lambda: f"住院期间（住院号{mrn()}）共输注白蛋白十二次。"),
        ("mrn_outpatient", lambda: f"门诊病历号{pick(['MZ', 'OP', ''])}{R.randint(18, 24)}-{digits(6)}，复诊挂号时报这个号就行。"),
        ("mrn_emergency", lambda: f"急诊号：JZ{digits(8)}（急诊病历）"),
    ]
    T["health_plan_number"] = [
        ("hp_labelled", lambda: f"医保卡号：{health_plan()}"),
        ("hp_message", lambda: f"我的社保卡号是{health_plan()}，异地就医备案要填这个吗？"),
        ("hp_value_first", lambda: f"{health_plan()}（医保个人编号）"),
        ("hp_policy", lambda: f"{pick(['商业保险', '惠民保', '百万医疗险', '重疾险'])}保单号{pick(['P', 'BD', '86'])}{digits(14)}，理赔资料已提交。"),
        ("hp_nrcms", lambda: f"新农合证号{digits(12)}，{a()}一家五口都在这一本上。"),
        ("hp_english", lambda: f"Insurance member ID: {pick(['XQH', 'BCB', 'W'])}{digits(9)}"),
        ("hp_foreign", lambda: f"{a()}的{pick(['哈萨克斯坦强制医保', '俄罗斯ОМС医保', '韩国国民健康保险'])}号为{digits(16)}。"),
        ("hp_brackets", lambda: f"费用已按医保（卡号{health_plan()}）结算。"),
        ("hp_dialogue", lambda: f"“医保卡号是{health_plan()}，卡在我这里，”{pick(REL)}说。"),
        ("hp_fullwidth", lambda: f"社保号：{fw(health_plan())}"),
        ("hp_oms", lambda: f"Полис ОМС {digits(16)}"),
    ]
    T["account_number"] = [
        ("acct_bank", lambda: f"捐款账户：{bank()}（户名：{pick(['患者本人', '患者丈夫', '患者母亲'])}）"),
        ("acct_message", lambda: f"退费请打到我的银行卡{bank()}，户名是患者本人。"),
        ("acct_iban", lambda: f"IBAN: KZ{digits(2)}{pick(['722S', '601A', '998C'])}{digits(12)}"),
        ("acct_value_first", lambda: f"{bank()}（{pick(REL)}的卡）"),
        ("acct_alipay", lambda: f"支付宝账户{digits(16)}，{pick(['众筹款都转到这里', '用于接收退款'])}。"),
        ("acct_story", lambda: f"为了凑治疗费，{a()}把工资卡{bank()}交给了弟弟打理。"),
        ("acct_brackets", lambda: f"医院已将押金余额退回（账号{bank()}）。"),
        ("acct_fullwidth", lambda: f"卡号：{fw(bank().replace(' ', ''))}"),
        ("acct_swift", lambda: f"SWIFT: {pick(['BKCHCNBJ', 'KCJBKZKX', 'HSBCHKHH'])}，Account No. {digits(12)}"),
        ("acct_wechat_pay", lambda: f"微信支付商户单号对应的收款账户为{digits(10)}，请财务核对。"),
    ]
    T["licence_number"] = [
        ("lic_labelled", lambda: "{0}：{1}".format(*licence())),
        ("lic_doctor", lambda: f"主刀医生的执业证书编码为{licence()[1]}，可在卫健委网站查询。"),
        ("lic_value_first", lambda: "{1}（{0}）".format(*licence())),
        ("lic_driver", lambda: f"{a()}的驾驶证号{cn_region()}{digits(8)}{digits(4)}，因癫痫发作已被暂扣。"),
        ("lic_message", lambda: "我的{0}是{1}，病假证明上要写吗？".format(*licence())),
        ("lic_english", lambda: f"Driver licence No.: {pick(['AA', 'B', 'D'])}{digits(7)}"),
        ("lic_nurse", lambda: f"护士执业证书编号20{R.randint(10, 23)}{digits(8)}已在系统中登记。"),
        ("lic_brackets", lambda: f"{a()}是一名货车司机（驾驶证档案编号{digits(12)}），生病后停运了半年。"),
        ("lic_fullwidth", lambda: f"执业证号：{fw(licence()[1])}"),
        ("lic_pharmacist", lambda: f"药师注册证号{digits(4)}{R.randint(10, 23)}{digits(7)}，处方审核人签字。"),
    ]
    T["vehicle_identifier"] = [
        ("veh_plate", lambda: f"车牌号：{vehicle()}"),
        ("veh_story", lambda: f"{pick(REL)}开着{vehicle()}连夜把{a()}送到了急诊。"),
        ("veh_value_first", lambda: f"{vehicle()}这辆车在医院停车场停了整整一个月。"),
        ("veh_message", lambda: f"我的车是{vehicle()}，能不能在住院部门口临时停一下？"),
        ("veh_vin", lambda: f"车架号（VIN）：L{pick(['SV', 'FV', 'GW', 'VG', 'BV'])}{pick('ABCDEFGH')}{digits(2)}{pick('ABCDEFGHJKLMN')}{digits(10)}"),
        ("veh_foreign", lambda: f"{a()}从{pick(['阿拉木图', '比什凯克', '塔什干'])}自驾过来，车牌是{vehicle()}。"),
        ("veh_brackets", lambda: f"接送{a()}的志愿者车辆（{vehicle()}）已登记。"),
        ("veh_fullwidth", lambda: f"车牌：{pick(list('京沪浙粤苏川'))}{fw(pick('ABCDE'))}{fw(digits(5))}"),
        ("veh_english", lambda: f"Plate: {vehicle()}"),
        ("veh_ambulance", lambda: f"转运救护车{vehicle()}于凌晨抵达。"),
    ]
    T["device_identifier"] = [
        ("dev_labelled", lambda: "{0}：{1}".format(*device())),
        ("dev_pacemaker", lambda: f"{a()}植入的起搏器序列号为PJN{digits(6)}S，随访卡随身携带。"),
        ("dev_value_first", lambda: "{1}（{0}）".format(*device())),
        ("dev_pump", lambda: f"胰岛素泵SN：NG{digits(7)}H，{a()}每三天换一次管路。"),
        ("dev_imei", lambda: f"丢失的手机IMEI是{digits(15)}，里面有所有的检查照片。"),
        ("dev_mac", lambda: f"家用监护仪的MAC地址{':'.join(f'{R.randint(0, 255):02X}' for _ in range(6))}已绑定到随访平台。"),
        ("dev_cgm", lambda: f"动态血糖传感器编号{pick('ABCDEFGH')}{digits(3)}{pick('KLMNPQ')}{digits(5)}，数据已同步。"),
        ("dev_message", lambda: f"我的助听器序列号是{digits(4)}H{digits(4)}，保修要找医院还是厂家？"),
        ("dev_implant_card", lambda: f"植入物识别卡：{pick(['人工关节', '心脏瓣膜', '人工耳蜗', 'ICD'])} S/N {pick(['RLY', 'CI', 'HV', 'ZX'])}{digits(6)}"),
        ("dev_fullwidth", lambda: f"设备序列号：{fw(pick('ABCDEFGH') + digits(9))}"),
        ("dev_udi", lambda: f"UDI (01)0{digits(13)}(21){digits(8)}"),
    ]
    T["other_number"] = [
        ("other_labelled", lambda: "{0}：{1}".format(*other_num())),
        ("other_message", lambda: "我的{0}是{1}，麻烦帮忙查一下。".format(*other_num())),
        ("other_value_first", lambda: "{1}（{0}）".format(*other_num())),
        ("other_court", lambda: f"医疗纠纷案号（20{R.randint(18, 23)}）{pick(['京0105', '浙0102', '沪0104', '粤0106'])}民初{R.randint(1000, 29999)}号已调解结案。"),
        ("other_ticket", lambda: f"{a()}的机票订单号{digits(12)}，航班改签后要重新开邀请函。"),
        ("other_student", lambda: f"{a()}是大二学生，学号20{R.randint(15, 23)}{digits(6)}，需要开休学证明。"),
        ("other_employee", lambda: f"单位工号{pick(['HZ', 'BJ', 'E', 'NO.'])}{digits(5)}，病假条请写这个。"),
        ("other_claim", lambda: f"理赔报案号LP{digits(12)}，保险公司说还缺一份病理报告。"),
        ("other_crowdfund", lambda: f"众筹项目编号{digits(8)}下一共筹到了十二万元。"),
        ("other_express", lambda: f"药已寄出，顺丰单号SF{digits(13)}。"),
        ("other_english", lambda: f"Booking reference: {pick('KMPQRXZ')}{pick('ABCDEFGH')}{digits(1)}{pick('JKLMN')}{digits(1)}{pick('QRSTUV')}"),
        ("other_fullwidth", lambda: f"挂号序号：{fw('GH' + digits(10))}"),
    ]
    return T


# ---------------------------------------------------------------- several identifiers in one sentence
def combo_templates():
    return [
        ("combo_name_phone", "person_name,phone_number", lambda: f"{cn_name()}，电话{any_phone()}，{pick(['白天打', '请加急回电', '是患者本人'])}。"),
        ("combo_form_name_dob_mrn", "person_name,date_of_birth,medical_record_number", lambda: f"姓名：{cn_name()}　出生日期：{dob_value()}　住院号：{mrn()}"),
        ("combo_address_postal", "street_address,postal_code", lambda: f"{cn_address()}，邮编{str(R.choice([100, 200, 310, 510, 610, 830]) * 1000 + R.randint(0, 99)).zfill(6)}"),
        ("combo_name_email", "person_name,email", lambda: f"{pick(FOREIGN_LATIN + PINYIN)} <{email('plain')}>"),
        ("combo_name_rid", "person_name,resident_id", lambda: f"{pick(REL)}{cn_name()}的身份证号{resident_id()}已登记。"),
        ("combo_date_name", "exact_date,person_name", lambda: f"{fmt_date(*rand_ymd())}，{any_name()}在我院接受了CAR-T细胞回输。"),
        ("combo_name_age90", "person_name,age_over_89", lambda: f"{cn_name()}老人今年{age90()}，是病区里年纪最大的患者。"),
        ("combo_passport_name", "person_name,passport_number", lambda: f"{pick(['NURLAN KASYMOV', 'AIGERIM NURLANOVNA', 'DILNOZA KARIMOVA', 'NGUYEN THI LAN', 'SERGEI VOLKOV'])}, Passport {passport()}"),
        ("combo_name_social", "person_name,social_account", lambda: f"{pick(NICK + FOREIGN_GIVEN)}留了微信号{pick(HANDLES)}，说随时可以联系。"),
        ("combo_phone_address", "street_address,phone_number", lambda: f"收件地址：{cn_address()}；电话：{cn_mobile()}"),
        ("combo_name_date_device", "person_name,exact_date,device_identifier", lambda: f"{cn_name()}于{fmt_date(*rand_ymd(), style='cn')}植入起搏器（序列号PJN{digits(6)}S）。"),
        ("combo_foreign_full", "person_name,national_id,phone_number", lambda: f"{pick(['努尔兰·卡斯木', '叶尔兰·阿斯哈尔', '古丽娜尔·别克', '阿斯卡尔·努尔兰诺维奇', 'Bakhyt Seitkali', 'Aigerim Nurlanovna', 'Yerlan Akhmetov'])}，ИИН {R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(6)}，手机{intl_phone()}"),
        ("combo_name_plate", "person_name,vehicle_identifier", lambda: f"{pick(WORD_NAMES + NICK)}开着{vehicle()}来接{pick(['妻子', '母亲', '孩子'])}出院。"),
        ("combo_hp_mrn", "health_plan_number,medical_record_number", lambda: f"医保卡号{health_plan()}，住院号{mrn()}，请核对后结算。"),
        ("combo_dob_age90", "date_of_birth,age_over_89", lambda: f"老人生于{fmt_date(R.randint(1925, 1933), R.randint(1, 12), R.randint(1, 28), style='cn')}，今年{age90()}。"),
    ]


# ---------------------------------------------------------------- clean sentences
DRUGS = ["泼尼松", "甲泼尼龙", "环磷酰胺", "吗替麦考酚酯", "羟氯喹", "他克莫司", "贝利尤单抗", "利妥昔单抗",
         "甲氨蝶呤", "托法替布", "阿达木单抗", "环孢素", "来氟米特", "氟达拉滨", "托珠单抗"]
BRANDS = ["修美乐", "恩利", "赫赛汀", "格列卫", "泰瑞沙", "可瑞达", "美罗华", "倍力腾", "雅美罗", "骁悉"]
GENES = ["TP53", "HLA-B27", "BRCA1", "BRCA2", "EGFR", "JAK2 V617F", "FLT3-ITD", "KRAS G12C", "BCR-ABL1",
         "HLA-B*58:01", "MTHFR C677T", "NPM1", "IKZF1", "CD19", "BCMA", "ALK", "PD-L1"]
HOSP = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "浙江大学医学院附属第一医院", "中山大学附属第一医院",
        "梅奥诊所", "新疆医科大学第一附属医院", "哈萨克斯坦国家医学中心", "郑州大学第一附属医院", "上海交通大学医学院附属瑞金医院"]
EPONYM = ["桥本甲状腺炎", "干燥综合征（Sjögren综合征）", "雷诺现象", "霍奇金淋巴瘤", "帕金森病", "克罗恩病", "川崎病",
          "唐氏综合征", "阿尔茨海默病", "吉兰-巴雷综合征", "库欣综合征", "白塞病", "格雷夫斯病", "Still病"]
PROV = ["新疆", "云南", "黑龙江", "河南", "甘肃", "广西", "内蒙古", "西藏", "福建", "江西", "哈萨克斯坦", "乌兹别克斯坦",
        "吉尔吉斯斯坦", "俄罗斯", "蒙古国", "越南", "阿联酋"]
SURNAME_WORDS = ["高血压", "白细胞", "黄疸", "方案", "石膏", "金属", "任何", "于是", "常规", "钟点工", "周围神经", "毛细血管",
                 "林间", "陈旧性", "程序", "马上", "温度", "江西", "韩国", "夏季", "孔径", "曾经", "胡萝卜", "沈阳", "秦皇岛",
                 "万一", "龙眼", "雷帕霉素", "罗红霉素", "贾第虫", "苏醒"]


SURNAME_SENTENCES = [
    "高血压控制不好，肾脏损伤会进一步加重。", "白细胞一度降到1.2，只能住进层流病房。", "黄疸消退以后，她的胃口也慢慢好了。",
    "方案调整后第三周，尿蛋白开始下降。", "石膏拆掉那天，她自己走到了护士站。", "金属植入物不影响做这项检查。",
    "任何时候觉得不舒服，都可以回来复诊。", "于是她决定再试一次。", "常规复查安排在每个月的第一周。",
    "钟点工阿姨每天下午来帮忙做饭。", "周围神经病变让他的手脚一直发麻。", "毛细血管渗漏是CAR-T治疗后需要警惕的并发症。",
    "陈旧性脑梗死的病灶在磁共振上依然可见。", "程序性死亡受体1抑制剂是一类免疫治疗药物。", "马上就要过年了，她想回家看看。",
    "温度计显示38.6℃，护士立即通知了值班医生。", "江西的亲戚听说后专门赶来探望。", "韩国的病友也在群里问过同样的问题。",
    "夏季紫外线强，狼疮患者外出要注意防晒。", "孔径只有几毫米的穿刺针让她放心了不少。", "曾经的她连梳头都抬不起手。",
    "胡萝卜和鸡蛋是她住院期间最常吃的菜。", "沈阳来的那位大哥和她在同一个病区。", "秦皇岛的海风让她想起了小时候。",
    "万一出现发热，要第一时间告诉医生。", "龙眼和荔枝这类水果要少吃。", "雷帕霉素是另一种可选的免疫抑制剂。",
    "罗红霉素这次没有用上。", "苏醒后她第一句话是问孩子怎么样了。", "毛发脱落在停药半年后明显好转。",
    "高热持续了三天才退下来。", "白蛋白输了十二次，水肿才慢慢消退。", "黄芪和当归是她母亲从老家带来的。",
    "方便的时候请把近期化验单拍照上传。", "金黄色葡萄球菌感染已经控制。", "常州的一家医院最早怀疑是狼疮。",
    "于是全家人商量，还是来杭州试试。", "史上第一例CAR-T治疗是在白血病患者身上完成的。", "钱的事情她一开始没告诉家里人。",
    "汤药和西药要间隔一小时服用。", "孟德尔遗传规律可以解释这个家族的发病情况。",
    "田间劳作时她总是戴着宽檐帽。", "丘疹和红斑在回输后两周内消失了。", "武汉转诊来的资料很完整。",
]


def month_year():
    y, m = R.randint(2012, 2024), R.randint(1, 12)
    return pick([f"{y}年{m}月", f"{y}年{cn_number(m)}月", f"{y}.{m:02d}", f"{y}年{m}月中旬", f"{y}年{m}月底",
                 f"{['January', 'March', 'May', 'August', 'October', 'December'][R.randint(0, 5)]} {y}", f"{y}年初", f"{y}年秋天"])


def clean_templates():
    a = alias
    return [
        ("clean_dose", lambda: f"{pick(DRUGS)}{pick(['5', '10', '20', '40', '60', '0.5', '1', '2.5', '500', '750'])} {pick(['mg', 'g', 'mg/kg', 'mg/m²'])}，{pick(['每日一次', '每日两次', '每周一次', 'q12h', 'qd', 'bid', '静脉滴注'])}。"),
        ("clean_dose", lambda: f"激素从每天{R.randint(6, 16)}片减到{R.randint(1, 5)}片，用了{cn_number(R.randint(3, 18))}个月。"),
        ("clean_lab", lambda: f"血小板{R.randint(8, 420)}×10⁹/L，血红蛋白{R.randint(58, 160)} g/L，白细胞{R.randint(15, 150) / 10} ×10⁹/L。"),
        ("clean_lab", lambda: f"24小时尿蛋白{R.randint(1, 80) / 10} g，血肌酐{R.randint(45, 420)} μmol/L，补体C3 {R.randint(20, 140) / 100} g/L。"),
        ("clean_lab_range", lambda: f"抗dsDNA抗体{R.randint(12, 900)} IU/mL（参考范围0–{pick(['100', '30', '20'])}）。"),
        ("clean_lab_range", lambda: f"参考值：{pick(['ALT 7–40 U/L', '肌酐 44–133 μmol/L', '血钾 3.5–5.3 mmol/L', 'CRP 0–8 mg/L', '铁蛋白 30–400 ng/mL'])}，{a()}的结果在正常范围内。"),
        ("clean_bp", lambda: f"入院时血压{R.randint(95, 190)}/{R.randint(55, 120)} mmHg，心率{R.randint(56, 130)}次/分。"),
        ("clean_score", lambda: f"SLEDAI-2K评分从{R.randint(12, 28)}分降到了{R.randint(0, 6)}分。"),
        ("clean_score", lambda: f"{pick(['ECOG', 'EDSS', 'NIHSS', 'GCS', 'Barthel指数', 'DAS28', 'NYHA分级'])}{pick(['评分', ''])}{R.randint(0, 15)}{pick(['分', ''])}，{pick(['较前明显改善', '与上次持平', '提示病情稳定'])}。"),
        ("clean_ratio", lambda: f"ANA 1:{pick(['80', '160', '320', '640', '1000', '3200'])}，{pick(['均质型', '斑点型', '核仁型'])}。"),
        ("clean_time", lambda: (lambda p: f"每天{p[0]}{R.randint(*p[1])}:{pick(['00', '15', '30', '45'])}")(pick([('早上', (6, 8)), ('上午', (8, 11)), ('下午', (2, 5)), ('晚上', (7, 10))])) + f"服药，{pick(['饭后半小时', '空腹', '随餐'])}。"),
        ("clean_duration", lambda: f"细胞回输只用了{R.randint(10, 40)}分钟，之后观察了{R.randint(2, 24)}小时。"),
        ("clean_count", lambda: f"{pick(['这些年', '七年来', '前后'])}她一共住院{cn_number(R.randint(3, 30))}次，做过{R.randint(2, 12)}次肾穿刺和骨穿。"),
        ("clean_gene", lambda: f"基因检测提示{pick(GENES)}{pick(['阳性', '阴性', '突变', '未检出', '融合'])}，{pick(['需要调整方案', '不影响后续治疗', '建议家属也查一下'])}。"),
        ("clean_variant", lambda: f"检出{pick(['c.1799T>A (p.V600E)', 'c.35G>T', 'exon 19 del', 'c.2573T>G (p.L858R)', 'rs1800562'])}，变异频率{R.randint(2, 48)}.{R.randint(0, 9)}%。"),
        ("clean_trial", lambda: f"该研究已在{pick(['ClinicalTrials.gov', '中国临床试验注册中心'])}注册（{pick(['NCT0' + digits(7), 'ChiCTR2' + digits(9), 'ChiCTR-IIR-' + digits(8), 'ChiCTR-OPC-' + digits(8)])}）。"),
        ("clean_trial", lambda: f"EudraCT {R.randint(2015, 2023)}-{digits(6)}-{digits(2)}是这项多中心研究的欧洲登记号。"),
        ("clean_icd", lambda: "诊断编码{0}（ICD-10），{1}，{2}。".format(*pick([('M32.1', '系统性红斑狼疮伴器官受累'), ('M32.9', '系统性红斑狼疮'), ('D69.3', '免疫性血小板减少症'), ('N04.9', '肾病综合征'), ('C83.3', '弥漫大B细胞淋巴瘤'), ('E11.9', '2型糖尿病'), ('I10', '原发性高血压'), ('G35', '多发性硬化'), ('C91.0', '急性淋巴细胞白血病')]), pick(['已录入病案首页', '医保按此结算', '随访表同步更新']))),
        ("clean_drugcode", lambda: pick([f"ATC编码{pick(['L04AA26', 'L01XC02', 'H02AB07', 'L04AB04', 'P01BA02', 'L04AC07'])}", f"国药准字{pick(['H', 'S', 'J'])}20{R.randint(10, 23)}{digits(4)}", f"批号{R.randint(20, 24)}{digits(4)}{pick(['A', 'B', ''])}"]) + f"，{pick(['用于本例患者的', '药房核对过的', '说明书上标注的'])}{pick(BRANDS)}。"),
        ("clean_guideline", lambda: f"治疗依据《{pick(['2019 EULAR/ACR系统性红斑狼疮分类标准', '中国系统性红斑狼疮诊疗指南（2020）', 'KDIGO 2021肾小球疾病指南', 'NCCN淋巴瘤指南（2023.1版）', '成人原发免疫性血小板减少症诊断与治疗中国指南（2020年版）'])}》。"),
        ("clean_month_year", lambda: f"{month_year()}，{a()}开始出现{pick(['面部红斑', '关节疼痛', '脱发', '口腔溃疡', '蛋白尿'])}。"),
        ("clean_month_year", lambda: f"{month_year()}：{pick(['确诊系统性红斑狼疮', '开始使用' + pick(DRUGS), '行脑部手术', '转入我院', '完成第二次随访'])}"),
        ("clean_year", lambda: f"{R.randint(1998, 2024)}年，{a()}{pick(['第一次听说CAR-T', '从老家搬到城里', '生了二胎', '开始透析'])}。"),
        ("clean_decade", lambda: f"{pick(['上世纪九十年代', '八十年代', '90年代末', '2000年代初', '七十年代'])}，这种病{pick(['几乎没有特效药', '五年生存率还不到一半', '常被误诊为风湿热'])}。"),
        ("clean_age_under90", lambda: f"{R.randint(3, 89)}岁的{a()}{pick(['因血小板减少入院', '确诊狼疮已经七年', '是家里唯一的劳动力', '第一次坐飞机'])}。"),
        ("clean_age_under90", lambda: f"{pick(['患者A', '患者B', '患者C', '患儿D'])}，{pick(['男', '女'])}，{cn_number(R.randint(18, 89))}岁，{pick(['哈萨克族', '维吾尔族', '汉族', '彝族', '回族', '俄罗斯籍', '越南籍'])}。"),
        ("clean_age_89", lambda: f"{pick(['89岁', '八十九岁', '88岁', '八十多岁', '快九十岁'])}的{pick(['老人', a()])}{pick(['恢复得比年轻人还快', '术后第二天就能坐起来', '坚持自己签字'])}。"),
        ("clean_money", lambda: f"整个疗程花费约{pick(['¥', '人民币', ''])}{R.randint(5, 120)}{pick(['万元', ',000元', '万'])}，其中医保报销了{R.randint(20, 75)}%。"),
        ("clean_money", lambda: f"每支{pick(BRANDS)}{R.randint(800, 9800)}元，一个月要打{R.randint(1, 4)}支。"),
        ("clean_ward", lambda: f"{pick(['门诊楼三层', '住院部十二楼', '血液科二病区', 'CAR-T病房', '国际医疗部VIP病区', '层流病房', '急诊留观区'])}的护士们{pick(['都认识她', '给她过了生日', '每天帮她称体重'])}。"),
        ("clean_place", lambda: f"{a()}从{pick(PROV)}{pick(CITY)}出发，辗转{pick(['三', '四', '五'])}家医院才来到杭州。"),
        ("clean_place", lambda: f"{pick(PROV)}的患者近年来越来越多地选择到{pick(['北京', '上海', '杭州', '广州', '成都'])}就医。"),
        ("clean_dept", lambda: f"{pick(DEPT)}、{pick(DEPT)}和{pick(DEPT)}联合制定了治疗方案。"),
        ("clean_hospital", lambda: f"{a()}先后在{pick(HOSP)}和{pick(HOSP)}就诊。"),
        ("clean_brand", lambda: "{0}（{1}）{2}。".format(*pick([('修美乐', '阿达木单抗'), ('赫赛汀', '曲妥珠单抗'), ('格列卫', '伊马替尼'), ('泰瑞沙', '奥希替尼'), ('可瑞达', '帕博利珠单抗'), ('美罗华', '利妥昔单抗'), ('倍力腾', '贝利尤单抗'), ('雅美罗', '托珠单抗'), ('骁悉', '吗替麦考酚酯'), ('恩利', '依那西普')]), pick(['已纳入国家医保目录', '需要冷藏保存', '每两周注射一次', '是她用过的第三种生物制剂']))),
        ("clean_eponym", lambda: f"{a()}同时合并{pick(EPONYM)}，需要长期随访。"),
        ("clean_eponym", lambda: f"{pick(EPONYM)}和狼疮的早期症状有时很相似。"),
        ("clean_alias", lambda: f"{a()}说：“{pick(['我终于可以抱孩子了。', '以前一个月要跑三趟医院。', '现在我每天都能睡个好觉。', '谢谢你们没有放弃我。'])}”"),
        ("clean_alias", lambda: f"{pick(['患者A', '小B', 'C先生', 'D女士', 'Ms. A', 'Mr. B', 'Patient C'])}和{pick(['患者E', '小F', 'G先生', 'H女士'])}是同一批接受治疗的。"),
        ("clean_relation", lambda: f"{pick(REL)}{pick(['辞掉了工作专门陪护', '每天给她熬粥', '带她跑遍了省里的医院', '学会了打皮下注射'])}。"),
        ("clean_surname_word", lambda: pick(SURNAME_SENTENCES)),
        ("clean_surname_word", lambda: f"{pick(['高血压', '黄疸', '白细胞减少', '周围神经病变', '毛细血管渗漏综合征'])}是{pick(['常见的不良反应', '需要监测的指标', '入院时的主要问题'])}之一。"),
        ("clean_surname_word", lambda: f"于是，{a()}决定按{pick(['常规方案', '新的方案', '医生建议的方案'])}继续治疗。"),
        ("clean_surname_word", lambda: f"{pick(['石膏固定', '金属内固定', '钟点工', '任何检查', '常规复查'])}{pick(['都要提前预约', '需要六周左右', '的费用不高'])}。"),
        ("clean_job", lambda: f"{pick(['主任医师', '护士长', '主治医师', '责任护士', '临床药师', '心理咨询师', '患者协调员', '翻译'])}{pick(['每天查房两次', '负责解答家属的问题', '会全程陪同检查'])}。"),
        ("clean_cap_start", lambda: f"{pick(['CAR-T', 'MDT', 'ICU', 'PICC', 'CRS', 'ICANS', 'IVIG', 'PET-CT', 'MRI'])}{pick(['是这次治疗的关键', '评估结果良好', '之后没有出现并发症', '在第二周完成'])}。"),
        ("clean_book", lambda: f"她床头放着一本《{pick(['活着', '平凡的世界', '狼疮患者自我管理手册', '百年孤独', '红楼梦'])}》，{pick(['是女儿送的', '每天读几页', '已经翻旧了'])}。"),
        ("clean_relative_day", lambda: (lambda d: f"回输后第{d}天（D+{d}），")(R.randint(1, 90)) + f"{pick(['体温恢复正常', 'B细胞清零', '复查骨髓未见异常', '出现1级CRS'])}。"),
        ("clean_dosing_cycle", lambda: f"第{cn_number(R.randint(1, 8))}疗程结束后，{pick(['肿瘤缩小了一半', '尿蛋白转阴', '血小板稳定在100以上'])}。"),
        ("clean_percent", lambda: f"CD19阳性B细胞占{R.randint(0, 30)}.{R.randint(0, 9)}%，{pick(['较回输前明显下降', '提示B细胞耗竭', '仍需观察'])}。"),
        ("clean_weight", lambda: f"{a()}身高{R.randint(140, 190)} cm，体重从{R.randint(45, 95)} kg降到了{R.randint(40, 70)} kg。"),
        ("clean_historical", lambda: f"{pick(['正如南丁格尔所说', '李时珍在《本草纲目》里早有记载', '白求恩当年走过的山路', '华佗的麻沸散传说'])}，{pick(['护理是一门艺术', '这味药可以清热', '如今修成了公路', '至今仍被人提起'])}。"),
        ("clean_message", lambda: f"医生您好，我{pick(['妈妈', '爸爸', '女儿', '丈夫'])}{pick(['确诊狼疮三年了', '血小板一直很低', '尿蛋白3个加号', '吃了两年激素'])}，{pick(['想问问能不能做CAR-T', '请问需要带哪些资料', '大概要住多久', '费用大概多少'])}？"),
        ("clean_reply", lambda: f"您好，请准备近{R.randint(1, 6)}个月的检查报告和出院小结，{pick(['我们的协调员会在两个工作日内联系您', '可以先在线提交资料', '翻译服务免费'])}。"),
        ("clean_visa", lambda: f"{pick(['哈萨克斯坦', '俄罗斯', '乌兹别克斯坦', '蒙古国', '越南'])}患者来华就医一般需要办理{pick(['M字签证', '医疗签证', '探亲签证'])}，周期约{R.randint(5, 20)}个工作日。"),
        ("clean_temperature", lambda: f"最高体温{R.randint(37, 40)}.{R.randint(0, 9)}℃，{pick(['持续三天', '用退热药后下降', '伴寒战'])}。"),
        ("clean_phone_like", lambda: f"请拨打{pick(['120', '110', '12320', '12345', '999', '911', '103'])}{pick(['急救电话', '卫生热线', '市民热线', ''])}{pick(['寻求帮助', '咨询', ''])}。"),
        ("clean_units", lambda: f"输注速度{R.randint(20, 200)} mL/h，总量{R.randint(100, 1000)} mL，{pick(['约需两小时', '全程心电监护', '无不良反应'])}。"),
        ("clean_cell_dose", lambda: f"CAR-T细胞剂量为{R.randint(1, 5)}×10⁶/kg，{pick(['分两次回输', '一次回输', '按体重计算'])}。"),
        ("clean_version", lambda: f"{pick(['出院小结模板', '随访系统', '留言表单'])}已更新到{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 9)}版本。"),
        ("clean_floor_room_generic", lambda: f"请到{pick(['一楼大厅', '二楼采血处', '三楼自助机', '负一层影像科', '门诊楼五楼'])}{pick(['办理', '排队', '取报告'])}。"),
        ("clean_quote_doctor", lambda: f"医生解释说：“{pick(['她入院时全身水肿，蛋白尿很重，抗体阳性。', 'CAR-T细胞可以穿透组织屏障，清除深部的B细胞。', '传统治疗和生物制剂都已经无效。', '随访三个月，补体已经恢复正常。'])}”"),
        ("clean_outcome", lambda: f"目前{a()}已停用{pick(['全部激素', '免疫抑制剂', '降压药'])}{cn_number(R.randint(2, 18))}个月，{pick(['病情没有复发', '各项指标正常', '已经回到工作岗位'])}。"),
        ("clean_season", lambda: f"{pick(['去年冬天', '今年春天', '那年夏天', '前年秋天', '春节前后', '国庆假期期间'])}，{a()}{pick(['病情突然加重', '第一次来到杭州', '顺利出院回家', '开始规律复查'])}。"),
        ("clean_weekday", lambda: f"{pick(['每周二', '每周四上午', '周一至周五', '每月第一个周三'])}是{pick(DEPT)}的专家门诊时间。"),
        ("clean_lunar_generic", lambda: f"{pick(['每年腊月', '端午前后', '中秋节'])}，{pick(['家里人都会来看她', '她总要回老家一趟', '病房会给大家发月饼'])}。"),
        ("clean_ethnicity", lambda: f"{a()}是{pick(['哈萨克族', '维吾尔族', '藏族', '蒙古族', '壮族', '朝鲜族'])}，{pick(['会说三种语言', '一家人都靠放牧为生', '平时吃得比较咸'])}。"),
        ("clean_hla", lambda: f"HLA配型{pick(['10/10', '9/10', '5/10'])}相合，{pick(['供者是她哥哥', '最终选择了半相合移植', '中华骨髓库找到了供者'])}。"),
        ("clean_blood_type", lambda: f"血型{pick(['A型', 'B型', 'O型', 'AB型'])}，Rh{pick(['阳性', '阴性'])}，{pick(['备血两个单位', '已交叉配血'])}。"),
        ("clean_flight_generic", lambda: f"从{pick(CITY)}到杭州{pick(['有直飞航班', '要在乌鲁木齐转机', '坐火车需要两天'])}，{a()}这次{pick(['坐的是轮椅通道', '由医护人员陪同', '带着便携式氧气瓶'])}。"),
    ]


# ---------------------------------------------------------------- assembly
KINDS = ["person_name", "street_address", "postal_code", "geolocation", "exact_date", "date_of_birth",
         "age_over_89", "phone_number", "email", "web_address", "ip_address", "social_account", "resident_id",
         "national_id", "passport_number", "medical_record_number", "health_plan_number", "account_number",
         "licence_number", "vehicle_identifier", "device_identifier", "other_number"]

PER_KIND = 56
NAME_ROWS = 250
COMBO_ROWS = 150
CLEAN_ROWS = 1180


def fill(rows, seen, templates, kinds_of, target):
    """Round-robin over the templates so that every one of them is used."""
    made = 0
    tries = 0
    i = 0
    while made < target and tries < target * 60:
        tmpl = templates[i % len(templates)]
        i += 1
        tries += 1
        sentence = tmpl[-1]()
        if "\t" in sentence or "\n" in sentence or sentence in seen:
            continue
        seen.add(sentence)
        rows.append((tmpl[0], kinds_of(tmpl), sentence))
        made += 1
    return made


def build():
    rows, seen = [], set()
    fill(rows, seen, name_templates(), lambda t: "person_name", NAME_ROWS)
    for kind, templates in kind_templates().items():
        fill(rows, seen, templates, lambda t, k=kind: k, PER_KIND)
    fill(rows, seen, combo_templates(), lambda t: t[1], COMBO_ROWS)
    fill(rows, seen, clean_templates(), lambda t: "-", CLEAN_ROWS)
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, sentence in rows:
            fh.write(f"{cat}\t{kinds}\t{sentence}\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
