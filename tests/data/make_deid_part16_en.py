"""Held-out de-identification test corpus, part 16 (English).

What this is
------------
Generator for ``deid_generated_en_heldout16.tsv``: about 2,500 English sentences of the kinds a
Chinese hospital with many international patients publishes or receives -- case-story narration,
patient and relative quotes, clinicians' remarks, photo captions, timeline entries, thank-you
letters and "Leave Your Message" contact-form texts (informal, typos, lower case, mixed scripts,
full-width digits, odd spacing).  Roughly 1,150 rows are clean but tricky and roughly 1,350 hold
at least one identifier.  Each row is ``category<TAB>expected_kinds<TAB>sentence``.

How it was written
------------------
Written blind: from the task brief and general knowledge only, without looking at the scanner,
its tests, other corpus files or the repository history.  Every template, name pool and number
format below was invented for this part.  Standard library only; a fixed random seed makes the
output byte-identical on every run.  Labels are never typed by hand: every identifier enters a
sentence through a placeholder whose generator carries its kind, so the label set of a row is
exactly the set of kinds of the placeholders used in it.  Template text outside placeholders is
kept free of identifiers.

Judgement calls in the labels
-----------------------------
* A birth date is ``date_of_birth`` only, with or without year ("her birthday, 3 May" counts as a
  birth date).  Any other calendar day, with or without year, is ``exact_date``.  Month + year,
  a year alone, "born in 1987", seasons and relative days ("day 5 after surgery") are clean.
* Chinese 18-character resident ID numbers (also with a wrong check digit, spaces, dashes,
  lower-case x or full-width digits) are ``resident_id`` only, although they embed a birth date.
  Kazakh IIN, Uzbek PINFL, Mongolian register numbers etc. are ``national_id`` only, although
  they embed a birth date too.  A Russian internal passport is ``national_id``; a travel
  passport of any country is ``passport_number``.
* Ages of 90 and above in any wording (digits, words, "nonagenarian", "late nineties",
  "centenarian", Chinese 九旬 / 年过九十 / 百岁) are ``age_over_89``; "89", "in his late eighties"
  and decades below ninety are clean.
* A phone number given as a WhatsApp / Telegram / Viber / WeChat number is ``phone_number`` only.
  Handles, WeChat IDs, QQ numbers and social-network profile links are ``social_account``.
  Crowdfunding pages, blogs (including a Medium blog address) and personal home pages are
  ``web_address``.  An e-mail address built on a QQ number is ``email`` only.
* Names inside e-mail addresses, handles and URLs are not labelled ``person_name`` separately.
* Professional licence numbers always come with the clinician's name:
  ``licence_number,person_name``.  A vehicle "licence plate" is ``vehicle_identifier``.
* Visa, e-ticket, booking (PNR), court case, employee, student, courier, appointment,
  insurance-claim, invitation-letter and order numbers are ``other_number``; insurance
  member / policy / card numbers (including Russian OMS policies, BPJS, NHIF, EHIC) are
  ``health_plan_number``; bank accounts, IBANs and payment cards are ``account_number``.
* Street + number, or building / flat / room, is ``street_address``; with a postcode in the same
  address it is ``street_address,postal_code``; a postcode alone (with city or country) is
  ``postal_code``.  A city, district or country alone is clean.
* Coordinates (decimal, degrees-minutes-seconds, comma decimals, Chinese 北纬/东经) are
  ``geolocation``.
* Family name + title (Dr. Wang, 王医生, 李主任, 老王, 小李, 张先生), given names alone, nicknames and
  names that are also ordinary words (Hope, Grace, Sunday, Dr. Long, Nurse Song) are
  ``person_name`` when used as names.  Letter aliases (Ms. A, Patient K, 患者张某, A女士, 王某某)
  and relations without names are clean; the same words used in their ordinary sense (hope,
  grace, a long night, a song) are clean.  Historical people in institution names, eponymous
  diseases / procedures / scores, and historical figures named in passing (Avicenna, Li Shizhen)
  are clean.
* Public service numbers (120, 112, 103), floors, lifts, buses, counts, doses, lab values, prices,
  trial registry numbers (NCT, ChiCTR, ISRCTN, EudraCT), ICD / ATC codes and gene variants are
  clean.  Places inside the hospital (floor, lift, cashier window, ward, metro exit) are clean;
  bed and room numbers are not used in clean rows.
"""

import os
import random
import re
import unicodedata

SEED = 16016
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_en_heldout16.tsv")

KINDS = (
    "person_name exact_date date_of_birth age_over_89 phone_number email web_address ip_address "
    "social_account street_address postal_code geolocation passport_number national_id "
    "resident_id medical_record_number health_plan_number account_number licence_number "
    "vehicle_identifier device_identifier other_number"
).split()

HARD = [0]


def mark():
    HARD[0] = 1


def p(x):
    return R.random() < x


def pick(seq):
    return R.choice(seq)


def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ndig(n):
    return R.choice("123456789") + dig(n - 1)


def letters(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def alnum(n, alphabet="abcdefghijkmnpqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


FWT = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    return s.translate(FWT)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spell(s, oh=False):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("oh" if (oh and ch == "0") else WORDS[int(ch)])
        elif ch == "+":
            out.append("plus")
        elif ch.isalpha():
            out.append(ch.upper())
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def luhn(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return s + str((10 - total % 10) % 10)


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def hardnum(s):
    """A harder surface form of a number-like identifier."""
    mark()
    c = R.randrange(6)
    if c == 0:
        return fw(s)
    if c == 1:
        return " ".join(ch for ch in s if ch != " ")
    if c == 2:
        t = re.sub(r"[\s-]", "", s)
        return group(t, [3, 3, 3, 3, 3, 3, 3], ".")
    if c == 3:
        return spell(s)
    if c == 4:
        t = re.sub(r"[\s-]", "", s)
        return group(t, [4, 4, 4, 4, 4], " - ")
    t = re.sub(r"[\s-]", "", s)
    return group(t, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], " ")


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

NAMES = {
    "kz": dict(
        m="Yerlan Dauren Nurlan Askar Baurzhan Serik Arman Timur Marat Yerzhan Daniyar Kairat "
          "Azamat Bolat Zhandos Olzhas Ruslan Talgat Berik Almas Yerbol Miras Nurbol Samat".split(),
        f="Aigerim Aizhan Madina Dana Gulnara Saule Zhanar Aliya Assel Dinara Kamila Akmaral "
          "Ainur Zarina Botagoz Gaukhar Aruzhan Meruyert Togzhan Symbat Aisulu Balzhan".split(),
        fam="Nurlanov Bekov Sadykov Zhakupov Omarov Tulegenov Abenov Seitkaliyev Kassymov Yessenov "
            "Mukhametov Akhmetov Dzhaksybekov Suleimenov Baimukhanov Iskakov Tokhtarov Zhumabayev "
            "Ospanov Sarsenbayev Amanzholov Kenzhebekov Utepov Nurmagambetov Zhunusov".split()),
    "ru": dict(
        m="Dmitry Sergei Alexei Andrei Ivan Nikolai Mikhail Pavel Oleg Yuri Konstantin Maxim "
          "Artyom Igor Viktor Roman Stanislav Gennady Vadim Kirill".split(),
        f="Svetlana Olga Natalia Tatiana Yelena Irina Anastasia Yekaterina Marina Lyudmila "
          "Valentina Ksenia Polina Daria Galina Larisa Alyona Yulia Oksana Nina".split(),
        fam="Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Morozov Fyodorov Lebedev "
            "Kozlov Novikov Pavlov Semenov Orlov Belov Tarasov Zaitsev Gromov Kovalenko "
            "Sidorenko Vinogradov Bogdanov Chernyshev Loginov".split()),
    "uz": dict(
        m="Sardor Bekzod Jasur Otabek Rustam Dilshod Farrukh Aziz Sherzod Ulugbek Javlon "
          "Bobur Sanjar Akmal Timurbek".split(),
        f="Dilnoza Nilufar Gulnora Malika Shahnoza Feruza Zulfiya Sevara Mohira Kamola "
          "Nodira Yulduz Barno".split(),
        fam="Rakhimov Yusupov Abdullaev Nazarov Ergashev Tursunov Khodjaev Mirzaev Saidov "
            "Umarov Kholmatov Sobirov Jurayev Alimov".split()),
    "kg": dict(
        m="Aibek Nurbek Bakyt Ermek Talant Chyngyz Kubanych Adilet Bektur Eldiyar".split(),
        f="Aizada Gulzat Nazira Cholpon Aidai Begaiym Zhyldyz Kanykei Meerim Asel".split(),
        fam="Asanov Osmonov Sydykov Mamatov Abdyldaev Dzhumabekov Toktosunov Kadyrov "
            "Beishenov Sultanov".split()),
    "tj": dict(
        m="Farhod Firdavs Daler Behruz Shahrom Jamshed Khurshed Parviz Siyovush".split(),
        f="Manizha Tahmina Parvina Nigina Mehrangez Shabnam Gulnoza Farzona".split(),
        fam="Rahimov Sharipov Qodirov Safarov Davlatov Nazarov Karimzoda Rajabov Mirzoev".split()),
    "mn": dict(
        m="Batbayar Ganbold Bat-Erdene Munkhbat Temuulen Erdenebat Tuvshinbayar Gantulga "
          "Byambasuren Batjargal Otgonbayar Sukhbat Chinzorig Enkhtuvshin".split(),
        f="Tsetsegmaa Oyunchimeg Enkhjargal Sarangerel Altantsetseg Bolormaa Nomin Anujin "
          "Khulan Narantsetseg Solongo Uranchimeg Oyuntuya Bayarmaa".split(),
        fam="Dorj Bold Tseren Ganbaatar Batsukh Purevdorj Lkhagva Jargal Sukhee Davaa "
            "Tumur Namjil".split()),
    "ar": dict(
        m="Ahmed Mohammed Omar Khalid Youssef Tariq Hassan Karim Faisal Saeed Rashid Hamza "
          "Ibrahim Mustafa Walid Samir Adnan".split(),
        f="Fatima Layla Mariam Noor Aisha Huda Rania Salma Yasmin Zainab Reem Lina Hanan "
          "Samira Dalia".split(),
        fam="Al-Rashid Haddad Khalil Al-Mansouri Nasser Al-Farsi Al-Zahrani Saleh Mahmoud "
            "El-Sayed Darwish Qasim Al-Amiri Al-Hashimi Abu-Zeid Barakat Al-Tamimi".split()),
    "tr": dict(
        m="Mehmet Emre Burak Mustafa Serkan Oğuz Hakan Cem".split(),
        f="Ayşe Zeynep Elif Merve Esra Gülşen Hatice".split(),
        fam="Yılmaz Demir Kaya Çelik Şahin Aydın Öztürk Arslan Doğan".split()),
    "ir": dict(
        m="Reza Ali Hossein Mehdi Amir Saeed Babak".split(),
        f="Maryam Zahra Fatemeh Narges Shirin Parisa Leila".split(),
        fam="Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Tehrani".split()),
    "vn": dict(
        m="Van Minh|Van Hung|Duc Anh|Quoc Bao|Thanh Tung|Van Long|Huu Phuc|Minh Quan".split("|"),
        f="Thi Hoa|Thi Lan|Thi Mai|Ngoc Anh|Thu Trang|Thi Huong|Bich Ngoc|Thanh Thuy".split("|"),
        fam="Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo".split()),
    "th": dict(
        m="Somchai Nattapong Anan Prasert Wichai Kittisak Thanawat Surasak".split(),
        f="Siriporn Kanya Malee Pornthip Sukanya Ratana Wanida Chutima".split(),
        fam="Wongsakul Srisuk Boonmee Rattanakorn Chaiyaporn Saetang Kaewmanee Thongdee "
            "Phromma".split()),
    "id": dict(
        m="Budi Agus Rizky Dedi Hendra Joko Bambang Fajar Sutrisno Slamet".split(),
        f="Siti Dewi Putri Ayu Rina Wulan Indah Fitri Sri Lestari".split(),
        fam="Santoso Wijaya Rahmawati Lestari Setiawan Hidayat Saputra Kurniawan Pratama "
            "Nugroho".split()),
    "ph": dict(
        m="Jose Mark Paolo Rodel Jun Carlo".split(),
        f="Maria Joy Grace Kristine Angelica Lovely".split(),
        fam="Santos Reyes Dela_Cruz Bautista Garcia Mendoza Villanueva".split()),
    "ng": dict(
        m="Chinedu Emeka Adebayo Oluwaseun Ifeanyi Tunde Chukwuemeka Obinna Musa Abdullahi".split(),
        f="Ngozi Amina Chiamaka Funmilayo Adaeze Yetunde Zainab Halima Nkechi Bisi".split(),
        fam="Okafor Eze Ogunleye Bello Nwosu Adeyemi Okonkwo Obi Nnaji Balogun Ibrahim "
            "Okeke Adewale Uche".split()),
    "ke": dict(
        m="Otieno Mwangi Kamau Kiprono Wafula Ochieng Juma Baraka".split(),
        f="Wanjiru Achieng Atieno Njeri Wambui Nyokabi Chebet Neema".split(),
        fam="Odhiambo Njoroge Kamau Mutua Kiplagat Omondi Wekesa Mollel Mushi".split()),
    "gh": dict(
        m="Kwame Kofi Kwabena Yaw Kojo Kwesi".split(),
        f="Akosua Abena Ama Efua Adwoa Esi".split(),
        fam="Mensah Boateng Asante Owusu Appiah Osei Agyeman".split()),
    "et": dict(
        m="Abebe Dawit Tesfaye Yohannes Bereket Solomon".split(),
        f="Tigist Mekdes Hirut Selamawit Bethlehem Meron".split(),
        fam="Kebede Haile Alemu Tadesse Girma Bekele Desta".split()),
    "eu": dict(
        m="Lukas Jürgen Piotr Lukáš Marco Julien Jan Erik Oliver Taras Giorgi Andrei Mateusz "
          "Tomasz Stefan".split(),
        f="Anna Sabine Katarzyna Petra Giulia Élodie Sanne Ingrid Charlotte Lucía Oksana Nino "
          "Zsófia Agnieszka Marta".split(),
        fam="Müller Schneider Fischer Weber Nowak Kowalski Novák Rossi Bianchi Dubois Martin "
            "de_Vries Bakker Larsen Lindqvist Bennett Hughes García Melnyk Kovalchuk Beridze "
            "Kapanadze Nagy Popescu Wiśniewska".split()),
    "ug": dict(
        m="Abdukerim Alim Ablikim Erkin Memet Adil Ekber Nurmemet".split(),
        f="Aynur Dilnur Gulnar Parida Mehriban Zulpiye Nurgul Reyhangul".split(),
        fam="Tursun Ablimit Yasin Rozi Mamut Abdulla Ismail Kadir Osman".split()),
    "cn": dict(
        m="Jianguo Wei Qiang Lei Jun Yang Tao Hao Zhiqiang Haitao Guoqing Yuhang Bo Peng Xin".split(),
        f="Na Fang Min Jing Li Yan Xiaoyan Haiyan Xiuying Guiying Hongmei Yuqing Siyu Ting".split(),
        fam="Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Luo "
            "Gao Zheng Liang Xie Song Tang Han Feng Deng".split()),
}
for _r in NAMES.values():
    _r["fam"] = [x.replace("_", " ") for x in _r["fam"]]

REGION_W = (["kz"] * 14 + ["ru"] * 9 + ["uz"] * 5 + ["kg"] * 4 + ["tj"] * 3 + ["mn"] * 8 +
            ["ar"] * 6 + ["tr"] * 2 + ["ir"] * 2 + ["vn"] * 3 + ["th"] * 3 + ["id"] * 3 +
            ["ph"] * 2 + ["ng"] * 4 + ["ke"] * 2 + ["gh"] * 2 + ["et"] * 2 + ["eu"] * 6 +
            ["ug"] * 3 + ["cn"] * 7)

SLAVIC = {"kz", "ru", "uz", "kg", "tj"}

PATRO = {
    "Sergei": "Sergeyev", "Dmitry": "Dmitriyev", "Ivan": "Ivanov", "Nikolai": "Nikolayev",
    "Mikhail": "Mikhailov", "Pavel": "Pavlov", "Oleg": "Olegov", "Yuri": "Yuryev",
    "Viktor": "Viktorov", "Andrei": "Andreyev", "Alexei": "Alexeyev", "Igor": "Igorev",
}


def fem(fam):
    if fam.endswith(("ov", "ev", "in")):
        return fam + "a"
    return fam


WORDNAMES = {
    "f": "Hope Grace Joy Faith Patience Precious Blessing Mercy Gift Rose Lily Dawn Summer Amber "
         "Jade Ruby Iris Sunny Destiny Charity Comfort Favour Miracle Peace Honey Star".split(),
    "m": "Will Mark Bill Frank Hunter Victor Justice Innocent Lucky Goodluck Wisdom Bright Sunday "
         "Monday Chance Noble Prince King Rich Godspower Felix Rock".split(),
}
NICKS = {
    "m": "Sasha Dima Zhenya Kolya Seryozha Lyosha Vanya Misha Bauka Nurik Yerik Asik Doudou "
         "Niuniu Bobo Tony Lek Beer Boka Big_Sam".split(),
    "f": "Masha Katya Natasha Tanya Olya Aika Aruzhka Dana Lulu Mimi Kiki Ploy Nok Pim Ice "
         "Xiaobao Tutu Nastya Gulya".split(),
}
NICKS["m"] = [x.replace("_", " ") for x in NICKS["m"]]

ZH_FAM = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
          ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"),
          ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
          ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("郑", "Zheng"),
          ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"),
          ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"),
          ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"), ("袁", "Yuan"),
          ("蔡", "Cai"), ("蒋", "Jiang"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"),
          ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("丁", "Ding"), ("任", "Ren"),
          ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("龙", "Long"), ("方", "Fang"),
          ("白", "Bai"), ("万", "Wan"), ("范", "Fan"), ("艾", "Ai"), ("金", "Jin")]
ZH_GIVEN = {
    "m": "伟 强 磊 军 洋 勇 杰 涛 明 超 建国 志强 国庆 立新 浩 宇航 一鸣 海涛 振华 文博".split(),
    "f": "芳 娜 敏 静 丽 艳 秀英 海燕 晓燕 玉兰 桂英 红梅 雪 思雨 子涵 梓萱 丹丹 婷婷 慧 琳".split(),
}
DOC_GIVEN = ("Lihua Ming Jianguo Hong Xiaoyan Wei Jun Hui Ying Yan Ping Qiang Lei Jing Tao Bo "
             "Fang Xin Zhiqiang Shuang Kai Rui Haiyan Guoqing Yimin Jie Dan Lan Yun Xiaodong "
             "Weiwei Chunmei Hongbo Jianhua Yongmei").split()


def person(sex=None, region=None):
    sex = sex if sex in ("m", "f") else pick("mf")
    region = region or pick(REGION_W)
    N = NAMES[region]
    given = pick(N[sex])
    fam = pick(N["fam"])
    d = dict(sex=sex, region=region)
    if region in SLAVIC:
        family = fem(fam) if sex == "f" else fam
        d.update(given=given, family=family, full=f"{given} {family}")
        if region == "ru" and p(0.3):
            father = pick(list(PATRO))
            patr = PATRO[father] + ("na" if sex == "f" else "ich")
            d["full"] = pick([f"{given} {patr} {family}", f"{family} {given} {patr}"])
        elif region == "kz" and p(0.2):
            d["full"] = f"{family} {given}"
    elif region == "mn":
        d.update(given=given, family=fam, full=pick([f"{fam[0]}. {given}", f"{fam} {given}",
                                                      f"{given} {fam}"]))
        d["tfam"] = given
    elif region == "vn":
        d.update(given=given.split()[-1], family=fam, full=f"{fam} {given}")
        d["tfam"] = given.split()[-1]
    elif region == "th":
        d.update(given=given, family=fam, full=f"{given} {fam}")
        d["title"] = f"Khun {given}"
    elif region == "id":
        if given in ("Sutrisno", "Slamet") or p(0.2):
            d.update(given=given, family=given, full=given)
        else:
            d.update(given=given, family=fam, full=f"{given} {fam}")
        d["title"] = ("Pak " if sex == "m" else "Ibu ") + given
    elif region == "cn":
        d.update(given=given, family=fam, full=f"{fam} {given}")
    elif region == "ar" and p(0.2) and sex == "m":
        d.update(given=given, family=fam, full=f"{given} bin {pick(N['m'])} {fam}")
    else:
        d.update(given=given, family=fam, full=f"{given} {fam}")
    if "title" not in d:
        tfam = d.get("tfam", d["family"])
        if sex == "m":
            t = pick(["Mr.", "Mr.", "Mr"])
        else:
            t = pick(["Mrs.", "Ms.", "Ms", "Madam", "Mrs."])
        d["title"] = f"{t} {tfam}"
    return d


def zh_name(sex=None):
    sex = sex if sex in ("m", "f") else pick("mf")
    f = pick(ZH_FAM)
    return f, pick(ZH_GIVEN[sex]), sex


def zh_full(sex=None):
    f, g, _ = zh_name(sex)
    return f[0] + g


def zh_title(sex=None):
    f, g, sex = zh_name(sex)
    if sex == "m":
        return f[0] + pick(["先生", "大爷", "叔", "师傅"]) if p(0.6) else pick(["老", "小"]) + f[0]
    return f[0] + pick(["女士", "阿姨", "大姐", "奶奶"]) if p(0.6) else pick(["老", "小"]) + f[0]


def _sexlc(arg):
    arg = arg or ""
    sex = "m" if "m" in arg else ("f" if "f" in arg else None)
    return sex, ("lc" in arg)


def _lc(s, lc):
    if lc:
        mark()
        return s.lower()
    return s


def g_PN(arg, P):
    _, lc = _sexlc(arg)
    c = R.random()
    if c < 0.45:
        s = P["full"]
    elif c < 0.62:
        s = P["given"]
    elif c < 0.84:
        s = P["title"]
    elif P["family"] != P["given"] and P["region"] not in ("mn", "vn", "th"):
        s = pick([f"{P['given'][0]}. {P['family']}", f"{P['family']} {P['given'][0]}."])
    else:
        s = P["full"]
    return _lc(s, lc)


def g_PF(arg, P):
    return _lc(P["full"], _sexlc(arg)[1])


def g_PG(arg, P):
    return _lc(P["given"], _sexlc(arg)[1])


def g_PT(arg, P):
    return _lc(P["title"], _sexlc(arg)[1])


def g_WN(arg):
    sex, lc = _sexlc(arg)
    sex = sex or pick("mf")
    s = pick(WORDNAMES[sex])
    if p(0.3):
        s += " " + pick(NAMES[pick(["ng", "ph", "gh", "ke"])]["fam"])
    return _lc(s, lc)


def g_NK(arg):
    sex, lc = _sexlc(arg)
    sex = sex or pick("mf")
    return _lc(pick(NICKS[sex]), lc)


def g_CN(arg):
    sex, _ = _sexlc(arg)
    return zh_full(sex)


def g_CNT(arg):
    sex, _ = _sexlc(arg)
    return zh_title(sex)


def g_DR(arg):
    sex, lc = _sexlc(arg)
    c = R.random()
    zf, fam = pick(ZH_FAM)
    g = pick(DOC_GIVEN)
    if c < 0.08:
        P = person(sex, pick(["kz", "ru", "ug", "mn"]))
        s = f"Dr. {P['full']}" if p(0.5) else f"Dr. {P['family']}"
    elif c < 0.30:
        s = f"Dr. {fam}"
    elif c < 0.40:
        s = f"Dr {fam}"
    elif c < 0.55:
        s = f"Dr. {fam} {g}"
    elif c < 0.63:
        s = pick([f"Prof. {fam} {g}", f"Professor {fam}", f"Prof. {fam}"])
    elif c < 0.71:
        s = pick([f"Director {fam}", f"Chief Physician {fam} {g}", f"Associate Professor {fam}",
                  f"Dean {fam}", f"Deputy Director {fam} {g}"])
    elif c < 0.86:
        s = zf + pick(["医生", "主任", "教授", "大夫", "院长", "医生", "主任"])
    else:
        s = pick([f"Dr. {g} {fam}", f"doctor {fam}", f"Doctor {fam}", f"Dr. {fam[0]}. {g}"])
    return _lc(s, lc)


def g_DRF(arg):
    sex, lc = _sexlc(arg)
    zf, fam = pick(ZH_FAM)
    g = pick(DOC_GIVEN)
    s = pick([f"Dr. {fam} {g}", f"Professor {fam} {g}", f"Chief Physician {fam} {g}",
              f"Dr. {g} {fam}", f"Associate Professor {fam} {g}", f"Dr {fam} {g}",
              f"{zf}{pick(ZH_GIVEN['m'] + ZH_GIVEN['f'])}{pick(['主任', '医生', '教授'])}"])
    return _lc(s, lc)


def g_DRCN(arg):
    zf, fam = pick(ZH_FAM)
    return zf + pick(["医生", "主任", "教授", "大夫", "院长", "护士长", "护士"])


def g_NURSE(arg):
    sex, lc = _sexlc(arg)
    zf, fam = pick(ZH_FAM)
    g = pick(DOC_GIVEN)
    s = pick([f"Nurse {fam}", f"nurse {g}", f"Head Nurse {fam} {g}", f"head nurse {fam}",
              f"{zf}护士", f"{zf}护士长", f"Sister {fam}", f"Nurse {g} {fam}", f"nurse {fam}"])
    return _lc(s, lc)


def g_PNL(arg):
    """Three to four names in a list."""
    n = pick([3, 3, 4])
    names = []
    for _ in range(n):
        P = person()
        names.append(P["full"] if p(0.7) else P["given"])
    if p(0.5):
        return ", ".join(names[:-1]) + " and " + names[-1]
    return ", ".join(names)


# ---------------------------------------------------------------------------------------------
# Dates and ages
# ---------------------------------------------------------------------------------------------

MONTHS = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MONTHS]
RU_MON = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
       23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
       27: "twenty-seventh", 28: "twenty-eighth"}


def suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_day(y, m, dd, allow_noyear=True):
    c = R.randrange(16, 22) if p(0.13) else R.randrange(16)
    M = MONTHS[m - 1]
    if not allow_noyear and c in (6, 7, 8, 15):
        c = 0
    if c == 0:
        return f"{dd} {M} {y}"
    if c == 1:
        return f"{M} {dd}, {y}"
    if c == 2:
        return f"{dd:02d}.{m:02d}.{y}"
    if c == 3:
        return f"{y}-{m:02d}-{dd:02d}"
    if c == 4:
        return f"{dd:02d}/{m:02d}/{y}"
    if c == 5:
        return f"{m}/{dd}/{y}"
    if c == 6:
        return f"{dd} {M}"
    if c == 7:
        return f"{M} {suffix(dd)}"
    if c == 8:
        return f"the {suffix(dd)} of {M}"
    if c == 9:
        return f"{suffix(dd)} {MON3[m - 1]} {y}"
    if c == 10:
        return f"{y}年{m}月{dd}日"
    if c == 11:
        return f"{MON3[m - 1]}. {dd}, {y}"
    if c == 12:
        return f"{dd}-{MON3[m - 1]}-{y}"
    if c == 13:
        return f"{dd} {MON3[m - 1]} {str(y)[2:]}"
    if c == 14:
        return f"{dd}.{m:02d}.{str(y)[2:]}"
    if c == 15:
        return f"{m}月{dd}日"
    mark()
    if c == 16:
        return f"the {ORD[min(dd, 28)]} of {M} {y}"
    if c == 17:
        return fw(f"{y}年{m}月{dd}日") if p(0.5) else fw(f"{dd:02d}.{m:02d}.{y}")
    if c == 18:
        return f"{dd} {RU_MON[m - 1]} {y}"
    if c == 19:
        return f"{dd:02d} . {m:02d} . {y}"
    if c == 20:
        return f"{y}{m:02d}{dd:02d}"
    return f"{M.lower()} {dd} {y}"


def g_DATE(arg):
    y = R.randint(2014, 2025)
    return fmt_day(y, R.randint(1, 12), R.randint(1, 28))


def g_DOB(arg):
    y = R.randint(1932, 2023) if arg != "old" else R.randint(1932, 1960)
    if arg == "kid":
        y = R.randint(2008, 2023)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    c = R.randrange(12)
    if c == 0:
        mark()
        return f"the {ORD[dd]} of {MONTHS[m - 1]} {y}" if p(0.5) else f"{ORD[dd]} {MONTHS[m - 1]}, {y}"
    if c == 1:
        return f"{dd:02d} {RU_MON[m - 1]} {y} г."
    if c == 2:
        return f"{dd}/{m}/{str(y)[2:]}"
    return fmt_day(y, m, dd, allow_noyear=p(0.12))


NUMW = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
        95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
        99: "ninety-nine", 100: "a hundred", 101: "a hundred and one", 102: "one hundred and two",
        103: "a hundred and three", 104: "one hundred and four"}


def _a90():
    return R.choice([90, 91, 92, 92, 93, 94, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103])


def g_A90ADJ(arg):
    a = _a90()
    c = R.randrange(8)
    if c < 4:
        return f"{a}-year-old"
    if c == 4:
        mark()
        return f"{NUMW[a].replace(' ', '-')}-year-old" if a < 100 else "centenarian"
    if c == 5:
        return "nonagenarian" if a < 100 else "centenarian"
    if c == 6:
        return f"{a}-year-old" if a < 100 else "centenarian"
    mark()
    return f"{fw(str(a))}-year-old"


def g_A90N(arg):
    a = _a90()
    c = R.randrange(6)
    if c < 3:
        return str(a)
    if c == 3:
        mark()
        return NUMW[a]
    if c == 4:
        return f"{a} years"
    mark()
    return fw(str(a))


def g_A90PHR(arg):
    a = _a90()
    sex = arg or pick("mf")
    pr = "her" if sex == "f" else "his"
    opts = [f"in {pr} late nineties", f"in {pr} mid-nineties", "well over ninety",
            f"{a} years old", f"{NUMW[a]} years old", f"past {a - 1 if a > 90 else 90}",
            f"aged {a}", f"{a} y/o", f"{a}yo", f"over ninety", f"{NUMW[a]} years of age",
            f"in {pr} nineties", "over a hundred", "a hundred years old", f"{a} yrs old"]
    s = pick(opts)
    if "yo" in s or "yrs" in s or "y/o" in s or NUMW[a] in s:
        mark()
    return s


def g_A90NOUN(arg):
    return pick(["nonagenarian", "centenarian", "nonagenarian", "ninety-something",
                 "ninety-year-old", "96-year-old", "91-year-old", "93-year-old"])


def g_A90ZH(arg):
    mark()
    return pick(["九旬老人", "年过九十的老人", "百岁老人", "九十三岁的奶奶", "97岁高龄的老人",
                 "九旬老太", "年逾九旬的爷爷", "91岁的老爷爷", "百岁寿星"])


# ---------------------------------------------------------------------------------------------
# Contact identifiers
# ---------------------------------------------------------------------------------------------

PHONE_CC = {
    "kz": ("7", "8", lambda: pick(["701", "702", "705", "707", "708", "747", "771", "775", "776",
                                   "777", "778"]) + dig(7), [3, 3, 2, 2]),
    "ru": ("7", "8", lambda: "9" + pick(["03", "05", "09", "13", "16", "26", "52", "85"]) + dig(7),
           [3, 3, 2, 2]),
    "cn": ("86", "", lambda: "1" + pick("3456789") + dig(9), [3, 4, 4]),
    "mn": ("976", "", lambda: pick("89") + pick("0134589") + dig(6), [4, 4]),
    "uz": ("998", "", lambda: pick(["90", "91", "93", "94", "97", "99", "88", "33"]) + dig(7),
           [2, 3, 2, 2]),
    "kg": ("996", "0", lambda: pick(["555", "700", "770", "550", "777", "505"]) + dig(6), [3, 3, 3]),
    "tj": ("992", "", lambda: pick(["93", "90", "91", "92", "98"]) + dig(7), [2, 3, 4]),
    "ae": ("971", "0", lambda: "5" + pick("024568") + dig(7), [2, 3, 4]),
    "sa": ("966", "0", lambda: "5" + dig(8), [2, 3, 4]),
    "id": ("62", "0", lambda: "81" + pick("1238") + dig(8), [3, 4, 4]),
    "vn": ("84", "0", lambda: pick("9387") + dig(8), [2, 3, 2, 2]),
    "th": ("66", "0", lambda: pick("896") + dig(8), [2, 3, 4]),
    "ng": ("234", "0", lambda: pick(["803", "806", "813", "816", "703", "706", "810", "905", "802",
                                     "808"]) + dig(7), [3, 3, 4]),
    "ke": ("254", "0", lambda: "7" + dig(8), [3, 3, 3]),
    "de": ("49", "0", lambda: "15" + pick("1279") + dig(8), [3, 8]),
    "tr": ("90", "0", lambda: "5" + pick("345") + dig(8), [3, 3, 2, 2]),
    "eg": ("20", "0", lambda: "1" + pick("0125") + dig(8), [3, 3, 4]),
    "ir": ("98", "0", lambda: "9" + pick("1239") + dig(8), [3, 3, 4]),
}
PHONE_W = ["kz"] * 8 + ["ru"] * 5 + ["cn"] * 6 + ["mn"] * 3 + ["uz"] * 3 + ["kg"] * 2 + ["tj"] + \
    ["ae"] * 2 + ["sa"] + ["id"] + ["vn"] + ["th"] + ["ng"] * 2 + ["ke"] + ["de"] + ["tr"] + ["eg"] + ["ir"]


def g_PHONE(arg):
    c = pick(PHONE_W)
    if c == "cn" and p(0.15):
        area = pick(["0991", "0999", "0998", "0990", "010", "020", "0931", "0471"])
        n = ndig(8 if len(area) == 3 else 7)
        return pick([f"{area}-{n}", f"({area}) {n}", f"+86 {area[1:]} {n}"])
    cc, trunk, gen, gr = PHONE_CC[c]
    nsn = gen()
    if p(0.12):
        mark()
        h = R.randrange(6)
        if h == 0:
            return fw(f"+{cc} " + group(nsn, gr))
        if h == 1:
            return spell("+" + cc + nsn, oh=p(0.3))
        if h == 2:
            return f"+{cc}." + group(nsn, gr, ".")
        if h == 3:
            parts = group(nsn, gr).split()
            return f"+{cc} {' '.join(parts[:-1])}, and the last digits {parts[-1]}"
        if h == 4:
            return " ".join(("+" + cc + nsn).replace("+", "+ "))
        return f"{trunk or '+' + cc} {group(nsn, gr)}".replace(" ", "  ")
    f = R.randrange(7)
    if f == 0:
        return f"+{cc} " + group(nsn, gr)
    if f == 1:
        return f"+{cc}{nsn}"
    if f == 2:
        return (trunk + group(nsn, gr, "-")) if trunk else group(nsn, gr, "-")
    if f == 3:
        g = group(nsn, gr).split()
        return f"+{cc} ({g[0]}) " + "-".join(g[1:])
    if f == 4:
        return f"00{cc} " + group(nsn, gr)
    if f == 5:
        return (trunk + nsn) if trunk else nsn
    return f"+{cc}-" + group(nsn, gr, "-")


MAIL_DOM = ["mail.ru", "yandex.ru", "gmail.com", "gmail.com", "gmail.com", "mail.kz", "inbox.kz",
            "bk.ru", "list.ru", "163.com", "126.com", "yahoo.com", "hotmail.com", "outlook.com",
            "icloud.com", "inbox.ru", "yandex.kz", "sina.com", "protonmail.com", "mail.mn",
            "gmail.com", "yahoo.co.id", "rambler.ru"]


def mail_local(P=None):
    P = P or person()
    g = deacc(P["given"]).lower().replace(" ", "").replace("-", "")
    f = deacc(P["family"]).lower().replace(" ", "").replace("-", "")
    c = R.randrange(9)
    if c == 0:
        return f"{g}.{f}"
    if c == 1:
        return f"{g}_{f}{R.randint(70, 99)}"
    if c == 2:
        return f"{g[0]}{f}"
    if c == 3:
        return f"{f}.{g}{R.randint(1, 9)}"
    if c == 4:
        return f"{g}{R.randint(1960, 2010)}"
    if c == 5:
        return f"{pick(['mama', 'papa', 'dr', 'family', 'help'])}.{g}"
    if c == 6:
        return f"{g}-{f[:3]}"
    if c == 7:
        return f"{f}{dig(3)}"
    return f"{g}.{f}.{pick(['kz', 'ub', 'tash', 'work', 'med'])}"


def g_EMAIL(arg):
    if p(0.08):
        local, dom = ndig(R.randint(8, 10)), "qq.com"
    else:
        local, dom = mail_local(), pick(MAIL_DOM)
    if p(0.1):
        mark()
        h = R.randrange(6)
        if h == 0:
            return f"{local} at {dom.replace('.', ' dot ')}"
        if h == 1:
            return f"{local}[at]{dom}"
        if h == 2:
            return f"{local}(at){dom.replace('.', '(dot)')}"
        if h == 3:
            return f"{local}＠{dom}"
        if h == 4:
            return f"{local} @ {dom}"
        return f"{local}@{dom}".upper()
    return f"{local}@{dom}"


def slug(P=None):
    P = P or person()
    g = deacc(P["given"]).lower().replace(" ", "-")
    return pick([f"help-{g}-heal", f"save-{g}", f"support-for-{g}", f"hope-for-{g}",
                 f"{g}-liver-transplant", f"{g}-fights-leukemia", f"pray-for-{g}",
                 f"{g}-{deacc(P['family']).lower().replace(' ', '-')}-treatment",
                 f"together-for-little-{g}", f"{g}s-new-heart", f"{g}-kidney-fund"])


def g_WEB(arg):
    kind = arg or pick(["crowd", "crowd", "blog", "home"])
    P = person()
    s = slug(P)
    g = deacc(P["given"]).lower()
    f = deacc(P["family"]).lower().replace(" ", "")
    if kind == "crowd":
        u = pick([f"https://www.gofundme.com/f/{s}", f"gofundme.com/f/{s}",
                  f"www.justgiving.com/crowdfunding/{s}", f"qschou.com/project/{alnum(12, '0123456789abcdef')}",
                  f"https://www.shuidichou.com/raise/{alnum(10, '0123456789abcdef')}",
                  f"kitabisa.com/campaign/{s.replace('-', '')}", f"milaap.org/fundraisers/{s}",
                  f"donorbox.org/{s}", f"https://www.ketto.org/fundraiser/{s}",
                  f"www.gofundme.com/f/{s}-{dig(3)}"])
    elif kind == "blog":
        u = pick([f"{g}{f}.blogspot.com", f"https://{g}-{pick(['journey', 'diary', 'notes', 'story'])}.wordpress.com",
                  f"medium.com/@{g}.{f}", f"{g}{dig(2)}.livejournal.com",
                  f"www.{g}{f}.com/blog", f"https://{f}family.blogspot.com/{R.randint(2019, 2024)}/",
                  f"{g}-{f}.tumblr.com"])
    else:
        u = pick([f"www.{g}{f}.kz", f"{g}-{f}.me", f"https://{g}{f}.com", f"sites.google.com/view/{g}-{f}",
                  f"www.{f}-{g}.ru", f"http://{g}.{f}.name", f"{g}{f}.mn"])
    if p(0.1):
        mark()
        return u.replace("https://", "").replace(".", " dot ").replace("/", " slash ")
    return u


IP_FIRST = [95, 2, 5, 37, 178, 92, 176, 213, 84, 202, 103, 41, 197, 105, 62, 188, 185, 46, 31,
            80, 89, 109, 212, 217, 113, 58, 222, 36, 182, 14, 91, 94, 82, 217, 151]


def g_IP(arg):
    if p(0.12):
        parts = ["2a02", alnum(4, "0123456789abcdef"), alnum(3, "0123456789abcdef"),
                 alnum(4, "0123456789abcdef")]
        tail = pick(["::1", f"::{alnum(3, '0123456789abcdef')}", f":{alnum(4, '0123456789abcdef')}:{alnum(4, '0123456789abcdef')}:{alnum(4, '0123456789abcdef')}:{alnum(2, '0123456789abcdef')}"])
        return ":".join(parts) + tail
    if p(0.05):
        o = ["192", "168", str(R.randint(0, 3)), str(R.randint(2, 254))]
    else:
        o = [str(pick(IP_FIRST)), str(R.randint(1, 254)), str(R.randint(0, 254)), str(R.randint(1, 254))]
    if p(0.1):
        mark()
        h = R.randrange(5)
        if h == 0:
            return " . ".join(o)
        if h == 1:
            return "[.]".join(o)
        if h == 2:
            return fw(".".join(o))
        if h == 3:
            return " dot ".join(o)
        return ".".join(o) + ":" + pick(["8080", "443", "3389"])
    return ".".join(o)


def handle(P=None):
    P = P or person()
    g = deacc(P["given"]).lower().replace(" ", "").replace("-", "")
    f = deacc(P["family"]).lower().replace(" ", "").replace("-", "")
    return pick([f"{g}_{f[:4]}", f"{g}.{f}{R.randint(80, 99)}", f"{g}{dig(3)}", f"{f}_{g}",
                 f"{g}_{pick(['kz', 'ub', 'uz', 'health', 'mama', 'fit', 'life', 'story'])}",
                 f"the_real_{g}", f"{g}.{pick(['official', 'diary', 'blog'])}", f"{g[:3]}{f[:3]}{dig(2)}"])


def g_SOC(arg):
    h = handle()
    c = R.randrange(16)
    if c == 0:
        s = f"Instagram @{h}"
    elif c == 1:
        s = f"instagram.com/{h}"
    elif c == 2:
        s = f"Telegram @{h}"
    elif c == 3:
        s = f"t.me/{h}"
    elif c == 4:
        s = f"WeChat ID: wxid_{alnum(R.randint(10, 14))}"
    elif c == 5:
        s = f"微信号 {h}"
    elif c == 6:
        s = f"QQ {ndig(R.randint(8, 10))}"
    elif c == 7:
        s = f"QQ号：{ndig(R.randint(8, 10))}"
    elif c == 8:
        s = f"vk.com/id{ndig(R.randint(7, 9))}"
    elif c == 9:
        s = f"facebook.com/{h.replace('_', '.')}"
    elif c == 10:
        s = f"TikTok @{h}"
    elif c == 11:
        s = f"ok.ru/profile/{ndig(12)}"
    elif c == 12:
        s = f"weibo.com/u/{ndig(10)}"
    elif c == 13:
        s = f"LINE ID {h}"
    elif c == 14:
        s = f"WeChat: {h}"
    else:
        s = f"X (Twitter) @{h}"
    if p(0.08):
        mark()
        s = s.replace("@", "@ ").replace("Instagram", "insta").replace("Telegram", "tg")
    return s


def g_WXID(arg):
    return pick([f"wxid_{alnum(12)}", handle(), f"{handle()}{dig(2)}"])


def g_HANDLE(arg):
    return "@" + handle()


def g_QQ(arg):
    s = ndig(R.randint(8, 10))
    if p(0.2):
        return hardnum(s)
    return s


# ---------------------------------------------------------------------------------------------
# Addresses, postcodes, coordinates
# ---------------------------------------------------------------------------------------------

def post_for(c):
    if c == "kz":
        return pick(["05", "01", "16", "10", "03", "06", "07", "14", "11", "13", "08"]) + dig(4)
    if c == "ru":
        return pick(["630", "644", "656", "664", "620", "125", "190", "660", "454"]) + dig(3)
    if c == "cn":
        return pick(["830", "844", "835", "730", "810", "100", "200", "610", "150", "832"]) + dig(3)
    if c == "mn":
        return pick(["14", "15", "16", "17", "18"]) + dig(3)
    if c == "uz":
        return "1" + pick(["00", "11", "40"]) + dig(3)
    if c == "kg":
        return "720" + dig(3)
    if c == "de":
        return pick("1234578") + dig(4)
    if c == "uk":
        return f"{letters(pick([1, 2]), 'BDEGLMNS')}{R.randint(1, 28)} {R.randint(1, 9)}{letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if c == "us":
        return ndig(5) + (("-" + dig(4)) if p(0.3) else "")
    if c == "tr":
        return pick(["34", "06", "35", "16"]) + dig(3)
    if c == "th":
        return "10" + dig(3)
    if c == "id":
        return pick(["10", "12", "13", "60", "40"]) + dig(3)
    if c == "vn":
        return pick(["100", "700", "550"]) + "000"
    if c == "nl":
        return f"{ndig(4)} {letters(2)}"
    if c == "ng":
        return pick(["10", "90", "50"]) + dig(4)
    if c == "ca":
        return f"{letters(1, 'KLMNT')}{R.randint(1, 9)}{letters(1)} {R.randint(1, 9)}{letters(1)}{R.randint(1, 9)}"
    return ndig(5)


