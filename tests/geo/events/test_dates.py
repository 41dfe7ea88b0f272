from datetime import date

import pytest

from geo.events.dates import find_dates, precision_of

SUNDAY = date(2020, 11, 1)
SATURDAY = date(2020, 10, 31)


def one(text, base, lang="id"):
    [d] = find_dates(text, base, lang)
    assert text[d.start:d.end] == d.text
    return d.date_start, d.date_end, d.precision, d.kind


@pytest.mark.parametrize("text, base, lang, expected", [
    # the forms dateparser alone returns None for
    ("pada hari Minggu (01/11), kata dia", SUNDAY, "id", (date(2020, 11, 1), date(2020, 11, 1), 1, "day")),
    ("pada Sabtu malam.", SUNDAY, "id", (date(2020, 10, 31), date(2020, 10, 31), 1, "day")),
    ("di Jenewa, Jumat lalu.", SATURDAY, "id", (date(2020, 10, 30), date(2020, 10, 30), 1, "day")),
    ("di Jenewa, Jumatlalu.", SATURDAY, "id", (date(2020, 10, 30), date(2020, 10, 30), 1, "day")),
    ("pekan lalu", SUNDAY, "id", (date(2020, 10, 19), date(2020, 10, 25), 3, "range")),
    ("sehari sebelumnya", SUNDAY, "id", (SATURDAY, SATURDAY, 1, "day")),
    ("from the previous day's blasts", SUNDAY, "en", (SATURDAY, SATURDAY, 1, "day")),
    ("dua hari lalu", SUNDAY, "id", (date(2020, 10, 30), date(2020, 10, 30), 1, "day")),
    # absolute and open forms
    ("Sejak 27 September, pertempuran", SUNDAY, "id", (date(2020, 9, 27), SUNDAY, 5, "since")),
    ("Rusia, Sabtu 31 Oktober 2020, mengatakan", SATURDAY, "id", (SATURDAY, SATURDAY, 1, "day")),
    ("sepanjang Jumat dan Sabtu.", SATURDAY, "id", (date(2020, 10, 30), SATURDAY, 2, "range")),
    ("telah berlangsung satu bulan", SATURDAY, "id", (date(2020, 10, 1), SATURDAY, 4, "range")),
    ("Jumat lalu", date(2020, 10, 30), "id", (date(2020, 10, 23), date(2020, 10, 23), 1, "day")),
    # English
    ("on Friday night", SUNDAY, "en", (date(2020, 10, 30), date(2020, 10, 30), 1, "day")),
    ("two days ago", SUNDAY, "en", (date(2020, 10, 30), date(2020, 10, 30), 1, "day")),
    ("since September 27", SUNDAY, "en", (date(2020, 9, 27), SUNDAY, 5, "since")),
    ("on October 31, 2020", SUNDAY, "en", (SATURDAY, SATURDAY, 1, "day")),
    ("in July this year", SUNDAY, "en", (date(2020, 7, 1), date(2020, 7, 31), 4, "range")),
])
def test_date_forms(text, base, lang, expected):
    assert one(text, base, lang) == expected


def test_no_made_up_days():
    assert find_dates("Mayor May said it may rain; minggu depan.", SUNDAY, "en") == []
    assert find_dates("", SUNDAY) == []


def test_precision_scale():
    assert [precision_of(date(2020, 1, 1), date(2020, 1, n)) for n in (1, 6, 7, 31)] == [1, 2, 3, 4]
    assert precision_of(date(2020, 1, 1), date(2020, 3, 1)) == 5


WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, lang, expected", [
    ("killed this week in", "en", (date(2025, 3, 10), WEDNESDAY, "range")),
    ("Earlier this month, troops", "en", (date(2025, 3, 1), date(2025, 3, 11), "range")),
    ("this month", "en", (date(2025, 3, 1), WEDNESDAY, "range")),
    ("pekan ini, pasukan", "id", (date(2025, 3, 10), WEDNESDAY, "range")),
    ("tewas minggu ini", "id", (date(2025, 3, 10), WEDNESDAY, "range")),
    ("awal bulan ini", "id", (date(2025, 3, 1), date(2025, 3, 11), "range")),
])
def test_this_week_and_this_month_run_to_the_papers_day(text, lang, expected):
    start, end, _, kind = one(text, WEDNESDAY, lang)
    assert (start, end, kind) == expected


@pytest.mark.parametrize("text", ["pada Minggu (9/3/2025) pagi", "pada hari Minggu malam"])
def test_minggu_the_day_is_not_this_week(text):
    assert find_dates(text, WEDNESDAY, "id")[0].date_start == date(2025, 3, 9)


@pytest.mark.parametrize("text, lang", [
    ("Pasukan merebut kota itu pada Minggu (26/10/2025).", "id"),
    ("Pasukan merebut kota itu pada Minggu, 26 Oktober 2025.", "id"),
    ("Rebels took the town on Sunday, October 26, 2025.", "en"),
])
def test_a_weekday_told_with_its_date_is_that_date_not_last_weeks(text, lang):
    [d] = find_dates(text, date(2025, 11, 3), lang)  # a Monday: "Minggu" alone is 2 November
    assert d.date_start == d.date_end == date(2025, 10, 26)


@pytest.mark.parametrize("text, lang, start", [
    ("bentrokan berlangsung sejak Kamis (24/7/2025) di perbatasan", "id", date(2025, 7, 24)),
    ("fighting since Tuesday", "en", date(2025, 7, 22)),
    ("sejak hari Selasa", "id", date(2025, 7, 22)),
    # the day something began, told after it
    ("bodies found since the raids began Tuesday", "en", date(2025, 7, 22)),
    ("korban berjatuhan sejak pertempuran pecah pada Selasa", "id", date(2025, 7, 22)),
])
def test_since_a_day_runs_to_the_papers_day(text, lang, start):
    [d] = find_dates(text, date(2025, 7, 26), lang)
    assert (d.date_start, d.date_end, d.kind) == (start, date(2025, 7, 26), "since")


@pytest.mark.parametrize("text, lang, day", [
    # 2025-07-22 is a Tuesday: a day told as still to come is the coming one
    ("The envoys will meet in Oslo on Thursday.", "en", date(2025, 7, 24)),
    ("He hopes to settle it during talks Friday with the rebels.", "en", date(2025, 7, 25)),
    ("Kedua delegasi akan bertemu di Oslo pada Kamis.", "id", date(2025, 7, 24)),
    ("Perundingan digelar Jumat depan.", "id", date(2025, 7, 25)),
    # a telling between the plan and the day: the day is the telling's, last week's
    ("The army will respond, the minister said Thursday.", "en", date(2025, 7, 17)),
    ("Shells fell next to the clinic on Thursday.", "en", date(2025, 7, 17)),
])
def test_a_weekday_to_come_is_the_coming_one(text, lang, day):
    [d] = find_dates(text, date(2025, 7, 22), lang)
    assert d.date_start == d.date_end == day
