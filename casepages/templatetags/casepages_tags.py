"""Template tags for case stories: Babel formatting and links between languages."""

import json
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from .. import i18n
from ..languages import language_codes, source_language
from ..models import CasePage

register = template.Library()


@register.filter
def month_year(value):
    """A date as month and year in the active language."""
    return i18n.format_month_year(value)


@register.filter
def age(years):
    """An age in years in the active language: "20 years old" / "20岁"."""
    return i18n.format_age(int(years)) if years not in (None, "") else ""


@register.filter
def number(value):
    """A number with the active language's grouping and decimal signs."""
    return i18n.format_number(value)


@register.filter
def country(code):
    """A country's name in the active language, from its two-letter code."""
    return i18n.country_name(code)


@register.simple_tag(takes_context=True)
def site_name(context):
    """The name of the Wagtail site serving the request, else WAGTAIL_SITE_NAME."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or getattr(settings, "WAGTAIL_SITE_NAME", "")


@register.simple_tag
def language_name(code):
    """A language's name in its own script: "English", "简体中文"."""
    return i18n.language_name(code)


def page_alternates(page):
    """Each site language with this page's live translation in it, or None where there is none.

    Remembered on the page object, since the switcher and the head's links both ask for it.
    """
    if not isinstance(page, Page):
        return [(code, None) for code in language_codes()]
    if not hasattr(page, "_casepages_alternates"):
        translations = i18n.live_translations([page]).get(page.translation_key, {})
        page._casepages_alternates = [(code, translations.get(code)) for code in language_codes()]
    return page._casepages_alternates


def choose_language_url(language_code, next_url):
    """The link that remembers `language_code` as the visitor's choice and then opens `next_url`."""
    return f"{reverse('casepages_choose_language', args=[language_code])}?{urlencode({'next': next_url})}"


@register.inclusion_tag("casepages/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to the same page in every language; says so where a translation is missing.

    Each link goes through the language-choice view, which remembers the choice in Django's
    language cookie, so that `/` opens the chosen language on the next visit. Where there is no
    page (a 404, say), the links go to each language's home page.
    """
    current = translation.get_language()
    request = context.get("request")
    is_page = isinstance(page, Page)
    links = []
    for code, translated in page_alternates(page):
        if translated is not None:
            target = translated.get_url(request)
        elif not is_page:
            target = f"/{code}/"
        else:
            target = None
        links.append(
            {
                "code": code,
                "name": i18n.language_name(code),
                "url": choose_language_url(code, target) if target else None,
                "is_current": code == current,
            }
        )
    source = None
    if is_page and any(link["url"] is None for link in links):
        default_language = source_language()
        source_page = dict(page_alternates(page)).get(default_language)
        if source_page is not None and source_page.pk != page.pk:
            # Named in the reader's language, since it stands inside a sentence in that language.
            source = {"url": source_page.get_url(request), "name": i18n.language_name(default_language, current)}
    return {"links": links, "source": source, "current": current}


@register.inclusion_tag("casepages/includes/alternate_links.html", takes_context=True)
def alternate_links(context, page=None):
    """hreflang links for every live translation, x-default for the source language, and canonical."""
    request = context.get("request")
    alternates = []
    canonical = None
    default_url = None
    for code, translated in page_alternates(page):
        if translated is None:
            continue
        url = translated.get_full_url(request)
        alternates.append({"hreflang": code, "url": url})
        if code == source_language():
            default_url = url
        if isinstance(page, Page) and translated.pk == page.pk:
            canonical = url
    return {"alternates": alternates, "default_url": default_url, "canonical": canonical}


@register.inclusion_tag("casepages/includes/open_graph.html", takes_context=True)
def open_graph(context, page=None):
    """Open Graph tags for link previews, in the page's language, with its other languages as alternates."""
    if not isinstance(page, Page):
        return {}
    request = context.get("request")
    specific = page.specific_deferred if type(page) is Page else page
    description = page.search_description or getattr(specific, "summary", "") or getattr(specific, "introduction", "")
    alternates = page_alternates(page)
    # The page's own language is among its translations; reading it there saves a query for page.locale.
    language = next((code for code, translated in alternates if translated and translated.pk == page.pk), None)
    return {
        "title": page.seo_title or page.title,
        "description": description,
        "url": page.get_full_url(request),
        "type": "article" if isinstance(specific, CasePage) else "website",
        "locale": i18n.open_graph_locale(language or page.locale.language_code),
        "alternate_locales": [
            i18n.open_graph_locale(code)
            for code, translated in alternates
            if translated is not None and translated.pk != page.pk
        ],
        "site_name": gettext("International Patient Centre"),
    }


def case_structured_data_dict(page, request=None):
    """schema.org data about a case story: a MedicalWebPage about a MedicalCondition, in the page's language."""
    condition = {"@type": "MedicalCondition", "name": page.condition.name}
    if page.condition.description:
        condition["description"] = page.condition.description
    condition["possibleTreatment"] = {"@type": "MedicalTherapy", "name": page.treatment.name}
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "url": page.get_full_url(request),
        "name": page.title,
        "description": page.summary,
        "inLanguage": page.locale.language_code,
        "about": condition,
        "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "publisher": {"@type": "MedicalOrganization", "name": gettext("International Patient Centre")},
    }
    if page.first_published_at:
        data["datePublished"] = timezone.localdate(page.first_published_at).isoformat()
    # Only a recorded medical review counts as one; a page loaded or published without it has none.
    review = page.medical_reviews.order_by("-reviewed_at").first()
    if review is not None:
        data["lastReviewed"] = timezone.localdate(review.reviewed_at).isoformat()
        data["reviewedBy"] = {"@type": "Person", "name": review.reviewer_name}
    return data


@register.simple_tag(takes_context=True)
def case_structured_data(context, page):
    """The case's JSON-LD as a script element, safe to place in the page's head."""
    data = json.dumps(case_structured_data_dict(page, context.get("request")), ensure_ascii=False)
    # Text inside <script> ends at "</"; escape the characters that could close it or open a comment.
    for character, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        data = data.replace(character, escaped)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.inclusion_tag("casepages/includes/untranslated_original.html", takes_context=True)
def original_of_missing_page(context):
    """On a "page not found" under a translation's prefix, the source-language page at the same place.

    A link to /zh-hans/cases/some-case/ whose Chinese translation is not (or no longer) live finds
    the English story it would have been a translation of, so the reader can be offered that.
    """
    request = context.get("request")
    if request is None:
        return {}
    language = translation.get_language_from_path(request.path_info)
    default_locale = Locale.get_default()
    site = Site.find_for_request(request)
    if not language or language == default_locale.language_code or site is None:
        return {}
    source_root = site.root_page.get_translation_or_none(default_locale)
    if source_root is None:
        return {}
    remaining_path = request.path_info[len(f"/{language}/") :]
    try:
        route = source_root.specific.route(request, [component for component in remaining_path.split("/") if component])
    except Http404:
        return {}
    original = route[0]
    current = translation.get_language()
    return {
        "original": {
            "url": original.get_url(request),
            "title": original.title,
            "code": default_locale.language_code,
            "language": i18n.language_name(default_locale.language_code, current),
            "missing_language": i18n.language_name(language, current),
        }
    }