def addr(c=None, with_post=False):
    c = c or pick(["kz"] * 5 + ["ru"] * 2 + ["cn"] * 4 + ["mn"] * 2 + ["uz"] * 2 + ["kg", "id", "vn", "th",
                                                                                "ng", "ke", "ae", "eg", "de", "uk", "tr"])
    n, m = R.randint(1, 240), R.randint(1, 180)
    pc = post_for(c) if with_post else None
    if c == "kz":
        city = pick(["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Semey"])
        st = pick(["Abay Avenue", "Dostyk Avenue", "Tole Bi Street", "Kabanbay Batyr Avenue",
                   "Satpayev Street", "Zhibek Zholy Avenue", "Seifullin Avenue", "Turan Avenue",
                   "Respublika Avenue", "Baitursynov Street", "Zhambyl Street", "Auezov Street"])
        f = R.randrange(4)
        if f == 0:
            s = f"{n} {st}, apt {m}, {city}"
        elif f == 1:
            s = f"{st} {n}, flat {m}, {city}"
        elif f == 2:
            s = f"microdistrict {pick(['Samal', 'Aksai', 'Orbita', 'Almagul', 'Zhetysu'])}-{R.randint(1, 5)}, building {n}, apartment {m}, {city}"
        else:
            mark()
            s = f"мкр. {pick(['Самал', 'Аксай', 'Орбита'])}-{R.randint(1, 4)}, д. {n}, кв. {m}, {city}"
        if pc:
            s = s.replace(f", {city}", f", {city} {pc}") if p(0.5) else f"{pc}, {s}"
        return s
    if c == "ru":
        city = pick(["Novosibirsk", "Omsk", "Barnaul", "Irkutsk", "Yekaterinburg", "Krasnoyarsk"])
        f = R.randrange(3)
        if f == 0:
            s = f"ul. {pick(['Lenina', 'Sovetskaya', 'Gagarina', 'Pushkina', 'Kirova'])}, d. {n}, kv. {m}, {city}"
        elif f == 1:
            s = f"{n} {pick(['Krasny Prospekt', 'Lenin Street', 'Mira Avenue', 'Karl Marx Street'])}, flat {m}, {city}"
        else:
            mark()
            s = f"ул. {pick(['Ленина', 'Советская', 'Гагарина', 'Кирова'])}, д. {n}, кв. {m}"
        if pc:
            s = f"{pc}, {s}" if p(0.6) else f"{s}, {pc}"
        return s
    if c == "cn":
        f = R.randrange(4)
        road = pick(["Xinhua North Road", "Youhao South Road", "Jiefang Road", "Beijing South Road",
                     "Renmin Road", "Changjiang Road", "Hongqi Road", "Guangming Road", "Heping Road"])
        if f == 0:
            s = f"Room {R.randint(1, 32)}0{R.randint(1, 9)}, Unit {R.randint(1, 6)}, Building {R.randint(1, 30)}, No. {n} {road}, Urumqi"
        elif f == 1:
            s = f"No. {n} {road}, {pick(['Tianshan', 'Shayibake', 'Xinshi', 'Shuimogou'])} District, Urumqi"
        elif f == 2:
            mark()
            s = (f"{pick(['乌鲁木齐市天山区', '乌鲁木齐市沙依巴克区', '伊宁市', '喀什市', '兰州市城关区'])}"
                 f"{pick(['解放北路', '友好南路', '人民路', '新华北路', '团结路'])}{n}号"
                 f"{R.randint(1, 6)}单元{R.randint(1, 25)}0{R.randint(1, 6)}室")
        else:
            s = f"Flat {R.randint(1, 28)}{pick('ABCDEF')}, {n} {road}, {pick(['Lanzhou', 'Xining', 'Yining', 'Kashgar', 'Korla'])}"
        if pc:
            s = f"{s}, {pc}" if f != 2 else f"{s}，邮编{pc}"
        return s
    if c == "mn":
        s = pick([f"apartment {m}, building {n}, {R.randint(1, 20)}th khoroo, {pick(['Sukhbaatar', 'Bayanzurkh', 'Khan-Uul', 'Chingeltei', 'Songinokhairkhan'])} district, Ulaanbaatar",
                  f"Peace Avenue {n}, apt {m}, Ulaanbaatar",
                  f"building {n}, door {m}, {pick(['Olympic Street', 'Seoul Street', 'Ikh Toiruu'])}, Ulaanbaatar"])
        if pc:
            s = f"{s} {pc}"
        return s
    if c == "uz":
        s = pick([f"Amir Temur Avenue {n}, apt {m}, Tashkent",
                  f"Chilanzar-{R.randint(1, 25)}, house {n}, apartment {m}, Tashkent",
                  f"{pick(['Navoi', 'Mustaqillik', 'Bunyodkor'])} street {n}{pick(['', 'A', 'B'])}, kv. {m}, Samarkand"])
        if pc:
            s = f"{s}, {pc}"
        return s
    if c == "kg":
        s = f"{n} {pick(['Chui Avenue', 'Manas Avenue', 'Kievskaya Street', 'Toktogul Street'])}, apt {m}, Bishkek"
        return f"{s} {pc}" if pc else s
    if c == "id":
        s = f"Jl. {pick(['Sudirman', 'Diponegoro', 'Gatot Subroto', 'Kebon Jeruk'])} No. {n}, RT 0{R.randint(1, 9)}/RW 0{R.randint(1, 9)}, {pick(['Jakarta Selatan', 'Surabaya', 'Bandung'])}"
        return f"{s} {pc}" if pc else s
    if c == "vn":
        s = f"{n} {pick(['Nguyen Trai', 'Le Loi', 'Tran Hung Dao', 'Hai Ba Trung'])} Street, Ward {R.randint(1, 15)}, District {R.randint(1, 12)}, Ho Chi Minh City"
        return f"{s} {pc}" if pc else s
    if c == "th":
        s = f"{n}/{m} Sukhumvit Soi {R.randint(1, 77)}, Khlong Toei, Bangkok"
        return f"{s} {pc}" if pc else s
    if c == "ng":
        s = pick([f"Plot {n}, Adeola Odeku Street, Victoria Island, Lagos", f"{n} Ikorodu Road, Lagos",
                  f"House {n}, {pick(['Aminu Kano Crescent', 'Gana Street'])}, Wuse II, Abuja"])
        return f"{s} {pc}" if pc else s
    if c == "ke":
        s = f"House {n}, {pick(['Ngong Road', 'Riverside Drive', 'Argwings Kodhek Road'])}, Nairobi"
        return f"{s}, {pc}" if pc else s
    if c == "ae":
        s = pick([f"Villa {n}, Street {m}, Al Barsha 2, Dubai", f"Flat {R.randint(1, 30)}0{R.randint(1, 9)}, {pick(['Al Nahda', 'Marina Crown', 'Al Reem'])} Tower, Dubai"])
        return f"{s}, P.O. Box {ndig(5)}" if pc else s
    if c == "eg":
        s = f"{n} {pick(['Tahrir Street', 'Mossadak Street', 'El Batal Ahmed Abdel Aziz Street'])}, Dokki, Giza"
        return f"{s} {pc}" if pc else s
    if c == "de":
        s = f"{pick(['Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Gartenweg'])} {n}"
        return f"{s}, {post_for('de')} {pick(['Berlin', 'Hamburg', 'Leipzig'])}" if pc else f"{s}, {pick(['Berlin', 'Hamburg', 'Leipzig'])}"
    if c == "uk":
        s = f"{n} {pick(['Elm Grove', 'Station Road', 'Victoria Street', 'Mill Lane'])}, {pick(['Leeds', 'Manchester', 'Leicester'])}"
        return f"{s} {post_for('uk')}" if pc else s
    s = f"{pick(['Atatürk Caddesi', 'Cumhuriyet Caddesi'])} No: {n} Daire {m}, {pick(['Istanbul', 'Ankara'])}"
    return f"{s} {pc}" if pc else s


def g_ADDR(arg):
    return addr(arg or None, with_post=False)


def g_ADDRP(arg):
    c = pick(["kz", "kz", "ru", "cn", "cn", "mn", "uz", "kg", "id", "th", "de", "uk", "uk", "tr", "ng", "vn"])
    return addr(c, with_post=True)


def g_POST(arg):
    c = arg or pick(["kz", "kz", "kz", "ru", "ru", "cn", "cn", "cn", "mn", "uz", "kg", "de", "uk", "us", "tr",
                     "th", "id", "vn", "nl", "ca"])
    s = post_for(c)
    if p(0.1) and s.isdigit():
        return hardnum(s) if p(0.5) else (mark() or fw(s))
    return s


GEO_BASE = [(43.238, 76.889), (51.128, 71.430), (43.825, 87.617), (47.918, 106.917), (41.299, 69.240),
            (42.874, 74.569), (38.559, 68.787), (55.008, 82.935), (25.204, 55.270), (6.524, 3.379),
            (-6.208, 106.845), (21.028, 105.854), (13.756, 100.501), (39.470, 75.989), (44.212, 80.417),
            (49.948, 82.628), (46.848, 74.995), (48.806, 87.000), (40.528, 72.798), (-1.292, 36.822),
            (30.044, 31.236), (45.767, 106.263), (49.030, 104.050), (36.061, 103.834)]


def dms(x, pos, neg):
    h = pos if x >= 0 else neg
    x = abs(x)
    d_ = int(x)
    m_ = int((x - d_) * 60)
    s_ = (x - d_ - m_ / 60) * 3600
    return f"{d_}°{m_:02d}′{s_:04.1f}″{h}"


def g_GEO(arg):
    la, lo = pick(GEO_BASE)
    la += R.uniform(-0.3, 0.3)
    lo += R.uniform(-0.3, 0.3)
    dp = pick([4, 5, 5, 6])
    A, B = f"{la:.{dp}f}", f"{lo:.{dp}f}"
    c = R.randrange(8, 11) if p(0.12) else R.randrange(8)
    if c == 0:
        return f"{A}, {B}"
    if c == 1:
        return f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}, {lo:.4f}° E"
    if c == 2:
        return f"{dms(la, 'N', 'S')} {dms(lo, 'E', 'W')}"
    if c == 3:
        return f"lat {A}, lon {B}"
    if c == 4:
        return f"({A}, {B})"
    if c == 5:
        return f"{A}N {B}E" if la >= 0 else f"{A}, {B}"
    if c == 6:
        return f"GPS {A} {B}"
    if c == 7:
        return f"latitude {A}, longitude {B}"
    mark()
    if c == 8:
        return f"{A.replace('.', ',')}; {B.replace('.', ',')}"
    if c == 9:
        return f"北纬{abs(la):.4f}°，东经{lo:.4f}°" if la >= 0 else f"{A}, {B}"
    return f"{A} / {B}".replace(".", " . ") if p(0.3) else fw(f"{A}, {B}")


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------

def passport_value():
    c = R.randrange(16)
    if c == 0:
        return "N" + dig(8)
    if c == 1:
        return pick([f"{ndig(2)} {dig(7)}", ndig(9)])
    if c == 2:
        return pick(["AA", "AB", "AC", "FA", "FB"]) + dig(7)
    if c == 3:
        return "AC" + dig(7)
    if c == 4:
        return "E" + dig(7)
    if c == 5:
        return pick(["E", "EA", "EB", "EC", "EE"]) + dig(8 if p(0.5) else 7)
    if c == 6:
        return pick([ndig(9), "A" + dig(8)])
    if c == 7:
        return ndig(9)
    if c == 8:
        return "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789").upper()
    if c == 9:
        return pick("ABCX") + dig(7)
    if c == 10:
        return pick("CNB") + dig(7)
    if c == 11:
        return pick(["AA", "AB", "AC"]) + dig(7)
    if c == 12:
        return pick("ABD") + dig(8)
    if c == 13:
        return "A" + dig(8)
    if c == 14:
        return "U" + dig(8)
    return pick("KPX") + dig(8)


def g_PASS(arg):
    v = passport_value()
    if p(0.1):
        mark()
        h = R.randrange(4)
        if h == 0:
            return " ".join(v.replace(" ", ""))
        if h == 1:
            return fw(v)
        if h == 2:
            return v[:len(v) // 2] + " " + v[len(v) // 2:] if " " not in v else v.replace(" ", "-")
        return spell(v)
    return v


def iin():
    y, m, dd = R.randint(1940, 2020), R.randint(1, 12), R.randint(1, 28)
    cent = (3 if y < 2000 else 5) + pick([0, 1])
    return f"{str(y)[2:]}{m:02d}{dd:02d}{cent}{dig(5)}"


def g_NID(arg):
    c = R.randrange(20)
    if c in (0, 1):
        lab, v = pick(["IIN", "ИИН", "IIN (ЖСН)", "individual identification number"]), iin()
    elif c == 2:
        lab, v = pick(["SNILS", "СНИЛС"]), f"{dig(3)}-{dig(3)}-{dig(3)} {dig(2)}"
    elif c == 3:
        lab = pick(["Russian internal passport", "internal passport", "паспорт РФ", "general passport (series/number)"])
        v = pick([f"{ndig(4)} {dig(6)}", f"{ndig(2)} {dig(2)} {dig(6)}", f"серия {ndig(4)} № {dig(6)}"])
    elif c in (4, 5):
        lab = pick(["PINFL", "ПИНФЛ", "JSHSHIR", "personal ID number (PINFL)"])
        v = f"{pick('3456')}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(40, 99)}{dig(7)}"
    elif c == 6:
        lab = pick(["Mongolian register number", "регистрийн дугаар", "civil registration number", "РД"])
        a = pick(["УБ", "ЧЕ", "ДА", "ОЮ", "ТА", "UB", "CHE"])
        v = f"{a}{R.randint(40, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dig(2)}"
    elif c == 7:
        lab = pick(["SSN", "Social Security number"])
        v = f"{R.randint(100, 665)}-{dig(2)}-{ndig(4)}"
    elif c == 8:
        lab = pick(["Thai ID", "Thai national ID card number", "เลขบัตรประชาชน"])
        v = f"{pick('1358')}-{dig(4)}-{dig(5)}-{dig(2)}-{dig(1)}" if p(0.6) else pick("1358") + dig(12)
    elif c == 9:
        lab = pick(["NIK", "KTP number", "NIK (KTP)"])
        v = f"{pick(['31', '32', '35', '12', '73'])}{dig(4)}{R.randint(1, 71):02d}{R.randint(1, 12):02d}{R.randint(60, 99)}{dig(4)}"
    elif c == 10:
        lab = pick(["CCCD", "số CCCD", "citizen ID (CCCD)"])
        v = f"0{R.randint(1, 96):02d}{pick('0123')}{dig(2)}{dig(6)}"
    elif c == 11:
        lab = pick(["TC Kimlik No", "Turkish ID number", "T.C. kimlik"])
        v = ndig(11)
    elif c == 12:
        lab = pick(["Egyptian national ID", "national ID number"])
        v = f"{pick('23')}{R.randint(40, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dig(7)}"
    elif c == 13:
        lab = pick(["NIN", "National Identification Number"])
        v = ndig(11)
    elif c == 14:
        lab = pick(["CNIC", "Pakistani CNIC"])
        v = f"{pick(['35202', '42101', '61101'])}-{dig(7)}-{dig(1)}"
    elif c == 15:
        lab = pick(["Aadhaar", "Aadhaar number"])
        v = f"{ndig(4)} {dig(4)} {dig(4)}"
    elif c == 16:
        lab = pick(["Kyrgyz PIN", "ПИН (Кыргызстан)", "personal identification number"])
        v = f"{pick('12')}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(1950, 2015)}{dig(5)}"
    elif c == 17:
        lab = pick(["Tajik ID card number", "national ID card"])
        v = f"A{dig(8)}" if p(0.5) else ndig(9)
    elif c == 18:
        lab = pick(["Emirates ID", "Emirates ID number"])
        v = f"784-{R.randint(1950, 2015)}-{dig(7)}-{dig(1)}"
    else:
        lab = pick(["Iranian national code", "کد ملی"])
        v = ndig(10)
    if p(0.1):
        v = hardnum(v.replace("-", "").replace(" ", "")) if v.replace("-", "").replace(" ", "").isdigit() else v
    if arg == "v":
        return v
    return pick([f"{lab} {v}", f"{lab}: {v}", f"{lab} {v}", f"{lab} — {v}"])


RID_REGION = ["650102", "650103", "650104", "650105", "650106", "650121", "652801", "654002",
              "653101", "652301", "620102", "630102", "110105", "310115", "440305", "510107",
              "410105", "150102", "230103", "610113", "370202", "320106", "420106", "430103",
              "350203", "210102", "120101", "500103", "640104", "540102", "654021", "652101"]
RID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid_value():
    y = R.randint(1935, 2021)
    body = f"{pick(RID_REGION)}{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dig(3)}"
    chk = "10X98765432"[sum(int(a) * w for a, w in zip(body, RID_W)) % 11]
    if p(0.1):
        chk = pick([x for x in "0123456789X" if x != chk])
    return body + chk


def g_RID(arg):
    v = rid_value()
    c = R.randrange(6, 10) if p(0.16) else 0
    if c < 6:
        return v
    mark()
    if c == 6:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if c == 7:
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    if c == 8:
        return fw(v).replace("X", "x") if p(0.5) else v.replace("X", "x")
    return " ".join(group(v, [4, 4, 4, 4, 2]).split())


# ---------------------------------------------------------------------------------------------
# Hospital, insurance, money, licences, vehicles, devices, other numbers
# ---------------------------------------------------------------------------------------------

def mrn_value():
    y = R.randint(2015, 2025)
    return pick([ndig(R.randint(8, 11)), f"ZY{y}{dig(6)}", f"MZ{dig(8)}", f"H{ndig(7)}",
                 f"{y}-{dig(6)}", f"{ndig(4)}-{dig(4)}", f"IP{ndig(7)}", f"00{ndig(8)}",
                 f"{y}{dig(5)}", f"PT-{ndig(6)}", f"{letters(2)}{ndig(6)}"])


def g_MRNV(arg):
    v = mrn_value()
    if p(0.1):
        return hardnum(v) if v.replace("-", "").isdigit() else (mark() or " ".join(v))
    return v


def g_MRN(arg):
    lab = pick(["MRN", "MRN:", "medical record no.", "medical record number", "hospital number",
                "patient ID", "inpatient no.", "住院号", "病案号", "病历号", "outpatient card no.",
                "case file no.", "chart no.", "hospital ID", "record number", "MR#", "门诊号"])
    return f"{lab} {g_MRNV(None)}"


def g_HPN(arg):
    c = R.randrange(16)
    if c == 0:
        s = f"{pick(['OMS policy', 'полис ОМС', 'compulsory medical insurance policy'])} {ndig(4)} {dig(4)} {dig(4)} {dig(4)}"
    elif c == 1:
        s = f"{pick(['member ID', 'Member ID:', 'membership number'])} {pick(['BUP', 'GLB', 'MBR'])}-{ndig(8)}"
    elif c == 2:
        s = f"Cigna member ID U{dig(8)} {dig(2)}"
    elif c == 3:
        s = f"{pick(['Bupa Global', 'Bupa'])} membership no. {ndig(8)}"
    elif c == 4:
        s = f"Allianz Care policy P-{dig(7)}"
    elif c == 5:
        s = f"AXA {pick(['policy', 'policy number', 'contract no.'])} {ndig(3)}{letters(2)}{dig(6)}"
    elif c == 6:
        s = f"NHIF {pick(['no.', 'number', 'card'])} {ndig(7)}"
    elif c == 7:
        s = f"BPJS Kesehatan card {'000' + dig(10)}"
    elif c == 8:
        s = f"PhilHealth no. {ndig(2)}-{dig(9)}-{dig(1)}"
    elif c == 9:
        s = f"EHIC card no. 80{dig(3)} {dig(5)} {dig(10)}"
    elif c == 10:
        s = f"{pick(['医保卡号', '医保号', 'medical insurance card'])} {pick(['65', '62', '11', '31'])}{dig(2)}{ndig(10)}"
    elif c == 11:
        s = f"{pick(['insurance policy no.', 'policy No.', 'health insurance policy'])} {pick(['POL', 'HI', 'MED'])}-{R.randint(2018, 2025)}-{ndig(6)}"
    elif c == 12:
        s = f"Daman card no. {ndig(3)} {dig(3)} {dig(3)} {dig(4)}"
    elif c == 13:
        s = f"Versichertennummer {letters(1)}{ndig(9)}"
    elif c == 14:
        s = f"{pick(['travel medical insurance', 'Ingosstrakh policy', 'Sogaz policy'])} No. {letters(3)} {ndig(7)}"
    else:
        s = f"{pick(['insurance card', 'insurance member number', 'policy holder ID'])} {ndig(10)}"
    if p(0.08):
        mark()
        s = fw(s) if p(0.5) else s.lower()
    return s


def iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


def g_ACCT(arg):
    c = R.randrange(14)
    if c == 0:
        v = iban("KZ", f"{dig(3)}{letters(1)}{dig(12)}".upper())
        s = f"IBAN {group(v, [4, 4, 4, 4, 4])}"
    elif c == 1:
        v = iban("DE", dig(18))
        s = f"IBAN {group(v, [4] * 6)}"
    elif c == 2:
        v = iban("GB", pick(["NWBK", "BARC", "HBUK", "LOYD"]) + dig(14))
        s = pick([f"IBAN {v}", f"account {group(v, [4] * 6)}"])
    elif c == 3:
        v = iban("AE", dig(19))
        s = f"IBAN {v}"
    elif c == 4:
        v = iban("TR", dig(5) + "0" + dig(16))
        s = f"IBAN {group(v, [4] * 7)}"
    elif c == 5:
        s = f"{pick(['account no.', 'счёт', 'current account', 'расчётный счёт'])} 40817810{dig(12)}"
    elif c == 6:
        s = f"{pick(['Kaspi card', 'Kaspi Gold card', 'card'])} {group(luhn('4400430' + dig(8)), [4, 4, 4, 4])}"
    elif c == 7:
        s = f"{pick(['UnionPay card', '银行卡号', 'bank card'])} {group(luhn('62' + pick(['22', '17', '28', '15']) + dig(14)), [4, 4, 4, 4, 3])}"
    elif c == 8:
        s = f"{pick(['Mir card', 'Sberbank card'])} {group(luhn('2202' + dig(11)), [4, 4, 4, 4])}"
    elif c == 9:
        s = f"{pick(['GTBank', 'Access Bank', 'Zenith Bank'])} account {ndig(10)}"
    elif c == 10:
        s = f"{pick(['Visa card', 'Mastercard', 'card number'])} {group(luhn(pick(['4', '5']) + dig(14)), [4, 4, 4, 4])}"
    elif c == 11:
        s = f"{pick(['Khan Bank account', 'Golomt account'])} {ndig(10)}"
    elif c == 12:
        s = f"{pick(['Halyk account', 'bank account'])} {iban('KZ', '601' + 'A' + dig(12))}"
    else:
        s = f"{pick(['Bank Mandiri account', 'BCA account'])} {ndig(10)}"
    if p(0.1):
        mark()
        h = R.randrange(3)
        s = fw(s) if h == 0 else (s.lower() if h == 1 else re.sub(r"(\d{4}) ", r"\1-", s))
    return s


def g_LIC(arg):
    c = R.randrange(12)
    if c == 0:
        s = f"{pick(['practising certificate no.', 'physician practising certificate', 'practice licence no.'])} {ndig(15)}"
    elif c == 1:
        s = f"医师执业证书编码 {ndig(15)}"
    elif c == 2:
        s = f"GMC {pick(['No.', 'number', 'reg.'])} {ndig(7)}"
    elif c == 3:
        s = f"NMC PIN {dig(2)}{letters(1)}{dig(4)}{letters(1)}"
    elif c == 4:
        s = f"NPI {luhn('1' + dig(8))}"
    elif c == 5:
        s = f"{pick(['nurse practising certificate', '护士执业证书编号'])} {R.randint(2005, 2023)}{ndig(8)}"
    elif c == 6:
        s = f"{pick(['pharmacist registration no.', 'licensed pharmacist no.'])} {letters(2)}{ndig(8)}"
    elif c == 7:
        s = f"{pick(['medical licence No.', 'licence No.', 'licence number'])} {pick(['МЛ', 'ML', 'KZ', 'LO'])}-{ndig(7)}"
    elif c == 8:
        s = f"{pick(['physician qualification certificate', '医师资格证书编号'])} {R.randint(1998, 2022)}{ndig(11)}"
    elif c == 9:
        s = f"{pick(['state licence', 'medical license'])} #{letters(1)}{ndig(6)}"
    elif c == 10:
        s = f"{pick(['registration no.', 'professional registration'])} {pick(['MDC', 'MCZ', 'MDCN'])}/{ndig(5)}"
    else:
        s = f"{pick(['TCM practitioner licence', 'acupuncture licence'])} {ndig(12)}"
    if p(0.08):
        mark()
        s = fw(s)
    return s


CYR_PLATE = "АВЕКМНОРСТУХ"


def plate():
    c = R.randrange(11)
    if c == 0:
        return f"{ndig(3)} {letters(3, 'ABCDEFHKLMNOPSTXYZ')} {pick(['01', '02', '05', '17', '13', '10', '15'])}"
    if c == 1:
        return f"{ndig(3)}{letters(3, 'ABCDEFHKLMNOPSTXYZ')}{pick(['02', '01', '09'])}"
    if c == 2:
        return f"{pick(CYR_PLATE)}{ndig(3)}{pick(CYR_PLATE)}{pick(CYR_PLATE)} {pick(['54', '154', '55', '22', '38', '77'])}"
    if c == 3:
        return f"{pick(['新A', '新B', '新F', '甘A', '京B', '粤B'])}·{letters(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{ndig(4)}"
    if c == 4:
        return f"{pick(['新A', '新A', '新J'])} {ndig(1)}{letters(1)}{dig(2)}{letters(1)}"
    if c == 5:
        return f"{ndig(4)} {pick(['УБА', 'УБЕ', 'УНМ', 'ДАА'])}"
    if c == 6:
        return f"{pick(['01', '10', '30'])} {letters(1)} {ndig(3)} {letters(2)}"
    if c == 7:
        return f"Dubai {letters(1)} {ndig(5)}"
    if c == 8:
        return f"{letters(2)}{R.randint(10, 73)} {letters(3)}"
    if c == 9:
        return f"{pick(['34', '06', '35'])} {letters(3)} {ndig(3)}"
    return f"{letters(3)}-{ndig(3)}{letters(2)}"


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["XTA", "JTD", "WVW", "LSV", "KMH", "Z94", "LFV", "WDB", "JN1", "LGW", "XW8", "Y6D"])
    return wmi + "".join(pick(VIN_CH) for _ in range(6)) + "".join(pick(VIN_CH) for _ in range(2)) + dig(6)


