// Generated from rules/ by Scripts/generate; do not edit.
// The built-in rule packs, rules/*.yaml, in their loaded form.

import DocumentModel
import PCRERegex

/// The ids of the rules implemented in Swift, by their names in the packs:
/// the packs declare them, and the Swift code that reports them names them here.
public enum CoreRule {
    /// WF000 unknown-document
    public static let unknownDocument = "WF000"
    /// WF001 syntax-error
    public static let syntaxError = "WF001"
    /// WF002 duplicate-key
    public static let duplicateKey = "WF002"
    /// WF003 unknown-field
    public static let unknownField = "WF003"
    /// WF004 wrong-type
    public static let wrongType = "WF004"
    /// WF005 missing-field
    public static let missingField = "WF005"
    /// WF006 out-of-range
    public static let outOfRange = "WF006"
    /// WF007 pattern
    public static let pattern = "WF007"
    /// WF008 enum
    public static let `enum` = "WF008"
    /// WF009 yaml-ambiguous-scalar
    public static let yamlAmbiguousScalar = "WF009"
    /// WF010 unused-suppression
    public static let unusedSuppression = "WF010"
    /// WF011 resource-limit
    public static let resourceLimit = "WF011"
    /// WF012 invalid-rule-pack
    public static let invalidRulePack = "WF012"
    /// WF501 tf-computed-attribute
    public static let tfComputedAttribute = "WF501"
    /// WF502 tf-repeated-block
    public static let tfRepeatedBlock = "WF502"
    /// WF503 tf-unsensitive-secret
    public static let tfUnsensitiveSecret = "WF503"
    /// WF504 tf-orphan-override
    public static let tfOrphanOverride = "WF504"
    /// WF505 tf-duplicate-name
    public static let tfDuplicateName = "WF505"
    /// WF506 tf-ephemeral-value
    public static let tfEphemeralValue = "WF506"
    /// WF507 tf-undeclared-name
    public static let tfUndeclaredName = "WF507"
    /// WF508 tf-invalid-reference
    public static let tfInvalidReference = "WF508"
}

enum BuiltinRules {
    static let ruleSet = RuleSet(packs: [
        RulePack(
            file: "rules/core.yaml", name: "core", isBuiltin: true,
            description: "Reading documents, telling their kind, and checking them against the API's shapes.",
            rules: [wf000(), wf001(), wf002(), wf003(), wf004(), wf005(), wf006(), wf007(), wf008(), wf009(), wf010(), wf011(), wf012()]),
        RulePack(
            file: "rules/identity.yaml", name: "identity", isBuiltin: true,
            description: "The workforce's identity provider (Amazon Cognito or OpenID Connect) and its OIDC settings.",
            rules: [wf101(), wf102(), wf110(), wf111(), wf112(), wf113(), wf120(), wf121(), wf122(), wf123(), wf130(), wf140()]),
        RulePack(
            file: "rules/list-model-package-groups.yaml", name: "list-model-package-groups", isBuiltin: true,
            description: "The filters of a ListModelPackageGroups request.",
            rules: [wf401()]),
        RulePack(
            file: "rules/network.yaml", name: "network", isBuiltin: true,
            description: "The workforce's source IP allow list (SourceIpConfig.Cidrs) and its Amazon VPC configuration.",
            rules: [wf201(), wf202(), wf203(), wf204(), wf205(), wf206(), wf210(), wf211(), wf212(), wf213(), wf214()]),
        RulePack(
            file: "rules/tags.yaml", name: "tags", isBuiltin: true,
            description: "The tags a CreateWorkforce request puts on the workforce.",
            rules: [wf301(), wf302()]),
        RulePack(
            file: "rules/terraform.yaml", name: "terraform", isBuiltin: true,
            description: "What an aws_sagemaker_workforce resource writes that the provider does not take.",
            rules: [wf501(), wf502(), wf503(), wf504(), wf505(), wf506(), wf507(), wf508()]),
    ])

