"""The rules of docs/architecture.md, checked over ``dossier/``'s source (an AST walk, no imports).

* stages import only stages before them in the flow (module-level imports);
* the read side (``query``, ``web``) never imports ``extract``, nor ``pipeline`` but for
  the web's ingest job;
* ``store`` imports no stage above it;
* ``web.pages`` never imports ``web.api`` (the app factory imports the pages);
* no SQL text outside ``store/``;
* the CLI's handler modules import only the query layer and the shared modules at module
  level (the pipeline and other stages inside the handlers that ingest or curate).
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PACKAGE = Path(__file__).resolve().parents[1] / "dossier"

#: shared by every stage: typed records, settings, name matching, the gazetteer
BASE = {"records", "config", "names", "geo", "__init__", "__version__"}
#: the stages in the order data flows through them; a stage imports only earlier ones
ORDER = ["ingest", "clean", "stories", "extract", "kb", "store", "pipeline", "query", "web", "cli"]
#: the ``Store`` protocol is the interface the knowledge-base stage and everything
#: after it read and write through, so those may import ``store`` though kb precedes it
STORE_USERS = {"kb", "pipeline", "query", "web", "cli"}
#: documented exceptions: (module, stage it may import at module level)
EXCEPTIONS = {
    # the update loop fetches, cleans and stores new feed items (docs/architecture.md)
    ("dossier.ingest.update", "clean"),
    ("dossier.ingest.update", "store"),
}
#: the only lazy imports of the pipeline on the read side: the web's upload job
LAZY_PIPELINE = {"dossier.web.jobs"}

SQL = re.compile(
    r"\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)"
    r"|DROP\s+TABLE|WHERE\s+\w+(\.\w+)?\s*(=|<|>|IN\b|IS\b|LIKE\b))"
)


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported dossier module, dotted
    lazy: bool  # inside a function
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    """``dossier.kb.facts`` -> ``kb``; ``dossier.names`` -> ``names`` (the module itself)."""
    return module.split(".")[1] if "." in module else ""


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


@functools.cache
def _parsed(path: Path) -> ast.Module:
    """A module's tree, parsed once per session: every check below walks the modules of
    ``dossier/`` (which do not change while the tests run) and only reads the trees, so
    parsing them again in each test cost seconds and checked nothing more."""
    return ast.parse(path.read_text(encoding="utf-8"))


def imports(path: Path) -> list[Import]:
    found: list[Import] = []
    module = module_name(path)

    def visit(node: ast.AST, lazy: bool) -> None:
        if _type_checking(node):
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("dossier."):
                    found.append(Import(module, alias.name, lazy, node.lineno))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "dossier":
                for alias in node.names:
                    found.append(Import(module, f"dossier.{alias.name}", lazy, node.lineno))
            elif node.module.startswith("dossier."):
                found.append(Import(module, node.module, lazy, node.lineno))
        inner = lazy or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(_parsed(path), False)
    return found


@functools.cache
def all_imports() -> tuple[Import, ...]:
    """Every import of a ``dossier`` module in ``dossier/``, read once per session."""
    return tuple(i for path in sorted(PACKAGE.rglob("*.py")) for i in imports(path))


def test_the_packages_are_the_stages_of_the_documented_flow() -> None:
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert packages == set(ORDER), "a package that is no stage: say where it goes"
    flat = {p.stem for p in PACKAGE.glob("*.py")}
    assert flat == {"__init__", "__main__", "records", "config", "names", "geo"}
    text = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    for package in packages:
        assert f"`{package}/`" in text, f"docs/architecture.md does not describe {package}/"


def test_stages_import_only_earlier_stages() -> None:
    wrong = []
    for imp in all_imports():
        if imp.lazy:
            continue
        here, there = stage(imp.module), stage(imp.target)
        if there in BASE or here == there or here in BASE or here == "__main__":
            continue
        if there == "store" and here in STORE_USERS:
            continue
        if (imp.module, there) in EXCEPTIONS:
            continue
        if here in BASE - {"__init__"}:
            wrong.append(imp)
        elif ORDER.index(there) >= ORDER.index(here):
            wrong.append(imp)
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)


def test_shared_modules_import_no_stage() -> None:
    wrong = [
        i
        for i in all_imports()
        if i.module.split(".")[-1] in BASE
        and "." not in i.module[len("dossier.") :]
        and stage(i.target) not in BASE
    ]
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)


def test_reads_never_import_extraction_or_the_pipeline() -> None:
    wrong = []
    for imp in all_imports():
        if stage(imp.module) not in {"query", "web"}:
            continue
        if stage(imp.target) == "extract":
            wrong.append(imp)
        elif stage(imp.target) == "pipeline" and not (imp.lazy and imp.module in LAZY_PIPELINE):
            wrong.append(imp)
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)


def test_the_store_imports_no_stage_above_it() -> None:
    above = set(ORDER[ORDER.index("store") + 1 :]) | {"ingest", "extract", "stories", "clean"}
    wrong = [i for i in all_imports() if stage(i.module) == "store" and stage(i.target) in above]
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)


def test_the_pages_do_not_import_the_app() -> None:
    wrong = [
        i
        for i in all_imports()
        if i.module == "dossier.web.pages" and i.target == "dossier.web.api"
    ]
    assert not wrong


def _strings(tree: ast.AST) -> list[ast.Constant]:
    """String constants that are not docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def sql_outside_store() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "store":
            continue
        tree = _parsed(path)
        for node in _strings(tree):
            if SQL.search(node.value):
                found.append(f"{module_name(path)}:{node.lineno}: {node.value.strip()[:60]!r}")
    return found


