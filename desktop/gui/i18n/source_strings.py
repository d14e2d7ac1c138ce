"""Find every translatable UI string in the GUI sources, as the app looks them up at run time."""

# `pyside6-lupdate` misses strings passed through the helpers our modules use
# (`_tr = lambda text: QCoreApplication.translate("Ctx", text)`, `tr = QCoreApplication.translate`),
# so the catalogue is built from the Python syntax tree instead. Plain Python: no Qt needed.

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}
_NOOP_FUNCTIONS = {"QT_TRANSLATE_NOOP"}


@dataclass(frozen=True)
class SourceString:
    """One (context, source, disambiguation) as `QCoreApplication.translate` receives it."""

    context: str
    source: str
    comment: str = ""
    plural: bool = False
    locations: tuple[tuple[str, int], ...] = field(default=(), compare=False, hash=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Problem:
    """A call that can never be translated (the source text is built at run time)."""

    filename: str
    line: int
    reason: str


def _is_translate(func: ast.expr, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in _APP_CLASSES
    return isinstance(func, ast.Name) and (func.id in aliases or func.id in _NOOP_FUNCTIONS)


def _const(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_dynamic(node: ast.expr) -> bool:
    # f-strings, "a" + b, "%s" % x, "...".format(): built at run time, never found in the catalogue.
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and _const(node.func.value) is not None
    )


class _ModuleScan:
    """Aliases of `translate` and wrapper functions (name -> fixed context) in one module."""

    def __init__(self, tree: ast.Module) -> None:
        self.aliases: set[str] = set()
        self.wrappers: dict[str, str] = {}
        self.plural: set[str] = set()  # wrappers that pass a count on: def _trn(text, n): translate(C, text, "", n)
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self._assignment(node.targets[0].id, node.value)
            elif isinstance(node, ast.FunctionDef):
                self._function(node)
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)

    def _assignment(self, name: str, value: ast.expr) -> None:
        if _is_translate(value, set()) and not isinstance(value, ast.Name):
            self.aliases.add(name)  # tr = QCoreApplication.translate
        elif isinstance(value, ast.Lambda):
            context = self._wrapped_context(value.args, value.body)
            if context is not None:
                self.wrappers[name] = context
                self._note_plural(name, value.body)
        elif (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name | ast.Attribute)
            and (value.func.id if isinstance(value.func, ast.Name) else value.func.attr) == "partial"
            and len(value.args) == 2
            and _is_translate(value.args[0], set())
            and _const(value.args[1]) is not None
        ):
            self.wrappers[name] = _const(value.args[1]) or ""  # partial(QCoreApplication.translate, "Ctx")

    def _function(self, node: ast.FunctionDef) -> None:
        for statement in node.body:
            if isinstance(statement, ast.Return) and statement.value is not None:
                context = self._wrapped_context(node.args, statement.value)
                if context is not None:
                    self.wrappers[node.name] = context
                    self._note_plural(node.name, statement.value)

    def _note_plural(self, name: str, body: ast.expr) -> None:
        if isinstance(body, ast.Call) and (len(body.args) >= 4 or any(k.arg == "n" for k in body.keywords)):
            self.plural.add(name)

    def _wrapped_context(self, args: ast.arguments, body: ast.expr) -> str | None:
        """"Ctx" when the body is translate("Ctx", <first parameter>)."""
        params = [a.arg for a in args.posonlyargs + args.args]
        if not params or not isinstance(body, ast.Call) or not _is_translate(body.func, self.aliases):
            return None
        if len(body.args) >= 2 and isinstance(body.args[1], ast.Name) and body.args[1].id == params[0]:
            return _const(body.args[0])
        return None


class _Collector(ast.NodeVisitor):
    def __init__(self, filename: str, scan: _ModuleScan, wrappers: dict[str, str], plural: set[str]) -> None:
        self.filename = filename
        self.scan = scan
        self.wrappers = wrappers  # resolved for this module, imported ones included
        self.plural = plural  # those of them that translate with a count
        self.classes: list[str] = []
        self.found: list[SourceString] = []
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _add(self, node: ast.Call, context: str, text_node: ast.expr, rest: list[ast.expr], *, plural: bool = False) -> None:
        text = _const(text_node)
        if text is None:
            if _is_dynamic(text_node):
                self.problems.append(Problem(self.filename, node.lineno, "chuỗi dựng lúc chạy: không dịch được"))
            return
        comment = _const(rest[0]) if rest else None
        plural = plural or len(rest) >= 2 or any(k.arg == "n" for k in node.keywords)
        self.found.append(SourceString(context, text, comment or "", plural, ((self.filename, node.lineno),)))

    def _call(self, node: ast.Call) -> None:
        func = node.func
        if _is_translate(func, self.scan.aliases):
            if len(node.args) >= 2 and _const(node.args[0]) is not None:
                self._add(node, _const(node.args[0]) or "", node.args[1], list(node.args[2:]))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self.classes:
            self._add(node, self.classes[-1], node.args[0], list(node.args[1:]))
        elif isinstance(func, ast.Name) and func.id in self.wrappers and node.args:
            plural = func.id in self.plural
            self._add(node, self.wrappers[func.id], node.args[0], [] if plural else list(node.args[1:]), plural=plural)


def _module_name(path: Path, package_root: Path) -> str:
    parts = path.relative_to(package_root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def extract(source_root: Path, *, relative_to: Path | None = None) -> tuple[list[SourceString], list[Problem]]:
    """Every translatable string under `source_root` (a package folder), merged by key with all
    their locations, in a stable order; and the calls that cannot be translated."""
    files = sorted(source_root.rglob("*.py"))
    base = relative_to or source_root.parent
    scans: dict[str, _ModuleScan] = {}
    trees: dict[Path, ast.Module] = {}
    for path in files:
        trees[path] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        scans[_module_name(path, source_root)] = _ModuleScan(trees[path])
    merged: dict[tuple[str, str, str], SourceString] = {}
    problems: list[Problem] = []
    for path in files:
        scan = scans[_module_name(path, source_root)]
        wrappers, plural = dict(scan.wrappers), set(scan.plural)
        for local, (module, name) in scan.imports.items():
            if module in scans and name in scans[module].wrappers:
                wrappers[local] = scans[module].wrappers[name]
                if name in scans[module].plural:
                    plural.add(local)
        collector = _Collector(path.relative_to(base).as_posix(), scan, wrappers, plural)
        collector.visit(trees[path])
        problems += collector.problems
        for item in collector.found:
            known = merged.get(item.key)
            if known is None:
                merged[item.key] = item
            else:
                merged[item.key] = SourceString(
                    known.context, known.source, known.comment, known.plural or item.plural, known.locations + item.locations
                )
    return sorted(merged.values(), key=lambda s: (s.context, s.locations[0])), problems


def contexts(strings: Iterable[SourceString]) -> list[str]:
    return sorted({s.context for s in strings})
