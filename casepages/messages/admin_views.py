"""Wagtail's form submission views, adjusted for patients' messages.

- The forms index is open to whoever may read some form's submissions, not only to page editors:
  coordinators have no page rights at all, yet must reach the message form's list.
- Exports are audit-logged; cells and headings that a spreadsheet would run as a formula are made
  inert (an apostrophe in CSV, a text cell in XLSX); the CSV starts with a byte order mark, without
  which Excel reads UTF-8 as a legacy code page and garbles Chinese.
- Deleting messages from the admin is audit-logged.
Permission to read a form's submissions is Wagtail's own check (`get_forms_for_user`, narrowed by
our `filter_form_submissions_for_user` hook), so one rule decides everything.
"""

import csv

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.functional import classproperty
from wagtail.admin.views.mixins import Echo
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import DeleteSubmissionsView, FormPagesListView, SubmissionsListView

from . import audit

# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Prefix a text cell that would start a formula with an apostrophe, which spreadsheets show as text."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormsIndexView(FormPagesListView):
    """Wagtail's list of forms, open to users who may read at least one form's submissions.

    It lists forms to read submissions of, not pages to manage: the page-editing columns and bulk
    actions are left out, as they would only lead coordinators to "permission denied".
    """

    # Wagtail asks for some page permission here; coordinators have none, by design.
    any_permission_required = None
    # Wagtail's page listing template adds the bulk-actions bar; the generic one does not.
    template_name = "wagtailadmin/generic/index.html"

    @classproperty
    def columns(cls):
        return [column for column in FormPagesListView.columns if column.name in ("title", "status")]

    def dispatch(self, request, *args, **kwargs):
        if not get_forms_for_user(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PatientMessagesListView(SubmissionsListView):
    """The list of messages with CSV/XLSX export; each export leaves an audit-log entry."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are already stored as text by Wagtail; CSV has no cell types, so it needs this.
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        """Wagtail's CSV, after a byte order mark and with its headings (editors' labels) made inert too."""
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield "\ufeff"
        yield writer.writerow(
            {field: neutralise_formula(self.get_heading(queryset, field)) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_xlsx(self, queryset, output):
        """Wagtail's XLSX with the headings as text cells too: openpyxl would store "=…" as a formula."""
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        workbook = Workbook(write_only=True)
        worksheet = workbook.create_sheet(title="Sheet1")
        headings = []
        for field in self.list_export:
            cell = WriteOnlyCell(worksheet, self.get_heading(queryset, field))
            cell.data_type = "s"
            headings.append(cell)
        worksheet.append(headings)
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item)))
        workbook.save(output)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.log_messages_action(
            self.form_page,
            audit.EXPORT,
            user=self.request.user,
            format=spreadsheet_format,
            count=queryset.count(),
            filters={key: value for key, value in self.request.GET.items() if key != "export"},
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class AuditedDeleteSubmissionsView(DeleteSubmissionsView):
    """Wagtail's delete view; the deletion and its audit entry are one transaction.

    Selections that are not message numbers are ignored: Wagtail hands them to the database,
    which fails on `abc` with a server error.
    """

    def get_queryset(self):
        selected = self.request.GET.getlist("selected-submissions")
        ids = [int(value) for value in selected if value.isascii() and value.isdigit() and len(value) <= 18]
        return self.page.get_submissions().filter(id__in=ids)

    def handle_delete(self, submissions):
        from casepages.models import MessageFormPage

        count = submissions.count()
        with transaction.atomic():
            super().handle_delete(submissions)
            if count and isinstance(self.page, MessageFormPage):
                audit.log_messages_action(self.page, audit.DELETE, user=self.request.user, count=count)
