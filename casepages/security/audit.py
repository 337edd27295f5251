"""Security events in Wagtail's audit log (Reports → Site history), each with who, when and from where.

Wagtail already logs publishing, workflow approvals and snippet edits (consent records among
them), and `casepages.messages.audit` logs exports of patients' messages. This adds the rest:
sign-ins that worked and that failed, lockouts and unlocks, and second-factor events. Each entry
is written against the account concerned, so it also shows in that account's history.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import http
from ..upstream import unwrap_lazy

logger = logging.getLogger("casepages.security")

SIGNED_IN = "casepages.signed_in"
SIGN_IN_FAILED = "casepages.sign_in_failed"
LOCKED_OUT = "casepages.locked_out"
UNLOCKED = "casepages.unlocked"
TWO_FACTOR_PASSED = "casepages.two_factor_passed"
TWO_FACTOR_FAILED = "casepages.two_factor_failed"
TWO_FACTOR_ENROLLED = "casepages.two_factor_enrolled"
TWO_FACTOR_RESET = "casepages.two_factor_reset"
RECOVERY_CODES_REPLACED = "casepages.recovery_codes_replaced"

# action: (label in the history filter, message in the log), registered by casepages.security.wagtail_hooks.
ACTIONS = {
    SIGNED_IN: (_("Sign in"), _("Signed in")),
    SIGN_IN_FAILED: (_("Failed sign-in"), _("Sign-in refused: wrong password or account locked")),
    LOCKED_OUT: (_("Account locked"), _("Account locked after repeated wrong passwords")),
    UNLOCKED: (_("Account unlocked"), _("Account unlocked")),
    TWO_FACTOR_PASSED: (_("Second factor passed"), _("Second factor passed")),
    TWO_FACTOR_FAILED: (_("Second factor refused"), _("Second factor refused")),
    TWO_FACTOR_ENROLLED: (_("Two-factor set up"), _("Two-factor sign-in set up")),
    TWO_FACTOR_RESET: (_("Two-factor reset"), _("Two-factor devices removed by an administrator")),
    RECOVERY_CODES_REPLACED: (_("Recovery codes replaced"), _("New recovery codes made")),
}


def client_address(request):
    """The address the request came from, as the lockout counts it (None outside a request)."""
    return http.client_address(request) if request is not None else None


def record(action, instance, request=None, user=None, **data):
    """Write one audit entry about `instance`, done by `user` (None: nobody signed in), with details."""
    address = client_address(request)
    if address:
        data["ip_address"] = address
    # Wagtail's log looks only one level deep for the model it is about: hand it the objects themselves.
    log(instance=unwrap_lazy(instance), action=action, user=unwrap_lazy(user), data=data)
    logger.info("%s %s %s", action, instance, data)


def _account_named(username):
    if not username:
        return None
    User = get_user_model()
    return User.objects.filter(**{User.USERNAME_FIELD: username}).first()


@receiver(user_logged_in, dispatch_uid="casepages_audit_signed_in")
def record_sign_in(sender, request, user, **kwargs):
    record(SIGNED_IN, user, request, user=user)


@receiver(user_login_failed, dispatch_uid="casepages_audit_sign_in_failed")
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    username = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    account = _account_named(username)
    if account is None:
        # No account to write it against; the attempt still counts for the lockout (django-axes).
        logger.warning(
            "Sign-in refused for unknown account %r from %s", (username or "")[:150], client_address(request)
        )
        return
    record(SIGN_IN_FAILED, account, request)


@receiver(user_locked_out, dispatch_uid="casepages_audit_locked_out")
def record_lockout(sender, request, username, ip_address, **kwargs):
    account = _account_named(username)
    logger.warning("Sign-in locked for %r from %s", (username or "")[:150], ip_address)
    if account is not None:
        record(LOCKED_OUT, account, request)
