"""Deployment checks (`manage.py check --deploy`): a production site never runs without these."""

from django.conf import settings
from django.core.checks import Error, register

# Caches that live in one process (or nowhere): whatever is counted in them is counted per worker.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}

REQUIRED_MIDDLEWARE = [
    "django_otp.middleware.OTPMiddleware",
    "casepages.security.two_factor.TwoFactorMiddleware",
    "casepages.security.headers.ContentSecurityPolicyMiddleware",
    "casepages.outage.OutageMiddleware",
    "axes.middleware.AxesMiddleware",
]


@register("security", deploy=True)
def check_protections_are_on(app_configs, **kwargs):
    """Two-factor sign-in on, the lockout on, every protecting middleware installed, a shared cache."""
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
    if settings.CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
        errors.append(
            Error(
                "The default cache is not shared between processes.",
                hint=(
                    "Set REDIS_URL. The message rate limit, the single use of each message form and the "
                    "password-reset limit are counted in the cache; in one worker's memory each worker "
                    "would count on its own."
                ),
                id="casepages.E104",
            )
        )
    return errors
