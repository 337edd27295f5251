import json
import sys

from django.core.management.base import BaseCommand, CommandError

from casepages.checks import scan_identifiers
from casepages.languages import source_language


class Command(BaseCommand):
    help = (
        "Scan text for what could identify a patient (names, phone, ID, passport, insurance, account and record "
        "numbers, addresses, exact dates, ages over 89, e-mail, web and social accounts …). Prints one JSON object "
        "per finding; exits 1 if anything was found, 0 if the text is clean. With --page, checks a page's public "
        "text exactly as the workflow's privacy check does."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="A UTF-8 text file; standard input when omitted or '-'.")
        parser.add_argument(
            "--lang",
            default=source_language(),
            help="The language of the text, a code such as the site's LANGUAGES use (default: the source language).",
        )
        parser.add_argument("--allow", action="append", default=[], help="A name that may appear, e.g. the alias.")
        parser.add_argument(
            "--page",
            type=int,
            help="The id of a page: run the workflow's privacy check on its latest revision instead of a file.",
        )

    def handle(self, *args, **options):
        if options["page"] is not None:
            findings = self._page_findings(options["page"])
        else:
            text = self._read(options["file"])
            findings = scan_identifiers(text, options["lang"], allowed=options["allow"])
        for finding in findings:
            record = {"kind": finding.kind, "text": finding.text, "start": finding.start, "end": finding.end}
            if finding.field:
                record["field"] = finding.field
            record["reason"] = finding.reason
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        if findings:
            sys.exit(1)

    def _page_findings(self, page_id):
        from wagtail.models import Page

        from casepages.workflow.page_checks import privacy_findings

        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise CommandError(f"No page with id {page_id}.")
        revision = page.get_latest_revision()
        return privacy_findings(revision.as_object() if revision else page.specific)

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
