"""Configuration on disk: edits of .wflint.yaml and packs re-lint the open
documents; a configuration that does not load is logged, never fatal; deep
hostile documents do not crash the server."""
import pathlib

from lsprotocol import types

from conftest import as_json, initialize, open_document, published, start

TEAM = "WorkforceName: team\nCognitoConfg: {}\nTags:\n  - Key: env\n    Value: yes\n"


def watched(client, *paths):
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=pathlib.Path(path).as_uri(), type=types.FileChangeType.Changed) for path in paths]))


async def test_editing_the_configuration_relints_open_documents(repository):
    (repository / ".wflint.yaml").write_text("rules:\n  WF009: off\n")
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    uri = open_document(client, repository / "team.yaml", TEAM)
    assert [d.code for d in (await published(client, uri, count=1)).diagnostics] == ["WF102", "WF003"]
    (repository / ".wflint.yaml").write_text("rules:\n  WF003: off\n")
    watched(client, repository / ".wflint.yaml")
    second = as_json((await published(client, uri, count=2)).diagnostics)
    assert [(d["code"], d["range"]["start"]["line"]) for d in second] == [("WF102", 0), ("WF009", 4)]
    await client.shutdown_session()


async def test_editing_a_pack_the_configuration_names_relints_open_documents(repository):
    pack = """pack: {{name: team-policy}}
rules:
  - id: TP001
    name: team-name
    severity: warning
    summary: Workforce names start with team-
    description: Team workforces are named team-*.
    target: WorkforceName
    check: {{function: pattern, regex: "team-.*"}}
    message: {message}
    examples:
      valid: ["WorkforceName: team-a\\n"]
      invalid:
        - yaml: "WorkforceName: other\\n"
          findings: ["1:16"]
"""
    (repository / ".wflint.yaml").write_text("packs: [policy]\n")
    (repository / "policy").mkdir()
    (repository / "policy/names.yaml").write_text(pack.format(message="old words"))
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    uri = open_document(client, repository / "team.yaml",
                        "WorkforceName: other\nCognitoConfig: {UserPool: us-east-1_abc, ClientId: c}\n")
    first = (await published(client, uri, count=1)).diagnostics
    assert [(d.code, d.message) for d in first] == [("TP001", "old words [team-name]")]
    (repository / "policy/names.yaml").write_text(pack.format(message="new words"))
    # An unrelated file changing relints nothing; the pack does.
    watched(client, repository / "unrelated.txt", repository / "policy/names.yaml")
    second = (await published(client, uri, count=2)).diagnostics
    assert [(d.code, d.message) for d in second] == [("TP001", "new words [team-name]")]
    await client.shutdown_session()


WORKFORCE = """resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = var.client_id
    user_pool = var.user_pool
  }
}
"""


def missing(member):
    """WF005 at cognito_config (line 3): a variable set to null leaves the argument unset."""
    return ("WF005", 2, 'cognito_config is missing required member "%s" [missing-field]' % member)


def described(diagnostics):
    return [(d.code, d.range.start.line, d.message) for d in diagnostics]


def module_with_variables(repository):
    """infra/main.tf, whose Cognito arguments are var.client_id and
    var.user_pool, declared without a value (unknown: no finding)."""
    module = repository / "infra"
    module.mkdir()
    (module / "variables.tf").write_text('variable "client_id" {}\nvariable "user_pool" {}\n')
    (module / "main.tf").write_text(WORKFORCE)
    return module