def g_VEH(arg):
    if p(0.3):
        v = vin()
        if p(0.15):
            mark()
            v = " ".join(group(v, [3, 6, 8]).split())
        return f"{pick(['VIN', 'VIN:', 'chassis number', 'vehicle identification number', 'VIN code'])} {v}"
    v = plate()
    if p(0.15):
        mark()
        v = v.replace(" ", "") if " " in v else " ".join(v)
    return f"{pick(['plate', 'licence plate', 'number plate', 'reg.', 'госномер', '车牌', 'plate number', 'car number', 'registration'])} {v}"


def g_PLATE(arg):
    return plate()


DEV_GROUPS = {"pump": [2, 5, 13], "phone": [3, 4, 8], "implant": [0, 1, 6, 11, 12, 16],
              "home": [9, 10, 15, 7]}


def g_DEV(arg):
    c = pick(DEV_GROUPS[arg]) if arg else R.randrange(17)
    if c == 0:
        s = f"pacemaker serial no. {letters(3)}{ndig(6)}{letters(1)}"
    elif c == 1:
        s = f"{pick(['ICD serial', 'defibrillator S/N'])} {letters(3)}{ndig(6)}"
    elif c == 2:
        s = f"insulin pump S/N {pick(['NG', 'PA', 'OP'])}{ndig(7)}{letters(1)}"
    elif c == 3:
        s = f"IMEI {luhn(pick(['35', '86', '49']) + dig(12))}"
    elif c == 4:
        im = luhn(pick(["35", "86"]) + dig(12))
        s = f"IMEI {im[:2]}-{im[2:8]}-{im[8:14]}-{im[14]}"
    elif c == 5:
        s = f"CGM transmitter ID {ndig(1)}{letters(1)}{alnum(4).upper()}"
    elif c == 6:
        s = f"cochlear implant serial number {ndig(7)}"
    elif c == 7:
        s = f"hearing aid serial {R.randint(14, 24)}{letters(1)}{ndig(5)}"
    elif c == 8:
        s = f"MAC address {':'.join(alnum(2, '0123456789ABCDEF') for _ in range(6))}"
    elif c == 9:
        s = f"ventilator serial {R.randint(2015, 2024)}{ndig(6)}"
    elif c == 10:
        s = f"CPAP device serial {ndig(11)}"
    elif c == 11:
        s = f"LVAD serial {pick(['HM3', 'HVAD'])}-{ndig(5)}"
    elif c == 12:
        s = f"neurostimulator serial {letters(3)}{ndig(6)}{letters(1)}"
    elif c == 13:
        s = f"glucometer S/N {letters(2)}{ndig(7)}"
    elif c == 14:
        s = f"UDI (01){dig(14)}(21){alnum(8).upper()}"
    elif c == 15:
        s = f"Holter recorder serial {ndig(8)}"
    else:
        s = f"{pick(['implant serial', 'stent lot/serial', 'valve serial number'])} {ndig(8)}"
    if p(0.08):
        mark()
        s = fw(s) if p(0.5) else s.upper()
    return s


OTH_GROUPS = {"visa": [0, 1, 18], "ticket": [2, 3, 4], "court": [5, 6], "emp": [7, 17], "student": [8],
              "courier": [9, 10, 11, 12], "appt": [13], "claim": [14], "inv": [15], "order": [16, 19, 21],
              "hotel": [20]}


def g_OTH(arg):
    c = pick(OTH_GROUPS[arg]) if arg else R.randrange(22)
    y = R.randint(2019, 2025)
    if c == 0:
        s = f"{pick(['visa no.', 'visa number', 'Chinese visa number'])} {ndig(8) if p(0.5) else letters(1) + ndig(8)}"
    elif c == 1:
        s = f"{pick(['medical visa (S2) no.', 'M-visa no.', 'visa sticker no.'])} {letters(1)}{ndig(7)}"
    elif c == 2:
        s = f"{pick(['e-ticket', 'ticket number', 'e-ticket no.'])} {pick(['465', '784', '999', '555', '781'])}-{ndig(10)}"
    elif c == 3:
        s = f"{pick(['booking reference', 'PNR', 'booking code', 'reservation code'])} {letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"
    elif c == 4:
        s = f"{pick(['train ticket no.', '火车票号'])} {letters(1)}{ndig(9)}"
    elif c == 5:
        s = f"court case No. {R.randint(2, 3)}-{ndig(4)}/{y}"
    elif c == 6:
        s = f"case ({y})新{R.randint(1, 9):02d}{R.randint(1, 9):02d}民初{ndig(4)}号"
    elif c == 7:
        s = f"{pick(['employee ID', 'staff number', 'employee no.', '工号'])} {pick(['E', 'S', ''])}{ndig(6)}"
    elif c == 8:
        s = f"{pick(['student ID', 'student number', '学号'])} {y - R.randint(0, 5)}{ndig(6)}"
    elif c == 9:
        s = f"{pick(['SF Express waybill', 'tracking number', 'SF tracking no.'])} SF{ndig(13)}"
    elif c == 10:
        s = f"EMS {letters(2)}{ndig(9)}CN"
    elif c == 11:
        s = f"{pick(['DHL waybill', 'DHL tracking'])} {ndig(10)}"
    elif c == 12:
        s = f"CDEK {pick(['order', 'tracking'])} {ndig(10)}"
    elif c == 13:
        s = f"{pick(['appointment no.', 'appointment number', 'appointment reference', '预约号'])} {pick(['A', 'B', 'GH', 'APT-'])}{ndig(6)}"
    elif c == 14:
        s = f"{pick(['insurance claim no.', 'claim number', 'claim reference'])} {pick(['CLM', 'CL', 'CN'])}-{y}-{ndig(6)}"
    elif c == 15:
        s = f"{pick(['invitation letter ref.', 'invitation no.', 'invitation reference'])} INV-{y}-{ndig(4)}"
    elif c == 16:
        s = f"{pick(['order no.', 'pharmacy order', 'order number'])} {ndig(12)}"
    elif c == 17:
        s = f"{pick(['work permit no.', 'work permit number'])} {ndig(10)}"
    elif c == 18:
        s = f"{pick(['visa application reference', 'online visa application no.'])} {letters(3)}{ndig(9)}"
    elif c == 19:
        s = f"{pick(['receipt no.', 'invoice no.', 'fapiao no.'])} {ndig(8)}"
    elif c == 20:
        s = f"{pick(['hotel booking no.', 'hotel confirmation number'])} {ndig(9)}"
    else:
        s = f"{pick(['donation receipt', 'transfer reference'])} {letters(2)}{ndig(10)}"
    if p(0.08):
        mark()
        s = fw(s) if p(0.5) else re.sub(r"(\d)(?=\d)", r"\1 ", s, count=6)
    return s


# ---------------------------------------------------------------------------------------------
# Clean fillers (no identifiers)
# ---------------------------------------------------------------------------------------------

CITIES = ("Almaty Astana Shymkent Karaganda Aktobe Atyrau Semey Oskemen Taraz Pavlodar Kostanay "
          "Bishkek Osh Tashkent Samarkand Bukhara Namangan Andijan Dushanbe Khujand Ulaanbaatar "
          "Erdenet Darkhan Khovd Novosibirsk Omsk Barnaul Irkutsk Moscow Yekaterinburg Dubai "
          "Riyadh Muscat Baghdad Tehran Kabul Jakarta Surabaya Hanoi Bangkok Vientiane Yangon "
          "Lagos Abuja Nairobi Accra Khartoum Cairo Berlin Warsaw Prague Milan Urumqi Kashgar "
          "Yining Lanzhou Xining Harbin Chengdu Zhengzhou Hohhot Korla Aksu Altay").split() + \
    ["Addis Ababa", "Ho Chi Minh City", "Chiang Mai", "Ust-Kamenogorsk"]
COUNTRIES = ("Kazakhstan Kyrgyzstan Uzbekistan Tajikistan Turkmenistan Mongolia Russia Afghanistan "
             "Iraq Jordan Oman Yemen Iran Indonesia Vietnam Thailand Laos Myanmar Cambodia Nigeria "
             "Kenya Ethiopia Ghana Sudan Egypt Tanzania Germany Poland Italy Georgia Armenia "
             "Azerbaijan Pakistan Malaysia").split() + ["the Philippines", "the UAE", "Saudi Arabia"]
NATS = ("Kazakh Kyrgyz Uzbek Tajik Turkmen Mongolian Russian Afghan Iraqi Emirati Omani Indonesian "
        "Vietnamese Thai Lao Nigerian Kenyan Ethiopian Ghanaian Sudanese Egyptian German Polish "
        "Georgian Pakistani Malaysian Yemeni Jordanian").split()
CNPROV = ["Gansu", "Qinghai", "Henan", "Sichuan", "Heilongjiang", "Inner Mongolia", "Ningxia",
          "Shaanxi", "Hebei", "Yunnan", "Guizhou", "Shandong", "Jilin", "Hunan", "Anhui"]
MNREGION = ["Khovd province", "the Gobi-Altai aimag", "Uvs province", "Dornogovi", "Arkhangai",
            "Bayan-Ölgii", "Zavkhan province", "the Khentii aimag", "Selenge province"]


def g_CITY(arg):
    return pick(CITIES)


def g_COUNTRY(arg):
    return pick(COUNTRIES)


def g_NAT(arg):
    return pick(NATS)


def g_CNPROV(arg):
    return pick(CNPROV)


def g_MNREGION(arg):
    return pick(MNREGION)


SMALLW = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve"]


def g_AGE(arg):
    if arg == "k":
        c = R.randrange(3)
        if c == 0:
            return f"{pick(SMALLW)}-year-old"
        if c == 1:
            return f"{R.randint(2, 23)}-month-old"
        return f"{R.randint(1, 16)}-year-old"
    a = R.choice(list(range(20, 90)) + [89, 89, 88, 85])
    if p(0.15):
        return pick(["89-year-old", "88-year-old", "eighty-nine-year-old", "87-year-old",
                     "eighty-year-old", "sixty-four-year-old", "thirty-year-old"])
    return f"{a}-year-old"


def g_AGEN(arg):
    if arg == "old":
        return str(R.choice(list(range(70, 90)) + [89, 89]))
    return str(R.choice(list(range(19, 90)) + [89, 89, 88]))


def g_DECADE(arg):
    pr = pick(["her", "his"]) if not arg else {"f": "her", "m": "his", "p": "their"}[arg]
    return f"in {pr} {pick(['early ', 'mid-', 'late ', ''])}{pick(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'eighties'])}"


def g_AGESMALL(arg):
    return pick(["three", "18 months old", "four years old", "seven", "two and a half", "nine months old",
                 "barely six", "11", "five", "14 months old"])


def g_MY(arg):
    y = R.randint(2014, 2025)
    m = R.randint(1, 12)
    c = R.randrange(12)
    if c < 4:
        return f"{MONTHS[m - 1]} {y}"
    if c == 4:
        return f"{MON3[m - 1]} {y}"
    if c == 5:
        return f"{y}年{m}月"
    if c == 6:
        return f"{m:02d}/{y}"
    if c == 7:
        return f"{MON3[m - 1]}-{str(y)[2:]}"
    if c == 8:
        return f"early {MONTHS[m - 1]} {y}"
    if c == 9:
        return f"late {MONTHS[m - 1]} {y}"
    if c == 10:
        return f"mid-{MONTHS[m - 1]} {y}"
    return f"{MONTHS[m - 1].lower()} {y}"


def g_YEAR(arg):
    if arg == "r":
        return str(R.randint(2016, 2025))
    if arg == "b":
        return str(R.randint(1935, 1992))
    return str(R.randint(2003, 2025))


def g_SEASON(arg):
    y = R.randint(2015, 2025)
    return pick([f"the spring of {y}", f"summer {y}", f"autumn {y}", f"the winter of {y}", "last winter",
                 f"the {pick(['summer', 'autumn', 'winter', 'spring'])} of {y - 1}",
                 "Nauryz week", "the Spring Festival holiday", "Ramadan", "the New Year holidays",
                 "Tsagaan Sar", f"fall {y}"])


DRUGS = ["Keytruda", "Tagrisso", "Herceptin", "Glivec", "Lantus", "Ozempic", "Xarelto", "Eliquis",
         "Opdivo", "Lenvima", "Sutent", "Revlimid", "Avastin", "Tecentriq", "Nexavar", "Sovaldi",
         "Harvoni", "Humira", "Jardiance", "Januvia", "Plavix", "Lipitor", "Crestor", "Concor",
         "Euthyrox", "Augmentin", "Ceftriaxone", "Zoloft", "Lyrica", "Xeloda", "Temodar", "Imbruvica",
         "Venclexta", "Tyverb", "Ibrance", "Zytiga", "Baraclude", "Vemlidy", "Tamiflu", "Sandimmun",
         "Prograf", "CellCept", "Arimidex", "Nolvadex", "Sorafenib", "Anlotinib", "Camrelizumab",
         "Sintilimab", "Toripalimab", "Osimertinib", "Icotinib"]
DOSES = ["metformin 500 mg twice daily", "insulin glargine 18 units at bedtime",
         "amlodipine 5 mg once a day", "atorvastatin 20 mg at night", "aspirin 100 mg daily",
         "clopidogrel 75 mg once daily", "prednisolone 40 mg tapering by 5 mg a week",
         "tacrolimus 2 mg twice daily", "entecavir 0.5 mg on an empty stomach",
         "levothyroxine 75 µg every morning", "furosemide 40 mg in the morning",
         "omeprazole 20 mg before breakfast", "enoxaparin 40 mg subcutaneously once a day",
         "paracetamol 1 g up to four times a day", "ceftriaxone 2 g IV once daily",
         "osimertinib 80 mg daily", "imatinib 400 mg a day", "capecitabine 1,000 mg/m² twice daily",
         "morphine 5 mg every four hours as needed", "vitamin D 2,000 IU daily",
         "iron sucrose 200 mg IV weekly", "ursodeoxycholic acid 250 mg three times a day",
         "warfarin 3 mg, target INR 2–3", "bisoprolol 2.5 mg once daily",
         "methotrexate 15 mg once a week", "folic acid 5 mg weekly", "ondansetron 8 mg before chemo",
         "mycophenolate 720 mg twice daily", "sorafenib 400 mg twice a day",
         "lenvatinib 8 mg once daily", "pembrolizumab 200 mg every three weeks",
         "carboplatin AUC 5", "cisplatin 75 mg/m² on day 1", "gemcitabine 1,000 mg/m²",
         "rituximab 375 mg/m²", "erythropoietin 4,000 units three times a week",
         "5 ml of lactulose syrup at night", "two puffs of salbutamol as needed",
         "amoxicillin 50 mg/kg/day in three doses", "0.9% saline at 80 ml/h"]
LABS = ["haemoglobin of 62 g/L", "HbA1c of 9.4%", "creatinine of 412 µmol/L", "eGFR of 23 ml/min",
        "platelet count of 31 × 10⁹/L", "ALT of 286 U/L", "total bilirubin of 178 µmol/L",
        "AFP above 1,200 ng/ml", "CEA of 48 ng/ml", "PSA of 14.6 ng/ml", "CA-125 of 310 U/ml",
        "ferritin of 12 ng/ml", "INR of 3.8", "potassium of 6.1 mmol/L", "sodium of 126 mmol/L",
        "white count of 23 × 10⁹/L", "CRP of 148 mg/L", "troponin I of 2.4 ng/ml",
        "ejection fraction of 28%", "oxygen saturation of 84% on room air", "blood pressure of 190/110",
        "fasting glucose of 14.2 mmol/L", "HBV DNA of 2.3 × 10⁶ IU/ml", "viral load below 20 copies/ml",
        "ammonia of 96 µmol/L", "albumin of 24 g/L", "lactate of 4.1 mmol/L", "TSH of 0.01 mIU/L",
        "vitamin B12 below 100 pg/ml", "BNP of 1,860 pg/ml", "uric acid of 620 µmol/L",
        "cholesterol of 7.8 mmol/L", "SUVmax of 12.6 on PET-CT",
        "Ki-67 of 40%", "D-dimer of 5.6 mg/L", "procalcitonin of 8.2 ng/ml", "pH of 7.21",
        "bone density T-score of −3.1", "24-hour protein of 5.2 g"]


ONC_DRUGS = ["Keytruda", "Tagrisso", "Herceptin", "Glivec", "Opdivo", "Lenvima", "Sutent", "Revlimid",
             "Avastin", "Tecentriq", "Nexavar", "Xeloda", "Temodar", "Imbruvica", "Venclexta", "Tyverb",
             "Ibrance", "Zytiga", "sorafenib", "anlotinib", "camrelizumab", "sintilimab", "toripalimab",
             "osimertinib", "icotinib"]


def g_DRUG(arg):
    if arg == "onc":
        return pick(ONC_DRUGS)
    return pick(DRUGS)


def g_DOSE(arg):
    s = pick(DOSES)
    if p(0.06):
        mark()
        s = fw(s)
    return s


VOWEL_START = ("HbA1c", "eGFR", "ALT", "AFP", "INR", "ejection", "oxygen", "ammonia", "albumin",
               "SUVmax", "HBV", "ALT", "Ki-67", "RBC")


def g_LABV(arg):
    s = pick(LABS)
    if arg in ("a", "A"):
        art = "an" if s.startswith(VOWEL_START) else "a"
        s = f"{art} {s}"
        if arg == "A":
            s = s[0].upper() + s[1:]
    return s


def g_PRICE(arg):
    c = R.randrange(9)
    if c == 0:
        return f"¥{R.randint(3, 480)},{R.randint(0, 9)}00"
    if c == 1:
        return f"{R.randint(2, 95)},000 yuan"
    if c == 2:
        return f"USD {R.randint(2, 60)},{R.randint(0, 9)}00"
    if c == 3:
        return f"about {R.randint(2, 40)} million tenge"
    if c == 4:
        return f"{R.randint(1, 30)}.{R.randint(1, 9)} million tugriks"
    if c == 5:
        return f"RMB {R.randint(1, 300)},000"
    if c == 6:
        return f"{R.randint(120, 980)} dollars"
    if c == 7:
        return f"{R.randint(2, 90)} 000 roubles"
    return f"{R.randint(2, 15)} 万元"


def g_TRIAL(arg):
    c = R.randrange(6)
    if c < 2:
        return f"NCT0{R.randint(1, 6)}{dig(6)}"
    if c == 2:
        return f"ChiCTR{R.randint(20, 24)}000{dig(5)}" if p(0.7) else f"ChiCTR-{pick(['IOR', 'ONC', 'TRC'])}-{R.randint(14, 17)}{dig(6)}"
    if c == 3:
        return f"ChiCTR{R.randint(20, 24)}00{dig(6)}"
    if c == 4:
        return f"ISRCTN{ndig(8)}"
    return f"EudraCT {R.randint(2008, 2023)}-{dig(6)}-{dig(2)}"


