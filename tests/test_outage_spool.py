"""The message spool on its own: written atomically, replayed through the form once, never twice.

(The end-to-end test with a real database outage is tests/test_outage.py; these run on the
suite's own database, SQLite or PostgreSQL.)
"""

import json
import os
import shutil
import stat
import time

import pytest
from django.core.management import call_command
from django.test import RequestFactory

from casepages.messages.spam import sign_form_started
from casepages.models import PatientMessage
from casepages.outage import SpoolFull, replay_spooled_messages, spool_message, spooled_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def spool(settings, tmp_path):
    settings.CASEPAGES_SPOOL_DIR = str(tmp_path / "spool")
    return tmp_path / "spool"


def posted(pages, **changes):
    fields = {
        "csrfmiddlewaretoken": "token-from-the-browser",
        "form_started": sign_form_started(at=time.time() - 60),
        "website_url": "",
        "name": "Spooled Patient",
        "email": "spooled@example.org",
        "phone": "",
        "country": "Kazakhstan",
        "preferred_language": pages.form.form_fields.get(clean_name="preferred_language")
        .choices.splitlines()[0]
        .strip(),
        "condition": "lupus",
        "message": "Written during the outage.",
        "consent": "on",
    }
    fields.update(changes)
    request = RequestFactory().post(pages.form.url, fields)
    request.LANGUAGE_CODE = pages.locale.language_code
    return request


def test_a_kept_message_is_one_private_file_without_the_csrf_token(english, spool):
    path = spool_message(posted(english))
    assert spooled_files() == [path]
    assert [item.name for item in spool.iterdir()] == [path.name]  # no temporary file left behind
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(spool).st_mode) == 0o700
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["path"] == english.form.url
    assert record["language"] == "en"
    assert record["fields"]["message"] == ["Written during the outage."]
    assert "csrfmiddlewaretoken" not in record["fields"]


def test_replay_stores_each_message_once_with_the_time_it_was_sent(chinese, spool):
    path = spool_message(posted(chinese, message="停电期间写的留言"))
    received_at = json.loads(path.read_text(encoding="utf-8"))["received_at"]
    backup = spool.parent / "copy.json"
    shutil.copy(path, backup)

    report = replay_spooled_messages()
    assert report.stored == [path] and not path.exists()
    message = PatientMessage.objects.get(form_data__name="Spooled Patient")
    assert message.form_data["message"] == "停电期间写的留言"
    assert message.language == "zh-hans"
    assert message.submit_time.isoformat() == received_at

    # The file comes back (a crash after storing, before deleting): it is recognised, not stored twice.
    shutil.copy(backup, path)
    report = replay_spooled_messages()
    assert report.already_stored == [path] and not path.exists()
    assert PatientMessage.objects.filter(form_data__name="Spooled Patient").count() == 1


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"website_url": "http://spam.example"}, "honeypot"),
        ({"form_started": "forged"}, "fill time"),
        ({"email": "not an address"}, "form refused the fields"),
    ],
)
def test_a_message_the_form_would_refuse_is_set_aside_with_its_reason(english, spool, changes, reason):
    path = spool_message(posted(english, **changes))
    report = replay_spooled_messages()
    assert report.rejected == [path]
    assert (spool / "rejected" / path.name).exists()
    assert reason in (spool / "rejected" / f"{path.stem}.reason.txt").read_text()
    assert not PatientMessage.objects.filter(form_data__name="Spooled Patient").exists()


def test_a_message_for_an_address_without_a_form_is_set_aside(english, spool):
    request = posted(english)
    request.path_info = "/en/cases/"
    path = spool_message(request)
    assert replay_spooled_messages().rejected == [path]


def test_the_spool_has_a_ceiling(english, spool, settings):
    settings.CASEPAGES_SPOOL_MAX_MESSAGES = 2
    spool_message(posted(english))
    spool_message(posted(english))
    with pytest.raises(SpoolFull):
        spool_message(posted(english))


def test_the_command_reports_what_it_did(english, spool, capsys):
    spool_message(posted(english))
    call_command("replay_spooled_messages")
    assert "stored 1, already stored 0, set aside 0, still waiting 0" in capsys.readouterr().out