async def test_a_module_file_changed_on_disk_relints_the_open_terraform_documents_of_its_folder(repository):
    module, other = module_with_variables(repository), repository / "other"
    other.mkdir()
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    uri = open_document(client, module / "main.tf", WORKFORCE, language="terraform")
    assert described((await published(client, uri, count=1)).diagnostics) == []
    # Another folder's file, or a file that is no module's, relints nothing:
    # a lint it started would come before the next document's, the queue
    # being one, and its publication would be the second.
    (other / "terraform.tfvars").write_text("client_id = null\n")
    watched(client, other / "terraform.tfvars", module / "notes.txt")
    team = open_document(client, repository / "team.yaml", TEAM)
    await published(client, team, count=1)
    # A .tfvars value, then a variable's declaration, changed on disk: each relints main.tf.
    (module / "terraform.tfvars").write_text("client_id = null\n")
    watched(client, module / "terraform.tfvars")
    assert described((await published(client, uri, count=2)).diagnostics) == [missing("client_id")]
    (module / "variables.tf").write_text(
        'variable "client_id" {\n  nullable = false\n  default  = "c"\n}\nvariable "user_pool" {}\n')
    watched(client, module / "variables.tf")
    assert described((await published(client, uri, count=3)).diagnostics) == []
    await client.shutdown_session()


async def test_an_open_tfvars_is_relinted_when_another_file_of_its_module_changes(repository):
    # Its findings come from main.tf's lint on disk: main.tf no longer
    # reading the value withdraws them (before, only .tf documents were relinted).
    module = module_with_variables(repository)
    (module / "terraform.tfvars").write_text('user_pool = "bad pool"\n')
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    uri = open_document(client, module / "terraform.tfvars", 'user_pool = "bad pool"\n', language="terraform")
    assert [d[0] for d in described((await published(client, uri, count=1)).diagnostics)] == ["WF007"]
    (module / "main.tf").write_text(WORKFORCE.replace("var.user_pool", '"us-east-1_abc"'))
    watched(client, module / "main.tf")
    assert described((await published(client, uri, count=2)).diagnostics) == []
    await client.shutdown_session()


async def test_a_module_file_that_does_not_parse_shows_its_syntax_error(repository):
    # As `wflint lint --stdin-filename variables.tf -` shows it (it declares
    # no workforce, and was linted again as a folder walk meets it: skipped).
    module = module_with_variables(repository)
    other = repository / "other"
    other.mkdir()
    (other / "variables.tf").write_text('variable "client_id" {}\n')
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    broken = 'variable "client_id" {\n  oops\n}\nvariable "user_pool" {}\n'
    uri = open_document(client, module / "variables.tf", broken, language="terraform")
    error = ("WF001", 1, "expected '=' after the attribute name 'oops', or labels and '{' after the block type, "
             "found a newline [syntax-error]")
    assert described((await published(client, uri, count=1)).diagnostics) == [error]
    # A file of a folder without a workforce stays a file a walk skips.
    alone = open_document(client, other / "variables.tf", broken, language="terraform")
    assert described((await published(client, alone, count=1)).diagnostics) == []
    await client.shutdown_session()


async def lint_main(repository, module, *arguments, options=None, root=None):
    """A server started in `repository` with `arguments`, and infra/main.tf
    opened in it: the client, its URI and its first diagnostics, described."""
    client = await start(repository, "--debounce-ms", "0", *arguments)
    await initialize(client, options=options, root=root)
    uri = open_document(client, module / "main.tf", WORKFORCE, language="terraform")
    return client, uri, described((await published(client, uri, count=1)).diagnostics)


async def test_var_files_from_the_command_line_and_from_the_client_which_win(repository):
    module = module_with_variables(repository)
    (repository / "prod.tfvars").write_text('client_id = "c"\nuser_pool = null\n')
    (module / "env").mkdir()
    (module / "env/dev.tfvars").write_text("client_id = null\n")
    client, uri, first = await lint_main(repository, module, "--var-file", "prod.tfvars")
    assert first == [missing("user_pool")]
    await client.shutdown_session()
    # The client's list, relative to its root (not to the server's folder),
    # replaces the command line's: prod.tfvars's user_pool no longer counts.
    client, uri, first = await lint_main(
        repository, module, "--var-file", "prod.tfvars", options={"varFiles": ["env/dev.tfvars"]}, root=module)
    assert first == [missing("client_id")]
    # Edited on disk: the open documents are linted again.
    (module / "env/dev.tfvars").write_text('client_id = "c"\n')
    watched(client, module / "env/dev.tfvars")
    assert described((await published(client, uri, count=2)).diagnostics) == []
    await client.shutdown_session()


