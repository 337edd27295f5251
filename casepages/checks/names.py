"""Personal names in case stories: English and romanised names, and names in Han script.

Recall first. A name is recognised by the lists (given names, family names and their endings,
titles), by the words around it (a word for a relative, a verb only people do, a quotation that
addresses someone), by its form (capitals as on a passport, a ticket's "SURNAME/GIVEN", a hashtag),
and, where nothing else says so, by being a word the language hardly uses (`unfamiliar_words.py`).
What is known not to be a person's name (places, institutions, eponyms, drugs, famous people of
history, book titles) is left alone. Letter aliases ("Ms. A", "A女士") and anonymised names ("王某")
are what the stories are meant to use, so they are never reported.
"""

import re
import string
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from wordfreq import zipf_frequency

from casepages.checks.findings import Finding
from casepages.checks.han import CHARACTERS_AFTER_A_NAME, HAN_CHARACTERS, is_han
from casepages.checks.name_model import names_the_model_reads
from casepages.checks.shapes import MEASURE_NAMES
from casepages.checks.unfamiliar_words import (
    FAMOUS_PEOPLE,
    LATIN_LETTER_GREETINGS,
    MEDICAL_PROPER_NOUNS,
    MEDICAL_WORD_ENDING,
    chinese_place_names,
    chinese_word_zipf,
    find_unfamiliar_capitalised_words,
    inside_a_chinese_place_name,
    known_places,
    names_a_thing,
)

# Common given names in English-speaking countries and among the hospital's international patients
# (Russian, Central Asian, Arabic, South Asian, European). A title-case word after one of these is
# taken as a family name.
ENGLISH_GIVEN_NAMES = frozenset(
    """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
    Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
    Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
    Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Adam Nathan Henry Douglas
    Zachary Peter Kyle Noah Ethan Jeremy Walter Keith Roger Terry Sean Gerald Carl Harold Dylan
    Arthur Lawrence Jesse Bryan Bruce Gabriel Logan Albert Alan Eugene Russell Vincent Philip Oliver
    Harry Oscar Leo Liam Lucas Hugo Felix Simon Martin Tom Ben Sam Max Luke Adrian
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
    Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca
    Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
    Katherine Christine Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
    Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria
    Teresa Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Sophie Denise Doris Marilyn
    Danielle Beverly Isabella Theresa Diana Natalie Charlotte Kayla Alexis Lucy Ella Chloe Amelia Victoria
    Olga Irina Natalia Natalya Svetlana Tatiana Elena Anastasia Ekaterina Yekaterina Marina Ludmila
    Dmitry Dmitri Sergei Sergey Ivan Alexei Alexey Nikolai Vladimir Andrei Andrey Mikhail Pavel Yuri
    Oleg Igor Viktor Boris Aigerim Aisulu Nurlan Askar Timur Rustam Bakhyt Dilnoza Gulnara Zarina
    Aisha Fatima Mohammed Muhammad Ahmed Ahmad Omar Hassan Yusuf Layla Amir Nadia Leila Khalid Tariq
    Priya Rahul Arjun Ananya Deepak Sunita Kenji Hiroshi Akira Yuki Carlos Juan Luis Miguel Sofia
    Lucia Pedro Diego Javier Hans Klaus Ingrid Lars Sven Pierre Marco Giulia Francesca Jose
    Zhanna Botagoz Marat Sherzod Ravshan Dinara Madina Saule Aliya Kamila Ruslan Daniyar Yerlan Farkhod
    Azamat Gaukhar Askhat Kairat Sabina Lola Nilufar Jasur Tatyana Tatiana Yulia Julia Amira Mateo Grace
    Aruzhan Ayaulym Dana Aida Asel Aizhan Akmaral Almaz Arman Aslan Ayan Bauyrzhan Damir Dias Erlan Galym
    Kuanysh Mukhtar Nursultan Olzhas Sanzhar Serik Talgat Yerzhan Zhandos Zhanar Kuralay Meruert Moldir
    Aliya Asem Bakhtiyar Dilshod Bobur Jamshid Otabek Shakhzod Ulugbek Sardor Gulnora Dilfuza Malika
    Nodira Shahlo Zulfiya Ainur Aigul Gulmira Roza Raushan Elmira Kseniya Ksenia Alina Polina Daria Darya
    Valentina Vera Galina Lyudmila Nadezhda Oksana Larisa Zoya Inna Alla Lidiya Maxim Artem Artyom Egor
    Kirill Denis Anton Roman Stanislav Vadim Konstantin Leonid Valery Gennady Anatoly Arkady Fyodor Grigory
    Yaroslav Vyacheslav Vitaly Evgeny Yevgeny Georgy Lev Ilya Nikita Matvey Mark Gleb Semyon Timofey
    Ali Hussein Ibrahim Mustafa Salma Mariam Maryam Zainab Noor Huda Rania Samir Karim Rami Hamza Bilal
    Jamal Faisal Khaled Walid Youssef Yasmin Amal Hiba Reem Dina Lina Nour Sami Tarek Ziad Hadi
    Raj Vikram Anil Sanjay Suresh Ramesh Lakshmi Kavita Pooja Neha Anjali Meera Ravi Amit Rohan Nikhil
    Chen Wei Jun Hui Ying Yan Ming Hong Ling Xiu Mei Lan Jing
    Emma Isabelle Camille Manon Chloé Lea Louise Jules Louis Gabriel Raphael Arthur Nathan Paul Antoine
    Ana Carmen Laura Marta Elena Paula Lucía Alejandro Pablo Álvaro Adrián Sergio Mario Jorge Manuel
    Daniel Alex Chris Kate Jane Anne Rose Joan Claire Ruth Ellen Eva Eve Iris Nina Tina Vivian Wendy
    Marzhan Dauren Oybek Vladislav Bekzat Gulzhan Nargiza Shokhrukh Temirlan Alibek Yerkebulan Madiyar Akbota
    Nurbek Berik Bolat Yerbol Zhanibek Dilnaz Sevara Shakhnoza Feruza Jahongir Sanjar Akmal Bekzod Aziza Kanat
    Ermek Zhenis Assel Saltanat Gulnaz Dariga Zhuldyz Togzhan Nazerke Tomiris Inkar Alisher Eldar Lyazzat Anel
    Amina Adil Aidos Miras Nurasyl Rasul Yersultan Bakytzhan Kuat Serikbol Kristina Valeria Veronika Yana
    Viktoria Elizaveta Arina Ulyana Milana Bogdan Vsevolod Rostislav Svyatoslav
    Sasha Dima Misha Katya Nastya Tanya Masha Dasha Zhenya Kolya Vanya Petya Lena Olya Yulya Natasha Sveta Galya
    Lyuba Nadya Vova Seryozha Tolya Kostya Slava Grisha Lyosha Alyosha Pasha Borya Gosha Styopa Sonya Ksyusha
    Bota Aru Baha Aizere Nurik Dimash Zhaniya Ayazhan
    Cindy Tony Lily Coco Jenny Annie Allen Andy Bella Cathy Daisy Fiona Kitty Mandy Maggie Peggy Queenie Rita
    Sandy Stella Vicky Yoyo Zoe Bob Jimmy Johnny Kenny Nick Winnie Ada Carrie Elaine Elsa Irene Jasmine Jessie
    Joanna Luna Mia Sally Selina Sylvia Tiffany Calvin Danny Derek Jackie Ken Owen Ricky Roy Stanley Ted Victor
    Wayne Candy Sunny Echo Ivy Apple Cherry Angel Crystal Penny Ruby Ray Jay
    """.split()
)
# Given names that are also everyday words or start place names ("Grace period", "Lake Victoria"): after a
# capitalised word they are not taken as the given name of a family-name-first pair.
GIVEN_NAMES_ALSO_WORDS = frozenset(
    "Grace Rose Iris Mark Max Roman Victoria Eve Vera Ruth Lev Dana Lola Jack Frank Ruby Candy Sunny Echo Ivy Apple"
    " Cherry Angel Crystal Penny Ray Jay Victor Luna Lily Jasmine".split()
)
# Places whose names hold a particle ("Rio de Janeiro", "Costa del Sol").
PLACES_WITH_PARTICLES = frozenset("Rio Costa Puerto Porto Buenos Santa Santo Los Las Bab Dar Ras".split())
# Words that start the names of places and institutions named after someone ("Queen Mary Hospital").
PLACE_NAME_STARTS = frozenset("Queen King Saint San Santa Lake Mount Cape Fort Port Prince Princess".split())
# Endings of Slavic, Central Asian, Caucasian and Ukrainian family names ("Petrova", "Nurlanov",
# "Kovalenko", "Nurlanuly"): a capitalised word ending so is taken as a family name.
FAMILY_NAME_ENDINGS = re.compile(
    r"[A-Z][a-z]+(?:ova|eva|yova|ov|ev|yev|ovs|enko|sky|ski|skaya|skiy|skii|ovich|evich|ovna|evna|uly|kyzy|qyzy"
    r"|bayev|bayeva|bekov|bekova|ayev|ayeva|dze|shvili|yan|zade|ogly|oglu)"
)
# Capitalised words ending like a family name that are not names.
NOT_FAMILY_NAMES_WITH_NAME_ENDINGS = frozenset(
    "Kiev Kyiv Kirov Rostov Saratov Lviv Kharkov Kharkiv Gorky Moscow Dostoevsky Tchaikovsky Chekhov".split()
)

# Title-case words that follow a given name or a title without being a family name.
NOT_FAMILY_NAMES = frozenset(
    """
    Hospital Hospitals Clinic Medical Medicine Center Centre Institute University College School
    Department Ward Unit Team Group Foundation Memorial General Health Care Children Street Road
    Eid Avenue Syndrome Disease Therapy Cell Cells Treatment Trial Study Program Programme Project
    Director Chief Head Attending Resident President Physician Surgeon Doctor Professor Nurse Expert
    Specialist Consultant Fellow Dean Manager Coordinator Staff The This That These Our Their His Her
    And But Or If When While After Before During Since Until Then Also In On At For From With
    As So Yet Once Although Though Because Whether Like Unlike Per Via Dear Every Each Both Neither
    She He It We They You Patients Patient Doctors Nurses Treatment Stage Type Group Grade Phase
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Chinese English Russian Kazakh American
    """.split()
)

