"""Pictures of people: Graphviz DOT text and GraphML, with no extra dependency."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from namefold.resolve.people import Link, Person
    from namefold.resolve.resolution import Resolution

__all__ = ["link_label", "person_dot", "write_graphml"]


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def link_label(link: Link) -> str:
    """``0.94 surname romanization, given alias``: the score and the rules behind a link."""
    rules = [r.replace(": ", " ") for r in link.rules if not r.endswith((": absent", ": identical"))]
    return " ".join([f"{link.score:.2f}", ", ".join(rules)]).strip()


def person_dot(person: Person) -> str:
    """DOT text of one person: a node per spelling (with its mention count), an edge per link
    labelled with its score and the rules behind it.
    """
    lines = [
        f"graph {_quote(person.id)} {{",
        f"  label={_quote(f'{person.canonical} ({person.mentions} mentions)')};",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    for name, count in person.counts:
        bold = ", penwidth=2" if name == person.canonical else ""
        label = name + "\\n" + f"{count} mention" + ("" if count == 1 else "s")
        lines.append(f'  {_quote(name)} [label="{label}"{bold}];')
    for link in person.links:
        label = link_label(link)
        style = ", style=dashed" if link.relation.startswith("attach") else ""
        lines.append(f"  {_quote(link.a)} -- {_quote(link.b)} [label={_quote(label)}{style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _node_id(key: tuple[str, str]) -> str:
    text, source = key
    return f"{text} @ {source}" if source else text


def write_graphml(resolution: Resolution, path: str | os.PathLike[str]) -> None:
    """Write the resolution's match graph to ``path`` as GraphML (plain attributes only)."""
    canonical = {p.id: p.canonical for p in resolution.people}
    graph: nx.Graph[str] = nx.Graph()
    source_graph = resolution.graph
    for key in sorted(source_graph.nodes):
        node: dict[str, Any] = dict(source_graph.nodes[key])
        graph.add_node(
            _node_id(key),
            text=key[0],
            source=key[1],
            mentions=int(node["mentions"]),
            kind=str(node["kind"]),
            person=str(node["person"]),
            canonical=canonical[node["person"]],
        )
    for left, right in sorted(source_graph.edges()):
        data: dict[str, Any] = dict(source_graph.edges[left, right])
        graph.add_edge(
            _node_id(left),
            _node_id(right),
            score=float(data["score"]),
            relation=str(data["relation"]),
            rules="; ".join(f"{e.feature}: {e.rule}" for e in data["evidence"]),
        )
    nx.write_graphml(graph, os.fspath(path))
