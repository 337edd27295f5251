"""Translating a case: machine draft, PO files, review before publishing, out-of-date marking, status."""

import json
import re

import polib
import pytest
from deepl_server import AUTH_KEY as DEEPL_KEY
from deepl_server import DeepLServer
from django.core.management import call_command
from factories import add_case_page
from libretranslate_server import MACHINE_PREFIX, LibreTranslateServer
from publishing import as_fixture, publish_change
from wagtail.models import TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from casepages.checks import GlossaryEntry
from casepages.models import CasePage, GlossaryTerm
from casepages.translation import po
from casepages.translation.deepl import GlossaryDeepLTranslator, glossary_tsv
from casepages.translation.status import translation_status
from casepages.workflow.page_checks import glossary_entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def machine_translator(settings):
    with LibreTranslateServer() as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {"LIBRETRANSLATE_URL": server.url, "API_KEY": "test-key", "TIMEOUT": 5},
        }
        yield server


@pytest.fixture
def new_english_case(english):
    """A published English case that has no Chinese translation yet."""
    page = add_case_page(
        english.case_index,
        title="Lupus nephritis in a student",
        slug="ln-student",
        case_code="LN-01",
        summary="A second lupus story, not yet translated.",
        patient_alias="Ms. L",
        outcome_summary="Her kidneys recovered.",
        body=[("paragraph", "<p>She noticed swollen ankles during exams.</p>")],
    )
    publish_change(page)
    return page


# What a translator writes for the new case, correcting the machine draft.
HUMAN_CHINESE = {
    "Lupus nephritis in a student": "一名学生的狼疮性肾炎",
    "ln-student": "ln-student",
    "A second lupus story, not yet translated.": "第二个狼疮病例故事。",
    "Ms. L": "L女士",
    "Her kidneys recovered.": "她的肾功能已经恢复。",
    "She noticed swollen ankles during exams.": "她在考试期间发现脚踝肿胀。",
    "An updated summary of the SLE-03 story.": "SLE-03病例故事的最新摘要。",
}


def correct_machine_draft(client, translation):
    """The translator replaces every machine-made segment with their own Chinese, through a PO file."""
    parsed = polib.pofile(client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode())
    for entry in parsed:
        if not entry.msgstr or entry.msgstr.startswith(MACHINE_PREFIX):
            entry.msgstr = HUMAN_CHINESE[entry.msgid]
    upload(client, translation, str(parsed).encode())


def translate_this_page(client, page, locale):
    return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})


def translation_of(page, locale):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def approve(client, page):
    task_state = TaskState.objects.get(
        workflow_state__in=WorkflowState.objects.for_instance(page).active(), status="in_progress"
    )
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Checked."})


def test_translate_machine_draft_review_and_publish(client, client_for, new_english_case, chinese, machine_translator):
    translator = client_for("translator")
    response = translate_this_page(translator, new_english_case, chinese.locale)
    assert response.status_code == 302

    draft = CasePage.objects.get(translation_key=new_english_case.translation_key, locale=chinese.locale)
    assert not draft.live, "a translation must not go live because its source is live"
    assert machine_translator.requests, "the machine translator was asked for a draft"
    assert machine_translator.requests[0]["target"] == "zh"
    translation = translation_of(new_english_case, chinese.locale)
    machine_strings = StringTranslation.objects.filter(locale=chinese.locale, translation_type="machine")
    assert machine_strings.filter(data=MACHINE_PREFIX + "Lupus nephritis in a student").exists()
    assert translation_status().as_json()["counts"]["zh-hans"]["machine_draft"] >= 1

    correct_machine_draft(translator, translation)
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/submit/")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.workflow_in_progress and not draft.live

    approve(client_for("reviewer"), draft)
    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "一名学生的狼疮性肾炎"
    assert client.get(draft.url).status_code == 200


def test_translator_cannot_publish_from_the_translation_editor(client_for, new_english_case, chinese):
    translator = client_for("translator")
    translate_this_page(translator, new_english_case, chinese.locale)
    draft = CasePage.objects.get(translation_key=new_english_case.translation_key, locale=chinese.locale)
    response = translator.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"}, follow=True)
    assert "published by approving their review" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live


