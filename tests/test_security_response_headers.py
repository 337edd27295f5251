"""Security headers on every answer: public pages, the form, the admin, errors; production's extras."""

import json

import pytest
from test_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db


def directives(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        words = part.split()
        if words:
            policy[words[0]] = words[1:]
    return policy


@pytest.fixture
def public_answers(client, english, chinese):
    urls = [english.home.url, english.sle03.url, english.form.url, chinese.sle03.url, chinese.form.url]
    return {url: client.get(url) for url in urls} | {"/en/no-such-page/": client.get("/en/no-such-page/")}


def test_every_public_answer_carries_the_headers(public_answers):
    for url, response in public_answers.items():
        assert response.status_code in (200, 404), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Frame-Options"] == "DENY", url
        assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
        policy = directives(response)
        assert policy["frame-ancestors"] == ["'none'"], url
        assert policy["object-src"] == ["'none'"], url


def test_public_pages_allow_no_inline_script(public_answers):
    for url, response in public_answers.items():
        policy = directives(response)
        assert "'self'" in policy["script-src"], url
        assert "'unsafe-inline'" not in policy["script-src"], url
        assert "'unsafe-eval'" not in policy["script-src"], url
        assert "'unsafe-inline'" not in policy["default-src"], url
        # and the pages hold no inline script that such a policy would block
        html = response.content.decode()
        assert "<script>" not in html and " onclick=" not in html and "javascript:" not in html, url


def test_the_admin_has_its_own_policy_and_frames_only_itself(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_production_sends_hsts_and_secure_cookies_only():
    result = manage(
        "shell",
        "-c",
        "import json; from django.conf import settings as s; print(json.dumps({name: getattr(s, name) for name in "
        "['SECURE_HSTS_SECONDS', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'LANGUAGE_COOKIE_SECURE', "
        "'SESSION_COOKIE_HTTPONLY', 'SECURE_SSL_REDIRECT', 'CASEPAGES_REQUIRE_TWO_FACTOR', 'AXES_ENABLED']}))",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert all(
        values[name]
        for name in [
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "LANGUAGE_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SECURE_SSL_REDIRECT",
            "CASEPAGES_REQUIRE_TWO_FACTOR",
            "AXES_ENABLED",
        ]
    )


def test_deploy_checks_refuse_a_site_without_two_factor_sign_in():
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="hospital.settings.test",
    )
    assert result.returncode != 0
    assert "casepages.E101" in result.stderr


@pytest.fixture
def preview_urls(english, chinese):
    """Admin URLs that show a page as the public would see it, inside the editor's preview panel."""
    return [
        f"/admin/pages/{english.sle03.pk}/view_draft/",
        f"/admin/pages/{english.sle03.pk}/revisions/{english.sle03.latest_revision.pk}/view/",
        f"/admin/pages/{english.form.pk}/view_draft/",
    ]


def test_previews_may_be_framed_by_the_admin_only(client, demo_users, preview_urls):
    client.force_login(demo_users["admin"])
    for url in preview_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["frame-ancestors"] == ["'self'"], url
        assert response["X-Frame-Options"] == "SAMEORIGIN", url
        # The rest stays the public page's policy: no inline script.
        assert "'unsafe-inline'" not in policy["script-src"], url


def test_the_public_page_itself_still_refuses_every_frame(client, demo_users, english):
    client.force_login(demo_users["admin"])
    client.get(f"/admin/pages/{english.sle03.pk}/view_draft/")
    response = client.get(english.sle03.url)
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_runs_no_inline_event_handlers(client, demo_users):
    # Wagtail 8's admin still needs inline <script> elements, but none of its templates uses onclick=
    # and the like: handlers injected into an attribute do not run.
    client.force_login(demo_users["editor"])
    for url in ["/admin/login/", "/admin/", "/admin/pages/"]:
        policy = directives(client.get(url))
        assert policy["script-src-attr"] == ["'none'"], url
        assert "'unsafe-eval'" not in policy["script-src"], url
