"""Bad input to the message form: a clear message in the page's language, never a 500, nothing half-stored."""

import string
import time

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from messages_support import message_data, post_message

from casepages.messages.spam import sign_form_started
from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("pwned")</script><b>bold</b>'


def errors_of(response):
    """The error text shown next to each field, by field name."""
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        block["id"].removeprefix("id_").removesuffix("_error"): block.get_text(" ", strip=True)
        for block in soup.select(".form-field__errors")
    }


def assert_refused(response, field, text=None):
    assert response.status_code == 200
    errors = errors_of(response)
    assert field in errors, errors
    if text is not None:
        assert text in errors[field]
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("field", ["name", "email", "preferred_language", "message", "consent"])
def test_each_required_field_is_asked_for(client, english, field):
    assert_refused(post_message(client, english, **{field: ""}), field, "This field is required.")


@pytest.mark.parametrize(
    "address", ["patient", "patient@", "@example.org", "patient@example", "two@@example.org", "a b@example.org"]
)
def test_an_invalid_email_address_is_refused(client, english, address):
    assert_refused(post_message(client, english, email=address), "email", "Enter a valid email address.")


def test_the_message_limit_is_5000_characters(client, english):
    assert_refused(
        post_message(client, english, message="x" * 5001),
        "message",
        "Ensure this value has at most 5000 characters (it has 5001).",
    )
    # Browsers send line breaks as "\r\n" but count them as one character, as we do.
    typed = ("y" * 99 + "\r\n") * 49 + "y" * 100
    assert len(typed) > 5000
    accepted = post_message(client, english, message=typed)
    assert accepted.status_code == 303
    assert len(PatientMessage.objects.get().form_data["message"]) == 5000


def test_the_limit_is_refused_in_chinese_on_the_chinese_form(client, chinese):
    response = post_message(client, chinese, message="字" * 5001)
    errors = errors_of(response)
    with translation.override("zh-hans"):
        expected = translation.ngettext(
            "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
            "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
            5000,
        ) % {"limit_value": 5000, "show_value": 5001}
    assert errors["message"] == expected
    assert not PatientMessage.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Ana\x07lia"),
        ("name", "Ana\tlia"),
        ("country", "Kazakh\x1bstan"),
        ("condition", "lupus\u2028nephritis"),
        ("message", "colour \x1b[31mred\x1b[0m"),
        ("message", "bell \x07 and NUL \x00"),
        ("message", "not a character: \ufffe"),
    ],
)
def test_control_characters_are_refused(client, english, field, value):
    response = post_message(client, english, **{field: value})
    assert response.status_code == 200
    assert field in errors_of(response)
    assert not PatientMessage.objects.exists()


def test_line_breaks_and_tabs_belong_in_a_message(client, english):
    response = post_message(client, english, message="First line\n\tindented\r\nlast line")
    assert response.status_code == 303
    assert PatientMessage.objects.get().form_data["message"] == "First line\n\tindented\nlast line"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Eve\r\nBcc: victim@example.com"),
        ("name", "Eve\nSubject: free pills"),
        ("email", "patient@example.org\r\nBcc: victim@example.com"),
        ("email", "patient@example.org\nBcc: victim@example.com"),
        ("email", "patient@example.org, victim@example.com"),
    ],
)
def test_header_injection_is_refused(client, english, field, value):
    response = post_message(client, english, **{field: value})
    assert response.status_code == 200
    assert field in errors_of(response)
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "phone",
    [
        "+86 10 1234 5678",
        "+7 (701) 234-56-78",
        "＋８６ １３８ ０００ ０００００",
        "+1 202 555 0143 ext. 12",
        "0049.30.123456",
    ],
)
def test_international_phone_numbers_are_accepted(client, english, phone):
    assert post_message(client, english, phone=phone).status_code == 303
    assert PatientMessage.objects.get().form_data["phone"] == phone


@pytest.mark.parametrize("phone", ["call me", "12", "+86 10 1234 5678<script>", "+86 10 1234 5678; DROP TABLE"])
def test_a_phone_number_that_is_not_one_is_refused(client, english, phone):
    assert_refused(post_message(client, english, phone=phone), "phone", "Enter a phone number with its country code")


def test_html_and_script_are_shown_as_text_when_the_form_comes_back(client, english):
    typed = {"name": SCRIPT, "country": SCRIPT, "condition": SCRIPT, "message": SCRIPT}
    response = post_message(client, english, consent="", **typed)
    html = response.content.decode()
    assert "<script>alert" not in html
    soup = BeautifulSoup(html, "html.parser")
    for name, value in typed.items():
        assert soup.find(attrs={"name": name}).get("value", soup.find(attrs={"name": name}).text).strip() == value


def test_html_and_script_are_stored_as_typed_and_mailed_as_plain_text(client, english):
    quoted_address = '"<script>alert(1)</script>"@example.org'
    typed = {"name": SCRIPT, "country": SCRIPT, "condition": SCRIPT, "message": SCRIPT, "email": quoted_address}
    assert post_message(client, english, **typed).status_code == 303
    stored = PatientMessage.objects.get().form_data
    assert {name: stored[name] for name in typed} == typed
    sent = mail.outbox[0]
    # Plain text only: no HTML part a mail client could render or run.
    assert sent.content_subtype == "plain" and not getattr(sent, "alternatives", [])
    assert f"Your message: {SCRIPT}" in sent.body
    assert sent.reply_to == [quoted_address]
    assert "\n" not in sent.message()["Reply-To"]


