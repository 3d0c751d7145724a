#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_stream.cc, fuzz/corpus/stream/: the bundled
articles (examples/articles/*.txt), whole and repeated, read in pieces of
sizes around the stream's own (a kilobyte re-read after a piece's last
match and 640 bytes before its first, 2.6 KiB needed before it reads at
all), with and without a reference; and Hijri days the text pins (sighting)
on either side of a boundary.

  fuzz/gen_stream_corpus.py

Input layout (see fuzz_stream.cc): an options byte, copies - 1, the number
of read sizes, the sizes as 16-bit little-endian numbers, then the text.
Every seed-* file is rewritten; regress-* files (kept findings) are left alone.
"""

import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus" / "stream"

REF_FIXED, REF_NONE, REF_NOWRUZ = 0, 1, 2
LANG_BITS = {"": 0, "fa": 1 << 4, "ar": 2 << 4}
SEPARATE_END = 1 << 6
HIJRI_IRAN_CIVIL = 1 << 7

# Read sizes: byte by byte, odd sizes that cut UTF-8 sequences, sizes near
# the two kilobytes below which a piece waits, and one larger than a whole
# article.
READS = {
    "whole": [],
    "bytes": [1],
    "odd": [7, 333, 1001],
    "near-2k": [2047, 2048, 2049, 3],
    "near-min": [2687, 2688, 2689, 5],
    "mixed": [4096, 1, 2500, 17],
    "large": [9000],
}


def seed(text, reads, ref=REF_FIXED, lang="", copies=1, extra=0):
    cfg = ref | LANG_BITS[lang] | extra
    head = bytes([cfg, copies - 1, len(reads)])
    head += b"".join(struct.pack("<H", r) for r in reads)
    return head + text


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("seed-*"):
        old.unlink()
    articles = sorted((ROOT / "examples" / "articles").glob("*.txt"))
    for i, path in enumerate(articles):
        text = path.read_bytes()
        stem = "article-%03d" % i
        for name, reads in READS.items():
            (OUT / ("seed-%s-%s" % (stem, name))).write_bytes(seed(text, reads))
        (OUT / ("seed-%s-noref" % stem)).write_bytes(seed(text, READS["near-2k"], ref=REF_NONE))
        (OUT / ("seed-%s-nowruz-end" % stem)).write_bytes(
            seed(text, READS["odd"], ref=REF_NOWRUZ, extra=SEPARATE_END))
        (OUT / ("seed-%s-x8" % stem)).write_bytes(
            seed(text + b"\n", READS["mixed"], copies=8, extra=HIJRI_IRAN_CIVIL))
    # Short texts: a date on each side of a piece boundary, and an empty one.
    date_fa = "۱۵ مرداد ۱۴۰۲".encode()
    date_ar = "9 أغسطس 2023".encode()
    filler = b"x " * 1020
    (OUT / "seed-boundary-fa").write_bytes(seed(filler + date_fa + b" " + filler, [2048, 2048], lang="fa", copies=4))
    (OUT / "seed-boundary-ar").write_bytes(seed(filler + date_ar + b" " + filler, [1030, 1], lang="ar", copies=4))
    # A pinned month (1 Muharram 1445 on 20 July, Umm al-Qura's 19th) and
    # days of it before and after, near boundaries and a reach apart.
    pin = "أعلنت المحكمة أن غرة شهر محرم 1445 توافق الخميس 20 يوليو 2023، ".encode()
    ashura = "وأن يوم عاشوراء العاشر من محرم ".encode()
    for gap in (0, 120, 300, 380, 700):
        text = filler[: 2 * gap] + ashura + b"y " * (gap // 2) + pin + b"z " * (gap // 3) + ashura + filler
        (OUT / ("seed-sighting-%d" % gap)).write_bytes(seed(text, READS["near-min"], lang="ar", copies=3))
        (OUT / ("seed-sighting-%d-odd" % gap)).write_bytes(seed(text, READS["odd"], lang="ar", copies=2))
    (OUT / "seed-empty").write_bytes(seed(b"", [1]))
    (OUT / "seed-empty-separate-end").write_bytes(seed(b"", [], extra=SEPARATE_END))


if __name__ == "__main__":
    main()
