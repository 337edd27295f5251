"""The automatic checks of the review workflow, applied to a page: which text is checked, and how.

The checks themselves live in `casepages.checks` (pure functions over text); this module only
collects the visible text of a page, field by field, and names each field in the findings so that
an editor knows where to look.
"""

import datetime
import re
from html import unescape

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .. import checks
from ..checks import Finding
from ..models import CaseIndexPage, CasePage, GlossaryTerm, HomePage, InformationPage, MessageFormPage

CHECKED_FIELDS = {
    CasePage: ["title", "summary", "outcome_summary", "body"],
    HomePage: ["title", "introduction", "body"],
    CaseIndexPage: ["title", "introduction"],
    InformationPage: ["title", "body"],
    MessageFormPage: ["title", "introduction", "thank_you_text"],
}
BLOCK_TEXT_FIELDS = ("quote", "speaker_role", "description", "alt_text", "caption")


def html_to_text(html: str) -> str:
    text = re.sub(r"<(br|/p|/h[1-6]|/li)\b[^>]*>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", "", text))


def page_texts(page):
    """(field name, visible text, original HTML or None) for every piece of text a visitor would read."""
    for field_name in CHECKED_FIELDS.get(type(page), ["title"]):
        value = getattr(page, field_name, None)
        if value is None:
            continue
        if field_name == "body" and hasattr(value, "raw_data"):
            yield from _stream_texts(value)
        elif hasattr(value, "source"):  # RichText
            yield field_name, html_to_text(value.source), value.source
        elif field_name == "body" or "<" in str(value):
            yield field_name, html_to_text(str(value)), str(value)
        else:
            yield field_name, str(value), None
    if isinstance(page, MessageFormPage):
        for number, form_field in enumerate(page.form_fields.all()):
            for attribute in ("label", "help_text", "choices"):
                if getattr(form_field, attribute):
                    yield f"form_fields[{number}].{attribute}", getattr(form_field, attribute), None


def _stream_texts(stream):
    for index, block in enumerate(stream):
        if block.block_type == "paragraph":
            html = block.value.source
            yield f"body[{index}]", html_to_text(html), html
        elif isinstance(block.value, dict) or hasattr(block.value, "get"):
            for name in BLOCK_TEXT_FIELDS:
                text = block.value.get(name)
                if text:
                    yield f"body[{index}].{name}", str(text), None


def _language(page):
    return page.locale.language_code


def allowed_names(page):
    """Names that may appear: the patient's alias in this page and in its consent record."""
    allowed = set()
    for alias in (getattr(page, "patient_alias", ""), getattr(getattr(page, "consent", None), "patient_alias", "")):
        if alias:
            allowed.add(alias)
    return allowed


def consent_findings(page, day: datetime.date | None = None) -> list[Finding]:
    """A case page may be published only under consent that is in force and covers its language."""
    if not isinstance(page, CasePage):
        return []
    day = day or timezone.localdate()
    consent = page.consent

    def finding(kind, reason):
        return Finding(kind=kind, text=str(consent or ""), start=0, end=0, reason=reason, field="consent")

    if consent is None:
        return [finding("consent_missing", _("The page has no consent record; link the patient's signed consent."))]
    problems = []
    if consent.withdrawn_on and consent.withdrawn_on <= day:
        problems.append(
            finding(
                "consent_withdrawn", _("The patient withdrew consent on %(date)s.") % {"date": consent.withdrawn_on}
            )
        )
    if consent.expires_on and consent.expires_on < day:
        problems.append(
            finding("consent_expired", _("The consent expired on %(date)s.") % {"date": consent.expires_on})
        )
    if not consent.covers_website:
        problems.append(finding("consent_scope", _("The consent does not cover publication on the website.")))
    if not consent.covered_locales.filter(pk=page.locale_id).exists():
        problems.append(
            finding(
                "consent_language",
                _("The consent does not cover publication in %(language)s.")
                % {"language": page.locale.get_display_name()},
            )
        )
    return problems


def privacy_findings(page) -> list[Finding]:
    """Consent, then anything in the visible text that could identify the patient."""
    findings = consent_findings(page)
    allowed = allowed_names(page)
    for field_name, text, _html in page_texts(page):
        findings += checks.with_field(checks.scan_identifiers(text, _language(page), allowed=allowed), field_name)
    return findings


def source_page_of(page):
    """The page this one was translated from, or None for a page in the source language."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return None
    translations = page.get_translations().filter(locale=default)
    return translations.specific().first() if hasattr(translations, "specific") else translations.first()


def text_findings(page) -> list[Finding]:
    """Template leftovers, empty headings, untranslated paragraphs and glossary terms."""
    findings = []
    for field_name, text, html in page_texts(page):
        findings += checks.with_field(checks.find_placeholders(text), field_name)
        if html:
            findings += checks.with_field(checks.find_empty_headings(html), field_name)

    source = source_page_of(page)
    if source is not None:
        source_texts = {field_name: text for field_name, text, _html in page_texts(source)}
        for field_name, text, _html in page_texts(page):
            if field_name in source_texts:
                findings += checks.with_field(
                    checks.find_untranslated_text(source_texts[field_name], text, _language(page)), field_name
                )
        source_text = "\n".join(source_texts.values())
        translated_text = "\n".join(text for _field, text, _html in page_texts(page))
        findings += checks.with_field(
            checks.check_terminology(source_text, translated_text, glossary_entries(page.locale)), "glossary"
        )
    return findings


def glossary_entries(locale):
    """The glossary as (English term, approved term in `locale`, forbidden renderings)."""
    default = Locale.get_default()
    sources = {term.translation_key: term for term in GlossaryTerm.objects.filter(locale=default)}
    return [
        checks.GlossaryEntry(
            source_term=sources[term.translation_key].term,
            approved_term=term.term,
            forbidden_variants=tuple(term.forbidden_list),
        )
        for term in GlossaryTerm.objects.filter(locale=locale, translation_key__in=sources)
    ]


def describe(findings) -> str:
    """The findings as lines an editor can act on, for a workflow comment or a message."""
    return "\n".join(
        f"• {finding.field or _('page')}: “{finding.text}” — {finding.reason}"
        if finding.text
        else f"• {finding.reason}"
        for finding in findings
    )