def test_sync_does_not_publish_for_a_translator(client_for, english, chinese):
    english.sle03.title = "Systemic lupus erythematosus – case 03, revised"
    publish_change(english.sle03)
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    before = chinese.sle03.live_revision_id
    client_for("translator").post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    chinese.sle03.refresh_from_db()
    assert chinese.sle03.live_revision_id == before
    source.refresh_from_db()
    assert "revised" in source.export_po().__str__()


def test_out_of_date_until_synced_translated_and_approved(client_for, english, chinese, machine_translator):
    def zh_state():
        row = next(r for r in translation_status().rows if r.source_object.pk == english.sle03.pk)
        return row.states["zh-hans"]

    assert zh_state().state == "live"
    english.sle03.summary = "An updated summary of the SLE-03 story."
    publish_change(english.sle03)
    assert zh_state().state == "out_of_date"
    assert "changed since this translation was made" in zh_state().reason

    translator = client_for("translator")
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    translator.post(f"/admin/localize/update/{source.pk}/", {})
    assert zh_state().state == "out_of_date"
    assert "synced with newer English text" in zh_state().reason

    translation = translation_of(english.sle03, chinese.locale)
    translator.post(f"/admin/casepages/translations/{translation.pk}/machine/")
    correct_machine_draft(translator, translation)
    translator.post(f"/admin/casepages/translations/{translation.pk}/submit/")
    chinese.sle03.refresh_from_db()
    assert zh_state().state == "in_review"
    assert chinese.sle03.live_revision.as_object().summary != "SLE-03病例故事的最新摘要。"

    approve(client_for("reviewer"), chinese.sle03)
    chinese.sle03.refresh_from_db()
    assert chinese.sle03.summary == "SLE-03病例故事的最新摘要。"
    assert zh_state().state == "live"


def test_english_draft_is_reported_as_not_yet_in_sync(english, chinese):
    english.sle03.summary = "A draft change nobody has published."
    english.sle03.save_revision()
    row = next(r for r in translation_status().rows if r.source_object.pk == english.sle03.pk)
    assert row.states["zh-hans"].state == "out_of_date"
    assert "not published yet" in row.states["zh-hans"].reason


def test_machine_translator_down_leaves_the_translation_editable(client_for, new_english_case, chinese, settings):
    with LibreTranslateServer() as server:
        url = server.url
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": url, "API_KEY": "", "TIMEOUT": 2},
    }
    translator = client_for("translator")
    response = translate_this_page(translator, new_english_case, chinese.locale)
    assert response.status_code == 302
    translation = translation_of(new_english_case, chinese.locale)
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/machine/", follow=True)
    assert response.status_code == 200
    assert "could not be reached" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=chinese.locale, translation_type="machine").exists()
    draft = translation.get_target_instance()
    assert translator.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200


def test_machine_translator_error_answer_changes_nothing(client_for, new_english_case, chinese, machine_translator):
    machine_translator.fail_with(500)
    translator = client_for("translator")
    translate_this_page(translator, new_english_case, chinese.locale)
    translation = translation_of(new_english_case, chinese.locale)
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/machine/", follow=True)
    assert "LibreTranslate answered with an error (HTTP 500)" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=chinese.locale, translation_type="machine").exists()


# DeepL, with the glossary -----------------------------------------------------------------------


@pytest.fixture
def deepl(settings):
    with DeepLServer() as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "casepages.translation.deepl.GlossaryDeepLTranslator",
            "OPTIONS": {"AUTH_KEY": DEEPL_KEY, "API_URL": server.url, "TIMEOUT": 5},
        }
        yield server


@pytest.fixture
def lupus_case(english):
    """A published English case whose story names a glossary term, not yet translated."""
    page = add_case_page(
        english.case_index,
        title="A second lupus story",
        slug="sle-second",
        case_code="SLE-09",
        body=[("paragraph", "<p>She was diagnosed with Systemic Lupus Erythematosus at 30.</p>")],
    )
    publish_change(page)
    return page


def machine_draft_of(client, page, locale):
    """Start the translation (which asks the machine) and return the Chinese machine strings it made."""
    translate_this_page(client, page, locale)
    return set(
        StringTranslation.objects.filter(locale=locale, translation_type="machine").values_list("data", flat=True)
    )


