"""Tests: SQLite in memory unless DATABASE_URL says otherwise, fast hashing, mail kept in memory."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-casepages"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Tests collect no static files: WhiteNoise serves them from the apps' folders instead.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.config()}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# --- Security (issue #9) ------------------------------------------------------------------------
# The suite signs staff in with `client.force_login`, which has no second factor; the two-factor
# tests switch this back on with pytest-django's `settings` fixture and sign in with real codes
# (README "Security"). `check --deploy` refuses a site where it is off.
CASEPAGES_REQUIRE_TWO_FACTOR = False
CASEPAGES_SPOOL_DIR = os.environ.get("CASEPAGES_SPOOL_DIR", str(BASE_DIR / "var" / "test-spool"))  # noqa: F405
if os.environ.get("DJANGO_MEDIA_ROOT"):
    MEDIA_ROOT = os.environ["DJANGO_MEDIA_ROOT"]
