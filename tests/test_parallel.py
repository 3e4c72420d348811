"""``govkg extract --jobs N`` and ``--dask``: the same bytes as one process, errors reported the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.cli import main
from graph_build.build import extract_facts
from graph_build.parallel import dask_client, dask_shards, write_shards
from graph_build.records import ExtractionReport
from tests.test_scale import NOTICE


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four gazettes of different lengths (so tasks finish out of order) and one file that is not text."""
    root = tmp_path_factory.mktemp("corpus")
    for k, notices in enumerate((40, 3, 25, 1)):
        text = "".join(NOTICE.format(n=100 * k + n, d=1 + n % 28) for n in range(1, notices + 1))
        (root / f"{k:02d}.txt").write_text(text, encoding="utf-8")
    (root / "02b.txt").write_bytes(b"\x00\x01binary")
    return root


def run(corpus: Path, out: Path, *options: str) -> tuple[int, bytes]:
    status = main(["extract", str(corpus), "-o", str(out), *options])
    return status, out.read_bytes()


def test_jobs_and_dask_write_the_same_bytes_as_one_process(corpus: Path, tmp_path: Path, capsys):
    status, one = run(corpus, tmp_path / "one.jsonl")
    single_err = capsys.readouterr().err
    assert status == 1  # the binary file is an error, the others are extracted
    assert one.count(b"\n") == 7 * (40 + 3 + 25 + 1)
    for options in (("--jobs", "2"), ("--dask", "--jobs", "2")):
        status, many = run(corpus, tmp_path / "many.jsonl", *options)
        assert status == 1
        assert many == one, options
        assert capsys.readouterr().err == single_err, options


def test_two_worker_local_cluster_runs_one_task_per_file(corpus: Path, tmp_path: Path):
    files = sorted(str(p) for p in corpus.iterdir())
    client = dask_client("local", workers=2)
    try:
        assert len(client.scheduler_info()["workers"]) == 2
        report = ExtractionReport()
        with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as out:
            write_shards(dask_shards(files, client, tmp_path), out, report)
        tasks = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    assert report.files == 4 and len(report.errors) == 1 and "02b.txt" in report.errors[0]
    assert "govkg-extract" in tasks
    assert list(tmp_path.glob("*.jsonl")) == [tmp_path / "out.jsonl"]  # spooled shards were merged and removed


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "x.txt", "--jobs", "0"])
    assert "not a positive number" in capsys.readouterr().err


def test_build_extracts_with_jobs_the_same_facts_and_report_as_one_process(corpus: Path):
    """``govkg build --jobs 2``: the rows the build resolves, and what it reports (files read, the one that could
    not be read, counts, rejections), are those of one process."""
    one, many = ExtractionReport(), ExtractionReport()
    single = extract_facts([corpus], one)
    assert extract_facts([corpus], many, jobs=2) == single
    assert many.as_dict() == one.as_dict()
    assert one.failed_sources == ["02b.txt"] and len(one.sources) == 4
    assert len(single) == 7 * (40 + 3 + 25 + 1)


def test_build_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["build", "x.txt", "--jobs", "0"])
    assert "not a positive number" in capsys.readouterr().err