def test_deepl_translates_with_the_approved_terms_of_the_glossary(client_for, lupus_case, chinese, deepl):
    drafted = machine_draft_of(client_for("translator"), lupus_case, chinese.locale)
    assert MACHINE_PREFIX + "She was diagnosed with 系统性红斑狼疮 at 30." in drafted

    (glossary,) = deepl.glossaries.values()
    assert (glossary["source_lang"], glossary["target_lang"]) == ("en", "zh")
    expected = {entry.source_term: entry.approved_term for entry in glossary_entries(chinese.locale)}
    assert glossary["entries"] == expected and len(expected) >= 4
    assert deepl.translate_requests[0]["glossary_id"] == [glossary["glossary_id"]]
    assert deepl.translate_requests[0]["target_lang"] == ["ZH"]


def machine_translate_again(client, translation, locale):
    """Throw away the machine strings and ask the machine again for the whole translation."""
    StringTranslation.objects.filter(locale=locale, translation_type="machine").delete()
    return client.post(f"/admin/casepages/translations/{translation.pk}/machine/", follow=True)


def change_approved_lupus_term(chinese, new_term):
    approved = GlossaryTerm.objects.get(locale=chinese.locale, term="系统性红斑狼疮")
    approved.term = new_term
    approved.save()


def test_deepl_glossary_is_made_again_only_when_the_glossary_changes(client_for, english, chinese, lupus_case, deepl):
    translator = client_for("translator")
    deepl.glossaries["kept"] = {"glossary_id": "kept", "name": "another team's glossary", "entries": {"a": "b"}}
    machine_draft_of(translator, lupus_case, chinese.locale)
    first = deepl.created[-1]

    translation = translation_of(lupus_case, chinese.locale)
    machine_translate_again(translator, translation, chinese.locale)
    assert len(deepl.translate_requests) == 2
    assert deepl.translate_requests[1]["glossary_id"] == [first]
    assert deepl.created == [first], "an unchanged glossary is used again, not uploaded again"

    change_approved_lupus_term(chinese, "系统性红斑狼疮（SLE）")
    machine_translate_again(translator, translation, chinese.locale)
    assert len(deepl.created) == 2 and deepl.deleted == [first]
    assert set(deepl.glossaries) == {deepl.created[1], "kept"}
    assert deepl.glossaries[deepl.created[1]]["entries"]["systemic lupus erythematosus"] == "系统性红斑狼疮（SLE）"
    assert deepl.translate_requests[-1]["glossary_id"] == [deepl.created[1]]


def test_deepl_waits_for_a_new_glossary_to_be_ready(client_for, lupus_case, chinese, deepl):
    deepl.make_glossaries_ready_after(2)
    drafted = machine_draft_of(client_for("translator"), lupus_case, chinese.locale)
    assert MACHINE_PREFIX + "She was diagnosed with 系统性红斑狼疮 at 30." in drafted
    assert deepl.readiness_checks == 2


def test_an_old_glossary_deepl_will_not_delete_does_not_stop_the_translation(client_for, lupus_case, chinese, deepl):
    translator = client_for("translator")
    machine_draft_of(translator, lupus_case, chinese.locale)
    change_approved_lupus_term(chinese, "系统性红斑狼疮（SLE）")
    deepl.refuse_deletions()
    machine_translate_again(translator, translation_of(lupus_case, chinese.locale), chinese.locale)
    assert len(deepl.glossaries) == 2, "the old glossary stays until a later translation deletes it"
    assert deepl.translate_requests[-1]["glossary_id"] == [deepl.created[1]]
    drafted = StringTranslation.objects.filter(locale=chinese.locale, translation_type="machine")
    assert drafted.filter(data__contains="系统性红斑狼疮（SLE）").exists()


def test_the_glossary_is_used_only_from_the_source_language(english, chinese, deepl, settings):
    translator = GlossaryDeepLTranslator(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])
    assert translator.current_glossary(chinese.locale, english.locale) is None
    assert deepl.created == [] and deepl.translate_requests == []


