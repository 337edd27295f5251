"""What was made faster for staff still says the same: the dashboard's waiting list, the status report's pages.

Query counts are in tests/test_staff_queries.py and timings in bench/staff.py; here each shortcut is
compared with the long way it replaces.
"""

import datetime

import polib
import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from factories import add_case_page
from publishing import publish_change
from wagtail.models import PageViewRestriction
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    TranslationContext,
    TranslationSource,
)

from bench import staffgen
from bench.casegen import case_code, generate_cases
from casepages.models import CasePage
from casepages.translation import dashboard, machine, po, segments
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


def test_the_dashboard_lists_what_the_whole_report_says_waits(
    every_waiting_state, english, chinese, demo_users, monkeypatch
):
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
    listed = [
        (source.pk, code, status.state) for source, code, status in waiting_translations(demo_users["translator"])
    ]
    assert listed == waiting
    # With more candidates than are worth asking about one by one, the whole report says the same.
    monkeypatch.setattr(dashboard, "MAX_KEYS_ASKED", 0)
    assert [
        (source.pk, code, status.state) for source, code, status in waiting_translations(demo_users["translator"])
    ] == waiting
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


# Reading a source into segments in batches ------------------------------------------------------


def segment_rows(source):
    """Every segment of a source as what it is and where (no row ids), and each context's field path."""
    rows = set()
    for model, target in (
        (StringSegment, lambda segment: (segment.string.data, segment.string.locale_id, segment.attrs)),
        (TemplateSegment, lambda segment: (segment.template.template, segment.template.uuid)),
        (RelatedObjectSegment, lambda segment: segment.object_id),
        (OverridableSegment, lambda segment: segment.data_json),
    ):
        for segment in model.objects.filter(source=source).select_related("context"):
            rows.add((model.__name__, segment.context.path, segment.context.field_path, segment.order, target(segment)))
    return rows


def segment_ids(source):
    return {
        (type(segment).__name__, segment.pk)
        for model in (StringSegment, TemplateSegment, RelatedObjectSegment, OverridableSegment)
        for segment in model.objects.filter(source=source)
    }


def test_segments_read_in_batches_are_the_rows_wagtail_localize_makes(english, chinese):
    page = english.sle03
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=english.locale)
    before = segment_ids(source)
    body = list(page.body.raw_data)
    body[0] = {
        **body[0],
        "value": '<p>A new first paragraph. <b>Bold</b> and <a href="https://example.org">a link</a>.</p>',
    }
    body.append({"type": "patient_quote", "value": {"quote": "A new quote.", "speaker_role": "Patient"}})
    page.body = body
    page.summary = "A changed summary."
    publish_change(page)

    with transaction.atomic():
        TranslationSource.objects.get(pk=source.pk).update_from_db()
        theirs = segment_rows(source)
        transaction.set_rollback(True)
    # The contexts wagtail-localize made, and their field paths, are gone again with its rows.
    assert TranslationContext.objects.filter(path__startswith="body.").exclude(field_path="").count() > 0

    with CaptureQueriesContext(connection) as queries:
        segments.update_from_db(TranslationSource.objects.get(pk=source.pk))
    ours = segment_rows(source)
    assert ours == theirs
    assert len(queries) <= 50  # wagtail-localize's own: 3 to 5 a segment
    kept = segment_ids(source) & before
    assert kept  # segments unchanged in text and place keep their rows (most moved: the first paragraph grew)
    # Nothing new the second time: every row is kept.
    after = segment_ids(source)
    segments.update_from_db(TranslationSource.objects.get(pk=source.pk))
    assert segment_ids(source) == after


def test_sync_of_a_long_story_stays_within_its_budget(
    client_for, english, chinese, demo_users, django_assert_max_num_queries
):
    story = staffgen.add_long_story(english.case_index)
    translation = staffgen.start_translation(story, chinese.locale, demo_users["translator"])
    story.body = list(story.body.raw_data)[:-1]
    publish_change(story, summary=story.summary + staffgen.EDIT_SUFFIX["en"])
    with django_assert_max_num_queries(150):
        response = client_for("translator").post(f"/admin/localize/update/{translation.source_id}/", {})
    assert response.status_code == 302
    contexts = StringSegment.objects.filter(source=translation.source).values("context__path")
    assert {"summary"} <= {row["context__path"] for row in contexts}
    chinese_story = translation.get_target_instance()
    assert not chinese_story.live  # a draft translation stays a draft: nothing published


