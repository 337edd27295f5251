"""Redis, the cache, goes down under the running site: pages and messages go on from the database."""

import time

import pytest
from outage_support import (
    SiteServer,
    ThrowawayRedis,
    cookies_from,
    demo_cluster,
    form_fields,
    get,
    manage,
    post_form,
    site_environment,
)

# Its own PostgreSQL cluster, whatever DATABASE_URL says: the PostgreSQL run leaves it out (Makefile).
pytestmark = pytest.mark.same_on_every_database


@pytest.fixture(scope="module")
def site_with_redis():
    """The site with its cache in a Redis of the test's own, which the tests stop."""
    cluster = demo_cluster()
    cluster.ensure_running()
    redis = ThrowawayRedis()
    redis.start()
    server = SiteServer(site_environment(cluster.url("casepages"), REDIS_URL=redis.url))
    yield cluster, redis, server
    server.stop()
    redis.stop()


def test_with_redis_down_pages_are_served_from_the_database(site_with_redis):
    _cluster, redis, server = site_with_redis
    for _visit in range(2):
        assert get(server.url("/en/cases/sle-03/"))[0] == 200
    assert redis.count_keys() > 0, "the site should be using Redis while it is up"

    redis.stop()
    for path in ["/en/cases/sle-03/", "/zh-hans/cases/sle-03/", "/en/cases/", "/zh-hans/", "/admin/login/"]:
        status, _headers, body = get(server.url(path))
        assert status == 200, (path, body[:300])

    redis.start()
    assert get(server.url("/en/cases/sle-03/"))[0] == 200


def test_with_redis_down_a_patient_can_still_send_a_message(site_with_redis):
    """The rate limit lives in the cache; without it, the message is still taken (and stored)."""
    cluster, redis, server = site_with_redis
    status, headers, form_page = get(server.url("/en/leave-your-message/"))
    cookies, fields = cookies_from(headers), form_fields(form_page)
    fields["name"] = "Redis Outage Patient"
    opened_at = time.monotonic()
    redis.stop()
    try:
        time.sleep(max(0.0, 3.5 - (time.monotonic() - opened_at)))
        status, headers, body = post_form(server.url("/en/leave-your-message/"), fields, cookies)
        assert status == 303, body[:300]
    finally:
        redis.start()
    stored = manage(
        site_environment(cluster.url("casepages")),
        "shell",
        "-c",
        "from casepages.models import PatientMessage; "
        "print(PatientMessage.objects.filter(form_data__name='Redis Outage Patient').count())",
    )
    assert stored.stdout.strip().splitlines()[-1] == "1"
