#!/usr/bin/env python3
"""Blind held-out test corpus for the de-identification scanner, part 18 (English).

What this file is
-----------------
A self-contained generator (Python standard library only) that writes
``deid_generated_en_heldout18.tsv`` next to itself.  The TSV has the header
``category<TAB>expected_kinds<TAB>sentence``; ``expected_kinds`` is a
comma-separated list of identifier kinds (in a fixed canonical order) or ``-``
for a clean sentence.  The sentences imitate what a Beijing hospital that
treats international patients publishes and receives in English: editors'
case-story narration, quotes from patients and relatives, clinicians'
remarks, photo captions and alt text, timeline entries, SEO descriptions,
thank-you letters, "Leave Your Message" contact-form messages (informal,
lower case, typos, odd spacing, mixed Latin / Cyrillic / Arabic / Hanzi
script, full-width digits) and forwarded chat snippets.

How it was written
------------------
Written blind from a short brief, with general knowledge only: no code, test
or data of the scanner (or of the repository it lives in) was read.  All name
pools, templates and number formats are the author's own.

Determinism
-----------
Fixed seed 1818 (``random.Random(1818)``); no set/dict iteration over
hash-randomised values feeds the output, so two runs give a byte-identical
file.

Labelling
---------
Labels come from construction only: every template is a string with
``{slot}`` placeholders; each identifier slot carries its kind(s) and each
clean slot carries none.  The expected kinds of a sentence are the union of
the kinds of the slots that filled it.  Clean template families are asserted
to contain clean slots only, and identifier families at least one
identifier slot.  Optional "typo" noise is applied to literal template text
only (letters, never digits), so it cannot turn a clean number into an
identifier.  About one sentence in five belongs to a family whose category
ends in ``_hard`` (obfuscated, spelled-out, split, full-width, lower-cased,
mixed-script, or several identifiers in one sentence).

Judgement calls in labelling
----------------------------
* A birth date with or without year is ``date_of_birth`` only (also "turning 7
  on 4 March", "b. 04/03/87"); any other day-level date (Gregorian, Cyrillic
  month names, Hijri, Persian solar, Thai Buddhist-era years, compact
  20210312, spelled-out) is ``exact_date``.  Month + year, ISO year-month
  (2020-11), years, ranges, seasons, weeks, "mid-July", festivals such as
  Ramadan or the Spring Festival (periods, not days) are clean.
* Ages of 90 and over in any wording ("93", "ninety-three", "nonagenarian",
  "centenarian", "in her early 90s", "over ninety", full-width digits) are
  ``age_over_89``; 89 and below, "nearly ninety", "just under ninety",
  "octogenarian", "the nineties" and "the 1990s", "a '90s-born engineer" are
  clean.  "nearly 100" and "past 91" are read as 90+ and labelled.
* Chinese 18-character resident ID numbers (valid or wrong check digit,
  spaced, dashed, lower-case x, full-width) are ``resident_id`` only, even
  though they embed a birth date.  Other countries' personal numbers
  (including a Russian *internal* passport and a Kazakh ID-card number) are
  ``national_id``; travel passports are ``passport_number``.  A Saudi iqama
  is a residence permit, hence ``other_number``.
* Phone numbers offered for WhatsApp/Telegram/Viber/WeChat are
  ``phone_number`` only; a full dialable department number of the hospital
  is a phone number too; short public numbers (120, 103, 112, 911, 12320,
  1669 ...) are clean.  WeChat IDs, QQ numbers, @handles and profile links
  (including t.me links) are ``social_account``.  Crowdfunding pages, blogs
  (also blog.naver.com / ameblo.jp blogs) and home pages are
  ``web_address``.  A person's name inside an e-mail, handle or URL is not
  ``person_name``.
* Family name + title ("Dr. Wang", "Lao Zhang", "Auntie Sun", "доктор Ли"),
  given names alone, diminutives and word-names ("a boy called Victory",
  "Vera", "Ping'an") are ``person_name``; the same words used as ordinary
  words ("we never lost hope", "a small victory") are clean.  Letter aliases
  (Ms. A, Patient K, Mrs. M.), relations, eponyms, herbs whose pinyin starts
  with a surname syllable (Wang Bu Liu Xing, Chen Pi, He Shou Wu ...),
  institutions and cities named after people (Bethune, Sun Yat-sen, Johns
  Hopkins, Ho Chi Minh City, Choibalsan) are clean.  Street names containing
  a person's name are part of the street address, not a person_name.
* A street with a house/building/flat number is ``street_address``; a
  postcode in the same address adds ``postal_code``; a postcode alone is
  ``postal_code``.  Cities, districts, provinces, countries, hospital
  buildings, floors, wards and lifts are clean; a shopping area named on its
  own (no number) is treated as a district, i.e. clean.
* Medicine lot numbers in a general statement, trial registry numbers
  (NCT, ChiCTR, EudraCT, CTRI ...), ICD/ATC codes, gene variants, version
  numbers, page/figure numbers, prices, doses and lab values are clean.
* Insurance member/policy/card numbers are ``health_plan_number``; claim
  numbers are ``other_number``; visa, ticket, booking, court case, staff,
  student, courier, appointment, permit, invitation, invoice and donation
  receipt numbers are ``other_number``.  Clinician licence numbers always
  appear with the clinician's name (``licence_number,person_name``).
"""

import datetime
import os
import random
import re
import unicodedata

SEED = 1818
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "deid_generated_en_heldout18.tsv")

KINDS = [
    "person_name", "exact_date", "date_of_birth", "age_over_89", "phone_number",
    "email", "web_address", "ip_address", "social_account", "street_address",
    "postal_code", "geolocation", "passport_number", "national_id",
    "resident_id", "medical_record_number", "health_plan_number",
    "account_number", "licence_number", "vehicle_identifier",
    "device_identifier", "other_number",
]


