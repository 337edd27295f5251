"""The audit log answers "who did what, when": sign-ins, publishing, approvals, exports, consent changes.

Each action is done through the admin as the person would do it; the test then reads Wagtail's
own log tables back, and the site history report that administrators read.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from security_support import (
    VERIFY_URL,
    code_for,
    force_verified_login,
    give_authenticator,
    page_text,
    sign_in_with_password,
    wrong_code,
)
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState, WorkflowState

from casepages.models import ConsentRecord
from casepages.security import audit
from hospital.demo.loader import DEMO_USERS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on", "no_throttle")]


def entries_about(user, action):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(user), object_id=str(user.pk), action=action
    )


def test_sign_ins_good_and_bad_are_logged_with_who_when_and_where(client, demo_users):
    editor = demo_users["editor"]
    device, _codes = give_authenticator(editor)
    before = timezone.now()

    sign_in_with_password(client, "editor", "wrong password", REMOTE_ADDR="192.0.2.10")
    sign_in_with_password(client, "editor", DEMO_USERS["editor"]["password"], REMOTE_ADDR="192.0.2.10")
    client.post(VERIFY_URL, {"code": wrong_code(device)}, REMOTE_ADDR="192.0.2.10")
    client.post(VERIFY_URL, {"code": code_for(device)}, REMOTE_ADDR="192.0.2.10")

    failed = entries_about(editor, audit.SIGN_IN_FAILED).get()
    assert failed.user is None  # nobody was signed in; the entry is about the account
    assert failed.data["ip_address"] == "192.0.2.10"
    signed_in = entries_about(editor, audit.SIGNED_IN).get()
    assert signed_in.user == editor and signed_in.timestamp >= before
    assert entries_about(editor, audit.TWO_FACTOR_FAILED).get().data["ip_address"] == "192.0.2.10"
    assert entries_about(editor, audit.TWO_FACTOR_PASSED).get().user == editor

    # The administrator reads them in Reports → Site history.
    history = page_text(force_verified_login(client, demo_users["admin"]).get("/admin/reports/site-history/"))
    assert "Signed in" in history
    assert "Sign-in refused: wrong password or account locked" in history


def test_approval_and_publishing_are_logged_with_the_reviewer(client, english, demo_users):
    page = english.sle03
    page.save_revision(user=demo_users["editor"])
    workflow = page.get_workflow()
    workflow.start(page, demo_users["editor"])
    task_state = TaskState.objects.get(
        workflow_state__in=WorkflowState.objects.for_instance(page).active(), status="in_progress"
    )
    assert task_state.task.name == "Medical review"

    reviewer = force_verified_login(client, demo_users["reviewer"])
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Accurate."}
    )
    assert response.status_code in (200, 302)

    log = PageLogEntry.objects.filter(page=page)
    assert log.get(action="wagtail.workflow.start").user == demo_users["editor"]
    approval = log.get(action="wagtail.workflow.approve")
    assert approval.user == demo_users["reviewer"]
    publication = log.filter(action="wagtail.publish").latest("timestamp")
    assert publication.user == demo_users["reviewer"]
    assert publication.timestamp >= approval.timestamp


def test_a_message_export_is_logged_with_the_coordinator(client, english, demo_users):
    coordinator = force_verified_login(client, demo_users["coordinator"])
    response = coordinator.get(f"/admin/forms/submissions/{english.form.pk}/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    export = ModelLogEntry.objects.filter(action="casepages.messages.export", data__form_page=english.form.pk).get()
    assert export.user == demo_users["coordinator"]
    assert export.timestamp is not None


def test_a_consent_change_is_logged_with_the_editor(client, english, demo_users):
    consent = english.sle03.consent
    editor = force_verified_login(client, demo_users["editor"])
    response = editor.post(
        f"/admin/snippets/casepages/consentrecord/edit/{consent.pk}/",
        {
            "patient_alias": consent.patient_alias,
            "date_given": consent.date_given.isoformat(),
            "document_reference": "Consent archive box 12, form 7 (re-filed)",
            "covered_locales": [locale.pk for locale in consent.covered_locales.all()],
            "covers_website": "on",
            "expires_on": "",
            "withdrawn_on": "",
        },
    )
    assert response.status_code == 302, page_text(response)[:800]
    assert ConsentRecord.objects.get(pk=consent.pk).document_reference.endswith("(re-filed)")
    change = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ConsentRecord), object_id=str(consent.pk), action="wagtail.edit"
    ).get()
    assert change.user == demo_users["editor"]
