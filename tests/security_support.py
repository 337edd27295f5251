"""Shared by the security tests (this module holds no tests): one-time codes and signing in for real.

The codes are computed here from the device's secret with RFC 6238 written out by hand, not with
django-otp's own functions, so the tests check django-otp rather than agree with it.
"""

import base64
import hashlib
import hmac
import html as html_entities
import re
import struct
import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from casepages.security.two_factor import replace_recovery_codes

LOGIN_URL = "/admin/login/"
VERIFY_URL = "/admin/two-factor/verify/"
ENROL_URL = "/admin/two-factor/enrol/"


def totp(secret: bytes, at: float, step: int = 30, digits: int = 6) -> str:
    """RFC 6238: HMAC-SHA1 of the time step, dynamically truncated to `digits` decimal digits."""
    counter = int(at // step)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 10**digits:0{digits}d}"


def code_for(device, steps_from_now=0):
    """The code the person's authenticator app shows for `device` now (or a number of steps away)."""
    return totp(device.bin_key, time.time() + steps_from_now * device.step, device.step, device.digits)


def code_from_base32(secret, steps_from_now=0):
    """The code an app shows after the person typed `secret` (the key printed on the enrolment page)."""
    padded = secret + "=" * (-len(secret) % 8)
    return totp(base64.b32decode(padded), time.time() + steps_from_now * 30)


def wrong_code(device):
    """Six digits that are no code the device would accept now (its window is one step either side)."""
    accepted = {code_for(device, offset) for offset in (-1, 0, 1)}
    return next(candidate for candidate in (f"{n:06d}" for n in range(1, 10)) if candidate not in accepted)


def give_authenticator(user):
    """Enrol `user` as the enrolment screen would: a confirmed authenticator and ten recovery codes."""
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    codes = replace_recovery_codes(user)
    return device, codes


def sign_in_with_password(client, username, password, next_url=None, **extra):
    """Post the admin's sign-in form, as the browser does."""
    data = {"username": username, "password": password}
    if next_url is not None:
        data["next"] = next_url
    return client.post(LOGIN_URL, data, **extra)


def sign_in_fully(client, user, password, device):
    """Password, then a real code from the device: the whole sign-in of a staff member."""
    response = sign_in_with_password(client, user.username, password)
    assert response.status_code == 302, response.content.decode()[:500]
    response = client.post(VERIFY_URL, {"code": code_for(device), "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/", response.content.decode()[:500]
    return client


def force_verified_login(client, user, device=None):
    """`force_login` plus the second factor recorded in the session, as a passed code leaves it.

    For tests about something else than signing in (the permission matrix, audit entries):
    django-otp keeps the device that passed in the session, and the middleware trusts exactly that.
    """
    device = device or TOTPDevice.objects.filter(user=user, confirmed=True).first() or give_authenticator(user)[0]
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def page_text(response):
    """The visible text of an HTML answer, tags removed and spaces squeezed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(html_entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())
