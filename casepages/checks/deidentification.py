"""Find what could identify a patient in a case story, in English and in Chinese text.

Every kind of HIPAA Safe Harbor's list that text can hold, and what China's PIPL adds: names,
addresses, postal codes and coordinates, exact dates and ages over 89, phone and fax numbers,
e-mail, web and social accounts, IP addresses, and identity, passport, record, insurance, account,
licence, vehicle and device numbers (`identifiers.py`), and the patient's real names from the
consent record (`real_names.py`). Recall comes first: a missed identifier exposes a patient, a false
alarm costs a reviewer one override. Patterns of both languages are searched whatever the language
of the text, because stories quote addresses, numbers and names across languages.
"""

import re
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from casepages.checks.findings import Finding
from casepages.checks.han import is_han
from casepages.checks.identifiers import PUBLIC_SERVICE_NUMBERS, VERSION_BEFORE, all_number_findings
from casepages.checks.names import find_person_names
from casepages.checks.phrases import phrase_occurrences
from casepages.checks.real_names import RealNameList
from casepages.checks.shapes import SAFE_LABEL_BEFORE, is_quantity

# When two findings overlap, the kind earlier in this list is kept: the more specific evidence wins
# (a valid ID number over the phone number it happens to contain, a record number over a date).
KIND_PRECEDENCE = (
    "patient_real_name",
    "resident_id",
    "email",
    "web_address",
    "social_account",
    "ip_address",
    "national_id",
    "passport_number",
    "health_plan_number",
    "account_number",
    "licence_number",
    "vehicle_identifier",
    "device_identifier",
    "medical_record_number",
    "date_of_birth",
    "phone_number",
    "geolocation",
    "postal_code",
    "street_address",
    "exact_date",
    "age_over_89",
    "other_number",
    "person_name",
)

REASONS = {
    "medical_record_number": "Looks like a medical record number",
    "date_of_birth": "An exact date of birth identifies a patient; give the age instead",
    "street_address": "Looks like a street address; name the city or region at most",
    "postal_code": "A postal code narrows the patient down to a few streets; name the city or region at most",
    "geolocation": "Map coordinates point at a place; name the city or region at most",
    "exact_date": "Exact dates can identify a patient; give month and year only",
    "age_over_89": "Ages over 89 identify a patient (HIPAA Safe Harbor); write “90 or older”",
}


def _compile(pattern: str) -> re.Pattern:
    # Every pattern here is compiled with re.ASCII: Chinese text has no spaces, so "\b", "\w" and "\d"
    # must see only ASCII letters and digits for "电话13812345678" or "地址是55 Nevsky Prospekt" to
    # have word boundaries where a reader sees them.
    return re.compile(pattern, re.ASCII)


# --- record numbers written with their label --------------------------------------------------

# Not a trial's registration number ("临床试验登记号 NCT01800196").
_RECORD_CODE = (
    r"(?!(?:NCT|ChiCTR|ISRCTN|KCT|ACTRN|UMIN)\d)(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,19}(?![A-Za-z0-9])"
)
_ENGLISH_RECORD_LABEL = (
    # "MRN" in capitals only: "mRNA-1273" is a vaccine.
    r"\b(?:MRN\b|(?i:medical record(?: number| no\.?|#)?|hospital (?:number|no\.?)|patient (?:ID|number|no\.?)"
    r"|(?:in|out)patient (?:number|no\.?)|record (?:number|no\.?)))[\s:#]*(?:(?i:is|was)\s+)?"
)
_CHINESE_RECORD_LABEL = r"(?:病历号|病案号|住院号|门诊号|就诊号|就诊卡号|登记号)\s*(?:为|是|[:：])?\s*"
_MEDICAL_RECORD_NUMBER = _compile(f"(?:{_ENGLISH_RECORD_LABEL}|{_CHINESE_RECORD_LABEL}){_RECORD_CODE}")

# --- street addresses ------------------------------------------------------------------------

