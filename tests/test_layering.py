"""The package's layout is its pipeline: imports run one way, from higher layers to lower ones."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import namefold

PACKAGE = Path(namefold.__file__).parent

# Lowest first. A module may import, at run time, only from a lower layer or its own package.
LAYERS = (
    ("errors",),
    ("engine",),
    ("data",),
    ("text",),
    ("names",),
    ("keys",),
    ("compare",),
    ("io",),
    ("resolve",),
    ("extract",),
    ("testing",),
    ("__init__", "__main__", "cli", "strategies", "dask"),
)
LAYER_OF = {part: rank for rank, parts in enumerate(LAYERS) for part in parts}

# Imports inside a function: only of an optional extra, loaded when a command needs it.
LAZY_IMPORTS = {("cli.commands", "namefold.io.draw"), ("cli.resolving", "namefold.cli.on_dask")}


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name below ``namefold`` (``resolve.index``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _runtime_imports(path: Path) -> list[tuple[str, bool]]:
    """``(namefold module imported, inside a function)`` for each import that runs."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("namefold"):
            if node.module == "namefold":
                found.extend((f"namefold.{alias.name}", in_function) for alias in node.names)
            else:
                found.append((node.module, in_function))
        elif isinstance(node, ast.Import):
            found.extend((a.name, in_function) for a in node.names if a.name.startswith("namefold"))
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def _layer(module: str) -> int:
    return LAYER_OF[module.split(".")[0]]


def _import_graph() -> nx.DiGraph[str]:
    modules = _modules()
    graph: nx.DiGraph[str] = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        for target, _ in _runtime_imports(path):
            short = target.removeprefix("namefold").lstrip(".") or "__init__"
            if short in modules and short != name:
                graph.add_edge(name, short)
    return graph


def test_every_module_has_a_layer() -> None:
    """A new package must be placed in LAYERS before it is used."""
    assert {name.split(".")[0] for name in _modules()} <= set(LAYER_OF)


def test_imports_run_down_the_layers() -> None:
    """No module imports, at run time, from a higher layer (types only under TYPE_CHECKING)."""
    upward = [
        (name, target)
        for name, target in _import_graph().edges
        if name != "__init__" and _layer(target) > _layer(name)
    ]
    assert upward == []


def test_no_import_cycle() -> None:
    """Not between packages, not between the modules of one package."""
    graph = _import_graph()
    assert list(nx.simple_cycles(graph)) == []
    packages: nx.DiGraph[str] = nx.DiGraph()
    for name, target in graph.edges:
        if name.split(".")[0] != target.split(".")[0]:
            packages.add_edge(name.split(".")[0], target.split(".")[0])
    assert list(nx.simple_cycles(packages)) == []


def test_imports_inside_functions_are_only_optional_extras() -> None:
    """An import inside a function hides a dependency; only an optional extra may be loaded so."""
    lazy = {
        (name, target)
        for name, path in _modules().items()
        for target, in_function in _runtime_imports(path)
        if in_function
    }
    assert lazy == LAZY_IMPORTS


def _owners() -> dict[str, set[str]]:
    """Third-party top-level packages and the modules that import them."""
    owners: dict[str, set[str]] = {}
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported = [node.module]
            else:
                continue
            for module in imported:
                owners.setdefault(module.split(".")[0], set()).add(name)
    return owners


@pytest.mark.parametrize(
    ("library", "modules"),
    [
        ("unidecode", {"text.normalize"}),
        ("jellyfish", {"compare.given", "compare.score", "compare.surname", "keys.phonetic"}),
        ("networkx", {"io.draw", "io.export", "resolve.resolution"}),
        ("matplotlib", {"io.draw"}),
        ("hypothesis", {"strategies"}),
        ("pyarrow", {"io.frames"}),
        ("dask", {"dask", "cli.on_dask"}),
    ],
)
def test_third_party_libraries_each_live_in_their_modules(library: str, modules: set[str]) -> None:
    """Each dependency is used where its job is: unidecode in the normalizer, and so on."""
    assert _owners()[library] == modules


def test_import_pulls_in_no_optional_module() -> None:
    """``import namefold`` loads neither an optional extra nor the command line or test tools."""
    code = "import sys, namefold; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    unwanted = {
        "hypothesis",
        "matplotlib",
        "namefold.cli",
        "namefold.io.draw",
        "namefold.io.records",
        "namefold.strategies",
        "namefold.testing.synthetic",
        "dask",
        "distributed",
        "namefold.dask",
        "pandas",
        "polars",
        "pyarrow",
    }
    assert loaded & unwanted == set()
