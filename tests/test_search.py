"""Searching case stories in the visitor's language: Chinese words inside Chinese text, English words in English."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from factories import add_case_page

from casepages import search
from casepages.models import CasePage

pytestmark = pytest.mark.django_db


def listed_titles(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in soup.select(".case-card__title a")]


def case_codes(site_pages, titles):
    return {CasePage.objects.get(title=title, locale=site_pages.locale).case_code for title in titles}


def add_chinese_cases(chinese, count, text):
    """`count` live Chinese cases, one a day, whose story contains `text` (or `text(number)`) mid-sentence."""
    start = timezone.now() - datetime.timedelta(days=400)
    for number in range(count):
        story_text = text(number) if callable(text) else text
        add_case_page(
            chinese.case_index,
            title=f"测试病例{number:03d}",
            slug=f"search-case-{number:03d}",
            case_code=f"SRCH-{number:03d}",
            summary="用于搜索测试的病例。",
            patient_alias="X先生",
            outcome_summary="病情稳定。",
            body=[("paragraph", f"<p>患者多年前确诊{story_text}，经治疗后好转。</p>")],
            first_published_at=start + datetime.timedelta(days=number),
        )


# How text and queries are cut into terms


def test_chinese_is_indexed_as_characters_and_pairs_and_other_words_stand_apart():
    assert search.han_index_text(["红斑狼疮"]) == "红 斑 狼 疮 红斑 斑狼 狼疮"
    assert search.han_index_text(["CAR-T细胞"]) == "CAR T 细 胞 细胞"


def test_english_text_adds_nothing_to_the_index():
    assert search.han_index_text(["Systemic lupus erythematosus", "CAR-T cell therapy"]) == ""


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("狼疮", "狼疮"),
        ("红斑狼疮", "红斑 斑狼 狼疮"),
        ("狼", "狼"),
        ("Lupus  Kidneys", "lupus kidneys"),
        ("CAR-T 细胞疗法", "car t 细胞 胞疗 疗法"),
        ('"lupus" AND * OR (kidney):', "lupus and or kidney"),
        ("狼疮狼疮", "狼疮 疮狼"),
        ("？！…", ""),
    ],
)
def test_queries_become_terms_every_database_reads_the_same_way(query, terms):
    assert search.search_terms(query) == terms


# Searching from the case index


@pytest.mark.parametrize("query", ["狼疮", "红斑狼疮", "系统性红斑狼疮", "狼疮性肾炎", "A女士"])
def test_chinese_words_inside_chinese_text_find_the_sle_case(client, chinese, query):
    titles = listed_titles(client.get(chinese.case_index.url, {"q": query}))
    assert chinese.sle03.title in titles


def test_chinese_search_finds_only_stories_that_contain_the_word(client, chinese):
    titles = listed_titles(client.get(chinese.case_index.url, {"q": "狼疮"}))
    assert case_codes(chinese, titles) == {"SLE-03"}
    assert (
        "找到 1 个与“狼疮”相关的病例故事"
        in BeautifulSoup(client.get(chinese.case_index.url, {"q": "狼疮"}).content, "html.parser").get_text()
    )


@pytest.mark.parametrize(("query", "expected"), [("lupus", {"SLE-03"}), ("Lupus kidneys", {"SLE-03"})])
def test_english_words_find_english_stories(client, english, query, expected):
    titles = listed_titles(client.get(english.case_index.url, {"q": query}))
    assert case_codes(english, titles) == expected


def test_search_stays_in_the_visitors_language(client, english, chinese):
    assert listed_titles(client.get(english.case_index.url, {"q": "狼疮"})) == []
    assert listed_titles(client.get(chinese.case_index.url, {"q": "lupus"})) == []
    english_titles = listed_titles(client.get(english.case_index.url, {"q": "CAR-T"}))
    chinese_titles = listed_titles(client.get(chinese.case_index.url, {"q": "CAR-T"}))
    assert english_titles and chinese_titles
    assert not set(english_titles) & set(chinese_titles)
    assert case_codes(english, english_titles) == case_codes(chinese, chinese_titles)


def test_search_does_not_list_drafts(client, chinese):
    chinese.sle03.unpublish()
    assert listed_titles(client.get(chinese.case_index.url, {"q": "狼疮"})) == []


def test_a_newly_published_story_is_found(client, chinese):
    add_chinese_cases(chinese, 1, "视神经脊髓炎")
    titles = listed_titles(client.get(chinese.case_index.url, {"q": "脊髓炎"}))
    assert titles == ["测试病例000"]


def test_search_combines_with_the_filters_and_counts_within_the_results(client, english):
    lupus = english.sle03.condition
    response = client.get(english.case_index.url, {"q": "CAR-T", "condition": lupus.slug})
    assert case_codes(english, listed_titles(response)) == {"SLE-03"}

    soup = BeautifulSoup(client.get(english.case_index.url, {"q": "CAR-T"}).content, "html.parser")
    car_t_cases = CasePage.objects.live().filter(locale=english.locale, treatment=english.sle03.treatment)
    options = [option.get_text() for option in soup.select("#filter-treatment option[value]") if option["value"]]
    assert options == [f"{english.sle03.treatment.name} ({car_t_cases.count()})"]
    assert soup.select_one("#filter-q")["value"] == "CAR-T"


def test_nothing_found_says_so_in_the_visitors_language(client, chinese):
    response = client.get(chinese.case_index.url, {"q": "不存在的疾病名称"})
    assert listed_titles(response) == []
    assert "暂无符合此搜索的病例故事" in response.content.decode()


@pytest.mark.parametrize("query", ['"', "*", "AND", "狼疮 OR", "a:b", "'); DROP TABLE", "　", "x" * 500])
def test_any_typed_text_gives_a_normal_page(client, chinese, query):
    assert client.get(chinese.case_index.url, {"q": query}).status_code == 200


def test_results_are_paginated_and_keep_the_search(client, chinese):
    add_chinese_cases(chinese, 30, "系统性红斑狼疮")
    first = client.get(chinese.case_index.url, {"q": "狼疮"})
    assert len(listed_titles(first)) == 12
    html = first.content.decode()
    next_link = re.search(r'<a rel="next" href="([^"]+)"', html)[1].replace("&amp;", "&")
    assert "q=%E7%8B%BC%E7%96%AE" in next_link
    third = client.get(chinese.case_index.url + next_link.replace("page=2", "page=3"))
    assert len(listed_titles(third)) == 31 - 24


@pytest.mark.parametrize("filtered", [False, True])
def test_results_keep_the_order_of_relevance_across_pages(client, chinese, filtered):
    # Older stories name the disease more often, so the most relevant are not the newest.
    add_chinese_cases(chinese, 30, lambda number: "系统性红斑狼疮，反复出现狼疮肾炎" * (3 if number < 10 else 1))
    params = {"q": "狼疮"}
    ranked_ids = search.matching_ids(chinese.case_index.live_cases(), "狼疮")
    cases = CasePage.objects.in_bulk(ranked_ids)
    ranked = [cases[pk] for pk in ranked_ids]
    if filtered:
        params["treatment"] = chinese.sle03.treatment.slug
        ranked = [case for case in ranked if case.treatment_id == chinese.sle03.treatment_id]
    expected = [case.title for case in ranked]
    newest_first = [case.title for case in sorted(ranked, key=lambda case: case.first_published_at, reverse=True)]
    assert expected[:12] != newest_first[:12], "the test needs relevance and recency to disagree"

    listed = []
    for page in (1, 2, 3):
        listed += listed_titles(client.get(chinese.case_index.url, {**params, "page": page}))
    assert len(listed) == len(expected) > 12
    assert listed == expected


@pytest.mark.parametrize("count", [5, 80])
def test_queries_per_results_page_do_not_grow_with_the_number_of_matches(
    client, chinese, count, django_assert_max_num_queries
):
    add_chinese_cases(chinese, count, "红斑狼疮")
    client.get(chinese.case_index.url)  # warm the site and locale caches, as a running server has
    # 14: one of them finds the pages behind a password or sign-in, which are never listed.
    with django_assert_max_num_queries(14):
        response = client.get(chinese.case_index.url, {"q": "狼疮", "page": 2 if count > 12 else 1})
    assert len(listed_titles(response)) == (12 if count > 12 else count + 1)


def test_the_home_page_searches_the_case_index_of_its_language(client, chinese):
    soup = BeautifulSoup(client.get(chinese.home.url).content, "html.parser")
    form = soup.select_one('form[role="search"]')
    assert form["action"] == chinese.case_index.url
    field = form.select_one('input[type="search"]')
    assert soup.select_one(f'label[for="{field["id"]}"]').get_text() == "搜索病例故事"

    titles = listed_titles(client.get(form["action"], {field["name"]: "狼疮"}))
    assert titles == [chinese.sle03.title]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite searches through its own full-text table")
def test_on_postgresql_what_search_matches_is_indexed(english):
    """Wagtail matches `title || body`; casepages' migration 0002 indexes that expression."""
    results = english.case_index.live_cases().only("pk").search("lupus", order_by_relevance=True)[:10]
    with CaptureQueriesContext(connection) as queries:
        list(results)
    matched = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert matched in queries.captured_queries[-1]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test database is too small to need an index
        cursor.execute(f"EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE {matched} to_tsquery('lupus')")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "casepages_search_title_body_gin" in plan, plan
