"""End-to-end tests of `wflint server` over stdio (docs/editors.md): a real
LSP client (pytest-lsp) and, for what a well-behaved client never sends, raw
JSON-RPC frames. The server is the build named by $WFLINT (Scripts/test:
the release build).

Nothing here waits a fixed time: each test waits for the message it expects
(the publishDiagnostics of a document's version, a response by id). The
timeouts below only turn a hang into a failure."""
import asyncio
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pytest_lsp.protocol import LanguageClientProtocol

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
WFLINT = os.environ.get("WFLINT", str(REPOSITORY / ".build/debug/wflint"))
HANG_GUARD = 30  # seconds: never reached by a server that answers


@pytest.fixture
def repository():
    """A throw-away repository (a folder with .git), the server's working directory."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="wflint-lsp-"))
    (root / ".git").mkdir()
    yield root
    shutil.rmtree(root, ignore_errors=True)


def make_client() -> LanguageClient:
    """pytest-lsp's client, which also keeps every publishDiagnostics in
    order (with its version) and every registerCapability request."""
    from pygls.protocol import default_converter

    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []
    client.arrived = asyncio.Event()
    features = dict(DEFAULT_CLIENT_FEATURES)

    # Annotated: pygls passes the client to a handler whose first parameter says so.
    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)
        client.arrived.set()

    def register(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.append(params)
        return None

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.CLIENT_REGISTER_CAPABILITY] = register
    register_lsp_features(client, features)
    return client


async def start(repository, *arguments, stack_kib=None):
    """A client connected to `wflint server ARGUMENTS` running in `repository`;
    with `stack_kib`, under `ulimit -s` (every thread's default stack)."""
    command = [WFLINT, "server", *arguments]
    if stack_kib is not None:
        command = ["sh", "-c", f'ulimit -s {stack_kib} && exec "$@"', "sh", *command]
    config = ClientServerConfig(server_command=command, client_factory=make_client)
    cwd = os.getcwd()
    os.chdir(repository)
    try:
        return await config.start()
    finally:
        os.chdir(cwd)


async def initialize(client, encodings=None, options=None, dynamic_watching=False, root=None):
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=dynamic_watching)))
    return await asyncio.wait_for(client.initialize_session(types.InitializeParams(
        capabilities=capabilities, initialization_options=options,
        root_uri=pathlib.Path(root).as_uri() if root else None)), HANG_GUARD)


async def published(client, uri, version=None, count=None):
    """The diagnostics of `uri`'s publication for `version` (or of its
    `count`th publication), once it has come."""
    async def wait():
        while True:
            matching = [p for p in client.published if p.uri == uri]
            if version is not None:
                found = [p for p in matching if p.version == version]
                if found:
                    return found[0]
            elif len(matching) >= count:
                return matching[count - 1]
            client.arrived.clear()
            await client.arrived.wait()
    return await asyncio.wait_for(wait(), HANG_GUARD)


def open_document(client, path, text, version=1, language="yaml"):
    uri = pathlib.Path(path).as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri


def change(client, uri, version, *changes):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=list(changes)))


def edit(start, end, text):
    """An incremental change: `start` and `end` are (line, character)."""
    return types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(*start), end=types.Position(*end)), text=text)


def as_json(diagnostics):
    """Diagnostics as the plain JSON the server sent."""
    from pygls.protocol import default_converter
    return default_converter().unstructure(list(diagnostics))


class RawServer:
    """`wflint server` driven frame by frame, for what no real client sends:
    malformed frames, a request and its cancellation in one write."""

    def __init__(self, repository, *arguments):
        self.process = subprocess.Popen(
            [WFLINT, "server", *arguments], cwd=repository, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)

    @staticmethod
    def frame(body):
        data = body if isinstance(body, bytes) else body.encode()
        return b"Content-Length: %d\r\n\r\n" % len(data) + data

    def send(self, *bodies):
        """Writes the frames in one write: they arrive together."""
        self.process.stdin.write(b"".join(self.frame(body) for body in bodies))
        self.process.stdin.flush()

    def send_bytes(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def receive(self):
        """The next message the server writes, as JSON."""
        import json
        length = None
        while True:
            line = self.process.stdout.readline()
            assert line, "the server closed its output"
            if line == b"\r\n":
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
        return json.loads(self.process.stdout.read(length))

    def receive_response(self):
        """The next message that is not a notification."""
        while True:
            message = self.receive()
            if "method" not in message:
                return message

    def initialize(self):
        self.send('{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}')
        assert self.receive_response()["id"] == 0
        self.send('{"jsonrpc":"2.0","method":"initialized","params":{}}')

    def wait(self):
        """The exit code, once the server ended."""
        self.process.stdin.close()
        code = self.process.wait(timeout=HANG_GUARD)
        self.process.stdout.close()
        self.process.stderr.close()
        return code
