"""The page cache: public pages rendered once and served to every anonymous visitor, never stale.

Patients read case stories far more often than editors change them, and every anonymous visitor
of a public page gets the same bytes. Those bytes are kept in two layers:

1. In the app, `PageCacheMiddleware` keeps the rendered page in Django's cache (local memory by
   default, Redis when `REDIS_URL` is set, so that every app server shares it), keyed by host,
   path, query string and language. A hit costs no database query.
2. In front, the same responses say `Cache-Control: public, max-age=…, s-maxage=…`, so a caching
   proxy (Varnish, a CDN) keeps them too; Wagtail's frontend-cache app purges it.

What may be shared is narrow on purpose. A response is shared only when it is a Wagtail page
that is not a form, fetched with GET or HEAD by a visitor who sends no session or message cookie,
answered with 200, and while it was made nothing set a cookie, read the session (a logged-in user,
a password-protected page), made a CSRF token, showed or queued a message, or used a CSP nonce.
Everything else that states no caching policy of its own is sent `Cache-Control: private,
no-store`, the message form and the admin among them.

Freshness is one content version for the whole site, kept in the same cache as the pages. Any
change a visitor could see (publishing, unpublishing, deleting or moving a page, a translation
saved live, a condition renamed, an image replaced) replaces the version, so every page cached
before it is out of date at once, in every language and on every app server sharing the cache;
the proxy in front is purged for every language's tree after the change commits. A global
version rather than per-page dependencies because nearly every page shows other pages: a case
page links its translations and the message form and names its condition; the index and the home
page list cases. Tracking who shows what would be a second source of truth that could be wrong,
and publishing is rare next to reading.

The version is bumped twice: when the change happens, so the next request in the same process
sees it (also inside a test's transaction), and again once it commits, because a page rendered by
another request while the change was still uncommitted may have been stored under the new
version with the old content.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.forms.models import FormMixin
from wagtail.signals import page_published, page_unpublished, post_page_move

from .upstream import csp_nonce_made, messages_touched, pending_commit_callbacks

# The request attribute through which the serving hook (wagtail_hooks/cache.py) tells the
# middleware that Wagtail served a page, and whether that kind of page may be shared at all.
SERVED_PAGE_ATTRIBUTE = "casepages_shareable_page"

# Longer query strings are not stored: nobody needs them, and each would be another cache entry.
MAX_QUERY_STRING_LENGTH = 256

# Saving only these columns of a page is a draft being saved or a page being locked: nothing a
# visitor sees changes, so the cache stays as it is.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
    }
)

# Models other than pages whose rows appear on public pages. A new model that public pages show
# belongs here; tests/test_cache.py fails until every casepages model is listed here or in
# NOT_SHOWN_ON_PUBLIC_PAGES, so that someone decides.
SHOWN_ON_PUBLIC_PAGES = frozenset(
    {
        "wagtailcore.site",
        "wagtailcore.locale",
        "wagtailcore.pageviewrestriction",
        "wagtailimages.image",
        "wagtaildocs.document",
        "casepages.condition",
        "casepages.treatment",
        "casepages.glossaryterm",
        "casepages.consentrecord",
        "casepages.messageformfield",
        "casepages_workflow.medicalreview",
    }
)
# Saved often, seen by no visitor: patients' messages (a stream of them must not empty the
# cache), reviewers' check overrides, the workflow's task definitions and what the review records
# (a clearance changes nothing visible until the content is published, which empties the cache).
NOT_SHOWN_ON_PUBLIC_PAGES = frozenset(
    {
        "casepages.patientmessage",
        "casepages_workflow.automaticchecktask",
        "casepages_workflow.privacychecktask",
        "casepages_workflow.textchecktask",
        "casepages_workflow.checkoverride",
        "casepages_workflow.medicalreviewtask",
        "casepages_workflow.checkedcontent",
        "casepages_workflow.clearance",
    }
)


def _setting(name, default):
    # Read at each use, so that a test's settings override applies at once.
    return getattr(settings, name, default)


def page_cache_enabled():
    """Whether rendered pages are kept in Django's cache (the Cache-Control headers are sent regardless)."""
    return _setting("CASEPAGES_PAGE_CACHE", True)


def _cache():
    return caches[_setting("CASEPAGES_PAGE_CACHE_ALIAS", "default")]


def _key(name):
    return f"{_setting('CASEPAGES_PAGE_CACHE_KEY_PREFIX', 'pages')}:{name}"


def _new_version():
    # Random rather than a counter: if the version is ever evicted from the cache, a restarted
    # counter could land on a number that old entries were stored under.
    return uuid.uuid4().hex


def current_version():
    """The content version that cached pages must carry to be served; created when missing."""
    cache = _cache()
    version = cache.get(_key("version"))
    if version is None:
        cache.add(_key("version"), _new_version(), timeout=None)
        version = cache.get(_key("version"))
    return version


