"""Password-reset e-mails: a few per account and per address, never a flood, and links to the real site."""

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

RESET_URL = "/admin/password_reset/"
DONE_URL = "/admin/password_reset/done/"


def ask_for_reset(client, email, address="192.0.2.20"):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address)


def test_one_account_gets_three_reset_emails_an_hour_however_often_it_is_asked(client):
    answers = [ask_for_reset(client, "editor@hospital.example", address=f"192.0.2.{n}") for n in range(12)]
    # Every request gets the same answer, so the page tells nobody whether the limit was reached.
    assert {(answer.status_code, answer["Location"]) for answer in answers} == {(302, DONE_URL)}
    assert len(mail.outbox) == 3
    assert {message.to[0] for message in mail.outbox} == {"editor@hospital.example"}


def test_one_address_asks_for_ten_resets_an_hour_across_accounts(client, demo_users):
    # Each account asked for at most three times: only the address's limit can hold these back.
    emails = sorted(user.email for user in demo_users.values()) * 2 + ["admin@hospital.example"]
    for email in emails:
        assert ask_for_reset(client, email, address="198.51.100.5").status_code == 302
    assert len(mail.outbox) == 10
    # Another address is not held back by the first.
    ask_for_reset(client, "reviewer@hospital.example", address="198.51.100.6")
    assert len(mail.outbox) == 11


def test_the_limit_counts_the_address_behind_a_trusted_proxy(client, settings):
    settings.CASEPAGES_TRUSTED_PROXY_COUNT = 1
    for number in range(12):
        client.post(
            RESET_URL,
            {"email": f"nobody{number}@hospital.example"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{number}, 203.0.113.9",
        )
    ask_for_reset(client, "editor@hospital.example", address="127.0.0.1")
    client.post(
        RESET_URL, {"email": "editor@hospital.example"}, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    # The forged left-hand addresses count as the proxy's one visitor, who used up the ten.
    assert len(mail.outbox) == 1


def test_reset_links_point_at_the_configured_site(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://patients.hospital.example"
    ask_for_reset(client, "editor@hospital.example")
    [message] = mail.outbox
    assert "https://patients.hospital.example/admin/password_reset/confirm/" in message.body
