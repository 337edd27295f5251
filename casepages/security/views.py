"""The admin's second-factor screens: enrol an authenticator app, verify a sign-in, recovery codes.

Verify and enrol are reached by a user who has given a password but no second factor yet, so they
check the account themselves; the recovery-codes screen sits behind the full two-factor sign-in
like any admin page.
"""

from urllib.parse import urlsplit

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.users.models import UserProfile

from casepages.messages.refusals import csrf_failure as patient_csrf_failure

from ..http import is_admin_path, safe_url
from . import audit
from .forms import CodeForm
from .two_factor import (
    base32_secret,
    check_code,
    confirmed_authenticator,
    display_code,
    is_staff_account,
    normalise_code,
    pending_authenticator,
    remaining_recovery_codes,
    replace_recovery_codes,
    verify_session,
)


def safe_next_url(request):
    """Where to go after the second factor: the page asked for, if it is on this site; else the dashboard."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    return safe_url(request, target, reverse("wagtailadmin_home"))


def _signed_in_staff_or_login(request):
    """A redirect to the sign-in page for anyone who has not given a staff account's password."""
    if is_staff_account(request.user):
        return None
    return redirect(_with_next("wagtailadmin_login", reverse("wagtailadmin_home")))


def _with_next(url_name, next_url):
    return f"{reverse(url_name)}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """Ask a signed-in staff member for the code from their app (or a recovery code)."""
    refusal = _signed_in_staff_or_login(request)
    if refusal:
        return refusal
    next_url = safe_next_url(request)
    if request.user.is_verified():
        return redirect(next_url)
    if confirmed_authenticator(request.user) is None:
        return redirect(_with_next("casepages_two_factor_enrol", next_url))

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = check_code(request.user, form.cleaned_data["code"])
        if result:
            verify_session(request, result.device)
            audit.record(audit.TWO_FACTOR_PASSED, request.user, request, user=request.user, device=result.device.name)
            return redirect(next_url)
        audit.record(audit.TWO_FACTOR_FAILED, request.user, request, throttled=result.throttled)
        if result.throttled:
            form.add_error("code", _("Too many wrong codes in a row. Wait a few seconds, then try a new code."))
        else:
            form.add_error("code", _("That code is not right, or it has already been used. Try the next code."))
    return TemplateResponse(request, "casepages/security/verify.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("code")
def enrol(request):
    """First sign-in: show a new secret as a QR code, and confirm it with a first code from the app."""
    refusal = _signed_in_staff_or_login(request)
    if refusal:
        return refusal
    next_url = safe_next_url(request)
    if confirmed_authenticator(request.user) is not None:
        # A second device is never added with a password alone: verify with the first one.
        return redirect(next_url if request.user.is_verified() else _with_next("casepages_two_factor_verify", next_url))

    device = pending_authenticator(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(normalise_code(form.cleaned_data["code"])):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            replace_recovery_codes(request.user)
            verify_session(request, device)
            audit.record(audit.TWO_FACTOR_ENROLLED, request.user, request, user=request.user)
            messages.success(request, _("Two-factor sign-in is set up. Keep these recovery codes somewhere safe."))
            return redirect(_with_next("casepages_two_factor_recovery_codes", next_url))
        form.add_error("code", _("That code does not match. Check the time on your phone and try the next code."))
    return TemplateResponse(
        request,
        "casepages/security/enrol.html",
        {
            "form": form,
            "next": next_url,
            "secret": base32_secret(device),
            # segno writes plain SVG markup (no script), drawn from the otpauth:// link we built.
            "qr_code": mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=4, title=_("QR code"))),
            "issuer": getattr(settings, "OTP_TOTP_ISSUER", ""),
        },
    )


@never_cache
def recovery_codes(request):
    """The recovery codes still unused; a POST replaces them all with a new set."""
    if request.method == "POST":
        replace_recovery_codes(request.user)
        audit.record(audit.RECOVERY_CODES_REPLACED, request.user, request, user=request.user)
        messages.success(request, _("New recovery codes made. The old ones no longer work."))
        return redirect(reverse("casepages_two_factor_recovery_codes"))
    codes = [display_code(code) for code in remaining_recovery_codes(request.user)]
    return TemplateResponse(
        request,
        "casepages/security/recovery_codes.html",
        {"codes": codes, "next": safe_next_url(request)},
    )


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: staff get an admin page saying the form expired; patients get theirs.

    A form in the admin fails the check when it was opened before the session changed (signed out
    and in again, another tab) or left open for long; reloading the page gives a fresh token.
    """
    if not is_admin_path(request.path_info):
        return patient_csrf_failure(request, reason)
    language = get_language()
    if request.user.is_authenticated:
        language = UserProfile.get_for_user(request.user).get_preferred_language()
    referer = request.META.get("HTTP_REFERER", "")
    on_site = url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}) and is_admin_path(
        urlsplit(referer).path
    )
    with override(language):
        response = TemplateResponse(
            request,
            "casepages/security/csrf_failure.html",
            {"back_url": referer if on_site else reverse("wagtailadmin_home")},
            status=403,
        )
        # Rendered now, in the admin language; the CSRF middleware hands it straight back.
        response.render()
    return response
