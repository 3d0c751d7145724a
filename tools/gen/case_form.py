"""The pieces the case generators share: the three digit scripts, the
Gregorian day of a Jalali date (convertdate's persian module, never taqvim),
and the JSON form of one extraction case (tests/extract/cases/*.jsonl, read
by tests/extract/cases_test.cc)."""
import csv
import datetime as dt
import json
import os

from convertdate import persian

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Latin, Persian and Arabic-Indic digits.
SCRIPTS = (lambda s: s, lambda s: s.translate(FA), lambda s: s.translate(AR))


def umm_al_qura():
    """Umm al-Qura's month starts from tests/data/umalqura_month_starts.csv
    (ICU and another library agreeing): (hijri year, month) -> the Gregorian
    date of the month's first day."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "umalqura_month_starts.csv")
    with open(path, encoding="utf-8") as f:
        return {(int(r["hijri_year"]), int(r["hijri_month"])): dt.date.fromisoformat(r["gregorian_first_day"])
                for r in csv.DictReader(f)}


def jdate(y, m, d):
    return dt.date(*persian.to_gregorian(y, m, d))


def want(surface, cal, value, gran, flags=()):
    return {"surface": surface, "calendar": cal, "value": value, "granularity": gran, "flags": list(flags)}


def case(text, lang, ref, expect, tz=None):
    c = {"text": text, "lang": lang}
    if tz:
        c["tz"] = tz
    if ref:
        c["reference"] = ref
    c["expect"] = expect
    return c


def emit(header, cases):
    """Prints a cases file: its comment line, then one case per line."""
    print("# " + header)
    for c in cases:
        print(json.dumps(c, ensure_ascii=False))
