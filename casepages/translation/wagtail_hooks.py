"""Admin wiring for translation: our views, the status report, and guards in front of wagtail-localize.

The guarded views are registered at wagtail-localize's own paths. casepages comes before
wagtail_localize in INSTALLED_APPS, so these patterns are matched first and the translation
editor's buttons (upload PO, machine translate, sync, convert to alias) go through our rules.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail_localize.models import TranslationSource

from ..translation.dashboard import TranslationsToReviewPanel, TranslationsWaitingPanel
from ..upstream import LOCALIZE_PATHS_SERVED_BY_CASEPAGES
from . import editor, guards, listing, views

listing.connect()

# wagtail-localize's own admin views that casepages serves at the same paths, either because they
# would publish or because they check no permission (the paths: casepages.upstream). Built from
# that list, so a path listed there without a view here fails at start-up.
LOCALIZE_VIEWS_SERVED_BY_CASEPAGES = {
    "submit/page/<int:page_id>/": views.TranslatePageView.as_view(),
    "update/<int:translation_source_id>/": views.SyncTranslationsView.as_view(),
    "translate/<int:translation_id>/pofile/download/": views.download_po,
    "translate/<int:translation_id>/pofile/upload/": views.upload_po,
    "translate/<int:translation_id>/machine_translate/": views.machine_translate,
    "page/<int:page_id>/convert_to_alias/": views.convert_to_alias,
    "api/snippets/<slug:app_label>/<slug:model_name>/": guards.snippets_listing,
    "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": guards.snippet_detail,
    "reports/translations/": guards.translations_report,
    "reports/translations/results/": guards.translations_report_results,
}
GUARDED_LOCALIZE_URLS = [
    path(route, LOCALIZE_VIEWS_SERVED_BY_CASEPAGES[route]) for route in LOCALIZE_PATHS_SERVED_BY_CASEPAGES
]

CASEPAGES_TRANSLATION_URLS = [
    path("status/", views.status_report, name="status"),
    path("<int:translation_id>/submit/", views.submit_for_review, name="submit"),
    path("<int:translation_id>/po/", views.download_po, name="download_po"),
    path("<int:translation_id>/po/upload/", views.upload_po, name="upload_po"),
    path("<int:translation_id>/machine/", views.machine_translate, name="machine_translate"),
    path("compare/<int:page_id>/", views.compare, name="compare"),
]


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("localize/", include(GUARDED_LOCALIZE_URLS)),
        path("casepages/translations/", include((CASEPAGES_TRANSLATION_URLS, "casepages_translation"))),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return views.follows_translations(request.user)


@hooks.register("register_reports_menu_item")
def register_status_report_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("casepages_translation:status"), icon_name="globe", order=700
    )


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name=None, next_url=None):
    """On a translated page: compare it with its source, and submit it for review."""
    source = TranslationSource.objects.filter(object_id=page.translation_key).exclude(locale_id=page.locale_id).first()
    if source is None:
        return
    yield Button(
        _("Compare with the source"),
        reverse("casepages_translation:compare", args=[page.pk]),
        icon_name="doc-full",
        priority=60,
    )


@hooks.register("before_edit_page", order=-5)
def translation_editor_with_submit(request, page):
    return editor.translation_editor(request, page)


@hooks.register("construct_homepage_panels")
def add_translations_waiting_panel(request, panels):
    panels.append(TranslationsWaitingPanel(request.user))
    panels.append(TranslationsToReviewPanel(request.user))
