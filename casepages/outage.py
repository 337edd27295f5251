"""When the database is unreachable: a short 503 page, and patients' messages kept until it returns.

A visitor then sees "503, back shortly" in their language, with `Retry-After`, instead of a
stack trace or a bare 500. A patient who sends a message meanwhile is told it was received: the
form's fields are written to a spool directory outside the database (one JSON file per message,
written to a temporary name, flushed to disk and renamed into place, so a reader never sees half
a file), and `manage.py replay_spooled_messages` stores them through the message form's own
`process_form_submission` once the database is back: the same validation, storage and
coordinators' notification as a message sent in normal times.

Nothing here needs the message form's code to change: the middleware catches the database error
wherever the request met it, routing included.
"""

import json
import logging
import os
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.views import defaults

from .http import is_admin_path

logger = logging.getLogger("casepages.outage")

SPOOL_SUFFIX = ".json"
REJECTED_FOLDER = "rejected"
# Fields that only protected the original request and mean nothing at replay time.
TRANSPORT_FIELDS = {"csrfmiddlewaretoken"}


# --- Recognising an outage --------------------------------------------------------------------


def is_database_outage(error):
    """Whether `error` means the database server cannot be reached, not that a query was wrong.

    A connection that never opened (refused, timed out) or that the server dropped is an outage;
    an error on a connection still open (a bad query, a lock timeout) is a bug, and stays a 500.
    """
    if not isinstance(error, (OperationalError, InterfaceError)):
        return False
    for connection in connections.all(initialized_only=True):
        raw = connection.connection
        if raw is None or getattr(raw, "closed", False):
            return True
    return False


def retry_after_seconds():
    return int(getattr(settings, "CASEPAGES_OUTAGE_RETRY_AFTER", 120))