# Translations stored in batches ----------------------------------------------------------------


def stored_translations(translation):
    """What the translation holds: every translated segment, how and by what, and the page's draft title."""
    rows = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("translation_of__data", "context__path", "data", "translation_type", "tool_name")
    )
    return rows, CasePage.objects.get(pk=translation.get_target_instance().pk).draft_title


@pytest.fixture
def started_translation(english, chinese, demo_users):
    story = staffgen.add_long_story(english.case_index)
    return staffgen.start_translation(story, chinese.locale, demo_users["translator"])


def test_a_po_file_imported_in_batches_stores_what_wagtail_localize_stores(started_translation, demo_users):
    translation = started_translation
    parsed = polib.pofile(po.export_po(translation))
    texts = staffgen.chinese_texts(translation)
    for entry in parsed:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    parsed[3].msgstr = ""  # left blank: not imported
    repeated = polib.POEntry(msgid=parsed[5].msgid, msgctxt=parsed[5].msgctxt, msgstr="后来的译文")
    parsed.append(repeated)  # a later entry for the same segment wins
    # One already translated the same way (kept as it is) and one differently (replaced).
    segments.store_translations(
        translation.target_locale,
        {
            (
                String.objects.get(data=parsed[1].msgid),
                TranslationContext.objects.get(path=parsed[1].msgctxt, object_id=translation.source.object_id),
            ): parsed[1].msgstr,
            (
                String.objects.get(data=parsed[2].msgid),
                TranslationContext.objects.get(path=parsed[2].msgctxt, object_id=translation.source.object_id),
            ): "旧的",
        },
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        tool_name="Earlier",
    )
    with transaction.atomic():
        translation.import_po(parsed, user=demo_users["translator"], tool_name="PO file")
        theirs = stored_translations(translation)
        transaction.set_rollback(True)
    po.import_po(translation, str(parsed).encode(), user=demo_users["translator"])
    assert stored_translations(translation) == theirs
    assert "后来的译文" in {row[2] for row in theirs[0]}
    assert theirs[1] != translation.source.object_repr  # the title's translation is the draft title


def test_a_machine_draft_stored_in_batches_is_what_wagtail_localize_stores(started_translation, demo_users):
    from libretranslate_server import LibreTranslateServer
    from wagtail_localize.machine_translators.libretranslate import LibreTranslator
    from wagtail_localize.views.edit_translation import apply_machine_translation as theirs_apply

    translation = started_translation
    staffgen.fill_translation(translation)
    StringTranslation.objects.filter(locale=translation.target_locale, context__path__in=["title", "summary"]).delete()
    with LibreTranslateServer() as server:
        translator = LibreTranslator({"LIBRETRANSLATE_URL": server.url, "API_KEY": "", "TIMEOUT": 5})
        with transaction.atomic():
            assert theirs_apply(translation.pk, demo_users["translator"], translator)
            theirs = stored_translations(translation)
            transaction.set_rollback(True)
        assert machine.apply_machine_translation(translation.pk, demo_users["translator"], translator)
        assert not machine.apply_machine_translation(translation.pk, demo_users["translator"], translator)
    assert stored_translations(translation) == theirs


# The explorer's translation buttons ------------------------------------------------------------


def test_the_explorer_offers_translate_and_sync_as_wagtail_localize_does(client_for, english, chinese):
    untranslated = add_case_page(english.case_index, slug="untranslated", case_code="UNT-01")
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    html = client_for("editor").get(f"/admin/pages/{english.case_index.pk}/").content.decode()
    assert f"/admin/localize/submit/page/{untranslated.pk}/" in html
    assert f"/admin/localize/submit/page/{english.sle03.pk}/" not in html  # translated into every language
    assert f"/admin/localize/update/{source.pk}/?next=" in html
    # The page header keeps wagtail-localize's own buttons.
    header = client_for("editor").get(f"/admin/pages/{english.sle03.pk}/edit/").content.decode()
    assert f"/admin/localize/update/{source.pk}/" in header


# Syncing everything at once --------------------------------------------------------------------