# Family names in Hanyu Pinyin, for romanised Chinese names such as "Zhang Wei" or "Xiaoming Li".
PINYIN_FAMILY_NAMES = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
    Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin
    Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Kong Dai Mo Wen Niu
    Ouyang Sima Zhuge Situ Shangguan
    """.split()
)

# East Asian family names as they are romanised outside Hanyu Pinyin: Korean (the hospital's patients
# include Koreans of Kazakhstan and Uzbekistan), Cantonese and Hokkien (Hong Kong, Singapore,
# Malaysia), Vietnamese (with "Thi", the middle name of most Vietnamese women). After or before any
# capitalised word they make a name ("Rinat Lee", "Wong Ka-wai", "Dang Van Minh").
KOREAN_FAMILY_NAMES = frozenset(
    """
    Lee Kim Choi Tsoi Jung Kang Cho Yoon Jang Shin Kwon Hwang Ahn Yoo Baek Seo
    Wong Chan Cheung Lau Leung Ng Chow Kwok Yip Tsang Chiu Lai Tse Fung Tan Lim Goh Ong Koh Teo Yeo Chua
    Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Duong Ngo Dinh Trinh Doan Truong Thi
    """.split()
)

# Capitals that are initialisms, not a family name in capitals, before a capitalised word
# ("ICU Team", "SLE Awareness"); the measurements and units of `shapes.py` too.
ACRONYMS = frozenset(
    """
    ICU CCU NICU PICU HDU ED ER OR GP NHS NICE WHO UK USA US EU UN UAE PRC SLE RA AS AAV ANCA COVID IVIG CAR
    MDT ENT IBD IBS MS ALS HIV AIDS CT MRI PET ECG EEG EMG DNA RNA PCR TB CKD AKI COPD FDA EMA NMPA ACR EULAR
    ASCO ESMO NCCN CEO PhD MD RN BSc MSc AM PM OK TV ID IV GE SOMATOM EPIQ LOT BATCH REF SN UDI
    ADA AHA ESC KDIGO GOLD GINA ASH EHA AASLD EASL ASTCT EBMT CIBMTR IMWG IDSA ATS ERS BSR APLAR CDC AB Rh
    """.split()
)
# Words that take a letter after them without being a given name ("Vitamin D.", "Plan B.",
# "Patient K." and the other words of a letter alias).
WORDS_BEFORE_A_LETTER = frozenset(
    """
    Vitamin Vitamins Hepatitis Influenza Type Group Plan Stage Grade Class Phase Factor Blood Ward Room Bed
    Block Building Unit Flat Section Part Level Zone Gate Terminal Figure Table Appendix Schedule Option Form
    Category Team Tower Wing Floor Lot Row Seat Line Channel Bay Protein Antigen Strain Lane Exhibit Sample
    Patient Case Baby Child Little Young Boy Girl Mother Father Grandmother Grandfather Aunt Uncle Brother Sister
    Madam Madame Mister Sir Auntie Lift Elevator Entrance Exit Door Window Counter Desk Corridor Stair Stairs Hall
    """.split()
)
# Words for a relative, a friend or a helper: the capitalised word right after one is a given name
# whatever the lists say ("her flatmate Agnieszka", "her son, Arman,").
RELATION_WORDS = (
    "son daughter husband wife brother sister mother father mum mom mummy dad daddy mama papa grandmother grandfather "
    "grandma grandpa granny grandad granddad grandson granddaughter grandchild aunt auntie aunty uncle cousin "
    "niece nephew stepdaughter stepson stepmother stepfather godmother godfather twin fiancé fiancée fiance "
    "fiancee partner boyfriend girlfriend friend neighbour neighbor flatmate roommate housemate colleague "
    "classmate schoolmate teammate tutor teacher interpreter translator carer caregiver nanny volunteer driver "
    "nurse doctor physician surgeon landlady landlord coordinator"
).split()

# Romanised place names that would otherwise read as a name ("Hong Kong").
ROMANISED_PLACE_NAMES = frozenset(
    ["Hong Kong", *"Beijing Shanghai Guangzhou Shenzhen Wuhan Chengdu Tianjin Nanjing Jinan Macau".split()]
)
# Romanised syllables that are also everyday English words; a pair needs a second, unambiguous
# romanised word before it is taken as a name.
ENGLISH_LOOKING_PINYIN = frozenset("He Long Song Sun Fan Pan Man Can Ran Tan Bin Hang Lane Men Pin".split())

_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")

# A capitalised name word: "Anna", "Petrova-Smith", "O'Brien", "McDonald". Compiled with re.ASCII so
# that a Latin name right after Han characters ("患者Anna Smith") still starts at a word boundary.
_NAME_WORD = r"(?:[A-Z]'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
_CAPITALISED_WORD = re.compile(rf"\b{_NAME_WORD}\b", re.ASCII)
# "A. Becker": an initial and a family name (the letter alias "Ms. A" has no word after it).
_INITIAL_AND_FAMILY_NAME = re.compile(rf"(?<![A-Za-z./])(?:[A-Z]\.\s?){{1,3}} ?(?P<family>{_NAME_WORD})\b", re.ASCII)
# "Aisulu D.": a given name and the initial of the family name.
_GIVEN_NAME_AND_INITIAL = re.compile(rf"\b(?P<given>{_NAME_WORD}) (?:[A-Z]\.){{1,3}}(?![A-Za-z])", re.ASCII)
# "HUGHES Grace", "AKHMETOVA Yerlan": the family name in capitals, as on passports and forms.
_CAPITALS_FAMILY_NAME = re.compile(r"\b(?P<family>[A-Z]{2,}(?:-[A-Z]{2,})?) (?P<given>[A-Z][a-z]+)\b", re.ASCII)
# Between a given and a family name: a space, or a middle initial ("Anna K. Petrova").
_INITIAL_BETWEEN = re.compile(r" (?:[A-Z]\. )?")
_STRONG_FAMILY_NAME_ENDING = re.compile(
    r"[A-Z][a-z]+(?:ova|eva|yeva|enko|skaya|ovich|evich|ovna|evna|uly|kyzy|bekov|bekova|bayev|bayeva|shvili|dze)"
)
# Capitalised English words Chinese medical text keeps ("Lupus Nephritis", "Clinical Trial").
LATIN_TERMS_IN_CHINESE = frozenset(
    """
    lupus nephritis systemic erythematosus disease syndrome clinical trial cell cells therapy
    lymphoma leukemia leukaemia arthritis rheumatoid score index criteria guideline guidelines
    university hospital medical college journal phase study group
    clinic institute center centre foundation society association school new england hopkins arbor
    """.split()
)
# A name with a particle: "Sean van Dijk", "Agnieszka al-Rashid", "Ingrid de la Cruz".
_NAME_WITH_PARTICLE = re.compile(
    rf"\b(?P<given>{_NAME_WORD}) (?:(?:van der|van den|van|von|de la|de|da|di|du|del|della|dos|das|le|la|bin|ben|ibn)"
    rf" |(?:al|el|ad|as|ash|ar)-){_NAME_WORD}\b",
    re.ASCII,
)
# A given name before a romanised family name in capitals: "Shiyu XU", "Zixuan DU".
_GIVEN_NAME_AND_CAPITALS = re.compile(r"\b(?P<given>[A-Z][a-z]+) (?P<family>[A-Z]{2,})\b(?![-'])", re.ASCII)
_NAME_AFTER_RELATION = re.compile(
    rf"\b(?i:{'|'.join(RELATION_WORDS)})(?:-in-law)?,? (?P<name>{_NAME_WORD})(?: (?P<second>{_NAME_WORD}))?\b",
    re.ASCII,
)
_MONTHS_AS_FAMILY_NAMES = frozenset("April May June July August".split())
# The words of a letter alias ("Ms. Z", "Patient C"), after which no name follows.
_ALIAS_WORDS = frozenset("Mr Ms Mrs Miss Mx Dr Patient Case Child Baby the".split())
# Any Latin letters, accents too ("Mr. Gómez"), for a word after a title.
_ANY_NAME_WORD = r"(?:[A-Z]'|Mc|Mac)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)?"
_TITLED_NAME = re.compile(
    r"(?<![A-Za-z])(?:Mrs|Mr|Ms|Miss|Mx|Mister|Dr|Prof|Professor|Madam|Doctor|Director|Nurse|nurse|doctor|Sister|Dean)"
    r"\.?\s+"
    rf"(?P<name>{_ANY_NAME_WORD})(?:\s+(?P<second>{_ANY_NAME_WORD}))?"
)

# The three hundred-odd most common Chinese family names, and the two-character ones still in use.
CHINESE_FAMILY_NAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴鲍喻祁蒲房滕屈饶艾尤穆卓萧闵储隋栾邬巫桑臧车褚娄窦谈邓"
    "阎晏蔺郁练简戚韶荆糜麻宫苑宦佟洪迟浦邝卞鞠丛揭冼朴安甯亢眭禚"
    # Rarer ones, which are hardly ever anything but a family name
    "庹缪甄蒯蹇綦谯仝禤牟麦芮晁昝郜訾逯隗冀缑亓宓鄢阚扈钭邰郗荀羿汲邴戎蓟胥莘逄姬郦雍璩濮郏瞿庾暨夔厍敖乜竺桓仉佘岑粟谌邸酆嵇禹钮"
)
CHINESE_COMPOUND_FAMILY_NAMES = frozenset(
    """
    欧阳 司马 诸葛 上官 司徒 东方 皇甫 慕容 令狐 夏侯 尉迟 公孙 长孙 宇文 独孤 端木 南宫 西门 百里 呼延
    田中 山本 佐藤 铃木 高桥 渡边 伊藤 中村 加藤 吉田 山田 松本 井上 木村 斋藤
    闻人 赫连 万俟 澹台 公冶 宗政 濮阳 太叔 申屠 钟离 轩辕 拓跋 仲孙 淳于 单于 太史 叔孙 东郭 左丘 梁丘
    """.split()
)
# Compound surnames that are also everyday words ("东方" east, "百里" a hundred li, "西门" west gate);
# only these need more than a following character before they are read as a name.
COMPOUND_FAMILY_NAMES_ALSO_WORDS = frozenset("东方 百里 西门 南宫 上官 单于 太史 公孙".split())

# Characters common in Chinese given names. Kept free of characters that mostly start everyday
# words after a family-name character (高血压, 白细胞, 周期, 方案, 常规, 许多, 马上 …).
CHINESE_GIVEN_NAME_CHARACTERS = frozenset(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞刚桂英华玉兰红梅萍鹏辉飞宇浩凯婷雪琳晶颖倩欣怡佳俊峰斌波鑫亮"
    "琴燕莉玲慧晨晓昊博轩涵梓睿泽宏志建明丹帆淑珍凤娥荣春彤萱琪瑶璐蕾薇妍嘉家思若诗雅小立新海松柏青"
    "天宁福贵祥德永庆昌清彬兵良毅忠义仁勤晖旭东秋冬月星辰翔龙豪铭航远源然雨琦瑞麟骏驰锦钰铮珊菲芬芝蓉"
    "莲娇媛婉婕妮姗娴嫣爱美巧茜露霏霖岚悦馨洁萌玥楠曼莎茹桐彦韬晴岩伦鸣坤霆瀚煜烨炜灿国云"
    "兆麟昕曦逸凡沐宸芷嫣紫景承锦程知秋栋菊胜铁柱翠振卫旗宝山鹤语熙皓哲翰墨宁舒怡晗"
    "桂淑贤惠艺蓓蕊蓓莹瑾瑜璇瑛琼珠翡钧铖鹏鑫焱森淼磊垚鸿渊澜涛泓沁溪汐潇涵漪婧姝娅婵媚"
    "冰洪荣福禄寿庆盛刚毅勇武威雄杰豪英俊秀文武斌彬炳焕烁慧聪颖睿智子佑诺"
)
# Characters that start or make up everyday and medical words rather than given names: a Han
# stretch holding one of these after a family name is not read as a given name on weak evidence.
NOT_GIVEN_NAME_CHARACTERS = frozenset(
    "的了是在和与及也都又就曾已还被把让于说病症血压细胞糖尿炎痛疼肿热药疗治检查术院科医护患者岁年月日"
    "天次个位名后前时中上下不没很最更再能会要可这那其她他我你们自己对向从到给为因所以而但如并或等每各该此"
    "有无好多少些点种项例型性期周量度率值部区市省县路号室"
)

# Ordinary words made of a family-name character and given-name characters.
CHINESE_WORDS_NOT_NAMES = frozenset(
    """
    高峰 文明 高超 江山 金华 白云 高明 林立 高雅 方正 黄金 石林 高洁 高新
    高龄 高亮 高清 金星 史诗 宋体 温和 温馨 钱财 龙凤 严明 严峻 关爱 关怀
    康复 安宁 常青 文雅 田野 万家 齐心 宁静 毛发 包容 曲线 苗条 林海 尚佳
    甘露 舒适 凌晨 江东 韩国 王国 金国 宋体 黑体 楷体 仿宋 文静 杨梅
    黄芪 黄芩 黄连 黄精 白术 白芍 白芷 白及 陈皮 党参 甘草 杜仲 葛根 连翘 柴胡 丁香 石斛 桑叶 桂枝 田七
    郑重
    """.split()
)
# Herbs, places, times and phrases that start with a family name's character and are never a name, whatever
# the words around them say: "蒲公英和伊马替尼能一起用吗", "白天还好".
_HAN_WORDS_NEVER_NAMES = frozenset(
    "蒲公英 麦冬 何首乌 王浆 石斛 枸杞 川芎 田七粉 宋庄 白山 白天 白大褂 方中 岳父母 杏林春暖 宋体小四"
    " 马钱子 刘寄奴 高良姜 徐长卿 远志 使君子 杜仲 苏木 王不留行 周几 斋月 符合 陪同 小姨 小舅 小叔 小姑 贺卡 韩语 安静"
    " 兰工 毕业".split()
)
# Relations that start with a family name's character: never a name, whatever comes before.
_KINSHIP_WORDS = frozenset("孙女 孙子 外孙 曾孙 孙媳".split())

_STRONG_LEFT_CONTEXT = ("姓名", "名叫", "叫做", "名为", "取名", "起名", "取名为", "名字叫", "我叫", "我是")
# Words for a person's role or relation, after which a name usually follows: "患者王芳", "丈夫张伟".
_ROLE_LEFT_CONTEXT = tuple(
    """
    患者 病人 患儿 病友 丈夫 妻子 爱人 母亲 父亲 妈妈 爸爸 女儿 儿子 家属
    医生 医师 护士 主任 教授 专家 大夫 联系人 同事 朋友 邻居 老伴 护士长 院长
    哥哥 姐姐 弟弟 妹妹 儿媳 女婿 孙子 孙女 外孙 舅舅 叔叔 姑姑 阿姨 同学
    室友 表姐 表妹 表哥 表弟 堂姐 堂妹 堂哥 堂弟 外婆 外公 姥姥 姥爷 嫂子 姐夫 妹夫 舅妈 姨妈 婶婶
    侄子 侄女 外甥 男友 女友 男朋友 女朋友 闺蜜 老乡 同乡 导师 护工 翻译 志愿者 司机
    同桌 房东 师兄 师姐 师弟 师妹 发小 干妈 干爸 姑父 姨父 岳母 岳父 班主任 战友 工友 舍友 队友 网友
    继母 继父 伯伯 伯母 姑妈 表叔 表姨 堂叔 老板 社工 律师 未婚夫 未婚妻 前夫 前妻 恋人
    我们家 我家 咱家 小儿子 大儿子 二儿子 小女儿 大女儿 二女儿 摄影 记者 来信人 落款 署名 图为 护士长
    """.split()
)
_WEAK_LEFT_CONTEXT = tuple("感谢 谢谢 和 与 及 跟 向 给 是 叫 由 找 请".split())
_STRONG_RIGHT_CONTEXT = ("先生", "女士", "小姐")
_WEAK_RIGHT_CONTEXT = tuple(
    """
    说 表示 告诉 回忆 介绍 坦言 感慨 笑着 指出 解释 称 讲 问 答 和 与 及
    等 是 今年 年仅 的 也 都 又 便 就 曾 已 还 被 把 让 在 于 住在 来自
    医生 主任 教授 护士 一家 夫妇 同学 老师 不再 跑完 拿到 住院
    握着 拉着 抱着 陪着 陪她 陪他 带着 替她 替他 帮她 帮他 给她 给他 写道 写的 记得 每天 一直 专程 最先 第一个
    用中文 提供 赶来 赶到 来了 来接 来看 打来 发来 听到 看到 问她 拿着 推着 扶着 守着 坐在 站在 笑了 哭了
    """.split()
)
# A family name and a title with no given name between still names someone ("王女士", "张医生").
_TITLES_AFTER_FAMILY_NAME = tuple(
    """
    先生 女士 小姐 医生 医师 大夫 教授 主任 护士 老师 院长 博士 书记 经理
    阿姨 大爷 大妈 大叔 奶奶 爷爷 叔叔 师傅 婆婆 阿婆 老伯 大姐 大哥 同学
    """.split()
)
# Titles for a job, after which a family-name character that is usually a preposition is one
# ("向医生咨询" asks the doctor; "向女士" would still be Ms. Xiang).
_JOB_TITLES = frozenset("医生 医师 大夫 教授 主任 护士 老师 师傅".split())
# Words that end in a family-name character and may stand before a title: "主任医师", "对方医生".
_WORDS_ENDING_IN_FAMILY_NAME = tuple(
    """
    主任 责任 信任 担任 前任 现任 兼任 对方 各方 双方 多方 院方 西方 东方
    病房 药房 产房 机房 库房 营房 厢房
    感谢 谢谢 多谢 答谢 致谢
    """.split()
)
_ANONYMISED_GIVEN_NAME = frozenset("某氏")
# Family-name characters that are far more often an adverb or a preposition ("患者曾明显好转",
# "患者于当地医院"); after a role word they still need something on the right that ends a name.
_FAMILY_NAMES_OFTEN_OTHER_WORDS = frozenset("曾于向何常方许关宁温安")
# Of those, the ones that before a job title are a preposition or an adverb ("向医生咨询", "曾医生" is rare).
_PREPOSITIONS_BEFORE_A_JOB_TITLE = frozenset("曾于向常")
# A name followed by a note that it is made up ("李梅（化名）", "Anna (not her real name)") is an alias.
_PSEUDONYM_NOTE = re.compile(
    r"\s*[（(]\s*(?:化名|假名|均为化名|(?:a )?pseudonym|not (?:his|her|their) real name|name changed)"
    r"\s*[)）]",
    re.IGNORECASE,
)

# Foreign names written in Han characters join given and family name with a middle dot
# ("奥尔加·伊万诺娃"); the hospital's international patients are mostly named this way in Chinese.
# Only characters of the standard transliteration tables are taken, so that the words around the
# name ("患者", "从") stay out of it.
_TRANSLITERATION_CHARACTERS = (
    "阿埃艾安奥巴拜班邦贝本比彼波伯博布达戴丹道德登迪蒂丁东杜多厄恩尔法凡菲费芬弗福盖甘高戈格贡古哈海汉"
    "赫亨胡霍基吉加贾杰捷金卡凯坎康考柯科克肯库奎拉莱兰朗劳勒雷蕾里莉利丽列林琳隆卢鲁路伦罗洛马玛迈麦曼"
    "梅美蒙米密明莫姆穆纳娜奈南内尼妮涅宁纽诺帕佩彭皮普奇琪契恰乔琼萨塞桑瑟森沙莎舍什施斯苏索塔泰坦汤唐"
    "特提托瓦万旺威维韦温沃乌西希谢辛休雅亚扬耶伊依因尤约泽扎詹兹佐娃夫茨霞娅丝黛得别努买吐洪都力列根诺热"
)
# Without the middle dot ("阿依古丽别科娃"): a run of four or more transliteration characters that
# ends as Russian and Central Asian family names do, or that follows a word for a person.
_TRANSLITERATED_FAMILY_NAME_ENDINGS = ("娃", "夫", "斯基", "耶娃", "科", "维奇", "耶维奇", "诺娃", "坚科")
# With the middle dot (or a hyphen) between two runs of Han characters, the name is foreign whatever
# the characters: "买买提江·吐尔洪", "莱拉-艾力". Not a book and its chapter ("《史记·项羽本纪》").
_TRANSLITERATED_NAME = re.compile(
    f"[{_TRANSLITERATION_CHARACTERS}]{{1,8}}[·•・‧.．][{_TRANSLITERATION_CHARACTERS}]{{1,10}}"
)
# Checked only where the characters of the table found nothing, since it cannot tell where the name starts.
# A name of two parts with a dot between ("颂猜·翁萨库"), in a run of Chinese cut where the name starts after a
# word that ends before it ("清迈的") and where a word after it begins ("今年").
_DOTTED_HAN_NAME = re.compile(
    f"(?<![《〈{HAN_CHARACTERS}])(?:[{HAN_CHARACTERS}]*[{CHARACTERS_AFTER_A_NAME}])?"
    f"(?P<name>[{HAN_CHARACTERS}]{{2,8}}[·•・‧-]"
    f"(?:[{HAN_CHARACTERS}]{{2,5}}?(?=今年|今天|在|的|说|是|和|医|大学|学院|中心|研究|[^{HAN_CHARACTERS}]|$)|[{HAN_CHARACTERS}]{{2,5}}))(?![》〉])"
)
_UNDOTTED_TRANSLITERATED_RUN = re.compile(f"[{_TRANSLITERATION_CHARACTERS}]{{4,12}}")
# Parts of Tibetan, Mongolian, Uyghur and Hui given names as written in Chinese ("扎西顿珠", "巴特尔",
# "帕提古丽", "阿不都热合曼"): one or two of them make a name, with no family name before.
_MINORITY_NAME_PARTS = (
    "扎西 次仁 卓玛 央金 拉姆 索朗 顿珠 格桑 德吉 平措 尼玛 达瓦 多吉 旺堆 白玛 洛桑 益西 丹增 强巴 措姆 曲珍 "
    "巴特尔 其其格 其木格 苏日娜 哈斯 朝鲁 额尔敦 娜仁 斯琴 宝音 图雅 格日勒 敖登 萨仁 乌日娜 巴雅尔 孟和 "
    "帕提古丽 古丽 迪丽 热合曼 阿不都 买买提 艾力 吐尔洪 热依拉 阿依 帕提 阿卜杜 阿布都 艾合买提 "
    "麦麦提 木合塔尔 玉素甫 吾买尔 依明 库尔班 努尔 米娜 热娜 阿里木 阿木古楞 古楞 巴图 苏和 乌力吉 宝力道"
).split()
_MINORITY_GIVEN_NAME = re.compile(f"(?:{'|'.join(_MINORITY_NAME_PARTS)})(?:{'|'.join(_MINORITY_NAME_PARTS)})?")

# After "姓名" or "名叫" comes a name, common family name or not ("名叫安娜的患者"), after a child
# or a nickname and "叫" ("宝宝叫平安，", "小名叫胜利"), and after "取名" ("取名“阳光”", "取名“Надежда”"); the
# shortest two to four characters that something closes on the right, or a capitalised word.
_NAMED_AFTER_NAMING_WORD = re.compile(
    f'(?:姓名|名叫|(?:宝宝|孩子|女儿|儿子|孙子|孙女|闺女|小名|乳名|外号|名字)叫(?:做)?|[取起]名(?:为|叫)?)[:：\\s“"「]*'
    f"(?P<name>[{HAN_CHARACTERS}]{{2,4}}?|[A-ZА-ЯЁ][a-zа-яё]{{1,19}})"
    f"(?=[^{HAN_CHARACTERS}]|的|先生|女士|小姐|说|是|今年|在|从|来自|和|$)"
)

# After "孩子叫" a child may cry or call someone: "孩子叫得很厉害", "宝宝叫妈妈了".
_CALLED_NOT_A_NAME = re.compile(
    "^[得着了过声]|了|妈妈|爸爸|爷爷|奶奶|姥姥|姥爷|外婆|外公|哥哥|姐姐|叔叔|阿姨|医生|护士"
)

# Capitalised words that are never a name on their own, whatever English's word lists say of them.
_CAPITALISED_NOT_NAMES = (
    NOT_FAMILY_NAMES
    | WORDS_BEFORE_A_LETTER
    | PLACE_NAME_STARTS
    | PLACES_WITH_PARTICLES
    | frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split())
)


def _person_name(match: re.Match, reason: str, group: str | int = 0) -> Finding:
    """A personal name found by `match` (or by one of its groups)."""
    return Finding("person_name", match.group(group), match.start(group), match.end(group), reason)


# How much the text beside a possible Han name says that it is one.
_STRONG = "strong"
_ROLE = "role"
_BOUNDARY = "boundary"
_WEAK = "weak"


def find_person_names(text: str, language: str = "en") -> list[Finding]:
    """Find personal names in `text`, written in Latin letters or in Han characters.

    The findings may overlap one another (a title and a full name found separately);
    `scan_identifiers` keeps the longest.

    `language` ("en" or "zh-hans") is the language of the text around the names; in English text a
    Han name stands alone between Latin words, and is judged with less context than in Chinese.
    """
    chinese_text = language.lower().startswith("zh")
    herbs = list(_TCM_NAME.finditer(text))  # found once: the lower-case rule and the things named both use them
    findings = _latin_names(text, among_han=chinese_text)
    findings += _names_in_capitals(text, among_han=chinese_text)
    findings += _names_in_other_forms(text)
    findings += _lower_case_pinyin_names(text)
    # English's slots for names, also in a "Chinese" text written wholly in Latin letters.
    if not chinese_text or not any(is_han(character) for character in text):
        findings += _names_in_their_slots(text)
        findings += _lower_case_words_english_lacks(text, herbs)
    if chinese_text:
        findings += _pinyin_in_chinese_text(text)
    findings += find_unfamiliar_capitalised_words(text, _CAPITALISED_NOT_NAMES, among_han=chinese_text)
    findings += _han_names(text, isolated_runs_are_names=not chinese_text)
    # Cut or dropped where the first character belongs to the word before.
    findings = [cut for finding in findings if (cut := _without_the_word_before(text, finding)) is not None]
    if chinese_text:
        findings += _names_only_the_model_reads(text, findings)
    else:
        findings = _without_translated_terms(text, _han_runs_in_latin_text(text, findings))
    not_patients = _titles_and_famous_names(text, herbs)
    return [
        finding
        for finding in findings
        if not _PSEUDONYM_NOTE.match(text, finding.end)
        and not _WORD_EXPLAINED_AFTER.match(text, finding.end)
        and not (finding.text.islower() and " " not in finding.text and _looks_like_a_typo(finding.text))
        and not _STREET_WORD_BEFORE.search(text, 0, finding.start)
        and finding.text.split()[-1] not in _STREET_WORDS  # "Nevsky Prospekt", a street
        and not _STREET_WORD_AFTER.match(text, finding.end)  # "Amir Temur ko'chasi"
        and not (finding.text.split()[-1] in _MONTHS_AND_DAYS and _YEAR_AFTER.match(text, finding.end))
        and not (is_han(finding.text[:1]) and inside_a_chinese_place_name(text, finding.start, finding.end))
        and not (is_han(finding.text[-1:]) and _last_character_starts_a_place(text, finding))
        and not _names_someone_else(text, finding, not_patients)
        and not _inside_a_word_never_a_name(text, finding)
        and finding.text not in _KINSHIP_WORDS
    ]


def _inside_a_word_never_a_name(text: str, finding: Finding) -> bool:
    """ "王不|留行", "高良|姜", "王不留行籽耳穴": the finding starts inside one of `_HAN_WORDS_NEVER_NAMES`."""
    for word in _HAN_WORDS_NEVER_NAMES:
        at = text.find(word, max(0, finding.start - len(word) + 1))
        if at != -1 and at <= finding.start < at + len(word):
            return True
    return False


def _starts_with_a_family_name(word: str) -> bool:
    return word[:1] in CHINESE_FAMILY_NAMES or word[:2] in CHINESE_COMPOUND_FAMILY_NAMES


def _names_only_the_model_reads(text: str, found_by_rules: list[Finding]) -> list[Finding]:
    """The trained model's names where no rule found one: the rules' spans are the more exact ("发小阿强"
    is "阿强", not "小阿强"); not the ordinary words the lists know, nor a Chinese word glossed after it."""
    return [
        finding
        for finding in names_the_model_reads(text, _starts_with_a_family_name)
        if not any(rule.start < finding.end and finding.start < rule.end for rule in found_by_rules)
        and finding.text not in CHINESE_WORDS_NOT_NAMES
        and not _GLOSS_AFTER.match(text, finding.end)
    ]


_BOOK_TITLE = re.compile("《[^》]{1,40}》")
# A person a street is named after: "rue Victor Hugo", "Avenida Paulista", "ulitsa Pushkina".
_STREET_WORD_BEFORE = re.compile(
    r"\b(?i:rue|avenue|avenida|calle|rua|jalan|ulitsa|ul\.|prospekt|boulevard|bd\.|viale|piazza|plaza)\s(?:[A-Z][a-z]+\s)?$"
    r"|(?<![а-яё])(?:проспект|улица|ул\.|пр\.|пр-т|переулок|бульвар|площадь|шоссе|набережная)\s$"
)
_STREET_WORDS = frozenset("Street Road Avenue Prospekt Prospect Ulitsa Boulevard Lane Highway Embankment".split())
# The word for a street after a name and perhaps another word of it: "Amir Temur ko'chasi", "Atatürk Caddesi".
_STREET_WORD_AFTER = re.compile(
    r"(?:\s[A-Z][\w'’-]+){0,2}\s(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Prospekt|Boulevard|Lane|Highway"
    r"|ko['’]chasi|köçəsi|(?i:caddesi|sokak)|ulitsa|street|road|avenue)\b"
)


def _last_character_starts_a_place(text: str, finding: Finding) -> bool:
    """ "很多|吉尔吉斯斯坦": the name's last character is the first of a place's name that goes on after it."""
    places = chinese_place_names()
    return any(text[finding.end - 1 : finding.end - 1 + length] in places for length in range(2, 9))


def _without_the_word_before(text: str, finding: Finding) -> Finding | None:
    """A Chinese name whose first character ends a common word with the two before it ("班主|任呼延", "救护|车走新")
    starts after it, if a family name starts what is left ("呼延"); else it is no name (None)."""
    word_before = text[max(0, finding.start - 2) : finding.start + 1]
    if not (
        is_han(finding.text[:1])
        and finding.start >= 2
        and chinese_word_zipf(word_before) >= 3.0
        and "·" not in finding.text  # a transliterated name goes on from there: "路易斯|·罗德里格斯"
    ):
        return finding
    rest = finding.text[1:]
    if len(rest) >= 2 and _starts_with_a_family_name(rest):
        return replace(finding, text=rest, start=finding.start + 1)
    return None


# A "name" that ends in a month before its year is a date's beginning: "after TAVI, June 2023".
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b")
# A name explained as a word, which names no one: "“巴特尔”是“英雄”的意思", "“努尔”意思是光",
# "远志在俄语里怎么说".
_WORD_EXPLAINED_AFTER = re.compile(
    '[”"]?(?:在[\u4e00-\u9fff]{1,6}?[语文](?:里|中))?(?:是|就是)?(?:[“"][^”"]{1,8}[”"])?的?意思'
    '|[”"]?在[\u4e00-\u9fff]{1,6}?[语文](?:里|中)?怎么[说讲写]'
)
# Chinese herbs and formulas in pinyin, which look like Chinese names: "Gan Cao", "Xiao Chai Hu Tang".
_TCM_HERBS = """
    gan cao|ban lan gen|huang qin|chai hu|ren shen|chen pi|dan shen|wu wei zi|bai shao|fu ling|chuan xiong|gui zhi
    |lian hua qing wen|liu wei di huang|ban xia xie xin|xiao chai hu|bu zhong yi qi|huang lian|ma huang|huang qi
    |dang gui|bai zhu|shu di huang|sheng di huang|di huang|dang shen|gou qi zi|gou qi|jin yin hua|lian qiao|san qi
    |tian qi|chuan bei mu|ge gen|ban xia|zhi shi|hou po|mu xiang|sha ren|yi yi ren|shan yao|da zao|sheng jiang|bo he
    |yu xing cao|pu gong ying|huo xiang|zhi zi|long dan cao|jiao gu lan|he shou wu|yin qiao|xiao yao|gui pi|si wu
    |si jun zi|liu jun zi|ba zhen|shi quan da bu|suan zao ren|tian ma|gou teng|chuan xin lian|yu ping feng
    |huo xiang zheng qi|an gong niu huang|niu huang|dong chong xia cao|ling zhi|e jiao|lu rong|rou gui|fu zi
    |gan jiang|xi xin|bai zhi|fang feng|jing jie|qiang huo|du huo|sang ji sheng|du zhong|niu xi|xu duan|yan hu suo
    |xiang fu|yi mu cao|tao ren|hong hua|chi shao|mu dan pi|ze xie|shan zhu yu|zhi mu|huang bai|shi gao|jie geng
    |xing ren|pi pa ye|bai he|mai dong|tian dong|sha shen|yu zhu|shi hu|nv zhen zi|han lian cao|tu si zi
    |yin yang huo|ba ji tian|rou cong rong|wu zhu yu|cang zhu|che qian zi|hua shi|yin chen|jin qian cao|da huang
