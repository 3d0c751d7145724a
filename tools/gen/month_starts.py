"""The Hijri month starts of the evaluation's calendar gold, for the case
generators: Umm al-Qura (umalqura_month_starts.csv, "year,month,gregorian")
and Iran's official lunar calendar (iran_lunar_hijri_month_starts.txt,
"year/month gregorian", a leading * marking a month the table flags, # for
comments). Both files are in ../shared/data; the generators take that folder
as their first argument, and the cases they write carry the dates, so the
tests never need the folder."""
import datetime as dt


def read(data):
    """(umm_al_qura, iran): dicts from (hijri year, month) to the Gregorian
    date of the month's first day."""
    uq, iran = {}, {}
    for line in open(f"{data}/umalqura_month_starts.csv"):
        f = line.strip().split(",")
        if f[0].isdigit():
            uq[(int(f[0]), int(f[1]))] = dt.date.fromisoformat(f[2])
    for line in open(f"{data}/iran_lunar_hijri_month_starts.txt"):
        f = line.split("#")[0].split()
        if len(f) == 2 and "/" in f[0]:
            y, m = f[0].lstrip("*").split("/")
            iran[(int(y), int(m))] = dt.date.fromisoformat(f[1])
    return uq, iran
