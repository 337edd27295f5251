"""Beyond one process: app servers that share PostgreSQL and Redis, and Varnish in front, stay fresh.

Real servers on loopback, started here: gunicorn running the site (test settings) on a copy of the
test database with the demo site, Redis for the shared cache, and Varnish with bench/varnish.vcl.
Changes are made the way an editor makes them, through the admin of one server over HTTP, and
read through another server or through Varnish on the very next request.
"""

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

import psycopg
import pytest
import redis
import requests
from django.conf import settings as django_settings
from django.db import connections

from bench import common

# Each test needs the test database set up; the changes it makes are made in a copy of it.
pytestmark = pytest.mark.django_db

REPOSITORY = Path(__file__).resolve().parents[1]
REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def is_postgresql():
    return django_settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


@pytest.fixture
def database_copy(django_db_blocker, tmp_path):
    """A copy of the test database (the demo site as the session built it) for server processes to change.

    The test database itself lives inside this process (SQLite in memory) or is rolled back after
    each test; a copy lets the servers commit freely, and is gone afterwards. Yields a DATABASE_URL.
    """
    database = connections["default"].settings_dict
    if is_postgresql():
        copy_name = f"{database['NAME']}_servers_{time.time_ns()}"
        server = f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
        env = dict(os.environ, PGPASSWORD=database["PASSWORD"] or "")
        # A dump rather than CREATE DATABASE … TEMPLATE, which needs every connection to the test
        # database closed, this test's own among them.
        with psycopg.connect(f"{server}/postgres", password=database["PASSWORD"] or None, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{copy_name}"')
        dump = subprocess.Popen(
            ["pg_dump", "--format=custom", f"{server}/{database['NAME']}"], stdout=subprocess.PIPE, env=env
        )
        subprocess.run(
            ["pg_restore", "--no-owner", "--dbname", f"{server}/{copy_name}"], stdin=dump.stdout, env=env, check=True
        )
        assert dump.wait() == 0
        yield f"{server}/{copy_name}"
        with psycopg.connect(f"{server}/postgres", password=database["PASSWORD"] or None, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy_name}" WITH (FORCE)')
    else:
        path = tmp_path / "site.sqlite3"
        with django_db_blocker.unblock(), sqlite3.connect(path) as target:
            connection = connections["default"]
            connection.ensure_connection()
            connection.connection.backup(target)
        yield f"sqlite:///{path}"


def app_server(stack, database_url, **environment):
    """Start the site under gunicorn (one worker) on a free port; return its base URL."""
    port = common.free_port()
    env = {key: value for key, value in os.environ.items() if key not in common.CONTROLLED + ("DATABASE_URL",)}
    env.update(
        PYTHONPATH=os.pathsep.join([str(REPOSITORY), str(REPOSITORY / "site")]),
        DJANGO_SETTINGS_MODULE="hospital.settings.test",
        DATABASE_URL=database_url,
        **environment,
    )
    command = [str(Path(sys.executable).with_name("gunicorn")), "--chdir", "site", "hospital.wsgi"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1"]
    stack.enter_context(
        common.process(command, ready_url=f"http://127.0.0.1:{port}/en/", env=env, cwd=REPOSITORY, log_name="app")
    )
    return f"http://127.0.0.1:{port}"


class FormFields(HTMLParser):
    """The fields a browser would send, unchanged, from the form whose action ends with `action`."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields = action, False, []
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = (attrs.get("action") or "").endswith(self.action)
        elif self.inside and tag == "input" and attrs.get("name"):
            if attrs.get("type") in ("submit", "button", "file") or (
                attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs
            ):
                return
            self.fields.append([attrs["name"], attrs.get("value", "")])
        elif self.inside and tag == "textarea" and attrs.get("name"):
            self._textarea = [attrs["name"], ""]
            self.fields.append(self._textarea)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


class Editor:
    """A demo user (the superuser by default), signed in to one app server's admin, doing what staff do there."""

    def __init__(self, base_url, username="admin"):
        self.base_url = base_url
        self.session = requests.Session()
        login = self._form("/admin/login/")
        response = self._post("/admin/login/", login + [("username", username), ("password", f"{username}-demo")])
        assert response.url.endswith("/admin/"), f"the demo {username} could not sign in"

    def _form(self, path, action=None):
        response = self.session.get(self.base_url + path)
        assert response.status_code == 200, (path, response.status_code)
        parser = FormFields(action or path)
        parser.feed(response.text)
        return [tuple(field) for field in parser.fields]

    def _post(self, path, data):
        response = self.session.post(self.base_url + path, data=data, headers={"Referer": self.base_url + path})
        assert response.status_code == 200, (path, response.status_code)
        return response

    def publish_title(self, page_id, title):
        """Change a page's title, submit it for review, and have the demo reviewer approve it (which publishes)."""
        path = f"/admin/pages/{page_id}/edit/"
        fields = [(name, title if name == "title" else value) for name, value in self._form(path)]
        self._post(path, fields + [("action-submit", "action-submit")])
        Editor(self.base_url, "reviewer").approve(page_id)

    def approve(self, page_id):
        editor = self.session.get(f"{self.base_url}/admin/pages/{page_id}/edit/").text
        task_state_id = re.search(rf"/admin/pages/workflow/collect_action_data/{page_id}/\w+/(\d+)/", editor)[1]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', editor)[1]
        self._post(
            f"/admin/pages/workflow/action/{page_id}/approve/{task_state_id}/",
            [("csrfmiddlewaretoken", token), ("comment", "")],
        )

    def unpublish(self, page_id):
        path = f"/admin/pages/{page_id}/unpublish/"
        self._post(path, self._form(path))

    @property
    def session_cookie(self):
        return self.session.cookies.get("sessionid")


def get(url, **kwargs):
    return requests.get(url, timeout=10, **kwargs)


def visit(url):
    """A visitor's request as a load balancer passes it on: to any app server, with the site's own host name."""
    return get(url, headers={"Host": "localhost"})


def heading(response):
    return re.search(r"<h1>([^<]*)</h1>", response.text)[1]


def demo_page_ids():
    """The ids of the demo pages the tests change, read from the test database the copies came from."""
    from casepages.models import CaseIndexPage, CasePage

    return {
        "en_index": CaseIndexPage.objects.get(locale__language_code="en").pk,
        "zh_index": CaseIndexPage.objects.get(locale__language_code="zh-hans").pk,
        "zh_sle03": CasePage.objects.get(locale__language_code="zh-hans", case_code="SLE-03").pk,
    }


@pytest.mark.skipif(
    not is_postgresql(),
    reason="needs PostgreSQL (DATABASE_URL=postgres://…): app servers on "
    "several machines share one database server; CI's PostgreSQL pass runs it",
)
@pytest.mark.skipif(not redis_available(), reason="needs Redis on 127.0.0.1:6379 (.ci/run starts it)")
def test_a_change_published_through_one_app_server_shows_through_the_other(database_copy):
    ids = demo_page_ids()
    shared = {"REDIS_URL": REDIS_URL, "CASEPAGES_PAGE_CACHE_KEY_PREFIX": f"scaling-test-{time.time_ns()}"}
    with ExitStack() as servers:
        first = app_server(servers, database_copy, **shared)
        second = app_server(servers, database_copy, **shared)

        assert visit(second + "/en/cases/").headers["X-Page-Cache"] == "miss"
        # Made by the second server, served by the first: one cache for both.
        assert visit(first + "/en/cases/").headers["X-Page-Cache"] == "hit"
        assert visit(first + "/zh-hans/cases/").status_code == 200

        Editor(first).publish_title(ids["en_index"], "Stories of our international patients")
        response = visit(second + "/en/cases/")
        assert heading(response) == "Stories of our international patients"

        Editor(second).unpublish(ids["zh_index"])
        assert visit(first + "/zh-hans/cases/").status_code == 404
        assert "not translated yet" in visit(first + "/en/cases/").text
    _forget(shared["CASEPAGES_PAGE_CACHE_KEY_PREFIX"])


def _forget(prefix):
    server = redis.Redis.from_url(REDIS_URL)
    keys = list(server.scan_iter(match=f"*{prefix}*"))
    if keys:
        server.delete(*keys)


@pytest.mark.skipif(shutil.which("varnishd") is None, reason="needs Varnish (apt-get install varnish; .ci/run does)")
def test_varnish_keeps_public_pages_and_wagtail_purges_them_in_both_languages(database_copy, tmp_path):
    ids = demo_page_ids()
    varnish_port = common.free_port()
    with ExitStack() as servers:
        app = app_server(servers, database_copy, WAGTAILFRONTENDCACHE_VARNISH_URL=f"http://127.0.0.1:{varnish_port}")
        servers.enter_context(common.varnish(varnish_port, app.rsplit(":", 1)[1], memory="32m"))
        proxy = f"http://127.0.0.1:{varnish_port}"

        for path in ("/en/cases/sle-03/", "/zh-hans/cases/sle-03/", "/en/cases/"):
            assert get(proxy + path).headers["X-Cache"] == "MISS"
            again = get(proxy + path)
            assert again.headers["X-Cache"] == "HIT"
            assert "public" in again.headers["Cache-Control"]

        # The message form is never kept, and every visitor gets a CSRF token of their own.
        tokens = set()
        for _visitor in range(2):
            response = get(proxy + "/en/leave-your-message/")
            assert response.headers["X-Cache"] == "MISS"
            assert "private" in response.headers["Cache-Control"]
            tokens.add(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)[1])
        assert len(tokens) == 2

        editor = Editor(app)
        # A signed-in editor goes past the proxy, even to a page it holds.
        signed_in = get(proxy + "/en/cases/sle-03/", cookies={"sessionid": editor.session_cookie})
        assert signed_in.headers["X-Cache"] == "MISS"
        assert "private" in signed_in.headers["Cache-Control"]

        editor.publish_title(ids["en_index"], "Patient stories, updated")
        response = get(proxy + "/en/cases/")
        assert heading(response) == "Patient stories, updated"
        # Every page of both languages was dropped, since any of them may show what changed.
        assert get(proxy + "/zh-hans/cases/sle-03/").headers["X-Cache"] == "MISS"

        english_case = get(proxy + "/en/cases/sle-03/")
        assert "not translated yet" not in english_case.text
        editor.unpublish(ids["zh_sle03"])
        assert get(proxy + "/zh-hans/cases/sle-03/").status_code == 404
        assert "not translated yet" in get(proxy + "/en/cases/sle-03/").text


def production_settings(**environment):
    """What the production settings make of this environment, read by a fresh process as a server would."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "REDIS_", "DATABASE_", "DJANGO_", "CASEPAGES_", "WAGTAIL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="hospital.settings.production",
        DJANGO_SECRET_KEY="test-only-not-secret",
        DJANGO_ALLOWED_HOSTS="hospital.example",
        WAGTAILADMIN_BASE_URL="https://hospital.example",
        **environment,
    )
    program = (
        "import json; from django.conf import settings; from django.core.files.storage import storages; "
        "media = storages['default']; "
        "print(json.dumps({'page_cache': settings.CASEPAGES_PAGE_CACHE, "
        "'cache': settings.CACHES['default']['BACKEND'], 'media': type(media).__name__, "
        "'image_url': media.url('original_images/lupus.jpg'), "
        "'proxy': getattr(settings, 'WAGTAILFRONTENDCACHE', {}).get('varnish', {}).get('LOCATION')}))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", program], cwd=REPOSITORY, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_machine_keeps_media_on_disk_and_pages_out_of_process_memory():
    alone = production_settings()
    assert alone["page_cache"] is False  # local memory is one worker's; it could not be emptied from another
    assert alone["media"] == "FileSystemStorage"
    assert alone["proxy"] is None


def test_several_machines_share_redis_media_on_s3_and_a_purged_proxy():
    shared = production_settings(
        REDIS_URL="redis://cache.internal:6379/0",
        AWS_STORAGE_BUCKET_NAME="hospital-media",
        AWS_S3_ENDPOINT_URL="https://s3.hospital.example",
        WAGTAILFRONTENDCACHE_VARNISH_URL="http://varnish.internal:6081",
    )
    assert shared["page_cache"] is True
    assert "redis" in shared["cache"].lower()
    assert shared["media"] == "S3Storage"
    # A plain URL on the bucket: a signed one would expire while a cached page still showed it.
    assert shared["image_url"] == "https://s3.hospital.example/hospital-media/original_images/lupus.jpg"
    assert shared["proxy"] == "http://varnish.internal:6081"
