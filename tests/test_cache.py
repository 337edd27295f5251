"""The page cache in the app: public pages come from the cache, and every change shows on the next request.

Each test runs on the cache the site runs with by default (local memory) and on Redis, the cache
several app servers share. What a visitor reads is compared before and after each change, in both
languages. The proxy in front is tested with a real Varnish in tests/test_scaling.py.
"""

import re

import pytest
from django.apps import apps
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import RequestFactory
from publishing import publish_change
from wagtail.models import Page, PageViewRestriction

from casepages import cache as page_cache
from casepages.models import CasePage

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def has_alternate(response, language, url):
    """Whether the page's head links its version in `language` (hreflang), at `url`."""
    pattern = rf'<link rel="alternate" hreflang="{language}" href="[^"]*{re.escape(url)}">'
    return re.search(pattern, response.content.decode()) is not None


def publish(page, **changes):
    publish_change(page, **changes)


def test_a_public_page_is_made_once_then_served_from_the_cache_in_both_languages(
    client, english, chinese, cache_backend, django_assert_num_queries
):
    for page in (english.sle03, chinese.sle03, english.case_index, chinese.case_index, english.home):
        first = client.get(page.url)
        assert first.status_code == 200
        assert first["X-Page-Cache"] == "miss"
        with django_assert_num_queries(0):
            second = client.get(page.url)
        assert second["X-Page-Cache"] == "hit"
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]
    assert chinese.sle03.title in text_of(client.get(chinese.sle03.url))


def test_public_pages_say_public_and_for_how_long(client, english, settings):
    settings.CASEPAGES_PUBLIC_MAX_AGE = 60
    settings.CASEPAGES_PROXY_MAX_AGE = 3600
    for url in (english.sle03.url, english.case_index.url, english.home.url):
        cache_control = {part.strip() for part in client.get(url)["Cache-Control"].split(",")}
        assert cache_control == {"public", "max-age=60", "s-maxage=3600"}


def test_query_strings_are_separate_pages(client, english, cache_backend):
    lupus = english.sle03.condition
    everything = client.get(english.case_index.url)
    filtered = client.get(english.case_index.url, {"condition": lupus.slug})
    assert filtered.content != everything.content
    again = client.get(english.case_index.url, {"condition": lupus.slug})
    assert again["X-Page-Cache"] == "hit"
    assert again.content == filtered.content
    assert client.get(english.case_index.url)["X-Page-Cache"] == "hit"


def test_a_published_change_to_the_source_shows_on_the_next_request(client, english, chinese, cache_backend):
    for url in (english.sle03.url, english.case_index.url, english.home.url, chinese.sle03.url):
        client.get(url)
    publish(english.sle03, title="Lupus in remission after CAR-T (updated)")

    for url in (english.sle03.url, english.case_index.url, english.home.url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss"
        assert "Lupus in remission after CAR-T (updated)" in text_of(response)
    assert chinese.sle03.title in text_of(client.get(chinese.sle03.url))


def test_a_published_change_to_the_translation_shows_on_the_next_request(client, english, chinese, cache_backend):
    client.get(chinese.sle03.url)
    client.get(chinese.case_index.url)
    publish(chinese.sle03, title="系统性红斑狼疮（SLE）病例03（已更新）")

    assert "系统性红斑狼疮（SLE）病例03（已更新）" in text_of(client.get(chinese.sle03.url))
    assert "系统性红斑狼疮（SLE）病例03（已更新）" in text_of(client.get(chinese.case_index.url))


def test_unpublishing_a_translation_shows_in_both_languages(client, english, chinese, cache_backend):
    assert has_alternate(client.get(english.sle03.url), "zh-hans", chinese.sle03.url)
    assert client.get(chinese.sle03.url).status_code == 200

    chinese.sle03.unpublish()

    assert client.get(chinese.sle03.url).status_code == 404
    assert chinese.sle03.title not in text_of(client.get(chinese.case_index.url))
    english_after = client.get(english.sle03.url)
    assert not has_alternate(english_after, "zh-hans", chinese.sle03.url)
    assert "简体中文 : not translated yet" in text_of(english_after)


def test_unpublishing_the_source_shows_in_both_languages(client, english, chinese, cache_backend):
    client.get(english.sle03.url)
    client.get(english.case_index.url)
    assert has_alternate(client.get(chinese.sle03.url), "en", english.sle03.url)

    english.sle03.unpublish()

    assert client.get(english.sle03.url).status_code == 404
    assert english.sle03.title not in text_of(client.get(english.case_index.url))
    assert not has_alternate(client.get(chinese.sle03.url), "en", english.sle03.url)


def test_deleting_a_page_shows_on_the_next_request(client, english, cache_backend):
    other = CasePage.objects.live().child_of(english.case_index).exclude(pk=english.sle03.pk).first()
    client.get(other.url)
    client.get(english.case_index.url)

    other.delete()

    assert client.get(other.url).status_code == 404
    assert other.title not in text_of(client.get(english.case_index.url))


def test_a_renamed_condition_shows_on_the_next_request(client, chinese, cache_backend):
    client.get(chinese.sle03.url)
    client.get(chinese.case_index.url)
    condition = chinese.sle03.condition
    publish_change(condition, name="系统性红斑狼疮（新名称）")

    assert "系统性红斑狼疮（新名称）" in text_of(client.get(chinese.sle03.url))
    assert "系统性红斑狼疮（新名称）" in text_of(client.get(chinese.case_index.url))


def test_an_unpublished_message_form_takes_its_link_off_the_case_pages(client, english, chinese, cache_backend):
    assert english.form.url in client.get(english.sle03.url).content.decode()
    english.form.unpublish()
    assert english.form.url not in client.get(english.sle03.url).content.decode()
    assert chinese.form.url in client.get(chinese.sle03.url).content.decode()


def test_a_saved_draft_changes_nothing_a_visitor_sees_and_keeps_the_cache(client, english, cache_backend):
    original_title = english.sle03.title
    client.get(english.sle03.url)
    english.sle03.title = "A draft nobody has reviewed"
    english.sle03.save_revision()

    response = client.get(english.sle03.url)
    assert response["X-Page-Cache"] == "hit"
    assert original_title in text_of(response)
    assert "A draft nobody has reviewed" not in text_of(response)


def test_the_message_form_is_never_cached_and_tokens_are_never_shared(client, english, chinese, cache_backend):
    from django.test import Client

    for form in (english.form, chinese.form):
        tokens = set()
        for visitor in (Client(), Client(), client):
            response = visitor.get(form.url)
            assert response.status_code == 200
            assert "X-Page-Cache" not in response
            cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
            assert {"private", "no-store"} <= cache_control
            assert "public" not in cache_control
            tokens.update(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()))
        assert len(tokens) == 3


