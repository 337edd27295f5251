"""Internationalisation: Babel formatting (month and year, ages, numbers, language and country names)
and which translations of a page a visitor can be sent to."""

import datetime

from babel import Locale as BabelLocale
from babel.core import get_global
from babel.dates import format_skeleton
from babel.numbers import format_decimal
from django.conf import settings
from django.utils import translation
from django.utils.translation import ngettext


def babel_locale(language_code: str | None = None) -> BabelLocale:
    """The Babel locale for a Django language code such as "zh-hans" (the active one by default)."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return BabelLocale.parse(translation.to_locale(code), sep="_")


def format_month_year(value: datetime.date | None, language_code: str | None = None) -> str:
    """ "August 2016" in English, "2016年8月" in Chinese: case stories never show the day."""
    if not value:
        return ""
    return format_skeleton("yMMMM", value, locale=babel_locale(language_code))


def format_number(value: int | float, language_code: str | None = None) -> str:
    """A number with the locale's grouping and decimal signs."""
    return format_decimal(value, locale=babel_locale(language_code))


def format_age(years: int, language_code: str | None = None) -> str:
    """ "20 years old" / "20岁", with the number formatted for the locale."""
    with translation.override(language_code or translation.get_language()):
        return ngettext("%(age)s year old", "%(age)s years old", years) % {"age": format_number(years, language_code)}


def language_name(language_code: str, in_language: str | None = None) -> str:
    """A language's name in its own script ("English", "简体中文"), or in `in_language` ("英语")."""
    locale = babel_locale(language_code)
    display_locale = babel_locale(in_language) if in_language else locale
    name = locale.get_display_name(display_locale) or language_code
    if locale.language == "zh" and locale.script == "Hans" and display_locale.language == "zh":
        # Babel says "中文 (简体)"; readers know the language by its everyday name.
        return "简体中文"
    return name[:1].upper() + name[1:]


def country_name(country_code: str, language_code: str | None = None) -> str:
    """A country's name in the given language, from its two-letter code ("CN" → "China" / "中国")."""
    if not country_code:
        return ""
    return babel_locale(language_code).territories.get(country_code.upper(), country_code.upper())


def open_graph_locale(language_code: str) -> str:
    """The Open Graph locale (language_TERRITORY) for a language code: "en" → "en_US", "zh-hans" → "zh_CN"."""
    locale = babel_locale(language_code)
    likely_subtags = get_global("likely_subtags")
    # Babel knows the most likely territory for each language and script, e.g. zh (Hans) → CN.
    expanded = likely_subtags.get(str(locale)) or likely_subtags.get(locale.language) or str(locale)
    full = BabelLocale.parse(expanded)
    return f"{full.language}_{full.territory}" if full.territory else full.language


def live_translations(pages) -> dict:
    """Each page's live translations, itself included, as {translation_key: {language_code: page}}.

    One query for any number of pages, so a sitemap can list every page with its alternates.
    """
    from wagtail.models import Page

    keys = {page.translation_key for page in pages}
    translations = {key: {} for key in keys}
    for translated in Page.objects.live().public().filter(translation_key__in=keys).select_related("locale"):
        translations[translated.translation_key][translated.locale.language_code] = translated
    return translations
