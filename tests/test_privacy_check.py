"""The privacy check over a page's public fields and the snippets it shows: what it reads, how it names
each field, the patient alias, the real-name hashes of the consent record, and the glossary per field."""

import datetime
import json

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from factories import add_case_page, case_page
from publishing import as_fixture
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from casepages.checks import RealNameList, name_digests, scan_identifiers
from casepages.models import ConsentRecord
from casepages.workflow import page_checks

pytestmark = pytest.mark.django_db


def kinds_by_field(findings):
    return {(finding.field, finding.kind) for finding in findings}


# --- the alias (issue 13, item 5) -------------------------------------------------------------


def test_an_alias_holding_a_name_an_id_and_a_phone_number_is_refused_by_the_privacy_check(english):
    page = add_case_page(
        english.case_index, live=False, patient_alias="Zhang Wei, ID 110101199003077777, tel +86 138 0013 8000"
    )
    found = kinds_by_field(page_checks.privacy_findings(page))
    assert ("Patient alias", "alias_not_letter") in found
    assert ("Patient alias", "resident_id") in found
    assert ("Patient alias", "phone_number") in found


def test_a_name_used_as_the_alias_is_not_allowed_in_the_summary(english):
    page = add_case_page(
        english.case_index,
        live=False,
        patient_alias="Zhang Wei",
        summary="Zhang Wei travelled from Beijing for CAR-T cell therapy.",
    )
    found = kinds_by_field(page_checks.privacy_findings(page))
    assert ("Patient alias", "alias_not_letter") in found
    assert ("Summary", "person_name") in found


@pytest.mark.parametrize("alias", ["Ms. A", "Mr. B", "Patient C", "Ms AB"])
def test_a_letter_alias_passes_and_is_allowed_in_the_text(english, alias):
    page = add_case_page(english.case_index, live=False, patient_alias=alias, summary=f"{alias} is well again.")
    assert page_checks.privacy_findings(page) == []


def test_a_chinese_letter_alias_that_arrives_by_po_upload_is_checked_too(chinese):
    # A PO upload writes the field without the form's clean(): the check itself refuses the name.
    page = chinese.sle03
    page.patient_alias = "张伟"
    assert ("Patient alias", "alias_not_letter") in kinds_by_field(page_checks.privacy_findings(page))
    page.patient_alias = "A女士"
    assert page_checks.privacy_findings(page) == []


@pytest.mark.parametrize("alias", ["Zhang Wei", "Anna", "王女士", "Ms. Anna"])
def test_case_page_and_consent_record_forms_refuse_an_alias_that_is_not_a_letter_alias(english, alias):
    page = case_page(english.case_index, patient_alias=alias)
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    assert "patient_alias" in raised.value.message_dict
    consent = ConsentRecord(patient_alias=alias, date_given="2024-01-01", document_reference="CF-1")
    with pytest.raises(ValidationError) as raised:
        consent.clean()
    assert "one or two capital letters" in raised.value.message_dict["patient_alias"][0]


# --- every public field, named in the editor's words ------------------------------------------


def test_findings_name_each_public_field_in_the_editors_words(english):
    image = Image.objects.create(title="Ward", file=get_test_image_file())
    page = add_case_page(
        english.case_index,
        live=False,
        slug="olga-petrova-story",
        seo_title="Call 13812345678 for the story",
        search_description="Write to anna@example.com",
        outcome_summary="She was discharged on 14 September 2022.",
        body=[
            ("paragraph", "<p>Her joints ached every winter.</p>"),
            ("paragraph", "<p>Her MRN is 00482913.</p>"),
            ("patient_quote", {"quote": "My number is +7 701 555 12 34.", "speaker_role": "Patient"}),
            ("timeline_event", {"date": datetime.date(2021, 6, 1), "description": "Admitted on 3 June 2021."}),
            ("image", {"image": image, "alt_text": "Anna Petrova in the ward", "caption": "Fax +86 10 6523 1234"}),
        ],
    )
    found = kinds_by_field(page_checks.privacy_findings(page))
    assert {
        ("Slug, the page's web address (Promote tab)", "person_name"),
        ("Title for search engines (Promote tab)", "phone_number"),
        ("Search description (Promote tab)", "email"),
        ("Outcome", "exact_date"),
        ("Story, paragraph 2", "medical_record_number"),
        ("Story, patient quote 1: quote", "phone_number"),
        ("Story, timeline event 1: what happened", "exact_date"),
        ("Story, image 1: alternative text", "person_name"),
        ("Story, image 1: caption", "phone_number"),
    } <= found
    assert not any("body[" in field for field, _kind in found)