def test_the_bulk_sync_reads_every_source_again_and_marks_only_what_changed(english, chinese, capsys):
    generate_cases(6, search_index=False)
    changed = generated(english.locale, 2)
    publish_change(changed, summary="A summary changed after the translation was made.")
    restricted = generated(english.locale, 3)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    source = TranslationSource.objects.get(object_id=changed.translation_key, locale=english.locale)
    with transaction.atomic():
        TranslationSource.objects.get(pk=source.pk).update_from_db()
        theirs = segment_rows(source)
        transaction.set_rollback(True)
    read_before = dict(TranslationSource.objects.values_list("pk", "last_updated_at"))
    live_before = dict(CasePage.objects.filter(locale=chinese.locale).values_list("pk", "live_revision_id"))

    call_command("sync_translations")
    out, err = capsys.readouterr()
    assert "Syncing [##############################]" in err
    assert "1 changed" in out and "Nothing was published." in out

    assert segment_rows(source) == theirs
    read_after = dict(TranslationSource.objects.values_list("pk", "last_updated_at"))
    assert [pk for pk in read_after if read_after[pk] != read_before[pk]] == [source.pk]
    assert dict(CasePage.objects.filter(locale=chinese.locale).values_list("pk", "live_revision_id")) == live_before
    states = {row.source_object.pk: row.states["zh-hans"].state for row in translation_status(["zh-hans"]).rows}
    assert states[changed.pk] == "out_of_date"
    assert {states[generated(english.locale, number).pk] for number in (1, 3, 4, 5, 6)} == {LIVE}
    assert generated(chinese.locale, 3).view_restrictions.filter(restriction_type=PageViewRestriction.LOGIN).exists()

    # Run again: nothing changed this time.
    call_command("sync_translations", "--no-progress")
    assert "0 changed" in capsys.readouterr().out


# The reviewers' dashboard ----------------------------------------------------------------------


def test_cases_due_for_review_are_the_longest_unreviewed_first(english, chinese, demo_users, settings):
    from django.utils import timezone

    from casepages.workflow.dashboard import cases_due_for_review
    from casepages.workflow.models import MedicalReview

    settings.CASEPAGES_REVIEW_MAX_AGE_DAYS = 365
    generate_cases(3, search_index=False)

    def reviewed(page, days_ago):
        review = MedicalReview.objects.create(page=page, reviewer=demo_users["reviewer"], reviewer_name="R")
        MedicalReview.objects.filter(pk=review.pk).update(
            reviewed_at=timezone.now() - datetime.timedelta(days=days_ago)
        )

    reviewed(generated(english.locale, 1), 400)
    reviewed(generated(english.locale, 1), 500)  # its newest review counts
    reviewed(generated(english.locale, 2), 800)
    reviewed(generated(chinese.locale, 3), 10)  # recent: not due
    due = cases_due_for_review(limit=50)
    assert [page.pk for page in due[:2]] == [generated(english.locale, 2).pk, generated(english.locale, 1).pk]
    assert due[1].last_reviewed_at.date() == (timezone.now() - datetime.timedelta(days=400)).date()
    never = [page.pk for page in due[2:]]
    assert never == sorted(never) and all(page.last_reviewed_at is None for page in due[2:])
    assert generated(chinese.locale, 3).pk not in never and generated(english.locale, 3).pk in never
    live_cases = CasePage.objects.live().count()
    assert len(cases_due_for_review(limit=500)) == live_cases - 1  # every live case but the recent one
    assert len(cases_due_for_review(limit=5)) == 5


def test_case_stories_answer_delete_and_move_as_wagtail_does(english, chinese, demo_users):
    from wagtail.models import PagePermissionTester

    draft = add_case_page(english.case_index, slug="draft-story", case_code="DRF-01", live=False)
    for page in (english.sle03, chinese.sle03, draft):
        for user in demo_users.values():
            ours, wagtails = page.permissions_for_user(user), PagePermissionTester(user, page)
            assert type(ours) is not PagePermissionTester
            assert (ours.can_delete(), ours.can_move()) == (wagtails.can_delete(), wagtails.can_move()), (page, user)
    # The explorer's rows are case stories read by the listing: the answer costs no query.
    listed = CasePage.objects.get(pk=english.sle03.pk)
    tester = listed.permissions_for_user(demo_users["editor"])
    with CaptureQueriesContext(connection) as queries:
        tester.can_delete()
        tester.can_move()
    assert len(queries) == 0


# PostgreSQL's JIT --------------------------------------------------------------------------------


@pytest.mark.parametrize(("jit", "options"), [("off", "-c jit=off"), ("on", None)])
def test_production_connections_turn_postgresqls_jit_off_unless_asked(jit, options):
    from test_settings import PRODUCTION, manage

    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS'].get('options'))",
        **{**PRODUCTION, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/casepages", "DATABASE_JIT": jit},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(options)