"""
# The same herbs by the Latin genus of the plant or fungus, as English labels and pharmacists name them
# ("Codonopsis (dang shen)", "Salvia miltiorrhiza"): rare capitalised words that look like foreign names.
# Genera that are also given names (Angelica, Magnolia, Rosa, Viola) are left out.
_TCM_HERB_GENERA = """
    Pseudostellaria Coptis Pueraria Codonopsis Poria Wolfiporia Ganoderma Astragalus Salvia Atractylodes Schisandra
    Schizandra Cordyceps Ophiocordyceps Rehmannia Panax Glycyrrhiza Bupleurum Scutellaria Paeonia Ligusticum Lycium
    Ophiopogon Dioscorea Ziziphus Epimedium Eucommia Polygonum Polygala Lonicera Forsythia Isatis Houttuynia
    Gynostemma Dendrobium Cistanche Morinda Cuscuta Leonurus Carthamus Pinellia Platycodon Anemarrhena
    Phellodendron Gastrodia Uncaria Andrographis Alisma Rheum Ephedra Notopterygium Saposhnikovia Achyranthes
"""
_TCM_NAME = re.compile(
    r"\b(?i:"
    + "|".join(herb.strip().replace(" ", r"\s?") for herb in _TCM_HERBS.split("|"))
    + r")(?:\s?(?i:tang|wan|san|yin|pian|keli|jiaonang|koufuye|gao|dan))?\b"
    # A genus, in any case, and the species after it in lower case: "Salvia miltiorrhiza", "codonopsis".
    + r"|\b(?i:"
    + "|".join(_TCM_HERB_GENERA.split())
    + r")(?: [a-z]{5,})?\b"
)
_TITLE_BEFORE = re.compile(r"\b(?:Mrs?|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Nurse)\.?\s$")
# A journal's abbreviated name before the year and volume of a citation: "J Clin Oncol. 2020;270(16)".
_JOURNAL_CITATION = re.compile(r"(?:\b[A-Z][a-z]{0,9}\.?\s){1,6}(?:19|20)\d{2};\s?\d+")


def _titles_and_famous_names(text: str, herbs: list[re.Match]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the text has a book's or a journal's title ("《哈里森内科学》"), a brand or an eponym in Chinese, and a
    famous person's name in Chinese (the first time each is named, with the character after it): found once for
    all the findings in the text."""
    patterns = [_BOOK_TITLE, _JOURNAL_CITATION]
    if _HAN_RUN.search(text):  # the brands' long list, only where Han characters could match it (~50 µs a text)
        patterns.append(_BRANDS_AND_EPONYMS_IN_CHINESE)
    titles = [title.span() for pattern in patterns for title in pattern.finditer(text)]
    # A herb's name after a title is a person's: "Dr. Huang Lian".
    titles += [herb.span() for herb in herbs if not _TITLE_BEFORE.search(text, 0, herb.start())]
    famous = [(at, at + len(name) + 1) for name in _FAMOUS_IN_CHINESE if (at := text.find(name)) != -1]
    return titles, famous


def _names_someone_else(text: str, finding: Finding, not_patients: tuple[list, list]) -> bool:
    """A name that is part of an institution's, a place's or a method's name ("Nazarbayev University",
    "邵逸夫医院", "吉兰-巴雷综合征"), of a book's title ("《哈里森内科学》"), or one of history's
    (FAMOUS_PEOPLE); or Han characters that end a longer word ("头孢曲松")."""
    titles, famous = not_patients
    if any(start < finding.end and finding.start < end for start, end in titles):
        return True
    if any(start <= finding.start and finding.end <= end for start, end in famous):
        return True
    if (
        is_han(finding.text[:1])
        and finding.start >= 2
        and chinese_word_zipf(text[finding.start - 2 : finding.end]) >= 1.0
    ):
        return True
    after = text[finding.end :].lstrip(" ")
    if names_a_thing(text, finding.start, finding.end) or after.startswith(_THINGS_NAMED_IN_CHINESE):
        return True
    # "毕业于Johns Hopkins", "在Karolinska进修", "由Bumrungrad的团队报道": a school or a hospital (of one word only
    # before its team: "Dr. Smith的团队" is a person's).
    if re.fullmatch("[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", finding.text) and _STUDIED_OR_WORKED_AT.search(
        text, 0, finding.start
    ):
        return True
    if re.fullmatch("[A-Z][a-z]+", finding.text) and after.startswith(_WHAT_AN_INSTITUTION_GIVES):
        return True
    institution = _INSTITUTION_AFTER_A_NAME.match(after)
    rest_of_name = institution.group("rest_of_name") if institution else ""
    if institution and (len(rest_of_name) < 2 or chinese_word_zipf(rest_of_name) < 2.5):
        return True  # "孙逸仙纪念医院", "皮罗戈夫国立医学研究大学", "Syzganov国家外科科学中心"; not "图雅抵达医院"
    if any(thing in finding.text for thing in _THINGS_NAMED_IN_CHINESE if len(thing) >= 2):
        return True  # "吉兰-巴雷综合征" caught whole
    if "-" in finding.text and re.search("[病症]", finding.text):
        return True  # "尼曼-匹克病"
    if _DRUG_AFTER.match(text, finding.end):
        return True
    if is_han(finding.text[:1]) and (_DRUG_ENDING.search(finding.text) or _DOSE_AFTER.match(text, finding.end)):
        return True
    if finding.start > 0 and text[finding.start - 1] in "（(" and _DRUG_ENDING.search(text[: finding.start - 1]):
        return True  # a brand in brackets after the drug: "吉非替尼（易瑞沙）"
    # A famous family name alone is anyone's ("Physician Zhang"); other famous names are the famous person's.
    words = finding.text.replace("·", " ").split()
    if len(words) == 1 and words[0] in PINYIN_FAMILY_NAMES:
        return False
    # Every word a famous person's, a brand's or an initialism ("Apple Watch", "GE Revolution").
    return bool(words) and all(
        word in FAMOUS_PEOPLE or word in _FAMOUS_IN_CHINESE or word in MEDICAL_PROPER_NOUNS or word in ACRONYMS
        for word in words
    )


# In Chinese, where one studied or worked, and what a school or a hospital has: its team, its training.
_STUDIED_OR_WORKED_AT = re.compile(r"(?:毕业于|就读于|进修于|任职于|工作于|受训于|留学于)\s?$")
_WHAT_AN_INSTITUTION_GIVES = ("进修", "留学", "深造", "读博", "读研", "培训", "的团队", "的专家", "的教授")
# A drug's name goes on with one of these, or is followed by its generic name in brackets: "罗红霉素",
# "赫赛汀（曲妥珠单抗）".
_DRUG_AFTER = re.compile(
    r"(?:霉素|沙星|西林|他汀|单抗|替尼|洛尔|普利|沙坦|地平|唑|韦|酮|胺|素)|\s?[（(][^）)]{1,12}(?:单抗|替尼|霉素|沙星|西林|他汀|普利|沙坦)"
)
# What follows a name in Chinese when the name is a hospital's, a disease's or a place's.
_THINGS_NAMED_IN_CHINESE = tuple(
    """
    医院 医学中心 儿童医院 纪念医院 妇幼 研究所 研究院 基金会 大学 学院 中学 小学 奖 综合征 综合症 病 氏 肉瘤 瘤
    现象 试验 征 指数 评分 量表 分级 分期 标准 反应 手术 疗法 定律 市 省 县 州 区 镇 路 街 广场 公园 雕像 纪念馆
    合并症指数
    """.split()
)
# A name directly followed by the word for a hospital, a university, a centre, a foundation or a building
# ("逸夫楼", not "王芳楼下"), perhaps with the rest of the name (at most two characters: "孙逸|仙", "宋庆|龄")
# and what kind of institution it is between: the institution is named after the person. Not across a
# word that ends the name ("王芳的医院", "李明回医院", and, tested where it is used, an everyday word such
# as "抵达").
_INSTITUTION_AFTER_A_NAME = re.compile(
    f"(?P<rest_of_name>(?:(?![{CHARACTERS_AFTER_A_NAME}])[\u4e00-\u9fff]){{0,2}}?)"
    "(?:第[一二三四五六七八九十]+|国立|国家|人民|儿童|医学|医科|外科|内科|心血管|科学|研究|纪念|附属|中医|肿瘤|妇幼|妇产|眼科"
    "|口腔|国际|联合|协和|国王|军事|王子|公主)*"
    "(?:医院|医学中心|医疗城|中心|大学|医学院|学院|研究所|研究院|诊所|基金会|楼(?![上下前后里内外顶层梯道房]))"
)
_FAMOUS_IN_CHINESE = frozenset(
    "孙思邈 张仲景 华佗 李时珍 扁鹊 林巧稚 白求恩 南丁格尔 孙中山 鲁迅 屠呦呦 钟南山 希波克拉底 巴斯德".split()
    # and the physicians Russian and Central Asian hospitals and universities are named after
    + "巴甫洛夫 皮罗戈夫 博特金 谢切诺夫 梅奇尼科夫 阿斯芬迪亚罗夫 布尔坚科 菲拉托夫".split()
    # and makers of medical devices, in Chinese
    + "欧姆龙 美敦力 西门子 飞利浦 强生 雅培 罗氏 拜耳 辉瑞 诺华 赛诺菲 阿斯利康 默沙东 鱼跃 迈瑞 小米 华为".split()
    + ["迈柯唯", "达芬奇"]
)
# Brands of medicines and devices, makers, and diseases named after someone, as Chinese writes them: each reads
# like a transliterated name ("格列卫", "赫赛汀", "艾迪生病"), and a name found overlapping one is none.
_BRANDS_AND_EPONYMS_IN_CHINESE = re.compile(
    "|".join(
        """
        格列卫 达希纳 施达赛 易瑞沙 特罗凯 凯美纳 泰瑞沙 赫赛汀 帕捷特 美罗华 安维汀 爱必妥 泰欣生 多吉美 索坦 英立达
        维全特 拜万戈 乐卫玛 可瑞达 欧狄沃 拓益 达伯舒 艾瑞卡 百泽安 泰圣奇 英飞凡 逸沃 万珂 瑞复美 达菲 波立维 泰嘉
        倍林达 拜新同 络活喜 施慧达 立普妥 可定 舒降之 力清之 来适可 倍他乐克 康忻 代文 科素亚 安博维 傲坦 美卡素
        雅施达 蒙诺 洛汀新 拜阿司匹灵 泰毕全 拜瑞妥 艾乐妥 格华止 拜糖平 捷诺维 佳维乐 安达唐 欧唐宁 诺和灵 诺和锐
        来得时 优泌乐 优泌林 长秀霖 甘舒霖 亚莫利 达美康 诺和龙 卡博平 文迪雅 艾可拓 恩必普 思力华 舒利迭 信必可
        顺尔宁 普米克 可必特 万托林 泰诺 芬必得 扶他林 西乐葆 安康信 乐松 甲强龙 美卓乐 骁悉 赛可平 新山地明 普乐可复
        雷帕鸣 修美乐 类克 恩利 益赛普 安佰诺 雅美罗 可善挺 拓咨 喜达诺 希罗达 泰素 健择 艾恒 乐沙定 力比泰 泰索帝
        多美素 开普拓 艾素 纷乐 泰爱 倍力腾 潘生丁 杜冷丁 吗丁啉 达喜 斯达舒 洛赛克 耐信 达克普隆 波利特 思密达
        妈咪爱 培菲康 整肠生 易蒙停 杜密克 优思明 达英 妈富隆 达芙通 补佳乐 芬吗通 善存 钙尔奇 迪巧 凯思立 罗盖全
        福善美 密固达 优甲乐 雷替斯 加衡 赛治 爱若华 赛能 瑞思迈 伟康 德康 复星凯特 药明巨诺 传奇生物
        """.split()
    )
    + "|(?:"
    + "|".join(
        """
        艾迪生 斯蒂尔 帕金森 阿尔茨海默 克罗恩 库欣 霍奇金 贝赫切特 川崎 桥本 格雷夫斯 吉兰 威尔逊 戈谢 法布里 庞贝
        亨廷顿 雷诺 马凡 唐氏 特纳 杜氏 艾森曼格 法洛 卡斯尔曼 卡波西 伯基特 尤文 梅尼埃 阿斯伯格 图雷特 普拉德
        安格尔曼 史蒂文斯 斯约格伦 白塞 库斯莫尔 特伦德伦伯格 巴宾斯基 墨菲 霍夫曼 陈-施 威尔姆斯
        """.split()
    )
    + ")(?=[-‐]|病|综合征|综合症|症|现象|淋巴瘤|肉瘤|瘤|甲状腺炎|四联症|肌营养不良|评分|试验|呼吸|步态|体位|征|反射)"
)
# How the name of a drug in Chinese ends ("布洛芬", "左乙拉西坦", "呋塞米", "华法林钠"), or a dose after it
# ("替格瑞洛 90 mg"): a drug, not a foreign name.
_DRUG_ENDING = re.compile(
    "(?:洛芬|西坦|沙坦|西林|匹林|法林|瑞洛|塞米|福韦|洛韦|拉韦|拉唑|胰岛素|激素|生素|氨基酚|酸钠|林钠|片|胶囊|注射液"
    "|颗粒|口服液|霉素|沙星|他汀|单抗|替尼|洛尔|普利|地平|米松|尼松|唑|嗪)$"
)
_DOSE_AFTER = re.compile(r"\s?(?:缓释片|肠溶片|片)?\s?\d+(?:\.\d+)?\s?(?:mg|g|U|IU|μg|µg|mcg|ml|mL)\b", re.ASCII)


_HAN_RUN = re.compile(f"[{HAN_CHARACTERS}]+")


def _han_name_shaped(word: str) -> bool:
    """A family name and one or two given-name characters ("张敏"), as common names are common words too."""
    family_length = 2 if word[:2] in CHINESE_COMPOUND_FAMILY_NAMES else 1
    given = word[family_length:]
    return (
        word[:family_length] in CHINESE_FAMILY_NAMES | CHINESE_COMPOUND_FAMILY_NAMES
        and 1 <= len(given) <= 2
        and all(character in CHINESE_GIVEN_NAME_CHARACTERS for character in given)
    )


# An English gloss in brackets or between commas after a Chinese word: "田七 (notoginseng)", "黄疸, jaundice,".
_GLOSS_AFTER = re.compile(
    r"\s?[(（]\s?(?!(?:the|a|an|her|his|our|my|their)\b)[a-z]|\s?=\s|\s(?:for|means|is translated)\s[\"“]"
    r"|, (?!(?:the|a|an|her|his|our|my|their|who|aged?)\b)[a-z]{3,}(?: [a-z]+)?,"
    r"|[\"”]?,? (?:which|that) means\b|\s(?:means|was translated as)\s"
)


# A Chinese word in brackets after the English or pinyin it translates, perhaps glossed again after a comma:
# "royal jelly (王浆)", "Ma Huang (麻黄, Ephedra)", "Wang Bu Liu Xing (王不留行, Vaccaria seed)".
_CHINESE_IN_BRACKETS = re.compile(
    f"(?P<term>(?:[A-Za-z'-]+ ){{0,4}}[A-Za-z'-]+) ?[(（](?P<han>[{HAN_CHARACTERS}]+)(?P<gloss>[,，、;；][^)）]*)?[)）]"
)