@pytest.mark.parametrize("problem", ["glossary refused", "wrong key"])
def test_deepl_problems_leave_the_translation_unchanged_and_say_so(
    client_for, lupus_case, chinese, deepl, settings, problem
):
    if problem == "glossary refused":
        deepl.refuse_glossaries_with(503)
    else:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["AUTH_KEY"] = "not-the-key"
    translator = client_for("translator")
    translate_this_page(translator, lupus_case, chinese.locale)
    translation = translation_of(lupus_case, chinese.locale)
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/machine/", follow=True)
    status = 503 if problem == "glossary refused" else 403
    assert f"DeepL answered with an error (HTTP {status})" in response.content.decode()
    assert not StringTranslation.objects.filter(locale=chinese.locale, translation_type="machine").exists()
    assert deepl.translate_requests == [], "nothing is translated without the glossary"


def test_glossary_rows_deepl_would_refuse_are_left_out():
    entries = [
        GlossaryEntry(source_term="proteinuria", approved_term="蛋白尿", forbidden_variants=()),
        GlossaryEntry(source_term=" CAR-T cell therapy ", approved_term="CAR-T细胞疗法", forbidden_variants=()),
        GlossaryEntry(source_term="proteinuria", approved_term="尿蛋白", forbidden_variants=()),
        GlossaryEntry(source_term="two\tcolumns", approved_term="两列", forbidden_variants=()),
        GlossaryEntry(source_term="untranslated", approved_term="", forbidden_variants=()),
    ]
    assert glossary_tsv(entries) == "CAR-T cell therapy\tCAR-T细胞疗法\nproteinuria\t蛋白尿"


# PO files ---------------------------------------------------------------------------------------


@pytest.fixture
def pending_translation(client_for, new_english_case, chinese):
    translate_this_page(client_for("translator"), new_english_case, chinese.locale)
    return translation_of(new_english_case, chinese.locale)


def filled_po(translation):
    parsed = polib.pofile(po.export_po(translation))
    for entry in parsed:
        entry.msgstr = "译文：" + entry.msgid
    return parsed


def upload(client, translation, content, name="case.po"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile(name, content), "next": "/admin/"},
        follow=True,
    )