_STREET_SUFFIX = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Prospekt|Prospect|Drive"
    r"|Dr\.?(?!\s+[A-Z])|Court|Ct\.?|Place|Pl\.?|Square|Sq\.?|Terrace|Crescent|Close|Way|Highway"
    r"|Embankment|Ulitsa|Strasse|Straße|Alley)"
)
_STREET_NAME = rf"(?:[A-Z][a-z]+(?:'s)?\s+){{1,3}}{_STREET_SUFFIX}(?![A-Za-z])"
_ENGLISH_ADDRESS = _compile(
    r"(?:\b(?:Apt|Apartment|Flat|Suite|Unit|Room)\.?\s*\d+[A-Za-z]?,?\s+)?"
    rf"\b\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,3}})?,?\s+{_STREET_NAME}"
    # The house number after the street, as in much of Europe and Central Asia: "Abai Avenue 45",
    # "Tole Bi St., 12".
    rf"|\b{_STREET_NAME}\.?,?\s+\d{{1,3}}[A-Za-z]?(?:/\d{{1,3}})?(?![\d.,]\d|\s*(?:%|[a-z]))"
    # The word for street first, as in French, Spanish, Italian, Russian or Malay: "Calle Mayor 23",
    # "117 Rue Oberkampf", "ul. Tole Bi 59"; and German compounds: "Hauptstraße 12a".
    r"|\b(?:Calle|Carrer|Avenida|Rua|Via|Viale|Piazza|Rue|Boulevard|Jalan|Ulitsa|ul\.|pr\.|Prospekt|Plaza|Strada)"
    r"\s(?:[A-Z][\w'-]+,?\s){1,3}\d{1,4}[A-Za-z]?\b"
    r"|\b\d{1,4}[A-Za-z]?,?\s(?:Calle|Avenida|Rua|Via|Rue|Jalan|Boulevard)\s[A-Z][\w'-]+"
    r"|\b[A-Z][a-zäöü]+(?:straße|strasse|gasse|weg|platz|allee|damm|ring)\s(?!(?:19|20)\d{2}\b)\d{1,4}[a-z]?\b"
)
# What ends the name of a street, a lane or a village group before its number: 路, 街, 胡同, 东四十条,
# 李家村, 三组 ("里" is left out: 病房里3号床 is a bed).
_CHINESE_STREET_ENDINGS = "(?:大道[东西南北中]?|路|街|道|巷|弄|胡同|村|组|屯|庄|条|里)"
_CHINESE_STREET_NUMBER = _compile(
    rf"{_CHINESE_STREET_ENDINGS}\s{{0,2}}(?:[一二三四五六七八九十\d]+段)?(?:\d+\s?[弄巷]\s?)?\d+(?:-\d+)?\s{{0,2}}号(?:院)?"
    r"(?:\s?\d+\s?(?:号楼|栋|幢|座))?(?:\s?\d+\s?单元)?(?:\s?\d+\s?[层楼])?(?:\s?\d+\s?室)?"
)
# A Shanghai lane on its own: "复兴中路230弄", "武康路40弄3支弄".
_CHINESE_LANE = _compile(r"(?:大道|路|街|道)\s?\d+\s?弄(?:\s?\d+\s?支弄)?")
_CHINESE_STREET_NUMBER_IN_WORDS = _compile(rf"{_CHINESE_STREET_ENDINGS}[零一二三四五六七八九十百]+号")
# Flats and buildings without the street: "3号楼2单元501室", "5栋1203", "12幢3层".
_CHINESE_BUILDING = _compile(
    r"(?<!\d)(?<![A-Za-z] )(?<![A-Za-z])\d+\s?(?:号楼|栋|幢|座|号院|期(?!间|内|刊|末|中|限|望|待|初))"
    r"(?:\s?\d+\s?(?:单元|号楼|栋|幢|座))?"
    r"(?:\s?\d+\s?[层楼])?(?:\s?\d+\s?[室户号]?)?"
    r"|[一二三四五六七八九十]+(?:号楼|栋|幢)[一二三四五六七八九十]+单元"
    r"|(?<!\d)\d+\s?单元\s?\d+\s?(?:室|号|户)?|(?<!\d)\d{3,4}\s?室"
)
_CHINESE_ESTATE = _compile(
    # Not a phrase that rents or buys one ("租了一间小公寓").
    r"(?:(?![了间套个的在租住买离])[\u4e00-\u9fff]){2,6}(?:小区|新村|大厦|公寓|家园|花园小区|社区\d+号)"
    # Housing estates named by their developer: "紫薇苑", "怡和佳园", "康乐名都", "滨河华府".
    # Not a family or a court ("一个德国家庭", "法庭").
    r"|(?:(?![的在])[\u4e00-\u9fff]){2,4}(?:苑|佳园|嘉园|名都|名苑|华府|公馆|雅居|山庄|花园|(?<![家法])庭)(?![\u4e00-\u9fff]{0,1}(?:医院|公园|大学|学院))"
    r"(?=[，。、；：,.;:的里\s]|$|的那)"
)
# Addresses in Cyrillic and Korean: "ул. Навои, д. 122, кв. 79", "пр. Абая 34", "종로구 율곡로 61";
# and blocks and doors as Mongolian addresses give them: "8th khoroo, building 24, door 64".
_OTHER_SCRIPT_ADDRESS = _compile(
    # A village and its township: "宜路镇李楼村", "别力古台镇第二嘎查", "孙扎齐乡", "大地村五组"
    r"[\u4e00-\u9fff]{1,8}(?:镇|乡|苏木)[\u4e00-\u9fff]{1,8}(?:村|嘎查|社区)(?:[一二三四五六七八九十\d]+组)?"
    r"|(?:县|旗)[\u4e00-\u9fff]{1,8}(?:镇|乡|苏木)"
    # A village's group or its houses counted from the gate: "马场村五组", "柳树沟村口第二户"
    r"|(?:(?![在的是])[\u4e00-\u9fff]){1,4}村(?:[一二三四五六七八九十\d]+组|口第[一二三四五六七八九十\d]+户)"
    # Japanese block numbers: "西新宿1-6-26"
    r"|[都道府県][\u4e00-\u9fff\u30a0-\u30ff]{2,12}\d{1,2}-\d{1,3}-\d{1,3}"
    r"|\b(?:mkr|kv|ul)\.\s?[A-Z]?[\w-]*\d+|\b(?:dom|kvartira|mikrorayon)\s\d+|мкр\.\s?\d+"
    r"|\bNO\.\s?\d+ [A-Z]+ (?:ROAD|STREET|AVENUE|LU|JIE|LANE)\b"
    r"|[\u4e00-\u9fff]{1,4}洞\d+(?:-\d+)?"
    r"|\b\d{1,4} [A-ZÀ-ỸĐ][\wÀ-ỹđ]+(?: [A-ZÀ-ỸĐ][\wÀ-ỹđ]+){0,3}, (?:Quận|Phường|Huyện|District|Ward) \d{1,2}"
    r"|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:street|road|avenue|lane) \d{1,4}\b"
    rf"|\b(?i:number|no\.?|house) \d{{1,4}}[a-z]? (?i:on|in) {_STREET_NAME}"
    r"|\b[A-Z][a-z']+ (?:ko'chasi|koʻchasi|ko‘chasi|ulitsa|köşesi|caddesi|sokak)\s?\d{1,4}(?:-uy)?"
    r"|(?:ул|пр|просп|пер|мкр|бул|ш)\.\s?[А-ЯЁӘІҢҒҮҰҚӨҺа-яёәіңғүұқөһ-]+(?:\s[А-ЯЁа-яё-]+)?,?\s?(?:д\.\s?)?\d+"
    r"|(?<![А-Яа-яЁё])(?:кв|д|корп)\.\s?\d+|(?<![А-Яа-яЁё])(?:кв|д)\s?\d{1,4}(?![\d.,])"
    # The street's name before "ул.", and house and flat joined: "Лермонтова ул., 73-89"
    r"|[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)? (?:ул|пер|пр-т|просп)\.,? \d{1,4}(?:[-/]\d{1,4})?"
    # Mongolian in Cyrillic: "8-р хороо, 53-р байр, 39 тоот" (sub-district, building, door), "өргөн чөлөө 61"
    # (avenue); Russian house and flat in full: "дом 133, квартира 42"
    r"|(?<!\d)\d{1,3}-р\s?(?:байр|хороо)(?:,\s?\d{1,4}\s?тоот)?|(?<!\d)\d{1,4}\s?тоот(?![а-я])"
    r"|(?<![а-яё])(?:тоот|өргөн чөлөө|гудамж|дом|квартира|корпус)\s?№?\s?\d{1,4}"
    # Arabic: a building, a flat or a villa and its number ("مبنى 6، شقة 30")
    r"|(?:مبنى|شقة|عمارة|فيلا)\s?\d{1,4}"
    r"|[가-힣]+(?:로|길)\s?\d+(?:-\d+)?"
    r"|\b\d+(?:st|nd|rd|th)\s(?i:khoroo|microdistrict|micro-district|mkr)\b"
    # In lower case, as messages give them: "no. 220, adeola odeku street", "116 ul. marszałkowska"
    r"|\b(?:no\.?|number)\s?\d{1,4}[a-z]?,?\s(?:[a-z]+\s){1,3}(?:street|road|avenue|lane|close|crescent|drive)\b"
    r"|\b\d{1,4}[a-z]?,?\s(?i:ul\.|ulica|ulitsa)\s?[a-z]{3,}"
    # European streets in lower case: "schönhauser allee 125", "hauptstraße 12", "74 rue jean jaurès"
    r"|\b[a-zäöüß]{3,}\s(?:allee|straße|strasse|gasse|platz)\s\d{1,4}[a-z]?\b"
    r"|\b[a-zäöüß]{4,}(?:straße|strasse|gasse|weg|platz|allee)\s\d{1,4}[a-z]?\b"
    r"|\b\d{1,4}(?:\sbis)?,?\s(?:rue|calle|avenida|rua)\s[A-Za-zà-ÿ]{2,}(?:\s[A-Za-zà-ÿ]{2,})?"
    r"|\b(?:rue|calle|avenida|rua)\s(?:[a-zà-ÿ']+\s){1,3}\d{1,4}[a-z]?\b"
    # A Polish street after "ul.", in any case: "Ul. Marszalkowska 59", "ul. piotrkowska 145/29"
    r"|\b[Uu]l\.\s?[A-Za-zÀ-ž'-]{3,}(?:\s[A-Za-zÀ-ž'-]{3,})?\s\d{1,4}[a-z]?(?:/\d{1,4})?"
    r"|\b\d{1,4} (?!(?:km|miles?|minutes?|hours?|days?|weeks?|metres?|meters?|kilometres?|more|long|other)\b)"
    r"(?:(?!(?:from|the|to|on|in|at|down|up|along|of|a|an|by)\b)[a-z]+ ){1,2}"
    # "close" and "drive" are verbs as often: a street only where the address ends with them ("12 oak close,").
    r"(?:(?:street|road|avenue|lane|crescent|grove)\b|(?:close|drive)(?=[,.;]|$))"
    r"|\b(?i:building|block|bldg\.?)\s?\d+[A-Za-z]?,?\s(?i:door|apartment|apt\.?|flat|room|unit|entrance)\s?\d+"
    # In capitals, and a Mongolian ger in its bag: "ROOM 2271, BUILDING 4", "ger no. 384, 4th bag"
    r"|\b(?i:room|flat|apartment|building)\s\d+,\s(?i:building|block|unit|floor)\s\d+"
    r"|\b(?i:building|house)\s\d+,\s(?:[A-Za-z]+\s){1,3}(?i:street|road|avenue|lane)\b"
    r"|\b(?i:ger|yurt|house)\s?(?:(?i:no)\.?|#)\s?\d+,\s?\d+(?:st|nd|rd|th)\s(?i:bag|khoroo)\b"
)
# Chinese addresses written in English: "No. 88, Jianguo Road", "Jianguo Road, No. 88, Chaoyang District",
# "Building 3, Unit 2, Room 501", "Flat 5B".
_ROMANISED_STREET = (
    r"(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Alley|Hutong|Lu|Jie|Dajie|Xiang|Nong|Li|Dao)(?![A-Za-z])"
)
_ROMANISED_ADDRESS = _compile(
    rf"\b{_ROMANISED_STREET},?\s+(?:No\.?\s*)?\d{{1,4}}[A-Za-z]?(?![\d.,]\d|\s*(?:%|[a-z]))"
    rf"|\bNo\.?\s*\d+[A-Za-z]?,?\s+{_ROMANISED_STREET}\b"
    r"|\b(?:Building|Bldg\.?|Block|Tower|Unit|Room|Rm\.?|Flat|(?i:apt)\.?|(?i:apartment)|Suite|Floor|Entrance|Door)"
    r"\s*(?:No\.?\s*)?\d+[A-Za-z]?(?:\s*[,/-]?\s*(?:Building|Bldg\.?|Block|Unit|Room|Rm\.?|Flat|Apt\.?|Floor)"
    r"\s*(?:No\.?\s*)?\d+[A-Za-z]?)*"
    r"|\b(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Residential (?:Compound|Community|Quarter)|Compound|Estate|Garden Community|Xiaoqu)\b"
    # A lane or hutong number on its own; a house, flat or entrance number; a post-office box.
    r"|\b(?:Lane|Nong|Hutong)\s\d{1,4}\b(?![.,]\d)"
    # Singapore's "#07-947" (floor and unit); "12th floor, flat 44"
    r"|#\d{2}-\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th) floor,? (?:flat|apartment|apt\.?|room|unit) \d{1,4}"
    r"|\b(?:house|flat|entrance)\s\d{1,4}[A-Za-z]?\b(?!\s*(?:%|[a-z]))"
    r"|\bP\.?\s?O\.?\s?Box\s\d+"
)
# "No. 12" beside a capitalised name, before or after it ("Zhongguancun South Street No. 12",
# "No. 8, Jalan Ampang"); not the number of a hospital, a school, a bus or a patient ("City Hospital No. 7",
# "Patient No. 2", which is how a story names someone without a name).
_NUMBER_BESIDE_NAME = _compile(
    r"\b(?:[A-Z][a-z']+\s+){0,3}(?P<last>[A-Z][a-z']+)\s+No\.?\s?\d{1,4}[A-Za-z]?\b"
    r"|\bNo\.\s?\d{1,4}[A-Za-z]?,?\s+[A-Z][a-z]+"
)
_NUMBERED_INSTITUTIONS = frozenset(
    """
    Hospital Clinic Polyclinic Centre Center School Gymnasium Lyceum Kindergarten University College Institute
    Department Ward Unit Line Bus Route Tram Platform Gate Terminal Hall Room Building Block Pharmacy
    Patient Case Participant Subject Donor
    """.split()
)
_ADMINISTRATIVE_AREA_ENDINGS = "省市区县镇乡村"
# Characters that end the words leading into an address: 住在, 位于, 地址, 来自, 搬到 …
_ADDRESS_LEAD_INS = "在住于址到从自是往为"

