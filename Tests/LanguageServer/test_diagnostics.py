"""Lifecycle, text synchronization and diagnostics with a real LSP client."""
import pathlib

from lsprotocol import types

from conftest import as_json, change, edit, initialize, open_document, published, start

DOCS = "https://github.com/wflint/wflint/blob/main/docs/rules.md"
WF102_MESSAGE = 'a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml) [idp-missing]'
WF003_MESSAGE = "\"CognitoConfg\" is not a member of CreateWorkforceRequest; did you mean 'CognitoConfig'? [unknown-field]"
TEAM = "WorkforceName: team\nCognitoConfg: {}\nTags:\n  - Key: env\n    Value: yes\n"


def span(start_line, start_character, end_line, end_character):
    return {"start": {"line": start_line, "character": start_character},
            "end": {"line": end_line, "character": end_character}}


def wf102(range_):
    return {"range": range_, "severity": 1, "code": "WF102",
            "codeDescription": {"href": f"{DOCS}#wf102-idp-missing"}, "source": "wflint", "message": WF102_MESSAGE}


def wf003(range_):
    return {"range": range_, "severity": 1, "code": "WF003",
            "codeDescription": {"href": f"{DOCS}#wf003-unknown-field"}, "source": "wflint", "message": WF003_MESSAGE,
            "data": {"fix": {"applicability": "unsafe", "message": "Rename the key to 'CognitoConfig'",
                             "edits": [{"range": range_, "newText": "CognitoConfig"}]}}}


async def session(repository, *arguments, **initialization):
    (repository / ".wflint.yaml").write_text("rules:\n  WF009: off\n")
    client = await start(repository, "--debounce-ms", "0", *arguments)
    result = await initialize(client, **initialization)
    return client, result


async def test_initialize_offers_utf16_incremental_sync_and_the_server_info(repository):
    client, result = await session(repository)
    assert result.capabilities.position_encoding == "utf-16"
    assert result.capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert result.capabilities.text_document_sync.open_close is True
    assert result.server_info.name == "wflint"
    await client.shutdown_session()
    assert client._server.returncode == 0


async def test_utf8_positions_when_the_client_offers_them(repository):
    client, result = await session(repository, encodings=["utf-16", "utf-8"])
    assert result.capabilities.position_encoding == "utf-8"
    uri = open_document(client, repository / "astral.yaml", '{WorkforceName: "é😀", CognitoConfg: {}}\n')
    diagnostics = as_json((await published(client, uri, version=1)).diagnostics)
    # Bytes: "é" is 2, "😀" 4.
    assert [d["range"] for d in diagnostics] == [span(0, 0, 0, 43), span(0, 16, 0, 24), span(0, 26, 0, 38)]
    await client.shutdown_session()


async def test_each_finding_is_one_diagnostic_with_its_rule_docs_and_fix(repository):
    client, _ = await session(repository)
    uri = open_document(client, repository / "team.yaml", TEAM)
    diagnostics = as_json((await published(client, uri, version=1)).diagnostics)
    assert diagnostics == [wf102(span(0, 0, 4, 14)), wf003(span(1, 0, 1, 12))]
    await client.shutdown_session()


async def test_ranges_count_utf16_units_on_non_ascii_and_astral_text(repository):
    client, _ = await session(repository)
    uri = open_document(client, repository / "astral.yaml", '{WorkforceName: "é😀", CognitoConfg: {}}\n')
    diagnostics = as_json((await published(client, uri, version=1)).diagnostics)
    # "é" is one UTF-16 unit, "😀" two (a surrogate pair).
    assert [d["code"] for d in diagnostics] == ["WF102", "WF007", "WF003"]
    assert diagnostics[0] == wf102(span(0, 0, 0, 40))
    assert diagnostics[1]["range"] == span(0, 16, 0, 21)
    assert diagnostics[2] == wf003(span(0, 23, 0, 35))
    await client.shutdown_session()


async def test_incremental_and_full_changes_are_applied_in_the_negotiated_units(repository):
    client, _ = await session(repository)
    text = 'WorkforceName: "é😀"\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\n'
    uri = open_document(client, repository / "edit.yaml", text)
    first = as_json((await published(client, uri, version=1)).diagnostics)
    assert [d["code"] for d in first] == ["WF007"]
    # Replace the value's "é😀" (UTF-16 characters 16 to 19) by "team", and
    # misspell the key on line 2 in a second edit of the same change.
    change(client, uri, 2, edit((0, 16), (0, 19), "team"), edit((1, 0), (1, 13), "CognitoConfg"))
    second = as_json((await published(client, uri, version=2)).diagnostics)
    assert second == [wf102(span(0, 0, 1, 52)), wf003(span(1, 0, 1, 12))]
    change(client, uri, 3, types.TextDocumentContentChangeWholeDocument(text=TEAM))
    third = as_json((await published(client, uri, version=3)).diagnostics)
    assert third == [wf102(span(0, 0, 4, 14)), wf003(span(1, 0, 1, 12))]
    await client.shutdown_session()


