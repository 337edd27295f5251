"""`manage.py setup_demo_2fa [--codes]`: second factors for the demo accounts (development only)."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from hospital.demo.second_factor import demo_recovery_codes, describe, set_up_demo_second_factors


class Command(BaseCommand):
    help = (
        "Give each demo account an authenticator with a fixed, published secret and fixed recovery "
        "codes, and print them with the code valid now. Refuses to run unless DEBUG is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--codes", action="store_true", help="Print only each account's current code.")

    def handle(self, codes=False, **options):
        try:
            devices = set_up_demo_second_factors()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        for username, device in devices.items():
            details = describe(device)
            if codes:
                self.stdout.write(f"{username:<12} {details['code now']}")
            else:
                recovery = demo_recovery_codes(username)[0]
                self.stdout.write(
                    f"{username:<12} secret {details['secret']}  code now {details['code now']}  "
                    f"a recovery code {recovery[:5]}-{recovery[5:]}"
                )
