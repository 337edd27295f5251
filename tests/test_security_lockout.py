"""Repeated wrong passwords lock the account for that address; an administrator's command unlocks it."""

import logging

import pytest
from django.conf import settings
from django.core.management import call_command
from security_support import page_text, sign_in_with_password
from wagtail.models import ModelLogEntry

from casepages.security import audit
from hospital.demo.loader import DEMO_USERS

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"
HOSPITAL = "198.51.100.20"
LOCKED_MESSAGE = "Too many wrong passwords were tried for this account from your address"


def attempt(client, username, password, address, **extra):
    return sign_in_with_password(client, username, password, REMOTE_ADDR=address, **extra)


def test_the_threshold_is_small():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_ten_wrong_passwords_lock_the_account_even_for_the_right_one_until_unlocked(client, caplog):
    caplog.set_level(logging.WARNING)
    for _attempt in range(10):
        response = attempt(client, "coordinator", "not-the-password", ATTACKER)
        assert response.status_code in (200, 429)
    response = attempt(client, "coordinator", DEMO_USERS["coordinator"]["password"], ATTACKER)
    assert response.status_code == 429
    assert LOCKED_MESSAGE in page_text(response)
    assert "ask the site administrator to unlock your account" in page_text(response)
    assert "_auth_user_id" not in client.session
    assert any("Sign-in locked for 'coordinator'" in record.getMessage() for record in caplog.records)

    call_command("unlock_account", "coordinator")
    response = attempt(client, "coordinator", DEMO_USERS["coordinator"]["password"], ATTACKER)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(
        ModelLogEntry.objects.filter(action=audit.UNLOCKED).latest("timestamp").object_id
    )


def test_the_lock_is_per_address_so_staff_elsewhere_still_sign_in(client):
    for _attempt in range(6):
        attempt(client, "editor", "guess", ATTACKER)
    assert attempt(client, "editor", DEMO_USERS["editor"]["password"], ATTACKER).status_code == 429
    assert attempt(client, "editor", DEMO_USERS["editor"]["password"], HOSPITAL).status_code == 302


def test_unlocking_one_address_leaves_the_others_locked(client):
    for address in (ATTACKER, HOSPITAL):
        for _attempt in range(5):
            attempt(client, "reviewer", "guess", address)
    call_command("unlock_account", "reviewer", "--ip", HOSPITAL)
    assert attempt(client, "reviewer", DEMO_USERS["reviewer"]["password"], ATTACKER).status_code == 429
    assert attempt(client, "reviewer", DEMO_USERS["reviewer"]["password"], HOSPITAL).status_code == 302


def test_the_lockout_page_speaks_the_admins_language(client):
    for _attempt in range(6):
        response = attempt(client, "translator", "guess", ATTACKER, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 429
    text = page_text(response)
    assert "此账户从您的地址输错密码的次数过多" in text
    assert 'lang="zh-hans"' in response.content.decode()


def test_the_lockout_is_in_the_audit_log(client, demo_users):
    for _attempt in range(5):
        attempt(client, "admin", "guess", ATTACKER)
    entry = ModelLogEntry.objects.filter(action=audit.LOCKED_OUT, object_id=str(demo_users["admin"].pk)).get()
    assert entry.data["ip_address"] == ATTACKER
    assert entry.timestamp is not None