def test_no_sql_outside_the_store() -> None:
    found = sql_outside_store()
    assert not found, "SQL text outside dossier/store/:\n" + "\n".join(found)


def test_the_sql_check_sees_sql(tmp_path: Path) -> None:
    """The pattern finds the statements it is meant to find, and not English."""
    assert SQL.search("SELECT m.* FROM event_mentions m")
    assert SQL.search("WHERE m.document_id = ?")
    assert SQL.search("WHERE c.claim_id IN (?)")
    assert SQL.search("DELETE FROM watches")
    assert not SQL.search("select the best candidate where names agree")
    assert not SQL.search("Where the police said")


def test_each_store_role_is_implemented_once_for_both_backends() -> None:
    """The role protocols together are the store; both backends (the shared SQL
    layer plus each backend's search) implement every method of every role."""
    from dossier.store import base
    from dossier.store.postgres import PostgresStore
    from dossier.store.sqlite import SQLiteStore

    roles = [base.StoreLifecycle, base.DocumentStore, base.EntityStore, base.FactStore]
    roles += [base.WatchStore, base.PlaceStore]
    assert set(base.Store.__mro__) >= set(roles)
    declared = {
        name
        for role in roles
        for name, value in vars(role).items()
        if callable(value) and (not name.startswith("_") or name in {"__enter__", "__exit__"})
    }
    for backend in (SQLiteStore, PostgresStore):
        missing = sorted(name for name in declared if not callable(getattr(backend, name, None)))
        assert not missing, f"{backend.__name__} lacks {missing}"
    assert "where" not in str(base.Store.event_mentions.__annotations__)  # no raw WHERE reads


#: what ``dossier.cli``'s modules may import at module level: the query layer, the store
#: (opening it), each other, and the shared modules
CLI_MODULE_LEVEL = {"cli", "query", "store"} | BASE


def test_cli_handlers_import_only_the_read_side_at_module_level() -> None:
    """``dossier --help`` and the read commands stay light: ingest, extraction, the
    knowledge-base stage and the web app are imported inside the handlers that use them."""
    cli_modules = {module_name(p) for p in (PACKAGE / "cli").glob("*.py")}
    assert {"dossier.cli", "dossier.cli.output", "dossier.cli.read"} <= cli_modules
    wrong = [
        i
        for i in all_imports()
        if stage(i.module) == "cli" and not i.lazy and stage(i.target) not in CLI_MODULE_LEVEL
    ]
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)


