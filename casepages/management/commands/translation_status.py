import json

from django.core.management.base import BaseCommand

from casepages.translation.status import STATE_LABELS, translation_status


class Command(BaseCommand):
    help = "Show every page and snippet with its translation state per language (missing, out of date, …)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--language", action="append", dest="languages", help="Only this language (repeatable).")

    def handle(self, *args, **options):
        report = translation_status(options["languages"])
        if options["format"] == "json":
            self.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
            return
        for language, counts in report.counts().items():
            summary = ", ".join(f"{STATE_LABELS[state]}: {count}" for state, count in counts.items())
            self.stdout.write(f"{language}: {summary}")
        for row in report.rows:
            states = "  ".join(f"{code}={status.state}" for code, status in row.states.items())
            self.stdout.write(f"{row.kind:<20} {str(row.source_object)[:50]:<50} {states}")
