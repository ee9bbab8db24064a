"""The apps depend one way: rapportage > gesprekken > spiegel (issue 12).

Two independent checks: import-linter runs the `layers` contract of pyproject.toml, and an
`ast` walk over every module reads each import (also those inside functions, and
`importlib.import_module("...")` with a literal name). Both fail on any upward import; the
only exceptions are the contract's `ignore_imports`, which the walk reads as well.
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
CONTRACT = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"] if c["id"] == "lagen")
# Bottom layer has rank 0: a module may import only its own rank or lower.
RANK = {pkg: i for i, pkg in enumerate(reversed(CONTRACT["layers"]))}
IGNORED = {
    tuple(p.strip() for p in regel.split("->")) for regel in CONTRACT.get("ignore_imports", [])
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module name `module` imports, wherever the statement is."""
    found = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def upward_imports(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """The imports of `module` that go to a higher layer (and are not ignored)."""
    own = RANK[module.split(".")[0]]
    wrong = []
    for target in sorted(imports_in(source, module, is_package=is_package)):
        top = target.split(".")[0]
        if top in RANK and RANK[top] > own:
            if any(module == a and (target == b or target.startswith(b + ".")) for a, b in IGNORED):
                continue
            wrong.append(f"{module} -> {target}")
    return wrong


def test_no_module_imports_a_higher_layer():
    wrong, seen = [], 0
    for package in RANK:
        for path in sorted((ROOT / package).rglob("*.py")):
            seen += 1
            wrong += upward_imports(
                path.read_text(), _module_name(path), is_package=path.name == "__init__.py"
            )
    assert seen > 100, seen
    assert wrong == []


def test_the_check_sees_an_upward_import_inside_a_function():
    source = "def f():\n    from gesprekken.models import Document\n    return Document\n"
    assert upward_imports(source, "spiegel.services.contact") == [
        "spiegel.services.contact -> gesprekken.models",
        "spiegel.services.contact -> gesprekken.models.Document",
    ]
    assert imports_in("from ..registry import demo\n", "spiegel.services.contact") >= {
        "spiegel.registry"
    }
    assert upward_imports("import rapportage.markdown\n", "gesprekken.selectors") == [
        "gesprekken.selectors -> rapportage.markdown"
    ]
    assert upward_imports("import_module('rapportage.portaal')\n", "spiegel.views.portaal") == [
        "spiegel.views.portaal -> rapportage.portaal"
    ]
    # Downward is allowed.
    assert upward_imports("from spiegel import registry\n", "rapportage.apps") == []


def test_import_linter_contract_is_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_contract_has_no_exceptions():
    """Every upward import is gone: the contract ignores nothing."""
    assert CONTRACT.get("ignore_imports", []) == []