def test_a_request_far_too_large_gets_a_polite_page_in_the_visitor_language(client, chinese):
    too_much = "字" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 3 + 1000)
    response = post_message(client, chinese, message=too_much)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "zh-hans"
    assert soup.h1.get_text() == "您的留言太长，无法发送"
    assert "5,000" in soup.select_one("[role=alert]").get_text()
    assert soup.select_one("a.button")["href"] == chinese.form.url
    assert not PatientMessage.objects.exists()


def test_a_large_urlencoded_body_is_refused_the_same_way(client, english):
    body = "message=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(english.form.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "Your message is too large to send" in response.content.decode()
    assert not PatientMessage.objects.exists()


def test_csrf_is_checked_and_its_refusal_is_polite(english, chinese):
    browser = Client(enforce_csrf_checks=True)
    refused = browser.post(chinese.form.url, message_data(chinese))
    assert refused.status_code == 403
    assert "您的留言未能发送" in refused.content.decode()
    assert not PatientMessage.objects.exists()

    browser.get(english.form.url)
    token = browser.cookies[settings.CSRF_COOKIE_NAME].value
    accepted = browser.post(english.form.url, {**message_data(english), "csrfmiddlewaretoken": token})
    assert accepted.status_code == 303
    assert PatientMessage.objects.count() == 1


# Random unicode in every field, hidden ones included: never a 500; either stored as typed or refused
# with a message next to a field (or, for the honeypot, a refusal page).
def any_text(max_size):
    return st.text(max_size=max_size)


FIELDS = {
    "name": st.one_of(st.just("Test Patient"), any_text(300)),
    "email": st.one_of(st.just("patient@example.org"), st.emails(), any_text(60)),
    "phone": st.one_of(st.just(""), st.just("+86 10 1234 5678"), any_text(40)),
    "country": any_text(300),
    "preferred_language": st.one_of(st.just("English"), any_text(20)),
    "condition": any_text(60),
    "message": st.one_of(any_text(200), st.text(alphabet=string.printable + "狼疮\u200d", max_size=5100)),
    "consent": st.one_of(st.just("on"), any_text(5)),
    "case_code": st.one_of(st.just("SLE-03"), any_text(30)),
    "website_url": st.one_of(st.just(""), st.just(""), any_text(10)),
    "form_started": st.one_of(st.just("valid"), any_text(30)),
}


def stored_as(field, typed):
    """What the form keeps of what was typed: surrounding whitespace trimmed, line endings as "\\n"."""
    if field == "message":
        return typed.replace("\r\n", "\n").replace("\r", "\n").strip()
    return typed.strip()


@hypothesis_settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.fixed_dictionaries(FIELDS))
def test_random_unicode_in_every_field_is_stored_or_refused_never_a_500(client, english, data):
    PatientMessage.objects.all().delete()
    if data["form_started"] == "valid":
        data["form_started"] = sign_form_started(at=time.time() - 60)
    # NUL cannot travel in a form post from a browser, but a program can send it.
    response = client.post(english.form.url, data, REMOTE_ADDR=f"10.0.{len(data['message']) % 250}.1")
    assert response.status_code in (200, 303, 400, 429)
    if response.status_code == 303:
        message = PatientMessage.objects.get()
        for field in ("name", "email", "phone", "country", "preferred_language", "condition", "message"):
            assert message.form_data[field] == stored_as(field, data[field])
        assert message.notification_status == PatientMessage.NotificationStatus.SENT
        return
    assert not PatientMessage.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    if response.status_code == 200:
        assert soup.select(".form-field__errors"), "a refused message says why, next to a field"
    else:
        assert soup.select_one("[role=alert]").get_text(strip=True)


# Invisible characters that reorder or hide text: "abc\u202efdp.exe" reads as "abcexe.pdf" in the admin.
INVISIBLE_FORMAT_CHARACTERS = {
    "right-to-left override": "\u202e",
    "left-to-right override": "\u202d",
    "right-to-left isolate": "\u2067",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "soft hyphen": "\u00ad",
    "byte order mark": "\ufeff",
}


@pytest.mark.parametrize("field", ["name", "country", "condition", "email"])
@pytest.mark.parametrize("kind", sorted(INVISIBLE_FORMAT_CHARACTERS))
def test_invisible_format_characters_are_refused_in_one_line_fields(client, english, field, kind):
    value = "abc" + INVISIBLE_FORMAT_CHARACTERS[kind] + "fdp.exe"
    if field == "email":
        value = "abc" + INVISIBLE_FORMAT_CHARACTERS[kind] + "@example.org"
    response = post_message(client, english, **{field: value})
    assert response.status_code == 200
    assert field in errors_of(response)
    assert not PatientMessage.objects.exists()


@pytest.mark.parametrize("kind", ["right-to-left override", "left-to-right override", "right-to-left isolate"])
def test_direction_overrides_are_refused_in_the_message(client, english, kind):
    response = post_message(client, english, message="Invoice " + INVISIBLE_FORMAT_CHARACTERS[kind] + "fdp.exe")
    assert response.status_code == 200
    assert "message" in errors_of(response)
    assert not PatientMessage.objects.exists()
