"""Code actions, fix-all, hover, completion and .wflint.yaml diagnostics,
with a real LSP client; positions in UTF-16 units, as the client counts."""
import pathlib

from lsprotocol import types

from conftest import as_json, change, edit, initialize, open_document, published, start

# "é" is one UTF-16 unit, "😀" two: ClientID starts at UTF-16 unit 52 (scalar 52, byte 56).
COGNITO = "CognitoConfig: {UserPool: us-east-1_abc, Tagé😀: 1, ClientID: abc}\n"
TEAM = "WorkforceName: labelers\n" + COGNITO + "SourceIpConfig:\n  Cidrs:\n    - 203.0.113.1/24\n"


def span(start_line, start_character, end_line, end_character):
    return types.Range(start=types.Position(start_line, start_character), end=types.Position(end_line, end_character))


async def session(repository):
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    return client


async def code_actions(client, uri, range_, only=None):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=range_,
        context=types.CodeActionContext(diagnostics=[], only=only)))


async def hover(client, uri, line, character):
    return await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character)))


def applied(text, action, uri):
    """`text` with a code action's edits applied, positions in UTF-16 units."""
    lines = text.split("\n")
    def offset(position):
        line = lines[position.line]
        units, index = 0, 0
        while units < position.character:
            units += len(line[index].encode("utf-16-le")) // 2
            index += 1
        return sum(len(l) + 1 for l in lines[:position.line]) + index
    result = text
    for edit_ in sorted(action.edit.changes[uri], key=lambda e: offset(e.range.start), reverse=True):
        result = result[:offset(edit_.range.start)] + edit_.new_text + result[offset(edit_.range.end):]
    return result


async def test_quick_fixes_and_suppressions_at_utf16_positions(repository):
    client = await session(repository)
    uri = open_document(client, repository / "team.yaml", TEAM)
    await published(client, uri, version=1)
    actions = await code_actions(client, uri, span(1, 54, 1, 54), only=[types.CodeActionKind.QuickFix])
    assert [(a.title, a.kind, a.is_preferred) for a in actions] == [
        ("Rename the key to 'ClientId'", "quickfix", True),
        ("Disable WF003 for this line", "quickfix", None),
        ("Disable WF003 for this file", "quickfix", None),
    ]
    assert list(actions[0].edit.changes[uri]) == [types.TextEdit(range=span(1, 52, 1, 60), new_text="ClientId")]
    assert [d.code for d in actions[0].diagnostics] == ["WF003"]
    assert applied(TEAM, actions[0], uri) == TEAM.replace("ClientID", "ClientId")
    assert applied(TEAM, actions[1], uri) == TEAM.replace(
        "CognitoConfig:", "# wflint-disable-next-line WF003\nCognitoConfig:")
    assert list(actions[2].edit.changes[uri]) == [
        types.TextEdit(range=span(0, 0, 0, 0), new_text="# wflint-disable-file WF003\n")]
    await client.shutdown_session()


async def test_utf8_positions_of_a_change_a_hover_and_a_code_action(repository):
    # With UTF-8 positions a character is a byte: "é" is 2, "😀" 4, so
    # 10.0.0.1/8 is at bytes 35 to 45 of line 2 (scalars 31 to 41).
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client, encodings=["utf-8"])
    text = ('WorkforceName: a\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n'
            'SourceIpConfig: {Cidrs: ["é😀", 10.0.0.1/8]}\n')
    uri = open_document(client, repository / "team.yaml", text)
    first = as_json((await published(client, uri, version=1)).diagnostics)
    assert [(d["code"], d["range"]) for d in first] == [("WF201", as_json([span(2, 25, 2, 33)])[0]),
                                                        ("WF203", as_json([span(2, 35, 2, 45)])[0])]
    over_cidr_end = await hover(client, uri, 2, 44)
    assert over_cidr_end.contents.value.startswith("```text\nWF203 cidr-host-bits (warning)\n\n")
    actions = await code_actions(client, uri, span(2, 44, 2, 44), only=[types.CodeActionKind.QuickFix])
    assert [(a.title, list(a.edit.changes[uri])) for a in actions] == [
        ("Write the network address 10.0.0.0/8", [types.TextEdit(range=span(2, 35, 2, 45), new_text="10.0.0.0/8")]),
        ("Disable WF203 for this line", [types.TextEdit(range=span(2, 0, 2, 0), new_text="# wflint-disable-next-line WF203\n")]),
        ("Disable WF203 for this file", [types.TextEdit(range=span(0, 0, 0, 0), new_text="# wflint-disable-file WF203\n")]),
    ]
    # The client applies the fix as a change at the same bytes: the CIDR is
    # fixed and the text around it intact.
    change(client, uri, 2, edit((2, 35), (2, 45), "10.0.0.0/8"))
    second = as_json((await published(client, uri, version=2)).diagnostics)
    assert [(d["code"], d["range"]) for d in second] == [("WF201", as_json([span(2, 25, 2, 33)])[0])]
    # A change that ends inside "😀" (byte 30 of 28 to 32) ends at its
    # first byte: "é" is replaced, "😀" kept whole.
    change(client, uri, 3, edit((2, 26), (2, 30), "10.0.0.0/16"))
    third = as_json((await published(client, uri, version=3)).diagnostics)
    assert [(d["range"], d["message"]) for d in third] == [(
        as_json([span(2, 25, 2, 42)])[0],
        'CIDR "10.0.0.0/16😀" is invalid: prefix "16😀" is not a decimal number; expected an address and a prefix '
        'length, like "10.0.0.0/16" or "2001:db8::/32" [cidr-invalid]')]
    await client.shutdown_session()


