"""Screenshots for review: the real app under Xvfb on a fresh seed library with a few
annotations, at 1366×768 (the common office laptop) and 1920×1080, in Vietnamese and in English:
the main window (first start, reading, searching), and every dialog. Each dialog is also measured:
one that does not fit the screen (less a 40 px task bar) is reported, and the run fails.

    .venv/bin/python scripts/screenshots.py [--out build/screenshots] [--lang vi,en] [--size 1366x768,1920x1080] [--only NAME,...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ("1366x768", "1920x1080")
TASKBAR = 40  # what Windows keeps at the bottom of the screen


def _annotate(services: Any) -> None:
    """A handful of highlights over the seeds, as a user's first hour would leave them."""
    tags = {n: services.tags.create(n).id for n in ("Kinh tế", "Kinh tế/Đầu tư công", "Cải cách hành chính", "Xây dựng Đảng", "đạo đức công vụ")}
    services.tags.recolor(tags["Cải cách hành chính"], "#fb8c00")
    services.tags.recolor(tags["Xây dựng Đảng"], "#c0392b")
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


def _import_report(services: Any, folder: Path) -> Any:
    """An import with every outcome: added (a long file name), already there, unreadable."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    long_name = folder / "Báo cáo sơ kết 6 tháng đầu năm về thực hiện Chỉ thị 05-CT-TW của Bộ Chính trị.txt"
    long_name.write_text("Sơ kết sáu tháng\n\nNội dung báo cáo sơ kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n", encoding="utf-8")
    shutil.copy(seed, folder / "bai-da-co.txt")
    (folder / "hong.docx").write_bytes(b"not a zip")
    return services.library.import_paths([long_name, folder / "bai-da-co.txt", folder / "hong.docx"])


def child(language: str, size: str, out: Path, only: set[str]) -> int:
    """Runs inside Xvfb: build the window like the app does, then photograph it and each dialog."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import (
        QApplication,
        QColorDialog,
        QDialog,
        QFileDialog,
        QMessageBox,
        QWidget,
    )

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
    tr = QCoreApplication.translate

    from desktop.gui.main_window import MainWindow

    window = MainWindow(services, settings)
    screen = app.primaryScreen().availableGeometry()
    room = (screen.width(), screen.height() - TASKBAR)
    window.setGeometry(0, 0, room[0], room[1])  # maximised (no window manager under Xvfb)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    report: list[dict[str, object]] = []

    def settle(ms: int = 150) -> None:
        loop_end = QTimer()
        loop_end.setSingleShot(True)
        loop_end.start(ms)
        while loop_end.isActive():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}_{size}_{language}.png"
        widget.grab().save(str(path))
        fits = widget is window or (widget.width() <= room[0] and widget.height() <= room[1])
        report.append({"shot": path.name, "width": widget.width(), "height": widget.height(), "fits": fits})

    def dialog_shot(name: str, make: Callable[[], QWidget]) -> None:
        if only and name not in only:
            return
        widget = make()
        if not widget.isVisible():
            widget.show()
        settle(250)
        save(widget, name)
        widget.close()
        if isinstance(widget, QDialog):
            widget.done(0)

    ids = [m.id for m in services.library.list_articles()]
    ctl: Any = window

    def main_shots() -> None:
        window.open_article(ids[0])
        if not only or "main_first_start" in only:
            save(window, "main_first_start")
        ctl.welcome_controller.dismiss()
        ctl.annotation_controller.browser_dock.show()
        window.open_article(ids[1])
        if not only or "main_reading" in only:
            save(window, "main_reading")
        if not only or "main_search" in only:
            search = ctl.search_controller
            search.focus_search()
            search.panel.edit.setText("dao duc cong vu")
            search.runner.request("dao duc cong vu", now=True)
            for _ in range(100):
                settle(100)
                if search.panel.model.results is not None:
                    break
            search.panel.activate_first()
            save(window, "main_search")

    def annotation_dialog() -> QWidget:
        from desktop.gui.annotations.annotation_dialog import AnnotationDialog

        legend = services.tags.color_legend()
        names = [t.name for t in services.tags.list_tags()]
        # As a drag leaves it: started and ended inside a word, snapped to whole syllables.
        text = services.library.get_article(ids[0]).clean_text
        raw = (302, 517)
        start, end = services.annotations.whole_words(ids[0], *raw)
        return AnnotationDialog(
            text[start:end], legend=legend, known_tags=names, tags=["Kinh tế"], note="", parent=window,
            text=text, selection=(start, end), raw=raw,
        )

    def url_import() -> QWidget:
        from desktop.gui.importing.url_import_dialog import UrlImportDialog

        return UrlImportDialog(services, "https://baochinhphu.vn/", window)

    def tag_color() -> QWidget:
        from desktop.gui.annotations.tag_color_dialog import TagColorDialog

        return TagColorDialog("#fb8c00", tr("Annotations", "Màu của thẻ “%1”").replace("%1", "Cải cách hành chính"), window)

    def delete_question() -> QWidget:
        from desktop.gui.asking import question_box

        return question_box(window, tr("Annotations", "Xóa thẻ"), tr("Annotations", "Xóa thẻ “%1”? %Ln ghi chú đang có thẻ này sẽ bỏ thẻ đó nhưng vẫn được giữ nguyên cùng các thẻ khác. Có thể hoàn tác bằng Ctrl+Z.", "", 2).replace("%1", "Xây dựng Đảng"), yes=tr("Annotations", "Xóa thẻ"))

    def empty_clipboard() -> QWidget:
        return QMessageBox(QMessageBox.Icon.Information, tr("Importing", "Bài mới từ bảng tạm"), tr("Importing", "Bảng tạm đang trống. Hãy chép (Ctrl+C) nội dung bài viết trong trình duyệt hoặc trong một văn bản, rồi chọn lại “Bài mới từ bảng tạm”."), parent=window)

    def file_dialog() -> QWidget:
        dialog = QFileDialog(window, tr("Importing", "Chọn tệp để nhập"), str(ROOT / "seeds"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        return dialog

    def color_dialog() -> QWidget:
        dialog = QColorDialog(window)
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        return dialog

    def import_results() -> QWidget:
        from desktop.gui.importing.import_results_dialog import ImportResultsDialog

        return ImportResultsDialog(_import_report(services, tmp / "to-import"), lambda _id: None, window)

    def clipboard_dialog() -> QWidget:
        from desktop.gui.importing.clipboard_import_dialog import ClipboardImportDialog

        text = (ROOT / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8")
        return ClipboardImportDialog(services, text, False, window)

    def properties() -> QWidget:
        from desktop.gui.importing.article_properties_dialog import ArticlePropertiesDialog

        return ArticlePropertiesDialog(services.library.get_meta(ids[0]), window)

    def original() -> QWidget:
        from desktop.gui.importing.original_text_dialog import OriginalTextDialog

        return OriginalTextDialog(services, window.undo_stack, ids[0], window)

    def article_text() -> QWidget:
        from desktop.gui.annotations.article_text_dialog import ArticleTextDialog

        article = services.library.get_article(ids[0])
        return ArticleTextDialog(article.meta.title, article.clean_text, 2, window)

    def encoding_choice() -> QWidget:
        from desktop.gui.importing.encoding_choice_dialog import EncodingChoiceDialog

        return EncodingChoiceDialog("cong-van-cu.txt", "Ch\xb8nh ph\xf0 \xae\xb9o \xae\xf8c".encode("latin-1"), window)

    def restore() -> QWidget:
        from desktop.gui.backups.restore_dialog import RestoreDialog

        services.backups.backup_now()
        return RestoreDialog(services.backups.list(), window)

    def overview() -> QWidget:
        dialog = ctl.overview_controller.show()
        while ctl.overview_controller.busy:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return dialog

    def export() -> QWidget:
        ctl.export_controller.open_dialog()
        return ctl.export_controller.dialog

    def glossary() -> QWidget:
        from desktop.gui.keyphrases.glossary_dialog import GlossaryDialog

        return GlossaryDialog(services, window.undo_stack, window)

    def about() -> QWidget:
        from desktop import __version__

        box = QMessageBox(QMessageBox.Icon.Information, tr("MainWindow", "Giới thiệu Trích Dẫn"), tr("MainWindow", "Trích Dẫn %1\nĐọc, đánh dấu và trích dẫn bài viết tiếng Việt.\nThư viện: %2").replace("%1", __version__).replace("%2", str(services.data_dir)), parent=window)
        return box

    def search_help() -> QWidget:
        ctl.search_controller.focus_search()
        return ctl.search_controller.panel.show_help()

    def settings_tabs() -> None:
        dialog = ctl.settings_controller.make_dialog()
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            if not only or f"settings_{index + 1}" in only:
                save(dialog, f"settings_{index + 1}")
        dialog.close()

    def run() -> None:
        main_shots()
        for name, make in (
            ("annotation_dialog", annotation_dialog),
            ("tag_manager", ctl.annotation_controller.open_tag_manager),
            ("tag_color", tag_color),
            ("delete_tag_question", delete_question),
            ("color_dialog", color_dialog),
            ("file_dialog", file_dialog),
            ("empty_clipboard", empty_clipboard),
            ("clipboard_import", clipboard_dialog),
            ("url_import", url_import),
            ("import_results", import_results),
            ("article_properties", properties),
            ("original_text", original),
            ("article_text", article_text),
            ("encoding_choice", encoding_choice),
            ("restore_backup", restore),
            ("overview", overview),
            ("export_dialog", export),
            ("glossary", glossary),
            ("shortcuts", ctl.help_controller.show_sheet),
            ("search_help", search_help),
            ("about", about),
        ):
            try:
                dialog_shot(name, make)
            except Exception as exc:  # noqa: BLE001 - one broken dialog must not hide the others
                report.append({"shot": name, "error": repr(exc)})
        settings_tabs()
        (out / f"report_{size}_{language}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        for entry in report:
            flag = "" if entry.get("fits", False) else "  <-- DOES NOT FIT" if "error" not in entry else "  <-- ERROR"
            print(f"{entry['shot']}: {entry.get('width', '')}x{entry.get('height', '')}{flag} {entry.get('error', '')}")
        window.close()
        app.exit(0 if all(e.get("fits") for e in report) else 3)

    QTimer.singleShot(500, run)
    code = app.exec()
    services.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--lang", default="vi,en")
    parser.add_argument("--size", default=",".join(SIZES))
    parser.add_argument("--only", default="", help="comma-separated shot names")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    only = {n for n in args.only.split(",") if n}
    if args.child:
        return child(args.child, args.child_size, args.out, only)
    status = 0
    for language in args.lang.split(","):
        for size in args.size.split(","):
            command = [sys.executable, __file__, "--child", language, "--child-size", size, "--out", str(args.out), "--only", args.only]
            env = dict(os.environ)
            env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform, as a user's session has
            if sys.platform.startswith("linux"):
                if not shutil.which("xvfb-run"):
                    raise SystemExit("xvfb-run is needed to take screenshots at a given screen size")
                env.pop("DISPLAY", None)
                command = ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", *command]
            done = subprocess.run(command, env=env, timeout=600, check=False)
            status = status or done.returncode
    print(f"screenshots in {args.out}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
