"""Admin wiring for patients' messages: who reads them, the views they use, the audit trail, the dashboard."""

from datetime import timedelta

from django.db.models import Count, Q
from django.urls import path
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from . import access, audit
from .admin_views import AuditedDeleteSubmissionsView, FormsIndexView


@hooks.register("filter_form_submissions_for_user")
def only_coordinators_read_messages(user, editable_forms):
    return access.filter_form_pages(user, editable_forms)


# Registered before wagtail.contrib.forms' own URLs (order=-1), so these paths resolve to our views;
# reverse("wagtailforms:…") still builds the same URLs, so Wagtail's links and menus lead here.
@hooks.register("register_admin_urls", order=-1)
def register_message_admin_urls():
    return [
        path("forms/", FormsIndexView.as_view(), name="casepages_forms_index"),
        path("forms/results/", FormsIndexView.as_view(results_only=True), name="casepages_forms_index_results"),
        path(
            "forms/submissions/<int:page_id>/delete/",
            AuditedDeleteSubmissionsView.as_view(),
            name="casepages_delete_submissions",
        ),
    ]


@hooks.register("register_log_actions")
def register_message_log_actions(actions):
    audit.register_actions(actions)


class PatientMessagesPanel(Component):
    """The coordinators' dashboard: new messages this week, and any whose notification failed."""

    name = "casepages_patient_messages"
    template_name = "casepages/message_dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        from ..models import PatientMessage

        context = super().get_context_data(parent_context)
        week_ago = timezone.now() - timedelta(days=7)
        forms = []
        for page in access.message_form_pages().specific():
            counts = page.get_submissions().aggregate(
                recent=Count("pk", filter=Q(submit_time__gte=week_ago)),
                failed=Count("pk", filter=Q(notification_status=PatientMessage.NotificationStatus.FAILED)),
            )
            forms.append({"page": page, **counts})
        context["forms"] = forms
        return context


@hooks.register("construct_homepage_panels")
def add_patient_messages_panel(request, panels):
    if access.can_read_patient_messages(request.user):
        panels.append(PatientMessagesPanel())
