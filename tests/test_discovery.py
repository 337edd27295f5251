"""Finding the right language: the switcher, the remembered choice, hreflang and canonical links, the sitemap."""

import xml.etree.ElementTree as ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from factories import add_case_page
from wagtail.models import Page

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def soup_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def switcher_link(soup, language_code):
    return soup.select_one(f'.language-switcher a[lang="{language_code}"]')


def pages_of(site_pages):
    return {
        "home": site_pages.home,
        "case index": site_pages.case_index,
        "case": site_pages.sle03,
        "form": site_pages.form,
        "privacy": site_pages.form.privacy_page.get_translation(site_pages.locale),
    }


# The language switcher


@pytest.mark.parametrize(("source", "target"), [("english", "chinese"), ("chinese", "english")])
@pytest.mark.parametrize("which", ["home", "case index", "case", "form"])
def test_switcher_goes_to_the_same_page_in_the_other_language(client, request, source, target, which):
    page = pages_of(request.getfixturevalue(source))[which]
    translated = pages_of(request.getfixturevalue(target))[which]
    link = switcher_link(soup_of(client, page.url), translated.locale.language_code)

    response = client.get(link["href"])

    assert response.status_code == 302
    assert response["Location"] == translated.url


def test_switcher_names_each_language_in_its_own_script(client, english, chinese):
    for page in (english.sle03, chinese.sle03):
        switcher = soup_of(client, page.url).select_one(".language-switcher")
        assert [item.get_text(strip=True) for item in switcher.select("li")] == ["English", "简体中文"]
        assert switcher.select_one('[aria-current="true"]')["lang"] == page.locale.language_code


def test_choosing_a_language_is_remembered_and_wins_over_the_browser_language(client, english, chinese):
    link = switcher_link(soup_of(client, chinese.sle03.url), "en")
    response = client.get(link["href"])
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert int(cookie["max-age"]) >= 60 * 60 * 24 * 300  # kept across browser restarts, not for the session

    # Later, the same browser (still set to Chinese) comes back to the bare address.
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Location"] == "/en/"

    link = switcher_link(soup_of(client, english.home.url), "zh-hans")
    client.get(link["href"])
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/zh-hans/"


def test_language_choice_never_sends_visitors_off_the_site(client):
    response = client.get("/language/zh-hans/", {"next": "https://elsewhere.example/phish"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"


def test_unknown_language_is_not_remembered(client):
    response = client.get("/language/fr/", {"next": "/fr/"}, follow=True)
    assert response.status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies


def test_missing_translation_is_announced_and_not_listed(client, english, chinese):
    chinese.sle03.unpublish()

    english_soup = soup_of(client, english.sle03.url)
    missing = english_soup.select_one(".language-switcher__missing")
    assert missing.get_text(" ", strip=True) == "简体中文 : not translated yet"
    assert switcher_link(english_soup, "zh-hans") is None
    assert not english_soup.select('link[hreflang="zh-hans"]')

    chinese_index = soup_of(client, chinese.case_index.url)
    assert chinese.sle03.title not in chinese_index.get_text()


def test_a_missing_translation_offers_the_original(client, english, chinese):
    chinese.sle03.unpublish()

    response = client.get(chinese.sle03.url)

    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert "此页面尚无简体中文版本。" in soup.get_text()
    original = soup.select_one(".untranslated-original a")
    assert original["href"] == english.sle03.url
    assert original.get_text() == english.sle03.title


def test_a_page_missing_in_every_language_offers_nothing_but_the_home_page(client, chinese):
    response = client.get("/zh-hans/cases/no-such-case/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".untranslated-original") is None
    # With no page to translate, the switcher offers each language's home page.
    assert client.get(switcher_link(soup, "en")["href"])["Location"] == "/en/"


# hreflang alternates and canonical links


@pytest.mark.parametrize("language", ["english", "chinese"])
@pytest.mark.parametrize("which", ["home", "case index", "case", "form", "privacy"])
def test_every_page_links_its_translations_and_itself(client, request, english, chinese, language, which):
    page = pages_of(request.getfixturevalue(language))[which]
    english_page, chinese_page = pages_of(english)[which], pages_of(chinese)[which]
    head = soup_of(client, page.url).head

    assert head.select_one('link[rel="canonical"]')["href"] == page.full_url
    alternates = {link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')}
    assert alternates == {
        "en": english_page.full_url,
        "zh-hans": chinese_page.full_url,
        "x-default": english_page.full_url,
    }


def test_canonical_leaves_out_filters_and_search(client, english):
    head = soup_of(client, english.case_index.url + "?condition=systemic-lupus-erythematosus&q=lupus").head
    assert head.select_one('link[rel="canonical"]')["href"] == english.case_index.full_url


# sitemap.xml


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        entries[url.findtext(f"{SITEMAP}loc")] = alternates
    return entries


def test_sitemap_lists_every_live_page_of_every_language_with_its_alternates(client, english, chinese):
    entries = sitemap_entries(client)

    live_pages = [
        page
        for home in (english.home, chinese.home)
        for page in Page.objects.live().descendant_of(home, inclusive=True)
    ]
    assert set(entries) == {page.full_url for page in live_pages}
    assert english.sle03.full_url in entries and chinese.sle03.full_url in entries
    expected = {"en": english.sle03.full_url, "zh-hans": chinese.sle03.full_url, "x-default": english.sle03.full_url}
    assert entries[english.sle03.full_url] == expected
    assert entries[chinese.sle03.full_url] == expected


def test_sitemap_leaves_out_drafts_and_claims_no_missing_translation(client, english, chinese):
    chinese.sle03.unpublish()
    english_only = add_case_page(english.case_index, title="English only", slug="english-only", case_code="EN-ONLY")

    entries = sitemap_entries(client)

    assert chinese.sle03.full_url not in entries
    # A page in one language only has nothing to point to: no alternates at all.
    assert entries[english.sle03.full_url] == {}
    assert entries[english_only.full_url] == {}


@pytest.mark.parametrize("count", [5, 60])
def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, english, count, django_assert_max_num_queries):
    for number in range(count):
        add_case_page(english.case_index, slug=f"sitemap-case-{number:03d}", case_code=f"MAP-{number:03d}")
    client.get("/sitemap.xml")  # warm the site and locale caches, as a running server has
    with django_assert_max_num_queries(12):
        entries = sitemap_entries(client)
    assert len(entries) >= count + 10
