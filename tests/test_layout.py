"""The floor plan: stage packages import one way, each says what it offers, and the README's
layout table names every module there is."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from geo.config import ROOT

# What each part of the code may import from this project. Events are handed their mentions
# (they never geoparse), the store only stores and reads (it never merges), layers draw
# what the store holds (they never run the pipeline).
TOP = "top"  # geo/*.py: config, errors, records, text, fileio, articles (cli is apart)
ALLOWED = {
    TOP: {TOP},
    "gazetteer": {TOP, "gazetteer"},
    "places": {TOP, "gazetteer", "places"},
    "events": {TOP, "events"},
    "store": {TOP, "store"},
    "pipeline": {TOP, "gazetteer", "places", "events", "store", "pipeline"},
    "cli": {TOP, "gazetteer", "places", "events", "store", "pipeline", "cli"},
    "layers": {TOP, "events", "store", "layers"},
}


def _part(module: str) -> str | None:
    """The part of the code a dotted module name belongs to."""
    parts = module.split(".")
    if parts[0] == "layers":
        return "layers"
    if parts[0] != "geo":
        return None
    if len(parts) == 1:
        return TOP
    if parts[1] in ("cli", "__main__"):
        return "cli"
    return parts[1] if (ROOT / "geo" / parts[1]).is_dir() else TOP


def _modules() -> list[Path]:
    return sorted(p for folder in ("geo", "layers") for p in (ROOT / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            out.add(base)
            out |= {f"{base}.{alias.name}" for alias in node.names}
    return out


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_flow_one_way(path):
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    own = _part(module.removesuffix(".__init__"))
    imported = _imports(path)
    assert not {m for m in imported if m.split(".")[0] == "streamlit"}, "only app.py imports Streamlit"
    wrong = {m for m in imported if (p := _part(m)) is not None and p not in ALLOWED[own]}
    assert not wrong, f"{module} ({own}) may not import {sorted(wrong)}"


def test_a_shortcut_across_stages_is_caught():
    """The check itself: extraction that geoparses would be refused."""
    assert _part("geo.places.mentions") not in ALLOWED[_part("geo.events.extract")]
    assert _part("geo.events.merge") not in ALLOWED[_part("geo.store.sqlite")]


@pytest.mark.parametrize("package", sorted(p for p in (ROOT / "geo").iterdir() if p.is_dir()
                                           and (p / "__init__.py").exists()) + [ROOT / "layers"],
                         ids=lambda p: p.name)
def test_each_package_says_its_job_and_what_it_offers(package):
    tree = ast.parse((package / "__init__.py").read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree)
    summary = doc.split("\n\n")[0] if doc else ""
    assert 20 < len(summary) <= 100 and "\n" not in summary, "its job in one line"
    names = next(n.value for n in tree.body if isinstance(n, ast.Assign)
                 and any(getattr(t, "id", "") == "__all__" for t in n.targets))
    offered = {e.value for e in names.elts}
    imported = {alias.asname or alias.name for n in tree.body if isinstance(n, ast.ImportFrom)
                for alias in n.names}
    assert offered and offered <= imported
    modules = {m.stem for m in package.glob("*.py")} | {d.name for d in package.iterdir() if d.is_dir()}
    assert not offered & modules, "a name the package offers hides its module of that name"


def test_the_readme_layout_table_matches_the_tree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`((?:geo|layers)/[\w/]+\.py)`", table))
    modules = {str(p.relative_to(ROOT)) for p in _modules()
               if p.name not in ("__init__.py", "__main__.py")}
    assert named == modules, f"missing: {sorted(modules - named)}; gone: {sorted(named - modules)}"
