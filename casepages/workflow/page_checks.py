"""The automatic checks of the review workflow, applied to a page: which text is checked, and how.

The checks themselves live in `casepages.checks` (pure functions over text); this module only
collects the public text of a page or of a Condition or Treatment snippet, field by field, and names
each field in the findings in the editor's words ("Story, paragraph 3", "Summary") so that an editor
knows where to look.
"""

import datetime
import re
from collections.abc import Iterator
from html import unescape
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from .. import checks
from ..checks import Finding
from ..i18n import language_name
from ..models import (
    CaseIndexPage,
    CasePage,
    Condition,
    GlossaryTerm,
    MessageFormPage,
    Treatment,
)

# The page fields a visitor reads, by page type, with the words the editor's screen uses for them.
# Title, SEO title, search description and slug are added for every page (see `public_texts`);
# the host site's own page types have every text field they add checked (`checked_fields`).
CHECKED_FIELDS = {
    CasePage: ["summary", "patient_alias", "outcome_summary", "body"],
    CaseIndexPage: ["introduction"],
    MessageFormPage: ["introduction", "thank_you_text"],
}
TEXT_FIELD_TYPES = (models.CharField, models.TextField, RichTextField, StreamField)
FIELD_LABELS = {
    "title": _lazy("Title"),
    "summary": _lazy("Summary"),
    "patient_alias": _lazy("Patient alias"),
    "outcome_summary": _lazy("Outcome"),
    "introduction": _lazy("Introduction"),
    "body": _lazy("Body"),
    "thank_you_text": _lazy("Thank-you text"),
    "seo_title": _lazy("Title for search engines (Promote tab)"),
    "search_description": _lazy("Search description (Promote tab)"),
    "slug": _lazy("Slug, the page's web address (Promote tab)"),
    "name": pgettext_lazy("a condition's or treatment's field", "Name"),
    "description": pgettext_lazy("a condition's or treatment's field", "Description"),
}
# The words of a story block's part, as the block's form labels them.
BLOCK_PART_LABELS = {
    "quote": _lazy("quote"),
    "speaker_role": _lazy("speaker's role"),
    "description": _lazy("what happened"),
    "alt_text": _lazy("alternative text"),
    "caption": _lazy("caption"),
}
BLOCK_TEXT_FIELDS = tuple(BLOCK_PART_LABELS)
# Snippets whose text public pages show (the case facts, the JSON-LD): their fields, as labelled.
SNIPPET_FIELDS = {Condition: ["name", "description"], Treatment: ["name", "description"]}


class PublicText(NamedTuple):
    """One piece of text a visitor can read: where it is, in the editor's words; the text; its HTML, if rich."""

    label: str
    text: str
    html: str | None


def html_to_text(html: str) -> str:
    text = re.sub(r"<(br|/p|/h[1-6]|/li)\b[^>]*>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", "", text))


def public_texts(obj) -> Iterator[PublicText]:
    """Every piece of text of a page, or of a Condition or Treatment snippet, that reaches the public.

    For a page: title, its own fields, every story block (paragraphs, quotes and their speakers'
    roles, timeline events, image alternative texts and captions), the Promote tab's SEO title,
    search description and slug, the form's labels on a message form page, and the name and
    description of the Condition and Treatment a case page shows. Text that arrives by PO upload or
    machine translation lands in these same fields, so it is covered too.
    """
    if isinstance(obj, tuple(SNIPPET_FIELDS)):
        for field_name in SNIPPET_FIELDS[type(obj)]:
            value = getattr(obj, field_name, "")
            if value:
                yield PublicText(str(FIELD_LABELS[field_name]), str(value), None)
        return
    yield PublicText(str(FIELD_LABELS["title"]), obj.title or "", None)
    for field_name in checked_fields(type(obj)):
        value = getattr(obj, field_name, None)
        if value is None:
            continue
        label = str(FIELD_LABELS.get(field_name) or capfirst(obj._meta.get_field(field_name).verbose_name))
        if hasattr(value, "raw_data"):
            yield from _stream_texts(value)
        elif hasattr(value, "source"):  # RichText
            yield PublicText(label, html_to_text(value.source), value.source)
        elif field_name == "body" or "<" in str(value):
            yield PublicText(label, html_to_text(str(value)), str(value))
        else:
            yield PublicText(label, str(value), None)
    for field_name in ("seo_title", "search_description"):
        if getattr(obj, field_name, ""):
            yield PublicText(str(FIELD_LABELS[field_name]), getattr(obj, field_name), None)
    if getattr(obj, "slug", ""):
        # A slug's words are joined by hyphens and in lower case; split and capitalised,
        # "olga-petrova" reads as the name it is.
        words = " ".join(word.capitalize() for word in obj.slug.split("-"))
        yield PublicText(str(FIELD_LABELS["slug"]), words, None)
    if isinstance(obj, MessageFormPage):
        for number, form_field in enumerate(obj.form_fields.all(), start=1):
            for attribute, words in (
                ("label", _("Form field %(number)s: label")),
                ("help_text", _("Form field %(number)s: help text")),
                ("choices", _("Form field %(number)s: choices")),
            ):
                if getattr(form_field, attribute):
                    yield PublicText(words % {"number": number}, getattr(form_field, attribute), None)
    if isinstance(obj, CasePage):
        for snippet, words in (
            (_snippet(obj, "condition"), _("Condition")),
            (_snippet(obj, "treatment"), _("Treatment")),
        ):
            if snippet is None:
                continue
            for text in public_texts(snippet):
                label = _("%(snippet)s “%(name)s”: %(field)s") % {
                    "snippet": words,
                    "name": snippet.name,
                    "field": text.label.lower(),
                }
                yield PublicText(label, text.text, text.html)


