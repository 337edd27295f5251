from django.core.management.base import BaseCommand

from casepages.roles import setup_roles


class Command(BaseCommand):
    help = "Create or complete the staff groups, their permissions and the review workflow."

    def handle(self, *args, **options):
        report = setup_roles()
        for note in report.skipped:
            self.stdout.write(self.style.WARNING(note))
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(report.groups)}."))
