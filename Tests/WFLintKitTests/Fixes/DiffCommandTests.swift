import Foundation
import Testing

/// `wflint --diff` run as a user runs it: the diff of what `--fix` would
/// change, nothing written.
@Suite struct DiffCommandTests {
    static let cognito = FixCommandTests.cognito

    /// A pack whose rule has an unsafe fix: a subnet listed again in another case.
    static let unsafePack = """
        pack:
          name: acme-subnets
          description: Subnets listed twice in any case.
        rules:
          - id: ACME901
            name: subnet-repeated-any-case
            severity: warning
            summary: A subnet is listed twice, in any case.
            description: A subnet is listed twice, in any case.
            kinds: [workforces]
            target: 'WorkforceVpcConfig.Subnets[*]'
            check:
              function: unique
              ignore-case: true
            message: 'subnet "{value}" repeats the one at {first}'
            examples:
              valid:
                - |
                  WorkforceName: w
                  WorkforceVpcConfig: {VpcId: vpc-12345678, SecurityGroupIds: [sg-12345678], Subnets: [subnet-0abc1234]}
              invalid:
                - yaml: |
                    WorkforceName: w
                    WorkforceVpcConfig: {VpcId: vpc-12345678, SecurityGroupIds: [sg-12345678], Subnets: [subnet-0abc1234, subnet-0ABC1234]}
                  findings: ["2:103"]

        """

    /// A safe fix (the CIDR's host bits) and an unsafe one (the subnet in capitals).
    static let vpc = "WorkforceName: w\n" + cognito + """
        WorkforceVpcConfig:
          VpcId: vpc-12345678
          SecurityGroupIds: [sg-12345678]
          Subnets:
            - subnet-0abc1234
            - subnet-0ABC1234
        SourceIpConfig:
          Cidrs: [10.0.0.1/16]

        """

    @Test func printsWhatFixWouldChangeAndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", FixCommandTests.fixable)
        try directory.write("clean.json", HostileInputTests.valid)
        let run = try WFLintBinary.run(["--no-config", "--diff", "team.yaml", "clean.json"], in: directory.url)
        #expect(run.stdout == DiffHeaderPathTests.diff("team.yaml"))
        #expect(run.stderr == "wflint: would apply 2 fixes, 1 file would change\n")
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == FixCommandTests.fixable)
        #expect(try OutputFileTests.entries(directory) == ["clean.json", "team.yaml"])
        // What the diff shows is what --fix then writes.
        let patched = try WFLintBinary.shell(["sh", "-c", "cd \(directory.url.path) && printf '%s' \"$0\" | patch -s -p1", run.stdout])
        #expect(patched == "")
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == FixCommandTests.fixed)

        let clean = try WFLintBinary.run(["--no-config", "--diff", "team.yaml", "clean.json"], in: directory.url)
        #expect(clean.stdout == "")
        #expect(clean.stderr == "wflint: would apply 0 fixes, 0 files would change\n")
        #expect(clean.status == 0)
    }

    /// A name with a space ends in a tab, as `git diff` writes it: `patch`
    /// ends a name at its first blank, and found no file (the reviewer's case).
    @Test func aPathWithASpaceAppliesWithPatchAndGitApply() throws {
        for tool in ["patch -s -p1", "git apply"] {
            let directory = try TemporaryDirectory()
            try directory.write("sp ace.yaml", FixCommandTests.fixable)
            let run = try WFLintBinary.run(["--no-config", "--diff", "sp ace.yaml"], in: directory.url)
            #expect(run.stdout.hasPrefix("--- a/sp ace.yaml\t\n+++ b/sp ace.yaml\t\n@@ "))
            let applied = try WFLintBinary.shell(["sh", "-c", "cd \(directory.url.path) && printf '%s' \"$0\" | \(tool)", run.stdout])
            #expect(applied == "")
            #expect(try String(contentsOfFile: directory.path("sp ace.yaml"), encoding: .utf8) == FixCommandTests.fixed)
        }
    }

    /// A secret copied into another document of the stream is masked on
    /// the lines a diff shows, as within its own document (the reviewer's case).
    @Test func aSecretCopiedIntoAnotherDocumentIsMaskedInTheDiff() throws {
        let directory = try TemporaryDirectory()
        let secret = "Q7vX9kP2mLw4Rt8Z"
        try directory.write("stream.yaml", SecretLeakTests.oidc("  ClientSecret: \(secret)") + """
            ---
            WorkforceName: w2
            CognitoConfig: {UserPool: us-east-1_abc, ClientId: c}
            Tags:
              - {Key: yes, Value: \(secret)}

            """)
        let run = try WFLintBinary.run(["--no-config", "--diff", "stream.yaml"], in: directory.url)
        #expect(run.stdout.contains("-  - {Key: yes, Value: ****************}\n+  - {Key: \"yes\", Value: ****************}\n"))
        #expect(!run.stdout.contains(secret))
        #expect(run.status == 1)
    }

    @Test func unsafeFixesAreShownOnlyWhenAskedFor() throws {
        let directory = try TemporaryDirectory()
        try directory.write("pack.yaml", Self.unsafePack)
        try directory.write("vpc.yaml", Self.vpc)
        let safe = try WFLintBinary.run(["--no-config", "--rules", "pack.yaml", "--diff", "vpc.yaml"], in: directory.url)
        #expect(safe.stdout == """
            --- a/vpc.yaml
            +++ b/vpc.yaml
            @@ -7,4 +7,4 @@
                 - subnet-0abc1234
                 - subnet-0ABC1234
             SourceIpConfig:
            -  Cidrs: [10.0.0.1/16]
            +  Cidrs: [10.0.0.0/16]

            """)
        #expect(safe.stderr == "wflint: would apply 1 fix, 1 file would change\n")
        let unsafe = try WFLintBinary.run(
            ["--no-config", "--rules", "pack.yaml", "--diff", "--unsafe-fixes", "vpc.yaml"], in: directory.url)
        #expect(unsafe.stdout == """
            --- a/vpc.yaml
            +++ b/vpc.yaml
            @@ -5,6 +5,5 @@
               SecurityGroupIds: [sg-12345678]
               Subnets:
                 - subnet-0abc1234
            -    - subnet-0ABC1234
             SourceIpConfig:
            -  Cidrs: [10.0.0.1/16]
            +  Cidrs: [10.0.0.0/16]

            """)
        #expect(unsafe.stderr == "wflint: would apply 2 fixes, 1 file would change\n")
        #expect(unsafe.status == 1)
        #expect(try String(contentsOfFile: directory.path("vpc.yaml"), encoding: .utf8) == Self.vpc)
    }

    @Test func standardInputAndSecretsOnTheLinesShown() throws {
        // The secret sits in the context, and on a changed line of flow style.
        let block = "WorkforceName: w\nOidcConfig:\n  ClientId: c\n  ClientSecret: hunter22\n"
            + "  Issuer: https://idp\n  AuthorizationEndpoint: https://idp/a\n  TokenEndpoint: https://idp/t\n"
            + "  UserInfoEndpoint: https://idp/u\n  LogoutEndpoint: https://idp/l\n  JwksUri: https://idp/j\n"
            + "SourceIpConfig: {Cidrs: [10.0.0.1/16]}\n"
        let run = try WFLintBinary.run(["--no-config", "--diff", "-", "--stdin-filename", "w.yaml"], stdin: block)
        #expect(run.stdout == """
            --- a/w.yaml
            +++ b/w.yaml
            @@ -8,4 +8,4 @@
               UserInfoEndpoint: https://idp/u
               LogoutEndpoint: https://idp/l
               JwksUri: https://idp/j
            -SourceIpConfig: {Cidrs: [10.0.0.1/16]}
            +SourceIpConfig: {Cidrs: [10.0.0.0/16]}

            """)
        let flow = #"{"WorkforceName": "w", "OidcConfig": {"ClientId": "c", "ClientSecret": "hunter22", "#
            + #""Issuer": "https://idp", "AuthorizationEndpoint": "https://idp/a", "TokenEndpoint": "https://idp/t", "#
            + #""UserInfoEndpoint": "https://idp/u", "LogoutEndpoint": "https://idp/l", "JwksUri": "https://idp/j"}, "#
            + #""SourceIpConfig": {"Cidrs": ["10.0.0.1/16"]}}"#
        let json = try WFLintBinary.run(["--no-config", "--diff", "-", "--stdin-filename", "w.json"], stdin: flow)
        // The checks mask the quoted value, quotes and all.
        let masked = flow.replacingOccurrences(of: #""hunter22""#, with: "**********")
        #expect(json.stdout == "--- a/w.json\n+++ b/w.json\n@@ -1 +1 @@\n-\(masked)\n\\ No newline at end of file\n+"
            + masked.replacingOccurrences(of: "10.0.0.1/16", with: "10.0.0.0/16") + "\n\\ No newline at end of file\n")
        #expect(!json.stdout.contains("hunter22") && !json.stderr.contains("hunter22"))
        #expect(json.status == 1)
    }

    @Test func crlfLinesKeepTheirLineBreaks() throws {
        let crlf = FixCommandTests.fixable.replacingOccurrences(of: "\n", with: "\r\n")
        let run = try WFLintBinary.run(["--no-config", "--diff", "-", "--stdin-filename", "team.yaml"], stdin: crlf)
        #expect(run.stdout == "--- a/team.yaml\n+++ b/team.yaml\n@@ -2,5 +2,4 @@\n"
            + " CognitoConfig: {UserPool: us-east-1_abcDEF123, ClientId: abc}\r\n SourceIpConfig:\r\n   Cidrs:\r\n"
            + "-    - 10.0.0.1/16  # office\r\n-    - 10.0.0.0/16\r\n+    - 10.0.0.0/16  # office\r\n")
    }

    @Test func errorsExitTwoAndTheDiffCanGoToAFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("team.yaml", FixCommandTests.fixable)
        let run = try WFLintBinary.run(
            ["--no-config", "--diff", "--output", "fixes.patch", "team.yaml", "missing.yaml"], in: directory.url)
        #expect(run.stdout == "")
        #expect(run.stderr == "missing.yaml: error: cannot read: No such file or directory\n"
            + "wflint: would apply 2 fixes, 1 file would change\n")
        #expect(run.status == 2)
        let patch = try String(contentsOfFile: directory.path("fixes.patch"), encoding: .utf8)
        #expect(patch.hasPrefix("--- a/team.yaml\n+++ b/team.yaml\n@@ -2,5 +2,4 @@\n"))
        #expect(try String(contentsOfFile: directory.path("team.yaml"), encoding: .utf8) == FixCommandTests.fixable)
    }

    @Test(arguments: [
        (["--fix", "--diff", "x.yaml"], "Error: --fix and --diff exclude each other: --diff changes nothing\n"),
        (["--diff", "--format", "json", "x.yaml"], "Error: --diff prints a diff: it excludes any --format but text\n"),
        (["--diff", "--write-baseline", "b.json", "x.yaml"], "Error: --diff excludes --write-baseline: record a baseline in a run of its own\n"),
    ])
    func optionsThatExcludeTheDiffAreUsageErrors(_ arguments: [String], _ message: String) throws {
        try Self.expectUsageError(arguments, message)
    }

    /// Standard input is read once, and `--stdin-filename` names nothing without it.
    @Test(arguments: [
        (["-", "-"], "Error: standard input (-) can be named only once\n"),
        (["--stdin-filename", "a.yaml", "a.yaml"], "Error: --stdin-filename names what standard input holds: it needs - among the paths\n"),
        (["-", "--stdin-filename", ""], "Error: --stdin-filename needs a path, not an empty name\n"),
    ])
    func standardInputOptionsThatMeanNothingAreUsageErrors(_ arguments: [String], _ message: String) throws {
        try Self.expectUsageError(arguments, message)
    }

    static func expectUsageError(_ arguments: [String], _ message: String) throws {
        let run = try WFLintBinary.run(arguments)
        #expect(run.stderr.hasPrefix(message))
        #expect(run.stdout == "")
        #expect(run.status == 2)
    }
}