    private static func wf000() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF000", name: "unknown-document", severity: .note,
            summary: "A file named on the command line is not a workforce document of any kind.",
            description: #"""
wflint tells a document's kind from its top-level keys. A file you name
explicitly whose keys match no kind is not linted, and this note says
so (in a directory walk such files are skipped silently: a repository
has many other JSON and YAML files). If the file is an UpdateWorkforce
or ListWorkforces request, whose keys cannot tell it apart, name the
operation with `--operation UpdateWorkforce`. A file with a member
only the workforce requests have (`CognitoConfig`, `OidcConfig`,
`WorkforceVpcConfig`) is a CreateWorkforce request
even when its `WorkforceName` is mistyped or left out: both operations
refuse it, so it is linted rather than skipped.

The same holds of YAML that libyaml parses but the AWS CLI could not
load: a CloudFormation template's `!Sub`, an Ansible `!vault`, a
`mkdocs.yml`'s `!!python/name:`, a date that is no date. Its
documents' top-level keys decide: when none is a workforce document's,
the file is skipped in a walk and gets this note when named (the AWS
CLI never reads it); a workforce document that holds such a value is
WF001, as the AWS CLI refuses it. YAML that libyaml does not parse is
WF001 whatever it is: its keys cannot be told.

Terraform in a file that is not named `.tf`, or piped to standard
input without `--stdin-filename`, is read as YAML (a plain scalar):
when its first line is a Terraform block (`resource "`, `locals {`),
the note says to name it so, as in `--stdin-filename main.tf`, which
reads it as Terraform.

A file named under an operation (`--operation`, or `operations:` in
`.wflint.yaml`) never gets this note: it is that operation's request
whatever its keys (unless they make it a response, as `Workforce:` makes
a DescribeWorkforce response), so an empty file, `{}` or a file of
mistyped members gets the request's errors, as the AWS CLI would refuse it.

Reference: [SageMaker API: CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "document-kind", why: "It is about the whole file rather than a node of a document of a known kind, so the engine reports it when kind detection finds nothing."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 51, column: 11), findings: [])],
                invalid: [RuleExample(format: .json, text: #"""
{"name": "my-package", "version": "1.0.0"}

"""#, operation: nil, position: SourcePosition(line: 55, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 1), pointer: "", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 9, column: 9), namePosition: SourcePosition(line: 10, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf001() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF001", name: "syntax-error", severity: .error,
            summary: "The file is not valid JSON or YAML.",
            description: #"""
A file that does not parse cannot be checked, and the AWS CLI or SDK
would refuse it too. The finding is at the place the parser gave up and
says what it expected there. In a YAML stream, the documents before the
error are still linted.

A YAML node that the AWS CLI's loader cannot build fails the document
too, at the node (its tag, when it has one): a date that does not
exist (`2024-02-30`), `!!int yes`, a tag neither loader knows (`!Ref`),
a merge key `<<` whose value is not a mapping. The message says whether
PyYAML fails as well. See [docs/yaml.md](../docs/yaml.md).

A JSON request whose file starts with a UTF-8 byte-order mark is WF001
at 1:1 too, though wflint reads it: the AWS CLI hands the file's text
to Python's `json.loads`, which refuses it ("Unexpected UTF-8 BOM").
Save the file as UTF-8 without one.

Reference: [RFC 8259](https://www.rfc-editor.org/rfc/rfc8259), [YAML 1.2](https://yaml.org/spec/1.2.2/).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "syntax", why: "Syntax errors come from the JSON and YAML readers, before there is a document tree for a declarative rule to look at."),
            examples: RuleExamples(
                valid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "labelers", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}

"""#, operation: nil, position: SourcePosition(line: 87, column: 11), findings: [])],
                invalid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "labelers",
 "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},}

"""#, operation: nil, position: SourcePosition(line: 90, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 74), pointer: nil, message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 61, column: 9), namePosition: SourcePosition(line: 62, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf002() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF002", name: "duplicate-key", severity: .error,
            summary: "A mapping repeats a key.",
            description: ##"""
JSON parsers disagree on a repeated key (most keep the last, some the
first, some refuse it), so the request the API receives may not be the
one you reviewed. Keep one of the two. Each occurrence after the first
gets this finding. Every check reads the last one, which `json.loads`
(the AWS CLI's reading of JSON, and boto3's) and PyYAML keep; a value
written before it is thrown away by them, so it is not checked, but for
a literal secret (WF140): that one is committed in the file all the
same. (The AWS CLI's YAML reading refuses the document.)

Keys are compared code point by code point, as JSON (RFC 8259, section
8.3), the YAML loaders, botocore and the API compare them: `é` written
as one precomposed character and as `e` plus a combining accent are two
different keys, and neither is a duplicate of the other. wflint compares
every text from a document this way (members, enum values, tag keys,
`unique`, `includes`, `when:`), never by Unicode canonical equivalence.

Reference: [RFC 8259, section 4](https://www.rfc-editor.org/rfc/rfc8259#section-4).

"""##,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 122, column: 11), findings: [])],
                invalid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "labelers", "WorkforceName": "other",
 "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}

"""#, operation: nil, position: SourcePosition(line: 126, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 31), pointer: "/WorkforceName", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 96, column: 9), namePosition: SourcePosition(line: 97, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf003() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF003", name: "unknown-field", severity: .error,
            summary: "A key is not a member of the API shape.",
            description: #"""
The API refuses a request with a member it does not know, and a
misspelled member is silently absent from what you meant to set. The
message suggests the nearest member name when there is one.

A response's `ResponseMetadata` at its root is not reported: botocore
adds it to every response it returns (`RequestId`, `HTTPStatusCode`,
`HTTPHeaders`, `RetryAttempts`), so a boto3 response saved as a fixture
holds it, and nothing in it is checked.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 152, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfg:
  UserPool: us-east-1_abcDEF123

"""#, operation: nil, position: SourcePosition(line: 156, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/CognitoConfg", message: nil)], fixed: #"""
WorkforceName: labelers
CognitoConfig:
  UserPool: us-east-1_abcDEF123

"""#),
                RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  id             = "labelers"
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 168, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 3), pointer: "/resource/aws_sagemaker_workforce/main/id", message: "\"id\" is not a member of aws_sagemaker_workforce.main; expected one of 'cognito_config', 'oidc_config', 'source_ip_config', 'workforce_name', 'workforce_vpc_config'")])]),
            file: "rules/core.yaml", position: SourcePosition(line: 133, column: 9), namePosition: SourcePosition(line: 134, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf004() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF004", name: "wrong-type", severity: .error,
            summary: "A value's type differs from the API shape.",
            description: #"""
Each member has one type: string, integer, list, map, structure or
timestamp. In YAML, an unquoted `123`, `1_000` or `true` is a number
or a boolean, not a string: quote it. An unquoted `2024-06-30` is a
date to the AWS CLI's loader (and to PyYAML), which botocore refuses
for a string member and, without a time, for a timestamp member too:
quote it. See [docs/yaml.md](../docs/yaml.md).

A timestamp is what botocore accepts and can send: epoch seconds (a
number, or a string such as `"1700000000"`), an ISO 8601 date or
date-time, extended or basic (`2024-06-01`, `2024-06-01T12:30:00,5+02:00`,
`20240601T123000Z`; no zone is UTC), or an RFC 822 date
(`Mon, 01 Jan 2024 00:00:00 GMT`), for an instant in the years 1 to
9999 (UTC). wflint is deliberately stricter than botocore's last
resort, dateutil's guessing parser: it rejects forms whose meaning
depends on the day they are sent (`2024-06`, two-digit years), free
text (`June 1 2024`), zone names other than `UTC`, `GMT`, `UT` and `Z`
(dateutil reads `EST` as UTC), non-ASCII digits and spaces, and a
boolean (which Python takes as the number 0 or 1).

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: "123"
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 211, column: 11), findings: [])],
                invalid: [RuleExample(format: .json, text: #"""
{"WorkforceName": 123, "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}

"""#, operation: nil, position: SourcePosition(line: 215, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 19), pointer: "/WorkforceName", message: nil)]),
                RuleExample(format: .yaml, text: #"""
CreationTimeBefore: 2024-06-30

"""#, operation: .listModelPackageGroups, position: SourcePosition(line: 220, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 21), pointer: "/CreationTimeBefore", message: "\"CreationTimeBefore\" must be a timestamp (epoch seconds, an ISO 8601 date or date-time, or an RFC 822 date), got date 2024-06-30; botocore refuses a date without a time; quote it: \"2024-06-30\"")])]),
            file: "rules/core.yaml", position: SourcePosition(line: 182, column: 9), namePosition: SourcePosition(line: 183, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf005() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF005", name: "missing-field", severity: .error,
            summary: "A required member is absent.",
            description: #"""
The API refuses a structure without its required members. The finding
points at the key of the structure that lacks the member (at the
document's root for a top-level member). Where a more specific rule
owns the check (WF110 for OidcConfig, WF213 for WorkforceVpcConfig),
that rule reports it instead.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 244, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig:
  UserPool: us-east-1_abcDEF123

"""#, operation: nil, position: SourcePosition(line: 248, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/CognitoConfig", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 228, column: 9), namePosition: SourcePosition(line: 229, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf006() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF006", name: "out-of-range", severity: .error,
            summary: "A string's length, a list's or map's size, or an integer is outside the API's limits.",
            description: #"""
The API refuses values outside its minimum and maximum: a
`WorkforceName` of more than 63 characters, more than 50 tags, a
`MaxResults` above 100.

A string's length is counted as both validators of a request count
it, and must pass both: botocore checks only the minimum, in
characters (Unicode scalars, Python's `len()`); the service checks the
minimum and the maximum in UTF-16 code units (Java's
`String.length()`). So a character outside the Basic Multilingual
Plane, such as an emoji, counts twice toward the maximum: a
`WorkforceName` of 62 letters and one emoji is 64 units long and is
refused. The message gives both counts when they differ.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
MaxResults: 100
CreationTimeAfter: "2024-01-01"

"""#, operation: nil, position: SourcePosition(line: 279, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
MaxResults: 500
CreationTimeAfter: "2024-01-01"

"""#, operation: nil, position: SourcePosition(line: 283, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 13), pointer: "/MaxResults", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 256, column: 9), namePosition: SourcePosition(line: 257, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf007() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF007", name: "pattern", severity: .error,
            summary: "A string does not match the API's pattern.",
            description: #"""
Many members have a pattern the API enforces (a `WorkforceName` is
letters, digits and hyphens, starting with a letter or digit). The
whole value must match. Not reported on a value that is already out of
range (WF006), nor where a more specific rule owns the value (CIDRs,
endpoint URLs, scopes, VPC ids).

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: team-labelers-2
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 306, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: team_labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 310, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 16), pointer: "/WorkforceName", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 290, column: 9), namePosition: SourcePosition(line: 291, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf008() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF008", name: "enum", severity: .error,
            summary: "A value is not one of the allowed values.",
            description: #"""
Some members take one of a fixed set of values (`IpAddressType` is
`ipv4` or `dualstack`). Values are case-sensitive; the message suggests
the allowed value that differs only in case.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
IpAddressType: dualstack

"""#, operation: nil, position: SourcePosition(line: 331, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
IpAddressType: DualStack

"""#, operation: nil, position: SourcePosition(line: 335, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 16), pointer: "/IpAddressType", message: nil)], fixed: #"""
WorkforceName: labelers
IpAddressType: dualstack

"""#)]),
            file: "rules/core.yaml", position: SourcePosition(line: 317, column: 9), namePosition: SourcePosition(line: 318, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf009() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF009", name: "yaml-ambiguous-scalar", severity: .warning,
            summary: "A YAML scalar that PyYAML reads otherwise than the AWS CLI does.",
            description: #"""
wflint reads YAML as the AWS CLI v2 does (`--cli-input-yaml`: ruamel.yaml,
YAML 1.2 unless the document says `%YAML 1.1`); that reading is what the
other rules check. Deploy scripts that read the same file with PyYAML's
`safe_load` (YAML 1.1) can get another value: `yes`, `no`, `on` and `off`
(in three cases) become booleans, sexagesimals like `1:20` numbers, `017`
the octal 15 rather than 17, and `0o17`, `1e3` and `-.5` stay strings.
The API then receives something else than the file says. Quote a string,
write a number in plain decimal. `y`, `n` and `yEs` are strings to both
loaders. [docs/yaml.md](../docs/yaml.md) has the table of forms.

A NEL, LS or PS (U+0085, U+2028, U+2029) written raw, as text pasted
from a word processor brings it, is a line break to PyYAML and a
character of its line to the AWS CLI: in a plain scalar, quote the
value; between a key and its value, where PyYAML refuses the document,
the fix writes a space in its place.

Reference: [YAML 1.1 bool type](https://yaml.org/type/bool.html).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "schema", why: "The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: "yes"
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: y}

"""#, operation: nil, position: SourcePosition(line: 371, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: yes
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#, operation: nil, position: SourcePosition(line: 375, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 16), pointer: "/WorkforceName", message: "\"WorkforceName\" is the plain scalar yes, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: \"yes\"")], fixed: #"""
WorkforceName: "yes"
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#),
                RuleExample(format: .yaml, text: #"""
MaxResults: 017

"""#, operation: .listWorkforces, position: SourcePosition(line: 385, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 13), pointer: "/MaxResults", message: "\"MaxResults\" is the plain scalar 017, which PyYAML reads as the integer 15 (the AWS CLI reads the integer 17); write it in plain decimal: 17")], fixed: #"""
MaxResults: 17

"""#),
                RuleExample(format: .yaml, text: "WorkforceName:\u{2028}labelers\nCognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\n", operation: nil, position: SourcePosition(line: 394, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 16), pointer: "/WorkforceName", message: "\"WorkforceName\" is the plain scalar labelers, which PyYAML cannot load (it reads the U+2028 written before it as a line break) (the AWS CLI reads a string); replace that U+2028 with a space")], fixed: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""#)]),
            file: "rules/core.yaml", position: SourcePosition(line: 345, column: 9), namePosition: SourcePosition(line: 346, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf010() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF010", name: "unused-suppression", severity: .note,
            summary: "A suppression comment silences nothing.",
            description: ##"""
A `# wflint-disable-next-line`, `# wflint-disable-line` or
`# wflint-disable-file` comment that no finding needs any more (the
problem was fixed, the rule renamed, the id mistyped) hides the next
real problem in its place. The note points at the comment, or at the
rule in it that silences nothing, and also flags an unknown directive or
rule, and a rule named twice in one comment (by its id and its name).
Rules turned off in the run are not reported.

Reference: [docs/configuration.md](configuration.md#suppression-comments).

"""##,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "suppressions", why: "Comments are not in the document tree; the engine reads them from the file's text after every other check has reported, to know which findings they silence."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: ##"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
Tags:
  - {Key: env, Value: yes}  # wflint-disable-line yaml-ambiguous-scalar

"""##, operation: nil, position: SourcePosition(line: 421, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: ##"""
WorkforceName: labelers  # wflint-disable-line WF009
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}

"""##, operation: nil, position: SourcePosition(line: 427, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 48), pointer: "", message: "\"WF009\" in wflint-disable-line silences nothing: no WF009 finding on this line")]),
                RuleExample(format: .yaml, text: ##"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
Tags:
  - {Key: env, Value: yes}  # wflint-disable-line WF009, yaml-ambiguous-scalar

"""##, operation: nil, position: SourcePosition(line: 434, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 58), pointer: "", message: "\"yaml-ambiguous-scalar\" in wflint-disable-line repeats \"WF009\": both name WF009")])]),
            file: "rules/core.yaml", position: SourcePosition(line: 403, column: 9), namePosition: SourcePosition(line: 404, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf011() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF011", name: "resource-limit", severity: .error,
            summary: "An input went over one of wflint's resource limits, so it was not (fully) checked.",
            description: ##"""
A linter in a pre-commit hook or a CI gate reads whatever lands in a
repository, so every input is read within limits: a file larger than
`max-file-size` (16 MiB) is not read at all; a document nested deeper
than `max-depth` (256 levels) or with more than `max-nodes` (1,000,000)
nodes stops where it crosses the line, and in YAML each use of an alias
counts everything it refers to, so a "billion laughs" of aliases to
aliases stops at its first lines; a document reports at most `max-findings`
(10,000) findings, then this one where the first left out is; and a
pattern (an API pattern or a
rule pack's) that reaches one of PCRE2's limits on a value gets this
finding on that value, naming the rule and the limit, instead of a
guess. The documents before the one that stopped are still linted, and
so is every other file of the run. Real workforce documents are far
below every limit; raise one under `limits:` in the configuration when
a legitimate file needs it.

Reference: [docs/security.md](security.md#limits).

"""##,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "limits", why: "Limits are enforced by the readers while they build the document tree and by the engine around every pattern match, before or beneath anything a declarative rule could see."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
Tags:
  - &owner {Key: owner, Value: data-platform}
  - *owner

"""#, operation: nil, position: SourcePosition(line: 470, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]

"""#, operation: nil, position: SourcePosition(line: 477, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 36), pointer: "", message: nil)])]),
            file: "rules/core.yaml", position: SourcePosition(line: 444, column: 9), namePosition: SourcePosition(line: 445, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf012() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF012", name: "invalid-rule-pack", severity: .error,
            summary: "A rule pack file named on the command line does not load.",
            description: #"""
A YAML file whose top level has `pack:` and `rules:` is a rule pack, not
a workforce document. In a directory walk it is skipped (and not counted
as a file checked); a pack file you name explicitly — as pre-commit
names a changed file — is loaded as `--rules` would load it, and the
first mistake that stops it loading (bad YAML aside, which is WF001) is
this finding at the mistake's line and column: an unknown key, function
or option, an invalid regular expression, a missing example, an id or
name repeated within the pack or the id or name of a built-in rule
(every run loads those). A clash with a rule of another of your packs
is reported by `--rules`, not here: the run may have loaded this very
pack. A pack the run loads too (the configuration's `packs:`, `--rules`)
stops the run before any file is linted, with the same error at the same
place on standard error and exit code 2. Run
`wflint test-rules --rules FILE` to check its examples as well.

Reference: [docs/rule-packs.md](rule-packs.md).

"""#,
            kinds: nil, help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "rule-pack", why: "A pack file is read by the pack loader, which stops at its first mistake; it has no workforce document for a declarative rule to look at."),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
pack: {name: corp}
rules:
  - id: CORP001
    name: name-prefix
    severity: error
    summary: The workforce's name lacks the corp- prefix.
    description: Corp's workforce names start with corp-.
    target: WorkforceName
    check: {function: pattern, regex: '^corp-'}
    message: 'workforce name "{value}" lacks the corp- prefix'
    examples:
      valid: ['WorkforceName: corp-a']
      invalid:
        - yaml: 'WorkforceName: a'
          findings: ["1:16"]

"""#, operation: nil, position: SourcePosition(line: 515, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
pack: {name: corp}
rules:
  - id: CORP001
    name: name-prefix
    severity: error
    summary: The workforce's name lacks the prefix.
    description: Names start with corp-.
    check: {function: pattern, regex: '^corp-('}

"""#, operation: nil, position: SourcePosition(line: 532, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 47), pointer: "", message: nil)]),
                RuleExample(format: .yaml, text: #"""
pack: {name: corp}
rules:
  - id: corp1

"""#, operation: nil, position: SourcePosition(line: 544, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 9), pointer: nil, message: "rule id \"corp1\" must be upper-case letters then digits, like \"WF201\" or \"ACME001\"")])]),
            file: "rules/core.yaml", position: SourcePosition(line: 490, column: 9), namePosition: SourcePosition(line: 491, column: 11),
            pack: "core", isBuiltin: true)
    }

    private static func wf101() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF101", name: "idp-exclusive", severity: .error,
            summary: "A workforce has both CognitoConfig and OidcConfig.",
            description: #"""
A workforce signs its workers in through exactly one identity provider:
an Amazon Cognito user pool (`CognitoConfig`) or an OpenID Connect
provider (`OidcConfig`). CreateWorkforce rejects a request with both.
Keep the one you use and delete the other.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [], offsets: [], description: "")], function: ExclusiveFunction(members: ["CognitoConfig", "OidcConfig"]), optionValues: ["members": "CognitoConfig, OidcConfig"])],
            message: MessageTemplate(pieces: [.text("\""), .placeholder("member"), .text("\" cannot be set together with \""), .placeholder("first"), .text("\" (set at "), .placeholder("first-position"), .text("); a workforce uses one identity provider")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig:
  UserPool: us-east-1_abcDEF123
  ClientId: 1example23456789

"""#, operation: nil, position: SourcePosition(line: 25, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig:
  UserPool: us-east-1_abcDEF123
  ClientId: 1example23456789
OidcConfig:
  ClientId: workforce

"""#, operation: nil, position: SourcePosition(line: 31, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 1), pointer: "/OidcConfig", message: "\"OidcConfig\" cannot be set together with \"CognitoConfig\" (set at 2:1); a workforce uses one identity provider")]),
                RuleExample(format: .json, text: #"""
{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "OidcConfig": {"ClientId": "c"}, "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "c"}}}

"""#, operation: nil, position: SourcePosition(line: 42, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 36), pointer: "/Workforce/CognitoConfig", message: nil)])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 7, column: 9), namePosition: SourcePosition(line: 8, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf102() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF102", name: "idp-missing", severity: .error,
            summary: "A CreateWorkforce request has neither CognitoConfig nor OidcConfig.",
            description: #"""
CreateWorkforce needs an identity provider for the workforce's workers:
either `CognitoConfig` (an Amazon Cognito user pool and app client) or
`OidcConfig` (your OpenID Connect provider). Add the one you use.

An UpdateWorkforce request (a new allow list, `SourceIpConfig`, for an
existing workforce) needs neither, but its keys cannot tell it from a
CreateWorkforce request, which wflint reads it as: name its operation
with `--operation UpdateWorkforce`, or give its files an `operations:`
entry in `.wflint.yaml` (docs/configuration.md).

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [], offsets: [], description: "")], function: RequiredFunction(members: ["CognitoConfig", "OidcConfig"], atLeastOne: true), optionValues: ["at-least-one": "true", "members": "CognitoConfig, OidcConfig"])],
            message: MessageTemplate(pieces: [.text("a CreateWorkforce request needs \"CognitoConfig\" or \"OidcConfig\"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml)")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "labelers", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}

"""#, operation: nil, position: SourcePosition(line: 73, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/16]

"""#, operation: nil, position: SourcePosition(line: 76, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 1), pointer: "", message: "a CreateWorkforce request needs \"CognitoConfig\" or \"OidcConfig\"; neither is set (an UpdateWorkforce request needs neither: name its operation with --operation UpdateWorkforce or operations: in .wflint.yaml)")])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 49, column: 9), namePosition: SourcePosition(line: 50, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf110() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF110", name: "oidc-endpoint-missing", severity: .error,
            summary: "A request's OidcConfig lacks one of the members the OIDC sign-in needs.",
            description: #"""
To sign workers in through your OpenID Connect provider, SageMaker needs
the client credentials (`ClientId`, `ClientSecret`), the `Issuer` and
every endpoint of the authorization code flow: `AuthorizationEndpoint`,
`TokenEndpoint`, `UserInfoEndpoint`, `LogoutEndpoint` and `JwksUri`.
Copy them from your provider's discovery document
(`<issuer>/.well-known/openid-configuration`).

Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).

"""#,
            kinds: [.createWorkforceRequest, .updateWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig")], offsets: [0], description: "OidcConfig")], function: RequiredFunction(members: ["ClientId", "ClientSecret", "Issuer", "AuthorizationEndpoint", "TokenEndpoint", "UserInfoEndpoint", "LogoutEndpoint", "JwksUri"], atLeastOne: false), optionValues: ["members": "ClientId, ClientSecret, Issuer, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, LogoutEndpoint, JwksUri"])],
            message: MessageTemplate(pieces: [.text("\""), .placeholder("name"), .text("\" lacks \""), .placeholder("member"), .text("\", which the OpenID Connect sign-in needs")]),
            replaces: ["WF005"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com
  AuthorizationEndpoint: https://idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token
  UserInfoEndpoint: https://idp.example.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: https://idp.example.com/jwks

"""#, operation: nil, position: SourcePosition(line: 107, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com
  AuthorizationEndpoint: https://idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token
  LogoutEndpoint: https://idp.example.com/logout

"""#, operation: nil, position: SourcePosition(line: 119, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/OidcConfig", message: "\"OidcConfig\" lacks \"UserInfoEndpoint\", which the OpenID Connect sign-in needs"), ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/OidcConfig", message: "\"OidcConfig\" lacks \"JwksUri\", which the OpenID Connect sign-in needs")]),
                RuleExample(format: .json, text: #"""
{"WorkforceName": "labelers",
 "OidcConfig": {"ClientId": "workforce", "ClientSecret": "${SECRET}", "Issuer": "https://idp.example.com",
   "AuthorizationEndpoint": "https://idp.example.com/a", "TokenEndpoint": "https://idp.example.com/t",
   "UserInfoEndpoint": "https://idp.example.com/u", "LogoutEndpoint": "https://idp.example.com/l"}}

"""#, operation: .updateWorkforce, position: SourcePosition(line: 135, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 2), pointer: "/OidcConfig", message: "\"OidcConfig\" lacks \"JwksUri\", which the OpenID Connect sign-in needs")])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 85, column: 9), namePosition: SourcePosition(line: 86, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf111() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF111", name: "oidc-https", severity: .error,
            summary: "An OIDC issuer or endpoint does not begin with https://.",
            description: #"""
SageMaker talks to your identity provider over TLS only: the API's
pattern for `Issuer` and each endpoint is `https://` followed by the
rest, and it is case-sensitive (`HTTPS://` is refused too). An `http://`
endpoint would also send tokens in the clear. Use the provider's
`https://` URLs.

Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Issuer")], offsets: [0, 11], description: "OidcConfig.Issuer"), TargetPath(steps: [.member("OidcConfig"), .member("AuthorizationEndpoint")], offsets: [0, 11], description: "OidcConfig.AuthorizationEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("TokenEndpoint")], offsets: [0, 11], description: "OidcConfig.TokenEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("UserInfoEndpoint")], offsets: [0, 11], description: "OidcConfig.UserInfoEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("LogoutEndpoint")], offsets: [0, 11], description: "OidcConfig.LogoutEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("JwksUri")], offsets: [0, 11], description: "OidcConfig.JwksUri")], function: URLFunction(schemes: ["https"], requireScheme: true, reportInvalid: false, forbidQueryFragment: false, sameHostAs: nil, allowedHosts: nil), optionValues: ["require-scheme": "true"])],
            message: MessageTemplate(pieces: [.placeholder("name"), .text(" \""), .placeholder("value"), .text("\" must begin with \"https://\"")]),
            replaces: ["WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com
  AuthorizationEndpoint: https://idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token
  UserInfoEndpoint: https://idp.example.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: https://idp.example.com/jwks

"""#, operation: nil, position: SourcePosition(line: 173, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: http://idp.example.com
  AuthorizationEndpoint: HTTPS://idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token
  UserInfoEndpoint: https://idp.example.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: https://idp.example.com/jwks

"""#, operation: nil, position: SourcePosition(line: 185, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 11), pointer: "/OidcConfig/Issuer", message: "Issuer \"http://idp.example.com\" must begin with \"https://\""), ExpectedFinding(position: SourcePosition(line: 6, column: 26), pointer: "/OidcConfig/AuthorizationEndpoint", message: nil)], fixed: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com
  AuthorizationEndpoint: https://idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token
  UserInfoEndpoint: https://idp.example.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: https://idp.example.com/jwks

"""#),
                RuleExample(format: .json, text: #"""
{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "OidcConfig": {"ClientId": "c", "Issuer": "idp.example.com"}}}

"""#, operation: nil, position: SourcePosition(line: 213, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 45), pointer: "/Workforce/OidcConfig/Issuer", message: nil)])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 146, column: 9), namePosition: SourcePosition(line: 147, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf112() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF112", name: "oidc-url-invalid", severity: .error,
            summary: "An https:// issuer or endpoint is not a valid absolute URL, or the Issuer has a query or fragment.",
            description: ##"""
An endpoint that begins with `https://` must still be a URL the
identity provider, SageMaker and the workers' browsers can use, and
read alike: an RFC 3986 URI with a host, whose host a browser (the
WHATWG URL Standard) reads the same way. Refused: whitespace, control
and non-ASCII characters; `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`
and `}` (percent-encode them); `[` and `]` outside an IPv6 host; a
second `#`; more than one `@` (a browser reads the host after the last
one); `%` not part of a `%XX` escape; a port above 65535; a host a
browser refuses or reads as another IPv4 address than written (`0x7f.1`
is `127.0.0.1`). A backslash matters most: a browser reads it as `/`,
so `https://evil.test\@login.acme.example/` goes to `evil.test`.
wflint reads URIs, not IRIs: write an internationalized host in its
ASCII `xn--` form. An empty port (`https://idp.example.com:/`) and a
port with leading zeros are valid, as RFC 3986 says.

The `Issuer` is an identifier that must be an `https` URL with no
query and no fragment (OpenID Connect Discovery 1.0, section 3);
tokens whose `iss` differs from it are rejected.

Reference: [RFC 3986](https://www.rfc-editor.org/rfc/rfc3986),
[WHATWG URL Standard](https://url.spec.whatwg.org/),
[OpenID Connect Discovery 1.0, section 3](https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Issuer")], offsets: [0, 11], description: "OidcConfig.Issuer"), TargetPath(steps: [.member("OidcConfig"), .member("AuthorizationEndpoint")], offsets: [0, 11], description: "OidcConfig.AuthorizationEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("TokenEndpoint")], offsets: [0, 11], description: "OidcConfig.TokenEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("UserInfoEndpoint")], offsets: [0, 11], description: "OidcConfig.UserInfoEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("LogoutEndpoint")], offsets: [0, 11], description: "OidcConfig.LogoutEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("JwksUri")], offsets: [0, 11], description: "OidcConfig.JwksUri")], function: URLFunction(schemes: ["https"], requireScheme: false, reportInvalid: true, forbidQueryFragment: false, sameHostAs: nil, allowedHosts: nil), optionValues: ["report-invalid": "true"]),
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Issuer")], offsets: [0, 11], description: "OidcConfig.Issuer")], function: URLFunction(schemes: ["https"], requireScheme: false, reportInvalid: false, forbidQueryFragment: true, sameHostAs: nil, allowedHosts: nil), optionValues: ["forbid-query-fragment": "true"])],
            message: MessageTemplate(pieces: [.placeholder("name"), .text(" \""), .placeholder("value"), .text("\" is not a valid https URL: it "), .placeholder("problem")]),
            replaces: ["WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com:8443/tenant
  AuthorizationEndpoint: https://idp.example.com:/authorize?prompt=login
  TokenEndpoint: https://idp.example.com:00443/token
  UserInfoEndpoint: https://user@idp.example.com/userinfo
  LogoutEndpoint: https://[2001:DB8::1]/logout
  JwksUri: https://idp.example.com/jwks%2Fkeys

"""#, operation: nil, position: SourcePosition(line: 265, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com/?tenant=1
  AuthorizationEndpoint: https:///authorize
  TokenEndpoint: https://idp.example.com:99999/token
  UserInfoEndpoint: https://idp.example.com/user info
  LogoutEndpoint: https://idp.example.com/logout%zz
  JwksUri: https://idp.example.com/jwks

"""#, operation: nil, position: SourcePosition(line: 277, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 11), pointer: nil, message: "Issuer \"https://idp.example.com/?tenant=1\" is not a valid https URL: it has a query"), ExpectedFinding(position: SourcePosition(line: 6, column: 26), pointer: nil, message: "AuthorizationEndpoint \"https:///authorize\" is not a valid https URL: it has no host"), ExpectedFinding(position: SourcePosition(line: 7, column: 18), pointer: nil, message: "TokenEndpoint \"https://idp.example.com:99999/token\" is not a valid https URL: it has an invalid port \"99999\""), ExpectedFinding(position: SourcePosition(line: 8, column: 21), pointer: nil, message: "UserInfoEndpoint \"https://idp.example.com/user info\" is not a valid https URL: it contains whitespace"), ExpectedFinding(position: SourcePosition(line: 9, column: 19), pointer: nil, message: "LogoutEndpoint \"https://idp.example.com/logout%zz\" is not a valid https URL: it has a \"%\" not followed by two hexadecimal digits")]),
                RuleExample(format: .yaml, text: ##"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: 'https://idp.example.com\@evil.example/'
  AuthorizationEndpoint: https://user@name@idp.example.com/authorize
  TokenEndpoint: https://idp.example.com/token?scope={openid}
  UserInfoEndpoint: https://idp.example.com/utilisateur/café
  LogoutEndpoint: https://0x7f.1/logout
  JwksUri: https://idp.example.com/jwks#a#b

"""##, operation: nil, position: SourcePosition(line: 299, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 11), pointer: nil, message: "Issuer \"https://idp.example.com\\@evil.example/\" is not a valid https URL: it contains the character \"\\\", which RFC 3986 does not allow in a URL and a browser reads as \"/\"; percent-encode it as %5C"), ExpectedFinding(position: SourcePosition(line: 6, column: 26), pointer: nil, message: "AuthorizationEndpoint \"https://user@name@idp.example.com/authorize\" is not a valid https URL: it has more than one \"@\" before its host; percent-encode an \"@\" in the user name or password as %40"), ExpectedFinding(position: SourcePosition(line: 7, column: 18), pointer: nil, message: "TokenEndpoint \"https://idp.example.com/token?scope={openid}\" is not a valid https URL: it contains the character \"{\", which RFC 3986 does not allow in a URL; percent-encode it as %7B"), ExpectedFinding(position: SourcePosition(line: 8, column: 21), pointer: nil, message: "UserInfoEndpoint \"https://idp.example.com/utilisateur/café\" is not a valid https URL: it has the non-ASCII character \"é\" in its path; percent-encode it as %C3%A9"), ExpectedFinding(position: SourcePosition(line: 9, column: 19), pointer: nil, message: "LogoutEndpoint \"https://0x7f.1/logout\" is not a valid https URL: it has the host \"0x7f.1\", which a browser reads as the IPv4 address 127.0.0.1; write that"), ExpectedFinding(position: SourcePosition(line: 10, column: 12), pointer: nil, message: "JwksUri \"https://idp.example.com/jwks#a#b\" is not a valid https URL: it has the character \"#\" in its fragment; percent-encode it as %23")]),
                RuleExample(format: .json, text: ##"""
{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "OidcConfig": {"ClientId": "c", "Issuer": "https://idp.example.com#frag"}}}

"""##, operation: nil, position: SourcePosition(line: 323, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 45), pointer: "/Workforce/OidcConfig/Issuer", message: nil)])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 220, column: 9), namePosition: SourcePosition(line: 221, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf113() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF113", name: "oidc-host-mismatch", severity: .note,
            summary: "An OIDC endpoint's host differs from the Issuer's host.",
            description: #"""
Most identity providers serve every endpoint from the issuer's host. An
endpoint on another host is often a copy-paste from another tenant or
environment (staging endpoints with a production issuer). If your
provider really splits its endpoints across hosts, turn this note off.
Hosts are compared as a browser reads them: without port and case,
with `%XX` escapes decoded, without a trailing dot, and only when the
Issuer and the endpoint are both valid `https` URLs (WF112).

Reference: [OpenID Connect Discovery 1.0](https://openid.net/specs/openid-connect-discovery-1_0.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("AuthorizationEndpoint")], offsets: [0, 11], description: "OidcConfig.AuthorizationEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("TokenEndpoint")], offsets: [0, 11], description: "OidcConfig.TokenEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("UserInfoEndpoint")], offsets: [0, 11], description: "OidcConfig.UserInfoEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("LogoutEndpoint")], offsets: [0, 11], description: "OidcConfig.LogoutEndpoint"), TargetPath(steps: [.member("OidcConfig"), .member("JwksUri")], offsets: [0, 11], description: "OidcConfig.JwksUri")], function: URLFunction(schemes: ["https"], requireScheme: false, reportInvalid: false, forbidQueryFragment: false, sameHostAs: "Issuer", allowedHosts: nil), optionValues: ["same-host-as": "Issuer"])],
            message: MessageTemplate(pieces: [.placeholder("name"), .text(" host \""), .placeholder("host"), .text("\" differs from the Issuer host \""), .placeholder("expected-host"), .text("\"")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://IDP.example.com
  AuthorizationEndpoint: https://idp.example.com:443/authorize
  TokenEndpoint: https://idp.example.com./token
  UserInfoEndpoint: https://idp%2Eexample.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: http://keys.example.net/jwks

"""#, operation: nil, position: SourcePosition(line: 357, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientId: workforce
  ClientSecret: ${OIDC_CLIENT_SECRET}
  Issuer: https://idp.example.com
  AuthorizationEndpoint: https://idp.example.com/authorize
  TokenEndpoint: https://idp.staging.example.com/token
  UserInfoEndpoint: https://idp.example.com/userinfo
  LogoutEndpoint: https://idp.example.com/logout
  JwksUri: https://idp.example.com/jwks

"""#, operation: nil, position: SourcePosition(line: 369, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 7, column: 18), pointer: "/OidcConfig/TokenEndpoint", message: "TokenEndpoint host \"idp.staging.example.com\" differs from the Issuer host \"idp.example.com\"")])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 330, column: 9), namePosition: SourcePosition(line: 331, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf120() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF120", name: "scope-format", severity: .error,
            summary: "The OIDC Scope is not scope tokens separated by single spaces.",
            description: ##"""
`Scope` is sent to the identity provider as the OAuth 2.0 `scope`
parameter: scope tokens separated by single spaces, with no leading or
trailing space. Each token is one or more of the characters `!`,
`#` to `[` and `]` to `~` (no quotes, backslashes, control characters
or non-ASCII letters). An empty scope is refused too.

Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Scope")], offsets: [0, 11], description: "OidcConfig.Scope")], function: ScopeFunction(reportInvalid: true, requiredTokens: nil, forbidDuplicates: false, forbidComma: false), optionValues: ["report-invalid": "true"])],
            message: MessageTemplate(pieces: [.text("Scope \""), .placeholder("value"), .text("\" is not a list of scope tokens separated by single spaces: it "), .placeholder("problem")]),
            replaces: ["WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "OidcConfig": {"Scope": "openid email profile"}}

"""#, operation: nil, position: SourcePosition(line: 406, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: "openid  email"

"""#, operation: nil, position: SourcePosition(line: 409, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: "/OidcConfig/Scope", message: "Scope \"openid  email\" is not a list of scope tokens separated by single spaces: it has two spaces in a row")], fixed: #"""
WorkforceName: labelers
OidcConfig:
  Scope: "openid email"

"""#),
                RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "OidcConfig": {"Scope": ""}}

"""#, operation: nil, position: SourcePosition(line: 421, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 48), pointer: nil, message: "Scope \"\" is not a list of scope tokens separated by single spaces: it is empty")])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 385, column: 9), namePosition: SourcePosition(line: 386, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf121() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF121", name: "scope-openid", severity: .warning,
            summary: "A well-formed OIDC Scope lacks the openid token.",
            description: ##"""
Without the `openid` scope the provider runs plain OAuth 2.0 and issues
no ID token, so SageMaker cannot sign the worker in. Add `openid` to
`Scope` (tokens are case-sensitive: `OpenID` is another token).

Reference: [OpenID Connect Core 1.0, section 3.1.2.1](https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Scope")], offsets: [0, 11], description: "OidcConfig.Scope")], function: ScopeFunction(reportInvalid: false, requiredTokens: ["openid"], forbidDuplicates: false, forbidComma: false), optionValues: ["required-tokens": "openid"])],
            message: MessageTemplate(pieces: [.text("Scope \""), .placeholder("value"), .text("\" lacks the token "), .placeholder("tokens"), .text(", without which the provider issues no ID token")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: email openid

"""#, operation: nil, position: SourcePosition(line: 445, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: OpenID email

"""#, operation: nil, position: SourcePosition(line: 450, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: nil, message: "Scope \"OpenID email\" lacks the token \"openid\", without which the provider issues no ID token")], fixed: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid OpenID email

"""#)]),
            file: "rules/identity.yaml", position: SourcePosition(line: 427, column: 9), namePosition: SourcePosition(line: 428, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf122() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF122", name: "scope-duplicate", severity: .warning,
            summary: "A token repeats in the OIDC Scope.",
            description: ##"""
A repeated scope token is harmless to most providers but is always a
mistake (often a merge of two scope lists); some providers reject it.
List each scope once. Tokens are compared case-sensitively.

Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Scope")], offsets: [0, 11], description: "OidcConfig.Scope")], function: ScopeFunction(reportInvalid: false, requiredTokens: nil, forbidDuplicates: true, forbidComma: false), optionValues: ["forbid-duplicates": "true"])],
            message: MessageTemplate(pieces: [.text("Scope \""), .placeholder("value"), .text("\" repeats "), .placeholder("tokens"), .text("; list each scope once")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid email Email

"""#, operation: nil, position: SourcePosition(line: 480, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid email profile email openid

"""#, operation: nil, position: SourcePosition(line: 485, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: nil, message: "Scope \"openid email profile email openid\" repeats \"email\", \"openid\"; list each scope once")], fixed: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid email profile

"""#)]),
            file: "rules/identity.yaml", position: SourcePosition(line: 462, column: 9), namePosition: SourcePosition(line: 463, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf123() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF123", name: "scope-comma", severity: .warning,
            summary: "A token of the OIDC Scope contains a comma.",
            description: ##"""
Scopes are separated by spaces, not commas: to the identity provider
`openid,email` is one unknown scope, so neither `openid` nor `email` is
granted. Write `openid email`.

Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("Scope")], offsets: [0, 11], description: "OidcConfig.Scope")], function: ScopeFunction(reportInvalid: false, requiredTokens: nil, forbidDuplicates: false, forbidComma: true), optionValues: ["forbid-comma": "true"])],
            message: MessageTemplate(pieces: [.text("Scope token "), .placeholder("tokens"), .text(" contains a comma; separate scopes with spaces")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid email

"""#, operation: nil, position: SourcePosition(line: 515, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid,email profile

"""#, operation: nil, position: SourcePosition(line: 520, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: nil, message: "Scope token \"openid,email\" contains a comma; separate scopes with spaces")], fixed: #"""
WorkforceName: labelers
OidcConfig:
  Scope: openid email profile

"""#)]),
            file: "rules/identity.yaml", position: SourcePosition(line: 497, column: 9), namePosition: SourcePosition(line: 498, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf130() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF130", name: "extra-params-reserved", severity: .warning,
            summary: "An AuthenticationRequestExtraParams key is a parameter the authorization request already sets.",
            description: ##"""
SageMaker builds the authorization request itself and sets `client_id`,
`redirect_uri`, `response_type`, `scope`, `state`, `nonce`,
`code_challenge` and `code_challenge_method`. An extra parameter of the
same name (in any case) either is ignored or sends the provider a
duplicate parameter, which it must reject. Use `Scope` for scopes and
remove the others.

Reference: [OpenID Connect Core 1.0, section 3.1.2.1](https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("AuthenticationRequestExtraParams"), .keys], offsets: [0, 11, 44], description: "OidcConfig.AuthenticationRequestExtraParams.@key")], function: EnumFunction(values: ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"], ignoreCase: true, negate: true), optionValues: ["ignore-case": "true", "negate": "true", "values": "client_id, redirect_uri, response_type, scope, state, nonce, code_challenge, code_challenge_method"])],
            message: MessageTemplate(pieces: [.text("extra parameter \""), .placeholder("value"), .text("\" is one the authorization request already sets; remove it")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  AuthenticationRequestExtraParams:
    prompt: login
    acr_values: mfa

"""#, operation: nil, position: SourcePosition(line: 555, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  AuthenticationRequestExtraParams:
    prompt: login
    Scope: openid

"""#, operation: nil, position: SourcePosition(line: 562, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 5), pointer: "/OidcConfig/AuthenticationRequestExtraParams/Scope", message: "extra parameter \"Scope\" is one the authorization request already sets; remove it")])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 532, column: 9), namePosition: SourcePosition(line: 533, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf140() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF140", name: "client-secret-literal", severity: .warning,
            summary: "A request's OidcConfig.ClientSecret is a literal secret committed in the file.",
            description: #"""
A client secret in a file under version control is a leaked secret:
everyone with read access to the repository, its forks and its CI logs
can impersonate the workforce's OIDC client. Keep the secret in a secret
store and write a placeholder that your deploy step fills in:
`${NAME}`, `{{ ... }}` or `<...>`. wflint never prints the value. An
empty secret (as `--generate-cli-skeleton` leaves it) commits none; the
API refuses it (WF006).

Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).

"""#,
            kinds: [.createWorkforceRequest, .updateWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("OidcConfig"), .member("ClientSecret")], offsets: [0, 11], description: "OidcConfig.ClientSecret")], function: SecretLiteralFunction(placeholders: [Pattern.deferred("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}", wholeValue: true, caseless: false, dialect: .pcre2), Pattern.deferred("\\{\\{.*\\}\\}", wholeValue: true, caseless: false, dialect: .pcre2), Pattern.deferred("<[^<>]*>", wholeValue: true, caseless: false, dialect: .pcre2)]), optionValues: [:])],
            message: MessageTemplate(pieces: [.text("ClientSecret is a literal secret committed in the file; write a placeholder such as ${OIDC_CLIENT_SECRET} and fill it in at deploy time")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientSecret: ${OIDC_CLIENT_SECRET}

"""#, operation: nil, position: SourcePosition(line: 594, column: 11), findings: []),
                RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientSecret: "{{ vault_oidc_secret }}"

"""#, operation: nil, position: SourcePosition(line: 598, column: 11), findings: []),
                RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientSecret: <client secret>

"""#, operation: nil, position: SourcePosition(line: 602, column: 11), findings: []),
                RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientSecret: ""

"""#, operation: nil, position: SourcePosition(line: 606, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
OidcConfig:
  ClientSecret: s3cr3t-Value-123

"""#, operation: nil, position: SourcePosition(line: 611, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 17), pointer: "/OidcConfig/ClientSecret", message: "ClientSecret is a literal secret committed in the file; write a placeholder such as ${OIDC_CLIENT_SECRET} and fill it in at deploy time")]),
                RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "OidcConfig": {"ClientSecret": "${not a name}"}}

"""#, operation: nil, position: SourcePosition(line: 619, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 55), pointer: nil, message: nil)])]),
            file: "rules/identity.yaml", position: SourcePosition(line: 573, column: 9), namePosition: SourcePosition(line: 574, column: 11),
            pack: "identity", isBuiltin: true)
    }

    private static func wf401() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF401", name: "time-range", severity: .error,
            summary: "CreationTimeAfter is not earlier than CreationTimeBefore.",
            description: #"""
`CreationTimeAfter` and `CreationTimeBefore` bound the creation time of
the groups listed; when the lower bound is not earlier than the upper
one, no group can match and the request silently returns nothing.
Swap the two values, or fix the one that is wrong. Both are compared
as instants, fractions of a second included (a date-time without a
zone is UTC), and only when both are valid timestamps (see WF004).
botocore up to 1.43 sends whole epoch seconds and from 1.44 the
fraction too: a range empty as instants is empty to both, and one
within a second (`00:00:00.2Z` to `00:00:00.7Z`) is empty only to
the older botocore, so it is not reported.

Reference: [ListModelPackageGroups](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelPackageGroups.html).

"""#,
            kinds: [.listModelPackageGroupsRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .document,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("CreationTimeAfter")], offsets: [0], description: "CreationTimeAfter")], function: TimestampOrderFunction(before: "CreationTimeBefore"), optionValues: ["before": "CreationTimeBefore"])],
            message: MessageTemplate(pieces: [.text("CreationTimeAfter \""), .placeholder("value"), .text("\" is not earlier than CreationTimeBefore \""), .placeholder("other-value"), .text("\"; no model package group can match")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
CreationTimeAfter: 2024-01-01T00:00:00Z
CreationTimeBefore: "2024-06-30"

"""#, operation: nil, position: SourcePosition(line: 32, column: 11), findings: []),
                RuleExample(format: .json, text: #"""
{"CreationTimeAfter": 1700000000, "CreationTimeBefore": "not a time"}

"""#, operation: nil, position: SourcePosition(line: 35, column: 11), findings: []),
                RuleExample(format: .json, text: #"""
{"CreationTimeAfter": "1717200000", "CreationTimeBefore": "2024-06-01T00:00:00.5Z"}

"""#, operation: nil, position: SourcePosition(line: 37, column: 11), findings: []),
                RuleExample(format: .yaml, text: #"""
CreationTimeAfter: 2024-06-01 00:00:00.2
CreationTimeBefore: 2024-06-01 00:00:00.7

"""#, operation: nil, position: SourcePosition(line: 39, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
CreationTimeAfter: 2024-07-01T00:00:00+02:00
CreationTimeBefore: 2024-06-30T22:00:00Z

"""#, operation: nil, position: SourcePosition(line: 43, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 20), pointer: "/CreationTimeAfter", message: "CreationTimeAfter \"2024-07-01T00:00:00+02:00\" is not earlier than CreationTimeBefore \"2024-06-30T22:00:00Z\"; no model package group can match")]),
                RuleExample(format: .json, text: #"""
{"CreationTimeBefore": 1700000000, "CreationTimeAfter": 1800000000}

"""#, operation: nil, position: SourcePosition(line: 50, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 57), pointer: "/CreationTimeAfter", message: nil)]),
                RuleExample(format: .yaml, text: #"""
CreationTimeAfter: 2024-06-01 00:00:00.7
CreationTimeBefore: "2024-06-01T00:00:00.5Z"

"""#, operation: nil, position: SourcePosition(line: 55, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 20), pointer: "/CreationTimeAfter", message: "CreationTimeAfter \"2024-06-01 00:00:00.7\" is not earlier than CreationTimeBefore \"2024-06-01T00:00:00.5Z\"; no model package group can match")])]),
            file: "rules/list-model-package-groups.yaml", position: SourcePosition(line: 6, column: 9), namePosition: SourcePosition(line: 7, column: 11),
            pack: "list-model-package-groups", isBuiltin: true)
    }

    private static func wf201() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF201", name: "cidr-invalid", severity: .error,
            summary: "A SourceIpConfig.Cidrs entry is not a valid IPv4 or IPv6 CIDR.",
            description: ##"""
Each entry of `Cidrs` is an IP range in CIDR notation: an IPv4 address
(four decimal octets from 0 to 255, no leading zeros) with a prefix from
0 to 32, or an IPv6 address (RFC 4291 text form, `::` compression and
a dotted IPv4 tail allowed, no zone id) with a prefix from 0 to 128. The
prefix has no leading zero, and nothing surrounds the entry, not even
spaces. Write the range as your network team gives it, e.g.
`203.0.113.0/24` or `2001:db8::/32`.

Reference: [RFC 4632](https://www.rfc-editor.org/rfc/rfc4632),
[RFC 4291, section 2.2](https://www.rfc-editor.org/rfc/rfc4291#section-2.2),
[SourceIpConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs"), .elements], offsets: [0, 15, 20], description: "SourceIpConfig.Cidrs[*]")], function: CIDRFunction(reportInvalid: true, forbidHostBits: false, forbidRedundant: false, forbidAllowAll: false, families: nil, within: nil), optionValues: ["report-invalid": "true"])],
            message: MessageTemplate(pieces: [.text("CIDR \""), .placeholder("value"), .text("\" is invalid: "), .placeholder("problem"), .text("; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\"")]),
            replaces: ["WF006", "WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.0.0/16
    - 0.0.0.0/0
    - 2001:db8::/32
    - ::ffff:192.0.2.0/120

"""#, operation: nil, position: SourcePosition(line: 31, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.0.256/16
    - 10.0.0.0/08
    - 10.1.0.0
    - "10.2.0.0/16 "
    - 2001:db8::1::/64
    - fe80::1%eth0/64

"""#, operation: nil, position: SourcePosition(line: 40, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 7), pointer: "/SourceIpConfig/Cidrs/0", message: "CIDR \"10.0.0.256/16\" is invalid: octet \"256\" is greater than 255; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""), ExpectedFinding(position: SourcePosition(line: 5, column: 7), pointer: "/SourceIpConfig/Cidrs/1", message: "CIDR \"10.0.0.0/08\" is invalid: prefix \"08\" has a leading zero; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""), ExpectedFinding(position: SourcePosition(line: 6, column: 7), pointer: "/SourceIpConfig/Cidrs/2", message: "CIDR \"10.1.0.0\" is invalid: the \"/prefix\" is missing; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""), ExpectedFinding(position: SourcePosition(line: 7, column: 7), pointer: "/SourceIpConfig/Cidrs/3", message: "CIDR \"10.2.0.0/16 \" is invalid: prefix \"16 \" is not a decimal number; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""), ExpectedFinding(position: SourcePosition(line: 8, column: 7), pointer: "/SourceIpConfig/Cidrs/4", message: "CIDR \"2001:db8::1::/64\" is invalid: IPv6 address \"2001:db8::1::\" has more than one \"::\"; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\""), ExpectedFinding(position: SourcePosition(line: 9, column: 7), pointer: "/SourceIpConfig/Cidrs/5", message: "CIDR \"fe80::1%eth0/64\" is invalid: IPv6 address has a zone id; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\"")]),
                RuleExample(format: .json, text: #"""
{"Workforces": [{"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "SourceIpConfig": {"Cidrs": ["192.168.0.0/33"]}}]}

"""#, operation: nil, position: SourcePosition(line: 69, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 32), pointer: "/Workforces/0/SourceIpConfig/Cidrs/0", message: "CIDR \"192.168.0.0/33\" is invalid: prefix \"33\" is greater than 32; expected an address and a prefix length, like \"10.0.0.0/16\" or \"2001:db8::/32\"")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 6, column: 9), namePosition: SourcePosition(line: 7, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf202() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF202", name: "cidr-count", severity: .error,
            summary: "SourceIpConfig.Cidrs has more than ten entries, or none in a request.",
            description: #"""
The allow list takes one to ten CIDRs. An empty list is refused by the
API; an eleventh entry is too. Merge adjacent ranges into wider blocks,
or move the workforce behind a VPC (`WorkforceVpcConfig`) if the list
keeps growing.

A response's list may be empty: DescribeWorkforce, ListWorkforces and
UpdateWorkforce return `"SourceIpConfig": {"Cidrs": []}` for a workforce
without an allow list. More than ten is reported there too.

Reference: [SourceIpConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html),
[SageMaker quotas](https://docs.aws.amazon.com/general/latest/gr/sagemaker.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .document,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs")], offsets: [0, 15], description: "SourceIpConfig.Cidrs")], function: CountFunction(bounds: Bounds(min: 1.0, max: 10.0)), optionValues: ["max": "10", "min": "1"]),
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("Workforce"), .member("SourceIpConfig"), .member("Cidrs")], offsets: [0, 10, 25], description: "Workforce.SourceIpConfig.Cidrs"), TargetPath(steps: [.member("Workforces"), .elements, .member("SourceIpConfig"), .member("Cidrs")], offsets: [0, 10, 14, 29], description: "Workforces[*].SourceIpConfig.Cidrs")], function: CountFunction(bounds: Bounds(min: 0.0, max: 10.0)), optionValues: ["max": "10", "min": "0"])],
            message: MessageTemplate(pieces: [.text("Cidrs has "), .placeholder("count"), .text(" entries; the allow list takes "), .placeholder("min"), .text(" to "), .placeholder("max")]),
            replaces: ["WF006"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/24, 10.0.1.0/24]

"""#, operation: nil, position: SourcePosition(line: 110, column: 11), findings: []),
                RuleExample(format: .json, text: #"""
{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "SourceIpConfig": {"Cidrs": []}}}

"""#, operation: nil, position: SourcePosition(line: 114, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.1.0/24
    - 10.0.2.0/24
    - 10.0.3.0/24
    - 10.0.4.0/24
    - 10.0.5.0/24
    - 10.0.6.0/24
    - 10.0.7.0/24
    - 10.0.8.0/24
    - 10.0.9.0/24
    - 10.0.10.0/24
    - 10.0.11.0/24

"""#, operation: nil, position: SourcePosition(line: 118, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 5), pointer: "/SourceIpConfig/Cidrs", message: "Cidrs has 11 entries; the allow list takes 1 to 10")]),
                RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "SourceIpConfig": {"Cidrs": []}}

"""#, operation: nil, position: SourcePosition(line: 137, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 52), pointer: "/SourceIpConfig/Cidrs", message: "Cidrs has 0 entries; the allow list takes 1 to 10")]),
                RuleExample(format: .json, text: #"""
{"Workforces": [{"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "SourceIpConfig": {"Cidrs": ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24", "10.0.5.0/24",
    "10.0.6.0/24", "10.0.7.0/24", "10.0.8.0/24", "10.0.9.0/24", "10.0.10.0/24", "10.0.11.0/24"]}}]}

"""#, operation: nil, position: SourcePosition(line: 143, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 31), pointer: "/Workforces/0/SourceIpConfig/Cidrs", message: "Cidrs has 11 entries; the allow list takes 0 to 10")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 77, column: 9), namePosition: SourcePosition(line: 78, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf203() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF203", name: "cidr-host-bits", severity: .warning,
            summary: "A CIDR has bits set past its prefix.",
            description: ##"""
In `10.0.0.1/16` the bits after the first 16 are host bits: the block is
`10.0.0.0/16` whatever they are. Host bits usually mean a typo (a
forgotten `/32`, or `/16` where `/24` was meant) that allows far more
addresses than intended. Write the network address, or the prefix you
meant.

Reference: [RFC 4632, section 3.1](https://www.rfc-editor.org/rfc/rfc4632#section-3.1).

"""##,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs"), .elements], offsets: [0, 15, 20], description: "SourceIpConfig.Cidrs[*]")], function: CIDRFunction(reportInvalid: false, forbidHostBits: true, forbidRedundant: false, forbidAllowAll: false, families: nil, within: nil), optionValues: ["forbid-host-bits": "true"])],
            message: MessageTemplate(pieces: [.text("CIDR \""), .placeholder("value"), .text("\" has host bits set; the block it allows is \""), .placeholder("network"), .text("\"")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/16, 198.51.100.7/32, "2001:db8::/48"]

"""#, operation: nil, position: SourcePosition(line: 172, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.0.1/16
    - 2001:db8::1/64

"""#, operation: nil, position: SourcePosition(line: 177, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 7), pointer: nil, message: "CIDR \"10.0.0.1/16\" has host bits set; the block it allows is \"10.0.0.0/16\""), ExpectedFinding(position: SourcePosition(line: 5, column: 7), pointer: nil, message: "CIDR \"2001:db8::1/64\" has host bits set; the block it allows is \"2001:db8::/64\"")], fixed: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.0.0/16
    - 2001:db8::/64

"""#)]),
            file: "rules/network.yaml", position: SourcePosition(line: 152, column: 9), namePosition: SourcePosition(line: 153, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf204() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF204", name: "cidr-redundant", severity: .warning,
            summary: "A CIDR equals, or lies inside, another entry of the same list.",
            description: #"""
An entry that another entry already covers adds nothing to the allow
list but takes one of its ten places, and hides which range was meant.
Remove it. Blocks are compared with host bits cleared; IPv4 and IPv6
blocks never cover each other. The later of two equal entries, or the
narrower block, is reported.

Reference: [SourceIpConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs"), .elements], offsets: [0, 15, 20], description: "SourceIpConfig.Cidrs[*]")], function: CIDRFunction(reportInvalid: false, forbidHostBits: false, forbidRedundant: true, forbidAllowAll: false, families: nil, within: nil), optionValues: ["forbid-redundant": "true"])],
            message: MessageTemplate(pieces: [.text("CIDR \""), .placeholder("value"), .text("\" is already covered by \""), .placeholder("other"), .text("\" at "), .placeholder("other-position")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/24, 10.0.1.0/24, "::ffff:10.0.0.0/120"]

"""#, operation: nil, position: SourcePosition(line: 215, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.1.2.0/24
    - 10.0.0.0/8
    - 10.0.0.1/8

"""#, operation: nil, position: SourcePosition(line: 220, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 7), pointer: nil, message: "CIDR \"10.1.2.0/24\" is already covered by \"10.0.0.0/8\" at 5:7"), ExpectedFinding(position: SourcePosition(line: 6, column: 7), pointer: nil, message: "CIDR \"10.0.0.1/8\" is already covered by \"10.0.0.0/8\" at 5:7")], fixed: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs:
    - 10.0.0.0/8

"""#)]),
            file: "rules/network.yaml", position: SourcePosition(line: 195, column: 9), namePosition: SourcePosition(line: 196, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf205() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF205", name: "cidr-allow-all", severity: .warning,
            summary: "A CIDR with prefix /0 lets every address in.",
            description: #"""
`0.0.0.0/0` (or `::/0`) allows every IPv4 (or IPv6) address: the allow
list then restricts nothing, and the labeling portal is open to the
whole internet. List the ranges your workers connect from instead.

Reference: [Restrict access to a private workforce](https://docs.aws.amazon.com/sagemaker/latest/dg/sms-workforce-management-private-api-cidr.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs"), .elements], offsets: [0, 15, 20], description: "SourceIpConfig.Cidrs[*]")], function: CIDRFunction(reportInvalid: false, forbidHostBits: false, forbidRedundant: false, forbidAllowAll: true, families: nil, within: nil), optionValues: ["forbid-allow-all": "true"])],
            message: MessageTemplate(pieces: [.text("CIDR \""), .placeholder("value"), .text("\" allows every address; the allow list then restricts nothing")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/8]

"""#, operation: nil, position: SourcePosition(line: 256, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/8, 0.0.0.0/0]

"""#, operation: nil, position: SourcePosition(line: 261, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 23), pointer: "/SourceIpConfig/Cidrs/1", message: "CIDR \"0.0.0.0/0\" allows every address; the allow list then restricts nothing")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 238, column: 9), namePosition: SourcePosition(line: 239, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf206() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF206", name: "cidr-ipv6-ipv4-only", severity: .note,
            summary: "An IPv6 CIDR in a workforce whose IpAddressType is absent or ipv4.",
            description: #"""
A workforce whose `IpAddressType` is `ipv4` (the default when it is
absent) is reached over IPv4 only, so an IPv6 entry in its allow list
never matches a worker. Set `IpAddressType: dualstack` if workers
connect over IPv6, or remove the entry.

Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [RuleCondition(path: TargetPath(steps: [.member("IpAddressType")], offsets: [0], description: "IpAddressType"), values: ["ipv4"], orAbsent: true)],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("SourceIpConfig"), .member("Cidrs"), .elements], offsets: [0, 15, 20], description: "SourceIpConfig.Cidrs[*]")], function: CIDRFunction(reportInvalid: false, forbidHostBits: false, forbidRedundant: false, forbidAllowAll: false, families: [.ipv4], within: nil), optionValues: ["families": "ipv4"])],
            message: MessageTemplate(pieces: [.placeholder("family"), .text(" CIDR \""), .placeholder("value"), .text("\" never matches while IpAddressType is ipv4; set IpAddressType to dualstack or remove it")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
IpAddressType: dualstack
SourceIpConfig:
  Cidrs: [10.0.0.0/8, "2001:db8::/32"]

"""#, operation: nil, position: SourcePosition(line: 291, column: 11), findings: []),
                RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
IpAddressType: IPv4
SourceIpConfig:
  Cidrs: ["2001:db8::/32"]

"""#, operation: nil, position: SourcePosition(line: 296, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
SourceIpConfig:
  Cidrs: [10.0.0.0/8, "2001:db8::/32"]

"""#, operation: nil, position: SourcePosition(line: 302, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 23), pointer: nil, message: "IPv6 CIDR \"2001:db8::/32\" never matches while IpAddressType is ipv4; set IpAddressType to dualstack or remove it")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 270, column: 9), namePosition: SourcePosition(line: 271, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf210() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF210", name: "security-group-id", severity: .error,
            summary: "A WorkforceVpcConfig.SecurityGroupIds entry is not sg- and 8 or 17 hexadecimal digits.",
            description: #"""
A security group id is `sg-` followed by 8 (older groups) or 17 lower-case
hexadecimal digits, like `sg-0123456789abcdef0`. A name (`default`), an
ARN or an upper-case id is refused. Copy the id from the EC2 console or
`aws ec2 describe-security-groups`.

Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("WorkforceVpcConfig"), .member("SecurityGroupIds"), .elements], offsets: [0, 19, 35], description: "WorkforceVpcConfig.SecurityGroupIds[*]")], function: PatternFunction(regex: Pattern.deferred("\\Asg-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z", wholeValue: false, caseless: false, dialect: .pcre2), negate: false), optionValues: ["regex": "\\Asg-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z"])],
            message: MessageTemplate(pieces: [.text("security group id \""), .placeholder("value"), .text("\" is not \"sg-\" followed by 8 or 17 lower-case hexadecimal digits")]),
            replaces: ["WF006", "WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-0123456789abcdef0
  SecurityGroupIds: [sg-0123456789abcdef0, sg-12345678]
  Subnets: [subnet-0123456789abcdef0]

"""#, operation: nil, position: SourcePosition(line: 330, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-0123456789abcdef0
  SecurityGroupIds: [default, sg-0123456789ABCDEF0]
  Subnets: [subnet-0123456789abcdef0]

"""#, operation: nil, position: SourcePosition(line: 337, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 22), pointer: "/WorkforceVpcConfig/SecurityGroupIds/0", message: "security group id \"default\" is not \"sg-\" followed by 8 or 17 lower-case hexadecimal digits"), ExpectedFinding(position: SourcePosition(line: 4, column: 31), pointer: "/WorkforceVpcConfig/SecurityGroupIds/1", message: nil)])]),
            file: "rules/network.yaml", position: SourcePosition(line: 310, column: 9), namePosition: SourcePosition(line: 311, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf211() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF211", name: "subnet-id", severity: .error,
            summary: "A WorkforceVpcConfig.Subnets entry is not subnet- and 8 or 17 hexadecimal digits.",
            description: #"""
A subnet id is `subnet-` followed by 8 or 17 lower-case hexadecimal
digits, like `subnet-0123456789abcdef0`. Copy the id from the VPC
console or `aws ec2 describe-subnets`.

Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("WorkforceVpcConfig"), .member("Subnets"), .elements], offsets: [0, 19, 26], description: "WorkforceVpcConfig.Subnets[*]")], function: PatternFunction(regex: Pattern.deferred("\\Asubnet-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z", wholeValue: false, caseless: false, dialect: .pcre2), negate: false), optionValues: ["regex": "\\Asubnet-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z"])],
            message: MessageTemplate(pieces: [.text("subnet id \""), .placeholder("value"), .text("\" is not \"subnet-\" followed by 8 or 17 lower-case hexadecimal digits")]),
            replaces: ["WF006", "WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "WorkforceVpcConfig": {"VpcId": "vpc-12345678",
  "SecurityGroupIds": ["sg-12345678"], "Subnets": ["subnet-12345678", "subnet-0123456789abcdef0"]}}

"""#, operation: nil, position: SourcePosition(line: 369, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-0123456789abcdef0
  SecurityGroupIds: [sg-0123456789abcdef0]
  Subnets:
    - subnet-123

"""#, operation: nil, position: SourcePosition(line: 373, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 6, column: 7), pointer: "/WorkforceVpcConfig/Subnets/0", message: "subnet id \"subnet-123\" is not \"subnet-\" followed by 8 or 17 lower-case hexadecimal digits")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 350, column: 9), namePosition: SourcePosition(line: 351, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf212() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF212", name: "vpc-id", severity: .error,
            summary: "WorkforceVpcConfig.VpcId is not vpc- and 8 or 17 hexadecimal digits.",
            description: #"""
A VPC id is `vpc-` followed by 8 or 17 lower-case hexadecimal digits,
like `vpc-0123456789abcdef0`. A VPC name or ARN is refused. Copy the id
from the VPC console or `aws ec2 describe-vpcs`.

Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("WorkforceVpcConfig"), .member("VpcId")], offsets: [0, 19], description: "WorkforceVpcConfig.VpcId")], function: PatternFunction(regex: Pattern.deferred("\\Avpc-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z", wholeValue: false, caseless: false, dialect: .pcre2), negate: false), optionValues: ["regex": "\\Avpc-(?:[0-9a-f]{8}|[0-9a-f]{17})\\z"])],
            message: MessageTemplate(pieces: [.text("VPC id \""), .placeholder("value"), .text("\" is not \"vpc-\" followed by 8 or 17 lower-case hexadecimal digits")]),
            replaces: ["WF006", "WF007"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678
  SecurityGroupIds: [sg-12345678]
  Subnets: [subnet-12345678]

"""#, operation: nil, position: SourcePosition(line: 404, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: my-vpc
  SecurityGroupIds: [sg-12345678]
  Subnets: [subnet-12345678]

"""#, operation: nil, position: SourcePosition(line: 411, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: "/WorkforceVpcConfig/VpcId", message: "VPC id \"my-vpc\" is not \"vpc-\" followed by 8 or 17 lower-case hexadecimal digits")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 385, column: 9), namePosition: SourcePosition(line: 386, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf213() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF213", name: "vpc-config-incomplete", severity: .error,
            summary: "A WorkforceVpcConfig lacks VpcId, SecurityGroupIds or Subnets.",
            description: #"""
To put the workforce in your VPC, SageMaker creates an interface
endpoint in the VPC (`VpcId`), in the given subnets (`Subnets`),
protected by the given security groups (`SecurityGroupIds`). With any
of the three missing it cannot. Add the missing member, or remove
`WorkforceVpcConfig` to keep the workforce on the public endpoint.

Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("WorkforceVpcConfig")], offsets: [0], description: "WorkforceVpcConfig")], function: RequiredFunction(members: ["VpcId", "SecurityGroupIds", "Subnets"], atLeastOne: false), optionValues: ["members": "VpcId, SecurityGroupIds, Subnets"])],
            message: MessageTemplate(pieces: [.text("\""), .placeholder("name"), .text("\" lacks \""), .placeholder("member"), .text("\"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets")]),
            replaces: ["WF005"])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678
  SecurityGroupIds: [sg-12345678]
  Subnets: [subnet-12345678]

