"""The reviewer's override of an automatic check: a written reason, stored and logged, then the workflow goes on."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState

from .models import CHECK_OVERRIDE_PERMISSION, AutomaticCheckTask, CheckOverride


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why may this page be published despite the findings?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=20,
        max_length=2000,
        help_text=gettext_lazy("Stored with your name in the page's history. At least 20 characters."),
    )


def may_override(user):
    return user.has_perm(CHECK_OVERRIDE_PERMISSION)


def blocked_check(page):
    """The workflow state and task state of a page sent back by an automatic check, or (None, None)."""
    workflow_state = WorkflowState.objects.for_instance(page).filter(status=WorkflowState.STATUS_NEEDS_CHANGES).first()
    if workflow_state is None or workflow_state.current_task_state is None:
        return None, None
    task_state = workflow_state.current_task_state
    if not isinstance(task_state.task.specific, AutomaticCheckTask):
        return None, None
    return workflow_state, task_state


def report_check_rejection(request, page):
    """After a submission an automatic check sent back at once: say so, with its reasons, on the editor.

    Wagtail has just queued "submitted for moderation"; that message is replaced, and the author
    stays on the page to fix it instead of being sent to the page list.
    """
    if request.method != "POST" or not ({"action-submit", "action-restart-workflow"} & set(request.POST)):
        return None
    workflow_state, task_state = blocked_check(page)
    if task_state is None:
        return None
    queued = messages.get_messages(request)
    kept = [message for message in queued if message.level != messages.SUCCESS]
    queued.used = True
    for message in kept:
        messages.add_message(request, message.level, message.message, extra_tags=message.extra_tags)
    messages.error(
        request,
        _("“%(page)s” was not submitted: the %(check)s sent it back. Fix these and submit again: %(reasons)s")
        % {
            "page": page.get_admin_display_title(),
            "check": task_state.task.name.lower(),
            "reasons": task_state.comment,
        },
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def override_check(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_override(request.user):
        raise PermissionDenied
    workflow_state, task_state = blocked_check(page)
    if task_state is None:
        messages.warning(request, _("This page is not held back by an automatic check."))
        return redirect("wagtailadmin_pages:edit", page.pk)

    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        CheckOverride.objects.update_or_create(
            task=task_state.task, revision=task_state.revision, defaults={"user": request.user, "reason": reason}
        )
        log(
            instance=page,
            action="casepages.check_override",
            user=request.user,
            revision=task_state.revision,
            data={"task": task_state.task.name, "reason": reason, "findings": task_state.comment},
        )
        workflow_state.resume(user=request.user)
        messages.success(request, _("Override recorded; the page continues to the next review step."))
        return redirect("wagtailadmin_pages:edit", page.pk)

    return TemplateResponse(
        request,
        "casepages/admin/override_check.html",
        {"page": page, "task_state": task_state, "form": form},
    )