# --- postal codes and coordinates --------------------------------------------------------------

_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_POSTAL_CODE = _compile(
    r"(?:\b(?i:zip(?:\s?code)?|post\s?code|postal\s?code|postal index|index|PLZ|CEP)\b|(?i:почтовый )?индекс)"
    r"(?i: of residence| is required, ours)?"
    r"(?:[\s:#(,]|\bis\b|\bwas\b|\bwhich\b)*"
    r"(?:\d{5,6}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3} \d{2})(?!\d)"
    r"|\b(?:\d{5,6}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}) (?i:is|was) (?i:the|my|her|his|our) "
    r"(?i:post ?code|postal code|zip(?: code)?)"
    r"|\b(?i:zip|post ?code|postal code|postal index|PLZ)(?: (?i:code))?(?: (?i:is|was))?:? "
    r"(?:(?i:(?:zero|one|two|three|four|five|six|seven|eight|nine)[ ,-]*){5,6}|\d(?: \d){4,5}(?: ?- ?\d(?: \d){3})?)"
    r"|\b(?i:post\s?code|postal\s?code|Eircode|ZIP)\b[\s:#]*(?i:(?=[A-Z0-9 ]*\d)[A-Z0-9]{2,4} ?[A-Z0-9]{3,4})\b"
    # A few words between the label and the code: "Postal code of the village: 14308", "a postal code; ours is 59521"
    # "the postcode as 00185", "asks for a postcode; the family wrote 77004"
    r"|\b(?i:post\s?code|postal\s?code|zip\s?code)\b[^\n\d.]{1,30}?(?::\s?|\b(?:is|as|wrote|reads)\s)\d{4,6}"
    r"(?:\s?[A-Z]{2})?(?!\d)"
    # "postal 69003"
    r"|\b(?i:postal|zip)\s\d{5}(?!\d)"
    # Canada ("M5V 3L9") and Ireland ("Dublin D02 X285")
    r"|\b[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d\b|\b[AC-FHKNPRTV-Y]\d[\dW] [AC-FHKNPRTV-Y\d]{4}\b"
    r"|\bDublin,? D\d{2}(?: [A-Z0-9]{4})?\b"
    # An Eircode after its label, in any case: "Post code of the village: a33m9f", "the index A25H9T"
    r"|\b(?i:post\s?code|postal\s?code|index|eircode)\b[^:\n\d]{0,20}[:\s]\s*"
    r"(?i:[AC-FHKNPRTV-Y]\d[\dW] ?[AC-FHKNPRTV-Y\d]{4})\b"
    r"|(?<!\d)\d{5,6}(?=\s?[(（](?:邮编|邮政编码|邮码)[)）])"
    r"|(?:邮编|邮政编码|邮码|우편번호)(?:一栏)?\s*(?:为|是|填了|[:：])?\s*"
    r"(?:\d{6}(?!\d)|\d(?: \d){4,5}(?! ?\d)|\d{2}-\d{3}(?!\d)|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}"
    r"|[A-Za-z0-9]{3,8}(?![A-Za-z0-9]))"
    rf"|\b(?:{'|'.join(_US_STATES)}),?\s+\d{{5}}(?:-\d{{4}})?(?!\d)"
    r"|\b(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[A-Z]{2})\b"
)
# Where a parcel goes, a code alone: "can you send the herbs to 53956?"
_PARCEL_DESTINATION = _compile(
    r"\b(?i:send|sent|ship|mail|post|deliver|courier)\b[^.?!\n\d]{0,40}\bto (?P<code>\d{5,6})(?=\s*[?.!,;]|$)"
)
# A code of five or six digits beside a place name, before or after it, as on the last line of an
# address in most countries ("Almaty 050012", "Munich 80331", "10115 Berlin"); not a quantity
# ("Ferritin 12450 ng/mL") and not after the words that open a sentence ("Around 12000 patients").
_POSTAL_CODE_BESIDE_PLACE = _compile(
    r"\b(?P<place>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|[A-Z]{4,}),?\s(?P<code>\d{5,6}|\d{2}-\d{3})(?![\d.,]\d|\d)"
    # In Chinese text the place is in Han characters: "柏林49187", "阿拉木图050012".
    r"|(?P<han_place>(?!拨打|打了|热线|电话|致电|拨通|号码|编号|尾号|单号|代码|话是|[\u4e00-\u9fff][码号数])[\u4e00-\u9fff]{2})(?P<han_code>\d{5,6})(?![\d.,]\d|\d)"
    # not a service's hotline ("打12345市民热线")
    r"(?![\u4e00-\u9fff]{0,3}热线)"
    r"|(?<![\d.,])(?P<code_first>\d{5,6}),?\s(?P<place_after>[A-Z][a-z]+)\b"
)
_NOT_PLACES = frozenset(
    """
    In On At By From Since Until About Around Approximately Nearly Over Under Only Some Total Of And Or The A An
    Call Dial Phone Ring Text
    Between After Before During Figure Table Page Day Week Month Year Cycle Dose Level Score Count Almost Just
    """.split()
)
# A pair of decimals with three places or more: with a comma between them, or with a degree sign
# or a hemisphere letter after each ("51.3325° N 84.4228° E", "43.25N，76.95E").
_LATITUDE = r"-?\d{1,2}\.\d{3,}"
_LONGITUDE = r"-?\d{1,3}\.\d{3,}"
_COORDINATES = _compile(
    rf"{_LATITUDE}\s?°?\s?[NS]?\s*[,;/，；、]\s*{_LONGITUDE}\s?°?\s?[EW]?"
    rf"|{_LATITUDE}\s?(?:°\s?[NS]?|[NS])\s{{1,2}}{_LONGITUDE}\s?(?:°\s?[EW]?|[EW])(?![A-Za-z])"
    r"|\d{1,3}\s?°\s?\d{1,2}(?:\.\d+)?\s?['′]\s?(?:\d{1,2}(?:\.\d+)?\s?[\"″]?\s?)?[NSEW]"
    # The hemisphere first: "N 48° 1′ 44″, E 107° 4′ 19″"
    r"|\b[NSEWnsew]\s?\d{1,3}\s?°\s?\d{1,2}(?:\.\d+)?\s?['′](?:\s?\d{1,2}(?:\.\d+)?\s?[\"″])?"
    # In Chinese numerals: "北纬三十九点九五六度"
    r"|(?:北纬|南纬|东经|西经)\s?[零〇一二三四五六七八九十百]+点[零〇一二三四五六七八九]{2,}度?"
    # A latitude or longitude named in brackets after it: "40.1379（纬度）", "116.4204 (longitude)"
    r"|(?<![\d.])-?\d{1,3}\.\d{3,}\s?[(（]\s?(?:纬度|经度|北纬|东经|(?i:lat|latitude|lon|lng|long|longitude))\s?[)）]"
    # With decimal commas, as much of Europe and Central Asia writes them: "49,868415 / 73,175543"
    r"|(?<![\d,])-?\d{1,2},\d{4,}\s?[/;]\s?-?\d{1,3},\d{4,}(?!\d|,\d)"
    r"|\b[NSns]\s?\d{1,2}\.\d{2,}\s?°?\s?[,;/、，]?\s?[EWew]\s?\d{1,3}\.\d{2,}"
    # The directions in words: "38.9404 north, 95.9402 east"
    r"|(?<![\d.])\d{1,2}\.\d{2,}\s(?i:north|south),?\s\d{1,3}\.\d{2,}\s(?i:east|west)\b"
    r"|(?:北纬|南纬|东经|西经|纬度|经度)\s?[:：]?\s?-?\d{1,3}(?:\.\d+)?\s?度?"
    r"|(?<![\d.])-?\d{1,3}\.\d{4,}\s-?\d{1,3}\.\d{4,}(?![\d.])"
    r"|\b(?i:GPS|coordinates|lat(?:itude)?|lon(?:gitude)?|lng|location pin)\b\.?[\s:=]*-?\d{1,3}\.\d{2,}"
    # Degrees, minutes and seconds with the hemisphere in lower case: "8°47'11\"n 124°27'28\"e"
    r"|\d{1,3}°\d{1,2}['′]\d{1,2}(?:\.\d+)?[\"″]?[nsNS]\s?,?\s?\d{1,3}°\d{1,2}['′]\d{1,2}(?:\.\d+)?[\"″]?[ewEW]"
    # An Open Location Code (a plus code), full or short: "VVGVC6R7+PM", "8X22+8Q Erenhot"
    r"|(?<![A-Za-z0-9+])(?i:[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3})(?![A-Za-z0-9])"
)