"""#, operation: nil, position: SourcePosition(line: 443, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678

"""#, operation: nil, position: SourcePosition(line: 450, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/WorkforceVpcConfig", message: "\"WorkforceVpcConfig\" lacks \"SecurityGroupIds\"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets"), ExpectedFinding(position: SourcePosition(line: 2, column: 1), pointer: "/WorkforceVpcConfig", message: "\"WorkforceVpcConfig\" lacks \"Subnets\"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets")]),
                RuleExample(format: .json, text: #"""
{"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
  "WorkforceVpcConfig": {"SecurityGroupIds": ["sg-12345678"], "Subnets": ["subnet-12345678"]}}}

"""#, operation: nil, position: SourcePosition(line: 461, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 2, column: 3), pointer: "/Workforce/WorkforceVpcConfig", message: "\"WorkforceVpcConfig\" lacks \"VpcId\"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets")])]),
            file: "rules/network.yaml", position: SourcePosition(line: 422, column: 9), namePosition: SourcePosition(line: 423, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf214() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF214", name: "vpc-duplicate-id", severity: .warning,
            summary: "A security group or subnet id repeats in its list.",
            description: #"""
Listing a security group or subnet twice adds nothing and takes one of
the list's places (five security groups, sixteen subnets); it is
usually a copy-paste where another id was meant. Ids are compared
exactly.

Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).

