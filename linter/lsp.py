"""The notelint language server: ``notelint lsp`` speaks LSP over stdio (pygls 2).

Notes open in an editor (language ids plaintext/text, markdown, mail/email) are
linted when opened and again shortly after each change: a burst of keystrokes
is debounced per document, so only the text the user paused on is linted. The
server publishes findings as diagnostics, offers each finding's fix and a
"Disable <rule> for this file" edit as quick fixes, and shows a rule's full
documentation on hover.

Each note is checked with its nearest configuration file, as on the command
line, re-read when a note is saved or the client reports a changed file. The
editor's settings (``initializationOptions`` or ``workspace/didChangeConfiguration``,
as ``{"notelint": {...}}`` or the section itself) act as flags on top: ``select``
and ``ignore`` (rule ids), ``model`` (a spaCy pipeline), ``config`` (one file for
every note) and ``isolated`` (no files).

Nothing the server runs may take it down: a rule that raises is reported with
``window/showMessage`` and the other rules' diagnostics are still published.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import sys
import traceback

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from notelint import __version__
from notelint.config import ActiveRule, Settings
from notelint.config_file import NAMES
from notelint.engine import lint_sources
from notelint.errors import NotelintError
from notelint.lsp_convert import (
    UTF16,
    Configuration,
    Positions,
    apply_change,
    diagnostic,
    disable_file_edit,
    fix_title,
    hover_markdown,
    input_error,
    overlaps,
    read_settings,
)
from notelint.model import Finding, Report
from notelint.sources import Source

DEBOUNCE = 0.02  # seconds of quiet after a change before the note is linted
MARKDOWN = frozenset({"markdown", "md", "gfm"})
PLAIN = frozenset({"plaintext", "text", "txt", "mail", "email", "eml", "message"})
_WARM_UP = (
    "---\nrole: analyst\n---\nDear Hiring Manager,\n\n"
    + "Thank you for your time!! I enjoyed our talk about the quarterly close. " * 6
    + "\n\nBest,\nAna\n"
)


@dataclasses.dataclass(eq=False)
class Document:
    """An open note: its current text, its settings, and the last report and its revision."""

    uri: str
    path: str  # "-" when the note is not a file (an unsaved buffer)
    markdown: bool
    text: str
    version: int | None
    revision: int = 0
    resolved: tuple[Settings, list[ActiveRule]] | None = None  # again when config changes
    report: Report | None = None
    linted: int = -1
    pending: asyncio.Task[None] | None = None
    failure: str | None = None  # the rule failure the user was last told about

    @property
    def current(self) -> Report | None:
        return self.report if self.linted == self.revision else None


def _source(doc: Document) -> Source:
    """The document as a Source: a plain e-mail (``.eml``) brings its headers' context
    (To:, Date:), as on the command line; any other message is linted as text, since
    its decoded body would not line up with the editor's positions."""
    if doc.path.lower().endswith(".eml"):
        from notelint.errors import InputError
        from notelint.mail import read_email

        try:
            text, context = read_email(doc.text.encode("utf-8"))
        except InputError:
            return Source(doc.path, doc.text)
        if text == doc.text:
            return Source(doc.path, doc.text, context=context)
    return Source(doc.path, doc.text)


