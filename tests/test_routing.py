"""URLs: every public page under a language prefix, `/` by the browser's language, 404s in our template."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ru-RU,ru;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_sends_visitors_to_their_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("remembered", "accept_language", "expected"),
    [("zh-hans", "en-GB,en;q=0.9", "/zh-hans/"), ("en", "zh-CN,zh;q=0.9", "/en/"), ("fr", "zh-CN", "/zh-hans/")],
)
def test_a_remembered_language_wins_over_the_browsers(client, remembered, accept_language, expected):
    """The language cookie (set by the switcher) decides first; a language we do not have is ignored."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = remembered
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    # Shared caches must keep one redirect per language and cookie, not one for everybody.
    assert {"accept-language", "cookie"} <= {value.strip().lower() for value in response["Vary"].split(",")}


@pytest.mark.parametrize("path", ["/en/", "/zh-hans/", "/en/cases/", "/zh-hans/cases/", "/en/cases/sle-03/"])
def test_public_pages_live_under_a_language_prefix(client, path, english, chinese):
    response = client.get(path)
    assert response.status_code == 200


@pytest.mark.parametrize(("path", "language"), [("/en/cases/", "en"), ("/zh-hans/cases/", "zh-hans")])
def test_html_lang_matches_the_page(client, path, language, english, chinese):
    html = client.get(path).content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html


def test_the_chinese_case_has_its_own_url(client, chinese):
    url = chinese.sle03.url
    assert url.startswith("/zh-hans/")
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("path", ["/fr/", "/fr/cases/sle-03/", "/en/no-such-page/", "/zh-hans/no-such-page/"])
def test_unknown_paths_get_our_404_page(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html or "找不到该页面" in html
    assert "Traceback" not in html


def test_chinese_404_is_in_chinese(client):
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert "找不到该页面" in response.content.decode()


def test_sitemap_lists_both_languages(client, english, chinese):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/en/cases/sle-03/" in xml
    assert chinese.sle03.url in xml
