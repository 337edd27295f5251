"""Post N patient messages at once to the real site and check that every accepted one is stored once.

Run from the repository root with `.venv/bin/python bench/message_load.py` (options: --help).
It needs PostgreSQL on 127.0.0.1:5432 (trust auth) and uses Redis on 127.0.0.1:6379 when it is
there. The benchmark:

1. creates a fresh database `casepages_bench`, migrates it and loads the demo content;
2. starts a loopback SMTP server (aiosmtpd) to receive the coordinators' notifications;
3. serves the site with gunicorn under the production settings (SMTP mail, Redis cache);
4. opens the form N times, as N patients would (each gets its CSRF cookie and signed timestamp),
   waits the form's minimum fill time, then posts all N messages from C threads at once, each
   from its own address (X-Forwarded-For, behind one trusted proxy) so the rate limit counts
   each patient separately;
5. counts the accepted answers (303 to the thank-you page) against the rows in the database.

It prints messages per second of the posting phase, the latency, and the number lost (accepted
but not stored), duplicated and stored without an accepted answer. Lost must be 0.
"""

import argparse
import concurrent.futures
import html.parser
import http.client
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import psycopg
from aiosmtpd.controller import Controller

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
PYTHON = REPOSITORY_ROOT / ".venv" / "bin" / "python"
GUNICORN = REPOSITORY_ROOT / ".venv" / "bin" / "gunicorn"
DATABASE = "casepages_bench"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
FORM_PATHS = ["/en/leave-your-message/", "/zh-hans/leave-your-message/"]
MIN_FILL_SECONDS = 3  # CASEPAGES_MESSAGE_MIN_FILL_SECONDS in the site's settings


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


class CountingHandler:
    """The SMTP server's DATA step: counts what arrives."""

    def __init__(self):
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        self.received += 1
        return "250 2.0.0 Accepted"


def fresh_database():
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")


def drop_database():
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def site_environment(smtp_port):
    environment = dict(os.environ)
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "hospital.settings.production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_HSTS_SECONDS": "0",
            "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
            "DATABASE_CONN_MAX_AGE": "60",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "CASEPAGES_TRUSTED_PROXY_COUNT": "1",
        }
    )
    if redis_available():
        environment["REDIS_URL"] = "redis://127.0.0.1:6379/8"
    return environment


def manage(environment, *arguments):
    """Run a management command against the benchmark database; its log is shown only if it fails."""
    finished = subprocess.run(
        [str(PYTHON), "manage.py", *arguments], cwd=REPOSITORY_ROOT, env=environment, capture_output=True, text=True
    )
    if finished.returncode:
        sys.stderr.write(finished.stdout + finished.stderr)
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed")


