"""Cadence and due dates, lunar birthdays (leap months, short months, year ends), festivals."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from agricrm.domain import lunar
from agricrm.domain.cadence import (
    CadenceClass,
    CadenceRules,
    CustomerFacts,
    DueReason,
    LoanFacts,
    add_months,
    cadence_class_of,
    dormant_from,
    visit_due,
)
from agricrm.domain.care import (
    BirthdayKey,
    Festival,
    birthday_codes_between,
    birthday_key,
    festivals_between,
    observed_gregorian,
    observed_lunar,
)
from agricrm.domain.classification.classify import classify
from agricrm.domain.classification.facts import Activity
from agricrm.domain.classification.facts import CustomerFacts as ClassFacts
from agricrm.domain.classification.rules import DEFAULT_RULES, ActivityRules
from agricrm.domain.enums import CustomerStatus

RULES = CadenceRules()
STRATEGY = DEFAULT_RULES  # quality monthly, potential 2 months, ordinary 3, dormant within 30 days
OPENED = dt.date(2024, 1, 10)


def _facts(**changes: object) -> CustomerFacts:
    values: dict[str, object] = {
        "status": CustomerStatus.ACTIVE,
        "opened_on": OPENED,
    }
    values.update(changes)
    return CustomerFacts(**values)  # type: ignore[arg-type]


def test_months_are_added_keeping_the_end_of_month() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_each_strategy_has_its_interval() -> None:
    last = dt.date(2026, 3, 31)
    loan = LoanFacts(dt.date(2020, 1, 1), dt.date(2030, 1, 1))
    expected = {
        CadenceClass.QUALITY: dt.date(2026, 4, 30),
        CadenceClass.POTENTIAL: dt.date(2026, 5, 31),
        CadenceClass.ORDINARY: dt.date(2026, 6, 30),
    }
    for klass, date in expected.items():
        # a loan no longer shortens the interval, nor does a tag: the strategy alone does
        due = visit_due(
            _facts(cadence_class=klass, last_visit=last, loans=(loan,)), RULES, STRATEGY
        )
        assert due is not None and (due.date, due.reason) == (date, DueReason.CADENCE)
        assert due.cadence_class is klass
    never = visit_due(_facts(status=CustomerStatus.PROSPECT), RULES, STRATEGY)
    assert never is not None and never.reason is DueReason.FIRST_VISIT
    assert never.date == add_months(OPENED, 3) and never.cadence_class is CadenceClass.ORDINARY


def test_a_dormant_customer_is_due_a_reactivation_visit_from_the_day_dormancy_began() -> None:
    contact = dt.date(2026, 1, 15)
    facts = _facts(
        cadence_class=CadenceClass.DORMANT, last_visit=dt.date(2025, 6, 1), last_contact=contact
    )
    due = visit_due(facts, RULES, STRATEGY)
    # dormant from 2026-07-16 (no contact within 6 months), reactivation within 30 days
    assert due is not None and due.reason is DueReason.REACTIVATION
    assert due.date == dt.date(2026, 7, 16) + dt.timedelta(days=30)
    never = visit_due(_facts(cadence_class=CadenceClass.DORMANT), RULES, STRATEGY)
    assert never is not None and never.reason is DueReason.FIRST_VISIT
    assert never.date == OPENED + dt.timedelta(days=30)
    # the officer's next visit date still counts when earlier
    planned = replace(facts, next_visit=dt.date(2026, 3, 1))
    due = visit_due(planned, RULES, STRATEGY)
    assert due is not None and due.reason is DueReason.NEXT_VISIT


@given(
    contact=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
    months=st.integers(1, 60),
)
def test_dormancy_begins_the_day_the_activity_class_says_so(contact: dt.date, months: int) -> None:
    """`dormant_from` is the classification's activity rule read backwards: active the day
    before, dormant from that day on."""
    rules = replace(DEFAULT_RULES, activity=ActivityRules(months))
    facts = ClassFacts(last_visit=contact)
    day = dormant_from(contact, months)
    before = classify(facts, rules, day - dt.timedelta(days=1), explain=False)
    on = classify(facts, rules, day, explain=False)
    assert before.activity.value is Activity.ACTIVE and on.activity.value is Activity.DORMANT


def test_stored_codes_give_the_strategy_classify_gives() -> None:
    assert cadence_class_of("quality", "dormant") is CadenceClass.DORMANT
    assert cadence_class_of("potential", "active") is CadenceClass.POTENTIAL
    assert cadence_class_of(None, None) is CadenceClass.ORDINARY  # not classified yet


def test_rules_are_data() -> None:
    rules = CadenceRules.from_json({"post_loan_days": 10, "festivals": ["laba"]})
    loan = LoanFacts(dt.date(2026, 5, 1), dt.date(2027, 5, 1))
    due = visit_due(_facts(last_visit=dt.date(2026, 4, 20), loans=(loan,)), rules, STRATEGY)
    assert due is not None and due.date == dt.date(2026, 5, 11)
    assert rules.festivals == ("laba",)
    assert CadenceRules.from_json({"post_loan_days": "many"}).post_loan_days == 30
    # settings saved before the cadence became the segments' strategy still load
    old = CadenceRules.from_json({"vip_tag": "VIP", "vip_months": 2, "overdue_loan_days": 5})
    assert old == CadenceRules(overdue_loan_days=5)


def test_officers_next_visit_date_counts_when_earlier() -> None:
    facts = _facts(
        status=CustomerStatus.PROSPECT,
        last_visit=dt.date(2026, 1, 1),
        next_visit=dt.date(2026, 2, 1),
    )
    due = visit_due(facts, RULES, STRATEGY)
    assert due is not None and (due.date, due.reason) == (dt.date(2026, 2, 1), DueReason.NEXT_VISIT)


def test_post_loan_check_and_overdue_loan() -> None:
    loan = LoanFacts(dt.date(2026, 5, 1), dt.date(2027, 5, 1))
    due = visit_due(_facts(last_visit=dt.date(2026, 4, 20), loans=(loan,)), RULES, STRATEGY)
    assert due is not None and (due.date, due.reason) == (dt.date(2026, 5, 31), DueReason.POST_LOAN)
    checked = _facts(
        last_visit=dt.date(2026, 5, 10), last_post_loan_visit=dt.date(2026, 5, 10), loans=(loan,)
    )
    due = visit_due(checked, RULES, STRATEGY)
    assert due is not None and due.reason is DueReason.CADENCE
    overdue = LoanFacts(dt.date(2024, 6, 1), dt.date(2026, 6, 1))
    facts = _facts(
        last_visit=dt.date(2026, 5, 20),
        last_post_loan_visit=dt.date(2024, 6, 5),
        loans=(overdue,),
    )
    due = visit_due(facts, RULES, STRATEGY)
    assert due is not None and (due.date, due.reason) == (
        dt.date(2026, 6, 9),
        DueReason.OVERDUE_LOAN,
    )
    visited = visit_due(
        _facts(
            last_visit=dt.date(2026, 6, 3),
            last_post_loan_visit=dt.date(2024, 6, 5),
            loans=(overdue,),
        ),
        RULES,
        STRATEGY,
    )
    assert visited is not None and visited.reason is DueReason.CADENCE


def test_ended_customer_needs_no_visit_unless_a_loan_is_outstanding() -> None:
    assert visit_due(_facts(status=CustomerStatus.ENDED), RULES, STRATEGY) is None
    loan = LoanFacts(dt.date(2020, 1, 1), dt.date(2026, 1, 1))
    due = visit_due(_facts(status=CustomerStatus.ENDED, loans=(loan,)), RULES, STRATEGY)
    assert due is not None and due.reason is DueReason.OVERDUE_LOAN


# ---------------------------------------------------------------------------- lunar calendar


def test_lunar_conversion_matches_known_dates() -> None:
    assert lunar.to_lunar(dt.date(2026, 2, 17)) == lunar.LunarDay(2026, 1, 1)
    assert lunar.to_lunar(dt.date(2026, 2, 16)) == lunar.LunarDay(2025, 12, 29)
    assert lunar.to_lunar(dt.date(2025, 7, 25)) == lunar.LunarDay(2025, 6, 1, leap=True)
    assert lunar.leap_month(2025) == 6 and lunar.leap_month(2026) is None
    assert lunar.to_solar(2026, 8, 15) == dt.date(2026, 9, 25)


def test_a_leap_month_birthday_is_kept_in_the_ordinary_month_in_other_years() -> None:
    key = birthday_key(dt.date(2025, 7, 25), keeps_lunar=True)  # 闰六月初一
    assert key == BirthdayKey(True, 6, 1, leap=True) and key.code == "R0601"
    assert observed_lunar(key, 2025) == dt.date(2025, 7, 25)  # the leap month exists
    assert observed_lunar(key, 2026) == lunar.to_solar(2026, 6, 1)  # it does not
    codes = birthday_codes_between(dt.date(2026, 7, 10), dt.date(2026, 7, 20))
    assert codes.get("R0601") == lunar.to_solar(2026, 6, 1)
    # in 2025 the ordinary sixth month does not carry leap-month birthdays
    first_of_sixth = lunar.to_solar(2025, 6, 1)
    assert "R0601" not in birthday_codes_between(first_of_sixth, first_of_sixth)


def test_a_birthday_on_the_30th_is_kept_on_the_29th_of_a_short_month() -> None:
    key = BirthdayKey(True, 12, 30)
    short = lunar.month_of(2025, 12)
    assert short is not None and short.days == 29
    assert observed_lunar(key, 2025) == dt.date(2026, 2, 16)  # 除夕 of a 29-day month
    codes = birthday_codes_between(dt.date(2026, 2, 14), dt.date(2026, 2, 18))
    assert codes["L1230"] == codes["L1229"] == dt.date(2026, 2, 16)


def test_windows_across_the_year_end_and_29_february() -> None:
    codes = birthday_codes_between(dt.date(2026, 12, 28), dt.date(2027, 1, 4))
    assert codes["G1231"] == dt.date(2026, 12, 31) and codes["G0103"] == dt.date(2027, 1, 3)
    assert observed_gregorian(BirthdayKey(False, 2, 29), 2026) == dt.date(2026, 2, 28)
    assert birthday_codes_between(dt.date(2026, 2, 28), dt.date(2026, 2, 28))["G0229"] == (
        dt.date(2026, 2, 28)
    )
    assert "G0229" not in birthday_codes_between(dt.date(2028, 2, 28), dt.date(2028, 2, 28))


def test_every_lunar_code_found_in_a_window_is_observed_on_that_day() -> None:
    start, end = dt.date(2025, 1, 1), dt.date(2026, 12, 31)
    codes = birthday_codes_between(start, end)
    for month in range(1, 13):
        for day in range(1, 31):
            for leap in (False, True):
                key = BirthdayKey(True, month, day, leap)
                observed = {observed_lunar(key, year) for year in (2024, 2025, 2026)}
                in_window = {d for d in observed if start <= d <= end}
                assert (key.code in codes) == bool(in_window)
                if key.code in codes:
                    assert codes[key.code] in in_window


def test_festivals_are_computed() -> None:
    found = {
        f.festival: f.date for f in festivals_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    }
    assert found[Festival.SPRING_FESTIVAL] == dt.date(2026, 2, 17)
    assert found[Festival.NEW_YEARS_EVE] == dt.date(2026, 2, 16)
    assert found[Festival.LANTERN] == dt.date(2026, 3, 3)
    assert found[Festival.DRAGON_BOAT] == dt.date(2026, 6, 19)
    assert found[Festival.MID_AUTUMN] == dt.date(2026, 9, 25)
    assert found[Festival.DOUBLE_NINTH] == dt.date(2026, 10, 18)
