import sys
import time

from django.core.management.base import BaseCommand

from casepages.management.progress import Progress
from casepages.translation.bulk_sync import BATCH_SIZE, sources_to_sync, sync_all


class Command(BaseCommand):
    help = (
        "Sync every translated page and snippet with its source, as 'Sync translated pages' does for one: after a "
        "change that touches many of them (a glossary or a template). Publishes nothing; translations whose source "
        "changed show as out of date in the status report until they are updated and approved."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="Sources read at once.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        sources = sources_to_sync()
        total = sources.count()
        progress = None if options["no_progress"] else Progress(total, "Syncing", sys.stderr)
        started = time.perf_counter()
        report = sync_all(sources, batch_size=options["batch_size"], progress=progress)
        seconds = time.perf_counter() - started
        per_case = f", {1000 * seconds / report.sources:.1f} ms each" if report.sources else ""
        self.stdout.write(
            f"Synced {report.sources} sources in {seconds:.1f} s{per_case}: {report.changed} changed (their "
            f"translations are out of date now), {report.sources - report.changed} unchanged; "
            f"{report.restrictions} view restrictions brought in line. Nothing was published."
        )
        for source in report.missing:
            self.stdout.write(f"Skipped “{source.object_repr}”: its page or snippet no longer exists.")