def W(s):
    """Split a '|'-separated pool literal into a list (keeps inner spaces)."""
    return [x.strip() for x in s.strip().split("|") if x.strip()]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def letters(r, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(pick(r, alphabet) for _ in range(n))


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    return s.translate(FW)


ONES = W("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
TENS = W("x|x|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))


ORD = W("x|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
        "eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|"
        "twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|"
        "twenty-ninth|thirtieth|thirty-first")


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


_FOLD = {"ı": "i", "İ": "I", "ş": "s", "ğ": "g", "đ": "d", "Đ": "D", "ø": "o",
         "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "'": "", "’": ""}


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


# ---------------------------------------------------------------------------
# Name pools (author's own)
# ---------------------------------------------------------------------------

KZ_F = W("Aigerim|Aruzhan|Dana|Gulnara|Zhanar|Saule|Madina|Ainur|Dinara|Assel|Kamila|"
         "Zarina|Akmaral|Botagoz|Gaukhar|Meruyert|Togzhan|Balzhan|Aizhan|Symbat|"
         "Moldir|Indira|Karlygash|Nazym")
KZ_M = W("Dauren|Yerlan|Nurlan|Arman|Bauyrzhan|Askar|Serik|Yerzhan|Azamat|Daniyar|"
         "Marat|Kairat|Olzhas|Zhandos|Almas|Berik|Yerbol|Aibek|Rustem|Temirlan|Sanzhar")
KZ_S = W("Sadykov|Bekov|Tokhtarov|Zhakupov|Abenov|Omarov|Iskakov|Kassymov|"
         "Mukhametov|Suleimenov|Baimukhanov|Yesenov|Zhumabayev|Kenzhebekov|Amanov|"
         "Dzhaksybekov|Nurpeisov|Sarsenbayev|Utegenov|Kaliyev|Tulegenov|Akhmetov")
KZ_PAT = W("Nurlan|Serik|Bolat|Yerlan|Marat|Askar|Kairat|Zhanat")

RU_F = W("Svetlana|Olga|Natalia|Tatiana|Irina|Yekaterina|Anastasia|Maria|Yelena|"
         "Galina|Lyudmila|Nadezhda|Ksenia|Polina|Valentina|Zoya|Alla|Larisa|Yulia|Darya")
RU_M = W("Dmitry|Sergei|Alexei|Ivan|Nikolai|Andrei|Mikhail|Vladimir|Yuri|Pavel|"
         "Konstantin|Gennady|Vasily|Oleg|Igor|Stanislav|Fyodor|Anatoly|Roman|Artyom")
RU_S = W("Ivanov|Petrov|Smirnov|Kuznetsov|Volkov|Sokolov|Morozov|Lebedev|Kozlov|"
         "Novikov|Popov|Vasiliev|Fedorov|Zaitsev|Pavlov|Semyonov|Golubev|Vinogradov|"
         "Bogdanov|Tarasov|Belov|Komarov|Orlov|Kiselev|Makarov|Zakharov|Borisov|Gusev")
RU_PAT_M = W("Ivanovich|Sergeyevich|Petrovich|Nikolayevich|Alexandrovich|Mikhailovich|Yurievich")
RU_PAT_F = W("Ivanovna|Sergeyevna|Petrovna|Nikolayevna|Alexandrovna|Mikhailovna|Igorevna|Viktorovna")

UZ_F = W("Dilnoza|Shakhnoza|Gulnoza|Nodira|Malika|Zulfiya|Feruza|Sevara|Mokhira|Barno|Kamola")
UZ_M = W("Jasur|Bekzod|Sherzod|Otabek|Rustam|Farrukh|Ulugbek|Sardor|Aziz|Botir|Akmal|Dilshod")
UZ_S = W("Karimov|Rakhimov|Tursunov|Yusupov|Abdullaev|Nazarov|Ergashev|Kholmatov|Saidov|"
         "Mirzaev|Usmonov|Khodjaev|Juraev|Sobirov")
CA_MISC = W("Aibek Toktogulov|Cholpon Asanova|Firuza Rahmonova|Davlat Sharipov|"
            "Nurgul Abdyldaeva|Manuchehr Nazarov|Gulmira Osmonova|Leyla Mammadova|"
            "Rashad Aliyev|Nigora Safarova|Bakyt Dzhumaliev|Mavluda Qodirova")

MN_GIVEN = W("Batbayar|Enkhjargal|Oyuntsetseg|Ganbold|Bolormaa|Tserendulam|Munkhzul|"
             "Bat-Erdene|Altantsetseg|Narantuya|Temuulen|Khulan|Anar|Nomin|Erdenebat|"
             "Tuvshinjargal|Davaadorj|Gantulga|Saruul|Uranchimeg|Bayarmaa|Enkhbold|"
             "Otgonbayar|Sarangerel|Purevsuren")
MN_FATHER = W("Dorj|Bat|Ganbaatar|Tseren|Sukh|Lkhagva|Munkh|Baatar|Damdin|Naran")

AR_F = W("Fatima|Layla|Mariam|Noura|Aisha|Huda|Reem|Salma|Yasmin|Rania|Hessa|Amal|Lubna|Dana|Shaikha")
AR_M = W("Omar|Yousef|Khalid|Ahmed|Mohammed|Abdullah|Hamad|Saeed|Tariq|Faisal|Ibrahim|"
         "Mustafa|Hassan|Karim|Sultan|Majid|Nasser")
AR_S = W("Al-Harbi|Haddad|Mansour|Al-Qahtani|Al-Mazrouei|Khoury|Nasser|Al-Shehhi|El-Sayed|"
         "Abdelrahman|Al-Amri|Darwish|Al-Zahrani|Saleh|Al-Kuwari|Al-Balushi|Hamdan|"
         "Al-Dosari|Barakat|Al-Hashimi|Ben Youssef|Othman")
AR_SCRIPT = W("محمد العتيبي|فاطمة الزهراني|عبدالله الشمري|ليلى حداد|يوسف منصور|"
              "نورة القحطاني|خالد البلوشي|مريم الكعبي|سعيد الهاشمي|هدى درويش|"
              "أحمد عبد الرحمن|سلمى الكواري")

FA_F = W("Parisa|Shirin|Maryam|Nasrin|Golnar|Niloufar|Azadeh|Leila|Fereshteh|Mahsa")
FA_M = W("Reza|Dariush|Mehdi|Ali|Hossein|Kaveh|Arash|Babak|Farhad|Saeed|Omid")
FA_S = W("Ahmadi|Hosseini|Karimi|Moradi|Rahimi|Tehrani|Jafari|Rostami|Sadeghi|"
         "Mohammadi|Ghorbani|Farahani|Ebrahimi|Shirazi")

TR_F = W("Elif|Ayşe|Zeynep|Fatma|Emine|Merve|Büşra|Gülşen|Hatice")
TR_M = W("Mehmet|Emre|Mustafa|Burak|Hakan|Cem|Oğuz|Serkan|Yusuf|Kemal")
TR_S = W("Yılmaz|Demir|Kaya|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Koç|Kurt|Polat|Erdoğdu")

MY_F = W("Nurul Aisyah|Siti Hajar|Nur Izzati|Wan Azlina|Farah Nadia|Siti Khadijah|Aina Sofea")
MY_M = W("Ahmad Faizal|Muhammad Hafiz|Mohd Azlan|Amirul Hakim|Khairul Anuar|Syed Idris")
MY_FATHER = W("Rahman|Ismail|Osman|Abdullah|Yusof|Hamzah|Ibrahim|Salleh|Mahmud")
MY_OTHER = W("Tan Mei Ling|Lim Wei Jie|Rajesh a/l Subramaniam|Kavitha a/p Muthu|"
             "Ong Siew Lan|Goh Chee Keong|Priya a/p Ramasamy")

ID_F = W("Dewi|Putri|Sri|Rina|Intan|Ratna|Wulan|Ayu|Fitri|Nining|Kartika|Lestari")
ID_M = W("Budi|Agus|Eko|Bambang|Yohanes|Wayan|Made|Hendra|Rudi|Dedi|Joko|Arief")
ID_S = W("Santoso|Wulandari|Setiawan|Wahyuni|Susanti|Prasetyo|Wirawan|Hartono|Siahaan|"
         "Permata Sari|Sudarsana|Nasution|Simanjuntak|Gunawan|Hidayat|Kusuma")
ID_MONO = W("Suharti|Sutrisno|Mulyono|Paini|Sukarmi|Tukiyem")

TH_F = W("Nattaya|Kanya|Pimchanok|Siriporn|Araya|Sukanya|Wanida|Ratchanee|Jintana")
TH_M = W("Somchai|Anan|Wichai|Kittipong|Prasert|Surachai|Thanawat|Chaiwat|Somsak")
TH_S = W("Wongsakul|Chaiyaporn|Srisuk|Rattanapong|Boonmee|Thongdee|Sukprasert|Saelim|"
         "Jaidee|Kongkaew|Phromsri|Intharasuk")
TH_NICK = W("Pim|Nok|Ploy|Beam|Toon|Fon|Mint|Bank|Golf|Nong May")
TH_SCRIPT = W("สมชาย ใจดี|นัฐยา ศรีสุข|กิตติพงษ์ แซ่ลิ้ม|วนิดา บุญมี")

VN_FAM = W("Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Dương|Lý|Trịnh|Phan")
VN_MID_F = W("Thị|Ngọc|Thu|Thanh|Minh|Bảo")
VN_MID_M = W("Văn|Hữu|Đức|Minh|Quốc|Thanh|Công")
VN_GIV_F = W("Lan|Hà|Mai|Hương|Linh|Trang|Phương|Thảo|Hạnh|Yến|Nhung|Vy")
VN_GIV_M = W("Minh|Nam|Bảo|Tuấn|Tùng|Dũng|Huy|Khoa|Long|Phúc|Quang|Hải")

PH_F = W("Maria Clara|Liza|Jennifer|Rowena|Marites|Cristina|Rhea Mae|Joy Ann|Jocelyn|Analyn")
PH_M = W("Jose Ramon|Mark Anthony|Arnel|Rodel|Jun-Jun|Bong|Romeo|Efren|Jayson|Ferdinand")
PH_S = W("Santos|dela Cruz|Reyes|Villanueva|Bautista|Mendoza|Garcia|Ramos|Aquino|Castillo|"
         "Macaraeg|Dimaculangan|Pangilinan|Soriano|Manalo")

AF_FULL = W("Chinedu Okafor|Ngozi Eze|Oluwaseun Adeyemi|Amina Bello|Emeka Nwosu|"
            "Funmilayo Adebayo|Ibrahim Musa|Chiamaka Obi|Tunde Bakare|Kwame Mensah|"
            "Akosua Boateng|Kofi Asante|Ama Owusu|Wanjiru Kamau|Otieno Odhiambo|"
            "Achieng Ouma|Njeri Mwangi|Thabo Nkosi|Lindiwe Dlamini|Sipho Ndlovu|"
            "Abebe Girma|Tigist Alemu|Selam Tesfaye|Fatoumata Diallo|Mamadou Traoré|"
            "Aïssatou Ndiaye|Moussa Keita|Neema Mushi|Baraka Mollel|Hery Rakotomalala|"
            "Nomvula Khumalo|Yaw Darko|Halima Abdi|Abdirahman Warsame|Esi Quaye|"
            "Chukwuemeka Nnamdi|Zainab Lawal|Adaeze Okonkwo|Mulugeta Bekele|Grace Atieno")

EU_FULL = W("Sophie Martin|Lukas Schneider|Giulia Rossi|Jan Kowalski|Ingrid Larsen|"
            "Pieter de Vries|Siobhán O'Connor|Matteo Bianchi|Anna Nowak|Hannah Müller|"
            "Élodie Lefèvre|Marek Dvořák|Katarzyna Wiśniewska|Björn Andersson|"
            "Mikko Virtanen|Nikos Papadopoulos|Ioana Popescu|Dragan Petrović|Ana Horvat|"
            "Inês Ferreira|Zsófia Nagy|Aleksandra Jovanović|Olena Shevchenko|"
            "Andrius Kazlauskas|Līga Bērziņa|Kadri Tamm|Liam Murphy|Fiona MacLeod|"
            "Gareth Jones|Erik Johansson|Chiara Esposito|Thomas Dubois|Magdalena Zielińska|"
            "Jürgen Hoffmann|Saoirse Kelly|Bogdan Ionescu|Helga Sigurðardóttir|"
            "Luca Ferrari|Margarida Santos|Petra Novotná")

LA_F = W("Camila|Valentina|María José|Sofía|Ximena|Lucía|Mariana|Ana Beatriz|Daniela|Guadalupe|Fernanda")
LA_M = W("Juan Pablo|Diego|Luis Alberto|Santiago|Carlos Eduardo|João Pedro|Mateo|Andrés|"
         "Gabriel|José Luis|Rodrigo")
LA_S = W("Rodríguez|Hernández|Gómez|Fernández|Pérez|Ramírez|Castillo|da Silva|Souza|"
         "Oliveira|Costa|Torres|Morales|Vargas|Mendes|López García|Quispe|Mamani|"
         "Gutiérrez|Aguilar")

AM_FULL = W("Emily Johnson|Michael O'Brien|Jessica Nguyen|Tyler Brooks|Madison Clarke|"
            "DeShawn Williams|Aaliyah Robinson|Connor McAllister|Brittany Kowalczyk|"
            "Raymond Tsosie|Sarah Goldberg|Priya Sharma|Arjun Mehta|Ayesha Siddiqui|"
            "Kevin Tran|Marcus Thompson|Chloé Tremblay|Jean-François Gagnon")

CN_SUR_PY = W("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|"
              "Gao|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|"
              "Tian|Dong|Yuan|Pan|Jiang|Cai|Du|Ye|Cheng|Su|Wei|Lyu|Ding|Ren|Shen|Yao|Lu|"
              "Ouyang|Bai|Qin|Yu|Fu|Meng")
CN_GIV_PY = W("Xiuying|Jianguo|Lijuan|Zhiqiang|Guilan|Wei|Fang|Min|Jing|Lei|Yang|Yong|Yan|"
              "Jie|Juan|Tao|Ming|Chao|Xiulan|Xia|Ping|Gang|Guiying|Shuzhen|Yumei|Zihan|"
              "Haoran|Xinyi|Zixuan|Yuxuan|Yinuo|Ruoxi|Junjie|Mingyu|Lihua|Hongmei|"
              "Jianhua|Xiaoling|Dandan|Shuang|Yuting|Zhenyu|Wenjing|Chunyan")
PY_SPLIT = dict((x.replace("-", "").capitalize(), x) for x in W(
    "Xiu-ying|Jian-guo|Li-juan|Zhi-qiang|Gui-lan|Xiu-lan|Gui-ying|Shu-zhen|Yu-mei|Zi-han|"
    "Hao-ran|Xin-yi|Zi-xuan|Yu-xuan|Yi-nuo|Ruo-xi|Jun-jie|Ming-yu|Li-hua|Hong-mei|Jian-hua|"
    "Xiao-ling|Dan-dan|Yu-ting|Zhen-yu|Wen-jing|Chun-yan"))
CN_SUR_HZ = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢")
CN_GIV_HZ = W("秀英|建国|丽娟|志强|桂兰|伟|芳|敏|静|磊|洋|勇|艳|杰|娟|涛|明|超|秀兰|霞|平|"
              "刚|桂英|淑珍|玉梅|子涵|浩然|欣怡|梓萱|宇轩|一诺|丽华|红梅|建华|晓玲|丹丹")
CN_MINORITY = W("Aynur Tursun|Mehmet Abdurehim|Gulnar Ablimit|Tenzin Dolma|Dawa Tsering|"
                "Bayar Sarangerel|Ablikim Memet|Rena Yasin|Pema Yangzom|Gulbahar Kasim")
HK_TW = W("Chan Tai-man|Wong Ka-wai|Cheung Siu-ming|Lau Mei-kuen|Chen Yi-ting|"
          "Lin Chia-hao|Ho Wing-yan|Leung Chi-keung")

KR_S = W("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin")
KR_G = W("Min-jun|Ji-yeon|Seo-yeon|Hyun-woo|Ji-ho|Soo-ah|Eun-ji|Dong-hyun|Ha-eun|Jae-won|Ye-jin|Sung-min")
KR_SCRIPT = W("김민준|이서연|박지호|최은지|정하은")
JP_S = W("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto")
JP_G = W("Yuki|Haruto|Aiko|Kenji|Sakura|Hiroshi|Yui|Takumi|Emi|Daisuke|Naoko|Sota")
JP_SCRIPT = W("佐藤健|田中花子|鈴木一郎|山本美咲")

CYR_FULL = W("Светлана Морозова|Дмитрий Кузнецов|Айгерим Нурланқызы|Ольга Петровна|"
             "Бахытжан Сейтказиев|Наталья Игоревна Волкова|Батбаярын Мөнхзул|"
             "Галина Ивановна|Тимур Алиев|Жанар Ахметова|Ерлан Бекович|Дильноза Каримова|"
             "Сергей Павлович Орлов|Гульнара Сарсенбаева|Мария Лебедева|Алексей Смирнов|"
             "Асель Жумабаева|Оюунцэцэг Ганболд|Людмила Степановна|Нурсултан Кенжебеков")
CYR_GIVEN = W("Айгерим|Вера|Надежда|Люба|Саша|Дима|Маша|Таня|Коля|Жанар|Даурен|Оля|Асель")

WORDNAMES = W("Victory|Blessing|Precious|Faith|Hope|Grace|Mercy|Joy|Patience|Goodluck|"
              "Gift|Comfort|Destiny|Sunday|Lucky|Vera|Nadezhda|Lyubov|Ping'an|Sunny|Star|"
              "Treasure|Miracle|Favour|Princess|Happiness|Amal|Umid|Iman|Nur")
WORDNAME_MEANING = [
    ("Vera", "faith", "Russian"), ("Nadezhda", "hope", "Russian"),
    ("Lyubov", "love", "Russian"), ("Umid", "hope", "Uzbek"),
    ("Amal", "hope", "Arabic"), ("Ping'an", "safe and sound", "Chinese"),
    ("Zhuldyz", "star", "Kazakh"), ("Aiym", "my moon", "Kazakh"),
    ("Nur", "light", "Kazakh"), ("Iman", "faith", "Arabic"),
    ("Farah", "joy", "Arabic"), ("Khulan", "wild horse", "Mongolian"),
    ("Nomin", "jewel", "Mongolian"), ("Sakura", "cherry blossom", "Japanese"),
    ("Mai", "apricot blossom", "Vietnamese"), ("Kanya", "young girl", "Thai"),
    ("Victory", "exactly what it sounds like", "English"),
    ("Precious", "precious", "English"), ("Anh", "bright", "Vietnamese"),
    ("Baraka", "blessing", "Swahili"), ("Neema", "grace", "Swahili"),
    ("Chidi", "God exists", "Igbo"), ("Ayan", "gift", "Somali"),
    ("Xingfu", "happiness", "Chinese"), ("Anzhelika", "angel", "Russian"),
]
NICKS = W("Sasha|Dima|Masha|Natasha|Kolya|Seryozha|Tanya|Aika|Dauka|Erke|Doudou|Niuniu|"
          "Xiaobao|Lele|Tuantuan|Nana|Jojo|Mimi|Bubu|Guoguo|Yoyo|Zhenya|Lyosha|Bota|"
          "Aru|Nurik|Tima|Baha|Jun-Jun|Bong|Nok|Ploy|Boy|Toto|Bebe|Dudu")

TITLES_ANY = W("Dr.|Dr|Doctor|Professor|Prof.|Nurse|Mr.|Mrs.|Ms.|Madam|Sister")
TITLES_CN = W("Director|Chief Physician|Head Nurse|Lao|Xiao|Auntie|Uncle|Grandpa|"
              "Teacher|Dr.|Professor|Nurse|Director|Dr.")
CYR_TITLES = W("доктор|профессор|медсестра|врач")


def nm_kz(r):
    if r.random() < 0.5:
        g, s = pick(r, KZ_F), pick(r, KZ_S) + "a"
        if r.random() < 0.25:
            return "%s %skyzy" % (g, pick(r, KZ_PAT))
        if r.random() < 0.3:
            return "%s %s %sovna" % (s, g, pick(r, KZ_PAT))
    else:
        g, s = pick(r, KZ_M), pick(r, KZ_S)
        if r.random() < 0.2:
            return "%s %suly" % (g, pick(r, KZ_PAT))
    return "%s %s" % (g, s)


def nm_ru(r):
    fem = r.random() < 0.55
    g = pick(r, RU_F if fem else RU_M)
    s = pick(r, RU_S) + ("a" if fem else "")
    p = pick(r, RU_PAT_F if fem else RU_PAT_M)
    x = r.random()
    if x < 0.45:
        return "%s %s" % (g, s)
    if x < 0.65:
        return "%s %s %s" % (s, g, p)
    if x < 0.8:
        return "%s %s" % (g, p)
    if x < 0.9:
        return "%s. %s. %s" % (g[0], p[0], s)
    return "%s %s %s" % (g, p, s)


def nm_uz(r):
    if r.random() < 0.1:
        return pick(r, CA_MISC)
    if r.random() < 0.5:
        return "%s %sa" % (pick(r, UZ_F), pick(r, UZ_S))
    return "%s %s" % (pick(r, UZ_M), pick(r, UZ_S))


def nm_mn(r):
    g, f = pick(r, MN_GIVEN), pick(r, MN_FATHER)
    x = r.random()
    if x < 0.35:
        return "%s. %s" % (f[0], g)
    if x < 0.6:
        return "%s %s" % (f + ("iin" if f[-1] not in "aeiou" else "giin"), g)
    if x < 0.8:
        return g
    return "%s %s" % (g, f)


def nm_ar(r):
    if r.random() < 0.5:
        g = pick(r, AR_F)
        return "%s %s" % (g, pick(r, AR_S))
    g = pick(r, AR_M)
    x = r.random()
    if x < 0.2:
        return "%s bin %s %s" % (g, pick(r, AR_M), pick(r, AR_S))
    if x < 0.3:
        return "Abu %s" % pick(r, AR_M)
    return "%s %s" % (g, pick(r, AR_S))


def nm_fa(r):
    if r.random() < 0.5:
        return "%s %s" % (pick(r, FA_F), pick(r, FA_S))
    return "%s %s" % (pick(r, FA_M), pick(r, FA_S))


def nm_tr(r):
    return "%s %s" % (pick(r, TR_F + TR_M), pick(r, TR_S))


def nm_my(r):
    x = r.random()
    if x < 0.3:
        return pick(r, MY_OTHER)
    if x < 0.65:
        return "%s binti %s" % (pick(r, MY_F), pick(r, MY_FATHER))
    return "%s bin %s" % (pick(r, MY_M), pick(r, MY_FATHER))


def nm_id(r):
    x = r.random()
    if x < 0.15:
        return pick(r, ID_MONO)
    if x < 0.22:
        return "Ni Luh Putu %s" % pick(r, ID_F)
    return "%s %s" % (pick(r, ID_F + ID_M), pick(r, ID_S))


def nm_th(r):
    x = r.random()
    if x < 0.12:
        return "Khun %s" % pick(r, TH_F + TH_M)
    return "%s %s" % (pick(r, TH_F + TH_M), pick(r, TH_S))


def nm_vn(r):
    if r.random() < 0.5:
        n = "%s %s %s" % (pick(r, VN_FAM), pick(r, VN_MID_F), pick(r, VN_GIV_F))
    else:
        n = "%s %s %s" % (pick(r, VN_FAM), pick(r, VN_MID_M), pick(r, VN_GIV_M))
    return ascii_fold(n) if r.random() < 0.35 else n


def nm_ph(r):
    n = "%s %s" % (pick(r, PH_F + PH_M), pick(r, PH_S))
    if r.random() < 0.1:
        n += " Jr."
    return n


def nm_la(r):
    g = pick(r, LA_F + LA_M)
    s = pick(r, LA_S)
    if r.random() < 0.25:
        s += " " + pick(r, LA_S).split()[0]
    return "%s %s" % (g, s)


def nm_cn_py(r):
    s, g = pick(r, CN_SUR_PY), pick(r, CN_GIV_PY)
    x = r.random()
    if x < 0.45:
        return "%s %s" % (s, g)
    if x < 0.65:
        return "%s %s" % (g, s)
    if x < 0.8:
        return "%s %s" % (s.upper(), g)
    if x < 0.88 and g in PY_SPLIT:
        # hyphenated two-syllable given name, as in older passports
        return "%s %s" % (s, PY_SPLIT[g])
    if x < 0.94:
        return pick(r, HK_TW)
    return pick(r, CN_MINORITY)


def nm_cn_hz(r):
    return pick(r, CN_SUR_HZ) + pick(r, CN_GIV_HZ)


def nm_kr(r):
    x = r.random()
    if x < 0.1:
        return pick(r, KR_SCRIPT)
    s, g = pick(r, KR_S), pick(r, KR_G)
    return "%s %s" % (s, g) if x < 0.6 else "%s %s" % (g, s)


def nm_jp(r):
    x = r.random()
    if x < 0.1:
        return pick(r, JP_SCRIPT)
    s, g = pick(r, JP_S), pick(r, JP_G)
    return "%s %s" % (s, g) if x < 0.5 else "%s %s" % (g, s)


NAME_GENS = [
    (nm_kz, 16), (nm_ru, 14), (nm_uz, 7), (nm_mn, 8), (nm_ar, 7), (nm_fa, 3),
    (nm_tr, 3), (nm_my, 4), (nm_id, 4), (nm_th, 4), (nm_vn, 4), (nm_ph, 3),
    (lambda r: pick(r, AF_FULL), 6), (lambda r: pick(r, EU_FULL), 5),
    (nm_la, 4), (lambda r: pick(r, AM_FULL), 2), (nm_cn_py, 14), (nm_cn_hz, 4),
    (nm_kr, 2), (nm_jp, 2),
]
_NAME_TOTAL = sum(w for _, w in NAME_GENS)


def gen_name(r):
    x = r.randrange(_NAME_TOTAL)
    for f, w in NAME_GENS:
        if x < w:
            return f(r)
        x -= w
    raise AssertionError


def gen_fname(r):
    pool = [KZ_F, KZ_M, RU_F, RU_M, UZ_F, UZ_M, MN_GIVEN, AR_F, AR_M, FA_F, TH_NICK,
            VN_GIV_F, ID_F, PH_F, LA_F, CN_GIV_PY, KR_G, JP_G, CYR_GIVEN]
    return pick(r, pick(r, pool))


FAMILY_POOL = (CN_SUR_PY * 3) + KZ_S + [s + "a" for s in RU_S[:10]] + RU_S + UZ_S + \
    FA_S + TR_S + TH_S + PH_S[:8] + KR_S + JP_S + W("Nguyen|Tran|Pham|Okafor|Mensah|"
                                                     "Kamau|Diallo|Müller|Rossi|Haddad|Al-Harbi|Mansour|Santos|Gómez")


def gen_tname(r):
    x = r.random()
    if x < 0.55:
        return "%s %s" % (pick(r, TITLES_CN), pick(r, CN_SUR_PY))
    if x < 0.9:
        return "%s %s" % (pick(r, TITLES_ANY), pick(r, FAMILY_POOL))
    if x < 0.95:
        return "%s %s" % (pick(r, CYR_TITLES), pick(r, W("Ван|Ли|Чжан|Лю|Чэнь|Ян|Ахметова|Иванов")))
    return "Dr. %s" % pick(r, MN_GIVEN)


def gen_doc(r):
    x = r.random()
    if x < 0.5:
        t = pick(r, W("Dr.|Dr|Professor|Prof.|Chief Physician|Associate Professor"))
        return "%s %s %s" % (t, pick(r, CN_SUR_PY), pick(r, CN_GIV_PY))
    if x < 0.7:
        return "%s %s" % (pick(r, W("Dr.|Professor|Director|Dr")), pick(r, CN_SUR_PY))
    if x < 0.8:
        return "Dr. %s" % nm_cn_hz(r)
    return "Dr. %s" % gen_name(r)


def gen_hname(r):
    return nm_cn_hz(r)


def gen_cyrname(r):
    return pick(r, CYR_FULL)


def gen_arname(r):
    return pick(r, AR_SCRIPT)


def gen_wordname(r):
    return pick(r, WORDNAMES)


def gen_wname_meaning(r):
    n, m, lang = pick(r, WORDNAME_MEANING)
    return "%s, which means '%s' in %s," % (n, m, lang)


def gen_nick(r):
    return pick(r, NICKS)


def gen_name_any(r):
    x = r.random()
    if x < 0.6:
        return gen_name(r)
    if x < 0.72:
        return gen_fname(r)
    if x < 0.84:
        return gen_tname(r)
    if x < 0.9:
        return gen_hname(r)
    if x < 0.95:
        return gen_cyrname(r)
    return pick(r, AR_SCRIPT + TH_SCRIPT + KR_SCRIPT + JP_SCRIPT)


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

MONTHS = W("January|February|March|April|May|June|July|August|September|October|November|December")
MON3 = [m[:3] for m in MONTHS]
RU_MON = W("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря")
HIJRI = W("Muharram|Safar|Rabi al-Awwal|Rabi al-Thani|Jumada al-Ula|Jumada al-Akhirah|"
          "Rajab|Sha'ban|Ramadan|Shawwal|Dhu al-Qadah|Dhu al-Hijjah")
PERSIAN = W("Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand")
WEEKDAYS = W("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + words(y - 2000)
    return words(y // 100) + " " + (words(y % 100) if y % 100 >= 10 else "oh " + words(y % 100))


def fmt_date(r, d, with_year=True, hard=False):
    D, M, Y = d.day, d.month, d.year
    if not with_year:
        return pick(r, [
            "%d %s" % (D, MONTHS[M - 1]), "%s %d" % (MONTHS[M - 1], D),
            "%s %s" % (MONTHS[M - 1], ordsuf(D)), "the %s of %s" % (ordsuf(D), MONTHS[M - 1]),
            "%d %s" % (D, MON3[M - 1]), "%02d.%02d" % (D, M), "%d/%d" % (D, M),
            "%s. %d" % (MON3[M - 1], D), "%s, %d %s" % (WEEKDAYS[d.weekday()], D, MONTHS[M - 1]),
        ])
    if hard:
        return pick(r, [
            "the %s of %s %s" % (ORD[D], MONTHS[M - 1], year_words(Y)),
            "%s %s, %d" % (MONTHS[M - 1].lower(), ORD[D], Y),
            "%d . %02d . %d" % (D, M, Y), "%d - %02d - %02d" % (Y, M, D),
            fullwidth("%d-%02d-%02d" % (Y, M, D)), fullwidth("%02d.%02d.%d" % (D, M, Y)),
            "%d%02d%02d" % (Y, M, D), "%d %s %d г." % (D, RU_MON[M - 1], Y),
            "%d %s %d" % (min(D, 29), pick(r, HIJRI), r.randint(1436, 1446)),
            "%d %s %d" % (min(D, 29), pick(r, PERSIAN), r.randint(1393, 1403)),
            "%d %s %d (B.E.)" % (D, MONTHS[M - 1], Y + 543),
            "%d年%d月%d日" % (Y, M, D), "%s%s %d" % (D, MON3[M - 1].upper(), Y % 100),
            "%02d/%02d/%02d" % (D, M, Y % 100), "%d.%d.%d" % (D, M, Y),
            "%s %d%s %d" % (MON3[M - 1].lower(), D, "th" if D > 3 else "", Y),
        ])
    return pick(r, [
        "%d %s %d" % (D, MONTHS[M - 1], Y), "%s %d, %d" % (MONTHS[M - 1], D, Y),
        "%d %s %d" % (D, MON3[M - 1], Y), "%02d/%02d/%d" % (D, M, Y),
        "%02d/%02d/%d" % (M, D, Y), "%d-%02d-%02d" % (Y, M, D), "%02d.%02d.%d" % (D, M, Y),
        "%d/%d/%d" % (Y, M, D), "%02d-%s-%d" % (D, MON3[M - 1], Y),
        "%s, %d %s %d" % (WEEKDAYS[d.weekday()], D, MONTHS[M - 1], Y),
        "%s %d, %d" % (MON3[M - 1] + ".", D, Y), "the %s of %s %d" % (ordsuf(D), MONTHS[M - 1], Y),
        "%s %s %d" % (ordsuf(D), MONTHS[M - 1], Y), "%02d.%02d.%02d" % (D, M, Y % 100),
    ])


def gen_date(r):
    d = rand_date(r, 2014, 2025)
    return fmt_date(r, d, with_year=r.random() < 0.75)


def gen_date_h(r):
    return fmt_date(r, rand_date(r, 2014, 2025), hard=True)


def gen_dob(r):
    d = rand_date(r, 1928, 2023)
    return fmt_date(r, d, hard=r.random() < 0.2)


def gen_bday(r):
    return fmt_date(r, rand_date(r, 2000, 2000), with_year=False)


# ---------------------------------------------------------------------------
# Ages >= 90 (identifier) and < 90 (clean)
# ---------------------------------------------------------------------------

def gen_age_num(r):
    a = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106])
    x = r.random()
    if x < 0.55:
        return str(a)
    if x < 0.9:
        return words(a)
    return fullwidth(str(a))


def gen_age_adj(r):
    a = r.randint(90, 105)
    return pick(r, ["%d-year-old" % a, "%s-year-old" % words(a).replace(" ", "-"),
                    "nonagenarian", "centenarian", "%d-year-old" % a, "%d yo" % a,
                    "%d-y/o" % a, fullwidth("%d") % a + "-year-old"])


def gen_age_phrase(r):
    a = r.randint(90, 104)
    return pick(r, ["aged %d" % a, "%d years old" % a, "in her late nineties",
                    "in his mid-nineties", "in her early 90s", "well over ninety",
                    "%s years of age" % words(a), "aged %s" % words(a), "past %d" % max(a, 91),
                    "a centenarian", "now %d" % a, "%d yrs" % a, "over 95",
                    "%d-years-old" % a, "nearly 100", "age %d" % a])




def gen_cage_adj(r):
    a = pick(r, [2, 5, 7, 11, 14, 16, 19, 23, 27, 31, 34, 38, 41, 45, 49, 52, 56, 61, 64,
                 68, 71, 73, 77, 79, 82, 84, 86, 87, 88, 89])
    return pick(r, ["%d-year-old" % a, "%s-year-old" % words(a), "%d-year-old" % a,
                    "octogenarian", "%d-month-old" % (a % 18 + 1), "%d yo" % a,
                    "eighty-nine-year-old", "89-year-old"])


def gen_cage_num(r):
    a = r.randint(1, 89)
    return pick(r, [str(a), str(a), words(a), "%d y" % a])


def gen_cage_phrase(r):
    return pick(r, W("in her eighties|in his late eighties|nearly ninety|almost 90|"
                     "just under ninety|in her seventies|in his early 80s|aged 89|"
                     "eighty-nine|89 years old|in her sixties|barely thirty|"
                     "eighty-something|in his mid-forties|88 going on 89|"
                     "three months short of ninety|aged 87|aged 72"))


def gen_decade(r):
    return pick(r, W("the nineties|the 1990s|the '90s|the early nineties|the late 1990s|"
                     "the eighties|the 2000s|the 1970s|the noughties"))


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------

def ph_kz(r):
    p = pick(r, ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"])
    a, b, c = digits(r, 3), digits(r, 2), digits(r, 2)
    return pick(r, ["+7 %s %s %s%s" % (p, a, b, c), "+7 (%s) %s-%s-%s" % (p, a, b, c),
                    "8 %s %s %s %s" % (p, a, b, c), "8%s%s%s%s" % (p, a, b, c),
                    "+7%s%s%s%s" % (p, a, b, c), "8-%s-%s-%s-%s" % (p, a, b, c)])


def ph_ru(r):
    p = "9" + digits(r, 2)
    a, b, c = digits(r, 3), digits(r, 2), digits(r, 2)
    return pick(r, ["+7 (%s) %s-%s-%s" % (p, a, b, c), "8-%s-%s-%s-%s" % (p, a, b, c),
                    "+7%s%s%s%s" % (p, a, b, c), "8 (%s) %s %s %s" % (p, a, b, c)])


def ph_misc(r):
    f = pick(r, [
        lambda: "+998 %s %s %s %s" % (pick(r, ["90", "91", "93", "94", "97", "99"]), digits(r, 3), digits(r, 2), digits(r, 2)),
        lambda: "(+998) %s-%s-%s-%s" % (pick(r, ["90", "93", "95"]), digits(r, 3), digits(r, 2), digits(r, 2)),
        lambda: "+996 %s %s %s" % (pick(r, ["555", "700", "772"]), digits(r, 3), digits(r, 3)),
        lambda: "+992 %s %s %s" % (pick(r, ["93", "92", "90"]), digits(r, 3), digits(r, 4)),
        lambda: "+976 %s%s %s" % (pick(r, ["99", "88", "95", "91"]), digits(r, 2), digits(r, 4)),
        lambda: "+976-%s-%s" % (pick(r, ["9911", "8808", "9505"]), digits(r, 4)),
        lambda: "+971 5%s %s %s" % (pick(r, "02568"), digits(r, 3), digits(r, 4)),
        lambda: "05%s %s %s" % (pick(r, "0256"), digits(r, 3), digits(r, 4)),
        lambda: "+966 5%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        lambda: "+20 1%s %s %s" % (pick(r, "0125"), digits(r, 4), digits(r, 4)),
        lambda: "+98 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: "+90 5%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)),
        lambda: "+964 7%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: "+66 %s %s %s" % (pick(r, ["81", "86", "89", "92"]), digits(r, 3), digits(r, 4)),
        lambda: "0%s-%s-%s" % (pick(r, ["81", "86", "89"]), digits(r, 3), digits(r, 4)),
        lambda: "+84 %s %s %s %s" % (pick(r, ["91", "98", "90", "35"]), digits(r, 3), digits(r, 2), digits(r, 2)),
        lambda: "09%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        lambda: "+62 8%s-%s-%s" % (digits(r, 2), digits(r, 4), digits(r, 4)),
        lambda: "08%s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4)),
        lambda: "+60 1%s-%s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        lambda: "+63 9%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: "09%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: "+234 80%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        lambda: "0803 %s %s" % (digits(r, 3), digits(r, 4)),
        lambda: "+254 7%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3)),
        lambda: "+233 2%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        lambda: "+251 9%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4)),
        lambda: "+44 7%s %s" % (digits(r, 3), digits(r, 6)),
        lambda: "+1 (%s) %s-%s" % (pick(r, ["212", "415", "713", "604", "347", "718"]), digits(r, 3, True), digits(r, 4)),
        lambda: "+49 15%s %s" % (digits(r, 1), digits(r, 8)),
        lambda: "+55 11 9%s-%s" % (digits(r, 4), digits(r, 4)),
        lambda: "+52 55 %s %s" % (digits(r, 4), digits(r, 4)),
        lambda: "+39 3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
        lambda: "+33 6 %s %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2)),
    ])
    return f()


def ph_cn(r):
    p = pick(r, ["138", "139", "135", "186", "187", "159", "150", "133", "177", "199", "158", "131"])
    a, b = digits(r, 4), digits(r, 4)
    return pick(r, ["+86 %s %s %s" % (p, a, b), "%s-%s-%s" % (p, a, b), "%s%s%s" % (p, a, b),
                    "+86-%s%s%s" % (p, a, b), "(+86) %s %s %s" % (p, a, b), "0086 %s %s%s" % (p, a, b)])


def ph_dept(r):
    a, b = digits(r, 4, True), digits(r, 4)
    return pick(r, ["+86 10 %s %s" % (a, b), "010-%s%s" % (a, b), "(010) %s-%s" % (a, b),
                    "+86-10-%s-%s" % (a, b), "010 %s %s ext. %s" % (a, b, digits(r, 3))])


def gen_phone(r):
    x = r.random()
    if x < 0.25:
        return ph_kz(r)
    if x < 0.37:
        return ph_ru(r)
    if x < 0.52:
        return ph_cn(r)
    return ph_misc(r)


DIGW = W("zero|one|two|three|four|five|six|seven|eight|nine")


def gen_phone_h(r):
    base = gen_phone(r)
    ds = re.sub(r"\D", "", base)
    x = r.random()
    if x < 0.2:
        return " ".join(ds)
    if x < 0.35:
        return fullwidth(base)
    if x < 0.5:
        return ".".join(ds[i:i + 3] for i in range(0, len(ds), 3))
    if x < 0.62:
        return "plus " + " ".join(DIGW[int(c)] for c in ds[:4]) + " " + ds[4:]
    if x < 0.74:
        return base.replace("0", "O", 1) if "0" in base else base + " (mobile)"
    if x < 0.86:
        return "+ " + " - ".join(ds[i:i + 2] for i in range(0, len(ds), 2))
    return ds[:len(ds) // 2] + " / " + ds[len(ds) // 2:]


# ---------------------------------------------------------------------------
# E-mail, web, IP, social
# ---------------------------------------------------------------------------

DOMAINS = W("mail.ru|yandex.ru|bk.ru|inbox.ru|list.ru|mail.kz|gmail.com|yahoo.com|"
            "hotmail.com|outlook.com|163.com|126.com|sina.com|yandex.kz|rambler.ru|gmx.de|"
            "web.de|libero.it|orange.fr|naver.com|yahoo.co.jp|icloud.com|proton.me|"
            "ymail.com|mail.uz|uol.com.br|yahoo.com.vn|hotmail.co.uk|outlook.sa|"
            "live.com|aol.com|gmail.com|gmail.com|mail.ru|kazakhtelecom.kz|edu.mn|"
            "unilag.edu.ng|ukr.net|bigpond.com")
WORDS_LOCAL = W("sunflower|mama|papa|doctor|nurse|kaz|almaty|astana|tiger|star|ai|best|"
                "happy|lovely|snow|steppe|bala|kitty|angel|baraka|lotus")


def local_part(r):
    first = ascii_fold(pick(r, KZ_F + RU_M + UZ_F + AR_M + CN_GIV_PY + TH_F + ID_F + PH_F[:4] +
                            MN_GIVEN + FA_F + TR_F)).lower().replace(" ", "").replace("-", "")
    last = ascii_fold(pick(r, KZ_S + RU_S + UZ_S + CN_SUR_PY + TH_S + FA_S + AR_S + PH_S)).lower() \
        .replace(" ", "").replace("-", "")
    y = str(r.randint(55, 99)) if r.random() < 0.5 else str(r.randint(1960, 2008))
    return pick(r, [first + "." + last, first + last + y[-2:], first[0] + "_" + last,
                    last + "." + first + y, first + "_" + pick(r, WORDS_LOCAL) + y[-2:],
                    pick(r, WORDS_LOCAL) + "_" + first + y[-2:], first + "-" + last,
                    last + first[0] + y[-2:], first + "." + last[0] + y[-2:]])


def gen_email(r):
    dom = pick(r, DOMAINS)
    if dom == "163.com" or (dom == "126.com" and r.random() < 0.5):
        return local_part(r) + "@" + dom
    if r.random() < 0.07:
        return digits(r, r.randint(6, 10), True) + "@qq.com"
    return local_part(r) + "@" + dom


def gen_email_h(r):
    e = gen_email(r)
    lp, dom = e.split("@")
    x = r.random()
    if x < 0.2:
        return "%s at %s" % (lp, dom.replace(".", " dot "))
    if x < 0.35:
        return "%s[at]%s" % (lp, dom.replace(".", "[dot]"))
    if x < 0.5:
        return "%s @ %s" % (lp, dom)
    if x < 0.62:
        return e.upper()
    if x < 0.74:
        return "%s(at)%s" % (lp, dom)
    if x < 0.86:
        return "%s@%s" % (lp, dom.replace(".", ",", 1))
    return "%s＠%s" % (lp, dom)


def slug(r):
    n = ascii_fold(pick(r, KZ_F + RU_F + UZ_F + MN_GIVEN + ID_F + PH_F + TH_F + AR_F + CN_GIV_PY)) \
        .lower().replace(" ", "-")
    return n


def gen_url(r):
    s = slug(r)
    f = pick(r, [
        lambda: "https://www.gofundme.com/f/help-%s-fight-lupus" % s,
        lambda: "gofundme.com/f/%s-kidney-transplant-in-china" % s,
        lambda: "https://kitabisa.com/campaign/bantu%s" % s.replace("-", ""),
        lambda: "https://www.ketto.org/fundraiser/support-%s-%s" % (s, digits(r, 6)),
        lambda: "https://milaap.org/fundraisers/support-%s" % s,
        lambda: "https://www.justgiving.com/crowdfunding/%s-treatment" % s,
        lambda: "https://www.leetchi.com/c/%s-beijing" % s,
        lambda: "https://www.vakinha.com.br/%s" % digits(r, 7),
        lambda: "https://www.shuidichou.com/cf/contribute/%s" % letters(r, 10, "abcdefghjkmnpqrstuvwxyz0123456789"),
        lambda: "https://%s-story.blogspot.com" % s,
        lambda: "http://%s%s.wordpress.com/2021/04/our-journey/" % (s, digits(r, 2)),
        lambda: "https://sites.google.com/view/%s-recovery" % s,
        lambda: "www.%s-family.kz" % s,
        lambda: "https://blog.naver.com/%s%s" % (s.replace("-", ""), digits(r, 2)),
        lambda: "https://ameblo.jp/%s-diary" % s,
        lambda: "https://%s.tilda.ws/treatment" % s,
        lambda: "www.help%s.org" % s.replace("-", ""),
        lambda: "https://donate.%s-fund.mn" % s,
        lambda: "%s.kz/blog/day-%d" % (s, r.randint(2, 300)),
        lambda: "https://zhangjia-%s.cn/riji" % digits(r, 3),
        lambda: "https://www.%s%s.com" % (s.replace("-", ""), pick(r, ["clinicjournal", "diary", "home"])),
    ])
    return f()


def gen_url_h(r):
    u = gen_url(r)
    x = r.random()
    bare = u.replace("https://", "").replace("http://", "")
    if x < 0.3:
        return bare.replace(".", " dot ")
    if x < 0.55:
        return bare.replace("/", " / ").replace(".", " . ", 1)
    if x < 0.75:
        return bare.upper()
    return "hxxps://" + bare


def gen_ip(r):
    x = r.random()
    if x < 0.72:
        a = pick(r, [2, 5, 31, 37, 46, 77, 78, 79, 82, 85, 89, 91, 92, 94, 95, 109, 110, 112,
                     113, 117, 121, 123, 176, 178, 185, 188, 195, 196, 197, 202, 212, 213, 217, 223])
        ip = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if r.random() < 0.15:
            ip += ":%d" % pick(r, [443, 8080, 51234, 3389])
        return ip
    if x < 0.8:
        return "%d.%d.%d.%d" % (pick(r, [10, 192, 172]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    hx = lambda: "%x" % r.randint(0, 0xffff)
    return pick(r, ["2a02:6b8:%s:%s::%s" % (hx(), hx(), hx()),
                    "2001:da8:%s:%s:%s:%s:%s:%s" % tuple(hx() for _ in range(6)),
                    "240e:%s:%s::%s" % (hx(), hx(), hx()),
                    "::ffff:%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])


def gen_ip_h(r):
    ip = gen_ip(r)
    if ":" in ip and "." not in ip:
        return ip.upper()
    x = r.random()
    if x < 0.4:
        return ip.replace(".", " . ")
    if x < 0.7:
        return fullwidth(ip)
    return ip.replace(".", "[.]")


def handle(r):
    base = ascii_fold(pick(r, KZ_F + RU_F + UZ_F + MN_GIVEN + TH_NICK + ID_F + AR_F + CN_GIV_PY + NICKS)) \
        .lower().replace(" ", "").replace("'", "")
    return pick(r, [base + "_" + digits(r, 2), base + "." + pick(r, WORDS_LOCAL), "mama_" + base,
                    base + "_kz", base + digits(r, 4), "the." + base, base + "__" + pick(r, WORDS_LOCAL),
                    pick(r, WORDS_LOCAL) + "." + base + digits(r, 1)])


def gen_social(r):
    h = handle(r)
    f = pick(r, [
        lambda: "WeChat ID: %s" % h, lambda: "wxid_%s" % letters(r, 14, "abcdefghijkmnpqrstuvwxyz0123456789"),
        lambda: "QQ %s" % digits(r, r.randint(6, 10), True), lambda: "@" + h,
        lambda: "instagram.com/%s" % h, lambda: "https://vk.com/id%s" % digits(r, 9, True),
        lambda: "facebook.com/%s" % h, lambda: "t.me/%s" % h,
        lambda: "https://www.facebook.com/profile.php?id=1000%s" % digits(r, 11),
        lambda: "tiktok.com/@%s" % h, lambda: "LINE ID %s" % h, lambda: "ok.ru/profile/%s" % digits(r, 12, True),
        lambda: "x.com/%s" % h, lambda: "Douyin ID %s" % h, lambda: "KakaoTalk ID %s" % h,
        lambda: "WeChat: %s" % h,
    ])
    return f()


def gen_wechat(r):
    h = handle(r)
    return pick(r, [h, "wxid_" + letters(r, 14, "abcdefghijkmnpqrstuvwxyz0123456789"), h + "_bj",
                    ascii_fold(pick(r, CN_SUR_PY + KZ_S)).lower() + digits(r, 6)])


def gen_handle(r):
    return "@" + handle(r)


def gen_qq(r):
    return digits(r, r.randint(6, 10), True)


# ---------------------------------------------------------------------------
# Addresses, postcodes, geolocation
# ---------------------------------------------------------------------------

KZ_STREETS = W("Abay Avenue|Tole bi Street|Kabanbay Batyr Avenue|Dostyk Avenue|Satpayev Street|"
               "Zhandosov Street|Raiymbek Avenue|Baitursynuly Street|Kunayev Street|Seifullin Avenue")
RU_STREETS = W("ul. Lenina|ul. Sovetskaya|Tverskaya St|pr. Mira|ul. Gagarina|ul. Pushkina|"
               "Nevsky Prospekt|ul. Kirova|ul. Karla Marksa")
CN_STREETS = W("Dongdan Santiao|Chaoyangmen Nei Dajie|Jianguomenwai Avenue|Xisi Bei Ertiao|"
               "Andingmen Dongdajie|Xueyuan Road|Zhongguancun Street|Fuxingmen Wai Street|"
               "Guangqumen Nei Street|Beisanhuan Zhong Road")
CN_COMPOUNDS = W("Wangjing Xiyuan|Tiantongyuan North|Huilongguan Longze Yuan|Fangzhuang Fangcheng Yuan|"
                 "Shuangjing Jiuyuan|Jinsong Beili|Tuanjiehu Beili|Hepingli Qiqu")
CN_DIST = W("Dongcheng|Xicheng|Chaoyang|Haidian|Fengtai|Changping|Tongzhou|Daxing")


def pc_kz(r):
    return pick(r, ["0%s0%s" % (pick(r, "5913"), digits(r, 2)),
                    "%s%s%s%s%s%s" % (pick(r, "AZTRSX"), digits(r, 2), pick(r, "ABCDEFGHKMPTX"),
                                       digits(r, 1), pick(r, "ABCDEFGHKMPTX"), digits(r, 1))])


def pc_ru(r):
    return pick(r, ["1", "6", "4", "3"]) + digits(r, 5)


def pc_uk(r):
    return "%s%d%s %d%s" % (pick(r, ["SW", "M", "EH", "B", "LS", "N", "E", "G", "CF"]), r.randint(1, 20),
                            pick(r, ["", "", "A"]), r.randint(1, 9), letters(r, 2, "ABDEFGHJLNPQRSTUWXYZ"))


def gen_pc(r):
    f = pick(r, [
        lambda: pc_kz(r), lambda: pc_ru(r), lambda: pc_uk(r),
        lambda: "100" + digits(r, 3), lambda: "1%s00%s" % (pick(r, "0"), digits(r, 1)),
        lambda: digits(r, 5, True) + ("-" + digits(r, 4) if r.random() < 0.3 else ""),
        lambda: "%s%d%s %d%s%d" % (pick(r, "MTKVH"), r.randint(1, 9), pick(r, "ABCEGHJ"),
                                   r.randint(1, 9), pick(r, "ABCEGHJ"), r.randint(0, 9)),
        lambda: "%d %s" % (r.randint(1011, 9999), letters(r, 2, "ABCDEGHJKLMNPRSTVWXZ")),
        lambda: "%s-%s" % (digits(r, 5), digits(r, 3)),
        lambda: "1%s%s0" % (pick(r, "4567"), digits(r, 2)),
        lambda: "%s-%s" % (digits(r, 2), digits(r, 3)),
        lambda: "〒%s-%s" % (digits(r, 3), digits(r, 4)),
        lambda: "1" + digits(r, 5),
        lambda: "5600%02d" % r.randint(1, 99),
        lambda: digits(r, 5) + "-" + digits(r, 5),
    ])
    return f()


def addr_with_pc(r):
    """Returns (address, postcode, combined_text)."""
    n = r.randint(1, 240)
    k = r.randint(1, 160)
    f = pick(r, [
        lambda: ("%s %d, apt %d" % (pick(r, KZ_STREETS), n, k), pc_kz(r), "Almaty"),
        lambda: ("%d %s, flat %d" % (n, pick(r, KZ_STREETS), k), pc_kz(r), "Astana"),
        lambda: ("mkr. Samal-%d, bld %d, flat %d" % (r.randint(1, 3), n, k), pc_kz(r), "Almaty"),
        lambda: ("ул. Толе би, д. %d, кв. %d" % (n, k), pc_kz(r), "Алматы"),
        lambda: ("%s, d. %d, kv. %d" % (pick(r, RU_STREETS), n, k), pc_ru(r), pick(r, ["Novosibirsk", "Omsk", "Irkutsk", "Kazan"])),
        lambda: ("пр. Мира, %d-%d" % (n, k), pc_ru(r), "Красноярск"),
        lambda: ("Yunusabad-%d, house %d, apt %d" % (r.randint(1, 19), n, k), "100" + digits(r, 3), "Tashkent"),
        lambda: ("Amir Temur ko'chasi %d, %d-xonadon" % (n, k), "100" + digits(r, 3), "Tashkent"),
        lambda: ("13th khoroo, building %d, apartment %d, Bayanzurkh District" % (n, k), "1%s%s0" % (pick(r, "34"), digits(r, 2)), "Ulaanbaatar"),
        lambda: ("No. %d %s, %s District" % (n, pick(r, CN_STREETS), pick(r, CN_DIST)), "100" + digits(r, 3), "Beijing"),
        lambda: ("Room %d%02d, Unit %d, Building %d, %s" % (r.randint(1, 28), r.randint(1, 6), r.randint(1, 4), r.randint(1, 30), pick(r, CN_COMPOUNDS)), "10" + digits(r, 4), "Beijing"),
        lambda: ("Villa %d, Street %d, Al Barsha %d" % (n, r.randint(1, 40), r.randint(1, 3)), "", "Dubai"),
        lambda: ("%d/%d Moo %d, Sukhumvit Soi %d" % (n, r.randint(1, 99), r.randint(1, 12), r.randint(1, 107)), "10" + digits(r, 3), "Bangkok"),
        lambda: ("Số %d ngõ %d Phố Huế, Hai Bà Trưng" % (n, r.randint(1, 200)), "1" + digits(r, 5), "Hà Nội"),
        lambda: ("Jl. Merdeka No. %d, RT %02d/RW %02d" % (n, r.randint(1, 15), r.randint(1, 12)), digits(r, 5, True), "Bandung"),
        lambda: ("No. %d, Jalan SS2/%d" % (n, r.randint(1, 99)), "47300", "Petaling Jaya"),
        lambda: ("Blk %d Lot %d, Phase 2, Camella Homes" % (r.randint(1, 40), r.randint(1, 60)), digits(r, 4, True), "Bacoor, Cavite"),
        lambda: ("Plot %d, Adeola Odeku Street, Victoria Island" % n, "1010" + digits(r, 2), "Lagos"),
        lambda: ("House No. %d, Ngong Road, Kilimani" % n, "00100", "Nairobi"),
        lambda: ("Hauptstraße %d" % n, digits(r, 5, True), "Berlin"),
        lambda: ("%dB Baker Street, Flat %d" % (n, r.randint(1, 9)), pc_uk(r), "London"),
        lambda: ("Via Roma %d, int. %d" % (n, r.randint(1, 20)), digits(r, 5, True), "Milano"),
        lambda: ("ul. Marszałkowska %d/%d m. %d" % (n, r.randint(1, 30), k), "%s-%s" % (digits(r, 2), digits(r, 3)), "Warszawa"),
        lambda: ("%d Elm Street, Apt %d%s" % (n * 7, r.randint(1, 9), pick(r, "ABCD")), digits(r, 5, True), "Houston, TX"),
        lambda: ("Rua Augusta %d, apto %d" % (n * 5, k), "%s-%s" % (digits(r, 5), digits(r, 3)), "São Paulo"),
        lambda: ("Av. Insurgentes Sur %d, Col. Del Valle" % (n * 9), digits(r, 5, True), "CDMX"),
        lambda: ("%d Jalan Ampang, Unit %d-%d" % (n, r.randint(1, 30), r.randint(1, 12)), "50450", "Kuala Lumpur"),
        lambda: ("Apartment %d, Building %d, Street %d, Zone %d" % (k, n, r.randint(800, 980), r.randint(20, 70)), "", "Doha"),
        lambda: ("%d Kofi Annan Street, Airport Residential Area" % n, "", "Accra"),
        lambda: ("Khalifa bin Zayed Street, Villa %d" % n, "", "Al Ain"),
    ])
    return f()


def gen_addr(r):
    a, pc, city = addr_with_pc(r)
    return a if r.random() < 0.5 else "%s, %s" % (a, city)


def gen_addr_pc(r):
    while True:
        a, pc, city = addr_with_pc(r)
        if pc:
            break
    return pick(r, ["%s, %s %s" % (a, city, pc), "%s, %s, %s" % (a, pc, city),
                    "%s, %s, postcode %s" % (a, city, pc), "%s, %s, %s" % (pc, city, a)])


def gen_geo(r):
    lat = r.uniform(-8, 55)
    lon = r.uniform(20, 130)
    f = pick(r, [
        lambda: "%.4f, %.4f" % (lat, lon),
        lambda: "%.6f,%.6f" % (lat, lon),
        lambda: "%.4f° N, %.4f° E" % (abs(lat), lon),
        lambda: "N %.5f E %.5f" % (abs(lat), lon),
        lambda: "%d°%02d'%02d\"N %d°%02d'%02d\"E" % (int(abs(lat)), r.randint(0, 59), r.randint(0, 59),
                                                    int(lon), r.randint(0, 59), r.randint(0, 59)),
        lambda: "lat %.3f, lon %.3f" % (lat, lon),
        lambda: "(%.5f, %.5f)" % (lat, lon),
        lambda: "geo:%.5f,%.5f" % (lat, lon),
        lambda: ("%.4f" % lat).replace(".", ",") + "; " + ("%.4f" % lon).replace(".", ","),
        lambda: "%s%s+%s" % (letters(r, 4, "23456789CFGHJMPQRVWX"), letters(r, 4, "23456789CFGHJMPQRVWX"),
                             letters(r, 2, "23456789CFGHJMPQRVWX")),
        lambda: "%s+%s %s" % (letters(r, 4, "23456789CFGHJMPQRVWX"), letters(r, 2, "23456789CFGHJMPQRVWX"),
                              pick(r, ["Almaty", "Ulaanbaatar", "Bishkek", "Erenhot", "Shymkent"])),
    ])
    return f()


# ---------------------------------------------------------------------------
# Personal numbers
# ---------------------------------------------------------------------------

def gen_passport(r):
    f = pick(r, [
        lambda: "N" + digits(r, 8), lambda: "%s %s" % (digits(r, 2), digits(r, 7)),
        lambda: "E" + digits(r, 7), lambda: pick(r, ["FA", "AD", "AA", "AB"]) + digits(r, 7),
        lambda: "E" + digits(r, 8), lambda: "EA" + digits(r, 7), lambda: digits(r, 9, True),
        lambda: "A" + digits(r, 8), lambda: "P" + digits(r, 7) + pick(r, "ABC"),
        lambda: "C" + digits(r, 7), lambda: "B" + digits(r, 7), lambda: "U" + digits(r, 8),
        lambda: "C" + letters(r, 2, "FGHJKLMNPRTVWXYZ") + digits(r, 2) + letters(r, 1) + digits(r, 3),
        lambda: "K" + digits(r, 8), lambda: "R" + digits(r, 6), lambda: "G" + digits(r, 8),
        lambda: "%s%s" % (pick(r, ["AC", "ID", "AN"]), digits(r, 7)),
    ])
    return f()


def gen_passport_h(r):
    p = gen_passport(r)
    x = r.random()
    if x < 0.3:
        return " ".join(p)
    if x < 0.55:
        return fullwidth(p.lower())
    if x < 0.8:
        return p[:3] + "-" + p[3:6] + "-" + p[6:]
    return p.lower()


CYR_UPPER = "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"


def gen_natid(r):
    yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
    dob = "%02d%02d%02d" % (yy, mm, dd)
    f = pick(r, [
        lambda: "IIN %s%s%s" % (dob, pick(r, "3456"), digits(r, 5)),
        lambda: "ИИН %s%s%s" % (dob, pick(r, "3456"), digits(r, 5)),
        lambda: "ID card No. 0%s" % digits(r, 8),
        lambda: "internal passport %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 6)),
        lambda: "паспорт РФ серия %s %s № %s" % (digits(r, 2), digits(r, 2), digits(r, 6)),
        lambda: "SNILS %s-%s-%s %s" % (digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 2)),
        lambda: "СНИЛС %s-%s-%s %s" % (digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 2)),
        lambda: "PINFL %s%s%s%s" % (pick(r, "3456"), dob, digits(r, 3), digits(r, 4)),
        lambda: "JSHSHIR %s%s%s" % (pick(r, "3456"), dob, digits(r, 7)),
        lambda: "register number %s%s" % (letters(r, 2, CYR_UPPER), dob + digits(r, 2)),
        lambda: "регистрийн дугаар %s%s" % (letters(r, 2, CYR_UPPER), dob + digits(r, 2)),
        lambda: "SSN %d-%s-%s" % (r.randint(101, 665), digits(r, 2, True), digits(r, 4, True)),
        lambda: "Thai ID %s-%s-%s-%s-%s" % (pick(r, "123"), digits(r, 4), digits(r, 5), digits(r, 2), digits(r, 1)),
        lambda: "NIK %s%s%02d%02d%s" % (pick(r, ["3174", "3273", "3578", "5171", "1271"]), digits(r, 2), dd + (40 if r.random() < 0.5 else 0), mm, str(yy).zfill(2) + digits(r, 4)),
        lambda: "CCCD 0%s%s%s" % (pick(r, ["01", "79", "31", "48", "92"]), pick(r, "0123"), digits(r, 8)),
        lambda: "TC Kimlik No %s" % digits(r, 11, True),
        lambda: "Egyptian national ID %s%s%s" % (pick(r, "23"), dob, digits(r, 7)),
        lambda: "NIN %s" % digits(r, 11, True),
        lambda: "MyKad %s-%s-%s" % (dob, pick(r, ["14", "10", "08", "01", "12"]), digits(r, 4)),
        lambda: "Emirates ID 784-%d-%s-%s" % (r.randint(1950, 2015), digits(r, 7), digits(r, 1)),
        lambda: "Saudi national ID 1%s" % digits(r, 9),
        lambda: "code melli %s-%s-%s" % (digits(r, 3), digits(r, 6), digits(r, 1)),
        lambda: "Kyrgyz PIN %s%s%s" % (pick(r, "12"), dob, digits(r, 7)),
        lambda: "PhilSys %s-%s-%s-%s" % (digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4)),
        lambda: "Ghana Card GHA-%s-%s" % (digits(r, 9), digits(r, 1)),
        lambda: "Kenyan ID %s" % digits(r, 8, True),
        lambda: "SA ID %s%s%s" % (dob, digits(r, 4), "08" + digits(r, 1)),
        lambda: "CNIC %s-%s-%s" % (digits(r, 5), digits(r, 7), digits(r, 1)),
        lambda: "Aadhaar %s %s %s" % (digits(r, 4, True), digits(r, 4), digits(r, 4)),
        lambda: "Tajik INN %s" % digits(r, 9),
    ])
    return f()


CN_AREAS = W("110105|110108|110101|650102|650104|150102|150203|230103|510107|440305|370202|"
             "420106|530102|620102|152501|653101|654002|220102|210102|130102|640104|630102")
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def cn_id(r, want_x=False):
    for _ in range(200):
        d = rand_date(r, 1930, 2021)
        body = pick(r, CN_AREAS) + d.strftime("%Y%m%d") + digits(r, 3)
        chk = ID_C[sum(int(a) * w for a, w in zip(body, ID_W)) % 11]
        if not want_x or chk == "X":
            return body, chk
    return body, chk


def gen_resid(r):
    x = r.random()
    body, chk = cn_id(r, want_x=x < 0.12)
    if x < 0.12:
        return body + "x"
    if x < 0.22:
        wrong = pick(r, [c for c in "0123456789X" if c != chk])
        return body + wrong
    if x < 0.32:
        s = body + chk
        return "%s %s %s" % (s[:6], s[6:14], s[14:])
    if x < 0.4:
        s = body + chk
        return "%s-%s-%s" % (s[:6], s[6:14], s[14:])
    if x < 0.47:
        return fullwidth(body + chk)
    return body + chk


def gen_mrn(r):
    y = r.randint(2015, 2024)
    f = pick(r, [
        lambda: "ZY%d%s" % (y, digits(r, 6)), lambda: "MZ%s" % digits(r, 10),
        lambda: digits(r, 8), lambda: "00" + digits(r, 7), lambda: "P-%s" % digits(r, 7),
        lambda: "IP-%02d-%s" % (y % 100, digits(r, 6)), lambda: "%s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4)),
        lambda: "IMS%s" % digits(r, 6), lambda: "BA-%d-%s" % (y, digits(r, 5)),
        lambda: "%s/%d" % (digits(r, 6), y % 100), lambda: "H%s" % digits(r, 9),
        lambda: "1000%s" % digits(r, 6),
    ])
    return f()


def gen_hpn(r):
    f = pick(r, [
        lambda: "OMS %s %s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4)),
        lambda: "полис ОМС %s" % digits(r, 16),
        lambda: "AXA-INT-%s" % digits(r, 7), lambda: "Bupa Global %s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4)),
        lambda: "Cigna member ID U%s %s" % (digits(r, 8), digits(r, 2)), lambda: "Allianz Care %s" % digits(r, 8),
        lambda: "PhilHealth %s-%s-%s" % (digits(r, 2), digits(r, 9), digits(r, 1)),
        lambda: "BPJS Kesehatan %s" % ("000" + digits(r, 10)),
        lambda: "GeoBlue %s" % letters(r, 3) + digits(r, 6),
        lambda: "MetLife policy %s" % ("00" + digits(r, 8)),
        lambda: "NHIF %s" % digits(r, 8), lambda: "NHIS %s" % digits(r, 8),
        lambda: "Medicare %s %s %s" % (digits(r, 4, True), digits(r, 5), digits(r, 1)),
        lambda: "Versichertennummer %s%s" % (letters(r, 1), digits(r, 9)),
        lambda: "Daman card %s" % digits(r, 12), lambda: "Tawuniya %s" % digits(r, 8),
        lambda: "Beijing medical insurance card %s" % ("1" + digits(r, 8) + letters(r, 1)),
        lambda: "policy GM/INT/%d/%s" % (r.randint(2018, 2024), digits(r, 7)),
        lambda: "SGK %s" % digits(r, 11), lambda: "Mongolian health insurance book %s" % digits(r, 8),
        lambda: "Kazakh OSMS policy %s" % digits(r, 10),
    ])
    return f()


def gen_acct(r):
    f = pick(r, [
        lambda: group(iban("KZ", digits(r, 3) + letters(r, 1, "KZ") + digits(r, 12))),
        lambda: group(iban("AE", "0" + digits(r, 2) + digits(r, 16))),
        lambda: group(iban("SA", digits(r, 2) + digits(r, 18))),
        lambda: group(iban("TR", digits(r, 5) + "0" + digits(r, 16))),
        lambda: group(iban("DE", digits(r, 18))),
        lambda: group(iban("GB", letters(r, 4, "ABCDEFGHJKLMNOPRSTUVWXYZ") + digits(r, 14))),
        lambda: iban("KZ", digits(r, 3) + "K" + digits(r, 12)),
        lambda: "40817810%s" % digits(r, 12),
        lambda: "%s %s %s %s" % ("40817", "810", digits(r, 1), digits(r, 11)),
        lambda: (lambda p: group(p + luhn_check(p)))(pick(r, ["4400", "4276", "5169", "4149", "5536"]) + digits(r, 11)),
        lambda: (lambda p: group(p + luhn_check(p)))("622" + digits(r, 15)),
        lambda: "%s-%s-%s-%s" % (digits(r, 3), digits(r, 1), digits(r, 5), digits(r, 1)),
        lambda: "00%s" % digits(r, 11),
        lambda: "50%s" % digits(r, 8),
        lambda: digits(r, 10, True),
        lambda: "account %s %s" % (digits(r, 4), digits(r, 8)),
    ])
    return f()


def gen_lic(r):
    f = pick(r, [
        lambda: "1101%s" % digits(r, 11), lambda: "GMC %s" % digits(r, 7),
        lambda: "NPI %s" % ("1" + digits(r, 9)), lambda: "MD-%s" % digits(r, 6),
        lambda: "MDCN/R/%s" % digits(r, 5), lambda: "PRC %s" % digits(r, 7),
        lambda: "MMC %s" % digits(r, 5), lambda: "ว.%s" % digits(r, 5),
        lambda: "DHA-P-%s" % digits(r, 7), lambda: "SCFHS %s-R-%s" % (digits(r, 2), digits(r, 7)),
        lambda: "%s%s" % (pick(r, ["2", "1"]) + "10" + digits(r, 3), digits(r, 9)),
        lambda: "KZ%sLCA%s" % (digits(r, 2), digits(r, 8)), lambda: "AHPRA MED%s" % digits(r, 10),
        lambda: "CRM-SP %s" % digits(r, 6), lambda: "0177%s" % digits(r, 9),
    ])
    return f()


RU_PLATE = "АВЕКМНОРСТУХ"


def gen_plate(r):
    f = pick(r, [
        lambda: "%s %s %02d" % (digits(r, 3), letters(r, 3, "ABCDEFHKLMNOPSTXYZ"), r.randint(1, 19)),
        lambda: "%s%s%s %s" % (letters(r, 1, RU_PLATE), digits(r, 3), letters(r, 2, RU_PLATE), pick(r, ["77", "54", "138", "199", "24", "03"])),
        lambda: "京%s·%s" % (pick(r, "ABCEFGHJKLMNPQ"), digits(r, 5)),
        lambda: "京%s %s%s" % (pick(r, "NQ"), digits(r, 1) + letters(r, 1), digits(r, 3)),
        lambda: "%s%s %s" % (pick(r, "新蒙黑吉辽冀"), pick(r, "ABCDEF"), digits(r, 5)),
        lambda: "Jing %s %s" % (pick(r, "ABEFHJKNPQ"), digits(r, 5)),
        lambda: "%s %s" % (digits(r, 4), letters(r, 3, "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХ")),
        lambda: "%02d %s %s %s" % (r.randint(1, 95), letters(r, 1), digits(r, 3), letters(r, 2)),
        lambda: "Dubai %s %s" % (letters(r, 1), digits(r, 5)),
        lambda: "%s %s" % (pick(r, ["กข", "ขค", "1กท", "2ขม"]), digits(r, 4)),
        lambda: "%s%s %s" % (letters(r, 2), digits(r, 2), letters(r, 3)),
        lambda: "%s%s%s" % (digits(r, 1, True), letters(r, 3), digits(r, 3)),
        lambda: "B-%s %s" % (letters(r, 2), digits(r, 4, True)),
        lambda: "%s %s-%s" % (letters(r, 3), digits(r, 3), digits(r, 2)),
        lambda: "KAA %s%s" % (digits(r, 3), letters(r, 1)),
    ])
    return f()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def gen_vin(r):
    return pick(r, ["WDB", "JTD", "KMH", "LSV", "XTA", "Z94", "LFV", "WVW", "1HG", "5YJ", "LGW", "JN1"]) + \
        letters(r, 8, VIN_CH) + digits(r, 6)


def gen_vehicle(r):
    return gen_plate(r) if r.random() < 0.72 else gen_vin(r)


def gen_device(r):
    f = pick(r, [
        lambda: "%s%s%s" % (letters(r, 3), digits(r, 6), pick(r, ["H", "S", "G", ""])),
        lambda: (lambda p: "%s-%s-%s-%s" % (p[:2], p[2:8], p[8:14], luhn_check(p)))("35" + digits(r, 12)),
        lambda: (lambda p: p + luhn_check(p))("86" + digits(r, 12)),
        lambda: ":".join("%02x" % r.randint(0, 255) for _ in range(6)),
        lambda: "-".join("%02X" % r.randint(0, 255) for _ in range(6)),
        lambda: "NG%s%s" % (digits(r, 7), pick(r, "HKU")), lambda: "SN %s" % digits(r, 8),
        lambda: "%s%s%s" % (digits(r, 2), letters(r, 1), digits(r, 7)),
        lambda: letters(r, 6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
        lambda: "0M%s" % letters(r, 8, "0123456789ABCDEF"),
        lambda: "S/N %s-%s" % (digits(r, 4), digits(r, 5)),
    ])
    return f()


def gen_imei(r):
    p = pick(r, ["35", "86", "49", "01"]) + digits(r, 12)
    return p + luhn_check(p)


def gen_mac(r):
    sep = pick(r, [":", "-"])
    return sep.join(("%02X" if r.random() < 0.5 else "%02x") % r.randint(0, 255) for _ in range(6))


def gen_visa(r):
    return pick(r, ["%s" % digits(r, 9), "M%s" % digits(r, 8), "%s%s" % (letters(r, 1), digits(r, 8)),
                    "CN%s" % digits(r, 10)])


def gen_onum(r):
    f = pick(r, [
        lambda: "visa No. %s" % gen_visa(r),
        lambda: "e-ticket %s-%s" % (pick(r, ["999", "784", "781", "465", "555", "176"]), digits(r, 10)),
        lambda: "ticket number %s %s" % (pick(r, ["999", "465", "157"]), digits(r, 10)),
        lambda: "booking reference %s" % letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: "PNR %s" % letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        lambda: "case No. (%d) Jing %s Min Chu %s" % (r.randint(2019, 2024), "01" + digits(r, 2), digits(r, 5)),
        lambda: "staff No. %s" % digits(r, 5), lambda: "employee ID E%s" % digits(r, 6),
        lambda: "student number %d%s" % (r.randint(2016, 2024), digits(r, 6)),
        lambda: "SF Express waybill SF%s" % digits(r, 13), lambda: "EMS tracking E%s%sCN" % (letters(r, 1), digits(r, 9)),
        lambda: "DHL waybill %s" % digits(r, 10),
        lambda: "CDEK order %s" % digits(r, 10),
        lambda: "appointment No. %s%s" % (letters(r, 1), digits(r, 4)),
        lambda: "residence permit No. %s" % ("1" + digits(r, 8)),
        lambda: "work permit %s" % digits(r, 14),
        lambda: "invitation letter No. IMS-%d-%s" % (r.randint(2019, 2024), digits(r, 4)),
        lambda: "invoice No. %s" % digits(r, 8),
        lambda: "fapiao No. %s" % digits(r, 20),
        lambda: "donation receipt DR-%d-%s" % (r.randint(2019, 2024), digits(r, 5)),
        lambda: "claim No. CLM-%s" % digits(r, 7),
        lambda: "iqama %s" % ("2" + digits(r, 9)),
        lambda: "registration No. %s" % digits(r, 6),
    ])
    return f()


def gen_claim(r):
    return pick(r, ["CLM-%s" % digits(r, 7), "%s/%d/%s" % (letters(r, 2), r.randint(2019, 2024), digits(r, 6)),
                    digits(r, 11), "C%s" % digits(r, 9)])


def gen_track(r):
    return pick(r, ["SF%s" % digits(r, 13), "E%s%sCN" % (letters(r, 1), digits(r, 9)), digits(r, 10),
                    "YT%s" % digits(r, 16), "RR%sKZ" % digits(r, 9), "1Z%s" % letters(r, 16, "0123456789ABCDEFGHJKLMNPRSTUVWXY")])


def gen_ticket(r):
    return "%s-%s" % (pick(r, ["999", "784", "781", "465", "555", "176", "157"]), digits(r, 10))


def gen_pnr(r):
    return letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def gen_appt(r):
    return pick(r, ["%s%s" % (letters(r, 1), digits(r, 4)), "GH%s" % digits(r, 8), digits(r, 6),
                    "APT-%s" % digits(r, 7)])


def gen_receipt(r):
    return pick(r, ["DR-%d-%s" % (r.randint(2019, 2024), digits(r, 5)), "No. %s" % digits(r, 9),
                    "R%s" % digits(r, 8)])


def gen_invit(r):
    return pick(r, ["IMS-%d-%s" % (r.randint(2019, 2024), digits(r, 4)), "YQ%s" % digits(r, 8),
                    "%s/%s" % (digits(r, 4), digits(r, 2))])


# ---------------------------------------------------------------------------
# Clean pools
# ---------------------------------------------------------------------------

CITIES = W("Almaty|Astana|Shymkent|Karaganda|Aktobe|Atyrau|Pavlodar|Semey|Ust-Kamenogorsk|"
           "Kyzylorda|Taraz|Turkestan|Petropavl|Kostanay|Novosibirsk|Irkutsk|Vladivostok|"
           "Khabarovsk|Chita|Ulan-Ude|Krasnoyarsk|Omsk|Kazan|Yekaterinburg|Tashkent|Samarkand|"
           "Bukhara|Fergana|Namangan|Andijan|Bishkek|Osh|Dushanbe|Khujand|Ulaanbaatar|Darkhan|"
           "Erdenet|Khovd|Choibalsan|Dubai|Abu Dhabi|Riyadh|Jeddah|Doha|Muscat|Kuwait City|"
           "Amman|Erbil|Tehran|Mashhad|Bangkok|Chiang Mai|Hanoi|Ho Chi Minh City|Vientiane|"
           "Phnom Penh|Yangon|Jakarta|Surabaya|Medan|Kuala Lumpur|Johor Bahru|Manila|Cebu|"
           "Davao|General Santos|Lapu-Lapu City|Lagos|Abuja|Kano|Nairobi|Mombasa|Addis Ababa|"
           "Dar es Salaam|Kampala|Accra|Dakar|Lusaka|Harare|Johannesburg|Luanda|Khartoum|"
           "Cairo|Alexandria|St. Petersburg|Milan|Warsaw|Hamburg|São Paulo|San José|Bogotá|"
           "Lima|Santiago|Buenos Aires|Mexico City|Vancouver|Houston|Urumqi|Kashgar|Ghulja|"
           "Hohhot|Baotou|Harbin|Manzhouli|Erenhot|Chengdu|Kunming|Lhasa|Lanzhou|Xining|"
           "Yinchuan|Shenyang|Dalian|Qingdao|Zhengzhou|Wuhan|Guangzhou|Shenzhen|Haikou|"
           "Victoria|Port Louis|Mazar-i-Sharif|Ashgabat|Baku|Tbilisi|Yerevan")
COUNTRIES = W("Kazakhstan|Russia|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Mongolia|"
              "the UAE|Saudi Arabia|Qatar|Oman|Kuwait|Jordan|Iraq|Iran|Thailand|Vietnam|Laos|"
              "Cambodia|Myanmar|Indonesia|Malaysia|the Philippines|Nigeria|Kenya|Ethiopia|"
              "Tanzania|Uganda|Ghana|Senegal|Zambia|Zimbabwe|South Africa|Angola|Sudan|Egypt|"
              "Germany|Italy|Poland|France|Brazil|Costa Rica|Colombia|Peru|Chile|Argentina|"
              "Mexico|Canada|the United States|Azerbaijan|Georgia|Armenia|Afghanistan|Pakistan")
PROVINCES = W("Xinjiang|Inner Mongolia|Heilongjiang|Yunnan|Sichuan|Gansu|Hebei|Shandong|"
              "Guangdong|Hainan|Tibet|Qinghai|Ningxia|Jilin|Liaoning|Henan|Hubei|Hunan|Jiangxi|"
              "Guangxi|Guizhou|Shanxi|Shaanxi|Fujian|Zhejiang|Anhui|Jiangsu")
DOSES = W("methylprednisolone 500 mg IV once daily for 3 days|"
          "cyclophosphamide 0.5 g/m² every 4 weeks for 6 doses|"
          "mycophenolate mofetil 1.5 g/day in two divided doses|"
          "tacrolimus 0.05 mg/kg twice daily with a trough target of 5–8 ng/mL|"
          "hydroxychloroquine 200 mg twice daily|rituximab 375 mg/m² weekly × 4|"
          "prednisone 60 mg tapered by 5 mg every 2 weeks|"
          "belimumab 10 mg/kg at weeks 0, 2 and 4, then every 4 weeks|"
          "insulin glargine 18 IU at 22:00|enoxaparin 4,000 IU subcutaneously every 12 hours|"
          "vitamin D3 2,000 IU daily|calcium carbonate 1,200 mg with meals|"
          "amoxicillin–clavulanate 875/125 mg every 12 hours|"
          "paracetamol 15 mg/kg every 6 hours, max 60 mg/kg/day|"
          "heparin 25,000 units in 500 mL saline|imatinib 400 mg once daily|"
          "furosemide 40 mg IV, repeated after 6 h|erythropoietin 10,000 IU twice weekly|"
          "iron sucrose 200 mg IV over 30 minutes|IVIG 2 g/kg over 2 days|"
          "levothyroxine 112 μg before breakfast|metformin 850 mg three times a day|"
          "atorvastatin 20 mg at night|losartan 50 mg once daily|"
          "sirolimus 2 mg/day with levels of 6–10 ng/mL|ceftriaxone 2 g IV q24h for 14 days|"
          "meropenem 1 g q8h|vancomycin 15–20 mg/kg q8–12h|tenofovir 300 mg daily|"
          "isoniazid 300 mg plus rifampicin 600 mg daily for 6 months|"
          "magnesium sulfate 4 g loading dose then 1 g/h|morphine 2.5 mg subcutaneously as needed|"
          "alteplase 0.9 mg/kg (max 90 mg), 10% as a bolus|ondansetron 8 mg every 8 hours|"
          "omeprazole 20 mg before breakfast|colchicine 0.5 mg twice daily|"
          "warfarin 3 mg with a target INR of 2.0–3.0|sacubitril/valsartan 49/51 mg twice daily|"
          "empagliflozin 10 mg once daily|osimertinib 80 mg once daily|"
          "pembrolizumab 200 mg every 3 weeks|cisplatin 75 mg/m² on day 1 of each 21-day cycle|"
          "albumin 20% 100 mL over 4 hours|potassium chloride 1.5 g three times daily|"
          "sodium bicarbonate 1,000 mg three times daily|dexamethasone 0.15 mg/kg|"
          "caffeine citrate 20 mg/kg loading then 5 mg/kg/day|ursodeoxycholic acid 250 mg bid|"
          "eltrombopag 50 mg daily|ruxolitinib 15 mg twice daily|"
          "peritoneal dialysis with 1.5% dextrose, 4 × 2 L exchanges per day")
LABS = W("creatinine 356 μmol/L|24-hour urine protein 4.82 g|anti-dsDNA 312 IU/mL|C3 0.38 g/L|"
         "C4 0.04 g/L|haemoglobin 76 g/L|WBC 2.9 × 10⁹/L|platelets 48,000/μL|INR 2.4|"
         "eGFR 23 mL/min/1.73 m²|HbA1c 9.6%|ferritin 1,245 ng/mL|TSH 0.012 mIU/L|"
         "CA-125 1,873 U/mL|PSA 14.7 ng/mL|AFP 20,000 ng/mL|HBV DNA 3.2 × 10⁶ IU/mL|"
         "CD4 count 412 cells/mm³|troponin I 0.031 ng/mL|NT-proBNP 12,340 pg/mL|"
         "ANA 1:1280, homogeneous pattern|CRP 126.4 mg/L|procalcitonin 0.52 ng/mL|"
         "fasting glucose 11.2 mmol/L|potassium 5.9 mmol/L|serum albumin 21.3 g/L|"
         "LDH 1,012 U/L|D-dimer 5,480 μg/L FEU|uric acid 612 μmol/L|urea 28.7 mmol/L|"
         "ALT 1,236 U/L|total bilirubin 342 μmol/L|blood pressure 182/114 mmHg|"
         "SpO₂ 86% on room air|heart rate 148/min|temperature 39.6 °C|BMI 17.3 kg/m²|"
         "ejection fraction 28%|QTc 512 ms|IgG 21.4 g/L|ESR 98 mm/h|"
         "serum sodium 118 mmol/L|lactate 6.8 mmol/L|pH 7.12|PaCO₂ 68 mmHg|"
         "tacrolimus trough 11.6 ng/mL|BK virus 1.2 × 10⁴ copies/mL|"
         "CMV DNA 8,900 copies/mL|urine protein/creatinine ratio 3,210 mg/g|"
         "anti-PLA2R 146 RU/mL|ASO 800 IU/mL|β2-microglobulin 7.43 mg/L|"
         "Ki-67 80%|PD-L1 TPS 65%|blast count 34%|ANC 0.3 × 10⁹/L|"
         "vitamin D 8.4 ng/mL|PTH 1,480 pg/mL|phosphate 2.61 mmol/L|"
         "cholesterol 9.8 mmol/L|triglycerides 14.2 mmol/L|amylase 2,140 U/L")


def gen_reg(r):
    return pick(r, [
        "NCT0%s" % digits(r, 7), "NCT0%s" % digits(r, 7), "ChiCTR%d%s" % (r.randint(2000, 2400), digits(r, 6)),
        "ChiCTR-IOR-%d%s" % (r.randint(15, 17), digits(r, 6)), "ISRCTN%s" % digits(r, 8),
        "EudraCT %d-%s-%s" % (r.randint(2008, 2023), digits(r, 6), digits(r, 2)),
        "CTRI/%d/%02d/%s" % (r.randint(2018, 2024), r.randint(1, 12), "0" + digits(r, 5)),
        "jRCT%s" % ("20" + digits(r, 8)), "KCT000%s" % digits(r, 4),
        "ACTRN1262%s" % digits(r, 10), "IRCT%s%sN%d" % (digits(r, 8), digits(r, 6), r.randint(1, 9)),
        "DRKS000%s" % digits(r, 5), "TCTR2021%s" % digits(r, 7),
    ])


ICD = W("ICD-10 M32.14|ICD-10 N18.5|E11.65|C34.90|I63.9|G35|Q21.3|D69.3|ICD-11 4A40.0|"
        "N04.2|M05.79|C50.912|K74.60|Z94.0|O14.1|P07.32|ICD-10 E84.0|C92.00|I42.0|N25.81")
ATC = W("L04AA06|H02AB04|P01BA02|L01XE01|L04AD02|B01AF01|A10BK03|C09DX04|L01FF02|M04AC01")
GENES = W("EGFR exon 19 deletion|EGFR L858R|BRCA1 c.5266dupC|JAK2 V617F|HLA-B*58:01|HLA-B*15:02|"
          "CFTR F508del|HBB c.20A>T|ATP7B p.R778L|APOL1 G1/G2|NPHS2 R229Q|COL4A5 c.1871G>A|"
          "MTHFR C677T|FLT3-ITD|BCR-ABL1 p210|ALK fusion|KRAS G12C|PKD1 c.12010C>T|"
          "GLA c.644A>G|SMN1 exon 7 deletion|TP53 R175H|IDH1 R132H")
DRUGS = W("CellCept|Prograf|Plaquenil|MabThera|Benlysta|Glivec|Tagrisso|Keytruda|Entresto|"
          "Jardiance|Lantus|Humira|Herceptin|Avastin|Lipitor|Xarelto|Eliquis|Ozempic|Norvasc|"
          "Concor|Lianhua Qingwen|Angong Niuhuang Wan|Yunnan Baiyao|Saphnelo|Lupkynis|"
          "Spinraza|Soliris|Jakavi|Revlimid|Imbruvica|Sandimmun Neoral|Advagraf|Medrol|Voltaren|"
          "Arcoxia|Nexium|Augmentin|Tamiflu|Paxlovid|Zolgensma|Trikafta")
HERBS = W("huangqi (黄芪, Astragalus root)|danggui (Angelica sinensis)|"
          "Wang Bu Liu Xing (王不留行, Vaccaria seed)|Chen Pi (陈皮, aged tangerine peel)|"
          "Ma Huang (麻黄, Ephedra)|He Shou Wu (何首乌, Polygonum multiflorum)|"
          "Du Zhong (杜仲, Eucommia bark)|Bai Zhu (白术, Atractylodes)|Bai Shao (白芍, white peony root)|"
          "Huang Lian (黄连, Coptis)|Huang Qin (黄芩, Scutellaria)|Jin Yin Hua (金银花, honeysuckle)|"
          "Xu Duan (续断, Dipsacus root)|gancao (licorice root)|shu di huang (prepared Rehmannia)|"
          "danshen (Salvia root)|Gao Liang Jiang (高良姜, galangal)|Zhu Ling (猪苓, Polyporus)|"
          "Bai He (百合, lily bulb)|Lu Gen (芦根, reed rhizome)|Ma Chi Xian (马齿苋, purslane)|"
          "Jiang Huang (姜黄, turmeric)|Song Hua Fen (松花粉, pine pollen)|"
          "royal jelly (王浆)|Dang Shen (党参, Codonopsis)|Tian Ma (天麻, Gastrodia)|"
          "San Qi (三七, notoginseng)|Ren Shen (人参, ginseng)|Gou Qi Zi (枸杞子, goji berries)|"
          "Yi Yi Ren (薏苡仁, Job's tears)|Qin Jiao (秦艽, large-leaf gentian)|Fu Ling (茯苓, Poria)")
MEDWORDS = W("jaundice (黄疸)|white blood cells (白细胞)|hypertension (高血压)|"
             "Staphylococcus aureus (金黄色葡萄球菌)|vitiligo (白癜风)|cataract (白内障)|"
             "hyperlipidaemia (高血脂)|leukaemia (白血病)|diphtheria (白喉)|hyperuricaemia (高尿酸血症)|"
             "royal jelly (王浆)|yellow fever (黄热病)|altitude sickness (高原反应)|"
             "whooping cough (百日咳)")
EPONYMS = W("Parkinson's disease|Hashimoto's thyroiditis|Crohn's disease|Kawasaki disease|Wilms tumour|"
            "Cushing's syndrome|Addison's disease|Graves' disease|Sjögren's syndrome|Behçet's disease|"
            "Takayasu arteritis|Guillain-Barré syndrome|Hodgkin lymphoma|Alzheimer's disease|"
            "Down syndrome|Marfan syndrome|Huntington's disease|Wilson's disease|Kaposi sarcoma|"
            "Burkitt lymphoma|Ewing sarcoma|Stevens-Johnson syndrome|Henoch-Schönlein purpura|"
            "Raynaud's phenomenon|Barrett's oesophagus|Bell's palsy|Ménière's disease|"
            "Hirschsprung disease|Legg-Calvé-Perthes disease|Duchenne muscular dystrophy|"
            "Gaucher disease|Fabry disease|Pompe disease|Niemann-Pick disease|tetralogy of Fallot|"
            "Still's disease|Alport syndrome|Berger's disease (IgA nephropathy)|Goodpasture syndrome|"
            "Wegener's granulomatosis|Hirschsprung's disease|Buerger's disease|Peyronie's disease|"
            "Dupuytren's contracture|Osgood-Schlatter disease|Waldenström macroglobulinaemia")
EPO_SCORES = W("an Apgar score of 9|a Glasgow Coma Scale of 14|a Gleason score of 7 (3 + 4)|"
               "Child-Pugh class B|a Karnofsky score of 70|a Wells score of 6|"
               "a Bishop score of 8|a Ranson score of 4|a Breslow thickness of 2.1 mm|"
               "Killip class II|a Barthel index of 45|a Mallampati class III airway")
PROCS = W("kidney biopsy|living-donor kidney transplant|TAVI procedure|CAR-T infusion|"
          "Kasai portoenterostomy|Fontan completion|Whipple procedure|bone marrow transplant|"
          "deep brain stimulation|cochlear implantation|Ilizarov frame removal|plasma exchange|"
          "laparoscopic cholecystectomy|Nissen fundoplication|Ross procedure|Norwood operation|"
          "Ponseti casting|Swan-Ganz catheterisation|Tenckhoff catheter insertion|"
          "Holter monitoring|Doppler ultrasound|Foley catheter removal|Hartmann's procedure")
INSTS = W("Johns Hopkins Hospital|the Mayo Clinic|Sun Yat-sen University Cancer Center|"
          "Norman Bethune International Peace Hospital|Sir Run Run Shaw Hospital|Queen Mary Hospital|"
          "King Faisal Specialist Hospital|Sheikh Khalifa Medical City|Sechenov University|"
          "the Pirogov Medical University|Asfendiyarov Kazakh National Medical University|"
          "Karolinska University Hospital|the Charité in Berlin|Great Ormond Street Hospital|"
          "Cipto Mangunkusumo Hospital|Tan Tock Seng Hospital|King Chulalongkorn Memorial Hospital|"
          "Rizal Medical Center|Cho Ray Hospital|Bach Mai Hospital|Kenyatta National Hospital|"
          "Aga Khan University Hospital|Komfo Anokye Teaching Hospital|"
          "Chris Hani Baragwanath Academic Hospital|Hospital Israelita Albert Einstein|"
          "Mount Sinai|Memorial Sloan Kettering|Zhongshan Hospital|the Bethune First Hospital|"
          "the Yifu Building|Lady Reading Hospital|Hamad General Hospital|Shaikh Zayed Hospital|"
          "Queen Sirikit National Institute of Child Health|Mother Teresa University Hospital")


def gen_monthyear(r):
    y = r.randint(2012, 2025)
    m = r.randint(1, 12)
    return pick(r, ["%s %d" % (MONTHS[m - 1], y), "%s %d" % (MON3[m - 1], y), "%02d/%d" % (m, y),
                    "%d-%02d" % (y, m), "early %d" % y, "late %d" % y, "spring %d" % y,
                    "the autumn of %d" % y, "Q%d %d" % (r.randint(1, 4), y), "mid-%s" % MONTHS[m - 1],
                    "the winter of %d–%d" % (y, (y + 1) % 100), "%s %d" % (MONTHS[m - 1].lower(), y),
                    "the first week of %s" % MONTHS[m - 1], "%s of %d" % (MONTHS[m - 1], y),
                    "%s.%d" % (MON3[m - 1], y), "%02d.%d" % (m, y)])


def gen_year(r):
    y = r.randint(1975, 2025)
    return pick(r, [str(y), str(y), "%d–%d" % (y, min(y + r.randint(1, 6), 2025)), "'%02d" % (y % 100),
                    "the year %d" % y, "%d-%d" % (y, y + 1)])


def gen_relative(r):
    return pick(r, W("three weeks later|the following winter|two days after admission|"
                     "a month later|on the fifth day of treatment|within 48 hours|"
                     "eighteen months on|by the next spring|six weeks after discharge|"
                     "at week 24|on day 3 of the cycle|a fortnight later|during Ramadan|"
                     "over the Spring Festival holiday|after Nowruz|the next morning|"
                     "on the second night|at the 12-month follow-up|during the Naadam holidays|"
                     "in the summer holidays|after the May Day break|at the end of the month"))


def gen_time(r):
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return pick(r, ["%02d:%02d" % (h, m), "%d:%02d %s" % (h % 12 or 12, m, "a.m." if h < 12 else "p.m."),
                    "around %d in the %s" % (h % 12 or 12, "morning" if h < 12 else "evening"),
                    "%dh%02d" % (h, m), "half past %s" % words(h % 12 or 12)])


def gen_dur(r):
    return pick(r, ["%d months" % r.randint(2, 40), "%d years" % r.randint(2, 12), "%s weeks" % words(r.randint(2, 20)),
                    "72 hours", "%d days" % r.randint(3, 60), "three and a half years",
                    "%d hours %d minutes" % (r.randint(1, 14), r.randint(1, 59)), "almost a decade",
                    "%d nights" % r.randint(2, 30), "a year and a half"])


ALIASES = W("Ms. A|Mr. B|Patient K|Mrs. M.|Ms. Z|little A|Patient X|Mr. T. (name changed)|"
            "Ms. D|Mr. Y|Patient S.|Mrs. H|Ms. N. B.|Mr. R|the boy we call 'little K'|"
            "Patient 7|Case 3|Ms. L-|Mr. E.|girl 'A'|Mother K.")
RELS = W("my mother|her husband|the boy's grandmother|my father-in-law|her older sister|"
         "his wife|our son|my daughter|the patient's brother|her aunt|my grandmother|"
         "the twins' father|my uncle|his mother-in-law|our youngest")
PUBNUMS = W("call 120 for an ambulance in Beijing|dial 103 in Kazakhstan|112 works from any mobile|"
            "the 12320 health hotline|the 12345 citizen hotline|911 in the United States|"
            "103 in Mongolia|1669 in Thailand|115 in Vietnam|998 in the UAE|997 in Saudi Arabia|"
            "123 in Egypt|112 in Turkey|119 in Indonesia|999 in Malaysia|110 for the police|"
            "119 for the fire brigade|122 for traffic accidents|101 in Kazakhstan|"
            "dial 03 from an old landline in Russia|1669 from a Thai SIM")
WARDS = W("ward 7B|the 12th floor of the inpatient building|lift 3|the east wing|Building 2, 5th floor|"
          "the haemodialysis unit on level 4|the international outpatient hall|the PICU|"
          "the day-surgery centre on B1|the rooftop garden|the blood-drawing hall on the 2nd floor|"
          "the NICU|the rehabilitation gym|the north gate|the pharmacy window on the ground floor|"
          "the VIP ward on the 16th floor|the infusion room|the CCU")
GREETS = W("Salam aleikum, doctor!|Рахмет за всё!|Sain baina uu!|Assalomu alaykum, dear doctors.|"
           "Terima kasih banyak!|Cảm ơn bác sĩ rất nhiều!|Khob khun ka!|Shukran jazeelan!|"
           "Spasibo bolshoe!|Xièxie nín!|Merci beaucoup!|¡Muchas gracias!|Obrigada!|Asante sana!|"
           "Teşekkürler!|Maraming salamat po!|谢谢！|Большое спасибо!|Rahmat!|Bayarlalaa!|"
           "Salamat!|Kob khun krub!|Danke schön!|Grazie mille!|Dziękuję!|Ngiyabonga!|Медет!")
PRICES = W("¥38,600|RMB 126,500.00|KZT 1 250 000|₽85 000|US$12,000|AED 4,500|3,200,000 MNT|"
           "₸480 000|15 000 000 so'm|€9,800|THB 210,000|VND 85.000.000|IDR 47.500.000|"
           "¥2,980 per cycle|$350 a month|CNY 18,000–25,000|₦4,500,000|KES 320,000")
VERSIONS = W("version 8.0.47|v3.2.1|iOS 17.4.1|Android 14|app version 2.10.3.1|build 5.1.0.274|"
             "Windows 10 22H2|firmware 4.1|Chrome 124.0.6367.91|WeChat 8.0.49|version 1.0.0-beta")
FIGS = W("Figure 3|page 214|Table 2|Fig. 4B|pp. 112–118|Supplementary Table S7|chapter 11|"
         "slide 23|panel C of Figure 2|Appendix 4")
BATCHES = W("lot AB2307X|batch J0423K|lot 2H91Q|batch 7P1182|lot number FF8812|batch K3C22")
DEPTS = W("nephrology|rheumatology|cardiac surgery|paediatric oncology|neurology|haematology|"
          "the International Medical Services department|hepatobiliary surgery|endocrinology|"
          "traditional Chinese medicine|reproductive medicine|plastic surgery|orthopaedics|"
          "thoracic surgery|dermatology|ophthalmology|the transplant centre")
CONDITIONS = W("lupus nephritis|IgA nephropathy|membranous nephropathy|ANCA vasculitis|"
               "rheumatoid arthritis|type 1 diabetes|biliary atresia|acute myeloid leukaemia|"
               "stage IV lung adenocarcinoma|dilated cardiomyopathy|focal segmental glomerulosclerosis|"
               "thalassaemia major|neuroblastoma|a complex congenital heart defect|"
               "spinal muscular atrophy|severe scoliosis|aplastic anaemia|hepatitis B cirrhosis|"
               "drug-resistant epilepsy|nasopharyngeal carcinoma|polycystic kidney disease")

TRANSIT = W("bus 52 to the south gate|Line 5 of the subway|the airport express and then Line 2|"
            "the night bus 2|a taxi from Beijing South Railway Station|the hospital shuttle from the hotel|"
            "Line 10 to Guomao and a short walk|trolleybus 103")


def gen_yrange(r):
    y = r.randint(2008, 2021)
    z = y + r.randint(2, 4)
    return pick(r, ["%d–%d" % (y, z), "the years %d–%d" % (y, z), "%d-%d" % (y, z), "%d to %d" % (y, z)])


CLEAN = {
    "city": lambda r: pick(r, CITIES), "country": lambda r: pick(r, COUNTRIES),
    "province": lambda r: pick(r, PROVINCES), "district": lambda r: pick(r, CN_DIST),
    "cage_adj": gen_cage_adj, "cage_num": gen_cage_num, "cage_phrase": gen_cage_phrase,
    "decade": gen_decade, "dose": lambda r: pick(r, DOSES), "lab": lambda r: pick(r, LABS),
    "reg": gen_reg, "icd": lambda r: pick(r, ICD), "atc": lambda r: pick(r, ATC),
    "gene": lambda r: pick(r, GENES), "drug": lambda r: pick(r, DRUGS),
    "herb": lambda r: pick(r, HERBS), "medword": lambda r: pick(r, MEDWORDS),
    "eponym": lambda r: pick(r, EPONYMS), "score": lambda r: pick(r, EPO_SCORES),
    "proc": lambda r: pick(r, PROCS), "inst": lambda r: pick(r, INSTS),
    "monthyear": gen_monthyear, "year": gen_year, "rel_time": gen_relative, "time": gen_time,
    "dur": gen_dur, "alias": lambda r: pick(r, ALIASES), "rel": lambda r: pick(r, RELS),
    "pubnum": lambda r: pick(r, PUBNUMS), "ward": lambda r: pick(r, WARDS),
    "greet": lambda r: pick(r, GREETS), "price": lambda r: pick(r, PRICES),
    "version": lambda r: pick(r, VERSIONS), "fig": lambda r: pick(r, FIGS),
    "batch": lambda r: pick(r, BATCHES), "dept": lambda r: pick(r, DEPTS),
    "cond": lambda r: pick(r, CONDITIONS), "weekday": lambda r: pick(r, WEEKDAYS),
    "n": lambda r: str(r.randint(2, 19)),
    "transit": lambda r: pick(r, TRANSIT), "yrange": gen_yrange, "byear": lambda r: str(r.randint(1936, 2023)),
}

PN = ("person_name",)
SLOTS = {
    # person names
    "name": (gen_name, PN), "fname": (gen_fname, PN), "tname": (gen_tname, PN),
    "doc": (gen_doc, PN), "hname": (gen_hname, PN), "cyrname": (gen_cyrname, PN),
    "arname": (gen_arname, PN), "wordname": (gen_wordname, PN),
    "wname_meaning": (gen_wname_meaning, PN), "nick": (gen_nick, PN),
    "anyname": (gen_name_any, PN), "pyname": (nm_cn_py, PN),
    "thname": (lambda r: pick(r, TH_SCRIPT + KR_SCRIPT + JP_SCRIPT), PN),
    # dates / ages
    "date": (gen_date, ("exact_date",)), "date_h": (gen_date_h, ("exact_date",)),
    "dob": (gen_dob, ("date_of_birth",)), "bday": (gen_bday, ("date_of_birth",)),
    "age_num": (gen_age_num, ("age_over_89",)), "age_adj": (gen_age_adj, ("age_over_89",)),
    "age_phrase": (gen_age_phrase, ("age_over_89",)),
    # contact
    "phone": (gen_phone, ("phone_number",)), "phone_h": (gen_phone_h, ("phone_number",)),
    "phone_cn": (ph_cn, ("phone_number",)), "phone_kz": (ph_kz, ("phone_number",)),
    "phone_dept": (ph_dept, ("phone_number",)),
    "email": (gen_email, ("email",)), "email_h": (gen_email_h, ("email",)),
    "url": (gen_url, ("web_address",)), "url_h": (gen_url_h, ("web_address",)),
    "ip": (gen_ip, ("ip_address",)), "ip_h": (gen_ip_h, ("ip_address",)),
    "social": (gen_social, ("social_account",)), "wechat": (gen_wechat, ("social_account",)),
    "handle": (gen_handle, ("social_account",)), "qq": (gen_qq, ("social_account",)),
    # places
    "addr": (gen_addr, ("street_address",)),
    "addr_pc": (gen_addr_pc, ("street_address", "postal_code")),
    "pc": (gen_pc, ("postal_code",)), "geo": (gen_geo, ("geolocation",)),
    # numbers
    "passport": (gen_passport, ("passport_number",)), "passport_h": (gen_passport_h, ("passport_number",)),
    "natid": (gen_natid, ("national_id",)), "resid": (gen_resid, ("resident_id",)),
    "mrn": (gen_mrn, ("medical_record_number",)), "hpn": (gen_hpn, ("health_plan_number",)),
    "acct": (gen_acct, ("account_number",)), "lic": (gen_lic, ("licence_number",)),
    "plate": (gen_plate, ("vehicle_identifier",)), "vin": (gen_vin, ("vehicle_identifier",)),
    "vehicle": (gen_vehicle, ("vehicle_identifier",)),
    "device": (gen_device, ("device_identifier",)), "imei": (gen_imei, ("device_identifier",)),
    "mac": (gen_mac, ("device_identifier",)),
    "onum": (gen_onum, ("other_number",)), "visa": (gen_visa, ("other_number",)),
    "claim": (gen_claim, ("other_number",)), "track": (gen_track, ("other_number",)),
    "ticket": (gen_ticket, ("other_number",)), "pnr": (gen_pnr, ("other_number",)),
    "appt": (gen_appt, ("other_number",)), "receipt": (gen_receipt, ("other_number",)),
    "invit": (gen_invit, ("other_number",)),
}
assert not (set(SLOTS) & set(CLEAN))
NAME_SLOTS = [k for k, (_, kinds) in SLOTS.items() if "person_name" in kinds]


# ---------------------------------------------------------------------------
# Template families.  (category, target count, templates, clean?, posts)
# posts: "lower" lower-cases the whole sentence, "fw" makes all ASCII digits
# full-width, "space" adds odd spacing, "typo" swaps two letters in one word of
# the literal template text (never in a slot, never a digit).
# ---------------------------------------------------------------------------

GROUPS = []


def G(cat, n, tpls, clean=False, posts=()):
    GROUPS.append((cat, n, tpls, clean, tuple(posts)))


# ---- person names: narration -------------------------------------------------
G("name_story", 30, [
    "{name}, a teacher from {city}, first noticed the rash on her cheeks in {monthyear}.",
    "When {name} arrived in Beijing, the first test showed {lab}.",
    "{name} had already spent {dur} travelling between clinics in {city} before the family decided to come to China.",
    "Doctors in {city} told {name} that dialysis was the only option left.",
    "For {name}, the hardest part was not the pain but the waiting.",
    "It was {name}'s husband who found our hospital's page by searching in Russian late one night.",
    "{name} and {rel} took the overnight train from {city} to Beijing.",
    "Three years after her first admission, {name} is back at work and plays volleyball on weekends.",
    "The multidisciplinary team reviewed {name}'s kidney biopsy slides together with {doc}.",
    "{name} still keeps the {drug} box from her first prescription as a reminder.",
    "Our interpreter {name} stayed with the family through every consultation.",
    "{name} ({cage_num}) came to us with {eponym} that had been misdiagnosed for years.",
    "In {monthyear}, {name} underwent a {proc} at our hospital.",
    "Mother of two {name} says the treatment gave her back her evenings with her children.",
    "We asked {name} what she would tell other patients in {country}.",
    "{name} flew in from {city} with a folder of test results in three languages.",
    "By {monthyear}, {name}'s proteinuria had fallen to {lab}.",
    "The story of {name} began in a small district hospital in {province}.",
    "{name} was only {cage_num} when {cond} was diagnosed.",
    "Neither {name} nor her parents spoke Chinese when they first walked into {ward}.",
    "After {dur} on the waiting list at home, {name} received a kidney from {rel}.",
    "{name}, who works as an accountant in {city}, now checks her blood pressure every evening.",
    "The case of {name} was later presented at the hospital's grand rounds.",
    "Today {name} is studying nursing herself, inspired by the nurses of {dept}.",
    "{name} and {name} shared a room on the ward and became close friends.",
    "Before coming to China, {name} had tried {drug} and {herb} without success.",
    "{name}'s daughter translated every word of the discharge letter into Kazakh.",
    "It took {name} {dur} to regain the strength to climb stairs.",
    "Patient story: {name} returns to {country} after {proc}.",
    "{name} describes the first night in Beijing as 'cold, noisy and full of hope'.",
    "The first person {name} met at the hospital was {tname}, who spoke a little Russian.",
    "{hname} from {province} and {name} from {country} were discharged on the same day.",
    "Little {fname} was {cage_num} when her parents noticed she was always tired.",
    "{name} credits {tname} for convincing her not to stop the medication.",
])

G("name_quote", 24, [
    "“I never thought I would see my daughter graduate,” says {name}.",
    "\"The nurses learned to say 'good morning' in Kazakh for me,\" {name} laughed.",
    "“{fname}, you are stronger than you think,” the head nurse told her every morning.",
    "“We trust {tname} completely,” said the patient's father.",
    "'{tname} explained everything twice, slowly, with drawings,' recalls {name}.",
    "“My wife {fname} and I want to thank everyone on the ninth floor,” wrote {name}.",
    "“When {tname} said the word 'remission', I cried in the corridor,” {name} remembers.",
    "\"Mama, {tname} says I can eat ice cream again!\" little {fname} shouted.",
    "“Without {fname}'s translation we would have been lost,” said {rel}.",
    "“I came to Beijing in a wheelchair and left on my own feet,” {name} said.",
    "“{tname} never once made us feel like foreigners,” says {name}.",
    "\"Ask for {tname}, she is the best,\" {name} advised other families.",
    "“Every Thursday {fname} brought us dumplings from home,” {name} recalls.",
    "“The hardest moment was signing the consent form,” admits {name}.",
    "“I prayed in Arabic, {tname} prayed in his own way, and it worked,” joked {name}.",
    "“Thank you, {tname}, for not giving up on me,” {name} wrote in the guest book.",
])

G("name_clinician", 18, [
    "{doc}, chief physician of {dept}, said the biopsy showed class IV lupus nephritis.",
    "According to {doc}, the key was reducing steroids without triggering a flare.",
    "“Her complement levels are finally normal,” {doc} noted at the follow-up.",
    "{tname} and {tname} from the rheumatology team adjusted the dose every two weeks.",
    "{doc} recommended {dose} and close monitoring of {lab}.",
    "“We see many patients with {cond} from {country},” explains {doc}.",
    "The operation was performed by {doc} and lasted almost {n} hours.",
    "{doc} warns that stopping {drug} suddenly can be dangerous.",
    "Consultant note ({doc}): suspected {eponym}, arrange MRI.",
    "{doc} of {dept} answers readers' questions about {cond}.",
    "Second opinion requested from {doc} regarding {icd}.",
    "{doc} presented the case at a conference in {city} in {monthyear}.",
])

G("name_caption", 22, [
    "Photo: {name} with her care team at the outpatient hall.",
    "Alt text: {name} smiling beside a window, holding a bouquet of tulips.",
    "Caption: {tname} (left) explains the CT images to {name} and her son.",
    "Image: {name} and {name} in front of the hospital's east gate.",
    "{name} takes her first steps after surgery, supported by {tname}.",
    "Left to right: {tname}, {name}, {tname}.",
    "alt=\"{name} receives a certificate from {doc}\"",
    "Photo courtesy of the family of {name}.",
    "[image] {fname} and her grandmother on discharge day",
    "{name} holding a drawing made by her daughter {fname}.",
    "Picture: {doc} examining {name} during the morning ward round.",
    "Group photo with {name}'s family and the nursing team of {dept}.",
])

G("name_timeline", 12, [
    "{monthyear} — {name} is admitted with fever and joint pain.",
    "{monthyear}: {name} starts {dose}.",
    "{year}: first consultation with {doc} via video call.",
    "{monthyear} — {tname} confirms remission; {name} flies home to {city}.",
    "{rel_time}: {name} returns for the {proc}.",
    "{monthyear}. {fname} goes back to school.",
])

G("name_seo", 12, [
    "{name}'s story: how a patient from {country} overcame {cond} in Beijing",
    "Read how {doc} helped {name} walk again after {dur}.",
    "From {city} to Beijing: {name}'s fight against {eponym}",
    "{cond} treatment in China | Patient story of {name}",
    "Meta description: {name}, {cage_num}, shares her experience with {proc} at our international department.",
    "{doc} on {cond}: what international patients should know",
])

G("name_thanks", 18, [
    "Dear {tname}, thank you for answering my messages even on holidays.",
    "Special thanks to nurse {fname}, who always remembered I take my tea without sugar.",
    "Our family will never forget the kindness of {tname} and {tname}.",
    "To {doc} and the whole team of {dept}: you gave our son a future.",
    "I would like to thank {doc}, {tname} and the interpreter {fname}.",
    "Thank you {fname}!!! you are an angel",
    "{greet} Thank you, {tname}, from all of us in {city}.",
    "With gratitude, {name} and family",
    "We are sending you a small gift from {country}, {tname}; please accept it.",
])

G("name_word", 22, [
    "A little girl called {wordname} was born at 32 weeks and spent a month in our NICU.",
    "Her parents named her {wordname} long before anyone knew she would need a new heart.",
    "The boy, {wordname}, is now nine and plays football every afternoon.",
    "Baby {wordname} went home with her mother {rel_time}.",
    "Her name, {wname_meaning} suited her perfectly during those months.",
    "Everyone on the ward calls him {nick}.",
    "“{nick} loves the fish tank in the waiting room,” his grandmother said.",
    "{nick} and {nick} raced their wheelchairs down the corridor of {ward}.",
    "My son {wordname} asks every day when we are going back to see the doctors.",
    "Twins {wordname} and {wordname} were discharged together.",
    "{wordname}'s mother says the little one has earned her name twice over.",
    "We called our daughter {wname_meaning} because that was all we had left.",
])

G("name_script_hard", 18, [
    "hello, my name is {cyrname}, i am writing from {city} about my father",
    "Sender: {arname} — message: need appointment for my son, kidney problem",
    "Patient {hname} ({pyname}) from {province} was transferred to {ward}.",
    "пишу от имени мамы, {cyrname}, она не говорит по-английски",
    "{thname} would like to ask about {proc}, please answer in English",
    "from: {arname} | subject: my mother {cyrname}'s scan",
    "The family of {hname} asked us to use her Chinese name in the story.",
    "Спасибо {tname}! thank u for everything, from {cyrname}",
    "my name {fname}, my husband {name}, we come from {city} in {monthyear}",
    "{hname}（{pyname}）的女儿 asked us to print the report in English",
    "{tname} said come back after {dur}, is it {tname} or another doctor? - {name}",
], posts=("typo",))

G("name_chat_hard", 18, [
    "[WeChat fwd] {tname}: pls tell {fname} to fast from midnight",
    "> {name} wrote: is the interpreter {fname} working tomorrow?",
    "ok i ask {tname} again. {fname} says biopsy result not ready",
    "{fname}: mama is in {ward} now / {fname}: ok coming",
    "dear {tname} my sister {fname} need new date for {proc}",
    "hi its {name} again sorry for many msgs",
    "tell {tname} thank u!!! {fname} eat good today",
    "[voice msg transcribed] {fname} here, we landed in {city}, bye",
    "from {name}: can {tname} see us {rel_time}?",
], posts=("lower", "typo"))

G("name_hanzi_mix", 10, [
    "Doctor {hname} of {dept} has treated patients from {country} for {dur}.",
    "Nurse {hname} taught {name} how to give her own injections.",
    "Patient {hname}, a farmer from {province}, was treated for {cond}.",
    "{tname} ({hname}) will be the contact person for the family.",
])

# ---- licence (always with a name) ---------------------------------------------
G("licence", 40, [
    "Report signed by {doc} (practising certificate No. {lic}).",
    "Prescriber: {doc} | Licence: {lic}",
    "The second opinion was provided by {doc}, medical licence {lic}.",
    "{tname} (reg. no. {lic}) will lead the surgery.",
    "Stamp on the discharge summary: {doc}, {lic}.",
    "Please verify the licence of {doc}: {lic}.",
    "Attending physician {name}, licence number {lic}, {dept}.",
    "Our hospital's {doc} holds licence {lic} and speaks fluent Russian.",
    "Translated certificate: physician {name}, registration {lic}.",
])
G("licence_hard", 12, [
    "dr. {name} lic#{lic} signed it but stamp is not clear",
    "is licence {lic} really belong to {tname}? my insurer asks",
    "{doc}/{lic}/{dept}",
], posts=("lower",))

# ---- exact dates ---------------------------------------------------------------
G("date", 38, [
    "On {date}, {name} was transferred from the ICU to the general ward.",
    "{date}: first cycle of cyclophosphamide completed without complications.",
    "The family landed at Beijing Capital Airport on {date}.",
    "I was operated on {date} and discharged a week later.",
    "Can I change my appointment from {date} to the following week?",
    "Her last dialysis session was on {date}, and she has not needed one since.",
    "discharge summary dated {date} attached, pls check",
    "We met {tname} for the first time on {date}.",
    "Follow-up visit scheduled for {date} at {time} in the outpatient building.",
    "{date} — the day {fname} walked out of the hospital on her own.",
    "The transplant took place on {date}.",
    "Biopsy performed {date}; report issued three days later.",
    "Timeline: {date} admission; {date} plasma exchange; {date} discharge.",
    "Our flight to {city} is on {date}, will the results be ready?",
    "The MRI dated {date} shows no new lesions.",
    "Fever started on {date} after the second dose of {drug}.",
    "We are arriving {date} with my mother.",
    "The visa expires on {date}, so we must finish treatment before then.",
])
G("date_hard", 14, [
    "we arrive {date_h} morning, pls meet us",
    "the operation was done on {date_h} by {tname}",
    "Dates in the file: {date_h} (biopsy) and {date_h} (follow-up).",
    "Referral letter from {city}, dated {date_h}, stamped and signed.",
    "the first dose was given {date_h} but nobody wrote it in the book",
    "control visit {date_h} ok??",
    "Caption: {fname} on {date_h}, her first day without oxygen.",
    "He fell ill on {date_h}, exactly one year after his father.",
], posts=("typo",))

# ---- dates of birth -------------------------------------------------------------
G("dob", 36, [
    "Patient: {name}, DOB {dob}, female.",
    "date of birth: {dob} (as in passport)",
    "My son was born on {dob} with a heart defect.",
    "Her birthday is {bday}, and the nurses surprised her with a cake.",
    "DOB: {dob}",
    "Name / DOB: {name} / {dob}",
    "he is turning 7 on {bday}, we hope to be home by then",
    "Born {dob} in {city}, {fname} was the youngest of five.",
    "Caption: {name} (b. {dob}) with her grandson.",
    "The form asks for date of birth; mine is {dob}.",
    "My father's birthday is {bday}; can the surgery wait until after?",
    "Child's date of birth {dob}, weight at birth 2.1 kg.",
    "She celebrated her birthday, {bday}, on the ward with {nick}.",
    "Patient {alias}, born {dob}, referred for {proc}.",
])
G("dob_hard", 12, [
    "д.р. {dob}, {cyrname}",
    "dob {dob} / birth place {city}",
    "born on {dob} but in the passport they wrote wrong year",
    "my bday is {bday} lol, the nurse asked",
    "b-day {bday}, pls no operation that day",
], posts=("lower", "typo"))

# ---- age over 89 ----------------------------------------------------------------
G("age90", 38, [
    "At {age_num}, {name} is the oldest patient to have had a TAVI procedure at our hospital.",
    "A {age_adj} grandmother from {city} recovered fully from pneumonia.",
    "My grandfather is {age_num} years old and still insists on walking to the clinic.",
    "Her mother, now {age_phrase}, travelled with her.",
    "Patient {alias}, {age_num}, with atrial fibrillation and {cond}.",
    "The oldest participant in the rehabilitation group was {age_num}.",
    "Our {age_adj} patient asked for the newspaper every morning.",
    "{fname}'s great-grandmother, {age_phrase}, sent a video blessing.",
    "Even {age_phrase}, he wanted to know every number on his lab report.",
    "A {age_adj} man with {eponym} was admitted {rel_time}.",
    "Is surgery possible for someone {age_phrase}?",
    "Grandpa is {age_num} and has never been to a hospital before this.",
])
G("age90_hard", 14, [
    "grandma turned {age_num} last month!! can she fly to beijing?",
    "my dad {age_phrase}, bed-ridden, need home nurse",
    "pt {alias} {age_adj} w/ hip fx, family wants ortho opinion",
    "ya bunu sordum: age {age_num}, is it too old for dialysis?",
    "babushka is {age_num}, very weak, what to do",
], posts=("lower", "typo"))

# ---- phone ------------------------------------------------------------------------
G("phone", 34, [
    "You can reach me on WhatsApp: {phone}.",
    "Please call my daughter at {phone}, she speaks Chinese.",
    "Tel./Viber: {phone}",
    "my number {phone} (telegram also)",
    "For appointments, contact the international patient department at {phone_dept}.",
    "{name}, mobile {phone}",
    "If no answer call my husband {fname} on {phone}.",
    "WeChat is the same as my phone: {phone_cn}",
    "Call me back at {phone} after {time} Almaty time.",
    "The nurse station of {dept} can be reached at {phone_dept}.",
    "Contact person in Beijing: {tname}, {phone_cn}.",
    "Emergency contact: {rel}, {phone}.",
    "Whatsapp {phone} pls, no email",
    "Our interpreter's number is {phone_cn}.",
    "Mobile (KZ): {phone_kz}",
])
G("phone_hard", 14, [
    "call me {phone_h} any time",
    "tel: {phone_h} (whatsapp/telegram)",
    "my num is {phone_h}, pls call after lunch",
    "Номер: {phone_h}, звоните",
    "no answer on {phone_h}?? try {phone}",
    "reach {fname} via {phone_h}",
], posts=("typo",))

# ---- email -------------------------------------------------------------------------
G("email", 34, [
    "Send the results to {email}, thank you.",
    "E-mail: {email}",
    "my email is {email} pls reply in russian",
    "Contact: {name} <{email}>",
    "cc: {email}; {email}",
    "Please write to {email}; the phone line is bad in our village.",
    "The PDF was sent from {email} on behalf of {name}.",
    "For the invitation letter, use {email}.",
    "Reply-To: {email}",
    "Our clinic in {city} can be reached by email at {email}.",
    "I changed my address, the new one is {email}.",
])
G("email_hard", 12, [
    "mail me {email_h} thx",
    "email → {email_h}",
    "write on {email_h} (not gmail, gmail is blocked)",
    "My e-mail is {email_h}, please send the invoice there.",
], posts=("typo",))

# ---- web --------------------------------------------------------------------------
G("web", 42, [
    "We set up a fundraising page for her surgery: {url}",
    "Her mother writes about the treatment on her blog, {url}.",
    "More photos are on our family site {url}.",
    "Donate here → {url}",
    "link {url} (in Kazakh)",
    "Please share {url}; every tenge helps.",
    "The campaign at {url} raised enough for the first cycle.",
    "I posted the whole diary at {url} if other parents want to read it.",
    "Source: {url}",
    "{name}'s fundraiser ({url}) was shared thousands of times.",
])
G("web_hard", 12, [
    "pls look at {url_h} , everything is there",
    "site: {url_h}",
    "our help page {url_h} — maybe hospital can share?",
], posts=("lower",))

# ---- IP ---------------------------------------------------------------------------
G("ip", 42, [
    "Form submitted from IP {ip} at {time}.",
    "[meta] ip={ip}; lang=ru; page=/contact",
    "Sender IP address: {ip}",
    "the portal says my ip {ip} is blocked, i cannot upload the MRI",
    "Remote access to the PACS viewer was granted to {ip} for the family's doctor.",
    "Login from {ip} (Kazakhstan) — was this you?",
    "Duplicate messages from {ip}, same text, different names.",
    "Whitelist {ip} for the video consultation with {city}.",
    "Client IP {ip}, user agent Mozilla/5.0, {version}.",
])
G("ip_hard", 12, [
    "my internet address {ip_h} maybe that is why blocked?",
    "IP: {ip_h} // country: {country}",
    "error 403 from {ip_h}",
], posts=("typo",))

# ---- social ----------------------------------------------------------------------
G("social", 38, [
    "Add me on WeChat: {wechat}",
    "My QQ is {qq}.",
    "Follow {fname}'s recovery on Instagram: {handle}.",
    "Telegram {handle} — write any time",
    "Her daughter posted the video on {social}.",
    "You can find us at {social}.",
    "Contact the mother directly: {social}",
    "my wechat {wechat}, i can send the scans there",
    "The interpreter added us on WeChat ({wechat}) before we arrived.",
    "Tag us: {handle}",
    "Photos of the discharge are on {social}.",
])
G("social_hard", 12, [
    "wechat id is {wechat} (not my phone!)",
    "qq号 {qq} pls add",
    "insta {handle} dm me",
    "write in telegram {handle} or add {wechat} on wechat",
], posts=("lower", "typo"))

# ---- street address / postcode ----------------------------------------------------
G("address", 32, [
    "Please send the documents to {addr}.",
    "Home address: {addr}.",
    "We rented a flat at {addr} near the hospital for three months.",
    "The patient lives at {addr} with her parents.",
    "deliver the medicine to {addr} pls",
    "Correspondence address: {addr}.",
    "Our new address is {addr}, please update the record.",
    "{name}, {addr}",
    "Shipping the samples to {addr} — is that allowed?",
])
G("address_pc", 14, [
    "Mailing address: {addr_pc}.",
    "Send the original report to {addr_pc}",
    "{name}, {addr_pc}",
    "address for invoice: {addr_pc}",
])
G("postcode", 34, [
    "Postcode: {pc}",
    "Is {pc} the right postal code for the pharmacy parcel?",
    "city Almaty, index {pc}",
    "We live in {city}, postal code {pc}.",
    "ZIP/postcode field: {pc}",
    "The courier needs the postcode; it is {pc}.",
    "Post code {pc}, {country}.",
    "send by post please, code {pc}",
])
G("address_hard", 12, [
    "adress: {addr}",
    "we stay in hotel but real home is {addr_pc}",
    "live {addr}, entrance from yard",
    "индекс {pc}, {addr}",
], posts=("lower", "typo"))

# ---- geolocation ---------------------------------------------------------------------
G("geo", 42, [
    "Our village has no street names; the location is {geo}.",
    "Pin: {geo}",
    "The ambulance met us at {geo} on the highway.",
    "Photo metadata showed {geo}.",
    "Send the driver to {geo}, it is the yurt next to the school.",
    "Coordinates of the family's home: {geo}.",
    "Shared location: {geo} (near {city}).",
    "We are waiting at {geo}, can the hospital car find us?",
    "Image EXIF: GPS {geo}",
])
G("geo_hard", 12, [
    "loc {geo} pls come",
    "my location {geo} , no address here in steppe",
    "gps = {geo}",
], posts=("lower",))

# ---- passport ----------------------------------------------------------------------
G("passport", 34, [
    "Passport No.: {passport}",
    "{name}, passport {passport}, citizen of {country}.",
    "For the invitation letter we need the passport number: {passport}.",
    "My passport number is {passport} and it expires next year.",
    "The airline wrote passport {passport} but my new one is {passport}.",
    "Please register me under passport {passport}.",
    "Travel document no. {passport}",
    "The hotel copied passport {passport} at check-in.",
    "Patient's passport: {passport} (scan attached).",
])
G("passport_hard", 12, [
    "passport {passport_h} / {name}",
    "загранпаспорт {passport_h}",
    "pasport nomer {passport_h}",
    "pp no {passport_h} exp 2029",
], posts=("typo",))

# ---- national id ----------------------------------------------------------------------
G("natid", 34, [
    "My {natid} is in the attached scan.",
    "{name}, {natid}.",
    "The insurer asked for her {natid}.",
    "Identity confirmed: {natid}.",
    "Please add {natid} to the invitation letter.",
    "Her father's {natid} is needed for the consent form.",
    "Patient details — {natid}, {country}.",
    "Document: {natid}, issued in {city}.",
])
G("natid_hard", 12, [
    "my {natid} if needed",
    "{natid} / {fname}",
    "id: {natid} (copy in whatsapp)",
    "pls use {natid} not passport",
], posts=("lower", "typo"))

# ---- resident id -------------------------------------------------------------------------
G("resid", 42, [
    "ID card number: {resid}",
    "身份证 {resid}",
    "Her Chinese ID {resid} was used to register the appointment.",
    "The patient from {province} gave ID number {resid} at registration.",
    "Resident identity card No. {resid}, {hname}.",
    "Please correct the ID number to {resid}.",
    "{hname}'s ID {resid} does not match the insurance record.",
    "Registered under the resident ID {resid}.",
    "Mainland ID: {resid}",
])
G("resid_hard", 12, [
    "my id {resid} pls check",
    "id no. {resid}, name {pyname}",
    "身份证号：{resid}",
    "the number {resid} is my mother's id card",
], posts=("typo",))

# ---- MRN ------------------------------------------------------------------------------------
G("mrn", 36, [
    "Inpatient No. {mrn}",
    "My outpatient number is {mrn}.",
    "Please quote the hospital patient ID {mrn} in all correspondence.",
    "Visit card {mrn} — lost, need a new one.",
    "Medical record number: {mrn}",
    "{name}, MRN {mrn}, {dept}.",
    "Admission no. {mrn}, {dept}, bed assigned on arrival.",
    "The discharge letter for record {mrn} is ready.",
    "Old records under clinic number {mrn} from {year}.",
    "patient id {mrn} - pls send the biopsy report",
])
G("mrn_hard", 12, [
    "my card no is {mrn} (blue card)",
    "mrn {mrn} / {fname}",
    "住院号 {mrn}",
], posts=("lower", "typo"))

# ---- health plan ----------------------------------------------------------------------------
G("hpn", 40, [
    "Insurance: {hpn}",
    "Her policy is {hpn}; please bill them directly.",
    "Member number for direct billing: {hpn}.",
    "{name}, {hpn}.",
    "We have international insurance ({hpn}); do you accept it?",
    "The card says {hpn}, valid until next year.",
    "Please add my insurance card number {hpn} to my record.",
    "Guarantee of payment requested for {hpn}.",
])
G("hpn_hard", 12, [
    "insurance num {hpn} pls check",
    "my policy {hpn} , covered 80%?",
    "страховка: {hpn}",
], posts=("lower", "typo"))

# ---- account --------------------------------------------------------------------------------
G("acct", 36, [
    "Bank details for the refund: {acct}.",
    "Please transfer the deposit back to {acct}.",
    "Card {acct} was charged twice.",
    "Account holder {name}, account {acct}.",
    "Donations can be sent to {acct} (in the name of her mother).",
    "IBAN / account: {acct}",
    "The payment from {acct} has not arrived yet?",
    "Refund to card ending … no, full number {acct}.",
])
G("acct_hard", 12, [
    "my card {acct} kaspi",
    "send money back {acct} pls",
    "счет {acct}",
], posts=("lower", "typo"))

# ---- vehicle ---------------------------------------------------------------------------------
G("vehicle", 42, [
    "Our car, plate {plate}, will be parked at the north gate.",
    "The transfer from the airport will be in a white minivan {plate}.",
    "VIN {vin} — the car we sold to pay for the operation.",
    "Parking pass issued for {plate} for the week of her surgery.",
    "The driver's car is {vehicle}; he will call on arrival.",
    "We drove from {city} in our own car ({plate}).",
    "Vehicle for the patient transport: {vehicle}",
    "Please let {plate} into the emergency driveway.",
])
G("vehicle_hard", 12, [
    "car number {plate} , black",
    "taxi {plate} lost my bag with the mri",
    "nomer mashiny {plate}",
], posts=("lower",))

# ---- device ----------------------------------------------------------------------------------
G("device", 42, [
    "Pacemaker serial number {device}, implanted in {monthyear}.",
    "Please register the insulin pump, SN {device}, in her record.",
    "My phone's IMEI is {imei}; the telemedicine app keeps blocking it.",
    "Hearing aid serial numbers: left {device}, right {device}.",
    "The home dialysis machine (MAC {mac}) stopped syncing.",
    "CGM transmitter ID {device} needs replacing.",
    "Cochlear implant serial {device}, processor model CI-612.",
    "The ICD with serial {device} gave two shocks last night.",
    "Device: {device} (left ear processor)",
    "Pump {device} shows error E-4, what should we do?",
])
G("device_hard", 12, [
    "imei {imei}",
    "serial nr of the pacemaker {device} (card in wallet)",
    "mac {mac} wifi not connect to monitor",
], posts=("lower",))

# ---- other numbers ---------------------------------------------------------------------------
G("onum", 38, [
    "Our {onum} — please check it.",
    "I received the {onum} by email.",
    "Reference: {onum}.",
    "Please quote {onum} when you call.",
    "The {onum} was rejected, what do I do?",
    "The medicines were sent by courier, tracking {track}.",
    "Flight CA 768, e-ticket {ticket}.",
    "Booking code {pnr}, hotel near {ward}.",
    "Appointment number {appt} for {dept}.",
    "Donation receipt {receipt} issued to {name}.",
    "Invitation letter {invit} was issued for {name}.",
    "Claim {claim} is still pending with the insurer.",
    "Visa number {visa}, valid for 90 days.",
])
G("onum_hard", 14, [
    "track num {track} , where is it?",
    "ticket {ticket} / pnr {pnr}",
    "{onum} pls hurry",
    "apt no {appt} tmrw",
    "claim {claim} - insurer says docs missing",
], posts=("lower", "typo"))

# ---- several identifiers in one sentence (hard) ------------------------------------------------
G("multi_form_hard", 40, [
    "name: {name} | tel {phone} | email {email} | passport {passport}",
    "Hi, I am {name}, {natid}, my father (DOB {dob}) needs a consult, call {phone_h}",
    "patient {name} dob {dob} mrn {mrn} ins {hpn}",
    "{name} / {passport} / {phone} / {addr}",
    "contact {fname} {phone} or {email_h}, address {addr_pc}",
    "From: {email} — IP {ip} — Message: my mother {name}, {age_num}, needs help",
    "pls pay refund to {acct}, name {name}, invoice from {date}",
    "{name}, born {dob}, {resid}, phone {phone_cn}",
    "Sender {name} ({wechat}) asks about {proc}; callback {phone}",
    "hello doctor, {cyrname}, {natid}, tel {phone_kz}, arrival {date}",
    "Driver {fname}, car {plate}, will pick up {name} at {geo}",
    "my son {fname} dob {dob} pump sn {device}",
    "fundraiser {url} for {name}, bank {acct}",
], posts=("lower",))
G("multi_story", 16, [
    "{name} arrived on {date} with {rel}; the {natid} was translated for registration.",
    "On {date}, {doc} called {name} at {phone} with the biopsy result.",
    "{name} (inpatient No. {mrn}) was discharged on {date}.",
    "The insurer of {name} ({hpn}) approved the claim {claim}.",
])

# ---- spaced / full-width variants of identifier families --------------------------------------
G("fw_mixed_hard", 18, [
    "tel {phone} / passport {passport}",
    "ID {resid}",
    "account {acct}",
    "my number {phone}",
    "ID and phone: {natid}, {phone_kz}",
    "card {mrn}",
], posts=("fw",))
G("spaced_hard", 14, [
    "Name :  {name}  ,  Tel :  {phone}",
    "ADDRESS   {addr}   POSTCODE  {pc}",
    "e - mail   :  {email}",
    "Passport  No .  {passport}",
], posts=("space",))

# ===================================== CLEAN ======================================================
G("clean_dose", 70, [
    "The regimen was {dose}, adjusted to her kidney function.",
    "Current therapy: {dose}; {dose}.",
    "She was switched to {dose} after the second biopsy.",
    "Discharge medication: {dose}.",
    "Is it safe to continue {dose} during the flight home?",
    "We reduced the dose to {dose} in {monthyear}.",
    "pls confirm the dose, doctor wrote {dose}",
    "Induction consisted of {dose}, followed by {dose}.",
    "{alias} tolerated {dose} well.",
    "For a child weighing 18 kg this means {dose}.",
    "The protocol ({reg}) used {dose}.",
], clean=True)
G("clean_lab", 85, [
    "On admission: {lab}, {lab}, {lab}.",
    "By {monthyear} her {lab} had improved.",
    "Results {rel_time}: {lab}; {lab}.",
    "Is {lab} dangerous? The clinic in {city} said it is normal.",
    "{alias}'s labs showed {lab} and {lab}.",
    "The latest result was {lab}, compared with {lab} a year ago.",
    "Lab: {lab} | {lab} | {lab}",
    "after the infusion {lab}, is it ok?",
    "Before the transplant: {lab}. After {dur}: {lab}.",
    "Chart note, {time}: {lab}.",
], clean=True)
G("clean_registry", 50, [
    "She was enrolled in trial {reg} in {monthyear}.",
    "The study is registered as {reg}.",
    "Is the trial {reg} still recruiting patients from {country}?",
    "Evidence comes from {reg} and {reg}.",
    "The protocol ({reg}) allows patients aged 18–75.",
    "see {reg} on the registry website",
    "The phase III trial {reg} reported results in {monthyear}.",
], clean=True)
G("clean_codes", 60, [
    "Diagnosis coded as {icd}.",
    "Genetic testing found {gene}.",
    "The ATC code of the drug is {atc}.",
    "{icd}; {icd} — secondary diagnoses.",
    "A {gene} variant was ruled out before starting {drug}.",
    "The report lists {gene} and {gene}.",
    "Billing used {icd} instead of {icd}.",
    "Screening for {gene} is recommended before carbamazepine.",
    "{drug} ({atc}) was started at a low dose.",
], clean=True)
G("clean_alias", 70, [
    "{alias}, a {cage_adj} patient from {city}, was referred with {eponym}.",
    "{alias} and {rel} arrived in Beijing in {monthyear}.",
    "Case {n}: {alias}, {cage_num}, from {country}.",
    "Photo: {alias} (name withheld at the family's request) during rehabilitation.",
    "“I was afraid of the injections,” {alias} admits.",
    "{alias} has been in remission for {dur}.",
    "{alias}'s mother asked us not to publish her face.",
    "According to {rel}, {alias} is now back at school.",
    "{alias}, {cage_phrase}, lives with {rel} in {province}.",
    "Thank you from {alias} and {rel}!",
], clean=True)
G("clean_age", 70, [
    "The {cage_adj} woman from {city} was admitted with {cond}.",
    "My mother is {cage_phrase} and still works in her garden.",
    "The patient, {cage_phrase}, had never been abroad before.",
    "{rel} was born in {decade}.",
    "Patients {cage_num} and older need an extra ECG.",
    "He is a '90s-born engineer from {city}.",
    "She grew up in {decade} in {country}.",
    "Our oldest patient this year was {cage_phrase}.",
    "The {cage_adj} boy had {eponym}.",
    "Grandfather, {cage_phrase}, asked whether he is too old for a {proc}.",
    "born in {byear}, treated {rel_time}",
    "The song was a hit in {decade}; she sang it to the nurses.",
], clean=True)
G("clean_time", 85, [
    "She was first admitted in {monthyear} and discharged {rel_time}.",
    "Over {yrange} she had four flares.",
    "The treatment lasted {dur}, from {monthyear} to {monthyear}.",
    "We plan to come in {monthyear}, is there a waiting list?",
    "{rel_time} the swelling had gone.",
    "Follow-up every three months during {year}.",
    "Ward rounds start at {time}; visiting hours end at {time}.",
    "The surgery took {dur}.",
    "our train arrives {weekday} {time}",
    "Timeline: {monthyear} diagnosis; {monthyear} first biopsy; {monthyear} remission.",
    "After {dur} of dialysis she finally received a kidney.",
    "Her symptoms began in {year} and worsened in {monthyear}.",
    "Infusions are on {weekday}s at {time}.",
], clean=True)
G("clean_eponym", 60, [
    "The girl was diagnosed with {eponym} at the age of six.",
    "{eponym} is rare in {country}, so few doctors there recognise it.",
    "The newborn had {score}.",
    "He arrived with {score} after the accident in {city}.",
    "Differential diagnosis: {eponym} versus {eponym}.",
    "We treat many children with {eponym} and {eponym}.",
    "My husband has {eponym}, can you help?",
    "After the {proc} she needed a period of rest.",
    "A patient with {eponym} and {score} was discussed at the morning meeting.",
], clean=True)
G("clean_institution", 50, [
    "Before coming to Beijing, she was seen at {inst}.",
    "Our team trained at {inst} and {inst}.",
    "A second opinion from {inst} agreed with the diagnosis.",
    "The surgeon spent a fellowship year at {inst}.",
    "We visited {inst} but the waiting list was too long.",
    "The conference, co-hosted with {inst}, was held in {city}.",
    "Her records from {inst} were translated into Chinese.",
], clean=True)
G("clean_herb", 55, [
    "The TCM prescription included {herb} and {herb}.",
    "Can I continue {herb} together with {drug}?",
    "Her grandmother brought {herb} from {province}.",
    "Some decoctions with {herb} can interact with tacrolimus.",
    "The pharmacist explained how to boil {herb}.",
    "He was told that {medword} is common after the treatment.",
    "The word for {medword} was new to our interpreter.",
    "In the TCM clinic she received {herb}, {herb} and acupuncture.",
    "Label on the bag: {herb}, 15 g, boil for 30 minutes.",
], clean=True)
G("clean_drug", 40, [
    "She is taking {drug} and {drug}.",
    "Is {drug} available in {country}?",
    "{drug} was too expensive at home, about {price} a month.",
    "The doctor replaced {drug} with {drug}.",
    "A recall of {drug} {batch} was announced by the manufacturer.",
    "My mother is allergic to {drug}.",
    "Please bring all boxes of {drug} to the consultation.",
], clean=True)
G("clean_place", 55, [
    "She grew up in {city}, {country}, and moved to {city} for work.",
    "The family drove from {city} to the border crossing and took the train to Beijing.",
    "Patients from {province} and {country} share the same ward.",
    "The nearest dialysis centre to her home is in {city}.",
    "We flew {city} – Ürümqi – Beijing.",
    "Our hotel is in {district} District, near the Wangfujing shopping area.",
    "She lives in a village three hours from {city}.",
    "Flights from {city} to Beijing run twice a week.",
    "This year we welcomed patients from {country}, {country} and {country}.",
], clean=True)
G("clean_public", 45, [
    "In an emergency, {pubnum}.",
    "Remember: {pubnum}, and {pubnum}.",
    "If she faints again, {pubnum} — don't wait.",
    "we called {pubnum} but the line was busy",
    "Tip for visitors: {pubnum}.",
    "The leaflet reminds families that {pubnum}.",
], clean=True)
G("clean_greet", 45, [
    "{greet} We arrived safely in {city}.",
    "{greet} Everything is fine, the swelling is gone.",
    "{greet} Thank you to the whole team of {dept}.",
    "{greet}",
    "{greet} The nurses of {ward} are the best.",
    "{greet} My mother says hello to everyone.",
    "{greet} Happy New Year to all the doctors!",
    "{greet} We will never forget your kindness.",
], clean=True)
G("clean_ward", 50, [
    "The international patients' office is on {ward}, next to {ward}.",
    "Go to {ward} and ask for the interpreter at {ward}.",
    "She spent {dur} in {ward} before moving to {ward}.",
    "Family members may wait near {ward}.",
    "Alt text: a quiet corridor near {ward} at {time}.",
    "The easiest way to reach us is {transit}.",
    "Take {transit}; the international desk is next to {ward}.",
    "Caption: {ward}, where most of our international patients stay.",
    "The playroom is next to {ward}; open until {time}.",
], clean=True)
G("clean_misc_numbers", 55, [
    "The total cost was about {price}, including the biopsy.",
    "See {fig} for the dose schedule.",
    "The app ({version}) crashes when I upload the PDF.",
    "Treatment costs ranged from {price} to {price}.",
    "Please update the portal to {version} before the video call.",
    "As shown in {fig}, the proteinuria fell steadily.",
    "Does insurance cover {price} for the {proc}?",
    "The article, {fig}, describes the same protocol.",
    "Prices in {country} were quoted to us in {price} per course.",
], clean=True)
G("clean_wordtrap", 40, [
    "We never lost hope, even in {monthyear}.",
    "Her faith in the team never wavered.",
    "It felt like a small victory every time the protein dropped.",
    "There is real grace in how she talks about the illness.",
    "Joy returned to the family {rel_time}.",
    "Our patience was rewarded {rel_time}.",
    "Precious time was lost in {city}.",
    "Thanks to God's mercy and your skill, my son is alive.",
    "Destiny brought us to Beijing, my husband says.",
    "Lucky for us, the visa came quickly.",
    "Sunday is the only day without infusions.",
    "Will the results be ready before our flight?",
    "It was a sunny morning when she was discharged.",
    "Every nurse was a blessing to us.",
    "The gift of a kidney from {rel} changed everything.",
    "Grace period for the insurance payment is {dur}.",
    "She called it her miracle year.",
    "Faith, patience and good doctors — that is our recipe.",
    "Hope is the first medicine, says a proverb from {country}.",
], clean=True)
G("clean_contact_hard", 55, [
    "hello, how much does a {proc} cost?",
    "good day, {rel} has {cond}, can you help?",
    "pls reply, we want to come in {monthyear}",
    "Do you have Russian-speaking doctors in {dept}?",
    "is it possible to get the visa invitation within {dur}?",
    "{rel} has {eponym}, what are treatment options in China?",
    "we are from {city}, is there a direct flight to Beijing?",
    "how long is the waiting list for {proc}?",
    "can we send the MRI online before we come?",
    "hi, what documents do we need for {dept}?",
    "dear hospital, {rel} is {cage_phrase}, is it too old for {proc}?",
    "sorry for my english, we need help for {cond}",
], clean=True, posts=("lower", "typo"))
G("clean_hard", 85, [
    "the trial number is {reg}, not the hospital number",
    "Protocol {reg}, amendment {version}, {fig}.",
    "{alias} ({cage_phrase}) — {lab}; {dose}.",
    "dose {dose} → {lab} → ok?",
    "{monthyear}–{monthyear}: {dose}",
    "{icd} / {gene} / {atc}",
    "pts aged {cage_num}–89 excluded; range {year}",
    "{herb} + {drug}?? {greet}",
    "ward {n}, bed side, {time}, {lab}",
    "In {decade} there was no {drug}; now {dose}.",
    "{pubnum}; {pubnum}",
    "tel. 120 / 112 / 103 — emergency only",
    "born in {byear}, {cage_phrase}, {cond}",
    "{batch} was recalled in {monthyear}; other lots are fine.",
    "price {price}, {dur}, {ward}",
    "Ms. A, Mr. B and Patient K were all treated in {monthyear}.",
    "Patient K, {cage_num}, {city}: {lab}",
], clean=True, posts=("lower",))
G("clean_fw_hard", 30, [
    "{lab}, {lab}",
    "{dose}",
    "{reg} / {icd}",
    "{alias}, {cage_num}, {monthyear}",
    "{price} for {dur}",
], clean=True, posts=("fw",))


# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{(\w+)\}")


def check_groups():
    cats = set()
    for cat, n, tpls, clean, posts in GROUPS:
        assert cat not in cats, cat
        cats.add(cat)
        assert clean == cat.startswith("clean_"), cat
        for t in tpls:
            names = PH_RE.findall(t)
            for nm in names:
                assert nm in SLOTS or nm in CLEAN, (cat, nm)
            if clean:
                # clean families may use clean slots only
                assert all(nm in CLEAN for nm in names), (cat, t)
            else:
                assert any(nm in SLOTS for nm in names), (cat, t)
            if "{lic}" in t:
                assert any(nm in NAME_SLOTS for nm in names), (cat, t)
            assert "\t" not in t and "\n" not in t


def typo_literal(r, text):
    ws = [m for m in re.finditer(r"[a-z]{4,}", text)]
    if not ws:
        return text
    m = pick(r, ws)
    w = m.group(0)
    i = r.randrange(1, len(w) - 2)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + w2 + text[m.end():]


def odd_spacing(r, s):
    out = []
    for ch in s:
        if ch == " " and r.random() < 0.35:
            out.append(pick(r, ["  ", "   ", " \u3000", "\u00a0"]))
        else:
            out.append(ch)
    return "".join(out)


def fill(r, tpl, posts, clean):
    kinds = set()
    used = {}
    parts = PH_RE.split(tpl)
    out = []
    typo_done = "typo" not in posts or r.random() < 0.45
    lit_idx = [i for i in range(0, len(parts), 2) if re.search(r"[a-z]{4,}", parts[i])]
    typo_at = pick(r, lit_idx) if (lit_idx and not typo_done) else -1
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(typo_literal(r, part) if i == typo_at else part)
        else:
            if part in SLOTS:
                assert not clean, (tpl, part)
                fn, ks = SLOTS[part]
                kinds.update(ks)
            else:
                fn = CLEAN[part]
            v = fn(r)
            for _ in range(8):
                if v not in used.get(part, ()):
                    break
                v = fn(r)
            used.setdefault(part, []).append(v)
            out.append(v)
    s = "".join(out)
    if "lower" in posts:
        s = s.lower()
    if "fw" in posts:
        s = fullwidth(s)
    if "space" in posts:
        s = odd_spacing(r, s)
    s = re.sub(r"[\t\r\n]", " ", s).strip()
    s = re.sub(r"(?<!\.)\.\.(?!\.)", ".", s)
    if clean:
        assert not kinds
    return s, [k for k in KINDS if k in kinds]


def build():
    check_groups()
    r = random.Random(SEED)
    seen = set()
    rows = []
    for cat, n, tpls, clean, posts in GROUPS:
        got = 0
        tries = 0
        start = r.randrange(len(tpls))
        while got < n:
            tries += 1
            if tries > n * 200:
                raise SystemExit("cannot fill %s (%d/%d)" % (cat, got, n))
            tpl = tpls[(start + tries) % len(tpls)] if tries <= len(tpls) else pick(r, tpls)
            s, kinds = fill(r, tpl, posts, clean)
            if s in seen:
                continue
            seen.add(s)
            rows.append((cat, ",".join(kinds) if kinds else "-", s))
            got += 1
    r.shuffle(rows)
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, s in rows:
            assert "\t" not in s and "\n" not in s
            fh.write("%s\t%s\t%s\n" % (cat, kinds, s))
    counts = dict((k, 0) for k in KINDS)
    clean = hard = 0
    for cat, kinds, s in rows:
        if kinds == "-":
            clean += 1
        else:
            for k in kinds.split(","):
                counts[k] += 1
        if cat.endswith("_hard"):
            hard += 1
    print("sentences: %d  clean: %d  with identifiers: %d  hard: %d"
          % (len(rows), clean, len(rows) - clean, hard))
    for k in KINDS:
        print("  %-22s %4d" % (k, counts[k]))
    low = [k for k in KINDS if counts[k] < 50]
    assert not low, low
    assert len(set(s for _, _, s in rows)) == len(rows)


if __name__ == "__main__":
    main()
