"""The coordinators' e-mail about a new message, sent only after the message is safely stored.

A failure to send never loses a message: it is recorded on the message as "notification failed",
coordinators see that status in the admin list, and `manage.py resend_notifications` tries again.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from casepages.i18n import language_name

from ..languages import source_language

logger = logging.getLogger(__name__)


def _addresses(text: str) -> list[str]:
    return [address.strip() for address in (text or "").split(",") if address.strip()]


def _coordinators_page(page):
    """The form page in the site's default language: its labels are the ones coordinators work with."""
    default = page.get_translations(inclusive=True).filter(locale__language_code=source_language()).first()
    return (default or page).specific


def render_notification(message) -> tuple[str, str]:
    """The subject and plain-text body of the e-mail about `message`, in the site's default language.

    Plain text on purpose: whatever HTML or script a visitor typed arrives as inert characters,
    which no mail client will run or render.
    """
    page = message.page.specific
    reference_page = _coordinators_page(page)
    labels = dict(reference_page.get_data_fields())
    with translation.override(settings.LANGUAGE_CODE):
        subject = reference_page.subject or _("New message from an international patient")
        if message.case_id:
            subject = f"{subject} ({message.case.case_code})"
        lines = [
            _("A patient left a message through the form “%(form)s” on %(date)s.")
            % {"form": page.title, "date": timezone.localtime(message.submit_time).strftime("%Y-%m-%d %H:%M %Z")},
            "",
        ]
        for key, value in message.form_data.items():
            if isinstance(value, bool):
                value = _("yes") if value else _("no")
            elif isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            lines.append(f"{labels.get(key, key)}: {value}")
        lines.append("")
        if message.case_id:
            lines.append(_("Case: %(code)s, %(title)s") % {"code": message.case.case_code, "title": message.case.title})
        lines.append(
            _("Language of the form: %(language)s")
            % {"language": language_name(message.language, settings.LANGUAGE_CODE) if message.language else "?"}
        )
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailforms:list_submissions", args=[reference_page.pk]
        )
        lines += ["", _("All messages, to read, export or delete: %(url)s") % {"url": admin_url}]
    return subject, "\n".join(lines)


def send_notification(message) -> bool:
    """E-mail the coordinators about one stored message and record the outcome on it.

    Returns True when the mail server accepted the e-mail. Any failure (server down, refusing,
    timing out, a bad address) is recorded as "notification failed" with the error, never raised.
    """
    from casepages.models import PatientMessage

    Status = PatientMessage.NotificationStatus
    page = message.page.specific
    recipients = _addresses(page.to_address)
    if not recipients:
        PatientMessage.objects.filter(pk=message.pk).update(notification_status=Status.NOT_REQUIRED)
        message.notification_status = Status.NOT_REQUIRED
        return False
    patient_address = message.form_data.get("email") or ""
    try:
        subject, body = render_notification(message)
        EmailMessage(
            subject,
            body,
            page.from_address or None,
            recipients,
            # Coordinators answer the patient by replying to the notification.
            reply_to=[patient_address] if patient_address else None,
        ).send()
    except Exception as error:  # any transport or header failure: the message itself is already stored
        logger.warning("Notification for patient message %s failed: %s", message.pk, error)
        changes = {
            "notification_status": Status.FAILED,
            "notification_error": f"{type(error).__name__}: {error}"[:1000],
        }
        sent = False
    else:
        changes = {"notification_status": Status.SENT, "notification_error": "", "notified_at": timezone.now()}
        sent = True
    PatientMessage.objects.filter(pk=message.pk).update(**changes)
    for name, value in changes.items():
        setattr(message, name, value)
    return sent


@dataclass
class ResendReport:
    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def resend_notifications(pending_for: timedelta = timedelta(minutes=15)) -> ResendReport:
    """Send again every notification that failed, and those left pending longer than `pending_for`.

    A message stays "pending" only if the process that stored it stopped before it could send the
    e-mail; the grace period keeps this from racing a request that is sending right now. Each
    message is locked while it is sent, so two runs at once never send the same e-mail twice.
    """
    from casepages.models import PatientMessage

    Status = PatientMessage.NotificationStatus
    stale = timezone.now() - pending_for
    waiting = PatientMessage.objects.filter(notification_status=Status.FAILED) | PatientMessage.objects.filter(
        notification_status=Status.PENDING, submit_time__lt=stale
    )
    report = ResendReport()
    for pk in waiting.order_by("submit_time").values_list("pk", flat=True):
        with transaction.atomic():
            message = (
                PatientMessage.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(pk=pk, notification_status__in=[Status.FAILED, Status.PENDING])
                .select_related("case")
                .first()
            )
            if message is None:  # sent meanwhile, or another run holds it
                continue
            if send_notification(message):
                report.sent.append(pk)
            elif message.notification_status == Status.FAILED:
                report.failed.append((pk, message.notification_error))
    return report