async def test_var_files_apply_only_inside_the_folder_they_belong_to(repository):
    # The client's root is infra/: its variable files are not another folder's.
    module = module_with_variables(repository)
    (module / "dev.tfvars").write_text("client_id = null\n")
    other = repository / "other"
    other.mkdir()
    (other / "variables.tf").write_text('variable "client_id" {}\nvariable "user_pool" {}\n')
    client, _, first = await lint_main(repository, module, options={"varFiles": ["dev.tfvars"]}, root=module)
    assert first == [missing("client_id")]
    uri = open_document(client, other / "main.tf", WORKFORCE, language="terraform")
    assert described((await published(client, uri, count=1)).diagnostics) == []
    await client.shutdown_session()
    # The command line's belong to the folder the server starts in: here infra/.
    client, _, first = await start_in(module, "--var-file", "dev.tfvars")
    assert first == [missing("client_id")]
    uri = open_document(client, other / "main.tf", WORKFORCE, language="terraform")
    assert described((await published(client, uri, count=1)).diagnostics) == []
    await client.shutdown_session()


async def start_in(module, *arguments):
    """A server started in `module` itself, and its main.tf opened."""
    return await lint_main(module, module, *arguments)


async def test_var_files_that_are_no_list_of_paths_are_a_logged_error(repository):
    module = module_with_variables(repository)
    (module / "terraform.tfvars").write_text("client_id = null\n")
    client, _, first = await lint_main(repository, module, "--verbose", options={"varFiles": "env/dev.tfvars"})
    assert first == [missing("client_id")]
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert errors == ["initializationOptions.varFiles is not a list of paths: ignored"]
    await client.shutdown_session()


async def test_a_var_file_that_does_not_parse_is_a_logged_error_and_no_diagnostics(repository):
    module = module_with_variables(repository)
    (module / "terraform.tfvars").write_text("client_id = null\n")
    (repository / "bad.tfvars").write_text('client_id = "c\n')
    client, _, first = await lint_main(repository, module, "--verbose", "--var-file", "bad.tfvars")
    assert first == []
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert errors == [f"{module / 'main.tf'}: not linted: bad.tfvars:1:15: expected '\"' to close the string at "
                      "1:13, found a line break: a quoted string is one line (write \\n, or use a heredoc)"]
    await client.shutdown_session()


async def test_the_watcher_is_registered_when_the_client_can_register_it(repository):
    client = await start(repository)
    await initialize(client, dynamic_watching=True)
    # Any request after initialized is answered after the registration was sent.
    uri = open_document(client, repository / "a.yaml", "x: 1\n")
    await published(client, uri, version=1)
    [params] = client.registrations
    [registration] = params.registrations
    assert registration.method == "workspace/didChangeWatchedFiles"
    # Register options stay plain JSON: their type depends on the method.
    assert registration.register_options == {"watchers": [
        {"globPattern": "**/.wflint.yaml"}, {"globPattern": "**/.wflint.yml"},
        {"globPattern": "**/*.yaml"}, {"globPattern": "**/*.yml"},
        {"globPattern": "**/*.tf"}, {"globPattern": "**/*.tf.json"},
        {"globPattern": "**/*.tfvars"}, {"globPattern": "**/*.tfvars.json"}]}
    await client.shutdown_session()


async def test_a_configuration_that_does_not_load_is_a_logged_error_and_no_diagnostics(repository):
    (repository / ".wflint.yaml").write_text("rules:\n  WF999: off\n")
    client = await start(repository, "--debounce-ms", "0", "--verbose")
    await initialize(client)
    uri = open_document(client, repository / "team.yaml", TEAM)
    assert list((await published(client, uri, version=1)).diagnostics) == []
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert errors == [f"{repository / 'team.yaml'}: not linted: .wflint.yaml:2:3: "
                      'unknown rule "WF999" in "rules"; did you mean "WF009"?']
    # Fixed on disk, and the server still serves.
    (repository / ".wflint.yaml").write_text("rules:\n  WF009: off\n")
    (repository / ".wflint.yaml").touch()
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=(repository / ".wflint.yaml").as_uri(), type=types.FileChangeType.Changed)]))
    assert [d.code for d in (await published(client, uri, count=2)).diagnostics] == ["WF102", "WF003"]
    await client.shutdown_session()
    assert client._server.returncode == 0


