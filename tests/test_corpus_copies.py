"""The benchmarks' large corpus (benchmarks/corpus_copies.py): every renamed copy of a gazette holds as many
notices as the gazette, however many copies are made (a 文号 renamed to five digits is no 文号, and its notice
would be lost in the copies, and with it the work the benchmark means to measure)."""

from __future__ import annotations

import sys
from pathlib import Path

from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus_copies import make_copies, shifted

GAZETTE = "\n\n".join(f"""县人民政府办公室关于成立第{n}项重点工作领导小组的通知
县政办发〔2023〕{n * 37}号
各乡镇人民政府，县直各有关单位：
为加快推进第{n}项重点工作，决定成立领导小组，组成人员如下：
组  长：张三  县委副书记、政府县长
成  员：王五  县水利局局长
县人民政府办公室
2023年3月{n}日""" for n in range(1, 6))


def test_a_shifted_sequence_number_keeps_four_digits_and_stays_distinct():
    for copy_no in (0, 1, 10, 99, 150):
        numbers = [shifted(seq, copy_no) for seq in range(1, 1000)]
        assert all(1 <= n <= 9999 for n in numbers)
        assert len(set(numbers)) == len(numbers)
    assert shifted(20, 0) == 20


def test_the_hundredth_copy_holds_as_many_notices_as_the_original(tmp_path):
    source = tmp_path / "in" / "gazette.txt"
    source.parent.mkdir()
    source.write_text(GAZETTE, encoding="utf-8")
    copies = make_copies([source], tmp_path / "out", 100)
    extractor = Extractor()

    def documents(path: Path) -> list[str]:
        facts = [f.to_json() for f in extractor.run([path], ExtractionReport())]
        return [f["doc_number"] for f in facts if f["type"] == "document"]

    original, last = documents(copies[0]), documents(copies[-1])
    assert len(original) == 5 and len(last) == 5
    assert set(original).isdisjoint(last)
