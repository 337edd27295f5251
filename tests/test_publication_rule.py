"""The publication rule on the paths that broke it (issue items 1-4 and 6), through the real admin.

The public site shows only content that passed every automatic check on that exact revision and was
approved by a reviewer who changed nothing in it. Each test drives the admin as staff would and
then reads the public page.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from test_workflow import case_form_data, submit_new_case
from wagtail.models import TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from casepages.models import CasePage, Condition
from casepages.roles import REVIEWERS
from casepages.workflow.models import Clearance, MedicalReview
from casepages.workflow.publication import PublicationRefused

pytestmark = pytest.mark.django_db

LEAK = "call her daughter Li Na on 13800138000"


def workflow_state_of(page):
    return WorkflowState.objects.for_instance(page).order_by("-created_at").first()


def in_progress_review(page):
    return TaskState.objects.filter(
        workflow_state__in=WorkflowState.objects.for_instance(page).active(),
        status=TaskState.STATUS_IN_PROGRESS,
        task__name="Medical review",
    ).first()


def approve(client, page, comment="Medically accurate."):
    task_state = in_progress_review(page)
    assert task_state is not None, "nothing waits for a medical review"
    return client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": comment})


def request_changes(client, page, comment):
    task_state = in_progress_review(page)
    return client.post(f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/", {"comment": comment})


def edit(client, page, english, action, **changes):
    data = case_form_data(english, **changes)
    if action:
        data[action] = "yes"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.fixture
def second_reviewer(db):
    user = get_user_model().objects.create_user("reviewer2", "reviewer2@example.org", "reviewer2-demo")
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def new_case_in_review(client_for, english):
    submit_new_case(client_for("editor"), english)
    return CasePage.objects.get(case_code="WF-01", locale=english.locale)


def test_resubmit_after_changes_requested_runs_the_checks_again(client, client_for, english):
    page = new_case_in_review(client_for, english)
    request_changes(client_for("reviewer"), page, "Say more about the outcome.")
    assert workflow_state_of(page).status == WorkflowState.STATUS_NEEDS_CHANGES

    # Wagtail offers "Resubmit to Medical review"; the checks must still run on the new revision.
    edit(client_for("editor"), page, english, "action-submit", summary=f"She is better; {LEAK}.")

    state = workflow_state_of(page)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.task.name == "Privacy and consent check"
    assert "13800138000" in state.current_task_state.comment
    assert in_progress_review(page) is None
    page.refresh_from_db()
    assert not page.live
    assert client.get("/en/cases/ra-teacher/").status_code == 404


def test_resubmitted_clean_fix_reaches_the_reviewer_and_publishes(client, client_for, english):
    page = new_case_in_review(client_for, english)
    request_changes(client_for("reviewer"), page, "Say more about the outcome.")
    edit(client_for("editor"), page, english, "action-submit", outcome_summary="She teaches full time again.")
    review = in_progress_review(page)
    assert review is not None
    page.refresh_from_db()
    assert review.revision == page.get_latest_revision()
    approve(client_for("reviewer"), page)
    assert "She teaches full time again." in client.get("/en/cases/ra-teacher/").content.decode()


def test_an_edit_during_the_medical_review_is_checked_before_anyone_can_approve(client, client_for, english):
    page = new_case_in_review(client_for, english)
    approved_before = in_progress_review(page)
    edit(client_for("reviewer"), page, english, None, summary=f"Worse than it looked; {LEAK}.")

    approved_before.refresh_from_db()
    assert approved_before.status == TaskState.STATUS_CANCELLED
    state = workflow_state_of(page)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "13800138000" in state.current_task_state.comment
    page.refresh_from_db()
    assert not page.live


def test_approval_publishes_the_revision_that_was_approved_and_records_it(
    client, client_for, english, second_reviewer, demo_users
):
    page = new_case_in_review(client_for, english)
    edit(client_for("reviewer"), page, english, None, outcome_summary="Reviewed wording of the outcome.")
    page.refresh_from_db()
    latest = page.get_latest_revision()
    review = in_progress_review(page)
    assert review.revision == latest

    # The reviewer changed it, so another reviewer approves.
    client_for("reviewer")
    assert "approve" not in {name for name, *_ in review.task.specific.get_actions(page, demo_users["reviewer"])}
    client.force_login(second_reviewer)
    approve(client, page)
    page.refresh_from_db()
    assert page.live and page.live_revision == latest
    record = MedicalReview.objects.filter(page=page).latest("reviewed_at")
    assert record.revision == latest and record.reviewer == second_reviewer
    assert Clearance.objects.filter(revision=latest, approved_by=second_reviewer).exists()
    assert "Reviewed wording of the outcome." in client.get("/en/cases/ra-teacher/").content.decode()


def test_a_reviewer_cannot_approve_their_own_change(client, client_for, english):
    reviewer = client_for("reviewer")
    edit(
        reviewer,
        english.sle03,
        english,
        "action-submit",
        title="SLE-03 as the reviewer wrote it",
        slug="sle-03",
        case_code="SLE-03",
    )
    review = in_progress_review(english.sle03)
    assert review is not None
    approve(reviewer, english.sle03)
    review.refresh_from_db()
    assert review.status == TaskState.STATUS_IN_PROGRESS
    english.sle03.refresh_from_db()
    assert english.sle03.title != "SLE-03 as the reviewer wrote it"
    assert "as the reviewer wrote it" not in client.get("/en/cases/sle-03/").content.decode()


def test_saving_a_live_page_outside_the_review_is_refused(client, english):
    page = CasePage.objects.get(pk=english.sle03.pk)
    page.summary = f"Changed in the shell; {LEAK}."
    with pytest.raises(PublicationRefused):
        page.save()
    assert LEAK not in client.get("/en/cases/sle-03/").content.decode()


def test_a_submitted_translation_is_not_live_before_its_review(client, client_for, english, chinese):
    live_before = client.get("/zh-hans/cases/sle-03/").content.decode()
    source = TranslationSource.objects.get(object_id=english.sle03.translation_key, locale=english.locale)
    translation = Translation.objects.get(source=source, target_locale=chinese.locale)
    summary = StringSegment.objects.get(source=source, context__path="summary")
    StringTranslation.objects.filter(translation_of=summary.string, locale=chinese.locale).update(
        data="新的未审核句子。"
    )

    response = client_for("translator").post(f"/admin/casepages/translations/{translation.pk}/submit/", follow=True)
    assert "submitted for medical review" in response.content.decode()
    chinese.sle03.refresh_from_db()
    assert chinese.sle03.live
    assert WorkflowState.objects.for_instance(chinese.sle03).active().exists()
    assert "新的未审核句子" not in chinese.sle03.summary
    after = client.get("/zh-hans/cases/sle-03/").content.decode()
    assert "新的未审核句子" not in after
    assert live_before.count("系统性红斑狼疮") == after.count("系统性红斑狼疮")


def test_a_snippet_translation_is_not_published_from_the_translation_editor(client, client_for, chinese):
    condition = Condition.objects.get(locale=chinese.locale, slug=chinese.sle03.condition.slug)
    description = condition.description
    for username in ("translator", "admin"):
        client_for(username).post(f"/admin/snippets/casepages/condition/edit/{condition.pk}/", {"action": "publish"})
    condition.refresh_from_db()
    assert condition.description == description
    with pytest.raises(PublicationRefused):
        condition.description = f"电话 {LEAK}"
        condition.save()


def test_a_page_read_back_from_the_database_has_the_digest_of_its_live_revision(english, chinese):
    """The gate compares digests of rows and of revisions: the database's way of storing JSON must not matter."""
    from casepages.workflow.publication import content_digest, revision_digest

    for page in (english.sle03, chinese.sle03, english.form, chinese.home):
        row = type(page).objects.get(pk=page.pk)
        assert content_digest(row) == revision_digest(row.live_revision), page
