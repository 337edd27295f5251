"""Load the public pages with wrk, served the way the site is deployed, against the static-file ceiling.

    .venv/bin/python bench/load.py 1000            # after bench/generate.py 1000

Four ways of serving, all on loopback, against the bench database of that size
(`casepages_perf_<N>`, PostgreSQL):

- nginx serving the SLE-03 case page's exact bytes as a static file: the ceiling;
- gunicorn (2 workers, production settings) with the page cache off: every request renders;
- the same with the page cache on, in Redis (what several app servers would share);
- Varnish (bench/varnish.vcl) in front of that, purged by Wagtail.

Each page is loaded twice: by one client (its latency is the time to serve it) and by many at
once (requests per second). The machine may be shared and its speed drifts, so each Varnish page
is compared with nginx measured again just before it; the other rows with nginx's first run.
Queries per request are counted by rendering each page once more in this process with Django's
query capture. Results are printed as a Markdown table and kept in var/bench/load-<N>.json.
"""

import argparse
import contextlib
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import common  # noqa: E402

PAGES = [
    ("SLE-03 case page, English", "/en/cases/sle-03/"),
    ("SLE-03 case page, Chinese", "/zh-hans/cases/sle-03/"),
    ("case index, filtered by condition", "/en/cases/?condition=systemic-lupus-erythematosus"),
    ("case index, page 50", "/en/cases/?page=50"),
    ("search, English", "/en/cases/?q=lupus"),
    ("search, Chinese", "/zh-hans/cases/?" + urllib.parse.urlencode({"q": "狼疮"})),
    ("message form", "/en/leave-your-message/"),
]
CACHED_PAGES = [page for page in PAGES if page[1] != "/en/leave-your-message/"]


