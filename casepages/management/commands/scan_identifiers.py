import json
import sys

from django.core.management.base import BaseCommand, CommandError

from casepages.checks import scan_identifiers


class Command(BaseCommand):
    help = (
        "Scan text for what could identify a patient (names, phone and ID numbers, addresses, exact dates, "
        "record numbers). Prints one JSON object per finding; exits 1 if anything was found, 0 if the text is clean."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="A UTF-8 text file; standard input when omitted or '-'.")
        parser.add_argument("--lang", choices=["en", "zh-hans"], default="en", help="The language of the text.")
        parser.add_argument("--allow", action="append", default=[], help="A name that may appear, e.g. the alias.")

    def handle(self, *args, **options):
        text = self._read(options["file"])
        findings = scan_identifiers(text, options["lang"], allowed=options["allow"])
        for finding in findings:
            record = {"kind": finding.kind, "text": finding.text, "start": finding.start, "end": finding.end}
            record["reason"] = finding.reason
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if findings:
            sys.exit(1)

    def _read(self, path):
        if not path or path == "-":
            return sys.stdin.read()
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except FileNotFoundError as error:
            raise CommandError(f"No such file: {path}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text.") from error