async def test_deep_hostile_documents_do_not_crash_the_server(repository):
    # The deepest nesting a configuration may allow: read and released on a
    # thread with the stack it needs, whatever stack the others get (here
    # 512 KiB, as Dispatch's workers have on macOS; it fits 10,000 levels
    # of none of the walks).
    (repository / ".wflint.yaml").write_text("limits:\n  max-depth: 10000\n")
    client = await start(repository, "--debounce-ms", "0", stack_kib=512)
    await initialize(client)
    deep = open_document(client, repository / "deep.json", "[" * 10_000 + "]" * 10_000, language="json")
    assert list((await published(client, deep, version=1)).diagnostics) == []
    deeper = open_document(client, repository / "deeper.yaml", "x: " + "[" * 100_000 + "\n")
    [limit] = as_json((await published(client, deeper, version=1)).diagnostics)
    assert (limit["code"], limit["range"]["start"]) == ("WF011", {"line": 0, "character": 10_002})
    assert limit["message"].startswith("nesting deeper than 10000 levels (limits.max-depth)")
    await client.shutdown_session()
    assert client._server.returncode == 0



def located(diagnostics):
    """Each diagnostic's code, range, message and related places, as sent."""
    return [(d["code"], d["range"], d["message"],
             [(r["location"]["uri"], r["location"]["range"], r["message"]) for r in d.get("relatedInformation", [])])
            for d in as_json(diagnostics)]


def span(line, start, end):
    return {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}}


def wrong_pool(module, main, line=1):
    """WF007 at the user_pool value "bad pool" on `line` (0-based) of terraform.tfvars, used by main.tf."""
    return ("WF007", span(line, 12, 22),
            "\"cognito_config.user_pool\" must match the API pattern '[\\w-]+_[0-9a-zA-Z]+', got \"bad pool\" "
            "[pattern]",
            [(main, span(4, 16, 29), "used by aws_sagemaker_workforce.main")])


async def test_a_finding_in_a_tfvars_file_is_published_for_that_file_until_fixed_or_closed(repository):
    module = module_with_variables(repository)
    tfvars = module / "terraform.tfvars"
    tfvars.write_text('client_id = "c"\nuser_pool = "bad pool"\n')
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    main = open_document(client, module / "main.tf", WORKFORCE, language="terraform")
    assert located((await published(client, main, version=1)).diagnostics) == []
    # The value is written in terraform.tfvars: its finding is that file's, as `wflint lint` reports it.
    shown = await published(client, tfvars.as_uri(), count=1)
    assert shown.version is None
    assert located(shown.diagnostics) == [wrong_pool(module, main)]
    # Fixed on disk: main.tf is linted again, and the file's diagnostics are withdrawn.
    tfvars.write_text('client_id = "c"\nuser_pool = "us-east-1_abc"\n')
    watched(client, tfvars)
    assert located((await published(client, main, count=2)).diagnostics) == []
    assert located((await published(client, tfvars.as_uri(), count=2)).diagnostics) == []
    # Wrong again, one line lower; then main.tf closes, and its findings in the other file go with it.
    tfvars.write_text('client_id = "c"\n\nuser_pool = "bad pool"\n')
    watched(client, tfvars)
    assert located((await published(client, tfvars.as_uri(), count=3)).diagnostics) == [wrong_pool(module, main, 2)]
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=main)))
    assert located((await published(client, main, count=4)).diagnostics) == []
    assert located((await published(client, tfvars.as_uri(), count=4)).diagnostics) == []
    await client.shutdown_session()


