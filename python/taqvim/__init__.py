"""Dates in Persian and Arabic text, and exact Jalali, Hijri and Gregorian calendars.

>>> import taqvim
>>> [(m.text, m.value) for m in taqvim.extract("۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷")]
[('۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷', '2023-08-06T19:17+03:30')]
>>> taqvim.convert("1402-05-15", "jalali", "gregorian")
'2023-08-06'

Calendar names are those of the command line: ``gregorian``, ``jalali``,
``hijri`` (Umm al-Qura), ``hijri-iran``, ``hijri-civil``, ``hijri-tbla``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

import numpy as _np

from . import _taqvim

__all__ = [
    "CALENDARS",
    "HIJRI_OFFSET_SUPPORTED",
    "Match",
    "convert",
    "extract",
    "from_calendar",
    "to_calendar",
]

__version__ = "0.1.0"

CALENDARS: Tuple[str, ...] = ("gregorian", "jalali", "hijri", "hijri-iran", "hijri-civil", "hijri-tbla")

#: Whether the library this module was built against has extract()'s
#: ``hijri_offset``; when it does not, a nonzero offset raises
#: NotImplementedError.
HIJRI_OFFSET_SUPPORTED: bool = bool(_taqvim.HIJRI_OFFSET_SUPPORTED)

# date.toordinal() of 1970-01-01: the library counts days from there.
_EPOCH_ORDINAL = 719163


@dataclass(frozen=True)
class Match:
    """One date expression found by :func:`extract`.

    ``start``/``end`` index the str given to extract (``text[m.start:m.end]
    == m.text``); ``byte_start``/``byte_end`` index its UTF-8 encoding, as
    the command line's JSON does. ``value`` is the written form of
    the evaluation schema ("2023-08-06", "2023-08-06T19:17+03:30",
    "2023-10", "2023-07-23/2023-08-22", "XXXX-10-06"); ``first`` and
    ``last`` are the days it covers, inclusive, and ``instant`` the moment
    when a clock time was written. ``first``, ``last`` and ``instant`` are
    None for an underspecified match (flag ``unresolved``), and ``first``
    and ``last`` also for a day outside the years 1..9999 that
    datetime.date holds.
    """

    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    calendar: str
    value: str
    granularity: str
    flags: List[str]
    first: Optional[_dt.date]
    last: Optional[_dt.date]
    instant: Optional[_dt.datetime]


def _calendar(name: object) -> str:
    # Checked here so that a name pybind11 cannot turn into UTF-8 (a lone
    # surrogate) gets the same message as any other unknown name.
    if not isinstance(name, str):
        raise TypeError("a calendar name must be a str, not %s" % type(name).__name__)
    if name not in CALENDARS:
        raise ValueError("unknown calendar %r (expected one of %s)" % (name, ", ".join(CALENDARS)))
    return name


def _utf8_checked(s: str) -> str:
    # Raises UnicodeEncodeError, which names the position, for a lone surrogate.
    s.encode("utf-8")
    return s


def _day(days: int) -> Optional[_dt.date]:
    ordinal = days + _EPOCH_ORDINAL
    if ordinal < 1 or ordinal > _dt.date.max.toordinal():
        return None
    return _dt.date.fromordinal(ordinal)


def _reference_string(reference: object) -> Optional[str]:
    if reference is None or isinstance(reference, str):
        return reference
    # datetime before date: a datetime is a date.
    if isinstance(reference, _dt.datetime):
        offset = reference.utcoffset()
        if offset is None:
            raise ValueError(
                "bad reference: a datetime reference must be aware (have a tzinfo), "
                "since the library needs its UTC offset"
            )
        if offset.microseconds or offset.seconds % 60:
            raise ValueError("bad reference: the UTC offset must be whole minutes")
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        # isoformat, not strftime: %Y does not pad years before 1000.
        local = reference.replace(tzinfo=None, microsecond=0).isoformat()
        return "%s%s%02d:%02d" % (local, sign, minutes // 60, minutes % 60)
    if isinstance(reference, _dt.date):
        return reference.isoformat()
    raise TypeError("reference must be None, a str, a datetime.date or an aware datetime.datetime, not %s"
                    % type(reference).__name__)


def extract(
    text: str,
    *,
    reference: Union[None, str, _dt.date, _dt.datetime] = None,
    tz: Optional[str] = None,
    lang: Optional[str] = None,
    hijri_offset: int = 0,
) -> List[Match]:
    """Finds the dates written in ``text``, in text order, never overlapping.

    reference: the moment relative and year-less dates resolve against:
        "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)", a datetime.date or an
        aware datetime.datetime. When None, a publication date found in the
        text serves; without one such matches stay underspecified.
    tz: the IANA zone clock times are read in; None: the zone of the
        text's variety (Asia/Tehran; Asia/Kabul for Afghan Persian).
    lang: "fa", "fa-AF" (Afghan Persian) or "ar" (also "ar-EG" and the
        like) when known; None lets the text's letters decide.
    hijri_offset: days (-2..2) by which Hijri month starts move, for texts
        that follow a local sighting (the library's
        extract_options::hijri_offset).

    Raises ValueError for a bad reference, an unknown zone or language, and
    UnicodeEncodeError when ``text`` holds a lone surrogate.

    >>> [(m.start, m.end, m.value, m.flags) for m in extract("اليوم الأربعاء", reference="2024-01-10")]
    [(0, 14, '2024-01-10', [])]
    >>> m = extract("سه شنبه 14 آذر 1402 - 18:23")[0]
    >>> m.first, m.instant.isoformat()
    (datetime.date(2023, 12, 5), '2023-12-05T18:23:00+03:30')
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str, not %s" % type(text).__name__)
    if lang is not None and not isinstance(lang, str):
        raise TypeError("lang must be None or a str")
    if not isinstance(hijri_offset, int) or isinstance(hijri_offset, bool):
        raise TypeError("hijri_offset must be an int")
    if tz is not None and not isinstance(tz, str):
        raise TypeError("tz must be None or a str")
    if not -2 <= hijri_offset <= 2:
        raise ValueError("hijri_offset must be between -2 and 2 days, not %d" % hijri_offset)
    if hijri_offset != 0 and not HIJRI_OFFSET_SUPPORTED:
        raise NotImplementedError("hijri_offset is not supported by this build of taqvim")
    ref = _reference_string(reference)
    if ref is not None:
        _utf8_checked(ref)
    rows = _taqvim.extract_tuples(text, ref, _utf8_checked(tz or ""), _utf8_checked(lang or ""),
                                  hijri_offset)
    out = []
    for (start, end, byte_start, byte_end, calendar, value, granularity, flags,
         first, last, seconds, offset_minutes, unresolved) in rows:
        first_day = None if unresolved else _day(first)
        last_day = None if unresolved else _day(last)
        instant = None
        if first_day is not None and seconds >= 0:
            zone = _dt.timezone(_dt.timedelta(minutes=offset_minutes))
            instant = _dt.datetime.combine(first_day, _dt.time(), zone) + _dt.timedelta(seconds=seconds)
        out.append(Match(start, end, byte_start, byte_end, text[start:end], calendar, value, granularity,
                         flags, first_day, last_day, instant))
    return out


