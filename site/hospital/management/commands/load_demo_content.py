from django.core.management.base import BaseCommand

from hospital.demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Create the demo site in English and Chinese (pages, snippets, users); existing objects are left as they are."
    )

    def handle(self, *args, **options):
        report = load_demo_content()
        for label in report.created:
            self.stdout.write(f"created  {label}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo content: {len(report.created)} created, {len(report.existing)} already present.")
        )
