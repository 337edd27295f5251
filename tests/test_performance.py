"""Public pages cost the same number of queries with 50 cases as with 1,000.

The cases are made by the benchmarks' generator (bench/casegen.py): English pages and their live
Chinese translations, inserted in batches so that a thousand of each take seconds. Every page is
made afresh (the page cache is off), after one request that warms what a running server keeps
warm (the site's root paths). Timings are measured in bench/, never here.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    StringSegment,
    TemplateSegment,
    TranslationSource,
)

from bench.casegen import case_code, generate_cases
from casepages.models import CasePage
from casepages.translation.status import LIVE, translation_status

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_public_pages_do_not_cost_more_queries_with_more_cases(
    client, english, chinese, settings, django_assert_max_num_queries
):
    settings.CASEPAGES_PAGE_CACHE = False
    generate_cases(50, revisions=False, translation_memory=False, search_index=False)
    generated = {page.locale_id: page for page in CasePage.objects.filter(case_code=case_code(7))}
    lupus = english.sle03.condition.slug
    pages = {
        "English case page": english.sle03.url,
        "Chinese case page": chinese.sle03.url,
        "English generated case page": generated[english.locale.pk].url,
        "Chinese generated case page": generated[chinese.locale.pk].url,
        "English index": english.case_index.url,
        "Chinese index": chinese.case_index.url,
        "English index, filtered": f"{english.case_index.url}?condition={lupus}",
        "English index, page 4": f"{english.case_index.url}?page=4",
        "Chinese index, page 4": f"{chinese.case_index.url}?page=4",
        "English home": english.home.url,
    }
    client.get(english.home.url)
    client.get(chinese.home.url)
    with_50 = {name: count_queries(client, url) for name, url in pages.items()}

    generate_cases(1000, revisions=False, translation_memory=False, search_index=False)
    assert CasePage.objects.filter(locale=english.locale, case_code__startswith="GEN-").count() == 1000
    assert CasePage.objects.filter(locale=chinese.locale, case_code__startswith="GEN-").count() == 1000
    # Page 50 exists only now; it must cost no more than page 4 did with 50 cases.
    pages["English index, page 50"] = f"{english.case_index.url}?page=50"
    with_50["English index, page 50"] = with_50["English index, page 4"]
    for name, url in pages.items():
        with django_assert_max_num_queries(with_50[name]):
            response = client.get(url)
        assert response.status_code == 200, name


def test_generated_cases_are_live_translations_of_each_other(client, english, chinese):
    generate_cases(3, search_index=False)
    for number in (1, 2, 3):
        source = CasePage.objects.get(locale=english.locale, case_code=case_code(number))
        translation = CasePage.objects.get(locale=chinese.locale, case_code=case_code(number))
        assert translation.translation_key == source.translation_key
        assert source.live and translation.live
        assert translation.get_parent().pk == chinese.case_index.pk
        english_html = client.get(source.url).content.decode()
        chinese_html = client.get(translation.url).content.decode()
        assert source.title in english_html and translation.title in chinese_html
        assert translation.url in english_html  # the language switcher links the translation
        assert "生成病例" in translation.title
    # Topping up adds only what is missing.
    assert generate_cases(3, search_index=False) == 0
    assert generate_cases(4, search_index=False) == 1


def segment_rows(source):
    """Every segment row of a translation source, with what it points at."""
    rows = set()
    for model, target in (
        (StringSegment, "string_id"),
        (TemplateSegment, "template_id"),
        (RelatedObjectSegment, "object_id"),
        (OverridableSegment, "data_json"),
    ):
        rows |= {
            (model.__name__, segment.pk, segment.context.path, segment.order, getattr(segment, target))
            for segment in model.objects.filter(source=source).select_related("context")
        }
    return rows


def test_generated_translation_memory_is_what_wagtail_localize_would_make(english, chinese):
    generate_cases(2, search_index=False)
    for number in (1, 2):
        page = CasePage.objects.get(locale=english.locale, case_code=case_code(number))
        source = TranslationSource.objects.get(object_id=page.translation_key, locale=english.locale)
        before = segment_rows(source)
        assert len(before) > 10
        # wagtail-localize's own refresh finds every row it would have made, and adds none.
        source.refresh_segments()
        assert segment_rows(source) == before

    report = translation_status()
    states = {row.source_object.pk: row.states["zh-hans"].state for row in report.rows}
    for number in (1, 2):
        page = CasePage.objects.get(locale=english.locale, case_code=case_code(number))
        assert states[page.pk] == LIVE
