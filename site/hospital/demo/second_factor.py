"""Second factors for the demo accounts, so that `make run` can be tried at once. Development only.

Each demo user gets an authenticator device with a fixed, published secret (derived from the
user name), which is exactly why this refuses to run unless DEBUG is on: with these secrets
anyone can compute the demo accounts' codes.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from casepages.security.two_factor import AUTHENTICATOR_NAME, base32_secret, replace_recovery_codes

from .loader import DEMO_USERS

DEMO_DEVICE_NAME = f"{AUTHENTICATOR_NAME} (demo)"


def demo_key(username):
    """The fixed 20-byte secret of a demo account, as the hex string django-otp stores."""
    return hashlib.sha1(f"casepages demo second factor for {username}".encode()).hexdigest()


def demo_recovery_codes(username):
    """Fixed recovery codes for a demo account (one use each, like real ones)."""
    digest = hashlib.sha256(f"casepages demo recovery for {username}".encode()).hexdigest()
    return [digest[index : index + 10] for index in range(0, 50, 10)]


def set_up_demo_second_factors():
    """Give every demo account its fixed authenticator and recovery codes; returns {username: device}."""
    if not settings.DEBUG:
        raise ImproperlyConfigured("Demo second factors have published secrets: development (DEBUG) only.")
    devices = {}
    for user in get_user_model().objects.filter(username__in=DEMO_USERS):
        device, _ = TOTPDevice.objects.update_or_create(
            user=user, name=DEMO_DEVICE_NAME, defaults={"key": demo_key(user.username), "confirmed": True}
        )
        replace_recovery_codes(user, demo_recovery_codes(user.username))
        devices[user.username] = device
    return devices


def current_code(device, at=None):
    """The six digits the device's authenticator app shows now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = at or time.time()
    return f"{totp.token():0{device.digits}d}"


def describe(device):
    return {"secret": base32_secret(device), "code now": current_code(device)}