def invalidate_pages():
    """Make every cached page out of date, now and again once the current transaction commits.

    The proxy in front (Wagtail's frontend cache, if configured) is purged after the commit: purged
    earlier, it could fetch the old page again before the new one is visible.
    """
    _cache().set(_key("version"), _new_version(), timeout=None)
    if not connection.in_atomic_block:
        _after_commit()
        return
    # One callback per transaction, however many rows it changes. Django drops the callbacks of a
    # transaction that rolls back, so a later change schedules a new one.
    if _after_commit not in pending_commit_callbacks(connection):
        transaction.on_commit(_after_commit)


def _after_commit():
    _cache().set(_key("version"), _new_version(), timeout=None)
    purge_frontend_cache()


def purge_frontend_cache():
    """Ask the proxy in front to drop every language's tree of every site.

    The purge of a language's home page URL drops everything beneath it, with any query string, in
    the proxy's configuration (bench/varnish.vcl): the same reach as the in-app version.
    """
    if not _setting("WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    urls = set()
    for site in Site.objects.select_related("root_page"):
        for root in site.root_page.get_translations(inclusive=True):
            url = root.get_full_url()
            if url:
                urls.add(url)
    purge_urls_from_cache(sorted(urls))


def _content_changed(**kwargs):
    invalidate_pages()


def _row_changed(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        if update_fields and DRAFT_ONLY_FIELDS.issuperset(update_fields):
            return
    elif sender._meta.label_lower not in SHOWN_ON_PUBLIC_PAGES:
        return
    invalidate_pages()


def connect_invalidation():
    """Replace the content version whenever something a visitor could see changes (idempotent)."""
    page_published.connect(_content_changed, dispatch_uid="casepages.cache.published")
    page_unpublished.connect(_content_changed, dispatch_uid="casepages.cache.unpublished")
    post_page_move.connect(_content_changed, dispatch_uid="casepages.cache.moved")
    post_save.connect(_row_changed, dispatch_uid="casepages.cache.saved")
    post_delete.connect(_row_changed, dispatch_uid="casepages.cache.deleted")


def note_served_page(request, page):
    """Record that Wagtail is serving `page` for this request, and whether its kind may be shared.

    A form page never is: it holds a CSRF token, and after a POST the visitor's own input.
    """
    setattr(request, SERVED_PAGE_ATTRIBUTE, not isinstance(page, FormMixin))


def _is_anonymous_read(request):
    if request.method not in ("GET", "HEAD"):
        return False
    # Judged by the cookies alone: asking request.user would read the session, which makes
    # Django add "Vary: Cookie" to every response.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _is_shareable(request, response):
    """Whether every anonymous visitor may be given this very response."""
    if not getattr(request, SERVED_PAGE_ATTRIBUTE, False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("Cache-Control") or "cookie" in response.get("Vary", "").lower():
        return False  # the view chose its own policy, or made the page differ by visitor
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False  # a logged-in user, a page behind a password, anything read from the session
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or b"csrfmiddlewaretoken" in response.content:
        return False
    if messages_touched(request):
        return False
    # A Content-Security-Policy nonce must be new on every response.
    return not csp_nonce_made(request)


def _entry_key(request):
    # Hashed: paths and query strings may be long or hold any character, and cache keys may not.
    parts = [request.get_host(), get_language() or "", request.path, request.META.get("QUERY_STRING", "")]
    return _key("page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest())


def mark_public(response):
    """Let browsers keep the page briefly and shared caches until they are purged (or at most a while)."""
    patch_cache_control(
        response,
        public=True,
        max_age=_setting("CASEPAGES_PUBLIC_MAX_AGE", 60),
        s_maxage=_setting("CASEPAGES_PROXY_MAX_AGE", 3600),
    )


def mark_private(response):
    """Keep a personal response out of every shared cache and off the visitor's disk."""
    patch_cache_control(response, private=True, no_store=True)


class PageCacheMiddleware:
    """Serves public pages from Django's cache, and states every page's caching policy.

    Placed after the session, CSRF, authentication and message middleware, so that it can tell
    what they did while the page was made.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_read(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                mark_private(response)
            return response

        storable = page_cache_enabled() and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING_LENGTH
        if storable:
            key = _entry_key(request)
            found = _cache().get_many([_key("version"), key])
            # The version is taken before the page is made: if a change comes in meanwhile, the entry
            # is stored under the old version and never served.
            version = found.get(_key("version")) or current_version()
            entry = found.get(key)
            if entry is not None and entry[0] == version:
                return self._cached_response(entry)

        response = self.get_response(request)
        if not _is_shareable(request, response):
            if not response.has_header("Cache-Control"):
                mark_private(response)
            return response

        mark_public(response)
        if storable:
            _cache().set(
                key,
                (version, response.status_code, list(response.items()), response.content),
                timeout=_setting("CASEPAGES_PAGE_CACHE_TIMEOUT", 600),
            )
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _cached_response(entry):
        _version, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