ICDS = ["C22.0 (hepatocellular carcinoma)", "E11.9", "I21.4", "C34.1", "M17.1", "K74.6", "N18.5",
        "C50.9", "I50.9", "J44.1", "C16.0", "Q21.3", "G35", "C91.0", "D56.1", "E84.0", "B18.1",
        "I63.5", "C73", "K50.9", "M05.9", "G20", "C61", "Q90.9", "E10.65", "N04.1", "I25.1"]
ATCS = ["L01XE03", "A10BA02", "L01EB04", "C09AA05", "B01AC06", "L04AD02", "J05AF10", "L01FF02",
        "A10AE04", "C10AA05", "H03AA01", "N02BE01", "L01XX"]


def g_ICD(arg):
    return pick(ICDS)


def g_ATC(arg):
    return pick(ATCS)


GENES = ["EGFR exon 19 deletion", "EGFR L858R", "KRAS G12C", "BRAF V600E", "ALK rearrangement",
         "BRCA1 c.5266dupC", "BRCA2 c.6174delT", "JAK2 V617F", "HLA-B*58:01", "FLT3-ITD",
         "BCR-ABL1 p210", "TP53 R273H", "PIK3CA H1047R", "HER2 amplification", "MET exon 14 skipping",
         "IDH1 R132H", "CFTR F508del", "HBB c.20A>T", "NPM1 mutation", "ROS1 fusion", "MSI-high",
         "PD-L1 TPS 60%", "ATP7B H1069Q", "SMN1 homozygous deletion", "NTRK fusion", "RET M918T"]


def g_GENE(arg):
    return pick(GENES)


HOSPS = ["the First Affiliated Hospital of Xinjiang Medical University", "Sun Yat-sen University Cancer Center",
         "Sun Yat-sen Memorial Hospital", "Zhongshan Hospital", "the Norman Bethune Health Science Center",
         "Bethune First Hospital of Jilin University", "Peking Union Medical College Hospital",
         "Asfendiyarov Kazakh National Medical University", "Al-Farabi Kazakh National University",
         "Avicenna Tajik State Medical University", "Sechenov University", "Pirogov Medical University",
         "the Meshalkin National Medical Research Center", "the Bakulev Center",
         "Nazarbayev University School of Medicine", "the Mayo Clinic", "Johns Hopkins Hospital",
         "King Faisal Specialist Hospital", "Sheikh Khalifa Medical City", "Queen Elizabeth Hospital",
         "Chulalongkorn Memorial Hospital", "Cho Ray Hospital", "the Pitié-Salpêtrière", "Charité",
         "the Shastin Central Clinical Hospital", "Tashkent Pediatric Medical Institute",
         "Semey Medical University", "the Lomonosov Moscow State University clinic",
         "the Ibn Sina Hospital", "the Albert Schweitzer Hospital", "Karolinska University Hospital",
         "the Florence Nightingale ward training centre", "Lagos University Teaching Hospital",
         "Kenyatta National Hospital", "Aga Khan University Hospital", "the Pasteur Institute",
         "the Koch Institute", "the Bogomolets National Medical University"]


def g_HOSP(arg):
    return pick(HOSPS)


EPONS = ["Hodgkin lymphoma", "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis",
         "Graves' disease", "Wilms tumour", "Ewing sarcoma", "Alzheimer's disease", "Cushing's syndrome",
         "Addison's disease", "Kawasaki disease", "Takayasu arteritis", "Behçet's disease",
         "Guillain-Barré syndrome", "Ménière's disease", "Bell's palsy", "Wilson's disease",
         "Gaucher disease", "Marfan syndrome", "Turner syndrome", "Hirschsprung disease",
         "Meckel's diverticulum", "Barrett's oesophagus", "Burkitt lymphoma", "Kaposi sarcoma",
         "Down syndrome", "Budd-Chiari syndrome", "Caroli disease", "Hurler syndrome",
         "Duchenne muscular dystrophy", "Huntington's disease", "Sjögren's syndrome",
         "Legg-Calvé-Perthes disease", "Tetralogy of Fallot", "Ebstein's anomaly",
         "Fanconi anaemia", "Diamond-Blackfan anaemia", "Klatskin tumour", "Paget's disease",
         "Raynaud's phenomenon", "Stevens-Johnson syndrome", "Kasabach-Merritt phenomenon"]
PROCS = ["a Whipple procedure", "a Kasai operation", "a Fontan procedure", "a Nissen fundoplication",
         "a Hartmann's procedure", "the Ross procedure", "a Billroth II gastrectomy",
         "an Ilizarov frame", "a Ponseti casting course", "a living-donor liver transplant",
         "a laparoscopic hepatectomy", "a TAVI", "coronary bypass surgery", "a kidney transplant",
         "proton therapy", "CAR-T cell therapy", "a total knee replacement", "cochlear implantation",
         "a Norwood operation", "the Glenn shunt", "radiofrequency ablation", "a Bentall procedure",
         "a Lichtenstein hernia repair", "a Mohs excision", "a Swenson pull-through"]
SCORES = ["a Gleason score of 7 (3+4)", "Apgar scores of 8 and 9", "a Glasgow Coma Scale of 9",
          "Child-Pugh class B", "a Karnofsky score of 60", "NYHA class III symptoms",
          "a Barthel index of 45", "a MELD score of 24", "a Wells score of 6", "a CHA₂DS₂-VASc score of 4",
          "a Caprini score of 5", "a Breslow depth of 2.1 mm", "Ann Arbor stage IIIB",
          "Tanner stage 2", "a Mallampati class III airway", "a Ranson score of 4",
          "a Bishop score of 8", "a Hunt and Hess grade II bleed", "Fisher grade 3", "a BCLC stage B",
          "Clavien-Dindo grade II complications", "an ASA grade of III", "a Lund-Browder estimate of 18%",
          "Binet stage B", "a Rutherford category 4"]


def g_EPON(arg):
    return pick(EPONS)


def g_PROC(arg):
    return pick(PROCS)


def g_SCORE(arg):
    return pick(SCORES)


HERBS = ["Astragalus root (huang qi)", "Angelica sinensis (dang gui)", "ginseng", "goji berries",
         "Coptis (huang lian)", "licorice root", "Salvia miltiorrhiza (dan shen)", "Cordyceps",
         "Poria (fu ling)", "jujube dates", "Codonopsis (dang shen)", "white peony root",
         "Schisandra berries", "Rehmannia (shu di huang)", "chrysanthemum tea", "Pseudostellaria",
         "honeysuckle flowers", "Atractylodes", "saffron", "snow lotus", "sea buckthorn",
         "ginger", "Ganoderma (lingzhi)", "Pueraria (ge gen)"]


def g_HERB(arg):
    return pick(HERBS)


ALIASES = ["Ms. A", "Patient K", "患者张某", "A女士", "Mr. T", "Patient 3", "Mr. B", "王某某",
           "Case B", "Ms. D", "the patient we call Mrs. X", "Patient N", "Mr. K.", "李某", "B先生",
           "Patient A-7", "child M", "Ms. R", "Mr. S", "马某", "Patient Z", "C女士", "孩子小某"]
RELS = ["her eldest son", "his wife", "the patient's mother", "my brother-in-law", "our grandmother",
        "her younger sister", "his eldest sister", "the boy's father", "my aunt", "her husband",
        "their only child", "my mother-in-law", "his uncle", "the twins' grandmother", "my cousin",
        "her fiancé", "our neighbour", "the baby's grandfather", "my stepfather", "his eldest daughter"]


def g_ALIAS(arg):
    return pick(ALIASES)


def g_REL(arg):
    return pick(RELS)


def g_PUBNUM(arg):
    if arg == "amb":
        return pick(["103", "112", "911", "999", "120", "103"])
    return pick(["120", "112", "103", "110", "119", "911", "999", "120", "112"])


def g_FLOOR(arg):
    return pick(["7th", "12th", "third", "fifth", "16th", "second", "ninth", "21st", "4th", "eighth"])


def g_BUS(arg):
    return pick(["bus 52", "the No. 7 bus", "metro line 1", "BRT line 3", "bus 910", "trolleybus 12",
                 "the airport shuttle", "bus 306", "tram 4", "bus 101"])


def g_LIFT(arg):
    return pick(["lift C", "elevator 4", "the second lift", "lift B", "elevator 11", "the service lift"])


def g_COUNT(arg):
    if arg == "c":
        return pick(["17", "23", "more than 40", "over 30", "nearly 50", "28", "dozens of"])
    return pick(["more than 3,200", "about 450", "nearly 1,800", "over 60", "17", "214", "around 9,000",
                 "more than 12,000", "38", "six hundred", "1,146"])


DEPTS = ["hepatobiliary surgery department", "paediatric cardiology ward", "oncology centre",
         "international medical department", "rehabilitation centre", "haematology department",
         "transplant centre", "neurology department", "TCM department", "ophthalmology clinic",
         "ICU", "urology department", "endocrinology department", "orthopaedic ward",
         "thoracic surgery department", "radiotherapy unit", "nephrology ward"]
DIAGS = ["hepatocellular carcinoma", "acute lymphoblastic leukaemia", "end-stage renal disease",
         "a ventricular septal defect", "biliary atresia", "stage III lung adenocarcinoma",
         "type 1 diabetes", "a pituitary adenoma", "thalassaemia major", "liver cirrhosis",
         "an aortic dissection", "a glioblastoma", "severe scoliosis", "cervical cancer",
         "hydatid cysts of the liver", "a cleft palate", "osteosarcoma", "nasopharyngeal carcinoma",
         "dilated cardiomyopathy", "multiple myeloma", "echinococcosis", "oesophageal cancer"]


def g_DEPT(arg):
    return pick(DEPTS)


def g_DIAG(arg):
    return pick(DIAGS)


def g_AIRPORT(arg):
    return pick(["Urumqi Diwopu airport", "Urumqi airport", "Beijing Daxing", "the airport",
                 "Kashgar airport", "Yining airport", "Beijing Capital airport"])


# ---------------------------------------------------------------------------------------------
# Placeholder registry
# ---------------------------------------------------------------------------------------------

PERSON_KEYS = {"PN": g_PN, "PF": g_PF, "PG": g_PG, "PT": g_PT}

GEN = {
    "WN": (g_WN, ("person_name",)), "NK": (g_NK, ("person_name",)), "CN": (g_CN, ("person_name",)),
    "CNT": (g_CNT, ("person_name",)), "DR": (g_DR, ("person_name",)), "DRF": (g_DRF, ("person_name",)),
    "DRCN": (g_DRCN, ("person_name",)), "NURSE": (g_NURSE, ("person_name",)),
    "PNL": (g_PNL, ("person_name",)),
    "DATE": (g_DATE, ("exact_date",)), "DOB": (g_DOB, ("date_of_birth",)),
    "AADJ": (g_A90ADJ, ("age_over_89",)), "AN": (g_A90N, ("age_over_89",)),
    "APHR": (g_A90PHR, ("age_over_89",)), "ANOUN": (g_A90NOUN, ("age_over_89",)),
    "AZH": (g_A90ZH, ("age_over_89",)),
    "PHONE": (g_PHONE, ("phone_number",)), "EMAIL": (g_EMAIL, ("email",)), "WEB": (g_WEB, ("web_address",)),
    "IP": (g_IP, ("ip_address",)), "SOC": (g_SOC, ("social_account",)), "WXID": (g_WXID, ("social_account",)),
    "HANDLE": (g_HANDLE, ("social_account",)), "QQ": (g_QQ, ("social_account",)),
    "ADDR": (g_ADDR, ("street_address",)), "ADDRP": (g_ADDRP, ("street_address", "postal_code")),
    "POST": (g_POST, ("postal_code",)), "GEO": (g_GEO, ("geolocation",)),
    "PASS": (g_PASS, ("passport_number",)), "NID": (g_NID, ("national_id",)), "RID": (g_RID, ("resident_id",)),
    "MRN": (g_MRN, ("medical_record_number",)), "MRNV": (g_MRNV, ("medical_record_number",)),
    "HPN": (g_HPN, ("health_plan_number",)), "ACCT": (g_ACCT, ("account_number",)),
    "LIC": (g_LIC, ("licence_number",)), "VEH": (g_VEH, ("vehicle_identifier",)),
    "PLATE": (g_PLATE, ("vehicle_identifier",)), "DEV": (g_DEV, ("device_identifier",)),
    "OTH": (g_OTH, ("other_number",)),
    # clean fillers
    "CITY": (g_CITY, ()), "COUNTRY": (g_COUNTRY, ()), "NAT": (g_NAT, ()), "CNPROV": (g_CNPROV, ()),
    "MNREGION": (g_MNREGION, ()), "AGE": (g_AGE, ()), "AGEN": (g_AGEN, ()), "DECADE": (g_DECADE, ()),
    "AGESMALL": (g_AGESMALL, ()), "MY": (g_MY, ()), "YEAR": (g_YEAR, ()), "SEASON": (g_SEASON, ()),
    "DRUG": (g_DRUG, ()), "DOSE": (g_DOSE, ()), "LABV": (g_LABV, ()), "PRICE": (g_PRICE, ()),
    "TRIAL": (g_TRIAL, ()), "ICD": (g_ICD, ()), "ATC": (g_ATC, ()), "GENE": (g_GENE, ()),
    "HOSP": (g_HOSP, ()), "EPON": (g_EPON, ()), "PROC": (g_PROC, ()), "SCORE": (g_SCORE, ()),
    "HERB": (g_HERB, ()), "ALIAS": (g_ALIAS, ()), "REL": (g_REL, ()), "PUBNUM": (g_PUBNUM, ()),
    "FLOOR": (g_FLOOR, ()), "BUS": (g_BUS, ()), "LIFT": (g_LIFT, ()), "COUNT": (g_COUNT, ()),
    "DEPT": (g_DEPT, ()), "DIAG": (g_DIAG, ()), "AIRPORT": (g_AIRPORT, ()),
}

PH = re.compile(r"\{([A-Z]+)(?:_([a-z0-9]+))?(?:#(\d))?\}")


def fill(template):
    """Fill a template; return (sentence, kinds, hard)."""
    HARD[0] = 0
    t = template
    if t.startswith("~"):
        HARD[0] = 1
        t = t[1:]
    kinds = set()
    people = {}
    cache = {}

    def rep(m):
        key, arg, tag = m.group(1), m.group(2), m.group(3)
        if key in PERSON_KEYS:
            sex, _ = _sexlc(arg)
            if tag:
                if tag not in people:
                    people[tag] = person(sex)
                P = people[tag]
            else:
                P = person(sex)
            kinds.add("person_name")
            return PERSON_KEYS[key](arg, P)
        if tag and (key, tag) in cache:
            return cache[(key, tag)]
        fn, ks = GEN[key]
        v = fn(arg)
        kinds.update(ks)
        if tag:
            cache[(key, tag)] = v
        return v

    s = PH.sub(rep, t)
    return s, kinds, HARD[0]


# ---------------------------------------------------------------------------------------------
# Templates with identifiers.  "category|text"; a leading "~" in text marks a harder form.
# ---------------------------------------------------------------------------------------------

NAME_T = """
story|{PF#1} travelled more than a thousand kilometres from {CITY} for the operation, and {PG#1} says the journey was worth every hour.
story|When {PF_f} first came to the outpatient hall, she could barely walk ten metres without resting.
story|{PF_m}, a {AGE} herder from {MNREGION}, had lived with chest pain for years before his daughter persuaded him to come.
story|The team led by {DRF} spent six hours removing the tumour from {PT}'s liver.
story|Little {WN_f} was only {AGESMALL} when her parents noticed the swelling in her neck.
story|{PG_m} had already seen doctors in {CITY} and {CITY}, but nobody could explain his fevers.
story|For {PF_f}, the hardest part was not the surgery but the months of waiting for a donor.
story|Her husband, {PF_m}, slept on a folding bed beside her for the whole three weeks.
story|{PT_f} teaches maths in {CITY} and is the mother of three boys.
story|Doctors at home told {PG_f}'s family there was nothing more to be done.
story|Before the transplant, {PF_m} weighed only 48 kg.
story|{CN} came to us from {CNPROV} after two failed courses of treatment elsewhere.
story|Among this spring's patients with advanced liver disease were {PNL}.
story|{PF_f}'s recovery surprised even the doctors back in {COUNTRY}.
story|It was {DR} who first suspected {EPON} in the boy.
story|{PF_m} and his brother took turns sitting at their father's bedside.
story|{NK_m}, as everyone on the ward called him, learned to say thank you in Chinese within a week.
story|The interpreter, {PF}, stayed late every evening to explain the next day's plan to the family.
story|After {PROC}, {PT_m} was walking the corridor of the {FLOOR} floor on day two.
story|Back in {CITY}, {PG_f} has returned to her job at a bakery.
story|We first met {PF_m} in {MY}, when he arrived with a referral letter and a bag of old X-rays.
story|{PF} says the nurses on the night shift became like family.
story|Both {PG} and {PG} are now in remission.
story|Grandfather {PG_m} insisted on walking into the clinic by himself.
story|Our Mongolian-speaking coordinator {PF} met the family at the airport.
story|{DR} and {DR} performed the combined procedure together.
story|A volunteer named {PG} brought picture books in Kazakh for the children on the ward.
story|{WN_m} is the youngest of seven children, and the first in his family to leave {COUNTRY}.
story|It took {PT_f} two days by bus and train to reach Urumqi from her village.
story|{PF_m#1} is a long-distance lorry driver, and {PG_m#1} wanted to be back on the road by autumn.
story|Everyone on the paediatric ward knows {NK_f}: she greets each nurse by name.
story|{CN}'s daughter found our hospital through an online forum for families with {DIAG}.
story|A week after surgery, {PT_m} asked {DRCN} whether he could eat horse meat again.
story|{PF_f} and her twin sister both carry the same {GENE} variant.
story|{PF_f} and her son were treated in the same month for different conditions.
story|{PG_f} chose to keep a diary in Uzbek and Chinese during her stay.
story|The surgeon, {DRF}, had seen only a handful of cases like {PG}'s.
story|Only when {PT_m} heard the scan results did he finally agree to the operation.
story|Her passport says something much longer, but everyone at home knows her simply as {WN_f}.
story|~{PF_lc} — thats how she wrote her name on the registration form, all in small letters.
story|{PF}, {PF} and {PF} shared one room and one kettle for a month.
quote|“I want to thank {DR} and all the nurses on the {FLOOR} floor,” said {PF}.
quote|“My name is {PF_f} and I came here with no hope,” she wrote. “Now I have hope.”
quote|“{DR} explained everything with drawings because my Chinese is bad,” {PG} laughed.
quote|“We call her {NK_f} at home,” her mother said, “and she was brave the whole time.”
quote|“Without {PT}, our interpreter, we would have been lost,” the family told us.
quote|“Mama, is {DR} coming today?” was the first question {PG} asked every morning.
quote|“{WN_f} is a fighter,” her father said, holding her hand.
quote|“It was {PG_f}'s idea to come to China,” her husband recalled.
quote|“Thank you, {DRCN}!” the children shouted as the doctor left the ward.
quote|“I told {PG_m} we would go home together, and we did,” said his wife.
quote|“Spasibo, {DR},” whispered {PF} as the anaesthesia wore off.
quote|“{PF} was the first patient from {COUNTRY} I treated with this technique,” said {DR}.
quote|“Ask for {NURSE}, she speaks Russian,” a former patient told {PT_f} before the trip.
quote|“Rakhmet, {CNT}, rakhmet,” the old man kept saying to the driver who brought him to the ward.
quote|“{PG_m} never complained, not once,” said {NURSE}.
quote|“Our son {WN_m} was born with a hole in his heart,” his mother explained.
quote|“When {DR} said ‘operable’, I cried in the corridor,” {PT_f} remembers.
quote|“I am {PF_m}, I am sixty, and I just climbed the stairs to the {FLOOR} floor!”
quote|“Please tell {DR} that {PG_f} is eating well,” her aunt wrote on the second day home.
remark|“{PT}'s tumour responded better than we expected,” said {DRF}, head of the oncology department.
remark|According to {DR}, the key was finding the right dose of {DRUG} for {PG}.
remark|{DRF}: “We adjusted the {DRUG} after the second week and the swelling came down.”
remark|“When {PG_f} came in, she had {LABV_a},” explained {DR}.
remark|Chief physician {DRF} reviewed every scan of {PG}'s personally.
remark|“{PT_m} is the kind of patient who reads every leaflet twice,” joked {DR}.
remark|{DR} described {PF}'s case at the regional conference, with the family's consent.
remark|“I discussed the plan with {DR} in {CITY} by video before {PG} even boarded the plane,” said {DRF}.
remark|“{WN_f} taught us as much as we taught her,” says {NURSE}.
caption|{PF} with {DR} on the day of discharge.
caption|Photo: {PG_f} and her parents in front of the inpatient building.
caption|Left to right: {DR}, {PF}, interpreter {PF}.
caption|{PF_m} takes his first steps after a total knee replacement.
caption|Above: {CN} and {DRCN} during the follow-up visit.
caption|{WN} (centre) celebrates the end of chemotherapy with the nurses.
caption|The {NAT} group led by {PF} visiting the rehabilitation centre.
caption|{NK_f} and her new teddy bear, a gift from the ICU team.
caption|Pictured: {PT_m} and his son outside the hepatobiliary surgery building.
caption|{DRF} (right) examines {PG} during the morning round.
caption|From left: {PNL}.
caption|{PF_f}, two months after surgery, back at work in {CITY}.
timeline|{MY} — {PF} is referred by a clinic in {CITY}.
timeline|Week 3: {PG} starts physiotherapy with {NURSE}.
timeline|{MY}: second cycle completed; {DR} reviews the PET-CT with the family.
timeline|Day 12 — {PT} moved from the ICU to the general ward.
timeline|{SEASON}: {PF} returns for the one-year check-up.
timeline|Month 2: consultation with {DR} and {DR} on the transplant option.
letter|Dear {DR}, I am writing to thank you from the bottom of my heart.
letter|With love and gratitude, {PF} and family
letter|We will never forget the kindness of {NURSE} and {NURSE}.
letter|Respected {DRCN}, your patience gave my mother back her strength.
letter|Yours sincerely, {PF} ({CITY})
letter|To {DR} and the whole team of the {DEPT}: you gave our son back to us.
letter|— {PF_f}, mother of {PG}
letter|Special thanks to {NURSE}, who held my hand the night before the operation.
letter|My whole village prays for {DR} now, and that is not a small village.
letter|{DR}, {DR}, {NURSE} — I wrote your names in my notebook so I would never forget them.
letter|Kind regards from {CITY}, {PT_f} and the children.
letter|Dear {DRCN} and dear {NURSE}, we arrived home safely and {WN_m} is already playing football.
message|~hello, my name is {PF_lc}, i need consultation about my fathers kidney
message|~dear doctor it is {PG_m} again, the boy from {CITY}, i sent his MRI yesterday
message|Hi, could {DR} look at my CT? My name is {PF}.
message|~Здравствуйте! I am {PF_f}, mother of {PG}, we were treated in your hospital in {MY}.
message|~Assalamu alaikum, my name is {PF} from {CITY}, my sister needs {PROC}.
message|~plz tell {DR_lc} that {PG_lc} is feeling better now
message|Is {DR} still working in the cardiology department? My uncle was his patient.
message|~i am {PG_lc}'s daughter, she cant write english so i write for her
message|My husband {PF_m} had surgery with you in {MY}; now he has pain again, what should we do?
message|~我叫{CN}，想咨询一下 liver transplant 的费用
message|~hi its {NK} again, sorry for bothering u
message|Please pass my regards to {NURSE}; she was so kind to my mom.
message|Greetings from {CITY}! {PF} here, the patient with {EPON}.
message|~sorry wrong form before. I am {PF_m} the patient, not the doctor, my english not good
message|Can {DRCN} or another doctor who speaks English call my brother {PG_m}?
message|~good evening. {PF_lc}. 64 years. diabetes 20 years. need help with foot wound
message|We are the family of {PF_m}; he passed away last month and we want to thank the palliative team.
message|~salam! {WN_m} here from {CITY}, the guy who brought the dombra to the ward :)
message|~Is {CNT_f} the one who translates? She helped my mother in {MY}.
story|Three generations came with {PT_f}: her mother, her daughter and a granddaughter called {WN_f}.
story|{PF_m} had never been on a plane before the flight from {CITY}.
story|The donor was {PG_m#1}'s cousin; {PG_m#1} still calls him “my second father”.
story|{PF_f}, {PF_f} and {PF_m} met in the waiting room and now share a WhatsApp group.
story|{CN_f} and her husband run a noodle shop in {CNPROV}; they closed it for a month to come here.
story|Nobody in {PT_m}'s family had heard of {EPON} before the diagnosis.
story|{PG_f} was in her final year at university in {CITY} when the headaches began.
story|{NK_m}, seven, asked the anaesthetist whether he would dream during the operation.
story|{PF} translated for the other Uzbek families on the ward without being asked.
story|For weeks {PT_f} refused to look at the scar; now she shows it proudly.
story|{WN_m}'s father sold two horses to pay for the first consultation.
story|A former patient, {PF}, now volunteers as a Russian interpreter on weekends.
story|{DRF} still keeps the drawing {PG} made for the team after the surgery.
story|{PG_m} plays the dombra; by the second week the whole ward knew his songs.
story|{PF_m} and his two brothers all tested as possible donors.
quote|“I am {PG_f}, and I am a survivor,” she said into the camera.
quote|“Call me {NK_m}, everybody does,” he told the nurses on the first day.
quote|“{DR} never once looked at the clock when we were talking,” said {PF_f}.
quote|“If it were not for {PF}, we would never have found this hospital,” said {REL}.
quote|“{WN_f}, our little miracle, is home,” wrote her mother in a message to the ward.
quote|“I asked {CNT} how to say ‘pain’ in Chinese on the very first day,” {PG_m} laughs.
remark|“{PG_f}'s case changed the way we plan these operations,” said {DRF}.
remark|{DRF} and {DRF} will present {PT}'s case at the national congress.
remark|“Ask {NURSE} anything about the diet,” {DR} told the family.
caption|{PF_m}, a shepherd from {MNREGION}, on the first morning after surgery.
caption|{PG_f} with her interpreter {PG_f} and {DRCN}.
caption|{NK_f} shows off her new glasses.
caption|Team photo: {DR}, {DR}, {NURSE} and {NURSE}.
caption|{CN_f} (left) and her daughter at the discharge ceremony.
timeline|Week 5: {PT} discharged; {DR} arranges a video follow-up.
timeline|{MY}: {PG} and {REL} arrive for the pre-transplant tests.
letter|Thank you, {DR}. Thank you, {NURSE}. Thank you, {NURSE}.
letter|Signed: {PF}, on behalf of all the patients on our ward.
letter|With respect and love — {PT_f} and her sons
letter|P.S. {WN_m} says hello to {DRCN} and wants to be a surgeon too.
message|~hello {DR}, this is {PF} from {CITY}, remember me? the boy with the heart
message|~hi, i am writing for my friend {PF_lc}, she dont speak english
message|Please forward this to {DR}: {PG} is walking without crutches now.
message|~are {DR} and {NURSE} still there? we want to send gifts from {COUNTRY}
message|Dear team, {PF} again. The scar is healing well, thank you.
message|~{PG_lc} mama here!!! thank you thank you thank you
""".strip().splitlines()

