"""Find every message template in the core's sources and check a catalogue against them."""

# Read from the Python syntax tree (like gui/i18n/source_strings.py for the GUI): every call
# `Message("template", name=...)` outside desktop/gui. Used by scripts/build_messages.py and the
# catalogue test; plain Python, nothing imported from the scanned modules.

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.message import TemplateError, entry_problem, placeholders

# Letters only Vietnamese uses: a string holding one is a sentence for a Vietnamese reader.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# Constructors of the errors a user reads: their sentence must be a Message.
_ERROR_CALL = re.compile(r"(Error|Failure|Problem|Exception)$|^_?failure$|^_bad$")


@dataclass(frozen=True)
class Template:
    text: str
    files: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class SourceProblem:
    filename: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.reason}"


def _is_message_call(node: ast.Call) -> bool:
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "Message") or (
        isinstance(func, ast.Attribute) and func.attr == "Message"
    )


def _vietnamese_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_VIETNAMESE.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_vietnamese_literal(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _vietnamese_literal(node.left) or _vietnamese_literal(node.right)
    return False


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


class _Collector(ast.NodeVisitor):
    def __init__(self, filename: str, *, guard: bool = True) -> None:
        self.filename = filename
        self.guard = guard  # look for sentences that bypass Message (not in the GUI: Qt translates it)
        self.found: list[tuple[str, int]] = []
        self.problems: list[SourceProblem] = []

    def _problem(self, node: ast.AST, reason: str) -> None:
        self.problems.append(SourceProblem(self.filename, getattr(node, "lineno", 0), reason))

    def visit_Raise(self, node: ast.Raise) -> None:
        exc = node.exc
        if self.guard and isinstance(exc, ast.Call) and not _ERROR_CALL.search(_call_name(exc.func)) and exc.args and _vietnamese_literal(exc.args[0]):
            self._problem(node, f"raise {_call_name(exc.func)}(...) with a sentence that is not a Message")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if _is_message_call(node):
            self._message(node)
        elif self.guard and _ERROR_CALL.search(_call_name(node.func)) and node.args and _vietnamese_literal(node.args[0]):
            self._problem(node, f"{_call_name(node.func)}(...) with a sentence that is not a Message")
        self.generic_visit(node)

    def _message(self, node: ast.Call) -> None:
        if not node.args or not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            self._problem(node, "Message template built at run time: it can never be translated")
            return
        template = node.args[0].value
        try:
            wanted = placeholders(template)
        except TemplateError as exc:
            self._problem(node, str(exc))
            return
        if not any(k.arg is None for k in node.keywords):  # no **kwargs: names can be checked
            given = {k.arg for k in node.keywords if k.arg and k.arg != "code"}
            if given != wanted:
                self._problem(node, f"arguments {sorted(given)} do not match placeholders {sorted(wanted)} of {template!r}")
        self.found.append((template, node.lineno))


def source_files(package_root: Path) -> list[Path]:
    """Every module under desktop/ but the Message class itself."""
    return sorted(p for p in package_root.rglob("*.py") if p.relative_to(package_root).as_posix() != "domain/message.py")


def _in_gui(path: Path, package_root: Path) -> bool:
    return "gui" in path.relative_to(package_root).parts


def extract(package_root: Path, *, relative_to: Path | None = None) -> tuple[list[Template], list[SourceProblem]]:
    """Every template under `package_root` (the desktop/ folder) with the files it is in, in
    first-seen order; and the sites that break the rules. The GUI's own strings go through Qt's
    translation (its rare Messages are found too); everywhere else a user's sentence is a Message."""
    base = relative_to or package_root.parent
    files_of: dict[str, list[str]] = {}
    problems: list[SourceProblem] = []
    for path in source_files(package_root):
        name = path.relative_to(base).as_posix()
        collector = _Collector(name, guard=not _in_gui(path, package_root))
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        problems += collector.problems
        for template, _line in collector.found:
            seen = files_of.setdefault(template, [])
            if name not in seen:
                seen.append(name)
    return [Template(t, tuple(f)) for t, f in files_of.items()], problems


@dataclass
class CatalogReport:
    missing: list[str] = field(default_factory=list)  # in the code, no translation
    stale: list[str] = field(default_factory=list)  # translated, no longer in the code
    mismatched: list[tuple[str, str]] = field(default_factory=list)  # (template, why)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.mismatched)

    def lines(self) -> list[str]:
        out = [f"untranslated: {t!r}" for t in self.missing]
        out += [f"stale (no longer in the code): {t!r}" for t in self.stale]
        out += [f"unusable translation of {t!r}: {why}" for t, why in self.mismatched]
        return out


def check_catalog(templates: Iterable[Template], translations: Mapping[str, str]) -> CatalogReport:
    report = CatalogReport()
    known = set()
    for template in templates:
        known.add(template.text)
        translated = translations.get(template.text, "")
        if not translated.strip():
            report.missing.append(template.text)
            continue
        why = entry_problem(template.text, translated)
        if why:
            report.mismatched.append((template.text, why))
    report.stale = [t for t in translations if t not in known]
    return report
