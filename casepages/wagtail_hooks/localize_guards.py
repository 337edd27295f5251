"""wagtail-localize's unguarded admin views, registered at their own paths behind our permission checks.

casepages comes before wagtail_localize in INSTALLED_APPS, so these patterns are matched first.
"""

from django.urls import include, path
from wagtail import hooks

from ..security import localize_guards

GUARDED_URLS = [
    path("api/snippets/<slug:app_label>/<slug:model_name>/", localize_guards.snippets_listing),
    path("api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/", localize_guards.snippet_detail),
    path("reports/translations/", localize_guards.translations_report),
    path("reports/translations/results/", localize_guards.translations_report_results),
]


@hooks.register("register_admin_urls")
def register_guarded_localize_urls():
    return [path("localize/", include(GUARDED_URLS))]
