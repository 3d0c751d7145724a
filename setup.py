"""Builds the module _taqvim with the project's CMake (the targets of
python/CMakeLists.txt), so that the package and the C++ library are built
from one list of sources. The metadata is in pyproject.toml.

Environment: CMAKE (the cmake to run), CMAKE_ARGS (more -D options),
CMAKE_BUILD_PARALLEL_LEVEL (jobs; CMake reads it itself).
"""

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).parent.resolve()


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        import pybind11

        build_dir = Path(self.build_temp).resolve() / "cmake"
        cmake = os.environ.get("CMAKE", "cmake")
        configure = [
            cmake, "-S", str(ROOT), "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            "-DTAQVIM_BUILD_PYTHON=ON",
            "-DTAQVIM_BUILD_CLI=ON",
            "-DTAQVIM_BUILD_TESTS=OFF",
            "-DTAQVIM_BUILD_BENCH=OFF",
            "-DTAQVIM_INSTALL=OFF",
            "-DPython_EXECUTABLE=" + sys.executable,
            "-Dpybind11_DIR=" + pybind11.get_cmake_dir(),
        ] + shlex.split(os.environ.get("CMAKE_ARGS", ""))
        subprocess.run(configure, check=True)
        subprocess.run([cmake, "--build", str(build_dir), "--target", "taqvim_python"], check=True)
        built = sorted((build_dir / "python" / "taqvim").glob("_taqvim*" + Path(self.get_ext_filename("x")).suffix))
        if len(built) != 1:
            raise RuntimeError("expected one _taqvim module in %s, found %s" % (build_dir, built))
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)


setup(ext_modules=[CMakeExtension("taqvim._taqvim")], cmdclass={"build_ext": CMakeBuild})