"""#,
            kinds: [.createWorkforceRequest, .describeWorkforceResponse, .listWorkforcesResponse, .updateWorkforceRequest, .updateWorkforceResponse], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("WorkforceVpcConfig"), .member("SecurityGroupIds"), .elements], offsets: [0, 19, 35], description: "WorkforceVpcConfig.SecurityGroupIds[*]"), TargetPath(steps: [.member("WorkforceVpcConfig"), .member("Subnets"), .elements], offsets: [0, 19, 26], description: "WorkforceVpcConfig.Subnets[*]")], function: UniqueFunction(ignoreCase: false), optionValues: [:])],
            message: MessageTemplate(pieces: [.text("duplicate id \""), .placeholder("value"), .text("\", first listed at "), .placeholder("first")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678
  SecurityGroupIds: [sg-12345678]
  Subnets: [subnet-12345678, subnet-87654321]

"""#, operation: nil, position: SourcePosition(line: 487, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678
  SecurityGroupIds: [sg-12345678, sg-12345678]
  Subnets: [subnet-12345678, subnet-87654321, subnet-12345678]

"""#, operation: nil, position: SourcePosition(line: 494, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 4, column: 35), pointer: "/WorkforceVpcConfig/SecurityGroupIds/1", message: "duplicate id \"sg-12345678\", first listed at 4:22"), ExpectedFinding(position: SourcePosition(line: 5, column: 47), pointer: "/WorkforceVpcConfig/Subnets/2", message: "duplicate id \"subnet-12345678\", first listed at 5:13")], fixed: #"""
WorkforceName: labelers
WorkforceVpcConfig:
  VpcId: vpc-12345678
  SecurityGroupIds: [sg-12345678]
  Subnets: [subnet-12345678, subnet-87654321]

