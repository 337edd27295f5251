"""Every page benchmark at 1,000 and at 10,000 cases, one after the other (`make bench`).

    .venv/bin/python bench/run_all.py [--sizes 1000 10000] [--duration 10] [--sync-limit-large 1000]

For each size: generate the cases (bench/generate.py), load the pages with wrk (bench/load.py),
then the status report and the sync (bench/translation_scale.py). At the largest size the sync
covers the first --sync-limit-large cases (each case's sync is independent of the others, so the
time per case is what scales; 0 syncs them all, about half an hour at 10,000). The results are
printed and kept in var/bench/.
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
    parser.add_argument("--sync-limit-large", type=int, default=1000)
    arguments = parser.parse_args()
    for size in arguments.sizes:
        step("bench/generate.py", str(size))
        step("bench/load.py", str(size), "--duration", str(arguments.duration))
        limit = arguments.sync_limit_large if size == max(arguments.sizes) and size > 1000 else 0
        step("bench/translation_scale.py", str(size), "--sync-limit", str(limit))


if __name__ == "__main__":
    main()
