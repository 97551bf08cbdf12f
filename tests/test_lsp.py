"""The language server, driven as an editor drives it: a real ``notelint lsp`` process on stdio.

``LspClient`` below is a small JSON-RPC client (Content-Length framing, request
ids, a reader thread collecting notifications). Every wait has a timeout, so a
hung server fails a test instead of hanging the run. One server process serves
most tests; it has a plugin on its path whose rule crashes on notes containing
TRIPWIRE and reports a malformed finding on GARBLED. A second, short-lived
process checks UTF-32 negotiation, settings passed as initializationOptions, a
plugin that fails to load, and the shutdown/exit handshake.

Positions in expectations are computed here, independently of notelint.lsp_convert.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from notelint import lint_text
from notelint.errors import ConfigError
from notelint.lsp_convert import (
    UTF8,
    UTF16,
    UTF32,
    ClientSettings,
    Positions,
    apply_change,
    disable_file_edit,
    read_settings,
)
from notelint.registry import registry

TIMEOUT = 20.0
NOTE = (
    "Dear Hiring Manager,\n\nThank you for your time!!! 😊 I am so honoured to be considered "
    "for the role at [Company Name].\n\nBest,\nAna\n"
)
CRASH_PLUGIN = """
    from notelint.model import Problem, Severity
    from notelint.rule import Rule


    class Plugged(Rule):
        \"\"\"Crashes on notes saying TRIPWIRE; a malformed finding on GARBLED (a test fixture).\"\"\"

        id = "tripwire"
        severity = Severity.INFO

        def check(self, note, options):
            if "TRIPWIRE" in note.text:
                raise RuntimeError("tripped over the wire")
            if "GARBLED" in note.text:
                yield Problem(0, 4, None)  # no message: not something an editor can show
