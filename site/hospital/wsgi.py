"""WSGI entry point for gunicorn: `gunicorn --chdir site hospital.wsgi`."""

import os
import sys
from pathlib import Path

# The plugin (casepages/) lives at the repository root, beside site/.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hospital.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