def test_field_names_are_translated_for_a_chinese_speaking_editor(chinese):
    from django.utils import translation

    page = chinese.sle03
    page.summary = "请拨打13812345678联系家属。"
    with translation.override("zh-hans"):
        fields = {finding.field for finding in page_checks.privacy_findings(page)}
    assert fields and not fields & {"Summary"}


def test_an_age_over_89_in_the_facts_is_reported(english):
    page = add_case_page(english.case_index, live=False, age_at_onset=93)
    assert ("Age at onset", "age_over_89") in kinds_by_field(page_checks.privacy_findings(page))


def test_the_condition_and_treatment_a_page_shows_are_checked_with_it_and_on_their_own(english):
    page = english.sle03
    condition = page.condition
    condition.description = "Questions: ring 138 0013 8000."
    with as_fixture():  # what the check reads, put straight into the row: this test is about the check
        condition.save()
    page.refresh_from_db()
    fields = {finding.field for finding in page_checks.privacy_findings(page)}
    assert f"Condition “{condition.name}”: description" in fields
    assert kinds_by_field(page_checks.privacy_findings(condition)) == {("Description", "phone_number")}
    labels = [text.label for text in page_checks.public_texts(page.treatment)]
    assert labels == ["Name", "Description"]


def test_text_findings_work_for_a_snippet(english):
    treatment = english.sle03.treatment
    treatment.description = "TODO: describe the treatment"
    assert ("Description", "placeholder") in kinds_by_field(page_checks.text_findings(treatment))


def test_the_demo_cases_pass_the_privacy_check_in_both_languages(english, chinese):
    from casepages.models import CasePage

    for page in CasePage.objects.all():
        assert page_checks.privacy_findings(page) == [], page


# --- the patient's real names, as keyed hashes ------------------------------------------------


def test_real_names_match_in_every_written_form_and_nothing_readable_is_stored():
    digests = name_digests(["Zhang Wei", "张伟", "Olga Ivanova"], "secret")
    assert not any(name.lower() in "".join(digests) for name in ("zhang", "wei", "olga", "ivanova"))
    names = RealNameList(frozenset(digests), b"secret")
    for text, expected in [
        ("Her friend Zhāng Wěi came along.", "Zhāng Wěi"),
        ("Her friend zhangwei came along.", "zhangwei"),
        ("Her friend Wei Zhang came along.", "Wei Zhang"),
        ("她的朋友张伟来了。", "张伟"),
        ("Ivanova Olga wrote to us.", "Ivanova Olga"),
    ]:
        found = [finding for finding in scan_identifiers(text, "en", real_names=names)]
        assert ("patient_real_name", expected) in [(finding.kind, finding.text) for finding in found], text
    # A name entered only in Han characters is found in pinyin too, in either order and any reading.
    han_only = RealNameList(frozenset(name_digests(["曾小明"], "secret")), b"secret")
    for text in ("Zeng Xiaoming came along.", "Xiaoming Zeng came along.", "zengxiaoming came along."):
        assert [finding.kind for finding in han_only.find(text)] == ["patient_real_name"], text
    # ü as on a passport ("Lyu") or plain ("Lu"); a Latin name run into Chinese text.
    lyu = RealNameList(frozenset(name_digests(["吕思彤"], "secret")), b"secret")
    for text in ("Sitong Lyu came along.", "Lu Sitong came along.", "Lv Sitong came along."):
        assert [finding.kind for finding in lyu.find(text)] == ["patient_real_name"], text
    assert [finding.text for finding in names.find("半年复查时zhang wei回来了。")] == ["zhang wei"]
    other_key = RealNameList(frozenset(digests), b"another secret")
    assert other_key.find("Her friend Zhang Wei came along.") == []


