"""The house keeps its shape: no import cycles, and nothing imports from a higher layer.

The import graph is read from the source with ``ast`` (no module is executed). Every import
counts, also one inside a function (a function-local import only hides a cycle, it does not
remove it); only imports under ``if TYPE_CHECKING:`` are left out, they never run.

Layer order (ARCHITECTURE.md): io ← model ← rules/forms ← scoring ← scan ← export/render ← cli,
with the shared basics (constants, errors, text, atomic) and config below everything.

``KNOWN_VIOLATIONS`` lists the imports that break this today, each with who removes it. When an
import is gone, ``test_known_violations_are_still_real`` fails: delete its entry then.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = "optopscan"
ROOT = Path(__file__).parents[1] / PACKAGE

#: Lowest layer first. A module belongs to the layer of the longest prefix listed here
#: (``optopscan.rules.bouwjaar`` → ``optopscan.rules``). A module may import from its own
#: layer and any layer before it, never from a layer after it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "basis",
        (
            "optopscan",
            "optopscan.constants",
            "optopscan.errors",
            "optopscan.text",
            "optopscan.atomic",
            "optopscan.columns",
        ),
    ),
    ("config", ("optopscan.config",)),
    ("io", ("optopscan.io", "optopscan.provenance", "optopscan.inputs")),
    ("model", ("optopscan.model",)),
    ("rules/forms", ("optopscan.rules", "optopscan.forms", "optopscan.potential")),
    ("scoring", ("optopscan.scoring", "optopscan.financieel", "optopscan.explain")),
    ("scan", ("optopscan.scan", "optopscan.result")),
    (
        "export/render/engine",
        (
            "optopscan.export",
            "optopscan.grid",
            "optopscan.qgis",
            "optopscan.report",
            "optopscan.render",
            "optopscan.engine",
        ),
    ),
    ("cli", ("optopscan.cli", "optopscan.__main__")),
    # the sample generator only writes files; nothing in the runtime path may import it
    ("tools", ("optopscan.synthetic", "optopscan.synthetic_ahn")),
)

ROOT_PACKAGE = "optopscan"

#: (importer, imported) → who removes it. Delete an entry once its import is gone.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}


def module_name(path: Path, root: Path = ROOT) -> str:
    """``optopscan/rules/base.py`` → ``optopscan.rules.base``; a package's ``__init__`` is the package."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(p, root): p for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """All import statements under ``node`` (functions included), except ``if TYPE_CHECKING:`` bodies."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _import_nodes_of(other)
            continue
        yield from _import_nodes_of(child)


def _import_nodes_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    yield from _import_nodes(node)


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The package module ``name`` refers to: itself, else its nearest listed parent."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Package modules imported by ``name`` (``from pkg import sub`` counts as importing ``pkg.sub``)."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        for target in targets:
            resolved = _resolve(target, modules) if target.split(".")[0] == PACKAGE else None
            if resolved is not None and resolved != name:
                found.add(resolved)
    return found


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → package modules it imports."""
    modules = package_modules(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def layer_of(module: str) -> int | None:
    """Index in LAYERS of the longest matching prefix, None when no layer lists it."""
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            # the package root names only itself (its __init__), not every module below it
            nested = module.startswith(prefix + ".") and prefix != ROOT_PACKAGE
            if (module == prefix or nested) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    return None if best is None else best[1]


def upward_imports(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(importer, imported) pairs where the imported module sits in a higher layer."""
    bad = set()
    for importer, targets in graph.items():
        for target in targets:
            low, high = layer_of(importer), layer_of(target)
            if low is not None and high is not None and high > low:
                bad.add((importer, target))
    return bad


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def without_known(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph minus the imports listed in KNOWN_VIOLATIONS."""
    return {m: {t for t in targets if (m, t) not in KNOWN_VIOLATIONS} for m, targets in graph.items()}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


# --- the guard itself -------------------------------------------------------------------------


def test_no_import_cycles(graph):
    found = cycles(without_known(graph))
    assert not found, "import-cycli (verwijder een van de imports, of zet gedeelde code een laag lager): " + "; ".join(
        " ↔ ".join(c) for c in found
    )


def test_nothing_imports_from_a_higher_layer(graph):
    bad = sorted(upward_imports(without_known(graph)))
    names = [name for name, _ in LAYERS]
    assert not bad, (
        "imports tegen de lagen in ("
        + " ← ".join(names)
        + "): "
        + "; ".join(f"{a} ({names[layer_of(a) or 0]}) importeert {b} ({names[layer_of(b) or 0]})" for a, b in bad)
    )


def test_every_module_has_a_layer(graph):
    missing = sorted(m for m in graph if layer_of(m) is None)
    assert not missing, f"modules zonder laag; zet ze in LAYERS in {Path(__file__).name}: {missing}"


def test_known_violations_are_still_real(graph):
    gone = [pair for pair in KNOWN_VIOLATIONS if pair[1] not in graph.get(pair[0], set())]
    assert not gone, f"deze imports bestaan niet meer; haal ze uit KNOWN_VIOLATIONS: {gone}"


# --- the checker catches what it should (built on small graphs, not the package) --------------


def test_cycle_finder_finds_a_three_module_cycle_and_ignores_a_chain():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_layer_check_flags_model_importing_a_rule_but_not_a_rule_importing_model():
    graph = {"optopscan.model.x": {"optopscan.rules.y"}, "optopscan.rules.y": {"optopscan.model.x"}}
    assert upward_imports(graph) == {("optopscan.model.x", "optopscan.rules.y")}


def test_longest_prefix_decides_the_layer():
    names = [name for name, _ in LAYERS]
    assert names[layer_of("optopscan.rules.bouwjaar") or 0] == "rules/forms"
    assert names[layer_of("optopscan") or 0] == "basis"
    assert names[layer_of("optopscan.io.common") or 0] == "io"
    assert layer_of("elders.module") is None


def test_function_local_imports_count_and_type_checking_imports_do_not(tmp_path):
    pkg = tmp_path / PACKAGE
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from . import leaf\n")
    (pkg / "sub" / "leaf.py").write_text("")
    (pkg / "a.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from optopscan import b\n"
        "else:\n    import optopscan.c\n"
        "def f():\n    from optopscan.sub import leaf\n    from .d import thing\n"
    )
    for name in ("b", "c", "d"):
        (pkg / f"{name}.py").write_text("")
    built = import_graph(pkg)
    assert built["optopscan.a"] == {"optopscan.c", "optopscan.sub.leaf", "optopscan.d"}
    assert built["optopscan.sub"] == {"optopscan.sub.leaf"}