DATE_T = """
timeline|{DATE} — admitted to the cardiology ward with shortness of breath.
timeline|{DATE}: first cycle of {DRUG_onc} given without complications.
timeline|{DATE}. Discharged home; follow-up CT planned in three months.
timeline|{DATE} — tumour board meets to discuss the case of {ALIAS}.
timeline|{DATE}: living-donor transplant; the donor is {REL}.
timeline|{DATE} — first video consultation with {DR}.
timeline|~{DATE} ... drain removed, pt walking
timeline|Surgery: {DATE}; discharge eleven days later.
story|{PF_f} and her family landed at {AIRPORT} on {DATE}, tired but hopeful.
story|Surgery took place on {DATE} and lasted five and a half hours.
story|By {DATE}, the drain had been removed and she was eating normally.
story|{PG_m} celebrated his first day without oxygen on {DATE}.
story|The referral from {CITY} reached our international department on {DATE}.
story|It snowed heavily on {DATE}, the morning {PT_f} was discharged.
story|The second operation, on {DATE}, was shorter and easier.
story|On {DATE} the little girl rang the bell that marks the end of chemotherapy.
message|Can I book a consultation for {DATE}?
message|~we arrive {DATE} evening, pls someone meet us at the airport
message|~my appointment was {DATE} but visa is late, can we move it?
message|Is the clinic open on {DATE}? It is a public holiday in our country.
message|~doctor said come back {DATE}, is it still ok
message|We sent {PG}'s blood samples by courier on {DATE}; did they arrive?
message|~pls confirm the operation date, we were told {DATE} or maybe the week after
message|My mother's last chemotherapy was on {DATE}; when should she repeat the scan?
message|~Добрый день, we can come only after {DATE} because of work
caption|Discharge day, {DATE}.
caption|The team after the operation on {DATE}.
caption|{PF} at the airport on {DATE}, heading home to {CITY}.
caption|Morning round, {DATE}: {DR} checks the wound.
letter|I will always remember {DATE}, the day my daughter opened her eyes after surgery.
letter|Since {DATE} my husband has not needed dialysis even once.
quote|“On {DATE} he walked for the first time in two years,” his wife said.
quote|“We got the call on {DATE}: a donor liver was available,” {PG} recalls.
remark|“The biopsy on {DATE} confirmed it was benign,” said {DR}.
""".strip().splitlines()

DOB_T = """
story|Patient {PF}, date of birth {DOB}, was referred from {CITY}.
timeline|DOB {DOB}; referred for {DIAG}.
message|~my son born {DOB_kid}, he has {EPON}, can you help
story|She was born on {DOB_old} in a small village near {CITY}.
message|Please note the correct date of birth is {DOB}, not the one on the visa form.
message|~Д.р. {DOB} — please check, the translation had a mistake
story|{PF} (b. {DOB}) was the youngest patient on the ward that month.
story|The baby, born {DOB_kid} at 31 weeks, weighed just 1,450 grams.
message|~birthday {DOB}, blood type A+, allergic to penicillin
message|Full name: {PF}; date of birth: {DOB}; diagnosis: {DIAG}.
message|~patient info - {PG_lc}, dob {DOB}, {COUNTRY}
letter|Our grandson was born on {DOB_kid}, exactly one year after my operation.
caption|{PG_m}, born {DOB_kid}, with the NICU team.
timeline|Registration: {ALIAS}, born {DOB}, transferred from {CITY}.
message|For the invitation letter: {PF}, born {DOB}, citizen of {COUNTRY}.
message|~my fathers birth date is {DOB_old} but in the passport the day and month are switched
story|{PT_f}, who was born on {DOB_old}, remembers when the nearest doctor was a day's ride away.
message|Date of birth {DOB} — the portal will not accept it, what format do you need?
remark|“The child was born on {DOB_kid} with {EPON},” said {DR}.
quote|“I was born on {DOB_old}, so I am not young, but I am not ready to give up,” she said.
message|The registration form says DOB {DOB} but we wrote it wrong, sorry
timeline|Newborn, DOB {DOB_kid}; Apgar 6/8; referred for {PROC}.
""".strip().splitlines()

AGE_T = """
story|{PF_f}, the {AADJ} grandmother from {CITY}, had her cataract removed under local anaesthesia.
story|At {AN}, {PT_m} was the oldest patient ever to receive a TAVI in our hospital.
message|~my grandpa is {AN} years old, is it safe for him to fly to urumqi?
story|Our patient {PT}, aged {AN}, recovered from pneumonia within ten days.
story|Even {APHR_f}, she insists on doing her own exercises every morning.
story|She is {APHR_f} and still tends her apricot trees in {CITY}.
story|The patient, a {AZH} as the Chinese article put it, went home on day five.
story|Our oldest {NAT} patient this year was a {ANOUN} with a broken hip.
caption|A {AADJ} former teacher from {CITY} with her great-grandchildren on the ward.
quote|“I am {AN} and I still want to see my great-grandson's wedding,” he told {DR}.
message|~mother {AN} yrs, fell yesterday, hip pain, can she be operated?
message|Is there an upper age limit? My grandfather is {APHR_m}.
remark|“Being {APHR} is not in itself a reason to refuse surgery,” said {DR}.
message|~grandma {AZH}，想问能不能做白内障手术
story|The hospital's first {ANOUN} patient arrived by train from {CITY} with four relatives.
timeline|{MY}: {AADJ} man admitted with a hip fracture after a fall at home.
letter|My father, who is {APHR_m}, asked me to write that he feels twenty years younger.
story|{PF_f}, {AN}, walked out of the eye clinic without her stick.
remark|“For a {AADJ} patient her heart is remarkably strong,” {DR} noted.
message|Our grandmother turned {AN} last month; can your geriatric team assess her memory?
caption|A {AADJ} patient, {PT_m}, with the rehabilitation team.
quote|“At my age — {AN} — every day is a gift,” she said, laughing.
story|A {ANOUN} from {MNREGION} became the oldest person ever treated in our {DEPT}.
""".strip().splitlines()

PHONE_T = """
message|Please call me back on {PHONE}, I speak Russian and a little English.
message|~my whatsapp {PHONE} pls write there
message|WhatsApp: {PHONE} (available after 6 pm local time).
message|~tel {PHONE}  ask for {PG}
message|You can reach my daughter on Telegram at {PHONE}.
message|My WeChat is linked to {PHONE}, please add me.
message|Contact: {PF}, {PHONE}
message|~номер {PHONE}, звоните в любое время
message|The number I left last time was wrong; the correct one is {PHONE}.
message|~call 4 info {PHONE}
message|If nobody answers, try my husband's number, {PHONE}.
message|~电话 {PHONE} 谢谢
message|Viber or WhatsApp, same number: {PHONE}.
message|Our village has bad signal; the landline is {PHONE}.
message|Please send the results by SMS to {PHONE}, we have no e-mail.
message|~mobile: {PHONE} / {PHONE} (second one is my son)
message|~Hi!! {PHONE} is my number, whatsapp ok, telegram ok
message|I tried calling the international department from {PHONE} three times yesterday.
message|~pls call after 9 pm Tashkent time, {PHONE}, thank you doctor
letter|If any future patient from {CITY} wants to talk to someone who has been through this, they can call me at {PHONE}.
letter|Please give my number {PHONE} to {NURSE}; I want to send her a gift.
story|The coordinator kept the family's WhatsApp number, {PHONE}, for follow-up questions.
message|~Telegram {PHONE} (not whatsapp)
message|Emergency contact: {REL}, {PHONE}.
message|~my sister {PG_f} number {PHONE} she speak chinese
message|Could the doctor ring me on {PHONE} before Friday?
""".strip().splitlines()

EMAIL_T = """
message|Please send the quote to {EMAIL}.
message|~my email {EMAIL} , send results there
message|Reports can be e-mailed to our family doctor at {EMAIL}.
message|E-mail: {EMAIL}; phone only via WhatsApp.
letter|{PF} — {EMAIL}
message|~почта {EMAIL}
message|Contact the patient's son at {EMAIL} for scheduling.
message|~邮箱 {EMAIL}
message|Kindly forward the invoice and the discharge summary to {EMAIL} and copy me.
message|I didn't receive anything; maybe the address was typed wrong? It should be {EMAIL}.
message|~email is {EMAIL} (not gmail, the other one)
message|Please use my work address {EMAIL} for anything about the visa.
message|~pls reply here {EMAIL} my english google translate sorry
letter|If other families want advice, they can write to me at {EMAIL}.
story|The pathology slides were reviewed after the parents e-mailed them from {EMAIL}.
message|Send the MRI link to {EMAIL} and to {EMAIL}, please.
message|~Hello, write me to {EMAIL} , whatsapp not working in our region
message|For questions about payment, my accountant's address is {EMAIL}.
message|~{PG_lc} here, my new email {EMAIL}
message|Sender: {EMAIL}. Subject: second opinion for {DIAG}.
""".strip().splitlines()

WEB_T = """
letter|We raised the money through {WEB_crowd}; thank you to everyone who shared it.
story|{PG_f} writes about her treatment on her blog, {WEB_blog}.
message|~pls share our fundraiser {WEB_crowd} , every dollar helps
message|More photos of {PG}'s recovery are on our family page: {WEB_home}.
story|The donation page {WEB_crowd} closed once the target was reached.
letter|I documented every chemo cycle at {WEB_blog}, in case it helps other families from {COUNTRY}.
message|Our campaign {WEB_crowd} needs your official cost estimate to be verified.
message|~this is my blog {WEB_blog} i wrote about your hospital, is it ok to use your photos?
story|Neighbours in {CITY} found the family through the page {WEB_crowd}.
message|Please check the fundraising page {WEB_crowd}; can you confirm the treatment plan there?
letter|My personal site {WEB_home} now has a page thanking the transplant team.
message|~home page {WEB_home} has all my documents scanned
caption|Screenshot of the fundraiser {WEB_crowd} on the day it passed its goal.
message|~link to our donation {WEB_crowd} , doctor can you write a letter for donors?
story|{PF_f}'s son set up {WEB_crowd} when the cost estimate arrived.
message|I am a journalist; my article about a {NAT} patient is on {WEB_blog}.
message|see {WEB}
letter|We posted the whole story, with your permission, at {WEB_blog}.
message|A copy of the estimate is uploaded to {WEB_home} under “documents”.
""".strip().splitlines()

IP_T = """
message|Form submission logged from IP {IP}.
message|~the video call keeps dropping, my ip is {IP} if that helps your IT people
message|[auto] Message received via website; sender IP {IP}; language: ru.
message|Spam filter note: three identical messages from {IP} within one minute.
message|~cant open the patient portal, it says access denied for {IP}
story|The home ECG monitor sent its readings from address {IP} every night.
message|Our IT colleague whitelisted {IP} so the family could upload the DICOM files.
message|~my router shows {IP}, the upload stops at 90%
message|Submitted in {MY} via the English form, IP {IP}, browser Chrome.
message|Log: failed login x5 from {IP} (account locked).
message|~is {IP} blocked?? i cannot send the pictures
message|Moderator note: message from {IP} contains only a link, not published.
message|[form] ip={IP} country=KZ subject="second opinion"
message|The teleconsultation client connected from {IP} and then from {IP}.
message|~VPN off now, address {IP}, try again pls
message|Automatic reply sent to the sender at {IP}; no e-mail address was given.
message|~portal error 403 for {IP}, my son cannot see his results
message|Several consultation requests came from {IP}; please check if they are duplicates.
""".strip().splitlines()

SOC_T = """
message|You can contact me via {SOC}.
message|add me {SOC}
message|~{SOC} - write me there, I answer faster
message|Contacts: {SOC} ({PG})
story|Follow {PG_f}'s journey: her account is {SOC}.
message|Our support group for {NAT} parents is run on Telegram by {HANDLE}.
message|~my wechat: {WXID} pls add, note “patient”
message|~QQ {QQ} 我儿子用这个
message|I post updates as {HANDLE} on Instagram; you can tag me.
message|My 微信号 is {WXID}, please add with the note “patient”.
letter|Message me on {SOC} if another family from {CITY} needs advice.
message|my page: {SOC}
message|~TikTok {HANDLE} — I made a video about my treatment, 2 million views!
message|Please reply on {SOC} because e-mail does not work for me.
message|~wechat id {WXID} or QQ {QQ}
story|The mother of {PG} runs a page for other families: {SOC}.
caption|Screenshot shared with permission from {SOC}.
message|~i found your hospital on instagram, my account {HANDLE}
message|~QQ号 {QQ}，谢谢医生
message|The interpreter added me on WeChat ({WXID}) but I can't find her now.
message|~{HANDLE} on telegram, write in russian pls
quote|“I found the hospital through {SOC},” she said.
message|This is the easiest way to reach me: {SOC}.
""".strip().splitlines()

ADDR_T = """
message|Please mail the original documents to {ADDR}.
message|address: {ADDR}
message|We live at {ADDR}; the nearest hospital is two hours away.
message|Send the medicine parcel to {ADDR}, recipient {PF}.
message|The invitation letter must show my home address: {ADDR}.
message|~我家地址 {ADDR_cn}
message|Our new address after the move is {ADDR}.
story|The family's flat at {ADDR} had no lift, so the rehabilitation plan included stairs.
message|~pls send the CD with images to {ADDR} , thank you
letter|If you are ever in {COUNTRY}, our door at {ADDR} is always open.
message|Delivery address for the hearing aid batteries: {ADDR}.
message|~адрес: {ADDR_ru}
message|Please correct the address on the invoice to {ADDR}.
message|Home address (for the insurance): {ADDR}.
message|~my mother lives {ADDR_kz} , she need the paper by post
message|The embassy asked for our address in China; we will stay at {ADDR_cn}.
caption|Home at last: the family's flat at {ADDR_mn}.
message|Courier will come to {ADDR}, is it ok to send the medicine this way?
message|~I moved, old address was wrong, new is {ADDR_uz}
message|Registered address: {ADDR}; current address: same.
""".strip().splitlines()

ADDRP_T = """
message|Please post the originals to {ADDRP}.
message|address with index: {ADDRP}
message|Full postal address: {ADDRP}.
message|Ship the medication to {ADDRP}, care of {PF}.
message|My address for the invoice: {ADDRP}.
letter|We send our love from {ADDRP}.
message|~send by EMS to {ADDRP}
message|Address on the invitation letter should read {ADDRP}.
message|~pls write full address on the parcel: {ADDRP}
message|Correspondence address: {ADDRP}
message|The courier needs the full address: {ADDRP}.
message|~my home {ADDRP} , can the doctor send the report by post?
""".strip().splitlines()

POST_T = """
message|My postcode is {POST_kz}; is that enough for the courier?
message|~index {POST_ru}, Novosibirsk
message|The form asks for a postal code; ours is {POST}.
message|~邮编 {POST_cn}
message|ZIP code {POST_us} — I live in the US now but my mother is in {CITY}.
message|~post code {POST_uk} , sorry I forgot in the first message
message|We are in {CITY}, postcode {POST}.
message|~почтовый индекс {POST_ru}
message|Postal code of the village: {POST_mn}.
message|The courier says the postcode {POST} is invalid; can you check the invoice?
message|~send to Almaty, index {POST_kz}, they will call me
message|Our district in Tashkent has postcode {POST_uz}.
message|PLZ {POST_de}, Berlin — for the German insurer's letter.
message|zip {POST}
message|Please write postcode {POST} on the envelope, otherwise it goes to the wrong office.
message|Postal index {POST_kg}, Bishkek.
message|The parcel went to postcode {POST} instead of ours.
""".strip().splitlines()

GEO_T = """
message|~we are in the mountains, my phone says {GEO}
story|The ambulance met the family at {GEO}, near the border post.
message|Our yurt has no street address; the coordinates are {GEO}.
message|I sent you a location pin: {GEO}.
story|The helicopter picked {PG_m} up at {GEO}.
message|~location {GEO} , road closed by snow, how can we come
story|The herders' winter camp lies at {GEO}, three hours from the nearest paved road.
message|GPS of the meeting point for the transfer: {GEO}.
message|~we wait here {GEO} , the driver cant find us
story|According to the flight log, the air ambulance landed at {GEO}.
message|Coordinates of our village clinic: {GEO}.
message|~my dad is at {GEO} with the camels, no phone signal most of the day
timeline|{MY}: emergency evacuation from {GEO}.
message|Please tell the driver to come to {GEO}; it's the gate with the blue roof.
message|pin {GEO}
story|The nomad family sent their position, {GEO}, from a satellite messenger.
caption|The family's summer pasture at {GEO}, where {PG_m} grew up.
message|If the road is open, we can be at {GEO} by noon.
""".strip().splitlines()

PASS_T = """
message|Passport number: {PASS}, valid until {MY}.
message|~my passport {PASS} , please write it in the invitation letter, name {PF}
message|The invitation letter was issued for passport {PASS} in the name of {PF}.
message|~загранпаспорт {PASS}
message|Please check: is the passport number {PASS} or did I type it wrong?
message|passport no {PASS}
message|For the visa support letter: {PF}, passport {PASS}.
message|My son's new passport number is {PASS}; the old one has expired.
message|~pasport {PASS} my wife, {PASS} me
story|The embassy flagged passport {PASS} because of a spelling difference in the name.
message|Travel document: {PASS}, issued in {CITY}.
message|~hi, accompanying person passport {PASS}, name {PF_lc}
message|Passport No. {PASS} (please use this one, not the expired one).
timeline|{MY}: invitation letter sent for passport {PASS}.
message|~护照号 {PASS}
message|Could you re-issue the letter? The passport number should be {PASS}.
message|The patient travels on passport {PASS}; the donor on passport {PASS}.
message|Passport {PASS} / nationality {NAT} / purpose: treatment
""".strip().splitlines()

