"""The wheel ships compiled translations: Django reads only .mo files, which git does not keep.

Each casepages/**/locale/*/LC_MESSAGES/*.po is compiled into the build with polib, so a wheel or
an install from the source tree needs no gettext and no `compilemessages` step first. Fuzzy and
untranslated entries are left out, as msgfmt does. Everything else is in pyproject.toml.
"""

from pathlib import Path

import polib
from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCompiledCatalogues(build_py):
    def run(self):
        super().run()
        for po_path in sorted(Path("casepages").glob("**/locale/*/LC_MESSAGES/*.po")):
            mo_path = Path(self.build_lib) / po_path.with_suffix(".mo")
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


setup(cmdclass={"build_py": BuildWithCompiledCatalogues})