async def test_an_unsafe_fix_is_labelled_and_json_gets_no_comment(repository):
    client = await session(repository)
    text = '{"WorkforceName": "w", "CognitoConfg": {"UserPool": "us-east-1_abc", "ClientId": "c"}}'
    uri = open_document(client, repository / "team.json", text, language="json")
    await published(client, uri, version=1)
    actions = await code_actions(client, uri, span(0, 25, 0, 25))
    assert [(a.title, a.is_preferred) for a in actions] == [("Rename the key to 'CognitoConfig' (unsafe)", None)]
    await client.shutdown_session()


async def test_fix_all_applies_every_safe_fix_and_leaves_the_rest(repository):
    client = await session(repository)
    uri = open_document(client, repository / "team.yaml", TEAM)
    await published(client, uri, version=1)
    actions = await code_actions(client, uri, span(0, 0, 0, 0), only=[types.CodeActionKind.SourceFixAll])
    assert [(a.title, a.kind) for a in actions] == [("Fix all safe wflint findings (2 fixes)", "source.fixAll.wflint")]
    fixed = applied(TEAM, actions[0], uri)
    assert fixed == TEAM.replace("ClientID", "ClientId").replace("203.0.113.1/24", "203.0.113.0/24")
    # The fixed text shows only the finding no fix corrects.
    change(client, uri, 2, types.TextDocumentContentChangeWholeDocument(text=fixed))
    assert [d.code for d in (await published(client, uri, version=2)).diagnostics] == ["WF003"]
    assert list(await code_actions(client, uri, span(0, 0, 0, 0), only=[types.CodeActionKind.SourceFixAll])) == []
    await client.shutdown_session()


async def test_hover_shows_the_rule_over_a_finding_and_the_member_over_a_key(repository):
    client = await session(repository)
    uri = open_document(client, repository / "team.yaml", TEAM)
    await published(client, uri, version=1)
    over_finding = await hover(client, uri, 4, 10)
    assert over_finding.contents.kind == "markdown"
    assert over_finding.contents.value.startswith("```text\nWF203 cidr-host-bits (warning)\n\n")
    over_key = await hover(client, uri, 1, 60)
    assert over_key.contents.value.startswith("```text\nWF003 unknown-field (error)")
    over_member = await hover(client, uri, 0, 3)
    assert over_member.contents.value == (
        "**WorkforceName**: string, required\n\n"
        "The name of the private workforce.\n\n"
        "Member `WorkforceName` of `CreateWorkforceRequest` (shape `WorkforceName`).\n\n"
        "- length: 1 to 63\n- pattern: `[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}`")
    nothing = await hover(client, uri, 0, 20)
    assert nothing is None
    await client.shutdown_session()


async def test_hover_over_a_terraform_argument_documents_its_api_member(repository):
    client = await session(repository)
    text = 'resource "aws_sagemaker_workforce" "main" {\n  workforce_name = "labelers"\n  oidc_config {\n    issuer = "https://id.example.com"\n  }\n}\n'
    uri = open_document(client, repository / "main.tf", text, language="terraform")
    await published(client, uri, version=1)
    over_issuer = await hover(client, uri, 3, 6)
    assert over_issuer.contents.value == (
        "**oidc_config.issuer**: string, required\n\n"
        "The OIDC IdP issuer used to configure your private workforce.\n\n"
        "Member `Issuer` of `OidcConfig` (shape `OidcEndpoint`).\n\n"
        "- length: 0 to 500\n- pattern: `https://\\S+`\n\n"
        "Terraform string; the API member `OidcConfig.Issuer`.")
    # Terraform's JSON syntax: the same over the same key, after the rule of
    # the WF005 (oidc_config has no client_id) whose range, the object, holds it.
    text = '{"resource": {"aws_sagemaker_workforce": {"main": {\n  "oidc_config": {"issuer": "https://id.example.com"}\n}}}}\n'
    json_uri = open_document(client, repository / "cdk.tf.json", text, language="json")
    await published(client, json_uri, version=1)
    in_json = (await hover(client, json_uri, 1, 20)).contents.value
    assert in_json.startswith("```text\nWF005 missing-field (error)\n")
    assert in_json.endswith("\n```\n\n---\n\n" + over_issuer.contents.value)
    await client.shutdown_session()