def outage_response(message_kept=False):
    """The short page in the active language: 503 with Retry-After, or 202 when a message was kept.

    Rendered without the request, so that no context processor can reach for the database.
    """
    context = {
        "message_kept": message_kept,
        "retry_after": retry_after_seconds(),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    body = render_to_string("casepages/503.html", context)
    response = HttpResponse(body, status=202 if message_kept else 503)
    if not message_kept:
        response["Retry-After"] = str(retry_after_seconds())
    # A proxy or CDN must not keep serving the outage page once the database is back.
    response["Cache-Control"] = "no-store"
    return response


class OutageMiddleware:
    """Turns a database outage met by a view into the 503 page, keeping a posted message first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        logger.error("Database unreachable while serving %s %s: %s", request.method, request.path, exception)
        if request.method == "POST" and not is_admin_path(request.path_info):
            try:
                spool_message(request)
            except (OSError, SpoolFull) as error:
                logger.error("Could not keep the message sent to %s: %s", request.path, error)
                return outage_response()
            return outage_response(message_kept=True)
        return outage_response()


def server_error(request):
    """handler500: the outage page when the error in flight is an outage met outside a view.

    Middleware that loads the session or the user can meet the outage before any view runs;
    Django then calls this handler while still handling that exception.
    """
    error = sys.exc_info()[1]
    if error is not None and is_database_outage(error):
        return outage_response()
    return defaults.server_error(request)


# --- The spool --------------------------------------------------------------------------------


class SpoolFull(Exception):
    """The spool already holds as many messages as it is allowed to (a flood, or a long outage)."""


def spool_directory():
    """Where kept messages wait: `CASEPAGES_SPOOL_DIR`, outside the database (and off the web root)."""
    return Path(settings.CASEPAGES_SPOOL_DIR)


def spooled_files(directory=None):
    """The kept messages, oldest first (file names start with the time they were received)."""
    directory = Path(directory or spool_directory())
    if not directory.is_dir():
        return []
    return sorted(path for path in directory.iterdir() if path.suffix == SPOOL_SUFFIX and path.is_file())


def spool_message(request, directory=None):
    """Keep a posted form on disk, atomically and readable by the site's user only; return its path."""
    directory = Path(directory or spool_directory())
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if len(spooled_files(directory)) >= getattr(settings, "CASEPAGES_SPOOL_MAX_MESSAGES", 1000):
        raise SpoolFull(directory)
    received_at = timezone.now()
    record = {
        "path": request.path_info,
        "language": getattr(request, "LANGUAGE_CODE", ""),
        "received_at": received_at.isoformat(),
        "fields": {name: values for name, values in request.POST.lists() if name not in TRANSPORT_FIELDS},
    }
    name = f"{received_at:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex}{SPOOL_SUFFIX}"
    return write_atomically(directory / name, json.dumps(record, ensure_ascii=False, indent=1))


def write_atomically(path, text):
    """Write a file so that it either exists whole or not at all, even if the machine stops mid-way."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    # The rename itself is only durable once the directory is flushed too.
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return path


# --- Replay -----------------------------------------------------------------------------------


@dataclass
class ReplayReport:
    """What one replay did with each kept message."""

    stored: list = field(default_factory=list)
    already_stored: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    waiting: list = field(default_factory=list)


class Rejected(Exception):
    """A kept message that can never be stored: no message form at its address, or invalid fields."""


def replay_spooled_messages(directory=None):
    """Store every kept message, oldest first; stop (leaving the rest) if the database is still down.

    A stored message's file is deleted; one that can never be stored is moved to `rejected/` with
    the reason beside it, for a person to look at. A message stored just before a crash, whose file
    was not yet deleted, is recognised by its form page and time of sending and not stored twice.
    """
    report = ReplayReport()
    files = spooled_files(directory)
    for index, path in enumerate(files):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            outcome = store_spooled_message(record)
        except (OperationalError, InterfaceError) as error:
            logger.warning("Database still unreachable, %d kept messages wait: %s", len(files) - index, error)
            report.waiting.extend(files[index:])
            break
        except (Rejected, ValueError, KeyError, TypeError, DatabaseError) as error:
            _set_aside(path, error)
            report.rejected.append(path)
            continue
        (report.stored if outcome == "stored" else report.already_stored).append(path)
        path.unlink()
    return report


def store_spooled_message(record):
    """Store one kept message through its form page; returns "stored" or "already stored"."""
    from .models import MessageFormPage, PatientMessage

    page = message_form_at(record["path"], MessageFormPage)
    if page is None:
        raise Rejected(f"no live message form at {record['path']}")
    received_at = datetime.fromisoformat(record["received_at"])
    if PatientMessage.objects.filter(page=page, submit_time=received_at).exists():
        return "already stored"
    data = QueryDict(mutable=True)
    for name, values in record["fields"].items():
        data.setlist(name, [str(value) for value in values])
    refuse_spam(data, received_at)
    form = page.get_form(data, page=page, user=AnonymousUser())
    if not form.is_valid():
        raise Rejected(f"the form refused the fields: {form.errors.as_json()}")
    message = page.process_form_submission(form)
    # The coordinators see when the patient wrote, not when the database came back.
    type(message).objects.filter(pk=message.pk).update(submit_time=received_at)
    return "stored"


def refuse_spam(data, received_at):
    """The message form's own spam rules, judged at the moment the message was received.

    A filled honeypot, or a form sent too soon after it was opened, is refused as it would have
    been at the time; a long outage does not make a patient's form "too old". (The per-address
    rate limit is not applied: the spool keeps no addresses.)
    """
    from .messages import spam

    if spam.honeypot_filled(data):
        raise Rejected("the spam honeypot field is filled in")
    fill_time = spam.check_fill_time(data.get(spam.FORM_STARTED_FIELD), now=received_at.timestamp())
    if fill_time is not spam.FillTime.OK:
        raise Rejected(f"the form's fill time is not acceptable ({fill_time.value})")


def message_form_at(path, form_page_class):
    """The live message form page whose URL path is `path` (each language has its own)."""
    for page in form_page_class.objects.live():
        url_parts = page.get_url_parts()
        if url_parts and url_parts[2] == path:
            return page
    return None


def _set_aside(path, error):
    rejected = path.parent / REJECTED_FOLDER
    rejected.mkdir(mode=0o700, exist_ok=True)
    os.replace(path, rejected / path.name)
    write_atomically(rejected / f"{path.stem}.reason.txt", f"{type(error).__name__}: {error}\n")
    logger.error("Kept message %s set aside: %s", path.name, error)
