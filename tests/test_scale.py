"""One large file: facts, memory and progress grow with the file, not faster (speed itself: benchmarks/).

The gazette here is made of one short notice repeated with its own 文号, so a
file of k notices must give k times the facts, hold memory in proportion to
its size, and report progress notice by notice up to its end.
"""

from __future__ import annotations

import io
import sys
import tracemalloc

from govkg.progress import FileProgress
from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.source import SourceText

NOTICE = """县人民政府办公室关于成立第{n}项重点工作领导小组的通知
县政办发〔2023〕{n}号
各乡镇人民政府，县直各有关单位：
为加快推进第{n}项重点工作，经县人民政府研究，决定成立领导小组，组成人员如下：
组  长：张三  县委副书记、政府县长
副组长：李四  县政府副县长
成  员：王五  县水利局局长
        赵六  县财政局局长
领导小组办公室设在县水利局，王五同志兼任办公室主任。
县财政局负责落实工作经费，县水利局牵头负责项目推进。
县人民政府办公室
2023年3月{d}日
"""


def gazette(notices: int) -> SourceText:
    text = "".join(NOTICE.format(n=n, d=1 + n % 28) for n in range(1, notices + 1))
    return SourceText.from_string("gazette.txt", text)


def peak_memory(extractor: Extractor, source: SourceText) -> tuple[int, int]:
    """(facts, peak bytes allocated while extracting ``source``)."""
    tracemalloc.start()
    try:
        facts = len(extractor.facts_from_source(source))
        return facts, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def function_calls(extractor: Extractor, source: SourceText) -> int:
    """Python function calls made while extracting ``source``: work, counted without a clock."""
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        extractor.facts_from_source(source)
    finally:
        sys.setprofile(None)
    return calls


def test_work_grows_linearly_with_the_file():
    extractor = Extractor()
    extractor.facts_from_source(gazette(5))
    small, large = function_calls(extractor, gazette(40)), function_calls(extractor, gazette(320))
    assert large <= 8.5 * small  # 8x the notices: 8x the work, not 64x


# A personnel notice with an acting appointment: each asks what the text told of it before (news tells it first).
ACTING = """县人民政府关于王五等同志职务任免的通知
县政任〔2023〕{n}号
各乡镇人民政府，县直各有关单位：
经县人民政府研究决定：
任命王五为县水利局局长；
决定赵六为县财政局代理局长。
县人民政府
2023年3月{d}日
"""


def test_notices_that_look_at_the_text_before_them_stay_linear():
    extractor = Extractor()

    def acting(notices: int) -> SourceText:
        return SourceText.from_string("acting.txt", "".join(ACTING.format(n=n, d=1 + n % 28)
                                                           for n in range(1, notices + 1)))

    assert len(extractor.facts_from_source(acting(5))) == 3 * 5  # a document and two appointments per notice
    small, large = function_calls(extractor, acting(20)), function_calls(extractor, acting(160))
    assert large <= 8.5 * small  # not a reading of every block before each notice


def test_the_genre_of_a_text_is_looked_for_once_per_file(monkeypatch):
    from graph_build.extractors import portfolios

    asked: list[object] = []
    original = portfolios.names_genre
    monkeypatch.setattr(portfolios, "names_genre", lambda layout: asked.append(layout) or original(layout))
    Extractor().facts_from_source(gazette(30))
    assert len(asked) == 1  # 30 notices, one search of the whole text


def test_memory_grows_in_proportion_to_the_file():
    extractor = Extractor()
    extractor.facts_from_source(gazette(5))  # patterns and caches built outside the measurement
    small, large = gazette(50), gazette(400)
    facts_small, peak_small = peak_memory(extractor, small)
    facts_large, peak_large = peak_memory(extractor, large)
    assert facts_large == 8 * facts_small == 8 * 7 * 50
    # 8x the text may take up to 10x the memory (fixed costs aside), never 64x (a quadratic pass)
    assert peak_large <= 10 * peak_small
    # and a bounded number of bytes per character of input
    assert peak_large <= 100 * len(large.text)


def test_progress_is_reported_notice_by_notice_up_to_the_end():
    heard: list[tuple[str, int, int]] = []
    source = gazette(30)
    Extractor(progress=lambda name, done, total: heard.append((name, done, total))).facts_from_source(source)
    assert len(heard) == 30
    assert {(name, total) for name, _, total in heard} == {("gazette.txt", len(source.text))}
    done = [d for _, d, _ in heard]
    assert done == sorted(done) and done[-1] == len(source.text)


def test_progress_line_is_quiet_for_short_files_and_speaks_for_long_ones():
    out = io.StringIO()
    progress = FileProgress(out, after=0.0, every=0.0)
    progress("big.txt", 50, 100)
    progress("big.txt", 100, 100)
    lines = out.getvalue().splitlines()
    assert [line.split(",")[0] for line in lines] == ["big.txt: 50% of 0.0 M characters"] * 1 + [
        "big.txt: 100% of 0.0 M characters"
    ]
    quiet = io.StringIO()
    short = FileProgress(quiet, after=60.0)
    short("small.txt", 10, 100)
    short("small.txt", 100, 100)
    assert quiet.getvalue() == ""


def test_every_name_is_resolved_in_one_fit_per_county(corpus_dir, extractor, monkeypatch):
    """Building rows never refits a county: a name first met while building (a task's 责任人, a sub-group's parent
    body) would refit the whole county, once per such name, and resolution would grow with names × names."""
    from graph_build.build import document_rows
    from graph_build.resolve.resolver import Resolver

    facts = [f.to_json() for f in extractor.run([corpus_dir], ExtractionReport())]
    fits: list[str] = []
    original = Resolver._fit_county
    monkeypatch.setattr(Resolver, "_fit_county", lambda self, county: fits.append(county) or original(self, county))
    documents, _ = document_rows(facts)
    assert documents and any(f.get("persons") for f in facts) and any("/" in f.get("body", "") for f in facts)
    assert sorted(fits) == sorted(set(fits))  # each county fitted once
