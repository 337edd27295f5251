"""Hostile or broken sign-in requests get a clean refusal: no 500, no open redirect, no session."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from security_support import LOGIN_URL, VERIFY_URL, code_for, give_authenticator, page_text, sign_in_with_password
from wagtail.users.models import UserProfile

from hospital.demo.loader import DEMO_USERS

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


def admin_browser(user, language=None):
    """A browser that checks CSRF as real ones do, signed in as `user` (optionally with an admin language)."""
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    return browser


@pytest.mark.parametrize(
    ("language", "heading"),
    [(None, "This form has expired"), ("zh-hans", "此表单已过期")],
)
def test_a_csrf_failure_in_the_admin_gets_the_admin_page_in_the_admin_language(
    settings, demo_users, english, language, heading
):
    settings.CASEPAGES_REQUIRE_TWO_FACTOR = False
    browser = admin_browser(demo_users["editor"], language)
    edit_url = f"/admin/pages/{english.sle03.pk}/edit/"
    response = browser.post(edit_url, {"title": "Changed"}, HTTP_REFERER=f"http://testserver{edit_url}")
    assert response.status_code == 403
    text = page_text(response)
    assert heading in text
    assert "Your message could not be sent" not in text and "您的留言未能发送" not in text
    # Back to the page the form was on, to load it again.
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("main a")["href"] == f"http://testserver{edit_url}"


def test_an_admin_csrf_page_never_links_off_site(settings, demo_users):
    settings.CASEPAGES_REQUIRE_TWO_FACTOR = False
    browser = admin_browser(demo_users["editor"])
    response = browser.post("/admin/pages/", {}, HTTP_REFERER="https://evil.example/admin/")
    assert response.status_code == 403
    assert BeautifulSoup(response.content, "html.parser").select_one("main a")["href"] == "/admin/"


def test_the_patients_keep_their_own_csrf_page(english):
    response = Client(enforce_csrf_checks=True).post(english.form.url, {"name": "x"})
    assert response.status_code == 403
    assert "Your message could not be sent" in page_text(response)
    assert "This form has expired" not in page_text(response)