def count_queries():
    """Queries each page costs when it is rendered (page cache off), after one warming request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="127.0.0.1")
    counts = {}
    for _label, path in PAGES:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[path] = len(queries)
    return counts


def measure(base_url, path, *, duration, connections):
    """One client, then many: latency, then throughput."""
    url = base_url + path
    urllib.request.urlopen(url).read()  # noqa: S310 (loopback); warms the caches on the way
    return {
        "one_client": common.wrk(url, connections=1, threads=1, duration=max(2, duration // 2)),
        "many_clients": common.wrk(url, connections=connections, duration=duration),
    }


def cache_state(url):
    """What each layer said about a second request for `url`: the proxy's X-Cache, the app's X-Page-Cache."""
    urllib.request.urlopen(url).read()  # noqa: S310
    with urllib.request.urlopen(url) as response:  # noqa: S310
        return {"proxy": response.headers.get("X-Cache"), "app": response.headers.get("X-Page-Cache")}


def run(count, duration, connections):
    common.setup_django(count, CASEPAGES_PAGE_CACHE="off")
    from bench.casegen import CODE_PREFIX
    from casepages.models import CasePage

    cases = CasePage.objects.filter(locale__language_code="en", case_code__startswith=CODE_PREFIX).count()
    print(f"{cases} generated cases in each language; counting queries …", file=sys.stderr)
    queries = count_queries()
    results = {"cases": cases, "machine": common.machine(), "duration": duration, "connections": connections}
    rows = []
    cache_prefix = f"perf-pages-{time.time_ns()}"
    app_port, cached_port, varnish_port, nginx_port = (common.free_port() for _ in range(4))

    def load(served_by, base, label, path, ceiling_base=None):
        numbers = measure(base, path, duration=duration, connections=connections)
        if ceiling_base:
            # The ceiling again, just before: the machine is shared, and its speed drifts.
            numbers["nginx_alongside"] = common.wrk(
                ceiling_base + "/en/cases/sle-03/", connections=connections, duration=duration
            )
        rows.append((served_by, label, path, numbers))

    with tempfile.TemporaryDirectory(prefix="casepages-bench-") as workdir, ExitStack() as servers:
        print("Uncached: gunicorn, page cache off …", file=sys.stderr)
        with common.gunicorn(app_port, count, CASEPAGES_PAGE_CACHE="off"):
            base = f"http://127.0.0.1:{app_port}"
            case_bytes = urllib.request.urlopen(base + "/en/cases/sle-03/").read()  # noqa: S310
            for label, path in PAGES:
                load("app, uncached", base, label, path)

        print("Ceiling: nginx, the same bytes as a static file …", file=sys.stderr)
        static_root = Path(workdir) / "static"
        Path(workdir).chmod(0o755)  # nginx's workers run as another user
        (static_root / "en" / "cases" / "sle-03").mkdir(parents=True)
        (static_root / "en" / "cases" / "sle-03" / "index.html").write_bytes(case_bytes)
        (static_root / "index.html").write_text("ok")
        servers.enter_context(common.nginx(nginx_port, static_root, workdir))
        ceiling_base = f"http://127.0.0.1:{nginx_port}"
        load("nginx, static file", ceiling_base, "SLE-03 case page, English (same bytes)", "/en/cases/sle-03/")
        rows.insert(0, rows.pop())

        print("Cached: gunicorn with the page cache in Redis, then Varnish in front …", file=sys.stderr)
        cached_settings = {
            "REDIS_URL": common.REDIS_URL,
            "CASEPAGES_PAGE_CACHE_KEY_PREFIX": cache_prefix,
            "WAGTAILFRONTENDCACHE_VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        }
        servers.enter_context(common.gunicorn(cached_port, count, **cached_settings))
        servers.enter_context(common.varnish(varnish_port, cached_port))
        base = f"http://127.0.0.1:{cached_port}"
        for label, path in CACHED_PAGES:
            load("app, page cache (Redis)", base, label, path)
        base = f"http://127.0.0.1:{varnish_port}"
        results["cache_states"] = {path: cache_state(base + path) for _label, path in PAGES}
        for label, path in PAGES:
            load("Varnish", base, label, path, ceiling_base=ceiling_base)
    _forget_cache(cache_prefix)

    ceiling_rate = rows[0][3]["many_clients"]["requests_per_second"]
    results["rows"] = []
    for served_by, label, path, numbers in rows:
        ceiling = numbers.get("nginx_alongside", {}).get("requests_per_second", ceiling_rate)
        results["rows"].append(
            {
                "served_by": served_by,
                "page": label,
                "path": path,
                "queries": queries.get(path) if served_by == "app, uncached" else None,
                "ratio_to_nginx": round(numbers["many_clients"]["requests_per_second"] / ceiling, 4),
                **numbers,
            }
        )
    return results


def _forget_cache(prefix):
    """Delete this run's page cache entries from the shared Redis (and nothing else)."""
    import redis

    server = redis.Redis.from_url(common.REDIS_URL)
    keys = list(server.scan_iter(match=f"*{prefix}*"))
    if keys:
        server.delete(*keys)


def table(results):
    """The results as a Markdown table."""
    lines = [
        f"{results['cases']:,} generated cases per language; wrk on loopback, "
        f"{results['connections']} connections for req/s, 1 for latency; Varnish rows are compared with nginx "
        "measured just before each of them.",
        "",
        "| page | served by | req/s | vs nginx | median ms (1 client) | p99 ms (1 client) "
        f"| median / p99 ms ({results['connections']} clients) | queries |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results["rows"]:
        many, one = row["many_clients"], row["one_client"]
        errors = many["non_2xx"] + one["non_2xx"]
        lines.append(
            f"| {row['page']} | {row['served_by']} | {many['requests_per_second']:,.0f} "
            f"| {row['ratio_to_nginx']:.1%} | {one['median_ms']:.2f} | {one['p99_ms']:.2f} "
            f"| {many['median_ms']:.2f} / {many['p99_ms']:.2f} | "
            f"{'' if row['queries'] is None else row['queries']}{f' ({errors} errors)' if errors else ''} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, help="the size of the bench database to load (bench/generate.py N)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page with many clients")
    parser.add_argument("--connections", type=int, default=32, help="concurrent clients for requests per second")
    arguments = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        results = run(arguments.cases, arguments.duration, arguments.connections)
        print(table(results))
        print()
        print("Second request through each layer:", results["cache_states"])
        common.save(f"load-{results['cases']}", results)


if __name__ == "__main__":
    main()