async def test_superseded_versions_are_never_published(repository):
    # A long debounce: the changes wait, and the save lints the latest at once.
    client, _ = await session(repository, options={"debounceMs": 60_000})
    uri = open_document(client, repository / "team.yaml", "WorkforceName: team\n")
    await published(client, uri, version=1)
    for version, name in [(2, "a"), (3, "b"), (4, "c")]:
        change(client, uri, version, types.TextDocumentContentChangeWholeDocument(text=f"WorkforceName: {name}\nCognitoConfg: {{}}\n"))
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    diagnostics = as_json((await published(client, uri, version=4)).diagnostics)
    assert [d["code"] for d in diagnostics] == ["WF102", "WF003"]
    await client.shutdown_session()
    assert [p.version for p in client.published if p.uri == uri] == [1, 4]


async def test_closing_a_document_clears_its_diagnostics(repository):
    client, _ = await session(repository)
    uri = open_document(client, repository / "team.yaml", TEAM)
    assert len((await published(client, uri, version=1)).diagnostics) == 2
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    closed = await published(client, uri, count=2)
    assert closed.version is None and list(closed.diagnostics) == []
    await client.shutdown_session()


async def test_a_file_that_is_no_workforce_document_gets_no_diagnostics_not_even_wf000(repository):
    client, _ = await session(repository)
    uri = open_document(client, repository / "app.yaml", "name: app\nreplicas: 3\n")
    assert list((await published(client, uri, version=1)).diagnostics) == []
    await client.shutdown_session()


async def test_suppressed_findings_are_not_shown(repository):
    client, _ = await session(repository)
    (repository / ".wflint.yaml").write_text(
        "rules:\n  WF009: off\nignore:\n  - path: '*.yaml'\n    rules: [WF102]\n    reason: later\n")
    text = "WorkforceName: team\n# wflint-disable-next-line WF003\nCognitoConfg: {}\n"
    uri = open_document(client, repository / "team.yaml", text)
    assert list((await published(client, uri, version=1)).diagnostics) == []
    await client.shutdown_session()


async def test_terraform_files_get_diagnostics_in_terraform_names(repository):
    client, _ = await session(repository)
    text = 'resource "aws_sagemaker_workforce" "w" {\n  workforce_name = "w"\n  cognito_confg {}\n}\n'
    uri = open_document(client, repository / "main.tf", text, language="terraform")
    diagnostics = as_json((await published(client, uri, version=1)).diagnostics)
    assert [(d["code"], d["range"]) for d in diagnostics] == TERRAFORM_EXPECTED
    await client.shutdown_session()


TERRAFORM_EXPECTED = [("WF102", span(0, 0, 3, 1)), ("WF003", span(2, 2, 2, 15))]


async def test_no_secret_appears_in_any_diagnostic_or_log_message(repository):
    client, _ = await session(repository, "--verbose")
    secret = "hunter2-very-secret-value"
    text = ("WorkforceName: w\nOidcConfig:\n  ClientId: c\n  ClientSecret: " + secret + "\n"
            "  Issuer: http://idp.example.com\n")
    uri = open_document(client, repository / "oidc.yaml", text)
    diagnostics = (await published(client, uri, version=1)).diagnostics
    assert diagnostics, "the document has findings"
    assert secret not in str(as_json(diagnostics))
    await client.shutdown_session()
    assert all(secret not in m.message for m in client.log_messages)


async def test_related_locations_are_related_information(repository):
    client, _ = await session(repository)
    text = "WorkforceName: a\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\nWorkforceName: b\n"
    uri = open_document(client, repository / "dup.yaml", text)
    [duplicate] = as_json((await published(client, uri, version=1)).diagnostics)
    assert duplicate["code"] == "WF002"
    assert duplicate["range"] == span(2, 0, 2, 13)
    assert duplicate["relatedInformation"] == [
        {"location": {"uri": uri, "range": span(0, 0, 0, 13)}, "message": "first defined"}]
    await client.shutdown_session()
