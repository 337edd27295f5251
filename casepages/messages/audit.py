"""The audit trail of what happens to patients' messages as a whole: exports, deletions, purges.

Each entry is a Wagtail log entry shown in the admin's site history report, with who did it, when,
on which form and how many messages it touched (never what the messages said). It is recorded
about the patient-message model, not as an entry of the form page: Wagtail shows a page's entries
to everyone who may edit the page (editors, reviewers), and a model's entries only to those holding
a permission on that model, here the coordinators (and superusers).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter
from wagtail.models import ModelLogEntry

EXPORT = "casepages.messages.export"
DELETE = "casepages.messages.delete"
PURGE = "casepages.messages.purge"


# The entry is about a form's messages as a whole, not one message: its object id names none
# (message ids start at 1); the form page is in its label and its data.
NO_SINGLE_MESSAGE = "0"


def log_messages_action(page, action, user=None, **data):
    """Record one action on the messages of `page` (a message form page)."""
    from casepages.models import PatientMessage

    return ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(PatientMessage),
        object_id=NO_SINGLE_MESSAGE,
        label=page.title,
        action=action,
        user=user,
        data={**data, "form_page": page.pk},
        timestamp=timezone.now(),
    )


class ExportFormatter(LogFormatter):
    label = _("Export patient messages")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "Exported %(count)s patient message as %(format)s",
            "Exported %(count)s patient messages as %(format)s",
            count,
        ) % {"count": count, "format": log_entry.data.get("format", "").upper()}


class DeleteFormatter(LogFormatter):
    label = _("Delete patient messages")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext("Deleted %(count)s patient message", "Deleted %(count)s patient messages", count) % {
            "count": count
        }


class PurgeFormatter(LogFormatter):
    label = _("Purge old patient messages")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "Deleted %(count)s patient message older than %(days)s days (retention)",
            "Deleted %(count)s patient messages older than %(days)s days (retention)",
            count,
        ) % {"count": count, "days": log_entry.data.get("older_than_days", "?")}


FORMATTERS = {EXPORT: ExportFormatter, DELETE: DeleteFormatter, PURGE: PurgeFormatter}


def register_actions(actions):
    """For the `register_log_actions` hook."""
    for action, formatter in FORMATTERS.items():
        actions.register_action(action)(formatter)
