"""Admin wiring, one module per concern; Wagtail imports this package, which imports each of them."""

from . import cache, review, security, snippets, translation  # noqa: F401
from . import messages  # noqa: F401
