"""Case pages: their facts, their validation, their tree rules and what a patient reads in each language."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from factories import case_page
from publishing import as_fixture
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from casepages.models import CaseIndexPage, CasePage, MessageFormPage
from hospital.demo import content as demo_content
from hospital.models import HomePage, InformationPage

pytestmark = pytest.mark.django_db

SLE03 = next(case for case in demo_content.CASES if case["case_code"] == "SLE-03")


def visible_text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_sle03_facts_are_structured_fields(english):
    case = english.sle03
    assert (case.case_code, case.patient_alias, case.gender) == ("SLE-03", "Ms. A", "female")
    assert (case.age_at_onset, case.nationality) == (20, "CN")
    assert case.onset_date == datetime.date(2016, 8, 1)
    assert case.condition.slug == "systemic-lupus-erythematosus"
    assert case.treatment.slug == "car-t-cell-therapy"
    assert case.follow_up_visits == 3
    assert {block.block_type for block in case.body} >= {"paragraph", "patient_quote", "clinician_quote"}
    assert case.consent is not None


def test_english_case_page_shows_facts_story_quotes_and_call_to_action(client, english):
    response = client.get(english.sle03.url)
    html = response.content.decode()
    text = visible_text(html)
    for label, value in [
        ("Name", "Ms. A"),
        ("Gender", "Female"),
        ("Age", "20 years old"),
        ("Nationality", "China"),
        ("Diagnosis", "Systemic lupus erythematosus"),
        ("Onset", "August 2016"),
    ]:
        assert re.search(rf"<dt>{label}</dt>\s*<dd>{re.escape(value)}", html), label
    assert html.count("<blockquote>") >= 2
    assert "Attending rheumatologist" in text or SLE03_clinician_role("en") in text
    form_url = english.form.url
    assert f'href="{form_url}?case=SLE-03"' in html
    assert "Leave your message" in text


def SLE03_clinician_role(language):
    quote = next(value for kind, value in SLE03["body"] if kind == "clinician_quote")
    return quote["speaker_role"][language]


def test_chinese_case_page_is_in_chinese(client, chinese):
    response = client.get(chinese.sle03.url)
    html = response.content.decode()
    text = visible_text(html)
    assert '<html lang="zh-hans" dir="ltr">' in html
    for label, value in [
        ("姓名", "A女士"),
        ("性别", "女"),
        ("年龄", "20岁"),
        ("国籍", "中国"),
        ("诊断", "系统性红斑狼疮"),
        ("发病时间", "2016年8月"),
    ]:
        assert re.search(rf"<dt>{label}</dt>\s*<dd>{re.escape(value)}", html), label
    assert SLE03["summary"]["zh-hans"] in text
    assert SLE03_clinician_role("zh-hans") in text
    assert f'href="{chinese.form.url}?case=SLE-03"' in html
    assert chinese.form.url.startswith("/zh-hans/")
    assert "留言咨询" in text
    # No English paragraph of the story leaked into the Chinese page.
    for kind, value in SLE03["body"]:
        if kind == "paragraph":
            assert visible_text(value["en"]).strip() not in text


def test_language_switcher_leads_to_the_same_case_in_chinese(client, english, chinese):
    html = client.get(english.sle03.url).content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</ul>")[0]
    link = re.search(r'<a href="([^"]+)"[^>]*lang="zh-hans"', switcher).group(1)
    response = client.get(link.replace("&amp;", "&"), follow=True)
    assert response.redirect_chain[-1][0].endswith(chinese.sle03.url)
    assert 'hreflang="zh-hans"' in html and 'hreflang="x-default"' in html


def case_with(english, **changes):
    return case_page(english.case_index, **{"gender": "male", "nationality": "ru", **changes})


def test_a_valid_case_passes_and_its_nationality_is_normalised(english):
    case = case_with(english)
    with as_fixture():
        english.case_index.add_child(instance=case)
    assert CasePage.objects.get(pk=case.pk).nationality == "RU"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"age_at_onset": 121}, "age_at_onset", "less than or equal to 120"),
        ({"onset_date": datetime.date(2022, 1, 1)}, "treatment_date", "cannot come before the illness began"),
        ({"nationality": "Russia"}, "nationality", "two-letter country code"),
        ({"case_code": "SLE-03"}, "case_code", "already uses this case code"),
        ({"patient_alias": ""}, "patient_alias", "cannot be blank"),
    ],
)
def test_invalid_facts_are_refused_with_a_clear_message(english, changes, field, message):
    case = case_with(english, **changes)
    with pytest.raises(ValidationError) as refused:
        english.case_index.add_child(instance=case)
    assert message in " ".join(refused.value.message_dict[field])


def test_admin_refuses_a_case_without_its_facts(client_for, english):
    client = client_for("editor")
    url = f"/admin/pages/add/casepages/casepage/{english.case_index.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "Half a case", "slug": "half-a-case", "body-count": "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be created due to validation errors" in html
    assert "This field is required" in html
    assert not CasePage.objects.filter(slug="half-a-case").exists()


class TestTreeRules(WagtailPageTestCase):
    def test_where_each_page_lives(self):
        self.assertAllowedParentPageTypes(CasePage, {CaseIndexPage})
        self.assertAllowedSubpageTypes(CasePage, set())
        self.assertAllowedSubpageTypes(CaseIndexPage, {CasePage})
        # The plugin's pages go wherever a host puts them; this site keeps them under its home page.
        self.assertAllowedParentPageTypes(CaseIndexPage, {Page, HomePage})
        self.assertAllowedParentPageTypes(MessageFormPage, {Page, HomePage})
        self.assertAllowedSubpageTypes(HomePage, {CaseIndexPage, MessageFormPage, InformationPage})
        self.assertAllowedParentPageTypes(InformationPage, {HomePage})
        self.assertAllowedParentPageTypes(HomePage, {Page})


def test_case_page_queries_are_bounded(client, english, chinese, django_assert_max_num_queries):
    for page in (english.sle03, chinese.sle03):
        client.get(page.url)  # warm the site and locale caches, as a running server has
        with django_assert_max_num_queries(20):
            response = client.get(page.url)
        assert response.status_code == 200