"""#)]),
            file: "rules/network.yaml", position: SourcePosition(line: 469, column: 9), namePosition: SourcePosition(line: 470, column: 11),
            pack: "network", isBuiltin: true)
    }

    private static func wf301() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF301", name: "tag-reserved-prefix", severity: .error,
            summary: "A tag Key begins with aws:, a prefix AWS reserves.",
            description: #"""
Tag keys beginning with `aws:` (in any case) are reserved for AWS's own
tags; a request that sets one is refused. Choose another key, for
example with your organisation's prefix (`acme:team`).

Reference: [Tagging best practices: tag naming limits](https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("Tags"), .elements, .member("Key")], offsets: [0, 4, 8], description: "Tags[*].Key")], function: PatternFunction(regex: Pattern.deferred("\\A(?i:aws:)", wholeValue: false, caseless: false, dialect: .pcre2), negate: true), optionValues: ["negate": "true", "regex": "\\A(?i:aws:)"])],
            message: MessageTemplate(pieces: [.text("tag key \""), .placeholder("value"), .text("\" begins with \"aws:\", a prefix AWS reserves for its own tags")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
Tags:
  - {Key: team, Value: vision}
  - {Key: awsome, Value: "yes"}

"""#, operation: nil, position: SourcePosition(line: 25, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
Tags:
  - Key: AWS:cost-center
    Value: "1234"

"""#, operation: nil, position: SourcePosition(line: 32, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 10), pointer: "/Tags/0/Key", message: "tag key \"AWS:cost-center\" begins with \"aws:\", a prefix AWS reserves for its own tags")]),
                RuleExample(format: .json, text: #"""
{"WorkforceName": "w", "Tags": [{"Key": "aws:owner", "Value": "me"}]}

"""#, operation: nil, position: SourcePosition(line: 41, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 41), pointer: "/Tags/0/Key", message: nil)])]),
            file: "rules/tags.yaml", position: SourcePosition(line: 6, column: 9), namePosition: SourcePosition(line: 7, column: 11),
            pack: "tags", isBuiltin: true)
    }

    private static func wf302() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF302", name: "tag-duplicate-key", severity: .error,
            summary: "Two tags have the same Key.",
            description: #"""
Each tag key may appear once on a resource; a request with two tags of
the same key is refused. Keep one of them. Keys are compared exactly,
code point by code point (`Team` and `team` are different keys, and
so are `Å` written as U+00C5 and as the Angstrom sign U+212B).

Reference: [Tag](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .declarative(DeclarativeRule(
            descriptor: descriptor, scope: .workforce,
            conditions: [],
            checks: [
                DeclarativeRule.TargetedFunction(targets: [TargetPath(steps: [.member("Tags"), .elements, .member("Key")], offsets: [0, 4, 8], description: "Tags[*].Key")], function: UniqueFunction(ignoreCase: false), optionValues: [:])],
            message: MessageTemplate(pieces: [.text("duplicate tag key \""), .placeholder("value"), .text("\", first defined at "), .placeholder("first")]),
            replaces: [])),
            examples: RuleExamples(
                valid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
Tags:
  - {Key: team, Value: vision}
  - {Key: Team, Value: vision}

"""#, operation: nil, position: SourcePosition(line: 65, column: 11), findings: [])],
                invalid: [RuleExample(format: .yaml, text: #"""
WorkforceName: labelers
Tags:
  - Key: team
    Value: vision
  - Key: team
    Value: nlp

"""#, operation: nil, position: SourcePosition(line: 71, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 5, column: 10), pointer: "/Tags/1/Key", message: "duplicate tag key \"team\", first defined at 3:10")])]),
            file: "rules/tags.yaml", position: SourcePosition(line: 47, column: 9), namePosition: SourcePosition(line: 48, column: 11),
            pack: "tags", isBuiltin: true)
    }

    private static func wf501() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF501", name: "tf-computed-attribute", severity: .error,
            summary: "A Terraform resource sets an attribute the provider computes.",
            description: ##"""
`arn` and `subdomain` of an `aws_sagemaker_workforce`, and
`vpc_endpoint_id` of its `workforce_vpc_config`, are attributes the AWS
provider computes after it creates the workforce. A configuration that
sets one fails `terraform plan` ("Can't configure a value for ...: its
value will be decided automatically"). Read them as
`aws_sagemaker_workforce.NAME.arn`; remove them from the resource.
(`id` is not one of them, nor an argument: the provider's plugin SDK
refuses it as an "Invalid or unknown key", and it is WF003.)

Reference: [aws_sagemaker_workforce](https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_workforce#attribute-reference).

"""##,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about the Terraform text, which the translation into the API request reads; the request it builds has no place for an attribute the provider computes."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 29, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  arn            = "arn:aws:sagemaker:us-east-1:123456789012:workforce/labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
  workforce_vpc_config {
    vpc_endpoint_id = "vpce-0123456789abcdef0"
  }
}

"""#, operation: nil, position: SourcePosition(line: 38, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 3, column: 3), pointer: "/resource/aws_sagemaker_workforce/main/arn", message: "\"arn\" is an attribute the provider computes; aws_sagemaker_workforce.main cannot set it"), ExpectedFinding(position: SourcePosition(line: 9, column: 5), pointer: "/resource/aws_sagemaker_workforce/main/workforce_vpc_config/0/vpc_endpoint_id", message: "\"vpc_endpoint_id\" is an attribute the provider computes; workforce_vpc_config cannot set it")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 9, column: 9), namePosition: SourcePosition(line: 10, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf502() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF502", name: "tf-repeated-block", severity: .error,
            summary: "A Terraform resource writes a block more than once where the provider takes one.",
            description: ##"""
Every nested block of `aws_sagemaker_workforce` (`cognito_config`,
`oidc_config`, `source_ip_config`, `workforce_vpc_config`) is a list of
at most one in the provider's schema. A second block fails `terraform
plan` ("Too many ... blocks"); two `source_ip_config` blocks do not add
their CIDRs together. Merge them into one block. The first block is
checked as usual; each later one gets this finding only.

A `dynamic` block counts as the blocks its `for_each` makes: one known
to make two or more, or one beside a written block of its name, gets
this finding at its `for_each`. The count is the fewest Terraform can
make (a list's elements, equal ones each; a map's keys; a `set(...)`
variable's distinct elements); a `for_each` not known before apply is
not reported.

Reference: [aws_sagemaker_workforce](https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_workforce#argument-reference).

"""##,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about the Terraform text, which the translation into the API request reads; the request has one member per block, so a second block has no place in it."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
  source_ip_config {
    cidrs = ["10.0.0.0/16", "192.168.0.0/24"]
  }
}

"""#, operation: nil, position: SourcePosition(line: 83, column: 11), findings: []),
                RuleExample(format: .hcl, text: ##"""
variable "allow_list" {
  type = list(string)
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
  # One element, one block: the whole list is its one allow list.
  dynamic "source_ip_config" {
    for_each = [var.allow_list]
    content { cidrs = source_ip_config.value }
  }
}

"""##, operation: nil, position: SourcePosition(line: 94, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
  source_ip_config {
    cidrs = ["10.0.0.0/16"]
  }
  source_ip_config {
    cidrs = ["192.168.0.0/24"]
  }
}

"""#, operation: nil, position: SourcePosition(line: 111, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 10, column: 3), pointer: "/resource/aws_sagemaker_workforce/main/source_ip_config/1", message: "aws_sagemaker_workforce.main takes one source_ip_config block, and this is block 2 (the first is at 7:3); merge them into one")]),
                RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
  dynamic "source_ip_config" {
    for_each = ["office", "vpn"]
    content {
      cidrs = ["10.0.0.0/16"]
    }
  }
}

"""#, operation: nil, position: SourcePosition(line: 129, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 16), pointer: "/resource/aws_sagemaker_workforce/main/dynamic/source_ip_config/0/for_each", message: "aws_sagemaker_workforce.main takes one source_ip_config block, and this for_each makes 2; give it at most one element")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 58, column: 9), namePosition: SourcePosition(line: 59, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf503() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF503", name: "tf-unsensitive-secret", severity: .warning,
            summary: "A Terraform variable feeds oidc_config.client_secret but is not declared sensitive.",
            description: ##"""
The AWS provider marks `oidc_config.client_secret` sensitive, but a
variable's value is shown wherever the variable itself is: `terraform
plan` and `apply` print it in their diffs of anything else it feeds,
`terraform console` and an error message quote it, and outputs built
from it are not redacted. Declare every variable whose value reaches
`client_secret`, directly or through locals, with `sensitive = true`.
The finding is at the variable's declaration, with a related location
at the `client_secret` that uses it. Its value, known or not, is never
shown.

Reference: [Suppressing values in CLI output](https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output).

"""##,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about the Terraform text, which the translation into the API request reads; a variable declaration has no place in the request."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
variable "oidc_client_secret" {
  type      = string
  sensitive = true
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  oidc_config {
    authorization_endpoint = "https://idp.example.com/authorize"
    client_id              = "labelers"
    client_secret          = var.oidc_client_secret
    issuer                 = "https://idp.example.com"
    jwks_uri               = "https://idp.example.com/jwks"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/token"
    user_info_endpoint     = "https://idp.example.com/userinfo"
  }
}

"""#, operation: nil, position: SourcePosition(line: 169, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
variable "oidc_client_secret" {
  type = string
}
locals {
  idp_secret = var.oidc_client_secret
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  oidc_config {
    authorization_endpoint = "https://idp.example.com/authorize"
    client_id              = "labelers"
    client_secret          = local.idp_secret
    issuer                 = "https://idp.example.com"
    jwks_uri               = "https://idp.example.com/jwks"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/token"
    user_info_endpoint     = "https://idp.example.com/userinfo"
  }
}

"""#, operation: nil, position: SourcePosition(line: 188, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 10), pointer: "/variable/oidc_client_secret", message: "variable \"oidc_client_secret\" feeds oidc_config.client_secret of aws_sagemaker_workforce.main but is not declared sensitive = true")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 148, column: 9), namePosition: SourcePosition(line: 149, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf504() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF504", name: "tf-orphan-override", severity: .error,
            summary: "A Terraform override file overrides a resource, variable or local value the module does not define.",
            description: #"""
Terraform reads an override file (`override.tf`, `override.tf.json`,
`*_override.tf`, `*_override.tf.json`) after the module's other files
and merges each of its blocks into the block of the same header there:
a `resource` into the resource of the same type and name, a `variable`
argument by argument into the variable of its name, each local value
into the local of its name. A block that has nothing to merge into —
a misspelt resource name, a resource renamed in the primary file but
not in its override — fails `terraform validate` and `plan` ("Missing
resource to override", "Missing base variable declaration to
override", "Missing base local value definition to override"). wflint
reports it for `aws_sagemaker_workforce` resources, and for the
variables and local values of a module with such a resource. Define
the block in a primary file of the module, or correct its name.

Reference: [Override Files](https://developer.hashicorp.com/terraform/language/files/override).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about how Terraform merges a module's files, before any resource is translated into the API request."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 238, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "labelers" {
  workforce_name = "labelers"
}

"""#, operation: nil, position: SourcePosition(line: 247, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 1, column: 1), pointer: "/resource/aws_sagemaker_workforce/labelers", message: "there is no aws_sagemaker_workforce resource named \"labelers\" to override; an override file can only override a resource block defined in a primary configuration file of the module")], file: "override.tf")]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 213, column: 9), namePosition: SourcePosition(line: 214, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf505() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF505", name: "tf-duplicate-name", severity: .error,
            summary: "A Terraform module declares an aws_sagemaker_workforce resource, a variable or a local value twice.",
            description: ##"""
The primary files of a module (every `.tf` and `.tf.json` file of its
folder but the override files) declare into one namespace: two
`resource "aws_sagemaker_workforce"` blocks of one name, two `variable`
blocks of one name or two local values of one name, in one file or in
two, make `terraform validate` and `plan` fail ("Duplicate resource
configuration", "Duplicate variable declaration", "Duplicate local value
definition"). wflint reports the second, in the order Terraform reads
the files (bytewise by name, then in source order), and points back at
the first. It reports it for `aws_sagemaker_workforce` resources, and
for the variables and local values of a module with such a resource.
Rename one, or merge them; to change a block on purpose, use an
override file.

Reference: [Resource Blocks](https://developer.hashicorp.com/terraform/language/resources/syntax#resource-syntax),
[Override Files](https://developer.hashicorp.com/terraform/language/files/override).

"""##,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about how Terraform declares a module's files, before any resource is translated into the API request."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
locals {
  office = "10.0.0.0/16"
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}
resource "aws_sagemaker_workforce" "reviewers" {
  workforce_name = "reviewers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 281, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "reviewers"
  cognito_config {
    client_id = "abc"
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 300, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 1), pointer: "/resource/aws_sagemaker_workforce/main", message: "aws_sagemaker_workforce resource \"main\" is already declared at main.tf:1:1; resource names must be unique per type in a module")], file: "main.tf")]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 256, column: 9), namePosition: SourcePosition(line: 257, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf506() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF506", name: "tf-ephemeral-value", severity: .error,
            summary: "A Terraform resource argument takes an ephemeral value.",
            description: #"""
An ephemeral value — a variable declared `ephemeral = true`, or an
attribute of an `ephemeral "TYPE" "NAME"` resource — is never written
to a plan or state (Terraform 1.10 and later). A managed resource's
arguments must persist from plan to apply, so `terraform validate` and
`plan` refuse one there ("Invalid use of ephemeral value: Ephemeral
values are not valid in resource arguments"), except in a write-only
argument, which `aws_sagemaker_workforce` has none of. wflint reports
an argument whose value reads one, directly (`client_secret =
var.secret`, `ephemeral.aws_secretsmanager_secret_version.idp.secret_string`)
or through locals or an iterator (`each.value`, a `dynamic` block's
`NAME.value`; not yet in `.tf.json`; of a splat or a `for`, only what
it names of each element: `local.l[*].c` beside an ephemeral
`local.l[*].t` is none), also in a conditional's condition, in the branch it
does not choose (`true ? "wf" : var.eph`) or a function's
argument (`upper(var.eph)`; not `length` of a list that holds one, whose
length is no ephemeral value), at the value in the resource; and a
resource's `count` or `for_each`, or a `dynamic` block's `for_each`,
that is ephemeral as a whole (`count = var.eph != "" ? 1 : 0`), which
Terraform refuses too. Give the argument a
value that is not ephemeral: a variable declared `sensitive = true` for
`client_secret`, or a data source.

Reference: [Ephemeral values in resources](https://developer.hashicorp.com/terraform/language/manage-sensitive-data/ephemeral).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about the Terraform text, which the translation into the API request reads; the request holds the value, not whether Terraform may keep it."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
variable "oidc_client_secret" {
  type      = string
  sensitive = true
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  oidc_config {
    authorization_endpoint = "https://idp.example.com/authorize"
    client_id              = "labelers"
    client_secret          = var.oidc_client_secret
    issuer                 = "https://idp.example.com"
    jwks_uri               = "https://idp.example.com/jwks"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/token"
    user_info_endpoint     = "https://idp.example.com/userinfo"
  }
}

"""#, operation: nil, position: SourcePosition(line: 353, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
variable "oidc_client_secret" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = "labelers"
  oidc_config {
    authorization_endpoint = "https://idp.example.com/authorize"
    client_id              = "labelers"
    client_secret          = var.oidc_client_secret
    issuer                 = "https://idp.example.com"
    jwks_uri               = "https://idp.example.com/jwks"
    logout_endpoint        = "https://idp.example.com/logout"
    token_endpoint         = "https://idp.example.com/token"
    user_info_endpoint     = "https://idp.example.com/userinfo"
  }
}

"""#, operation: nil, position: SourcePosition(line: 372, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 11, column: 30), pointer: "/resource/aws_sagemaker_workforce/main/oidc_config/0/client_secret", message: "\"client_secret\" of oidc_config reads var.oidc_client_secret, an ephemeral value; Terraform takes none in a resource argument, whose value must persist from plan to apply: give it one that is not ephemeral")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 320, column: 9), namePosition: SourcePosition(line: 321, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf507() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF507", name: "tf-undeclared-name", severity: .error,
            summary: "A Terraform expression reads a variable or local value that the module does not declare.",
            description: #"""
`var.NAME` reads the module's `variable "NAME"`, and `local.NAME` its
local value `NAME`. When no configuration file of the module declares
that name, `terraform validate` and `plan` refuse the module
("Reference to undeclared input variable", "Reference to undeclared
local value"): a mistyped `var.clinet_id` stops a deployment. wflint
reports each such reference in a workforce resource (with that
resource's file) or a local value, as Terraform reads them once the
override files are merged in, at `var.NAME` (in a `.tf.json` file, at
the start of the string that holds it), with the declared name nearest
to it, or the names the module declares. A module with a configuration file that
could not be read or does not parse is not checked: that file may
declare the name.

Reference: [Input Variables](https://developer.hashicorp.com/terraform/language/values/variables),
[Local Values](https://developer.hashicorp.com/terraform/language/values/locals).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about how Terraform resolves the module's names, before any resource is translated into the API request."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
variable "client_id" {
  type = string
}
locals {
  name = "labelers"
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = local.name
  cognito_config {
    client_id = var.client_id
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 420, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
variable "client_id" {
  type = string
}
locals {
  name = "labelers"
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = local.team
  cognito_config {
    client_id = var.clinet_id
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 435, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 20), pointer: "/resource/aws_sagemaker_workforce/main/workforce_name", message: "reference to undeclared local value \"team\"; the module declares \"name\""), ExpectedFinding(position: SourcePosition(line: 10, column: 17), pointer: "/resource/aws_sagemaker_workforce/main/cognito_config/0/client_id", message: "reference to undeclared input variable \"clinet_id\"; did you mean \"client_id\"?")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 395, column: 9), namePosition: SourcePosition(line: 396, column: 11),
            pack: "terraform", isBuiltin: true)
    }

    private static func wf508() -> Rule {
        let descriptor = RuleDescriptor(
            id: "WF508", name: "tf-invalid-reference", severity: .error,
            summary: "A Terraform expression uses the `var` or `local` object itself, not one of its attributes.",
            description: #"""
`var` and `local` are not values: Terraform reads only their attributes,
`var.NAME` and `local.NAME`. An index (`var["client_id"]`, `local[0]`),
the object alone (`client_id = var`, `[for v in var : v]`) or a splat
of it (`var[*]`, `local.*`) makes `terraform validate` and `plan`
refuse the module ("Invalid reference": the object "does not support
this operation", or "cannot be accessed directly"), whatever it
declares. wflint reports each such use where it reads references for
WF507 (a workforce resource, with that resource's file, or a local
value), at the object (with its index), and for `var["NAME"]` of a
declared `NAME` says to write `var.NAME`. A name that a `for`
expression binds (`[for var in x : var]`) is that name, not the object.

Reference: [References to Named Values](https://developer.hashicorp.com/terraform/language/expressions/references).

"""#,
            kinds: [.createWorkforceRequest], help: .rulesCatalog)
        return Rule(
            descriptor: descriptor,
            implementation: .swift(name: "terraform", why: "It is about how Terraform resolves the module's names, before any resource is translated into the API request."),
            examples: RuleExamples(
                valid: [RuleExample(format: .hcl, text: #"""
variable "client_id" {
  type = string
}
locals {
  names = ["labelers"]
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = [for local in local.names : local][0]
  cognito_config {
    client_id = var.client_id
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 480, column: 11), findings: [])],
                invalid: [RuleExample(format: .hcl, text: #"""
variable "client_id" {
  type = string
}
locals {
  name = "labelers"
}
resource "aws_sagemaker_workforce" "main" {
  workforce_name = local
  cognito_config {
    client_id = var["client_id"]
    user_pool = "us-east-1_abcDEF123"
  }
}

"""#, operation: nil, position: SourcePosition(line: 495, column: 11), findings: [ExpectedFinding(position: SourcePosition(line: 8, column: 20), pointer: "/resource/aws_sagemaker_workforce/main/workforce_name", message: "invalid reference: the \"local\" object cannot be accessed directly; access one of its attributes, as local.NAME"), ExpectedFinding(position: SourcePosition(line: 10, column: 17), pointer: "/resource/aws_sagemaker_workforce/main/cognito_config/0/client_id", message: "invalid reference: the \"var\" object does not support this operation; write var.client_id")])]),
            file: "rules/terraform.yaml", position: SourcePosition(line: 457, column: 9), namePosition: SourcePosition(line: 458, column: 11),
            pack: "terraform", isBuiltin: true)
    }
}
