"""The placeholder guard: template leftovers, empty headings and passages left untranslated.

Plain functions over text: no database, no Django settings.
"""

import pytest

from casepages.checks import find_empty_headings, find_placeholders, find_untranslated_text

# No database of the suite's is used here, so the PostgreSQL run leaves these out (Makefile).
pytestmark = pytest.mark.same_on_every_database


def placeholder_texts(text):
    return [finding.text for finding in find_placeholders(text)]


def test_leaked_field_name_from_the_reference_page_is_a_placeholder():
    [finding] = find_placeholders("description2")
    assert (finding.kind, finding.text, finding.start, finding.end) == ("placeholder", "description2", 0, 12)
    assert "field name" in finding.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The story ends here.\n\ndescription2\n\nFill out my online form.", ["description2"]),
        ("Caption: image_12", ["image_12"]),
        ("Fill in title-3 here", ["title-3"]),
        ("她已经康复。summary1", ["summary1"]),
        ("Lorem ipsum dolor sit amet.", ["Lorem ipsum"]),
        ("TODO: check the dates. FIXME later, TBD.", ["TODO", "FIXME", "TBD"]),
        ("患者XXX于当地医院就诊。", ["XXX"]),
        ("Dear {{ patient_name }}, see {% url 'form' %}.", ["{{ patient_name }}", "{% url 'form' %}"]),
        ("[[clinician quote]] was never written.", ["[[clinician quote]]"]),
        ("Age: %(age)s, condition: {condition}, visit {0}.", ["%(age)s", "{condition}", "{0}"]),
    ],
)
def test_template_leftovers_are_found(text, expected):
    assert placeholder_texts(text) == expected


def test_a_field_name_inside_a_template_variable_is_reported_once_as_the_whole_variable():
    assert placeholder_texts("Hello {{ title2 }}") == ["{{ title2 }}"]


@pytest.mark.parametrize(
    "text",
    [
        "In August 2016, 20-year-old Ms. A developed small red spots all over her body.",
        "The descriptions2 and redescription2 words, a description, a title and 2 images.",
        "She received CD19 CAR-T cells; H1N1 and COVID19 tests were negative.",
        "Todo list and tbd are lowercase; Xxx is not a note.",
        "Her creatinine fell from 186 to 74 μmol/L (normal range {44–97}).",
        "2016年8月，20岁的A女士全身出现红色小点。",
    ],
)
def test_ordinary_text_has_no_placeholders(text):
    assert find_placeholders(text) == []


def test_offsets_point_at_the_placeholder():
    text = "Story text. TODO add outcome. description2"
    assert [(text[finding.start : finding.end], finding.kind) for finding in find_placeholders(text)] == [
        ("TODO", "placeholder"),
        ("description2", "placeholder"),
    ]


def test_empty_headings_are_found_and_filled_ones_are_not():
    html_text = "".join(
        [
            "<h2></h2><p>Text</p>",
            '<h3 class="x"> &nbsp;<br> </h3>',
            "<h1>Outcome</h1>",
            "<H4><span></span></H4>",
            "<h2>结果</h2>",
        ]
    )
    findings = find_empty_headings(html_text)
    assert [finding.text for finding in findings] == [
        "<h2></h2>",
        '<h3 class="x"> &nbsp;<br> </h3>',
        "<H4><span></span></H4>",
    ]
    assert {finding.kind for finding in findings} == {"empty_heading"}
    assert all(html_text[finding.start : finding.end] == finding.text for finding in findings)
    assert findings[1].reason.startswith("This h3 heading has no text")


def test_english_sentence_left_in_a_chinese_translation_is_reported():
    source = 'Ms. A said, "Now the red spots on my body are gone."'
    translation = "A女士说：“Now the red spots on my body are gone，我不再需要激素。”"
    [finding] = find_untranslated_text(source, translation, "zh-hans")
    assert (finding.kind, finding.text) == ("untranslated_text", "Now the red spots on my body are gone")
    assert translation[finding.start : finding.end] == finding.text


def test_abbreviations_units_and_short_latin_terms_in_chinese_are_fine():
    translation = (
        "她接受了CD19 CAR-T细胞治疗，剂量为1 × 10^6 cells/kg。SLE患者的C3从0.5 g/L升至0.92 g/L。"
        "羟氯喹（hydroxychloroquine）每日200 mg。"
    )
    assert find_untranslated_text("", translation, "zh-hans") == []


def test_rich_text_markup_is_not_taken_for_english_words():
    link = '<a href="/en/cases/sle-03/" class="link external">她已经康复。</a>'
    translation = f'<p data-block-key="a1b2c">{link}</p>'
    assert find_untranslated_text("<p>She has recovered.</p>", translation, "zh-hans") == []


def test_chinese_left_in_an_english_translation_is_reported():
    source = "A女士说：“现在我身上的红点都消失了。”"
    translation = 'Ms. A said: "现在我身上的红点都消失了" and smiled.'
    [finding] = find_untranslated_text(source, translation, "en")
    assert finding.text == "现在我身上的红点都消失了"
    assert translation[finding.start : finding.end] == finding.text


def test_one_or_two_han_characters_in_english_are_fine():
    assert find_untranslated_text("", "The Chinese word for lupus is 狼疮.", "en") == []


def test_a_paragraph_copied_unchanged_from_the_source_is_reported():
    source = "Ms. A thanked the medical staff.\nSLE-03"
    translation = "Ms. A thanked the medical staff.\nSLE-03"
    [finding] = find_untranslated_text(source, translation, "zh-hans")
    assert finding.text == "Ms. A thanked the medical staff."
    assert finding.reason == "This paragraph is identical to the source; it has not been translated"


def test_a_copied_rich_text_paragraph_is_found_between_block_tags():
    source = "<p>Ms. A thanked the staff.</p><p>She is well.</p>"
    translation = "<p>A女士感谢医护人员。</p><p>She is well.</p>"
    [finding] = find_untranslated_text(source, translation, "zh-hans")
    assert finding.text == "She is well."
    assert translation[finding.start : finding.end] == "She is well."


def test_a_translated_paragraph_is_not_reported():
    source = "Ms. A thanked the medical staff for giving her a second chance at life."
    translation = "A女士感谢医护人员给了她第二次生命。"
    assert find_untranslated_text(source, translation, "zh-hans") == []
    assert find_untranslated_text(translation, source, "en") == []
