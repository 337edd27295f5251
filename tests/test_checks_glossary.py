"""Glossary consistency: approved terms present, forbidden variants absent.

Plain functions over text: no database, no Django settings.
"""

import pytest

from casepages.checks import GlossaryEntry, check_terminology, check_terminology_by_field
from casepages.checks.glossary import near_variants

# No database of the suite's is used here, so the PostgreSQL run leaves these out (Makefile).
pytestmark = pytest.mark.same_on_every_database

LUPUS = GlossaryEntry("systemic lupus erythematosus", "系统性红斑狼疮", ("红斑狼疮", "SLE病"))
NEPHRITIS = GlossaryEntry("lupus nephritis", "狼疮性肾炎", ("狼疮肾炎",))
CAR_T = GlossaryEntry("CAR-T", "CAR-T细胞疗法")


def test_a_translation_using_the_approved_terms_has_no_findings():
    source = "She was diagnosed with systemic lupus erythematosus and later lupus nephritis."
    translation = "她被诊断为系统性红斑狼疮，后来发展为狼疮性肾炎。"
    assert check_terminology(source, translation, [LUPUS, NEPHRITIS, CAR_T]) == []


def test_missing_approved_term_names_the_source_term_and_the_approved_term():
    source = "Eventually, she developed lupus nephritis."
    translation = "最终，她出现了肾脏损害。"
    [finding] = check_terminology(source, translation, [NEPHRITIS])
    assert (finding.kind, finding.text) == ("glossary_missing", "lupus nephritis")
    assert source[finding.start : finding.end] == "lupus nephritis"
    assert "狼疮性肾炎" in finding.reason


def kinds(findings):
    return [finding.kind for finding in findings]


def test_source_terms_match_case_insensitively_as_whole_words():
    translation = "她的病情得到控制。"
    capitalised = check_terminology("Lupus Nephritis was confirmed.", translation, [NEPHRITIS])
    assert kinds(capitalised) == ["glossary_missing"]
    assert check_terminology("She read about lupus nephritises online.", translation, [NEPHRITIS]) == []


def test_entries_absent_from_the_source_are_not_required():
    assert check_terminology("Her platelets were low.", "她的血小板偏低。", [LUPUS, NEPHRITIS, CAR_T]) == []


def test_forbidden_variant_is_reported_with_offsets_in_the_translation():
    source = "systemic lupus erythematosus"
    translation = "她患有红斑狼疮，也就是系统性红斑狼疮。"
    [finding] = check_terminology(source, translation, [LUPUS])
    assert (finding.kind, finding.text, finding.start, finding.end) == (
        "glossary_forbidden",
        "红斑狼疮",
        3,
        7,
    )
    assert finding.reason == "Use the approved term “系统性红斑狼疮” instead of “红斑狼疮”"


def test_forbidden_variant_inside_the_approved_term_is_not_reported():
    translation = "系统性红斑狼疮（SLE）是一种自身免疫病。系统性红斑狼疮可累及肾脏。"
    assert check_terminology("systemic lupus erythematosus", translation, [LUPUS]) == []


def test_every_forbidden_occurrence_is_reported_in_order():
    translation = "狼疮肾炎很常见。红斑狼疮患者中，狼疮肾炎需要尽早治疗。"
    findings = check_terminology("", translation, [LUPUS, NEPHRITIS])
    assert [(finding.text, finding.start) for finding in findings] == [
        ("狼疮肾炎", 0),
        ("红斑狼疮", 8),
        ("狼疮肾炎", 16),
    ]
    assert all(translation[finding.start : finding.end] == finding.text for finding in findings)


def test_english_targets_match_whole_words_case_insensitively():
    entry = GlossaryEntry("狼疮性肾炎", "lupus nephritis", ("lupus nephrosis",))
    source = "她出现了狼疮性肾炎。"
    assert check_terminology(source, "She developed Lupus Nephritis.", [entry]) == []
    [missing, forbidden] = check_terminology(source, "She developed lupus nephrosis.", [entry])
    assert (missing.kind, missing.text) == ("glossary_missing", "狼疮性肾炎")
    assert (forbidden.kind, forbidden.text) == ("glossary_forbidden", "lupus nephrosis")


def test_latin_source_term_with_punctuation_matches():
    assert kinds(check_terminology("CAR-T therapy worked.", "该疗法有效。", [CAR_T])) == ["glossary_missing"]
    assert check_terminology("CAR-T therapy worked.", "CAR-T细胞疗法有效。", [CAR_T]) == []


# Field by field (issue 13, item 12) ------------------------------------------------------------------

CAR_T_THERAPY = GlossaryEntry("CAR-T cell therapy", "CAR-T细胞疗法")


def test_a_near_variant_in_one_field_is_flagged_though_the_approved_term_appears_in_another():
    fields = [
        ("Summary", "She received CAR-T cell therapy.", "她接受了CAR-T细胞疗法。"),
        ("Story, paragraph 2", "CAR-T cell therapy began in June.", "CAR-T细胞治疗于6月开始。"),
    ]
    # The whole-text check is satisfied by the summary: that is how 「CAR-T细胞治疗」 passed.
    whole_source = "\n".join(source for _field, source, _translation in fields)
    whole_translation = "\n".join(translation for _field, _source, translation in fields)
    assert check_terminology(whole_source, whole_translation, [CAR_T_THERAPY]) == []

    findings = check_terminology_by_field(fields, [CAR_T_THERAPY])
    assert [(finding.field, finding.kind, finding.text) for finding in findings] == [
        ("Story, paragraph 2", "glossary_missing", "CAR-T cell therapy"),
        ("Story, paragraph 2", "glossary_variant", "CAR-T细胞治疗"),
    ]
    variant = findings[1]
    assert fields[1][2][variant.start : variant.end] == "CAR-T细胞治疗"


def test_fields_whose_source_lacks_the_term_need_no_approved_term():
    fields = [("Outcome", "She is well.", "她恢复良好。")]
    assert check_terminology_by_field(fields, [CAR_T_THERAPY, LUPUS]) == []


def test_near_variants_need_two_thirds_of_the_term():
    assert near_variants("CAR-T细胞疗法", "CAR-T细胞治疗和CAR-T细胞疗法") == [(0, 9)]
    assert near_variants("狼疮性肾炎", "狼疮脑病") == []
