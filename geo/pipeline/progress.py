"""A text progress bar for long runs: redrawn in place on a terminal, a line per tenth elsewhere."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    WIDTH = 30

    def __init__(self, total: int, what: str = "articles", stream: TextIO | None = None,
                 clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.total, self.what = max(total, 0), what
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = clock()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.shown_tenth = -1
        self.last_draw = 0.0
        self.drawn = 0

    def line(self, done: int, skipped: int) -> str:
        share = min(done / self.total, 1.0) if self.total else 1.0
        filled = round(share * self.WIDTH)
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = done / elapsed
        eta = (self.total - done) / rate if rate and self.total > done else 0.0
        return (f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{self.total} {self.what} "
                f"{share:4.0%}  {rate:,.0f}/s  {skipped} skipped  eta {eta:,.0f} s")

    def update(self, done: int, skipped: int = 0) -> None:
        now = self.clock()
        if self.tty:
            if now - self.last_draw >= 0.2 or done >= self.total:
                text = self.line(done, skipped)
                self.stream.write("\r" + text.ljust(self.drawn))  # a shorter line hides the last
                self.drawn = len(text)
                self.stream.flush()
                self.last_draw = now
            return
        tenth = int(10 * done / self.total) if self.total else 10
        if tenth > self.shown_tenth:
            self.shown_tenth = tenth
            self.stream.write(self.line(done, skipped) + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
