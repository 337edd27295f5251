"""Two-factor sign-in for staff: an authenticator app (TOTP) and single-use recovery codes.

django-otp keeps the devices and checks the codes; this module decides who must pass a second
factor and where: every signed-in user who may reach the Wagtail admin, on every admin URL but
the few that sign in, sign out or set up the second factor. A session counts as verified once
django-otp has stored the device that passed (`django_otp.login`), which is also how a test marks
a `force_login` session as verified (see `verify_session`).
"""

import base64
import secrets

import django_otp
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.db import transaction
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..http import is_admin_path

AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10

# Admin URLs that a signed-in but not yet verified user may open: signing in and out, the
# second-factor screens themselves, and what those screens load (icons, translated strings).
OPEN_ADMIN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "casepages_two_factor_verify",
    "casepages_two_factor_enrol",
}


def two_factor_required():
    """Whether staff must pass a second factor; only the test settings switch it off (documented)."""
    return getattr(settings, "CASEPAGES_REQUIRE_TWO_FACTOR", True)


def is_staff_account(user):
    """Anyone who may open the admin: superusers, Django staff and members of the staff groups."""
    return user.is_authenticated and (user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"))


def confirmed_authenticator(user):
    """The user's confirmed authenticator app, or None before enrolment."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_authenticator(user):
    """The device being enrolled: created once, shown as a QR code until a first code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def base32_secret(device):
    """The device's secret as authenticator apps expect it typed in (RFC 4648 base32, no padding)."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


@transaction.atomic
def replace_recovery_codes(user, codes=None):
    """Give the user a fresh set of single-use recovery codes, cancelling any earlier set."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = codes or [_new_recovery_code() for _index in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


# No 0/o, 1/l/i: recovery codes are read off paper.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def _new_recovery_code():
    # Ten characters from a 31-letter alphabet: about 50 bits, plenty for a single-use code.
    return "".join(secrets.choice(RECOVERY_ALPHABET) for _index in range(10))


def display_code(code):
    """A recovery code as shown to people: two groups of five, which are easier to copy."""
    return f"{code[:5]}-{code[5:]}"


def remaining_recovery_codes(user):
    """The recovery codes not used yet, in the order they were made."""
    return list(
        StaticToken.objects.filter(device__user=user, device__name=RECOVERY_NAME)
        .order_by("pk")
        .values_list("token", flat=True)
    )


def normalise_code(code):
    """What the person typed, without the spaces and dashes people add when copying a code."""
    return "".join(code.split()).replace("-", "").lower()


class CodeCheck:
    """The outcome of checking a code: the device that accepted it, or why none did."""

    def __init__(self, device=None, throttled=False):
        self.device = device
        self.throttled = throttled

    def __bool__(self):
        return self.device is not None


def check_code(user, code):
    """Check a six-digit app code or a recovery code against the user's confirmed devices.

    django-otp refuses a TOTP code that was already accepted once (it remembers the last time step
    used), deletes a recovery code when it is used, and after each wrong code makes the device wait
    longer before it accepts another; `throttled` says when that is why a code was refused.
    """
    code = normalise_code(code)
    if not code:
        return CodeCheck()
    # Six digits are an app code, anything else a recovery code; trying each code on one kind of
    # device only keeps a good code of one kind from counting as a failure on the other.
    device_class = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    throttled = False
    # Locked rows: two requests racing with the same code cannot both see it unused.
    with transaction.atomic():
        for device in device_class.objects.select_for_update().filter(user=user, confirmed=True):
            allowed, _details = device.verify_is_allowed()
            if not allowed:
                throttled = True
            elif device.verify_token(code):
                return CodeCheck(device=device)
    return CodeCheck(throttled=throttled)


def verify_session(request, device):
    """Mark the signed-in session as having passed its second factor with `device`.

    The session key changes at the same time, as it does when a password is accepted, so a
    session identifier seen before the second factor is worth nothing afterwards.
    """
    request.session.cycle_key()
    django_otp.login(request, device)


class TwoFactorMiddleware:
    """Sends a signed-in staff member who has not passed the second factor to verify or enrol.

    Sits after django-otp's OTPMiddleware, which gives `request.user.is_verified()`. Only admin
    URLs are guarded: the public site has no staff-only pages, and patients never sign in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.second_factor_redirect(request)
        return response or self.get_response(request)

    def second_factor_redirect(self, request):
        if not two_factor_required() or not is_admin_path(request.path_info):
            return None
        user = request.user
        if not is_staff_account(user) or user.is_verified():
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None  # the admin's own 404 page gives nothing away
        if url_name in OPEN_ADMIN_URL_NAMES:
            return None
        target = "casepages_two_factor_verify" if confirmed_authenticator(user) else "casepages_two_factor_enrol"
        return redirect(f"{reverse(target)}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}")


@transaction.atomic
def reset_second_factors(user):
    """Remove all of an account's devices (an administrator's step after a lost phone); returns how many."""
    from . import audit

    removed = 0
    for device in django_otp.devices_for_user(user, confirmed=None):
        device.delete()
        removed += 1
    audit.record(audit.TWO_FACTOR_RESET, user, devices_removed=removed)
    return removed
