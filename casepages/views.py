"""Public views beside the page tree: remembering a visitor's language, and the sitemap of every language."""

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.views.decorators.cache import never_cache
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page

from . import i18n
from .http import safe_url
from .languages import language_codes, source_language


@never_cache
def choose_language(request, language_code):
    """Remember `language_code` as the visitor's language, then open the page given as `next`.

    The language switcher's links come here, so the choice is kept by a plain link that works
    without JavaScript. The choice goes into Django's language cookie, which LocaleMiddleware
    reads before Accept-Language when it sends a visitor from `/` to a language. This is a GET
    with a side effect on purpose: the only state it changes is the visitor's own preference, so a
    forged link can at worst show someone the site in another of its languages.
    """
    if language_code not in language_codes():
        raise Http404("No such language on this site.")
    response = HttpResponseRedirect(safe_url(request, request.GET.get("next"), f"/{language_code}/"))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class TranslatedPagesSitemap(Sitemap):
    """Every live, public page of the site in every language, each with links to its translations.

    Wagtail's own sitemap lists the site's root page and what lies under it, which is one
    language's tree; the other languages' trees sit beside it as translations of the root.
    """

    def items(self):
        site = self.get_wagtail_site()
        in_site = Q()
        for root in site.root_page.get_translations(inclusive=True):
            in_site |= Q(path__startswith=root.path)
        return Page.objects.live().public().filter(in_site).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = i18n.live_translations(pages)
        urls = []
        last_mods = set()
        for item in pages:
            alternates = self._alternates(translations.get(item.translation_key, {}))
            own_url = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if alternates and url_info["location"] == own_url:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, translations):
        """hreflang entries for a page with more than one language, and x-default for the source language."""
        if len(translations) < 2:
            return []
        alternates = [
            {"lang_code": code, "location": translations[code].get_full_url(self.request)}
            for code in language_codes()
            if code in translations
        ]
        if source_language() in translations:
            alternates.append(
                {"lang_code": "x-default", "location": translations[source_language()].get_full_url(self.request)}
            )
        return alternates


def sitemap(request):
    """sitemap.xml: every live page of every language, with its alternates."""
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": TranslatedPagesSitemap})
