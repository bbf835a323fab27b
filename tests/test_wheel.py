"""A non-editable wheel install scans the packaged sample from an empty folder, writing only there.

Builds the wheel from a copy of the source (so the source tree gets no build/ folder), installs
it with ``--no-deps`` into a fresh venv and lends that venv the dependencies of the running
interpreter through a ``.pth`` line (no downloads). Takes ~20-40 s; marked ``slow`` but runs by default.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.slow


def _copy_source(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", "build", "dist", "*.egg-info", "__pycache__", "out", "maps", ".git*")
    src = dest / "src"
    shutil.copytree(ROOT, src, ignore=ignore)
    return src


def test_wheel_install_scans_sample_from_an_empty_folder(tmp_path):
    src = _copy_source(tmp_path)
    before = sorted(p.relative_to(src) for p in (src / "optopscan").rglob("*") if "__pycache__" not in p.parts)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "dist"), str(src)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 and "Could not find a version" in build.stderr + build.stdout:
        pytest.skip(f"setuptools niet te downloaden voor de build-isolatie: {build.stderr[-300:]}")
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("optopscan-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # the running interpreter's site-packages supply the dependencies (and pip); not its optopscan
    (purelib / "_optopscan_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--target", str(purelib), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    exe = env_dir / "bin" / "optopscan"
    exe.write_text(f"#!{python}\nimport sys\nfrom optopscan.cli import main\nsys.exit(main(prog_name='optopscan'))\n")
    exe.chmod(0o755)

    work = tmp_path / "leeg"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    where = subprocess.check_output(
        [str(python), "-c", "import optopscan; print(optopscan.__file__)"], cwd=work, env=env, text=True
    )
    assert where.startswith(str(purelib)), f"optopscan not from the wheel: {where}"
    scan = subprocess.run([str(exe), "-q", "scan"], cwd=work, env=env, capture_output=True, text=True)
    assert scan.returncode == 0, scan.stderr + scan.stdout
    written = sorted(str(p.relative_to(work)) for p in work.rglob("*") if p.is_file())
    assert written == [
        "maps/kansenkaart.html",
        "out/potentie_100m.tif",
        "out/shortlist.csv",
        "out/shortlist.gpkg",
        "out/shortlist.xlsx",
    ]
    assert "Complexen gescand: 40" in scan.stdout
    # nothing was written into the installed package or the source copy
    installed = purelib / "optopscan"
    assert not any(p.suffix in (".gpkg", ".csv", ".xlsx", ".html") for p in installed.glob("*"))
    after = sorted(p.relative_to(src) for p in (src / "optopscan").rglob("*") if "__pycache__" not in p.parts)
    assert after == before
