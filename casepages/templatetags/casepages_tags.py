"""Template tags for case stories: Babel formatting and links between languages."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

from .. import i18n

register = template.Library()


@register.filter
def month_year(value):
    """A date as month and year in the active language."""
    return i18n.format_month_year(value)


@register.filter
def age(years):
    """An age in years in the active language: "20 years old" / "20岁"."""
    return i18n.format_age(years) if years is not None else ""


@register.filter
def number(value):
    return i18n.format_number(value)


@register.filter
def country(code):
    return i18n.country_name(code)


@register.simple_tag
def language_name(code):
    return i18n.language_name(code)


def page_alternates(page):
    """Each site language with this page's live translation in it, or None where there is none."""
    translations = {}
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    return [(code, translations.get(code)) for code, _name in settings.LANGUAGES]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to the same page in every language; says so where a translation is missing."""
    current = translation.get_language()
    request = context.get("request")
    links = []
    for code, translated in page_alternates(page):
        if translated is not None:
            url = translated.get_url(request)
        else:
            url = None
        links.append(
            {
                "code": code,
                "name": i18n.language_name(code),
                "url": url,
                "is_current": code == current,
            }
        )
    source = None
    if isinstance(page, Page) and any(link["url"] is None for link in links):
        source_page = page.get_translations(inclusive=True).live().filter(locale=Locale.get_default()).first()
        if source_page is not None and source_page.pk != page.pk:
            source = {"url": source_page.get_url(request), "name": i18n.language_name(source_page.locale.language_code)}
    return {"links": links, "source": source, "current": current}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
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
        if code == settings.LANGUAGE_CODE:
            default_url = url
        if isinstance(page, Page) and translated.pk == page.pk:
            canonical = url
    return {"alternates": alternates, "default_url": default_url, "canonical": canonical}
