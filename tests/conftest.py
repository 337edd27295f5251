"""Shared fixtures: the demo site in both languages, built once per test session, and its users."""

import socket
import time

import pytest
import redis
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale

from casepages.models import CaseIndexPage, CasePage, MessageFormPage
from casepages.roles import setup_roles
from hospital.demo.loader import DEMO_USERS, load_demo_content
from hospital.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site exactly as `make run` builds it."""
    with django_db_blocker.unblock():
        load_demo_content()
        setup_roles()


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a request to a Chinese page leaves its language active in the thread."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_caches():
    """No test sees what another cached (rendered pages, rate-limit counters)."""
    for cache in caches.all():
        cache.clear()


class SitePages:
    """The demo pages of one language."""

    def __init__(self, language_code):
        self.locale = Locale.objects.get(language_code=language_code)
        self.home = HomePage.objects.get(locale=self.locale)
        self.case_index = CaseIndexPage.objects.get(locale=self.locale)
        self.form = MessageFormPage.objects.get(locale=self.locale)
        self.sle03 = CasePage.objects.get(locale=self.locale, case_code="SLE-03")


@pytest.fixture
def english(db):
    return SitePages("en")


@pytest.fixture
def chinese(db):
    return SitePages("zh-hans")


@pytest.fixture
def demo_users(db):
    """The demo accounts by role name, as the README lists them."""
    return {user.username: user for user in get_user_model().objects.filter(username__in=DEMO_USERS)}


@pytest.fixture
def client_for(client, demo_users):
    """A test client logged in as the demo user of the given role."""

    def login(username):
        client.force_login(demo_users[username])
        return client

    return login


@pytest.fixture
def two_factor_on(settings):
    """The test settings switch the second factor off; the security tests switch it back on."""
    settings.CASEPAGES_REQUIRE_TWO_FACTOR = True


@pytest.fixture
def no_throttle(settings):
    """django-otp makes a device wait after a wrong code; tests that go on at once switch that off."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(params=["locmem", "redis"])
def cache_backend(request, settings):
    """Run a test on each cache the site can use: local memory, and the Redis on loopback under a prefix of its own."""
    if request.param == "redis":
        if not redis_available():
            pytest.skip("no Redis server on 127.0.0.1:6379 (.ci/run starts one)")
        prefix = f"casepages-cache-test-{time.time_ns()}"
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
        yield request.param
        # Only this test's keys: the Redis server is shared with whatever else runs here.
        server = redis.Redis.from_url(REDIS_URL)
        keys = list(server.scan_iter(match=f"{prefix}:*"))
        if keys:
            server.delete(*keys)
    else:
        yield request.param


# The test host's suite runs on its own settings (tests/host/settings.py), never inside the site's.
collect_ignore = ["host"]
