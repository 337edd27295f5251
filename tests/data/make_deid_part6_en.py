"""Make the held-out de-identification corpus, part 6 (English).

Running ``python tests/data/make_deid_part6_en.py`` (from the repository root or from anywhere)
writes ``deid_generated_en_heldout6.tsv`` next to this file. The output is the same on every run:
the generator uses only the standard library and a fixed ``random.Random`` seed.

The sentences read like the English text of the hospital's international-patient pages: case
stories, patients' own words and messages, clinicians' quotes, photo captions and timeline entries,
about patients from Kazakhstan, Russia, Central Asia, Mongolia, the Middle East, Southeast Asia,
Europe, Africa and elsewhere who were treated in China, and about their families.

This part was written without reading the de-identification scanner, its tests, its benchmark or
the other corpus files, so that its figures measure the scanner on text it was not tuned to. Each
row says what a careful human reader would find in the sentence.

Columns (tab-separated, UTF-8, no quoting):

* ``category``: what the row tests, e.g. ``name_no_context``, ``phone_fax``, ``clean_dose``.
* ``expected_kinds``: comma-separated kinds of identifier in the sentence, or ``-`` when it holds
  none. Kinds: person_name, street_address, postal_code, geolocation, exact_date, date_of_birth,
  age_over_89, phone_number, email, web_address, ip_address, social_account, resident_id,
  national_id, passport_number, medical_record_number, health_plan_number, account_number,
  licence_number, vehicle_identifier, device_identifier, other_number.
* ``sentence``: one sentence (or a short caption / timeline line).

Labelling conventions used here:

* A birth date is labelled ``date_of_birth`` (not also ``exact_date``), as a Chinese resident
  identity number is ``resident_id`` and not ``national_id``.
* A name that is only part of an e-mail address, handle or web address is not labelled as a name.
* Letter aliases (Ms. A, Patient C), relations without names, eponyms of diseases and signs, famous
  historical people, institutions, drugs, brands, cities, provinces and countries are clean, as
  are months with years, years, decades, relative days (Day +14) and ages under 90.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEED = 60_606
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "deid_generated_en_heldout6.tsv"

rows: list[tuple[str, str, str]] = []
seen: set[str] = set()


def pick(seq):
    return R.choice(seq)


def add(category: str, kinds: str, sentence: str) -> bool:
    sentence = " ".join(sentence.split())
    sentence = re.sub(r"\bDr\.? (Mr\.?|Mrs\.|Ms\.|Dr\.?|Professor|Prof\.|Nurse|Madam) ", "Dr. ", sentence)
    if sentence in seen or "\t" in sentence or "\n" in sentence:
        return False
    seen.add(sentence)
    rows.append((category, kinds, sentence))
    return True


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n: int) -> str:
    return str(R.randint(1, 9)) + digits(n - 1)


def upper(n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Clean fillers (never identifying)
# ---------------------------------------------------------------------------------------------

CITIES = [
    "Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Ust-Kamenogorsk",
    "Moscow", "Novosibirsk", "Yekaterinburg", "Vladivostok", "Irkutsk", "Kazan", "Omsk",
    "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh", "Dushanbe", "Ashgabat", "Ulaanbaatar",
    "Erdenet", "Dubai", "Riyadh", "Muscat", "Amman", "Baghdad", "Tehran", "Karachi", "Dhaka",
    "Hanoi", "Ho Chi Minh City", "Jakarta", "Kuala Lumpur", "Manila", "Bangkok", "Yangon",
    "Nairobi", "Lagos", "Addis Ababa", "Cairo", "Warsaw", "Berlin", "Milan", "Lisbon",
    "Beijing", "Shanghai", "Guangzhou", "Urumqi", "Harbin", "Kunming", "Hangzhou", "Tianjin",
]
COUNTRIES = [
    "Kazakhstan", "Russia", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Mongolia",
    "the United Arab Emirates", "Saudi Arabia", "Oman", "Jordan", "Iraq", "Iran", "Pakistan",
    "Bangladesh", "Vietnam", "Indonesia", "Malaysia", "the Philippines", "Thailand", "Myanmar",
    "Kenya", "Nigeria", "Ethiopia", "Egypt", "Poland", "Germany", "Italy", "Portugal", "Georgia",
]
RELS = [
    "her mother", "his mother", "her husband", "his wife", "her father", "his oldest son",
    "her younger sister", "his brother", "their daughter", "her grandmother", "his uncle",
    "her aunt", "a cousin", "her eldest daughter", "his father-in-law", "the boy's grandfather",
]
ALIASES = [
    "Ms. A", "Mr. B", "Patient C", "Mrs. D", "Ms. K", "Mr. T", "Patient 3", "the patient",
    "Little E", "Baby F", "Mr. M", "Ms. S", "Patient A", "Case 2", "the 34-year-old",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CONDS = [
    "systemic lupus erythematosus", "lupus nephritis", "acute lymphoblastic leukaemia",
    "multiple myeloma", "diffuse large B-cell lymphoma", "aplastic anaemia", "thalassaemia major",
    "neuromyelitis optica", "myasthenia gravis", "dermatomyositis", "systemic sclerosis",
    "immune thrombocytopenia", "acute myeloid leukaemia", "nasopharyngeal carcinoma",
    "hepatocellular carcinoma", "glioblastoma", "Crohn disease", "Takayasu arteritis",
]
HOSPITALS = [
    "Peking Union Medical College Hospital", "Ruijin Hospital", "West China Hospital",
    "Sun Yat-sen University Cancer Center", "the First Affiliated Hospital of Zhejiang University",
    "Tongji Hospital", "Beijing Tiantan Hospital", "Xiangya Hospital", "Huashan Hospital",
    "the National Cancer Center", "Fudan University Shanghai Cancer Center",
    "Qilu Hospital", "Union Hospital in Wuhan", "Chinese PLA General Hospital",
]
DEPTS = [
    "the Department of Haematology", "the rheumatology ward", "the paediatric oncology unit",
    "the international patient centre", "the cell therapy unit", "the neurology department",
    "the intensive care unit", "the day-treatment centre", "the outpatient clinic",
    "the nephrology department", "the radiotherapy department", "the transplant ward",
]


def month_year() -> str:
    y = R.randint(2012, 2024)
    return pick([f"{pick(MONTHS)} {y}", f"{pick(MON3)} {y}", f"early {y}", f"late {y}",
                 f"the spring of {y}", f"the summer of {y}", f"autumn {y}", f"mid-{y}"])


def ctx() -> dict:
    return {
        "city": pick(CITIES), "city2": pick(CITIES), "country": pick(COUNTRIES),
        "rel": pick(RELS), "alias": pick(ALIASES), "cond": pick(CONDS), "hosp": pick(HOSPITALS),
        "dept": pick(DEPTS), "my": month_year(),
    }


def fill(category: str, kinds: str, templates: list[str], makers, n: int) -> None:
    """Add n unique rows from templates; {v} is filled by a maker, other slots by ctx()."""
    if callable(makers):
        makers = [makers]
    added, tries = 0, 0
    order = list(range(len(templates)))
    while added < n and tries < n * 60:
        tries += 1
        if tries % len(order) == 1:
            R.shuffle(order)
        t = templates[order[tries % len(order)]]
        d = ctx()
        val = pick(makers)()
        if isinstance(val, tuple):
            d["lab"], d["v"] = val
        else:
            d["v"] = val
        s = t.format(**d)
        if not t.startswith("{v}"):
            s = s[0].upper() + s[1:]
        if add(category, kinds, s):
            added += 1
    if added < n:
        raise SystemExit(f"{category}: only {added} of {n}")


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# (given names female, given names male, family names as (female, male) or plain)
KAZ_F = ["Aigerim", "Aruzhan", "Saule", "Gulnara", "Madina", "Zhanar", "Asel", "Dinara", "Ainur",
         "Botagoz", "Zhuldyz", "Akmaral", "Raushan", "Meruyert", "Kamila"]
KAZ_M = ["Nurlan", "Yerlan", "Arman", "Bolat", "Daulet", "Askar", "Yerzhan", "Marat", "Serik",
         "Azamat", "Daniyar", "Yerbol", "Kairat", "Nurzhan", "Alikhan"]
KAZ_FAM = [("Akhmetova", "Akhmetov"), ("Seitkali", "Seitkali"), ("Zhaksylykova", "Zhaksylykov"),
           ("Omarova", "Omarov"), ("Bekova", "Bekov"), ("Suleimenova", "Suleimenov"),
           ("Kassymova", "Kassymov"), ("Tulegenova", "Tulegenov"), ("Baimukhanova", "Baimukhanov"),
           ("Nurmagambetova", "Nurmagambetov"), ("Yesenova", "Yesenov"), ("Zhumabayeva", "Zhumabayev")]
RUS_F = ["Olga", "Natalia", "Svetlana", "Irina", "Yekaterina", "Tatiana", "Yulia", "Anastasia",
         "Lyudmila", "Marina", "Valentina", "Ksenia"]
RUS_M = ["Dmitry", "Sergei", "Alexei", "Igor", "Andrei", "Mikhail", "Pavel", "Nikolai", "Vladimir",
         "Konstantin", "Roman", "Yevgeny"]
RUS_FAM = [("Ivanova", "Ivanov"), ("Smirnova", "Smirnov"), ("Kuznetsova", "Kuznetsov"),
           ("Volkova", "Volkov"), ("Sokolova", "Sokolov"), ("Morozova", "Morozov"),
           ("Lebedeva", "Lebedev"), ("Kozlova", "Kozlov"), ("Novikova", "Novikov"),
           ("Fedorova", "Fedorov"), ("Orlova", "Orlov"), ("Zaitseva", "Zaitsev")]
RUS_PATR_F = ["Petrovna", "Sergeyevna", "Ivanovna", "Nikolaevna", "Alexandrovna", "Viktorovna"]
RUS_PATR_M = ["Petrovich", "Sergeyevich", "Ivanovich", "Nikolaevich", "Alexandrovich", "Olegovich"]
RUS_NICK = ["Sasha", "Lyosha", "Dima", "Katya", "Natasha", "Seryozha", "Misha", "Tanya", "Yulechka",
            "Vanya", "Nastya", "Kostya"]
UZ_F = ["Dilnoza", "Nodira", "Shahnoza", "Gulchehra", "Malika", "Zarina", "Feruza"]
UZ_M = ["Bekzod", "Jasur", "Sardor", "Otabek", "Sherzod", "Ulugbek", "Farrukh", "Jamshid"]
UZ_FAM = [("Yuldasheva", "Yuldashev"), ("Rakhimova", "Rakhimov"), ("Ergasheva", "Ergashev"),
          ("Tursunova", "Tursunov"), ("Abdullaeva", "Abdullaev"), ("Mirzaeva", "Mirzaev")]
KG_F = ["Aizada", "Cholpon", "Nazgul", "Begimai", "Aida"]
KG_M = ["Bakyt", "Nurbek", "Emil", "Tilek", "Almaz", "Aibek"]
KG_FAM = [("Abdyldaeva", "Abdyldaev"), ("Osmonova", "Osmonov"), ("Sydykova", "Sydykov"),
          ("Toktosunova", "Toktosunov")]
TJ_F = ["Farzona", "Manizha", "Sitora", "Mehrangez"]
TJ_M = ["Rustam", "Firdavs", "Suhrob", "Davlat", "Behruz"]
TJ_FAM = [("Sharipova", "Sharipov"), ("Nazarova", "Nazarov"), ("Saidova", "Saidov")]
MN_F = ["Bolormaa", "Oyunchimeg", "Enkhjargal", "Sarangerel", "Nomin", "Munkhtsetseg", "Tsetsegmaa"]
MN_M = ["Altansukh", "Batbayar", "Ganbold", "Tserendorj", "Bat-Erdene", "Temuulen", "Munkh-Orgil"]
AR_F = ["Fatima", "Aisha", "Mariam", "Noor", "Layla", "Huda", "Rania", "Salma", "Yasmin"]
AR_M = ["Ahmed", "Omar", "Khalid", "Yousef", "Hassan", "Abdullah", "Faisal", "Tariq", "Saeed"]
AR_FAM = ["Al-Mansouri", "Haddad", "Al-Harthy", "Al-Qahtani", "Nasser", "Al-Balushi", "Khoury",
          "Al-Rashidi", "Mahmoud", "El-Sayed", "Al-Zahrani", "Hamdan"]
FA_FULL = ["Reza Hosseini", "Maryam Tehrani", "Ali Rezaei", "Zahra Karimi", "Parisa Moradi",
           "Elif Yılmaz", "Mehmet Demir", "Ayşe Kaya", "Emre Şahin"]
KR_FULL = ["Kim Min-ji", "Park Ji-hoon", "Lee Seo-yeon", "Choi Dong-hyun", "Jung Ha-eun",
           "Kang Tae-yang"]
JP_FULL = ["Sato Yuki", "Tanaka Haruto", "Yamamoto Aiko", "Suzuki Kenji", "Watanabe Emi",
           "Nakamura Riku"]
VN_FULL = ["Nguyen Thi Lan", "Tran Van Minh", "Pham Thu Ha", "Le Quang Huy", "Hoang Thi Mai",
           "Vu Duc Anh", "Dang Ngoc Bich"]
SEA_FULL = ["Siti Rahmawati", "Budi Santoso", "Nur Aisyah binti Ahmad", "Muhammad Faiz bin Ismail",
            "Somchai Wongsakul", "Nattaya Srisuk", "Maria Theresa Dela Cruz", "Ramon Villanueva",
            "Aung Kyaw Moe", "Thida Win", "Dewi Lestari", "Rizal Hakim"]
IN_FULL = ["Priya Sharma", "Arjun Nair", "Lakshmi Iyer", "Rahul Verma", "Ayesha Khan",
           "Bilal Qureshi", "Farhana Begum", "Sanjay Patel", "Nusrat Jahan", "Imran Chowdhury"]
AF_FULL = ["Chiamaka Okafor", "Kwame Mensah", "Amina Bello", "Tendai Moyo", "Nomvula Dlamini",
           "Abebe Tesfaye", "Wanjiru Kamau", "Oluwaseun Adeyemi", "Fatoumata Diallo", "Yohannes Girma",
           "Grace Achieng", "Emeka Nwosu"]
EU_FULL = ["Anna Müller", "Lukas Schmidt", "Sophie Dubois", "Marco Rossi", "Katarzyna Nowak",
           "Jan de Vries", "Erik Johansson", "Giulia Bianchi", "Tomasz Wiśniewski", "Nino Beridze",
           "Giorgi Kapanadze", "Ana Silva", "Pieter Janssens", "Ingrid Larsen", "Siobhan O'Brien"]
LA_FULL = ["María José Hernández", "Diego Ramírez", "Camila Souza", "João Pereira",
           "Valentina Gómez", "Luis Alberto Torres", "Fernanda Oliveira"]
CN_PINYIN = ["Zhang Xiuying", "Li Wei", "Wang Fang", "Liu Yang", "Chen Jing", "Zhao Lei",
             "Huang Min", "Zhou Jianguo", "Wu Xiaomei", "Xu Haitao", "Sun Li", "Ma Jun",
             "Hu Yanping", "Guo Qiang", "Lin Yuting", "He Zhiyuan", "Gao Peng", "Liang Shuang"]
CN_FAMILY = ["Zhang", "Li", "Wang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
             "Ma", "Hu", "Guo", "Lin", "He", "Gao", "Liang", "Song", "Tang", "Han", "Feng"]
CN_CHARS = ["王秀英", "李伟", "张敏", "刘洋", "陈静", "赵磊", "黄丽", "周建国", "吴晓梅", "徐海涛",
            "孙丽", "马俊", "胡艳萍", "郭强", "林雨婷", "何志远"]
CN_TRANSLIT = ["阿依古丽", "努尔兰", "娜塔莎", "穆罕默德", "古丽娜尔", "巴特尔", "阿米娜", "叶尔兰",
               "斯维特兰娜", "阿斯卡尔", "法蒂玛", "德米特里", "萨乌列", "巴特巴雅尔"]
WORD_NAMES = ["Grace", "Hope", "Joy", "Faith", "Rose", "Will", "Mark", "Bill", "Summer", "Dawn",
              "Amber", "Iris", "Ruby", "Victor", "Precious", "Blessing", "Patience", "Sunny", "Hunter",
              "Destiny"]
WESTERN_FAMILY = ["Smith", "Brown", "Wilson", "Taylor", "Walker", "Evans", "Murphy", "Fischer",
                  "Novak", "Kowalski", "Petrov", "Costa"]


def fam(pair, female: bool):
    return pair[0] if female else pair[1]


def n_central_asian() -> str:
    group = R.randint(0, 4)
    female = R.random() < 0.5
    if group == 0:
        g = pick(KAZ_F if female else KAZ_M); f = fam(pick(KAZ_FAM), female)
    elif group == 1:
        g = pick(RUS_F if female else RUS_M); f = fam(pick(RUS_FAM), female)
    elif group == 2:
        g = pick(UZ_F if female else UZ_M); f = fam(pick(UZ_FAM), female)
    elif group == 3:
        g = pick(KG_F if female else KG_M); f = fam(pick(KG_FAM), female)
    else:
        g = pick(TJ_F if female else TJ_M); f = fam(pick(TJ_FAM), female)
    return pick([f"{g} {f}", f"{g} {f}", f"{f} {g}", g])


def n_full_any() -> str:
    return pick([
        n_central_asian, lambda: pick(FA_FULL + KR_FULL + JP_FULL + VN_FULL),
        lambda: pick(SEA_FULL + IN_FULL), lambda: pick(AF_FULL + EU_FULL + LA_FULL),
        lambda: pick(CN_PINYIN), lambda: f"{pick(AR_F + AR_M)} {pick(AR_FAM)}",
        lambda: f"{pick(MN_F + MN_M)}", lambda: f"{upper(1, 'BDGTSNO')}. {pick(MN_F + MN_M)}",
        lambda: f"{pick(RUS_F)} {pick(RUS_PATR_F)}", lambda: f"{pick(RUS_M)} {pick(RUS_PATR_M)}",
    ])()


def n_given() -> str:
    return pick(KAZ_F + KAZ_M + RUS_F + RUS_M + UZ_F + UZ_M + KG_F + KG_M + TJ_F + TJ_M + MN_F + MN_M
                + AR_F + AR_M + RUS_NICK + ["Priya", "Kwame", "Amina", "Sophie", "Lukas", "Camila",
                                             "Minh", "Yuki", "Ji-hoon", "Siti", "Budi", "Nattaya"])


def n_title_family() -> str:
    t = pick(["Mr.", "Mrs.", "Ms.", "Dr.", "Dr", "Professor", "Prof.", "Nurse", "Madam", "Mr"])
    female = t in ("Mrs.", "Ms.", "Madam") or (t not in ("Mr.", "Mr") and R.random() < 0.5)
    f = pick([fam(pick(KAZ_FAM), female), fam(pick(RUS_FAM), female), fam(pick(UZ_FAM), female),
              pick(AR_FAM), pick(CN_FAMILY), pick(CN_FAMILY), pick(WESTERN_FAMILY), "Okafor", "Nguyen",
              "Sharma", "Tesfaye", "Batbayar"])
    return f"{t} {f}"


def n_initials() -> str:
    female = R.random() < 0.5
    f = pick([fam(pick(KAZ_FAM), female), fam(pick(RUS_FAM), female), fam(pick(UZ_FAM), female),
              pick(WESTERN_FAMILY), pick(AR_FAM)])
    i = upper(1, "ABDEGIKLMNOSTVYZ")
    j = upper(1, "ABDEGIKLMNOSTVYZ")
    return pick([f"{i}. {f}", f"{i}.{j}. {f}", f"{f} {i}.{j}.", f"{i}. {j}. {f}"])


def n_nick() -> str:
    return pick(RUS_NICK + ["Aru", "Dina", "Nurik", "Sanzhik", "Bota", "Gulya", "Zhenya", "Mimi",
                            "Lolo", "Baha", "Timka", "Dani", "Xiao Li", "Lao Zhang", "Xiao Wang",
                            "A-Mei", "Lao Chen", "Xiaoyu", "Doudou"])


def n_chinese_chars() -> str:
    return pick(CN_CHARS + CN_TRANSLIT)


def n_word_name() -> str:
    return pick(WORD_NAMES)


NAME_MAKERS = [n_full_any, n_full_any, n_given, n_title_family, n_initials, n_nick, n_chinese_chars,
               n_central_asian]


def any_name() -> str:
    return pick(NAME_MAKERS)()


def build_names() -> None:
    no_context = [
        "{v} says the rash on her cheeks has faded completely.",
        "{v} was admitted with a fever and a platelet count of 12 × 10^9/L.",
        "{v} flew from {city} with {rel} in {my}.",
        "{v} still laughs about the hospital food.",
        "{v} drove through the night to reach the border crossing.",
        "After the third cycle, {v} could climb the stairs again.",
        "We thank {v} for allowing us to share this story.",
        "By the second week {v} was walking around the ward.",
        "Everyone on the ward remembers {v} and her paper cranes.",
        "{v} finished chemotherapy before the cell infusion.",
        "When the results came back, {v} cried with relief.",
        "It was {v} who first noticed the swelling in his legs.",
        "The team explained the procedure to {v} through an interpreter.",
        "Photo: {v} on the day of discharge, holding a bouquet from the nurses.",
        "Caption: {v} (left) with {rel} in the garden of the inpatient building.",
        "{v} teaches mathematics at a secondary school in {city}.",
        "Six months later, {v} returned for the first follow-up visit.",
        "{v} decided to travel to China after reading about CAR-T therapy.",
        "{v} had never been on a plane before.",
        "Before the transplant {v} lost almost twelve kilograms.",
    ]
    with_context = [
        "Our patient, {v}, is a 27-year-old engineer from {city}.",
        "The patient's name is {v}; she agreed to be photographed.",
        "Her husband, {v}, slept on a folding chair beside the bed for a month.",
        "Her attending physician, Dr. {v}, explained the biopsy results.",
        "His daughter {v} translated every conversation with the doctors.",
        "The head nurse, {v}, organised a birthday cake on the ward.",
        "Interpreter {v} accompanied the family from the airport.",
        "A neighbour named {v} looked after the children while they were away.",
        "The boy's mother, {v}, kept a diary of every blood test.",
        "She was referred by her rheumatologist in {city}, Dr. {v}.",
        "Patient: {v}; diagnosis: {cond}.",
        "Name: {v}",
        "Mother's name: {v}",
        "Contact person: {v} ({rel})",
        "Our coordinator {v} met them at the arrivals hall.",
        "His friend {v} set up a fundraising page for the treatment.",
    ]
    possessive = [
        "{v}'s mother sold the family car to pay for the flights.",
        "{v}'s platelet count rose above 100 after the second month.",
        "Nobody expected {v}'s kidneys to recover so quickly.",
        "We spoke to {v}'s sister, who had donated her stem cells.",
        "{v}'s story began with a nosebleed that would not stop.",
        "The nurses hung {v}'s drawings above the nursing station.",
        "{v}'s husband still sends the team photos from home.",
        "At {v}'s request, we have not shown her face.",
    ]
    lists = [
        "{v}, {n2} and {n3} were admitted in the same week.",
        "The family — {v}, {n2} and their two children — rented a flat near the hospital.",
        "Present at the consultation: {v}, {n2}, and the interpreter.",
        "Donors tested: {v} (sister), {n2} (brother).",
        "Thanks to {v}, {n2}, {n3} and everyone on the ninth floor.",
        "{v} and {n2} shared a room on the haematology ward.",
        "Left to right: {v}, {n2}, {n3}.",
        "Both {v} and {n2} are now back at work.",
    ]
    quotes = [
        "\"Don't be afraid, {v},\" the nurse said, holding her hand.",
        "\"{v} never complained, not once,\" her mother told us.",
        "\"Thank you, Dr. {v}, for giving me back my daughter,\" she wrote.",
        "\"Ask {v}, she knows everything about the medicines,\" her husband joked.",
        "\"I am {v}, and I have lived with lupus for nine years.\"",
        "\"My name is {v}. I am from {city}.\"",
        "\"We called {v} every evening from {city},\" her brother said.",
        "'{v}, it's time for your injection,' the night nurse whispered.",
        "\"Hello, this is {v}'s mother; can we change the appointment?\"",
        "The doctor said: \"{v} responded better than we hoped.\"",
        "\"When {v} smiled again, we knew it had worked,\" said {rel}.",
        "\"Mama, can {v} come to visit?\" the little boy asked.",
    ]
    verbs = [
        "{v} wrote to the hospital in Russian, and a coordinator replied the same day.",
        "{v} agreed.",
        "{v} refused the first offer of a transplant.",
        "{v} recovered.",
        "{v} remembers the sound of the infusion pump.",
        "{v} called at midnight because the fever had returned.",
        "{v} signed the consent form in front of two witnesses.",
        "{v} cooked plov for the whole ward on the day she left.",
        "{v} sleeps better now.",
        "{v} knitted hats for the children in the next room.",
    ]

    def two_more(t):
        return t.replace("{n2}", any_name()).replace("{n3}", any_name())

    fill("name_no_context", "person_name", no_context, NAME_MAKERS, 60)
    fill("name_with_context", "person_name", with_context, NAME_MAKERS, 45)
    fill("name_possessive", "person_name", possessive, NAME_MAKERS, 25)
    lst = []
    for _ in range(60):
        lst.append(two_more(pick(lists)))
    fill("name_list", "person_name", lst, NAME_MAKERS, 25)
    fill("name_quote_dialogue", "person_name", quotes, NAME_MAKERS, 40)
    fill("name_before_verb", "person_name", verbs, NAME_MAKERS, 25)
    fill("name_chinese_characters", "person_name", no_context[:12] + with_context[:8] + quotes[:4],
         n_chinese_chars, 20)
    fill("name_nickname", "person_name", no_context + quotes + verbs, n_nick, 20)
    fill("name_initials_title", "person_name", no_context + verbs + possessive,
         [n_initials, n_title_family], 25)
    word_name_templates = [
        "{v} was only six when the leukaemia came back.",
        "{v} and her mother arrived in {city} on a night train.",
        "\"{v} is the bravest girl I know,\" said the ward sister.",
        "{v} drove his mother to every appointment.",
        "{v} told us the injections hurt less than she expected.",
        "Her child {v} now studies medicine in {city}.",
        "{v}'s blood counts recovered by the fourth week.",
        "Photo: {v} blowing out eleven candles on the ward.",
        "We asked {v} what she missed most about home.",
        "{v} said, \"I want to swim again this summer.\"",
    ]
    fill("name_ordinary_word", "person_name", word_name_templates, n_word_name, 22)


# ---------------------------------------------------------------------------------------------
# Identifier makers
# ---------------------------------------------------------------------------------------------

def phone() -> str:
    k = R.randint(0, 17)
    if k == 0:
        return f"+7 {pick(['701', '702', '705', '707', '747', '771', '777'])} {digits(3)} {digits(4)}"
    if k == 1:
        return f"8 ({pick(['701', '705', '777', '916', '925', '903'])}) {digits(3)}-{digits(2)}-{digits(2)}"
    if k == 2:
        return f"+86 1{pick('3578')}{digits(1)} {digits(4)} {digits(4)}"
    if k == 3:
        return f"1{pick('3578')}{digits(9)}"
    if k == 4:
        return f"010-{nz_digits(4)} {digits(4)}"
    if k == 5:
        return f"+998 {pick(['90', '91', '93', '97'])} {digits(3)} {digits(2)} {digits(2)}"
    if k == 6:
        return f"+976 {pick('89')}{digits(3)} {digits(4)}"
    if k == 7:
        return f"+971 5{pick('0256')} {digits(3)} {digits(4)}"
    if k == 8:
        return f"+44 20 7{digits(3)} {digits(4)}"
    if k == 9:
        return f"({nz_digits(3)}) {nz_digits(3)}-{digits(4)}"
    if k == 10:
        return f"+996 {pick(['555', '700', '772'])} {digits(3)} {digits(3)}"
    if k == 11:
        return f"+7-{pick(['495', '812', '727', '717'])}-{digits(3)}-{digits(2)}-{digits(2)}"
    if k == 12:
        return f"(+86) 21 {nz_digits(4)}-{digits(4)}"
    if k == 13:
        return f"+234 80{digits(1)} {digits(3)} {digits(4)}"
    if k == 14:
        return f"+62 812-{digits(4)}-{digits(4)}"
    if k == 15:
        return f"0{pick(['701', '777'])}.{digits(3)}.{digits(2)}.{digits(2)}"
    if k == 16:
        return f"+992 {pick(['90', '93', '98'])} {digits(3)} {digits(4)}"
    return f"00 7 {pick(['701', '747'])} {digits(3)} {digits(2)} {digits(2)}"


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def phone_words() -> str:
    d = "8701" + digits(7)
    return " ".join(WORDS[int(c)] for c in d)


def email() -> str:
    local = pick(["sunflower_88", "kz.mama2019", "lupus.warrior", "steppe.rider", "hope4dana",
                  "travel.notes77", "blue.yurt", "nightowl_ub", "mama.of.three", "desertrose91",
                  "ak.family", "samal_tour", "kitchen.garden", "oncomom", "t.runner", "pamirs2020",
                  "rainbow.kid", "book.lover.ast", "zhenis_x", "mountain_goat"])
    dom = pick(["mail.ru", "gmail.com", "yandex.kz", "inbox.ru", "bk.ru", "outlook.com", "163.com",
                "qq.com", "yahoo.com", "hotmail.com", "icloud.com", "list.ru", "umail.uz", "proton.me"])
    k = R.randint(0, 6)
    if k == 0:
        a, b = dom.split(".", 1)
        return f"{local} at {a} dot {b}"
    if k == 1:
        return f"{local}[at]{dom}"
    if k == 2:
        return f"{local} (at) {dom.replace('.', ' (dot) ')}"
    if k == 3 and dom == "qq.com":
        return f"{nz_digits(9)}@qq.com"
    if k == 4:
        return f"{local} @ {dom}"
    return f"{local}@{dom}"


def url() -> str:
    return pick([
        f"https://www.gofundme.com/f/{pick(['help-our-little-fighter', 'car-t-for-mama', 'bone-marrow-hope'])}-{digits(3)}",
        f"bit.ly/{upper(3, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789')}{upper(4, 'abcdefghkmnpqrstuvwxyz23456789')}",
        f"https://{pick(['mylupusjourney', 'ourfighter', 'steppeandsnow', 'mamas-diary', 'kidneydays'])}.{pick(['kz', 'ru', 'com', 'blogspot.com', 'wordpress.com'])}",
        f"www.{pick(['ourfamilyblog', 'lifeaftertransplant', 'dinas-diary', 'redspots-gone'])}.{pick(['net', 'org', 'kz'])}/{pick(['day-100', 'about', 'china-trip', 'part-3'])}",
        f"https://sites.google.com/view/{pick(['our-little-fighter', 'mama-will-be-ok', 'road-to-beijing'])}",
        f"youtu.be/{upper(11, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-')}",
        f"https://tinyurl.com/{upper(8, 'abcdefghkmnpqrstuvwxyz23456789')}",
        f"http://{pick(['blog.sina.com.cn', 'www.zhihu.com/people', 'medium.com'])}/{pick(['u', 'p', 'post'])}/{nz_digits(8)}",
        f"https://www.justgiving.com/crowdfunding/{pick(['car-t-treatment-in-china', 'bring-them-home'])}",
        f"https://clck.ru/{upper(6, 'abcdefghkmnpqrstuvwxyzABCDEFGH23456789')}",
    ])


def ip() -> str:
    k = R.randint(0, 5)
    if k == 0:
        return f"{pick(['37', '46', '95', '178', '185', '213'])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 1:
        return f"192.168.{R.randint(0, 9)}.{R.randint(2, 254)}"
    if k == 2:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if k == 3:
        return f"2a02:{R.randint(0x1000, 0xffff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xfff):x}"
    if k == 4:
        return f"2001:db8:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}"
    return f"{R.randint(100, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}:{pick(['8080', '443', '3389'])}"


PLACES = [(43.2389, 76.8897), (51.1694, 71.4491), (42.3417, 69.5901), (47.9077, 106.8832),
          (41.2995, 69.2401), (42.8746, 74.5698), (38.5598, 68.7870), (49.8047, 73.1094),
          (52.2870, 104.3050), (46.3500, 48.0400), (43.8256, 87.6168), (39.6542, 66.9597),
          (25.2048, 55.2708), (21.0278, 105.8342), (3.1390, 101.6869), (-1.2921, 36.8219),
          (46.7167, 113.2833), (50.2833, 57.1667), (40.5283, 72.7985), (48.0196, 66.9237)]


def geo() -> str:
    c_lat, c_lon = pick(PLACES)
    lat = c_lat + R.uniform(-0.9, 0.9)
    lon = c_lon + R.uniform(-0.9, 0.9)
    ns = "N" if lat >= 0 else "S"
    k = R.randint(0, 6)
    if k == 0:
        return f"{lat:.6f}, {lon:.6f}"
    if k == 1:
        return f"{abs(lat):.4f}° {ns}, {lon:.4f}° E"
    if k == 2:
        a = abs(lat)
        d, m, s = int(a), int((a % 1) * 60), int((a * 3600) % 60)
        e, f, g = int(lon), int((lon % 1) * 60), int((lon * 3600) % 60)
        return f"{d}°{m:02d}'{s:02d}\"{ns} {e}°{f:02d}'{g:02d}\"E"
    if k == 3:
        return f"lat {lat:.5f}, long {lon:.5f}"
    if k == 4:
        return f"@{lat:.7f},{lon:.7f}"
    if k == 5:
        return f"{ns}{abs(lat):.5f} E{lon:.5f}"
    return f"({lat:.5f}; {lon:.5f})"


def postal() -> tuple[str, str]:
    return pick([
        ("Almaty", f"0500{R.randint(0, 6)}{R.randint(0, 9)}"), ("Astana", f"0100{R.randint(0, 1)}{R.randint(0, 9)}"),
        ("Shymkent", f"1600{R.randint(10, 99)}"), ("Moscow", f"1{R.randint(0, 2)}{digits(4)}"),
        ("Novosibirsk", f"630{digits(3)}"), ("London", f"{pick(['SW1A', 'EC1V', 'N7', 'SE15'])} {R.randint(1, 9)}{upper(2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
        ("Manchester", f"M{R.randint(1, 40)} {R.randint(1, 9)}{upper(2, 'ABDEFGHJLNPQRSTUWXYZ')}"),
        ("New York", f"100{R.randint(10, 99)}"), ("Chicago", f"606{R.randint(10, 99)}-{digits(4)}"),
        ("Toronto", f"M{R.randint(1, 9)}{pick('ABCEGHJ')} {R.randint(1, 9)}{pick('ABCEGHJ')}{R.randint(1, 9)}"),
        ("Ulaanbaatar", f"1{R.randint(3, 8)}{R.randint(0, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"),
        ("Tashkent", f"100{digits(3)}"), ("Bishkek", f"7200{R.randint(10, 99)}"),
        ("Beijing", f"100{digits(3)}"), ("Shanghai", f"200{digits(3)}"), ("Urumqi", f"830{digits(3)}"),
        ("Amsterdam", f"10{R.randint(11, 99)} {upper(2, 'ABCDEGHJKLMNPRSTVWXZ')}"),
        ("Tokyo", f"〒1{R.randint(0, 9)}{R.randint(0, 9)}-{digits(4)}"), ("Delhi", f"110{digits(3)}"),
        ("Warsaw", f"0{R.randint(0, 4)}-{digits(3)}"), ("Berlin", f"1{R.randint(0, 4)}{digits(3)}"),
        ("Kuala Lumpur", f"5{R.randint(0, 9)}{digits(3)}"), ("Riyadh", f"1{digits(4)}"),
    ])


def street() -> tuple[str, str]:
    k = R.randint(0, 13)
    if k == 0:
        return ("Almaty", f"{R.randint(1, 250)} {pick(['Abay Avenue', 'Dostyk Avenue', 'Tole Bi Street', 'Furmanov Street'])}")
    if k == 1:
        return ("Astana", f"{pick(['Kabanbay Batyr Avenue', 'Turan Avenue', 'Kenesary Street'])} {R.randint(1, 99)}, flat {R.randint(1, 180)}")
    if k == 2:
        return (pick(["Omsk", "Kazan", "Irkutsk", "Novosibirsk"]), f"ul. {pick(['Lenina', 'Gagarina', 'Pushkina', 'Sovetskaya'])} {R.randint(1, 99)}, kv. {R.randint(1, 200)}")
    if k == 3:
        return ("Beijing", f"Room {R.randint(1, 30)}0{R.randint(1, 9)}, Building {R.randint(1, 20)}, {R.randint(1, 300)} {pick(['Jianguo Road', 'Dongzhimen Inner Street', 'Chaoyang North Road'])}")
    if k == 4:
        return ("Shanghai", f"Lane {R.randint(10, 999)}, {pick(['Xinhua Road', 'Changle Road', 'Fuxing West Road'])}, No. {R.randint(1, 60)}")
    if k == 5:
        city, road = pick([("Beijing", "朝阳区建国路"), ("Beijing", "海淀区中关村大街"),
                           ("Guangzhou", "天河区体育西路"), ("Shanghai", "徐汇区漕溪北路")])
        return (city, f"{road}{R.randint(1, 300)}号{R.randint(1, 20)}栋{R.randint(1, 30)}0{R.randint(1, 9)}室")
    if k == 6:
        return ("Almaty", f"apartment {R.randint(1, 120)}, house {R.randint(1, 90)}, {pick(['Samal-2', 'Aksai-4', 'Orbita-3', 'Mamyr-1'])} microdistrict")
    if k == 7:
        return ("Moscow", f"{pick(['Tverskaya Street', 'Prospekt Mira', 'Leninsky Prospekt'])} {R.randint(1, 150)}, building {R.randint(1, 5)}, apt. {R.randint(1, 300)}")
    if k == 8:
        return ("Ulaanbaatar", f"{R.randint(1, 30)}th khoroo, building {R.randint(1, 99)}, door {R.randint(1, 150)}")
    if k == 9:
        return ("Dubai", f"Villa {R.randint(1, 90)}, Street {R.randint(1, 40)}, {pick(['Al Barsha', 'Jumeirah 1', 'Mirdif'])}")
    if k == 10:
        return (pick(["Muscat", "Riyadh", "Amman"]), f"PO Box {nz_digits(5)}")
    if k == 11:
        return ("Bishkek", f"{R.randint(1, 99)}/{R.randint(1, 9)} Chui Avenue")
    if k == 12:
        return ("Tashkent", f"house {R.randint(1, 200)}, {pick(['Chilanzar', 'Yunusabad', 'Mirzo Ulugbek'])} district, block {R.randint(1, 30)}")
    return (pick(["Nairobi", "Lagos", "Manila"]), f"{R.randint(1, 999)}{pick(['', 'A', 'B'])} {pick(['Kenyatta Avenue', 'Adeola Odeku Street', 'Ayala Avenue', 'Ngong Road'])}")


def exact_date() -> str:
    y = R.randint(2014, 2024)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return pick([
        f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"the {d}{suf} of {MONTHS[m - 1]}",
        f"{MONTHS[m - 1]} {d}{suf}", f"{MON3[m - 1]}. {d}", f"{d} {MON3[m - 1]} {str(y)[2:]}",
        f"{y}年{m}月{d}日", f"{m}/{d}/{str(y)[2:]}", f"{y}.{m}.{d}", f"{d}-{MON3[m - 1]}-{y}",
        f"{d}{suf} {MONTHS[m - 1]} {y}",
        pick([f"Christmas Day {y}", f"New Year's Eve {y}", f"Chinese New Year's Eve {y}",
              f"the first day of the Spring Festival in {y}", f"Eid al-Fitr {y}",
              f"the 15th day of the eighth lunar month of {y}", f"Nauryz (22 March) {y}",
              f"Victory Day, 9 May {y}", f"International Women's Day {y}",
              f"the lunar date 正月十五, {y}", f"Mid-Autumn Festival {y}"]),
    ])


def dob_value() -> str:
    y = R.randint(1935, 2021)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return pick([f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}",
                 f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}年{m}月{d}日",
                 f"{d}-{MON3[m - 1]}-{y}", f"{m}/{d}/{y}", f"{y}{m:02d}{d:02d}"])


def age_over() -> str:
    a = R.randint(90, 104)
    w = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
         95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
         99: "ninety-nine", 100: "one hundred", 101: "a hundred and one", 102: "one hundred and two",
         103: "a hundred and three", 104: "one hundred and four"}[a]
    return pick([f"{a}-year-old", f"{w}-year-old", f"{a}-year-old", f"{a}-year-old"])


AR_CHECK = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id() -> str:
    area = pick(["110101", "110105", "310104", "650102", "440106", "510107", "320102", "150102",
                 "654001", "210203", "370202", "420111", "652801", "330106"])
    y = R.randint(1940, 2018)
    body = f"{area}{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(3)}"
    s = sum(int(c) * w for c, w in zip(body, AR_CHECK)) % 11
    check = "10X98765432"[s]
    k = R.randint(0, 9)
    if k == 0:  # wrong check digit
        check = pick([c for c in "0123456789X" if c != check])
    full = body + check
    if k == 1:
        return f"{area}{str(y)[2:]}{body[10:14]}{digits(3)}"  # old 15-digit
    if k == 2:
        return f"{full[:6]} {full[6:14]} {full[14:]}"
    if k == 3:
        return full.replace("X", "x") if "X" in full else full
    if k == 4:
        return full.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    if k == 5:
        return f"{full[:6]}-{full[6:14]}-{full[14:]}"
    return full


def national_id() -> str:
    k = R.randint(0, 15)
    if k == 0:
        return ("IIN", f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{pick('3456')}{digits(5)}")
    if k == 1:
        return ("SNILS", f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}")
    if k == 2:
        return ("Social Security number", f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}")
    if k == 3:
        return ("National Insurance number", f"{upper(2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(2)} {digits(2)} {digits(2)} {pick('ABCD')}")
    if k == 4:
        return ("PINFL", f"{pick('3456')}{digits(13)}")
    if k == 5:
        return ("civil registration number", f"{upper(2, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ')}{R.randint(40, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(2)}")
    if k == 6:
        return ("Aadhaar", f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}")
    if k == 7:
        return ("CNIC", f"{nz_digits(5)}-{digits(7)}-{R.randint(1, 9)}")
    if k == 8:
        return ("MyKad number", f"{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1, 14):02d}-{digits(4)}")
    if k == 9:
        return ("NIK", f"{R.randint(11, 94)}{digits(14)}")
    if k == 10:
        return ("citizen ID (CCCD)", f"0{digits(11)}")
    if k == 11:
        return ("Emirates ID", f"784-{R.randint(1960, 2015)}-{digits(7)}-{R.randint(1, 9)}")
    if k == 12:
        return ("resident registration number", f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick('12')}{digits(6)}")
    if k == 13:
        return ("Thai ID", f"{R.randint(1, 8)} {digits(4)} {digits(5)} {digits(2)} {R.randint(0, 9)}")
    if k == 14:
        return ("personal number", f"{pick('12')}{digits(13)}")
    return ("national ID", f"{nz_digits(9)}")


def passport() -> str:
    return pick([
        f"N{nz_digits(8)}", f"{R.randint(10, 99)} {nz_digits(7)}", f"{R.randint(10, 99)}{digits(2)} {digits(6)}",
        f"E{nz_digits(8)}", f"E{upper(1, 'ABCDEFGH')}{nz_digits(7)}", f"{nz_digits(9)}", f"FA{nz_digits(7)}",
        f"AD{nz_digits(7)}", f"E{nz_digits(7)}", f"P{nz_digits(7)}", f"{upper(1, 'ABCFGHJKLMNPRTVWXYZ')}{nz_digits(7)}",
        f"AC {nz_digits(7)}",
    ])


def mrn() -> str:
    return pick([
        f"{nz_digits(8)}", f"ZY{R.randint(2015, 2024)}{digits(6)}", f"{nz_digits(7)}",
        f"IP-{R.randint(15, 24)}-{digits(5)}", f"P{digits(7)}", f"MZ{nz_digits(9)}",
        f"{R.randint(2018, 2024)}-{digits(6)}", f"H{digits(3)}-{digits(3)}-{digits(3)}",
        f"0000{nz_digits(6)}",
    ])


def health_plan() -> tuple[str, str]:
    return pick([
        ("OMS policy", f"{nz_digits(16)}"), ("Cigna member ID", f"U{nz_digits(8)} 0{R.randint(1, 9)}"),
        ("Medicare number", f"{R.randint(1, 9)}{upper(2)}{digits(1)}-{upper(2)}{digits(1)}-{upper(2)}{digits(2)}"),
        ("Bupa membership number", f"{nz_digits(8)}"), ("AXA policy", f"AXA-{upper(2)}-{digits(8)}"),
        ("insurance policy", f"{nz_digits(10)}"), ("member ID", f"{upper(3)}{nz_digits(9)}"),
        ("Australian Medicare card", f"{R.randint(2000, 6999)} {digits(5)} {R.randint(1, 9)}"),
        ("health insurance card", f"MEM{digits(7)}"), ("社保卡号", f"{nz_digits(9)}"),
        ("social insurance card no.", f"{upper(1, 'ABCDEFGHJK')}{nz_digits(8)}"),
        ("DMS policy", f"{digits(3)}-{digits(6)}-{digits(2)}"),
    ])


def account() -> tuple[str, str]:
    return pick([
        ("IBAN", f"KZ{digits(2)} {digits(3)}K ZT{digits(2)} {digits(4)} {digits(4)} {digits(2)}"),
        ("IBAN", f"GB{digits(2)} NWBK {digits(4)} {digits(4)} {digits(4)} {digits(2)}"),
        ("IBAN", f"DE{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}"),
        ("Kaspi Gold card", f"4400 4302 {digits(4)} {digits(4)}"),
        ("Sberbank account", f"40817810{digits(12)}"),
        ("bank card", f"6222 {digits(4)} {digits(4)} {digits(4)} {digits(3)}"),
        ("IBAN", f"AE{digits(2)}{digits(3)}{digits(16)}"),
        ("Visa card", f"4{digits(3)}-{digits(4)}-{digits(4)}-{digits(4)}"),
        ("account number", f"{nz_digits(10)}"),
        ("Halyk card", f"5{R.randint(1, 5)}{digits(2)} {digits(4)} {digits(4)} {digits(4)}"),
        ("UnionPay card", f"62{digits(17)}"),
        ("bank account", f"{digits(3)}-{digits(6)}-{digits(3)}"),
    ])


def licence() -> tuple[str, str]:
    return pick([
        ("driver's licence", f"{upper(2)} {nz_digits(7)}"),
        ("driving licence", f"{R.randint(10, 99)} {R.randint(10, 99)} {nz_digits(6)}"),
        ("driver's licence", f"D{digits(4)}-{digits(5)}-{digits(5)}"),
        ("UK driving licence", f"{upper(5)}{digits(6)}{upper(2)}{digits(1)}{upper(2)}"),
        ("medical practitioner's certificate", f"{R.randint(1, 9)}{digits(14)}"),
        ("medical licence", f"{R.randint(2005, 2022)}-MD-{digits(5)}"),
        ("nursing licence", f"RN {nz_digits(6)}"), ("pharmacist licence", f"PH-{nz_digits(6)}"),
        ("interpreter's certificate", f"CATTI-{R.randint(2010, 2023)}-{digits(6)}"),
        ("driver's licence", f"{upper(1)}{nz_digits(8)}"), ("practising licence", f"{nz_digits(12)}"),
    ])


def vehicle() -> tuple[str, str]:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    plate = pick([
        f"{pick(['京', '沪', '新', '粤', '黑'])}{upper(1, 'ABCDEFG')}·{upper(1, 'DF')}{nz_digits(4)}",
        f"{pick(['京', '新', '蒙'])}{upper(1, 'ABCDE')} {nz_digits(5)}",
        f"{nz_digits(3)} {upper(3, 'ABCDEFHKLMNOPRSTXZ')} {R.randint(1, 20):02d}",
        f"{upper(1, 'АВЕКМНОРСТУХ')}{nz_digits(3)}{upper(2, 'АВЕКМНОРСТУХ')} {R.randint(1, 199)}",
        f"{R.randint(1, 95):02d} {upper(1)} {nz_digits(3)} {upper(2)}",
        f"{nz_digits(4)} {upper(3, 'УБАНГЕ')}", f"{upper(2)}{R.randint(10, 73)} {upper(3)}",
        f"{R.randint(1, 9)}{upper(3)}{nz_digits(3)}", f"{upper(1, 'BMKHS')}-{upper(2)} {nz_digits(4)}",
        f"Dubai {upper(1)} {nz_digits(5)}",
    ])
    if R.random() < 0.22:
        pre = pick(["", "JTM", "WVW", "LSV", "XTA", "KMH", "Z94", "LFV"])
        return ("VIN", pre + "".join(R.choice(vin_chars) for _ in range(17 - len(pre))))
    return (pick(["plate", "licence plate", "number plate", "registration"]), plate)


def device() -> tuple[str, str]:
    hx = "0123456789ABCDEF"
    mac = ":".join("".join(R.choice(hx) for _ in range(2)) for _ in range(6))
    return pick([
        ("IMEI", f"{pick(['35', '86', '01'])}{digits(13)}"), ("IMEI", f"35-{digits(6)}-{digits(6)}-{digits(1)}"),
        ("MAC address", mac), ("MAC", mac.lower().replace(":", "-")),
        ("insulin pump serial", f"NG{nz_digits(7)}H"), ("pacemaker serial number", f"{upper(3)}{nz_digits(6)}"),
        ("pacemaker S/N", f"PJN{nz_digits(6)}S"), ("UDI", f"(01)0{nz_digits(13)}(21){nz_digits(9)}"),
        ("CGM transmitter ID", f"{upper(1)}{nz_digits(1)}{upper(4)}"),
        ("hearing aid serial no.", f"{nz_digits(10)}"),
        ("cochlear implant serial", f"{upper(2)}{digits(2)}-{digits(5)}-{upper(1)}"),
        ("ventilator serial", f"{upper(1)}{nz_digits(3)}{upper(2)}{digits(4)}{upper(1)}"),
        ("tablet serial", f"SN {upper(3)}{nz_digits(6)}{upper(1)}"),
    ])


def other_no() -> tuple[str, str]:
    return pick([
        ("booking reference", upper(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        ("ticket number", f"{pick(['784', '555', '880', '999'])}-{nz_digits(10)}"),
        ("claim number", f"CLM-{R.randint(2019, 2024)}-{digits(6)}"),
        ("court case No.", f"{R.randint(2, 2)}-{R.randint(100, 9999)}/{R.randint(2019, 2024)}"),
        ("student ID", f"{R.randint(2015, 2024)}{digits(5)}"),
        ("employee number", f"E{nz_digits(5)}"),
        ("visa application number", f"{upper(3)}{R.randint(2020, 2024)}{digits(6)}"),
        ("donor registry ID", f"{R.randint(1, 9)}{digits(3)}-{digits(4)}-{R.randint(1, 9)}"),
        ("invitation letter number", f"ZL-{R.randint(2020, 2024)}-{digits(5)}"),
        ("police report number", f"{nz_digits(12)}"),
        ("order number", f"{nz_digits(18)}"),
        ("disability certificate number", f"{pick(['MSE', 'VTEK'])}-{nz_digits(7)}"),
        ("pension file number", f"{nz_digits(9)}"),
        ("membership card", f"No. {nz_digits(8)}"),
    ])


def build_identifiers() -> None:
    N = 46
    fill("phone", "phone_number", [
        "Please call me on {v} after six in the evening.",
        "Mobile: {v}",
        "Her husband's number is {v}, he speaks a little English.",
        "You can reach the family at {v} (Kazakh or Russian).",
        "Tel. {v}",
        "{v} — this is my daughter's phone, she will translate.",
        "If the fever comes back, ring {v} at any hour.",
        "Contact number (home): {v}",
        "My new number is {v}, the old one no longer works.",
        "She wrote her number on the back of the photo: {v}.",
        "\"Call {v} when you land in {city},\" the coordinator told them.",
        "Emergency contact — {rel}, {v}",
        "We tried {v} three times but nobody answered.",
        "Number of the family's landlord in {city}: {v}",
    ], phone, N)
    fill("phone_fax", "phone_number", [
        "Fax: {v}",
        "Please fax the discharge summary to {v}.",
        "The referral letter came by fax from {v}.",
        "Fax no. {v} (local clinic in {city})",
        "Her GP asked us to send the results to fax {v}.",
        "Tel./fax {v}",
        "The lab report was faxed from {v} at noon.",
        "Send the invitation to our fax, {v}, not by post.",
    ], phone, 14)
    fill("phone_words", "phone_number", [
        "Her number, as she spelled it out on the voice message, was {v}.",
        "He repeated it slowly: {v}.",
        "The note said to call {v}.",
    ], phone_words, 6)

    fill("email", "email", [
        "Write to me at {v}, I check it every day.",
        "E-mail: {v}",
        "You can send the scans to {v}.",
        "My daughter's address is {v} — she reads English better than I do.",
        "Contact: {v} (please write in Russian)",
        "{v} is the best way to reach our family.",
        "She asked us to send the invoice to {v} rather than to her husband.",
        "\"Just e-mail {v},\" he said, \"I'll answer from the ward.\"",
        "Results were forwarded to {v} on request.",
        "mail me: {v}",
        "For questions about the fundraiser, contact {v}.",
        "Her old mailbox ({v}) was closed after she moved.",
    ], email, N)

    fill("web_address", "web_address", [
        "She documents her recovery at {v}.",
        "Donations can be made through {v}.",
        "Read the whole diary here: {v}",
        "The family's fundraising page ({v}) collected enough for the flights.",
        "Link to his video: {v}",
        "See {v} for photos from the ward.",
        "He posted the update at {v} last night.",
        "Her blog, {v}, has thousands of readers in {country}.",
        "Full story: {v}",
        "\"Everything is on {v},\" she said, \"even the menus from the canteen.\"",
        "Our video call link is {v}.",
        "The campaign at {v} is now closed.",
    ], url, N)

    fill("ip_address", "ip_address", [
        "The message was sent from IP {v}.",
        "Form submission logged from {v}.",
        "IP address: {v}",
        "Her camera at home streams to {v}, so the nurses can see the baby.",
        "Access from {v} was blocked after five failed logins.",
        "The upload came from {v} (a hotel network in {city}).",
        "Remote monitoring gateway: {v}",
        "Connect the pump app to {v} before discharge.",
        "Sender address {v}, browser Chrome on Android.",
        "The home router ({v}) kept dropping the video consultation.",
    ], ip, N)

    fill("geolocation", "geolocation", [
        "Our yurt is at {v}, about two hours from the nearest town.",
        "Location shared: {v}",
        "The village sits at {v}; there is no road in spring.",
        "Send the ambulance to {v}.",
        "GPS: {v}",
        "Photo metadata: taken at {v}.",
        "Her family's farm ({v}) is four hundred kilometres from the nearest hospital.",
        "I am here — {v} — please tell the driver.",
        "Pin dropped at {v} near the bus stop.",
        "Coordinates of the house: {v}.",
        "{v} — that is where we spend the summer with the herds.",
    ], geo, N)

    fill("postal_code", "postal_code", [
        "Post code: {v}",
        "Please send the medicines to postcode {v}, {lab}.",
        "{lab} {v}",
        "{lab}, ZIP {v}",
        "The parcel was held at the sorting office for index {v} in {lab}.",
        "Her postal index is {v} ({lab}).",
        "Postcode {v} was written on the return envelope.",
        "We only know his post code ({v}); the street name was smudged.",
        "Index: {v}, {lab}",
        "The courier could not find postcode {v}.",
        "{v} {lab} — that is all she wrote on the envelope.",
    ], postal, 40)

    fill("street_address", "street_address", [
        "They rented a flat at {v}, {lab}, a short walk from the clinic.",
        "Address: {v}, {lab}",
        "Please deliver to {v}.",
        "She lives at {v} with {rel}.",
        "Home address — {v}, {lab}",
        "The family's house, {v}, was sold to pay for treatment.",
        "Our home is {v}; come and visit us in {lab}!",
        "Discharge medicines were posted to {v}.",
        "\"We live at {v}, the blue gate,\" her father explained.",
        "He stayed at {v} during the six weeks of follow-up.",
        "Residence: {v} ({lab})",
        "Letters for him go to {v}.",
    ], street, N)

    fill("exact_date", "exact_date", [
        "On {v}, she was admitted with a high fever.",
        "The CAR-T cells were infused on {v}.",
        "Discharged: {v}",
        "Timeline — {v}: bone marrow biopsy confirmed remission.",
        "We landed in Beijing on {v}, tired but hopeful.",
        "Photo taken {v}, the morning after the transplant.",
        "Her last dose of prednisone was on {v}.",
        "{v} — first follow-up visit, all results normal.",
        "Surgery was scheduled for {v}.",
        "\"I will never forget {v},\" she said, \"the day I could walk again.\"",
        "Admitted {v}; transferred to ICU two days later.",
        "The relapse was found at a routine check on {v}.",
        "We celebrated at home on {v}, after eleven months in hospital.",
        "Next appointment: {v} at 9:00.",
    ], exact_date, 55)

    fill("date_of_birth", "date_of_birth", [
        "Date of birth: {v}",
        "DOB {v}",
        "He was born on {v} in {city}.",
        "Born {v}, she was the youngest of four sisters.",
        "D.O.B.: {v}",
        "My son's date of birth is {v}, please correct the form.",
        "The baby, born on {v}, weighed 2.1 kg.",
        "Patient born {v}, female.",
        "(b. {v})",
        "Birth date ({v}) did not match the passport copy.",
        "She was born {v}, a week before the earthquake.",
        "Date of birth ({v}) — please check the insurance form.",
    ], dob_value, 42)

    fill("age_over_89", "age_over_89", [
        "The {v} grandmother travelled from {city} with her grandson.",
        "A {v} man was among the first to receive the new valve.",
        "Even as a {v}, she insisted on walking to the scanner.",
        "Our oldest patient this year was a {v} from {city}.",
        "The {v} retired teacher underwent cataract surgery without complications.",
        "Her great-grandmother, a {v} from {city}, sent a video message of support.",
        "Caption: a {v} patient doing breathing exercises with the physiotherapist.",
        "The surgeons hesitated to operate on a {v} with heart failure.",
    ], age_over, 20)
    ages_plain = [
        ("She is 94 years old and still tends her garden.", 0), ("Age: 91", 0), ("Age 97, male.", 0),
        ("He turned 90 in the hospital and the nurses brought a cake.", 0),
        ("My grandfather is ninety-two.", 0), ("Patient aged 93 with atrial fibrillation.", 0),
        ("At the age of 96 he had never been in a hospital.", 0),
        ("She celebrated her 100th birthday on the ward.", 0), ("(female, 95 y)", 0),
        ("The patient, 98 y/o, lives alone.", 0), ("Grandma is in her late nineties.", 0),
        ("A nonagenarian from {city}, she is our oldest CAR-T patient.", 0),
        ("He is 101 and reads the newspaper every morning.", 0), ("92yo F, hip fracture.", 0),
        ("His mother, now aged 99, lives with them.", 0), ("He turned ninety last winter.", 0),
        ("Age at admission: 94 years.", 0), ("A woman of ninety-one walked in on her own.", 0),
        ("Our 104-year-old patient asked for green tea.", 0),
        ("He is over 100, but his mind is sharp.", 0),
    ]
    for s in ["Her birthday is on 14 July, so we celebrated it on the ward.",
              "My son was born on the 3rd of March; he was a tiny baby.",
              "Born on New Year's Day 1987, she jokes that she always starts things first.",
              "His birthday — 22 September — fell during the second cycle.",
              "DOB: 11/02 (the year is on the passport copy)."]:
        add("date_of_birth_no_year", "date_of_birth", s)
    for s, _ in ages_plain:
        add("age_over_89_plain", "age_over_89", s.format(city=pick(CITIES)))

    fill("social_account", "social_account", [
        "Add me on WeChat: {v}",
        "My Instagram is @{v}, I post updates there.",
        "Telegram: @{v}",
        "Her WeChat ID is {v}; she answers in Chinese and Russian.",
        "Follow his recovery on TikTok (@{v}).",
        "Find us on Xiaohongshu, ID {v}.",
        "I'm {v} on Telegram, message me anytime.",
        "LINE ID: {v}",
        "She runs a lupus support group on VKontakte under the name {v}.",
        "X/Twitter: @{v}",
        "Douyin account {v} has a video of her first walk.",
        "\"Write to {v} on WeChat,\" her sister said.",
    ], lambda: pick(["aru_fighter", "dana.zh", "mama_aigerim_kz", "steppe_wolf_07", "bota_smile",
                     "ub_runner", "lupus.free.2023", "sunny_tashkent", "kz_blood_warrior", "lily_in_china",
                     "zhanar.notes", "ermek_jr", "baatar_mgl", "ninja_mom_88", "salam_dubai_mama",
                     "moonflower_kg", "tiny.heart.kz", "bishkek.boy", "wxid_" + digits(8) + upper(2, "abcdefghkmnprstuvwxyz")]),
         40)
    fill("social_account_numeric", "social_account", [
        "QQ: {v}",
        "My QQ number is {v}.",
        "Weibo UID {v}",
        "Xiaohongshu number {v}, please follow.",
        "Add QQ {v} for the parents' group.",
    ], lambda: nz_digits(R.randint(8, 10)), 10)

    fill("resident_id", "resident_id", [
        "ID card: {v}",
        "Her Chinese resident identity card number is {v}.",
        "身份证号 {v}",
        "The interpreter's ID number, {v}, was on the visitor form.",
        "Resident ID {v} (copy attached).",
        "Please check the ID number {v} against the invoice.",
        "Identity card no.: {v}",
        "{v} — the donor's identity number from the registration form.",
        "Her husband gave his ID number, {v}, at the pharmacy.",
        "ID No. {v}; relationship: {rel}.",
        "\"My ID is {v},\" he told the registration desk.",
        "Citizen ID (China): {v}",
    ], resident_id, N)

    fill("national_id", "national_id", [
        "{lab}: {v}",
        "Her {lab} is {v}.",
        "The form asked for his {lab} ({v}).",
        "{v} ({lab})",
        "Please enter {lab} {v} on the claim.",
        "My {lab}, {v}, is on the copy I sent.",
        "Identity document — {lab} {v}",
        "{rel} gave {lab} {v} for the donor registry.",
        "We could not match {lab} {v} with the hospital record.",
        "\"Do you need my {lab}? It's {v},\" she asked.",
    ], national_id, N)

    fill("passport_number", "passport_number", [
        "Passport No. {v}",
        "Her passport number is {v}.",
        "The visa invitation lists passport {v}.",
        "{v} (passport, expires 2031)",
        "Passport: {v}, issued in {city}.",
        "He travelled on passport number {v}.",
        "The airline needed the boy's passport number, {v}, for the stretcher booking.",
        "Please correct the passport number on the invoice to {v}.",
        "Travel document {v}",
        "\"My passport is {v},\" she read out slowly.",
        "Foreign passport no: {v}; nationality: {country}.",
    ], passport, N)

    fill("medical_record_number", "medical_record_number", [
        "MRN: {v}",
        "Medical record number {v}",
        "Hospital no. {v}",
        "Inpatient number: {v} ({dept})",
        "Please quote her hospital number, {v}, when you call.",
        "Outpatient card {v}",
        "Patient ID {v} — results uploaded.",
        "The pathology slides are filed under record {v}.",
        "His chart number at our hospital is {v}.",
        "病案号 {v}",
        "Admission no. {v}; bed on the transplant ward.",
        "Records from {city} were scanned under MRN {v}.",
        "\"Your number is {v}, keep this card,\" the clerk said.",
    ], mrn, N)

    fill("health_plan_number", "health_plan_number", [
        "{lab}: {v}",
        "Her {lab} is {v}.",
        "{lab} {v}",
        "The insurer approved the claim for {lab} {v}.",
        "Please bill the treatment to {lab} {v} (international plan).",
        "He forgot his {lab}, {v}, at home.",
        "{v} ({lab})",
        "Policyholder: {rel}; {lab} {v}",
        "\"My {lab} is {v},\" she said at the cashier's window.",
        "The pre-authorisation was issued under {lab} {v}.",
    ], health_plan, N)

    fill("account_number", "account_number", [
        "{lab}: {v}",
        "Please transfer the refund to {lab} {v}.",
        "Donations: {v} ({lab} of {rel})",
        "The deposit was paid from {lab} {v}.",
        "{lab} {v}, beneficiary {rel}.",
        "Send the money to {v} — the name on the card is her mother's.",
        "\"{lab}: {v}, any amount helps,\" the post said.",
        "Refund to {v} ({lab}) was processed.",
        "Her {lab}, {v}, was blocked after the trip abroad.",
        "Sponsors can transfer to {v}.",
    ], account, N)

    fill("licence_number", "licence_number", [
        "{lab} No. {v}",
        "His {lab} number, {v}, was on the rental contract.",
        "{lab}: {v}",
        "Her {lab} ({v}) is valid until 2027.",
        "{v} ({lab})",
        "The report was signed under {lab} {v}.",
        "\"My {lab} is {v},\" he told the police officer.",
        "Please copy {lab} {v} onto the form.",
        "{lab} {v}, issued in {city}.",
        "A photo of the {lab} ({v}) was attached to the message.",
    ], licence, N)

    fill("vehicle_identifier", "vehicle_identifier", [
        "The ambulance, {lab} {v}, met them at the border.",
        "{lab}: {v}",
        "He drove his grey Camry ({lab} {v}) all the way from {city}.",
        "{lab} {v}",
        "The hospital car park ticket was for {v}.",
        "Our taxi ({lab} {v}) waited outside the emergency gate.",
        "The van with {lab} {v} brought the wheelchair.",
        "Parking permit for vehicle {v}.",
        "\"Look for a white Lada, {lab} {v},\" her brother texted.",
        "The car ({v}) was sold to pay for the treatment.",
    ], vehicle, N)

    fill("device_identifier", "device_identifier", [
        "{lab} {v}",
        "{lab}: {v}",
        "The {lab} is {v}.",
        "Please record the {lab} ({v}) in the discharge letter.",
        "{v} ({lab})",
        "The device was replaced; old {lab} {v}.",
        "The {lab} written on the warranty card is {v}.",
        "\"The {lab} is {v},\" the engineer read from the box.",
        "Device card — {lab} {v}.",
        "Please register {lab} {v} before discharge.",
    ], device, N)

    fill("other_number", "other_number", [
        "{lab}: {v}",
        "Her {lab} is {v}.",
        "Please quote {lab} {v}.",
        "{v} ({lab})",
        "The coordinator asked for the {lab} ({v}) twice.",
        "His {lab}, {v}, is on the letter we received.",
        "We need your {lab} ({v}) to reissue the document.",
        "\"My {lab} is {v},\" she told the coordinator.",
        "The {lab} {v} was printed on the receipt.",
        "Reference: {lab} {v}",
    ], other_no, N)


def build_combinations() -> None:
    def natid():
        lab, v = national_id()
        return f"{lab} {v}"

    def oth():
        lab, v = other_no()
        return f"{lab} {v}"

    def addr_postal():
        while True:
            city, a = street()
            for _ in range(60):
                pc_city, pc = postal()
                if pc_city == city:
                    return a, city, pc

    def plate():
        while True:
            lab, v = vehicle()
            if lab != "VIN":
                return v

    def az():
        a, city, pc = addr_postal()
        return pick([f"{a}, {city} {pc}", f"{a}, {city}, post code {pc}", f"{a} ({city}, {pc})",
                     f"{pc}, {city}, {a}"])

    makers = {
        "N": any_name, "P": phone, "E": email, "D": exact_date, "B": dob_value,
        "A": lambda: ", ".join(reversed(street())), "AZ": az, "PP": passport, "M": mrn,
        "H": lambda: health_plan()[1], "RI": resident_id, "NI": natid,
        "AC": lambda: account()[1], "V": plate, "DV": lambda: " ".join(device()), "O": oth,
        "S": lambda: pick(
            ["aru_fighter", "dana.zh", "bota_smile", "ub_runner", "zhanar.notes", "moonflower_kg"]),
        "U": url, "G": geo, "L": lambda: licence()[1], "IP": ip,
    }
    combos = [
        ("name_phone", "person_name,phone_number", [
            "{N} can be reached on {P}.", "Contact: {N}, tel. {P}", "\"Call {N} — {P},\" she said.",
            "Her cousin {N} ({P}) will collect the medicines."]),
        ("name_email", "person_name,email", [
            "{N} asked us to send the report to {E}.", "Reply to {N} at {E}.",
            "From: {N} <{E}>"]),
        ("name_date", "person_name,exact_date", [
            "{N} received the CAR-T infusion on {D}.", "On {D}, {N} went home.",
            "{N} — admitted {D}.", "\"{D} was the best day of my life,\" said {N}."]),
        ("name_dob_passport", "person_name,date_of_birth,passport_number", [
            "{N}, born {B}, passport {PP}.", "Name: {N}; DOB: {B}; passport no. {PP}",
            "Invitation letter for {N} (date of birth {B}, passport {PP})."]),
        ("address_postal", "street_address,postal_code", [
            "{AZ}", "Send it to {AZ}.", "Address: {AZ}", "They moved to {AZ} after the treatment.",
            "Home: {AZ}"]),
        ("name_address", "person_name,street_address", [
            "{N} lives at {A}.", "Deliver to {N}, {A}."]),
        ("mrn_dob", "medical_record_number,date_of_birth", [
            "MRN {M}, DOB {B}", "Hospital no. {M}; date of birth {B}.",
            "Record {M} (born {B}) was merged with the old file."]),
        ("name_mrn", "person_name,medical_record_number", [
            "{N}, inpatient no. {M}, transferred to the ICU.", "Patient {N} (MRN {M})."]),
        ("name_resident_id", "person_name,resident_id", [
            "{N}, ID card {RI}, signed as guarantor.", "Guarantor: {N}, 身份证 {RI}"]),
        ("name_national_id", "person_name,national_id", [
            "{N}, {NI}.", "Donor {N} ({NI}) was confirmed as a match."]),
        ("insurance_date", "health_plan_number,exact_date", [
            "Policy {H} was activated on {D}.", "Insurance no. {H}, valid from {D}."]),
        ("account_name", "person_name,account_number", [
            "Account holder: {N}; IBAN {AC}", "Transfers to {AC} (card of {N}) are welcome."]),
        ("vehicle_name", "person_name,vehicle_identifier", [
            "{N} will wait in the car, plate {V}.", "Driver {N}, vehicle {V}."]),
        ("device_date", "device_identifier,exact_date", [
            "Device record: {DV}, registered on {D}.", "{D}: replaced; old {DV}."]),
        ("name_other", "person_name,other_number", [
            "{N}, {O}.", "The airline lists {N} under {O}."]),
        ("name_social", "person_name,social_account", [
            "{N} posts updates on Instagram as @{S}.", "WeChat: {S} ({N})"]),
        ("name_url", "person_name,web_address", [
            "{N} keeps a diary at {U}.", "Support {N} here: {U}"]),
        ("geo_address", "geolocation,street_address", [
            "{A} — {G}", "The house at {A} ({G}) has a red roof."]),
        ("phone_email", "phone_number,email", [
            "Tel {P}, e-mail {E}", "Call {P} or write to {E}."]),
        ("name_licence", "person_name,licence_number", [
            "Dr. {N}, licence {L}, signed the report.", "Driver: {N}, licence no. {L}"]),
        ("ip_date", "ip_address,exact_date", [
            "Login from {IP} on {D}.", "{D}: message received from {IP}."]),
        ("name_phone_address", "person_name,phone_number,street_address", [
            "{N}, {A}, tel. {P}", "Emergency contact: {N}, {P}, {A}"]),
    ]
    for cat, kinds, temps in combos:
        need = 5 if len(temps) >= 3 else 4
        added, tries = 0, 0
        while added < need and tries < 500:
            tries += 1
            t = pick(temps)
            d = ctx()
            for key in re.findall(r"\{([A-Z]+)\}", t):
                d[key] = makers[key]()
            s = t.format(**d)
            if add("combo_" + cat, kinds, s[0].upper() + s[1:]):
                added += 1


# ---------------------------------------------------------------------------------------------
# Clean sentences: things a scanner could wrongly flag
# ---------------------------------------------------------------------------------------------

DRUGS = [("rituximab", "375 mg/m2", "once a week for four weeks"),
         ("prednisone", "1 mg/kg/day", "tapered over twelve weeks"),
         ("methylprednisolone", "500 mg", "daily for three days"),
         ("cyclophosphamide", "0.5 g/m2", "every four weeks"),
         ("mycophenolate mofetil", "1,000 mg", "twice daily"),
         ("tacrolimus", "2 mg", "every 12 hours"),
         ("hydroxychloroquine", "200 mg", "twice a day"),
         ("fludarabine", "30 mg/m2", "on days -5 to -3"),
         ("belimumab", "10 mg/kg", "at weeks 0, 2 and 4"),
         ("tocilizumab", "8 mg/kg", "as a single infusion"),
         ("imatinib", "400 mg", "once daily"),
         ("dexamethasone", "40 mg", "on days 1, 8, 15 and 22"),
         ("heparin", "5,000 units", "subcutaneously every 8 hours"),
         ("IVIG", "0.4 g/kg/day", "for five days"),
         ("ruxolitinib", "10 mg", "twice daily"),
         ("ciclosporin", "3 mg/kg/day", "in two divided doses"),
         ("levetiracetam", "500 mg", "every 12 hours"),
         ("enoxaparin", "40 mg", "once a day"),
         ("vitamin D3", "2,000 IU", "daily"),
         ("folic acid", "5 mg", "once a week")]
LABS = [("Platelets", "× 10^9/L", (5, 450), "125–350"), ("Haemoglobin", "g/L", (52, 160), "115–150"),
        ("Creatinine", "µmol/L", (40, 620), "44–133"), ("CRP", "mg/L", (1, 240), "0–8"),
        ("Ferritin", "ng/mL", (30, 9800), "15–150"), ("Anti-dsDNA", "IU/mL", (4, 900), "<100"),
        ("24-hour urine protein", "g", (0, 9), "<0.15"), ("eGFR", "mL/min/1.73 m2", (9, 120), ">90"),
        ("HbA1c", "%", (5, 11), "4.0–6.0"), ("White cell count", "× 10^9/L", (0, 38), "3.5–9.5"),
        ("ALT", "U/L", (9, 880), "7–40"), ("Complement C3", "g/L", (0, 2), "0.9–1.8"),
        ("IL-6", "pg/mL", (2, 5400), "<7"), ("LDH", "U/L", (120, 2400), "120–250"),
        ("Potassium", "mmol/L", (2, 7), "3.5–5.3"), ("Albumin", "g/L", (16, 48), "40–55"),
        ("D-dimer", "mg/L FEU", (0, 40), "<0.55"), ("Troponin I", "ng/mL", (0, 12), "<0.04"),
        ("Serum IgG", "g/L", (2, 31), "8.6–17.4"), ("INR", "", (1, 5), "0.8–1.2")]
GENES = ["TP53", "BRCA1", "BRCA2", "HLA-B27", "HLA-B*58:01", "JAK2 V617F", "BCR-ABL1", "FLT3-ITD",
         "NPM1", "EGFR exon 19 deletion", "KRAS G12C", "ALK", "IDH1 R132H", "MYD88 L265P",
         "CALR", "TET2", "PML-RARA", "HBB c.126_129delCTTT", "BRAF V600E", "HLA-DRB1*15:01",
         "MLH1", "CFTR F508del", "SMN1", "DMD exon 45–50 deletion"]
TRIALS = ["NCT03904069", "NCT04561557", "NCT05030779", "ChiCTR2100048888", "ChiCTR1900026411",
          "ChiCTR-OIC-17011310", "EudraCT 2019-001234-56", "ISRCTN14567890", "NCT02435849",
          "CTR20201234", "NCT04844866", "ChiCTR2000032211"]
ICDS = [("M32.1", "lupus with organ involvement"), ("M32.14", "lupus nephritis"),
        ("C91.0", "acute lymphoblastic leukaemia"), ("C90.00", "multiple myeloma"),
        ("D61.9", "aplastic anaemia"), ("D69.3", "immune thrombocytopenia"),
        ("G70.0", "myasthenia gravis"), ("G36.0", "neuromyelitis optica"), ("M33.1", "dermatomyositis"),
        ("C83.3", "diffuse large B-cell lymphoma"), ("D56.1", "beta thalassaemia"),
        ("N05.2", "nephritic syndrome"), ("I10", "essential hypertension"),
        ("E11.9", "type 2 diabetes"), ("C34.1", "lung cancer, upper lobe"), ("K50.9", "Crohn disease"),
        ("Z94.81", "bone marrow transplant status"), ("M35.0", "Sjögren syndrome")]
EPONYMS = ["Hodgkin lymphoma", "Sjögren syndrome", "Raynaud phenomenon", "Kawasaki disease",
           "Takayasu arteritis", "Crohn disease", "Graves disease", "Hashimoto thyroiditis",
           "Behçet disease", "adult-onset Still disease", "Addison disease", "Cushing syndrome",
           "Parkinson disease", "Alzheimer disease", "Guillain-Barré syndrome", "Kaposi sarcoma",
           "Wilms tumour", "Ewing sarcoma", "Burkitt lymphoma", "Waldenström macroglobulinaemia",
           "Castleman disease", "Down syndrome", "Bell's palsy", "Wilson disease", "Fanconi anaemia",
           "Gaucher disease", "Evans syndrome", "Felty syndrome", "Libman-Sacks endocarditis",
           "Philadelphia chromosome-positive leukaemia", "Duchenne muscular dystrophy",
           "Stevens-Johnson syndrome", "Horner syndrome", "Marfan syndrome", "Hirschsprung disease"]
EPONYM_TESTS = ["the Babinski sign", "Murphy's sign", "Kussmaul breathing", "a Holter monitor",
                "a Foley catheter", "the Coombs test", "the Schirmer test", "a Swan-Ganz catheter",
                "Gram staining", "the Romberg test", "the Mantoux test", "Wright staining",
                "the Westergren method", "a Hickman line", "the Valsalva manoeuvre", "Gottron papules"]
BRANDS = ["Kymriah", "Yescarta", "Carvykti", "Abecma", "Benlysta", "Gleevec", "Humira", "MabThera",
          "CellCept", "Prograf", "Plaquenil", "Soliris", "Jakavi", "Revlimid", "Velcade", "Darzalex",
          "Tecartus", "Breyanzi", "Actemra", "Saphnelo", "Lupkynis", "Eylea"]
FAMOUS = ["Florence Nightingale", "Hippocrates", "Norman Bethune", "Li Shizhen", "Hua Tuo",
          "Zhang Zhongjing", "Ibn Sina", "Avicenna", "Louis Pasteur", "Marie Curie", "Abai Kunanbaiuly",
          "Al-Farabi", "Alexander Fleming", "Edward Jenner", "Sun Yat-sen", "Genghis Khan",
          "Alexander Pushkin", "Confucius", "Bian Que", "Chinggis Khaan"]
UNIS = ["Al-Farabi Kazakh National University", "Peking University", "Tsinghua University",
        "Sechenov University", "Tashkent Medical Academy", "the Mongolian National University of "
        "Medical Sciences", "Fudan University", "Zhejiang University", "Nazarbayev University",
        "Kyrgyz State Medical Academy", "Sun Yat-sen University", "Astana Medical University",
        "the Chinese Academy of Medical Sciences", "Capital Medical University"]


def build_clean() -> None:
    C = "-"

    def drug_s():
        d, dose, freq = pick(DRUGS)
        D = d[0].upper() + d[1:]
        return pick([f"{D} {dose} was given {freq}.", f"She received {d} {dose} {freq}.",
                     f"Dose adjusted: {d} {dose}, {freq}.", f"{D} ({dose}) {freq} — well tolerated.",
                     f"\"I still take {d}, {dose} {freq},\" {pick(ALIASES)} said.",
                     f"The plan was {d} {dose} {freq}, starting in {month_year()}."])

    def lab_s():
        name, unit, (lo, hi), ref = pick(LABS)
        v = R.uniform(lo, hi)
        vs = f"{v:.1f}" if hi < 20 else f"{int(v):,}"
        u = f" {unit}" if unit else ""
        return pick([f"{name} was {vs}{u} (reference {ref}).", f"{name}: {vs}{u}",
                     f"On admission: {name} {vs}{u}.", f"{name} fell to {vs}{u} after treatment.",
                     f"{name} {vs}{u}; reference range {ref}{u}.",
                     f"By Day +{R.choice([7, 14, 21, 28, 60, 90])}, {name} had reached {vs}{u}."])

    def vitals_s():
        return pick([f"Blood pressure was {R.randint(90, 190)}/{R.randint(50, 110)} mmHg.",
                     f"BP {R.randint(90, 190)}/{R.randint(50, 110)}, HR {R.randint(50, 140)} bpm, SpO2 {R.randint(85, 100)}%.",
                     f"Temperature {R.randint(36, 40)}.{R.randint(0, 9)} °C at {R.randint(1, 12)}:{pick(['00', '15', '30', '45'])} p.m.",
                     f"Her weight dropped from {R.randint(50, 90)} kg to {R.randint(38, 49)} kg.",
                     f"BMI {R.randint(15, 35)}.{R.randint(0, 9)} kg/m2, height {R.randint(140, 190)} cm.",
                     f"Respiratory rate {R.randint(12, 36)}/min; oxygen {R.randint(1, 6)} L/min by nasal cannula."])

    def score_s():
        return pick([f"SLEDAI-2K score fell from {R.randint(12, 30)} to {R.randint(0, 4)}.",
                     f"ECOG performance status {R.randint(0, 3)}.", f"Karnofsky score {pick([50, 60, 70, 80, 90])}.",
                     f"NYHA class {pick(['II', 'III', 'IV'])} on arrival.", f"Glasgow Coma Scale {R.randint(8, 15)}/15.",
                     f"Apgar scores were {R.randint(5, 9)} and {R.randint(7, 10)}.",
                     f"Grade {R.randint(1, 3)} cytokine release syndrome (ASTCT 2019 criteria).",
                     f"ANA titre 1:{pick([80, 160, 320, 640, 1280])}, speckled pattern.",
                     f"HLA match {pick(['5/10', '6/10', '8/10', '9/10', '10/10', '12/12'])} with the sibling donor.",
                     f"EDSS {R.randint(1, 7)}.{pick('05')} at the last visit.",
                     f"Pain score {R.randint(0, 10)}/10 on the first night.",
                     f"The CD4/CD8 ratio was {R.randint(0, 3)}.{R.randint(0, 9)}{R.randint(0, 9)}.",
                     f"Chimerism {R.randint(90, 100)}% donor on Day +{pick([30, 60, 100])}.",
                     f"MRD below 10^-{R.randint(4, 6)} by flow cytometry.",
                     f"PASI {R.randint(2, 40)}, DLQI {R.randint(1, 25)}.",
                     f"Ejection fraction {R.randint(25, 68)}%."])

    def time_s():
        return pick([f"The infusion started at {R.randint(7, 11)}:{pick(['00', '30', '15'])} and took {R.randint(20, 90)} minutes.",
                     f"Visiting hours are {R.randint(2, 4)}:00–{R.randint(5, 8)}:00 p.m.",
                     f"She waited {R.randint(2, 11)} hours in the emergency room.",
                     f"The flight from {pick(CITIES)} to Beijing takes about {R.randint(3, 9)} hours.",
                     f"Fasting from 22:00; blood sample at 07:{pick(['00', '30'])}.",
                     f"He stayed in hospital for {R.randint(3, 12)} weeks.",
                     f"The course lasted {R.randint(5, 28)} days.",
                     f"Every {pick(['Monday', 'Tuesday', 'Thursday', 'Saturday'])} morning the team meets at 8:00.",
                     f"Recovery took {pick(['two', 'three', 'four', 'six', 'eight'])} months.",
                     f"Take one tablet every {pick([6, 8, 12, 24])} hours with food.",
                     f"She was {pick(['seven', 'nine', 'eleven', 'fourteen'])} months into the pregnancy.",
                     f"Results are ready within {R.randint(24, 72)} hours."])

    def count_s():
        return pick([f"The team has treated more than {R.randint(2, 9)}00 international patients since {R.randint(2010, 2020)}.",
                     f"CAR-T dose: {R.randint(1, 5)} × 10^6 cells/kg.",
                     f"CD34+ cells collected: {R.randint(2, 9)}.{R.randint(0, 9)} × 10^6/kg.",
                     f"EBV DNA was {R.randint(1000, 99000):,} copies/mL.",
                     f"HBV DNA {R.randint(1, 9)}.{R.randint(0, 9)} × 10^{R.randint(3, 7)} IU/mL.",
                     f"{R.randint(3, 12)} rounds of chemotherapy had failed.",
                     f"About {R.randint(20, 95)}% of patients respond within three months.",
                     f"Five-year survival is around {R.randint(40, 90)}%.",
                     f"She had {R.randint(2, 9)} blood transfusions before arriving.",
                     f"The ward has {R.randint(12, 60)} beds and {R.randint(3, 9)} single rooms.",
                     f"Over {R.randint(100, 900)},000 people visited the hospital's website last year.",
                     f"She needed {R.randint(100, 500)} units of insulin a week.",
                     f"The radiotherapy plan delivered {R.randint(40, 70)} Gy in {R.randint(20, 35)} fractions."])

    def gene_s():
        g = pick(GENES)
        return pick([f"Sequencing found a {g} mutation.", f"{g} was negative.", f"She tested positive for {g}.",
                     f"No {g} variant was detected.", f"The {g} result changed the treatment plan.",
                     f"{g} status: positive (variant allele frequency {R.randint(2, 48)}%).",
                     f"The cells were engineered to target {pick(['CD19', 'BCMA', 'CD19 and CD22', 'CD7'])}.",
                     f"Genetic testing ({g}) was done in {pick(CITIES)} before referral."])

    def trial_s():
        t = pick(TRIALS)
        return pick([f"She was enrolled in a clinical trial ({t}).", f"Trial registration: {t}",
                     f"The study is registered as {t}.", f"Details of {t} are available from the trial registry.",
                     f"{t} is still recruiting patients with refractory {pick(CONDS)}.",
                     f"Phase {pick(['I', 'I/II', 'II', '3'])} study {t} reported its first results in {month_year()}."])

    def icd_s():
        c, cname = pick(ICDS)
        return pick([f"ICD-10 code {c}.", f"Diagnosis code: {c} ({cname})", f"{cname[0].upper() + cname[1:]} (ICD-10 {c}).", f"Coded as {c} on the discharge summary.",
                     f"ICD-11 {pick(['4A40.0', '2A81.0', '3A70', '8B88.0'])}",
                     f"ATC code {pick(['L04AA26', 'L01FA01', 'H02AB06', 'P01BA02', 'L04AD02', 'L01XL03'])}.",
                     f"The insurer needed the ICD code {c}, not the Chinese diagnosis."])

    def guide_s():
        return pick([f"Treatment followed the {pick(['2019 EULAR/ACR', '2023 EULAR', 'KDIGO 2021', '2022 ELN', 'NCCN 2023', '2020 ASH', 'ACR 2021', 'ESC 2021'])} recommendations.",
                     f"She met the {pick(['2019 EULAR/ACR', '1997 ACR', '2012 SLICC'])} classification criteria.",
                     f"See the Chinese guidelines for the diagnosis and treatment of {pick(CONDS)} ({R.randint(2015, 2024)} edition).",
                     f"Our protocol is based on the {pick(['WHO 2022', 'ICC 2022', 'International Myeloma Working Group 2016', 'Lugano 2014'])} classification.",
                     f"The nurses use Harrison's Principles of Internal Medicine, {R.randint(18, 21)}th edition.",
                     f"He read \"{pick(['The Emperor of All Maladies', 'Being Mortal', 'When Breath Becomes Air', 'The Body Keeps the Score'])}\" during the long weeks in isolation."])

    def monthyear_s():
        return pick([f"In {month_year()}, she developed red spots all over her body.",
                     f"The diagnosis was confirmed in {month_year()}.",
                     f"Timeline — {month_year()}: relapse; {month_year()}: referral to China.",
                     f"She travelled to Beijing in {month_year()}.",
                     f"Since {month_year()} he has needed no dialysis.",
                     f"{pick(MONTHS)} {R.randint(2015, 2024)}: first cycle of chemotherapy.",
                     f"By {pick(MONTHS)} of that year the proteinuria had resolved.",
                     f"The follow-up in {pick(MONTHS)} {R.randint(2018, 2024)} showed stable disease.",
                     f"{pick(MON3)} {R.randint(2015, 2024)} – {pick(MON3)} {R.randint(2015, 2024)}: maintenance therapy.",
                     f"In {pick(MONTHS)}, the family decided to come to China."])

    def year_s():
        return pick([f"She has lived with lupus since {R.randint(2000, 2020)}.",
                     f"The hospital opened its international department in {R.randint(1990, 2018)}.",
                     f"In the {pick(['1980s', '1990s', '2000s', 'early 2010s'])} this disease was almost always fatal.",
                     f"Between {R.randint(2012, 2017)} and {R.randint(2018, 2023)}, he saw eleven specialists.",
                     f"The {R.randint(2015, 2023)} season of the Beijing marathon was her goal.",
                     f"Class of {R.randint(1990, 2020)}, she is a nurse herself.",
                     f"{R.randint(2016, 2024)} was the first year without a flare.",
                     f"The treatment was approved in China in {R.randint(2017, 2024)}.",
                     f"During the {R.randint(2019, 2022)} pandemic winter, she could not travel."])

    def age_s():
        a = R.randint(1, 89)
        art = "An" if a in (8, 11, 18) or 80 <= a <= 89 else "A"
        b = R.randint(80, 89)
        return pick([f"{art} {a}-year-old woman from {pick(CITIES)} was admitted with fever.",
                     f"{pick(ALIASES)}, aged {a}, had relapsed twice.", f"Age: {a} years", f"He was {a} when the symptoms began.",
                     f"The youngest patient was {R.randint(2, 9)} months old.", f"Age at onset: {a}",
                     f"Her mother is {R.randint(60, 89)} and lives in {pick(CITIES)}.",
                     f"Patients aged {R.randint(18, 40)}–{R.randint(65, 89)} were eligible.",
                     f"At 89, her grandfather still rides a horse.", f"An {b}-year-old man recovered after surgery.",
                     f"She is in her {pick(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties'])}.",
                     f"A 90-day course of antibiotics was prescribed.", f"Over 90% of the tumour had shrunk.",
                     f"The 90-minute infusion went smoothly.", f"Day 90 bone marrow showed complete remission.",
                     f"Survival at 90 days was {R.randint(80, 99)}%.", f"She took 90 mg of the drug daily.",
                     f"Oxygen saturation rose to 9{R.randint(0, 9)}%."])

    def money_s():
        return pick([f"The treatment cost about USD {R.randint(20, 400)},000.", f"Flights for the family cost ¥{R.randint(3, 30)},{R.randint(100, 999)}.",
                     f"Relatives collected {R.randint(2, 40)} million tenge.", f"The deposit is RMB {R.randint(50, 500)},000.",
                     f"Her insurance covered {R.randint(30, 90)}% of the bill.", f"A hotel room near the hospital costs {R.randint(200, 800)} yuan a night.",
                     f"The drug costs around €{R.randint(1, 9)},{R.randint(100, 999)} per vial.",
                     f"He sold two cows for {R.randint(500, 3000)} US dollars."])

    def place_s():
        return pick([f"She travelled from {pick(CITIES)}, {pick(COUNTRIES)}, to {pick(['Beijing', 'Shanghai', 'Guangzhou', 'Wuhan'])}.",
                     f"They took the train from {pick(CITIES)} to {pick(CITIES)}.",
                     f"The family lives in a village in {pick(['Almaty Region', 'Turkistan Region', 'Khovd Province', 'Fergana Valley', 'Issyk-Kul Region', 'Sughd Province', 'Xinjiang', 'Inner Mongolia', 'Altai Krai'])}.",
                     f"He works as a driver in {pick(CITIES)}.", f"Patients come from {pick(COUNTRIES)}, {pick(COUNTRIES)} and {pick(COUNTRIES)}.",
                     f"First treated at the regional hospital in {pick(CITIES)}, she was referred to {pick(HOSPITALS)}.",
                     f"Originally from {pick(COUNTRIES)}, the family now lives in {pick(CITIES)}.",
                     f"The nearest hospital to their home in {pick(COUNTRIES)} is three hours away by road."])

    def inst_s():
        return pick([f"She was first seen at {pick(HOSPITALS)}.", f"The biopsy was reviewed at {pick(HOSPITALS)}.",
                     f"He graduated from {pick(UNIS)}.", f"Her sister studies at {pick(UNIS)}.",
                     f"The case was presented at a meeting of the Chinese Society of Haematology.",
                     f"{pick(DEPTS).capitalize()} organised the consultation.",
                     f"She was moved from {pick(DEPTS)} to {pick(DEPTS)}.",
                     f"The transplant ward is on the ninth floor of the inpatient building.",
                     f"Follow-up visits take place in the outpatient building, third floor.",
                     f"The day ward on the east side has a view of the park.",
                     f"The international patient centre has interpreters for Russian, Kazakh, Arabic and Mongolian.",
                     f"Our partner clinic in {pick(CITIES)} arranges the first consultation."])

    def brand_s():
        b = pick(BRANDS)
        return pick([f"She had received {b} in {pick(COUNTRIES)} before coming to China.", f"{b} was not available at home.",
                     f"Her doctor suggested switching to {b}.", f"The price of {b} was too high for the family.",
                     f"{b} is approved for this indication in China.", f"After {b} failed, CAR-T was considered."])

    def eponym_s():
        if R.random() < 0.3:
            t = pick(EPONYM_TESTS)
            return pick([f"The doctors checked {t}.", f"Results of {t} were normal.",
                         f"{t[0].upper() + t[1:]} was done on day two.", f"We used {t} before the procedure.",
                         f"The nurse explained {t} to the family."])
        e = pick(EPONYMS)
        return pick([f"She was diagnosed with {e} at the age of {R.randint(5, 60)}.", f"{e[0].upper() + e[1:]} was ruled out.",
                     f"Her history included {e}.", f"The differential diagnosis included {e}.",
                     f"Signs of {e} were absent.", f"Like many patients with {e}, he tired easily.",
                     f"{e[0].upper() + e[1:]} is rare in {pick(COUNTRIES)}."])

    def alias_s():
        a = pick(ALIASES)
        A = a[0].upper() + a[1:]
        return pick([f"{A} developed small red spots all over her body.", f"{A} said, \"Now I can play with my son again.\"",
                     f"Name: {a}", f"{A}'s husband took her to several hospitals.", f"We met {a} on the third day after the infusion.",
                     f"{A} and {pick(ALIASES)} shared the same room.", f"Photo: {a} with the medical team (face blurred).",
                     f"\"{A} was very brave,\" the doctor said.", f"Patient alias: {a}; gender: female; age: {R.randint(5, 80)}."])

    def relation_s():
        r = pick(RELS)
        R_ = r[0].upper() + r[1:]
        return pick([f"{R_} stayed with her for the whole three months.", f"{R_} donated stem cells.",
                     f"\"I did it for {r},\" he said.", f"{R_} brought homemade baursaks to the nurses.",
                     f"She was accompanied by {r} and an interpreter.", f"{R_} works at a bank in {pick(CITIES)}.",
                     f"Neither {r} nor the children were told at first.", f"{R_} learned to give the injections at home."])

    def chinese_word_s():
        w = pick([("高血压", "hypertension"), ("白细胞", "white blood cells"), ("黄疸", "jaundice"),
                  ("方案", "treatment plan"), ("石膏", "plaster cast"), ("金属", "metal"), ("常规", "routine tests"),
                  ("血常规", "full blood count"), ("于是", "therefore"), ("任何", "any"), ("钟点工", "hourly carer"),
                  ("狼疮", "lupus"), ("骨髓", "bone marrow"), ("肾炎", "nephritis"), ("高烧", "high fever"),
                  ("何时", "when"), ("孙辈", "grandchildren"), ("周期", "cycle"), ("马上", "at once"),
                  ("林区", "forest area"), ("胡萝卜", "carrot"), ("沈阳", "Shenyang"), ("宋体", "Songti typeface")])
        return pick([f"The form said {w[0]} ({w[1]}).", f"Glossary: {w[0]} — {w[1]}.",
                     f"On the Chinese report, \"{w[0]}\" means {w[1]}.", f"She learned her first Chinese word on the ward: {w[0]}, {w[1]}.",
                     f"Translator's note: {w[0]} is translated as \"{w[1]}\"."])

    def start_s():
        return pick(["Unfortunately, the first treatment did not work.", "Fortunately, the fever settled overnight.",
                     "Grateful and tired, the family flew home.", "Rituximab was stopped after the second dose.",
                     "Eventually, she developed lupus nephritis.", "Hearing about CAR-T therapy, the family wrote to us.",
                     "Chief Physician of Haematology reviewed the case.", "The attending physician explained the risks.",
                     "Head Nurse of the transplant ward trained the family.", "Director of the International Patient Centre welcomed them.",
                     "Professor and department head, he has performed over 500 transplants.",
                     "Our interpreter speaks Russian, Kazakh and Uzbek.", "The physiotherapist visited every morning.",
                     "Long flights are difficult after a transplant.", "Young patients often recover faster.",
                     "White patches appeared on her skin.", "Black stools can be a sign of bleeding.",
                     "Green tea was allowed from the second week.", "Brown rice and steamed fish were on the menu.",
                     "Price lists are available at the cashier.", "Page two of the consent form explains the side effects.",
                     "Bell's palsy resolved within a month.", "Frank bleeding was not seen.",
                     "Summer in Beijing was too hot for her.", "Hope is part of the treatment, the nurses say.",
                     "Faith in the team grew with every good result.", "Grace periods for payment are possible.",
                     "Will the rash come back?", "Mark the fasting time on the chart.", "The bill was paid by the charity.",
                     "Rose-coloured patches appeared on both cheeks.", "May I bring food from home?", "Joy returned to the family.",
                     "Dawn prayers were allowed in the quiet room.", "Amber-coloured urine prompted the test.",
                     "The iris was inflamed in both eyes.", "Ruby-red lips can be a sign of Kawasaki disease.",
                     "Patience is needed in the first hundred days.", "Sunny rooms were given to the children.",
                     "Victory over the disease took two years.", "Destiny, she says, brought her to Beijing.",
                     "Doctors, nurses and volunteers joined the celebration.", "Mother and daughter went home together.",
                     "Precious little was known about the disease then.", "Blessing the food, her father thanked the nurses.",
                     "Crystal-clear urine is a good sign.", "Hunter syndrome was excluded by enzyme testing."])

    def famous_s():
        f = pick(FAMOUS)
        return pick([f"A portrait of {f} hangs in the lobby.", f"The nurses' pledge is named after {f}.",
                     f"She quoted {f} in her thank-you letter.", f"The statue of {f} stands at the main gate.",
                     f"Her son is reading a book about {f}.", f"The old medical hall remembers {f}."])

    def relday_s():
        return pick([f"Day +{R.randint(1, 180)}: no signs of graft-versus-host disease.",
                     f"On Day {R.randint(-7, -1)}, lymphodepletion began.", f"Cycle {R.randint(1, 8)}, day {R.randint(1, 21)}: platelets recovering.",
                     f"C{R.randint(1, 6)}D{pick([1, 8, 15])} was delayed by one week.", f"Week {R.randint(2, 52)}: proteinuria negative.",
                     f"On the {pick(['second', 'third', 'fifth', 'tenth'])} day after infusion, the fever started.",
                     f"Two weeks later, she was discharged.", f"The next morning she asked for noodles.",
                     f"Month {R.randint(3, 24)} follow-up: complete remission.",
                     f"D{R.randint(7, 90)} PET-CT showed a complete metabolic response.",
                     f"Three days after the infusion, her temperature rose to 39.{R.randint(0, 9)} °C."])

    def quote_s():
        return pick(["\"For the past seven years I visited a hospital every month,\" she said.",
                     "\"I am very grateful to the medical staff for giving me a second chance at life.\"",
                     "\"When we arrived, I did not know a single word of Chinese,\" her mother remembers.",
                     "\"The hardest part was waiting for the results,\" he said.",
                     "\"Now I can go to school like the other children.\"",
                     "\"We were afraid, but the nurses explained everything in Russian.\"",
                     "\"I can finally hold my baby without pain.\"",
                     "\"The doctors never gave up on me,\" she wrote in her letter.",
                     "\"My kidneys work again. I don't need dialysis.\"",
                     "\"Thank you to the whole team on the ninth floor.\"",
                     "\"The food was strange at first, but I loved the dumplings.\"",
                     "\"I want other patients from Kazakhstan to know there is hope.\"",
                     "The doctor explained, \"Her autoantibodies gradually decreased and complement returned to normal.\"",
                     "\"We will see her again in six months,\" the physician said.",
                     "\"Each case is discussed by the whole team,\" said the head of department.",
                     "\"She had generalised oedema and heavy proteinuria when she arrived.\"",
                     "Caption: the patient and her mother in front of the inpatient building.",
                     "Caption: a nurse teaches the family how to care for the catheter.",
                     "Photo: the medical team discussing the case (patient's face not shown).",
                     "Caption: handmade thank-you card from a young patient.",
                     "Caption: the first walk in the hospital garden after discharge.",
                     "Fill out the online form to leave your message.",
                     "Leave your message and a coordinator will reply within two working days.",
                     "Please do not include your phone number or ID number in this message.",
                     "Your message is seen only by the patient coordinators.",
                     "Messages are kept for 12 months and then deleted.",
                     "We do not publish names, addresses or dates of birth.",
                     "All patients gave written consent before their stories were published.",
                     "Details have been changed to protect the patient's privacy.",
                     "The patient's name has been replaced with a letter."])

    clean_families = [
        ("clean_dose", drug_s, 70), ("clean_lab_value", lab_s, 90), ("clean_vitals", vitals_s, 45),
        ("clean_score_ratio", score_s, 60), ("clean_time_duration", time_s, 50), ("clean_count", count_s, 50),
        ("clean_gene_marker", gene_s, 60), ("clean_trial_registry", trial_s, 40), ("clean_code", icd_s, 40),
        ("clean_guideline_title", guide_s, 40), ("clean_month_year", monthyear_s, 70), ("clean_year_decade", year_s, 40),
        ("clean_age_under_90", age_s, 55), ("clean_money", money_s, 35), ("clean_place", place_s, 60),
        ("clean_institution_ward", inst_s, 45), ("clean_brand", brand_s, 40), ("clean_eponym", eponym_s, 70),
        ("clean_alias", alias_s, 55), ("clean_relation", relation_s, 45), ("clean_chinese_medical_word", chinese_word_s, 45),
        ("clean_capitalised_word", start_s, 45), ("clean_famous_person", famous_s, 35), ("clean_relative_day", relday_s, 45),
        ("clean_quote_caption", quote_s, 30),
    ]
    for cat, fn, n in clean_families:
        added, tries = 0, 0
        while added < n and tries < n * 80:
            tries += 1
            s = fn()
            if add(cat, C, s[0].upper() + s[1:]):
                added += 1
        if added < n:
            print(f"note: {cat} made {added} of {n}")


def main() -> None:
    build_names()
    build_identifiers()
    build_combinations()
    build_clean()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("category\texpected_kinds\tsentence\n")
        for cat, kinds, sent in rows:
            fh.write(f"{cat}\t{kinds}\t{sent}\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