def test_po_round_trip(client_for, pending_translation):
    translator = client_for("translator")
    response = translator.get(f"/admin/localize/translate/{pending_translation.pk}/pofile/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('ln-student-zh-hans.po"')
    parsed = polib.pofile(response.content.decode())
    assert "Lupus nephritis in a student" in [entry.msgid for entry in parsed]
    for entry in parsed:
        entry.msgstr = "译文：" + entry.msgid
    response = upload(translator, pending_translation, str(parsed).encode())
    assert "Imported" in response.content.decode()
    segments = StringSegment.objects.filter(source=pending_translation.source).count()
    translated = StringTranslation.objects.filter(locale=pending_translation.target_locale, data__startswith="译文：")
    assert translated.count() == segments


@pytest.mark.parametrize(
    ("make_content", "message"),
    [
        (lambda t, other: b'this is not a po file\n"unterminated', "not a valid PO file"),
        (lambda t, other: b"\xff\xfe\x00garbage", "not UTF-8"),
        (lambda t, other: str(polib.POFile()).encode(), "not downloaded from this site"),
        (lambda t, other: str(filled_po(other)).encode(), "belongs to another translation"),
        (lambda t, other: _with_unknown_entry(filled_po(t)), "does not match this page"),
        (lambda t, other: _empty(polib.pofile(po.export_po(t))), "no translated entries"),
    ],
    ids=["malformed", "binary", "no-id", "other-page", "unknown-msgid", "empty"],
)
def test_bad_po_files_are_refused_and_change_nothing(
    client_for, pending_translation, chinese, english, make_content, message
):
    other = translation_of(english.sle03, chinese.locale)
    before = list(StringTranslation.objects.order_by("pk").values_list("pk", "data"))
    response = upload(client_for("translator"), pending_translation, make_content(pending_translation, other))
    assert response.status_code == 200
    assert "The PO file was not imported" in response.content.decode()
    assert message in response.content.decode()
    assert "/tmp" not in response.content.decode() and ".po (line" not in response.content.decode()
    assert list(StringTranslation.objects.order_by("pk").values_list("pk", "data")) == before


def _with_unknown_entry(parsed):
    parsed.append(polib.POEntry(msgid="A sentence this page never had.", msgctxt="body.xyz", msgstr="不存在"))
    return str(parsed).encode()


def _empty(parsed):
    for entry in parsed:
        entry.msgstr = ""
    return str(parsed).encode()


def test_po_upload_into_a_tree_the_user_cannot_edit_is_refused(client_for, english, chinese):
    translation = translation_of(english.sle03, chinese.locale)
    before = list(StringTranslation.objects.order_by("pk").values_list("pk", "data"))
    response = upload(client_for("editor"), translation, str(filled_po(translation)).encode())
    assert "permission" in response.content.decode()
    assert list(StringTranslation.objects.order_by("pk").values_list("pk", "data")) == before


# Status --------------------------------------------------------------------------------------------


def test_status_command_prints_json_with_counts(capsys, new_english_case):
    call_command("translation_status", "--format", "json")
    report = json.loads(capsys.readouterr().out)
    counts = report["counts"]["zh-hans"]
    assert counts["missing"] >= 1
    assert counts["live"] >= 5
    row = next(item for item in report["objects"] if item["id"] == new_english_case.pk)
    assert row["states"]["zh-hans"]["state"] == "missing"


def test_status_view_for_staff(client_for, new_english_case):
    html = client_for("translator").get("/admin/casepages/translations/status/").content.decode()
    assert "Lupus nephritis in a student" in html
    assert "Missing" in html


def test_missing_form_translation_is_caught(english, chinese):
    field = chinese.form.form_fields.first()
    StringTranslation.objects.filter(locale=chinese.locale, data=field.label).delete()
    row = next(r for r in translation_status().rows if r.source_object.pk == english.form.pk)
    assert row.states["zh-hans"].state == "in_progress"
    assert "not translated" in row.states["zh-hans"].reason


# Paths that could publish a translation without review -------------------------------------------


def test_sync_never_publishes_even_for_an_administrator(client_for, english, chinese):
    english.sle03.title = "Systemic lupus erythematosus – case 03, revised again"
    publish_change(english.sle03)
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    before = chinese.sle03.live_revision_id
    client_for("admin").post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    chinese.sle03.refresh_from_db()
    assert chinese.sle03.live_revision_id == before
    assert chinese.sle03.title != "Systemic lupus erythematosus – case 03, revised again"


def test_converting_a_translation_to_an_alias_needs_publish_rights(client_for, chinese):
    response = client_for("translator").post(f"/admin/localize/page/{chinese.sle03.pk}/convert_to_alias/")
    assert response.status_code in (302, 403)
    chinese.sle03.refresh_from_db()
    assert chinese.sle03.alias_of_id is None


def test_locale_synchronisation_is_not_offered(client_for, chinese):
    from django.urls import reverse

    html = client_for("admin").get(reverse("wagtaillocales:edit", args=[chinese.locale.pk])).content.decode()
    assert "Synchronise content from another locale" not in html
    assert "Simplified Chinese" in html or "简体中文" in html


# What reviewers and translators see ------------------------------------------------------------------


def test_reviewers_are_mailed_when_a_translation_is_submitted(client_for, pending_translation, demo_users, mailoutbox):
    translator = client_for("translator")
    correct_machine_draft(translator, pending_translation)
    mailoutbox.clear()
    translator.post(f"/admin/casepages/translations/{pending_translation.pk}/submit/")
    assert demo_users["reviewer"].email in {address for message in mailoutbox for address in message.to}


def test_reviewer_compares_source_and_translation_side_by_side(client_for, english, chinese):
    response = client_for("reviewer").get(f"/admin/casepages/translations/compare/{chinese.sle03.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    title_row = next(row for row in re.split(r"<tr[ >]", html) if "<td>Title" in row)
    assert title_row.index(english.sle03.title) < title_row.index(chinese.sle03.title)


def test_reviewer_approves_from_the_comparison(client, client_for, pending_translation, demo_users):
    translator = client_for("translator")
    correct_machine_draft(translator, pending_translation)
    translator.post(f"/admin/casepages/translations/{pending_translation.pk}/submit/")
    page = pending_translation.get_target_instance()

    reviewer = client_for("reviewer")
    dashboard = reviewer.get("/admin/").content.decode()
    compare_url = f"/admin/casepages/translations/compare/{page.pk}/"
    assert "Translations to review beside their source" in dashboard and compare_url in dashboard
    comparison = reviewer.get(compare_url).content.decode()
    approve_url = next(
        part.split('"')[0] for part in comparison.split('formaction="')[1:] if "/approve/" in part.split('"')[0]
    )
    reviewer.post(approve_url, {"comment": "Terminology checked."})
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_translator_dashboard_lists_what_waits(client_for, new_english_case):
    html = client_for("translator").get("/admin/").content.decode()
    assert "Translations waiting for you" in html
    assert "Lupus nephritis in a student" in html
    assert "Translations waiting for you" not in client_for("coordinator").get("/admin/").content.decode()


def test_translator_translates_a_condition_snippet(client_for, english, chinese, machine_translator):
    from casepages.models import Condition

    with as_fixture():
        condition = Condition.objects.create(name="Lupus nephritis", slug="lupus-nephritis", locale=english.locale)
    translator = client_for("translator")
    response = translator.post(
        f"/admin/localize/submit/snippet/casepages/condition/{condition.pk}/", {"locales": [chinese.locale.pk]}
    )
    assert response.status_code == 302
    translated = Condition.objects.get(translation_key=condition.translation_key, locale=chinese.locale)
    assert translated.slug == "lupus-nephritis"
    row = next(r for r in translation_status().rows if r.source_object.pk == condition.pk and r.kind == "condition")
    assert row.states["zh-hans"].state == "in_progress"  # created with the English text, not yet translated


def test_translating_a_long_story_stays_within_its_query_budget(
    client_for, english, chinese, django_assert_max_num_queries
):
    """wagtail-localize extracts and stores each segment with separate queries (about 18 per paragraph
    here, 1,102 in all for 40 paragraphs when measured); the budget catches anything that makes it worse."""
    page = add_case_page(
        english.case_index,
        slug="long-story",
        case_code="LONG-40",
        body=[("paragraph", f"<p>Paragraph number {number} of a long story.</p>") for number in range(40)],
    )
    publish_change(page)
    translator = client_for("translator")
    with django_assert_max_num_queries(1400):
        response = translator.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [chinese.locale.pk]})
    assert response.status_code == 302
    assert CasePage.objects.filter(translation_key=page.translation_key, locale=chinese.locale).exists()


