"""The editorial flow through the real admin: write, submit, review, publish; refusals for each role."""

import pytest
from django.core import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from casepages.models import CasePage

pytestmark = pytest.mark.django_db


def case_form_data(english, **overrides):
    source = english.sle03
    fields = {
        "title": "Rheumatoid arthritis in a teacher",
        "slug": "ra-teacher",
        "summary": "A new story written for the workflow test.",
        "case_code": "WF-01",
        "patient_alias": "Ms. W",
        "gender": "female",
        "age_at_onset": "41",
        "nationality": "KZ",
        "condition": source.condition.pk,
        "treatment": source.treatment.pk,
        "onset_date": "2019-03-01",
        "treatment_date": "2021-06-01",
        "follow_up_visits": "2",
        "outcome_summary": "She works again.",
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>Her joints ached every winter.</p>")),
                ("patient_quote", {"quote": "I can write on the board again.", "speaker_role": "Patient"}),
            ]
        ),
        "consent": source.consent_id,
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    return nested_form_data(fields)


def submit_new_case(client, english, **overrides):
    data = case_form_data(english, **overrides)
    data["action-submit"] = "Submit for review"
    return client.post(f"/admin/pages/add/casepages/casepage/{english.case_index.pk}/", data)


def current_task_state(page):
    return TaskState.objects.get(
        workflow_state__in=WorkflowState.objects.for_instance(page).active(), status="in_progress"
    )


def test_editor_submits_and_reviewer_is_notified(client_for, english, demo_users):
    response = submit_new_case(client_for("editor"), english)
    assert response.status_code == 302
    page = CasePage.objects.get(case_code="WF-01", locale=english.locale)
    assert not page.live
    assert page.workflow_in_progress
    assert current_task_state(page).task.name == "Medical review"
    recipients = {address for message in mail.outbox for address in message.to}
    assert demo_users["reviewer"].email in recipients
    assert demo_users["editor"].email not in recipients


def test_editor_cannot_publish_directly(client_for, english):
    data = case_form_data(english)
    data["action-publish"] = "Publish"
    response = client_for("editor").post(
        f"/admin/pages/add/casepages/casepage/{english.case_index.pk}/", data, follow=True
    )
    assert "published by approving their review" in response.content.decode()
    assert not CasePage.objects.filter(case_code="WF-01", live=True).exists()


def test_reviewer_approval_publishes(client, client_for, english, demo_users):
    submit_new_case(client_for("editor"), english)
    page = CasePage.objects.get(case_code="WF-01", locale=english.locale)
    task_state = current_task_state(page)
    reviewer = client_for("reviewer")
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Medically accurate."}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_reviewer_rejection_goes_back_to_the_editor_with_the_comment(client_for, english):
    submit_new_case(client_for("editor"), english)
    page = CasePage.objects.get(case_code="WF-01", locale=english.locale)
    task_state = current_task_state(page)
    client_for("reviewer").post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "The onset month is wrong."},
    )
    page.refresh_from_db()
    assert not page.live
    task_state.refresh_from_db()
    assert task_state.status == "rejected"
    assert task_state.get_comment() == "The onset month is wrong."
    html = client_for("editor").get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "The onset month is wrong." in html


def test_translator_cannot_edit_english_pages(client_for, english, chinese):
    translator = client_for("translator")
    response = translator.get(f"/admin/pages/{english.sle03.pk}/edit/")
    assert response.status_code in (302, 403)
    response = translator.post(f"/admin/pages/{english.sle03.pk}/edit/", case_form_data(english, title="Changed"))
    english.sle03.refresh_from_db()
    assert english.sle03.title != "Changed"


def test_coordinator_cannot_edit_any_page(client_for, english, chinese):
    coordinator = client_for("coordinator")
    for page in (english.sle03, chinese.sle03, english.case_index):
        response = coordinator.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403)


def test_nobody_but_the_workflow_publishes(english, chinese, demo_users):
    for username in ("editor", "translator", "reviewer", "coordinator"):
        for page in (english.sle03, chinese.sle03):
            assert not page.permissions_for_user(demo_users[username]).can_publish(), (username, page.locale)


def test_publish_button_is_refused_even_for_a_superuser(client_for, english):
    revisions = english.sle03.revisions.count()
    data = case_form_data(english, title="Published without review", slug="sle-03", case_code="SLE-03")
    data["action-publish"] = "Publish"
    response = client_for("admin").post(f"/admin/pages/{english.sle03.pk}/edit/", data, follow=True)
    assert "published by approving their review" in response.content.decode()
    english.sle03.refresh_from_db()
    assert english.sle03.title != "Published without review"
    assert english.sle03.revisions.count() == revisions


def test_a_check_that_sends_a_submission_back_says_so_with_its_reasons(client_for, english):
    """Issue item 10: not "submitted for moderation", but the check's reasons, on the page, and in its history."""
    response = submit_new_case(client_for("editor"), english, summary="Call her on 13800138000.")
    page = CasePage.objects.get(case_code="WF-01", locale=english.locale)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{page.pk}/edit/"
    html = client_for("editor").get(response["Location"]).content.decode()
    assert "submitted for moderation" not in html
    assert "was not submitted" in html and "13800138000" in html
    history = client_for("editor").get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Sent back by an automatic check" in history
