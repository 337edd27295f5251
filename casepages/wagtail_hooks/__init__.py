"""Admin wiring, one module per concern; Wagtail imports this package, which imports each of them."""

from . import review, snippets, translation  # noqa: F401
