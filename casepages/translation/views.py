"""Admin views for translators and reviewers.

Some of them take the place of wagtail-localize's own views at the same URLs (see
`wagtail_hooks/translation.py`), so that its editor's buttons go through our rules: nobody
publishes a translation without the review workflow, a bad PO file is refused with a reason, and a
machine translator that is down gives a message instead of an error page.
"""

import contextlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from ..http import safe_url
from ..upstream import (
    SubmitPageTranslationView,
    TranslationCreator,
    UpdateTranslationsView,
    localize_convert_to_alias,
)
from ..workflow.models import MEDICAL_REVIEWER_PERMISSION
from . import po, segments
from .labels import segment_label
from .machine import MachineTranslationUnavailable, prefill_with_machine_translation
from .published import published_texts
from .review import CannotSubmitTranslation, can_edit, submit_translation_for_review
from .status import STATE_LABELS, translation_status


def _next_url(request, default):
    return safe_url(request, request.POST.get("next") or request.GET.get("next"), default)


def _editable_translation(request, translation_id):
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    target = translation.get_target_instance()
    if not can_edit(request.user, target):
        raise PermissionDenied
    return translation, target


def _edit_url(target):
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    return reverse(target.snippet_viewset.get_url_name("edit"), args=[target.pk])


@require_POST
def submit_for_review(request, translation_id):
    translation, target = _editable_translation(request, translation_id)
    try:
        submit_translation_for_review(translation, request.user)
    except CannotSubmitTranslation as problem:
        messages.error(request, str(problem))
    except ValidationError as problem:
        # A translated value the page refuses (a patient alias that is not a letter alias, a bad slug).
        messages.error(
            request,
            _("The translation was not submitted: %(problems)s")
            % {"problems": " ".join(message for messages_ in problem.message_dict.values() for message in messages_)},
        )
    else:
        messages.success(request, _("“%(page)s” was submitted for medical review.") % {"page": str(target)})
    return redirect(_next_url(request, _edit_url(target)))


def download_po(request, translation_id):
    translation, _target = _editable_translation(request, translation_id)
    response = HttpResponse(po.export_po(translation), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{po.po_filename(translation)}"'
    return response


@require_POST
def upload_po(request, translation_id):
    translation, target = _editable_translation(request, translation_id)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a PO file to upload."))
    else:
        try:
            result = po.import_po(translation, upload.read(), user=request.user)
        except po.POImportError as problem:
            messages.error(request, _("The PO file was not imported: %(problem)s") % {"problem": problem})
        else:
            messages.success(
                request, _("Imported %(count)s translated segments from the PO file.") % {"count": result.imported}
            )
            if result.not_used:
                messages.warning(
                    request,
                    ngettext(
                        "%(count)s translated entry was not used (another entry for the same text came later, "
                        "or it was refused): %(examples)s",
                        "%(count)s translated entries were not used (another entry for the same text came later, "
                        "or they were refused): %(examples)s",
                        len(result.not_used),
                    )
                    % {
                        "count": len(result.not_used),
                        "examples": "; ".join(f"“{entry.msgid[:60]}”" for entry in result.not_used[:3]),
                    },
                )
    return redirect(_next_url(request, _edit_url(target)))


@require_POST
def machine_translate(request, translation_id):
    translation, target = _editable_translation(request, translation_id)
    try:
        filled = prefill_with_machine_translation(translation, request.user)
    except MachineTranslationUnavailable as problem:
        messages.error(request, str(problem))
    else:
        if filled:
            messages.success(
                request, _("Untranslated segments were pre-filled by the machine translator; check each one.")
            )
        else:
            messages.warning(request, _("There is nothing left to translate."))
    return redirect(_next_url(request, _edit_url(target)))


class ReviewedTranslationCreator(TranslationCreator):
    """wagtail-localize's translation creator, which leaves alone a live, reviewed snippet translation.

    Translating a page also saves a draft of every snippet it points at in each language; for a
    condition already translated and live, that draft is written into its live row and takes it
    offline (the publication gate refuses that). Changing it is a sync of its own, reviewed.
    """

    def create_translations(self, instance, include_related_objects=True):
        if not include_related_objects and isinstance(instance, DraftStateMixin):
            translations = type(instance).objects.filter(
                translation_key=instance.translation_key, locale__in=self.target_locales, live=True
            )
            if translations.count() == len(self.target_locales):
                return
        super().create_translations(instance, include_related_objects)


class TranslatePageView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", followed by a machine draft of every new translation.

    The translator then corrects the draft; if the machine translator is down, the translation is
    created all the same and the translator is told to translate by hand. Pages are translated one
    at a time here (no subtree): each translation goes through review on its own.
    """

    def form_valid(self, form):
        # The form's locale choices exclude languages already translated, so read them before translating.
        locales = list(form.cleaned_data["locales"])
        creator = ReviewedTranslationCreator(self.request.user, locales)
        with transaction.atomic():
            creator.create_translations(self.object)
            if self.components:
                self.components.save(creator, sources_and_translations=creator.mappings)
        translated = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        names = (
            locales[0].get_display_name() if len(locales) == 1 else _("%(count)s languages") % {"count": len(locales)}
        )
        messages.success(self.request, self.get_success_message(names))
        response = redirect(self.get_success_url() or self.get_default_success_url(translated))
        if get_machine_translator() is None:
            return response
        translations = Translation.objects.filter(
            source__object_id=self.object.translation_key, target_locale__in=locales
        )
        for translation in translations:
            try:
                prefill_with_machine_translation(translation, self.request.user)
            except MachineTranslationUnavailable as problem:
                messages.warning(self.request, str(problem))
        return response


def sync_translations(source, user, machine=False):
    """What "Sync translated pages" does, never publishing: read the source again, then update each translation.

    As wagtail-localize's view does it (`update_from_db()`, the optional machine translation, the
    view restrictions), with the segments read in a fixed number of queries.
    """
    segments.update_from_db(source)
    translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
    if machine:
        from .machine import apply_machine_translation

        translator = get_machine_translator()
        for translation in translations:
            apply_machine_translation(translation.id, user, translator)
    if translations:
        original = source.as_instance()
        if isinstance(original, Page):
            for translation in translations:
                with contextlib.suppress(ValidationError, Page.DoesNotExist):
                    source.sync_view_restrictions(original, source.get_translated_instance(translation.target_locale))
    return translations


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", without its "Publish immediately".

    A synced translation becomes a draft that goes through review like any other change, whoever
    syncs it: its new text has not been translated, let alone reviewed.
    """

    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize's own steps, its segments read in batches (casepages.translation.segments)."""
        sync_translations(self.object, self.request.user, machine=form.cleaned_data.get("use_machine_translation"))
        self.components.save(
            self.object,
            sources_and_translations={self.object: list(self.object.translations.filter(enabled=True))},
        )
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def get_form(self):
        form = super().get_form()
        # Not shown at all: a box that could only ever be off would be a control that does nothing.
        field = form.fields["publish_translations"]
        field.disabled = True
        field.initial = False
        field.widget = forms.HiddenInput()
        return form


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias makes it mirror the live source: only publishers may."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return localize_convert_to_alias(request, page_id)


