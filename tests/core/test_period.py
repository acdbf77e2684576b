import datetime as dt

import pytest

from agricrm.domain.period import InvalidPeriod, Period, PeriodKind, parse_period
from agricrm.i18n import render_for_cli


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("2026-07", PeriodKind.MONTH, dt.date(2026, 7, 1), dt.date(2026, 7, 31)),
        ("2024-2", PeriodKind.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2026-12", PeriodKind.MONTH, dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
        ("2026-Q3", PeriodKind.QUARTER, dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("2026-q4", PeriodKind.QUARTER, dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        (" 2026 ", PeriodKind.YEAR, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ],
)
def test_periods_and_their_days(text: str, kind: PeriodKind, first: dt.date, last: dt.date) -> None:
    period = parse_period(text)
    assert (period.kind, period.first_day, period.last_day) == (kind, first, last)
    assert parse_period(period.code) == period


@pytest.mark.parametrize(
    "text", ["", "  ", "2026-13", "2026-00", "2026-Q5", "26-Q1", "2026Q3", "Q3"]
)
def test_malformed_periods_are_refused_in_words(text: str) -> None:
    with pytest.raises(InvalidPeriod) as refused:
        parse_period(text)
    assert "2026-Q3" in render_for_cli(refused.value.message)


def test_a_period_that_has_not_begun_is_refused() -> None:
    Period(PeriodKind.QUARTER, 2026, 3).check_started(dt.date(2026, 7, 1))
    with pytest.raises(InvalidPeriod) as refused:
        Period(PeriodKind.QUARTER, 2026, 4).check_started(dt.date(2026, 9, 30))
    assert "尚未开始" in render_for_cli(refused.value.message)


def test_labels_in_chinese() -> None:
    assert render_for_cli(parse_period("2026-Q3").label()) == "2026年第3季度"
    assert render_for_cli(parse_period("2026-07").label()) == "2026年7月"
    assert render_for_cli(parse_period("2026").label()) == "2026年度"
