"""Production: every secret and address comes from the environment; HTTPS only."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    """Return an environment variable, refusing to start without it."""
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


DEBUG = False
SECRET_KEY = required_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = required_env("DJANGO_ALLOWED_HOSTS").split(",")
# The address in links the site e-mails (password resets, reviewers' and coordinators' notifications).
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")
CSRF_TRUSTED_ORIGINS = [origin for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if origin]

SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "true") == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false") == "true"
EMAIL_TIMEOUT = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}

# --- Security and outages (issue #9; README "Security") ------------------------------------------
# An unreachable database is given up on after a few seconds, so that visitors get the 503 page
# at once rather than a hung request.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(  # noqa: F405
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )
    # PostgreSQL's JIT compiles any query it estimates as costly: the page explorer's later pages
    # spent 0.5 s compiling a query that runs in 0.2 s. Nothing the site asks gains from it
    # (README "Performance"); DATABASE_JIT=on leaves the server's own setting.
    if os.environ.get("DATABASE_JIT", "off") == "off":
        DATABASES["default"]["OPTIONS"]["options"] = "-c jit=off"  # noqa: F405

# --- Several app servers (README "Deployment beyond one machine") ---------------------------------
# The page cache (casepages.cache) needs a cache that every worker of every app server shares:
# local memory belongs to one process, and a publish handled by one could not empty another's.
# Without REDIS_URL pages are not kept in the app; the Cache-Control headers for a proxy still go out.
if not os.environ.get("REDIS_URL"):
    CASEPAGES_PAGE_CACHE = False
# Uploaded images and documents on S3-compatible storage (django-storages) when a bucket is named;
# boto3 reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment itself.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Plain URLs: a signed one would expire while a cached page still shows it.
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    # Documents are served through Wagtail's view, which applies their collection's privacy.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