def follows_translations(user):
    """Editors and translators (who may start translations), reviewers and superusers; not coordinators."""
    return user.has_perm("wagtail_localize.submit_translation") or user.has_perm(MEDICAL_REVIEWER_PERMISSION)


STATUS_ROWS_PER_PAGE = 100


def status_report(request):
    """Every page and snippet's state, counted over all of them; the rows a hundred at a time, by state if asked."""
    if not follows_translations(request.user):
        raise PermissionDenied
    report = translation_status()
    state = request.GET.get("state")
    rows = report.rows
    if state in STATE_LABELS:
        rows = [row for row in rows if any(status.state == state for status in row.states.values())]
    else:
        state = None
    paginator = Paginator(rows, STATUS_ROWS_PER_PAGE)
    shown = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "casepages/admin/translation_status.html",
        {
            "report": report,
            "rows": shown,
            "elided_page_range": paginator.get_elided_page_range(shown.number),
            "state": state,
            "counts": report.counts(),
            "state_labels": STATE_LABELS,
        },
    )


def compare(request, page_id):
    """A translated page's draft beside its English source, segment by segment, for the reviewer."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit() and not request.user.is_superuser:
        raise PermissionDenied
    source = TranslationSource.objects.filter(object_id=page.translation_key).exclude(locale=page.locale).first()
    rows = []
    if source is not None:
        source_object = source.as_instance()
        segments = StringSegment.objects.filter(source=source).order_by("order").select_related("string", "context")
        # By context as well as string: a sentence many stories share has a translation in each of them.
        translated = {
            (item.translation_of_id, item.context_id): item
            for item in StringTranslation.objects.filter(
                locale=page.locale,
                context__in=[segment.context_id for segment in segments],
                translation_of__in=[segment.string_id for segment in segments],
            )
        }
        published = published_texts(page)
        for segment in segments:
            item = translated.get((segment.string_id, segment.context_id))
            translation = item.data if item else ""
            before = published.get(segment.context.path)
            rows.append(
                {
                    "field": segment_label(source_object, segment.context.path),
                    "source": segment.string.data,
                    "translation": translation,
                    "machine": bool(item and item.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE),
                    # What visitors read now, where this draft differs from it (None: nothing published yet).
                    "published": before if before != translation else None,
                    "changed": page.live and before != translation,
                }
            )
    return TemplateResponse(
        request,
        "casepages/admin/compare_translation.html",
        {
            "page": page,
            "source_page": page.get_translations().filter(locale=source.locale).first() if source else None,
            "rows": rows,
            "task_state": reviewable_task_state(page, request.user),
        },
    )


def reviewable_task_state(page, user):
    """The task state this user may approve or reject on this page right now, if any."""
    workflow_state = page.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None or task_state.status != task_state.STATUS_IN_PROGRESS:
        return None
    actions = {name for name, _label, _modal in task_state.task.specific.get_actions(page, user)}
    return task_state if {"approve", "reject"} <= actions else None
