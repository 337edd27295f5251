from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from casepages.messages.notifications import resend_notifications


class Command(BaseCommand):
    help = (
        "E-mail the coordinators again about every message whose notification failed, and about those "
        "still pending after --pending-minutes (their sender stopped before sending)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pending-minutes", type=int, default=15)

    def handle(self, *args, **options):
        report = resend_notifications(pending_for=timedelta(minutes=options["pending_minutes"]))
        for pk, error in report.failed:
            self.stderr.write(f"Message {pk}: notification failed again: {error}")
        self.stdout.write(f"Sent {len(report.sent)} notification(s); {len(report.failed)} failed again.")
        if report.failed:
            # A non-zero exit lets cron or a monitor notice that mail is still not going out.
            raise CommandError(f"{len(report.failed)} notification(s) could not be sent.", returncode=1)
