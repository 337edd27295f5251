"""Password-reset e-mails, limited per account and per address.

Wagtail sends a reset e-mail for every request, so anyone could flood an account's mailbox (or a
mail server's reputation) from a script. Each e-mail address may be sent a few reset links an hour,
and each visitor's address may ask for a few more across accounts. Over either limit the visitor
sees exactly what a sent e-mail shows, so the page tells nothing about accounts or limits.

The counts are kept in the cache, which production shares between workers (casepages.E104).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from wagtail.admin.forms.auth import PasswordResetForm

from ..http import client_address

logger = logging.getLogger(__name__)

_KEY_PREFIX = "casepages:password-reset"


def _within_limit(kind, value, limit):
    """Count one more reset request for `value`; True while the count is within `limit` for the hour."""
    digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:32]
    key = f"{_KEY_PREFIX}:{kind}:{digest}"
    try:
        cache.add(key, 0, timeout=settings.CASEPAGES_PASSWORD_RESET_WINDOW_MINUTES * 60)
        count = cache.incr(key)
    except ValueError:  # the window closed between add() and incr(): this is the first of a new one
        return True
    except Exception as error:  # whatever the cache backend raises when its server is unreachable
        logger.warning("Password-reset limit not applied, the cache is unavailable: %s", error)
        return True
    return count is None or count <= limit


class ThrottledPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM), sending nothing over the limits."""

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"].strip().lower()
        # Both counters move on every request, so that neither limit can be dodged through the other.
        account_ok = _within_limit("account", email, settings.CASEPAGES_PASSWORD_RESET_LIMIT_PER_ACCOUNT)
        address_ok = _within_limit(
            "address", client_address(request), settings.CASEPAGES_PASSWORD_RESET_LIMIT_PER_ADDRESS
        )
        if account_ok and address_ok:
            super().save(*args, request=request, **kwargs)