class FormParser(html.parser.HTMLParser):
    """Picks the hidden fields' values and the first choice of the reply-language list."""

    def __init__(self):
        super().__init__()
        self.values = {}
        self._in_language_select = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden":
            self.values[attrs.get("name")] = attrs.get("value", "")
        elif tag == "select" and attrs.get("name") == "preferred_language":
            self._in_language_select = True
        elif tag == "option" and self._in_language_select and attrs.get("value"):
            self.values.setdefault("preferred_language", attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._in_language_select = False


def open_form(port, path):
    """GET the form as a new visitor: returns the CSRF cookie and the fields to post back."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode()
        if response.status != 200:
            raise RuntimeError(f"GET {path}: {response.status}")
        cookie = next(
            header.split(";", 1)[0]
            for name, header in response.getheaders()
            if name.lower() == "set-cookie" and header.startswith("csrftoken=")
        )
    finally:
        connection.close()
    parser = FormParser()
    parser.feed(body)
    return path, cookie, parser.values


def post_message(port, visitor, number, run):
    """POST one message; returns (number, status, seconds)."""
    path, cookie, fields = visitor
    data = {
        **fields,
        "name": f"Bench Patient {number}",
        "email": f"patient{number}@example.org",
        "phone": "+86 10 1234 5678",
        "country": "Kazakhstan",
        "condition": "lupus",
        "message": f"{run}-{number}: I would like to know whether CAR-T could help me. 我想了解治疗方案。",
        "consent": "on",
        "website_url": "",
    }
    body = urllib.parse.urlencode(data)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": cookie,
        # One address per patient, as a proxy in front of the site would report it.
        "X-Forwarded-For": f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}",
    }
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        accepted = response.status == 303 and response.getheader("Location", "").endswith("?sent=1")
        status = 303 if accepted else response.status
    except OSError as error:
        status = f"error: {type(error).__name__}"
    finally:
        connection.close()
    return number, status, time.perf_counter() - started


def wait_until_serving(port, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped; see its log")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/en/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer in time")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=500, help="how many messages to post (N)")
    parser.add_argument("--concurrency", type=int, default=32, help="client threads posting at once (C)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--keep-database", action="store_true", help=f"leave {DATABASE} for inspection")
    options = parser.parse_args()

    run = f"bench-{secrets.token_hex(4)}"
    workdir = Path(tempfile.mkdtemp(prefix="casepages-bench-"))
    smtp = CountingHandler()
    smtp_controller = Controller(smtp, hostname="127.0.0.1", port=free_port())
    smtp_controller.start()
    environment = site_environment(smtp_controller.port)
    server = None
    try:
        # collectstatic writes to var/static (STATIC_ROOT): the production storage needs its manifest.
        print(f"Preparing {DATABASE} (migrate, demo content, static files)…", flush=True)
        fresh_database()
        manage(environment, "migrate", "--no-input")
        manage(environment, "compilemessages", "--ignore=.venv", "--verbosity", "0")
        manage(environment, "load_demo_content")
        manage(environment, "collectstatic", "--no-input", "--verbosity", "0")

        port = free_port()
        log = open(workdir / "gunicorn.log", "w")
        server = subprocess.Popen(
            [
                str(GUNICORN),
                "--chdir",
                "site",
                "hospital.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(options.workers),
                "--threads",
                str(options.threads),
                "--worker-class",
                "gthread",
            ],
            cwd=REPOSITORY_ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until_serving(port, server)

        with concurrent.futures.ThreadPoolExecutor(options.concurrency) as pool:
            opened_at = time.perf_counter()
            visitors = list(pool.map(lambda number: open_form(port, FORM_PATHS[number % 2]), range(options.messages)))
            opening_seconds = time.perf_counter() - opened_at
            # Patients take their time: nothing is posted before the form's minimum fill time has passed.
            time.sleep(MIN_FILL_SECONDS + 1)
            posted_at = time.perf_counter()
            results = list(pool.map(lambda item: post_message(port, item[1], item[0], run), enumerate(visitors)))
            posting_seconds = time.perf_counter() - posted_at

        accepted = {number for number, status, _ in results if status == 303}
        refused = {}
        for _number, status, _ in results:
            if status != 303:
                refused[status] = refused.get(status, 0) + 1
        with psycopg.connect(f"{POSTGRES}/{DATABASE}") as connection:
            rows = connection.execute(
                "SELECT form_data->>'message', notification_status FROM casepages_patientmessage "
                "WHERE form_data->>'message' LIKE %s",
                (f"{run}-%",),
            ).fetchall()
        stored_numbers = [int(message.split(":", 1)[0].rsplit("-", 1)[1]) for message, _ in rows]
        stored = set(stored_numbers)
        lost = accepted - stored
        duplicated = len(stored_numbers) - len(stored)
        unacknowledged = stored - accepted
        statuses = {}
        for _message, status in rows:
            statuses[status] = statuses.get(status, 0) + 1
        latencies = sorted(seconds for _, _, seconds in results)

        print(f"machine: {os.cpu_count()} CPUs, {sys.platform}, Python {sys.version.split()[0]}")
        print(
            f"site: gunicorn {options.workers} workers x {options.threads} threads (gthread), PostgreSQL, "
            f"{'Redis' if 'REDIS_URL' in environment else 'local-memory'} cache, SMTP notifications to loopback"
        )
        print(f"messages posted: {options.messages} from {options.concurrency} concurrent clients")
        print(f"forms opened: {options.messages / opening_seconds:.1f}/s")
        print(f"posting phase: {posting_seconds:.2f} s, {options.messages / posting_seconds:.1f} messages/second")
        print(
            f"latency per post: median {statistics.median(latencies) * 1000:.0f} ms, "
            f"95th percentile {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms"
        )
        print(f"accepted (303 to the thank-you page): {len(accepted)}; refused: {refused or 0}")
        print(f"rows stored: {len(stored_numbers)}; notifications: {statuses}; SMTP server received: {smtp.received}")
        print(f"lost: {len(lost)}; duplicated: {duplicated}; stored without an accepted answer: {len(unacknowledged)}")
        return 1 if lost or duplicated else 0
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        smtp_controller.stop()
        if not options.keep_database:
            drop_database()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
