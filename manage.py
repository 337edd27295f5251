#!/usr/bin/env python
"""Django's command-line utility for the hospital site."""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # The settings package lives in site/ (a folder named like Python's own `site` module,
    # so it is put on the path rather than imported as a package).
    sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hospital.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
