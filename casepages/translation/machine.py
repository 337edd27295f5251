"""Machine drafts: pre-fill a translation's empty segments with wagtail-localize's configured translator."""

import json
import logging
from collections import defaultdict

import requests
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation

from ..upstream import StringSegmentValue, user_can_edit_instance
from .segments import store_translations

logger = logging.getLogger(__name__)


class MachineTranslationUnavailable(Exception):
    """The translator could not be reached or gave an unusable answer; nothing was changed."""


def prefill_with_machine_translation(translation, user) -> bool:
    """Fill the untranslated segments of `translation`; True if anything was filled.

    Segments a person already translated are never overwritten. A translator that is down or answers
    nonsense raises MachineTranslationUnavailable, and the translation stays as it was, editable.
    """
    translator = get_machine_translator()
    if translator is None:
        raise MachineTranslationUnavailable(_("No machine translator is configured on this site."))
    try:
        return apply_machine_translation(translation.pk, user, translator)
    except requests.HTTPError as error:
        logger.warning("Machine translation of %s refused: %s", translation, error)
        raise MachineTranslationUnavailable(
            _(
                "%(service)s answered with an error (HTTP %(status)s). The translation was not changed; "
                "translate it by hand or try again later."
            )
            % {"service": translator.display_name, "status": getattr(error.response, "status_code", "?")}
        ) from error
    except requests.RequestException as error:
        logger.warning("Machine translation of %s failed: %s", translation, error)
        raise MachineTranslationUnavailable(
            _(
                "%(service)s could not be reached (%(problem)s). The translation was not changed; "
                "translate it by hand or try again later."
            )
            % {"service": translator.display_name, "problem": type(error).__name__}
        ) from error
    except (KeyError, ValueError) as error:
        logger.warning("Machine translation of %s gave an unusable answer: %s", translation, error)
        raise MachineTranslationUnavailable(
            _("%(service)s gave an answer that could not be used. The translation was not changed.")
            % {"service": translator.display_name}
        ) from error


def apply_machine_translation(translation_id, user, machine_translator):
    """wagtail-localize's `apply_machine_translation`, with the segments read and written in batches.

    The same steps and checks: only segments without a translation are sent, in one request, and
    their translations are stored as machine translations; True if any segment needed one. Its own
    asks the database once per segment whether it is translated and stores each answer on its own
    (some 390 queries for a story of 40 blocks; here six or so).
    """
    translation = Translation.objects.select_related("source", "target_locale").filter(pk=translation_id).first()
    if translation is None:
        raise Http404
    instance = translation.get_target_instance()
    if not user_can_edit_instance(user, instance):
        raise PermissionDenied
    if not machine_translator.can_translate(translation.source.locale, translation.target_locale):
        raise Http404

    string_segments = list(translation.source.stringsegment_set.all().select_related("context", "string"))
    translated = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__in={segment.context_id for segment in string_segments}
        ).values_list("translation_of_id", "context_id")
    )
    segments = defaultdict(list)
    for string_segment in string_segments:
        if (string_segment.string_id, string_segment.context_id) in translated:
            continue
        segment = StringSegmentValue(string_segment.context.path, string_segment.string.as_value()).with_order(
            string_segment.order
        )
        if string_segment.attrs:
            segment.attrs = json.loads(string_segment.attrs)
        segments[segment.string].append(string_segment)
    if not segments:
        return False

    translations = machine_translator.translate(translation.source.locale, translation.target_locale, segments.keys())
    found = {}
    for string, string_segments_of_it in segments.items():
        if translations.get(string) is None or translations[string].data is None:
            continue  # the machine had nothing for it
        for string_segment in string_segments_of_it:
            found[(string_segment.string, string_segment.context)] = translations[string].data
    with transaction.atomic():
        store_translations(
            translation.target_locale,
            found,
            user=user,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            tool_name=machine_translator.display_name,
            overwrite=False,
        )
    return True