def checked_fields(model) -> list[str]:
    """The fields of a page type, beyond Wagtail's own, that visitors read.

    casepages' page types list theirs; for any other page type (the host site's home page, say)
    every text, rich text and stream field it adds is checked, so nothing it shows goes unread.
    """
    if model in CHECKED_FIELDS:
        return CHECKED_FIELDS[model]
    own_fields = {field.name for field in Page._meta.get_fields()}
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, TEXT_FIELD_TYPES) and field.name not in own_fields and not field.choices
    ]


def page_texts(obj):
    """`public_texts` as (label, text, html) tuples; the name older callers use."""
    return public_texts(obj)


def _snippet(page, field_name):
    try:
        return getattr(page, field_name)
    except ObjectDoesNotExist:
        return None


def _stream_texts(stream) -> Iterator[PublicText]:
    counts: dict[str, int] = {}
    for block in stream:
        counts[block.block_type] = number = counts.get(block.block_type, 0) + 1
        block_words = _block_words(block, number)
        if block.block_type == "paragraph":
            html = block.value.source
            yield PublicText(block_words, html_to_text(html), html)
        elif isinstance(block.value, dict) or hasattr(block.value, "get"):
            for name in BLOCK_TEXT_FIELDS:
                text = block.value.get(name)
                if text:
                    yield PublicText(
                        _("%(block)s: %(part)s") % {"block": block_words, "part": BLOCK_PART_LABELS[name]},
                        str(text),
                        None,
                    )


def _block_words(block, number: int) -> str:
    """ "Story, paragraph 3": the story block as the editor sees it, counted among blocks of its kind."""
    kind = str(block.block.label or block.block_type).lower()
    return _("Story, %(kind)s %(number)s") % {"kind": kind, "number": number}


def _language(obj):
    return obj.locale.language_code


def allowed_names(page):
    """Names that may appear: the patient's alias in this page and in its consent record, if each is a letter alias.

    Anything else in an alias field is never allowed elsewhere: "Zhang Wei" as an alias must not
    make "Zhang Wei" in the summary pass.
    """
    allowed = set()
    for alias in (getattr(page, "patient_alias", ""), getattr(getattr(page, "consent", None), "patient_alias", "")):
        if alias and checks.is_letter_alias(alias):
            allowed.add(alias)
    return allowed


def real_name_list(page) -> checks.RealNameList | None:
    """The keyed hashes of the real names on the page's consent record, with the site's key."""
    consent = getattr(page, "consent", None)
    digests = getattr(consent, "real_name_digests", None) if consent is not None else None
    if not digests:
        return None
    return checks.RealNameList(frozenset(digests), settings.SECRET_KEY.encode())


def consent_findings(page, day: datetime.date | None = None) -> list[Finding]:  # snippets have none
    """A case page may be published only under consent that is in force and covers its language."""
    if not isinstance(page, CasePage):
        return []
    day = day or timezone.localdate()
    consent = page.consent

    def finding(kind, reason):
        return Finding(
            kind=kind, text=str(consent or ""), start=0, end=0, reason=reason, field=str(_("Consent record"))
        )

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


def privacy_findings(obj) -> list[Finding]:
    """Consent, the alias, then anything in the public text that could identify the patient.

    Works for pages and for the Condition and Treatment snippets; the `scan_identifiers` command
    and the workflow task both end in `checks.scan_identifiers`.
    """
    findings = consent_findings(obj)
    if isinstance(obj, CasePage):
        findings += checks.with_field(
            checks.alias_findings(obj.patient_alias or ""), str(FIELD_LABELS["patient_alias"])
        )
        if obj.age_at_onset is not None and obj.age_at_onset > 89:
            findings.append(
                Finding(
                    "age_over_89",
                    str(obj.age_at_onset),
                    0,
                    0,
                    _("Ages over 89 identify a patient (HIPAA Safe Harbor); enter 90 and say “90 or older”."),
                    field=str(_("Age at onset")),
                )
            )
    allowed = allowed_names(obj)
    real_names = real_name_list(obj)
    for label, text, _html in public_texts(obj):
        # A slug is Latin letters in every language: read it as Latin-script text.
        language = checks.LATIN_SCRIPT if label == str(FIELD_LABELS["slug"]) else _language(obj)
        scanned = checks.scan_identifiers(text, language, allowed=allowed, real_names=real_names)
        findings += checks.with_field(scanned, label)
    return findings


