"""Real-browser fixtures: Debian's Chromium, driven by Playwright, against the demo site on a live server.

pytest-django's `live_server` runs the site in a thread of this process with a transactional
database that is emptied after every test, so the `demo_site` fixture puts the demo content back
into it for each test: every test starts from the same site `make run` builds. The first test
builds it; the rows are then dumped once and loaded again for every later test, which is quicker
than building the site anew.
"""

import os
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from urllib.request import urlopen

import pytest
from browsing import DESKTOP
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright
from wagtail.models import Collection, Locale, Page

from casepages.roles import setup_roles
from hospital.demo.loader import load_demo_content

CHROMIUM = Path(os.environ.get("CASEPAGES_CHROMIUM", "/usr/bin/chromium"))

# Playwright's synchronous API keeps an asyncio event loop in this thread, and Django refuses ORM
# calls whenever it sees one. The tests only touch the database between browser steps, never from
# inside the loop, so the calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# One request at a time. With SQLite in memory, the live server's threads share the test's one
# connection, so two requests at once (the editor's preview panel refreshing while the form is
# submitted) could interleave their savepoints ("no such savepoint"). Django's single-threaded
# server closes each connection after its response, so the browser's requests simply queue.
class OneRequestAtATime(WSGIServer):
    def __init__(self, *args, connections_override=None, **kwargs):
        # Requests are served in the live server's own thread, which already uses the test's
        # connections (LiveServerThread.run), so there is nothing to hand to other threads.
        super().__init__(*args, **kwargs)


LiveServerThread.server_class = OneRequestAtATime


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session: Debian's own build, since no browser can be downloaded here."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium (or set CASEPAGES_CHROMIUM).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def demo_rows(tmp_path_factory):
    """Where the demo site's rows are dumped once built, for the later tests to load: content types
    and permissions in one file, every other row (but sessions) in the other."""
    folder = tmp_path_factory.mktemp("demo-site")
    return folder / "content-types.json", folder / "rows.json"


@pytest.fixture
def demo_site(live_server, demo_rows):
    """The base URL of a live server holding the demo site in both languages, with the staff roles."""
    content_types, rows = demo_rows
    if rows.exists():
        # Emptying the database made the content types and permissions again (post_migrate), under
        # new keys; they are put back under the keys every other row refers to, before those rows.
        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        call_command("loaddata", content_types, verbosity=0)
        call_command("loaddata", rows, verbosity=0)
    else:
        _restore_migration_rows()
        load_demo_content()
        setup_roles()
        call_command("dumpdata", "contenttypes", "auth.permission", output=content_types, verbosity=0)
        call_command("dumpdata", exclude=["contenttypes", "auth.permission", "sessions"], output=rows, verbosity=0)
    yield live_server.url
    _wait_for_requests_in_flight(live_server.url)


def _wait_for_requests_in_flight(base_url):
    """Return once the live server has answered every request the browser sent before it closed.

    The server answers one request at a time, so by the time it answers this one it has finished any
    earlier one (a preview panel's last refresh, say); only then may the database be emptied, which a
    request still running would otherwise hold locked ("database table is locked").
    """
    with suppress(OSError):
        urlopen(base_url + "/robots.txt", timeout=30).close()


def _restore_migration_rows():
    """Put back the rows that migrations (not models) create and that the demo builds on.

    Emptying the database after a test takes them too: the page tree's root, the root collection,
    and wagtail-localize's "submit translation" permission, which the translators' role is given.
    """
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    submit_translation = import_module("wagtail_localize.migrations.0006_create_submit_translation_permission")
    submit_translation.create_submit_translation_permission(django_apps, None)


@pytest.fixture
def open_browser(chromium):
    """Opens a fresh browser profile (no cookies) with a browser language and a screen size; closed after the test.

    `bypass_csp` lets a test inject its own script (axe-core) into pages whose Content-Security-Policy
    rightly refuses inline scripts; every other test sees the site exactly as a visitor does.
    """
    contexts = []

    def open_context(locale="en-GB", viewport=None, bypass_csp=False):
        context = chromium.new_context(locale=locale, viewport=viewport or DESKTOP, bypass_csp=bypass_csp)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_context
    for context in contexts:
        context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so that a fixture can tell whether its test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report
