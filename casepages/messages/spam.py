"""Spam protection for the message form: a honeypot field, a minimum fill time and a rate limit.

None of these asks anything of a patient. The honeypot is a field people never see; the fill time
is a signed timestamp the form carries from the moment it was opened, good for one message; the
rate limit counts the messages accepted from one address in Django's cache (shared by every app
server when the cache is Redis; production requires it, see casepages.security.checks).
"""

import enum
import hashlib
import logging
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website_url"
FORM_STARTED_FIELD = "form_started"

_SIGNING_SALT = "casepages.messages.form-started"
_RATE_KEY_PREFIX = "casepages:messages:rate"
_USED_TOKEN_KEY_PREFIX = "casepages:messages:used-form"


def min_fill_seconds() -> int:
    """How long a form must have been open before a message is accepted."""
    return getattr(settings, "CASEPAGES_MESSAGE_MIN_FILL_SECONDS", 3)


def form_max_age_seconds() -> int:
    """How long an opened form stays valid; older ones are sent back to be checked and sent again."""
    return getattr(settings, "CASEPAGES_MESSAGE_FORM_MAX_AGE_HOURS", 48) * 3600


def rate_limit() -> int:
    """How many messages one address may send within one rate window."""
    return getattr(settings, "CASEPAGES_MESSAGE_RATE_LIMIT", 5)


def rate_window_seconds() -> int:
    return getattr(settings, "CASEPAGES_MESSAGE_RATE_WINDOW_MINUTES", 60) * 60


def honeypot_filled(data) -> bool:
    """True when the field that only programs fill in has anything in it, blanks included."""
    return data.get(HONEYPOT_FIELD, "") != ""


def sign_form_started(at: float | None = None) -> str:
    """The signed moment a form was opened, carried in a hidden field.

    A random part makes each opened form's token its own, so that it can be used once only.
    """
    moment = int(time.time() if at is None else at)
    return signing.Signer(salt=_SIGNING_SALT).sign(f"{moment}.{secrets.token_urlsafe(12)}")


class FillTime(enum.Enum):
    OK = "ok"
    TOO_FAST = "too_fast"
    # Missing, tampered with, signed with an old key, or opened too long ago.
    EXPIRED = "expired"


def check_fill_time(token: str | None, now: float | None = None) -> FillTime:
    """Judge the time between opening the form and sending it."""
    try:
        started = int(signing.Signer(salt=_SIGNING_SALT).unsign(token or "").split(".")[0])
    except (signing.BadSignature, ValueError):
        return FillTime.EXPIRED
    elapsed = (time.time() if now is None else now) - started
    if elapsed < min_fill_seconds():
        return FillTime.TOO_FAST
    if elapsed > form_max_age_seconds():
        return FillTime.EXPIRED
    return FillTime.OK


def claim_form_token(token: str) -> bool:
    """Mark an opened form's token as used; False when it was used already (a replayed post).

    Kept in the cache for as long as a token is valid. When the cache cannot be reached the
    message is let through, as with the rate limit.
    """
    digest = hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()[:32]
    try:
        added = cache.add(f"{_USED_TOKEN_KEY_PREFIX}:{digest}", 1, timeout=form_max_age_seconds())
    except Exception as error:  # whatever the cache backend raises when its server is unreachable
        logger.warning("Form token not checked, the cache is unavailable: %s", error)
        return True
    # django-redis answers None when it ignored a connection error.
    return added is not False


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    count: int
    retry_after_seconds: int


def count_message_from(address: str, now: float | None = None) -> RateDecision:
    """Count one more message from `address` and say whether it is still within the limit.

    The window opens with an address's first message and lasts CASEPAGES_MESSAGE_RATE_WINDOW_MINUTES.
    The counter is incremented before the decision, so two simultaneous messages cannot both
    take the last place (the cache's incr is atomic in Redis and in local memory). When the cache
    cannot be reached, the message is allowed.
    """
    now = time.time() if now is None else now
    window = rate_window_seconds()
    # Addresses are hashed: the cache holds no visitor's IP address in clear.
    digest = hashlib.sha256(address.encode("utf-8", "replace")).hexdigest()[:32]
    count_key = f"{_RATE_KEY_PREFIX}:{digest}:count"
    opened_key = f"{_RATE_KEY_PREFIX}:{digest}:opened"
    try:
        cache.add(opened_key, int(now), timeout=window)
        cache.add(count_key, 0, timeout=window)
        try:
            count = cache.incr(count_key)
        except ValueError:  # the window closed between add() and incr()
            cache.set(opened_key, int(now), timeout=window)
            cache.set(count_key, 1, timeout=window)
            count = 1
        opened = cache.get(opened_key)
    except Exception as error:  # whatever the cache backend raises when its server is unreachable
        logger.warning("Rate limit not applied, the cache is unavailable: %s", error)
        count = None
    if count is None:
        # No cache (or django-redis ignoring a connection error): a burst of spam is a smaller harm
        # than a patient's message refused, so the message is let through.
        return RateDecision(allowed=True, count=0, retry_after_seconds=0)
    retry_after = max(1, int((opened or int(now)) + window - now))
    return RateDecision(allowed=count <= rate_limit(), count=count, retry_after_seconds=retry_after)
