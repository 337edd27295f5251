"""Spam protection: honeypot, minimum fill time, per-address rate limit; each refusal a polite page."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from messages_support import free_port, message_data, post_message

from casepages.messages.spam import FillTime, check_fill_time, sign_form_started
from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db


def alert_text(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[role=alert]").get_text(" ", strip=True)


def kept_value(response, name):
    field = BeautifulSoup(response.content, "html.parser").find(attrs={"name": name})
    return field.get("value", field.text).strip()


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "We could not accept this message"), ("zh-hans", "我们无法接收这条留言")]
)
def test_a_filled_honeypot_gets_a_polite_refusal(client, english, chinese, language, heading):
    pages = {"en": english, "zh-hans": chinese}[language]
    response = post_message(client, pages, website_url="http://cheap-pills.example")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == heading
    assert soup.select_one("a.button")["href"] == pages.form.url
    assert not PatientMessage.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_moments_after_opening_comes_back_with_what_was_typed(client, english):
    response = post_message(client, english, form_started=sign_form_started(), message="Please help")
    assert response.status_code == 400
    assert "arrived only moments after the form was opened" in alert_text(response)
    assert kept_value(response, "message") == "Please help"
    assert not PatientMessage.objects.exists()
    # The form comes back with a fresh timestamp; a person who sends it a little later gets through.
    fresh = BeautifulSoup(response.content, "html.parser").find(attrs={"name": "form_started"})["value"]
    assert check_fill_time(fresh) is FillTime.TOO_FAST
    assert check_fill_time(fresh, now=time.time() + 5) is FillTime.OK


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-token",
        sign_form_started(at=time.time() - 3 * 24 * 3600),  # three days old
        sign_form_started(at=time.time() - 60)[:-2] + "xx",  # tampered signature
        f"{int(time.time()) - 60}:forged",
    ],
)
def test_a_missing_old_or_forged_timestamp_sends_the_form_back(client, chinese, token):
    response = post_message(client, chinese, form_started=token, name="王芳")
    assert response.status_code == 400
    assert "请检查下面填写的内容" in alert_text(response)
    assert kept_value(response, "name") == "王芳"
    assert not PatientMessage.objects.exists()


def test_one_address_may_send_five_messages_an_hour(client, english, chinese, cache_backend):
    for number in range(5):
        assert post_message(client, english, message=f"Message {number}").status_code == 303
    refused = post_message(client, chinese, message="第六条留言")
    assert refused.status_code == 429
    assert 3500 <= int(refused["Retry-After"]) <= 3600
    assert "您在短时间内发送了多条留言" in alert_text(refused)
    assert "60" in alert_text(refused)
    assert kept_value(refused, "message") == "第六条留言"
    assert PatientMessage.objects.count() == 5
    # Another address is not held back by the first one.
    other = client.post(english.form.url, message_data(english), REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 303
    assert PatientMessage.objects.count() == 6


def test_messages_with_errors_do_not_count_against_the_limit(client, english, settings):
    settings.CASEPAGES_MESSAGE_RATE_LIMIT = 2
    for _attempt in range(4):
        assert post_message(client, english, email="not-an-address").status_code == 200
    assert post_message(client, english).status_code == 303
    assert post_message(client, english).status_code == 303
    assert post_message(client, english).status_code == 429


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, english, settings):
    settings.CASEPAGES_TRUSTED_PROXY_COUNT = 1
    settings.CASEPAGES_MESSAGE_RATE_LIMIT = 1
    forwarded = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client.post(english.form.url, message_data(english), **forwarded).status_code == 303
    # A client cannot dodge the limit by writing its own X-Forwarded-For: the proxy appends the real one.
    forged = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.7"}
    assert client.post(english.form.url, message_data(english), **forged).status_code == 429
    other = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.8"}
    assert client.post(english.form.url, message_data(english), **other).status_code == 303


def test_with_the_cache_server_down_messages_are_still_accepted(client, english, settings):
    # As production configures Redis (django-redis ignoring connection errors, so that the site
    # keeps serving), with nothing listening on the port: every cache call answers None.
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
        }
    }
    assert post_message(client, english, message="Is the cache down?").status_code == 303
    assert PatientMessage.objects.get().form_data["message"] == "Is the cache down?"


@pytest.mark.parametrize("filling", [" ", "   ", "\t", "\u00a0"])
def test_a_honeypot_filled_with_blanks_is_still_filled(client, english, filling):
    response = post_message(client, english, website_url=filling)
    assert response.status_code == 400
    assert not PatientMessage.objects.exists()


def test_an_opened_form_sends_one_message_only(client, english):
    data = message_data(english)
    assert client.post(english.form.url, data).status_code == 303
    # The same timestamp and CSRF pair posted again, as a program replaying the request would.
    replayed = client.post(english.form.url, {**data, "message": "Second message, same form"})
    assert replayed.status_code == 400
    assert "opened too long ago" in alert_text(replayed)
    assert kept_value(replayed, "message") == "Second message, same form"
    assert PatientMessage.objects.count() == 1
    # The form it sends back carries a fresh timestamp; a person sends it again and it goes.
    fresh = BeautifulSoup(replayed.content, "html.parser").find(attrs={"name": "form_started"})["value"]
    assert fresh != data["form_started"]
    assert check_fill_time(fresh, now=time.time() + 5) is FillTime.OK


def test_two_forms_opened_in_the_same_second_are_two_tokens():
    moment = time.time() - 60
    assert sign_form_started(at=moment) != sign_form_started(at=moment)
