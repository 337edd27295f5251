"""The audit trail of what happens to patients' messages as a whole: exports, deletions, purges.

Each entry is a Wagtail log entry on the message form page, so it appears in the page's history
and in the admin's site history report, with who did it, when, and how many messages it touched
(never what the messages said).
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log

EXPORT = "casepages.messages.export"
DELETE = "casepages.messages.delete"
PURGE = "casepages.messages.purge"


def log_messages_action(page, action, user=None, **data):
    """Record one action on the messages of `page` (a message form page)."""
    return log(instance=page, action=action, user=user, data=data)


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