# --- ages over 89 (HIPAA Safe Harbor) ---------------------------------------------------------

# An age over 89 in words ("ninety-four", "a hundred and one") is one when "years old" follows, or
# when a word that introduces an age comes before ("aged", "at", "is", "turned", "now") and nothing
# counted comes after ("at ninety-eight her grandmother", not "was a hundred metres").
_AGE_IN_WORDS = (
    r"(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?: and (?:one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen))?(?! and \w+ty\b))"
)
_AGE_CUE = (
    r"(?:aged?|age|at|is|was|be|been|being|turned|turning|turns|reached|reaching|now|I'm|I am|she's|he's|am|are"
    r"|were|of|nearly|almost|over|past|just)"
)
_NOTHING_COUNTED_AFTER = (
    r"(?=\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?i:and|in|on|last|this|next|when|but|with|yet|now|still|her|his|their|she|he"
    r"|they|years?|the week|the month|the year|the day|that|before|after)\b)"
)
_AGE_OVER_89 = _compile(
    r"\b(?:9\d|1[01]\d)(?:\s|-)?(?i:years?|yrs?|y)(?:\s|-)?(?i:old|of age|young)\b"
    # "At my age — 92 — every day is a gift"
    r"|\b(?i:my age|her age|his age)\W{1,4}(?:9\d|1[01]\d)\b"
    # "At 99,", "who is 94.", "his 95th birthday", "Pt 94F", "F/94"
    r"|\b(?i:at|who is|who was|she is|he is|she was|he was)\s(?:9\d|1[01]\d)"
    r"(?=\s*[,;.]|\s(?:I|she|he|we|they|my|her|his)\b)"
    r"|\b(?:9\d|1[01]\d)\s?[MF](?=\s+(?:with|w/|presenting|admitted|on|c/o)\b|,)"
    r"|享年\s?(?:9\d|1[01]\d)|(?<!\d)(?:9\d|1[01]\d)多岁|一百多岁|享年九十|享年一百|年逾九十|虚岁(?:九十|一百)"
    r"|(?:,\s|\b(?i:she|he|who|I) (?i:is|was) )(?i:now) (?:9\d|1[01]\d)\b"
    r"(?!\s*(?i:%|mg|ml|kg|g/|mmol|iu|ng|pg|bpm|mmhg|cm|x|×|/))"
    r"|\b(?:Mrs?|Ms|Miss|Patient)\.? [A-Z], (?:9\d|1[01]\d)\b"
    r"|\b[A-Z][a-z]+(?: [A-Z][\w'-]+)?, (?:9\d|1[01]\d),"
    r"|\b(?:9\d|1[01]\d) \((?i:age|aged|years)"
    r"|\b(?i:participant|patient|woman|man|lady|grandmother|grandfather|grandma|grandpa|widow|mother|father)\s?\((?:9\d|1[01]\d)\)"
    r"|\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\s(?i:birthday)\b"
    r"|\b(?i:pt\.?|patient)\s(?:9\d|1[01]\d)\s?[FM]\b|\b[FM]/(?:9\d|1[01]\d)\b"
    rf"|\b(?i:{_AGE_IN_WORDS}(?:[- ]years?[- ](?:old|young)|-year-old|[- ]years? of age))\b"
    # "a one-hundred-and-two-year-old man"
    r"|\b(?i:(?:a|one)-hundred(?:-and-[a-z]+)?-years?-old)\b"
    rf"|\b(?i:{_AGE_CUE}\s+{_AGE_IN_WORDS}){_NOTHING_COUNTED_AFTER}"
    r"|\b(?:9\d|1[01]\d)(?:\s|-)?(?i:year-old|yo|y/o|y\.o\.)(?![A-Za-z])"
    r"|\b(?i:aged?|ages|age:|at the age of|at age|turned|turning|reached)\s*(?:9\d|1[01]\d)\b(?![.,]\d)"
    r"(?!\s*(?i:%|mg|ml|kg|g/|mmol|µmol|umol|u/|iu|ng|pg|bpm|mmhg|cm|x|×|/|days?|weeks?|months?|points?))"
    r"|\b(?i:grand(?:mother|father|ma|pa|mum|dad)|great-grand(?:mother|father)|mother|father|husband|wife|aunt"
    r"|uncle|neighbour|neighbor|widow|widower)\s*,\s*(?:(?i:now|aged?)\s+)?(?:9\d|1[01]\d)\s*,"
    r"|\b(?i:(?:in|into|well into) (?:his|her|their) (?:early |mid-?|late )?(?:nineties|90s)"
    r"|nonagenarian|centenarian)\b"
    # "grandma 94, diabetes", "Our oldest patient this year was 96."
    r"|\b(?i:grandma|grandpa|granny|grandmother|grandfather|nana|babushka|dedushka)\s(?:(?i:is|was|turned) )?"
    r"(?:9\d|1[01]\d)\s?(?:,|and\b)"
    # "my dad now 94,", "someone past 101?", "Patient Ms. A, ninety-nine,"
    r"|\b(?i:dad|mum|mom|father|mother|grandpa|grandma|someone|patient|he|she)\s(?i:now|past|over|aged)\s"
    r"(?:9\d|1[01]\d)\b(?!\s*%|\.\d)"
    rf"|\b(?:Mrs?|Ms|Miss|Patient)\.? [A-Z], (?i:{_AGE_IN_WORDS}),"
    r"|\b(?i:patient|participant|woman|man|lady|resident|person)\b[\w ]{0,25}\b(?i:was|is) (?:9\d|1[01]\d)[.!](?!\d)"
    # "(ninety y/o)", "a ninety-one yo male", "her ninety-eighth birthday"
    rf"|\b(?i:{_AGE_IN_WORDS})[- ](?i:y/o|yo|y\.o\.|yrs?\b(?!\s*(?:ago|later|earlier|before|after)))(?![A-Za-z])"
    r"|\b(?i:ninety-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|ninetieth|hundredth)\s(?i:birthday)\b"
    # "老太太九十一了", "年届一百零六"
    r"|(?<![快近将])九十[一二三四五六七八九]?了|(?:年届|年逾|年过)\s?(?:九十|一百)"
    r"|(?<!\d)(?:9\d|1[01]\d)\s*(?:周岁|岁|高龄)"
    r"|(?<![快近])九十[一二三四五六七八九]?(?:周)?岁|九十多岁|一百[零一二三四五六七八九十]*(?:周)?岁|百岁|年逾九旬|(?<!近)九旬|年过九十|期颐|鲐背之年"
    r"|(?:九十|一百)[零一二三四五六七八九十]*高龄"
    r"|年满(?:九十|一百|9\d|1[01]\d)|(?:九十|百岁)大寿|九十有[一二三四五六七八九]|九十出头|(?:都|已经|已|今年|快)\s?(?:9\d|1[01]\d)了|虚岁\s?(?:9\d|1[01]\d)(?!\d)"
    r"|(?:年龄|年纪)\s*(?:为|是|[:：])?\s*(?:9\d|1[01]\d)(?!\d)|九十好几"
    # "(female, 95 y)", "Age at admission: 94 years", "He is 101 and", "a woman of ninety-one", "over 100"
    r"|\b(?:9\d|1[01]\d)\s?(?i:y|yrs?|years?)\b(?!\s*(?i:ago|later|earlier|before|after|of (?!age)))"
    r"|\b(?i:he|she|I|who|mother|father|grandmother|grandfather)"
    r" (?i:is|was|am|turned|turns|is now|was then|will be|would be)"
    r"\s(?:9\d|1[01]\d)\b"
    r"(?!\s*(?i:%|mg|ml|kg|g/|mmol|iu|ng|pg|bpm|mmhg|cm|kilos?|kilograms?|pounds?|points?|percent|minutes|metres|meters))"
    r"|(?:\b(?i:even|aged|now|well)\s|,\s)(?i:over|past)\s(?:9\d|100)\b"
    rf"|\b(?i:age)\s?[:—–-]\s?{_AGE_IN_WORDS}\b"
    rf"|\b(?i:woman|man|lady|gentleman|patient|person|widow|widower) of {_AGE_IN_WORDS}\b"
    r"|\b(?i:(?:he|she) is|(?:he|she) was|aged) (?:over|past) (?:9\d|100)\b"
    # "101 this spring", "the patient is now 103 and", "бабушка, 99 лет"
    r"|\b(?:9\d|1[01]\d) this (?i:spring|summer|autumn|fall|winter|year|month)\b"
    r"|\b(?i:patient|grandmother|grandfather|grandma|grandpa|granny|mother|father|uncle|aunt|husband|wife)"
    rf" (?i:is|was) now (?:9\d|1[01]\d){_NOTHING_COUNTED_AFTER}"
    r"|(?<!\d)(?:9\d|1[01]\d)\s?(?:лет|года|год)(?![а-я])"
    # In Russian words ("девяносто шесть лет", "сто один год"), in Arabic ("١٠١ عامًا"), in Japanese ("91歳"),
    # as a full age ("95足岁"), or with a space inside ("9 8 岁").
    r"|(?<![а-яё])(?<!почти )(?<!около )(?<!под )"
    r"(?i:девяносто(?:\s(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять))?"
    r"|сто(?:\s(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять))?)\s(?:лет|года|год)(?![а-яё])"
    r"|(?<!\d)(?:9\d|1[01]\d)\s?(?:عامًا|عاما|عام|سنة)"
    r"|(?<!\d)(?<!\d )(?:9 ?\d|1 ?[01] ?\d)\s*(?:歳|足岁|周岁|岁)"
    # "a proud 101", "a spry 96"
    r"|\b(?i:a (?:proud|spry|sprightly|young|healthy|lively|cheerful|remarkable)) (?:9\d|1[01]\d)\b(?![.,]\d)"
    # "ninety-plus": ninety or older (not "90+", which is as often a score or a saturation)
    r"|\b(?i:ninety)[- ]?(?i:plus)\b|\b90[- ](?i:plus)\b"
)

