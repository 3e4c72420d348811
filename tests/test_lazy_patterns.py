"""A pattern compiled when a text first needs it answers as the compiled pattern does; importing the extraction
pipeline compiles next to nothing (the start-up of ``govkg extract`` paid for every module-level pattern)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import graph_build
from graph_build.patterns import LazyPattern

ROOT = Path(__file__).resolve().parent.parent


def test_a_lazy_pattern_compiles_on_first_use_and_answers_like_the_compiled_one() -> None:
    source = r"(?P<name>[\u4e00-\u9fff]{2,3})任(?P<post>[^，。]+)"
    lazy, eager = LazyPattern(source), re.compile(source)
    assert "search" not in vars(lazy)  # nothing compiled at import
    text = "张一任县财政局局长，李二任县教育局局长。"
    assert lazy.search(text).groupdict() == eager.search(text).groupdict()
    assert "search" in vars(lazy)  # the compiled pattern's own methods from now on
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("X", text) == eager.sub("X", text)
    assert lazy.fullmatch("张一任县长") is not None and lazy.match("县长") is None
    assert lazy.pattern == source


def _modules() -> list[object]:
    names = [m.name for m in pkgutil.walk_packages(graph_build.__path__, "graph_build.")]
    return [importlib.import_module(name) for name in names]


def test_every_lazy_pattern_of_every_module_compiles() -> None:
    # (a mistake in a lazy pattern shows only when a text first needs it: compile them all here)
    lazies = {(module.__name__, name): value for module in _modules() for name, value in vars(module).items()
              if isinstance(value, LazyPattern)}
    assert len(lazies) > 400
    for (module, name), lazy in lazies.items():
        assert isinstance(LazyPattern(lazy.pattern, lazy.flags).compiled(), re.Pattern), f"{module}.{name}"


_COUNT_COMPILES = """
import re, sys
compiled = []
plain = re._compile
def counting(pattern, flags):
    if isinstance(pattern, str):
        caller = sys._getframe(1)
        while caller.f_code.co_filename == re.__file__:  # (re.compile, re.sub, ...: their caller)
            caller = caller.f_back
        compiled.append(caller.f_code.co_filename)
    return plain(pattern, flags)
re._compile = counting
import govkg.cli, graph_build.parallel, graph_build.pipeline
print(sum("graph_build" in f or "govkg" in f for f in compiled))
"""


def test_importing_the_extraction_pipeline_compiles_next_to_no_pattern() -> None:
    # 383 module-level patterns compiled at import took about 0.2 s of every ``govkg extract``'s start-up;
    # lazy, they compile when a text first needs them (a one-line file needs few)
    out = subprocess.run([sys.executable, "-c", _COUNT_COMPILES], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert int(out.stdout.strip()) <= 20
