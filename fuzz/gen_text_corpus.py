#!/usr/bin/env python3
"""Writes the seed corpora of the text fuzz targets:

  fuzz/corpus/extract/    for fuzz_extract.cc (input layout described there)
  fuzz/corpus/normalize/  for fuzz_normalize.cc (the bytes as they are)
  fuzz/extract.dict       the lexicon's words and the digits and punctuation
                          of dates, as libFuzzer dictionary entries

Seeds come from the bundled articles (examples/articles/*.txt, cut into pieces
of at most 2 KB at line ends, since libFuzzer mutates small inputs far
faster), from the evaluation cases when a folder of them is given, and from
hand-made hostile inputs. The evaluation cases are written out as files
because neither CI nor a user's checkout has the folder they come from.

  fuzz/gen_text_corpus.py [--eval DIR]    (DIR holds seeds.jsonl, dev.jsonl)

Every seed-* file is rewritten; regress-* files (kept findings) are left alone.
"""

import argparse
import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
PIECE = 2048

# fuzz_extract.cc: 0xFF, then an options byte (bits 0-1 reference, 2-3 zone,
# 4-5 language, 6-7 Hijri rules).
MARKER = b"\xff"
REF_FIXED, REF_NONE, REF_NOWRUZ, REF_LINE = 0, 1, 2, 3
LANG_BITS = {"": 0, "fa": 1 << 4, "ar": 2 << 4}
ZONE_BITS = {"Asia/Tehran": 0, "Asia/Riyadh": 1 << 2, "Africa/Cairo": 2 << 2, "UTC": 3 << 2}


def with_options(text, ref=REF_FIXED, lang="", tz="Asia/Tehran", hijri=0, ref_line=None):
    cfg = ref | LANG_BITS[lang] | ZONE_BITS[tz] | hijri << 6
    head = MARKER + bytes([cfg])
    if ref == REF_LINE:
        head += ref_line.encode() + b"\n"
    return head + text


def pieces(data, size=PIECE):
    """Cuts UTF-8 text at line ends into pieces of at most `size` bytes; a
    longer line is cut at a space, else at a character boundary."""
    out, cur = [], b""
    for line in data.splitlines(keepends=True):
        while len(line) > size:
            cut = line.rfind(b" ", 0, size)
            if cut <= 0:
                cut = size
                while cut > 0 and (line[cut] & 0xC0) == 0x80:
                    cut -= 1
            head, line = line[:cut], line[cut:]
            if cur:
                out.append(cur)
                cur = b""
            out.append(head)
        if len(cur) + len(line) > size and cur:
            out.append(cur)
            cur = b""
        cur += line
    if cur:
        out.append(cur)
    return [p for p in out if p.strip()]


def u(s):
    return s.encode("utf-8")


# Date-bearing phrases the hostile seeds are built around.
FA_DATE = u("۱۵ مرداد ۱۴۰۲")
AR_DATE = u("9 أغسطس 2023")
HIJRI_DATE = u("22 ربيع الأول 1445هـ")

# Every kind of ill-formed UTF-8: stray continuation bytes, overlong forms,
# surrogates, code points past U+10FFFF, bytes that never occur, and
# sequences cut short (at the end of the text and before ASCII).
ILL_FORMED = {
    "continuation-80": b"\x80",
    "continuation-bf": b"\xbf",
    "continuation-run": b"\x80\x81\xbf\xa0",
    "overlong-c0": b"\xc0\xaf",
    "overlong-c1": b"\xc1\xbf",
    "overlong-e0": b"\xe0\x80\xaf",
    "overlong-f0": b"\xf0\x80\x80\xaf",
    "surrogate-high": b"\xed\xa0\x80",
    "surrogate-low": b"\xed\xbf\xbf",
    "surrogate-pair": b"\xed\xa0\xbd\xed\xb8\x80",
    "past-10ffff": b"\xf4\x90\x80\x80",
    "lead-f5": b"\xf5\x80\x80\x80",
    "lead-f8": b"\xf8\x88\x80\x80\x80",
    "lead-fc": b"\xfc\x84\x80\x80\x80\x80",
    "byte-fe": b"\xfe",
    "byte-ff": b"\xff",
    "truncated-2": b"\xd9",
    "truncated-3": b"\xe2\x80",
    "truncated-4": b"\xf0\x9f\x98",
    "truncated-arabic-lead": b"\xdb",
}