# --- dates -----------------------------------------------------------------------------------

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
# A full month name, or a three-letter abbreviation with an optional full stop ("Sept." too).
_MONTH = (
    r"(?P<month>(?-i:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T|TEMBER)?"
    r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)|Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_NUMERIC_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])"
_NUMERIC_MONTH = r"(?P<month>1[0-2]|0?[1-9])"
_DAY = _NUMERIC_DAY + r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_NOT_MORE_DIGITS = r"(?!\d|\.\d)"
_CHINESE_DIGIT = "〇零一二三四五六七八九"
_CHINESE_NUMBER = "一二三四五六七八九十"
# A day in words ("the fourth", "twenty-seventh") and a month's full name, for dates written out.
_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)"
)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_PATTERNS = (
    # 12 March 1998, 12th of March, 12 Mar. 1998
    _compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\w)"),
    # March 12, 1998; May. 25
    _compile(rf"\b{_MONTH}\.?\s+{_DAY}(?:,?\s+{_YEAR})?(?!\w)"),
    # 1998-03-12, 1998/3/12, 2023.10.05
    _compile(rf"(?<![\d.]){_YEAR} ?[-/.] ?{_NUMERIC_MONTH} ?[-/.] ?{_NUMERIC_DAY}{_NOT_MORE_DIGITS}"),
    # 12/03/1998 or 12.03.1998, day or month first
    _compile(rf"(?<![\d./])(?P<first>[0-3]?\d) ?[/.] ?(?P<second>[0-3]?\d) ?[/.] ?{_YEAR}{_NOT_MORE_DIGITS}"),
    # 12-Mar-2019, 12.Mar.2019
    _compile(rf"\b{_NUMERIC_DAY}[-./]{_MONTH}[-./]?{_YEAR}(?!\w)"),
    # 4-May-19: a two-digit year after a month's name
    _compile(rf"\b{_NUMERIC_DAY}-{_MONTH}-(?P<short_year>\d{{2}})(?![\w-])"),
    # 25 september 2021, 18 dec 1951: a month in lower case, as messages write it, with its year
    _compile(
        rf"\b{_DAY}\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november"
        rf"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s+{_YEAR}(?!\w)"
    ),
    # 2011 november 6, 2019 Mar 3rd: the year first, as some forms ask for it
    _compile(
        rf"\b{_YEAR}\s+(?P<month>(?i:january|february|march|april|may|june|july|august|september|october|november"
        rf"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.?\s+{_DAY}(?!\w)"
    ),
    # "on 13/8", "can we come on 5/9?": a day and a month after "on", either way round; not a share ("on 5/9 of")
    _compile(r"(?<=\b[Oo]n )(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)(?![\d/])(?!\s+of\b)"),
    # "on 07.02": with a dot only as two digits and two, not a decimal ("on 2.5 mg")
    _compile(r"(?<=\b[Oo]n )(?P<first>[0-3]\d)\.(?P<second>[0-3]\d)(?![\d.]\d)(?!\s*[A-Za-z%])"),
    # 11 ตุลาคม 2536: a Thai month, with a Buddhist-era or a Western year
    _compile(
        r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])\s?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน"
        r"|ตุลาคม|พฤศจิกายน|ธันวาคม)\s?(?:2[45]\d{2}|19\d{2}|20\d{2})(?!\d)"
        # The Buddhist-era year first, then the day and the month: "พ.ศ. 2564 วันที่ 3 มิถุนายน"
        r"|พ\.ศ\.\s?2[45]\d{2}\s?(?:วันที่\s?)?(?:[12]\d|3[01]|0?[1-9])\s?(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม"
        r"|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)"
    ),
    # "于october 6 2025": a month in lower case before its day and year, among Chinese
    _compile(
        rf"(?<![A-Za-z])(?P<month>january|february|march|april|june|july|august|september|october|november|december)"
        rf"\s{_DAY},?\s{_YEAR}(?!\w)"
    ),
    # 23 марта 1997 г., 5 нояб. 1938: a Russian month, in full or cut short, as messages in Russian give a
    # date among Chinese or English words
    _compile(
        rf"(?<!\d){_NUMERIC_DAY}\s(?P<month>(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
        rf"|ноября|декабря)(?![а-яё])|(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?![а-яё])))"
        rf"(?:\s{_YEAR}(?:\s?г\.?)?)?"
    ),
    # 13.06.21: day, month and a two-digit year with dots; not a version ("更新至1.17.10版")
    _compile(r"(?<![\d.])(?P<first>[0-3]?\d)\.(?P<second>[01]?\d)\.(?P<short_year>\d{2})(?!\d|\.\d|\s?版)"),
    # 24.12.6, 42.11.27: a two-digit year first, then month and day, as Chinese forms write it short
    _compile(
        rf"(?<![\d.vV])(?<!版本)(?<![Vv]ersion )(?P<short_year>\d{{2}})\.{_NUMERIC_MONTH}\.{_NUMERIC_DAY}"
        r"(?!\d|\.\d|\s?版)"
    ),
    # "08-19 拔除引流管": a month and a day opening a timeline entry
    _compile(r"^(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?=\s)|^(?:0?[1-9]|1[0-2])/(?:[0-2]?\d|3[01])(?=[\s\u3000])"),
    # "12-03那天", "10/16那天": a month and a day before 那天
    _compile(r"(?<![\d./-])(?:0?[1-9]|1[0-2])[-/.](?:[0-2]?\d|3[01])(?=那天|当天|那日)"),
    # "于4.11完成", "到期日为10/29，": a month and a day after a word that places an event in time, before
    # Chinese text; with a dot only where the day has two digits, not a value ("血钾在4.1左右")
    _compile(
        r"(?:(?<=[于在])|(?<=日[为是])|(?<=期[为是]))\s?(?P<month>1[0-2]|0?[1-9])(?:/|\.(?=[0-3]\d))(?P<day>[12]\d|3[01]|0?[1-9])"
        r"(?![\d./])(?=\s?[\u4e00-\u9fff，。；！？])(?!\s?(?:左右|以上|以下|之间|以内|上下|倍|分|次|个|天|周|岁|年|小时|例|名|位))"
    ),
    # 12/03/98 with a two-digit year
    _compile(r"(?<![\d./])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<short_year>\d{2})(?![\d/])"),
    # 1998年3月12日, 3月12号
    _compile(rf"(?:{_YEAR}\s?年\s?)?(?<!\d){_NUMERIC_MONTH}\s?月\s?{_NUMERIC_DAY}\s?[日号]"),
    # 三月13日: the month in Chinese numerals, the day in digits
    _compile(rf"(?<![{_CHINESE_NUMBER}])(?:十[一二]?|[一二三四五六七八九])月\s?(?:[12]\d|3[01]|0?[1-9])\s?[日号]"),
    # 本月15号: a day of this month, the last or the next
    _compile(r"(?:本月|上月|下月|这个月|上个月|下个月)\s?(?:[12]\d|3[01]|0?[1-9])\s?[日号]"),
    # 二〇二三年十月五日, 十月五号
    _compile(rf"(?:[{_CHINESE_DIGIT}]{{4}}年)?[{_CHINESE_NUMBER}]{{1,2}}月[{_CHINESE_NUMBER}]{{1,3}}[日号]"),
    # the fourth of July, 2006; Christmas Eve 1964; New Year's Day 2020
    _compile(
        # "the fifth of March", "twenty-seventh September", "March the fifth"; not "the first May after surgery"
        rf"\b(?i:(?:the\s+)?{_ORDINAL_DAY}\s+of\s+{_MONTH_NAME}"
        rf"|(?<!the )(?<!an )(?<!a )(?!(?:first|second|third)\s){_ORDINAL_DAY}\s+{_MONTH_NAME}"
        rf"|{_MONTH_NAME}\s+(?:the\s+)?{_ORDINAL_DAY}(?![-\w]))"
        r"(?:,?\s+(?:19|20)\d{2})?\b"
        r"|\b(?:Christmas (?:Eve|Day)|New Year['’]s (?:Eve|Day)|Boxing Day|Valentine['’]s Day"
        r"|International Women['’]s Day|Women['’]s Day|Children['’]s Day|Nowruz|Nauryz|Eid al-Fitr|Eid al-Adha"
        r"|Mid-Autumn Festival|Dragon Boat Festival"
        r"|Lantern Festival|(?:the first day of )?(?:the )?Spring Festival|Chinese New Year|Lunar New Year"
        r"|Orthodox Christmas|Orthodox Easter|Easter|Nauryz Day|Navruz|Tsagaan Sar|Kurban Ait|Naadam|Diwali|Songkran)"
        r"(?:,?\s+(?:in\s+)?(?:of\s+)?)(?:19|20)\d{2}\b"
        r"|\b(?i:the\s+\w+(?:-\w+)?\s+day\s+of\s+the\s+\w+\s+lunar\s+month)(?:,?\s+(?:in\s+|of\s+)?(?:19|20)\d{2})?\b"
    ),
    # 2024年除夕, 1966年元旦, 1942年农历腊月初五, 正月十五
    _compile(
        r"(?:(?:19|20)\d{2}\s?年\s?的?)(?:除夕|元旦|春节|国庆节?|中秋节?|端午节?|元宵节?|大年初[一二三四五六七八九十]|七夕|冬至"
        r"|清明节?|儿童节|六一|妇女节|三八节|劳动节|五一|教师节|重阳节?|腊八节?|小年|情人节|圣诞节?|平安夜|植树节|母亲节|父亲节"
        r"|纳吾肉孜节|肉孜节|古尔邦节|开斋节|那达慕|藏历新年|泼水节|火把节|查干萨日|白月节)(?!前后|期间|假期|左右)"
        r"|(?:(?:19|20)\d{2}\s?年\s?)?(?:农历)?(?:正|腊|冬|[一二三四五六七八九十]{1,2})月(?:初[一二三四五六七八九十]|[十廿][一二三四五六七八九]|二十[一二三四五六七八九]?|三十)"
    ),
)
# Numbers after "phone" that are really dates or year ranges ("a phone call on 2023-10-05").
_YEARS_OR_DATE = _compile(r"(?:19|20)\d{2}(?:\s?[-/.]\s?\d{1,4}){1,2}")
_BIRTH_WORDS = _compile(
    r"\b(?i:born|birth|birthday|birthdate|DOB|D\.O\.B|bday|b-day)\b|\bb\.\s?$|出生|(?<![发产])生于|生日|诞生"
)
# A day and a month alone right after a word for a birthday: "my bday is 7/9", "生日是1/20", "生于18.05",
# "b-day july 2", "bday is november 16th".
_BIRTHDAY_WITHOUT_YEAR = _compile(
    r"(?:\b(?i:birthday|bday|b-day|dob)\b(?:\s(?i:is|was))?[:\s]\s?|生日(?:是|为|[:：])?\s?|生于\s?)"
    rf"(?P<date>(?:[0-3]?\d[/.][0-3]?\d(?!\d)|(?i:{_MONTH_NAME}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s{_DAY}"
    # "生日是二月二", "生日是十一月初八"
    r"|(?:十[一二]?|[一二三四五六七八九正腊冬])月(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    r"(?:,?\s(?:19|20)\d{2})?)(?![\d/.]\d))"
)
# Giving birth is an event in the patient's history, not the patient's own date of birth.
_CHILDBIRTH = _compile(r"\b(?i:gave|giving|give|gives|given)\s+birth\b")
# A full stop ends a sentence only before a capital, so that "D.O.B. 12 May 1990" stays whole.
_SENTENCE_END = _compile(r"[.!?](?=\s+[A-Z])|[。！？；;\n]")