def test_real_names_entered_in_the_consent_form_are_stored_as_hashes_and_block_the_story(client_for, english):
    consent = english.sle03.consent
    url = f"/admin/snippets/casepages/consentrecord/edit/{consent.pk}/"
    form = {
        "patient_alias": consent.patient_alias,
        "date_given": consent.date_given.isoformat(),
        "expires_on": "",
        "withdrawn_on": "",
        "document_reference": consent.document_reference,
        "real_names": "Kurmanova Saule\n库尔曼诺娃",
        "covered_locales": [locale.pk for locale in consent.covered_locales.all()],
        "covers_website": "on",
    }
    response = client_for("admin").post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    consent.refresh_from_db()
    stored = json.dumps(consent.real_name_digests, ensure_ascii=False)
    assert len(consent.real_name_digests) == 3  # two orders of the Latin name, and the Han name
    assert "Saule" not in stored and "库尔曼" not in stored and "kurmanova" not in stored.lower()
    assert consent.real_name_digests == name_digests(["Kurmanova Saule", "库尔曼诺娃"], settings.SECRET_KEY)
    edit_page = client_for("admin").get(url).content.decode()
    assert "Kurmanova" not in edit_page and "库尔曼诺娃" not in edit_page

    page = english.sle03
    page.outcome_summary = "saule kurmanova is back at work."  # in lower case, no name pattern sees it
    found = kinds_by_field(page_checks.privacy_findings(page))
    assert ("Outcome", "patient_real_name") in found

    form.update(real_names="", forget_real_names="on")
    client_for("admin").post(url, form)
    consent.refresh_from_db()
    assert consent.real_name_digests == []


# --- the glossary, field by field (issue 13, item 12) -----------------------------------------


def test_a_near_variant_of_an_approved_term_in_one_paragraph_is_flagged(english, chinese):
    page = chinese.sle03
    source_paragraphs = [
        number
        for number, block in enumerate(english.sle03.body, start=1)
        if block.block_type == "paragraph" and "CAR-T cell therapy" in block.value.source
    ]
    assert source_paragraphs, "the demo story names CAR-T cell therapy in a paragraph"
    paragraphs = [index for index, block in enumerate(page.body) if block.block_type == "paragraph"]
    index = paragraphs[source_paragraphs[0] - 1]
    html = page.body[index].value.source.replace("CAR-T细胞疗法", "CAR-T细胞治疗")
    assert "CAR-T细胞治疗" in html
    page.body[index] = ("paragraph", html)
    assert "CAR-T细胞疗法" in page.summary  # the approved term is still used elsewhere on the page
    findings = page_checks.text_findings(page)
    variants = [finding for finding in findings if finding.kind == "glossary_variant"]
    assert [(finding.field, finding.text) for finding in variants] == [
        (f"Story, paragraph {source_paragraphs[0]}", "CAR-T细胞治疗")
    ]


# --- the command and the workflow task use the same code --------------------------------------


def test_scan_identifiers_command_checks_a_page_as_the_workflow_task_does(english, capsys):
    from django.core.management import call_command

    from casepages.workflow.models import PrivacyCheckTask

    page = add_case_page(english.case_index, live=False, summary="Call her on 13812345678.")
    page.save_revision()
    with pytest.raises(SystemExit) as exited:
        call_command("scan_identifiers", "--page", str(page.pk))
    assert exited.value.code == 1
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    task_findings = PrivacyCheckTask(name="privacy").find_problems(page)
    assert [(row["field"], row["kind"], row["text"]) for row in printed] == [
        (finding.field, finding.kind, finding.text) for finding in task_findings
    ]
    assert ("Summary", "phone_number", "13812345678") in [(row["field"], row["kind"], row["text"]) for row in printed]


def test_the_comment_names_the_field_and_the_kind_in_words(english):
    page = add_case_page(english.case_index, live=False, summary="Her passport number is E12345678.")
    comment = page_checks.describe(page_checks.privacy_findings(page))
    assert "• Summary — passport number: “E12345678”" in comment
