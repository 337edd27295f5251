"""The admin dashboard panel that shows translators what waits for them in their languages."""

import uuid

from django.db import connection
from django.db.models import OuterRef, Q, Subquery
from django.middleware.csrf import get_token
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from ..languages import target_languages
from ..roles import translators_group_name
from .status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    MACHINE_DRAFT,
    MISSING,
    OUT_OF_DATE,
    SNIPPET_MODELS,
    page_ids_in_review,
    translation_status,
)

WAITING_STATES = (CHANGES_REQUESTED, OUT_OF_DATE, MACHINE_DRAFT, IN_PROGRESS, MISSING)
MAX_ITEMS = 20
MAX_KEYS_ASKED = 1000


def languages_translated_by(user):
    """The target languages a user translates: from their translator groups, or all for superusers."""
    targets = target_languages()
    if user.is_superuser:
        return targets
    names = set(user.groups.values_list("name", flat=True))
    return [code for code in targets if translators_group_name(code) in names]


def keys_that_may_wait(source_locale, locale):
    """The translation keys of everything that may wait for a translator in `locale`; more, never fewer.

    The dashboard then asks the status report about these only: most of 10,000 stories are live and
    current, and building the whole report for each visit to the dashboard took seconds. Every
    waiting state has its reason here: no translation; a translation not live, with unpublished
    changes, in review or sent back, or published before its source was last read; an English page
    changed since it was read; a segment without its translation. Snippets are few: all of them.
    """
    source_pages = Page.objects.filter(locale=source_locale, depth__gt=1)
    targets = Page.objects.filter(locale=locale, depth__gt=1)
    read_at = Subquery(
        TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale=source_locale).values(
            "last_updated_at"
        )[:1]
    )
    keys = set(
        source_pages.exclude(translation_key__in=targets.values("translation_key")).values_list(
            "translation_key", flat=True
        )
    )
    keys |= set(
        targets.filter(
            Q(live=False)
            | Q(has_unpublished_changes=True)
            | Q(pk__in=page_ids_in_review())
            | Q(last_published_at__isnull=True)
            | Q(last_published_at__lt=read_at)
        ).values_list("translation_key", flat=True)
    )
    keys |= set(source_pages.filter(latest_revision_created_at__gt=read_at).values_list("translation_key", flat=True))
    keys |= _sources_with_untranslated_segments(source_locale, locale)
    for model in SNIPPET_MODELS:
        keys |= set(model.objects.filter(locale=source_locale).values_list("translation_key", flat=True))
    return keys


def _sources_with_untranslated_segments(source_locale, locale):
    """Translation keys of the source objects with a segment that has no translation into `locale`."""
    segment, translation = StringSegment._meta.db_table, StringTranslation._meta.db_table
    source = TranslationSource._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT DISTINCT source.object_id
            FROM {segment} segment
            JOIN {source} source ON source.id = segment.source_id AND source.locale_id = %s
            WHERE NOT EXISTS (
                SELECT 1 FROM {translation} translation
                WHERE translation.translation_of_id = segment.string_id
                  AND translation.context_id = segment.context_id
                  AND translation.locale_id = %s
                  AND translation.has_error = %s
            )
            """,
            [source_locale.pk, locale.pk, False],
        )
        return {uuid.UUID(str(key)) for (key,) in cursor.fetchall()}


def waiting_translations(user):
    """(source object, language, status) for everything the user should translate next, most urgent first."""
    languages = languages_translated_by(user)
    if not languages:
        return []
    source_locale = Locale.get_default()
    keys = set()
    for locale in Locale.objects.filter(language_code__in=languages):
        keys |= keys_that_may_wait(source_locale, locale)
    # When most things wait (after a sync of everything, say), the whole report is the quicker way.
    report = translation_status(languages, keys=keys if len(keys) <= MAX_KEYS_ASKED else None)
    waiting = [
        (row.source_object, code, status)
        for row in report.rows
        for code, status in row.states.items()
        if status.state in WAITING_STATES
    ]
    waiting.sort(key=lambda item: WAITING_STATES.index(item[2].state))
    return waiting[:MAX_ITEMS]


class UserPanel(Component):
    """A dashboard panel listing what one user should act on; subclasses say what and where."""

    context_name = "items"

    def __init__(self, user):
        self.user = user

    def items(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context[self.context_name] = self.items()
        request = parent_context.get("request")
        context["request"] = request
        # A component renders without the request's context processors: its forms need the token given.
        context["csrf_token"] = get_token(request) if request is not None else ""
        return context


class TranslationsWaitingPanel(UserPanel):
    name = "casepages_translations_waiting"
    template_name = "casepages/admin/translations_waiting_panel.html"
    order = 110

    def items(self):
        return waiting_translations(self.user)


def translations_in_review(user):
    """Translated pages whose review this user can decide, to open side by side with their source."""
    from .views import reviewable_task_state

    in_review = Page.objects.exclude(locale=Locale.get_default()).filter(pk__in=page_ids_in_review())
    return [page for page in in_review.specific() if reviewable_task_state(page, user)][:MAX_ITEMS]


class TranslationsToReviewPanel(UserPanel):
    name = "casepages_translations_to_review"
    template_name = "casepages/admin/translations_to_review_panel.html"
    order = 105
    context_name = "pages"

    def items(self):
        return translations_in_review(self.user)
