"""Extraction time and memory of ONE file as it grows: linear in its size (issue 8, item 12).

    python benchmarks/extract_linearity.py ../shared/corpus [--sizes 1,2,4,8]

One file is made of the demo texts concatenated k times, for each k of
``--sizes``; each is extracted in this process (CPU time, so other load on the
machine matters less) with the peak of Python's allocations (tracemalloc).
Linear means the seconds per MB and the bytes per input byte stay flat as k
grows; the last column is the time ratio against the smallest file, to set
beside the size ratio.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

from graph_build.pipeline import Extractor
from graph_build.source import SourceText, expand_paths, read_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--sizes", default="1,2,4,8", help="copies of the corpus in the one file")
    args = parser.parse_args()
    text = "\n".join(read_source(p).text for p in expand_paths(args.paths))
    extractor = Extractor()
    extractor.facts_from_source(SourceText.from_string("warm-up.txt", text[:20000]))
    print(f"{'copies':>6} {'MB':>7} {'facts':>7} {'cpu s':>8} {'s/MB':>7} {'peak MB':>8} {'bytes/byte':>10} "
          f"{'time ratio':>10}")
    first = None
    for k in (int(x) for x in args.sizes.split(",")):
        source = SourceText.from_string("big.txt", "\n".join([text] * k))
        mb = len(source.text.encode("utf-8")) / 1e6
        tracemalloc.start()
        t0 = time.process_time()
        facts = len(extractor.facts_from_source(source))
        seconds = time.process_time() - t0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        first = first or seconds
        print(f"{k:6d} {mb:7.2f} {facts:7d} {seconds:8.2f} {seconds / mb:7.2f} {peak / 1e6:8.1f} "
              f"{peak / (mb * 1e6):10.1f} {seconds / first:9.2f}x")


if __name__ == "__main__":
    main()
