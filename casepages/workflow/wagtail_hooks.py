"""Admin wiring for the review workflow: no direct publishing of pages or reviewed snippets, overrides, log entries.

The publication gate (workflow/publication.py) refuses uncleared content whatever path it comes by;
these hooks turn the ordinary Publish buttons into a message that says what to do instead.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ..models import CasePage
from ..workflow.dashboard import StaleReviewsPanel
from ..workflow.setup import REVIEWED_SNIPPETS
from . import views

DIRECT_PUBLISH_REFUSED = _(
    "Pages, conditions and treatments are published by approving their review, never directly. "
    "Submit it for review instead."
)


def _asks_to_publish(request):
    return request.method == "POST" and ("action-publish" in request.POST or request.POST.get("action") == "publish")


@hooks.register("before_edit_page", order=-10)
def refuse_direct_publishing_on_edit(request, page):
    if _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page", order=-10)
def refuse_direct_publishing_on_create(request, parent_page, page_class):
    if _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_explore", parent_page.pk)


@hooks.register("before_edit_snippet", order=-10)
def refuse_direct_publishing_of_a_snippet(request, instance):
    if isinstance(instance, REVIEWED_SNIPPETS) and _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect(request.path)


@hooks.register("before_create_snippet", order=-10)
def refuse_direct_publishing_of_a_new_snippet(request, model):
    if issubclass(model, REVIEWED_SNIPPETS) and _asks_to_publish(request):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect(request.path)


@hooks.register("before_copy_page")
def refuse_copying_a_case_story(request, page):
    """A case story belongs to one patient's consent and case code: a new story is written, not copied."""
    if isinstance(page.specific, CasePage):
        messages.error(request, _("A case story cannot be copied: write a new case page for another patient."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type == "publish":
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
    actions.register_action(
        "casepages.check_rejected", _("Sent back by an automatic check"), _("Sent back by an automatic check")
    )


@hooks.register("after_edit_page")
def say_when_a_check_sent_the_page_back(request, page):
    return views.report_check_rejection(request, page)


@hooks.register("after_create_page")
def say_when_a_check_sent_the_new_page_back(request, page):
    return views.report_check_rejection(request, page)


@hooks.register("construct_homepage_panels")
def add_stale_reviews_panel(request, panels):
    if views.may_override(request.user):
        panels.append(StaleReviewsPanel())
