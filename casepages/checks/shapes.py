"""Broad shapes: what looks like an identifier, whatever words stand around it.

Recall first. The labelled rules (`identifiers.py`) need a word such as "passport" or 车牌 before a
number, and every held-out part has brought labels and phrasings they did not know. The rules here
ask only what a string looks like: a code mixing letters and at least four digits, a run of six
digits or more, a group pattern that only licence plates have. What is known to be safe in a case
story (trial and registry numbers, diagnosis codes, genes and variants, drug codes, doses and lab
values, years, sums of money) is listed once, in `SAFE_CODE` and `QUANTITY_AFTER`, and left alone.
A false alarm costs a reviewer one override with a reason; a miss exposes a patient.
"""

import re
from collections.abc import Iterator

from casepages.checks.findings import Finding


def _compile(pattern: str) -> re.Pattern:
    # re.ASCII: in Chinese text "\b" and "\d" must see only ASCII letters and digits, so that a code
    # run into Han characters ("手环上写着4417203。") still has its boundaries.
    return re.compile(pattern, re.ASCII)


# --- what is safe ----------------------------------------------------------------------------

# Numbers that name a trial, a gene, a dose or a year rather than a person, even after a label
# ("registration NCT01234567", "card 2019-2021"). Case-insensitive.
_SAFE_NUMBER = (
    r"NCT\d{8}|ChiCTR[-\w]*|ISRCTN\d+|EudraCT[-\d]*|CTR\d+|ICD-?\d*[\w.]*|ATC\w*|HLA-?[\w*:]*|CD\d+\w*|IL-?\d{1,2}[A-Za-z]?"
    # Other countries' trial registries: Korea, Japan, Australia, India, Germany, Iran, Thailand, Pan-Africa …
    r"|KCT\d+|jRCT\w+|JPRN-\w+|UMIN\d+|ACTRN\d+|CTRI/[\d/]+|DRKS\d+|IRCT\w+|TCTR\d+|PACTR\d+|NTR\d+|RBR-\w+"
    # Tumour markers: "CA-125", "CA19-9", "CA 15-3".
    r"|CA[- ]?\d{2,3}(?:-\d)?|COVID-19|SARS-CoV-2|ISO ?\d+|GB(?:/T)? ?\d{3,5}(?:\.\d+)?-(?:19|20)\d{2}|HPV\d+(?:/\d+)*"
    r"|\d{1,2} ?[x×]|\d+(?:\.\d+)?(?: ?(?:mg|ml|mL|g|kg|mIU|uIU|µIU|IU|U|mmol|umol|μmol|nmol|pmol|ng|pg|mmHg|%|cm|mm|h"
    r"|days?|weeks?|months?|years?)"
    r"(?:/[A-Za-z0-9²]+)*)"
    r"|(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?|Q[1-4] (?:19|20)\d{2}"
    # A month and its year run together ("Apr.2024", "Nov2020"), and a time of day ("18h00", "20h45")
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?(?:19|20)\d{2}|[012]?\d[h][0-5]\d"
)
SAFE_NUMBER_AFTER_LABEL = re.compile(f"(?i:{_SAFE_NUMBER})", re.ASCII)
# Sponsors' codes for drugs and vaccines under development ("MK-3475", "BNT162b2", "LY3009104"),
# which stories quote beside the drug's name. A code starting so is a drug, not a person.
DRUG_CODE_PREFIXES = (
    "ABT AG AMG ARRY AZD BAY BI BIIB BMS BNT CC CNTO CTL GS GSK INCB JNJ LY MEDI MK mRNA NVP PF REGN RO SAR TAK UCB"
).split()
# A code standing alone is also safe when it is a diagnosis (ICD-10 "M32.14", ICD-11 "4A40.0"), a
# variant (HGVS "c.1234G>A", the SNP "rs1234567"), a drug code, or a year with a word ("2019-nCoV").
SAFE_CODE = re.compile(
    f"(?i:{_SAFE_NUMBER}"
    r"|[A-Z]\d{2}(?:\.\d{1,4})?|\d[A-Z]\d{2}(?:\.\d{1,2})?|[cgmnrp]\.\d+[\w>*_]*|rs\d+"
    r"|[A-Z]\d{2}[A-Z]{2}\d{2}"  # an ATC code: "L04AA06"
    rf"|(?:{'|'.join(DRUG_CODE_PREFIXES)})-?\d+[A-Za-z0-9]*"
    r"|(?:19|20)\d{2}-[A-Za-z]+|(?:mid|early|late|pre|post)-(?:19|20)\d{2}s?|(?:19|20)\d0s"
    r"|(?:19|20)\d{2}\.V\d{1,2}|V\d{1,2}\.(?:19|20)\d{2}|v\d+(?:\.\d+){1,3})",  # versions: "2024.V1", "v10.8.1"
    re.ASCII,
)
# Words before a number that make it a reference to a database, not to a person ("OMIM 152700").
# Also the rest of a trial number: "ChiCTR-IIR-" before "17012345", "EudraCT " before "2019-001234-56".
SAFE_LABEL_BEFORE = _compile(
    r"(?:\b(?i:OMIM|MIM|PMID|PMCID|ORPHA|Orphanet|SNOMED(?: CT)?|LOINC|ISBN|ISSN|DOI|MedDRA|ATC|NDC|UNII|CAS)\b"
    r"(?:\s*[:#]?\s*(?:no\.?\s*)?|[^\d\n]{0,10}?(?:编号|号码|number|no\.?|code)[为是:：]?\s*)|(?i:NCT|ChiCTR|ISRCTN|EudraCT|CTR|DOI:?\s?10\.)[-\w./]*(?:\s?(?:编号|注册号|号))?(?:\s?[-\w./]*)?\s?[:#：]?\s?"
    # The pages of a journal citation: "J Clin Oncol. 2020;270(16):392-404".
    r"|(?:19|20)\d{2};\s?\d+(?:\(\d+\))?:\s?"
    # A gene before a protein change written without its "p.": "PIK3CA H1047R", "BRAF V600E".
    r"|\b(?:PIK3CA|BRAF|EGFR|KRAS|NRAS|HRAS|JAK2|IDH1|IDH2|FLT3|NPM1|TP53|KIT|PDGFRA|ALK|ROS1|MET|HER2|ERBB2|BRCA1"
    r"|BRCA2|ESR1|AKT1|PTEN|CALR|MPL|DNMT3A|TET2|ASXL1|SF3B1|MYD88|BTK|PLCG2|ABL1|BCR-ABL1?)\s(?:p\.)?"
    # A Chinese national standard: "GB/T 7714-2015".
    r"|\bGB(?:/T)?\s?"
    # A batch of a medicine ("批号 2203051", "batch J0423K", "lot 2C83MK is not affected by the recall"): it
    # names the box, not the patient. Not a lot after a device's name or its number's label, which numbers an
    # implant ("Implant lot MDT869871H", "stent lot/serial", "假体序列号 LOT PXR8JSNH13").
    r"|国药准字\s*|批准文号[为是:：]?\s*|(?:批号|批次)[为是:：]?\s*|\b(?i:batch)(?: (?i:no\.?|number))?[:#]?\s*"
    r"|(?<!(?i:implant) )(?<!(?i:stent) )(?<!(?i:device) )(?<!(?i:pump) )(?<!(?i:cath) )(?<!(?i:valve) )"
    r"(?<!(?i:pacemaker) )(?<![A-Za-z])(?<!号)(?<!号 )(?<!号[:：])(?i:lot)(?: (?i:no\.?|number))?[:#]?\s*"
    r"|\b(?i:protocol|study)(?: (?i:no\.?|number|code))?[:#]?\s*)$"
)
# What makes a number a quantity: a unit, a currency, something counted ("12 450 ng/mL", "573123元",
# "1 582 000 tenge", "3 455 patients").
QUANTITY_AFTER = _compile(
    r"\s?(?:%|‰|°|℃|/(?=\S)|×|\*\s?10|x\s?10"
    r"|(?i:mg|g|kg|µg|μg|ug|mcg|ng|pg|ml|l|dl|iu|u|units?|mmol|µmol|μmol|umol|mol|meq|copies|cells|cfu|mm|cm|m|km"
    r"|gy|bpm|mmhg|kpa|kcal|cal|ms|s|sec|min|h|hrs?|hours?|days?|weeks?|months?|years?|times|steps|beds"
    r"|patients?|people|persons|cases|children|adults|visits|doses|tablets|reads|samples|participants|bp|kb|mb|gb"
    r"|euros?|dollars?|pounds?|yuan|rmb|cny"
    r"|usd|eur|gbp|kzt|tenge|roubles?|rubles?|som|sum|so'm|won|yen|rupees?|francs?|idr|vnd|rupiah|dong|baht|thb|php"
    r"|pesos?|myr|ringgit|uzs|kgs|mnt|tugriks?|aed|dirhams?|sar|riyals?|try|lira|inr|pkr|egp|ngn|naira)(?![\w'])"
    r"|(?:млн |тыс\. ?)?(?:тенге|тг|сум|сом|руб|рублей|тугриков)"
    r"|元|块|万|千|亿|美元|欧元|英镑|卢布|坚戈|人|例|名|次|个|份|位|米|公里|步|克|毫克|微克|单位|毫升|拷贝|天|周|月|年|岁)"
)
QUANTITY_BEFORE = _compile(
    r"(?:[$€£¥₸₽₫₹₩฿]|\b(?i:RMB|USD|EUR|GBP|CNY|KZT|US\$|IDR|VND|THB|PHP|MYR|UZS|KGS|MNT|AED|SAR|TRY|INR|PKR|EGP|NGN|Rp)"
    r"\s?)$"
)


