"""The real services the outage and backup tests cut (this module holds no tests).

- `ThrowawayPostgres`: a PostgreSQL cluster of its own in a temporary directory (initdb/pg_ctl from
  PG_BIN, /usr/lib/postgresql/15/bin by default; as root they run as the postgres user), on a free
  loopback port, so a test can stop it under a running site and start it again;
- `ThrowawayRedis`: a redis-server on a free loopback port, no persistence;
- `SiteServer`: the site under gunicorn, as in production, pointed at those services through the
  environment;
- `demo_cluster()`: one cluster per test run, migrated and loaded with the demo content, shared by
  the outage and backup tests (it is stopped when the run ends).

Nothing is mocked: the site meets a refused connection exactly as it would in production.
"""

import atexit
import html
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
BIN = Path(sys.executable).parent


def free_port():
    """A loopback port nothing listens on (until someone binds it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing answered on 127.0.0.1:{port}")


def require(path):
    if not Path(path).exists():
        pytest.skip(f"{path} is not installed")


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary directory, started and stopped by the test."""

    def __init__(self):
        require(PG_BIN / "initdb")
        self.directory = Path(tempfile.mkdtemp(prefix="casepages-pg-"))
        self.data = self.directory / "data"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.directory, "postgres")
        self.run(
            "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"
        )

    def run(self, program, *arguments, check=True):
        command = [str(PG_BIN / program), *map(str, arguments)]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", self.data, "-o", options, "-l", self.directory / "server.log", "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def is_running(self):
        return self.run("pg_ctl", "-D", self.data, "status", check=False).returncode == 0

    def ensure_running(self):
        if not self.is_running():
            self.start()

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        self.run("createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", name)

    def drop_database(self, name):
        self.run("dropdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "--force", name)

    def remove(self):
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


class ThrowawayRedis:
    """A redis-server of our own, without persistence, on a free loopback port."""

    def __init__(self):
        require(shutil.which("redis-server") or "/usr/bin/redis-server")
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def count_keys(self):
        answer = subprocess.run(
            ["redis-cli", "-p", str(self.port), "dbsize"], capture_output=True, text=True, timeout=10
        ).stdout
        return int(answer.strip() or 0)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


def site_environment(database_url, **extra):
    """The environment the site's processes run with: test settings, this database, nothing inherited."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    environment.pop("REDIS_URL", None)
    environment.update(DJANGO_SETTINGS_MODULE="hospital.settings.test", DATABASE_URL=database_url, **extra)
    return environment


def manage(environment, *arguments, check=True):
    """Run `manage.py` with the given environment; returns the finished process."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result


class SiteServer:
    """The site under gunicorn (one worker), as production serves it, on a free loopback port."""

    def __init__(self, environment):
        self.port = free_port()
        self.log = tempfile.NamedTemporaryFile(prefix="casepages-gunicorn-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "--chdir",
                "site",
                "hospital.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--timeout",
                "60",
            ],
            cwd=REPOSITORY,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)
        os.unlink(self.log.name)


_demo_cluster = None


def demo_cluster():
    """One cluster per test run with the demo site in database `casepages`; stopped when the run ends."""
    global _demo_cluster
    if _demo_cluster is None:
        cluster = ThrowawayPostgres()
        cluster.start()
        atexit.register(cluster.remove)
        cluster.create_database("casepages")
        environment = site_environment(cluster.url("casepages"))
        manage(environment, "migrate", "--no-input", "-v", "0")
        manage(environment, "load_demo_content")
        manage(environment, "setup_roles")
        _demo_cluster = cluster
    return _demo_cluster


def form_fields(page_html):
    """The message form as a browser would post it: hidden fields as given, the visible ones filled in."""
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", page_html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name and 'type="hidden"' in tag:
            fields[name.group(1)] = html.unescape(value.group(1)) if value else ""
    select = re.search(r'<select name="preferred_language"[^>]*>(.*?)</select>', page_html, flags=re.S)
    first_language = re.findall(r'<option value="([^"]+)"', select.group(1))[0] if select else ""
    fields.update(
        {
            "name": "Aigerim Spooled",
            "email": "aigerim@example.org",
            "phone": "",
            "country": "Kazakhstan",
            "preferred_language": html.unescape(first_language),
            "condition": "lupus",
            "message": "Is CAR-T therapy possible for me? Written while your site was down.",
            "consent": "on",
            "website_url": "",
        }
    )
    return fields


def post_form(url, fields, cookies):
    """POST a form with the CSRF cookie the browser holds; returns (status, headers, body)."""
    import urllib.request

    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Cookie": "; ".join(f"{key}={value}" for key, value in cookies.items()), "Referer": url},
        method="POST",
    )
    return open_url(request)


def get(url, headers=None):
    import urllib.request

    return open_url(urllib.request.Request(url, headers=headers or {}))


def open_url(request):
    """(status, headers, body text) for any answer, error statuses included; no redirects followed."""
    import urllib.error
    import urllib.request

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def cookies_from(headers):
    jar = {}
    for header in headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        jar[name.strip()] = rest.split(";")[0]
    return jar
