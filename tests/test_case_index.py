"""The case index: live cases of its own language, newest first, filterable, paginated in bounded queries."""

import datetime
import re

import pytest
from django.utils import timezone

from casepages.models import CasePage, Condition

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="case-card__title"><a href="[^"]+">([^<]+)</a>', html)


def add_cases(case_index, count, condition=None, start=None):
    """Add `count` live cases under the index, one day apart, the last one newest."""
    template = CasePage.objects.filter(locale=case_index.locale).first()
    start = start or timezone.now() - datetime.timedelta(days=400)
    for number in range(count):
        case_index.add_child(
            instance=CasePage(
                title=f"Bulk case {number:03d}",
                slug=f"bulk-case-{number:03d}",
                case_code=f"BULK-{number:03d}",
                summary="A generated case for listing tests.",
                patient_alias="Mr. X",
                gender="male",
                age_at_onset=30,
                nationality="KZ",
                condition=condition or template.condition,
                treatment=template.treatment,
                onset_date=datetime.date(2019, 5, 1),
                treatment_date=datetime.date(2020, 5, 1),
                outcome_summary="Stable.",
                body=[("paragraph", "<p>Generated.</p>")],
                locale=case_index.locale,
                first_published_at=start + datetime.timedelta(days=number),
            )
        )


def test_lists_only_live_cases_of_its_language_newest_first(client, english, chinese):
    html = client.get(english.case_index.url).content.decode()
    titles = listed_titles(html)
    assert titles[0] == english.sle03.title
    assert chinese.sle03.title not in titles
    expected = list(
        CasePage.objects.live().child_of(english.case_index).order_by("-first_published_at").values_list("title", flat=True)
    )
    assert titles == expected

    chinese_titles = listed_titles(client.get(chinese.case_index.url).content.decode())
    assert chinese_titles[0] == chinese.sle03.title
    assert english.sle03.title not in chinese_titles


def test_drafts_are_not_listed(client, english):
    english.sle03.unpublish()
    html = client.get(english.case_index.url).content.decode()
    assert english.sle03.title not in listed_titles(html)
    assert client.get("/en/cases/sle-03/").status_code == 404


def test_filter_by_condition(client, english):
    lupus = english.sle03.condition
    html = client.get(english.case_index.url, {"condition": lupus.slug}).content.decode()
    titles = listed_titles(html)
    assert titles and all(
        CasePage.objects.get(title=title, locale=english.locale).condition_id == lupus.pk for title in titles
    )
    other = Condition.objects.filter(locale=english.locale).exclude(pk=lupus.pk).first()
    other_titles = listed_titles(client.get(english.case_index.url, {"condition": other.slug}).content.decode())
    assert english.sle03.title not in other_titles and other_titles


def test_unknown_filter_or_page_gives_a_normal_page(client, english):
    response = client.get(english.case_index.url, {"condition": "no-such-thing", "page": "abc"})
    assert response.status_code == 200
    assert "No case stories match these filters yet." in response.content.decode()


def test_paginates_twelve_per_page_and_keeps_the_filter(client, english):
    add_cases(english.case_index, 30, condition=english.sle03.condition)
    first = client.get(english.case_index.url, {"condition": english.sle03.condition.slug}).content.decode()
    assert len(listed_titles(first)) == 12
    assert f"?condition={english.sle03.condition.slug}&amp;page=2" in first
    last = client.get(english.case_index.url, {"condition": english.sle03.condition.slug, "page": 99}).content.decode()
    assert 0 < len(listed_titles(last)) <= 12


@pytest.mark.parametrize("count", [5, 60])
def test_queries_per_list_page_do_not_grow_with_the_number_of_cases(
    client, english, count, django_assert_max_num_queries
):
    add_cases(english.case_index, count)
    total = english.case_index.live_cases().count()
    page = 2 if total > 12 else 1
    client.get(english.case_index.url)  # warm the site and locale caches, as a running server has
    with django_assert_max_num_queries(14):
        response = client.get(english.case_index.url, {"page": page})
    assert response.status_code == 200
    assert len(listed_titles(response.content.decode())) == min(12, total - 12 * (page - 1))
