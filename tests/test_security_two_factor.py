"""Two-factor sign-in for staff, end to end through the admin with real one-time codes."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice
from security_support import (
    ENROL_URL,
    VERIFY_URL,
    code_for,
    code_from_base32,
    give_authenticator,
    page_text,
    sign_in_with_password,
    wrong_code,
)

from hospital.demo.loader import DEMO_USERS
from hospital.demo.second_factor import DEMO_DEVICE_NAME, demo_recovery_codes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]


def password_of(username):
    return DEMO_USERS[username]["password"]


@pytest.mark.parametrize("username", ["admin", "editor", "translator", "reviewer", "coordinator"])
def test_a_password_alone_opens_no_admin_page(client, demo_users, username):
    give_authenticator(demo_users[username])
    response = sign_in_with_password(client, username, password_of(username))
    assert response.status_code == 302
    for url in ["/admin/", "/admin/pages/", "/admin/snippets/", "/admin/forms/", "/admin/users/", "/admin/reports/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(VERIFY_URL), url


def test_first_sign_in_enrols_an_authenticator_then_shows_recovery_codes(client, demo_users):
    response = sign_in_with_password(client, "coordinator", password_of("coordinator"))
    response = client.get(response["Location"])
    assert response.status_code == 302 and response["Location"].startswith(ENROL_URL)

    enrol_page = client.get(response["Location"])
    text = page_text(enrol_page)
    assert "Set up two-factor sign-in" in text
    assert "<svg" in enrol_page.content.decode()  # the QR code
    secret = re.search(r'<code class="casepages-secret">([A-Z2-7]+)</code>', enrol_page.content.decode()).group(1)

    # The person types the secret into an app, which shows the code; we compute it the same way.
    response = client.post(ENROL_URL, {"code": code_from_base32(secret), "next": "/admin/forms/"})
    assert response.status_code == 302
    recovery_page = client.get(response["Location"])
    codes = re.findall(r"<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>", recovery_page.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=demo_users["coordinator"]).confirmed


def test_enrolment_refuses_a_wrong_first_code(client, demo_users):
    sign_in_with_password(client, "editor", password_of("editor"))
    client.get(ENROL_URL)
    device = TOTPDevice.objects.get(user=demo_users["editor"], confirmed=False)
    response = client.post(ENROL_URL, {"code": wrong_code(device)})
    assert "That code does not match" in page_text(response)
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


def test_wrong_code_refused_right_code_admitted_reused_code_refused(client, demo_users, no_throttle):
    device, _codes = give_authenticator(demo_users["reviewer"])
    sign_in_with_password(client, "reviewer", password_of("reviewer"))

    response = client.post(VERIFY_URL, {"code": wrong_code(device), "next": "/admin/"})
    assert response.status_code == 200
    assert "That code is not right, or it has already been used." in page_text(response)
    assert client.get("/admin/").status_code == 302

    code = code_for(device)
    response = client.post(VERIFY_URL, {"code": code, "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200

    # Someone who watched the code being typed signs in with the password and tries it again.
    client.post("/admin/logout/")
    sign_in_with_password(client, "reviewer", password_of("reviewer"))
    response = client.post(VERIFY_URL, {"code": code, "next": "/admin/"})
    assert "That code is not right, or it has already been used." in page_text(response)
    assert client.get("/admin/").status_code == 302


def test_a_wrong_code_makes_the_next_try_wait(client, demo_users):
    device, _codes = give_authenticator(demo_users["editor"])
    sign_in_with_password(client, "editor", password_of("editor"))
    client.post(VERIFY_URL, {"code": wrong_code(device)})
    response = client.post(VERIFY_URL, {"code": code_for(device)})
    assert "Too many wrong codes in a row." in page_text(response)
    assert client.get("/admin/").status_code == 302


def test_a_recovery_code_admits_once(client, demo_users, no_throttle):
    _device, codes = give_authenticator(demo_users["translator"])
    sign_in_with_password(client, "translator", password_of("translator"))
    typed = f" {codes[3][:5].upper()}-{codes[3][5:]} "  # as copied from paper
    assert client.post(VERIFY_URL, {"code": typed}).status_code == 302
    assert client.get("/admin/").status_code == 200
    remaining = page_text(client.get("/admin/two-factor/recovery-codes/"))
    assert f"{codes[3][:5]}-{codes[3][5:]}" not in remaining
    assert f"{codes[4][:5]}-{codes[4][5:]}" in remaining

    client.post("/admin/logout/")
    sign_in_with_password(client, "translator", password_of("translator"))
    assert client.post(VERIFY_URL, {"code": codes[3]}).status_code == 200
    assert client.get("/admin/").status_code == 302


def test_a_password_alone_cannot_enrol_a_second_authenticator(client, demo_users):
    give_authenticator(demo_users["admin"])
    sign_in_with_password(client, "admin", password_of("admin"))
    response = client.get(ENROL_URL)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY_URL)
    assert TOTPDevice.objects.filter(user=demo_users["admin"]).count() == 1


def test_new_recovery_codes_cancel_the_old_ones(client, demo_users, no_throttle):
    device, old_codes = give_authenticator(demo_users["coordinator"])
    sign_in_with_password(client, "coordinator", password_of("coordinator"))
    client.post(VERIFY_URL, {"code": code_for(device)})
    response = client.post("/admin/two-factor/recovery-codes/", follow=True)
    assert "New recovery codes made." in page_text(response)
    client.post("/admin/logout/")
    sign_in_with_password(client, "coordinator", password_of("coordinator"))
    assert client.post(VERIFY_URL, {"code": old_codes[0]}).status_code == 200
    assert client.get("/admin/").status_code == 302


def test_the_public_site_asks_nobody_for_a_second_factor(client, demo_users, english):
    give_authenticator(demo_users["editor"])
    sign_in_with_password(client, "editor", password_of("editor"))
    assert client.get(english.sle03.url).status_code == 200


def test_demo_second_factors_are_for_development_only(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development"):
        call_command("setup_demo_2fa")


def test_demo_accounts_sign_in_with_their_printed_secret(client, settings, capsys, no_throttle):
    settings.DEBUG = True
    call_command("setup_demo_2fa")
    printed = capsys.readouterr().out
    secret = re.search(r"^editor\s+secret (\S+)", printed, flags=re.M).group(1)
    assert TOTPDevice.objects.get(user__username="editor", name=DEMO_DEVICE_NAME).confirmed

    sign_in_with_password(client, "editor", password_of("editor"))
    assert client.post(VERIFY_URL, {"code": code_from_base32(secret)}).status_code == 302
    assert client.get("/admin/").status_code == 200

    client.post("/admin/logout/")
    sign_in_with_password(client, "editor", password_of("editor"))
    assert client.post(VERIFY_URL, {"code": demo_recovery_codes("editor")[1]}).status_code == 302
