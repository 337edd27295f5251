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

The report is built in a fixed number of queries per language, whatever the number of objects,
from plain values rather than page objects (see `PageSummary`).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Case, OuterRef, Q, Subquery, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from ..languages import source_language, target_languages
from ..models import Condition, GlossaryTerm, Treatment

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


def _segment_counts(locale, source_ids=None):
    """Per translation source: segments, translated segments and machine-translated ones, in one query.

    Each segment is joined with its own translation only, by the (string, context, locale) key that
    wagtail-localize keeps unique: one pass over the segments, whatever the number of stories
    (joining segments with all translations of their strings instead grows with the square of text
    shared by many stories; a subquery per segment took 0.8 s at 10,000 cases, the join 40 ms).
    With `source_ids`, only those sources are counted.
    """
    if source_ids is not None and not source_ids:
        return {}
    segment, translation = StringSegment._meta.db_table, StringTranslation._meta.db_table
    only = "" if source_ids is None else f"WHERE segment.source_id IN ({', '.join(['%s'] * len(source_ids))})"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT segment.source_id, COUNT(*), COUNT(translation.id),
                   SUM(CASE WHEN translation.translation_type = %s THEN 1 ELSE 0 END)
            FROM {segment} segment
            LEFT JOIN {translation} translation
              ON translation.translation_of_id = segment.string_id
             AND translation.context_id = segment.context_id
             AND translation.locale_id = %s
             AND translation.has_error = %s
            {only}
            GROUP BY segment.source_id
            """,
            [StringTranslation.TRANSLATION_TYPE_MACHINE, locale.pk, False, *(source_ids or [])],
        )
        return {
            source_id: {"total": total, "translated": translated, "machine": machine or 0}
            for source_id, total, translated, machine in cursor.fetchall()
        }


class PageSummary:
    """What the report needs of a page, read as plain values: loading 10,000 Page objects takes seconds.

    The two times the report compares are compared in the query, against when wagtail-localize last
    read the English page (its translation source): reading 40,000 timestamps into Python costs
    more than the rest of the report.
    """

    FIELDS = ("pk", "title", "translation_key", "url_path", "content_type_id", "live", "has_unpublished_changes")
    COMPARED = ("changed_since_read", "published_before_read")
    __slots__ = FIELDS + COMPARED

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values, strict=True):
            setattr(self, name, value)

    @classmethod
    def of(cls, pages, source_locale):
        read_at = Subquery(
            TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale=source_locale).values(
                "last_updated_at"
            )[:1]
        )
        pages = pages.annotate(
            # The English page has a revision newer than what the translation was made from.
            changed_since_read=Case(When(latest_revision_created_at__gt=read_at, then=True), default=False),
            # A translation last published before its source was read again (synced).
            published_before_read=Case(
                When(Q(last_published_at__isnull=True) | Q(last_published_at__lt=read_at), then=True), default=False
            ),
        )
        return [cls(*values) for values in pages.values_list(*cls.FIELDS, *cls.COMPARED)]

    def __str__(self):
        return self.title

    @property
    def id(self):
        return self.pk

    @staticmethod
    def get_base_content_type():
        return ContentType.objects.get_for_model(Page)


class SourceSummary:
    """A translation source as the report shows it: its id (for the sync link) and its translations."""

    __slots__ = ("pk",)

    def __init__(self, pk):
        self.pk = pk

    @property
    def translations(self):
        from wagtail_localize.models import Translation

        return Translation.objects.filter(source_id=self.pk)


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
        if source_page.changed_since_read and target.live:
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
        if target.live and target.published_before_read:
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


def translation_status(languages=None, keys=None) -> StatusReport:
    """The state of every page and snippet of the source language in every other language.

    With `keys` (translation keys), only the pages and snippets with those keys are reported, in
    the same way (the dashboard asks only about those that may wait for a translator).
    """
    source_locale = Locale.objects.get(language_code=source_language())
    languages = languages or target_languages()
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)}
    rows = []

    pages = Page.objects.filter(depth__gt=1)  # every page type, the host's own included
    translation_sources = TranslationSource.objects.filter(locale=source_locale)
    if keys is not None:
        keys = list(keys)
        pages = pages.filter(translation_key__in=keys)
        translation_sources = translation_sources.filter(object_id__in=keys)
    source_pages = PageSummary.of(pages.filter(locale=source_locale).order_by("path"), source_locale)
    snippets = [
        (
            model,
            list(model.objects.filter(locale=source_locale, **({} if keys is None else {"translation_key__in": keys}))),
        )
        for model in SNIPPET_MODELS
    ]
    # Every source of the language, read without its content (and when it was read, compared above).
    sources = {
        (object_id, source_locale.pk): SourceSummary(pk)
        for pk, object_id in translation_sources.values_list("pk", "object_id")
    }
    reviews = reviews_under_way()

    for page in source_pages:
        page_type = ContentType.objects.get_for_id(page.content_type_id).model_class()
        rows.append(StatusRow(page_type._meta.verbose_name if page_type else _("page"), page))
    for model, items in snippets:
        for snippet in items:
            rows.append(StatusRow(model._meta.verbose_name, snippet))

    for code in languages:
        locale = locales.get(code)
        if locale is None:
            for row in rows:
                row.states[code] = LocaleStatus(MISSING, _("This language is not set up yet."))
            continue
        segment_counts = _segment_counts(locale, None if keys is None else [source.pk for source in sources.values()])
        targets = {page.translation_key: page for page in PageSummary.of(pages.filter(locale=locale), source_locale)}
        snippet_targets = {}
        for model, _items in snippets:
            snippet_targets.update({item.translation_key: item for item in model.objects.filter(locale=locale)})
        for row in rows:
            obj = row.source_object
            source = sources.get((obj.translation_key, source_locale.pk))
            if isinstance(obj, PageSummary):
                row.states[code] = _page_state(obj, targets.get(obj.translation_key), source, segment_counts, reviews)
            else:
                row.states[code] = _snippet_state(
                    snippet_targets.get(obj.translation_key), source, segment_counts, reviews
                )
    return StatusReport(languages=list(languages), rows=rows)