def _without_translated_terms(text: str, findings: list[Finding]) -> list[Finding]:
    """Drop what a translation in brackets shows to be a term: the Chinese after English in lower case, and
    the Chinese, the pinyin before it and the gloss when the brackets gloss it once more. "Wang Fang (王芳)" stays."""
    spans = []
    for match in _CHINESE_IN_BRACKETS.finditer(text):
        if match["gloss"]:
            spans += [match.span("term"), match.span("han"), match.span("gloss")]
        elif (
            match["term"].split()[-1].islower()
            and match["term"].split()[-1] not in RELATION_WORDS
            and not _han_name_shaped(match["han"])
        ):
            spans.append(match.span("han"))  # not "the patient's husband (何俊)"
    return [
        finding for finding in findings if not any(finding.start < end and start < finding.end for start, end in spans)
    ]


def _han_runs_in_latin_text(text: str, findings: list[Finding]) -> list[Finding]:
    """In English text a Chinese word stands alone: an everyday word ("高烧 — high fever") or one glossed in
    brackets ("黄芪 (astragalus)") is no name, and a foreign name written in Chinese ("古丽娜尔",
    "巴特尔") is one though no family name starts it."""
    for run in _HAN_RUN.finditer(text):
        word = run.group()
        glossed = bool(_GLOSS_AFTER.match(text, run.end()))
        transliterated = len(word) >= 3 and all(character in _TRANSLITERATION_CHARACTERS for character in word)
        # "Professor 杨": a family name after a title (`_family_name_mentions`), however common the word
        after_a_title = word in CHINESE_FAMILY_NAMES and _TITLE_BEFORE.search(text, 0, run.start())
        everyday = chinese_word_zipf(word) >= 3.0 and not transliterated and not after_a_title
        if glossed or (everyday and not (_han_name_shaped(word) and chinese_word_zipf(word) < 4.0)):
            findings = [finding for finding in findings if not run.start() <= finding.start < run.end()]
        elif transliterated:
            findings.append(_person_name(run, "Looks like a personal name; use a letter alias such as “Ms. A”"))
    return findings


def _latin_names(text: str, among_han: bool = False) -> list[Finding]:
    findings = []
    for match in _TITLED_NAME.finditer(text):
        # "Dr. He Ping", "Dr. May": after a title "He" is the family name 何 and a month a family name.
        name = match.group("name")
        if name in NOT_FAMILY_NAMES and name != "He" and name not in _MONTHS_AS_FAMILY_NAMES:
            continue
        end = match.end("name")
        second = match.group("second")
        if second and second not in NOT_FAMILY_NAMES:
            end = match.end("second")
        findings.append(
            Finding(
                "person_name",
                text[match.start() : end],
                match.start(),
                end,
                "A title followed by a surname names a person; use a letter alias such as “Ms. A”",
            )
        )

    words = list(_CAPITALISED_WORD.finditer(text))
    for first, second in zip(words, words[1:], strict=False):
        between = text[first.end() : second.start()]
        if second.group() in _MONTHS_AND_DAYS and re.match(r"[-/ ]\d", text[second.end() :]):
            continue  # "By Jun-23", "Since May 2020": a month of a date
        if between == ", ":
            # "Petrova, Anna", "Kim, Sarah": a family name, a comma, a given name.
            if second.group() in ENGLISH_GIVEN_NAMES and first.group() not in NOT_FAMILY_NAMES:
                findings.append(
                    Finding(
                        "person_name",
                        text[first.start() : second.end()],
                        first.start(),
                        second.end(),
                        "Looks like a person's full name; use a letter alias such as “Ms. A”",
                    )
                )
            continue
        elif not _INITIAL_BETWEEN.fullmatch(between):
            continue
        elif between != " " and not (first.group() in ENGLISH_GIVEN_NAMES or _has_family_name_ending(second.group())):
            continue
        if _is_latin_name_pair(first.group(), second.group(), among_han):
            findings.append(
                Finding(
                    "person_name",
                    text[first.start() : second.end()],
                    first.start(),
                    second.end(),
                    "Looks like a person's full name; use a letter alias such as “Ms. A”",
                )
            )
    for match in _NAME_WITH_PARTICLE.finditer(text):
        if match.group("given") not in NOT_FAMILY_NAMES | PLACE_NAME_STARTS | PLACES_WITH_PARTICLES:
            findings.append(_person_name(match, "Looks like a person's full name; use a letter alias such as “Ms. A”"))
    for match in _GIVEN_NAME_AND_CAPITALS.finditer(text):
        family = match.group("family")
        if family.capitalize() in PINYIN_FAMILY_NAMES and match.group("given") not in NOT_FAMILY_NAMES:
            findings.append(
                _person_name(
                    match,
                    "Looks like a person's full name (family name in capitals); use a letter alias such as “Ms. A”",
                )
            )
    for match in _NAME_AFTER_RELATION.finditer(text):
        name = match.group("name")
        if name in NOT_FAMILY_NAMES or name in PLACE_NAME_STARTS or re.fullmatch(r"M[rs]s?|Miss|Dr|Prof", name):
            continue
        if name.lower() in RELATION_WORDS:
            continue  # "According to our son, Mother K. is …": another relation, an alias's title
        end = (
            match.end("second")
            if match.group("second") and match.group("second") not in NOT_FAMILY_NAMES
            else match.end("name")
        )
        findings.append(
            Finding(
                "person_name",
                text[match.start("name") : end],
                match.start("name"),
                end,
                "A name after a word for a relative or a friend names a person; use a letter alias such as “Ms. A”",
            )
        )
    for match in _INITIAL_AND_FAMILY_NAME.finditer(text):
        family = match.group("family")
        # "Ms. Z. Gender: female": an alias's letter before an everyday word.
        after_alias_title = re.search(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Patient)\.? ?$", text[: match.start()])
        everyday = zipf_frequency(family, "en") >= 4.0 and not _looks_like_a_name_word(family)
        if family not in NOT_FAMILY_NAMES and not (after_alias_title and everyday):
            findings.append(
                _person_name(match, "An initial and a family name name a person; use a letter alias such as “Ms. A”")
            )
    for match in _GIVEN_NAME_AND_INITIAL.finditer(text):
        given = match.group("given")
        if given not in NOT_FAMILY_NAMES and given not in WORDS_BEFORE_A_LETTER:
            findings.append(
                _person_name(match, "A given name and an initial name a person; use a letter alias such as “Ms. A”")
            )
    for match in _CAPITALS_FAMILY_NAME.finditer(text):
        family, given = match.group("family"), match.group("given")
        # Chinese prose has no words in capitals but names and a few terms ("CAR T", "ANCA").
        in_chinese = among_han and given.lower() not in LATIN_TERMS_IN_CHINESE
        # Any word in capitals that is not an initialism, before a capitalised word that is not a common one.
        not_an_initialism = (
            family not in ACRONYMS and given not in NOT_FAMILY_NAMES and zipf_frequency(family, "en") < 4.5
        )  # not "PATIENT FROM Shenzhen"
        if (
            given in ENGLISH_GIVEN_NAMES
            or _has_family_name_ending(family.capitalize())
            or in_chinese
            or not_an_initialism
        ):
            findings.append(
                _person_name(
                    match,
                    "Looks like a person's full name (family name in capitals); use a letter alias such as “Ms. A”",
                )
            )
    for word in words:
        if (
            _STRONG_FAMILY_NAME_ENDING.fullmatch(word.group())
            and word.group() not in NOT_FAMILY_NAMES_WITH_NAME_ENDINGS
        ):
            findings.append(_person_name(word, "Looks like a family name; use a letter alias such as “Ms. A”"))
        elif _is_pinyin_nickname(word.group()):
            findings.append(_person_name(word, "Looks like a Chinese nickname; use a letter alias such as “Ms. A”"))
        elif _is_lone_given_name(text, word, among_han) or _is_word_used_as_a_name(text, word):
            findings.append(_person_name(word, "Looks like a given name; use a letter alias such as “Ms. A”"))
    return findings


_PINYIN_SYLLABLE_WORD = re.compile(rf"{_PINYIN_SYLLABLE}")


def _is_pinyin_nickname(word: str) -> bool:
    """ "Doudou", "Lele", "Xiaoyu": a pinyin syllable said twice, or 小 (xiao) and a syllable, is a nickname."""
    lower = word.lower()
    half = len(lower) // 2
    doubled = len(lower) % 2 == 0 and lower[:half] == lower[half:] and _PINYIN_SYLLABLE_WORD.fullmatch(lower[:half])
    little = lower.startswith("xiao") and len(lower) > 4 and _PINYIN_SYLLABLE_WORD.fullmatch(lower[4:])
    return bool(doubled or little) and zipf_frequency(lower, "en") < 3.5


def _is_lone_given_name(text: str, word: re.Match, among_han: bool) -> bool:
    """A known given name on its own ("Anna came back"), unless it is a word too (in English text) or starts
    a place's name."""
    name = word.group()
    also_a_word = name in GIVEN_NAMES_ALSO_WORDS or name in _CAPITALISED_NOT_NAMES
    if name not in ENGLISH_GIVEN_NAMES or (also_a_word and not among_han):
        return False
    before = text[: word.start()].split()
    return not (before and before[-1].rstrip(".") in PLACE_NAME_STARTS | {"St", "Ste", "Lake"})


# Words that parents give as names, many of them virtues: "Joy", "Blessing", "Victory", "Will". Capitalised
# inside a sentence, one of them is a name; at the start of one only where a person's verb or kin follows.
WORDS_GIVEN_AS_NAMES = frozenset(
    """
    Joy Grace Hope Faith Charity Mercy Patience Comfort Blessing Blessings Gift Precious Victory Justice Chance
    Hunter Dawn Will Bill Sunny Iris Amber Ruby Pearl Crystal Destiny Honour Honor Prudence Constance Constant
    Felicity Goodluck Godswill Favour Favor Peace Harmony Melody Sterling Rose Lily Daisy Ivy Holly Heather
    Violet Jasmine Sky River Storm Angel Happy Lucky Innocent Memory Trust Marvel Wisdom Unity Liberty Serenity
    Willow Jade Coral Ginger Treasure Promise Miracle Believe Praise Success Beauty Brilliant Loveth
    Min Jun Bo Na Sunshine Rain Snow Summer Autumn Winter Chase Bright Nuri
    """.split()
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|a|an|this|that|these|every|each|no|our|their|his|her|my|your|its|in|of|on|at|during|since|until"
    r"|last|next|early|late|mid|through|all)\s+$"
)
# A person's doing after a word at the start of a sentence: "Joy is a fighter", "Will drew a lion",
# "Chance's mother learned …".
_PERSON_AFTER = re.compile(
    r"(?:'s|’s) (?:twin )?(?:mother|father|mum|mom|dad|parents|family|sister|brother|grandmother|grandfather|aunt|uncle"
    r"|husband|wife|son|daughter|teacher|doctor|surgery|operation|first|favourite|favorite|platelets|blood|fever"
    r"|recovery|treatment|scan|kidneys?|heart|lungs?|diagnosis)\b"
    r"|, (?:our|my|her|his|their) (?:\w+ )?(?:miracle|girl|boy|baby|son|daughter|little one)\b| and I\b"
    r"|, aged \d|, (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months|years) old\b"
    r"| (?:is|was) (?:a|an|the|my|our) (?:\w+ )?(?:fighter|girl|boy|child|baby|person|woman|man|student"
    r"|teacher|patient|daughter|son|mother|father|nurse|engineer|one)\b"
    r"| (?:said|says|drew|told|asked|cried|smiled|laughed|slept|walked|learned|learnt|wrote|whispered|recalls"
    r"|grins|grinned|hugged|waved|sang|played|ran|danced|spent|turned|celebrated|loves|wanted|wants|held|holds"
    r"|remembers|stood|sat|woke|ate|thanked|now volunteers|is back|was born|had been"
    r"|came (?:from|to|back|home)|went (?:to|back|home)|arrived (?:from|in|at))\b"
)


_SENTENCE_OPENERS = frozenset(
    "For With To And But So Then When After Before Ask Thank Thanks Dear Meet Tell Call Hi Hello Welcome".split()
)


def _is_word_used_as_a_name(text: str, word: re.Match) -> bool:
    """A word parents give as a name, used as one: inside a sentence and capitalised ("knew Iris by the end",
    "Our thoughts are with Joy"), or opening one with a person's verb or kin after it ("Gift is a fighter")."""
    name = word.group()
    if name not in WORDS_GIVEN_AS_NAMES:
        return False
    before = text[: word.start()]
    after = text[word.end() :]
    if re.match(r"[ -][A-Z]", after) or _DETERMINER_BEFORE.search(before):
        return False  # part of a longer name ("Hope Foundation", "Victory Day"), or a thing ("in Summer")
    title_word = re.search(r"([A-Z][a-z]+) (?:and|of|&) $", before)
    if title_word and title_word.group(1) not in WORDS_GIVEN_AS_NAMES | ENGLISH_GIVEN_NAMES:
        return False  # a title, "War and Peace"; not twins, "Sunny and Patience"
    if re.search(r"\b(?:Little|little|Baby|baby) $", before):
        return True  # "Little Will slept through the flight"
    opening = re.search(r"(?:^|[.!?]\s+|[“\"‘']|:\s+)$", before)
    if not opening:
        previous = re.search(r"([A-Za-z]+)\W*$", before)
        # After a capitalised word, part of a name ("Project Hope"), unless that word only opens the sentence.
        return not (previous and previous.group(1)[0].isupper() and previous.group(1) not in _SENTENCE_OPENERS)
    return bool(_PERSON_AFTER.match(after))


# A name in capitals, as passports, bookings and forms write it: "SOKOLOV ANDREI", "LEE HYUN-WOO".
# Not letters that run into digits, a code's ("ANZCTR ACTRN12621000123456").
_NAME_IN_CAPITALS = re.compile(
    r"(?<![A-Za-z])[A-Z][A-Z'’]+(?:-[A-Z]+)?(?: {1,2}[A-Z][A-Z'’]+(?:-[A-Z]+)?){1,2}(?![A-Za-z0-9])"
)


# Two capitalised Cyrillic words ("Ольга Смирнова", "Ерлан Жаксылыков"), and a name as airline tickets
# and visas write it ("HADDAD/OMAR MR", "TSEND/ENKHJARGAL MS").
_CYRILLIC_NAME = re.compile(
    r"(?<![А-Яа-яЁё])[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+(?: [А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+)?(?![А-Яа-яЁё])"
)
# Greetings and thanks that open a Cyrillic message in Chinese or English text: "Здравствуйте！我哥哥想问…".
_CYRILLIC_WORDS_NOT_NAMES = frozenset(
    "Здравствуйте Здравствуй Привет Спасибо Добрый Доброе Доброй Уважаемые Уважаемый Пожалуйста Извините Салем"
    " Сәлеметсіз Рахмет Баярлалаа Большое Новый Новым Новом Маме Мама Мамы Папе Папа Бабушке Дедушке Сыну Дочке"
    # and the words a story uses for a patient it does not name: "Пациент К.", "Больная М."
    " Пациент Пациентка Больной Больная Ребёнок Ребенок".split()
)
# Russian and Kazakh letters in Latin, for Cyrillic place names that the Latin lists know: "Алматы" (Almaty).
_CYRILLIC_TO_LATIN = str.maketrans(
    dict(
        zip(
            "абвгдезийклмнопрстуфыэәғқңөұүһі",
            "abvgdeziyklmnoprstufyeagknouuhi",
            strict=True,
        )
    )
    | {
        "ё": "yo",
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ь": "",
        "ю": "yu",
        "я": "ya",
    }
)


def _is_cyrillic_place(word: str) -> bool:
    """A Cyrillic word that, written in Latin letters, is a known place ("Новосибирск", "Алматы")."""
    latin = word.lower().translate(_CYRILLIC_TO_LATIN).capitalize()
    return " " not in word and latin in known_places()


def _is_cyrillic_name_pair(pair: str, text: str) -> bool:
    """A pair of words with a family name's ending, never a known place or a greeting; in lower case only in
    Chinese text or text that is mostly not Cyrillic."""
    given, family = pair.split()
    if given in _CYRILLIC_WORDS_NOT_NAMES or _is_cyrillic_place(given) or _is_cyrillic_place(family):
        return False
    if given[0].isupper() and family[0].isupper():
        return True
    # In lower case, not "-ин" ("витамин", "медицина"), and not two words of one ending ("результатов анализов").
    return (
        given.islower()
        and family.islower()
        and not family.endswith(("ин", "ина"))
        and not given.endswith(_CYRILLIC_FAMILY_NAME_ENDINGS)
        and (any(is_han(character) for character in text) or not _mostly_written_in(_CYRILLIC_LETTERS, text))
    )


# A name in Arabic script among other writing: two or three words ("فاطمة حسن 的家属咨询", "زهرا کریمی").
_ARABIC_LETTER = "[\u0620-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"
_ARABIC_SCRIPT_NAME = re.compile(f"{_ARABIC_LETTER}{{2,}}(?: {_ARABIC_LETTER}{{2,}}){{1,2}}")
# Greetings and words of a message in Arabic or Persian that are no names.
_ARABIC_SCRIPT_NOT_NAMES = frozenset(
    "السلام عليكم مرحبا شكرا شكراً أنا انا سلام ممنون مرسی"
    # and the words of an address or a form: number, room, street, building, flat, phone, address, floor
    " رقم الغرفة غرفة شارع مبنى شقة الهاتف هاتف العنوان عنوان الطابق".split()
)


# A name after "я" or "меня зовут" in a Cyrillic message: "Здравствуйте, я Нурлан Абишев, хочу …".
_CYRILLIC_NAME_INTRODUCED = re.compile(
    r"(?:^|[\s,])(?:я|Я|меня зовут|Меня зовут|это|Это)\s(?P<name>[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+"
    r"(?: [А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+)?)"
)
# A Cyrillic given name and family name, whatever the case, the family name known by its ending
# ("Нурлан Касымов", "дмитрий кузнецов", "алия жакупова", "Анна Шевченко").
_CYRILLIC_FAMILY_NAME_ENDINGS = (
    "ов",
    "ова",
    "ев",
    "ева",
    "ёв",
    "ёва",
    "ин",
    "ина",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "енко",
    "вич",
    "вна",
)
_CYRILLIC_FAMILY_NAME_PAIR = re.compile(
    r"(?<![А-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ])(?P<name>[А-ЯЁа-яёӘәІіҢңҒғҮүҰұҚқӨөҺһ]{2,} "
    rf"[А-ЯЁа-яёӘәІіҢңҒғҮүҰұҚқӨөҺһ]{{2,}}(?:{'|'.join(_CYRILLIC_FAMILY_NAME_ENDINGS)}))"
    r"(?![А-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ])"
)


