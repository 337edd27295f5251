"""Repeated wrong passwords lock the account for the address they came from (django-axes).

The lock is on the pair (account, address): someone guessing a coordinator's password from one
place locks only that place out, and the coordinator can still sign in from the hospital. Axes
counts the failures in the database and refuses every further attempt of the pair, even with the
right password, until the cool-off ends or an administrator unlocks it (`manage.py
unlock_account`).
"""

from axes.helpers import get_cool_off
from axes.utils import reset
from django.conf import settings
from django.shortcuts import render

from . import audit


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out person sees, in the admin's language, without saying whether the account exists."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    # Rendered at once: axes answers from its middleware, after the view's response was dealt with.
    return render(
        request,
        "casepages/security/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def unlock(username, ip_address=None):
    """Lift the lock on an account (from one address, or from all); returns how many locks were lifted.

    Used by `manage.py unlock_account`; the unlock is written to the account's audit history.
    """
    lifted = reset(username=username, ip=ip_address or None)
    account = audit._account_named(username)
    if account is not None:
        audit.record(audit.UNLOCKED, account, ip_address=ip_address or "all addresses", attempts_cleared=lifted)
    return lifted
