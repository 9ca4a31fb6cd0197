"""DOT and GraphML under hostile names (issue 20): every label and attribute is escaped, so
no name changes the file's structure, and the names read back exactly."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest

from namefold import resolve
from namefold.io.export import escape, unescape

HOSTILE = [
    'Ivan Ivanov", image="/etc/passwd',
    "Ivan\x01 Ivanov",
    "Ivan\nIvanov",
    "Ivan\r\nIvanov",
    "Ivan <b>Ivanov</b> &amp;",
    "Ivan \\N Ivanov \\",
    "Iva\ud800n Ivanov",
    "Ivan\ufffe Ivanov\x7f",
]

# a DOT quoted string: a quote, then escaped quotes or other characters, then a quote
_QUOTED = re.compile(r'"((?:\\.|[^"\\])*)"')


def _dot_strings(statement: str) -> list[str]:
    """The quoted strings of a DOT statement, with DOT's escaped quote read back."""
    return [found.replace('\\"', '"') for found in _QUOTED.findall(statement)]


@pytest.mark.parametrize("name", HOSTILE, ids=range(len(HOSTILE)))
def test_dot_holds_a_hostile_name_in_its_quotes(name: str) -> None:
    """Each node statement is one quoted id and a label: no attribute comes from the name;
    the id reads back as the name (our escapes undone)."""
    person = resolve([name]).people[0]
    dot = person.to_dot()
    node_lines = [line for line in dot.splitlines() if line.startswith('  "') and " -- " not in line]
    assert len(node_lines) == 1
    line = node_lines[0]
    outside = _QUOTED.sub("S", line)  # the statement with every quoted string replaced
    assert outside in ("  S [label=S];", "  S [label=S, penwidth=2];")
    node_id = _dot_strings(line)[0]
    assert unescape(node_id.replace("\\n", "\n")) == name
    assert "\r" not in dot
    assert "\x01" not in dot


def test_graphml_round_trips_hostile_names(tmp_path: Path) -> None:
    """networkx reads the file back, and every text attribute unescapes to the name."""
    source = "doc \x02 <1>"
    res = resolve([(name, source) for name in [*HOSTILE, "Ivanov"]])
    path = tmp_path / "g.graphml"
    res.to_graphml(path)
    graph = nx.read_graphml(path)
    texts = sorted(unescape(data["text"]) for _, data in graph.nodes(data=True))
    assert texts == sorted([*HOSTILE, "Ivanov"])
    for _, data in graph.nodes(data=True):
        assert unescape(data["canonical"]) == res.person(unescape(data["person"])).canonical
        assert unescape(data["source"]) == (source if data["kind"] == "surname" else "")


def test_escape_is_read_back_by_unescape() -> None:
    for name in [*HOSTILE, "Лукашэнка", "plain", "\\x01 is not a control character"]:
        assert unescape(escape(name)) == name
    assert escape("a\\x01") == "a\\\\x01"


def test_a_graphml_write_that_fails_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.graphml"
    resolve(["Ivan Ivanov"]).to_graphml(path)
    before = path.read_bytes()

    def half_written(graph: object, target: str) -> None:
        Path(target).write_text("<?xml version=", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nx, "write_graphml", half_written)
    with pytest.raises(OSError, match="No space left"):
        resolve(["Maria Kalesnikava"]).to_graphml(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