# A speaker's name opening a line of a chat or an interview: "Imran: still a bit tired", "Duc Anh: …".
# The speaker of a forwarded chat line, perhaps with the role in brackets: "Aziz (interpreter): …".
_SPEAKER = re.compile(
    r"^(?P<speaker>(?P<name>[A-ZÀ-Þ][a-zà-ÿ]{1,})(?: [A-ZÀ-Þ][a-zà-ÿ]+)?)"
    r"(?: \((?:interpreter|translator|nurse|doctor|mum|mom|dad|mama|papa|wife|husband|son|daughter)\))?:"
)
# Words that open a line with a colon without being a name.
_LINE_LABELS = frozenset(
    """
    Glossary Caption Diagnosis Impression Plan Note Notes Summary Address Name Date Age Sex Gender Nationality
    Ward Department Interpreter Translator Photo Video Source Timeline Day Week Update Re Subject From To Cc Tel
    Fax Email Phone Mobile Allergies History Medication Medications Outcome Treatment Contact Patient Doctor
    Nurse Mother Father Guardian Signed Links Link Result Results Reason Question Answer Step Tip Warning
    Rx Dx Hx Tx Sx Fx
    """.split()
)
# After a role and a colon comes a name: "Interpreter: Le Thu Trang", "Emergency contact: Jerome Bautista".
_NAME_AFTER_ROLE_LABEL = re.compile(
    r"\b(?i:Interpreter|Translator|Contact|Emergency contact|Next of kin|Guardian|Caregiver|Coordinator|Signed|"
    r"Mother|Father|Patient|Name)\s?:\s?(?P<name>[A-ZÀ-Þ][\wÀ-ÿ'-]+(?: [A-ZÀ-Þ][\wÀ-ÿ'-]+){0,3})"
)
# Someone addressed at the start of a quotation in English: "“Dariush, you can sit up now”".
_ENGLISH_VOCATIVE = re.compile(r"[“\"](?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[a-z]+)?),")
_PRONOUNS = frozenset("She He They We I It Her His Their Our My Your You The This That".split())
# Who spoke, after a quotation: "“Mama, I can walk now,” Lukas said."
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[,!?][”\"’']\s(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+) (?:said|says|asked|told|cried|whispered|replied|added|recalls|laughed"
    r"|smiled|shouted|wrote)\b"
)
# A name given or used: "her parents named her Comfort", "a little girl called Vera", "everyone calls him Ploy";
# not a thing so called ("a drug called Humira", "a village called Kok-Tobe"), which the check below leaves.
_NAMED_OR_CALLED = re.compile(
    r"\b(?P<before>\w+)\s(?:named|called|calls|nicknamed)\s(?P<whom>(?:him|her|them|the baby|the boy|the girl)\s)?"
    r"(?P<name>[A-Z][a-z]{2,})\b"
)
_PEOPLE_SO_NAMED = frozenset("girl boy baby son daughter child woman man lady gentleman twin parents".split())
_THINGS_SO_CALLED = frozenset(
    """
    condition disease syndrome drug medicine medication tablet pill programme program app village town city place
    hospital clinic procedure technique operation group company foundation fund website site channel project
    scheme initiative tool device machine test method book film song street road district region area
    """.split()
)
# A name in a passport's machine-readable line: "P<RUSWATANABE<<AOI<<<<".
_MACHINE_READABLE_NAME = re.compile(r"\bP<[A-Z]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)")
# In capitals: a title and a name ("THANK YOU DR PARK"), and a family name, a comma, a given name ("ORTIZ, Andrés").
_TITLE_IN_CAPITALS = re.compile(r"\b(?:DR|MR|MRS|MS|PROF)\.? (?P<name>[A-Z]{2,}(?:-[A-Z]+)?)\b")
_CAPITALS_COMMA_GIVEN = re.compile(r"\b(?P<name>(?P<family>[A-Z]{2,}(?:-[A-Z]+)?), (?P<given>[A-ZÀ-Þ][a-zà-ÿ]+))\b")
# A lower-case name as the subject of a message's sentence: "ok we will come at 9, reza is scared".
_LOWER_CASE_SUBJECT = re.compile(
    r"(?:^|, )(?P<name>[a-z]{3,}(?:-[a-z]{2,})?) "
    r"(?:is|says|was|will|has|misses|wants|said|asked|asks|writes|wrote|needs|needed|feels|felt|cried|cries|loves)\b"
)
_TICKET_NAME = re.compile(r"(?<![A-Za-z])[A-Z][A-Z'-]{3,}/[A-Z][A-Z'-]{3,}(?: (?:MR|MRS|MS|MISS|MSTR|DR))?(?![A-Za-z])")
# In a message written in lower case, a word after "my name is", "this is", "it's", a sign-off or a
# title or role ("my name is aru", "posted by imran", "dr zheng!!", "interpreter cao yong") that English
# hardly uses.
_LOWER_CASE_NAME_AFTER = re.compile(
    r"\b(?:(?i:my name is|my name|call me|this is|it's|i am|i'm|the patient is|thank you|thank u|thanks|thx"
    r"|(?:hi|hello),? its)"
    # "patient" in lower case opening a message or a clause ("patient aziz rakhimov, nepali"), not "a 57-year-old
    # patient practises"
    r"|(?:^|(?<=[.!?:;,] ))[Pp]atient"
    r"|posted by|sent by|written by|signed|(?i:regards)|u all|tell"
    r"|(?i:photo by|photo courtesy of|interpreter|translator|full name|name:|sign:|signature:|from:|dear|hi|hello)"
    r"|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|nurse|professor|prof\.?|director)"
    r",?\s+(?P<name>[a-z]{2,}(?: [a-z]{2,})?)\b"
    # Opening a message, before where the writer is from and what they ask: "aziz from cebu asks about …",
    # "rhea mae here"
    r"|(?:^|(?<=\] ))(?P<opening>[a-z]{2,}(?: [a-z]{2,})?)(?= from [a-z]+(?: [a-z]+)? (?:asks|writes|says)\b| here\b)"
)


def _overlapping_matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """Every match, also those starting inside an earlier one: "hi its arash", "dear director du xinyi"."""
    position = 0
    while match := pattern.search(text, position):
        yield match
        position = match.start() + 1


# Lower-case words after "sent by" or a title that are no name: how a thing is sent ("sent by courier"),
# and the abbreviations of a chat ("doctor pls advise").
_NOT_NAMES_AFTER_A_TITLE_OR_SENDER = frozenset(
    "courier post mail email airmail express hand fax pls plz thx asap alias".split()
)


def _is_verb_ending_in_s(word: str) -> bool:
    """ "recommends", "prays": a lower-case word made of an everyday English word and -s is a verb (or a
    plural), not a name; given names that end so ("miles", "james") are left to the name lists."""
    return (
        word.endswith("s")
        and len(word) >= 5
        and zipf_frequency(word[:-1], "en") >= 4.0
        and word.capitalize() not in ENGLISH_GIVEN_NAMES
    )


# A hashtag made of a name: "#LaylaStrong", "#ZhanarFighter".
_NAME_HASHTAG = re.compile(
    r"#(?P<name>[A-Z][a-z]{2,})(?:Strong|Fighter|Warrior|Journey|Fights|Wins|Story|Family)\b"
    r"|#(?:HelpFor|StrongLike|PrayFor|SaveFor|Save|Help|Pray|Support|Hope[Ff]or)(?P<helped>[A-Z][a-z]{2,})\b"
)


# A Latin name in Chinese text beside a word for kin or after 叫他: "Aika的妈妈", "亲切地叫他Bata".
_LATIN_NAME_BESIDE_CHINESE_KIN = re.compile(
    r"(?<![A-Za-z])(?P<name>[A-Z][a-z]{2,})(?=的?(?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥|姐姐|哥哥|弟弟|妹妹|父母|家人))"
)
_LATIN_NAME_CALLED_IN_CHINESE = re.compile(r"(?<=叫[他她])\s?(?P<name>[A-Z][a-z]{2,})(?![A-Za-z])")


def _a_latin_name_among_chinese(match: re.Match) -> bool:
    name = match["name"]
    return name not in known_places() and name not in MEDICAL_PROPER_NOUNS and name not in _CAPITALISED_NOT_NAMES


def _rare_and_no_label(name: str, rarer_than: float) -> bool:
    return zipf_frequency(name, "en") < rarer_than and name.capitalize() not in _LINE_LABELS


# A word, whatever its case, after the words that introduce a name in Chinese ("患儿名叫vera", "我是kolya",
# "留言人：tiko"), or in lower case after "a girl called" in English ("a girl called blessing").
_LATIN_NAME_INTRODUCED = re.compile(
    r"(?:名叫|叫做|取名|起名|我是|我叫|留言人[:：]|签名[:：]|联系人[:：])\s?"
    r"(?P<name>[A-Za-z][a-z]{2,}(?: [A-Za-z][a-z]{2,})?)(?![A-Za-z])"
)
_LOWER_CASE_NAME_CALLED = re.compile(r"\b(?:girl|boy|baby|son|daughter|child) (?:named|called) (?P<name>[a-z]{3,})\b")
# A Korean family name before a given name of two romanised syllables joined by a hyphen, in any case:
# "Park Ha-eun", "kang ji-hoon", "Han Ha-eun".
_KOREAN_NAME = re.compile(r"\b(?P<name>(?P<family>[A-Za-z][a-z]{1,4}) (?P<given>[A-Za-z][a-z]{0,3}-[a-z]{1,4}))\b(?!-)")
# A name after a title in Russian, in lower case: "господин Смирнов", "доктору Нурлан".
_CYRILLIC_NAME_AFTER_A_TITLE = re.compile(
    r"(?<![а-яё])(?:господин|госпожа|господину|госпоже|доктор|доктору|доктора|врач|пациент|пациентка)"
    r"\s(?P<name>[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?)"
)


# Korean family names that are English words too: names only before a romanised given name ("Park Ha-eun").
_KOREAN_FAMILY_NAMES_ALSO_WORDS = frozenset("Park Han Song Oh Jeon Moon".split())
_ROMANISED_KOREAN_SYLLABLE = re.compile(
    r"(?:[bcdghjklmnpstwy]|ch|sh|kk|tt|pp|ss|jj)?(?:[aeiou]{1,2}|y[aeiou]{1,2}|w[aeiou]{1,2})(?:ng|n|m|k|p|l|r|t)?"
)


def _is_korean_name(match: re.Match) -> bool:
    family, given = match["family"].capitalize(), match["given"].lower()
    return family in KOREAN_FAMILY_NAMES | _KOREAN_FAMILY_NAMES_ALSO_WORDS and all(
        _ROMANISED_KOREAN_SYLLABLE.fullmatch(part) for part in given.split("-")
    )


# Each form of a name with what its match must also pass to be one.
_NAME_FORMS = (
    (
        _NAME_AFTER_ROLE_LABEL,
        lambda match: (
            match["name"].split()[0].rstrip(".").capitalize() not in _ALIAS_WORDS
            and match["name"] not in NOT_FAMILY_NAMES
        ),
    ),
    (_ENGLISH_VOCATIVE, lambda match: _rare_and_no_label(match["name"], 3.5)),
    (_TITLE_IN_CAPITALS, lambda match: True),
    (_SPEAKER_AFTER_QUOTE, lambda match: match["name"] not in _CAPITALISED_NOT_NAMES | _PRONOUNS),
    (_MACHINE_READABLE_NAME, lambda match: True),
    (
        _LATIN_NAME_INTRODUCED,
        lambda match: (
            match["name"].lower() not in _NOT_IN_A_NAME_SLOT
            and match["name"].split()[0].capitalize() not in _MONTHS_AND_DAYS
        ),  # "我是November 2010在你们医院做的手术"
    ),
    (_LOWER_CASE_NAME_CALLED, lambda match: match["name"] not in _NOT_IN_A_NAME_SLOT),
    (_KOREAN_NAME, _is_korean_name),
    (_CYRILLIC_NAME_AFTER_A_TITLE, lambda match: True),
    (_LATIN_NAME_BESIDE_CHINESE_KIN, _a_latin_name_among_chinese),
    (_LATIN_NAME_CALLED_IN_CHINESE, lambda match: match["name"] not in MEDICAL_PROPER_NOUNS),
    (
        _NAMED_OR_CALLED,
        lambda match: (
            match["before"].lower() not in _THINGS_SO_CALLED
            and match["name"] not in _ALIAS_WORDS  # "here the patient is called Mrs. X"
            and match["name"].lower() not in _NOT_IN_A_NAME_SLOT
            # A place's name only where a person is named ("named her Nur", "a girl called Vera"), not
            # "he called Beijing his second home".
            and (match["name"] not in known_places() or match["whom"] or match["before"].lower() in _PEOPLE_SO_NAMED)
            and match["name"] not in MEDICAL_PROPER_NOUNS
            and not MEDICAL_WORD_ENDING.search(match["name"].lower())
        ),
    ),
    (
        _CAPITALS_COMMA_GIVEN,
        lambda match: match["family"] not in ACRONYMS and zipf_frequency(match["family"], "en") < 4.0,
    ),
    (
        _LOWER_CASE_SUBJECT,
        lambda match: _rare_and_no_label(match["name"], 3.0) and not MEDICAL_WORD_ENDING.search(match["name"]),
    ),
)


# A Korean name in Hangul among other writing: a family name and a given name, or a given name, of two or three
# syllables, perhaps with "씨" or "님" after it ("서연", "김동현", "박지은씨"). Not the words forms and addresses
# put there: districts, roads and cities end in 구, 로, 길, 시, 동, 도; labels, greetings and kin are listed.
_HANGUL_WORD = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,3}?)(?:씨|님)?(?![가-힣])")
_HANGUL_PLACE_ENDINGS = tuple("구로길시동도군읍면리")
_HANGUL_WORDS_NOT_NAMES = frozenset(
    "번호 서울 부산 한국 병원 환자 여권 이름 생일 주소 전화 감사 안녕 엄마 아빠 의사 수술 가족 선생님 간호사 고맙습니다"
    " 사랑해 축하 생년월일 성명 연락처 휴대폰 이메일 보험 번지 아파트".split()
)
# A Thai name among other writing ("พิมพ์ชนก รัตนกุล"): a Thai word of three letters or more, or two, that is
# none of the greetings, thanks, dates and places messages write in Thai.
_THAI_WORDS = re.compile(r"(?<![\u0E00-\u0E7F])[\u0E01-\u0E4E]{3,}(?: [\u0E01-\u0E4E]{3,})?(?![\u0E00-\u0E7F]| ?\d)")
_THAI_NOT_NAMES = re.compile(
    "ครับ|ค่ะ|คะ|ขอบคุณ|สวัสดี|ต้องการ|สอบถาม|เรื่อง|โรงพยาบาล|ทุกคน|มาก|วันที่|กรุงเทพ|จังหวัด|ถนน|ซอย|หมู่|ตำบล|อำเภอ"
    "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ประเทศไทย"
)


