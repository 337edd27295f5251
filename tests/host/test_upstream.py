"""casepages.upstream: every name and shape casepages relies on in wagtail-localize, Wagtail and Django.

These fail when an upgrade renames or reshapes one of them, before anything else does. They run
in the plugin's own suite, so at both ends of the supported range (`make test-matrix`).
"""

import inspect
import re

import pytest
from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils.functional import SimpleLazyObject
from wagtail_localize.models import LocaleSynchronization, TranslationSource

from casepages import upstream


@pytest.mark.parametrize("name", sorted(upstream.UPSTREAM_NAMES))
def test_every_upstream_name_is_still_there(name):
    assert getattr(upstream, name) is not None


@pytest.mark.parametrize(
    ("name", "parameters"),
    [
        ("ingest_segments", ["original_obj", "translated_obj", "src_locale", "tgt_locale", "segments"]),
        ("copy_synchronised_fields", ["source", "target"]),
        ("apply_machine_translation", ["translation_id", "user", "machine_translator"]),
        ("edit_translation", ["request", "translation", "instance"]),
        ("extract_segments", ["instance"]),
    ],
)
def test_the_functions_take_what_casepages_passes(name, parameters):
    assert list(inspect.signature(getattr(upstream, name)).parameters)[: len(parameters)] == parameters


def test_the_classes_casepages_builds_on_keep_their_shape():
    assert list(inspect.signature(upstream.TranslationCreator).parameters)[:2] == ["user", "target_locales"]
    assert "include_related_objects" in inspect.signature(upstream.TranslationCreator.create_translations).parameters
    assert "locale" in inspect.signature(TranslationSource._get_segments_for_translation).parameters
    assert hasattr(upstream.localize_report, "TranslationsReportView")
    assert hasattr(upstream.localize_snippets_api, "SnippetViewSet")
    assert {"form_valid", "get_form"} <= set(dir(upstream.SubmitPageTranslationView)) | set(
        dir(upstream.UpdateTranslationsView)
    )
    # Locale synchronisation publishes unreviewed aliases; casepages takes it out of this list.
    components = upstream.LOCALE_COMPONENTS
    assert isinstance(components, list) and all("model" in component for component in components)
    assert not any(component["model"] is LocaleSynchronization for component in components)


def _admin_routes(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _admin_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.callback


def _example_path(route):
    return re.sub(r"<(?:int:)?(\w+)>", "1", re.sub(r"<(?:slug|str):(\w+)>", "casepages", route))


@pytest.mark.parametrize("route", upstream.LOCALIZE_PATHS_SERVED_BY_CASEPAGES)
def test_each_localize_view_casepages_serves_still_exists_upstream_and_casepages_answers_it(route):
    wagtail_localize_routes = {
        path.removeprefix("admin/localize/")
        for path, callback in _admin_routes(get_resolver().url_patterns)
        if path.startswith("admin/localize/") and callback.__module__.startswith("wagtail_localize")
    }
    assert route in wagtail_localize_routes, "wagtail-localize moved or dropped this view"
    assert resolve("/admin/localize/" + _example_path(route)).func.__module__.startswith("casepages")


@pytest.mark.django_db
def test_pending_commit_callbacks_sees_what_on_commit_registered():
    def callback():
        pass

    with transaction.atomic():
        transaction.on_commit(callback)
        assert callback in upstream.pending_commit_callbacks(connection)


def test_messages_touched_sees_a_queued_message():
    request = RequestFactory().get("/")
    SessionMiddleware(lambda r: HttpResponse()).process_request(request)
    MessageMiddleware(lambda r: HttpResponse()).process_request(request)
    assert not upstream.messages_touched(request)
    messages.info(request, "Saved.")
    assert upstream.messages_touched(request)


def test_csp_nonce_made_sees_django_csp_make_a_nonce():
    csp = pytest.importorskip("csp.middleware", reason="django-csp is casepages.security's, not the plugin's")
    request = RequestFactory().get("/")
    csp.CSPMiddleware(lambda r: HttpResponse()).process_request(request)
    assert not upstream.csp_nonce_made(request)
    str(request.csp_nonce)
    assert upstream.csp_nonce_made(request)


def test_unwrap_lazy_hands_back_the_object_inside():
    inner = object()
    assert upstream.unwrap_lazy(SimpleLazyObject(lambda: SimpleLazyObject(lambda: inner))) is inner


def test_phone_region_place_names_reads_every_english_place_name_without_importing_the_tables():
    import sys

    already_loaded = "phonenumbers.geodata" in sys.modules
    names = upstream.phone_region_place_names()
    assert ("phonenumbers.geodata" in sys.modules) == already_loaded
    assert {"Almaty", "Shymkent", "Urumqi", "Ulaanbaatar", "Karaganda"} <= {
        word for name in names for word in name.replace(",", " ").split()
    }

    # The text read must hold what the imported tables hold, name for name.
    from phonenumbers.geodata import GEOCODE_DATA

    assert names == {entry["en"] for entry in GEOCODE_DATA.values() if "en" in entry}