def test_a_signed_in_user_is_never_served_from_the_cache_nor_stored_in_it(client, client_for, english, cache_backend):
    from django.test import Client

    anonymous = Client()
    anonymous.get(english.sle03.url)  # now cached for everyone without a session

    editor = client_for("editor")
    response = editor.get(english.sle03.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]

    # And what the editor was shown was not stored for the next anonymous visitor.
    publish(english.sle03, title="Changed after the editor looked")
    editor.get(english.sle03.url)
    assert anonymous.get(english.sle03.url)["X-Page-Cache"] == "miss"


def test_a_visitor_with_a_message_waiting_is_never_served_from_the_cache_nor_stored_in_it(
    client, english, cache_backend
):
    from django.test import Client

    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.SUCCESS, "Your message was sent.")])
    response = client.get(english.sle03.url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert Client().get(english.sle03.url)["X-Page-Cache"] == "miss"


def test_a_page_behind_a_password_is_not_shared(client, english, cache_backend):
    assert client.get(english.sle03.url)["X-Page-Cache"] == "miss"
    PageViewRestriction.objects.create(
        page=english.sle03, restriction_type=PageViewRestriction.PASSWORD, password="hospital"
    )
    response = client.get(english.sle03.url)
    assert "X-Page-Cache" not in response
    assert english.sle03.summary not in text_of(response)
    assert "private" in response["Cache-Control"]


def test_the_admin_is_private(client, client_for):
    assert "private" in client.get("/admin/login/")["Cache-Control"]
    assert "private" in client_for("admin").get("/admin/")["Cache-Control"]


def test_every_casepages_model_is_classified_for_the_cache():
    """A model that public pages might show must empty the cache when it changes: someone has to decide."""
    classified = page_cache.SHOWN_ON_PUBLIC_PAGES | page_cache.NOT_SHOWN_ON_PUBLIC_PAGES
    for label in ("casepages", "casepages_workflow"):
        for model in apps.get_app_config(label).get_models():
            if issubclass(model, Page):
                continue
            assert model._meta.label_lower in classified, f"{model._meta.label} is not classified in casepages/cache.py"


def test_a_very_long_query_string_is_served_but_not_kept(client, english, cache_backend):
    """Nobody needs one; kept, each would be one more entry for whoever sends them by the thousand."""
    url = f"{english.sle03.url}?utm_source={'x' * 300}"
    first = client.get(url)
    assert first.status_code == 200
    assert english.sle03.title in text_of(first)
    assert "public" in first["Cache-Control"]  # the proxy may still keep it for its own reasons
    assert "X-Page-Cache" not in client.get(url)
