"""The progress bar: redrawn in place on a terminal, a line per tenth in a log."""
from __future__ import annotations

import io

from geo.pipeline.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_a_line_per_tenth_with_rate_and_skips():
    now = [0.0]
    log = io.StringIO()
    bar = Progress(200, stream=log, clock=lambda: now[0])
    for done in range(1, 201):
        now[0] = done / 100  # 100 articles a second
        bar.update(done, skipped=done // 50)
    bar.close()
    lines = log.getvalue().splitlines()
    assert len(lines) == 11  # 0 %, 10 %, ..., 100 %
    assert lines[-1].startswith("[" + "#" * 30 + "] 200/200 articles 100%")
    assert "100/s" in lines[-1] and "4 skipped" in lines[-1] and "eta 0 s" in lines[-1]
    assert "eta 1 s" in lines[5]  # halfway, 100 left at 100/s


def test_a_terminal_is_redrawn_in_place_at_most_five_times_a_second():
    now = [0.0]
    term = Terminal()
    bar = Progress(1000, stream=term, clock=lambda: now[0])
    for done in range(1, 1001):
        now[0] = done / 1000  # one second in all
        bar.update(done)
    bar.close()
    out = term.getvalue()
    assert out.count("\r") <= 7 and "\n" not in out[:-1] and out.endswith("\n")
    assert "1000/1000 articles 100%" in out.split("\r")[-1]
