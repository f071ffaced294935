// Generated from the files under rules/ (except rules/examples/) by Scripts/generate; do not edit.
// The rule packs and shape data compiled into wflint, so an installed binary needs no source tree.

enum EmbeddedRules {
    /// The path of every embedded file, as in the source tree, sorted.
    static let paths: [String] = [
        "rules/core.yaml",
        "rules/identity.yaml",
        "rules/list-model-package-groups.yaml",
        "rules/network.yaml",
        "rules/shapes/sagemaker-workforce.yaml",
        "rules/tags.yaml",
    ]

    /// The text of the embedded file at `path`, or nil.
    static func text(of path: String) -> String? {
        switch path {
        case "rules/core.yaml":
            return ##"""
# The rules wflint implements in Swift: reading a document, telling its kind,
# and checking it against the API shapes in rules/shapes/. They are declared
# here so that `wflint rules`, `wflint explain`, SARIF and docs/rules.md
# describe them like every other rule, and so that their examples are tested.
pack:
  name: core
  description: Reading documents, telling their kind, and checking them against the API's shapes.
rules:
  - id: WF000
    name: unknown-document
    severity: note
    summary: A file named on the command line is not a workforce document of any kind.
    description: |
      wflint tells a document's kind from its top-level keys. A file you name
      explicitly whose keys match no kind is not linted, and this note says
      so (in a directory walk such files are skipped silently: a repository
      has many other JSON and YAML files). If the file is an UpdateWorkforce
      or ListWorkforces request, whose keys cannot tell it apart, name the
      operation with `--operation UpdateWorkforce`.

      A file named under an operation (`--operation`, or `operations:` in
      `.wflint.yaml`) never gets this note: it is that operation's request
      whatever its keys, so an empty file, `{}` or a file of mistyped members
      gets the request's errors, as the AWS CLI would refuse it.

      Reference: [SageMaker API: CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    implementation: document-kind
    why: It is about the whole file rather than a node of a document of a known kind, so the engine reports it when kind detection finds nothing.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - json: |
            {"name": "my-package", "version": "1.0.0"}
          findings:
            - at: "1:1"
              pointer: ""

  - id: WF001
    name: syntax-error
    severity: error
    summary: The file is not valid JSON or YAML.
    description: |
      A file that does not parse cannot be checked, and the AWS CLI or SDK
      would refuse it too. The finding is at the place the parser gave up and
      says what it expected there. In a YAML stream, the documents before the
      error are still linted.

      A YAML node that the AWS CLI's loader cannot build fails the document
      too, at the node (its tag, when it has one): a date that does not
      exist (`2024-02-30`), `!!int yes`, a tag neither loader knows (`!Ref`),
      a merge key `<<` whose value is not a mapping. The message says whether
      PyYAML fails as well. See [docs/yaml.md](../docs/yaml.md).

      Reference: [RFC 8259](https://www.rfc-editor.org/rfc/rfc8259), [YAML 1.2](https://yaml.org/spec/1.2.2/).
    implementation: syntax
    why: Syntax errors come from the JSON and YAML readers, before there is a document tree for a declarative rule to look at.
    examples:
      valid:
        - json: |
            {"WorkforceName": "labelers", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
      invalid:
        - json: |
            {"WorkforceName": "labelers",
             "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"},}
          findings:
            - at: "2:74"

  - id: WF002
    name: duplicate-key
    severity: error
    summary: A mapping repeats a key.
    description: |
      JSON parsers disagree on a repeated key (most keep the last, some the
      first, some refuse it), so the request the API receives may not be the
      one you reviewed. Keep one of the two. The first occurrence is checked
      as usual; each later one gets this finding only.

      Keys are compared code point by code point, as JSON (RFC 8259, section
      8.3), the YAML loaders, botocore and the API compare them: `é` written
      as one precomposed character and as `e` plus a combining accent are two
      different keys, and neither is a duplicate of the other. wflint compares
      every text from a document this way (members, enum values, tag keys,
      `unique`, `includes`, `when:`), never by Unicode canonical equivalence.

      Reference: [RFC 8259, section 4](https://www.rfc-editor.org/rfc/rfc8259#section-4).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - json: |
            {"WorkforceName": "labelers", "WorkforceName": "other",
             "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
          findings:
            - at: "1:31"
              pointer: /WorkforceName

  - id: WF003
    name: unknown-field
    severity: error
    summary: A key is not a member of the API shape.
    description: |
      The API refuses a request with a member it does not know, and a
      misspelled member is silently absent from what you meant to set. The
      message suggests the nearest member name when there is one.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - yaml: |
            WorkforceName: labelers
            CognitoConfg:
              UserPool: us-east-1_abcDEF123
          findings:
            - at: "2:1"
              pointer: /CognitoConfg

  - id: WF004
    name: wrong-type
    severity: error
    summary: A value's type differs from the API shape.
    description: |
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
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: "123"
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - json: |
            {"WorkforceName": 123, "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
          findings:
            - at: "1:19"
              pointer: /WorkforceName
        - yaml: |
            CreationTimeBefore: 2024-06-30
          operation: ListModelPackageGroups
          findings:
            - at: "1:21"
              pointer: /CreationTimeBefore
              message: '"CreationTimeBefore" must be a timestamp (epoch seconds, an ISO 8601 date or date-time, or an RFC 822 date), got date 2024-06-30; botocore refuses a date without a time; quote it: "2024-06-30"'

  - id: WF005
    name: missing-field
    severity: error
    summary: A required member is absent.
    description: |
      The API refuses a structure without its required members. The finding
      points at the key of the structure that lacks the member (at the
      document's root for a top-level member). Where a more specific rule
      owns the check (WF110 for OidcConfig, WF213 for WorkforceVpcConfig),
      that rule reports it instead.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - yaml: |
            WorkforceName: labelers
            CognitoConfig:
              UserPool: us-east-1_abcDEF123
          findings:
            - at: "2:1"
              pointer: /CognitoConfig

  - id: WF006
    name: out-of-range
    severity: error
    summary: A string's length, a list's or map's size, or an integer is outside the API's limits.
    description: |
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
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          MaxResults: 100
          CreationTimeAfter: "2024-01-01"
      invalid:
        - yaml: |
            MaxResults: 500
            CreationTimeAfter: "2024-01-01"
          findings:
            - at: "1:13"
              pointer: /MaxResults

  - id: WF007
    name: pattern
    severity: error
    summary: A string does not match the API's pattern.
    description: |
      Many members have a pattern the API enforces (a `WorkforceName` is
      letters, digits and hyphens, starting with a letter or digit). The
      whole value must match. Not reported on a value that is already out of
      range (WF006), nor where a more specific rule owns the value (CIDRs,
      endpoint URLs, scopes, VPC ids).

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: team-labelers-2
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
      invalid:
        - yaml: |
            WorkforceName: team_labelers
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          findings:
            - at: "1:16"
              pointer: /WorkforceName

  - id: WF008
    name: enum
    severity: error
    summary: A value is not one of the allowed values.
    description: |
      Some members take one of a fixed set of values (`IpAddressType` is
      `ipv4` or `dualstack`). Values are case-sensitive; the message suggests
      the allowed value that differs only in case.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: labelers
          IpAddressType: dualstack
      invalid:
        - yaml: |
            WorkforceName: labelers
            IpAddressType: DualStack
          findings:
            - at: "2:16"
              pointer: /IpAddressType

  - id: WF009
    name: yaml-ambiguous-scalar
    severity: warning
    summary: A YAML scalar that PyYAML reads otherwise than the AWS CLI does.
    description: |
      wflint reads YAML as the AWS CLI v2 does (`--cli-input-yaml`: ruamel.yaml,
      YAML 1.2 unless the document says `%YAML 1.1`); that reading is what the
      other rules check. Deploy scripts that read the same file with PyYAML's
      `safe_load` (YAML 1.1) can get another value: `yes`, `no`, `on` and `off`
      (in three cases) become booleans, sexagesimals like `1:20` numbers, `017`
      the octal 15 rather than 17, and `0o17`, `1e3` and `-.5` stay strings.
      The API then receives something else than the file says. Quote a string,
      write a number in plain decimal. `y`, `n` and `yEs` are strings to both
      loaders. [docs/yaml.md](../docs/yaml.md) has the table of forms.

      Reference: [YAML 1.1 bool type](https://yaml.org/type/bool.html).
    implementation: schema
    why: The schema checker walks every mapping of the document against its shape in one pass and reports WF002 to WF009 from that walk.
    examples:
      valid:
        - |
          WorkforceName: "yes"
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: y}
      invalid:
        - yaml: |
            WorkforceName: yes
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          findings:
            - at: "1:16"
              pointer: /WorkforceName
              message: '"WorkforceName" is the plain scalar yes, which PyYAML reads as a boolean (the AWS CLI reads a string); quote it: "yes"'
        - yaml: |
            MaxResults: 017
          operation: ListWorkforces
          findings:
            - at: "1:13"
              pointer: /MaxResults
              message: '"MaxResults" is the plain scalar 017, which PyYAML reads as the integer 15 (the AWS CLI reads the integer 17); write it in plain decimal: 17'

  - id: WF010
    name: unused-suppression
    severity: note
    summary: A suppression comment silences nothing.
    description: |
      A `# wflint-disable-next-line`, `# wflint-disable-line` or
      `# wflint-disable-file` comment that no finding needs any more (the
      problem was fixed, the rule renamed, the id mistyped) hides the next
      real problem in its place. The note points at the comment, or at the
      rule in it that silences nothing, and also flags an unknown directive or
      rule. Rules turned off in the run are not reported.

      Reference: [docs/configuration.md](configuration.md#suppression-comments).
    implementation: suppressions
    why: Comments are not in the document tree; the engine reads them from the file's text after every other check has reported, to know which findings they silence.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          Tags:
            - {Key: env, Value: yes}  # wflint-disable-line yaml-ambiguous-scalar
      invalid:
        - yaml: |
            WorkforceName: labelers  # wflint-disable-line WF009
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          findings:
            - at: "1:48"
              pointer: ""
              message: '"WF009" in wflint-disable-line silences nothing: no WF009 finding on this line'

  - id: WF011
    name: resource-limit
    severity: error
    summary: An input went over one of wflint's resource limits, so it was not (fully) checked.
    description: |
      A linter in a pre-commit hook or a CI gate reads whatever lands in a
      repository, so every input is read within limits: a file larger than
      `max-file-size` (16 MiB) is not read at all; a document nested deeper
      than `max-depth` (256 levels) or with more than `max-nodes` (1,000,000)
      nodes stops where it crosses the line, and in YAML each use of an alias
      counts everything it refers to, so a "billion laughs" of aliases to
      aliases stops at its first lines; a file reports at most `max-findings`
      (10,000) findings, then this one where the first left out is; and a
      pattern (an API pattern or a
      rule pack's) that reaches one of PCRE2's limits on a value gets this
      finding on that value, naming the rule and the limit, instead of a
      guess. The documents before the one that stopped are still linted, and
      so is every other file of the run. Real workforce documents are far
      below every limit; raise one under `limits:` in the configuration when
      a legitimate file needs it.

      Reference: [docs/security.md](security.md#limits).
    implementation: limits
    why: Limits are enforced by the readers while they build the document tree and by the engine around every pattern match, before or beneath anything a declarative rule could see.
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          Tags:
            - &owner {Key: owner, Value: data-platform}
            - *owner
      invalid:
        - yaml: |
            WorkforceName: labelers
            CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
          findings:
            - at: "8:36"
              pointer: ""

  - id: WF012
    name: invalid-rule-pack
    severity: error
    summary: A rule pack file named on the command line does not load.
    description: |
      A YAML file whose top level has `pack:` and `rules:` is a rule pack, not
      a workforce document. In a directory walk it is skipped (and not counted
      as a file checked); a pack file you name explicitly — as pre-commit
      names a changed file — is loaded as `--rules` would load it, and the
      first mistake that stops it loading (bad YAML aside, which is WF001) is
      this finding at the mistake's line and column: an unknown key, function
      or option, an invalid regular expression, a missing example, an id or
      name repeated within the pack. The pack is checked alone, so a clash
      with a rule of another pack is reported by `--rules`, not here. Run
      `wflint test-rules --rules FILE` to check its examples as well.

      Reference: [docs/rule-packs.md](rule-packs.md).
    implementation: rule-pack
    why: A pack file is read by the pack loader, which stops at its first mistake; it has no workforce document for a declarative rule to look at.
    examples:
      valid:
        - |
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
      invalid:
        - yaml: |
            pack: {name: corp}
            rules:
              - id: CORP001
                name: name-prefix
                severity: error
                summary: The workforce's name lacks the prefix.
                description: Names start with corp-.
                check: {function: pattern, regex: '^corp-('}
          findings:
            - at: "8:47"
              pointer: ""
        - yaml: |
            pack: {name: corp}
            rules:
              - id: corp1
          findings:
            - at: "3:9"
              message: 'rule id "corp1" must be upper-case letters then digits, like "WF201" or "ACME001"'

"""##
        case "rules/identity.yaml":
            return ##"""
# Identity provider rules: which provider a workforce uses, and the OpenID
# Connect settings SageMaker needs to sign workers in.
pack:
  name: identity
  description: The workforce's identity provider (Amazon Cognito or OpenID Connect) and its OIDC settings.
rules:
  - id: WF101
    name: idp-exclusive
    severity: error
    summary: A workforce has both CognitoConfig and OidcConfig.
    description: |
      A workforce signs its workers in through exactly one identity provider:
      an Amazon Cognito user pool (`CognitoConfig`) or an OpenID Connect
      provider (`OidcConfig`). CreateWorkforce rejects a request with both.
      Keep the one you use and delete the other.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    kinds: [CreateWorkforceRequest, workforce-responses]
    check:
      function: exclusive
      members: [CognitoConfig, OidcConfig]
    message: '"{member}" cannot be set together with "{first}" (set at {first-position}); a workforce uses one identity provider'
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig:
            UserPool: us-east-1_abcDEF123
            ClientId: 1example23456789
      invalid:
        - yaml: |
            WorkforceName: labelers
            CognitoConfig:
              UserPool: us-east-1_abcDEF123
              ClientId: 1example23456789
            OidcConfig:
              ClientId: workforce
          findings:
            - at: "5:1"
              pointer: /OidcConfig
              message: '"OidcConfig" cannot be set together with "CognitoConfig" (set at 2:1); a workforce uses one identity provider'
        - json: |
            {"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "OidcConfig": {"ClientId": "c"}, "CognitoConfig": {"UserPool": "us-east-1_abc", "ClientId": "c"}}}
          findings:
            - at: "2:36"
              pointer: /Workforce/CognitoConfig

  - id: WF102
    name: idp-missing
    severity: error
    summary: A CreateWorkforce request has neither CognitoConfig nor OidcConfig.
    description: |
      CreateWorkforce needs an identity provider for the workforce's workers:
      either `CognitoConfig` (an Amazon Cognito user pool and app client) or
      `OidcConfig` (your OpenID Connect provider). Add the one you use.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    kinds: [CreateWorkforceRequest]
    check:
      function: required
      members: [CognitoConfig, OidcConfig]
      at-least-one: true
    message: 'a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set'
    examples:
      valid:
        - json: |
            {"WorkforceName": "labelers", "CognitoConfig": {"UserPool": "us-east-1_abcDEF123", "ClientId": "abc"}}
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [10.0.0.0/16]
          findings:
            - at: "1:1"
              pointer: ""
              message: 'a CreateWorkforce request needs "CognitoConfig" or "OidcConfig"; neither is set'

  - id: WF110
    name: oidc-endpoint-missing
    severity: error
    summary: A request's OidcConfig lacks one of the members the OIDC sign-in needs.
    description: |
      To sign workers in through your OpenID Connect provider, SageMaker needs
      the client credentials (`ClientId`, `ClientSecret`), the `Issuer` and
      every endpoint of the authorization code flow: `AuthorizationEndpoint`,
      `TokenEndpoint`, `UserInfoEndpoint`, `LogoutEndpoint` and `JwksUri`.
      Copy them from your provider's discovery document
      (`<issuer>/.well-known/openid-configuration`).

      Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).
    kinds: [workforce-requests]
    target: OidcConfig
    check:
      function: required
      members: [ClientId, ClientSecret, Issuer, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, LogoutEndpoint, JwksUri]
    message: '"{name}" lacks "{member}", which the OpenID Connect sign-in needs'
    replaces: [WF005]
    examples:
      valid:
        - |
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
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              ClientId: workforce
              ClientSecret: ${OIDC_CLIENT_SECRET}
              Issuer: https://idp.example.com
              AuthorizationEndpoint: https://idp.example.com/authorize
              TokenEndpoint: https://idp.example.com/token
              LogoutEndpoint: https://idp.example.com/logout
          findings:
            - at: "2:1"
              pointer: /OidcConfig
              message: '"OidcConfig" lacks "UserInfoEndpoint", which the OpenID Connect sign-in needs'
            - at: "2:1"
              pointer: /OidcConfig
              message: '"OidcConfig" lacks "JwksUri", which the OpenID Connect sign-in needs'
        - operation: UpdateWorkforce
          json: |
            {"WorkforceName": "labelers",
             "OidcConfig": {"ClientId": "workforce", "ClientSecret": "${SECRET}", "Issuer": "https://idp.example.com",
               "AuthorizationEndpoint": "https://idp.example.com/a", "TokenEndpoint": "https://idp.example.com/t",
               "UserInfoEndpoint": "https://idp.example.com/u", "LogoutEndpoint": "https://idp.example.com/l"}}
          findings:
            - at: "2:2"
              pointer: /OidcConfig
              message: '"OidcConfig" lacks "JwksUri", which the OpenID Connect sign-in needs'

  - id: WF111
    name: oidc-https
    severity: error
    summary: An OIDC issuer or endpoint does not begin with https://.
    description: |
      SageMaker talks to your identity provider over TLS only: the API's
      pattern for `Issuer` and each endpoint is `https://` followed by the
      rest, and it is case-sensitive (`HTTPS://` is refused too). An `http://`
      endpoint would also send tokens in the clear. Use the provider's
      `https://` URLs.

      Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).
    kinds: [workforces]
    target:
      - OidcConfig.Issuer
      - OidcConfig.AuthorizationEndpoint
      - OidcConfig.TokenEndpoint
      - OidcConfig.UserInfoEndpoint
      - OidcConfig.LogoutEndpoint
      - OidcConfig.JwksUri
    check:
      function: pattern
      regex: '\Ahttps://'
    message: '{name} "{value}" must begin with "https://"'
    replaces: [WF007]
    examples:
      valid:
        - |
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
      invalid:
        - yaml: |
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
          findings:
            - at: "5:11"
              pointer: /OidcConfig/Issuer
              message: 'Issuer "http://idp.example.com" must begin with "https://"'
            - at: "6:26"
              pointer: /OidcConfig/AuthorizationEndpoint
        - json: |
            {"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "OidcConfig": {"ClientId": "c", "Issuer": "idp.example.com"}}}
          findings:
            - at: "2:45"
              pointer: /Workforce/OidcConfig/Issuer

  - id: WF112
    name: oidc-url-invalid
    severity: error
    summary: An https:// issuer or endpoint is not a valid absolute URL, or the Issuer has a query or fragment.
    description: |
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
    kinds: [workforces]
    check:
      - target:
          - OidcConfig.Issuer
          - OidcConfig.AuthorizationEndpoint
          - OidcConfig.TokenEndpoint
          - OidcConfig.UserInfoEndpoint
          - OidcConfig.LogoutEndpoint
          - OidcConfig.JwksUri
        function: url
        report-invalid: true
      - target: OidcConfig.Issuer
        function: url
        forbid-query-fragment: true
    message: '{name} "{value}" is not a valid https URL: it {problem}'
    replaces: [WF007]
    examples:
      valid:
        - |
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
      invalid:
        - yaml: |
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
          findings:
            - at: "5:11"
              message: 'Issuer "https://idp.example.com/?tenant=1" is not a valid https URL: it has a query'
            - at: "6:26"
              message: 'AuthorizationEndpoint "https:///authorize" is not a valid https URL: it has no host'
            - at: "7:18"
              message: 'TokenEndpoint "https://idp.example.com:99999/token" is not a valid https URL: it has an invalid port "99999"'
            - at: "8:21"
              message: 'UserInfoEndpoint "https://idp.example.com/user info" is not a valid https URL: it contains whitespace'
            - at: "9:19"
              message: 'LogoutEndpoint "https://idp.example.com/logout%zz" is not a valid https URL: it has a "%" not followed by two hexadecimal digits'
        - yaml: |
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
          findings:
            - at: "5:11"
              message: 'Issuer "https://idp.example.com\@evil.example/" is not a valid https URL: it contains the character "\", which RFC 3986 does not allow in a URL and a browser reads as "/"; percent-encode it as %5C'
            - at: "6:26"
              message: 'AuthorizationEndpoint "https://user@name@idp.example.com/authorize" is not a valid https URL: it has more than one "@" before its host; percent-encode an "@" in the user name or password as %40'
            - at: "7:18"
              message: 'TokenEndpoint "https://idp.example.com/token?scope={openid}" is not a valid https URL: it contains the character "{", which RFC 3986 does not allow in a URL; percent-encode it as %7B'
            - at: "8:21"
              message: 'UserInfoEndpoint "https://idp.example.com/utilisateur/café" is not a valid https URL: it has the non-ASCII character "é" in its path; percent-encode it as %C3%A9'
            - at: "9:19"
              message: 'LogoutEndpoint "https://0x7f.1/logout" is not a valid https URL: it has the host "0x7f.1", which a browser reads as the IPv4 address 127.0.0.1; write that'
            - at: "10:12"
              message: 'JwksUri "https://idp.example.com/jwks#a#b" is not a valid https URL: it has the character "#" in its fragment; percent-encode it as %23'
        - json: |
            {"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "OidcConfig": {"ClientId": "c", "Issuer": "https://idp.example.com#frag"}}}
          findings:
            - at: "2:45"
              pointer: /Workforce/OidcConfig/Issuer

  - id: WF113
    name: oidc-host-mismatch
    severity: note
    summary: An OIDC endpoint's host differs from the Issuer's host.
    description: |
      Most identity providers serve every endpoint from the issuer's host. An
      endpoint on another host is often a copy-paste from another tenant or
      environment (staging endpoints with a production issuer). If your
      provider really splits its endpoints across hosts, turn this note off.
      Hosts are compared as a browser reads them: without port and case,
      with `%XX` escapes decoded, without a trailing dot, and only when the
      Issuer and the endpoint are both valid `https` URLs (WF112).

      Reference: [OpenID Connect Discovery 1.0](https://openid.net/specs/openid-connect-discovery-1_0.html).
    kinds: [workforces]
    target:
      - OidcConfig.AuthorizationEndpoint
      - OidcConfig.TokenEndpoint
      - OidcConfig.UserInfoEndpoint
      - OidcConfig.LogoutEndpoint
      - OidcConfig.JwksUri
    check:
      function: url
      same-host-as: Issuer
    message: '{name} host "{host}" differs from the Issuer host "{expected-host}"'
    examples:
      valid:
        - |
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
      invalid:
        - yaml: |
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
          findings:
            - at: "7:18"
              pointer: /OidcConfig/TokenEndpoint
              message: 'TokenEndpoint host "idp.staging.example.com" differs from the Issuer host "idp.example.com"'

  - id: WF120
    name: scope-format
    severity: error
    summary: The OIDC Scope is not scope tokens separated by single spaces.
    description: |
      `Scope` is sent to the identity provider as the OAuth 2.0 `scope`
      parameter: scope tokens separated by single spaces, with no leading or
      trailing space. Each token is one or more of the characters `!`,
      `#` to `[` and `]` to `~` (no quotes, backslashes, control characters
      or non-ASCII letters). An empty scope is refused too.

      Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).
    kinds: [workforces]
    target: OidcConfig.Scope
    check:
      function: scope
      report-invalid: true
    message: 'Scope "{value}" is not a list of scope tokens separated by single spaces: it {problem}'
    replaces: [WF007]
    examples:
      valid:
        - json: |
            {"WorkforceName": "w", "OidcConfig": {"Scope": "openid email profile"}}
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              Scope: "openid  email"
          findings:
            - at: "3:10"
              pointer: /OidcConfig/Scope
              message: 'Scope "openid  email" is not a list of scope tokens separated by single spaces: it has two spaces in a row'
        - json: |
            {"WorkforceName": "w", "OidcConfig": {"Scope": ""}}
          findings:
            - at: "1:48"
              message: 'Scope "" is not a list of scope tokens separated by single spaces: it is empty'

  - id: WF121
    name: scope-openid
    severity: warning
    summary: A well-formed OIDC Scope lacks the openid token.
    description: |
      Without the `openid` scope the provider runs plain OAuth 2.0 and issues
      no ID token, so SageMaker cannot sign the worker in. Add `openid` to
      `Scope` (tokens are case-sensitive: `OpenID` is another token).

      Reference: [OpenID Connect Core 1.0, section 3.1.2.1](https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest).
    kinds: [workforces]
    target: OidcConfig.Scope
    check:
      function: scope
      required-tokens: [openid]
    message: 'Scope "{value}" lacks the token {tokens}, without which the provider issues no ID token'
    examples:
      valid:
        - |
          WorkforceName: labelers
          OidcConfig:
            Scope: email openid
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              Scope: OpenID email
          findings:
            - at: "3:10"
              message: 'Scope "OpenID email" lacks the token "openid", without which the provider issues no ID token'

  - id: WF122
    name: scope-duplicate
    severity: warning
    summary: A token repeats in the OIDC Scope.
    description: |
      A repeated scope token is harmless to most providers but is always a
      mistake (often a merge of two scope lists); some providers reject it.
      List each scope once. Tokens are compared case-sensitively.

      Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).
    kinds: [workforces]
    target: OidcConfig.Scope
    check:
      function: scope
      forbid-duplicates: true
    message: 'Scope "{value}" repeats {tokens}; list each scope once'
    examples:
      valid:
        - |
          WorkforceName: labelers
          OidcConfig:
            Scope: openid email Email
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              Scope: openid email profile email openid
          findings:
            - at: "3:10"
              message: 'Scope "openid email profile email openid" repeats "email", "openid"; list each scope once'

  - id: WF123
    name: scope-comma
    severity: warning
    summary: A token of the OIDC Scope contains a comma.
    description: |
      Scopes are separated by spaces, not commas: to the identity provider
      `openid,email` is one unknown scope, so neither `openid` nor `email` is
      granted. Write `openid email`.

      Reference: [RFC 6749, section 3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3).
    kinds: [workforces]
    target: OidcConfig.Scope
    check:
      function: scope
      forbid-comma: true
    message: 'Scope token {tokens} contains a comma; separate scopes with spaces'
    examples:
      valid:
        - |
          WorkforceName: labelers
          OidcConfig:
            Scope: openid email
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              Scope: openid,email profile
          findings:
            - at: "3:10"
              message: 'Scope token "openid,email" contains a comma; separate scopes with spaces'

  - id: WF130
    name: extra-params-reserved
    severity: warning
    summary: An AuthenticationRequestExtraParams key is a parameter the authorization request already sets.
    description: |
      SageMaker builds the authorization request itself and sets `client_id`,
      `redirect_uri`, `response_type`, `scope`, `state`, `nonce`,
      `code_challenge` and `code_challenge_method`. An extra parameter of the
      same name (in any case) either is ignored or sends the provider a
      duplicate parameter, which it must reject. Use `Scope` for scopes and
      remove the others.

      Reference: [OpenID Connect Core 1.0, section 3.1.2.1](https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest).
    kinds: [workforces]
    target: OidcConfig.AuthenticationRequestExtraParams.@key
    check:
      function: enum
      values: [client_id, redirect_uri, response_type, scope, state, nonce, code_challenge, code_challenge_method]
      ignore-case: true
      negate: true
    message: 'extra parameter "{value}" is one the authorization request already sets; remove it'
    examples:
      valid:
        - |
          WorkforceName: labelers
          OidcConfig:
            AuthenticationRequestExtraParams:
              prompt: login
              acr_values: mfa
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              AuthenticationRequestExtraParams:
                prompt: login
                Scope: openid
          findings:
            - at: "5:5"
              pointer: /OidcConfig/AuthenticationRequestExtraParams/Scope
              message: 'extra parameter "Scope" is one the authorization request already sets; remove it'

  - id: WF140
    name: client-secret-literal
    severity: warning
    summary: A request's OidcConfig.ClientSecret is a literal secret committed in the file.
    description: |
      A client secret in a file under version control is a leaked secret:
      everyone with read access to the repository, its forks and its CI logs
      can impersonate the workforce's OIDC client. Keep the secret in a secret
      store and write a placeholder that your deploy step fills in:
      `${NAME}`, `{{ ... }}` or `<...>`. wflint never prints the value.

      Reference: [OidcConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OidcConfig.html).
    kinds: [workforce-requests]
    target: OidcConfig.ClientSecret
    check:
      function: secret-literal
    message: 'ClientSecret is a literal secret committed in the file; write a placeholder such as ${{OIDC_CLIENT_SECRET}} and fill it in at deploy time'
    examples:
      valid:
        - |
          WorkforceName: labelers
          OidcConfig:
            ClientSecret: ${OIDC_CLIENT_SECRET}
        - |
          WorkforceName: labelers
          OidcConfig:
            ClientSecret: "{{ vault_oidc_secret }}"
        - |
          WorkforceName: labelers
          OidcConfig:
            ClientSecret: <client secret>
      invalid:
        - yaml: |
            WorkforceName: labelers
            OidcConfig:
              ClientSecret: s3cr3t-Value-123
          findings:
            - at: "3:17"
              pointer: /OidcConfig/ClientSecret
              message: 'ClientSecret is a literal secret committed in the file; write a placeholder such as ${OIDC_CLIENT_SECRET} and fill it in at deploy time'
        - json: |
            {"WorkforceName": "w", "OidcConfig": {"ClientSecret": "${not a name}"}}
          findings:
            - at: "1:55"

"""##
        case "rules/list-model-package-groups.yaml":
            return ##"""
# Rules for ListModelPackageGroups requests.
pack:
  name: list-model-package-groups
  description: The filters of a ListModelPackageGroups request.
rules:
  - id: WF401
    name: time-range
    severity: error
    summary: CreationTimeAfter is not earlier than CreationTimeBefore.
    description: |
      `CreationTimeAfter` and `CreationTimeBefore` bound the creation time of
      the groups listed; when the lower bound is not earlier than the upper
      one, no group can match and the request silently returns nothing.
      Swap the two values, or fix the one that is wrong. Both are compared
      as botocore sends them: whole epoch seconds, the fraction dropped (a
      date-time without a zone is UTC), and only when both are valid
      timestamps (see WF004).

      Reference: [ListModelPackageGroups](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListModelPackageGroups.html).
    kinds: [ListModelPackageGroupsRequest]
    scope: document
    target: CreationTimeAfter
    check:
      function: timestamp-order
      before: CreationTimeBefore
    message: 'CreationTimeAfter "{value}" is not earlier than CreationTimeBefore "{other-value}"; no model package group can match'
    examples:
      valid:
        - |
          CreationTimeAfter: 2024-01-01T00:00:00Z
          CreationTimeBefore: "2024-06-30"
        - json: |
            {"CreationTimeAfter": 1700000000, "CreationTimeBefore": "not a time"}
      invalid:
        - yaml: |
            CreationTimeAfter: 2024-07-01T00:00:00+02:00
            CreationTimeBefore: 2024-06-30T22:00:00Z
          findings:
            - at: "1:20"
              pointer: /CreationTimeAfter
              message: 'CreationTimeAfter "2024-07-01T00:00:00+02:00" is not earlier than CreationTimeBefore "2024-06-30T22:00:00Z"; no model package group can match'
        - json: |
            {"CreationTimeBefore": 1700000000, "CreationTimeAfter": 1800000000}
          findings:
            - at: "1:57"
              pointer: /CreationTimeAfter
        - json: |
            {"CreationTimeAfter": "1717200000", "CreationTimeBefore": "2024-06-01T00:00:00.5Z"}
          findings:
            - at: "1:23"
              pointer: /CreationTimeAfter
              message: 'CreationTimeAfter "1717200000" is not earlier than CreationTimeBefore "2024-06-01T00:00:00.5Z"; no model package group can match'

"""##
        case "rules/network.yaml":
            return ##"""
# Network rules: the workforce's IP allow list (SourceIpConfig) and its VPC.
pack:
  name: network
  description: The workforce's source IP allow list (SourceIpConfig.Cidrs) and its Amazon VPC configuration.
rules:
  - id: WF201
    name: cidr-invalid
    severity: error
    summary: A SourceIpConfig.Cidrs entry is not a valid IPv4 or IPv6 CIDR.
    description: |
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
    kinds: [workforces]
    target: SourceIpConfig.Cidrs[*]
    check:
      function: cidr
      report-invalid: true
    message: 'CIDR "{value}" is invalid: {problem}; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
    replaces: [WF006, WF007]
    examples:
      valid:
        - |
          WorkforceName: labelers
          SourceIpConfig:
            Cidrs:
              - 10.0.0.0/16
              - 0.0.0.0/0
              - 2001:db8::/32
              - ::ffff:192.0.2.0/120
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                - 10.0.0.256/16
                - 10.0.0.0/08
                - 10.1.0.0
                - "10.2.0.0/16 "
                - 2001:db8::1::/64
                - fe80::1%eth0/64
          findings:
            - at: "4:7"
              pointer: /SourceIpConfig/Cidrs/0
              message: 'CIDR "10.0.0.256/16" is invalid: octet "256" is greater than 255; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
            - at: "5:7"
              pointer: /SourceIpConfig/Cidrs/1
              message: 'CIDR "10.0.0.0/08" is invalid: prefix "08" has a leading zero; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
            - at: "6:7"
              pointer: /SourceIpConfig/Cidrs/2
              message: 'CIDR "10.1.0.0" is invalid: the "/prefix" is missing; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
            - at: "7:7"
              pointer: /SourceIpConfig/Cidrs/3
              message: 'CIDR "10.2.0.0/16 " is invalid: prefix "16 " is not a decimal number; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
            - at: "8:7"
              pointer: /SourceIpConfig/Cidrs/4
              message: 'CIDR "2001:db8::1::/64" is invalid: IPv6 address "2001:db8::1::" has more than one "::"; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
            - at: "9:7"
              pointer: /SourceIpConfig/Cidrs/5
              message: 'CIDR "fe80::1%eth0/64" is invalid: IPv6 address has a zone id; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'
        - json: |
            {"Workforces": [{"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "SourceIpConfig": {"Cidrs": ["192.168.0.0/33"]}}]}
          findings:
            - at: "2:32"
              pointer: /Workforces/0/SourceIpConfig/Cidrs/0
              message: 'CIDR "192.168.0.0/33" is invalid: prefix "33" is greater than 32; expected an address and a prefix length, like "10.0.0.0/16" or "2001:db8::/32"'

  - id: WF202
    name: cidr-count
    severity: error
    summary: SourceIpConfig.Cidrs has more than ten entries, or none.
    description: |
      The allow list takes one to ten CIDRs. An empty list is refused by the
      API; an eleventh entry is too. Merge adjacent ranges into wider blocks,
      or move the workforce behind a VPC (`WorkforceVpcConfig`) if the list
      keeps growing.

      Reference: [SourceIpConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html),
      [SageMaker quotas](https://docs.aws.amazon.com/general/latest/gr/sagemaker.html).
    kinds: [workforces]
    target: SourceIpConfig.Cidrs
    check:
      function: count
      min: 1
      max: 10
    message: 'Cidrs has {count} entries; the allow list takes {min} to {max}'
    replaces: [WF006]
    examples:
      valid:
        - |
          WorkforceName: labelers
          SourceIpConfig:
            Cidrs: [10.0.0.0/24, 10.0.1.0/24]
      invalid:
        - yaml: |
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
          findings:
            - at: "4:5"
              pointer: /SourceIpConfig/Cidrs
              message: 'Cidrs has 11 entries; the allow list takes 1 to 10'
        - json: |
            {"WorkforceName": "w", "SourceIpConfig": {"Cidrs": []}}
          findings:
            - at: "1:52"
              pointer: /SourceIpConfig/Cidrs
              message: 'Cidrs has 0 entries; the allow list takes 1 to 10'

  - id: WF203
    name: cidr-host-bits
    severity: warning
    summary: A CIDR has bits set past its prefix.
    description: |
      In `10.0.0.1/16` the bits after the first 16 are host bits: the block is
      `10.0.0.0/16` whatever they are. Host bits usually mean a typo (a
      forgotten `/32`, or `/16` where `/24` was meant) that allows far more
      addresses than intended. Write the network address, or the prefix you
      meant.

      Reference: [RFC 4632, section 3.1](https://www.rfc-editor.org/rfc/rfc4632#section-3.1).
    kinds: [workforces]
    target: SourceIpConfig.Cidrs[*]
    check:
      function: cidr
      forbid-host-bits: true
    message: 'CIDR "{value}" has host bits set; the block it allows is "{network}"'
    examples:
      valid:
        - |
          WorkforceName: labelers
          SourceIpConfig:
            Cidrs: [10.0.0.0/16, 198.51.100.7/32, "2001:db8::/48"]
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                - 10.0.0.1/16
                - 2001:db8::1/64
          findings:
            - at: "4:7"
              message: 'CIDR "10.0.0.1/16" has host bits set; the block it allows is "10.0.0.0/16"'
            - at: "5:7"
              message: 'CIDR "2001:db8::1/64" has host bits set; the block it allows is "2001:db8::/64"'

  - id: WF204
    name: cidr-redundant
    severity: warning
    summary: A CIDR equals, or lies inside, another entry of the same list.
    description: |
      An entry that another entry already covers adds nothing to the allow
      list but takes one of its ten places, and hides which range was meant.
      Remove it. Blocks are compared with host bits cleared; IPv4 and IPv6
      blocks never cover each other. The later of two equal entries, or the
      narrower block, is reported.

      Reference: [SourceIpConfig](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html).
    kinds: [workforces]
    target: SourceIpConfig.Cidrs[*]
    check:
      function: cidr
      forbid-redundant: true
    message: 'CIDR "{value}" is already covered by "{other}" at {other-position}'
    examples:
      valid:
        - |
          WorkforceName: labelers
          SourceIpConfig:
            Cidrs: [10.0.0.0/24, 10.0.1.0/24, "::ffff:10.0.0.0/120"]
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs:
                - 10.1.2.0/24
                - 10.0.0.0/8
                - 10.0.0.1/8
          findings:
            - at: "4:7"
              message: 'CIDR "10.1.2.0/24" is already covered by "10.0.0.0/8" at 5:7'
            - at: "6:7"
              message: 'CIDR "10.0.0.1/8" is already covered by "10.0.0.0/8" at 5:7'

  - id: WF205
    name: cidr-allow-all
    severity: warning
    summary: A CIDR with prefix /0 lets every address in.
    description: |
      `0.0.0.0/0` (or `::/0`) allows every IPv4 (or IPv6) address: the allow
      list then restricts nothing, and the labeling portal is open to the
      whole internet. List the ranges your workers connect from instead.

      Reference: [Restrict access to a private workforce](https://docs.aws.amazon.com/sagemaker/latest/dg/sms-workforce-management-private-api-cidr.html).
    kinds: [workforces]
    target: SourceIpConfig.Cidrs[*]
    check:
      function: cidr
      forbid-allow-all: true
    message: 'CIDR "{value}" allows every address; the allow list then restricts nothing'
    examples:
      valid:
        - |
          WorkforceName: labelers
          SourceIpConfig:
            Cidrs: [10.0.0.0/8]
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [10.0.0.0/8, 0.0.0.0/0]
          findings:
            - at: "3:23"
              pointer: /SourceIpConfig/Cidrs/1
              message: 'CIDR "0.0.0.0/0" allows every address; the allow list then restricts nothing'

  - id: WF206
    name: cidr-ipv6-ipv4-only
    severity: note
    summary: An IPv6 CIDR in a workforce whose IpAddressType is absent or ipv4.
    description: |
      A workforce whose `IpAddressType` is `ipv4` (the default when it is
      absent) is reached over IPv4 only, so an IPv6 entry in its allow list
      never matches a worker. Set `IpAddressType: dualstack` if workers
      connect over IPv6, or remove the entry.

      Reference: [CreateWorkforce](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateWorkforce.html).
    kinds: [workforces]
    target: SourceIpConfig.Cidrs[*]
    when:
      IpAddressType: {one-of: [ipv4], or-absent: true}
    check:
      function: cidr
      families: [ipv4]
    message: '{family} CIDR "{value}" never matches while IpAddressType is ipv4; set IpAddressType to dualstack or remove it'
    examples:
      valid:
        - |
          WorkforceName: labelers
          IpAddressType: dualstack
          SourceIpConfig:
            Cidrs: [10.0.0.0/8, "2001:db8::/32"]
        - |
          WorkforceName: labelers
          IpAddressType: IPv4
          SourceIpConfig:
            Cidrs: ["2001:db8::/32"]
      invalid:
        - yaml: |
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [10.0.0.0/8, "2001:db8::/32"]
          findings:
            - at: "3:23"
              message: 'IPv6 CIDR "2001:db8::/32" never matches while IpAddressType is ipv4; set IpAddressType to dualstack or remove it'

  - id: WF210
    name: security-group-id
    severity: error
    summary: A WorkforceVpcConfig.SecurityGroupIds entry is not sg- and 8 or 17 hexadecimal digits.
    description: |
      A security group id is `sg-` followed by 8 (older groups) or 17 lower-case
      hexadecimal digits, like `sg-0123456789abcdef0`. A name (`default`), an
      ARN or an upper-case id is refused. Copy the id from the EC2 console or
      `aws ec2 describe-security-groups`.

      Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).
    kinds: [workforces]
    target: WorkforceVpcConfig.SecurityGroupIds[*]
    check:
      function: pattern
      regex: '\Asg-(?:[0-9a-f]{8}|[0-9a-f]{17})\z'
    message: 'security group id "{value}" is not "sg-" followed by 8 or 17 lower-case hexadecimal digits'
    replaces: [WF006, WF007]
    examples:
      valid:
        - |
          WorkforceName: labelers
          WorkforceVpcConfig:
            VpcId: vpc-0123456789abcdef0
            SecurityGroupIds: [sg-0123456789abcdef0, sg-12345678]
            Subnets: [subnet-0123456789abcdef0]
      invalid:
        - yaml: |
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-0123456789abcdef0
              SecurityGroupIds: [default, sg-0123456789ABCDEF0]
              Subnets: [subnet-0123456789abcdef0]
          findings:
            - at: "4:22"
              pointer: /WorkforceVpcConfig/SecurityGroupIds/0
              message: 'security group id "default" is not "sg-" followed by 8 or 17 lower-case hexadecimal digits'
            - at: "4:31"
              pointer: /WorkforceVpcConfig/SecurityGroupIds/1

  - id: WF211
    name: subnet-id
    severity: error
    summary: A WorkforceVpcConfig.Subnets entry is not subnet- and 8 or 17 hexadecimal digits.
    description: |
      A subnet id is `subnet-` followed by 8 or 17 lower-case hexadecimal
      digits, like `subnet-0123456789abcdef0`. Copy the id from the VPC
      console or `aws ec2 describe-subnets`.

      Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).
    kinds: [workforces]
    target: WorkforceVpcConfig.Subnets[*]
    check:
      function: pattern
      regex: '\Asubnet-(?:[0-9a-f]{8}|[0-9a-f]{17})\z'
    message: 'subnet id "{value}" is not "subnet-" followed by 8 or 17 lower-case hexadecimal digits'
    replaces: [WF006, WF007]
    examples:
      valid:
        - json: |
            {"WorkforceName": "w", "WorkforceVpcConfig": {"VpcId": "vpc-12345678",
              "SecurityGroupIds": ["sg-12345678"], "Subnets": ["subnet-12345678", "subnet-0123456789abcdef0"]}}
      invalid:
        - yaml: |
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-0123456789abcdef0
              SecurityGroupIds: [sg-0123456789abcdef0]
              Subnets:
                - subnet-123
          findings:
            - at: "6:7"
              pointer: /WorkforceVpcConfig/Subnets/0
              message: 'subnet id "subnet-123" is not "subnet-" followed by 8 or 17 lower-case hexadecimal digits'

  - id: WF212
    name: vpc-id
    severity: error
    summary: WorkforceVpcConfig.VpcId is not vpc- and 8 or 17 hexadecimal digits.
    description: |
      A VPC id is `vpc-` followed by 8 or 17 lower-case hexadecimal digits,
      like `vpc-0123456789abcdef0`. A VPC name or ARN is refused. Copy the id
      from the VPC console or `aws ec2 describe-vpcs`.

      Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).
    kinds: [workforces]
    target: WorkforceVpcConfig.VpcId
    check:
      function: pattern
      regex: '\Avpc-(?:[0-9a-f]{8}|[0-9a-f]{17})\z'
    message: 'VPC id "{value}" is not "vpc-" followed by 8 or 17 lower-case hexadecimal digits'
    replaces: [WF006, WF007]
    examples:
      valid:
        - |
          WorkforceName: labelers
          WorkforceVpcConfig:
            VpcId: vpc-12345678
            SecurityGroupIds: [sg-12345678]
            Subnets: [subnet-12345678]
      invalid:
        - yaml: |
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: my-vpc
              SecurityGroupIds: [sg-12345678]
              Subnets: [subnet-12345678]
          findings:
            - at: "3:10"
              pointer: /WorkforceVpcConfig/VpcId
              message: 'VPC id "my-vpc" is not "vpc-" followed by 8 or 17 lower-case hexadecimal digits'

  - id: WF213
    name: vpc-config-incomplete
    severity: error
    summary: A WorkforceVpcConfig lacks VpcId, SecurityGroupIds or Subnets.
    description: |
      To put the workforce in your VPC, SageMaker creates an interface
      endpoint in the VPC (`VpcId`), in the given subnets (`Subnets`),
      protected by the given security groups (`SecurityGroupIds`). With any
      of the three missing it cannot. Add the missing member, or remove
      `WorkforceVpcConfig` to keep the workforce on the public endpoint.

      Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).
    kinds: [workforces]
    target: WorkforceVpcConfig
    check:
      function: required
      members: [VpcId, SecurityGroupIds, Subnets]
    message: '"{name}" lacks "{member}"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets'
    replaces: [WF005]
    examples:
      valid:
        - |
          WorkforceName: labelers
          WorkforceVpcConfig:
            VpcId: vpc-12345678
            SecurityGroupIds: [sg-12345678]
            Subnets: [subnet-12345678]
      invalid:
        - yaml: |
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
          findings:
            - at: "2:1"
              pointer: /WorkforceVpcConfig
              message: '"WorkforceVpcConfig" lacks "SecurityGroupIds"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets'
            - at: "2:1"
              pointer: /WorkforceVpcConfig
              message: '"WorkforceVpcConfig" lacks "Subnets"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets'
        - json: |
            {"Workforce": {"WorkforceName": "w", "WorkforceArn": "arn:aws:sagemaker:us-east-1:111122223333:workforce/w",
              "WorkforceVpcConfig": {"SecurityGroupIds": ["sg-12345678"], "Subnets": ["subnet-12345678"]}}}
          findings:
            - at: "2:3"
              pointer: /Workforce/WorkforceVpcConfig
              message: '"WorkforceVpcConfig" lacks "VpcId"; a workforce VPC configuration needs VpcId, SecurityGroupIds and Subnets'

  - id: WF214
    name: vpc-duplicate-id
    severity: warning
    summary: A security group or subnet id repeats in its list.
    description: |
      Listing a security group or subnet twice adds nothing and takes one of
      the list's places (five security groups, sixteen subnets); it is
      usually a copy-paste where another id was meant. Ids are compared
      exactly.

      Reference: [WorkforceVpcConfigRequest](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_WorkforceVpcConfigRequest.html).
    kinds: [workforces]
    target: ['WorkforceVpcConfig.SecurityGroupIds[*]', 'WorkforceVpcConfig.Subnets[*]']
    check:
      function: unique
    message: 'duplicate id "{value}", first listed at {first}'
    examples:
      valid:
        - |
          WorkforceName: labelers
          WorkforceVpcConfig:
            VpcId: vpc-12345678
            SecurityGroupIds: [sg-12345678]
            Subnets: [subnet-12345678, subnet-87654321]
      invalid:
        - yaml: |
            WorkforceName: labelers
            WorkforceVpcConfig:
              VpcId: vpc-12345678
              SecurityGroupIds: [sg-12345678, sg-12345678]
              Subnets: [subnet-12345678, subnet-87654321, subnet-12345678]
          findings:
            - at: "4:35"
              pointer: /WorkforceVpcConfig/SecurityGroupIds/1
              message: 'duplicate id "sg-12345678", first listed at 4:22'
            - at: "5:47"
              pointer: /WorkforceVpcConfig/Subnets/2
              message: 'duplicate id "subnet-12345678", first listed at 5:13'

"""##
        case "rules/shapes/sagemaker-workforce.yaml":
            return ##"""
# The API shapes of wflint's document kinds: every shape reachable from each
# kind's root, with the members, types, required members, min/max (string
# length: min in Unicode scalars and max in UTF-16 code units, list/map entry
# counts, integer values), patterns (matched against the whole value, with
# Java's line terminators), enums and sensitive members wflint checks.
#
# Made from `python3 Scripts/dump-shapes.py` (botocore's service model) and kept
# equal to its output except for these deliberate differences, each named in
# Tests/WFLintKitTests/ShapesDriftTests.swift:
#   - Cidrs min 1, max 10: the API documentation allows one to ten CIDRs;
#     botocore states no limit.
#   - Cidr pattern: botocore's IPv6 alternative lost its backslashes (`d`, `s`
#     and `.` where `\d`, `\s` and `\.` are meant); restored here.
#
# Dumped from botocore 1.43.11, service sagemaker 2017-07-24
kinds:
  CreateWorkforceRequest: CreateWorkforceRequest
  UpdateWorkforceRequest: UpdateWorkforceRequest
  UpdateWorkforceResponse: UpdateWorkforceResponse
  DescribeWorkforceRequest: DescribeWorkforceRequest
  DescribeWorkforceResponse: DescribeWorkforceResponse
  ListWorkforcesRequest: ListWorkforcesRequest
  ListWorkforcesResponse: ListWorkforcesResponse
  ListModelPackageGroupsRequest: ListModelPackageGroupsInput
  ListModelPackageGroupsResponse: ListModelPackageGroupsOutput
shapes:
  AuthenticationRequestExtraParams:
    type: map
    key: AuthenticationRequestExtraParamsKey
    value: AuthenticationRequestExtraParamsValue
    min: 0
    max: 10
  AuthenticationRequestExtraParamsKey:
    type: string
    min: 0
    max: 512
    pattern: '.*'
  AuthenticationRequestExtraParamsValue:
    type: string
    min: 0
    max: 512
    pattern: '.*'
  Cidr:
    type: string
    min: 4
    max: 64
    pattern: '(^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\/(3[0-2]|[1-2][0-9]|[0-9]))$)|(^\s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))(%.+)?\s*(\/(12[0-8]|1[0-1][0-9]|[1-9][0-9]|[0-9]))$)'
  Cidrs:
    type: list
    member: Cidr
    min: 1
    max: 10
  ClientId:
    type: string
    min: 1
    max: 1024
    pattern: '[ -~]+'
  ClientSecret:
    type: string
    min: 1
    max: 1024
    pattern: '[ -~]+'
    sensitive: true
  CognitoConfig:
    type: structure
    required: [UserPool, ClientId]
    members:
      UserPool: CognitoUserPool
      ClientId: ClientId
  CognitoUserPool:
    type: string
    min: 1
    max: 55
    pattern: '[\w-]+_[0-9a-zA-Z]+'
  CreateWorkforceRequest:
    type: structure
    required: [WorkforceName]
    members:
      CognitoConfig: CognitoConfig
      OidcConfig: OidcConfig
      SourceIpConfig: SourceIpConfig
      WorkforceName: WorkforceName
      Tags: TagList
      WorkforceVpcConfig: WorkforceVpcConfigRequest
      IpAddressType: WorkforceIpAddressType
  CreationTime:
    type: timestamp
  CrossAccountFilterOption:
    type: string
    enum: ['SameAccount', 'CrossAccount']
  DescribeWorkforceRequest:
    type: structure
    required: [WorkforceName]
    members:
      WorkforceName: WorkforceName
  DescribeWorkforceResponse:
    type: structure
    required: [Workforce]
    members:
      Workforce: Workforce
  EntityDescription:
    type: string
    min: 0
    max: 1024
    pattern: '[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*'
  EntityName:
    type: string
    min: 1
    max: 63
    pattern: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}'
  ListModelPackageGroupsInput:
    type: structure
    members:
      CreationTimeAfter: CreationTime
      CreationTimeBefore: CreationTime
      MaxResults: MaxResults
      NameContains: NameContains
      NextToken: NextToken
      SortBy: ModelPackageGroupSortBy
      SortOrder: SortOrder
      CrossAccountFilterOption: CrossAccountFilterOption
  ListModelPackageGroupsOutput:
    type: structure
    required: [ModelPackageGroupSummaryList]
    members:
      ModelPackageGroupSummaryList: ModelPackageGroupSummaryList
      NextToken: NextToken
  ListWorkforcesRequest:
    type: structure
    members:
      SortBy: ListWorkforcesSortByOptions
      SortOrder: SortOrder
      NameContains: WorkforceName
      NextToken: NextToken
      MaxResults: MaxResults
  ListWorkforcesResponse:
    type: structure
    required: [Workforces]
    members:
      Workforces: Workforces
      NextToken: NextToken
  ListWorkforcesSortByOptions:
    type: string
    enum: ['Name', 'CreateDate']
  ManagedConfiguration:
    type: structure
    members:
      ManagedStorageType: ManagedStorageType
  ManagedStorageType:
    type: string
    enum: ['Restricted']
  MaxResults:
    type: integer
    min: 1
    max: 100
  ModelPackageGroupArn:
    type: string
    min: 1
    max: 2048
    pattern: 'arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]{9,16}:[0-9]{12}:model-package-group/[\S]{1,2048}'
  ModelPackageGroupSortBy:
    type: string
    enum: ['Name', 'CreationTime']
  ModelPackageGroupStatus:
    type: string
    enum: ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting', 'DeleteFailed']
  ModelPackageGroupSummary:
    type: structure
    required: [ModelPackageGroupName, ModelPackageGroupArn, CreationTime, ModelPackageGroupStatus]
    members:
      ModelPackageGroupName: EntityName
      ModelPackageGroupArn: ModelPackageGroupArn
      ModelPackageGroupDescription: EntityDescription
      CreationTime: CreationTime
      ModelPackageGroupStatus: ModelPackageGroupStatus
      ManagedConfiguration: ManagedConfiguration
  ModelPackageGroupSummaryList:
    type: list
    member: ModelPackageGroupSummary
  NameContains:
    type: string
    min: 0
    max: 63
    pattern: '[a-zA-Z0-9\-]+'
  NextToken:
    type: string
    min: 0
    max: 8192
    pattern: '.*'
  OidcConfig:
    type: structure
    required: [ClientId, ClientSecret, Issuer, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint, LogoutEndpoint, JwksUri]
    members:
      ClientId: ClientId
      ClientSecret: ClientSecret
      Issuer: OidcEndpoint
      AuthorizationEndpoint: OidcEndpoint
      TokenEndpoint: OidcEndpoint
      UserInfoEndpoint: OidcEndpoint
      LogoutEndpoint: OidcEndpoint
      JwksUri: OidcEndpoint
      Scope: Scope
      AuthenticationRequestExtraParams: AuthenticationRequestExtraParams
  OidcConfigForResponse:
    type: structure
    members:
      ClientId: ClientId
      Issuer: OidcEndpoint
      AuthorizationEndpoint: OidcEndpoint
      TokenEndpoint: OidcEndpoint
      UserInfoEndpoint: OidcEndpoint
      LogoutEndpoint: OidcEndpoint
      JwksUri: OidcEndpoint
      Scope: Scope
      AuthenticationRequestExtraParams: AuthenticationRequestExtraParams
  OidcEndpoint:
    type: string
    min: 0
    max: 500
    pattern: 'https://\S+'
  Scope:
    type: string
    min: 0
    max: 1024
    pattern: '[!#-\[\]-~]+( [!#-\[\]-~]+)*'
  SortOrder:
    type: string
    enum: ['Ascending', 'Descending']
  SourceIpConfig:
    type: structure
    required: [Cidrs]
    members:
      Cidrs: Cidrs
  String:
    type: string
  Tag:
    type: structure
    required: [Key, Value]
    members:
      Key: TagKey
      Value: TagValue
  TagKey:
    type: string
    min: 1
    max: 128
    pattern: '([\p{L}\p{Z}\p{N}_.:/=+\-@]*)'
  TagList:
    type: list
    member: Tag
    min: 0
    max: 50
  TagValue:
    type: string
    min: 0
    max: 256
    pattern: '([\p{L}\p{Z}\p{N}_.:/=+\-@]*)'
  Timestamp:
    type: timestamp
  UpdateWorkforceRequest:
    type: structure
    required: [WorkforceName]
    members:
      WorkforceName: WorkforceName
      SourceIpConfig: SourceIpConfig
      OidcConfig: OidcConfig
      WorkforceVpcConfig: WorkforceVpcConfigRequest
      IpAddressType: WorkforceIpAddressType
  UpdateWorkforceResponse:
    type: structure
    required: [Workforce]
    members:
      Workforce: Workforce
  Workforce:
    type: structure
    required: [WorkforceName, WorkforceArn]
    members:
      WorkforceName: WorkforceName
      WorkforceArn: WorkforceArn
      LastUpdatedDate: Timestamp
      SourceIpConfig: SourceIpConfig
      SubDomain: String
      CognitoConfig: CognitoConfig
      OidcConfig: OidcConfigForResponse
      CreateDate: Timestamp
      WorkforceVpcConfig: WorkforceVpcConfigResponse
      Status: WorkforceStatus
      FailureReason: WorkforceFailureReason
      IpAddressType: WorkforceIpAddressType
  WorkforceArn:
    type: string
    min: 0
    max: 256
    pattern: 'arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:[0-9]{12}:workforce/.*'
  WorkforceFailureReason:
    type: string
    min: 1
    max: 1024
    pattern: '.+'
  WorkforceIpAddressType:
    type: string
    enum: ['ipv4', 'dualstack']
  WorkforceName:
    type: string
    min: 1
    max: 63
    pattern: '[a-zA-Z0-9]([a-zA-Z0-9\-]){0,62}'
  WorkforceSecurityGroupId:
    type: string
    min: 0
    max: 32
    pattern: 'sg-[0-9a-z]*'
  WorkforceSecurityGroupIds:
    type: list
    member: WorkforceSecurityGroupId
    min: 1
    max: 5
  WorkforceStatus:
    type: string
    enum: ['Initializing', 'Updating', 'Deleting', 'Failed', 'Active']
  WorkforceSubnetId:
    type: string
    min: 0
    max: 32
    pattern: 'subnet-[0-9a-z]*'
  WorkforceSubnets:
    type: list
    member: WorkforceSubnetId
    min: 1
    max: 16
  WorkforceVpcConfigRequest:
    type: structure
    members:
      VpcId: WorkforceVpcId
      SecurityGroupIds: WorkforceSecurityGroupIds
      Subnets: WorkforceSubnets
  WorkforceVpcConfigResponse:
    type: structure
    required: [VpcId, SecurityGroupIds, Subnets]
    members:
      VpcId: WorkforceVpcId
      SecurityGroupIds: WorkforceSecurityGroupIds
      Subnets: WorkforceSubnets
      VpcEndpointId: WorkforceVpcEndpointId
  WorkforceVpcEndpointId:
    type: string
    min: 1
    max: 255
    pattern: 'vpce-[0-9a-z]*'
  WorkforceVpcId:
    type: string
    min: 0
    max: 32
    pattern: 'vpc-[0-9a-z]*'
  Workforces:
    type: list
    member: Workforce

"""##
        case "rules/tags.yaml":
            return ##"""
# Tag rules for CreateWorkforce requests.
pack:
  name: tags
  description: The tags a CreateWorkforce request puts on the workforce.
rules:
  - id: WF301
    name: tag-reserved-prefix
    severity: error
    summary: A tag Key begins with aws:, a prefix AWS reserves.
    description: |
      Tag keys beginning with `aws:` (in any case) are reserved for AWS's own
      tags; a request that sets one is refused. Choose another key, for
      example with your organisation's prefix (`acme:team`).

      Reference: [Tagging best practices: tag naming limits](https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html).
    kinds: [CreateWorkforceRequest]
    target: Tags[*].Key
    check:
      function: pattern
      regex: '\A(?i:aws:)'
      negate: true
    message: 'tag key "{value}" begins with "aws:", a prefix AWS reserves for its own tags'
    examples:
      valid:
        - |
          WorkforceName: labelers
          CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}
          Tags:
            - {Key: team, Value: vision}
            - {Key: awsome, Value: "yes"}
      invalid:
        - yaml: |
            WorkforceName: labelers
            Tags:
              - Key: AWS:cost-center
                Value: "1234"
          findings:
            - at: "3:10"
              pointer: /Tags/0/Key
              message: 'tag key "AWS:cost-center" begins with "aws:", a prefix AWS reserves for its own tags'
        - json: |
            {"WorkforceName": "w", "Tags": [{"Key": "aws:owner", "Value": "me"}]}
          findings:
            - at: "1:41"
              pointer: /Tags/0/Key

  - id: WF302
    name: tag-duplicate-key
    severity: error
    summary: Two tags have the same Key.
    description: |
      Each tag key may appear once on a resource; a request with two tags of
      the same key is refused. Keep one of them. Keys are compared exactly,
      code point by code point (`Team` and `team` are different keys, and
      so are `Å` written as U+00C5 and as the Angstrom sign U+212B).

      Reference: [Tag](https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html).
    kinds: [CreateWorkforceRequest]
    target: Tags[*].Key
    check:
      function: unique
    message: 'duplicate tag key "{value}", first defined at {first}'
    examples:
      valid:
        - |
          WorkforceName: labelers
          Tags:
            - {Key: team, Value: vision}
            - {Key: Team, Value: vision}
      invalid:
        - yaml: |
            WorkforceName: labelers
            Tags:
              - Key: team
                Value: vision
              - Key: team
                Value: nlp
          findings:
            - at: "5:10"
              pointer: /Tags/1/Key
              message: 'duplicate tag key "team", first defined at 3:10'

"""##
        default:
            return nil
        }
    }
}