def convert(date_str: str, from_calendar: str, to_calendar: str) -> str:
    """Converts one date, "Y-M-D" or "Y/M/D" in any digit script, as ``taqvim convert`` does.

    >>> convert("1402-05-15", "jalali", "gregorian")
    '2023-08-06'
    >>> convert("۱۴۴۴/۱۰/۰۱", "hijri-iran", "gregorian")
    '2023-04-22'
    >>> convert("1402-12-30", "jalali", "gregorian")
    Traceback (most recent call last):
      ...
    ValueError: 1402-12-30: day 30 does not exist: jalali 1402-12 has 29 days
    """
    if not isinstance(date_str, str):
        raise TypeError("date_str must be a str, not %s" % type(date_str).__name__)
    return _taqvim.convert(_utf8_checked(date_str), _calendar(from_calendar), _calendar(to_calendar))


def _datetime_days(days: object) -> _np.ndarray:
    a = _np.asarray(days)
    if a.dtype.kind != "M":
        if a.dtype.kind in "OUS":
            a = a.astype("datetime64[D]")
        else:
            raise TypeError("days must be datetime64 values (or dates), not %s" % a.dtype)
    return a.astype("datetime64[D]", copy=False)


def to_calendar(days: object, calendar: str) -> Tuple[_np.ndarray, _np.ndarray, _np.ndarray]:
    """The (year, month, day) int32 arrays of ``days`` (datetime64[D], or anything
    numpy turns into it) in ``calendar``, the shape of ``days``.

    NaT gives year, month and day 0 (month 0 never occurs otherwise). A day
    outside the years -32000..32000 raises ValueError.

    >>> import numpy as np
    >>> y, m, d = to_calendar(np.array(["2023-08-06", "2025-03-20"], dtype="datetime64[D]"), "jalali")
    >>> y.tolist(), m.tolist(), d.tolist()
    ([1402, 1403], [5, 12], [15, 30])
    """
    a = _datetime_days(days)
    flat = _np.ascontiguousarray(a.reshape(-1)).view(_np.int64)
    y, m, d = _taqvim.to_calendar(flat, _calendar(calendar))
    return y.reshape(a.shape), m.reshape(a.shape), d.reshape(a.shape)


def _integers(name: str, x: object) -> _np.ndarray:
    a = _np.asarray(x)
    if a.dtype.kind not in "iu":
        raise TypeError("%s must be integers, not %s" % (name, a.dtype))
    if a.dtype.kind == "u" and a.dtype.itemsize >= 8:
        # Past int64 a value would wrap into a plausible one.
        a = _np.minimum(a, _np.iinfo(_np.int64).max)
    return a.astype(_np.int64, copy=False)


def from_calendar(year: object, month: object, day: object, calendar: str) -> _np.ndarray:
    """The datetime64[D] days of the dates (year, month, day) of ``calendar``;
    the three broadcast together. A date that does not exist (1404-12-30
    Jalali: 1404 is a common year) gives NaT.

    >>> from_calendar([1402, 1404], [5, 12], [15, 30], "jalali")
    array(['2023-08-06',        'NaT'], dtype='datetime64[D]')
    """
    y, m, d = _np.broadcast_arrays(_integers("year", year), _integers("month", month), _integers("day", day))
    shape = y.shape
    flat = [_np.ascontiguousarray(v.reshape(-1)) for v in (y, m, d)]
    out = _taqvim.from_calendar(flat[0], flat[1], flat[2], _calendar(calendar))
    return out.view("datetime64[D]").reshape(shape)
