"""PO files for translators who work outside the admin: export one translation, import it back.

An import is checked as a whole before anything is written: a file that is not a PO file, that was
exported for another translation, or that holds entries this page does not have is refused with a
message saying what is wrong, and the translation is left exactly as it was.
"""

import os
import tempfile
from dataclasses import dataclass

import polib
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail_localize.models import String, StringSegment, StringTranslation, Translation, TranslationContext

from .segments import store_translations

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
MAX_PO_FILE_BYTES = 2 * 1024 * 1024


class POImportError(Exception):
    """The file was refused; the message says why, in words a translator can act on."""


def export_po(translation: Translation) -> str:
    """The translation's segments, with what is already translated, as the text of a PO file."""
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Casepages-Source"] = str(translation.source.object_repr)
    return str(po)


def po_filename(translation: Translation) -> str:
    slug = getattr(translation.source.get_source_instance(), "slug", "") or f"translation-{translation.pk}"
    return f"{slug}-{translation.target_locale.language_code}.po"


def _parse(content: bytes) -> polib.POFile:
    if len(content) > MAX_PO_FILE_BYTES:
        raise POImportError(_("This file is too large to be a translation of one page."))
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise POImportError(_("This file is not UTF-8 text, so it cannot be a PO file.")) from error
    # polib reads a file name when given a short string, so the upload always goes through a file.
    with tempfile.NamedTemporaryFile("w", suffix=".po", delete=False, encoding="utf-8") as handle:
        handle.write(text)
    try:
        return polib.pofile(handle.name)
    except (OSError, ValueError) as error:
        # polib names the temporary file it read; the translator uploaded their own file, not that one.
        problem = str(error).replace(handle.name, _("the file")).replace(os.path.dirname(handle.name), "")
        raise POImportError(_("This is not a valid PO file: %(problem)s") % {"problem": problem}) from error
    finally:
        os.unlink(handle.name)


def check_po(translation: Translation, content: bytes) -> polib.POFile:
    """Parse and check an uploaded PO file against a translation; raise POImportError if it does not fit."""
    po = _parse(content)
    file_translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not file_translation_id:
        raise POImportError(
            _("This PO file was not downloaded from this site (it has no translation ID), so it cannot be imported.")
        )
    if file_translation_id != str(translation.uuid):
        other = Translation.objects.filter(uuid=file_translation_id).select_related("source", "target_locale").first()
        if other is not None:
            raise POImportError(
                _("This PO file belongs to another translation: “%(page)s” in %(language)s.")
                % {"page": other.source.object_repr, "language": other.target_locale.get_display_name()}
            )
        raise POImportError(_("This PO file belongs to a translation that does not exist on this site."))

    known = set(StringSegment.objects.filter(source=translation.source).values_list("string__data", "context__path"))
    unknown = [entry for entry in po if not entry.obsolete and (entry.msgid, entry.msgctxt) not in known]
    if unknown:
        examples = "; ".join(f"“{entry.msgid[:60]}”" for entry in unknown[:3])
        raise POImportError(
            ngettext(
                "%(count)d entry does not match this page (it may be from an older version of it): %(examples)s",
                "%(count)d entries do not match this page (they may be from an older version of it): %(examples)s",
                len(unknown),
            )
            % {"count": len(unknown), "examples": examples}
        )
    if not any(entry.msgstr for entry in po if not entry.obsolete):
        raise POImportError(_("This PO file has no translated entries; nothing was imported."))
    return po


def _import_entries(translation, po, user):
    """wagtail-localize's `Translation.import_po()`, its lookups and writes made in batches.

    Its own looks up each entry's string and context and stores each translation with queries of
    their own (some 350 for a story of 40 blocks). The rules are its rules: an entry whose string
    or context this source does not know, or that is blank, or whose string is not used in that
    context, is skipped; a later entry for the same string and context wins; a translation whose
    text did not change is left as it is.
    """
    source = translation.source
    entries = list(po)
    strings = {
        string.data_hash: string
        for string in String.objects.filter(
            locale_id=source.locale_id, data_hash__in={String._get_data_hash(entry.msgid) for entry in entries}
        )
    }
    contexts = {
        context.path: context
        for context in TranslationContext.objects.filter(
            object_id=source.object_id, path__in={entry.msgctxt for entry in entries}
        )
    }
    known = {string.pk for string in strings.values()}
    places = {context.pk for context in contexts.values()}
    used = set(
        StringSegment.objects.filter(string__in=known, context__in=places).values_list("string_id", "context_id")
    ) | set(
        StringTranslation.objects.filter(translation_of__in=known, context__in=places).values_list(
            "translation_of_id", "context_id"
        )
    )
    texts = {}
    for entry in entries:
        string, context = strings.get(String._get_data_hash(entry.msgid)), contexts.get(entry.msgctxt)
        if string is None or context is None or not entry.msgstr or (string.pk, context.pk) not in used:
            continue
        texts.pop((string, context), None)  # the last entry for a string and context wins
        texts[(string, context)] = entry.msgstr
    store_translations(
        translation.target_locale,
        texts,
        user=user,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        tool_name="PO file",
    )


@dataclass
class ImportResult:
    imported: int  # entries whose translation the segments now hold
    not_used: list  # translated entries that did not land (fuzzy ones, or ones wagtail-localize refused)


def import_po(translation: Translation, content: bytes, user=None) -> ImportResult:
    """Import a checked PO file into the translation's segments; say how many entries landed and which did not."""
    po = check_po(translation, content)
    with transaction.atomic():
        _import_entries(translation, po, user)
    stored = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("translation_of__data", "context__path", "data")
    )
    translated = [entry for entry in po if entry.msgstr and not entry.obsolete]
    landed = [entry for entry in translated if (entry.msgid, entry.msgctxt, entry.msgstr) in stored]
    not_used = [entry for entry in translated if (entry.msgid, entry.msgctxt, entry.msgstr) not in stored]
    return ImportResult(imported=len(landed), not_used=not_used)
