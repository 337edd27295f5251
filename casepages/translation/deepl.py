"""DeepL as the machine translator, with the hospital's glossary handed to it.

wagtail-localize's DeepL client sends a `glossary_id` with each request when it is given one. A
DeepL glossary (API v2) cannot be changed once it is made, so ours is made from the glossary
snippets as they are now, under a name that carries a digest of its entries
("casepages EN-ZH 3f2a…"). Before each machine translation the client lists the account's
glossaries: it uses the one whose name matches today's entries, makes it when the glossary has
changed since, and deletes the older casepages glossaries of that language pair. Glossaries of the
account that are not ours are left alone.

If DeepL cannot be reached or refuses the glossary, the translation is not attempted (the caller
says so and changes nothing): a machine draft without the approved terms would only be caught
later by the text check.

Options, beside wagtail-localize's own (`AUTH_KEY`, `TIMEOUT`, `FORMALITY`): `API_URL`, to reach
DeepL through another address (a proxy, or the tests' server on loopback).
"""

import hashlib

import requests
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code

from ..workflow.page_checks import glossary_entries

GLOSSARY_NAME_PREFIX = "casepages"


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
        entries = glossary_tsv(glossary_entries(target_locale))
        if not entries:
            return None
        # Glossaries name a language, not a variant (ZH, not ZH-HANS).
        source_lang = language_code(source_locale.language_code)
        target_lang = language_code(target_locale.language_code)
        prefix = f"{GLOSSARY_NAME_PREFIX} {source_lang}-{target_lang} "
        name = prefix + hashlib.sha256(entries.encode()).hexdigest()[:16]

        ours = [
            glossary
            for glossary in self._request("GET", "glossaries")["glossaries"]
            if glossary["name"].startswith(prefix)
        ]
        current = next((glossary for glossary in ours if glossary["name"] == name), None)
        if current is None:
            current = self._request(
                "POST",
                "glossaries",
                json={
                    "name": name,
                    "source_lang": source_lang,
                    "target_lang": target_lang,
                    "entries": entries,
                    "entries_format": "tsv",
                },
            )
        for outdated in ours:
            if outdated["glossary_id"] != current["glossary_id"]:
                self._request("DELETE", f"glossaries/{outdated['glossary_id']}")
        return current["glossary_id"]

    def _request(self, method, path, **kwargs):
        response = requests.request(
            method,
            f"{self.api_url()}/v2/{path}",
            headers=self.get_headers(),
            timeout=int(self.options.get("TIMEOUT", 30)),
            **kwargs,
        )
        response.raise_for_status()
        return response.json() if response.content else None