async def test_completion_while_typing_in_a_document_that_does_not_parse(repository):
    client = await session(repository)
    text = "WorkforceName: w\nCognitoConfig:\n  UserPool: p\n"
    uri = open_document(client, repository / "team.yaml", text)
    await published(client, uri, version=1)
    # Typing "  C" then "IpAddressType: " with a broken last line.
    change(client, uri, 2, edit((3, 0), (3, 0), "  C\nIpAddressType: \nTags: [\n"))
    await published(client, uri, version=2)
    members = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(3, 3)))
    assert [(i.label, i.kind, i.insert_text) for i in members] == [
        ("ClientId", types.CompletionItemKind.Property, "ClientId: ")]
    values = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(4, 15)))
    assert [(i.label, i.kind) for i in values] == [
        ("ipv4", types.CompletionItemKind.EnumMember), ("dualstack", types.CompletionItemKind.EnumMember)]
    await client.shutdown_session()


async def test_completion_of_terraform_arguments(repository):
    client = await session(repository)
    text = 'resource "aws_sagemaker_workforce" "main" {\n  workforce_name = "w"\n  source_ip_config {\n    \n  }\n}\n'
    uri = open_document(client, repository / "main.tf", text, language="terraform")
    items = await complete(client, uri, 3, 4)
    assert [(i.label, i.insert_text, i.detail) for i in items] == [
        ("cidrs", "cidrs = ", "set of string, the API member Cidrs")]
    # Terraform's JSON syntax: the same names, as keys.
    text = '{"resource": {"aws_sagemaker_workforce": {"main": {\n  "source_ip_config": {\n    \n  }\n}}}}\n'
    uri = open_document(client, repository / "cdk.tf.json", text, language="json")
    items = await complete(client, uri, 2, 4)
    assert [(i.label, i.insert_text, i.detail) for i in items] == [
        ("cidrs", '"cidrs": ', "set of string, the API member Cidrs")]
    await client.shutdown_session()


async def complete(client, uri, line, character):
    return await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character)))


async def test_a_configuration_being_typed_shows_its_load_error(repository):
    client = await session(repository)
    uri = open_document(client, repository / ".wflint.yaml", "rules:\n  WF009: of\n")
    diagnostics = as_json((await published(client, uri, version=1)).diagnostics)
    assert diagnostics == [{
        "range": {"start": {"line": 1, "character": 9}, "end": {"line": 1, "character": 9}},
        "severity": 1, "source": "wflint",
        "message": 'invalid setting "of" for rule "WF009"; did you mean "off"? valid settings: error, note, off, warning'}]
    change(client, uri, 2, edit((1, 9), (1, 11), "off"))
    assert list((await published(client, uri, version=2)).diagnostics) == []
    pack = open_document(client, repository / "rules" / "mine.yaml",
                         "pack:\n  name: mine\n  description: d\nrules:\n  - id: X1\n    sevrity: error\n")
    # A pack's load error is WF012, as `wflint lint` reports the pack named.
    assert as_json((await published(client, pack, version=1)).diagnostics) == [{
        "range": {"start": {"line": 5, "character": 4}, "end": {"line": 5, "character": 4}},
        "severity": 1, "code": "WF012",
        "codeDescription": {"href": "https://github.com/wflint/wflint/blob/main/docs/rules.md#wf012-invalid-rule-pack"},
        "source": "wflint",
        "message": 'unknown key "sevrity" in a rule; did you mean "severity"? valid keys: check, description, examples, '
                   "fix, help-uri, id, kinds, message, name, replaces, scope, severity, summary, target, when "
                   "[invalid-rule-pack]"}]
    await client.shutdown_session()


async def test_requests_on_deep_hostile_documents_do_not_crash_the_server(repository):
    # As the linting test of deep documents: 512 KiB thread stacks, and the
    # deepest nesting a configuration may allow.
    (repository / ".wflint.yaml").write_text("limits:\n  max-depth: 10000\n")
    client = await start(repository, "--debounce-ms", "0", stack_kib=512)
    await initialize(client)
    text = '{"a": ' * 9_000 + "1" + "}" * 9_000
    uri = open_document(client, repository / "deep.json", text, language="json")
    await published(client, uri, version=1)
    document = types.TextDocumentIdentifier(uri=uri)
    deepest = types.Position(0, 6 * 8_999 + 2)
    assert await client.text_document_hover_async(types.HoverParams(text_document=document, position=deepest)) is None
    assert list(await code_actions(client, uri, span(0, 0, 0, len(text)))) == []
    assert list(await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=deepest))) == []
    await client.shutdown_session()
    assert client._server.returncode == 0
