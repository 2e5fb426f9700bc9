"""The project's apps depend on each other one way: an import that closes a cycle fails here."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["config", "api", "search", "actualites", "demandes", "dispositifs", "home"]


def imported_apps(module_path):
    tree = ast.parse(module_path.read_text(), filename=str(module_path))
    for node in ast.walk(tree):  # imports inside functions count as much as the ones at the top
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            if name.split(".")[0] in APPS:
                yield name.split(".")[0], node.lineno


def app_graph():
    """{app: {imported app: [where]}} for every Python file of every app, migrations included."""
    graph = {app: {} for app in APPS}
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            for imported, line in imported_apps(path):
                if imported != app:
                    graph[app].setdefault(imported, []).append(f"{path.relative_to(ROOT)}:{line}")
    return graph


def find_cycle(graph):
    visiting, done = [], set()

    def visit(app):
        if app in visiting:
            return visiting[visiting.index(app) :] + [app]
        if app in done:
            return None
        visiting.append(app)
        for imported in graph[app]:
            if cycle := visit(imported):
                return cycle
        visiting.pop()
        done.add(app)
        return None

    for app in graph:
        if cycle := visit(app):
            return cycle
    return None


def test_the_apps_import_each_other_one_way():
    graph = app_graph()
    cycle = find_cycle(graph)
    where = [f"{a} → {b}: {', '.join(graph[a][b])}" for a, b in zip(cycle, cycle[1:], strict=False)] if cycle else []
    assert cycle is None, "Import cycle between apps:\n" + "\n".join(where)


def test_the_cycle_finder_sees_a_cycle():
    """The guard above would be worthless if it could not see one."""
    assert find_cycle({"home": {"demandes": []}, "demandes": {"home": []}}) == ["home", "demandes", "home"]
    assert find_cycle({"home": {}, "demandes": {"home": []}}) is None
