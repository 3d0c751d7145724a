"""examples/dask_extract.py on a small input, on a local cluster of two
worker processes: its parts, concatenated, are byte for byte what
`taqvim extract --jsonl` writes for the same input."""

import json
import os
import subprocess
import sys

from conftest import DATA, ROOT

EXAMPLE = ROOT / "examples" / "dask_extract.py"

# Records the command line treats specially: a BOM, blank lines, number ids
# echoed as written, ids and members of every wrong type, bad references
# and zones, escapes, bytes that are not UTF-8, lone surrogates, a repeated id.
EDGE = (
    b'\xef\xbb\xbf{"id":1,"text":"\xdb\xb1\xdb\xb5 \xd9\x85\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xaf 1402"}\n'
    b'\n   \t\r\n'
    b'{"id":1.50,"text":"x"}\n'
    b'{"id":-0,"text":"6 \xd8\xa3\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1","reference":null}\n'
    b'{"id":1e5,"text":"6 \xd8\xa3\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1","reference":"2023-10-07"}\n'
    b'[1,2]\n{"text":"x"}\n{"id":true,"text":"x"}\n{"id":"a"}\n{"id":"b","text":5}\n'
    b'{"id":"c","text":"x","reference":"2023-13-01"}\n{"id":"d","text":"x","reference":5}\n'
    b'{"id":"e","text":"x","tz":"Mars/Base"}\n'
    b'{"id":"f","text":"\xd8\xb3\xd8\xa7\xd8\xb9\xd8\xaa 10 \xd8\xb5\xd8\xa8\xd8\xad 23 \xd9\x85\xd9\x87\xd8\xb1 1402",'
    b'"tz":"Asia/Dubai","reference":"2023-10-15"}\n'
    b'{"id":"g","text":"a\\u0001\\"\\\\b\\t\\n\\u007f \xdb\xb1\xdb\xb5 \xd9\x85\xd8\xb1\xd8\xaf\xd8\xa7\xd8\xaf 1402",'
    b'"lang":"ar","extra":{"x":[1,2]}}\n'
    b'{"id":"h\\u00e9","text":"\xff 15"}\n'
    b'{"id":"i","text":"\\ud800"}\n{"text":"\\ud800","id":"i2"}\n{"id":"i3","text":"x","z":["\\udc00"]}\n'
    b'{"id":"j","text":"x","tz":null,"id":"k"}\n'
    b'{"id":"l","text":"x","lang":"en"}\n{"id":"m","text":"x","lang":3}\n'
    b'{"id":"n","text":"15 \xd8\xac\xd9\x88\xd8\xb2\xd8\xa7 1402 \xd8\xb3\xd8\xa7\xd8\xb9\xd8\xaa 10:30","lang":"fa-AF"}\n'
    b'{"id":"o","text":"6 \xd8\xa3\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1 2023","lang":"ar","tz":null}\n'
)


def run_example(tmp_path, data, *extra):
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    out = tmp_path / "out"
    env = dict(os.environ)
    # The workers are new processes: they find the package where this one did.
    import taqvim
    env["PYTHONPATH"] = os.pathsep.join(
        [os.path.dirname(os.path.dirname(taqvim.__file__))] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    run = subprocess.run([sys.executable, str(EXAMPLE), str(src), str(out), *extra], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, check=False)
    parts = sorted(out.glob("part-*.jsonl"))
    return run, parts, b"".join(p.read_bytes() for p in parts), src


def test_parts_equal_the_cli_records(tmp_path, cli):
    data = (DATA / "dev.jsonl").read_bytes() + (DATA / "seeds.jsonl").read_bytes()
    data = EDGE + data  # the BOM must stay on the first line
    run, parts, written, src = run_example(tmp_path, data, "--workers", "2", "--blocksize", "8000")
    assert len(parts) >= 3, run.stderr.decode()
    expected = cli("extract", "--jsonl", str(src))
    assert expected.returncode == 1  # the edge records hold errors
    assert run.returncode == 1, run.stderr.decode()
    assert written.decode("utf-8").splitlines() == expected.stdout.decode("utf-8").splitlines()
    assert written == expected.stdout
    assert written.count(b"\n") == 23 + 102 + 5  # one line per record, none for blank lines


def test_lines_that_are_not_json(tmp_path):
    run, parts, written, _ = run_example(tmp_path, b'{"id":"a","text":"x"\n{"id":"b","text":"x"}\n',
                                         "--workers", "1")
    assert run.returncode == 1
    first, second = [json.loads(line) for line in written.decode().splitlines()]
    assert first["id"] is None and first["error"].startswith("not JSON: ")
    assert second == {"id": "b", "matches": []}