NID_T = """
message|My {NID}, in case you need it for the insurance.
message|{NID} {PF}
message|For the embassy letter they need my {NID}.
message|Patient identity: {NID}.
message|The foundation paying for the surgery asks for the patient's {NID}.
message|~pls add my {NID} to the invoice, otherwise the fund wont pay
message|Please note my {NID} has changed since my first visit.
message|~{PF_lc}, {NID}
story|The charity in {CITY} verified the family's {NID} before releasing the money.
message|Donor details: {REL}, {NID}.
message|~this is my {NID}, the bank asks for it
message|For the tax refund I have to quote my {NID} and your invoice number.
message|~mother {NID} father {NID}
message|The state programme at home requires the {NID} on every medical document.
message|Patient {PF}: {NID}.
message|~I forgot to write {NID} in the form, sorry
message|Can the discharge summary include my {NID}? Our state fund needs it.
message|~{NID} {PF_m} — this is for my son, he is 8
""".strip().splitlines()

RID_T = """
message|My ID card number is {RID}.
message|~身份证号 {RID}
message|Patient from {CNPROV}, resident ID {RID}, requesting a second opinion.
message|~ID card {RID} , name {CN}
message|Please correct the resident ID on the invoice to {RID}.
message|For medical insurance reimbursement we need the ID number {RID} on the receipt.
message|~身份证 {RID} 我妈妈的
message|The Chinese ID of the donor, {REL} {CN}, is {RID}.
message|~my chinese id {RID} (I am Kazakh from Ili)
message|Resident identity card no. {RID}, issued in {CNPROV}.
message|id no {RID}
message|Patient {CN_f}, ID {RID}, wants to transfer her records.
story|Because his ID card, {RID}, had expired, registration took an extra hour.
message|Citizen ID {RID} — is this the number you need for the booking?
message|~身份证号码：{RID}，谢谢
message|My father's identity number is {RID}; he has no smartphone.
""".strip().splitlines()

MRN_T = """
message|Can you send the discharge summary for {MRN}?
timeline|{MY}: readmission, {MRN}.
message|~{MRN} , need copy of pathology report
message|My mother's {MRN}; please check if the biopsy result is ready.
message|Please merge my two files: {MRN} and {MRN}. — {PF}
message|~病案号 {MRNV} 想复印病历
story|The old chart, {MRN}, was retrieved from the archive in minutes.
message|~patient number {MRNV} pls answer
message|Reference for my question: {MRN}, {DEPT}.
message|I lost my card; my {MRN}, if that helps.
message|The follow-up MRI should be linked to {MRN}.
message|~my hospital no is {MRNV}, i was in 7th floor
message|Records requested for {PF}, {MRN}.
message|~the nurse wrote {MRNV} on the paper, is that my record number?
message|Please attach the CT to {MRN} and not to my husband's file.
message|~outpatient card {MRNV} , {PG_lc}
message|For the insurance, they need a letter quoting {MRN}.
message|Could you check {MRN}? The lab says the sample is missing.
""".strip().splitlines()

HPN_T = """
message|My insurance is {HPN}; do you bill them directly?
message|~{HPN} , is it accepted in your hospital? patient {PF_lc}
message|Please put {HPN} on the invoice.
message|The patient is covered under {HPN}.
message|~insurance {HPN} , they say they need pre-approval
message|For direct billing, our {HPN}.
message|my {HPN}
message|Insurer details: {HPN}, valid until {MY}.
message|The travel insurer needs your cost estimate and my {HPN}.
message|~pls call insurance, my {HPN}, they speak english
message|Guarantee of payment will come from the insurer for {HPN}.
message|I changed jobs, so my {HPN} is new.
message|Insured person: {PF}, {HPN}.
message|~{HPN} , can you check cover for the MRI
story|The family's {HPN} did not cover treatment abroad, so they paid in cash.
message|My son is on my policy — {HPN}.
""".strip().splitlines()

ACCT_T = """
message|Please refund the deposit to my {ACCT}.
message|~{ACCT} , the refund pls
message|We transferred the advance payment from {ACCT}.
message|Our fundraising money is in {ACCT}, held by the charity.
message|~my {ACCT} , name of holder same as patient
message|Bank details for the refund: {ACCT}, SWIFT code on request.
message|The money was debited twice from {ACCT}; please check. {PF}
message|~pay back to {ACCT}
letter|Anyone who wants to help the next family can donate to {ACCT}.
message|Beneficiary {PF}, {ACCT}.
message|~сбер {ACCT}
message|Could you confirm receipt of 4,000 dollars sent from {ACCT}?
message|My brother paid with his {ACCT}; the receipt should show his name.
message|~account for refund {ACCT} , thank you
message|Please do not use {ACCT}; it is closed now.
message|The insurer will reimburse us to {ACCT}.
""".strip().splitlines()

LIC_T = """
remark|Signed by {DRF}, {LIC}.
caption|{DRF} ({LIC}) with the transplant team.
message|Please include the attending doctor's licence: {DRF}, {LIC}.
message|Our insurer asks for the surgeon's registration: {DR}, {LIC}.
letter|The medical report was issued by {DRF}, {LIC}, and stamped by the hospital.
story|Every prescription for {ALIAS} carried the name {DRF} and {LIC}.
message|~dr name and licence pls: is it {DR} {LIC} ?
remark|Consulting physician: {DRF}; {LIC}.
message|The embassy wants the doctor's details: {DRF}, {LIC}.
timeline|{MY}: second opinion written by {DRF}, {LIC}.
message|~the paper says {DRF} {LIC}, is this correct doctor?
message|For the court in {COUNTRY} we need the expert's licence: {DRF}, {LIC}.
remark|Anaesthesia by {DR}, {LIC}.
message|Our local doctor, {PF}, {LIC}, will continue the treatment at home.
remark|Nursing lead {NURSE}, {LIC}.
message|~pharmacist {PF} ({LIC}) said this medicine needs prescription from you
caption|Certificate on the wall: {DRF}, {LIC}.
message|Could you confirm that {DRF} holds {LIC}? The insurer asked.
""".strip().splitlines()

VEH_T = """
message|My husband will pick us up; his car is a white Toyota, {VEH}.
message|~can we park near emergency? {VEH}
story|The volunteer driver, whose minibus had {VEH}, made the trip from the border every week.
message|We came by car from {CITY}; please let the guard know about {VEH}.
message|~{VEH} left in your parking 3 days, pls dont tow it, owner {PG}
message|The ambulance that transferred my father had {VEH}; the crew forgot his bag.
message|Parking pass needed for {VEH} during the two weeks of treatment.
message|~our car {VEH} blocked by another car in the hospital yard
story|After the accident near {CITY}, the police report listed the lorry as {VEH}.
message|Insurance for the car ({VEH}) was not valid in China, so we took the train.
message|~taxi {VEH} took my bag with documents, can security check cameras?
message|The customs form asks for the {VEH} of the car we drove across the border.
timeline|{MY}: patient arrives by private car, {VEH}.
message|~please register {VEH} for the underground parking
message|The Kazakh-registered car {VEH} belongs to my brother.
message|Transfer by the hospital minibus, {VEH}, was arranged for 8 am.
""".strip().splitlines()

DEV_T = """
message|My father's {DEV}; can your clinic check it?
message|~{DEV_pump} , the app says low battery
story|The implant card in her wallet read: {DEV_implant}.
message|The manufacturer needs {PT}'s {DEV_implant} before they replace it.
message|~my son's {DEV_pump} , sensor error again
timeline|{MY}: device interrogation, {DEV_implant}, battery fine.
message|Please record the {DEV} in the discharge summary.
message|~lost phone in the ward, {DEV_phone}
message|The remote monitoring box shows {DEV_home}; is it connected to your system?
message|For the warranty they ask for the {DEV} from the operation note.
message|~pump stopped at night, {DEV_pump}, what to do
message|Airport security asked about the {DEV}; please write a letter.
story|When the alarm went off, the technician read the {DEV} and called the company.
message|~can u send me the {DEV} , I need it for customs
message|Registered device: {DEV}, implanted {MY}.
message|My mother's {DEV_implant} must be checked before the MRI.
""".strip().splitlines()

OTH_T = """
message|My {OTH}; can you check the status?
message|~{OTH} , pls help, {PF}
message|Reference for the payment: {OTH}.
message|The invitation was issued under {OTH_inv}.
message|~{OTH_ticket} — this is for my flight, can the coordinator meet me?
message|Please quote {OTH} in your reply.
message|The documents were sent with {OTH_courier}.
message|~lost my {OTH} , what now
message|We rescheduled; the new {OTH_appt}.
message|~{OTH} arrived?
message|For the reimbursement, please mention {OTH} on the letter.
message|My {OTH_visa} was issued in {CITY}.
story|The parcel of medicine, {OTH_courier}, spent four days at customs.
timeline|{MY}: {OTH_visa} issued to the accompanying relative.
message|I am a nurse at your hospital, {OTH_emp}; I want to volunteer as an interpreter.
message|The court needs your medical report for {OTH_court}.
message|~my {OTH}, dont know what it means
message|Please refer to {OTH_claim} when you call the insurer.
message|~{OTH} and {OTH}
message|As a medical student ({OTH_student}) I would like to observe in your surgery department.
""".strip().splitlines()

COMBO_T = """
message|Name: {PF}; phone: {PHONE}; e-mail: {EMAIL}; question: is {PROC} possible?
message|~{PF_lc} / {PHONE} / {EMAIL}
message|Patient {PF}, DOB {DOB}, passport {PASS}. Please prepare the invitation letter.
message|~name {PF_lc} passport {PASS} phone {PHONE}
message|Contact person: {REL}, {PHONE}, {EMAIL}.
message|Please send the estimate to {EMAIL} or WhatsApp {PHONE}.
message|I am {PF}, {MRN}; my new address is {ADDR}.
message|~{CN} 身份证 {RID} 电话 {PHONE}
message|For the visa: {PF}, born {DOB}, passport {PASS}, arriving {DATE}.
message|Refund to {ACCT}, holder {PF}, {OTH_order}.
message|The insurer for {PF} is {HPN}; claim contact {EMAIL}.
message|~telegram {HANDLE} or phone {PHONE}
message|Patient {PF}, {NID}, {PHONE}.
message|Sender {EMAIL} from {IP}: “please call me, {PHONE}”.
message|~dr {DR_lc} told me write here. {PF_lc}, {MRN}, {PHONE}
letter|{PF}, {ADDRP}, {PHONE}
message|Invitation letter details — name: {PF}; date of birth: {DOB}; passport: {PASS}; address: {ADDR}.
message|~my dad {PF_mlc} {AN} years old, phone {PHONE}
message|We will arrive on {DATE} by car, {VEH}; my phone is {PHONE}.
message|Please call my cousin {PF} at {PHONE} or write to {SOC}.
message|Pacemaker patient {PF}, {DEV_implant}, {MRN}.
message|~{PF} {PHONE} {EMAIL} {CITY}
timeline|{DATE}: {PF} admitted, {MRN}, {HPN}.
message|Our coordinates {GEO}; son's phone {PHONE}.
message|Fundraiser {WEB_crowd}; contact {PHONE}; donations to {ACCT}.
""".strip().splitlines()


# ---------------------------------------------------------------------------------------------
# Clean but tricky templates
# ---------------------------------------------------------------------------------------------

CLEAN_T = """
story|After the operation she was discharged on {DOSE}.
story|The plan at discharge was simple: {DOSE}, plus a low-salt diet.
remark|“We started {DOSE} and reviewed the response after two weeks,” the attending surgeon said.
message|~doctor said {DOSE}, but pharmacy at home only has 250 mg tablets, can I take two?
message|Is it safe to continue {DOSE} during the flight?
timeline|Week 2: switched to {DOSE}.
message|~mama takes {DOSE} , is it ok with {HERB}?
story|On the ward the boy received {DOSE} and a lot of cartoons.
remark|For most adults we recommend {DOSE}, but the dose was halved for her kidneys.
message|~how long i must take {DOSE}?? 3 months already
timeline|Day 1 after surgery: {DOSE}; pain score 3/10.
letter|I still take {DOSE} every day and I feel stronger than before.
message|The local pharmacy in {CITY} substituted a generic for {DRUG}; is that acceptable?
message|~{DRUG} is very expensive in {COUNTRY}, is there a cheaper one in china?
story|Her oncologist added {DRUG_onc} after the {GENE} result came back.
remark|“{DRUG_onc} is not a miracle, but for the right patient it buys years,” the professor said.
message|Can I bring {DRUG} from home, or will the hospital provide it?
story|By the third cycle of {DRUG_onc}, the tumour had shrunk by a third.
message|~we buy {DRUG} in {CITY}, 1 box = {PRICE}, here cheaper?
remark|A {AGE} patient on {DRUG} needs her liver tests checked every month.
story|When he arrived, he had {LABV_a}.
story|Tests on admission showed {LABV_a} and {LABV_a}.
remark|“With {LABV_a}, most centres would have said no,” the surgeon admitted.
message|~my father {LABV} , is it dangerous???
message|Latest result from {CITY}: {LABV}. Should we come sooner?
timeline|Day 5: {LABV}; drain output falling.
timeline|{MY}: control tests, {LABV}.
remark|Within a month, {LABV} at admission had become an almost normal value.
message|~blood test {LABV} what does it mean
story|{LABV_A} on a routine check-up was the first sign that something was wrong.
caption|The screen shows {LABV_a} on the morning of discharge.
message|Her haemoglobin went from 61 to 118 g/L; thank you for the transfusions.
message|~sugar 18 mmol every morning even with insulin 24 units
story|His blood pressure was 210/120 when he walked into the emergency room.
remark|The ejection fraction improved from 25% to 41% in six months.
message|~PSA was 4.1 last year and now 9.8, should I worry
story|The whole package, including surgery and a week in hospital, cost about {PRICE}.
message|~how much cost liver transplant? we have maybe {PRICE}
message|The estimate we received was {PRICE}; does it include the donor's surgery?
story|Relatives in {CITY} sold a car to raise {PRICE}.
remark|A course of proton therapy here costs roughly {PRICE}, far less than in Europe.
message|Is the consultation fee {PRICE} or less for online review?
story|A charity in {COUNTRY} covered {PRICE} of the bill.
message|~{PRICE} too much for us, maybe payment by parts?
letter|We paid {PRICE} and would pay it again for this result.
message|Do you accept payment in tenge, or only in yuan?
story|The trial, registered as {TRIAL}, was open to patients from abroad.
remark|“She was enrolled in {TRIAL}, a phase II study of {DRUG_onc},” the investigator explained.
message|Is the study {TRIAL} still recruiting patients from {COUNTRY}?
story|Results from {TRIAL} were presented at an international conference last year.
message|~i read about trial {TRIAL}, can my husband join?
remark|The protocol follows {TRIAL}, which closed to enrolment in {MY}.
timeline|{MY}: screened for {TRIAL}; not eligible because of {LABV_a}.
message|Our doctor mentioned {TRIAL} and {TRIAL}; which is closer to your practice?
story|The hospital is a site for {TRIAL}, a multinational study.
remark|Details are published under {TRIAL} in the public registry.
story|His referral letter listed the diagnosis as ICD-10 {ICD}.
message|~diagnosis code {ICD} in the paper from {CITY}, what is it
remark|The insurer accepted the code {ICD} for pre-approval.
timeline|Discharge diagnosis: {ICD}; comorbidity: {ICD}.
message|The translation says {ICD}; is that the same as {DIAG}?
story|The drug is classified under ATC code {ATC}.
message|~pharmacy asks ATC {ATC} , is that correct for this medicine
remark|Coding matters: {ICD} and {ICD} are billed very differently.
message|The diagnosis in the Kazakh document is {ICD}, but the Russian one says {ICD}.
story|Genetic testing found {GENE}.
remark|“With {GENE}, targeted therapy was the obvious choice,” the oncologist said.
message|~test shows {GENE} , what medicine works
timeline|{MY}: next-generation sequencing — {GENE}.
story|The family learned that the {GENE} finding also mattered for her sisters.
message|Our lab in {CITY} reported {GENE}; can you confirm it on your panel?
remark|Tumours with {GENE} often respond to {DRUG_onc}.
message|~{GENE} positive , 2nd line therapy options??
story|She first felt the lump in {MY}, but waited until after the harvest.
story|In {MY} the family drove across the border with all his scans in a plastic bag.
timeline|{MY} — symptoms begin.
timeline|{MY}: diagnosis confirmed in {CITY}.
message|We would like to come in {MY}; is that too late for the surgery?
message|~we plan come {MY} or next month
story|The first international patient arrived in {YEAR}; today there are hundreds every year.
story|Since {YEAR} the department has had interpreters for Russian, Kazakh and Mongolian.
story|He was born in {YEAR_b} and had never left his province before.
message|My mother was born in {YEAR_b}; is she too old for the operation?
story|The building opened in {YEAR}, with a whole floor for international patients.
story|They first came in {SEASON} and returned the following year.
message|~we want to come in {SEASON}, is it cold in Urumqi?
timeline|{SEASON}: one-year follow-up, no recurrence.
story|During {SEASON} the ward was decorated by volunteers.
message|Can we plan the surgery for {SEASON}, after the children's exams?
story|Back in {YEAR}, the same operation would have meant a flight to Europe.
story|By {MY} the scans were clear.
letter|In {MY} we came with fear; a few months later we left with hope.
message|~results from {MY} attached, pls see
story|The {AGE} farmer had never had a blood test before.
story|A {AGE_k} boy from {CITY} was the youngest patient in the group.
remark|For a {AGE} woman, her bones were in excellent condition.
message|My daughter is {AGEN} and has had headaches for a year.
message|~im {AGEN} years, is it too late for knee replacement
story|She is {DECADE_f} and runs a small shop.
story|Both parents are {DECADE_p}.
message|My father is {DECADE_m} and still rides a horse every day.
remark|Most of our transplant recipients are {DECADE_p}.
story|At {AGEN_old}, he was the oldest member of the tour group to undergo the check-up.
caption|A {AGE} patient and her granddaughter in the garden.
message|The patient is {AGEN} years old, male, with {DIAG}.
story|A {AGE} retired engineer from {CITY} came with his own folder of ECGs.
story|The {AGE_k} twins were treated on the same day.
message|~my baby {AGESMALL} and not walking, doctor pls advise
remark|In patients over seventy we always check kidney function before contrast.
story|{ALIAS}, a {AGE} from {COUNTRY}, had been told she would never walk again.
story|We will call this patient {ALIAS}: the family asked us not to use the real name.
remark|{ALIAS} responded to the second-line treatment within weeks.
caption|{ALIAS} (name withheld at the family's request) after the operation.
story|The case of {ALIAS} was discussed at the weekly tumour board.
message|I am writing for {REL}, who has {DIAG}.
story|{REL} donated part of her liver.
story|It was {REL} who found our hospital online.
message|~{REL} has {EPON} , need doctor speaking russian
letter|{REL} asked me to write this letter because she does not speak English.
story|{REL} flew in from {CITY} to be with the family.
message|Can {REL} stay in the room overnight?
caption|The patient with {REL} on the day of discharge.
remark|“{REL} was a perfect match,” the transplant coordinator explained.
story|The patient, referred to as {ALIAS} in the case report, was {DECADE}.
message|~{ALIAS} is how the article calls my mother, but we are happy to be called by name
story|{ALIAS} and another patient from the same town shared a room and became friends.
story|Before coming here, he was treated at {HOSP}.
story|Our surgeons trained for a year at {HOSP}.
message|Do you cooperate with {HOSP}? My doctor studied there.
story|The delegation from {HOSP} visited the international department.
remark|The protocol was adapted from one used at {HOSP}.
message|~we were in {HOSP} but too expensive
story|Her scans were reviewed jointly with colleagues from {HOSP}.
story|A memorandum with {HOSP} allows students to spend a term in Urumqi.
story|The diagnosis was {EPON}, rare in adults.
message|~my son has {EPON} , can u help?
remark|“{EPON} is often missed for years,” the neurologist said.
story|She had lived with {EPON} since childhood.
message|Do you have experience with {EPON}?
timeline|{MY}: diagnosis of {EPON} confirmed by biopsy.
story|Children with {EPON} come to the clinic from five countries.
remark|Treatment for {EPON} took several months.
story|He underwent {PROC}.
message|~need {PROC} , how long stay in hospital
remark|{PROC} is still the standard approach in cases like this.
story|By {YEAR} our team had performed more than a hundred operations like {PROC}.
timeline|Day 0: {PROC}.
story|Before {PROC}, she had {SCORE}.
remark|With {SCORE}, the risk was acceptable.
story|At birth the baby had Apgar scores of 4 and 7.
timeline|Admission: {SCORE}.
message|~the report says {SCORE}, what it means
remark|The patient had {SCORE} and {SCORE} before treatment.
story|A cup of {HERB} tea is part of the recovery routine on the TCM ward.
message|~can i take {HERB} together with chemotherapy
remark|“{HERB} may interact with warfarin,” the pharmacist warned.
story|The TCM department prescribed a decoction with {HERB} and {HERB}.
message|My grandmother sends {HERB} from {CITY}; can my father use it after surgery?
caption|{HERB} drying on a tray in the TCM pharmacy.
story|Many herbs on the ward, {HERB} among them, are described in Li Shizhen's Compendium of Materia Medica.
remark|We do not recommend {HERB} in the first month after a transplant.
story|A statue of Hua Tuo stands in the TCM building courtyard.
story|Students from the Li Shizhen Memorial Hall exhibition visited the TCM pharmacy.
story|In an emergency in China, dial 120 for an ambulance and 110 for the police.
message|~in kazakhstan we call {PUBNUM} , what number in china?
story|The neighbours called {PUBNUM} when he collapsed in the street.
remark|If the bleeding returns, call {PUBNUM} immediately and mention the operation.
message|The ambulance number at home is {PUBNUM_amb}; is it the same here?
letter|If the {PUBNUM_amb} ambulance crew had come ten minutes later, he would not have survived.
story|The international department is on the {FLOOR} floor of the outpatient building.
message|~where is ultrasound? we are on {FLOOR} floor and lost
story|Take {LIFT} to the {FLOOR} floor and turn left for the cashier.
message|Which bus goes from the railway station to the hospital? Is it {BUS}?
story|{BUS} stops right outside the main gate.
message|~{BUS} or taxi, what is faster from airport
caption|The view from the {FLOOR} floor ward at sunset.
story|Families often take {BUS} to the bazaar on weekends.
message|Is {LIFT} working? My mother cannot use the stairs.
story|The hospital treated {COUNT} international patients last year.
story|Patients from {COUNT_c} countries have been treated here.
remark|We have performed {COUNT} operations of this kind.
story|The interpreters handled {COUNT} consultations in a single month.
story|{COUNT} families attended the reunion for transplant recipients.
message|~how many patients from {COUNTRY} you treated? maybe {COUNT} ?
story|There is real hope now that the tumour has shrunk.
story|She showed great patience during six cycles of chemotherapy.
story|The rose garden behind the rehabilitation building is open to patients.
story|Joy filled the ward when the test came back negative.
story|It takes faith and a lot of paperwork to travel abroad for treatment.
message|~we will mark the day in the calendar, thank you
story|Lily pads cover the small pond near the TCM building.
story|At dawn the nurses start the first round of blood draws.
story|In summer the courtyard is full of families eating watermelon.
remark|“We will do what we can,” the surgeon said, “and the body will do the rest.”
story|It was a long night, but by morning the bleeding had stopped.
story|The children sang a song for the nurses before leaving.
story|A jade pendant hung around the old man's neck during the whole operation.
remark|The laser treatment left only a faint ruby mark on the skin.
story|Her iris was damaged in the accident, but the retina was intact.
message|~grace period for payment? we wait for money from the fund
story|Precious time was lost before the correct diagnosis.
story|The patient's family brought a gift of honey from the mountains.
message|~I will be frank, we cannot pay the full amount now
story|A bright yellow kite hangs over the children's ward window.
message|Is it possible to pay the bill in two parts?
story|Her sunny mood made the long rehabilitation easier for everyone.
story|Mercy, not money, is what the grandmother says she found here.
remark|There is a chance, though not a large one, that the tumour will return.
story|Victory over the infection came only after the third antibiotic.
message|~pls have patience with my english
story|The amber light on the monitor blinked all night.
story|Faith in the team grew with every clear scan.
story|It is a blessing that the tumour was found early.
story|The ward's king-size teddy bear was donated by former patients.
message|~sunday is ok for us, or monday if doctor busy
remark|The noble aim of the programme is to make treatment affordable.
story|A little summer rain did not stop the discharge celebration.
story|The sage in the hospital garden is used in the TCM kitchen.
story|Daily dawn walks became part of his rehabilitation plan.
story|Mark the wound area with a pen if the redness spreads, the nurse explained.
message|~will the bill include the medicine?
story|Hope is a word the family used often during those weeks.
message|~thank god and thank doctors, my mother fine
story|The long corridor of the surgical building is lined with thank-you banners.
story|A song in Kazakh echoed down the corridor on the evening of Nauryz.
story|Fan-shaped scars are rare after this kind of surgery.
remark|“Ma” is the first word many children on the ward learn in Chinese — it means mother.
story|He said the hospital food was good, especially the noodles.
message|~my mom's sugar is high, what diet?
story|The patient arrived by train from {CITY} with three suitcases of documents.
story|The family spent the first night at a guesthouse near the hospital.
message|Is there a mosque near the hospital? My father prays five times a day.
message|~halal food available? my husband only eats halal
story|A prayer room for Muslim patients opened on the {FLOOR} floor in {YEAR}.
message|Can the interpreter speak Kyrgyz, or only Kazakh and Russian?
message|~do you have a doctor who speaks mongolian
message|How long does the visa for treatment usually take?
message|~hello, pls tell me price of full check-up for 2 persons
message|Do we need to bring the original biopsy blocks or are slides enough?
message|~CT and MRI on one disk, is it enough or need films?
message|What documents does the patient need for the medical visa?
message|~can my son come with me, he is 16
message|Is there wifi in the ward? My children want to video-call.
message|~pls answer fast, situation very bad
message|Our local doctor recommends {PROC}; can you give a second opinion?
message|~how long waiting list for kidney transplant for foreigner
message|Do you treat children under two?
message|~thank you doctors, we home now, all good
message|We are three people: the patient, her husband and {REL}.
message|~hi, is it open on weekends?
message|Do you have rooms for relatives inside the hospital?
message|~sorry for my english, i use translate. my mother need operation on heart
message|Can you send the price list in Russian?
message|~we come from {CITY} by train, 2 days, ok?
message|Please advise whether fasting is required before the PET-CT.
message|~доктор, thank you for everything, мама чувствует себя хорошо
message|~谢谢医生! my father is much better now
message|~sry typo in last msg, i meant kidney not liver
message|Is there parking for patients who arrive by car?
message|~Hello!!! I need doctor for my back, pain 6 months
message|Does the hospital provide a letter for the employer in {COUNTRY}?
message|~want second opinion for my wife, {DIAG}
message|~how many days for results of biopsy
message|Can the pathology slides be sent by courier from {CITY}?
message|~My brother has {DIAG}, we are from {COUNTRY}, what can you do?
message|~Can my mother fly after {PROC}? she wants go home fast
message|~is there translator for uzbek language
message|Please tell us the cost of a week in the rehabilitation centre.
message|~need help, sister in ICU in {CITY}, can you take her?
message|~thank u, god bless all the team of {DEPT}
message|How many days should we plan for the full check-up?
message|~we send documents tomorow, pls look when u can
message|The translation of the biopsy report is attached in Russian and English.
message|~are u open during Spring Festival?
message|Could the doctor explain the scan report in simple words?
message|~my mom afraid of surgery, can she talk to other patient first?
message|~Thanks a lot!!! operation success, we so happy
caption|Nurses of the {DEPT} with a thank-you banner from {COUNTRY}.
caption|The international patient lounge on the {FLOOR} floor.
caption|Morning exercises in the rehabilitation garden.
caption|Interpreters of the international department at the welcome desk.
caption|A mother from {CITY} and her son during a follow-up visit.
caption|The surgical team before {PROC}.
caption|Families from {COUNTRY} at the annual reunion of transplant recipients.
caption|Discharge day: balloons, a cake and a lot of tears.
caption|The children's play corner, decorated by volunteers in {SEASON}.
caption|A thank-you letter written in Mongolian script.
caption|The TCM pharmacy stocks {COUNT} different herbs.
caption|The team of the {DEPT} with {ALIAS} after the successful operation.
caption|Patients from {COUNTRY} and their interpreter in the outpatient hall.
caption|The new PET-CT scanner installed in {YEAR}.
caption|A {AGE} patient practises walking with a frame.
timeline|Week 1: assessment, imaging and biopsy.
timeline|Week 2: multidisciplinary meeting; surgery recommended.
timeline|Day 3: moved out of the ICU.
timeline|Month 3: first follow-up scan, clear.
timeline|Year 2: still in remission.
timeline|{MY}: online consultation; documents translated into Chinese.
timeline|{MY}: arrival in Urumqi; admission to the {DEPT}.
timeline|{MY}: {PROC}.
timeline|{MY}: discharge with {DOSE}.
timeline|{SEASON}: back to school.
timeline|Cycle 4 of 6: mild nausea, no fever.
timeline|Day 10: stitches removed; walking 500 metres a day.
timeline|{YEAR_r}: the family returns with {REL} for a check-up.
timeline|Month 6: {LABV}, stable.
letter|Dear doctors and nurses of the {DEPT}, thank you for giving us back our mother.
letter|We came as strangers and left as family.
letter|Thank you to the interpreter who translated every word, even at night.
letter|With deep respect from the people of {CITY}.
letter|You did not only treat the illness; you treated the whole person.
letter|I hope one day to come back, not as a patient but as a guest.
letter|My children will grow up knowing the name of this hospital.
letter|Please accept this small gift from {COUNTRY} as a sign of our gratitude.
letter|Thank you to the whole team of {DEPT} and to {REL}, who never left my side.
letter|The doctor's smile every morning was the best medicine.
letter|Everyone in our village now knows where to go if they fall ill.
letter|With love, a grateful family from {COUNTRY}.
letter|You gave my son a future; there are no words big enough.
letter|The nurses of the night shift deserve a medal.
letter|Thank you, China, and thank you, Urumqi.
quote|“I thought I would never see my grandchildren grow up,” she said.
quote|“The food was different, but the care was the same in any language,” he laughed.
quote|“My husband carried me to the car; now I walk to the market myself,” she said.
quote|“We were afraid of the language barrier, but the interpreters were always there,” said {REL}.
quote|“In {CITY} they said six months; it has been three years,” said the patient.
quote|“It is the first time in ten years that I can sleep lying flat,” the {AGE} man said.
quote|“Our whole village collected the money for the trip,” said {REL}.
quote|“I came for my eyes, and I left seeing the world differently,” she joked.
quote|“Doctor, my heart is beating like a young man's!” the patient told the team.
quote|“They explained everything twice, once in Chinese and once in Russian,” {REL} recalls.
quote|“I will tell everyone in {COUNTRY} about this hospital,” he promised.
quote|“Never give up,” says the former patient, now a volunteer.
remark|“Early diagnosis is everything with {DIAG},” the department head said.
remark|“We see many patients from {COUNTRY} with advanced disease because of delays,” the director noted.
remark|The department now offers online second opinions in Russian and English.
remark|“Every case from abroad is discussed by at least three specialists,” a surgeon explained.
remark|“Language is not a barrier; fear is,” said the head nurse.
remark|“With {DIAG}, time matters more than anything,” the specialist stressed.
remark|“Our goal is that patients go home with a plan their local doctor can follow,” said the coordinator.
remark|A {AGE} patient can usually go home three days after this procedure.
remark|“The biggest challenge was the distance, not the surgery,” the team leader said.
remark|“She had {SCORE}, and still we decided to operate,” the anaesthetist recalled.
story|Patients from {COUNTRY} often come after treatment at home has failed.
story|The international department was set up to help patients from neighbouring countries.
story|Interpreters work in shifts so that someone is always on call.
story|The ward has Russian-language TV channels and a small library.
story|Many patients travel for two or three days by train or bus.
story|The hospital arranges airport pick-up for patients who need it.
story|The surgery went smoothly, and there were no complications.
story|He left the hospital on foot, carrying his own bag.
story|A few days later she was back in {CITY}, among her family.
story|The family had tried treatment in three countries before coming here.
story|The case was complicated by {DIAG} and a previous operation.
story|Recovery was slower than expected, but steady.
story|Doctors from {CITY} now send patients to us regularly.
story|The biopsy showed {DIAG}.
story|He has since returned to work as a driver in {CITY}.
story|The operation took nine hours and involved four surgeons.
story|A team from the {DEPT} flew to {CITY} to consult on complex cases.
story|After the operation the child started to gain weight.
story|Her mother spoke no Chinese and no English, only Kyrgyz.
story|They arrived in the middle of winter, with temperatures of minus 30 degrees.
story|The patient's home village is a four-hour drive from the nearest city.
story|The young couple came with their newborn daughter and a folder of scans.
story|Three generations of the family waited outside the operating room.
""".strip().splitlines()

