from django.core.management.base import BaseCommand, CommandError

from casepages.messages.retention import default_retention, parse_period, purge_messages


class Command(BaseCommand):
    help = (
        "Delete patients' messages older than the retention period (CASEPAGES_MESSAGE_RETENTION_DAYS unless "
        "--older-than is given), leaving an audit-log entry on each form page."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", help="The retention period: 365d, 52w or a number of days.")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, **options):
        try:
            period = parse_period(options["older_than"]) if options["older_than"] else default_retention()
        except ValueError as error:
            raise CommandError(str(error)) from error
        report = purge_messages(period, dry_run=options["dry_run"])
        verb = "Would delete" if report.dry_run else "Deleted"
        cutoff = report.cutoff.strftime("%Y-%m-%d %H:%M %Z")
        for page, count in report.by_page.items():
            self.stdout.write(f"{verb} {count} message(s) from “{page.title}” ({page.locale.language_code}).")
        self.stdout.write(f"{verb} {report.total} message(s) submitted before {cutoff} ({period.days} days).")
