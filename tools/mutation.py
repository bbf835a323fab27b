"""Mutation testing: would the tests notice if the core broke? (mutmut 3; slow, not in CI)

Runs mutmut in a scratch copy of the repository (so the worktree stays clean and two runs do not
collide), prints the kill rate and the surviving mutants. The defaults come from
``[tool.mutmut]`` in pyproject.toml (which modules to mutate, which fast tests to run);
``--only`` and ``--tests`` narrow them for a quick run::

    .venv/bin/python tools/mutation.py                                   # the whole core
    .venv/bin/python tools/mutation.py --only optopscan/rules/bouwjaar.py optopscan/scoring.py \\
        --tests tests/rules tests/test_scan_samples.py --diffs

Kill rate = (killed + timeout) / (all mutants − skipped); a mutant no test reaches counts as a
survivor. Exit code 0 when the rate reaches ``--target`` (default 85%), else 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPY = ("optopscan", "tests")
DETECTED = ("killed", "timeout")


def _toml_value(value: object) -> str:
    """A TOML literal for the str / bool / number / list-of-str values mutmut takes (JSON is valid TOML here)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def mutmut_table(only: list[str] | None, tests: list[str] | None) -> dict[str, object]:
    """``[tool.mutmut]`` from pyproject.toml, narrowed by ``only`` / ``tests``; absent test paths dropped."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    table = dict(pyproject["tool"]["mutmut"])
    if only:
        table["only_mutate"] = only
    selection = tests or list(table.get("pytest_add_cli_args_test_selection", []))
    table["pytest_add_cli_args_test_selection"] = [t for t in selection if (ROOT / t.split("::")[0]).exists()]
    if not table["pytest_add_cli_args_test_selection"]:
        sys.exit(f"geen van de testpaden bestaat: {selection}")
    return table


def prepare(workdir: Path, table: dict[str, object]) -> None:
    """Copy the package and the tests into ``workdir`` with a pyproject holding only what mutmut and pytest need."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", "mutants")
    for name in COPY:
        shutil.copytree(ROOT / name, workdir / name, ignore=ignore, dirs_exist_ok=True)
    pytest_ini = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in pytest_ini.items()]
    lines += ["", "[tool.mutmut]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in table.items()]
    (workdir / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def mutmut(workdir: Path, *args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``mutmut`` (next to this Python) in ``workdir``."""
    exe = Path(sys.executable).with_name("mutmut")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the mutated copy, never the worktree
    return subprocess.run([str(exe), *args], cwd=workdir, env=env, text=True, capture_output=capture, check=False)


def survivors(workdir: Path) -> dict[str, str]:
    """Mutant name → status for every mutant not killed (``mutmut results``)."""
    out = mutmut(workdir, "results", capture=True).stdout
    found = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name:
            found[name] = status
    return found


def kill_rate(stats: dict[str, int]) -> float:
    """(killed + timeout) / (total − skipped)."""
    counted = stats["total"] - stats.get("skipped", 0)
    return sum(stats.get(k, 0) for k in DETECTED) / counted if counted else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", help="glob(s) of files to mutate, e.g. optopscan/rules/*")
    parser.add_argument("--tests", nargs="+", help="test paths to run (default: [tool.mutmut] in pyproject.toml)")
    parser.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    parser.add_argument("--workdir", type=Path, help="scratch folder to use and keep (default: a temporary one)")
    parser.add_argument("--diffs", action="store_true", help="print the diff of every survivor")
    parser.add_argument("--target", type=float, default=0.85, help="kill rate to reach (default 0.85)")
    args = parser.parse_args(argv)

    table = mutmut_table(args.only, args.tests)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="optopscan-mutation-"))
    workdir.mkdir(parents=True, exist_ok=True)
    prepare(workdir, table)
    print(f"mutmut in {workdir}: mutate {table['only_mutate']}", flush=True)
    print(f"tests: {table['pytest_add_cli_args_test_selection']}", flush=True)

    start = time.monotonic()
    mutmut(workdir, "run", "--max-children", str(args.max_children))  # progress streams to the terminal
    elapsed = time.monotonic() - start
    mutmut(workdir, "export-cicd-stats", capture=True)
    if not (workdir / "mutants" / "mutmut-cicd-stats.json").exists():
        print(f"mutmut gaf geen resultaten (zie hierboven; werkmap {workdir})", file=sys.stderr)
        return 2
    stats = json.loads((workdir / "mutants" / "mutmut-cicd-stats.json").read_text())
    left = survivors(workdir)

    print(f"\n{len(left)} niet gedode mutanten:")
    for name, status in sorted(left.items()):
        print(f"  {status:<12} {name}")
        if args.diffs:
            print(mutmut(workdir, "show", name, capture=True).stdout)
    rate = kill_rate(stats)
    print(f"\nmutanten: {json.dumps(stats)}")
    detected, counted = sum(stats.get(k, 0) for k in DETECTED), stats["total"] - stats.get("skipped", 0)
    print(f"kill rate: {rate:.1%} ({detected} van {counted})")
    print(f"tijd: {elapsed:.0f} s met {args.max_children} processen")
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if rate >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