class NotelintServer(LanguageServer):
    """One editor session: its configuration and the open notes."""

    def __init__(self) -> None:
        super().__init__("notelint", __version__)
        self.config = Configuration(lambda message: self.tell(types.MessageType.Error, message))
        self.documents: dict[str, Document] = {}
        self.document_changes = False
        self.shut_down = False

    @property
    def encoding(self) -> str:
        chosen = self.workspace.position_encoding
        return str(getattr(chosen, "value", chosen) or UTF16)

    # --- messages to the user ---------------------------------------------------

    def log(self, kind: types.MessageType, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def tell(self, kind: types.MessageType, message: str) -> None:
        self.log(kind, message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    # --- settings -----------------------------------------------------------------

    def resolve(self, doc: Document) -> tuple[Settings, list[ActiveRule]]:
        if doc.resolved is None:
            doc.resolved = self.config.resolve(doc.path)
        return doc.resolved

    def reload(self) -> None:
        """Read configuration files afresh and check every open note again."""
        self.config.reload()
        for doc in self.documents.values():
            doc.resolved = None
            self.schedule(doc, 0)

    def configure(self, payload: object) -> None:
        try:
            changed = self.config.update(read_settings(payload))
        except NotelintError as exc:
            self.tell(types.MessageType.Error, f"notelint: {exc}")
            return
        if changed:
            self.reload()

    def watch_config_files(self) -> None:
        """Ask the client to report changes to configuration files, if it can."""
        workspace = self.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace else None
        if not (watched and watched.dynamic_registration):
            return
        names = ",".join(NAMES)
        watchers = [types.FileSystemWatcher(glob_pattern=f"**/{{{names}}}")]
        options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
        method = types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        self.client_register_capability(
            types.RegistrationParams([types.Registration("notelint-config", method, options)])
        )

    # --- linting --------------------------------------------------------------------

    def schedule(self, doc: Document, delay: float) -> None:
        """Lint ``doc`` after ``delay`` seconds, replacing a run that has not started."""
        if doc.pending is not None:
            doc.pending.cancel()
        doc.pending = asyncio.get_running_loop().create_task(self._lint_later(doc, delay))

    async def _lint_later(self, doc: Document, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        doc.pending = None
        if self.documents.get(doc.uri) is doc:
            self.lint(doc)

    def refresh(self, doc: Document) -> Report | None:
        """The report for the document's current text, linting now if it is stale."""
        if doc.current is None:
            if doc.pending is not None:
                doc.pending.cancel()
                doc.pending = None
            self.lint(doc)
        return doc.current

    def lint(self, doc: Document) -> None:
        """Lint the document's text and publish; any failure is logged, never raised."""
        try:
            settings, rules = self.resolve(doc)
            report = lint_sources([_source(doc)], settings, rules)[0]
            doc.report, doc.linted = report, doc.revision
            positions = Positions(doc.text, self.encoding)
            diagnostics = [d for _, d in self.diagnostics(report, positions)]
            if report.error and report.stats is None and not report.empty:
                diagnostics.append(input_error(report.error, positions))  # unreadable front matter
            self.publish(doc, diagnostics)
            failure = report.error if report.stats is not None else None
            if failure and failure != doc.failure:
                self.tell(types.MessageType.Warning, f"notelint: {failure} (other rules ran)")
            doc.failure = failure
        except Exception:  # the editor session outlives any bug in a lint
            self.log(
                types.MessageType.Error,
                f"notelint: checking {doc.uri} failed:\n{traceback.format_exc()}",
            )

    def diagnostics(
        self, report: Report, positions: Positions
    ) -> list[tuple[Finding, types.Diagnostic]]:
        """Each finding with its diagnostic; a malformed finding (a plugin's) is logged."""
        shown = []
        for finding in report.findings:
            try:
                shown.append((finding, diagnostic(finding, positions)))
            except Exception:
                self.log(
                    types.MessageType.Error,
                    f"notelint: cannot show a {finding.rule!r} finding:\n{traceback.format_exc()}",
                )
        return shown

    def publish(self, doc: Document, diagnostics: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=doc.uri, diagnostics=diagnostics, version=doc.version
            )
        )

    # --- edits ------------------------------------------------------------------------

    def workspace_edit(self, doc: Document, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
        if self.document_changes:  # versioned: the client refuses it if the text moved on
            identifier = types.OptionalVersionedTextDocumentIdentifier(
                uri=doc.uri, version=doc.version
            )
            return types.WorkspaceEdit(
                document_changes=[
                    types.TextDocumentEdit(text_document=identifier, edits=list(edits))
                ]
            )
        return types.WorkspaceEdit(changes={doc.uri: list(edits)})

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        doc = self.documents.get(params.text_document.uri)
        report = self.refresh(doc) if doc else None
        if doc is None or report is None:
            return None
        only = params.context.only
        if only and not any(k in (types.CodeActionKind.QuickFix, "") for k in only):
            return None
        positions = Positions(doc.text, self.encoding)
        start, end = positions.span(params.range)
        fixes: list[types.CodeAction] = []
        disables: dict[str, types.CodeAction] = {}
        for finding, shown in self.diagnostics(report, positions):
            if not overlaps(finding, start, end):
                continue
            found = [shown]
            if finding.fix is not None:
                fix = finding.fix
                edit = types.TextEdit(positions.range(fix.start, fix.end), fix.replacement)
                fixes.append(
                    types.CodeAction(
                        fix_title(fix, doc.text),
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=found,
                        is_preferred=fix.safe,
                        edit=self.workspace_edit(doc, [edit]),
                    )
                )
            if finding.rule in disables:
                continue
            change = disable_file_edit(doc.text, finding.rule, doc.markdown)
            if change is not None:
                edit = types.TextEdit(positions.range(change[0], change[1]), change[2])
                disables[finding.rule] = types.CodeAction(
                    f"Disable {finding.rule} for this file",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=found,
                    edit=self.workspace_edit(doc, [edit]),
                )
        return [*fixes, *disables.values()]

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        doc = self.documents.get(params.text_document.uri)
        report = self.refresh(doc) if doc else None
        if doc is None or report is None:
            return None
        positions = Positions(doc.text, self.encoding)
        offset = positions.offset(params.position)
        hits = [f for f in report.findings if f.start <= offset < f.end or f.start == offset]
        if not hits:
            return None
        rules = {active.id: active.rule for active in self.resolve(doc)[1]}
        parts = [
            hover_markdown(f, rules[f.rule].documentation() if f.rule in rules else "", doc.text)
            for f in hits
        ]
        return types.Hover(
            types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            positions.range(min(f.start for f in hits), max(f.end for f in hits)),
        )


def create_server() -> NotelintServer:
    """A server with every notelint feature registered."""
    server = NotelintServer()

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        workspace = params.capabilities.workspace
        edit = workspace.workspace_edit if workspace else None
        server.document_changes = bool(edit and edit.document_changes)
        server.configure(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def initialized(params: types.InitializedParams) -> None:
        # Load the rules and the spaCy pipeline now, and lint once so that every
        # lazy import is done before the user's first note arrives.
        server.config.check_plugins()
        warm_up = Document("warm-up", "-", False, _WARM_UP, None)
        try:
            lint_sources([Source("-", _WARM_UP)], *server.resolve(warm_up))
        except Exception:
            server.log(types.MessageType.Warning, traceback.format_exc())
        server.watch_config_files()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(params: types.DidChangeConfigurationParams) -> None:
        server.configure(params.settings)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        language = (item.language_id or "").lower()
        if language not in MARKDOWN and language not in PLAIN:
            return
        old = server.documents.get(item.uri)
        if old is not None and old.pending is not None:
            old.pending.cancel()
        path = to_fs_path(item.uri) if item.uri.startswith("file:") else None
        doc = Document(item.uri, path or "-", language in MARKDOWN, item.text, item.version)
        server.documents[item.uri] = doc
        server.schedule(doc, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        doc = server.documents.get(params.text_document.uri)
        if doc is None:
            return
        for change in params.content_changes:
            doc.text = apply_change(doc.text, change, server.encoding)
        doc.version = params.text_document.version
        doc.revision += 1
        server.schedule(doc, DEBOUNCE)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        # Saving is when a user expects an edited configuration file to count.
        if params.text_document.uri in server.documents:
            server.reload()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        server.reload()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        doc = server.documents.pop(params.text_document.uri, None)
        if doc is not None:
            if doc.pending is not None:
                doc.pending.cancel()
            doc.version = None
            server.publish(doc, [])

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        return server.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        return server.hover(params)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: None) -> None:
        server.shut_down = True
        for doc in server.documents.values():
            if doc.pending is not None:
                doc.pending.cancel()

    return server


def serve() -> None:
    """Run the server on stdin/stdout until the client says ``exit`` or goes away."""
    server = create_server()
    server.start_io()
    # pygls leaves a thread blocked reading stdin, which would keep the process
    # alive until the client closes the pipe; end now, with the exit status LSP
    # asks for (0 after a shutdown request, 1 otherwise).
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(ValueError, OSError):  # pygls closes stdout on exit
            stream.flush()
    os._exit(0 if server.shut_down else 1)
