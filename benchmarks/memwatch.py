"""Run a command and report its wall time and the peak memory of its whole process tree.

    .venv/bin/python benchmarks/memwatch.py --json OUT.json -- optopscan scan --config X --geen-kaart

The peak is the largest sum of the resident set sizes (RSS) of the command and all its
descendants, sampled every ``--interval`` seconds (default 0.2): for ``--engine dask`` the
client, the scheduler and every worker together, which ``ru_maxrss`` of one process does not
show. Also reports CPU time (user + system of the whole tree, from ``wait4``), so a run on a
busy machine can be compared by the work it did. Exit code: that of the command.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil


def tree_rss(root: psutil.Process) -> int:
    """RSS in bytes of ``root`` and all its descendants (processes that vanish count 0)."""
    total = 0
    for proc in [root, *root.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def watch(cmd: list[str], interval: float = 0.2, **popen) -> dict:
    """Run ``cmd``; return rc, wall seconds, cpu seconds and peak tree RSS (GB)."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, **popen)
    root = psutil.Process(child.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, tree_rss(root))
            except psutil.NoSuchProcess:
                return
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    return {
        "rc": child.returncode,
        "seconds": round(wall, 1),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_gb": round(max(peak, usage.ru_maxrss * 1024) / 1e9, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    result = watch(cmd, args.interval)
    text = json.dumps({"cmd": cmd, **result}, indent=1)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    print(text, file=sys.stderr)
    return int(result["rc"])


if __name__ == "__main__":
    raise SystemExit(main())
