"""Check the plugin's wheel against the checkout: every file git keeps under casepages/ is in it,
each .po catalogue with its compiled .mo, and nothing outside casepages/ (the site, tests and
benchmarks stay out). Run by `make dist`; prints what the wheel holds, by folder.

    python scripts/check_wheel.py var/dist/casepages-0.1.0-py3-none-any.whl
"""

import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent


def main(wheel_path):
    in_wheel = set(zipfile.ZipFile(wheel_path).namelist())
    tracked = subprocess.run(
        ["git", "ls-files", "casepages"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    expected = {name for name in tracked if not name.endswith(".pyc")}
    expected |= {str(PurePosixPath(name).with_suffix(".mo")) for name in tracked if name.endswith(".po")}
    missing = sorted(expected - in_wheel)
    outside = sorted(name for name in in_wheel if not name.startswith(("casepages/", "casepages-")))
    for folder, count in sorted(Counter(str(PurePosixPath(name).parent) for name in in_wheel).items()):
        print(f"{count:4}  {folder}/")
    if missing or outside:
        for name in missing:
            print(f"missing from the wheel: {name}", file=sys.stderr)
        for name in outside:
            print(f"in the wheel but not the plugin's: {name}", file=sys.stderr)
        return 1
    print(f"{Path(wheel_path).name}: all {len(expected)} files of casepages/ (with compiled catalogues), nothing else")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