def test_translator_fixes_and_resubmits_after_changes_are_requested_with_csrf_checked(
    client_for, new_english_case, chinese, machine_translator, demo_users
):
    """The dashboard's own forms work in a client that checks CSRF as a browser does (issue items 7, 8, 11)."""
    from django.test import Client

    translator = Client(enforce_csrf_checks=True)
    translator.force_login(demo_users["translator"])
    translate_this_page(client_for("translator"), new_english_case, chinese.locale)
    translation = translation_of(new_english_case, chinese.locale)
    correct_machine_draft(client_for("translator"), translation)
    draft = CasePage.objects.get(translation_key=new_english_case.translation_key, locale=chinese.locale)

    def submit_from_the_dashboard():
        dashboard = translator.get("/admin/").content.decode()
        form = re.search(
            rf'<form method="post" action="/admin/casepages/translations/{translation.pk}/submit/".*?</form>',
            dashboard,
            re.S,
        )
        assert form, "the dashboard offers no submit button for the translation"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form[0])
        assert token, "the dashboard's form carries no CSRF token"
        return translator.post(
            f"/admin/casepages/translations/{translation.pk}/submit/",
            {"csrfmiddlewaretoken": token[1]},
            follow=True,
        )

    response = submit_from_the_dashboard()
    assert "submitted for medical review" in response.content.decode()

    review = TaskState.objects.get(
        workflow_state__in=WorkflowState.objects.for_instance(draft).active(), status="in_progress"
    )
    client_for("reviewer").post(
        f"/admin/pages/workflow/action/{draft.pk}/reject/{review.pk}/", {"comment": "请把标题改得更具体一些。"}
    )
    row = next(r for r in translation_status().rows if r.source_object.pk == new_english_case.pk)
    assert row.states["zh-hans"].state == "changes_requested"
    dashboard = translator.get("/admin/").content.decode()
    assert "请把标题改得更具体一些。" in dashboard
    assert "Submit again" in dashboard

    po_file = polib.pofile(
        client_for("translator").get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode()
    )
    po_file.find("Lupus nephritis in a student").msgstr = "一名大学生的狼疮性肾炎"
    upload(client_for("translator"), translation, str(po_file).encode())
    assert "submitted for medical review" in submit_from_the_dashboard().content.decode()
    approve(client_for("reviewer"), draft)
    draft.refresh_from_db()
    assert draft.live and draft.title == "一名大学生的狼疮性肾炎"


