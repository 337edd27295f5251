"""Stored first, mailed after: against a real SMTP server on loopback, up, refusing, and down."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from messages_support import loopback_smtp, post_message
from publishing import publish_change

from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db

Status = PatientMessage.NotificationStatus


@pytest.fixture
def smtp_server(settings):
    yield from loopback_smtp(settings)


def test_the_coordinators_mail_goes_through_a_real_smtp_server(client, chinese, smtp_server):
    smtp_server.start()
    response = post_message(client, chinese, name="王芳", message="我想了解CAR-T治疗狼疮。", case_code="SLE-03")
    assert response.status_code == 303

    message = PatientMessage.objects.get()
    assert message.notification_status == Status.SENT
    assert message.notified_at is not None
    [received] = smtp_server.messages
    assert received["envelope_to"] == ["international@hospital.example"]
    mail = received["message"]
    assert mail["From"] == "website@hospital.example"
    assert mail["Reply-To"] == "patient@example.org"
    assert "SLE-03" in mail["Subject"]
    assert mail.get_content_type() == "text/plain"
    body = mail.get_content()
    # Labelled as the coordinators' (English) form, whatever language the patient wrote in.
    assert "Your name: 王芳" in body
    assert "Your message: 我想了解CAR-T治疗狼疮。" in body
    assert f"/admin/forms/submissions/{message.page.get_translation(message.page.locale.get_default()).pk}/" in body


def test_when_the_mail_server_is_down_the_message_is_kept_and_sent_later(client, english, smtp_server, client_for):
    # Nothing listens on the server's port yet: the connection is refused.
    response = post_message(client, english, message="Is anyone there?")
    assert response.status_code == 303  # the patient is thanked: their message is safe

    message = PatientMessage.objects.get()
    assert message.form_data["message"] == "Is anyone there?"
    assert message.notification_status == Status.FAILED
    assert "Connection" in message.notification_error

    # Coordinators see it, in the list and on their dashboard.
    coordinator = client_for("coordinator")
    listing = coordinator.get(reverse("wagtailforms:list_submissions", args=[english.form.pk]))
    assert "Notification failed" in BeautifulSoup(listing.content, "html.parser").get_text()
    dashboard = coordinator.get(reverse("wagtailadmin_home"))
    assert "1 message whose notification e-mail failed" in dashboard.content.decode()

    smtp_server.start()
    call_command("resend_notifications")
    message.refresh_from_db()
    assert message.notification_status == Status.SENT
    assert message.notification_error == ""
    assert len(smtp_server.messages) == 1
    assert "Is anyone there?" in smtp_server.messages[0]["message"].get_content()

    # A second run finds nothing left to send.
    call_command("resend_notifications")
    assert len(smtp_server.messages) == 1


def test_when_the_mail_server_refuses_the_message_is_kept_and_the_command_says_so(client, english, smtp_server):
    smtp_server.start()
    smtp_server.handler.refuse = True
    assert post_message(client, english).status_code == 303
    message = PatientMessage.objects.get()
    assert message.notification_status == Status.FAILED
    assert "554" in message.notification_error

    with pytest.raises(CommandError, match="1 notification"):
        call_command("resend_notifications")
    assert PatientMessage.objects.get().notification_status == Status.FAILED

    smtp_server.handler.refuse = False
    call_command("resend_notifications")
    assert PatientMessage.objects.get().notification_status == Status.SENT
    assert len(smtp_server.messages) == 1


def test_a_notification_left_pending_is_sent_once_it_is_stale(english, smtp_server):
    smtp_server.start()
    # As if the process that stored these had stopped before sending: one long ago, one just now.
    stale = PatientMessage.objects.create(page=english.form, form_data={"message": "stale"}, language="en")
    recent = PatientMessage.objects.create(page=english.form, form_data={"message": "recent"}, language="en")
    PatientMessage.objects.filter(pk=stale.pk).update(submit_time=timezone.now() - timedelta(hours=1))

    call_command("resend_notifications")
    stale.refresh_from_db()
    recent.refresh_from_db()
    assert stale.notification_status == Status.SENT
    assert recent.notification_status == Status.PENDING
    assert [received["message"].get_content().count("stale") for received in smtp_server.messages] == [1]


def test_a_form_without_a_notification_address_stores_without_mailing(client, english, smtp_server):
    publish_change(english.form, to_address="")
    assert post_message(client, english).status_code == 303
    assert PatientMessage.objects.get().notification_status == Status.NOT_REQUIRED
    assert smtp_server.messages == []
