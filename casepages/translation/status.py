"""Where every translatable page and snippet stands in every language.

One row per source object (an English page or snippet) and one state per target language:

- missing: there is no translation at all;
- machine draft: a draft whose translated segments all came from the machine translator;
- in progress: a draft a translator is working on, or a live page with untranslated segments;
- in review: the translation waits for the medical reviewer;
- changes requested: the reviewer, or an automatic check, sent it back; the reason says why;
- out of date: the English source changed after the translation was made;
- live: published, complete and current.

Out of date compares against what the translation was made from (wagtail-localize's translation
source), not the source page's live version: syncing takes the published English page only, so
an English draft newer than the last sync is reported as such.

The report is built in a fixed number of queries per language, whatever the number of objects.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from ..languages import source_language, target_languages
from ..models import (
    Condition,
    GlossaryTerm,
    Treatment,
)

MISSING = "missing"
MACHINE_DRAFT = "machine_draft"
IN_PROGRESS = "in_progress"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
OUT_OF_DATE = "out_of_date"
LIVE = "live"

STATE_LABELS = {
    MISSING: _("Missing"),
    MACHINE_DRAFT: _("Machine draft"),
    IN_PROGRESS: _("In progress"),
    IN_REVIEW: _("In review"),
    CHANGES_REQUESTED: _("Changes requested"),
    OUT_OF_DATE: _("Out of date"),
    LIVE: _("Live"),
}
STATES = list(STATE_LABELS)

SNIPPET_MODELS = [Condition, Treatment, GlossaryTerm]


@dataclass
class LocaleStatus:
    state: str
    reason: str = ""
    translated_object: object = None
    translation_source: object = None

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class StatusRow:
    kind: str
    source_object: object
    states: dict = field(default_factory=dict)  # language code -> LocaleStatus


@dataclass
class StatusReport:
    languages: list
    rows: list

    def counts(self):
        """For each language, how many objects are in each state."""
        totals = {code: Counter() for code in self.languages}
        for row in self.rows:
            for code, status in row.states.items():
                totals[code][status.state] += 1
        return {code: {state: totals[code][state] for state in STATES} for code in self.languages}

    def as_json(self):
        return {
            "languages": self.languages,
            "counts": self.counts(),
            "objects": [
                {
                    "kind": str(row.kind),
                    "id": row.source_object.pk,
                    "title": str(row.source_object),
                    "translation_key": str(row.source_object.translation_key),
                    "states": {
                        code: {"state": status.state, "reason": str(status.reason)}
                        for code, status in row.states.items()
                    },
                }
                for row in self.rows
            ],
        }


def _segment_counts(sources, locale):
    """Per translation source: segments, translated segments and machine-translated ones, in one query.

    Each segment's translation is looked up by its own (string, context, locale) key: joining
    segments with all translations of their strings instead grows with the square of text shared
    by many stories.
    """
    translations = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale, has_error=False
    )
    counts = (
        StringSegment.objects.filter(source__in=sources)
        .annotate(
            is_translated=Exists(translations),
            is_machine=Exists(translations.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)),
        )
        .values("source_id")
        .annotate(
            total=Count("id"),
            translated=Count("id", filter=Q(is_translated=True)),
            machine=Count("id", filter=Q(is_machine=True)),
        )
    )
    return {row["source_id"]: row for row in counts}


def page_ids_in_review():
    """The ids of all pages, any language, with a review workflow under way (including sent back)."""
    states = WorkflowState.objects.active().filter(base_content_type__model="page")
    return {int(object_id) for object_id in states.values_list("object_id", flat=True)}


def reviews_under_way():
    """{(base content type id, object id): workflow state} for everything in review or sent back, in one query."""
    states = WorkflowState.objects.active().select_related(
        "current_task_state__finished_by", "current_task_state__task"
    )
    return {(state.base_content_type_id, int(state.object_id)): state for state in states}


def why_sent_back(task_state):
    """The reviewer's comment, or the automatic check's findings, with who or what sent it back."""
    comment = task_state.get_comment() if task_state else ""
    if task_state is None or task_state.finished_by is None:
        name = task_state.task.name if task_state else _("The review")
        return _("%(check)s sent it back: %(reasons)s") % {"check": name, "reasons": comment}
    who = task_state.finished_by.get_full_name() or task_state.finished_by.get_username()
    return _("%(reviewer)s asked for changes: %(comment)s") % {"reviewer": who, "comment": comment or "—"}


def _review_status(review, target, translation_source):
    if review.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return LocaleStatus(CHANGES_REQUESTED, why_sent_back(review.current_task_state), target, translation_source)
    return LocaleStatus(IN_REVIEW, _("Waiting for the medical reviewer."), target, translation_source)


def _page_state(source_page, target, translation_source, segment_counts, reviews):
    if target is None:
        return LocaleStatus(MISSING, _("Not translated yet."))
    counts = segment_counts.get(translation_source.pk) if translation_source else None
    untranslated = counts["total"] - counts["translated"] if counts else 0
    review = reviews.get((target.get_base_content_type().pk, target.pk))
    if review is not None:
        return _review_status(review, target, translation_source)
    if translation_source is not None:
        source_changed = (
            source_page.latest_revision_created_at
            and source_page.latest_revision_created_at > translation_source.last_updated_at
        )
        if source_changed and target.live:
            if source_page.has_unpublished_changes:
                reason = _(
                    "The English page has changed since this translation was made (its newest changes are "
                    "not published yet, and a sync takes the published version only)."
                )
            else:
                reason = _(
                    "The English page has changed since this translation was made; sync it, update the "
                    "translation and submit it for review."
                )
            return LocaleStatus(OUT_OF_DATE, reason, target, translation_source)
        synced_after_publishing = target.live and (
            target.last_published_at is None or target.last_published_at < translation_source.last_updated_at
        )
        if synced_after_publishing:
            return LocaleStatus(
                OUT_OF_DATE,
                _("The translation was synced with newer English text; update it and submit it for review."),
                target,
                translation_source,
            )
    if not target.live:
        if counts and counts["machine"] and counts["machine"] == counts["translated"]:
            return LocaleStatus(
                MACHINE_DRAFT,
                _("Pre-filled by the machine translator; nobody has edited it yet."),
                target,
                translation_source,
            )
        return LocaleStatus(IN_PROGRESS, _("Draft, not yet submitted for review."), target, translation_source)
    if untranslated:
        return LocaleStatus(
            IN_PROGRESS,
            _("Live, but %(count)s segments are not translated and show English.") % {"count": untranslated},
            target,
            translation_source,
        )
    if target.has_unpublished_changes:
        return LocaleStatus(
            IN_PROGRESS, _("Live, with unpublished changes being worked on."), target, translation_source
        )
    return LocaleStatus(LIVE, "", target, translation_source)


def _snippet_state(target, translation_source, segment_counts, reviews):
    if target is None:
        return LocaleStatus(MISSING, _("Not translated yet."))
    review = reviews.get((target.get_base_content_type().pk, target.pk)) if hasattr(target, "live") else None
    if review is not None:
        return _review_status(review, target, translation_source)
    counts = segment_counts.get(translation_source.pk) if translation_source else None
    if counts and counts["total"] > counts["translated"]:
        return LocaleStatus(IN_PROGRESS, _("Some text is not translated yet."), target, translation_source)
    if not getattr(target, "live", True):
        return LocaleStatus(IN_PROGRESS, _("Draft, not yet submitted for review."), target, translation_source)
    return LocaleStatus(LIVE, "", target, translation_source)


def translation_status(languages=None) -> StatusReport:
    """The state of every page and snippet of the source language in every other language."""
    source_locale = Locale.objects.get(language_code=source_language())
    languages = languages or target_languages()
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)}
    rows = []

    source_pages = list(Page.objects.filter(locale=source_locale, depth__gt=1).specific().order_by("path"))
    snippets = [(model, list(model.objects.filter(locale=source_locale))) for model in SNIPPET_MODELS]
    keys = [page.translation_key for page in source_pages] + [
        s.translation_key for _m, items in snippets for s in items
    ]
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    reviews = reviews_under_way()

    for page in source_pages:
        rows.append(StatusRow(type(page)._meta.verbose_name, page))
    for model, items in snippets:
        for snippet in items:
            rows.append(StatusRow(model._meta.verbose_name, snippet))

    for code in languages:
        locale = locales.get(code)
        if locale is None:
            for row in rows:
                row.states[code] = LocaleStatus(MISSING, _("This language is not set up yet."))
            continue
        segment_counts = _segment_counts(list(sources.values()), locale)
        targets = {page.translation_key: page for page in Page.objects.filter(locale=locale, translation_key__in=keys)}
        snippet_targets = {}
        for model, _items in snippets:
            snippet_targets.update(
                {item.translation_key: item for item in model.objects.filter(locale=locale, translation_key__in=keys)}
            )
        for row in rows:
            obj = row.source_object
            source = sources.get((obj.translation_key, source_locale.pk))
            if isinstance(obj, Page):
                row.states[code] = _page_state(obj, targets.get(obj.translation_key), source, segment_counts, reviews)
            else:
                row.states[code] = _snippet_state(
                    snippet_targets.get(obj.translation_key), source, segment_counts, reviews
                )
    return StatusReport(languages=list(languages), rows=rows)
