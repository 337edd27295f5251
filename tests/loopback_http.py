"""An HTTP server on loopback, on a free port, in a thread: the base of the tests' stand-in services."""

import threading
from http.server import ThreadingHTTPServer


class LoopbackHTTPServer:
    """Serves `handler_class` on 127.0.0.1 while used as a context manager."""

    def __init__(self, handler_class):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.httpd.server_address
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