def test_the_modality_vocabulary_is_defined_once() -> None:
    """``records.MODALITIES`` is the one list; no other module spells all of it out
    (the CLI, the API and the UI once each had their own copy)."""
    from dossier.records import MODALITIES

    copies = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = _parsed(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.ClassDef):
                words = {c.value for c in ast.walk(node) if isinstance(c, ast.Constant)}
                if set(MODALITIES) <= words:
                    copies.append(f"{module_name(path)}:{node.lineno}")
    assert copies == ["dossier.records:" + str(_line_of_modalities())], copies


def _line_of_modalities() -> int:
    tree = _parsed(PACKAGE / "records.py")
    return next(
        node.lineno
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "MODALITIES"
    )


#: the event extractor's modules, each importing only those before it
EVENT_MODULES = ["lexicon", "modality", "roles", "statements", "place_time"]
EVENT_MODULES += ["instruments", "operations", "bodies", "occasions", "acts"]
EVENT_MODULES += ["blockades", "counted", "roles_owners", "roles_addressed", "roles_retold"]
EVENT_MODULES += ["spans_told", "roles_grievances"]
# session 30: who a bare office is (read by roles), who did a harm at its moment (by assembly)
EVENT_MODULES.insert(EVENT_MODULES.index("roles"), "roles_titles")
EVENT_MODULES += ["roles_moments"]
# session 33: an evacuation order (reads only the lexicon; read by assembly)
EVENT_MODULES.insert(EVENT_MODULES.index("modality"), "evacuations")
# session 37: a force of another state than its arrest (reads only the gazetteer; read by roles),
# a doer named by attribution (reads roles; read by assembly)
EVENT_MODULES.insert(EVENT_MODULES.index("roles"), "roles_abroad")
EVENT_MODULES += ["roles_instigators"]
EVENT_MODULES += ["wrongs_caused"]  # session 38: after statements, before assembly
# session 38: whose proposal a rejection answers (reads roles_grievances; read by assembly)
EVENT_MODULES += ["roles_antecedents"]
# session 39: "the former/latter" and "called for X to act" (reads only the lexicon; read by
# roles and assembly)
EVENT_MODULES.insert(EVENT_MODULES.index("roles"), "roles_referents")
# session 40: a state's closure or travel ban, a truce in force (read only the lexicon; read
# by assembly)
EVENT_MODULES += ["state_measures", "truces"]
# session 41: the day a "when"/"where"/"during which" clause describes (reads only the lexicon;
# read by place_time)
EVENT_MODULES.insert(EVENT_MODULES.index("place_time"), "described_days")
# session 42: whom an object "him"/"her" stands for, whose attack one "came under" (reads only
# the lexicon; read by roles and assembly)
EVENT_MODULES.insert(EVENT_MODULES.index("roles"), "roles_objects")
EVENT_MODULES += ["assembly"]


def test_the_event_modules_import_only_earlier_ones() -> None:
    folder = PACKAGE / "extract" / "events"
    assert {p.stem for p in folder.glob("*.py")} == {"__init__", *EVENT_MODULES}
    assert not (PACKAGE / "extract" / "events.py").exists()
    wrong = []
    for imp in all_imports():
        here, there = imp.module.split("."), imp.target.split(".")
        if here[:3] != ["dossier", "extract", "events"] or len(here) < 4:
            continue
        if there[:3] == ["dossier", "extract", "events"]:
            if len(there) < 4 or EVENT_MODULES.index(there[3]) >= EVENT_MODULES.index(here[3]):
                wrong.append(imp)
    assert not wrong, "\n".join(f"{i.module}:{i.line} imports {i.target}" for i in wrong)
