"""The "Leave your message" form end to end: shown in each language, stored, then mailed."""

import pytest
from django.core import mail

from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db

VALID_MESSAGE = {
    "name": "Test Patient",
    "email": "patient@example.org",
    "phone": "",
    "country": "Kazakhstan",
    "condition": "lupus",
    "message": "Could CAR-T help me?",
    "consent": "on",
}


def test_form_carries_the_case_the_patient_came_from(client, english):
    html = client.get(english.form.url, {"case": "SLE-03"}).content.decode()
    assert 'name="case_code" value="SLE-03"' in html
    assert "csrfmiddlewaretoken" in html


def test_both_languages_store_the_same_keys(english, chinese):
    english_keys = [field.clean_name for field in english.form.form_fields.all()]
    chinese_keys = [field.clean_name for field in chinese.form.form_fields.all()]
    assert english_keys == chinese_keys
    assert {"name", "email", "message", "consent"} <= set(english_keys)
    chinese_labels = [field.label for field in chinese.form.form_fields.all()]
    assert all(any("\u4e00" <= char <= "\u9fff" for char in label) for label in chinese_labels)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_message_is_stored_then_mailed(client, english, chinese, language):
    pages = {"en": english, "zh-hans": chinese}[language]
    first_choice = pages.form.form_fields.get(clean_name="preferred_language").choices.splitlines()[0].strip()
    data = {**VALID_MESSAGE, "preferred_language": first_choice, "case_code": "SLE-03"}
    response = client.post(pages.form.url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert ("Thank you for your message" in html) if language == "en" else ("感谢您的留言" in html)

    message = PatientMessage.objects.get(page=pages.form)
    assert message.form_data["message"] == "Could CAR-T help me?"
    assert message.case == pages.sle03
    assert message.language == language
    assert message.notification_status == PatientMessage.NotificationStatus.SENT
    assert len(mail.outbox) == 1
    assert "Could CAR-T help me?" in mail.outbox[0].body
    assert "SLE-03" in mail.outbox[0].body


def test_garbage_is_refused_with_messages_and_nothing_is_stored(client, english):
    response = client.post(english.form.url, {"name": "", "email": "not-an-address", "message": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "This field is required." in html
    assert "Enter a valid email address." in html
    assert 'value="not-an-address"' in html  # what the patient typed is kept
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []
