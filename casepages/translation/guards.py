"""Permission checks in front of wagtail-localize views that check none of their own.

- The snippet API (`localize/api/snippets/<app>/<model>/`) lists every snippet of any model to
  anyone in the admin: consent records, whose snippet views refuse translators and coordinators,
  were listed to both. It is now open only to users with some permission on that model, the rule
  Wagtail's own snippet listing applies.
- The translations report lists every page and snippet being translated; coordinators, who have
  no part in translation, are kept out of it, as they are out of our translation status report.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

from ..upstream import localize_report as report
from ..upstream import localize_snippets_api as snippets_api
from .views import follows_translations

SNIPPET_ACTIONS = ["add", "change", "delete", "view"]


def may_see_snippets_of(user, app_label, model_name):
    """Whether `user` holds any permission on the snippet model named in the URL."""
    try:
        model = get_snippet_model_from_url_params(app_label, model_name)
    except Http404:
        return False
    return ModelPermissionPolicy(model).user_has_any_permission(user, SNIPPET_ACTIONS)


def guard_snippet_api(view):
    def guarded(request, app_label, model_name, **kwargs):
        if not may_see_snippets_of(request.user, app_label, model_name):
            raise PermissionDenied
        return view(request, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


def guard_translations_report(view):
    def guarded(request, *args, **kwargs):
        if not follows_translations(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


snippets_listing = guard_snippet_api(snippets_api.SnippetViewSet.as_view({"get": "list"}))
snippet_detail = guard_snippet_api(snippets_api.SnippetViewSet.as_view({"get": "retrieve"}))
translations_report = guard_translations_report(report.TranslationsReportView.as_view())
translations_report_results = guard_translations_report(report.TranslationsReportView.as_view(results_only=True))
