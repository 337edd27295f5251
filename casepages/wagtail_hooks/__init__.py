"""Admin wiring, one module per concern; Wagtail imports this package, which imports each of them."""

from . import cache, localize_guards, messages, review, security, snippets, translation  # noqa: F401
