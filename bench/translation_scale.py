"""Translation at scale: the status report of every case, exported, and a sync of every case's translation.

    .venv/bin/python bench/translation_scale.py 1000     # after bench/generate.py 1000

Against the bench database of that size (`casepages_perf_<N>`), in this process:

1. status: `casepages.translation.status.translation_status()` over every page and snippet, and its
   JSON export (what `manage.py translation_status --format json` prints), timed, with its queries;
2. sync: what "Sync translated pages" does for each generated case, one transaction per case as
   the admin view does: wagtail-localize re-reads the English page (`update_from_db()`, which
   refreshes its segments) and updates the translation's view restrictions; nothing is published
   (casepages.translation.views.SyncTranslationsView). Timed over all N with a progress bar, or
   over the first --sync-limit cases;
3. status again: after the sync every synced Chinese page is out of date (its English text was
   read again after it was published), which is what a translator then sees.

The sync changes the database as a translator's sync would; a second run reports those pages as
out of date from the start.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import common  # noqa: E402


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
    """Sync the translations of the generated cases, as the admin's "Sync translated pages" does."""
    from django.db import transaction
    from wagtail_localize.models import TranslationSource

    from bench.casegen import CODE_PREFIX
    from casepages.models import CasePage

    keys = list(
        CasePage.objects.filter(locale__language_code="en", case_code__startswith=CODE_PREFIX)
        .order_by("case_code")
        .values_list("translation_key", flat=True)[:limit]
    )
    sources = TranslationSource.objects.filter(object_id__in=keys, locale__language_code="en")
    progress = common.Progress(len(keys), f"Syncing {len(keys)} translations")
    started = time.perf_counter()
    for source in sources.iterator():
        with transaction.atomic():
            source.update_from_db()
            for translation in source.translations.filter(enabled=True).select_related("target_locale"):
                source.update_target_view_restrictions(translation.target_locale)
        progress(1)
    seconds = time.perf_counter() - started
    return {
        "cases": len(keys),
        "seconds": round(seconds, 1),
        "milliseconds_per_case": round(1000 * seconds / len(keys), 1) if keys else None,
    }


def run(cases, sync_limit):
    common.setup_django(cases)
    results = {"cases": cases, "machine": common.machine()}
    print("Status report before the sync …", file=sys.stderr)
    results["status_before"] = timed_status()
    results["sync"] = timed_sync(sync_limit or cases)
    print("Status report after the sync …", file=sys.stderr)
    results["status_after"] = timed_status()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, help="the size of the bench database (bench/generate.py N)")
    parser.add_argument("--sync-limit", type=int, default=0, help="sync only the first K cases (default: all)")
    arguments = parser.parse_args()
    results = run(arguments.cases, arguments.sync_limit)
    before, sync, after = results["status_before"], results["sync"], results["status_after"]
    print(
        f"Status of {before['objects']:,} pages and snippets: built in {before['build_seconds']} s "
        f"({before['queries']} queries), exported as JSON ({before['export_bytes']:,} bytes) in "
        f"{before['export_seconds']} s; Chinese: {before['counts_zh_hans']}"
    )
    print(
        f"Sync of {sync['cases']:,} cases: {sync['seconds']} s, {sync['milliseconds_per_case']} ms per case "
        f"(nothing published)"
    )
    print(f"Status after the sync: {after['total_seconds']} s; Chinese: {after['counts_zh_hans']}")
    common.save(f"translation-{arguments.cases}", results)


if __name__ == "__main__":
    main()
