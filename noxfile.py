"""The plugin's tests at both ends of the range it supports (pyproject.toml `dependencies`).

    make test-matrix                                   # both sessions, as CI runs them
    .venv/bin/nox -s "plugin(newest)" -- tests/host -x  # one session, with pytest arguments of your own

plugin(oldest): Python 3.11, Django 5.2.x, Wagtail 7.4.x.
plugin(newest): Python 3.12, Django 6.0.x, Wagtail 8.0.x.

Why these pairs:
- Wagtail 7.4 is the oldest the plugin's migrations follow (they name wagtailcore 0094 and
  wagtailsearch 0006, and the page model by its label rather than Wagtail 8's WAGTAIL_PAGE_MODEL
  setting). The site itself runs the pinned middle (Wagtail 8.0, Django 5.2, Python 3.11).
- Django 6.0 needs Python 3.12. wagtail-localize 1.14.5 asks only Django>=5.2 and Wagtail>=7.0
  (its classifiers name Django 5.2, 6.0 and 6.1 and Wagtail 7 and 8); Wagtail 8.0.1 names Django
  5.2 to 6.1. The plugin stops below Django 6.1, which no session tests yet.
- django-tasks: below 0.11 every page save fails on Python 3.11 (and early 3.12) with
  "TypeError: super(type, obj)"; pyproject.toml asks for 0.11 or newer.

Each session installs the plugin's wheel (built once per run from this checkout, sdist first, so
what is tested is what a host installs) with its Django/Wagtail pair and the test tools, then runs
pytest on a copy of tests/ in the session's temporary folder: from the checkout, `casepages/`
would be imported instead of the installed wheel (and pytest-django's search for a manage.py is
off for the same reason). A small pytest plugin stops the run if casepages was imported from
anywhere but the session's virtualenv.

Virtualenvs live in .nox/ (NOX_ENVDIR in the Makefile) and are reused: a second run only checks
the installed versions and reinstalls the wheel. (Not `nox -R`: it skips installing, so the
sessions would test the wheel a previous run installed.)
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent

nox.options.sessions = ["plugin"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.download_python = "never"  # no network but the package index

MATRIX = {
    "oldest": ("3.11", ["Django>=5.2,<5.3", "wagtail>=7.4,<7.5"]),
    "newest": ("3.12", ["Django>=6.0,<6.1", "wagtail>=8.0,<8.1"]),
}
TEST_TOOLS = ["pytest", "pytest-django", "hypothesis", "dj-database-url"]

# The plugin's suite is the bare host project in tests/host (its own settings, an Arabic
# right-to-left language among its languages), independent of the hospital site.
PLUGIN_SUITE = ["tests/host"]
PLUGIN_SETTINGS = "tests.host.settings"

GUARD_PLUGIN = '''
import sys
import sysconfig
from pathlib import Path

import pytest


def pytest_collection_finish(session):
    """The tests import the installed wheel, never a casepages folder on the way."""
    module = sys.modules.get("casepages")
    if module is None:
        import casepages as module
    where = Path(module.__file__).resolve()
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    if not where.is_relative_to(site_packages):
        raise pytest.UsageError(f"casepages was imported from {where}, not from {site_packages}")
    session.config.get_terminal_writer().line(f"casepages imported from {where.parent}")
'''


def pinned(*names):
    """`name==version` for each name, as requirements-dev.txt (with requirements.txt) pins it."""
    pins = {}
    for requirements in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / requirements).read_text().splitlines():
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==(\S+)", line.strip())
            if match:
                pins[match[1].lower().replace("_", "-")] = f"{match[1]}=={match[3]}"
    return [pins[name.lower()] for name in names]


_wheel = None


def plugin_wheel():
    """The wheel to test: CASEPAGES_WHEEL if given (the Makefile's `dist`), else built once here."""
    global _wheel
    if _wheel is None:
        if os.environ.get("CASEPAGES_WHEEL"):
            _wheel = Path(os.environ["CASEPAGES_WHEEL"]).resolve()
        else:
            outdir = ROOT / "var" / "dist"
            shutil.rmtree(outdir, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "build", "--outdir", str(outdir), str(ROOT)], check=True)
            _wheel = next(outdir.glob("casepages-*.whl"))
    return _wheel


@nox.session
@nox.parametrize(
    ("python", "pair"),
    [nox.param(python, pair, id=name) for name, (python, pair) in MATRIX.items()],
)
def plugin(session, pair):
    wheel = plugin_wheel()
    session.install(f"casepages @ {wheel.as_uri()}", *pair, *pinned(*TEST_TOOLS))
    # The same version number on every build: put this build's files in place whatever was there.
    session.install("--force-reinstall", "--no-deps", str(wheel))
    session.run(
        "python",
        "-c",
        "import django, wagtail, wagtail_localize, django_tasks, importlib.metadata as m, sys;"
        "print('Python', sys.version.split()[0], '| Django', django.get_version(), '| Wagtail', wagtail.__version__,"
        " '| wagtail-localize', m.version('wagtail-localize'), '| django-tasks', m.version('django-tasks'))",
    )

    # A copy of the tests and the pytest configuration, without the checkout's casepages/.
    workdir = Path(session.create_tmp()) / "checkout"
    shutil.rmtree(workdir, ignore_errors=True)
    shutil.copytree(ROOT / "tests", workdir / "tests", ignore=shutil.ignore_patterns("__pycache__", "browser"))
    shutil.copy2(ROOT / "pyproject.toml", workdir / "pyproject.toml")
    (workdir / "casepages_wheel_guard.py").write_text(GUARD_PLUGIN)

    session.chdir(workdir)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "-p",
        "casepages_wheel_guard",
        # pytest-django would look up from the copy for a manage.py, find the checkout's and put
        # the checkout (and its casepages/) on sys.path; the copied pyproject.toml's pythonpath is enough.
        "-o",
        "django_find_project=false",
        "--confcutdir=tests/host",
        *(session.posargs or PLUGIN_SUITE),
        env={"DJANGO_SETTINGS_MODULE": PLUGIN_SETTINGS, "PYTHONPATH": str(workdir)},
    )
