"""Odd inputs named on the command line: UTF-16 files, directories with nothing to read."""

from __future__ import annotations

from govkg.cli import main
from graph_build.source import read_source

NOTICE = "关于调整县防汛抗旱指挥部成员的通知\n\n稷政办发〔2023〕22号\n\n各乡（镇）人民政府：\n"


def test_utf16_with_a_bom_is_decoded(tmp_path):
    for name, bom, codec in (("le.txt", b"\xff\xfe", "utf-16-le"), ("be.txt", b"\xfe\xff", "utf-16-be")):
        (tmp_path / name).write_bytes(bom + NOTICE.replace("\n", "\r\n").encode(codec))
        src = read_source(tmp_path / name)
        assert src.text == NOTICE
        assert src.encoding == "utf-16"
        assert src.line_of(src.text.index("稷政办发")) == 3


def test_a_directory_with_nothing_readable_is_an_error(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("# not a gazette\n", encoding="utf-8")
    status = main(["extract", str(tmp_path), "-o", str(tmp_path / "facts.jsonl")])
    err = capsys.readouterr().err
    assert status != 0
    assert str(tmp_path) in err and "no readable" in err


def test_a_directory_named_like_a_text_file_is_an_error(tmp_path, capsys):
    odd = tmp_path / "x.txt"
    odd.mkdir()
    status = main(["extract", str(odd), "-o", str(tmp_path / "facts.jsonl")])
    err = capsys.readouterr().err
    assert status != 0
    assert "x.txt" in err and "directory" in err
