"""`manage.py reset_two_factor USERNAME`: remove an account's second factors (lost phone and codes)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from casepages.security.two_factor import reset_second_factors


class Command(BaseCommand):
    help = (
        "Remove every authenticator and recovery code of an account, after checking who is asking; "
        "at their next sign-in they set up a new authenticator."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        removed = reset_second_factors(user)
        self.stdout.write(f"{username}: {removed} device(s) removed; they will set up a new one at next sign-in.")
