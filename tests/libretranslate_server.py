"""A small HTTP server on loopback that answers like LibreTranslate's /translate endpoint.

wagtail-localize's real LibreTranslate client talks to it in the tests. It "translates" by
prefixing each text, so a test can tell machine drafts apart from human ones, and it can be told to
answer with an error.
"""

import json

from loopback_http import JSONRequestHandler, LoopbackHTTPServer

MACHINE_PREFIX = "【机译】"


class LibreTranslateHandler(JSONRequestHandler):
    def do_POST(self):
        if self.path != "/translate":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length", 0))
        request = json.loads(self.rfile.read(length) or b"{}")
        self.server.requests.append(request)
        if self.server.failure_status:
            self.send_error(self.server.failure_status)
            return
        texts = request["q"] if isinstance(request["q"], list) else [request["q"]]
        self.answer_json(200, {"translatedText": [MACHINE_PREFIX + text for text in texts]})


class LibreTranslateServer(LoopbackHTTPServer):
    def __init__(self):
        super().__init__(LibreTranslateHandler)
        self.httpd.requests = []
        self.httpd.failure_status = None

    @property
    def requests(self):
        return self.httpd.requests

    def fail_with(self, status):
        self.httpd.failure_status = status