def source_page_of(obj):
    """The page or snippet this one was translated from, or None for one in the source language."""
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return None
    if isinstance(obj, tuple(SNIPPET_FIELDS)):
        return type(obj).objects.filter(translation_key=obj.translation_key, locale=default).first()
    return obj.get_translations().filter(locale=default).specific().first()


def privacy_limits(obj) -> str:
    """What the privacy check cannot recognise in this object's language, in words for the reviewer."""
    language = _language(obj)
    if checks.knows_names_in(language):
        return ""
    return _(
        "Names and street addresses are not recognised automatically in %(language)s text: "
        "the medical review must read for them."
    ) % {"language": language_name(language, get_language())}


def text_findings(obj) -> list[Finding]:
    """Template leftovers, empty headings, untranslated paragraphs and glossary terms, of a page or a snippet.

    On a translation, each field is compared with the same field of the source (the glossary too:
    a field whose source uses a glossary term must use the approved term), and the whole text is
    checked once more for terms and forbidden renderings.
    """
    findings = []
    texts = [text for text in public_texts(obj) if text.label != str(FIELD_LABELS["slug"])]
    for label, text, html in texts:
        findings += checks.with_field(checks.find_placeholders(text), label)
        if html:
            findings += checks.with_field(checks.find_empty_headings(html), label)

    source = source_page_of(obj)
    if source is not None:
        source_texts = {label: text for label, text, _html in public_texts(source)}
        source_texts.pop(str(FIELD_LABELS["slug"]), None)
        entries = glossary_entries(obj.locale)
        paired = []
        for label, text, _html in texts:
            if label not in source_texts:
                continue
            # A letter alias ("Ms. A") may stay as it is in a language whose alias forms the checks lack.
            if not (label == str(FIELD_LABELS["patient_alias"]) and checks.is_letter_alias(text)):
                findings += checks.with_field(
                    checks.find_untranslated_text(source_texts[label], text, _language(obj)), label
                )
            paired.append((label, source_texts[label], text))
        by_field = checks.check_terminology_by_field(paired, entries)
        findings += [finding for finding in by_field if finding.kind != "glossary_forbidden"]
        source_text = "\n".join(source_texts.values())
        translated_text = "\n".join(text for _label, text, _html in texts)
        # A term already reported on its field is not reported again for the whole page.
        reported_terms = {finding.text for finding in by_field if finding.kind == "glossary_missing"}
        whole_text = checks.check_terminology(source_text, translated_text, entries)
        findings += checks.with_field(
            [f for f in whole_text if not (f.kind == "glossary_missing" and f.text in reported_terms)],
            _("Glossary (whole page)"),
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


# What each kind of finding is, in the editor's words.
KIND_LABELS = {
    "person_name": _lazy("name"),
    "patient_real_name": _lazy("the patient's real name"),
    "alias_not_letter": _lazy("alias that is not a letter alias"),
    "street_address": _lazy("address"),
    "postal_code": _lazy("postal code"),
    "geolocation": _lazy("map coordinates"),
    "exact_date": _lazy("exact date"),
    "date_of_birth": _lazy("date of birth"),
    "age_over_89": _lazy("age over 89"),
    "phone_number": _lazy("phone or fax number"),
    "email": _lazy("e-mail address"),
    "web_address": _lazy("web address"),
    "social_account": _lazy("messaging or social media account"),
    "ip_address": _lazy("IP address"),
    "resident_id": _lazy("Chinese resident ID number"),
    "national_id": _lazy("identity or social security number"),
    "passport_number": _lazy("passport number"),
    "medical_record_number": _lazy("medical record number"),
    "health_plan_number": _lazy("insurance or health-plan number"),
    "account_number": _lazy("bank or card number"),
    "licence_number": _lazy("licence or certificate number"),
    "vehicle_identifier": _lazy("licence plate or vehicle number"),
    "device_identifier": _lazy("device serial number"),
    "other_number": _lazy("identifying number"),
    "placeholder": _lazy("template leftover"),
    "empty_heading": _lazy("empty heading"),
    "untranslated_text": _lazy("untranslated text"),
    "glossary_missing": _lazy("glossary term not used"),
    "glossary_variant": _lazy("variant of a glossary term"),
    "glossary_forbidden": _lazy("forbidden rendering of a glossary term"),
}


def describe(findings) -> str:
    """The findings as lines an editor can act on, for a workflow comment or a message: where, what kind, why."""
    lines = []
    for finding in findings:
        kind = KIND_LABELS.get(finding.kind)
        where = finding.field or _("page")
        if kind:
            where = _("%(field)s — %(kind)s") % {"field": where, "kind": kind}
        lines.append(f"• {where}: “{finding.text}” — {finding.reason}" if finding.text else f"• {finding.reason}")
    return "\n".join(lines)
