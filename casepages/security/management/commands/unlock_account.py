"""`manage.py unlock_account USERNAME [--ip ADDRESS]`: lift a sign-in lockout (django-axes)."""

from django.core.management.base import BaseCommand

from casepages.security.lockout import unlock


class Command(BaseCommand):
    help = "Lift the lock that repeated wrong passwords put on an account, from one address or from all."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--ip", dest="ip_address", help="Only the lock for this address (default: all).")

    def handle(self, username, ip_address=None, **options):
        lifted = unlock(username, ip_address)
        where = f"from {ip_address}" if ip_address else "from every address"
        self.stdout.write(f"{username}: {lifted} lock record(s) cleared {where}.")