# Letters of the scripts whose names are looked for only in text mostly in another script.
_CYRILLIC_LETTERS = re.compile("[А-Яа-яЁё]")
_THAI_LETTERS = re.compile("[\u0e00-\u0e7f]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


def _mostly_written_in(letters: re.Pattern, text: str) -> bool:
    """Whether half the text or more is in these letters (a message in Russian, not a Russian name in English)."""
    return len(letters.findall(text)) >= len(text) / 2


def _hangul_and_thai_names(text: str) -> list[Finding]:
    reason = "Looks like a personal name; use a letter alias such as “Ms. A”"
    findings = [
        _person_name(match, reason, "name")
        for match in _HANGUL_WORD.finditer(text)
        if not match["name"].endswith(_HANGUL_PLACE_ENDINGS) and match["name"] not in _HANGUL_WORDS_NOT_NAMES
    ]
    if not _mostly_written_in(_THAI_LETTERS, text):
        findings += [_person_name(match, reason) for match in _THAI_WORDS.finditer(text)
                     if not _THAI_NOT_NAMES.search(match.group())]  # fmt: skip
    return findings


def _names_in_other_forms(text: str) -> list[Finding]:
    reason = "Looks like a personal name; use a letter alias such as “Ms. A”"
    findings = [_person_name(match, reason) for match in _TICKET_NAME.finditer(text)]
    findings += _hangul_and_thai_names(text)
    if not _mostly_written_in(_CYRILLIC_LETTERS, text):  # Cyrillic names in text that is not itself Cyrillic
        findings += [
            _person_name(match, reason)
            for match in _CYRILLIC_NAME.finditer(text)
            if match.group().split()[0] not in _CYRILLIC_WORDS_NOT_NAMES and not _is_cyrillic_place(match.group())
        ]
    findings += [_person_name(match, reason, "name") for match in _CYRILLIC_NAME_INTRODUCED.finditer(text)]
    # Arabic-script names in Chinese text, or in text mostly in other writing
    if any(is_han(character) for character in text) or not _mostly_written_in(_ARABIC_LETTERS, text):
        for match in _ARABIC_SCRIPT_NAME.finditer(text):
            words = [word for word in match.group().split() if word not in _ARABIC_SCRIPT_NOT_NAMES]
            if len(words) >= 2:
                start = match.start() + match.group().index(words[0])
                end = match.start() + match.group().rindex(words[-1]) + len(words[-1])
                findings.append(Finding("person_name", text[start:end], start, end, reason))
    findings += [
        _person_name(match, reason, "name")
        for match in _CYRILLIC_FAMILY_NAME_PAIR.finditer(text)
        if _is_cyrillic_name_pair(match["name"], text)
    ]
    findings += [
        _person_name(match, "A name in a hashtag; use a letter alias such as “Ms. A”", group)
        for match in _NAME_HASHTAG.finditer(text)
        for group in ("name", "helped")
        if match.group(group)
    ]
    speaker = _SPEAKER.match(text)
    if (
        speaker
        and speaker.group("name") not in _LINE_LABELS
        and zipf_frequency(speaker.group("name"), "en") < 3.5
        and not MEDICAL_WORD_ENDING.search(speaker.group("name").lower())
    ):
        findings.append(_person_name(speaker, reason, "speaker"))
    for pattern, is_a_name in _NAME_FORMS:
        findings += [_person_name(match, reason, "name") for match in pattern.finditer(text) if is_a_name(match)]
    for match in _overlapping_matches(_LOWER_CASE_NAME_AFTER, text):
        if re.search(r"\b(?i:the|a|an|our|her|his|my|their|your)\s$", text[: match.start()]):
            continue  # "the nurse greeted me": a word for someone's role, not a title
        name_group = "name" if match.group("name") else "opening"
        first_word = match.group(name_group).split()[0]
        if first_word in _NOT_NAMES_AFTER_A_TITLE_OR_SENDER or _is_a_verb_form(first_word):
            continue  # "sent by courier", "doctor pls advise", "our doctor recommends", "the doctor prescribed"
        if _looks_like_a_typo(first_word) or first_word in LATIN_LETTER_GREETINGS:
            continue  # "dear hopsital", "hi, waht documents", "hi, salam"
        words = match.group(name_group).split()
        name_words = []
        after_title = re.match(
            r"(?:dr|doctor|mr|mrs|ms|nurse|professor|prof|interpreter|translator)\b", match.group().lower()
        )
        # After a role a verb may follow instead ("the professor joked"): only a rarer word is a name there.
        after_role = re.match(r"(?:professor|prof|interpreter|translator)\b", match.group().lower())
        rarer_than = 3.0 if after_role else 3.8
        # A pinyin family name and given name ("yang xiaomei", "ma wei"), and a given name as common as
        # "pierre" before a rare family name ("pierre kowalski"), are names though English has the first word.
        pinyin_pair = (
            len(words) == 2
            and words[0].capitalize() in PINYIN_FAMILY_NAMES
            and _PINYIN_WORD.fullmatch(words[1])
            and zipf_frequency(words[1], "en") < rarer_than
        )
        if len(words) == 2 and zipf_frequency(words[1], "en") < 3.0:
            rarer_than = max(rarer_than, 4.0)
        for word in words:
            pinyin_family = (after_title or pinyin_pair) and word.capitalize() in PINYIN_FAMILY_NAMES
            # Of two letters, only a family name that is no everyday word ("lu", "ma"; not "he", "an").
            if (len(word) < 3 and not (pinyin_family and zipf_frequency(word, "en") < 5.0)) or (
                not pinyin_family and (zipf_frequency(word, "en") >= rarer_than or MEDICAL_WORD_ENDING.search(word))
            ):
                break
            name_words.append(word)
        if name_words:
            end = match.start(name_group) + len(" ".join(name_words))
            findings.append(
                Finding(
                    "person_name",
                    text[match.start(name_group) : end],
                    match.start(name_group),
                    end,
                    "Looks like a personal name; use a letter alias such as “Ms. A”",
                )
            )
    return findings


# Slots a sentence keeps for a name: whatever word fills one is a name, however common it is otherwise
# ("Hope Day was admitted", "Joy, her eldest,", "Rose remembers"). Everyday words that fill the same
# slots (pronouns, words for people, time words) are left out by `_NOT_IN_A_NAME_SLOT`.
_NOT_IN_A_NAME_SLOT = frozenset(
    """
    i me you he she it we they him her us them my your his its our their this that these those the a an
    everyone everybody someone somebody nobody anyone all both each every one some many most few others
    who which what then now later today tonight tomorrow yesterday soon here there also still never finally
    meanwhile afterwards however instead together mama papa mum mom dad mummy daddy granny grandma grandpa
    auntie uncle doctor doctors nurse nurses patient patients staff team family parents children kids mother
    father people reports tests scans results surgeons physicians everyone's in on at after before during since
    from with without by for to of into hello hi hey greetings thanks
    """.split()
) | frozenset(word.lower() for word in RELATION_WORDS)
_PERSONS_VERB = (
    r"(?:still |now |also |then |never |later |finally )?"
    r"(?:says|said|told|tells|remembers|remembered|recalls|recalled|laughs|laughed|smiles|smiled|cried|cries"
    r"|wanted|wants|decided|drove|flew|walked|hugged|thanked|hopes|hoped|misses|missed|was admitted"
    r"|had been on|had never been to|has been on|was diagnosed|was born|underwent|is a \d|turned \d+|brought"
    r"|was only (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)"
    r"|had already been|has already had|complained|complains|once complained|is \d{1,2} and|admitted to|admitted with"
    r"|discharged (?:home|to))\b"
)
_NAME_BEFORE_A_PERSONS_VERB = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=: )|(?<=[“\"]))"
    r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}|[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?) " + _PERSONS_VERB
)
# A name before an apposition that says who the person is: "Joy, her eldest, …", "Aigul, a 14-year-old …".
_NAME_BEFORE_WHO_THEY_ARE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?|[a-z][a-z'’-]+ [a-z][a-z'’-]+), "
    rf"(?:(?:her|his|their|my|our) (?:[\w-]+-speaking )?"
    rf"(?:eldest|youngest|oldest|elder|younger|only|twin|late|coordinator|{'|'.join(RELATION_WORDS)})"
    r"|(?:a|an) \d+[- ](?:year|yr|month)s?[- ]old\b|\d{1,3}(?=,))"
)
# A photo caption's name before where the person stands: "Madam Oh (centre)", "Auntie C. Asanova (left)".
_NAME_IN_A_CAPTION = re.compile(
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Madam|Auntie|Aunt|Uncle|Grandma|Grandpa|Prof|Professor|Nurse)\.? )?"
    rf"(?:[A-Z]\. )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?|[{HAN_CHARACTERS}]{{2,5}}) "
    r"\((?:centre|center|left|right|middle|front|back|seated|standing|second (?:from )?(?:left|right)|far left"
    r"|far right)\)"
)
# Names in a list, signed as a family or said to be related: "from Marat and family", "from all of us,
# thu trang and the kids", "Faith, Blessing and Precious are sisters".
_NAMES_AND_FAMILY = re.compile(
    r"\b(?i:from|of us,|love,)\s+(?P<name>[A-Za-z][A-Za-z'’-]+(?: [A-Za-z][A-Za-z'’-]+)?) and "
    r"(?:the |her |his |our |my )?(?:family|kids|children|girls|boys|whole family)\b"
)
_NAMES_SAID_RELATED = re.compile(
    r"(?P<names>[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+) are "
    r"(?:sisters|brothers|twins|cousins|siblings|friends|best friends|neighbours|neighbors)\b"
)
# A lower-case name after a word for a relative, or after "tell" in a message: "her brother temirlan,",
# "ok i will tell dana tonight".
_LOWER_CASE_NAME_AFTER_RELATION = re.compile(
    rf"\b(?:{'|'.join(RELATION_WORDS)}) (?P<name>[a-z]{{3,}}(?:-[a-z]+)?(?: [a-z]{{2,}})?)(?=[,.;!?’']| |$)"
)
_NAME_TOLD_SOMETHING = re.compile(
    r"\b(?:tell|ask|call|text|thank|told|asked)\s+(?P<name>[a-z]{3,}) "
    r"(?:tonight|today|tomorrow|now|later|soon|that|about|when|if)\b"
)
# "my name is Dawn Fisher", "hi this is Comfort,", "We thank Innocent for …", "Photo: Justice with his
# football": after these words a name stands whatever it is.
_NAME_AFTER_MY_NAME_IS = re.compile(
    r"\b(?i:my name is|my name's|i am called|call me)\s+(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)"
    r"|\b(?i:this is) (?P<caller>[A-Z][a-z'’-]+)(?=[,!])"
    r"|\b(?i:we thank|thanks to|thank you,?) (?P<thanked>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),? for\b"
    r"|^(?i:photo|picture|pictured):? (?P<pictured>[A-Za-z][a-z'’-]+(?: [A-Za-z][a-z'’-]+)?) with\b"
    r"|^(?P<captioned>[A-Z][a-z'’-]+) with (?:the|her|his|their) "
    r"(?:team|family|doctors|nurses|surgeons|mother|father)\b"
    # Addressed in a quotation and told something: "“Ruby, you can open your eyes now,”".
    r"|[“\"](?P<addressed>[A-Z][a-z'’-]+), (?:you|your|we|it's|don't|please|can you|look)\b"
    # Signing a message in the third person: "Zhou again :)", "wang fang here,".
    r"|(?:^|(?<=[!.,] )|(?<=!! )|(?<=\bits )|(?<=\bit's ))"
    r"(?P<signing>[A-Za-z][a-z'’-]+(?: [a-z][a-z'’-]+)?) (?:here|again)(?=[,.!:;)]| :)"
)
# A senior clinician's title and a family name: "Chief Physician Zhang", "Head Nurse Liu".
_SENIOR_TITLE_AND_NAME = re.compile(
    r"\b(?:Chief|Attending|Senior|Head|Associate Chief|Deputy Chief) (?:Physician|Surgeon|Nurse|Doctor|Pharmacist)"
    r" (?P<name>[A-Z][a-z]+)\b"
)


# A word in lower case inside English prose ("The operation on nurlan lasted", "It was marta's visit").
_LOWER_CASE_WORD = re.compile(r"(?<![\w@./#:%&=?'’-])(?P<word>[a-z]{4,})(?:['’]s)?(?![\w@/-]|\.[a-z])")
# English hardly ever uses a word this rare (wordfreq's Zipf scale; 1.0 is one in a thousand million words).
ENGLISH_LACKS = 1.0
# Rare words the stories use that are not names: districts, currencies, greetings and dishes of the patients' countries,
# Chinese medicine's massage, and the misspellings of the hospital's everyday words that messages carry.
_RARE_WORDS_NOT_NAMES = frozenset(
    """
    aimag aimags oblast khoroo raion rayon okrug wilaya barangay kelurahan kecamatan amphoe tambon mahalla
    tugrik tugriks togrog tenge manat somoni soum lari dram rial riyal dirham dinar ringgit rupiah baht kyat taka
    afghani dobryi dobriy dobry privet salam salem assalomu alaykum zdravstvuyte spasibo bolshoe rahmet sain baina
    khorosho pozhaluysta baursak baursaks
    plov manti beshbarmak kumis kymyz shubat lagman samsa buuz khuushuur airag pasport tuina
    hosptal hospitel hospitol hopital surgary surgury pacient paciente pacienta
    """.split()
)


def _lower_case_words_english_lacks(text: str, herbs: list[re.Match]) -> list[Finding]:
    """Lower-case words English lacks that are neither medical words nor herbs (`herbs`, the text's herb
    names): most often names typed in lower case."""
    return [
        _person_name(match, "Looks like a name typed in lower case; use a letter alias such as “Ms. A”", "word")
        for match in _LOWER_CASE_WORD.finditer(text)
        if (
            zipf_frequency(match["word"], "en") < ENGLISH_LACKS
            or (match["word"].capitalize() in ENGLISH_GIVEN_NAMES and zipf_frequency(match["word"], "en") < 3.5)
        )
        and match["word"] not in _RARE_WORDS_NOT_NAMES | LATIN_LETTER_GREETINGS
        and match["word"].capitalize() not in MEDICAL_PROPER_NOUNS
        and not _looks_like_a_typo(match["word"])
        and not MEDICAL_WORD_ENDING.search(match["word"])
        and not _MEDICAL_WORD_START.match(match["word"])
        and not any(herb.start() <= match.start() < herb.end() for herb in herbs)
        and not _GLOSS_BEFORE.search(text, 0, match.start())
        and not names_a_thing(text, match.start("word"), match.end("word"))
    ]


# Two lower-case words that may be a Chinese family name and given name: "gao jianhua", "xu ning".
_LOWER_CASE_WORD_PAIR = re.compile(
    r"(?<![\w@./#:%&=?-])(?P<family>[a-z]{1,6}) (?P<given>[a-z]{2,12})(?![\w@/-]|\.[a-z])"
)


def _is_lower_case_pinyin_name(family: str, given: str) -> bool:
    """A pinyin family name English seldom uses as a word ("gao", "xu", "sun"; not "he", "long") before a pinyin
    given name English hardly uses ("jianhua", "ning"; not "bang")."""
    return (
        family.capitalize() in PINYIN_FAMILY_NAMES
        and family != given  # "xie xie", thanks
        and zipf_frequency(family, "en") < 5.0
        and bool(_PINYIN_WORD.fullmatch(given))
        and zipf_frequency(given, "en") < 3.0
        and not _looks_like_a_typo(given)
    )


def _lower_case_pinyin_names(text: str) -> list[Finding]:
    return [
        _person_name(match, "Looks like a Chinese name typed in lower case; use a letter alias such as “Ms. A”")
        for match in _overlapping_matches(_LOWER_CASE_WORD_PAIR, text)
        if _is_lower_case_pinyin_name(match["family"], match["given"])
    ]


