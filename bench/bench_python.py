#!/usr/bin/python3
"""taqvim from Python against what Python users have: calendar columns
against convertdate, one date at a time; extraction against dateparser's
search_dates, per MB. One run prints the table of docs/performance.md.

    PYTHONPATH=build/python /usr/bin/python3 bench/bench_python.py [--repeat N]

Needs Debian's python3-numpy, python3-convertdate and python3-dateparser.
Times are the best of N runs (default 5) of process CPU time.
"""

import argparse
import glob
import os
import platform
import time
import unicodedata
import warnings

import numpy as np

import taqvim

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def persian_letters(text):
    # Letters only Persian writes (پ چ ژ گ ی ک): the language dateparser is told.
    return sum(text.count(c) for c in "پچژگیک") > 10


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    # dateparser 1.1 calls pytz's localize on every search; the warning says nothing about the timing.
    warnings.filterwarnings("ignore", module="dateparser")
    from convertdate import islamic, persian
    import convertdate
    import dateparser
    from dateparser.search import search_dates

    rng = np.random.default_rng(20231205)
    days = np.arange("1900-01-01", "2101-01-01", dtype="datetime64[D]")
    days = days[rng.permutation(len(days))]
    n = len(days)
    ymd = [(d.year, d.month, d.day) for d in days.astype(object)]

    rows = []

    def column(label, ours_fn, theirs_fn, theirs_n):
        ours = best(ours_fn, args.repeat) / n * 1e9
        theirs = best(theirs_fn, max(1, args.repeat // 5)) / theirs_n * 1e9
        rows.append((label, theirs, ours, theirs / ours))

    sub = ymd[:300]  # convertdate's Jalali is astronomical (about 6 ms a date): a subset, per date
    column("Gregorian → Jalali", lambda: taqvim.to_calendar(days, "jalali"),
           lambda: [persian.from_gregorian(*x) for x in sub], len(sub))
    jy, jm, jd = taqvim.to_calendar(days, "jalali")
    jal = list(zip(jy[:300].tolist(), jm[:300].tolist(), jd[:300].tolist()))
    column("Jalali → Gregorian", lambda: taqvim.from_calendar(jy, jm, jd, "jalali"),
           lambda: [persian.to_gregorian(*x) for x in jal], len(jal))
    column("Gregorian → Hijri (tabular civil)", lambda: taqvim.to_calendar(days, "hijri-civil"),
           lambda: [islamic.from_gregorian(*x) for x in ymd], n)
    hy, hm, hd = taqvim.to_calendar(days, "hijri-civil")
    hij = list(zip(hy.tolist(), hm.tolist(), hd.tolist()))
    column("Hijri (tabular civil) → Gregorian", lambda: taqvim.from_calendar(hy, hm, hd, "hijri-civil"),
           lambda: [islamic.to_gregorian(*x) for x in hij], n)

    # Where they disagree, 1900-2100. Jalali months have fixed lengths but
    # Esfand's, which the next 1 Farvardin decides, so comparing every
    # 1 Farvardin compares every day (and takes 200 of convertdate's slow
    # conversions, not 73,000).
    years = np.arange(1279, 1481)
    nowruz = taqvim.from_calendar(years, 1, 1, "jalali")
    diff_years = [int(y) for y, d in zip(years, nowruz.astype(object))
                  if persian.to_gregorian(int(y), 1, 1) != (d.year, d.month, d.day)]
    cd_islamic = np.array([islamic.from_gregorian(*x) for x in ymd])
    hij_diff = int((cd_islamic != np.stack([hy, hm, hd], axis=1)).any(axis=1).sum())

    print("Calendar columns: %d days 1900-2100 in random order; ns per date (convertdate: Python loop over"
          " %d dates for Jalali, all for Hijri; taqvim: one NumPy call)\n" % (n, len(sub)))
    print("| Conversion | convertdate %s ns | taqvim ns | speed-up |" % getattr(convertdate, "__version__", "?"))
    print("|---|---:|---:|---:|")
    for label, theirs, ours, ratio in rows:
        print("| %s | %.0f | %.1f | %.0f× |" % (label, theirs, ours, ratio))
    print("\nconvertdate against taqvim: 1 Farvardin differs in %d of the Jalali years 1279-1480 (%s);"
          " tabular Hijri differs on %d of the %d days" % (len(diff_years), ", ".join(map(str, diff_years)) or "none",
                                                     hij_diff, n))

    # Extraction.
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "examples/articles/*.txt")))]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    langs = [["fa"] if persian_letters(unicodedata.normalize("NFC", t)) else ["ar"] for t in texts]
    search_dates(texts[0][:200], languages=langs[0])  # loads dateparser's language data outside the timing
    search_dates(texts[1][:200], languages=langs[1])

    def ours():
        for t in texts:
            taqvim.extract(t)

    def theirs():
        for t, lang in zip(texts, langs):
            search_dates(t, languages=lang)

    ours_s = best(ours, args.repeat * 4)
    theirs_s = best(theirs, max(1, args.repeat // 5))
    found_ours = sum(len(taqvim.extract(t)) for t in texts)
    found_theirs = sum(len(search_dates(t, languages=lang) or []) for t, lang in zip(texts, langs))
    print("\nExtraction: examples/articles/*.txt, %d news articles, %.3f MB of UTF-8\n" % (len(texts), mb))
    print("| Extractor | MB/s | ms per article | dates reported |")
    print("|---|---:|---:|---:|")
    print("| dateparser %s `search_dates` (languages given) | %.3f | %.1f | %d |"
          % (dateparser.__version__, mb / theirs_s, theirs_s / len(texts) * 1e3, found_theirs))
    print("| taqvim `extract` | %.1f | %.3f | %d |" % (mb / ours_s, ours_s / len(texts) * 1e3, found_ours))
    print("\nspeed-up: %.0f×; Python %s, NumPy %s, %s" % (theirs_s / ours_s, platform.python_version(),
                                                       np.__version__, platform.processor() or platform.machine()))


if __name__ == "__main__":
    main()
