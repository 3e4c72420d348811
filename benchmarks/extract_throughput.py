"""Extraction throughput on one core and peak memory, on the demo corpus (or any files given).

    python benchmarks/extract_throughput.py ../shared/corpus [--rounds 3]

Prints MB/s (input bytes per second of wall time, best of the rounds, one
process on one core) and the peak resident memory of the process. Target: >= 5 MB/s (issue 12).
On a shared machine wall time also counts the other processes' turns on the core: the CPU time
of the process (best of the rounds) is printed too, and is the steadier of the two.
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.source import expand_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = expand_paths(args.paths)
    size = sum(p.stat().st_size for p in files)
    t0 = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - t0
    times, cpu_times, facts = [], [], 0
    for _ in range(args.rounds):
        report = ExtractionReport()
        t0, c0 = time.perf_counter(), time.process_time()
        facts = sum(1 for _ in extractor.run(files, report))
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
    best = min(times)
    best_cpu = min(cpu_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files:            {len(files)} ({size / 1e6:.3f} MB)")
    print(f"facts:            {facts}")
    print(f"pipeline startup: {startup:.2f} s (patterns, once)")
    print(f"extraction:       best {best:.3f} s, rounds {', '.join(f'{t:.3f}' for t in times)}")
    print(f"throughput:       {size / 1e6 / best:.2f} MB/s on one core (target >= 5 MB/s)")
    print(f"cpu time:         best {best_cpu:.3f} s, rounds {', '.join(f'{t:.3f}' for t in cpu_times)}"
          f" ({size / 1e6 / best_cpu:.2f} MB/s of CPU time)")
    print(f"peak memory:      {peak_mb:.0f} MB resident")


if __name__ == "__main__":
    main()
