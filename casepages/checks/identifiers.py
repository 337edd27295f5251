"""Numbers, codes and accounts that identify a person: every kind except names, places and dates.

Phone and fax numbers are recognised with `phonenumbers` (Google's libphonenumber) besides the
announced-number patterns; check digits (Chinese resident IDs, US social security numbers, bank
cards) with `python-stdnum`. The scanner is tuned for recall: a number that merely *could* be an
identifier is reported, because a missed one exposes a patient while a false alarm costs a reviewer
one override.
"""

import ipaddress
import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from datetime import date

import phonenumbers
from phonenumbers import PhoneMetadata
from stdnum import luhn
from stdnum.cn import ric
from stdnum.us import ssn
from wordfreq import zipf_frequency

from casepages.checks.findings import Finding
from casepages.checks.shapes import (
    MEASURE_NAMES,
    SAFE_CODE,
    SAFE_LABEL_BEFORE,
    SAFE_NUMBER_AFTER_LABEL,
    broad_shape_findings,
    is_quantity,
)


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    # re.ASCII: Chinese text has no spaces, so "\b", "\w" and "\d" must see only ASCII letters and
    # digits for "电话13812345678" to have word boundaries where a reader sees them.
    return re.compile(pattern, re.ASCII | flags)


# --- phone and fax numbers -------------------------------------------------------------------

# Regions whose national formats the stories meet: patients from China, Russia and Kazakhstan
# (+7), the United States and Britain. International formats (+ or 00) are understood in all.
PHONE_REGIONS = ("CN", "US", "GB", "RU")
# Read out in groups, a message may split it with commas: "183，6506，8149".
# Split by spaces, dashes, commas or stars ("130*7089*2683", written so that robots cannot read it).
_CHINESE_MOBILE = _compile(
    r"(?<![\d+])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ *-]?|[，,] ?)\d{4}(?:[ *-]?|[，,] ?)\d{4}(?!\d)"
)
_CHINESE_LANDLINE = _compile(r"(?<![\d+])(?:\(0[1-9]\d{1,2}\)|0[1-9]\d{1,2})[ -]?\d{3,4}[ -]?\d{4}(?!\d)")
_INTERNATIONAL_PHONE = _compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)")
_NORTH_AMERICAN_PHONE = _compile(r"(?<![\d-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![\d-])")
_RUSSIAN_DOMESTIC_PHONE = _compile(r"(?<!\d)8 ?\(\d{3,4}\) ?\d{2,3}-\d{2}-\d{2}(?!\d)")
_PHONE_WORDS = (
    r"(?:\b(?i:tel|telephone|phone|mobile|cell|cellphone|fax|facsimile|call|called|ring|text|sms|whatsapp"
    r"|viber|telegram|contact|hotline|number|no)\b\.?|电话|手机|联系方式|联系电话|热线|座机|传真|号码|致电|拨打|打给)"
)
_ANNOUNCED_PHONE = _compile(_PHONE_WORDS + r"[^\d\n]{0,15}?(?P<number>\+?\d[\d ()./-]{5,18}\d)")
_FAX_WORD = _compile(r"\b(?i:fax|facsimile)\b|传真")
_YEARS_OR_DATE = _compile(r"(?:19|20)\d{2}(?:\s?[-/.]\s?\d{1,4}){1,2}")
# A span of time from one year (and month) to another, which libphonenumber may read as a number:
# "2023.11—2022", "2018—2018.10".
_YEARS_RANGE = _compile(r"(?:19|20)\d{2}(?:[./]\d{1,2})?\s?[—–~-]\s?(?:\d{1,2}[./])?(?:19|20)\d{2}(?:[./]\d{1,2})?")
# The public services' short numbers, which a story may print: "tel. 120 / 112 / 103 — emergency only".
PUBLIC_SERVICE_NUMBERS = frozenset("110 112 119 120 122 911 999 101 102 103 104 12320 12345 12315 12306".split())


def _fewest_digits_of_a_valid_number() -> int:
    """The fewest digits a number libphonenumber calls valid can have, as the matcher may read it.

    Written nationally for one of PHONE_REGIONS, or internationally (country code and number) for
    any country or non-geographic service. A text with fewer digits holds no number the matcher
    would report, so the matcher, a third of the scan's time, need not read it.
    """
    national = [min(PhoneMetadata.metadata_for_region(region).general_desc.possible_length) for region in PHONE_REGIONS]
    international = [
        len(str(metadata.country_code)) + min(metadata.general_desc.possible_length)
        for metadata in (
            *map(PhoneMetadata.metadata_for_region, phonenumbers.SUPPORTED_REGIONS),
            *map(PhoneMetadata.metadata_for_nongeo_region, phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS),
        )
        if metadata.general_desc.possible_length
    ]
    return min(national + international)


_FEWEST_PHONE_DIGITS = _fewest_digits_of_a_valid_number()


def phone_numbers(text: str) -> Iterator[Finding]:
    """Phone and fax numbers: libphonenumber's valid numbers, known national shapes, announced numbers."""
    spans = []
    for pattern, reason in (
        (_CHINESE_MOBILE, "Looks like a Chinese mobile number"),
        (_CHINESE_LANDLINE, "Looks like a landline number with an area code"),
        (_INTERNATIONAL_PHONE, "Looks like an international phone number"),
        (_NORTH_AMERICAN_PHONE, "Looks like a phone number"),
        (_RUSSIAN_DOMESTIC_PHONE, "Looks like a Russian phone number"),
    ):
        for match in pattern.finditer(text):
            if 7 <= _digit_count(match.group()) <= 15:
                spans.append((match.start(), match.end(), reason))
    if sum(character.isdigit() for character in text) >= _FEWEST_PHONE_DIGITS:
        for region in PHONE_REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
                if not _YEARS_RANGE.fullmatch(match.raw_string):
                    spans.append((match.start, match.end, "Looks like a phone number"))
    for match in _ANNOUNCED_PHONE.finditer(text):
        number = match.group("number")
        if text[match.start("number") - 1 : match.start("number")].isalpha():
            continue  # the digits of a code ("the trial number is drks00011226")
        if all(group in PUBLIC_SERVICE_NUMBERS for group in re.findall(r"\d+", number)):
            continue
        if 6 <= _digit_count(number) <= 15 and not _YEARS_OR_DATE.fullmatch(number):
            spans.append((*match.span("number"), "A number given as a phone or messenger contact"))
    for start, end, reason in spans:
        if SAFE_LABEL_BEFORE.search(text, 0, start):
            continue  # the rest of a trial number ("EudraCT 2022-008155-33")
        if _FAX_WORD.search(text[max(0, start - 20) : start]):
            reason = "Looks like a fax number"
        yield Finding("phone_number", text[start:end], start, end, reason)


