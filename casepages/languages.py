"""The host site's languages, as casepages reads them.

Content languages come from `WAGTAIL_CONTENT_LANGUAGES` (Wagtail's own setting, falling back to
`LANGUAGES`); the source language, the one stories are written in and translated from, is
`CASEPAGES_SOURCE_LANGUAGE`, by default `LANGUAGE_CODE`. Nothing else in casepages names a
language.
"""

from django.conf import settings
from wagtail.models import Page


def content_languages() -> list[tuple[str, str]]:
    """(code, name) of every language pages are published in, the source language first."""
    languages = list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES)
    source = source_language()
    return sorted(languages, key=lambda language: language[0] != source)


def language_codes() -> list[str]:
    return [code for code, _name in content_languages()]


def source_language() -> str:
    return getattr(settings, "CASEPAGES_SOURCE_LANGUAGE", None) or settings.LANGUAGE_CODE


def target_languages() -> list[str]:
    """The languages stories are translated into."""
    return [code for code in language_codes() if code != source_language()]


def language_roots(language_code: str):
    """The top pages of a language's trees (a site's home page in that language, for instance).

    Permissions and the review workflow are attached here, so they cover the whole language.
    """
    return Page.objects.filter(depth=2, locale__language_code=language_code)
