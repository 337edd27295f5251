"""Every benchmark at 1,000 and at 10,000 cases, one after the other (`make bench`).

    .venv/bin/python bench/run_all.py [--sizes 1000 10000] [--duration 10] [--sync-limit 200]

For each size: generate the cases (bench/generate.py), load the public pages with wrk
(bench/load.py), time the staff's screens and actions (bench/staff.py), then the status report and
the syncs (bench/translation_scale.py: --sync-limit cases one by one as the admin's button does,
then all of them at once as `manage.py sync_translations` does). The results are printed and kept
in var/bench/.
"""

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def step(*command):
    print(f"\n$ {' '.join(command)}", flush=True)
    subprocess.run([sys.executable, *command], cwd=BENCH.parent, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page with many clients")
    parser.add_argument("--sync-limit", type=int, default=200, help="cases synced one by one")
    arguments = parser.parse_args()
    for size in arguments.sizes:
        step("bench/generate.py", str(size))
        step("bench/load.py", str(size), "--duration", str(arguments.duration))
        step("bench/staff.py", str(size))
        step("bench/translation_scale.py", str(size), "--sync-limit", str(arguments.sync_limit))


if __name__ == "__main__":
    main()
