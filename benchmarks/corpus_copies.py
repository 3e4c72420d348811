"""A large corpus made from the demo texts: N copies with counties, people and 文号 renamed.

    python benchmarks/corpus_copies.py ../shared/corpus var/bench-corpus --copies 100

Copy 0 is the demo corpus as it is (so the named queries' example parameters
still answer); copy k > 0 renames every county (its name without the level
word, wherever it is written), every person that extraction finds, and the
sequence number of every 文号 (kept to four digits), each to a name made up for that copy. Names are
taken from what extraction finds, never from a list of places or people, so
resolution and loading do real work on every copy: no copy merges into another.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from graph_build.pipeline import Extractor
from graph_build.records import ExtractionReport
from graph_build.source import expand_paths, read_source

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红梅鹏飞斌宇浩凯俊帆晨阳瑞博文亮志成新春海波国庆东"
PLACE = "安宁和平丰泰康华兴永定远昌盛嘉禾清河阳明广德长乐新源富民顺义宜川临江青云吉祥金城瑞丰德化宏业"
COUNTY = re.compile(r"([\u4e00-\u9fff]{2,4})(县|区|旗)(?:人民政府|委|政府)")
DOC_SEQ = re.compile(r"([〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*)(\d{1,4})(\s*号)")


def _pick(pool: str, seed: str, n: int) -> str:
    digest = hashlib.sha1(seed.encode("utf-8")).digest()
    return "".join(pool[digest[i] % len(pool)] for i in range(n))


def names_in(paths: list[Path]) -> tuple[set[str], set[str]]:
    """County stems (``某某`` of ``某某县人民政府``) and person names that extraction finds in the files."""
    counties: set[str] = set()
    people: set[str] = set()
    report = ExtractionReport()
    for fact in Extractor().run(paths, report):
        row = fact.to_json()
        if isinstance(row.get("person"), str) and 2 <= len(row["person"]) <= 4:
            people.add(row["person"])
        for m in COUNTY.finditer(row.get("doc_title") or ""):
            counties.add(m.group(1))
    return counties, people


def shifted(seq: int, copy_no: int) -> int:
    """A 文号's sequence number in copy ``copy_no``: still 1 to 9999, as a 文号 is written (a five-digit number
    reads as no 文号, and the notice is not found), and distinct for distinct numbers of one copy."""
    return (seq + 100 * copy_no - 1) % 9999 + 1


def renamer(counties: set[str], people: set[str], copy_no: int) -> Callable[[str], str]:
    table = {c: _pick(PLACE, f"county:{copy_no}:{c}", len(c)) for c in counties}
    table.update({p: _pick(SURNAMES, f"s:{copy_no}:{p}", 1) + _pick(GIVEN, f"g:{copy_no}:{p}", len(p) - 1)
                  for p in people})
    pattern = re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))

    def rename(text: str) -> str:
        text = pattern.sub(lambda m: table[m.group()], text)
        return DOC_SEQ.sub(lambda m: f"{m.group(1)}{shifted(int(m.group(2)), copy_no)}{m.group(3)}", text)

    return rename


def make_copies(sources: list[str | Path], out_dir: str | Path, copies: int) -> list[Path]:
    """Write ``copies`` renamed copies of the files into ``out_dir`` (kept if already there). Returns the files."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = expand_paths(list(sources))
    texts = {p: read_source(p).text for p in paths}
    counties, people = names_in(paths)
    written = []
    for k in range(copies):
        rename = renamer(counties, people, k) if k else (lambda t: t)
        for p in paths:
            target = out / f"c{k:04d}_{p.name}"
            if not target.exists():
                target.write_text(rename(texts[p]), encoding="utf-8")
            written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    files = make_copies([args.source], args.out, args.copies)
    print(f"{len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
