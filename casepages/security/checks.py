"""Deployment checks (`manage.py check --deploy`): a production site never runs without these."""

from django.conf import settings
from django.core.checks import Error, register

REQUIRED_MIDDLEWARE = [
    "django_otp.middleware.OTPMiddleware",
    "casepages.security.two_factor.TwoFactorMiddleware",
    "casepages.security.headers.ContentSecurityPolicyMiddleware",
    "casepages.outage.OutageMiddleware",
    "axes.middleware.AxesMiddleware",
]


@register("security", deploy=True)
def check_protections_are_on(app_configs, **kwargs):
    """Two-factor sign-in on, the lockout on, and every protecting middleware installed."""
    errors = []
    if not getattr(settings, "CASEPAGES_REQUIRE_TWO_FACTOR", True):
        errors.append(
            Error(
                "Two-factor sign-in is switched off (CASEPAGES_REQUIRE_TWO_FACTOR = False).",
                hint="Only the test settings may switch it off.",
                id="casepages.E101",
            )
        )
    if not getattr(settings, "AXES_ENABLED", True):
        errors.append(Error("The sign-in lockout is switched off (AXES_ENABLED = False).", id="casepages.E102"))
    for path in REQUIRED_MIDDLEWARE:
        if path not in settings.MIDDLEWARE:
            errors.append(Error(f"{path} is missing from MIDDLEWARE.", id="casepages.E103"))
    return errors