def _digit_count(text: str) -> int:
    return sum(character.isdigit() for character in text)


# --- Chinese resident ID numbers -------------------------------------------------------------

_RESIDENT_ID = _compile(r"(?<![0-9A-Za-z.])\d{6}[ .-]?\d{8}[ .-]?\d{3}[\dXx](?![0-9A-Za-z])")
_OLD_RESIDENT_ID = _compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
# The first two digits of every province-level area code.
_PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 91".split()
)


def resident_ids(text: str) -> Iterator[Finding]:
    """18-character resident IDs with a plausible area and birth date, valid check digit or not."""
    for match in _RESIDENT_ID.finditer(text):
        number = re.sub(r"[ .-]", "", match.group()).upper()
        if ric.is_valid(number):
            reason = "Looks like a Chinese resident ID number"
        elif plausible_resident_id(number):
            reason = "Looks like a Chinese resident ID number (its check digit is wrong, but it still identifies)"
        else:
            continue
        yield Finding("resident_id", match.group(), match.start(), match.end(), reason)
    for match in _OLD_RESIDENT_ID.finditer(text):
        number = match.group()
        birth = "19" + number[6:12]
        if number[:2] in _PROVINCE_CODES and _is_real_day(birth):
            yield Finding(
                "resident_id",
                number,
                match.start(),
                match.end(),
                "Looks like a 15-digit Chinese resident ID number",
            )


