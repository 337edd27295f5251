"""Retention: patients' messages are deleted once they are older than the retention period.

The period is CASEPAGES_MESSAGE_RETENTION_DAYS (365 by default); `manage.py purge_messages`
runs this, typically daily from cron. Each purge leaves an audit-log entry on the form page
saying how many messages it deleted and the cut-off, and nothing about their content.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from . import audit

_PERIOD = re.compile(r"\s*(\d+)\s*([dw]?)\s*", re.IGNORECASE)


def default_retention() -> timedelta:
    return timedelta(days=getattr(settings, "CASEPAGES_MESSAGE_RETENTION_DAYS", 365))


def parse_period(text: str) -> timedelta:
    """A period written as "365d", "52w" or a number of days, as a timedelta; ValueError otherwise."""
    match = _PERIOD.fullmatch(text or "")
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"Not a retention period: {text!r} (write it as 365d, 52w or 365).")
    amount = int(match.group(1))
    return timedelta(weeks=amount) if match.group(2).lower() == "w" else timedelta(days=amount)


@dataclass
class PurgeReport:
    cutoff: datetime
    dry_run: bool
    # Message counts by form page, as {page: count}.
    by_page: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_page.values())


def purge_messages(older_than: timedelta | None = None, dry_run: bool = False, now=None) -> PurgeReport:
    """Delete every message submitted before now − `older_than`, or with `dry_run` only count them.

    Deletions and their audit entries are one transaction: either both are kept or neither is.
    """
    from casepages.models import MessageFormPage, PatientMessage

    older_than = older_than or default_retention()
    cutoff = (now or timezone.now()) - older_than
    old_messages = PatientMessage.objects.filter(submit_time__lt=cutoff)
    counts = dict(old_messages.order_by().values_list("page_id").annotate(count=Count("pk")))
    pages = MessageFormPage.objects.in_bulk(counts.keys())
    report = PurgeReport(cutoff=cutoff, dry_run=dry_run, by_page={pages[pk]: count for pk, count in counts.items()})
    if dry_run or not counts:
        return report
    with transaction.atomic():
        for page in report.by_page:
            deleted, _ = old_messages.filter(page=page).delete()
            report.by_page[page] = deleted
            audit.log_messages_action(
                page, audit.PURGE, count=deleted, older_than_days=older_than.days, cutoff=cutoff.isoformat()
            )
    return report
