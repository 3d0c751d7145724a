"""The API: offsets, typed parts, errors. Expected values are hand-worked
from the calendars' definitions (1 Farvardin 1402 = 2023-03-21, months of
31 days in the first half of the Jalali year) or published dates."""

import datetime as dt
import doctest

import numpy as np
import pytest

import taqvim

MORDAD_15 = "۱۵ مرداد ۱۴۰۲"  # 2023-08-06: day 4*31 + 15 = 139 of the year from 2023-03-21


def test_docstring_examples():
    result = doctest.testmod(taqvim)
    assert result.attempted >= 10
    assert result.failed == 0


def test_one_date_with_clock_time():
    text = "سه شنبه 14 آذر 1402 - 18:23"
    [m] = taqvim.extract(text)
    assert (m.start, m.end) == (0, len(text))
    assert m.text == text
    assert m.calendar == "jalali"
    assert m.value == "2023-12-05T18:23+03:30"
    assert m.granularity == "minute"
    assert m.flags == []
    assert m.first == m.last == dt.date(2023, 12, 5)
    assert m.instant == dt.datetime(2023, 12, 5, 18, 23, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30)))
    assert m.instant.utcoffset() == dt.timedelta(hours=3, minutes=30)


def test_month_is_an_interval():
    [m] = taqvim.extract("مرداد ۱۴۰۲", lang="fa")
    assert m.value == "2023-07-23/2023-08-22"
    assert (m.first, m.last) == (dt.date(2023, 7, 23), dt.date(2023, 8, 22))
    assert m.granularity == "month"
    assert m.instant is None


def test_underspecified_match_has_no_days():
    [m] = taqvim.extract("6 أكتوبر")
    assert m.value == "XXXX-10-06"
    assert "unresolved" in m.flags
    assert m.first is None and m.last is None and m.instant is None


def test_reference_forms_agree():
    text = "اليوم الأربعاء"
    expected = [(0, 14, "2024-01-10")]
    for ref in ("2024-01-10", dt.date(2024, 1, 10),
                dt.datetime(2024, 1, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))):
        assert [(m.start, m.end, m.value) for m in taqvim.extract(text, reference=ref)] == expected


@pytest.mark.parametrize("prefix", [
    "",
    "\u200c",                          # ZWNJ, 3 bytes in UTF-8
    "می‌خواهیم روز ",                  # Persian words joined by ZWNJ
    "\ufdf2 \ufefb ",                  # Arabic presentation forms (ligatures), 3 bytes each
    "😀🇮🇷 ",                          # emoji outside the BMP: 4 bytes, 2 UTF-16 units, 1 code point each
    "e\u0301 \u064b\u0652 ",           # combining marks: one code point each
    "\x00\t\r\n",                      # control characters
])
def test_offsets_are_code_point_indices(prefix):
    suffix = " 👍🏽\u200c"
    text = prefix + MORDAD_15 + suffix
    [m] = taqvim.extract(text)
    assert (m.start, m.end) == (len(prefix), len(prefix) + len(MORDAD_15))
    assert text[m.start:m.end] == m.text == MORDAD_15
    encoded = text.encode("utf-8")
    assert (m.byte_start, m.byte_end) == (len(prefix.encode("utf-8")), len((prefix + MORDAD_15).encode("utf-8")))
    assert encoded[m.byte_start:m.byte_end].decode("utf-8") == MORDAD_15
    assert m.value == "2023-08-06"


def test_several_matches_after_astral_characters():
    text = "😀 ۱۵ مرداد ۱۴۰۲ 😀😀 و ۱۴ آذر ۱۴۰۲ 𝟘"
    ms = taqvim.extract(text)
    assert [m.text for m in ms] == ["۱۵ مرداد ۱۴۰۲", "۱۴ آذر ۱۴۰۲"]
    assert [m.start for m in ms] == [text.index("۱۵"), text.index("۱۴ آذر")]
    assert [m.value for m in ms] == ["2023-08-06", "2023-12-05"]


def test_lone_surrogates_are_rejected():
    for bad in ("\ud800", "abc \udfff", MORDAD_15 + "\udc80"):
        with pytest.raises(UnicodeEncodeError):
            taqvim.extract(bad)
    with pytest.raises(UnicodeEncodeError):
        taqvim.convert("1402-05-15\ud800", "jalali", "gregorian")
    with pytest.raises(UnicodeEncodeError):
        taqvim.extract("x", tz="Asia/\ud800")


def test_empty_and_dateless_text():
    assert taqvim.extract("") == []
    assert taqvim.extract("hello world, سلام") == []


@pytest.mark.parametrize("kwargs, message", [
    ({"tz": "Asia/Tehrn"}, 'unknown time zone "Asia/Tehrn"'),
    ({"reference": "2024-13-01"}, "bad reference '2024-13-01'"),
    ({"reference": "yesterday"}, "bad reference 'yesterday'"),
    ({"reference": dt.datetime(2024, 1, 10, 9, 30)}, "must be aware"),
    ({"lang": "en"}, 'unknown language "en"'),
    ({"hijri_offset": 3}, "between -2 and 2"),
])
def test_bad_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        taqvim.extract(MORDAD_15, **kwargs)