def is_quantity(text: str, start: int, end: int) -> bool:
    """Whether the number at `text[start:end]` is a quantity: a unit or a counted word after it, a currency before."""
    return bool(QUANTITY_AFTER.match(text, end) or QUANTITY_BEFORE.search(text[max(0, start - 5) : start]))


# Case-sensitive shapes that are safe too: a chromosome band or breakpoint in a karyotype
# ("inv(16)(p13.1q22)"), and a value run into its test and its unit ("BNP2487pg/mL", "eGFR39mL/min",
# "179/104mmHg", "274mg/24h").
SAFE_CASE_SENSITIVE = _compile(
    r"[pq]\d+(?:\.\d+)?(?:[pq]\d+(?:\.\d+)?)?"
    r"|[A-Za-z-]*[\d./]*\d(?:mg|g|kg|ug|ng|pg|mL|ml|dL|IU|mmol|umol|mmHg|mm|cm)(?:/[A-Za-z0-9.]+)*"
    # A gene's symbol: "TNFRSF13B", "DNASE1L3", "HNF1A"
    r"|[A-Z]{3,}\d{1,2}[A-Z]{0,2}\d?"
)


def _safe(text: str, start: int, code: str) -> bool:
    return bool(
        SAFE_CODE.fullmatch(code)
        or SAFE_CASE_SENSITIVE.fullmatch(code)
        or SAFE_LABEL_BEFORE.search(text[max(0, start - 20) : start])
    )


