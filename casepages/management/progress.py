"""A one-line progress bar for long commands: done/total, the rate and the time left."""

import sys
import time


class Progress:
    def __init__(self, total, label, stream=None):
        self.total, self.label, self.stream = total, label, stream or sys.stderr
        self.done, self.started = 0, time.perf_counter()
        self._draw()

    def __call__(self, count):
        self.done += count
        self._draw()

    def _draw(self):
        elapsed = time.perf_counter() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0
        left = (self.total - self.done) / rate if rate else 0
        filled = int(30 * self.done / self.total) if self.total else 30
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}"
            f"  {rate:,.0f}/s  {elapsed:,.0f} s, {left:,.0f} s left "
        )
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