def test_bad_types_raise_type_error():
    with pytest.raises(TypeError):
        taqvim.extract(MORDAD_15.encode("utf-8"))
    with pytest.raises(TypeError):
        taqvim.extract(MORDAD_15, reference=20240110)
    with pytest.raises(TypeError):
        taqvim.extract(MORDAD_15, hijri_offset=1.0)


def test_hijri_offset():
    text = "22 ربيع الأول 1445هـ"
    base = taqvim.extract(text)
    assert taqvim.extract(text, hijri_offset=0) == base
    if not taqvim.HIJRI_OFFSET_SUPPORTED:
        with pytest.raises(NotImplementedError, match="not supported by this build"):
            taqvim.extract(text, hijri_offset=1)
    else:
        # The binding's part: the offset reaches the library, whose own tests
        # fix its sign. One day each way, in opposite directions.
        [later] = taqvim.extract(text, hijri_offset=1)
        [earlier] = taqvim.extract(text, hijri_offset=-1)
        assert abs((later.first - base[0].first).days) == 1
        assert later.first - base[0].first == base[0].first - earlier.first


def test_convert():
    assert taqvim.convert("1402-05-15", "jalali", "gregorian") == "2023-08-06"
    assert taqvim.convert("2025-03-20", "gregorian", "jalali") == "1403-12-30"   # 1403 is a leap year
    assert taqvim.convert("۱۴۴۴/۱۰/۰۱", "hijri-iran", "gregorian") == "2023-04-22"  # Eid al-Fitr in Iran
    assert taqvim.convert("2023-04-21", "gregorian", "hijri") == "1444-10-01"      # Eid al-Fitr, Umm al-Qura
    with pytest.raises(ValueError, match="day 30 does not exist: jalali 1404-12 has 29 days"):
        taqvim.convert("1404-12-30", "jalali", "gregorian")
    with pytest.raises(ValueError, match="not a date"):
        taqvim.convert("next tuesday", "jalali", "gregorian")
    with pytest.raises(ValueError, match="unknown calendar 'persian'"):
        taqvim.convert("1402-05-15", "persian", "gregorian")
    with pytest.raises(ValueError, match="unknown calendar"):
        taqvim.convert("1402-05-15", "jalali", "gregorian\ud800")


def test_to_calendar_shapes_and_nat():
    days = np.array([["2023-08-06", "NaT"], ["2025-03-20", "2025-03-21"]], dtype="datetime64[D]")
    y, m, d = taqvim.to_calendar(days, "jalali")
    assert y.shape == m.shape == d.shape == (2, 2)
    assert y.dtype == np.int32
    assert y.tolist() == [[1402, 0], [1403, 1404]]
    assert m.tolist() == [[5, 0], [12, 1]]
    assert d.tolist() == [[15, 0], [30, 1]]
    # Other units and dates are taken as days.
    y, m, d = taqvim.to_calendar(np.array(["2023-08-06T23:59"], dtype="datetime64[m]"), "jalali")
    assert (y[0], m[0], d[0]) == (1402, 5, 15)
    y, m, d = taqvim.to_calendar([dt.date(2023, 8, 6)], "jalali")
    assert (y[0], m[0], d[0]) == (1402, 5, 15)
    # A strided view is read correctly.
    y, _, _ = taqvim.to_calendar(np.arange("2023-01-01", "2023-01-11", dtype="datetime64[D]")[::3], "gregorian")
    assert y.tolist() == [2023] * 4


def test_to_calendar_errors():
    with pytest.raises(TypeError, match="datetime64"):
        taqvim.to_calendar(np.array([19575]), "jalali")
    with pytest.raises(ValueError, match="outside the years"):
        taqvim.to_calendar(np.array(["40000-01-01"], dtype="datetime64[D]"), "gregorian")
    with pytest.raises(ValueError, match="unknown calendar"):
        taqvim.to_calendar(np.array(["2023-08-06"], dtype="datetime64[D]"), "julian")


def test_from_calendar_invalid_days_are_nat():
    out = taqvim.from_calendar([1404, 1403, 1402, 1402, 1402, 10**12, -(10**12)],
                               [12, 12, 13, 0, 5, 1, 1], [30, 30, 1, 1, 32, 1, 1], "jalali")
    assert out.dtype == np.dtype("datetime64[D]")
    assert str(out[1]) == "2025-03-20"
    assert np.isnat(out).tolist() == [True, False, True, True, True, True, True]
    # Broadcasting: every day of Mordad 1402.
    mordad = taqvim.from_calendar(1402, 5, np.arange(1, 32), "jalali")
    assert str(mordad[0]) == "2023-07-23" and str(mordad[-1]) == "2023-08-22"
    huge = np.array([2**64 - 1], dtype=np.uint64)  # must not wrap to year -1
    assert np.isnat(taqvim.from_calendar(huge, 1, 1, "gregorian"))[0]
    with pytest.raises(TypeError, match="integers"):
        taqvim.from_calendar([1402.0], [5], [15], "jalali")
