"""The glossary as a CSV file: one row per English term, with the approved term per language.

Columns: `en`, then for each other language `<code>` (approved term) and `<code> forbidden`
(renderings that must not be used, separated by " | "), then `note`. An import is checked as a
whole before anything is saved; a bad file changes nothing.
"""

import csv
import io

from django.db import transaction
from wagtail.models import Locale

from ..languages import source_language, target_languages
from ..models import GlossaryTerm

FORBIDDEN_SEPARATOR = " | "


class GlossaryImportError(Exception):
    """The CSV file does not fit; the message names the row and the problem."""


def _target_languages():
    return target_languages()


def _columns():
    columns = [source_language()]
    for code in _target_languages():
        columns += [code, f"{code} forbidden"]
    return [*columns, "note"]


def export_glossary_csv() -> str:
    """Every source-language term with its approved translations, as CSV text."""
    source_locale = Locale.get_default()
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=_columns())
    writer.writeheader()
    translations = {}
    for term in GlossaryTerm.objects.exclude(locale=source_locale).select_related("locale"):
        translations[(term.translation_key, term.locale.language_code)] = term
    for term in GlossaryTerm.objects.filter(locale=source_locale).order_by("term"):
        row = {source_language(): term.term, "note": term.note}
        for code in _target_languages():
            translated = translations.get((term.translation_key, code))
            row[code] = translated.term if translated else ""
            row[f"{code} forbidden"] = FORBIDDEN_SEPARATOR.join(translated.forbidden_list) if translated else ""
        writer.writerow(row)
    return output.getvalue()


def _read_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in _columns() if column not in (reader.fieldnames or [])]
    if missing:
        raise GlossaryImportError(
            f"The file has no column {', '.join(repr(c) for c in missing)}; expected {_columns()}."
        )
    rows = []
    seen = set()
    for number, row in enumerate(reader, start=2):
        english = (row.get(source_language()) or "").strip()
        if not english:
            raise GlossaryImportError(f"Row {number}: the {source_language()} term is empty.")
        if english.lower() in seen:
            raise GlossaryImportError(f"Row {number}: “{english}” appears twice.")
        seen.add(english.lower())
        if any(
            len(value or "") > 200 for key, value in row.items() if key in (source_language(), *_target_languages())
        ):
            raise GlossaryImportError(f"Row {number}: a term is longer than 200 characters.")
        rows.append(row)
    return rows


def import_glossary_csv(content: bytes) -> tuple[int, int]:
    """Create or update the terms of a CSV file; returns (created, updated) counts."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise GlossaryImportError("The file is not UTF-8 text.") from error
    rows = _read_rows(text)
    source_locale = Locale.get_default()
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=_target_languages())}
    created = updated = 0
    with transaction.atomic():
        for row in rows:
            english = row[source_language()].strip()
            term = GlossaryTerm.objects.filter(locale=source_locale, term__iexact=english).first()
            if term is None:
                term = GlossaryTerm.objects.create(locale=source_locale, term=english, note=row.get("note", "").strip())
                created += 1
            else:
                term.note = row.get("note", "").strip() or term.note
                term.save()
                updated += 1
            for code, locale in locales.items():
                approved = (row.get(code) or "").strip()
                if not approved:
                    continue
                forbidden = "\n".join(
                    part.strip() for part in (row.get(f"{code} forbidden") or "").split("|") if part.strip()
                )
                translated = GlossaryTerm.objects.filter(translation_key=term.translation_key, locale=locale).first()
                if translated is None:
                    translated = term.copy_for_translation(locale)
                translated.term = approved
                translated.forbidden_variants = forbidden
                translated.save()
    return created, updated
