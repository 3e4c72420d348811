"""Reading files: encodings are detected, bad input is refused with the file and line named."""

from __future__ import annotations

import pytest

from govkg.cli import main
from graph_build.source import SourceError, SourceText, decode, read_source

NOTICE = "稷山县人民政府办公室关于印发稷山县地震应急预案的通知\n\n稷政办发〔2023〕22号\n\n各乡（镇）人民政府：\n"


def test_utf8_and_gb18030_are_detected(tmp_path):
    (tmp_path / "u.txt").write_bytes(NOTICE.encode("utf-8"))
    (tmp_path / "g.txt").write_bytes(NOTICE.encode("gb18030"))
    u, g = read_source(tmp_path / "u.txt"), read_source(tmp_path / "g.txt")
    assert u.text == g.text == NOTICE
    assert (u.encoding, g.encoding) == ("utf-8", "gb18030")


def test_utf8_bom_and_crlf_are_normalised(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + NOTICE.replace("\n", "\r\n").encode("utf-8"))
    src = read_source(tmp_path / "b.txt")
    assert src.text == NOTICE
    assert src.line_of(src.text.index("稷政办发")) == 3


def test_empty_file_is_refused():
    with pytest.raises(SourceError, match="empty"):
        decode(b"  \n\n", "empty.txt")


def test_binary_file_is_refused_with_its_line():
    with pytest.raises(SourceError) as err:
        decode(b"line one\nline two\x00\x01\x02", "image.png")
    assert err.value.line == 2
    assert "image.png:2" in str(err.value)


def test_undecodable_bytes_name_the_line():
    with pytest.raises(SourceError) as err:
        decode("第一行\n".encode() + b"\x81\x30\xff\xff", "broken.txt")
    assert err.value.line == 2


def test_cli_extracts_good_files_and_fails_on_bad_ones(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(NOTICE + "\n稷山县人民政府办公室\n\n2023年8月7日\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "facts.jsonl"
    status = main(["extract", str(tmp_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert "bad.txt" in err and "not a text file" in err
    assert '"doc_number": "稷政办发〔2023〕22号"' in out.read_text(encoding="utf-8")


def test_cli_output_is_deterministic(tmp_path):
    (tmp_path / "a.txt").write_text(NOTICE + "\n稷山县人民政府办公室\n\n2023年8月7日\n", encoding="utf-8")
    main(["extract", str(tmp_path), "-o", str(tmp_path / "1.jsonl")])
    main(["extract", str(tmp_path), "-o", str(tmp_path / "2.jsonl")])
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()


def test_mirror_pinyin_glosses_are_removed_when_text_is_read():
    src = SourceText.from_string("g.txt", "協助縣長負(fù)責(zé)區(qū)域發(fā)展。\n分管縣發(fā)改局(2023年)")
    assert src.text == "協助縣長負責區域發展。\n分管縣發改局(2023年)"
    assert src.line_of(src.text.index("分管")) == 2


def test_the_spaces_an_ocr_program_put_between_words_and_marks_are_removed_when_text_is_read():
    spaced = ("各乡 （ 镇 ） 人民政府 ， 县直有关单位 ：\n    经县人民政府研究 ， 决定 ：\n    任命 :\n"
              "    杨 立 新 为县财政局副局长 （ 试用期一年 ） ;\n    组  长 ： 何 长 林  县委副书记 、 县长\n"
              "    以上同志任职时间从 2015 年 1 月起计算 。\n")
    src = SourceText.from_string("s.txt", spaced)
    assert src.text.splitlines()[3] == "    杨立新为县财政局副局长（试用期一年）;"
    assert src.text.splitlines()[4] == "    组  长：何长林  县委副书记、县长"  # (two spaces: a gap between cells)
    assert "从2015年1月起计算。" in src.text and src.line_of(src.text.index("以上")) == 6
    # A text typed by hand keeps its spaces: a padded name, a title spaced out, a table of single spaces
    typed = "县 长 王 润 主持县政府全面工作。\n1 王小明 男 县财政局副局长\n" * 3
    assert SourceText.from_string("t.txt", typed).text == typed


def test_no_break_spaces_a_wrong_code_page_wrote_as_question_marks_are_spaces_again() -> None:
    # only on lines indented by ``??``; a half-width question mark elsewhere stays; offsets hold
    text = "??组长:张三?县长??李四?副县长\n是否需要?请回答\n"
    source = SourceText.from_string("q.txt", text)
    assert source.text == "  组长:张三 县长  李四 副县长\n是否需要?请回答\n"
