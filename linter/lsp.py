"""The notelint language server: ``notelint lsp`` speaks LSP over stdio (pygls 2).

Notes open in an editor (language ids plaintext/text, markdown, mail/email) are
linted when opened and again shortly after each change: a burst of keystrokes
is debounced per document, so only the text the user paused on is linted. The
server publishes findings as diagnostics, offers each finding's fix and a
"Disable <rule> for this file" edit as quick fixes, and shows a rule's full
documentation on hover.

Settings come from ``initializationOptions`` or ``workspace/didChangeConfiguration``,
either as ``{"notelint": {...}}`` or the section itself: ``select`` and ``ignore``
(lists of rule ids) and ``model`` (an installed spaCy pipeline).

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
from notelint.config import ActiveRule, Settings, active_rules
from notelint.engine import lint_sources
from notelint.errors import ConfigError, NotelintError
from notelint.lsp_convert import (
    UTF16,
    Positions,
    apply_change,
    covers,
    diagnostic,
    disable_file_edit,
    fix_title,
    hover_markdown,
    input_error,
    overlaps,
    read_settings,
)
from notelint.model import Finding, Report
from notelint.nlp import get_pipeline
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
    settings: Settings | None = None  # resolved on first lint, again when config changes
    rules: list[ActiveRule] | None = None
    report: Report | None = None
    linted: int = -1
    pending: asyncio.Task[None] | None = None
    failure: str | None = None  # the rule failure the user was last told about

    @property
    def current(self) -> Report | None:
        return self.report if self.linted == self.revision else None


class NotelintServer(LanguageServer):
    """One editor session: the editor's settings, configuration files, and the open notes.

    Each note is checked with the settings of its nearest configuration file, as
    on the command line, with the editor's settings on top as flags would be.
    """

    def __init__(self) -> None:
        super().__init__("notelint", __version__)
        self.client = ClientSettings()
        self.plugins = True
        self._resolver: Resolver | None = None
        self.rule_sets: dict[int, tuple[Settings, list[ActiveRule]]] = {}
        self.told: set[str] = set()
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

    def tell_once(self, error: Exception) -> None:
        """Report a settings problem once, not for every note and keystroke."""
        if str(error) not in self.told:
            self.told.add(str(error))
            self.tell(types.MessageType.Error, f"notelint: {error}")

    # --- settings -----------------------------------------------------------------

    def check_plugins(self) -> None:
        """A plugin that fails to load is reported once; the built-in rules still run."""
        try:
            registry(True)
        except NotelintError as exc:
            self.tell(types.MessageType.Error, f"notelint: {exc}; running without plugins")
            self.plugins = False

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            client = self.client
            config = Path(client.config).expanduser() if client.config else None
            try:
                self._resolver = Resolver(client.overrides, config, client.isolated, self.plugins)
            except NotelintError as exc:
                self.tell_once(exc)
                self._resolver = Resolver(client.overrides, None, client.isolated, self.plugins)
        return self._resolver

    def rules_for(self, settings: Settings) -> list[ActiveRule]:
        """The rules ``settings`` select, built once per settings object."""
        if id(settings) not in self.rule_sets:
            rules = active_rules(settings)
            get_pipeline(settings.model)
            self.rule_sets[id(settings)] = (settings, rules)  # keeps the id from being reused
        return self.rule_sets[id(settings)][1]

    def resolve(self, doc: Document) -> list[ActiveRule]:
        """Settings and rules for ``doc``; a broken configuration file falls back loudly."""
        fallbacks = (
            lambda: self.resolver.settings_for(doc.path),
            lambda: settings_for(None, self.client.overrides, self.plugins),  # without files
            lambda: Settings(plugins=self.plugins),
        )
        for make in fallbacks:
            try:
                settings = make()
                doc.settings, doc.rules = settings, self.rules_for(settings)
                return doc.rules
            except NotelintError as exc:
                self.tell_once(exc)
        doc.settings, doc.rules = Settings(plugins=False), []
        return doc.rules

    def reload(self) -> None:
        """Read configuration files afresh and check every open note again."""
        nearest.cache_clear()
        self._resolver = None
        self.rule_sets.clear()
        self.told.clear()
        for doc in self.documents.values():
            doc.rules = None
            self.schedule(doc, 0)

    def configure(self, payload: object) -> None:
        try:
            client = read_settings(payload)
            if client is None or client == self.client:
                return
            # Check the editor's own values before giving up the ones that work.
            active_rules(settings_for(None, client.overrides, self.plugins))
        except NotelintError as exc:
            self.tell(types.MessageType.Error, f"notelint: {exc}")
            return
        self.client = client
        self.reload()

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
            rules = doc.rules if doc.rules is not None else self.resolve(doc)
            report = lint_sources([Source(doc.path, doc.text)], doc.settings, rules)[0]
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
        hits = [f for f in report.findings if covers(f, offset)]
        if not hits:
            return None
        rules = {active.id: active.rule for active in doc.rules or ()}
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
        # Build the rules and the spaCy pipeline now, and lint once so that every
        # lazy import is done before the user's first note arrives.
        server.ensure_rules()
        try:
            lint_sources([Source("warm-up", _WARM_UP)], server.settings, server.rules)
        except Exception:
            server.log(types.MessageType.Warning, traceback.format_exc())

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
        doc = Document(item.uri, language in MARKDOWN, item.text, item.version)
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
