"""What the page benchmarks share: their databases, the settings the servers run with, the servers, wrk.

The benchmarks run the site as it is deployed: gunicorn under the production settings, on
PostgreSQL over loopback (a database per size, `casepages_perf_1000`, `casepages_perf_10000`,
created here; bench/message_load.py uses `casepages_bench`, so the two never meet), Redis on
loopback for the shared cache, Varnish in front, and nginx serving the same bytes as a static file
for the ceiling.
"""

import contextlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
RESULTS = REPOSITORY / "var" / "bench"

# The production settings, with what they require from the environment; HTTP on loopback.
SETTINGS_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "hospital.settings.production",
    "DJANGO_SECRET_KEY": "bench-only-not-secret",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000",
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_HSTS_SECONDS": "0",
    "DATABASE_CONN_MAX_AGE": "600",
    "CASEPAGES_PAGE_CACHE_KEY_PREFIX": "perf-pages",
}


# Set for each process by what it is measuring, never inherited from the shell.
CONTROLLED = ("REDIS_URL", "WAGTAILFRONTENDCACHE_VARNISH_URL", "CASEPAGES_PAGE_CACHE")


def database_name(cases):
    """The bench database that holds `cases` generated cases."""
    return f"casepages_perf_{cases}"


def environment(cases, **overrides):
    """The process environment for a command or server of the benchmark: production settings, bench database."""
    env = {key: value for key, value in os.environ.items() if key not in CONTROLLED}
    env.update(SETTINGS_ENVIRONMENT)
    env["DATABASE_URL"] = f"{POSTGRES}/{database_name(cases)}"
    env["PYTHONPATH"] = os.pathsep.join([str(REPOSITORY), str(REPOSITORY / "site")])
    env.update({key: value for key, value in overrides.items() if value is not None})
    return env


def setup_django(cases, **overrides):
    """Configure Django in this process for a bench database (for the generator and the measurements)."""
    os.environ.update(environment(cases, **overrides))
    for path in (str(REPOSITORY / "site"), str(REPOSITORY)):
        if path not in sys.path:
            sys.path.insert(0, path)
    import django

    django.setup()


def manage(cases, *args):
    """Run a manage.py command against a bench database, as a separate process."""
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPOSITORY, env=environment(cases), check=True)


def ensure_database(cases):
    """Create and fill the bench database for `cases` if it is not there: migrations, demo site, roles, static files."""
    import psycopg

    name = database_name(cases)
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            print(f"Creating the database {name} …", file=sys.stderr)
            connection.execute(f'CREATE DATABASE "{name}"')
    manage(cases, "migrate", "--no-input", "-v0")
    manage(cases, "load_demo_content", "-v0")
    manage(cases, "setup_roles", "-v0")
    manage(cases, "collectstatic", "--no-input", "-v0")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, timeout=60):
    """Wait until `url` answers (any HTTP status), or fail."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 (loopback)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {timeout} s") from None
            time.sleep(0.2)


@contextlib.contextmanager
def process(command, *, ready_url=None, env=None, cwd=None, log_name="server"):
    """Start a server process, wait until it answers, and stop it (only it, by its id) afterwards."""
    log = tempfile.NamedTemporaryFile(prefix=f"{log_name}-", suffix=".log", delete=False)  # noqa: SIM115
    started = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        if ready_url:
            try:
                wait_for(ready_url)
            except RuntimeError:
                log.flush()
                raise RuntimeError(
                    f"{command[0]} did not start; its log:\n{Path(log.name).read_text()[-3000:]}"
                ) from None
        yield started
    finally:
        # The server and the workers it started, which share its process group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(started.pid, signal.SIGTERM)
        try:
            started.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(started.pid, signal.SIGKILL)
            started.wait()
        log.close()
        Path(log.name).unlink(missing_ok=True)


def gunicorn(port, cases, *, workers=2, **settings_overrides):
    """The site under gunicorn on loopback, as deployed (production settings)."""
    command = [
        str(Path(PYTHON).with_name("gunicorn")),
        "--chdir",
        "site",
        "hospital.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "/dev/null",
    ]
    return process(
        command,
        ready_url=f"http://127.0.0.1:{port}/en/",
        env=environment(cases, **settings_overrides),
        cwd=REPOSITORY,
        log_name="gunicorn",
    )


@contextlib.contextmanager
def varnish(port, backend_port, memory="256m"):
    """Varnish (bench/varnish.vcl) on loopback in front of the app server on `backend_port`."""
    # Varnish's own processes run as another user: they must be able to read the directory.
    workdir = Path(tempfile.mkdtemp(prefix="casepages-varnish-"))
    workdir.chmod(0o755)
    vcl = workdir / "casepages.vcl"
    vcl.write_text((REPOSITORY / "bench" / "varnish.vcl").read_text().replace('"8000"', f'"{backend_port}"'))
    vcl.chmod(0o644)
    command = ["varnishd", "-F", "-f", str(vcl), "-a", f"127.0.0.1:{port}", "-n", str(workdir / "instance")]
    command += ["-s", f"malloc,{memory}"]
    try:
        with process(command, ready_url=f"http://127.0.0.1:{port}/en/", log_name="varnish") as started:
            yield started
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def nginx(port, root, workdir):
    """nginx on loopback serving the files under `root` (index.html for a path ending in /)."""
    config = Path(workdir) / "nginx.conf"
    config.write_text(
        f"""
worker_processes auto;
daemon off;
pid {workdir}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/client_body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    default_type text/html;
    charset utf-8;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""
    )
    return process(
        [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(config)],
        ready_url=f"http://127.0.0.1:{port}/",
        log_name="nginx",
    )


def wrk(url, *, connections, duration, threads=None):
    """Load `url` with wrk; return requests per second, median and 99th-percentile latency (ms), errors."""
    threads = threads or min(connections, 2)
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )
    output = result.stdout

    def latency(percentile):
        match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match[1]), match[2]
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "median_ms": latency(50),
        "p99_ms": latency(99),
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "non_2xx": int(errors[1]) if errors else 0,
        "socket_errors": socket_errors[1] if socket_errors else "",
    }


def machine():
    """What the numbers were measured on."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])

    def version(command, pattern=r"[\d.]+\d"):
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except FileNotFoundError:
            return "not installed"
        match = re.search(pattern, result.stdout + result.stderr)
        if match is None:
            return "?"
        return match[1] if match.groups() else match[0]

    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "load_average_at_start": os.getloadavg()[0],
        "memory_gb": round(memory_kb / 1024 / 1024),
        "os": platform.platform(),
        "python": platform.python_version(),
        "postgresql": version(["psql", "--version"]),
        "redis": version(["redis-server", "--version"], r"v=([\d.]+)"),
        "varnish": version(["varnishd", "-V"], r"varnish-([\d.]+)"),
        "nginx": version(["nginx", "-v"]),
        "wrk": version(["wrk", "--version"]),
    }


def save(name, data):
    """Keep a benchmark's results as JSON under var/bench/ and say where."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False))
    print(f"Results kept in {path.relative_to(REPOSITORY)}", file=sys.stderr)
    return path
