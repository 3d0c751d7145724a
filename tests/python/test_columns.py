"""The NumPy columns over every day 1900-2100: against the command-line
tool (the C++ conversions through another path: its own parsing and
printing, no NumPy), both ways; and against independent tables in
tests/data (see its README)."""

import csv

import numpy as np
import pytest

import taqvim

from conftest import DATA

DAYS = np.arange("1900-01-01", "2101-01-01", dtype="datetime64[D]")


def fields(lines):
    return np.array([[int(x) for x in line.split("-")] for line in lines], dtype=np.int64)


@pytest.mark.parametrize("calendar", taqvim.CALENDARS)
def test_every_day_1900_2100_against_the_cli(cli, calendar):
    assert len(DAYS) == 73414
    y, m, d = taqvim.to_calendar(DAYS, calendar)
    run = cli("convert", "--from", "gregorian", "--to", calendar, stdin="\n".join(str(x) for x in DAYS) + "\n")
    assert run.returncode == 0, run.stderr.decode()
    expected = fields(run.stdout.decode().splitlines())
    assert expected.shape == (len(DAYS), 3)
    got = np.stack([y, m, d], axis=1)
    mismatch = np.flatnonzero((got != expected).any(axis=1))
    assert mismatch.size == 0, "first differences: %s" % [(str(DAYS[i]), got[i].tolist(), expected[i].tolist())
                                                          for i in mismatch[:5]]
    back = taqvim.from_calendar(y, m, d, calendar)
    assert np.array_equal(back, DAYS)


def test_gold_days():
    """gold_days.csv: ICU 78 and independent Umm al-Qura tables; Hijri years are astronomical (0 = 1 BH)."""
    rows = list(csv.DictReader(open(DATA / "gold_days.csv", encoding="utf-8")))
    columns = {"jalali": "jalali", "umalqura": "hijri", "islamic_civil": "hijri-civil"}
    checked = 0
    for column, calendar in columns.items():
        have = [r for r in rows if r[column]]
        days = np.array([r["gregorian"] for r in have], dtype="datetime64[D]")
        expected = np.array([[int(x) for x in r[column].lstrip("-").split("-")] for r in have], dtype=np.int64)
        expected[:, 0] *= np.array([-1 if r[column].startswith("-") else 1 for r in have])
        y, m, d = taqvim.to_calendar(days, calendar)
        assert np.array_equal(np.stack([y, m, d], axis=1), expected), calendar
        assert np.array_equal(taqvim.from_calendar(expected[:, 0], expected[:, 1], expected[:, 2], calendar), days)
        checked += len(have)
    assert checked > 3000


def test_official_jalali_leap_years():
    """Esfand 30 exists exactly in the leap years of the University of Tehran's table, 1206-1498."""
    text = open(DATA / "official_ut_leaps_1206_1498.txt", encoding="utf-8").read()
    leaps = {int(w) for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    years = np.arange(1206, 1499)
    esfand_30 = taqvim.from_calendar(years, 12, 30, "jalali")
    assert {int(y) for y, nat in zip(years, np.isnat(esfand_30)) if not nat} == leaps
    # Anchor of the table: 1 Farvardin 1206 = 1827-03-22.
    assert str(taqvim.from_calendar(1206, 1, 1, "jalali")) == "1827-03-22"
