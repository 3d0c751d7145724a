"""`pip install .` as the README gives it: a virtual environment over
Debian's Python, no build isolation, no package index. It builds the module
with the project's CMake (into build-python/, kept between runs, so a
second run only relinks what changed)."""

import os
import subprocess
import sys

from conftest import ROOT


def test_pip_install_in_a_fresh_venv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the venv must find the installed package, not build/python
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    install = subprocess.run([python, "-m", "pip", "install", "--no-build-isolation", "--no-index", "-q", str(ROOT)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    assert install.returncode == 0, install.stdout.decode(errors="replace")[-4000:]
    probe = ("import taqvim, numpy as np; "
             "print(taqvim.__file__); "
             "print(taqvim.convert('1402-05-15', 'jalali', 'gregorian')); "
             "print(taqvim.extract('x ۱۵ مرداد ۱۴۰۲')[0].start); "
             "print(taqvim.from_calendar(1404, 12, 30, 'jalali'))")
    run = subprocess.run([python, "-c", probe], env=env, cwd=str(tmp_path), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, check=False)
    assert run.returncode == 0, run.stderr.decode()
    location, converted, start, nat = run.stdout.decode().splitlines()
    assert location.startswith(str(venv))
    assert (converted, start, nat) == ("2023-08-06", "2", "NaT")
