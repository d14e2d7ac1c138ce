"""One window per library: a second start asks the first to come to the front."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_MESSAGE = b"raise"
CONNECT_TIMEOUT_MS = 500


def server_name(library_dir: Path) -> str:
    digest = hashlib.sha1(str(library_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"trichdan-{digest}"


def ask_running_instance_to_raise(library_dir: Path) -> bool:
    """True if a running window for this library answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same library."""

    raise_requested = Signal()

    def __init__(self, library_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(library_dir)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE):
            self.raise_requested.emit()
        socket.deleteLater()