# Full-width digits, letters and the signs inside numbers and addresses ("１３８００１３８０００", "＠"),
# Arabic-Indic digits ("٠١/٠٤/٢٠١٦"), and wide, non-breaking and zero-width spaces read as their ASCII forms;
# one character for one, so every finding still points at the text it came from. Chinese punctuation
# ("：", "，", "（") stays as it is.
_HALF_WIDTH = str.maketrans(
    {
        full_width: chr(ord(full_width) - 0xFEE0)
        for full_width in "０１２３４５６７８９＠＋－／＃＿"
        + "".join(chr(code) for code in range(ord("Ａ"), ord("Ｚ") + 1))
        + "".join(chr(code) for code in range(ord("ａ"), ord("ｚ") + 1))
    }
    | {chr(0x0660 + value): str(value) for value in range(10)}
    | {chr(0x06F0 + value): str(value) for value in range(10)}
    | {"\u3000": " ", "\u00a0": " ", "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " "}
)


# A number read digit by digit in Chinese numerals ("六二一七七九…", "幺九四五…"): five or more in a row, or
# as a phone number's groups with spaces between ("幺五三 三七七四 二零六幺"). The formal numerals of cheques and
# receipts too: "壹捌玖壹柒…".
# With the digits as they are read out over the radio or the phone: 幺 1, 两 2, 拐 7, 勾 9, 洞 0.
_CHINESE_DIGITS = "[〇零一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两拐勾洞]"
_CHINESE_DIGIT_RUN = re.compile(
    f"(?:{_CHINESE_DIGITS}{{3,4}} )?{_CHINESE_DIGITS}{{3,4}} {_CHINESE_DIGITS}{{4}}|{_CHINESE_DIGITS}{{5,}}"
    # Groups joined by a dash or a slash: "七四八-七〇八六九七/一九", a policy's number read out.
    f"|{_CHINESE_DIGITS}{{2,}}(?:[-/]{_CHINESE_DIGITS}{{2,}})+"
)
_CHINESE_DIGIT_VALUES = str.maketrans("〇零一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两拐勾洞", "0012345678911234567892790")
# A full-width or Chinese full stop between letters or digits is a dot in an address ("ｏｕｔｌｏｏｋ．ｃｏｍ",
# "www。gaofengblog。com", "３７．９２"); a full-width one after letters ends an abbreviation ("Ｎｏ．").
_FULL_WIDTH_DOT = re.compile(r"(?<=[0-9A-Za-z])[．。](?=[0-9A-Za-z])|(?<=[A-Za-z])．")
# A full-width colon between hexadecimal pairs joins the groups of a MAC address ("３０：Ｃ５："); not a label's
# colon ("IP：2001:4860").
_FULL_WIDTH_COLON = re.compile(r"(?<=[0-9A-Fa-f]{2})：(?=[0-9A-Fa-f]{2})")


# Chinese numerals among ASCII digits, or after a plate's letters: "130四五七零5670", "津JGT幺九幺".
# Not one numeral after a capital, which starts a word ("KARIMOV一直", "患者M二月").
# 两 only after a plate's letters: after or before a number it counts things ("NCT07936852两项研究").
_CHINESE_DIGITS_BESIDE_DIGITS = _CHINESE_DIGITS.replace("两", "")
_CHINESE_DIGITS_AMONG_DIGITS = re.compile(
    f"(?<=[0-9]){_CHINESE_DIGITS_BESIDE_DIGITS}+|(?<=[A-Z]){_CHINESE_DIGITS}{{2,}}|{_CHINESE_DIGITS_BESIDE_DIGITS}+(?=[0-9])"
)


def _as_ascii_digits(text: str) -> str:
    """The text with full-width forms and runs of Chinese numerals read as ASCII, one character for one."""
    text = text.translate(_HALF_WIDTH)
    text = _CHINESE_DIGIT_RUN.sub(lambda run: run.group().translate(_CHINESE_DIGIT_VALUES), text)
    text = _CHINESE_DIGITS_AMONG_DIGITS.sub(lambda run: run.group().translate(_CHINESE_DIGIT_VALUES), text)
    return _FULL_WIDTH_COLON.sub(":", _FULL_WIDTH_DOT.sub(".", text))


def scan_identifiers(
    text: str,
    language: str = "en",
    allowed: Iterable[str] = (),
    real_names: RealNameList | None = None,
) -> list[Finding]:
    """Find text that could identify a patient, sorted by position and never overlapping.

    `language` is "en" or "zh-hans" ("zh" works too); it only tunes how names are recognised.
    `allowed` lists strings that are never reported as names, such as the page's letter alias or the
    names of clinicians who agreed to be named; a name finding that overlaps one of them is dropped
    (a phone number inside an allowed string is still reported). `real_names` holds keyed hashes of
    the patient's and relatives' real names from the consent record; a match is reported as
    "patient_real_name" whatever the name scanner thought of it.
    """
    original, text = text, _as_ascii_digits(text)
    candidates = [
        *all_number_findings(text),
        *_medical_record_numbers(text),
        *_street_addresses(text),
        *_postal_codes_and_coordinates(text),
        *_ages_over_89(text),
        *_dates(text),
        *find_person_names(text, language),
        *_spelled_out_letter_by_letter(text, language),
    ]
    allowed_spans = [span for phrase in allowed for span in phrase_occurrences(phrase, text)]
    candidates = [
        finding
        for finding in candidates
        if finding.kind != "person_name"
        or not any(finding.start < end and start < finding.end for start, end in allowed_spans)
    ]
    if real_names is not None:
        candidates += real_names.find(text)
    return [replace(finding, text=original[finding.start : finding.end]) for finding in _without_overlaps(candidates)]


# A run of single characters with a space between each, as a message spells out what it hides from robots:
# "1 4 . 0 3 . 2 0 1 6", "h t t p s : / / l u c a . b l o g s p o t . c o m", "欧 阳 德 胜"; six or more.
# The hyphens or dots of a name spelled letter by letter too: "F-A-T-I-M-A-H", "A-k-s-o-y", "F.a.r.r.u.k.h".
# A run starts and ends where a word would: at a space or punctuation, or where Latin letters meet Chinese.
_SPELLED_OUT = re.compile(
    r"(?:^|(?<=[\s：:，,（(])|(?<=[^\x00-\x7f])(?=[\x00-\x7f]))(?:\S ){5,}\S"
    r"(?:$|(?=[\s。，,）)])|(?<=[\x00-\x7f])(?=[^\x00-\x7f]))"
    r"|(?<![A-Za-z.-])(?:[A-Za-z]-){4,}[A-Za-z](?![A-Za-z])"
    # Dots only with a lower-case letter among them: "U.S.A.F.R." is an initialism.
    r"|(?<![A-Za-z.-])(?=[A-Za-z.]*[a-z])(?:[A-Za-z]\.){4,}[A-Za-z](?![A-Za-z])"
)


def _spelled_out_letter_by_letter(text: str, language: str) -> list[Finding]:
    """What the scan finds in such a run read without its spaces or hyphens (and with the words before it, which
    may say what it is: "出生："), reported over the whole run."""
    findings = []
    for run in _SPELLED_OUT.finditer(text):
        before = text[max(0, run.start() - 12) : run.start()]
        joined = run.group().replace(" ", "") if " " in run.group() else re.sub("[-.]", "", run.group())
        inside = [finding for finding in scan_identifiers(before + joined, language) if finding.end > len(before)]
        if " " not in run.group():  # letters joined by hyphens or dots: "F-A-T-I-M-A-H", "R.a.h.m.o.n.o.v"
            reason = "Looks like a personal name; use a letter alias such as “Ms. A”"
            inside.append(Finding("person_name", joined, 0, len(joined), reason))
        for finding in sorted(inside, key=lambda finding: KIND_PRECEDENCE.index(finding.kind))[:1]:
            reason = f"{finding.reason} (spelled out letter by letter)"
            findings.append(Finding(finding.kind, run.group(), run.start(), run.end(), reason))
    return findings


def _without_overlaps(candidates: list[Finding]) -> list[Finding]:
    def rank(finding: Finding) -> tuple[int, int, int]:
        return KIND_PRECEDENCE.index(finding.kind), finding.start - finding.end, finding.start

    kept: list[Finding] = []
    for finding in sorted(candidates, key=rank):
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda finding: finding.start)


