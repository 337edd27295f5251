import sys

from django.core.management.base import BaseCommand, CommandError

from casepages.translation.glossary_csv import GlossaryImportError, export_glossary_csv, import_glossary_csv


class Command(BaseCommand):
    help = "Export the medical glossary as CSV, or import one (checked as a whole; a bad file changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "import"])
        parser.add_argument("file", nargs="?", help="The CSV file; standard output or input when omitted.")

    def handle(self, *args, **options):
        if options["action"] == "export":
            text = export_glossary_csv()
            if options["file"]:
                with open(options["file"], "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
            else:
                self.stdout.write(text, ending="")
            return
        content = open(options["file"], "rb").read() if options["file"] else sys.stdin.buffer.read()
        try:
            created, updated = import_glossary_csv(content)
        except GlossaryImportError as error:
            raise CommandError(f"Nothing was imported: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Glossary imported: {created} new terms, {updated} updated."))
