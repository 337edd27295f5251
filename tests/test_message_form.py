"""The "Leave your message" form end to end: shown in each language, stored, then mailed."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation
from messages_support import message_data, post_message

from casepages.messages.spam import FillTime, check_fill_time
from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db

THANK_YOU = {"en": "Thank you for your message", "zh-hans": "感谢您的留言"}
REPLY_WITHIN = {"en": "We will reply within 3 working days.", "zh-hans": "我们将在 3 个工作日内回复您。"}
LIMIT = {"en": "At most 5,000 characters.", "zh-hans": "最多 5,000 个字符。"}


@pytest.fixture
def pages_in(english, chinese):
    return {"en": english, "zh-hans": chinese}.__getitem__


def required_error(language):
    """Django's "This field is required." as the site's catalogues translate it."""
    with translation.override(language):
        text = translation.gettext("This field is required.")
    assert language == "en" or any("\u4e00" <= char <= "\u9fff" for char in text)
    return text


def test_form_carries_the_case_the_patient_came_from(client, english):
    html = client.get(english.form.url, {"case": "SLE-03"}).content.decode()
    assert 'name="case_code" value="SLE-03"' in html
    assert "csrfmiddlewaretoken" in html


def test_a_case_parameter_that_is_not_a_case_code_is_dropped(client, english):
    html = client.get(english.form.url, {"case": '"><script>alert(1)</script>'}).content.decode()
    assert 'name="case_code" value=""' not in html or "<script>alert(1)" not in html
    assert "<script>alert(1)</script>" not in html


def test_both_languages_store_the_same_keys(english, chinese):
    english_keys = [field.clean_name for field in english.form.form_fields.all()]
    chinese_keys = [field.clean_name for field in chinese.form.form_fields.all()]
    assert english_keys == chinese_keys
    assert {"name", "email", "phone", "country", "preferred_language", "condition", "message", "consent"} <= set(
        english_keys
    )
    chinese_labels = [field.label for field in chinese.form.form_fields.all()]
    assert all(any("\u4e00" <= char <= "\u9fff" for char in label) for label in chinese_labels)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_form_speaks_the_page_language_and_states_its_limit(client, pages_in, language):
    pages = pages_in(language)
    response = client.get(pages.form.url)
    soup = BeautifulSoup(response.content, "html.parser")
    labels = [label.get_text(" ", strip=True) for label in soup.select(".message-form .form-field label")]
    for field in pages.form.form_fields.all():
        assert any(label.startswith(field.label) for label in labels)
    message_help = soup.find(id="id_message_helptext").get_text()
    assert LIMIT[language] in message_help
    assert soup.find("textarea", attrs={"name": "message"})["maxlength"] == "5000"
    privacy = soup.select_one(".form-privacy a")
    assert privacy["href"].startswith(f"/{language}/")
    # The honeypot is hidden, from screen readers too, and out of the tab order.
    trap = soup.find("input", attrs={"name": "website_url"})
    assert trap["tabindex"] == "-1"
    trap_wrapper = trap.find_parent(attrs={"aria-hidden": "true"})
    assert "form-field--trap" in trap_wrapper["class"]  # moved off-screen by the stylesheet
    assert check_fill_time(soup.find("input", attrs={"name": "form_started"})["value"]) is FillTime.TOO_FAST


def test_the_form_is_never_kept_by_a_shared_cache(client, english):
    response = client.get(english.form.url)
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_message_is_stored_then_mailed(client, pages_in, language):
    pages = pages_in(language)
    response = post_message(client, pages, case_code="SLE-03", message="Could CAR-T help me?\r\nI am 20.")
    # Post/redirect/get: reloading the thank-you page cannot send the message twice.
    assert response.status_code == 303
    assert response["Location"] == f"{pages.form.url}?sent=1"

    thank_you = client.get(response["Location"])
    html = thank_you.content.decode()
    assert THANK_YOU[language] in html
    assert REPLY_WITHIN[language] in html
    assert pages.form.thank_you_text in html

    message = PatientMessage.objects.get(page=pages.form)
    assert message.form_data["message"] == "Could CAR-T help me?\nI am 20."
    assert message.form_data["consent"] is True
    assert set(message.form_data) == {field.clean_name for field in pages.form.form_fields.all()}
    assert message.case == pages.sle03
    assert message.language == language
    assert message.notification_status == PatientMessage.NotificationStatus.SENT
    assert len(mail.outbox) == 1
    assert "Could CAR-T help me?" in mail.outbox[0].body
    assert "SLE-03" in mail.outbox[0].subject
    assert mail.outbox[0].to == ["international@hospital.example"]
    assert mail.outbox[0].reply_to == ["patient@example.org"]

    client.get(response["Location"])
    assert PatientMessage.objects.count() == 1


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_errors_stand_next_to_their_field_in_the_page_language(client, pages_in, language):
    pages = pages_in(language)
    response = post_message(client, pages, name="", consent="", message="", country="Kazakhstan <3")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    for name in ("name", "message", "consent"):
        field_input = soup.find(attrs={"name": name})
        assert field_input["aria-invalid"] == "true"
        assert f"id_{name}_error" in field_input["aria-describedby"].split()
        error = soup.find(id=f"id_{name}_error")
        assert error.get_text(strip=True) == required_error(language)
        # The error sits in the same field block as the input it describes.
        assert error.find_parent(class_="form-field") is field_input.find_parent(class_="form-field")
    # What the visitor typed is kept, and fields without errors are not marked.
    country = soup.find("input", attrs={"name": "country"})
    assert country["value"] == "Kazakhstan <3"
    assert "aria-invalid" not in country.attrs
    assert soup.find(attrs={"name": "email"})["value"] == "patient@example.org"
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []


def test_garbage_is_refused_with_messages_and_nothing_is_stored(client, english):
    response = client.post(english.form.url, {**message_data(english), "name": "", "email": "not-an-address"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "This field is required." in html
    assert "Enter a valid email address." in html
    assert 'value="not-an-address"' in html  # what the patient typed is kept
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(("language", "choice"), [("en", "English"), ("zh-hans", "中文")])
def test_the_reply_language_starts_as_the_page_language(client, pages_in, language, choice):
    response = client.get(pages_in(language).form.url)
    select = BeautifulSoup(response.content, "html.parser").find("select", attrs={"name": "preferred_language"})
    assert select.find("option", selected=True).get_text(strip=True) == choice
