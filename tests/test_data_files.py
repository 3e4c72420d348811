"""The project's YAML files read the same with libyaml's fast parser as with PyYAML's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph_build.data_files import SAFE_LOADER, load_yaml

DATA = Path(__file__).resolve().parent.parent / "graph_build" / "data"


def test_the_fast_parser_is_the_one_used_where_pyyaml_has_it() -> None:
    assert yaml.__with_libyaml__  # (the wheels on PyPI carry libyaml: the project's install gets it)
    assert SAFE_LOADER is yaml.CSafeLoader


def test_every_vocabulary_reads_the_same_with_either_parser() -> None:
    files = sorted(DATA.glob("*.yml"))
    assert len(files) >= 10
    for path in files:
        with open(path, encoding="utf-8") as fh:
            assert load_yaml(path) == yaml.load(fh, Loader=yaml.SafeLoader), path.name


def test_a_yaml_file_gives_safe_values_only(tmp_path: Path) -> None:
    path = tmp_path / "words.yml"
    path.write_text("titles:\n  - 县长\n  - 副县长\nlevel: 3\n", encoding="utf-8")
    assert load_yaml(path) == {"titles": ["县长", "副县长"], "level": 3}
    path.write_text("danger: !!python/object/apply:os.getcwd []\n", encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError):  # (no Python object is built from a file)
        load_yaml(path)
