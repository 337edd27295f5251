"""Settings shared by every environment of the hospital's international-patient site."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

# site/hospital/settings/base.py -> the repository root is three folders up.
SITE_DIR = Path(__file__).resolve().parents[2]
BASE_DIR = SITE_DIR.parent

INSTALLED_APPS = [
    "hospital",  # this site: home and information pages, the demo
    "casepages",  # the plugin, before wagtail_localize so that its guarded admin URLs win
    "casepages.workflow",
    "casepages.security",  # optional part of the plugin: 2FA, lockout, headers, audit
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
]

# In this order: headers outermost, so that every answer carries them; the outage page once the
# language is known; the second factor as soon as the user is; the page cache just inside the
# messages (it must see whether a page queued one); axes last, as it requires.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "casepages.security.headers.ContentSecurityPolicyMiddleware",
    "casepages.security.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "casepages.outage.OutageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "casepages.security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "casepages.cache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "casepages.workflow.middleware.PublicationRefusedMiddleware",  # a refusal becomes a message
    "casepages.messages.refusals.RequestTooLargeMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hospital.urls"
WSGI_APPLICATION = "hospital.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite needs no setup; DATABASE_URL (postgres://…) selects the production database.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory by default; REDIS_URL moves the cache (and everything keyed in it) to Redis,
# which several app servers can share.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "casepages",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "casepages",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source locale; Chinese pages are translations of it.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
CASEPAGES_SOURCE_LANGUAGE = "en"  # stories are written in it and translated from it
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Shanghai"
USE_TZ = True

# A translation goes live only when a reviewer approves it, never because its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "International Patient Centre"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
WAGTAILFORMS_SUBMISSIONS_EXPORT_FORMATS = ["csv", "xlsx"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "international@hospital.example")

# Machine drafts for translators: DeepL with the hospital's glossary when a key is configured, else
# wagtail-localize's LibreTranslate client when a server is (self-hosted or as a service).
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "casepages.translation.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_AUTH_KEY"],
            "API_URL": os.environ.get("DEEPL_API_URL", ""),
            "GLOSSARY_NAME": os.environ.get("DEEPL_GLOSSARY_NAME", "casepages"),
            "TIMEOUT": int(os.environ.get("DEEPL_TIMEOUT", "10")),
        },
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": int(os.environ.get("LIBRETRANSLATE_TIMEOUT", "10")),
        },
    }

# Reviewers are told by e-mail when something waits for them.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Approving the last review task publishes, although no reviewer may publish directly.
WAGTAIL_FINISH_WORKFLOW_ACTION = "casepages.workflow.finish.publish_approved"
# A task's approval counts for the revision it was given on only: after any change the workflow
# starts again from the first task the new revision has not passed (README "The publication rule").
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
CASEPAGES_REVIEW_MAX_AGE_DAYS = 365

# The language a visitor picks with the switcher is kept for a year in Django's language cookie,
# which wins over the browser's Accept-Language when `/` chooses a language (casepages.views).
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

# The page cache (casepages.cache; README "Performance"): public pages rendered once and kept in the
# cache above, and marked public for a caching proxy in front, purged by Wagtail on every change.
CASEPAGES_PAGE_CACHE = os.environ.get("CASEPAGES_PAGE_CACHE", "on") == "on"  # "off": headers only, nothing stored
CASEPAGES_PAGE_CACHE_KEY_PREFIX = os.environ.get("CASEPAGES_PAGE_CACHE_KEY_PREFIX", "pages")
CASEPAGES_PAGE_CACHE_TIMEOUT = 600  # seconds an unchanged page stays in the app's cache
CASEPAGES_PUBLIC_MAX_AGE = 60  # seconds a browser may reuse a public page without asking again
CASEPAGES_PROXY_MAX_AGE = 3600  # seconds a proxy may keep one; it is purged on every change anyway
if os.environ.get("WAGTAILFRONTENDCACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["WAGTAILFRONTENDCACHE_VARNISH_URL"],
        }
    }

# Patients' messages (casepages.messages; README "Messages from patients"): the stated length limit,
# spam rules, retention, and the polite pages for refused requests.
CASEPAGES_MESSAGE_MAX_LENGTH = 5000  # characters, stated on the form
CASEPAGES_MESSAGE_MIN_FILL_SECONDS = 3  # a form sent sooner after opening is treated as a program's
CASEPAGES_MESSAGE_FORM_MAX_AGE_HOURS = 48  # an older form is sent back to be checked and sent again
CASEPAGES_MESSAGE_RATE_LIMIT = 5  # messages accepted per address per window
CASEPAGES_MESSAGE_RATE_WINDOW_MINUTES = 60
CASEPAGES_MESSAGE_RETENTION_DAYS = int(os.environ.get("CASEPAGES_MESSAGE_RETENTION_DAYS", "365"))
# Behind N reverse proxies, the visitor's address is N places from the right of X-Forwarded-For.
CASEPAGES_TRUSTED_PROXY_COUNT = int(os.environ.get("CASEPAGES_TRUSTED_PROXY_COUNT", "0"))
# The admin's own page for staff, the patients' polite refusal for everyone else.
CSRF_FAILURE_VIEW = "casepages.security.views.csrf_failure"

# --- Security and outages (issue #9; README "Security") ------------------------------------------
# Two-factor sign-in for every staff account (django-otp: authenticator app + recovery codes),
# lockout of an account-and-address pair after repeated wrong passwords (django-axes), CSP and
# Permissions-Policy headers, audit entries, and a 503 page with a message spool when the database
# is unreachable. The protecting middleware is checked by `manage.py check --deploy`.
from datetime import timedelta  # noqa: E402

from csp.constants import NONCE, NONE, SELF  # noqa: E402

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

CASEPAGES_REQUIRE_TWO_FACTOR = True
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "casepages.security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "casepages.http.client_address"
# Password-reset e-mails: a few per account and per visitor's address an hour, counted in the cache.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "casepages.security.password_reset.ThrottledPasswordResetForm"
CASEPAGES_PASSWORD_RESET_LIMIT_PER_ACCOUNT = 3
CASEPAGES_PASSWORD_RESET_LIMIT_PER_ADDRESS = 10
CASEPAGES_PASSWORD_RESET_WINDOW_MINUTES = 60
# The visitor's address counts as the messages' rate limit does (CASEPAGES_TRUSTED_PROXY_COUNT).

# Public pages: scripts from our origin or with the request's nonce, never inline; no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The admin: Wagtail 8's editor still has inline scripts and styles (measured in Chromium: 14 inline
# scripts blocked on the page editor, 4 on listings, without 'unsafe-inline'), so <script> elements
# may be inline; inline event-handler attributes (onclick=…), which no admin template uses, may not.
# It frames itself for previews.
CASEPAGES_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "script-src-attr": [NONE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
CASEPAGES_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
)
SECURE_REFERRER_POLICY = "same-origin"
# The admin calls no third party: no Gravatar (staff e-mail hashes) and no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Messages sent while the database is down wait here (outside the database) for
# `manage.py replay_spooled_messages`.
CASEPAGES_SPOOL_DIR = os.environ.get("CASEPAGES_SPOOL_DIR", str(BASE_DIR / "var" / "spool"))
CASEPAGES_OUTAGE_RETRY_AFTER = 120
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", str(MEDIA_ROOT)))
# With Redis down the site serves from the database: cache errors are logged and ignored.
if os.environ.get("REDIS_URL"):
    CACHES["default"]["BACKEND"] = "django_redis.cache.RedisCache"
    CACHES["default"]["OPTIONS"] = {
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 1,
        "SOCKET_TIMEOUT": 1,
    }
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
