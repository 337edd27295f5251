"""Shared by the message tests (this module holds no tests): a valid message, and a real SMTP server.

The SMTP server is aiosmtpd listening on loopback, started by the test that needs it; Django's
own SMTP backend talks to it exactly as it would to the hospital's mail server.
"""

import email
import email.policy
import socket
import time

from aiosmtpd.controller import Controller

from casepages.messages.spam import sign_form_started

VALID_MESSAGE = {
    "name": "Test Patient",
    "email": "patient@example.org",
    "phone": "",
    "country": "Kazakhstan",
    "condition": "lupus",
    "message": "Could CAR-T help me?",
    "consent": "on",
}


def message_data(pages, **changes):
    """A message that passes every check, as a browser would post it after a minute on the form."""
    first_choice = pages.form.form_fields.get(clean_name="preferred_language").choices.splitlines()[0].strip()
    data = {
        **VALID_MESSAGE,
        "preferred_language": first_choice,
        "form_started": sign_form_started(at=time.time() - 60),
        "website_url": "",
    }
    data.update(changes)
    return data


def post_message(client, pages, follow=False, **changes):
    return client.post(pages.form.url, message_data(pages, **changes), follow=follow)


def free_port():
    """A loopback port nothing listens on (until someone binds it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RecordingHandler:
    """An SMTP server's DATA step: keeps each message, or refuses it when told to."""

    def __init__(self):
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "554 5.7.1 Refused by the test server"
        parsed = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        self.messages.append({"envelope_to": list(envelope.rcpt_tos), "message": parsed})
        return "250 2.0.0 Accepted"


class LoopbackSmtpServer:
    """aiosmtpd on 127.0.0.1; `port` is fixed at creation, so the server can be started after a failure."""

    def __init__(self):
        self.port = free_port()
        self.handler = RecordingHandler()
        self.controller = None

    @property
    def messages(self):
        return self.handler.messages

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def loopback_smtp(settings):
    """For a fixture: a real SMTP server on loopback, not yet started, and Django sending through it."""
    server = LoopbackSmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()
