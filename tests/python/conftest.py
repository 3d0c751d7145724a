"""Shared fixtures: the project's paths and the command-line tool, whose
output the package's must equal (the package is a binding of the same
library; these tests check the binding, the C++ tests the library)."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def cli_path():
    """TAQVIM_CLI when set (scripts/test.sh sets it), else the tool of build/."""
    given = os.environ.get("TAQVIM_CLI")
    if given:
        if not os.access(given, os.X_OK):
            raise RuntimeError("TAQVIM_CLI=%s is not an executable" % given)
        return given
    default = ROOT / "build" / "tools" / "taqvim" / "taqvim"
    return str(default) if os.access(default, os.X_OK) else None


@pytest.fixture(scope="session")
def cli():
    path = cli_path()
    if path is None:
        pytest.skip("the taqvim command-line tool is not built (set TAQVIM_CLI)")

    def run(*args, stdin=""):
        return subprocess.run([path, *args], input=stdin.encode("utf-8"), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, check=False)

    run.path = path
    return run
