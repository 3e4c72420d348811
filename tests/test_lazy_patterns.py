"""A pattern compiled when a text first needs it answers as the compiled pattern does."""

from __future__ import annotations

import re

from graph_build.extractors import appointments
from graph_build.patterns import LazyPattern


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


def test_every_lazy_pattern_of_the_appointments_reader_compiles() -> None:
    # (a mistake in a lazy pattern shows only when a text first needs it: compile them all here)
    lazies = [v for v in vars(appointments).values() if isinstance(v, LazyPattern)]
    assert len(lazies) > 50
    assert all(isinstance(LazyPattern(p.pattern, p.flags).compiled(), re.Pattern) for p in lazies)
