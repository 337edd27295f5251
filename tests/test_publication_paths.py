"""Every admin path that can change what visitors see, tried by the staff roles (README "The publication rule").

Each test changes something through the admin as a person would and then reads the public page:
either the change went through the review (and shows), or the public page is as it was.
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from publishing import as_fixture, publish_through_review
from test_publication_rule import approve, edit, in_progress_review
from wagtail.models import Page, WorkflowState

from casepages.models import CaseIndexPage, CasePage, Condition, ConsentRecord
from casepages.workflow.publication import PublicationRefused

pytestmark = pytest.mark.django_db

MARK = "Unreviewed words 4711"
EDITORS_OF = {"en": ["editor", "reviewer", "admin"], "zh": ["translator", "reviewer", "admin"]}


def public_text(client, page):
    return client.get(page.url).content.decode()


@pytest.mark.parametrize("role", EDITORS_OF["en"])
def test_saving_a_draft_of_a_live_page_changes_nothing_public(client, client_for, english, role):
    edit(client_for(role), english.sle03, english, None, summary=MARK, slug="sle-03", case_code="SLE-03")
    english.sle03.refresh_from_db()
    assert english.sle03.has_unpublished_changes
    assert MARK not in public_text(client, english.sle03)


@pytest.mark.parametrize("role", EDITORS_OF["en"])
def test_the_publish_button_is_refused_to_every_role(client, client_for, english, role):
    response = edit(
        client_for(role), english.sle03, english, "action-publish", summary=MARK, slug="sle-03", case_code="SLE-03"
    )
    assert response.status_code == 302
    assert MARK not in public_text(client, english.sle03)


def test_bulk_publishing_is_refused(client, client_for, english):
    edit(client_for("admin"), english.sle03, english, None, summary=MARK, slug="sle-03", case_code="SLE-03")
    client_for("admin").post(f"/admin/bulk/wagtailcore/page/publish/?id={english.sle03.pk}", {})
    assert MARK not in public_text(client, english.sle03)


def test_cancelling_a_review_publishes_nothing(client, client_for, english):
    editor = client_for("editor")
    edit(editor, english.sle03, english, "action-submit", summary=MARK, slug="sle-03", case_code="SLE-03")
    edit(editor, english.sle03, english, "action-cancel-workflow", summary=MARK, slug="sle-03", case_code="SLE-03")
    assert not WorkflowState.objects.for_instance(english.sle03).active().exists()
    assert MARK not in public_text(client, english.sle03)


def test_a_scheduled_approval_goes_live_at_its_time_and_not_before(client, client_for, english):
    go_live = timezone.now() + datetime.timedelta(days=1)
    edit(
        client_for("editor"),
        english.sle03,
        english,
        "action-submit",
        summary=MARK,
        slug="sle-03",
        case_code="SLE-03",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    approve(client_for("reviewer"), english.sle03)
    assert MARK not in public_text(client, english.sle03)
    # A day later: the approved revision's time has come.
    revision = english.sle03.revisions.get(approved_go_live_at__isnull=False)
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    assert MARK in public_text(client, english.sle03)


def test_reverting_to_an_old_revision_goes_through_the_review(client, client_for, english, demo_users):
    old = english.sle03.live_revision
    reverted = old.as_object()
    reverted.summary = MARK
    reverted.save_revision(user=demo_users["editor"])
    with pytest.raises(PublicationRefused):
        english.sle03.revisions.order_by("-created_at").first().publish()
    assert MARK not in public_text(client, english.sle03)
    publish_through_review(english.sle03, demo_users["editor"], demo_users["reviewer"])
    assert MARK in public_text(client, english.sle03)


def test_copying_a_live_page_with_publish_copies_leaves_the_copy_unpublished(client, client_for, english):
    response = client_for("admin").post(
        f"/admin/pages/{english.sle03.pk}/copy/",
        {
            "new_title": "SLE-03 copy",
            "new_slug": "sle-03-copy",
            "new_parent_page": english.case_index.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    assert not CasePage.objects.filter(slug="sle-03-copy").exists()
    assert client.get("/en/cases/sle-03-copy/").status_code == 404


def test_moving_a_live_page_keeps_it_live_with_its_reviewed_content(client, client_for, english):
    text = public_text(client, english.sle03)
    with as_fixture():
        second_index = english.home.add_child(instance=CaseIndexPage(title="More stories", slug="more-stories"))
    client_for("admin").post(f"/admin/pages/{english.sle03.pk}/move/{second_index.pk}/confirm/", {})
    moved = Page.objects.get(pk=english.sle03.pk)
    assert moved.live and moved.get_parent().pk == second_index.pk
    assert english.sle03.summary in text and english.sle03.summary in client.get(moved.url).content.decode()


def test_unpublishing_takes_the_page_off(client, client_for, english):
    client_for("admin").post(f"/admin/pages/{english.sle03.pk}/unpublish/", {})
    assert client.get("/en/cases/sle-03/").status_code == 404


@pytest.mark.parametrize("role", ["translator", "admin"])
def test_converting_a_translation_to_an_alias_never_shows_the_english_text_in_chinese(
    client, client_for, chinese, english, role
):
    client_for(role).post(f"/admin/localize/page/{chinese.sle03.pk}/convert_to_alias/", {})
    html = public_text(client, chinese.sle03)
    assert english.sle03.summary not in html


def test_stopping_and_restarting_sync_publishes_nothing(client, client_for, english, chinese):
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(source__object_id=english.sle03.translation_key, target_locale=chinese.locale)
    before = public_text(client, chinese.sle03)
    translator = client_for("translator")
    translator.post(f"/admin/localize/translate/{translation.pk}/stop/", {"next": "/admin/"})
    translator.post(f"/admin/pages/{chinese.sle03.pk}/edit/", {"localize-restart-translation": "yes"})
    assert public_text(client, chinese.sle03) == before


def test_editing_a_condition_shows_only_after_review(client, client_for, english, demo_users):
    condition = english.sle03.condition
    response = client_for("editor").post(
        f"/admin/snippets/casepages/condition/edit/{condition.pk}/",
        {"name": f"{condition.name} {MARK}", "slug": condition.slug, "description": condition.description},
    )
    assert response.status_code == 302
    assert MARK not in public_text(client, english.sle03)
    client_for("editor").post(
        f"/admin/snippets/casepages/condition/edit/{condition.pk}/",
        {
            "name": f"{condition.name} {MARK}",
            "slug": condition.slug,
            "description": condition.description,
            "action-submit": "yes",
        },
    )
    condition.refresh_from_db()
    review = condition.current_workflow_task_state
    assert review is not None and review.task.name == "Medical review"
    client_for("reviewer").post(
        f"/admin/snippets/casepages/condition/workflow/action/{condition.pk}/approve/{review.pk}/", {"comment": ""}
    )
    condition.refresh_from_db()
    assert MARK in condition.name and MARK in public_text(client, english.sle03)


def test_a_condition_draft_cannot_go_offline_while_live_pages_show_it(client_for, english):
    condition = Condition.objects.get(pk=english.sle03.condition_id)
    client_for("admin").post(f"/admin/snippets/casepages/condition/unpublish/{condition.pk}/", {})
    condition.refresh_from_db()
    assert condition.live


def test_narrowing_a_consent_takes_the_language_it_no_longer_covers_offline(client, english, chinese):
    consent = ConsentRecord.objects.get(pk=english.sle03.consent_id)
    consent.covered_locales.remove(chinese.locale)
    assert client.get("/zh-hans/cases/sle-03/").status_code == 404
    assert client.get("/en/cases/sle-03/").status_code == 200


def test_submitting_a_live_page_shows_the_change_only_after_approval(client, client_for, english):
    editor = client_for("editor")
    edit(
        editor, english.sle03, english, "action-submit", summary="Reviewed summary.", slug="sle-03", case_code="SLE-03"
    )
    review = in_progress_review(english.sle03)
    assert review is not None
    assert "Reviewed summary." not in public_text(client, english.sle03)
    approve(client_for("reviewer"), english.sle03)
    assert "Reviewed summary." in public_text(client, english.sle03)


def test_the_file_of_an_image_a_live_page_shows_cannot_be_replaced(client_for, english):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Ward", file=get_test_image_file())
    page = CasePage.objects.get(pk=english.sle03.pk)
    page.body.append(("image", {"image": image, "alt_text": "The ward", "caption": ""}))
    with as_fixture():
        page.save()
    stored = image.file.name
    replacement = SimpleUploadedFile("other.png", get_test_image_file(filename="other.png").file.getvalue())
    response = client_for("admin").post(
        f"/admin/images/{image.pk}/",
        {"title": "Ward", "file": replacement, "collection": image.collection_id},
        follow=True,
    )
    image.refresh_from_db()
    assert image.file.name == stored
    assert "cannot be replaced" in response.content.decode()


def test_a_condition_sent_back_by_a_check_is_fixed_and_submitted_again(client, client_for, english):
    condition = english.sle03.condition
    editor = client_for("editor")
    url = f"/admin/snippets/casepages/condition/edit/{condition.pk}/"
    fields = {"name": condition.name, "slug": condition.slug, "action-submit": "yes"}
    editor.post(url, {**fields, "description": "Questions: ring 13800138000."})
    condition.refresh_from_db()
    assert condition.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    response = editor.post(url, {**fields, "description": f"Reviewed wording {MARK}."})
    assert response.status_code == 302
    condition.refresh_from_db()
    review = condition.current_workflow_task_state
    assert review is not None and review.task.name == "Medical review"
    assert MARK not in public_text(client, english.sle03)
