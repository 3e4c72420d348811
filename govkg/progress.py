"""Progress of a long extraction on standard error: quiet for short files, a line every few seconds for long ones."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class FileProgress:
    """Reports how far the current file is done, once it has taken longer than ``after`` seconds."""

    def __init__(self, stream: TextIO | None = None, after: float = 2.0, every: float = 2.0):
        self.stream = stream or sys.stderr
        self.after = after
        self.every = every
        self._file = ""
        self._started = 0.0
        self._last = 0.0
        self._tty = self.stream.isatty()

    def __call__(self, name: str, done: int, total: int) -> None:
        now = time.monotonic()
        if name != self._file:
            self._file, self._started, self._last = name, now, now
        finishing = done >= total and self._last > self._started  # close a line already shown
        if not finishing and (now - self._started < self.after or now - self._last < self.every):
            return
        self._last = now
        rate = done / max(now - self._started, 1e-9) / 1e6
        line = f"{name}: {100 * done / max(total, 1):.0f}% of {total / 1e6:.1f} M characters, {rate:.2f} M/s"
        if self._tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
