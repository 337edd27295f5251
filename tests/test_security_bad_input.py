"""Hostile or broken sign-in requests get a clean refusal: no 500, no open redirect, no session."""

import pytest
from django.test import Client
from security_support import LOGIN_URL, VERIFY_URL, code_for, give_authenticator, page_text, sign_in_with_password

from casepages.demo import DEMO_USERS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

OFF_SITE = [
    "https://evil.example/",
    "//evil.example/admin/",
    "http:evil.example",
    "/\\evil.example",
    "https:///evil.example",
]


def test_a_tampered_session_cookie_is_an_anonymous_visitor(client, demo_users, english):
    give_authenticator(demo_users["admin"])
    sign_in_with_password(client, "admin", DEMO_USERS["admin"]["password"])
    real = client.cookies["sessionid"].value
    for forged in [real[:-1] + ("a" if real[-1] != "a" else "b"), "x" * 40, "'; DROP TABLE django_session; --", ""]:
        client.cookies["sessionid"] = forged
        response = client.get("/admin/pages/")
        assert response.status_code == 302, forged
        assert response["Location"].startswith(LOGIN_URL), forged
        assert client.get(english.sle03.url).status_code == 200


def test_a_forged_csrf_token_is_refused_politely():
    browser = Client(enforce_csrf_checks=True)
    browser.get(LOGIN_URL)
    assert "csrftoken" in browser.cookies
    response = browser.post(
        LOGIN_URL,
        {"username": "admin", "password": DEMO_USERS["admin"]["password"], "csrfmiddlewaretoken": "forged" * 10},
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in browser.session
    assert "Traceback" not in response.content.decode()


def test_a_missing_csrf_token_is_refused_too():
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(LOGIN_URL, {"username": "admin", "password": DEMO_USERS["admin"]["password"]})
    assert response.status_code == 403
    assert "_auth_user_id" not in browser.session


@pytest.mark.parametrize("length", [4_096, 100_000, 1_000_000])
def test_an_over_long_password_is_an_ordinary_wrong_password(client, length):
    response = sign_in_with_password(client, "editor", "p" * length)
    assert response.status_code == 200
    assert "Your username and password didn't match" in page_text(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "data", [{}, {"username": "editor"}, {"password": "editor-demo"}, {"username": "", "password": ""}]
)
def test_a_sign_in_with_missing_fields_says_what_is_missing(client, data):
    response = client.post(LOGIN_URL, data)
    assert response.status_code == 200
    assert "This field is required." in page_text(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("target", OFF_SITE)
def test_next_pointing_off_site_is_ignored_at_both_steps(client, demo_users, no_throttle, target):
    device, _codes = give_authenticator(demo_users["reviewer"])
    response = sign_in_with_password(client, "reviewer", DEMO_USERS["reviewer"]["password"], next_url=target)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"

    page = client.get(f"{VERIFY_URL}?next={target}")
    assert 'name="next" value="/admin/"' in page.content.decode()
    response = client.post(VERIFY_URL, {"code": code_for(device), "next": target})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_an_on_site_next_is_kept_through_the_second_factor(client, demo_users, english):
    device, _codes = give_authenticator(demo_users["editor"])
    edit_url = f"/admin/pages/{english.sle03.pk}/edit/"
    response = sign_in_with_password(client, "editor", DEMO_USERS["editor"]["password"], next_url=edit_url)
    assert response["Location"] == edit_url
    response = client.get(edit_url)
    assert response["Location"] == f"{VERIFY_URL}?next=%2Fadmin%2Fpages%2F{english.sle03.pk}%2Fedit%2F"
    response = client.post(VERIFY_URL, {"code": code_for(device), "next": edit_url})
    assert response["Location"] == edit_url
    assert client.get(edit_url).status_code == 200


def test_codes_that_are_not_codes_are_refused_cleanly(client, demo_users, no_throttle):
    give_authenticator(demo_users["coordinator"])
    sign_in_with_password(client, "coordinator", DEMO_USERS["coordinator"]["password"])
    for code in ["", " ", "9" * 5000, "12345\x00", "' OR 1=1 --", "１２３４５６"]:
        response = client.post(VERIFY_URL, {"code": code})
        assert response.status_code == 200, code
    assert client.get("/admin/").status_code == 302
