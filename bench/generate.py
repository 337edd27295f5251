"""Create the benchmark's case stories: N cases in English, each with its live Chinese translation.

    .venv/bin/python bench/generate.py 1000
    .venv/bin/python bench/generate.py 10000

Creates the database `casepages_perf_<N>` on the local PostgreSQL if it is missing (migrations, the demo
site, the roles, static files), then the generated cases with a progress bar (bench/casegen.py
says what each case holds), then refreshes PostgreSQL's planner statistics. Prints the time taken
and the cases per second.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import common  # noqa: E402
from casepages.management.progress import Progress


def generate(count):
    """Bring the bench database to `count` generated cases; return what was done and how fast."""
    common.ensure_database(count)
    common.setup_django(count)
    from wagtail.models import Locale

    from bench.casegen import CODE_PREFIX, generate_cases, generated_numbers
    from casepages.models import CasePage

    english = Locale.objects.get(language_code="en")
    missing = count - len(generated_numbers(english) & set(range(1, count + 1)))
    started = time.perf_counter()
    added = generate_cases(count, progress=Progress(missing, f"Generating {missing} cases") if missing else None)
    seconds = time.perf_counter() - started
    if added:
        # Bulk inserts leave PostgreSQL's planner statistics behind (it would plan for one row where
        # there are thousands, turning a search from 0.4 s into 20 s); autovacuum catches up only later.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    totals = {
        language.language_code: CasePage.objects.filter(locale=language, case_code__startswith=CODE_PREFIX).count()
        for language in Locale.objects.all()
    }
    return {"requested": count, "added": added, "seconds": round(seconds, 1), "generated_per_language": totals}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=int, help="how many generated cases there should be in each language")
    arguments = parser.parse_args()
    result = generate(arguments.cases)
    rate = result["added"] / result["seconds"] if result["seconds"] else 0
    print(
        f"{result['added']} cases added in {result['seconds']} s ({rate:,.0f} cases/s, each in English and Chinese); "
        f"generated cases now: {result['generated_per_language']}"
    )
    common.save(f"generate-{arguments.cases}", result)


if __name__ == "__main__":
    main()
