"""DeepL as the machine translator, with the hospital's glossary handed to it.

wagtail-localize's DeepL client sends a `glossary_id` with each request when it is given one. A
glossary made through DeepL's API v2 cannot be changed, so ours is made from the glossary snippets
as they are now, under a name that carries a digest of its entries ("casepages EN-ZH 3f2a…").
Before each machine translation from the source language, the client lists the account's
glossaries: it uses the one whose name matches today's entries, makes it when the glossary has
changed since, and deletes the older ones of that name and language pair. Glossaries of the account
that are not ours are left alone; sites sharing one DeepL account (staging and production, say)
each need their own `GLOSSARY_NAME`.

If DeepL cannot be reached or refuses the glossary, the translation is not attempted (the caller
says so and changes nothing): a machine draft without the approved terms would only be caught
later by the text check.

Options, beside wagtail-localize's own (`AUTH_KEY`, `TIMEOUT`, `FORMALITY`): `API_URL`, to reach
DeepL through another address (a proxy, or the tests' server on loopback), and `GLOSSARY_NAME`.
"""

import hashlib
import logging
import time

import requests
from wagtail.models import Locale
from wagtail_localize.machine_translators.deepl import DeepLTranslator

from ..upstream import deepl_language_code
from ..workflow.page_checks import glossary_entries

logger = logging.getLogger(__name__)

# A new glossary is usually ready at once; DeepL may say it is not yet, and then it is asked again.
READY_CHECKS = 10
READY_CHECK_INTERVAL_SECONDS = 0.5


def glossary_tsv(entries) -> str:
    """The glossary as DeepL's tab-separated entries: one source term per line, each once.

    DeepL refuses entries with tabs, line breaks or surrounding spaces, and a source term listed
    twice; such rows are left out rather than failing the whole translation.
    """
    lines = {}
    for entry in entries:
        source, target = entry.source_term.strip(), entry.approved_term.strip()
        if not source or not target or any(char in source + target for char in "\t\r\n"):
            continue
        lines.setdefault(source, f"{source}\t{target}")
    return "\n".join(lines[source] for source in sorted(lines))


class GlossaryDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL client, at a configurable address, using the hospital's glossary."""

    def api_url(self):
        if self.options.get("API_URL"):
            return self.options["API_URL"].rstrip("/")
        free_account = self.options.get("AUTH_KEY", "").endswith(":fx")
        return "https://api-free.deepl.com" if free_account else "https://api.deepl.com"

    def get_api_endpoint(self):
        return f"{self.api_url()}/v2/translate"

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        glossary_id = self.current_glossary(source_locale, target_locale)
        if glossary_id:
            parameters["glossary_id"] = glossary_id
        return parameters

    def current_glossary(self, source_locale, target_locale):
        """The id of the DeepL glossary holding today's approved terms for this pair; None if there are none."""
        if source_locale != Locale.get_default():
            return None  # the glossary maps source-language terms; it says nothing the other way
        entries = glossary_tsv(glossary_entries(target_locale))
        if not entries:
            return None
        # Glossaries name a language, not a variant (ZH, not ZH-HANS).
        source_lang = deepl_language_code(source_locale.language_code)
        target_lang = deepl_language_code(target_locale.language_code)
        prefix = f"{self.options.get('GLOSSARY_NAME') or 'casepages'} {source_lang}-{target_lang} "
        name = prefix + hashlib.sha256(entries.encode()).hexdigest()[:16]

        listed = self._request("GET", "glossaries")["glossaries"]
        ours = [glossary for glossary in listed if glossary["name"].startswith(prefix)]
        current = next((glossary for glossary in ours if glossary["name"] == name), None)
        if current is None:
            new_glossary = {
                "name": name,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "entries": entries,
                "entries_format": "tsv",
            }
            current = self._request("POST", "glossaries", json=new_glossary)
        self._wait_until_ready(current)
        for outdated in ours:
            if outdated["glossary_id"] != current["glossary_id"]:
                self._delete_quietly(outdated["glossary_id"])
        return current["glossary_id"]

    def _wait_until_ready(self, glossary):
        for _check in range(READY_CHECKS):
            if glossary.get("ready", True):
                return
            time.sleep(READY_CHECK_INTERVAL_SECONDS)
            glossary = self._request("GET", f"glossaries/{glossary['glossary_id']}")
        raise ValueError(f"DeepL glossary {glossary['glossary_id']} is still not ready")

    def _delete_quietly(self, glossary_id):
        # An old glossary left behind costs nothing now and is deleted next time; the translation goes on.
        try:
            self._request("DELETE", f"glossaries/{glossary_id}")
        except requests.RequestException as error:
            logger.warning("Could not delete the outdated DeepL glossary %s: %s", glossary_id, error)

    def _request(self, method, path, **kwargs):
        """DeepL's answer as JSON (None for a deletion); HTTP errors raise, an empty or garbled answer is ValueError."""
        response = requests.request(
            method,
            f"{self.api_url()}/v2/{path}",
            headers=self.get_headers(),
            timeout=int(self.options.get("TIMEOUT", 30)),
            **kwargs,
        )
        response.raise_for_status()
        return None if method == "DELETE" else response.json()