def test_review_screen_names_fields_and_marks_what_changed_since_publication(client_for, english, chinese):
    """Issue item 12: human field names, and rows that differ from the published translation are marked."""
    translation = Translation.objects.get(source__object_id=english.sle03.translation_key, target_locale=chinese.locale)
    summary = StringSegment.objects.get(source=translation.source, context__path="summary")
    StringTranslation.objects.filter(translation_of=summary.string, locale=chinese.locale).update(data="新的摘要。")
    html = client_for("reviewer").get(f"/admin/casepages/translations/compare/{chinese.sle03.pk}/").content.decode()
    assert not re.search(r"body\.[0-9a-f]{8}-", html), "internal block paths are shown"
    assert "Summary" in html and "block 1 (" in html
    changed_rows = re.findall(r'<tr class="casepages-compare__changed">(.*?)</tr>', html, re.S)
    assert len(changed_rows) == 1 and "新的摘要。" in changed_rows[0]
    assert chinese.sle03.summary in changed_rows[0]


def test_submitting_an_incomplete_translation_names_what_is_missing(client_for, new_english_case, chinese):
    translator = client_for("translator")
    translate_this_page(translator, new_english_case, chinese.locale)
    translation = translation_of(new_english_case, chinese.locale)
    slug = StringSegment.objects.get(source=translation.source, context__path="slug")
    StringTranslation.objects.filter(translation_of=slug.string, locale=chinese.locale).delete()
    response = translator.post(f"/admin/casepages/translations/{translation.pk}/submit/", follow=True)
    assert "not translated yet" in response.content.decode()
    assert "Slug: “ln-student”" in response.content.decode()


def test_the_sync_screen_offers_no_publish_box(client_for, english):
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    html = client_for("translator").get(f"/admin/localize/update/{source.pk}/").content.decode()
    assert 'type="checkbox" name="publish_translations"' not in html
    assert "Publish immediately" not in html


def editor_props(html_page):
    import html as html_module

    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html_page)
    return json.loads(html_module.unescape(found[1]))


def test_the_translation_editor_offers_submit_for_review_and_no_convert_to_alias(client_for, chinese):
    """Issue item 12: the translator's main action is "Submit for review"; no control that would be refused."""
    translator = client_for("translator")
    page_html = translator.get(f"/admin/pages/{chinese.sle03.pk}/edit/").content.decode()
    assert editor_props(page_html)["links"]["convertToAliasUrl"] is None
    form = re.search(
        r'<form method="post" action="(/admin/casepages/translations/\d+/submit/)">.*?</form>', page_html, re.S
    )
    assert form and "Submit for review" in form[0] and "csrfmiddlewaretoken" in form[0]
    # The administrator, who may publish, keeps wagtail-localize's editor as it is.
    admin_html = client_for("admin").get(f"/admin/pages/{chinese.sle03.pk}/edit/").content.decode()
    assert editor_props(admin_html)["links"]["convertToAliasUrl"]


def test_a_po_import_counts_only_the_entries_that_landed(client_for, pending_translation):
    """Two entries for one segment: only the last one can be stored, and the message says one was not used."""
    translator = client_for("translator")
    parsed = polib.pofile(
        translator.get(f"/admin/localize/translate/{pending_translation.pk}/pofile/download/").content.decode()
    )
    for entry in parsed:
        entry.msgstr = "译文：" + entry.msgid
    first = parsed[0]
    parsed.append(polib.POEntry(msgid=first.msgid, msgctxt=first.msgctxt, msgstr="被覆盖的译文"))
    html = upload(translator, pending_translation, str(parsed).encode()).content.decode()
    assert f"Imported {len(parsed) - 1} translated segments" in html
    assert "1 translated entry was not used" in html
