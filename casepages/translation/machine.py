"""Machine drafts: pre-fill a translation's empty segments with wagtail-localize's configured translator."""

import logging

import requests
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators import get_machine_translator

from ..upstream import apply_machine_translation

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
