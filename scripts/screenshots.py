"""Screenshots for review: the real app under Xvfb on a fresh seed library with a few
annotations: main window, overview, export dialog (when the app has one), settings and the
shortcuts sheet, in Vietnamese and in English.

    .venv/bin/python scripts/screenshots.py [--out build/screenshots] [--lang vi,en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN = "1600x1000x24"


def _annotate(services) -> None:
    """A handful of highlights over the seeds, as a user's first hour would leave them."""
    tags = {n: services.tags.create(n).id for n in ("Kinh tế", "Kinh tế/Đầu tư công", "Cải cách hành chính", "Xây dựng Đảng")}
    plan = [
        ("Kinh tế", "yellow", "Số liệu tăng trưởng cần đưa vào báo cáo quý."),
        ("Xây dựng Đảng", "green", ""),
        ("Cải cách hành chính", "turquoise", "Trao đổi với Văn phòng."),
        ("Kinh tế/Đầu tư công", "red", "Hạn chế: giải ngân chậm."),
        ("Xây dựng Đảng", "pink", "Ví dụ điển hình."),
        (None, "gray", ""),
    ]
    metas = services.library.list_articles()
    for n, (tag, color, note) in enumerate(plan):
        meta = metas[n % len(metas)]
        text = services.library.get_article(meta.id).clean_text
        start = text.find(". ", 200 + 120 * (n // len(metas))) + 2
        end = text.find(".", start + 40) + 1
        services.annotations.create(meta.id, start, end, tags=[tags[tag]] if tag else [], color=color, note=note)


def _export_action(window):
    for action in window.menus["file"].actions():
        text = action.text().replace("&", "")
        if text.startswith(("Xuất", "Export")) and "PDF" not in text:
            return action
    return None


def child(language: str, out: Path) -> int:
    """Runs inside Xvfb: build the window like the app does, then photograph it."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.gui.i18n.language import install_translators
    from desktop.resources_path import resources_dir
    from desktop.services import Services

    QCoreApplication.setOrganizationName("TrichDan")
    QCoreApplication.setApplicationName("TrichDan")
    app = QApplication(sys.argv[:1])
    QGuiApplication.setApplicationDisplayName("Trích Dẫn")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "trichdan.svg")))
    tmp = Path(tempfile.mkdtemp(prefix="trichdan-shots-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", language)
    install_translators(settings)
    services = Services.open(tmp / "library")
    _annotate(services)

    from desktop.gui.main_window import MainWindow

    window = MainWindow(services, settings)
    window.resize(1440, 900)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    shots: list[str] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}_{language}.png"
        widget.grab().save(str(path))
        shots.append(path.name)

    def run() -> None:
        ids = [m.id for m in services.library.list_articles()]
        window.open_article(ids[0])
        save(window, "main_window")
        window.welcome_controller.dismiss()  # type: ignore[attr-defined]
        save(window, "main_window_reading")
        controller = window.overview_controller  # type: ignore[attr-defined]
        overview = controller.show()
        while controller.busy:  # the charts are computed on a worker thread
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        overview.resize(1200, 1500)
        save(overview, "overview")
        overview.close()
        dialog = window.settings_controller.make_dialog()  # type: ignore[attr-defined]
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            save(dialog, f"settings_{index + 1}")
        dialog.close()
        sheet = window.help_controller.show_sheet()  # type: ignore[attr-defined]
        save(sheet, "shortcuts")
        sheet.close()
        action = _export_action(window)
        if action is None:
            finish()
            return
        action.trigger()  # the export dialog may be modal (exec) or window-modal (open)
        QTimer.singleShot(1000, grab_export)

    def grab_export() -> None:
        dialog = getattr(getattr(window, "export_controller", None), "dialog", None) or QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.resize(max(dialog.width(), 900), max(dialog.height(), 640))
            save(dialog, "export_dialog")
            dialog.reject()
        finish()

    def finish() -> None:
        print("\n".join(shots))
        window.close()

    QTimer.singleShot(500, run)
    code = app.exec()
    services.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--lang", default="vi,en")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.out)
    status = 0
    for language in args.lang.split(","):
        command = [sys.executable, __file__, "--child", language, "--out", str(args.out)]
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, as a user's session has
        if sys.platform.startswith("linux") and not env.get("DISPLAY"):
            if not shutil.which("xvfb-run"):
                raise SystemExit("xvfb-run is needed to take screenshots without a display")
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", *command]
        done = subprocess.run(command, env=env, timeout=300, check=False)
        status = status or done.returncode
    print(f"screenshots in {args.out}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