def _finding(kind: str, text: str, start: int, end: int, reason: str | None = None) -> Finding:
    return Finding(kind, text[start:end], start, end, reason or REASONS[kind])


def is_valid_resident_id(number: str) -> bool:
    """Whether an 18-character number is a Chinese resident ID with a real birth date and a valid check digit.

    The scanner reports plausible IDs with a wrong check digit too (a typo still identifies);
    this tells the two apart.
    """
    if len(number) != 18 or not number[:17].isdigit():
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    if not (1900 <= year <= date.today().year and 1 <= month <= 12):
        return False
    if not 1 <= day <= monthrange(year, month)[1]:
        return False
    return resident_id_check_character(number[:17]) == number[17].upper()


def resident_id_check_character(first_seventeen_digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character ("0"–"9" or "X") that ends a Chinese resident ID."""
    weighted = zip(first_seventeen_digits, _RESIDENT_ID_WEIGHTS, strict=True)
    return _RESIDENT_ID_CHECK_CHARACTERS[sum(int(digit) * weight for digit, weight in weighted) % 11]


_RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID_CHECK_CHARACTERS = "10X98765432"


def _medical_record_numbers(text: str) -> Iterable[Finding]:
    for match in _MEDICAL_RECORD_NUMBER.finditer(text):
        yield _finding("medical_record_number", text, match.start(), match.end())


def _postal_codes_and_coordinates(text: str) -> Iterable[Finding]:
    for match in _POSTAL_CODE.finditer(text):
        if not SAFE_LABEL_BEFORE.search(text, 0, match.start()):  # not "ATC L01EX"
            yield _finding("postal_code", text, match.start(), match.end())
    for match in _POSTAL_CODE_BESIDE_PLACE.finditer(text):
        place = match.group("place") or match.group("place_after") or match.group("han_place")
        code = next(name for name in ("code", "code_first", "han_code") if match.group(name))
        if place.split()[0].split("-")[0] in _NOT_PLACES or SAFE_LABEL_BEFORE.search(text, 0, match.start(code)):
            continue
        if is_quantity(text, match.start(code), match.end(code)) or match.group(code) in PUBLIC_SERVICE_NUMBERS:
            continue  # "记住12345": the city's hotline
        yield _finding("postal_code", text, match.start(), match.end())
    for match in _PARCEL_DESTINATION.finditer(text):
        yield _finding("postal_code", text, *match.span("code"))
    for match in _COORDINATES.finditer(text):
        yield _finding("geolocation", text, match.start(), match.end())


# "Nearly ninety" is under ninety; "nearly ninety-five" is not. "On the verge of ninety" is under it too.
_JUST_UNDER_NINETY = _compile(r"(?i:nearly|almost)\s+ninety")
_JUST_UNDER_BEFORE = _compile(r"\b(?i:the verge|the brink|the threshold|short)\s$")


def _ages_over_89(text: str) -> Iterable[Finding]:
    for match in _AGE_OVER_89.finditer(text):
        if _JUST_UNDER_NINETY.fullmatch(match.group()) or _JUST_UNDER_BEFORE.search(text, 0, match.start()):
            continue
        yield _finding("age_over_89", text, match.start(), match.end())


# A building's number alone, with no unit, floor or room and no estate or street before it ("医院的3号楼",
# "在3号楼东侧电梯", "坐5号楼"): a building of the hospital, not a home. "住在3号楼" is still someone's.
_BARE_BUILDING_NUMBER = _compile(r"\d+\s?号楼")
# An institution's garden or courtyard ("医院花园里的红梅"), not a housing estate.
_INSTITUTION_GARDEN = _compile(r"(?:医院|学校|大学|学院|公司|病区)的?(?:花园|庭)$")
# The same in Chinese: "国际部位于7号楼东侧", "再去1号楼3层312诊室", "感谢7号楼东侧的每一位工作人员".
_ABOUT_THE_HOSPITAL_IN_CHINESE = re.compile(
    "国际部|诊室|病房|病区|医院|住院部|门诊|大厅|工作人员|值班|护士站|[0-9]床|ICU|科室|搬到|转入|转至|转到|患者"
)
_ABOUT_A_HOME_IN_CHINESE = re.compile("住在|家住|住址|地址|小区|租|老家|寄到|快递|邮寄|宿舍|酒店|宾馆|公寓|家(?!属)")
_BUILDING_OR_ROOM_ONLY = _compile(
    r"(?:(?:Building|Bldg\.?|Block|Tower|Room|Rm\.?|Floor)\s*(?:No\.?\s*)?\d{1,4}[A-Z]?(?:\s*[,/-]\s*)?)+"
)
_ABOUT_A_HOME = _compile(
    r"\b(?i:live|lives|lived|living|home|address|flat|apartment|rent|rented|hotel|send|post|deliver|delivered|courier"
    r"|landlord|landlady|lease|tenant|stay|staying|stayed)\b"
)


def _a_building_of_the_hospital(text: str, match: re.Match) -> bool:
    """A Chinese building, floor or room right after the hospital's part that holds it, or in a sentence about
    the hospital and not about a home."""
    return bool(
        _IN_THE_HOSPITAL.search(text, max(0, match.start() - 8), match.start())
        or (_ABOUT_THE_HOSPITAL_IN_CHINESE.search(text) and not _ABOUT_A_HOME_IN_CHINESE.search(text))
    )


def _a_place_in_the_hospital(text: str, match: re.Match) -> bool:
    """Buildings, floors and rooms by their numbers alone, with no street, flat or home in the sentence: a
    story's places are the hospital's ("Room 419 is the quiet room", "The MRI scanner is in Building 3")."""
    return bool(_BUILDING_OR_ROOM_ONLY.fullmatch(match.group().rstrip(", ")) and not _ABOUT_A_HOME.search(text))


# A building, floor or room of the hospital: "住院部2号楼15层", "康复中心二楼423室".
_IN_THE_HOSPITAL = _compile(
    r"(?:住院部|门诊部|门诊楼|医技楼|急诊楼|康复中心|体检中心|医学中心|医院|院区|病区|国际部)"
    r"(?:[一二三四五六七八九十\d]+\s?[层楼])?$"
)


def _street_addresses(text: str) -> Iterable[Finding]:
    for pattern in (_ENGLISH_ADDRESS, _ROMANISED_ADDRESS, _CHINESE_BUILDING, _CHINESE_ESTATE, _OTHER_SCRIPT_ADDRESS):
        for match in pattern.finditer(text):
            if pattern is _CHINESE_BUILDING and _BARE_BUILDING_NUMBER.fullmatch(match.group()):
                before = text[max(0, match.start() - 2) : match.start()]
                if before != "住在" and (not before or not is_han(before[-1]) or before[-1] in "的在到去往至坐乘"):
                    continue
            if pattern is _CHINESE_ESTATE and _INSTITUTION_GARDEN.search(text, max(0, match.start() - 2), match.end()):
                continue
            if pattern is _CHINESE_ESTATE and text[: match.start()].endswith("离"):
                continue  # how far it is from a landmark: "你们医院离燕莎公寓远吗"
            if pattern is _CHINESE_BUILDING and _a_building_of_the_hospital(text, match):
                continue
            if pattern is _ROMANISED_ADDRESS and _a_place_in_the_hospital(text, match):
                continue
            yield _finding("street_address", text, match.start(), match.end())
    for match in _NUMBER_BESIDE_NAME.finditer(text):
        if match.group("last") not in _NUMBERED_INSTITUTIONS:
            yield _finding("street_address", text, match.start(), match.end())
    yield from _chinese_street_addresses(text, _CHINESE_STREET_NUMBER)
    yield from _chinese_street_addresses(text, _CHINESE_STREET_NUMBER_IN_WORDS)
    yield from _chinese_street_addresses(text, _CHINESE_LANE)


def _chinese_street_addresses(text: str, pattern: re.Pattern) -> Iterable[Finding]:
    for match in pattern.finditer(text):
        street_start = _place_name_start(text, match.start(), lengths=(2, 3, 4, 1))
        if street_start is None:
            continue
        start = street_start
        # Walk left over "北京市朝阳区"-style areas while each one is cleanly delimited.
        while start > 0 and text[start - 1] in _ADMINISTRATIVE_AREA_ENDINGS:
            area_start = _place_name_start(text, start - 1, lengths=(2, 3, 4))
            if area_start is None:
                break
            start = area_start
        yield _finding("street_address", text, start, match.end())


def _place_name_start(text: str, end: int, lengths: tuple[int, ...]) -> int | None:
    """Start of the Han place name ending at `end`.

    Han text has no spaces, so the length is chosen by what comes before: the beginning of the
    text, a non-Han character, the end of a larger area ("市", "区") or a word leading into an
    address ("住在", "位于"). Without such a boundary the name is taken to be two characters long.
    """
    han_run = 0
    while han_run <= max(lengths) and end - han_run > 0 and is_han(text[end - han_run - 1]):
        han_run += 1
    for length in lengths:
        if length > han_run:
            continue
        start = end - length
        before = text[start - 1] if start > 0 else ""
        if not is_han(before) or before in _ADMINISTRATIVE_AREA_ENDINGS or before in _ADDRESS_LEAD_INS:
            return start
    if han_run >= 2 and 2 in lengths:
        return end - 2
    return None


def _dates(text: str) -> Iterable[Finding]:
    for match in _BIRTHDAY_WITHOUT_YEAR.finditer(text):
        yield _finding("date_of_birth", text, *match.span("date"))
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if (
                not _is_real_day(match)
                or SAFE_LABEL_BEFORE.search(text, 0, match.start())
                or VERSION_BEFORE.search(text, 0, match.start())
            ):
                continue  # not a day; a batch number or a version shaped like one ("batch No. 2020-04-06", "iOS 18.1")
            if _mentions_birth(text, match.start(), match.end()):
                yield _finding("date_of_birth", text, match.start(), match.end())
            else:
                yield _finding("exact_date", text, match.start(), match.end())


def _is_real_day(match: re.Match) -> bool:
    groups = match.groupdict()
    if "day" not in groups:
        if "first" not in groups:
            return True  # written in Chinese numerals; the pattern itself is strict enough
        # 12/03/1998 may be day-first or month-first; either reading must be a real day.
        first, second = int(groups["first"]), int(groups["second"])
        year = int(groups["year"]) if groups.get("year") else 2000
        return _real_day(year, second, first) or _real_day(year, first, second)
    month = groups["month"]
    month_number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
    year = int(groups["year"]) if groups.get("year") else 2000  # a leap year, so 29 February passes
    return _real_day(year, month_number, int(groups["day"]))


def _real_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]


def _mentions_birth(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    sentence_breaks = list(_SENTENCE_END.finditer(before))
    if sentence_breaks:
        before = before[sentence_breaks[-1].end() :]
    after = text[end : end + 20]
    after = _SENTENCE_END.split(after)[0]
    for window in (before, after):
        for birth_word in _BIRTH_WORDS.finditer(window):
            leading = window[: birth_word.end()]
            if not _CHILDBIRTH.search(leading[-20:]):
                return True
    return False
