"""The case index: live cases of its own language, newest first, filterable, paginated in bounded queries."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from publishing import as_fixture
from wagtail.models import PageViewRestriction

from casepages.models import CasePage, Condition, Treatment

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="case-card__title"><a href="[^"]+">([^<]+)</a>', html)


def add_cases(case_index, count, condition=None, start=None):
    """Add `count` live cases under the index, one day apart, the last one newest."""
    template = CasePage.objects.filter(locale=case_index.locale).first()
    start = start or timezone.now() - datetime.timedelta(days=400)
    for number in range(count):
        with as_fixture():
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
        CasePage.objects.live()
        .child_of(english.case_index)
        .order_by("-first_published_at")
        .values_list("title", flat=True)
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
    # 12: one of them finds the pages behind a password or sign-in, which are never listed.
    with django_assert_max_num_queries(12):
        response = client.get(english.case_index.url, {"page": page})
    assert response.status_code == 200
    assert len(listed_titles(response.content.decode())) == min(12, total - 12 * (page - 1))


def option_texts(html, select_id):
    soup = BeautifulSoup(html, "html.parser")
    return {
        option["value"]: (option.get_text(), option.has_attr("selected"))
        for option in soup.select(f"#{select_id} option")
        if option["value"]
    }


def test_filter_by_treatment(client, english):
    car_t = english.sle03.treatment
    titles = listed_titles(client.get(english.case_index.url, {"treatment": car_t.slug}).content.decode())
    expected = CasePage.objects.live().filter(locale=english.locale, treatment=car_t)
    assert sorted(titles) == sorted(expected.values_list("title", flat=True))
    assert len(titles) >= 2


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_condition_and_treatment_combine(client, request, language):
    site_pages = request.getfixturevalue(language)
    case = site_pages.sle03
    add_cases(site_pages.case_index, 3, condition=case.condition)  # same condition, same treatment as SLE-03
    other_treatment = Treatment.objects.filter(locale=site_pages.locale).exclude(pk=case.treatment_id).first()
    CasePage.objects.filter(slug="bulk-case-000", locale=site_pages.locale).update(treatment=other_treatment)

    html = client.get(
        site_pages.case_index.url, {"condition": case.condition.slug, "treatment": case.treatment.slug}
    ).content.decode()

    titles = listed_titles(html)
    assert sorted(titles) == sorted([case.title, "Bulk case 001", "Bulk case 002"])
    # Each option counts what choosing it would show together with the other filter, in the URL's state.
    conditions = option_texts(html, "filter-condition")
    assert conditions[case.condition.slug] == (f"{case.condition.name} (3)", True)
    treatments = option_texts(html, "filter-treatment")
    assert treatments[case.treatment.slug] == (f"{case.treatment.name} (3)", True)
    assert treatments[other_treatment.slug] == (f"{other_treatment.name} (1)", False)


def test_counts_without_filters_add_up_to_every_live_case(client, chinese):
    html = client.get(chinese.case_index.url).content.decode()
    live = CasePage.objects.live().child_of(chinese.case_index)
    for select_id, field in (("filter-condition", "condition"), ("filter-treatment", "treatment")):
        counts = [int(re.search(r"\((\d+)\)$", text)[1]) for text, _selected in option_texts(html, select_id).values()]
        assert sum(counts) == live.count(), field
    assert f"共 {live.count()} 个病例故事" in html


def test_a_combination_with_no_cases_keeps_both_choices_visible(client, english):
    case = english.sle03
    other_treatment = Treatment.objects.filter(locale=english.locale).exclude(pk=case.treatment_id)
    unused = next(
        treatment
        for treatment in other_treatment
        if not CasePage.objects.live().filter(condition=case.condition, treatment=treatment).exists()
    )
    html = client.get(
        english.case_index.url, {"condition": case.condition.slug, "treatment": unused.slug}
    ).content.decode()
    assert listed_titles(html) == []
    assert "No case stories match these filters yet." in html
    assert option_texts(html, "filter-treatment")[unused.slug] == (f"{unused.name} (0)", True)
    assert option_texts(html, "filter-condition")[case.condition.slug][1] is True


def test_the_filters_live_in_the_url_for_sharing(client, english):
    case = english.sle03
    html = client.get(english.case_index.url).content.decode()
    form = BeautifulSoup(html, "html.parser").select_one("form.case-filter")
    assert form["method"] == "get" and form["action"] == english.case_index.url
    assert {field["name"] for field in form.select("select, input")} == {"q", "condition", "treatment"}

    shared = f"{english.case_index.url}?condition={case.condition.slug}&treatment={case.treatment.slug}"
    assert case.title in listed_titles(client.get(shared).content.decode())


@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_restricted_case_is_listed_nowhere_in_public(client, english, restriction):
    # The English SLE-03 story behind a password (or a staff sign-in): its title and summary stay behind it too.
    PageViewRestriction.objects.create(page=english.sle03, restriction_type=restriction, password="s3cret")
    title, summary = english.sle03.title, english.sle03.summary[:60]
    for url in [english.case_index.url, english.home.url, english.case_index.url + "?q=lupus"]:
        html = client.get(url).content.decode()
        assert title not in html and summary not in html, url
        assert english.sle03.url not in html, url
    # The other stories are still listed, and the page itself still asks for its password.
    assert listed_titles(client.get(english.case_index.url).content.decode())
    assert client.get(english.sle03.url).status_code in (200, 302)