# --- codes mixing letters and digits ---------------------------------------------------------

# Letters and digits, with single dashes, dots or slashes between the groups: "RH-88327",
# "1572FA09", "CLM/2021/004578", "DMS-2231-0943". A trailing full stop is the sentence's.
_CODE_TOKEN = _compile(r"(?<![A-Za-z0-9@_])[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?![A-Za-z0-9@_])")


def identifier_like_codes(text: str) -> Iterator[Finding]:
    """Any code of five characters or more mixing letters with four digits or more, unless it is a known safe shape."""
    for match in _CODE_TOKEN.finditer(text):
        code = match.group()
        digits = sum(character.isdigit() for character in code)
        # Or a serial in capitals, eight characters or more with a digit in it: "G7XMSF6KMS".
        serial = len(code) >= 8 and re.fullmatch(r"[A-Z0-9]+", code) and digits >= 1 and len(code) - digits >= 3
        if (digits < 4 and not serial) or len(code) < 5 or not re.search(r"[A-Za-z]", code):
            continue
        if _safe(text, match.start(), code) or is_quantity(text, match.start(), match.end()):
            continue
        yield Finding(
            "other_number",
            code,
            match.start(),
            match.end(),
            "A code of letters and digits can identify a patient (a record, document, account or device number)",
        )


