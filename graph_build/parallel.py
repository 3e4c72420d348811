"""Extraction over many processes or a Dask cluster, with the same output as one process.

One task per file: a task reads one file and returns its facts as JSON Lines
text (a *shard*) with what it reported (errors, rejected facts, counts). The
shards are written out in the order the files were named, so the result is
byte for byte what ``Extractor().run`` writes in one process.

- ``--jobs N``: a pool of N local processes (``concurrent.futures``).
- ``--dask [ADDRESS]``: a Dask cluster; a ``LocalCluster`` when no address is
  given, ``tcp://scheduler:8786`` for a real one. Workers read the files by
  path, so the corpus must be at the same path on every worker (a shared volume).
  Shards arrive as tasks finish and wait in a directory beside the output until
  every earlier file's shard is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from graph_build.pipeline import Extractor, Progress
from graph_build.readers import expand_inputs, read_document
from graph_build.records import ExtractionReport, fact_to_line
from graph_build.source import SourceError

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"  # ``--dask`` without an address: a LocalCluster on this machine


@dataclass
class Shard:
    """The facts of one file as JSON Lines text, and what extracting it reported."""

    path: str
    source: str = ""  # the document's name (``SourceText.name``)
    text: str = ""
    error: str | None = None
    faults: list[str] = field(default_factory=list)  # notices an extractor failed on (the file read all the same)
    rejected: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


_EXTRACTOR: Extractor | None = None


def _extractor() -> Extractor:
    """One extractor per worker process, built on its first task."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_shard(path: str, extractor: Extractor | None = None) -> Shard:
    """One task: the facts of one file (runs in a worker process)."""
    shard = Shard(path=path)
    try:
        source = read_document(path)
    except SourceError as exc:
        shard.error = str(exc)
        return shard
    shard.source = source.name
    report = ExtractionReport()
    lines = []
    for fact in (extractor or _extractor()).facts_from_source(source, report):
        report.count(fact)
        lines.append(fact_to_line(fact) + "\n")
    shard.text = "".join(lines)
    shard.faults = report.errors
    shard.rejected = report.rejected
    shard.counts = report.facts
    return shard


def write_shards(shards: Iterable[Shard], out: TextIO, report: ExtractionReport) -> None:
    """Write shards (in file order) and add what they reported to ``report``."""
    for shard in shards:
        if tally(shard, report):
            out.write(shard.text)


def tally(shard: Shard, report: ExtractionReport) -> bool:
    """Add what ``shard`` reported to ``report`` as one process would have; False if its file could not be read."""
    if shard.error is not None:
        report.errors.append(shard.error)
        report.failed_sources.append(Path(shard.path).name)
        return False
    report.files += 1
    report.sources.append(shard.source)
    report.errors.extend(shard.faults)
    if shard.faults:
        report.faulted_sources.append(shard.source)
    report.rejected.extend(shard.rejected)
    for kind, n in shard.counts.items():
        report.facts[kind] = report.facts.get(kind, 0) + n
    return True


def process_shards(paths: list[str], jobs: int, progress: Progress | None = None) -> Iterator[Shard]:
    """Shards of ``paths`` in order, extracted by ``jobs`` local processes (``progress``: in this one)."""
    if jobs <= 1 or len(paths) <= 1:
        extractor = Extractor(progress=progress)
        for path in paths:
            yield extract_shard(path, extractor)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        yield from pool.map(extract_shard, paths, chunksize=1)


def dask_client(address: str, workers: int) -> Client:
    """A client of the cluster at ``address``, or of a new LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if address == LOCAL:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def dask_shards(paths: list[str], client: Client, spool: str | Path) -> Iterator[Shard]:
    """Shards of ``paths`` in order, one Dask task per file.

    A shard that arrives before those of earlier files waits as a JSONL file in
    ``spool``, so the client holds no more than one shard's text at a time.
    """
    from distributed import as_completed

    futures = client.map(extract_shard, paths, key=[f"govkg-extract-{i}" for i in range(len(paths))],
                         pure=False)
    index = {f.key: i for i, f in enumerate(futures)}
    waiting: dict[int, Shard] = {}
    next_up = 0
    for future in as_completed(futures):
        shard: Shard = future.result()
        future.release()
        i = index[future.key]
        waiting[i] = _spill(shard, Path(spool), i)
        while next_up in waiting:
            yield _unspill(waiting.pop(next_up))
            next_up += 1


def _spill(shard: Shard, spool: Path, i: int) -> Shard:
    path = spool / f"{i:08d}.jsonl"
    path.write_text(shard.text, encoding="utf-8")
    shard.text = str(path)
    return shard


def _unspill(shard: Shard) -> Shard:
    path = Path(shard.text)
    shard.text = path.read_text(encoding="utf-8")
    path.unlink()
    return shard


def extract_to(paths: list[str | Path], out: TextIO, report: ExtractionReport, *, jobs: int = 1,
               dask: str | None = None, spool_dir: str | Path | None = None,
               progress: Progress | None = None) -> None:
    """Extract ``paths`` into ``out`` with ``jobs`` processes, or on Dask (address or ``LOCAL``).

    ``progress`` hears how far each file is done when extraction runs in this process.
    """
    files = [str(p) for p in expand_inputs(list(paths), report.errors)]
    if dask is None:
        write_shards(process_shards(files, jobs, progress), out, report)
        return
    client = dask_client(dask, workers=max(jobs, 1) if jobs > 1 else os.cpu_count() or 1)
    try:
        with tempfile.TemporaryDirectory(prefix="govkg-shards-", dir=spool_dir) as spool:
            write_shards(dask_shards(files, client, spool), out, report)
    finally:
        _close(client)


def _close(client: Any) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()
