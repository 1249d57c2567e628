"""A real ``chroma run`` server for tests: started on a free port, stoppable and restartable
on the same port and folder (to play a server that goes away and comes back)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def chroma_executable() -> str:
    local = Path(sys.executable).parent / "chroma"
    return str(local if local.exists() else shutil.which("chroma") or "chroma")


class ChromaServer:
    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self.log_path = folder.parent / f"{folder.name}.log"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> None:
        with self.log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                [
                    chroma_executable(),
                    "run",
                    "--path",
                    str(self.folder),
                    "--host",
                    HOST,
                    "--port",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(f"chroma run exited: {self.log_path.read_text()}")
            try:
                chromadb.HttpClient(
                    host=HOST, port=self.port, settings=ChromaSettings(anonymized_telemetry=False)
                ).heartbeat()
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise RuntimeError("the Chroma server never answered its heartbeat") from None
                time.sleep(0.2)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
