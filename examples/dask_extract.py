#!/usr/bin/python3
"""Dates in a JSON Lines corpus, on a Dask cluster.

    examples/dask_extract.py IN.jsonl OUT_DIR [--workers N] [--scheduler ADDRESS] [--blocksize BYTES]

Reads records {"id", "text", "reference"?, "tz"?, "lang"?} with dask.bag, finds the
dates in each with the taqvim package on the workers, and writes
OUT_DIR/part-00000.jsonl, part-00001.jsonl, ... whose concatenation, in
order, is what `taqvim extract --jsonl IN.jsonl` writes: one line per
record (none for a blank line), {"id", "matches"} with UTF-8 byte offsets,
or {"id", "error"} for a record that cannot be used. Error texts for lines
that are not JSON come from Python's parser, so they are worded
differently from the command line's.

Without --scheduler it starts a distributed.LocalCluster of N worker
processes (default 2), one thread each: extraction holds the GIL only to
build its results, so processes, not threads, are what scale. With
--scheduler it uses that cluster, whose workers must have the taqvim
package installed. Exit status: 0, or 1 when some record was an error.
"""

import argparse
import json
import os
import sys
import time

# The command line's message for a JSON string holding a lone surrogate.
_SURROGATE = "not JSON: a string has a bad escape or a lone surrogate"


class _Number(str):
    """A JSON number kept as its token: an id is echoed as the input wrote it."""


def _reject_constant(token):
    raise ValueError("a value is none of string, number, object, array, true, false, null")


def _has_lone_surrogate(s):
    try:
        s.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def _deep_surrogate(value):
    if isinstance(value, str):
        return _has_lone_surrogate(value)
    if isinstance(value, list):
        return any(_deep_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _deep_surrogate(v) for k, v in value.items())
    return False


def _dumps(value):
    # The command line's JSON: compact, UTF-8 unescaped, the same escapes
    # for control characters.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _id_json(record_id):
    return str(record_id) if isinstance(record_id, _Number) else _dumps(record_id)


def _error(record_id, why):
    usable = isinstance(record_id, str) and not _has_lone_surrogate(record_id)
    return '{"id":%s,"error":%s}' % (_id_json(record_id) if usable else "null", _dumps(why))


def record_line(line, first_line=False):
    """The output line (without newline) for one input line, or None for a blank one."""
    import taqvim

    if first_line and line.startswith("\ufeff"):
        line = line[1:]
    if line.strip(" \t\r") == "":
        return None
    if _has_lone_surrogate(line):
        # Bytes that are not UTF-8 arrive as lone surrogates (surrogateescape).
        record_id = None
        try:
            repaired = line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            r = json.loads(repaired, parse_int=_Number, parse_float=_Number, parse_constant=_reject_constant)
            if isinstance(r, dict):
                record_id = r.get("id")
        except (ValueError, RecursionError):
            pass
        return _error(record_id, "not valid UTF-8")
    try:
        r = json.loads(line, parse_int=_Number, parse_float=_Number, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as e:
        return _error(None, "not JSON: %s" % (e.msg if isinstance(e, json.JSONDecodeError) else e))
    if not isinstance(r, dict):
        return _error(None, "not a JSON object")
    # The command line reads members in order and stops at a lone
    # surrogate anywhere, echoing the id only if it came before.
    seen_id = None
    for key, value in r.items():
        if _has_lone_surrogate(key) or _deep_surrogate(value):
            return _error(seen_id, _SURROGATE)
        if key == "id":
            seen_id = value
    record_id = r.get("id")
    if "id" not in r:
        return _error(None, 'no "id"')
    if not isinstance(record_id, str):
        return _error(None, '"id" is not a string or a number')
    if "text" not in r:
        return _error(record_id, 'no "text"')
    text = r["text"]
    if not isinstance(text, str) or isinstance(text, _Number):
        return _error(record_id, '"text" is not a string')
    options = {}
    reference = r.get("reference")
    if reference is not None:
        if not isinstance(reference, str) or isinstance(reference, _Number):
            return _error(record_id, '"reference" is not a string')
        try:
            taqvim.extract("", reference=reference)
        except ValueError:
            return _error(record_id, "bad reference %s (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM)"
                          % _dumps(reference))
        options["reference"] = reference
    tz = r.get("tz")
    if tz is not None:
        if not isinstance(tz, str) or isinstance(tz, _Number):
            return _error(record_id, '"tz" is not a string')
        try:
            taqvim.extract("", tz=tz)
        except ValueError:
            return _error(record_id, "unknown time zone %s" % _dumps(tz))
        options["tz"] = tz
    lang = r.get("lang")
    if lang is not None:
        if not isinstance(lang, str) or isinstance(lang, _Number):
            return _error(record_id, '"lang" is not a string')
        try:
            taqvim.extract("", lang=lang, tz=options.get("tz"))
        except ValueError:
            return _error(record_id, "unknown language %s (fa, fa-AF or ar)" % _dumps(lang))
        options["lang"] = lang
    matches = [{"start": m.byte_start, "end": m.byte_end, "text": m.text, "calendar": m.calendar,
                "value": m.value, "granularity": m.granularity, "flags": m.flags}
               for m in taqvim.extract(text, **options)]
    return '{"id":%s,"matches":%s}' % (_id_json(record_id), _dumps(matches))


def _write_part(lines, path, first):
    """Writes one part; returns its error records and the CPU seconds it took."""
    cpu = time.process_time()
    errors = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i, line in enumerate(lines):
            rec = record_line(line.rstrip("\n"), first_line=first and i == 0)
            if rec is not None:
                out.write(rec + "\n")
                # A quote inside a JSON string is escaped, so the key alone tells.
                errors += '"matches":' not in rec
    return errors, time.process_time() - cpu


def run(in_path, out_dir, client, blocksize):
    import dask
    import dask.bag as db

    # surrogateescape: a line that is not UTF-8 becomes an error record, not a failed task.
    bag = db.read_text(in_path, blocksize=blocksize, encoding="utf-8", errors="surrogateescape")
    os.makedirs(out_dir, exist_ok=True)
    parts = bag.to_delayed()
    writes = [dask.delayed(_write_part)(p, os.path.join(out_dir, "part-%05d.jsonl" % i), i == 0)
              for i, p in enumerate(parts)]
    results = client.compute(writes, sync=True)
    return sum(e for e, _ in results), sum(c for _, c in results), len(parts)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines records")
    parser.add_argument("out_dir", help="directory for part-NNNNN.jsonl")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    parser.add_argument("--scheduler", help="address of a running scheduler instead of a local cluster")
    parser.add_argument("--blocksize", type=int, default=16 << 20,
                        help="bytes of input per partition (default 16 MiB)")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # any free port: 8787 may be taken
        client = Client(cluster)
    try:
        started = time.perf_counter()
        errors, cpu, parts = run(args.input, args.out_dir, client, args.blocksize)
        seconds = time.perf_counter() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    mb = os.path.getsize(args.input) / 1e6
    # CPU time in the tasks says what a worker costs whatever else the machine is doing.
    print("dask_extract: %d part(s) in %s, %d error record(s); %.1f MB in %.2f s (%.1f MB/s) once the cluster "
          "was up; %.2f CPU s in the tasks (%.1f MB per CPU s)"
          % (parts, args.out_dir, errors, mb, seconds, mb / seconds, cpu, mb / cpu if cpu else 0.0), file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