# --- runs of six digits or more --------------------------------------------------------------

# Digits in groups joined by single spaces or dashes ("4417203", "20 41 77 90", "12-3456-78"), or by
# dots in groups of three ("32.381.425"); never part of a decimal ("43.2567") or a ratio ("1:160").
# Digits run into letters belong to a code, which `identifier_like_codes` judges whole.
_DIGIT_RUN = _compile(
    r"(?<![A-Za-z0-9_])(?<![\d][.,/:])(?<![A-Za-z][-.])(?:\d{1,3}(?:\.\d{3}){2,}|\d+(?:/\d+){2,}|\d+(?:[ -]\d+)*)"
    r"(?![A-Za-z0-9_]|[.,]\d|[-.][A-Za-z])"
)
# A year, a range of years ("2016-2021"), a month ("2021-03").
_NOT_A_RUN = _compile(r"(?:19|20)\d{2}(?:\s?-\s?(?:(?:19|20)\d{2}|0?[1-9]|1[0-2]))?")


def long_digit_runs(text: str) -> Iterator[Finding]:
    """Any run of six digits or more that is not a decimal, a year, a quantity or a database reference."""
    for match in _DIGIT_RUN.finditer(text):
        run = match.group().rstrip(" .-")
        end = match.start() + len(run)
        if sum(character.isdigit() for character in run) < 6 or _NOT_A_RUN.fullmatch(run):
            continue
        if _safe(text, match.start(), run) or is_quantity(text, match.start(), end):
            continue
        yield Finding(
            "other_number",
            run,
            match.start(),
            end,
            "A long number can identify a patient (a record, account or ID number); remove it",
        )


# --- licence plates by their shape -------------------------------------------------------------