async def test_an_open_tfvars_file_shows_the_findings_of_each_open_document_that_uses_it(repository):
    module = module_with_variables(repository)
    tfvars = module / "terraform.tfvars"
    tfvars.write_text('client_id = "c"\nuser_pool = "bad pool"\n')
    other = WORKFORCE.replace('"main"', '"other"').replace('"labelers"', '"others"')
    (module / "other.tf").write_text(other)
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    # The .tfvars file open in the editor: its own lint (it holds no
    # workforce) is that of a file of its module, as `wflint lint
    # terraform.tfvars` checks it: both workforces' uses, main.tf's as
    # main.tf's lint shows it.
    main = open_document(client, module / "main.tf", WORKFORCE, language="terraform")
    await published(client, main, version=1)
    values = open_document(client, tfvars, tfvars.read_text(), version=7, language="terraform")
    shown = await published(client, values, version=7)
    second = (module / "other.tf").as_uri()
    used_by_other = ("WF007", span(1, 12, 22), wrong_pool(module, main)[2],
                     [(second, span(4, 16, 29), "used by aws_sagemaker_workforce.other")])
    assert located(shown.diagnostics) == [wrong_pool(module, main), used_by_other]
    # A second open document that uses the value: the file shows each finding once.
    open_document(client, module / "other.tf", other, language="terraform")
    await published(client, second, version=1)
    both = (await published(client, values, count=3)).diagnostics
    assert located(both) == [wrong_pool(module, main), used_by_other]
    # Closing main.tf leaves what the file's own lint shows.
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=main)))
    assert located((await published(client, values, count=4)).diagnostics) == [wrong_pool(module, main), used_by_other]
    await client.shutdown_session()


async def test_a_message_names_another_file_relative_to_the_folder_the_server_started_in(repository):
    # The CIDR in terraform.tfvars is covered by one written in main.tf: the
    # message names main.tf's place as `wflint lint` run there names it.
    module = repository / "infra"
    module.mkdir()
    (module / "variables.tf").write_text('variable "cidrs" {}\n')
    (module / "terraform.tfvars").write_text('cidrs = ["10.1.0.0/16"]\n')
    main_text = """resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "c"
    user_pool = "us-east-1_abc"
  }
  source_ip_config {
    cidrs = ["10.0.0.0/8", var.cidrs[0]]
  }
}
"""
    (module / "main.tf").write_text(main_text)
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    main = open_document(client, module / "main.tf", main_text, language="terraform")
    await published(client, main, version=1)
    shown = await published(client, (module / "terraform.tfvars").as_uri(), count=1)
    assert located(shown.diagnostics) == [(
        "WF204", span(0, 9, 22),
        'CIDR "10.1.0.0/16" is already covered by "10.0.0.0/8" at infra/main.tf:8:14 [cidr-redundant]',
        [(main, span(7, 27, 39), "used by aws_sagemaker_workforce.main")])]
    await client.shutdown_session()


async def test_a_module_file_open_alone_shows_its_findings_with_its_buffer_in_place_of_the_saved_file(repository):
    # Only variables.tf is open, and its unsaved buffer gives user_pool a bad
    # default the saved file does not have: its diagnostics are what
    # `wflint lint --stdin-filename infra/variables.tf -` reports, not nothing.
    module = module_with_variables(repository)
    client = await start(repository, "--debounce-ms", "0")
    await initialize(client)
    text = 'variable "client_id" {\n  default = "c"\n}\nvariable "user_pool" {\n  default = "bad pool"\n}\n'
    variables = open_document(client, module / "variables.tf", text, language="terraform")
    main = (module / "main.tf").as_uri()
    shown = await published(client, variables, version=1)
    assert located(shown.diagnostics) == [("WF007", span(4, 12, 22), wrong_pool(module, main)[2],
                                           [(main, span(4, 16, 29), "used by aws_sagemaker_workforce.main")])]
    # Saved as it was (no default): the buffer, edited back, shows nothing.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=variables, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=(module / "variables.tf").read_text())]))
    assert located((await published(client, variables, version=2)).diagnostics) == []
    # A .tf file of a folder without a workforce still gets nothing.
    (repository / "plain").mkdir()
    plain = open_document(client, repository / "plain" / "locals.tf", 'locals {\n  x = "y"\n}\n', language="terraform")
    assert located((await published(client, plain, version=1)).diagnostics) == []
    await client.shutdown_session()
