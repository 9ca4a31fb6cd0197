"""Drawing a person's spellings as SVG or PNG with matplotlib (extra ``namefold[draw]``)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import matplotlib as mpl

mpl.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx

from namefold.io.atomic import write_with
from namefold.io.export import link_label

if TYPE_CHECKING:
    from namefold.resolve.people import Person

__all__ = ["draw_person"]


def draw_person(person: Person, path: str | os.PathLike[str]) -> None:
    """Draw ``person``'s spellings (box per spelling, mention count) and the scored links between them.

    Solid edges join full names; dashed edges attach partial mentions. The layout is
    seeded, so the same person gives the same picture. The file is written all or nothing.
    """
    graph: nx.Graph[str] = nx.Graph()
    counts = dict(person.counts)
    graph.add_nodes_from(sorted(counts))
    for link in person.links:
        graph.add_edge(link.a, link.b, link=link)
    positions = nx.spring_layout(graph, seed=7, k=1.6 / max(len(graph), 1) ** 0.5)
    size = 4 + 1.2 * len(graph) ** 0.5
    figure, axes = plt.subplots(figsize=(size * 1.6, size))
    solid = [(a, b) for a, b, d in graph.edges(data=True) if not d["link"].relation.startswith("attach")]
    dashed = [(a, b) for a, b, d in graph.edges(data=True) if d["link"].relation.startswith("attach")]
    nx.draw_networkx_edges(graph, positions, edgelist=solid, ax=axes, edge_color="#4a6fa5", width=1.6)
    nx.draw_networkx_edges(graph, positions, edgelist=dashed, ax=axes, edge_color="#9aa5b1", style="dashed")
    labels = {n: f"{n}\n{counts[n]} mention{'s' * (counts[n] != 1)}" for n in graph}
    nx.draw_networkx_labels(
        graph,
        positions,
        labels=labels,
        ax=axes,
        font_size=9,
        bbox={"boxstyle": "round,pad=0.4", "fc": "#fdf6e3", "ec": "#586e75"},
    )
    edge_labels = {(a, b): link_label(d["link"]) for a, b, d in graph.edges(data=True)}
    nx.draw_networkx_edge_labels(graph, positions, edge_labels=edge_labels, ax=axes, font_size=7)
    axes.set_title(f"{person.canonical}: {person.mentions} mentions, {len(counts)} spellings")
    axes.margins(0.2)
    axes.axis("off")
    figure.tight_layout()
    try:
        write_with(path, figure.savefig)  # all or nothing; the format from the suffix
    finally:
        plt.close(figure)
