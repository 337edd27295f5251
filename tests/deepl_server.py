"""A small HTTP server on loopback that answers like DeepL's API v2: translate and glossaries.

The site's DeepL client (casepages.translation.deepl) talks to it in the tests. It "translates" by
putting each glossary entry's target term in place of its source term and prefixing the text, so a
test can see both that the text went through the machine and that the glossary was applied. It
checks the key and the glossary's language pair as DeepL does, keeps the glossaries it is given,
and can be told to refuse making or deleting glossaries, or to make them ready only after a few
checks.
"""

import json
import re
import uuid
from urllib.parse import parse_qs

from libretranslate_server import MACHINE_PREFIX
from loopback_http import JSONRequestHandler, LoopbackHTTPServer

AUTH_KEY = "test-key:fx"


class DeepLHandler(JSONRequestHandler):
    def do_GET(self):
        if not self._authorised():
            return
        if self.path == "/v2/glossaries":
            self.answer_json(
                200, {"glossaries": [self._public(glossary) for glossary in self.server.glossaries.values()]}
            )
        elif (glossary := self.server.glossaries.get(self.path.removeprefix("/v2/glossaries/"))) is not None:
            self.server.readiness_checks += 1
            glossary["ready"] = self.server.readiness_checks >= self.server.checks_before_ready
            self.answer_json(200, self._public(glossary))
        else:
            self.send_error(404)

    def do_POST(self):
        if not self._authorised():
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/v2/translate":
            self._translate(parse_qs(body.decode()))
        elif self.path == "/v2/glossaries":
            self._create_glossary(json.loads(body or b"{}"))
        else:
            self.send_error(404)

    def do_DELETE(self):
        if not self._authorised():
            return
        glossary_id = self.path.removeprefix("/v2/glossaries/")
        if self.server.refuse_deletions:
            self.answer_json(503, {"message": "Service unavailable"})
            return
        if self.server.glossaries.pop(glossary_id, None) is None:
            self.send_error(404)
            return
        self.server.deleted.append(glossary_id)
        self.send_response(204)
        self.end_headers()

    def _translate(self, form):
        self.server.translate_requests.append(form)
        entries = {}
        if "glossary_id" in form:
            glossary = self.server.glossaries.get(form["glossary_id"][0])
            if glossary is None:
                self.answer_json(404, {"message": "Glossary not found"})
                return
            pair = (glossary["source_lang"], glossary["target_lang"])
            if pair != (form["source_lang"][0].lower(), form["target_lang"][0].lower()):
                self.answer_json(400, {"message": "Glossary does not match the language pair"})
                return
            if not glossary["ready"]:
                self.answer_json(400, {"message": "Glossary is not ready"})
                return
            entries = glossary["entries"]
        translations = []
        for text in form.get("text", []):
            for source, target in entries.items():
                text = re.sub(re.escape(source), target, text, flags=re.IGNORECASE)
            translations.append({"detected_source_language": "EN", "text": MACHINE_PREFIX + text})
        self.answer_json(200, {"translations": translations})

    def _create_glossary(self, request):
        if self.server.refuse_glossaries:
            self.answer_json(self.server.refuse_glossaries, {"message": "Glossary could not be created"})
            return
        lines = request.get("entries", "").split("\n")
        if request.get("entries_format") != "tsv" or not all(line.count("\t") == 1 for line in lines):
            self.answer_json(400, {"message": "Invalid glossary entries provided"})
            return
        glossary = {
            "glossary_id": str(uuid.uuid4()),
            "name": request["name"],
            "ready": self.server.checks_before_ready == 0,
            "source_lang": request["source_lang"].lower(),
            "target_lang": request["target_lang"].lower(),
            "creation_time": "2026-11-30T00:00:00Z",
            "entries": dict(line.split("\t") for line in lines),
        }
        self.server.glossaries[glossary["glossary_id"]] = glossary
        self.server.created.append(glossary["glossary_id"])
        self.answer_json(201, self._public(glossary))

    def _authorised(self):
        if self.headers.get("Authorization") == f"DeepL-Auth-Key {AUTH_KEY}":
            return True
        self.answer_json(403, {"message": "Wrong authentication key"})
        return False

    @staticmethod
    def _public(glossary):
        public = {key: value for key, value in glossary.items() if key != "entries"}
        return {**public, "entry_count": len(glossary["entries"])}


class DeepLServer(LoopbackHTTPServer):
    def __init__(self):
        super().__init__(DeepLHandler)
        # What the server holds and was asked, shared with its handler; the tests read them here.
        self.glossaries = self.httpd.glossaries = {}
        self.created = self.httpd.created = []
        self.deleted = self.httpd.deleted = []
        self.translate_requests = self.httpd.translate_requests = []
        self.httpd.refuse_glossaries = None
        self.httpd.refuse_deletions = False
        # How often a new glossary must be asked about before it says it is ready (DeepL may take a moment).
        self.httpd.checks_before_ready = 0
        self.httpd.readiness_checks = 0

    @property
    def readiness_checks(self):
        """How often a glossary was asked whether it is ready."""
        return self.httpd.readiness_checks

    def refuse_glossaries_with(self, status):
        self.httpd.refuse_glossaries = status

    def refuse_deletions(self):
        self.httpd.refuse_deletions = True

    def make_glossaries_ready_after(self, checks):
        self.httpd.checks_before_ready = checks