# Unicode spaces and near-spaces between the parts of a date.
SEPARATORS = {
    "nbsp": "\u00a0", "ogham": "\u1680", "en-quad": "\u2000", "em-quad": "\u2001", "en": "\u2002",
    "em": "\u2003", "three-per-em": "\u2004", "four-per-em": "\u2005", "six-per-em": "\u2006",
    "figure": "\u2007", "punctuation": "\u2008", "thin": "\u2009", "hair": "\u200a",
    "narrow-nbsp": "\u202f", "medium-math": "\u205f", "ideographic": "\u3000", "zwnj": "\u200c",
    "zwsp": "\u200b", "zwj": "\u200d", "line-sep": "\u2028", "para-sep": "\u2029", "nel": "\u0085",
    "tab": "\t", "cr": "\r", "nul": "\0", "bom": "\ufeff", "lrm": "\u200e", "rlm": "\u200f",
    "alm": "\u061c", "rle-pdf": "\u202b\u202c", "tatweel": "\u0640", "mongolian-vs": "\u180e",
}


def presentation_forms():
    """Every code point of the Arabic presentation form blocks, as UTF-8."""
    return "".join(chr(c) for c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00))).encode(
        "utf-8", "surrogatepass")


def hostile():
    """(name, bytes) pairs good for both targets."""
    s = []
    for name, bad in ILL_FORMED.items():
        s.append((f"ill-{name}-around", bad + FA_DATE + bad))
        s.append((f"ill-{name}-inside", u("۱۵") + bad + u(" مرداد ") + bad + u("۱۴۰۲")))
        s.append((f"ill-{name}-digits", u("۱۴") + bad + u("۰۲/۰۵/۱۵ و 2023-") + bad + b"08-06"))
        s.append((f"ill-{name}-arabic", bad + AR_DATE + bad + HIJRI_DATE + bad))
    s.append(("ill-every-lead", bytes(range(0x80, 0x100)) + FA_DATE))
    s.append(("ill-all-bytes", bytes(range(0, 0x100))))
    for name, sep in SEPARATORS.items():
        sp = sep.encode("utf-8")
        s.append((f"space-{name}", u("۱۵") + sp + u("مرداد") + sp + u("۱۴۰۲") + b"\n" + u("9") + sp +
                  u("أغسطس") + sp + u("2023") + b"\n" + u("سه") + sp + u("شنبه") + sp + u("۱۷ مرداد")))
    s.append(("nul-around", b"\0" + FA_DATE + b"\0" + AR_DATE + b"\0"))
    s.append(("nul-inside", u("۱۵\0مرداد\0۱۴۰۲ 1402/05\0/15 19\0:17")))
    s.append(("nul-run", b"\0" * 300 + FA_DATE))
    pf = presentation_forms()
    s.append(("presentation-forms-1", pf[: len(pf) // 2]))
    s.append(("presentation-forms-2", pf[len(pf) // 2:]))
    s.append(("presentation-date", u("۱۵ ﻣﺮﺩﺍﺩ ۱۴۰۲ و ﺍﻟﺄﺭﺑﻌﺎﺀ 9 ﺃﻏﺴﻄﺲ 2023 ﷺ ﷲ ﻻ")))
    s.append(("digits-ascii-2000", b"7" * 2000))
    s.append(("digits-persian-1000", u("۷" * 1000)))
    s.append(("digits-arabic-1000", u("٧" * 1000)))
    s.append(("digits-mixed-around-date", b"9" * 300 + b" " + FA_DATE + b" " + u("۹") * 300 + b"/05/15"))
    s.append(("digits-long-parts", u("14020000000000/05/15 15 مرداد 99999999999 2023-0000008-06")))
    s.append(("brackets-deep", b"(" * 1000 + FA_DATE + b")" * 1000))
    s.append(("brackets-mixed", u("«(([{") + AR_DATE + u("}]))» (") + FA_DATE + b"("))
    s.append(("years-edge", u("15 مرداد 0 و 15 مرداد 0000 و 1 يناير 0000 و 15 مرداد -1 و 15 مرداد 99999 و "
                               "15 مرداد 2147483648 و 1 محرم 9999 و 1 فروردین 9999 و 31 ديسمبر 9999")))
    s.append(("numeric-edge", u("1402/05/00 1402/05/32 1402/00/15 1402/13/15 0000/01/01 9999/12/31 "
                                 "31/12/9999 29/02/2023 30/02/2024 00:00 24:00 23:59:60")))
    s.append(("esfand-30", u("۳۰ اسفند ۱۴۰۲ و ۳۰ اسفند ۱۴۰۳ و ۳۰ اسفند ۱۳۹۹ و ۳۱ اسفند ۱۴۰۳ و ۳۰ ذو الحجة 1444")))
    s.append(("relative-far", u("قبل 2024 سنة و قبل 9999 سنة و بعد 9999 سنة و قبل 9999 شهر و ۹۹۹۹ سال پیش و "
                                 "۹۹۹۹ ماه بعد و ۹۹۹۹ روز پیش و ۹۹۹۹ هفته بعد")))
    s.append(("twin-chain", u("1 محرم 1445 الموافق ") * 40 + u("1 محرم 1445")))
    s.append(("cardinal-chain", u("ثلاثة و") * 100 + u(" أيام مضت و ") + u("سه و ") * 100 + u("روز پیش")))
    s.append(("range-chain", u("۱ تا ۲ تا ۳ تا ۴ مرداد ۱۴۰۲ - ۵ مرداد - ۶ شهریور ۱۴۰۲ تا ۷ مهر ۱۴۰۲")))
    s.append(("weekday-chain", u("شنبه یکشنبه دوشنبه سه شنبه چهارشنبه پنجشنبه جمعه الأحد الاثنين الثلاثاء "
                                  "الأربعاء الخميس الجمعة السبت الماضي المقبل")))
    s.append(("marks-after", u("هـ غداً الأربعاءُ ۱۵ مردادِ ۱۴۰۲ً") + u("\u064b") * 50))
    s.append(("time-forms", u("ساعت ۸ شب فردا ساعت ۸ صبح غدا الساعة العاشرة صباحا 19:17:59 1402/05/15 - 25:61")))
    s.append(("publication", u("تاریخ انتشار: ۱۵ مرداد ۱۴۰۲ - ۱۹:۱۷\nدیروز و هفته گذشته و ۱۰ مهر")))
    s.append(("publication-ar", u("نشر في 9 أغسطس 2023\nأمس والأسبوع الماضي و 3 رمضان")))
    s.append(("nth-day", u("پانزدهمین روز مرداد ۱۴۰۲ و پانزدهمین روز از مرداد ماه و اليوم الخامس من رمضان 1445 "
                            "و اليوم الأول من المؤتمر و الليلة الأولى و روز روز روز پانزدهمین")))
    s.append(("relative-year", u("۱۵ مرداد سال گذشته و ۲۰ مرداد امسال و 6 أكتوبر من العام الماضي و "
                                  "١٠ رمضان العام المقبل و ۱۵ تا ۲۰ مرداد سال آینده و آب سال گذشته")))
    # Words past the scanner's 16-byte lookup, and a lexicon word in the last 16 bytes.
    s.append(("long-words", u("ربیع\u200cالاولربیع\u200cالاول ذی\u200cالقعدهذی\u200cالقعده ") + u("ا" * 40) +
                               u(" سهشنبهسهشنبه ۱۵ مرداد")))
    return s


# Lexicon files whose every surface goes into the dictionary; number words
# only up to 31 (days, hours) and the multipliers, so that the grammar's words
# are not drowned by a hundred number words.
DICT_FILES = ("months_*.txt", "cldr_months_*.txt", "weekdays.txt", "cldr_weekdays.txt", "eras.txt",
              "cldr_eras.txt", "relative.txt", "fillers.txt", "units.txt", "direction.txt",
              "weekday_qualifiers.txt", "time_of_day.txt", "connectors.txt")
NUMBER_FILES = ("cardinals_*.txt", "ordinals_*.txt")
DICT_TOKENS = (
    [str(d) for d in range(10)] + [chr(0x6F0 + d) for d in range(10)] + [chr(0x660 + d) for d in range(10)] +
    ["1402", "۱۴۰۲", "١٤٤٥", "1445", "2023", "٢٠٢٣", "0000", "9999", "99999", "2147483648", "۱۵", "31", "30",
     "29", "12", "13", "00", "24", "/", "-", ":", ".", ",", "،", "٫", "٬", "؛", "(", ")", "«", "»", "–", "—",
     "\u2212", "\n", " ", "\u00a0", "\u200c", "\u200b", "\u200d", "\u200f", "\u2028", "\u0640", "\u064b",
     "\ufeff", "\u0000", "هـ", "ه.ش", "ه.ق", "م", "ق.م", "19:17", "۱۹:۱۷", "ساعت", "الساعة"])


def dict_entry(text):
    out = []
    for b in text.encode("utf-8"):
        out.append(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else f"\\x{b:02X}")
    return '"' + "".join(out) + '"'


def lexicon_surfaces(patterns, keep=lambda value: True):
    words = []
    for pattern in patterns:
        for path in sorted((ROOT / "data" / "lexicon").glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) >= 2 and keep(parts[1].strip()):
                    words.append(parts[0].strip())
    return words


def small_or_multiplier(value):
    try:
        v = int(value)
    except ValueError:
        return False
    return v <= 31 or v in (100, 1000, 1000000)


def write_dict(path):
    entries = lexicon_surfaces(DICT_FILES) + lexicon_surfaces(NUMBER_FILES, small_or_multiplier)
    entries += [t.encode().decode("unicode_escape") if t.startswith("\\u") or t == "\\n" else t
                for t in DICT_TOKENS]
    seen, lines = set(), []
    for e in entries:
        if e and e not in seen:
            seen.add(e)
            lines.append(dict_entry(e))
    # The options header of fuzz_extract.cc, one for each reference mode.
    lines += ['"\\xFF\\x00"', '"\\xFF\\x01"', '"\\xFF\\x02"', '"\\xFF\\x03"', '"\\xFF\\x032023-08-06\\x0A"']
    header = ("# libFuzzer dictionary for fuzz_extract (and fuzz_normalize): the lexicon's\n"
              "# month, weekday, era, relative and filler words, small number words, digits\n"
              "# and the punctuation of dates. Written by fuzz/gen_text_corpus.py from\n"
              "# data/lexicon; rerun it after the lexicon changes.\n")
    path.write_text(header + "\n".join(lines) + "\n", encoding="ascii")
    return len(lines)


def write(directory, files):
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("seed-*"):
        old.unlink()
    seen = set()
    for name, data in files:
        digest = hashlib.sha1(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        (directory / f"seed-{name}").write_bytes(data)
    return len(seen)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=pathlib.Path, help="folder with seeds.jsonl and dev.jsonl")
    args = ap.parse_args()

    extract, normalize = [], []
    for article in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        for k, p in enumerate(pieces(article.read_bytes())):
            extract.append((f"article-{article.stem[:3]}-{k:02d}", p))
            if k == 0:
                # The top of an article with no reference: its publication line serves.
                extract.append((f"article-{article.stem[:3]}-{k:02d}-unanchored", with_options(p, REF_NONE)))
                normalize.append((f"article-{article.stem[:3]}-{k:02d}", p))

    if args.eval:
        for file in ("seeds.jsonl", "dev.jsonl"):
            path = args.eval / file
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                lang = case.get("lang", "")
                tz = case.get("tz", "Asia/Tehran")
                if lang not in LANG_BITS or tz not in ZONE_BITS:
                    lang, tz = "", "Asia/Tehran"
                for k, p in enumerate(pieces(case["text"].encode("utf-8"))):
                    if "reference" in case:
                        data = with_options(p, REF_LINE, lang, tz, ref_line=case["reference"])
                    else:
                        data = with_options(p, REF_NONE, lang, tz)
                    extract.append((f"eval-{case['id']}-{k:02d}", data))

    for name, data in hostile():
        extract.append((f"hostile-{name}", data))
        normalize.append((f"hostile-{name}", data))
    # The hostile texts again under the other options: no reference, each
    # language, the other zones and Hijri rules.
    for i, (name, data) in enumerate(hostile()):
        ref = (REF_NONE, REF_NOWRUZ)[i % 2]
        lang = ("", "fa", "ar")[i % 3]
        tz = tuple(ZONE_BITS)[i % 4]
        extract.append((f"hostile-{name}-options", with_options(data, ref, lang, tz, hijri=i % 4)))

    n = write(ROOT / "fuzz" / "corpus" / "extract", extract)
    m = write(ROOT / "fuzz" / "corpus" / "normalize", normalize)
    d = write_dict(ROOT / "fuzz" / "extract.dict")
    print(f"wrote {n} extract seeds, {m} normalize seeds, {d} dictionary entries")


if __name__ == "__main__":
    main()