@cache
def _looks_like_a_typo(word: str) -> bool:
    """An everyday English word as hurried messages type it: two neighbouring letters swapped ("relpy", "cmoe",
    "hospiatl"), letters struck twice ("frrom", "hellpp") or one left out ("prce", "dctor"). Not a name one
    letter from another name ("marta", "martha"), nor a wrong letter, which turns too many names into words."""
    if word.capitalize() in ENGLISH_GIVEN_NAMES:
        return False  # a name the lists know ("mohammed") is no typo of a spelling of it ("mohamed")
    if len(word) == 3:
        # "frm", "yuo": one of the commonest words with a letter left out or two swapped; not a short name of East
        # Asia ("thi lan" is no "this").
        if word.capitalize() in KOREAN_FAMILY_NAMES | PINYIN_FAMILY_NAMES:
            return False
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(2)} - {word}
        left_out = {word[:i] + letter + word[i:] for i in range(4) for letter in string.ascii_lowercase}
        return any(zipf_frequency(variant, "en") >= 6.6 for variant in swapped | left_out)  # not "ben", "been"
    if len(word) < 4:
        return False
    # The longer the word, the less likely a name is one letter from it: "prce" must be a very common word's
    # typo ("nana" is one swap from "anna"), "intterpreter" may be a rarer one's.
    common = 5.0 if len(word) == 4 else 4.5 if len(word) == 5 else 3.9 if len(word) < 8 else 3.5
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}
    struck_twice = {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    struck_twice.add(re.sub(r"(.)\1+", r"\1", word))
    # Not an "s" left off the end: "hunter" is no typo of "hunters". Past seven letters, a letter left out as well
    # as one struck twice ("daghterr", "coursss").
    left_out = {
        variant[:i] + letter + variant[i:]
        for variant in ({word} | struck_twice if len(word) > 7 else {word})
        for i in range(len(variant) + 1)
        for letter in string.ascii_lowercase
    }
    left_out.discard(word + "s")
    if any(zipf_frequency(variant, "en") >= (5.0 if len(word) == 4 else 4.0) for variant in swapped):
        return True  # a swap keeps every letter: "relpy" is "reply" even at five letters
    return any(
        zipf_frequency(variant, "en") >= common and variant.capitalize() not in ENGLISH_GIVEN_NAMES
        for variant in (struck_twice | left_out) - {word}
    )


# Medicine's combining forms, which start words no list has ("lymphodepleting", "hepatosplenic").
_MEDICAL_WORD_START = re.compile(
    r"(?:haplo|video|tele|lymph|hepat|nephr|cardi|neur|immun|myel|haem|hem|gastr|oste|derm|pneum|bronch|angi|cyt|onc|chemo|radi"
    r"|thromb|leuk|leuc|erythr|pancrea|chol|splen|arthr|my[oc]|enter|col|rhin|ot|ophthalm|encephal|pyel|cyst"
    r"|hyper|hypo|dys|anti|poly|pan|peri|endo|intra|extra|sub|supra|trans|post|pre|non)[a-z]{5,}"
)
# Inside the brackets that gloss a Chinese word: "何首乌 (fleeceflower root)".
_GLOSS_BEFORE = re.compile(f"[{HAN_CHARACTERS}]\\s?[(（][^)）]*$")


def _fills_a_name_slot(name: str, lower_case_rarer_than: float) -> bool:
    """Whether the words in a name slot may be a name: not an everyday word for people or times, a month,
    a day or a medical word, nor, in lower case, a word English uses this often."""
    words = name.split()
    if re.fullmatch(r"[A-Za-z]\.?-?(?:['’]s)?", name):
        return False  # a letter alias, or one cut short: "Ms. L-, a 49-year-old", "mr. x's mother"
    if len(words) == 2 and name.islower():
        if _is_lower_case_pinyin_name(*words):
            return True  # "my son sun meiling"
        if zipf_frequency(words[1], "en") < 2.0:
            lower_case_rarer_than = max(lower_case_rarer_than, 4.5)  # "mama grace wanjiku"
        elif zipf_frequency(words[1], "en") < 3.0:
            lower_case_rarer_than = max(lower_case_rarer_than, 4.0)  # "my son hassan jaber"
    if any(word.lower() in _NOT_IN_A_NAME_SLOT for word in words):
        return False
    if any(word in _MONTHS_AND_DAYS for word in words):
        return False
    if any(MEDICAL_WORD_ENDING.search(word.lower()) for word in words):
        return False
    # "my father prays", "her brother translating", "my son fainted", "my father egfr of 23": a verb, or a lab
    # measurement typed in lower case.
    if any(word.islower() and (_is_a_verb_form(word) or _is_lower_case_measurement(word)) for word in words):
        return False
    return not any(word.islower() and zipf_frequency(word, "en") >= lower_case_rarer_than for word in words)


def _is_a_verb_form(word: str) -> bool:
    """ "prays", "translating", "fainted": an English verb and -s, -ing or -ed, not a name that ends so
    ("miles", "sterling", "ahmed")."""
    return (
        _is_verb_ending_in_s(word)
        or _is_english_stem_and(word, "ing", common=3.5)
        or _is_english_stem_and(word, "ed", common=3.0)
    )


def _is_english_stem_and(word: str, ending: str, common: float) -> bool:
    """Whether `word` is an English word at least this common and `ending`, its e dropped or its last letter
    doubled before it ("translat|ing", "prescrib|ed", "stopp|ed")."""
    if not word.endswith(ending) or len(word) < 6:
        return False
    stem = word[: -len(ending)]
    stems = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return any(zipf_frequency(candidate, "en") >= common for candidate in stems)


def _is_lower_case_measurement(word: str) -> bool:
    """ "egfr", "hba1c": a measurement's initialism typed in lower case (the short ones, "ana", "alt", are
    words and names too)."""
    return len(word) >= 4 and word.upper() in MEASURE_NAMES


_MONTHS_AND_DAYS = frozenset(
    """
    January February March April May June July August September October November December Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)
# Each slot with how rare a lower-case word in it must be to be read as a name: where the slot is
# strong ("tell dana tonight", "from all of us, thu trang and the kids") a fairly common one still is.
_NAME_SLOTS = (
    (_NAME_BEFORE_A_PERSONS_VERB, 3.5),
    (_NAME_BEFORE_WHO_THEY_ARE, 3.5),
    (_NAME_IN_A_CAPTION, 3.5),
    (_NAMES_AND_FAMILY, 4.5),
    (_LOWER_CASE_NAME_AFTER_RELATION, 3.5),
    (_NAME_TOLD_SOMETHING, 5.5),
    (_NAME_AFTER_MY_NAME_IS, 4.5),
    (_SENIOR_TITLE_AND_NAME, 3.5),
)


def _names_in_their_slots(text: str) -> list[Finding]:
    reason = "The sentence keeps this place for a person's name; use a letter alias such as “Ms. A”"
    findings = []
    for pattern, lower_case_rarer_than in _NAME_SLOTS:
        for match in pattern.finditer(text):
            group = next(name for name, value in match.groupdict().items() if value)
            name = match.group(group)
            if group == "caller" and name in known_places():
                continue  # "This is Almaty, …"
            if is_han(name[0]) or _fills_a_name_slot(name.removeprefix(_title_of(name)), lower_case_rarer_than):
                findings.append(_person_name(match, reason, group))
            elif name.islower() and " " in name and _fills_a_name_slot(name.split()[0], lower_case_rarer_than):
                # The slot's second word is no part of the name: "my son nurlan is waiting".
                first = name.split()[0]
                start = match.start(group)
                findings.append(Finding("person_name", first, start, start + len(first), reason))
    for match in _NAMES_SAID_RELATED.finditer(text):
        for word in re.finditer(r"[A-Z][a-z]+", match.group("names")):
            if _fills_a_name_slot(word.group(), 3.5):
                start = match.start("names") + word.start()
                findings.append(Finding("person_name", word.group(), start, start + len(word.group()), reason))
    return findings


def _title_of(name: str) -> str:
    title = re.match(
        r"(?:Mr|Mrs|Ms|Miss|Dr|Madam|Auntie|Aunt|Uncle|Grandma|Grandpa|Prof|Professor|Nurse)\.? "
        r"(?:[A-Z]\. )?",
        name,
    )
    return title.group() if title else ""


def _names_in_capitals(text: str, among_han: bool = False) -> list[Finding]:
    findings = []
    for match in _NAME_IN_CAPITALS.finditer(text):
        words = [word.capitalize() for word in match.group().split()]
        if any(word.upper() in ACRONYMS or not re.search(r"[AEIOUY]", word.upper()) for word in words):
            continue
        # Chinese prose writes nothing in capitals but initialisms, a few English words ("HIGH RISK组") and
        # names: "LUCA ROSSI（老伴）".
        if among_han and all(
            len(word) >= 3 and word.lower() not in LATIN_TERMS_IN_CHINESE and zipf_frequency(word, "en") < 4.0
            for word in words
        ):
            findings.append(
                _person_name(
                    match, "Looks like a name in capitals, as on a passport; use a letter alias such as “A女士”"
                )
            )
            continue
        if any(MEDICAL_WORD_ENDING.search(word.lower()) for word in words):
            continue  # "IGA NEPHROPATHY", "APLASTIC ANAEMIA"
        # "DISCHARGE SUMMARY", "SLEDAI SCORE": an everyday English word among them that is no name.
        if any(
            len(word) >= 4 and zipf_frequency(word, "en") >= 4.0 and not _looks_like_a_name_word(word) for word in words
        ):
            continue
        if any(_looks_like_a_name_word(word) for word in words):
            findings.append(
                _person_name(
                    match, "Looks like a name in capitals, as on a passport; use a letter alias such as “Ms. A”"
                )
            )
    return findings + _names_in_shouted_text(text)


# A message typed all in capitals: four words or more in a row.
_SHOUTED_RUN = re.compile(r"(?<![A-Za-z])[A-Z'’-]+(?: [A-Z'’-]+){3,}(?![A-Za-z])")


def _names_in_shouted_text(text: str) -> list[Finding]:
    """In a message all in capitals, where runs of capitals cannot mark a name, two neighbouring words that
    read as one: a pinyin family and given name ("ZHANG WEI"), a known given name beside a rare word
    ("HADDAD TARIQ"), or two rare words that are no medical terms ("BUDI SANTOSO")."""
    findings = []
    for run in _SHOUTED_RUN.finditer(text):
        words = list(re.finditer(r"[A-Z'’-]+", run.group()))
        for first, second in zip(words, words[1:], strict=False):
            one, two = first.group().capitalize(), second.group().capitalize()
            if one.upper() in ACRONYMS or two.upper() in ACRONYMS:
                continue
            if any(MEDICAL_WORD_ENDING.search(word.lower()) for word in (one, two)):
                continue
            pinyin = (
                one in PINYIN_FAMILY_NAMES and _PINYIN_WORD.fullmatch(two.lower()) and zipf_frequency(two, "en") < 3.5
            )
            given_beside_rare = any(
                name in ENGLISH_GIVEN_NAMES and name not in GIVEN_NAMES_ALSO_WORDS and zipf_frequency(other, "en") < 3.0
                for name, other in ((one, two), (two, one))
            )
            both_rare = all(len(word) >= 4 and zipf_frequency(word, "en") < 2.0 for word in (one, two))
            if pinyin or given_beside_rare or both_rare:
                start = run.start() + first.start()
                end = run.start() + second.end()
                findings.append(
                    Finding(
                        "person_name",
                        text[start:end],
                        start,
                        end,
                        "Looks like a name in a message typed in capitals; use a letter alias such as “Ms. A”",
                    )
                )
    return findings


def _looks_like_a_name_word(word: str) -> bool:
    first = word.split("-")[0]
    return (
        word in ENGLISH_GIVEN_NAMES
        or first in PINYIN_FAMILY_NAMES
        or first in KOREAN_FAMILY_NAMES
        or _has_family_name_ending(word)
        or (len(word) >= 5 and zipf_frequency(word, "en") < 3.0)
    )


# In Chinese text: a family name in Han characters and the given name in pinyin ("吕Lei", "秦Na"), and a
# name in lower-case pinyin ("谢谢hu min医生", "翻译guo min全程陪同").
_FAMILY_NAME_AND_PINYIN = re.compile(f"[{HAN_CHARACTERS}](?P<given>[A-Z][a-z]{{1,5}})(?![A-Za-z])")
_LOWER_CASE_PINYIN_NAME = re.compile(
    r"(?<![A-Za-z])(?P<family>[a-z]{1,9}) (?P<given>[a-z]{1,12}(?:[- ][a-z]{1,6})?)(?![A-Za-z])"
)


_LATIN_PAIR_ANY_LETTERS = re.compile(
    r"(?<![A-Za-zÀ-ɏ])[A-ZÀ-ÞİŞÇĞ][a-zà-ÿıışçğ]+ [A-ZÀ-ÞİŞÇĞ][a-zà-ÿıışçğ]+(?![A-Za-zÀ-ɏ])"
)
_EAST_ASIAN_IN_LOWER_CASE = frozenset(name.lower() for name in KOREAN_FAMILY_NAMES)


def _pinyin_in_chinese_text(text: str) -> list[Finding]:
    reason = "Looks like a personal name; use a letter alias such as “A女士”"
    findings = [
        _person_name(match, "Looks like a personal name; use a letter alias such as “A女士”")
        for match in _LATIN_PAIR_ANY_LETTERS.finditer(text)
        if not match.group().isascii() and not {word.lower() for word in match.group().split()} & LATIN_TERMS_IN_CHINESE
    ]
    for match in _FAMILY_NAME_AND_PINYIN.finditer(text):
        if text[match.start()] in CHINESE_FAMILY_NAMES and _PINYIN_WORD.fullmatch(match.group("given").lower()):
            findings.append(_person_name(match, "Looks like a personal name; use a letter alias such as “A女士”"))
    for match in _LOWER_CASE_PINYIN_NAME.finditer(text):
        family, given = match.group("family"), match.group("given")
        pinyin = family.capitalize() in PINYIN_FAMILY_NAMES and _PINYIN_WORD.fullmatch(given)
        # "svetlana kuznetsova": a given name or a family-name ending, in lower case
        other = (
            family.capitalize() in ENGLISH_GIVEN_NAMES
            or _has_family_name_ending(given.capitalize())
            or family in _EAST_ASIAN_IN_LOWER_CASE
        )
        if {family, *given.split()} & LATIN_LETTER_GREETINGS:
            continue  # "Salom, onam … bilan kasal, yordam bering": a message in Uzbek
        if pinyin or other:
            findings.append(
                _person_name(match, "Looks like a personal name in pinyin; use a letter alias such as “A女士”")
            )
    # A name in Latin letters before a title: "Haddad女士", "Sukh先生".
    findings += [_person_name(match, reason, "name") for match in _LATIN_NAME_BEFORE_TITLE.finditer(text)]
    # A name in Latin letters typed in lower case, neither word English: "batbayar ganbold从小…".
    findings += [
        _person_name(match, reason)
        for match in _LOWER_CASE_LATIN_PAIR.finditer(text)
        if all(
            zipf_frequency(word, "en") < 2.5 and word not in LATIN_LETTER_GREETINGS for word in match.group().split()
        )
    ]
    # A full name in pinyin run together, as user names and e-mail boxes write it: "songhaoran".
    for match in _JOINED_PINYIN.finditer(text):
        word = match.group()
        family = next(
            (
                family
                for family in (word[:5], word[:4], word[:3], word[:2])
                if family.capitalize() in PINYIN_FAMILY_NAMES
            ),
            "",
        )
        # Not a greeting or another word of the patients' languages that splits like pinyin ("bai|na").
        if word in _RARE_WORDS_NOT_NAMES:
            continue
        if family and _PINYIN_WORD.fullmatch(word[len(family) :]) and zipf_frequency(word, "en") < 1.0:
            findings.append(
                _person_name(match, "Looks like a personal name in pinyin; use a letter alias such as “A女士”")
            )
    return findings


_JOINED_PINYIN = re.compile(r"(?<![A-Za-z0-9@._-])[a-z]{5,16}(?![A-Za-z0-9@_-]|\.[a-z])")


def _has_family_name_ending(word: str) -> bool:
    word = word.split("-")[0]  # "Mirzayev-Boateng"
    return bool(FAMILY_NAME_ENDINGS.fullmatch(word)) and word not in NOT_FAMILY_NAMES_WITH_NAME_ENDINGS


def _is_latin_name_pair(first: str, second: str, among_han: bool = False) -> bool:
    if second in NOT_FAMILY_NAMES or first in NOT_FAMILY_NAMES:
        return False
    if {first, second, f"{first} {second}"} & ROMANISED_PLACE_NAMES:
        return False
    if first in ENGLISH_GIVEN_NAMES or _has_family_name_ending(second) or _has_family_name_ending(first):
        return True
    if first in KOREAN_FAMILY_NAMES or second in KOREAN_FAMILY_NAMES:
        return True
    # Family name first, as on Kazakh and Russian documents: "Rossi Aisulu".
    if second in ENGLISH_GIVEN_NAMES and second not in GIVEN_NAMES_ALSO_WORDS and first not in PLACE_NAME_STARTS:
        return True
    # Chinese prose writes no English words with capitals, save names and a few terms.
    if among_han and not ({first.lower(), second.lower()} & LATIN_TERMS_IN_CHINESE):
        return True
    both_romanised = all(_PINYIN_WORD.fullmatch(word.replace("-", "").lower()) for word in (first, second))
    has_family_name = first in PINYIN_FAMILY_NAMES or second in PINYIN_FAMILY_NAMES
    unambiguous = first not in ENGLISH_LOOKING_PINYIN or second not in ENGLISH_LOOKING_PINYIN
    return both_romanised and has_family_name and unambiguous


def _han_names(text: str, isolated_runs_are_names: bool) -> list[Finding]:
    reason = "Looks like a personal name; use a letter alias such as “A女士”"
    findings = [_person_name(match, reason) for match in _TRANSLITERATED_NAME.finditer(text)]
    findings += [
        _person_name(match, reason, "name")
        for match in _DOTTED_HAN_NAME.finditer(text)
        if not any(found.start < match.end("name") and match.start("name") < found.end for found in findings)
    ]
    findings += [
        _person_name(match, reason, "name")
        for match in _NAMED_AFTER_NAMING_WORD.finditer(text)
        if not _CALLED_NOT_A_NAME.search(match["name"])
    ]
    for match in _UNDOTTED_TRANSLITERATED_RUN.finditer(text):
        after_a_person_word = _left_context(text, match.start()) in (_ROLE, _STRONG)
        if match.group().endswith(_TRANSLITERATED_FAMILY_NAME_ENDINGS) or after_a_person_word:
            findings.append(_person_name(match, reason))
    findings += [
        _person_name(match, reason)
        for match in _MINORITY_GIVEN_NAME.finditer(text)
        if chinese_word_zipf(match.group()) < EVERYDAY_CHINESE_WORD
    ]
    findings += _nicknames(text)
    findings += _given_names_alone(text)
    findings += _family_name_mentions(text)
    findings += _names_by_their_place(text)
    findings += _chinese_names_in_their_slots(text)
    position = 0
    while position < len(text):
        found = _han_name_at(text, position, isolated_runs_are_names)
        if found:
            findings.append(found)
            position = found.end
        else:
            position += 1
    return findings


def _han_name_at(text: str, start: int, isolated_runs_are_names: bool) -> Finding | None:
    familiar = _familiar_name_at(text, start)
    if familiar:
        return familiar
    if text[start : start + 2] in CHINESE_COMPOUND_FAMILY_NAMES:
        given_start = start + 2
    elif text[start] in CHINESE_FAMILY_NAMES:
        given_start = start + 1
    else:
        return None

    title = next((title for title in _TITLES_AFTER_FAMILY_NAME if text.startswith(title, given_start)), None)
    if title:
        if text[max(0, start - 1) : start + 1] in _WORDS_ENDING_IN_FAMILY_NAME:
            return None
        if text[start:given_start] in _PREPOSITIONS_BEFORE_A_JOB_TITLE and title in _JOB_TITLES:
            return None
        end = given_start + len(title)
        return Finding(
            "person_name",
            text[start:end],
            start,
            end,
            "A surname with a title names a person; use a letter alias such as “A女士”, "
            "or list a consenting clinician's name as allowed",
        )

    titled = _given_name_before_title(text, start, given_start)
    if titled:
        return titled
    given = _given_name(text, start, given_start, isolated_runs_are_names) or _unlisted_given_name(
        text, start, given_start
    )
    compound = given_start - start == 2
    also_a_word = text[start:given_start] in COMPOUND_FAMILY_NAMES_ALSO_WORDS
    if not given and compound and also_a_word:
        # "公孙曦月": a compound surname that is also a word needs a given name from the list.
        following = text[given_start : given_start + 2]
        if len(following) == 2 and all(character in CHINESE_GIVEN_NAME_CHARACTERS for character in following):
            given = following
    if not given and compound and not also_a_word:
        # A compound surname is hardly ever anything else: any given name after it will do.
        given = "".join(_takewhile_given(text[given_start : given_start + 2]))
        if len(given) == 2 and given[1] not in CHINESE_GIVEN_NAME_CHARACTERS:
            given = given[:1]
    if not given:
        return None
    end = given_start + len(given)
    return Finding(
        "person_name",
        text[start:end],
        start,
        end,
        "Looks like a Chinese personal name; use a letter alias such as “A女士”",
    )


_AFTER_FAMILIAR_WORDS = frozenset("病历湖兔鼠菜脸头车鞋皮干年化板")


# After 阿, a given-name character makes a nickname ("阿强", "阿娟"); not those that start words
# after 阿 (阿根廷, 阿伦膦酸钠, 阿德福韦).
_NICKNAME_CHARACTERS_AFTER_A = frozenset(
    "强娟华芳明伟军勇红英兰梅珍玲丽美杰辉峰龙虎宝福贵春秋冬燕霞萍敏静莲凤娇婷娜花荣海林生坤彬斌涛鹏飞乐欢琴莉雯珠亮刚磊超丹"
)


def _familiar_name_at(text: str, start: int) -> Finding | None:
    """ "老江", "小王", "阿强": a family name after 老 or 小, or a given name after 阿, is how friends
    and colleagues name someone."""
    if text[start : start + 1] == "阿" and text[start + 1 : start + 2] in _NICKNAME_CHARACTERS_AFTER_A:
        if text[start + 1 : start + 2] and chinese_word_zipf(text[start : start + 3]) < 3.0:
            return Finding(
                "person_name",
                text[start : start + 2],
                start,
                start + 2,
                "“阿” with a given name is a nickname; use a letter alias such as “A女士”",
            )
    if text[start : start + 1] not in ("老", "小") or start + 1 >= len(text):
        return None
    family_name = text[start + 1]
    if family_name not in CHINESE_FAMILY_NAMES or family_name in _FAMILY_NAMES_OFTEN_OTHER_WORDS:
        return None
    following = text[start + 2 : start + 3]
    # "老毛病", "老黄历", "小白鼠": words, not people; and "小王芳" is a full name found on its own.
    if following and (following in _AFTER_FAMILIAR_WORDS or following in CHINESE_GIVEN_NAME_CHARACTERS):
        return None
    if (
        text[start : start + 2] in CHINESE_WORDS_NOT_NAMES
        or chinese_word_zipf(text[start + 1 : start + 3]) >= EVERYDAY_CHINESE_WORD
    ):
        return None
    return Finding(
        "person_name",
        text[start : start + 2],
        start,
        start + 2,
        "“老” or “小” with a family name names a person; use a letter alias such as “A女士”",
    )


def _takewhile_given(characters: str):
    for character in characters:
        if not is_han(character) or character in NOT_GIVEN_NAME_CHARACTERS:
            return
        yield character


def _given_name(text: str, start: int, given_start: int, isolated_runs_are_names: bool) -> str | None:
    """The one or two characters after a family name at `start` that make it a name, if any."""
    family_name = text[start:given_start]
    left = _left_context(text, start)
    candidates = []
    for given_length in (2, 1):
        given = text[given_start : given_start + given_length]
        if len(given) < given_length or not all(is_han(character) for character in given):
            continue
        if any(character in _ANONYMISED_GIVEN_NAME for character in given):
            return None
        if family_name + given in _KINSHIP_WORDS:
            continue  # "患者孙女": a relation, even after a role
        if family_name + given not in CHINESE_WORDS_NOT_NAMES or left in (_ROLE, _STRONG):
            candidates.append((given, _right_context(text, given_start + given_length)))

    for given, right in candidates:
        given_like = all(character in CHINESE_GIVEN_NAME_CHARACTERS for character in given)
        given_like = given_like or _yi_given_name_before_title(text, given, given_start + len(given))
        # A two-character given name, or a role word before, is enough on its own; otherwise the
        # name must also be closed on the right (punctuation, "说", "女士", …).
        left_is_enough = len(given) == 2 or left == _ROLE
        closed_by_left_alone = left_is_enough and family_name not in _FAMILY_NAMES_OFTEN_OTHER_WORDS
        if _STRONG in (left, right) and right:
            return given
        if given_like and left and (right or closed_by_left_alone):
            return given
        # Two given-name characters closed by punctuation make a name whatever comes before.
        if given_like and len(given) == 2 and right in (_BOUNDARY, _STRONG):
            if family_name not in _FAMILY_NAMES_OFTEN_OTHER_WORDS:
                return given
        stands_alone = isolated_runs_are_names and left == right == _BOUNDARY
        plain = not any(character in NOT_GIVEN_NAME_CHARACTERS for character in given)
        if stands_alone and plain:
            return given
        # After a role word ("母亲", "患者") and closed on the right, any given name will do: the
        # lists of given-name characters are never complete.
        closed_on_right = right in (_BOUNDARY, _STRONG, _WEAK)
        if (
            left in (_ROLE, _STRONG)
            and closed_on_right
            and plain
            and family_name not in _FAMILY_NAMES_OFTEN_OTHER_WORDS
        ):
            return given
    if left in (_ROLE, _STRONG) and family_name not in _FAMILY_NAMES_OFTEN_OTHER_WORDS:
        given = _two_character_given_name(text[given_start : given_start + 2])
        if given:
            return given
    if left == _STRONG and candidates:
        return candidates[-1][0]
    return None


# Nicknames: a given-name character said twice ("甜甜", "乐乐"), and a family or given name with a word
# for an older relative ("王姐", "勇哥", "卢姨"), unless together they make an everyday word ("天天",
# "常常", "表姐", "空姐").
_KINSHIP_AFTER_A_NAME = "姐哥姨叔婶伯"
_DOUBLED_NICKNAME_CHARACTERS = frozenset("甜乐欢贝朵妞毛豆晶婷丽娜圆糖果笑萌莹琳琪菲妮露乖壮虎")


# Vietnamese names written in Chinese, with 氏 (Thị) in the middle: "阮氏兰", "黎氏秋". A family name
# after 姓 ("那位姓夏的护士"), and 工 (engineer) after one ("汪工").
_VIETNAMESE_HAN_NAME = re.compile(
    f"[阮黎陈范黄武吴裴邓丁杜胡潘郑]氏[{HAN_CHARACTERS}]|[阮黎陈范黄武吴裴邓丁杜胡潘郑]文[{HAN_CHARACTERS}]{{1,2}}?(?=[的是在，。、说和与（(]|$)"
)


# An English title before a Chinese family name: "Professor 杨", "Dr.陆", "Prof. 欧阳"; not a word glossed
# after it ("Dr. 黄 (yellow)").
_ENGLISH_TITLE_AND_HAN_FAMILY_NAME = re.compile(
    r"(?<![A-Za-z])(?:Dr|Prof|Professor|Doctor|Nurse|Mr|Mrs|Ms|Miss|Mx)\.?\s?"
    f"(?P<name>{'|'.join(sorted(CHINESE_COMPOUND_FAMILY_NAMES))}|[{''.join(sorted(CHINESE_FAMILY_NAMES))}])"
)


def _family_name_mentions(text: str) -> list[Finding]:
    findings = [
        _person_name(match, "Looks like a Vietnamese name; use a letter alias such as “A女士”")
        for match in _VIETNAMESE_HAN_NAME.finditer(text)
        if chinese_word_zipf(match.group()) < EVERYDAY_CHINESE_WORD
    ]
    findings += [
        _person_name(match, "A title and a family name name a person; use a letter alias", "name")
        for match in _ENGLISH_TITLE_AND_HAN_FAMILY_NAME.finditer(text)
        if not _GLOSS_AFTER.match(text, match.end())
    ]
    for start in range(len(text) - 1):
        first, second = text[start], text[start + 1]
        if first == "姓" and second in CHINESE_FAMILY_NAMES and text[start + 2 : start + 3] in ("的", "", "，", "。"):
            findings.append(
                Finding(
                    "person_name",
                    text[start : start + 2],
                    start,
                    start + 2,
                    "A family name names a person; leave it out",
                )
            )
        if first in CHINESE_FAMILY_NAMES and second == "工" and chinese_word_zipf(first + second) < 3.0:
            if start == 0 or chinese_word_zipf(text[start - 1 : start + 1]) < 3.0:
                findings.append(
                    Finding(
                        "person_name",
                        first + second,
                        start,
                        start + 2,
                        "A family name with a title names a person; use a letter alias such as “A女士”",
                    )
                )
    return findings


def _nicknames(text: str) -> list[Finding]:
    findings = []
    for start in range(len(text) - 1):
        first, second = text[start], text[start + 1]
        if text[start - 1 : start] == "一" or text[start - 1 : start] == first:
            continue
        doubled = first == second and (first in _DOUBLED_NICKNAME_CHARACTERS or first in CHINESE_GIVEN_NAME_CHARACTERS)
        if doubled and chinese_word_zipf(first + second) < EVERYDAY_CHINESE_WORD + 0.3:
            findings.append(
                Finding(
                    "person_name",
                    first + second,
                    start,
                    start + 2,
                    "Looks like a nickname; use a letter alias such as “小A”",
                )
            )
        named = first in CHINESE_FAMILY_NAMES or first in CHINESE_GIVEN_NAME_CHARACTERS
        in_a_word = (
            max(  # "小叔子", "大姐夫"
                chinese_word_zipf(text[max(0, start - 1) : start + 3]), chinese_word_zipf(text[start : start + 3])
            )
            >= 2.0
        )
        if (
            named
            and not in_a_word
            and second in _KINSHIP_AFTER_A_NAME
            and chinese_word_zipf(text[max(0, start - 1) : start + 2]) < 3.0
        ):
            if chinese_word_zipf(first + second) < 3.0 and first not in NOT_GIVEN_NAME_CHARACTERS:
                findings.append(
                    Finding(
                        "person_name",
                        first + second,
                        start,
                        start + 2,
                        "Looks like a nickname; use a letter alias such as “小A”",
                    )
                )
    return findings


# What someone is called, in quotation marks: "大家都叫她“小鱼儿”", "护士们都叫她“大刘”".
_CALLED_IN_QUOTES = re.compile(
    f'(?:叫|喊|称呼?)(?:她|他)?(?:作|为)?[“"「](?P<name>[{HAN_CHARACTERS}A-Za-z]{{1,4}})[”"」]'
)
# Someone addressed at the start of a quotation: "“瑶，别怕”", "“丽娟，该吃药了”".
_VOCATIVE = re.compile(f'(?:[“「"]|——)(?P<name>[{HAN_CHARACTERS}]{{1,3}})[，,！!]')
# Four or more characters of the transliteration tables, with no dot, before a verb or 的: "汉斯穆勒想",
# "卡洛斯的女儿"; not a country or a city ("哈萨克斯坦", "阿拉木图").
_UNDOTTED_NAME_BEFORE_VERB = re.compile(
    f"(?P<name>[{_TRANSLITERATION_CHARACTERS}]{{3,10}})"
    "(?=的|想|说|笑着|终于|来自|在|进行|是|和|接受|用|也|把|被|已|今年|[，。、：:（(])"
)


def _names_by_their_place(text: str) -> list[Finding]:
    findings = []
    for match in _VOCATIVE.finditer(text):
        name = match.group("name")
        if all(character in CHINESE_GIVEN_NAME_CHARACTERS or character in CHINESE_FAMILY_NAMES for character in name):
            if chinese_word_zipf(name) < 4.5:
                findings.append(
                    Finding(
                        "person_name",
                        name,
                        match.start("name"),
                        match.end("name"),
                        "Someone addressed by name; use a letter alias such as “A女士”",
                    )
                )
    for match in _CALLED_IN_QUOTES.finditer(text):
        findings.append(_person_name(match, "Looks like a nickname; use a letter alias such as “小A”", "name"))
    places = chinese_place_names()
    for match in _UNDOTTED_NAME_BEFORE_VERB.finditer(text):
        name = match.group("name")
        if chinese_word_zipf(name) >= 3.0 or any(place in name or name in place for place in places if len(place) >= 2):
            continue
        # The end of a longer word ("幸福|安康"): the character before and the first make an everyday word.
        word_before = text[max(0, match.start() - 1) : match.start() + 1]
        if match.start() > 0 and chinese_word_zipf(word_before) >= EVERYDAY_CHINESE_WORD:
            continue
        findings.append(
            Finding(
                "person_name",
                name,
                match.start("name"),
                match.end("name"),
                "Looks like a foreign name in Chinese; use a letter alias such as “A女士”",
            )
        )
    return findings


# Chinese given names that are everyday words too ("文静" quiet, "海洋" ocean, "胜利" victory): a name only
# where the words around it say a person is meant.
_CHINESE_NAMES_ALSO_WORDS = frozenset(
    """
    建国 建军 建华 建平 建设 国庆 国强 国华 志强 志刚 志明 卫东 卫国 卫红 红梅 红霞 红英 海燕 海洋 海波 海峰
    文静 安宁 和平 胜利 光明 美丽 春雷 常青 江山 大明 小明 永强 秀英 桂英 玉兰 丽华 淑珍 爱国 爱华 振华 跃进
    解放 援朝 向东 东升 晓光 朝阳 静怡 欣然 思远 宁静 平安 吉祥 如意 天明 光辉 春燕 秋菊 冬梅 雪梅 红旗 新华
    立新 学军 江涛 杨柳 白雪 金凤 玉洁 美玲 晓燕 浩然 一鸣 天佑 明亮 阳光 快乐 幸福 温暖 长江 黄河 泰山 高峰
    方正 钟声 祝福 夏天 白云 春花 秋月 海涛 文明 国栋 雪松 黎明 万里 秦川 江河 田野 向阳 宏伟 金山
    """.split()
)
# What a person does or is said to do, right after a name: "文静说", "海洋每周三都会打电话", "卫东你别哭".
_PERSONS_ACTION_AFTER = tuple(
    """
    说 笑着 哭着 每周 每天 第一次 和丈夫 和妻子 和家人 和父母 给每位 今天 昨晚 昨天 想吃 想回 想家 商量
    对治疗 首次 比我 决定 刚满 退休 在日记 你别 你放心 别哭 又陪 又没 状态 妈妈 爸爸 被确诊 的女婿 的女儿 的儿子
    的妻子 的丈夫 的母亲 的父亲 的妈妈 的爸爸 出院那天 出院时 入院时 今年 家属 已经 一度 从小
    """.split()
)
# Words after which a name stands: "我是红梅", "我和睿鑫商量过了", "麻烦您转告月萍", "我是巴黎来的贾静",
# "25岁的李涛".
_PERSON_WORDS_BEFORE = (
    "我是", "我叫", "我和", "转告", "告诉", "谢谢", "感谢", "叫他", "叫她", "来的", "岁的", "我们家", "我家", "咱家",
)  # fmt: skip
# Words for someone's role, after which a name and what the person does follow: "责任护士春花每天…".
_ROLES_BEFORE_A_NAME = (*_ROLE_LEFT_CONTEXT, "治疗师", "康复师", "营养师", "药师")
# Titles after a family name and a given name that are an everyday word together: "高峰主任", "方正医生".
_TITLES_AFTER_A_NAME = ("医生", "主任", "教授", "护士长", "医师", "老师", "大夫")
_KINSHIP_DOUBLED = frozenset("爸妈爷奶公婆姥哥姐弟妹叔伯舅姑嫂宝娃星")
_DAYS_OF_THE_WEEK = frozenset("周一 周二 周三 周四 周五 周六 周日 周天 周末".split())
# A nickname: 阿, 小, 大, 老 or 二 and one character of a name ("阿博", "小艳", "老向", "二军"), or a
# character of a name and 宝 ("博宝").
_NICKNAME_PREFIXES = "阿小大老二"


def _chinese_names_in_their_slots(text: str) -> list[Finding]:
    """Two characters that could be a given name, or a nickname, in a place the sentence keeps for a
    person: after "我是" or "转告", addressed at the start of a quotation or a message, after a role and
    before what the person does, before a person's action, as the speaker after a quotation."""
    reason = "The sentence keeps this place for a person's name; use a letter alias such as “A女士”"
    findings = []
    places = chinese_place_names()
    for start in range(len(text) - 1):
        word = text[start : start + 2]
        if not all(is_han(character) for character in word) or {*word} & _FUNCTION_CHARACTERS:
            continue
        if word in _ROLES_BEFORE_A_NAME or word in _TITLES_AFTER_A_NAME or word[1] in _ANONYMISED_GIVEN_NAME:
            continue  # "谢谢大夫。", "告诉护士。", "王某说"
        if word in _DAYS_OF_THE_WEEK or (word[0] == word[1] and word[0] in _KINSHIP_DOUBLED):
            continue  # "周一医生查房时", "我家宝宝"
        name_character = word[1] in CHINESE_GIVEN_NAME_CHARACTERS or word[1] in CHINESE_FAMILY_NAMES
        nickname = (
            (word[0] in _NICKNAME_PREFIXES and (name_character or word[0] == "阿"))
            or (word[1] == "宝" and word[0] in CHINESE_GIVEN_NAME_CHARACTERS)
            or (word[0] == word[1] and word[0] not in _KINSHIP_DOUBLED)  # "嘟嘟", "天天"; not "奶奶"
        )
        given_name = all(
            character in CHINESE_GIVEN_NAME_CHARACTERS and character not in NOT_GIVEN_NAME_CHARACTERS
            for character in word
        )
        family_and_given = word[0] in CHINESE_FAMILY_NAMES and word[1] in CHINESE_GIVEN_NAME_CHARACTERS
        zipf = chinese_word_zipf(word)
        before, after = text[max(0, start - 3) : start], text[start + 2 : start + 5]
        acting = after.startswith(_PERSONS_ACTION_AFTER) and (
            start == 0 or chinese_word_zipf(text[start - 1] + word[0]) < EVERYDAY_CHINESE_WORD
        )
        # After a role and before what the person does ("护士春花每天"), after "转告" or "我是" and before
        # a comma, as the speaker after a quotation ("”白平说"), or before a title when the sentence
        # starts there or thanks them ("高峰主任", "感谢方正医生"), any two characters that are not
        # among the most common words are a name.
        strong_place = (
            (before.endswith(_ROLES_BEFORE_A_NAME) and acting)
            or (before.endswith(_PERSON_WORDS_BEFORE) and after[:1] in "，,。！")
            or (before[-1:] in ("”", "」") and after.startswith(("说", "笑着说", "补充说")))
            or (
                word[0] in CHINESE_FAMILY_NAMES
                and word[1] not in NOT_GIVEN_NAME_CHARACTERS
                and (zipf < EVERYDAY_CHINESE_WORD or word in _CHINESE_NAMES_ALSO_WORDS)
                and after.startswith(_TITLES_AFTER_A_NAME)
                and (not before or not is_han(before[-1]) or before.endswith(("谢谢", "感谢")))
            )
        )
        if not (
            (strong_place and zipf < 4.5)
            or word in _CHINESE_NAMES_ALSO_WORDS
            or (nickname and zipf < (5.0 if word[0] == word[1] else 3.0))
            or ((given_name or family_and_given) and zipf < 4.0)
        ):
            continue
        addressed = (before[-1:] in ("“", "「") and after[:1] in ("，", ",", "！", "!", "你")) or (
            start == 0 and after.startswith(("，你", "，您", ",你"))
        )
        named_after = before.endswith(_PERSON_WORDS_BEFORE)
        if nickname and any(text[start : start + length] in places for length in range(3, 7)):
            continue  # the start of a place's name ("阿联|酋"), not "阿" and a name
        if strong_place or addressed or named_after or acting:
            findings.append(Finding("person_name", word, start, start + 2, reason))
    for match in _FAMILY_NAME_AND_INITIALS.finditer(text):
        if match.group("initials") not in ACRONYMS:
            findings.append(_person_name(match, reason))
    return findings


_LATIN_NAME_BEFORE_TITLE = re.compile(r"(?<![A-Za-z])(?P<name>[A-Z][a-z]{2,})(?=女士|先生|小姐|医生|教授|老师|护士)")
_LOWER_CASE_LATIN_PAIR = re.compile(r"(?<![A-Za-z.@/_-])[a-z]{3,} [a-z]{3,}(?![A-Za-z.@/_-])")


# A family name and two initials, as a signature or an author line writes them: "邱FB", "通讯作者：董AA".
_FAMILY_NAME_AND_INITIALS = re.compile(
    f"(?<![{HAN_CHARACTERS}A-Za-z])[{''.join(sorted(CHINESE_FAMILY_NAMES))}](?P<initials>[A-Z]{{2}})"
    "(?![A-Za-z0-9])(?=[ 　在签，,。、]|$)"
)


_CLASSIFIERS = frozenset("面个张份封束块只件条幅盒瓶袋")


def _given_names_alone(text: str) -> list[Finding]:
    """Two given-name characters with no family name ("俊杰说", "翻译卫东全程陪同") that make no everyday word,
    where the words around them end a name on the right and, unless that is punctuation, start one on the left."""
    findings = []
    for start in range(len(text) - 1):
        given = text[start : start + 2]
        if not all(
            character in CHINESE_GIVEN_NAME_CHARACTERS and character not in NOT_GIVEN_NAME_CHARACTERS
            for character in given
        ):
            continue
        if chinese_word_zipf(given) >= 3.0:
            continue
        left, right = _left_context(text, start), _right_context(text, start + 2)
        after_a_person_word = left in (_ROLE, _STRONG)
        if not after_a_person_word and (right is None or (left is None and right not in (_BOUNDARY, _STRONG))):
            continue
        if start > 0 and chinese_word_zipf(text[start - 1] + given[0]) >= EVERYDAY_CHINESE_WORD:
            continue
        if text[start - 1 : start] in _CLASSIFIERS:
            continue  # "一面锦旗": a thing counted, not a person
        if chinese_word_zipf(given[1] + text[start + 2 : start + 3]) >= EVERYDAY_CHINESE_WORD:
            continue
        findings.append(
            Finding(
                "person_name", given, start, start + 2, "Looks like a given name; use a letter alias such as “A女士”"
            )
        )
    return findings


# A family name and given-name characters that Chinese uses this often or more make an everyday word
# ("方案", "白天", "马拉松"), not a name (wordfreq's Zipf scale; 3.5 is about three in a million words).
EVERYDAY_CHINESE_WORD = 3.5


def _given_name_before_title(text: str, start: int, given_start: int) -> Finding | None:
    """ "靳建国医生", "缪倩副主任医师": a family name, a given name and a title name a person, whatever the
    given name."""
    family_name = text[start:given_start]
    if family_name in _PREPOSITIONS_BEFORE_A_JOB_TITLE:
        return None
    for length in (2, 1):
        given = text[given_start : given_start + length]
        end = given_start + length
        if len(given) < length or not all(is_han(character) for character in given):
            continue
        if {*given} & (NOT_GIVEN_NAME_CHARACTERS | _FUNCTION_CHARACTERS | _ANONYMISED_GIVEN_NAME):
            continue
        if (
            not {*given} & CHINESE_GIVEN_NAME_CHARACTERS
            or chinese_word_zipf(family_name + given) >= EVERYDAY_CHINESE_WORD
        ):
            continue
        title = next((title for title in _TITLES_BEFORE_WHICH_A_NAME_STANDS if text.startswith(title, end)), None)
        if title:
            return Finding(
                "person_name",
                text[start:end],
                start,
                end,
                "A name with a title names a person; use a letter alias such as “A女士”, "
                "or list a consenting clinician's name as allowed",
            )
    return None


# Longest first, so that "副主任医师" is not read as "主任".
_TITLES_BEFORE_WHICH_A_NAME_STANDS = tuple(
    "副主任医师 主任医师 主治医师 住院医师 医生 医师 大夫 教授 博士 主任 护士长 护士 老师 先生 女士 小姐 师傅".split()
)


def _unlisted_given_name(text: str, start: int, given_start: int) -> str | None:
    """With no word around it to say so, a family name and two characters still make a name when neither
    they nor any part of them is an everyday word and one of them is a given-name character
    ("据刘欣妍回忆", "徐子墨"): recall first, since the lists of given names are never complete."""
    family_name = text[start:given_start]
    if family_name in _FAMILY_NAMES_OFTEN_OTHER_WORDS:
        return None
    given = text[given_start : given_start + 2]
    if len(given) < 2 or not all(is_han(character) for character in given):
        return None
    first, second = given
    if first in _FUNCTION_CHARACTERS or {first, second} & (NOT_GIVEN_NAME_CHARACTERS | _ANONYMISED_GIVEN_NAME):
        return None
    if second not in CHINESE_GIVEN_NAME_CHARACTERS:
        given = first  # "朱鹏握着": the name ends before a character no given name has
        if first not in CHINESE_GIVEN_NAME_CHARACTERS:
            return None
    following = text[given_start + len(given) : given_start + len(given) + 1]
    words = [family_name + given[0], given, family_name + given, given[-1] + following, family_name + given + following]
    if start > 0:
        words.append(text[start - 1] + family_name)
    if any(chinese_word_zipf(word) >= EVERYDAY_CHINESE_WORD for word in words if len(word) > 1):
        return None
    # A one-character given name makes a two-character word, and those are far more often words ("杨梅").
    if len(given) == 1 and chinese_word_zipf(family_name + given) >= EVERYDAY_CHINESE_WORD - 0.5:
        return None
    return given


# Characters that make a word of what follows a family name ("王都来了", "李也说"), never the first
# character of a given name.
_FUNCTION_CHARACTERS = frozenset(
    "的了是在和与及也都又就曾已还被把让于说对向从到给为因所以而但如并或等每各该此有无很最更再能会要可这那其她他我你们自己"
)


def _two_character_given_name(characters: str) -> str | None:
    """After a word for a person ("同桌", "房东"), two characters ending like a given name make one
    ("叶天佑", "沈一诺"), whatever comes after them: the lists of given-name characters are never complete."""
    if len(characters) != 2 or not all(is_han(character) for character in characters):
        return None
    first, second = characters
    if first in _FUNCTION_CHARACTERS or second not in CHINESE_GIVEN_NAME_CHARACTERS:
        return None
    if second in NOT_GIVEN_NAME_CHARACTERS:
        return None
    return characters


def _yi_given_name_before_title(text: str, given: str, end: int) -> bool:
    """ "一鸣" in "陶一鸣医生": 一 starts too many words (一样, 一起, 周一) to count as a given-name
    character on its own, but 一 and a given-name character right before a title make a name."""
    if len(given) != 2 or given[0] != "一" or given[1] not in CHINESE_GIVEN_NAME_CHARACTERS:
        return False
    return text.startswith(_TITLES_AFTER_FAMILY_NAME, end) or text.startswith(_STRONG_RIGHT_CONTEXT, end)


def _left_context(text: str, start: int) -> str | None:
    # Context words are at most three characters, and a colon, a space or an opening quote may follow them.
    before = text[max(0, start - 6) : start]
    trimmed = before.rstrip(' ：:“「"')
    if trimmed.endswith(_STRONG_LEFT_CONTEXT):
        return _STRONG
    if not before or not is_han(before[-1]):
        return _BOUNDARY
    if before.endswith(_ROLE_LEFT_CONTEXT):
        return _ROLE
    if before.endswith(_WEAK_LEFT_CONTEXT):
        return _WEAK
    return None


def _right_context(text: str, end: int) -> str | None:
    after = text[end : end + 3]
    if after.startswith(_STRONG_RIGHT_CONTEXT):
        return _STRONG
    if not after or not is_han(after[0]):
        return _BOUNDARY
    if after.startswith(_WEAK_RIGHT_CONTEXT):
        return _WEAK
    return None
