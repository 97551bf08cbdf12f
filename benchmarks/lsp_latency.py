"""Time the language server as an editor sees it: from a keystroke to fresh diagnostics.

Usage: python benchmarks/lsp_latency.py [--changes 30] [--interval 0.2] [--full]

Starts ``notelint lsp`` as a separate process, initializes it, opens a note of
about 300 words, then sends ``--changes`` edits (one typed character each,
incremental unless ``--full``) ``--interval`` seconds apart. For each edit it
measures the time from writing the change to the server's stdin to reading the
``publishDiagnostics`` for that document version, and prints min, median, p95
and max in milliseconds (the target is 50 ms; the server waits out a short
debounce before linting, which is part of every number). Standard library only;
it prints numbers and never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from typing import Any

URI = "file:///bench/follow-up.txt"
NOTE = """Dear Hiring Manager,

Thank you for your time yesterday!!! I really enjoyed our conversation about the analytics \
team and the work you are doing on the customer retention dashboards. 😊

You mentioned that the biggest challenge this quarter is reconciling the subscription data \
from the billing system with the product usage events, and that the current nightly job \
often fails when the upstream export is late. At Globex I owned a very similar pipeline: I \
moved the reconciliation into a staged load with explicit checks for late files, added \
alerting on row counts, and cut the number of failed nightly runs from about six a month to \
one. I would be glad to walk you through how we structured the checks, because I think a \
similar approach could work for your team without a large rewrite.

I also appreciated hearing from Priya about how the team runs its weekly planning and how \
analysts pair with product managers on new metrics. That kind of close collaboration is \
exactly what I have been looking for, and it made me even more keen to join the analytics \
team. I am so honoured to be considered for this role and I hope to hear from you soon.

In the meantime, I have attached a short write-up of the dashboard migration I mentioned, \
including the data model and the test plan we used to compare the old and new numbers \
before switching over. If it would help, I can also share the SQL for the late-file checks \
and the alert thresholds we settled on after a few weeks of tuning.

Please let me know if there is anything else you need from me, such as references or work \
samples, and thank you again for the opportunity to interview with such a thoughtful team.

Best regards,
Ana Ruiz
ana.ruiz@example.com
"""


class Server:
    """A ``notelint lsp`` process and a reader thread that timestamps what it sends."""

    def __init__(self, command: list[str]) -> None:
        self.proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.received: list[tuple[float, dict[str, Any]]] = []
        self.changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    with self.changed:
                        self.changed.notify_all()
                    return
                if not line.strip():
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            now = time.perf_counter()
            if "method" in message and "id" in message:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            with self.changed:
                self.received.append((now, message))
                self.changed.notify_all()

    def send(self, message: dict[str, Any]) -> float:
        body = json.dumps(message).encode("utf-8")
        data = b"Content-Length: %d\r\n\r\n" % len(body) + body
        assert self.proc.stdin is not None
        sent = time.perf_counter()
        self.proc.stdin.write(data)
        self.proc.stdin.flush()
        return sent

    def wait(self, test: Any, timeout: float = 30.0) -> float:
        """When the first message passing ``test`` arrived."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for at, message in self.received:
                    if test(message):
                        return at
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise SystemExit("the server did not answer in time")
                self.changed.wait(left)


def diagnostics_for(version: int, uri: str = URI) -> Any:
    def test(message: dict[str, Any]) -> bool:
        params = message.get("params") or {}
        return (
            message.get("method") == "textDocument/publishDiagnostics"
            and params.get("uri") == uri
            and params.get("version") == version
        )

    return test


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=30, help="edits to time (default 30)")
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between edits")
    parser.add_argument("--full", action="store_true", help="send whole-document changes")
    parser.add_argument(
        "--command",
        default=f"{sys.executable} -m notelint.cli lsp",
        help="how to start the server (default: this Python's notelint)",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    server = Server(args.command.split())
    capabilities = {"general": {"positionEncodings": ["utf-16"]}}
    init = {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities}
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": init})
    server.wait(lambda m: m.get("id") == 1)
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    item = {"uri": URI, "languageId": "plaintext", "version": 1, "text": NOTE}
    opened = server.send(
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": item}}
    )
    first = server.wait(diagnostics_for(1))
    # A second note, once everything is loaded: what opening a file costs from then on.
    other = URI.replace(".txt", "-2.txt")
    item = {**item, "uri": other}
    reopened = server.send(
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": item}}
    )
    second = server.wait(diagnostics_for(1, other))

    text = NOTE
    line = text.count("\n", 0, text.index("In the meantime"))
    latencies = []
    for version in range(2, args.changes + 2):
        time.sleep(args.interval)
        typed = "x" if version % 2 else " "  # type a character at the end of a line
        column = len(text.split("\n")[line])
        text_lines = text.split("\n")
        text_lines[line] += typed
        text = "\n".join(text_lines)
        if args.full:
            change: dict[str, Any] = {"text": text}
        else:
            at = {"line": line, "character": column}
            change = {"range": {"start": at, "end": at}, "text": typed}
        params = {"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]}
        sent = server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": params})
        latencies.append((server.wait(diagnostics_for(version)) - sent) * 1000)

    server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    server.wait(lambda m: m.get("id") == 2)
    server.send({"jsonrpc": "2.0", "method": "exit", "params": None})
    code = server.proc.wait(timeout=30)

    words = len(NOTE.split())
    sync = "full" if args.full else "incremental"
    print(
        f"note: {words} words; {args.changes} {sync} changes, {args.interval * 1000:.0f} ms apart"
    )
    print(f"start-up to first diagnostics: {(first - started) * 1000:.0f} ms")
    print(f"first didOpen to diagnostics:  {(first - opened) * 1000:.1f} ms (waits for warm-up)")
    print(f"later didOpen to diagnostics:  {(second - reopened) * 1000:.1f} ms")
    print(
        "didChange to diagnostics (ms): "
        f"min {min(latencies):.1f}  median {statistics.median(latencies):.1f}  "
        f"p95 {percentile(latencies, 0.95):.1f}  max {max(latencies):.1f}"
    )
    print(f"server exit status: {code}")


if __name__ == "__main__":
    main()
