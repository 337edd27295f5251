"""`manage.py replay_spooled_messages`: store the messages kept on disk while the database was down."""

from django.core.management.base import BaseCommand, CommandError

from casepages.outage import replay_spooled_messages, spool_directory


class Command(BaseCommand):
    help = (
        "Store the patients' messages kept in the spool directory during a database outage, oldest "
        "first, through the message form (validation, storage, notification). Safe to run at any time, "
        "e.g. every minute from cron; exits 1 if the database is still unreachable."
    )

    def add_arguments(self, parser):
        parser.add_argument("--spool", help=f"Spool directory (default: CASEPAGES_SPOOL_DIR, {spool_directory()}).")

    def handle(self, spool=None, **options):
        report = replay_spooled_messages(spool)
        self.stdout.write(
            f"stored {len(report.stored)}, already stored {len(report.already_stored)}, "
            f"set aside {len(report.rejected)}, still waiting {len(report.waiting)}"
        )
        for path in report.rejected:
            self.stderr.write(f"set aside: {path.parent / 'rejected' / path.name}")
        if report.waiting:
            raise CommandError("The database is still unreachable; the remaining messages stay in the spool.")