"""

Json = dict[str, Any]


class LspClient:
    """Talks JSON-RPC to a server process; records what the server sends."""

    def __init__(self, env: dict[str, str], stderr: Path) -> None:
        self.stderr_path = stderr
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "notelint.cli", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr.open("wb"),
            env=env,
        )
        self.notifications: list[Json] = []
        self.responses: dict[int, Json] = {}
        self.changed = threading.Condition()
        self.write_lock = threading.Lock()
        self.ids = itertools.count(1)
        self.versions: dict[str, int] = {}
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # --- wire ---------------------------------------------------------------------

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self.changed:
                        self.changed.notify_all()
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            assert length is not None, "a message without Content-Length"
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            with self.changed:
                if "method" in message:
                    self.notifications.append(message)
                else:
                    self.responses[message["id"]] = message
                self.changed.notify_all()

    def _send(self, *messages: Json) -> None:
        data = b""
        for message in messages:
            body = json.dumps(message).encode("utf-8")
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        with self.write_lock:
            assert self.proc.stdin is not None
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-3000:]

    def _wait(self, found: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                result = found()
                if result is not None:
                    return result
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self.reader.is_alive()):
                    pytest.fail(f"timed out waiting for {what}\nserver stderr:\n{self.stderr()}")
                self.changed.wait(min(left, 0.5))

    def request(self, method: str, params: Any) -> Any:
        msg_id = next(self.ids)
        self._send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        response = self._wait(lambda: self.responses.get(msg_id), f"the {method} response")
        assert "error" not in response, response
        assert "result" in response, response
        return response["result"]

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def mark(self) -> int:
        with self.changed:
            return len(self.notifications)

    def received(self, method: str, since: int = 0) -> list[Json]:
        with self.changed:
            return [m["params"] for m in self.notifications[since:] if m["method"] == method]

    def wait_for(
        self, method: str, since: int, test: Callable[[Json], bool] = lambda _: True
    ) -> Json:
        def found() -> Json | None:
            return next((p for p in self.received(method, since) if test(p)), None)

        return self._wait(found, method)

    # --- what an editor does ----------------------------------------------------------

    def diagnostics(self, uri: str, since: int, version: int | None = None) -> list[Json]:
        params = self.wait_for(
            "textDocument/publishDiagnostics",
            since,
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
        )
        return params["diagnostics"]

    def open(self, uri: str, text: str, language: str = "plaintext") -> list[Json]:
        since = self.mark()
        self.versions[uri] = 1
        item = {"uri": uri, "languageId": language, "version": 1, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": item})
        return self.diagnostics(uri, since, 1)

    def change(self, uri: str, *changes: Json) -> list[Json]:
        since = self.mark()
        self.versions[uri] += 1
        version = self.versions[uri]
        document = {"uri": uri, "version": version}
        params = {"textDocument": document, "contentChanges": list(changes)}
        self.notify("textDocument/didChange", params)
        return self.diagnostics(uri, since, version)

    def close(self, uri: str) -> list[Json]:
        since = self.mark()
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        return self.diagnostics(uri, since)

    def stop(self) -> int:
        if self.proc.poll() is None:
            try:
                self.request("shutdown", None)
                self.notify("exit", None)
            except (OSError, pytest.fail.Exception):
                pass
        try:
            return self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=TIMEOUT)


def start(
    tmp: Path, encodings: list[str], plugin: str, options: Json | None = None
) -> tuple[LspClient, Json]:
    """A server with ``plugin`` (module source) installed as a distribution, initialized."""
    env = dict(os.environ)
    if plugin:
        (tmp / "notelint_tripwire.py").write_text(textwrap.dedent(plugin))
        info = tmp / "notelint_tripwire-1.0.dist-info"
        info.mkdir()
        meta = "Metadata-Version: 2.1\nName: notelint-tripwire\nVersion: 1.0\n"
        (info / "METADATA").write_text(meta)
        (info / "entry_points.txt").write_text(
            "[notelint.rules]\nrule = notelint_tripwire:Plugged\n"
        )
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp), env.get("PYTHONPATH")]))
    client = LspClient(env, tmp / "server-stderr.log")
    capabilities = {
        "general": {"positionEncodings": encodings},
        "textDocument": {
            "publishDiagnostics": {"versionSupport": True},
            "codeAction": {
                "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}
            },
            "hover": {"contentFormat": ["markdown", "plaintext"]},
        },
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
    }
    params = {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities}
    result = client.request("initialize", {**params, "initializationOptions": options})
    client.notify("initialized", {})
    return client, result


@pytest.fixture(scope="module")
def lsp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LspClient, Json]]:
    client, result = start(tmp_path_factory.mktemp("lsp"), ["utf-16"], CRASH_PLUGIN)
    yield client, result
    client.stop()


@pytest.fixture
def client(lsp: tuple[LspClient, Json]) -> LspClient:
    return lsp[0]


def uri(name: str) -> str:
    return f"file:///notes/{name}"


def position(text: str, offset: int) -> Json:
    """An LSP position in UTF-16 code units (the test texts use only \\n line breaks)."""
    line_start = text.rfind("\n", 0, offset) + 1
    character = len(text[line_start:offset].encode("utf-16-le")) // 2
    return {"line": text.count("\n", 0, offset), "character": character}


def span(text: str, covered: str) -> Json:
    start = text.index(covered)
    return {"start": position(text, start), "end": position(text, start + len(covered))}


def offset(text: str, pos: Json) -> int:
    lines = text.split("\n")
    at = sum(len(line) + 1 for line in lines[: pos["line"]])
    units = 0
    for ch in lines[pos["line"]]:
        if units >= pos["character"]:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        at += 1
    return at


def apply_edits(text: str, edits: list[Json]) -> str:
    for edit in sorted(edits, key=lambda e: offset(text, e["range"]["start"]), reverse=True):
        start, end = offset(text, edit["range"]["start"]), offset(text, edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


def codes(diagnostics: list[Json]) -> list[str]:
    return sorted(d["code"] for d in diagnostics)


def code_actions(client: LspClient, doc: str, range_: Json) -> list[Json]:
    params = {"textDocument": {"uri": doc}, "range": range_, "context": {"diagnostics": []}}
    return client.request("textDocument/codeAction", params) or []


# --- start-up --------------------------------------------------------------------------


def test_initialize_negotiates_utf16_and_advertises_features(lsp: tuple[LspClient, Json]) -> None:
    result = lsp[1]
    capabilities = result["capabilities"]
    assert result["serverInfo"]["name"] == "notelint"
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["textDocumentSync"]["openClose"] is True
    assert capabilities["textDocumentSync"]["change"] == types.TextDocumentSyncKind.Incremental
    assert capabilities["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
    assert capabilities["hoverProvider"]
    client = lsp[0]
    registered = client.wait_for("client/registerCapability", 0)["registrations"]
    assert [r["method"] for r in registered] == ["workspace/didChangeWatchedFiles"]
    pattern = registered[0]["registerOptions"]["watchers"][0]["globPattern"]
    assert pattern == "**/{notelint.toml,.notelint.toml,pyproject.toml}"


# --- diagnostics -------------------------------------------------------------------------


def test_open_publishes_every_finding_with_utf16_ranges(client: LspClient) -> None:
    diagnostics = client.open(uri("open.txt"), NOTE)
    expected = lint_text(NOTE).findings
    assert len(diagnostics) == len(expected)
    lines = NOTE.split("\n")
    for diag, finding in zip(diagnostics, expected, strict=True):
        line = lines[finding.begin.line - 1]
        assert diag["code"] == finding.rule
        assert diag["source"] == "notelint"
        assert diag["message"] == finding.message
        assert diag["data"]["rule"] == finding.rule
        assert diag["data"]["suggestion"] == finding.suggestion
        assert diag["range"]["start"] == {
            "line": finding.begin.line - 1,
            "character": len(line[: finding.begin.column - 1].encode("utf-16-le")) // 2,
        }
    by_code = {d["code"]: d for d in diagnostics}
    assert by_code["template-placeholder"]["severity"] == types.DiagnosticSeverity.Error
    assert by_code["sycophancy"]["severity"] == types.DiagnosticSeverity.Warning
    # The emoji before "am so honoured" is one character but two UTF-16 code units.
    honoured = by_code["sycophancy"]["range"]
    assert honoured == span(NOTE, "am so honoured")
    assert honoured["start"]["character"] == lines[2].index("am so honoured") + 1 == 32
    bangs = next(d for d in diagnostics if d["range"] == span(NOTE, "!!!"))
    assert bangs["code"] == "informal"
    assert bangs["data"]["fix"] == {"replacement": "!", "safe": True}


def test_changes_update_the_diagnostics(client: LspClient, clean_note: str) -> None:
    doc = uri("change.txt")
    before = client.open(doc, NOTE)
    assert codes(before).count("informal") == 2
    # An incremental edit, as editors send while typing: "!!!" becomes ".".
    after = client.change(doc, {"range": span(NOTE, "!!!"), "text": "."})
    assert codes(after).count("informal") == 1
    assert [d["range"] for d in after if d["code"] == "sycophancy"] == [
        span(NOTE.replace("!!!", "."), "am so honoured")
    ]
    # A whole-document change: the fixed note has nothing left to report.
    assert client.change(doc, {"text": clean_note}) == []
    client.close(doc)


def test_a_burst_of_changes_is_linted_once_it_settles(client: LspClient) -> None:
    doc = uri("burst.txt")
    client.open(doc, NOTE)
    since = client.mark()
    messages = []
    text = NOTE
    for version in range(2, 8):
        text = text.replace("!!!", "!!!!", 1) if version < 7 else NOTE.replace("!!!", ".")
        params = {
            "textDocument": {"uri": doc, "version": version},
            "contentChanges": [{"text": text}],
        }
        messages.append({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": params})
    client._send(*messages)  # all six changes arrive together, faster than any person types
    final = client.diagnostics(doc, since, version=7)
    assert codes(final).count("informal") == 1
    published = client.received("textDocument/publishDiagnostics", since)
    versions = [p["version"] for p in published if p["uri"] == doc]
    assert versions[-1] == 7
    assert len(versions) < 6, f"every change was linted: versions {versions}"
    client.close(doc)


def test_other_languages_are_ignored(client: LspClient) -> None:
    since = client.mark()
    item = {"uri": uri("script.py"), "languageId": "python", "version": 1, "text": NOTE}
    client.notify("textDocument/didOpen", {"textDocument": item})
    assert client.open(uri("after-python.md"), NOTE, "markdown")
    published = client.received("textDocument/publishDiagnostics", since)
    assert [p["uri"] for p in published if p["uri"] == uri("script.py")] == []
    hover = {"textDocument": {"uri": uri("script.py")}, "position": {"line": 0, "character": 1}}
    assert client.request("textDocument/hover", hover) is None
    client.close(uri("after-python.md"))


def test_an_email_brings_its_headers_and_front_matter(client: LspClient) -> None:
    # Sent three days after the interview its front matter names: late, as on the CLI.
    text = (
        "From: Ana Ruiz <ana@example.com>\nTo: Priya Shah <priya@example.com>\n"
        "Subject: Vendor invoice backlog\nDate: Fri, 7 Mar 2025 09:30:00 +0000\n\n"
        "---\ninterviewed: 2025-03-04 14:00+00:00\n---\n" + NOTE
    )
    doc = uri("sent.eml")
    assert "late" in codes(client.open(doc, text, "mail"))
    client.close(doc)


def test_close_publishes_no_diagnostics(client: LspClient) -> None:
    doc = uri("close.txt")
    assert client.open(doc, NOTE)
    assert client.close(doc) == []


def test_broken_front_matter_is_reported_on_the_first_line(client: LspClient) -> None:
    doc = uri("front-matter.txt")
    diagnostics = client.open(doc, "---\nnotelint: [oops\n---\n" + NOTE)
    assert len(diagnostics) == 1
    assert diagnostics[0]["severity"] == types.DiagnosticSeverity.Error
    assert diagnostics[0]["range"]["start"] == {"line": 0, "character": 0}
    assert "front matter" in diagnostics[0]["message"]
    client.close(doc)


# --- code actions ------------------------------------------------------------------------


def test_quick_fix_replaces_the_exclamation_marks(client: LspClient) -> None:
    doc = uri("fix.txt")
    client.open(doc, NOTE)
    actions = code_actions(client, doc, span(NOTE, "!!!"))
    fixes = [a for a in actions if a["title"].startswith("Replace")]
    assert len(fixes) == 1
    fix = fixes[0]
    assert fix["title"] == "Replace '!!!' with '!'"
    assert fix["kind"] == "quickfix"
    assert fix["isPreferred"] is True
    assert fix["diagnostics"][0]["code"] == "informal"
    assert fix["edit"]["changes"] == {doc: [{"range": span(NOTE, "!!!"), "newText": "!"}]}
    assert [a["title"] for a in actions if a["title"].startswith("Disable")] == [
        "Disable informal for this file"
    ]
    edited = apply_edits(NOTE, fix["edit"]["changes"][doc])
    assert edited == NOTE.replace("!!!", "!")
    after = client.change(doc, {"text": edited})
    assert [d for d in after if d["range"] == span(NOTE, "!!!")] == []
    assert codes(after).count("informal") == 1  # the emoji is still there
    client.close(doc)


@pytest.mark.parametrize(
    ("name", "language", "head", "edit_text", "edited_head"),
    [
        (
            "plain.txt",
            "plaintext",
            "",
            "---\nnotelint:\n  disable: [informal]\n---\n",
            "---\nnotelint:\n  disable: [informal]\n---\n",
        ),
        (
            "mail.eml",
            "mail",
            "---\ncompany: Globex\nnotelint:\n  disable: [sycophancy]\n---\n",
            "notelint:\n  disable: [sycophancy, informal]\n",
            "---\ncompany: Globex\nnotelint:\n  disable: [sycophancy, informal]\n---\n",
        ),
        (
            "note.md",
            "markdown",
            "",
            "<!-- notelint: disable-file=informal -->\n",
            "<!-- notelint: disable-file=informal -->\n",
        ),
        (
            "extend.md",
            "markdown",
            "<!-- notelint: disable-file=sycophancy -->\n",
            "<!-- notelint: disable-file=sycophancy,informal -->",
            "<!-- notelint: disable-file=sycophancy,informal -->\n",
        ),
    ],
)
def test_disable_for_file_silences_the_rule(
    client: LspClient, name: str, language: str, head: str, edit_text: str, edited_head: str
) -> None:
    doc, text = uri(name), head + NOTE
    before = client.open(doc, text, language)
    assert "informal" in codes(before)
    assert ("sycophancy" in codes(before)) == ("sycophancy" not in head)
    actions = code_actions(client, doc, span(text, "😊"))
    disable = next(a for a in actions if a["title"] == "Disable informal for this file")
    assert disable["kind"] == "quickfix"
    edits = disable["edit"]["changes"][doc]
    assert [e["newText"] for e in edits] == [edit_text]
    edited = apply_edits(text, edits)
    assert edited == edited_head + NOTE
    after = client.change(doc, {"text": edited})
    assert "informal" not in codes(after), "the engine did not honour the disable edit"
    assert {"generic-greeting", "template-placeholder"} <= set(codes(after))
    client.close(doc)


# --- hover -------------------------------------------------------------------------------


def test_hover_shows_the_rule_documentation_and_suggestion(client: LspClient) -> None:
    doc = uri("hover.txt")
    client.open(doc, NOTE)
    at = {"textDocument": {"uri": doc}, "position": position(NOTE, NOTE.index("!!!") + 1)}
    hover = client.request("textDocument/hover", at)
    assert hover["contents"]["kind"] == "markdown"
    value = hover["contents"]["value"]
    assert "informal" in value
    assert registry(False)["informal"].rule.documentation() in value
    assert "use one '!' at most, or a full stop" in value
    assert hover["range"] == span(NOTE, "!!!")
    nowhere = {"textDocument": {"uri": doc}, "position": position(NOTE, NOTE.index("Ana"))}
    assert client.request("textDocument/hover", nowhere) is None
    client.close(doc)


# --- settings ------------------------------------------------------------------------------


def test_configuration_changes_relint_open_notes(client: LspClient) -> None:
    doc = uri("settings.txt")
    every = codes(client.open(doc, NOTE))
    try:
        since = client.mark()
        client.notify(
            "workspace/didChangeConfiguration", {"settings": {"notelint": {"select": ["informal"]}}}
        )
        assert codes(client.diagnostics(doc, since)) == ["informal", "informal"]

        since = client.mark()
        client.notify(
            "workspace/didChangeConfiguration", {"settings": {"notelint": {"select": ["informl"]}}}
        )
        shown = client.wait_for("window/showMessage", since)
        assert shown["type"] == types.MessageType.Error
        assert "unknown rule 'informl'" in shown["message"]
        assert "informal" in shown["message"]  # the did-you-mean
        assert codes(client.change(doc, {"text": NOTE})) == ["informal", "informal"]

        since = client.mark()
        client.notify(
            "workspace/didChangeConfiguration",
            {"settings": {"notelint": {"ignore": "informal,sycophancy"}}},
        )
        assert "informal" not in codes(client.diagnostics(doc, since))
    finally:
        since = client.mark()
        client.notify("workspace/didChangeConfiguration", {"settings": {"notelint": {}}})
        assert codes(client.diagnostics(doc, since)) == every
    client.close(doc)


def test_the_nearest_configuration_file_applies_and_is_reread(
    client: LspClient, tmp_path: Path
) -> None:
    config = tmp_path / "notelint.toml"
    config.write_text('ignore = ["sycophancy"]\n\n[informal]\nseverity = "error"\n')
    (tmp_path / "drafts").mkdir()
    doc = (tmp_path / "drafts" / "note.txt").as_uri()
    diagnostics = client.open(doc, NOTE)
    assert "sycophancy" not in codes(diagnostics)
    assert {d["severity"] for d in diagnostics if d["code"] == "informal"} == {1}

    def save() -> list[Json]:
        since = client.mark()
        client.notify("textDocument/didSave", {"textDocument": {"uri": doc}})
        return client.diagnostics(doc, since)

    config.write_text("ignore = []\n")
    assert "sycophancy" in codes(save())

    config.write_text('ignore = ["sycophancy"]\n')
    since = client.mark()
    change = {"uri": config.as_uri(), "type": types.FileChangeType.Changed}
    client.notify("workspace/didChangeWatchedFiles", {"changes": [change]})
    assert "sycophancy" not in codes(client.diagnostics(doc, since))

    since = client.mark()
    config.write_text('ignore = ["sycophancyy"]\n')
    diagnostics = save()  # a broken file: reported, and the note is still checked
    shown = client.wait_for("window/showMessage", since, lambda p: "sycophancyy" in p["message"])
    assert shown["type"] == types.MessageType.Error
    assert str(config) in shown["message"]
    assert "did you mean 'sycophancy'" in shown["message"]
    assert {"informal", "sycophancy"} <= set(codes(diagnostics))
    client.close(doc)


# --- robustness ----------------------------------------------------------------------------


def test_a_crashing_rule_is_reported_and_the_others_still_publish(client: LspClient) -> None:
    doc = uri("tripwire.txt")
    since = client.mark()
    text = NOTE.replace("Best,", "TRIPWIRE\n\nBest,")
    diagnostics = client.open(doc, text)
    assert {"informal", "sycophancy", "template-placeholder"} <= set(codes(diagnostics))
    shown = client.wait_for("window/showMessage", since, lambda p: "tripwire" in p["message"])
    assert shown["type"] == types.MessageType.Warning
    assert "RuntimeError: tripped over the wire" in shown["message"]
    logged = client.wait_for("window/logMessage", since, lambda p: "tripwire" in p["message"])
    assert logged["type"] == types.MessageType.Warning
    # Still alive and answering.
    at = {"textDocument": {"uri": doc}, "position": position(text, text.index("!!!"))}
    assert client.request("textDocument/hover", at) is not None
    client.close(doc)


def test_a_malformed_finding_is_logged_and_the_others_still_publish(client: LspClient) -> None:
    doc = uri("garbled.txt")
    since = client.mark()
    diagnostics = client.open(doc, NOTE.replace("Best,", "GARBLED\n\nBest,"))
    assert "tripwire" not in codes(diagnostics)
    assert {"informal", "sycophancy", "template-placeholder"} <= set(codes(diagnostics))
    logged = client.wait_for("window/logMessage", since, lambda p: "tripwire" in p["message"])
    assert logged["type"] == types.MessageType.Error
    assert "cannot show a 'tripwire' finding" in logged["message"]
    actions = code_actions(client, doc, {"start": position(NOTE, 0), "end": position(NOTE, 4)})
    assert "Disable generic-greeting for this file" in [a["title"] for a in actions]
    client.close(doc)


def test_utf32_options_broken_plugin_shutdown_and_exit(tmp_path: Path) -> None:
    options = {"select": ["sycophancy", "informal"]}  # the section itself, as Helix sends it
    broken = 'raise RuntimeError("cannot find its word list")\n'
    client, result = start(tmp_path, ["utf-32", "utf-16"], broken, options)
    try:
        assert result["capabilities"]["positionEncoding"] == "utf-32"
        diagnostics = client.open(uri("utf32.txt"), NOTE)
        assert codes(diagnostics) == ["informal", "informal", "sycophancy"]
        shown = client.wait_for("window/showMessage", 0)
        assert shown["type"] == types.MessageType.Error
        assert "notelint-tripwire" in shown["message"]
        assert "running without plugins" in shown["message"]
        honoured = next(d for d in diagnostics if d["code"] == "sycophancy")
        assert honoured["range"]["start"]["character"] == NOTE.split("\n")[2].index("am so")
        assert client.request("shutdown", None) is None
        client.notify("exit", None)
        # The client keeps stdin open, as editors do: the server must still end.
        assert client.proc.wait(timeout=TIMEOUT) == 0
    finally:
        client.stop()


# --- conversions, without a server -----------------------------------------------------------


@pytest.mark.parametrize(("encoding", "character"), [(UTF8, 6), (UTF16, 4), (UTF32, 3)])
def test_positions_count_in_the_negotiated_encoding(encoding: str, character: int) -> None:
    text = "ab😊c\r\nx\u2028y\rzé"
    positions = Positions(text, encoding)
    assert positions.position(3) == types.Position(0, character)  # just after the emoji
    assert positions.position(9) == types.Position(1, 3 if encoding != UTF8 else 5)
    assert positions.position(11) == types.Position(2, 1)  # a lone CR ends a line; U+2028 does not
    for at in range(len(text) + 1):
        if text[at - 1 : at + 1] != "\r\n":
            assert positions.offset(positions.position(at)) == at
    assert positions.offset(types.Position(0, 99)) == 4  # past the end of a line: its end
    assert positions.offset(types.Position(9, 0)) == len(text)


def test_incremental_changes_apply_in_utf16() -> None:
    text = "I 😊 it!!!\nBest,\n"
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(0, 7), types.Position(0, 10)), text="!"
    )
    assert apply_change(text, change, UTF16) == "I 😊 it!\nBest,\n"
    whole = types.TextDocumentContentChangeWholeDocument(text="new")
    assert apply_change(text, whole, UTF16) == "new"


@pytest.mark.parametrize(
    ("text", "edited"),
    [
        (
            "---\nnotelint:\n  disable:\n    - sycophancy\n---\nHi\n",
            "---\nnotelint:\n  disable: [sycophancy, informal]\n---\nHi\n",
        ),
        (
            "---\nnotelint: {disable: sycophancy}\nrole: analyst\n---\nHi\n",
            "---\nnotelint:\n  disable: [sycophancy, informal]\nrole: analyst\n---\nHi\n",
        ),
        ("---\nnotelint:\n  disable: [informal]\n---\nHi\n", None),
    ],
)
def test_disable_edit_rewrites_the_notelint_key(text: str, edited: str | None) -> None:
    edit = disable_file_edit(text, "informal", markdown=False)
    if edited is None:
        assert edit is None  # already disabled
    else:
        assert edit is not None
        assert text[: edit[0]] + edit[2] + text[edit[1] :] == edited


def test_disable_edit_keeps_crlf_front_matter_intact() -> None:
    text = "---\r\nrole: analyst\r\n---\r\nHi Sam,\r\n"
    edit = disable_file_edit(text, "informal", markdown=False)
    assert edit is not None
    edited = text[: edit[0]] + edit[2] + text[edit[1] :]
    assert edited.count("---") == 2, edited  # extended (or commented below), never duplicated
    assert edited.startswith("---\r\nrole: analyst\r\n")
    assert "\r\n" in edit[2] and "\n" not in edit[2].replace("\r\n", "")


def test_markdown_disable_comment_goes_below_front_matter() -> None:
    text = "---\ntitle: Follow-up\n---\n# Hi\n"
    edit = disable_file_edit(text, "informal", markdown=True)
    assert edit == (len("---\ntitle: Follow-up\n---\n"),) * 2 + (
        "<!-- notelint: disable-file=informal -->\n",
    )


def test_settings_are_read_from_either_shape() -> None:
    nested = read_settings({"notelint": {"select": ["informal"], "config": "~/n.toml"}})
    assert nested == ClientSettings({"select": ("informal",)}, "~/n.toml")
    flat = read_settings({"ignore": "informal, sycophancy", "model": None, "isolated": True})
    assert flat == ClientSettings({"ignore": ("informal", "sycophancy")}, isolated=True)
    assert read_settings({"notelint": {}}) == ClientSettings()
    assert read_settings({"python": {"x": 1}}) is None
    assert read_settings(None) is None
    with pytest.raises(ConfigError, match=r"notelint\.select must be a list of rule ids"):
        read_settings({"notelint": {"select": 3}})