CLEAN_T += """
story|The nurses call every child on the ward 小朋友, “little friend”.
message|~where is 小儿外科? paediatric surgery, we cannot find
story|The sign above the door reads 老年科, the geriatrics department.
message|~患者张某 is how the report calls my father, is that normal in China?
story|In the Chinese version of the story she is 患者李某; in English, Patient L.
remark|“A女士 and B先生 are just placeholders in our case reports,” the editor explained.
message|~我妈妈 is {DECADE_f}, can she do the operation?
story|The old man, {DECADE_m}, still tends sheep in the summer pastures.
message|My father is 89 and very independent; can he travel alone?
story|At 89, she was the oldest patient on the ward that week.
remark|“In his late eighties, his heart was still strong,” the cardiologist said.
story|Her grandmother lived to her late eighties without ever seeing a doctor.
message|~my grandmother 88 years, can she have cataract surgery with local anaesthesia?
story|An eighty-nine-year-old retired teacher was the first patient in the new eye centre.
story|Patients in their seventies and eighties now make up a third of the ward.
remark|“People in their eighties do well with this approach,” the surgeon said.
message|~she is 85, is it safe the MRI?
story|The programme serves patients from the age of 18 to 80.
story|A decade ago, in the 2010s, most foreign patients came only for check-ups.
story|In the 1990s, the department had just two ultrasound machines.
story|Born in the 1960s, he grew up in a village without electricity.
remark|Most patients with this condition are diagnosed in their forties or fifties.
message|~born in 1987, female, thyroid nodule 2 cm
story|He was born in {YEAR_b}, the year the new railway station opened in his town.
story|Registration opens at 8 am; the lunch break is from 1:30 to 3 pm.
message|~what time do you open? 9 or 10?
story|The flight from {CITY} takes only a few hours.
story|The train journey took 36 hours and involved two changes.
message|~we arrive 2 persons, stay maybe 10 days
story|The wound was 12 cm long and healed in three weeks.
remark|We removed a 9 cm tumour and 23 lymph nodes.
story|She lost 14 kilograms during chemotherapy and regained 10 after.
story|The boy grew 6 centimetres in the year after treatment.
message|~weight 112 kg height 170 cm, possible for bariatric surgery?
remark|The pacemaker battery usually lasts between eight and twelve years.
story|The stent was 3.5 mm wide and 18 mm long.
remark|The dose was 60 Gy in 30 fractions over six weeks.
story|Radiotherapy consisted of 25 sessions over five weeks.
timeline|Fraction 15 of 30: skin redness, grade 1.
remark|Blood loss during the operation was only 200 ml.
story|The procedure lasted 47 minutes.
message|~is 6 cycles or 8 cycles better?
story|The clinic sees about 80 international patients a week.
story|Out of 120 beds in the department, 20 are reserved for international patients.
story|Dial 120 in China for an ambulance, not 103 as in Kazakhstan or 112 as in Europe.
message|~number 120 is ambulance, yes? and police 110?
story|The hospital's shuttle bus runs every 20 minutes between the two campuses.
message|~we stay in hotel near metro line 1, how to come?
story|The outpatient building has 18 floors and 24 lifts.
message|~lift 3 broken, my father wheelchair, help
story|The cashier is on the ground floor, window 6.
story|Window 12 handles registration for international patients.
story|Take exit B of the metro station and walk five minutes north.
story|The ward on the 14th floor has a view of the Tianshan mountains.
message|~ward number 7, where is it?
story|The patients' canteen is on the second floor of the west building.
remark|{ICD} is the most common diagnosis among our international patients.
message|~icd code {ICD}, insurance asks what procedure
story|The insurer approved the code {ICD} after a week of letters.
remark|Patients with {GENE} were eligible for the trial {TRIAL}.
story|The {GENE} result changed the whole treatment plan.
message|~our lab found {GENE}, and the trial {TRIAL} is for this?
remark|{DRUG} is now covered by basic medical insurance in China.
message|~ATC {ATC} written on the box, what group of medicine is this?
story|The drug costs {PRICE} a month at home, and much less here.
message|~one injection {PRICE}?? so expensive
remark|Our estimate of {PRICE} covers surgery, anaesthesia and five days in the ward.
message|We can pay {PRICE} now and the rest after surgery.
letter|The {PRICE} we spent was the best investment of our lives.
story|Traditional medicine here includes acupuncture, cupping and {HERB}.
message|~my uncle drinks {HERB} every day, is it ok after liver transplant
remark|“{HERB} is not a substitute for {DRUG},” the doctor reminded the family.
story|The TCM doctor recommended {HERB} and gentle tai chi.
story|The doctor explained {EPON} to the parents with simple drawings.
message|~my daughter 7 years, {EPON}, we from {COUNTRY}
story|{EPON} runs in the family: her father and uncle had it too.
remark|Patients with {EPON} need lifelong follow-up.
story|A support group for families affected by {EPON} meets online every month.
remark|Her {SCORE} made her a candidate for {PROC}.
timeline|{MY}: {SCORE}; transplant listing discussed.
story|Nobody expected a baby with Apgar scores of 9 and 10 to need surgery.
story|Her granddaughter, a nurse herself, came along to help.
story|The patient's eldest son took leave from work for six weeks.
message|~my wife's brother will come as donor, is it allowed?
story|The donor was her younger brother, a 24-year-old student.
message|~husband and me and our son, 3 people, need 2 rooms?
story|The baby's grandparents waited in the hotel lobby every day.
letter|My mother asked me to write this for her, because her eyes are still weak.
story|The family was referred by a former patient from the same village.
story|A hospital in {CITY} referred the case to us after the third relapse.
story|The young mother from {COUNTRY} had been ill since her second pregnancy.
remark|“The father's decision to come so quickly saved the child's life,” the doctor said.
story|Will power alone did not cure him, but it helped.
story|The bill came to less than the family had feared.
story|Dawn broke over the mountains as the ambulance reached the city.
story|Grace and calm were what the nurses remember about her.
story|Patience paid off: the second transplant worked.
story|Joy and relief filled the corridor outside the operating room.
story|A hunter's cabin in the mountains was where his symptoms began.
story|Lucky for him, the tumour had not spread.
remark|“Justice for patients means equal care,” the director said at the ceremony.
story|Ruby-red pomegranates from home were the first thing she asked for after surgery.
story|Her brother sent a star-shaped balloon to the ward.
story|Iris scanning at the border took longer than the flight.
story|A frank conversation about the risks came first.
message|~thank you for your grace and kindness, doctors
story|The summer pasture has no road, only a horse track.
remark|Precious few centres in the region can offer this operation.
story|A rich broth of lamb and noodles was his first real meal.
story|The prince of all local dishes, plov, arrived on the ward in a large pot.
message|~we have faith in your doctors
story|The rose-coloured scar faded within a year.
story|Bright murals of snow leopards cover the children's ward.
remark|“Hope is not a plan, but it helps,” says the head of the ICU.
message|~hope the operation can be soon
story|Sunday mornings are quieter on the ward, with fewer tests.
story|Monday brings the weekly tumour board and a long list of cases.
message|~Is the doctor available on Monday or Tuesday?
story|King Faisal Specialist Hospital was one of the places the family had considered.
story|The hospital's partnership with Sun Yat-sen University began in {YEAR}.
story|She trained at Sechenov University before moving to China.
story|A plaque in the lobby quotes Avicenna on the art of healing.
story|The Norman Bethune statue in the courtyard is popular for photos.
remark|The Florence Nightingale Medal is the highest honour for nurses in China.
story|The Hippocratic oath is printed on the wall of the training centre.
story|The children's hospital named after Sun Yat-sen is across the river.
story|The Charcot-Marie-Tooth clinic sees patients from across the region.
story|Apgar, Glasgow and Barthel: the scores on her chart told the story of her recovery.
remark|A Kocher incision was used to reach the gallbladder.
remark|We used the Seldinger technique to place the central line.
story|The Heimlich manoeuvre by a fellow passenger saved him on the train.
remark|The Valsalva manoeuvre stopped the tachycardia within seconds.
story|Her Achilles tendon was repaired in the sports medicine unit.
remark|Babinski's sign was positive on the left side.
story|A Foley catheter was removed on the second day.
remark|Trendelenburg positioning helped during the operation.
message|~doctor said Doppler test, what is it
story|The Holter monitor showed pauses of up to four seconds.
remark|The Swan-Ganz catheter showed high pulmonary pressures.
message|~my father has Parkinson, shaking hands, can you help
story|A Petri dish culture finally identified the bacterium.
remark|The Pap smear was normal, but the HPV test was positive.
message|~Is Botox for bladder possible in your hospital?
story|The Gamma Knife treatment took 40 minutes and no incision.
story|The da Vinci robot was used for the prostate operation.
remark|The {DRUG} biosimilar costs a fraction of the original.
story|Keytruda, Opdivo and Tecentriq are now all available at the hospital pharmacy.
message|~Ozempic available? and price?
message|~Lantus or Tresiba, which is better for my son
story|Her insulin pump was set to deliver 0.8 units an hour overnight.
remark|Glivec changed the outlook for this leukaemia in the early 2000s.
""".strip().splitlines()


# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------

GROUPS = [
    (NAME_T, 180), (DATE_T, 62), (DOB_T, 56), (AGE_T, 56), (PHONE_T, 52), (EMAIL_T, 50),
    (WEB_T, 54), (IP_T, 52), (SOC_T, 58), (ADDR_T, 44), (ADDRP_T, 28), (POST_T, 32), (GEO_T, 52),
    (PASS_T, 54), (NID_T, 58), (RID_T, 55), (MRN_T, 54), (HPN_T, 54), (ACCT_T, 54), (LIC_T, 56),
    (VEH_T, 54), (DEV_T, 55), (OTH_T, 60), (COMBO_T, 50), (CLEAN_T, 1150),
]

ARTICLE = re.compile(r"\b([Aa]) ((?:8\d?|11|18|eight[\w-]*|eleven)-(?:year|month)-old)")


def surface(cat, s, lower_ok=False):
    """Contact-form texts get some extra messiness."""
    s = ARTICLE.sub(r"\1n \2", s)
    if cat != "message" and s[:1].islower() and not lower_ok:
        s = s[0].upper() + s[1:]
    s = re.sub(r"^“([a-z])", lambda m: "“" + m.group(1).upper(), s) if cat != "message" and not lower_ok else s
    if cat == "message":
        c = R.random()
        if c < 0.05 and s != s.lower():
            mark()
            s = s.lower()
        elif c < 0.07 and re.search(r"\d", s):
            mark()
            s = fw(s)
        elif c < 0.09 and ", " in s:
            mark()
            s = s.replace(", ", " ,", 1).replace(". ", " .  ", 1)
    return re.sub(r"[\t\r\n]+", " ", s).strip()


def build():
    rows, seen = [], set()
    hard_count = 0
    for templates, target in GROUPS:
        order = list(templates)
        R.shuffle(order)
        exhausted = set()
        used = {}
        cap = max(3, -(-target // len(order)) + 1)
        made, i = 0, 0
        while made < target and len(exhausted) < len(order):
            t = order[i % len(order)]
            i += 1
            if t in exhausted:
                continue
            if "|~" in t and p(0.4):
                continue
            cat, text = t.split("|", 1)
            for _ in range(6):
                s, kinds, _h = fill(text)
                s = surface(cat, s, text.startswith("~"))
                if s not in seen:
                    break
            else:
                exhausted.add(t)
                continue
            used[t] = used.get(t, 0) + 1
            if "{" not in text or used[t] >= cap:
                exhausted.add(t)
            seen.add(s)
            hard_count += HARD[0]
            label = ",".join(k for k in KINDS if k in kinds) or "-"
            rows.append((cat, label, s))
            made += 1
    R.shuffle(rows)
    return rows, hard_count


def main():
    rows, hard_count = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    n_id = sum(1 for r in rows if r[1] != "-")
    print(f"wrote {len(rows)} rows ({n_id} with identifiers, {len(rows) - n_id} clean, "
          f"{hard_count} harder forms) to {OUT}")


if __name__ == "__main__":
    main()
