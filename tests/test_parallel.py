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


def test_an_extractor_that_fails_on_one_notice_loses_that_part_only_and_names_file_and_line(tmp_path: Path):
    from types import SimpleNamespace

    from graph_build.extractors import documents, rosters
    from graph_build.parallel import extract_shard
    from graph_build.pipeline import Extractor

    def fails_on_the_second(notice, ctx):
        if "第二" in notice.text:
            raise ValueError("a fault")
        return iter(())

    faulty = SimpleNamespace(__name__="graph_build.extractors.faulty", extract=fails_on_the_second)
    gazette = tmp_path / "g.txt"
    gazette.write_text("某县人民政府关于第一件事的通知\n某政发〔2023〕1号\n各乡镇：\n现通知如下。\n某县人民政府\n2023年5月6日\n"
                       "某县人民政府关于第二件事的通知\n某政发〔2023〕2号\n各乡镇：\n现通知如下。\n某县人民政府\n2023年5月8日\n",
                       encoding="utf-8")
    extractor = Extractor(extractors=(documents, faulty, rosters))
    report = ExtractionReport()
    numbers = {f.doc_number for f in extractor.run([gazette], report)}
    assert numbers == {"某政发〔2023〕1号", "某政发〔2023〕2号"}  # both documents kept, the faulty part alone lost
    assert report.errors == ["g.txt:7: the faulty extractor failed on the text from this line (ValueError: a fault); "
                             "its other facts are kept"]
    assert report.faulted_sources == ["g.txt"] and report.failed_sources == []  # (a prune keeps what it held)
    shard = extract_shard(str(gazette), extractor)  # (a worker's task reports the same)
    assert shard.faults == report.errors and shard.error is None
    with pytest.raises(ValueError):  # (no report to hear it: the fault is raised)
        extractor.facts_from_text(gazette.read_text(encoding="utf-8"))
