"""Building case pages for tests: plausible facts by default, each test changing only what it is about."""

import datetime

from publishing import as_fixture

from casepages.models import CasePage


def case_page(case_index, **changes):
    """An unsaved CasePage for `case_index`, sharing condition, treatment and consent with a demo case."""
    demo_case = CasePage.objects.filter(locale=case_index.locale).order_by("pk").first()
    fields = dict(
        title="Test case",
        slug="test-case",
        case_code="TST-01",
        summary="A case written for a test.",
        patient_alias="Ms. T",
        gender="female",
        age_at_onset=35,
        nationality="KZ",
        condition=demo_case.condition,
        treatment=demo_case.treatment,
        onset_date=datetime.date(2019, 3, 1),
        treatment_date=datetime.date(2021, 6, 1),
        outcome_summary="She is well.",
        body=[("paragraph", "<p>Her joints ached every winter.</p>")],
        consent=demo_case.consent,
        locale=case_index.locale,
    )
    fields.update(changes)
    return CasePage(**fields)


def add_case_page(case_index, **changes):
    """Save a case page under `case_index` (live unless `live=False` is given) and return it."""
    with as_fixture():
        return case_index.add_child(instance=case_page(case_index, **changes))
