"""What search engines and link previews read: JSON-LD on case pages and Open Graph tags, in the page's language."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from publishing import as_fixture

from casepages.models import CasePage

pytestmark = pytest.mark.django_db


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(head):
    scripts = head.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def open_graph(head):
    tags = {}
    for meta in head.select('meta[property^="og:"]'):
        tags.setdefault(meta["property"], []).append(meta["content"])
    return tags


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_case_page_describes_itself_as_a_medical_web_page_about_its_condition(client, request, language):
    case = request.getfixturevalue(language).sle03
    data = json_ld(head_of(client, case.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["inLanguage"] == case.locale.language_code
    assert data["name"] == case.title
    assert data["description"] == case.summary
    assert data["url"] == case.full_url
    assert data["about"]["@type"] == "MedicalCondition"
    assert data["about"]["name"] == case.condition.name
    assert data["about"]["possibleTreatment"]["name"] == case.treatment.name
    assert "lastReviewed" not in data  # the demo cases were loaded, never medically reviewed


def test_last_reviewed_comes_from_the_recorded_medical_review(client, english, demo_users):
    from casepages.workflow.models import MedicalReview

    review = MedicalReview.objects.create(
        page=english.sle03, reviewer=demo_users["reviewer"], reviewer_name="Dr. Review"
    )
    data = json_ld(head_of(client, english.sle03.url))
    assert data["lastReviewed"] == timezone.localdate(review.reviewed_at).isoformat()
    assert data["reviewedBy"]["name"] == "Dr. Review"


def test_chinese_structured_data_is_in_chinese(client, chinese):
    data = json_ld(head_of(client, chinese.sle03.url))
    assert data["about"]["name"] == "系统性红斑狼疮（SLE）"
    assert data["publisher"]["name"] == "国际患者中心"


def test_structured_data_cannot_break_out_of_its_script(client, english):
    condition = english.sle03.condition
    condition.name = "Lupus </script><script>alert(1)</script> & co"
    with as_fixture():
        condition.save()

    head = head_of(client, english.sle03.url)

    assert json_ld(head)["about"]["name"] == condition.name
    assert len(head.select("script")) == 1


def test_pages_other_than_cases_carry_no_medical_data(client, english):
    assert not head_of(client, english.case_index.url).select('script[type="application/ld+json"]')


@pytest.mark.parametrize(
    ("language", "locale", "alternate"), [("english", "en_US", "zh_CN"), ("chinese", "zh_CN", "en_US")]
)
def test_case_page_open_graph_is_in_the_pages_language(client, request, language, locale, alternate):
    case = request.getfixturevalue(language).sle03
    tags = open_graph(head_of(client, case.url))

    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == [case.title]
    assert tags["og:description"] == [case.summary]
    assert tags["og:url"] == [case.full_url]
    assert tags["og:locale"] == [locale]
    assert tags["og:locale:alternate"] == [alternate]


def test_chinese_site_name_in_previews(client, chinese):
    assert open_graph(head_of(client, chinese.home.url))["og:site_name"] == ["国际患者中心"]


def test_an_untranslated_case_claims_no_other_locale(client, english, chinese):
    chinese.sle03.unpublish()
    tags = open_graph(head_of(client, english.sle03.url))
    assert "og:locale:alternate" not in tags
    assert CasePage.objects.get(pk=chinese.sle03.pk).live is False