# Capitals, Latin or Cyrillic (Russian and Kazakh plates use the letters both alphabets share).
_L = "[A-ZАВЕКМНОРСТУХ]"
_S = "[ -]"
_PLATE = _compile(
    r"(?<![A-Za-z0-9\u0400-\u04ff-])(?:"
    rf"{_L}{{1,3}}{_S}\d{{2,4}}{_S}{_L}{{1,3}}"  # AB-123-CD, FA 123 BC, SGX 1234 A
    rf"|{_L}{{1,3}}{_S}{_L}{{1,3}} \d{{1,4}}"  # B-MK 1234
    rf"|\d{{1,3}}{_S}{_L}{{1,3}}{_S}\d{{1,4}}"  # 34 ABC 123, 123 ABC 02, 5-YXL-901, 12-ABC-3
    rf"|\d{{2}} {_L} ?\d{{3}} ?{_L}{{2}}|\d{{2}} \d{{3}} {_L}{{3}}"  # 01 A 123 BC, 01 123 ABC
    rf"|{_L} ?\d{{3}} ?{_L}{{2}} ?\d{{2,3}}"  # Russian: A 123 BC 77, Е535ХВ 178
    rf"|\d{_L}{{2}} ?\d{{4}}"  # Czech: 3JN 7743
    r"|(?!CD)[A-Z]{2}\d{2} ?[A-Z]{3}"  # British: LL54 HPR
    r"|(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain) [A-Z]{1,2} ?\d{1,5}"  # Emirates
    r"|\d{4} ?[А-ЯЁӨҮ]{3}"  # Mongolia: 4203 УБЕ
    r"|\d{2,3}[가-힣] ?\d{4}"  # Korean: 69사 8933
    rf"|(?P<letters>{_L}{{2,3}}){_S}(?P<digits>\d{{3,4}}){_L}?"  # ZTH 270, AB 1234, WE 1234K
    rf"|(?P<digits_first>\d{{3,4}}){_S}(?P<letters_after>{_L}{{2,3}})"  # 8458 FFW
    r")(?![A-Za-z0-9\u0400-\u04ff-])"
)
# Capitals that stand before or after a number in medical text without being a plate: measurements,
# scores, routes, units, eras, criteria and standards ("CRP 145", "BP 120", "1000 IU", "ACR 2019").
_NOT_PLATE_LETTERS = frozenset(
    """
    BP HR RR CRP ESR ALT AST ALP GGT LDH CK CPK BNP INR PT APTT PLT WBC RBC HB HGB HCT MCV TSH PTH ANA ANCA CEA
    AFP PSA CA DAS SDAI CDAI SLEDAI BVAS EDSS GCS SUV EF FEV FVC QTC PR QRS ECG EEG MRI CT PET DNA RNA IU IV IM
    SC PO BID TID QID ICU CCU ED ER OR ISO EN IEC ACR WHO FDA EMA NCCN GFR ACE HAQ VAS NRS BMI BSA HPV HBV HCV
    HIV EBV CMV HSV PCR IGG IGM IGA IGE MG ML KG AD BC CE BCE NT UV OMIM PMID MIM GPA EGPA AAV SLE RA AS PSS
    COPD CKD AKI DM TB ICD ATC CTR NCT APS ITP TTP MAS HLH HU
    RMB USD EUR GBP CNY KZT RUB JPY HKD UZS KGS MNT AED SAR TRY CHF INR KRW CM PCS OF TO IN ON AT BY OR AND THE FOR PER
    """.split()
)
# What a value is a value of, before it: a lab test, a score or a measurement ("HbA1c 10 %", "BMI 29.4").
MEASURE_NAMES = _NOT_PLATE_LETTERS | frozenset("HBA1C SPO2 EGFR PAO2 PACO2 FIO2 NT-PROBNP".split())
# Of those, the ones that name what a number measures or counts wherever they stand ("HBV DNA 8.1", "RMB 132,000").
_MEASURED_OR_MONEY = frozenset(
    "DNA RNA RMB USD EUR GBP CNY KZT RUB JPY HKD UZS KGS MNT AED SAR TRY CHF INR KRW".split()
)


def plate_like_shapes(text: str) -> Iterator[Finding]:
    """Groups of capitals and digits in the patterns only licence plates have, wherever they stand."""
    for match in _PLATE.finditer(text):
        letters = match.group("letters") or match.group("letters_after")
        number = match.group("digits") or match.group("digits_first")
        if letters and (letters.upper() in _NOT_PLATE_LETTERS or re.fullmatch(r"(?:19|20)\d{2}", number)):
            continue
        # "HBV DNA 8.1": a word of three capitals or more that measures something, wherever it stands.
        if any(word in _MEASURED_OR_MONEY for word in re.findall(r"[A-Z]{3,}", match.group())):
            continue
        if SAFE_CODE.fullmatch(match.group()) or is_quantity(text, match.start(), match.end()):
            continue
        if re.match(r"[.,]\d", text[match.end() : match.end() + 2]):
            continue  # "LDL-C 4.3 mmol/L": the number goes on past the shape
        yield Finding(
            "vehicle_identifier", match.group(), match.start(), match.end(), "Looks like a vehicle licence plate"
        )


# A Chinese court's case number: "（2016）京0105民初98477号".
_COURT_CASE = re.compile(r"[（(](?:19|20)\d{2}[)）]\s?[\u4e00-\u9fff]{1,2}\d{2,6}[\u4e00-\u9fff]{1,4}\d{1,6}号")


def court_case_numbers(text: str) -> Iterator[Finding]:
    for match in _COURT_CASE.finditer(text):
        yield Finding(
            "other_number", match.group(), match.start(), match.end(), "A court case number can identify a patient"
        )


def broad_shape_findings(text: str) -> Iterator[Finding]:
    yield from court_case_numbers(text)
    yield from identifier_like_codes(text)
    yield from long_digit_runs(text)
    yield from plate_like_shapes(text)
