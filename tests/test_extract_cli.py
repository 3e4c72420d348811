"""`govkg extract -o`: an output that is one of the inputs is refused; the output appears whole or not at all."""

from __future__ import annotations

from govkg.cli import main

NOTICE = """稷山县人民政府办公室关于印发稷山县气象工作方案的通知

稷政办发〔2023〕40号

1.建设精密气象监测系统。（责任单位：县气象局、县市场监管局）
"""


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    src = tmp_path / "notice.txt"
    src.write_text(NOTICE, encoding="utf-8")
    assert main(["extract", str(src), "-o", str(src)]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == NOTICE


def test_an_output_inside_an_input_directory_under_another_spelling_is_refused(tmp_path, capsys):
    src = tmp_path / "notice.txt"
    src.write_text(NOTICE, encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "." / "notice.txt")]) == 2
    assert src.read_text(encoding="utf-8") == NOTICE


def test_the_output_is_written_whole_with_no_temporary_file_left(tmp_path):
    src = tmp_path / "in" / "notice.txt"
    src.parent.mkdir()
    src.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out" / "facts.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") >= 2
    assert sorted(p.name for p in out.parent.iterdir()) == ["facts.jsonl"]