def plausible_resident_id(number: str) -> bool:
    """A known province code and a real birth date (YYYYMMDD from the 7th character), whatever the check digit."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    return number[:2] in _PROVINCE_CODES and _is_real_day(number[6:14])


def _is_real_day(yyyymmdd: str) -> bool:
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8])
    if not (1880 <= year <= date.today().year and 1 <= month <= 12):
        return False
    return 1 <= day <= monthrange(year, month)[1]


# --- labelled numbers: documents, insurance, accounts, records, devices, vehicles ------------

# A code after its label: letters and digits, with dashes, dots, slashes or single spaces between
# groups, holding at least three digits ("E12345678", "MRN 00-458-223", "ZH 8842 1190").
# A code may start with a group of capitals before a space ("RN 737415", "KZ 84CC952335", "P E053 3409"), never with
# a word in lower case ("licence in 2019").
_CODE = (
    r"(?P<code>(?=(?-i:[A-Z]{1,5})[ ](?-i:[A-Z]{1,2})?\d|[A-Za-z0-9./-]*\d)"
    r"[A-Za-z0-9](?:[A-Za-z0-9./-]|[ ](?=[A-Za-z0-9]*\d)){2,24}[A-Za-z0-9])"
)
_LABEL_GAP = (
    r"(?:\s*(?:(?i:number|no\.?|num\.?|#|№|ID|code|is|was|of|reads|ending in|card|shows|says|bears)\s*)*"
    r"(?P<gap>[:：#,\s]*)"
    # What is printed on a card or a device: "医保卡上印着", "社保卡背面写着", "胰岛素泵背面刻着".
    r"(?:卡|证)?(?:背面|正面|上面|上|里)?(?:印着|写着|刻着|印有|写有|刻有|标着|显示|印的是|写的是)?的?"
    r"(?:为|是|号码|编号|编码|号|[:：])*\s*)"
)

LABELLED_KINDS = {
    "national_id": (
        r"\b(?i:social security|SSN|SIN|national (?:ID|identity|insurance)|identity card|ID card|IIN|ИИН|INN|SNILS"
        r"|tax (?:ID|number|file)|citizen ID|personal (?:ID|code)|resident ID|Aadhaar|NRIC|HKID|NIK|PINFL|CNIC"
        r"|MyKad|Emirates ID|registration number|codice fiscale|fiscal code|PESEL|TCKN)\b"
        r"|身份证|身份证号|居民身份证|公民身份号码|证件号|社会保障号|港澳通行证|台胞证|回乡证"
    ),
    "passport_number": r"\b(?i:passport|pasport|pass|PP#?)(?=[\s#:])|护照",
    "health_plan_number": (
        r"\b(?i:insurance|insurer|insured|policy|policyholder|coverage|health[- ]plan|member(?:ship)?"
        r"|beneficiary|subscriber|medicare|medicaid"
        r"|NHS|OMS|polis|group)\b|(?<![а-яё])(?i:полис|ОМС|ДМС)(?![а-яё])|医保|医保卡|社保|社保卡|保险|保单|参保|医疗卡|商保"
    ),
    "account_number": (
        r"\b(?i:account|acct|IBAN|bank card|card|debit|credit card|sort code|routing|SWIFT|Alipay|PayPal|wire)\b"
        r"|账号|账户|帐号|帐户|银行卡|卡号|信用卡|储蓄卡|开户|支付宝|汇款|转账"
    ),
    "licence_number": (
        r"\b(?i:licen[cs]e|driver'?s|driving|permit|certificate|registration|DEA|NPI)\b"
        r"|驾驶证|驾照|执照|许可证|证书编号|资格证|行驶证"
    ),
    "medical_record_number": (
        r"\b(?i:MRN|medical record|hospital|patient|inpatient|outpatient|admission|chart|case|record|accession"
        r"|history no|specimen|sample|encounter|visit|bed|ward|clinic)\b"
        r"|病历|病案|住院|门诊|就诊|就诊卡|登记|床号|床位|标本|样本|检查单|检查号|影像号|化验单|档案|ID号"
    ),
    "device_identifier": (
        r"\b(?i:serial|SN|S/N|IMEI|MAC|device|pacemaker|implant|pump|lot|UDI|model|hearing aid|stent|processor"
        r"|transmitter|sensor)\b"
        r"|序列号|设备|起搏器|植入物|批号|串号|胰岛素泵|血糖仪|监测仪|助听器|人工耳蜗|除颤器|呼吸机"
    ),
    "vehicle_identifier": (
        r"\b(?i:plate|number plate|licen[cs]e plate|registration|VIN|vehicle|car|taxi|cab|van|minivan|minibus|jeep"
        r"|SUV|truck|lorry|pickup|sedan|motorbike|motorcycle)\b|车牌|牌照|车架号|车辆"
    ),
}
# Last, words that announce some reference number, of no particular kind.
LABELLED_KINDS["other_number"] = (
    r"\b(?i:reference|ref|identifier|file|dossier|case ID|claim|ticket|order|booking|receipt|invoice"
    r"|invitation(?: letter)?|waybill|tracking)\b"
    r"|编号|参考号|档案号|单号|流水号|订单号|凭证号|工号|预约号|挂号号|排队号"
)
_LABELLED = {
    kind: _compile(rf"(?:{label}){_LABEL_GAP}{_CODE}", re.IGNORECASE) for kind, label in LABELLED_KINDS.items()
}
LABELLED_REASONS = {
    "other_number": "A reference number can identify a patient; remove it",
    "national_id": "Looks like a national identity or social security number",
    "passport_number": "Looks like a passport number",
    "health_plan_number": "Looks like an insurance or health-plan number",
    "account_number": "Looks like a bank, card or payment account number",
    "licence_number": "Looks like a licence or certificate number",
    "medical_record_number": "Looks like a medical record or hospital number",
    "device_identifier": "Looks like a device serial number",
    "vehicle_identifier": "Looks like a vehicle plate or identification number",
}

# A sum of money after an account or insurance word ("支付宝转账5000元", "insurance paid 3,000 dollars").
_CURRENCY_AFTER = _compile(
    r"\s*(?:万|千|元|块|美元|欧元|卢布|坚戈|(?i:dollars?|euros?|roubles?|rubles?|tenge|yuan|RMB|USD|EUR|CNY|KZT)\b)"
)


# Words after which a code in capitals is one whatever its digits: "PNR ZJSSGA", "S/N CD1383695E",
# "transmitter ID 0K3VCY", "court case № 48-53336/2020", "notarial register no. 9-5685", "工号96452".
_STRONG_LABEL_CODE = _compile(
    r"(?:\b(?P<booking>PNR|(?i:booking|reservation|confirmation)(?: (?i:reference|ref|code|number|no\.?))?"
    r"|(?i:e-?ticket|ticket))[,:：是]?|(?P<booking_zh>订座记录编码|订座记录|订座编码|订座号|订单号)"
    r"|\b(?P<device>S/N|SN|(?i:serial|transmitter|sensor|receiver)(?: (?i:number|no\.?|ID))?"
    r"|(?i:machine|concentrator|device) (?i:number|no\.?|ID))"
    r"|(?P<booking_confirmation>预订确认号|预订号|确认号|预约确认号)"
    r"|(?P<case>(?i:case|file|court case) ?(?:№|No\.?|#)|(?i:register|registry) ?(?:№|(?i:no)\.?|#)|№))[:#\s(（]*"
    r"(?:(?i:is)\s+)?"
    r"(?P<code>[A-Z0-9][A-Z0-9/-]{3,18}[A-Z0-9]|(?<=PNR[,:：] )[a-z]{6}|(?<=reference, )[a-z0-9]{6})(?![A-Za-z0-9])"
    r"|(?:工号|学号|员工号|员工编号|职工号|\b(?i:staff|employee|student) (?i:No\.?|number|ID|#))\s*[:：]?\s*"
    r"(?P<staff>\d{4,12})(?!\d)"
)


def strongly_labelled_codes(text: str) -> Iterator[Finding]:
    for match in _STRONG_LABEL_CODE.finditer(text):
        code_group = "staff" if match.group("staff") else "code"
        code = match.group(code_group)
        if code_group == "code" and not (re.search(r"\d", code) or len(code) >= 5):
            continue
        kind = "device_identifier" if match.group("device") else "other_number"
        yield Finding(kind, code, match.start(code_group), match.end(code_group), LABELLED_REASONS[kind])


_VALUE_THEN_LABEL = {
    kind: _compile(
        rf"(?<![A-Za-z0-9])(?P<code>[A-Z0-9](?:[A-Z0-9/.-]| (?=[A-Z0-9])){{3,24}}[A-Z0-9])\s?[(（]\s?"
        rf"(?:[A-Za-z]+ ){{0,2}}(?:{label})",
        re.IGNORECASE,
    )
    for kind, label in LABELLED_KINDS.items()
}


def numbers_before_their_label(text: str) -> Iterator[Finding]:
    """ "2019/8636 (medical record)", "Y2TXDF (CGM transmitter ID)": the value first, then what it is in brackets."""
    for kind, pattern in _VALUE_THEN_LABEL.items():
        for match in pattern.finditer(text):
            code = match.group("code")
            if _digit_count(code) < 3 and not re.fullmatch(r"[A-Z0-9]{5,}", code):
                continue
            if SAFE_NUMBER_AFTER_LABEL.fullmatch(code) or SAFE_CODE.fullmatch(code):
                continue
            if " " in code and _digit_count(code) < 7:
                continue  # "738 ng/mL (reference …)": a value and its unit; "N608 2855 3 (passport)" is a code
            yield Finding(kind, code, match.start("code"), match.end("code"), LABELLED_REASONS[kind])


def labelled_numbers(text: str) -> Iterator[Finding]:
    """A code of at least three digits right after words that say what kind of number it is."""
    for kind, pattern in _LABELLED.items():
        for match in pattern.finditer(text):
            code = match.group("code").rstrip(". -/")
            capitals_code = len(code) >= 8 and re.fullmatch(r"[A-Z0-9]+", code) and _digit_count(code) >= 1
            if SAFE_NUMBER_AFTER_LABEL.fullmatch(code) or (_digit_count(code) < 3 and not capitals_code):
                continue
            if SAFE_LABEL_BEFORE.search(text, 0, match.start("code")):
                continue
            if " " in code and code.split()[0].upper() in MEASURE_NAMES:
                continue  # "On admission, HbA1c 10 %": a test and its value
            if code.replace(" ", "").isdigit() and _CURRENCY_AFTER.match(text, match.start("code") + len(code)):
                continue
            if re.fullmatch(r"[\d.,]+", code) and is_quantity(
                text, match.start("code"), match.start("code") + len(code)
            ):
                continue  # "住院103.78元/支": a price after the word for a stay
            if code.isdigit() and re.match(r"\s?[张个人例台次名位间]", text[match.start("code") + len(code) :]):
                continue  # "开放床位4169张": a count of beds, not a bed
            # After a comma ("the hospital, 120 patients"), only a code that cannot be a count.
            if "," in match.group("gap") and not (re.search(r"[A-Za-z]", code) or _digit_count(code) >= 6):
                continue
            # A bare reference: a code with letters in it, or a long number; never "3.5-5.0".
            if kind == "other_number" and not (re.search(r"[A-Za-z]", code) or _digit_count(code) >= 6):
                continue
            start = match.start("code")
            yield Finding(kind, code, start, start + len(code), LABELLED_REASONS[kind])


# Passports: China (E/G/D/S/P + 8 digits, or EA1234567), Russia (9 digits after "passport" only),
# the United States (9 digits or a letter and 8), Britain (9 digits): the bare letter forms only.
_PASSPORT = _compile(r"(?<![A-Za-z0-9-])(?:[EGDSPK][A-Z]?\d{7,8}|[A-Z]{2}\d{7})(?![A-Za-z0-9])")
_SSN = _compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
# Two letters, three pairs of digits and a letter; the letter rules are not checked (a typo still identifies).
_UK_NATIONAL_INSURANCE = _compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_CARD = _compile(r"(?<![\dA-Za-z-])(?:\d[ -]?){12,18}\d(?![\dA-Za-z-])")
_CHINESE_PLATE = _compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][·•・. -]?[A-Z0-9]{4}[A-Z0-9挂学警港澳]"
    # Typed in lower case or with a space between every character: "湘ad3vdwl", "黑J F R M P D T", "川 A 7 8 9 7 6"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"(?:(?i:[a-z])[·•・. -]?(?i:[a-z0-9]){5,6}| ?[A-Z](?: [A-Z0-9]){5,6})(?![A-Za-z0-9])"
    # Read out with Chinese numerals between the letters: "京G六F九EC"
    r"|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]"
    r"(?=[A-Z0-9]*[零〇一二三四五六七八九幺两拐勾洞])[A-Z0-9零〇一二三四五六七八九幺两拐勾洞]{5,6}(?![A-Za-z0-9])"
)
# A Thai plate: one or two Thai letters, perhaps after a digit, and up to four digits ("กข 4532", "3กท 6480").
_THAI_PLATE = re.compile(r"(?<![\u0E00-\u0E7F\d])\d?[\u0E01-\u0E2E]{1,2} ?\d{1,4}(?!\d)")
# A Russian plate, in the twelve Cyrillic letters plates use: "м469те38", "В-413-ЕС-77".
_RUSSIAN_PLATE = _compile(
    r"(?<![А-Яа-яЁёA-Za-z0-9])[АВЕКМНОРСТУХавекмнорстух]-?\d{3}-?[АВЕКМНОРСТУХавекмнорстух]{2}-?\d{2,3}(?!\d)"
)
_VIN = _compile(
    r"(?<![A-Za-z0-9])(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-Z])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])"
    r"|(?<=(?i:vin) )[A-Za-z0-9]{17}(?![A-Za-z0-9])"
)
_IBAN = _compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])")


# A plate after the words for one may hold only two digits ("SN18 ORO", "916 MEB 02").
_LABELLED_PLATE = _compile(
    r"(?:\b(?i:plate|plates|registration|registered as|reg)\b\.?|车牌|牌照|车牌号)"
    r"\s*(?:(?i:number|no\.?)\s*)?(?:为|是|号|[:：])*\s*"
    r"(?P<plate>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}(?:[ -][A-Z0-9]{2,4}){0,2})(?![A-Za-z0-9])"
    # A Kazakh plate typed in lower case after the words for a plate or a car: "068 yaz 01".
    r"|(?:\b(?i:plate|plates|car|vehicle)\b)\s*(?:(?i:number|no\.?)\s*)?[:：]?\s*"
    r"(?P<lower_case_plate>\d{3} ?[a-z]{3} ?\d{2}|[a-z]{2}\d{2} ?[a-z]{3})(?![A-Za-z0-9])"
)


def unlabelled_numbers(text: str) -> Iterator[Finding]:
    """Numbers whose shape alone says what they are: passports, SSNs, bank cards, Chinese plates, VINs, IBANs."""
    for match in _PASSPORT.finditer(text):
        if SAFE_CODE.fullmatch(match.group()) or SAFE_LABEL_BEFORE.search(text, 0, match.start()):
            continue  # a drug code ("LY3009104") or a drug's approval number ("国药准字S20128339")
        yield Finding("passport_number", match.group(), match.start(), match.end(), "Looks like a passport number")
    for match in _UK_NATIONAL_INSURANCE.finditer(text):
        yield Finding(
            "national_id", match.group(), match.start(), match.end(), "Looks like a UK National Insurance number"
        )
    for match in _SSN.finditer(text):
        if ssn.is_valid(match.group().replace(" ", "-")):
            yield Finding(
                "national_id", match.group(), match.start(), match.end(), "Looks like a US social security number"
            )
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            yield Finding("account_number", match.group(), match.start(), match.end(), "Looks like a bank card number")
    for match in _IBAN.finditer(text):
        yield Finding("account_number", match.group(), match.start(), match.end(), "Looks like an IBAN")
    for match in _LABELLED_PLATE.finditer(text):
        group = "plate" if match.group("plate") else "lower_case_plate"
        yield Finding("vehicle_identifier", match[group], *match.span(group), "Looks like a vehicle licence plate")
    for match in _CHINESE_PLATE.finditer(text):
        yield Finding(
            "vehicle_identifier", match.group(), match.start(), match.end(), "Looks like a Chinese licence plate"
        )
    for match in (*_RUSSIAN_PLATE.finditer(text), *_THAI_PLATE.finditer(text)):
        yield Finding(
            "vehicle_identifier", match.group(), match.start(), match.end(), "Looks like a vehicle licence plate"
        )
    for match in _VIN.finditer(text):
        yield Finding(
            "vehicle_identifier",
            match.group(),
            match.start(),
            match.end(),
            "Looks like a vehicle identification number",
        )


# --- the Internet: e-mail, web addresses, social accounts, IP addresses ----------------------

_EMAIL = _compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    # a comma typed for the last dot: "ren.shuang69@sina,com"
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+,(?:com|net|org|cn|ru|kz)\b"
)
# An address written so that robots miss it: "name [at] domain.com", "name (at) mail (dot) com", "name#163.com",
# "name (at sign) mail.com", "name собака mail.ru" (Russian calls @ a dog).
_AT = (
    r"\s?[\[(（{]\s?(?i:at)(?: (?i:sign))?\s?[\])）}]\s?|\s(?i:at)\s|#|\s@\s?|@\s|\s?艾特\s?|\s?圈a\s?|\sсобака\s"
    r"|@(?=[A-Za-z0-9-]+\s?点)"
)
_DOT = r"\s?\.\s?|\s?[\[(（]\s?(?i:dot)\s?[\])）]\s?|\s(?i:dot)\s|\s?点\s?"
_DISGUISED_EMAIL = _compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:{_AT})[A-Za-z0-9-]+(?:(?:{_DOT})[A-Za-z0-9-]+)*(?:{_DOT})"
    r"(?i:com|net|org|cn|ru|kz|uz|kg|mn|uk|de|me|io|edu|gov|fr|jp|kr|in|tr|ae|info|biz|pl|nl|ua|az|tj|vn"
    r"|ph|sg|au|br|mx|za|ng|eg|ir|pk)\b"
)
# The name of a mailbox without its domain, given after the word for one: "邮箱是wumei022，后面是QQ邮箱".
_MAILBOX_NAME = _compile(
    r"(?:邮箱|电邮|(?i:e-?mail))(?:地址|账号)?(?:是|为|[:：])\s?"
    r"(?P<mailbox>(?=[A-Za-z0-9._-]*[\d._])[A-Za-z][A-Za-z0-9._-]{3,30})(?![@A-Za-z0-9.#])"
)
# "Reported at ClinicalTrials.gov": a plain word, "at" and a site's name is prose, not a disguised address.
_PROSE_AT = _compile(r"[A-Za-z]+ at [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = _compile(
    r"(?i:\b(?:https?|ftp)://[^\s<>\"'，。、）)]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>\"'，。、）)]*"
    r"|\b(?:[A-Za-z0-9-]+\.)*(?:weibo|douyin|instagram|facebook|twitter|x|tiktok|vk|linkedin|youtube|xiaohongshu"
    r"|bilibili|t|telegram|wa|zhihu|qq|wechat|kuaishou)\.(?:com|cn|me|ru|com\.cn)/[^\s<>\"'，。、）)]+"
    # Blogs and short links, which lead to one person's page: "anna-journey.blogspot.com", "bit.ly/3xYz".
    r"|\b[A-Za-z0-9-]+\.(?:blogspot|wordpress|tumblr|livejournal|substack|wixsite|weebly)\.com\b[^\s<>\"'，。、）)]*"
    r"|\b[A-Za-z0-9-]+\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|tilda\.ws|carrd\.co)\b[^\s<>\"'，。、）)]*"
    r"|\b(?:linktr\.ee|taplink\.cc)/[A-Za-z0-9_.-]+"
    # Written so that no link is made: "hxxps://ourjourney[.]blogspot[.]com", "www dot hope4ali dot kz".
    r"|\bhxxps?\[?:\]?//[^\s<>\"'，。、）);]+"
    r"|\bwww(?: dot |\[\.\]|\(\.\))[A-Za-z0-9-]+(?:(?: dot |\[\.\]|\(\.\)|\.)[A-Za-z0-9-]+)+"
    r"|\bwww\s?点\s?[A-Za-z0-9-]+(?:\s?点\s?[A-Za-z0-9-]+)+"
    # A dot written as 点 or spaced before the top-level domain: "kitabisa点com/campaign/…", "….wordpress . com"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:点| \. )(?:com|net|org|cn|ru|kz|me|io)\b(?:/[A-Za-z0-9_~%./?=&#-]*)?"
    # Spaced out so that no link is made: "https: / / m . shuidichou . com / raise / zugufcch9b".
    r"|\bhttps?\s?:\s?/\s?/\s?[A-Za-z0-9-]+(?:\s?[./]\s?[A-Za-z0-9_-]+)+"
    r"|\b(?:bit\.ly|t\.co|goo\.gl|tinyurl\.com|xhslink\.com|dwz\.cn|url\.cn|is\.gd|ow\.ly)/[A-Za-z0-9_-]+"
    # A host of a person's name, hyphenated, on a personal domain: "gantulga-purevdorj.me"
    r"|\b[a-z0-9]+(?:-[a-z0-9]+)+\.(?:me|kz|mn|uz|kg|ru|site|blog|info)\b"
    # Any other host name with a path after it: "youtu.be/2CyqW9A0qUd", "anna-lupus.kz/diary".
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|be|ly|me|io|co|cc|to|kz|ru|cn|uz|kg|mn|de|fr|uk|info|site|blog)"
    r"/[A-Za-z0-9_~%./?=&#-]*[A-Za-z0-9_~%/=#-])"
)
# Any host name after a word for a website: "Our family website: road-huanglei.net", "网址 h t t p s : / / emily53.ru".
_HOST_AFTER_ITS_LABEL = _compile(
    r"(?:\b(?i:website|homepage|blog|site):|网址|网站|主页|博客)[:：\s]*"
    r"(?P<host>(?:h\s?t\s?t\s?p\s?s?\s?:\s?/\s?/\s?)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}\b)"
)
# Every dot spelled as a word, as a message dictates an address: "noor-al-rashid dot wordpress dot com",
# "http: slash slash sergei45 dot narod dot ru". Prose has "the dot com era": see `_is_spelled_out_host`.
_SPELLED_OUT_HOST = _compile(
    r"(?:\bhttps?\s?:?\s+(?i:slash)\s+(?i:slash)\s+)?\b(?P<first>[A-Za-z0-9-]+)(?:(?:\s+(?i:dot)\s+|\.)[A-Za-z0-9-]+)*"
    r"\s+(?i:dot)\s+(?i:com|net|org|cn|ru|kz|uz|kg|mn|me|io|info|blog|site)\b"
)


def _is_spelled_out_host(match: re.Match) -> bool:
    """A host with more than one dot, or one whose first part is no everyday word: not "the dot com era"."""
    dots = len(re.findall(r"\s(?i:dot)\s|\.", match.group()))
    return dots > 1 or match.group().lower().startswith("http") or zipf_frequency(match["first"], "en") < 4.0


_SOCIAL_LABEL = (
    r"(?:\b(?i:WeChat|Weixin|QQ|Weibo|Douyin|TikTok|Instagram|Telegram|Twitter|Facebook|VKontakte|LinkedIn"
    r"|Skype|Kakao(?:Talk)?|WhatsApp|Snapchat|Xiaohongshu|Bilibili|Kuaishou|Zhihu|YouTube|Discord|Signal|Threads"
    r"|line id|WeChat user|user"
    r"|handle|username"
    r"|user name|account|profile|channel)\b|(?<!Mr\. )(?<!Ms\. )\b(?:IG|VK|LINE|X|RED)\b"
    r"|\b(?i:insta)\b|\b(?i:ins)(?=[:：])|加V|加v|薇信|威信|微信|微信号|微博|抖音|快手|小红书|哔哩哔哩|B站|知乎|QQ号|扣扣|账号|用户名|昵称|公众号|视频号|钉钉|(?i:vx|wx)|V信|(?<![A-Za-z])V(?=[:：])"
    r"|[她他我]的号)"
)
_SOCIAL_ACCOUNT = _compile(
    _SOCIAL_LABEL
    + r"(?P<separator>\s*(?:ID)?\s*,\s*(?=@?[A-Za-z][A-Za-z0-9_.-]*[\d_.@])"  # "LINE ID, asel.b22,"
    + r"|(?:\s*(?i:ID|号|handle|account|name|username|user name|is|was|at|on|:|：|为|是|\(|（)\s*){0,3}"
    + r"[:：]?\s*"
    # Or a few words later: "on WeChat, where she is kaixin-x6", "微信上联系她（anna_b23）", "微博名叫anna_b".
    + r"|[,\s]+(?:[A-Za-z]+\s+){0,4}?(?i:is|as|by|herself|himself|themselves|called|named|the name|nickname)\s+"
    + r"|[^\x00-\x7f]{1,10}?[:：(（]\s*|[^\x00-\x7f]{1,6}?[叫是为]\s*)"
    # Spaced out letter by letter at first, so that no robot reads it ("wx：s i t i t a948"), or with the
    # underscore said in Chinese ("bataa下划线mn71").
    + r"(?P<handle>@?[A-Za-z][A-Za-z0-9_.-]{3,30}(?:下划线[A-Za-z0-9_.-]+)*|@?\d{5,12}"
    + r"|(?:[A-Za-z] ){3,}[A-Za-z0-9_.-]{1,30})(?![A-Za-z0-9_])"
)
# A handle after a word that asks to get in touch, with no network named: "add me: anna.k", "follow
# kairat_89", "加我 xiaoyu_2020". It needs a digit, "_", "." or "@" to be told from a word.
_HANDLE_AFTER_CONTACT_WORD = _compile(
    r"(?:\b(?i:add|follow|DM|message|ping|find|search for|look up|contact)\s+(?:(?i:me|her|him|us|them)\b\s*)?"
    r"(?:(?i:on|at|as|via)\s+)?|(?:加我|加她|加他|私信|关注|搜索|搜|添加|(?<![参增追])加)\s*)"
    r"[:：,—–(（-]?\s*(?P<handle>@?[A-Za-z][A-Za-z0-9_.-]{2,30})"
)
# A handle before the network's name: "search for anna.k on TikTok", "fangsiqi99是她的小红书账号".
_HANDLE_BEFORE_CHINESE_NETWORK = _compile(
    r"(?<![A-Za-z0-9._%+@-])(?P<handle>@?[A-Za-z][A-Za-z0-9_.-]{3,30})(?:是|为)[她他我]的"
    r"(?:微信|抖音|小红书|微博|快手|B站|QQ|钉钉|视频号|公众号)(?:号|账号|ID)?"
)
# A user name of words joined by underscores ("aruzhan_tulegenova", "layla_fights_back") or lower-case
# words and digits joined by dots ("askar.ermekov.45"): prose has neither.
_USER_NAME_SHAPE = _compile(
    r"(?<![A-Za-z0-9._@/-])(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\.(?!(?:jpe?g|png|pdf|docx?|xlsx?|txt|csv|zip|dcm|heic|mp4|gif)\b)[a-z]{2,3})?"
    r"|[a-z]{2,}\.[a-z]{2,}\.\d{1,4})(?![A-Za-z0-9_@]|\.[A-Za-z0-9])"
)
# and the network named after the handle: "fatima.h.92 — that is my WeChat", "panqingqiang23（LINE ID）".
_HANDLE_ON_NETWORK = _compile(
    r"(?<![A-Za-z0-9._%+@-])(?P<handle>[A-Za-z][A-Za-z0-9_.-]{3,30})"
    r"(?: (?i:on|at) | ?[—–-]+ ?(?i:that is|that's|this is|it's|is) (?i:my|her|his|our) |\s?[(（]\s?)"
    r"(?:WeChat|Weixin|QQ|Weibo|Douyin|TikTok|Instagram|Telegram|Twitter|Facebook|VKontakte|VK|LinkedIn|Skype"
    r"|WhatsApp|Snapchat|Xiaohongshu|Bilibili|Kuaishou|Zhihu|YouTube|LINE ID)\b"
    r"|(?<![A-Za-z0-9._%+@-])(?P<chinese_handle>[A-Za-z][A-Za-z0-9_.-]{3,30})\s?[(（]\s?"
    r"(?:抖音|微信|快手|小红书|微博|视频号|QQ|(?i:wx|vx))号?"
)
# "@anna_k", and in Chinese "@小橘子爱吃糖": handles may be written in Han characters.
_AT_HANDLE = _compile(
    r"(?<![A-Za-z0-9._%+-])@(?P<handle>[A-Za-z0-9_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]{1,29})"
    r"(?![A-Za-z0-9_@\u4e00-\u9fff])"
)
# A nickname on a Chinese network, in any script, up to the next punctuation: "她在微博上叫阳光小鱼儿".
_NICKNAME_ON_CHINESE_NETWORK = _compile(
    r"(?:微博|抖音|小红书|快手|B站|微信|视频号|知乎)(?:上|里)?的?"
    r"(?:(?:昵称|网名|名字|账号|用户名)(?:叫做|名叫|叫|是|为)?|叫做|名叫|叫)[:：]?\s*(?![她他我你])"
    r"(?P<handle>[^\s，。、；：！？,.;:!?“”\"（）()]{2,20})"
)
# What a group chat's "@" calls everyone by, not an account.
_GROUP_MENTIONS = frozenset(["everyone", "all", "here", "channel"])
_CHINESE_GROUP_MENTIONS = ("所有人", "全体成员")
_WECHAT_ID = _compile(r"(?<![A-Za-z0-9])wxid_[a-z0-9]{6,24}(?![A-Za-z0-9])", re.IGNORECASE)
# Words that may follow "account" and friends without being a handle.
_NOT_HANDLES = frozenset(
    """
    the this that that's their his her our your its a an and for from with which when where while of
    number details page group team official public name holder card
    """.split()
)
# Also "defanged", as security notes write them: "223[.]190[.]12[.]138".
# With spaces round the dots, or 点 or "dot" for each dot: "188 . 178 . 113 . 245", "5点1点139点198".
_IPV4 = _compile(r"(?<![\d.])(?:\d{1,3}(?:\.|\[\.\]|\(\.\)| \. |点|\s+(?i:dot)\s+)){3}\d{1,3}(?!\d|\.\d)")
# After "IP", four numbers with commas, or dots and spaces, between them are an address mistyped: "IP is
# 222,93,99,105", "the ip was 60. 23. 105. 91".
_IPV4_WITH_COMMAS = _compile(
    r"\b(?i:IP)\b[^\d\n]{0,12}(?P<address>(?<![\d,])\d{1,3}(?:(?:,|\.\s)\d{1,3}){3})(?!\d|,\d)"
)
# Any run of hexadecimal groups and colons ("fe80::1ff:fe23", "2001:db8::1"); `ipaddress` decides.
_IPV6 = _compile(r"(?<![0-9A-Za-z:])(?=[0-9A-Fa-f:]*::|(?:[0-9A-Fa-f]{1,4}:){7})[0-9A-Fa-f:]{3,39}(?![0-9A-Fa-f:])")
# A global IPv6 address cut short, so that `ipaddress` refuses it, still points to a household:
# "240e:2e26:25ff:8dec:5d75:63f6", "2001:4860:39dc:9ee7".
_CUT_SHORT_IPV6 = _compile(r"(?<![0-9A-Za-z:])2[0-9A-Fa-f]{3}(?::[0-9A-Fa-f]{1,4}){3,6}(?![0-9A-Za-z:])")
# Four numbers with dots that are a software's version, not an address: after its name or the word for a version,
# or in a sentence about versions that says nothing of connections, logins or visits.
VERSION_BEFORE = _compile(
    r"(?:\b(?i:version|ver\.?|v|firmware|software|build|release|HIS|iOS|Android|Windows)|版本号?|升级至|升级到|更新至"
    r"|更新到)\s?[:：]?\s?$"
)
_ABOUT_A_VERSION = _compile(r"\b(?i:version|release|firmware|software|upgraded?|update[ds]?)\b|版本|升级|更新|软件")
_ABOUT_A_CONNECTION = _compile(
    r"\b(?i:IP|IPs|log|logs|logged|login|log-in|visit|visits|visitor|submitted|submission|from|address)\b"
    r"|登录|访问|提交|来自|地址|日志|留言"
)


def _about_a_version(text: str) -> bool:
    return bool(_ABOUT_A_VERSION.search(text)) and not _ABOUT_A_CONNECTION.search(text)


# MAC addresses in the three usual notations: "00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e";
# and twelve hexadecimal characters run together when they hold both letters and digits.
_MAC_ADDRESS = _compile(
    r"(?<![0-9A-Fa-f:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"
    r"|(?=[0-9A-Fa-f]{0,11}[A-Fa-f])(?=[0-9A-Fa-f]{0,11}\d)[0-9A-Fa-f]{12})(?![0-9A-Za-z:-]|\.[0-9A-Fa-f])"
)


def internet_identifiers(text: str) -> Iterator[Finding]:
    """E-mail addresses, web addresses, social and messaging accounts, IP addresses."""
    for match in _MAILBOX_NAME.finditer(text):
        yield Finding("email", match.group("mailbox"), *match.span("mailbox"), "Looks like an e-mail address")
    for pattern in (_EMAIL, _DISGUISED_EMAIL):
        for match in pattern.finditer(text):
            if pattern is _DISGUISED_EMAIL and _PROSE_AT.fullmatch(match.group()):
                continue
            yield Finding("email", match.group(), match.start(), match.end(), "Looks like an e-mail address")
    spelled_out_hosts = (match for match in _SPELLED_OUT_HOST.finditer(text) if _is_spelled_out_host(match))
    for match in (*_URL.finditer(text), *spelled_out_hosts):
        url = match.group().rstrip(".,;:!?")
        yield Finding(
            "web_address", url, match.start(), match.start() + len(url), "A web address can lead to the patient"
        )
    for match in _HOST_AFTER_ITS_LABEL.finditer(text):
        yield Finding("web_address", match["host"], *match.span("host"), "A web address can lead to the patient")
    for match in _SOCIAL_ACCOUNT.finditer(text):
        handle = match.group("handle").rstrip(".-")
        separator = match.group("separator")
        if handle.lower().lstrip("@") in _NOT_HANDLES:
            continue
        # A plain word after "Instagram" is prose ("on Instagram every day"); a handle has a digit,
        # an underscore or a dot, an @, comes after a colon, "ID" or "号", or is in capitals and no word
        # ("insta CPHOMMACHANH").
        looks_like_handle = (
            re.search(r"[\d_.@]", handle)
            or re.search(r"[:：号(（]|(?i:\bID\b)", separator)
            or (handle.isupper() and len(handle) >= 6 and zipf_frequency(handle.lower(), "en") < 3.0)
        )
        if not looks_like_handle:
            continue
        start = match.start("handle")
        yield Finding(
            "social_account",
            handle,
            start,
            start + len(handle),
            "Looks like a messaging or social media account",
        )
    for match in _NICKNAME_ON_CHINESE_NETWORK.finditer(text):
        start = match.start("handle")
        yield Finding(
            "social_account",
            match.group("handle"),
            start,
            match.end("handle"),
            "Looks like a messaging or social media account",
        )
    for match in _HANDLE_BEFORE_CHINESE_NETWORK.finditer(text):
        start = match.start("handle")
        yield Finding(
            "social_account",
            match.group("handle"),
            start,
            match.end("handle"),
            "Looks like a messaging or social media account",
        )
    for match in _HANDLE_AFTER_CONTACT_WORD.finditer(text):
        handle = match.group("handle").rstrip(".-")
        if re.search(r"[\d_.@]", handle) and not SAFE_CODE.fullmatch(handle):  # not a trial's "NCT03790242"
            start = match.start("handle")
            yield Finding(
                "social_account", handle, start, start + len(handle), "Looks like a messaging or social media account"
            )
    for match in _USER_NAME_SHAPE.finditer(text):
        if re.search(r"[{\[%<]\s*$", text[: match.start()]):
            continue  # a template's placeholder ("{{ patient_name }}"), left for the placeholder check
        yield Finding("social_account", match.group(), match.start(), match.end(), "Looks like a user name")
    for match in _HANDLE_ON_NETWORK.finditer(text):
        group = "handle" if match.group("handle") else "chinese_handle"
        handle = match.group(group).rstrip(".-")
        if len(handle) >= 4 and re.search(r"[\d_.]", handle):
            start = match.start(group)
            yield Finding(
                "social_account", handle, start, start + len(handle), "Looks like a messaging or social media account"
            )
    for match in _AT_HANDLE.finditer(text):
        handle = match.group("handle")
        if handle.lower() in _GROUP_MENTIONS or handle.startswith(_CHINESE_GROUP_MENTIONS):
            continue
        yield Finding("social_account", match.group(), match.start(), match.end(), "Looks like a social media handle")
    for match in _WECHAT_ID.finditer(text):
        yield Finding("social_account", match.group(), match.start(), match.end(), "Looks like a WeChat ID")
    for match in _MAC_ADDRESS.finditer(text):
        yield Finding(
            "device_identifier",
            match.group(),
            match.start(),
            match.end(),
            "Looks like a device's network (MAC) address",
        )
    for match in _IPV4_WITH_COMMAS.finditer(text):
        yield Finding("ip_address", match["address"], *match.span("address"), "Looks like an IP address")
    for match in _CUT_SHORT_IPV6.finditer(text):
        if match.group().count(":") == 3 and not re.search("[A-Fa-f]", match.group()):
            continue  # four groups of digits alone are too like other numbers
        yield Finding("ip_address", match.group(), match.start(), match.end(), "Looks like an IP address")
    for pattern in (_IPV4, _IPV6):
        for match in pattern.finditer(text):
            if pattern is _IPV4 and (VERSION_BEFORE.search(text, 0, match.start()) or _about_a_version(text)):
                continue  # "app version 2.10.3.1", "firmware 10.2.4.17", "预约系统已升级至1.3.9.29"
            try:
                ipaddress.ip_address(re.sub(r"\[\.\]|\(\.\)| \. |点|\s+(?i:dot)\s+", ".", match.group()))
            except ValueError:
                continue
            yield Finding("ip_address", match.group(), match.start(), match.end(), "Looks like an IP address")


# A number read out digit by digit, as in a voice message: "eight seven zero one two one zero …".
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_IN_WORDS = _compile(rf"\b(?i:{_DIGIT_WORD}(?:[\s,-]+(?:double\s+)?{_DIGIT_WORD}){{6,}})\b")


def numbers_in_words(text: str) -> Iterator[Finding]:
    for match in _NUMBER_IN_WORDS.finditer(text):
        yield Finding(
            "phone_number",
            match.group(),
            match.start(),
            match.end(),
            "A number read out digit by digit, likely a phone number",
        )


def all_number_findings(text: str) -> Iterable[Finding]:
    """Every finding of this module, overlapping ones included."""
    yield from numbers_in_words(text)
    yield from strongly_labelled_codes(text)
    yield from numbers_before_their_label(text)
    yield from resident_ids(text)
    yield from internet_identifiers(text)
    yield from labelled_numbers(text)
    yield from unlabelled_numbers(text)
    yield from phone_numbers(text)
    # Last and broadest: codes, long numbers and plates by their shape alone (`shapes.py`).
    yield from broad_shape_findings(text)
