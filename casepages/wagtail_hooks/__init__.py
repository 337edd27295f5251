"""Admin wiring, one module per concern; Wagtail imports this package, which imports each of them."""

from . import (
    snippets,  # noqa: F401
    translation,  # noqa: F401
)
from . import review  # noqa: F401
