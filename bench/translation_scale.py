"""Translation at scale: the status report of every case, exported, and a sync of every case's translation.

    .venv/bin/python bench/translation_scale.py 1000     # after bench/generate.py 1000

Against the bench database of that size (`casepages_perf_<N>`), in this process:

1. status: `casepages.translation.status.translation_status()` over every page and snippet, and its
   JSON export (what `manage.py translation_status --format json` prints), timed, with its queries;
2. sync, one by one: what "Sync translated pages" does (casepages.translation.views.sync_translations:
   the English page read again, its segments refreshed in batches, the translation's view
   restrictions updated; nothing published), one transaction per case as the admin view does,
   over the first --sync-limit generated cases;
3. sync, all at once: `manage.py sync_translations` (casepages.translation.bulk_sync) over every
   source, as found, then again after every story's segments were dropped (as a template change
   that splits every story anew would leave it: every segment written again);
4. status again: every case is out of date now (read again after it was published: the last sync
   re-segmented them all), which is what a translator would then see.

All the syncs change is rolled back at the end, so the bench database stays as generated.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import common  # noqa: E402
from casepages.management.progress import Progress


def timed_status():
    """Build and export the status report; its time, queries and counts for Chinese."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from casepages.translation.status import translation_status

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        report = translation_status()
    built = time.perf_counter()
    exported = json.dumps(report.as_json(), ensure_ascii=False)
    done = time.perf_counter()
    return {
        "objects": len(report.rows),
        "build_seconds": round(built - started, 2),
        "export_seconds": round(done - built, 2),
        "total_seconds": round(done - started, 2),
        "queries": len(queries),
        "export_bytes": len(exported.encode()),
        "counts_zh_hans": report.counts()["zh-hans"],
    }


def timed_sync(limit):
    """ "Sync translated pages" for the first `limit` generated cases, one at a time, as the admin view does it."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from wagtail_localize.models import TranslationSource

    from bench.casegen import CODE_PREFIX
    from casepages.models import CasePage
    from casepages.translation.views import sync_translations

    keys = list(
        CasePage.objects.filter(locale__language_code="en", case_code__startswith=CODE_PREFIX)
        .order_by("case_code")
        .values_list("translation_key", flat=True)[:limit]
    )
    user = get_user_model().objects.filter(is_superuser=True).first()
    sources = TranslationSource.objects.filter(object_id__in=keys, locale__language_code="en")
    progress = Progress(len(keys), f"Syncing {len(keys)} translations one by one")
    started = time.perf_counter()
    for source in sources.iterator():
        with transaction.atomic():
            sync_translations(source, user)
        progress(1)
    seconds = time.perf_counter() - started
    return {
        "cases": len(keys),
        "seconds": round(seconds, 1),
        "milliseconds_per_case": round(1000 * seconds / len(keys), 1) if keys else None,
    }


def timed_bulk_sync(resegment=False):
    """`manage.py sync_translations` over every source; with `resegment`, after every story lost its segments.

    Dropping the segments first stands for a template change that splits every story differently:
    the sync then writes every segment of every story again, the most it can have to do.
    """
    from django.db import connection
    from wagtail_localize.models import StringSegment, TemplateSegment

    from casepages.translation.bulk_sync import sources_to_sync, sync_all

    sources = sources_to_sync()
    if resegment:
        StringSegment.objects.filter(source__in=sources).delete()
        TemplateSegment.objects.filter(source__in=sources).delete()
    total = sources.count()
    progress = Progress(total, f"Syncing all {total} sources at once" + (" (re-segmented)" if resegment else ""))
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(1)
        return execute(sql, params, many, context)

    started = time.perf_counter()
    with connection.execute_wrapper(count):
        report = sync_all(sources, progress=progress)
    seconds = time.perf_counter() - started
    return {
        "sources": report.sources,
        "changed": report.changed,
        "seconds": round(seconds, 1),
        "milliseconds_per_source": round(1000 * seconds / report.sources, 1) if report.sources else None,
        "queries": len(queries),
    }


def run(cases, sync_limit):
    common.setup_django(cases)
    results = {"cases": cases, "machine": common.machine()}
    print("Status report before the sync …", file=sys.stderr)
    results["status_before"] = timed_status()
    from django.db import transaction

    # Everything the syncs change is rolled back at the end: the bench database stays as generated,
    # for the other benchmarks and the next run.
    with transaction.atomic():
        results["sync"] = timed_sync(sync_limit)
        results["bulk_sync"] = timed_bulk_sync()
        results["bulk_sync_resegmented"] = timed_bulk_sync(resegment=True)
        print("Status report after the syncs …", file=sys.stderr)
        results["status_after"] = timed_status()
        transaction.set_rollback(True)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, help="the size of the bench database (bench/generate.py N)")
    parser.add_argument("--sync-limit", type=int, default=200, help="cases synced one by one (default: 200)")
    arguments = parser.parse_args()
    results = run(arguments.cases, arguments.sync_limit)
    before, sync, after = results["status_before"], results["sync"], results["status_after"]
    print(
        f"Status of {before['objects']:,} pages and snippets: built in {before['build_seconds']} s "
        f"({before['queries']} queries), exported as JSON ({before['export_bytes']:,} bytes) in "
        f"{before['export_seconds']} s; Chinese: {before['counts_zh_hans']}"
    )
    print(
        f"Sync of {sync['cases']:,} cases one by one: {sync['seconds']} s, {sync['milliseconds_per_case']} ms per case "
        f"(nothing published)"
    )
    for name in ("bulk_sync", "bulk_sync_resegmented"):
        bulk = results[name]
        print(
            f"{name}: {bulk['sources']:,} sources in {bulk['seconds']} s, {bulk['milliseconds_per_source']} ms each, "
            f"{bulk['changed']:,} changed, {bulk['queries']:,} queries"
        )
    print(f"Status after the sync: {after['total_seconds']} s; Chinese: {after['counts_zh_hans']}")
    common.save(f"translation-{arguments.cases}", results)


if __name__ == "__main__":
    main()
