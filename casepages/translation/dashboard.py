"""The admin dashboard panel that shows translators what waits for them in their languages."""

from django.middleware.csrf import get_token
from wagtail.admin.ui.components import Component

from ..languages import target_languages
from ..roles import translators_group_name
from .status import (
    CHANGES_REQUESTED,
    IN_PROGRESS,
    MACHINE_DRAFT,
    MISSING,
    OUT_OF_DATE,
    page_ids_in_review,
    translation_status,
)

WAITING_STATES = (CHANGES_REQUESTED, OUT_OF_DATE, MACHINE_DRAFT, IN_PROGRESS, MISSING)
MAX_ITEMS = 20


def languages_translated_by(user):
    """The target languages a user translates: from their translator groups, or all for superusers."""
    targets = target_languages()
    if user.is_superuser:
        return targets
    names = set(user.groups.values_list("name", flat=True))
    return [code for code in targets if translators_group_name(code) in names]


def waiting_translations(user):
    """(source object, language, status) for everything the user should translate next, most urgent first."""
    languages = languages_translated_by(user)
    if not languages:
        return []
    report = translation_status(languages)
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
    from wagtail.models import Locale, Page

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
