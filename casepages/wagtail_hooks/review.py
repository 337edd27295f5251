"""Admin wiring for the review workflow: no direct publishing of case stories, overrides, log entries."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ..models import CasePage
from ..workflow import views
from ..workflow.dashboard import StaleReviewsPanel

DIRECT_PUBLISH_REFUSED = _(
    "Case stories are published by approving their review, never directly. Submit the page for review instead."
)


def _asks_to_publish(request):
    return request.method == "POST" and ("action-publish" in request.POST or request.POST.get("action") == "publish")


@hooks.register("before_edit_page")
def refuse_direct_publishing_on_edit(request, page):
    if isinstance(page.specific, CasePage) and _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page")
def refuse_direct_publishing_on_create(request, parent_page, page_class):
    if issubclass(page_class, CasePage) and _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_explore", parent_page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(isinstance(getattr(obj, "specific", obj), CasePage) for obj in objects):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_home")


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("casepages/checks/<int:page_id>/override/", views.override_check, name="casepages_override_check")]


@hooks.register("register_page_header_buttons")
def override_button(page, user, view_name=None, next_url=None):
    if views.may_override(user) and views.blocked_check(page)[1] is not None:
        yield Button(
            _("Override check"), reverse("casepages_override_check", args=[page.pk]), icon_name="warning", priority=50
        )


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    actions.register_action(
        "casepages.check_override", _("Override an automatic check"), _("Automatic check overridden")
    )
    actions.register_action(
        "casepages.consent_withdrawn", _("Consent withdrawn"), _("Consent withdrawn: pages unpublished")
    )


@hooks.register("construct_homepage_panels")
def add_stale_reviews_panel(request, panels):
    if views.may_override(request.user):
        panels.append(StaleReviewsPanel())
