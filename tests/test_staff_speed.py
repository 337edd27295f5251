"""What was made faster for staff still says the same: the dashboard's waiting list, the status report's pages.

Query counts are in tests/test_staff_queries.py and timings in bench/staff.py; here each shortcut is
compared with the long way it replaces.
"""

import datetime

import pytest
from factories import add_case_page
from publishing import publish_change
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from bench.casegen import case_code, generate_cases
from casepages.models import CasePage
from casepages.translation.dashboard import WAITING_STATES, keys_that_may_wait, waiting_translations
from casepages.translation.status import LIVE, translation_status

pytestmark = pytest.mark.django_db


def generated(locale, number):
    return CasePage.objects.get(locale=locale, case_code=case_code(number))


@pytest.fixture
def every_waiting_state(english, chinese):
    """Generated cases in each state a translator acts on, beside live and current ones."""
    generate_cases(8, search_index=False)
    # 1: one segment of the live translation lost its Chinese text.
    source = TranslationSource.objects.get(object_id=generated(english.locale, 1).translation_key)
    segment = StringSegment.objects.filter(source=source).order_by("order").last()
    StringTranslation.objects.filter(
        translation_of=segment.string, context=segment.context, locale=chinese.locale
    ).delete()
    # 2: the translation has unpublished changes.
    CasePage.objects.filter(pk=generated(chinese.locale, 2).pk).update(has_unpublished_changes=True)
    # 3: the English page changed after the translation was made from it.
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
    CasePage.objects.filter(pk=generated(english.locale, 3).pk).update(latest_revision_created_at=later)
    # 4: synced after the translation was last published.
    CasePage.objects.filter(pk=generated(chinese.locale, 4).pk).update(
        last_published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    # 5: a draft translation, not live.
    CasePage.objects.filter(pk=generated(chinese.locale, 5).pk).update(live=False)
    # An English story with no translation at all.
    publish_change(add_case_page(english.case_index, slug="untranslated", case_code="UNT-01"))


def test_the_dashboard_lists_what_the_whole_report_says_waits(every_waiting_state, english, chinese, demo_users):
    full = translation_status(["zh-hans"])
    waiting = sorted(
        (
            (row.source_object.pk, code, status.state)
            for row in full.rows
            for code, status in row.states.items()
            if status.state in WAITING_STATES
        ),
        key=lambda item: WAITING_STATES.index(item[2]),
    )
    assert {state for _pk, _code, state in waiting} >= {"missing", "out_of_date", "in_progress"}
    assert len(waiting) == 6
    listed = [(source.pk, code, status.state) for source, code, status in waiting_translations(demo_users["translator"])]
    assert listed == waiting
    # The shortcut asks about a few stories only, never about the live and current ones.
    keys = keys_that_may_wait(english.locale, chinese.locale)
    for number in (6, 7, 8):
        assert generated(english.locale, number).translation_key not in keys
    restricted = translation_status(["zh-hans"], keys=keys)
    assert len(restricted.rows) < len(full.rows)
    states = {row.source_object.pk: row.states["zh-hans"].state for row in full.rows}
    assert {states[row.source_object.pk] for row in full.rows if row.source_object.translation_key not in keys} == {
        LIVE
    }


def test_the_status_report_shows_a_hundred_rows_a_page_and_filters_by_state(client_for, english, chinese):
    generate_cases(120, translation_memory=True, search_index=False)
    CasePage.objects.filter(pk=generated(chinese.locale, 120).pk).update(live=False)
    reviewer = client_for("reviewer")
    first = reviewer.get("/admin/casepages/translations/status/").content.decode()
    assert first.count('<td data-state="') == 100
    assert "Page 1 of 2" in first
    second = reviewer.get("/admin/casepages/translations/status/?p=2").content.decode()
    assert 0 < second.count('<td data-state="') < 100
    only = reviewer.get("/admin/casepages/translations/status/?state=in_progress").content.decode()
    assert only.count('<td data-state="in_progress"') == 1
    assert generated(english.locale, 120).title in only
    assert "Show every state" in only
