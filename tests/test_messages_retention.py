"""Retention: `manage.py purge_messages` deletes old messages, can rehearse, and leaves an audit trail."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from casepages.messages import audit
from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db


def message_aged(pages, days, text):
    message = PatientMessage.objects.create(page=pages.form, form_data={"message": text}, language="en")
    # submit_time is set on creation; moving it back is how a message grows old in a test.
    PatientMessage.objects.filter(pk=message.pk).update(submit_time=timezone.now() - timedelta(days=days))
    return message


@pytest.fixture
def aged_messages(english, chinese):
    return {
        "recent": message_aged(english, 10, "recent"),
        "eleven months": message_aged(chinese, 335, "eleven months"),
        "thirteen months": message_aged(english, 395, "thirteen months"),
        "three years": message_aged(chinese, 3 * 365, "three years"),
    }


def run(*arguments):
    out = io.StringIO()
    call_command("purge_messages", *arguments, stdout=out)
    return out.getvalue()


def remaining():
    return sorted(message.form_data["message"] for message in PatientMessage.objects.all())


def test_a_dry_run_counts_and_changes_nothing(aged_messages):
    output = run("--older-than", "365d", "--dry-run")
    assert "Would delete 2 message(s)" in output
    assert len(remaining()) == 4
    assert not ModelLogEntry.objects.filter(action=audit.PURGE).exists()


def test_messages_older_than_the_period_are_deleted_and_the_purge_is_logged(english, chinese, aged_messages):
    output = run("--older-than", "365d")
    assert "Deleted 2 message(s)" in output
    assert remaining() == ["eleven months", "recent"]
    entries = {entry.data["form_page"]: entry for entry in ModelLogEntry.objects.filter(action=audit.PURGE)}
    assert set(entries) == {english.form.pk, chinese.form.pk}
    assert entries[english.form.pk].data["count"] == 1
    assert entries[english.form.pk].data["older_than_days"] == 365
    assert entries[english.form.pk].user is None
    assert entries[chinese.form.pk].message == "Deleted 1 patient message older than 365 days (retention)"


def test_the_default_period_is_the_setting(aged_messages, settings):
    settings.CASEPAGES_MESSAGE_RETENTION_DAYS = 30
    run()
    assert remaining() == ["recent"]


def test_weeks_are_understood(aged_messages):
    run("--older-than", "52w")  # 364 days
    assert remaining() == ["eleven months", "recent"]


def test_nothing_old_means_nothing_deleted_and_nothing_logged(english):
    message_aged(english, 1, "yesterday")
    assert "Deleted 0 message(s)" in run()
    assert remaining() == ["yesterday"]
    assert not ModelLogEntry.objects.filter(action=audit.PURGE).exists()


@pytest.mark.parametrize("period", ["a year", "0d", "-5d", "12m"])
def test_a_period_that_is_not_one_is_refused(aged_messages, period):
    with pytest.raises(CommandError, match="Not a retention period"):
        run(f"--older-than={period}")
    assert len(remaining()) == 4
